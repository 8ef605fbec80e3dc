"""The papers as a person receives them: PDF text read back with pdftotext, DOCX opened, blanks visible."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import docx
import pytest

from intake.model import Classification, Evidence, FieldValue, Result
from intake.papers.deadlines import plan_deadlines, to_ics
from intake.papers.writer import write_papers
from tests.conftest import SAMPLES, intake_cmd

TODAY = dt.date(2026, 5, 1)
FACTS = {"insurer": "Cascade Mutual Health", "plan_id": "H1234-001", "group_number": "GRP-8563",
         "member_id": "W123456789", "member_name": "Ana M. Reyes", "case_numbers": ["382142410504", "UM8841"],
         "claim_amount": "12855.75", "service_dates": ["2026-03-02/2026-03-06"], "denial_date": "2026-04-28",
         "provider": "St. Brigid Medical Center", "appeal_deadline": "2026-10-25"}
CHECKLIST_CUES = {
    "medical_necessity": ["Office visit notes", "Treatment history"],
    "prior_authorization": ["prior authorization request", "about the authorization"],
    "level_of_care": ["Nursing assessments", "Functional assessment scores"],
    "coding_error": ["operative report", "claim exactly as it was submitted", "explanation of benefits"],
    "experimental": ["Published studies"], "out_of_network": ["in-network provider could not be used"],
    "not_covered": ["plan document"], "eligibility": ["Proof of coverage"],
    "timely_filing": ["first sent the claim"], "other": ["explanation of benefits"],
}
LEGAL_CUES = {"erisa": "2560.503-1", "individual": "147.136", "medicaid": "438.404(b)(2)",
              "medicare_advantage": "at no cost to me", "fehb": None, "government_employer": None,
              "original_medicare": None, "unknown": None}


def result_with(facts: dict, denial: str = "medical_necessity", plan: str = "erisa", lang: str = "en") -> Result:
    fields = {k: FieldValue(k, v, Evidence(1, "line", 0.9)) for k, v in facts.items() if v not in (None, [])}
    return Result("letter.pdf", "ab" * 32, [1], Classification("denial_letter", denial, plan_type=plan,
                                                                  language=lang), fields)


def pdf_text(path: str) -> str:
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout


def docx_text(path: str) -> str:
    d = docx.Document(path.replace(".pdf", ".docx"))
    cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in d.paragraphs] + cells)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("denial", sorted(CHECKLIST_CUES))
def test_every_denial_type_gets_its_checklist(tmp_path, denial):
    r = result_with(FACTS, denial)
    out = write_papers(r, tmp_path, {}, today=TODAY)
    text = flat(pdf_text(out["checklist"]))
    for cue in CHECKLIST_CUES[denial]:
        assert cue in text
    assert "Exhibit index" in text
    if denial == "coding_error":
        assert "Treatment history" not in text


@pytest.mark.parametrize("plan", sorted(LEGAL_CUES))
def test_legal_basis_matches_plan_type(tmp_path, plan):
    out = write_papers(result_with(FACTS, plan=plan), tmp_path, {}, today=TODAY)
    text = flat(pdf_text(out["claim_file_request"]))
    if LEGAL_CUES[plan]:
        assert LEGAL_CUES[plan] in text
    if plan != "erisa":
        assert "2560.503-1" not in text and "ERISA" not in text
    if plan in ("fehb", "government_employer", "original_medicare", "unknown"):
        assert "U.S.C." not in text and "CFR" not in text


def test_claim_file_request_carries_every_value(tmp_path):
    out = write_papers(result_with(FACTS), tmp_path, {"name": "Ana M. Reyes", "address": "12 Oak St, Salem OR",
                                                      "phone": "555-0100"}, today=TODAY)
    for kind in ("claim_file_request",):
        for text in (flat(pdf_text(out[kind])), flat(docx_text(out[kind]))):
            for key in ("insurer", "plan_id", "group_number", "member_id", "member_name", "claim_amount",
                        "denial_date"):
                assert FACTS[key] in text, key
            for v in FACTS["case_numbers"] + FACTS["service_dates"]:
                assert v in text
            assert "not an appeal" in text and "free of charge" in text and "copy (not the original)" in text
            for item in ("utilization review", "telephone call", "Recordings", "correspondence",
                         "medical records", "criteria", "12 Oak St, Salem OR", "555-0100", "May 1, 2026"):
                assert item in text


def test_records_request_has_hipaa_essentials(tmp_path):
    out = write_papers(result_with(FACTS), tmp_path, {"providers": ["Dr. Olivia Chen"]}, today=TODAY)
    assert {"records_request_1", "records_request_2"} <= set(out)
    text = flat(pdf_text(out["records_request_2"]))
    assert "Dr. Olivia Chen" in text and "164.524" in text and "30 days" in text
    assert "electronic copy" in text and "W123456789" in text and "date of birth" in text
    assert "March 2, 2025 to April 5, 2026" in text  # a year before the stay to 30 days after


def test_every_field_missing_leaves_visible_blanks(tmp_path):
    empty = {k: None for k in FACTS}
    r = result_with(empty, "other", "unknown")
    out = write_papers(r, tmp_path, {}, today=TODAY)
    text = flat(pdf_text(out["claim_file_request"]))
    assert text.count("______________") >= 9
    for hint in ("insurance card", "first page of the denial letter", "billing office", "member services line"):
        assert hint in text
    assert "records_request_1" in out and "calendar" in out


def test_advocate_gets_representative_wording_and_authorization(tmp_path):
    req = {"advocate": True, "name": "Jo Park", "organization": "County Legal Aid", "address": "1 Main St"}
    out = write_papers(result_with(FACTS), tmp_path, req, today=TODAY)
    text = flat(pdf_text(out["claim_file_request"]))
    assert "authorized representative" in text and "County Legal Aid" in text
    auth = flat(pdf_text(out["authorization"]))
    assert "Ana M. Reyes" in auth and "Jo Park" in auth and "Cascade Mutual Health" in auth


def test_spanish_papers(tmp_path):
    out = write_papers(result_with(FACTS, lang="es", plan="medicaid"), tmp_path, {}, today=TODAY)
    text = flat(pdf_text(out["claim_file_request"]))
    assert "no es una apelación" in text and "438.404(b)(2)" in text and "W123456789" in text
    assert "1 de mayo de 2026" in text


def test_no_papers_for_documents_that_deny_nothing(tmp_path):
    r = result_with(FACTS)
    r.classification = Classification("other", None)
    assert write_papers(r, tmp_path, {}, today=TODAY) == {}


def test_files_are_private(tmp_path):
    out = write_papers(result_with(FACTS), tmp_path / "papers", {}, today=TODAY)
    for path in out.values():
        assert Path(path).stat().st_mode & 0o077 == 0
        assert Path(path).parent.stat().st_mode & 0o077 == 0


def test_deadlines_and_calendar():
    plan = plan_deadlines("2026-10-25", TODAY, "Cascade", ["Dr. Chen"])
    days = {(d.kind, d.day) for d in plan}
    assert ("appeal", "2026-10-25") in days and ("records_due", "2026-05-31") in days
    assert ("claim_file_follow_up", "2026-05-08") in days
    ics = to_ics(plan, "abc", dt.datetime(2026, 5, 1, tzinfo=dt.timezone.utc))
    assert ics.count("BEGIN:VEVENT") == len(plan) and "DTSTART;VALUE=DATE:20261025" in ics
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n"))


def test_cli_out_lists_outputs_in_json(tmp_path):
    got = intake_cmd("process", str(SAMPLES / "bd_grid_priorauth.pdf"), "--json", "--out", str(tmp_path),
                     "--date", "2026-05-01")
    assert got.returncode == 0, got.stderr
    res = json.loads(got.stdout)
    assert set(res["outputs"]) >= {"claim_file_request", "records_request_1", "checklist", "calendar"}
    text = flat(pdf_text(res["outputs"]["claim_file_request"]))
    assert res["fields"]["member_id"] in text
    assert all(Path(p).exists() for p in res["outputs"].values())
    assert Path(res["outputs"]["checklist"].replace(".pdf", ".docx")).exists()
