#!/usr/bin/env python3
"""One benchmark round at the current process count: for each operation, JMH (jpsutil, OSHI and
the plain-Java floor, one fork each, -prof gc) and then psutil, back to back, so the four numbers
of a row are measured within seconds of each other. Then the cold start of the command-line scan
against psutil's one-shot scan, alternating. Writes the round as JSON.

Run through run-all.sh, which builds everything and sets up the process counts.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
MODULE = os.path.dirname(HERE)
REPO = os.path.dirname(MODULE)
PY = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable

# (operation, protocol) — protocol = (warm-up iterations, measured iterations, seconds each).
# Process scans are slow for OSHI (a getent process per process), so they get fewer, longer ones.
OPS = [
    ("scanFull", "scan"), ("scanFullParallel", "scan"), ("scanNoUser", "scan"), ("pids", "fast"), ("asDictOneshot", "fast"),
    ("perCpuTimes", "fast"), ("virtualMemory", "fast"), ("swapMemory", "fast"),
    ("diskPartitions", "fast"), ("diskUsage", "fast"), ("perDiskIoCounters", "fast"),
    ("perNicIoCounters", "fast"), ("netIfAddrs", "fast"), ("netIfStats", "fast"),
    ("netConnections", "scan"), ("bootTime", "fast"), ("users", "fast"),
    ("metricsScrape", "scan"),
]
# jpsutil only: psutil and OSHI have no Micrometer binder to compare with.
JPSUTIL_ONLY = {"metricsScrape", "scanFullParallel"}
# The C floor (src/main/c/floor.c): the process scans' files read by a single-threaded C program.
# The parallel row gets it too: the target is the parallel scan below it.
C_FLOOR_OPS = {"scanFull", "scanNoUser", "scanFullParallel"}
C_FLOOR_SOURCE = os.path.join(MODULE, "src", "main", "c", "floor.c")
C_FLOOR_BINARY = os.path.join(MODULE, "target", "floor-c")
PROTOCOLS = {
    "full": {"fast": (2, 4, 0.5), "scan": (2, 3, 1.0)},
    "quick": {"fast": (1, 2, 0.2), "scan": (1, 2, 0.3)},
}


def percentile_from_histogram(pairs, q):
    """Percentile q of a JMH rawDataHistogram: [[value, count], ...]."""
    pairs = sorted(pairs)
    total = sum(c for _, c in pairs)
    if total == 0:
        return None
    rank = q * (total - 1)
    seen = 0
    for value, count in pairs:
        if seen + count > rank:
            return value
        seen += count
    return pairs[-1][0]


def summarize_jmh(entry):
    pm = entry["primaryMetric"]
    pairs = []
    for fork in pm.get("rawDataHistogram", []):
        for iteration in fork:
            pairs.extend(iteration)
    unit = pm["scoreUnit"]
    scale = {"us/op": 1.0, "ms/op": 1000.0, "ns/op": 0.001, "s/op": 1e6}[unit]
    out = {
        "samples": sum(c for _, c in pairs),
        "p25": percentile_from_histogram(pairs, 0.25) * scale,
        "p50": percentile_from_histogram(pairs, 0.50) * scale,
        "p75": percentile_from_histogram(pairs, 0.75) * scale,
        "min": min(v for v, _ in pairs) * scale,
        "max": max(v for v, _ in pairs) * scale,
    }
    for name, metric in entry.get("secondaryMetrics", {}).items():
        if name.lstrip("\u00b7") == "gc.alloc.rate.norm":
            out["alloc_bytes_per_op"] = metric["score"]
    return out


def run_jmh(op, protocol, java_opts, libs="JpsutilBench|OshiBench|FloorBench"):
    wi, i, secs = protocol
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        out = f.name
    cp = os.path.join(MODULE, "target", "classes") + ":" + os.path.join(MODULE, "target", "lib", "*")
    cmd = ["java"] + java_opts + ["-cp", cp, "org.openjdk.jmh.Main",
           r"\.(%s)\.%s$" % (libs, op),
           "-f", "1", "-wi", str(wi), "-i", str(i), "-w", "%dms" % int(secs * 1000),
           "-r", "%dms" % int(secs * 1000), "-bm", "sample", "-tu", "us",
           "-jvmArgsAppend", " ".join(java_opts),
           "-prof", "gc", "-rf", "json", "-rff", out]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout[-4000:])
        raise SystemExit("JMH failed for %s" % op)
    with open(out) as f:
        data = json.load(f)
    os.unlink(out)
    result = {}
    for entry in data:
        lib = entry["benchmark"].split(".")[-2].replace("Bench", "").lower()
        result[lib] = summarize_jmh(entry)
    return result


def run_psutil(op, protocol):
    wi, i, secs = protocol
    proc = subprocess.run(
        [PY, os.path.join(HERE, "psutil_runner.py"), "--op", op, "--warmup", str(wi),
         "--iterations", str(i), "--seconds", str(secs)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-4000:])
        raise SystemExit("psutil runner failed for %s" % op)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def build_c_floor():
    """Compiles the C floor with the system gcc when the binary is missing or older than its
    source; the benchmark module's build does not (Maven has no C step here). False, with a
    message, when there is no gcc: the rows then have no C floor."""
    if os.path.exists(C_FLOOR_BINARY) and \
            os.path.getmtime(C_FLOOR_BINARY) >= os.path.getmtime(C_FLOOR_SOURCE):
        return True
    if shutil.which("gcc") is None:
        sys.stderr.write("  no gcc on PATH: the C floor is left out\n")
        return False
    os.makedirs(os.path.dirname(C_FLOOR_BINARY), exist_ok=True)
    subprocess.run(["gcc", "-O2", "-Wall", "-Wextra", "-o", C_FLOOR_BINARY, C_FLOOR_SOURCE],
                   check=True)
    return True


def run_c_floor(protocol):
    wi, i, secs = protocol
    proc = subprocess.run([C_FLOOR_BINARY, str(wi), str(i), str(secs)], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-4000:])
        raise SystemExit("C floor failed")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def process_count():
    return sum(1 for e in os.listdir("/proc") if e.isdigit())


PSUTIL_ONESHOT = (
    "import json, psutil; "
    "a = ['pid','name','ppid','status','cpu_times','memory_info','num_threads','username','cmdline']; "
    "print(json.dumps([p.info for p in psutil.process_iter(a)]))")


# The library alone on the class path: what ColdStart needs and nothing else (no app archive).
LIBRARY_JARS = ("jpsutil-api-", "jpsutil-spi-", "jpsutil-core-", "jpsutil-posix-",
                "jpsutil-backend-linux-", "jna-5")


def library_classpath():
    lib = os.path.join(MODULE, "target", "lib")
    jars = sorted(os.path.join(lib, f) for f in os.listdir(lib)
                  if f.endswith(".jar") and f.startswith(LIBRARY_JARS))
    return ":".join([os.path.join(MODULE, "target", "classes")] + jars)


def cold_start(runs, java_opts):
    """Median wall times of fresh processes, alternating: `./jpsutil ps --json` (the cli, with its
    archive), the library on the class path (ColdStart: Psutil.local() + one full scan, no
    archive; also with -Djpsutil.provider=linux), the same JVM doing nothing (BareStart), a fresh psutil scan and a bare python3."""
    launcher = os.path.join(REPO, "jpsutil")
    command = "ps"
    probe = subprocess.run([launcher, "ps", "--json"], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    if probe.returncode != 0:
        command = "snapshot"
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") \
        else "java"
    cp = library_classpath()
    cmds = {
        "jpsutil": [launcher, command, "--json"],
        "library": [java] + java_opts + ["-cp", cp, "io.github.jpsutil.benchmarks.ColdStart"],
        # The same with the provider named: core loads it by class name, without ServiceLoader.
        "libraryNamed": [java] + java_opts + ["-Djpsutil.provider=linux", "-cp", cp,
                                              "io.github.jpsutil.benchmarks.ColdStart"],
        "jvm": [java] + java_opts + ["-cp", cp, "io.github.jpsutil.benchmarks.BareStart"],
        "psutil": [PY, "-c", PSUTIL_ONESHOT],
        "python": [PY, "-c", "pass"],
    }
    times = {lib: [] for lib in cmds}
    for k in range(runs + 1):  # the first round warms the page cache and is not counted
        for lib, cmd in cmds.items():
            t0 = time.perf_counter()
            r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            dt = (time.perf_counter() - t0) * 1e6
            if r.returncode != 0:
                raise SystemExit("cold start: %s exited %d" % (" ".join(cmd), r.returncode))
            if k > 0:
                times[lib].append(dt)
    out = {"command": "./jpsutil %s --json" % command, "java": java}
    for lib, ts in times.items():
        ts.sort()
        n = len(ts)
        out[lib] = {"samples": n, "p25": ts[n // 4], "p50": ts[n // 2], "p75": ts[(3 * n) // 4],
                    "min": ts[0], "max": ts[-1]}
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--label", required=True, help="e.g. N=0")
    ap.add_argument("--out", required=True)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--ops", default="", help="comma-separated subset")
    ap.add_argument("--cold-runs", type=int, default=5)
    ap.add_argument("--no-oshi", action="store_true",
                    help="leave OSHI out (its scans take seconds a call at N=2000)")
    a = ap.parse_args()
    protocols = PROTOCOLS["quick" if a.quick else "full"]
    java_opts = ["--enable-native-access=ALL-UNNAMED"]
    wanted = set(filter(None, a.ops.split(",")))
    round_ = {"label": a.label, "processes_at_start": process_count(), "ops": {},
              "protocols": {k: {"warmup_iterations": v[0], "iterations": v[1], "seconds": v[2]}
                            for k, v in protocols.items()},
              "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "loadavg_start": os.getloadavg()}
    for op, kind in OPS:
        if wanted and op not in wanted:
            continue
        protocol = protocols[kind]
        sys.stderr.write("  %-18s %s\n" % (op, a.label))
        row = run_jmh(op, protocol, java_opts,
                      "JpsutilBench|FloorBench" if a.no_oshi else "JpsutilBench|OshiBench|FloorBench")
        if op not in JPSUTIL_ONLY:
            row["psutil"] = run_psutil(op, protocol)
        if op in C_FLOOR_OPS and build_c_floor():
            row["floorC"] = run_c_floor(protocol)
        row["processes"] = process_count()
        round_["ops"][op] = row
    # The quick mode leaves the cold start out (a snapshot alone can take seconds) unless asked.
    if (not wanted and not a.quick) or "coldStart" in wanted:
        sys.stderr.write("  %-18s %s\n" % ("coldStart", a.label))
        round_["cold_start"] = cold_start(2 if a.quick else a.cold_runs, java_opts)
    round_["loadavg_end"] = os.getloadavg()
    with open(a.out, "w") as f:
        json.dump(round_, f, indent=1)


if __name__ == "__main__":
    main()
