"""Papers of an invented health plan for ballet and contemporary dancers (the Cabriole Dancers Health Plan of the
Cabriole Dancers Health and Welfare Trust, claims administered by Sillbrook Benefit Administrators, LLC): member
statements, pre-service and claim letters, an appeal decision and a provider payment register, about the trade's
troubles (stress fractures of the foot, hip labral tears and impingement, posterior ankle impingement from the os
trigonum, Achilles tendinopathy, physiotherapy, touring). Eligibility comes from the company season: a member
company reports each dancer's contract weeks (rehearsal and performance weeks); 16 contract weeks in a season give
coverage from the first contract week through the end of the month after the season's last week.

Everything is invented: the plan, the Trust, the administrator, the member companies (Vessery Street Ballet, Pumice
Cove Contemporary Dance), the tour care network, every clinic, imaging centre, surgery centre, person, number,
address and amount; phones are 555. CPT / HCPCS / ICD-10 codes are themselves.

The letterhead is the brand CABRIOLE set as a letter-spaced wordmark ("C A B R I O L E") beside a square monogram
"CD" with "Dancers Health Plan" and a tagline under it, or broken over two lines ("CABRI" over "OLE") with the
tagline beside the stack; the Trust and the administrator fill the legal footer.

Documents (8 in 7 files):
- born digital: a two-page member EOB, three claims in one table broken across the pages; the physiotherapy
  claim's third visit (on page 2, under a "continued" heading) refused under V30 (30-visit yearly limit reached),
  told only in a three-column code list that also explains codes no line uses; billing, rendering and referring
  providers on one line.
- standard fax: a pre-service refusal of hip arthroscopy with labral repair (not medically necessary: conservative
  care too short), the administrator's fax line on both pages, the surgery centre under the surgeon's name, the
  request number beside a letter ID and a fax job number, "Group/Member No." owning both numbers.
- standard fax stack: the ballet company's fax cover, the company's fax line counting P. 1/3 to P. 3/3; approval of
  an os trigonum excision (denies nothing); a season-weeks refusal of a dancer's visit after coverage ended, fed
  upside down.
- 150 dpi scan, Spanish: a foot MRI for a navicular stress fracture refused because no prior approval was asked for.
- rotated: a two-page appeal decision keeping the refusal of platelet-rich plasma injections for Achilles
  tendinopathy (investigational), "Appeal - Claim" sharing a box, a RECEIVED stamp of the appeal's date, a running
  header.
- 300 dpi scan: a provider payment register to a dance medicine practice, five patients; the third claim refused
  under L90 (received more than 90 days after the service), explained in a three-column code list.
- phone photo: tour physiotherapy refused (out of network: not the tour care network), "Contract - Claim" in one
  box.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeq_famqc import (EQSheet, abbr, dash, digits, dmon, dmy, dots, es_abbr, es_date, fax_cover, fax_stamp,
                               first_last, fresh, initial_last, iso, last_first, long, m2, mon_day, n2, nopad, out,
                               people, plus, short, slash, surname, truth, upper, usd, usd_es)

FAMILY = ("cabriole_dancers_health_plan_company_season_eligibility_physio_cap_hip_arthroscopy_"
          "foot_mri_prp_late_claim_tour_physio_refusals")
LANG = "en"
SEED = 355162

CAB = "Cabriole Dancers Health Plan"
CAB_ALT = ["Cabriole", "CABRIOLE", "Cabriole Dancers Health and Welfare Trust", "Cabriole Dancers Health Plan (CDH)",
           "Cabriole Health Plan"]
TRUST = "Cabriole Dancers Health and Welfare Trust"
TPA = "Sillbrook Benefit Administrators, LLC"
TAG = "Health coverage for dancers of Cabriole member companies \u00b7 ballet \u00b7 contemporary"
TAG_ES = "Cobertura de salud para bailarines de las compa\u00f1\u00edas miembro de Cabriole"
PH = "1-866-555-0142"
UM_FAX = "1-866-555-0147"
PROV_PH = "1-866-555-0149"
PLAN = "CDH-A"
LEGAL = (f"{CAB} is the group health plan of the {TRUST}, a multiemployer trust of dance companies and dancers. "
         f"Claims and reviews are handled for the Trust by {TPA}, 61 Sprung Floor Way, Wyndlow, MN 55419. The "
         "administrator does not insure plan benefits.")
TOWNS = ["Wyndlow, MN 55419", "Cinderwell, MN 55102", "Corbel Hill, MN 55376", "Pumice Cove, MN 55811",
         "Vessery, MN 55330"]
STREETS = ["Barre Street", "Pirouette Row", "Jete Lane", "Wings Alley", "Rosin Box Ct", "Orme Street",
           "Tarlatan Ave", "Marley Floor Rd"]
COMPANIES = {"VSB-04": "Vessery Street Ballet", "PCD-11": "Pumice Cove Contemporary Dance"}


def legal(form: str) -> list[str]:
    return [LEGAL, f"Form {form}  \u00b7  Member Services {PH} (TTY 711)  \u00b7  Se habla espa\u00f1ol"]


def home(rng) -> list[str]:
    return [f"{rng.randint(10, 990)} {rng.choice(STREETS)}, Apt {rng.randint(1, 9)}{rng.choice('ABCD')}",
            rng.choice(TOWNS)]


def member_id(rng) -> str:
    return "CB" + digits(rng, 8)


def claim_no(rng, d: dt.date) -> str:
    return f"CL26{d:%m%d}{digits(rng, 5)}"


def auth_no(rng) -> str:
    return "AR-26-5" + digits(rng, 4)


def npi(rng) -> str:
    return "1" + digits(rng, 9)


def right(unit: str = "Member Services") -> list[str]:
    return [CAB, unit, "P.O. Box 7731", "Wyndlow, MN 55419-7731", f"Members {PH}"]


def head(p: EQSheet, unit: str = "Member Services", style: str = "word", es: bool = False):
    if style == "word":
        p.wordmark_letterhead("Cabriole", "Dancers Health Plan", TAG_ES if es else TAG, "CD", right(unit),
                              mark="square", size=18)
    else:
        p.stacked_letterhead("Cabri", "ole", ["Dancers Health Plan", "ballet \u00b7 contemporary" if not es else
                                             "ballet \u00b7 danza contempor\u00e1nea", "member companies"],
                             right(unit), size=21)


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    """Member EOB: three claims, the physio claim's third visit refused under V30 (yearly visit limit)."""
    mem, sm, pt, labdoc = people(rng, 4, 2, "FMFM")
    mid, grp = member_id(rng), "VSB-04"
    sd = dt.date(2026, 6, 3)
    d_sm, d_lab = dt.date(2026, 5, 4), dt.date(2026, 5, 6)
    visits = [dt.date(2026, 5, 5), dt.date(2026, 5, 7), dt.date(2026, 5, 12)]
    c_sm, c_pt, c_lab = claim_no(rng, dt.date(2026, 5, 8)), claim_no(rng, dt.date(2026, 5, 15)), \
        claim_no(rng, dt.date(2026, 5, 11))
    dmc = "Cinderwell Dance Medicine Associates"
    physio = "Sprung Floor Physiotherapy"
    lab = "Corbel Hill Clinical Laboratory"
    sm_lines = [("99204", "New patient visit", 318.00, 201.40, 161.12, 40.28, "P0"),
                ("73630-RT", "X-ray foot, 3 views", 164.00, 72.85, 58.28, 14.57, "P0")]
    pt_lines = [(visits[0], "97110", "Therapeutic exercise, 3 units", 195.00, 121.50, 97.20, 24.30, "P0"),
                (visits[1], "97110", "Therapeutic exercise, 3 units", 195.00, 121.50, 97.20, 24.30, "P0"),
                (visits[2], "97110", "Therapeutic exercise, 3 units", 195.00, 0.00, 0.00, 0.00, "V30")]
    lab_lines = [("82306", "Vitamin D, 25-hydroxy", 96.00, 38.10, 30.48, 7.62, "P0"),
                 ("83970", "Parathyroid hormone", 118.00, 44.75, 35.80, 8.95, "P0")]
    pt_billed = sum(x[3] for x in pt_lines)
    p = EQSheet(footer="Page {n} of {nb}", legal=legal("CDH-EOB (rev. 02/2026)"),
                running=f"CABRIOLE \u00b7 Explanation of Benefits \u00b7 {first_last(mem)} \u00b7 Member {mid} \u00b7 "
                        f"{abbr(sd)}")
    p.set_margins(15, 14, 15)
    p.add_page()
    head(p)
    p.pair_boxes([("Group/Member No.", f"{grp} / {mid}", 1.3), ("Plan", PLAN, 0.55), ("Statement date", slash(sd),
                                                                                         0.8),
                  ("Company", COMPANIES[grp], 1.1)], size=9.4)
    y0 = p.get_y()
    p.address([mem, *home(rng)], 9.6)
    yl = p.get_y()
    p.set_xy(p.l_margin + p.W * 0.5, y0)
    p.f(13.5, "B")
    p.cell(p.W * 0.5, 6.5, "Explanation of Benefits", new_x="LEFT", new_y="NEXT")
    p.f(8.4)
    p.multi_cell(p.W * 0.5, 3.9, "THIS IS NOT A BILL. It shows how your plan handled claims received May 8 to May "
                 "15, 2026. The Note column's codes are explained on page 2.", new_x="LMARGIN", new_y="NEXT")
    p.set_y(max(yl, p.get_y()) + 3)
    W = p.W
    ms_lines = [(dt.date(2026, 4, 27), "97124", "Massage therapy, 60 minutes", 120.00, 84.00, 67.20, 16.80, "P0"),
                (dt.date(2026, 5, 1), "97124", "Massage therapy, 60 minutes", 120.00, 84.00, 67.20, 16.80, "P0")]
    c_ms = claim_no(rng, dt.date(2026, 5, 8))
    msc = "Tarlatan Avenue Massage Studio"
    allb0 = sum(x[2] for x in sm_lines + lab_lines) + sum(x[3] for x in pt_lines + ms_lines)
    paid0 = sum(x[4] for x in sm_lines + lab_lines) + sum(x[5] for x in pt_lines + ms_lines)
    owe0 = sum(x[5] for x in sm_lines + lab_lines) + sum(x[6] for x in pt_lines + ms_lines)
    p.cap_boxes([(usd(allb0), "billed by your providers", 1.0), (usd(paid0), "your plan paid", 1.0),
                 (usd(owe0), "you may owe", 1.0), ("4 claims", "on this statement", 0.8)], where="below", size=10)
    p.shaded_para(f"Season coverage: {COMPANIES[grp]} reported 22 contract weeks for you in the Winter\u2013Spring "
                  "2026 season (16 needed). You are covered through June 30, 2026, and again from the first contract "
                  "week of the Fall 2026 season the company reports.", 8.4)
    widths = [17, W - 17 - 18 - 19 - 19 - 18 - 17 - 12, 18, 19, 19, 18, 17, 12]
    rows = [("group", f"Claim {c_ms}  \u00b7  {msc}"), ("span", f"Licensed massage therapist: {msc}, license "
                                                           f"LMT-{digits(rng, 5)}")]
    rows += [[short(d), desc, c, n2(b), n2(a), n2(pp), n2(y), nt] for d, c, desc, b, a, pp, y, nt in ms_lines]
    rows += [("group", f"Claim {c_sm}  \u00b7  {dmc}"), ("span", f"Rendering: Dr. {sm}")]
    rows += [[short(d_sm), d, c, n2(b), n2(a), n2(pp), n2(y), nt] for c, d, b, a, pp, y, nt in sm_lines]
    rows += [("bold", ["", "Claim total", "", n2(sum(x[2] for x in sm_lines)), n2(sum(x[3] for x in sm_lines)),
                       n2(sum(x[4] for x in sm_lines)), n2(sum(x[5] for x in sm_lines)), ""])]
    rows += [("group", f"Claim {c_lab}  \u00b7  {lab}"), ("span", f"Ordered by Dr. {sm}, {dmc}")]
    rows += [[short(d_lab), d, c, n2(b), n2(a), n2(pp), n2(y), nt] for c, d, b, a, pp, y, nt in lab_lines]
    rows += [("bold", ["", "Claim total", "", n2(sum(x[2] for x in lab_lines)), n2(sum(x[3] for x in lab_lines)),
                       n2(sum(x[4] for x in lab_lines)), n2(sum(x[5] for x in lab_lines)), ""])]
    rows += [("group", f"Claim {c_pt}  \u00b7  {physio}"),
             ("span", f"Billing: {physio}    Rendering: {pt}, PT, DPT    Referring: Dr. {sm}")]
    for i, (d, c, desc, b, a, pp, y, nt) in enumerate(pt_lines):
        if i == 2:
            rows.append(("break",))
            rows.append(("group", f"Claim {c_pt} (continued)  \u00b7  {physio}"))
        rows.append([short(d), desc, c, n2(b), n2(a), n2(pp), n2(y), nt])
    rows += [("bold", ["", "Claim total", "", n2(pt_billed), n2(sum(x[4] for x in pt_lines)),
                       n2(sum(x[5] for x in pt_lines)), n2(sum(x[6] for x in pt_lines)), ""])]
    allb, paid, owe = allb0, paid0, owe0
    p.grid2(["Date", "Service", "Code", "Billed", "Plan allowed", "Plan paid", "You owe", "Note"], rows, widths,
            ["L", "L", "L", "R", "R", "R", "R", "L"], size=7.8, row_h=5.1,
            cont=f"Your claims, continued \u2014 {first_last(mem)}")
    p.leaders([("Total billed by your providers", usd(allb)), ("Total your plan paid", usd(paid)),
               ("Total you may owe", usd(owe))], size=8.8, w=W * 0.6)
    p.heading("What the codes in the Note column mean", 10.5, rule=True)
    p.legend_cols("", [
        ("P0", "Paid at the network rate after your share."),
        ("DD", "Applied to your deductible."),
        ("V30", "Not paid. Your plan pays for up to 30 physiotherapy visits in a plan year; this visit was the "
                "31st. The provider is in network and may not bill you more than your share for it."),
        ("V12", "Massage therapy limit of 12 visits reached."),
        ("PA7", "No approval was asked for before this service, and the plan requires one."),
        ("OT2", "Care on tour from a provider outside the tour care network."),
        ("CS4", "Not covered: you had too few contract weeks in the season for coverage on this date."),
        ("X9", "Investigational or experimental service."),
        ("L90", "Claim received more than 90 days after the service."),
    ], ncol=3, size=7.5, code_w=8.5, gap=4.5)
    p.heading("Your plan year so far (January 1 - December 31, 2026)", 10.5, rule=True)
    p.grid(["", "Used", "Plan limit"], [["Deductible (in network)", "350.00", "350.00"],
                                        ["Out-of-pocket costs", "1,204.66", "4,000.00"],
                                        ["Physiotherapy visits", "30", "30"], ["Massage therapy visits", "4", "12"]],
           [70, 35, 35], ["L", "R", "R"], size=8.4, row_h=5.0)
    p.para("Sample figures only: when the allowed amount is $200.00 and your deductible is already met, the plan "
           "pays 80% ($160.00) and your 20% share is $40.00.", 8.4)
    p.twocol(["## Appeals",
              "You may appeal any decision on this statement. Your appeal must be filed within 180 days of the date of "
              "this statement. Write to Cabriole Appeals, P.O. Box 7740, Wyndlow, MN 55419-7740, or fax "
              "1-866-555-0148, and include the claim number.",
              "## More visits",
              "If your physiotherapist believes you need more visits for an injury that keeps you from dancing, ask "
              "about the plan's return-to-stage program; it is reviewed case by case.",
              "## Questions",
              f"Member Services: {PH}, Monday to Friday, 8 a.m. to 6 p.m. Company dancers on tour may also call the "
              "tour care line on the back of the member card."], size=8.2)
    t = truth("eob", "not_covered", insurer=CAB, plan_id=PLAN, group=grp, member_id=mid, member_name=mem,
              cases=[c_pt], claim_amount=m2(pt_billed), service_dates=[iso(visits[2])], denial_date=iso(sd),
              provider=pt, appeal_deadline=iso(plus(sd, 180)), denial_alternates=["other"],
              alternates={"insurer": CAB_ALT, "provider": [physio], "claim_amount": [m2(195.00)]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_hip(rng):
    """Pre-service: hip arthroscopy with labral repair not medically necessary (conservative care too short)."""
    mem, surg, md, nurse = people(rng, 4, 2, "FMFF")
    mid, grp = member_id(rng), "PCD-11"
    nd = dt.date(2026, 6, 9)
    recv = dt.date(2026, 5, 28)
    planned = dt.date(2026, 6, 24)
    ar = auth_no(rng)
    lid = f"LTR-{digits(rng, 7)}"
    job = digits(rng, 4)
    asc = "Wyndlow Orthopaedic Surgery Center"
    svc = "Hip Preservation Service"
    faxline = (f"{fax_stamp(plus(nd, 1), '11:52')}  SILLBROOK UM {UM_FAX}  TO 5555550139  JOB {job}  "
               f"P.{{n3}}/{{nb}}")
    p = EQSheet(footer="Page {n} of {nb}", legal=legal("CDH-UM-2 (rev. 02/2026)"), faxline=faxline, fax_total=2)
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, unit="Care Review", style="stack")
    p.f(9.6)
    p.cell(0, 5, f"Date of this notice: {long(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.stamp_at(["RECEIVED", upper(plus(nd, 1)), "WYNDLOW ORTHO \u00b7 SCHEDULING"], p.w - p.r_margin - 64,
               p.get_y() - 3, angle=-6, w=50)
    p.address([mem, *home(rng)], 10)
    p.form_cells([[(f"{grp} / {mid}", "group/member no.", 1.3), (ar, "authorization request no.", 1.1),
                   (lid, "letter id", 0.9)],
                  [(first_last(mem), "patient", 1.3), (slash(recv), "request received", 1.1),
                   (slash(planned), "planned date", 0.9)]], size=9.4)
    p.f(12.5, "B")
    p.multi_cell(0, 6.2, "Notice of adverse benefit determination: hip surgery not approved", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(1)
    p.para(f"Dear Ms. {surname(mem)}:", 10)
    p.para("We reviewed a request to approve the following care before it is given:", 10)
    p.margin_rows([("Service", "Arthroscopy of the left hip with labral repair (29916) and femoroplasty (29914)"),
                   ("Requested by", f"Dr. {surg}\n{svc}, {asc}"),
                   ("Diagnosis", "Tear of the acetabular labrum, left hip (S73.192A); cam impingement")],
                  cap_w=34, size=9.6)
    p.heading("Our decision", 11)
    p.para(f"The surgery is not approved because it is not medically necessary for you at this time. Dr. {md}, an "
           "orthopaedic surgeon who reviews care for the plan, read your records. The plan's guideline for hip "
           "arthroscopy asks for at least 12 weeks of supervised physiotherapy aimed at the hip, with a relief test "
           "of an injection into the joint, before surgery is done. Your records show 5 weeks of physiotherapy and no "
           "injection. Your imaging shows a labral tear without arthritis, and you are still performing, which "
           "means more conservative care may help.", 10)
    p.para("If your surgeon sends notes of 12 weeks of physiotherapy and the result of an injection, the plan will "
           "review a new request. Your surgeon may also ask for a talk with the reviewer (peer-to-peer) by calling "
           f"{PROV_PH}.", 9.8)
    p.signoff(["Sincerely,", f"{first_last(nurse)}, RN, Care Review", f"{TPA}, for the {CAB}"], 9.4)
    p.para(f"cc: Dr. {surg}, {asc} (fax)", 8.6)
    p.add_page()
    p.heading("Your rights", 11, rule=True)
    p.twocol(["## Appeal",
              "You or your surgeon may appeal this decision. Your appeal must be filed within 180 days of the date of "
              "this notice. Write to Cabriole Appeals, P.O. Box 7740, Wyndlow, MN 55419-7740, or fax "
              "1-866-555-0148.",
              "## Urgent appeal",
              "If waiting could seriously harm your health or your ability to regain full function, ask for an "
              "urgent appeal; we decide within 72 hours.",
              "## Records",
              "You may ask for copies, free of charge, of the guideline and records we used.",
              "## External review",
              "After our final decision you may ask for an external review by an independent review organization "
              "within 4 months of that decision.",
              "## Help",
              f"Call Member Services at {PH}."], size=8.8)
    t = truth("denial_letter", "medical_necessity", insurer=CAB, group=grp, member_id=mid, member_name=mem,
              cases=[ar], claim_amount=None, service_dates=[iso(planned)], denial_date=iso(nd), provider=surg,
              appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": CAB_ALT, "provider": [asc, f"{svc}, {asc}"], "service_dates": [[]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def stack_docs(rng):
    mgr = people(rng, 1, 2, "F")[0]
    cofax = "(555) 555-0122"
    sent = dt.date(2026, 6, 24)
    fline = f"{fax_stamp(sent, '10:05')}  VESSERY ST BALLET CO MGMT  {cofax}  P.{{n}}/3"
    grp = "VSB-04"

    # document 1: os trigonum excision approved (denies nothing)
    mem, surg = people(rng, 2, 2, "MF")
    mid = member_id(rng)
    nd = dt.date(2026, 6, 16)
    planned = dt.date(2026, 7, 7)
    ar = auth_no(rng)
    ctr = "Corbel Hill Foot & Ankle Surgery Center"
    p = EQSheet(footer=None, legal=legal("CDH-UM-5 (rev. 02/2026)"), faxline=fline, fax_first=2, fax_total=3)
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, unit="Care Review")
    p.tab_boxes([(ar, "approval no.", 1.0), (f"{grp} / {mid}", "group / member", 1.3), (dmy(nd), "date", 0.8)],
                size=9.6)
    p.address([mem, *home(rng)], 10)
    p.f(13, "B")
    p.cell(0, 7, "Your ankle surgery is approved", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dear Mr. {surname(mem)}:", 10)
    p.para(f"Good news: Dr. {surname(surg)}'s request has been reviewed and the operation below is approved. Show "
           "this letter when you check in on the day of surgery.", 10)
    p.margin_rows([("Procedure", "Excision of the os trigonum, right ankle (28120), for posterior ankle "
                                 "impingement"),
                   ("Surgeon", f"Dr. {surg}"), ("Facility", f"{ctr} (outpatient)"),
                   ("Planned date", long(planned)), ("Approved through", long(plus(planned, 60)))],
                  cap_w=34, size=9.6)
    p.para("This approval is for outpatient surgery. Coverage on the day of surgery still depends on your company's "
           "report of your contract weeks for the season. After surgery, physiotherapy visits count toward the "
           "30-visit yearly limit.", 9.6)
    p.para("Your share: after the deductible you pay 20% of the allowed amount (for example, $300.00 on an allowed "
           "amount of $1,500.00).", 9.4)
    p.signoff(["Care Review", CAB], 9.4)
    d1 = (out(p), truth("other", None, insurer=CAB, group=grp, member_id=mid, member_name=mem, cases=[ar],
                        service_dates=[iso(planned)], denial_date=iso(nd), provider=surg,
                        alternates={"insurer": CAB_ALT, "provider": [ctr]}))

    # document 2: season weeks short, visit after coverage ended (upside down)
    mem2, doc = people(rng, 2, 2, "FM")
    mid2 = member_id(rng)
    nd2 = dt.date(2026, 6, 22)
    svc = dt.date(2026, 6, 9)
    cno = claim_no(rng, dt.date(2026, 6, 12))
    dmc = "Cinderwell Dance Medicine Associates"
    lines = [("99213", "Office visit", 226.00), ("97140", "Manual therapy", 88.00)]
    tot = sum(x[2] for x in lines)
    p = EQSheet(footer=None, legal=legal("CDH-EL-3 (rev. 02/2026)"), faxline=fline, fax_first=3, fax_total=3)
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, unit="Eligibility", style="stack")
    p.pair_boxes([("Member no. / Group", f"{mid2} / {grp}", 1.3), ("Claim no.", cno, 1.0),
                  ("Notice date", dash(nd2), 0.8)], size=9.6)
    p.address([mem2, *home(rng)], 10)
    p.f(12.5, "B")
    p.cell(0, 6.5, "You were not covered on the date of this visit", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dear Ms. {surname(mem2)}:", 10)
    p.para(f"We received a claim from {dmc} \u2013 Dr. {doc} for your visit on {long(svc)} (office visit and manual "
           f"therapy, {usd(tot)} in all). We cannot pay it: your coverage from the Winter\u2013Spring 2026 season "
           "ended on May 31, 2026.", 10)
    p.grid(["Season", "Company", "Contract weeks reported", "Needed"],
           [["Winter\u2013Spring 2026", COMPANIES[grp], "13", "16"]], [40, p.W - 40 - 48 - 20, 48, 20],
           ["L", "L", "R", "R"], size=9, row_h=5.6)
    p.para("With 16 contract weeks, a season gives coverage from your first contract week through the end of the "
           "month after the season's last week. With fewer weeks, coverage lasts only through the month of your last "
           "contract week. Your last contract week ended May 29, 2026, so your coverage ended May 31, 2026 and did "
           "not carry into the summer layoff.", 9.8)
    p.para("If your company under-reported your weeks (for example guest weeks or a tour), ask the company manager to "
           "send a corrected report. You may also appeal within 180 days of the date of this notice to Cabriole "
           "Appeals, P.O. Box 7740, Wyndlow, MN 55419-7740.", 9.6)
    p.signoff(["Eligibility Department", f"{TPA}, for the {CAB}"], 9.4)
    d2 = (out(p), truth("denial_letter", "eligibility", insurer=CAB, group=grp, member_id=mid2, member_name=mem2,
                        cases=[cno], claim_amount=m2(tot), service_dates=[iso(svc)], denial_date=iso(nd2),
                        provider=doc, appeal_deadline=iso(plus(nd2, 180)),
                        alternates={"insurer": CAB_ALT, "provider": [dmc, f"{dmc} \u2013 Dr. {doc}"]}))
    cover = fax_cover(
        ["Vessery Street Ballet", "Company Management \u00b7 400 Orme Street, Vessery, MN 55330",
         f"phone (555) 555-0121 \u00b7 fax {cofax}"],
        [("To:", "Cabriole Member Advocacy"), ("Fax:", "1-866-555-0145"), ("From:", first_last(mgr)),
         ("Date:", slash(sent)), ("Pages:", "3 (cover + 2)"), ("Re:", "two dancers' plan letters")],
        ["Hello,", "Sending two letters our dancers received. The first is for the file (surgery approved). For the "
         "second, our report of her contract weeks left out three guest weeks in April; a corrected report is on its "
         "way. Please hold her file until it arrives.", "Many thanks."],
        ["Best,", first_last(mgr), "Company Manager"], fline, 3,
        "This fax may contain health information about company members. If it reached you by mistake, please call "
        "us and destroy it.")
    return cover, [d1, d2]


# ---------------------------------------------------------------------------------------------------------------
def lowres_es_mri(rng):
    """Spanish: foot MRI (navicular stress fracture) refused, no prior approval."""
    mem = people(rng, 1, 2, "F", es=True)[0]
    rad, dm = people(rng, 2, 2, "MF")
    mid, grp = member_id(rng), "PCD-11"
    svc = dt.date(2026, 3, 30)
    recv = dt.date(2026, 4, 8)
    nd = dt.date(2026, 4, 21)
    cno = claim_no(rng, recv)
    doc_no = "DOC " + digits(rng, 10)
    imaging = "Corbel Hill Imaging"
    billed = 1640.00
    p = EQSheet(footer="P\u00e1gina {n} de {nb}", legal=[
        f"{CAB} es el plan de salud colectivo del {TRUST}. {TPA} administra los reclamos para el Fideicomiso y no "
        "asegura los beneficios.", f"Formulario CDH-DN-S (rev. 02/2026)  \u00b7  {PH}"])
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, unit="Servicios al Afiliado", style="stack", es=True)
    p.pair_boxes([("Grupo/Afiliado", f"{grp} / {mid}", 1.3), ("Reclamo \u2013 Documento", f"{cno} \u2013 {doc_no}",
                                                              1.6),
                  ("Fecha del aviso", es_date(nd), 1.1)], size=9.2)
    p.address([mem, *home(rng)], 10)
    p.title_band("Aviso de denegaci\u00f3n de un reclamo", 11.5)
    p.para(f"Estimada Sra. {surname(mem)}:", 10)
    p.prose_side([
        f"Le escribimos por la factura que {imaging} nos envi\u00f3 el {es_abbr(recv)}. Corresponde a una "
        f"resonancia magn\u00e9tica del pie izquierdo sin contraste (73718) que se le hizo el {es_date(svc)} por una "
        f"fractura por estr\u00e9s del hueso escafoides. El centro cobr\u00f3 {usd_es(billed)}.",
        "## Lo que decidimos",
        "El plan no pagar\u00e1 esta factura. Para una resonancia que no es de urgencia, el m\u00e9dico que la "
        "ordena debe obtener primero el visto bueno del plan (aprobaci\u00f3n previa). En nuestros archivos no "
        "consta ninguna solicitud para este estudio, ni antes ni despu\u00e9s de la fecha en que se hizo.",
        "## Lo que esto significa para usted",
        "El centro pertenece a la red Cabriole y acept\u00f3 por contrato pedir la aprobaci\u00f3n; no le puede "
        "pasar a usted el cobro. Si le llega una factura, ll\u00e1menos.",
        "Si su m\u00e9dica s\u00ed hizo la solicitud, p\u00eddale el comprobante (n\u00famero de solicitud o "
        "confirmaci\u00f3n del fax) y env\u00edenoslo con su apelaci\u00f3n.",
    ], "Datos del estudio", [("Centro de im\u00e1genes", imaging), ("Fecha del estudio", es_abbr(svc)),
                             ("Radi\u00f3logo", f"Dr. {rad}"),
                             ("Pedido por", f"Dra. {dm}, Cinderwell Dance Medicine Associates"),
                             ("Diagn\u00f3stico", "M84.374A"), ("Aprobaci\u00f3n previa", "ninguna")],
        side_w=58, size=9.8)
    p.heading("Apelaciones", 11)
    p.para("Usted, o alguien que usted nombre, puede apelar. La apelaci\u00f3n debe presentarse dentro de 180 "
           "d\u00edas a partir de la fecha de este aviso, por escrito a Cabriole Appeals, P.O. Box 7740, Wyndlow, MN "
           f"55419-7740. Para pedir ayuda o copias gratuitas de su expediente, llame al {PH}.", 9.8)
    p.signoff(["Atentamente,", "Departamento de Reclamos", f"{TPA}, administrador del {CAB}"], 9.4)
    t = truth("denial_letter", "prior_authorization", insurer=CAB, group=grp, member_id=mid, member_name=mem,
              cases=[cno], claim_amount=m2(billed), service_dates=[iso(svc)], denial_date=iso(nd), provider=imaging,
              appeal_deadline=iso(plus(nd, 180)), lang="es",
              alternates={"insurer": CAB_ALT, "provider": [rad, dm]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_appeal(rng):
    """Appeal decision: PRP injections for Achilles tendinopathy investigational (upheld)."""
    mem, doc, rev = people(rng, 3, 2, "MMF")
    mid, grp = member_id(rng), "VSB-04"
    inj = [dt.date(2026, 4, 16), dt.date(2026, 5, 14)]
    cno = claim_no(rng, dt.date(2026, 5, 20))
    first = dt.date(2026, 5, 27)
    areq = dt.date(2026, 6, 2)
    nd = dt.date(2026, 7, 7)
    apl = "AP-26-0" + digits(rng, 3)
    clinic = "Jete Lane Sports Medicine"
    each = 850.00
    p = EQSheet(footer="Page {n} of {nb}", legal=legal("CDH-AP-1 (rev. 02/2026)"),
                running=f"Appeal {apl} \u2013 Claim {cno}  \u00b7  {first_last(mem)}  \u00b7  decided {dots(nd)}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, unit="Appeals")
    p.f(12.5, "B")
    p.cell(0, 6.5, "Decision on your appeal", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.numbered_form([[("1. Appeal \u2013 Claim", f"{apl} \u2013 {cno}", 1.5), ("2. Group/Member No.",
                                                                           f"{grp} / {mid}", 1.3)],
                     [("3. Decision date", long(nd), 1.0), ("4. First decision", slash(first), 0.9),
                      ("5. Appeal received", slash(areq), 0.9)]], size=9.6, value_face="Sans")
    p.stamp_at(["RECEIVED", upper(areq), "CABRIOLE APPEALS UNIT"], p.w - p.r_margin - 58, p.get_y() + 1, angle=7,
               w=50)
    p.address([mem, *home(rng)], 10)
    p.para(f"Dear Mr. {surname(mem)}:", 10)
    p.para(f"You appealed our refusal to pay for two platelet-rich plasma (PRP) injections (code 0232T) into your "
           f"right Achilles tendon, given at {clinic} by Dr. {doc} on {long(inj[0])} and {long(inj[1])}. The clinic "
           f"billed {usd(each)} for each, {usd(each * 2)} in all.", 10)
    p.heading("Decision: the refusal is upheld", 11)
    p.para(f"A sports medicine physician, Dr. {rev}, looked at everything again: your letter, the clinic's "
           "treatment notes and the published articles your doctor attached. She was not involved in the first "
           "refusal. Under the plan, a treatment is investigational when good published research has not yet shown "
           "it to be at least as effective as the usual care. The plan's medical policy CDH-MP-044 places PRP for "
           "tendon disorders, Achilles tendinopathy among them, in that group. The articles you sent followed few "
           "patients and had no comparison with a placebo injection, so they do not change that finding.", 10)
    p.para("The plan does pay for the usual care of this problem: physiotherapy with progressive calf loading, a "
           "heel lift, night splints and, if those do not help, a visit with a foot and ankle surgeon.", 9.8)
    p.heading("What you can do next", 11)
    p.para("You may ask for a second-level appeal by the Trust's Board of Trustees. Your request must be received "
           "within 60 days of the date of this decision at Cabriole Appeals, P.O. Box 7740, Wyndlow, MN 55419-7740.",
           9.8)
    p.para("After the Board's decision you may ask for an external review by an independent review organization "
           "within 4 months, and you may have a right to bring a civil action under ERISA section 502(a).", 9.6)
    p.para("You may ask for copies of all documents related to your claim free of charge, including medical policy "
           "CDH-MP-044 and the reviewer's notes. If you need help in another language, call Member Services.", 9.6)
    p.signoff(["Sincerely,", "Appeals Unit", f"{TPA}, for the {CAB}"], 9.4)
    p.add_page()
    p.heading("What the reviewer looked at", 11, rule=True)
    p.bullets([f"Your appeal letter dated {slash(plus(areq, -4))} and the letter from Dr. {surname(doc)} of "
               f"{slash(plus(areq, -2))}",
               f"Treatment notes of {clinic} for {slash(inj[0])} and {slash(inj[1])}",
               f"MRI report of the right ankle, {slash(dt.date(2026, 3, 2))} (partial-thickness tendinosis)",
               "Four published articles on PRP for Achilles tendinopathy sent by your doctor",
               "Plan document section 7.3 (investigational services) and medical policy CDH-MP-044"], size=9.4)
    p.heading("Nondiscrimination notice", 11, rule=True)
    p.twocol([f"The {CAB} follows federal civil rights laws and does not discriminate on the basis of race, color, "
              "national origin, age, disability or sex. It provides free aids to people with disabilities, such as "
              "qualified sign language interpreters and written information in large print or audio.",
              "If you believe the plan failed to provide these services or discriminated in another way, you can "
              "file a grievance with the Civil Rights Coordinator, P.O. Box 7731, Wyndlow, MN 55419-7731.",
              f"ATENCI\u00d3N: si habla espa\u00f1ol, tiene a su disposici\u00f3n servicios gratuitos de asistencia "
              f"ling\u00fc\u00edstica. Llame al {PH} (TTY 711).",
              f"CH\u00da \u00dd: N\u1ebfu b\u1ea1n n\u00f3i Ti\u1ebfng Vi\u1ec7t, c\u00f3 c\u00e1c d\u1ecbch "
              f"v\u1ee5 h\u1ed7 tr\u1ee3 ng\u00f4n ng\u1eef mi\u1ec5n ph\u00ed. G\u1ecdi {PH}."], size=8.4)
    t = truth("denial_letter", "experimental", insurer=CAB, group=grp, member_id=mid, member_name=mem,
              cases=[apl, cno], claim_amount=m2(each * 2), service_dates=[iso(x) for x in inj], denial_date=iso(nd),
              provider=doc, appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": CAB_ALT, "provider": [clinic]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan_remit(rng):
    """Provider payment register: five patients; the third claim refused under L90 (filed late)."""
    pts = people(rng, 5, 2, "FMFFM")
    docs = people(rng, 2, 2, "MF")
    ref = people(rng, 1, 2, "M")[0]
    payee = "Cinderwell Dance Medicine Associates, P.C."
    sd = dt.date(2026, 8, 12)
    eft = digits(rng, 11)
    tin = f"{digits(rng, 2)}-{digits(rng, 7)}"
    dos = [dt.date(2026, 7, 14), dt.date(2026, 7, 16), dt.date(2026, 4, 20), dt.date(2026, 7, 21),
           dt.date(2026, 7, 28)]
    recvd = [dt.date(2026, 7, 24), dt.date(2026, 7, 24), dt.date(2026, 8, 3), dt.date(2026, 8, 3),
             dt.date(2026, 8, 5)]
    grps = ["VSB-04", "PCD-11", "VSB-04", "PCD-11", "VSB-04"]
    specs = [
        [("99213", 226.00, 140.20, 112.16, "P0")],
        [("99214", 298.00, 188.60, 150.88, "P0"), ("20550", 240.00, 112.40, 89.92, "P0")],
        [("99204", 318.00, 0.00, 0.00, "L90"), ("73610-LT", 148.00, 0.00, 0.00, "L90")],
        [("97140", 88.00, 52.10, 41.68, "P0")],
        [("99213", 226.00, 140.20, 112.16, "P0"), ("29540", 64.00, 30.15, 24.12, "B2")],
    ]
    rend = [0, 1, 1, 0, 0]
    cl = [dict(pt=pt, mid=member_id(rng), cno=claim_no(rng, r), dos=d, recv=r, grp=g, lines=s, doc=docs[k],
               dnpi=npi(rng)) for pt, d, r, g, s, k in zip(pts, dos, recvd, grps, specs, rend)]
    den = cl[2]
    den_billed = sum(x[1] for x in den["lines"])
    p = EQSheet(footer="Page {n} of {nb}", legal=legal("CDH-PPR (rev. 02/2026)"))
    p.set_margins(14, 13, 14)
    p.add_page()
    p.wordmark_letterhead("Cabriole", "Dancers Health Plan", TAG, "CD",
                          [CAB, "Provider Services", "P.O. Box 7736", "Wyndlow, MN 55419-7736",
                           f"Providers {PROV_PH}"], mark="ring", size=17)
    p.f(12, "B")
    p.cell(0, 6, "PROVIDER PAYMENT REGISTER", new_x="LMARGIN", new_y="NEXT")
    p.pair_boxes([("Payee", payee, 2.1), ("Payee NPI", npi(rng), 0.9), ("Tax ID", tin, 0.8),
                  ("Register date", upper(sd), 0.95), ("EFT trace", eft, 0.95)], size=8.4)
    hdr = f"{'CLAIM NO.':<16}{'PATIENT':<27}{'MEMBER NO.':<12}{'GRP':<8}RECEIVED"
    sub = f"   {'LN':<3}{'DOS':<10}{'CODE':<10}{'BILLED':>9}{'ALLOWED':>10}{'PAID':>9}  RMK"
    lines = [("b", hdr), ("b", sub), ("rule",)]
    for c in cl:
        lines.append(("b", f"{c['cno']:<16}{last_first(c['pt']):<27}{c['mid']:<12}{c['grp']:<8}{short(c['recv'])}"))
        lines.append(f"   BILL: CINDERWELL DANCE MED ASSOC  REND: DR {c['doc'].upper()}  REF: DR {ref.upper()}")
        for j, (code, b, a, pd_, r) in enumerate(c["lines"], 1):
            lines.append(f"   {j:<3}{short(c['dos']):<10}{code:<10}{b:>9.2f}{a:>10.2f}{pd_:>9.2f}  {r}")
        lines.append(f"   {'CLAIM TOTAL':<23}{sum(x[1] for x in c['lines']):>9.2f}{'':>10}"
                     f"{sum(x[3] for x in c['lines']):>9.2f}")
        lines.append(("rule",))
    p.mono_lines(lines, size=7.7, lh=3.8)
    p.ln(1)
    p.kv_line([("Claims", str(len(cl))), ("Billed", n2(sum(x[1] for c in cl for x in c["lines"]))),
               ("Paid", usd(sum(x[3] for c in cl for x in c["lines"])))], size=8.8)
    p.legend_cols("Remark codes", [
        ("P0", "Paid at the network fee schedule less the member's share."),
        ("B2", "Strapping on the same day as an office visit; paid at the reduced rate."),
        ("L90", "Denied. The plan must receive a claim within 90 days of the date of service; this claim came "
                "later. The member may not be billed for it."),
        ("PA7", "No prior approval on file for a service that needs one."),
        ("V30", "Yearly physiotherapy visit limit reached."),
        ("CS4", "Member not covered on the date of service (season weeks)."),
        ("WC3", "Injury at work; bill the company's workers' compensation carrier."),
        ("D1", "Duplicate of a claim already processed."),
    ], ncol=3, size=7.4, code_w=9, gap=4)
    p.para("To dispute a claim on this register, send a written review request so that it reaches Provider Reviews, "
           "P.O. Box 7736, Wyndlow, MN 55419-7736, within 90 days of the date of this register (questions: "
           f"{PROV_PH}). For an L90 denial, a clearinghouse acceptance report dated within 90 days of the service is "
           "accepted as proof that the claim was sent on time.", 8.2)
    t = truth("eob", "timely_filing", insurer=CAB, group=den["grp"], member_id=den["mid"], member_name=den["pt"],
              cases=[den["cno"]], claim_amount=m2(den_billed), service_dates=[iso(den["dos"])], denial_date=iso(sd),
              provider=den["doc"], appeal_deadline=iso(plus(sd, 90)),
              alternates={"insurer": CAB_ALT, "provider": [payee, "Cinderwell Dance Medicine Associates"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_tour(rng):
    """Tour physiotherapy from a provider outside the tour care network (out of network)."""
    mem, pt = people(rng, 2, 2, "FM")
    mid, grp = member_id(rng), "VSB-04"
    visits = [dt.date(2026, 4, 23), dt.date(2026, 4, 25)]
    nd = dt.date(2026, 5, 19)
    cno = claim_no(rng, dt.date(2026, 5, 6))
    contract = f"{grp}-2026-{digits(rng, 3)}"
    clinic = "Wings Alley Physiotherapy"
    per = 145.00
    p = EQSheet(footer=None, legal=legal("CDH-DN-7 (rev. 02/2026)"))
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, unit="Claims", style="stack")
    p.pair_boxes([("Contract \u2013 Claim", f"{contract} \u2013 {cno}", 1.6), ("Member no.", mid, 1.0),
                  ("Group", grp, 0.6), ("Date", abbr(nd), 0.9)], size=9.2)
    p.address([mem, *home(rng)], 10)
    p.f(12.5, "B")
    p.multi_cell(0, 6.2, "We cannot pay for physiotherapy on tour outside the tour care network", align="L",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dear Ms. {surname(mem)}:", 10)
    p.para(f"{COMPANIES[grp]} toured to Mottler Harbor from April 20 to May 3, 2026. While there you saw "
           f"{pt}, PT, at {clinic} for your right hamstring on {abbr(visits[0])} and {abbr(visits[1])} "
           f"({usd(per)} a visit, {usd(per * 2)} in all). {clinic} is not in the Cabriole network or the tour care "
           "network.", 10)
    p.para("On tour, your plan pays for physiotherapy only from the company's own physiotherapist or from a provider "
           "on the tour care network list the company manager gives you before you leave. Care outside that list is "
           "paid only in an emergency or when the tour care line approves it first. These visits were not an "
           "emergency and were not approved, so the plan will not pay for them.", 10)
    p.para("The clinic may bill you for the full charge. If you called the tour care line and were sent there, tell "
           "us the date of the call and we will look at the claim again.", 9.8)
    p.para("You may appeal within 180 days of the date of this letter. Write to Cabriole Appeals, P.O. Box 7740, "
           "Wyndlow, MN 55419-7740.", 9.8)
    p.signoff(["Claims Department", f"{TPA}, for the {CAB}"], 9.4)
    t = truth("denial_letter", "out_of_network", insurer=CAB, group=grp, member_id=mid, member_name=mem, cases=[cno],
              claim_amount=m2(per * 2), service_dates=[iso(x) for x in visits], denial_date=iso(nd), provider=pt,
              appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": CAB_ALT, "provider": [clinic]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    fresh(2)
    F = FAMILY + "_"
    items = [Item(F + "bd_eob_physio_thirty_first_visit_v30", "born_digital", [bd_eob(rng)])]
    items.append(Item(F + "faxstd_hip_arthroscopy_not_necessary", "fax_standard_g4", [faxstd_hip(rng)]))
    cover, docs = stack_docs(rng)
    items.append(Item(F + "faxstd_stack_company_cover_ankle_approved_then_season_weeks_upside_down",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(1, 0): 180}))
    items.append(Item(F + "lowres_es_resonancia_pie_sin_aprobacion", "scan_lowres_150", [lowres_es_mri(rng)]))
    items.append(Item(F + "rotated_appeal_prp_achilles_upheld", "rotated", [rotated_appeal(rng)]))
    items.append(Item(F + "scan_remittance_third_claim_late_l90", "scan_clean_300", [scan_remit(rng)]))
    items.append(Item(F + "phone_tour_physio_out_of_network", "phone_photo", [phone_tour(rng)]))
    return items
