"""An invented multiemployer health plan for court reporters and captioners (freelance and agency deposition
reporters, official court reporters, CART and broadcast captioners): the Stenhollow Court Reporters and Captioners
Health Plan, run by a Board of Trustees and administered by Pendrell Benefit Administrators, LLC. The Plan's
letterhead is a drawn stack of fan-folded stenotype paper beside "S T E N" over "H O L L O W" in spaced heavy capitals
(the brand split over two lines), with "Court Reporters & Captioners" / "Health Plan" beside the break and
"administered by Pendrell Benefit Administrators, LLC" small under it; or the brand spaced on one line; the legal name
is printed in every footer and the body says "the Plan". The administrator's own remittance carries "PENDRELL" in
spaced capitals with the Plan named small under it. Every agency, court, clinic, hospital, carrier, person, number,
amount, rule and address is invented; phones 555; CPT codes and modifiers as themselves.

Invented rules: eligibility by deposition hours: a month of coverage is earned by 60 record hours (hours on the
record in depositions, hearings, arbitrations and examinations under oath, and hours of CART or broadcast captioning)
that agencies and courts report for the work month two months before (February for April); realtime hours count one
and a quarter, transcript production hours do not count, hours over 60 go to an hours bank of up to 180 hours. Plans
SH-DR (deposition and court reporters) and SH-CC (captioners); groups "DG" + four digits (reporting agencies), "CT" +
four digits (courts) and "CG" + four digits (captioning firms). Member IDs "SH" + a digit + "S" + three digits + "B" +
two digits (the S and B in fixed places, where a poor copy reads 5 and 8), with "-01" for the member, "-02" the
spouse, "-03" and up the children, printed whole, in spaced groups ("SH4 S207 B31-01") or only inside a sentence.
Claims "26" + day of year + "Q" + five digits; precertifications "PRC-" + five digits; Trustees' appeals "APL-26-" +
three digits. One routine eye exam every 12 months; outpatient surgery and advanced imaging (MRI, CT) need
precertification; a job-caused condition of an employee goes to the employer's workers' compensation carrier first;
no out-of-network benefits except emergencies; a bilateral procedure is billed on one line with modifier 50 and one
unit (other forms are refused for a corrected claim); ultrasound-guided hydrodissection of a nerve is investigational;
appeals within 180 days of a notice (or as each paper says); provider reconsiderations within 90 days of the
remittance; the Trustees decide last (external review and ERISA 502(a) only).

Documents (8 in 7 files):
- bd_eob_family_second_eye_exam_code_v2: a born-digital two-page family statement ("Statement date May 4, 2026"
  beside "Claims processed April 1 - April 30, 2026"); the member ID in spaced groups in the header, each claim line
  with the patient's suffixed ID; the plan code only in the table's "Plan" column; four claims with "Billing
  practice" and "Rendering clinician" in separate columns, the member's routine eye exam (the second in 12 months)
  paying 0.00 under V2 between fully paid claims, told only in the legend on page 2 (unused P1, W1, N1, M5); 180 days
  of the date of this statement.
- faxstd_stack_job_ticket_short_record_hours_then_surgery_approved: a standard-fax stack sent from a deposition
  agency: its printed job ticket (typed job facts, a hand-lettered note) as the first page, the Plan's two-page letter
  refusing a captioner's urgent care visit because her February record hours (41.5 with realtime credit, and 6.0
  banked) fell short of 60 for April (the letter date beside the hours report's received date; the member ID only
  inside a sentence), its page 2 fed sideways, then the Plan's approval of her carpal tunnel release (denies
  nothing); the agency's fax line with a later date on every page.
- faxstd_remittance_wrist_mri_no_precert_code_px: a standard-fax provider remittance from the administrator to an
  orthopaedic and hand center (its name, address and NPI on one provider line): four patients' claims with their
  claim numbers and suffixed IDs, the second (a wrist MRI without precertification) at 0.00 allowed and paid under
  PX / CO-197 between claims with amounts in every column; rendering clinicians on small note lines; 90 days of the
  remittance date.
- phone_steno_tendinitis_workers_comp_first: a photographed letter refusing an official court reporter's hand
  therapy and hand surgeon visits for tendinitis from writing in court because the court's workers' compensation
  carrier must decide first (carrier and carrier claim number as decoys); "no later than August 10, 2026".
- lowres_es_alergologa_fuera_de_red: a 150 dpi Spanish letter refusing a daughter's visit to an out-of-network
  pediatric allergist; the brand spaced on one line; 180 days of the date of the letter.
- rotated_trustees_hydrodissection_upheld: a sideways Trustees' decision keeping the refusal of ultrasound-guided
  hydrodissection of the median nerve as investigational; appeal number and claim number; decision date beside the
  appeal received date and the meeting date; the doctor named only in prose; external review and 502(a) only.
- bd_bilateral_injection_modifier_corrected_claim: a born-digital letter refusing a claim billed with modifier 50
  and two units for bilateral carpal tunnel injections (a corrected claim is needed); a provider line with address and
  NPI; "Date received" beside the notice date; 180 days of the date of this notice.

Truth notes (where a careful reader could read two ways): insurer short forms ("Stenhollow Health Plan",
"Stenhollow Plan", "Stenhollow", the "&" spelling) are accepted on the Plan's papers; the split halves and the line
beside the break ("Court Reporters & Captioners Health Plan") are not accepted alone, since the legal name is in every
footer; the administrator is the insurer on its own remittance (per the eval README's third-party-administrator rule;
the Plan is not accepted there); the member ID is the patient's ID with its suffix (the base ID accepted); the
practice or facility is accepted beside a rendering or requesting clinician; the Trustees' decision carries the appeal
and the claim number (either alone accepted); the planned date on the approval, or none, is accepted; the remittances
are `eob` with `denial_letter` accepted.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundev_famvf import (EVSheet, addr_block, digits, dr, es_date, fax_stamp, first_last, iso, job_ticket,
                               last_first, long, m2, n2, npi, ord_date, out, people, phone, plus, sign, slash,
                               spaced_id, tin, tollfree, truth, usd, wday_long, workday)

FAMILY = ("stenhollow_court_reporters_captioners_health_plan_deposition_hours_eye_exam_limit_short_hours_wrist_mri_"
          "precert_steno_comp_first_network_hydrodissection_modifier_refusals")
LANG = "en"
SEED = 355207
USED: set = set()

INS = "Stenhollow Court Reporters and Captioners Health Plan"
INS_ALT = [INS, "Stenhollow Court Reporters & Captioners Health Plan", "Stenhollow Health Plan", "Stenhollow Plan",
           "Stenhollow"]
ADMIN = "Pendrell Benefit Administrators, LLC"
AD_ALT = [ADMIN, "Pendrell Benefit Administrators", "Pendrell"]
OFFICE = ["Plan Office, 18 Jurat Row", "Morlanby, YR 58204"]
DR_, CC_ = "SH-DR", "SH-CC"
AREA = "587"


def foot(extra: str = "") -> str:
    return f"{INS}  \u00b7  {OFFICE[0]}, {OFFICE[1]}  \u00b7  administered by {ADMIN}" + \
        (f"  \u00b7  {extra}" if extra else "")


def member_no(rng) -> str:
    return f"SH{rng.randint(1, 9)}S{rng.randint(100, 999)}B{rng.randint(10, 99)}"


def grouped(base: str, suf: str | None = None) -> str:
    s = spaced_id(base, (3, 4, 3))
    return f"{s}-{suf}" if suf else s


def claim_no(rng, d: dt.date) -> str:
    return f"26{d.timetuple().tm_yday:03d}Q{rng.randint(10000, 99999)}"


def precert_no(rng) -> str:
    return f"PRC-{rng.randint(10000, 99999)}"


def plan_head(p: EVSheet, rng, box: str | None = None, es: bool = False):
    p.split_brand("S T E N", "H O L L O W", ["Court Reporters & Captioners", "Health Plan"],
                  [OFFICE[0], OFFICE[1], (f"Member services {tollfree(rng, '844')}" if not es else
                                          f"Servicios al miembro {tollfree(rng, '844')}"),
                   f"Fax {phone(rng, AREA)}"],
                  mark="fanfold", box=box, size=20, under=[f"administered by {ADMIN}"])


def spaced_head(p: EVSheet, rng, box: str | None = None, es: bool = False):
    p.wordmark("STENHOLLOW", style="spaced", tagline=("Court Reporters & Captioners Health Plan" if not es else
                                                      "Plan de salud de taquígrafos judiciales y subtituladores"),
               small=[f"administered by {ADMIN}"],
               right=[OFFICE[0], OFFICE[1], f"{tollfree(rng, '844')}", f"Fax {phone(rng, AREA)}"], box=box, size=18)


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    m = people(rng, 1, "cr", sexes="M", used=USED)[0]
    last = m.split()[-1]
    wife = people(rng, 1, "cr", sexes="F", last=last, used=USED)[0]
    dau = people(rng, 1, "cr", sexes="F", last=last, used=USED)[0]
    pcp, od, np_, lab_doc = people(rng, 4, "cc", sexes="FMFM", used=USED)
    base = member_no(rng)
    grp = f"DG{rng.randint(1000, 9999)}"
    sd = dt.date(2026, 5, 4)
    d1, d2, d3, d4 = dt.date(2026, 4, 7), dt.date(2026, 4, 20), dt.date(2026, 4, 14), dt.date(2026, 4, 25)
    vision = "Morlanby Vision Associates"
    claims = [
        (claim_no(rng, plus(d1, 4)), m, "01", DR_, d1, "Ashcrofton Street Family Medicine", dr(pcp, "MD"),
         "Office visit (99213)", 184.00, 126.00, 101.00, 25.00, "CP"),
        (claim_no(rng, plus(d2, 5)), m, "01", DR_, d2, vision, dr(od, "OD"),
         "Routine eye exam (92014)", 236.00, 0.00, 0.00, 236.00, "V2"),
        (claim_no(rng, plus(d3, 3)), wife, "02", DR_, d3, "Drossmoor Laboratory Services", dr(lab_doc, "MD"),
         "Thyroid panel (84443, 84439)", 142.00, 61.80, 61.80, 0.00, "PD"),
        (claim_no(rng, plus(d4, 2)), dau, "03", DR_, d4, "Morlanby Walk-In Clinic", dr(np_, "NP"),
         "Urgent care visit (99203)", 228.00, 164.00, 124.00, 40.00, "CP"),
    ]
    den = 1
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=foot(f"Statement {slash(sd)}"),
                run_hdr=f"{last_first(m)}  \u00b7  {grouped(base)}  \u00b7  page {{n}}")
    p.set_margins(13, 14, 13)
    p.add_page()
    plan_head(p, rng, box="FAMILY BENEFIT STATEMENT")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [m.upper(), "412 Reporters Lane, Apt 6", "Morlanby, YR 58209"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.edge_leaders([("Statement date", long(sd)), ("Claims processed", "April 1 - April 30, 2026"),
                    ("Member ID", grouped(base)), ("Group", f"{grp}  Keswold Reporting Agency")],
                   x=p.l_margin + W * 0.46, cap_w=26, size=8.8)
    p.set_y(max(p.get_y(), yl) + 2)
    p.para("This is not a bill. It shows the claims the Plan processed for you and your family last month. Each "
           "claim has its own number; use it if you call us.", 8.6)
    rows = []
    for c in claims:
        no, who, suf, plan, d, bp, rc, svc, billed, allowed, paid, owe, code = c
        rows.append(("span", f"Claim {no}     {who.upper()}     ID {grouped(base, suf)}"))
        rows.append([slash(d), svc, plan, bp, rc, n2(billed), n2(allowed), n2(paid), n2(owe), code])
        rows.append(("gap",))
    rows.append(("bold", ["", "Totals", "", "", "", n2(sum(c[8] for c in claims)), n2(sum(c[9] for c in claims)),
                          n2(sum(c[10] for c in claims)), n2(sum(c[11] for c in claims)), ""]))
    p.fit_rows(["Date of service", "Service", "Plan", "Billing practice", "Rendering clinician", "Billed",
                "Allowed", "Plan paid", "You owe", "Code"],
               [W * k / 100 for k in (9, 17, 6, 17.5, 16.5, 7, 7, 7, 7.5, 5.5)],
               ["L", "L", "L", "L", "L", "R", "R", "R", "R", "C"], rows, size=7.3, row_h=4.4, span_size=7.8)
    p.money_box("Your year so far (2026)", [("Deductible met (member)", "$250.00 of $250.00"),
                                            ("Out-of-pocket met (family)", "$1,162.40 of $6,000.00"),
                                            ("Hours bank", "38.5 record hours")], w=96, size=8.2)
    p.add_page()
    p.bar("What the codes mean", 9.0)
    p.legend_cols(None, [
        ("CP", "Your copayment for this visit."),
        ("PD", "Paid in full at the network rate."),
        ("V2", "Routine eye exams are covered once every 12 months. The Plan paid a routine eye exam for this "
               "patient on 01/12/2026, so this exam is not covered. You may owe the provider the billed amount."),
        ("P1", "Precertification was required and was not obtained."),
        ("W1", "This care may be for a work injury; the employer's workers' compensation carrier pays first."),
        ("N1", "The provider is not in the Plan's network."),
        ("M5", "Billed with a modifier or number of units that does not match the service; send a corrected "
               "claim."),
    ], ncol=2, size=7.6, code_w=8)
    p.bar("Your right to appeal", 9.0)
    p.para("If you think a claim on this statement was handled wrongly, you or someone you name may appeal in "
           "writing within 180 days of the date of this statement. Give the claim number and say why; send any "
           f"records. Write to the Appeals Unit, {OFFICE[0]}, {OFFICE[1]}. The Board of Trustees decides appeals.",
           8.6)
    p.bar("Your record hours", 9.0)
    p.para("Coverage for June 2026 depends on the record hours your agencies report for April 2026: you need 60. "
           "Realtime hours count one and a quarter; transcript production hours do not count.", 8.4)
    c = claims[den]
    t = truth("eob", "not_covered", insurer=INS, plan_id=DR_, group=grp, member_id=f"{base}-01", member_name=m,
              cases=[c[0]], claim_amount=m2(c[8]), service_dates=[iso(c[4])], denial_date=iso(sd),
              provider=dr(od, "OD"), appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": INS_ALT, "member_id": [base], "provider": [vision, od]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    cap = people(rng, 1, "cr", sexes="F", used=USED)[0]
    mgr = people(rng, 1, "cr", sexes="F", used=USED)[0]
    np_, surg, clerk, nurse = people(rng, 4, "cc", sexes="FMFF", used=USED)
    base = member_no(rng)
    mid = f"{base}-01"
    grp = f"CG{rng.randint(1000, 9999)}"
    ld = dt.date(2026, 4, 21)
    recv = dt.date(2026, 4, 15)
    visit = dt.date(2026, 4, 9)
    clm = claim_no(rng, plus(visit, 4))
    billed = 212.00
    sent = dt.date(2026, 5, 1)
    tx = f"{fax_stamp(sent)}  14:{rng.randint(10, 59)}  BALSDEAN DEPO SVCS  {AREA} 555 {rng.randint(1000, 9999)}  P.{{n}}/{{t}}"
    cover = job_ticket(rng, ["Balsdean Deposition Services", "Suite 300, 71 Clerk's Row, Morlanby, YR 58201",
                             f"Scheduling {phone(rng, AREA)}   Production {phone(rng, AREA)}"],
                       [("Job date", "04/30/2026", .22), ("Reporter / captioner", first_last(cap), .48),
                        ("Turnaround", "Expedited 3 day", .30),
                        ("Case caption", "Orrin v. Quenbury Freight Lines, No. 26-CV-0412", .68),
                        ("Witness", "Dr. T. Haskard", .32),
                        ("Start", "9:30", .18), ("End", "4:10", .18), ("Pages", "", .18), ("Copies", "", .46)],
                       2, [f"Pls fax {cap.split()[0]}'s 2 Stenhollow letters", "to the plan office appeals unit -",
                           "she is on the Haskard job all wk.", f"fax {phone(rng, AREA)}   thanks  - {mgr.split()[0]}"],
                       tx=tx, tx_total=4, ticket_no=f"26-{rng.randint(1000, 1999)}")
    # (i) short of record hours for April
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=foot(), tx=tx, tx_off=1, tx_total=4, tx_side={2: 90})
    p.set_margins(19, 16, 19)
    p.add_page()
    plan_head(p, rng, box="ELIGIBILITY DECISION")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [cap, "90 Verbatim Court", "Inkerslee, YR 58213"], 9.6)
    yl = p.get_y()
    p.set_y(y)
    p.f(9.6, "B")
    p.set_x(p.l_margin + W * 0.5)
    p.cell(W * 0.5, 5, long(ld), align="R", new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.set_x(p.l_margin + W * 0.5)
    p.cell(W * 0.5, 4.2, f"Hours report received {long(recv)}", align="R", new_x="LMARGIN", new_y="NEXT")
    p.set_y(max(p.get_y(), yl) + 3)
    p.para(f"Dear {first_last(cap)}:", 9.6)
    p.para(f"Your member ID, which is {mid}, is on the claim we received from Morlanby Walk-In Clinic for your "
           f"visit on {long(visit)}, when you saw {dr(np_, 'NP')}. The clinic billed {usd(billed)} under claim "
           f"{clm}. The Plan cannot pay this claim, because you did not have coverage in April 2026.", 9.3)
    p.bar("How coverage is earned", 9.4)
    p.para("Coverage for a month is earned by 60 record hours in the work month two months before it. Record hours "
           "are hours on the record in depositions, hearings, arbitrations and examinations under oath, and hours "
           "of CART or broadcast captioning. Realtime hours count one and a quarter. Hours you spend producing "
           "transcripts do not count. For April 2026 the work month is February 2026.", 9.2)
    p.ruled_rows(["February 2026, reported by", "Hours", "Counted"],
                 [["Keswold Reporting Agency (CART, realtime)", "12.0", "15.0"],
                  ["Clearquill Captioning, LLC (broadcast)", "26.5", "26.5"],
                  ["Transcript production (all agencies)", "31.0", "0.0"],
                  ["Record hours counted for April", "", "41.5"],
                  ["Hours in your bank", "", "6.0"], ["Needed", "", "60.0"]],
                 [W * 0.6, W * 0.2, W * 0.2], ["L", "R", "R"], size=8.8, bold_rows=(3,))
    p.para("Your 41.5 counted hours and the 6.0 hours in your bank come to 47.5, short of 60. Your coverage ended on "
           "March 31, 2026, and the claim was refused.", 9.2)
    p.add_page()
    p.bar("If an agency reported your hours wrongly", 9.4)
    p.para("Ask the agency to send a corrected hours report for February 2026. If the corrected report brings you to "
           "60 hours, the claim will be paid without an appeal.", 9.2)
    p.bar("Self-payment", 9.4)
    p.para("You may pay for April coverage yourself ($612.00). The Plan must receive the payment by May 29, 2026; if "
           "it does, the claim above will be paid.", 9.2)
    p.bar("Your right to appeal", 9.4)
    p.para("You may appeal this decision within 180 days of the date of this letter. Write to the Appeals Unit at the "
           "Plan Office and say why you disagree; send any job sheets or invoices that show record hours that were "
           "not reported. The Board of Trustees decides appeals at its next meeting.", 9.2)
    p.ln(2)
    sign(p, [first_last(clerk), "Eligibility Unit", "Plan Office"])
    letter = out(p)
    letter_t = truth("denial_letter", "eligibility", insurer=INS, plan_id=None, group=None, member_id=mid,
                     member_name=cap, cases=[clm], claim_amount=m2(billed), service_dates=[iso(visit)],
                     denial_date=iso(ld), provider=dr(np_, "NP"), appeal_deadline=iso(plus(ld, 180)),
                     alternates={"insurer": INS_ALT, "member_id": [base],
                                 "provider": ["Morlanby Walk-In Clinic", np_]})
    # (ii) the surgery approval
    nd = dt.date(2026, 4, 24)
    planned = dt.date(2026, 5, 19)
    pc = precert_no(rng)
    q = EVSheet(footer=None, ids_foot=foot(), tx=tx, tx_off=3, tx_total=4)
    q.set_margins(19, 16, 19)
    q.add_page()
    plan_head(q, rng, box="PRECERTIFICATION APPROVED")
    W = q.w - q.l_margin - q.r_margin
    q.addr_kv([cap, "90 Verbatim Court", "Inkerslee, YR 58213"],
              [("Notice date", slash(nd)), ("Precert no.", pc), ("Member ID", grouped(base, "01")),
               ("Plan / Group", f"{CC_} / {grp}")], w=90, cap_w=28, size=8.8)
    q.para(f"Dear {first_last(cap)}:", 9.4)
    q.para(f"The Plan has approved the surgery that Dr. {dr(surg, 'MD')} of Inkerslee Hand & Upper Extremity asked "
           f"for: a release of the carpal tunnel of the right wrist (CPT 64721), at Morlanby Surgery Center on "
           f"{long(planned)}.", 9.2)
    q.boxes([[("Approved service", "Carpal tunnel release, right (64721)", 0.44),
              ("Where", "Morlanby Surgery Center", 0.28), ("Approved for", "05/19/2026 - 06/18/2026", 0.28)]],
            size=8.4)
    q.ln(3)
    q.para("Your record hours for March 2026 (66.0) earn coverage for May 2026. The approval holds only while you are "
           "covered on the day of surgery; if the date moves out of the window above, your doctor must ask again.",
           9.0)
    q.para(f"Questions: call {first_last(nurse)}, RN, Care Management, at the member services number.", 9.0)
    notice = out(q)
    notice_t = truth("other", None, insurer=INS, plan_id=CC_, group=grp, member_id=mid, member_name=cap, cases=[pc],
                     service_dates=[iso(planned)], denial_date=iso(nd), provider=dr(surg, "MD"),
                     alternates={"insurer": INS_ALT, "member_id": [base], "service_dates": [[]],
                                 "provider": [surg, "Inkerslee Hand & Upper Extremity"]})
    return cover, [(letter, letter_t), (notice, notice_t)]


# ---------------------------------------------------------------------------------------------------------------
def faxstd_remittance(rng):
    pts = people(rng, 3, "cr", used=USED)
    den_pt = people(rng, 1, "cr", sexes="F", used=USED)[0]
    docs = people(rng, 4, "cc", used=USED)
    center = "Gorsemount Orthopaedic & Hand Center"
    rd = dt.date(2026, 5, 15)
    sent = dt.date(2026, 5, 19)
    c_npi = npi(rng)
    tx = f"{slash(sent)} 08:{rng.randint(10, 59)}  PENDRELL BENEFIT ADM  {AREA}5550{rng.randint(100, 999)}  PG {{n}}/{{t}}"

    def mk(who, suf, plan, grp, svc, lines, note):
        base = member_no(rng)
        return {"who": who, "base": base, "mid": f"{base}-{suf}", "plan": plan, "grp": grp, "svc": svc,
                "clm": claim_no(rng, plus(svc, 6)), "lines": lines, "note": note}

    c1 = mk(pts[0], "01", DR_, f"DG{rng.randint(1000, 9999)}", dt.date(2026, 4, 6),
            [("99204", 342.00, 236.00, 211.00, 25.00, "1"), ("73110", 168.00, 92.00, 92.00, 0.00, "")],
            f"Rendering: {dr(docs[0], 'MD')}")
    c2 = mk(den_pt, "01", CC_, f"CG{rng.randint(1000, 9999)}", dt.date(2026, 4, 13),
            [("73221", 1380.00, 0.00, 0.00, 0.00, "PX"), ("73221-26", 310.00, 0.00, 0.00, 0.00, "PX")],
            f"Rendering: {dr(docs[1], 'MD')}")
    c3 = mk(pts[1], "02", DR_, f"CT{rng.randint(1000, 9999)}", dt.date(2026, 4, 16),
            [("97110", 142.00, 98.00, 98.00, 0.00, ""), ("97140", 118.00, 82.00, 82.00, 0.00, ""),
             ("97760", 164.00, 110.00, 80.00, 30.00, "1")],
            f"Rendering: {dr(docs[2], 'OTR/L')}")
    c4 = mk(pts[2], "01", DR_, f"DG{rng.randint(1000, 9999)}", dt.date(2026, 4, 22),
            [("20526", 284.00, 176.00, 151.00, 25.00, "1")], f"Rendering: {dr(docs[3], 'MD')}")
    claims = [c1, c2, c3, c4]
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=f"{ADMIN}  \u00b7  for the {INS}  \u00b7  Remittance "
                                                    f"{slash(rd)}", tx=tx, tx_total=1)
    p.set_margins(12, 14, 12)
    p.add_page()
    p.contractor_head("P E N D R E L L", [ADMIN, f"Third-party administrator for the {INS}"],
                      ["PO Box 30817", "Morlanby, YR 58202", f"Provider services {tollfree(rng, '866')}",
                       f"Fax {phone(rng, AREA)}"], box="PROVIDER REMITTANCE ADVICE", size=17, spacing=0.8)
    W = p.w - p.l_margin - p.r_margin
    p.prov_line(center, "2200 Ashcrofton Street, Suite 4, Morlanby, YR 58207", c_npi, lead="Payee")
    p.ln(1)
    p.boxes([[("Remittance date", slash(rd), 0.2), ("Payment", "EFT", 0.12),
              ("EFT trace", f"9{rng.randint(10**9, 10**10 - 1)}", 0.24), ("Tax ID", tin(rng), 0.18),
              ("Paid this remittance", usd(sum(x[3] for c in claims for x in c["lines"])), 0.26)]], size=8.6)
    p.ln(3)
    rows = []
    for c in claims:
        lines = [[slash(c["svc"]), code, n2(b), n2(a), n2(pd), n2(pr), rk] for code, b, a, pd, pr, rk in c["lines"]]
        tot = ["", "", n2(sum(x[1] for x in c["lines"])), n2(sum(x[2] for x in c["lines"])),
               n2(sum(x[3] for x in c["lines"])), n2(sum(x[4] for x in c["lines"])), ""]
        rows.append({"lead": [c["clm"], last_first(c["who"]), c["mid"]], "lines": lines, "total": tot,
                     "note": f"{c['note']}   \u00b7   Plan {c['plan']}   Group {c['grp']}"})
    p.remit_table(["Claim no.", "Patient", "Member ID", "Service date", "Code", "Billed", "Allowed", "Paid",
                   "Patient resp.", "Note"],
                  [W * k / 100 for k in (12.5, 16, 13, 10, 8.5, 8.5, 8.5, 7.5, 8.5, 7)],
                  ["L", "L", "L", "L", "L", "R", "R", "R", "R", "C"], rows, size=7.2, row_h=4.3)
    p.legend_cols("Remarks", [
        ("1", "Patient responsibility is the copayment."),
        ("PX", "CO-197: precertification was required for this MRI and none is on file. The patient may not be "
               "billed for these charges."),
        ("N1", "CO-242: services not provided by a network provider."),
        ("M5", "CO-4: the modifier is missing or does not match the procedure code; send a corrected claim."),
    ], ncol=2, size=7.4, code_w=7)
    p.para("Reconsideration: send the claim number and the reason, with records, within 90 days of the remittance "
           "date. Precertification obtained after the service is not accepted unless the service was "
           "urgent.", 7.8)
    t = truth("eob", "prior_authorization", insurer=ADMIN, plan_id=c2["plan"], group=c2["grp"], member_id=c2["mid"],
              member_name=den_pt, cases=[c2["clm"]], claim_amount=m2(sum(x[1] for x in c2["lines"])),
              service_dates=[iso(c2["svc"])], denial_date=iso(rd), provider=dr(docs[1], "MD"),
              appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": AD_ALT, "member_id": [c2["base"]], "provider": [center, docs[1]]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_workcomp(rng):
    rep = people(rng, 1, "cr", sexes="M", used=USED)[0]
    ot, hs, clerk = people(rng, 3, "cc", sexes="FMF", used=USED)
    base = member_no(rng)
    mid = f"{base}-01"
    grp = f"CT{rng.randint(1000, 9999)}"
    ld = dt.date(2026, 6, 3)
    recv = dt.date(2026, 5, 22)
    v1, v2, v3 = dt.date(2026, 5, 5), dt.date(2026, 5, 8), dt.date(2026, 5, 12)
    clm = claim_no(rng, plus(v3, 3))
    practice = "Inkerslee Hand & Upper Extremity"
    lines = [(v1, "Hand surgeon visit, new patient (99204)", dr(hs, "MD"), 318.00),
             (v2, "Hand therapy, splint (97760)", dr(ot, "OTR/L"), 164.00),
             (v3, "Hand therapy, exercises (97110)", dr(ot, "OTR/L"), 142.00)]
    billed = sum(x[3] for x in lines)
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=foot(f"Notice {slash(ld)}"))
    p.set_margins(19, 16, 19)
    p.add_page()
    plan_head(p, rng, box="CLAIM DECISION")
    W = p.w - p.l_margin - p.r_margin
    p.addr_kv([rep, "5 Bailiff's Walk", "Morlanby, YR 58206"],
              [("Date", wday_long(ld)), ("Claim received", slash(recv)), ("Claim no.", clm),
               ("Member ID", grouped(base, "01")), ("Plan / Group", f"{DR_} / {grp}")], w=92, cap_w=28, size=8.8)
    p.para(f"Dear {first_last(rep)}:", 9.6)
    p.para(f"We received a claim from {practice} for the care of your right wrist and thumb: the first visit "
           f"with Dr. {hs.split()[-1]} on {long(v1)} and two hand therapy visits.", 9.2)
    p.ruled_rows(["Date", "Service", "Clinician", "Billed"],
                 [[slash(d), s, c, n2(a)] for d, s, c, a in lines] + [["", "Claim total", "", usd(billed)]],
                 [W * k / 100 for k in (13, 44, 27, 16)], ["L", "L", "L", "R"], size=8.6, bold_rows=(3,))
    p.bar("Why the Plan has not paid", 9.4)
    p.para("The claim form and Dr. "
           f"{hs.split()[-1]}'s notes say that the tendinitis (de Quervain's) came from writing on your steno "
           "machine in court, where you work as an official court reporter employed by the Morlanby County "
           "Superior Court. When an employee's illness or injury is caused by the job, the employer's workers' "
           "compensation carrier must decide first whether it pays (Plan rules, section 9.4). The court's carrier is "
           "Ambersett Mutual Casualty; the claim number you gave us for it is WC-26-448917. We will look at the claim "
           "again when you send us the carrier's written decision.", 9.1)
    p.bar("If you disagree", 9.4)
    p.para("You may appeal to the Board of Trustees. Your appeal must reach the Plan Office no later than August 10, "
           "2026. Send it with any papers that show the condition is not related to your work.", 9.1)
    p.ln(1)
    sign(p, [first_last(clerk), "Claims Unit", "Plan Office"])
    t = truth("denial_letter", "other", insurer=INS, plan_id=DR_, group=grp, member_id=mid, member_name=rep,
              cases=[clm], claim_amount=m2(billed), service_dates=[iso(v1), iso(v2), iso(v3)], denial_date=iso(ld),
              provider=dr(hs, "MD"), appeal_deadline="2026-08-10",
              alternates={"insurer": INS_ALT, "member_id": [base], "provider": [practice, hs, dr(ot, "OTR/L")]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_es(rng):
    mom = people(rng, 1, "sp", sexes="F", used=USED)[0]
    dau = people(rng, 1, "sp", sexes="F", last=mom.split()[-1], used=USED)[0]
    alg, n1, clerk = people(rng, 3, "cc", sexes="FMF", used=USED)
    base = member_no(rng)
    mid = f"{base}-03"
    grp = f"CG{rng.randint(1000, 9999)}"
    svc = dt.date(2026, 4, 16)
    clm = claim_no(rng, plus(svc, 7))
    ld = dt.date(2026, 5, 12)
    clinic = "Ottermere Pediatric Allergy"
    lines = [("95004", "Pruebas cutáneas de alergia (24)", 384.00), ("99244", "Consulta de especialista", 296.00)]
    billed = sum(x[2] for x in lines)
    p = EVSheet(footer="Página {n} de {nb}", ids_foot=foot("Formulario SH-ES-7"))
    p.set_margins(19, 16, 19)
    p.add_page()
    spaced_head(p, rng, box="DECISIÓN SOBRE UN RECLAMO", es=True)
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [mom, "14 Calle de la Audiencia", "Inkerslee, YR 58214"], 9.6)
    yl = p.get_y()
    p.set_y(y)
    p.step_labels([("Fecha", es_date(ld)), ("Reclamo", clm), ("Paciente", dau), ("Núm. de miembro", mid),
                   ("Plan / Grupo", f"{CC_} / {grp}")], ncol=2, x=p.l_margin + W * 0.46, w=W * 0.54, indent=6,
                  size=8.8)
    p.set_y(max(p.get_y(), yl) + 2)
    p.para(f"Estimada señora {mom.split()[-1]}:", 9.6)
    p.para(f"El Plan recibió el reclamo de {clinic} por la visita de su hija {first_last(dau)} con la "
           f"Dra. {dr(alg, 'MD')}, alergóloga, el {es_date(svc)}. El Plan no pagará este reclamo.", 9.3)
    p.ruled_rows(["Código", "Servicio", "Cargo"], [[c_, s, n2(a_)] for c_, s, a_ in lines] +
                 [["", "Total del reclamo", usd(billed)]],
                 [W * 0.14, W * 0.66, W * 0.2], ["L", "L", "R"], size=8.8, bold_rows=(2,))
    p.bar("Por qué", 9.4)
    p.para(f"{clinic} y la Dra. {alg.split()[-1]} no tienen contrato con el Plan; están fuera de la red. El Plan no "
           "paga servicios fuera de la red, salvo en una emergencia, y esta visita no fue una emergencia. Tampoco "
           "hubo una autorización del Plan para ver a una proveedora fuera de la red.", 9.2)
    p.para(f"Un alergólogo de la red cerca de usted: Dr. {dr(n1, 'MD')}, Morlanby Allergy & Asthma, "
           f"{phone(rng, AREA)}.", 9.2)
    p.bar("Si no está de acuerdo", 9.4)
    p.para("Usted puede apelar por escrito dentro de 180 días a partir de la fecha de esta carta. Envíe su apelación "
           f"a la Unidad de Apelaciones, {OFFICE[0]}, {OFFICE[1]}. La Junta de Fideicomisarios decide las "
           "apelaciones.", 9.2)
    p.ln(1)
    sign(p, [first_last(clerk), "Unidad de Reclamos"], close="Atentamente,")
    t = truth("denial_letter", "out_of_network", insurer=INS, plan_id=CC_, group=grp, member_id=mid,
              member_name=dau, cases=[clm], claim_amount=m2(billed), service_dates=[iso(svc)], denial_date=iso(ld),
              provider=dr(alg, "MD"), appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": INS_ALT, "member_id": [base], "provider": [clinic, alg]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_trustees(rng):
    ap = people(rng, 1, "cr", sexes="F", used=USED)[0]
    doc, chair, sec = people(rng, 3, "cc", sexes="MMF", used=USED)
    base = member_no(rng)
    mid = f"{base}-01"
    grp = f"DG{rng.randint(1000, 9999)}"
    svc = dt.date(2026, 2, 24)
    clm = claim_no(rng, plus(svc, 5))
    apl = f"APL-26-0{rng.randint(10, 99)}"
    filed = dt.date(2026, 4, 20)
    met = dt.date(2026, 5, 28)
    ld = dt.date(2026, 6, 2)
    practice = "Drossmoor Nerve & Pain Clinic"
    lines = [("64999", "Unlisted procedure, nervous system (hydrodissection, median nerve)", 1450.00),
             ("76942", "Ultrasound guidance for needle placement", 260.00)]
    billed = sum(x[2] for x in lines)
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=foot(f"Appeal {apl}"))
    p.set_margins(19, 16, 19)
    p.add_page()
    spaced_head(p, rng, box="DECISION OF THE BOARD OF TRUSTEES")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [ap, "27 Colloquy Street", "Inkerslee, YR 58211"], 9.6)
    yl = p.get_y()
    p.set_y(y)
    p.kv_box([("Decision date", long(ld)), ("Appeal received", long(filed)), ("Trustees met", long(met)),
              ("Appeal no.", apl), ("Claim no.", clm), ("Member ID", grouped(base, "01")),
              ("Plan / Group", f"{DR_} / {grp}")], p.l_margin + W * 0.48, y, W * 0.52, cap_w=30, size=8.6)
    p.set_y(max(p.get_y(), yl) + 3)
    p.para(f"Dear {first_last(ap)}:", 9.6)
    p.para(f"The Board of Trustees reviewed your appeal of the Plan's refusal to pay for the treatment of your "
           f"left wrist on {long(svc)}. Dr. {dr(doc, 'MD')}, at {practice}, injected fluid around the median nerve "
           "under ultrasound guidance to free it (hydrodissection) for carpal tunnel syndrome.", 9.2)
    p.ruled_rows(["Code", "Service", "Billed"], [[c, s, n2(a)] for c, s, a in lines] + [["", "Claim total",
                                                                                       usd(billed)]],
                 [W * 0.13, W * 0.69, W * 0.18], ["L", "L", "R"], size=8.6, bold_rows=(2,))
    p.bar("The Trustees' decision", 9.4)
    p.para("The Trustees upheld the refusal. The Plan's medical policy lists hydrodissection of a nerve as "
           "investigational: the studies so far are small, follow patients for a short time and do not show that it "
           "works better or lasts longer than a steroid injection or a splint. The Plan does not pay for "
           "experimental or investigational services (Plan rules, section 7.2(k)). A hand surgeon who advises the "
           "Trustees read your records and the articles your doctor sent and agreed.", 9.1)
    p.para("A steroid injection, a night splint, hand therapy and, if needed, a carpal tunnel release are covered "
           "when the Plan's rules are met.", 9.1)
    p.bar("This decision is final under the Plan", 9.4)
    p.para("This was your appeal to the Board of Trustees, the last step of the Plan's appeal process. You may ask "
           "for an external review by an independent review organization within four months after you receive this "
           "decision; call the Plan Office for the form. You also have the right to bring a civil action under "
           "section 502(a) of ERISA. You may ask for free copies of the documents and the policy the Trustees "
           "used.", 8.9)
    p.ln(1)
    sign(p, [first_last(chair), "Chair, Board of Trustees"], close="For the Board of Trustees,")
    p.para(f"Prepared by {first_last(sec)}, Appeals Unit", 8.0)
    t = truth("denial_letter", "experimental", insurer=INS, plan_id=DR_, group=grp, member_id=mid, member_name=ap,
              cases=[apl, clm], claim_amount=m2(billed), service_dates=[iso(svc)], denial_date=iso(ld),
              provider=dr(doc, "MD"), appeal_deadline=None,
              alternates={"insurer": INS_ALT, "member_id": [base], "case_numbers": [[apl], [clm]],
                          "provider": [practice, doc]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_bilateral(rng):
    mem = people(rng, 1, "cr", sexes="M", used=USED)[0]
    doc, clerk = people(rng, 2, "cc", sexes="FM", used=USED)
    base = member_no(rng)
    mid = f"{base}-02"
    sub = people(rng, 1, "cr", sexes="F", last=mem.split()[-1], used=USED)[0]
    grp = f"DG{rng.randint(1000, 9999)}"
    svc = dt.date(2026, 5, 6)
    clm = claim_no(rng, plus(svc, 6))
    recv = dt.date(2026, 5, 12)
    nd = dt.date(2026, 5, 26)
    practice = "Keswold Orthopaedic Associates"
    d_npi = npi(rng)
    billed = 568.00
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=foot(f"Notice {slash(nd)}"))
    p.set_margins(19, 16, 19)
    p.add_page()
    plan_head(p, rng, box="NOTICE OF CLAIM DECISION")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [sub, "118 Transcript Hill", "Morlanby, YR 58208"], 9.6)
    yl = p.get_y()
    p.set_y(y)
    p.far_right([("Notice date", slash(nd)), ("Date received", slash(recv)), ("Claim no.", clm),
                 ("Patient", mem), ("Patient's ID", grouped(base, "02")), ("Plan / Group", f"{DR_} / {grp}")],
                x=p.l_margin + W * 0.5, cap_w=24, size=8.8)
    p.set_y(max(p.get_y(), yl) + 2)
    p.prov_line(dr(doc, "MD"), f"{practice}, 61 Docket Avenue, Morlanby, YR 58205", d_npi, lead="Provider")
    p.ln(1)
    p.para(f"Dear {first_last(sub)}:", 9.6)
    p.para(f"This notice is about the claim for your husband, {first_last(mem)}, who had steroid injections into "
           f"both carpal tunnels on {long(svc)}.", 9.2)
    p.ruled_rows(["Line", "Code", "Modifier", "Units", "Billed", "Paid"],
                 [["1", "20526", "50", "2", n2(billed), "0.00"]],
                 [W * k / 100 for k in (10, 18, 18, 14, 20, 20)], ["L", "L", "L", "R", "R", "R"], size=8.8)
    p.bar("Why the Plan has not paid", 9.4)
    p.para("The claim was billed in a way the Plan cannot process. A procedure done on both sides is billed on one "
           "line with modifier 50 and one unit; this claim shows modifier 50 and two units, which would pay the "
           "injection four times. The Plan has not decided whether the injections are covered. The provider needs "
           "to send a corrected claim; when it arrives, the Plan will process it.", 9.1)
    p.para("You do not need to do anything unless the provider asks you to pay. Under the provider's agreement with "
           "the network, you may not be billed for this claim while it waits for correction.", 9.1)
    p.bar("Your right to appeal", 9.4)
    p.para("You may appeal within 180 days of the date of this notice. Write to the Appeals Unit at the Plan Office "
           "and include the claim number.", 9.1)
    p.ln(1)
    sign(p, [first_last(clerk), "Claims Unit", "Plan Office"])
    t = truth("denial_letter", "coding_error", insurer=INS, plan_id=DR_, group=grp, member_id=mid, member_name=mem,
              cases=[clm], claim_amount=m2(billed), service_dates=[iso(svc)], denial_date=iso(nd),
              provider=dr(doc, "MD"), appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": INS_ALT, "member_id": [base], "provider": [practice, doc]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    eob = bd_eob(rng)
    cover, stack_docs = faxstd_stack(rng)
    return [
        Item(f"{f}_bd_eob_family_second_eye_exam_code_v2", "born_digital", [eob]),
        Item(f"{f}_faxstd_stack_job_ticket_short_record_hours_then_surgery_approved", "fax_standard_g4", stack_docs,
             separators=[cover, None], turns={(0, 1): 90}),
        Item(f"{f}_faxstd_remittance_wrist_mri_no_precert_code_px", "fax_standard_g4", [faxstd_remittance(rng)]),
        Item(f"{f}_phone_steno_tendinitis_workers_comp_first", "phone_photo", [phone_workcomp(rng)]),
        Item(f"{f}_lowres_es_alergologa_fuera_de_red", "scan_lowres_150", [lowres_es(rng)]),
        Item(f"{f}_rotated_trustees_hydrodissection_upheld", "rotated", [rotated_trustees(rng)]),
        Item(f"{f}_bd_bilateral_injection_modifier_corrected_claim", "born_digital", [bd_bilateral(rng)]),
    ]
