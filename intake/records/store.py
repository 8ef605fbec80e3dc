"""Originals of returned records, kept privately by content hash: the packet reads them, nobody edits them.

The case database keeps only a file's hash and name (SourceFileRow); the shared queue's blobs are deleted
once a file is done. Records must outlive both, so they live in <data folder>/originals (0700, files 0600).
Images are also kept as a PDF rendition, since a packet is made of PDF pages."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from intake.errors import OutputError
from intake.model import SourceFile


def originals_dir() -> Path:
    from intake.db.engine import data_dir

    path = Path(os.environ.get("INTAKE_ORIGINALS") or data_dir() / "originals")
    _private_dir(path)
    return path


def _private_dir(path: Path) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(path, 0o700)
    except OSError as exc:
        raise OutputError(f"cannot create the originals folder ({exc.strerror})", str(path)) from None


def stored_pdf(sha256: str) -> Path | None:
    """The stored PDF (or PDF rendition) of this content, if kept."""
    path = originals_dir() / sha256[:2] / f"{sha256}.pdf"
    return path if path.exists() else None


def keep(source: SourceFile) -> Path:
    """Copy the original in (once) and return the PDF the packet will use; the input is only read."""
    folder = originals_dir() / source.sha256[:2]
    _private_dir(folder)
    target = folder / f"{source.sha256}.pdf"
    if target.exists():
        return target
    tmp = folder / f".{source.sha256}.part"
    try:
        if source.kind == "pdf":
            shutil.copyfile(source.path, tmp)
        else:
            _image_to_pdf(Path(source.path), tmp)
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"cannot store the original ({exc.strerror})", str(target)) from None
    return target


def _image_to_pdf(path: Path, target: Path) -> None:
    """Every frame of a scan or fax as one PDF page at its own resolution (faxes' 204x98 squared by size)."""
    from PIL import Image, ImageSequence

    with Image.open(path) as img:
        frames = []
        for frame in ImageSequence.Iterator(img):
            dpi = frame.info.get("dpi") or (200, 200)
            f = frame.convert("L") if frame.mode not in ("1", "L", "RGB") else frame.copy()
            xd, yd = float(dpi[0] or 200), float(dpi[1] or 200)
            if abs(xd - yd) > 1:  # a standard fax: stretch the short axis so the page keeps its shape
                f = f.resize((f.width, round(f.height * xd / yd)))
            frames.append(f)
        frames[0].save(target, "PDF", save_all=True, append_images=frames[1:], resolution=max(xd, yd))


def forget_member_files(s, docs) -> int:
    """intake purge: the kept originals (the denial's, the case's records) and the follow-up letters go
    with the rows; returns how many files were removed."""
    from sqlalchemy import select

    from intake.db.models import RecordRow, RequestRow

    paths: set[Path] = set()
    cases = {d.case_id for d in docs if d.case_id}
    for r in s.scalars(select(RecordRow).where(RecordRow.case_id.in_(cases))) if cases else []:
        paths.add(Path(r.original))
    for q in s.scalars(select(RequestRow).where(RequestRow.document_id.in_([d.id for d in docs]))):
        if q.followup_path:
            paths.update({Path(q.followup_path), Path(q.followup_path).with_suffix(".docx")})
    for d in docs:
        kept = stored_pdf(d.source.sha256)
        if kept:
            paths.add(kept)
    removed = 0
    for path in paths:
        if path.exists():
            path.unlink()
            removed += 1
    return removed
