"""An invented travel-nurse staffing agency's self-funded health plan with a national network: Halyard Clinical
Staffing, Inc. places nurses and therapists on 13-week assignments at hospitals across the country and sponsors the
Halyard Traveler Health Plan for them and their families; Bexley Ridge Benefit Administrators processes the claims
(its letterhead on the plan's papers); the plan uses the WayMark National Network and a TravelCare line. The plan's
invented rules: coverage runs from the first day of an assignment to the end of the month the assignment ends, with
no break when the next assignment starts within 30 days; only network care is paid except in an emergency, and in a
place with no network providers the TravelCare line gives a guest authorization before care that can wait; receipts
a member paid must reach the plan within 90 days of the visit; exams and tests needed for an assignment, a license or
a job are left out (the agency pays them back); another plan of a spouse's own job pays first; a first review within
180 days and a second within 60 days. Every company, network, hospital, clinic, practice, doctor, therapist, nurse,
family member, number, code, rule and time limit is invented; CPT codes, ERISA and U.S. places as themselves.

Documents (8 in 7 files):
- born_digital_family_statement_child_allergy_not_in_waymark: a two-page family statement of benefits to a nurse
  with fourteen narrow columns (Person code, patient, a claim number broken over two lines, billed / not allowed /
  allowed / deductible / copay / plan paid / you owe), four claims for three people of which only the child's allergy
  testing at a practice outside the network is refused (code N2), "This is not a bill" beside the amount owed, an
  assignment "Contract" number as a decoy; page 2 the code legend, a deductible meter and a claims history box with a
  2025 claim (out_of_network; "within 180 days of the statement date").
- lowres_nome_physical_therapy_no_guest_authorization_our_file: a 150 dpi letter to a physical therapy clinic in Nome
  ("Our file", "Your reference" = the clinic's account as a decoy, "Apr. 21, '26" and "Mar. 2, '26 - Mar. 13, '26" in
  the box, standard dates in the visit table, a P.O. box for appeals) refusing six visits nobody called the TravelCare
  line about (prior_authorization, out_of_network accepted; "within 180 days from April 21, 2026").
- finefax_precert_shoulder_repair_outpatient_not_two_nights: a fine-faxed precertification decision to a hospital's
  orthopaedic department, values over their captions in ruled cells ("Auth ref.", "Contract (assignment)", referring
  doctor and performing surgeon, facility / department), a check-box grid approving the repair and refusing the two
  inpatient nights (level_of_care, medical_necessity accepted; "within 60 days of the decision date").
- photocopy_receipt_sent_after_90_days_member_suffix: a photocopied letter with two key/value boxes side by side
  (member # with "-01", reference no., assignment contract), a receipt for an urgent care visit sent 126 days after it,
  the amount in words and as "USD 286.00" (timely_filing; "no later than 180 days after you receive this letter":
  nothing to count from).
- phone_es_esposo_urgencias_otro_seguro_primero: a photographed Spanish letter to a nurse about her husband's
  emergency visit ("19 de marzo de 2026", "2.316,40 US$" in the table, "US$ 2,316.40" in a sentence, ID with "*02",
  the other plan's member number as a decoy) closing the claim because his own employer's plan pays first and the
  questionnaire never came back (other; "dentro de los 180 días").
- rotated_first_review_credentialing_tests_authorized_representative: a first-review decision fed sideways, sent to
  the nurse's sister as authorized representative, values over captions on a rule ("Matter no.", "Claim no.",
  "Contract"), keeping the refusal of a TB blood test, titers and a drug screen the hospital asked for before the
  first shift (not_covered; "within 60 days of the date of this letter").
- clean_stack_agency_assignment_history_then_gap_er_claim_page_two_sideways: a clean-scan stack of the agency's
  assignment and coverage history letter with a timeline (denies nothing), the duplex back of its sheet, and the
  administrator's two-page letter refusing an emergency visit in the 58 days between assignments, the claim number as
  "26-048-00917" on page 1 and "2604800917" on page 2, a continuation-coverage limit as a decoy, page 2 turned
  sideways (eligibility; "within 180 days of the date of this letter").
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeg_famke import (EGSheet, apos, dollars, es_date, es_wday, eu_usd, iso, kin, last_first, long,
                               lookalike, n2, nospace, paren, people, phone, slash, surname, toll, usd, words, yy)
from public_kit import digits, m2, out, plus, truth

FAMILY = "travel_nurse_staffing_agency_health_plan_assignment_gaps_out_of_area_and_family_claims"
LANG = "en"
SEED = 355064
TPA = "Bexley Ridge Benefit Administrators"
PLAN = "Halyard Traveler Health Plan"
AGENCY = "Halyard Clinical Staffing, Inc."
ALT = [PLAN, "Bexley Ridge", "Bexley Ridge Benefit Administrators, Inc."]
GROUP = "HCS-20418"
CODE = "TRV-3"
FOR = f"Claims administrator for the {PLAN}, a self-funded plan of {AGENCY}"
FOR_ES = f"Administrador de reclamaciones del {PLAN}, plan autofinanciado de {AGENCY}"


def member_id(rng) -> str:
    """HTP and seven characters grouped 3-4, with letters a reader may take for digits."""
    return lookalike(rng, rng.choice(["HTP DDo DoDD", "HTP DoD DDoD", "HTP oDD DDDo"]))


def contract(rng, yr: str = "26") -> str:
    return f"AC-{yr}-{digits(rng, 4)}"


def _head(p, rng, box=None, es=False):
    lines = ([f"Servicio al afiliado {toll(rng)}", "TravelCare 1-888-555-0177", f"Fax {phone(rng, '503')}",
              "PO Box 61190, Salem, OR 97301"] if es else
             [f"Member services {toll(rng)}", "TravelCare line 1-888-555-0177 (24 hours)", f"Fax {phone(rng, '503')}",
              "PO Box 61190, Salem, OR 97301"])
    p.admin_head(TPA, FOR_ES if es else FOR, lines, box=box)


# --- 1. Family statement: the child's allergy testing outside the network (born digital, two pages) ---------------
def bd_family(rng):
    nurse, husband, child, ped = people(rng, 4, sex="FMF.")
    husband, child = kin(husband, nurse), kin(child, nurse)
    mid = member_id(rng)
    st = dt.date(2026, 4, 17)
    ac = contract(rng)
    old_claim = f"25{digits(rng, 9)}"
    cl = {k: f"26{d.strftime('%m%d')}{digits(rng, 5)}" for k, d in
          (("a", dt.date(2026, 3, 2)), ("b", dt.date(2026, 3, 5)), ("c", dt.date(2026, 3, 11)),
           ("d", dt.date(2026, 3, 20)))}
    allergy = "Harrow Creek Allergy & Asthma"
    # (person code, patient, claim, date, provider, service, billed, not allowed, deductible, copay, code)
    spec = [("01", nurse, cl["a"], dt.date(2026, 3, 2), "Pinecrest Primary Care", "Office visit 99213", 182.00,
             64.30, 0.00, 25.00, "P1"),
            ("02", husband, cl["b"], dt.date(2026, 3, 5), "Desert Quill Laboratories", "Lipid panel 80061", 96.00,
             58.40, 37.60, 0.00, "D1"),
            ("02", husband, "", dt.date(2026, 3, 5), "", "Hemoglobin A1c 83036", 54.00, 32.10, 21.90, 0.00, "D1"),
            ("03", child, cl["c"], dt.date(2026, 3, 11), allergy, "New patient visit 99204", 318.00, 318.00, 0.00,
             0.00, "N2"),
            ("03", child, "", dt.date(2026, 3, 11), "", "Prick tests x40 95004", 520.00, 520.00, 0.00, 0.00, "N2"),
            ("01", nurse, cl["d"], dt.date(2026, 3, 20), "Saguaro Motion Physical Therapy", "Exercises 97110 x2",
             210.00, 71.80, 0.00, 30.00, "P1"),
            ("01", nurse, "", dt.date(2026, 3, 20), "", "Manual therapy 97140", 105.00, 38.25, 0.00, 0.00, "P1")]
    rows, shade = [], set()
    T = [0.0] * 7
    refused = 0.0
    for i, (pc, pt, c, d, prov, svc, billed, notal, ded, cop, code) in enumerate(spec):
        allowed = round(billed - notal, 2)
        paid = round(allowed - ded - cop, 2)
        owe = round(ded + cop + (notal if code == "N2" else 0.0), 2)
        if code == "N2":
            shade.add(i)
            refused += billed
            paid = 0.0
        rows.append([pc, pt if c else "", c, yy(d), prov, svc, n2(billed), paren(notal) if notal else "0.00",
                     n2(allowed), n2(ded), n2(cop), n2(paid), n2(owe), code])
        for k, v in enumerate((billed, notal, allowed, ded, cop, paid, owe)):
            T[k] += v
    rows.append(["", "Totals", "", "", "", "", n2(T[0]), paren(T[1]), n2(T[2]), n2(T[3]), n2(T[4]), n2(T[5]),
                 n2(T[6]), ""])
    refused = round(refused, 2)
    p = EGSheet(footer="Page {n} of {nb}", footer_left="BRBA-FS-2 (rev. 08/2025)",
                top_line=f"{nurse}  \u2022  ID no. {mid}  \u2022  statement of {slash(st)}  \u2022  "
                         "page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page(orientation="L")
    _head(p, rng, box="FAMILY STATEMENT OF BENEFITS")
    y0 = p.get_y()
    for ln in [nurse, "1187 Juniper Ridge Drive", "Bend, OR 97702-4410"]:
        p.line(ln, 9.6)
    W = p.w - p.l_margin - p.r_margin
    p.set_xy(p.l_margin + W - 86, y0)
    p.leaders([("Statement date", slash(st)), ("ID no.", mid), ("Group no.", GROUP), ("Plan code", CODE),
               ("Contract", f"{ac} (current assignment)")], size=8.2, w=86, x=p.l_margin + W - 86)
    p.set_y(max(p.get_y(), y0 + 24))
    p.para(f"This statement lists the claims we finished between March 16 and April 15, 2026 for you, {husband} and "
           f"{child}. Person codes: 01 {first_of(nurse)}, 02 {first_of(husband)}, 03 {first_of(child)}.", 8.8)
    heads = ["Person code", "Patient", "Claim no.", "Date", "Provider", "Service", "Billed", "Not allowed", "Allowed",
             "Deduct- ible", "Copay / coins.", "Plan paid", "You owe", "Code"]
    widths = [12, 26, 15, 14, 34, 34, 15, 16, 15, 15, 15, 15, 15, 10]
    aligns = ["C", "L", "L", "L", "L", "L", "R", "R", "R", "R", "R", "R", "R", "C"]
    p.grid_table(heads, rows, widths, aligns, size=6.8, shade_rows=shade, bold_rows={len(rows) - 1})
    p.leaders([("Plan paid to providers", n2(T[5])), ("Your share on this statement", n2(T[6]))], size=8.8, w=110)
    p.note_box(f"This is not a bill. You owe {dollars(T[6])} only if a provider bills you for it. Claim {cl['c']} "
               f"({child}, {allergy}, {slash(dt.date(2026, 3, 11))}) was billed at {dollars(refused)}; the plan paid "
               "nothing, and code N2 on page 2 says why.", 8.6)
    p.add_page(orientation="P")
    p.bar("What the codes mean")
    p.reasons([("P1", "Paid at the network rate after your copay or coinsurance. The provider has agreed not to bill "
                      "the amount not allowed."),
               ("D1", "Applied to the deductible; the network rate is shown as allowed."),
               ("N2", f"{allergy} is not in the WayMark National Network. The plan pays providers outside the network "
                      "only for an emergency or with a guest authorization from the TravelCare line. Allergy testing "
                      "is planned care, and a WayMark allergist practices in Bend; the practice may bill you for the "
                      "whole charge.")], size=8.6)
    p.meter([("Family deductible, plan year 2026", T[3], 1500.0, f"{n2(T[3])} of 1,500.00"),
             ("Out-of-pocket maximum, family", T[3] + T[4], 6000.0, f"{n2(T[3] + T[4])} of 6,000.00")],
            title="Your family's plan-year totals")
    p.history_box("Claims history (for your records)", ["Claim no.", "Patient", "Date", "Billed", "Plan paid"],
                  [[old_claim, first_of(nurse), "12/14/2025", "1,204.00", "988.60"]], [30, 34, 26, 24, 24],
                  note="Earlier claims are shown for reference only; nothing here is new.")
    p.bar("If you disagree")
    p.para("You may ask for a review of any claim on this statement. Write within 180 days of the statement date and "
           f"tell us the claim number and why you disagree. Mail: {TPA}, Claim Reviews, P.O. Box 61195, Salem, OR "
           "97301. The plan is governed by ERISA; after the plan's reviews you may bring a civil action under section "
           "502(a).", 8.8)
    t = truth("eob", "out_of_network", insurer=TPA, plan_id=CODE, group=GROUP, member_id=nospace(mid),
              member_name=child, cases=[cl["c"]], claim_amount=m2(refused), service_dates=[iso(dt.date(2026, 3, 11))],
              denial_date=iso(st), provider=allergy, appeal_deadline=iso(plus(st, 180)),
              alternates={"insurer": ALT, "plan_id": [None]})
    return out(p), t


def first_of(full: str) -> str:
    return full.split()[0]


# --- 2. Physical therapy in Nome without a guest authorization (150 dpi) ------------------------------------------
def lowres_nome(rng):
    nurse, therapist, sig = people(rng, 3, sex="FF.")
    mid = member_id(rng)
    ld = dt.date(2026, 4, 21)
    visits = [dt.date(2026, 3, d) for d in (2, 4, 6, 9, 11, 13)]
    called = dt.date(2026, 4, 6)
    our = f"{digits(rng, 5)}-{digits(rng, 5)}"
    acct = f"TLP-{digits(rng, 5)}"
    clinic = "Tundra Light Physical Therapy"
    charges = [("97161", "Evaluation, low complexity", 245.00)] + [("97110", "Therapeutic exercise, 2 units",
                                                                     185.00)] * 5
    total = round(sum(c[2] for c in charges), 2)
    p = EGSheet(footer="Page {n} of {nb}", footer_left="BRBA-PL-6 (rev. 08/2025)")
    p.set_margins(18, 13, 18)
    p.add_page()
    _head(p, rng)
    p.ln(1)
    for ln in [clinic, "Attn: Patient Accounts", "310 Front Street", "Nome, AK 99762"]:
        p.line(ln, 9.6)
    p.ln(3)
    p.kv_pair([("Our file", our), ("Your reference", acct), ("Date", apos(ld))],
              [("Patient", nurse), ("Member ID", mid), ("Dates of service", f"{apos(visits[0])} - {apos(visits[-1])}")],
              cap_w=30, size=8.8)
    p.para("Dear Patient Accounts:", 9.8)
    p.para(f"We have processed your claim for six physical therapy visits by {therapist}, PT, for {nurse}. The "
           f"{PLAN} is not paying these visits.", 9.8)
    W = p.w - p.l_margin - p.r_margin
    p.grid_table(["Visit", "Date", "Code", "Service", "Charge", "Plan paid"],
                 [[str(i + 1), slash(d), c, s, n2(v), "0.00"] for i, (d, (c, s, v)) in enumerate(zip(visits, charges))]
                 + [["", "", "", "Total", n2(total), "0.00"]], [12, 26, 16, W - 106, 26, 26],
                 ["C", "L", "L", "L", "R", "R"], size=8.6, face="Sans", bold_rows={6})
    p.para(f"Ms. {surname(nurse)} was working a Halyard assignment at the regional hospital in Nome. The WayMark "
           "National Network has no physical therapists in the Nome area. For care that can wait in a place like "
           "this, the plan asks the member or the provider to call the TravelCare line before the first visit; the "
           "line gives a guest authorization number, tells the provider what the plan pays, and the claim is then "
           "paid as if the provider were in the network.", 9.6)
    p.para(f"No one called the line before the evaluation on {long(visits[0])} or during the visits that followed. "
           f"The first call about this care came from your office on {long(called)}, after all six visits. A guest "
           "authorization is not given for visits that have already taken place, except when the care was an "
           "emergency, and the notes describe knee pain after a fall on ice six weeks earlier, treated on a schedule.",
           9.6)
    p.para("You may appeal for the member with her written consent, for example if something in the care could not "
           "wait in a way the notes do not show. An appeal may be filed within 180 days from April 21, 2026, the "
           f"date of this letter. Send it with the therapy notes to {TPA}, Claim Reviews, P.O. Box 61195, Salem, OR 97301.",
           9.6)
    p.para(f"Sincerely,\n{sig}\nProvider Claims Unit", 9.6)
    p.para(f"cc: {nurse}", 8.4)
    t = truth("denial_letter", "prior_authorization", insurer=TPA, member_id=nospace(mid), member_name=nurse,
              cases=[our], claim_amount=m2(total), service_dates=[f"{iso(visits[0])}/{iso(visits[-1])}"],
              denial_date=iso(ld), provider=clinic, appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": ALT, "service_dates": [[iso(d) for d in visits]],
                          "provider": [f"{therapist}, PT"]},
              denial_alternates=["out_of_network"])
    return out(p), t


# --- 3. Precertification: the repair yes, two nights no (fine fax) -------------------------------------------------
def finefax_precert(rng):
    nurse, surgeon, pcp, reviewer = people(rng, 4, sex="M...")
    mid = member_id(rng)
    ref = lookalike(rng, "PC-DDoD-DDoDD")
    dd = dt.date(2026, 4, 9)
    surg = dt.date(2026, 4, 22)
    ac = contract(rng)
    hosp = "Saguaro Bend Medical Center"
    dept = f"Department of Orthopaedic Surgery, {hosp}"
    p = EGSheet(footer="Page {n} of {nb}", footer_left="BRBA-PC-1 (rev. 08/2025)",
                fax_hdr=f"04/09/2026 16:52  BEXLEY RIDGE UM  503 555 0162  ->  520 555 0139  P.{{n}}/1")
    p.set_margins(16, 13, 16)
    p.add_page()
    _head(p, rng, box="PRECERTIFICATION DECISION")
    p.line(f"To: {dept}, Tucson, Arizona  \u2022  Surgery scheduling", 9.0)
    p.ln(2)
    p.over_boxes([[(ref, "Auth ref.", 0.25), (slash(dd), "Decision date", 0.2), (mid, "Member ID", 0.3),
                   (GROUP, "Group no.", 0.25)],
                  [(nurse, "Patient", 0.4), (CODE, "Plan code", 0.2), (ac, "Contract (assignment)", 0.4)],
                  [(f"Dr. {surgeon}", "Performing surgeon", 0.5), (f"Dr. {pcp}, family medicine", "Referred by",
                                                                   0.5)],
                  [(hosp, "Facility", 0.5), ("Department of Orthopaedic Surgery", "Department", 0.5)],
                  [(slash(surg), "Date of surgery", 0.25), ("Inpatient, 2 nights", "Setting requested", 0.35),
                   ("Outpatient surgery, home same day", "Setting approved", 0.4)]], size=8.8)
    W = p.w - p.l_margin - p.r_margin
    p.decision_grid(["Service requested", "Code", "Units/days"],
                    [(["Arthroscopic rotator cuff repair, right shoulder", "29827", "1"], 0),
                     (["Subacromial decompression, same session", "29826", "1"], 0),
                     (["Inpatient stay after surgery", "", "2 days"], 1)],
                    [W - 34 * 2 - 46, 20, 26], ["Approved", "Not approved"], mark_w=34, size=8.4)
    p.f(9.4, "B")
    p.cell(0, 5.4, "Reason for the part not approved", new_x="LMARGIN", new_y="NEXT")
    p.para(f"The repair is approved. The two nights in the hospital after it are not. Mr. {surname(nurse)} is 38, "
           "takes no daily medicines and has no heart, lung or sleep condition in the records sent. A nerve block and "
           "pain medicine by mouth are planned, and people having this repair almost always go home the same day "
           "with a sling. Nothing in the request shows a need for a nurse's care or monitoring overnight. If "
           "something during the surgery calls for a stay, the hospital may call us within one business day and we "
           f"will review it then. Reviewer: Dr. {reviewer}, orthopaedic surgery.", 9.0)
    p.para("The surgeon or the member may appeal the part not approved within 60 days of the decision date. The "
           "surgeon may also ask to talk with the reviewer before the surgery; call the number above. If the member's "
           "health would be at risk by waiting, ask for a decision within 72 hours.", 9.0)
    p.para("This decision is about medical need only. Payment depends on the member's coverage on the date of surgery "
           "and the plan's terms.", 8.0)
    t = truth("denial_letter", "level_of_care", insurer=TPA, plan_id=CODE, group=GROUP, member_id=nospace(mid),
              member_name=nurse, cases=[ref], service_dates=[iso(surg)], denial_date=iso(dd),
              provider=f"Dr. {surgeon}", appeal_deadline=iso(plus(dd, 60)),
              alternates={"insurer": ALT, "plan_id": [None], "provider": [hosp, dept]},
              denial_alternates=["medical_necessity"])
    return out(p), t


# --- 4. A receipt sent after 90 days (photocopy) -------------------------------------------------------------------
def photocopy_late(rng):
    nurse, sig = people(rng, 2, sex="F.")
    base = member_id(rng)
    mem = f"{base}-01"
    ref = f"MR-26-{digits(rng, 3)}-{digits(rng, 4)}"
    ld = dt.date(2026, 5, 18)
    visit = dt.date(2026, 1, 5)
    got = dt.date(2026, 5, 11)
    amt = 286.00
    ac = contract(rng, "25")
    clinic = "Gull Harbor Urgent Care"
    p = EGSheet(serif=True, footer="Page {n} of {nb}", footer_left="BRBA-MR-3")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.ln(2)
    p.line(long(ld), 10)
    p.ln(2)
    for ln in [nurse, "c/o Seaview Extended Stay, Room 214", "2900 Government Street", "Mobile, AL 36606"]:
        p.line(ln, 9.8)
    p.ln(3)
    p.kv_pair([("Member #", mem), ("Group no.", GROUP), ("Contract", f"{ac} (assignment)")],
              [("Reference no.", ref), ("Receipt received", slash(got)), ("Visit", f"{slash(visit)}, {clinic}")],
              cap_w=30, size=8.8)
    p.para(f"Dear Ms. {surname(nurse)}:", 10)
    p.para(f"Thank you for sending the receipt for your visit to {clinic} in Mobile on {long(visit)}. You paid the "
           f"clinic two hundred eighty-six and 00/100 dollars (USD {n2(amt)}) at the front desk and asked the plan to "
           "pay you back.", 10)
    p.para(f"We are not able to pay it back. When members pay a provider themselves, the plan asks that the receipt "
           f"reach us within 90 days of the visit, so that we can still check the visit with the provider. Your "
           f"receipt came on {long(got)}, {(got - visit).days} days after the visit. The 90 days ended on "
           f"{long(plus(visit, 90))}.", 10)
    p.para("If something kept you from sending it sooner, for example a hospital stay, tell us what happened and when, "
           "and we will look at the receipt again. The clinic is in the WayMark network; if it had sent us the claim "
           "itself, it would have had a year to do so, and you may ask it whether it still will.", 10)
    p.para("You may ask us for a review no later than 180 days after you receive this letter. Please quote the "
           "reference number above.", 10)
    p.para(f"Sincerely,\n\n{sig}\nMember Reimbursements", 10)
    t = truth("denial_letter", "timely_filing", insurer=TPA, group=GROUP, member_id=nospace(mem), member_name=nurse,
              cases=[ref], claim_amount=m2(amt), service_dates=[iso(visit)], denial_date=iso(ld), provider=clinic,
              appeal_deadline=None, alternates={"insurer": ALT, "member_id": [nospace(base)]})
    return out(p), t


# --- 5. Spanish: husband's emergency visit, his own job's plan pays first (phone photo) ----------------------------
def phone_es(rng):
    nurse, husband, sig = people(rng, 3, es=True, sex="FM.")
    husband = kin(husband, nurse)
    base = member_id(rng)
    mid = f"{base}*02"
    claim = f"26{digits(rng, 9)}"
    other_no = f"SMH{digits(rng, 8)}"
    ld = dt.date(2026, 4, 24)
    er = dt.date(2026, 3, 19)
    sent = dt.date(2026, 3, 26)
    hosp = "Hospital Comunitario Valle Alto"
    lines = [("99284", "Atención de urgencias, nivel 4", 1486.00), ("71046", "Radiografía de tórax, 2 vistas", 312.40),
             ("93010", "Electrocardiograma, lectura", 118.00), ("80053", "Análisis de sangre, panel metabólico", 400.00)]
    total = round(sum(v for _, _, v in lines), 2)
    p = EGSheet(footer="Página {n} de {nb}", footer_left="BRBA-ES-4")
    p.set_margins(17, 13, 17)
    p.add_page()
    _head(p, rng, es=True)
    p.line(f"Salem, Oregón, {es_date(ld)}", 9.8)
    p.ln(2)
    for ln in [nurse, "4471 Calle Mesilla, Apt 7", "Las Cruces, NM 88005"]:
        p.line(ln, 9.8)
    p.ln(3)
    p.kv_box([("Paciente", husband), ("N.º de identificación", mid), ("Código de persona", "02 (cónyuge)"),
              ("Reclamación n.º", claim), ("Fecha de la visita", es_wday(er))], cap_w=44, size=9.0)
    p.para(f"Estimada señora {surname(nurse)}:", 10)
    p.para(f"Recibimos la reclamación de {hosp} por la visita de su esposo, {husband}, a la sala de urgencias el "
           f"{es_date(er)}. La cerramos sin pago, por ahora.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.grid_table(["Código", "Servicio", "Importe facturado"],
                 [[c, s, eu_usd(v)] for c, s, v in lines] + [["", "Total", eu_usd(total)]],
                 [22, W - 62, 40], ["L", "L", "R"], size=8.8, face="Sans", bold_rows={4})
    p.para(f"Según los datos de la inscripción, su esposo trabaja en la Cooperativa Agrícola Río Seco y tiene seguro "
           f"médico por ese empleo con Sandía Mutual Health (número de socio {other_no}). Cuando una persona tiene "
           "dos seguros, el de su propio trabajo es el que paga primero, y este plan paga después la parte que "
           "quede. Para saber cuánto le toca a cada uno, le enviamos el 26 de marzo un cuestionario sobre el otro "
           "seguro, y no lo hemos recibido.", 9.8)
    p.para(f"Si nos devuelve el cuestionario lleno, o nos envía la explicación de beneficios de Sandía Mutual Health, "
           f"volveremos a abrir la reclamación de {hosp} por US$ {n2(total)} sin que tenga que "
           "presentarla de nuevo. Si su esposo ya no tiene ese seguro, díganos la fecha en que terminó.", 9.8)
    p.para("Si no está de acuerdo con esta decisión, puede pedirnos una revisión por escrito dentro de los 180 días "
           "siguientes a la fecha de esta carta. Escriba a Claim Reviews, P.O. Box 61195, Salem, OR 97301.", 9.6)
    p.para(f"Atentamente,\n{sig}\nCoordinación de beneficios", 9.6)
    t = truth("denial_letter", "other", insurer=TPA, member_id=nospace(mid), member_name=husband, cases=[claim],
              claim_amount=m2(total), service_dates=[iso(er)], denial_date=iso(ld), provider=hosp,
              appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": ALT, "member_id": [nospace(base)]})
    return out(p), t


# --- 6. First review: tests for an assignment (rotated) -----------------------------------------------------------
def rotated_review(rng):
    nurse, sister, sig, doc = people(rng, 4, sex="FF..")
    mid = member_id(rng)
    matter = f"26-APL-{digits(rng, 5)}"
    claim = f"26{digits(rng, 9)}"
    ac = contract(rng)
    ld = dt.date(2026, 4, 28)
    tests_day = dt.date(2026, 2, 24)
    clinic = "Saltgrass Occupational Health"
    tests = [("86480", "Tuberculosis blood test (interferon-gamma release)", 212.00),
             ("86706", "Hepatitis B surface antibody titer", 64.00),
             ("86765", "Measles antibody titer", 96.00),
             ("80305", "Drug screen, 10 panel", 58.00)]
    total = round(sum(v for _, _, v in tests), 2)
    p = EGSheet(footer="Page {n} of {nb}", footer_left="BRBA-AP-1 (rev. 08/2025)")
    p.set_margins(18, 13, 18)
    p.add_page()
    _head(p, rng, box="FIRST REVIEW DECISION")
    p.line(long(ld), 10)
    p.ln(1)
    for ln in [sister, f"Authorized representative for {nurse}", "58 Harbor Light Lane", "Galveston, TX 77550"]:
        p.line(ln, 9.6)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.hung([(matter, "Matter no.", W * 0.24), (claim, "Claim no.", W * 0.24), (mid, "Member ID", W * 0.22),
            (ac, "Contract", W * 0.3)], size=9.2)
    p.hung([(nurse, "Member and patient", W * 0.4), (slash(tests_day), "Date of service", W * 0.25),
            (clinic, "Provider", W * 0.35)], size=9.2)
    p.para(f"Dear Ms. {surname(sister)}:", 10)
    p.para(f"You asked us, for your sister, to review our refusal of the claim from {clinic} for four tests done on "
           f"{long(tests_day)}. A doctor who was not part of the first decision, Dr. {doc}, looked at the claim, "
           "the letter from the hospital and what you sent. We are keeping the first decision.", 9.8)
    p.grid_table(["Code", "Test", "Charge"], [[c, s, n2(v)] for c, s, v in tests] + [["", "Total", n2(total)]],
                 [20, W - 50, 30], ["L", "L", "R"], size=8.8, face="Sans", bold_rows={4})
    p.para("The plan pays for tests that a doctor orders to find out what is wrong with a patient or to treat an "
           "illness. These four were done because the hospital where your sister was about to start a 13-week "
           "assignment asked for them before her first shift: its letter lists the TB test, the two titers and the "
           "drug screen as things every traveling nurse must show. Under the plan's list of things it leaves out, "
           "exams and tests a person needs to get or keep a job, a license or an assignment are not paid, even when "
           "a clinic bills them to the plan.", 9.6)
    p.para(f"Halyard pays these costs back through its credentialing reimbursement; your sister's recruiter can send "
           f"the form. The charges of ${n2(total)} can be sent there with the clinic's receipt.", 9.6)
    p.para("If you disagree, you may ask for a second and final review within 60 days of the date of this letter. "
           f"Write to {TPA}, Claim Reviews, P.O. Box 61195, Salem, OR 97301. After the second review, your sister "
           "may bring a civil action under section 502(a) of ERISA.", 9.6)
    p.para(f"Sincerely,\n{sig}\nClaim Reviews", 9.6)
    t = truth("denial_letter", "not_covered", insurer=TPA, member_id=nospace(mid), member_name=nurse,
              cases=[matter, claim], claim_amount=m2(total), service_dates=[iso(tests_day)], denial_date=iso(ld),
              provider=clinic, appeal_deadline=iso(plus(ld, 60)),
              alternates={"insurer": ALT, "case_numbers": [[matter], [claim]]})
    return out(p), t


# --- 7/8. Agency's assignment history, then the gap emergency visit (clean scan stack) ----------------------------
def clean_stack(rng):
    nurse, coordinator, er_doc, sig = people(rng, 4, sex="M...")
    mid = member_id(rng)
    a1, a2 = contract(rng, "25"), contract(rng)
    s1, e1 = dt.date(2025, 10, 13), dt.date(2026, 1, 10)
    s2, e2 = dt.date(2026, 3, 9), dt.date(2026, 6, 6)
    cov_end = dt.date(2026, 1, 31)
    addr = [nurse, "209 Alder Court", "Eugene, OR 97401-5520"]
    ld1 = dt.date(2026, 5, 4)
    a = EGSheet(footer=None, footer_left="Halyard Benefits Team  \u2022  HR-BEN-12 (Revised 11/2024)")
    a.set_margins(18, 14, 18)
    a.add_page()
    a.plan_head(AGENCY, "Travel nursing and allied health  \u2022  Benefits Team",
                ["2500 NE Sandy Blvd, Portland, OR 97232", f"Benefits {phone(rng, '503')}",
                 "benefits@halyard-staffing.example"], "H")
    a.line(long(ld1), 10)
    a.ln(2)
    for ln in addr:
        a.line(ln, 9.8)
    a.ln(3)
    a.re_line([f"Assignment and coverage history", f"{PLAN} ID {mid}", f"Group no. {GROUP}"], sep="  /  ")
    a.para(f"Dear {nurse.split()[0]},", 10)
    a.para("You asked us for a letter showing your assignments and the months your health plan coverage was in force, "
           "to send with your request to the claims administrator. Here is what our records show.", 10)
    W = a.w - a.l_margin - a.r_margin
    a.grid_table(["Contract", "Client facility", "Location", "Start", "End", "Plan coverage"],
                 [[a1, "Sable Harbor Hospital", "Eureka, CA", iso(s1), iso(e1), f"{iso(s1)} to {iso(cov_end)}"],
                  [a2, "Riverbend Medical Center", "Sacramento, CA", iso(s2), iso(e2), f"from {iso(s2)}"]],
                 [24, 42, 28, 22, 22, W - 138], size=8.6, face="Sans")
    a.timeline(dt.date(2025, 12, 20), dt.date(2026, 3, 25),
               [(e1, "assignment ends", iso(e1)), (cov_end, "coverage ends", iso(cov_end)),
                (s2, "next assignment", iso(s2))], shade=(plus(cov_end, 1), plus(s2, -1)),
               shade_label="no assignment, no coverage", title="Between your assignments")
    a.para(f"Your Eureka assignment ended on {long(e1)}, and your coverage ran to the end of that month. Your "
           f"Sacramento assignment began on {long(s2)}, {(s2 - e1).days} days later, and your coverage began again "
           "that day. We mailed you a continuation coverage notice on February 3, 2026; we have no election from you.",
           10)
    a.para("If any of these dates look wrong to you, please call me before you send this letter on.", 10)
    a.para(f"Sincerely,\n{coordinator}\nBenefits Coordinator", 10)
    d1 = (out(a), truth("other", None, insurer=AGENCY, group=GROUP, member_id=nospace(mid), member_name=nurse,
                        denial_date=iso(ld1),
                        alternates={"insurer": [PLAN, "Halyard Clinical Staffing"]}))
    # the administrator's letter, two pages
    ld2 = dt.date(2026, 5, 12)
    er = dt.date(2026, 2, 17)
    claim = f"26-048-{digits(rng, 5)}"
    claim2 = claim.replace("-", "")
    hosp = "Kettle Point Medical Center"
    lines = [("99285", "Emergency department visit, high severity", 2140.00),
             ("74177", "CT abdomen and pelvis with contrast", 1384.60),
             ("80053", "Comprehensive metabolic panel", 188.00),
             ("85025", "Complete blood count", 96.00),
             ("96374", "IV push, single drug", 104.00)]
    total = round(sum(v for _, _, v in lines), 2)
    b = EGSheet(footer="Page {n} of {nb}", footer_left="BRBA-EL-2 (rev. 08/2025)",
                top_line=f"{nurse}  \u2022  Member ID {mid}  \u2022  page {{n}} of {{nb}}")
    b.set_margins(18, 14, 18)
    b.add_page()
    _head(b, rng)
    b.line(long(ld2), 10)
    b.ln(2)
    for ln in addr:
        b.line(ln, 9.8)
    b.ln(3)
    b.kv_box([("Claim no.", claim), ("Member ID", mid), ("Group no.", GROUP), ("Patient", nurse),
              ("Provider", f"{hosp}, Sacramento, CA"), ("Date of service", slash(er))], cap_w=36, size=9.0)
    b.para(f"Dear Mr. {surname(nurse)}:", 10)
    b.para(f"We have looked again at the claim from {hosp} for your visit to its emergency department on "
           f"{long(er)}, this time with the assignment history Halyard's Benefits Team sent you on {long(ld1)}. "
           f"The plan still cannot pay the {dollars(total)} the hospital billed.", 10)
    b.para(f"The plan covers you while you are on a Halyard assignment and to the end of the month in which an "
           f"assignment ends. It carries you across the time between two assignments only when the next one begins "
           f"within 30 days. Your Eureka assignment ended on {long(e1)} and the Sacramento assignment began on "
           f"{long(s2)}, {(s2 - e1).days} days later. Your coverage stopped after {long(cov_end)} and began again on "
           f"{long(s2)}; on {long(er)} you were not a member of the plan.", 10)
    b.para("Halyard mailed you a notice about continuing the coverage yourself; the time to choose it was 60 days from "
           "that notice, and no choice reached the plan. If you did choose it and paid the first premium, send us a "
           "copy and we will look at the claim again.", 10)
    b.para("You may ask for a review within 180 days of the date of this letter. Page 2 lists the charges and where "
           "to write.", 10)
    b.para(f"Sincerely,\n{sig}\nEligibility and Claims", 10)
    b.add_page()
    b.bar(f"Claim {claim2}: the charges")
    W = b.w - b.l_margin - b.r_margin
    b.grid_table(["Date", "Code", "Service", "Billed", "Plan paid"],
                 [[slash(er), c, s, n2(v), "0.00"] for c, s, v in lines] + [["", "", "Total", n2(total), "0.00"]],
                 [24, 18, W - 90, 24, 24], ["L", "L", "L", "R", "R"], size=8.8, face="Sans", bold_rows={5})
    b.para(f"Treating physician: Dr. {er_doc}, emergency medicine.", 9.0)
    b.bar("How to ask for a review")
    b.para(f"Write to {TPA}, Claim Reviews, P.O. Box 61195, Salem, OR 97301, or fax the number on page 1. Tell us the "
           "claim number and why you think the plan should pay, and send anything that shows you were covered on the "
           "date of the visit. A doctor is not needed for this kind of review. After a second review you may bring a "
           "civil action under section 502(a) of ERISA.", 9.4)
    b.para("The hospital may bill you. If you have other coverage for that date, give the hospital that information.",
           9.4)
    d2 = (out(b), truth("denial_letter", "eligibility", insurer=TPA, group=GROUP, member_id=nospace(mid),
                        member_name=nurse, cases=[claim], claim_amount=m2(total), service_dates=[iso(er)],
                        denial_date=iso(ld2), provider=hosp, appeal_deadline=iso(plus(ld2, 180)),
                        alternates={"insurer": ALT, "case_numbers": [[claim2], [claim, claim2]],
                                    "provider": [f"Dr. {er_doc}"]}))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "born_digital_family_statement_child_allergy_not_in_waymark", "born_digital", [bd_family(rng)]),
        Item(F + "lowres_nome_physical_therapy_no_guest_authorization_our_file", "scan_lowres_150",
             [lowres_nome(rng)]),
        Item(F + "finefax_precert_shoulder_repair_outpatient_not_two_nights", "fax_fine_g4", [finefax_precert(rng)]),
        Item(F + "photocopy_receipt_sent_after_90_days_member_suffix", "photocopy", [photocopy_late(rng)]),
        Item(F + "phone_es_esposo_urgencias_otro_seguro_primero", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_first_review_credentialing_tests_authorized_representative", "rotated",
             [rotated_review(rng)]),
        Item(F + "clean_stack_agency_assignment_history_then_gap_er_claim_page_two_sideways", "scan_clean_300",
             clean_stack(rng), separators=["duplex", None], turns={(1, 1): 90}),
    ]
