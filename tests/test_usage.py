"""Command-line mistakes, one per command: Click's usage line, the reason, a suggestion where one fits, exit 2."""

from __future__ import annotations

import pytest

from intake.errors import ExitCode
from tests.conftest import SAMPLES, intake_cmd

NO_DB = "sqlite:////nonexistent-intake-folder/never.db"  # never opened: the mistake is found first

MISTAKES = [
    (["foo"], "No such command 'foo'", None),
    (["proces", "x.pdf"], "No such command 'proces'", "Did you mean 'process'?"),
    (["process"], "Missing argument 'FILES...'", None),
    (["process", "--bogus", "x"], "No such option: --bogus", None),
    (["process", "x.pdf", "--jsn"], "No such option: --jsn", "--json"),
    (["batch"], "Missing argument 'PATHS...'", None),
    (["batch", "x.pdf", "--jobs", "many"], "'many' is not a valid int.", None),
    (["batch", str(SAMPLES / "bd_eob_paid.pdf"), "--no-wait", "--out", "papers"], "drop --no-wait", None),
    (["watch"], "Missing argument 'INBOX'", None),
    (["watch", "inbox", "--settle", "soon"], "'soon' is not a valid float", None),
    (["list", "--bogus"], "No such option: --bogus", None),
    (["show"], "Missing argument 'DOC_ID'", None),
    (["show", "abc"], "'abc' is not a valid int.", None),
    (["fix", "1"], "Missing argument 'FIELD'", None),
    (["export", "--format", "xml", "--db", NO_DB], "--format must be csv or json", None),
    (["purge"], "Missing option '--member'", None),
    (["db", "upgrad"], "No such command 'upgrad'", "Did you mean 'upgrade'?"),
    (["worker", "--concurrency", "x"], "'x' is not a valid int.", None),
    (["queue", "retry", "--db", NO_DB], "intake queue retry --failed --broker URL", None),
    (["queue", "stat"], "No such command 'stat'", "Did you mean 'status'?"),
    (["rules", "chek"], "No such command 'chek'", "Did you mean 'check'?"),
    (["rules", "check", "--rules"], "No such option: --rules", "--rules-dir"),
    (["requests", "--case", "x"], "'x' is not a valid int.", None),
    (["requests", "--date", "soon", "--db", NO_DB], "--date must be a date as YYYY-MM-DD", None),
    (["request", "sen"], "No such command 'sen'", "Did you mean 'sent'?"),
    (["request", "sent"], "Missing argument 'REQUEST_ID'", None),
    (["request", "received", "x"], "'x' is not a valid int.", None),
    (["request", "extended", "1", "--until", "later", "--db", NO_DB], "--until must be a date as YYYY-MM-DD", None),
    (["followup"], "Missing argument 'REQUEST_ID'", None),
    (["records", "add", "1"], "Missing argument 'FILES...'", None),
    (["records", "lst"], "No such command 'lst'", "Did you mean 'list'?"),
    (["records", "mark", "1", "--relevent"], "No such option: --relevent", "--relevant"),
    (["packet", "1"], "Missing option '--out'", None),
    (["serve", "--port", "x"], "'x' is not a valid int.", None),
    (["user", "ad"], "No such command 'ad'", "Did you mean 'add'?"),
    (["user", "add", "ana"], "Missing option '--role'", None),
    (["user", "add", "ana", "--role", "boss", "--db", NO_DB], "role must be one of admin, reviewer, viewer", None),
]


@pytest.mark.parametrize("args,reason,hint", [pytest.param(a, r, h, id=" ".join(a[:2])) for a, r, h in MISTAKES])
def test_a_command_line_mistake_is_a_usage_error(args, reason, hint, tmp_path):
    got = intake_cmd(*args, cwd=tmp_path)
    assert got.returncode == ExitCode.usage == 2, got.stderr
    assert "Usage: " in got.stderr and "--help' for help." in got.stderr, got.stderr
    assert reason in got.stderr, got.stderr
    if hint:
        assert hint in got.stderr, got.stderr
    assert "internal error" not in got.stderr and "Traceback" not in got.stderr
    assert not (tmp_path / "papers").exists()


def test_a_group_without_its_command_shows_its_help():
    got = intake_cmd("queue")
    assert got.returncode == 2 and "retry" in got.stderr and "status" in got.stderr


def test_a_half_imported_multiprocessing_counts_no_children(monkeypatch):
    """The fast exit asks multiprocessing for live children; while the warm-up thread is still importing it
    (a module without its attributes yet) the answer is 'none', not a traceback."""
    import sys
    import types

    from intake.cli import _children_running

    monkeypatch.setitem(sys.modules, "multiprocessing", types.ModuleType("multiprocessing"))
    assert _children_running() is False
