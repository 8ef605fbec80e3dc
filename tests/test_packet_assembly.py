"""The packet's assembly on its own (no database, no OCR): pages turned by /Rotate and media boxes not at
0,0 get their stamp upright in the bottom margin as a reader shows the page; text layers, bookmarks and
order are kept."""

from __future__ import annotations

import pytest

from intake.records.packet import assemble, shown_size, stamp_matrix
from intake.records.plan import Exhibit, PacketPlan


def _apply(m, x, y):
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


@pytest.mark.parametrize("turn", [0, 90, 180, 270])
def test_the_stamp_matrix_maps_the_shown_page_onto_the_media_box(turn):
    box = [10.0, 20.0, 622.0, 812.0]  # 612 x 792 at an offset
    w, h = shown_size(box, turn)
    corners = {_apply(stamp_matrix(box, turn), x, y) for x, y in ((0, 0), (w, 0), (0, h), (w, h))}
    assert corners == {(10, 20), (622, 20), (10, 812), (622, 812)}
    # the shown page's bottom edge (y = 0) lands on the edge a reader sees at the bottom after turning
    bottom = {_apply(stamp_matrix(box, turn), x, 0) for x in (0, w)}
    expected = {0: {(10, 20), (622, 20)}, 90: {(622, 20), (622, 812)}, 180: {(622, 812), (10, 812)},
                270: {(10, 812), (10, 20)}}[turn]
    assert bottom == expected


def _original(path, turns):
    """A born-digital PDF, one line of text a page, each page turned as asked, the last at an offset."""
    import pikepdf
    from fpdf import FPDF

    pdf = FPDF(format="letter")
    for i, _ in enumerate(turns):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 14)
        pdf.cell(0, 10, f"Original text of page {i + 1}")
    pdf.output(str(path))
    with pikepdf.open(path, allow_overwriting_input=True) as doc:
        for page, turn in zip(doc.pages, turns):
            if turn:
                page.obj.Rotate = turn
        last = doc.pages[-1]
        last.obj.MediaBox = pikepdf.Array([30, 40, 642, 832])
        doc.save(path)
    return path


def test_rotated_and_offset_pages_are_stamped_where_a_reader_looks(tmp_path):
    import pypdfium2 as pdfium
    from PIL import ImageChops
    from pypdf import PdfReader

    turns = [0, 90, 180, 270, 0]
    first = _original(tmp_path / "a.pdf", turns)
    second = _original(tmp_path / "b.pdf", [0, 0])
    plan = PacketPlan([Exhibit(1, "denial", "Denial notice", ["2026-01-02"], str(first), [1, 2, 3, 4, 5]),
                       Exhibit(2, "office_note", "Office note", ["2026-01-05"], str(second), [2])], [])
    target = tmp_path / "packet.pdf"
    total = assemble(plan, [("Member", "A. Person")], "en", "C-1", target)
    reader = PdfReader(str(target))
    assert total == len(reader.pages) == 3 + 6
    assert [(o.title, reader.get_destination_page_number(o)) for o in reader.outline] == [
        ("Exhibit 1: Denial notice", 3), ("Exhibit 2: Office note", 8)]
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    packet = pdfium.PdfDocument(str(target))
    sources = [(first, n) for n in range(5)] + [(second, 1)]
    for i, (src, n) in enumerate(sources):
        page = packet[3 + i]
        text = page.get_textpage().get_text_range()
        number, m, k = (1, i + 1, 5) if i < 5 else (2, 1, 1)
        assert f"Exhibit {number} \u2013 page {m} of {k}" in text and "Case C-1" in text
        assert f"Original text of page {n + 1}" in text  # the original's own text layer
        # what was added is the stamp alone, in the bottom strip of the page as a reader sees it
        # (pdfium renders with /Rotate applied)
        stamped = page.render(scale=1, grayscale=True).to_pil().convert("L")
        with pdfium.PdfDocument(str(src)) as doc:
            original = doc[n].render(scale=1, grayscale=True).to_pil().convert("L")
        assert stamped.size == original.size
        added = ImageChops.difference(stamped, original).getbbox()
        assert added, f"no stamp to be seen on packet page {4 + i}"
        left, top, right, bottom = added
        assert top > stamped.height - 12 / 25.4 * 72 and right > stamped.width * 0.6, (i, turns + [0])
    packet.close()


def test_page_ranges_for_qpdf():
    from intake.records.packet import page_ranges

    assert page_ranges([1]) == "1"
    assert page_ranges([1, 2, 3, 7, 9, 10]) == "1-3,7,9-10"
    assert page_ranges([4, 5]) == "4-5"
