"""Load spaCy and the rule pipelines in the background, started the moment Tesseract starts on a page.

Tesseract uses one core; importing spaCy on the other costs the user nothing. Started earlier, the import
would fight the page's preprocessing for the interpreter lock.
"""

from __future__ import annotations

import threading

_lock = threading.Lock()
_thread: threading.Thread | None = None
_rules = None


def arm(rules) -> None:
    """Say which rules to load; nothing starts yet."""
    global _rules
    _rules = rules


def start() -> None:
    """Start loading once per process (idempotent); called just before each Tesseract run."""
    global _thread
    with _lock:
        if _thread is not None or _rules is None:
            return
        rules = _rules

        def load():
            from intake.nlp import pipeline

            pipeline(rules, "en")

        _thread = threading.Thread(target=load, name="intake-warm-up", daemon=True)
        _thread.start()


def wait() -> None:
    start()
    if _thread is not None:
        _thread.join()
