"""Reading rules from session 52 (what rounds EG and EH showed of address blocks without a street number,
family statements whose claims are headed by their patients, and requests for approval told in prose), each a
general one (words placed as OCR or a text layer would place them; invented values)."""

from __future__ import annotations

from intake.extract.doctext import DocText
from tests.test_kv import fields_of, line


def test_an_address_block_held_at_the_post_office_names_its_reader():
    """'General Delivery' stands where a street would (someone with no street address): the block's first line
    is still the person the statement is sent to."""
    got = fields_of(
        line(100, (100, "Quennel County Care Program")),
        line(160, (100, "STATEMENT OF PROGRAM PAYMENTS")),
        line(260, (100, "Ansel R. Quillby"), (1500, "Client no. QX 4471903")),
        line(300, (100, "General Delivery")),
        line(340, (100, "Example City Main Post Office")),
        line(380, (100, "Example City, ST 00000")))
    assert got["member_name"] == "Ansel R. Quillby"


def test_an_address_block_abroad_names_its_reader():
    """A block-and-lot street and a postal code before the country's name ('6100 Examplia') make an address block
    as a street number and a ZIP code do; a reference's five digits further down make none."""
    got = fields_of(
        line(100, (100, "Quennel Crew Medical Plan")),
        line(160, (100, "CREW MEDICAL BENEFIT STATEMENT")),
        line(260, (100, "Ansel R. Quillby")),
        line(300, (100, "Blk 19 Lot 15, Example St.")),
        line(340, (100, "Example District, Example City")),
        line(380, (100, "6100 Examplia")))
    assert got["member_name"] == "Ansel R. Quillby"
    got = fields_of(
        line(100, (100, "Quennel Crew Medical Plan")),
        line(260, (100, "Harbour Road 118")),
        line(300, (100, "185 37 Example Port, Examplia")),
        line(340, (100, "Re: your invoice for crew member Ansel R. Quillby")),
        line(380, (100, "QX-26-53084")))
    assert got.get("member_name") != "Harbour Road"


def test_the_denied_claim_heading_names_the_patient_of_a_family_statement():
    """Each claim headed by its patient ('Claim QX1 | Ana B. Quillby, person 02 | Example Clinic'): the denied
    claim's patient is the member asked about, not the subscriber the statement is addressed to."""
    got = fields_of(
        line(100, (100, "Quennel Health Plan")),
        line(160, (100, "EXPLANATION OF BENEFITS"), (1500, "THIS IS NOT A BILL")),
        line(260, (100, "Ansel R. Quillby")),
        line(300, (100, "118 Example Road")),
        line(340, (100, "Example City, ST 00000")),
        line(400, (1500, "Member ID QX 4471903")),
        line(500, (100, "Date Service Billed Plan paid Code")),
        line(560, (100, "Claim QX26000000101 | Ansel R. Quillby, person 01 | Example Family Clinic")),
        line(600, (100, "03/02/2031 99213 Office visit 145.00 145.00 P1")),
        line(640, (100, "Claim total 145.00 145.00")),
        line(720, (100, "Claim QX26000000202 | Maren T. Quillby, person 02 | Example Skin Associates")),
        line(760, (100, "03/09/2031 99204 New patient visit 318.00 0.00 N4")),
        line(800, (100, "Claim total 318.00 0.00")),
        line(880, (100, "N4 Not paid: a referral from the plan's clinic was needed first.")))
    assert got["member_name"] == "Maren T. Quillby"


def test_a_doctor_in_a_claim_heading_is_no_patient():
    """'Claim QX1 | Dr. Ana B. Quillby | ...': a clinician's title marks who gave the care."""
    got = fields_of(
        line(100, (100, "Quennel Health Plan")),
        line(260, (100, "Ansel R. Quillby")),
        line(300, (100, "118 Example Road")),
        line(340, (100, "Example City, ST 00000")),
        line(560, (100, "Claim QX26000000101 | Dr. Maren T. Quillby | Example Family Clinic")),
        line(600, (100, "03/02/2031 99213 Office visit 145.00 145.00 P1")),
        line(720, (100, "Claim QX26000000202 | Dr. Tobin Q. Quillby | Example Skin Associates")),
        line(760, (100, "03/09/2031 99204 New patient visit 318.00 0.00 N4")),
        line(880, (100, "N4 Not paid: a referral from the plan's clinic was needed first.")))
    assert got["member_name"] == "Ansel R. Quillby"


def test_the_day_asked_for_in_a_request_for_approval():
    """'You asked us to approve a hip replacement ... at Example Hospital on DATE': the planned care's day; the
    day the request was made ('asked us on DATE to approve ...') is not."""
    got = fields_of(
        line(100, (100, "Quennel Health Plan")),
        line(200, (100, "Member ID: QX4471903")),
        line(300, (100, "Dear Dr. Example:")),
        line(360, (100, "You asked us to approve a left total hip replacement for Ansel R. Quillby at Example")),
        line(400, (100, "Orthopedic Hospital on May 19, 2031. We cannot approve it at that hospital.")))
    assert got["service_dates"] == ["2031-05-19"]
    got = fields_of(
        line(100, (100, "Quennel Health Plan")),
        line(200, (100, "Member ID: QX4471903")),
        line(360, (100, "Your doctor asked us on April 24, 2031 to approve your admission to Example Rehabilitation")),
        line(400, (100, "Hospital on April 28, 2031 for intensive rehabilitation. We did not approve the admission.")))
    assert got["service_dates"] == ["2031-04-28"]


def test_a_sentence_goes_on_after_a_figure_that_ends_its_line():
    """'... on March 4, 2031' over '($2,150.00). A nurse ...': the amount in brackets belongs to the sentence
    above; a heading's figure over a new sentence ends its line's sentence as before."""
    text = DocText.__new__(DocText)
    text.text, text._sentences = "the MRI of your back on March 4, 2031\n($2,150.00). A nurse read it.", None
    got = [text.text[a:b] for a, b in text.sentences()]
    assert got[0] == "the MRI of your back on March 4, 2031\n($2,150.00)."
    text.text, text._sentences = "Claim no. 2031\nThe plan read it.", None
    assert [text.text[a:b] for a, b in text.sentences()] == ["Claim no. 2031", "The plan read it."]


def test_a_refused_amount_told_with_would_not():
    """'the program would not pay Quarrow Open Imaging ... ($2,150.00)': a refusal, not an estimate's 'would'."""
    got = fields_of(
        line(100, (100, "Quennel County Care Program")),
        line(200, (100, "Client no. QX4471903")),
        line(300, (100, "We looked again at our letter of April 1, 2031, which said the program would not pay")),
        line(340, (100, "Quarrow Open Imaging for the MRI of your lower back on March 4, 2031")),
        line(380, (100, "($2,150.00). A nurse reviewer read the request again.")))
    assert got["claim_amount"] == "2150.00"
