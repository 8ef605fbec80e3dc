"""The review page's route table: nothing without a session, nothing changed without CSRF or the role."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from starlette.routing import Mount, Route

from tests.webapp import PASSWORD, csrf_of, make_app, processed_store, signed_in

OPEN = {"/login"}
VIEWER_MAY_POST = {"/logout", "/queue/filter"}  # sign out, and the viewer's own filters (kept in their session)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("web")
    return processed_store(f"sqlite:///{tmp / 'intake.db'}", str(tmp / "papers"))


@pytest.fixture(scope="module")
def app(store):
    return make_app(store)


def concrete(path: str, doc: int) -> str:
    return (path.replace("{doc_id:int}", str(doc)).replace("{number:int}", "1").replace("{field:str}", "member_id")
            .replace("{paper_id:int}", "1").replace("{fmt:str}", "pdf").replace("{case_id:int}", "1")
            .replace("{request_id:int}", "1").replace("{record_id:int}", "1"))


def table(app, doc: int) -> list[tuple[str, str]]:
    out = []
    for r in app.routes:
        if isinstance(r, Route):
            out += [(m, concrete(r.path, doc)) for m in sorted(r.methods - {"HEAD"})]
    return out


def test_every_route_but_login_and_static_needs_a_session(app, store):
    client = signed_in(app, None)
    routes = table(app, store["doc"])
    assert len(routes) >= 18
    for method, path in routes:
        resp = client.request(method, path)
        if path in OPEN:
            assert resp.status_code in (200, 403), (method, path)  # the login POST wants its own CSRF token
            continue
        assert resp.status_code in (401, 303), (method, path, resp.status_code)
        if resp.status_code == 303:
            assert resp.headers["location"] == "/login"
    assert client.get("/static/htmx.min.js").status_code == 200
    assert any(isinstance(r, Mount) and r.path == "/static" for r in app.routes)


@pytest.mark.parametrize("role", ["viewer", "reviewer", "admin"])
def test_every_post_without_csrf_is_refused(app, store, role):
    client = signed_in(app, role)
    for method, path in table(app, store["doc"]):
        if method == "POST" and path not in OPEN:
            assert client.post(path, data={"value": "x"}).status_code == 403, path
            assert client.post(path, data={"value": "x", "csrf": "wrong"}).status_code == 403, path


def _changes(engine) -> tuple:
    from intake.db.models import CorrectionRow, PaperRow, ProfileRow, ReviewRow

    with Session(engine) as s:
        return (s.scalar(select(func.count()).select_from(CorrectionRow)),
                s.scalar(select(func.count()).select_from(PaperRow)),
                s.scalar(select(func.count()).select_from(ProfileRow)),
                s.scalar(select(func.count()).where(ReviewRow.approved_at.is_not(None))))


def test_a_viewer_reads_but_changes_nothing(app, store):
    client = signed_in(app, "viewer")
    before = _changes(store["engine"])
    for method, path in table(app, store["doc"]):
        if method == "POST" and path not in OPEN | VIEWER_MAY_POST:
            resp = client.post(path, data={"csrf": client.csrf, "value": "x", "denial_type": "other", "via": "fax",
                                           "step": "up", "relevant": "no"})
            assert resp.status_code == 403, path
    assert _changes(store["engine"]) == before
    page = client.get(f"/doc/{store['doc']}")
    assert page.status_code == 200 and 'data-field="member_id"' in page.text
    assert 'name="value"' not in page.text  # no edit inputs for a viewer


def test_security_headers_and_host_check(app, store):
    client = signed_in(app, "reviewer")
    page = client.get(f"/doc/{store['doc']}")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert page.headers["cache-control"] == "no-store"
    assert page.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in page.text and " on" + "click=" not in page.text  # no inline script anywhere
    image = client.get(f"/doc/{store['doc']}/page/1.png")
    assert image.status_code == 200 and image.headers["cache-control"] == "no-store"
    assert client.get("/", headers={"host": "evil.example"}).status_code == 400
    cookie = signed_in(app, None).post("/login", data={}).headers.get("set-cookie", "")
    assert "intake_session" not in cookie


def test_session_cookie_flags_logout_and_disable(app, store):
    from intake.db.users import add_user, disable_user

    client = signed_in(app, None)
    page = client.get("/login")
    resp = client.post("/login", data={"csrf": csrf_of(page.text), "username": "reviewer", "password": PASSWORD})
    cookie = resp.headers["set-cookie"].lower()
    assert "httponly" in cookie and "secure" in cookie and "samesite=strict" in cookie and "max-age=28800" in cookie
    csrf = csrf_of(client.get("/").text)
    assert client.post("/logout", data={"csrf": csrf}).status_code == 303
    assert client.get("/").status_code == 303  # the same cookie no longer opens anything
    add_user(store["engine"], "leaver", "reviewer", PASSWORD)
    gone = signed_in(app, "leaver")
    assert gone.get("/").status_code == 200
    disable_user(store["engine"], "leaver")
    assert gone.get("/").status_code == 303


def test_sign_in_attempts_are_limited(app, store):
    from intake.db.users import add_user

    add_user(store["engine"], "target", "viewer", PASSWORD)
    client = signed_in(app, None)
    token = csrf_of(client.get("/login").text)
    for _ in range(5):
        assert client.post("/login", data={"csrf": token, "username": "target", "password": "guess" * 3}).status_code == 401
    resp = client.post("/login", data={"csrf": token, "username": "target", "password": PASSWORD})
    assert resp.status_code == 429 and "intake_session" not in resp.headers.get("set-cookie", "")


def test_audit_log_records_who_did_what_without_values(app, store):
    from intake.db.models import AuditRow

    client = signed_in(app, "reviewer")
    doc = store["doc"]
    client.get(f"/doc/{doc}")
    assert client.post(f"/doc/{doc}/fact/claim_amount", data={"csrf": client.csrf, "value": "77.00"}).status_code == 303
    with Session(store["engine"]) as s:
        rows = s.scalars(select(AuditRow).where(AuditRow.username == "reviewer")).all()
    actions = {(r.action, r.document_id, r.detail) for r in rows}
    assert ("view", doc, None) in actions and ("correct", doc, "claim_amount") in actions
    assert not any("77" in (r.detail or "") for r in rows)


def test_requester_profile_goes_into_the_papers_and_changes_mark_them_out_of_date(app, store):
    import re

    import pypdfium2 as pdfium

    client = signed_in(app, "reviewer")
    doc = store["doc"]
    assert client.post(f"/doc/{doc}/papers", data={"csrf": client.csrf}).status_code == 303
    assert "data-out-of-date" not in client.get(f"/doc/{doc}").text
    profile = {"csrf": client.csrf, "name": "Jo Advocate", "organization": "County Legal Aid", "advocate": "on",
               "address": "1 Main St", "providers": "Lakeshore Imaging\nNorth Clinic"}
    assert client.post(f"/doc/{doc}/profile", data=profile).status_code == 303
    page = client.get(f"/doc/{doc}").text
    assert "data-out-of-date" in page and 'value="Jo Advocate"' in page
    assert client.post(f"/doc/{doc}/papers", data={"csrf": client.csrf}).status_code == 303
    page = client.get(f"/doc/{doc}").text
    assert "data-out-of-date" not in page and 'data-paper="authorization"' in page
    paper = re.search(r'data-paper="claim_file_request">.*?href="/paper/(\d+)\.pdf"', page, re.S).group(1)
    pdf = pdfium.PdfDocument(client.get(f"/paper/{paper}.pdf").content)
    text = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert "Jo Advocate" in text and "County Legal Aid" in text
    zipped = client.get(f"/doc/{doc}/papers.zip")
    import io
    import zipfile

    names = zipfile.ZipFile(io.BytesIO(zipped.content)).namelist()
    assert "claim_file_request.pdf" in names and "calendar.ics" in names and "authorization.docx" in names
    assert client.post(f"/doc/{doc}/fact/denial_date", data={"csrf": client.csrf, "value": "2026-05-01"}).status_code == 303
    assert "data-out-of-date" in client.get(f"/doc/{doc}").text
    deadlines = client.get("/deadlines").text
    assert f'href="/doc/{doc}"' in deadlines and "records due" in deadlines


def test_documents_stored_before_the_review_page_join_the_queue(tmp_path):
    """A database from before migration 0003 has documents without queue rows: the server adds them."""
    from sqlalchemy import delete

    from intake.db.models import ReviewRow
    from intake.db.review import ensure_reviews, queue_page

    old = processed_store(f"sqlite:///{tmp_path / 'old.db'}", str(tmp_path / "papers"))
    with Session(old["engine"]) as s, s.begin():
        s.execute(delete(ReviewRow))
    assert queue_page(old["engine"], {})[1] == 0
    assert ensure_reviews(old["engine"]) == 1 and ensure_reviews(old["engine"]) == 0
    rows, total = queue_page(old["engine"], {})
    assert total == 1 and rows[0]["id"] == old["doc"]


def test_only_admins_read_the_audit_log(app, store):
    assert signed_in(app, "reviewer").get("/audit").status_code == 403
    page = signed_in(app, "admin").get("/audit")
    assert page.status_code == 200 and "sign in" in page.text and "<td>admin</td>" in page.text
