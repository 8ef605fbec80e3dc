"""Family 'hospital_bed_semi_electric_denial': Medicare Summary Notices, DME MAC letters, plan EOBs and a DME
supplier's cover letter on home hospital beds: E0260 semi-electric bed with mattress, E0265 total electric bed,
E0277 powered pressure-reducing mattress. Reasons: the records do not show the patient needs positioning that an
ordinary bed cannot give (E0260), the total-electric height adjustment is a convenience feature (E0265), the E0277
surface without the pressure-ulcer criteria, and a rental month billed after the 13-month capped rental period.
The DME supplier is the provider; the ordering physician (with NPI), the date of birth, the claims-processed period,
the supplier's phone numbers and the mattress's earlier rental months are decoys. One paid EOB; one stack (the
supplier's cover letter to the beneficiary and the DME MAC's notice). All values invented.

Issuers: Medicare (MSN), Vormsi Medical Administrators, LLC (a fictional DME Medicare Administrative Contractor),
Saaremaa Bay Health Plan (Medicare Advantage EOB), Tallowmere Health Insurance Company (commercial letter and EOB),
Bluefen Homecare Equipment (supplier's cover letter).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "hospital_bed_semi_electric_denial"
LANG = "en"
MC, VM, SB, TW = ("Medicare", "Vormsi Medical Administrators, LLC", "Saaremaa Bay Health Plan",
                  "Tallowmere Health Insurance Company")
BLUEFEN = "Bluefen Homecare Equipment"
FIRST = ["Kaisa", "Rasmus", "Rowena", "Adebola", "Nino", "Levan", "Jericho", "Folake", "Liisa", "Tiit",
         "Corazon", "Obafemi"]
LAST = ["Tamm", "Kask", "Bautista", "Ogunleye", "Beridze", "Kapanadze", "Manalo", "Adeyemi", "Ots", "Saar",
        "Villareal", "Lepik"]
SUPPLIERS = ["Kadriorg Home Medical Equipment", "Otepaa Valley Medical Supply, Inc.", BLUEFEN,
             "Narva Point Respiratory & DME"]
PHYS = ["Helgi R. Vaher, MD", "Ikenna T. Balogun, DO", "Marta L. Kuusk, MD", "Giorgi A. Tsereteli, MD"]
CODES = {"E0260": "Hospital bed, semi-electric, with any type side rails, with mattress",
         "E0265": "Hospital bed, total electric, with any type side rails, with mattress",
         "E0277": "Powered pressure-reducing air mattress",
         "E0910": "Trapeze bar, attached to bed, with grab bar"}


def dig(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def mbi(r):
    let = "ACDEFGHJKMNPQRTUVWXY"
    return (str(r.randint(1, 9)) + r.choice(let) + r.choice(let + "0123456789") + str(r.randint(0, 9))
            + r.choice(let) + r.choice(let + "0123456789") + str(r.randint(0, 9)) + r.choice(let) + r.choice(let)
            + str(r.randint(0, 9)) + str(r.randint(0, 9)))


def cash(r, lo, hi):
    return round(r.randint(lo, hi) + r.choice([0, 0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


def facts(r, ins, ds, ms):
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 180))
    start = notice - dt.timedelta(days=r.randint(30, 70))
    return dict(ins=ins, ds=ds, ms=ms, notice=notice, start=start, end=start + dt.timedelta(days=29),
                dob=dt.date(r.randint(1936, 1960), r.randint(1, 12), r.randint(1, 27)),
                member=f"{r.choice(FIRST)} {r.choice('BCDFGHJKLMNPRSTW')}. {r.choice(LAST)}",
                mbi=mbi(r), mid="TWH" + dig(r, 9), said="SB" + dig(r, 8) + "-01", group="GR-" + dig(r, 6),
                sup=r.choice(SUPPLIERS), phys=r.choice(PHYS), snpi=r.choice("12") + dig(r, 9),
                pnpi=r.choice("12") + dig(r, 9), icn=dig(r, 2) + dig(r, 11) + "0", claim=dig(r, 3) + "-" + dig(r, 8),
                ref="HB" + dig(r, 7), phone=f"1-8{r.choice('4567')}{r.randint(4, 8)}-555-{dig(r, 4)}",
                sphone=f"({r.randint(201, 989)}) 555-{dig(r, 4)}",
                street=f"{r.randint(14, 9800)} {r.choice(['Haava Lane', 'Kiviloo Road', 'Mustvee Court', 'Rapla Avenue'])}",
                city=r.choice(["Lindale, MN 56301", "Paldiski, OR 97321", "Kohtla Falls, WI 54481",
                               "Tartu Springs, NE 68601"]))


def D(f, d):
    return fmt_date(d, f["ds"])


def M(f, v):
    return fmt_money(v, f["ms"])


def kv(d, rows, w1=48, size=9.5):
    for a, b in rows:
        d.font(size - 0.8)
        d.cell(w1, 5.2, a)
        d.font(size, "B")
        d.cell(0, 5.2, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def addressee(d, f):
    for ln in (f["member"].upper(), f["street"].upper(), f["city"].upper()):
        d.text_line(ln, 10)
    d.ln(5)


# ---------------------------------------------------------------- Medicare Summary Notice
MSN_NOTES = {
    "position": ("A", "Medicare won't pay for this item because the information we received does not show it was "
                      "medically necessary. A semi-electric hospital bed is covered only when your condition needs "
                      "body positioning (or frequent changes in position) not feasible in an ordinary bed, or the "
                      "head raised more than 30 degrees most of the time. Your records do not show this. "
                      "(CARC 50)"),
    "cap": ("B", "This item was billed as a rental after the 13-month capped rental period ended. Medicare already "
                 "paid 13 months of rental, and ownership of the bed passes to you. No further rental is payable. "
                 "The supplier may not charge you for this month. (CARC 119)"),
}


def msn(d, f, kind, lines):
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 15, "B")
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5)
    d.rule(0.8)
    y = d.get_y()
    addressee(d, f)
    d.set_xy(115, y)
    d.font(9)
    d.multi_cell(0, 4.6, f"Notice for {f['member']}\nMedicare Number {f['mbi']}\nDate of this notice "
                 f"{D(f, f['notice'])}\nClaims processed between {D(f, f['notice'] - dt.timedelta(days=92))} and "
                 f"{D(f, f['notice'] - dt.timedelta(days=3))}", border=1, new_x="LMARGIN", new_y="NEXT", align="L")
    d.ln(6)
    d.text_line("Your Deductible Status", 11, "B")
    d.para("Your deductible is what you must pay for most health services before Medicare begins to pay. "
           "Part B Deductible: You have now met your deductible for this year.", 9)
    d.text_line("Did Medicare approve all claims?   NO", 11, "B")
    d.para("Medicare denied some or all of the items you received. Look for NO in the \"Service Approved?\" column. "
           "See the last page for how to handle a denied claim.", 9)
    total = round(sum(x[2] for x in lines), 2)
    d.text_line(f"Total You May Be Billed   {M(f, 0)}", 11, "B")
    d.ln(3)
    d.text_line("Your Claims for Part B (Medical Insurance)", 12, "B")
    d.rule(0.4)
    d.font(9.5, "B")
    d.cell(0, 5, f"{f['sup']}, {f['sphone']}", new_x="LMARGIN", new_y="NEXT")
    d.font(9)
    d.cell(0, 4.6, f"Ordered by {f['phys']}", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.6, f"Service Date {D(f, f['start'])}   Claim Number {f['icn']}", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    rows = [[f"{CODES[c][:46]} ({c}-RR)", ok, M(f, ch), M(f, ap), M(f, pd),
             M(f, 0) if ok == "No" else M(f, round(ap - pd, 2)), note] for c, ok, ch, ap, pd, note in lines]
    rows.append(["*Total for this claim", "", M(f, total), "", "", "", ""])
    d.table(["Service Provided & Billing Code", "Approved?", "Charged", "Approved Amt",
             "Paid", "May Be Billed", "Notes"], rows, [64, 16, 22, 23, 20, 22, 13], size=7.6,
            aligns="LCRRRRC")
    d.text_line("Notes for Claims Above", 10, "B")
    letter, text = MSN_NOTES[kind]
    d.para(f"{letter}  {text}", 8.8)
    d.ln(2)
    d.text_line("How to Handle Denied Claims or File an Appeal", 11, "B")
    d.para("If you disagree with a coverage decision, you can file an appeal. Circle the service or claim you "
           "disagree with on this notice, explain why, sign it and send it to the Medicare contractor at the address "
           "below, or send a Redetermination Request Form (CMS-20027).", 9)
    d.text_line(f"Appeals must be filed by {D(f, f['notice'] + dt.timedelta(days=120))}.", 11, "B")
    d.ln(2)
    d.para(f"Send appeals to: {VM}, DME Redeterminations, PO Box 30415, Haapsalu Junction, IA 50941. "
           "Call 1-800-MEDICARE (1-800-633-4227); TTY 1-877-486-2048.", 8.5)
    return total


# ---------------------------------------------------------------- DME MAC letter
MAC_REASON = {
    "conv": ("The claim is for a total electric hospital bed (E0265). A total electric bed adds electric height "
             "adjustment to the features of a semi-electric bed. The height adjustment is a convenience feature: "
             "it helps the caregiver, not the treatment of your condition. Medicare does not cover convenience "
             "items, so the total electric bed is denied. A semi-electric bed was not billed."),
    "surface": ("The claim is for a powered pressure-reducing air mattress (E0277), a Group 2 support surface. "
                "It is covered when a patient has multiple stage 2 pressure ulcers on the trunk or pelvis that "
                "did not improve over the past month on a Group 1 surface, or large or multiple stage 3 or 4 "
                "ulcers on the trunk or pelvis. The records we received (the order and two visit notes) do not "
                "describe any pressure ulcer or its stage. The mattress is not reasonable and necessary."),
}


def mac_letter(d, f, kind, lines, dl):
    d.add_page()
    d.text_line("VORMSI MEDICAL ADMINISTRATORS, LLC", 14, "B")
    d.text_line("DME Medicare Administrative Contractor  -  Medical Review Department", 9)
    d.text_line(f"PO Box 30415, Haapsalu Junction, IA 50941   Beneficiary line {f['phone']}", 8.5)
    d.rule(0.9)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(3)
    addressee(d, f)
    d.text_line("MEDICARE INITIAL DETERMINATION - MEDICAL REVIEW RESULTS", 12, "B")
    d.ln(2)
    total = round(sum(x[2] for x in lines), 2)
    kv(d, [("Beneficiary:", f["member"]), ("Medicare Number:", f["mbi"]), ("Date of birth:", D(f, f["dob"])),
           ("Claim control number (ICN):", f["icn"]), ("Supplier:", f"{f['sup']}  (NPI {f['snpi']})"),
           ("Ordering physician:", f"{f['phys']}  (NPI {f['pnpi']})"),
           ("Rental period billed:", f"{D(f, f['start'])} to {D(f, f['end'])}"),
           ("Amount billed:", M(f, total))], 52)
    d.table(["HCPCS", "Description", "Billed", "Allowed", "Decision"],
            [[c + "-RR", CODES[c][:58], M(f, ch), M(f, ap), "Paid" if ok == "Yes" else "Denied"]
             for c, ok, ch, ap, _, _ in lines], [22, 92, 22, 22, 18], size=8.2, aligns="LLRRC")
    d.text_line("Why the claim was denied", 11, "B")
    d.para(MAC_REASON[kind], 9.8)
    d.para("Because the supplier did not give you an Advance Beneficiary Notice (ABN) before delivery, you are not "
           "responsible for this charge; the supplier may not bill you for it.", 9.8)
    d.text_line("If you disagree: ask for a redetermination", 11, "B")
    if dl == "receipt":
        d.para("You, your supplier or your representative may ask for a redetermination. Your request must be "
               "received within 120 days from the date you receive this letter. We assume you received it 5 days "
               "after the date of the letter unless you show otherwise. Use form CMS-20027 or write to us.", 9.8)
    else:
        d.para("You, your supplier or your representative may ask for a redetermination. Send your request within "
               "120 days of the date of this letter, with a copy of this letter and any new records (for example "
               "the physician's notes on your positioning needs or skin condition). Use form CMS-20027.", 9.8)
    d.para("A redetermination is the first level of appeal. If you disagree with the redetermination, you may then "
           "ask a Qualified Independent Contractor for a reconsideration within 180 days.", 9)
    d.ln(2)
    d.text_line("Medical Review Department", 9.5)
    d.text_line(VM, 9.5)
    return total


def cover_letter(d, f, lines):
    d.add_page()
    d.text_line(BLUEFEN, 16, "B")
    d.text_line(f"Home medical equipment since 1994  -  77 Piirissaar Way, Lindale, MN 56303  -  {f['sphone']}", 8.5)
    d.rule(0.5, 6)
    sent = f["notice"] + dt.timedelta(days=6)
    d.text_line(D(f, sent), 10)
    d.ln(3)
    addressee(d, f)
    total = round(sum(x[2] for x in lines), 2)
    d.text_line(f"Re: Your Medicare claim for the hospital bed, rental month beginning {D(f, f['start'])}", 10, "B")
    d.text_line(f"Medicare claim {f['icn']}   -   Medicare Number {f['mbi']}", 10)
    d.ln(3)
    name = f["member"].split()
    d.para(f"Dear {name[0]} {name[-1]},", 10.5)
    d.para(f"Enclosed is a copy of the letter we received from {VM}, the contractor that processes Medicare "
           f"equipment claims, about the total electric bed we delivered. We billed Medicare {M(f, total)} for "
           "this rental month. Please read the enclosed letter carefully; it explains Medicare's decision and how "
           "to ask for a redetermination.", 10.5)
    d.para("You will not receive a bill from us for this month while the claim is under review. If you would like "
           "us to exchange the bed for a semi-electric model, or if Dr. " + f["phys"].split(",")[0].split()[-1] +
           f" sends us new notes, call our billing office at {f['sphone']}, Monday to Friday, 8 to 4.", 10.5)
    d.para("Sincerely,\n\nPilleriin Koppel\nBilling Coordinator, " + BLUEFEN, 10.5)
    d.text_line("Enclosure: Medicare initial determination (1 page)", 8.5)
    return sent


# ---------------------------------------------------------------- Saaremaa Bay MA EOB
def ma_eob(d, f, lines):
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.set_text_color(255, 255, 255)
    d.font(15, "B")
    d.cell(0, 10, "  SAAREMAA BAY HEALTH PLAN", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.text_line("Medicare Advantage HMO  -  Explanation of Benefits (this is not a bill)", 9.5, "B")
    d.ln(3)
    y = d.get_y()
    addressee(d, f)
    d.set_xy(120, y)
    d.font(9)
    d.multi_cell(0, 4.8, f"Statement date: {D(f, f['notice'])}\nMember: {f['member']}\nMember ID: {f['said']}\n"
                 f"Plan: H7713-004 Saaremaa Bay Advantage Plus", new_x="LMARGIN", new_y="NEXT", align="L")
    d.ln(5)
    total = round(sum(x[2] for x in lines), 2)
    d.text_line(f"Claim {f['claim']}   -   {f['sup']} (supplier)   -   received {D(f, f['start'] + dt.timedelta(days=9))}",
                9.5, "B")
    d.text_line(f"Ordering provider: {f['phys']}, NPI {f['pnpi']}", 8.5)
    d.ln(1)
    rows = []
    for c, ok, ch, ap, pd, note in lines:
        rows.append([D(f, f["start"]), f"{c} {CODES[c][:38]}", M(f, ch), M(f, ap), M(f, pd),
                     M(f, 0 if ok == "No" else round(ap - pd, 2)), note])
    rows.append(["*Claim total", "", M(f, total), M(f, sum(x[3] for x in lines)), M(f, sum(x[4] for x in lines)),
                 "", ""])
    d.table(["Date", "Item", "Billed", "Plan allowed", "Plan paid", "Your share", "Note"], rows,
            [22, 66, 22, 22, 20, 18, 10], size=7.8, aligns="LLRRRRC", head_fill=True)
    d.text_line("Notes", 10, "B")
    d.para("M4  Denied. The powered pressure-reducing mattress (E0277) requires documentation of stage 2 pressure "
           "ulcers on the trunk or pelvis that did not heal on a Group 1 surface, or stage 3 or 4 ulcers. The "
           "medical records sent with the claim do not document a pressure ulcer, so the item is not medically "
           "necessary. You do not owe the supplier for this item.", 9)
    d.para("P1  Paid as billed under your durable medical equipment benefit (20% coinsurance).", 9)
    d.text_line("Your right to appeal", 10, "B")
    d.para("If you disagree with a decision on this statement, you may ask for a reconsideration. Your request "
           "must be made within 65 days of the date of this statement. Call Member Services at "
           f"{f['phone']} (TTY 711), 8 a.m. to 8 p.m., seven days a week.", 9)
    return total


# ---------------------------------------------------------------- Tallowmere commercial letter and EOB
def tw_head(d, f):
    d.text_line("Tallowmere", 22, "B")
    d.text_line("HEALTH INSURANCE COMPANY", 9, "B")
    d.text_line("Clinical Review - Durable Medical Equipment  -  PO Box 9120, Kohtla Falls, WI 54482", 8.5)
    d.rule(0.6, 4)


def tw_letter(d, f):
    d.add_page()
    tw_head(d, f)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(3)
    addressee(d, f)
    d.text_line("Notice of Adverse Benefit Determination - Pre-Service Request", 12, "B")
    d.ln(2)
    kv(d, [("Member", f["member"]), ("Member ID", f["mid"]), ("Group number", f["group"]),
           ("Reference number", f["ref"]), ("Item requested", "E0260 Semi-electric hospital bed with mattress"),
           ("Supplier", f["sup"]), ("Ordering physician", f"{f['phys']} (NPI {f['pnpi']})"),
           ("Request received", D(f, f["notice"] - dt.timedelta(days=6))),
           ("Requested delivery date", D(f, f["start"]))], 50)
    d.text_line("Our decision: NOT APPROVED", 11, "B")
    d.para(f"We reviewed the request from {f['sup']} for a semi-electric hospital bed for home use. Our DME "
           "guideline covers a hospital bed when the member needs positioning of the body in ways not feasible "
           "with an ordinary bed (for example to relieve pain or prevent contractures), needs the head of the bed "
           "raised more than 30 degrees because of heart failure, lung disease or aspiration, or needs traction "
           "equipment attached to the bed. The semi-electric feature is covered when the member must change "
           "position often and right away.", 10)
    d.para("The notes sent with the request say you sleep in a recliner and have trouble getting out of bed. They "
           "do not describe a positioning need that an ordinary bed with wedges or a bed rail cannot meet. The "
           "hospital bed is therefore not medically necessary under the guideline. This decision was made by a "
           "physician reviewer.", 10)
    d.text_line("How to appeal", 11, "B")
    d.para("You or your doctor may appeal this decision. Send a written appeal within 180 days of the date of this "
           "letter to Tallowmere Appeals, PO Box 9124, Kohtla Falls, WI 54482, or fax it to (715) 555-0190. If "
           "waiting would seriously harm your health, ask for an urgent appeal; we decide those within 72 hours.",
           10)
    d.para(f"Questions? Call {f['phone']} (TTY 711).", 10)


def tw_eob(d, f, lines):
    d.add_page()
    tw_head(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 13, "B")
    d.text_line("THIS IS NOT A BILL", 8.5)
    d.ln(2)
    d.boxes([("Statement date", D(f, f["notice"]), 40), ("Member", f["member"], 52), ("Member ID", f["mid"], 42),
             ("Group no.", f["group"], 40)])
    total = round(sum(x[2] for x in lines), 2)
    d.boxes([("Claim number", f["claim"], 40), ("Supplier", f["sup"], 94), ("Patient DOB", D(f, f["dob"]), 40)])
    d.ln(4)
    rows = [[f"{D(f, f['start'])} - {D(f, f['end'])}", f"{c}-RR {CODES[c][:34]}", M(f, ch), M(f, ap), M(f, pd),
             M(f, round(ap - pd, 2))] for c, ok, ch, ap, pd, _ in lines]
    rows.append(["*Totals", "", M(f, total), M(f, sum(x[3] for x in lines)), M(f, sum(x[4] for x in lines)),
                 M(f, round(sum(x[3] - x[4] for x in lines), 2))])
    d.table(["Rental period", "Service", "Charged", "Allowed", "Paid by plan", "You owe"], rows,
            [46, 60, 18, 18, 20, 18], size=7.8, aligns="LLRRRR")
    d.para(f"This claim was processed under your durable medical equipment benefit. Rental month 3 of 13. The plan "
           f"paid {f['sup']} directly. Ordering physician on the claim: {f['phys']}.", 9)
    d.para("Payment was made according to the terms of your plan. If you have a question about this statement, call "
           f"Member Services at {f['phone']}. You may ask for a review of any claim decision within 180 days.", 9)
    return total


# ---------------------------------------------------------------- builders
def L(r, code, ok, paid_ratio=0.8):
    ch = cash(r, 180, 520) if code != "E0277" else cash(r, 780, 1450)
    ap = round(ch * r.uniform(0.45, 0.7), 2) if ok == "Yes" else 0.0
    pd = round(ap * paid_ratio, 2) if ok == "Yes" else 0.0
    return (code, ok, ch, ap, pd, "")


def common(f, total, ins, member_id, cases, svc):
    return dict(insurer=ins, member_id=member_id, member_name=f["member"], case_numbers=cases,
                claim_amount=None if total is None else m2(total), service_dates=svc, denial_date=iso(f["notice"]),
                provider=f["sup"])


def documents(rng) -> list[Item]:
    out = []
    # 1. MSN, E0260 positioning not shown (born digital)
    r = random.Random(170500)
    f = facts(r, MC, "slash", "plain")
    lines = [L(r, "E0260", "No")]
    lines = [(c, ok, ch, ap, pd, "A") for c, ok, ch, ap, pd, _ in lines]
    d = Doc("Helvetica")
    total = msn(d, f, "position", lines)
    t = truth("eob", "medical_necessity", alternates={"insurer": ["Centers for Medicare & Medicaid Services"]},
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=120)),
              **common(f, total, MC, f["mbi"], [f["icn"]], [iso(f["start"])]))
    out.append(Item(f"{FAMILY}_msn_semi_electric_positioning", "born_digital", [(pdf_bytes(d), t)]))

    # 2. stack: supplier cover letter + DME MAC letter, E0265 convenience (born digital)
    r = random.Random(170501)
    f = facts(r, VM, "long", "plain")
    f["sup"] = BLUEFEN
    lines = [L(r, "E0265", "No")]
    d1 = Doc("Helvetica")
    sent = cover_letter(d1, f, lines)
    d2 = Doc("Helvetica", footer="Vormsi Medical Administrators, LLC  -  page {p} of {n}")
    total = mac_letter(d2, f, "conv", lines, "date")
    svc = [iso(f["start"], f["end"])]
    salt = {"service_dates": [[iso(f["start"])]]}
    c1 = common(f, total, None, f["mbi"], [f["icn"]], [iso(f["start"])])
    c1["denial_date"] = iso(sent)
    t1 = truth("other", None, unscored=["insurer"], type_alternates=["denial_letter"],
               alternates={"service_dates": [svc]}, **c1)
    t2 = truth("denial_letter", "not_covered", denial_alternates=["medical_necessity"],
               alternates=dict(salt, insurer=["Medicare"]),
               appeal_deadline=iso(f["notice"] + dt.timedelta(days=120)),
               **common(f, total, VM, f["mbi"], [f["icn"]], svc))
    out.append(Item(f"{FAMILY}_stack_supplier_cover_and_mac_total_electric", "born_digital",
                    [(pdf_bytes(d1), t1), (pdf_bytes(d2), t2)]))

    # 3. MA EOB: E0260 paid, E0277 denied on the same claim (scan 300)
    r = random.Random(170502)
    f = facts(r, SB, "abbr", "plain")
    lines = [(c, ok, ch, ap, pd, n) for (c, ok, ch, ap, pd, _), n in
             zip([L(r, "E0260", "Yes"), L(r, "E0277", "No")], ["P1", "M4"])]
    d = Doc("Helvetica")
    total = ma_eob(d, f, lines)
    t = truth("eob", "medical_necessity", appeal_deadline=iso(f["notice"] + dt.timedelta(days=65)),
              plan_id="H7713-004", alternates={"claim_amount": [m2(lines[1][2])], "plan_id": [None]},
              **common(f, total, SB, f["said"], [f["claim"]], [iso(f["start"])]))
    out.append(Item(f"{FAMILY}_ma_eob_pressure_mattress_line_denied", "scan_clean_300", [(pdf_bytes(d), t)]))

    # 4. DME MAC letter, E0277 ulcer criteria not documented, deadline counted from receipt (150 dpi)
    r = random.Random(170503)
    f = facts(r, VM, "iso", "nosign")
    lines = [L(r, "E0277", "No")]
    d = Doc("Helvetica", footer="Vormsi Medical Administrators, LLC  -  page {p} of {n}")
    total = mac_letter(d, f, "surface", lines, "receipt")
    t = truth("denial_letter", "medical_necessity",
              alternates={"insurer": ["Medicare"], "appeal_deadline": [iso(f["notice"] + dt.timedelta(days=120)),
                                                                        iso(f["notice"] + dt.timedelta(days=125))],
                          "service_dates": [[iso(f["start"])]]},
              **common(f, total, VM, f["mbi"], [f["icn"]], [iso(f["start"], f["end"])]))
    out.append(Item(f"{FAMILY}_mac_letter_powered_mattress_no_ulcer", "scan_lowres_150", [(pdf_bytes(d), t)]))

    # 5. MSN, rental month 14 after the capped rental period (photocopy)
    r = random.Random(170504)
    f = facts(r, MC, "long", "plain")
    lines = [("E0260", "No", cash(r, 160, 260), 0.0, 0.0, "B")]
    d = Doc("Helvetica")
    total = msn(d, f, "cap", lines)
    t = truth("eob", "not_covered", denial_alternates=["other"],
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"]},
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=120)),
              **common(f, total, MC, f["mbi"], [f["icn"]], [iso(f["start"])]))
    out.append(Item(f"{FAMILY}_msn_rental_month_14_past_cap", "photocopy", [(pdf_bytes(d), t)]))

    # 6. Tallowmere pre-service letter, E0260 positioning (fax fine)
    r = random.Random(170505)
    f = facts(r, TW, "dmy", "plain")
    f["start"] = f["notice"] + dt.timedelta(days=r.randint(10, 25))
    d = Doc("Helvetica")
    tw_letter(d, f)
    c = common(f, None, TW, f["mid"], [f["ref"]], [iso(f["start"])])
    t = truth("denial_letter", "medical_necessity", group_number=f["group"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)), **c)
    out.append(Item(f"{FAMILY}_fax_preservice_semi_electric_not_necessary", "fax_fine_g4", [(pdf_bytes(d), t)]))

    # 7. Tallowmere EOB, rental month paid (phone photo)
    r = random.Random(170506)
    f = facts(r, TW, "mdy_nopad", "plain")
    lines = [L(r, "E0260", "Yes"), L(r, "E0910", "Yes")]
    d = Doc("Helvetica")
    total = tw_eob(d, f, lines)
    t = truth("eob", None, group_number=f["group"], type_alternates=["other"],
              alternates={"service_dates": [[iso(f["start"])]]},
              **common(f, total, TW, f["mid"], [f["claim"]], [iso(f["start"], f["end"])]))
    out.append(Item(f"{FAMILY}_eob_rental_month_paid", "phone_photo", [(pdf_bytes(d), t)]))
    return out
