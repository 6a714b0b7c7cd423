#!/usr/bin/env python3
"""Times one psutil operation with the protocol the JMH side uses (SampleTime): warm-up
iterations, then measured iterations of a fixed length, each call timed on its own; at least one
call per iteration. Prints one JSON object: the samples' percentiles in microseconds.

psutil is Debian's python3-psutil (5.9.4 on Debian 12): its names are used (memory_info, ...).
"""
import argparse
import json
import os
import sys
import time

import psutil

COMMON = ["pid", "name", "ppid", "status", "cpu_times", "memory_info", "num_threads",
          "username", "cmdline"]
COMMON_NO_USER = [a for a in COMMON if a != "username"]


def _scan(attrs):
    # process_iter keeps Process objects between calls, as jpsutil's processIter does.
    return [p.info for p in psutil.process_iter(attrs)]


def operations(target_pid):
    target = psutil.Process(target_pid)
    return {
        "scanFull": lambda: _scan(COMMON),
        "scanNoUser": lambda: _scan(COMMON_NO_USER),
        "pids": psutil.pids,
        "asDictOneshot": target.as_dict,  # as_dict runs inside oneshot()
        "perCpuTimes": lambda: psutil.cpu_times(percpu=True),
        "virtualMemory": psutil.virtual_memory,
        "swapMemory": psutil.swap_memory,
        "diskPartitions": psutil.disk_partitions,
        "diskUsage": lambda: psutil.disk_usage("/"),
        "perDiskIoCounters": lambda: psutil.disk_io_counters(perdisk=True),
        "perNicIoCounters": lambda: psutil.net_io_counters(pernic=True),
        "netIfAddrs": psutil.net_if_addrs,
        "netIfStats": psutil.net_if_stats,
        "netConnections": lambda: psutil.net_connections("inet"),
        "bootTime": psutil.boot_time,
        "users": psutil.users,
    }


def percentile(sorted_values, q):
    if not sorted_values:
        return None
    k = (len(sorted_values) - 1) * q
    lo = int(k)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (k - lo)


def run(fn, warmup, iterations, seconds):
    clock = time.perf_counter_ns
    for _ in range(warmup):
        end = clock() + int(seconds * 1e9)
        fn()
        while clock() < end:
            fn()
    samples = []
    for _ in range(iterations):
        end = clock() + int(seconds * 1e9)
        while True:
            t0 = clock()
            fn()
            t1 = clock()
            samples.append((t1 - t0) / 1000.0)
            if t1 >= end:
                break
    samples.sort()
    return {
        "samples": len(samples),
        "p25": percentile(samples, 0.25),
        "p50": percentile(samples, 0.50),
        "p75": percentile(samples, 0.75),
        "min": samples[0],
        "max": samples[-1],
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--op", required=True)
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--iterations", type=int, default=5)
    ap.add_argument("--seconds", type=float, default=0.5)
    ap.add_argument("--target-pid", type=int, default=int(os.environ.get("BENCH_TARGET_PID", os.getpid())))
    a = ap.parse_args()
    ops = operations(a.target_pid)
    if a.op not in ops:
        sys.exit("unknown op %s; known: %s" % (a.op, ", ".join(ops)))
    result = run(ops[a.op], a.warmup, a.iterations, a.seconds)
    result["psutil_version"] = psutil.__version__
    print(json.dumps(result))


if __name__ == "__main__":
    main()
