"""The warm-up's rehearsal page: it must go through every stage (or the first real page pays again) and stay silent."""

from __future__ import annotations

import logging
import threading

from intake import warm
from intake.model import SourceFile
from intake.pipeline import documents_of, features_of, result_of
from intake.quiet import _OwnRecordsOnly
from intake.rules import cached_rules


def _rehearsal_result():
    rules = cached_rules()
    page = warm.rehearsal_page()
    source = SourceFile("rehearsal", "0" * 64, "image", 1, 0)
    docs = documents_of(source, [page], [features_of(page, source, rules)])
    return [result_of(doc, rules, "rehearsal") for doc in docs]


def test_rehearsal_page_reaches_every_field_and_the_classifier():
    """rehearse() swallows its errors, so this is where a broken rehearsal shows: a rehearsal that stops
    early or finds nothing would leave the lazily built tables for the user's first page again."""
    (result,) = _rehearsal_result()
    assert result.classification.document_type == "eob"
    assert result.classification.denial_type is not None
    assert set(result.fields) >= {"member_id", "group_number", "member_name", "case_numbers", "claim_amount",
                                  "service_dates", "denial_date", "provider", "appeal_deadline", "insurer"}
    assert result.fields["member_id"].value == "QX4820001357"


def test_rehearsal_runs_again_without_error():
    warm.rehearse(cached_rules())
    warm.rehearse(cached_rules())  # tables already built: nothing to fail on the second pass either


def _record(level: int, thread: str) -> logging.LogRecord:
    record = logging.LogRecord("intake.classify", level, __file__, 1, "decided %s", ("x",), None)
    record.threadName = thread
    return record


def test_rehearsal_records_are_never_shown_below_warning():
    for show_all in (False, True):
        keep = _OwnRecordsOnly(show_all=show_all)
        assert not keep.filter(_record(logging.DEBUG, warm.THREAD_NAME))
        assert not keep.filter(_record(logging.INFO, warm.THREAD_NAME))
        assert keep.filter(_record(logging.WARNING, warm.THREAD_NAME))
        assert keep.filter(_record(logging.DEBUG, "MainThread"))  # the user's own page: shown as its level says


def test_load_now_rehearses_in_a_named_thread(monkeypatch):
    """Before a pool forks, the rehearsal runs too (every child then starts with the tables built), in a
    thread of the warm-up's name so its records are dropped like the background one's."""
    seen = []
    monkeypatch.setattr(warm, "rehearse", lambda rules: seen.append(threading.current_thread().name))
    warm.load_now()
    assert seen == [warm.THREAD_NAME]
