"""An invented missionary society's health plan for its overseas field workers and their families: the Wrayholm
Overseas Mission's Wrayholm Field Worker Health Plan, claims administered by Ashlocke Global Benefit Services,
Inc. (which prints most papers on its own letterhead; the Mission's Member Care Office writes some itself), with
medical evacuations arranged by the assistance company Keelbridge Assist International. The invented rules: on the
field the Plan pays 90% of reasonable charges after a yearly deductible, and receipts in local currency are
converted to U.S. dollars at the rate for the date of service; claims must reach the administrator within 180 days
of the date of service; during home assignment (time in the United States between terms of service) care must
come from the Cobbleway PPO Network except in an emergency; a medical evacuation is paid only when Keelbridge
arranges or approves it first; children are covered to the end of the month in which they turn 23; vitamins and
supplements are not covered; a hospital stay is paid only when care could not be given as a day patient; another
plan (a spouse's job-based plan during home assignment) pays first. Plan code FWHP-26, group WOM-40318, member
numbers "WOM" + six digits with "-02" / "-03" for dependants. The Mission, the administrator, the assistance
company, the network, every hospital, clinic, pharmacy, air ambulance company, school, other plan, person,
number, code and amount are invented (phones 555); CPT codes appear as themselves. No heading names the kind of
refusal.

Documents (8 in 7 files):
- born_digital_landscape_field_statement_soles_carried_forward_member_id_only_in_running_header_vitamin_line: a
  born-digital landscape statement of a family's receipts from Peru (soles "S/" converted at the day's rate), the
  worker's member number printed only in the running header, values over captions under a rule (statement date
  "22 April 2026", plan code, group), a money summary and an exchange-rate panel; the receipts table breaks across
  the pages with "Carried forward" / "Brought forward" rows; one pharmacy receipt for a child pays the antibiotic
  and refuses a multivitamin syrup under N4, told only in the code list; a wire transfer date and a conversion
  example as decoys; "within 180 days of the statement date".
- finefax_evacuation_flight_not_arranged_by_assistance_company_captions_left_of_boxes: a fine-fax two-page letter
  from the Member Care Office to an air ambulance company (captions at the left of ruled boxes: our claim, their
  invoice, aircraft registration, route, "USD 38,400.00"), refusing the flight because Keelbridge neither arranged
  nor approved it; a plan-document excerpt, two signatures; "no later than" a printed date.
- clean300_home_assignment_mri_outside_network_facts_sidebar_dependant_suffix: a clean-scan two-page letter to a
  worker on home assignment about his wife's knee MRI at an imaging center outside the Cobbleway PPO Network
  (facts sidebar with the dependant's member number "-02", the home assignment dates, the received date; the
  in-network ordering doctor and a network price as decoys); "within 180 days of the date of this letter".
- photocopy_memo_late_dental_receipt_ecuador_receipt_copy_with_translation: a photocopied two-page memo-style
  letter (TO / FROM / DATE / RE) refusing a dental receipt from Ecuador that arrived after 180 days (Ecuador uses
  dollars: "USD 185.00"), a RECEIVED stamp with a Roman-numeral month, the field-director exception as decoy; page 2
  a copy of the clinic's Spanish invoice with the administrator's translation boxed beside it (tax number, invoice
  number, "Fecha: 14/01/2026"); "within 60 days of the date of this letter".
- phone_es_hijo_cumplio_23_cobertura_terminada_quetzales: a photographed Spanish letter from the Member Care Office
  to a Guatemalan field worker: his son's clinic visit in March after his coverage ended at the end of the month
  he turned 23 ("Q 640.00 (US$ 83.12)"; birth date, coverage end and a 31-day continuation offer as decoys);
  "dentro de 60 días a partir de la fecha de esta carta".
- rotated_guarantee_of_payment_nairobi_three_column_terms_pay_panel: a guarantee of payment fed turned, addressed
  to a Nairobi hospital for a worker's planned gallbladder surgery, the terms flowing through three columns and a
  framed panel with the most the Plan will pay (denies nothing).
- lowres_stack_field_office_fax_cover_ward_nights_day_patient_then_other_plan_first_upside_down: a 150 dpi stack
  of the Papua New Guinea field office's fax cover (no document's page), a letter refusing a child's two ward nights
  in a Mount Hagen hospital because she could have been treated as a day patient (kina and dollars), and a
  two-page letter, page 2 upside down, sending the wife's physical therapy from home assignment to her school
  employer's plan first ("no later than" a printed date).
"""

from __future__ import annotations

import datetime as dt
import random

from fpdf.enums import PageOrientation

from capture import Item
from kit_roundek_famkb import (KBSheet, abbr, caps_mdy, digits, dmy_dots, dmy_long, dmy_slash, dr, es_date,
                               field_cover, first_last, iso, kin, last_first, long, money0, n2, people, phone, plus,
                               roman, slash, split_name, surname, tollfree, usd, wday_long)
from public_kit import m2, out, truth

FAMILY = ("wrayholm_overseas_mission_field_worker_health_plan_home_assignment_evacuation_and_local_currency_"
          "receipt_refusals")
LANG = "en"
SEED = 355101
MISSION = "Wrayholm Overseas Mission"
PLAN = "Wrayholm Field Worker Health Plan"
TPA = "Ashlocke Global Benefit Services, Inc."
TPA_SHORT = "Ashlocke Global Benefit Services"
ASSIST = "Keelbridge Assist International"
NETWORK = "Cobbleway PPO Network"
PLAN_ID = "FWHP-26"
GROUP = "WOM-40318"
ALT = [MISSION, PLAN, TPA_SHORT, "Ashlocke", "Wrayholm", "Wrayholm Overseas Mission Member Care Office",
       "Misión Wrayholm en el Extranjero"]
HQ = "2250 Carrow Hill Road, Wheaton, IL 60187"
TPA_PO = "P.O. Box 3390, Greenville, SC 29602"
_USED: set = set()


def folk(rng, n, **k):
    return people(rng, n, avoid=_USED, **k)


def household(rng, sexes):
    """A field family: one surname not used elsewhere in this family, members per sexes (first = worker)."""
    from kit_roundek_famkb import LAST
    last = rng.choice([x for x in LAST if x not in _USED])
    _USED.add(last)
    got = kin(rng, last, sexes, used=_USED)
    for g in got:
        _USED.add(split_name(g)[0])
    return got


def bom(rng):
    return "WOM" + digits(rng, 6)


def tpa_head(p, rng, box=None, unit="Field Claims Team"):
    p.head(TPA, "AG", [f"Claims administrator for the {PLAN}  |  {unit}",
                       f"{TPA_PO}  |  +1 864 555 {digits(rng, 4)}  |  claims help 24 hours: {tollfree(rng, '866')}"],
           box=box, size=12.5)


def mission_head(p, rng, box=None, es=False):
    sub = ("Oficina de Cuidado del Miembro  |  Plan de Salud para Obreros de Campo" if es
           else f"Member Care Office  |  {PLAN}")
    p.head(MISSION, "WOM", [sub, f"{HQ}  |  +1 630 555 {digits(rng, 4)}  |  fax +1 630 555 {digits(rng, 4)}"],
           box=box, size=13)


# ---------------------------------------------------------------------------------------------------------------
def born_statement(rng):
    wk, sp, k1, k2, k3 = household(rng, "MFFMF")
    fam = surname(wk)
    mno = bom(rng)
    nd = dt.date(2026, 4, 22)
    stmt = f"FS-2604-{digits(rng, 4)}"
    rates = {}

    def rate(d):
        if d not in rates:
            rates[d] = round(rng.uniform(3.705, 3.785), 3)
        return rates[d]

    shops = ["Clínica San Juan de Dios", "Botica Santa Catalina", "Laboratorio Clínico Misti",
             "Consultorio Pediátrico Ayala", "Policlínico Yanahuara", "Óptica Characato", "Centro Dental Selva Alegre"]
    receipts = [
        (wk, dt.date(2026, 2, 3), shops[4], [("Consulta medicina general", 90.0)]),
        (k2, dt.date(2026, 2, 11), shops[3], [("Consulta pediátrica", 120.0)]),
        (k2, dt.date(2026, 2, 11), shops[1], [("Salbutamol inhalador", 32.5)]),
        (sp, dt.date(2026, 2, 19), shops[2], [("Hemograma completo", 45.0), ("Perfil tiroideo", 118.0)]),
        (sp, dt.date(2026, 2, 24), shops[0], [("Consulta endocrinología", 150.0)]),
        (k1, dt.date(2026, 3, 2), shops[6], [("Curación dental pieza 14", 140.0)]),
        (k3, dt.date(2026, 3, 9), shops[1], [("Amoxicilina 250 mg/5 ml susp. x 2", 38.5),
                                              ("Jarabe multivitamínico con hierro", 46.0)]),
        (wk, dt.date(2026, 3, 16), shops[0], [("Radiografía de tórax", 85.0), ("Consulta neumología", 150.0)]),
        (k1, dt.date(2026, 3, 23), shops[5], [("Examen de la vista", 60.0)]),
    ]
    refused_i, refused_j = 6, 1
    rows, sums, groups = [], [], []
    claims = []
    ded_left = 38.0
    tot = {"loc": 0.0, "chg": 0.0, "paid": 0.0}
    for i, (who, d, shop, lines) in enumerate(receipts):
        cno = f"FC-26-{digits(rng, 6)}"
        r = rate(d)
        ctot = 0.0
        for j, (svc, loc) in enumerate(lines):
            chg = round(loc / r, 2)
            ctot += chg
            if (i, j) == (refused_i, refused_j):
                paid, code = 0.0, "N4"
            elif ded_left > 0:
                ded = min(ded_left, chg)
                ded_left -= ded
                paid, code = round((chg - ded) * 0.9, 2), "D1"
            else:
                paid, code = round(chg * 0.9, 2), "P1"
            rows.append([cno if j == 0 else "", last_first(who) if j == 0 else "", dmy_dots(d) if j == 0 else "",
                         shop if j == 0 else "", svc, f"S/ {loc:,.2f}", f"{r:.3f}", money0(chg), money0(paid), code])
            sums.append({7: chg, 8: paid})
            tot["loc"] += loc
            tot["chg"] += chg
            tot["paid"] += paid
        if len(lines) > 1:
            lp = sum(sm[8] for sm in sums[-len(lines):])
            rows.append(["", "", "", "", "Receipt total", f"S/ {sum(x for _, x in lines):,.2f}", "",
                         money0(round(ctot, 2)), money0(lp), ""])
            sums.append({})
        groups.append(len(lines) + (1 if len(lines) > 1 else 0))
        claims.append({"cno": cno, "who": who, "d": d, "shop": shop, "chg": round(ctot, 2),
                       "loc": sum(x for _, x in lines)})
    rc = claims[refused_i]
    p = KBSheet(footer="page {n} of {nb}", footer_left=f"{TPA_SHORT}  |  Statement {stmt}  |  issued {slash(nd)}",
                short_hdr=f"{mno}  |  {fam.upper()}  |  Field claims statement {stmt}  |  page {{n}} of {{nb}}")
    p.def_orientation = PageOrientation.LANDSCAPE
    p.set_margins(14, 14, 14)
    p.add_page()
    tpa_head(p, rng, box="FIELD CLAIMS STATEMENT")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [wk, f"c/o {MISSION}", "Casilla 412, Cercado", "Arequipa 04001, Peru"]:
        p.line(ln, 9.6)
    y1 = p.get_y()
    p.set_xy(p.l_margin + W * 0.36, y0)
    save = p.l_margin
    p.set_left_margin(p.l_margin + W * 0.36)
    p.under([(dmy_long(nd), "Statement date"), (stmt, "Statement no."), (PLAN_ID, "Plan code"),
             (GROUP, "Group")], size=9.4)
    p.under([("Peru  (PEN, soles)", "Field and currency"), ("Wire transfer", "Paid by"),
             (f"{dmy_long(plus(nd, 2))}", "Payment sent")], size=9.4)
    p.set_left_margin(save)
    p.set_xy(p.l_margin, max(y1, p.get_y()) + 3)
    y0 = p.get_y()
    yb = p.money_box("This statement", [("Receipts", str(len(receipts))), ("Charged, in soles", f"S/ {tot['loc']:,.2f}"),
                                       ("Charged, in U.S. dollars", usd(tot["chg"])),
                                       ("Deductible applied", usd(38.0)),
                                       ("The Plan paid", usd(tot["paid"]))], w=92,
                     note=f"Sent to your account ending {digits(rng, 4)}")
    p.set_xy(p.l_margin + 98, y0)
    rp = p.rate_panel("Exchange rates used", [(dmy_dots(d), "PEN", f"{r:.3f}") for d, r in sorted(rates.items())],
                      note="Rate for the date of service, soles per U.S. dollar.", x=p.l_margin + 98, w=70)
    p.set_xy(p.l_margin + 174, y0)
    p.set_left_margin(p.l_margin + 174)
    p.callout("Deductible for 2026", "Family deductible $500.00. Met before this statement: $462.00. Met with this "
              "statement: $500.00. Each person pays at most $250.00.", 8.2)
    p.set_left_margin(save)
    p.set_xy(p.l_margin, max(yb, rp, p.get_y()) + 3)
    p.para("Below is every receipt we received for your family since your last statement. Amounts in soles are "
           "converted to U.S. dollars at the rate for the date of service; then the Plan pays 90% after the "
           "deductible. Codes are explained after the table.", 8.4)
    head_ = ["Claim no.", "Patient", "Date", "Receipt from", "Service", "Amount", "Rate", "US$ charged",
             "Plan paid", "Code"]
    widths = [22, 40, 17, 45, 47, 21, 12, 18, 17, W - 239]
    aligns = ["L", "L", "L", "L", "L", "R", "R", "R", "R", "L"]
    p.carried_table(head_, rows, widths, sums, aligns=aligns, size=7.4, row_h=5.2, groups=groups, max_rows=7,
                    label_col=4)
    p.glossary("What the codes mean", [
        ("P1", "Paid at 90% of the charge in U.S. dollars."),
        ("D1", "Part of the charge went to your deductible; the rest was paid at 90%."),
        ("N4", "Vitamins, minerals, tonics and food supplements are not covered by the Plan, even when a doctor "
               "recommends them."),
        ("X2", "The receipt does not show what was bought or the patient's name. Send an itemized receipt."),
        ("R5", "Reasonable charge: the amount is more than is usually charged in that place; paid up to the usual "
               "amount.")], size=7.6, cols=3)
    p.para(f"An example of how we convert: a receipt for S/ 100.00 on a day when the rate is 3.750 soles to the "
           f"dollar is $26.67. If you think we converted or paid a receipt wrongly, write to the Field Claims Team "
           f"within 180 days of the statement date. Tell us the claim number and why you disagree.", 8.2)
    t = truth("eob", "not_covered", insurer=TPA, plan_id=PLAN_ID, group=GROUP, member_id=mno, member_name=rc["who"],
              cases=[rc["cno"]], claim_amount=m2(rc["chg"]), service_dates=[iso(rc["d"])], denial_date=iso(nd),
              provider=rc["shop"], appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": ALT, "claim_amount": [m2(rc["loc"])]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def finefax_evac(rng):
    (wk,) = household(rng, "M")
    director, adviser, clerk = folk(rng, 3, sexes="FMF")
    mno = bom(rng)
    flight = dt.date(2026, 4, 28)
    rcvd = dt.date(2026, 5, 11)
    nd = dt.date(2026, 5, 21)
    deadline = dt.date(2026, 7, 20)
    amt = rng.choice([38400.0, 41250.0, 36875.0])
    claim = f"EV-26-{digits(rng, 4)}"
    inv = f"SMA/INV/26/{digits(rng, 4)}"
    company = "Acacia Wing Medical Air Services Ltd."
    p = KBSheet(footer="Page {n} of {nb}", footer_left=f"{MISSION}  |  Member Care Office  |  {claim}",
                fax_hdr=f"{slash(plus(nd, 1))} 16:40   WRAYHOLM MEMBER CARE   +1 630 555 {digits(rng, 4)}   "
                        "P.{n}/2")
    p.set_margins(18, 14, 18)
    p.add_page()
    mission_head(p, rng)
    p.line(long(nd), 10)
    p.ln(2)
    for ln in [company, "Attn: Accounts Receivable", "Wilson Airport, Langata Road", "Nairobi, Kenya"]:
        p.line(ln, 9.8)
    p.ln(3)
    p.beside([[("OUR CLAIM", claim), ("YOUR INVOICE", inv)],
              [("PATIENT", wk), ("MEMBER NO.", mno)],
              [("FLIGHT DATE", dmy_long(flight)), ("AIRCRAFT", f"5Y-{rng.choice(['RKM', 'HLD', 'TWB'])}  King Air B200")],
              [("INVOICE AMOUNT", f"USD {amt:,.2f}"), ("INVOICE RECEIVED", slash(rcvd))],
              [("ROUTE", "Mbeya, Tanzania (HTMB) to Nairobi Wilson Airport, Kenya (HKNW)")],
              [("FIELD", "Tanzania, Southern Highlands")]], cap_w=27, size=8.8)
    p.heading("Our decision on your invoice", 11)
    p.para(f"We have reviewed your invoice for the air ambulance flight that carried {wk} from Mbeya, Tanzania to "
           f"Nairobi on {long(flight)}. We are sorry to tell you that the {PLAN} will not pay it.", 9.8)
    p.para(f"The Plan pays for a medical evacuation only when {ASSIST}, the Plan's assistance company, arranges "
           "the flight or approves it before the flight takes place. Keelbridge has no record of a call or a "
           "request about this flight. Our field office tells us that the hospital in Mbeya booked the flight "
           "directly with your dispatch desk on the evening before it left.", 9.8)
    p.para(f"The hospital care {wk} received in Nairobi after he arrived is a separate claim and is not part of "
           "this decision.", 9.8)
    p.para("If Keelbridge did approve the flight by telephone, please send us the Keelbridge case number (it begins "
           "with KA-) and the name of the person who approved it, and we will look at the invoice again. You may "
           f"also appeal this decision in writing. Send the appeal to the Member Care Office at the address above "
           f"no later than {long(deadline)}.", 9.8)
    p.add_page()
    p.heading("From the plan document", 10.5)
    p.callout("Section 9.3  Medical evacuation", "The Plan pays the cost of moving a covered person to the nearest "
              "place where adequate care can be given when the attending doctor and the assistance company agree "
              "that the move is medically needed. The assistance company must arrange the move, or approve it in "
              "advance. A move that was neither arranged nor approved by the assistance company is not paid, except "
              "that the Plan pays up to the cost of a scheduled commercial flight when the move itself was medically "
              "needed.", 8.8)
    p.para("Because no scheduled commercial flight could have carried a patient on a stretcher, nothing is payable "
           "under the last sentence of section 9.3.", 9.6)
    p.para(f"Please do not send this invoice to {first_last(wk)} or his family while an appeal is open.", 9.6)
    p.ln(4)
    p.two_sigs([first_last(director), "Director of Member Care", MISSION],
               [dr(adviser), "Medical adviser to the Plan", MISSION])
    p.ln(2)
    p.pairs([("cc", f"{wk}; {TPA_SHORT}; {ASSIST}"),
             ("Prepared by", first_last(clerk))], label_w=24, size=8.4, h=4.6)
    t = truth("denial_letter", "prior_authorization", insurer=MISSION, member_id=mno, member_name=wk, cases=[claim],
              claim_amount=m2(amt), service_dates=[iso(flight)], denial_date=iso(nd), provider=company,
              appeal_deadline=iso(deadline),
              alternates={"insurer": ALT, "provider": ["Acacia Wing Medical Air Services"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def clean_home_mri(rng):
    wk, sp = household(rng, "MF")
    orderer, sig = folk(rng, 2, sexes="FM")
    base = bom(rng)
    mno = base + "-02"
    dos = dt.date(2026, 3, 17)
    rcvd = dt.date(2026, 3, 30)
    nd = dt.date(2026, 4, 6)
    ha0, ha1 = dt.date(2026, 1, 6), dt.date(2026, 12, 15)
    amt = rng.choice([2140.0, 2265.0, 1985.0])
    claim = f"HA-26-{digits(rng, 6)}"
    center = "Lakeshore Open MRI"
    p = KBSheet(footer="Page {n} of {nb}", footer_left=f"Claim {claim}  |  {TPA_SHORT}  |  Letter HA-ON-2")
    p.set_margins(18, 16, 18)
    p.add_page()
    tpa_head(p, rng, unit="Home Assignment Claims")
    p.line(dmy_long(nd), 10)
    p.ln(2)
    for ln in [wk, "1418 Pinecone Trail", "Perrysburg, OH 43551"]:
        p.line(ln, 10)
    p.ln(4)
    p.facts_right([("Field worker", wk), ("Patient", sp), ("Member no.", mno), ("Plan code", PLAN_ID),
                   ("Group", GROUP), ("Claim no.", claim), ("Provider", center), ("Date of service", slash(dos)),
                   ("Charged", usd(amt)), ("Claim received", slash(rcvd)),
                   ("Home assignment", f"{slash(ha0)} to {slash(ha1)}")],
                  [f"Dear {first_last(wk)}:",
                   f"We have processed the claim from {center} in Toledo, Ohio for an MRI of your wife's left knee "
                   f"(CPT 73721) on {long(dos)}. The charge was {usd(amt)}. The MRI was ordered by {dr(orderer)} "
                   "of Ottawa Lake Family Medicine, who is in the Plan's network.",
                   f"While you and your family are on home assignment in the United States, the {PLAN} pays for "
                   f"care from providers in the {NETWORK}. Care from a provider outside the network is paid only "
                   f"in an emergency. {center} is not in the {NETWORK}, and a knee MRI scheduled two weeks after a "
                   "visit to the doctor is not emergency care. The Plan has therefore not paid this claim.",
                   "Three imaging centers in the network are within 20 miles of your address. In the network an MRI "
                   "of the knee usually costs the Plan about $650.00, and you would have paid only your share of "
                   "that amount.",
                   f"Because {center} is not in the network, it may bill you for the whole charge. If you have "
                   "already paid it, keep the receipt."],
                  side_w=62, size=9.4, title="About this claim")
    p.add_page()
    p.heading("If you disagree", 11)
    p.para("You may appeal this decision. Write to the Home Assignment Claims team at the address above within 180 "
           "days of the date of this letter. Tell us why you think the claim should be paid, and send anything that "
           "shows it was an emergency or that no network provider could do the test in time.", 9.8)
    p.para("We decide appeals within 30 days after we receive them. If we keep our decision, you may ask the "
           f"{MISSION}'s Benefits Committee to review it.", 9.8)
    p.heading("Finding a network provider", 11)
    p.para(f"Search the {NETWORK} directory on the member website or call us at the number above before you "
           "schedule tests, therapy or surgery during home assignment. Your field coverage rules apply again on the "
           "day you leave the United States for your field of service.", 9.8)
    p.ln(3)
    p.signoff(["Sincerely,", first_last(sig), "Home Assignment Claims", TPA], 9.6)
    t = truth("denial_letter", "out_of_network", insurer=TPA, plan_id=PLAN_ID, group=GROUP, member_id=mno,
              member_name=sp, cases=[claim], claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(nd),
              provider=center, appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": ALT, "member_id": [base], "provider": [dr(orderer), first_last(orderer)]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_late_dental(rng):
    wk, sp = household(rng, "MF")
    (dentist,) = folk(rng, 1, es=True, sexes="F")
    (sig,) = folk(rng, 1, sexes="F")
    base = bom(rng)
    mno = base + "-02"
    dos = dt.date(2026, 1, 14)
    rcvd = dt.date(2026, 8, 20)
    nd = dt.date(2026, 8, 27)
    last_day = plus(dos, 180)
    claim = f"FC-26-{digits(rng, 6)}"
    clinic = "Clínica Dental Río Tomebamba"
    items = [("Consulta y diagnóstico", 40.0), ("Radiografía periapical", 25.0), ("Extracción dental pieza 36", 120.0)]
    amt = sum(v for _, v in items)
    p = KBSheet(footer="Page {n} of {nb}", footer_left=f"{TPA_SHORT}  |  {claim}  |  Field Claims Team")
    p.set_margins(20, 16, 20)
    p.add_page()
    tpa_head(p, rng)
    p.ln(1)
    p.memo([("TO:", f"{wk}, {MISSION}, Casilla 01-01-1187, Cuenca, Ecuador"),
            ("FROM:", f"Field Claims Team, {TPA}"),
            ("DATE:", long(nd)),
            ("RE:", f"Claim {claim}  -  dental care for {sp}, member no. {mno}")])
    p.date_stamp("RECEIVED", roman(rcvd), p.w - p.r_margin - 46, p.get_y() + 1)
    p.ln(2)
    p.set_right_margin(p.r_margin + 50)
    p.para(f"We received your claim form and a receipt from {clinic} in Cuenca on {long(rcvd)}. The receipt is for "
           f"dental care your wife received on {long(dos)}: an examination, an x-ray and the removal of a lower "
           f"molar by Dra. {first_last(dentist)}. Ecuador uses the U.S. dollar, so no conversion was needed; the "
           f"receipt is for USD {amt:,.2f}.", 9.8)
    p.set_right_margin(20)
    p.para(f"The {PLAN} can pay a claim only when it reaches us within 180 days of the date of service. For care on "
           f"{long(dos)}, the last day to send the claim was {long(last_day)}. Your claim reached us "
           f"{(rcvd - last_day).days} days after that, so we cannot pay it.", 9.8)
    p.para("We can accept a late claim when your field director writes to tell us that mail, travel or security "
           "conditions kept you from sending it on time. We have no such letter for this claim. If your field "
           "director can write one, send it to us with a copy of this letter.", 9.8)
    p.para(f"You may also appeal this decision within 60 days of the date of this letter. Write to the Field Claims "
           f"Team at {TPA_PO}, or send a scan of your appeal through the member website.", 9.8)
    p.para("Tip: you can send receipts from the field through the member website as soon as you have them. "
           "Claims sent this way reach us the same day.", 9.2)
    p.signoff(["Field Claims Team", TPA, f"Prepared by {first_last(sig)}"], 9.6)
    p.add_page()
    p.heading("Copy of the receipt you sent, with our translation", 10.5)
    p.receipt_copy(
        [clinic.upper(), f"RUC 0190{digits(rng, 6)}001", "Av. Solano y Calle del Río, Cuenca", "Tel. 07 555 "
         f"{digits(rng, 4)}", f"FACTURA No. 001-002-{digits(rng, 9)}", f"Fecha: {dmy_slash(dos)}",
         f"Paciente: {sp.upper()}"],
        [(k, f"USD {v:,.2f}") for k, v in items], ("TOTAL", f"USD {amt:,.2f}"),
        [f"Son: ciento ochenta y cinco 00/100 dólares", f"Odontóloga: Dra. {first_last(dentist)}",
         "Forma de pago: efectivo  -  CANCELADO"],
        "Translation by the Field Claims Team",
        [("Provider", f"{clinic}, Cuenca, Ecuador (dental clinic)"), ("Document", "Invoice"),
         ("Date", long(dos)), ("Lines", "Consultation and diagnosis USD 40.00; periapical x-ray USD 25.00; "
                                        "extraction of tooth 36 (lower left first molar) USD 120.00"),
         ("Total", f"USD {amt:,.2f}, paid in cash"), ("Dentist", f"Dra. {first_last(dentist)}")])
    t = truth("denial_letter", "timely_filing", insurer=TPA, member_id=mno, member_name=sp, cases=[claim],
              claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(nd), provider=clinic,
              appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": ALT, "member_id": [base],
                          "provider": [f"Dra. {first_last(dentist)}", first_last(dentist)]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_es_son(rng):
    wk, son = folk(rng, 2, es=True, sexes="MM")
    son = f"{split_name(son)[0]} {split_name(son)[1]}. {surname(wk)}"
    (sig,) = folk(rng, 1, sexes="F")
    base = bom(rng)
    mno = base + "-03"
    bday = dt.date(2003, 2, 9)
    end = dt.date(2026, 2, 28)
    dos = dt.date(2026, 3, 16)
    nd = dt.date(2026, 4, 14)
    loc = rng.choice([640.0, 615.0, 680.0])
    r = round(rng.uniform(7.66, 7.74), 3)
    usd_amt = round(loc / r, 2)
    claim = f"FC-26-{digits(rng, 6)}"
    clinic = "Clínica Familiar Los Altos"
    p = KBSheet(footer="Página {n} de {nb}", footer_left=f"{MISSION}  |  Carta ME-23  |  {claim}")
    p.set_margins(18, 16, 18)
    p.add_page()
    mission_head(p, rng, es=True)
    p.line(f"Wheaton, Illinois, {es_date(nd)}", 10)
    p.ln(2)
    p.addr_kv([wk, f"a/c {MISSION}", "Apartado Postal 73", "Quetzaltenango, Guatemala"],
              [("Núm. de miembro", mno), ("Reclamo", claim), ("Paciente", son), ("Fecha de servicio", dmy_dots(dos)),
               ("Monto", f"Q {loc:,.2f} (US$ {usd_amt:,.2f})")], w=94, cap_w=34, size=8.6)
    p.para(f"Estimado hermano {first_last(wk)}:", 10)
    p.para(f"Recibimos el recibo de {clinic} por la consulta y los análisis que su hijo {first_last(son)} tuvo el "
           f"{es_date(dos)}. El recibo es por Q {loc:,.2f}, que al tipo de cambio de ese día ({r:.3f} quetzales por "
           f"dólar) son US$ {usd_amt:,.2f}.", 10)
    p.para(f"Lamentamos decirle que el {PLAN} no puede pagar este recibo. El Plan cubre a los hijos de un obrero "
           "de campo hasta el último día del mes en que cumplen 23 años. Su hijo cumplió 23 años el "
           f"{es_date(bday.replace(year=2026))} (nació el {dmy_dots(bday)}), así que su cobertura terminó el "
           f"{es_date(end)}. La consulta fue después de esa fecha, cuando él ya no estaba cubierto.", 10)
    p.callout("Plan de continuación", f"Su hijo puede comprar un plan individual de continuación por su cuenta si "
              f"lo solicita dentro de 31 días después de recibir esta carta. Llame a {TPA_SHORT} al "
              f"{tollfree(rng, '866')} para pedir los formularios.", 9.2)
    p.para("Si usted no está de acuerdo con esta decisión, puede apelar por escrito dentro de 60 días a partir de "
           "la fecha de esta carta. Envíe su apelación a la Oficina de Cuidado del Miembro a la dirección de arriba "
           "o por correo electrónico a su coordinador de cuidado del miembro.", 10)
    p.para("Oramos por usted y su familia y le agradecemos su servicio en Guatemala.", 10)
    p.signoff(["Con aprecio,", first_last(sig), "Coordinadora de Cuidado del Miembro", MISSION], 9.8)
    t = truth("denial_letter", "eligibility", insurer=MISSION, member_id=mno, member_name=son, cases=[claim],
              claim_amount=m2(usd_amt), service_dates=[iso(dos)], denial_date=iso(nd), provider=clinic,
              appeal_deadline=iso(plus(nd, 60)), lang="es",
              alternates={"insurer": ALT, "member_id": [base], "claim_amount": [m2(loc)]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_gop(rng):
    (wk,) = household(rng, "F")
    surg, sig = folk(rng, 2, sexes="MF")
    mno = bom(rng)
    nd = dt.date(2026, 4, 29)
    planned = dt.date(2026, 5, 6)
    v0, v1 = dt.date(2026, 5, 4), dt.date(2026, 6, 3)
    cap = rng.choice([6200.0, 6450.0, 5980.0])
    gop = f"GOP-26-{digits(rng, 5)}"
    hosp = "Parklands Mercy Hospital"
    p = KBSheet(footer="Page {n} of {nb}", footer_left=f"{TPA_SHORT}  |  {gop}  |  {caps_mdy(nd)}")
    p.set_margins(18, 16, 18)
    p.add_page()
    tpa_head(p, rng, box="GUARANTEE OF PAYMENT", unit="International Hospital Desk")
    p.line(f"Date: {long(nd)}", 10, "B")
    p.ln(2)
    p.addr_kv([hosp, "Admissions and Insurance Office", "3rd Parklands Avenue", "Nairobi, Kenya"],
              [("Guarantee no.", gop), ("Patient", wk), ("Member no.", mno), ("Plan code", PLAN_ID),
               ("Planned admission", slash(planned))], w=90, cap_w=34)
    p.para(f"The {PLAN} guarantees payment to {hosp} for the planned care described below for {wk}, a field worker "
           f"of the {MISSION} serving in Dodoma, Tanzania.", 9.8)
    p.flow_columns([
        ("Care approved", f"Laparoscopic removal of the gallbladder (CPT 47562) by {dr(surg)}, with the "
                          "anaesthetist's fees, theatre, medicines and up to two nights in a standard ward, "
                          f"on or about {long(planned)}."),
        ("How to bill", "Send the final itemized bill, the discharge summary and a copy of this guarantee to the "
                        "International Hospital Desk by e-mail within 30 days after discharge. Bill in Kenya "
                        "shillings; we convert at the rate for the date of discharge."),
        ("Valid", f"This guarantee is valid for admissions from {long(v0)} through {long(v1)}. If the date of "
                  "surgery changes, tell us; we will extend the guarantee."),
        ("If more care is needed", "If the patient needs more nights or a different operation, call the "
                                   "International Hospital Desk before the care is given, day or night. Our "
                                   "nurses will review the request the same day."),
        ("The patient's share", "The patient pays nothing to the hospital for the care approved. Any deductible "
                                "or coinsurance is settled between the Plan and the patient."),
    ], cols=3, size=8.6)
    p.pay_panel("What the Plan will pay", [("Guarantee number", gop), ("Approved for", "Surgery and up to 2 nights"),
                                           ("Paid to", hosp)], ("Up to", f"USD {cap:,.2f}"), w=120)
    p.signoff([first_last(sig), "Nurse case manager, International Hospital Desk", TPA], 9.4)
    t = truth("other", None, insurer=TPA, plan_id=PLAN_ID, member_id=mno, member_name=wk, cases=[gop],
              service_dates=[iso(planned)], denial_date=iso(nd), provider=hosp,
              alternates={"insurer": ALT, "provider": [dr(surg), first_last(surg)],
                          "service_dates": [[f"{iso(v0)}/{iso(v1)}"]], "claim_amount": [m2(cap)]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_stack(rng):
    wk, sp, kid = household(rng, "MFF")
    adviser, sig, pt_doc, sig2 = folk(rng, 4, sexes="MFMF")
    base = bom(rng)
    # document 1: ward nights refused (day patient)
    adm, dis = dt.date(2026, 3, 3), dt.date(2026, 3, 5)
    nd = dt.date(2026, 4, 2)
    r = round(rng.uniform(3.87, 3.93), 3)
    lines = [("Emergency consultation", 180.0, 180.0), ("IV fluids and giving set", 240.0, 240.0),
             ("Medicines", 150.0, 150.0), ("Laboratory tests", 350.0, 350.0),
             ("Ward nights, 2 x K 730.00", 1460.0, 0.0)]
    loc = sum(x[1] for x in lines)
    chg = round(loc / r, 2)
    claim = f"FC-26-{digits(rng, 6)}"
    hosp = "Wahgi Valley Christian Hospital"
    a = KBSheet(footer=None, footer_left=f"{TPA_SHORT}  |  Claim {claim}  |  {long(nd)}")
    a.set_margins(20, 16, 20)
    a.add_page()
    tpa_head(a, rng)
    a.line(dmy_long(nd), 10)
    a.ln(2)
    a.addr_pairs_right([wk, f"c/o {MISSION}", "P.O. Box 288", "Mount Hagen, WHP, Papua New Guinea"],
                       [("Member no.", base + "-03"), ("Patient", kid), ("Claim no.", claim), ("Hospital", hosp),
                        ("Admitted", slash(adm)), ("Discharged", slash(dis)), ("Rate used", f"{r:.3f} kina per US$")],
                       cap_w=26, size=8.8)
    a.para(f"Dear {first_last(wk)}:", 10)
    a.para(f"We have processed the bill from {hosp} for your daughter {first_last(kid)}, who was admitted on "
           f"{long(adm)} with vomiting and diarrhoea and went home on {long(dis)}. The hospital charged "
           f"K {loc:,.2f}, which is US$ {chg:,.2f} at the rate for the day she was admitted.", 9.8)
    a.table(["Charge", "Kina", "Paid in full or in part?"],
            [[c, f"{k:,.2f}", "Yes, at 90%" if ok else "No"] for c, k, ok in lines] +
            [["Total", f"{loc:,.2f}", ""]], [88, 30, 52], size=8.6, bold_last=True, row_h=5.2,
            aligns=["L", "R", "L"])
    a.para(f"The Plan's medical adviser, {dr(adviser)}, read the hospital's notes. They show that your daughter was "
           "drinking by mouth on the evening she arrived and needed no drip after the first four hours. The Plan "
           "pays for a stay in a hospital ward only when the care could not be given to a day patient. Her "
           "treatment could have been given in the hospital's day ward, so the Plan paid the emergency "
           "consultation, the fluids, the medicines and the tests at 90%, and did not pay the two ward nights of "
           "3 and 4 March 2026 (K 1,460.00).", 9.8)
    a.para("If you disagree, you may appeal within 180 days of the date of this letter. Send any notes from the "
           "doctor who cared for her that explain why she needed to stay overnight.", 9.8)
    a.signoff(["With best wishes,", first_last(sig), "Field Claims Team", TPA], 9.6)
    d1 = (out(a), truth("denial_letter", "level_of_care", insurer=TPA, member_id=base + "-03", member_name=kid,
                        cases=[claim], claim_amount=m2(chg), service_dates=[f"{iso(adm)}/{iso(dis)}"],
                        denial_date=iso(nd), provider=hosp, appeal_deadline=iso(plus(nd, 180)),
                        alternates={"insurer": ALT, "member_id": [base], "claim_amount": [m2(loc)],
                                    "service_dates": [[iso(adm), iso(plus(adm, 1))]]},
                        denial_alternates=["medical_necessity"]))
    # document 2: the other plan pays first (page 2 upside down)
    s0, s1 = dt.date(2026, 2, 2), dt.date(2026, 2, 27)
    nd2 = dt.date(2026, 4, 15)
    dl = dt.date(2026, 10, 12)
    amt2 = rng.choice([1260.0, 1305.0, 1194.0])
    claim2 = f"HA-26-{digits(rng, 6)}"
    pt = "Plaster Creek Physical Therapy"
    other = "Granite Lakes Health Plan"
    b = KBSheet(footer="Page {n} of {nb}", footer_left=f"{TPA_SHORT}  |  Home Assignment Claims",
                run_hdr=f"{claim2}  |  {sp}  |  {abbr(nd2)}  |  page {{n}}")
    b.set_margins(20, 16, 20)
    b.add_page()
    tpa_head(b, rng, unit="Home Assignment Claims")
    b.line(abbr(nd2), 10)
    b.ln(2)
    for ln in [sp, f"c/o {MISSION}", "P.O. Box 288", "Mount Hagen, WHP, Papua New Guinea"]:
        b.line(ln, 10)
    b.ln(3)
    b.re_line([f"Claim {claim2}", f"member no. {base}-02", pt])
    b.para(f"Dear {first_last(sp)}:", 10)
    b.para(f"{pt} in Grand Rapids, Michigan sent us a claim for six physical therapy visits (97110) from "
           f"{long(s0).replace(', 2026', '')} through {long(s1)}, during your family's home assignment. The visits "
           f"were ordered by {dr(pt_doc)}. The claim was for {usd(amt2)}.", 9.8)
    b.para(f"The form you sent us with your last claim says that while you were in the United States you worked "
           f"part time at Breton Woods Christian Academy and were covered by the school's plan, {other}. When a person "
           f"has two plans, the other plan pays first and the {PLAN} pays second. We have not paid this claim.", 9.8)
    b.add_page()
    b.heading("What to do now", 11)
    b.para(f"Ask {pt} to send the claim to {other}. When {other} has paid, send us its explanation of benefits and "
           f"we will consider the amount it did not pay. Send it no later than {long(dl)}.", 9.8)
    b.para(f"If the school's plan had ended before {long(s0)}, send us a letter from {other} that says when your "
           "coverage ended, and we will process the claim as the first plan.", 9.8)
    b.para("If you disagree with this decision for any other reason, you may appeal by writing to us within the "
           "same time.", 9.8)
    b.signoff(["Sincerely,", first_last(sig2), "Home Assignment Claims", TPA], 9.6)
    d2 = (out(b), truth("denial_letter", "other", insurer=TPA, member_id=base + "-02", member_name=sp,
                        cases=[claim2], claim_amount=m2(amt2), service_dates=[f"{iso(s0)}/{iso(s1)}"],
                        denial_date=iso(nd2), provider=pt, appeal_deadline=iso(dl),
                        alternates={"insurer": ALT, "member_id": [base],
                                    "provider": [dr(pt_doc), first_last(pt_doc)]}))
    cover = field_cover(f"{MISSION}  -  Papua New Guinea Field Office",
                        ["P.O. Box 288, Mount Hagen, Western Highlands Province", "Tel. +675 555 0190  |  Fax +675 "
                         "555 0191"],
                        [("To:", "Member Care Office, Wheaton"), ("Fax:", "+1 630 555 0148"),
                         ("From:", f"{first_last(wk)} (field office)"), ("Date:", roman(plus(nd2, 9))),
                         ("Pages:", "5 with this page"), ("Subject:", "Two letters from Ashlocke")],
                        ["Dear Member Care team,", "Attached are two letters we received from Ashlocke this "
                         "month, one about our daughter's stay in hospital and one about my wife's therapy in "
                         "Michigan. Could you help us understand what we should do? Thank you and blessings."],
                        "This fax may contain private medical information. If you are not the person it is meant "
                        "for, please let us know and destroy it.")
    return [d1, d2], cover


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    _USED.clear()
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_landscape_field_statement_soles_carried_forward_member_id_only_in_running_header_"
                 "vitamin_line", "born_digital", [born_statement(rng)]),
        Item(F + "finefax_evacuation_flight_not_arranged_by_assistance_company_captions_left_of_boxes",
             "fax_fine_g4", [finefax_evac(rng)]),
        Item(F + "clean300_home_assignment_mri_outside_network_facts_sidebar_dependant_suffix", "scan_clean_300",
             [clean_home_mri(rng)]),
        Item(F + "photocopy_memo_late_dental_receipt_ecuador_receipt_copy_with_translation", "photocopy",
             [photocopy_late_dental(rng)]),
        Item(F + "phone_es_hijo_cumplio_23_cobertura_terminada_quetzales", "phone_photo", [phone_es_son(rng)]),
        Item(F + "rotated_guarantee_of_payment_nairobi_three_column_terms_pay_panel", "rotated", [rotated_gop(rng)]),
    ]
    docs, cover = lowres_stack(rng)
    items.append(Item(F + "lowres_stack_field_office_fax_cover_ward_nights_day_patient_then_other_plan_first_upside_"
                          "down", "scan_lowres_150", docs, separators=[cover, None], turns={(1, 1): 180}))
    return items
