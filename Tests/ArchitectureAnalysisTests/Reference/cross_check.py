#!/usr/bin/env python3
"""Run the reference and `architect analyze --format json` over models and compare them.

Usage:
    cross_check.py ARCHITECT_BINARY WORKDIR MODEL.yaml... [--peak-rps N] [--growth N]

For each model, writes WORKDIR/NAME.ref.json and WORKDIR/NAME.swift.json, compares them
with compare.py and prints the mismatches under the model's path. Exits 1 if any model
shows a mismatch or the candidate fails. Keep WORKDIR outside the repository.
"""

import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from analysis_reference import analyze_file   # noqa: E402
from compare import compare_documents         # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("architect")
    parser.add_argument("workdir")
    parser.add_argument("models", nargs="+")
    parser.add_argument("--peak-rps", type=float, default=None)
    parser.add_argument("--growth", type=float, default=None)
    parser.add_argument("--timeout", type=float, default=300)
    args = parser.parse_args()
    os.makedirs(args.workdir, exist_ok=True)

    failing = 0
    for model in args.models:
        stem = os.path.splitext(os.path.basename(model))[0]
        ref = analyze_file(model, args.peak_rps, args.growth)
        with open(os.path.join(args.workdir, stem + ".ref.json"), "w") as handle:
            json.dump(ref, handle, indent=2)
        command = [args.architect, "analyze", "--format", "json", model]
        if args.peak_rps is not None:
            command += ["--peak-rps", repr(args.peak_rps)]
        if args.growth is not None:
            command += ["--growth", repr(args.growth)]
        try:
            run = subprocess.run(command, capture_output=True, text=True, timeout=args.timeout)
        except subprocess.TimeoutExpired:
            print(f"== {model}: candidate timed out after {args.timeout}s")
            failing += 1
            continue
        with open(os.path.join(args.workdir, stem + ".swift.json"), "w") as handle:
            handle.write(run.stdout)
        if run.returncode != 0:
            print(f"== {model}: candidate exit {run.returncode}: {run.stderr.strip()[:500]}")
            failing += 1
            continue
        try:
            cand = json.loads(run.stdout)
        except json.JSONDecodeError as error:
            print(f"== {model}: candidate output is not JSON: {error}")
            failing += 1
            continue
        mismatches = compare_documents(ref, cand)
        if mismatches:
            failing += 1
            print(f"== {model}: {len(mismatches)} mismatches")
            for line in mismatches:
                print("  " + line)
    print(f"{len(args.models)} models, {failing} with mismatches or failures")
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
