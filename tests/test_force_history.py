"""`intake batch --force` reads a stored file again without losing its case or its requests' history."""

from __future__ import annotations

import json
import shutil

from tests.conftest import SAMPLES, intake_cmd
from tests.records_factory import case_records, render
from tests.test_store import db_url, pg_url  # noqa: F401 - the store tests' SQLite and PostgreSQL

DENIAL = "bd_classic_mednec.pdf"


def _requests(root, env) -> list[dict]:
    got = intake_cmd("requests", "--json", "--date", "2026-04-10", cwd=root, env=env)
    assert got.returncode == 0, got.stderr
    return json.loads(got.stdout)


def test_force_keeps_the_case_and_the_requests(db_url, tmp_path):
    env = {"INTAKE_HOME": str(tmp_path / "home"), "INTAKE_DATABASE_URL": db_url}
    shutil.copy(SAMPLES / DENIAL, tmp_path / DENIAL)
    fields = json.loads((SAMPLES / f"{DENIAL}.truth.json").read_text())["fields"]
    assert intake_cmd("batch", DENIAL, "--out", "papers", "--jobs", "1", cwd=tmp_path, env=env).returncode == 0
    first = intake_cmd("list", cwd=tmp_path, env=env).stdout.split()
    case = first[2]
    before = _requests(tmp_path, env)
    assert len(before) == 2
    sent = intake_cmd("request", "sent", str(before[1]["id"]), "--date", "2026-04-02", "--via", "fax",
                      cwd=tmp_path, env=env)
    assert sent.returncode == 0, sent.stderr
    record = render(case_records(fields["service_dates"][0], fields["provider"])[4], tmp_path / "note.pdf")
    assert intake_cmd("records", "add", case, str(record), cwd=tmp_path, env=env).returncode == 0

    again = intake_cmd("batch", DENIAL, "--out", "papers", "--jobs", "1", "--force", cwd=tmp_path, env=env)
    assert again.returncode == 0, again.stderr
    listed = intake_cmd("list", cwd=tmp_path, env=env).stdout.splitlines()
    assert len(listed) == 1, listed  # read again, not stored twice
    new_doc, new_case = listed[0].split()[0], listed[0].split()[2]
    assert new_case == case  # the re-read document stays in its case
    after = _requests(tmp_path, env)
    assert [(r["id"], r["kind"], r["status"], r["sent_on"], r["via"]) for r in after] == [
        (before[0]["id"], "claim_file", "written", None, None),
        (before[1]["id"], "records", "sent", "2026-04-02", "fax")]
    assert {r["document"] for r in after} == {int(new_doc)}
    records = intake_cmd("records", "list", case, cwd=tmp_path, env=env)
    assert records.returncode == 0 and "note.pdf" in records.stdout
    packet = intake_cmd("packet", case, "--out", "packet", cwd=tmp_path, env=env)
    assert packet.returncode == 0 and "2 exhibits" in packet.stdout, packet.stderr
