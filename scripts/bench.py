#!/usr/bin/env python3
"""Times the same 100 000 working-day additions as `cargo bench --bench terms`, with the
two peers a user would reach for, and prints each per-query time and the ratios:

- the plain Python loop over the PyPI `holidays` package (`is_working_day`);
- numpy's vectorised `busday_offset`, given the same list of weekday days off.

numpy's weekmask cannot express a Saturday or Sunday made a working day by decree, so
its answers differ from Tartip's on queries that cross one; the count is printed.

    target/pyenv/bin/python scripts/bench.py target/bench
"""
import csv
import datetime as dt
import sys
import time
from pathlib import Path

import holidays
import numpy as np

bench = Path(sys.argv[1] if len(sys.argv) > 1 else "target/bench")
rows = list(csv.DictReader((bench / "queries.csv").open()))
starts = [dt.date.fromisoformat(r["start"]) for r in rows]
ns = [int(r["n"]) for r in rows]
tartip = [dt.date.fromisoformat(r["tartip"]) for r in rows]
tartip_ns = float(sys.argv[2]) if len(sys.argv) > 2 else None

# The plain loop a user would write.
kz = holidays.KZ(years=range(2013, 2028))
one = dt.timedelta(days=1)


def add_working_days(day, n):
    while n:
        day += one
        if kz.is_working_day(day):
            n -= 1
    return day


t = time.perf_counter()
loop = [add_working_days(d, n) for d, n in zip(starts, ns)]
loop_ns = (time.perf_counter() - t) * 1e9 / len(rows)

# numpy, with Tartip's own weekday days off as the holiday list.
special = list(csv.DictReader((bench / "kz-special-days.csv").open()))
days_off = np.array(
    [s["date"] for s in special if s["working"] == "false" and dt.date.fromisoformat(s["date"]).weekday() < 5],
    dtype="datetime64[D]",
)
cal = np.busdaycalendar(weekmask="1111100", holidays=days_off)
start_arr = np.array([d.isoformat() for d in starts], dtype="datetime64[D]")
n_arr = np.array(ns)
best = float("inf")
for _ in range(20):
    t = time.perf_counter()
    # roll="backward": from a day off, count from the last working day before it, which
    # is Tartip's "N-th working day after the day" (the day itself not counted).
    out = np.busday_offset(start_arr, n_arr, roll="backward", busdaycal=cal)
    best = min(best, time.perf_counter() - t)
numpy_ns = best * 1e9 / len(rows)
numpy_dates = [d.astype(object) for d in out]

loop_agree = sum(a == b for a, b in zip(loop, tartip))
numpy_agree = sum(a == b for a, b in zip(numpy_dates, tartip))
print(f"python loop (holidays {holidays.__version__}): {loop_ns:,.0f} ns per query; agrees with Tartip on {loop_agree}/{len(rows)}")
print(f"numpy {np.__version__} busday_offset: {numpy_ns:,.1f} ns per query; agrees with Tartip on {numpy_agree}/{len(rows)} (working weekend days are beyond its weekmask)")
if tartip_ns:
    print(f"tartip: {tartip_ns:.1f} ns per query — {numpy_ns / tartip_ns:,.1f}× faster than numpy, {loop_ns / tartip_ns:,.0f}× faster than the Python loop")
