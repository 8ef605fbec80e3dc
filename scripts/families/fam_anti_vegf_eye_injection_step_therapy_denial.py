"""Family 'anti_vegf_eye_injection_step_therapy_denial': invented commercial, Medicare Advantage and Medicaid
managed-care EOBs and letters on intravitreal anti-VEGF injections for wet macular degeneration and diabetic macular
edema (67028 intravitreal injection; J0178 aflibercept 1 mg, J2778 ranibizumab 0.1 mg, J9035 bevacizumab 10 mg),
with the drug denied under a step-therapy rule until bevacizumab has been tried: EOBs with one line per eye (RT/LT
modifiers; the injection paid and the drug denied, bevacizumab paid in one eye and aflibercept denied in the other),
a Spanish Medicaid notice, a faxed Medicare Advantage pre-service notice, a claim letter, an upheld appeal after a
single bevacizumab injection and an approval after three. Decoys: referring optometrist, the retina specialist
beside the practice, dates of birth, received dates, NPIs, diagnosis codes, OCT thickness, units, allowed / paid /
you-owe amounts, subscriber names, patient account numbers.

All values invented (fictional plans, practices, clinicians, people and IDs; phones 1-555).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "anti_vegf_eye_injection_step_therapy_denial"
LANG = "en"
SEED = 254600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

PLANS = [("Quillfeather Health Assurance", "PO Box 18844, Lorne Harbor, ME 04999"),
         ("Sendero Salud Comunitaria", "3100 Avenida del Sol, Suite 400, Pharr, TX 78599"),
         ("Tamarind Coast Medicare Advantage (HMO)", "PO Box 55021, Sorrel Key, FL 33999"),
         ("Ashbury Lane Health Plan", "912 Wicklow Terrace, Brannock, OH 44999"),
         ("Glenmore Community Health Plan", "PO Box 7720, Harlan Ridge, KY 40999"),
         ("Veridian Peak Insurance Company", "60 Summit Exchange, Castor, CO 80999"),
         ("Hollowmere Senior Choice (PPO)", "PO Box 2290, Pellham, AL 35999")]
MEMBERS = [("Augustine", "Faraday-Moss"), ("Maricruz", "Solórzano"), ("Philippa", "Drummond-Oyelowo"),
           ("Cyrus", "Vandermeer"), ("Henrietta", "Lockhart"), ("Desmond", "Akintola-Shaw"), ("Ottilie", "Brandvold")]
PRACTICES = ["Lorne Harbor Retina Associates", "Clínica de Retina del Valle", "Sorrel Key Eye & Retina Center",
             "Brannock Vitreoretinal Consultants", "Harlan Ridge Macular Institute", "Castor Retina Specialists",
             "Pellham Eye Surgeons"]
RETINA = ["Dr. Leopold Anand-Whitfield, MD", "Dra. Consuelo Bermúdez, MD", "Dr. Noor Halabi-Grant, MD",
          "Dr. Vaclav Petrenko, MD", "Dr. Imogen Sallis, MD"]
OPTOM = ["Dr. Rhiannon Keefe, OD", "Dr. Basil Ortolan, OD", "Dr. Jessamy Crane, OD"]


def dg(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def ph(r: random.Random) -> str:
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", margins=(17, 14, 17), **kw)
        self.add_font("DejaVu", "B", BOLD)


def base(r: random.Random, i: int) -> dict:
    first, last = MEMBERS[i]
    mi = r.choice("ABCDEFGHJKLMNPRSTW")
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 220))
    dos = notice - dt.timedelta(days=r.randint(20, 50))
    return dict(member=f"{first} {mi}. {last}", first=first, mi=mi, last=last, plan=PLANS[i], notice=notice,
                dos=dos, planned=notice + dt.timedelta(days=r.randint(7, 21)),
                mid=f"{r.choice('QSTAGVH')}{dg(r, 3)}-{dg(r, 5)}-{dg(r, 2)}", grp=f"G{dg(r, 7)}",
                claim=f"E{dg(r, 2)}-{dg(r, 6)}-{dg(r, 3)}", ref=f"RX{dg(r, 9)}", prac=PRACTICES[i],
                doc=r.choice(RETINA), optom=r.choice(OPTOM), npi=r.choice("12") + dg(r, 9), tin=f"{dg(r, 2)}-{dg(r, 7)}",
                dob=dt.date(r.randint(1940, 1975), r.randint(1, 12), r.randint(1, 28)), phone=ph(r), fax=ph(r),
                acct=f"A{dg(r, 7)}", addr=f"{r.randint(14, 8800)} {r.choice(['Wren Hollow', 'Saltbox Lane', 'Osprey Run'])}",
                city=r.choice(["Lorne Harbor, ME 04998", "Brannock, OH 44998", "Castor, CO 80998", "Pellham, AL 35998"]),
                cst=r.randint(380, 520))


def head(d: Page, f: dict, style: int = 0) -> None:
    name, addr = f["plan"]
    if style == 0:
        d.set_fill_color(230, 230, 230)
        d.font(14, "B")
        d.cell(0, 10, "  " + name, fill=True, new_x="LMARGIN", new_y="NEXT")
        d.text_line(addr + "    Customer Care " + f["phone"], 8.5)
        d.ln(4)
    elif style == 1:
        d.text_line(name, 13, "B", "C")
        d.text_line(addr, 8.5, "", "C")
        word = "Teléfono" if f.get("es") else "Telephone"
        d.text_line(f"{word} {f['phone']} (TTY 711)", 8.5, "", "C")
        d.rule(0.4, 4)
    else:
        d.text_line(name, 12.5, "B")
        d.text_line(addr, 8.5)
        d.text_line(f"Phone {f['phone']}  |  Fax {f['fax']}", 8.5)
        d.rule(0.8, 4)


def mailing(d: Page, f: dict) -> None:
    for s in (f["member"], f["addr"], f["city"]):
        d.text_line(s, 10)
    d.ln(4)


def grid(d: Page, rows: list[tuple[str, str]], cols: int = 2, w: float = 88, size: float = 9,
         lw: float = 0.42) -> None:
    for k in range(0, len(rows), cols):
        for a, b in rows[k:k + cols]:
            d.font(size, "B")
            d.cell(w * lw, 5, a)
            d.font(size)
            d.cell(w * (1 - lw), 5, b)
        d.ln(5.2)
    d.ln(2)


def eye_lines(f: dict, spec: list[tuple], ds: str, ms: str) -> tuple[list[list[str]], float]:
    """spec: (code, modifier, description, units, billed, allowed, paid, remark)."""
    rows, tot = [], 0.0
    for code, mod, desc, units, billed, allowed, paid, remark in spec:
        rows.append([fmt_date(f["dos"], ds), f"{code}-{mod}" if mod else code, desc, str(units),
                     fmt_money(billed, ms), fmt_money(allowed, ms), fmt_money(paid, ms), remark])
        tot += billed
    return rows, round(tot, 2)


def eob_doc(f: dict, spec: list[tuple], ds: str, ms: str, notes: list[str], title: str, deadline_days: int,
            ma: bool = False) -> tuple[bytes, float]:
    d = Page(footer=("H4410_EOB26 " if ma else "") + "Page {p} of {n}", orientation="L")
    d.add_page()
    head(d, f, 0)
    d.text_line(title, 13, "B")
    d.text_line("This is not a bill. Keep this notice for your records.", 9)
    d.ln(2)
    grid(d, [("Patient:", f["member"]), ("Date issued:", fmt_date(f["notice"], ds)),
             ("Member ID:", f["mid"]), ("Claim #:", f["claim"]),
             ("Group:", f["grp"]) if not ma else ("Plan type:", "Medicare Advantage PPO"),
             ("Claim received:", fmt_date(f["notice"] - dt.timedelta(days=16), ds)),
             ("Provider:", f["prac"]), ("Patient acct:", f["acct"]),
             ("Treating physician:", f["doc"]), ("Provider NPI:", f["npi"])], cols=2, w=120)
    rows, tot = eye_lines(f, spec, ds, ms)
    alw = round(sum(s[5] for s in spec), 2)
    pd = round(sum(s[6] for s in spec), 2)
    rows.append(["*Claim totals", "", "", "", fmt_money(tot, ms), fmt_money(alw, ms), fmt_money(pd, ms), ""])
    d.table(["Date of service", "Code-Mod", "Service (eye)", "Units", "Amount billed", "Plan allowed", "Plan paid",
             "Remark"], rows, [28, 24, 82, 14, 30, 28, 26, 14], aligns="LLLRRRRL", size=8.5)
    owe = round(alw - pd, 2)
    d.text_line(f"Your responsibility (deductible, copay, coinsurance): {fmt_money(owe, ms)}", 9.5, "B")
    d.ln(2)
    d.text_line("Remark code explanations", 10, "B")
    for n in notes:
        d.para(n, 8.8, 1.2)
    d.ln(1)
    if ma:
        d.para(f"If you disagree with a decision on this claim, you can ask for an appeal (reconsideration). Your "
               f"request must be made within {deadline_days} days of the date of this notice. Call {f['phone']} or "
               f"write to Appeals, {f['plan'][1]}.", 8.8)
    else:
        d.para(f"Appeal rights: to appeal a denied service, write to us within {deadline_days} days of the date of "
               f"this statement at Member Appeals, {f['plan'][1]}. After the appeal you may have the right to an "
               "independent external review.", 8.8)
    return pdf_bytes(d), tot


def documents(rng: random.Random) -> list[Item]:
    items = []
    rr = [random.Random(SEED + i) for i in range(7)]

    # 0 born digital: commercial EOB, both eyes; injections paid, aflibercept denied in each eye
    r = rr[0]
    f = base(r, 0)
    sub = f"Bertram {r.choice('CJKL')}. Faraday-Moss"
    inj = round(r.randint(210, 290) + 0.0, 2)
    drug = round(r.randint(1850, 2300) + 0.5, 2)
    spec = [("67028", "RT", "Intravitreal injection, right eye", 1, inj, 148.22, 118.58, "P1"),
            ("J0178", "RT", "Aflibercept 1 mg, right eye", 2, drug, 0.0, 0.0, "ST4"),
            ("67028", "LT", "Intravitreal injection, left eye", 1, inj, 148.22, 118.58, "P1"),
            ("J0178", "LT", "Aflibercept 1 mg, left eye", 2, drug, 0.0, 0.0, "ST4"),
            ("92134", "", "OCT retina, both eyes", 1, 165.0, 41.07, 32.86, "P1")]
    notes = ["P1 - Paid at the network rate after coinsurance.",
             "ST4 - Step therapy: aflibercept (J0178) and ranibizumab (J2778) are covered for wet age-related macular "
             "degeneration after an adequate trial of bevacizumab (J9035), usually 3 monthly injections, or when "
             "bevacizumab cannot be used. No bevacizumab trial is on file and no exception was requested. The "
             "network provider may not bill you for this amount.",
             f"Subscriber: {sub}. Diagnosis H35.3231 (exudative AMD, both eyes, active CNV). Referred by "
             f"{f['optom']}."]
    pdf, tot = eob_doc(f, spec, "abbr", "plain", notes, "Explanation of Benefits", 180)
    t = truth("eob", "medical_necessity", insurer=f["plan"][0], member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=f"{tot:.2f}",
              service_dates=[f["dos"].isoformat()], denial_date=f["notice"].isoformat(), provider=f["prac"],
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              denial_alternates=["prior_authorization", "not_covered"])
    items.append(Item(f"{FAMILY}_bd_eob_per_eye_aflibercept_step_therapy", "born_digital", [(pdf, t)]))

    # 1 scan 300: Spanish Medicaid managed-care notice, ranibizumab left eye until bevacizumab tried
    r = rr[1]
    f = base(r, 1)
    f["city"] = "Pharr, TX 78598"
    f["es"] = True
    d = Page(footer="Página {p} de {n}")
    d.add_page()
    head(d, f, 1)
    d.text_line(fmt_date(f["notice"], "es"), 10)
    d.ln(2)
    mailing(d, f)
    d.text_line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12.5, "B")
    d.text_line("Programa Medicaid - Plan de atención administrada", 9.5)
    d.ln(2)
    grid(d, [("Miembro:", f["member"]), ("N.º de Medicaid:", f["mid"]),
             ("N.º de caso:", f["ref"]), ("Fecha de nacimiento:", f["dob"].strftime("%d/%m/%Y")),
             ("Proveedor solicitante:", f["prac"]), ("Médico:", f["doc"]),
             ("Solicitud recibida:", fmt_date(f["notice"] - dt.timedelta(days=5), "es_abbr")),
             ("NPI:", f["npi"])], cols=2, w=91, lw=0.47)
    d.para(f"Hemos negado la solicitud de inyecciones de ranibizumab (J2778, 5 unidades) en el ojo izquierdo, con "
           f"la inyección intravítrea 67028-LT, a partir del {fmt_date(f['planned'], 'es')}, para edema macular "
           "diabético (E11.3312).", 9.8)
    d.text_line("¿Por qué negamos su solicitud?", 10.5, "B")
    d.para("Según la lista de medicamentos preferidos del programa, el bevacizumab (J9035) es el medicamento anti-VEGF "
           "preferido. El ranibizumab y el aflibercept se cubren solo después de un tratamiento de prueba con "
           "bevacizumab (3 inyecciones mensuales) sin buena respuesta, o si usted no puede recibir bevacizumab. "
           "Los registros de su médico no muestran ninguna inyección de bevacizumab. Esta decisión la tomó un "
           "oftalmólogo revisor, el Dr. Anselmo Quiroga.", 9.8)
    d.text_line("Su derecho a apelar", 10.5, "B")
    d.para("Si no está de acuerdo, puede pedir una apelación al plan dentro de 60 días calendario a partir de la "
           f"fecha de este aviso. Llame al {f['phone']} o escriba a Apelaciones, {f['plan'][1]}. Si su salud "
           "corre peligro, pida una apelación acelerada (72 horas). Si desea seguir recibiendo un servicio que ya "
           "recibía, debe apelar dentro de 10 días. Después de la apelación del plan, puede pedir una audiencia "
           "imparcial estatal dentro de 120 días.", 9.5)
    d.para("Puede pedir gratis copias de los documentos usados en esta decisión. Language help: call the number "
           "above.", 8.5)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=f["plan"][0], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["ref"]], service_dates=[f["planned"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["prac"],
              appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              denial_alternates=["prior_authorization"])
    items.append(Item(f"{FAMILY}_scan300_es_medicaid_ranibizumab_aviso", "scan_clean_300", [(pdf_bytes(d), t)]))

    # 2 fax standard: MA pre-service notice, aflibercept both eyes
    r = rr[2]
    f = base(r, 2)
    d = Page(footer="H4410_AVS26_C   CMS-10003-NDMCP")
    d.add_page()
    head(d, f, 2)
    d.text_line("NOTICE OF DENIAL OF MEDICAL COVERAGE", 12.5, "B", "C")
    d.ln(2)
    grid(d, [("Date:", fmt_date(f["notice"], "mdy_nopad")), ("Member ID:", f["mid"]),
             ("Member:", f["member"]), ("Reference #:", f["ref"]), ("Requesting provider:", f["prac"]),
             ("Physician:", f["doc"]), ("Provider fax:", f["fax"]), ("DOB:", fmt_date(f["dob"], "mdy_nopad"))],
         cols=2, w=91, lw=0.47)
    d.text_line("Your request was denied", 10.5, "B")
    d.para(f"We denied the Part B drug your doctor asked for: aflibercept (J0178, 2 units per eye) injected into both "
           f"eyes (67028-RT, 67028-LT), first injection planned for {fmt_date(f['planned'], 'mdy_nopad')}.", 9.5)
    d.text_line("Why did we deny your request?", 10.5, "B")
    d.para("Tamarind Coast Medicare Advantage uses step therapy for Part B anti-VEGF eye drugs. For a new start, "
           "you must first try bevacizumab (J9035). Your doctor's records show you are new to these drugs and "
           "have not had bevacizumab. If bevacizumab does not work after 3 injections, or if your doctor tells us "
           "why you cannot use it, your doctor can ask us again. Step therapy does not apply to drugs you are "
           "already getting.", 9.5)
    d.text_line("You have the right to appeal our decision", 10.5, "B")
    d.para(f"Ask for an appeal within 65 days from the date of this notice. Standard appeal: we decide within 7 "
           f"days for a Part B drug. Fast appeal: within 72 hours. Call {f['phone']} or fax {f['fax']}.", 9.5)
    d.para("Get help: 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048.", 8.5)
    t = truth("denial_letter", "medical_necessity", insurer=f["plan"][0], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["ref"]], service_dates=[f["planned"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["prac"],
              appeal_deadline=(f["notice"] + dt.timedelta(days=65)).isoformat(),
              alternates={"insurer": ["Tamarind Coast Medicare Advantage"]},
              denial_alternates=["prior_authorization"])
    items.append(Item(f"{FAMILY}_faxstd_ma_notice_aflibercept_new_start", "fax_standard_g4", [(pdf_bytes(d), t)]))

    # 3 photocopy: commercial claim letter, ranibizumab right eye denied
    r = rr[3]
    f = base(r, 3)
    d = Page(footer="Page {p} of {n}")
    d.add_page()
    head(d, f, 2)
    d.text_line(fmt_date(f["notice"], "long"), 10)
    d.ln(2)
    mailing(d, f)
    d.text_line("Re: Claim denial - ranibizumab injection", 12, "B")
    d.ln(1)
    grid(d, [("Member", f["member"]), ("Claim number", f["claim"]), ("Member ID", f["mid"]),
             ("Group number", f["grp"]), ("Service date", fmt_date(f["dos"], "long")), ("Provider", f["prac"])],
         cols=2, w=90)
    drug = round(r.randint(1500, 1900) + 0.0, 2)
    inj = round(r.randint(220, 280) + 0.75, 2)
    rows = [["J2778-RT", "Ranibizumab 0.1 mg, right eye", "5", fmt_money(drug, "space"), "Denied"],
            ["67028-RT", "Intravitreal injection, right eye", "1", fmt_money(inj, "space"), "Allowed"],
            ["*Total", "", "", fmt_money(drug + inj, "space"), ""]]
    d.table(["Code", "Description", "Units", "Billed", "Decision"], rows, [26, 70, 14, 32, 30], aligns="LLRRL")
    tot = round(drug + inj, 2)
    d.para(f"We processed the claim from {f['prac']} for your eye injection. We paid the injection, but we cannot "
           "pay for the drug ranibizumab. Under our Ophthalmic Anti-VEGF Step Therapy policy (RX-OPH-207), "
           "ranibizumab is covered for diabetic macular edema only after a trial of bevacizumab, unless your central "
           f"subfield thickness is high and your vision is 20/50 or worse. Your OCT thickness was {f['cst']} "
           "microns, vision was 20/40, and no bevacizumab injections are recorded. The drug is not medically "
           "necessary as billed. The practice is in our network and may not bill you more than your cost share.", 9.5)
    d.para(f"Your doctor, {f['doc']}, may ask for a step therapy exception. You may also appeal. Appeals must be "
           f"received within 180 days of the date of this letter. Send them to Appeals, {f['plan'][1]}, or fax "
           f"{f['fax']}. You can request an external review after the plan's appeal. Your referring eye doctor, "
           f"{f['optom']}, will receive a copy of this letter.", 9.5)
    d.para("Sincerely,\nPharmacy and Medical Drug Review", 9.5)
    t = truth("denial_letter", "medical_necessity", insurer=f["plan"][0], member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=f"{tot:.2f}",
              service_dates=[f["dos"].isoformat()], denial_date=f["notice"].isoformat(), provider=f["prac"],
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              denial_alternates=["prior_authorization"])
    items.append(Item(f"{FAMILY}_copy_claim_letter_ranibizumab_right_eye", "photocopy", [(pdf_bytes(d), t)]))

    # 4 150 dpi: appeal upheld after a single bevacizumab injection
    r = rr[4]
    f = base(r, 4)
    appeal = f"GA{dg(r, 7)}"
    d = Page(footer="Page {p} of {n}")
    d.add_page()
    head(d, f, 0)
    d.text_line("Date: " + fmt_date(f["notice"], "dmy"), 10)
    d.ln(2)
    mailing(d, f)
    d.text_line("NOTICE OF APPEAL DECISION - DENIAL UPHELD", 12, "B")
    d.ln(1)
    grid(d, [("Enrollee:", f["member"]), ("ID number:", f["mid"]), ("Group:", f["grp"]),
             ("Appeal ID:", appeal), ("Original request:", f["ref"]), ("Prescriber:", f["prac"]),
             ("Appeal filed:", fmt_date(f["notice"] - dt.timedelta(days=21), "dmy")),
             ("Date of birth:", fmt_date(f["dob"], "dmy"))], cols=2, w=90)
    d.para(f"You appealed our denial of aflibercept (J0178) for your right eye, requested by {f['doc']} of "
           f"{f['prac']} to start on {fmt_date(f['planned'], 'dmy')}. An ophthalmologist who did not make the first "
           "decision reviewed the appeal.", 9.6)
    d.para("Decision: UPHELD. Our step therapy criteria require an adequate trial of bevacizumab, defined as at least "
           "3 monthly injections with persistent fluid on OCT, before aflibercept is covered. The records show only "
           f"one bevacizumab injection, on {fmt_date(f['dos'], 'dmy')}. One injection is not an adequate trial. "
           "Aflibercept is not medically necessary at this time. Your doctor may send a new request after the "
           "third bevacizumab injection.", 9.6)
    d.para("This ends the plan's internal appeal process. You may ask for an independent external review. The request "
           "must be filed within four months after the date you receive this notice. Call "
           f"{f['phone']} for the form.", 9.4)
    t = truth("denial_letter", "medical_necessity", insurer=f["plan"][0], member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[appeal, f["ref"]], service_dates=[f["planned"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["prac"], appeal_deadline=None,
              alternates={"case_numbers": [[appeal]]}, denial_alternates=["prior_authorization"])
    items.append(Item(f"{FAMILY}_lowres_appeal_upheld_one_bevacizumab_dose", "scan_lowres_150", [(pdf_bytes(d), t)]))

    # 5 phone photo: approval of aflibercept after three bevacizumab injections
    r = rr[5]
    f = base(r, 5)
    auth = f"{dg(r, 4)}-{dg(r, 6)}"
    start = f["notice"] + dt.timedelta(days=3)
    end = start + dt.timedelta(days=181)
    d = Page()
    d.add_page()
    head(d, f, 1)
    d.text_line(fmt_date(f["notice"], "iso"), 10)
    d.ln(2)
    mailing(d, f)
    d.text_line("Medical Drug Request: APPROVED", 12.5, "B")
    d.ln(1)
    grid(d, [("Member name", f["member"]), ("Approval number", auth), ("Member number", f["mid"]),
             ("Group", f["grp"]), ("Ordering practice", f["prac"]), ("Physician", f["doc"])], cols=2, w=90)
    d.table(["Drug / service", "Eye", "Units", "Approved from", "Through"],
            [["J0178 aflibercept", "Left (LT)", "2 per visit", fmt_date(start, "iso"), fmt_date(end, "iso")],
             ["67028 intravitreal injection", "Left (LT)", "1 per visit", fmt_date(start, "iso"),
              fmt_date(end, "iso")]],
            [54, 24, 26, 34, 34])
    d.para(f"We approved your doctor's request. You had three bevacizumab (J9035) injections in the left eye and the "
           f"OCT still shows fluid (central thickness {f['cst']} microns), so the step therapy rule is met. Up to 6 "
           "injections are approved for the dates above, no more often than every 4 weeks.", 9.6)
    d.para("This approval is not a guarantee of payment. Benefits depend on your eligibility and plan terms when you "
           f"get the service. Questions: {f['phone']}.", 9.3)
    t = truth("other", None, insurer=f["plan"][0], member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[auth], service_dates=[f"{start.isoformat()}/{end.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=f["prac"],
              alternates={"service_dates": [[], [start.isoformat()]]})
    items.append(Item(f"{FAMILY}_photo_approval_aflibercept_after_bevacizumab", "phone_photo", [(pdf_bytes(d), t)]))

    # 6 rotated: MA EOB, bevacizumab right eye paid, aflibercept left eye denied
    r = rr[6]
    f = base(r, 6)
    inj = round(r.randint(200, 260) + 0.0, 2)
    spec = [("67028", "RT", "Intravitreal injection, right eye", 1, inj, 104.71, 83.77, "A1"),
            ("J9035", "RT", "Bevacizumab 10 mg, right eye", 1, 95.0, 68.40, 54.72, "A1"),
            ("67028", "LT", "Intravitreal injection, left eye", 1, inj, 104.71, 83.77, "A1"),
            ("J0178", "LT", "Aflibercept 1 mg, left eye", 2, round(r.randint(1900, 2250) + 0.4, 2), 0.0, 0.0, "N4")]
    notes = ["A1 - Approved. Your share is 20% coinsurance.",
             "N4 - Step therapy not met: for a new start, aflibercept is covered after bevacizumab is tried in that "
             "eye. Bevacizumab was given in the right eye only. The provider may not bill you for this line unless "
             "you signed a notice before the service.",
             f"Claims processed {fmt_date(f['notice'] - dt.timedelta(days=30), 'slash')} - "
             f"{fmt_date(f['notice'] - dt.timedelta(days=1), 'slash')}. Referring provider {f['optom']}."]
    pdf, tot = eob_doc(f, spec, "slash", "nosign", notes, "Medicare Advantage Explanation of Benefits (Part C)", 65,
                       ma=True)
    t = truth("eob", "medical_necessity", insurer=f["plan"][0], member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["claim"]], claim_amount=f"{tot:.2f}", service_dates=[f["dos"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["prac"],
              appeal_deadline=(f["notice"] + dt.timedelta(days=65)).isoformat(),
              alternates={"insurer": ["Hollowmere Senior Choice"]},
              denial_alternates=["prior_authorization", "not_covered"])
    items.append(Item(f"{FAMILY}_rotated_ma_eob_bevacizumab_paid_aflibercept_denied", "rotated", [(pdf, t)]))
    return items
