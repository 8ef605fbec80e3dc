"""Who is asking: a requester profile (a validated, strict model) from a config file and command-line options."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

from pydantic import ConfigDict, ValidationError, field_validator

from intake.errors import InputFileError
from intake.rules import Strict


class Requester(Strict):
    """The person the papers are written for or by; unknown keys are an error, not silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True, coerce_numbers_to_str=True)  # phone: 5550100

    name: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    advocate: bool = False
    organization: str | None = None
    providers: list[str] = []
    lang: Literal["en", "es"] | None = None
    templates: str | None = None
    date: str | None = None  # YYYY-MM-DD printed on the papers

    @field_validator("date", mode="before")
    @classmethod
    def _iso_date(cls, v):
        if v in (None, ""):
            return None
        try:
            return dt.date.fromisoformat(str(v)).isoformat()
        except ValueError:
            raise ValueError(f"--date must be YYYY-MM-DD, not {v!r}") from None


KEYS = tuple(Requester.model_fields)


def load_requester(config: str | None, options: dict) -> dict:
    """Options win over the file; the result is checked against the Requester model."""
    data: dict = {}
    path = Path(config) if config else None
    if path is not None:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputFileError(f"cannot read requester profile ({exc.strerror})", str(path)) from None
        data = _parse(text, path)
        unknown = set(data) - set(KEYS)
        if unknown:
            raise InputFileError(f"unknown key(s) in requester profile: {', '.join(sorted(unknown))}", str(path))
    for key, value in options.items():
        if value not in (None, [], False, ""):
            data[key] = value
    try:
        return Requester.model_validate(data).model_dump()
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        message = err["msg"].removeprefix("Value error, ")
        if where == "date" and message.startswith("--date"):
            raise InputFileError(message) from None
        raise InputFileError(f"requester profile key {where}: {message}", str(path) if path else None) from None


def _parse(text: str, path: Path) -> dict:
    if path.suffix.lower() == ".toml":
        import tomllib

        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError:
            raise InputFileError("requester profile is not valid TOML", str(path)) from None
        return data.get("requester", data)
    import yaml

    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError:
        raise InputFileError("requester profile is not valid YAML", str(path)) from None
    if not isinstance(data, dict):
        raise InputFileError("requester profile must be a mapping of keys to values", str(path))
    return data.get("requester", data)
