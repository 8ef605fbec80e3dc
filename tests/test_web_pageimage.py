"""The page the review shows is the page Tesseract read: same size, and each fact's box holds its words,
on a scan turned sideways and straightened and on a fax (real Tesseract)."""

from __future__ import annotations

import re

import pytest

from tests.conftest import SAMPLES

pytestmark = pytest.mark.ocr


def _plain(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


@pytest.mark.parametrize("name", ["b_rot_medicaid_mednec.pdf", "b_faxs_msn.tif"])
def test_boxes_sit_on_their_words_in_the_re_rendered_page(tmp_path, name):
    import pytesseract

    from intake.db import repo
    from intake.db.engine import open_db
    from intake.db.review import original_of
    from intake.mailroom import stored_batch
    from intake.pageimage import page_image

    db = f"sqlite:///{tmp_path / 'intake.db'}"
    assert not stored_batch([str(SAMPLES / name)], db_url=db, jobs=1).failed
    engine = open_db(db)
    checked = 0
    for listed in repo.list_documents(engine):
        original, geometry = original_of(engine, listed["id"])
        result = repo.get_document(engine, listed["id"])["result"]
        images = {}
        for field, ev in result["evidence"].items():
            if field not in ("member_id", "claim_amount", "member_name") or not ev.get("bbox"):
                continue
            page = ev["page"]
            if page not in images:
                images[page] = page_image(original, page, geometry[page])
                assert images[page].size == (int(geometry[page][0]), int(geometry[page][1]))
            x0, y0, x1, y1 = ev["bbox"]
            crop = images[page].crop((int(x0) - 4, int(y0) - 4, int(x1) + 4, int(y1) + 4))
            read = pytesseract.image_to_string(crop, config="--psm 7")
            value = _plain(str(result["fields"][field]))
            assert value[-6:] in _plain(read), (field, read)
            checked += 1
    assert checked >= 2
