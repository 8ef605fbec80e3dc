#!/usr/bin/env python3
"""Write the layout-family corpus (sample_docs/families/): every fam_*.py module's documents, captured and labelled.

Why a separate set: these families are written from public notice forms and invented insurers without looking
at intake's rules, so that scoring them measures intake at first sight. Seeded: the same command writes the
same files. `python scripts/make_families.py [--family NAME] [--list]`
The module interface is described in scripts/families/capture.py.
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "sample_docs" / "families"
sys.path.insert(0, str(Path(__file__).parent / "families"))

from capture import CONDITIONS, capture, stack  # noqa: E402

FIELDS = ("insurer", "plan_id", "group_number", "member_id", "member_name", "case_numbers", "claim_amount",
          "service_dates", "denial_date", "provider", "appeal_deadline")
DOC_TYPES = ("denial_letter", "eob", "other")
DENIALS = ("medical_necessity", "prior_authorization", "level_of_care", "coding_error", "experimental",
           "out_of_network", "not_covered", "eligibility", "timely_filing", "other", None)


def seed_of(text: str) -> int:
    """A seed that does not depend on Python's hash randomisation."""
    return zlib.crc32(text.encode())


def modules() -> list:
    """Every family module, sorted by file name."""
    return [importlib.import_module(p.stem) for p in sorted((Path(__file__).parent / "families").glob("fam_*.py"))]


def check_truth(t: dict, where: str) -> None:
    """Refuse a truth object that breaks the eval README's shape (a wrong truth would score intake unfairly)."""
    problems = []
    if t.get("document_type") not in DOC_TYPES:
        problems.append("document_type")
    if t.get("denial_type") not in DENIALS:
        problems.append("denial_type")
    if t.get("document_type") == "other" and t.get("denial_type") is not None:
        problems.append("other with a denial type")
    f = t.get("fields", {})
    if set(f) != set(FIELDS):
        problems.append(f"field keys {sorted(set(f) ^ set(FIELDS))}")
    for k in ("case_numbers", "service_dates"):
        if not isinstance(f.get(k), list):
            problems.append(k)
    if f.get("service_dates") != sorted(set(f.get("service_dates") or [])):
        problems.append("service_dates not ascending/unique")
    amt = f.get("claim_amount")
    if amt is not None and not (isinstance(amt, str) and amt.replace(".", "", 1).isdigit() and amt[-3] == "."):
        problems.append("claim_amount")
    for k in ("denial_date", "appeal_deadline"):
        v = f.get(k)
        if v is not None and not (len(v) == 10 and v[4] == "-" and v[7] == "-"):
            problems.append(k)
    if t.get("lang") not in ("en", "es") or t.get("condition") not in CONDITIONS or not t.get("template"):
        problems.append("lang/condition/template")
    for k in t.get("unscored", []):
        if k not in FIELDS:
            problems.append(f"unscored {k}")
    if problems:
        raise SystemExit(f"{where}: bad truth: {', '.join(problems)}")


def emit(item, family: str, lang: str) -> Path:
    """Capture one item (a document or a stack) and write the file and its truth."""
    if not item.name.startswith(family + "_"):
        raise SystemExit(f"{item.name}: a file name must start with {family}_")
    rng = random.Random(seed_of(item.name))
    truths = [dict(t, condition=item.condition, template=family, lang=t.get("lang", lang)) for _, t in item.docs]
    docs = [(pdf, t) for (pdf, _), t in zip(item.docs, truths)]
    stacked = len(docs) > 1 or any(s is not None for s in (item.separators or []))
    if stacked:
        source, truths = stack(docs, item.condition, rng, item.separators, getattr(item, "turns", None))
    else:
        source = docs[0][0]
    for t in truths:
        check_truth(t, item.name)
    data, ext = capture(source, item.condition, rng, screenshot_px=getattr(item, "screenshot_px", None))
    path = OUT / f"{item.name}{ext}"
    path.write_bytes(data)
    out = truths if stacked else truths[0]
    Path(str(path) + ".truth.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    return path


def remove_family(family: str) -> None:
    """Delete a family's old files, found by the template in their truth (names may share a prefix)."""
    for tf in OUT.glob("*.truth.json"):
        t = json.loads(tf.read_text())
        if (t[0] if isinstance(t, list) else t).get("template") == family:
            Path(str(tf)[: -len(".truth.json")]).unlink(missing_ok=True)
            tf.unlink()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--family", help="only this family (its FAMILY name)")
    ap.add_argument("--list", action="store_true", help="list the families and stop")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    mods = modules()
    if args.list:
        print("\n".join(m.FAMILY for m in mods))
        return 0
    if args.family:
        mods = [m for m in mods if m.FAMILY == args.family]
        if not mods:
            raise SystemExit(f"no family named {args.family}")
    for m in mods:
        remove_family(m.FAMILY)
        items = m.documents(random.Random(seed_of(m.FAMILY)))
        names = [emit(it, m.FAMILY, getattr(m, "LANG", "en")).name for it in items]
        print(f"{m.FAMILY}: {len(names)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
