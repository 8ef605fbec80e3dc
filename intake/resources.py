"""Where the rule files, paper templates and spaCy pipelines are: inside an installed wheel, or in the clone.

The repository's top-level `rules/`, `templates/` and `models/` are the only copies in git; `setup.py`
maps them into the wheel as `intake/data/<name>/` at build time. Light on purpose: `intake --version`
uses it, so it imports nothing beyond the standard library.
"""

from __future__ import annotations

import hashlib
import os
from importlib.resources import files
from pathlib import Path

RULE_FILES = ("fields", "lexicon", "documents", "denial_types", "carc", "boilerplate", "plan_types", "layout",
              "insurers", "names")
DATA_DIRS = ("rules", "templates", "models")
SOURCE_ROOT = Path(__file__).resolve().parent.parent  # a clone's top level (an editable install reads it too)


def data_dir(name: str) -> Path:
    """The package's copy when installed from a wheel, else the clone's top-level folder of that name."""
    if name not in DATA_DIRS:
        raise ValueError(f"unknown data folder {name!r}")
    packaged = files("intake").joinpath("data", name)
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged
    return SOURCE_ROOT / name


def rules_dir() -> Path:
    """INTAKE_RULES_DIR when set (an advocacy group's own rules), else the rules intake ships with."""
    env = os.environ.get("INTAKE_RULES_DIR")
    return Path(env) if env else data_dir("rules")


def templates_dir() -> Path:
    """INTAKE_TEMPLATES_DIR when set (--templates overrides both), else the templates intake ships with."""
    env = os.environ.get("INTAKE_TEMPLATES_DIR")
    return Path(env) if env else data_dir("templates")


def models_dir() -> Path:
    """INTAKE_MODELS_DIR when set, else the pipelines built from the shipped rules (`intake rules build`)."""
    env = os.environ.get("INTAKE_MODELS_DIR")
    return Path(env) if env else data_dir("models")


def rules_digest(folder: Path) -> str:
    """The rule files' fingerprint, as `intake rules check` prints it and the spaCy pipelines record it.

    Raises FileNotFoundError when a rule file is missing."""
    digest = hashlib.sha256()
    for name in RULE_FILES:
        digest.update((folder / f"{name}.yaml").read_bytes())
    return digest.hexdigest()[:16]
