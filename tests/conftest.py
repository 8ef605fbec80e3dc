"""Shared fixtures: the rules, the sample set with its truth files, the contract schema, the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_docs"
SCHEMA = ROOT.parent / "shared" / "contract" / "intake-result.schema.json"
LOCAL_SCHEMA = ROOT / "tests" / "data" / "intake-result.schema.json"


@pytest.fixture(scope="session")
def rules():
    from intake.rules import load_rules

    return load_rules()


@pytest.fixture(scope="session")
def schema():
    path = SCHEMA if SCHEMA.exists() else LOCAL_SCHEMA
    return json.loads(path.read_text())


def truth_files():
    return sorted(p for p in SAMPLES.iterdir() if p.name.endswith(".truth.json"))


def source_of(truth: Path) -> Path:
    return truth.with_name(truth.name[:-len(".truth.json")])


def intake_cmd(*args: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the installed CLI the way a user does."""
    exe = Path(sys.executable).with_name("intake")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "intake"]
    full_env = dict(os.environ, **(env or {}))
    return subprocess.run(cmd + list(args), capture_output=True, text=True, cwd=cwd or ROOT, env=full_env,
                          timeout=600)


def field_ok(name: str, pred, truth) -> bool:
    """The scorer's comparison (shared/eval/score.py), imported so tests measure as we are measured."""
    sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))
    try:
        import score  # type: ignore
    except ImportError:
        return _field_ok_local(name, pred, truth)
    return score.score_field(name, pred, truth, [])["ok"]


def _field_ok_local(name, pred, truth):
    if isinstance(truth, list):
        return sorted(pred or []) == sorted(truth)
    if truth is None:
        return pred in (None, "", [])
    return str(pred or "").casefold().replace(" ", "") == str(truth).casefold().replace(" ", "")
