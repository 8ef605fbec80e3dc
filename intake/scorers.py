"""Trained scorers that read a document's words beside the phrase rules' verdict: its kind and its denial type.

Why: the phrase rules know the wordings someone wrote down and the weights someone chose; on mail from a new
insurer or program they miss its way of saying things ("this visit was the 21st", "we cannot share this bill")
and fall back to 'other'. A logistic regression over the document's words and word pairs, with what the rules
found (their scores, their verdict, the reason cues) as features of their own, learns when the rules' verdict
holds and which words overrule it. Held out by whole round of families, with the rules as they were before
the round was seen, it types documents and denials far more often right than the rules alone (figures in
`models/train_scorers.py`'s report and the README). Shipped as plain float32 weights with their feature names
(gzip): reading them needs neither scikit-learn nor numpy (milliseconds, on the one-letter path too), and a
decision is explained by the features that weighed most.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import sys
from array import array
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

WORD = re.compile(r"[a-z]{2,}")
DOCUMENT_CHARS = 6000  # the words of a paper's first pages say what kind of paper it is
DENIAL_CHARS = 8000
DOCUMENT_FILE = "document_type.scorer"
DENIAL_FILE = "denial_type.scorer"
NO_DENIAL = "none"  # the denial scorer's class for an EOB that refuses nothing


@dataclass(frozen=True)
class ScorerInputs:
    """What the scorers read: the document's folded text, and what the phrase rules found in it."""
    text: str
    kind_scores: dict[str, float]  # the rules' weight for eob, denial_letter and other
    eob_denied: bool
    appealable: bool
    rule_type: str
    rule_denial: str | None
    reason_scores: dict[str, float] = field(default_factory=dict)  # denial and claim-code cue weights per type


def _words(text: str) -> set[str]:
    words = WORD.findall(text)
    return set(words) | {f"{a}_{b}" for a, b in zip(words, words[1:])}


def _band(value: float, low: float, high: float) -> str:
    return "lo" if value < low else "mid" if value < high else "hi"  # (only weights that are there: never 0)


def document_features(x: ScorerInputs) -> set[str]:
    """Pure: words and pairs of the paper's first pages, the rules' kind scores in bands, flags and verdict."""
    out = _words(x.text[:DOCUMENT_CHARS]) | {f"FLAG_rule_{x.rule_type}"}
    out |= {flag for flag, on in (("FLAG_edTrue", x.eob_denied), ("FLAG_apTrue", x.appealable)) if on}
    out |= {f"S_{k}_{_band(x.kind_scores[k], 4, 6)}" for k in ("eob", "denial_letter", "other") if x.kind_scores.get(k)}
    return out  # (only what is there: a plain letter's missing appeal rights must not make it no denial)


def denial_features(x: ScorerInputs) -> set[str]:
    """Pure: words and pairs, the rules' denial verdict, and each reason type's cue weight in bands."""
    out = _words(x.text[:DENIAL_CHARS])
    out |= {f"RULE_{x.rule_denial}", f"FLAG_ed{x.eob_denied}"}
    out |= {f"CUE_{k}_{_band(v, 4, 10)}" for k, v in x.reason_scores.items() if v}
    if any(x.reason_scores.values()):
        out.add(f"TOP_{max(x.reason_scores, key=x.reason_scores.get)}")
    return out


@dataclass(frozen=True)
class LinearScorer:
    classes: tuple[str, ...]
    intercepts: tuple[float, ...]
    weights: array  # float32, one row of len(classes) weights per feature (one column for two classes)
    index: dict[str, int]

    @classmethod
    def from_rows(cls, classes, features, rows, intercepts) -> LinearScorer:
        """From a feature list and its rows of weights (any sequence of sequences of floats)."""
        flat = array("f", (float(w) for row in rows for w in row))
        return cls(tuple(str(c) for c in classes), tuple(float(b) for b in intercepts), flat,
                   {str(f): i for i, f in enumerate(features)})

    @property
    def width(self) -> int:
        return len(self.intercepts)

    def _z(self, features: set[str]) -> list[float]:
        z, k, w = list(self.intercepts), self.width, self.weights
        for f in features:
            i = self.index.get(f)
            if i is not None:
                for c in range(k):
                    z[c] += w[i * k + c]
        return z

    def probabilities(self, features: set[str]) -> dict[str, float]:
        """Softmax over the classes (a two-class model's one column of weights is the second class's)."""
        z = self._z(features)
        if len(self.classes) == 2:
            p = 1.0 / (1.0 + math.exp(-z[0]))
            return {self.classes[0]: 1.0 - p, self.classes[1]: p}
        top = max(z)
        e = [math.exp(v - top) for v in z]
        return {c: v / sum(e) for c, v in zip(self.classes, e)}

    def why(self, features: set[str], label: str, n: int = 4) -> list[str]:
        """The features that weighed most for a class: the evidence of the scorer's decision."""
        c = self.classes.index(label) if len(self.classes) > 2 else 0
        k = self.width
        scored = sorted(((self.weights[self.index[f] * k + c], f) for f in features if f in self.index),
                        reverse=True)
        return [f for w, f in scored[:n] if w > 0]

    def to_bytes(self) -> bytes:
        """The shipped form: gzip of a JSON header line, the features one per line, then the float32 weights."""
        names = "\n".join(sorted(self.index, key=self.index.get)).encode("utf-8")
        head = {"classes": list(self.classes), "intercepts": list(self.intercepts), "features_bytes": len(names)}
        weights = array("f", self.weights)
        if sys.byteorder != "little":
            weights.byteswap()  # (stored little-endian whatever machine trains it)
        return gzip.compress(json.dumps(head).encode() + b"\n" + names + weights.tobytes(), mtime=0)

    @classmethod
    def from_bytes(cls, data: bytes) -> LinearScorer:
        raw = gzip.decompress(data)
        cut = raw.index(b"\n")
        head = json.loads(raw[:cut])
        names_end = cut + 1 + head["features_bytes"]
        weights = array("f")
        weights.frombytes(raw[names_end:])
        if sys.byteorder != "little":
            weights.byteswap()
        features = raw[cut + 1:names_end].decode("utf-8").split("\n")
        return cls(tuple(head["classes"]), tuple(head["intercepts"]), weights,
                   {f: i for i, f in enumerate(features)})


@lru_cache(maxsize=8)
def load(path: str) -> LinearScorer | None:
    """A shipped scorer, once per process (milliseconds: plain bytes, no numpy); None when the file is absent
    (the rules decide alone)."""
    p = Path(path)
    if not p.is_file():
        return None
    return LinearScorer.from_bytes(p.read_bytes())


def default_path(name: str) -> str:
    """INTAKE_MODELS_DIR's copy when it has one, else the shipped one."""
    from intake.resources import data_dir, models_dir

    own = Path(models_dir()) / name
    return str(own if own.is_file() else data_dir("models") / name)


STRONG_RULES = 6.0  # the rules' own weight for their kind at which they hold a verdict of their own ...
OVERRULE_STRONG = 0.8  # ... that the scorer overrules only when this sure (a short plain letter has few words)


def decide_kind(x: ScorerInputs, scorer: LinearScorer, features: set[str] | None = None) -> tuple[str, float]:
    """Pure: the document type the scorer reads, and how sure it is; a kind the rules weigh strongly stands
    unless the scorer is sure it is wrong."""
    probs = scorer.probabilities(document_features(x) if features is None else features)
    best = max(probs, key=probs.get)
    if best != x.rule_type and x.kind_scores.get(x.rule_type, 0.0) >= STRONG_RULES and probs[best] < OVERRULE_STRONG:
        return x.rule_type, probs.get(x.rule_type, 0.0)
    return best, probs[best]


def decide_denial(x: ScorerInputs, kind: str, scorer: LinearScorer,
                  features: set[str] | None = None) -> tuple[str | None, float]:
    """Pure: the denial type for a paper of this kind. A denial letter always has one; an EOB may refuse
    nothing (the scorer's 'none'); any other paper has none."""
    if kind not in ("eob", "denial_letter"):
        return None, 1.0
    probs = scorer.probabilities(denial_features(x) if features is None else features)
    if kind == "denial_letter":
        probs.pop(NO_DENIAL, None)
    best = max(probs, key=probs.get)
    return (None if best == NO_DENIAL else best), probs[best]


MIN_WORDS = 60  # fewer words than this (a test line, a torn page): too little for the scorers; the rules decide


def decide(x: ScorerInputs, kinds: LinearScorer, denials: LinearScorer) -> tuple[str, str | None, list[str]]:
    """Pure: the document type and denial type, and what was decided over the rules (for the reasons)."""
    if len(WORD.findall(x.text[:DOCUMENT_CHARS])) < MIN_WORDS:
        return x.rule_type, x.rule_denial, []
    notes = []
    doc_feats = document_features(x)  # (each set built once: the decision and its explanation read it)
    kind, p = decide_kind(x, kinds, doc_feats)
    if kind != x.rule_type:
        why = ", ".join(kinds.why(doc_feats, kind))
        notes.append(f"document scorer: {kind} p={p:.2f} over the rules' {x.rule_type} ({why})")
    denial_feats = denial_features(x) if kind in ("eob", "denial_letter") else set()
    denial, q = decide_denial(x, kind, denials, denial_feats)
    if denial is not None and denial != x.rule_denial:
        why = ", ".join(denials.why(denial_feats, denial))
        notes.append(f"denial scorer: {denial} p={q:.2f} over the rules' {x.rule_denial} ({why})")
    return kind, denial, notes


def apply(result, x: ScorerInputs) -> bool:
    """Let the trained scorers type the document and its denial over the rules' verdict (both recorded in the
    reasons). True when the denial type changed, so its evidence sentences must be found again."""
    kinds, denials = load(default_path(DOCUMENT_FILE)), load(default_path(DENIAL_FILE))
    if kinds is None or denials is None:
        return False
    kind, denial, notes = decide(x, kinds, denials)
    result.reasons.extend(notes)
    result.document_type = kind
    changed = denial != result.denial_type
    result.denial_type = denial
    return changed
