"""Reading rules from session 41 (round DP), each a general one (words placed as OCR or a text layer would place
them; invented values)."""

from __future__ import annotations

from tests.test_kv import fields_of, line


def _supplier_letter(letterhead: str, *body: str) -> dict:
    lines = [line(100, (100, letterhead)), line(140, (100, "Home medical equipment - 12 Example Way, Example City")),
             line(220, (100, "May 4, 2031")), line(300, (100, "ANA B. EXAMPLE")), line(330, (100, "12 EXAMPLE LANE")),
             line(400, (100, "Re: Your Medicare claim for the hospital bed")), line(460, (100, "Dear Ana Example,"))]
    lines += [line(520 + 40 * k, (100, text)) for k, text in enumerate(body)]
    return fields_of(*lines)


def test_a_care_providers_letterhead_is_who_gave_the_care_when_nothing_else_names_one():
    """A supplier's own letter to the member names no provider under a label or in a sentence: its letterhead, a
    care provider's name ('... Medical Supply'), is who gave the care, though it is the paper's issuer too."""
    got = _supplier_letter("Example Harbor Medical Supply",
                           "We billed Medicare $270.00 for this rental month. Please read the enclosed letter;",
                           "it explains Medicare's decision and how to ask for a redetermination.")
    assert got["provider"] == "Example Harbor Medical Supply"


def test_an_exchanges_letterhead_names_no_provider():
    """A letterhead with no word only a care provider's name holds ('Example Health Connect', an exchange) heading
    its own notice is the issuer, not who gave any care (a guard on the rule above: it passes without it)."""
    got = _supplier_letter("Example Health Connect",
                           "We reviewed your application and you do not qualify for help paying for coverage.",
                           "You may ask for an appeal within 90 days.")
    assert got.get("provider") is None


def test_an_agency_service_centers_letterhead_names_no_provider():
    """'Example Program Service Center' heading an agency's notice (a 'center', but one that runs a program; a guard on
    the rule above)."""
    got = _supplier_letter("Example Program Service Center",
                           "We cannot enroll you in Part B for the drug coverage you asked for.",
                           "You may ask us to look at this decision again within 60 days.")
    assert got.get("provider") is None
