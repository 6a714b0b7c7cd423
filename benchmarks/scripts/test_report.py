#!/usr/bin/env python3
"""Tests of report.py's table and targets for the C floor column (python3 -m unittest, from
benchmarks/scripts: `python3 -m unittest test_report`)."""
import unittest

import report


def cell(p50, p25=None, p75=None):
    return {"p50": p50, "p25": p25 if p25 is not None else p50,
            "p75": p75 if p75 is not None else p50}


def round_with(ops, processes=2071):
    return {"label": "N=2000", "processes_at_start": processes, "loadavg_start": [1.0],
            "loadavg_end": [1.0], "ops": ops}


class CFloorColumn(unittest.TestCase):
    def test_row_shows_the_c_floor_and_the_ratio_to_it(self):
        rnd = round_with({"scanFullParallel": {
            "jpsutil": cell(20000.0), "floor": cell(25000.0), "floorC": cell(16000.0),
            "processes": 2071}})
        lines, _ = report.table(rnd)
        row = next(l for l in lines if l.startswith("| scanFullParallel "))
        cols = [c.strip() for c in row.strip("|").split("|")]
        header = next(l for l in lines if l.startswith("| operation "))
        names = [c.strip() for c in header.strip("|").split("|")]
        self.assertEqual(len(names), len(cols))
        by_name = dict(zip(names, cols))
        self.assertEqual("16.00 ms", by_name["floor C"])
        self.assertEqual("1.25×", by_name["jpsutil/floor C"])  # 20 / 16
        self.assertEqual("0.80×", by_name["jpsutil/floor"])  # 20 / 25

    def test_row_without_a_c_floor_shows_a_dash(self):
        rnd = round_with({"pids": {"jpsutil": cell(10.0), "psutil": cell(20.0),
                                   "floor": cell(8.0)}})
        lines, _ = report.table(rnd)
        row = next(l for l in lines if l.startswith("| pids "))
        header = next(l for l in lines if l.startswith("| operation "))
        self.assertEqual(len(header.split("|")), len(row.split("|")))
        self.assertIn("| 8.0 µs | — | 0.50× |", row)

    def test_cold_start_rows_have_the_header_s_columns(self):
        t = cell(1000.0)
        rnd = round_with({})
        rnd["cold_start"] = {"command": "./jpsutil ps --json", "jpsutil": t, "psutil": t,
                             "library": t, "libraryNamed": t, "jvm": t, "python": t}
        lines, _ = report.table(rnd)
        header = next(l for l in lines if l.startswith("| operation "))
        rows = [l for l in lines if l.startswith("| cold start") or l.startswith("| start of")]
        self.assertEqual(4, len(rows))
        for row in rows:
            self.assertEqual(len(header.split("|")), len(row.split("|")), row)

    def test_allocation_line_without_oshi_shows_a_dash(self):
        rnd = round_with({"scanFull": {"jpsutil": dict(cell(100.0), alloc_bytes_per_op=2000.0),
                                       "processes": 2}})
        lines, _ = report.table(rnd)
        self.assertIn("Full scan allocation per process (2 processes): jpsutil 1.0 KB, OSHI —.",
                      lines)

    def test_noise_includes_the_c_floor(self):
        rnd = round_with({"scanFull": {"jpsutil": cell(100.0), "floor": cell(90.0),
                                       "floorC": cell(80.0, 40.0, 120.0)}})
        lines, _ = report.table(rnd)
        row = next(l for l in lines if l.startswith("| scanFull "))
        self.assertIn("±50%", row)  # (120 - 40) / 2 / 80

    def test_parallel_target_below_the_c_floor(self):
        ok = round_with({"scanFullParallel": {"jpsutil": cell(15.0), "floorC": cell(16.0),
                                              "processes": 2071}})
        missed = round_with({"scanFullParallel": {"jpsutil": cell(16.0), "floorC": cell(16.0),
                                                  "processes": 2071}})
        name = "scanFullParallel below the single-threaded C floor"
        self.assertEqual([(name, True, "0.94×")], report.targets(ok))
        self.assertEqual([(name, False, "1.00×")], report.targets(missed))

    def test_no_parallel_target_where_the_scan_is_serial(self):
        # Below 256 processes scanFullParallel is the serial scan: no parallel target.
        rnd = round_with({"scanFullParallel": {"jpsutil": cell(1.0), "floorC": cell(2.0),
                                               "processes": 80}}, processes=80)
        self.assertEqual([], report.targets(rnd))


if __name__ == "__main__":
    unittest.main()
