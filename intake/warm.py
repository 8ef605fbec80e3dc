"""Load the rules and the analysis modules in the background, started the moment Tesseract starts on a page.

Tesseract uses one core; loading on the other costs the user nothing. Started earlier, the loading would
fight the page's preprocessing for the interpreter lock. spaCy itself is needed only by the OCR-tolerant
phrase pass (intake/phrases.py finds the exact phrases without it): it is loaded here only when asked
(`intake process`, one file with a core to spare), never for a text-layer file, which starts no Tesseract.
"""

from __future__ import annotations

import threading

_lock = threading.Lock()
_thread: threading.Thread | None = None
_armed = False
_rules = None
_spacy = False
_ready = threading.Event()


def arm(rules, with_spacy: bool = False) -> None:
    """Say which rules to load (None: the default rules, read from rules/ in the background too), and
    whether spaCy's pipeline for the OCR-tolerant pass loads too."""
    global _rules, _armed, _spacy
    _rules, _armed, _spacy = rules, True, with_spacy


def start() -> None:
    """Start loading once per process (idempotent); called just before each Tesseract run. What every
    page needs is ready first (`wait` returns then); spaCy, asked for, loads after it in the same thread,
    and only the OCR-tolerant pass waits for it (intake.nlp's lock)."""
    global _thread
    with _lock:
        if _thread is not None or not _armed:
            return
        given, spacy_too = _rules, _spacy

        def load():
            try:
                import intake.classify  # noqa: F401 - the analysis modules, imported while Tesseract works
                import intake.extract.fields  # noqa: F401
                from intake.nlp import pipeline
                from intake.notice.rules import cached_notice_rules
                from intake.rules import cached_rules

                rules = given or cached_rules()
                pipeline(rules, "en")
                cached_notice_rules()
            finally:
                _ready.set()  # a failure here is met again, and said, where the page needs it
            if spacy_too:
                from intake.nlp import spacy_pipeline

                _behind_tesseract()
                spacy_pipeline(rules, "en")

        _thread = threading.Thread(target=load, name="intake-warm-up", daemon=True)
        _thread.start()


def _behind_tesseract() -> None:
    """This thread only (Linux keeps a nice value per thread): loading spaCy, which a page may never
    need, takes an idle core but yields one Tesseract is waiting for on a busy machine."""
    import os
    import sys

    if sys.platform.startswith("linux"):
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        except OSError:
            pass


def wait() -> None:
    """Wait for what every page needs, when a loading has started; none started (no Tesseract run): the
    callers load what they use themselves, and nothing more."""
    if _thread is not None:
        _ready.wait()


def load_now(rules=None, with_spacy: bool = True) -> None:
    """Load in this thread, before a pool forks (intake worker, a local batch): every process then shares
    the rules, the analysis modules (and spaCy, with_spacy) copy-on-write instead of loading its own."""
    import intake.classify  # noqa: F401
    import intake.extract.fields  # noqa: F401
    from intake.nlp import pipeline, spacy_pipeline
    from intake.notice.rules import cached_notice_rules
    from intake.rules import cached_rules

    rules = rules or cached_rules()
    pipeline(rules, "en")
    cached_notice_rules()
    if with_spacy:
        spacy_pipeline(rules, "en")
