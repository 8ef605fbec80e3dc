"""Family 'lyme_disease_long_term_antibiotics_iv_denial': prolonged intravenous antibiotics (ceftriaxone J0696,
home infusion per diem S9500 / S9494, PICC care 99601) for "chronic Lyme disease" / post-treatment Lyme disease
syndrome refused as not medically necessary or experimental, while a standard 28-day course for Lyme neuroborreliosis
is approved.

Documents: a two-column pre-service denial letter (experimental); a standard-fax stack of a home infusion EOB
(three claims, one per-diem claim denied) and the infusion pharmacy's statement; an IRO external review decision
upholding; a Spanish state Medicaid notice of action (fair hearing rights); a phone photo of a 28-day approval; a
sideways paid EOB; a photocopied TPA post-service denial letter in the DOL model style.

Decoys: DOB, NPIs, pharmacy account numbers, medical policy numbers, received dates, paid claims, plan paid / you
owe, the 28-day course dates, fair hearing and external review limits, continuation-of-benefits 10 days.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "lyme_disease_long_term_antibiotics_iv_denial"
LANG = "en"
SEED = 296600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Page(Doc):
    def __init__(self, foot=None, header=None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def base(r: Rand, lang="en") -> dict:
    member, first, mid, last = r.person(lang)
    start = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 140))
    return dict(member=member, first=first, last=last, addr=r.address(lang), start=start,
                dob=dt.date(r.randint(1960, 2005), r.randint(1, 12), r.randint(1, 28)), ph=r.phone(), npi=r.npi())


def addr(d: Page, f: dict, size=9.6):
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, size, h=4.8)


# ------------------------------------------------------------- 0: two-column pre-service denial (born digital)
def doc_preservice(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Meridian Crest Health Insurance"
    mid, grp = f"MCH{r.digits(9)}", f"{r.digits(6)}"
    ref = f"UM-{r.digits(4)}-{r.digits(5)}"
    notice = f["start"] - dt.timedelta(days=r.randint(5, 12))
    recv = notice - dt.timedelta(days=r.randint(2, 6))
    end = f["start"] + dt.timedelta(days=179)
    doc = "Dr. Calvin P. Ashworth"
    d = Page(foot="Meridian Crest Health Insurance · UM-ADV-04 · Page {p} of {n}",
             header=f"Member {f['member']} · Reference {ref}")
    d.add_page()
    d.text_line("MERIDIAN CREST", 17, "B", h=8)
    d.text_line("Health Insurance · Utilization Management · 90 Kestrel Plaza, Erie, PA 16501", 8.2, h=4.4)
    d.ln(6)
    y0 = d.get_y()
    addr(d, f)
    d.set_xy(120, y0)
    for k, v in [("Date", fmt_date(notice, "abbr")), ("Member ID", mid), ("Group", grp), ("Reference", ref),
                 ("Received", fmt_date(recv, "abbr"))]:
        d.set_x(120)
        d.font(8.8, "B")
        d.cell(24, 4.8, k)
        d.font(8.8)
        d.cell(0, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    d.text_line("Notice of adverse benefit determination (pre-service)", 11.5, "B", h=6)
    d.ln(1)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para(f"{doc}, your infectious disease physician, asked us to approve intravenous ceftriaxone 2 g daily "
           f"(J0696) with home infusion nursing for 26 weeks, from {fmt_date(f['start'], 'long')} through "
           f"{fmt_date(end, 'long')}, for chronic Lyme disease. We cannot approve this request.", 10)
    d.text_line("Why we made this decision", 10.5, "B", h=6)
    d.para("Antibiotic treatment lasting longer than 28 days for persistent symptoms after treated Lyme disease "
           "(sometimes called chronic Lyme disease or post-treatment Lyme disease syndrome) is considered "
           "experimental and investigational under Medical Policy MP-ID-0212. Randomized trials have not shown "
           "that prolonged intravenous antibiotics improve outcomes, and they carry risks such as line "
           "infection and gallbladder problems. A board-certified infectious disease physician reviewed the "
           "request.", 10)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para("You may appeal within 180 days of the date of this letter. If waiting could seriously harm your "
           "health, you may ask for an expedited appeal, which we decide within 72 hours. You may also ask for "
           "an external review by an independent review organization within 4 months after our final decision. "
           f"Call {f['ph']} or write to Appeals, PO Box 2290, Erie, PA 16501.", 9.8)
    d.add_page()
    d.text_line("Other things you should know", 10.5, "B", h=6)
    d.para("You can get the medical policy and the reviewer's credentials free of charge. Our decision is about "
           "payment only; you and your doctor decide your treatment. External review categories: medical "
           "necessity, appropriateness, health care setting, level of care, effectiveness, experimental.", 9.4)
    d.para("Sincerely,\nMedical Director, Meridian Crest Health Insurance", 9.4)
    t = truth("denial_letter", "experimental", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[ref], service_dates=[iso(f["start"], end)], denial_date=iso(notice), provider=doc,
              appeal_deadline=iso(notice + dt.timedelta(days=180)), denial_alternates=["medical_necessity"],
              alternates={"service_dates": [[iso(f["start"])], [iso(f["start"]), iso(end)]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 1: standard-fax stack: EOB + infusion statement
def doc_infusion_eob(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Copperline Health Plan"
    stmt = f["end"] + dt.timedelta(days=r.randint(18, 30))
    f["stmt"] = stmt
    c1, c2, c3 = f"{r.digits(9)}A", f["claim"], f"{r.digits(9)}C"
    d = Page(foot="Copperline Health Plan   Explanation of Benefits   {p}/{n}")
    d.add_page()
    d.text_line("Copperline Health Plan", 15, "B", h=7)
    d.text_line(f"EXPLANATION OF BENEFITS  ·  Statement date {fmt_date(stmt, 'slash')}  ·  NOT A BILL", 9, "B", h=5)
    d.ln(3)
    addr(d, f, 9.2)
    d.ln(2)
    d.para(f"Member: {f['member']}    ID: {f['mid']}    Group: {f['grp']}    Date of birth: "
           f"{fmt_date(f['dob'], 'slash')}", 8.8)
    rows = [[fmt_date(f["ov"], "slash"), c1, "Dr. Lena Marsh-Ubaldo", "99214 office visit", fmt_money(240),
             fmt_money(171.2), fmt_money(40), ""],
            [fmt_date(f["s"], "slash") + "-" + fmt_date(f["end"], "slash"), c2, f["pharm"],
             f"S9500 per diem x{f['days']}", fmt_money(f["billed"]), "$0.00", fmt_money(f["billed"]), "EI4"],
            [fmt_date(f["lab"], "slash"), c3, "Quarry Labs", "86618 Lyme antibody", fmt_money(98),
             fmt_money(41.1), "$0.00", ""]]
    d.table(["Dates", "Claim", "Provider", "Service", "Billed", "Plan paid", "You owe", "Note"], rows,
            [40, 24, 36, 30, 18, 17, 17, 10], size=7.6, aligns="LLLLRRRL")
    d.text_line("Notes", 9, "B", h=5)
    d.para("EI4 - Home intravenous antibiotic therapy beyond 28 days for chronic Lyme disease is not medically "
           "necessary under our clinical policy CP-INF-77. No payment is made for the per diem, supplies or "
           "nursing.", 8.4)
    d.para("You may request an appeal within 180 days after you receive this statement. Call Member Services at "
           f"{f['ph']}.", 8.4)
    t = truth("eob", "medical_necessity", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[c2], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["s"], f["end"])], denial_date=iso(stmt), provider=f["pharm"],
              denial_alternates=["experimental"],
              alternates={"service_dates": [[iso(f["s"]), iso(f["end"])]]})
    return pdf_bytes(d), t


def doc_infusion_stmt(r: Rand, f: dict) -> tuple[bytes, dict]:
    sd = f["stmt"] + dt.timedelta(days=r.randint(6, 12))
    acct = f"HI-{r.digits(6)}"
    d = Page(foot=f"{f['pharm']} · Patient account {acct}")
    d.add_page()
    d.text_line(f["pharm"].upper(), 14, "B", h=7)
    d.text_line("Home Infusion Pharmacy · 18 Tannery Row, Pueblo, CO 81003 · Billing 1-555-" + r.digits(3) + "-"
                + r.digits(4), 8.4, h=4.4)
    d.ln(5)
    d.text_line("PATIENT STATEMENT", 12, "B", h=6)
    d.boxes([("Statement date", fmt_date(sd, "long"), 44), ("Patient", f["member"], 60), ("Account", acct, 36),
             ("Amount due", fmt_money(f["billed"]), 38)])
    d.ln(4)
    rows = [[fmt_date(f["s"], "slash"), fmt_date(f["end"], "slash"), "S9500", f"Home infusion per diem, {f['days']} days",
             fmt_money(f["billed"])],
            [fmt_date(f["stmt"], "slash"), "", "", f"Copperline Health Plan denied claim {f['claim']}", "$0.00"],
            ["*Balance", "", "", "", fmt_money(f["billed"])]]
    d.table(["From", "To", "Code", "Description", "Amount"], rows, [26, 26, 18, 84, 26], size=8.6, aligns="LLLLR")
    d.para("Your insurance denied these services. The balance is now your responsibility. Please pay within 30 "
           "days or call us to set up a payment plan. Prescribing physician: Dr. Lena Marsh-Ubaldo.", 9.4)
    t = truth("other", None, insurer="Copperline Health Plan", member_name=f["member"], case_numbers=[f["claim"]],
              claim_amount=m2(f["billed"]), service_dates=[iso(f["s"], f["end"])], denial_date=iso(sd),
              provider=f["pharm"], unscored=["insurer"],
              alternates={"case_numbers": [[]], "service_dates": [[iso(f["s"]), iso(f["end"])]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 2: IRO decision upholding (scan)
def doc_iro(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Hollowbrook Assurance Company"
    mid = f"{r.letters(3)}{r.digits(8)}"
    case = f"IRO-{r.digits(2)}-{r.digits(5)}"
    claim = f"{r.digits(12)}"
    dec = f["start"] + dt.timedelta(days=r.randint(90, 130))
    end = f["start"] + dt.timedelta(days=83)
    doc = "Dr. Marguerite S. Olander"
    d = Page(foot="Keystone Independent Review, LLC · accredited independent review organization")
    d.add_page()
    d.text_line("Keystone Independent Review, LLC", 13.5, "B", h=7)
    d.text_line("External Review Decision", 11, h=6)
    d.ln(3)
    d.para(f"Date of decision: {fmt_date(dec, 'long')}\nIRO case number: {case}\nHealth plan: {ins}\n"
           f"Enrollee: {f['member']}    Enrollee ID: {mid}\nPlan claim number: {claim}\nTreating provider: {doc}", 9.6)
    d.text_line("Decision: UPHELD", 12, "B", h=6.5)
    d.para(f"The reviewer upholds the health plan's denial of intravenous ceftriaxone with home infusion from "
           f"{fmt_date(f['start'], 'long')} through {fmt_date(end, 'long')} (12 weeks). The enrollee was treated "
           "for erythema migrans with 21 days of doxycycline in 2024 and has ongoing fatigue and joint pain with "
           "negative repeat serology.", 9.6)
    d.para("Rationale: Guidelines of the Infectious Diseases Society of America, the American Academy of Neurology "
           "and the American College of Rheumatology recommend against prolonged antibiotic therapy for persistent "
           "symptoms after standard treatment. Three randomized placebo-controlled trials showed no lasting "
           "benefit. The requested treatment is not medically necessary for this enrollee.", 9.6)
    d.para("This decision is binding on the health plan and the enrollee except to the extent other remedies are "
           "available under state or federal law. The reviewer is a board-certified infectious disease physician "
           "with no conflict of interest.", 9.2)
    d.para(f"Requested by: {f['member']} (enrollee). Request received by the IRO: "
           f"{fmt_date(dec - dt.timedelta(days=38), 'long')}.", 9.2)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[case, claim], service_dates=[iso(f["start"], end)], denial_date=iso(dec), provider=doc,
              denial_alternates=["experimental"],
              alternates={"insurer": ["Keystone Independent Review"], "case_numbers": [[case], [claim]],
                          "service_dates": [[iso(f["start"])], [iso(f["start"]), iso(end)]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 3: Spanish Medicaid notice of action (low res)
def doc_es(r: Rand) -> tuple[bytes, dict]:
    f = base(r, "es")
    ins = "Salud Serrana Plan de Medicaid"
    mid = f"{r.digits(10)}"
    num = f"NA-{r.digits(7)}"
    notice = f["start"] - dt.timedelta(days=r.randint(4, 9))
    end = f["start"] + dt.timedelta(days=55)
    doc = "Dra. Pilar Echeverría"
    d = Page(foot="Salud Serrana · Aviso de acción · Formulario NOA-ES-3")
    d.add_page()
    d.text_line("Salud Serrana Plan de Medicaid", 14, "B", h=7)
    d.text_line("Programa de Medicaid del estado de Nuevo México · Servicios al miembro " + f["ph"], 8.4, h=4.4)
    d.ln(5)
    d.text_line("AVISO DE ACCIÓN", 13, "B", align="C", h=7)
    d.ln(2)
    d.text_line(f"Fecha del aviso: {fmt_date(notice, 'es')}", 9.8, h=5)
    d.text_line(f"Número de aviso: {num}", 9.8, h=5)
    d.text_line(f"Miembro: {f['member']}", 9.8, h=5)
    d.text_line(f"Número de Medicaid: {mid}", 9.8, h=5)
    d.text_line(f"Fecha de nacimiento: {fmt_date(f['dob'], 'es')}", 9.8, h=5)
    d.ln(3)
    d.para(f"Su médica, {doc}, pidió antibióticos por vía intravenosa (ceftriaxona) en casa del "
           f"{fmt_date(f['start'], 'es')} al {fmt_date(end, 'es')} para la enfermedad de Lyme crónica. "
           "Hemos DENEGADO este servicio.", 9.8)
    d.para("Motivo: el tratamiento con antibióticos intravenosos por más de 28 días no es médicamente necesario "
           "para síntomas que continúan después del tratamiento estándar de la enfermedad de Lyme. Su expediente "
           "no muestra una infección activa.", 9.8)
    d.text_line("Sus derechos", 10.5, "B", h=6)
    d.para("Puede apelar esta decisión ante el plan dentro de 60 días a partir de la fecha de este aviso. Si "
           "quiere seguir recibiendo servicios durante la apelación, debe apelar dentro de 10 días. Después de la "
           "apelación puede pedir una audiencia imparcial estatal dentro de 120 días. Llame al " + f["ph"] + ".", 9.6)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[num], service_dates=[iso(f["start"], end)], denial_date=iso(notice), provider=doc,
              appeal_deadline=iso(notice + dt.timedelta(days=60)), denial_alternates=["experimental"],
              alternates={"service_dates": [[iso(f["start"])], [iso(f["start"]), iso(end)]],
                          "insurer": ["Salud Serrana"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 4: approval of a 28-day course (phone photo)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Meridian Crest Health Insurance"
    mid, grp = f"MCH{r.digits(9)}", f"{r.digits(6)}"
    auth = f"A{r.digits(9)}"
    notice = f["start"] - dt.timedelta(days=r.randint(2, 5))
    end = f["start"] + dt.timedelta(days=27)
    doc = "Dr. Tobias R. Whitcombe"
    d = Page(foot="Meridian Crest Health Insurance · Utilization Management")
    d.add_page()
    d.text_line("MERIDIAN CREST", 17, "B", h=8)
    d.text_line("Health Insurance", 9, h=4.5)
    d.ln(5)
    d.text_line(fmt_date(notice, "long"), 10, h=5)
    d.ln(3)
    d.text_line("Your request is approved", 12.5, "B", h=7)
    d.table(["Item", "Detail"], [["Member", f["member"]], ["Member ID / Group", f"{mid} / {grp}"],
                                 ["Authorization number", auth], ["Ordering physician", doc],
                                 ["Service", "Ceftriaxone 2 g IV daily, home infusion (S9500, J0696)"],
                                 ["Approved dates", f"{fmt_date(f['start'], 'slash')} to {fmt_date(end, 'slash')}"],
                                 ["Approved days", "28"]], [55, 120], size=9.4, row_h=6)
    d.para("We approved 28 days of intravenous therapy for Lyme neuroborreliosis (facial palsy with positive CSF "
           "antibody index), which meets Medical Policy MP-ID-0212. Treatment beyond 28 days would need a new "
           "request with clinical records. This approval is not a guarantee of payment if you are not a member "
           "on the date of service.", 9.6)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"], case_numbers=[auth],
              service_dates=[iso(f["start"], end)], denial_date=iso(notice), provider=doc,
              alternates={"service_dates": [[iso(f["start"]), iso(end)], []]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 5: paid EOB for the 28-day course (rotated)
def doc_paid(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Copperline Health Plan"
    mid, grp = f"CLP-{r.digits(8)}", f"{r.digits(5)}"
    claim = f"{r.digits(9)}P"
    end = f["start"] + dt.timedelta(days=27)
    stmt = end + dt.timedelta(days=r.randint(15, 25))
    pharm = "Summit Ridge Home Infusion"
    per, drug = 28 * 165.0, 28 * 38.5
    billed = per + drug + 240.0
    d = Page(foot="Copperline Health Plan · Explanation of Benefits")
    d.add_page()
    d.text_line("Copperline Health Plan", 15, "B", h=7)
    d.text_line("EXPLANATION OF BENEFITS", 11, "B", h=6)
    d.ln(2)
    d.boxes([("Statement date", fmt_date(stmt, "dmy"), 36), ("Member", f["member"], 56), ("Member ID", mid, 40),
             ("Group", grp, 24), ("Claim", claim, 28)])
    d.ln(3)
    rows = [[f"{fmt_date(f['start'], 'dmy')} - {fmt_date(end, 'dmy')}", "S9500", "Per diem x28", fmt_money(per),
             fmt_money(per * 0.7), "$0.00"],
            [f"{fmt_date(f['start'], 'dmy')} - {fmt_date(end, 'dmy')}", "J0696", "Ceftriaxone 250 mg x112",
             fmt_money(drug), fmt_money(drug * 0.7), "$0.00"],
            [fmt_date(f["start"], "dmy"), "99601", "Home infusion nursing", fmt_money(240), fmt_money(168), "$0.00"],
            ["*Total", "", "", fmt_money(billed), fmt_money(billed * 0.7), "$0.00"]]
    d.table(["Dates", "Code", "Service", "Billed", "Plan paid", "You owe"], rows, [52, 16, 46, 24, 24, 18],
            size=8.4, aligns="LLLRRR")
    d.para(f"Provider: {pharm} (network).  Authorization on file.  Your out-of-pocket maximum has been met.", 9)
    d.para("Questions? Call " + f["ph"] + ".", 9)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"], case_numbers=[claim],
              claim_amount=m2(billed), service_dates=[iso(f["start"], end)], denial_date=iso(stmt), provider=pharm,
              type_alternates=["other"], alternates={"service_dates": [[iso(f["start"]), iso(end)]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 6: TPA post-service denial, DOL model (photocopy)
def doc_tpa(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    tpa = "Brightwater Benefit Administrators"
    mid, grp = f"{r.digits(3)}-{r.digits(2)}-{r.digits(4)}", f"LOC-{r.digits(4)}"
    claim = f"BW{r.digits(10)}"
    notice = f["start"] + dt.timedelta(days=r.randint(50, 70))
    end = f["start"] + dt.timedelta(days=41)
    amt = float(r.randint(9800, 18500)) + 0.4
    clinic = "Fernhill Integrative Infusion Center"
    d = Page(foot=f"{tpa} · for the Steamfitters Local 402 Health Fund")
    d.add_page()
    d.text_line(tpa, 13.5, "B", h=7)
    d.text_line("Third-party administrator for the Steamfitters Local 402 Health Fund", 8.6, h=4.4)
    d.ln(5)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 11.5, "B", h=6)
    d.ln(1)
    tbl = [["Date of notice", fmt_date(notice, "slash")], ["Participant", f["member"]], ["Participant ID", mid],
           ["Group", grp], ["Claim number", claim], ["Provider", clinic],
           ["Dates of service", f"{fmt_date(f['start'], 'slash')} through {fmt_date(end, 'slash')}"],
           ["Amount billed", fmt_money(amt)], ["Amount payable", "$0.00"]]
    d.table(["", ""], tbl, [50, 120], size=9.2, border_head="", row_h=5.6)
    d.text_line("Reason for determination", 10, "B", h=5.5)
    d.para("Intravenous antibiotics (ceftriaxone and cefotaxime) given for 6 weeks for chronic Lyme disease are "
           "experimental or investigational under Plan section 12.4(g). The plan excludes treatment that is not "
           "generally accepted in the medical community for the diagnosis.", 9.4)
    d.text_line("Description of the plan's review procedures", 10, "B", h=5.5)
    d.para("You have 180 days from receipt of this notice to file an appeal. You may submit comments and "
           "documents and may request copies of all documents relevant to your claim free of charge. You have the "
           "right to bring a civil action under section 502(a) of ERISA after an adverse benefit determination on "
           "appeal. Urgent care appeals are decided within 72 hours.", 9.2)
    t = truth("denial_letter", "experimental", insurer=tpa, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(amt), service_dates=[iso(f["start"], end)],
              denial_date=iso(notice), provider=clinic,
              alternates={"service_dates": [[iso(f["start"]), iso(end)]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = Rand(SEED)
    f = base(r)
    days = r.randint(30, 42)
    f.update(mid=f"CLP-{r.digits(8)}", grp=f"{r.digits(5)}", claim=f"{r.digits(9)}B", days=days,
             pharm="Aspen Vale Home Infusion", s=f["start"], end=f["start"] + dt.timedelta(days=days - 1),
             ov=f["start"] - dt.timedelta(days=r.randint(10, 20)), lab=f["start"] - dt.timedelta(days=r.randint(25, 40)))
    f["billed"] = round(days * r.choice([172.5, 185.0, 198.25]), 2)
    eob = doc_infusion_eob(r, f)
    stm = doc_infusion_stmt(r, f)
    return [
        Item(f"{FAMILY}_preservice_bd", "born_digital", [doc_preservice(r)]),
        Item(f"{FAMILY}_eob_stmt_faxstd", "fax_standard_g4", [eob, stm]),
        Item(f"{FAMILY}_iro_scan", "scan_clean_300", [doc_iro(r)]),
        Item(f"{FAMILY}_medicaid_es_lowres", "scan_lowres_150", [doc_es(r)]),
        Item(f"{FAMILY}_approval_photo", "phone_photo", [doc_approval(r)]),
        Item(f"{FAMILY}_paid_rotated", "rotated", [doc_paid(r)]),
        Item(f"{FAMILY}_tpa_copy", "photocopy", [doc_tpa(r)]),
    ]
