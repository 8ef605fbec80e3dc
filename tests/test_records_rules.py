"""Pure decisions after the requests: due dates, overdue, relevance, packet order; records.yaml validated."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from intake.errors import ExitCode, RulesError
from intake.records.plan import plan_packet
from intake.records.relevance import relevance, same_provider
from intake.records.requests import due_date, state
from intake.records.rules import load_record_rules
from tests.conftest import ROOT, intake_cmd

RULES = load_record_rules()
CHECKLIST = ["Office visit notes from the doctor", "Test results that support the diagnosis: imaging (MRI)"]


def test_records_due_in_30_days_and_extension_moves_it():
    assert due_date("records", "2026-05-01") == dt.date(2026, 5, 31)
    assert due_date("records", "2026-05-01", "2026-06-30") == dt.date(2026, 6, 30)
    assert due_date("records", None) is None
    assert state("sent", "records", "2026-05-01", None, dt.date(2026, 5, 31)) == "sent"
    assert state("sent", "records", "2026-05-01", None, dt.date(2026, 6, 1)) == "overdue"
    assert state("received", "records", "2026-05-01", None, dt.date(2026, 9, 1)) == "received"
    assert state("written", "claim_file", None, None, dt.date(2030, 1, 1)) == "written"


def test_relevance_needs_a_checklist_item_and_a_date_or_the_provider():
    denial = {"service_dates": ["2026-03-24"], "provider": "Valley Behavioral Health"}
    assert relevance("office_note", ["2026-01-10"], "Dr. A", denial, CHECKLIST, RULES)[0]
    assert not relevance("office_note", ["2021-01-10"], "Dr. A", denial, CHECKLIST, RULES)[0]
    assert relevance("office_note", ["2021-01-10"], "Valley Behavioral Health", denial, CHECKLIST, RULES)[0]
    assert not relevance("operative_report", ["2026-03-24"], "Dr. A", denial, CHECKLIST, RULES)[0]
    assert relevance("claim_file", [], None, denial, [], RULES)[0]
    assert same_provider("VALLEY BEHAVIORAL HEALTH, LLC", "Valley Behavioral Health")
    assert not same_provider("Valley Imaging", "Valley Behavioral Health")


def test_plan_orders_by_position_then_date_and_leaves_out_the_unrelated():
    rec = lambda i, d, rel=True, pos=0: {"id": i, "kind": "office_note", "author": None, "service_dates": [d],
                                          "original": f"{i}.pdf", "pages": 2, "relevant": rel, "position": pos}
    denial = {"fields": {"denial_date": "2026-04-28", "insurer": "Plan", "service_dates": ["2026-03-24"]}}
    records = [rec(1, "2026-03-01"), rec(2, "2026-01-01"), rec(3, "2020-01-01", rel=False), rec(4, "2026-02-01", pos=1)]
    plan = plan_packet(denial, "d.pdf", [1], records, [], False, "en")
    assert [e.record_id for e in plan.exhibits] == [None, 4, 2, 1]
    assert [r["id"] for r in plan.left_out] == [3]
    assert [e.date for e in plan.timeline] == sorted(e.date for e in plan.timeline)
    assert len(plan_packet(denial, "d.pdf", [1], records, [], True, "en").exhibits) == 5


def test_records_rules_are_checked(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    path = rules / "records.yaml"
    path.write_text(path.read_text().replace("title_factor: 3", "title_factor: 3\nsurprise: 1"))
    with pytest.raises(RulesError) as err:
        load_record_rules(rules)
    assert "records.yaml" in err.value.one_line() and "surprise" in err.value.one_line()
    bad = intake_cmd("rules", "check", "--rules-dir", str(rules))
    assert bad.returncode == ExitCode.rules_invalid and "records.yaml" in bad.stderr


def test_dates_of_service_skip_birth_and_print_dates_and_read_spanish_day_first():
    from intake.records.classify import read_record

    en = read_record("OFFICE VISIT NOTE\nPatient: A. Person   DOB: 04/05/1970\nDate of Service: 03/02/2026\n"
                     "Provider: Dr. Ruth Ames\nChief complaint: pain\nPrinted: 11/02/2026", RULES)
    assert (en.kind, en.service_dates, en.author) == ("office_note", ["2026-03-02"], "Dr. Ruth Ames")
    es = read_record("RESUMEN DE ALTA\nPaciente: A. Persona Fecha de nacimiento: 04/05/1970\n"
                     "Fecha de ingreso: 03/02/2026\nFecha de alta: 07/02/2026\nMédico tratante: Dra. Ruiz", RULES)
    assert (es.kind, es.service_dates) == ("discharge_summary", ["2026-02-03", "2026-02-07"])
    two = read_record("Discharge Summary\nAdmitted: 10/20/2025   Discharge date: October 24, 2025", RULES)
    assert two.service_dates == ["2025-10-20", "2025-10-24"]
    assert read_record("Some scribbles with no cue at all", RULES).kind == "other"


def test_calendar_follows_each_request_from_the_day_it_was_sent():
    from intake.records.calendar import request_deadlines

    reqs = [{"id": 1, "kind": "records", "status": "sent", "sent_on": "2026-05-01", "via": "fax", "due": "2026-05-31",
             "extended_to": None, "recipient": "Clinic"},
            {"id": 2, "kind": "claim_file", "status": "received", "sent_on": "2026-05-01", "via": "mail",
             "due": "2026-05-31", "extended_to": None, "recipient": "Plan"},
            {"id": 3, "kind": "records", "status": "written", "sent_on": None, "via": None, "due": None,
             "extended_to": None, "recipient": "Lab"}]
    got = [(d.day, d.kind) for d in request_deadlines("2026-10-25", "Plan", reqs, "en")]
    assert got == [("2026-05-08", "call_1"), ("2026-05-31", "due_1"), ("2026-10-25", "appeal")]
