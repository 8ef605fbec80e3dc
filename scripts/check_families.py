#!/usr/bin/env python3
"""Check the layout-family corpus: truth has the contract's shape and every truth value is printed in its document.

Why: a truth value the document never prints (or prints differently) would mark intake wrong for being
right. This reads the documents' own text (pdftotext of each family's born-digital source, before any
capture), never intake's output. `python scripts/check_families.py [--family NAME]`
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import make_families as mf  # noqa: E402

SCHEMA = Path("/work/shared/contract/intake-result.schema.json")
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def text_of(pdf: bytes) -> str:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(pdf)
        f.flush()
        return subprocess.run(["pdftotext", "-layout", f.name, "-"], capture_output=True, text=True,
                              check=True).stdout


def date_forms(iso: str) -> list[str]:
    d = dt.date.fromisoformat(iso)
    return [d.strftime("%m/%d/%Y"), d.strftime("%B %-d, %Y"), d.isoformat(), d.strftime("%-d %b %Y"),
            d.strftime("%b %-d, %Y"), d.strftime("%m/%d/%y"), d.strftime("%m-%d-%Y"), d.strftime("%b %d, %Y").upper(),
            f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}", d.strftime("%d-%b-%Y"), d.strftime("%-d %B %Y"),
            f"{d.month}/{d.day}/{d.year}", d.strftime("%d.%m.%Y"), f"{d.day}/{d.month}/{d.year}",
            f"{d.day:02d}-{MONTHS_ES[d.month - 1][:3]}-{d.year}",  # Spanish abbreviated: 03-mar-2026
            d.strftime("%B %-d through")]  # a span's first day in a sentence: from March 3 through March 9, 2026


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).lower()


def printed(value: str, text: str, kind: str) -> bool:
    t = norm(text)
    if kind == "date":
        days = value.split("/")
        return all(any(norm(f) in t for f in date_forms(x)) for x in days) or days[0] == ""
    if kind == "money":
        v = float(value)
        return any(f in t for f in (f"{v:,.2f}", f"{v:.2f}"))
    if kind == "id":  # IDs are compared as printed with grouping spaces dropped (eval README)
        return re.sub(r"\s", "", value.lower()) in re.sub(r"\s", "", t)
    if kind == "name":  # remittance listings print a patient as "LAST, FIRST M" (the eval's form is "First M. Last")
        first, mid, last = value.split()[0], value.split()[1].rstrip("."), value.split()[-1]
        return norm(value) in t or norm(f"{last}, {first} {mid}") in t
    return norm(value) in t


def check_values(t: dict, text: str, where: str) -> list[str]:
    """Truth values that the document's text does not contain (shape is checked by make_families)."""
    f, bad = t["fields"], []
    unscored = set(t.get("unscored", []))
    for k in ("insurer", "plan_id", "group_number", "member_id", "member_name", "provider"):
        kind = "id" if k in ("plan_id", "group_number", "member_id") else "name" if k == "member_name" else "str"
        if f[k] and k not in unscored and not printed(f[k], text, kind):
            bad.append(f"{k}={f[k]!r}")
    for c in f["case_numbers"]:
        if not printed(c, text, "id"):
            bad.append(f"case {c}")
    if f["claim_amount"] and not printed(f["claim_amount"], text, "money"):
        bad.append(f"claim_amount {f['claim_amount']}")
    for d in f["service_dates"]:
        if not printed(d, text, "date"):
            bad.append(f"service date {d}")
    if f["denial_date"] and not printed(f["denial_date"], text, "date"):
        bad.append(f"denial_date {f['denial_date']}")
    ad = f["appeal_deadline"]
    if ad and not printed(ad, text, "date") and not re.search(r"\b(within|dentro de)\b", text, re.I):
        bad.append(f"appeal_deadline {ad} neither printed nor relative")
    return [f"{where}: {b}" for b in bad]


def check_schema_fields() -> None:
    """The eleven field keys are still the contract's."""
    if SCHEMA.exists():
        keys = json.loads(SCHEMA.read_text())["properties"]["fields"]["required"]
        if tuple(keys) != mf.FIELDS:
            raise SystemExit(f"contract fields changed: {keys}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--family")
    args = ap.parse_args()
    check_schema_fields()
    problems, n = [], 0
    for m in mf.modules():
        if args.family and m.FAMILY != args.family:
            continue
        for item in m.documents(random.Random(mf.seed_of(m.FAMILY))):
            for i, (pdf, t) in enumerate(item.docs):
                problems += check_values(t, text_of(pdf), f"{item.name}[{i}]")
                n += 1
    for tf in sorted(mf.OUT.glob("*.truth.json")):
        data = json.loads(tf.read_text())
        for t in data if isinstance(data, list) else [data]:
            try:
                mf.check_truth(t, tf.name)
            except SystemExit as e:
                problems.append(str(e))
            if isinstance(data, list) and not t.get("pages"):
                problems.append(f"{tf.name}: a stack document without pages")
        if not Path(str(tf)[: -len(".truth.json")]).exists():
            problems.append(f"{tf.name}: no document beside it")
    print("\n".join(problems) or f"ok: {n} documents, every truth value printed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
