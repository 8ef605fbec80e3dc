"""The shared queue's decisions, without a broker: job plans, attempts, speed, and the page wire format."""

from __future__ import annotations

import gzip
import json

import pytest
from hypothesis import given, strategies as st

from intake.dist.plan import (MAX_ATTEMPTS, PAGES_PER_JOB, WHOLE_FILE_PAGES, JobSpec, decide_attempt,
                              pages_per_second, plan_jobs, retry_after_error)
from intake.dist.wire import page_from_bytes, page_to_bytes
from intake.model import page_from_dict
from intake.split import PageFeatures
from tests.conftest import ROOT


def test_short_files_travel_whole():
    assert plan_jobs(1) == [JobSpec("whole", 1, 1)]
    assert plan_jobs(WHOLE_FILE_PAGES) == [JobSpec("whole", 1, WHOLE_FILE_PAGES)]


def test_long_files_are_shared_out_in_ranges():
    jobs = plan_jobs(41)
    assert all(j.kind == "pages" for j in jobs)
    assert jobs[0] == JobSpec("pages", 1, PAGES_PER_JOB) and jobs[-1].last_page == 41


@given(st.integers(min_value=1, max_value=3000))
def test_every_page_is_in_exactly_one_job(n):
    covered = [p for j in plan_jobs(n) for p in range(j.first_page, j.last_page + 1)]
    assert covered == list(range(1, n + 1))


@pytest.mark.parametrize("state", ["done", "failed"])
def test_a_finished_job_delivered_again_does_nothing(state):
    d = decide_attempt(state, 1)
    assert not d.run and not d.give_up


def test_attempts_run_out():
    assert [decide_attempt("queued", a).run for a in range(MAX_ATTEMPTS)] == [True] * MAX_ATTEMPTS
    assert decide_attempt("running", MAX_ATTEMPTS).give_up  # the last holder died mid-job
    assert decide_attempt("queued", 0).attempt == 1
    assert retry_after_error(1) and not retry_after_error(MAX_ATTEMPTS)


def test_pages_per_second_counts_overlapping_time_once():
    assert pages_per_second([]) == 0.0
    assert pages_per_second([(0, 2, 2), (1, 2, 2)]) == pytest.approx(2.0)  # 4 pages in 2 s of wall time
    assert pages_per_second([(0, 1, 1), (5, 6, 1)]) == pytest.approx(1.0)  # idle time between is not counted


def test_a_page_crosses_between_workers_unchanged():
    with gzip.open(ROOT / "tests" / "golden" / "scan_eob_mednec.pdf.pages.json.gz", "rt") as fh:
        stored = json.load(fh)
    pages = stored["pages"] if isinstance(stored, dict) else stored
    page = page_from_dict(pages[0])
    feats = PageFeatures(page.number, page_of=(1, 2), opener=True, member_id="X1")
    back, back_feats = page_from_bytes(page_to_bytes(page, feats))
    assert back == page and back_feats == feats
    assert [ln.text for ln in back.lines] == [ln.text for ln in page.lines]


def test_an_unreachable_broker_is_one_line_without_its_password(tmp_path):
    from tests.conftest import SAMPLES, intake_cmd

    r = intake_cmd("batch", str(SAMPLES / "bd_eob_paid.pdf"), "--broker", "redis://:s3cret-pw@127.0.0.1:1/0",
                   "--db", f"sqlite:///{tmp_path / 'q.db'}")
    assert r.returncode == 9, r.stderr  # a service, not the output folder
    assert "cannot reach the broker" in r.stderr and "s3cret-pw" not in r.stderr + r.stdout
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr


def test_no_wait_cannot_promise_papers(tmp_path):
    from tests.conftest import SAMPLES, intake_cmd

    r = intake_cmd("batch", str(SAMPLES / "bd_eob_paid.pdf"), "--no-wait", "--out", str(tmp_path / "papers"),
                   "--broker", "redis://127.0.0.1:1/0")
    assert r.returncode == 2 and "drop --no-wait" in r.stderr
    assert not (tmp_path / "papers").exists()
