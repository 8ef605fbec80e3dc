"""An ID nobody has (document, case, request, record) is one kind of mistake: every command that takes one
says which ID, with Click's usage line, and exits 2, as the README's exit codes say."""

from __future__ import annotations

import pytest

from intake.errors import ExitCode, NotFoundError, UsageError
from tests.conftest import SAMPLES, intake_cmd

UNKNOWN = [
    (["show", "999"], "no document with id 999"),
    (["fix", "999", "member_id", "X1"], "no document with id 999"),
    (["requests", "--case", "999"], "no case with id 999"),
    (["request", "sent", "999", "--via", "fax"], "no request with id 999"),
    (["request", "received", "999"], "no request with id 999"),
    (["request", "extended", "999"], "no request with id 999"),
    (["followup", "999"], "no request with id 999"),
    (["records", "add", "999", str(SAMPLES / "bd_eob_paid.pdf")], "no case with id 999"),
    (["records", "list", "999"], "no case with id 999"),
    (["records", "mark", "999", "--relevant"], "no record with id 999"),
    (["packet", "999", "--out", "packet"], "no case with id 999"),
]


@pytest.fixture(scope="module")
def empty_store(tmp_path_factory):
    root = tmp_path_factory.mktemp("notfound")
    env = {"INTAKE_HOME": str(root / "home"), "INTAKE_DATABASE_URL": f"sqlite:///{root / 'cases.db'}"}
    assert intake_cmd("db", "upgrade", cwd=root, env=env).returncode == 0
    return root, env


@pytest.mark.parametrize("args,reason", [pytest.param(a, r, id=" ".join(a[:2])) for a, r in UNKNOWN])
def test_an_unknown_id_exits_2_on_every_command(args, reason, empty_store):
    root, env = empty_store
    got = intake_cmd(*args, cwd=root, env=env)
    assert got.returncode == ExitCode.usage == 2, got.stderr
    assert reason in got.stderr and "Usage: " in got.stderr, got.stderr
    assert "Traceback" not in got.stderr and "internal error" not in got.stderr
    assert not (root / "packet").exists() and not (root / "papers").exists()


def test_every_not_found_error_is_a_usage_error():
    """The web layer answers 404 for any of them by catching the one base class."""
    from intake.records.ingest import CaseNotFound, RecordNotFound
    from intake.records.requests import RequestNotFound

    for cls in (CaseNotFound, RecordNotFound, RequestNotFound):
        assert issubclass(cls, NotFoundError) and issubclass(cls, UsageError)
        assert cls("x").exit_code == ExitCode.usage
