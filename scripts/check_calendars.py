#!/usr/bin/env python3
"""Checks Tartip's production calendars against an independent reference.

Every day of 2013–2026 as Tartip's engine classifies it (working day or day off, read
through `tartip holidays --json`) is compared with the PyPI `holidays` package. A
difference passes only when the calendar file lists it under `deviations`, with the
same two readings and a reason; a listed deviation that no longer differs fails too,
so the list stays true.

    target/pyenv/bin/python scripts/check_calendars.py target/debug/tartip
"""
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import holidays

FIRST, LAST = 2013, 2026
REFERENCES = {"KG": holidays.KG, "KZ": holidays.KZ}
ROOT = Path(__file__).resolve().parent.parent


def tartip_days_off(tartip, country, year):
    """The set of days off in `year` according to Tartip."""
    out = subprocess.run(
        [tartip, "holidays", "--country", country, "--year", str(year), "--json"],
        check=True, capture_output=True, text=True,
    ).stdout
    special = {d["date"]: d["working"] for d in json.loads(out)["days"]}
    day, off = dt.date(year, 1, 1), set()
    while day.year == year:
        working = special.get(day.isoformat(), day.weekday() < 5)
        if not working:
            off.add(day)
        day += dt.timedelta(days=1)
    return off


def reading(is_off):
    return "day_off" if is_off else "working_day"


def check(tartip, country):
    data = json.loads((ROOT / "regulations" / "calendars" / f"{country.lower()}.json").read_text())
    explained = {dt.date.fromisoformat(d["date"]): d for d in data.get("deviations", [])}
    reference = REFERENCES[country](years=range(FIRST, LAST + 1))
    problems, used, days = [], set(), 0
    for year in range(FIRST, LAST + 1):
        ours = tartip_days_off(tartip, country, year)
        day = dt.date(year, 1, 1)
        while day.year == year:
            days += 1
            mine, theirs = day in ours, not reference.is_working_day(day)
            if mine != theirs:
                d = explained.get(day)
                if d and d["tartip"] == reading(mine) and d["reference"] == reading(theirs) and d["why"].strip():
                    used.add(day)
                else:
                    problems.append(
                        f"{country} {day} {day:%a}: Tartip {reading(mine)}, holidays {reading(theirs)} "
                        f"({reference.get(day, 'no holiday')}) — not explained in deviations"
                    )
            day += dt.timedelta(days=1)
    for day in sorted(explained):
        if FIRST <= day.year <= LAST and day not in used:
            problems.append(f"{country} {day}: listed as a deviation, but Tartip and the reference agree")
    print(f"{country}: {days} days compared, {len(used)} explained deviations, {len(problems)} problems")
    return problems


def main():
    tartip = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "target" / "debug" / "tartip")
    problems = [p for country in REFERENCES for p in check(tartip, country)]
    for p in problems:
        print("  " + p)
    passed = len(REFERENCES) - len({p.split()[0] for p in problems})
    print(f"calendar check: {passed} passed, {len(REFERENCES) - passed} failed")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
