"""Who is asking: a requester profile from a config file and command-line options."""

from __future__ import annotations

from pathlib import Path

from intake.errors import InputFileError

KEYS = ("name", "address", "phone", "email", "advocate", "organization", "providers", "lang", "templates", "date")


def load_requester(config: str | None, options: dict) -> dict:
    """Options win over the file; unknown keys in the file are an error, not silently ignored."""
    data: dict = {}
    if config:
        path = Path(config)
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
    data.setdefault("providers", [])
    data.setdefault("advocate", False)
    if data.get("date"):
        import datetime as dt

        try:
            dt.date.fromisoformat(str(data["date"]))
        except ValueError:
            raise InputFileError(f"--date must be YYYY-MM-DD, not {data['date']!r}") from None
        data["date"] = str(data["date"])
    return data


def _parse(text: str, path: Path) -> dict:
    if path.suffix.lower() == ".toml":
        import tomllib

        try:
            return tomllib.loads(text).get("requester", tomllib.loads(text))
        except tomllib.TOMLDecodeError:
            raise InputFileError("requester profile is not valid TOML", str(path)) from None
    import yaml

    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError:
        raise InputFileError("requester profile is not valid YAML", str(path)) from None
    if not isinstance(data, dict):
        raise InputFileError("requester profile must be a mapping of keys to values", str(path))
    return data.get("requester", data)
