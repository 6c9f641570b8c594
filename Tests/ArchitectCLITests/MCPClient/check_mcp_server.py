"""End-to-end check of `architect mcp` with an independent client: the Python `mcp` package (PyPI).

Usage: check_mcp_server.py ARCHITECT REPOSITORY SCRATCH

Starts the server over stdio, initializes, lists tools/resources/prompts, calls every tool on the
examples and compares each result with the CLI's JSON for the same input, sends malformed calls that
must come back as errors while the session stays usable, checks that nothing outside the root is read,
and checks `what_if` on a single point of failure against a closed form computed here from the model.
Prints one line per failure and `mcp: N passed, M failed`; exits 1 on any failure.
"""

import asyncio
import json
import os
import shutil
import subprocess
import sys
import time

import jsonschema
import yaml
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

try:
    from mcp.shared.exceptions import MCPError as ProtocolError
except ImportError:  # mcp 1.x
    from mcp.shared.exceptions import McpError as ProtocolError

ARCHITECT, REPOSITORY, SCRATCH = sys.argv[1:4]
ROOT = os.path.join(SCRATCH, "root")
TODAY = "2026-01-15"
TOOLS = {
    "check_model", "review_model", "analyze_model", "simulate", "diagram", "generate", "list_rules", "explain_rule",
    "import", "what_if",
}
passed = 0
failures = []


# A review configuration: one rule off, one severity and one parameter changed.
REVIEW_CONFIG = """rules:
  no-metrics: {enabled: false}
  missing-timeout: {severity: info}
  deep-sync-chain: {max_depth: 2}
"""


def check(condition, message):
    global passed
    if condition:
        passed += 1
    else:
        failures.append(message)
        print("FAIL " + message, flush=True)


def difference(a, b, path="$"):
    """The first path where two JSON documents differ, or None (2 and 2.0 are equal, as in JSON)."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{path}.{key}: only in {'second' if key in b else 'first'}"
            found = difference(a[key], b[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items vs {len(b)}"
        for index, (x, y) in enumerate(zip(a, b)):
            found = difference(x, y, f"{path}[{index}]")
            if found:
                return found
        return None
    if isinstance(a, bool) or isinstance(b, bool):
        return None if a is b else f"{path}: {a!r} vs {b!r}"
    return None if a == b else f"{path}: {a!r} vs {b!r}"


def same(what, mcp_value, cli_value):
    found = difference(mcp_value, cli_value)
    check(found is None, f"{what}: MCP and CLI differ at {found}")


def cli(*arguments, directory=ROOT, env=None):
    run = subprocess.run([ARCHITECT, *arguments], cwd=directory, capture_output=True, text=True, env=env)
    return run


def cli_json(*arguments):
    run = cli(*arguments)
    return json.loads(run.stdout)


def prepare():
    if os.path.exists(SCRATCH):
        shutil.rmtree(SCRATCH)
    os.makedirs(os.path.join(ROOT, "Examples"))
    for name in sorted(os.listdir(os.path.join(REPOSITORY, "Examples"))):
        if name.endswith(".yaml"):
            shutil.copy(os.path.join(REPOSITORY, "Examples", name), os.path.join(ROOT, "Examples", name))
    # A model outside the root, reachable by `..`, an absolute path and a symlink inside the root.
    shutil.copy(os.path.join(REPOSITORY, "Examples", "metastable.yaml"), os.path.join(SCRATCH, "outside.yaml"))
    os.symlink(os.path.join(SCRATCH, "outside.yaml"), os.path.join(ROOT, "link-out.yaml"))
    os.symlink(SCRATCH, os.path.join(ROOT, "up"))
    os.makedirs(os.path.join(ROOT, "folder"))
    # Models that do not load: not UTF-8, and a typo with a "did you mean".
    open(os.path.join(ROOT, "latin1.yaml"), "wb").write(b"architect: 1\nsystem: {name: caf\xe9}\n")
    shutil.copy(os.path.join(REPOSITORY, "Tests", "ArchitectCLITests", "Fixtures", "typos.yaml"), os.path.join(ROOT, "typos.yaml"))
    open(os.path.join(ROOT, "review.yaml"), "w").write(REVIEW_CONFIG)


def examples():
    return sorted(name for name in os.listdir(os.path.join(ROOT, "Examples")) if name.endswith(".yaml"))


async def call(session, name, arguments):
    """A tool result that must succeed, with its structured content."""
    result = await session.call_tool(name, arguments)
    text = result.content[0].text if result.content else ""
    check(not result.is_error, f"{name} {json.dumps(arguments)[:120]}: unexpected error: {text[:400]}")
    check(result.structured_content is not None, f"{name}: no structured content")
    check(bool(text.strip()), f"{name}: no text summary")
    return result.structured_content or {}


async def tool_error(session, name, arguments, expected):
    """A call the tool must refuse with `isError` and a message containing `expected`."""
    result = await session.call_tool(name, arguments)
    text = " ".join(getattr(item, "text", "") for item in result.content)
    check(result.is_error, f"{name} {json.dumps(arguments)[:120]}: expected a tool error, got success")
    check(expected in text, f"{name}: error {text[:300]!r} does not say {expected!r}")
    return text


async def protocol_error(session, name, arguments, expected):
    """A call that must be refused as invalid params (JSON-RPC -32602) naming what is wrong."""
    try:
        result = await session.call_tool(name, arguments)
        check(False, f"{name} {json.dumps(arguments)[:120]}: expected a protocol error, got {result.content[:1]}")
    except ProtocolError as error:
        check(error.error.code == -32602, f"{name}: error code {error.error.code}, expected -32602")
        check(expected in error.error.message, f"{name}: {error.error.message!r} does not say {expected!r}")


async def still_usable(session, after):
    result = await session.call_tool("list_rules", {})
    check(not result.is_error and len(result.structured_content["rules"]) > 40, f"session unusable after {after}")


async def listing(session, tools):
    check({tool.name for tool in tools} == TOOLS, f"tools: {sorted(tool.name for tool in tools)}")
    for tool in tools:
        check(tool.input_schema.get("type") == "object", f"{tool.name}: input schema is not an object")
        check(tool.output_schema is not None, f"{tool.name}: no output schema")
        check(bool(tool.description), f"{tool.name}: no description")
        for schema in (tool.input_schema, tool.output_schema or {}):
            try:
                jsonschema.Draft202012Validator.check_schema(schema)
                check(True, "")
            except jsonschema.SchemaError as error:
                check(False, f"{tool.name}: invalid JSON Schema: {error.message}")
    resources = (await session.list_resources()).resources
    uris = {str(resource.uri) for resource in resources}
    expected = {"architect://schema/model.json", "architect://rules", "architect://spec/model-format"} | {
        f"architect://examples/{name}" for name in examples()
    }
    check(uris == expected, f"resources: {sorted(uris)}")
    schema = (await session.read_resource("architect://schema/model.json")).contents[0].text
    same("resource schema", json.loads(schema), json.loads(cli("schema").stdout))
    rules = (await session.read_resource("architect://rules")).contents[0].text
    same("resource rules", json.loads(rules), cli_json("rules", "--format", "json"))
    spec = (await session.read_resource("architect://spec/model-format")).contents[0].text
    check(spec == open(os.path.join(REPOSITORY, "docs", "model-format.md")).read(), "resource spec differs from docs")
    for name in examples():
        text = (await session.read_resource(f"architect://examples/{name}")).contents[0].text
        check(text == open(os.path.join(ROOT, "Examples", name)).read(), f"resource example {name} differs")
    prompts = {prompt.name: prompt for prompt in (await session.list_prompts()).prompts}
    check(set(prompts) == {"design-review", "monolith-to-services", "failure-investigation"}, f"prompts {sorted(prompts)}")
    orders = {
        "design-review": ["check_model", "review_model", "analyze_model", "simulate", "what_if", "diagram"],
        "monolith-to-services": ["import", "check_model", "review_model", "what_if", "generate"],
        "failure-investigation": ["check_model", "analyze_model", "review_model", "simulate", "what_if"],
    }
    for name, order in orders.items():
        arguments = {"path": "Examples/shop.yaml", "symptom": "checkout timeouts"} if name == "failure-investigation" else {"path": "Examples/shop.yaml"}
        text = (await session.get_prompt(name, arguments)).messages[0].content.text
        positions = [text.find(tool) for tool in order]
        check(all(p >= 0 for p in positions) and positions == sorted(positions), f"prompt {name}: tools not in order {order}")
        check("Examples/shop.yaml" in text, f"prompt {name}: does not name the model")
    try:
        await session.get_prompt("failure-investigation", {})
        check(False, "get_prompt without its required argument succeeded")
    except ProtocolError as error:
        check("symptom" in error.error.message, f"prompt error {error.error.message!r}")


async def compare_examples(session):
    for name in examples():
        path = f"Examples/{name}"
        checked = await call(session, "check_model", {"path": path})
        check(checked.get("valid") is True, f"check_model {name}: not valid")
        cli_check = cli("check", path, "--format", "json")
        same(f"check_model {name}", checked.get("diagnostics"), json.loads(cli_check.stdout))
        text = open(os.path.join(ROOT, path)).read()
        inline = await call(session, "check_model", {"model": text})
        check(inline.get("valid") is True and inline.get("file") == "model.yaml", f"check_model text {name}")

        review = await call(session, "review_model", {"path": path, "today": TODAY})
        same(f"review_model {name}", review, cli_json("review", path, "--format", "json", "--fail-on", "never", "--today", TODAY))
        only = await call(session, "review_model", {"path": path, "today": TODAY, "rules": ["single-point-of-failure", "missing-timeout"]})
        same(
            f"review_model --rule {name}", only,
            cli_json("review", path, "--format", "json", "--fail-on", "never", "--today", TODAY,
                     "--rule", "single-point-of-failure", "--rule", "missing-timeout"),
        )

        # A review configuration, inline and as a file under the root, gives what `--config` gives.
        configured = await call(session, "review_model", {"path": path, "today": TODAY, "config": REVIEW_CONFIG})
        from_file = await call(session, "review_model", {"path": path, "today": TODAY, "config_path": "review.yaml"})
        expected = cli_json("review", path, "--format", "json", "--fail-on", "never", "--today", TODAY,
                            "--config", os.path.join(ROOT, "review.yaml"))
        same(f"review_model config {name}", configured, expected)
        same(f"review_model config_path {name}", from_file, expected)
        check(not any(f["rule"] == "no-metrics" for f in configured["findings"]), f"review_model config {name}: no-metrics ran")
        check(all(f["severity"] == "info" for f in configured["findings"] if f["rule"] == "missing-timeout"),
              f"review_model config {name}: missing-timeout is not info")
        configured_what_if = await call(session, "what_if", {"path": path, "patch": {}, "today": TODAY, "config": REVIEW_CONFIG})
        check(configured_what_if["findings"]["before"] == expected["summary"],
              f"what_if config {name}: {configured_what_if['findings']['before']} != {expected['summary']}")

        analysis = await call(session, "analyze_model", {"path": path})
        same(f"analyze_model {name}", analysis, cli_json("analyze", path, "--format", "json"))
        what_if_peak = await call(session, "analyze_model", {"path": path, "peak_rps": 900, "growth": 2.5})
        same(f"analyze_model peak {name}", what_if_peak, cli_json("analyze", path, "--format", "json", "--peak-rps", "900", "--growth", "2.5"))

        simulated = await call(session, "simulate", {"path": path, "requests": 3000, "seed": 7})
        expected = cli_json("simulate", path, "--requests", "3000", "--seed", "7", "--format", "json")
        got = simulated.get("scenarios", [{}])[0]
        for document in (got, expected):
            document.pop("wall_seconds", None)  # wall time differs from run to run
        same(f"simulate {name}", got, expected)

        generated = await call(session, "generate", {"path": path, "target": "all"})
        out = os.path.join(SCRATCH, "generated", name)
        run = cli("generate", "all", path, "-o", out)
        files = {}
        for folder, _, names in os.walk(out):
            for file in names:
                full = os.path.join(folder, file)
                files[os.path.relpath(full, out)] = open(full).read()
        same(f"generate {name}", {f["path"]: f["contents"] for f in generated.get("files", [])}, files)
        placeholders = [line[4:] for line in run.stdout.splitlines() if line.startswith("  - ")]
        same(f"generate placeholders {name}", generated.get("placeholders"), placeholders)

        drawings = [("container", f) for f in ["mermaid", "plantuml", "dot", "structurizr", "d2"]]
        if name == "shop.yaml":
            drawings += [(v, "mermaid") for v in ["context", "deployment", "sequence", "dataflow", "context-map"]]
        for view, language in drawings:
            drawn = await call(session, "diagram", {"path": path, "view": view, "format": language})
            out = os.path.join(SCRATCH, "diagrams", name, view, language) + "/"
            run = cli("diagram", path, "--view", view, "--format", language, "-o", out)
            check(run.returncode == 0, f"architect diagram {name} {view} {language}: {run.stderr[:200]}")
            files = {file: open(os.path.join(out, file)).read() for file in os.listdir(out)} if os.path.isdir(out) else {}
            same(f"diagram {name} {view} {language}", {d["file_name"]: d["source"] for d in drawn.get("diagrams", [])}, files)
        focused = await call(session, "diagram", {"path": "Examples/shop.yaml", "focus": "orders", "depth": 1})
        out = os.path.join(SCRATCH, "diagrams", "focus.mmd")
        cli("diagram", "Examples/shop.yaml", "--focus", "orders", "--depth", "1", "-o", out)
        check(focused.get("diagrams", [{}])[0].get("source") == open(out).read(), "diagram --focus differs from the CLI")

        unchanged = await call(session, "what_if", {"path": path, "patch": {}, "today": TODAY})
        findings = unchanged.get("findings", {})
        check(
            not findings.get("added") and not findings.get("removed") and not findings.get("changed")
            and not unchanged.get("numbers"),
            f"what_if with an empty patch changed {name}: {json.dumps(findings)[:300]} {unchanged.get('numbers', [])[:3]}",
        )

    for name in ["latin1.yaml", "typos.yaml"]:
        checked = await call(session, "check_model", {"path": name})
        check(checked.get("valid") is False and checked.get("errors", 0) >= 1, f"check_model {name}: reported valid")
        same(f"check_model {name}", checked.get("diagnostics"), json.loads(cli("check", name, "--format", "json").stdout))
        await tool_error(session, "analyze_model", {"path": name}, "does not load")

    # An invalid configuration is refused with the located problem and its "did you mean".
    text = await tool_error(session, "review_model", {"path": "Examples/shop.yaml", "config": "rules:\n  no-metric: {}\n"},
                            "the review configuration is invalid")
    check("config.yaml:2:3" in text and "no-metrics" in text, f"review_model bad config: {text[:300]}")
    await protocol_error(session, "review_model", {"path": "Examples/shop.yaml", "config": "rules: {}", "config_path": "review.yaml"},
                         "not both")
    await tool_error(session, "what_if", {"path": "Examples/shop.yaml", "patch": {}, "config_path": "../outside.yaml"},
                     "outside the root")

    rules = await call(session, "list_rules", {})
    same("list_rules", rules.get("rules"), cli_json("rules", "--format", "json"))
    for rule in ["single-point-of-failure", "timeout-inversion", "retry-amplification"]:
        explained = await call(session, "explain_rule", {"id": rule})
        entry = cli_json("rules", rule, "--format", "json")[0]
        documentation = explained.pop("documentation", None)
        same(f"explain_rule {rule}", explained, entry)
        check(documentation == cli("rules", rule).stdout, f"explain_rule {rule}: documentation differs from `architect rules {rule}`")


COMPOSE = """services:
  web:
    image: example/web:${TAG:-1}
    ports: ["80:8080"]
    environment:
      ORDERS_URL: http://${ORDERS_HOST:-nowhere}:8080
  orders:
    image: example/orders:${TAG:-1}
    deploy: {replicas: 2}
    environment:
      DATABASE_URL: postgres://db:5432/orders
  db:
    image: postgres:16
"""
MANIFEST = """apiVersion: apps/v1
kind: Deployment
metadata: {name: payments}
spec:
  replicas: 3
  selector: {matchLabels: {app: payments}}
  template:
    metadata: {labels: {app: payments}}
    spec:
      containers:
        - name: payments
          image: example/payments:1
---
apiVersion: v1
kind: Service
metadata: {name: payments}
spec:
  selector: {app: payments}
  ports: [{port: 8080}]
"""
TRACES = json.dumps([
    {"traceId": "a1", "id": "1", "name": "post /orders", "kind": "SERVER", "timestamp": 1000, "duration": 9000,
     "localEndpoint": {"serviceName": "orders"}},
    {"traceId": "a1", "parentId": "1", "id": "2", "name": "charge", "kind": "CLIENT", "timestamp": 2000,
     "duration": 5000, "localEndpoint": {"serviceName": "orders"}},
    {"traceId": "a1", "parentId": "2", "id": "3", "name": "charge", "kind": "SERVER", "timestamp": 2500,
     "duration": 4000, "localEndpoint": {"serviceName": "payments"}},
])


async def compare_import(session):
    sources = [
        {"kind": "compose", "name": "docker-compose.yml", "content": COMPOSE},
        {"kind": "k8s", "name": "payments.yaml", "content": MANIFEST},
        {"kind": "traces", "name": "traces.json", "content": TRACES},
    ]
    imported = await call(session, "import", {"sources": sources, "env": "ORDERS_HOST=orders\n", "name": "shop"})
    directory = os.path.join(SCRATCH, "import")
    os.makedirs(directory)
    for source in sources:
        open(os.path.join(directory, source["name"]), "w").write(source["content"])
    open(os.path.join(directory, ".env"), "w").write("ORDERS_HOST=orders\n")
    environment = {key: value for key, value in os.environ.items() if key != "ORDERS_HOST"}
    run = cli("import", "compose", "docker-compose.yml", "--k8s", "payments.yaml", "--traces", "traces.json",
              "--name", "shop", "--evidence", "evidence.json", "-o", "model.yaml", directory=directory, env=environment)
    check(run.returncode == 0, f"architect import failed: {run.stderr}")
    cli_model = open(os.path.join(directory, "model.yaml")).read()
    if imported.get("model") != cli_model:
        open(os.path.join(SCRATCH, "import-mcp.yaml"), "w").write(imported.get("model", ""))
    check(imported.get("model") == cli_model, f"import: model differs from the CLI's (see {SCRATCH}/import-mcp.yaml)")
    same("import evidence", imported.get("evidence"), json.load(open(os.path.join(directory, "evidence.json"))))
    same("import notes", imported.get("notes"), [line for line in run.stderr.splitlines() if line])
    check("ORDERS_URL=http://orders:8080" in imported.get("model", ""), "import: the .env file was not applied")
    loaded = await call(session, "check_model", {"model": imported.get("model", "")})
    check(loaded.get("valid") is True, "import: the imported model does not load")
    await tool_error(session, "import", {"sources": [{"kind": "traces", "name": "t.json", "content": "{"}]}, "t.json")
    await protocol_error(session, "import", {"sources": [{"kind": "compose", "name": "../x.yml", "content": COMPOSE}]}, "plain file name")
    await protocol_error(session, "import", {"sources": []}, "at least one")


def instance_availability(model, component):
    for section in ("services", "datastores", "brokers"):
        entry = (model.get(section) or {}).get(component)
        if entry is not None:
            value = entry.get("instance_availability", 0.995)
            if isinstance(value, str) and value.endswith("%"):
                return float(value[:-1]) / 100
            return float(value)
    raise KeyError(component)


async def single_point_of_failure(session):
    """legacy.yaml's portal runs 1 replica in zone a. With 2 replicas in zone a, the portal is up when
    zone a is up and either replica is: p becomes 1 - (1 - p)^2 = p (2 - p). Zone states multiply every
    component's term, so each workflow that depends on the portal rises by exactly the factor (2 - p)."""
    path = "Examples/legacy.yaml"
    model = yaml.safe_load(open(os.path.join(ROOT, path)))
    portal = model["services"]["portal"]
    check(portal.get("replicas", 1) == 1 and portal.get("zones") == ["a"], "legacy.yaml: portal is no longer 1 replica in zone a")
    p = instance_availability(model, "portal")
    before = cli_json("analyze", path, "--format", "json")
    review = cli_json("review", path, "--format", "json", "--fail-on", "never", "--today", TODAY)
    check(any(f["id"] == "single-point-of-failure:portal" for f in review["findings"]), "legacy.yaml: no SPOF finding for portal")
    for arguments in ({"set_replicas": [{"component": "portal", "replicas": 2}]},
                      {"patch": {"services": {"portal": {"replicas": 2}}}}):
        result = await call(session, "what_if", {"path": path, "today": TODAY, **arguments})
        removed = [f["id"] for f in result["findings"]["removed"]]
        check("single-point-of-failure:portal" in removed, f"what_if {arguments}: SPOF of portal not removed: {removed}")
        check(all(f["id"] != "single-point-of-failure:portal" for f in result["findings"]["added"]), "what_if: SPOF re-added")
        workflows = {w["name"]: w for w in result["workflows"]}
        dependent = [w for w in before["workflows"] if "portal" in w["hard_dependencies"]]
        check(len(dependent) >= 1, "legacy.yaml: no workflow depends on the portal")
        for workflow in dependent:
            expected = workflow["availability"] * (2 - p)
            got = workflows[workflow["name"]]
            check(got["availability_before"] == workflow["availability"], f"what_if {workflow['name']}: before differs from analyze")
            check(abs(got["availability_after"] - expected) <= 1e-12,
                  f"what_if {workflow['name']}: availability after {got['availability_after']} != closed form {expected}")
            check(abs(got["availability_delta"] - workflow["availability"] * (1 - p)) <= 1e-12,
                  f"what_if {workflow['name']}: delta {got['availability_delta']} != {workflow['availability'] * (1 - p)}")
            check(got["availability_after"] > got["availability_before"], f"what_if {workflow['name']}: availability did not rise")
        paths = {n["path"]: n for n in result["numbers"]}
        check("components[portal].replicas" in paths, f"what_if: numbers do not list the portal's replicas: {sorted(paths)[:10]}")
        # The changed model is a model: it loads, and its own review and analysis agree with what_if.
        changed = result["model"]
        again = await call(session, "review_model", {"model": changed, "today": TODAY})
        check(all(f["id"] != "single-point-of-failure:portal" for f in again["findings"]), "changed model still has the SPOF")
        after = await call(session, "analyze_model", {"model": changed})
        for workflow in after["workflows"]:
            check(workflow["availability"] == workflows[workflow["name"]]["availability_after"], f"what_if model analysis differs for {workflow['name']}")
    timeouts = await call(session, "what_if", {"path": path, "today": TODAY, "set_timeouts": [{"from": "booking-api", "to": "customers", "timeout": "300ms"}]})
    check("missing-timeout:booking-api->customers" in [f["id"] for f in timeouts["findings"]["removed"]],
          f"what_if set_timeouts: missing-timeout not removed: {[f['id'] for f in timeouts['findings']['removed']]}")
    zones = await call(session, "what_if", {"path": path, "today": TODAY, "set_replicas": [{"component": "booking-api", "replicas": 2}], "set_zones": [{"component": "booking-api", "zones": ["a", "b"]}]})
    check("single-zone:booking-api" in [f["id"] for f in zones["findings"]["removed"]], "what_if set_zones: single-zone not removed")


async def malformed(session):
    await protocol_error(session, "no_such_tool", {}, "unknown tool")
    await still_usable(session, "an unknown tool")
    await protocol_error(session, "check_model", {}, "`model`")
    await protocol_error(session, "check_model", {"model": 42}, "must be a string")
    await protocol_error(session, "check_model", {"model": "x", "path": "Examples/shop.yaml"}, "not both")
    await protocol_error(session, "check_model", {"path": "Examples/shop.yaml", "colour": "red"}, "unknown argument `colour`")
    await protocol_error(session, "simulate", {"path": "Examples/shop.yaml", "requests": 10**9}, "between 1 and")
    await protocol_error(session, "simulate", {"path": "Examples/shop.yaml", "requests": 10, "duration": "5s"}, "not both")
    await protocol_error(session, "simulate", {"path": "Examples/shop.yaml", "duration": "forever"}, "duration")
    await protocol_error(session, "generate", {"path": "Examples/shop.yaml", "target": "helm"}, "unknown target")
    await protocol_error(session, "what_if", {"path": "Examples/legacy.yaml"}, "give a change")
    await protocol_error(session, "analyze_model", {"path": "Examples/shop.yaml", "peak_rps": -5}, "at least 0")
    await still_usable(session, "malformed arguments")
    secret = open(os.path.join(SCRATCH, "outside.yaml")).read()
    for outside in ["../outside.yaml", os.path.join(SCRATCH, "outside.yaml"), "link-out.yaml", "up/outside.yaml",
                    "Examples/../../outside.yaml", "/etc/passwd"]:
        text = await tool_error(session, "check_model", {"path": outside}, "outside the root")
        check("metastable" not in text and secret[:60] not in text, f"{outside}: the error shows the file")
        await tool_error(session, "review_model", {"path": outside}, "outside the root")
    await tool_error(session, "check_model", {"path": "Examples/none.yaml"}, "no such file")
    await tool_error(session, "check_model", {"path": "folder"}, "directory")
    await tool_error(session, "check_model", {"model": "# " + "x" * (4 * 1024 * 1024)}, "over the server's limit")
    await still_usable(session, "a huge model")
    broken = await call(session, "check_model", {"model": "architect: 1\nservices:\n  a: {replicas: many}\n"})
    check(broken.get("valid") is False and broken.get("errors", 0) >= 1, "check_model: an invalid model is reported valid")
    await tool_error(session, "review_model", {"model": "architect: 1\nservices: [\n"}, "does not load")
    await tool_error(session, "what_if", {"path": "Examples/legacy.yaml", "patch": "replicas=2"}, "must be a JSON object")
    await tool_error(session, "what_if", {"path": "Examples/legacy.yaml", "patch": {"services": {"portal": {"replicas": "many"}}}}, "does not load")
    await tool_error(session, "what_if", {"path": "Examples/legacy.yaml", "set_replicas": [{"component": "portl", "replicas": 2}]}, "did you mean `portal`")
    await tool_error(session, "what_if", {"path": "Examples/legacy.yaml", "set_timeouts": [{"from": "portal", "to": "hotels", "timeout": "1s"}]}, "no call to `hotels`")
    await tool_error(session, "what_if", {"path": "Examples/legacy.yaml", "set_timeouts": [{"from": "portal", "timeout": "soon"}]}, "not a duration")
    await tool_error(session, "simulate", {"path": "Examples/shop.yaml", "scenario": "meteor", "requests": 100}, "unknown scenario")
    await tool_error(session, "explain_rule", {"id": "single-point-of-failur"}, "did you mean `single-point-of-failure`")
    await tool_error(session, "diagram", {"path": "Examples/shop.yaml", "focus": "ordrs"}, "did you mean `orders`")
    await tool_error(session, "diagram", {"path": "Examples/shop.yaml", "view": "sequence", "format": "dot"}, "cannot be drawn in dot")
    await protocol_error(session, "diagram", {"path": "Examples/shop.yaml", "view": "c4"}, "`view` must be one of")
    await protocol_error(session, "diagram", {"path": "Examples/shop.yaml", "depth": 2}, "applies with `focus`")
    try:
        await session.read_resource("architect://nothing")
        check(False, "reading an unknown resource succeeded")
    except ProtocolError as error:
        check("unknown resource" in error.error.message, f"unknown resource: {error.error.message!r}")
    await still_usable(session, "tool errors")


async def concurrency(session):
    """A long simulation must not hold up a quick request sent after it."""
    started = time.monotonic()
    simulation = asyncio.create_task(session.call_tool("simulate", {"path": "Examples/shop.yaml", "requests": 15000}))
    await asyncio.sleep(0.2)
    quick_started = time.monotonic()
    quick = await session.call_tool("list_rules", {})
    quick_seconds = time.monotonic() - quick_started
    running = not simulation.done()
    result = await simulation
    total = time.monotonic() - started
    check(not quick.is_error, "list_rules during a simulation failed")
    check(running, f"the simulation ({total:.2f} s) ended before the quick request: the check proves nothing")
    check(quick_seconds < 1.0, f"list_rules took {quick_seconds:.2f} s while a simulation ran ({total:.2f} s)")
    check(not result.is_error, f"long simulation failed: {result.content[0].text[:200] if result.content else ''}")


def raw_protocol():
    """Bytes a library client would never send: the server answers each with an error and goes on."""
    process = subprocess.Popen([ARCHITECT, "mcp", "--root", ROOT, "--max-simulation-seconds", "0.3", "--max-model-bytes", "100000"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "raw", "version": "1"}}},
        {"jsonrpc": "2.0", "method": "notifications/initialized"},
        "this is not JSON",
        {"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"arguments": {}}},
        {"jsonrpc": "2.0", "id": 3, "method": "tools/call", "params": {"name": "check_model", "arguments": "x"}},
        {"jsonrpc": "2.0", "id": 4, "method": "no/such/method"},
        {"jsonrpc": "2.0", "id": 5, "method": "tools/call", "params": {"name": "simulate", "arguments": {"path": "Examples/food-delivery.yaml", "requests": 1000000}}},
        # Over twice the model limit plus 1 MiB: refused by the transport, without parsing it.
        {"jsonrpc": "2.0", "id": 7, "method": "tools/call", "params": {"name": "check_model", "arguments": {"model": "#" * 3_000_000}}},
        {"jsonrpc": "2.0", "id": 6, "method": "ping"},
    ]
    text = "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines)
    process.stdin.write(text)
    process.stdin.flush()
    responses = {}
    errors_without_id = 0
    deadline = time.monotonic() + 60
    while len(responses) < 7 and time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        try:
            message = json.loads(line)
        except json.JSONDecodeError:
            check(False, f"stdout carries a line that is not JSON: {line[:200]!r}")
            continue
        if message.get("id") in (1, 2, 3, 4, 5, 6, 7):
            responses[message["id"]] = message
        elif "error" in message:
            errors_without_id += 1
    process.stdin.close()
    process.wait(timeout=30)
    stderr = process.stderr.read()
    check(process.returncode == 0, f"server exit status {process.returncode}: {stderr[-400:]}")
    check(errors_without_id == 1, f"the line that is not JSON got {errors_without_id} error responses")
    check(responses.get(1, {}).get("result", {}).get("serverInfo", {}).get("name") == "architect", "raw initialize")
    check(responses.get(2, {}).get("error", {}).get("code") == -32602 and "missing `name`" in responses[2]["error"]["message"], f"raw call without name: {responses.get(2)}")
    check(responses.get(3, {}).get("error", {}).get("code") == -32602 and "`arguments`" in responses[3]["error"]["message"], f"raw call with string arguments: {responses.get(3)}")
    check(responses.get(4, {}).get("error", {}).get("code") == -32601, f"raw unknown method: {responses.get(4)}")
    result = responses.get(5, {}).get("result", {})
    check(result.get("isError") is True and "wall time" in result["content"][0]["text"], f"raw long simulation: {responses.get(5)}")
    check(responses.get(6, {}).get("result") == {}, f"raw ping after the errors: {responses.get(6)}")
    too_long = responses.get(7, {}).get("error", {})
    check(too_long.get("code") == -32600 and "longer than the server's limit" in too_long.get("message", ""), f"raw oversized line: {str(responses.get(7))[:300]}")
    check("architect mcp" in stderr, "the server logs nothing to stderr")


async def main():
    prepare()
    parameters = StdioServerParameters(command=ARCHITECT, args=["mcp", "--root", ROOT], cwd=SCRATCH)
    async with stdio_client(parameters) as (read, write):
        async with ClientSession(read, write) as session:
            initialized = await session.initialize()
            check(initialized.server_info.name == "architect", f"server name {initialized.server_info.name}")
            capabilities = initialized.capabilities
            check(capabilities.tools is not None and capabilities.resources is not None and capabilities.prompts is not None, "capabilities")
            tools = (await session.list_tools()).tools
            for section in (listing, compare_examples, compare_import, single_point_of_failure, malformed, concurrency):
                started = time.monotonic()
                await (section(session, tools) if section is listing else section(session))
                print(f"{section.__name__}: {time.monotonic() - started:.1f} s", flush=True)
            await session.send_ping()
    started = time.monotonic()
    raw_protocol()
    print(f"raw_protocol: {time.monotonic() - started:.1f} s", flush=True)
    print(f"mcp: {passed} passed, {len(failures)} failed", flush=True)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    asyncio.run(main())
