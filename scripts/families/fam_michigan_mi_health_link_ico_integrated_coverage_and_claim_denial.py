"""Papers mirrored (structure and plain wording style only) from Michigan's MI Health Link, the Medicare-Medicaid
demonstration in which an Integrated Care Organization (ICO) covers both programs for adults 21 and older who have
full Medicare and Medicaid, with an invented ICO, Calumet Ridge Health Partners. Public rules used as themselves:
MI Health Link, the Michigan Department of Health and Human Services (MDHHS), the mihealth card, Medicare numbers and
Medicaid IDs, care coordinators and a care plan called the Individual Integrated Care and Supports Plan (IICSP), home
and community based services such as chore services, personal emergency response and home-delivered meals, one
integrated notice and one Level 1 appeal to the ICO asked for within 60 calendar days from the date of the notice, a
fast (72-hour) appeal, the ICO sending a Medicare-covered appeal it keeps on to the Independent Review Entity by itself,
a State Fair Hearing with the Michigan Office of Administrative Hearings and Rules (MOAHR) for Medicaid-covered parts,
the MI Health Link Ombudsman, Medicare's rule that an inpatient rehabilitation hospital is for people who can take
part in about three hours of therapy a day, and CPT/HCPCS codes. The ICO, its codes (A71, P1, U3), its 90-day
provider dispute limit, the denture replacement limit as it is worded here, the 120-day hearing limit as written
here, the advocate's office, every agency, clinic, hospital, laboratory, vendor, billing company, person, number and
address are invented; phones use 555. No heading names the kind of denial; each reason is in plain words of its own.

Documents (8 in 7 files):
- faxstd_landscape_hcbs_remittance_chore_units_not_on_plan: a landscape remittance on a standard fax to a home
  care agency paid through a billing company; short captions under and left of the boxes ("Pd Dt", "Pay to", "RA #",
  "Svc Prov", "Run Dt"); three enrollees with an "MHL ID" column beside a "mihealth #" (Medicaid) column, one row
  per date, billed / allowed / paid / adjustment with a trailing minus, a TOTALS row; the middle enrollee's two chore
  service dates pay nothing under A71 (not on the approved service plan and nobody asked first), legend only;
  "within 90 days of the Pd Dt".
- born_digital_integrated_notice_rehab_hospital_snf_instead: an integrated notice with an identifier panel (MI
  Health Link ID with dashes and an O and S among digits, Medicare number and Medicaid ID as decoys, request no.), a
  parties box (requesting hospitalist, the rehabilitation hospital asked for, care coordinator, reviewer): the stay
  at an inpatient rehabilitation hospital planned for Thursday, March 12, 2026 is refused and a nursing facility
  approved because the enrollee can do about an hour of therapy a day (level_of_care); numbered steps with the
  60-day appeal (the deadline) beside the 72-hour fast appeal and the 120-day hearing limit (decoys).
- lowres_letter_indiana_skin_clinic_outside_group: a 150 dpi letter with short captions under their boxes ("Ltr
  Dt", "Enrollee No.", "Clm", "Medicare #", "mihealth #", "Seen", "Where"): two visits "Wed 03/04/26 & Mon 03/09/26"
  at a skin clinic across the Indiana line that is not in the plan's group and that nobody asked the plan about
  (out_of_network); the clinic and doctor only in a sentence; "612.40 USD" only in a sentence; "within 60 calendar
  days of the Ltr Dt".
- photocopy_member_eob_lab_panel_tests_billed_again: a photocopied member EOB of three claims (office visit,
  laboratory, therapy) with provider as a table column, billed / approved / plan paid / not allowed in parentheses
  / you owe and TOTALS; three lab rows pay nothing because each test is part of the panel billed the same day (U3,
  coding_error); processing period and Medicare number as decoys; "within 60 calendar days from the date of this EOB".
- phone_es_carta_dentadura_antes_de_cinco_anos: a photographed Spanish letter with captions hung in the margin on a
  full upper denture delivered "jueves 5 de marzo de 2026" less than five years after the last one the plan paid
  (the earlier date a decoy), "US$ 1.420,00 ($1,420.00)" (not_covered); "dentro de los 60 días calendario a partir
  de la fecha de esta carta".
- rotated_approval_home_delivered_meals: an approval of home-delivered meals "from April 1 through June 30, 2026"
  from a meals vendor, fed sideways (denies nothing).
- finefax_stack_advocate_cover_then_appeal_decision_upside_down: an advocate's cover letter to a pain clinic
  forwarding the plan's appeal decision (its own document: names the client, MI Health Link ID and appeal no.;
  asks for a letter by a date that is no appeal deadline), its duplex back, then upside down the ICO's appeal
  decision keeping its refusal of five scrambler therapy sessions "9-13 Mar 2026" (ISO dates in a table, USD
  amounts, a totals row) as still under study (experimental); the case goes to the IRE by itself, the hearing limit
  is no appeal deadline.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundec_famgc import (ECSheet, confusable, dm_span, es_date, es_money, grouped, lastfirst, n2, paren,
                               people, phone, plus, through, trail, wd, wlong, workday, yy)
from public_kit import digits, fdate, m2, mbi, money, out, truth

FAMILY = "michigan_mi_health_link_ico_integrated_coverage_and_claim_denial"
LANG = "en"
SEED = 354922
INS = "Calumet Ridge Health Partners"
ALT = ["Calumet Ridge", "Calumet Ridge MI Health Link", "Calumet Ridge Health"]
PRODUCT = "Calumet Ridge MI Health Link (Medicare-Medicaid Plan)"
AGENCY = "Riverbend Hearth Home Care"
BILLER = "Tallis Row Billing Group"
IRF = "Westnedge Rehabilitation Hospital"
ACUTE = "Portage Lakes General Hospital"
SKIN = "Saint Joe Valley Dermatology"
LAB = "Straitsview Reference Laboratory"
PCP = "Oshtemo Family Medicine"
PT = "Gull Road Physical Therapy"
DENTAL = "Consultorio Dental Lakeview Smiles"
MEALS = "Harbor Table Home Meals"
PAIN = "Portage Creek Pain & Spine Center"
ADVOCATE = "Huronview Legal Aid"


def mhl_id(rng):
    """The ICO's own number: CRH + 8 characters, two of them letters that look like digits."""
    return "CRH" + confusable(rng, 8, 2)


def medicaid_id(rng):
    return "00" + digits(rng, 8)


def mi_address(rng):
    town, z = rng.choice([("Kalamazoo", "49007"), ("Benton Harbor", "49022"), ("Niles", "49120"),
                          ("Dowagiac", "49047"), ("Sturgis", "49091"), ("Coldwater", "49036"),
                          ("Three Rivers", "49093"), ("Paw Paw", "49079")])
    street = rng.choice(["Lovell St", "W Michigan Ave Apt 12", "Blakeslee St", "Stadium Dr Unit 4", "Fulford St",
                         "N Burdick St", "Cork St", "Egleston Ave"])
    return [f"{rng.randint(100, 4999)} {street}", f"{town}, MI {z}"]


def _head(p, rng, unit="Member Services", tag=None, size=14.5):
    p.rule_head(INS, f"{PRODUCT}  -  {unit}",
                [f"PO Box {rng.randint(3000, 3999)}, Kalamazoo, MI 49003",
                 f"Member Services 1-877-555-{digits(rng, 4)} (TTY 711)",
                 "8 a.m. to 8 p.m., Monday to Friday"], size=size, tag=tag)


# 1 -------------------------------------------------------------------------------------------------------------
def faxstd_remit(rng):
    names = people(rng, 3)
    pd = workday(dt.date(2026, 4, rng.randint(8, 17)))
    run = plus(pd, -2)
    W = 279.4 - 24
    fax = (f"{yy(pd)} {rng.randint(13, 16)}:{rng.randint(10, 59)}  CALUMET RIDGE HP CLAIMS  {phone(rng)}  ->  "
           f"{BILLER.upper()}  p.{{n}}")
    p = ECSheet(footer="Page {n} of {nb}", footer_left="CRH-RA-HCBS rev. 01/26", fax_hdr=fax)
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    p.rule_head(INS, f"{PRODUCT}  -  Provider Claims",
                [f"PO Box {rng.randint(3000, 3999)}, Kalamazoo, MI 49003",
                 f"Provider line 1-877-555-{digits(rng, 4)}"], size=13)
    p.title_bar("REMITTANCE ADVICE  -  HOME AND COMMUNITY BASED SERVICES")
    ra = f"RA26-{digits(rng, 6)}"
    p.capcells([("Pd Dt", yy(pd), 34, "B"), ("Pay to", BILLER, 86, "L"), ("TIN", f"38-{digits(rng, 7)}", 44, "B"),
                ("RA #", ra, W - 164, "L")])
    p.capcells([("Svc Prov", AGENCY, 92, "B"), ("Prov NPI", digits(rng, 10), 50, "B"),
                ("Run Dt", yy(run), 36, "B"), ("EFT trace", f"1{digits(rng, 11)}", W - 178, "B")])
    rows, tot = [], [0.0] * 4
    deny = None
    # enrollee 1: personal emergency response + meals, paid
    # enrollee 2: chore services on three dates, the last two not on the approved plan
    # enrollee 3: meals, paid
    plan = [
        [("S5161", "PERS monthly", dt.date(2026, 3, 1), 1, 42.00), ("S5170", "Home meals x10", dt.date(2026, 3, 2), 10,
                                                                    78.50)],
        [("S5120", "Chore svc 15 min", dt.date(2026, 3, 3), 12, 93.60), ("S5120", "Chore svc 15 min",
                                                                          dt.date(2026, 3, 10), 12, 93.60),
         ("S5120", "Chore svc 15 min", dt.date(2026, 3, 17), 16, 124.80)],
        [("S5170", "Home meals x14", dt.date(2026, 3, 2), 14, 109.90)],
    ]
    for i, (nm, lines) in enumerate(zip(names, plan)):
        mid = mhl_id(rng)
        mcd = medicaid_id(rng)
        clm = f"26{rng.choice('BSZ')}{digits(rng, 7)}"
        billed_c, refused, dates = 0.0, 0.0, []
        for j, (code, desc, d, units, billed) in enumerate(lines):
            refuse = i == 1 and j > 0
            allowed = 0.0 if refuse else billed
            paid = allowed
            adj = billed if refuse else 0.0
            rows.append([lastfirst(nm) if j == 0 else "", mid if j == 0 else "", mcd if j == 0 else "",
                         clm if j == 0 else "", yy(d), code, desc, str(units), n2(billed), n2(allowed), n2(paid),
                         trail(adj) if adj else "0.00", "A71" if refuse else "P1"])
            tot = [a + b for a, b in zip(tot, [billed, allowed, paid, adj])]
            billed_c += billed
            if refuse:
                refused += billed
                dates.append(d)
        if len(lines) > 1:
            rows.append(["", "", "", "", "", "", "Clm total", "", n2(billed_c), "", "", "", ""])
        if i == 1:
            deny = (nm, mid, clm, round(billed_c, 2), round(refused, 2), dates, [ln[2] for ln in lines])
    rows.append(["TOTALS", "", "", "", "", "", "", "", n2(tot[0]), n2(tot[1]), n2(tot[2]), trail(tot[3]), ""])
    p.table(["Enrollee", "MHL ID", "mihealth #", "Clm #", "Svc Dt", "Code", "Service", "Units", "Billed", "Allowed",
             "Paid", "Adj", "Rsn"], rows, [34, 26, 22, 22, 15, 13, 29, 11, 17, 17, 17, 18, W - 241], size=7.0,
            aligns=["L"] * 8 + ["R"] * 4 + ["C"], bold_last=True, row_h=5.0)
    p.leaders([("Paid on this advice", n2(tot[2])), ("Net to payee by EFT", n2(tot[2]))], size=8.2, w=110)
    p.f(7.8, "B")
    p.cell(0, 4, "Reason codes", new_x="LMARGIN", new_y="NEXT")
    p.para("P1  Paid as billed under the enrollee's approved service plan.", 7.8, gap=0.6)
    p.para("A71  These units were not on the enrollee's approved service plan for the date shown, and the agency did "
           "not ask the enrollee's care coordinator to add them before the work was done. Units added to the plan "
           "afterwards are paid only from the date they were added.", 7.8, gap=0.6)
    p.para("MHL ID is our number for the enrollee; the mihealth # is the State's Medicaid number and is shown for "
           "matching only. A claim dispute or corrected claim must reach us within 90 days of the Pd Dt.", 7.8)
    nm, mid, clm, billed_c, refused, dates, all_dates = deny
    t = truth("eob", "prior_authorization", insurer=INS, member_id=mid, member_name=nm, cases=[clm],
              claim_amount=m2(billed_c), service_dates=[d.isoformat() for d in dates], denial_date=pd.isoformat(),
              provider=AGENCY, appeal_deadline=plus(pd, 90).isoformat(),
              alternates={"insurer": ALT, "claim_amount": [m2(refused)],
                          "service_dates": [[d.isoformat() for d in all_dates]]},
              type_alternates=["denial_letter"])
    return out(p), t


# 2 -------------------------------------------------------------------------------------------------------------
def bd_integrated_notice(rng):
    member, hosp_dr, coord, md = people(rng, 4)
    mid = mhl_id(rng)
    shown = grouped(mid, [3, 4, 4], "-")
    nd = dt.date(2026, 3, 10)
    asked = plus(nd, -1)
    start = dt.date(2026, 3, 12)
    req = f"UM-26-{digits(rng, 6)}"
    p = ECSheet(footer="Page {n} of {nb}", footer_left=f"H{digits(rng, 4)}_IDN26_C  {member}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, unit="Utilization Management", tag="Integrated notice - Medicare and Michigan Medicaid")
    p.line(fdate(nd, "long"), 10)
    p.ln(2)
    for ln in [member, *mi_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.id_panel([("MI Health Link ID", shown, "our number for you - have it ready when you call"),
                ("Medicare number", mbi(rng), "Medicare's number - not needed for this request"),
                ("Medicaid ID", medicaid_id(rng), "the number on your mihealth card"),
                ("Request no.", req, "use this number if you appeal")], title="Numbers on this notice")
    p.heading("What we decided", 11.5)
    p.para(f"On {asked.strftime('%B %-d')}, Dr. {hosp_dr}, the doctor caring for you at {ACUTE}, asked us to approve "
           f"a stay at {IRF}, starting on {wlong(start)}, after your hip surgery. We did not approve the stay at "
           f"{IRF}. We approved care at a skilled nursing facility near your home instead, and your care coordinator "
           "will help you choose one.", 9.8)
    p.heading("Why", 11.5)
    p.para("A rehabilitation hospital is for people who can take part in about three hours of therapy a day, at "
           "least five days a week, and who need a doctor to see them almost every day. The hospital's therapy "
           "notes from the last three days say you are taking part in about one hour a day and tire after that. "
           "You can get the therapy you need now, with nurses on hand around the clock, at a skilled nursing "
           "facility. If you get stronger there, your care team can ask again.", 9.8)
    p.parties([("Asked for by", f"Dr. {hosp_dr}", ACUTE),
               ("Place asked for", IRF, "inpatient rehabilitation"),
               ("Your care coordinator", coord, phone(rng)),
               ("Decided by", f"{md}, MD", "Medical Director, Calumet Ridge")], cap_w=40, size=8.6)
    p.heading("What you can do", 11.5)
    p.steps([("Ask for an appeal.", "Call or write to us within 60 calendar days from the date of this notice. "
              "Tell us your request no. and why you think we are wrong. Your doctor may ask for you."),
             ("Ask for a fast appeal if waiting could harm your health.", "We answer a fast appeal within 72 "
              "hours. If a doctor says you need one, we will give you one."),
             ("If we say no again.", "For the Medicare part of this decision we send your case on to the "
              "Independent Review Entity by ourselves. For the Medicaid part you may ask the Michigan Office of "
              "Administrative Hearings and Rules for a State Fair Hearing within 120 days of our appeal decision."),
             ("Get free help.", f"The MI Health Link Ombudsman can help you with an appeal: 1-888-555-{digits(rng, 4)}"
              " (TTY 711).")])
    p.para("You do not have to pay for covered care while you appeal. Keep this notice with your care plan (IICSP).",
           8.6)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=shown, member_name=member, cases=[req],
              service_dates=[start.isoformat()], denial_date=nd.isoformat(), provider=IRF,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [f"Dr. {hosp_dr}", ACUTE], "service_dates": [[]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


# 3 -------------------------------------------------------------------------------------------------------------
def lowres_oon(rng):
    member, derm, sig = people(rng, 3)
    mid = mhl_id(rng)
    ld = workday(dt.date(2026, 4, rng.randint(20, 28)))
    d1, d2 = dt.date(2026, 3, 4), dt.date(2026, 3, 9)
    clm = f"26-{confusable(rng, 7, 1)}"
    billed = 612.40
    p = ECSheet(footer=None)
    p.set_margins(18, 15, 18)
    p.add_page()
    p.head(INS, "CR", [f"{PRODUCT}  |  Claims and Payment  |  1-877-555-{digits(rng, 4)}  |  TTY 711"], size=12.5)
    for ln in [member, *mi_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Ltr Dt", fdate(ld, "slash"), 32, "B"), ("Enrollee No.", mid, 44, "B"), ("Clm", clm, 34, "B"),
                ("Medicare #", mbi(rng), 36, "B"), ("mihealth #", medicaid_id(rng), W - 146, "B")], cap=6.0)
    p.capcells([("Seen", f"{wd(d1)} & {wd(d2)}", 70, "B"), ("Where", "Elkhart, IN", 40, "B"),
                ("Referral on file", "none", W - 110, "B")], cap=6.0)
    p.para(f"Dear {member}:", 10)
    p.para(f"You went to {SKIN} in Elkhart, Indiana twice in March, and Dr. {derm} took care of a spot on your "
           f"arm. The clinic sent us a bill of 612.40 USD for the two visits. We are not able to pay it.", 10)
    p.para(f"{SKIN} is not one of the doctors and clinics that work with our plan, and no one asked us before the "
           "visits for you to see a doctor outside our group. Our plan has skin doctors in Kalamazoo, Portage and "
           "St. Joseph who could have seen you. We pay a doctor outside our group only for emergency care, urgent "
           "care when you are away from home, or when we said yes ahead of time.", 10)
    p.para("If the clinic sends you a bill, please call your care coordinator before you pay it. If you still need "
           "care for your skin, your care coordinator can set up a visit with one of our skin doctors.", 10)
    p.para("If you think we are wrong, ask for an appeal within 60 calendar days of the Ltr Dt. Call Member Services "
           "or write to us and give the Clm number above.", 10)
    p.para(f"Sincerely,\n{sig}\nClaims and Payment", 10)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=mid, member_name=member, cases=[clm],
              claim_amount=m2(billed), service_dates=[d1.isoformat(), d2.isoformat()], denial_date=ld.isoformat(),
              provider=SKIN, appeal_deadline=plus(ld, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [f"Dr. {derm}"]})
    return out(p), t


# 4 -------------------------------------------------------------------------------------------------------------
def photocopy_eob(rng):
    member, pcp_dr, pt_dr = people(rng, 3)
    mid = mhl_id(rng)
    shown = grouped(mid, [3, 4, 4])
    ed = workday(dt.date(2026, 4, rng.randint(13, 22)))
    v1 = dt.date(2026, 3, rng.randint(2, 6))
    lab_d = plus(v1, 1)
    v3 = dt.date(2026, 3, rng.randint(16, 27))
    c1, c2, c3 = (f"2603{digits(rng, 7)}" for _ in range(3))
    rows, tot = [], [0.0] * 5
    lab_rows = [("80053", "Metabolic panel", 58.00, False), ("82947", "Glucose", 18.00, True),
                ("84132", "Potassium", 16.50, True), ("82565", "Creatinine", 21.40, True)]
    claims = [(c1, PCP, v1, [("99214", "Office visit", 212.00, False)]), (c2, LAB, lab_d, lab_rows),
              (c3, PT, v3, [("97110", "Ther. exercise", 96.00, False), ("97140", "Manual therapy", 74.00,
                                                                                   False)])]
    lab_total = lab_refused = 0.0
    for cno, prov, d, lines in claims:
        sub = 0.0
        for j, (code, desc, billed, refuse) in enumerate(lines):
            sub += billed
            appr = 0.0 if refuse else round(billed * 0.62, 2)
            paid = appr
            notal = round(billed - appr, 2) if refuse else 0.0
            rows.append([cno if j == 0 else "", prov if j == 0 else "", fdate(d, "slash") if j == 0 else "",
                         f"{code} {desc}", n2(billed), n2(appr), n2(paid), paren(notal) if refuse else "",
                         "0.00", "U3" if refuse else ""])
            tot = [a + b for a, b in zip(tot, [billed, appr, paid, notal, 0.0])]
            if cno == c2:
                lab_total += billed
                lab_refused += notal
        if len(lines) > 1:
            rows.append(["", "", "", "Claim total", n2(sub), "", "", "", "", ""])
    rows.append(["TOTALS", "", "", "", n2(tot[0]), n2(tot[1]), n2(tot[2]), paren(tot[3]), "0.00", ""])
    p = ECSheet(footer="Page {n} of {nb}")
    p.set_margins(15, 13, 15)
    p.add_page()
    p.head(INS, "CR", [f"{PRODUCT}", f"Member Services 1-877-555-{digits(rng, 4)}  |  TTY 711"],
           box="EXPLANATION OF BENEFITS", size=12.5)
    p.addr_pair("Sent to", [member, *mi_address(rng)], "About this EOB",
                [f"Date of this EOB: {fdate(ed, 'long')}", f"Enrollee No.: {shown}", f"Medicare no.: {mbi(rng)}",
                 "Claims we processed 03/01/2026 - 03/31/2026"])
    p.para("This is not a bill. It shows the claims your providers sent us last month and what we did with each. "
           "As a MI Health Link member you do not pay for covered services.", 9.0)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Claim no.", "Provider", "Date", "Service", "Billed", "Appr.", "Plan paid", "Not allowed", "You owe",
             "Note"], rows, [20, 45, 15, 31, 13, 14, 13, 14, 10, W - 175], size=6.6,
            aligns=["L", "L", "L", "L", "R", "R", "R", "R", "R", "C"], bold_last=True, row_h=5.0)
    p.para(f"**Note U3.** {LAB} billed these three tests on their own, but each one is already part of the "
           "comprehensive panel (80053) it billed for the same blood sample on the same day. We paid the panel. "
           "The same tests are not paid a second time, and the laboratory may not bill you for them.", 8.8)
    p.para(f"Dr. {pcp_dr} at {PCP} and {pt_dr} at {PT} were paid in full for the other visits.", 8.8)
    p.para("If you disagree with anything on this EOB, you may ask for an appeal within 60 calendar days from the "
           "date of this EOB. Call Member Services or write to us and give the claim number.", 8.8)
    t = truth("eob", "coding_error", insurer=INS, member_id=mid, member_name=member, cases=[c2],
              claim_amount=m2(round(lab_total, 2)), service_dates=[lab_d.isoformat()], denial_date=ed.isoformat(),
              provider=LAB, appeal_deadline=plus(ed, 60).isoformat(),
              alternates={"insurer": ALT, "claim_amount": [m2(round(lab_refused, 2))]})
    return out(p), t


# 5 -------------------------------------------------------------------------------------------------------------
def phone_es(rng):
    member, dentist, sig = people(rng, 3, es=True)
    mid = mhl_id(rng)
    nd = workday(dt.date(2026, 4, rng.randint(6, 16)))
    d = dt.date(2026, 3, 5)
    last = dt.date(2022, 10, 14)
    clm = f"D26-{digits(rng, 6)}"
    amt = 1420.00
    p = ECSheet(footer="Página {n} de {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    p.rule_head(INS, "MI Health Link (plan de Medicare y Medicaid) - Servicios para Miembros",
                [f"Apartado {rng.randint(3000, 3999)}, Kalamazoo, MI 49003", f"1-877-555-{digits(rng, 4)} (TTY 711)"],
                size=14)
    p.para(es_date(nd), 10)
    for ln in [member, *mi_address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.hang([("N.º de afiliado MI Health Link", mid), ("Número de Medicaid", medicaid_id(rng)),
            ("Reclamo", clm), ("Dentista", f"{DENTAL}; dentista: {dentist}"),
            ("Servicio", "Dentadura superior completa (D5110)"), ("Entregada el", es_date(d, True)),
            ("Cobrado", f"{es_money(amt)} ({money(amt)})")], cap_w=40, size=9.2)
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"Recibimos el reclamo de {DENTAL} por la dentadura superior completa que le entregaron en el "
           f"consultorio el {es_date(d, True)}. El consultorio cobró {es_money(amt)}.", 10)
    p.para(f"No podemos pagar esta dentadura. Nuestros registros muestran que pagamos una dentadura superior completa "
           f"para usted el {es_date(last)}. El plan paga una dentadura nueva del mismo tipo una vez cada cinco años, "
           "y todavía no han pasado cinco años desde la última. El plan sí paga ajustes y reparaciones de la "
           "dentadura que ya tiene.", 10)
    p.para("Si no está de acuerdo, pida una apelación dentro de los 60 días calendario a partir de la fecha de esta "
           "carta. Puede llamarnos o escribirnos. El Ombudsman de MI Health Link le puede ayudar sin costo.", 10)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=member, cases=[clm],
              claim_amount=m2(amt), service_dates=[d.isoformat()], denial_date=nd.isoformat(), provider=DENTAL,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [dentist]}, denial_alternates=["other"])
    return out(p), t


# 6 -------------------------------------------------------------------------------------------------------------
def rotated_approval(rng):
    member, coord = people(rng, 2)
    mid = mhl_id(rng)
    nd = dt.date(2026, 3, 26)
    a, e = dt.date(2026, 4, 1), dt.date(2026, 6, 30)
    auth = f"HCBS-{digits(rng, 7)}"
    p = ECSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, unit="Care Coordination")
    p.title_bar("SERVICE APPROVAL")
    p.line(fdate(nd, "long"), 10)
    p.ln(1)
    for ln in [member, *mi_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.beside([[("MI Health Link ID", mid), ("Medicare no.", mbi(rng))],
              [("Auth. no.", auth), ("Vendor", MEALS)]], cap_w=28, size=8.8)
    p.para(f"Dear {member}:", 10)
    p.para(f"Your care coordinator, {coord}, asked us on March 23 to add home-delivered meals to your care plan. "
           f"We approved the request. {MEALS} will bring you 10 meals a week, a lunch and a supper each weekday, "
           f"{through(a, e)}.", 10)
    p.para("The vendor will call you before the first delivery to ask about foods you cannot eat. If you need the "
           "meals after June 30, your care coordinator will look at your needs again in June.", 10)
    p.para("You do not pay for these meals. Please call your care coordinator if a delivery is missed.", 10)
    p.para(f"Sincerely,\nCare Coordination\n{INS}", 10)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=member, cases=[auth],
              service_dates=[f"{a.isoformat()}/{e.isoformat()}"], denial_date=nd.isoformat(), provider=MEALS,
              alternates={"insurer": ALT, "service_dates": [[a.isoformat(), e.isoformat()], []]})
    return out(p), t


# 7 -------------------------------------------------------------------------------------------------------------
def finefax_stack(rng):
    client, pain_dr, advocate, reviewer = people(rng, 4)
    mid = mhl_id(rng)
    shown = grouped(mid, [3, 4, 4])
    dates = [dt.date(2026, 3, d) for d in range(9, 14)]
    appeal = f"APL-{confusable(rng, 7, 1)}"
    clm = f"26{digits(rng, 8)}"
    dd = dt.date(2026, 5, 6)
    cd = dt.date(2026, 5, 14)
    ask_by = dt.date(2026, 5, 29)
    # the advocate's cover letter
    c = ECSheet(footer=None)
    c.set_margins(22, 16, 22)
    c.add_page()
    c.office_head(ADVOCATE, "Dual Benefits Project",
                  f"{rng.randint(100, 899)} E Kalamazoo Ave, Suite 3, Kalamazoo, MI 49007  |  {phone(rng)}",
                  small="free civil legal help for older adults and people with disabilities")
    c.line(fdate(cd, "long"), 10)
    c.ln(3)
    for ln in [f"Dr. {pain_dr}", PAIN, f"{rng.randint(1000, 8999)} Portage Rd", "Portage, MI 49002"]:
        c.line(ln, 10)
    c.ln(3)
    c.memo([("Re:", f"Our client {client}"), ("", f"MI Health Link ID {shown}"),
            ("", f"Calumet Ridge appeal no. {appeal}")], size=9.6, cap_w=12)
    c.para(f"Dear Dr. {pain_dr}:", 10)
    c.para(f"{client} asked our office to help with the bill for the scrambler therapy your clinic gave "
           f"{through(dates[0], dates[-1])}. I enclose a copy of the appeal decision Calumet Ridge Health Partners "
           "mailed to our client. The plan kept its refusal, saying the treatment is still being studied.", 10)
    c.para("The plan writes that it has sent the case on to the Independent Review Entity by itself, so no further "
           "form is needed for that step. It would help the reviewer to have a letter from you on why you chose "
           "this treatment, what else was tried first and how our client responded. If you can, please send it "
           f"to me by {fdate(ask_by, 'long')}.", 10)
    c.para("Our client has signed the enclosed release so that you may talk with me. Please do not send the "
           "account to collections while the review is pending.", 10)
    c.para(f"Sincerely,\n\n{advocate}\nBenefits Advocate, Dual Benefits Project", 10)
    c.enclosures(["Appeal decision (2 pages)", "Release signed by our client"])
    d_a = (out(c), truth("other", None, insurer=None, member_id=mid, member_name=client, cases=[appeal],
                         service_dates=[f"{dates[0].isoformat()}/{dates[-1].isoformat()}"],
                         denial_date=cd.isoformat(), provider=PAIN, unscored=["insurer"],
                         alternates={"provider": [f"Dr. {pain_dr}"],
                                     "service_dates": [[d.isoformat() for d in dates],
                                                       [dates[0].isoformat(), dates[-1].isoformat()]]}))
    # the ICO's appeal decision
    q = ECSheet(footer="Page {n} of {nb}", footer_left=f"Appeal {appeal}")
    q.set_margins(18, 14, 18)
    q.add_page()
    _head(q, rng, unit="Appeals and Grievances")
    q.title_bar("DECISION ON YOUR APPEAL")
    q.line(fdate(dd, "long"), 10)
    q.ln(1)
    for ln in [client, *mi_address(rng)]:
        q.line(ln, 10)
    q.ln(2)
    q.hang([("Appeal no.", appeal), ("Claim no.", clm), ("MI Health Link ID", shown),
            ("Medicare no.", mbi(rng)), ("Clinic", f"{PAIN} (Dr. {pain_dr})"),
            ("Sessions", dm_span(dates[0], dates[-1]))], cap_w=32, size=9.2)
    q.para(f"Dear {client}:", 10)
    q.para(f"You asked us to look again at our refusal to pay {PAIN} for five sessions of scrambler therapy (a "
           "treatment that sends small electrical signals through pads on the skin to ease long-lasting nerve pain). "
           "A doctor who treats pain and who did not make the first decision read your records and the clinic's "
           "notes.", 10)
    rows, tot = [], 0.0
    for d in dates:
        rows.append([d.isoformat(), "0278T", "Scrambler therapy session", f"USD {n2(490.00)}", "0.00"])
        tot += 490.00
    rows.append(["Total", "", "", f"USD {n2(tot)}", "0.00"])
    W = q.w - q.l_margin - q.r_margin
    q.table(["Date", "Code", "Service", "Billed", "Plan paid"], rows, [28, 20, 70, 30, W - 148], size=8.4,
            aligns=["L", "L", "L", "R", "R"], bold_last=True)
    q.para("Our decision is the same: we will not pay for these sessions. The studies of this treatment so far are "
           "few and small, most did not compare it with a fake treatment, and they do not yet show that people "
           "with your kind of pain do better with it than with the usual care. Until that is known, the plan "
           "pays for it only as part of a research study, and these sessions were not.", 10)
    q.heading("What happens next", 11)
    q.para("Because this is a Medicare-covered kind of service, we have sent your case to the Independent Review "
           "Entity (IRE), an organization that does not work for us. You do not need to do anything; the IRE will "
           "write to you. If you also want a State Fair Hearing on the Medicaid part, you may ask the Michigan "
           "Office of Administrative Hearings and Rules within 120 days from the date of this letter.", 10)
    q.para(f"Reviewed by {reviewer}, MD. The clinic may not bill you for these sessions while the review goes on. "
           "Questions? Call Member Services at the number at the top.", 10)
    q.add_page()
    q.heading("Things to know about the next review", 11)
    q.bullets(["The IRE looks at the whole file again. If it decides in your favor, we must pay the clinic for the "
               "sessions.",
               "You may send the IRE more papers, such as a letter from your doctor. Put your appeal no. on each "
               "page.",
               "You may ask us for a free copy of your file and of the rules we used.",
               f"The MI Health Link Ombudsman helps members with appeals and hearings at no cost: 1-888-555-"
               f"{digits(rng, 4)} (TTY 711)."], 9.4)
    q.heading("Help in your language", 11)
    q.para("If you speak another language, free language help is available. Call Member Services. "
           "ATENCION: si habla espanol, tiene a su disposicion servicios gratuitos de asistencia linguistica.", 9.0)
    q.para("Calumet Ridge Health Partners is a health plan that contracts with both Medicare and Michigan Medicaid "
           "to provide benefits of both programs to enrollees.", 8.4)
    d_b = (out(q), truth("denial_letter", "experimental", insurer=INS, member_id=mid, member_name=client,
                         cases=[appeal, clm], claim_amount=m2(tot), service_dates=[d.isoformat() for d in dates],
                         denial_date=dd.isoformat(), provider=PAIN, appeal_deadline=None,
                         alternates={"insurer": ALT, "provider": [f"Dr. {pain_dr}"],
                                     "case_numbers": [[appeal], [clm]],
                                     "service_dates": [[f"{dates[0].isoformat()}/{dates[-1].isoformat()}"]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_landscape_hcbs_remittance_chore_units_not_on_plan", "fax_standard_g4", [faxstd_remit(rng)]),
        Item(F + "born_digital_integrated_notice_rehab_hospital_snf_instead", "born_digital",
             [bd_integrated_notice(rng)]),
        Item(F + "lowres_letter_indiana_skin_clinic_outside_group", "scan_lowres_150", [lowres_oon(rng)]),
        Item(F + "photocopy_member_eob_lab_panel_tests_billed_again", "photocopy", [photocopy_eob(rng)]),
        Item(F + "phone_es_carta_dentadura_antes_de_cinco_anos", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_approval_home_delivered_meals", "rotated", [rotated_approval(rng)]),
        Item(F + "finefax_stack_advocate_cover_then_appeal_decision_upside_down", "fax_fine_g4", finefax_stack(rng),
             separators=["duplex", None], turns={(1, 0): 180}),
    ]
