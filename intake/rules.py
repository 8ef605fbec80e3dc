"""The rules a run uses: validated by the strict models once per content, then read from a private snapshot.

The models and their loader live in `intake.rule_models` (pydantic); names such as `RuleSet`, `load_rules`,
`load_file` or `Strict` are still importable from here and load that module on first use. A run that finds
its snapshot (`intake.frozen`) never imports pydantic.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from intake.resources import RULE_FILES
from intake.resources import rules_dir as _rules_dir

if TYPE_CHECKING:
    from intake.rule_models import RuleSet


def default_rules_dir() -> Path:
    """INTAKE_RULES_DIR, else the shipped rules (the wheel's package data, or rules/ in a clone)."""
    return _rules_dir()


def __getattr__(name: str):
    """The models and the validating loader, imported (with pydantic) only when asked for."""
    if name.startswith("__"):
        raise AttributeError(name)
    from intake import rule_models

    try:
        return getattr(rule_models, name)
    except AttributeError:
        raise AttributeError(f"module 'intake.rules' has no attribute {name!r}") from None


_CACHE_LOCK = threading.Lock()


def cached_rules(rules_dir: str | None = None) -> RuleSet:
    """Rules are loaded once per process, never per page; a caller that arrives while the background
    warm-up is loading them waits for that load instead of doing it twice."""
    with _CACHE_LOCK:
        return _cached_rules(rules_dir)


@lru_cache(maxsize=4)
def _cached_rules(rules_dir: str | None) -> RuleSet:
    from intake import frozen

    folder = Path(rules_dir) if rules_dir else default_rules_dir()

    def validate():
        from intake.rule_models import load_rules

        return load_rules(folder)

    return frozen.load("rules", [folder / f"{name}.yaml" for name in RULE_FILES], validate)
