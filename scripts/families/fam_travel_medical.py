"""Family 'travel_medical': an international travel medical insurer's claim decisions for care abroad.

Halcyon Wayfarer Assurance is fictional, as are all people and numbers. Bills arrive in euros or pounds; the
letter prints each line in the foreign currency with the exchange rate and the US-dollar amount, and a total in
both. Dates are printed day-first (03.02.2026, 3/2/2026, 3 February 2026) and a locale line says so. The trip's
departure and return dates, the claim received date and the date the bill was paid are decoys beside the dates of
treatment. The certificate number is the member's ID; the master policy number is the group's.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, m2, pdf_bytes, truth
from kit_roundj_famp import FIRST, FOREIGN_DOCTORS, HOSPITALS_ABROAD, address, days, digits, dmy, facts, money, person

FAMILY = "travel_medical"
LANG = "en"
INSURER = "Halcyon Wayfarer Assurance Company"
RATES = {"EUR": 1.0842, "GBP": 1.2715}
SYMBOL = {"EUR": "€", "GBP": "£"}


def household(r: random.Random, hosp: int) -> dict:
    street, city = address(r)
    name, place, cur = HOSPITALS_ABROAD[hosp]
    return dict(name=person(r), street=street, city=city, cert=f"HWA-{digits(r, 8)}", policy=f"GTM{digits(r, 6)}",
                claim=f"TC{digits(r, 2)}-{digits(r, 6)}", hosp=name, place=place, cur=cur,
                doctor=FOREIGN_DOCTORS[hosp], assist=f"AS{digits(r, 7)}",
                reviewer=person(r, FIRST, lastnames=["Wetherall", "Gosling", "Trowbridge"]))


def lines(r: random.Random, cur: str, items: list[tuple[dt.date, str]], lo: int, hi: int):
    """(rows for the table, foreign total, USD total): each line converted at the claim's rate."""
    rows, tf, tu = [], 0.0, 0.0
    for d, desc in items:
        f = money(r, lo, hi)
        u = round(f * RATES[cur], 2)
        rows.append([dmy(d, "dot"), desc, f"{f:,.2f}", f"{RATES[cur]:.4f}", f"{u:,.2f}"])
        tf, tu = round(tf + f, 2), round(tu + u, 2)
    return rows, tf, tu


def letterhead(d: Doc):
    d.set_font("Helvetica", "B", 17)
    d.cell(0, 8, "HALCYON WAYFARER", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 9)
    d.cell(0, 4.5, "Assurance Company  ·  International Travel Medical Claims", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.5, "PO Box 4471, Wilmington, DE 19899  ·  Claims 1-877-555-0148  ·  Outside the US +1 302 555 0148",
           new_x="LMARGIN", new_y="NEXT")
    d.rule(0.7, 4)


def build(h: dict, L: dict) -> bytes:
    """One decision letter: letterhead, date and locale line, address, fact block, treatment table, prose."""
    d = Doc(footer="Page {p} of {n}", header=f"Halcyon Wayfarer  ·  Certificate {h['cert']}  ·  Claim {h['claim']}")
    d.add_page()
    letterhead(d)
    d.text_line(L["date_line"], 10)
    d.text_line("All dates in this letter are written day/month/year (for example 03.02.2026 is 3 February 2026).",
                8, "I")
    d.ln(3)
    for ln in [h["name"].upper(), h["street"], h["city"]]:
        d.text_line(ln, 10)
    d.ln(4)
    d.text_line(L["title"], 13, "B")
    d.ln(1)
    facts(d, L["facts"], label_w=L.get("label_w", 46), two_col=L.get("two_col", False))
    for p in L["before"]:
        d.para(p, 10)
    if L.get("rows"):
        c = h["cur"]
        d.table(["Date", "Treatment", f"Billed ({c})", f"Rate {c}/USD", "Billed (USD)"],
                L["rows"] + [["*Total", "", f"{L['tf']:,.2f}", "", f"{L['tu']:,.2f}"]], [24, 78, 26, 24, 26],
                aligns="LLRRR")
    for p in L["after"]:
        d.para(p, 10)
    d.ln(3)
    d.para(f"Yours sincerely,\n{h['reviewer']}\nClaims Examiner, International Claims Unit\n{INSURER}", 10)
    return pdf_bytes(d)


def tr(h, denial, L, notice, deadline, doc="denial_letter", dates=None, **kw):
    alts = kw.pop("alternates", {})
    alts.setdefault("insurer", ["Halcyon Wayfarer"])
    alts.setdefault("claim_amount", [m2(L["tf"])])
    alts.setdefault("provider", [h["hosp"]])
    return truth(doc, denial, insurer=INSURER, plan_id=None, group_number=h["policy"], member_id=h["cert"],
                 member_name=h["name"], case_numbers=[h["claim"]], claim_amount=m2(L["tu"]),
                 service_dates=dates, denial_date=notice, provider=h["doctor"], appeal_deadline=deadline,
                 alternates=alts, **kw)


APPEAL = ("If you disagree with this decision you may appeal. Write to the Appeals Unit at the address above "
          "{when}, and enclose anything you would like us to consider, such as a letter from the treating doctor. "
          "Your appeal will be decided by someone who was not involved in this decision. You may ask for free "
          "copies of the documents we relied on. If your appeal is turned down you may ask for an external review "
          "by an independent review organisation within 4 months of the appeal decision.")


def base(h, title, notice, trip, rec, style, rows, tf, tu, two_col=False):
    f = [("Insured person", h["name"]), ("Certificate no.", h["cert"]), ("Master policy no.", h["policy"]),
         ("Claim reference", h["claim"]), ("Trip", f"{dmy(trip[0], style)} to {dmy(trip[1], style)}"),
         ("Claim received", dmy(rec, style)), ("Treating doctor", h["doctor"]),
         ("Hospital / clinic", f"{h['hosp']}, {h['place']}")]
    return dict(title=title, date_line=dmy(notice, "long"), facts=f, rows=rows, tf=tf, tu=tu, two_col=two_col)


def preexisting(r):
    h = household(r, 0)
    trip = (dt.date(2026, 1, 8), dt.date(2026, 1, 30))
    adm, dis = dt.date(2026, 1, 14), dt.date(2026, 1, 17)
    rec, n = days(dis, 19), days(dis, 41)
    rows, tf, tu = lines(r, h["cur"], [(adm, "Emergency admission, cardiology ward"), (days(adm, 1),
                                       "Coronary angiography"), (dis, "Discharge and medication")], 900, 4200)
    L = base(h, "Decision on your claim for medical treatment abroad", n, trip, rec, "dot", rows, tf, tu)
    L["before"] = [f"Dear {h['name']},",
                   f"We have finished assessing the claim for your treatment at {h['hosp']} in {h['place']} from "
                   f"{dmy(adm, 'dot')} to {dmy(dis, 'dot')}. The hospital billed in euros; the table shows each "
                   f"charge in euros and in US dollars at the exchange rate on the date of treatment."]
    L["after"] = ["Decision: we are unable to pay this claim.",
                  "Why: the hospital records show that you were treated for angina in the 12 months before your "
                  "policy began, and that this admission was for the same heart condition. Section 6.2 of your "
                  "policy excludes treatment of a pre-existing medical condition that was not declared and "
                  "accepted in writing before departure. No such declaration is on file.",
                  APPEAL.format(when="within 180 days of the date of this letter")]
    return build(h, L), tr(h, "not_covered", L, n.isoformat(), days(n, 180).isoformat(),
                           dates=[f"{adm.isoformat()}/{dis.isoformat()}"])


def undeclared(r):
    h = household(r, 3)
    trip = (dt.date(2026, 2, 2), dt.date(2026, 2, 16))
    svc = dt.date(2026, 2, 9)
    rec, n = days(svc, 15), days(svc, 33)
    dl = days(n, 90)
    rows, tf, tu = lines(r, h["cur"], [(svc, "A&E attendance, fracture clinic"), (svc, "X-ray left wrist, cast")],
                         240, 980)
    L = base(h, "Your claim: we cannot pay", n, trip, rec, "slash", rows, tf, tu, two_col=True)
    L["label_w"] = 34
    L["date_line"] = f"Date: {dmy(n, 'slash')}"
    L["before"] = [f"Dear {h['name'].split()[0]},",
                   f"Thank you for sending the bill from {h['hosp']} for your visit on {dmy(svc, 'slash')}, when "
                   f"{h['doctor']} treated your broken wrist. Amounts are in pounds sterling (GBP) with the US dollar "
                   f"figure we used."]
    L["after"] = ["We are sorry, but we cannot pay this claim. Your plan is a multi-trip plan that covers each trip "
                  "only after it has been registered with us before you leave. We have no record that this trip to "
                  "the United Kingdom was registered, so you were not covered while you were away.",
                  APPEAL.format(when=f"so that it reaches us no later than {dmy(dl, 'long')}")]
    return build(h, L), tr(h, "eligibility", L, n.isoformat(), dl.isoformat(), dates=[svc.isoformat()],
                           denial_alternates=["not_covered"])


def could_wait(r):
    h = household(r, 2)
    trip = (dt.date(2025, 12, 1), dt.date(2026, 3, 31))
    svc = dt.date(2026, 1, 20)
    rec, n = days(svc, 12), days(svc, 30)
    rows, tf, tu = lines(r, h["cur"], [(svc, "Arthroscopy right knee (planned)"), (svc, "Anaesthesia")],
                         1400, 3800)
    L = base(h, "Claim decision - treatment not covered", n, trip, rec, "dot", rows, tf, tu)
    L["before"] = [f"Dear {h['name']},",
                   f"We have reviewed the claim sent by {h['hosp']} for knee surgery on {dmy(svc, 'dot')} under "
                   f"{h['doctor']}."]
    L["after"] = ["Our decision: this treatment is not covered.",
                  "Your policy pays for sudden illness or injury that needs treatment before you can reasonably "
                  "return home. The surgeon's notes say the knee had been painful for several months and that the "
                  "operation was booked three weeks ahead. Our medical adviser found that the surgery could safely "
                  "have waited until your return to the United States. Planned treatment that can wait is not an "
                  "emergency under your policy.",
                  APPEAL.format(when="within 180 days of the date of this letter")]
    return build(h, L), tr(h, "not_covered", L, n.isoformat(), days(n, 180).isoformat(), dates=[svc.isoformat()],
                           denial_alternates=["medical_necessity"])


def no_assistance(r):
    h = household(r, 1)
    trip = (dt.date(2026, 2, 10), dt.date(2026, 3, 5))
    adm, dis = dt.date(2026, 2, 18), dt.date(2026, 2, 22)
    rec, n = days(dis, 10), days(dis, 26)
    rows, tf, tu = lines(r, h["cur"], [(adm, "Admission, general surgery"), (days(adm, 1), "Appendectomy"),
                                       (dis, "Ward stay, 4 nights")], 1100, 5200)
    L = base(h, "Notice of claim decision", n, trip, rec, "abbr", rows, tf, tu)
    L["before"] = [f"Dear {h['name']},",
                   f"Re: inpatient stay at {h['hosp']}, {dmy(adm, 'abbr')} - {dmy(dis, 'abbr')}.",
                   "Your policy asks you (or someone with you) to call our 24-hour assistance partner, WayPoint "
                   "Assist, before any hospital admission, so that they can direct you to a hospital in our "
                   "network and guarantee payment."]
    L["after"] = ["We have declined this claim. WayPoint Assist has no call about this admission and no "
                  "assistance case was opened. The hospital is not in our network, and a non-network admission "
                  "is covered only when the assistance company approved it in advance.",
                  APPEAL.format(when="within 180 days of receiving this letter")]
    return build(h, L), tr(h, "prior_authorization", L, n.isoformat(), None,
                           dates=[f"{adm.isoformat()}/{dis.isoformat()}"], denial_alternates=["out_of_network"],
                           alternates={"appeal_deadline": [days(n, 180).isoformat()]})


def paid(r):
    h = household(r, 5)
    trip = (dt.date(2026, 1, 3), dt.date(2026, 1, 24))
    svc = dt.date(2026, 1, 11)
    rec, n = days(svc, 9), days(svc, 21)
    rows, tf, tu = lines(r, h["cur"], [(svc, "Consultation, general practitioner"), (svc, "Antibiotics")],
                         60, 190)
    L = base(h, "Claim settlement statement", n, trip, rec, "dot", rows, tf, tu, two_col=True)
    L["label_w"] = 34
    L["date_line"] = f"Statement date {dmy(n, 'dot')}"
    L["before"] = [f"Dear {h['name']},", "Good news: your claim has been approved and paid in full."]
    L["after"] = [f"We paid USD {tu:,.2f} by bank transfer to the account you gave us, on {dmy(days(n, 1), 'dot')}. "
                  "Your policy has no deductible for outpatient treatment abroad. Please keep this statement for "
                  "your records; you do not need to do anything."]
    return build(h, L), tr(h, None, L, n.isoformat(), None, doc="eob", dates=[svc.isoformat()],
                           type_alternates=["other"])


def late_claim(r):
    h = household(r, 4)
    trip = (dt.date(2025, 7, 4), dt.date(2025, 7, 19))
    svc = dt.date(2025, 7, 12)
    rec, n = dt.date(2026, 1, 28), dt.date(2026, 2, 6)
    rows, tf, tu = lines(r, h["cur"], [(svc, "Urgent care visit, chest infection")], 180, 420)
    L = base(h, "Claim decision", n, trip, rec, "long", rows, tf, tu)
    L["date_line"] = f"Edinburgh office  ·  {dmy(n, 'long')}"
    L["before"] = [f"Dear {h['name']},"]
    L["after"] = [f"We received your claim for the visit to {h['hosp']} on {dmy(rec, 'long')}, more than six "
                  f"months after you came home on {dmy(trip[1], 'long')}. Your policy says claims must be sent "
                  "within 90 days of the end of the trip. Because the claim was sent too late, we cannot pay it.",
                  APPEAL.format(when="within 180 days of the date of this letter")]
    return build(h, L), tr(h, "timely_filing", L, n.isoformat(), days(n, 180).isoformat(), dates=[svc.isoformat()])


def evacuation(r):
    h = household(r, 6)
    trip = (dt.date(2026, 2, 20), dt.date(2026, 3, 14))
    svc = dt.date(2026, 3, 2)
    rec, n = days(svc, 8), days(svc, 22)
    rows, tf, tu = lines(r, h["cur"], [(svc, "Private ambulance transfer Faro - Lisbon"),
                                       (svc, "Medical escort")], 700, 2400)
    L = base(h, "Decision about your claim", n, trip, rec, "slash", rows, tf, tu)
    L["date_line"] = dmy(n, "slash")
    L["before"] = [f"Dear {h['name']},",
                   f"Claim {h['claim']} is for a road transfer between hospitals on {dmy(svc, 'slash')}, arranged "
                   f"by {h['doctor']} of {h['hosp']}."]
    L["after"] = ["We cannot pay for this transfer. Medical transport and evacuation must be arranged or approved "
                  "in advance by WayPoint Assist, our assistance company. The transfer was booked directly by the "
                  "hospital, and no approval was asked for or given.",
                  APPEAL.format(when="within 180 days of the date of this letter")]
    return build(h, L), tr(h, "prior_authorization", L, n.isoformat(), days(n, 180).isoformat(),
                           dates=[svc.isoformat()])


def documents(rng) -> list[Item]:
    one = [("travel_medical_bd_preexisting", "born_digital", preexisting),
           ("travel_medical_bd_undeclared", "born_digital", undeclared),
           ("travel_medical_scan_couldwait", "scan_clean_300", could_wait),
           ("travel_medical_copy_noassist", "photocopy", no_assistance),
           ("travel_medical_photo_paid", "phone_photo", paid),
           ("travel_medical_rot_late", "rotated", late_claim),
           ("travel_medical_faxf_evac", "fax_fine_g4", evacuation)]
    return [Item(stem, cond, [fn(random.Random(11300 + i))]) for i, (stem, cond, fn) in enumerate(one)]
