"""The notice-requirement rules a run uses: validated once per content (`intake.notice.rule_models`), then
read from the private snapshot (`intake.frozen`) without pydantic."""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from intake.notice.rule_models import NoticeRules

FILE_NAME = "notice_requirements.yaml"


def compile_cue(pattern: str) -> re.Pattern:
    """A plain space in a cue matches any run of spaces or none: OCR joins and splits words."""
    return re.compile(re.sub(r"(?<!\\) ", r"\\s*", pattern))


def __getattr__(name: str):
    """The models and `load_notice_rules` (validating), imported with pydantic only when asked for."""
    if name.startswith("__"):
        raise AttributeError(name)
    from intake.notice import rule_models

    try:
        return getattr(rule_models, name)
    except AttributeError:
        raise AttributeError(f"module 'intake.notice.rules' has no attribute {name!r}") from None


_LOCK = threading.Lock()


def cached_notice_rules(rules_dir: str | None = None) -> NoticeRules:
    with _LOCK:
        return _cached(rules_dir)


@lru_cache(maxsize=4)
def _cached(rules_dir: str | None) -> NoticeRules:
    from intake import frozen
    from intake.rules import default_rules_dir

    folder = Path(rules_dir) if rules_dir else default_rules_dir()

    def validate():
        from intake.notice.rule_models import load_notice_rules

        return load_notice_rules(folder)

    return frozen.load("notice", [folder / FILE_NAME], validate)
