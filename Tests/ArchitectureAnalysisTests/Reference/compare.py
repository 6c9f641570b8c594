#!/usr/bin/env python3
"""Compare two `architect analyze --format json` documents field by field.

Usage:
    compare.py REFERENCE.json CANDIDATE.json

Every field of analysis.md (format 1) is compared; fields the candidate adds beyond
analysis.md are ignored, and so are `notes` (free text). Numbers match when they are
within 1e-9 relative or 1e-12 absolute; null must match null; booleans, strings and
lists must match exactly (lists element by element, numbers in them with the number
rule). `components` and `workflows` are matched by name and must both be in name order.

Each mismatch is printed as `path: reference X != candidate Y`; the exit status is 1 if
there is any, else 0.
"""

from __future__ import annotations

import json
import math
import sys

REL_TOL = 1e-9
ABS_TOL = 1e-12

TOP_FIELDS = ["format", "system", "peak_rps", "growth"]
COMPONENT_FIELDS = [
    "name", "type", "kind", "replicas", "zones", "availability", "load_rps", "servers",
    "utilization", "saturated", "mean_response_ms", "replicas_needed",
    "replicas_needed_at_growth",
]
WORKFLOW_FIELDS = [
    "name", "entry", "load_rps", "availability", "availability_target", "meets_availability",
    "downtime_minutes_per_month", "error_budget_minutes_per_month", "hard_dependencies",
    "mean_latency_ms", "latency_p99_target_ms", "max_attempts", "worst_retry_path",
]
COST_FIELDS = ["monthly", "monthly_at_growth", "budget_monthly", "within_budget"]

MISSING = object()   # a field absent from a document (distinct from null)


def is_number(value) -> bool:
    # bool is a subclass of int in Python, but true is not the number 1 in JSON.
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def same(ref, cand) -> bool:
    """Do two JSON values match under the rules above?"""
    if ref is MISSING or cand is MISSING:
        return ref is cand
    if ref is None or cand is None:
        return ref is None and cand is None
    if isinstance(ref, bool) or isinstance(cand, bool):
        return isinstance(ref, bool) and isinstance(cand, bool) and ref == cand
    if is_number(ref) and is_number(cand):
        return math.isclose(ref, cand, rel_tol=REL_TOL, abs_tol=ABS_TOL)
    if isinstance(ref, list) and isinstance(cand, list):
        return len(ref) == len(cand) and all(same(r, c) for r, c in zip(ref, cand))
    if isinstance(ref, dict) and isinstance(cand, dict):
        return ref.keys() <= cand.keys() and all(same(ref[k], cand[k]) for k in ref)
    return type(ref) is type(cand) and ref == cand


def show(value) -> str:
    return "<missing>" if value is MISSING else json.dumps(value)


class Comparison:
    def __init__(self):
        self.mismatches = []

    def field(self, path, ref, cand):
        if not same(ref, cand):
            self.mismatches.append(f"{path}: reference {show(ref)} != candidate {show(cand)}")

    def fields(self, path, ref: dict, cand: dict, names):
        for key in names:
            self.field(f"{path}.{key}" if path else key,
                       ref.get(key, MISSING), cand.get(key, MISSING))

    def named_list(self, section, ref_doc, cand_doc, names):
        """Match the entries of a list of named objects by name, in name order."""
        ref_list = ref_doc.get(section) or []
        cand_list = cand_doc.get(section)
        if not isinstance(cand_list, list):
            self.field(section, f"<{len(ref_list)} entries>", cand_list
                       if cand_list is not None else MISSING)
            return
        ref_names = [e.get("name") for e in ref_list]
        cand_names = [e.get("name") for e in cand_list]
        if cand_names != sorted(cand_names, key=lambda n: (n is None, n or "")):
            self.mismatches.append(f"{section}: candidate not sorted by name: {cand_names}")
        by_name = {e.get("name"): e for e in cand_list}
        for name in sorted(set(cand_names) - set(ref_names), key=str):
            self.mismatches.append(f"{section}[{name}]: reference <missing> != candidate present")
        for entry in ref_list:
            name = entry.get("name")
            if name not in by_name:
                self.mismatches.append(f"{section}[{name}]: reference present != candidate <missing>")
                continue
            self.fields(f"{section}[{name}]", entry, by_name[name], names)

    def documents(self, ref: dict, cand: dict):
        self.fields("", ref, cand, TOP_FIELDS)
        self.named_list("components", ref, cand, COMPONENT_FIELDS)
        self.named_list("workflows", ref, cand, WORKFLOW_FIELDS)
        ref_cost = ref.get("cost") or {}
        cand_cost = cand.get("cost")
        if not isinstance(cand_cost, dict):
            self.field("cost", ref_cost, MISSING if cand_cost is None else cand_cost)
        else:
            self.fields("cost", ref_cost, cand_cost, COST_FIELDS)
        return self.mismatches


def compare_documents(ref: dict, cand: dict) -> list:
    return Comparison().documents(ref, cand)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[0], encoding="utf-8") as handle:
        ref = json.load(handle)
    with open(argv[1], encoding="utf-8") as handle:
        cand = json.load(handle)
    mismatches = compare_documents(ref, cand)
    for line in mismatches:
        print(line)
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
