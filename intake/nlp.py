"""spaCy pipelines of rule phrases: blank tokenisers plus an EntityRuler, built from rules/ or loaded from models/;
both phrase passes, exact and OCR-tolerant, are replayed without spaCy where the build exported them
(intake/phrases.py): spaCy builds them and holds the replay to its output."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from intake.resources import models_dir

if TYPE_CHECKING:
    from intake.rule_models import RuleSet

log = logging.getLogger(__name__)
LANGS = ("en", "es")
_LOADED: dict[tuple, object] = {}
_SPACY_LOCK = threading.Lock()


FUZZY_MIN_LEN = 6  # words this long may carry an OCR slip ('denled')
FUZZY2_MIN_LEN = 9  # and words this long two ('hecessary'): two slips in a shorter word make another word


def fuzzy_tokens(tokenizer, phrase: str) -> list[dict] | None:
    """The phrase as token patterns whose longest word may carry OCR slips (spaCy's FUZZY1/FUZZY2 operators).

    One fuzzy word per phrase keeps the edit-distance work small; the other words must be exact.
    """
    toks = [t.text for t in tokenizer(phrase)]
    longest = max(range(len(toks)), key=lambda i: len(toks[i])) if toks else None
    if longest is None or len(toks[longest]) < FUZZY_MIN_LEN:
        return None
    # at most two edits (FUZZY2): spaCy's plain FUZZY allows 30% of the word, four edits for 'experimental',
    # which let the Spanish 'expediente' (a case file) read as 'experimental'; one edit (FUZZY1) below nine
    # letters, where two made 'self-funded' read as 'bundled'
    op = "FUZZY2" if len(toks[longest]) >= FUZZY2_MIN_LEN else "FUZZY1"
    return [{"LOWER": {op: t}} if i == longest else {"LOWER": t} for i, t in enumerate(toks)]


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
        nlp = build_pipeline(rules, lang)
        nlp.to_disk(path)
        out += [path, save_phrases(nlp, rules, target)]
    return out


def save_phrases(nlp, rules: RuleSet, target: Path) -> Path:
    """The exact phrases and the tokenizer's rules for the replay without spaCy (intake/phrases.py)."""
    import spacy

    from intake import phrases

    path = target / f"phrases_{nlp.lang}.json"
    data = phrases.export(nlp, phrase_patterns(rules), phrase_patterns(rules, nlp.tokenizer))
    phrases.save(data, path, rules.digest, spacy.__version__)
    return path


class Pipeline:
    """What classification asks of a pipeline, both phrase passes replayed without spaCy (intake/phrases.py);
    spaCy is loaded only for a pipe the replay does not have."""

    def __init__(self, exact, rules: RuleSet, lang: str):
        self.exact, self.rules, self.lang = exact, rules, lang

    def make_doc(self, text: str):
        from intake.phrases import Doc

        return Doc(text)

    def get_pipe(self, name: str):
        if name == "exact_phrases":
            return self._exact
        if name == "ocr_tolerant_phrases":
            return self._tolerant
        return spacy_pipeline(self.rules, self.lang).get_pipe(name)

    def _exact(self, doc):
        return self.exact(doc)

    def _tolerant(self, doc):
        """The tolerant pass replayed over the exact pass's entities (it keeps what the exact one found)."""
        return self.exact.tolerant(doc)


def pipeline(rules: RuleSet, lang: str = "en"):
    """The phrase pipeline for classification: the replay of the exact phrases when models/ has it for
    these very rules (no spaCy import), else spaCy's."""
    key = ("light", rules.digest, lang)
    if key not in _LOADED:
        from intake import phrases

        exact = phrases.load(models_dir() / f"phrases_{lang}.json", rules.digest)
        if exact is None:
            log.debug("no phrase replay for these rules in models/; spaCy finds the phrases")
        _LOADED[key] = Pipeline(exact, rules, lang) if exact is not None else None
    return _LOADED[key] or spacy_pipeline(rules, lang)


def spacy_pipeline(rules: RuleSet, lang: str = "en"):
    """Loaded once per process: from models/ when built from these very rules, else built in memory (the
    build, the replay's tests, and a models/ folder without the replay). Two threads asking at once load it once."""
    with _SPACY_LOCK:
        return _spacy_pipeline(rules, lang)


def _spacy_pipeline(rules: RuleSet, lang: str):
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
