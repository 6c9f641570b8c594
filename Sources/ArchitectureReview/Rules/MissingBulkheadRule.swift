import ArchitectureModel

/// `missing-bulkhead`: many hard dependencies sharing one unbounded pool of workers.
struct MissingBulkheadRule: Rule {
    let id = "missing-bulkhead"
    let category = RuleCategory.resilience
    let defaultSeverity = Severity.info
    let summary = "A service with 4 or more hard downstream services sets no `max_in_flight`."
    let rationale = """
        When every downstream shares the caller's workers, one slow dependency ties all of them up \
        and the caller fails even for requests that never touch it. Bounding requests in flight (a \
        bulkhead) keeps a slow callee from taking the others down. Nygard, Release It! (2nd ed.), \
        "Bulkheads"; Microsoft Azure Architecture Center, "Bulkhead pattern".
        """
    let parameters = [
        RuleParameter(
            name: "min_downstreams",
            defaultValue: 4,
            description: "Distinct hard callees from which a bulkhead is expected."
        )
    ]

    func check(_ context: ReviewContext, _ settings: RuleSettings) -> [RuleViolation] {
        let threshold = settings.integer("min_downstreams")
        return context.model.services.compactMap { service in
            guard service.kind != .external, service.serving.maxInFlight == nil else { return nil }
            var seen: Set<String> = []
            let callees = service.calls.filter(\.isHard).map(\.to).filter { seen.insert($0).inserted }
            guard callees.count >= threshold else { return nil }
            return RuleViolation(
                subject: .component(service.name),
                message:
                    "\(service.name) depends hard on \(callees.count) services (\(Wording.list(callees))) with "
                    + "no limit on requests in flight; one slow callee can occupy all of its workers",
                fix:
                    "set max_in_flight on \(service.name) (a bulkhead), and separate pools or concurrency limits "
                    + "per downstream in the code",
                location: service.location
            )
        }
    }
}
