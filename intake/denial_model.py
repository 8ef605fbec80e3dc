"""A trained word model of denial reasons: the denial type from the sentences that say why, in any wording.

Why beside the phrase rules: the rules know the wordings someone wrote down ("not medically necessary"); a
reason put in plain words ("nothing sent to us shows this medicine is required for the illness")
matched none of them and fell to 'other'. The model is a logistic regression over the reason sentences' words
and word pairs, trained by `models/train_denial.py` on the labelled corpus (leave-family-out figures in its
report) and shipped as plain JSON weights, so reading it needs neither scikit-learn nor numpy and its decision
is explained by the words that weighed most.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from intake.extract.text import fold

WORD = re.compile(r"[a-z]{2,}")
CODE = re.compile(r"\b(?:CO|PR|OA|PI|CR)\s?-?\s?(\d{1,3}|[A-Z]\d{1,2})\b")


def features(text: str, stop: frozenset[str] = frozenset()) -> set[str]:
    """Words, pairs of neighbouring words and reason codes; present or not (a reason said twice is one)."""
    words = [w for w in WORD.findall(fold(text).lower()) if w not in stop]
    out = set(words)
    out.update(f"{a} {b}" for a, b in zip(words, words[1:]))
    out.update(f"code:{m.group(1)}" for m in CODE.finditer(text))
    return out


@dataclass(frozen=True)
class DenialModel:
    classes: tuple[str, ...]
    intercepts: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    stop: frozenset[str]

    @classmethod
    def from_json(cls, data: dict) -> DenialModel:
        return cls(tuple(data["classes"]), tuple(data["intercepts"]),
                   {k: tuple(v) for k, v in data["weights"].items()}, frozenset(data.get("stop", [])))

    def probabilities(self, text: str) -> dict[str, float]:
        """Softmax over the classes; an empty text gives the classes' prior."""
        z = list(self.intercepts)
        for f in features(text, self.stop):
            for i, w in enumerate(self.weights.get(f, ())):
                z[i] += w
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return {c: v / total for c, v in zip(self.classes, e)}

    def why(self, text: str, denial_type: str, n: int = 4) -> list[str]:
        """The words that weighed most for a type: the evidence of a model decision."""
        i = self.classes.index(denial_type)
        scored = [(self.weights[f][i], f) for f in features(text, self.stop) if f in self.weights]
        return [f for w, f in sorted(scored, reverse=True)[:n] if w > 0]


@lru_cache(maxsize=4)
def load(path: str) -> DenialModel | None:
    """The shipped model, once per process; None when the file is absent (the rules decide alone)."""
    p = Path(path)
    if not p.is_file():
        return None
    return DenialModel.from_json(json.loads(p.read_text(encoding="utf-8")))


def default_path() -> str:
    """INTAKE_MODELS_DIR's copy when it has one (rebuilt spaCy pipelines need not carry it), else the shipped."""
    from intake.resources import data_dir, models_dir

    own = Path(models_dir()) / "denial_type.json"
    return str(own if own.is_file() else data_dir("models") / "denial_type.json")
