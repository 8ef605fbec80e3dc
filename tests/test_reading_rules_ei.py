"""Reading rules from session 52 (what rounds EG and EH showed of address blocks without a street number,
family statements whose claims are headed by their patients, and requests for approval told in prose), each a
general one (words placed as OCR or a text layer would place them; invented values)."""

from __future__ import annotations

from intake.extract.doctext import DocText
from intake.model import Line, Word
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


def test_a_state_division_is_the_issuer_and_its_area_office_is_not():
    """'Quennel Division of Vocational Rehabilitation' over 'Example Central Office': an agency named as a
    division of the state issues the letter; the office that printed it is one of its parts."""
    from tests.test_insurer import insurer_of, line as head

    assert insurer_of(head(180, "Quennel Division of Vocational Rehabilitation", size=40),
                      head(250, "Harrowgate Central Office"),
                      head(310, "PO Box 100, Example City, ST 00000")) == "Quennel Division of Vocational Rehabilitation"


def test_the_plan_over_its_administrator_issues_the_letter():
    """'Quennel Stunt Accident Plan' over 'Administered by Example Claims Services, Inc.': the plan's own
    letterhead (the administrator named after it runs it), as the eval's letterhead rule says."""
    from tests.test_insurer import insurer_of, line as head

    assert insurer_of(head(180, "Quennel Stunt Accident Plan", size=40),
                      head(250, "Administered by Harrowgate Claims Services, Inc. | Provider Services"),
                      head(310, "PO Box 100, Example City, ST 00000")) == "Quennel Stunt Accident Plan"
    # (a clause after a program's name, 'QUENNEL East Region - administered by X', names the firm writing)
    got = insurer_of(head(180, "QUENNEL", size=52),
                     head(250, "QUENNEL East Region - administered by Harrowgate Federal Health Services, LLC"),
                     head(310, "Referral Management - PO Box 100, Example City, ST 00000"))
    assert got.startswith("Harrowgate Federal Health Services")


def test_captions_under_their_values_below_a_title():
    """A title over a form whose small captions sit under their values ('2031/03/16  Ana B. Quillby  QX 4471 9031'
    over 'STATEMENT DATE  MEMBER  MEMBER NO.'): the title is no label row heading the values."""
    got = fields_of(
        line(100, (100, "Quennel Farmworkers Health Plan")),
        line(200, (100, "HOURS"), (400, "STATEMENT")),
        line(290, (100, "2031/03/16"), (600, "Ansel R. Quillby"), (1200, "QX 4471 9031"), (1800, "QG-3107")),
        _small_row(345, (100, "STATEMENT DATE"), (600, "MEMBER"), (1200, "MEMBER NO."), (1800, "GROUP NO.")),
        line(430, (100, "Your hours this season are enough for coverage through June 30, 2031.")))
    assert got["member_id"].replace(" ", "").endswith("44719031")
    assert got["group_number"] == "QG-3107"


def _small_row(y: float, *cells: tuple[float, str]) -> Line:
    """Captions in small print (18 pixels high, a space's gap between a caption's words)."""
    words = []
    for x, text in cells:
        for tok in text.split():
            words.append(Word(tok, 0.97, (x, y, x + 10 * len(tok), y + 18)))
            x += 10 * len(tok) + 6
    return Line(words=words, page=1)


def test_a_name_a_narrow_column_wrapped_is_read_whole():
    """'Ana B.' over 'Quillby' in a claim table's patient column: one name."""
    got = fields_of(
        line(100, (100, "Quennel Health Plan")),
        line(200, (100, "Claim no."), (500, "Patient"), (900, "Date of service"), (1300, "Billed")),
        line(250, (100, "QX26-4471903"), (500, "Maren T."), (900, "03/09/2031"), (1300, "$318.00")),
        line(285, (500, "Quillby")),
        line(400, (100, "We cannot pay this claim because the visit was not approved before it was given.")))
    assert got["member_name"] == "Maren T. Quillby"


def test_a_claim_named_by_its_kind_before_its_number():
    """'Re: Pharmacy claim QX26-4471903 + Member ID ...': the claim's number after the kind of claim."""
    got = fields_of(
        line(100, (100, "Quennel Health Plan")),
        line(200, (100, "Re: Pharmacy receipt claim QX26-4471903"), (900, "Member ID QX 8812 5531"),
             (1500, "Group 71794")),
        line(300, (100, "We cannot pay this receipt because it reached us more than 90 days after the fill.")))
    assert "QX26-4471903" in got["case_numbers"]


def test_a_provider_name_wrapped_before_its_last_word_and_a_caption_ran_into_it():
    """'the bill from Quillby County Ambulance' over 'District for the ride ...': the district's whole name; and a
    'Provider' caption OCR ran into a name is no part of it."""
    got = fields_of(
        line(100, (100, "Quennel Disaster Assistance")),
        line(200, (100, "Application QX0031007")),
        line(300, (100, "We received your appeal of our decision not to pay the bill from Quillby County Ambulance")),
        line(340, (100, "District for the ambulance that took you to the hospital on February 18, 2031. Your health")),
        line(380, (100, "plan paid the bill, so we cannot pay it again.")))
    assert got["provider"] == "Quillby County Ambulance District"


def test_the_day_a_reader_asked_is_no_day_of_care():
    """'Physical therapy ... Billed $936.00' over 'You asked us on April 27, 2031': the day of asking; the visits
    the letter names are the days of care."""
    got = fields_of(
        line(100, (100, "Quennel Medicaid Program")),
        line(200, (100, "Client no. QX4471903")),
        line(260, (100, "Service Physical therapy")),
        line(300, (100, "Billed $936.00")),
        line(340, (100, "You asked us on April 27, 2031")),
        line(420, (100, "We keep our decision. Medicaid cannot pay for the visits on 02/09/2031, 02/11/2031 and")),
        line(460, (100, "02/16/2031. Those visits were counted toward your spend-down.")))
    assert "2031-04-27" not in got["service_dates"]
    assert got["service_dates"] == ["2031-02-09", "2031-02-11", "2031-02-16"]


def test_an_amount_a_fax_spread_after_its_comma_and_point():
    """'$1, 213. 01': OCR's gaps after the comma and the point; the cents are still the amount's."""
    from intake.extract.money import find_money

    assert find_money("Total charges $1, 213. 01")[0][0] == "1213.01"
    assert find_money("1, 213 units") == []  # (no sign, no cents: no amount)


def test_a_running_headers_bars_part_its_facts():
    """'Ansel R. Quillby | Participant ID QX8064528 | page 2': each bar a cell break in a running header, so the
    caption after the first bar opens a cell of its own; a letterhead's bars are left as they were."""
    from intake.layout import cells

    got = [" ".join(w.text for w in c) for c in cells(line(100, (100, "Ansel R. Quillby | Participant ID QX8064528 | page 2")))]
    assert got == ["Ansel R. Quillby", "Participant ID QX8064528", "page 2"]
    got = cells(line(100, (100, "Claims | PO Box 7740, Example City | TTY 711 | fax (740) 555-0100")))
    assert len(got) == 1


def test_a_tables_next_row_does_not_complete_a_first_name():
    """A patient column of first names ('Jasper' over 'Jasper' on the next claim's row) is no wrapped name."""
    got = fields_of(
        line(100, (100, "Quennel Health Plan")),
        line(200, (100, "Claim"), (400, "Patient"), (700, "Provider"), (1200, "Service date"), (1600, "Billed")),
        line(250, (100, "QX938-25295"), (400, "Jasper"), (700, "Harrowgate Medical Group"), (1200, "09/12/2031"),
             (1600, "$996.50")),
        line(290, (100, "QX756-42870"), (400, "Jasper"), (700, "Quillby Community Hospital"), (1200, "09/29/2031"),
             (1600, "$10,874.50")))
    assert got.get("member_name") != "Jasper Jasper"


def test_paid_in_full_is_no_denying_note_and_a_charge_left_to_the_member_is():
    """'PD1 Paid in full at the allowed amount. The provider may not bill you for the rest.' pays; 'NC4 ... is not a
    medical expense under the Plan. The charge is yours to pay.' refuses: the refused claim is NC4's."""
    got = fields_of(
        line(100, (100, "Quennel Catastrophic Injury Plan")),
        line(200, (100, "Member ID QX 28965544")),
        line(300, (100, "Date(s) Service Billed Allowed Plan paid Your share Code")),
        line(340, (100, "Claim QX26-844301")),
        line(380, (100, "02/18/2031 Ultralight wheelchair (K0005) 4,860.00 3,888.00 3,888.00 0.00 PD1")),
        line(420, (100, "Servicing: Harrowgate Mobility Supply")),
        line(460, (100, "Claim QX26-615150")),
        line(500, (100, "03/03/2031 Adaptive strength session 95.00 0.00 0.00 95.00 NC4")),
        line(540, (100, "03/05/2031 Adaptive strength session 95.00 0.00 0.00 95.00 NC4")),
        line(580, (100, "Claim total 190.00 0.00 0.00 190.00")),
        line(620, (100, "Servicing: Quillby Adaptive Strength Studio")),
        line(700, (100, "PD1 Paid in full at the allowed amount. The provider may not bill you for the rest.")),
        line(740, (100, "NC4 Fitness training is not a medical expense under the Plan. The charge is yours to pay.")))
    assert got["provider"] == "Quillby Adaptive Strength Studio"
    assert got["service_dates"] == ["2031-03-03", "2031-03-05"]


def test_a_review_that_keeps_the_decision_in_plain_words_is_a_denial_cue():
    """'The Bureau keeps the decision. Little Strides can pay only for services that the team has written into the
    plan': a review upholding a refusal with none of the usual words gives the denial letter its cues; a decision
    kept in the member's favour gives none."""
    from intake.classify import concept_cues
    from intake.rules import cached_rules

    def cues(text: str) -> list[str]:
        doc = DocText.__new__(DocText)
        doc.text, doc.folded = text, text.lower()
        return [c.key for c in concept_cues(doc, cached_rules()) if c.group == "DOC"]

    assert "denial_letter" in cues("the bureau keeps the decision. ")
    assert "denial_letter" in cues("the program can pay only for services that the team has written into the plan.")
    assert "denial_letter" not in cues("we keep the decision to pay for your visits.")
