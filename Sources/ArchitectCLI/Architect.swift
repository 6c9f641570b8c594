public import ArgumentParser

/// The `architect` command tree; each subcommand is a thin shell over the libraries.
public struct Architect: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "architect",
        abstract: "Reviews and analyzes a distributed system from one architecture model.",
        discussion: "The model format is documented by `architect explain` and `architect schema`.",
        version: "0.1.0",
        subcommands: [
            Check.self, Analyze.self, Review.self, Rules.self, Schema.self, Explain.self, Import.self, Drift.self,
            Generate.self, Simulate.self,
            Diagram.self,
            ADR.self, Risks.self, Report.self,
            MCP.self,
        ]
    )

    public init() {}
}

extension Architect {
    /// Parses the process arguments and runs the command, exiting with its status.
    public static func runFromCommandLine() async {
        await main()
    }
}
