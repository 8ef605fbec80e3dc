"""Family 'breast_cancer_recurrence_score_assay_denial': invented EOBs, claim statements, a laboratory's billing
letter and a Medicaid claim notice on breast cancer gene expression recurrence assays (CPT 81519, 21-gene recurrence
score; CPT 81518, 11-gene recurrence risk) billed by reference laboratories.

Cases: an EOB denying 81519 for a node-positive cancer (4 positive nodes); the laboratory's billing letter to the
patient after the insurer denied the test because the tumour was too small (0.4 cm); a claim statement denying
81518 because a 21-gene assay was already done on the same tumour; an EOB with a paid surgeon visit and the denied
81519 claim (tumour 0.5 cm or smaller); a Spanish EOB denying 81519 for 4 positive nodes; a paid EOB for 81518 after
precertification (no denial); a Medicaid managed-care notice denying the laboratory's 81519 claim for no prior
authorization.

Mostly EOBs and statements, modelled loosely on published commercial EOBs, laboratory patient billing letters
and Medicaid notices of adverse benefit determination. All values invented: plans, laboratories, physicians,
people, IDs, amounts; phones 1-555. Decoys: ordering oncologists and surgeons, pathologists, NPIs, dates of birth,
surgery / report / received dates, accession and patient account numbers, an earlier paid claim, allowed / paid /
you-owe amounts, payment-due dates.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "breast_cancer_recurrence_score_assay_denial"
LANG = "en"
SEED = 260600
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


def banner(d, name, sub, style=0):
    if style == 0:
        d.set_fill_color(222, 222, 222)
        d.font(14, "B")
        d.cell(0, 10, "  " + name, fill=True, new_x="LMARGIN", new_y="NEXT")
        d.text_line("  " + sub, 8.4)
        d.ln(3)
    elif style == 1:
        d.text_line(name, 13.5, "B", "R")
        d.text_line(sub, 8.4, "", "R")
        d.rule(0.6, 4)
    else:
        d.text_line(name.upper(), 12, "B")
        d.text_line(sub, 8.4)
        d.rule(0.3, 4)


def kv(d, rows, w=46, size=9.4):
    for a, b in rows:
        d.font(size, "B")
        d.cell(w, size * 0.55, a)
        d.font(size)
        d.cell(0, size * 0.55, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def paras(d, items, size=9.4):
    for p in items:
        if p.startswith("#"):
            d.text_line(p[1:], size + 0.6, "B")
            d.ln(0.8)
        else:
            d.para(p, size)


FIRST = ["Rosalind", "Philippa", "Henrietta", "Clementine", "Ottilie", "Marguerite", "Delphine", "Seraphina",
         "Winifred", "Beatrix"]
LAST = ["Ashcombe", "Bellingrath", "Crossley", "Duquesne", "Everhart", "Fallowfield", "Grisham-Toll", "Harrowby",
        "Inglethorpe", "Jessamy"]
FIRST_ES = ["Maribel", "Consuelo", "Yadira", "Rosaura", "Esperanza"]
LAST_ES = ["Altagracia", "Bermúdez", "Cintrón", "Dávila", "Espada"]
CITIES = ["Kestrel Hollow, NH 03099", "Marrowby, MO 63099", "Pennock Springs, ID 83099", "Dunmore Flats, OK 74099"]
CITIES_ES = ["Bayamón Norte, PR 00999", "San Lorenzo Viejo, PR 00998"]
STREETS = ["Thornapple Lane", "Cobbler's Way", "Marigold Terrace", "Saltbox Road", "Weatherly Avenue"]
LABS = ["Castellane Genomic Laboratories", "Halcyon Molecular Oncology Laboratory",
        "Verdigris Precision Diagnostics, LLC"]
ONCOLOGISTS = ["Dr. Henrietta C. Vollmer", "Dr. Anand R. Tresize", "Dr. Bartholomew E. Quarrie",
               "Dra. Yesenia M. Calderón-Ruiz"]
SURGEONS = ["Dr. Clement O. Marwick", "Dr. Ines T. Holmgaard", "Dr. Rafferty J. Lusk"]
A19 = "Onc breast mRNA 21 genes, recurrence score"
A18 = "Onc breast mRNA 11 genes, recurrence risk"


def base(r, lang="en"):
    notice = dt.date(2026, 2, 23) + dt.timedelta(days=r.randint(0, 170))
    es = lang == "es"
    return dict(notice=notice,
                member=f"{r.choice(FIRST_ES if es else FIRST)} {r.choice(MI)}. {r.choice(LAST_ES if es else LAST)}",
                addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", r.choice(CITIES_ES if es else CITIES)),
                phone=ph(r), npi=npi(r), dob=dt.date(r.randint(1950, 1980), r.randint(1, 12), r.randint(1, 28)))


# ---------------------------------------------------------------- 0: EOB, 81519 denied, 4 positive nodes
def doc_eob_nodes(r):
    f = base(r)
    plan = "Maple Hollow Health Insurance Co."
    lab, onc = LABS[0], ONCOLOGISTS[0]
    dos = f["notice"] - dt.timedelta(days=r.randint(30, 60))
    ch = fee(r, 3900, 4600)
    claim = pat(r, "MH9999999999")
    mid, grp = pat(r, "MHX999999999"), pat(r, "99999-999")
    ds, ms = "upper", "plain"
    d = Page(footer="Maple Hollow Health Insurance Co.  -  Explanation of Benefits  -  {p}/{n}")
    d.add_page()
    banner(d, plan, f"PO Box 22040, Marrowby, MO 63099   |   Member services {f['phone']}", 0)
    d.text_line("EXPLANATION OF BENEFITS", 12.5, "B")
    d.text_line("This is not a bill. Keep this statement for your records.", 8.6)
    d.ln(2)
    d.boxes([("Statement date", fmt_date(f["notice"], ds), 38), ("Patient", f["member"], 62),
             ("Subscriber no.", mid, 42), ("Group no.", grp, 38)])
    d.boxes([("Claim no.", claim, 42), ("Performing laboratory", lab, 80), ("Received", fmt_date(
        f["notice"] - dt.timedelta(days=r.randint(10, 20)), ds), 58)])
    d.ln(3)
    d.text_line(f"Ordering physician: {onc}  (NPI {f['npi']})", 8.8)
    d.ln(2)
    d.table(["Service date", "CPT", "Description", "Billed", "Allowed", "Paid", "You owe", "Remark"],
            [[fmt_date(dos, ds), "81519", A19, fmt_money(ch, ms), fmt_money(0, ms), fmt_money(0, ms),
              fmt_money(0, ms), "GX4"],
             ["*Claim totals", "", "", fmt_money(ch, ms), fmt_money(0, ms), fmt_money(0, ms), fmt_money(0, ms), ""]],
            [24, 13, 62, 20, 17, 15, 16, 13], size=7.5, aligns="LLLRRRRL")
    paras(d, [
        "#Remark GX4",
        "Not medically necessary. The 21-gene recurrence score assay (81519) is covered for early-stage, hormone "
        "receptor-positive, HER2-negative invasive breast cancer that is node-negative or has 1 to 3 positive "
        "axillary lymph nodes. The pathology report sent with this claim shows 4 positive lymph nodes (pN2a). The "
        "test does not meet the plan's coverage criteria. A network laboratory may not bill you for this service.",
        "#Your benefits so far this year",
        "Deductible: $1,250.00 of $2,500.00 met.    Out-of-pocket: $3,006.12 of $7,000.00 met.",
        "#If you disagree",
        "You can appeal this decision. Your appeal must be received within 180 days of the date of this "
        "statement. Write to Maple Hollow Appeals, PO Box 22077, Marrowby, MO 63099, or call "
        f"{f['phone']}. You may request, free of charge, the criteria used in this decision. You may also have "
        "the right to an external review by an independent organization."])
    t = truth("eob", "medical_necessity", insurer=plan, member_id=mid, group_number=grp, member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{ch:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=lab,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat())
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: laboratory billing letter to the patient
def doc_lab_letter(r):
    f = base(r)
    insurer = "Bramblecrest Health"
    lab, onc = LABS[1], ONCOLOGISTS[1]
    dos = f["notice"] - dt.timedelta(days=r.randint(60, 90))
    ch = fee(r, 3900, 4600)
    claim, accession, acct = pat(r, "BC-9999999999"), pat(r, "HMO-99-999999"), pat(r, "999999")
    mid = pat(r, "BRH999999999")
    due = f["notice"] + dt.timedelta(days=30)
    ds = "long"
    d = Page(footer=f"{lab}  -  Patient Billing  -  1-555-630-4410")
    d.add_page()
    banner(d, lab, "Patient Billing Office  |  77 Cobbler's Way, Pennock Springs, ID 83099  |  1-555-630-4410", 1)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    for s in (f["member"], *f["addr"]):
        d.text_line(s, 10)
    d.ln(4)
    d.text_line("Important information about your bill", 12, "B")
    d.ln(1)
    kv(d, [("Patient:", f["member"]), ("Patient account:", acct), ("Accession number:", accession),
           ("Test:", "21-gene breast recurrence score (CPT 81519)"), ("Date of collection:", fmt_date(dos, ds)),
           ("Ordering physician:", onc), ("Insurance:", insurer), ("Insurance member ID:", mid),
           ("Insurance claim number:", claim), ("Total charges:", fmt_money(ch)),
           ("Insurance payment:", "$0.00"), ("Balance:", fmt_money(ch))], w=50, size=9.6)
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]},",
        f"Thank you for choosing {lab}. Your doctor ordered a 21-gene recurrence score test on the tumour removed "
        "at your breast surgery. We billed your insurance company for the test.",
        f"{insurer} has denied the claim. According to their explanation, the test is not medically necessary "
        "because the invasive tumour measured 0.4 cm, and their policy covers the test only for tumours larger "
        "than 0.5 cm. We do not agree with this decision and have sent a first appeal with a letter from your "
        "oncologist.",
        "While the appeal is open you do not need to pay anything. If the appeal is not successful, you may be "
        "responsible for the balance above. Our financial assistance program can reduce or remove the balance "
        "for most patients; the application takes about 10 minutes.",
        f"Please call us at 1-555-630-4410 by {fmt_date(due, ds)} if you would like to apply for financial "
        "assistance, set up a payment plan, or if you have other insurance we should bill.",
        "Sincerely,", "Patient Advocacy Team"], size=9.8)
    t = truth("other", None, insurer=insurer, member_id=mid, member_name=f["member"], case_numbers=[claim],
              claim_amount=f"{ch:.2f}", service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(),
              provider=lab, unscored=["insurer"], type_alternates=["denial_letter"],
              denial_alternates=["medical_necessity"],
              alternates={"case_numbers": [[claim, accession], []]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: claim statement, 81518 after 81519 done
def doc_already_done(r):
    f = base(r)
    plan = "Greyhaven Mutual Health"
    lab, onc = LABS[2], ONCOLOGISTS[2]
    prior_dos = f["notice"] - dt.timedelta(days=r.randint(120, 160))
    dos = f["notice"] - dt.timedelta(days=r.randint(25, 45))
    ch = fee(r, 3600, 4400)
    prior_claim, claim = pat(r, "GM-99999999"), pat(r, "GM-99999999")
    mid, grp = pat(r, "GMH99999999"), pat(r, "9999")
    ds, ms = "mdy_nopad", "usd"
    d = Page()
    d.add_page()
    banner(d, plan, f"Claims Department  -  PO Box 5090, Dunmore Flats, OK 74099  -  Tel {f['phone']}", 2)
    d.text_line("Claim Detail Statement", 13, "B")
    d.ln(1)
    kv(d, [("Date of statement", fmt_date(f["notice"], ds)), ("Patient", f["member"]), ("Subscriber No.", mid),
           ("Group No.", grp), ("Claim No.", claim), ("Performing lab", lab), ("Ordered by", onc),
           ("Date of birth", fmt_date(f["dob"], ds))], w=40, size=9.2)
    d.table(["From", "Procedure", "Charge", "Not covered", "Benefit", "Code"],
            [[fmt_date(dos, ds), "81518 11-gene recurrence risk", fmt_money(ch, ms), fmt_money(ch, ms), fmt_money(0, ms), "D17"],
             ["*Totals", "", fmt_money(ch, ms), fmt_money(ch, ms), fmt_money(0, ms), ""]],
            [24, 66, 28, 28, 22, 14], size=8, aligns="LLRRRL")
    paras(d, [
        "#Code D17",
        "Not covered. The plan covers one tumour gene expression recurrence test for each primary breast cancer. "
        f"A 21-gene recurrence score test (81519) for the same tumour was processed on claim {prior_claim} for "
        f"the service date {fmt_date(prior_dos, ds)}. A second assay on the same tumour is not covered, and is not "
        "medically necessary because its result would not change treatment.",
        "The laboratory participates with Greyhaven and may not bill you for this amount.",
        "#Appeal",
        "If you do not agree, you may ask for a review within 180 days of the date of this statement. Send a "
        "letter with this statement and any records to Greyhaven Appeals, PO Box 5099, Dunmore Flats, OK 74099."],
        size=9.2)
    t = truth("eob", "not_covered", insurer=plan, member_id=mid, group_number=grp, member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{ch:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=lab,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              denial_alternates=["medical_necessity", "other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: EOB, two claims, tumour too small
def doc_eob_small(r):
    f = base(r)
    plan = "Aurelian Life & Health Assurance Co."
    lab, surg, onc = LABS[0], SURGEONS[0], ONCOLOGISTS[0]
    dos = f["notice"] - dt.timedelta(days=r.randint(30, 50))
    visit = dos + dt.timedelta(days=r.randint(5, 12))
    ch = fee(r, 3900, 4600)
    v_ch = fee(r, 180, 290)
    c_visit, claim = pat(r, "99999999999"), pat(r, "99999999999")
    mid, grp = "AUR-" + pat(r, "99999-99"), "AL" + pat(r, "999999")
    ds, ms = "dmy", "nosign"
    d = Page(footer="Aurelian Life & Health Assurance Co. - Member EOB - page {p} of {n}")
    d.add_page()
    banner(d, plan, f"Health Claims Office, 9 Weatherly Avenue, Kestrel Hollow, NH 03099  -  {f['phone']}", 1)
    d.text_line("Your Explanation of Benefits", 13, "B")
    kv(d, [("Issued:", fmt_date(f["notice"], ds)), ("Patient:", f["member"]), ("Member ID:", mid),
           ("Group:", grp)], w=30, size=9.4)
    va = round(v_ch * 0.6, 2)
    d.text_line(f"Claim {c_visit}  -  {surg}, surgical oncology  -  office visit", 9, "B")
    d.table(["Service", "Code", "Charged", "Allowed", "Plan paid", "Your share", "See note"],
            [[fmt_date(visit, ds), "99213", fmt_money(v_ch, ms), fmt_money(va, ms), fmt_money(va - 30, ms),
              fmt_money(30, ms), "A"]], [26, 16, 24, 24, 24, 24, 18], size=8, aligns="LLRRRRL")
    d.text_line(f"Claim {claim}  -  {lab}  -  laboratory (ordered by {onc})", 9, "B")
    d.table(["Service", "Code", "Charged", "Allowed", "Plan paid", "Your share", "See note"],
            [[fmt_date(dos, ds), "81519", fmt_money(ch, ms), fmt_money(0, ms), fmt_money(0, ms), fmt_money(0, ms),
              "K2"], ["*Claim total", "", fmt_money(ch, ms), fmt_money(0, ms), fmt_money(0, ms), fmt_money(0, ms),
                      ""]], [26, 16, 24, 24, 24, 24, 18], size=8, aligns="LLRRRRL")
    paras(d, [
        "#Notes",
        "A  Paid according to your specialist office visit benefit ($30.00 copay).",
        "K2  Denied: not medically necessary. Gene expression recurrence testing for breast cancer is covered when "
        "the invasive tumour is larger than 0.5 cm (or 0.5 cm or smaller with unfavourable features). The "
        "pathology report shows a 0.4 cm, grade 1 tumour (pT1a) with no unfavourable features.",
        "#Appeals",
        "You have the right to appeal. Submit your request in writing within 180 days of the date of this "
        "statement to Aurelian Appeals, PO Box 118, Kestrel Hollow, NH 03099. Questions: " + f["phone"] + "."],
        size=9.2)
    t = truth("eob", "medical_necessity", insurer=plan, member_id=mid, group_number=grp, member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{ch:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=lab,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat())
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: Spanish EOB, ganglios positivos
def doc_es(r):
    f = base(r, "es")
    plan = "Cobertura Médica del Sol, Inc."
    lab, onc = LABS[1], ONCOLOGISTS[3]
    dos = f["notice"] - dt.timedelta(days=r.randint(30, 55))
    ch = fee(r, 3900, 4600)
    claim = pat(r, "CMD-99999-9999")
    mid, grp = pat(r, "SOL999999999"), pat(r, "99999")
    ds, ms = "es", "plain"
    d = Page(footer="Cobertura Médica del Sol, Inc.  -  Explicación de Beneficios  -  página {p} de {n}")
    d.add_page()
    banner(d, plan, f"Apartado 9044, Bayamón Norte, PR 00999  |  Servicio al Cliente {f['phone']}", 0)
    d.text_line("EXPLICACIÓN DE BENEFICIOS", 12.5, "B")
    d.text_line("ESTO NO ES UNA FACTURA", 9, "B")
    d.ln(2)
    kv(d, [("Fecha del estado:", fmt_date(f["notice"], ds)), ("Paciente:", f["member"]),
           ("Número de asegurado:", mid), ("Grupo:", grp), ("Número de reclamación:", claim),
           ("Laboratorio:", lab), ("Médico que ordenó:", onc),
           ("Fecha de nacimiento:", fmt_date(f["dob"], "slash"))], w=50, size=9.3)
    d.table(["Fecha de servicio", "Código", "Servicio", "Cargo", "Permitido", "Pagado", "Usted debe", "Nota"],
            [[fmt_date(dos, ds), "81519", "Prueba genómica 21 genes", fmt_money(ch, ms), fmt_money(0, ms),
              fmt_money(0, ms), fmt_money(0, ms), "N4"]],
            [34, 14, 44, 20, 18, 16, 18, 12], size=7.4, aligns="LLLRRRRL")
    paras(d, [
        "#Nota N4",
        "Denegado: no es médicamente necesario. La prueba de puntuación de recurrencia de 21 genes (81519) se cubre "
        "para cáncer de mama invasivo temprano, con receptores hormonales positivos y HER2 negativo, sin ganglios "
        "afectados o con 1 a 3 ganglios linfáticos positivos. El informe de patología muestra 4 ganglios "
        "positivos, por lo que la prueba no cumple los criterios de cobertura. El laboratorio de la red no le "
        "puede cobrar este servicio.",
        "#Su derecho a apelar",
        "Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de este estado. Escriba a "
        "Apelaciones, Cobertura Médica del Sol, Apartado 9088, Bayamón Norte, PR 00999, o llame al "
        f"{f['phone']}. Puede pedir gratis una copia de los criterios usados. También puede tener derecho a una "
        "revisión externa independiente."], size=9.2)
    t = truth("eob", "medical_necessity", lang="es", insurer=plan, member_id=mid, group_number=grp,
              member_name=f["member"], case_numbers=[claim], claim_amount=f"{ch:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=lab,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat())
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: paid EOB, 81518 after precertification
def doc_paid(r):
    f = base(r)
    plan = "Thistledown Health Plan"
    lab, onc = LABS[2], ONCOLOGISTS[1]
    dos = f["notice"] - dt.timedelta(days=r.randint(25, 45))
    ch = fee(r, 3600, 4400)
    claim, auth = pat(r, "TD999999999"), pat(r, "PC99999999")
    mid, grp = pat(r, "THP99999999"), pat(r, "G-99999")
    ds, ms = "slash", "space"
    al = round(ch * 0.78, 2)
    d = Page()
    d.add_page()
    banner(d, plan, f"Member Claims  |  PO Box 330, Pennock Springs, ID 83099  |  {f['phone']}", 2)
    d.text_line("EXPLANATION OF BENEFITS  -  NOT A BILL", 12, "B")
    d.ln(1)
    d.boxes([("Date processed", fmt_date(f["notice"], ds), 36), ("Patient", f["member"], 62),
             ("Subscriber no.", mid, 42), ("Group", grp, 36)])
    d.boxes([("Claim no.", claim, 40), ("Laboratory", lab, 86), ("Precertification", auth, 50)])
    d.ln(3)
    d.text_line(f"Ordering physician: {onc}", 8.8)
    d.ln(2)
    d.table(["Date of service", "CPT", "Description", "Billed", "Allowed", "Plan paid", "Your share"],
            [[fmt_date(dos, ds), "81518", "Onc breast mRNA 11 genes", fmt_money(ch, ms), fmt_money(al, ms), fmt_money(al * 0.9, ms),
              fmt_money(al * 0.1, ms)],
             ["*Total", "", "", fmt_money(ch, ms), fmt_money(al, ms), fmt_money(al * 0.9, ms),
              fmt_money(al * 0.1, ms)]], [27, 13, 56, 22, 22, 22, 20], size=7.8, aligns="LLLRRRR")
    paras(d, [
        "This claim was approved under the precertification shown above and paid at the in-network benefit. "
        "Your share is your 10% coinsurance; the laboratory may bill you only for that amount.",
        "Deductible met for 2026: $1,000.00 of $1,000.00.",
        "Review rights: if you believe this claim was processed incorrectly, you may ask for a review within 180 "
        f"days of the date of this statement. Call {f['phone']} or write to the address above."], size=9.2)
    t = truth("eob", None, insurer=plan, member_id=mid, group_number=grp, member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{ch:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=lab,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"case_numbers": [[claim, auth]], "appeal_deadline": [None]},
              type_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: Medicaid MCO claim notice, no prior auth
def doc_medicaid(r):
    f = base(r)
    org, product = "Ridgemoor Community Care Plan, Inc.", "Ridgemoor Community Care (Medicaid)"
    lab, onc = LABS[0], ONCOLOGISTS[2]
    dos = f["notice"] - dt.timedelta(days=r.randint(35, 60))
    ch = fee(r, 3900, 4600)
    claim = pat(r, "9999999999999")
    mid = pat(r, "99999999A")
    ds = "long"
    d = Page(footer="Ridgemoor Community Care Plan, Inc. - a Medicaid managed care plan - Page {p} of {n}")
    d.add_page()
    banner(d, org, f"{product}  |  1200 Saltbox Road, Kestrel Hollow, NH 03099  |  Member Services {f['phone']}", 2)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    for s in (f["member"], *f["addr"]):
        d.text_line(s, 10)
    d.ln(4)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION - CLAIM", 12, "B")
    d.ln(1)
    kv(d, [("Member:", f["member"]), ("Medicaid ID:", mid), ("Claim:", claim), ("Provider who billed:", lab),
           ("Doctor who ordered the test:", onc), ("Service:", "81519 - 21-gene breast cancer recurrence test"),
           ("Date of service:", fmt_date(dos, ds)), ("Amount billed:", fmt_money(ch))], w=58, size=9.5)
    paras(d, [
        "#What we decided",
        "We denied payment for the service listed above. This test needs prior authorization (approval before the "
        "test is done). The laboratory did not ask us for approval, and we have no authorization on file for this "
        "date of service. Because the laboratory is in our network, it may not bill you for this service.",
        "#Your right to appeal",
        "You may ask us for an appeal within 60 days of the date on this notice. You can call us at "
        f"{f['phone']} or write to Ridgemoor Appeals, PO Box 4410, Kestrel Hollow, NH 03099. Someone who did not "
        "make this decision will review your appeal. If your health is at risk, ask for a fast appeal (72 hours).",
        "#State fair hearing",
        "If we uphold our decision, you may ask for a State Fair Hearing within 120 days of the date of our appeal "
        "decision. You may also contact the state Medicaid ombudsman at 1-555-880-1200 for free help."], size=9.6)
    t = truth("denial_letter", "prior_authorization", insurer=org, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{ch:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=lab,
              appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              alternates={"insurer": [product]})
    return pdf_bytes(d), t


PLAN = [
    ("bd_eob_21_gene_four_positive_nodes", "born_digital", doc_eob_nodes),
    ("scan300_lab_billing_letter_tumour_0_4_cm", "scan_clean_300", doc_lab_letter),
    ("faxfine_claim_statement_81518_after_81519", "fax_fine_g4", doc_already_done),
    ("copy_eob_visit_paid_assay_tumour_too_small", "photocopy", doc_eob_small),
    ("photo_eob_es_cuatro_ganglios_positivos", "phone_photo", doc_es),
    ("lowres_paid_eob_81518_precertified", "scan_lowres_150", doc_paid),
    ("bd_medicaid_claim_notice_no_prior_auth", "born_digital", doc_medicaid),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build) in enumerate(PLAN):
        items.append(Item(f"{FAMILY}_{suffix}", cond, [build(random.Random(SEED + i))]))
    return items
