"""What `intake --version` reports: this package, the Tesseract it will run, and the rules it will use.

Standard library only, so the answer comes in a few hundredths of a second.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from intake import DISTRIBUTION, __version__
from intake.resources import rules_digest, rules_dir

NEEDED_LANGS = ("eng", "spa", "osd")  # English and Spanish letters; osd turns sideways pages


def tesseract_info() -> tuple[str | None, list[str]]:
    """Tesseract's version and installed languages, both asked at once; (None, []) when it is absent."""
    exe = shutil.which("tesseract")
    if not exe:
        return None, []
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    runs = [subprocess.Popen([exe, arg], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, text=True)
            for arg in ("--version", "--list-langs")]
    version_out, langs_out = (run.communicate(timeout=20)[0] for run in runs)
    return parse_version(version_out), parse_langs(langs_out)


def parse_version(text: str) -> str | None:
    """'tesseract 5.3.0' from the first line of `tesseract --version`."""
    first = text.strip().splitlines()[0].split() if text.strip() else []
    return first[1] if len(first) >= 2 and first[0].lower() == "tesseract" else None


def parse_langs(text: str) -> list[str]:
    """The language codes `tesseract --list-langs` lists under its heading line."""
    return sorted(line.strip() for line in text.splitlines()[1:] if line.strip() and " " not in line.strip())


def tesseract_line(version: str | None, langs: list[str]) -> str:
    """One line; a missing language is named, since letters in it would then be read badly or not at all."""
    if version is None:
        return "tesseract: not found (Debian: apt-get install tesseract-ocr tesseract-ocr-spa tesseract-ocr-osd)"
    missing = [lang for lang in NEEDED_LANGS if lang not in langs]
    note = f"; missing {', '.join(missing)}" if missing else ""
    return f"tesseract {version} (languages: {', '.join(langs) or 'none'}{note})"


def rules_line() -> str:
    """The digest `intake rules check` prints, and the folder it came from (shipped, or INTAKE_RULES_DIR)."""
    folder = rules_dir()
    try:
        return f"rules {rules_digest(folder)} ({folder})"
    except OSError as exc:
        return f"rules: cannot be read in {folder} ({exc.strerror or exc})"


def version_lines() -> list[str]:
    """Three lines: intake and its distribution, Tesseract and its languages, the rules' digest and folder."""
    return [f"intake {__version__} ({DISTRIBUTION}, Python {'.'.join(map(str, sys.version_info[:3]))})",
            tesseract_line(*tesseract_info()), rules_line()]
