#!/usr/bin/env python3
"""Field accuracy per capture condition next to clean, on the same letters: the measure behind issue 13.

Why: a poor capture should give the facts a clean scan gives. Comparing each condition with the clean scan of
the same letters (same code version) isolates what the capture costs from what the extraction rules miss.

    python scripts/capture_report.py build --out /tmp/caps            # ~30 one-page letters x 7 captures
    python ../shared/eval/score.py --corpus /tmp/caps --cmd "intake process {file} --json" \
        --jobs 2 --json-out /tmp/caps.json
    python scripts/capture_report.py report /tmp/caps.json [--md]     # the per-condition table
    python scripts/capture_report.py compare BEFORE.json AFTER.json    # before / after, as in the README

Across the whole corpus instead of the seven families above: one born-digital document of every fifth family,
as printed and as a standard fax, each against its own born-digital reading:

    python scripts/capture_report.py build --out /tmp/refax --every 5 --conditions born_digital,fax_standard_g4
    python scripts/replay_corpus.py --corpus /tmp/refax --stored /tmp/refax-pages --out /tmp/refax-pred
    python ../shared/eval/score.py --corpus /tmp/refax --cmd 'cat /tmp/refax-pred/$(basename {file}).json' \
        --json-out /tmp/refax.json
    python scripts/capture_report.py report /tmp/refax.json --baseline born_digital
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "families"))

CLEAN = "scan_clean_300"
POOR = ("scan_lowres_150", "fax_fine_g4", "fax_standard_g4", "photocopy", "phone_photo", "rotated")
# letters per family: families the rules were not tuned on, one-page single documents
PICK = {"boxed": 4, "dental": 4, "rxbenefit": 5, "seguro": 5, "sidebar": 5, "tpa": 5, "upheld": 4}
ID_FIELDS = ("plan_id", "group_number", "member_id")
CER_FIELDS = ("plan_id", "group_number", "member_id", "case_numbers", "claim_amount")


def _one_page(pdf: bytes) -> bool:
    import pypdfium2 as pdfium

    return len(pdfium.PdfDocument(pdf)) == 1


def letters(pick: dict[str, int]) -> list[tuple[str, bytes, dict]]:
    """(name, pdf, truth) of the first one-page single documents of each picked family."""
    out = []
    for family, n in pick.items():
        mod = importlib.import_module(f"fam_{family}")
        items = mod.documents(random.Random(zlib.crc32(mod.FAMILY.encode())))
        chosen = [it for it in items if len(it.docs) == 1 and _one_page(it.docs[0][0])][:n]
        for it in chosen:
            pdf, truth = it.docs[0]
            out.append((it.name, pdf, dict(truth, template=family, lang=truth.get("lang", mod.LANG))))
    return out


def every_nth(step: int) -> list[tuple[str, bytes, dict]]:
    """(name, pdf, truth) of the first born-digital single document (any length) of every step-th family module,
    in file-name order: a spread over all rounds, not the seven families PICK names."""
    out = []
    for path in sorted((HERE / "families").glob("fam_*.py"))[::step]:
        mod = importlib.import_module(path.stem)
        items = mod.documents(random.Random(zlib.crc32(mod.FAMILY.encode())))
        it = next((it for it in items if it.condition == "born_digital" and len(it.docs) == 1 and
                   not it.separators and not getattr(it, "screenshot_px", None)), None)
        if it is not None:
            pdf, truth = it.docs[0]
            out.append((it.name, pdf, dict(truth, template=mod.FAMILY, lang=truth.get("lang", mod.LANG))))
    return out


def build(out: Path, pick: dict[str, int], conditions: tuple[str, ...], every: int = 0) -> int:
    """Every letter in every condition, seeded by name and condition (the same command writes the same files)."""
    from capture import capture, render

    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for name, pdf, truth in (every_nth(every) if every else letters(pick)):
        pages = render(pdf)
        for cond in conditions:
            rng = random.Random(zlib.crc32(f"{name}/{cond}".encode()))
            data, ext = capture(pdf if cond == "born_digital" else [p.copy() for p in pages], cond, rng)
            path = out / f"{name}__{cond}{ext}"
            path.write_bytes(data)
            Path(str(path) + ".truth.json").write_text(json.dumps(dict(truth, condition=cond), indent=1,
                                                                  ensure_ascii=False) + "\n")
            n += 1
    return n


def cer(pred, truth) -> tuple[int, int]:
    """Edit distance and truth length (characters, spaces and case ignored)."""
    a = "".join(str(pred or "").split()).upper()
    b = "".join(str(truth or "").split()).upper()
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1], len(b)


def _as_text(v) -> str:
    return " ".join(sorted(str(x) for x in v)) if isinstance(v, list) else str(v or "")


def by_letter(results: list[dict]) -> dict[str, dict[str, dict]]:
    """letter -> condition -> field -> score entry."""
    table: dict[str, dict[str, dict]] = {}
    for r in results:
        letter, _, cond = r["file"].rsplit(".", 1)[0].partition("__")
        fields = r["docs"][0]["fields"] if r.get("docs") else {}
        table.setdefault(letter, {})[cond] = fields
    return table


def summarise(results: list[dict], baseline: str = CLEAN) -> dict[str, dict]:
    """Per condition: field accuracy, ID exactness where the baseline (the clean scan) was exact, CER of IDs and
    amounts (a value not found counts as every character wrong)."""
    table = by_letter(results)
    out = {}
    for cond in (baseline,) + tuple(c for c in ("born_digital", CLEAN) + POOR if c != baseline):
        ok = total = id_kept = id_base = edits = chars = 0
        for conds in table.values():
            fields, clean = conds.get(cond), conds.get(baseline)
            if fields is None or clean is None:
                continue
            ok += sum(1 for f in fields.values() if f.get("ok"))
            total += len(fields)
            for f in ID_FIELDS:
                if f in fields and clean.get(f, {}).get("ok") and fields[f].get("truth"):
                    id_base += 1
                    id_kept += bool(fields[f].get("ok"))
            for f in CER_FIELDS:  # where the clean scan read it exactly: what the capture alone costs
                if f in fields and fields[f].get("truth") and clean.get(f, {}).get("ok"):
                    e, n = cer(_as_text(fields[f].get("pred")), _as_text(fields[f]["truth"]))
                    edits, chars = edits + min(e, n), chars + n
        if total:
            out[cond] = dict(acc=ok / total, fields=total, id_exact=(id_kept / id_base) if id_base else None,
                             cer=edits / chars if chars else 0.0, letters=sum(1 for c in table.values() if cond in c))
    return out


def report(path: Path, md: bool, baseline: str = CLEAN) -> None:
    data = json.loads(path.read_text())
    results = data["results"] if isinstance(data, dict) and "results" in data else data
    s = summarise(results, baseline)
    if baseline not in s:
        print(f"capture_report: {path} has no {baseline} readings to measure against (see --baseline)", file=sys.stderr)
        return
    clean = s[baseline]["acc"]
    rows = [("condition", "letters", "field acc", f"x {baseline}", "IDs exact (of baseline-exact)", "CER IDs+amounts")]
    for cond, v in s.items():
        rows.append((cond, str(v["letters"]), f"{v['acc']:.3f}", f"{v['acc'] / clean:.3f}",
                     "-" if v["id_exact"] is None else f"{v['id_exact']:.3f}", f"{v['cer']:.3f}"))
    if md:
        print("| " + " | ".join(rows[0]) + " |\n|" + " --- |" * len(rows[0]))
        for r in rows[1:]:
            print("| " + " | ".join(r) + " |")
    else:
        for r in rows:
            print(f"{r[0]:<18}{r[1]:>8}{r[2]:>10}{r[3]:>16}{r[4]:>31}{r[5]:>17}")


NAMES = {"scan_clean_300": "clean 300 dpi scan", "scan_lowres_150": "150 dpi scan", "fax_fine_g4": "fax, fine (204x196)",
         "fax_standard_g4": "fax, standard (204x98)", "photocopy": "photocopy", "phone_photo": "phone photo",
         "rotated": "rotated pages"}


def compare(before: Path, after: Path) -> None:
    """Markdown: each condition's figures before / after (each run against its own clean scans)."""
    b, a = (summarise(json.loads(p.read_text())["results"]) for p in (before, after))
    cb, ca = b[CLEAN]["acc"], a[CLEAN]["acc"]
    print("| capture | field accuracy | x clean | IDs exact where clean's were | CER of IDs and amounts |")
    print("| --- | --- | --- | --- | --- |")
    for c, n in NAMES.items():
        if c in a and c in b:
            f = (lambda v: "-" if v is None else f"{v:.2f}")
            print(f"| {n} | {b[c]['acc']:.3f} / {a[c]['acc']:.3f} | {b[c]['acc'] / cb:.2f} / {a[c]['acc'] / ca:.2f} "
                  f"| {f(b[c]['id_exact'])} / {f(a[c]['id_exact'])} | {b[c]['cer']:.3f} / {a[c]['cer']:.3f} |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="write the letters in every capture condition")
    b.add_argument("--out", required=True, type=Path)
    b.add_argument("--per-family", type=int, default=0, help="at most N letters per family")
    b.add_argument("--conditions", default=",".join((CLEAN,) + POOR))
    b.add_argument("--every", type=int, default=0, help="one born-digital document of every N-th family instead")
    r = sub.add_parser("report", help="the per-condition table from score.py's --json-out")
    r.add_argument("scores", type=Path)
    r.add_argument("--md", action="store_true")
    r.add_argument("--baseline", default=CLEAN, help="the condition the others are measured against")
    c = sub.add_parser("compare", help="before / after tables from two score.py --json-out files")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = ap.parse_args()
    if args.cmd == "build":
        pick = {k: min(v, args.per_family) if args.per_family else v for k, v in PICK.items()}
        print(build(args.out, pick, tuple(args.conditions.split(",")), args.every), "files")
    elif args.cmd == "compare":
        compare(args.before, args.after)
    else:
        report(args.scores, args.md, args.baseline)
    return 0


if __name__ == "__main__":
    sys.exit(main())
