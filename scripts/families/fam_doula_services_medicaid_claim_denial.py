"""Family 'doula_services_medicaid_claim_denial': an invented state Medicaid agency's remittance advices and member
notices, and an invented Medicaid managed care plan's notices, EOBs and provider letters on doula services (HCPCS
T1032 doula visits per 15 minutes for prenatal and postpartum visits, T1033 labor and delivery support per diem).

Wrenfield State Health Care Authority (fee-for-service; "STATE OF WRENFIELD" over the agency; remittance advices to
the doula collective, a member notice whose only route is the State Fair Hearing) and Cobblestone Community Health
Plan (Medicaid MCO; "Notice of Adverse Benefit Determination" in English and "Aviso de determinación adversa de
beneficios" in Spanish, a member EOB, a letter to the doula collective faxed behind a cover sheet) are invented, and
so are every doula, collective, clinician and parent. Kinds: the rendering doula is not enrolled as a Medicaid
provider; prenatal or postpartum visits over the benefit (8 prenatal / 6 postpartum visits per pregnancy); a
postpartum visit after the postpartum coverage window (6 months after delivery); one paid remittance. Decoys: the
OB clinician (obstetrician or nurse-midwife), the delivery / due date, the parent's date of birth, NPIs and taxonomy,
the RA's check number and total payment, another member's paid claim on the RA, visits used to date, the received
date, the State Fair Hearing limit (120 days after the plan's appeal decision) and the 10-day continuation limit.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "doula_services_medicaid_claim_denial"
LANG = "en"
ST = "Wrenfield State Health Care Authority"
MCO = "Cobblestone Community Health Plan"
COLLECTIVES = [("Marigold Birth Doula Collective", "Adaeze Okonjo-Hartley, CD"),
               ("Tidewell Community Doulas", "Rosalía Benavente-Quist, CLD"),
               ("Hearthstone Doula Cooperative", "Sigrid Amankwah-Lowe, CD"),
               ("Riverbend Family Doula Circle", "Noelani Przybylski-Ward, CD")]
OBS = ["Dr. Priyanka Stavros-Ellery, MD", "Imogen Achterberg-Soto, CNM", "Dr. Kofi Lindqvist-Mbeki, DO",
       "Farida Castellane, CNM"]
NOTE_CITY = "Harlow Falls, WF 59012"
# kind -> (document type, denial type, denial alternates)
KINDS = {
    "mco_window": ("denial_letter", "not_covered", ["eligibility", "other"]),
    "st_paid": ("other", None, []),
    "st_ra_limit": ("eob", "not_covered", ["other"]),
    "es_limit": ("denial_letter", "not_covered", ["other"]),
    "mco_prov_enroll": ("denial_letter", "out_of_network", ["other", "eligibility"]),
    "mco_eob_limit": ("eob", "not_covered", ["other"]),
    "st_enroll": ("denial_letter", "out_of_network", ["other", "eligibility"]),
}


def facts(i: int, kind: str, ds: str, ms: str) -> dict:
    r = Rand(177500 + i)
    es = kind.startswith("es_")
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 150))
    coll, doula = COLLECTIVES[i % len(COLLECTIVES)]
    parent = r.person("es" if es else "en")
    state_side = kind.startswith("st_")
    f = dict(kind=kind, es=es, fd=lambda x: fmt_date(x, ds), mo=lambda v: fmt_money(v, ms), notice=notice,
             member=parent[0], first=parent[1], last=parent[3], addr=list(r.address("es" if es else "en")),
             dob=dt.date(r.randint(1988, 2004), r.randint(1, 12), r.randint(1, 28)), coll=coll, doula=doula,
             ob=r.choice(OBS), npi=r.npi(), doula_npi=r.npi(), ob_npi=r.npi(), ph=r.phone(), fax=r.phone(),
             mid=("WF" + r.digits(8) if state_side else r.digits(9)),
             plan_mid="CCH" + r.digits(7), insurer=ST if state_side else MCO,
             received=notice - dt.timedelta(days=r.randint(12, 25)),
             claim=(r.digits(4) + "-" + r.digits(7) if state_side else "CL" + r.digits(10)),
             ref="NABD-" + r.letters(2) + r.digits(6), check=r.digits(8), prov_no="D" + r.digits(7),
             acct="DC-" + r.digits(5))
    f["addr"][1] = NOTE_CITY if not es else f"{r.choice(['Alder Point', 'Vista Serena', 'Harlow Falls'])}, WF 59{r.digits(3)}"
    last_visit = notice - dt.timedelta(days=r.randint(20, 45))
    if kind in ("mco_window",):
        delivery = last_visit - dt.timedelta(days=r.randint(196, 230))
        visits = [(last_visit - dt.timedelta(days=7), "T1032", "Postpartum doula visit", 4),
                  (last_visit, "T1032", "Postpartum doula visit", 4)]
    elif kind in ("st_ra_limit", "es_limit", "st_paid"):
        delivery = last_visit + dt.timedelta(days=r.randint(20, 50))   # still pregnant: the due date
        visits = [(last_visit - dt.timedelta(days=14), "T1032", "Prenatal doula visit", 4),
                  (last_visit, "T1032", "Prenatal doula visit", 6)]
    elif kind == "mco_eob_limit":
        delivery = last_visit - dt.timedelta(days=r.randint(60, 110))
        visits = [(last_visit - dt.timedelta(days=10), "T1032", "Postpartum doula visit", 4),
                  (last_visit, "T1032", "Postpartum doula visit", 4)]
    else:  # not enrolled: labor support and the first postpartum visit
        delivery = last_visit - dt.timedelta(days=r.randint(8, 16))
        visits = [(delivery, "T1033", "Labor and delivery support (per diem)", 1),
                  (last_visit, "T1032", "Postpartum doula visit", 4)]
    if es:
        visits = [(d, c, "Visita prenatal de doula", u) for d, c, _, u in visits]
    f["delivery"] = delivery
    rate15 = r.choice([22.5, 24.0, 26.75, 28.0])
    perdiem = float(r.choice([850, 975, 1100, 1250]))
    f["lines"] = [(d, c, desc, u, perdiem if c == "T1033" else round(rate15 * u, 2)) for d, c, desc, u in visits]
    f["billed"] = round(sum(x[4] for x in f["lines"]), 2)
    f["used"] = 8 if kind in ("st_ra_limit", "es_limit") else 6
    # another member's paid claim on the RA (decoy)
    other = r.person()
    od = last_visit - dt.timedelta(days=r.randint(3, 9))
    f["other"] = dict(name=other[0], first=other[1], last=other[3], mid="WF" + r.digits(8),
                      claim=r.digits(4) + "-" + r.digits(7), date=od, units=4, billed=round(rate15 * 4, 2))
    return f


def rows_block(d: Doc, rows: list, lw: float = 52, size: float = 9.6) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(lw, 4.9, k + ":")
        d.font(size)
        d.cell(0, 4.9, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def svc_table(d: Doc, f: dict, es: bool = False, paid: bool = False) -> None:
    fd, mo = f["fd"], f["mo"]
    head = (["Fecha", "Código", "Servicio", "Unidades", "Cargo"] if es else
            ["Date of service", "Code", "Service", "Units", "Billed"])
    rows = [[fd(x[0]), x[1], x[2], str(x[3]), mo(x[4])] for x in f["lines"]]
    rows.append(["*Total", "", "", "", mo(f["billed"])])
    d.table(head, rows, [30, 18, 78, 18, 30], size=9, aligns="LLLRR")


# ---------------------------------------------------------------- state remittance advices
def st_ra(f: dict) -> bytes:
    k, fd, mo = f["kind"], f["fd"], f["mo"]
    paid = k == "st_paid"
    d = Doc("Courier", footer="WFHCA-RA-0410   PAGE {p} OF {n}", orientation="L")
    d.add_page()
    d.text_line("STATE OF WRENFIELD", 13, "B", h=6)
    d.text_line(ST.upper() + "  -  MEDICAL ASSISTANCE PROGRAM", 10, "B", h=5)
    d.text_line("REMITTANCE ADVICE  -  PROFESSIONAL CLAIMS (DOULA SERVICES, PROVIDER TYPE 47)", 10, h=5)
    d.ln(2)
    ra_no = "RA" + f["check"][:6]
    rows = [("PAYEE", f["coll"].upper()), ("PROVIDER NO.", f["prov_no"]), ("PAYEE NPI", f["npi"]),
            ("RA NUMBER", ra_no), ("RA DATE", fd(f["notice"])), ("CHECK/EFT NO.", f["check"])]
    rows_block(d, rows, lw=40, size=9)
    other = f["other"]
    per = f["lines"][0][4] / f["lines"][0][3]
    pay_lines = []
    pay_lines.append([f"{other['last'].upper()}, {other['first'].upper()} {other['name'].split()[1][0]}", other["mid"], other["claim"], fd(other["date"]), "T1032", "4",
                      mo(other["billed"]), mo(other["billed"]), "PAID", "000"])
    code = "" if paid else ("2207" if k == "st_ra_limit" else "1140")
    for x in f["lines"]:
        pay_lines.append([f"{f['last'].upper()}, {f['first'].upper()} {f['member'].split()[1][0]}", f["mid"], f["claim"], fd(x[0]), x[1], str(x[3]), mo(x[4]),
                          mo(x[4] if paid else 0), "PAID" if paid else "DENIED", "000" if paid else code])
    d.table(["RECIPIENT", "MEDICAID ID", "ICN", "SERV DATE", "PROC", "UNITS", "BILLED", "PAID", "STATUS", "EOB"],
            pay_lines, [46, 28, 30, 28, 16, 14, 24, 24, 18, 14], size=8.2, aligns="LLLLLRRRLL")
    total_paid = other["billed"] + (f["billed"] if paid else 0)
    d.text_line(f"CLAIM TOTALS FOR ICN {f['claim']}:  BILLED {mo(f['billed'])}   PAID "
                f"{mo(f['billed'] if paid else 0)}", 9, "B", h=5)
    d.text_line(f"TOTAL PAYMENT THIS RA: {mo(total_paid)}", 9, h=5)
    d.ln(3)
    d.text_line("EOB CODE MESSAGES", 9.5, "B", h=5)
    d.text_line(f"RENDERING DOULA FOR ICN {f['claim']}: {f['doula'].upper()}  (NPI {f['doula_npi']})", 9, h=5)
    d.ln(2)
    if paid:
        d.para("000  Claim paid as billed at the doula fee schedule rate ($"
               f"{per:.2f} per 15-minute unit). Prenatal visits paid to date for this pregnancy: "
               f"{len(f['lines'])} of 8. Attending clinician on the claim: {f['ob']}.", 9)
        return pdf_bytes(d)
    if k == "st_ra_limit":
        d.para("2207  Service exceeds the benefit limit. Doula services cover up to 8 prenatal visits per "
               f"pregnancy. The recipient has used {f['used']} of 8 prenatal visits (paid to any doula provider). "
               f"Estimated due date on the claim: {fd(f['delivery'])}. Attending clinician: {f['ob']} (NPI "
               f"{f['ob_npi']}).", 9)
    d.para("000  Claim paid.", 9)
    d.para(f"Reconsideration: a provider may request reconsideration of a denied claim within 90 days of the RA "
           f"date. Send the ICN and supporting records to {ST}, Provider Claims Reconsideration, PO Box 45210, "
           f"Harlow Falls, WF 59010, or fax {f['fax']}. Provider services: {f['ph']}.", 9)
    return pdf_bytes(d)


# ---------------------------------------------------------------- state member notice (not enrolled)
def st_notice(f: dict) -> bytes:
    fd, mo = f["fd"], f["mo"]
    d = Doc("Times", footer="HCA 13-207 (Rev. 02/2025)   Page {p} of {n}")
    d.add_page()
    d.text_line("STATE OF WRENFIELD", 11, "B", align="C", h=5)
    d.text_line(ST, 14, "B", align="C", h=7)
    d.text_line("Medical Assistance Program  -  PO Box 45200, Harlow Falls, WF 59010", 9, align="C", h=4.5)
    d.rule(0.5, 4)
    d.text_line("NOTICE OF ACTION: PAYMENT DENIED", 13, "B", h=7)
    rows = [("Date of this notice", fd(f["notice"])), ("Client name", f["member"]),
            ("Client ID", f["mid"]), ("Date of birth", fd(f["dob"])),
            ("Claim ICN", f["claim"]), ("Billing provider", f"{f['coll']} (NPI {f['npi']})"),
            ("Doula who gave the service", f["doula"]), ("Delivering clinician", f["ob"]),
            ("Claim received", fd(f["received"]))]
    rows_block(d, rows, lw=62, size=10)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5)
    d.ln(3)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"We will not pay the claim from {f['coll']} for doula services listed below. The doula who gave the "
           f"services, {f['doula'].split(',')[0]}, was not enrolled as a Wrenfield Medical Assistance provider on "
           "the dates of service. We can pay for doula services only when the doula is enrolled with the state "
           "and certified (Wrenfield Admin. Code 9.47.110).", 10.5)
    svc_table(d, f)
    d.para("You do not have to pay this bill. An enrolled provider may not bill you for a covered service.", 10.5)
    d.text_line("Your right to a hearing", 11, "B", h=6)
    d.para("If you disagree with this decision, you may ask for a State Fair Hearing. Your request must reach the "
           "Office of Administrative Hearings within 90 days of the date of this notice. Call "
           f"{f['ph']} or write to Office of Administrative Hearings, PO Box 42489, Harlow Falls, WF 59011.", 10.5)
    return pdf_bytes(d)


# ---------------------------------------------------------------- MCO notices (member, en/es)
def mco_head(d: Doc, f: dict, es: bool) -> None:
    d.set_font(d.base_font, "B", 17)
    d.cell(0, 8, MCO, new_x="LMARGIN", new_y="NEXT")
    d.text_line("Plan de salud de Medicaid de Wrenfield" if es else "A Wrenfield Medicaid managed care plan", 9, h=4.5)
    d.text_line(f"1200 Cooper Yard Road, Alder Point, WF 59031  |  {f['ph']}  |  TTY 711", 8.5, h=4.5)
    d.ln(4)


def mco_notice(f: dict) -> bytes:
    fd, es, k = f["fd"], f["es"], f["kind"]
    d = Doc("DejaVu", footer=("Página {p} de {n}" if es else "Page {p} of {n}") + "   CCHP-NABD-03")
    d.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    d.add_page()
    mco_head(d, f, es)
    d.text_line(fmt_date(f["notice"], "es") if es else fd(f["notice"]), 10.5, h=5)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5)
    d.ln(4)
    if es:
        d.text_line("Aviso de determinación adversa de beneficios", 13, "B", h=7)
        rows = [("Nombre del miembro", f["member"]), ("Fecha de nacimiento", fmt_date(f["dob"], "es")),
                ("Número de Medicaid", f["mid"]), ("Número de aviso", f["ref"]),
                ("Número de reclamo", f["claim"]), ("Proveedor (doula)", f"{f['coll']} ({f['doula']})"),
                ("Obstetra", f["ob"]), ("Fecha probable de parto", fmt_date(f["delivery"], "es")),
                ("Reclamo recibido", fmt_date(f["received"], "es"))]
        rows_block(d, rows, lw=54)
        d.para(f"Estimado(a) {f['first']} {f['last']}:", 10.2)
        d.para(f"{MCO} negó el pago de las visitas prenatales de doula que se indican abajo. Su beneficio de doula "
               f"cubre hasta 8 visitas prenatales por embarazo. Ya se pagaron {f['used']} visitas prenatales para "
               "este embarazo. Las visitas de abajo superan el límite del beneficio y no están cubiertas.", 10)
        d.table(["Fecha", "Código", "Servicio", "Unidades", "Cargo"],
                [[fmt_date(x[0], "es"), x[1], x[2], str(x[3]), f["mo"](x[4])] for x in f["lines"]] +
                [["*Total", "", "", "", f["mo"](f["billed"])]], [40, 18, 70, 18, 28], size=9, aligns="LLLRR")
        d.text_line("Su derecho a apelar", 10.8, "B", h=6)
        d.para("Puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Llame al "
               f"{f['ph']} o escriba a {MCO}, Apelaciones, PO Box 3318, Alder Point, WF 59031. Si no está de acuerdo "
               "con la decisión de la apelación, puede pedir una audiencia imparcial estatal dentro de 120 días a "
               "partir de la fecha de la decisión de la apelación.", 9.8)
        d.para("Si desea que los servicios continúen durante la apelación, debe pedirlo dentro de 10 días. "
               "Usted no tiene que pagar a la doula por estas visitas.", 9.5)
        return pdf_bytes(d)
    d.text_line("Notice of Adverse Benefit Determination", 13, "B", h=7)
    rows = [("Member", f["member"]), ("Date of birth", fd(f["dob"])), ("Medicaid ID", f["mid"]),
            ("Notice number", f["ref"]), ("Claim number", f["claim"]),
            ("Provider", f"{f['coll']} - doula {f['doula']}"), ("Delivering clinician", f["ob"]),
            ("Date of delivery", fd(f["delivery"])), ("Claim received", fd(f["received"]))]
    rows_block(d, rows)
    d.text_line("What we decided", 10.8, "B", h=6)
    d.para(f"We denied payment for the postpartum doula visits listed below. Your doula benefit covers postpartum "
           f"visits for up to 6 months after the end of your pregnancy. You gave birth on {fd(f['delivery'])}, so "
           f"postpartum doula visits were covered through {fd(f['delivery'] + dt.timedelta(days=182))}. These visits "
           "took place after that date and are not a covered benefit.", 10)
    svc_table(d, f)
    d.text_line("Your right to appeal", 10.8, "B", h=6)
    d.para(f"You can ask for an appeal within 60 days of the date of this notice. Call {f['ph']} or write to "
           f"{MCO}, Appeals, PO Box 3318, Alder Point, WF 59031. If we uphold our decision, you may ask for a State "
           "Fair Hearing within 120 days of the date of our appeal decision. To keep services during the appeal you "
           "must ask within 10 days. You do not have to pay the doula for these visits.", 10)
    return pdf_bytes(d)


def mco_eob(f: dict) -> bytes:
    fd, mo = f["fd"], f["mo"]
    d = Doc("Helvetica", footer="This is not a bill.  CCHP-EOB  {p}/{n}")
    d.add_page()
    d.text_line(MCO.upper(), 14, "B", h=7)
    d.text_line(f"Member Services {f['ph']} (TTY 711)", 8.5, h=4.5)
    d.ln(3)
    d.text_line("MEMBER EXPLANATION OF BENEFITS", 12.5, "B", h=7)
    d.text_line(f"Statement date: {fd(f['notice'])}", 10, h=5.5)
    d.ln(1)
    rows = [("Member", f["member"]), ("Plan member ID", f["plan_mid"]), ("Medicaid ID", f["mid"]),
            ("Claim number", f["claim"]), ("Provider", f["coll"]), ("Doula", f["doula"]),
            ("Delivery date", fd(f["delivery"])), ("Claim received", fd(f["received"]))]
    rows_block(d, rows, lw=40)
    table = [[fd(x[0]), x[1], x[2], str(x[3]), mo(x[4]), mo(0), "PP6"] for x in f["lines"]]
    table.append(["*Total", "", "", "", mo(f["billed"]), mo(0), ""])
    d.table(["Date", "Code", "Service", "Units", "Billed", "Plan paid", "Note"], table,
            [26, 16, 62, 14, 26, 24, 12], size=8.4, aligns="LLLRRRL", head_fill=True)
    d.para(f"PP6: Doula services cover up to 6 postpartum visits. Our records show {f['used']} postpartum doula "
           "visits already paid for this pregnancy, so these visits are over the benefit limit and were not paid. "
           "You owe $0.00; the doula may not bill you.", 9.4)
    d.para(f"Appeals: you may ask for an appeal within 60 days of the date of this statement. Call {f['ph']} or "
           f"write to {MCO}, Appeals, PO Box 3318, Alder Point, WF 59031. A State Fair Hearing may be requested "
           "within 120 days of our appeal decision.", 9.2)
    return pdf_bytes(d)


def mco_prov_letter(f: dict) -> bytes:
    fd, mo = f["fd"], f["mo"]
    d = Doc("Helvetica", footer="CCHP Provider Claims   Page {p} of {n}")
    d.add_page()
    d.text_line(MCO, 15, "B", h=7)
    d.text_line("Provider Claims Resolution - PO Box 3320, Alder Point, WF 59031", 8.5, h=4.5)
    d.rule(0.4, 4)
    d.text_line(fd(f["notice"]), 10.5, h=5)
    d.ln(2)
    for ln in [f["coll"], "Attn: Billing", "455 Larch Street, Suite 2", "Harlow Falls, WF 59012"]:
        d.text_line(ln, 10.5, h=5)
    d.ln(3)
    d.text_line("RE: Claim denial - rendering doula not enrolled", 11.5, "B", h=6)
    rows = [("Member", f["member"]), ("Medicaid ID", f["mid"]), ("Claim number", f["claim"]),
            ("Billing NPI", f["npi"]), ("Rendering doula", f"{f['doula']} (NPI {f['doula_npi']})"),
            ("Patient account", f["acct"]), ("Delivering clinician", f["ob"])]
    rows_block(d, rows, lw=44)
    d.para(f"Your claim for the doula services below was denied. The rendering doula, {f['doula'].split(',')[0]}, "
           "is not enrolled with the Wrenfield Medical Assistance Program and is not a participating provider in "
           f"the {MCO} network. Under our provider agreement and state rules, every rendering doula must be enrolled "
           "with the state and credentialed with the plan before services are paid.", 10)
    svc_table(d, f)
    d.para("Please do not bill the member. Once the doula's enrollment is approved you may submit a corrected claim.",
           10)
    d.para("You may file a provider appeal within 90 days of the date of this letter. Send it to Provider Appeals, "
           f"PO Box 3324, Alder Point, WF 59031, or fax {f['fax']}.", 10)
    d.para(f"Provider Claims Resolution\n{MCO}", 10)
    return pdf_bytes(d)


def cover_sheet(f: dict) -> bytes:
    d = Doc("Helvetica")
    d.add_page()
    d.text_line("FAX", 28, "B", h=14)
    d.text_line(MCO + " - Provider Claims Resolution", 11, h=6)
    d.ln(4)
    for k, v in [("To", f["coll"] + " (Billing)"), ("Fax", "1-360-555-0" + f["acct"][-3:]), ("From", "Claims "
                 "Resolution Unit"), ("Date", fmt_date(f["notice"], "slash")), ("Pages", "2 including cover")]:
        d.font(11, "B")
        d.cell(30, 7, k + ":")
        d.font(11)
        d.cell(0, 7, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.para("CONFIDENTIAL: this transmission contains protected health information. If you received it in error, "
           "call the sender and destroy it.", 10)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    doc_type, denial, dalts = KINDS[k]
    lang = "es" if f["es"] else "en"
    alts = {"provider": [f["doula"].split(",")[0]]}
    extra = {}
    cases = [f["claim"]]
    dl = None
    if k in ("mco_window", "es_limit", "mco_eob_limit"):
        dl = iso(f["notice"] + dt.timedelta(days=60))
    elif k in ("st_ra_limit", "mco_prov_enroll"):
        dl = iso(f["notice"] + dt.timedelta(days=90))
    elif k == "st_enroll":
        alts["appeal_deadline"] = [iso(f["notice"] + dt.timedelta(days=90))]
    if k in ("mco_window", "es_limit"):
        cases = [f["ref"], f["claim"]]
    if k == "mco_eob_limit":
        alts["member_id"] = [f["mid"]]
    if k == "st_paid":
        extra["type_alternates"] = ["eob"]
    mid = f["plan_mid"] if k == "mco_eob_limit" else f["mid"]
    return truth(doc_type, denial, lang, insurer=f["insurer"], member_id=mid, member_name=f["member"],
                 case_numbers=cases, claim_amount=m2(f["billed"]), service_dates=[iso(x[0]) for x in f["lines"]],
                 denial_date=iso(f["notice"]), provider=f["coll"], appeal_deadline=dl, alternates=alts,
                 denial_alternates=dalts, **extra)


# (stem suffix, condition, kind, date style, money style)
PLAN_ROWS = [
    ("bd_mco_postpartum_past_window", "born_digital", "mco_window", "long", "plain"),
    ("bd_state_ra_paid_prenatal", "born_digital", "st_paid", "slash", "plain"),
    ("scan300_state_ra_prenatal_over_limit", "scan_clean_300", "st_ra_limit", "mdy_nopad", "nosign"),
    ("copy_es_mco_prenatal_over_limit", "photocopy", "es_limit", "es", "plain"),
    ("faxstd_mco_provider_letter_doula_not_enrolled", "fax_standard_g4", "mco_prov_enroll", "abbr", "plain"),
    ("phone_mco_eob_postpartum_over_limit", "phone_photo", "mco_eob_limit", "iso", "plain"),
    ("rotated_state_notice_doula_not_enrolled", "rotated", "st_enroll", "dmy", "plain"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds, ms) in enumerate(PLAN_ROWS):
        f = facts(i, kind, ds, ms)
        if kind.startswith("st_") and kind != "st_enroll":
            pdf = st_ra(f)
        elif kind == "st_enroll":
            pdf = st_notice(f)
        elif kind == "mco_eob_limit":
            pdf = mco_eob(f)
        elif kind == "mco_prov_enroll":
            pdf = mco_prov_letter(f)
        else:
            pdf = mco_notice(f)
        sep = ["cover"] if kind == "mco_prov_enroll" else None
        if sep:
            sep = [cover_sheet(f)]
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, make_truth(f))], separators=sep))
    return items
