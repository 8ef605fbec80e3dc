"""Reading rules from round AQ's first sight, each a general one: sideways stay tables, paper remittances with
several claims, captioned note codes, paid/denied claim sections, table rows OCR ran together, and numbers a
sentence names for another claim (no OCR; invented values)."""

from __future__ import annotations

from tests.test_kv import fields_of, line


def stays_table(status_first: str, status_second: str) -> list:
    return [line(200, (100, "Member ID: QX5512078")),
            line(300, (700, "First stay"), (1300, "Second stay (this claim)")),
            line(360, (100, "Claim number"), (700, "7741100223344"), (1300, "7741100998877")),
            line(420, (100, "Admitted"), (700, "02/01/2031"), (1300, "02/20/2031")),
            line(480, (100, "Discharged"), (700, "02/06/2031"), (1300, "02/24/2031")),
            line(540, (100, "DRG"), (700, "291"), (1300, "292"), (1800, "|")),
            line(600, (100, "Billed charges"), (700, "$41,200.00"), (1300, "$38,650.40")),
            line(660, (100, "Status"), (700, status_first), (1300, status_second))]


def test_a_sideways_stay_table_gives_the_denied_columns_facts_past_a_border_bar():
    got = fields_of(*stays_table("Paid $9,870.12", "Denied - readmission"))
    assert got["claim_amount"] == "38650.40"
    assert got["service_dates"] == ["2031-02-20/2031-02-24"]
    assert "7741100998877" in got["case_numbers"] and "7741100223344" not in got["case_numbers"]


def test_a_heading_saying_this_claim_marks_the_column_when_none_is_denied():
    got = fields_of(*stays_table("Paid $9,870.12", "Approved"))
    assert got["claim_amount"] == "38650.40"
    assert got["service_dates"] == ["2031-02-20/2031-02-24"]


def test_a_claim_the_sentence_says_was_paid_is_not_the_papers_and_a_sentence_ends_a_labels_numbers():
    got = fields_of(line(200, (100, "Claim no.:"), (600, "26Q7712345")),
                    line(260, (100, "Visit dates billed:"), (600, "03-Jan-2031, 17-Feb-2031")),
                    line(320, (100, "Total charge:"), (600, "1,163.00")),
                    line(400, (100, "The member's global package was billed by and paid to your practice on")),
                    line(450, (100, "claim 26Q7799911. Component codes 59412 and 59414 may be billed only when the")),
                    line(500, (100, "same practice does not provide the delivery, so this claim is denied as bundled.")))
    assert got["case_numbers"] == ["26Q7712345"]
    assert got["claim_amount"] == "1163.00"
    assert got["service_dates"] == ["2031-01-03", "2031-02-17"]


def test_a_paper_remittance_singles_out_its_denied_claim_by_the_claim_headers():
    got = fields_of(line(100, (100, "EXAMPLE MEDICARE ADMINISTRATORS, LLC")),
                    line(160, (100, "MEDICARE REMITTANCE ADVICE"), (1400, "REMIT DATE: 06/02/2031")),
                    line(260, (100, "NAME QUILL, ODA M"), (700, "MID 5TQ2AC3DE44 ACNT P1101 ICN 7700112233445")),
                    line(320, (100, "1999999999 05/04/31 11 1"), (700, "11721"), (1000, "81.20"),
                         (1300, "33.10 CO-45 48.10"), (1800, "26.48")),
                    line(380, (100, "CLAIM TOTALS"), (1000, "81.20"), (1300, "33.10"), (1800, "26.48")),
                    line(460, (100, "NAME FENWICK, IVO R"), (700, "MID 7WN4KD5GH62 ACNT P2202 ICN 7700112239990")),
                    line(520, (100, "1999999999 05/05/31 11 1"), (700, "11721"), (1000, "104.35"),
                         (1300, "0.00 CO-50 104.35"), (1800, "0.00")),
                    line(580, (100, "1999999999 05/05/31 11 1"), (700, "11055"), (1000, "62.50"),
                         (1300, "0.00 CO-50 62.50"), (1800, "0.00")),
                    line(640, (100, "CLAIM TOTALS"), (1000, "166.85"), (1300, "0.00"), (1800, "0.00")),
                    line(740, (100, "50 These are non-covered services because this is not deemed a 'medical necessity'.")))
    assert got["member_id"] == "7WN4KD5GH62"
    assert got["member_name"] == "Ivo R. Fenwick" or got["member_name"].upper().startswith("IVO R")
    assert got["case_numbers"] == ["7700112239990"]
    assert got["claim_amount"] == "166.85"


def test_a_code_captioned_alone_over_its_denying_explanation_marks_its_claim():
    got = fields_of(line(100, (100, "Member ID: KW-4410-7721")),
                    line(200, (100, "Claim 31Q5500112 - Example Family Clinic (office visit)")),
                    line(260, (100, "05/02/31 Office visit 99213 $152.40 $81.77 $51.77 $29.00 -")),
                    line(340, (100, "Claim 31Q5500987 - Example Rehabilitation Hospital (inpatient stay)")),
                    line(400, (100, "04/02/31-04/19/31 Room and board $21,400.00 $0.00 $0.00 $0.00 QX4")),
                    line(460, (100, "Claim total $21,400.00 $0.00 $0.00 $0.00")),
                    line(540, (100, "Code QX4")),
                    line(590, (100, "Denied - no prior authorization. The stay had to be approved before the admission.")))
    assert got["case_numbers"] == ["31Q5500987"]
    assert got["claim_amount"] == "21400.00"


def test_paid_and_denied_claim_sections_and_a_row_ocr_ran_across_columns():
    heads = ((100, "Patient"), (640, "Member ID"), (1000, "Claim no."), (1400, "DOS"), (1700, "Billed"))
    merged = "HOLLIS, MAREN T XJH440917263 26Q7000123456"  # one cell: the gaps too narrow to part
    row = line(0, (100, merged))
    xs = [w.bbox[0] for w in row.words]  # put each header over its value's first word
    heads = ((100, "Patient"), (xs[3], "Member ID"), (xs[4], "Claim no."), (1400, "DOS"), (1700, "Billed"))
    got = fields_of(line(100, (100, "Provider Remittance Advice")),
                    line(160, (100, "Payee: Example Maternal Care")),
                    line(240, (100, "PAID CLAIMS")),
                    line(300, *heads),
                    line(360, (100, "ODELL, RIA"), (xs[3], "XJH551028374"), (xs[4], "26Q7000654321"),
                         (1400, "4/2/2031"), (1700, "244.37")),
                    line(440, (100, "DENIED CLAIMS")),
                    line(500, *heads),
                    line(560, (100, merged), (1400, "4/12/2031"), (1700, "5,487.00")),
                    line(640, (100, "CO-B13 Previously paid. Payment may have been provided in a previous payment.")))
    assert got["member_id"] == "XJH440917263"
    assert got["case_numbers"] == ["26Q7000123456"]
    assert got["claim_amount"] == "5487.00"


def test_a_summary_notice_line_answering_no_denies_its_claim_and_its_own_line_names_who_billed():
    got = fields_of(line(100, (100, "Medicare Summary Notice for Part B (Medical Insurance)")),
                    line(160, (100, "Notice for Ivo R. Fenwick Medicare Number: 7WN4KD5GH62")),
                    line(260, (100, "Example Internal Medicine Group, 03/02/2031 - Claim number 41-2207-3318-406")),
                    line(320, (100, "Office visit, est. patient (99213) Yes $153.30 $101.40 $81.12 $20.28")),
                    line(400, (100, "Example Immunization Clinic, 03/09/2031 - Claim number 41-2207-3318-771")),
                    line(460, (100, "Zoster vaccine, recombinant (90750) No $231.10 $0.00 $0.00 $0.00 A")),
                    line(520, (100, "Total $231.10 $0.00 $0.00 $0.00")))
    assert got["case_numbers"] == ["41-2207-3318-771"]
    assert got["claim_amount"] == "231.10"
    assert got["service_dates"] == ["2031-03-09"]
    assert got["provider"] == "Example Immunization Clinic"
    assert got["member_name"] == "Ivo R. Fenwick"  # the addressee line, cut before its label


def test_a_doctor_who_ordered_the_care_yields_to_the_facility_the_claim_names():
    got = fields_of(line(40, (100, "Example Senior Health Plan")),
                    line(100, (100, "Claims we processed this month")),
                    line(160, (100, "Example Bone Imaging | Claim 6120007711 | Ordered by Dr. Ines Q. Marlowe")),
                    line(220, (100, "01/14/31 Bone density study 77080 $319.45 $0.00 $0.00 $319.45 DX")),
                    line(300, (100, "DX This test is not covered more often than once every 24 months.")))
    assert got["provider"] == "Example Bone Imaging"


def test_a_papers_title_over_its_facts_is_no_provider():
    got = fields_of(line(100, (100, "Example Medicare Administrators, LLC")),
                    line(200, (100, "Results of Additional Documentation Review")),
                    line(260, (100, "Beneficiary: Oda M. Quill")),
                    line(320, (100, "Claim number (ICN): 7700112239990")),
                    line(380, (100, "Amount billed: $174.30")))
    assert got.get("provider") != "Results of Additional Documentation Review"


def test_slash_joined_pharmacy_ids_without_spaces_and_a_patient_pay_amount():
    got = fields_of(line(100, (100, "BIN/PCN/GROUP"), (700, "=: 610777/XQPC01/HZ771Q")),
                    line(160, (100, "PATIENT PAY AMOUNT : $0.00")))
    assert got["group_number"] == "HZ771Q"
    assert got.get("claim_amount") is None


def test_box_questions_and_program_names_are_no_issuer_and_an_ocr_slip_still_names_medicare():
    from tests.test_insurer import insurer_of
    from tests.test_insurer import line as ins_line

    assert insurer_of(ins_line(150, "Example Senior Health Plan (HMO)"),
                      ins_line(260, "Explanation of Benefits - Medicare Advantage (Part C)", size=44)) \
        == "Example Senior Health Plan (HMO)"
    assert insurer_of(ins_line(200, "Resiimen de Medicare para la Parte B (Seguro Medico)"),
                      ins_line(600, "DID MEDICARE APPROVE ALL SERVICES? YOUR DEDUCTIBLE STATUS")) == "Medicare"


def test_a_reference_after_a_sentence_in_the_re_line_is_the_case_number():
    got = fields_of(line(100, (100, "Example Health Plan")),
                    line(200, (100, "Re: Home nutrition therapy, March 1, 2031 through March 31, 2031. Reference 4410-7203318.")))
    assert got["case_numbers"] == ["4410-7203318"]


def test_the_claim_from_a_clinic_outranks_the_doctor_who_supervised():
    got = fields_of(line(60, (100, "Example Mutual Health")),
                    line(200, (100, "We reviewed the claim from Example Wound Care Center for hyperbaric oxygen therapy")),
                    line(250, (100, "sessions (G0277). Supervising physician: Dr. Oren T. Halloway. We received the records")),
                    line(300, (100, "on May 3, 2031. The sessions are not covered.")))
    assert got["provider"] == "Example Wound Care Center"


def test_a_claim_from_a_named_practitioner_ends_at_the_comma_before_the_credentials():
    got = fields_of(line(60, (100, "Example Health Plan")),
                    line(200, (100, "We received a claim from Noor Q. Hallström, L.Ac., Dipl. OM of Example Acupuncture for")),
                    line(250, (100, "acupuncture visits. Acupuncture is excluded under your plan.")))
    assert got["provider"] == "Noor Q. Hallström"


def test_one_definition_of_a_claims_section_heading_in_english_and_spanish():
    from intake.extract.kv_labels import claims_section

    assert [claims_section(t) for t in ("DENIED CLAIMS", "Claims not paid", "Reclamos denegados",
                                        "- Paid claims -", "Reclamos pagados", "Pending claims")] == \
        ["denied", "denied", "denied", "paid", "paid", "other"]
    assert claims_section("Denied claims are listed on page 2") is None  # a sentence, not a heading
    assert claims_section("Claim number") is None


def test_spanish_claim_sections_put_the_denied_sections_claim_first():
    heads = ((100, "Paciente"), (640, "ID de miembro"), (1000, "Reclamo"), (1400, "Fecha"), (1700, "Cargo"))
    got = fields_of(line(100, (100, "Aviso de pago al proveedor")),
                    line(240, (100, "RECLAMOS PAGADOS")),
                    line(300, *heads),
                    line(360, (100, "ODELL, RIA"), (640, "XJH551028374"), (1000, "26Q7000654321"),
                         (1400, "2/4/2031"), (1700, "244.37")),
                    line(440, (100, "RECLAMOS DENEGADOS")),
                    line(500, *heads),
                    line(560, (100, "HOLLIS, MAREN"), (640, "XJH440917263"), (1000, "26Q7000123456"),
                         (1400, "12/4/2031"), (1700, "5,487.00")))
    assert got["member_id"] == "XJH440917263"
    assert got["case_numbers"] == ["26Q7000123456"]
    assert got["claim_amount"] == "5487.00"
