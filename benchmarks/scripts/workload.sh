#!/usr/bin/env bash
# Runs COMMAND with N extra idle processes on the machine, and always removes them afterwards
# (normal exit, error, Ctrl-C): workload.sh N COMMAND [ARGS...]
#
# The mix, so that a scan meets what real machines have:
#   - every 20th: a python3 with 8 sleeping threads (counts as 1 process, 9 tasks);
#   - every 2nd of the rest: a shell with a command line of about 3 KB (long arguments), waiting
#     on a sleep child (2 processes);
#   - the others: a plain `sleep`.
# All of them live in one new session/process group, killed as a group at the end.
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 N COMMAND [ARGS...]" >&2
  exit 2
fi
n=$1
shift
count_procs() { ls /proc | grep -c '^[0-9]' || true; }

group=""
cleanup() {
  if [ -n "$group" ]; then
    kill -KILL -- "-$group" 2>/dev/null || true
    # wait until the kernel has reaped them, so the next measurement starts clean
    for _ in $(seq 1 100); do
      pgrep -g "$group" >/dev/null 2>&1 || break
      sleep 0.1
    done
    group=""
  fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ "$n" -gt 0 ]; then
  before=$(count_procs)
  py=$(command -v /usr/bin/python3 || command -v python3)
  long_arg=$(printf 'x%.0s' $(seq 1 1000))
  # The spawner runs in its own session; its pid is the group id of everything it starts.
  setsid bash -c '
    n=$1; long=$2; py=$3; made=0; i=0
    while [ "$made" -lt "$n" ]; do
      i=$((i + 1))
      if [ $((i % 20)) -eq 0 ]; then
        "$py" -c "import threading, time
for _ in range(8): threading.Thread(target=time.sleep, args=(1e6,), daemon=True).start()
time.sleep(1e6)" </dev/null >/dev/null 2>&1 &
        made=$((made + 1))
      elif [ $((i % 2)) -eq 0 ] && [ $((made + 2)) -le "$n" ]; then
        sh -c "sleep 1000000; :" idle-with-long-args "--alpha=$long" "--beta=$long" "--gamma=$long" </dev/null >/dev/null 2>&1 &
        made=$((made + 2))
      else
        sleep 1000000 </dev/null >/dev/null 2>&1 &
        made=$((made + 1))
      fi
    done
    wait
  ' workload-spawner "$n" "$long_arg" "$py" </dev/null >/dev/null 2>&1 &
  group=$!
  disown "$group"
  target=$((before + n))
  for _ in $(seq 1 600); do
    [ "$(count_procs)" -ge "$target" ] && break
    sleep 0.1
  done
  echo "workload: $(( $(count_procs) - before )) idle processes added (asked for $n)" >&2
fi
"$@"
