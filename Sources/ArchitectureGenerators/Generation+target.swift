package import ArchitectureModel

extension Generation {
    /// The targets `generate` takes: each generator's, then `all`.
    package static var targets: [String] { allGenerators.map { $0.target } + ["all"] }

    /// What one target (or `all`, every generator in order) makes of a model; nil for an unknown target.
    package static func make(
        target: String,
        model: SystemModel,
        configuration: GenerateConfiguration
    ) -> Generation? {
        let generators = target == "all" ? allGenerators : allGenerators.filter { $0.target == target }
        guard !generators.isEmpty else { return nil }
        var generation = Generation()
        for generator in generators {
            generation = generation.merged(with: generator.init(configuration: configuration).generate(model))
        }
        return generation
    }
}
