"""Family 'photodynamic_therapy_actinic_keratosis_denial': photodynamic therapy (PDT) of actinic keratoses with
topical aminolevulinic acid (J7308, 354 mg) and light treatment by the physician (96567) refused as cosmetic
(photoaging of the face) or because no trial of a field topical (5-fluorouracil or imiquimod) was documented.

Documents: a two-page prior-authorization denial in prose (no failed topical); a fine-fax stack of a cover sheet,
an EOB with three claims (office visit and pathology paid, the PDT claim refused as cosmetic) and the dermatology
practice's patient statement; a low-resolution Spanish letter refusing PDT as cosmetic; a photocopied approval after
a documented 5-FU failure; a phone photo of a first-level appeal upheld (second-level appeal within 60 days of the
letter); a sideways TPA adverse benefit determination as a label column ("180 days after you receive": no deadline);
a scanned paid EOB for a later PDT session (nothing denied).

Decoys: DOB, NPIs, tax ID, practice account numbers, received dates, the earlier visit and biopsy claims, the
topical trial dates, medical-policy and form numbers, 72-hour, external-review and 4-month limits. All invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "photodynamic_therapy_actinic_keratosis_denial"
LANG = "en"
SEED = 332900
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PRACTICE = "Sunforge Dermatology Associates"
DERM = "Dr. Philippa R. Ostrander"
PRACTICE_ADDR = "2210 Quarry Street, Suite 300, Erie, PA 16501"


class Page(Doc):
    def __init__(self, foot: str | None = None, head: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=head, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def base(r: Rand, lang: str = "en") -> dict:
    name, first, mid, last = r.person(lang)
    dos = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 140))
    return dict(name=name, first=first, last=last, addr=r.address(lang), dos=dos, ph=r.phone(), npi=r.npi(),
                dob=dt.date(r.randint(1941, 1962), r.randint(1, 12), r.randint(1, 28)),
                recv=dos + dt.timedelta(days=r.randint(5, 14)),
                ala=float(r.randint(1040, 1380)) + r.choice([0, 0.5, 0.75]), pdt=float(r.randint(260, 420)))


def kv(d: Page, rows, lw=42, size=9.2, x=None, h=5):
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, h, lab)
        d.font(size)
        d.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


def upper_dmy(d: dt.date) -> str:
    return d.strftime("%d-%b-%Y").upper()


# ---------------------------------------------------------------- 0: prior-auth denial in prose (born digital)
def doc_pa_denial(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Lakemont Health Assurance"
    mid, grp = f"LHA{r.digits(9)}", f"{r.digits(5)}-{r.digits(2)}"
    ref = f"PA-{r.digits(4)}-{r.digits(5)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(6, 14))
    recv = notice - dt.timedelta(days=r.randint(3, 8))
    d = Page("Lakemont Health Assurance  |  Utilization Management  |  Page {p} of {n}",
             head=f"Member: {f['name']}   Reference {ref}", margins=(22, 18, 22))
    d.add_page()
    d.text_line("LAKEMONT", 20, "B", h=9)
    d.text_line("Health Assurance", 11, h=5.5)
    d.text_line(f"Utilization Management, PO Box 7714, Duluth, MN 55802  ·  {f['ph']}", 8.4, h=5)
    d.ln(8)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    d.ln(2)
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(4)
    kv(d, [("Member ID", mid), ("Group", grp), ("Date of birth", fmt_date(f["dob"], "slash"))], lw=34, size=9.5)
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"On {fmt_date(recv, 'long')} we received a request from {DERM} of {PRACTICE} for photodynamic therapy "
           f"of the face and scalp: aminolevulinic acid HCl 354 mg (J7308) with blue-light illumination (96567), "
           f"planned for {fmt_date(f['dos'], 'long')}. We gave this request reference number {ref}.", 10.5)
    d.para("We have denied this request. Our medical policy DERM-114 covers photodynamic therapy for multiple "
           "actinic keratoses when the member has tried a field treatment with topical 5-fluorouracil or imiquimod "
           "and it did not work or could not be tolerated. The office notes we received describe the lesions but "
           "do not show a trial of either topical medicine. Without that trial, photodynamic therapy is not "
           "medically necessary under our policy.", 10.5)
    d.para("A board-certified dermatologist, Dr. Emmerich J. Falk, made this decision. Your doctor may call us to "
           "discuss it with the reviewer.", 10.5)
    d.add_page()
    d.text_line("How to appeal", 12, "B", h=7)
    d.para("If you disagree, you or your doctor may ask for an appeal within 180 days of the date of this letter. "
           "Send your appeal and any records of topical treatment to Appeals, PO Box 7720, Duluth, MN 55802. If a "
           "delay could seriously harm your health, ask for an expedited appeal; we answer those within 72 hours.",
           10)
    d.para("After our final decision you may also ask for an external review by an independent organization "
           "within 4 months. Form LHA-UM-210 (06/2025). Requesting provider NPI " + f["npi"] + ".", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["name"], case_numbers=[ref], service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=DERM, appeal_deadline=iso(notice + dt.timedelta(days=180)),
              denial_alternates=["prior_authorization", "not_covered"],
              alternates={"provider": [PRACTICE], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: fax stack: 3-claim EOB + practice statement
def doc_eob(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Copperline Health Plan"
    stmt = f["dos"] + dt.timedelta(days=r.randint(21, 34))
    f["stmt"] = stmt
    d = Page("Copperline Health Plan - Explanation of Benefits - THIS IS NOT A BILL - page {p} of {n}",
             margins=(13, 12, 13))
    d.add_page()
    d.text_line("Copperline Health Plan", 16, "B", h=8)
    d.text_line(f"Member Services {f['ph']}  ·  TTY 711  ·  PO Box 4410, Pueblo, CO 81003", 8.4, h=4.6)
    d.ln(3)
    d.text_line("EXPLANATION OF BENEFITS", 12, "B", h=7)
    d.boxes([("Statement date", fmt_date(stmt, "abbr"), 34), ("Member", f["name"], 50), ("Member ID", f["mid"], 38),
             ("Group", f["grp"], 30), ("Period", f"{fmt_date(f['dos'] - dt.timedelta(days=40), 'short')} - "
                                                 f"{fmt_date(stmt, 'short')}", 37)])
    d.ln(4)
    visit_d = f["dos"] - dt.timedelta(days=r.randint(18, 30))
    rows = []
    for c, dd, prov, svc, amt, paid, note in [
            (f["c1"], visit_d, PRACTICE, "99214 Office visit, established", f["v1"], round(f["v1"] * 0.68, 2), ""),
            (f["c1b"], visit_d, "Keystone Dermpath Lab", "88305 Skin biopsy pathology", f["v2"],
             round(f["v2"] * 0.7, 2), ""),
            (f["c2"], f["dos"], PRACTICE, "J7308 Aminolevulinic acid 354 mg", f["ala"], 0.0, "K7"),
            ("", f["dos"], "", "96567 Photodynamic therapy, external", f["pdt"], 0.0, "K7")]:
        rows.append([c, fmt_date(dd, "slash"), prov[:22], svc, fmt_money(amt), fmt_money(paid),
                     fmt_money(0 if paid else amt), note])
    rows.append(["*Claim " + f["c2"] + " total", "", "", "", fmt_money(f["ala"] + f["pdt"]), "$0.00",
                 fmt_money(f["ala"] + f["pdt"]), ""])
    d.table(["Claim #", "Date", "Provider", "Service", "Billed", "Plan paid", "You owe", "Note"], rows,
            [26, 19, 35, 48, 18, 17, 17, 9], size=7.4, aligns="LLLLRRRL", head_fill=True)
    d.text_line("Note K7", 9.5, "B", h=5.5)
    d.para("Cosmetic service. Photodynamic therapy for sun-damaged or aging skin is excluded under your plan's "
           "cosmetic services exclusion (Certificate section 7.4). The records submitted describe diffuse "
           "photodamage of the face without a count or description of actinic keratoses.", 8.6)
    d.text_line("Your right to appeal", 9.5, "B", h=5.5)
    d.para("You may appeal this decision within 180 days of the date of this statement. Urgent appeals are "
           "decided within 72 hours. You may also have the right to an external review.", 8.6)
    d.para(f"Claim {f['c2']} was billed by {PRACTICE} (NPI {f['npi']}) and received "
           f"{fmt_date(f['recv'], 'abbr')}.", 8.2)
    t = truth("eob", "not_covered", insurer=ins, group_number=f["grp"], member_id=f["mid"], member_name=f["name"],
              case_numbers=[f["c2"]], claim_amount=m2(f["ala"] + f["pdt"]), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=PRACTICE, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


def doc_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    bill = f["stmt"] + dt.timedelta(days=r.randint(8, 16))
    acct = f"SDA-{r.digits(6)}"
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line(PRACTICE, 15, "B", h=7)
    d.text_line(f"{DERM}  ·  {PRACTICE_ADDR}  ·  Billing {r.phone()}", 8.5, h=5)
    d.text_line(f"Tax ID {r.digits(2)}-{r.digits(7)}", 8.2, h=4.6)
    d.rule(0.5, 3)
    d.text_line("PATIENT STATEMENT", 12, "B", align="R", h=7)
    kv(d, [("Statement date", fmt_date(bill, "iso")), ("Account no.", acct), ("Patient", f["name"]),
           ("Date of birth", fmt_date(f["dob"], "iso"))], lw=36, size=9.2)
    d.ln(3)
    total = f["ala"] + f["pdt"]
    rows = [[fmt_date(f["dos"], "iso"), "J7308", "Aminolevulinic acid HCl, 354 mg", fmt_money(f["ala"], "nosign")],
            [fmt_date(f["dos"], "iso"), "96567", "Photodynamic therapy, per session", fmt_money(f["pdt"], "nosign")],
            [fmt_date(f["stmt"], "iso"), "", "Copperline Health Plan: denied, cosmetic (K7)", "0.00"],
            ["*Balance due", "", "", fmt_money(total, "nosign")]]
    d.table(["Date", "Code", "Description", "Amount"], rows, [30, 22, 100, 30], size=8.8, aligns="LLLR")
    d.para(f"Your insurance denied claim {f['c2']} as cosmetic. Dr. Ostrander's office has sent a letter of "
           "medical necessity with the lesion count; if you also appeal, tell us and we will hold your account "
           "for 60 days. Payment plans are available.", 9.2)
    t = truth("other", None, member_name=f["name"], case_numbers=[f["c2"]], claim_amount=m2(total),
              service_dates=[iso(f["dos"])], denial_date=iso(bill), provider=PRACTICE, unscored=["insurer"],
              alternates={"case_numbers": [[], [acct], [acct, f["c2"]]], "provider": [DERM]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"CHP{r.digits(8)}", grp=f"G-{r.digits(5)}", c1=f"E{r.digits(10)}", c1b=f"E{r.digits(10)}",
             c2=f"E{r.digits(10)}", v1=float(r.randint(160, 240)), v2=float(r.randint(120, 190)))
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [doc_eob(r, f), doc_statement(r, f)],
                separators=["cover", None])


# ---------------------------------------------------------------- 2: Spanish cosmetic refusal (150 dpi)
def doc_es_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r, "es")
    ins = "Seguro Médico Brisamar"
    mid = f"BR-{r.digits(4)}-{r.digits(5)}"
    ref = f"SOL{r.digits(8)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(4, 11))
    d = Page("Seguro Médico Brisamar · Departamento de Autorizaciones · página {p}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Seguro Médico Brisamar", 15, "B", h=7.5)
    d.text_line(f"Departamento de Autorizaciones  ·  Apartado 3321, Caguas, PR 00725  ·  {f['ph']}", 8.4, h=5)
    d.ln(6)
    d.text_line(f"Caguas, {fmt_date(notice, 'es')}", 10.2, h=6)
    d.ln(2)
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 10.2, h=5.2)
    d.ln(4)
    d.text_line("Asunto: Denegación de servicio", 10.5, "B", h=6)
    d.ln(1)
    d.para(f"Estimado(a) {f['name']}:", 10.2)
    d.para(f"Su dermatóloga, {DERM} de {PRACTICE}, solicitó terapia fotodinámica con ácido aminolevulínico "
           f"(J7308) y luz azul (96567) para el {fmt_date(f['dos'], 'es')}. El número de su solicitud es {ref} y "
           f"su número de afiliado es {mid}.", 10.2)
    d.para("Hemos denegado la solicitud. Según las notas médicas, el tratamiento se pidió para mejorar manchas y "
           "el fotoenvejecimiento de la cara. Su póliza excluye los servicios cosméticos (Sección 9, exclusión "
           "14). Si su médico documenta queratosis actínicas y un tratamiento tópico previo, puede enviar una "
           "nueva solicitud.", 10.2)
    d.para("Si no está de acuerdo, puede apelar dentro de 60 días a partir de la fecha de esta carta. Si su "
           "salud corre peligro, pida una apelación acelerada: le contestaremos en 72 horas.", 10.2)
    d.para(f"Fecha de nacimiento: {fmt_date(f['dob'], 'es_abbr')}. Recibido: {fmt_date(f['recv'] - dt.timedelta(days=20), 'es')}. "
           "Formulario SMB-205.", 8.8)
    t = truth("denial_letter", "not_covered", lang="es", insurer=ins, member_id=mid, member_name=f["name"],
              case_numbers=[ref], service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=DERM,
              appeal_deadline=iso(notice + dt.timedelta(days=60)),
              denial_alternates=["medical_necessity", "prior_authorization"],
              alternates={"provider": [PRACTICE], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: approval after 5-FU failure (photocopy)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Fenwick Mutual Health"
    mid = f"FMH {r.digits(4)} {r.digits(4)}"
    auth = f"AUTH-{r.letters(2)}{r.digits(6)}"
    issued = f["dos"] - dt.timedelta(days=r.randint(7, 15))
    trial = f["dos"] - dt.timedelta(days=r.randint(70, 110))
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line("FENWICK MUTUAL HEALTH", 14, "B", h=7)
    d.text_line(f"Prior Authorization Unit  ·  Fax 1-555-{r.digits(3)}-{r.digits(4)}  ·  {f['ph']}", 8.5, h=4.8)
    d.rule(0.6, 4)
    d.text_line("NOTICE OF APPROVAL", 13, "B", align="C", h=8)
    d.ln(2)
    kv(d, [("DATE:", upper_dmy(issued)), ("MEMBER:", f["name"].upper()), ("MEMBER NO.:", mid),
           ("AUTHORIZATION:", auth), ("REQUESTED BY:", DERM), ("APPROVED DATE OF SERVICE:", upper_dmy(f["dos"]))],
       lw=62, size=9.6, h=6)
    d.ln(4)
    d.para("We approved photodynamic therapy of the scalp (J7308 x 1 unit, 96567 x 1) for multiple actinic "
           f"keratoses. The records show a course of topical 5-fluorouracil starting {upper_dmy(trial)} that was "
           "stopped for severe irritation, which meets policy DERM-114.", 10)
    d.para("This approval covers one session and is valid for 90 days from the date above. It is not a guarantee "
           "of payment; benefits depend on your eligibility on the date of service. A second session needs a new "
           "request.", 9.6)
    t = truth("other", None, insurer=ins, member_id=mid.replace(" ", ""), member_name=f["name"],
              case_numbers=[auth], service_dates=[iso(f["dos"])], denial_date=iso(issued), provider=DERM,
              alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: first-level appeal upheld (phone photo)
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Harborview Select Health"
    mid, grp = f"HS{r.digits(3)}-{r.digits(5)}", f"{r.digits(7)}"
    claim, app = f"{r.digits(4)}{r.letters(1)}{r.digits(6)}", f"AP-{r.digits(7)}"
    dec = f["recv"] + dt.timedelta(days=r.randint(45, 60))
    total = f["ala"] + f["pdt"]
    d = Page("Harborview Select Health  -  Appeals Department", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Harborview Select Health", 15, "B", h=7.5)
    d.text_line(f"Appeals Department · 60 Lantern Way, Bangor, ME 04401 · {f['ph']}", 8.5, h=5)
    d.ln(5)
    d.text_line(fmt_date(dec, "wlong"), 10.2, h=6)
    d.ln(2)
    d.text_line("FIRST-LEVEL APPEAL DECISION", 12, "B", h=7)
    kv(d, [("Appeal number", app), ("Claim number", claim), ("Patient", f["name"]), ("Member ID", mid),
           ("Group number", grp), ("Provider", PRACTICE), ("Service date", fmt_date(f["dos"], "abbr")),
           ("Amount billed", fmt_money(total))], lw=40, size=9.6, h=5.6)
    d.ln(3)
    d.text_line("Decision: denial upheld", 11, "B", h=6.5)
    d.para("A dermatologist who did not take part in the first decision reviewed your appeal and the photographs "
           "your doctor sent. The photographs show sun damage and fine wrinkling of the cheeks and forehead; the "
           "notes do not record individual actinic keratoses. Photodynamic therapy for photoaging is cosmetic and "
           "is excluded by your plan (Evidence of Coverage, Exclusions, item 12).", 9.8)
    d.para("You may ask for a second-level appeal within 60 days of the date of this letter. You may instead, or "
           "afterwards, ask for an external review within 4 months of receiving a final decision.", 9.6)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["name"],
              case_numbers=[app, claim], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(dec), provider=PRACTICE, appeal_deadline=iso(dec + dt.timedelta(days=60)),
              denial_alternates=["medical_necessity"], alternates={"case_numbers": [[app]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: TPA adverse benefit determination (rotated)
def doc_tpa(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Meridale Benefit Administrators"
    plan = "Ridgeback Tool & Die Employee Health Plan"
    emp_id, grp = f"{r.digits(9)}", f"RTD-{r.digits(4)}"
    claim = f"{r.digits(2)}-{r.digits(8)}"
    notice = f["recv"] + dt.timedelta(days=r.randint(10, 25))
    total = f["ala"] + f["pdt"]
    topical = f["dos"] - dt.timedelta(days=r.randint(30, 60))
    d = Page("Meridale Benefit Administrators, claims administrator for the plan named above", margins=(18, 14, 18))
    d.add_page()
    d.text_line("Meridale Benefit Administrators", 14, "B", h=7)
    d.text_line(f"Administering: {plan}", 9, h=5)
    d.rule(0.4, 3)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 11.5, "B", h=7)
    kv(d, [("Notice date", fmt_date(notice, "mdy_nopad")), ("Employee", f["name"]), ("Employee ID", emp_id),
           ("Group", grp), ("Claim", claim), ("Provider", DERM), ("Date(s) of service", fmt_date(f["dos"], "mdy_nopad")),
           ("Total charges", fmt_money(total, "usd")), ("Amount allowed", "USD 0.00"),
           ("Date received", fmt_date(f["recv"], "mdy_nopad"))], lw=48, size=9.4, h=5.6)
    d.ln(3)
    d.text_line("Reason for the determination", 10, "B", h=6)
    d.para("The plan pays for photodynamic therapy of actinic keratoses only after a failed or not tolerated "
           "course of topical field therapy. The claim shows a prescription for imiquimod on "
           f"{fmt_date(topical, 'mdy_nopad')}, but it was started less than four weeks before treatment and no "
           "response was recorded. The service was therefore not medically necessary under the plan's criteria "
           "(Clinical Guideline CG-DERM-07).", 9.4)
    d.text_line("Your rights under ERISA", 10, "B", h=6)
    d.para("You may request a review of this determination within 180 days after you receive this notice. You "
           "have the right to bring a civil action under section 502(a) of ERISA after the review. Urgent care "
           "reviews are completed within 72 hours.", 9.2)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=emp_id,
              member_name=f["name"], case_numbers=[claim], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=DERM, denial_alternates=["not_covered"],
              alternates={"insurer": [plan]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: paid EOB for a later session (scan clean)
def doc_paid(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Juniper Ridge Health Plan"
    mid = f"{r.digits(3)}-{r.digits(3)}-{r.digits(4)}"
    claim = f"JR{r.digits(11)}"
    issued = f["dos"] + dt.timedelta(days=r.randint(18, 30))
    total = f["ala"] + f["pdt"]
    d = Page("Juniper Ridge Health Plan - EOB - page {p}", margins=(16, 14, 16))
    d.add_page()
    d.text_line("Juniper Ridge", 18, "B", h=8)
    d.text_line("Health Plan", 10, h=5)
    d.text_line("Your Explanation of Benefits (this is not a bill)", 9.5, h=5.5)
    d.rule(0.4, 3)
    kv(d, [("Issued:", fmt_date(issued, "iso")), ("Patient:", f["name"]), ("Member number:", mid),
           ("Claim number:", claim), ("Provider:", PRACTICE)], lw=36)
    d.ln(3)
    allowed_a, allowed_p = round(f["ala"] * 0.82, 2), round(f["pdt"] * 0.74, 2)
    rows = [[fmt_date(f["dos"], "iso"), "J7308", fmt_money(f["ala"]), fmt_money(allowed_a), fmt_money(allowed_a * 0.8),
             fmt_money(allowed_a * 0.2)],
            [fmt_date(f["dos"], "iso"), "96567", fmt_money(f["pdt"]), fmt_money(allowed_p), fmt_money(allowed_p * 0.8),
             fmt_money(allowed_p * 0.2)],
            ["*Total", "", fmt_money(total), fmt_money(allowed_a + allowed_p), fmt_money((allowed_a + allowed_p) * 0.8),
             fmt_money((allowed_a + allowed_p) * 0.2)]]
    d.table(["Service date", "Code", "Billed", "Allowed", "Plan paid", "Coinsurance"], rows,
            [34, 24, 30, 30, 30, 30], size=8.8, aligns="LLRRRR")
    d.para("This was your second photodynamic therapy session under authorization approved earlier this year. "
           "Your coinsurance counts toward your out-of-pocket maximum. If you disagree with how this claim was "
           f"processed, call {f['ph']} or appeal within 180 days after you receive this statement.", 9.2)
    t = truth("eob", None, insurer=ins, member_id=mid, member_name=f["name"], case_numbers=[claim],
              claim_amount=m2(total), service_dates=[iso(f["dos"])], denial_date=iso(issued), provider=PRACTICE,
              type_alternates=["other"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_pa_denial, "pa_denial", "born_digital"), (2, doc_es_letter, "es_cosmetic", "scan_lowres_150"),
              (3, doc_approval, "approval", "photocopy"), (4, doc_appeal, "appeal_upheld", "phone_photo"),
              (5, doc_tpa, "tpa_notice", "rotated"), (6, doc_paid, "paid_eob", "scan_clean_300")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
