"""Golden tests on stored OCR output: every sample replayed through the pipeline and checked against its truth.

One case per sample (`pytest.param`): sample_docs/NAME beside NAME.truth.json; the stored page words are in
tests/golden/NAME.pages.json.gz (refresh with `python scripts/store_ocr.py` after an OCR-stage change). The
layout families of sample_docs/families/ are cases too, their words in tests/golden/families/.
Known misses are listed with their (wrong) value in tests/golden/known_misses.json: debt in plain sight, and a
miss that gets fixed fails the test until it is taken off the list.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import traceback
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from intake.golden import replay
from tests.conftest import ROOT, family_truth_files, field_ok, source_of, truth_files

GOLDEN = ROOT / "tests" / "golden"
KNOWN = json.loads((GOLDEN / "known_misses.json").read_text()) if (GOLDEN / "known_misses.json").exists() else {}
FIELDS = ["insurer", "plan_id", "group_number", "member_id", "member_name", "case_numbers", "claim_amount",
          "service_dates", "denial_date", "provider", "appeal_deadline"]


def cases():
    for folder, truths in ((GOLDEN, truth_files()), (GOLDEN / "families", family_truth_files())):
        for truth in truths:
            src = source_of(truth)
            stored = folder / f"{src.name}.pages.json.gz"  # a sample without it fails its case, never drops out
            yield pytest.param(src, stored, truth, id=src.name)


def match(results, truth_docs):
    """Pair each truth document with the result covering the same pages."""
    pairs = []
    for t in truth_docs:
        want = set(t.get("pages") or [])
        best = max(results, key=lambda r: len(want & set(r.pages)) if want else 1)
        pairs.append((t, best))
    return pairs


def misses_of(src: Path, results, truth) -> dict[str, str]:
    docs = truth if isinstance(truth, list) else [truth]
    out = {}
    for i, (t, r) in enumerate(match(results, docs)):
        key = f"doc{i + 1}." if len(docs) > 1 else ""
        got = r.to_json()
        if got["document_type"] != t["document_type"]:
            out[key + "document_type"] = f"{got['document_type']} != {t['document_type']}"
        if got["denial_type"] != t["denial_type"]:
            out[key + "denial_type"] = f"{got['denial_type']} != {t['denial_type']}"
        for f in FIELDS:
            if f in t.get("unscored", []):
                continue
            alts = [t["fields"][f]] + t.get("alternates", {}).get(f, [])
            if not any(field_ok(f, got["fields"][f], a) for a in alts):
                out[key + f] = f"{got['fields'][f]!r} != {t['fields'][f]!r}"
    if isinstance(truth, list):
        want = sorted(sorted(t["pages"]) for t in truth)
        have = sorted(sorted(r.pages) for r in results)
        if want != have:
            out["split"] = f"{have} != {want}"
    return out


def case_misses(case: tuple[Path, Path, Path]) -> dict[str, str]:
    """One case's misses, in a worker: the rules as every run gets them, the failure's traceback as its result."""
    from intake.rules import cached_rules

    src, stored, truth_path = case
    try:
        return misses_of(src, replay(src, stored, cached_rules()), json.loads(truth_path.read_text()))
    except Exception:  # the case's own test reports it, the other cases go on
        return {"error": traceback.format_exc()}


def _background_priority() -> None:
    """Replays run beside the other tests on a core they leave idle (browsers, services, sleeps), never ahead."""
    os.nice(19)


def _case_chunk(chunk: list[tuple[Path, Path, Path]]) -> list[dict[str, str]]:
    return [case_misses(case) for case in chunk]


def start_replays(items) -> tuple[ProcessPoolExecutor, list] | None:
    """Start replaying the selected golden cases as soon as they are collected, in low-priority workers.

    About 9,000 stored documents take some 6 minutes of both cores; run in the background they mostly fill
    the idle time of the tests before them. A forkserver pool, not fork: this process will start threads
    (web server, watchers) while the workers still fork.
    """
    todo = [(p["src"], p["stored"], p["truth_path"]) for p in
            (item.callspec.params for item in items
             if getattr(item, "originalname", "") == "test_golden" and hasattr(item, "callspec"))
            if p["stored"].exists()]
    if not todo:
        return None
    workers = max(1, min(len(todo), os.cpu_count() or 1, 4))
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("forkserver"),
                               initializer=_background_priority)
    chunks = [todo[i:i + 16] for i in range(0, len(todo), 16)]
    return pool, [(chunk, pool.submit(_case_chunk, chunk)) for chunk in chunks]


@pytest.fixture(scope="session")
def golden_misses(request) -> dict[str, dict[str, str]]:
    """The selected cases' misses, replayed in the background since collection (tests/conftest.py)."""
    started = getattr(request.config, "_golden_replays", None) or start_replays(request.session.items)
    if started is None:
        return {}
    request.config._golden_replays = started
    return {str(case[0]): misses for chunk, future in started[1] for case, misses in zip(chunk, future.result())}


@pytest.mark.parametrize("src,stored,truth_path", list(cases()))
def test_golden(src, stored, truth_path, golden_misses):
    assert stored.exists(), f"no stored OCR for {src.name}: run scripts/store_ocr.py"
    misses = golden_misses[str(src)]
    assert "error" not in misses, misses.get("error")
    known = KNOWN.get(src.name, {})
    # a known miss is known by its wrong value too: a field that turns into another wrong value is news
    unexpected = {k: v for k, v in misses.items() if known.get(k) != v}
    fixed = sorted(k for k in known if k not in misses)
    assert not unexpected, f"new misses: {unexpected}"
    assert not fixed, f"fixed now, take off known_misses.json: {fixed}"
