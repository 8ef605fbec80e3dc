#!/usr/bin/env python3
"""Benchmark the shared queue (intake worker on Redis + PostgreSQL) against a local batch on this machine.

    .venv/bin/python bench/workers.py            # full run: 32 OCR pages, 2,000 one-page born-digital files
    .venv/bin/python bench/workers.py --tiny     # smoke run (used by the tests)

Starts its own redis-server and PostgreSQL (fsync on) on loopback, and real `intake worker` processes.
Prints a table and writes bench/results/queue.json; docs/scaling.md is written from these figures.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from run import INTAKE, build_inputs, timed  # noqa: E402
from tests.pg import TempPostgres  # noqa: E402
from tests.services import TempRedis, Worker  # noqa: E402


def born_files(folder: Path, n: int, seed: int) -> list[Path]:
    """n one-page letters with a text layer, each different (the queue would skip repeats)."""
    from fpdf import FPDF

    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        pdf = FPDF(format="letter")
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        for line in ("Northwind Health Plan", "Notice of adverse benefit determination", f"Member ID: NW{seed}{i:07d}",
                     f"Claim Number: C{seed}{i:08d}", "Date of service: 03/14/2026", "Amount billed: $1,240.00",
                     "We denied this claim because the service was not medically necessary."):
            pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
        path = folder / f"l{seed}-{i:05d}.pdf"
        pdf.output(str(path))
        out.append(path)
    return out


def new_db(admin_url: str, name: str) -> str:
    import sqlalchemy as sa

    eng = sa.create_engine(admin_url.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT")
    with eng.connect() as c:
        c.execute(sa.text(f"CREATE DATABASE {name}"))
    eng.dispose()
    url = admin_url.rsplit("/", 1)[0] + f"/{name}"
    timed([INTAKE, "db", "upgrade", "--db", url])
    return url


def redis_info(redis: TempRedis) -> dict:
    info = {}
    for line in redis.cli("info").splitlines():
        if ":" in line and not line.startswith("#"):
            k, v = line.split(":", 1)
            info[k] = v.strip()
    return info


def pg_counters(url: str) -> tuple[int, int]:
    """(committed transactions, rows written) in this database so far."""
    import sqlalchemy as sa

    eng = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with eng.connect() as c:
        row = c.execute(sa.text("SELECT xact_commit, tup_inserted + tup_updated + tup_deleted FROM pg_stat_database "
                                "WHERE datname = current_database()")).one()
    eng.dispose()
    return int(row[0]), int(row[1])


def pg_connections(admin_url: str) -> int:
    import sqlalchemy as sa

    eng = sa.create_engine(admin_url.replace("postgresql://", "postgresql+psycopg://"))
    with eng.connect() as c:
        n = c.execute(sa.text("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'")).scalar()
    eng.dispose()
    return int(n) - 1  # not counting this one


def measure(work: Path, tiny: bool, jobs: int) -> dict:
    inp = build_inputs(work, tiny)
    ocr = [str(p) for p in inp["ocr_pages"]]
    n_born = 40 if tiny else 2000
    born = [str(p) for p in born_files(work / "born2k", n_born, 1)]
    spare = [str(p) for p in born_files(work / "spare", 20 if tiny else 500, 2)]
    res: dict = {"jobs": jobs, "ocr_pages": len(ocr), "born_files": n_born}

    local_ocr, _ = timed([INTAKE, "batch", "--jobs", str(jobs), "--db", f"sqlite:///{work / 'l1.db'}", *ocr])
    local_born, _ = timed([INTAKE, "batch", "--jobs", str(jobs), "--db", f"sqlite:///{work / 'l2.db'}", *born])
    res["local_ocr_pages_per_s"] = len(ocr) / local_ocr
    res["local_born_s"] = local_born

    pg, redis = TempPostgres(fsync=True), TempRedis()
    admin, broker = pg.start(), redis.start()
    try:
        res.update(queued(work, admin, broker, redis, ocr, born, spare, jobs))
    finally:
        redis.stop()
        pg.stop()
    res["queue_vs_local_ocr"] = res["queue_ocr_pages_per_s"] / res["local_ocr_pages_per_s"]
    res["queue_overhead_ms_per_job"] = (res["queue_born_s"] - local_born) * jobs / n_born * 1000
    return res


def queued(work, admin, broker, redis, ocr, born, spare, jobs) -> dict:
    res: dict = {}
    db = new_db(admin, "bench")
    workers = [Worker(f"b{i}@bench", broker, db, work) for i in range(jobs)]
    try:
        time.sleep(3)  # resident workers: their start-up is paid once, not per batch
        wall, _ = timed([INTAKE, "batch", "--broker", broker, "--db", db, *ocr])
        res["queue_ocr_pages_per_s"] = len(ocr) / wall
        cmds0, (tx0, rows0) = int(redis_info(redis)["total_commands_processed"]), pg_counters(db)
        conns = []
        start = time.monotonic()
        import subprocess

        proc = subprocess.Popen([INTAKE, "batch", "--broker", broker, "--db", db, *born],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        while proc.poll() is None:
            conns.append(pg_connections(admin))
            time.sleep(0.5)
        res["queue_born_s"] = time.monotonic() - start
        cmds1, (tx1, rows1) = int(redis_info(redis)["total_commands_processed"]), pg_counters(db)
        n = len(born)
        res["redis_commands_per_job"] = (cmds1 - cmds0) / n
        res["pg_commits_per_job"] = (tx1 - tx0) / n
        res["pg_rows_written_per_job"] = (rows1 - rows0) / n
        res["pg_connections_peak"] = max(conns or [0])
        res["queue_born_files_per_s"] = n / res["queue_born_s"]
    finally:
        for w in workers:
            w.stop()
    mem0 = int(redis_info(redis)["used_memory"])
    timed([INTAKE, "batch", "--broker", broker, "--db", db, "--no-wait", *spare])  # no worker: all stay queued
    res["redis_bytes_per_queued_job"] = (int(redis_info(redis)["used_memory"]) - mem0) / len(spare)
    return res


def report(res: dict) -> str:
    rows = [("local intake batch --jobs %d, OCR pages (pages/s)" % res["jobs"], res["local_ocr_pages_per_s"], ""),
            ("%d workers on the queue, same pages (pages/s)" % res["jobs"], res["queue_ocr_pages_per_s"], ""),
            ("queue vs local, OCR pages", res["queue_vs_local_ocr"], ">=0.95"),
            ("%d one-page text files: local batch (s)" % res["born_files"], res["local_born_s"], ""),
            ("%d one-page text files: queue (s)" % res["born_files"], res["queue_born_s"], ""),
            ("queue's own cost per job (ms of worker time)", res["queue_overhead_ms_per_job"], "<=20"),
            ("Redis commands per job", res["redis_commands_per_job"], ""),
            ("Redis memory per queued job (bytes)", res["redis_bytes_per_queued_job"], ""),
            ("PostgreSQL commits per job", res["pg_commits_per_job"], ""),
            ("PostgreSQL rows written per job", res["pg_rows_written_per_job"], ""),
            ("PostgreSQL client connections, peak", res["pg_connections_peak"], "")]
    out = [f"{'measure':52s} {'value':>10s}  target"]
    for label, v, target in rows:
        out.append(f"{label:52s} {v:10.3f}  {target}")
    res["targets"] = {"queue_vs_local_ocr": {"value": res["queue_vs_local_ocr"], "target": ">=0.95",
                                             "met": res["queue_vs_local_ocr"] >= 0.95},
                      "queue_overhead_ms_per_job": {"value": res["queue_overhead_ms_per_job"], "target": "<=20",
                                                    "met": res["queue_overhead_ms_per_job"] <= 20}}
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tiny", action="store_true")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "queue.json"))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="intake-qbench-") as tmp:
        res = measure(Path(tmp), args.tiny, args.jobs)
    res["tiny"], res["cpu_count"] = args.tiny, os.cpu_count()
    print(report(res))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=1) + "\n")
    print(f"written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
