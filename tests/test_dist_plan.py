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


# --- a worker filling its batch (issue 19): which waiting jobs join, and when a lease has lapsed ---

def test_a_batch_takes_waiting_files_in_order_while_their_pages_fit():
    from intake.dist.plan import BATCH_PAGES, Waiting, choose_batch

    waiting = [Waiting(j, 1) for j in range(2, 12)]
    assert choose_batch(1, waiting) == [2, 3, 4]  # four pages in all, as a local batch's Tesseract run
    assert choose_batch(BATCH_PAGES, waiting) == []  # a full file reads alone
    # a three-page file does not fit after two pages; the one-page file behind it does
    assert choose_batch(2, [Waiting(5, 3), Waiting(6, 1), Waiting(7, 1), Waiting(8, 2)]) == [6, 7]


def test_a_batch_leaves_half_of_what_waits_to_the_other_workers():
    from intake.dist.plan import Waiting, choose_batch

    assert choose_batch(1, [Waiting(2, 1)]) == []  # the last file waiting is another worker's
    assert choose_batch(1, [Waiting(2, 1), Waiting(3, 1)]) == [2]
    assert choose_batch(1, [Waiting(j, 1) for j in range(2, 6)]) == [2, 3]


def test_a_file_tried_before_is_never_gathered_into_a_batch():
    from intake.dist.plan import Waiting, choose_batch, may_batch

    assert choose_batch(1, [Waiting(2, 1, attempts=1), Waiting(3, 1), Waiting(4, 1), Waiting(5, 1)]) == [3, 4]
    assert may_batch("whole", 1)
    assert not may_batch("whole", 2)  # its first run was cut short: it runs alone now
    assert not may_batch("pages", 1) and not may_batch("finish", 1)


@given(st.integers(min_value=1, max_value=4), st.lists(st.tuples(st.integers(0, 6), st.integers(0, 2)), max_size=12))
def test_a_batch_never_exceeds_its_pages_nor_takes_a_job_twice(first, jobs):
    from intake.dist.plan import BATCH_PAGES, Waiting, choose_batch

    waiting = [Waiting(i, pages, attempts) for i, (pages, attempts) in enumerate(jobs)]
    chosen = choose_batch(first, waiting)
    pages = {w.job_id: w.pages for w in waiting}
    assert len(set(chosen)) == len(chosen) and len(chosen) <= len(waiting) // 2
    assert first + sum(pages[j] for j in chosen) <= max(BATCH_PAGES, first)
    assert all(waiting[j].attempts == 0 for j in chosen)


def test_a_lease_lapses_when_its_time_is_up_or_its_own_message_comes_again():
    import datetime as dt

    from intake.dist.plan import lease_end, lease_lapsed

    t = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.timezone.utc)
    until = lease_end(t, 110)
    assert until == t + dt.timedelta(seconds=110)
    assert not lease_lapsed(until, "msg-a", t, "msg-b")  # another message of a job someone reads: skip it
    assert lease_lapsed(until, "msg-a", t, "msg-a")  # the holder's own message again: its run was cut short
    assert lease_lapsed(until, "msg-a", until, "msg-b")  # time is up: the holder is gone
    assert lease_lapsed(None, None, t, "msg-b")  # running without a lease: cut short before leases existed
    naive = until.replace(tzinfo=None)  # as SQLite gives it back
    assert not lease_lapsed(naive, "msg-a", t, None) and lease_lapsed(naive, "msg-a", until, None)
