"""Shared set-up for the review page's tests: a store with a processed sample, staff of each role, a client."""

from __future__ import annotations

import re

from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "bd_classic_mednec.pdf"  # born digital: read in a second, no OCR
PASSWORD = "a long enough secret"
ROLES = ("admin", "reviewer", "viewer")


def processed_store(db_url: str, papers_dir: str, files=(SAMPLE,)) -> dict:
    """A store holding the sample run through `intake batch`'s own path, and a user of each role."""
    from intake.db import repo
    from intake.db.engine import open_db
    from intake.db.users import add_user
    from intake.mailroom import stored_batch

    summary = stored_batch([str(f) for f in files], db_url=db_url, jobs=1)
    assert not summary.failed
    engine = open_db(db_url)
    for role in ROLES:
        add_user(engine, role, role, PASSWORD)
    docs = repo.list_documents(engine)
    first = repo.get_document(engine, docs[0]["id"])
    return {"engine": engine, "db_url": db_url, "papers": papers_dir, "doc": docs[0]["id"],
            "member_id": first["result"]["fields"]["member_id"], "member_name": first["result"]["fields"]["member_name"]}


def make_app(store: dict):
    from intake.web.app import create_app

    return create_app(store["engine"], store["db_url"], store["papers"], ["127.0.0.1", "localhost", "testserver"])


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def signed_in(app, role: str | None):
    """A TestClient over https (the cookie is Secure), signed in as `role` (None: nobody)."""
    import warnings

    with warnings.catch_warnings():  # Starlette would rather have httpx2; httpx is what the lock holds
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    client = TestClient(app, base_url="https://testserver", follow_redirects=False)
    if role is not None:
        page = client.get("/login")
        resp = client.post("/login", data={"csrf": csrf_of(page.text), "username": role, "password": PASSWORD})
        assert resp.status_code == 303, resp.text
        client.csrf = csrf_of(client.get("/").text)
    return client
