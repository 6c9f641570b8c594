// swift-format-ignore-file
// Generated from docs/model-format.md and Examples/*.yaml by EmbeddedDocumentsTests; do not edit.
// Re-record with RECORD_SNAPSHOTS=1 swift test --filter EmbeddedDocumentsTests.

/// The documents the MCP server offers as resources, compiled in.
enum EmbeddedDocuments {
    static let modelFormat = ####"""
# The architecture model, format 1

A model is one YAML file (JSON is YAML too) that describes a distributed system. Every capability of
Architect reads it. This page explains the format's ideas and the choices the loader makes where the
format leaves room; the reference for each field is `architect explain FIELD`, and editors can use
`architect schema`. Both come from the same field table as the loader (`ModelSchema.swift`), so they
cannot disagree with it.

## Sections

| section | holds |
| --- | --- |
| `architect: 1` | the format version (required) |
| `system` | name, description and `requirements`: `peak_rps`, `growth`, `availability`, `latency_p99`, `budget_monthly`, `compliance`, `data_residency` |
| `zones` | shared failure domains (`names`, `availability`); default one zone named `default` |
| `services` | deployable units: kind, replicas and zones, service time and concurrency, health, autoscale, auth, `uses` (datastores), `publishes` and `subscribes` (topics), `calls` (synchronous dependencies with timeout, retries, circuit breaker, fallback) |
| `datastores` | databases, caches, stores: kind, role, owner, replicas, replication, sharding, backup, encryption, data classifications |
| `brokers`, `topics` | messaging: each topic names its broker, delivery guarantee, ordering, dead-letter queue, retention |
| `workflows` | kinds of external request: entry service, share of `peak_rps`, targets, optional `steps` and `saga` |
| `decisions` | architecture decision records |
| `waivers` | accepted review findings (`rule`, `target`, `reason`, `expires`) |
| `scenarios` | fault scenarios for the simulator (zone outage, crash, latency, errors, load spike) |

Scalars: durations need a unit (`250ms`, `1.5s`, `5m`, `7d`; units `us ms s m h d`); ratios are a
percentage string (`99.95%`) or a number in [0, 1]; rates and money are plain numbers; names are
`[a-z0-9][a-z0-9-]*` and unique across services, datastores, brokers and topics (workflows and
scenarios have their own namespaces). Booleans are `true` and `false` only.

## How the loader reads a model

- **Everything at once.** All problems of a file are reported in one pass, each with
  `file:line:column`, the YAML path (`services.orders.calls[0].timeout`), what is wrong and what is
  expected, and a "did you mean" when a declared name, field or value is close. Warnings (a step
  never reached, a `publishes` that never fires) are printed but do not make the model invalid.
- **Nothing is ignored.** An unknown field anywhere is an error, including a key meant only to hold
  YAML anchors; put anchors on real elements instead, or use merge keys (`<<: *base`), which are
  supported.
- **Order of checks.** Names are collected first, so a reference is checked where it is written,
  whatever the order of sections in the file.

## Readings of the format

Where the format leaves a case open, the loader decides as follows.

- **Quoted values keep their YAML type.** `replicas: "3"` is a string, so it is an error (the JSON
  Schema agrees); write `replicas: 3`. Likewise `true` must be unquoted to be a boolean, and
  `yes`/`no`/`on`/`off` are errors with a hint.
- **An empty entry takes every default.** `notifications:` with nothing after it, under `services`
  (or any other name-to-object section), is the same as `notifications: {}`.
- **`health: {}`** declares no path, so the service has no health checks.
- **A service's `publishes`** needs the service to handle synchronous requests (be a workflow entry
  or the callee of a call); otherwise the check warns and points to the long form of `subscribes`.
- **`steps`** must each name a declared call; an unknown service in a step is an error, and a step
  whose caller no earlier step reaches from the entry is a warning.
- **Sagas**: `orchestrated` requires `orchestrator`; `choreographed` must not have one. Step names
  are unique within a saga.
- **Faults** take only the fields of their type (`zone` for zone-outage; `target` and optional
  `replicas` for crash; `target` and `add` for latency; `target` and `rate` for errors; `factor`
  for load-spike), plus `at` and `for`. A fault's `target` is any service, datastore or broker. A
  crash of more replicas than the component has is an error.
- **Zero durations**: `timeout`, `service_time` and a fault's `for` must be above zero (leave them
  out instead); `at: 0s` is fine.
- **`system.name`** is free text (it is not a reference), but may not be empty.
- **`decisions[].id`** is a whole number from 1, unique among decisions.
- **Additions** the format allows: `description` on every service, datastore, broker and topic, and
  `service_time_p99`, `max_in_flight`, `max_queue` on datastores and brokers as on services.

## Limits

- A model file may be at most 32 MiB (a model of 5,000 services is a few MiB).
- YAML aliases may expand to at most max(1,000,000, 4 x file size in bytes) nodes, which stops
  "billion laughs" documents; nesting deeper than 1,000 levels is an error.
- A file holds one YAML document. YAML tags (`!!int`) are not part of the format and are errors.
  Every mapping key must be a scalar (a list or mapping as a key is an error); an alias used as a
  key stands for its scalar text, and a key written twice in one mapping is an error at the repeat.
- libyaml (the C library inside Yams) parses; the loader composes its events into its own tree, so
  every key and value keeps its line and column.

"""####

    static let examples: [(name: String, text: String)] = [
        ("food-delivery.yaml", ####"""
# food-delivery.yaml: a food-delivery platform (customer app, restaurants, couriers).
#
# Where shop.yaml has an orchestrated saga, this model is choreographed: once an order is
# placed nobody is in charge; each service reacts to an event and publishes the next one
# (the long form of `subscribes`: {topic: x, publishes: [y]}):
#
#   orders -order-placed-> restaurants -order-accepted-> dispatch -courier-assigned-> ...
#   courier-api -> dispatch -delivery-completed-> payments -payment-captured-> ...
#   tracking (a read model) follows the order events; notifications turns them into
#   push-jobs (RabbitMQ) for push-sender.
#
# Also shown: an external payment provider (no zones), parallel call groups, soft calls
# (fallback cached / degrade / default), rate limits on both gateways, sharded datastores
# with backups, personal and payment data encrypted at rest, and small services written
# as YAML flow mappings (same fields, fewer lines).
architect: 1

system:
  name: food-delivery
  description: Order food from local restaurants, delivered by independent couriers
  requirements:
    peak_rps: 4000            # Friday dinner rush, all apps together
    growth: 4
    availability: 99.9%
    latency_p99: 400ms
    budget_monthly: 20000
    compliance: [pci-dss, gdpr]
    data_residency: [eu]

zones:
  names: [a, b, c]
  availability: 99.99%

# A service with `autoscale` and no `replicas` starts at autoscale.min replicas.
services:
  gateway:
    kind: gateway
    label: "Customer API"
    description: API of the customer app; OAuth2 login, per-user quotas
    autoscale: {min: 3, max: 18, target_utilization: 60%}
    zones: [a, b, c]
    service_time: 1ms
    service_time_p99: 6ms
    concurrency: 64
    cost_per_replica: 80
    auth: oauth2
    rate_limit: 6000          # token bucket for the whole gateway; peak is 3,320 rps
    health: {liveness: /healthz, readiness: /ready}
    tracing: true
    metrics: true
    endpoints:
      - {method: GET, path: /v1/restaurants}
      - {method: GET, path: "/v1/restaurants/{id}/menu"}
      - {method: POST, path: /v1/orders}
      - {method: GET, path: "/v1/orders/{id}/tracking"}
    calls:
      # The home screen asks search and eta at the same time (parallel group-1): its
      # latency is the slower of the two, not their sum. No ETA is fine (degrade).
      - {to: search, protocol: grpc, timeout: 250ms, idempotent: true, parallel: group-1,
         retries: {max: 1, backoff: exponential, base: 20ms, jitter: true, budget: 10%},
         circuit_breaker: true}
      - {to: eta, protocol: grpc, timeout: 100ms, idempotent: true, parallel: group-1,
         circuit_breaker: true, fallback: degrade}
      # Menus change rarely: when restaurants is down, serve the cached menu (soft call).
      - {to: restaurants, protocol: grpc, timeout: 300ms, idempotent: true, fallback: cached,
         retries: {max: 2, backoff: exponential, base: 20ms, jitter: true, budget: 10%},
         circuit_breaker: true}
      # Placing an order is not retried by the gateway; the app resends it with the same
      # idempotency key. 3s > 2 x 1.2s, orders->payments with its retry.
      - {to: orders, protocol: grpc, timeout: 3s,
         circuit_breaker: {failure_rate: 50%, min_calls: 20, open_for: 30s}}
      - {to: tracking, protocol: grpc, timeout: 200ms, idempotent: true, fallback: cached,
         retries: {max: 2, backoff: exponential, base: 20ms, jitter: true, budget: 10%},
         circuit_breaker: true}

  courier-api:
    kind: gateway
    label: "Courier API"
    description: API of the courier app; location pings and delivery hand-over
    autoscale: {min: 3, max: 9, target_utilization: 60%}
    zones: [a, b, c]
    service_time: 1ms
    service_time_p99: 5ms
    concurrency: 32
    cost_per_replica: 60
    auth: jwt
    rate_limit: 1500          # a courier app pings every few seconds; peak is 680 rps
    health: {liveness: /healthz, readiness: /ready}
    tracing: true
    metrics: true
    calls:
      # A location upsert is idempotent (last write wins).
      - {to: tracking, protocol: grpc, timeout: 200ms, idempotent: true, circuit_breaker: true,
         retries: {max: 1, backoff: exponential, base: 20ms, jitter: true, budget: 10%}}
      # Completing a delivery is keyed by the delivery id. 800ms > 2 x 100ms (dispatch->eta).
      - {to: dispatch, protocol: grpc, timeout: 800ms, idempotent: true, circuit_breaker: true,
         retries: {max: 2, backoff: exponential, base: 100ms, jitter: true, budget: 10%}}

  # discovery
  search: {description: Full-text and geo search over open restaurants,
    autoscale: {min: 3, max: 12, target_utilization: 60%}, zones: [a, b, c],
    service_time: 6ms, service_time_p99: 40ms, concurrency: 16, cost_per_replica: 100,
    auth: mtls, health: {liveness: /healthz, readiness: /ready}, tracing: true,
    metrics: true, uses: [search-index]}

  # location-store is a cache: eta works (less precisely) without it.
  eta: {description: Predicts delivery times from courier positions and kitchen load,
    autoscale: {min: 3, max: 12, target_utilization: 60%}, zones: [a, b, c],
    service_time: 2ms, service_time_p99: 12ms, concurrency: 16, cost_per_replica: 70,
    auth: mtls, health: {liveness: /healthz, readiness: /ready}, tracing: true,
    metrics: true, uses: [location-store]}

  restaurants:
    description: Restaurants, menus, opening hours; relays orders to restaurant tablets
    autoscale: {min: 3, max: 12, target_utilization: 60%}
    zones: [a, b, c]
    service_time: 4ms
    service_time_p99: 20ms
    concurrency: 16
    cost_per_replica: 90
    auth: mtls
    health: {liveness: /healthz, readiness: /ready}
    tracing: true
    metrics: true
    uses: [restaurants-db, menu-cache]
    outbox: true              # it writes the acceptance and publishes it: one transaction
    subscribes:
      # The restaurant accepts on its tablet; handling order-placed publishes order-accepted.
      - {topic: order-placed, publishes: [order-accepted]}

  # ordering and payment
  orders:
    description: Takes orders; the system of record for what was ordered
    autoscale: {min: 3, max: 9, target_utilization: 60%}
    zones: [a, b, c]
    service_time: 8ms
    service_time_p99: 40ms
    concurrency: 8
    cost_per_replica: 120
    auth: mtls
    health: {liveness: /healthz, readiness: /ready}
    tracing: true
    metrics: true
    uses: [orders-db]
    publishes: [order-placed] # starts the choreography, once per order placed
    outbox: true
    endpoints:
      - {method: POST, path: /v1/orders}
    calls:
      # Validate the basket and quote fees and promotions at the same time.
      - {to: restaurants, protocol: grpc, timeout: 250ms, idempotent: true, parallel: quote,
         retries: {max: 1, backoff: exponential, base: 20ms, jitter: true, budget: 10%},
         circuit_breaker: true}
      - {to: pricing, protocol: grpc, timeout: 250ms, idempotent: true, parallel: quote,
         retries: {max: 1, backoff: exponential, base: 20ms, jitter: true, budget: 10%},
         circuit_breaker: true}
      # Authorize (not capture) the card. 1.2s > 2 x 500ms (payments->payment-provider).
      - {to: payments, protocol: grpc, timeout: 1200ms, idempotent: true,
         retries: {max: 1, backoff: exponential, base: 100ms, jitter: true, budget: 5%},
         circuit_breaker: {failure_rate: 30%, min_calls: 20, open_for: 30s}}

  pricing: {description: "Delivery fees, surge pricing and promotion codes",
    autoscale: {min: 3, max: 9, target_utilization: 60%}, zones: [a, b, c],
    service_time: 3ms, service_time_p99: 15ms, concurrency: 8, cost_per_replica: 70,
    auth: mtls, health: {liveness: /healthz, readiness: /ready}, tracing: true,
    metrics: true, uses: [pricing-db]}

  payments:
    description: Authorizes at checkout, captures after delivery
    autoscale: {min: 3, max: 9, target_utilization: 60%}
    zones: [a, b, c]
    service_time: 10ms
    service_time_p99: 60ms
    concurrency: 8
    cost_per_replica: 150
    auth: mtls
    health: {liveness: /healthz, readiness: /ready}
    tracing: true
    metrics: true
    uses: [payments-db]
    outbox: true
    subscribes:
      # Capture the authorized amount once the food is delivered.
      - {topic: delivery-completed, publishes: [payment-captured]}
    calls:
      - {to: payment-provider, protocol: http, timeout: 500ms, idempotent: true,
         retries: {max: 1, backoff: exponential, base: 100ms, jitter: true, budget: 5%},
         circuit_breaker: {failure_rate: 30%, min_calls: 10, open_for: 20s}}

  payment-provider: {kind: external, label: "Payment provider (cards, wallets)",
    replicas: 2, instance_availability: 99.95%, service_time: 120ms,
    service_time_p99: 450ms, concurrency: 1000}

  # delivery
  dispatch:
    description: Matches orders to couriers and follows the delivery to the door
    autoscale: {min: 3, max: 12, target_utilization: 60%}
    zones: [a, b, c]
    service_time: 12ms
    service_time_p99: 80ms    # matching is the slowest step of the chain
    concurrency: 8
    cost_per_replica: 130
    auth: mtls
    health: {liveness: /healthz, readiness: /ready}
    tracing: true
    metrics: true
    uses: [dispatch-db]
    outbox: true
    publishes: [delivery-completed]   # once per courier-api "complete" request
    subscribes:
      - {topic: order-accepted, publishes: [courier-assigned]}
    calls:
      # Without an ETA, dispatch assumes a fixed 30 minutes (fallback: default).
      - {to: eta, protocol: grpc, timeout: 100ms, idempotent: true, fallback: default,
         retries: {max: 1, backoff: exponential, base: 10ms, jitter: true, budget: 10%},
         circuit_breaker: true}

  # A CQRS read model: it builds its view from the events and publishes nothing (so no
  # dual write); status polling from the app never reaches orders.
  tracking: {description: Order status and courier position for the customer app,
    autoscale: {min: 3, max: 12, target_utilization: 60%}, zones: [a, b, c],
    service_time: 2ms, service_time_p99: 10ms, concurrency: 32, cost_per_replica: 80,
    auth: mtls, health: {liveness: /healthz, readiness: /ready}, tracing: true,
    metrics: true, uses: [tracking-db, location-store],
    subscribes: [order-placed, order-accepted, courier-assigned, delivery-completed]}

  # notifications
  notifications:
    kind: worker
    description: Turns domain events into push messages for customers
    autoscale: {min: 2, max: 6, target_utilization: 60%}
    zones: [a, b, c]
    service_time: 5ms
    service_time_p99: 25ms
    concurrency: 16
    cost_per_replica: 50
    auth: mtls
    health: {liveness: /healthz}
    tracing: true
    metrics: true
    subscribes:
      - {topic: order-accepted, publishes: [push-jobs]}
      - {topic: courier-assigned, publishes: [push-jobs]}
      - {topic: payment-captured, publishes: [push-jobs]}

  push-sender:
    kind: worker
    description: Delivers push-jobs through the mobile push provider
    autoscale: {min: 2, max: 8, target_utilization: 60%}
    zones: [a, b, c]
    service_time: 3ms
    service_time_p99: 15ms
    concurrency: 32
    cost_per_replica: 50
    auth: mtls
    health: {liveness: /healthz}
    tracing: true
    metrics: true
    subscribes: [push-jobs]
    calls:
      # A repeated push carries the same collapse key, so the phone shows it once.
      - {to: push-provider, protocol: http, timeout: 1s, idempotent: true, circuit_breaker: true,
         retries: {max: 2, backoff: exponential, base: 200ms, jitter: true, budget: 20%}}

  push-provider: {kind: external, label: Mobile push provider, replicas: 2,
    instance_availability: 99.9%, service_time: 60ms, service_time_p99: 300ms,
    concurrency: 1000}

# Sharding spreads data over shards but adds no capacity in the analysis.
datastores:
  orders-db: {kind: postgres, owner: orders, replicas: 3, zones: [a, b, c],
    instance_availability: 99.95%, service_time: 3ms, concurrency: 64, replication: sync,
    sharding: {key: customer_id, shards: 4}, backup: {rpo: 1m, rto: 15m},
    encrypted: true, contains: [pii], cost_per_replica: 450}
  payments-db: {kind: postgres, owner: payments, replicas: 3, zones: [a, b, c],
    instance_availability: 99.95%, service_time: 2ms, concurrency: 64, replication: sync,
    backup: {rpo: 1m, rto: 15m}, encrypted: true, contains: [pii, payment],
    cost_per_replica: 500}
  restaurants-db: {kind: postgres, owner: restaurants, replicas: 2, zones: [a, b],
    instance_availability: 99.95%, service_time: 2ms, concurrency: 64, replication: async,
    backup: {rpo: 15m, rto: 1h}, encrypted: true, contains: [pii], cost_per_replica: 300}
  menu-cache: {kind: redis, role: cache, owner: restaurants, replicas: 3, zones: [a, b, c],
    service_time: 0.3ms, concurrency: 4, replication: async, cost_per_replica: 120}
  pricing-db: {kind: postgres, owner: pricing, replicas: 2, zones: [a, b],
    instance_availability: 99.95%, service_time: 2ms, concurrency: 32, replication: sync,
    backup: {rpo: 15m, rto: 1h}, encrypted: true, cost_per_replica: 250}
  dispatch-db: {kind: cassandra, owner: dispatch, replicas: 3, zones: [a, b, c],
    instance_availability: 99.9%, service_time: 2ms, concurrency: 32, replication: async,
    sharding: {key: city_id, shards: 8}, backup: {rpo: 15m, rto: 2h},
    encrypted: true, contains: [pii], cost_per_replica: 350}
  tracking-db: {kind: mongodb, owner: tracking, replicas: 3, zones: [a, b, c],
    instance_availability: 99.9%, service_time: 1.5ms, concurrency: 64, replication: async,
    sharding: {key: order_id, shards: 6}, backup: {rpo: 1h, rto: 4h},
    encrypted: true, contains: [pii], cost_per_replica: 300}
  # Courier positions: written by tracking, read by eta. Losing them costs a few seconds
  # of pings, so it is a cache (soft, no backup) even though two services use it.
  location-store: {kind: redis, role: cache, owner: tracking, replicas: 3, zones: [a, b, c],
    service_time: 0.3ms, concurrency: 4, replication: async, encrypted: true,
    contains: [pii], cost_per_replica: 150}
  search-index: {kind: elasticsearch, role: search, owner: search, replicas: 3,
    zones: [a, b, c], service_time: 4ms, concurrency: 32, encrypted: true,
    cost_per_replica: 250}

brokers:
  events: {kind: kafka, label: "Kafka (domain events)", replicas: 3, zones: [a, b, c],
    instance_availability: 99.9%, service_time: 1ms, concurrency: 16, cost_per_replica: 350}
  tasks: {kind: rabbitmq, label: "RabbitMQ (push jobs)", replicas: 3, zones: [a, b, c],
    instance_availability: 99.9%, service_time: 0.5ms, concurrency: 8, cost_per_replica: 150}

# Domain events are keyed by order id (per-key ordering), delivered at least once with a
# dead-letter queue; push jobs are fire-and-forget (a lost push is acceptable).
topics:
  order-placed: {broker: events, partitions: 24, delivery: at-least-once, dead_letter: true,
    ordering: per-key, retention: 7d}
  order-accepted: {broker: events, partitions: 24, delivery: at-least-once,
    dead_letter: true, ordering: per-key, retention: 7d}
  courier-assigned: {broker: events, partitions: 24, delivery: at-least-once,
    dead_letter: true, ordering: per-key, retention: 7d}
  delivery-completed: {broker: events, partitions: 24, delivery: at-least-once,
    dead_letter: true, ordering: per-key, retention: 30d}
  payment-captured: {broker: events, partitions: 12, delivery: exactly-once,
    dead_letter: true, ordering: per-key, retention: 30d}
  push-jobs: {broker: tasks, partitions: 1, delivery: at-most-once, ordering: none,
    retention: 1h}

# 50 + 20 + 3 + 10 + 14 + 3 = 100%. place-order and complete-delivery have the same
# share: every order is delivered once (120 per second at peak).
workflows:
  browse: {entry: gateway, share: 50%, latency_p99: 300ms,
    steps: [gateway -> search, gateway -> eta]}
  view-menu: {entry: gateway, share: 20%, steps: [gateway -> restaurants]}
  place-order:
    entry: gateway
    share: 3%
    availability: 99.95%
    latency_p99: 1500ms
    steps:
      - gateway -> orders
      - orders -> restaurants
      - orders -> pricing
      - orders -> payments
      - payments -> payment-provider
    saga:
      # No orchestrator: each step is triggered by the previous step's event.
      coordination: choreographed
      steps:
        - {name: create-order, service: orders, compensation: cancel-order}
        - {name: authorize-payment, service: payments, compensation: void-authorization}
        # The pivot: once the kitchen starts cooking, the order goes forward.
        - {name: accept-order, service: restaurants, pivot: true}
        - {name: assign-courier, service: dispatch, retriable: true}
        - {name: capture-payment, service: payments, retriable: true}
  track-order: {entry: gateway, share: 10%, steps: [gateway -> tracking]}
  courier-location: {entry: courier-api, share: 14%, latency_p99: 200ms,
    steps: [courier-api -> tracking]}
  complete-delivery: {entry: courier-api, share: 3%,
    steps: [courier-api -> dispatch, dispatch -> eta]}

decisions:
  - id: 1
    title: Choreograph the order lifecycle with events
    status: accepted
    context: Restaurants, dispatch and payments move at their own pace, over minutes.
    decision: Each service reacts to the previous event; no central orchestrator.
    consequences: Loose coupling; the end-to-end flow is only visible in tracking.
  - id: 2
    title: Tracking as a CQRS read model
    status: accepted
    context: The app polls order status about every 5 seconds per open order.
    decision: tracking builds its own view from the events and serves all status reads.
    consequences: Status may lag by the consumer lag; orders is never hit by polling.
  - id: 3
    title: RabbitMQ for push jobs, Kafka for domain events
    status: accepted
    context: Push jobs are short-lived work items; domain events are a replayable log.
    decision: Keep them apart, so a push backlog never delays the order flow.
    consequences: Two brokers to run.
  - id: 4
    title: Capture card payments at checkout
    status: superseded
    context: Capturing at checkout meant a refund for every cancelled order.
    decision: Superseded by authorizing at checkout and capturing after delivery.
    consequences: Authorizations expire after 7 days; long deliveries re-authorize.

scenarios:
  zone-b-outage:
    duration: 120s
    faults:
      - {type: zone-outage, zone: b, at: 20s, for: 60s}
  payment-provider-errors:
    # Breaker on payments->payment-provider opens; place-order fails fast meanwhile.
    duration: 90s
    faults:
      - {type: errors, target: payment-provider, rate: 30%, at: 15s, for: 45s}
  dinner-rush:
    # 2.5x the peak for a minute, with dispatch slowed down by a hot city shard.
    duration: 120s
    faults:
      - {type: load-spike, factor: 2.5, at: 30s, for: 60s}
      - {type: latency, target: dispatch, add: 20ms, at: 30s, for: 60s}

"""####),
        ("legacy.yaml", ####"""
# legacy.yaml: a travel-booking platform grown since 2012. A deliberately BAD design.
#
# This model loads without errors: every field is valid. What is wrong with it is the
# architecture, and that is what `architect review` and `architect analyze` are for.
# Each flaw is marked below with "FLAW:" and the review rule that should report it.
# A summary of what to expect:
#   * single replicas in one zone (single-point-of-failure), two replicas in one zone
#     (single-zone), and a 99.99% availability target no single replica can meet
#     (availability-below-target)
#   * one MySQL shared by nine services (shared-database), unencrypted though it holds
#     personal and card data (unencrypted-sensitive-data), never backed up (no-backup)
#   * calls without timeouts (missing-timeout), retries without backoff on non-idempotent
#     calls (retry-without-backoff, non-idempotent-retry), callers that give up before
#     their callees (timeout-inversion), up to 36 attempts for one click
#     (retry-amplification), no circuit breakers (missing-circuit-breaker)
#   * a 5-hop synchronous chain (deep-sync-chain), a service calling 7 others
#     (high-fan-out), an N+1 call made 10 times per request (chatty-call), and the
#     component it hammers saturates at peak (saturated)
#   * an exposed portal with no auth and no rate limit, no auth inside either
#   * writes to the database and publishes without an outbox (dual-write), a topic nobody
#     reads (orphan-topic), at-least-once topics without dead-letter queues
#   * no health checks, no tracing, no metrics, no decisions, an expired waiver
#   * a saga with a step that cannot be undone before its pivot, and a step after the
#     pivot that is never retried
# There is no synchronous call cycle: a cycle is a review error too, but it would blank
# out the load and latency figures of every workflow that reaches it.
architect: 1

system:
  name: legacy-booking
  description: Hotels, flights and rental cars for corporate travellers (on-prem, 2012)
  requirements:
    peak_rps: 300             # Monday 9:00, everybody books the week's trips
    # growth is not set: the default, 10, applies
    availability: 99.99%      # FLAW: promised in the sales contract; see availability-below-target
    latency_p99: 500ms
    budget_monthly: 3000
    compliance: [pci-dss, gdpr]   # on paper

zones:
  names: [a, b]               # the company has two data centers...
  availability: 99.99%        # ...but everything below runs in data center a

services:
  portal:
    kind: frontend            # exposed (frontends are by default)
    label: "Booking portal (JSP)"
    description: Server-rendered web portal used by travellers and travel agents
    replicas: 1               # FLAW: single-point-of-failure in every workflow
    zones: [a]
    service_time: 5ms
    service_time_p99: 30ms
    concurrency: 8
    cost_per_replica: 40
    auth: none                # FLAW: exposed-without-auth (the portal "has a login page")
    # FLAW: no rate_limit on an exposed service (no-rate-limit)
    # FLAW: no health, tracing or metrics anywhere in this file (no-health-check,
    #       no-tracing, no-metrics)
    calls:
      # FLAW: retries: 2 is the short form, so no backoff and no jitter
      #       (retry-without-backoff); a booking POST is not idempotent
      #       (non-idempotent-retry). 1s is shorter than booking-api's own calls:
      #       hotels 2s, payments 500ms x 4 attempts = 2s (timeout-inversion).
      - to: booking-api
        timeout: 1s
        retries: 2

  booking-api:
    label: "Booking API (the monolith)"
    description: All business logic that did not fit anywhere else
    replicas: 2
    zones: [a]                # FLAW: two replicas, one data center (single-zone)
    stateful: true            # sticky HTTP sessions
    service_time: 10ms
    service_time_p99: 80ms
    concurrency: 4
    cost_per_replica: 60
    # FLAW: no auth on an internal service (no-service-auth)
    uses: [main-db]
    # FLAW: seven distinct services called synchronously (high-fan-out, limit 6),
    #       none of them with a circuit breaker (missing-circuit-breaker).
    calls:
      - to: customers         # FLAW: no timeout (missing-timeout)
      # FLAW: N+1: one call per hotel in the result list (chatty-call, limit 5).
      #       The 2s timeout is longer than the portal's 1s (timeout-inversion).
      - to: hotels
        per_request: 10
        timeout: 2s
      - to: flights           # FLAW: no timeout
      - to: cars              # FLAW: no timeout
      # FLAW: pricing waits up to 1s for discounts, but we give it only 800ms
      #       (timeout-inversion on booking-api->pricing).
      - to: pricing
        timeout: 800ms
      # FLAW: a card charge retried 3 times at once, without an idempotency key
      #       (non-idempotent-retry, retry-without-backoff): double charges.
      - to: payments
        timeout: 500ms
        retries: 3
      - to: invoices          # FLAW: no timeout

  customers:
    description: Traveller profiles, passports, loyalty numbers
    service_time: 3ms
    service_time_p99: 20ms
    concurrency: 4
    cost_per_replica: 30
    uses: [main-db]           # replicas and zones not given: 1 replica in zone a

  hotels:
    description: Hotel availability and rates, one hotel per call
    replicas: 1
    zones: [a]
    service_time: 2ms
    service_time_p99: 12ms
    concurrency: 4
    cost_per_replica: 30
    uses: [main-db]
    # FLAW: SATURATED at peak (rule `saturated`). Hand computation of its load:
    #   search-trips: 70% x 300 rps = 210 rps at portal -> 210 at booking-api
    #                 -> x10 (per_request) = 2100 rps at hotels
    #   book-trip:    20% x 300 rps =  60 rps -> 60 at booking-api -> x10 =  600 rps
    #   manage-booking: its steps do not call hotels           ->            0 rps
    #   load = 2100 + 600 = 2700 rps
    #   utilization = load x service_time / (replicas x concurrency)
    #               = 2700 x 0.002s / (1 x 4) = 5.4 / 4 = 1.35  >= 1: saturated
    #   replicas_needed = ceil(5.4 / (4 x 70%)) = ceil(1.93) = 2; at growth 10: 20.
    #   The real fix is to drop the N+1 call (one batch call: 270 rps, 0.135).

  flights:
    description: Flight search and booking through the GDS
    replicas: 1
    zones: [a]
    service_time: 20ms
    service_time_p99: 150ms
    concurrency: 8
    cost_per_replica: 30
    calls:
      # FLAW: no timeout on a third party that takes up to 2s; the retry has no backoff
      #       and the call is not marked idempotent.
      - to: gds
        retries: 1

  gds:
    kind: external
    label: "Global distribution system (SOAP)"
    replicas: 1
    instance_availability: 99.5%
    service_time: 300ms
    service_time_p99: 2s      # p99/mean = 6.7
    concurrency: 500

  cars:
    description: Rental cars
    replicas: 1
    zones: [a]
    # No service_time: nobody ever measured it, so it has no queueing figures.
    concurrency: 4
    cost_per_replica: 30
    uses: [main-db]

  # FLAW: the pricing chain is the deep synchronous chain (deep-sync-chain):
  #   portal -> booking-api -> pricing -> discounts -> loyalty -> customers = 5 hops > 4
  pricing:
    description: Computes the trip price
    replicas: 1
    zones: [a]
    service_time: 4ms
    service_time_p99: 25ms
    concurrency: 4
    cost_per_replica: 30
    calls:
      - to: discounts
        timeout: 1s           # longer than booking-api gives pricing (800ms)

  discounts:
    description: Corporate discounts and negotiated rates
    replicas: 1
    zones: [a]
    service_time: 2ms
    service_time_p99: 10ms
    concurrency: 2
    cost_per_replica: 20
    uses: [main-db]
    calls:
      - to: loyalty           # FLAW: no timeout

  loyalty:
    description: Loyalty tiers; a gold traveller gets the better discount
    replicas: 1
    zones: [a]
    service_time: 3ms
    service_time_p99: 15ms
    concurrency: 2
    cost_per_replica: 20
    uses: [main-db]
    calls:
      - to: customers         # FLAW: no timeout

  payments:
    description: Charges corporate cards through the bank
    replicas: 1
    zones: [a]
    service_time: 15ms
    service_time_p99: 100ms
    concurrency: 4
    cost_per_replica: 30
    uses: [main-db]           # card numbers in the shared database (PCI DSS scope: all of it)
    calls:
      # FLAW: no timeout, 2 immediate retries of a non-idempotent charge. Together with
      #       portal (3 attempts) and booking-api (4 attempts): 3 x 4 x 3 = 36 attempts
      #       at the bank for one click (retry-amplification, limit 8).
      - to: bank-gateway
        retries: 2

  bank-gateway:
    kind: external
    label: "Bank card gateway"
    replicas: 1
    instance_availability: 99.5%
    service_time: 250ms
    service_time_p99: 2s      # p99/mean = 8
    concurrency: 50

  invoices:
    description: Issues invoices and tells the rest of the world a booking exists
    replicas: 1
    zones: [a]
    service_time: 30ms
    service_time_p99: 200ms
    concurrency: 4
    cost_per_replica: 30
    uses: [main-db]
    # FLAW: writes main-db, then publishes, with no outbox (dual-write): a crash in
    #       between leaves a booking without its confirmation e-mail, or the reverse.
    publishes: [booking-created, invoice-issued]

  mailer:
    kind: worker
    description: Sends booking confirmations by e-mail
    replicas: 1
    zones: [a]
    service_time: 20ms
    service_time_p99: 100ms
    concurrency: 4
    cost_per_replica: 20
    subscribes: [booking-created]

  nightly-report:
    kind: batch
    description: Nightly revenue report, runs straight SQL against the shared database
    replicas: 1
    zones: [a]
    cost_per_replica: 20
    uses: [main-db]

datastores:
  main-db:
    kind: mysql
    label: "Main MySQL"
    description: The one database; every team adds its tables here
    owner: booking-api        # on paper; nine services read and write it (shared-database)
    replicas: 1               # FLAW: single-point-of-failure
    zones: [a]
    service_time: 1ms
    concurrency: 16
    replication: none
    encrypted: false          # FLAW: holds pii and card data (unencrypted-sensitive-data)
    contains: [pii, payment]
    # FLAW: no backup (no-backup)
    cost_per_replica: 400
    # Load, for the record: 300 (booking-api) + 360 (customers) + 2700 (hotels)
    #   + 270 (cars) + 270 (discounts) + 270 (loyalty) + 90 (payments) + 90 (invoices)
    #   = 4350 operations/s x 1ms / 16 = 0.27: the database is not the bottleneck, yet.

brokers:
  mq:
    kind: rabbitmq
    replicas: 1               # FLAW: one broker node; invoices depends on it hard
    zones: [a]

topics:
  booking-created:
    broker: mq
    # FLAW: at-least-once (the default) and no dead-letter queue (no-dead-letter): a
    #       poison message is redelivered forever and blocks the queue.
    delivery: at-least-once
  invoice-issued:
    broker: mq
    description: Meant for the accounting system, which was never connected
    # FLAW: published, never consumed (orphan-topic); also no dead-letter queue.

# Shares: 70 + 20 + 10 = 100% of 300 rps.
workflows:
  search-trips:
    entry: portal
    share: 70%                # 210 rps
    steps:
      - portal -> booking-api
      - booking-api -> hotels     # x10 per request
      - booking-api -> flights
      - flights -> gds
      - booking-api -> cars
      - booking-api -> pricing
      - pricing -> discounts
      - discounts -> loyalty
      - loyalty -> customers
  # No steps: booking a trip makes every call reachable from the portal.
  book-trip:
    entry: portal
    share: 20%                # 60 rps
    saga:
      coordination: orchestrated
      orchestrator: booking-api
      steps:
        - {name: hold-hotel, service: hotels, compensation: release-hotel}
        # FLAW: a held flight cannot be released before the pivot
        #       (saga-missing-compensation on book-trip/hold-flight).
        - {name: hold-flight, service: flights}
        - {name: hold-car, service: cars, compensation: release-car}
        - {name: charge-card, service: payments, pivot: true}
        # FLAW: after the pivot, but not retriable (saga-step-not-retriable): a failed
        #       invoice leaves a paid trip without an invoice.
        - {name: issue-invoice, service: invoices}
  manage-booking:
    entry: portal
    share: 10%                # 30 rps: change or cancel a trip
    steps:
      - portal -> booking-api
      - booking-api -> customers
      - booking-api -> payments
      - payments -> bank-gateway
      - booking-api -> invoices

# FLAW: no `decisions` at all (no-decisions).

waivers:
  # FLAW: expired (expired-waiver); the migration it promised never happened.
  - rule: single-point-of-failure
    target: main-db
    reason: Migration to a MySQL cluster planned for Q4 2024
    expires: 2024-12-31

scenarios:
  db-restart:
    # main-db restarts for 30s: every workflow fails (nothing has a fallback).
    duration: 90s
    faults:
      - {type: crash, target: main-db, at: 20s, for: 30s}
  datacenter-a-down:
    # Everything runs in zone a, so this is a full outage for a minute.
    duration: 120s
    faults:
      - {type: zone-outage, zone: a, at: 30s, for: 60s}
  monday-morning:
    # 1.5x peak: hotels goes from 1.35 to about 2.0 utilization; with no health checks
    # and no timeouts on most calls, requests pile up everywhere.
    duration: 120s
    faults:
      - {type: load-spike, factor: 1.5, at: 30s, for: 60s}

"""####),
        ("metastable.yaml", ####"""
# A metastable failure, and the retry budget that prevents it.
#
# Two identical stacks take the same traffic: an API that calls its backend with a 100ms
# timeout and 3 immediate retries. The only difference is that `api-budget` limits its
# retries to 10% of its first attempts (plus 10 per second).
#
# Each backend has 4 workers of 10ms: 400 requests/s of capacity for 250 requests/s of
# traffic, 62.5% utilization, and almost no request waits long enough to time out.
#
# The `latency-spike` scenario slows both backends by 100ms for 5 seconds. Queues build
# up, attempts time out, and each timeout sends another attempt while the abandoned one is
# still being served (wasted work). Without a budget, up to 4 attempts per request ask for
# 1000 requests/s of a 400 requests/s backend: when the spike ends the queue keeps growing,
# every attempt still times out, and the system never comes back, although nothing is
# broken any more. With the budget, retries add at most 35 requests/s, the backlog drains
# in seconds, and the success rate returns to 100%.
#
#   architect simulate Examples/metastable.yaml --scenario latency-spike
architect: 1
system:
  name: metastable
  requirements: {peak_rps: 500, availability: 99.9%, latency_p99: 200ms}
services:
  api:
    kind: gateway
    service_time: 1ms
    concurrency: 8
    calls:
      - {to: backend, timeout: 100ms, retries: 3, idempotent: true}
  backend:
    service_time: 10ms
    concurrency: 4
  api-budget:
    kind: gateway
    service_time: 1ms
    concurrency: 8
    calls:
      - to: backend-budget
        timeout: 100ms
        retries: {max: 3, backoff: none, budget: 10%}
        idempotent: true
  backend-budget:
    service_time: 10ms
    concurrency: 4
workflows:
  no-budget: {entry: api, share: 50%}
  with-budget: {entry: api-budget, share: 50%}
scenarios:
  latency-spike:
    duration: 120s
    faults:
      - {type: latency, target: backend, add: 100ms, at: 30s, for: 5s}
      - {type: latency, target: backend-budget, add: 100ms, at: 30s, for: 5s}

"""####),
        ("shop.yaml", ####"""
# shop.yaml: an online shop, the classic microservice example.
#
# A model of a mostly good design; `architect review` should have little to say about it.
# Worth a look:
#   * three zones; every component on a request path has replicas in several of them
#   * timeouts shrink down each call chain, so a caller never gives up while its callee
#     is still retrying (no timeout inversion)
#   * retries only on idempotent calls, in the long form: exponential backoff, jitter and
#     a retry budget; a circuit breaker on every call; fallbacks where a stale or default
#     answer will do (those calls are "soft")
#   * one database per service: each has an `owner`, and the owner lists it in `uses`
#   * a transactional outbox wherever a service writes its database and publishes
#   * checkout is an orchestrated saga: compensations before the pivot (the card charge),
#     retriable steps after it
#
# Try: architect analyze|review|simulate Examples/shop.yaml
architect: 1

system:
  name: shop
  description: Online shop selling household goods in the EU, web and mobile apps
  requirements:
    peak_rps: 2000            # all workflows together, at the busiest hour of the year
    growth: 5                 # the capacity plan must also hold 5x today's peak
    availability: 99.95%      # default target for every workflow
    latency_p99: 300ms        # default target for every workflow
    budget_monthly: 15000     # USD per month; the model costs about 9,700 today
    compliance: [pci-dss, gdpr]
    data_residency: [eu]

zones:
  names: [a, b, c]            # three availability zones of one region
  availability: 99.99%

# Each service sets service_time (mean), service_time_p99 (p99/mean of 3 to 5, a
# realistic tail), concurrency (workers per replica) and cost_per_replica (USD/month).
services:
  web:
    kind: frontend            # server-side rendered storefront; exposed by default
    label: "Storefront (SSR)"
    description: Renders product and category pages for browsers
    replicas: 3
    autoscale: {min: 3, max: 15, target_utilization: 60%}
    zones: [a, b, c]
    service_time: 4ms
    service_time_p99: 20ms
    concurrency: 16
    cost_per_replica: 90
    auth: jwt                 # anonymous visitors get a signed session token too
    # No rate_limit: the CDN in front limits per client (see the waiver at the end).
    health: {liveness: /healthz, readiness: /ready}
    tracing: true
    metrics: true
    calls:
      # A product page shows the product and a "related products" strip: two lookups.
      - {to: catalog, protocol: grpc, per_request: 2, timeout: 120ms, idempotent: true,
         retries: {max: 2, backoff: exponential, base: 20ms, jitter: true, budget: 10%},
         circuit_breaker: true}
      # The mini-cart badge is nice to have: when cart is down the page renders without
      # it (soft call). 200ms > 2 x 80ms, cart's slowest own call with its retry.
      - {to: cart, protocol: grpc, timeout: 200ms, idempotent: true, fallback: degrade,
         retries: {max: 1, backoff: exponential, base: 25ms, jitter: true, budget: 10%},
         circuit_breaker: true}

  gateway:
    kind: gateway             # API for the single-page app and the mobile apps
    label: "API gateway"
    description: Authenticates app users, routes /v1 calls, enforces quotas
    replicas: 3
    autoscale: {min: 3, max: 12, target_utilization: 60%}
    zones: [a, b, c]
    service_time: 1ms
    service_time_p99: 5ms
    concurrency: 64
    cost_per_replica: 80
    auth: jwt
    rate_limit: 4000          # peak is 600 rps today, 3,000 at growth 5
    health: {liveness: /healthz, readiness: /ready}
    tracing: true
    metrics: true
    endpoints:
      - {method: GET, path: /v1/cart}
      - {method: PUT, path: "/v1/cart/items/{sku}"}
      - {method: POST, path: /v1/checkout}
      - {method: GET, path: "/v1/orders/{id}"}
    calls:
      # PUT of a cart line (set the quantity) is idempotent, so it may be retried.
      - {to: cart, protocol: grpc, timeout: 250ms, idempotent: true,
         retries: {max: 1, backoff: exponential, base: 25ms, jitter: true, budget: 10%},
         circuit_breaker: true}
      # Checkout is not retried here (the app retries with an idempotency key). 2.5s
      # covers orders' slowest sub-call: payments, 1s x 2 attempts.
      - {to: orders, protocol: grpc, timeout: 2500ms,
         circuit_breaker: {failure_rate: 50%, min_calls: 20, open_for: 30s}}

  # ---------------------------------------------------------------- catalog and cart
  catalog:
    description: Products, prices and categories (read-mostly)
    replicas: 4
    autoscale: {min: 4, max: 24, target_utilization: 60%}
    zones: [a, b, c]
    service_time: 3ms
    service_time_p99: 15ms
    concurrency: 16
    cost_per_replica: 110
    auth: mtls
    health: {liveness: /healthz, readiness: /ready}
    tracing: true
    metrics: true
    uses: [catalog-db, shop-cache]   # cache-aside: the cache is soft, the database hard

  cart:
    description: Shopping carts of anonymous and signed-in customers
    replicas: 3
    autoscale: {min: 3, max: 15, target_utilization: 60%}
    zones: [a, b, c]
    service_time: 2ms
    service_time_p99: 10ms
    concurrency: 16
    cost_per_replica: 80
    auth: mtls
    health: {liveness: /healthz, readiness: /ready}
    tracing: true
    metrics: true
    uses: [cart-db, shop-cache]
    calls:
      # The current price of the item being added.
      - {to: catalog, protocol: grpc, timeout: 80ms, idempotent: true, circuit_breaker: true,
         retries: {max: 1, backoff: exponential, base: 10ms, jitter: true, budget: 10%}}
      # "Only 3 left" hint. If inventory is down assume "in stock" (fallback: default);
      # the saga's reserve-stock step decides for real at checkout.
      - {to: inventory, protocol: grpc, timeout: 80ms, idempotent: true, fallback: default,
         retries: {max: 1, backoff: exponential, base: 10ms, jitter: true, budget: 10%},
         circuit_breaker: true}

  # ---------------------------------------------------------------- checkout
  orders:
    description: Owns orders and their lifecycle; orchestrates the checkout saga
    context: ordering         # bounded context (DDD); `team` is another free-text field
    replicas: 3
    autoscale: {min: 3, max: 12, target_utilization: 60%}
    zones: [a, b, c]
    service_time: 8ms
    service_time_p99: 40ms
    concurrency: 8
    cost_per_replica: 120
    auth: mtls
    health: {liveness: /healthz, readiness: /ready}
    tracing: true
    metrics: true
    uses: [orders-db]
    publishes: [order-placed]
    outbox: true              # order row and event in one transaction: no dual write, and
                              # checkout keeps working while Kafka is down
    endpoints:
      - {method: POST, path: /v1/orders}
      - {method: GET, path: "/v1/orders/{id}"}
      - {method: POST, path: "/v1/orders/{id}/cancel"}
    calls:                    # in saga order; every sub-call carries the order id as key
      # 300ms > 2 x 80ms, cart's own calls with their retry.
      - {to: cart, protocol: grpc, timeout: 300ms, idempotent: true, circuit_breaker: true,
         retries: {max: 1, backoff: exponential, base: 25ms, jitter: true, budget: 10%}}
      - {to: inventory, protocol: grpc, timeout: 300ms, idempotent: true, circuit_breaker: true,
         retries: {max: 2, backoff: exponential, base: 25ms, jitter: true, budget: 10%}}
      # 1s > 2 x 400ms (payments->psp with its retry); the charge has an idempotency key.
      - {to: payments, protocol: grpc, timeout: 1s, idempotent: true,
         retries: {max: 1, backoff: exponential, base: 100ms, jitter: true, budget: 5%},
         circuit_breaker: {failure_rate: 30%, min_calls: 20, open_for: 30s}}
      - {to: shipping, protocol: grpc, timeout: 300ms, idempotent: true, circuit_breaker: true,
         retries: {max: 2, backoff: exponential, base: 50ms, jitter: true, budget: 10%}}

  inventory:
    description: Stock levels and reservations per warehouse
    replicas: 3
    autoscale: {min: 3, max: 12, target_utilization: 60%}
    zones: [a, b, c]
    service_time: 3ms
    service_time_p99: 15ms
    concurrency: 16
    cost_per_replica: 80
    auth: mtls
    health: {liveness: /healthz, readiness: /ready}
    tracing: true
    metrics: true
    uses: [inventory-db]

  payments:
    description: Charges and refunds cards through the payment service provider
    replicas: 3
    autoscale: {min: 3, max: 9, target_utilization: 60%}
    zones: [a, b, c]
    service_time: 10ms
    service_time_p99: 50ms
    concurrency: 8
    cost_per_replica: 150
    auth: mtls
    health: {liveness: /healthz, readiness: /ready}
    tracing: true
    metrics: true
    uses: [payments-db]       # the only place card tokens live (PCI DSS scope)
    calls:
      # 400ms is well above the PSP's p99 of 250ms; the PSP deduplicates on our key.
      - {to: psp, protocol: http, timeout: 400ms, idempotent: true,
         retries: {max: 1, backoff: exponential, base: 50ms, jitter: true, budget: 5%},
         circuit_breaker: {failure_rate: 30%, min_calls: 10, open_for: 20s}}

  psp:
    kind: external            # a third party: no zones, no health checks of ours
    label: "Payment service provider"
    description: Card acquirer API, two independent endpoints
    replicas: 2
    instance_availability: 99.9%
    service_time: 80ms
    service_time_p99: 250ms
    concurrency: 500

  shipping:
    description: Books shipments with carriers and tracks parcels
    replicas: 3
    autoscale: {min: 3, max: 9, target_utilization: 60%}
    zones: [a, b, c]
    service_time: 5ms
    service_time_p99: 25ms
    concurrency: 8
    cost_per_replica: 70
    auth: mtls
    health: {liveness: /healthz, readiness: /ready}
    tracing: true
    metrics: true
    uses: [shipping-db]
    publishes: [shipment-created]
    outbox: true

  # ---------------------------------------------------------------- asynchronous side
  notifications:
    kind: worker              # no synchronous callers: it reacts to domain events
    description: Sends order and shipping e-mails
    replicas: 2               # two replicas land in zones a and b
    autoscale: {min: 2, max: 8, target_utilization: 60%}
    zones: [a, b, c]
    service_time: 15ms
    service_time_p99: 60ms
    concurrency: 16
    cost_per_replica: 60
    auth: mtls
    health: {liveness: /healthz}
    tracing: true
    metrics: true
    subscribes: [order-placed, shipment-created]
    calls:
      # The mailer deduplicates on the message id, so retrying is safe.
      - {to: mailer, protocol: http, timeout: 2s, idempotent: true, circuit_breaker: true,
         retries: {max: 3, backoff: exponential, base: 200ms, jitter: true, budget: 20%}}

  mailer:
    kind: external
    label: "E-mail delivery provider"
    replicas: 2
    instance_availability: 99.9%
    service_time: 150ms
    service_time_p99: 600ms
    concurrency: 1000

# Datastores in flow style, one per entry. Postgres instances are a primary plus
# synchronous standbys spread over the zones; every primary store has a backup and is
# encrypted at rest.
datastores:
  catalog-db: {kind: postgres, owner: catalog, replicas: 2, zones: [a, b],
    instance_availability: 99.95%, service_time: 2ms, concurrency: 64, replication: sync,
    backup: {rpo: 5m, rto: 30m}, encrypted: true, cost_per_replica: 400}
  # role: cache makes it a soft dependency for its users; it needs no backup, and
  # shared-database ignores caches, so catalog and cart may share it.
  shop-cache: {kind: redis, role: cache, label: "Shared Redis cache", replicas: 3,
    zones: [a, b, c], service_time: 0.3ms, concurrency: 4, replication: async,
    encrypted: true, cost_per_replica: 150}
  cart-db: {kind: postgres, owner: cart, replicas: 2, zones: [a, b],
    instance_availability: 99.95%, service_time: 1.5ms, concurrency: 64, replication: sync,
    backup: {rpo: 15m, rto: 1h}, encrypted: true, contains: [pii], cost_per_replica: 300}
  orders-db: {kind: postgres, owner: orders, replicas: 3, zones: [a, b, c],
    instance_availability: 99.95%, service_time: 3ms, concurrency: 64, replication: sync,
    backup: {rpo: 1m, rto: 15m}, encrypted: true, contains: [pii], cost_per_replica: 500}
  inventory-db: {kind: postgres, owner: inventory, replicas: 2, zones: [a, b],
    instance_availability: 99.95%, service_time: 2ms, concurrency: 64, replication: sync,
    backup: {rpo: 5m, rto: 30m}, encrypted: true, cost_per_replica: 300}
  # Card tokens: PCI DSS scope, so it is encrypted and has the tightest backup.
  payments-db: {kind: postgres, owner: payments, replicas: 3, zones: [a, b, c],
    instance_availability: 99.95%, service_time: 2ms, concurrency: 64, replication: sync,
    backup: {rpo: 1m, rto: 15m}, encrypted: true, contains: [pii, payment],
    cost_per_replica: 500}
  # Delivery addresses are personal data.
  shipping-db: {kind: postgres, owner: shipping, replicas: 2, zones: [a, b],
    instance_availability: 99.95%, service_time: 2ms, concurrency: 64, replication: sync,
    backup: {rpo: 15m, rto: 1h}, encrypted: true, contains: [pii], cost_per_replica: 300}

brokers:
  events: {kind: kafka, label: "Kafka (domain events)", replicas: 3, zones: [a, b, c],
    instance_availability: 99.9%, service_time: 1ms, concurrency: 16, cost_per_replica: 350}

# At-least-once delivery with a dead-letter queue; consumers deduplicate on the key.
topics:
  order-placed: {broker: events, partitions: 12, delivery: at-least-once, dead_letter: true,
    ordering: per-key, retention: 7d}      # key = order id; written through the outbox
  shipment-created: {broker: events, partitions: 6, delivery: at-least-once,
    dead_letter: true, ordering: per-key, retention: 3d}

# Shares: 70 + 20 + 10 = 100% of peak_rps. Each workflow lists its `steps`; without them
# a gateway workflow would include every call the gateway makes.
workflows:
  browse:
    entry: web
    share: 70%                # 1400 rps; catalog gets 2 x 1400 from here
    latency_p99: 250ms
    steps:
      - web -> catalog
      - web -> cart
  add-to-cart:
    entry: gateway
    share: 20%                # 400 rps
    steps:
      - gateway -> cart
      - cart -> catalog
      - cart -> inventory
  checkout:
    entry: gateway
    share: 10%                # 200 rps
    availability: 99.95%
    latency_p99: 1500ms       # includes the card payment round trip
    steps:
      - gateway -> orders
      - orders -> cart
      - orders -> inventory
      - orders -> payments
      - payments -> psp
      - orders -> shipping
    saga:
      coordination: orchestrated
      orchestrator: orders
      steps:
        # Before the pivot every step can be undone.
        - {name: create-order, service: orders, compensation: cancel-order}
        - {name: reserve-stock, service: inventory, compensation: release-stock}
        # The pivot: once the card is charged we only go forward.
        - {name: charge-card, service: payments, pivot: true}
        # After the pivot each step must eventually succeed, so it is retried.
        - {name: create-shipment, service: shipping, retriable: true}
        - {name: confirm-order, service: orders, retriable: true}

decisions:
  - id: 1
    title: One database per service
    status: accepted
    context: A shared Postgres let a catalog schema change take checkout down twice in 2024.
    decision: Each service owns its database; others get the data through APIs and events.
    consequences: More instances to run; cross-service queries need events or composition.
  - id: 2
    title: Kafka with a transactional outbox for domain events
    status: accepted
    context: Writing the database, then publishing, lost events when a pod died in between.
    decision: Publishers write events to an outbox table in the same transaction; a relay
      publishes them to Kafka.
    consequences: At-least-once delivery, so consumers deduplicate; checkout no longer
      depends on Kafka being up.
  - id: 3
    title: Orchestrated saga for checkout
    status: accepted
    context: Checkout spans four services; a choreography made failures hard to follow.
    decision: orders orchestrates checkout as a saga whose pivot is the card charge.
    consequences: orders knows every step; steps after the charge must be retriable.
  - id: 4
    title: Move carts from Postgres to Redis with AOF persistence
    status: proposed
    context: Carts are short-lived, key-value shaped, and most of the write traffic.
    decision: Store carts in a dedicated Redis with append-only persistence.
    consequences: Cheaper and faster; signed-in carts need a backup story.

waivers:
  - rule: no-rate-limit
    target: web
    reason: The CDN in front of the storefront enforces per-client rate limits
    expires: 2027-06-30

scenarios:
  zone-a-outage:
    duration: 120s
    faults:
      - {type: zone-outage, zone: a, at: 30s, for: 60s}
  psp-brownout:
    # The PSP turns slow and flaky: charges time out at 400ms, the breaker on
    # payments->psp opens, and checkout fails fast instead of piling up.
    duration: 90s
    faults:
      - {type: latency, target: psp, add: 300ms, at: 20s, for: 40s}
      - {type: errors, target: psp, rate: 10%, at: 20s, for: 40s}
  flash-sale:
    # 3x traffic while two of the four catalog replicas crash: catalog runs at about 90%
    # utilization (3 x 3200 rps x 3ms / (2 x 16 workers)) until they come back.
    duration: 120s
    faults:
      - {type: load-spike, factor: 3, at: 20s, for: 40s}
      - {type: crash, target: catalog, replicas: 2, at: 30s, for: 30s}

"""####),
    ]
}
