"""A state department of corrections paying for the outside hospital and specialist care of the people in its custody,
mirrored for structure and plain wording style only from the papers such departments and their claims administrators
send: the facility's medical office must approve a trip out before the visit (an "offsite referral"), a claims
administrator prices the outside provider's claim at a set rate and pays it for the department, the department pays
only for people who were in its custody on the date of service, the provider may not bill the person or the family,
and another payer comes first when there is one (a Medicaid program for an inpatient stay of 24 hours or more, which
federal Medicaid rules allow for an eligible person in custody; an employer's workers' compensation carrier for an
injury at a work-release job). Letters go to providers and to the person or the family. Taken from public rules and
used as themselves: the federal Medicaid rule on inpatient stays of 24 hours or more; CPT codes. Invented: the State
of Tillamar, its Department of Corrections and Division of Health Services, the Tillamar Medical Assistance program,
the Office of Administrative Hearings' four months, every facility, the claims administrator Corvane Correctional
Health Administrators, every hospital, practice, ambulance company, billing service, employer, carrier, person,
number, address, code, form number, amount and time limit (the set rate, the 120-day filing limit, the 30-, 60- and
90-day and "no later than" limits), phones 555. No heading names the kind of refusal; each reason is put in plain
words or only in a code.

Documents (8 in 7 files):
- born_digital_corvane_payment_statement_two_pages_not_in_custody_code_only: the claims administrator's payment
  statement to a hospital, printed for the department (administrator's letterhead); "Payment date 2026/03/13" with
  "03/13/2026" on the check line; an open table with no ruling lines and numbers flush right (billed / set rate /
  paid / code) running over two pages, person numbers with the prefix set apart ("TDC 482139"), the one refused claim
  (an emergency visit and a CT, two lines and a claim total) on page 2 with the totals row after it; the reason only
  as code C7 in the glossary at the foot of page 2; check number, vendor number, NPI and other people's claims as
  decoys; "within 90 days of the payment date".
- finefax_four_page_letter_ortho_trip_not_approved_running_header: the department's three-page letter to an
  orthopaedic practice with a running header on every page (claim OC-26-… and offsite request OR-26-… that look
  alike, the person's number); page 1 only the summary, page 2 the claim table with "Rendering:" under it and
  "04-Mar-2026" dates, page 3 the reason (the facility's medical office never approved the trip; the request was
  entered after the visit) signed by a nurse reviewer and the medical director; page 4 the nondiscrimination notice
  and language taglines; "within 30 calendar days of the date of this letter".
- photocopy_two_column_inpatient_stay_medicaid_first: a photocopied two-column letter to a hospital: a six-day
  stay "February 9 through February 14, 2026" must go to Tillamar Medical Assistance first (the Medicaid number as a
  decoy, the attending physician named); "Claim received", "Decided" and the letter date, "Notice mailed" in the
  footer; billed total and the set rate the department would have paid as a decoy; "no later than May 19, 2026".
- phone_es_ambulancia_despues_de_la_libertad_condicional: a photographed Spanish letter to a man released on
  parole about an ambulance company's bill for a trip a week after his release; the address block at the left, the
  key/value block on the right half; "13 de marzo de 2026", "$1,286.40"; a call reference number as a decoy;
  "dentro de los 30 días siguientes a la fecha de esta carta".
- rotated_offsite_referral_approval_form_cardiology: a facility health unit's offsite referral approval form, fed
  turned, to a cardiology group: values under small captions in boxes (request no., requested, approved, the
  appointment "Tuesday, March 17, 2026", the cardiologist), a scheduling call reference and security notes as
  decoys; billing instructions; denies nothing.
- lowres_work_release_hand_injury_workers_comp_subject_line_only: a 150 dpi letter to a hand surgery center whose
  claim number is printed only in the subject line ("March 4th, 2026" there, "03/04/2026" in the table); the reason
  (the injury happened at the work-release job, so the employer's workers' compensation carrier pays) buried in one
  long paragraph; an example ("for example, a claim for $100") in the boilerplate; "within 60 calendar days of the
  date you receive this notice" (nothing to count from); "Mailed 03/25/2026" in the footer.
- stdfax_stack_gastro_office_cover_reconsideration_upheld_upside_down_then_paid_notice: a standard fax of a
  gastroenterology office's own cover sheet to its billing service, the department's two-page reconsideration
  decision keeping the refusal of a colonoscopy claim that arrived 145 days after the service (the limit is 120
  days; the identifiers only in the small running footer and the text; page 2 upside down: a hearing "within four
  months of the date of this decision", not an appeal of the claim), and the administrator's one-page claim payment
  notice for another person's visit at the same office (billed / set rate / paid / check amount; denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeh_famla import (EHSheet, TAGS_US, dash_mon, doctor_fax_cover, es_date, long, n2, nth_long, people,
                               plus, slash, usd, wk_long, ymd)
from kit_roundeg_famka import last_first, people_sexed
from public_kit import digits, m2, out, truth

FAMILY = "tillamar_department_of_corrections_offsite_care_claims_custody_trip_approval_and_other_payer_refusals"
LANG = "en"
SEED = 354970

DOC = "Tillamar Department of Corrections"
DHS = "Division of Health Services"
DOC_ALT = [f"{DOC}, {DHS}", f"{DOC} {DHS}", "Department of Corrections", "Tillamar DOC", "TDOC", DHS]
TPA = "Corvane Correctional Health Administrators"
TPA_ALT = [f"{TPA}, LLC", "Corvane", DOC]
DOC_ES = "Departamento de Correcciones de Tillamar"
HCCF = "Harrow Creek Correctional Facility"
TSP = "Tillamar State Penitentiary"
LPW = "Lone Pine Women's Correctional Center"
EWR = "Eastgate Work Release Center"
HOSP = "St. Odile Regional Medical Center"
HOSP2 = "Marrowgate Community Hospital"
ORTHO = "Bellhaven Orthopaedic Associates"
CARDIO = "Redwater Cardiology Group"
AMB = "Kingfisher Ambulance Service"
GASTRO = "Pinecrest Gastroenterology"
HAND = "Fenwick Hand & Wrist Center"
BILLER = "Quillmark Medical Billing"
MEDICAID = "Tillamar Medical Assistance"
EMPLOYER = "Lakeline Poultry Processing"
CARRIER = "Stonegate Mutual Casualty Company"
SHORT = {HCCF: "Harrow Creek CF", TSP: "State Penitentiary", LPW: "Lone Pine Women's CC"}
BOX = "P.O. Box 4470, Larchmont Springs, TL 80412-4470"
TPA_BOX = "P.O. Box 91528, Larchmont Springs, TL 80419-1528"


def tdc(rng):
    """The department's person number: 'TDC' set apart from six digits."""
    return f"TDC {rng.randint(200000, 899999)}"


def nosp(s):
    return s.replace(" ", "")


def tdc_alt(n):
    return [n.split()[1]]


def phone(rng, area="741"):
    return f"({area}) 555-{digits(rng, 4)}"


def doc_head(p, rng, unit="Offsite Care Review", extra=None):
    """The department's letterhead: the state seal as a ring of text, the department, division and unit."""
    y = p.get_y()
    p.set_line_width(0.6)
    p.ellipse(p.l_margin, y, 17, 17)
    p.set_line_width(0.2)
    p.ellipse(p.l_margin + 2, y + 2, 13, 13)
    p.set_xy(p.l_margin, y + 6.3)
    p.f(5.4, "B")
    p.cell(17, 4, "STATE OF", align="C")
    p.set_xy(p.l_margin, y + 9)
    p.cell(17, 3, "TILLAMAR", align="C")
    p.set_xy(p.l_margin + 21, y + 0.5)
    p.f(13.5, "B")
    p.cell(0, 6.5, DOC.upper(), new_x="LEFT", new_y="NEXT")
    p.f(9.6, "B")
    p.cell(0, 4.8, f"{DHS}  \u2014  {unit}", new_x="LEFT", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4.2, extra or f"{BOX}   |   {phone(rng)}   |   fax {phone(rng)}", new_x="LMARGIN", new_y="NEXT")
    p.set_y(max(p.get_y(), y + 18))
    p.rule(4)


def addr(rng):
    town, z = rng.choice([("Larchmont Springs", "80412"), ("Cedar Bluff", "80533"), ("Harrow Creek", "80710"),
                          ("Port Abernay", "80218"), ("Quillan", "80651"), ("Marrowgate", "80307")])
    st = rng.choice(["Tamarack Ave", "N Cooper St", "Old Depot Rd", "Fennel Way", "Railyard Blvd", "W 9th St"])
    return [f"{rng.randint(100, 9800)} {st}", f"{town}, TL {z}"]


# ---------------------------------------------------------------------------------------------------------------
def born_statement(rng):
    pd = dt.date(2026, 3, 13)
    who = people(rng, 7)
    refused_p = who[3]
    nums = [tdc(rng) for _ in who]
    facs = [HCCF, TSP, LPW, HCCF, TSP, HCCF, LPW]
    claims = []
    for i, pers in enumerate(who[:6]):
        cno = f"CV{pd:%y}{rng.randint(10, 60):02d}{digits(rng, 5)}"
        if i == 3:
            d = dt.date(2026, 2, 26)
            lines = [("99284", "ED visit, level 4", 1186.0), ("74177", "CT abd/pelvis contr.", 3132.6)]
            code = "C7"
            rate = [0.0, 0.0]
        else:
            d = dt.date(2026, rng.choice([1, 2]), rng.randint(3, 27))
            opts = [("99285", "ED visit, level 5", 1842.0), ("71046", "Chest X-ray 2 views", 286.0),
                    ("93000", "ECG with report", 148.0), ("36415", "Venipuncture", 32.0),
                    ("80053", "Metabolic panel", 212.5), ("12002", "Wound repair", 744.0),
                    ("73610", "X-ray ankle 3 views", 318.0), ("99283", "ED visit, level 3", 812.0)]
            lines = rng.sample(opts, rng.choice([1, 2]))
            code = "A1"
            rate = [round(x[2] * rng.uniform(0.31, 0.44), 2) for x in lines]
        claims.append(dict(p=pers, n=nums[i], fac=facs[i], c=cno, d=d, lines=lines, rate=rate, code=code))
    refused = claims[3]
    billed = round(sum(x[2] for x in refused["lines"]), 2)
    tot_b = round(sum(x[2] for c in claims for x in c["lines"]), 2)
    tot_r = round(sum(sum(c["rate"]) for c in claims), 2)
    check = f"00{digits(rng, 5)}"
    p = EHSheet(footer="Page {n} of {nb}", footer_left="CCHA-PS2  Offsite Care Program payment statement",
                run_hdr=f"{HOSP}  |  Payment date {ymd(pd)}  |  Check {check}")
    p.set_margins(14, 14, 14)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.logo_head(f"{TPA}, LLC", "CCHA", [f"Claims administrator for the {DOC} Offsite Care Program",
                                        f"{TPA_BOX}   |   Provider line {phone(rng, '741')}"], size=12.5)
    p.f(12, "B")
    p.cell(W * 0.6, 6, "OFFSITE CARE PAYMENT STATEMENT")
    p.f(8.6)
    p.cell(W * 0.4, 6, "This is not a claim form", align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    y0 = p.get_y()
    b1 = p.sidebar([("Payee", HOSP), ("Attention", "Patient Financial Services"),
                    ("Address", "1200 Abbey Hill Rd, Larchmont Springs, TL 80415")], p.l_margin, y0, W * 0.48,
                   title="PAID TO", size=8.4)
    b2 = p.sidebar([("Payment date", ymd(pd)), ("Check no.", check), ("Vendor no.", f"V-{digits(rng, 6)}"),
                    ("Payee NPI", digits(rng, 10))], p.l_margin + W * 0.52, y0, W * 0.48, title="PAYMENT",
                   size=8.4)
    p.set_xy(p.l_margin, max(b1, b2) + 3)
    p.para("Claims are priced at the department's set rate: the Tillamar Medical Assistance fee schedule plus ten "
           "percent for professional and outpatient services. The people named below were in the care of the "
           f"{DOC}; do not bill them or their families for any amount on this statement.", 8.6)
    widths = [33, 18, 21, 39, 16, 16, 15, 15, 10]
    widths = [w * W / sum(widths) for w in widths]
    head = ["Person / facility", "TDC no.", "Claim no.", "Service", "Date", "Billed", "Set rate", "Paid", "Code"]
    al = ["L", "L", "L", "L", "L", "R", "R", "R", "C"]

    def rows_of(cs):
        rows, bold = [], []
        for c in cs:
            for j, (cpt, desc, amt) in enumerate(c["lines"]):
                rows.append([last_first(c["p"]) if j == 0 else f"  {SHORT[c['fac']]}" if j == 1 else "",
                             c["n"] if j == 0 else "", c["c"] if j == 0 else "", f"{cpt} {desc}",
                             slash(c["d"]), n2(amt), n2(c["rate"][j]), n2(c["rate"][j]), c["code"]])
            if len(c["lines"]) == 1:
                rows.append([f"  {SHORT[c['fac']]}", "", "", "", "", "", "", "", ""])
            sb = round(sum(x[2] for x in c["lines"]), 2)
            rows.append(["", "", "", "Claim total", "", n2(sb), n2(sum(c["rate"])), n2(sum(c["rate"])), ""])
            bold.append(len(rows) - 1)
            rows.append([""] * 9)
        return rows, tuple(bold)

    r1, b1_ = rows_of(claims[:3])
    p.open_table(head, r1, widths, al, size=7.3, row_h=4.4, bold_rows=b1_)
    p.f(8, "B")
    p.cell(0, 5, "Continued on page 2", align="R", new_x="LMARGIN", new_y="NEXT")
    p.add_page()
    r2, b2_ = rows_of(claims[3:])
    p.open_table(head, r2, widths, al, size=7.3, row_h=4.4, bold_rows=b2_)
    p.f(7.6, "B")
    p.cell(sum(widths[:5]), 5, "STATEMENT TOTALS (6 claims)")
    for v, w in zip([tot_b, tot_r, tot_r], widths[5:8]):
        p.cell(w, 5, n2(v), align="R")
    p.ln(7)
    p.pairs([("Check amount", usd(tot_r)), ("Check date", slash(pd))], label_w=30, size=9, h=4.8)
    p.ln(3)
    p.legend("Codes used on this statement", [
        ("A1", "Paid at the department's set rate. The difference between the billed amount and the set rate may "
               "not be billed to anyone."),
        ("A4", "Paid at the set rate less an amount another payer already paid."),
        ("C3", "The facility's medical office did not approve this offsite visit."),
        ("C7", "Our records show the person was not in the custody of the department on the date of service "
               "(released, paroled or discharged before that date). The department does not pay; bill the person "
               "or the person's own coverage."),
        ("C9", "Another payer must be billed first (Medicaid, workers' compensation, an auto insurer).")], size=7.8)
    p.para("**Reconsideration.** A provider may ask us to look again at any claim on this statement within 90 days of "
           f"the payment date on page 1. Write to {TPA}, Reconsideration Unit, {TPA_BOX}, with the claim number and "
           "the papers that support the request.", 8.4)
    t = truth("eob", "eligibility", insurer=TPA, member_id=nosp(refused["n"]), member_name=refused_p,
              cases=[refused["c"]], claim_amount=m2(billed), service_dates=[refused["d"].isoformat()],
              denial_date=pd.isoformat(), provider=HOSP, appeal_deadline=plus(pd, 90).isoformat(),
              alternates={"insurer": TPA_ALT, "member_id": tdc_alt(refused["n"])})
    return out(p), t


def finefax_ortho(rng):
    pers, surg, rn, md, ce = people(rng, 5)
    n = tdc(rng)
    core = digits(rng, 6)
    claim = f"OC-26-{core}"
    req = f"OR-26-{core[:3]}{core[5]}{core[4]}{core[3]}"
    vis = dt.date(2026, 3, 4)
    entered = dt.date(2026, 3, 9)
    rcv = dt.date(2026, 3, 18)
    ld = dt.date(2026, 3, 27)
    lines = [("99204", "New patient visit, moderate", 412.0), ("73721", "MRI right knee without contrast", 1968.0),
             ("20610", "Aspiration/injection, major joint", 296.0)]
    billed = round(sum(x[2] for x in lines), 2)
    fax = f"{slash(ld)} 14:{rng.randint(10, 59)}  TDOC HEALTH SVCS OFFSITE REVIEW  {phone(rng)}   >>  BELLHAVEN ORTHO  p.{{n}}/4"
    p = EHSheet(footer="Page {n} of {nb}", footer_left="TDOC-HS 31 (rev. 01/2026)", fax_hdr=fax,
                every=f"Claim {claim}   |   Offsite request {req}   |   {n}   |   page {{n}} of {{nb}}")
    p.set_margins(20, 16, 20)
    p.add_page()
    doc_head(p, rng)
    p.line(dash_mon(ld), 10)
    p.ln(3)
    for ln in [ORTHO, "Attn: Billing Office", "48 Quarry Lane, Suite 210", "Cedar Bluff, TL 80533"]:
        p.line(ln, 10)
    p.ln(5)
    p.heading("About your claim for a patient in our custody", 12)
    p.para("Dear Billing Office:", 10)
    p.para(f"We have finished our review of the claim your office sent for {pers}, a person in the custody of the "
           f"{DOC} at {HCCF}. We received the claim on {dash_mon(rcv)}. We are not able to pay it.", 10)
    p.para("The claim, as we received it, is on page 2. Page 3 tells you why we are not paying and what you can do if "
           "you disagree. Please keep all four pages together.", 10)
    p.para("Please do not send a bill for this visit to the patient or to the patient's family. People in our custody "
           "cannot be billed for outside care the department arranges.", 10)
    p.signoff(["Offsite Care Review", f"{DOC}, {DHS}"], 9.6)
    p.add_page()
    p.heading("Page 2  -  The claim we reviewed", 11.5, rule=True)
    W = p.w - p.l_margin - p.r_margin
    p.pairs([("Patient", f"{last_first(pers)}   ({n})"), ("Facility", HCCF), ("Claim number", claim),
             ("Received", dash_mon(rcv))], label_w=36, size=9.6, h=5.2)
    p.ln(2)
    p.table(["Date of service", "Code", "Description", "Billed", "Allowed", "Paid"],
            [[dash_mon(vis), c, d, n2(a), "0.00", "0.00"] for c, d, a in lines]
            + [["", "", "Claim total", n2(billed), "0.00", "0.00"]],
            [W * 0.16, W * 0.1, W * 0.38, W * 0.12, W * 0.12, W * 0.12], size=8.8,
            aligns=["L", "L", "L", "R", "R", "R"], bold_last=True)
    p.pairs([("Rendering", f"{surg}, MD"), ("Place", f"{ORTHO}, Cedar Bluff clinic")], label_w=24, size=9.4,
            h=5.0)
    p.add_page()
    p.heading("Page 3  -  Why we are not paying", 11.5, rule=True)
    p.para(f"The information we received does not show that the medical office at {HCCF} approved this trip. The "
           "department pays for outside care only when the facility's medical office approves the visit before it "
           f"takes place. Offsite request {req} for this visit was entered on {dash_mon(entered)}, five days after "
           "the patient was seen, and the medical office marked it not approved because it came after the visit.", 10)
    p.para("If your office has a copy of an approval that the medical office gave before the visit (a signed offsite "
           "referral form or a fax from the facility's health services unit), send it to us. We will look at the "
           "claim again.", 10)
    p.heading("If you disagree", 11)
    p.para("You may ask for a reconsideration. Your request must reach us within 30 calendar days of the date of this "
           f"letter. Write to Offsite Care Review, {BOX}, or fax it to the number at the top of page 1. Include the "
           "claim number and any papers that support your request.", 10)
    p.two_sigs([rn, "Nurse Reviewer, RN", "Offsite Care Review"], [md, "Medical Director", DHS])
    p.para(f"Questions about this letter: {ce}, Claims Examiner, {phone(rng)}.", 9)
    p.taglines_page(DOC, phone(rng, "800"), TAGS_US)
    t = truth("denial_letter", "prior_authorization", insurer=DOC, member_id=nosp(n), member_name=pers,
              cases=[claim, req], claim_amount=m2(billed), service_dates=[vis.isoformat()], denial_date=ld.isoformat(),
              provider=ORTHO, appeal_deadline=plus(ld, 30).isoformat(),
              alternates={"insurer": DOC_ALT, "member_id": tdc_alt(n), "provider": [surg, f"{surg}, MD"],
                          "case_numbers": [[claim]]})
    return out(p), t


def photocopy_medicaid(rng):
    pers, att, ce = people(rng, 3)
    n = tdc(rng)
    claim = f"OC-26-{digits(rng, 6)}"
    acct = f"H{digits(rng, 8)}"
    mid = f"TMA{digits(rng, 9)}"
    adm, dis = dt.date(2026, 2, 9), dt.date(2026, 2, 14)
    rcv = dt.date(2026, 3, 2)
    decided = dt.date(2026, 3, 19)
    ld = dt.date(2026, 3, 20)
    by = dt.date(2026, 5, 19)
    billed = 48932.75
    est = 11406.2
    p = EHSheet(serif=True, footer="Page {n} of {nb}", footer_left=f"Notice mailed {slash(ld)}   TDOC-HS 27")
    p.set_margins(18, 16, 18)
    p.add_page()
    doc_head(p, rng, unit="Hospital Claims")
    p.line(long(ld), 10)
    p.ln(3)
    for ln in [HOSP2, "Patient Accounts - Government Payers", "300 Wharf Street", "Marrowgate, TL 80307"]:
        p.line(ln, 10)
    p.ln(4)
    p.pairs([("Patient", f"{pers}  ({n})"), ("Our claim no.", claim), ("Your account", acct),
             ("Claim received", slash(rcv)), ("Decided", slash(decided))], label_w=34, size=9.6, h=5.0)
    p.ln(3)
    p.columns(
        [("What you sent us", f"A claim for the inpatient stay of {pers}, a person in the custody of the department at "
                              f"{TSP}, from February 9 through February 14, 2026 ({slash(adm)} - {slash(dis)}), "
                              f"attending physician Dr. {att}. Total charges: ${n2(billed)}."),
         ("What we decided", "We are returning the claim unpaid. The professional claims of the doctors who treated "
                             "the patient in the hospital are not part of this letter; we pay those at the set rate "
                             "when they reach us."),
         ("What the set rate would be", f"For your planning only: at the department's set rate this stay would "
                                        f"price at about ${n2(est)}. That is not an offer of payment.")],
        [("Why", "Federal Medicaid rules let a state Medicaid program pay for inpatient hospital care of 24 hours or "
                 "more for a person in custody who is eligible. The patient was enrolled in "
                 f"{MEDICAID} for the whole stay (Medicaid ID {mid}). {MEDICAID} must therefore be billed first. "
                 "The department pays only what Medicaid does not cover, after you send us its remittance."),
         ("What to do", f"Bill {MEDICAID} with the Medicaid ID above. If Medicaid denies the stay, send us its denial "
                        "with a copy of this letter and we will price the claim again."),
         ("If you disagree", f"Write to Hospital Claims, {BOX}, and ask for a reconsideration. "
                             f"We must have your request no later than {long(by)}.")], size=9.4)
    p.ln(2)
    p.signoff(["Sincerely,", "", ce, "Hospital Claims Specialist"], 9.6)
    t = truth("denial_letter", "other", insurer=DOC, member_id=nosp(n), member_name=pers, cases=[claim],
              claim_amount=m2(billed), service_dates=[f"{adm.isoformat()}/{dis.isoformat()}"],
              denial_date=ld.isoformat(), provider=HOSP2, appeal_deadline=by.isoformat(),
              alternates={"insurer": DOC_ALT, "member_id": tdc_alt(n), "provider": [f"Dr. {att}", att],
                          "denial_date": [decided.isoformat()]})
    return out(p), t


def phone_es(rng):
    pers, ce = people_sexed(rng, "m?", es=True)
    n = tdc(rng)
    claim = f"OC-26-{digits(rng, 6)}"
    callref = f"LL-{digits(rng, 7)}"
    rel = dt.date(2026, 2, 20)
    svc = dt.date(2026, 2, 27)
    ld = dt.date(2026, 3, 13)
    amt = 1286.4
    p = EHSheet(footer="Página {n} de {nb}", footer_left="TDOC-HS 12S (rev. 01/2026)")
    p.set_margins(18, 16, 18)
    p.add_page()
    doc_head(p, rng, unit="Reclamaciones de atención externa")
    p.f(9)
    p.cell(0, 4.5, f"{DOC_ES}  \u2014  División de Servicios de Salud", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.addr_kv_right([pers, *addr(rng)],
                    [("Fecha de la carta", es_date(ld)), ("N.º de reclamación", claim), ("N.º TDC", n),
                     ("Fecha del servicio", es_date(svc)), ("Proveedor", AMB), ("Monto facturado", f"${n2(amt)}")],
                    split=0.46, size=9.0, title="Datos de esta carta")
    p.heading("Cuenta de ambulancia que el Departamento no pagará", 12)
    p.para(f"Estimado señor {pers.split()[-1]}:", 10)
    p.para(f"{AMB} nos envió una cuenta por el traslado en ambulancia del {es_date(svc)} desde su domicilio hasta la "
           f"sala de emergencias. La cuenta es de ${n2(amt)}. Usted nos llamó sobre esta cuenta el 10 de marzo "
           f"(número de referencia de la llamada {callref}).", 10)
    p.para(f"El Departamento no pagará esta cuenta. Usted salió en libertad condicional el {es_date(rel)}. Desde ese "
           "día ya no estaba bajo la custodia del Departamento, y el Departamento solo paga la atención de personas "
           "que están bajo su custodia en la fecha del servicio.", 10)
    p.para(f"Puede darle a {AMB} los datos de su propio seguro médico. Si no tiene seguro, puede solicitar "
           f"{MEDICAID}; su oficial de libertad condicional le puede dar la solicitud.", 10)
    p.heading("Si no está de acuerdo", 10.5)
    p.para("Escríbanos dentro de los 30 días siguientes a la fecha de esta carta. Incluya el número de reclamación y "
           f"cualquier documento que muestre que usted seguía bajo custodia ese día. Dirección: {BOX}.", 10)
    p.signoff(["Atentamente,", ce, "Reclamaciones de atención externa"], 9.8)
    t = truth("denial_letter", "eligibility", insurer=DOC, member_id=nosp(n), member_name=pers, cases=[claim],
              claim_amount=m2(amt), service_dates=[svc.isoformat()], denial_date=ld.isoformat(), provider=AMB,
              appeal_deadline=plus(ld, 30).isoformat(), lang="es",
              alternates={"insurer": DOC_ALT + [DOC_ES], "member_id": tdc_alt(n)})
    return out(p), t


def rotated_approval(rng):
    pers, cardio, hsa, np_ = people_sexed(rng, "f???")
    n = tdc(rng)
    req = f"OR-26-{digits(rng, 6)}"
    asked = dt.date(2026, 3, 2)
    ok = dt.date(2026, 3, 5)
    appt = dt.date(2026, 3, 17)
    callref = f"SCH {digits(rng, 4)}-{digits(rng, 3)}"
    p = EHSheet(footer=None, footer_left="TDOC-HS 09 Offsite referral approval (rev. 01/2026)")
    p.set_margins(16, 14, 16)
    p.add_page()
    doc_head(p, rng, unit="Health Services Unit",
             extra=f"{LPW}, 2650 Lone Pine Rd, Quillan, TL 80651   |   {phone(rng)}   |   fax {phone(rng)}")
    p.title_bar("OFFSITE REFERRAL APPROVAL", "Send a copy with the claim. Keep the appointment date confidential.")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("1. Request no.", req), ("2. Date requested", slash(asked)), ("3. Date approved", slash(ok)),
                 ("4. Priority", "Routine")], [W * 0.28, W * 0.24, W * 0.24, W * 0.24], num=False, size=9.4, h=10.5)
    p.form_band([("5. Person in custody", last_first(pers)), ("6. TDC no.", n), ("7. Housing unit", "C-2")],
                [W * 0.46, W * 0.3, W * 0.24], num=False, size=9.4, h=10.5)
    p.form_band([("8. Offsite provider", CARDIO), ("9. Physician", f"{cardio}, MD")], [W * 0.56, W * 0.44],
                num=False, size=9.4, h=10.5)
    p.form_band([("10. Service approved", "Cardiology consult + echocardiogram (93306)"),
                 ("11. Appointment", f"{wk_long(appt)}, 9:30")], [W * 0.55, W * 0.45], num=False, size=8.8, h=10.5)
    p.form_band([("12. Transport", "Facility van, 2 escort officers"), ("13. Restraints", "Per custody level"),
                 ("14. Scheduling call ref.", callref)], [W * 0.4, W * 0.26, W * 0.34], num=False, size=9.0, h=10.5)
    p.ln(3)
    p.heading("Billing instructions for the provider", 10.5)
    p.bullets([f"Send the claim to {TPA}, {TPA_BOX}, with request no. {req} on it.",
               "Services not listed in box 10 need a new approval before they are done; call the Health Services "
               "Unit.", "Do not bill the patient or her family. Do not give the patient the appointment date."],
              9.2)
    p.ln(2)
    p.two_sigs([np_, "Nurse Practitioner, requesting", LPW], [hsa, "Health Services Administrator", "approving"])
    t = truth("other", None, insurer=DOC, member_id=nosp(n), member_name=pers, cases=[req],
              service_dates=[appt.isoformat()], denial_date=ok.isoformat(), provider=CARDIO,
              alternates={"insurer": DOC_ALT + [LPW], "member_id": tdc_alt(n),
                          "provider": [cardio, f"{cardio}, MD"], "service_dates": [[]],
                          "denial_date": [asked.isoformat()]})
    return out(p), t


def lowres_workcomp(rng):
    pers, surg, ce = people_sexed(rng, "m??")
    n = tdc(rng)
    claim = f"OC-26-{digits(rng, 6)}"
    svc = dt.date(2026, 3, 4)
    ld = dt.date(2026, 3, 25)
    lines = [("99283", "Emergency evaluation", 618.0), ("12042", "Repair, hand laceration 2.6-7.5 cm", 1184.0),
             ("20526", "Tendon sheath injection", 382.0)]
    billed = round(sum(x[2] for x in lines), 2)
    p = EHSheet(footer="Page {n} of {nb}", footer_left=f"Mailed {slash(ld)}")
    p.set_margins(20, 16, 20)
    p.add_page()
    doc_head(p, rng)
    p.line(nth_long(ld), 10)
    p.ln(3)
    for ln in [HAND, "Billing Department", "77 Millrace Court", "Port Abernay, TL 80218"]:
        p.line(ln, 10)
    p.ln(4)
    p.subject(f"Claim {claim}  -  hand laceration repair of {nth_long(svc)}")
    p.para(f"Patient: {pers}, TDC no. {n}, {EWR}", 10)
    p.para("To the billing department:", 10)
    p.para(f"Thank you for the care your center gave this patient, and for sending us the emergency notes with the "
           f"claim. We read them together with the incident report the staff of {EWR} filed the same day and the "
           "record of the patient's hours in the community work release program, which allows a person in the last "
           "months of a sentence to hold a job with a private employer and return to the center each night. The "
           "notes say that the patient cut his left hand on a conveyor guard, and the incident report puts him on "
           f"the line at {EMPLOYER} at that hour, on an assigned shift. Because the injury happened at that job, the "
           f"employer's workers' compensation carrier, {CARRIER}, is responsible for this care, and the department "
           "will not pay this claim. We have sent the carrier a copy of the incident report, and the employer has "
           "told us that it filed a first report of injury. The department still pays for care of people in work "
           "release when the injury or illness has nothing to do with their jobs, and it will pay for the follow-up "
           "visits at the center's own clinic.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Date", "Code", "Service", "Billed"], [[slash(svc), c, d, n2(a)] for c, d, a in lines]
            + [["", "", "Total billed", n2(billed)]], [W * 0.16, W * 0.12, W * 0.52, W * 0.2], size=8.8,
            aligns=["L", "L", "L", "R"], bold_last=True)
    p.para(f"Treating surgeon: {surg}, MD.", 9.4)
    p.heading("If the carrier pays only part of the claim", 10.5)
    p.para("Send us the carrier's explanation of payment. We pay the set rate less what the carrier paid, if anything "
           "is left. For example, a claim for $100 that would price at $60 at the set rate, and that a carrier paid "
           "$45, would be paid $15 by the department.", 9.4)
    p.heading("If you disagree", 10.5)
    p.para("Send a written request for reconsideration within 60 calendar days of the date you receive this notice, "
           f"with the claim number from the subject line, to Offsite Care Review, {BOX}.", 9.4)
    p.signoff(["Sincerely,", ce, "Offsite Care Review"], 9.6)
    t = truth("denial_letter", "other", insurer=DOC, member_id=nosp(n), member_name=pers, cases=[claim],
              claim_amount=m2(billed), service_dates=[svc.isoformat()], denial_date=ld.isoformat(), provider=HAND,
              alternates={"insurer": DOC_ALT, "member_id": tdc_alt(n), "provider": [surg, f"{surg}, MD"]})
    return out(p), t


def stdfax_stack(rng):
    pers, pers2, gi, gi2, hof, ce, clerk = people(rng, 7)
    # the office's own fax cover to its billing service
    sent = dt.date(2026, 7, 24)
    cover = doctor_fax_cover(GASTRO, "19 Larkspur Medical Plaza, Suite 4, Cedar Bluff, TL 80533", phone(rng),
                             phone(rng), f"{BILLER} - appeals desk", phone(rng, "741"), f"{clerk}, billing office",
                             slash(sent), "4 including this sheet", "TDOC papers for two of our patients",
                             "Attached: the department's reconsideration decision on the January colonoscopy and "
                             "a payment notice that came the same week. Please post the payment and close the "
                             "colonoscopy account per the decision. Thank you!")
    # A: reconsideration decision, two pages, page 2 upside down
    n = tdc(rng)
    claim = f"OC-26-{digits(rng, 6)}"
    rc = f"RC-26-{digits(rng, 4)}"
    svc = dt.date(2026, 1, 14)
    first = dt.date(2026, 6, 8)
    asked = dt.date(2026, 7, 2)
    dd = dt.date(2026, 7, 21)
    billed = 2846.0
    a = EHSheet(footer="Page {n} of {nb}", idfoot=f"TDOC-HS 44 (rev. 01/2026)  \u00b7  claim {claim}  \u00b7  "
                                                   f"reconsideration {rc}  \u00b7  {n}  \u00b7  {last_first(pers)}")
    a.set_margins(20, 16, 20)
    a.add_page()
    doc_head(a, rng)
    a.title_bar("RECONSIDERATION DECISION", "Offsite care claim - provider request")
    a.ln(2)
    a.pairs([("Date of this decision", long(dd)), ("Provider", GASTRO), ("Request dated", long(asked))], label_w=44,
            size=9.8, h=5.2)
    a.ln(3)
    a.para("Dear Provider:", 10)
    a.para(f"You asked us to look again at your claim for the colonoscopy Dr. {gi} performed on {long(svc)} for "
           f"{pers}, a person in the department's custody at {TSP}. We had refused the claim on June 12, 2026.", 10)
    a.para("**Our decision: the refusal stands.**", 10.4)
    a.para(f"The department's provider rules ask that a claim reach us within 120 days after the date of service. "
           f"Your claim first reached us on {long(first)}, 145 days after the colonoscopy. Your request says that "
           "the claim was first sent to the patient's old insurer; the patient had no such coverage while in "
           "custody, and the approval form the facility sent your office named our claims administrator as the "
           "place to bill. We found no earlier claim from your office for this date in our records or the "
           "administrator's.", 10)
    a.para(f"Billed amount: ${n2(billed)}. Amount payable: $0.00. You may not bill the patient.", 10)
    a.para("Your further rights are on page 2.", 10)
    a.signoff(["Sincerely,", "", ce, "Reconsideration Examiner, Offsite Care Review"], 9.6)
    a.add_page()
    a.heading("Your further rights", 12, rule=True)
    a.para("This decision ends the department's review of this claim. If you still disagree, you may ask the "
           "Tillamar Office of Administrative Hearings for a hearing within four months of the date of this decision. "
           "The hearing officer looks at the claim, our two decisions and anything new you send.", 10)
    a.para(f"The hearings office needs the claim number and the reconsideration number printed at the foot of each "
           f"page. Its address is 400 Statehouse Row, Larchmont Springs, TL 80410; phone {phone(rng)}.", 10)
    a.para("Sending the claim to us again will not restart any time limit.", 10)
    t_a = truth("denial_letter", "timely_filing", insurer=DOC, member_id=nosp(n), member_name=pers, cases=[claim, rc],
                claim_amount=m2(billed), service_dates=[svc.isoformat()], denial_date=dd.isoformat(), provider=GASTRO,
                alternates={"insurer": DOC_ALT, "member_id": tdc_alt(n), "provider": [f"Dr. {gi}", gi],
                            "case_numbers": [[claim], [rc]],
                            "appeal_deadline": [dt.date(2026, 11, 21).isoformat()]})
    # B: the administrator's one-claim payment notice (paid)
    n2_ = tdc(rng)
    pd = dt.date(2026, 7, 17)
    cno = f"CV26{digits(rng, 7)}"
    vis = dt.date(2026, 6, 23)
    lines = [("99214", "Office visit, established", 296.0), ("91200", "Liver elastography", 214.0)]
    b_billed = round(sum(x[2] for x in lines), 2)
    rates = [round(x[2] * 0.41, 2) for x in lines]
    paid = round(sum(rates), 2)
    chk_total = round(paid + rng.randint(600, 1400) + 0.35, 2)
    b = EHSheet(footer="Page {n} of {nb}", footer_left="CCHA-CPN1")
    b.set_margins(18, 16, 18)
    b.add_page()
    b.logo_head(f"{TPA}, LLC", "CCHA", [f"Claims administrator for the {DOC} Offsite Care Program",
                                        TPA_BOX], size=12.5)
    b.f(12, "B")
    b.cell(0, 6, "CLAIM PAYMENT NOTICE", new_x="LMARGIN", new_y="NEXT")
    b.ln(2)
    W = b.w - b.l_margin - b.r_margin
    b.capstrip([("Notice date", slash(pd)), ("Claim no.", cno), ("Person in custody", last_first(pers2)),
                ("TDC no.", n2_)], [W * 0.2, W * 0.24, W * 0.34, W * 0.22])
    b.capstrip([("Provider", GASTRO), ("Rendering", f"{gi2}, MD"), ("Check no.", f"00{digits(rng, 5)}")],
               [W * 0.4, W * 0.34, W * 0.26])
    b.ln(4)
    b.table(["Date", "Code", "Service", "Billed", "Set rate", "Paid"],
            [[slash(vis), c, d, n2(x), n2(r), n2(r)] for (c, d, x), r in zip(lines, rates)]
            + [["", "", "Claim total", n2(b_billed), n2(paid), n2(paid)]],
            [W * 0.14, W * 0.1, W * 0.36, W * 0.13, W * 0.13, W * 0.14], size=8.8,
            aligns=["L", "L", "L", "R", "R", "R"], bold_last=True)
    b.pairs([("This claim paid", usd(paid)), ("Check amount (all claims on the check)", usd(chk_total))],
            label_w=70, size=9.4, h=5)
    b.ln(2)
    b.para("Paid in full at the department's set rate (code A1). The difference between the billed amount and the "
           "set rate may not be billed to the patient, the patient's family or the department.", 9.4)
    t_b = truth("eob", None, insurer=TPA, member_id=nosp(n2_), member_name=pers2, cases=[cno],
                claim_amount=m2(b_billed), service_dates=[vis.isoformat()], denial_date=pd.isoformat(),
                provider=GASTRO, alternates={"insurer": TPA_ALT, "member_id": tdc_alt(n2_),
                                             "provider": [gi2, f"{gi2}, MD"]},
                type_alternates=["other"])
    return cover, [(out(a), t_a), (out(b), t_b)]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_corvane_payment_statement_two_pages_not_in_custody_code_only", "born_digital",
             [born_statement(rng)]),
        Item(F + "finefax_four_page_letter_ortho_trip_not_approved_running_header", "fax_fine_g4",
             [finefax_ortho(rng)]),
        Item(F + "photocopy_two_column_inpatient_stay_medicaid_first", "photocopy", [photocopy_medicaid(rng)]),
        Item(F + "phone_es_ambulancia_despues_de_la_libertad_condicional", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_offsite_referral_approval_form_cardiology", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_work_release_hand_injury_workers_comp_subject_line_only", "scan_lowres_150",
             [lowres_workcomp(rng)]),
    ]
    cover, docs = stdfax_stack(rng)
    items.append(Item(F + "stdfax_stack_gastro_office_cover_reconsideration_upheld_upside_down_then_paid_notice",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 180}))
    return items
