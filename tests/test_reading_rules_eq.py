"""Reading rules from session 60 (a fax's smears read as words inside a caption row, ...), each a general one
(words placed as OCR would place them; invented values)."""

from __future__ import annotations

from intake.marks import flat_marks
from intake.model import Document, Line, PageText, SourceFile, Word
from intake.pipeline import result_of
from intake.rules import cached_rules

SRC = SourceFile("t.tif", "0" * 64, "tiff", 1, 1)
CHAR = 18


def _words(y: float, *cells: tuple[float, str], conf: float = 0.9, tall: float = 34) -> list[Word]:
    out = []
    for x, text in cells:
        for tok in text.split():
            out.append(Word(tok, conf, (x, y, x + CHAR * len(tok), y + tall)))
            x += CHAR * len(tok) + 14
    return out


def _smear(x: float, y: float, text: str, width: float = 90) -> Word:
    """A table rule a standard fax greyed, read as a flat word with no confidence."""
    return Word(text, 0.2, (x, y, x + width, y + 7))


def _fields(*rows: list[Word]) -> dict:
    lines = [Line(sorted(ws, key=lambda w: w.bbox[0]), 1, i) for i, ws in enumerate(rows)]
    doc = Document(SRC, [PageText(1, 2550, 3300, lines, "ocr")])
    return {k: v.value for k, v in result_of(doc, cached_rules(), "t.tif").fields.items()}


def test_a_flat_unsure_word_among_letters_is_a_mark():
    words = _words(300, (100, "Claim number"), (700, "Patient"), (1500, "Member ID")) + [_smear(1380, 300, "soe")]
    assert [words[i].text for i in flat_marks(words)] == ["soe"]


def test_a_guard_an_initial_ocr_boxed_flat_and_a_sure_word_are_print():
    words = _words(300, (100, "Patient: Ansel"), (400, "Quillby")) + [Word("J.", 0.3, (380, 310, 396, 316))]
    flat_sure = Word("ID", 0.8, (900, 300, 940, 307))
    assert flat_marks(words) == [] and flat_marks(_words(300, (100, "Member name"), (700, "Group")) + [flat_sure]) == []


def test_a_smear_in_a_caption_row_no_longer_hides_the_value_under_it():
    """'Member ID' with a smear before it in a caption row over a row of values: the value under it is the
    member's (a smear inside the caption cell made it no caption)."""
    captions = _words(300, (100, "Notice date"), (500, "Claim number"), (900, "Patient"), (1480, "Member ID"),
                      (1900, "Group")) + [_smear(1360, 300, "soe")]
    values = _words(370, (100, "03/02/2031"), (500, "QC2031-5571"), (900, "Ansel P. Quillby"), (1480, "QMB30417722"),
                    (1900, "QGRP-4410"))
    got = _fields(_words(200, (100, "Pemberix Health Plan")), captions, values)
    assert got["member_id"] == "QMB30417722"


def _classes(word: str, conf: float) -> frozenset | None:
    from intake.extract.lexicon import lexicon_of

    return lexicon_of(cached_rules()).word_classes(word, conf)


def test_an_id_a_standard_fax_printed_with_its_d_as_o_a_bracket_or_p_is_still_an_id_where_ocr_was_unsure():
    for printed in ("IO", "Io", "i)", "|)", "Ip", "TD!", "IO:"):
        assert _classes(printed, 0.4) == _classes("ID", 0.97), printed


def test_a_guard_numbers_list_marks_and_sure_words_are_not_read_as_id():
    assert _classes("10", 0.4) is None and _classes("1)", 0.4) is None and _classes("IO", 0.97) is None
    assert _classes("IP", 0.4) is None  # (inpatient)


def test_a_caption_row_with_a_garbled_id_still_captions_the_members_number():
    got = _fields(_words(200, (100, "Pemberix Health Plan")),
                  _words(300, (100, "Member name"), (700, "Member"), (820, "IO", ), (1200, "Group"), conf=0.6),
                  _words(370, (100, "Ivo R. Quennel"), (700, "QPX44019273"), (1200, "QG-7741")))
    assert got["member_id"] == "QPX44019273"
