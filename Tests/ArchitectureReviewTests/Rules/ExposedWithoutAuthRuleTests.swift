import ArchitectureReview
import Testing

/// `exposed-without-auth`: fires on a gateway (exposed by default) with auth: none; quiet on the gateway with jwt.
@Suite struct ExposedWithoutAuthRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        services:
          g:
            kind: gateway
            auth: none
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
        services:
          g:
            kind: gateway
            auth: jwt
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("exposed-without-auth", Self.fires)
        ReviewHarness.expectSingle(findings, target: "g", at: "\n  g:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("exposed-without-auth", Self.nearMiss).isEmpty)
    }
}
