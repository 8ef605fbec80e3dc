"""`intake user` and `intake serve` on the command line: passwords never as arguments, no public bind without users."""

from __future__ import annotations

import subprocess
import sys

import pytest

from intake.errors import UsageError
from intake.web.server import allowed_hosts, check_bind
from tests.conftest import ROOT, intake_cmd


def run(tmp_path, *args, stdin: str = ""):
    import os

    exe = [sys.executable, "-m", "intake"]
    env = dict(os.environ, INTAKE_HOME=str(tmp_path / "home"))
    return subprocess.run(exe + list(args), input=stdin, capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=120)


def test_user_commands(tmp_path):
    db = f"sqlite:///{tmp_path / 'intake.db'}"
    ok = run(tmp_path, "user", "add", "ana", "--role", "reviewer", "--db", db, stdin="a long enough secret\n")
    assert ok.returncode == 0 and "user ana added (reviewer)" in ok.stdout
    assert "a long enough secret" not in ok.stdout + ok.stderr
    twice = run(tmp_path, "user", "add", "ana", "--role", "reviewer", "--db", db, stdin="a long enough secret\n")
    assert twice.returncode == 2 and "Error: user ana already exists" in twice.stderr
    short = run(tmp_path, "user", "add", "bo", "--role", "viewer", "--db", db, stdin="short\n")
    assert short.returncode == 2 and "at least 10 characters" in short.stderr and "Traceback" not in short.stderr
    role = run(tmp_path, "user", "add", "cy", "--role", "boss", "--db", db, stdin="a long enough secret\n")
    assert role.returncode == 2 and "role must be one of admin, reviewer, viewer" in role.stderr
    assert run(tmp_path, "user", "passwd", "ana", "--db", db, stdin="another long secret\n").returncode == 0
    assert run(tmp_path, "user", "disable", "ana", "--db", db).returncode == 0
    listed = run(tmp_path, "user", "list", "--db", db).stdout
    assert "ana" in listed and "reviewer" in listed and "disabled" in listed
    from intake.db.engine import open_db
    from intake.db.users import authenticate

    assert authenticate(open_db(db), "ana", "another long secret", "t") is None  # disabled


def test_serve_refuses_a_public_bind_without_users(tmp_path):
    db = f"sqlite:///{tmp_path / 'intake.db'}"
    got = run(tmp_path, "serve", "--host", "0.0.0.0", "--db", db)
    assert got.returncode == 2 and "Usage: " in got.stderr
    assert ("Error: refusing to listen on 0.0.0.0 with no users; add one first: intake user add NAME --role admin"
            in got.stderr)


def test_bind_checks_and_hosts():
    assert check_bind("127.0.0.1", 0) is None
    with pytest.raises(UsageError):
        check_bind("0.0.0.0", 0)
    assert "TLS" in check_bind("0.0.0.0", 1)
    hosts = allowed_hosts("127.0.0.1", ["intake.example.org"])
    assert "intake.example.org" in hosts and "127.0.0.1" in hosts and "*" not in hosts


def test_help_imports_no_web_stack():
    code = "import sys, intake.cli; print(sorted(m for m in ('starlette', 'uvicorn', 'argon2', 'jinja2') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    assert out == "[]"
    assert intake_cmd("--help").returncode == 0
