"""Write a denial's papers: each template rendered to PDF and DOCX, plus the calendar; files private (0600)."""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path

from intake.errors import OutputError
from intake.model import Result
from intake.papers import context
from intake.papers.blocks import parse
from intake.papers.deadlines import plan_deadlines, to_ics
from intake.papers.render import write_docx, write_pdf
from intake.notice.papers import notice_view
from intake.papers.templates import TemplateSet, load_templates

log = logging.getLogger(__name__)
TITLES = {"claim_file_request": "Claim file request", "checklist": "Records checklist",
          "authorization": "Authorization to release health information", "records_request": "Medical records request"}


def folder_for(result: Result, base: Path, index: int | None) -> Path:
    stem = Path(result.file).stem
    name = f"{stem}-{result.sha256[:8]}" + (f"-doc{index + 1}" if index is not None else "")
    return base / name


def _private_write(path: Path, writer) -> None:
    tmp = path.with_name(f".{path.name}.part")
    writer(tmp)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def paper_language(result: Result, requester: dict) -> str:
    lang = requester.get("lang") or result.classification.language or "en"
    return lang if lang in ("en", "es") else "en"


def write_papers(result: Result, base: Path, requester: dict, index: int | None = None,
                 today: dt.date | None = None) -> dict[str, str]:
    """Only a document that denies something gets papers; outputs are recorded on the result."""
    if result.classification.denial_type is None:
        return {}
    lang = paper_language(result, requester)
    templates = load_templates(requester.get("templates"), lang)
    today = today or _today(requester)
    folder = folder_for(result, base, index)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
    except OSError as exc:
        raise OutputError(f"cannot create folder ({exc.strerror})", str(folder)) from None
    ctx = build_context(result, requester, templates, lang, today)
    outputs: dict[str, str] = {}
    try:
        outputs["claim_file_request"] = write_paper(templates, "claim_file_request", ctx, folder / "claim_file_request")
        for i, provider in enumerate(ctx["providers"], start=1):
            outputs[f"records_request_{i}"] = write_paper(templates, "records_request", dict(ctx, provider=provider),
                                                          folder / f"records_request_{i}")
        outputs["checklist"] = write_paper(templates, "checklist", ctx, folder / "checklist")
        if ctx["req"]["advocate"]:
            outputs["authorization"] = write_paper(templates, "authorization", ctx, folder / "authorization")
        ics = to_ics(ctx["deadline_list"], result.sha256[:12], dt.datetime.now(dt.timezone.utc))
        _private_write(folder / "deadlines.ics", lambda p: p.write_text(ics, encoding="utf-8"))
        outputs["calendar"] = str(folder / "deadlines.ics")
    except OSError as exc:
        raise OutputError(f"cannot write papers ({exc.strerror})", str(folder)) from None
    result.outputs.update(outputs)
    result.deadlines = [(d.day, d.title) for d in ctx["deadline_list"]]
    log.info("wrote %d papers for a %s denial", len(outputs), result.classification.denial_type)
    return outputs


def _today(requester: dict) -> dt.date:
    raw = requester.get("date") or os.environ.get("INTAKE_TODAY")
    return dt.date.fromisoformat(raw) if raw else dt.date.today()


def build_context(result: Result, requester: dict, templates: TemplateSet, lang: str, today: dt.date) -> dict:
    f = context.show_fields(result, lang)
    providers = list(dict.fromkeys(([result.value("provider")] if result.value("provider") else [])
                                   + list(requester.get("providers") or [])))
    if not providers:
        providers = [context.blank("provider", lang)]
    named = [p for p in providers if not p.startswith("___")]
    deadlines = plan_deadlines(result.value("appeal_deadline"), today, f["insurer"], named, lang)
    denial = result.classification.denial_type
    checklist = templates.checklist(denial)
    return {"f": f, "req": context.requester_view(requester, result, lang),
            "member": result.value("member_name") or context.blank("member_name", lang),
            "today": context.long_date(today, lang), "legal": templates.legal(result.classification.plan_type),
            "denial_label": context.DENIAL_LABELS[lang][denial], "checklist": checklist, "records": checklist,
            "providers": providers, "date_range": context.records_range(result, today, lang),
            "deadlines": deadlines, "deadline_list": deadlines, "blank": lambda name: context.blank(name, lang),
            "notice": notice_view(result, lang)}


def write_paper(templates: TemplateSet, kind: str, ctx: dict, stem: Path) -> str:
    """One paper as PDF and DOCX (private files) from its template; the follow-up letter and the packet's
    checklist are written the same way as the first papers. Returns the PDF's path."""
    blocks = parse(templates.render(kind, ctx))
    title = TITLES.get(kind, kind)
    pdf, docx = stem.with_suffix(".pdf"), stem.with_suffix(".docx")
    _private_write(pdf, lambda p: write_pdf(blocks, p, title))
    _private_write(docx, lambda p: write_docx(blocks, p, title))
    return str(pdf)
