"""Other people's noise off the terminal: warnings, library log records and C libraries' stderr go to DEBUG.

A damaged fax makes libtiff print "Fax4Decode: Bad code word" and Pillow warn "Corrupt EXIF data"
with its source line; a person watching a batch takes these for crashes. The file's own one-line reason
says what mattered; the raw messages are kept for -vv, where whoever reports a bug can see them."""

from __future__ import annotations

import logging
import os
import sys
import threading
import warnings

log = logging.getLogger("intake.library")
_installed = False
_MARK = b"\x00intake-settled\x00"  # written by settle(), comes out last
_settled = threading.Event()


def install(verbose: int = 0, terminal: bool = True) -> None:
    """Once per process, before any file is read (the CLI's logging set-up). Children forked later (a
    batch's workers) inherit it: their C libraries' messages come through the same pipe. terminal False:
    a service whose stderr is its log (intake worker, with Celery's own records) keeps it whole; only
    Python warnings go to debug."""
    global _installed
    if _installed:
        return
    _installed = True
    warnings.showwarning = _warning_to_debug
    if not terminal:
        return
    _capture_c_stderr()
    for handler in logging.getLogger().handlers:
        handler.addFilter(_OwnRecordsOnly(show_all=verbose >= 2))


class _OwnRecordsOnly(logging.Filter):
    """Pillow's "More samples per pixel than can be decoded" is logged at ERROR by Pillow itself: other
    libraries' records are shown only at -vv, intake's own as its level says."""

    def __init__(self, show_all: bool):
        super().__init__()
        self.show_all = show_all

    def filter(self, record: logging.LogRecord) -> bool:
        from intake.warm import rehearsing

        if record.levelno < logging.WARNING and rehearsing(record):
            return False  # the warm-up's rehearsal page is no document of the user's
        return self.show_all or record.name == "intake" or record.name.startswith("intake.")


def _warning_to_debug(message, category, filename, lineno, file=None, line=None) -> None:
    log.debug("%s: %s", category.__name__, str(message).strip())


def _capture_c_stderr() -> None:
    """File descriptor 2 becomes a pipe read by a thread that logs each line at DEBUG; Python's own
    sys.stderr (intake's messages, the summary, the progress line) keeps the real terminal."""
    try:
        real = os.dup(2)
        read_end, write_end = os.pipe()
    except OSError:  # no stderr at all (a daemon): nothing to keep quiet
        return
    sys.stderr.flush()
    stream = open(real, "w", buffering=1, encoding=getattr(sys.stderr, "encoding", None) or "utf-8",
                  errors="backslashreplace", closefd=True)
    _retarget(sys.stderr, stream)
    sys.stderr = stream
    os.dup2(write_end, 2)
    os.close(write_end)
    os.set_inheritable(2, True)
    threading.Thread(target=_drain, args=(read_end,), name="intake-c-stderr", daemon=True).start()


def _retarget(old, new) -> None:
    """Logging handlers made before install write to the new stream too."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.StreamHandler) and handler.stream is old:
            handler.setStream(new)


def _drain(fd: int) -> None:
    with open(fd, "rb", buffering=0) as pipe:
        pending = b""
        while True:
            chunk = pipe.read(65536)
            if not chunk:
                return
            *lines, pending = (pending + chunk).split(b"\n")
            for line in lines:
                if line == _MARK:
                    _settled.set()
                elif line.strip():
                    log.debug("library message: %s", line.decode("utf-8", "replace").rstrip())


def settle(timeout: float = 1.0) -> None:
    """Before a fast exit with -vv: wait until the messages already written to the pipe are logged (a
    mark written now comes out last). Without debug logging there is nothing to wait for."""
    if not _installed or not log.isEnabledFor(logging.DEBUG):
        return
    _settled.clear()
    try:
        os.write(2, _MARK + b"\n")
    except OSError:
        return
    _settled.wait(timeout)
