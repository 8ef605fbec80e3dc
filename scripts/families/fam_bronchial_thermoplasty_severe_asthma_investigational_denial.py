"""Family 'bronchial_thermoplasty_severe_asthma_investigational_denial': bronchial thermoplasty for severe
persistent asthma (CPT 31660 one lobe, 31661 two or more lobes; three sessions about three weeks apart) refused as
investigational / experimental, next to ordinary bronchoscopy (31622, 31624) that plans pay.

Documents: a commercial pre-service prose letter (facts only in sentences); a fine-fax stack of a cover sheet, an
employer plan EOB where the diagnostic bronchoscopy is paid and the thermoplasty session is denied, and the
pulmonology group's statement billing the patient; an independent review organization's decision upholding the
denial; a phone photo of a paid EOB for a bronchoscopy with lavage (nothing denied); a Spanish state Medicaid
"Aviso de Acción" with fair-hearing rights; a photocopied provider-facing determination in ruled boxes (labels above
values, three planned session dates); a sideways upheld first-level appeal with a grey sidebar.

Decoys: DOB, NPIs, dates received, the paid bronchoscopy claim, allowed/paid/you-owe, account numbers, medical
policy numbers, phone/fax numbers, 72-hour, 4-month, 120-day and 10-day limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "bronchial_thermoplasty_severe_asthma_investigational_denial"
LANG = "en"
SEED = 302500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DD = dt.timedelta


class Page(Doc):
    def __init__(self, foot: str | None = None, margins=(16, 14, 16), header: str | None = None):
        super().__init__("DejaVu", footer=foot, margins=margins, header=header)
        self.add_font("DejaVu", "B", BOLD)


def phone(r: Rand) -> str:
    return f"({r.choice(['800', '866', '877', '888'])}) 555-{r.digits(4)}"


def base(r: Rand, lang: str = "en") -> dict:
    member, first, mid, last = r.person(lang)
    dos = dt.date(2026, 1, 20) + DD(days=r.randint(0, 150))
    return dict(member=member, first=first, mid=mid, last=last, addr=r.address(lang), dos=dos,
                dob=dt.date(r.randint(1958, 1999), r.randint(1, 12), r.randint(1, 28)), npi=r.npi(),
                ph=phone(r))


# ---------------------------------------------------------------- 0: pre-service prose letter (born digital)
def doc_prose_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Alderbrook Health Assurance Company"
    mid = f"ABH{r.digits(3)}-{r.digits(5)}"
    grp = f"{r.digits(6)}"
    ref = f"UM{r.digits(8)}"
    doc = f"Dr. Simone {r.choice(['Hartigan', 'Okafor', 'Lindqvist'])}"
    grpname = "Cascade Pulmonary & Sleep Associates"
    recv = f["dos"] - DD(days=r.randint(25, 35))
    notice = recv + DD(days=r.randint(8, 13))
    d = Page("AHA-UM-BT  rev. 03/2025", margins=(24, 20, 24))
    d.add_page()
    d.text_line("Alderbrook Health", 20, "B", h=9)
    d.text_line("Alderbrook Health Assurance Company  ·  Clinical Review  ·  600 Lakeshore Drive, Erie, PA 16501", 8,
                h=4.2)
    d.ln(10)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    d.ln(3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']},", 10.5)
    d.para(f"On {fmt_date(recv, 'long')} we received a request from {doc} of {grpname} asking us to approve bronchial "
           f"thermoplasty of the right lower lobe (CPT 31660) for you, planned for {fmt_date(f['dos'], 'long')}. "
           f"We have given this request reference number {ref}. We looked at it under your member number {mid}, "
           f"which belongs to group {grp}.", 10.5)
    d.para("We cannot approve this procedure. Our medical policy for bronchial thermoplasty (policy MP-2.01.77) "
           "considers the procedure investigational. The long-term safety and benefit of heating the airway wall "
           "have not been shown in enough well-designed studies, and your plan does not cover experimental or "
           "investigational services. A board-certified pulmonologist reviewed the request and your records "
           "before we made this decision.", 10.5)
    d.para("This decision is about coverage only. You and your doctor decide together about your treatment. "
           "Other asthma treatments, such as biologic medicines, remain available under your plan.", 10.5)
    d.para(f"If you disagree, you or someone you name can appeal within 180 days of the date of this letter. Call "
           f"us at {f['ph']} or write to Alderbrook Health Appeals, PO Box 4470, Erie, PA 16512. If waiting could "
           "seriously harm your health, ask for a fast appeal; we answer those within 72 hours. After our final "
           "decision you can also ask for an independent external review within 4 months.", 10.5)
    d.para("Sincerely,\n\nUtilization Management\nAlderbrook Health", 10.5)
    d.para(f"cc: {doc}, {grpname} (NPI {f['npi']})", 8.5)
    t = truth("denial_letter", "experimental", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[ref], service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=doc.replace("Dr. ", ""), appeal_deadline=iso(notice + DD(days=180)),
              alternates={"provider": [grpname], "insurer": ["Alderbrook Health"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: fine-fax stack: EOB + pulmonology statement
def doc_stack_eob(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Brightwater Benefit Services"
    plan = "Hollis County Schools Employee Benefit Plan"
    stmt = f["dos"] + DD(days=r.randint(18, 30))
    f["stmt"] = stmt
    l0 = [("31622", "Bronchoscopy, diagnostic", 1, float(r.randint(1400, 2100)))]
    l1 = [("31661", "Bronch thermoplasty 2+ lobes", 1, f["l1a"]), ("94640", "Airway inhalation treatment", 1, f["l1b"])]
    f["billed"] = sum(x[3] for x in l1)
    d = Page("BBS  EXPLANATION OF BENEFITS  {p}/{n}", margins=(12, 12, 12))
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.set_text_color(255, 255, 255)
    d.font(14, "B")
    d.cell(0, 10, "  BRIGHTWATER BENEFIT SERVICES", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.text_line(f"Claims administrator for the {plan}  ·  {f['ph']}", 8, h=5)
    d.ln(2)
    d.text_line("Explanation of Benefits — this is not a bill", 11, "B", h=6)
    d.ln(1)
    y = d.get_y()
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.8)
    d.set_y(y)
    for lab, val in [("Processed on", fmt_date(stmt, "dmy")), ("Enrollee", f["member"]), ("Enrollee no.", f["mid"]),
                     ("Plan group", f["grp"])]:
        d.set_x(120)
        d.font(8.8)
        d.cell(28, 4.8, lab)
        d.font(8.8, "B")
        d.cell(0, 4.8, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    for claim, lines, dos, note, paid in [(f["c0"], l0, f["dos0"], "PAID", True),
                                          (f["claim"], l1, f["dos"], "NOT PAID - SEE NOTE T9", False)]:
        d.font(8.8, "B")
        d.cell(0, 5.5, f"Claim {claim}  ·  {f['grpname']}  ·  {note}", new_x="LMARGIN", new_y="NEXT")
        rows, tb = [], 0.0
        for code, desc, u, b in lines:
            al = round(b * 0.62, 2) if paid else 0.0
            pd = round(al * 0.8, 2)
            rows.append([fmt_date(dos, "dmy"), code, desc, str(u), fmt_money(b, "nosign"), fmt_money(al, "nosign"),
                         fmt_money(pd, "nosign"), fmt_money(b if not paid else al - pd, "nosign"),
                         "" if paid else "T9"])
            tb += b
        rows.append(["*Claim total", "", "", "", fmt_money(tb, "nosign"), "", "", "", ""])
        d.table(["Service", "Code", "Description", "Qty", "Charged", "Allowed", "Paid", "Your part", "Note"], rows,
                [22, 14, 52, 9, 21, 20, 19, 20, 12], size=7.8, aligns="LLLRRRRRL", head_fill=True)
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para("T9  Bronchial thermoplasty is considered experimental/investigational under the plan's medical "
           "criteria. Services that are experimental or investigational are excluded from coverage (Plan Document, "
           "Article VII, Exclusion 14).", 8.4)
    d.para("Appeals: you may request a review of any denied service within 180 days of the date you receive this "
           "explanation. Mail requests to Brightwater Benefit Services, Appeals, PO Box 2209, Macon, GA 31208.", 8.4)
    t = truth("eob", "experimental", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=f["grpname"],
              alternates={"insurer": [plan], "claim_amount": [m2(l1[0][3])]}, denial_alternates=["not_covered"])
    return pdf_bytes(d), t


def doc_stack_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    bill = f["stmt"] + DD(days=r.randint(9, 16))
    acct = f"{r.digits(3)}-{r.digits(5)}"
    d = Page(None, margins=(14, 12, 14))
    d.add_page()
    # two columns: left the practice and charges, right a remit panel
    d.set_fill_color(232, 232, 232)
    d.rect(140, 12, 62, 120, style="F")
    d.set_xy(14, 14)
    d.text_line("Cascade Pulmonary & Sleep Associates", 13, "B", h=6.5)
    d.text_line("Interventional Pulmonology · 2290 Harbor View Road, Macon, GA 31201", 7.8, h=4.2)
    d.text_line("Billing questions: " + phone(r), 7.8, h=4.2)
    y0 = 16
    for lab, val in [("STATEMENT DATE", fmt_date(bill, "abbr")), ("ACCOUNT", acct), ("PATIENT", f["member"]),
                     ("BORN", fmt_date(f["dob"], "slash")), ("PLEASE PAY", fmt_money(f["billed"])),
                     ("BY", fmt_date(bill + DD(days=25), "abbr"))]:
        d.set_xy(143, y0)
        d.font(6.8)
        d.cell(55, 3.5, lab)
        d.set_xy(143, y0 + 3.6)
        d.font(10, "B")
        d.cell(55, 5.5, val)
        y0 += 13
    d.set_xy(14, 40)
    d.set_right_margin(76)
    d.para(f"{f['member']}\n{f['addr'][0]}\n{f['addr'][1]}", 9.5, gap=6)
    d.para(f"Your insurer, Brightwater Benefit Services, processed claim {f['claim']} on "
           f"{fmt_date(f['stmt'], 'abbr')} and paid nothing for the thermoplasty session below. They told us the "
           "procedure is considered investigational under your plan. The balance is now yours.", 9)
    d.set_right_margin(14)
    d.set_y(140)
    rows = [[fmt_date(f["dos"], "abbr"), "31661", "Bronchial thermoplasty, 2 or more lobes", fmt_money(f["l1a"])],
            [fmt_date(f["dos"], "abbr"), "94640", "Pressurized inhalation treatment", fmt_money(f["l1b"])],
            ["*Charges", "", "", fmt_money(f["billed"])],
            [fmt_date(f["stmt"], "abbr"), "", "Insurance payment - Brightwater", "$0.00"],
            ["*Balance due from patient", "", "", fmt_money(f["billed"])]]
    d.table(["Date", "CPT", "Service", "Amount"], rows, [34, 20, 98, 30], size=8.8, aligns="LLLR")
    d.para("Performing physician: Simone Hartigan, MD. If you appeal to your insurer, call us and we will place "
           "your account on hold for 45 days. Interest-free payment plans are available.", 8.6)
    t = truth("other", None, member_id=None, member_name=f["member"], case_numbers=[f["claim"]],
              claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])], denial_date=iso(bill),
              provider="Cascade Pulmonary & Sleep Associates", unscored=["insurer"],
              alternates={"case_numbers": [[]], "provider": ["Simone Hartigan"]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"{r.digits(3)} {r.digits(3)} {r.digits(3)}", grp=f"HCS-{r.digits(4)}",
             claim=f"{r.digits(2)}{r.letters(1)}{r.digits(9)}", c0=f"{r.digits(2)}{r.letters(1)}{r.digits(9)}",
             grpname="Cascade Pulmonary & Sleep Associates", l1a=float(r.randint(6800, 9400)),
             l1b=float(r.randint(60, 110)))
    f["dos0"] = f["dos"] - DD(days=r.randint(30, 45))
    eob = doc_stack_eob(r, f)
    st = doc_stack_statement(r, f)
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [eob, st], separators=["cover", None])


# ---------------------------------------------------------------- 2: IRO decision upholding (scan clean)
def doc_iro(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    iro = "Keystone Independent Medical Review, LLC"
    plan = "Tamarack Valley Health Plan"
    mid = f"TVH{r.digits(9)}"
    case = f"KIMR-26-{r.digits(5)}"
    pclaim = f"{r.digits(11)}"
    dec = f["dos"] + DD(days=r.randint(95, 130))
    f["amt"] = float(r.randint(7200, 9900)) + 0.5
    d = Page("Keystone Independent Medical Review · Final External Review Decision · page {p} of {n}",
             margins=(22, 18, 22))
    d.add_page()
    d.text_line("KEYSTONE", 18, "B", h=8)
    d.text_line("INDEPENDENT MEDICAL REVIEW", 9, "B", h=5)
    d.text_line(f"{iro} · 14 Quarry Street, Bangor, ME 04401 · Fax {phone(r)}", 8, h=4.5)
    d.rule(0.6, 5)
    d.text_line("NOTICE OF EXTERNAL REVIEW DECISION", 12, "B", h=7)
    d.ln(2)
    for lab, val in [("IRO case", case), ("Decision issued", fmt_date(dec, "iso")), ("Enrollee", f["member"]),
                     ("Health plan", plan), ("Plan identification no.", mid), ("Plan claim reference", pclaim)]:
        d.font(9.5)
        d.cell(48, 5.4, lab)
        d.font(9.5, "B")
        d.cell(0, 5.4, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Summary of the dispute", 10.5, "B", h=6)
    d.para(f"The enrollee asked for external review of {plan}'s final denial of bronchial thermoplasty (CPT 31661, "
           f"two or more lobes) performed on {fmt_date(f['dos'], 'iso')} by Vireo Lung Institute. The plan denied "
           "the service as experimental/investigational. The total amount in dispute is "
           f"{fmt_money(f['amt'])}.", 10)
    d.text_line("Reviewer and basis", 10.5, "B", h=6)
    d.para("The reviewer is board certified in pulmonary disease and critical care, has been in active practice "
           "for more than 15 years and has no conflict of interest with any party. The reviewer considered the "
           "enrollee's records, the plan's policy, FDA labeling and the published trials (AIR2 and its five-year "
           "follow-up).", 10)
    d.text_line("Decision", 10.5, "B", h=6)
    d.para("The reviewer UPHOLDS the health plan's denial. The evidence does not show that bronchial thermoplasty "
           "improves net health outcomes for patients like the enrollee, whose asthma has not been tried on a "
           "biologic therapy. Under the plan's terms the service remains experimental/investigational.", 10)
    d.para("This decision is binding on the health plan and the enrollee except to the extent other remedies are "
           "available under state or federal law. You may have the right to file a civil action. Questions: call "
           f"the state Bureau of Insurance consumer line at {phone(r)}.", 9.5)
    t = truth("denial_letter", "experimental", insurer=iro, member_id=mid, member_name=f["member"],
              case_numbers=[case, pclaim], claim_amount=m2(f["amt"]), service_dates=[iso(f["dos"])],
              denial_date=iso(dec), provider="Vireo Lung Institute",
              alternates={"insurer": [plan], "case_numbers": [[case]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: paid bronchoscopy EOB (phone photo)
def doc_paid_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Northgate Mutual Life & Health"
    mid = f"NML{r.letters(1)}{r.digits(8)}"
    grp = f"{r.digits(5)}-{r.letters(2)}"
    claim = f"{r.digits(4)}-{r.digits(4)}-{r.digits(4)}"
    stmt = f["dos"] + DD(days=r.randint(14, 26))
    prov = "Sundial Respiratory Medicine Group"
    lines = [("31624", "Bronchoscopy w/ bronchial alveolar lavage", float(r.randint(1500, 2300))),
             ("99152", "Moderate sedation, first 15 min", float(r.randint(180, 260))),
             ("88104", "Cytopathology, fluids", float(r.randint(140, 220)))]
    billed = sum(x[2] for x in lines)
    d = Page(None, margins=(14, 14, 14))
    d.add_page()
    d.text_line("NORTHGATE MUTUAL", 15, "B", h=7)
    d.text_line(f"{ins} | Member line {f['ph']} | TTY 711", 8, h=4.4)
    d.ln(3)
    d.text_line("Claim Summary", 12, "B", h=6.5)
    d.text_line("Your plan has finished processing this claim. Nothing on this claim was denied.", 9, h=5)
    d.ln(2)
    d.para(f"Patient  {f['member']}   |   Member #  {mid}   |   Group  {grp}", 9, gap=1)
    d.para(f"Claim  {claim}   |   Processed  {fmt_date(stmt, 'upper')}   |   Provider  {prov}", 9, gap=4)
    rows, al_t, pd_t = [], 0.0, 0.0
    for code, desc, b in lines:
        al = round(b * 0.55, 2)
        pd = round(al * 0.9, 2)
        al_t += al
        pd_t += pd
        rows.append([fmt_date(f["dos"], "upper"), code, desc, fmt_money(b), fmt_money(al), fmt_money(pd),
                     fmt_money(al - pd)])
    rows.append(["*Totals", "", "", fmt_money(billed), fmt_money(al_t), fmt_money(pd_t), fmt_money(al_t - pd_t)])
    d.table(["Date", "Code", "Service", "Billed", "Allowed", "We paid", "You pay"], rows,
            [24, 14, 62, 20, 20, 20, 18], size=7.8, aligns="LLLRRRR")
    d.para("Your share is your 10% coinsurance after the deductible. Deductible met this year: $750.00 of $750.00. "
           f"The provider (NPI {f['npi']}) is in network and may not bill you more than \"You pay\".", 8.6)
    d.para("Questions or disagree? You can ask us to review this claim within 180 days after you get this summary.",
           8.6)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=prov, type_alternates=["other"], alternates={"insurer": ["Northgate Mutual"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: Spanish Medicaid notice of action (low res)
def doc_es_medicaid(r: Rand) -> tuple[bytes, dict]:
    f = base(r, "es")
    ins = "Salud Comunitaria del Río Grande"
    mid = f"{r.digits(9)}{r.letters(1)}"
    notice_no = f"NOA-{r.digits(7)}"
    notice = f["dos"] - DD(days=r.randint(12, 20))
    doc = "Dr. Ernesto Villalobos"
    d = Page("Salud Comunitaria del Río Grande · Programa Medicaid · Pág. {p}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Salud Comunitaria del Río Grande", 15, "B", h=7)
    d.text_line("Plan de atención administrada de Medicaid · 301 Lantern Way, Laredo, TX 78040", 8.4, h=4.5)
    d.ln(4)
    d.text_line("AVISO DE ACCIÓN", 13, "B", h=7)
    d.text_line("Servicio negado", 10, h=5.5)
    d.ln(3)
    d.text_line(f"Fecha de este aviso: {fmt_date(notice, 'es')}", 10, h=5.5)
    d.text_line(f"Número del aviso: {notice_no}", 10, h=5.5)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5.2)
    d.ln(4)
    d.para(f"Estimado(a) {f['first']} {f['last']}:", 10)
    d.para(f"Su médico, {doc}, nos pidió aprobar una termoplastia bronquial (códigos 31660 y 31661) para usted, "
           f"programada para el {fmt_date(f['dos'], 'es')}. Su número de identificación de Medicaid es {mid}.",
           10)
    d.para("Hemos NEGADO este servicio. La termoplastia bronquial se considera un tratamiento experimental o en "
           "investigación. Medicaid de Texas no cubre servicios experimentales (Título 1, Código Administrativo de "
           "Texas, §354.1039). Usted puede seguir recibiendo sus otros medicamentos y servicios para el asma.", 10)
    d.text_line("Sus derechos", 11, "B", h=6)
    d.para("Puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Llame al "
           f"{phone(r)} o escriba a Apelaciones, Apartado 7720, Laredo, TX 78041. Si su salud corre peligro, pida "
           "una apelación acelerada; la decidiremos dentro de 72 horas.", 10)
    d.para("Después de la apelación, tiene derecho a una audiencia imparcial del estado. Debe pedirla dentro de "
           "120 días a partir de la fecha de la carta con la decisión de su apelación. Si desea seguir recibiendo "
           "un servicio mientras apela, debe pedirlo dentro de 10 días.", 10)
    d.para(f"NPI del médico: {f['npi']}.  Fecha de nacimiento del miembro: {fmt_date(f['dob'], 'slash')}.", 8.6)
    t = truth("denial_letter", "experimental", lang="es", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[notice_no], service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider="Ernesto Villalobos", appeal_deadline=iso(notice + DD(days=60)),
              alternates={"case_numbers": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: provider-facing boxed determination (photocopy)
def doc_boxed(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Quillfield Health Partners"
    mid = f"Q{r.digits(10)}"
    grp = f"{r.digits(7)}"
    auth = f"PA{r.digits(2)}-{r.digits(6)}"
    notice = f["dos"] - DD(days=r.randint(10, 16))
    dates = [f["dos"], f["dos"] + DD(days=21), f["dos"] + DD(days=42)]
    prov = "Meadowlark Chest Physicians, PC"
    d = Page("QHP-UM-410 (01/26)  Page {p} of {n}", margins=(12, 12, 12))
    d.add_page()
    d.text_line("Quillfield Health Partners", 15, "B", h=7)
    d.text_line(f"Provider Services · Utilization Management · Fax {phone(r)} · Phone {f['ph']}", 8, h=4.5)
    d.ln(3)
    d.text_line("PRIOR AUTHORIZATION DETERMINATION — NOT APPROVED", 11.5, "B", h=7)
    d.boxes([("Determination date", fmt_date(notice, "slash"), 40), ("Authorization request", auth, 44),
             ("Request received", fmt_date(notice - DD(days=6), "slash"), 40), ("Review type", "Standard", 30),
             ("Urgency", "Non-urgent", 32)])
    d.boxes([("Member", f["member"], 60), ("Subscriber no.", mid, 46), ("Group no.", grp, 34),
             ("Date of birth", fmt_date(f["dob"], "slash"), 46)])
    d.boxes([("Requesting / servicing provider", prov, 92), ("Provider NPI", f["npi"], 44),
             ("Place of service", "22 - Outpatient hospital", 50)])
    d.boxes([("Procedure codes", "31660, 31661 (x2)", 60), ("Planned session dates",
             ", ".join(fmt_date(x, "slash") for x in dates), 126)])
    d.ln(5)
    d.text_line("Rationale", 10.5, "B", h=6)
    d.para("Bronchial thermoplasty is considered investigational for the treatment of severe persistent asthma "
           "(Medical Policy 7.01.130). Evidence on long-term outcomes is insufficient to establish that the "
           "procedure improves health outcomes. All three requested sessions are not approved.", 9.4)
    d.text_line("Appeal", 10.5, "B", h=6)
    d.para("The provider or the member may appeal within 60 days of the determination date shown above. A "
           "peer-to-peer discussion may be requested within 14 days by calling Provider Services. Expedited "
           "appeals are decided within 72 hours.", 9.4)
    t = truth("denial_letter", "experimental", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[auth], service_dates=[iso(x) for x in dates],
              denial_date=iso(notice), provider=prov, appeal_deadline=iso(notice + DD(days=60)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: sideways upheld first-level appeal, sidebar
def doc_sidebar_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Copperline Health Insurance"
    mid = f"CL-{r.digits(8)}"
    grp = f"G{r.digits(5)}"
    appeal = f"APL{r.digits(7)}"
    claim = f"{r.digits(12)}"
    amt = float(r.randint(7800, 11200)) + 0.75
    dec = f["dos"] + DD(days=r.randint(70, 95))
    prov = "Birchwood Pulmonary Clinic"
    d = Page(None, margins=(72, 16, 16))
    d.add_page()
    d.set_fill_color(225, 225, 225)
    d.rect(0, 0, 62, 279.4, style="F")
    y = 20
    d.set_xy(6, y)
    d.font(13, "B")
    d.multi_cell(52, 6, "Copperline\nHealth")
    y = 44
    for lab, val in [("Member", f["member"]), ("ID", mid), ("Group", grp), ("Appeal no.", appeal),
                     ("Claim no.", claim), ("Service date", fmt_date(f["dos"], "abbr")),
                     ("Billed", fmt_money(amt)), ("Date of birth", fmt_date(f["dob"], "abbr"))]:
        d.set_xy(6, y)
        d.font(7)
        d.cell(50, 3.5, lab.upper())
        d.set_xy(6, y + 3.8)
        d.font(9.5, "B")
        d.cell(50, 5, val)
        y += 13
    d.set_xy(72, 18)
    d.text_line(fmt_date(dec, "abbr"), 10, h=6)
    d.set_x(72)
    d.ln(3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5.2)
    d.ln(5)
    d.text_line("Your appeal: our decision", 12, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para(f"You asked us to reconsider our denial of bronchial thermoplasty done at {prov}. A pulmonologist who "
           "was not part of the first decision reviewed your appeal, your letter and your doctor's notes.", 10)
    d.para("We are upholding our decision. Copperline Health Insurance covers services that are proven safe and "
           "effective. Our policy lists bronchial thermoplasty as investigational, and the studies your doctor sent "
           "do not change that finding. Your certificate of coverage excludes investigational services "
           "(Section 8.3).", 10)
    d.para("This was your final internal appeal. You may ask for an external review by an independent review "
           "organization within 4 months of receiving this letter. You may also call your state insurance "
           f"department at {phone(r)}.", 10)
    d.para("Sincerely,\nAppeals and Grievances\nCopperline Health Insurance", 10)
    t = truth("denial_letter", "experimental", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=m2(amt),
              service_dates=[iso(f["dos"])], denial_date=iso(dec), provider=prov,
              alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_prose_letter, "prose_letter", "born_digital"), (2, doc_iro, "iro_upheld", "scan_clean_300"),
              (3, doc_paid_eob, "paid_eob", "phone_photo"), (4, doc_es_medicaid, "es_medicaid", "scan_lowres_150"),
              (5, doc_boxed, "boxed_pa", "photocopy"), (6, doc_sidebar_appeal, "sidebar_appeal", "rotated")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
