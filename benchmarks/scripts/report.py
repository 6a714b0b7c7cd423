#!/usr/bin/env python3
"""Merges the rounds written by bench.py into one JSON file and prints one table per round:
medians of jpsutil, psutil, OSHI, the plain-Java floor and (for the process scans) the C floor, the ratios from the same round, the noise (half the
interquartile range as a share of the median), allocation per operation, and the issue's targets.

usage: report.py OUT.json ROUND.json [ROUND.json ...]
"""
import json
import platform
import sys
import time

LIBS = ("jpsutil", "psutil", "oshi", "floor", "floorC")


def fmt_time(us):
    if us is None:
        return "—"
    if us >= 1e6:
        return "%.2f s" % (us / 1e6)
    if us >= 1e3:
        return "%.2f ms" % (us / 1e3)
    if us >= 1:
        return "%.1f µs" % us
    return "%.0f ns" % (us * 1e3)


def fmt_bytes(b):
    if b is None:
        return "—"
    for unit, size in (("MB", 1e6), ("KB", 1e3)):
        if b >= size:
            return "%.1f %s" % (b / size, unit)
    return "%.0f B" % b


def noise(cell):
    if not cell or not cell.get("p50"):
        return None
    return (cell["p75"] - cell["p25"]) / 2 / cell["p50"] * 100


def ratio(a, b):
    if not a or not b or not a.get("p50") or not b.get("p50"):
        return "—"
    return "%.2f×" % (a["p50"] / b["p50"])


def table(rnd):
    lines = []
    lines.append("### %s (%d processes at start; load average %.1f → %.1f)" % (
        rnd["label"], rnd["processes_at_start"], rnd["loadavg_start"][0], rnd["loadavg_end"][0]))
    lines.append("")
    lines.append("| operation | jpsutil | psutil | OSHI | floor | floor C | jpsutil/psutil"
                 " | jpsutil/OSHI | jpsutil/floor | jpsutil/floor C | noise (max) | alloc jpsutil"
                 " | alloc OSHI |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    worst = 0.0
    for op, row in rnd["ops"].items():
        noises = [noise(row.get(l)) for l in LIBS if row.get(l)]
        noises = [n for n in noises if n is not None]
        mx = max(noises) if noises else 0.0
        worst = max(worst, mx)
        j, o = row.get("jpsutil", {}), row.get("oshi", {})
        lines.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | ±%.0f%% | %s | %s |" % (
            op, fmt_time(j.get("p50")), fmt_time(row.get("psutil", {}).get("p50")),
            fmt_time(o.get("p50")), fmt_time(row.get("floor", {}).get("p50")),
            fmt_time(row.get("floorC", {}).get("p50")),
            ratio(j, row.get("psutil")), ratio(j, o), ratio(j, row.get("floor")),
            ratio(j, row.get("floorC")), mx,
            fmt_bytes(j.get("alloc_bytes_per_op")), fmt_bytes(o.get("alloc_bytes_per_op"))))
    cold = rnd.get("cold_start")
    if cold:
        j, p = cold["jpsutil"], cold["psutil"]
        lines.append("| cold start: `%s` vs `python3 -c` import+scan | %s | %s | — | — | — | %s | — | — | — | ±%.0f%% | — | — |" % (
            cold["command"], fmt_time(j["p50"]), fmt_time(p["p50"]), ratio(j, p),
            max(noise(j) or 0, noise(p) or 0)))
        if cold.get("library"):
            lib, jvm, py = cold["library"], cold["jvm"], cold["python"]
            lines.append("| cold start: library on the class path (`Psutil.local()` + one full scan) vs `python3 -c` import+scan | %s | %s | — | — | — | %s | — | — | — | ±%.0f%% | — | — |" % (
                fmt_time(lib["p50"]), fmt_time(p["p50"]), ratio(lib, p),
                max(noise(lib) or 0, noise(p) or 0)))
            if cold.get("libraryNamed"):
                ln = cold["libraryNamed"]
                lines.append("| cold start: the same, provider named (`-Djpsutil.provider=linux`, no ServiceLoader) vs `python3 -c` import+scan | %s | %s | — | — | — | %s | — | — | — | ±%.0f%% | — | — |" % (
                    fmt_time(ln["p50"]), fmt_time(p["p50"]), ratio(ln, p),
                    max(noise(ln) or 0, noise(p) or 0)))
            lines.append("| start of an empty JVM / python3 (same flags) | %s | %s | — | — | — | %s | — | — | — | ±%.0f%% | — | — |" % (
                fmt_time(jvm["p50"]), fmt_time(py["p50"]), ratio(jvm, py),
                max(noise(jvm) or 0, noise(py) or 0)))
    lines.append("")
    scan = rnd["ops"].get("scanFull")
    if scan and scan.get("jpsutil", {}).get("alloc_bytes_per_op"):
        n = scan.get("processes") or rnd["processes_at_start"]
        oshi_bytes = scan.get("oshi", {}).get("alloc_bytes_per_op")  # absent with --no-oshi
        lines.append("Full scan allocation per process (%d processes): jpsutil %s, OSHI %s." % (
            n, fmt_bytes(scan["jpsutil"]["alloc_bytes_per_op"] / n),
            fmt_bytes(oshi_bytes / n if oshi_bytes is not None else None)))
    lines.append("Medians of per-call samples; noise = half the interquartile range over the median,"
                 " worst of the five columns (worst row: ±%.0f%%)." % worst)
    lines.append("")
    return lines, targets(rnd)


def targets(rnd):
    out = []
    ops = rnd["ops"]
    for op in ("scanFull", "scanNoUser"):
        row = ops.get(op)
        if row and row.get("floor"):
            r = row["jpsutil"]["p50"] / row["floor"]["p50"]
            out.append(("%s ≤ 1.2× floor" % op, r <= 1.2, "%.2f×" % r))
    row = ops.get("scanFullParallel")
    # Only where the parallel scan is on (256 processes or more; below, it is the serial scan).
    if row and row.get("floorC") and (row.get("processes") or 0) >= 256:
        r = row["jpsutil"]["p50"] / row["floorC"]["p50"]
        out.append(("scanFullParallel below the single-threaded C floor", r < 1.0, "%.2f×" % r))
    for op, row in ops.items():
        if op in ("scanFull", "scanNoUser", "scanFullParallel"):
            continue
        j = row["jpsutil"]["p50"]
        for peer in ("psutil", "oshi"):
            if row.get(peer):
                r = j / row[peer]["p50"]
                out.append(("%s faster than %s" % (op, peer), r < 1.0, "%.2f×" % r))
    row = ops.get("scanFull")
    if row and row.get("oshi", {}).get("alloc_bytes_per_op"):
        r = row["jpsutil"]["alloc_bytes_per_op"] / row["oshi"]["alloc_bytes_per_op"]
        out.append(("scanFull allocation ≤ 1/10 of OSHI", r <= 0.1, "%.3f" % r))
    cold = rnd.get("cold_start")
    if cold:
        r = cold["jpsutil"]["p50"] / cold["psutil"]["p50"]
        out.append(("cold start ≤ psutil (%s)" % cold["command"], r <= 1.0, "%.2f×" % r))
        if cold.get("library"):
            r = cold["library"]["p50"] / cold["jvm"]["p50"]
            out.append(("library cold start ≤ 2× an empty JVM", r <= 2.0, "%.2f×" % r))
            if cold.get("libraryNamed"):
                r = cold["libraryNamed"]["p50"] / cold["jvm"]["p50"]
                out.append(("library cold start, provider named, ≤ 2× an empty JVM", r <= 2.0,
                            "%.2f×" % r))
    return out


def main():
    out_path, rounds = sys.argv[1], [json.load(open(p)) for p in sys.argv[2:]]
    doc = {"machine": {"cpus": __import__("os").cpu_count(), "kernel": platform.release(),
                       "python": platform.python_version()},
           "written": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "rounds": rounds}
    with open(out_path, "w") as f:
        json.dump(doc, f, indent=1)
    missed = []
    for rnd in rounds:
        lines, tg = table(rnd)
        print("\n".join(lines))
        missed += ["%s: %s (%s)" % (rnd["label"], name, value) for name, ok, value in tg if not ok]
        met = sum(1 for _, ok, _ in tg if ok)
        print("Targets met at %s: %d of %d." % (rnd["label"], met, len(tg)))
        print("")
    if missed:
        print("Missed targets:")
        for m in missed:
            print("  - " + m)
    print("\nResults written to %s" % out_path)


if __name__ == "__main__":
    main()
