import ArchitectureModel

/// `team-spans-contexts`: one team owning services in many bounded contexts.
struct TeamSpansContextsRule: Rule {
    let id = "team-spans-contexts"
    let category = RuleCategory.structure
    let defaultSeverity = Severity.info
    let summary = "A team owns services in more than 2 bounded contexts."
    let rationale = """
        A team that spans many bounded contexts carries their whole cognitive load and becomes the \
        coupling between them (Conway's law in reverse). Align teams with contexts. Skelton and \
        Pais, Team Topologies, "Cognitive load"; Evans, Domain-Driven Design, "Bounded Context"; \
        microservices.io, "Service per team".
        """
    let parameters = [
        RuleParameter(name: "max_contexts", defaultValue: 2, description: "Bounded contexts one team may own.")
    ]

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        let limit = settings.integer("max_contexts")
        var teams: [String] = []
        var contexts: [String: [String]] = [:]
        var firstService: [String: Int] = [:]
        for (position, service) in context.model.services.enumerated() {
            guard let team = service.team, let bounded = service.context else { continue }
            if firstService[team] == nil {
                teams.append(team)
                firstService[team] = position
            }
            if !(contexts[team] ?? []).contains(bounded) { contexts[team, default: []].append(bounded) }
        }
        return teams.compactMap { team in
            let owned = contexts[team] ?? []
            guard owned.count > limit, let first = firstService[team] else { return nil }
            return RuleViolation(
                subject: .team(team),
                message:
                    "team \(team) owns services in \(owned.count) bounded contexts (\(Wording.list(owned))), "
                    + "limit \(limit)",
                fix: "give each context a team of its own, or merge contexts that really are one",
                location: context.model.services[first].location
            )
        }
    }
}
