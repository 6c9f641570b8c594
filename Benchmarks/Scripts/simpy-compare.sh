#!/usr/bin/env bash
# Times the benchmark network (docs/simulation.md, "Speed") as whole processes: `architect simulate`
# against the same network in SimPy, on this machine, alternating runs and keeping the best CPU time
# of each. Usage: Benchmarks/Scripts/simpy-compare.sh [REQUESTS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
requests=${1:-1000000}
runs=${2:-3}
simpy_requests=$(( requests / 10 ))   # SimPy is slow: time a tenth and scale
python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore simpy
swift build -c release --product architect >/dev/null
network=Benchmarks/Scripts/mmc-network.yaml
timeouts=Benchmarks/Scripts/mmc-network-timeouts.yaml

cpu() { /usr/bin/time -f "%U %M" "$@" 2>&1 >/dev/null | tail -1; }
best() { sort -n | head -1; }

plain=() timed=() simpy=() simpy_timed=()
for _ in $(seq "$runs"); do
    plain+=("$(cpu .build/release/architect simulate "$network" --requests "$requests" --format json)")
    timed+=("$(cpu .build/release/architect simulate "$timeouts" --requests "$requests" --format json)")
    simpy+=("$(cpu python3 Benchmarks/Scripts/simpy_mmc.py "$simpy_requests")")
    simpy_timed+=("$(cpu python3 Benchmarks/Scripts/simpy_mmc.py "$simpy_requests" 2)")
done
report() {
    local name=$1 scale=$2; shift 2
    local seconds memory
    seconds=$(printf '%s\n' "$@" | awk '{print $1}' | best)
    memory=$(printf '%s\n' "$@" | awk '{print $2}' | best)
    echo "$name: best ${seconds}s CPU (x$scale), ${memory} KB resident" >&2
    awk -v s="$seconds" -v k="$scale" 'BEGIN { print s * k }'
}
a=$(report "architect plain" 1 "${plain[@]}")
b=$(report "architect 2s timeouts" 1 "${timed[@]}")
c=$(report "simpy plain" 10 "${simpy[@]}")
d=$(report "simpy 2s timeouts" 10 "${simpy_timed[@]}")
awk -v a="$a" -v c="$c" 'BEGIN { printf "plain network: architect is %.0fx SimPy (requests per CPU second)\n", c / a }'
awk -v b="$b" -v d="$d" 'BEGIN { printf "2 s timeouts:  architect is %.0fx SimPy (requests per CPU second)\n", d / b }'
