import ArchitectureModel

/// Every rule `architect review` knows; ids are unique (a test checks it).
public enum RuleCatalog {
    package static let rules: [any Rule] = [
        AsyncReplicatedPaymentDataRule(),
        AvailabilityBelowTargetRule(),
        CapacityAtGrowthRule(),
        ChattyCallRule(),
        DatastoreWithoutOwnerRule(),
        DeepSyncChainRule(),
        DualWriteRule(),
        EntryNotExposedRule(),
        ExactlyOnceUnsupportedRule(),
        ExpiredWaiverRule(),
        ExposedDependsOnWorkerRule(),
        ExposedWithoutAuthRule(),
        ExternalCallWithoutFallbackRule(),
        HighFanOutRule(),
        LatencyOverTargetRule(),
        MissingBulkheadRule(),
        MissingCircuitBreakerRule(),
        MissingTimeoutRule(),
        NoBackupRule(),
        NoDeadLetterRule(),
        NoDecisionsRule(),
        NoHealthCheckRule(),
        NoMetricsRule(),
        NoRateLimitRule(),
        NoReadinessProbeRule(),
        NoServiceAuthRule(),
        NoTracingRule(),
        NonIdempotentRetryRule(),
        OrphanTopicRule(),
        OverBudgetRule(),
        ProposedDecisionRule(),
        RetryAmplificationRule(),
        RetryWithoutBackoffRule(),
        RetryWithoutBudgetRule(),
        SagaMissingCompensationRule(),
        SagaStepNotRetriableRule(),
        SagaStepOutsideWorkflowRule(),
        SaturatedRule(),
        SensitiveDataInCacheRule(),
        SharedDatabaseRule(),
        SinglePointOfFailureRule(),
        SingleZoneRule(),
        SyncCycleRule(),
        TeamSpansContextsRule(),
        TimeoutInversionRule(),
        TooManyRetriesRule(),
        TopicWithoutRetentionRule(),
        TotalOrderAcrossContextsRule(),
        UnencryptedSensitiveDataRule(),
        UnreachableServiceRule(),
        UnusedWaiverRule(),
    ]

    /// The catalog's entries without their checks, sorted by id.
    public static var entries: [RuleInfo] { rules.map(\.info).sorted { $0.id < $1.id } }

    public static func entry(_ id: String) -> RuleInfo? { rules.first { $0.id == id }?.info }
}
