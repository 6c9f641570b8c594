#!/usr/bin/env python3
"""Check analysis_reference.py against the hand-computed figures of hand/hand_expected.json.

Usage:
    check_hand.py

Each hand model lists only the fields it checks (see the "derivation" of each figure in
hand_expected.json). Numbers are compared like compare.py does (1e-9 relative).
Prints every difference and exits 1 if there is any.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from analysis_reference import analyze_file   # noqa: E402
from compare import MISSING, same, show       # noqa: E402


def main() -> int:
    with open(os.path.join(HERE, "hand", "hand_expected.json"), encoding="utf-8") as handle:
        expected_all = json.load(handle)
    failures = 0
    checked = 0
    for model, expected in expected_all.items():
        if model.startswith("_"):
            continue
        result = analyze_file(os.path.join(HERE, "hand", model))
        sections = {
            "components": {c["name"]: c for c in result["components"]},
            "workflows": {w["name"]: w for w in result["workflows"]},
        }
        for section in ("components", "workflows"):
            for item, fields in expected.get(section, {}).items():
                actual = sections[section].get(item, {})
                for key, value in fields.items():
                    checked += 1
                    got = actual.get(key, MISSING)
                    if not same(value, got):
                        failures += 1
                        print(f"{model} {section}[{item}].{key}: "
                              f"expected {show(value)} != reference {show(got)}")
        for key, value in expected.get("cost", {}).items():
            checked += 1
            got = result["cost"].get(key, MISSING)
            if not same(value, got):
                failures += 1
                print(f"{model} cost.{key}: expected {show(value)} != reference {show(got)}")
    print(f"{checked} hand-computed figures checked, {failures} differences")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
