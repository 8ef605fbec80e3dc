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


def pytest_collection_finish(session):
    """Golden replays start as soon as their cases are collected (tests/test_golden.py, `start_replays`)."""
    if any(getattr(item, "originalname", "") == "test_golden" for item in session.items):
        from tests.test_golden import start_replays

        session.config._golden_replays = start_replays(session.items)


def pytest_sessionfinish(session):
    started = getattr(session.config, "_golden_replays", None)
    if started is not None:
        started[0].shutdown(wait=False, cancel_futures=True)


@pytest.fixture(scope="session")
def rules():
    """The rules as every run gets them: validated, then frozen (intake.frozen), as on a snapshot hit."""
    from intake.rules import cached_rules

    return cached_rules()


@pytest.fixture(scope="session")
def schema():
    path = SCHEMA if SCHEMA.exists() else LOCAL_SCHEMA
    return json.loads(path.read_text())


def truth_files():
    return sorted(p for p in SAMPLES.iterdir() if p.name.endswith(".truth.json"))


def family_truth_files():
    """The layout families written without looking at the rules (sample_docs/families/, see its README)."""
    folder = SAMPLES / "families"
    return sorted(p for p in folder.iterdir() if p.name.endswith(".truth.json")) if folder.exists() else []


def source_of(truth: Path) -> Path:
    return truth.with_name(truth.name[:-len(".truth.json")])


def intake_cmd(*args: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the installed CLI the way a user does."""
    exe = Path(sys.executable).with_name("intake")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "intake"]
    full_env = dict(os.environ, **(env or {}))
    return subprocess.run(cmd + list(args), capture_output=True, text=True, cwd=cwd or ROOT, env=full_env,
                          timeout=600)


def _scorer():
    """The evaluation's own comparison: shared/eval/score.py, or the copy in tests/data without shared/."""
    import importlib.util

    path = ROOT.parent / "shared" / "eval" / "score.py"
    path = path if path.exists() else ROOT / "tests" / "data" / "score.py"
    spec = importlib.util.spec_from_file_location("intake_eval_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCORER = _scorer()


def field_ok(name: str, pred, truth) -> bool:
    """Fields are compared exactly as the scorer compares them, so tests measure as we are measured."""
    return SCORER.score_field(name, pred, truth, [])["ok"]
