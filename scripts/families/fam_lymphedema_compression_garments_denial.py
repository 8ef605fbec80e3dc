"""Family 'lymphedema_compression_garments_denial': papers on gradient compression garments and wraps for lymphedema
(Lymphedema Treatment Act benefit; A6520-A6583 style codes, A6549 not otherwise classified): Medicare Summary
Notices (Part B, one in Spanish), a DME MAC's redetermination letter and commercial plan EOBs and letters.
Reasons: daytime garments over the limit per limb every six months, night-time garments over the limit every two
years, a diagnosis of venous disease only (no lymphedema), a custom-fitted garment without a fitting note, and an
exclusion under an old (grandfathered) commercial plan; one paid claim. Decoys: the certified lymphedema therapist
(CLT) who measured the patient, the ordering physician, dates of birth, date received, NPIs, phone numbers, plan-paid
and member-owes amounts. All people, plans, suppliers and numbers are invented.

Issuers: Medicare (MSN layout), Quillmark Medicare Services, DME MAC Jurisdiction C (redetermination letter),
Ostrander Peak Health Plan (EOBs), Gullwing Mutual Benefit Association (grandfathered plan letters).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import fmt_date, truth
from public_kit import Page, out

FAMILY = "lymphedema_compression_garments_denial"
LANG = "en"
MED = "Medicare"
MAC = "Quillmark Medicare Services"
OST = "Ostrander Peak Health Plan"
GUL = "Gullwing Mutual Benefit Association"
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]

FIRST = ["Aurelio", "Bronwyn", "Chidinma", "Dagny", "Emeka", "Farida", "Gwendolyn", "Hiroshi", "Ilse", "Jovan",
         "Kalani", "Lucinda", "Mirela", "Nkechi", "Oskar", "Priya", "Rosalind", "Soren", "Thuy", "Wilhelmina"]
LAST = ["Achterberg", "Blomqvist", "Castellanos", "Drummond", "Eszterhas", "Fitzwilliam", "Gallardo", "Hakimi",
        "Iwasaki", "Jablonski", "Kowalczyk", "Lindqvist", "Mbeki", "Nwachukwu", "Ostrowski", "Pellegrini",
        "Ravensworth", "Sandoval", "Thistlewood", "Umberger"]
FIRST_ES = ["Consuelo", "Eusebio", "Maricela", "Teodoro", "Rosaura", "Anselmo"]
LAST_ES = ["Bustamante", "Echeverría", "Llamas", "Olivares", "Quiñones", "Sepúlveda"]
DOCS = ["Dr. Marguerite Okafor", "Dr. Stellan Voigt", "Dr. Anjali Deshpande", "Dr. Casimir Ruiz-Halloran",
        "Dr. Temperance Adeyemi", "Dr. Wolfgang Pacheco"]
CLTS = ["Bettina Harrow, PT, CLT-LANA", "Ignatius Mwale, OTR/L, CLT", "Svetlana Orr, PT, CLT",
        "Delphine Akande, OT, CLT-LANA"]
SUPPLIERS = {"Stillwater Gradient Compression Supply": ("2715 Larkspur Road", "Medford, OR 97501"),
             "Ferncliff Home Medical Equipment": ("88 Tanager Street, Unit 4", "Cheyenne, WY 82001"),
             "Lakemont Lymphedema & Edema Therapy Center": ("1402 Quinault Avenue, Suite 210", "Billings, MT 59101")}
STREETS = ["Hollyhock Lane", "Ridgeback Road", "Pennywhistle Court", "Marlow Street", "Cottonwood Drive"]
CITIES = [("Missoula", "MT", "59801"), ("Grand Island", "NE", "68801"), ("Casper", "WY", "82601"),
          ("Pocatello", "ID", "83201"), ("Bend", "OR", "97701")]
CITIES_ES = [("Yakima", "WA", "98901"), ("Nampa", "ID", "83651")]

DAY = [("A6531", "Gradient compression stocking, below knee, 30-40 mmHg, each"),
       ("A6532", "Gradient compression stocking, below knee, 40-50 mmHg, each"),
       ("A6537", "Gradient compression stocking, full length, 40-50 mmHg, each"),
       ("A6545", "Gradient compression wrap, non-elastic, below knee, 30-50 mmHg, each"),
       ("A6530", "Gradient compression stocking, below knee, 18-30 mmHg, each")]
ARM = [("A6527", "Gradient compression sleeve, arm, standard fit, each"),
       ("A6529", "Gradient compression gauntlet, standard fit, each")]
NIGHT = [("A6583", "Gradient compression garment, night-time, padded, lower leg, each"),
         ("A6581", "Gradient compression garment, night-time, padded, arm, each")]
CUSTOM = ("A6549", "Gradient compression garment, not otherwise specified (custom-fitted)")


def dstr(d: dt.date, style: str) -> str:
    if style == "dm":
        return f"{d.day} {d.strftime('%b')} {d.year}"
    if style == "es":
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    return fmt_date(d, style)


def short(desc: str) -> str:
    """The MSN's narrow column: 'Compression stocking, below knee 30-40 mmHg'."""
    parts = [x.strip() for x in desc.replace("Gradient compression ", "Compression ").split(",")]
    text, outw = ", ".join(x for x in parts if x not in ("each",)), ""
    for w in text.split():
        if len(outw) + len(w) + 1 > 33:
            break
        outw = (outw + " " + w).strip()
    return outw.rstrip(",")


def usd(v: float, style: str = "plain") -> str:
    s = f"{v:,.2f}"
    return {"plain": f"${s}", "nosign": s, "usd": f"USD {s}", "space": f"$ {s}"}[style]


def m2(v: float) -> str:
    return f"{v:.2f}"


class R(random.Random):
    def digits(self, n: int) -> str:
        return "".join(self.choice("0123456789") for _ in range(n))

    def person(self, es: bool = False) -> tuple[str, str, str]:
        first = self.choice(FIRST_ES if es else FIRST)
        last = self.choice(LAST_ES if es else LAST)
        mid = self.choice("BCDFGHJKLMNPRSTW")
        return f"{first} {mid}. {last}", first, last

    def address(self, es: bool = False) -> tuple[str, str]:
        c, s, z = self.choice(CITIES_ES if es else CITIES)
        return f"{self.randint(14, 9780)} {self.choice(STREETS)}", f"{c}, {s} {z}"

    def mbi(self) -> str:
        al = "ACDEFGHJKMNPQRTUVWXY"
        an = al + "0123456789"
        c = [self.choice("123456789"), self.choice(al), self.choice(an), self.choice("0123456789"),
             self.choice(al), self.choice(an), self.choice("0123456789"), self.choice(al), self.choice(al),
             self.choice("0123456789"), self.choice("0123456789")]
        s = "".join(c)
        return f"{s[:4]}-{s[4:7]}-{s[7:]}"

    def phone(self) -> str:
        return f"1-8{self.choice('04567')}{self.choice('05678')}-{self.digits(3)}-{self.digits(4)}"

    def local(self) -> str:
        return f"({self.choice('4567')}{self.digits(2)}) 555-{self.digits(4)}"

    def npi(self) -> str:
        return self.choice("12") + self.digits(9)

    def price(self, lo: int, hi: int) -> float:
        return round(self.randint(lo * 100, hi * 100) / 100, 2)


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


# ---------------------------------------------------------------- Medicare Summary Notice (Part B), en / es

def msn(f: dict) -> bytes:
    es = f["lang"] == "es"
    p = Page(footer=("Página {n} de {nb}" if es else "Page {n} of {nb}"))
    p.add_page()
    p.line("Resumen de Medicare" if es else "Medicare Summary Notice", 20, "B")
    p.line("para la Parte B (Seguro Médico)" if es else "for Part B (Medical Insurance)", 12, "B")
    p.line("El resumen oficial de sus reclamaciones de Medicare de los Centros de Servicios de Medicare y Medicaid"
           if es else "The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
           8.5)
    p.ln(4)
    y0 = p.get_y()
    m = f["member"]
    for ln in (m[0].upper(), *[a.upper() for a in f["addr"]]):
        p.line(ln, 10)
    p.set_xy(118, y0)
    p.set_fill_color(235, 235, 235)
    p.f(9.5, "B")
    p.cell(80, 6, " Número de Medicare" if es else " Medicare Number", fill=True, new_x="LEFT", new_y="NEXT")
    p.f(10.5)
    p.cell(80, 6, " " + f["mbi"], new_x="LEFT", new_y="NEXT")
    p.f(9.5, "B")
    p.cell(80, 6, " Fecha de este aviso" if es else " Date of This Notice", fill=True, new_x="LEFT", new_y="NEXT")
    p.f(10.5)
    p.cell(80, 6, " " + dstr(f["notice"], f["ds"]), new_x="LEFT", new_y="NEXT")
    p.f(9.5, "B")
    p.cell(80, 6, " Reclamaciones procesadas entre" if es else " Claims and Services Processed Between", fill=True,
           new_x="LEFT", new_y="NEXT")
    p.f(10)
    a, b = plus(f["notice"], -89), plus(f["notice"], -2)
    p.cell(80, 6, f" {dstr(a, f['ds'])} - {dstr(b, f['ds'])}", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.heading("Su resumen de reclamaciones y costos" if es else "Your Claims & Costs This Period", 13, rule=True)
    denied_any = any(ln[4] is None for ln in f["lines"])
    q = ("¿Aprobó Medicare todos los servicios?" if es else "Did Medicare Approve All Services?")
    p.pairs([(q, ("No" if denied_any else ("Sí" if es else "YES")))], label_w=110, size=10.5)
    p.pairs([("Número de servicios denegados" if es else "Number of Services Medicare Denied",
              str(sum(1 for ln in f["lines"] if ln[4] is None)))], label_w=110, size=10.5)
    p.para(("Vea la página 2 para ver por qué se negaron algunos servicios. Usted tiene derecho a apelar "
            "cualquier decisión. Las apelaciones deben presentarse antes del:") if es else
           ("See page 2 for why some services were denied. You have the right to appeal any decision. "
            "Appeals must be filed by:"), 10)
    p.line(dstr(f["deadline"], f["ds"]), 13, "B")
    p.ln(3)
    p.pairs([("Total que el proveedor facturó" if es else "Total Amount Providers Charged", usd(f["total"])),
             ("Máximo que se le puede facturar" if es else "The Maximum You May Be Billed", usd(f["maxbill"]))],
            label_w=110, size=10.5)
    p.ln(3)
    p.para(f.get("informed") or (
        ("Sea consciente del fraude: si sospecha de un cargo, llame al 1-800-MEDICARE (1-800-633-4227), "
         "TTY 1-877-486-2048.") if es else
        ("Be Informed: Medicare covers gradient compression garments for people with lymphedema. Keep your "
         "receipts and compare them with this notice. Report anything suspicious to 1-800-MEDICARE "
         "(1-800-633-4227), TTY 1-877-486-2048.")), 9)
    # claims page
    p.add_page()
    p.heading("Su reclamación de equipo médico duradero" if es else "Your Claims for Medical Equipment and Supplies",
              13, rule=True)
    sup = f["sup"]
    sa = f.get("sup_addr") or SUPPLIERS[sup]
    p.pairs([("Proveedor" if es else "Supplier", f"{sup}, {sa[0]}, {sa[1]}"),
             ("Teléfono" if es else "Supplier phone", f["sphone"]),
             (("Ordenado por" if es else "Ordered by") if not f.get("ordered_label") else f["ordered_label"],
              f["doc"]),
             ("Número de reclamación" if es else "Claim Number", f["claim"]),
             ("Fecha de recibo" if es else "Date Received", dstr(f["received"], f["ds"]))], label_w=50, size=9.5)
    p.ln(2)
    head = (["Servicio suministrado y código", "¿Aprobado?", "Cantidad que cobró el proveedor",
             "Cantidad aprobada por Medicare", "Cantidad que pagó Medicare", "Máximo que se le puede facturar",
             "Notas"] if es else
            ["Service Provided & Billing Code", "Service Approved?", "Amount Provider Charged",
             "Medicare-Approved Amount", "Amount Medicare Paid", "Maximum You May Be Billed", "See Notes"])
    rows = []
    for code, desc, qty, ch, appr, note in f["lines"]:
        ok = appr is not None
        rows.append([f"{dstr(f['dos'], f['ds'])}", "", "", "", "", "", ""])
        rows.append([f"{short(desc)} ({qty}) {code}", ("Sí" if es else "Yes") if ok else "No", usd(ch),
                     usd(appr if ok else 0), usd(round((appr or 0) * 0.8, 2)),
                     usd(round(appr * 0.2, 2) if ok else 0), note])
    rows.append(["Total " + ("de la reclamación" if es else f"for Claim {f['claim']}"), "", usd(f["total"]),
                 usd(f["approved"]), usd(f["paid"]), usd(f["maxbill"]), ""])
    p.table(head, rows, [64, 17, 20, 20, 20, 22, 11], size=7.3, aligns=list("LCRRRRC"), bold_last=True)
    p.heading("Notas para las reclamaciones arriba" if es else "Notes for Claims Above", 11)
    for k, txt in f["notes"]:
        p.para(f"{k}  {txt}", 9.2, gap=1.2)
    p.ln(2)
    p.heading("Cómo presentar una apelación" if es else "How to Handle Denied Claims or File an Appeal", 11)
    p.para(("Si no está de acuerdo con una decisión de Medicare, puede apelar. Encierre en un círculo los "
            "servicios con los que no está de acuerdo, explique por qué y firme. Envíe esta página a la dirección "
            "del contratista de Medicare que aparece abajo. Las apelaciones deben presentarse antes del "
            f"{dstr(f['deadline'], f['ds'])}.") if es else
           ("If you disagree with a coverage decision, you can file an appeal. Circle the services you disagree "
            "with, explain why, and sign. Send this notice or a copy to the Medicare contractor below. "
            f"Appeals must be filed by {dstr(f['deadline'], f['ds'])}."), 9.5)
    p.para(f.get("mac_line") or f"{MAC}, DME MAC Jurisdiction C, PO Box 20917, Nashua, NH 03061", 9)
    p.pairs([("Su nombre" if es else "Your name", "_______________"),
             ("Su teléfono" if es else "Your phone", "_______________"),
             ("Firma" if es else "Signature", "_______________")], label_w=40, size=9)
    return out(p)


def msn_truth(f: dict, denial, alts_denial) -> dict:
    es = f["lang"] == "es"
    return truth("eob", denial, f["lang"], insurer=MED, member_id=f["mbi"], member_name=f["member"][0],
                 case_numbers=[f["claim"]], claim_amount=m2(f["total"]), service_dates=[f["dos"].isoformat()],
                 denial_date=f["notice"].isoformat(), provider=f["sup"], appeal_deadline=f["deadline"].isoformat(),
                 alternates={"insurer": ["Centers for Medicare & Medicaid Services",
                                         "Centros de Servicios de Medicare y Medicaid" if es else "CMS"]},
                 denial_alternates=alts_denial, type_alternates=["denial_letter"])


def msn_facts(r: R, kind: str, ds: str, lang: str) -> dict:
    es = lang == "es"
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 200))
    dos = plus(notice, -r.randint(30, 60))
    sup = r.choice(["Stillwater Gradient Compression Supply", "Ferncliff Home Medical Equipment"])
    lines = []
    if kind == "day":
        code, desc = r.choice(DAY[:3])
        ch = r.price(70, 140)
        ap = round(ch * 0.62, 2)
        lines.append((code, desc, "3" if not es else "3", round(ch * 3, 2), round(ap * 3, 2), "a"))
        lines.append((code, desc, "2", round(ch * 2, 2), None, "b, c"))
        notes = [("a", ("Medicare covers up to 3 daytime gradient compression garments per affected limb every "
                        "6 months." if not es else "")),
                 ("b", "Medicare won't pay for these items because you already received the number of daytime "
                       "garments it covers for this limb in this 6-month period. The supplier delivered 5 "
                       "garments for one leg."),
                 ("c", "The supplier didn't give you an Advance Beneficiary Notice. You do not have to pay this "
                       "amount.")]
    else:  # night-time garments, Spanish
        code, desc = NIGHT[0]
        ch = r.price(380, 620)
        lines.append((code, "Prenda de compresión nocturna acolchada, pierna", "1", ch, None, "A, B"))
        notes = [("A", "Medicare no pagará este artículo porque ya recibió la prenda nocturna para esta pierna "
                       "cubierta cada 2 años. Su última prenda nocturna se entregó hace menos de 2 años."),
                 ("B", "El proveedor no le dio un Aviso Anticipado al Beneficiario. Usted no tiene que pagar esta "
                       "cantidad.")]
    total = round(sum(x[3] for x in lines), 2)
    approved = round(sum(x[4] or 0 for x in lines), 2)
    f = dict(lang=lang, ds=ds, notice=notice, dos=dos, received=plus(dos, r.randint(3, 12)), sup=sup,
             sphone=r.local(), doc=r.choice(DOCS), claim=f"2{r.digits(2)}{r.digits(2)}{r.digits(9)}",
             member=r.person(es), addr=r.address(es), mbi=r.mbi(), lines=lines, total=total, approved=approved,
             paid=round(approved * 0.8, 2), maxbill=round(approved * 0.2, 2), deadline=plus(notice, 120),
             notes=[n for n in notes if n[1]])
    return f


# ---------------------------------------------------------------- DME MAC redetermination letter (venous only)

def mac_letter(r: R, ds: str) -> tuple[bytes, dict]:
    dec = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 150))
    dos = plus(dec, -r.randint(70, 110))
    member, addr, mbi = r.person(), r.address(), r.mbi()
    sup = "Ferncliff Home Medical Equipment"
    appeal_no = f"DR-{r.digits(4)}-{r.digits(6)}"
    icn = f"2{r.digits(12)}"
    code1, d1 = DAY[1]
    code2, d2 = DAY[3]
    c1, c2 = r.price(80, 130), r.price(150, 260)
    total = round(c1 * 2 + c2 * 2, 2)
    clt = r.choice(CLTS)
    doc = r.choice(DOCS)
    p = Page(footer="Page {n} of {nb}", footer_left=f"Appeal {appeal_no}")
    p.add_page()
    p.line(MAC, 15, "B")
    p.line("DME Medicare Administrative Contractor  |  Jurisdiction C", 9)
    p.line("Redeterminations, PO Box 20917, Nashua, NH 03061  |  1-866-555-0143", 9)
    p.ln(1)
    y = p.get_y() + 1
    p.set_line_width(0.6)
    super(Page, p).line(18, y, 198, y)
    p.set_line_width(0.2)
    p.ln(5)
    p.line(dstr(dec, ds), 10)
    p.ln(3)
    for ln in (member[0], *addr):
        p.line(ln, 10)
    p.ln(4)
    p.heading("MEDICARE REDETERMINATION NOTICE", 13)
    p.boxed_pairs([("Beneficiary", member[0]), ("Medicare Number", mbi), ("Appeal Number", appeal_no),
                   ("Claim Number (ICN)", icn), ("Supplier", f"{sup} (NPI {r.npi()})"),
                   ("Date of Service", dstr(dos, ds)), ("Amount in dispute", usd(total)),
                   ("Date your request was received", dstr(plus(dec, -r.randint(20, 40)), ds))], label_w=62)
    p.heading("The decision is unfavorable", 11.5)
    p.para(f"Dear {member[1]} {member[2]}: We looked again at the claim from {sup} for gradient compression "
           f"garments delivered on {dstr(dos, ds)}. Our decision is that Medicare will not pay for these items. "
           "This is a new review by a person who was not involved in the first decision.", 10)
    p.table(["HCPCS", "Item", "Units", "Billed", "Decision"],
            [[code1, short(d1), "2", usd(round(c1 * 2, 2)), "Denied"],
             [code2, short(d2), "2", usd(round(c2 * 2, 2)), "Denied"],
             ["", "Total", "", usd(total), ""]], [18, 98, 12, 24, 22], size=8.4, aligns=list("LLCRC"),
            bold_last=True)
    p.heading("Explanation of the decision", 11.5)
    p.para(f"Medicare covers gradient compression garments and wraps under the lymphedema treatment benefit only "
           f"when they are used to treat lymphedema. The order from {doc} and the measurement record from "
           f"{clt} list chronic venous insufficiency with edema (I87.2) and venous stasis. No diagnosis of "
           "lymphedema (for example I89.0, I97.2 or Q82.0) appears in the records. Compression stockings used for "
           "venous disease alone are not covered under this benefit, so the claim remains denied.", 10)
    p.heading("What to do if you disagree with this decision", 11.5)
    p.para("You may ask for a reconsideration by a Qualified Independent Contractor (QIC). You must file your "
           "request within 180 days of the date of this letter. Use form CMS-20033 or write to C2C Compression "
           "Appeals QIC, PO Box 45208, Jacksonville, FL 32232. Include a copy of this letter.", 10)
    p.para("If you need help, call 1-800-MEDICARE (1-800-633-4227); TTY users call 1-877-486-2048.", 9.5)
    t = truth("denial_letter", "not_covered", "en", insurer=MAC, member_id=mbi, member_name=member[0],
              case_numbers=[appeal_no, icn], claim_amount=m2(total), service_dates=[dos.isoformat()],
              denial_date=dec.isoformat(), provider=sup, appeal_deadline=plus(dec, 180).isoformat(),
              alternates={"insurer": [MED], "case_numbers": [[appeal_no], [icn]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


# ---------------------------------------------------------------- Ostrander Peak EOBs

def ost_eob(r: R, kind: str, ds: str) -> tuple[bytes, dict]:
    stmt = dt.date(2026, 2, 3) + dt.timedelta(days=r.randint(0, 170))
    dos = plus(stmt, -r.randint(20, 45))
    member, addr = r.person(), r.address()
    sub = member if r.random() < 0.6 else r.person()
    mid = f"OPH{r.digits(9)}"
    grp = f"{r.digits(5)}-{r.choice(['A', 'B', 'C'])}"
    claim = f"{r.digits(2)}{stmt.strftime('%y')}{r.digits(3)}-{r.digits(5)}"
    clinic = "Lakemont Lymphedema & Edema Therapy Center"
    clt = r.choice(CLTS)
    if kind == "paid":
        items = [(ARM[0][0], ARM[0][1], 2, r.price(95, 150)), (ARM[1][0], ARM[1][1], 2, r.price(60, 95))]
    else:  # venous only (daytime stockings)
        items = [(DAY[0][0], DAY[0][1], 4, r.price(60, 110))]
    rows, total, allowed_t, paid_t, owe_t = [], 0.0, 0.0, 0.0, 0.0
    for code, desc, qty, unit in items:
        billed = round(unit * qty, 2)
        allowed = round(billed * 0.74, 2) if kind == "paid" else 0.0
        plan = round(allowed * 0.8, 2)
        owe = round(allowed - plan, 2) if kind == "paid" else billed
        total, allowed_t, paid_t, owe_t = total + billed, allowed_t + allowed, paid_t + plan, owe_t + owe
        rows.append([dstr(dos, "slash"), f"{code} x{qty}", usd(billed, "nosign"), usd(allowed, "nosign"),
                     usd(plan, "nosign"), usd(owe, "nosign"), "" if kind == "paid" else "V44"])
    total, allowed_t, paid_t, owe_t = (round(x, 2) for x in (total, allowed_t, paid_t, owe_t))
    rows.append(["Claim total", "", usd(total, "nosign"), usd(allowed_t, "nosign"), usd(paid_t, "nosign"),
                 usd(owe_t, "nosign"), ""])
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    p.set_fill_color(30, 70, 60)
    p.rect(18, 14, 180, 12, "F")
    p.set_text_color(255, 255, 255)
    p.set_xy(21, 16)
    p.f(15, "B")
    p.cell(0, 8, OST)
    p.set_text_color(0, 0, 0)
    p.set_xy(18, 28)
    p.line("PO Box 60218, Rapid City, SD 57709  |  Member Services 1-877-555-0168 (TTY 711)", 8.5)
    p.ln(4)
    p.line("EXPLANATION OF BENEFITS", 14, "B")
    p.line("THIS IS NOT A BILL", 9, "B")
    p.ln(2)
    y0 = p.get_y()
    for ln in (sub[0], *addr):
        p.line(ln, 10)
    p.set_xy(112, y0)
    p.f(9)
    for k, v in (("Statement date", dstr(stmt, ds)), ("Member ID", mid), ("Group number", grp),
                 ("Subscriber", sub[0]), ("Patient", member[0]), ("Claim number", claim)):
        p.set_x(112)
        p.f(9, "B")
        p.cell(32, 5, k)
        p.f(9)
        p.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    p.ln(5)
    p.pairs([("Provider", f"{clinic}, Billings, MT (in network)"),
             ("Measured and fitted by", clt),
             ("Patient date of birth", dstr(dt.date(r.randint(1941, 1979), r.randint(1, 12), r.randint(1, 28)),
                                            "slash")),
             ("Date received", dstr(plus(dos, r.randint(4, 10)), ds))], label_w=50, size=9.5)
    p.ln(2)
    p.table(["Date of service", "Service", "Amount billed", "Allowed", "Plan paid", "You owe", "Remark"],
            rows, [26, 26, 26, 24, 24, 24, 18], size=8.5, aligns=list("LLRRRRC"), bold_last=True)
    if kind == "paid":
        p.para(f"We paid {usd(paid_t)} to {clinic} for your compression sleeve and gauntlet. Your share is "
               f"your 20% coinsurance of {usd(owe_t)}. Under your plan's lymphedema benefit, standard daytime "
               "garments are covered up to two per affected arm every six months.", 9.5)
        p.para("Questions? Call Member Services. Keep this statement for your records.", 9)
        t = truth("other", None, "en", insurer=OST, group_number=grp, member_id=mid, member_name=member[0],
                  case_numbers=[claim], claim_amount=m2(total), service_dates=[dos.isoformat()],
                  denial_date=stmt.isoformat(), provider=clinic, type_alternates=["eob"])
        return out(p), t
    p.heading("Remark codes", 10.5)
    p.para("V44  Not covered: gradient compression garments are a benefit only for a diagnosis of lymphedema. The "
           "claim lists varicose veins of the lower extremity with inflammation (I83.12) and venous insufficiency; "
           "compression stockings for venous disease alone are excluded from the lymphedema supplies benefit.", 9)
    p.heading("Your right to appeal", 10.5)
    p.para(f"If you disagree, you or your provider may file an appeal within 180 days of the date of this "
           f"statement. Send it to {OST} Appeals, PO Box 60219, Rapid City, SD 57709, or fax 605-555-0190. "
           "You may also ask for an external review after the internal appeal.", 9)
    t = truth("eob", "not_covered", "en", insurer=OST, group_number=grp, member_id=mid, member_name=member[0],
              case_numbers=[claim], claim_amount=m2(total), service_dates=[dos.isoformat()],
              denial_date=stmt.isoformat(), provider=clinic, appeal_deadline=plus(stmt, 180).isoformat(),
              denial_alternates=["medical_necessity"])
    return out(p), t


# ---------------------------------------------------------------- Gullwing Mutual letters

def gul_letter(r: R, kind: str, ds: str) -> tuple[bytes, dict]:
    dec = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 190))
    dos = plus(dec, -r.randint(18, 50))
    member, addr = r.person(), r.address()
    cert = f"GMB {r.digits(3)} {r.digits(4)}"
    grp = f"GRP-{r.digits(4)}"
    ref = f"GW{r.digits(8)}"
    clt = r.choice(CLTS)
    doc = r.choice(DOCS)
    if kind == "excluded":
        prov = "Lakemont Lymphedema & Edema Therapy Center"
        items = [(DAY[3][0], DAY[3][1], 2, r.price(140, 230)), (ARM[0][0], ARM[0][1], 2, r.price(90, 140))]
    else:  # custom-fitted without a fitting note
        prov = "Stillwater Gradient Compression Supply"
        items = [(CUSTOM[0], CUSTOM[1], 2, r.price(420, 690))]
    total = round(sum(u * q for _, _, q, u in items), 2)
    fax = kind == "custom"
    p = Page(serif=True, footer=None, footer_left=f"Gullwing Mutual  |  Ref. {ref}")
    p.add_page()
    if fax:
        p.line(f"FROM: GULLWING MUTUAL UM DEPT  FAX 402-555-0172   TO: {prov.upper()}   {dstr(dec, 'slash')} "
               "P. 1/2", 7.5)
        p.ln(2)
    p.line("GULLWING MUTUAL", 22, "B", align="C")
    p.line("Benefit Association  ·  established 1931", 9, align="C")
    p.line("1190 Harrier Boulevard  ·  Kearney, NE 68847  ·  1-844-555-0126", 8.5, align="C")
    p.ln(6)
    p.line(dstr(dec, ds), 10.5)
    p.ln(3)
    if fax:
        for ln in (prov, *SUPPLIERS[prov]):
            p.line(ln, 10.5)
        p.line(f"Re: your member {member[0]}", 10.5)
    else:
        for ln in (member[0], *addr):
            p.line(ln, 10.5)
    p.ln(4)
    p.pairs([("Member", member[0]), ("Certificate No.", cert), ("Group", grp), ("Reference", ref),
             ("Provider", prov), ("Date of service", dstr(dos, ds)), ("Charges", usd(total, "usd"))],
            label_w=40, size=10, bold_label=False)
    p.ln(3)
    greet = f"Dear {member[1]} {member[2]}:" if not fax else "Dear Provider:"
    p.para(greet, 10.5)
    if kind == "excluded":
        p.para(f"We have reviewed the claim from {prov} for compression garments fitted by {clt} and ordered by "
               f"{doc}. We are unable to pay this claim. Your coverage is under a grandfathered group plan "
               f"(in effect before March 23, 2010) that has not adopted the newer lymphedema garment benefit. "
               "Section 7.4(k) of your Certificate of Coverage lists \"support hose, compression stockings, "
               "sleeves, wraps and other elastic garments\" among the items that are not covered, whatever the "
               f"diagnosis. The full charge of {usd(total)} is therefore denied.", 10.5)
        p.table(["Code", "Description", "Qty", "Charge"],
                [[c, short(d), str(q), usd(round(u * q, 2))] for c, d, q, u in items],
                [20, 110, 14, 30], size=8.8, aligns=list("LLCR"))
        p.para("Your lymphedema therapy visits (manual lymphatic drainage and bandaging) remain covered under the "
               "outpatient rehabilitation benefit.", 10.5)
    else:
        p.para(f"Our utilization management staff reviewed the claim for {CUSTOM[1].lower()} (HCPCS {CUSTOM[0]}, "
               f"quantity 2) delivered on {dstr(dos, ds)}. A custom-fitted garment is covered only when the records "
               "show that a standard-sized garment cannot fit, with a fitting note that records the limb "
               f"measurements. The order from {doc} was received, but no fitting note or measurement record from "
               f"the fitter ({clt}) was sent. Without it, the custom garment is not medically necessary under "
               "our Medical Policy MP-DME-118, and the claim is denied.", 10.5)
        p.para("A standard daytime garment would be covered if ordered. You may resubmit the claim with the fitting "
               "note.", 10.5)
    p.heading("Your appeal rights", 11)
    p.para("You may appeal this decision in writing within 180 days of the date of this letter. Send your appeal "
           "to Gullwing Mutual Appeals Unit, PO Box 3307, Kearney, NE 68848. If your health would be in serious "
           "jeopardy, ask for an expedited appeal (decided within 72 hours).", 10)
    p.para("Sincerely,\nClaims Review Department", 10.5)
    if fax:
        p.para(f"cc: {member[0]}", 9)
    den, da = (("not_covered", None) if kind == "excluded" else ("medical_necessity", ["other"]))
    t = truth("denial_letter", den, "en", insurer=GUL, group_number=grp, member_id=cert, member_name=member[0],
              case_numbers=[ref], claim_amount=m2(total), service_dates=[dos.isoformat()],
              denial_date=dec.isoformat(), provider=prov, appeal_deadline=plus(dec, 180).isoformat(),
              alternates={"insurer": ["Gullwing Mutual"]}, denial_alternates=da)
    return out(p), t


def documents(rng) -> list[Item]:
    items = []
    f = msn_facts(R(185500), "day", "long", "en")
    items.append(Item(f"{FAMILY}_bd_msn_daytime_over_six_month_limit", "born_digital",
                      [(msn(f), msn_truth(f, "not_covered", ["medical_necessity", "other"]))]))
    items.append(Item(f"{FAMILY}_bd_ostrander_eob_paid_arm_sleeve", "born_digital",
                      [ost_eob(R(185501), "paid", "abbr")]))
    items.append(Item(f"{FAMILY}_scan300_dme_mac_redetermination_venous_only", "scan_clean_300",
                      [mac_letter(R(185502), "dm")]))
    items.append(Item(f"{FAMILY}_lowres_ostrander_eob_venous_not_lymphedema", "scan_lowres_150",
                      [ost_eob(R(185503), "venous", "iso")]))
    items.append(Item(f"{FAMILY}_copy_gullwing_grandfathered_exclusion", "photocopy",
                      [gul_letter(R(185504), "excluded", "long")]))
    items.append(Item(f"{FAMILY}_faxfine_gullwing_custom_no_fitting_note", "fax_fine_g4",
                      [gul_letter(R(185505), "custom", "slash")]))
    f = msn_facts(R(185506), "night", "es", "es")
    items.append(Item(f"{FAMILY}_phone_msn_es_night_garment_two_years", "phone_photo",
                      [(msn(f), msn_truth(f, "not_covered", ["medical_necessity", "other"]))]))
    return items
