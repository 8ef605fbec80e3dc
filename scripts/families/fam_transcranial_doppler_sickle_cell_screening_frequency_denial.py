"""Family 'transcranial_doppler_sickle_cell_screening_frequency_denial': transcranial Doppler (TCD) stroke screening
(93886 complete, 93888 limited) for a child with sickle cell disease refused as more frequent than the plan allows
(one screening per 12 months), although a conditional result calls for a repeat in 3 months.

Documents: a Medicaid MCO prose letter refusing a repeat TCD; a fine-fax stack of a cover sheet, a CHIP EOB with
three claims (hematology visit and the lab paid, only the TCD refused) and the children's hospital bill; a Spanish
state Medicaid notice of action with fair hearing rights; a photocopied approval of the repeat study after the
conditional result; a phone photo of a request for the prior study report (not a denial); a sideways appeal
decision upholding; a scanned paid CHIP summary for the annual screening.

Decoys: DOB, NPIs, account numbers, the earlier (paid) TCD date and claim, hematology and lab claims, received
dates, fair hearing and continuation limits, 72-hour limits, form numbers. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "transcranial_doppler_sickle_cell_screening_frequency_denial"
LANG = "en"
SEED = 328500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
HOSP = "Larkspur Children's Hospital"
HEME = "Dr. Adaeze N. Okonkwo-Reyes"


class Page(Doc):
    def __init__(self, foot: str | None = None, head: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=head, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def base(r: Rand, lang: str = "en") -> dict:
    child, first, mid, last = r.person(lang)
    parent = r.person(lang)[0].split(" ")[0] + " " + last
    dos = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 150))
    prior = dos - dt.timedelta(days=r.randint(80, 110))
    return dict(child=child, first=first, last=last, parent=parent, addr=r.address(lang), dos=dos, prior=prior,
                dob=dt.date(r.randint(2014, 2022), r.randint(1, 12), r.randint(1, 28)), ph=r.phone(),
                npi=r.npi(), recv=dos + dt.timedelta(days=r.randint(6, 15)),
                tcd=float(r.randint(980, 1650)) + r.choice([0, 0.5, 0.25]), ltd=float(r.randint(610, 880)))


def kv(d: Page, rows, lw=42, size=9.2, x=None):
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, 5, lab)
        d.font(size)
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")


# ---------------------------------------------------------------- 0: MCO prose letter (born digital)
def doc_mco_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Bayberry Community Health Plan"
    mid = f"{r.digits(3)} {r.digits(3)} {r.digits(3)}"
    ref = f"UM-{r.digits(7)}"
    notice = f["dos"] + dt.timedelta(days=r.randint(-12, -3))
    d = Page("Bayberry Community Health Plan - a Medicaid managed care plan - page {p} of {n}",
             head=f"{f['child']} - reference {ref} - continued", margins=(24, 18, 24))
    d.add_page()
    d.text_line("Bayberry Community Health Plan", 15, "B", h=7)
    d.text_line(f"Utilization Management  -  88 Harbor Mill Road, Westbrook, ME 04092  -  {f['ph']}", 8.5, h=4.5)
    d.ln(8)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    d.ln(2)
    for ln in [f"Parent or guardian of {f['child']}", *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Dear Parent or Guardian of {f['first']}:", 10.5)
    d.para(f"We reviewed the request from {HEME} of the {HOSP} Sickle Cell Program for a transcranial Doppler "
           f"study (CPT 93886) for {f['first']}, planned for {fmt_date(f['dos'], 'long')}. Our reference number for "
           f"this request is {ref}. {f['first']}'s member number is {mid.replace(' ', '')}.", 10.5)
    d.para("We cannot approve this request. Our medical policy MP-0417 covers one screening transcranial Doppler "
           f"every 12 months for children aged 2 to 16 with sickle cell anemia. {f['first']} had a screening study "
           f"on {fmt_date(f['prior'], 'long')}, which was normal. The records we received do not show a "
           "conditional or abnormal result, a new neurologic symptom, or another reason for an earlier repeat. "
           "A repeat study this soon is not medically necessary under our policy.", 10.5)
    d.para("This decision was made by Dr. Hollis T. Barrow, a pediatrician and plan medical director.", 10.5)
    d.add_page()
    d.text_line("Your rights", 12, "B", h=7)
    d.para("You may ask us for an appeal within 60 days of the date of this letter. Call us or write to Appeals, "
           "88 Harbor Mill Road, Westbrook, ME 04092. If waiting could seriously harm your child's health, ask for "
           "a fast appeal; we will decide within 72 hours.", 10)
    d.para("After our appeal decision you may ask for a State Fair Hearing within 120 days. If you want "
           "services to continue during the appeal, you must ask within 10 days.", 10)
    d.para(f"Date of birth on file: {fmt_date(f['dob'], 'long')}. Ordering provider NPI: {f['npi']}. "
           "Form BCH-UM-22 (rev. 03/2025).", 9)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid.replace(" ", ""),
              member_name=f["child"], case_numbers=[ref], service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=HEME, appeal_deadline=iso(notice + dt.timedelta(days=60)),
              denial_alternates=["not_covered", "prior_authorization"],
              alternates={"provider": [HOSP], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: fax stack: CHIP EOB + hospital bill
def doc_chip_eob(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Granite State Kids CHIP"
    stmt = f["dos"] + dt.timedelta(days=r.randint(24, 38))
    f["stmt"] = stmt
    d = Page("Granite State Kids CHIP  -  Explanation of Benefits  -  {p}/{n}", margins=(13, 12, 13))
    d.add_page()
    d.text_line("GRANITE STATE KIDS", 16, "B", h=8)
    d.text_line(f"Children's Health Insurance Program  |  PO Box 2250, Concord, NH 03302  |  {f['ph']}", 8.4, h=4.5)
    d.ln(3)
    y = d.get_y()
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.8)
    d.set_y(y)
    kv(d, [("Processed on", fmt_date(stmt, "abbr")), ("Child enrolled", f["child"]), ("Enrollee #", f["mid"]),
           ("Household case", f["case"])], lw=30, size=8.8, x=112)
    d.ln(5)
    rows, claims = [], [
        (f["c1"], f["dos"] - dt.timedelta(days=14), "99214 Hematology follow-up", f["v1"], "Paid", ""),
        (f["c2"], f["dos"], "93886 Transcranial Doppler, complete", f["tcd"], "0.00", "F3"),
        (f["c3"], f["dos"] - dt.timedelta(days=14), "85025 Complete blood count", f["v3"], "Paid", "")]
    for c, dd, svc, amt, pd, rmk in claims:
        paid = round(amt * 0.71, 2) if pd == "Paid" else 0.0
        rows.append([c, fmt_date(dd, "slash"), svc, fmt_money(amt), fmt_money(paid), fmt_money(0 if pd == "Paid"
                     else amt), rmk])
    d.table(["Claim", "Service", "Procedure", "Charged", "CHIP paid", "Not covered", "Note"], rows,
            [30, 22, 62, 22, 20, 22, 10], size=8, aligns="LLLRRRL", head_fill=True)
    d.para(f"Billed by {HOSP} (NPI {f['npi']}) for all three claims. Claim for 93886 received "
           f"{fmt_date(f['recv'], 'abbr')}.", 8.6)
    d.text_line("Note F3", 9.5, "B", h=5.5)
    d.para("Frequency limit reached. One screening transcranial Doppler is covered every 12 months. A study was "
           f"paid on {fmt_date(f['prior'], 'abbr')}.", 8.6)
    d.text_line("If you disagree", 9.5, "B", h=5.5)
    d.para("You may request an appeal within 60 days of the date of this statement. A family may owe nothing for "
           "covered CHIP services beyond the copay shown. Example: a $5.00 copay on a $120.00 visit.", 8.6)
    t = truth("eob", "medical_necessity", insurer=ins, member_id=f["mid"], member_name=f["child"],
              case_numbers=[f["c2"]], claim_amount=m2(f["tcd"]), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=HOSP, appeal_deadline=iso(stmt + dt.timedelta(days=60)),
              denial_alternates=["not_covered", "other"])
    return pdf_bytes(d), t


def doc_hospital_bill(r: Rand, f: dict) -> tuple[bytes, dict]:
    bill = f["stmt"] + dt.timedelta(days=r.randint(9, 18))
    acct = f"LCH{r.digits(8)}"
    d = Page(None, margins=(15, 12, 15))
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.set_text_color(255, 255, 255)
    d.font(14, "B")
    d.cell(0, 11, "  " + HOSP.upper() + "  |  PATIENT BILL", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.text_line(f"Patient Financial Services, 400 Birchwood Ave, Manchester, NH 03101   {r.phone()}", 8.4, h=5)
    d.ln(2)
    d.boxes([("Bill date", fmt_date(bill, "iso"), 32), ("Guarantor", f["parent"], 44), ("Patient", f["child"], 44),
             ("Hospital account", acct, 36), ("Amount due", fmt_money(f["tcd"]), 28)])
    d.ln(4)
    rows = [[fmt_date(f["dos"], "iso"), "93886", "TCD complete, bilateral", "1", fmt_money(f["tcd"])],
            [fmt_date(f["stmt"], "iso"), "", "Granite State Kids CHIP - not covered (F3)", "", "0.00"],
            ["*Balance", "", "", "", fmt_money(f["tcd"])]]
    d.table(["Date", "CPT", "Description", "Qty", "Amount"], rows, [28, 18, 96, 10, 30], size=8.6, aligns="LLLRR")
    d.para(f"Your child's insurance did not pay this visit. Insurance claim {f['c2']}. If you appeal to the plan, "
           "call us and we will put the account on hold for 90 days. Financial assistance is available.", 9)
    d.para(f"Date of birth: {fmt_date(f['dob'], 'iso')}.  Radiology NPI {r.npi()}.", 8.5)
    t = truth("other", None, member_id=None, member_name=f["child"], case_numbers=[f["c2"]],
              claim_amount=m2(f["tcd"]), service_dates=[iso(f["dos"])], denial_date=iso(bill), provider=HOSP,
              unscored=["insurer"], alternates={"case_numbers": [[], [acct], [acct, f["c2"]]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"GSK-{r.digits(8)}", case=f"HH{r.digits(7)}", c1=f"26{r.digits(9)}", c2=f"26{r.digits(9)}",
             c3=f"26{r.digits(9)}", v1=float(r.randint(210, 340)), v3=float(r.randint(40, 90)))
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [doc_chip_eob(r, f), doc_hospital_bill(r, f)],
                separators=["cover", None])


# ---------------------------------------------------------------- 2: Spanish Medicaid notice of action
def doc_es_medicaid(r: Rand) -> tuple[bytes, dict]:
    f = base(r, "es")
    ins = "Departamento de Salud y Servicios Humanos de Nuevo Mexico"
    mid = f"{r.digits(10)}"
    notice_no = f"NOA-{r.digits(6)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(3, 9))
    d = Page("Aviso de acción - Medicaid - página {p} de {n}", margins=(18, 14, 18))
    d.add_page()
    d.text_line("ESTADO DE NUEVO MEXICO", 13, "B", h=6.5)
    d.text_line(ins, 10, h=5.5)
    d.text_line("Programa Medicaid - Centennial Care", 9, h=5)
    d.rule(0.6, 3)
    d.text_line("AVISO DE ACCIÓN: SOLICITUD DE SERVICIO NEGADA", 12, "B", h=7)
    for lab, val in [("Fecha del aviso", fmt_date(notice, "es")), ("Número de aviso", notice_no),
                     ("Beneficiario(a)", f["child"]), ("Número de Medicaid", mid),
                     ("Servicio solicitado", "Doppler transcraneal (93886, 93888)"),
                     ("Fecha prevista", fmt_date(f["dos"], "es_abbr")), ("Médico solicitante", HEME)]:
        d.font(9.4, "B")
        d.cell(50, 6, lab, border="B")
        d.font(9.4)
        d.cell(0, 6, val, border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(f"Hemos negado la solicitud porque las normas del programa cubren un Doppler transcraneal de detección "
           f"cada 12 meses. El último estudio se realizó el {fmt_date(f['prior'], 'es')} y el resultado fue normal. "
           "No se presentó información que justifique repetir el estudio antes de tiempo. Norma: 8.310.2 NMAC.",
           9.6)
    d.text_line("Sus derechos", 10.5, "B", h=6)
    d.para("Puede pedir una audiencia imparcial del estado dentro de 90 días a partir de la fecha de este aviso. "
           "Si pide la audiencia dentro de 13 días, puede seguir recibiendo los servicios actuales. Una audiencia "
           "acelerada se decide en 3 días hábiles.", 9.4)
    d.para(f"Fecha de nacimiento: {fmt_date(f['dob'], 'es')}. Formulario MAD 602-S.", 8.8)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=ins, member_id=mid,
              member_name=f["child"], case_numbers=[notice_no], service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=HEME,
              denial_alternates=["not_covered", "prior_authorization"],
              alternates={"insurer": ["Nuevo Mexico Medicaid", "Centennial Care"], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: approval after conditional result (photocopy)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Cedar Vale Health Partners"
    mid, grp = f"CV{r.digits(9)}", f"{r.digits(6)}"
    auth = f"A{r.digits(3)}-{r.digits(5)}"
    issued = f["dos"] - dt.timedelta(days=r.randint(5, 12))
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line("Cedar Vale Health Partners", 14, "B", h=7)
    d.text_line(f"Care Review  ·  Fax 1-555-{r.digits(3)}-{r.digits(4)}", 8.5, h=4.6)
    d.ln(4)
    d.text_line("SERVICE APPROVED", 13, "B", align="C", h=8)
    d.ln(2)
    d.boxes([("Date issued", fmt_date(issued, "slash"), 34), ("Approval no.", auth, 34), ("Member", f["child"], 52),
             ("ID", mid, 36)])
    d.boxes([("Group", grp, 30), ("Ordering", HEME, 60), ("Facility", HOSP, 50), ("Scheduled", fmt_date(f["dos"], "slash"), 30)])
    d.ln(4)
    d.para(f"We approved one limited transcranial Doppler (CPT 93888) for {f['first']}, scheduled on "
           f"{fmt_date(f['dos'], 'dot')}. The study on {fmt_date(f['prior'], 'dot')} showed a conditional velocity, "
           "and guidelines call for a repeat within 3 months. This is an exception to the once-a-year limit.", 10)
    d.para("This approval is valid for 60 days from the date issued. It is not a guarantee of payment; benefits "
           "depend on eligibility on the date of service.", 9.5)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["child"],
              case_numbers=[auth], service_dates=[iso(f["dos"])], denial_date=iso(issued), provider=HEME,
              alternates={"provider": [HOSP], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: request for prior report (phone photo)
def doc_records_request(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Tamarack Family Health Plan"
    mid = f"TF{r.digits(4)}-{r.digits(4)}"
    claim = f"{r.digits(5)} {r.digits(5)}"
    sent = f["recv"] + dt.timedelta(days=r.randint(4, 9))
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line("Tamarack Family Health Plan", 13, "B", h=7)
    d.text_line("Claims Review", 9, h=5)
    d.ln(5)
    d.text_line(fmt_date(sent, "wlong"), 10, h=6)
    d.ln(2)
    for ln in [HOSP, "Attn: Radiology Billing", "400 Birchwood Ave", "Manchester, NH 03101"]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    d.para(f"We are holding claim {claim} for {f['child']} (member {mid}), a transcranial Doppler done on "
           f"{fmt_date(f['dos'], 'long')} with total charges of {fmt_money(f['tcd'] + f['ltd'])}.", 10)
    d.para("This is not a denial. Our records show a screening study within the last 12 months. To decide the "
           "claim, please send the report of the earlier study and the treating hematologist's note explaining "
           "why a repeat was needed. Please reply within 45 days; our helpline hours changed on "
           f"{fmt_date(sent - dt.timedelta(days=30), 'long')}.", 10)
    d.para("Claims Review\nTamarack Family Health Plan", 10)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["child"], case_numbers=[claim.replace(" ", "")],
              claim_amount=m2(f["tcd"] + f["ltd"]), service_dates=[iso(f["dos"])], denial_date=iso(sent),
              provider=HOSP)
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: appeal upheld (rotated), left sidebar
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Marigold Health Alliance"
    mid, grp = f"MHA-{r.digits(9)}", f"G{r.digits(5)}"
    claim, app = f"{r.digits(12)}", f"APL{r.digits(6)}"
    dec = f["recv"] + dt.timedelta(days=r.randint(50, 70))
    total = f["tcd"] + f["ltd"]
    d = Page("Marigold Health Alliance - Appeal decision", margins=(70, 16, 16))
    d.add_page()
    d.set_fill_color(228, 228, 228)
    d.rect(10, 14, 54, 120, style="F")
    y = 18
    for lab, val in [("Decision date", fmt_date(dec, "dmy")), ("Appeal", app), ("Claim", claim),
                     ("Member", f["child"]), ("Member ID", mid), ("Group", grp)]:
        d.set_xy(13, y)
        d.font(7, "B")
        d.cell(48, 4, lab.upper())
        d.set_xy(13, y + 4)
        d.font(9)
        d.cell(48, 5, val)
        y += 15
    d.set_xy(70, 16)
    d.text_line("Marigold Health Alliance", 15, "B", h=8)
    d.text_line("Member Appeals", 10, h=6)
    d.ln(4)
    d.text_line("Your appeal: decision upheld", 12, "B", h=7)
    d.para(f"You appealed the denial of the transcranial Doppler studies (93886 and 93888) that {HOSP} performed "
           f"for your child on {fmt_date(f['dos'], 'dmy')}, billed at {fmt_money(total)}. A pediatric hematologist "
           "who was not part of the first decision reviewed the appeal.", 9.8)
    d.para("The denial is upheld. The plan covers one screening study every 12 months. The prior study, dated "
           f"{fmt_date(f['prior'], 'dmy')}, was read as normal, and no new symptom was documented. The repeat "
           "study was not medically necessary.", 9.8)
    d.para("You have finished our internal appeal. You may ask for an external review by an independent review "
           "organization within 4 months of receiving this letter. Expedited external reviews are decided "
           "within 72 hours.", 9.4)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["child"], case_numbers=[app, claim], claim_amount=m2(total),
              service_dates=[iso(f["dos"])], denial_date=iso(dec), provider=HOSP,
              denial_alternates=["not_covered"], alternates={"case_numbers": [[app]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: paid CHIP summary (scan clean)
def doc_paid(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Prairie Sun Kids Health Program"
    mid = f"{r.digits(11)}"
    claim = f"{r.digits(4)}-{r.digits(4)}-{r.digits(3)}"
    issued = f["dos"] + dt.timedelta(days=r.randint(20, 32))
    d = Page("Prairie Sun Kids Health Program   Claim summary   page {p}", margins=(16, 14, 16))
    d.add_page()
    d.text_line("Prairie Sun Kids", 17, "B", h=8)
    d.text_line("Claim summary for your family  -  not a bill", 9.5, h=5.5)
    d.rule(0.4, 3)
    kv(d, [("Issue date:", fmt_date(issued, "long")), ("For:", f["child"]), ("Card number:", mid),
           ("Claim:", claim), ("Facility:", HOSP)], lw=32)
    d.ln(3)
    d.table(["Date of service", "Service", "Charge", "Approved", "Program paid", "Family share"],
            [[fmt_date(f["dos"], "long"), "93886 TCD screening", fmt_money(f["tcd"]), fmt_money(f["tcd"] * 0.6),
              fmt_money(f["tcd"] * 0.6), "$0.00"]], [38, 44, 24, 24, 26, 24], size=8.6, aligns="LLRRRR")
    d.para(f"This was {f['first']}'s yearly stroke-screening study. The next screening is covered on or after "
           f"{fmt_date(f['dos'] + dt.timedelta(days=365), 'long')}. Questions: {f['ph']}. If you disagree with how "
           "this claim was paid, you may appeal within 60 days after you receive this summary.", 9.2)
    t = truth("eob", None, insurer=ins, member_id=mid, member_name=f["child"], case_numbers=[claim],
              claim_amount=m2(f["tcd"]), service_dates=[iso(f["dos"])], denial_date=iso(issued), provider=HOSP,
              type_alternates=["other"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_mco_letter, "mco_letter", "born_digital"), (2, doc_es_medicaid, "es_medicaid", "scan_lowres_150"),
              (3, doc_approval, "approval", "photocopy"), (4, doc_records_request, "records_request", "phone_photo"),
              (5, doc_appeal, "appeal_upheld", "rotated"), (6, doc_paid, "paid_summary", "scan_clean_300")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
