"""The exact phrases found without spaCy (intake/phrases.py) are the ones spaCy finds, on every stored page."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from intake import phrases
from intake.extract.doctext import DocText, reading_lines
from intake.golden import load_pages
from intake.model import Document, SourceFile
from intake.nlp import LANGS, Pipeline, phrase_patterns, pipeline, spacy_pipeline
from intake.resources import models_dir
from intake.rules import cached_rules
from tests.conftest import ROOT

GOLDEN = ROOT / "tests" / "golden"
TRICKY = ["Not medically necessary.", "NOT  MEDICALLY\tnecessary", " leading  and trailing ", "U.S. (e.g. Jan.) it's",
          "out-of-network; out of network:denied", "(not covered)", "no cubierto-por el plan", "a.m. 10a.m. 3p.m.",
          "we don't cover", "http://example.org/not-covered?x=1", ":) not covered :-(", "prior authorization...",
          "'not covered'", "«no cubierto»", "¿Por qué?", "médicamente necesario", "\n\nnot\n covered \n"]


def stored_texts() -> list[str]:
    """What classification hands the phrase matcher, for every stored page set (the golden corpus)."""
    src = SourceFile(path="x", sha256="0", kind="image", page_count=1, size=1)
    out = []
    for stored in sorted(GOLDEN.glob("**/*.pages.json.gz")):
        dtext = DocText(reading_lines(Document(src, load_pages(stored))))
        out += [dtext.folded.replace("\n", " "), dtext.text]
    return out


def found(doc) -> list[tuple]:
    return [(e.label_, e.ent_id_, e.text, e.start_char) for e in doc.ents]


@pytest.fixture(scope="module")
def replays():
    rules = cached_rules()
    got = {}
    for lang in LANGS:
        exact = phrases.load(models_dir() / f"phrases_{lang}.json", rules.digest)
        assert exact is not None, "models/ has no phrase replay for these rules: run `intake rules build`"
        got[lang] = (exact, spacy_pipeline(rules, lang))
    return got


@pytest.mark.parametrize("lang", LANGS)
def test_replay_finds_what_spacy_finds_on_every_stored_page(replays, lang):
    exact, nlp = replays[lang]
    texts = stored_texts() + TRICKY
    assert len(texts) > 100
    hits = 0
    for text in texts:
        want = found(nlp.get_pipe("exact_phrases")(nlp.make_doc(text)))
        try:
            got = found(exact(phrases.Doc(text)))
        except phrases.Ambiguous:
            continue  # spaCy decides these (Pipeline falls back); none is expected, counted below
        assert got == want, text[:200]
        hits += len(got)
    assert hits > 100  # the corpus does exercise the phrases


@pytest.mark.parametrize("lang", LANGS)
def test_tokens_are_spacys(replays, lang):
    exact, nlp = replays[lang]
    for text in stored_texts()[:40] + TRICKY:
        want = [(t.idx, t.idx + len(t.text)) for t in nlp.make_doc(text)]
        assert exact.tokenizer(text) == want, text[:200]


def test_phrase_tokens_are_spacys(replays):
    rules = cached_rules()
    exact, nlp = replays["en"]
    pats = phrase_patterns(rules)
    assert [list(p[2]) for p in exact.patterns] == [[t.lower_ for t in nlp.make_doc(p["pattern"])] for p in pats]


def test_pipeline_without_spacy_and_tolerant_pass_with_it():
    """Classification's calls: the exact pass needs no spaCy; the OCR-tolerant pass is spaCy's own."""
    rules = cached_rules()
    nlp = pipeline(rules, "en")
    assert isinstance(nlp, Pipeline)
    text = "we denied the claim because the service was not medicaly necessary"
    doc = nlp.get_pipe("exact_phrases")(nlp.make_doc(text))
    tolerant = nlp.get_pipe("ocr_tolerant_phrases")(doc)
    real = spacy_pipeline(rules, "en")
    want = real.get_pipe("ocr_tolerant_phrases")(real.get_pipe("exact_phrases")(real.make_doc(text)))
    assert found(tolerant) == found(want)
    assert any(e.label_.startswith("DENIAL:") for e in tolerant.ents)


def test_stale_replay_is_not_used(tmp_path):
    """Rules edited after the build: the replay's digest differs, so spaCy finds the phrases."""
    path = models_dir() / "phrases_en.json"
    assert phrases.load(path, "not-these-rules") is None
    assert phrases.load(tmp_path / "missing.json", cached_rules().digest) is None


def test_text_layer_letter_never_imports_spacy():
    """intake process on a text-layer letter: no spaCy in the process at all."""
    sample = next(p for p in sorted((ROOT / "sample_docs").glob("bd_*.pdf")))
    code = ("import sys; from intake import api; list(api.process_files([sys.argv[1]])); "
            "print('spacy' in sys.modules)")
    got = subprocess.run([sys.executable, "-c", code, str(sample)], capture_output=True, text=True, timeout=120,
                         cwd=ROOT)
    assert got.returncode == 0, got.stderr[-2000:]
    assert got.stdout.strip() == "False"


def test_build_writes_the_replay(tmp_path):
    from intake.nlp import save_pipelines

    written = save_pipelines(cached_rules(), Path(tmp_path))
    assert {p.name for p in written} >= {"phrases_en.json", "phrases_es.json", "intake_en", "intake_es"}
    assert phrases.load(tmp_path / "phrases_es.json", cached_rules().digest) is not None
