"""A worker claiming several waiting jobs at once, on a real SQLite file and a real PostgreSQL (no broker):
what it takes, what others then find, and when a lease lets the work go to someone else."""

from __future__ import annotations

import hashlib
import time

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from intake.db.models import QueueJobRow
from intake.dist import queue
from intake.dist.plan import may_batch
from tests.pg import TempPostgres


@pytest.fixture(scope="module")
def pg_url():
    server = TempPostgres()
    url = server.start()
    yield url
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request, tmp_path):
    from intake.db.engine import open_db

    if request.param == "sqlite":
        return open_db(f"sqlite:///{tmp_path / 'intake.db'}")
    url, name = request.getfixturevalue("pg_url"), f"q{abs(hash(tmp_path)) % 10**8}"
    admin = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(sa.text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return open_db(url.rsplit("/", 1)[0] + f"/{name}")


def _queue(engine, tmp_path, pages: list[int]) -> list[int]:
    """One file per entry (invented bytes, this many pages), queued as a producer queues them: job IDs."""
    files = []
    for i, n in enumerate(pages):
        p = tmp_path / f"letter{i}.pdf"
        p.write_bytes(f"invented letter {i} of {n} pages {tmp_path}".encode())
        files.append(queue.NewFile(hashlib.sha256(p.read_bytes()).hexdigest(), p.name, str(p), p.stat().st_size, n,
                                   "db", str(p)))
    return queue.enqueue_files(engine, files)


def _jobs(engine) -> dict[int, tuple]:
    with engine.connect() as c:
        rows = c.execute(sa.text("SELECT id, state, attempts, worker, lease_key FROM queue_jobs ORDER BY id")).all()
    return {r[0]: tuple(r[1:]) for r in rows}


def test_a_worker_takes_waiting_files_under_its_lease_and_their_messages_then_do_nothing(engine, tmp_path):
    ids = _queue(engine, tmp_path, [1, 1, 3, 1, 1, 1, 1])
    first = queue.claim(engine, ids[0], "w1", "msg-1", 60)
    more = queue.claim_more(engine, first, "w1", "msg-1", 60)
    assert [c.job_id for c in more] == [ids[1], ids[3], ids[4]]  # four pages in all; the three-page file waits
    assert all(c.attempt == 1 and c.kind == "whole" for c in more)
    jobs = _jobs(engine)
    assert [jobs[i] for i in (ids[0], ids[1], ids[3], ids[4])] == [("running", 1, "w1", "msg-1")] * 4
    assert jobs[ids[2]] == ("queued", 0, None, None)

    assert queue.claim(engine, ids[1], "w2", "msg-2", 60) is None  # its own message: w1 has it
    assert _jobs(engine)[ids[1]] == ("running", 1, "w1", "msg-1")  # not counted as an attempt
    again = queue.claim(engine, ids[2], "w2", "msg-3", 60)  # the three-page file is still free
    assert again is not None and again.attempt == 1
    assert queue.release_lapsed(engine, "msg-9") == []  # every lease is live and held by others


def test_a_lapsed_lease_goes_back_to_the_queue_with_its_attempt_counted(engine, tmp_path):
    ids = _queue(engine, tmp_path, [1, 1, 1, 1, 1])
    first = queue.claim(engine, ids[0], "dead", "msg-dead", 1)  # a worker that claims, then dies
    more = queue.claim_more(engine, first, "dead", "msg-dead", 1)
    held = {ids[0], *(c.job_id for c in more)}
    assert len(held) == 3
    time.sleep(1.2)
    assert sorted(queue.release_lapsed(engine, "msg-other")) == sorted(held)
    jobs = _jobs(engine)
    assert all(jobs[i] == ("queued", 1, "dead", None) for i in held)
    taken = queue.claim(engine, ids[1], "w2", "msg-other", 60)
    assert taken is not None and taken.attempt == 2 and taken.last_error == queue.LOST
    assert not may_batch(taken.kind, taken.attempt)  # tried once: it runs alone now, gathering no others


def test_the_holders_own_message_handed_out_again_frees_its_whole_batch(engine, tmp_path):
    ids = _queue(engine, tmp_path, [1, 1, 1, 1, 1])
    first = queue.claim(engine, ids[0], "lost", "msg-1", 600)
    more = queue.claim_more(engine, first, "lost", "msg-1", 600)
    freed = queue.release_lapsed(engine, "msg-1")  # the broker redelivers msg-1: the run that took it is gone
    assert sorted(freed) == sorted([ids[0], *(c.job_id for c in more)])
    again = queue.claim(engine, ids[0], "w2", "msg-1", 600)
    assert again is not None and again.attempt == 2


def test_a_job_put_back_whose_new_message_never_went_out_is_sent_again_once_overdue(engine, tmp_path):
    """A worker puts a job back after a failed attempt, then is killed before it sends the job's new
    message: the job must not wait for a message that never comes (it once hung `intake batch`)."""
    ids = _queue(engine, tmp_path, [1, 1])
    assert queue.claim(engine, ids[0], "w1", "msg-1", 60) is not None
    queue.requeue(engine, ids[0], "took longer than 1 s", 1)
    assert queue.release_lapsed(engine, None) == []  # its message may still be on its way
    time.sleep(1.2)
    assert queue.release_lapsed(engine, None, 60) == [ids[0]]  # overdue: sent again; never-sent ids[1] is not
    assert queue.release_lapsed(engine, None, 60) == []  # and given a new minute for that message
    taken = queue.claim(engine, ids[0], "w2", "msg-2", 60)
    assert taken is not None and taken.attempt == 2 and taken.last_error == "took longer than 1 s"
    assert queue.release_lapsed(engine, "msg-3") == []  # claimed now: its live lease holds it


def test_a_done_job_delivered_twice_is_not_claimed(engine, tmp_path):
    ids = _queue(engine, tmp_path, [1, 1])
    c = queue.claim(engine, ids[0], "w1", "msg-1", 60)
    queue.mark_file(engine, c.file.id, c.job_id, "done")
    assert queue.claim(engine, ids[0], "w1", "msg-1", 60) is None  # the same message again
    assert queue.claim(engine, ids[0], "w2", "msg-2", 60) is None  # a second message for it
    assert queue.release_lapsed(engine, "msg-1") == []
    assert _jobs(engine)[ids[0]][:2] == ("done", 1)


def test_rows_another_worker_is_claiming_are_skipped_not_waited_for(engine, tmp_path):
    """FOR UPDATE SKIP LOCKED on PostgreSQL; on SQLite the claim updates only rows still queued."""
    ids = _queue(engine, tmp_path, [1] * 8)
    first = queue.claim(engine, ids[0], "w1", "msg-1", 60)
    if engine.dialect.name == "postgresql":
        with Session(engine) as other, other.begin():  # another worker mid-claim on the next two jobs
            other.execute(sa.select(QueueJobRow).where(QueueJobRow.id.in_(ids[1:3])).with_for_update())
            started = time.monotonic()
            more = queue.claim_more(engine, first, "w1", "msg-1", 60)
            assert time.monotonic() - started < 5
        assert [c.job_id for c in more] == [ids[3], ids[4]]
    else:
        with engine.begin() as c:  # another worker has just taken the next job
            c.execute(sa.text("UPDATE queue_jobs SET state = 'running', lease_key = 'msg-2' WHERE id = :i"),
                      {"i": ids[1]})
        more = queue.claim_more(engine, first, "w1", "msg-1", 60)
        assert [c.job_id for c in more] == ids[2:5]
    assert all(_jobs(engine)[c.job_id][3] == "msg-1" for c in more)
