import ArchitectureReview
import Testing

/// `sync-cycle`: fires on a three-service cycle, rotated to start at its smallest name; quiet on the same chain without the call back.
@Suite struct SyncCycleRuleTests {
    static let fires = """
        architect: 1
        system:
          name: t
        services:
          loyalty:
            calls:
              - to: coupons
          profile:
            calls:
              - to: loyalty
          coupons:
            calls:
              - to: profile
        """

    static let nearMiss = """
        architect: 1
        system:
          name: t
        services:
          loyalty: {}
          profile:
            calls:
              - to: loyalty
          coupons:
            calls:
              - to: profile
        """

    @Test func fires() throws {
        let findings = try ReviewHarness.findings("sync-cycle", Self.fires)
        ReviewHarness.expectSingle(findings, target: "coupons->profile->loyalty", at: "to: profile", in: Self.fires)
    }

    @Test func nearMissIsQuiet() throws {
        #expect(try ReviewHarness.findings("sync-cycle", Self.nearMiss).isEmpty)
    }

    @Test func reportsEveryElementaryCycleAndCapsTheListing() throws {
        let yaml = """
            architect: 1
            system:
              name: t
            services:
              a:
                calls:
                  - to: b
                  - to: c
              b:
                calls:
                  - to: a
                  - to: c
              c:
                calls:
                  - to: a
                  - to: b
            """
        let all = try ReviewHarness.findings("sync-cycle", yaml)
        #expect(all.map(\.target).sorted() == ["a->b", "a->b->c", "a->c", "a->c->b", "b->c"])
        let capped = try ReviewHarness.findings("sync-cycle", yaml, parameters: ["max_cycles": 2])
        #expect(capped.count == 2)
        #expect(capped.contains { $0.message.contains("cycle listing stopped at 2") })
    }

    @Test func aSelfCallIsACycleOfOne() throws {
        let yaml = """
            architect: 1
            system:
              name: t
            services:
              a:
                calls:
                  - to: a
            """
        let findings = try ReviewHarness.findings("sync-cycle", yaml)
        ReviewHarness.expectSingle(findings, target: "a", at: "to: a", in: yaml)
        #expect(findings.first?.message.hasPrefix("a calls itself synchronously") == true)
    }
}
