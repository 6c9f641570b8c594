#!/usr/bin/env python3
"""Independent reference implementation of `architect analyze --format json` (format 1).

This is a test oracle: it was written from the specifications only
(/work/shared/spec/model.md, "Meaning of the numbers" and "Precise rules", and
/work/shared/spec/analysis.md), never from the Swift sources, so that the two
implementations can be cross-checked against each other.

Usage:
    analysis_reference.py MODEL.yaml [--peak-rps N] [--growth N]

It prints the analysis JSON of analysis.md. The input model is assumed to be valid
(`architect check` passes); nothing is validated here.

Only the standard library and PyYAML are used.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional

import yaml

# --------------------------------------------------------------------------------------
# Constants and small numeric helpers
# --------------------------------------------------------------------------------------

MINUTES_PER_MONTH = 43200.0          # 30 days, as analysis.md uses for downtime
REL_TOL = 1e-9                       # boundary tolerance of model.md "Precise rules"

DEFAULT_ZONE = "default"
DEFAULT_ZONE_AVAILABILITY = 0.9999   # 99.99%
DEFAULT_INSTANCE_AVAILABILITY = 0.995  # 99.5%
DEFAULT_TARGET_UTILIZATION = 0.70
DEFAULT_GROWTH = 10.0


def close(a: float, b: float) -> bool:
    """Equal within the relative boundary tolerance of model.md."""
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=0.0)


def le(a: float, b: float) -> bool:
    """a <= b, where a boundary within the relative tolerance counts as equal."""
    return a <= b or close(a, b)


def ge(a: float, b: float) -> bool:
    """a >= b, where a boundary within the relative tolerance counts as equal."""
    return a >= b or close(a, b)


# --------------------------------------------------------------------------------------
# YAML loading
# --------------------------------------------------------------------------------------

class ModelLoader(yaml.SafeLoader):
    """SafeLoader that keeps dates as strings and reads only true/false as booleans.

    PyYAML follows YAML 1.1: `2027-06-30` would become a date and `yes`/`on` booleans.
    The model format keeps dates as strings (waiver `expires`) and has true/false only.
    """


# Copy the resolver table so the change does not leak into yaml.SafeLoader itself.
ModelLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers
            if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
ModelLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)


def load_yaml(path: str):
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=ModelLoader)


# --------------------------------------------------------------------------------------
# Scalars (model.md "Scalars")
# --------------------------------------------------------------------------------------

DURATION_UNITS = {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
DURATION_RE = re.compile(r"^\s*([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*(us|ms|s|m|h|d)\s*$")


def parse_duration(value) -> Optional[float]:
    """`250ms`, `1.5s`, `7d` -> seconds. None stays None."""
    if value is None:
        return None
    match = DURATION_RE.match(str(value))
    if not match:
        raise ValueError(f"not a duration: {value!r}")
    return float(match.group(1)) * DURATION_UNITS[match.group(2)]


def parse_ratio(value) -> Optional[float]:
    """`99.95%` -> 0.9995; a plain number in [0, 1] is taken as is. None stays None."""
    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip()
        if not text.endswith("%"):
            raise ValueError(f"not a ratio: {value!r}")
        return float(text[:-1]) / 100.0
    return float(value)


def name(value) -> str:
    """Names are strings; YAML may have read a name such as `123` as a number."""
    return str(value)


def mapping(value) -> dict:
    """An empty entry (`notifications:`) takes every default, like `{}`."""
    return value if isinstance(value, dict) else {}


# --------------------------------------------------------------------------------------
# The model, with every default of model.md applied
# --------------------------------------------------------------------------------------

@dataclass
class Call:
    caller: str
    callee: str
    per_request: float
    retries: int
    soft: bool                 # has a fallback other than `none`
    parallel: Optional[str]    # parallel group label, None when sequential
    index: int                 # position in the caller's `calls` list


@dataclass
class Subscription:
    topic: str
    publishes: list            # topics published per message (long form), else []


@dataclass
class Component:
    name: str
    type: str                  # service | datastore | broker
    kind: str
    replicas: int
    zones: list                # declared zones (default: first zone); [] for externals
    external: bool
    instance_availability: float
    service_time: Optional[float]   # seconds
    concurrency: int
    target_utilization: float
    cost_per_replica: float
    role: str = "primary"      # datastores only
    uses: list = field(default_factory=list)
    publishes: list = field(default_factory=list)
    subscribes: list = field(default_factory=list)   # [Subscription]
    outbox: bool = False
    calls: list = field(default_factory=list)        # [Call]

    def replicas_per_zone(self) -> dict:
        """Replica i sits in zones[i mod len(zones)]."""
        counts = defaultdict(int)
        if not self.external:
            for i in range(self.replicas):
                counts[self.zones[i % len(self.zones)]] += 1
        return dict(counts)


@dataclass
class Workflow:
    name: str
    entry: str
    share: float
    steps: Optional[list]      # [(caller, callee)] or None
    availability_target: Optional[float]
    latency_target: Optional[float]   # seconds


@dataclass
class Model:
    system: str
    peak_rps: float
    growth: float
    availability_target: Optional[float]
    latency_target: Optional[float]
    budget: Optional[float]
    zone_names: list
    zone_availability: float
    components: dict           # name -> Component
    topics: dict               # topic name -> broker name
    workflows: list            # [Workflow] in declaration order


def parse_component(comp_name, raw, comp_type, first_zone) -> Component:
    raw = mapping(raw)
    kind = str(raw.get("kind", "service" if comp_type == "service" else "other"))
    external = comp_type == "service" and kind == "external"
    autoscale = raw.get("autoscale")
    if isinstance(autoscale, dict):
        default_replicas = int(autoscale.get("min", 1))
        target = parse_ratio(autoscale.get("target_utilization"))
    else:
        default_replicas = 1
        target = None
    zones = [] if external else [name(z) for z in raw.get("zones", [first_zone])]
    component = Component(
        name=comp_name,
        type=comp_type,
        kind=kind,
        replicas=int(raw.get("replicas", default_replicas)),
        zones=zones,
        external=external,
        instance_availability=parse_ratio(
            raw.get("instance_availability", DEFAULT_INSTANCE_AVAILABILITY)),
        service_time=parse_duration(raw.get("service_time")),
        concurrency=int(raw.get("concurrency", 1)),
        target_utilization=target if target is not None else DEFAULT_TARGET_UTILIZATION,
        cost_per_replica=float(raw.get("cost_per_replica", 0) or 0),
        role=str(raw.get("role", "primary")),
    )
    if comp_type == "service":
        component.uses = [name(d) for d in raw.get("uses", []) or []]
        component.publishes = [name(t) for t in raw.get("publishes", []) or []]
        for sub in raw.get("subscribes", []) or []:
            if isinstance(sub, dict):
                component.subscribes.append(Subscription(
                    name(sub["topic"]), [name(t) for t in sub.get("publishes", []) or []]))
            else:
                component.subscribes.append(Subscription(name(sub), []))
        component.outbox = raw.get("outbox", False) is True
        for index, call in enumerate(raw.get("calls", []) or []):
            retries = call.get("retries", 0)
            if isinstance(retries, dict):
                retries = retries["max"]
            fallback = call.get("fallback", "none")
            component.calls.append(Call(
                caller=comp_name,
                callee=name(call["to"]),
                per_request=float(call.get("per_request", 1)),
                retries=int(retries),
                soft=fallback is not None and str(fallback) != "none",
                parallel=None if call.get("parallel") is None else str(call["parallel"]),
                index=index,
            ))
    return component


def parse_step(step) -> tuple:
    caller, callee = str(step).split("->", 1)
    return caller.strip(), callee.strip()


def parse_model(raw, peak_override=None, growth_override=None) -> Model:
    system = mapping(raw.get("system"))
    req = mapping(system.get("requirements"))
    zones = mapping(raw.get("zones"))
    zone_names = [name(z) for z in zones.get("names", [DEFAULT_ZONE])]
    first_zone = zone_names[0]

    components = {}
    for section, comp_type in (("services", "service"), ("datastores", "datastore"),
                               ("brokers", "broker")):
        for comp_name, comp_raw in mapping(raw.get(section)).items():
            components[name(comp_name)] = parse_component(
                name(comp_name), comp_raw, comp_type, first_zone)

    topics = {name(t): name(mapping(body)["broker"])
              for t, body in mapping(raw.get("topics")).items()}

    # Shares: a workflow without `share` gets an equal part of what the declared ones leave.
    raw_workflows = [(name(n), mapping(body)) for n, body in mapping(raw.get("workflows")).items()]
    declared = [parse_ratio(body["share"]) for _, body in raw_workflows if "share" in body]
    undeclared = len(raw_workflows) - len(declared)
    rest_share = (1.0 - sum(declared)) / undeclared if undeclared else 0.0
    rest_share = max(rest_share, 0.0)

    workflows = []
    for wf_name, body in raw_workflows:
        steps = body.get("steps")
        workflows.append(Workflow(
            name=wf_name,
            entry=name(body["entry"]),
            share=parse_ratio(body["share"]) if "share" in body else rest_share,
            steps=None if steps is None else [parse_step(s) for s in steps],
            availability_target=parse_ratio(body.get("availability", req.get("availability"))),
            latency_target=parse_duration(body.get("latency_p99", req.get("latency_p99"))),
        ))

    peak = float(req.get("peak_rps", 0) or 0)
    growth = float(req.get("growth", DEFAULT_GROWTH))
    budget = req.get("budget_monthly")
    return Model(
        system=str(system.get("name", "")),
        peak_rps=float(peak_override) if peak_override is not None else peak,
        growth=float(growth_override) if growth_override is not None else growth,
        availability_target=parse_ratio(req.get("availability")),
        latency_target=parse_duration(req.get("latency_p99")),
        budget=None if budget is None else float(budget),
        zone_names=zone_names,
        zone_availability=parse_ratio(zones.get("availability", DEFAULT_ZONE_AVAILABILITY)),
        components=components,
        topics=topics,
        workflows=workflows,
    )


# --------------------------------------------------------------------------------------
# Graphs
# --------------------------------------------------------------------------------------

def full_call_graph(model: Model) -> dict:
    """caller -> every declared call of the caller (all services)."""
    return {c.name: list(c.calls) for c in model.components.values() if c.type == "service"}


def reachable(graph: dict, root: str) -> set:
    """Services reachable from root through the calls of graph (root included)."""
    seen, stack = {root}, [root]
    while stack:
        for call in graph.get(stack.pop(), []):
            if call.callee not in seen:
                seen.add(call.callee)
                stack.append(call.callee)
    return seen


def workflow_call_graph(model: Model, full: dict, wf: Workflow) -> dict:
    """The workflow's call graph ("Which graph a workflow uses").

    With steps: a step selects every declared call from its caller to its callee (a
    repeated step counts once); only calls whose caller the selected calls reach from the
    entry take part. Without steps: every call reachable from the entry.
    """
    if wf.steps is None:
        candidates = full
    else:
        selected = set(wf.steps)
        candidates = {caller: [c for c in calls if (c.caller, c.callee) in selected]
                      for caller, calls in full.items()}
    reached = reachable(candidates, wf.entry)
    return {s: candidates.get(s, []) for s in reached}


def find_cycle(graph: dict, root: str) -> Optional[list]:
    """A call cycle reachable from root, as [a, b, ..., a], or None."""
    WHITE, GREY, BLACK = 0, 1, 2
    color = defaultdict(int)
    path = []

    def visit(node):
        color[node] = GREY
        path.append(node)
        for call in graph.get(node, []):
            if color[call.callee] == GREY:
                return path[path.index(call.callee):] + [call.callee]
            if color[call.callee] == WHITE:
                found = visit(call.callee)
                if found:
                    return found
        path.pop()
        color[node] = BLACK
        return None

    old_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old_limit, 10000))
    try:
        return visit(root)
    finally:
        sys.setrecursionlimit(old_limit)


def topological_order(graph: dict, nodes: set) -> list:
    """Kahn's algorithm on the subgraph induced by nodes (assumed acyclic)."""
    indegree = {n: 0 for n in nodes}
    for n in nodes:
        for call in graph.get(n, []):
            if call.callee in nodes:
                indegree[call.callee] += 1
    ready = sorted(n for n, d in indegree.items() if d == 0)
    order = []
    while ready:
        n = ready.pop()
        order.append(n)
        for call in graph.get(n, []):
            if call.callee in nodes:
                indegree[call.callee] -= 1
                if indegree[call.callee] == 0:
                    ready.append(call.callee)
    assert len(order) == len(nodes), "topological_order called on a cyclic graph"
    return order


# --------------------------------------------------------------------------------------
# The analysis
# --------------------------------------------------------------------------------------

class Analysis:
    def __init__(self, model: Model, exact_chains: bool = False):
        self.model = model
        self.exact_chains = exact_chains
        self._downstream = {}      # topic -> downstream_topics(topic)
        self.notes = []
        self.full = full_call_graph(model)
        # topic -> [(subscriber, topics that one message of this subscription publishes)]
        self.subscribers = defaultdict(list)
        for comp in model.components.values():
            for sub in comp.subscribes:
                self.subscribers[sub.topic].append((comp.name, sub.publishes))
        self.graphs = {wf.name: workflow_call_graph(model, self.full, wf)
                       for wf in model.workflows}
        self._full_cycle = {}      # service -> cycle reachable from it in the full graph
        self._full_reach = {}      # service -> services reachable from it in the full graph

    def full_cycle(self, service):
        if service not in self._full_cycle:
            self._full_cycle[service] = find_cycle(self.full, service)
        return self._full_cycle[service]

    def full_reach(self, service):
        if service not in self._full_reach:
            self._full_reach[service] = reachable(self.full, service)
        return self._full_reach[service]

    # ---------------------------------------------------------------- message chains
    #
    # A message is handled in a state (topic, chain): the topic it was published to and the
    # topics already on its chain (the topic itself included). A publish to a topic on the
    # chain is dropped. The number of distinct chains can grow exponentially with the number
    # of topics, so a state keeps only the part of its chain that can still matter: the
    # topics that handling this message could publish again, directly or further down
    # (downstream_topics). Dropping the others changes no drop decision, hence no figure.
    # `exact_chains=True` turns this off (used to cross-check the reduction itself).

    def topics_published_handling(self, topic: str) -> set:
        """Topics that handling one message on topic may publish (drops ignored): the long
        forms of its subscriptions and the `publishes` of every service the subscribers
        call, transitively through all their calls."""
        out = set()
        for subscriber, sub_publishes in self.subscribers.get(topic, []):
            out.update(sub_publishes)
            for s in self.full_reach(subscriber) - {subscriber}:
                out.update(self.model.components[s].publishes)
        return out

    def downstream_topics(self, topic: str) -> frozenset:
        """Topics reachable from a message on topic in one or more publish steps."""
        if topic not in self._downstream:
            seen, stack = set(), [topic]
            while stack:
                for t in self.topics_published_handling(stack.pop()):
                    if t not in seen:
                        seen.add(t)
                        stack.append(t)
            self._downstream[topic] = frozenset(seen)
        return self._downstream[topic]

    def message_state(self, topic: str, chain: frozenset) -> tuple:
        """The state of a message published to topic by a flow whose chain was chain."""
        chain = chain | {topic}
        if not self.exact_chains:
            chain = chain & self.downstream_topics(topic)
        return topic, frozenset(chain)

    # ---------------------------------------------------------------- cycles

    def workflow_cycle(self, wf: Workflow) -> Optional[list]:
        """A synchronous cycle the workflow reaches: in its call graph, or through the calls
        of a subscriber its messages reach.

        Which topics a workflow's messages reach does not depend on the chain rule: a topic
        reachable at all is reachable along a shortest sequence of topics, which repeats
        none, so nothing on it is dropped. Plain reachability over topics is enough here."""
        graph = self.graphs[wf.name]
        cycle = find_cycle(graph, wf.entry)
        if cycle:
            return cycle
        stack = [t for s in reachable(graph, wf.entry) for t in self.model.components[s].publishes]
        seen = set(stack)
        while stack:
            topic = stack.pop()
            for subscriber, _ in self.subscribers.get(topic, []):
                cycle = self.full_cycle(subscriber)
                if cycle:
                    return cycle
            for t in self.topics_published_handling(topic):
                if t not in seen:
                    seen.add(t)
                    stack.append(t)
        return None

    # ---------------------------------------------------------------- load

    def propagate(self, graph, sync_seeds, handlers, chain, load, messages):
        """Push one batch of load through a synchronous call graph.

        sync_seeds: service -> synchronous requests/s (the workflow's entry).
        handlers: [(subscriber, messages/s, topics published per message)].
        chain: topics already on the message chain of this batch.
        Adds to load (component -> rate) and messages (topic -> new messages/s).
        """
        comps = self.model.components
        sync = defaultdict(float, sync_seeds)

        def publish(publisher, topic, rate):
            if topic in chain:
                self.notes.append(
                    f"{publisher}: publish to {topic} dropped, topic already on its message chain")
                return
            load[self.model.topics[topic]] += rate
            messages[topic] += rate

        # Handling a message: the subscriber, its stores, its long-form publishes, its calls.
        for subscriber, rate, sub_publishes in handlers:
            load[subscriber] += rate
            for store in comps[subscriber].uses:
                load[store] += rate
            for topic in sub_publishes:
                publish(subscriber, topic, rate)
            for call in graph.get(subscriber, []):
                sync[call.callee] += rate * call.per_request

        # Synchronous requests, in topological order so every service's total is complete.
        roots = set(sync_seeds) | {h[0] for h in handlers}
        nodes = set().union(*(reachable(graph, r) for r in roots)) if roots else set()
        for service in topological_order(graph, nodes):
            rate = sync.get(service, 0.0)
            if rate == 0.0:
                continue
            load[service] += rate
            comp = comps[service]
            for store in comp.uses:
                load[store] += rate
            for topic in comp.publishes:
                publish(service, topic, rate)
            for call in graph.get(service, []):
                sync[call.callee] += rate * call.per_request

    def workflow_load(self, wf: Workflow, rate: float) -> dict:
        """Component loads caused by one workflow (assumed to reach no cycle)."""
        load = defaultdict(float)
        first = defaultdict(float)
        self.propagate(self.graphs[wf.name], {wf.entry: rate}, [], frozenset(), load, first)
        # pending[(topic, chain)] = messages/s waiting to be handled in that state.
        # Everything is linear in the rates, so a state may be handled several times, each
        # time with the rate that arrived since; the sums are the same. Every handling
        # lengthens the (unreduced) chain, so this ends.
        pending = defaultdict(float)
        for topic, r in first.items():
            pending[self.message_state(topic, frozenset())] += r
        while pending:
            state = next(iter(pending))       # oldest first (dicts keep insertion order)
            r = pending.pop(state)
            topic, chain = state
            handlers = [(sub, r, pubs) for sub, pubs in self.subscribers.get(topic, [])]
            out = defaultdict(float)
            self.propagate(self.full, {}, handlers, chain, load, out)
            for next_topic, next_rate in out.items():
                pending[self.message_state(next_topic, chain)] += next_rate
        return load

    # ---------------------------------------------------------------- availability

    def component_availability(self, comp: Component) -> float:
        """P(at least one replica up); zones fail independently, replicas too."""
        q = 1.0 - comp.instance_availability       # one replica down by itself
        if comp.external:
            return 1.0 - q ** comp.replicas
        pz = self.model.zone_availability
        # P(no replica of this zone up) = P(zone down) + P(zone up) * q^n
        unavailable = 1.0
        for n in comp.replicas_per_zone().values():
            unavailable *= (1.0 - pz) + pz * q ** n
        return 1.0 - unavailable

    def hard_dependencies(self, wf: Workflow) -> set:
        """Entry, services reached through hard calls of the call graph, the non-cache
        datastores those services use, brokers of topics they publish without outbox."""
        comps = self.model.components
        graph = self.graphs[wf.name]
        services, stack = {wf.entry}, [wf.entry]
        while stack:
            for call in graph.get(stack.pop(), []):
                if not call.soft and call.callee not in services:
                    services.add(call.callee)
                    stack.append(call.callee)
        deps = set(services)
        for s in services:
            comp = comps[s]
            deps.update(d for d in comp.uses if comps[d].role != "cache")
            if not comp.outbox:
                deps.update(self.model.topics[t] for t in comp.publishes)
        return deps

    def workflow_availability(self, deps: set) -> tuple:
        """Exact: sum over the 2^Z up/down states of the zones the dependencies occupy.

        Returns (availability, unavailability). The unavailability is summed from
        positive terms only, so the downtime (1 - availability) keeps its relative
        precision even when the availability is very close to 1."""
        comps = [self.model.components[d] for d in sorted(deps)]
        per_zone = {c.name: c.replicas_per_zone() for c in comps}
        zones = sorted({z for c in comps for z in per_zone[c.name]})
        pz = self.model.zone_availability
        unavailable = 0.0
        for state in itertools.product((True, False), repeat=len(zones)):
            up = {z for z, is_up in zip(zones, state) if is_up}
            p_state = 1.0
            for is_up in state:
                p_state *= pz if is_up else (1.0 - pz)
            # log P(all dependencies up | state)
            log_all_up = 0.0
            for c in comps:
                q = 1.0 - c.instance_availability
                n_up = c.replicas if c.external else sum(
                    n for z, n in per_zone[c.name].items() if z in up)
                if n_up == 0:
                    log_all_up = -math.inf
                    break
                log_all_up += math.log1p(-(q ** n_up))
            # P(some dependency down | state) = 1 - exp(log_all_up), precise near 0
            p_down = 1.0 if log_all_up == -math.inf else -math.expm1(log_all_up)
            unavailable += p_state * p_down
        return 1.0 - unavailable, unavailable

    # ---------------------------------------------------------------- queueing

    @staticmethod
    def erlang_c(servers: int, offered: float) -> float:
        """P(wait) of M/M/c with c servers and offered load a = lambda * S (a < c).

        Erlang B by its stable recursion B(k) = a B(k-1) / (k + a B(k-1)), then
        C = c B / (c - a (1 - B))."""
        if offered <= 0.0:
            return 0.0
        b = 1.0
        for k in range(1, servers + 1):
            b = offered * b / (k + offered * b)
        return servers * b / (servers - offered * (1.0 - b))

    def replicas_needed(self, comp: Component, load: float) -> int:
        """Least r >= 1 with load * S / (r * concurrency) <= target (with tolerance)."""
        work = load * comp.service_time
        target = comp.target_utilization

        def fits(r):
            return le(work / (r * comp.concurrency), target)

        r = max(1, math.ceil(work / (comp.concurrency * target)))
        while r > 1 and fits(r - 1):
            r -= 1
        while not fits(r):
            r += 1
        return r

    def component_figures(self, comp: Component, load: float) -> dict:
        servers = comp.replicas * comp.concurrency
        figures = {
            "name": comp.name,
            "type": comp.type,
            "kind": comp.kind,
            "replicas": comp.replicas,
            "zones": list(comp.zones),
            "availability": self.component_availability(comp),
            "load_rps": load,
            "servers": servers,
            "utilization": None,
            "saturated": None,
            "mean_response_ms": None,
            "replicas_needed": None,
            "replicas_needed_at_growth": None,
        }
        if comp.service_time is None:
            self.notes.append(f"{comp.name}: no service_time, so no queueing figures")
            return figures
        s = comp.service_time
        offered = load * s
        utilization = offered / servers
        saturated = ge(utilization, 1.0)
        figures["utilization"] = utilization
        figures["saturated"] = saturated
        if saturated:
            self.notes.append(f"{comp.name}: saturated (utilization {utilization:.3f})")
        else:
            wait = self.erlang_c(servers, offered) * s / (servers - offered)
            figures["mean_response_ms"] = (s + wait) * 1000.0
        figures["replicas_needed"] = self.replicas_needed(comp, load)
        figures["replicas_needed_at_growth"] = self.replicas_needed(
            comp, load * self.model.growth)
        return figures

    # ---------------------------------------------------------------- latency and retries

    def mean_latency_ms(self, wf: Workflow, figures: dict) -> Optional[float]:
        """L(s) = R(s) + sum R(datastores of s) + sum over s's calls of n * L(callee), a
        parallel group counting as its largest n * L. Null if the tree has a saturated
        component (entry, services of the call graph, their datastores)."""
        comps = self.model.components
        graph = self.graphs[wf.name]
        tree = set(graph)
        for s in graph:
            tree.update(comps[s].uses)
        if any(figures[c]["saturated"] for c in tree):
            return None

        def response(c):
            r = figures[c]["mean_response_ms"]
            return 0.0 if r is None else r     # no service_time: adds no latency

        memo = {}

        def latency(s):
            if s in memo:
                return memo[s]
            total = response(s) + sum(response(d) for d in comps[s].uses)
            groups = defaultdict(float)
            for call in graph.get(s, []):
                part = call.per_request * latency(call.callee)
                if call.parallel is None:
                    total += part
                else:
                    groups[call.parallel] = max(groups[call.parallel], part)
            total += sum(groups.values())
            memo[s] = total
            return total

        return latency(wf.entry)

    def worst_retry_path(self, wf: Workflow):
        """Worst product of (1 + retries) along a call path from the entry; ties go to the
        longest path, then the first in name order (element by element)."""
        graph = self.graphs[wf.name]
        memo = {}

        def better(a, b):
            """Is candidate a = (attempts, path) worse (i.e. preferred) than b?"""
            if (a[0], len(a[1])) != (b[0], len(b[1])):
                return (a[0], len(a[1])) > (b[0], len(b[1]))
            return a[1] < b[1]      # lists of names compare element by element

        def best(s):
            # (attempts, path) of the worst path starting at s. Extending a path never
            # lowers the product and always lengthens it, so the best path ends at a leaf
            # and its tail from any node is that node's best path.
            if s in memo:
                return memo[s]
            result = (1, [s])
            for call in graph.get(s, []):
                attempts, tail = best(call.callee)
                candidate = ((1 + call.retries) * attempts, [s] + tail)
                if better(candidate, result):
                    result = candidate
            memo[s] = result
            return result

        attempts, path = best(wf.entry)
        if attempts == 1:
            return 1, [wf.entry]      # no retries reachable
        return attempts, path

    # ---------------------------------------------------------------- report

    def run(self) -> dict:
        model = self.model
        cycles = {wf.name: self.workflow_cycle(wf) for wf in model.workflows}

        total_load = defaultdict(float)
        for wf in model.workflows:
            if cycles[wf.name]:
                self.notes.append(
                    f"workflow {wf.name}: synchronous call cycle {' -> '.join(cycles[wf.name])}"
                    ", so no load or latency figures")
                continue
            for comp, rate in self.workflow_load(wf, wf.share * model.peak_rps).items():
                total_load[comp] += rate

        figures = {name: self.component_figures(comp, total_load.get(name, 0.0))
                   for name, comp in model.components.items()}

        workflows = []
        for wf in sorted(model.workflows, key=lambda w: w.name):
            cyclic = cycles[wf.name] is not None
            deps = self.hard_dependencies(wf)
            availability, unavailability = self.workflow_availability(deps)
            target = wf.availability_target
            attempts, path = (None, None) if cyclic else self.worst_retry_path(wf)
            workflows.append({
                "name": wf.name,
                "entry": wf.entry,
                "load_rps": None if cyclic else wf.share * model.peak_rps,
                "availability": availability,
                "availability_target": target,
                "meets_availability": None if target is None else ge(availability, target),
                "downtime_minutes_per_month": unavailability * MINUTES_PER_MONTH,
                "error_budget_minutes_per_month":
                    None if target is None else (1.0 - target) * MINUTES_PER_MONTH,
                "hard_dependencies": sorted(deps),
                "mean_latency_ms": None if cyclic else self.mean_latency_ms(wf, figures),
                "latency_p99_target_ms":
                    None if wf.latency_target is None else wf.latency_target * 1000.0,
                "max_attempts": attempts,
                "worst_retry_path": path,
            })

        monthly = 0.0
        monthly_at_growth = 0.0
        for name, comp in model.components.items():
            monthly += comp.cost_per_replica * comp.replicas
            needed = figures[name]["replicas_needed_at_growth"]
            monthly_at_growth += comp.cost_per_replica * max(
                comp.replicas, comp.replicas if needed is None else needed)

        return {
            "format": 1,
            "system": model.system,
            "peak_rps": model.peak_rps,
            "growth": model.growth,
            "components": [figures[n] for n in sorted(figures)],
            "workflows": workflows,
            "cost": {
                "monthly": monthly,
                "monthly_at_growth": monthly_at_growth,
                "budget_monthly": model.budget,
                "within_budget": None if model.budget is None else le(monthly, model.budget),
            },
            "notes": list(dict.fromkeys(self.notes)),   # unique, in order of appearance
        }


def analyze_file(path: str, peak_rps=None, growth=None, exact_chains=False) -> dict:
    return Analysis(parse_model(load_yaml(path), peak_rps, growth), exact_chains).run()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model")
    parser.add_argument("--peak-rps", type=float, default=None)
    parser.add_argument("--growth", type=float, default=None)
    parser.add_argument("--exact-chains", action="store_true",
                        help="track whole message chains (slow; checks the chain reduction)")
    args = parser.parse_args(argv)
    result = analyze_file(args.model, args.peak_rps, args.growth, args.exact_chains)
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
