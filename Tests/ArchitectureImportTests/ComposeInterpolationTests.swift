import Testing

@testable import ArchitectureImport

@Suite struct ComposeInterpolationTests {
    @Test(
        arguments: [
            ("${A:-x}", [:], "x"),
            ("${A:-x}", ["A": ""], "x"),
            ("${A-x}", ["A": ""], ""),
            ("${A-x}", [:], "x"),
            ("${A:+alt}", ["A": "1"], "alt"),
            ("${A:+alt}", ["A": ""], ""),
            ("${A+alt}", ["A": ""], "alt"),
            ("$A:$B", ["A": "cart", "B": "7070"], "cart:7070"),
            ("http://${HOST}:${PORT:-80}/v1", ["HOST": "llm"], "http://llm:80/v1"),
            ("${A:-${B:-deep}}", [:], "deep"),
            ("cost $$5", [:], "cost $5"),
            ("${A:?A is required}", ["A": "set"], "set"),
        ] as [(String, [String: String], String)]
    )
    func expands(_ text: String, _ variables: [String: String], _ expected: String) {
        var interpolation = ComposeInterpolation(variables: variables)
        #expect(interpolation.apply(text) == expected)
    }

    @Test func recordsVariablesThatAreNotSet() {
        var interpolation = ComposeInterpolation(variables: ["A": "1"])
        _ = interpolation.apply("$A ${B} ${C:-x} $B")
        #expect(interpolation.missing == ["B"])
    }

    @Test func envFileReadsCommentsExportQuotesAndEarlierVariables() {
        let text = """
            # a comment
            export HOST=frontend-proxy
            PORT=8080 # trailing comment
            ADDR=${HOST}:${PORT}
            QUOTED="a b # not a comment"
            LITERAL='${HOST}'
            """
        let values = ComposeInterpolation.parseEnvFile(text)
        #expect(values["HOST"] == "frontend-proxy")
        #expect(values["PORT"] == "8080")
        #expect(values["ADDR"] == "frontend-proxy:8080")
        #expect(values["QUOTED"] == "a b # not a comment")
        #expect(values["LITERAL"] == "${HOST}")
    }

    @Test func shellEnvironmentWinsOverEnvFile() {
        let values = ComposeInterpolation.parseEnvFile("HOST=file\nURL=http://$HOST", inherited: ["HOST": "shell"])
        #expect(values["HOST"] == "shell")
        #expect(values["URL"] == "http://shell")
    }
}
