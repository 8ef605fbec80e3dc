"""Workers on a real Redis and a real PostgreSQL: a lost worker, duplicates, a broken file, nothing on the wire."""

from __future__ import annotations

import base64
import json
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.conftest import SAMPLES, intake_cmd
from tests.pg import TempPostgres
from tests.services import TempRedis, Worker

pytestmark = pytest.mark.ocr

OCR_PAGES = ["stack_mail_a.pdf", "stack_copy_c.pdf", "scan_eob_mednec.pdf", "lowres_eob_elig.pdf"]  # 14 pages
TEXT_PAGES = ["stack_bd_d.pdf", "bd_classic_oon.pdf", "bd_classic_timely.pdf", "c_bd_vendor_mednec.pdf",
              "b_bd_narrative_exper.pdf"] * 2 + ["bd_eob_coding.pdf"] * 2  # 26 pages
SINGLES = ["bd_classic_mednec.pdf", "bd_eob_paid.pdf", "bd_grid_priorauth.pdf", "bd_idn_loc.pdf",
           "bd_spanish_notcov.pdf", "c_bd_dependent_oon.pdf", "c_bd_eob_es_notcov.pdf", "d_bd_box_mednec.pdf",
           "d_bd_eob_detail_pa.pdf", "e_bd_inline_notcov.pdf", "e_bd_side_mednec.pdf", "b_bd_msn.pdf",
           "b_bd_overturned.pdf", "bd_approval.pdf", "b_bd_medicaid_pa.pdf", "b_fax_upheld_oon.tif", "b_lowres_upheld_coding.png"]
QUEUE_ENV = {"INTAKE_JOB_TIME_LIMIT": "60", "INTAKE_VISIBILITY_TIMEOUT": "15"}


def _stack(target: Path) -> None:
    """40 pages in one PDF: 14 scanned, 26 with a text layer, several documents."""
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    for name in OCR_PAGES + TEXT_PAGES:
        src = pdfium.PdfDocument(str(SAMPLES / name))
        out.import_pages(src)
        src.close()
    assert len(out) == 40
    out.save(str(target))


@pytest.fixture(scope="module")
def services():
    pg, redis = TempPostgres(), TempRedis()
    db, broker = pg.start(), redis.start()
    up = intake_cmd("db", "upgrade", "--db", db)  # a plain postgresql:// URL, as providers hand them out
    assert up.returncode == 0 and "schema up to date" in up.stdout, up.stderr
    yield db, broker, redis
    redis.stop()
    pg.stop()


@pytest.fixture(scope="module")
def inbox(tmp_path_factory) -> list[str]:
    """20 files: a 40-page stack, 16 single documents, a duplicate under another name and a broken PDF."""
    d = tmp_path_factory.mktemp("mail")
    _stack(d / "stack40.pdf")
    for name in SINGLES:
        shutil.copy(SAMPLES / name, d / name)
    shutil.copy(SAMPLES / SINGLES[0], d / "copy-of-first.pdf")
    (d / "broken.pdf").write_bytes((SAMPLES / SINGLES[1]).read_bytes()[:700])
    files = sorted(str(p) for p in d.iterdir())
    assert len(files) == 20
    return files


def _engine(url: str):
    return sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://"))


def _wait_for(predicate, timeout: float, what: str):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        found = predicate()
        if found:
            return found
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def _stored(url: str) -> dict[str, list[dict]]:
    """sha -> its documents' results, as the store keeps them."""
    eng = _engine(url) if url.startswith("postgresql") else sa.create_engine(url)
    with eng.connect() as c:
        rows = c.execute(sa.text("SELECT s.sha256, d.result FROM documents d JOIN source_files s "
                                 "ON s.id = d.source_id ORDER BY s.sha256, d.first_page")).all()
    eng.dispose()
    out: dict[str, list[dict]] = {}
    for sha, result in rows:
        out.setdefault(sha, []).append(result if isinstance(result, dict) else json.loads(result))
    return out


def _decoded_capture(text: str) -> str:
    """The monitor capture plus every base64 payload in it decoded (Celery bodies travel base64-encoded)."""
    parts = [text]
    for blob in re.findall(r"[A-Za-z0-9+/=]{24,}", text):
        try:
            parts.append(base64.b64decode(blob + "=" * (-len(blob) % 4)).decode("utf-8", "replace"))
        except ValueError:
            continue
    return "\n".join(parts)


def test_two_workers_a_killed_one_and_the_same_results_as_a_local_batch(services, inbox, tmp_path):
    db, broker, redis = services
    capture = tmp_path / "monitor.txt"
    monitor = redis.monitor(capture)
    workers = [Worker("w1@test", broker, db, tmp_path, QUEUE_ENV), Worker("w2@test", broker, db, tmp_path, QUEUE_ENV)]
    eng = _engine(db)
    try:
        producer = subprocess.Popen([*_cmd(), "batch", *inbox, "--broker", broker, "--db", db],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                    env={**_env(), **QUEUE_ENV})

        def w1_reading_pages():
            with eng.connect() as c:
                return c.execute(sa.text("SELECT id FROM queue_jobs WHERE worker = 'w1@test' AND state = 'running' "
                                         "AND kind = 'pages'")).scalar()
        killed_job = _wait_for(w1_reading_pages, 180, "worker 1 to read pages of the stack")
        workers[0].kill()  # a lost machine: no goodbye, no acknowledgement
        workers.append(Worker("w3@test", broker, db, tmp_path, QUEUE_ENV))
        out, err = producer.communicate(timeout=400)
    finally:
        for w in workers:
            w.stop()
        monitor.terminate()
        monitor.wait(10)

    assert producer.returncode == 1, err
    assert "broken.pdf" in err and "failed: 1" in err, err
    with eng.connect() as c:
        job = c.execute(sa.text("SELECT state, attempts, worker FROM queue_jobs WHERE id = :i"), {"i": killed_job}).one()
        states = dict(c.execute(sa.text("SELECT state, count(*) FROM queue_files GROUP BY state")).all())
        done = c.execute(sa.text("SELECT count(*) FROM source_files WHERE status = 'done'")).scalar()
    eng.dispose()
    assert job.state == "done" and job.attempts == 2 and job.worker != "w1@test"  # ran again elsewhere
    assert states.get("done") == 18 and not states.get("queued")  # 20 files - duplicate - broken (never queued)
    assert done == 18

    local_db = f"sqlite:///{tmp_path / 'local.db'}"
    local = intake_cmd("batch", *inbox, "--db", local_db, "--jobs", "2")
    assert local.returncode == 1, local.stderr
    remote = _stored(db)
    assert remote == _stored(local_db)  # every document stored once, equal to a local run
    stack = [docs for docs in remote.values() if docs[0]["file"].endswith("stack40.pdf")][0]
    assert sum(len(d["pages"]) for d in stack) >= 38 and len(stack) >= 5

    wire = _decoded_capture(capture.read_text(errors="replace"))
    assert "LPUSH" in wire or "lpush" in wire.lower()  # the capture did see the jobs go out
    secrets = set()
    for docs in remote.values():
        for d in docs:
            f = d["fields"]
            secrets |= {f["member_id"], f["member_name"], f["plan_id"], *f["case_numbers"]} - {None}
    secrets |= {Path(p).name for p in inbox}
    leaked = sorted(s for s in secrets if s and s in wire)
    assert not leaked, f"health information on the broker: {len(leaked)} value(s)"

    rerun = intake_cmd("batch", *inbox, "--broker", broker, "--db", db, env=QUEUE_ENV)
    # 18 stored files and the copy of one of them are skipped; the broken file is tried (and fails) again
    assert rerun.returncode == 1 and "19 already done" in rerun.stderr, rerun.stderr


def test_a_poison_file_is_given_up_after_three_attempts_and_the_worker_lives(services, tmp_path):
    db, broker, _ = services
    broker = broker[:-1] + "1"  # a queue of its own
    slow, quick = tmp_path / "slow.pdf", tmp_path / "quick.pdf"
    shutil.copy(SAMPLES / "stack_copy_c.pdf", slow)  # four scanned pages: far longer than 2 s
    shutil.copy(SAMPLES / "bd_classic_mednec.pdf", quick)
    env = {"INTAKE_JOB_TIME_LIMIT": "2", "INTAKE_VISIBILITY_TIMEOUT": "20"}
    worker = Worker("poison@test", broker, db, tmp_path, env)
    eng = _engine(db)

    def slow_state():
        with eng.connect() as c:
            return tuple(c.execute(sa.text("SELECT state, finished_at FROM queue_files WHERE name = 'slow.pdf'")).one())
    try:
        r = intake_cmd("batch", str(slow), str(quick), "--broker", broker, "--db", db, "--force", env=env)
        assert worker.proc.poll() is None  # still serving
        before = slow_state()
        assert before[0] == "failed"
        retry = intake_cmd("queue", "retry", "--failed", "--broker", broker, "--db", db)
        assert retry.returncode == 0 and "1 job(s) sent again" in retry.stdout, retry.stdout + retry.stderr
        first_failure = before[1]
        _wait_for(lambda: slow_state()[0] == "failed" and slow_state()[1] > first_failure, 240,
                  "the retried poison file to fail again")
    finally:
        worker.stop()
        eng.dispose()
    assert r.returncode == 1, r.stderr
    assert re.search(r"slow\.pdf: stopped after 3 attempts \((took longer than|Tesseract took longer)", r.stderr), r.stderr
    assert "quick.pdf" not in r.stderr.split("failed:")[1]
    status = intake_cmd("queue", "status", "--db", db, "--json")
    st = json.loads(status.stdout)
    assert st["files"]["failed"] >= 1 and "poison@test" in st["workers"]


def _cmd() -> list[str]:
    from tests.services import intake_cmd as exe

    return exe()


def _env() -> dict:
    import os

    return dict(os.environ)


def test_watch_hands_the_inbox_to_the_workers(services, tmp_path):
    db, broker, _ = services
    broker = broker[:-1] + "2"
    inbox, archive, failed, out = (tmp_path / n for n in ("inbox", "archive", "failed", "papers"))
    inbox.mkdir()
    shutil.copy(SAMPLES / "bd_classic_timely.pdf", inbox / "letter.pdf")  # not sent by the other tests
    shutil.copy(SAMPLES / "scan_eob_mednec.pdf", inbox / "scanned-eob.pdf")
    (inbox / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    worker = Worker("watchw@test", broker, db, tmp_path)
    try:
        r = intake_cmd("watch", str(inbox), "--archive", str(archive), "--failed", str(failed), "--out", str(out),
                       "--broker", broker, "--db", db, "--settle", "0.5", "--interval", "0.2", "--once")
    finally:
        worker.stop()
    assert r.returncode == 0, r.stderr
    assert (archive / "letter.pdf").exists() and (archive / "scanned-eob.pdf").exists()
    assert "damaged" in (failed / "broken.pdf.txt").read_text()
    assert not list(inbox.iterdir())
    papers = list(out.rglob("claim_file_request.pdf"))
    assert len(papers) >= 1 and oct(papers[0].stat().st_mode & 0o777) == "0o600"


def test_originals_in_a_shared_folder_are_removed_once_stored(services, tmp_path):
    db, broker, _ = services
    broker = broker[:-1] + "3"
    store = tmp_path / "shared-store"
    files = []
    for name in ("b_bd_upheld_mednec.pdf", "c_bd_vendor_mednec.pdf"):  # not sent by the other tests
        shutil.copy(SAMPLES / name, tmp_path / name)
        files.append(str(tmp_path / name))
    worker = Worker("store@test", broker, db, tmp_path)
    try:
        r = intake_cmd("batch", *files, "--broker", broker, "--db", db, "--store", f"file://{store}")
    finally:
        worker.stop()
    assert r.returncode == 0, r.stderr
    assert "2 files" in r.stderr and "denial letter" in r.stderr
    assert store.is_dir() and not [p for p in store.rglob("*") if p.is_file()]  # no second copy kept
    assert all(oct(p.stat().st_mode & 0o777) == "0o700" for p in [store, *store.iterdir()])
    eng = _engine(db)
    with eng.connect() as c:
        blobs = c.execute(sa.text("SELECT blob FROM queue_files WHERE name = 'b_bd_upheld_mednec.pdf'")).scalar()
        import hashlib

        shas = [hashlib.sha256(open(f, "rb").read()).hexdigest() for f in files]
        kept = c.execute(sa.text("SELECT count(*) FROM originals WHERE sha256 IN (:a, :b)"),
                         {"a": shas[0], "b": shas[1]}).scalar()
    eng.dispose()
    assert blobs == f"file://{store}"
    assert kept == 2  # the review page keeps its own copy of each original, to show the page that was read
