import ArchitectTestSupport
import ArchitectureLoading
import ArchitectureModel
import ArchitectureReview
import Foundation
import Testing

/// The bundled examples, reviewed as `architect review Examples/NAME.yaml --today 2026-06-01` would.
@Suite struct ExampleReviewTests {
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__")

    static func review(_ name: String) throws -> ReviewReport {
        let url = RepositoryPaths.examples.appendingPathComponent("\(name).yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let result = ModelLoader.load(text: text, file: "Examples/\(name).yaml")
        let model = try #require(result.model, "\(result.diagnostics)")
        return Reviewer.review(model, today: ReviewHarness.today)
    }

    @Test(arguments: ["shop", "food-delivery", "legacy"])
    func findingsMatchTheReviewedGoldenFile(_ name: String) throws {
        let json = JSONReportRenderer.render(try Self.review(name))
        Golden.assertMatches(json, file: Self.snapshots.appendingPathComponent("review-\(name).json"))
    }

    @Test(arguments: ["shop", "food-delivery"])
    func goodDesignsHaveNoErrors(_ name: String) throws {
        let errors = try Self.review(name).findings.filter { $0.severity == .error && !$0.isWaived }
        #expect(errors.isEmpty, "\(errors.map(\.id))")
    }

    @Test func legacyTriggersTheRulesItsHeaderPromises() throws {
        let report = try Self.review("legacy")
        let rules = Set(report.findings.map(\.rule))
        #expect(rules.count >= 15, "\(rules.sorted())")
        let promised: Set = [
            "single-point-of-failure", "single-zone", "availability-below-target", "shared-database",
            "unencrypted-sensitive-data", "no-backup", "missing-timeout", "retry-without-backoff",
            "non-idempotent-retry", "timeout-inversion", "retry-amplification", "missing-circuit-breaker",
            "deep-sync-chain", "high-fan-out", "chatty-call", "saturated", "exposed-without-auth", "no-rate-limit",
            "no-service-auth", "dual-write", "orphan-topic", "no-dead-letter", "no-health-check", "no-tracing",
            "no-metrics", "no-decisions", "expired-waiver", "saga-missing-compensation", "saga-step-not-retriable",
        ]
        #expect(promised.subtracting(rules).isEmpty, "missing: \(promised.subtracting(rules).sorted())")
        let ids = Set(report.findings.map(\.id))
        for id in [
            "timeout-inversion:portal->booking-api", "timeout-inversion:booking-api->pricing", "saturated:hotels",
            "deep-sync-chain:search-trips", "chatty-call:booking-api->hotels", "high-fan-out:booking-api",
            "retry-amplification:book-trip", "saga-missing-compensation:book-trip/hold-flight",
            "saga-step-not-retriable:book-trip/issue-invoice", "expired-waiver:single-point-of-failure:main-db",
            "orphan-topic:invoice-issued", "shared-database:main-db", "single-zone:booking-api",
        ] {
            #expect(ids.contains(id), "\(id)")
        }
    }

    @Test func shopWaiverIsAppliedNotUnused() throws {
        let report = try Self.review("shop")
        let waived = report.findings.filter(\.isWaived)
        #expect(waived.map(\.id) == ["no-rate-limit:web"])
        #expect(!report.findings.contains { $0.rule == "unused-waiver" || $0.rule == "expired-waiver" })
    }
}
