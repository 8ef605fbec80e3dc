"""The exact phrases found without spaCy (intake/phrases.py) are the ones spaCy finds, on every stored page."""

from __future__ import annotations

import functools
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake import phrases
from intake.extract.doctext import DocText, reading_lines
from intake.golden import load_pages
from intake.model import Document, SourceFile
from intake.nlp import LANGS, phrase_patterns, spacy_pipeline
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
    return list(_stored_texts())


@functools.cache
def _stored_texts() -> tuple[str, ...]:
    """Read once per run: six tests walk the same few thousand stored page sets."""
    src = SourceFile(path="x", sha256="0", kind="image", page_count=1, size=1)
    out = []
    for stored in sorted(GOLDEN.glob("**/*.pages.json.gz")):
        dtext = DocText(reading_lines(Document(src, load_pages(stored))))
        out += [dtext.folded.replace("\n", " "), dtext.text]
    return tuple(out)


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
        doc = exact(phrases.Doc(text))
        got = found(doc)
        if doc.tied:  # two rules on the same words: the same spans, the first listed rule named (spaCy: hash order)
            assert [g[2:] for g in got] == [w[2:] for w in want], text[:200]
        else:
            assert got == want, text[:200]
        hits += len(got)
    assert hits > 100  # the corpus does exercise the phrases


def tolerant_texts() -> list[str]:
    """Every tenth stored page set as classification folds it (spaCy's fuzzy matcher takes some 25 ms a page, so
    not all of them), and pages with OCR slips in the denial phrases' long words."""
    texts = stored_texts()[::20]
    slips = ["the service is not medicaly necessary", "this is considered experlmental", "servicio no cubiert0",
             "the claim was denled for no prior authorizatlon", "investigaclonal treatment", "not rnedically necessary",
             "la solicitud fue denegda", "this item is exciuded from coverage", "it was unbundied from the visit"]
    return texts + slips + TRICKY


@pytest.mark.parametrize("lang", LANGS)
def test_tolerant_replay_finds_what_spacy_finds(replays, lang):
    """The OCR-tolerant pass without spaCy: the same entities as spaCy's fuzzy EntityRuler after its exact one,
    except where two rules fit the same words (then the closer rule, and the same spans)."""
    exact, nlp = replays[lang]
    fuzzy_hits = same = 0
    for text in tolerant_texts():
        want = found(nlp.get_pipe("ocr_tolerant_phrases")(nlp.get_pipe("exact_phrases")(nlp.make_doc(text))))
        before = exact(phrases.Doc(text))
        n_exact = len(before.ents)
        got = found(exact.tolerant(before))
        assert [g[2:] for g in got] == [w[2:] for w in want], text[:200]
        if not before.tied:
            assert [g[0] for g in got] == [w[0] for w in want], text[:200]
        same += got == want
        fuzzy_hits += len(got) - n_exact
    assert fuzzy_hits > 10  # slips were found
    assert same > 0.9 * len(tolerant_texts())  # rules differ only where two fit the same words


def test_closer_rule_keeps_words_two_rules_fit():
    """'investigaclonal' is one edit from the Spanish word and two from the English: the Spanish rule names it."""
    rules = cached_rules()
    exact = phrases.load(models_dir() / "phrases_en.json", rules.digest)
    doc = exact.tolerant(exact(phrases.Doc("este tratamiento es investigaclonal")))
    rule = next(e.ent_id_ for e in doc.ents)
    pattern = next(p for p in exact.tolerant.patterns if p[1] == rule)
    assert [t for t, _ in pattern[2]] == ["investigacional"]


@pytest.mark.parametrize("a,b,k,want", [("denled", "denied", 1, True), ("denied", "denied", 0, True),
                                        ("experlmentel", "experimental", 2, True), ("expediente", "experimental", 2, False),
                                        ("bundled", "self-funded", 2, False), ("covered", "coverd", 1, True),
                                        ("ab", "ba", 1, False), ("ab", "ba", 2, True), ("", "abc", 2, False)])
def test_within_edits_is_levenshtein(a, b, k, want):
    assert phrases.within_edits(a, b, k) is want


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


def test_pipeline_finds_tolerant_phrases_without_spacy():
    """Classification's calls: neither pass imports spaCy, and an OCR slip still names the denial."""
    code = ("import sys; from intake.nlp import pipeline; from intake.rules import cached_rules; "
            "nlp = pipeline(cached_rules(), 'en'); "
            "doc = nlp.get_pipe('exact_phrases')(nlp.make_doc('the service was not medicaly necessary')); "
            "doc = nlp.get_pipe('ocr_tolerant_phrases')(doc); "
            "print(sorted(e.label_ for e in doc.ents), 'spacy' in sys.modules)")
    got = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert got.returncode == 0, got.stderr[-2000:]
    assert got.stdout.strip() == "['DENIAL:medical_necessity'] False"


def test_stale_replay_is_not_used(tmp_path):
    """Rules edited after the build: the replay's digest differs, so spaCy finds the phrases."""
    path = models_dir() / "phrases_en.json"
    assert phrases.load(path, "not-these-rules") is None
    assert phrases.load(tmp_path / "missing.json", cached_rules().digest) is None


def test_text_layer_letter_never_imports_spacy():
    """intake process on a text-layer letter: no spaCy in the process at all."""
    sample = next(p for p in sorted((ROOT / "sample_docs").glob("bd_*.pdf")))
    code = ("import sys; from intake import api; list(api.process_files([sys.argv[1]])); "
            "print('spacy' in sys.modules, 'pydantic' in sys.modules, 'importlib.metadata' in sys.modules)")
    got = subprocess.run([sys.executable, "-c", code, str(sample)], capture_output=True, text=True, timeout=120,
                         cwd=ROOT)
    assert got.returncode == 0, got.stderr[-2000:]
    # (nor pydantic: the rules come from their validated snapshot; nor a scan of every installed distribution for
    # spaCy's version: its about.py says it)
    assert got.stdout.strip() == "False False False"


def test_spacys_version_is_read_as_the_distribution_states_it():
    from importlib.metadata import version

    assert phrases.installed_spacy_version() == version("spacy")


def test_build_writes_the_replay(tmp_path):
    from intake.nlp import save_pipelines

    written = save_pipelines(cached_rules(), Path(tmp_path))
    assert {p.name for p in written} >= {"phrases_en.json", "phrases_es.json", "intake_en", "intake_es"}
    assert phrases.load(tmp_path / "phrases_es.json", cached_rules().digest) is not None


def test_an_ocr_page_and_a_workers_warm_up_never_import_spacy():
    """A scanned page with an OCR slip in its reason, replayed through every stage, and the rules a queue
    worker loads before its pool forks: spaCy stays out of the process (about two seconds and its memory)."""
    stored = next(p for p in sorted((GOLDEN / "families").glob("*.tif.pages.json.gz")))
    source = ROOT / "sample_docs" / "families" / stored.name[:-len(".pages.json.gz")]
    code = ("import sys; from pathlib import Path; from intake import warm; warm.load_now(); "
            "from intake.golden import replay; from intake.rules import cached_rules; "
            "r = replay(Path(sys.argv[1]), Path(sys.argv[2]), cached_rules()); "
            "print(len(r) > 0, 'spacy' in sys.modules)")
    got = subprocess.run([sys.executable, "-c", code, str(source), str(stored)], capture_output=True, text=True,
                         timeout=120, cwd=ROOT)
    assert got.returncode == 0, got.stderr[-2000:]
    assert got.stdout.strip() == "True False"


def _levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="abcdeilnr", max_size=12), st.text(alphabet="abcdeilnr", max_size=12), st.integers(0, 3))
def test_banded_edit_test_agrees_with_the_full_distance(a, b, k):
    """The band around the diagonal and the early stop lose no pair within k edits, and admit none beyond."""
    assert phrases.within_edits(a, b, k) is (_levenshtein(a, b) <= k)
