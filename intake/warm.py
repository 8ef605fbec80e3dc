"""Load the rules and the analysis modules in the background, started the moment Tesseract starts on a page.

Tesseract uses one core; loading on the other costs the user nothing. Started earlier, the loading would
fight the page's preprocessing for the interpreter lock. spaCy is never loaded: both phrase passes are
replayed without it (intake/phrases.py), and a text-layer file starts no Tesseract and so no warm-up.

Loading is not all a first page pays for: the stages build their tables lazily (a rule set's word sets,
compiled patterns, the notice check's per-plan lists), about a tenth of a second on this machine. So the
warm-up ends with a rehearsal: one invented page, held here and drawn from no document, goes through every
stage after reading while Tesseract still works on the real one. Its results are thrown away and its log
records are never shown (rehearsing()).
"""

from __future__ import annotations

import threading

from intake.model import Line, PageText, SourceFile, Word

_lock = threading.Lock()
_thread: threading.Thread | None = None
_armed = False
_rules = None
_ready = threading.Event()
THREAD_NAME = "intake-warm-up"

# The rehearsal page: an invented denial EOB (every name and number a placeholder), with the parts every
# stage looks at: a letterhead, an address block, captions and values, a claims table, a reason, a deadline.
# Two spaces between words set a table's columns apart.
REHEARSAL_LINES = (
    "Example Mutual Health Plan",
    "PO Box 100  Springfield, ZZ 00000  1-800-000-0000",
    "EXPLANATION OF BENEFITS",
    "Date of notice: March 3, 2031",
    "Pat Q. Placeholder  Member ID: QX4820001357",
    "12 Any Street  Group number: 730015",
    "Springfield, ZZ 00000  Claim number: QX-3107-2468",
    "Date of service  Provider  Billed  Allowed  You owe",
    "02/10/2031  Example Clinic  $100.00  $0.00  $100.00",
    "We denied this claim because the records do not show the service was medically necessary.",
    "You may appeal within 180 days of the date of this notice.",
)


def rehearsal_page() -> PageText:
    """REHEARSAL_LINES as an OCR page of 300 dpi letter paper: words where a typewriter would put them."""
    lines = []
    for row, text in enumerate(REHEARSAL_LINES):
        y, x, words = 150 + 60 * row, 150.0, []
        for cell in text.split("  "):
            for token in cell.split():
                words.append(Word(token, 0.95, (x, y, x + 22 * len(token), y + 34)))
                x += 22 * (len(token) + 1)
            x += 200
        lines.append(Line(words, 1, row))
    return PageText(1, 2550, 3300, lines, "ocr", mean_conf=0.95)


def rehearse(rules) -> None:
    """The rehearsal: every stage after reading, once, on rehearsal_page(); results thrown away. A failure is
    no failure of the user's file: the real page meets it again and says so."""
    from intake.pipeline import documents_of, features_of, result_of

    page = rehearsal_page()
    source = SourceFile("rehearsal", "0" * 64, "image", 1, 0)
    try:
        for doc in documents_of(source, [page], [features_of(page, source, rules)]):
            result_of(doc, rules, "rehearsal")
    except Exception:  # noqa: BLE001 - see the docstring
        return


def rehearsing(record) -> bool:
    """A log record the rehearsal wrote (the log filters drop these below WARNING)."""
    return record.threadName == THREAD_NAME


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
                rehearse(rules)
            finally:
                _ready.set()  # a failure here is met again, and said, where the page needs it

        _thread = threading.Thread(target=load, name=THREAD_NAME, daemon=True)
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
    rehearsal = threading.Thread(target=rehearse, args=(rules,), name=THREAD_NAME)
    rehearsal.start()  # its own thread only so that its log records are known by the thread's name
    rehearsal.join()
