"""Exit codes belong to exceptions, so the CLI has exactly one place that turns errors into exits."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Documented process exit codes (see README, "Exit codes")."""

    ok = 0
    some_failed = 1  # several inputs, at least one failed; the others were processed
    usage = 2  # bad command line (Typer/Click also uses 2)
    input_file = 3  # the input cannot be read: missing, empty, corrupt, unsupported
    encrypted = 4  # password-protected PDF
    too_large = 5  # too many pages or pixels (decompression bomb)
    missing_dependency = 6  # tesseract or poppler is not installed
    rules_invalid = 7  # a rule file in rules/ is wrong
    output = 8  # cannot write to the output folder
    service = 9  # the case database or the queue's broker cannot be reached or used
    internal = 15  # a bug: please report it
    interrupted = 130


class IntakeError(Exception):
    """Base of every error a user may see; the message is one line and never holds document text."""

    exit_code = ExitCode.internal

    def __init__(self, message: str, path: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path

    def one_line(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return (where + self.message).replace("\n", " ")


class InputFileError(IntakeError):
    exit_code = ExitCode.input_file


class EncryptedPdfError(IntakeError):
    exit_code = ExitCode.encrypted


class InputTooLargeError(IntakeError):
    exit_code = ExitCode.too_large


class MissingDependencyError(IntakeError):
    exit_code = ExitCode.missing_dependency


class RulesError(IntakeError):
    exit_code = ExitCode.rules_invalid


class OutputError(IntakeError):
    exit_code = ExitCode.output


class UsageError(IntakeError):
    """A value on the command line that Click cannot judge alone (a document ID nobody has, a --store
    URL of the wrong kind, options that cannot go together): exit 2, like Click's own usage errors."""

    exit_code = ExitCode.usage


class NotFoundError(UsageError):
    """An ID nobody has: a document, case, request or record. It is a mistake on the command line, not
    an unreadable input, so every command exits 2 for it, with Click's usage line; the review page
    answers 404."""


class DatabaseError(IntakeError):
    """The database cannot be opened or written; the message never shows a password."""

    exit_code = ExitCode.service


class BrokerError(IntakeError):
    """No broker URL, or the broker cannot be reached; the message never shows a password."""

    exit_code = ExitCode.service
