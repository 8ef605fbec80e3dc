"""The work queue at 10,000 documents: needing review first, filters, search, pages; and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from sqlalchemy import insert

from tests.webapp import csrf_of, make_app, processed_store, signed_in

N = 10_000
INSURERS = ("Cascade Mutual", "Blue Heron", "Evergreen Care", "Northwind Health")
TYPES = ("medical_necessity", "prior_authorization", "out_of_network", None)


def generated_store(db_url: str) -> None:
    """10,000 documents written straight into the tables (reading that many letters would take an hour)."""
    from intake.db.engine import open_db
    from intake.db.models import DocumentRow, ReviewRow, SourceFileRow
    from intake.db.review import fold, review_reasons

    engine = open_db(db_url)
    day = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    sources, docs, reviews = [], [], []
    for i in range(1, N + 1):
        denial = TYPES[i % 4]
        fields = {"insurer": INSURERS[i % 4], "member_id": f"M{i:07d}", "member_name": f"Person Number{i}"}
        result = {"file": f"f{i}.pdf", "sha256": f"{i:064d}", "pages": [1], "document_type": "denial_letter",
                  "denial_type": denial, "fields": fields, "missing": [] if i % 3 else ["appeal_deadline"],
                  "evidence": {}, "denial_evidence": ["x"], "plan_type": "unknown", "language": "en"}
        sources.append({"id": i, "sha256": f"{i:064d}", "name": f"f{i}.pdf", "size": 1, "status": "done", "pages": 1,
                        "received_at": day + dt.timedelta(hours=i)})
        docs.append({"id": i, "source_id": i, "first_page": 1, "pages": [1], "document_type": "denial_letter",
                     "denial_type": denial, "plan_type": "unknown", "language": "en", "member_id": fields["member_id"],
                     "status": "new", "result": result, "created_at": day})
        reasons = review_reasons(result, set())
        reviews.append({"document_id": i, "needs_review": bool(reasons), "reasons": reasons,
                        "insurer": fields["insurer"], "member_key": fold(fields["member_id"]),
                        "name_key": fold(fields["member_name"]), "changed_at": day})
    with engine.begin() as conn:
        conn.execute(insert(SourceFileRow), sources)
        conn.execute(insert(DocumentRow), docs)
        conn.execute(insert(ReviewRow), reviews)
    return engine


def test_queue_of_ten_thousand(tmp_path):
    from intake.db.review import queue_page

    engine = generated_store(f"sqlite:///{tmp_path / 'big.db'}")
    needing = sum(1 for i in range(1, N + 1) if TYPES[i % 4] and i % 3 == 0)
    started = time.perf_counter()
    first, total = queue_page(engine, {}, 1)
    last, _ = queue_page(engine, {}, N // 50)
    took = time.perf_counter() - started
    print(f"\nqueue of {N}: first and last page in {took * 1000:.0f} ms")  # measured in bench/, not asserted
    assert total == N and len(first) == 50 and len(last) == 50
    assert all(r["needs_review"] for r in first) and not any(r["needs_review"] for r in last)
    page_after_review, _ = queue_page(engine, {}, needing // 50 + 2)
    assert not any(r["needs_review"] for r in page_after_review)
    assert queue_page(engine, {"search": "m0004711"}, 1)[1] == 1
    assert queue_page(engine, {"search": "number4711"}, 1)[1] == 1
    assert queue_page(engine, {"state": "needs_review"}, 1)[1] == needing
    assert queue_page(engine, {"denial_type": "out_of_network", "insurer": "Northwind Health"}, 1)[1] == 0
    assert queue_page(engine, {"denial_type": "out_of_network", "insurer": "Evergreen Care"}, 1)[1] == N // 4
    assert queue_page(engine, {"received_from": "2026-01-02", "received_to": "2026-01-02"}, 1)[1] == 24


def test_search_never_lands_in_a_url(tmp_path):
    """The search goes by POST into the session; the queue's URLs carry page numbers only."""
    engine = generated_store(f"sqlite:///{tmp_path / 'big.db'}")
    from intake.db.users import add_user
    from intake.web.app import create_app

    add_user(engine, "viewer", "viewer", "a long enough secret")
    app = create_app(engine, f"sqlite:///{tmp_path / 'big.db'}", str(tmp_path / "papers"), ["testserver"])
    client = signed_in(app, "viewer")
    assert "page 1 of 200" in client.get("/").text
    assert client.get("/?page=200").status_code == 200
    resp = client.post("/queue/filter", data={"csrf": client.csrf, "search": "Person Number4711"})
    assert resp.status_code == 303 and resp.headers["location"] == "/"
    page = client.get("/").text
    assert "1 document(s) match" in page and 'data-doc="4711"' in page
    client.post("/queue/filter", data={"csrf": csrf_of(page), "clear": "1"})
    assert "10000 document(s)" in client.get("/").text


@pytest.fixture(scope="module")
def pg_url():
    from tests.pg import TempPostgres

    server = TempPostgres()
    url = server.start()
    yield url
    server.stop()


def test_review_flow_on_postgresql(pg_url, tmp_path):
    """Sign in, fix, change the denial type, approve, write and download papers: on a real PostgreSQL."""
    store = processed_store(pg_url, str(tmp_path / "papers"))
    client = signed_in(make_app(store), "reviewer")
    doc = store["doc"]
    assert client.post(f"/doc/{doc}/fact/member_id", data={"csrf": client.csrf, "value": "PG12345"}).status_code == 303
    assert client.post(f"/doc/{doc}/denial", data={"csrf": client.csrf, "denial_type": "level_of_care"}).status_code == 303
    assert client.post(f"/doc/{doc}/approve", data={"csrf": client.csrf}).status_code == 303
    assert client.post(f"/doc/{doc}/papers", data={"csrf": client.csrf}).status_code == 303
    page = client.get(f"/doc/{doc}").text
    assert "approved by reviewer" in page and "level of care" in page and "PG12345" in page
    pdf = client.get(f"/paper/{_first_paper(page)}.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert client.get("/deadlines").status_code == 200 and client.get("/cases").status_code == 200
    assert client.post(f"/doc/{doc}/purge", data={"csrf": client.csrf}).status_code == 403  # admins only
    admin = signed_in(make_app(store), "admin")
    profile = {"csrf": client.csrf, "name": "Jo Advocate"}
    assert client.post(f"/doc/{doc}/profile", data=profile).status_code == 303
    assert admin.post(f"/doc/{doc}/purge", data={"csrf": admin.csrf}).status_code == 303
    from intake.db.models import ProfileRow
    from sqlalchemy.orm import Session

    with Session(store["engine"]) as s:
        assert s.query(ProfileRow).count() == 0
    assert admin.get(f"/doc/{doc}").status_code == 404
    assert "purge" in admin.get("/audit").text


def _first_paper(html: str) -> int:
    import re

    return int(re.search(r'href="/paper/(\d+)\.pdf"', html).group(1))
