"""Checks a downloaded Tartip package with independent readers:
zipfile + an XML parser for the DOCX (a valid OOXML package), icalendar for the ICS,
json for the dossier.
    python tests/e2e/check_package.py PACKAGE.zip NAME COMPLETION(YYYY-MM-DD) SERVICE
Prints what it checked; exits 1 on the first problem."""
import datetime
import io
import json
import sys
import zipfile
import xml.etree.ElementTree as ET

import icalendar

path, name, completion, service = sys.argv[1:5]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def fail(msg):
    print(f"package check: {msg}")
    sys.exit(1)


z = zipfile.ZipFile(path)
expected = ["application.html", "application.docx", "checklist.html", "calendar.ics", "dossier.json"]
if z.namelist() != expected:
    fail(f"files {z.namelist()}, expected {expected}")

docx = zipfile.ZipFile(io.BytesIO(z.read("application.docx")))
parts = set(docx.namelist())
for part in ["[Content_Types].xml", "_rels/.rels", "word/document.xml"]:
    if part not in parts:
        fail(f"the DOCX lacks {part}")
types = ET.fromstring(docx.read("[Content_Types].xml"))
if not any(o.get("PartName") == "/word/document.xml" for o in types):
    fail("the DOCX content types do not name the main document")
doc = ET.fromstring(docx.read("word/document.xml"))
text = "".join(t.text or "" for t in doc.iter(W + "t"))
if name not in text:
    fail(f"the DOCX does not contain the applicant's name as typed: {text[:300]!r}")

cal = icalendar.Calendar.from_ical(z.read("calendar.ics"))
events = [e for e in cal.walk("VEVENT")]
want = datetime.date.fromisoformat(completion)
if not any(e.get("DTSTART").dt == want for e in events):
    fail(f"no event on {completion}: {[e.get('DTSTART').dt for e in events]}")
if not all(e.walk("VALARM") for e in events):
    fail("an event has no reminder")

dossier = json.loads(z.read("dossier.json"))
if dossier.get("kind") != "tartip-dossier" or dossier.get("service") != service:
    fail(f"dossier: {dossier.get('kind')} {dossier.get('service')}")
if dossier["applicant"]["person"]["full_name"] != name:
    fail("the dossier changed the name")

html = z.read("application.html").decode()
if "<script" in html.lower():
    fail("the typed markup is live in the HTML")
print(f"package check: {len(expected)} files, DOCX parts and name, {len(events)} calendar events, dossier: ok")
