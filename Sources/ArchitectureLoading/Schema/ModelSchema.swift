/// Every object of the model format, format 1, with its fields (see `FieldSpec`).
package enum ModelSchema {
    package static let formatVersion = 1

    private static let label = FieldSpec(
        "label",
        .string,
        "Display text; diagrams and reports show it, everything else uses the name."
    )
    private static let description = FieldSpec("description", .string, "What it is for, in a sentence.")

    /// Fields of every replicated component (services, datastores, brokers).
    private static let placementFields: [FieldSpec] = [
        FieldSpec("replicas", .integer(minimum: 1), default: "1", "Number of replicas."),
        FieldSpec(
            "zones",
            .list(.name(.zone)),
            defaultNote: "the first zone of `zones.names`",
            "Zones the replicas are spread over, round-robin in list order: replica i sits in zones[i mod len(zones)]."
        ),
        FieldSpec("instance_availability", .ratio, default: "99.5%", "Probability that one replica is up."),
    ]

    private static let servingFields: [FieldSpec] = [
        FieldSpec(
            "service_time",
            .duration,
            "Mean time one worker spends on one request, downstream excluded (exponentially distributed unless service_time_p99 is given). Absent = no queueing figures."
        ),
        FieldSpec(
            "service_time_p99",
            .duration,
            "Makes the service time lognormal with this p99 (used by the simulator); needs service_time, and p99 / mean must lie in (1, 14.96]."
        ),
        FieldSpec(
            "concurrency",
            .integer(minimum: 1),
            default: "1",
            "Workers per replica; servers = replicas * concurrency."
        ),
        FieldSpec(
            "cost_per_replica",
            .number(minimum: 0, exclusiveMinimum: false),
            "US dollars per month for one replica."
        ),
        FieldSpec(
            "max_in_flight",
            .integer(minimum: 1),
            "Per replica: requests in progress, waiting downstream included (bulkhead). Absent = unlimited."
        ),
        FieldSpec(
            "max_queue",
            .integer(minimum: 0),
            "Per replica: queued requests beyond which arrivals are rejected. Absent = unlimited."
        ),
    ]

    package static let health = ObjectSpec(
        "health",
        "Health-check paths; absent = no health checks.",
        [
            FieldSpec("liveness", .string, "Path of the liveness probe, such as /healthz."),
            FieldSpec("readiness", .string, "Path of the readiness probe, such as /ready."),
        ]
    )

    package static let autoscale = ObjectSpec(
        "autoscale",
        "Horizontal autoscaling bounds.",
        [
            FieldSpec("min", .integer(minimum: 1), default: "1", "Fewest replicas."),
            FieldSpec("max", .integer(minimum: 1), required: true, "Most replicas."),
            FieldSpec(
                "target_utilization",
                .ratio,
                default: "70%",
                "Utilization the autoscaler aims for; capacity planning sizes replicas for it."
            ),
        ]
    )

    package static let endpoint = ObjectSpec(
        "endpoint",
        "One operation of the service's API.",
        [
            FieldSpec(
                "method",
                .enumeration(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]),
                required: true,
                "HTTP method."
            ),
            FieldSpec("path", .string, required: true, "Path, starting with /."),
        ]
    )

    package static let subscription = ObjectSpec(
        "subscription",
        "A topic the service consumes, and what handling one message publishes.",
        [
            FieldSpec("topic", .name(.topic), required: true, "The topic consumed."),
            FieldSpec("publishes", .list(.name(.topic)), default: "[]", "Topics published once per message handled."),
        ]
    )

    package static let retries = ObjectSpec(
        "retries",
        "Retries, long form.",
        [
            FieldSpec("max", .integer(minimum: 0), required: true, "Extra attempts after the first."),
            FieldSpec(
                "backoff",
                .enumeration(["none", "constant", "exponential"]),
                default: "none",
                "Delay between attempts: none, base, or base * 2^k."
            ),
            FieldSpec("base", .duration, default: "100ms", "Base delay of the backoff."),
            FieldSpec("jitter", .boolean, default: "false", "Draw each delay uniformly in [0, delay]."),
            FieldSpec("budget", .ratio, "Retries allowed as a share of first attempts. Absent = no budget."),
        ]
    )

    package static let circuitBreaker = ObjectSpec(
        "circuit_breaker",
        "Circuit breaker, long form (`true` takes every default).",
        [
            FieldSpec("failure_rate", .ratio, default: "50%", "Failure share over the window that opens the breaker."),
            FieldSpec(
                "min_calls",
                .integer(minimum: 1),
                default: "20",
                "Attempts in the window before the breaker may open."
            ),
            FieldSpec(
                "open_for",
                .duration,
                default: "30s",
                "How long the breaker stays open before a half-open probe."
            ),
        ]
    )

    package static let call = ObjectSpec(
        "call",
        "A synchronous dependency, in the order calls are made.",
        [
            FieldSpec(
                "to",
                .name(.service),
                required: true,
                "The service called (datastores are reached through `uses`)."
            ),
            FieldSpec("protocol", .enumeration(["http", "grpc", "graphql"]), default: "http", "Wire protocol."),
            FieldSpec(
                "per_request",
                .number(minimum: 0, exclusiveMinimum: true),
                default: "1",
                "Calls made per request the caller handles; may be fractional (0.5 = every other request)."
            ),
            FieldSpec("timeout", .duration, "Per attempt. Absent = no timeout."),
            FieldSpec(
                "retries",
                .either(.integer(minimum: 0), .object(retries)),
                default: "0",
                "Extra attempts after the first: a number (no backoff, no jitter) or the long form."
            ),
            FieldSpec(
                "circuit_breaker",
                .either(.boolean, .object(circuitBreaker)),
                default: "false",
                "`true` for a breaker with default settings, or the long form."
            ),
            FieldSpec(
                "fallback",
                .enumeration(["none", "cached", "default", "degrade"]),
                default: "none",
                "Anything but none makes the call soft: the caller still succeeds when it fails."
            ),
            FieldSpec("idempotent", .boolean, default: "false", "Safe to repeat."),
            FieldSpec("parallel", .string, "Calls with the same label are made concurrently."),
        ]
    )

    package static let service = ObjectSpec(
        "service",
        "A deployable unit that handles requests.",
        [
            FieldSpec(
                "kind",
                .enumeration(["service", "gateway", "frontend", "worker", "proxy", "batch", "external"]),
                default: "service",
                "What it is; an external service is a third party and sits in no zone."
            ),
            label, description,
            FieldSpec("context", .string, "Bounded context it belongs to."),
            FieldSpec("team", .string, "Team that owns it."),
        ]
            + [
                FieldSpec(
                    "replicas",
                    .integer(minimum: 1),
                    defaultNote: "autoscale.min when autoscale is given, else 1",
                    "Number of replicas; with autoscale it must lie in [min, max]."
                )
            ] + placementFields.dropFirst() + servingFields
            + [
                FieldSpec("stateful", .boolean, default: "false", "Keeps state across requests."),
                FieldSpec("health", .object(health), "Health checks; absent = none."),
                FieldSpec("autoscale", .object(autoscale), "Horizontal autoscaling."),
                FieldSpec(
                    "auth",
                    .enumeration(["none", "mtls", "jwt", "oauth2", "apikey"]),
                    "Inbound caller authentication."
                ),
                FieldSpec(
                    "exposed",
                    .boolean,
                    defaultNote: "true for gateways and frontends, else false",
                    "Reachable from outside the system."
                ),
                FieldSpec(
                    "rate_limit",
                    .number(minimum: 0, exclusiveMinimum: true),
                    "Inbound limit in requests per second."
                ),
                FieldSpec("tracing", .boolean, default: "false", "Propagates trace context."),
                FieldSpec("metrics", .boolean, default: "false", "Exports metrics."),
                FieldSpec(
                    "uses",
                    .list(.name(.datastore)),
                    default: "[]",
                    "Datastores it reads or writes, once per request it handles."
                ),
                FieldSpec(
                    "publishes",
                    .list(.name(.topic)),
                    default: "[]",
                    "Topics it publishes to, once per synchronous request it handles."
                ),
                FieldSpec(
                    "subscribes",
                    .list(.either(.name(.topic), .object(subscription))),
                    default: "[]",
                    "Topics it consumes: a name, or the long form that also says what handling one message publishes."
                ),
                FieldSpec(
                    "outbox",
                    .boolean,
                    default: "false",
                    "Writes and publishes through a transactional outbox: its requests no longer depend on the broker being up."
                ),
                FieldSpec("endpoints", .list(.object(endpoint)), default: "[]", "API surface."),
                FieldSpec(
                    "calls",
                    .list(.object(call)),
                    default: "[]",
                    "Synchronous dependencies, in the order they are made."
                ),
            ]
    )

    package static let sharding = ObjectSpec(
        "sharding",
        "How the data is split.",
        [
            FieldSpec("key", .string, required: true, "Shard key."),
            FieldSpec("shards", .integer(minimum: 1), required: true, "Number of shards."),
        ]
    )

    package static let backup = ObjectSpec(
        "backup",
        "Backups and recovery objectives.",
        [
            FieldSpec("rpo", .duration, "Recovery point objective: the data a restore may lose."),
            FieldSpec("rto", .duration, "Recovery time objective: how long a restore may take."),
        ]
    )

    package static let datastore = ObjectSpec(
        "datastore",
        "A database, cache or store. Services that use it depend on it hard, unless it is a cache.",
        [
            FieldSpec(
                "kind",
                .enumeration([
                    "postgres", "mysql", "mongodb", "cassandra", "redis", "memcached", "elasticsearch", "dynamodb",
                    "s3", "other",
                ]),
                default: "other",
                "The technology."
            ),
            label, description,
            FieldSpec(
                "role",
                .enumeration(["primary", "cache", "search", "archive"]),
                default: "primary",
                "What it is for; a cache is a soft dependency."
            ),
            FieldSpec(
                "owner",
                .name(.service),
                "The one service that owns it (database per service); it must use the store."
            ),
        ] + placementFields + servingFields
            + [
                FieldSpec("replication", .enumeration(["sync", "async", "none"]), "How replicas are kept in step."),
                FieldSpec("sharding", .object(sharding), "How the data is split."),
                FieldSpec("backup", .object(backup), "Backups; absent = none."),
                FieldSpec("encrypted", .boolean, default: "false", "Encrypted at rest."),
                FieldSpec(
                    "contains",
                    .list(.string),
                    default: "[]",
                    "Data classifications (pii, payment, phi, secrets, credentials, ...)."
                ),
            ]
    )

    package static let broker = ObjectSpec(
        "broker",
        "A message broker. Publishers depend on it hard unless they use an outbox.",
        [
            FieldSpec(
                "kind",
                .enumeration(["kafka", "rabbitmq", "sqs", "sns", "nats", "pulsar", "other"]),
                default: "other",
                "The technology."
            ),
            label, description,
        ] + placementFields + servingFields
    )

    package static let topic = ObjectSpec(
        "topic",
        "A topic or queue on a broker.",
        [
            FieldSpec("broker", .name(.broker), required: true, "The broker that carries it."),
            label, description,
            FieldSpec("partitions", .integer(minimum: 1), "Number of partitions."),
            FieldSpec(
                "delivery",
                .enumeration(["at-most-once", "at-least-once", "exactly-once"]),
                default: "at-least-once",
                "Delivery guarantee."
            ),
            FieldSpec("dead_letter", .boolean, default: "false", "Failed messages go to a dead-letter queue."),
            FieldSpec("ordering", .enumeration(["none", "per-key", "total"]), "Ordering guarantee."),
            FieldSpec("retention", .duration, "How long messages are kept."),
        ]
    )

    package static let sagaStep = ObjectSpec(
        "saga step",
        "One local transaction of a saga.",
        [
            FieldSpec("name", .name(nil), required: true, "The step's name, unique in the saga."),
            FieldSpec("service", .name(.service), required: true, "The service that runs it."),
            FieldSpec("compensation", .string, "The action that undoes it."),
            FieldSpec(
                "pivot",
                .boolean,
                default: "false",
                "After this step the saga only goes forward; at most one step, default the last."
            ),
            FieldSpec("retriable", .boolean, default: "false", "Safe to retry until it succeeds."),
        ]
    )

    package static let saga = ObjectSpec(
        "saga",
        "A distributed transaction.",
        [
            FieldSpec(
                "coordination",
                .enumeration(["orchestrated", "choreographed"]),
                required: true,
                "Who drives the steps."
            ),
            FieldSpec("orchestrator", .name(.service), "The service that drives an orchestrated saga (required then)."),
            FieldSpec("steps", .list(.object(sagaStep)), required: true, "The local transactions, in order."),
        ]
    )

    package static let workflow = ObjectSpec(
        "workflow",
        "One kind of external request (a user journey).",
        [
            FieldSpec("entry", .name(.service), required: true, "The service that receives the external request."),
            label, description,
            FieldSpec(
                "share",
                .ratio,
                defaultNote: "an equal part of what the declared shares leave",
                "Its part of peak_rps; all shares together at most 100%."
            ),
            FieldSpec("availability", .ratio, defaultNote: "requirements.availability", "Availability target."),
            FieldSpec("latency_p99", .duration, defaultNote: "requirements.latency_p99", "p99 latency target."),
            FieldSpec(
                "steps",
                .list(.step),
                defaultNote: "every call reachable from entry",
                "The calls this workflow makes, each `caller -> callee` naming a declared call; order = sequence-diagram order."
            ),
            FieldSpec("saga", .object(saga), "A distributed transaction this workflow runs."),
        ]
    )

    package static let decision = ObjectSpec(
        "decision",
        "An architecture decision record.",
        [
            FieldSpec("id", .integer(minimum: 1), required: true, "Number, unique among decisions."),
            FieldSpec("title", .string, required: true, "What was decided, in a line."),
            FieldSpec(
                "status",
                .enumeration(["proposed", "accepted", "superseded", "deprecated"]),
                required: true,
                "Where it stands."
            ),
            FieldSpec("context", .string, "The forces at play."),
            FieldSpec("decision", .string, "What was decided."),
            FieldSpec("consequences", .string, "What follows from it."),
        ]
    )

    package static let waiver = ObjectSpec(
        "waiver",
        "An accepted review finding: still shown, marked waived, and not counted by --fail-on.",
        [
            FieldSpec("rule", .name(nil), required: true, "The rule's id."),
            FieldSpec("target", .string, required: true, "The finding's target, as the review prints it."),
            FieldSpec("reason", .string, required: true, "Why it is accepted."),
            FieldSpec("expires", .date, "Last day it applies (YYYY-MM-DD); an expired waiver is reported."),
        ]
    )

    package static let fault = ObjectSpec(
        "fault",
        "A fault injected during a scenario; which fields apply depends on `type`.",
        [
            FieldSpec(
                "type",
                .enumeration(["zone-outage", "crash", "latency", "errors", "load-spike"]),
                required: true,
                "What goes wrong."
            ),
            FieldSpec("zone", .name(.zone), "zone-outage: the zone that goes down."),
            FieldSpec(
                "target",
                .name(.component),
                "crash, latency, errors: the service, datastore or broker affected."
            ),
            FieldSpec("replicas", .integer(minimum: 1), defaultNote: "all", "crash: how many replicas go down."),
            FieldSpec("add", .duration, "latency: time added to the service time."),
            FieldSpec("rate", .ratio, "errors: share of requests that fail fast."),
            FieldSpec(
                "factor",
                .number(minimum: 0, exclusiveMinimum: true),
                "load-spike: multiplies the arrival rate."
            ),
            FieldSpec("at", .duration, default: "0s", "When it starts."),
            FieldSpec("for", .duration, defaultNote: "the rest of the run", "How long it lasts."),
        ]
    )

    /// The fields that each fault type takes, besides `type`, `at` and `for`.
    package static let faultFields: [String: (required: [String], optional: [String])] = [
        "zone-outage": (["zone"], []),
        "crash": (["target"], ["replicas"]),
        "latency": (["target", "add"], []),
        "errors": (["target", "rate"], []),
        "load-spike": (["factor"], []),
    ]

    package static let scenario = ObjectSpec(
        "scenario",
        "A fault scenario for the simulator; `baseline` (no faults, load 1) is built in.",
        [
            description,
            FieldSpec("duration", .duration, default: "60s", "Simulated time."),
            FieldSpec("load", .number(minimum: 0, exclusiveMinimum: true), default: "1", "Multiplies peak_rps."),
            FieldSpec("faults", .list(.object(fault)), default: "[]", "Faults injected."),
        ]
    )

    package static let requirements = ObjectSpec(
        "requirements",
        "What the system must deliver.",
        [
            FieldSpec(
                "peak_rps",
                .number(minimum: 0, exclusiveMinimum: false),
                default: "0",
                "External requests per second at peak, all workflows together."
            ),
            FieldSpec(
                "growth",
                .number(minimum: 0, exclusiveMinimum: true),
                default: "10",
                "Capacity must also hold peak_rps * growth."
            ),
            FieldSpec("availability", .ratio, "Default availability target of every workflow."),
            FieldSpec("latency_p99", .duration, "Default p99 latency target of every workflow."),
            FieldSpec("budget_monthly", .number(minimum: 0, exclusiveMinimum: false), "US dollars per month."),
            FieldSpec("compliance", .list(.string), default: "[]", "Regimes that apply (pci-dss, gdpr, ...)."),
            FieldSpec("data_residency", .list(.string), default: "[]", "Regions data must stay in."),
        ]
    )

    package static let system = ObjectSpec(
        "system",
        "The system described.",
        [
            FieldSpec("name", .string, required: true, "The system's name."),
            description,
            FieldSpec("requirements", .object(requirements), "What it must deliver."),
        ]
    )

    package static let zones = ObjectSpec(
        "zones",
        "Shared failure domains: one zone outage takes down every replica in it.",
        [
            FieldSpec("names", .list(.name(nil)), default: "[default]", "The zones."),
            FieldSpec("availability", .ratio, default: "99.99%", "Probability that one zone is up."),
        ]
    )

    package static let document = ObjectSpec(
        "model",
        "An architecture model, format 1.",
        [
            FieldSpec(
                "architect",
                .constant(formatVersion),
                required: true,
                "Format version; this version of architect reads 1."
            ),
            FieldSpec("system", .object(system), required: true, "The system described."),
            FieldSpec("zones", .object(zones), "Failure domains; default one zone named `default`."),
            FieldSpec("services", .map(service), default: "{}", "Name -> service."),
            FieldSpec("datastores", .map(datastore), default: "{}", "Name -> datastore."),
            FieldSpec("brokers", .map(broker), default: "{}", "Name -> broker."),
            FieldSpec("topics", .map(topic), default: "{}", "Name -> topic."),
            FieldSpec("workflows", .map(workflow), default: "{}", "Name -> workflow (own namespace)."),
            FieldSpec("decisions", .list(.object(decision)), default: "[]", "Architecture decision records."),
            FieldSpec("waivers", .list(.object(waiver)), default: "[]", "Accepted review findings."),
            FieldSpec("scenarios", .map(scenario), default: "{}", "Name -> fault scenario (own namespace)."),
        ]
    )
}
