"""Validated rules as plain frozen objects, snapshotted per user so a run that finds them skips pydantic.

Why: validating the rule files is worth its cost once per content, not once per run. Importing pydantic,
building twenty-odd model classes and validating about a thousand patterns took half of the 0.5 s that
`intake process` spends on a one-page text-layer letter. The rules are validated with the strict models
(`intake.rule_models`) the first time a given content is met; what they produce is kept as a snapshot of
plain data (lists, dicts, strings, numbers) keyed by the rule files' bytes and the models' source code, and
later runs rebuild the same attribute tree from it as `Frozen` objects, without importing pydantic at all.
Both paths hand out the same kind of object, so what runs on a cache hit is what the tests exercise.

Safe by construction, like `intake.recache`: the snapshot is read with `marshal` (plain data, never
`pickle`), lives in the user's private cache folder (0700 folder, 0600 file), holds rule patterns and
words from intake's own rule files (never document text), and any error reading it falls back to
validating the files again. A changed rule file or model changes the key: a stale snapshot is never read.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import sys
from pathlib import Path
from typing import Any, Callable, Iterable

log = logging.getLogger(__name__)

_MODEL = "__model__"  # a tuple (_MODEL, kind, fields) in the snapshot is one validated model
_SNAPSHOT_VERSION = 1


class Frozen:
    """An attribute tree read from a snapshot: the fields of one validated model, read-only."""

    _model_name = "model"

    def __init__(self, fields: dict[str, Any]):
        self.__dict__.update(fields)

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen")

    def __eq__(self, other):
        return type(other) is type(self) and other.__dict__ == self.__dict__

    __hash__ = None  # like the frozen models holding lists: not hashable

    def __repr__(self):
        return f"{self._model_name}({', '.join(k for k in sorted(self.__dict__) if k != '_model_name')})"


class CuesMethods:
    """Cues.of, shared by the validated model and its frozen twin."""

    def of(self, lang: str) -> list[str]:
        """Cues of the notice's language first, then the other's: a Spanish notice may carry English inserts."""
        own = self.es if lang == "es" else self.en
        other = self.en if lang == "es" else self.es
        return own + [p for p in other if p not in own]


class RequirementMethods:
    def citation(self, plan_type: str):
        return next((c for c in self.citations if plan_type in c.plan_types), None)


class NoticeRulesMethods:
    def cues_of(self, req, lang: str) -> list[str]:
        """The requirement's own cues and those of the shared sets it uses."""
        out = list(req.cues.of(lang))
        for name in req.use:
            out += [p for p in self.cue_sets[name].of(lang) if p not in out]
        return out


class FrozenCues(CuesMethods, Frozen):
    pass


class FrozenRequirement(RequirementMethods, Frozen):
    pass


class FrozenNoticeRules(NoticeRulesMethods, Frozen):
    pass


_FROZEN_KINDS = {"Cues": FrozenCues, "Requirement": FrozenRequirement, "NoticeRules": FrozenNoticeRules}


def encode(model) -> Any:
    """A validated model as snapshot data: models become (_MODEL, class name, fields) tuples."""
    fields = getattr(type(model), "model_fields", None)
    if fields is not None:
        return (_MODEL, type(model).__name__, {name: encode(getattr(model, name)) for name in fields})
    if isinstance(model, dict):
        return {k: encode(v) for k, v in model.items()}
    if isinstance(model, list):
        return [encode(v) for v in model]
    if model is None or isinstance(model, (str, int, float, bool)):
        return model
    raise TypeError(f"a rule value of type {type(model).__name__} has no snapshot form")


def thaw(data: Any) -> Any:
    """Snapshot data back as Frozen objects (the model's own methods through its frozen twin)."""
    if isinstance(data, tuple) and len(data) == 3 and data[0] == _MODEL:
        cls = _FROZEN_KINDS.get(data[1], Frozen)
        obj = cls({k: thaw(v) for k, v in data[2].items()})
        object.__setattr__(obj, "_model_name", data[1])
        return obj
    if isinstance(data, dict):
        return {k: thaw(v) for k, v in data.items()}
    if isinstance(data, list):
        return [thaw(v) for v in data]
    return data


def snapshot_key(name: str, files: Iterable[Path]) -> str | None:
    """The key of one snapshot: the rule files' bytes, the models' source and this Python's marshal format.
    None when a file cannot be read (then the validating load reports what is wrong)."""
    digest = hashlib.sha256(f"{name}:{_SNAPSHOT_VERSION}:{marshal.version}:{sys.version}".encode())
    here = Path(__file__).resolve().parent
    try:
        for path in [here / "frozen.py", here / "rule_models.py", here / "notice" / "rule_models.py", *files]:
            digest.update(path.read_bytes())
    except OSError:
        return None
    return digest.hexdigest()[:32]


def load(name: str, files: list[Path], validate: Callable[[], Any]) -> Any:
    """The frozen rules: from this user's snapshot of the same content, else `validate()`d now and snapshotted."""
    from intake.recache import cache_folder, write_private

    key = snapshot_key(name, files)
    folder = cache_folder() if key else None
    path = folder / f"snapshot-{name}-{key}.marshal" if folder else None
    if path is not None and path.exists():
        try:
            return thaw(marshal.loads(path.read_bytes()))
        except Exception as exc:  # noqa: BLE001 - any unreadable snapshot: validate the files again
            log.debug("rules snapshot %s not used: %s", path.name, exc)
    data = encode(validate())
    if path is not None and write_private(path, marshal.dumps(data)):
        _prune(path)
    return thaw(data)


def _prune(kept: Path) -> None:
    """One snapshot per rule set: those of earlier contents go (a run on other rules writes its own again)."""
    for old in kept.parent.glob(kept.name.rsplit("-", 1)[0] + "-*.marshal"):
        if old != kept:
            old.unlink(missing_ok=True)
