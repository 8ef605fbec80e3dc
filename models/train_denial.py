#!/usr/bin/env python3
"""Train the denial-type word model (models/denial_type.json) on the labelled corpora, and say how it does on
families it was not trained on.

    python models/train_denial.py            # leave-family-out report, then write models/denial_type.json
    python models/train_denial.py --check    # only the report

Why leave-family-out: a model trained on a family's letters knows their wording; what matters is a letter
from an insurer nobody has seen, so each family is scored by a model trained on all the others. The report
compares the phrase rules alone, the model alone and the two combined as `intake.classify` combines them.
Reads stored page words (tests/golden), never Tesseract: seconds, and the same on every machine.
Needs scikit-learn (requirements-test.lock); intake itself reads the JSON weights without it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "models"))

OUT = ROOT / "models" / "denial_type.json"
C = 1.0          # inverse regularisation: 1 and 4 tie leave-family-out on 151 families (4 won on 84); 1 won on round S
MIN_DF = 2       # a feature seen in one letter only is that letter's wording, not a reason
TOP_FEATURES = 6000


def examples() -> list[dict]:
    """One example per labelled denying document: its reason text, label, family, and the rules' verdict."""
    from intake.classify import classify, document_reason_text
    from intake.rules import cached_rules
    from labelled import family_of, labelled_documents

    rules, out = cached_rules(), []
    for t, name, doc in labelled_documents():
        if t.get("denial_type") is None:
            continue
        rules_verdict = classify(doc, rules, use_model=False)
        out.append({"text": document_reason_text(doc, rules), "label": t["denial_type"],
                    "ok": [t["denial_type"], *(t.get("denial_alternates") or [])],
                    "family": family_of(t, name), "file": name,
                    "rules": rules_verdict.denial_type, "rule_scores": rules_verdict.denial_scores})
    return out


def fit(train: list[dict]) -> dict:
    """Logistic regression on binary word/pair/code features; weights exported as plain JSON."""
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    from intake.denial_model import features

    vec = CountVectorizer(analyzer=lambda s: sorted(features(s)), binary=True, min_df=MIN_DF,
                          max_features=TOP_FEATURES)
    x = vec.fit_transform([e["text"] for e in train])
    clf = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    clf.fit(x, [e["label"] for e in train])
    names = vec.get_feature_names_out()
    weights = {str(f): [round(float(w), 4) for w in clf.coef_[:, j]] for j, f in enumerate(names)
               if any(abs(w) >= 1e-3 for w in clf.coef_[:, j])}
    return {"classes": [str(c) for c in clf.classes_], "intercepts": [round(float(b), 4) for b in clf.intercept_],
            "weights": weights, "trained_on": len(train), "c": C, "min_df": MIN_DF}


def leave_family_out(data: list[dict], folds: int = 0) -> dict[str, Counter]:
    """Each family scored by a model trained on every other family: rules, model and combined. With `folds`,
    the families are dealt into that many groups and each group is scored by a model trained on the others
    (no family is ever scored by a model that saw it; hundreds of families make one fit each too slow)."""
    from intake.classify import combine_denial
    from intake.denial_model import DenialModel

    by_family = defaultdict(list)
    for e in data:
        by_family[e["family"]].append(e)
    names = sorted(by_family)
    groups = [names[k::folds] for k in range(folds)] if folds else [[f] for f in names]
    tally: dict[str, Counter] = defaultdict(Counter)
    for group in groups:
        out = set(group)
        model = DenialModel.from_json(fit([e for e in data if e["family"] not in out]))
        for e in (e for f in group for e in by_family[f]):
            family = e["family"]
            probs = model.probabilities(e["text"])
            guesses = {"rules": e["rules"], "model": max(probs, key=probs.get),
                       "combined": combine_denial(e["rule_scores"], probs)[0]}
            for how, guess in guesses.items():
                tally[family][how] += guess in e["ok"]
            tally[family]["n"] += 1
    return tally


def report(tally: dict[str, Counter]) -> str:
    lines = [f"{'family':18s} {'n':>3s} {'rules':>6s} {'model':>6s} {'combined':>8s}"]
    total = Counter()
    for family, t in tally.items():
        total.update(t)
        lines.append(f"{family:18s} {t['n']:3d} " + " ".join(f"{t[h] / t['n']:6.2f}" for h in ("rules", "model"))
                     + f" {t['combined'] / t['n']:8.2f}")
    lines.append(f"{'all (left out)':18s} {total['n']:3d} " + " ".join(
        f"{total[h] / total['n']:6.3f}" for h in ("rules", "model")) + f" {total['combined'] / total['n']:8.3f}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report only; do not write the model")
    parser.add_argument("--folds", type=int, default=0,
                        help="score families in this many held-out groups instead of one by one (quicker)")
    args = parser.parse_args()
    data = examples()
    print(f"{len(data)} denying documents from {len({e['family'] for e in data})} families")
    print(report(leave_family_out(data, args.folds)))
    if not args.check:
        OUT.write_text(json.dumps(fit(data), sort_keys=True, separators=(",", ":")) + "\n")
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
