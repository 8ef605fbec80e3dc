"""Family 'cpm_cold_therapy_dme_denial': plan EOBs and letters and a Medicare Summary Notice after knee or shoulder
surgery on a continuous passive motion machine (HCPCS E0935) and a cold therapy unit (E0218 water circulating cold
pad with pump, E0236 pump for water circulating pad), all invented.

Reasons: CPM rental past the 21 days after knee surgery denied (letter and EOB), CPM after shoulder surgery not
covered (MSN), cold therapy not covered as a convenience / comfort item (letter; Spanish EOB), rental days billed
after the patient returned the machine (fax behind the plan's cover sheet), one paid knee CPM EOB. Decoys: the
orthopedic surgeon who ordered the equipment, the surgery date, the patient's date of birth, the supplier's NPI and
phone, the approved first 21 days, allowed / paid figures, the pickup date, the 72-hour expedited appeal.

Issuers: Thistlegate Health Plan (letters with a left fact column, EOB with a claim box; Spanish EOB), Medicare
(Medicare Summary Notice, Part B, for a shoulder CPM from a DME supplier).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "cpm_cold_therapy_dme_denial"
LANG = "en"
TG = "Thistlegate Health Plan"
TG_ADDR = ("PO Box 77214", "Cindermoor, WI 53718")
PLAN = "Thistlegate Choice PPO 2500"
FIRST = ["Aurelio", "Bronwen", "Casimir", "Delphine", "Eamon", "Fenella", "Gaspard", "Hyacinth", "Ivo", "Jovana",
         "Kofi", "Liesel", "Mordecai", "Nilufar", "Osric", "Perpetua"]
FIRST_ES = ["Anselmo", "Berenice", "Crisanto", "Dulcinea", "Eustaquio", "Filomena"]
LAST = ["Achterberg", "Bramwell", "Cuthbertson", "Dragomir", "Ellingsworth", "Fitzhugh", "Gunnarsdottir", "Halloran",
        "Iwasaki", "Jablonski", "Kettering", "Lachapelle"]
LAST_ES = ["Barragán", "Cisneros", "Dávalos", "Escobedo", "Fajardo"]
SUPPLIERS = ["Northspire Home Medical Supply", "Ridgeback Orthopedic DME, Inc.", "Pellmont Rehab Equipment Co.",
             "Coldbrook Medical Rentals"]
SURGEONS = ["Dr. Evander K. Rasmussen, MD", "Dr. Philippa O. Adeyemi, MD", "Dr. Lucan T. Moravec, DO",
            "Dr. Soraya N. Hakimi, MD"]
STREETS = ["Wexcombe Road", "Tallis Court", "Marrowbone Lane", "Ferrier Avenue", "Quillfeather Drive"]
TOWNS = [("Cindermoor", "WI", "53719"), ("Pellston Ridge", "MN", "55419"), ("Yarrowby", "IA", "52242"),
         ("Alba Nueva", "TX", "78577")]


def facts(r: random.Random, kind: str, ins: str, ds: str, lang: str = "en") -> dict:
    es = lang == "es"
    name = f"{r.choice(FIRST_ES if es else FIRST)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {r.choice(LAST_ES if es else LAST)}"
    surgery = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 110))
    start = surgery + dt.timedelta(days=r.choice([0, 1]))
    if kind in ("past21", "past21eob"):
        days = r.randint(30, 40)
    elif kind == "returned":
        days = r.randint(24, 28)
    elif kind == "paid":
        days = r.randint(14, 21)
    elif kind == "shoulder":
        days = r.randint(14, 21)
    else:
        days = 1
    end = start + dt.timedelta(days=days - 1)
    code = {"cold": "E0218", "cold_es": "E0236"}.get(kind, "E0935")
    daily = r.choice([18.0, 22.5, 25.0, 27.75, 30.0]) if code == "E0935" else 0.0
    if code == "E0935":
        total = round(daily * days, 2)
    else:
        total = r.choice([245.0, 289.5, 312.0, 349.99, 375.0])
    dec = end + dt.timedelta(days=r.randint(20, 40))
    town = r.choice(TOWNS)
    returned = start + dt.timedelta(days=r.randint(12, 16)) if kind == "returned" else None
    d21 = start + dt.timedelta(days=20)
    f = dict(kind=kind, ins=ins, ds=ds, lang=lang, name=name, surgery=surgery, start=start, end=end, days=days,
             code=code, daily=daily, total=total, dec=dec, returned=returned, d21=d21,
             dob=dt.date(2026 - r.randint(44, 79), r.randint(1, 12), r.randint(1, 28)),
             sup=r.choice(SUPPLIERS), surgeon=r.choice(SURGEONS), npi=f"1{r.randint(100000000, 999999999)}",
             mid=f"TGH{r.randint(100000000, 999999999)}", grp=f"G-{r.randint(40000, 49999)}",
             claim=f"{r.randint(2026000, 2026999)}{r.randint(10000, 99999)}",
             mbi=f"{r.randint(1, 9)}{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.randint(0, 9)}-"
                 f"{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.randint(0, 9)}-"
                 f"{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.randint(10, 99)}",
             icn=f"{r.randint(10, 99)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{r.randint(100, 999)}",
             addr=(f"{r.randint(11, 8800)} {r.choice(STREETS)}", f"{town[0]}, {town[1]} {town[2]}"),
             phone=f"1-877-555-{r.randint(1000, 1999)}", fax=f"1-866-555-{r.randint(2000, 2999)}",
             ref=f"APL-{r.randint(100000, 999999)}")
    # paid vs denied portions (CPM per-day lines)
    if kind in ("past21", "past21eob"):
        f["den_start"], f["den_end"] = d21 + dt.timedelta(days=1), end
    elif kind == "returned":
        f["den_start"], f["den_end"] = returned + dt.timedelta(days=1), end
    else:
        f["den_start"], f["den_end"] = start, end
    ok_days = (f["den_start"] - start).days
    f["ok_billed"] = round(daily * ok_days, 2)
    f["den_billed"] = round(total - f["ok_billed"], 2)
    f["allowed"] = round(f["ok_billed"] * 0.72, 2) if kind != "paid" else round(total * 0.72, 2)
    f["paid"] = round(f["allowed"] * 0.8, 2)
    return f


def fd(f, d):
    return fmt_date(d, f["ds"])


def tg_head(d: Doc, title: str) -> None:
    d.add_page()
    d.set_fill_color(40, 40, 40)
    d.rect(d.l_margin, d.get_y(), 6, 14, style="F")
    d.set_x(d.l_margin + 9)
    d.set_font("Helvetica", "B", 18)
    d.cell(110, 8, "Thistlegate")
    d.set_font("Helvetica", "B", 10.5)
    d.cell(0, 8, title, align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_x(d.l_margin + 9)
    d.set_font("Helvetica", "", 8)
    d.cell(0, 5, f"{TG}  |  {TG_ADDR[0]}  |  {TG_ADDR[1]}", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)


def tg_letter(d: Doc, f: dict) -> None:
    k = f["kind"]
    tg_head(d, "Notice of Claim Decision")
    d.font(10)
    d.cell(0, 5, fd(f, f["dec"]), new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    for ln in (f["name"], *f["addr"]):
        d.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    rows = [("Member", f["name"]), ("Member ID", f["mid"]), ("Group number", f["grp"]), ("Plan", PLAN),
            ("Claim number", f["claim"]), ("Supplier", f"{f['sup']} (NPI {f['npi']})"),
            ("Ordering surgeon", f["surgeon"]), ("Surgery date", fd(f, f["surgery"])),
            ("Rental period billed", f"{fd(f, f['start'])} - {fd(f, f['end'])}") if f["code"] == "E0935"
            else ("Date of service", fd(f, f["start"])),
            ("Amount billed", fmt_money(f["total"]))]
    for a, b in rows:
        d.font(9.5, "B")
        d.cell(42, 5, a)
        d.font(9.5)
        d.cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    sal = f"Dear {f['name'].split()[0]} {f['name'].split()[-1]}:"
    if k == "past21":
        subj = "Continuous passive motion (CPM) rental - days after day 21 denied"
        body = [sal, f"{f['sup']} billed us for a continuous passive motion machine (E0935) rented after your knee "
                f"surgery on {fd(f, f['surgery'])}. Our DME coverage policy covers a CPM device for use at home for "
                f"up to 21 days after total knee replacement or other covered knee surgery.",
                f"We paid the rental from {fd(f, f['start'])} through {fd(f, f['d21'])}. The rental days from "
                f"{fd(f, f['den_start'])} through {fd(f, f['den_end'])} ({fmt_money(f['den_billed'])}) are denied "
                f"because they are beyond the 21-day limit. Your surgeon's notes did not show a reason that would "
                f"support an exception."]
    elif k == "cold":
        subj = "Cold therapy unit (E0218) - not a covered benefit"
        body = [sal, f"We received a claim from {f['sup']} for a water circulating cold pad with pump (E0218) "
                f"that {f['surgeon']} ordered after your shoulder surgery on {fd(f, f['surgery'])}.",
                "Your plan does not cover cold therapy units. Your Evidence of Coverage lists them with other "
                "comfort and convenience items that are used mainly for the convenience of the member, and says "
                "an ice pack serves the same purpose. This claim is denied as not covered. You may be billed for "
                "this item."]
    else:
        subj = "CPM rental - days billed after the equipment was returned"
        body = [sal, f"{f['sup']} billed rental of a CPM machine (E0935) from {fd(f, f['start'])} through "
                f"{fd(f, f['end'])}. Their own delivery and pickup ticket shows that the machine was picked up "
                f"from your home on {fd(f, f['returned'])}.",
                f"Rental can be paid only for days the equipment is in your home. We paid {fd(f, f['start'])} "
                f"through {fd(f, f['returned'])}. The days from {fd(f, f['den_start'])} through "
                f"{fd(f, f['den_end'])} ({fmt_money(f['den_billed'])}) are denied. Because the supplier billed "
                f"after the return, you do not owe for these days."]
    d.font(11.5, "B")
    d.multi_cell(0, 6, subj, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    for p in body:
        d.para(p, 10)
    d.text_line("How to appeal", 10.5, "B")
    d.ln(1)
    if k == "cold":
        ap = (f"You may appeal this decision in writing within 180 days of the date of this letter. Send your "
              f"appeal to Thistlegate Appeals, {TG_ADDR[0]}, {TG_ADDR[1]} or fax {f['fax']}.")
    else:
        dl = f["dec"] + dt.timedelta(days=180)
        ap = (f"Your written appeal must be received by {fd(f, dl)}. Send it to Thistlegate Appeals, "
              f"{TG_ADDR[0]}, {TG_ADDR[1]}, or fax {f['fax']}. Please include claim number {f['claim']}.")
    d.para(ap, 10)
    d.para("If a delay could seriously jeopardize your health, you may request an expedited appeal; it will be "
           "decided within 72 hours.", 10)
    d.para(f"Member Services: {f['phone']} (TTY 711), Monday-Friday 8 a.m. to 6 p.m.", 10)
    d.para(f"Sincerely,\nDME Claims Review\n{TG}", 10)


REM = {"P": "Paid under your durable medical equipment benefit after 20% coinsurance.",
       "C21": "CPM rental is covered for up to 21 days after covered knee surgery. Days past day 21 are denied.",
       "CV": "Not covered. Cold therapy units are comfort or convenience items under your plan."}
REM_ES = {"CV": "No cubierto. Las unidades de crioterapia son artículos de comodidad o conveniencia según su plan."}


def tg_eob(d: Doc, f: dict) -> None:
    es = f["lang"] == "es"
    tg_head(d, "Explicación de Beneficios" if es else "Explanation of Benefits")
    d.font(8, "B")
    d.cell(0, 4, "ESTO NO ES UNA FACTURA" if es else "THIS IS NOT A BILL", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    y = d.get_y()
    d.font(9.5)
    for ln in (f["name"], *f["addr"]):
        d.cell(80, 5, ln, new_x="LMARGIN", new_y="NEXT")
    d.set_xy(110, y)
    lab = (["Fecha del estado de cuenta", "Miembro", "ID de miembro", "Grupo", "Número de reclamación", "Fecha de nacimiento"]
           if es else ["Statement date", "Member", "Member ID", "Group", "Claim number", "Date of birth"])
    vals = [fd(f, f["dec"]), f["name"], f["mid"], f["grp"], f["claim"], fd(f, f["dob"])]
    d.rect(108, y - 1, 90, 33)
    for a, b in zip(lab, vals):
        d.set_x(110)
        d.font(8, "B")
        d.cell(40, 5, a)
        d.font(8.5)
        d.cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
    d.set_y(y + 36)
    if es:
        d.para(f"Proveedor: {f['sup']}   Ordenado por: {f['surgeon']}   Fecha de la cirugía: {fd(f, f['surgery'])}", 8.8)
    else:
        d.para(f"Provider: {f['sup']}  (NPI {f['npi']})   Ordered by: {f['surgeon']}   Surgery: {fd(f, f['surgery'])}", 8.8)
    head = (["Fechas", "Código", "Facturado", "Permitido", "Pagado", "Usted debe", "Nota"] if es else
            ["Dates of service", "Code", "Billed", "Allowed", "Plan paid", "You owe", "Note"])
    rows = []
    k = f["kind"]
    if f["code"] != "E0935":
        rows.append([fd(f, f["start"]), f["code"], fmt_money(f["total"]), fmt_money(0), fmt_money(0),
                     fmt_money(f["total"]), "CV"])
        owe = f["total"]
    elif k == "paid":
        rows.append([f"{fd(f, f['start'])} - {fd(f, f['end'])}", "E0935 RR", fmt_money(f["total"]),
                     fmt_money(f["allowed"]), fmt_money(f["paid"]), fmt_money(f["allowed"] - f["paid"]), "P"])
        owe = f["allowed"] - f["paid"]
    else:
        rows.append([f"{fd(f, f['start'])} - {fd(f, f['d21'])}", "E0935 RR", fmt_money(f["ok_billed"]),
                     fmt_money(f["allowed"]), fmt_money(f["paid"]), fmt_money(f["allowed"] - f["paid"]), "P"])
        rows.append([f"{fd(f, f['den_start'])} - {fd(f, f['den_end'])}", "E0935 RR", fmt_money(f["den_billed"]),
                     fmt_money(0), fmt_money(0), fmt_money(f["den_billed"]), "C21"])
        owe = f["allowed"] - f["paid"] + f["den_billed"]
    rows.append(["*Total", "", fmt_money(f["total"]), "", "", fmt_money(owe), ""])
    d.table(head, rows, [52, 22, 24, 22, 22, 22, 14], size=8.5, aligns="LLRRRRL", border_head="TB", head_fill=True)
    d.text_line("Notas" if es else "Remark codes", 9.5, "B")
    for rc in dict.fromkeys(x[6] for x in rows if x[6]):
        d.para(f"{rc}: {(REM_ES if es else REM)[rc]}", 8.6, gap=1)
    d.ln(2)
    d.text_line("Sus derechos de apelación" if es else "Your right to appeal", 9.5, "B")
    if es:
        d.para(f"Puede apelar dentro de 180 días a partir de la fecha de este estado de cuenta. Escriba a "
               f"Thistlegate Apelaciones, {TG_ADDR[0]}, {TG_ADDR[1]} o llame al {f['phone']}.", 8.8)
    else:
        d.para(f"You may file an appeal within 180 days of the statement date shown above. Write to Thistlegate "
               f"Appeals, {TG_ADDR[0]}, {TG_ADDR[1]}, or call {f['phone']} (TTY 711).", 8.8)


def msn(d: Doc, f: dict) -> None:
    d.add_page()
    d.font(16, "B")
    d.cell(0, 8, "Medicare Summary Notice for Part B (Medical Insurance)", new_x="LMARGIN", new_y="NEXT")
    d.font(9)
    d.cell(0, 5, "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
           new_x="LMARGIN", new_y="NEXT")
    d.rule(0.8, 3)
    y = d.get_y()
    d.font(10, "B")
    d.cell(90, 5, f["name"].upper(), new_x="LMARGIN", new_y="NEXT")
    d.font(10)
    for ln in f["addr"]:
        d.cell(90, 5, ln.upper(), new_x="LMARGIN", new_y="NEXT")
    d.set_xy(110, y)
    for a, b in (("Medicare Number", f["mbi"]), ("Date of this notice", fd(f, f["dec"])),
                 ("Customer Service", "1-800-MEDICARE")):
        d.set_x(110)
        d.font(9, "B")
        d.cell(40, 5, a)
        d.font(9)
        d.cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    dl = f["dec"] + dt.timedelta(days=120)
    d.set_fill_color(230, 230, 230)
    d.font(10, "B")
    d.cell(0, 7, f"If you disagree with a decision, file an appeal. Appeals must be filed by {fd(f, dl)}.",
           fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Your Claims for Medical Equipment and Supplies", 11, "B")
    d.para(f"{f['sup']}, 4410 Orchard Spur Road, Pellston Ridge, MN 55420\nSupplier Number: "
           f"{random.Random(f['claim']).randint(1000000000, 9999999999)}\nOrdered by: {f['surgeon']}\n"
           f"Claim number: {f['icn']}", 9)
    d.table(["Dates of Service", "Service & Billing Code", "Approved?", "Charged", "Approved", "Paid",
             "May Be Billed", "Notes"],
            [[f"{fd(f, f['start'])} - {fd(f, f['end'])}", "Shoulder CPM (E0935 RR)", "No", fmt_money(f["total"]),
              fmt_money(0), fmt_money(0), fmt_money(f["total"]), "A"],
             ["*Total for this claim", "", "", fmt_money(f["total"]), fmt_money(0), fmt_money(0),
              fmt_money(f["total"]), ""]],
            [40, 40, 17, 18, 18, 15, 22, 10], size=8, aligns="LLLRRRRL", border_head="TB")
    d.text_line("Notes for Your Claims", 10, "B")
    d.para("A  Medicare covers continuous passive motion devices only for use at home after total knee replacement, "
           "for up to 21 days. CPM after shoulder surgery is not covered. The supplier had you sign an Advance "
           "Beneficiary Notice, so you may be billed.", 9)
    d.para("To appeal, circle the item(s) you disagree with, explain why on the form on the last page, and send it "
           "to the contractor listed. You have 120 days from the date of this notice.", 9)


def build(f):
    d = Doc("Helvetica", footer="Page {p} of {n}")
    {"letter": tg_letter, "eob": tg_eob, "msn": msn}[f["layout"]](d, f)
    return pdf_bytes(d)


def make_truth(f):
    k = f["kind"]
    if f["layout"] == "msn":
        return truth("eob", "not_covered", "en", insurer="Medicare", member_id=f["mbi"], member_name=f["name"],
                     case_numbers=[f["icn"]], claim_amount=m2(f["total"]), service_dates=[iso(f["start"], f["end"])],
                     denial_date=iso(f["dec"]), provider=f["sup"],
                     appeal_deadline=iso(f["dec"] + dt.timedelta(days=120)),
                     alternates={"insurer": ["Centers for Medicare & Medicaid Services"]},
                     denial_alternates=["medical_necessity"])
    common = dict(insurer=TG, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
                  case_numbers=[f["claim"]], claim_amount=m2(f["total"]), denial_date=iso(f["dec"]),
                  provider=f["sup"], appeal_deadline=iso(f["dec"] + dt.timedelta(days=180)))
    alts = {}
    if f["layout"] == "letter":
        common["plan_id"] = None
        alts["plan_id"] = [PLAN]
    if f["code"] != "E0935":
        sd = [iso(f["start"])]
    elif k == "paid":
        sd = [iso(f["start"], f["end"])]
    else:
        sd = [iso(f["den_start"], f["den_end"])]
        alts["service_dates"] = [[iso(f["start"], f["end"])]]
        alts["claim_amount"] = [m2(f["den_billed"])]
    doc = "eob" if f["layout"] == "eob" else "denial_letter"
    if k == "paid":
        alts["appeal_deadline"] = [None]
        return truth("eob", None, f["lang"], service_dates=sd, alternates=alts, type_alternates=["other"], **common)
    den = {"past21": "not_covered", "past21eob": "not_covered", "cold": "not_covered", "cold_es": "not_covered",
           "returned": "other"}[k]
    dalt = {"returned": ["not_covered", "coding_error"]}.get(k, ["medical_necessity"] if "past21" in k else ["other"])
    return truth(doc, den, f["lang"], service_dates=sd, alternates=alts, denial_alternates=dalt,
                 type_alternates=(["denial_letter"] if doc == "eob" else None), **common)


# (suffix, condition, kind, layout, date style, lang, separators)
PLANS = [
    ("bd_letter_cpm_past_21_days", "born_digital", "past21", "letter", "long", "en", None),
    ("bd_eob_paid_knee_cpm", "born_digital", "paid", "eob", "slash", "en", None),
    ("scan300_msn_shoulder_cpm", "scan_clean_300", "shoulder", "msn", "slash", "en", None),
    ("lowres_letter_cold_therapy_convenience", "scan_lowres_150", "cold", "letter", "iso", "en", None),
    ("copy_spanish_eob_crioterapia", "photocopy", "cold_es", "eob", "es", "es", None),
    ("faxs_cover_letter_rental_after_return", "fax_standard_g4", "returned", "letter", "dmy", "en", ["cover"]),
    ("rotated_eob_cpm_past_21_days", "rotated", "past21eob", "eob", "abbr", "en", None),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, layout, ds, lang, seps) in enumerate(PLANS):
        f = facts(random.Random(198500 + i), kind, "TG", ds, lang)
        f["layout"] = layout
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))], separators=seps))
    return items
