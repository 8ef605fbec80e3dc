"""The review page in a real browser (Debian's chromium driven by Playwright): sign in, fix a fact beside
the scan, approve, write the papers, download one and read the fixed value in it; and the server's logs
of that whole session hold no member ID or name."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES
from tests.webapp import PASSWORD, SAMPLE, processed_store

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (scripts/test.sh installs it)")
FIXED = "ZQ4412098"
DOCS = ROOT / "docs"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`intake serve` as a user starts it, its stderr (access and app log) kept for the log test."""
    tmp = tmp_path_factory.mktemp("webbrowser")
    more = [SAMPLES / n for n in ("bd_classic_oon.pdf", "bd_eob_coding.pdf", "bd_spanish_notcov.pdf")]
    store = processed_store(f"sqlite:///{tmp / 'intake.db'}", str(tmp / "papers"), [SAMPLE, *more])
    port = _free_port()
    log_path = tmp / "serve.log"
    env = dict(os.environ, INTAKE_HOME=str(tmp / "home"))
    exe = Path(sys.executable).with_name("intake")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "intake"]
    with open(log_path, "w") as log:
        proc = subprocess.Popen(cmd + ["serve", "--db", store["db_url"], "--port", str(port), "--papers",
                                       store["papers"]], stdout=log, stderr=subprocess.STDOUT, env=env, cwd=ROOT)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.2)
    yield dict(store, url=f"http://127.0.0.1:{port}", log=log_path, tmp=tmp)
    proc.terminate()
    proc.wait(timeout=20)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield b
        b.close()


def test_review_fix_approve_papers_download_in_a_browser(server, browser, tmp_path):
    from playwright.sync_api import expect

    context = browser.new_context(viewport={"width": 1440, "height": 900}, accept_downloads=True)
    page = context.new_page()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(server["url"] + "/")
    page.fill('input[name="username"]', "reviewer")
    page.fill('input[name="password"]', PASSWORD)
    page.click('button[type="submit"]')
    expect(page.locator("table.queue")).to_be_visible()
    DOCS.mkdir(exist_ok=True)
    page.screenshot(path=str(DOCS / "review-queue.png"))

    page.click(f'a[href="/doc/{server["doc"]}"] >> nth=0')
    fact = page.locator('[data-field="member_id"]')
    expect(fact).to_be_visible()
    page.wait_for_function("Array.from(document.querySelectorAll('svg image')).length > 0")
    page.wait_for_load_state("networkidle")
    fact.click()
    expect(page.locator('rect.box.active[data-box="member_id"]')).to_have_count(1)  # its box outlined
    field = fact.locator('input[name="value"]')
    field.fill(FIXED)
    field.press("Enter")  # htmx swaps the row in place
    expect(page.locator('[data-field="member_id"] [data-value]')).to_have_text(FIXED)
    expect(page.locator('[data-field="member_id"] .was')).to_contain_text("fixed by reviewer")
    page.screenshot(path=str(DOCS / "review-page.png"))

    page.click('#approve-form button')
    expect(page.locator(".state")).to_contain_text("approved by reviewer")
    page.click("#write-papers")
    expect(page.locator('[data-paper="claim_file_request"]')).to_be_visible()
    expect(page.locator("[data-out-of-date]")).to_have_count(0)
    with page.expect_download() as got:
        page.click('[data-paper="claim_file_request"] a:has-text("PDF")')
    pdf = tmp_path / "claim_file_request.pdf"
    got.value.save_as(pdf)
    assert FIXED in pdf_text(pdf)
    page.keyboard.press("n")  # approve and next: on to another document that needs review, or the queue
    page.wait_for_url(lambda url: not url.endswith(f"/doc/{server['doc']}#papers"))
    assert not page.url.endswith(f"/doc/{server['doc']}")
    assert not errors, errors  # no CSP violation or script error in the console
    context.close()


def pdf_text(path: Path) -> str:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


def test_logs_of_the_whole_session_hold_no_member_id_or_name(server, browser):
    """Runs after the review: a search by name and ID too, then the access and app log are read."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(server["url"] + "/login")
    page.fill('input[name="username"]', "viewer")
    page.fill('input[name="password"]', PASSWORD)
    page.click('button[type="submit"]')
    for query in (FIXED, server["member_name"]):  # the member ID as fixed in the test above
        page.fill('input[name="search"]', query)
        page.click('form.filters button[type="submit"] >> nth=0')
        page.wait_for_selector(f'tr[data-doc="{server["doc"]}"]')
    page.goto(server["url"] + f"/doc/{server['doc']}")
    page.wait_for_load_state("networkidle")
    context.close()
    time.sleep(0.5)
    log = server["log"].read_text()
    assert "GET /doc/" in log and "POST /login" in log and "GET /paper/" in log  # the log is there
    for secret in (server["member_id"], server["member_name"], FIXED, *server["member_name"].split()):
        assert secret.lower() not in log.lower(), "a member ID or name reached the log"
