"""After the requests, as a user does it: a sample denial through batch, requests marked sent and going
overdue, follow-up letters, nine rendered records (two scans read by Tesseract), the appeal packet."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil

import pytest

from intake.errors import ExitCode
from tests.conftest import ROOT, SAMPLES, intake_cmd
from tests.records_factory import case_records, render
from tests.test_store import db_url, pg_url  # noqa: F401 - the store tests' SQLite and PostgreSQL

DENIAL = "bd_classic_mednec.pdf"


def _pdf_text(path) -> list[str]:
    from pypdf import PdfReader

    return [p.extract_text() for p in PdfReader(str(path)).pages]


@pytest.fixture(scope="module")
def case(tmp_path_factory):
    """One stored case with its papers, and the records that come back for it."""
    root = tmp_path_factory.mktemp("case")
    env = {"INTAKE_HOME": str(root / "home"), "INTAKE_DATABASE_URL": f"sqlite:///{root / 'cases.db'}"}
    shutil.copy(SAMPLES / DENIAL, root / DENIAL)
    truth = json.loads((SAMPLES / f"{DENIAL}.truth.json").read_text())
    got = intake_cmd("batch", DENIAL, "--out", "papers", "--jobs", "1", cwd=root, env=env)
    assert got.returncode == 0, got.stderr
    listed = intake_cmd("list", cwd=root, env=env).stdout.split()
    specs = case_records(truth["fields"]["service_dates"][0], truth["fields"]["provider"])
    files = []
    for i, spec in enumerate(specs):
        files.append(render(spec, root / f"record{i}{'.tif' if spec.scan == 'tiff' else '.pdf'}", seed=i))
    return {"root": root, "env": env, "truth": truth, "case": listed[2], "specs": specs, "files": files,
            "denial_date": dt.date.fromisoformat(truth["fields"]["denial_date"])}


def run(case, *args):
    return intake_cmd(*args, cwd=case["root"], env=case["env"])


def requests_json(case, *args) -> list[dict]:
    got = run(case, "requests", "--json", *args)
    assert got.returncode == 0, got.stderr
    return json.loads(got.stdout)


def test_requests_are_tracked_from_written_to_overdue_to_received(case):
    rows = requests_json(case)
    assert [r["kind"] for r in rows] == ["claim_file", "records"]
    assert all(r["status"] == "written" for r in rows)
    assert rows[0]["recipient"] == case["truth"]["fields"]["insurer"]
    assert rows[1]["recipient"] == case["truth"]["fields"]["provider"]
    sent = case["denial_date"] + dt.timedelta(days=3)
    for r, via in zip(rows, ("fax", "mail")):
        got = run(case, "request", "sent", str(r["id"]), "--date", sent.isoformat(), "--via", via)
        assert got.returncode == 0 and "sent" in got.stdout, got.stderr
    day29, day31 = (sent + dt.timedelta(days=d) for d in (29, 31))
    assert requests_json(case, "--overdue", "--date", day29.isoformat()) == []
    overdue = requests_json(case, "--overdue", "--date", day31.isoformat())
    assert {r["kind"] for r in overdue} == {"claim_file", "records"}
    assert {r["due"] for r in overdue} == {(sent + dt.timedelta(days=30)).isoformat()}
    printed = run(case, "requests", "--overdue", "--date", day31.isoformat()).stdout
    assert printed.count("OVERDUE") == 2
    # the one written extension moves the records due date 30 days on, and no further
    records_id = str(rows[1]["id"])
    assert run(case, "request", "extended", records_id).returncode == 0
    assert [r["kind"] for r in requests_json(case, "--overdue", "--date", day31.isoformat())] == ["claim_file"]
    again = run(case, "request", "extended", records_id)
    assert again.returncode == ExitCode.input_file and "already extended once" in again.stderr
    day61 = sent + dt.timedelta(days=61)
    assert len(requests_json(case, "--overdue", "--date", day61.isoformat())) == 2
    ics = next((case["root"] / "papers").rglob("deadlines.ics")).read_text()
    assert f"DTSTART;VALUE=DATE:{sent + dt.timedelta(days=60):%Y%m%d}" in ics
    assert f"DTSTART;VALUE=DATE:{sent + dt.timedelta(days=7):%Y%m%d}" in ics
    shown = json.loads(intake_cmd("show", "1", cwd=case["root"], env=dict(case["env"], INTAKE_TODAY=day29.isoformat()))
                       .stdout)
    assert [(r["status"], r["via"]) for r in shown["requests"]] == [("sent", "fax"), ("sent", "mail")]
    case["sent"] = sent


def test_follow_up_letters_cite_the_first_request_and_the_rule(case):
    sent = case.get("sent") or pytest.skip("needs the request flow above")
    day = (sent + dt.timedelta(days=62)).isoformat()
    rows = requests_json(case)
    got = run(case, "followup", str(rows[1]["id"]), "--date", day)
    assert got.returncode == 0, got.stderr
    pdf = re.search(r"wrote (\S+\.pdf)", got.stdout).group(1)
    text = " ".join(_pdf_text(case["root"] / pdf)).replace("\n", " ")
    assert f"{sent:%B} {sent.day}, {sent.year}" in text
    assert "45 CFR 164.524(b)(2)(i)" in text and "30 days" in text
    assert "Office for Civil Rights" in text and "written" in text
    assert case["truth"]["fields"]["provider"] in text
    assert (case["root"] / pdf).with_suffix(".docx").stat().st_mode & 0o077 == 0
    es = run(case, "followup", str(rows[0]["id"]), "--date", day, "--lang", "es", "--out", "seguimiento")
    assert es.returncode == 0, es.stderr
    text_es = " ".join(_pdf_text(next((case["root"] / "seguimiento").glob("*.pdf")))).replace("\n", " ")
    assert "expediente" in text_es and f"{sent.day} de" in text_es and str(sent.year) in text_es
    assert case["truth"]["fields"]["insurer"] in text_es
    done = run(case, "request", "received", str(rows[1]["id"]), "--date", day)
    assert done.returncode == 0 and "received" in done.stdout
    refused = run(case, "followup", str(rows[1]["id"]))
    assert refused.returncode == ExitCode.input_file and "answered in full" in refused.stderr


def test_records_are_read_sorted_and_marked(case):
    got = run(case, "records", "add", "-v", case["case"], *[str(f) for f in case["files"]])
    assert got.returncode == 0, got.stderr
    for secret in ("Jordan Q. Sample", case["truth"]["fields"]["member_id"], "Okafor", "Sunrise"):
        assert secret not in got.stderr  # INFO logs name counts and kinds, never what a record says
    lines = [line for line in got.stdout.splitlines() if line.startswith("record ")]
    assert len(lines) == len(case["specs"])
    assert sum("read by OCR" in line for line in lines) == 2
    from intake.api import list_records

    records = list_records(int(case["case"]), case["env"]["INTAKE_DATABASE_URL"])
    for spec, rec in zip(case["specs"], records):
        assert rec["kind"] == spec.kind, rec["name"]
        assert rec["service_dates"] == sorted(spec.dates), rec["name"]
        assert rec["pages"] == spec.pages
        assert rec["relevant"] == spec.relevant, (rec["name"], rec["reasons"])
        assert (rec["original"] and (ROOT / rec["original"]).stat().st_mode & 0o077 == 0)
    assert records[3]["author"] == case["specs"][3].author
    again = run(case, "records", "add", case["case"], str(case["files"][0]))
    assert "already in this case" in again.stdout


def test_packet_contents_order_stamps_and_bookmarks(case):
    from pypdf import PdfReader

    if not run(case, "records", "list", case["case"]).stdout.strip():
        pytest.skip("needs the records above")
    got = run(case, "packet", case["case"], "--out", "packet")
    assert got.returncode == 0, got.stderr
    path = next((case["root"] / "packet").glob("appeal-packet-*.pdf"))
    assert path.stat().st_mode & 0o077 == 0
    reader = PdfReader(str(path))
    pages = [p.extract_text() for p in reader.pages]
    kept = [s for s in case["specs"] if s.relevant]
    ordered = sorted(kept, key=lambda s: s.dates[0])  # chronological by first date of service
    counts = [1] + [s.pages for s in ordered]
    assert len(pages) == 3 + sum(counts)
    cover, timeline, toc = pages[:3]
    fields = case["truth"]["fields"]
    assert fields["member_id"] in cover and fields["appeal_deadline"] in cover and "medical necessity" in cover
    # bookmarks: one per exhibit, at its first page, the denial first
    outline = [(o.title, reader.get_destination_page_number(o)) for o in reader.outline]
    starts = [3 + sum(counts[:i]) for i in range(len(counts))]
    assert [p for _, p in outline] == starts
    assert outline[0][0].startswith("Exhibit 1: Denial")
    case_no = fields["case_numbers"][0]
    for n, (start, k) in enumerate(zip(starts, counts), start=1):
        for m in range(1, k + 1):
            assert f"Exhibit {n} \u2013 page {m} of {k}" in pages[start + m - 1]
            assert f"Case {case_no}" in pages[start + m - 1]
    assert fields["member_id"] in pages[3]  # Exhibit 1 is the denial letter's own page, text layer kept
    assert "Sunrise Dental" not in " ".join(pages)  # the unrelated record is left out
    # table of contents and timeline against the records' truth
    for n, spec in enumerate(ordered, start=2):
        row = f"{n} {spec.dates[0]} "
        assert row in toc, row
        for day in spec.dates:
            assert re.search(rf"{day} .*? {n}$", timeline, re.M), (day, n)
    dates = re.findall(r"^(\d{4}-\d\d-\d\d) ", timeline, re.M)
    assert dates == sorted(dates)
    assert f"{fields['denial_date']} " in timeline
    checklist = " ".join(_pdf_text(next((case["root"] / "packet").glob("checklist-with-exhibits.pdf"))))
    assert "Exhibit index" in checklist and "Denial notice" in checklist
    everything = run(case, "packet", case["case"], "--out", "all", "--all")
    assert f"{len(case['specs']) + 1} exhibits" in everything.stdout


def test_bad_inputs_are_one_line(case, tmp_path):
    junk = tmp_path / "notes.pdf"
    junk.write_text("not a pdf at all")
    got = run(case, "records", "add", case["case"], str(junk))
    assert got.returncode == ExitCode.input_file and "notes.pdf" in got.stderr
    assert "Traceback" not in got.stderr and len(got.stderr.strip().splitlines()) == 1
    missing = run(case, "packet", "999", "--out", str(tmp_path / "x"))
    assert missing.returncode == ExitCode.usage and "no case with id 999" in missing.stderr
    no_qpdf = intake_cmd("packet", case["case"], "--out", str(tmp_path / "y"), cwd=case["root"],
                         env=dict(case["env"], PATH=str(tmp_path)))  # qpdf is not on this PATH
    assert no_qpdf.returncode == ExitCode.missing_dependency and "qpdf is not installed" in no_qpdf.stderr
    assert not list((tmp_path / "y").glob("*.pdf"))
    bad = run(case, "request", "sent", "1", "--via", "pigeon")
    assert bad.returncode == ExitCode.input_file and "--via" in bad.stderr


def test_purge_removes_the_kept_originals_and_follow_ups(case):
    from intake.api import list_records

    records = list_records(int(case["case"]), case["env"]["INTAKE_DATABASE_URL"])
    originals = [r["original"] for r in records]
    assert originals and all(os.path.exists(p) for p in originals)
    got = run(case, "purge", "--member", case["truth"]["fields"]["member_id"])
    assert got.returncode == 0, got.stderr
    assert not any(os.path.exists(p) for p in originals)
    assert not list((case["root"] / "home" / "originals").rglob("*.pdf"))
    assert not list((case["root"] / "papers").rglob("followup_*"))
    assert run(case, "requests").stdout.strip() == ""


def test_the_same_flow_on_postgresql(db_url, tmp_path):
    """Requests, a record and the packet on both stores (the store tests' SQLite and PostgreSQL)."""
    env = {"INTAKE_HOME": str(tmp_path / "home"), "INTAKE_DATABASE_URL": db_url}
    shutil.copy(SAMPLES / DENIAL, tmp_path / DENIAL)
    truth = json.loads((SAMPLES / f"{DENIAL}.truth.json").read_text())
    assert intake_cmd("batch", DENIAL, "--out", "papers", "--jobs", "1", cwd=tmp_path, env=env).returncode == 0
    ids = [r["id"] for r in json.loads(intake_cmd("requests", "--json", cwd=tmp_path, env=env).stdout)]
    assert len(ids) == 2
    assert intake_cmd("request", "sent", str(ids[1]), "--date", "2026-05-01", cwd=tmp_path, env=env).returncode == 0
    late = json.loads(intake_cmd("requests", "--json", "--overdue", "--date", "2026-06-01", cwd=tmp_path,
                                 env=env).stdout)
    assert [r["id"] for r in late] == [ids[1]]
    spec = case_records(truth["fields"]["service_dates"][0], truth["fields"]["provider"])[4]
    record = render(spec, tmp_path / "note.pdf")
    case_id = intake_cmd("list", cwd=tmp_path, env=env).stdout.split()[2]
    assert intake_cmd("records", "add", case_id, str(record), cwd=tmp_path, env=env).returncode == 0
    got = intake_cmd("packet", case_id, "--out", "packet", cwd=tmp_path, env=env)
    assert got.returncode == 0 and "2 exhibits" in got.stdout, got.stderr
