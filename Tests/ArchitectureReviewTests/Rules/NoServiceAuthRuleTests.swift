import ArchitectureReview
import Testing

/// `no-service-auth`: fires on an internal service with a caller and no auth; quiet on mTLS on it, and an internal service nobody calls.
@Suite struct NoServiceAuthRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        services:
          a:
            exposed: true
            auth: jwt
            calls:
              - to: b
          b: {}
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
        services:
          a:
            exposed: true
            auth: jwt
            calls:
              - to: b
          b:
            auth: mtls
          c: {}
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("no-service-auth", Self.fires)
        ReviewHarness.expectSingle(findings, target: "b", at: "\n  b:", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("no-service-auth", Self.nearMiss).isEmpty)
    }
}
