"""Family 'pediatric_myopia_atropine_drops_compounded_exclusion': invented pharmacy benefit managers and plans
refusing low-dose atropine eye drops (atropine sulfate 0.01% or 0.025% ophthalmic solution, compounded) prescribed
to slow a child's progressive myopia, as an excluded compounded / non-FDA-approved product.

Cases: a PBM coverage determination to the parent (label column); a compounding pharmacy's receipt after the claim
was rejected at the counter (cash sale, nothing decided by a plan); the pediatric ophthalmologist's letter of
medical necessity in prose; a monthly prescription drug statement with several fills of which only the atropine
fill is rejected; a fax stack of the PBM's upheld appeal to the prescriber, a blank separator and the pharmacy's
self-pay price quote fed upside down; a Spanish notice (aviso) from a Medicaid plan's PBM; a self-funded employer
plan's determination with a printed appeal-by date.

All values invented: PBMs, plans, pharmacies, people, IDs, amounts; phones 1-555. Decoys: the child's and the
parent's dates of birth, the parent as cardholder/subscriber, Rx numbers, NDC-like codes, BIN/PCN, prescriber NPI
and DEA-style numbers, other fills and their claim numbers, days' supply, refill dates, 72-hour expedited limits,
external-review limits, form numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_money, pdf_bytes, truth
from inv_kit import fmt_date as _fmt_date

FAMILY = "pediatric_myopia_atropine_drops_compounded_exclusion"
LANG = "en"
SEED = 347000
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MI = "BCDEFGHJKLMNPRSTW"


def fmt_date(d, style):
    """inv_kit's date styles plus a dashed month-first form (03-04-2026)."""
    return d.strftime("%m-%d-%Y") if style == "dash" else _fmt_date(d, style)


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


def letterhead(d, name, lines, style=0):
    if style == 0:
        d.text_line(name, 15, "B")
        for s in lines:
            d.text_line(s, 8.5)
        d.rule(0.5, 5)
    elif style == 1:
        d.text_line(name.upper(), 12.5, "B", "C")
        d.text_line("  |  ".join(lines), 8.3, "", "C")
        d.ln(2)
        d.rule(0.3, 5)
    else:
        d.set_fill_color(228, 228, 228)
        d.font(13, "B")
        d.cell(0, 9, "  " + name, fill=True, new_x="LMARGIN", new_y="NEXT")
        for s in lines:
            d.text_line("  " + s, 8.3)
        d.ln(4)


def address_block(d, who, addr):
    for s in (who, *addr):
        d.text_line(s, 10)
    d.ln(4)


def kv(d, rows, w=50, size=9.5):
    for a, b in rows:
        d.font(size, "B")
        d.cell(w, size * 0.55, a)
        d.font(size)
        d.cell(0, size * 0.55, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def paras(d, items, size=10):
    for p in items:
        if p.startswith("#"):
            d.text_line(p[1:], size + 0.5, "B")
            d.ln(1)
        else:
            d.para(p, size)


def person(r, firsts, lasts):
    return f"{r.choice(firsts)} {r.choice(MI)}. {r.choice(lasts)}"


KIDS = ["Wren", "Arlo", "Posy", "Fenn", "Juniper", "Otto", "Marigold", "Bram", "Clover", "Ezio"]
ADULT_F = ["Rosamund", "Evangeline", "Leonie", "Tamsin", "Beatrix"]
ADULT_M = ["Ignatius", "Barnabas", "Cormac", "Leander", "Ptolemy"]
LAST = ["Quennell", "Hartigan", "Mowbray", "Ellsworth-Pike", "Fontaine", "Gallimore", "Ravenscroft", "Tolliver",
        "Underwood-Sato", "Wychwood"]
KIDS_ES = ["Itzel", "Mateo", "Ximena", "Santiago", "Valentina"]
ADULT_ES = ["Rocío", "Anselmo", "Graciela", "Teodoro"]
LAST_ES = ["Echeverría", "Quiñones", "Bermúdez", "Arreola", "Sepúlveda"]
CITIES = ["Larchmont Falls, NH 03999", "Stillwater Bend, MN 55999", "Cedar Hollow, TN 37999", "Pikes Landing, ID 83999"]
CITIES_ES = ["San Ildefonso, TX 79999", "Puerto Alameda, FL 33999"]
STREETS = ["Fiddlehead Lane", "Bellflower Road", "Driftwood Avenue", "Lamplighter Court", "Hawthorne Rise"]
OPHTHS = ["Anneliese Q. Brightwater", "Desmond K. Okafor-Lyle", "Henrike S. Varga", "Tobias M. Ferreira-Quist"]
EYE_CLINIC = "Harborlight Pediatric Eye Care"
PHARM = "Fennimore Compounding Pharmacy"
DRUG = "Atropine sulfate 0.01% ophthalmic solution (compounded)"


def family(r, lang="en"):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 190))
    es = lang == "es"
    last = r.choice(LAST_ES if es else LAST)
    child = f"{r.choice(KIDS_ES if es else KIDS)} {r.choice(MI)}. {last}"
    parent = f"{r.choice(ADULT_ES if es else ADULT_F + ADULT_M)} {r.choice(MI)}. {last}"
    return dict(notice=notice, child=child, parent=parent,
                addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", r.choice(CITIES_ES if es else CITIES)),
                phone=ph(r), npi=npi(r), dob=dt.date(r.randint(2013, 2019), r.randint(1, 12), r.randint(1, 28)),
                pdob=dt.date(r.randint(1978, 1992), r.randint(1, 12), r.randint(1, 28)))


EXCL = ("Your plan's prescription drug benefit does not cover compounded medications, and it does not cover "
        "drug products that are not approved by the U.S. Food and Drug Administration (FDA) for sale in the United "
        "States. Low-dose atropine eye drops are prepared by a compounding pharmacy from a higher-strength product "
        "and are not an FDA-approved product. They are therefore excluded from coverage.")


# ---------------------------------------------------------------- 0: PBM coverage determination (label column)
def doc_pbm(r):
    f = family(r)
    pbm, plan = "Verdant Arc Pharmacy Solutions", "Saltire Health Plan"
    doc = OPHTHS[0]
    req = f["notice"] - dt.timedelta(days=r.randint(1, 3))
    case = pat(r, "CD-2026-9999999")
    f.update(mid=pat(r, "SHP99999999") + "-03", grp=pat(r, "99999"))
    d = Page(footer="Verdant Arc Pharmacy Solutions administers pharmacy benefits for Saltire Health Plan.  "
                    "Form VAP-CD-07 (01/26)   Page {p} of {n}")
    d.add_page()
    letterhead(d, pbm, [f"Pharmacy benefit manager for {plan}", "Coverage Review, PO Box 40215, Larchmont Falls, NH 03999",
                        f"Member Care {f['phone']}  (24 hours, TTY 711)"], 0)
    d.text_line(fmt_date(f["notice"], "long"), 10)
    d.ln(3)
    address_block(d, f"Parent or guardian of {f['child']}", f["addr"])
    d.text_line("Coverage Determination: Request Denied", 12.5, "B")
    d.ln(1)
    kv(d, [("Patient", f["child"]), ("Patient date of birth", fmt_date(f["dob"], "slash")),
           ("Cardholder", f"{f['parent']} (subscriber)"), ("Member ID", f["mid"]), ("Rx group", f["grp"]),
           ("RxBIN / PCN", "019999 / VAPRX"), ("Case number", case), ("Medication", DRUG),
           ("Directions", "1 drop in each eye at bedtime"), ("Prescriber", f"{doc}, MD"),
           ("Prescriber NPI", f["npi"]), ("Request received", fmt_date(req, "slash"))], w=44, size=9.3)
    paras(d, [
        "#What we decided",
        f"Dr. {doc.split()[-1]} asked us to cover low-dose atropine eye drops to slow the worsening of "
        f"{f['child'].split()[0]}'s nearsightedness (myopia). We have denied this request. " + EXCL,
        "This decision is based on the terms of the pharmacy benefit, not on whether the drops are medically "
        "appropriate for your child. You may buy the drops from the pharmacy without using your benefit.",
        "#If you disagree",
        "You, the prescriber or someone you name may appeal within 180 days of the date of this notice. Call "
        "Member Care or write to Verdant Arc Appeals, PO Box 40230, Larchmont Falls, NH 03999 (fax "
        "1-555-420-7711). If your child's health could be seriously harmed by waiting, ask for a fast appeal; "
        "we will answer within 72 hours. You may also have the right to an external review by an independent "
        "review organization."], size=9.6)
    t = truth("denial_letter", "not_covered", insurer=pbm, member_id=f["mid"], group_number=f["grp"],
              member_name=f["child"], case_numbers=[case], denial_date=f["notice"].isoformat(), provider=doc,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"insurer": [plan], "provider": [EYE_CLINIC]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: compounding pharmacy receipt (cash sale)
def doc_receipt(r):
    f = family(r)
    doc = OPHTHS[1]
    fill = f["notice"]
    mid = pat(r, "SHP99999999") + "-02"
    rx = pat(r, "C999999")
    price = fee(r, 62, 118)
    d = Page(margins=(40, 16, 40))
    d.add_page()
    d.text_line(PHARM.upper(), 13, "B", "C")
    d.text_line("2718 Ironbark Street, Stillwater Bend, MN 55999", 8.5, "", "C")
    d.text_line("Tel 1-555-274-6600   Lic. RX-99-0418", 8.5, "", "C")
    d.ln(2)
    d.rule(0.3, 3)
    d.text_line("CUSTOMER RECEIPT", 11, "B", "C")
    d.ln(1)
    kv(d, [("Date:", f"{fill.strftime('%m/%d/%y')}  {r.randint(9, 17)}:{r.randint(10, 59)}"),
           ("Rx #:", rx), ("Patient:", f["child"]), ("DOB:", f["dob"].strftime("%m/%d/%y")),
           ("Prescriber:", f"Dr. {doc}"), ("Drug:", "ATROPINE 0.01% OPHTH SOLN CMPD"),
           ("Qty / days:", "10 mL / 60"), ("Refills left:", "3"),
           ("Insurance:", "Verdant Arc Rx  BIN 019999"), ("Cardholder ID:", mid)], w=34, size=9.2)
    d.rule(0.2, 2)
    paras(d, [
        "CLAIM REJECTED BY PLAN - 70: PRODUCT/SERVICE NOT COVERED - PLAN EXCLUDES COMPOUNDS. Filled as a "
        "cash sale at the family's request."], size=8.8)
    d.table(["Item", "Amount"], [["Compounded ophthalmic, 10 mL", fmt_money(price, "plain")],
                                 ["Sales tax", "$0.00"], ["*TOTAL PAID", fmt_money(price, "plain")],
                                 ["VISA ************" + str(r.randint(1000, 9999)), fmt_money(price, "plain")]],
            [90, 40], size=9, aligns="LR")
    paras(d, ["Keep refrigerated. Discard 30 days after opening. Ask us for an itemized receipt for your FSA/HSA "
              "or to send to your insurance. Thank you!"], size=8.5)
    t = truth("other", None, insurer=None, member_id=mid, member_name=f["child"], claim_amount=f"{price:.2f}",
              service_dates=[fill.isoformat()], denial_date=fill.isoformat(), provider=doc,
              unscored=["insurer", "group_number"],
              alternates={"provider": [PHARM], "claim_amount": [None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: ophthalmologist's letter of medical necessity (prose)
def doc_lmn(r):
    f = family(r)
    doc = OPHTHS[2]
    denial = f["notice"] - dt.timedelta(days=r.randint(10, 20))
    case = pat(r, "CD-2026-9999999")
    mid = pat(r, "SHP99999999") + "-04"
    age = f["notice"].year - f["dob"].year
    d = Page(footer=f"{EYE_CLINIC}  -  41 Lighthouse Row, Cedar Hollow, TN 37999  -  1-555-390-2210")
    d.add_page()
    letterhead(d, EYE_CLINIC, ["Pediatric Ophthalmology and Strabismus", "41 Lighthouse Row, Cedar Hollow, TN 37999"], 1)
    d.text_line(fmt_date(f["notice"], "abbr"), 10)
    d.ln(3)
    for s in ("Verdant Arc Pharmacy Solutions", "Attn: Appeals", "PO Box 40230", "Larchmont Falls, NH 03999"):
        d.text_line(s, 10)
    d.ln(4)
    paras(d, [
        "To the appeals reviewer:",
        f"I am writing on behalf of my patient, {f['child']}, a {age}-year-old child whose member ID with your "
        f"plan is {mid}, to appeal the denial of coverage for low-dose atropine eye drops dated "
        f"{fmt_date(denial, 'long')} (case {case}).",
        f"{f['child'].split()[0]} has progressive myopia. The refraction has worsened from -1.50 to -3.25 diopters "
        "in both eyes over eighteen months, and axial length has grown 0.42 mm in the same period, well above the "
        "expected rate for age. Glasses correct the vision but do not slow the progression. A parent is also highly "
        "myopic, which raises the child's risk of high myopia and, later in life, of retinal detachment, myopic "
        "maculopathy and glaucoma.",
        "Atropine 0.01% eye drops, one drop nightly, are the treatment with the best evidence for slowing myopia "
        "progression in children, and have been used for this purpose for many years. I understand that the drops "
        "must be compounded because no low-dose product is available commercially at the strength prescribed, and "
        "that your plan excludes compounded products. I ask that you grant an exception: there is no covered "
        "alternative that treats this condition, and the cost to the family is about $95 for each two-month "
        "supply.",
        "Enclosed are the refraction and axial-length measurements from the last three visits. Please contact my "
        "office if you need anything more.",
        "Sincerely,",
        f"{doc}, MD",
        f"NPI {f['npi']}"], size=10)
    t = truth("other", None, insurer=None, member_id=mid, member_name=f["child"], case_numbers=[case],
              denial_date=f["notice"].isoformat(), provider=doc, unscored=["insurer", "group_number"],
              alternates={"provider": [EYE_CLINIC]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: monthly Rx statement, several fills, one rejected
def doc_statement(r):
    f = family(r)
    pbm = "Cobalt Meridian Rx"
    doc = OPHTHS[3]
    f.update(mid=pat(r, "CMR-99999999-9"), grp=pat(r, "RX9999"))
    month_end = f["notice"] - dt.timedelta(days=r.randint(5, 10))
    fills = [
        (month_end - dt.timedelta(days=r.randint(20, 27)), pat(r, "9999999999"), "Amoxicillin 400 mg/5 mL susp",
         "Dr. Lucinda P. Harrowby", "Tolliver Family Pharmacy", fee(r, 18, 34), "paid"),
        (month_end - dt.timedelta(days=r.randint(14, 19)), pat(r, "9999999999"), "Atropine 0.01% ophth soln (compound)",
         f"Dr. {doc}", PHARM, fee(r, 140, 260), "rejected"),
        (month_end - dt.timedelta(days=r.randint(6, 12)), pat(r, "9999999999"), "Cetirizine 1 mg/mL oral soln",
         "Dr. Lucinda P. Harrowby", "Tolliver Family Pharmacy", fee(r, 12, 26), "paid"),
        (month_end - dt.timedelta(days=r.randint(1, 5)), pat(r, "9999999999"), "Polymyxin B/trimethoprim eye drops",
         f"Dr. {doc}", "Tolliver Family Pharmacy", fee(r, 22, 48), "paid"),
    ]
    ds, ms = "dash", "nosign"
    d = Page(footer="Cobalt Meridian Rx  |  Prescription Drug Benefit Statement  |  This is not a bill  |  {p}/{n}")
    d.add_page()
    letterhead(d, pbm, ["Member Statements, 600 Quarrystone Blvd, Pikes Landing, ID 83999",
                        f"Member Services {f['phone']}"], 2)
    d.text_line("Your Prescription Drug Benefit Statement", 13, "B")
    kv(d, [("Statement date:", fmt_date(f["notice"], ds)),
           ("Claims period:", f"{fmt_date(month_end - dt.timedelta(days=30), ds)} - {fmt_date(month_end, ds)}"),
           ("Member:", f["child"]), ("Subscriber:", f["parent"]), ("Member ID:", f["mid"]), ("Group:", f["grp"])],
       w=38, size=9.2)
    rows, rej = [], None
    for day, claim, drug, presc, pharm, cost, st in fills:
        if st == "paid":
            rows.append([fmt_date(day, ds), claim, drug, presc, fmt_money(cost, ms), fmt_money(cost - 10, ms),
                         "10.00", "Paid"])
        else:
            rej = (day, claim, cost)
            rows.append([fmt_date(day, ds), claim, drug, presc, fmt_money(cost, ms), "0.00", "0.00", "Rejected*"])
    d.table(["Fill date", "Claim no.", "Drug", "Prescriber", "Submitted", "Plan paid", "You paid", "Status"], rows,
            [19, 22, 52, 32, 17, 17, 15, 16], size=7.1, aligns="LLLLRRRL")
    day, claim, cost = rej
    paras(d, [
        "* Rejected claim: the pharmacy submitted a compounded product. Compounded drugs and products that are not "
        "FDA-approved are excluded under your plan's prescription drug benefit (Exclusion list, item 4). The "
        "pharmacy may charge you its full price for this prescription.",
        "Year to date: you have paid $40.00 toward your $1,500.00 pharmacy out-of-pocket maximum.",
        "#Your appeal rights",
        "If you disagree with a rejected claim, you may ask for an appeal within 180 days of the date of this "
        "statement. Expedited appeals are decided within 72 hours. Call us or write to Cobalt Meridian Rx "
        "Appeals, 600 Quarrystone Blvd, Pikes Landing, ID 83999."], size=8.8)
    t = truth("eob", "not_covered", insurer=pbm, member_id=f["mid"], group_number=f["grp"], member_name=f["child"],
              case_numbers=[claim], claim_amount=f"{cost:.2f}", service_dates=[day.isoformat()],
              denial_date=f["notice"].isoformat(), provider=doc,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [PHARM]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: fax stack: appeal upheld to prescriber + self-pay quote
def doc_stack(r):
    f = family(r)
    pbm = "Verdant Arc Pharmacy Solutions"
    doc = OPHTHS[0]
    appeal, case = pat(r, "APL-99999-A"), pat(r, "CD-2026-9999999")
    f.update(mid=pat(r, "SHP99999999") + "-02", grp=pat(r, "99999"))
    received = f["notice"] - dt.timedelta(days=r.randint(12, 25))
    ds = "iso"
    d = Page()
    d.add_page()
    letterhead(d, pbm, ["Appeals Department  *  Fax 1-555-420-7711  *  Phone 1-555-420-7700",
                        "PO Box 40230, Larchmont Falls, NH 03999"], 1)
    d.text_line("FAX - APPEAL DECISION (PRESCRIBER COPY)", 12, "B")
    d.ln(1)
    d.boxes([("Decision date", fmt_date(f["notice"], ds), 34), ("Appeal no.", appeal, 34),
             ("Original case", case, 42), ("Member ID", f["mid"], 44)], h=11)
    d.ln(3)
    kv(d, [("To:", f"Dr. {doc}, {EYE_CLINIC}"), ("Fax:", "1-555-390-2299"), ("Patient:", f["child"]),
           ("DOB:", fmt_date(f["dob"], "slash")), ("Group:", f["grp"]), ("Drug:", DRUG),
           ("Appeal received:", fmt_date(received, ds))], w=38)
    paras(d, [
        "Decision: UPHELD. A pharmacist and a physician reviewer who were not part of the first decision reviewed "
        "the appeal and your letter of medical necessity. The benefit plan excludes compounded medications and "
        "drugs not approved by the FDA; the plan does not allow exceptions to this exclusion. The denial stands.",
        "Next steps: the member may request a second-level appeal within 60 days of the date of this notice. The "
        "member may also request an external review by an independent review organization within 4 months. "
        "Urgent requests are decided within 72 hours.",
        "A copy of this decision has been mailed to the member's parent or guardian."], size=9.6)
    t1 = truth("denial_letter", "not_covered", insurer=pbm, member_id=f["mid"], group_number=f["grp"],
               member_name=f["child"], case_numbers=[appeal, case], denial_date=f["notice"].isoformat(),
               provider=doc, appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
               alternates={"case_numbers": [[appeal]], "provider": [EYE_CLINIC]})
    pdf1 = pdf_bytes(d)
    qdate = f["notice"] + dt.timedelta(days=r.randint(2, 5))
    p60, p180 = fee(r, 88, 110), fee(r, 230, 290)
    d = Page()
    d.add_page()
    letterhead(d, PHARM, ["2718 Ironbark Street, Stillwater Bend, MN 55999", "Tel 1-555-274-6600  Fax 1-555-274-6611"], 0)
    d.text_line("Self-Pay Price Quote", 12.5, "B")
    d.ln(1)
    kv(d, [("Quote date:", fmt_date(qdate, "long")), ("Patient:", f["child"]), ("Prescriber:", f"Dr. {doc}"),
           ("Preparation:", "Atropine sulfate 0.01% in sterile ophthalmic vehicle, preservative-free")], w=34)
    d.table(["Supply", "Quantity", "Self-pay price"],
            [["60 days", "10 mL", fmt_money(p60)], ["180 days", "3 x 10 mL", fmt_money(p180)]],
            [50, 40, 40], size=9.4, aligns="LLR")
    paras(d, [
        "Your insurance has declined to cover this compounded preparation. The prices above are our cash prices "
        "and are valid for 30 days. Most families use an FSA or HSA card. We ship refrigerated overnight at no "
        "charge within the state."], size=9.6)
    t2 = truth("other", None, insurer=None, member_name=f["child"], denial_date=qdate.isoformat(), provider=doc,
               unscored=["insurer", "group_number", "member_id"], alternates={"provider": [PHARM]})
    return [(pdf1, t1), (pdf_bytes(d), t2)]


# ---------------------------------------------------------------- 5: Spanish notice from a Medicaid plan's PBM
def doc_es(r):
    f = family(r, "es")
    org = "Plan de Salud Alameda Sur"
    doc = "Marisela T. Urquidi"
    clinic = "Clínica de Ojos Infantil del Valle"
    fill = f["notice"] - dt.timedelta(days=r.randint(2, 5))
    case = pat(r, "ASM-99999999")
    f.update(mid=pat(r, "999999999"))
    ds = "es"
    d = Page(footer="Plan de Salud Alameda Sur - Medicaid - Formulario ASM-PH-12S - página {p} de {n}")
    d.add_page()
    letterhead(d, org, ["Programa Medicaid - Beneficio de Farmacia", "Apartado 1187, San Ildefonso, TX 79999",
                        f"Servicios al Miembro {f['phone']} (gratis)"], 2)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f"Padre, madre o tutor de {f['child']}", f["addr"])
    d.text_line("AVISO DE DENEGACIÓN DE COBERTURA DE UN MEDICAMENTO", 12, "B")
    d.ln(1)
    kv(d, [("Miembro:", f["child"]), ("Número de Medicaid:", f["mid"]), ("Número de caso:", case),
           ("Medicamento:", "Atropina 0.01% gotas oftálmicas (preparado magistral)"),
           ("Recetado por:", f"Dra. {doc}, {clinic}"), ("Fecha del reclamo en la farmacia:", fmt_date(fill, "es_abbr")),
           ("Fecha de nacimiento:", fmt_date(f["dob"], "slash"))], w=64, size=9.3)
    paras(d, [
        "#¿Qué decidimos?",
        "Negamos la cobertura de las gotas de atropina en dosis baja que se recetaron para la miopía de su hijo o "
        "hija. Estas gotas son un medicamento preparado (compuesto) en la farmacia y no están aprobadas por la "
        "Administración de Alimentos y Medicamentos (FDA). El beneficio de farmacia de Medicaid no cubre "
        "medicamentos compuestos que no están aprobados por la FDA.",
        "#Si no está de acuerdo",
        "Usted puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Llame al número de "
        "Servicios al Miembro o escriba al apartado indicado arriba. Si la salud de su hijo o hija corre peligro, "
        "pida una apelación rápida; le daremos una respuesta en 72 horas.",
        "Después de la apelación, si no está de acuerdo con la decisión, puede pedir una audiencia imparcial del "
        "estado dentro de 120 días a partir de la fecha de la carta de la decisión de la apelación.",
        "Tiene derecho a pedir gratis copias de los documentos que usamos para tomar esta decisión. Si necesita "
        "un intérprete, llame al número de arriba."], size=9.5)
    t = truth("denial_letter", "not_covered", lang="es", insurer=org, member_id=f["mid"], member_name=f["child"],
              case_numbers=[case], service_dates=[fill.isoformat()], denial_date=f["notice"].isoformat(),
              provider=doc, appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              alternates={"provider": [clinic], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: self-funded plan, member reimbursement claim denied
def doc_selffunded(r):
    f = family(r)
    admin = "Northmere Claims Services"
    emp = "Galloway Fabrication Employee Benefit Plan"
    doc = OPHTHS[1]
    fills = sorted({f["notice"] - dt.timedelta(days=d) for d in (r.randint(130, 140), r.randint(70, 80),
                                                                 r.randint(15, 25))})
    amts = [fee(r, 85, 105) for _ in fills]
    total = round(sum(amts), 2)
    claim = pat(r, "NM99999-99999")
    f.update(mid=pat(r, "GFE999999"), grp=pat(r, "GF-999"))
    by = f["notice"] + dt.timedelta(days=180)
    ds, ms = "dmy", "usd"
    d = Page(footer="Northmere Claims Services is the claims administrator; Galloway Fabrication, Inc. is the plan "
                    "sponsor and pays the benefits.")
    d.add_page()
    letterhead(d, admin, [f"on behalf of the {emp}", "PO Box 2071, Cedar Hollow, TN 37999", f"{f['phone']}"], 0)
    d.text_line(f"NOTICE DATE  {fmt_date(f['notice'], ds).upper()}", 10, "B")
    d.ln(2)
    address_block(d, f["parent"], f["addr"])
    d.text_line("Member Reimbursement Claim - Denied", 12.5, "B")
    d.ln(1)
    kv(d, [("Plan", f"{emp} (plan number 501)"), ("Employee", f["parent"]),
           ("Patient", f"{f['child']} (dependent child)"), ("ID", f["mid"]), ("Group", f["grp"]),
           ("Claim", claim), ("Submitted", fmt_money(total, ms))], w=30)
    d.table(["Fill date", "Pharmacy", "Prescription", "Amount claimed", "Allowed"],
            [[fmt_date(x, ds).upper(), PHARM, f"Atropine 0.01% cmpd (Dr. {doc})", fmt_money(a, ms), "0.00"]
             for x, a in zip(fills, amts)], [26, 54, 56, 28, 18], size=8.2, aligns="LLLRR")
    paras(d, [
        "You sent us receipts for three fills of compounded atropine eye drops for your child and asked to be "
        "reimbursed. The plan's prescription drug schedule excludes compounded prescriptions and any drug not "
        "approved by the FDA (Summary Plan Description, Section 7.3(f)). Nothing is payable on this claim.",
        f"To appeal, send a written request that we receive no later than {fmt_date(by, 'long')}. Include the "
        "claim number and any information you want considered. The plan will decide your appeal within 60 days. "
        "You may bring a civil action under section 502(a) of ERISA after the appeal is decided."], size=9.6)
    t = truth("denial_letter", "not_covered", insurer=admin, plan_id="501", member_id=f["mid"],
              group_number=f["grp"], member_name=f["child"], case_numbers=[claim], claim_amount=f"{total:.2f}",
              service_dates=[x.isoformat() for x in fills], denial_date=f["notice"].isoformat(), provider=doc,
              appeal_deadline=by.isoformat(),
              alternates={"insurer": [emp], "plan_id": [None], "provider": [PHARM]})
    return pdf_bytes(d), t


PLAN = [
    ("bd_pbm_coverage_determination_denied", "born_digital", doc_pbm, None, None),
    ("scan300_compounding_pharmacy_cash_receipt", "scan_clean_300", doc_receipt, None, None),
    ("lowres_ophthalmologist_medical_necessity_letter", "scan_lowres_150", doc_lmn, None, None),
    ("copy_monthly_rx_statement_atropine_rejected", "photocopy", doc_statement, None, None),
    ("faxfine_stack_appeal_upheld_blank_quote_upside_down", "fax_fine_g4", doc_stack, ["blank", None], {(1, 0): 180}),
    ("photo_aviso_medicaid_es_atropina", "phone_photo", doc_es, None, None),
    ("rotated_self_funded_reimbursement_denied", "rotated", doc_selffunded, None, None),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build, seps, turns) in enumerate(PLAN):
        out = build(random.Random(SEED + i))
        docs = out if isinstance(out, list) else [out]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps, turns=turns))
    return items
