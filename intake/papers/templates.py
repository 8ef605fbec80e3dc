"""Load the paper templates: a folder an advocacy group can copy and edit without touching code."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import RootModel, model_validator

from intake.errors import InputFileError
from intake.rules import DenialType, PlanType, Strict, load_file
from intake.resources import templates_dir

PAPERS = ("claim_file_request", "records_request", "checklist", "authorization")


def default_dir() -> Path:
    """INTAKE_TEMPLATES_DIR, else the shipped templates (the wheel's package data, or templates/ in a clone)."""
    return templates_dir()


class LegalTexts(RootModel[dict[PlanType | Literal["unknown"], str]]):
    """legal.yaml: what a claim-file request cites, by plan type; an unknown plan type is an error."""


class ChecklistEntry(Strict):
    extends: str | None = None
    items: list[str] = []


class Checklists(RootModel[dict[DenialType | Literal["base"], list[str] | ChecklistEntry]]):
    """checklists.yaml: records to gather by denial type; `extends` names a plain list (such as base)."""

    @model_validator(mode="after")
    def _extends_a_list(self):
        for name, entry in self.root.items():
            if isinstance(entry, ChecklistEntry) and entry.extends is not None:
                if not isinstance(self.root.get(entry.extends), list):
                    raise ValueError(f"{name} extends {entry.extends!r}, which is not a list in this file")
        return self


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
        entry = self.checklists.get(denial_type) or self.checklists.get("other") or ChecklistEntry()
        if isinstance(entry, list):
            return list(entry)
        base = self.checklists.get(entry.extends, []) if entry.extends else []
        return list(base) + list(entry.items)


def template_data(folder: Path) -> tuple[dict, dict]:
    """legal.yaml and checklists.yaml of one language folder, validated (a wrong key names its file)."""
    return (load_file(folder / "legal.yaml", LegalTexts).root,
            load_file(folder / "checklists.yaml", Checklists).root)


def check_templates(folder: str | None = None) -> list[Path]:
    """Every language folder's template data and papers, checked (intake rules check)."""
    root = Path(folder) if folder else default_dir()
    checked = []
    for lang in ("en", "es"):
        load_templates(str(root), lang)
        checked.append(root / lang)
    return checked


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
    return TemplateSet(path, env, *template_data(path))
