"""Family medicaid_ffs: a state Medicaid agency's fee-for-service Notice of Action on a service authorization or claim.

Modelled on the public notices state Medicaid agencies send fee-for-service recipients (not a managed-care plan):
the agency's letterhead, a notice number and date, the recipient block (Client ID / Recipient ID / Medicaid #),
the request or claim (Service Authorization Request or PA number, or the claim's ICN; provider with NPI and
provider number; procedure code, units requested and approved, dates), the action (Denied / Reduced /
Terminated) with its reason in plain words and the state rule it rests on, then the right to a State Fair
Hearing within N days, continued benefits if asked within 10 days, and where to get free legal help.
Three invented states, each with its own layout and wording.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundf import DOCTORS, FACILITIES, digits, npi, person, phone, street
from public_kit import Page, fdate, m2, money, out, plus, span, truth

FAMILY = "medicaid_ffs"
LANG = "en"

AGENCIES = {
    "calder": dict(state="Calder", name="Calder Department of Health Care Services", program="Calder Medi-Assist",
                   unit="Medical Assistance Division, Utilization Management Section",
                   addr="PO Box 80417, Fort Linden, CR 60417", city="Fort Linden, CR 60{}", reg="Calder Admin. Code",
                   hearing_days=90, id_label="Client ID", form="DHCS NOA-7 (Rev. 02/2025)"),
    "tillamore": dict(state="Tillamore", name="Tillamore Health Authority", program="TillaCare Medicaid",
                      unit="Office of Fee-for-Service Programs", addr="500 Capitol Mall, Suite 9, Brennick, TL 71002",
                      city="Brennick, TL 71{}", reg="Tillamore Rev. Stat.", hearing_days=120,
                      id_label="Recipient ID", form="THA-3105 (10/24)"),
    "ashgrove": dict(state="Ashgrove", name="Ashgrove Department of Medical Assistance Services",
                     program="Ashgrove Medicaid (fee-for-service)", unit="Division of Program Integrity and Claims",
                     addr="1200 Foundry Square, Marlowe, AG 33108", city="Marlowe, AG 33{}", reg="12 AGAC",
                     hearing_days=30, id_label="Medicaid #", form="DMAS-NOD-14"),
}

# kind -> (action, service, code, units requested, units approved, plain reason, rule section, claim?)
CASES = {
    "medical_necessity": ("Denied", "MRI, lumbar spine, without contrast", "72148", "1", "0",
                          "The records your doctor sent do not show that you tried at least six weeks of physical "
                          "therapy, medicine or home exercise for your back pain before asking for this scan, and "
                          "they do not show any warning signs that would call for a scan right away. We decided the "
                          "scan is not medically necessary at this time.", "§ 410-120-1320(4)", False),
    "reduce": ("Reduced", "Personal care services, per 15 minutes", "T1019", "240 units/month", "156 units/month",
               "The new in-home assessment done on {assess} found that you now bathe and dress yourself with "
               "stand-by help only. The hours you asked for are more than the assessment supports, so we approved "
               "fewer hours.", "§ 411-034-0070", False),
    "terminate": ("Terminated", "Private duty nursing, RN, per hour", "S9123", "56 hours/week", "0 hours/week",
                  "Your child no longer needs a nurse's skilled care at home. The tube feedings and medicines can now "
                  "be given safely by a trained home health aide or by the family, so nursing care will stop. Home "
                  "health aide hours can be requested instead.", "§ 410-132-0100", False),
    "not_covered": ("Denied", "Hearing aids, digital, both ears", "V5261", "1 pair", "0",
                    "Hearing aids are a benefit for recipients under age 21 only. You are 43, and the adult benefit "
                    "package does not include hearing aids, so this item is not a covered service for you.",
                    "§ 410-129-0080", False),
    "level_of_care": ("Denied", "Inpatient rehabilitation facility admission", "0128", "14 days", "0 days",
                      "Your needs after the hip surgery can be met in a nursing facility with therapy. You were not "
                      "able to take part in three hours of therapy a day, five days a week, which an inpatient "
                      "rehabilitation hospital requires. We approved nursing facility (skilled) care instead of the "
                      "rehabilitation hospital.", "§ 410-125-0125", False),
    "eligibility": ("Denied", "Emergency department visit, moderate severity", "99284", "1", "0",
                    "You were not eligible for Medicaid on the date of service. Your coverage ended on {end} because "
                    "your renewal papers were not returned. The claim from your provider was denied for that reason.",
                    "§ 461-135-0010", True),
    "prior_authorization": ("Denied", "Physical therapy, therapeutic exercise, per 15 minutes", "97110", "12",
                            "0", "Outpatient physical therapy after the first 6 visits in a year needs approval "
                            "from the Department before the visits take place. Your provider did not ask for this "
                            "approval, so the claim for these visits was denied.", "§ 410-131-0160", True),
    "timely_filing": ("Denied", "Ambulance, basic life support, emergency transport", "A0429", "1", "0",
                      "Your provider sent this claim to us more than 365 days after the date of service. Claims "
                      "must be received within 365 days, so it cannot be paid. Your provider may not bill you for "
                      "this service because of its own late filing.", "§ 410-120-1300(2)", True),
}
BILLED = {"eligibility": (1400, 2900), "prior_authorization": (900, 1600), "timely_filing": (780, 1350)}


def rid(rng, agency):
    """The recipient ID the agency prints: each state its own shape."""
    return {"calder": lambda: f"{digits(rng, 8)}{rng.choice('ABCDEFG')}",
            "tillamore": lambda: digits(rng, 10),
            "ashgrove": lambda: f"{rng.choice('MN')}{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 4)}"}[agency]()


def header(p, rng, a, notice, ds, who, addr):
    p.line(f"STATE OF {a['state'].upper()}", 9, "B", h=4.5)
    p.line(a["name"], 15, "B", h=7.5)
    p.line(a["unit"], 9, h=4.5)
    p.line(f"{a['addr']}   |   Recipient Help Line {phone(rng)}   |   TTY 711", 8, h=4.5)
    y = p.get_y() + 1
    super(Page, p).line(p.l_margin, y, p.w - p.r_margin, y)
    p.ln(5)
    y0 = p.get_y()
    for ln in [who.upper()] + addr:
        p.line(ln, 10, h=5)
    p.set_xy(125, y0)
    p.pairs([("Notice date", fdate(notice, ds)), ("Notice No.", f"N{digits(rng, 9)}")], label_w=26, size=9, x=125, h=5)
    p.set_y(y0 + 22)


def make(rng, agency, kind, who=None, rid_=None):
    a = AGENCIES[agency]
    action, svc, code, req, appr, reason, sect, claim = CASES[kind]
    who = who or person(rng)
    rid_ = rid_ or rid(rng, agency)
    notice = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 120))
    ds = rng.choice(["long", "slash", "abbr", "dash", "iso"])
    prov = rng.choice(FACILITIES if kind in ("level_of_care", "terminate", "eligibility", "timely_filing", "reduce")
                      else DOCTORS)
    addr = [f"{rng.randint(12, 9870)} {rng.choice(['Quarrystone Ln', 'Pell St', 'Vinegar Hill Rd'])}",
            a["city"].format(rng.randint(100, 999))]
    p = Page(serif=agency == "tillamore", footer="Page {n} of {nb}", footer_left=a["form"])
    p.add_page()
    header(p, rng, a, notice, ds, who, addr)
    mstyle = rng.choice(["plain", "nosign", "flat"])
    title = {"calder": "NOTICE OF ACTION", "tillamore": "Notice of Decision",
             "ashgrove": "Notice of Action on Your Medicaid Services"}[agency]
    p.line(title, 15, "B", align="C", h=8)
    p.line("Fee-for-service Medicaid \u2013 " + ("claim for payment" if claim else "service authorization request"),
           10, align="C", h=5)
    p.ln(3)
    ref_label = rng.choice(["Service Authorization Request No.", "PA Number", "Prior Authorization #", "SAR #"])
    ref = f"{rng.choice(['SA', 'PA', ''])}{digits(rng, 10)}"
    effective = plus(notice, rng.randint(11, 16))
    dos = plus(notice, -rng.randint(30, 70) - (400 if kind == "timely_filing" else 0))
    start = plus(notice, rng.randint(7, 20))
    rows = [("Recipient name", who), (a["id_label"], rid_), ("Program", a["program"])]
    if claim:
        billed = round(rng.uniform(*BILLED[kind]), 2)
        rows += [("Claim number (ICN)", ref), ("Date of service", fdate(dos, ds)),
                 ("Amount billed", money(billed, mstyle)), ("Amount paid", money(0, mstyle))]
        dates = [span(dos)]
    else:
        billed = None
        rows += [(ref_label, ref), ("Date request received", fdate(plus(notice, -rng.randint(5, 12)), ds))]
        if kind in ("reduce", "terminate"):
            rows.append(("Date this action takes effect", fdate(effective, ds)))
            dates = [span(effective)]
        else:
            rows.append(("Requested date(s) of service", fdate(start, ds)))
            dates = [span(start)]
    rows += [("Provider", prov), ("Provider NPI", npi(rng)), ("Provider Medicaid No.", digits(rng, 7))]
    if agency == "tillamore":
        p.pairs(rows, label_w=62, size=9.5, h=5.2)
        p.ln(2)
    else:
        p.boxed_pairs(rows, label_w=66, size=9.2, h=5.8)
    p.table(["Procedure code", "Service", "Requested", "Approved", "Action"],
            [[code, svc, req, appr, action]], [26, 78, 26, 24, 24], size=8.5, head_h=7)
    p.set_font("Sans", "B", 11)
    p.cell(0, 6, "Action:  " + "   ".join(("\u2612 " if x == action else "\u2610 ") + x
                                          for x in ("Approved", "Denied", "Reduced", "Terminated")),
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.heading("Why we took this action", 11)
    p.para(reason.format(assess=fdate(plus(notice, -rng.randint(10, 25)), ds),
                         end=fdate(plus(dos, -rng.randint(3, 20)), ds)), 10)
    p.para(f"This action is based on {a['reg']} {sect}, and on 42 CFR 431.210 (content of notice).", 9.5)
    deadline_alt = rights(p, rng, a, notice, ds, kind, effective)
    alts = {"insurer": [a["program"]], "appeal_deadline": [None, deadline_alt]}
    dalt = None
    if kind in ("reduce", "terminate"):
        alts["service_dates"] = [[]]
        kind_t = "medical_necessity" if kind == "reduce" else "level_of_care"
        dalt = ["medical_necessity"] if kind == "terminate" else None
    elif kind == "level_of_care":
        kind_t, dalt = kind, ["medical_necessity"]
    else:
        kind_t = kind
    if kind == "eligibility":
        dalt = ["other"]
    t = truth("denial_letter", kind_t, insurer=a["name"], member_id=rid_, member_name=who, cases=[ref],
              claim_amount=m2(billed) if claim else None, service_dates=dates, denial_date=notice.isoformat(),
              provider=prov, appeal_deadline=None, alternates=alts, denial_alternates=dalt)
    return out(p), t


def rights(p, rng, a, notice, ds, kind, effective):
    """State Fair Hearing and continued benefits; the FFS program has no plan-level appeal. Returns the hearing date."""
    n = a["hearing_days"]
    last = plus(notice, n)
    p.heading("Your right to a State Fair Hearing", 11)
    style = rng.choice(["notice", "mailed", "date"])
    if style == "date":
        p.para(f"If you disagree with this action, you may ask for a State Fair Hearing. Your request must reach the "
               f"Hearings Unit by **{fdate(last, ds)}** ({n} days after the date of this notice).", 10)
    elif style == "mailed":
        p.para(f"If you think this action is wrong, you can ask for a fair hearing within {n} days from the date this "
               f"notice was mailed. Call {phone(rng)}, or write to the Office of Administrative Hearings, "
               f"{street(rng, a['city'].format(rng.randint(100, 999)))}.", 10)
    else:
        p.para(f"You have the right to a State Fair Hearing. You must ask for a hearing within {n} days of the date "
               "of this notice, in writing, by phone, online or in person at your local office.", 10)
    p.para("At the hearing you may speak for yourself or have a lawyer, relative, friend or other person speak for "
           "you. You may look at your case file and the rules used, free of charge, before the hearing. If your "
           "health is in serious danger, ask for an expedited hearing; a decision is then made within 3 business "
           "days.", 9.5)
    if kind in ("reduce", "terminate"):
        p.heading("Keeping your services during the hearing", 11)
        p.para(f"If you ask for a hearing within 10 days of the date of this notice, or before {fdate(effective, ds)}, "
               "your services will stay the same until the hearing decision. If you lose the hearing, you may have to "
               "pay back the cost of the services you received while waiting.", 9.5)
    else:
        p.para("If you ask for a hearing within 10 days of this notice, any service you are receiving now continues "
               "unchanged until the decision.", 9.5)
    p.heading("Free help", 11)
    p.para(f"Legal Aid of {a['state']}: {phone(rng)}. Questions about this notice: {a['program']} Recipient Help "
           f"Line {phone(rng)} (Monday\u2013Friday, 8 a.m. to 5 p.m.). This notice is available in other languages "
           "and formats free of charge. Llame para recibir ayuda en espa\u00f1ol.", 9)
    hearing_form(p, rng, a)
    return last.isoformat()


def hearing_form(p, rng, a):
    """The tear-off request page states print after the notice: blanks to fill in, no values."""
    p.ln(6)
    p.heading("FAIR HEARING REQUEST – return this part", 11, rule=True)
    p.para(f"Mail to: Office of Administrative Hearings, {a['name']}, {a['addr']}. Or fax to {phone(rng, False)}.", 9)
    for lab in ("Recipient name", a["id_label"], "Notice No.", "Phone", "Signature", "Date"):
        p.f(9.5)
        p.cell(48, 7, lab + ":")
        p.cell(0, 7, "_" * 52, new_x="LMARGIN", new_y="NEXT")
    p.para("[  ] I want my services to continue until the hearing decision.   [  ] I need an interpreter.", 9)


def documents(rng: random.Random) -> list[Item]:
    who, ash = person(rng), rid(rng, "ashgrove")
    return [Item("medicaid_ffs_bd_mri", "born_digital", [make(rng, "calder", "medical_necessity")]),
            Item("medicaid_ffs_bd_latefiled", "born_digital", [make(rng, "tillamore", "timely_filing")]),
            Item("medicaid_ffs_scan_hearingaid", "scan_clean_300", [make(rng, "ashgrove", "not_covered")]),
            Item("medicaid_ffs_lowres_irf", "scan_lowres_150", [make(rng, "calder", "level_of_care")]),
            Item("medicaid_ffs_copy_notelig", "photocopy", [make(rng, "tillamore", "eligibility")]),
            Item("medicaid_ffs_faxs_stack", "fax_standard_g4",
                 [make(rng, "ashgrove", "reduce", who, ash), make(rng, "ashgrove", "prior_authorization", who, ash)],
                 ["cover", None]),
            Item("medicaid_ffs_photo_pdn", "phone_photo", [make(rng, "calder", "terminate")])]
