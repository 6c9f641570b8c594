#!/usr/bin/env python3
"""Write random, valid architecture models (format 1) for cross-checking the analysis.

Usage:
    random_models.py OUTDIR --seed N --count K [--services S] [--zones Z]

The models are deterministic for a given seed. Each one exercises the parts of
model.md that the analysis reads: 1..8 zones and replicas spread over subsets of them
(in random order), external services (no zones), datastores incl. caches and owners,
brokers and topics, publishers (only services that receive synchronous requests),
subscribers incl. the long form {topic, publishes}, a mostly acyclic call graph (calls go
from a lower to a higher index) with fractional per_request, timeouts, short and long
retries, fallbacks and parallel groups, sometimes a deliberate call cycle, workflows with
and without share and with explicit steps, requirements, autoscale, costs.

Service times and concurrency are chosen after the loads are known (computed with
analysis_reference.py), so that most utilizations fall below 1 and a few saturate.

`--services 300 --zones 8 --count 1` writes the large model.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from analysis_reference import Analysis, parse_model   # noqa: E402

WORDS = ["orders", "cart", "catalog", "users", "auth", "search", "pay", "ship", "stock",
         "mail", "push", "price", "promo", "review", "media", "geo", "audit", "report",
         "feed", "chat", "billing", "ledger", "risk", "ads", "quote"]
SERVICE_KINDS = ["service", "service", "service", "gateway", "frontend", "worker", "proxy",
                 "batch"]
DATASTORE_KINDS = ["postgres", "mysql", "mongodb", "cassandra", "redis", "memcached",
                   "elasticsearch", "dynamodb", "s3", "other"]
BROKER_KINDS = ["kafka", "rabbitmq", "sqs", "sns", "nats", "pulsar", "other"]
AVAILABILITIES = ["99.5%", "99.9%", "99.95%", "99%", 0.999, 0.98, "95%", "99.99%"]
PER_REQUEST = [1, 1, 1, 1, 2, 3, 0.5, 1.5, 0.25, 10]
# In a 300-service DAG the number of call paths to a deep service grows exponentially with
# the mean fan-out times per_request; keep that product near 1 so loads stay finite.
PER_REQUEST_LARGE = [1, 1, 1, 1, 1, 0.5, 0.5, 2]
FAN_OUT = [0, 1, 1, 2, 2, 3, 4]
FAN_OUT_LARGE = [0, 1, 1, 1, 2, 2]


def plain(x: float) -> str:
    """x with 6 significant digits, never in exponent notation (`1e-05` is no duration)."""
    text = f"{x:.6g}"
    if "e" in text:
        text = f"{x:.12f}".rstrip("0").rstrip(".")
    return text


def reach(calls: dict, root: str) -> set:
    """Services reachable from root through calls (root included)."""
    seen, stack = {root}, [root]
    while stack:
        for call in calls[stack.pop()]:
            if call["to"] not in seen:
                seen.add(call["to"])
                stack.append(call["to"])
    return seen


class Generator:
    def __init__(self, seed: int, n_services: int | None, n_zones: int | None):
        self.rng = random.Random(seed)
        self.large = n_services is not None and n_services >= 100
        self.n_services = n_services or self.rng.randint(3, 24)
        self.n_zones = n_zones or self.rng.randint(1, 8)

    # ------------------------------------------------------------ scalars

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def duration_ms(self, ms: float) -> str:
        """A duration string for ms milliseconds, in a random unit (6 significant digits)."""
        if ms >= 1000 and self.chance(0.5):
            return f"{plain(ms / 1000)}s"
        if ms < 1 and self.chance(0.5):
            return f"{plain(ms * 1000)}us"
        return f"{plain(ms)}ms"

    def service_time_ms(self) -> float:
        return self.rng.choice([0.2, 0.5, 1, 1.5, 2, 3, 4, 5, 8, 10, 12, 20, 30, 50, 80, 150])

    # ------------------------------------------------------------ placement

    def placement(self, body: dict, zone_names: list, explicit_zones: bool,
                  autoscale: bool = False):
        """replicas (maybe via autoscale, services only) and zones of a zoned component."""
        replicas = self.rng.choice([1, 1, 2, 2, 3, 3, 3, 4, 5, 6])
        if autoscale and self.chance(0.25):
            low = self.rng.randint(1, replicas)
            high = self.rng.randint(replicas, replicas + 10)
            autoscale = {"max": high}
            if low != 1 or self.chance(0.5):
                autoscale = {"min": low, "max": high}
            if self.chance(0.6):
                autoscale["target_utilization"] = self.rng.choice(["50%", "60%", 0.8, "75%"])
            body["autoscale"] = autoscale
            if replicas != low or self.chance(0.5):
                body["replicas"] = replicas     # else it defaults to autoscale.min = replicas
        elif replicas != 1 or self.chance(0.5):
            body["replicas"] = replicas
        if explicit_zones and self.chance(0.85):
            k = self.rng.randint(1, len(zone_names))
            body["zones"] = self.rng.sample(zone_names, k)   # random order: round-robin order
        if self.chance(0.3):
            body["instance_availability"] = self.rng.choice(AVAILABILITIES)
        if self.chance(0.7):
            body["cost_per_replica"] = self.rng.choice([20, 50, 70, 100, 150.5, 400])

    # ------------------------------------------------------------ the model

    def model(self, index: int) -> dict:
        rng = self.rng
        n = self.n_services
        # Zones
        scheme = rng.choice(["letters", "az", "dc"])
        zone_names = [
            {"letters": "abcdefgh"[i], "az": f"eu-west-1{'abcdefgh'[i]}", "dc": f"dc{i + 1}"}[scheme]
            for i in range(self.n_zones)]
        zones_section = None
        if self.n_zones > 1 or self.chance(0.6):
            zones_section = {"names": zone_names}
            if self.chance(0.6):
                zones_section["availability"] = rng.choice(["99.99%", "99.9%", 0.9995, "99%"])
        else:
            zone_names = ["default"]
        explicit_zones = zones_section is not None

        # Services: index order is the DAG order; externals sit at the end (leaves).
        n_external = 0 if n < 3 else rng.randint(0, max(1, n // 6))
        names = [f"s{i:03d}-{rng.choice(WORDS)}" for i in range(n)]
        external = set(names[n - n_external:])
        services = {}
        for i, s in enumerate(names):
            body = {}
            if s in external:
                body["kind"] = "external"
                body["replicas"] = rng.randint(1, 3)
                if self.chance(0.6):
                    body["instance_availability"] = rng.choice(AVAILABILITIES)
                if self.chance(0.3):
                    body["cost_per_replica"] = rng.choice([0, 100, 250])
            else:
                kind = rng.choice(SERVICE_KINDS)
                if kind != "service" or self.chance(0.2):
                    body["kind"] = kind
                self.placement(body, zone_names, explicit_zones, autoscale=True)
            services[s] = body

        # Calls: from a lower to a higher index, so the graph is acyclic ...
        internal = [s for s in names if s not in external]
        calls = {s: [] for s in names}
        retry_rate = 0.1 if self.large else 0.25
        for i, s in enumerate(names):
            if s in external or i == n - 1:
                continue
            later = names[i + 1:i + 1 + (12 if self.large else n)]
            fan_out = rng.choice(FAN_OUT_LARGE if self.large else FAN_OUT)
            for callee in rng.sample(later, min(len(later), fan_out)):
                calls[s].append(self.call(callee, retry_rate))
            if calls[s] and self.chance(0.05):
                calls[s].append(self.call(calls[s][0]["to"], retry_rate))  # same pair twice
        # ... except, in a few models, one deliberate cycle (possibly a self-call).
        if len(internal) >= 2 and self.chance(0.12):
            a, b = sorted(rng.sample(range(len(internal)), 2))
            if self.chance(0.2):
                b = a
            calls[internal[b]].append(self.call(internal[a], retry_rate))
        for s, cs in calls.items():
            # Parallel groups: a label shared by two or more calls of one caller.
            if len(cs) >= 2 and self.chance(0.3):
                for call in rng.sample(cs, rng.randint(2, len(cs))):
                    call["parallel"] = "p1"
                if len(cs) >= 4 and self.chance(0.5):
                    for call in cs:
                        if "parallel" not in call and self.chance(0.7):
                            call["parallel"] = "p2"
            if cs:
                services[s]["calls"] = cs

        # Workflows (needed first: entries may publish).
        n_workflows = rng.randint(6, 12) if self.large else rng.randint(1, 5)
        low_half = internal[:max(1, len(internal) // 2)] or names[:1]
        if self.large:
            # prefer entries with large call graphs, so workflows span many services
            low_half = sorted(low_half, key=lambda s: -len(reach(calls, s)))[:15]
        entries = [rng.choice(low_half) for _ in range(n_workflows)]
        if external and self.chance(0.05):
            entries[-1] = rng.choice(sorted(external))     # an external entry
        receives_sync = {c["to"] for cs in calls.values() for c in cs} | set(entries)

        # Datastores: users list them in `uses`; an owner is one of its users.
        datastores = {}
        taken = set(names)
        for _ in range(rng.randint(0, max(1, n // 2) if not self.large else 120)):
            d = self.fresh_name(taken, rng.choice(["db", "cache", "store", "index"]))
            body = {"kind": rng.choice(DATASTORE_KINDS)}
            role = rng.choice(["primary"] * 5 + ["cache"] * 3 + ["search", "archive"])
            if role != "primary" or self.chance(0.3):
                body["role"] = role
            self.placement(body, zone_names, explicit_zones)
            users = rng.sample(internal, min(len(internal), rng.choice([0, 1, 1, 1, 2, 3])))
            for u in users:
                services[u].setdefault("uses", []).append(d)
            if users and self.chance(0.7):
                body["owner"] = users[0]
            datastores[d] = body

        # Brokers and topics.
        brokers, topics = {}, {}
        n_brokers = rng.randint(0, 3) if not self.large else 4
        for _ in range(n_brokers):
            b = self.fresh_name(taken, rng.choice(["events", "bus", "queue"]))
            body = {}
            if self.chance(0.8):
                body["kind"] = rng.choice(BROKER_KINDS)
            self.placement(body, zone_names, explicit_zones)
            brokers[b] = body
        if brokers:
            for _ in range(rng.randint(1, 6) if not self.large else 14):
                t = self.fresh_name(taken, rng.choice(["placed", "done", "created", "changed"]))
                topics[t] = {"broker": rng.choice(sorted(brokers))}
        topic_names = sorted(topics)

        # Publishers: only services that handle synchronous requests.
        if topic_names:
            for s in sorted(receives_sync - external):
                if self.chance(0.35):
                    services[s]["publishes"] = rng.sample(
                        topic_names, rng.randint(1, min(2, len(topic_names))))
                    if self.chance(0.3):
                        services[s]["outbox"] = True
            # Subscribers, sometimes with the long form. Small models take any topics, so
            # messages may run in circles (the chain rule drops the repeats). Tracking
            # chains costs up to 2^(topics in one circle), so in large models topics only
            # lead to later topics: a subscriber subscribes only to topics before every
            # topic it (or a service it calls) publishes.
            for s in internal:
                if not self.chance(0.3 if not self.large else 0.15):
                    continue
                allowed = topic_names
                if self.large:
                    published = {t for r in reach(calls, s) - {s}
                                 for t in services[r].get("publishes", [])}
                    first = min((topic_names.index(t) for t in published),
                                default=len(topic_names))
                    allowed = topic_names[:first]
                if not allowed:
                    continue
                subs = []
                for t in rng.sample(allowed, rng.randint(1, min(3, len(allowed)))):
                    later = topic_names[topic_names.index(t) + 1:] if self.large else topic_names
                    if later and self.chance(0.4):
                        subs.append({"topic": t, "publishes": rng.sample(
                            later, rng.randint(1, min(2, len(later))))})
                    else:
                        subs.append(t)
                services[s]["subscribes"] = subs

        # Workflows: shares sum to <= 100%, some left out; some with steps.
        workflows = {}
        remaining = 100
        for k, entry in enumerate(entries):
            body = {"entry": entry}
            if self.chance(0.75) and remaining > 0:
                share = rng.randint(0, remaining) if k < len(entries) - 1 else remaining
                share = min(share, remaining)
                remaining -= share
                body["share"] = f"{share}%" if self.chance(0.7) else share / 100
            if self.chance(0.45):
                steps = self.steps(entry, calls)
                if steps:
                    body["steps"] = steps
            if self.chance(0.25):
                body["availability"] = rng.choice(AVAILABILITIES)
            if self.chance(0.25):
                body["latency_p99"] = self.duration_ms(rng.choice([50, 100, 250, 800, 1500]))
            workflows[f"wf{k}-{rng.choice(WORDS)}"] = body

        requirements = {"peak_rps": rng.choice([0, 10, 100, 500, 1000, 2500, 4000, 12.5])
                        if not self.large else 5000}
        if self.chance(0.6):
            requirements["growth"] = rng.choice([1, 2, 3, 5, 10, 1.5, 20])
        if self.chance(0.7):
            requirements["availability"] = rng.choice(AVAILABILITIES)
        if self.chance(0.6):
            requirements["latency_p99"] = self.duration_ms(rng.choice([100, 300, 500, 2000]))

        model = {"architect": 1, "system": {"name": f"random-{index}",
                                            "requirements": requirements}}
        if zones_section:
            model["zones"] = zones_section
        model["services"] = services
        if datastores:
            model["datastores"] = datastores
        if brokers:
            model["brokers"] = brokers
        if topics:
            model["topics"] = topics
        model["workflows"] = workflows

        self.size_queues(model)
        if self.chance(0.6):
            cost = Analysis(parse_model(model)).run()["cost"]["monthly"]
            requirements["budget_monthly"] = round(cost * self.rng.choice([0.8, 1.0, 1.5]), 2)
        return model

    def call(self, callee: str, retry_rate: float) -> dict:
        rng = self.rng
        call = {"to": callee}
        if self.chance(0.2):
            call["protocol"] = rng.choice(["http", "grpc", "graphql"])
        per_request = rng.choice(PER_REQUEST_LARGE if self.large else PER_REQUEST)
        if per_request != 1 or self.chance(0.2):
            call["per_request"] = per_request
        if self.chance(0.8):
            call["timeout"] = self.duration_ms(rng.choice([50, 100, 250, 300, 1000, 2500]))
        if self.chance(retry_rate):
            n = rng.randint(1, 3)
            if self.chance(0.5):
                call["retries"] = n
            else:
                call["retries"] = {"max": n,
                                   "backoff": rng.choice(["none", "constant", "exponential"]),
                                   "jitter": self.chance(0.5)}
                if self.chance(0.5):
                    call["retries"]["base"] = self.duration_ms(rng.choice([10, 25, 100]))
                if self.chance(0.3):
                    call["retries"]["budget"] = "10%"
            if self.chance(0.5):
                call["idempotent"] = True
        elif self.chance(0.05):
            call["retries"] = 0
        fallback = rng.choice([None] * 6 + ["none", "cached", "default", "degrade"])
        if fallback:
            call["fallback"] = fallback
        if self.chance(0.2):
            call["circuit_breaker"] = True
        return call

    def steps(self, entry: str, calls: dict) -> list:
        """A random subset of the calls reachable from the entry, as step strings."""
        rng = self.rng
        steps, seen, frontier = [], {entry}, [entry]
        while frontier:
            s = frontier.pop(0)
            for call in calls[s]:
                if self.chance(0.7):
                    pair = (s, call["to"])
                    if pair not in steps:
                        steps.append(pair)
                    if call["to"] not in seen:
                        seen.add(call["to"])
                        frontier.append(call["to"])
        # Sometimes a step that the graph never reaches (a warning; it has no effect).
        unreached = [(s, c["to"]) for s, cs in calls.items() if s not in seen for c in cs]
        if unreached and self.chance(0.15):
            steps.append(rng.choice(unreached))
        if len(steps) > 1 and self.chance(0.05):
            steps.append(steps[0])              # a repeated step counts once
        return [f"{a} -> {b}" if self.chance(0.8) else f"{a}->{b}" for a, b in steps]

    def fresh_name(self, taken: set, word: str) -> str:
        k = len(taken)
        while f"{word}-{k}" in taken:
            k += 1
        taken.add(f"{word}-{k}")
        return f"{word}-{k}"

    def size_queues(self, model: dict):
        """Choose service_time and concurrency from the loads: most utilizations in
        (0, 0.9), about 7% saturated (1.05 .. 2; 0.5% in large models, where one saturated
        component blanks the latency of every workflow above it), some components without
        service_time."""
        figures = Analysis(parse_model(model)).run()
        loads = {c["name"]: (c["load_rps"], c["replicas"]) for c in figures["components"]}
        sections = [model["services"], model.get("datastores", {}), model.get("brokers", {})]
        for section in sections:
            for name, body in section.items():
                is_broker = section is model.get("brokers")
                if self.chance(0.6 if is_broker else 0.12):
                    if self.chance(0.3):
                        body["concurrency"] = self.rng.randint(1, 8)
                    continue                     # no service_time: null queueing figures
                load, replicas = loads[name]
                ms = self.service_time_ms()
                if load <= 0:
                    body["service_time"] = self.duration_ms(ms)
                    if self.chance(0.5):
                        body["concurrency"] = self.rng.randint(1, 16)
                    continue
                if self.chance(0.005 if self.large else 0.07):
                    target = self.rng.uniform(1.05, 2.0)          # saturated
                else:
                    target = self.rng.uniform(0.02, 0.9)
                work = load * ms / 1000.0                           # busy servers needed
                concurrency = work / (replicas * target)
                if concurrency <= 512:
                    c = max(1, math.floor(concurrency) if target > 1 else math.ceil(concurrency))
                    if target > 1 and work / (replicas * c) < 1.0:
                        c = max(1, c - 1)
                    if target > 1 and work / (replicas * c) < 1.0:
                        # even one worker is too fast: stretch the service time instead
                        ms = ms * 1.5 * (replicas * c) / work
                else:
                    c = self.rng.randint(16, 256)
                    ms = target * replicas * c / load * 1000.0
                    ms = max(float(f"{ms:.4g}"), 0.001)    # at least 1us
                body["service_time"] = self.duration_ms(ms)
                if c != 1 or self.chance(0.5):
                    body["concurrency"] = c


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--services", type=int, default=None)
    parser.add_argument("--zones", type=int, default=None)
    args = parser.parse_args(argv)
    os.makedirs(args.outdir, exist_ok=True)
    for i in range(args.count):
        generator = Generator(args.seed * 100_003 + i, args.services, args.zones)
        model = generator.model(i)
        path = os.path.join(args.outdir, f"random-{args.seed}-{i:03d}.yaml")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(f"# random_models.py --seed {args.seed}, model {i}\n")
            yaml.safe_dump(model, handle, sort_keys=False, default_flow_style=None, width=100)
    return 0


if __name__ == "__main__":
    sys.exit(main())
