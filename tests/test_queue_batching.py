"""A queue worker reading several waiting short files through one Tesseract process, on a real Redis and a
real PostgreSQL: each file its own result and failure, twin messages writing nothing, a lapsed lease redone."""

from __future__ import annotations

import json
import re
import shutil
import time

import pytest
import sqlalchemy as sa

from tests.conftest import SAMPLES, intake_cmd
from tests.pg import TempPostgres
from tests.services import TempRedis, Worker

pytestmark = pytest.mark.ocr

SCANNED = ["copy_classic_notcov.pdf", "copy_eob_oon.pdf", "copy_grid_coding.pdf", "copy_idn_mednec.pdf",
           "b_copy_medicaid_loc.pdf", "e_copy_inline_elig.pdf"]  # one scanned page each
ENV = {"INTAKE_JOB_TIME_LIMIT": "60", "INTAKE_VISIBILITY_TIMEOUT": "70"}


@pytest.fixture(scope="module")
def services():
    pg, redis = TempPostgres(), TempRedis()
    db, broker = pg.start(), redis.start()
    assert intake_cmd("db", "upgrade", "--db", db).returncode == 0
    yield db, broker
    redis.stop()
    pg.stop()


def _engine(url: str):
    return sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://"))


def _query(url: str, sql: str, **params) -> list:
    eng = _engine(url) if url.startswith("postgresql") else sa.create_engine(url)
    with eng.connect() as c:
        rows = c.execute(sa.text(sql), params).all()
    eng.dispose()
    return rows


def _results(url: str) -> dict[str, list[dict]]:
    """file name -> its documents' results as stored."""
    out: dict[str, list[dict]] = {}
    for name, result in _query(url, "SELECT s.name, d.result FROM documents d JOIN source_files s "
                                    "ON s.id = d.source_id ORDER BY s.name, d.first_page"):
        out.setdefault(name, []).append(result if isinstance(result, dict) else json.loads(result))
    return out


def _wait_until_settled(db: str, names: list[str], timeout: float = 240) -> dict[str, tuple]:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        rows = {r[0]: tuple(r[1:]) for r in _query(db, "SELECT name, state, error FROM queue_files")}
        if all(rows.get(n, ("queued",))[0] != "queued" for n in names):
            return rows
        time.sleep(0.3)
    raise AssertionError("the workers did not finish in time")


def _send_again(broker: str, job_ids: list[int]) -> None:
    """Each job's message a second time, as a producer's retry or a redelivery would."""
    from intake.dist.config import celery_app
    from intake.dist.tasks import send_jobs

    send_jobs(celery_app(broker), job_ids)


def _runs(log_text: str) -> list[tuple[int, int, int]]:
    """(files, pages, Tesseract runs) of each job as the worker logged it."""
    return [tuple(map(int, m)) for m in
            re.findall(r"(\d+) file\(s\), (\d+) page\(s\) read in (\d+) Tesseract run\(s\)", log_text)]


def test_waiting_files_share_a_tesseract_run_and_each_keeps_its_own_result(services, tmp_path):
    db, broker = services
    inbox = tmp_path / "mail"
    inbox.mkdir()
    for name in SCANNED:
        shutil.copy(SAMPLES / name, inbox / name)
    damaged = SAMPLES.joinpath("b_lowres_upheld_coding.png").read_bytes()
    (inbox / "cut-short.png").write_bytes(damaged[: len(damaged) // 2])  # opens, then cannot be read
    names = sorted(p.name for p in inbox.iterdir())
    paths = [str(inbox / n) for n in names]

    queued = intake_cmd("batch", *paths, "--broker", broker, "--db", db, "--no-wait", env=ENV)
    assert queued.returncode == 0, queued.stderr
    jobs = [r[0] for r in _query(db, "SELECT id FROM queue_jobs ORDER BY id")]
    assert len(jobs) == len(names) == 7
    _send_again(broker, jobs)  # every job has a twin message waiting behind it

    worker = Worker("one@test", broker, db, tmp_path, ENV)
    try:
        states = _wait_until_settled(db, names)
        time.sleep(3)  # the twin messages are taken too
    finally:
        worker.stop()
    log = (tmp_path / "one.log").read_text()

    runs = _runs(log)
    assert sum(files for files, _, _ in runs) == 7 and max(files for files, _, _ in runs) >= 3
    assert sum(r for _, _, r in runs) < 6, runs  # six readable scanned files, fewer Tesseract processes
    assert {n: s[0] for n, s in states.items()} == {**{n: "done" for n in SCANNED}, "cut-short.png": "failed"}
    assert "cut-short.png" in states["cut-short.png"][1] and "ends early" in states["cut-short.png"][1]
    attempts = _query(db, "SELECT j.attempts, j.state, j.worker FROM queue_jobs j ORDER BY j.id")
    assert all(a == 1 and w == "one@test" for a, _, w in attempts)  # twins and co-claimed messages ran nothing
    per_file = _query(db, "SELECT s.name, count(*) FROM source_files s GROUP BY s.name HAVING count(*) > 1")
    assert per_file == []  # each file stored once

    local_db = f"sqlite:///{tmp_path / 'local.db'}"
    local = intake_cmd("batch", *paths, "--db", local_db, "--jobs", "2")
    assert local.returncode != 0 and "cut-short.png" in local.stderr
    remote = _results(db)
    assert remote == _results(local_db)  # each file's documents as a local batch reads them
    assert set(remote) == set(SCANNED)

    st = json.loads(intake_cmd("queue", "status", "--db", db, "--json").stdout)
    assert st["files"] == {"queued": 0, "done": 6, "failed": 1}
    assert st["workers"]["one@test"]["done"] == 6 and st["workers"]["one@test"]["failed"] == 1

    retry = intake_cmd("queue", "retry", "--failed", "--broker", broker, "--db", db)
    assert retry.returncode == 0 and "1 job(s) sent again" in retry.stdout, retry.stdout + retry.stderr
    worker = Worker("two@test", broker, db, tmp_path, ENV)
    try:
        time.sleep(1)
        states = _wait_until_settled(db, names)
    finally:
        worker.stop()
    assert states["cut-short.png"][0] == "failed" and all(states[n][0] == "done" for n in SCANNED)
    assert _query(db, "SELECT worker, attempts FROM queue_jobs j JOIN queue_files f ON f.id = j.file_id "
                      "WHERE f.name = 'cut-short.png'") == [("two@test", 1)]


def test_a_lapsed_lease_is_taken_over_by_a_live_worker(services, tmp_path):
    """A worker claimed three waiting files, then died before reading them; their own messages were spent.
    Once the lease runs out, the next message any worker takes sends them out again."""
    from intake.db.engine import open_db
    from intake.dist import queue

    db, broker = services
    broker = broker[:-1] + "1"  # a queue of its own
    names = ["d_copy_eob_detail_elig.pdf", "bd_eob_paid.pdf", "bd_idn_loc.pdf", "bd_approval.pdf"]
    for name in names:
        shutil.copy(SAMPLES / name, tmp_path / name)
    r = intake_cmd("batch", *[str(tmp_path / n) for n in names[:3]], "--broker", broker, "--db", db, "--no-wait",
                   env=ENV)
    assert r.returncode == 0, r.stderr
    engine = open_db(db)
    ids = [r[0] for r in _query(db, "SELECT j.id FROM queue_jobs j JOIN queue_files f ON f.id = j.file_id "
                                    "WHERE f.name IN ('d_copy_eob_detail_elig.pdf', 'bd_eob_paid.pdf', "
                                    "'bd_idn_loc.pdf') ORDER BY j.id")]
    first = queue.claim(engine, ids[0], "dead@test", "msg-of-the-dead", 2)
    assert first is not None and first.attempt == 1
    taken = queue.claim_more(engine, first, "dead@test", "msg-of-the-dead", 2)
    taken += [queue.claim(engine, ids[2], "dead@test", "msg-of-the-dead", 2)] if len(taken) < 2 else []
    assert len(taken) == 2
    engine.dispose()
    import redis

    redis.Redis.from_url(broker).delete("intake")  # their messages are spent: only the lease can bring them back
    time.sleep(2.5)

    worker = Worker("alive@test", broker, db, tmp_path, ENV)
    try:
        r = intake_cmd("batch", str(tmp_path / names[3]), "--broker", broker, "--db", db, env=ENV)
        assert r.returncode == 0, r.stderr
        states = _wait_until_settled(db, names[:3], timeout=180)
    finally:
        worker.stop()
    assert all(states[n][0] == "done" for n in names[:3]), states
    rows = _query(db, "SELECT worker, attempts, state FROM queue_jobs WHERE id IN (:a, :b, :c)",
                  a=ids[0], b=ids[1], c=ids[2])
    assert sorted(rows) == [("alive@test", 2, "done")] * 3  # the dead worker's attempt counted, then redone
    assert "lease ran out" in (tmp_path / "alive.log").read_text()
    stored = _results(db)
    assert all(len(stored[n]) >= 1 for n in names)


def test_a_lapsed_lease_is_sent_again_by_the_worker_when_no_other_mail_comes(services, tmp_path):
    """A job whose message is spent (a hard time limit acknowledges it; a worker died after claiming it)
    and no further mail: the worker's own lease sweeper puts it back on the queue and reads it."""
    from intake.db.engine import open_db
    from intake.dist import queue

    db, broker = services
    broker = broker[:-1] + "2"  # a queue of its own
    name = "bd_classic_oon.pdf"
    shutil.copy(SAMPLES / name, tmp_path / name)
    env = {"INTAKE_JOB_TIME_LIMIT": "60", "INTAKE_VISIBILITY_TIMEOUT": "8"}  # swept every 2 s
    r = intake_cmd("batch", str(tmp_path / name), "--broker", broker, "--db", db, "--no-wait", env=env)
    assert r.returncode == 0, r.stderr
    job = _query(db, "SELECT j.id FROM queue_jobs j JOIN queue_files f ON f.id = j.file_id "
                     "WHERE f.name = :n ORDER BY j.id DESC", n=name)[0][0]
    engine = open_db(db)
    assert queue.claim(engine, job, "dead@test", "msg-of-the-dead", 2) is not None
    engine.dispose()
    import redis

    redis.Redis.from_url(broker).delete("intake")  # its message is spent: only the lease can bring it back
    worker = Worker("sweeper@test", broker, db, tmp_path, env)
    try:
        states = _wait_until_settled(db, [name], timeout=120)
        row = _wait_for_job(db, job, timeout=60)
    finally:
        worker.stop()
    assert states[name][0] == "done", states
    assert row == ("sweeper@test", 2, "done")  # the dead worker's attempt counted, then redone here
    assert "lease ran out" in (tmp_path / "sweeper.log").read_text()
    assert _results(db)[name][0]["fields"]["member_id"]


def _wait_for_job(db: str, job: int, timeout: float) -> tuple:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        row = tuple(_query(db, "SELECT worker, attempts, state FROM queue_jobs WHERE id = :i", i=job)[0])
        if row[2] == "done":
            return row
        time.sleep(0.3)
    return row


def test_a_job_put_back_by_a_worker_killed_before_sending_it_is_read_all_the_same(services, tmp_path):
    """A soft time limit puts the job back; the hard limit kills the process before its new message goes
    out. The job carries a deadline for that message, so the sweeper sends it and a batch does not hang."""
    from intake.db.engine import open_db
    from intake.dist import queue

    db, broker = services
    broker = broker[:-1] + "3"  # a queue of its own
    name = "bd_classic_timely.pdf"
    shutil.copy(SAMPLES / name, tmp_path / name)
    env = {"INTAKE_JOB_TIME_LIMIT": "60", "INTAKE_VISIBILITY_TIMEOUT": "8"}  # swept every 2 s
    r = intake_cmd("batch", str(tmp_path / name), "--broker", broker, "--db", db, "--no-wait", env=env)
    assert r.returncode == 0, r.stderr
    job = _query(db, "SELECT j.id FROM queue_jobs j JOIN queue_files f ON f.id = j.file_id "
                     "WHERE f.name = :n ORDER BY j.id DESC", n=name)[0][0]
    engine = open_db(db)
    assert queue.claim(engine, job, "killed@test", "msg-of-the-killed", 60) is not None
    queue.requeue(engine, job, "took longer than 48 s", 2)  # ...and the process is killed here
    engine.dispose()
    import redis

    redis.Redis.from_url(broker).delete("intake")  # the first message is spent; the second never went out
    worker = Worker("resender@test", broker, db, tmp_path, env)
    try:
        states = _wait_until_settled(db, [name], timeout=120)
        row = _wait_for_job(db, job, timeout=60)
    finally:
        worker.stop()
    assert states[name][0] == "done", states
    assert row == ("resender@test", 2, "done")
    assert _results(db)[name][0]["fields"]["member_id"]
