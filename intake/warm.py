"""Load the rules and the analysis modules in the background, started the moment Tesseract starts on a page.

Tesseract uses one core; loading on the other costs the user nothing. Started earlier, the loading would
fight the page's preprocessing for the interpreter lock. spaCy is never loaded: both phrase passes are
replayed without it (intake/phrases.py), and a text-layer file starts no Tesseract and so no warm-up.
"""

from __future__ import annotations

import threading

_lock = threading.Lock()
_thread: threading.Thread | None = None
_armed = False
_rules = None
_ready = threading.Event()


def arm(rules) -> None:
    """Say which rules to load (None: the default rules, read from rules/ in the background too)."""
    global _rules, _armed
    _rules, _armed = rules, True


def start() -> None:
    """Start loading once per process (idempotent); called just before each Tesseract run; `wait` returns
    once what every page needs is loaded."""
    global _thread
    with _lock:
        if _thread is not None or not _armed:
            return
        given = _rules

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

        _thread = threading.Thread(target=load, name="intake-warm-up", daemon=True)
        _thread.start()


def wait() -> None:
    """Wait for what every page needs, when a loading has started; none started (no Tesseract run): the
    callers load what they use themselves, and nothing more."""
    if _thread is not None:
        _ready.wait()


def load_now(rules=None) -> None:
    """Load in this thread, before a pool forks (intake worker, a local batch): every process then shares
    the rules and the analysis modules copy-on-write instead of loading its own."""
    import intake.classify  # noqa: F401
    import intake.extract.fields  # noqa: F401
    from intake.nlp import pipeline
    from intake.notice.rules import cached_notice_rules
    from intake.rules import cached_rules

    rules = rules or cached_rules()
    pipeline(rules, "en")
    cached_notice_rules()
