"""Family 'osteopathic_manipulation_visit_limit_eob': osteopathic manipulative treatment (OMT, CPT 98925-98929)
billed with evaluation and management visits (99213/99214 with modifier 25) by DO practices.

Documents: a multi-claim EOB (two visits paid, the 21st OMT visit of the year denied over the 20-visit limit); a
fine-fax stack of a cover sheet, a plan letter denying the same-day E/M visit as bundled into the OMT (modifier 25
not supported) and the DO practice's statement; a Medicare Advantage notice of denial of payment (CMS-10003 style)
for visits over the plan's yearly manipulation limit; a photocopied EOB of a corrected claim paid in full; a Spanish
letter refusing visits over the limit; a sideways upheld appeal with a grey sidebar; a phone photo of an approval
of 6 extra visits.

Decoys: DOB, NPIs, dates received, the paid claims, allowed/paid/you-owe amounts, patient account numbers, visit
counters, form numbers, 72-hour, 60-day and 4-month limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "osteopathic_manipulation_visit_limit_eob"
LANG = "en"
SEED = 300500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
OMT = {"98925": ("OMT, 1-2 body regions", 62), "98926": ("OMT, 3-4 body regions", 88),
       "98927": ("OMT, 5-6 body regions", 112), "98928": ("OMT, 7-8 body regions", 135),
       "98929": ("OMT, 9-10 body regions", 160)}
EM = {"99213": ("Office visit, est. patient, low", 145), "99214": ("Office visit, est. patient, moderate", 210)}


class Page(Doc):
    def __init__(self, foot: str | None = None, head: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=head, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def base(r: Rand, lang: str = "en") -> dict:
    member, first, mid, last = r.person(lang)
    dos = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 200))
    return dict(member=member, first=first, last=last, addr=r.address(lang), dos=dos,
                dob=dt.date(r.randint(1948, 2001), r.randint(1, 12), r.randint(1, 28)), npi=r.npi(),
                recv=dos + dt.timedelta(days=r.randint(6, 18)))


def line(r: Rand, code: str, mod: str = "") -> dict:
    desc, base_amt = (OMT | EM)[code]
    return dict(code=code + (f"-{mod}" if mod else ""), desc=desc, billed=float(base_amt + r.randint(0, 40)))


# ---------------------------------------------------------------- 0: multi-claim EOB, 21st visit denied
def doc_multi_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Granite Shoals Health Plan"
    mid, grp = f"GSH{r.digits(3)}-{r.digits(5)}", f"{r.digits(6)}"
    prac = "Cedar Bend Osteopathic Associates"
    doc = "Lorena V. Pattishall, DO"
    stmt = f["dos"] + dt.timedelta(days=r.randint(18, 30))
    d1, d2, d3 = f["dos"] - dt.timedelta(days=14), f["dos"] - dt.timedelta(days=7), f["dos"]
    claims = []
    for i, dd in enumerate([d1, d2, d3]):
        ls = [line(r, "99213", "25"), line(r, "98926")] if i == 0 else [line(r, r.choice(["98926", "98927"]))]
        claims.append((f"{r.digits(3)}{r.letters(1)}{r.digits(7)}", dd, ls))
    d = Page("Granite Shoals Health Plan   Explanation of Benefits   THIS IS NOT A BILL   page {p} of {n}")
    d.add_page()
    d.text_line("GRANITE SHOALS", 18, "B", h=8)
    d.text_line("HEALTH PLAN", 10, "B", h=5)
    d.text_line(f"PO Box 4471, Marble Falls Junction, TX 78655  |  Member line {ph(r)}  |  TTY 711", 8, h=4.4)
    d.rule(0.7, 4)
    y = d.get_y()
    d.text_line("Explanation of Benefits", 13, "B", h=7)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.8)
    d.set_y(y)
    for lab, val in [("Statement date", fmt_date(stmt, "abbr")), ("Member", f["member"]), ("Member ID", mid),
                     ("Group", grp), ("Date of birth", fmt_date(f["dob"], "slash"))]:
        d.set_x(120)
        d.font(8.6, "B")
        d.cell(32, 4.8, lab)
        d.font(8.6)
        d.cell(0, 4.8, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    tot_b = 0.0
    for i, (cn, dd, ls) in enumerate(claims):
        denied = i == 2
        d.font(8, "B")
        d.cell(0, 5.5, f"Claim {cn}  {prac}  Rendering: {doc}  Rec'd {fmt_date(dd + dt.timedelta(days=5), 'abbr')}",
               new_x="LMARGIN", new_y="NEXT")
        rows = []
        for x in ls:
            if denied:
                al, pd, ow, rk = 0.0, 0.0, x["billed"], "V20"
            else:
                al = round(x["billed"] * 0.62, 2)
                pd, ow, rk = round(al - 30 / len(ls), 2), round(30 / len(ls), 2), "PD"
            rows.append([fmt_date(dd, "slash"), x["code"], x["desc"], fmt_money(x["billed"]), fmt_money(al),
                         fmt_money(pd), fmt_money(ow), rk])
        b = sum(x["billed"] for x in ls)
        rows.append(["*Claim total", "", "", fmt_money(b), "", "", "", ""])
        if denied:
            tot_b = b
            dclaim = cn
            dls = ls
        d.table(["Service date", "CPT", "Description", "Billed", "Allowed", "Paid", "You owe", "Code"], rows,
                [24, 18, 52, 20, 20, 18, 18, 12], size=7.9, head_fill=True, aligns="LLLRRRRL")
    d.text_line("Message codes", 9.5, "B", h=5.5)
    d.para("PD  Paid at the in-network benefit; your share is the $30.00 specialist copay.", 8.5)
    d.para(f"V20  Your plan covers up to 20 visits per calendar year for chiropractic and osteopathic manipulation "
           f"combined. Our records show 20 visits already paid in 2026 before {fmt_date(d3, 'abbr')}. This visit is "
           "over the limit and is not covered. You are responsible for the billed amount unless your provider "
           "agreed otherwise.", 8.5)
    d.text_line("Your rights", 9.5, "B", h=5.5)
    d.para(f"You may ask for an appeal within 180 days after you receive this statement. Call {ph(r)} or write to "
           "Member Appeals, PO Box 4475, Marble Falls Junction, TX 78655. If your health is at serious risk you "
           f"may ask for a fast (72-hour) decision. Provider NPI {f['npi']}.", 8.3)
    t = truth("eob", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[dclaim], claim_amount=m2(tot_b), service_dates=[iso(d3)], denial_date=iso(stmt),
              provider=prac, alternates={"provider": [doc]}, denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: fax stack: mod-25 letter + DO statement
def doc_mod25_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Bluewater Coastal Health Insurance Company"
    notice = f["recv"] + dt.timedelta(days=r.randint(8, 16))
    f["notice"] = notice
    d = Page("Bluewater Coastal Health  -  Claim Determination  -  {p}/{n}", margins=(22, 18, 22))
    d.add_page()
    d.text_line("Bluewater Coastal Health", 15, "B", h=7)
    d.text_line(f"{ins}  *  Claims Determination Unit  *  1 Harbor Light Way, Port Carlin, ME 04112", 8.6, h=4.6)
    d.ln(8)
    d.text_line(fmt_date(notice, "long"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    for lab, val in [("Member number", f["mid"]), ("Plan group", f["grp"]), ("Claim reference", f["claim"]),
                     ("Provider", f"{f['prac']} (Dr. {f['doc']})"),
                     ("Date of service", fmt_date(f["dos"], "long"))]:
        d.font(9.4, "B")
        d.cell(40, 5, lab + ":")
        d.font(9.4)
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para(f"On {fmt_date(f['dos'], 'long')} you had osteopathic manipulative treatment (98927) and an office visit "
           f"billed as 99214 with modifier 25. The total billed on this claim was {fmt_money(f['billed'])}. We paid "
           "the manipulation. We did not pay the office visit.", 10)
    d.para("Why: every OMT service includes a brief pre-manipulation assessment. A separate office visit is paid "
           "only when the record shows a significant, separately identifiable problem beyond that assessment. "
           "The notes sent show the visit was for the same low back pain that was treated. Modifier 25 is not "
           "supported, so the visit is bundled into the manipulation code (Clinical Payment Policy CP-114).", 10)
    d.para("Your doctor may send a corrected claim or the full office note. You may owe nothing for the visit if "
           "your doctor is in our network.", 10)
    d.text_line("How to appeal", 10.5, "B", h=6)
    d.para("Send a written appeal within 180 days of the date of this letter to Bluewater Coastal Health, Appeals, "
           f"PO Box 2090, Port Carlin, ME 04112, or fax {ph(r)}. An independent external review may be requested "
           "within 4 months after a final decision.", 10)
    d.para("Claims Determination Unit\nBluewater Coastal Health", 10)
    t = truth("denial_letter", "coding_error", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["prac"],
              appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"provider": [f["doc"]], "insurer": ["Bluewater Coastal Health"],
                          "claim_amount": [m2(f["em"])]})
    return pdf_bytes(d), t


def doc_do_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    stmt = f["notice"] + dt.timedelta(days=r.randint(9, 20))
    acct = f"{r.digits(6)}"
    paid = round(f["omt"] * 0.71, 2)
    d = Page(None, margins=(14, 12, 14))
    d.add_page()
    d.set_fill_color(40, 40, 40)
    d.set_text_color(255, 255, 255)
    d.font(14, "B")
    d.cell(0, 10, "  " + f["prac"].upper(), fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.text_line(f"Osteopathic family medicine  -  22 Tern Street, Port Carlin, ME 04110  -  Billing {ph(r)}", 8.4, h=5)
    d.ln(3)
    d.boxes([("Statement date", fmt_date(stmt, "dmy"), 36), ("Account no.", acct, 30), ("Patient", f["member"], 56),
             ("Balance due", fmt_money(f["em"]), 30), ("Due by", fmt_date(stmt + dt.timedelta(days=30), "dmy"), 30)])
    d.ln(4)
    rows = [[fmt_date(f["dos"], "dmy"), "98927", "Osteopathic manipulation, 5-6 regions", fmt_money(f["omt"])],
            [fmt_date(f["dos"], "dmy"), "99214-25", "Office visit, established patient", fmt_money(f["em"])],
            ["*Total charges", "", "", fmt_money(f["billed"])],
            [fmt_date(f["notice"], "dmy"), "", "Bluewater Coastal payment (98927)", "-" + fmt_money(paid)],
            [fmt_date(f["notice"], "dmy"), "", "Contractual adjustment (98927)", "-" + fmt_money(f["omt"] - paid)],
            ["*Balance", "", "", fmt_money(f["em"])]]
    d.table(["Date", "Code", "Description", "Amount"], rows, [30, 24, 100, 30], size=8.8, aligns="LLLR")
    d.para(f"Rendering physician: {f['doc']}, DO (NPI {f['npi']}).  Insurance: Bluewater Coastal Health, member "
           f"{f['mid']}, claim {f['claim']}.", 8.8)
    d.para("Your insurer did not pay the office visit billed with the manipulation. We have asked for a review and "
           "will hold this balance for 45 days. If the review is not successful the balance above is yours.", 9)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[f["claim"]],
              claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=f["prac"], unscored=["insurer"],
              alternates={"case_numbers": [[]], "claim_amount": [m2(f["em"])], "provider": [f["doc"]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"BCH{r.digits(9)}", grp=f"{r.letters(2)}-{r.digits(5)}", claim=f"{r.digits(4)}-{r.digits(7)}",
             prac="Tidewater Osteopathic Family Medicine", doc="Marcus J. Ellery")
    f["omt"], f["em"] = float(110 + r.randint(0, 30)), float(205 + r.randint(0, 30))
    f["billed"] = f["omt"] + f["em"]
    a = doc_mod25_letter(r, f)
    b = doc_do_statement(r, f)
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [a, b], separators=["cover", None])


# ---------------------------------------------------------------- 2: MA notice of denial of payment
def doc_ma_notice(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Silver Prairie Medicare Advantage (HMO)"
    co = "Silver Prairie Health Plans, Inc."
    mid = f"{r.digits(9)}{r.letters(1)}"
    claim = f"{r.digits(12)}"
    notice = f["recv"] + dt.timedelta(days=r.randint(10, 25))
    days = [f["dos"] - dt.timedelta(days=r.randint(9, 12)), f["dos"]]
    billed = sum(OMT["98926"][1] + r.randint(0, 25) for _ in days) * 1.0
    doc = "Annika R. Solvang, DO"
    d = Page(f"Form CMS-10003-NDMCP (Exp. 06/30/2027)   H{r.digits(4)}_NDP_{r.digits(3)}_C")
    d.add_page()
    d.text_line(ins, 12, "B", h=6)
    d.text_line(f"offered by {co}", 9, h=5)
    d.text_line(f"PO Box 77, Dickinson Flats, ND 58602  |  {ph(r)} (TTY 711), 8 a.m. to 8 p.m.", 8.4, h=4.6)
    d.ln(3)
    d.text_line("Notice of Denial of Payment", 15, "B", align="C", h=8)
    d.ln(3)
    d.boxes([("Date", fmt_date(notice, "slash"), 34), ("Member number", mid, 40), ("Name", f["member"], 60),
             ("Claim number", claim, 46)])
    d.ln(4)
    d.para(f"Your request for payment for osteopathic manipulative treatment (98926) from {doc} on "
           f"{fmt_date(days[0], 'slash')} and {fmt_date(days[1], 'slash')}, billed at {fmt_money(billed)}, is:",
           10)
    d.text_line("[X]  Denied", 10.5, "B", h=6)
    d.text_line("Why did we deny payment?", 11, "B", h=6.5)
    d.para("Our plan covers osteopathic manipulation as a supplemental benefit up to 12 visits each calendar year. "
           "You had 12 visits paid before these dates. Visits over the yearly limit are not covered, so we will not "
           "pay for them. Original Medicare does not cover this service either.", 10)
    d.text_line("You have the right to appeal our decision", 11, "B", h=6.5)
    d.para("If you want to appeal, you must ask within 65 days of the date of this notice. We can give you more "
           "time if you have a good reason. You, your representative or your doctor may ask. Write to Appeals "
           "and Grievances, Silver Prairie Health Plans, PO Box 79, Dickinson Flats, ND 58602.", 10)
    d.para("Payment appeals are decided within 60 days. A fast appeal (72 hours) is not available for payment "
           "requests.", 9.4)
    d.para(f"Member date of birth {fmt_date(f['dob'], 'slash')}. Physician NPI {f['npi']}.", 8.6)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(x) for x in days],
              denial_date=iso(notice), provider=doc, appeal_deadline=iso(notice + dt.timedelta(days=65)),
              alternates={"insurer": [co, "Silver Prairie Medicare Advantage"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: corrected claim paid (photocopy)
def doc_corrected_paid(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Northfork Mutual Benefit Association"
    mid, grp = f"{r.digits(3)} {r.digits(3)} {r.digits(3)}", f"NM{r.digits(4)}"
    claim, orig = f"C{r.digits(10)}", f"{r.digits(10)}"
    prac = "Alder Creek DO Partners"
    issued = f["recv"] + dt.timedelta(days=r.randint(30, 45))
    ls = [line(r, "99214", "25"), line(r, "98928")]
    billed = sum(x["billed"] for x in ls)
    d = Page("NMBA claim summary", margins=(18, 14, 18))
    d.add_page()
    d.text_line("Northfork Mutual", 15, "B", h=7)
    d.text_line("Benefit Association", 10, h=5)
    d.ln(2)
    d.text_line("CLAIM SUMMARY - CORRECTED CLAIM", 11.5, "B", h=7)
    d.para(f"Issued {fmt_date(issued, 'iso')}   Member {f['member']}   ID {mid}   Group {grp}", 9.2)
    d.para(f"Corrected claim {claim} replaces claim {orig} (denied, modifier 25 not supported, now void).", 9.2)
    d.para(f"Provider {prac}   NPI {f['npi']}   Received {fmt_date(f['recv'] + dt.timedelta(days=20), 'iso')}", 9.2)
    rows = []
    tp = 0.0
    for x in ls:
        al = round(x["billed"] * 0.68, 2)
        rows.append([fmt_date(f["dos"], "iso"), x["code"], x["desc"], fmt_money(x["billed"], "nosign"),
                     fmt_money(al, "nosign"), fmt_money(al, "nosign"), "0.00"])
        tp += al
    rows.append(["*Total", "", "", fmt_money(billed, "nosign"), fmt_money(tp, "nosign"), fmt_money(tp, "nosign"), "0.00"])
    d.table(["Date", "Code", "Service", "Charge", "Allowed", "Paid", "Member"], rows, [24, 20, 58, 20, 20, 20, 16],
            size=8.4, aligns="LLLRRRR")
    d.para("The office note sent with the corrected claim documents a separate problem (new hypertension "
           "management) on the same day as the manipulation. Both services are now paid in full. Visit count "
           "toward your 24-visit manipulation limit: 9 of 24.", 9)
    d.para("Questions: call the number on your member card. Date of birth on file: "
           f"{fmt_date(f['dob'], 'iso')}.", 8.6)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid.replace(" ", ""), member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(issued),
              provider=prac, type_alternates=["other"], alternates={"case_numbers": [[claim, orig]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: Spanish letter, visits over limit
def doc_es_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r, "es")
    ins = "Salud Mesa del Sol, S.A."
    mid, grp = f"MS-{r.digits(8)}", f"{r.digits(5)}"
    ref = f"R{r.digits(2)}-{r.digits(6)}"
    notice = f["recv"] + dt.timedelta(days=r.randint(7, 15))
    prac = "Clínica Osteopática Río Grande"
    days = [f["dos"], f["dos"] + dt.timedelta(days=7)]
    billed = float(2 * (OMT["98925"][1] + 20))
    d = Page("Salud Mesa del Sol  -  Aviso de denegación  -  Página {p} de {n}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Salud Mesa del Sol", 16, "B", h=8)
    d.text_line(f"{ins}  -  Apartado 930, Albuquerque, NM 87101  -  Servicios al afiliado {ph(r)}", 8.6, h=4.6)
    d.ln(6)
    d.text_line(f"Albuquerque, {fmt_date(notice, 'es')}", 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.para(f"Asunto: Reclamación {ref}  -  Afiliado núm. {mid}  -  Grupo {grp}", 10, gap=4)
    d.para(f"Estimado(a) {f['first']} {f['last']}:", 10)
    d.para(f"Recibimos la reclamación de {prac} por tratamiento de manipulación osteopática (98925) los días "
           f"{fmt_date(days[0], 'es')} y {fmt_date(days[1], 'es')}, por un total de {fmt_money(billed)}.", 10)
    d.para("No podemos pagar estas visitas. Su plan cubre hasta 20 visitas de manipulación (quiropráctica u "
           "osteopática) por año calendario. Usted ya utilizó las 20 visitas de 2026. Las visitas que exceden el "
           "límite anual no están cubiertas.", 10)
    d.text_line("Su derecho a apelar", 11, "B", h=6)
    d.para("Puede apelar esta decisión por escrito dentro de 180 días a partir de la fecha de esta carta. Envíe su "
           "apelación a Salud Mesa del Sol, Apelaciones, Apartado 932, Albuquerque, NM 87101. Puede pedir una "
           "revisión externa dentro de 4 meses después de la decisión final de la apelación.", 10)
    d.para(f"Fecha de nacimiento del afiliado: {fmt_date(f['dob'], 'es_abbr')}.  NPI del proveedor: {f['npi']}.", 8.8)
    d.para("Atentamente,\n\nDepartamento de Reclamaciones\nSalud Mesa del Sol", 10)
    t = truth("denial_letter", "not_covered", lang="es", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[ref], claim_amount=m2(billed),
              service_dates=[iso(x) for x in days], denial_date=iso(notice), provider=prac,
              appeal_deadline=iso(notice + dt.timedelta(days=180)), alternates={"insurer": ["Salud Mesa del Sol"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: upheld appeal, grey sidebar (rotated)
def doc_upheld_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Keystone Ridge Health Insurance Co."
    mid, grp = f"KR{r.digits(8)}", f"{r.digits(4)}-{r.digits(3)}"
    claim, appeal = f"{r.digits(11)}", f"APL-{r.digits(2)}-{r.digits(5)}"
    prac = "Bellhaven Osteopathic Medicine"
    notice = f["dos"] + dt.timedelta(days=r.randint(70, 95))
    billed = float(OMT["98929"][1] + EM["99213"][1] + r.randint(0, 40))
    d = Page("Keystone Ridge  -  Appeal decision  -  page {p}", margins=(66, 16, 16))
    d.add_page()
    d.set_fill_color(228, 228, 228)
    d.rect(8, 10, 52, 250, style="F")
    yy = 16
    for lab, val in [("Decision date", fmt_date(notice, "upper")), ("Member", f["member"]), ("Member ID", mid),
                     ("Group", grp), ("Appeal no.", appeal), ("Claim no.", claim),
                     ("Date of service", fmt_date(f["dos"], "upper")), ("Amount billed", fmt_money(billed)),
                     ("Date of birth", fmt_date(f["dob"], "upper")), ("Provider NPI", f["npi"])]:
        d.set_xy(11, yy)
        d.font(6.8, "B")
        d.cell(46, 3.5, lab.upper())
        d.set_xy(11, yy + 3.8)
        d.font(8.8)
        d.cell(46, 4.5, val)
        yy += 12
    d.set_xy(66, 14)
    d.text_line("KEYSTONE RIDGE HEALTH", 15, "B", h=7)
    d.text_line(f"{ins}  |  Appeals Unit  |  Fax {ph(r)}", 8, h=4.4)
    d.ln(6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    d.text_line("Final internal appeal decision: denial upheld", 11.5, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para(f"You appealed our decision not to pay for osteopathic manipulation and an office visit by {prac}. A "
           "physician reviewer board-certified in family medicine looked at your appeal, your plan documents and "
           "the records sent.", 10)
    d.para("We are upholding our decision. Your plan pays for 20 manipulation visits in a calendar year. The "
           "service date was your 23rd visit. The plan does not allow exceptions to this limit, even when the "
           "treatment helps.", 10)
    d.para("This ends our internal appeal process. You may ask for an independent external review within 4 months "
           "of receiving this letter. You may also bring a civil action under ERISA section 502(a).", 10)
    d.para("Sincerely,\nAppeals Unit", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim, appeal], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=prac, alternates={"insurer": ["Keystone Ridge Health"],
                                                                   "case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: approval of extra visits (phone photo)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Lantern Bay Health Partners"
    mid = f"LBH{r.digits(7)}"
    auth = f"PA{r.digits(9)}"
    doc = "Theodora K. Marsh, DO"
    notice = f["recv"]
    start = notice + dt.timedelta(days=3)
    end = start + dt.timedelta(days=59)
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line("Lantern Bay Health Partners", 14, "B", h=7)
    d.text_line(f"Utilization Management  ·  {ph(r)}  ·  Fax {ph(r)}", 8.6, h=4.6)
    d.ln(6)
    d.text_line(f"Date: {fmt_date(notice, 'long')}", 10, h=6)
    d.ln(2)
    d.text_line("APPROVAL OF ADDITIONAL VISITS", 12, "B", h=7)
    d.table(["Patient", "Member ID", "Authorization", "Requested by"], [[f["member"], mid, auth, doc]],
            [50, 36, 36, 54], size=9, border_head="TB")
    d.para(f"{doc} asked for more osteopathic manipulation visits (98926-98927) after your 20 yearly visits were "
           "used, because of recovery after lumbar surgery. We approved 6 additional visits between "
           f"{fmt_date(start, 'long')} and {fmt_date(end, 'long')}.", 10)
    d.para("This approval is not a guarantee of payment. You must be covered by the plan on each visit date. Your "
           "usual $25 copay applies to each visit.", 10)
    d.para(f"Date of birth {fmt_date(f['dob'], 'long')}.  Requesting NPI {f['npi']}.", 8.8)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[auth],
              service_dates=[iso(start, end)], denial_date=iso(notice), provider=doc,
              alternates={"service_dates": [[], [iso(start), iso(end)]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_multi_eob, "multi_claim_eob", "born_digital"), (2, doc_ma_notice, "ma_notice", "scan_clean_300"),
              (3, doc_corrected_paid, "corrected_paid", "photocopy"), (4, doc_es_letter, "es_letter", "scan_lowres_150"),
              (5, doc_upheld_appeal, "upheld_appeal", "rotated"), (6, doc_approval, "extra_visits", "phone_photo")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
