import ArchitectureReview
import Testing

/// `external-call-without-fallback`: fires on a hard call to an external service; quiet on the call with a fallback.
@Suite struct ExternalCallWithoutFallbackRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        services:
          a:
            calls:
              - to: ext
          ext:
            kind: external
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
        services:
          a:
            calls:
              - to: ext
                fallback: degrade
          ext:
            kind: external
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("external-call-without-fallback", Self.fires)
        ReviewHarness.expectSingle(findings, target: "a->ext", at: "to: ext", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("external-call-without-fallback", Self.nearMiss).isEmpty)
    }
}
