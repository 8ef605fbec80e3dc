"""The case database on SQLite and on a real PostgreSQL server: stored once, cases linked, fixes kept, purge."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fpdf import FPDF

from intake.db import repo
from intake.db.engine import open_db
from intake.mailroom import correct, stored_batch
from tests.conftest import SAMPLES, intake_cmd
from tests.pg import TempPostgres


@pytest.fixture(scope="session")
def pg_url():
    server = TempPostgres()
    url = server.start()
    yield url
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'intake.db'}"
    url = request.getfixturevalue("pg_url")
    name = f"t{abs(hash(tmp_path)) % 10**8}"
    import sqlalchemy as sa

    admin = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(sa.text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return url.rsplit("/", 1)[0] + f"/{name}"


def letter(path, member: str, claim: str, kind: str = "letter", amount: str = "1200.00"):
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    lines = ["Cascade Mutual Health", "March 3, 2026", "RE: Notice of denial" if kind == "letter" else
             "EXPLANATION OF BENEFITS", f"Member ID: {member}", "Member Name: Ana M. Reyes", f"Claim Number: {claim}",
             "Date of Service: 02/10/2026", f"Amount Billed: ${amount}",
             "We have denied this claim because the service is not medically necessary.",
             "You may appeal within 180 days of the date of this letter."]
    for line in lines:
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return str(path)


def test_batch_stores_each_document_once_and_reruns_do_nothing(db_url, tmp_path):
    files = [letter(tmp_path / f"l{i}.pdf", f"W{100000 + i}", f"C{9000 + i}") for i in range(12)]
    files.append(str(SAMPLES / "stack_bd_d.pdf"))
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    first = stored_batch(files + [str(bad)], db_url=db_url, jobs=2)
    assert first.failed and len(first.failures) == 1 and "bad.pdf" in first.failures[0][1]
    docs = repo.list_documents(open_db(db_url))
    assert len(docs) == 14  # 12 letters and the two documents of the stack
    again = stored_batch(files, db_url=db_url, jobs=2)
    assert again.skipped == len(files) and again.pages == 0
    assert len(repo.list_documents(open_db(db_url))) == 14


def test_letter_and_its_eob_share_a_case(db_url, tmp_path):
    a = letter(tmp_path / "denial.pdf", "W555", "C777")
    b = letter(tmp_path / "eob.pdf", "W555", "C777", kind="eob")
    c = letter(tmp_path / "other.pdf", "W555", "C888")
    stored_batch([a, b, c], db_url=db_url, jobs=1)
    cases = {d["file"]: d["case"] for d in repo.list_documents(open_db(db_url))}
    assert cases["denial.pdf"] == cases["eob.pdf"] != cases["other.pdf"]


def test_fix_is_kept_beside_the_extracted_value_and_papers_follow(db_url, tmp_path):
    f = letter(tmp_path / "d.pdf", "W321", "C321")
    stored_batch([f], db_url=db_url, jobs=1, out_dir=str(tmp_path / "papers"))
    engine = open_db(db_url)
    doc_id = repo.list_documents(engine)[0]["id"]
    assert correct(engine, doc_id, "claim_amount", "1300.00") > 0
    doc = repo.get_document(engine, doc_id)
    assert doc["result"]["fields"]["claim_amount"] == "1300.00"
    assert doc["extracted"]["claim_amount"] == "1200.00"
    import subprocess

    text = subprocess.run(["pdftotext", doc["papers"]["claim_file_request"], "-"], capture_output=True,
                          text=True).stdout
    assert "1300.00" in text


def test_fix_on_the_second_document_of_a_stack_keeps_its_folder_and_requester(db_url, tmp_path):
    """A stacked file's second document has its own papers folder (-doc2); a fix rewrites those papers,
    not the first document's, for the same requester (name, address, representative wording)."""
    import subprocess

    papers = tmp_path / "papers"
    requester = {"name": "Jo Park", "address": "1 Main St, Salem OR 97301", "advocate": True,
                 "organization": "County Legal Aid", "providers": []}
    stored_batch([str(SAMPLES / "stack_bd_d.pdf")], db_url=db_url, jobs=1, out_dir=str(papers), requester=requester)
    engine = open_db(db_url)
    docs = sorted(repo.list_documents(engine), key=lambda d: d["id"])
    assert len(docs) == 2
    first, second = (repo.get_document(engine, d["id"]) for d in docs)
    first_paper = Path(first["papers"]["claim_file_request"])
    before = first_paper.read_bytes()
    folder = Path(second["papers"]["claim_file_request"]).parent
    assert folder.name.endswith("-doc2") and folder != first_paper.parent

    assert correct(engine, second["id"], "claim_amount", "4321.00") > 0
    fixed = repo.get_document(engine, second["id"])
    assert {Path(p).parent for p in fixed["papers"].values()} == {folder}
    assert first_paper.read_bytes() == before, "the first document's papers are left alone"
    text = " ".join(subprocess.run(["pdftotext", fixed["papers"]["claim_file_request"], "-"], capture_output=True,
                                   text=True).stdout.split())
    assert "4,321.00" in text or "4321.00" in text
    assert "Jo Park" in text and "1 Main St, Salem OR 97301" in text
    assert "authorized representative" in text and "County Legal Aid" in text
    assert "authorization" in fixed["papers"]


def test_export_and_purge(db_url, tmp_path):
    a = letter(tmp_path / "a.pdf", "W1001", "C1001")
    b = letter(tmp_path / "b.pdf", "W2002", "C2002")
    stored_batch([a, b], db_url=db_url, jobs=1, out_dir=str(tmp_path / "papers"))
    engine = open_db(db_url)
    rows = json.loads(repo.export(engine, "json"))
    assert {r["fields"]["member_id"] for r in rows} == {"W1001", "W2002"} and all("case" in r for r in rows)
    assert "member_id" in repo.export(engine, "csv").splitlines()[0]
    docs, files = repo.purge_member(engine, "W1001")
    assert docs == 1 and files > 0
    left = json.loads(repo.export(engine, "json"))
    assert [r["fields"]["member_id"] for r in left] == ["W2002"]
    assert not any("a-" in p.name for p in (tmp_path / "papers").iterdir() if list(p.iterdir()))


def test_hundred_files_two_jobs(tmp_path):
    db = f"sqlite:///{tmp_path / 'intake.db'}"
    files = [letter(tmp_path / f"f{i:03d}.pdf", f"M{i:05d}", f"K{i:05d}") for i in range(100)]
    got = intake_cmd("batch", "--jobs", "2", "--db", db, *files)
    assert got.returncode == 0, got.stderr
    assert len(repo.list_documents(open_db(db))) == 100
    again = intake_cmd("batch", "--jobs", "2", "--db", db, *files)
    assert again.returncode == 0 and "100 already done" in again.stderr
    assert len(repo.list_documents(open_db(db))) == 100


def test_database_files_are_private(tmp_path):
    home = tmp_path / "home"
    got = intake_cmd("db", "upgrade", env={"INTAKE_HOME": str(home)})
    assert got.returncode == 0, got.stderr
    assert (home.stat().st_mode & 0o077) == 0 and ((home / "intake.db").stat().st_mode & 0o077) == 0
    assert "secret" not in intake_cmd("db", "upgrade", "--db", "postgresql://u:secret@127.0.0.1:1/x").stderr


def test_schema_head_constant_matches_the_migrations(tmp_path):
    from alembic.script import ScriptDirectory

    from intake.db.engine import SCHEMA_HEAD, alembic_config

    engine = open_db(f"sqlite:///{tmp_path / 'x.db'}")
    assert ScriptDirectory.from_config(alembic_config(engine)).get_current_head() == SCHEMA_HEAD


def test_two_batches_at_once_share_one_database(db_url, tmp_path):
    """Two batch processes on the same database, overlapping files: each document stored exactly once."""
    import subprocess
    import sys
    from pathlib import Path

    files = [letter(tmp_path / f"m{i}.pdf", f"V{5000 + i}", f"D{5000 + i}") for i in range(16)]
    exe = str(Path(sys.executable).with_name("intake"))
    runs = [subprocess.Popen([exe, "batch", "--jobs", "1", "--db", db_url, *chunk], stderr=subprocess.PIPE, text=True)
            for chunk in (files[:12], files[4:])]
    for p in runs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    docs = repo.list_documents(open_db(db_url))
    assert sorted(d["file"] for d in docs) == sorted(Path(f).name for f in files)


def test_migrations_build_the_same_schema_as_a_new_database(db_url):
    """New databases are created from the models at head; the migrations must build exactly that."""
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from intake.db.engine import SCHEMA_HEAD, alembic_config, open_db, resolve_url, schema_current
    from intake.db.models import Base
    import sqlalchemy as sa

    engine = sa.create_engine(resolve_url(db_url))
    command.upgrade(alembic_config(engine), "head")  # the long way, step by step
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    assert schema_current(engine)
    engine.dispose()
    fresh = open_db(db_url.replace("intake.db", "fresh.db") if db_url.startswith("sqlite") else db_url)
    with fresh.connect() as conn:
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
