"""Family 'dental_medicaid_child_eob': a state Medicaid dental program's explanations of benefits for children,
mailed to the parent or guardian ("To the parent or guardian of"): claim header, a line table with tooth, surface,
CDT code, description, billed, paid and a status/reason code, a reason legend, and fair-hearing / appeal text.

Issuers: Sealcove Dental Administrators, Inc. (logo word "SEALCOVE" over a rule; administers the Tideline Kids Dental
Program, the state's Medicaid dental benefit) and Fjallstone Dental Services, LLC (parent line "Medicaid Dental
Benefits Administrator" above, return address block; Junior Smiles Dental Program). Kinds: fluoride varnish over the
frequency limit (keyword), sealants past the covered age (plain words), comprehensive orthodontics without prior
approval, a fully paid check-up, a Spanish EOB with a second exam inside six months, a stainless steel crown not
necessary (x-ray shows no decay), and a two-claim EOB (one paid, one denied frequency). Decoys: the parent's name,
the child's date of birth, the payment date and check number, the other claim's ICN, the dentist's NPI, the 120-day
State Fair Hearing limit.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundv_famvb import address, days, digits, fdate, iso, m2, money, npi, person, phone, usd

FAMILY = "dental_medicaid_child_eob"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SC = "Sealcove Dental Administrators, Inc."
FJ = "Fjallstone Dental Services, LLC"
PROG = {SC: "Tideline Kids Dental Program", FJ: "Junior Smiles Dental Program"}
OFFICES = [("Hekla Pediatric Dentistry", "Dr. Katla S. Hrafnsdottir, DDS"),
           ("Mosfell Family Dental Clinic", "Dr. Gunnar O. Thorvaldsson, DMD"),
           ("Sonrisas Rivadulla Dental", "Dra. Noela P. Rivadulla, DDS")]
LINES = {
    "exam": ("", "", "D0120", "Periodic oral evaluation"), "pro": ("", "", "D1120", "Prophylaxis, child"),
    "fl": ("", "", "D1206", "Topical fluoride varnish"), "bw": ("", "", "D0272", "Bitewings, two films"),
    "seal3": ("3", "O", "D1351", "Sealant, per tooth"), "seal14": ("14", "O", "D1351", "Sealant, per tooth"),
    "ortho": ("", "", "D8080", "Comprehensive orthodontic treatment, adolescent"),
    "ssc": ("K", "", "D2930", "Prefabricated stainless steel crown, primary tooth"),
    "fill": ("S", "DO", "D2391", "Resin composite, two surfaces, posterior"),
}
LABELS = [dict(child="Patient", mid="Medicaid ID", claim="Claim (ICN)", prov="Billing provider", date="Date of notice",
               dos="Date of service", parent="To the parent or guardian of"),
          dict(child="Child's name", mid="Recipient ID", claim="ICN", prov="Dental office", date="EOB date",
               dos="Service date", parent="Parent/guardian of"),
          dict(child="Member", mid="Member Medicaid #", claim="Claim number", prov="Provider", date="Statement date",
               dos="DOS", parent="Mailed to the parent or guardian of")]
ES = dict(child="Paciente", mid="Núm. de Medicaid", claim="Reclamo (ICN)", prov="Consultorio dental",
          date="Fecha de este aviso", dos="Fecha del servicio", parent="Para el padre, la madre o el tutor de")
REASONS = {"P": ("Paid.", "Pagado."),
           "F7": ("Frequency limitation: this service is covered only twice in 12 months.",
                  "Límite de frecuencia: este servicio se cubre una vez cada 6 meses."),
           "A3": ("The program pays for sealants on permanent molars only for children under age 16. The child was "
                  "older than that on the date of service.", ""),
           "PA": ("Orthodontic treatment must be approved by the program before treatment starts. No prior "
                  "approval was on file.", ""),
           "N2": ("The x-ray sent with the claim does not show decay or a broken tooth, so a crown was not needed for "
                  "this tooth.", "")}


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(15, 13, 15))
        self.add_font("DejaVu", "B", BOLD)


def facts(r, kind, ins, lab, ds, ms, app, lang) -> dict:
    notice = dt.date(2026, 2, 10) + dt.timedelta(days=r.randint(0, 210))
    dos = days(notice, -r.randint(18, 45))
    codes = {"freq": [("exam", "P"), ("pro", "P"), ("fl", "F7")], "age": [("seal3", "A3"), ("seal14", "A3")],
             "ortho": [("ortho", "PA")], "paid": [("exam", "P"), ("pro", "P"), ("fl", "P"), ("bw", "P")],
             "es": [("exam", "F7"), ("pro", "P")], "ssc": [("ssc", "N2"), ("fill", "P")],
             "two": [("bw", "F7")]}[kind]
    lines = []
    for c, st in codes:
        b = money(r, 28, 95) if c not in ("ortho", "ssc") else money(r, 180, 4800) if c == "ortho" else money(r, 150, 260)
        lines.append(dict(key=c, st=st, billed=b, paid=round(b * 0.62, 2) if st == "P" else 0.0))
    other = [dict(key="exam", st="P", billed=money(r, 30, 60)), dict(key="pro", st="P", billed=money(r, 40, 80))]
    for x in other:
        x["paid"] = round(x["billed"] * 0.6, 2)
    office, dentist = r.choice(OFFICES[2:] if lang == "es" else OFFICES[:2])
    age = 16 if kind == "age" else r.randint(5, 14)
    return dict(kind=kind, ins=ins, L=ES if lang == "es" else LABELS[lab], ds=ds, ms=ms, app=app, lang=lang,
                notice=notice, dos=dos, lines=lines, other=other, other_dos=days(dos, -r.randint(3, 9)),
                child=person(r, lang, kid=True), parent=person(r, lang), addr=address(r, lang),
                dob=dt.date(dos.year - age, r.randint(1, 12), r.randint(1, 28)) if kind != "age" else
                days(dos, -(16 * 365 + r.randint(20, 200))),
                mid=digits(r, 10) if ins == SC else "TK" + digits(r, 9), icn=digits(r, 13), icn2=digits(r, 13),
                office=office, dentist=dentist, npi=npi(r), chk=digits(r, 8), paydate=days(notice, 2), ph=phone(r),
                by=days(notice, 60))


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == SC:
        d.text_line("SEALCOVE", 24, "B", h=10)
        d.rule(0.8, 1)
        d.text_line(f"Dental Administrators, Inc. · for the {PROG[SC]} · PO Box 4077, Tonopah, NV 89049", 8.2, h=4.4)
    else:
        d.text_line("Medicaid Dental Benefits Administrator", 7.8, h=4)
        d.text_line(FJ, 14, "B", h=7)
        for ln in [PROG[FJ], "PO Box 602", "Rio Grande City, TX 78582"]:
            d.text_line(ln, 8.4, h=4.2)
        d.rule(0.3, 1)
    d.ln(2)


def claim_block(d: Page, f: dict, lines, icn, dos, es) -> float:
    L, ms = f["L"], f["ms"]
    d.font(9, "B")
    d.cell(0, 5, f"{L['claim']}: {icn}     {L['dos']}: {fdate(dos, f['ds'])}", new_x="LMARGIN", new_y="NEXT")
    head = (["Diente", "Sup.", "CDT", "Descripción", "Cobrado", "Pagado", "Código"] if es else
            ["Tooth", "Surf.", "CDT", "Description", "Billed", "Paid", "Status"])
    rows = []
    for x in lines:
        t, s, c, desc = LINES[x["key"]]
        rows.append([t, s, c, desc, usd(x["billed"], ms), usd(x["paid"], ms), x["st"]])
    tot = round(sum(x["billed"] for x in lines), 2)
    rows.append(["*Total" if not es else "*Total", "", "", "", usd(tot, ms),
                 usd(round(sum(x["paid"] for x in lines), 2), ms), ""])
    d.table(head, rows, [14, 12, 16, 74, 22, 22, 16], size=8, aligns="LLLLRRL", head_fill=True)
    return tot


def build(f: dict) -> bytes:
    L, k, es = f["L"], f["kind"], f["lang"] == "es"
    d = Page(("Página {p} de {n}" if es else "Page {p} of {n}") + f"   {PROG[f['ins']]}  EOB-D")
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLICACIÓN DE BENEFICIOS DENTALES" if es else "DENTAL EXPLANATION OF BENEFITS", 12.5, "B", h=7)
    d.text_line("Esto no es una factura." if es else "This is not a bill.", 8.8, h=4.6)
    d.ln(1)
    d.text_line(f"{L['date']}: {fdate(f['notice'], f['ds'])}", 9.5, h=5)
    d.ln(1)
    d.text_line(L["parent"] + ":", 8.5, h=4.4)
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.7)
    d.ln(2)
    for a, b in [(L["child"], f["child"]), ("Fecha de nacimiento" if es else "Date of birth", fdate(f["dob"], "slash")),
                 (L["mid"], f["mid"]), (L["prov"], f"{f['office']} (NPI {f['npi']})"),
                 ("Dentista" if es else "Treating dentist", f["dentist"])]:
        d.font(9, "B")
        d.cell(48, 5, a + ":")
        d.font(9)
        d.cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    if k == "two":
        claim_block(d, f, f["other"], f["icn2"], f["other_dos"], es)
    f["total"] = claim_block(d, f, f["lines"], f["icn"], f["dos"], es)
    paid = sum(x["paid"] for x in f["lines"] + (f["other"] if k == "two" else []))
    if paid:
        d.text_line((f"Pago al consultorio: cheque {f['chk']} del {fdate(f['paydate'], 'slash')}" if es else
                     f"Payment to the dental office: check {f['chk']} issued {fdate(f['paydate'], 'slash')}"), 8.6, h=4.6)
    d.ln(2)
    d.text_line("Códigos" if es else "Status codes", 9.5, "B", h=5.5)
    for code in sorted({x["st"] for x in f["lines"] + (f["other"] if k == "two" else [])}):
        en_t, es_t = REASONS[code]
        d.para(f"{code}  {es_t if es else en_t}", 8.6, gap=0.8)
    d.ln(2)
    if k == "paid":
        d.para("All services on this claim were paid. You do not owe the dental office anything for these services. "
               f"Questions? Call {f['ph']}.", 9)
    else:
        d.text_line("Si no está de acuerdo" if es else "If you disagree", 10, "B", h=6)
        if es:
            t = {"notice": "Puede pedir una apelación dentro de 60 días de la fecha de este aviso.",
                 "recv": "Tiene 60 días desde el día en que recibe este aviso para apelar.",
                 "date": f"Envíe su apelación a más tardar el {fdate(f['by'], f['ds'])}."}[f["app"]]
        else:
            t = {"notice": "You or the dentist may ask for an appeal within 60 days of the date of this notice.",
                 "recv": "You have 60 days from the day you get this notice to ask for an appeal.",
                 "date": f"Send your appeal so that we get it by {fdate(f['by'], f['ds'])}."}[f["app"]]
        t += (" Después de la apelación, puede pedir una Audiencia Imparcial del Estado dentro de 120 días." if es else
              " After the appeal, you may ask for a State Fair Hearing within 120 days of the appeal decision.")
        d.para(t + (f" Preguntas: {f['ph']}." if es else f" Questions: {f['ph']}."), 8.8)
    return pdf_bytes(d)


DEN = {"freq": "not_covered", "age": "not_covered", "ortho": "prior_authorization", "paid": None, "es": "not_covered",
       "ssc": "medical_necessity", "two": "not_covered"}


def make_truth(f: dict) -> dict:
    k = f["kind"]
    denied = [x for x in f["lines"] if x["st"] != "P"]
    alts: dict = {"provider": [f["dentist"]], "insurer": [PROG[f["ins"]]]}
    if denied and len(denied) != len(f["lines"]):
        alts["claim_amount"] = [m2(sum(x["billed"] for x in denied))]
    dl = None
    if k != "paid":
        dl = {"notice": iso(days(f["notice"], 60)), "date": iso(f["by"]), "recv": None}[f["app"]]
    if f["app"] == "recv" or k == "paid":
        alts["appeal_deadline"] = [iso(days(f["notice"], 60))]
    den_alts = {"freq": ["other"], "es": ["other"], "two": ["other"], "age": ["other", "eligibility"],
                "ssc": ["not_covered"]}.get(k, [])
    return truth("eob", DEN[k], f["lang"], insurer=f["ins"], member_id=f["mid"], member_name=f["child"],
                 case_numbers=[f["icn"]], claim_amount=m2(f["total"]), service_dates=[iso(f["dos"])],
                 denial_date=iso(f["notice"]), provider=f["office"], appeal_deadline=dl, alternates=alts,
                 denial_alternates=den_alts, type_alternates=["other"] if k == "paid" else [])


# (stem, condition, kind, issuer, label set, date style, money style, appeal wording, lang)
PLAN = [
    ("dental_medicaid_child_eob_bd_fluoride_frequency", "born_digital", "freq", SC, 0, "long", "plain", "notice", "en"),
    ("dental_medicaid_child_eob_bd_paid_checkup", "born_digital", "paid", FJ, 1, "slash", "nosign", "notice", "en"),
    ("dental_medicaid_child_eob_scan_sealant_age", "scan_clean_300", "age", FJ, 2, "abbr", "plain", "recv", "en"),
    ("dental_medicaid_child_eob_faxstd_ortho_no_pa", "fax_standard_g4", "ortho", SC, 1, "dmy", "plain", "date", "en"),
    ("dental_medicaid_child_eob_photo_examen_es", "phone_photo", "es", FJ, 0, "es", "plain", "notice", "es"),
    ("dental_medicaid_child_eob_rotated_ssc_not_needed", "rotated", "ssc", SC, 2, "iso", "usd", "notice", "en"),
    ("dental_medicaid_child_eob_photocopy_two_claims", "photocopy", "two", FJ, 0, "short", "plain", "date", "en"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, lab, ds, ms, app, lang) in enumerate(PLAN):
        f = facts(random.Random(92700 + i), kind, ins, lab, ds, ms, app, lang)
        pdf = build(f)
        items.append(Item(stem, cond, [(pdf, make_truth(f))]))
    return items
