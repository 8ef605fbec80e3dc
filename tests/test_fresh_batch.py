"""A batch into a new SQLite database starts reading before the schema exists (issue 19); what it stores,
skips and reports is what a batch into an existing database does."""

from __future__ import annotations

import os
import stat

from intake.db import repo
from intake.db.engine import open_db
from intake.db.where import new_sqlite_file
from intake.mailroom import stored_batch
from tests.test_store import letter


def test_new_sqlite_file_is_only_a_missing_or_empty_local_file(tmp_path, monkeypatch):
    path = tmp_path / "cases.db"
    assert new_sqlite_file(f"sqlite:///{path}")
    path.write_bytes(b"")
    assert new_sqlite_file(f"sqlite:///{path}")
    path.write_bytes(b"SQLite format 3\x00")
    assert not new_sqlite_file(f"sqlite:///{path}")
    assert not new_sqlite_file(f"sqlite:///{tmp_path / 'x.db'}?mode=ro")
    assert not new_sqlite_file("postgresql://u@127.0.0.1:1/db")
    assert not new_sqlite_file("sqlite:///:memory:")
    monkeypatch.setenv("INTAKE_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("INTAKE_DATABASE_URL", raising=False)
    assert new_sqlite_file(None)  # the default database, not made yet


def test_fresh_database_batch_stores_skips_and_fails_as_before(tmp_path):
    db = tmp_path / "new" / "cases.db"
    url = f"sqlite:///{db}"
    files = [letter(tmp_path / f"l{i}.pdf", f"W{300000 + i}", f"C{7000 + i}") for i in range(3)]
    twin = tmp_path / "twin.pdf"
    twin.write_bytes(open(files[0], "rb").read())
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    seen = []
    summary = stored_batch([*files, str(twin), str(bad), str(tmp_path / "gone.pdf")], db_url=url, jobs=2,
                           on_report=seen.append)
    assert stat.S_IMODE(os.stat(db).st_mode) == 0o600
    assert summary.files == 6 and len(summary.failures) == 2 and summary.skipped == 1
    assert summary.duplicates[0].path == str(twin)
    assert sorted(r.path for r in seen) == sorted([*files, str(bad), str(tmp_path / "gone.pdf")])
    engine = open_db(url)
    docs = repo.list_documents(engine, None, None, None, None, None)
    assert sorted(d["file"] for d in docs) == ["l0.pdf", "l1.pdf", "l2.pdf"]
    members = {repo.get_document(engine, d["id"])["extracted"]["member_id"] for d in docs}
    assert members == {"W300000", "W300001", "W300002"}
    again = stored_batch(files, db_url=url, jobs=2)  # the database exists now: everything is done
    assert again.skipped == 3 and len(repo.list_documents(open_db(url), None, None, None, None, None)) == 3


def test_unusable_new_database_is_one_error_and_no_hang(tmp_path):
    from intake.errors import DatabaseError

    blocked = tmp_path / "file"
    blocked.write_text("x")
    files = [letter(tmp_path / f"l{i}.pdf", f"W{400000 + i}", f"C{8000 + i}") for i in range(2)]
    try:
        stored_batch(files, db_url=f"sqlite:///{blocked}/sub/cases.db", jobs=2)
    except DatabaseError as exc:
        assert "cannot open database" in str(exc)
    else:
        raise AssertionError("a database under a file cannot be made")


def test_the_last_files_of_a_batch_go_one_to_a_job(tmp_path):
    """Four pages to one Tesseract run, except at the end, where one worker would be left reading alone."""
    from pathlib import Path

    from intake.batch import _page_queue

    files = [letter(tmp_path / f"q{i}.pdf", f"W{500000 + i}", f"C{6000 + i}") for i in range(10)]
    jobs = list(_page_queue(files, {}, lambda rep: None, tail=4))
    assert all(kind == "whole" for kind, _ in jobs)
    groups = [[Path(s.path).name for s in sources] for _, sources in jobs]
    assert groups == [["q0.pdf", "q1.pdf", "q2.pdf", "q3.pdf"], ["q4.pdf", "q5.pdf", "q6.pdf"], ["q7.pdf"],
                      ["q8.pdf"], ["q9.pdf"]]
    assert len(list(_page_queue(files, {}, lambda rep: None))) == 3  # no tail: 4, 4, 2
