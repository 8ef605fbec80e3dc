"""Score the notice check on the labelled notices (tests/notice/truth.json): recall of items removed from a
notice, precision of items reported found (with the right evidence sentence), wrong-plan reports.

Run: python scripts/score_notices.py [--split dev|held] [--json out.json]
Two modes: `pipeline` (the plan and denial type intake's classifier decided) and `given` (the true plan type,
so the check itself is measured apart from classification)."""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FOUND = ("found", "found_conditional")


def tokens(text: str) -> set[str]:
    import unicodedata

    t = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    return set(re.findall(r"[a-z0-9]{3,}", t))


def evidence_ok(reported: str | None, expected: list[str]) -> bool:
    if not reported:
        return False
    a = tokens(reported)
    for e in expected:
        b = tokens(e)
        if a and b and len(a & b) / min(len(a), len(b)) >= 0.6:
            return True
    return False


def checks_for(path: Path, plan_type: str):
    """The pipeline's own notice check, and the same check given the true plan type."""
    from intake.notice import check_result
    from intake.pipeline import documents_of, features_of, read, result_of
    from intake.rules import cached_rules
    from intake.sources import open_source

    rules = cached_rules()
    source = open_source(str(path))
    pages = read(source)
    features = [features_of(page, source, rules) for page in pages]
    doc = documents_of(source, pages, features)[0]
    result = result_of(doc, rules, str(path))
    given = dataclasses.replace(result, classification=dataclasses.replace(result.classification,
                                                                            plan_type=plan_type))
    if given.classification.denial_type is None:  # the check needs a denial; give it one to measure the check
        given.classification.denial_type = "other"
        given.classification.document_type = "denial_letter"
    return result, check_result(given, doc, rules)


def score(rows: list[tuple[dict, object]]) -> dict:
    c = Counter()
    for truth, nc in rows:
        c["unchecked"] += nc is None  # the classifier saw no denial: no check ran
        reported = {f.id: f for f in nc.items} if nc else {}
        for rid in reported:
            if rid not in truth["items"]:
                c["wrong_plan_items"] += 1
        for rid, t in truth["items"].items():
            f = reported.get(rid)
            status = f.status if f else "missing"
            c["items"] += 1
            c["status_right"] += status == t["status"]
            if t["status"] == "not_found":
                c["truth_not_found"] += 1
                c["nf_reported"] += status == "not_found"
                if t.get("removed"):
                    c["removed"] += 1
                    c["removed_reported"] += status == "not_found"
                    c["removed_checked"] += nc is not None
            if status in FOUND:
                c["reported_found"] += 1
                right = t["status"] in FOUND and evidence_ok(f.text, t.get("evidence", []))
                c["found_right"] += right
                c["conditional_right"] += right and status == t["status"]
        if nc is not None:
            c["deadline"] += 1
            c["deadline_right"] += (nc.deadline.status if nc.deadline else "unknown") == truth["deadline"]
    return {
        "documents": len(rows), "items": c["items"],
        "recall_removed": round(c["removed_reported"] / max(1, c["removed"]), 3), "removed": c["removed"],
        "recall_removed_when_checked": round(c["removed_reported"] / max(1, c["removed_checked"]), 3),
        "unchecked_documents": c["unchecked"],
        "recall_not_found": round(c["nf_reported"] / max(1, c["truth_not_found"]), 3),
        "precision_found": round(c["found_right"] / max(1, c["reported_found"]), 3),
        "reported_found": c["reported_found"],
        "status_accuracy": round(c["status_right"] / max(1, c["items"]), 3),
        "wrong_plan_items": c["wrong_plan_items"],
        "deadline_accuracy": round(c["deadline_right"] / max(1, c["deadline"]), 3),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=["dev", "held", "all"], default="all")
    ap.add_argument("--json")
    ap.add_argument("--misses", action="store_true", help="list every wrong status (given mode)")
    ap.add_argument("--match", default="", help="only letters whose file name matches this regular expression")
    args = ap.parse_args()
    folder = ROOT / "tests" / "notice"
    truth = json.loads((folder / "truth.json").read_text())
    out = {}
    for split in (["dev", "held"] if args.split == "all" else [args.split]):
        pipe, given, misses = [], [], []
        for name, t in truth.items():
            if t["split"] != split or not re.search(args.match, name):
                continue
            result, nc_given = checks_for(folder / "docs" / name, t["plan_type"])
            pipe.append((t, result.notice_check))
            given.append((t, nc_given))
            for f in (nc_given.items if nc_given else []):
                want = t["items"].get(f.id, {}).get("status")
                if want != f.status:
                    misses.append(f"{name} {f.id}: want {want}, got {f.status} ({f.reason}) {f.text or ''}"[:220])
        out[split] = {"pipeline": score(pipe), "given": score(given),
                      "ocr_files": sum(1 for n, t in truth.items() if t["split"] == split and n.endswith(".png"))}
        print(f"{split}: pipeline {out[split]['pipeline']}\n{split}: given    {out[split]['given']}")
        if args.misses:
            print("\n".join(misses))
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    main()
