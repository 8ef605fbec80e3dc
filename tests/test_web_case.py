"""The case page: requests marked sent, records reordered and marked, the packet downloaded in the new order."""

from __future__ import annotations

import io
import json
from pathlib import Path
from urllib.parse import parse_qs

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.conftest import SAMPLES
from tests.records_factory import case_records, render
from tests.test_web_browser import browser  # noqa: F401 - the browser tests' chromium
from tests.webapp import PASSWORD, SAMPLE, make_app, processed_store, signed_in


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The sample denial with its papers written (so it has requests) and two born-digital records."""
    from intake.api import add_records, write_document_papers
    from intake.db import repo

    tmp = tmp_path_factory.mktemp("case")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("INTAKE_ORIGINALS", str(tmp / "originals"))
        mp.delenv("INTAKE_TODAY", raising=False)
        st = processed_store(f"sqlite:///{tmp / 'intake.db'}", str(tmp / "papers"))
        assert write_document_papers(st["engine"], st["doc"], st["papers"]) > 0
        st["case"] = repo.get_document(st["engine"], st["doc"])["case"]
        fields = json.loads((SAMPLES / f"{SAMPLE.name}.truth.json").read_text())["fields"]
        specs = case_records(fields["service_dates"][0], fields["provider"])
        note, letter = specs[1], specs[7]  # an office note before the service, a letter after it
        files = [render(note, tmp / "note.pdf", seed=1), render(letter, tmp / "letter.pdf", seed=7)]
        added = add_records(st["case"], [str(f) for f in files], db=st["db_url"])
        assert [a.error for a in added] == [None, None]
        st["note"], st["letter"] = added[0].record_id, added[1].record_id
        yield st


@pytest.fixture(scope="module")
def app(store):
    return make_app(store)


def _requests(store) -> list[dict]:
    from intake.api import list_requests

    return list_requests(store["db_url"], case_id=store["case"])


def _records(store) -> list[dict]:
    from intake.api import case_desk

    return case_desk(store["case"], db=store["db_url"])["records"]


def _posts(store) -> list[tuple[str, dict]]:
    req = _requests(store)[0]["id"]
    return [(f"/request/{req}/sent", {"date": "2026-04-02", "via": "fax"}),
            (f"/request/{req}/received", {"date": "2026-04-20"}),
            (f"/record/{store['letter']}/move", {"step": "up"}),
            (f"/record/{store['note']}/relevant", {"relevant": "no"}),
            (f"/case/{store['case']}/records/order", {"order": f"{store['letter']},{store['note']}"})]


def test_case_routes_need_a_session_csrf_and_the_reviewer_role(app, store):
    anonymous = signed_in(app, None)
    assert anonymous.get(f"/case/{store['case']}", headers={"hx-request": "1"}).status_code == 401
    assert anonymous.get(f"/case/{store['case']}/packet.pdf", headers={"hx-request": "1"}).status_code == 401
    for path, data in _posts(store):
        assert anonymous.post(path, data=data).status_code == 401, path
    reviewer = signed_in(app, "reviewer")
    for path, data in _posts(store):
        assert reviewer.post(path, data=data).status_code == 403, path  # no CSRF token
    viewer = signed_in(app, "viewer")
    before = (_requests(store), _records(store))
    for path, data in _posts(store):
        assert viewer.post(path, data=dict(data, csrf=viewer.csrf)).status_code == 403, path
    assert (_requests(store), _records(store)) == before
    page = viewer.get(f"/case/{store['case']}")
    assert page.status_code == 200 and 'id="records"' in page.text and 'data-status>written' in page.text
    assert "Mark sent" not in page.text and "/move" not in page.text  # a viewer reads only
    assert "<script>" not in page.text and page.headers["cache-control"] == "no-store"
    assert signed_in(app, "reviewer").get("/case/999").status_code == 404


def test_mark_sent_reorder_and_download_the_packet_in_the_new_order(app, store):
    from pypdf import PdfReader

    from intake.db.models import AuditRow

    client = signed_in(app, "reviewer")
    req = _requests(store)[1]
    assert req["status"] == "written"
    got = client.post(f"/request/{req['id']}/sent", data={"csrf": client.csrf, "date": "2026-04-02", "via": "mail"})
    assert got.status_code == 303 and got.headers["location"] == f"/case/{store['case']}#request-{req['id']}"
    now = next(r for r in _requests(store) if r["id"] == req["id"])
    assert (now["status"], now["sent_on"], now["via"], now["due"]) in {
        ("sent", "2026-04-02", "mail", "2026-05-02"), ("overdue", "2026-04-02", "mail", "2026-05-02")}
    bad = client.post(f"/request/{req['id']}/sent", data={"csrf": client.csrf, "date": "2026-04-02", "via": "pigeon"})
    assert bad.status_code == 400 and "--via" in bad.text
    page = client.get(f"/case/{store['case']}").text
    assert "2026-04-02 (mail)" in page and "2026-05-02" in page
    # chronological at first: the office note before the letter; the letter moved up swaps them
    assert [r["id"] for r in _records(store)] == [store["note"], store["letter"]]
    moved = client.post(f"/record/{store['letter']}/move", data={"csrf": client.csrf, "step": "up"},
                        headers={"hx-request": "1"}, follow_redirects=True)
    assert moved.status_code == 200 and 'id="records"' in moved.text
    assert [r["id"] for r in _records(store)] == [store["letter"], store["note"]]
    packet = client.get(f"/case/{store['case']}/packet.pdf")
    assert packet.status_code == 200 and packet.headers["content-type"] == "application/pdf"
    assert packet.headers["cache-control"] == "no-store"
    reader = PdfReader(io.BytesIO(packet.content))
    titles = [o.title for o in reader.outline]
    assert titles[0].startswith("Exhibit 1: Denial")
    assert titles[1].startswith("Exhibit 2: Letter of medical necessity")
    assert titles[2].startswith("Exhibit 3: Office note")
    pages = [p.extract_text() for p in reader.pages]
    letter_page = reader.get_destination_page_number(reader.outline[1])
    assert "Exhibit 2 \u2013 page 1 of 1" in pages[letter_page]
    # not relevant: left out of the next packet, still listed
    assert client.post(f"/record/{store['note']}/relevant",
                       data={"csrf": client.csrf, "relevant": "no"}).status_code == 303
    assert [r["relevant"] for r in _records(store)] == [True, False]
    again = PdfReader(io.BytesIO(client.get(f"/case/{store['case']}/packet.pdf").content))
    assert len(again.outline) == 2
    with Session(store["engine"]) as s:
        actions = [r.action for r in s.scalars(select(AuditRow).where(AuditRow.username == "reviewer"))]
    for action in ("view_case", "request_sent", "record_move", "record_relevant", "packet"):
        assert action in actions


def test_moving_swaps_with_the_neighbour_and_stops_at_the_ends():
    from intake.records.ingest import moved

    assert moved([4, 7, 9], 7, -1) == [7, 4, 9]
    assert moved([4, 7, 9], 7, 1) == [4, 9, 7]
    assert moved([4, 7, 9], 4, -1) == [4, 7, 9]
    assert moved([4, 7, 9], 9, 1) == [4, 7, 9]


def test_a_new_order_is_each_record_once():
    from intake.records.ingest import BadOrder, check_order

    check_order([4, 7, 9], [9, 4, 7])
    for wrong in ([4, 7], [4, 7, 9, 9], [4, 7, 9, 11], [4, 4, 9], []):
        with pytest.raises(BadOrder):
            check_order([4, 7, 9], wrong)


@pytest.fixture(scope="module")
def served(store, tmp_path_factory):
    """`intake serve` over the same store, as a user starts it."""
    import os
    import socket
    import subprocess
    import sys
    import time
    from pathlib import Path

    from tests.test_web_browser import _free_port

    port = _free_port()
    exe = Path(sys.executable).with_name("intake")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "intake"]
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    with open(log, "w") as out:
        proc = subprocess.Popen(cmd + ["serve", "--db", store["db_url"], "--port", str(port), "--papers",
                                       store["papers"]], stdout=out, stderr=subprocess.STDOUT, env=dict(os.environ))
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.2)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=20)


def case_page(browser, served, store):
    """A reviewer signed in on the case page, with the console's errors collected (CSP breaches show there)."""
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(served + "/login")
    page.fill('input[name="username"]', "reviewer")
    page.fill('input[name="password"]', PASSWORD)
    page.click('button[type="submit"]')
    page.goto(served + f"/case/{store['case']}")
    return context, page, errors


@pytest.mark.skipif(__import__("shutil").which("chromium") is None, reason="chromium is not installed")
def test_reorder_and_download_in_a_browser(store, served, browser, tmp_path):
    """htmx moves a record in place under the strict CSP; the downloaded packet follows the new order."""
    from playwright.sync_api import expect
    from pypdf import PdfReader

    context, page, errors = case_page(browser, served, store)
    rows = page.locator("#records tr[data-record]")
    if page.locator(f'#record-{store["note"]} [data-relevant]').inner_text() == "no":
        page.click(f'#record-{store["note"]} button:has-text("Mark relevant")')
        expect(page.locator(f'#record-{store["note"]} [data-relevant]')).to_have_text("yes")
    first = rows.nth(0).get_attribute("data-record")
    page.click(f'button[aria-label="Move record {first} down"]')  # htmx: the list swapped in place
    expect(rows.nth(1)).to_have_attribute("data-record", first)
    second = rows.nth(0).get_attribute("data-record")
    with page.expect_download() as got:
        page.click('a[href$="/packet.pdf"]')
    pdf = tmp_path / "packet.pdf"
    got.value.save_as(pdf)
    titles = [o.title for o in PdfReader(str(pdf)).outline]
    kinds = {str(store["note"]): "Office note", str(store["letter"]): "Letter of medical necessity"}
    assert [t.split(": ", 1)[1].split(",")[0] for t in titles[1:]] == [kinds[second], kinds[first]]
    assert not errors, errors  # no CSP violation or script error
    context.close()


def test_a_new_order_must_name_each_record_once(app, store):
    client = signed_in(app, "reviewer")
    ids = [r["id"] for r in _records(store)]
    path = f"/case/{store['case']}/records/order"
    for order in ("", "1;2", ",".join(map(str, ids[:-1])), ",".join(map(str, ids + ids[:1])),
                  ",".join(map(str, ids + [99999]))):
        got = client.post(path, data={"csrf": client.csrf, "order": order})
        assert got.status_code == 400, order
    assert [r["id"] for r in _records(store)] == ids  # nothing changed
    assert client.post("/case/999/records/order", data={"csrf": client.csrf, "order": "1"}).status_code == 404


def _toc_titles(pdf_path, titles: list[str]) -> list[str]:
    """The given titles in the order the packet's table of contents (its third page) lists them."""
    from pypdf import PdfReader

    toc = PdfReader(str(pdf_path)).pages[2].extract_text()
    assert all(t in toc for t in titles), toc
    return sorted(titles, key=toc.index)


@pytest.mark.skipif(__import__("shutil").which("chromium") is None, reason="chromium is not installed")
def test_drag_a_record_to_a_new_place_in_a_browser(store, served, browser, tmp_path):
    """A third record dragged from the bottom to the top: the new order is posted (CSRF, under the CSP),
    kept after a reload, audited, and followed by the packet's table of contents."""
    from playwright.sync_api import expect

    from intake.api import add_records, mark_record
    from intake.db.models import AuditRow

    fields = json.loads((SAMPLES / f"{SAMPLE.name}.truth.json").read_text())["fields"]
    surgery = case_records(fields["service_dates"][0], fields["provider"])[6]  # after the service: last
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("INTAKE_ORIGINALS", str(Path(store["papers"]).parent / "originals"))  # the store's
        added = add_records(store["case"], [str(render(surgery, tmp_path / "surgery.pdf", seed=6))],
                            db=store["db_url"])
    assert added[0].error is None
    for r in _records(store):
        mark_record(r["id"], relevant=True, db=store["db_url"])
    titles = {r["id"]: {"office_note": "Office note", "operative_report": "Operative report",
                        "medical_necessity_letter": "Letter of medical necessity"}[r["kind"]]
              for r in _records(store)}
    context, page, errors = case_page(browser, served, store)
    rows = page.locator("#records tr[data-record]")
    expect(rows).to_have_count(3)
    before = [rows.nth(i).get_attribute("data-record") for i in range(3)]
    wanted = [before[2], before[0], before[1]]
    with page.expect_request(lambda r: r.url.endswith("/records/order") and r.method == "POST") as posted:
        page.locator(f'#record-{before[2]} td.grip').drag_to(page.locator(f'#record-{before[0]} td.grip'),
                                                            target_position={"x": 4, "y": 3})
    sent = parse_qs(posted.value.post_data)
    assert sent["order"] == [",".join(wanted)] and sent["csrf"][0]
    expect(rows.nth(0)).to_have_attribute("data-record", wanted[0])
    page.wait_for_load_state("networkidle")
    page.reload()
    assert [rows.nth(i).get_attribute("data-record") for i in range(3)] == wanted
    assert [rows.nth(i).locator("td").nth(1).inner_text() for i in range(3)] == ["1", "2", "3"]
    assert [str(r["id"]) for r in _records(store)] == wanted
    with page.expect_download() as got:
        page.click('a[href$="/packet.pdf"]')
    pdf = tmp_path / "packet.pdf"
    got.value.save_as(pdf)
    assert _toc_titles(pdf, [titles[int(i)] for i in before]) == [titles[int(i)] for i in wanted]
    assert not errors, errors  # no CSP violation or script error
    context.close()
    with Session(store["engine"]) as s:
        details = [r.detail for r in s.scalars(select(AuditRow).where(AuditRow.action == "record_order"))]
    assert f"case {store['case']} order {','.join(wanted)}" in details
