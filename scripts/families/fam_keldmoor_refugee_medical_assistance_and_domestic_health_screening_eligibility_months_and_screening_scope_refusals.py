"""Refugee Medical Assistance (RMA) and the domestic refugee health screening, mirrored for structure and plain
wording style only, as an invented state's refugee office and its claims fiscal agent print them. RMA covers
refugees and others admitted in the same way who are not eligible for Medicaid, for a limited number of months
counted from the month of arrival (twelve under the federal rule; the months end, the coverage ends); the domestic
health screening is a one-time visit soon after arrival (history and physical, a TB blood test, hepatitis, HIV and
syphilis tests, stool or presumptive parasite treatment, blood lead for children, a vision and hearing check, a
mental health screen, a review of shots) paid to the screening clinic as one flat encounter, while care found
necessary at the screening is billed as ordinary claims. The State of Keldmoor, its Department of Human Services,
Office of Refugee Services and Refugee Health Screening Program, the fiscal agent Fenwhistle Health Systems, Inc.,
every clinic, hospital, optical shop, transport company, resettlement agency, person, number (client IDs,
A-numbers, ICNs, notice and authorization numbers), reason code, amount, fee and every time limit (the 90-day
screening window, the flat $684.00 screening fee, 30-day office reviews, 60-day provider reviews) are invented;
CPT, CDT and HCPCS codes and revenue codes appear as themselves. No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_remittance_member_id_uncaptioned_on_page_two_months_ended_code_only: the fiscal agent's three-page
  remittance advice to a community health center ("18-Mar-2026" shape, EFT amount and paid year to date), an
  unruled listing whose column heads stand only on page 1; the refused claim sits on page 2 with its recipient ID
  in an uncaptioned cell, a paid February visit beside two March lines paid 0.00 under code 217, the totals row;
  the reason only in the code glossary on page 3 with a "for example" paragraph; "within 60 days of the remittance
  date". Hard: the member ID without a caption on its page, the claim amount as the claim total, the letterhead
  of the fiscal agent.
- scan_four_page_member_notice_running_header_hospital_stay_after_rma_months: a clean-scan four-page notice to a
  newcomer, client ID and notice number only in a running header, page 2 the hospital bill ("Servicing:",
  "Attending:", "from ... through ...", "Bill received 03.17.2026"), page 3 the reason buried in one long paragraph
  in the program's own words ("outside the months RMA allows"), an office review "within 30 days of the date of this
  notice" beside a 90-day fair hearing, page 4 nondiscrimination and taglines.
- finefax_screening_claim_review_boxes_ct_and_dental_cleaning_outside_screening: a fine-fax provider copy in
  numbered boxes (notice date "4-Mar-2026" shape, A-number, arrival date, resettlement agency file and a call
  reference as decoys), three lines in a ruled table whose narrow billed column wraps the amounts, the flat
  screening fee paid and a chest CT and a dental cleaning refused as not parts of the screening; "no later than" a
  printed date.
- phone_es_reembolso_anteojos_fuera_de_la_evaluacion: a photographed Spanish letter to a newcomer with a key/value
  block at the right of the address: eyeglasses she bought after the screening's vision check cannot be
  reimbursed (the screening checks vision and does not buy glasses; RMA pays glasses only under 21); "a más tardar
  el ..." a printed date.
- rotated_approval_latent_tb_treatment_amount_rma_will_pay: an approval fed turned ("2026/04/02" shape): twelve
  weekly directly observed doses for latent TB infection are approved and RMA will pay up to a named amount of the
  estimated charges (denies nothing).
- photocopy_two_column_medical_review_ambulance_to_screening_visit: a photocopied two-column letter from the
  office's medical review unit to a transport company ("April 7th, 2026" shape, run report number as decoy):
  "the information we received does not show" that a stretcher ambulance to the screening visit was needed; signed
  by a nurse reviewer and the medical director; "no later than" a printed date.
- faxstd_stack_billing_office_transmittal_screening_after_window_upside_down_then_paid_eomb: a standard-fax stack:
  a clinic billing office's fax transmittal sheet to a resettlement caseworker (its own fax numbers, "Pages
  (including cover): 4", a confidentiality notice), the screening program's two-page letter refusing the flat
  screening fee because the screening came after the 90-day window (claim number and client ID only in the subject
  line; page 2 upside down; "within 60 days of the date of this letter"), and the member's one-page explanation of
  medical benefits ("THIS IS NOT A BILL") on which RMA paid the same visit billed as ordinary care (denies nothing;
  only a fair hearing time limit).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundej_famjb import (ES_F, ES_LAST, NEW_F, NEW_LAST, NEW_M, JBSheet, add_months, dmy_dash, es_date, iso,
                               last_first, long, m2, mdy_dots, n2, ord_long, out, people, phone, plus, slash, staff, surname,
                               transmittal, truth, usd, usd_es, wday_long, workday, ymd_slash)
from public_kit import digits

FAMILY = ("keldmoor_refugee_medical_assistance_and_domestic_health_screening_eligibility_months_and_screening_"
          "scope_refusals")
LANG = "en"
SEED = 354991
ORS = "Keldmoor Office of Refugee Services"
DHS = "Keldmoor Department of Human Services"
SCREEN = "Keldmoor Refugee Health Screening Program"
ORS_ALT = ["Office of Refugee Services", DHS, "Department of Human Services", "State of Keldmoor",
           "Keldmoor Refugee Medical Assistance", "Refugee Medical Assistance", SCREEN,
           "Refugee Health Screening Program", "Oficina de Servicios para Refugiados de Keldmoor"]
FISCAL = "Fenwhistle Health Systems, Inc."
FISCAL_ALT = ["Fenwhistle Health Systems", "Fenwhistle", ORS, DHS, "Keldmoor Refugee Medical Assistance",
              "Refugee Medical Assistance"]
ORS_ADDR = "Keldmoor Office of Refugee Services, 410 Capitol Row, 3rd Floor, Merriford, KM 58117"
CHC = "Cindermill Community Health Center"
HOSP = "Tarnbury General Hospital"
CLINIC = "Widdicombe Family Clinic"
OPTICAL = "Kilnsey Eye Care & Optical"
TRANSPORT = "Merriford Medical Transport, LLC"
AGENCY = "Keldmoor Interfaith Welcome Services"
SCREEN_FEE = 684.00


def client_id(rng):
    """A client ID: nine digits and a check letter."""
    return digits(rng, 9) + rng.choice("ACEHKMNRTWX")


def a_number(rng):
    """An alien registration number shape, printed 'A 215-884-093' (a decoy: not the program's ID)."""
    d = digits(rng, 9)
    return f"A {d[:3]}-{d[3:6]}-{d[6:]}"


def km_address(rng):
    town, z = rng.choice([("Merriford", "58117"), ("Tarnbury", "58126"), ("Sabbatis Falls", "58133"),
                          ("Gurnet Hill", "58140"), ("Dorey Crossing", "58152")])
    street = rng.choice(["Mill Race Ct Apt 2B", "Tannery St", "Welcome Way Unit 14", "Orchard Terrace Apt 6",
                         "Old Canal Rd", "Larch Row #3", "Foundry Ave Apt 11", "Ferry Landing Dr"])
    return [f"{rng.randint(12, 1980)} {street}", f"{town}, KM {z}"]


def state_head(p: JBSheet, unit: str, lines: list[str], es: bool = False, size: float = 1.0):
    """A state letterhead: the state and department centred, the office under them, a rule."""
    p.f(8.4 * size, "B")
    p.cell(0, 4.2 * size, "ESTADO DE KELDMOOR" if es else "STATE OF KELDMOOR", align="C", new_x="LMARGIN",
           new_y="NEXT")
    p.f(12.5 * size, "B")
    p.cell(0, 6.4 * size, "Departamento de Servicios Humanos" if es else "Department of Human Services", align="C",
           new_x="LMARGIN", new_y="NEXT")
    p.f(10 * size, "B")
    p.cell(0, 5.2 * size, unit, align="C", new_x="LMARGIN", new_y="NEXT")
    p.f(7.8 * size)
    for ln in lines:
        p.cell(0, 3.8 * size, ln, align="C", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


# ---------------------------------------------------------------------------------------------------------------
def born_remittance(rng):
    """The fiscal agent's remittance advice; the refused claim and its recipient ID on page 2 without column heads."""
    rd = workday(dt.date(2026, 3, rng.randint(16, 19)))
    ra = f"R26{digits(rng, 7)}"
    docs = staff(rng, 3, "FMF")
    pats = people(rng, 10, NEW_F + NEW_M, NEW_LAST)
    den_i = 7                                                   # the second claim on page 2
    claims = []
    procs = [("99213", 168.0), ("99214", 214.0), ("99203", 236.0), ("86480", 112.0), ("87340", 46.0),
             ("85025", 38.0), ("90471", 32.0), ("99392", 198.0), ("83655", 41.0), ("36415", 18.0)]
    for i, pat in enumerate(pats):
        d0 = dt.date(2026, 2, rng.randint(2, 20))
        if i == den_i:
            d0 = dt.date(2026, 2, rng.randint(23, 26))
            d1 = dt.date(2026, 3, rng.randint(2, 4))
            lines = [(d0, "99214", 214.0, "045"), (d1, "99213", 168.0, "217"), (d1, "85025", 38.0, "217")]
        else:
            picks = rng.sample(procs, rng.randint(1, 3))
            lines = [(plus(d0, 0 if k == 0 else rng.choice([0, 0, 7])), c, b, "045") for k, (c, b) in
                     enumerate(picks)]
        rows = []
        for d, c, b, code in lines:
            if code == "217":
                a = p_ = 0.0
            else:
                a = round(b * rng.choice([0.52, 0.58, 0.61, 0.66]), 2)
                p_ = a
            rows.append((d, c, b, a, p_, code))
        claims.append({"pat": pat, "rid": client_id(rng), "icn": f"26{digits(rng, 3)}{digits(rng, 8)}",
                       "doc": docs[i % 3], "rows": sorted(rows, key=lambda r: r[0])})
    listing = []
    tb = ta = tp = 0.0
    for i, c in enumerate(claims):
        if i == 6:
            listing.append(("page",))
        cb = sum(r[2] for r in c["rows"])
        ca = sum(r[3] for r in c["rows"])
        cp = sum(r[4] for r in c["rows"])
        tb, ta, tp = tb + cb, ta + ca, tp + cp
        ds = [r[0] for r in c["rows"]]
        listing.append([c["rid"], last_first(c["pat"]), c["icn"], slash(min(ds)), slash(max(ds)), "", n2(cb),
                        n2(ca), n2(cp), ""])
        for k, (d, code, b, a, p_, rc) in enumerate(c["rows"]):
            listing.append(["", f"   Rendering: {c['doc']}, MD" if k == 0 else "", "", slash(d), slash(d), code,
                            n2(b), n2(a), n2(p_), rc])
        listing.append(("gap",))
    listing.append(("bold", ["", "TOTALS THIS REMITTANCE", f"{len(claims)} claims", "", "", "", n2(tb), n2(ta),
                             n2(tp), ""]))
    den = claims[den_i]
    den_b = sum(r[2] for r in den["rows"])
    ref_b = sum(r[2] for r in den["rows"] if r[5] == "217")
    ref_d = sorted({r[0] for r in den["rows"] if r[5] == "217"})
    ytd = round(tp + rng.randint(9000, 16000) + 0.45, 2)
    p = JBSheet(footer="Page {n} of {nb}", footer_left=f"Remittance {ra}  |  issued {slash(rd)}  |  Form FHS-RA-2",
                every=f"Fenwhistle Health Systems  |  RA {ra}  |  Payee {CHC}")
    p.set_margins(14, 14, 14)
    p.add_page()
    p.head(FISCAL, "FHS", ["Fiscal agent for the Keldmoor Department of Human Services: Refugee Medical Assistance "
                           "and Medical Assistance claims",
                           f"P.O. Box 7720, Merriford, KM 58117  |  Provider services {phone(rng, '605')}"],
           box="REMITTANCE ADVICE", size=12.4)
    p.addr_pairs_right([CHC, "Attn: Billing Office", "88 Tannery Street", "Merriford, KM 58117"],
                       [("Remit date", dmy_dash(rd)), ("Remittance no.", ra), ("Payee ID", f"KP{digits(rng, 7)}"),
                        ("NPI", digits(rng, 10)), ("EFT trace", f"1{digits(rng, 14)}"),
                        ("Program", "Refugee Medical Assistance (RMA)")], split=0.46, cap_w=30, size=8.8)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.para("This advice lists the RMA claims we finished processing for you in this cycle. Each claim shows the "
           "recipient, the claim's internal control number (ICN), the dates of service, what you billed, what the "
           "fee schedule allows and what we paid. Reason codes are explained on the last page.", 8.6)
    p.set_xy(p.l_margin, y0 + 16)
    yb = p.money_box("Payment summary", [("Claims in this remittance", str(len(claims))), ("Billed", n2(tb)),
                                         ("Allowed", n2(ta)), ("Paid this remittance", n2(tp)),
                                         ("Adjustments / withholds", "0.00"), ("EFT amount", usd(tp)),
                                         ("Paid to date, calendar year 2026", usd(ytd))], w=96, size=8.4)
    p.set_xy(p.l_margin, yb + 4)
    widths = [20, 44, 24, 16.5, 16.5, 13, 15, 15, 14, 9.9]
    p.listing_once(["Recipient ID", "Recipient / rendering", "ICN", "From", "Through", "Proc", "Billed", "Allowed",
                    "Paid", "Rsn"], listing, widths, ["L", "L", "L", "L", "L", "L", "R", "R", "R", "C"], size=7.0,
                   row_h=4.3, cont=f"Remittance advice {ra}, continued")
    p.add_page()
    p.ruled_glossary("Reason codes used on remittance advices", [
        ("001", "Paid as billed."),
        ("045", "Billed amount is more than the fee schedule allows; the difference is not payable and may not be "
                "billed to the recipient."),
        ("118", "Part of the domestic health screening; paid in the flat screening encounter and not again."),
        ("131", "Recipient has other insurance on file; bill that insurance first."),
        ("217", "The date of service falls after the last month of the recipient's Refugee Medical Assistance "
                "eligibility period. RMA lasts only the number of months the federal rule allows, counted from the "
                "month the recipient arrived in the United States."),
        ("240", "Duplicate of a claim already processed.")], size=8.0)
    p.ln(4)
    p.para("How amounts are figured: for example, if you bill $100.00 for a visit and the fee schedule allows $62.00, "
           "we pay $62.00 and show $38.00 under code 045. A line under code 217 is paid 0.00.", 8.4)
    p.para("A provider may ask for reconsideration of any line on this advice within 60 days of the remittance date. "
           "Send the ICN, the line and the reason, with records, to Fenwhistle Health Systems, Reconsiderations, "
           "P.O. Box 7725, Merriford, KM 58117. Questions about a recipient's RMA months go to the Keldmoor Office "
           "of Refugee Services.", 8.4)
    t = truth("eob", "eligibility", insurer=FISCAL, member_id=den["rid"], member_name=den["pat"],
              cases=[den["icn"]], claim_amount=m2(den_b), service_dates=[iso(d) for d in ref_d],
              denial_date=iso(rd), provider=f"{den['doc']}", appeal_deadline=iso(plus(rd, 60)),
              alternates={"insurer": FISCAL_ALT, "claim_amount": [m2(ref_b)],
                          "provider": [CHC, f"{den['doc']}, MD"]})
    return out(p), t


def scan_member_notice(rng):
    """Four pages to a newcomer: IDs only in a running header, the bill on page 2, the reason on page 3."""
    pat = people(rng, 1, NEW_F + NEW_M, NEW_LAST)[0]
    att, sig = staff(rng, 2, "MF")
    cid = client_id(rng)
    nno = f"ORS-N-26-{digits(rng, 6)}"
    icn = f"26{digits(rng, 3)}{digits(rng, 8)}"
    arrived = dt.date(2025, 3, rng.randint(10, 20))
    a = dt.date(2026, 3, rng.randint(8, 10))
    b = plus(a, 3)
    rcvd = plus(b, rng.randint(4, 6))
    nd = dt.date(2026, 3, 24) if rng.random() < 0.5 else dt.date(2026, 3, 31)
    lines = [("0120", "Room and board, semi-private, 3 days", round(3 * rng.choice([1480.0, 1525.0, 1610.0]), 2)),
             ("0250", "Pharmacy", round(rng.uniform(300, 700), 2)),
             ("0300", "Laboratory", round(rng.uniform(500, 1100), 2)),
             ("0324", "Chest x-ray", 286.0),
             ("0450", "Emergency room", round(rng.uniform(1400, 2200), 2))]
    tot = round(sum(x[2] for x in lines), 2)
    p = JBSheet(footer=None, footer_left=f"Form ORS-117 (rev. 09/2025)  |  Notice mailed {slash(nd)}",
                every=f"Client ID {cid}  |  Notice no. {nno}  |  Page {{n}} of {{nb}}")
    p.set_margins(20, 16, 20)
    p.add_page()
    state_head(p, "Office of Refugee Services", [ORS_ADDR, f"RMA help line {phone(rng, '605')}  |  TTY 711"])
    p.line(wday_long(nd), 10, "B")
    p.ln(3)
    for ln in [pat, *km_address(rng)]:
        p.line(ln, 10.2)
    p.ln(4)
    p.subject("About a hospital bill sent to Refugee Medical Assistance")
    p.para(f"Dear {pat.split()[0]} {pat.split()[-1]}:", 10)
    p.para(f"{HOSP} sent Refugee Medical Assistance (RMA) a bill for your care in March. RMA is not able to pay "
           "this bill. We are writing so that you know why, and what you can do if you think we made a mistake.", 10)
    p.bullets(["Page 2 shows the bill the hospital sent us.",
               "Page 3 explains our decision and how to ask us to look at it again.",
               "Page 4 tells you how to get this letter in another language or format, free of charge."], 10)
    p.para("If you have a caseworker at a resettlement agency, you may want to show this letter to them. You can "
           "also call the RMA help line above; an interpreter will join the call at no cost to you.", 10)
    p.add_page()
    p.heading("The bill we received", 12, rule=True)
    p.pairs([("Servicing", HOSP), ("Attending", f"Dr. {att}"), ("Claim no. (ICN)", icn),
             ("Bill received", mdy_dots(rcvd)), ("Dates of care", f"from {long(a)} through {long(b)}")],
            label_w=38, size=9.6)
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Rev. code", "Service", "Charged", "RMA pays"],
            [[r, s, usd(x), "$0.00"] for r, s, x in lines] + [["", "Total", usd(tot), "$0.00"]],
            [W * 0.14, W * 0.5, W * 0.18, W * 0.18], size=9, aligns=["L", "L", "R", "R"], bold_last=True)
    p.para("The hospital may also send you a bill of its own. You do not have to pay the hospital while you ask us "
           "to look at this decision again; tell the hospital's billing office that you have asked.", 9.6)
    p.add_page()
    p.heading("Why RMA cannot pay", 12, rule=True)
    p.para("Refugee Medical Assistance is health coverage for people who came to the United States as refugees, "
           "or in a similar way, and who cannot get Medicaid; it pays for doctor visits, hospital care, tests and "
           "medicine much as Medicaid does, and the State pays for it with federal refugee funds, which come with "
           "rules about who can be covered and for how long, and one of those rules is that RMA lasts a set number "
           "of months counted from the month a person arrived in the United States; "
           f"our records show that you arrived on {long(arrived)}, so your RMA months ran from March 2025 through "
           f"February 2026, and the care on this bill, from {long(a)} through {long(b)}, falls outside the months "
           "RMA allows, which is the only reason we cannot pay it; we looked at whether you had applied for "
           "Medicaid or another program that could pay instead, and we did not find an application.", 10)
    p.para("If you have applied for Medicaid, or if your arrival date in our records is wrong (for example, if the "
           "date on your I-94 record is different), please tell us. A different date could change this decision.",
           10)
    p.heading("If you think we are wrong", 11)
    p.para("**Office review.** You can ask the Office of Refugee Services to review this decision within 30 days "
           "of the date of this notice. Call the RMA help line or write to us at the address on page 1; tell us "
           "why you disagree and send any papers that help.", 10)
    p.para("**State fair hearing.** You can also ask for a fair hearing with the Department's Hearings Office "
           "within 90 days of the date of this notice, even if you do not ask for an office review first.", 10)
    p.signoff(["Eligibility and Claims Unit", ORS], 9.8)
    p.add_page()
    p.nondiscrim(DHS, phone(rng, "605"))
    p.ln(3)
    p.tagline_block(phone(rng, "605"))
    t = truth("denial_letter", "eligibility", insurer=ORS, member_id=cid, member_name=pat, cases=[nno, icn],
              claim_amount=m2(tot), service_dates=[f"{iso(a)}/{iso(b)}"], denial_date=iso(nd), provider=HOSP,
              appeal_deadline=iso(plus(nd, 30)),
              alternates={"insurer": ORS_ALT, "case_numbers": [[nno], [icn]], "provider": [f"Dr. {att}", att]})
    return out(p), t


def finefax_screening_review(rng):
    """Numbered boxes, a narrow billed column that wraps the amounts; CT and cleaning outside the screening."""
    pat = people(rng, 1, NEW_F + NEW_M, NEW_LAST)[0]
    doc, rev = staff(rng, 2, "FM")
    cid = client_id(rng)
    scn = f"SC-26-{digits(rng, 5)}"
    arrived = dt.date(2026, 1, rng.randint(12, 22))
    s = plus(arrived, rng.randint(24, 30))
    d_ct = plus(s, rng.randint(8, 11))
    d_dn = plus(s, rng.randint(13, 16))
    nd = dt.date(2026, 3, rng.randint(23, 27))
    by = dt.date(2026, 5, rng.randint(11, 15))
    lines = [("1", slash(s), "T1023", "Domestic refugee health screening, adult (flat encounter)", SCREEN_FEE,
              SCREEN_FEE, "S1"),
             ("2", slash(d_ct), "71250", "CT chest without contrast", 1146.00, 0.0, "S7"),
             ("3", slash(d_dn), "D1110", "Prophylaxis (cleaning), adult", 142.00, 0.0, "S7")]
    tot = sum(x[4] for x in lines)
    ref = sum(x[4] for x in lines if x[6] == "S7")
    fax = (f"{nd:%m/%d/%Y} 09:{rng.randint(10, 59)} KM REFUGEE HEALTH {phone(rng, '605')} -> "
           f"{phone(rng, '605')}  p.{{n}}")
    p = JBSheet(footer="Page {n} of {nb}", footer_left=f"Notice date {slash(nd)}  |  RHSP-CR-4", fax_hdr=fax)
    p.set_margins(14, 14, 14)
    p.add_page()
    state_head(p, "Refugee Health Screening Program  |  Office of Refugee Services",
               [ORS_ADDR, f"Screening claims {phone(rng, '605')}  |  Fax {phone(rng, '605')}"], size=0.92)
    p.title_bar("SCREENING CLAIM REVIEW - PROVIDER COPY", f"{SCREEN}  |  paid from federal refugee health funds")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("1. NOTICE DATE", dmy_dash(nd)), ("2. SCREENING CLAIM NO.", scn),
                 ("3. RECEIVED", slash(plus(d_dn, 9)))], [W / 3] * 3)
    p.form_band([("4. CLIENT", pat), ("5. CLIENT ID", cid), ("6. A-NUMBER", a_number(rng)),
                 ("7. DATE OF ARRIVAL", slash(arrived))], [W * 0.34, W * 0.22, W * 0.22, W * 0.22])
    p.form_band([("8. SCREENING SITE", CLINIC), ("9. SCREENING CLINICIAN", f"{doc}, MD"),
                 ("10. SCREENING VISIT", dmy_dash(s))], [W * 0.38, W * 0.36, W * 0.26])
    p.form_band([("11. RESETTLEMENT AGENCY", AGENCY), ("12. AGENCY FILE", f"KIWS-{digits(rng, 5)}"),
                 ("13. CALL REFERENCE", f"CR{digits(rng, 7)}")], [W * 0.46, W * 0.27, W * 0.27])
    p.ln(3)
    p.wrap_table(["Ln", "Date", "Code", "Service", "Billed", "Screening pays", "Note"],
                 [[a, b, c, d, f"USD {e:,.2f}", usd(f), g] for a, b, c, d, e, f, g in lines],
                 [8, 22, 16, W - 8 - 22 - 16 - 17.5 - 24 - 14, 17.5, 24, 14], size=8.4,
                 aligns=["C", "L", "L", "L", "R", "R", "C"])
    p.f(8.8, "B")
    p.cell(0, 5, f"Claim total billed: {usd(tot)}     Screening program pays: {usd(SCREEN_FEE)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.bar("Review result", 9.4)
    p.para(f"Line 1 is paid at the flat screening amount. Lines 2 and 3 are outside what the screening pays for: "
           "the screening covers the history and physical, the TB blood test and a chest x-ray when that test is "
           "positive, the blood and stool tests, shots, and a look at the teeth and mouth during the physical; it "
           "does not cover a CT scan or dental cleaning, even when the screening visit led to them. The program "
           f"cannot pay lines 2 and 3. If {pat.split()[0]} still has RMA or Medicaid on the date of service, bill "
           "those services to that coverage as ordinary claims.", 9.2)
    p.bar("Note codes", 9.4)
    p.para("S1 - Paid at the flat screening encounter amount.   S7 - Not a part of the domestic health screening.   "
           "S9 - Screening visit outside the screening window.", 8.4)
    p.bar("To ask for a review", 9.4)
    p.para(f"Send a written request for review, with the visit notes, no later than {long(by)}, to the Screening "
           f"Program at the address above, or by fax. Reviewer: {rev}, screening claims.", 9.2)
    t = truth("denial_letter", "not_covered", insurer=ORS, member_id=cid, member_name=pat, cases=[scn],
              claim_amount=m2(tot), service_dates=[iso(d_ct), iso(d_dn)], denial_date=iso(nd), provider=CLINIC,
              appeal_deadline=iso(by),
              alternates={"insurer": ORS_ALT, "claim_amount": [m2(ref)], "provider": [doc, f"{doc}, MD"]})
    return out(p), t


def phone_es_glasses(rng):
    """A Spanish letter: glasses after the screening's vision check cannot be reimbursed."""
    pat = people(rng, 1, ES_F, ES_LAST)[0]
    sig = staff(rng, 1, "M")[0]
    cid = client_id(rng)
    req = f"RR-26-{digits(rng, 5)}"
    s = dt.date(2026, 2, rng.randint(2, 10))
    bought = plus(s, rng.randint(16, 22))
    rcvd = plus(bought, rng.randint(5, 9))
    ld = workday(dt.date(2026, 4, rng.randint(6, 9)))
    by = dt.date(2026, 5, rng.randint(18, 22))
    items = [("Examen de refracción", 55.00), ("Armazón", 119.00), ("Lentes monofocales (par)", 98.00)]
    tot = sum(x[1] for x in items)
    p = JBSheet(footer=None, footer_left=f"Aviso ORS-117S  |  Enviado el {es_date(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    state_head(p, "Oficina de Servicios para Refugiados (Office of Refugee Services)",
               [ORS_ADDR, f"Línea de ayuda de RMA {phone(rng, '605')}  |  TTY 711"], es=True)
    p.line(f"Merriford, Keldmoor, {es_date(ld)}", 10, "B")
    p.ln(3)
    p.addr_pairs_right([pat, *km_address(rng)],
                       [("N.° de cliente", cid), ("Solicitud n.°", req), ("Recibida", es_date(rcvd)),
                        ("Compra", es_date(bought)), ("Óptica", OPTICAL), ("Monto pedido", usd_es(tot)),
                        ("Referencia de su llamada", f"CR{digits(rng, 7)}")], split=0.46, cap_w=36, size=8.6)
    p.heading("No podemos reembolsarle el costo de sus anteojos", 12.5)
    p.para(f"Estimada señora {surname(pat).split()[0]}:", 10)
    p.para(f"Usted nos pidió que le devolviéramos lo que pagó en {OPTICAL} el {es_date(bought)} por un examen de "
           "refracción y un par de anteojos. Revisamos su solicitud y el recibo que nos envió.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Concepto", "Pagado", "Reembolso"], [[c, usd_es(x), "$0.00"] for c, x in items] +
            [["Total", usd_es(tot), "$0.00"]], [W * 0.56, W * 0.22, W * 0.22], size=9, aligns=["L", "R", "R"],
            bold_last=True)
    p.para(f"**Por qué.** En la evaluación de salud para refugiados del {es_date(s)} le revisaron la vista y le "
           "recomendaron ver a un oculista. Esa evaluación incluye la revisión de la vista, pero no incluye el "
           "examen de refracción ni los anteojos, y el programa de evaluación no puede pagarlos. Refugee Medical "
           "Assistance (RMA) tampoco paga anteojos ni exámenes de refracción para personas de 21 años o más. Por "
           "eso no corresponde ningún reembolso.", 10)
    p.para("Le sugerimos preguntar en su agencia de reasentamiento por programas locales que ayudan con el costo de "
           "los anteojos.", 10)
    p.para(f"**Si no está de acuerdo.** Pida una revisión a más tardar el {es_date(by)}, por teléfono o por "
           "escrito a la dirección de arriba. También puede pedir una audiencia imparcial del Estado dentro de los "
           "90 días siguientes a la fecha de este aviso.", 10)
    p.signoff(["Atentamente,", sig, "Unidad de Elegibilidad y Reclamaciones"], 9.6)
    t = truth("denial_letter", "not_covered", insurer=ORS, member_id=cid, member_name=pat, cases=[req],
              claim_amount=m2(tot), service_dates=[iso(bought)], denial_date=iso(ld), provider=OPTICAL,
              appeal_deadline=iso(by), lang="es", alternates={"insurer": ORS_ALT})
    return out(p), t


def rotated_approval(rng):
    """An approval naming what RMA will pay (denies nothing)."""
    pat = people(rng, 1, NEW_F + NEW_M, NEW_LAST)[0]
    doc, sig = staff(rng, 2, "MF")
    cid = client_id(rng)
    pa = f"PA26-{digits(rng, 6)}"
    asked = dt.date(2026, 3, rng.randint(20, 26))
    ld = workday(dt.date(2026, 4, rng.randint(1, 3)))
    start = plus(ld, rng.randint(6, 9))
    end = plus(start, 77)
    est = 1860.00
    pay = 1312.40
    p = JBSheet(footer=None, footer_left=f"Approval notice ORS-PA-3  |  {slash(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    state_head(p, "Office of Refugee Services", [ORS_ADDR, f"Prior approval desk {phone(rng, '605')}"])
    p.line(f"Date: {ymd_slash(ld)}", 10, "B")
    p.ln(2)
    p.addr_kv([pat, *km_address(rng)],
              [("Client ID", cid), ("Authorization", pa), ("Request received", slash(asked)),
               ("Requested by", CHC), ("Prescriber", f"Dr. {doc}")], w=104, cap_w=30)
    p.heading("Your request is approved", 13)
    p.para(f"{CHC} asked Refugee Medical Assistance to approve treatment for a latent tuberculosis (TB) infection "
           "that your health screening found. We approved the request as written.", 10)
    p.leaders([("Treatment", "isoniazid and rifapentine, once a week"),
               ("Doses", "12, each taken in front of a nurse"),
               ("Approved period", f"{long(start)} through {long(end)}"),
               ("Estimated charges on the request", usd(est)),
               ("RMA will pay, at most", usd(pay))], size=9.6)
    p.para(f"RMA pays the clinic its fee schedule amount, up to {usd(pay)} for these visits and medicines. You do not "
           "pay anything for them, and the clinic may not bill you for the difference.", 10)
    p.para("Your RMA months continue through the approved period. If you move, or your clinic changes, call the "
           "prior approval desk so that the approval follows you.", 10)
    p.signoff(["Prior Approval Unit", sig, ORS], 9.6)
    p.f(8.6)
    p.cell(0, 4.4, f"cc: {CHC}, TB program nurse", new_x="LMARGIN", new_y="NEXT")
    t = truth("other", None, insurer=ORS, member_id=cid, member_name=pat, cases=[pa], claim_amount=m2(est),
              service_dates=[f"{iso(start)}/{iso(end)}"], denial_date=iso(ld), provider=CHC,
              alternates={"insurer": ORS_ALT, "claim_amount": [None, m2(pay)], "provider": [f"Dr. {doc}", doc]})
    return out(p), t


def photocopy_ambulance_review(rng):
    """Two columns from the medical review unit to a transport company; a nurse and the medical director sign."""
    pat = people(rng, 1, NEW_M, NEW_LAST)[0]
    rn, md = staff(rng, 2, "FM")
    cid = client_id(rng)
    claim = f"26{digits(rng, 3)}{digits(rng, 8)}"
    trip = dt.date(2026, 2, rng.randint(16, 24))
    ld = dt.date(2026, 4, 7)
    by = dt.date(2026, 6, 8)
    miles = rng.randint(7, 12)
    lines = [("A0428", "Ambulance, basic life support, non-emergency", 612.00),
             ("A0425", f"Ground mileage, {miles} miles", round(miles * 14.0, 2))]
    tot = round(sum(x[2] for x in lines), 2)
    p = JBSheet(footer=None, footer_left=f"Notice mailed {slash(ld)}  |  ORS-MR-6", serif=True)
    p.set_margins(18, 15, 18)
    p.add_page()
    state_head(p, "Office of Refugee Services  |  Medical Review Unit",
               [ORS_ADDR, f"Medical review {phone(rng, '605')}  |  Fax {phone(rng, '605')}"])
    p.line(ord_long(ld), 10, "B")
    p.ln(2)
    p.addr_pairs_right([TRANSPORT, "Billing Department", "19 Depot Lane", "Tarnbury, KM 58126"],
                       [("Client", pat), ("Client ID", cid), ("Claim no.", claim), ("Date of trip", slash(trip)),
                        ("Run report no.", f"MMT-{digits(rng, 6)}"), ("Total billed", usd(tot))],
                       split=0.5, cap_w=30, size=8.8)
    p.subject("Medical review of an ambulance claim")
    p.columns(
        [("What you billed", f"You billed Refugee Medical Assistance {usd(tot)} for taking {pat} by basic life "
                             f"support ambulance, lying on a stretcher, from his home to {CLINIC} for his health "
                             f"screening visit on {long(trip)}: the base rate (A0428, {usd(612.0)}) and "
                             f"{miles} miles (A0425)."),
         ("What we looked at", "The claim; your crew's run report; the screening clinic's visit notes for that day; "
                               "and the referral form from the resettlement agency, which asked for a ride "
                               "because the family had no car."),
         ("A note on rides", "Resettlement agencies arrange rides to first health appointments. RMA pays for an "
                             "ambulance only when a person's condition means any other way of travelling would put "
                             "his health at risk.")],
        [("What we decided", "RMA will not pay this claim."),
         ("Why", "The information we received does not show that Mr. "
                 f"{pat.split()[-1]} needed to travel lying down or needed an EMT to watch over him on the way. "
                 "The run report says he walked to the ambulance and sat up during the ride, and the clinic's notes "
                 "say he walked in. A car, a wheelchair van or the agency's ride would have been safe for him."),
         ("If you disagree", f"Send us the patient's records that show why a stretcher was needed no later than "
                             f"{long(by)}. A nurse reviewer and a doctor who did not make this decision will look "
                             "at them.")], size=9.0)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Code", "Service", "Billed", "RMA pays"], [[c, s, usd(x), "$0.00"] for c, s, x in lines] +
            [["", "Total", usd(tot), "$0.00"]], [W * 0.14, W * 0.5, W * 0.18, W * 0.18], size=8.8,
            aligns=["L", "L", "R", "R"], bold_last=True)
    p.two_sigs([f"{rn}, RN", "Nurse reviewer"], [f"{md}, MD", "Medical director, Office of Refugee Services"])
    t = truth("denial_letter", "medical_necessity", insurer=ORS, member_id=cid, member_name=pat, cases=[claim],
              claim_amount=m2(tot), service_dates=[iso(trip)], denial_date=iso(ld), provider=TRANSPORT,
              appeal_deadline=iso(by), alternates={"insurer": ORS_ALT})
    return out(p), t


def faxstd_stack(rng):
    """A billing office's transmittal, the screening program's letter (page 2 upside down), the paid EOMB."""
    pat = people(rng, 1, NEW_F, NEW_LAST)[0]
    doc, sig, cw, bo = staff(rng, 4, "MFFM")
    cid = client_id(rng)
    scn = f"SC-26-{digits(rng, 5)}"
    icn = f"26{digits(rng, 3)}{digits(rng, 8)}"
    arrived = dt.date(2025, 11, rng.randint(3, 12))
    s = plus(arrived, rng.randint(112, 126))
    ld = workday(dt.date(2026, 4, rng.randint(13, 16)))
    sd = workday(plus(ld, rng.randint(15, 19)))
    sent = plus(sd, rng.randint(3, 5))
    home = km_address(rng)
    # document A: the screening program's letter to the clinic, two pages
    a = JBSheet(footer="Page {n} of {nb}", footer_left=f"RHSP letter  |  {slash(ld)}")
    a.set_margins(20, 16, 20)
    a.add_page()
    state_head(a, "Refugee Health Screening Program  |  Office of Refugee Services",
               [ORS_ADDR, f"Screening claims {phone(rng, '605')}"])
    a.line(long(ld), 10, "B")
    a.ln(3)
    for ln in [CLINIC, "Patient Billing Office", "5 Weir Street, Suite 200", "Sabbatis Falls, KM 58133"]:
        a.line(ln, 10)
    a.ln(3)
    a.subject(f"Re: Screening claim {scn}  -  {pat}, Client ID {cid}")
    a.para(f"Dear {bo.split()[0]} {bo.split()[-1]}:", 10)
    a.para(f"We received your clinic's claim for the domestic health screening of {pat}, seen by Dr. {doc} on "
           f"{long(s)}. The claim was for one flat screening encounter.", 10)
    W = a.w - a.l_margin - a.r_margin
    a.table(["Date", "Code", "Service", "Billed", "Screening pays"],
            [[slash(s), "T1023", "Domestic refugee health screening, adult", usd(SCREEN_FEE), "$0.00"]],
            [W * 0.16, W * 0.12, W * 0.42, W * 0.15, W * 0.15], size=9, aligns=["L", "L", "L", "R", "R"])
    a.para("The screening program pays for one screening for each newcomer, and only when it begins within 90 days "
           "after the person's date of arrival in the United States. Our decision and what you can do are on the "
           "next page.", 10)
    a.add_page()
    a.heading("Our decision", 11.5)
    a.para(f"Our records show that {pat.split()[0]} arrived on {long(arrived)}, so the screening window closed 90 "
           f"days later. The visit on {long(s)} came after the window had closed, so the program cannot pay the "
           "flat screening amount for it.", 10)
    a.para("The visit is not lost: the client's Refugee Medical Assistance was still in force on that day. Please "
           "bill the visit and the tests to RMA as ordinary office care, with the usual visit and test codes, "
           "through Fenwhistle Health Systems.", 10)
    a.heading("If you disagree", 11)
    a.para("You may ask us to review this decision within 60 days of the date of this letter. Send a copy of the "
           "client's I-94 record or any paper that shows a later date of arrival.", 10)
    a.signoff(["Sincerely,", sig, "Screening claims, Refugee Health Screening Program"], 9.6)
    d_a = (out(a), truth("denial_letter", "eligibility", insurer=ORS, member_id=cid, member_name=pat, cases=[scn],
                         claim_amount=m2(SCREEN_FEE), service_dates=[iso(s)], denial_date=iso(ld), provider=CLINIC,
                         appeal_deadline=iso(plus(ld, 60)), denial_alternates=["not_covered"],
                         alternates={"insurer": ORS_ALT, "provider": [f"Dr. {doc}", doc]}))
    # document B: the member's explanation of medical benefits, one page, denies nothing
    lines = [("99204", "Office visit, new patient", 236.0, 148.20), ("86480", "TB blood test (IGRA)", 112.0, 71.55),
             ("87340", "Hepatitis B surface antigen", 46.0, 13.90), ("85025", "Blood count (CBC)", 38.0, 10.62),
             ("36415", "Blood draw", 18.0, 3.00)]
    billed = sum(x[2] for x in lines)
    paid = round(sum(x[3] for x in lines), 2)
    b = JBSheet(footer=None, footer_left=f"EOMB  |  statement date {slash(sd)}")
    b.set_margins(16, 14, 16)
    b.add_page()
    state_head(b, "Office of Refugee Services  |  Refugee Medical Assistance",
               [ORS_ADDR, f"RMA help line {phone(rng, '605')}  |  TTY 711"], size=0.95)
    b.title_bar("EXPLANATION OF MEDICAL BENEFITS  -  THIS IS NOT A BILL")
    b.addr_kv([pat, *home], [("Statement date", slash(sd)), ("Client ID", cid), ("Claim no. (ICN)", icn),
                             ("Provider", CLINIC), ("Seen by", f"Dr. {doc}")], w=92, cap_w=30)
    W = b.w - b.l_margin - b.r_margin
    b.table(["Date", "Code", "Service", "Billed", "RMA paid", "You owe"],
            [[slash(s), c, d, usd(x), usd(y), "$0.00"] for c, d, x, y in lines] +
            [["", "", "Total", usd(billed), usd(paid), "$0.00"]],
            [W * 0.13, W * 0.1, W * 0.37, W * 0.13, W * 0.14, W * 0.13], size=8.8,
            aligns=["L", "L", "L", "R", "R", "R"], bold_last=True)
    b.para("RMA paid the provider for the care above. You owe nothing for it, and the provider may not bill you. "
           "Keep this statement for your records.", 9.4)
    b.para("If you think a service listed here was not given to you, call the RMA help line. If you disagree with a "
           "decision on this statement, you can ask for a state fair hearing within 90 days of the statement date.",
           9.0)
    d_b = (out(b), truth("eob", None, insurer=ORS, member_id=cid, member_name=pat, cases=[icn],
                         claim_amount=m2(billed), service_dates=[iso(s)], denial_date=iso(sd), provider=CLINIC,
                         alternates={"insurer": ORS_ALT, "provider": [f"Dr. {doc}", doc]}))
    cover = transmittal(f"{CLINIC} - Patient Billing Office", ["5 Weir Street, Suite 200, Sabbatis Falls, KM 58133"],
                        phone(rng, "605"), phone(rng, "605"), cw, AGENCY, phone(rng, "605"), bo, slash(sent), 4,
                        f"{pat} - letters from the State about her screening visit",
                        [False, True, False, True],
                        [f"Hi {cw.split()[0]}, attached are the State's letter about the screening claim and the RMA "
                         "statement for the same visit, which we rebilled as office care and which has now been paid. "
                         "Please go over both with the family; she owes nothing.", f"Thanks, {bo.split()[0]}"])
    return [d_a, d_b], cover


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_remittance_member_id_uncaptioned_on_page_two_months_ended_code_only", "born_digital",
             [born_remittance(rng)]),
        Item(F + "scan_four_page_member_notice_running_header_hospital_stay_after_rma_months", "scan_clean_300",
             [scan_member_notice(rng)]),
        Item(F + "finefax_screening_claim_review_boxes_ct_and_dental_cleaning_outside_screening", "fax_fine_g4",
             [finefax_screening_review(rng)]),
        Item(F + "phone_es_reembolso_anteojos_fuera_de_la_evaluacion", "phone_photo", [phone_es_glasses(rng)]),
        Item(F + "rotated_approval_latent_tb_treatment_amount_rma_will_pay", "rotated", [rotated_approval(rng)]),
        Item(F + "photocopy_two_column_medical_review_ambulance_to_screening_visit", "photocopy",
             [photocopy_ambulance_review(rng)]),
    ]
    docs, cover = faxstd_stack(rng)
    items.append(Item(F + "faxstd_stack_billing_office_transmittal_screening_after_window_upside_down_then_paid_eomb",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 180}))
    return items
