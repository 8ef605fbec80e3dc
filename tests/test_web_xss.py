"""Hostile values and file names show as text; downloads and images only by id, never by path."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fpdf import FPDF

from intake.desk import safe_name
from tests.webapp import make_app, processed_store, signed_in

SCRIPT = "<script>alert(1)</script>"
SVG = "<svg onload=alert(2)>"
IMG = '"><img src=x onerror=alert(1)>'
# the letter's own provider line carries the payload in capitals (HTML reads tags in any case): a name with two or
# more words in small letters is read as a sentence, no provider, so the lower-case payload would never reach a page
IMG_CAPS = '"><IMG SRC=X ONERROR=ALERT(1)>'


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("webxss")
    store = processed_store(f"sqlite:///{tmp / 'intake.db'}", str(tmp / "papers"))
    return store, make_app(store), tmp


def hostile_letter(path: Path) -> bytes:
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in ["Cascade Mutual Health", "March 3, 2026", "RE: Notice of denial", "Member ID: W5550001",
                 f"Member Name: {SCRIPT}", f"Provider: Valley Clinic {IMG_CAPS}", "Claim Number: C77001",
                 "We have denied this claim because the service is not medically necessary.",
                 "You may appeal within 180 days of the date of this letter."]:
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path.read_bytes()


def assert_inert(html: str) -> None:
    assert SCRIPT not in html and "<img src=x" not in html
    assert "onerror=alert(1)>" not in html.replace("onerror=alert(1)&gt;", "")


def test_hostile_corrections_show_as_text(env):
    store, app, _ = env
    client = signed_in(app, "reviewer")
    doc = store["doc"]
    for field, value in (("member_name", SCRIPT), ("provider", IMG)):
        resp = client.post(f"/doc/{doc}/fact/{field}", data={"csrf": client.csrf, "value": value},
                           headers={"hx-request": "true"})
        assert resp.status_code == 200
        assert_inert(resp.text)
    page = client.get(f"/doc/{doc}").text
    assert_inert(page)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in page
    written = client.post(f"/doc/{doc}/papers", data={"csrf": client.csrf})
    assert written.status_code == 303


def test_hostile_file_names_and_letters_through_upload(env):
    store, app, tmp = env
    client = signed_in(app, "reviewer")
    (tmp / "src").mkdir()
    letter = hostile_letter(tmp / "src" / "hostile.pdf")
    files = [("files", (f"../../{IMG}.pdf", letter, "application/pdf")),
             ("files", (f"{SVG}.pdf", b"this is not a pdf at all", "application/pdf"))]
    resp = client.post("/upload", data={"csrf": client.csrf}, files=files)
    assert resp.status_code == 200
    assert_inert(resp.text)
    assert "<svg" not in resp.text
    assert "&lt;svg onload=alert(2)&gt;.pdf: not a PDF, PNG, JPEG or TIFF file" in resp.text
    assert "document " in resp.text  # the good one was read and linked
    queue = client.get("/").text
    assert_inert(queue)
    assert "&gt;&lt;img src=x onerror=alert(1)&gt;.pdf" in queue  # (a form sends the quote as %22)
    new_doc = max(int(x) for x in re.findall(r'data-doc="(\d+)"', queue))
    review = client.get(f"/doc/{new_doc}").text
    assert_inert(review)
    assert "<IMG" not in review and "&#34;&gt;&lt;IMG SRC=X ONERROR=ALERT" in review  # the letter's provider, as text
    assert not [p for p in tmp.rglob("*") if "onerror" in p.name]  # no file of that name anywhere, nor outside
    assert not [p for p in (tmp / "uploads").rglob("*") if p.is_file()]  # the originals are in the store now


def test_safe_name_keeps_files_in_their_folder():
    assert safe_name("../../etc/passwd.pdf") == "passwd.pdf"
    assert safe_name("..\\..\\win.ini.pdf") == "win.ini.pdf"
    assert safe_name(".hidden.pdf") == "hidden.pdf"
    assert safe_name("a\x00b\nc.pdf") == "abc.pdf"
    assert safe_name("") == "upload"


def test_downloads_and_images_by_id_only(env):
    store, app, _ = env
    doc = store["doc"]
    writer = signed_in(app, "reviewer")
    assert writer.post(f"/doc/{doc}/papers", data={"csrf": writer.csrf}).status_code == 303
    client = signed_in(app, "viewer")
    for path in ("/paper/999.pdf", "/paper/1.txt", "/paper/1.ics", f"/doc/{doc}/page/99.png", "/doc/999",
                 "/static/../intake.db", "/static/%2e%2e/%2e%2e/requirements.lock", "/paper/..%2f..%2fintake.db",
                 f"/doc/{doc}/page/0.png"):
        resp = client.get(path)
        assert resp.status_code == 404, path
    first = int(re.search(r'href="/paper/(\d+)\.pdf"', client.get(f"/doc/{doc}").text).group(1))
    assert client.get(f"/paper/{first}.pdf").content.startswith(b"%PDF")


def test_errors_are_pages_in_words(env):
    store, app, _ = env
    client = signed_in(app, "viewer")
    missing = client.get("/doc/999")
    assert missing.status_code == 404 and "<h1>404</h1>" in missing.text and "no such document" in missing.text
    assert missing.headers["cache-control"] == "no-store" and "Traceback" not in missing.text
