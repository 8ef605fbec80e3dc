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


@pytest.fixture(scope="session")
def golden_misses(request) -> dict[str, dict[str, str]]:
    """The selected cases replayed once over every core: about 1,800 stored documents are most of CI's time.

    A forkserver pool, not fork: earlier tests may have left threads (web server, watchers) in this process.
    """
    selected = [item.callspec.params for item in request.session.items
                if getattr(item, "originalname", "") == "test_golden" and hasattr(item, "callspec")]
    todo = [(p["src"], p["stored"], p["truth_path"]) for p in selected if p["stored"].exists()]
    workers = max(1, min(len(todo), os.cpu_count() or 1, 4))
    if workers == 1:
        return {str(case[0]): case_misses(case) for case in todo}
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return {str(case[0]): misses for case, misses in zip(todo, pool.map(case_misses, todo, chunksize=8))}


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
