"""Load spaCy and the rule pipelines in the background, started the moment Tesseract starts on a page.

Tesseract uses one core; importing spaCy on the other costs the user nothing. Started earlier, the import
would fight the page's preprocessing for the interpreter lock.
"""

from __future__ import annotations

import threading

_lock = threading.Lock()
_thread: threading.Thread | None = None
_armed = False
_rules = None


def arm(rules) -> None:
    """Say which rules to load (None: the default rules, read from rules/ in the background too)."""
    global _rules, _armed
    _rules, _armed = rules, True


def start() -> None:
    """Start loading once per process (idempotent); called just before each Tesseract run."""
    global _thread
    with _lock:
        if _thread is not None or not _armed:
            return
        given = _rules

        def load():
            import intake.classify  # noqa: F401 - the analysis modules, imported while Tesseract works
            import intake.extract.fields  # noqa: F401
            from intake.nlp import pipeline
            from intake.rules import cached_rules

            pipeline(given or cached_rules(), "en")

        _thread = threading.Thread(target=load, name="intake-warm-up", daemon=True)
        _thread.start()


def wait() -> None:
    start()
    if _thread is not None:
        _thread.join()


def load_now(rules=None) -> None:
    """Load in this thread, before a long-lived pool forks (intake worker): every process then shares
    spaCy and the rules copy-on-write. A local batch does not: its workers load in the background."""
    from intake.nlp import pipeline
    from intake.rules import cached_rules

    pipeline(rules or cached_rules(), "en")
