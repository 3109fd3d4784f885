"""Parses a dossier's cycle calendar with the `icalendar` package and prints, for each
event, its UID, SEQUENCE, start date and alarm trigger as JSON, for tests/dossier.rs to
compare. Fails if the file does not parse or an event lacks its alarm."""

import json
import sys

import icalendar

with open(sys.argv[1], "rb") as f:
    cal = icalendar.Calendar.from_ical(f.read())
out = []
for ev in cal.walk("VEVENT"):
    alarms = [c for c in ev.subcomponents if c.name == "VALARM"]
    assert len(alarms) == 1, f"{ev['UID']}: {len(alarms)} alarms"
    trigger = alarms[0].decoded("TRIGGER")
    out.append(
        {
            "uid": str(ev["UID"]),
            "sequence": int(ev["SEQUENCE"]),
            "start": ev.decoded("DTSTART").isoformat(),
            "alarm_days_before": -trigger.days,
            "summary": str(ev["SUMMARY"]),
        }
    )
print(json.dumps(out, ensure_ascii=False))
