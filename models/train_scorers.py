#!/usr/bin/env python3
"""Train the document-type and denial-type scorers (models/document_type.scorer,
models/denial_type.scorer) on the labelled corpora, and say how they do on families they never saw.

    python models/train_scorers.py               # held-out report, then write both scorers
    python models/train_scorers.py --check       # only the report
    python models/train_scorers.py --inputs X    # also keep what the scorers read (a pickle) for study
    python models/train_scorers.py --reuse X     # train from such a pickle (seconds, not minutes)
    python models/train_scorers.py --round F     # train on all but the families named in file F; report on F

Why held out by kit group: families written by one helper share its drawing kit and often its wording, so a
family is only unseen when every family sharing a kit with it is held out too. Families are joined through the
`kit_round*` modules their generators import, dealt into ten groups, and each group is scored by scorers trained
on the others. (The rules themselves were tuned on every family, so this report flatters the rules; the honest
figure is a new round scored with the rules as they were before it: see the README's "Trained scorers".)
Reads stored page words (tests/golden), never Tesseract; needs scikit-learn (requirements-test.lock).
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "models"))

KINDS = ROOT / "models" / "document_type.scorer"
DENIALS = ROOT / "models" / "denial_type.scorer"
C = 1.0            # inverse regularisation (0.3 to 3 held out by round within a document of each other)
KIND_MIN_DF, KIND_TOP = 3, 20000
DENIAL_MIN_DF, DENIAL_TOP = 2, 30000
FOLDS = 10
PRUNE = 0.02  # weights this small change no decision: left out (load time)


def examples() -> list[dict]:
    """One example per labelled document: what the scorers read (with the scorers off), its labels, family."""
    from intake.classify import classify_with_inputs
    from intake.marks import without_marks
    from intake.rules import cached_rules
    from labelled import family_of, labelled_documents

    rules, out = cached_rules(), []
    for t, name, doc in labelled_documents():
        # (the document as the pipeline's classifier reads it: a fax's smears taken out first, pipeline.result_of)
        _, inputs = classify_with_inputs(without_marks(doc), rules, scorers=False)
        if inputs is None:
            continue
        out.append({"inputs": inputs, "kind": t["document_type"], "denial": t.get("denial_type"),
                    "kind_ok": [t["document_type"], *(t.get("type_alternates") or [])],
                    "denial_ok": [t.get("denial_type"), *(t.get("denial_alternates") or [])],
                    "family": family_of(t, name), "file": name})
    return out


def kit_groups() -> dict[str, str]:
    """family -> group: families whose generators import a common kit module are one group (union-find)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for path in (ROOT / "scripts" / "families").glob("fam_*.py"):
        family = path.stem[4:]
        find(family)
        for kit in set(re.findall(r"kit_round[a-z0-9_]*", path.read_text(encoding="utf-8"))):
            parent[find(family)] = find("kit:" + kit)
    return {f: find(f) for f in list(parent) if not f.startswith("kit:")}


def fit(data: list[dict], features, label, min_df: int, top: int):
    """Logistic regression on binary features, as the LinearScorer intake reads (weights this small that they
    change no decision left out)."""
    import numpy as np
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    from intake.scorers import LinearScorer

    vec = CountVectorizer(analyzer=lambda x: sorted(features(x)), binary=True, min_df=min_df, max_features=top)
    x = vec.fit_transform([e["inputs"] for e in data])
    clf = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    clf.fit(x, [label(e) for e in data])
    coef = clf.coef_.T.astype(np.float32)  # one row per feature
    keep = np.abs(coef).max(axis=1) >= PRUNE
    names = [str(f) for f, k in zip(vec.get_feature_names_out(), keep) if k]
    return LinearScorer.from_rows([str(c) for c in clf.classes_], names, coef[keep].tolist(),
                                  clf.intercept_.tolist())


def save(model, path: Path) -> None:
    path.write_bytes(model.to_bytes())


def fit_both(data: list[dict]) -> tuple[dict, dict]:
    from intake.scorers import NO_DENIAL, denial_features, document_features

    kinds = fit(data, document_features, lambda e: e["kind"], KIND_MIN_DF, KIND_TOP)
    denying = [e for e in data if e["kind"] in ("eob", "denial_letter")]
    denials = fit(denying, denial_features, lambda e: e["denial"] or NO_DENIAL, DENIAL_MIN_DF, DENIAL_TOP)
    return kinds, denials


def round_held_out(train: list[dict], test: list[dict]) -> Counter:
    """A new round's documents scored by scorers trained on everything before it."""
    return score(test, *fit_both(train))


def score(test: list[dict], kinds, denials) -> Counter:
    from intake.scorers import decide

    tally: Counter = Counter()
    for e in test:
        x = e["inputs"]
        kind, denial, _ = decide(x, kinds, denials)
        tally["documents"] += 1
        tally["type rules"] += x.rule_type in e["kind_ok"]
        tally["type scorer"] += kind in e["kind_ok"]
        tally["denial rules"] += x.rule_denial in e["denial_ok"]
        tally["denial scorer"] += denial in e["denial_ok"]
    return tally


def held_out(data: list[dict]) -> Counter:
    """Each kit group scored by scorers trained on the others: the rules' verdict against the scorers'."""
    groups = kit_groups()
    names = sorted({groups.get(e["family"], e["family"]) for e in data})
    tally: Counter = Counter()
    for k in range(FOLDS):
        out = set(names[k::FOLDS])
        inside = [e for e in data if groups.get(e["family"], e["family"]) in out]
        tally += round_held_out([e for e in data if groups.get(e["family"], e["family"]) not in out], inside)
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report only; do not write the scorers")
    parser.add_argument("--inputs", type=Path, help="keep the collected examples in this pickle")
    parser.add_argument("--reuse", type=Path, help="read the examples from such a pickle instead of the corpora")
    parser.add_argument("--round", type=Path, metavar="FAMILIES",
                        help="a file of family names (a new round): train on all others, report on these, "
                             "write nothing")
    args = parser.parse_args()
    data = pickle.loads(args.reuse.read_bytes()) if args.reuse else examples()
    if args.inputs:
        args.inputs.write_bytes(pickle.dumps(data))
    print(f"{len(data)} documents from {len({e['family'] for e in data})} families")
    if args.round:
        names = set(args.round.read_text().split())
        tally = round_held_out([e for e in data if e["family"] not in names], [e for e in data if e["family"] in names])
        args.check = True
    else:
        tally = held_out(data)
    for key in ("type rules", "type scorer", "denial rules", "denial scorer"):
        print(f"{key:14s} {tally[key]:5d}/{tally['documents']} {tally[key] / tally['documents']:.3f}")
    if not args.check:
        for path, model in zip((KINDS, DENIALS), fit_both(data)):
            save(model, path)
            print(f"wrote {path.relative_to(ROOT)} ({len(model.index)} features, {len(data)} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
