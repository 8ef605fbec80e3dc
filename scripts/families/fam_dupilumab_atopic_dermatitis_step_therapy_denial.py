"""Family 'dupilumab_atopic_dermatitis_step_therapy_denial': biologics and JAK inhibitors for moderate-to-severe
atopic dermatitis (dupilumab, tralokinumab, upadacitinib, abrocitinib) refused for step therapy (no documented
trial of topical corticosteroids, topical calcineurin inhibitors or phototherapy), for age under the label, or for
a dose above the label, and the paperwork around them.

Documents: a PBM's two-page prior authorization denial to the member (step therapy; key-value block, decision on
page one, rights on page two with a running header); a standard-fax stack of a cover sheet, a Part D "Notice of
Denial of Medicare Prescription Drug Coverage" for a dose above the label and the specialty pharmacy's
prescription-on-hold letter; a Medicaid managed care plan's notice of adverse benefit determination under the
state preferred drug list (boxed labels above values); a photocopied first-level appeal decision upholding a
phototherapy step; a Spanish denial (phone photo) for a child under the labelled age, the parent as subscriber; a
manufacturer copay card enrollment letter (nothing denied), fed sideways; a PBM prescription statement with two paid
topical fills and one rejected biologic claim (low-resolution scan).

Decoys: RxBIN / PCN / RxGroup, Rx numbers, NPIs and DEA numbers, dates requests were received, dates of birth,
the subscriber, paid fills, copay card maximums and expiry dates, fair hearing, external review, expedited and
continuation-of-benefits time limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "dupilumab_atopic_dermatitis_step_therapy_denial"
LANG = "en"
SEED = 282600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
D = dt.timedelta


class Page(Doc):
    def __init__(self, foot: str | None = None, head: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=head, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"1-{r.choice(['800', '833', '855', '888'])}-555-{r.digits(4)}"


def base(r: Rand, lang: str = "en") -> dict:
    member, first, mid, last = r.person(lang)
    return dict(member=member, first=first, last=last, addr=r.address(lang),
                dob=dt.date(r.randint(1960, 2000), r.randint(1, 12), r.randint(1, 28)),
                day=dt.date(2026, 2, 9) + D(days=r.randint(0, 110)), npi=r.npi(), ph=ph(r))


def lines(d: Page, rows: list[str], size: float = 10) -> None:
    for ln in rows:
        d.text_line(ln, size, h=size * 0.5)


def kv(d: Page, pairs: list[tuple[str, str]], x: float, lw: float, size: float = 8.8) -> None:
    for lab, val in pairs:
        d.set_x(x)
        d.font(size, "B")
        d.cell(lw, size * 0.55, lab)
        d.font(size)
        d.cell(0, size * 0.55, val, new_x="LMARGIN", new_y="NEXT")


# ------------------------------------------------------------------ 0: PBM two-page step therapy denial (born digital)
def doc_pbm(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    pbm, plan = "Fernhollow Rx Solutions", "Tamarind Health Plan"
    mid, grp, case = f"TMH{r.digits(9)}", f"RX{r.digits(5)}", f"{r.digits(4)}-{r.digits(7)}"
    doc = r.person()[0]
    recv = f["day"]
    notice = recv + D(days=r.randint(1, 3))
    d = Page(foot="FRX-PA-DEN-2026   {p} of {n}", head=f"Fernhollow Rx Solutions · Case {case} · {f['member']}")
    d.add_page()
    d.text_line("fernhollow rx", 19, "B", h=9)
    d.text_line(f"Pharmacy benefit manager for {plan}  ·  Clinical Review, PO Box 60418, Brant Lake, MN 55431", 8, h=4.6)
    d.ln(6)
    y = d.get_y()
    lines(d, [f["member"], *f["addr"]], 10)
    d.set_y(y)
    kv(d, [("Date:", fmt_date(notice, "abbr")), ("Case #:", case), ("Member ID:", mid), ("RxGroup:", grp),
           ("RxBIN / PCN:", f"0{r.digits(5)} / FRX{r.digits(2)}"), ("Received:", fmt_date(recv, "abbr"))],
       116, 26)
    d.ln(10)
    d.text_line("We did not approve your prescription drug request", 12.5, "B", h=7)
    d.ln(1)
    d.table(["Drug requested", "Directions", "Prescriber"],
            [["Dupixent (dupilumab) 300 mg/2 mL pen", "600 mg once, then 300 mg every 2 weeks", f"Dr. {doc}"]],
            [68, 66, 44], size=8.6, border_head="TB")
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para(f"Your prescriber asked us to cover Dupixent for atopic dermatitis. {plan} covers Dupixent for this use "
           "only after other treatments have been tried first (step therapy). The plan's criteria require, within "
           "the last 180 days: (1) at least 28 days of a medium- to very-high-potency topical corticosteroid, and "
           "(2) at least 6 weeks of a topical calcineurin inhibitor (tacrolimus or pimecrolimus) or crisaborole, "
           "unless these are not tolerated or not advisable.", 10)
    d.para("The records we received show hydrocortisone 2.5% cream (low potency) for 3 weeks. They do not show a "
           "trial of a medium- or higher-potency steroid, or of a calcineurin inhibitor. Because the step therapy "
           "requirement is not met, Dupixent is not medically necessary for you at this time under the plan's "
           "criteria. Your prescriber may send a new request with records of these trials or of why they cannot "
           "be used.", 10)
    d.para("A pharmacist and a dermatologist reviewed this request. Covered alternatives include triamcinolone "
           "0.1% ointment, mometasone 0.1% cream and tacrolimus 0.1% ointment.", 10)
    d.add_page()
    d.text_line("How to appeal", 11, "B", h=6.5)
    d.para("You, your prescriber or someone you name may appeal. Send your appeal within 180 days of the date of "
           "this letter to Fernhollow Rx Solutions, Appeals, PO Box 60420, Brant Lake, MN 55431, or call "
           f"{f['ph']}. We will decide a standard appeal within 30 days; if waiting could seriously harm your "
           "health, ask for an expedited appeal, decided within 72 hours.", 10)
    d.para("If we uphold this decision, you may ask for an external review by an independent review organization "
           "within 4 months of our final decision. You may ask for the criteria used and your case file free of "
           "charge. You may have the right to sue under section 502(a) of ERISA.", 10)
    d.para(f"Prescriber: Dr. {doc}, NPI {f['npi']}.  Member date of birth: {fmt_date(f['dob'], 'slash')}.", 9)
    d.para("Fernhollow Rx Solutions\nClinical Review Department", 10)
    t = truth("denial_letter", "medical_necessity", insurer=pbm, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[case], denial_date=iso(notice), provider=doc,
              appeal_deadline=iso(notice + D(days=180)), denial_alternates=["prior_authorization"],
              alternates={"insurer": [plan]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 1: fax stack: Part D denial + specialty pharmacy letter
def stack_docs(r: Rand) -> list:
    f = base(r)
    f["dob"] = dt.date(r.randint(1950, 1959), r.randint(1, 12), r.randint(1, 28))
    ins = "Corvallis Crest Medicare Rx (PDP)"
    mid, cpbp, cd = f"CC{r.digits(9)}", f"S{r.digits(4)}-{r.digits(3)}", f"CD{r.digits(8)}"
    doc = r.person()[0]
    notice = f["day"]
    d = Page(foot="Form CMS-10146 (approved)   Y0{0}_CCRX_DN_C".format(r.digits(3)), margins=(18, 15, 18))
    d.add_page()
    d.text_line("Corvallis Crest Medicare Rx (PDP)", 13.5, "B", h=7)
    d.text_line(f"PO Box 2281, Tillamook Bay, OR 97141  ·  {f['ph']} (TTY 711)", 8.6, h=4.8)
    d.ln(4)
    d.text_line("Notice of Denial of Medicare Prescription Drug Coverage", 13, "B", h=7)
    d.ln(2)
    kv(d, [("Date:", fmt_date(notice, "mdy_nopad")), ("Enrollee's name:", f["member"]), ("Member number:", mid),
           ("Contract/PBP:", cpbp), ("Coverage determination #:", cd)], d.l_margin, 52, 9.4)
    d.ln(4)
    d.para(f"We have denied the prescription drug you or your doctor requested: Rinvoq (upadacitinib) extended-"
           f"release 45 mg tablets, one tablet daily, prescribed by {doc}.", 10)
    d.text_line("Why we denied your request", 10.5, "B", h=6)
    d.para("Rinvoq is on our Drug List for moderate-to-severe atopic dermatitis at 15 mg or 30 mg once daily, the "
           "doses approved by the Food and Drug Administration for this condition. The 45 mg daily dose is "
           "approved only as a short induction dose for ulcerative colitis and Crohn's disease. Your records show atopic "
           "dermatitis only, so the requested dose is above the labeled dose and is not medically necessary. We "
           "can approve 30 mg daily if your doctor asks.", 10)
    d.text_line("You have the right to ask us to change our decision", 10.5, "B", h=6)
    d.para("You can ask us for a redetermination (appeal). You must ask within 65 days from the date of this "
           "notice. To ask for a fast redetermination (decided within 72 hours), you or your doctor can call us. "
           "You can also ask for a copy of the guidelines used to make this decision.", 10)
    d.para(f"Prescriber: {doc} · NPI {f['npi']} · Fax {ph(r)}", 9)
    t1 = truth("denial_letter", "medical_necessity", insurer=ins, plan_id=cpbp, member_id=mid,
               member_name=f["member"], case_numbers=[cd], denial_date=iso(notice), provider=doc,
               appeal_deadline=iso(notice + D(days=65)), denial_alternates=["not_covered"],
               alternates={"plan_id": [None], "insurer": ["Corvallis Crest Medicare Rx"]})
    den = (pdf_bytes(d), t1)

    sp = "Ambervale Specialty Pharmacy"
    ldate = notice + D(days=r.randint(2, 5))
    rx = f"{r.digits(7)}"
    s = Page(margins=(20, 16, 20))
    s.add_page()
    s.text_line("AMBERVALE", 16, "B", h=8)
    s.text_line("Specialty Pharmacy", 10, h=5)
    s.text_line(f"44 Foundry Lane, Unit B, Corvallis, OR 97330  ·  Patient care line {ph(r)}", 8.4, h=4.6)
    s.ln(6)
    s.text_line(fmt_date(ldate, "long"), 10, h=6)
    s.ln(2)
    lines(s, [f["member"], *f["addr"]], 10)
    s.ln(5)
    s.para(f"RE: Prescription #{rx}, Rinvoq 45 mg, prescribed by {doc}", 10, gap=3)
    s.para(f"Dear {f['first']},", 10)
    s.para(f"We tried to fill your new prescription, but your Medicare drug plan, {ins}, denied coverage on "
           f"{fmt_date(notice, 'long')} (coverage determination {cd}). The plan says the dose is higher than the "
           "dose approved for eczema. Your prescription is on hold; we have not charged you.", 10)
    s.para(f"We faxed the denial to {doc}'s office and asked whether a 30 mg prescription or an appeal is the "
           "next step. Because you have Medicare, the manufacturer's copay card cannot be used; our benefits team "
           "can check for charitable foundation help.", 10)
    s.para("We will keep your prescription on file for 30 days. Call us if you have questions.", 10)
    s.para("Your care team\nAmbervale Specialty Pharmacy", 10)
    t2 = truth("other", None, member_name=f["member"], case_numbers=[cd], denial_date=iso(ldate), provider=doc,
               unscored=["insurer"], alternates={"case_numbers": [[]], "provider": [sp]})
    return [den, (pdf_bytes(s), t2)]


# ------------------------------------------------------------------ 2: Medicaid MCO PDL notice (boxed)
def doc_medicaid(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Calloway Community Care"
    mid, ref = f"{r.digits(8)}{r.letters(1)}", f"NABD-{r.digits(6)}"
    doc = r.person()[0]
    recv = f["day"]
    notice = recv + D(days=r.randint(1, 4))
    d = Page(foot="CCC-NABD-RX  ·  Page {p} of {n}", margins=(14, 13, 14))
    d.add_page()
    d.text_line("Calloway Community Care", 15, "B", h=7.5)
    d.text_line("A Medicaid managed care plan of the State Medical Assistance Program  ·  " + f["ph"], 8.4, h=4.6)
    d.ln(3)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B", h=7)
    d.ln(1)
    d.boxes([("Notice date", fmt_date(notice, "slash"), 34), ("Member", f["member"], 58), ("Medicaid ID", mid, 36),
             ("Reference", ref, 34), ("Date of birth", fmt_date(f["dob"], "slash"), 26)])
    d.boxes([("Prescriber", doc, 58), ("Drug requested", "Adbry (tralokinumab) 150 mg/mL", 70),
             ("Request received", fmt_date(recv, "slash"), 34), ("Decision", "Denied", 26)])
    d.ln(5)
    d.text_line("What we decided", 10.5, "B", h=6)
    d.para("We denied your prescriber's request for Adbry. Adbry is a non-preferred drug on the State Preferred Drug "
           "List (PDL). A non-preferred drug for atopic dermatitis is covered only after a trial of the preferred "
           "drug, Dupixent, or when the preferred drug cannot be used. Before either, the PDL requires a trial of "
           "two preferred topical treatments (a topical steroid and tacrolimus or pimecrolimus).", 9.8)
    d.text_line("Why we decided this", 10.5, "B", h=6)
    d.para("Your pharmacy history shows one topical steroid fill and no trial of Dupixent. No reason was given why "
           "Dupixent cannot be used. The request does not meet the PDL criteria (State Medicaid Pharmacy Program "
           "Criteria, Atopic Dermatitis Agents; 42 CFR 438.210). This is a decision that the drug is not medically "
           "necessary for you now; your prescriber can ask for Dupixent, which needs prior approval.", 9.8)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para("You have the right to ask Calloway Community Care for an appeal within 60 calendar days from the date on "
           "this notice. You can call us or write to Appeals, PO Box 8813, Riverton Falls, KY 40601. If your health "
           "is at serious risk, ask for an expedited appeal (72 hours). After the appeal, you may ask for a State "
           "Fair Hearing within 120 days of our appeal decision. You can ask for free copies of all documents used "
           "in this decision, including the PDL criteria.", 9.8)
    d.para("To keep getting a drug you already receive during the appeal, you must appeal within 10 days of the date "
           "of this notice; you may have to pay for it if the appeal is lost. You can represent yourself or have "
           "a lawyer, relative, friend or other person speak for you. Legal aid may help for free.", 9.2)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[ref], denial_date=iso(notice), provider=doc, appeal_deadline=iso(notice + D(days=60)),
              denial_alternates=["prior_authorization", "not_covered"])
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 3: appeal upheld, phototherapy step (photocopy)
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Brightwater Health Insurance Company"
    mid, grp = f"BW {r.digits(3)} {r.digits(3)} {r.digits(3)}", f"{r.digits(6)}"
    appeal, orig = f"APL{r.digits(7)}", f"PAR{r.digits(8)}"
    doc = r.person()[0]
    first = f["day"]
    recv = first + D(days=r.randint(14, 30))
    notice = recv + D(days=r.randint(15, 28))
    d = Page(foot="Brightwater Health · Appeals", margins=(20, 16, 20))
    d.add_page()
    d.text_line("BRIGHTWATER HEALTH", 15, "B", h=7)
    d.text_line("Grievance and Appeals Department  ·  PO Box 1900  ·  Saltmarsh, DE 19901", 8.6, h=4.6)
    d.ln(7)
    d.text_line(fmt_date(notice, "long"), 10, h=6)
    d.ln(2)
    lines(d, [f["member"], *f["addr"]], 10)
    d.ln(4)
    d.table(["Member ID", "Group", "Appeal number", "Original request"], [[mid, grp, appeal, orig]],
            [44, 30, 40, 44], size=9, border_head="TB")
    d.text_line("First-Level Appeal Decision: Denial Upheld", 12, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para(f"You asked us to review our {fmt_date(first, 'long')} decision not to cover Cibinqo (abrocitinib) "
           f"100 mg tablets that Dr. {doc} prescribed for atopic dermatitis. We received your appeal on "
           f"{fmt_date(recv, 'long')}.", 10)
    d.para("A board-certified dermatologist reviewed the appeal. Your plan covers oral JAK inhibitors for atopic "
           "dermatitis only after the condition did not respond to, or could not be treated with, a systemic "
           "therapy or 12 weeks of narrowband UVB phototherapy, and after topical treatments. Your records show "
           "good use of topical steroids and tacrolimus, but no phototherapy and no systemic drug. Your doctor's "
           "letter notes that the phototherapy center is 40 miles away; distance alone is not an exception under "
           "the plan's criteria. The denial is upheld because the criteria are not met and the drug is not "
           "medically necessary at this time.", 10)
    d.para("You may ask for a second-level appeal within 60 days of the date of this letter. You may also ask for "
           "an external review within 4 months after you receive our final decision, or an expedited external "
           "review if your health is in serious danger.", 10)
    d.para(f"Questions: {f['ph']}. Reviewer credentials and the criteria used are available free of charge.", 9.4)
    d.para("Sincerely,\nAppeals Unit, Brightwater Health Insurance Company", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[appeal, orig], denial_date=iso(notice), provider=doc,
              appeal_deadline=iso(notice + D(days=60)), denial_alternates=["prior_authorization"],
              alternates={"case_numbers": [[appeal]], "insurer": ["Brightwater Health"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 4: Spanish denial, age under label (phone photo)
def doc_es(r: Rand) -> tuple[bytes, dict]:
    f = base(r, "es")
    child, cfirst, _, _ = r.person("es")
    child = f"{cfirst} {r.choice('ABDEFGJLMR')}. {f['last']}"
    cdob = dt.date(2015, r.randint(4, 12), r.randint(1, 28))
    ins = "Solana Vida Seguros de Salud"
    mid, grp, case = f"SV{r.digits(8)}-02", f"{r.digits(5)}", f"SOL-{r.digits(6)}"
    doc = r.person("es")[0]
    notice = f["day"]
    age = notice.year - cdob.year - ((notice.month, notice.day) < (cdob.month, cdob.day))
    d = Page(margins=(20, 16, 20))
    d.add_page()
    d.text_line("Solana Vida", 16, "B", h=8)
    d.text_line("Seguros de Salud  ·  Apartado 5120, Laredo, TX 78040  ·  " + f["ph"], 8.6, h=4.8)
    d.ln(6)
    d.text_line(fmt_date(notice, "es"), 10, h=6)
    d.ln(2)
    lines(d, [f["member"], *f["addr"]], 10)
    d.ln(4)
    kv(d, [("Suscriptor:", f["member"]), ("Paciente:", child), ("Fecha de nacimiento del paciente:",
            fmt_date(cdob, "es_abbr")), ("Número de miembro:", mid), ("Grupo:", grp), ("Número de caso:", case)],
       d.l_margin, 70, 9.4)
    d.ln(4)
    d.text_line("Aviso de denegación de cobertura de medicamento", 12, "B", h=7)
    d.para(f"Estimado/a {f['first']} {f['last']}:", 10)
    d.para(f"El Dr. {doc} pidió que cubramos Cibinqo (abrocitinib) 50 mg para su hijo/a {child}, para dermatitis "
           "atópica. Hemos denegado la solicitud.", 10)
    d.para(f"Motivo: Cibinqo está aprobado por la FDA para pacientes de 12 años o más. {cfirst} tiene {age} años. "
           "Nuestra póliza no cubre este medicamento por debajo de la edad aprobada, porque su seguridad y eficacia "
           "en niños menores no están establecidas. Por eso no es médicamente necesario según nuestros criterios. "
           "Dupixent (dupilumab) está aprobado para niños desde los 6 meses y puede solicitarse con autorización "
           "previa.", 10)
    d.text_line("Su derecho a apelar", 10.5, "B", h=6)
    d.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Envíe su apelación por escrito a "
           "Solana Vida, Apelaciones, Apartado 5124, Laredo, TX 78040. Si la salud del paciente está en peligro, "
           "puede pedir una apelación acelerada (72 horas). Después de nuestra decisión final, puede pedir una "
           "revisión externa independiente dentro de 4 meses.", 10)
    d.para("Puede pedir sin costo copias de todos los documentos y criterios usados en esta decisión.", 9.6)
    d.para("Atentamente,\nDepartamento de Farmacia Clínica\nSolana Vida Seguros de Salud", 10)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=ins, group_number=grp, member_id=mid,
              member_name=child, case_numbers=[case], denial_date=iso(notice), provider=doc,
              appeal_deadline=iso(notice + D(days=180)), denial_alternates=["experimental", "not_covered"],
              alternates={"insurer": ["Solana Vida"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 5: copay card letter (nothing denied), rotated
def doc_copay(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    prog = "DermaBridge Copay Savings Program"
    cid, doc = f"{r.digits(11)}", r.person()[0]
    notice = f["day"]
    until = dt.date(2026, 12, 31)
    d = Page(foot="DermaBridge is administered for the manufacturer. Not insurance.  ·  DB-WL-0426", margins=(18, 16, 18))
    d.add_page()
    d.text_line("DermaBridge", 18, "B", h=8)
    d.text_line("Copay Savings Program  ·  " + ph(r) + "  ·  Mon-Fri 8am-8pm ET", 8.8, h=4.8)
    d.ln(6)
    d.text_line(fmt_date(notice, "wlong"), 10, h=6)
    d.ln(2)
    lines(d, [f["member"], *f["addr"]], 10)
    d.ln(5)
    d.text_line("Welcome! Your enrollment is confirmed.", 13, "B", h=7)
    d.para(f"Dear {f['first']}, thank you for enrolling in the {prog}. With commercial insurance you may pay as "
           "little as $0 for each Dupixent fill, up to a program maximum of $13,000 per calendar year. Give the "
           "information below to your specialty pharmacy with each prescription.", 10)
    d.ln(1)
    d.boxes([("Program member ID", cid, 46), ("BIN", "610020", 24), ("PCN", "PXXPDMI", 28), ("Group", "99994417", 30),
             ("Valid through", fmt_date(until, "slash"), 34)])
    d.ln(5)
    d.para(f"Prescriber on file: Dr. {doc}. Primary insurance on file: Tamarind Health Plan (approved for "
           "Dupixent under prior authorization through your pharmacy benefit).", 10)
    d.para("The program pays the remaining out-of-pocket cost after your insurance pays. It cannot be used with "
           "Medicare, Medicaid or other government programs. If your plan counts manufacturer help toward your "
           "deductible differently (an accumulator program), call us before your next fill.", 10)
    d.para("Nothing is owed for this letter, and this is not a bill or a statement of benefits.", 10)
    d.para("DermaBridge Support Team", 10)
    t = truth("other", None, member_name=f["member"], denial_date=iso(notice), provider=doc,
              unscored=["insurer", "member_id", "group_number"], alternates={"provider": [None]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 6: PBM prescription statement, one rejected claim
def doc_rx_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    pbm = "Hartsgrove Rx Services"
    mid, grp = f"HGR{r.digits(8)}", f"{r.letters(2)}{r.digits(4)}"
    derm, pcp = r.person()[0], r.person()[0]
    pharm, spec = "Millpond Family Pharmacy", "Ortolan Specialty Pharmacy"
    per_end = f["day"]
    stmt = per_end + D(days=r.randint(5, 9))
    by = stmt + D(days=180)
    f1 = per_end - D(days=r.randint(20, 28))
    f2 = f1 + D(days=r.randint(3, 8))
    f3 = per_end - D(days=r.randint(2, 6))
    ref = f"{r.digits(15)}"
    amt = f"{r.randint(3650, 3990)}.{r.choice(['14', '62', '08'])}"
    d = Page(foot="Hartsgrove Rx Services  ·  Prescription Benefit Statement  ·  Page {p} of {n}", margins=(13, 12, 13))
    d.add_page()
    d.text_line("Hartsgrove Rx Services", 14, "B", h=7)
    d.text_line(f"Member services {f['ph']}  ·  PO Box 3006, Elm Prairie, IA 50309", 8.4, h=4.6)
    d.ln(3)
    d.text_line("Prescription Benefit Statement  (this is not a bill)", 11.5, "B", h=7)
    y = d.get_y()
    lines(d, [f["member"], *f["addr"]], 9.4)
    d.set_y(y)
    kv(d, [("Statement date", fmt_date(stmt, "long")),
           ("Claims processed", f"{fmt_date(per_end - D(days=30), 'long')} - {fmt_date(per_end, 'long')}"),
           ("Member ID", mid), ("Group", grp)], 108, 34, 8.6)
    d.ln(6)
    d.text_line("Prescriptions filled", 10, "B", h=6)
    rows = [[fmt_date(f1, "slash"), "Triamcinolone 0.1% oint 80 g", pcp, pharm, "$24.60", "$14.60", "$10.00"],
            [fmt_date(f2, "slash"), "Tacrolimus 0.1% oint 60 g", derm, pharm, "$212.35", "$172.35", "$40.00"]]
    d.table(["Fill date", "Drug", "Prescriber", "Pharmacy", "Total cost", "Plan paid", "You paid"], rows,
            [20, 46, 34, 38, 20, 18, 16], size=7.6, aligns="LLLLRRR")
    d.text_line("Claims we did not pay", 10, "B", h=6)
    d.table(["Date", "Drug", "Prescriber", "Pharmacy", "Submitted", "Claim ref.", "Code"],
            [[fmt_date(f3, "slash"), "Dupixent 300 mg/2 mL pen x2", derm, spec, fmt_money(amt), ref, "75"]],
            [20, 44, 32, 36, 20, 30, 10], size=7.6, aligns="LLLLRLL")
    d.para("75  Prior authorization required. Dupixent is covered after step therapy and needs approval before it "
           "is filled. Your prescriber can request approval; the fills shown above may support the request.", 8.6)
    d.para(f"Appeal by: {fmt_date(by, 'long')}. To appeal a claim we did not pay, write to Hartsgrove Rx Appeals at "
           "the address above. Urgent requests are decided within 72 hours.", 8.6)
    d.para("Year to date: you paid $150.00 of your $1,500.00 pharmacy out-of-pocket maximum.", 8.6)
    t = truth("eob", "prior_authorization", insurer=pbm, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[ref], claim_amount=amt, service_dates=[iso(f3)], denial_date=iso(stmt), provider=derm,
              appeal_deadline=iso(by), denial_alternates=["medical_necessity"],
              alternates={"provider": [spec], "case_numbers": [[]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_pbm, "pbm_step_two_page", "born_digital"),
              (2, doc_medicaid, "medicaid_pdl_notice", "scan_clean_300"),
              (3, doc_appeal, "appeal_phototherapy_upheld", "photocopy"),
              (4, doc_es, "es_edad_denegacion", "phone_photo"),
              (5, doc_copay, "copay_card_welcome", "rotated"),
              (6, doc_rx_eob, "rx_statement_rejected", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, Item(f"{FAMILY}_fax_stack_partd_pharmacy", "fax_standard_g4", stack_docs(Rand(SEED + 1)),
                         separators=["cover", None]))
    return items
