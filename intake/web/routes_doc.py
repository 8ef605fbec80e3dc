"""One document: the page images with evidence boxes, fixes, denial type, approval, profile, papers."""

from __future__ import annotations

import hashlib
import io
import logging
import threading
import zipfile
from collections import OrderedDict
from pathlib import Path

from starlette.exceptions import HTTPException
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from intake.web.auth import endpoint
from intake.web.render import page

log = logging.getLogger(__name__)
MEDIA = {"pdf": "application/pdf", "ics": "text/calendar",
         "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
_IMAGES: OrderedDict = OrderedDict()  # (sha256, page) -> PNG: re-rendering a page costs a second
_IMAGES_LOCK = threading.Lock()


def _doc_id(request) -> int:
    return int(request.path_params["doc_id"])


def _view(request, doc_id: int) -> dict:
    from intake.db.review import document_view

    view = document_view(request.app.state.engine, doc_id)
    if view is None:
        raise HTTPException(404, "no such document")
    return view


@endpoint("viewer")
def review_page(request, user, _form):
    from intake.db import review

    engine, doc_id = request.app.state.engine, _doc_id(request)
    view = _view(request, doc_id)
    review.audit(engine, user["username"], "view", doc_id)
    profile = review.get_profile(engine, review.scope_of(engine, doc_id))
    return page(request, "review.html", d=view, profile=profile, denial_types=review.DENIAL_TYPES,
                can_edit=user["role"] in ("reviewer", "admin"), is_admin=user["role"] == "admin")


@endpoint("viewer")
def page_image(request, user, _form):
    """The page as Tesseract read it, rendered again from the stored original (by document id only)."""
    from intake.db.review import original_of
    from intake.errors import IntakeError
    from intake.pageimage import page_png

    doc_id, number = _doc_id(request), int(request.path_params["number"])
    got = original_of(request.app.state.engine, doc_id)
    if got is None:
        raise HTTPException(404, "no stored original for this document")
    original, geometry = got
    key = (hashlib.sha256(original).hexdigest(), number)
    with _IMAGES_LOCK:
        png = _IMAGES.get(key)
    if png is None:
        try:
            png = page_png(original, number, geometry.get(number))
        except IntakeError:
            raise HTTPException(404, "page cannot be shown") from None
        with _IMAGES_LOCK:
            _IMAGES[key] = png
            while len(_IMAGES) > 24:
                _IMAGES.popitem(last=False)
    return Response(png, media_type="image/png")


@endpoint("reviewer")
def fix_fact(request, user, form):
    """Inline edit: the correction is kept beside the extracted value, with who and when."""
    from intake.api import correct_fact
    from intake.db.review import audit
    from intake.model import FIELD_NAMES

    doc_id, name = _doc_id(request), request.path_params["field"]
    if name not in FIELD_NAMES:
        raise HTTPException(404, "no such fact")
    correct_fact(request.app.state.engine, doc_id, name, str(form.get("value") or "")[:500], user["username"])
    audit(request.app.state.engine, user["username"], "correct", doc_id, name)
    if "hx-request" in request.headers:
        return page(request, "_fact.html", d=_view(request, doc_id), name=name, can_edit=True)
    return RedirectResponse(f"/doc/{doc_id}#fact-{name}", status_code=303)


@endpoint("reviewer")
def set_denial(request, user, form):
    from intake.db.review import audit, set_denial_type

    doc_id, value = _doc_id(request), str(form.get("denial_type") or "")
    try:
        set_denial_type(request.app.state.engine, doc_id, value or None, user["username"])
    except ValueError:
        raise HTTPException(400, "unknown denial type") from None
    audit(request.app.state.engine, user["username"], "denial_type", doc_id, value or "none")
    return RedirectResponse(f"/doc/{doc_id}", status_code=303)


@endpoint("reviewer")
def approve(request, user, form):
    """Approve; with next=1 ("save and next"), on to the next document that needs review."""
    from intake.db.review import approve as approve_doc, audit, next_in_queue

    engine, doc_id = request.app.state.engine, _doc_id(request)
    if not approve_doc(engine, doc_id, user["username"]):
        raise HTTPException(404, "no such document")
    audit(engine, user["username"], "approve", doc_id)
    if not form.get("next"):
        return RedirectResponse(f"/doc/{doc_id}", status_code=303)
    following = next_in_queue(engine, doc_id)
    return RedirectResponse(f"/doc/{following}" if following else "/", status_code=303)  # none left: the queue


@endpoint("reviewer")
def save_profile(request, user, form):
    from intake.db import review
    from intake.desk import clean_profile

    engine, doc_id = request.app.state.engine, _doc_id(request)
    _view(request, doc_id)
    scope = review.scope_of(engine, doc_id)
    review.set_profile(engine, scope, clean_profile(form), user["username"])
    review.audit(engine, user["username"], "profile", doc_id, scope)
    return RedirectResponse(f"/doc/{doc_id}#profile", status_code=303)


@endpoint("reviewer")
def write_papers(request, user, _form):
    from intake.api import write_document_papers
    from intake.db.review import audit

    doc_id = _doc_id(request)
    _view(request, doc_id)
    count = write_document_papers(request.app.state.engine, doc_id, request.app.state.papers_dir)
    audit(request.app.state.engine, user["username"], "papers", doc_id, f"{count} file(s)")
    return RedirectResponse(f"/doc/{doc_id}#papers", status_code=303)


@endpoint("admin")
def purge(request, user, _form):
    """Everything about this document's member: rows and written papers (admins only)."""
    from intake.db import repo
    from intake.db.review import audit

    view = _view(request, _doc_id(request))
    member = view["data"]["fields"].get("member_id")
    if not member:
        raise HTTPException(400, "this document has no member ID to purge by")
    docs, files = repo.purge_member(request.app.state.engine, member)
    audit(request.app.state.engine, user["username"], "purge", view["id"], f"{docs} document(s), {files} file(s)")
    return RedirectResponse("/", status_code=303)


def _paper_path(request, paper_id: int, fmt: str) -> tuple[int, str, Path]:
    """A paper by id; the file is looked up in the store, never taken from the request."""
    from intake.db.review import paper_file

    found = paper_file(request.app.state.engine, paper_id)
    if found is None or fmt not in MEDIA:
        raise HTTPException(404, "no such paper")
    doc_id, kind, stored = found
    path = Path(stored).with_suffix(f".{fmt}")
    if (fmt == "ics") != (kind == "calendar") or not path.is_file():
        raise HTTPException(404, "no such paper")
    return doc_id, kind, path


@endpoint("viewer")
def download(request, user, _form):
    from intake.db.review import audit

    paper_id, fmt = int(request.path_params["paper_id"]), request.path_params["fmt"]
    doc_id, kind, path = _paper_path(request, paper_id, fmt)
    audit(request.app.state.engine, user["username"], "download", doc_id, f"{kind}.{fmt}")
    return Response(path.read_bytes(), media_type=MEDIA[fmt], headers={
        "content-disposition": f'attachment; filename="{kind}-{doc_id}.{fmt}"'})


@endpoint("viewer")
def download_zip(request, user, _form):
    from intake.db.review import audit

    doc_id = _doc_id(request)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for p in _view(request, doc_id)["papers"]:
            for fmt in (("ics",) if p["kind"] == "calendar" else ("pdf", "docx")):
                try:
                    _, kind, path = _paper_path(request, p["id"], fmt)
                except HTTPException:
                    continue
                z.write(path, f"{kind}.{fmt}")
    audit(request.app.state.engine, user["username"], "download", doc_id, "zip")
    return Response(buf.getvalue(), media_type="application/zip",
                    headers={"content-disposition": f'attachment; filename="papers-{doc_id}.zip"'})


ROUTES = [
    Route("/doc/{doc_id:int}", review_page, methods=["GET"]),
    Route("/doc/{doc_id:int}/page/{number:int}.png", page_image, methods=["GET"]),
    Route("/doc/{doc_id:int}/fact/{field:str}", fix_fact, methods=["POST"]),
    Route("/doc/{doc_id:int}/denial", set_denial, methods=["POST"]),
    Route("/doc/{doc_id:int}/approve", approve, methods=["POST"]),
    Route("/doc/{doc_id:int}/profile", save_profile, methods=["POST"]),
    Route("/doc/{doc_id:int}/papers", write_papers, methods=["POST"]),
    Route("/doc/{doc_id:int}/purge", purge, methods=["POST"]),
    Route("/doc/{doc_id:int}/papers.zip", download_zip, methods=["GET"]),
    Route("/paper/{paper_id:int}.{fmt:str}", download, methods=["GET"]),
]
