"""Load the paper templates: a folder an advocacy group can copy and edit without touching code."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from intake.errors import InputFileError
from intake.resources import templates_dir

PAPERS = ("claim_file_request", "records_request", "checklist", "authorization")


def default_dir() -> Path:
    """INTAKE_TEMPLATES_DIR, else the shipped templates (the wheel's package data, or templates/ in a clone)."""
    return templates_dir()


@dataclass
class TemplateSet:
    folder: Path
    env: object
    legal_texts: dict
    checklists: dict

    def render(self, kind: str, ctx: dict) -> str:
        import jinja2

        try:
            return self.env.get_template(f"{kind}.md").render(**ctx)
        except jinja2.TemplateError as exc:
            raise InputFileError(f"template error: {exc}", str(self.folder / f"{kind}.md")) from None

    def legal(self, plan_type: str) -> str:
        return (self.legal_texts.get(plan_type) or "").strip()

    def checklist(self, denial_type: str) -> list[str]:
        entry = self.checklists.get(denial_type) or self.checklists.get("other") or {}
        base = self.checklists.get(entry.get("extends"), []) if entry.get("extends") else []
        return list(base) + list(entry.get("items") or [])


def _yaml(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        raise InputFileError("template data is missing or not valid YAML", str(path)) from None
    if not isinstance(data, dict):
        raise InputFileError("template data must be a mapping", str(path))
    return data


def load_templates(folder: str | None, lang: str) -> TemplateSet:
    import jinja2

    root = Path(folder) if folder else default_dir()
    path = root / lang
    missing = [p for p in PAPERS if not (path / f"{p}.md").exists()]
    if missing:
        raise InputFileError(f"template folder lacks {', '.join(m + '.md' for m in missing)}", str(path))
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(path)), autoescape=False,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                             keep_trailing_newline=True)
    return TemplateSet(path, env, _yaml(path / "legal.yaml"), _yaml(path / "checklists.yaml"))
