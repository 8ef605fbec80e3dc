"""Family 'newborn_circumcision_medicaid_noncovered_eob': invented EOBs, remittances and notices on routine newborn
circumcision (CPT 54150, circumcision using a clamp with regional block, newborn) that state Medicaid managed-care
plans do not cover as a routine procedure, while a commercial plan pays it.

Cases (EOB/statement-heavy): a Medicaid managed-care member EOB denying 54150 as not a covered benefit beside a
paid newborn exam on another claim; a commercial plan EOB paying the circumcision (nothing denied); a standard-fax
stack of a cover sheet, a state Medicaid agency's notice of a denied claim and the pediatric practice's statement
to the parent; a Spanish Medicaid EOB ("Explicacion de Beneficios") denying it; a photocopied Medicaid plan appeal
decision upholding the denial (medical need such as phimosis not documented); a commercial EOB denying it because
the newborn was not added to the policy within 31 days; a Medicaid plan's provider remittance notice to the
hospital (CARC 96) fed sideways.

Layouts are invented, modelled loosely on published Medicaid managed-care EOBs, state notices of denied claims,
commercial EOBs and 835-style remittance printouts. All values invented: plans, hospitals, doctors, newborns,
parents, IDs, amounts; phones 1-555. Decoys: the mother as subscriber/case head, dates of birth, the delivering
obstetrician, NPIs, other paid claims, allowed/paid/you-owe amounts, patient account numbers, check numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "newborn_circumcision_medicaid_noncovered_eob"
LANG = "en"
SEED = 273600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MI = "BCDEFGHJKLMNPRSTW"


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", **kw)
        self.add_font("DejaVu", "B", BOLD)


def ph(r):
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def pat(r, p):
    """An ID after a pattern: 9 a digit, A a letter, anything else kept."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
                   for c in p)


def npi(r):
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def fee(r, lo, hi):
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


def head(d, name, lines, style=0):
    if style == 0:
        d.text_line(name, 14, "B")
        for s in lines:
            d.text_line(s, 8.5)
        d.rule(0.5, 4)
    elif style == 1:
        d.text_line(name, 13, "B", "C")
        for s in lines:
            d.text_line(s, 8.3, "", "C")
        d.ln(1)
        d.rule(1.2, 4)
    else:
        d.set_fill_color(220, 220, 220)
        d.font(12, "B")
        d.cell(0, 9, "  " + name, fill=True, border=1, new_x="LMARGIN", new_y="NEXT")
        for s in lines:
            d.text_line("  " + s, 8.3)
        d.ln(3)


def address_block(d, lines):
    for s in lines:
        d.text_line(s, 10)
    d.ln(3)


def kv(d, rows, w=44, size=9.2):
    for a, b in rows:
        d.font(size, "B")
        d.cell(w, size * 0.55, a)
        d.font(size)
        d.cell(0, size * 0.55, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def paras(d, items, size=9.2):
    for p in items:
        if p.startswith("#"):
            d.text_line(p[1:], size + 0.6, "B")
            d.ln(0.5)
        else:
            d.para(p, size)


FIRST = ["Caspar", "Leopold", "Benedikt", "Ambrose", "Fitzgerald", "Rafferty", "Cosimo", "Evander"]
MOMS = ["Henrietta", "Araminta", "Delphine", "Rosalind", "Imogen", "Winifred", "Perpetua", "Octavia"]
LAST = ["Pettigrew", "Halloran", "Cavendish", "Oyenuga", "Stroud", "Bellweather", "Kinsella", "Marchbanks",
        "Ruthven", "Dalgliesh"]
FIRST_ES = ["Santiago", "Emiliano", "Thiago", "Maximiliano", "Leonardo"]
MOMS_ES = ["Xochitl", "Yesenia", "Marisela", "Rocío", "Araceli"]
LAST_ES = ["Villaseñor", "Cárdenas", "Quiñones", "Arredondo", "Bustamante"]
CITIES = ["Tamsworth, GA 31999", "New Lisbon, OH 43999", "Pinecrest Hollow, MS 39999", "Cold Spring Gap, KY 41999"]
STREETS = ["Dovecote Lane", "Barley Mow Road", "Wickham Circle", "Saltmarsh Avenue", "Quillfeather Drive"]
PEDS = ["Dr. Ottoline G. Fenwright, MD", "Dr. Barnaby S. Quartermain, DO", "Dr. Ximena R. Olander, MD"]
OBS = ["Dr. Hyacinth M. Pell, MD", "Dr. Crispin J. Aldous, MD"]


def base(r, es=False):
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 170))
    born = notice - dt.timedelta(days=r.randint(40, 75))
    last = r.choice(LAST_ES if es else LAST)
    baby = f"{r.choice(FIRST_ES if es else FIRST)} {r.choice(MI)}. {last}"
    mom = f"{r.choice(MOMS_ES if es else MOMS)} {r.choice(MI)}. {last}"
    return dict(notice=notice, born=born, baby=baby, mom=mom, phone=ph(r), npi=npi(r),
                addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", r.choice(CITIES)))


# ---------------------------------------------------------------- 0: Medicaid MCO member EOB, not covered
def doc_mco_eob(r):
    f = base(r)
    plan = "Peachfield Community Medicaid Plan"
    ds, ms = "upper", "plain"
    ped = PEDS[0]
    claim, paid_claim = pat(r, "9999999999999"), pat(r, "9999999999999")
    mid = pat(r, "999999999")
    dos = f["born"] + dt.timedelta(days=1)
    c1 = fee(r, 280, 520)
    exam = fee(r, 190, 260)
    d = Page(footer="Peachfield Community Medicaid Plan  -  Member EOB  -  THIS IS NOT A BILL  -  Page {p} of {n}")
    d.add_page()
    head(d, plan, ["A Georgia Medicaid managed care plan  |  PO Box 2210, Tamsworth, GA 31999",
                   f"Member Services {f['phone']}  (TTY 711)"], 0)
    d.text_line("MEMBER EXPLANATION OF BENEFITS", 13, "B")
    d.ln(1)
    d.boxes([("Statement date", fmt_date(f["notice"], ds), 38), ("Member", f["baby"], 62),
             ("Medicaid ID", mid, 40), ("Date of birth", fmt_date(f["born"], ds), 38)], h=11)
    d.ln(2)
    d.text_line(f"Head of case: {f['mom']}", 8.8)
    d.ln(3)
    d.text_line(f"Claim {claim}   Provider: {ped}   Received {fmt_date(dos + dt.timedelta(days=9), ds)}", 8.8, "B")
    W = [26, 16, 62, 22, 20, 22, 12]
    d.table(["Date of service", "Code", "Service", "Billed", "Plan paid", "Member owes", "Code"],
            [[fmt_date(dos, ds), "54150", "Circumcision, clamp, with block (newborn)", fmt_money(c1, ms), "$0.00",
              "$0.00", "NC1"],
             ["*Claim total", "", "", fmt_money(c1, ms), "$0.00", "$0.00", ""]], W, size=7.9, aligns="LLLRRRL")
    d.text_line(f"Claim {paid_claim}   Provider: {ped}", 8.8, "B")
    d.table(["Date of service", "Code", "Service", "Billed", "Plan paid", "Member owes", "Code"],
            [[fmt_date(f["born"], ds), "99460", "Initial newborn care, hospital", fmt_money(exam, ms),
              fmt_money(exam * 0.55, ms), "$0.00", "PD"]], W, size=7.9, aligns="LLLRRRL")
    paras(d, [
        "#Explanation of codes",
        "NC1  Routine newborn circumcision is not a covered service under the Georgia Medicaid program and this "
        "plan. It is covered only when a doctor documents a medical need (for example, a urinary blockage). The "
        "provider was told before the service that it is not covered; if you signed a form agreeing to pay, the "
        "provider may bill you.",
        "PD  Paid at the Medicaid fee schedule. You owe nothing.",
        "#If you disagree with this decision",
        "You may ask for a plan appeal within 60 days of the date of this statement. Call Member Services or "
        "write to Appeals, Peachfield Community Medicaid Plan, PO Box 2240, Tamsworth, GA 31999. After the appeal "
        "you may ask for a State Fair Hearing. Free interpreter services are available."], size=8.8)
    t = truth("eob", "not_covered", insurer=plan, member_id=mid, member_name=f["baby"], case_numbers=[claim],
              claim_amount=f"{c1:.2f}", service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(),
              provider=ped, appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat())
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: commercial EOB, paid
def doc_commercial_paid(r):
    f = base(r)
    plan = "Buckeye Lantern Health Insurance Company"
    ds, ms = "slash", "nosign"
    ped = PEDS[1]
    claim = pat(r, "E99999999-99")
    mid, grp = pat(r, "BLH999999999"), pat(r, "99999")
    dos = f["born"] + dt.timedelta(days=1)
    c1 = fee(r, 420, 690)
    allowed = round(c1 * 0.62, 2)
    coins = round(allowed * 0.2, 2)
    d = Page(footer="Buckeye Lantern Health Insurance Company | Explanation of Benefits | Keep for your records")
    d.add_page()
    head(d, plan, ["PO Box 8080, New Lisbon, OH 43999", f"Questions: {f['phone']}"], 1)
    d.text_line("Explanation of Benefits - THIS IS NOT A BILL", 12.5, "B", "C")
    d.ln(2)
    kv(d, [("Date processed:", fmt_date(f["notice"], ds)), ("Subscriber:", f["mom"]), ("Patient:", f["baby"]),
           ("Relationship:", "Son"), ("Member ID:", mid), ("Group number:", grp), ("Claim number:", claim),
           ("Provider:", ped), ("Facility:", "New Lisbon Women's and Children's Pavilion")], w=40)
    d.table(["Service date", "Service", "Billed", "Discount", "Allowed", "Deductible", "Coinsurance",
             "Plan paid"],
            [[fmt_date(dos, ds), "54150 Circumcision, newborn", fmt_money(c1, ms), fmt_money(c1 - allowed, ms),
              fmt_money(allowed, ms), "0.00", fmt_money(coins, ms), fmt_money(allowed - coins, ms)],
             ["*Totals", "", fmt_money(c1, ms), fmt_money(c1 - allowed, ms), fmt_money(allowed, ms), "0.00",
              fmt_money(coins, ms), fmt_money(allowed - coins, ms)]],
            [22, 44, 20, 20, 18, 18, 20, 18], size=7.7, aligns="LLRRRRRR")
    paras(d, [
        f"Your share: {fmt_money(coins, 'plain')}. This is the most the provider can bill you for this claim.",
        "Your newborn was added to your coverage from the date of birth. Routine newborn circumcision is covered "
        "under your plan's Maternity and Newborn Care benefit when performed within 28 days of birth.",
        "#Deductible and out-of-pocket summary (family)",
        "Deductible met: 1,500.00 of 3,000.00. Out-of-pocket met: 2,114.20 of 7,000.00.",
        "#Your rights",
        "If you disagree with how this claim was processed you may appeal within 180 days after you receive this "
        "notice. You have the right to bring a civil action under ERISA section 502(a) after the appeal. Call the "
        "number above for help in Spanish, Chinese or other languages."], size=8.9)
    t = truth("eob", None, insurer=plan, member_id=mid, group_number=grp, member_name=f["baby"],
              case_numbers=[claim], claim_amount=f"{c1:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=ped, type_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: fax stack: state notice + practice statement
def doc_stack(r):
    f = base(r)
    agency = "Magnolia State Division of Medicaid"
    ds, ms = "long", "plain"
    ped = PEDS[2]
    practice = "Pinecrest Hollow Pediatrics"
    icn = pat(r, "9999999999999999")
    mid = pat(r, "999999999999")
    dos = f["born"] + dt.timedelta(days=2)
    c1 = fee(r, 300, 480)
    d = Page(footer="DOM-NDC-12 (rev. 2024)   Notice of Denied Claim   Page {p} of {n}")
    d.add_page()
    head(d, "MAGNOLIA STATE DIVISION OF MEDICAID", ["Office of Beneficiary Services, 550 High Street, Pinecrest "
                                                     "Hollow, MS 39999", f"Beneficiary line {f['phone']}"], 1)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(2)
    address_block(d, [f"Parent or guardian of {f['baby']}", *f["addr"]])
    d.text_line("NOTICE OF DENIED CLAIM", 12.5, "B")
    kv(d, [("Beneficiary:", f["baby"]), ("Medicaid number:", mid), ("Internal control number:", icn),
           ("Provider:", f"{ped}, {practice}"), ("Date of service:", fmt_date(dos, ds)),
           ("Procedure:", "54150 newborn circumcision"), ("Amount billed:", fmt_money(c1, ms)),
           ("Amount paid:", "$0.00")], w=50)
    paras(d, [
        "The Division has denied payment for this service. Elective or routine circumcision is not a covered "
        "Medicaid service (Administrative Code Part 200, Rule 1.3, non-covered services). Circumcision is covered "
        "only when it is medically necessary to treat a disease, and the claim did not show such a reason.",
        "Your right to a hearing: if you think this decision is wrong, you may ask for an administrative hearing "
        "within 30 days of the date of this notice. Call the Beneficiary line or write to the Office of Appeals "
        "at the address above. You may bring someone to help you.",
        "Medicaid providers may not charge beneficiaries for covered services. For a non-covered service, a "
        "provider may bill you only if you agreed in writing before the service."], size=9.2)
    t1 = truth("denial_letter", "not_covered", insurer=agency, member_id=mid, member_name=f["baby"],
               case_numbers=[icn], claim_amount=f"{c1:.2f}", service_dates=[dos.isoformat()],
               denial_date=f["notice"].isoformat(), provider=ped,
               appeal_deadline=(f["notice"] + dt.timedelta(days=30)).isoformat(),
               alternates={"provider": [practice]}, type_alternates=["eob"])
    pdf1 = pdf_bytes(d)
    st = f["notice"] + dt.timedelta(days=r.randint(10, 18))
    acct = pat(r, "99999")
    d = Page()
    d.add_page()
    head(d, practice, ["71 Magnolia Bend, Pinecrest Hollow, MS 39999", "Billing 1-555-391-2077  Fax 1-555-391-2078"],
         0)
    d.text_line("STATEMENT", 13, "B")
    kv(d, [("Statement date:", fmt_date(st, ds)), ("Guarantor:", f["mom"]), ("Patient:", f["baby"]),
           ("Account no.:", acct), ("Due date:", fmt_date(st + dt.timedelta(days=30), ds))], w=40)
    d.table(["Date", "Description", "Provider", "Charges", "Payments", "Balance"],
            [[fmt_date(dos, "slash"), "54150 Circumcision, newborn", "XRO", fmt_money(c1, ms),
              "$0.00", fmt_money(c1, ms)],
             [fmt_date(dos + dt.timedelta(days=30), "slash"), "Medicaid denied - non-covered", "", "", "$0.00",
              fmt_money(c1, ms)],
             ["*Please pay", "", "", "", "", fmt_money(c1, ms)]],
            [24, 66, 20, 24, 22, 24], size=8.3, aligns="LLLRRR")
    paras(d, [
        "Medicaid does not cover routine newborn circumcision. Before the procedure you signed our notice of a "
        "non-covered service agreeing to pay our self-pay rate. Call us to set up a payment plan of up to 6 months "
        "with no interest."], size=9.4)
    t2 = truth("other", None, member_name=f["baby"], claim_amount=f"{c1:.2f}", service_dates=[dos.isoformat()],
               denial_date=st.isoformat(), provider=practice, unscored=["insurer", "member_id"],
               alternates={"provider": [ped]})
    return [(pdf1, t1), (pdf_bytes(d), t2)]


# ---------------------------------------------------------------- 3: Spanish Medicaid EOB
def doc_spanish(r):
    f = base(r, es=True)
    plan = "Plan de Salud Comunitario Rio Bravo"
    ds, ms = "es", "plain"
    ped = "Dra. Maribel T. Arizmendi"
    hosp = "Hospital Materno Infantil del Valle"
    claim = pat(r, "RB-99999999")
    mid = pat(r, "999999999")
    dos = f["born"] + dt.timedelta(days=1)
    c1 = fee(r, 350, 560)
    d = Page(footer="Plan de Salud Comunitario Rio Bravo - Explicación de Beneficios - Esto no es una factura")
    d.add_page()
    head(d, plan, ["Plan de Medicaid administrado - Apartado Postal 4410, Laredo, TX 78040",
                   f"Servicios al Miembro {f['phone']} (TTY 711)"], 2)
    d.text_line("EXPLICACIÓN DE BENEFICIOS", 13, "B")
    d.ln(1)
    kv(d, [("Fecha del aviso:", fmt_date(f["notice"], ds)), ("Miembro:", f["baby"]),
           ("Número de Medicaid:", mid), ("Madre / titular del caso:", f["mom"]),
           ("Fecha de nacimiento:", fmt_date(f["born"], "es_abbr")), ("Número de reclamo:", claim),
           ("Proveedor:", ped), ("Lugar:", hosp)], w=52)
    d.table(["Fecha de servicio", "Código", "Servicio", "Cobrado", "Pagado", "Usted debe", "Nota"],
            [[fmt_date(dos, "es_abbr"), "54150", "Circuncisión del recién nacido", fmt_money(c1, ms), "$0.00",
              "$0.00", "NC"]],
            [28, 16, 58, 22, 18, 20, 12], size=8, aligns="LLLRRRL")
    paras(d, [
        "#Nota NC",
        "La circuncisión de rutina del recién nacido no es un servicio cubierto por Medicaid de Texas ni por este "
        "plan. Solo se cubre cuando el médico documenta una necesidad médica. Usted no tiene que pagar, a menos que "
        "haya firmado antes del servicio un formulario aceptando pagarlo.",
        "#Si no está de acuerdo",
        "Usted puede pedir una apelación dentro de los 60 días a partir de la fecha de este aviso. Llame a "
        "Servicios al Miembro o escriba a Apelaciones, Apartado Postal 4420, Laredo, TX 78040. Después de la "
        "apelación puede pedir una audiencia imparcial del estado. Los servicios de intérprete son gratis."],
        size=9.2)
    t = truth("eob", "not_covered", lang="es", insurer=plan, member_id=mid, member_name=f["baby"],
              case_numbers=[claim], claim_amount=f"{c1:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=ped,
              appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(), alternates={"provider": [hosp]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: Medicaid plan appeal upheld
def doc_appeal(r):
    f = base(r)
    plan = "Bluegrass Horizon Medicaid Health Plan"
    ds, ms = "abbr", "usd"
    ped = PEDS[1]
    appeal, claim = pat(r, "GA-2026-99999"), pat(r, "99999999999")
    mid = pat(r, "9999999999")
    dos = f["born"] + dt.timedelta(days=2)
    c1 = fee(r, 310, 470)
    d = Page(footer="Bluegrass Horizon Medicaid Health Plan  |  Grievances and Appeals  |  Page {p} of {n}")
    d.add_page()
    head(d, plan, ["Grievances and Appeals, 19 Limestone Pike, Cold Spring Gap, KY 41999",
                   f"{f['phone']}  |  Fax 1-555-740-3302"], 0)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(2)
    address_block(d, [f["mom"], f"for {f['baby']}", *f["addr"]])
    d.text_line("Notice of Appeal Resolution", 12.5, "B")
    kv(d, [("Member:", f["baby"]), ("Member ID:", mid), ("Appeal number:", appeal), ("Claim number:", claim),
           ("Provider:", ped), ("Delivering physician:", OBS[0]), ("Date of service:", fmt_date(dos, ds)),
           ("Billed amount:", fmt_money(c1, ms))], w=44)
    paras(d, [
        f"Dear {f['mom'].split()[0]} {f['mom'].split()[-1]}:",
        f"You appealed our decision not to pay for the circumcision your son received. A pediatric urologist who "
        "was not part of the first decision reviewed the hospital and office records.",
        "#Decision: we upheld our denial",
        "Kentucky Medicaid and this plan do not cover routine circumcision. It is covered when it treats a "
        "medical condition such as phimosis that causes urinary blockage, repeated infections or balanitis. The "
        "records describe a routine procedure at the parents' request on the second day of life, with a normal "
        "newborn exam. No medical condition was documented, so the service remains not covered.",
        "#What you can do next",
        "You may ask for a State Fair Hearing within 120 days of the date of this notice. Call us and we will help "
        "you with the request. You can ask for free copies of the records and rules used in this decision.",
        "Ambrosia N. Talbot, MD, Medical Director"], size=9.3)
    t = truth("denial_letter", "not_covered", insurer=plan, member_id=mid, member_name=f["baby"],
              case_numbers=[appeal, claim], claim_amount=f"{c1:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=ped, alternates={"case_numbers": [[appeal]]},
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: commercial EOB, newborn not enrolled
def doc_not_enrolled(r):
    f = base(r)
    plan = "Wickham Shield Assurance Co."
    ds, ms = "dmy", "bare"
    ped = PEDS[0]
    claim = pat(r, "WS99999999")
    mid, grp = pat(r, "WSA-9999999-01"), pat(r, "GR-99999")
    dos = f["born"] + dt.timedelta(days=1)
    c1, c2 = fee(r, 380, 590), fee(r, 60, 120)
    total = round(c1 + c2, 2)
    d = Page(footer="Wickham Shield Assurance Co. - Explanation of Benefits")
    d.add_page()
    head(d, plan, ["Claims, 2400 Saltmarsh Avenue, Tamsworth, GA 31999", f"Customer line {f['phone']}"], 2)
    d.boxes([("Date of this statement", fmt_date(f["notice"], ds), 40), ("Subscriber", f["mom"], 54),
             ("ID number", mid, 44), ("Group", grp, 32)], h=11)
    d.boxes([("Patient", f["baby"], 54), ("Claim no.", claim, 40), ("Provider", ped, 76)], h=11)
    d.ln(4)
    d.table(["Dates", "Description", "Billed", "Not payable", "Paid", "Remark"],
            [[fmt_date(dos, ds), "54150 Newborn circumcision", fmt_money(c1, ms), fmt_money(c1, ms), "0.00", "E31"],
             [fmt_date(dos, ds), "J2001 Lidocaine (dorsal block)", fmt_money(c2, ms), fmt_money(c2, ms), "0.00",
              "E31"],
             ["*Total", "", fmt_money(total, ms), fmt_money(total, ms), "0.00", ""]],
            [26, 70, 22, 24, 18, 20], size=8.3, aligns="LLRRRL")
    paras(d, [
        "#Remark E31",
        "The patient is not enrolled under this policy for the date of service. A newborn child is covered for "
        "the first 31 days after birth only if the subscriber adds the child to the policy within 31 days of the "
        "birth. We have no enrollment for this child. If you added your son in time, call us and we will "
        "reprocess the claim; otherwise this charge is your responsibility.",
        "#Appeal rights",
        "You may request an appeal within 180 days of the date of this statement. Send it to Wickham Shield "
        "Assurance Co., Appeals Unit, PO Box 909, Tamsworth, GA 31999."], size=9)
    t = truth("eob", "eligibility", insurer=plan, member_id=mid, group_number=grp, member_name=f["baby"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=ped,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat())
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: provider remittance notice (CARC 96)
def doc_remit(r):
    f = base(r)
    plan = "Lakeshore Keystone Medicaid Managed Care"
    ds, ms = "iso", "nosign"
    hosp = "Saint Brendan Birthing Center"
    icn, other_icn = pat(r, "99999999999999"), pat(r, "99999999999999")
    mid = pat(r, "99999999A")
    dos = f["born"] + dt.timedelta(days=1)
    c1 = fee(r, 520, 880)
    oc = fee(r, 2400, 3900)
    d = Page(footer="Lakeshore Keystone Medicaid Managed Care - Provider Remittance Notice - Page {p} of {n}")
    d.add_page()
    head(d, plan, ["Provider Claims, 900 Harbor Light Drive, New Lisbon, OH 43999",
                   f"Provider Services {f['phone']}"], 1)
    d.text_line("PROVIDER REMITTANCE NOTICE", 12.5, "B", "C")
    d.ln(2)
    kv(d, [("Payee:", hosp), ("Payee NPI:", f["npi"]), ("Remit date:", fmt_date(f["notice"], ds)),
           ("Check / EFT no.:", pat(r, "EFT99999999")), ("Payment total:", fmt_money(oc * 0.48, ms))], w=38)
    W = [30, 34, 22, 24, 20, 20, 26]
    d.text_line(f"Patient: {f['baby']}   Member ID: {mid}   ICN: {icn}", 8.8, "B")
    d.table(["Service date", "Rev/CPT", "Units", "Billed", "Allowed", "Paid", "Adj (CARC)"],
            [[fmt_date(dos, ds), "0361 / 54150", "1", fmt_money(c1, ms), "0.00", "0.00", f"CO-96 {fmt_money(c1, ms)}"],
             ["*Claim total", "", "", fmt_money(c1, ms), "0.00", "0.00", ""]], W, size=7.9, aligns="LLRRRRL")
    d.text_line(f"Patient: {f['mom']}   ICN: {other_icn}", 8.8, "B")
    d.table(["Service date", "Rev/CPT", "Units", "Billed", "Allowed", "Paid", "Adj (CARC)"],
            [[fmt_date(f["born"] - dt.timedelta(days=1), ds), "0720 / 59400", "1", fmt_money(oc, ms),
              fmt_money(oc * 0.48, ms), fmt_money(oc * 0.48, ms), f"CO-45 {fmt_money(oc * 0.52, ms)}"]],
            W, size=7.9, aligns="LLRRRRL")
    paras(d, [
        "#Adjustment and remark codes",
        "CO-96  Non-covered charge(s). N130 Consult plan benefit documents/guidelines for information about "
        "restrictions for this service. Routine newborn circumcision is excluded from the Ohio Medicaid benefit "
        "package and this plan's provider agreement. Do not bill the member unless a signed non-covered service "
        "waiver is on file.",
        "CO-45  Charge exceeds fee schedule/maximum allowable.",
        "#Claim disputes",
        "Providers may file a claim dispute or appeal within 60 days of the remit date. Submit through the "
        "provider portal or mail to Provider Disputes, 900 Harbor Light Drive, New Lisbon, OH 43999."], size=8.8)
    t = truth("eob", "not_covered", insurer=plan, member_id=mid, member_name=f["baby"], case_numbers=[icn],
              claim_amount=f"{c1:.2f}", service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(),
              provider=hosp, appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat())
    return pdf_bytes(d), t


PLAN = [
    ("bd_medicaid_mco_member_eob_not_covered", "born_digital", doc_mco_eob, None),
    ("scan300_commercial_eob_paid", "scan_clean_300", doc_commercial_paid, None),
    ("faxstd_stack_cover_state_notice_practice_statement", "fax_standard_g4", doc_stack, ["cover", None]),
    ("photo_es_medicaid_eob_no_cubierto", "phone_photo", doc_spanish, None),
    ("copy_medicaid_appeal_upheld_no_phimosis", "photocopy", doc_appeal, None),
    ("lowres_commercial_eob_newborn_not_enrolled", "scan_lowres_150", doc_not_enrolled, None),
    ("rotated_provider_remittance_carc96", "rotated", doc_remit, None),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build, seps) in enumerate(PLAN):
        out = build(random.Random(SEED + i))
        docs = out if isinstance(out, list) else [out]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
