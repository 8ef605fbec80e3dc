"""Reading rules from session 64, each a general one (words placed as OCR would place them; invented values)."""

from __future__ import annotations

from tests.test_reading_rules_er import _fields, _words


def _supplier_letter(caption: str) -> dict:
    rows = [_words(100, (100, "Quillby Home Medical Supply")), _words(160, (100, "PO Box 4471, Dunmore, PA 18574")),
            _words(280, (100, "March 3, 2031")), _words(400, (100, "Ansel R. Quillby")),
            _words(520, (100, "Medicare Number: 7QX4-PE1-MB22")),
            _words(580, (100, f"{caption}: 3104417720561")),
            _words(640, (100, "Date of service: 02/10/2031")),
            _words(760, (100, "Medicare denied payment for the walker we delivered to you, because the item"),),
            _words(820, (100, "was not medically necessary. You are not responsible for this charge."))]
    return _fields(rows)


def test_a_programs_claim_number_is_the_claims_number_not_the_members():
    """'Medicare claim number:' beside 'Medicare Number:': the program's word makes the first no member ID, and the
    claim's number is the case's; the member's number stays the one under the member's caption."""
    for caption in ("Medicare claim number", "Medicaid claim no."):
        got = _supplier_letter(caption)
        assert got["case_numbers"] == ["3104417720561"], caption
        assert got["member_id"] == "7QX4-PE1-MB22", caption


def test_a_correspondence_number_and_a_numero_de_referido_are_case_numbers():
    """A Medicare contractor's reply goes by its 'Correspondence number', a referral's Spanish notice by its 'Numero de
    referido': each is the number the case is answered under."""
    for caption in ("Correspondence number", "Número de referido"):
        rows = [_words(100, (100, "Quillby Benefit Services")), _words(160, (100, "PO Box 4471, Dunmore, PA 18574")),
                _words(280, (100, "March 3, 2031")), _words(400, (100, "Ansel R. Quillby")),
                _words(520, (100, f"{caption}: QC31-0417722")),
                _words(640, (100, "We cannot pay the bill you sent because it does not list the services you had."))]
        assert _fields(rows)["case_numbers"] == ["QC31-0417722"], caption
