#!/usr/bin/env bash
# jpsutil side by side with psutil, OSHI and a plain-Java floor, at N = 0 and N = 2000 extra idle
# processes. Prints one table per N and writes the results as JSON.
#
#   benchmarks/scripts/run-all.sh            # full run (about 14 minutes on 2 cores)
#   benchmarks/scripts/run-all.sh --quick    # smoke run (under 3 minutes; no cold start)
#   options: --n "0 500"   --ops scanFull,pids   --out FILE.json
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
quick=""
counts="0 2000"
ops=""
out="$repo/benchmarks/target/bench-results.json"
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick="--quick" ;;
    --n) counts="$2"; shift ;;
    --ops) ops="$2"; shift ;;
    --out) out="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

# psutil: Debian's package, for the system python3 (a pyenv or venv python3 may shadow it).
py=/usr/bin/python3
[ -x "$py" ] || py=$(command -v python3)
if ! "$py" -c 'import psutil' 2>/dev/null; then
  echo "run-all: installing python3-psutil" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq python3-psutil >&2
fi

echo "run-all: building (benchmarks, cli)" >&2
"$repo/mvnw" -B -q -DskipTests -Dspotless.check.skip=true -pl benchmarks,cli -am package >&2

work=$(mktemp -d)
target_pid=""
cleanup() {
  [ -n "$target_pid" ] && kill "$target_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The one process every library's as_dict looks at: an idle python3 with a few threads.
"$py" -c 'import threading, time
for _ in range(3): threading.Thread(target=time.sleep, args=(1e6,), daemon=True).start()
time.sleep(1e6)' &
target_pid=$!
export BENCH_TARGET_PID=$target_pid

rounds=()
for n in $counts; do
  echo "run-all: N=$n" >&2
  "$here/workload.sh" "$n" "$py" "$here/bench.py" --label "N=$n" --out "$work/n$n.json" \
    ${quick:+$quick} ${ops:+--ops "$ops"}
  rounds+=("$work/n$n.json")
done
mkdir -p "$(dirname "$out")"
"$py" "$here/report.py" "$out" "${rounds[@]}"
