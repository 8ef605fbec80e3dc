"""spaCy pipelines of rule phrases: blank tokenisers plus an EntityRuler, built from rules/ or loaded from models/."""

from __future__ import annotations

import logging
from pathlib import Path

from intake.resources import models_dir
from intake.rules import RuleSet

log = logging.getLogger(__name__)
LANGS = ("en", "es")
_LOADED: dict[tuple[str, str], object] = {}


FUZZY_MIN_LEN = 6  # words this long may carry one or two OCR slips ('hecessary')


def fuzzy_tokens(tokenizer, phrase: str) -> list[dict] | None:
    """The phrase as token patterns whose longest word may carry OCR slips (spaCy's FUZZY operator).

    One fuzzy word per phrase keeps the edit-distance work small; the other words must be exact.
    """
    toks = [t.text for t in tokenizer(phrase)]
    longest = max(range(len(toks)), key=lambda i: len(toks[i])) if toks else None
    if longest is None or len(toks[longest]) < FUZZY_MIN_LEN:
        return None
    return [{"LOWER": {"FUZZY": t}} if i == longest else {"LOWER": t} for i, t in enumerate(toks)]


def phrase_patterns(rules: RuleSet, tokenizer=None) -> list[dict]:
    """Every classification phrase as an EntityRuler pattern; with a tokenizer, the OCR-tolerant versions.

    The id names the rule that fires, either way.
    """
    pats = []
    groups = (("DOC", rules.documents.document_types), ("DENIAL", rules.denial_types.denial_types),
              ("PLAN", rules.plan_types.plan_types))
    for prefix, table in groups:
        for key, phrases in table.items():
            for i, ph in enumerate(phrases):
                label, rule = f"{prefix}:{key}", f"{prefix.lower()}.{key}[{i}]"
                if tokenizer is None:
                    pats.append({"label": label, "pattern": ph.phrase.lower(), "id": rule})
                    continue
                tokens = fuzzy_tokens(tokenizer, ph.phrase.lower()) if prefix == "DENIAL" else None
                if tokens:
                    pats.append({"label": label, "pattern": tokens, "id": rule})
    return pats


def build_pipeline(rules: RuleSet, lang: str):
    import spacy

    nlp = spacy.blank(lang)
    exact = nlp.add_pipe("entity_ruler", name="exact_phrases", config={"phrase_matcher_attr": "LOWER"})
    exact.add_patterns(phrase_patterns(rules))
    fuzzy = nlp.add_pipe("entity_ruler", name="ocr_tolerant_phrases", config={"overwrite_ents": False})
    fuzzy.add_patterns(phrase_patterns(rules, nlp.tokenizer))
    nlp.meta["name"] = f"intake_rules_{lang}"
    nlp.meta["description"] = "Blank tokenizer and an EntityRuler of intake's classification phrases (no weights)."
    nlp.meta["intake_rules_digest"] = rules.digest
    return nlp


def save_pipelines(rules: RuleSet, target: Path | None = None) -> list[Path]:
    target = target or models_dir()
    out = []
    for lang in LANGS:
        path = target / f"intake_{lang}"
        build_pipeline(rules, lang).to_disk(path)
        out.append(path)
    return out


def pipeline(rules: RuleSet, lang: str = "en"):
    """Loaded once per process: from models/ when built from these very rules, else built in memory."""
    key = (rules.digest, lang)
    if key in _LOADED:
        return _LOADED[key]
    path = models_dir() / f"intake_{lang}"
    nlp = None
    if (path / "meta.json").exists():
        import spacy

        nlp = spacy.load(path, exclude=["tokenizer"])  # the blank language default: rebuilding it is quicker
        if nlp.meta.get("intake_rules_digest") != rules.digest:
            log.debug("models/%s was built from other rules; building from rules/ instead", path.name)
            nlp = None
    if nlp is None:
        nlp = build_pipeline(rules, lang)
    _LOADED[key] = nlp
    return nlp
