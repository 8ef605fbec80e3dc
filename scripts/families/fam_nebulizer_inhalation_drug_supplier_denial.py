"""Family 'nebulizer_inhalation_drug_supplier_denial': invented Medicare Summary Notices, Medicare Advantage and
commercial EOBs, a Medicaid managed-care notice and a DME supplier's statement on a small-volume nebulizer (E0570)
and the inhalation drugs used with it (J7620 albuterol/ipratropium, J7626 budesonide), billed by home medical
equipment suppliers.

Cases: an MSN with the nebulizer and albuterol/ipratropium approved and the budesonide denied over the monthly
quantity limit; a Spanish MSN denying the supplier's claim because it carries no diagnosis code; a standard-mode
fax stack of a cover sheet, a Medicare Advantage EOB sending budesonide to the Part D benefit and the supplier's
statement asking the member to pay; a commercial EOB for a child with the albuterol/ipratropium vials over the plan
limit (subscriber parent named); a paid Medicare Advantage EOB for the nebulizer and drugs (no denial,
photographed); an MSN with a physician claim paid and the supplier's claim denied because a nursing-facility
resident's drugs belong to Part D; a Medicaid managed-care notice denying a nebulizer with no diagnosis in the
records (fed sideways).

Layouts are invented, modelled loosely on the redesigned Part B MSN, Medicare Advantage claim summaries, supplier
statements and state Medicaid notices. All values invented: plans, suppliers, doctors, people, IDs, amounts;
phones 1-555. Decoys: ordering/prescribing doctors, supplier numbers, NPIs, dates of birth, claims-processed
periods, subscriber parents, patient account numbers, approved/paid/you-may-be-billed amounts, deductible lines.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "nebulizer_inhalation_drug_supplier_denial"
LANG = "en"
SEED = 261600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MI = "BCDEFGHJKLMNPRSTW"
CMS = "Centers for Medicare & Medicaid Services"


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", **kw)
        self.add_font("DejaVu", "B", BOLD)


def ph(r):
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def pat(r, p):
    """An ID after a pattern: 9 a digit, A a letter, anything else kept."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ACDEFGHJKMNPRTUVWXY") if c == "A" else c
                   for c in p)


def fee(r, lo, hi):
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


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


def banner(d, name, lines):
    d.set_fill_color(232, 232, 232)
    d.font(13, "B")
    d.cell(0, 9, "  " + name, fill=True, new_x="LMARGIN", new_y="NEXT")
    for s in lines:
        d.text_line("  " + s, 8.3)
    d.ln(4)


FIRST = ["Winifred", "Barnaby", "Clementine", "Ambrose", "Henrietta", "Lucius", "Philippa", "Silas", "Tabitha",
         "Virgil"]
LAST = ["Applegarth", "Brocklehurst", "Cheddleton", "Dimmock", "Eastwick", "Fairbrother", "Gisborne", "Hatherley",
        "Ingleby", "Mottram"]
FIRST_ES = ["Remedios", "Anacleto", "Florinda", "Casimiro"]
LAST_ES = ["Arredondo", "Valdivia", "Cisneros", "Olivares"]
CITIES = ["Harlow Bend, KY 40099", "Tansy Creek, OK 73099", "Brightlingsea, OR 97099", "Mossgiel, PA 19099"]
CITIES_ES = ["Río Claro, TX 78099", "Villa Serena, AZ 85099"]
STREETS = ["Chapel Acre Road", "Swallowtail Lane", "Gristmill Court", "Pennyroyal Drive", "Larch Hollow Way"]
DOCTORS = ["Dr. Bartholomew N. Eke", "Dr. Cordelia S. Wainwright", "Dr. Fitzgerald O. Amankwah",
           "Dr. Ottilie M. Brandvold", "Dra. Paloma I. Esquivel"]
SUPPLIERS = ["Briarcliff Respiratory Supply, LLC", "Tern Hollow Home Medical", "Kingfisher Home Respiratory Care",
             "Suministros Médicos Río Claro", "Ashdown Medical Equipment Co."]
E0570 = "Nebulizer with compressor"
J7620 = "Albuterol/ipratropium, inhalation solution, per 2.5 mg/0.5 mg"
J7626 = "Budesonide inhalation solution, up to 0.5 mg"


def base(r, lang="en"):
    notice = dt.date(2026, 2, 5) + dt.timedelta(days=r.randint(0, 200))
    fn, ln = (FIRST_ES, LAST_ES) if lang == "es" else (FIRST, LAST)
    return dict(notice=notice, member=f"{r.choice(fn)} {r.choice(MI)}. {r.choice(ln)}",
                addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", r.choice(CITIES_ES if lang == "es" else CITIES)),
                phone=ph(r), dob=dt.date(r.randint(1938, 1958), r.randint(1, 12), r.randint(1, 28)))


def mbi(r):
    return pat(r, "9AA9-AA9-AA99")


def msn_top(d, f, mid_shown, ds, processed, approved_all, billed, es=False):
    if es:
        d.text_line("Resumen de Medicare para la Parte B (Seguro Médico)", 14, "B")
        d.text_line("El resumen oficial de sus reclamaciones de Medicare de los Centros de Servicios de Medicare y "
                    "Medicaid", 8.5)
    else:
        d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 14, "B")
        d.text_line(f"The Official Summary of Your Medicare Claims from the {CMS}", 8.5)
    d.rule(0.6, 4)
    y = d.get_y()
    for s in (f["member"].upper(), f["addr"][0].upper(), f["addr"][1].upper()):
        d.text_line(s, 10)
    d.set_xy(118, y)
    d.set_fill_color(236, 236, 236)
    d.rect(116, y - 1, 82, 36, "F")
    labels = (("Aviso para:", "Número de Medicare:", "Fecha de este aviso:", "Reclamaciones procesadas entre:")
              if es else ("Notice for:", "Medicare Number:", "Date of This Notice:", "Claims Processed Between:"))
    vals = (f["member"], mid_shown, fmt_date(f["notice"], ds),
            f"{fmt_date(processed[0], ds)} - {fmt_date(processed[1], ds)}")
    for a, b in zip(labels, vals):
        d.set_x(118)
        d.font(8.5, "B")
        d.cell(0, 4.2, a, new_x="LMARGIN", new_y="NEXT")
        d.set_x(118)
        d.font(9.5)
        d.cell(0, 4.6, b, new_x="LMARGIN", new_y="NEXT")
    d.set_y(y + 40)
    d.text_line(("¿Aprobó Medicare todas las reclamaciones?  " if es else "Did Medicare Approve All Claims?  ") +
                (("SÍ" if es else "YES") if approved_all else "NO"), 11, "B")
    d.text_line(("Total que se le puede facturar: " if es else "Total You May Be Billed: ") + billed, 11, "B")
    d.ln(3)


# ---------------------------------------------------------------- 0: MSN, budesonide over the quantity limit
def doc_msn_qty(r):
    f = base(r)
    sup, orderer = SUPPLIERS[0], DOCTORS[0]
    dos = f["notice"] - dt.timedelta(days=r.randint(25, 50))
    mid = mbi(r)
    claim = pat(r, "99999999999999")
    e, j20, j26 = fee(r, 160, 240), fee(r, 120, 190), fee(r, 640, 980)
    total = round(e + j20 + j26, 2)
    ae, a20 = round(e * 0.41, 2), round(j20 * 0.38, 2)
    ds = "abbr"
    deadline = f["notice"] + dt.timedelta(days=120)
    d = Page(footer="Medicare Summary Notice  |  page {p} of {n}")
    d.add_page()
    msn_top(d, f, mid, ds, (f["notice"] - dt.timedelta(days=90), f["notice"] - dt.timedelta(days=3)), False,
            fmt_money(j26 + round((ae + a20) * 0.2, 2)))
    paras(d, [
        "#Your Deductible Status",
        "Your deductible is what you must pay for most health services before Medicare begins to pay. You have "
        "met the Part B deductible for 2026.",
        "#Your Claims & Costs This Period",
        f"Suppliers with claims this period: {sup} ({fmt_date(dos, ds)}).",
        "#Be Informed!",
        "Medicare pays for a nebulizer and the drugs used in it when your doctor orders them for a covered "
        "condition. Suppliers must be enrolled with Medicare. Ask your supplier if it accepts assignment."], size=9.5)
    d.add_page()
    d.text_line("Your Claims for Part B (Medical Insurance)", 12.5, "B")
    d.ln(1)
    kv(d, [("Supplier:", sup), ("Supplier Number:", pat(r, "9999999999")),
           ("Ordered by:", f"{orderer}, MD"), ("Claim Number:", claim), ("Service Date:", fmt_date(dos, ds)),
           ("Amount Supplier Charged:", fmt_money(total))], w=52, size=9.3)
    d.table(["Service Provided & Billing Code", "Approved?", "Charged", "Approved", "Paid", "You May Be Billed",
             "Notes"],
            [[f"{E0570} (E0570-NU)", "Yes", fmt_money(e), fmt_money(ae), fmt_money(ae * 0.8), fmt_money(ae * 0.2), ""],
             [f"Albuterol/ipratropium 186 units (J7620)", "Yes", fmt_money(j20), fmt_money(a20), fmt_money(a20 * 0.8),
              fmt_money(a20 * 0.2), ""],
             [f"Budesonide 240 units (J7626)", "No", fmt_money(j26), "$0.00", "$0.00", fmt_money(j26), "A, B"],
             ["*Total", "", fmt_money(total), fmt_money(ae + a20), fmt_money((ae + a20) * 0.8), "", ""]],
            [60, 18, 20, 20, 18, 28, 14], size=7.6, aligns="LLRRRRL")
    paras(d, [
        "#Notes for Your Claims",
        "A  Medicare doesn't pay for this item because the quantity billed is more than the usual maximum allowed "
        "for a month under the local coverage rules for nebulizer drugs. The amount over the limit is not "
        "considered medically necessary.",
        "B  The supplier gave you an Advance Beneficiary Notice before delivery, so you may be billed.",
        "#How to Handle Denied Claims or File an Appeal",
        f"If you disagree with a coverage decision, you can file an appeal. Appeals must be filed by "
        f"{fmt_date(deadline, ds)}. Circle the items you disagree with, explain why, sign this page and send it to "
        "the contractor named on the back. Call 1-555-633-4227 (TTY 1-555-486-2048) for help."], size=9.2)
    t = truth("eob", "medical_necessity", insurer="Medicare", member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=sup, appeal_deadline=deadline.isoformat(),
              denial_alternates=["not_covered"], type_alternates=["denial_letter"],
              alternates={"insurer": [CMS]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: Spanish MSN, no diagnosis code
def doc_msn_es(r):
    f = base(r, "es")
    sup, orderer = SUPPLIERS[3], DOCTORS[4]
    dos = f["notice"] - dt.timedelta(days=r.randint(20, 45))
    mid = mbi(r)
    claim = pat(r, "99999999999999")
    e, j20 = fee(r, 170, 250), fee(r, 110, 180)
    total = round(e + j20, 2)
    ds = "es"
    deadline = f["notice"] + dt.timedelta(days=120)
    d = Page(footer="Resumen de Medicare  -  página {p}")
    d.add_page()
    msn_top(d, f, mid, ds, (f["notice"] - dt.timedelta(days=90), f["notice"] - dt.timedelta(days=2)), False,
            fmt_money(0), es=True)
    d.text_line("Sus reclamaciones de la Parte B", 12.5, "B")
    d.ln(1)
    kv(d, [("Suplidor:", sup), ("Ordenado por:", orderer), ("Número de reclamación:", claim),
           ("Fecha de servicio:", fmt_date(dos, ds)), ("Cantidad cobrada por el suplidor:", fmt_money(total))],
       w=62, size=9.3)
    d.table(["Servicio y código", "¿Aprobado?", "Cobrado", "Aprobado", "Pagado", "Se le puede facturar", "Notas"],
            [["Nebulizador con compresor (E0570)", "No", fmt_money(e), "$0.00", "$0.00", "$0.00", "A"],
             ["Albuterol/ipratropio 124 unid. (J7620)", "No", fmt_money(j20), "$0.00", "$0.00", "$0.00", "A"],
             ["*Total", "", fmt_money(total), "$0.00", "$0.00", "$0.00", ""]],
            [60, 18, 20, 20, 18, 28, 14], size=7.6, aligns="LLRRRRL")
    paras(d, [
        "#Notas sobre sus reclamaciones",
        "A  Esta reclamación no tiene un código de diagnóstico válido. Medicare no puede pagar el nebulizador ni "
        "el medicamento sin el diagnóstico que indique para qué los ordenó su médico. El suplidor puede corregir "
        "la reclamación y enviarla de nuevo. Usted no debe pagar esta cantidad.",
        "#Cómo presentar una apelación",
        f"Si no está de acuerdo, puede apelar. Las apelaciones deben presentarse antes del {fmt_date(deadline, ds)}. "
        "Marque los servicios con los que no está de acuerdo, explique por qué, firme y envíe esta página al "
        "contratista de Medicare. Para ayuda llame al 1-555-633-4227."], size=9.3)
    t = truth("eob", "coding_error", lang="es", insurer="Medicare", member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=sup, appeal_deadline=deadline.isoformat(),
              denial_alternates=["other"], type_alternates=["denial_letter"],
              alternates={"insurer": ["Centros de Servicios de Medicare y Medicaid"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: fax stack, MA EOB (Part D) + supplier statement
def doc_stack(r):
    f = base(r)
    org, product = "Tallowmere Health Plan, Inc.", "Tallowmere Medicare Advantage Plus (HMO)"
    sup, orderer = SUPPLIERS[1], DOCTORS[1]
    dos = f["notice"] - dt.timedelta(days=r.randint(25, 40))
    hnum = "H" + pat(r, "9999-999")
    claim = pat(r, "TM99999999999")
    f.update(mid=pat(r, "TMH999999999"))
    e, j26 = fee(r, 150, 230), fee(r, 520, 860)
    total = round(e + j26, 2)
    ae = round(e * 0.44, 2)
    ds, ms = "mdy_nopad", "nosign"
    d = Page(footer=f"{product}  |  {hnum}  |  Y0331_TMEOB26")
    d.add_page()
    banner(d, org, [product, "Claims, PO Box 6618, Tansy Creek, OK 73099", f"Member Services {f['phone']}, TTY 711"])
    d.text_line("Explanation of Benefits for Medical Claims", 12.5, "B")
    d.text_line("This is not a bill.", 9)
    d.ln(2)
    kv(d, [("Processed on", fmt_date(f["notice"], ds)), ("Enrollee", f["member"]), ("Enrollee ID", f["mid"]),
           ("Contract-plan", hnum), ("Claim ID", claim), ("Supplier", sup), ("Prescriber", orderer)], w=40, size=9.3)
    d.table(["Date", "Item", "Amount billed", "Plan allowed", "Plan paid", "You owe", "Code"],
            [[fmt_date(dos, ds), "E0570 nebulizer", fmt_money(e, ms), fmt_money(ae, ms), fmt_money(ae * 0.8, ms),
              fmt_money(ae * 0.2, ms), "01"],
             [fmt_date(dos, ds), "J7626 budesonide x 180", fmt_money(j26, ms), "0.00", "0.00", "0.00", "D7"],
             ["*Claim total", "", fmt_money(total, ms), fmt_money(ae, ms), fmt_money(ae * 0.8, ms),
              fmt_money(ae * 0.2, ms), ""]], [22, 44, 24, 24, 22, 20, 14], size=7.9, aligns="LLRRRRL")
    paras(d, [
        "#What the codes mean",
        "01  Covered under your medical (Part B) benefit; your share is 20% coinsurance.",
        "D7  Not covered under your medical benefit. This drug is covered under your Part D prescription drug "
        "benefit because it was not delivered for use with a nebulizer covered under Part B. Ask the prescriber "
        "to send the prescription to a network pharmacy. A network supplier may not bill you for this item.",
        "#Disagree with our decision?",
        "You may ask us for a reconsideration within 65 days of the date of this notice. Write to Tallowmere "
        "Appeals, PO Box 6630, Tansy Creek, OK 73099, or call us."], size=9.2)
    t1 = truth("eob", "not_covered", insurer=org, plan_id=hnum, member_id=f["mid"], member_name=f["member"],
               case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
               denial_date=f["notice"].isoformat(), provider=sup,
               appeal_deadline=(f["notice"] + dt.timedelta(days=65)).isoformat(), denial_alternates=["other"],
               alternates={"insurer": [product], "plan_id": [None]})
    pdf1 = pdf_bytes(d)
    sd = f["notice"] + dt.timedelta(days=r.randint(10, 20))
    acct = pat(r, "TH-99999")
    d = Page()
    d.add_page()
    d.text_line(sup, 15, "B")
    d.text_line("1420 Millrace Road, Tansy Creek, OK 73099   |   Billing " + ph(r), 8.5)
    d.rule(0.4, 5)
    d.text_line("STATEMENT OF ACCOUNT", 12.5, "B")
    d.ln(1)
    kv(d, [("Statement date:", fmt_date(sd, ds)), ("Patient:", f["member"]), ("Account #:", acct),
           ("Insurance:", product), ("Insurance ID:", f["mid"]), ("Prescribing physician:", orderer)], w=46)
    d.table(["Delivered", "Item", "Charge", "Ins. paid", "Adjustment", "Patient due"],
            [[fmt_date(dos, ds), "E0570 Nebulizer with compressor", fmt_money(e, "plain"), fmt_money(ae * 0.8, "plain"),
              fmt_money(e - ae, "plain"), fmt_money(ae * 0.2, "plain")],
             [fmt_date(dos, ds), "J7626 Budesonide 0.5 mg x 180", fmt_money(j26, "plain"), "$0.00", "$0.00",
              fmt_money(j26, "plain")],
             ["*Totals", "", fmt_money(total, "plain"), fmt_money(ae * 0.8, "plain"), fmt_money(e - ae, "plain"),
              fmt_money(ae * 0.2 + j26, "plain")]], [24, 60, 24, 22, 24, 24], size=8.2, aligns="LLRRRR")
    paras(d, [
        "Your plan did not pay for the budesonide and says it must go through your Part D drug coverage. Because "
        "the medication was already delivered, the balance has been moved to you. If your Part D plan pays you "
        "back, please let us know. Call our billing office to set up a payment plan.",
        "Please pay within 30 days. Thank you for choosing " + sup + "."], size=9.5)
    t2 = truth("other", None, member_id=f["mid"], member_name=f["member"], claim_amount=f"{total:.2f}",
               service_dates=[dos.isoformat()], denial_date=sd.isoformat(), provider=sup, unscored=["insurer"],
               alternates={"claim_amount": [None], "denial_date": [None]})
    return [(pdf1, t1), (pdf_bytes(d), t2)]


# ---------------------------------------------------------------- 3: commercial EOB, child, vials over plan limit
def doc_child_eob(r):
    f = base(r)
    plan = "Fernhollow Health Insurance Company"
    sup, orderer = SUPPLIERS[2], DOCTORS[2]
    child = f"{r.choice(['Juniper', 'Roscoe', 'Eleanor', 'Caspian'])} {r.choice(MI)}. {f['member'].split()[-1]}"
    d1 = f["notice"] - dt.timedelta(days=r.randint(50, 60))
    d2 = d1 + dt.timedelta(days=30)
    claim = pat(r, "FH-999999-9999")
    f.update(mid=pat(r, "FHI999999999"), grp=pat(r, "99999-999"))
    e, j1, j2 = fee(r, 140, 210), fee(r, 90, 140), fee(r, 150, 240)
    total = round(e + j1 + j2, 2)
    ae, a1 = round(e * 0.5, 2), round(j1 * 0.5, 2)
    ds, ms = "dmy", "plain"
    d = Page(footer="Fernhollow Health Insurance Company  *  EOB  *  page {p}")
    d.add_page()
    d.text_line("FERNHOLLOW", 18, "B")
    d.text_line("Health Insurance Company  -  PO Box 3370, Brightlingsea, OR 97099  -  " + f["phone"], 8.5)
    d.rule(0.5, 4)
    d.text_line("Explanation of Benefits", 13, "B")
    d.ln(1)
    kv(d, [("Statement date:", fmt_date(f["notice"], ds)), ("Subscriber:", f["member"]),
           ("Patient:", child), ("Subscriber ID:", f["mid"]), ("Group #:", f["grp"]), ("Claim #:", claim),
           ("Provider:", sup), ("Ordering physician:", orderer), ("Patient DOB:", fmt_date(dt.date(2019, 4, 11), ds))],
       w=42, size=9.3)
    d.table(["Service dates", "Service", "Billed", "Allowed", "Paid", "Member resp.", "Remark"],
            [[fmt_date(d1, ds), "E0570 nebulizer", fmt_money(e, ms), fmt_money(ae, ms), fmt_money(ae, ms), "$0.00",
              "P1"],
             [fmt_date(d1, ds), "J7620 x 125 vials", fmt_money(j1, ms), fmt_money(a1, ms), fmt_money(a1, ms), "$0.00",
              "P1"],
             [fmt_date(d2, ds), "J7620 x 210 vials", fmt_money(j2, ms), "$0.00", "$0.00", "$0.00", "QL3"],
             ["*Total", "", fmt_money(total, ms), fmt_money(ae + a1, ms), fmt_money(ae + a1, ms), "$0.00", ""]],
            [26, 38, 22, 22, 22, 26, 16], size=8, aligns="LLRRRRL")
    paras(d, [
        "#Remarks",
        "P1  Paid in full at the in-network rate.",
        "QL3  The quantity billed is more than the plan limit of 125 vials of albuterol/ipratropium per 30 days. "
        "Quantities above the limit are not medically necessary unless your doctor sends records showing why more "
        "is needed. The network supplier may not bill you for this line.",
        "#Appeal rights",
        "If you do not agree, you or your doctor may appeal within 180 days of the date on this EOB. Send a "
        "letter with your claim number to Fernhollow Appeals, PO Box 3378, Brightlingsea, OR 97099. You have "
        "the right to an external review after our appeal decision."], size=9.2)
    t = truth("eob", "medical_necessity", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=child, case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[d2.isoformat()],
              denial_date=f["notice"].isoformat(), provider=sup,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              denial_alternates=["not_covered"],
              alternates={"service_dates": [[d1.isoformat(), d2.isoformat()]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: paid MA EOB (photo)
def doc_paid(r):
    f = base(r)
    org = "Kittiwake Health, Inc."
    product = "Kittiwake Medicare Select (PPO)"
    sup, orderer = SUPPLIERS[4], DOCTORS[3]
    dos = f["notice"] - dt.timedelta(days=r.randint(18, 35))
    claim = pat(r, "99-9999999-99")
    f.update(mid=pat(r, "KW99999999"))
    lines = [("E0570", E0570, fee(r, 150, 220)), ("A7003", "Nebulizer administration set", fee(r, 18, 32)),
             ("J7620", "Albuterol/ipratropium x 93", fee(r, 70, 120))]
    total = round(sum(x[2] for x in lines), 2)
    ds, ms = "iso", "usd"
    d = Page()
    d.add_page()
    banner(d, org, [product, "PO Box 1009, Mossgiel, PA 19099", f"Customer Service {f['phone']} (TTY 711)"])
    d.text_line("YOUR CLAIM SUMMARY", 13, "B")
    d.ln(1)
    kv(d, [("Date of notice", fmt_date(f["notice"], ds)), ("Member", f["member"]), ("Member ID", f["mid"]),
           ("Claim number", claim), ("Supplier", sup), ("Ordering provider", orderer)], w=42)
    rows, al_t = [], 0.0
    for code, desc, ch in lines:
        al = round(ch * 0.45, 2)
        al_t += al
        rows.append([fmt_date(dos, ds), code, desc, fmt_money(ch, ms), fmt_money(al, ms), fmt_money(al * 0.8, ms),
                     fmt_money(al * 0.2, ms)])
    rows.append(["*Total", "", "", fmt_money(total, ms), fmt_money(al_t, ms), fmt_money(al_t * 0.8, ms),
                 fmt_money(al_t * 0.2, ms)])
    d.table(["Date", "Code", "Description", "Billed", "Approved", "Plan paid", "Your share"], rows,
            [22, 16, 50, 24, 24, 22, 22], size=7.9, aligns="LLLRRRR")
    paras(d, [
        "All items on this claim were approved and paid under your Part B medical benefit. Your share is your 20% "
        "coinsurance for durable medical equipment and drugs used with it.",
        "If you disagree with how we processed this claim, you may ask for a reconsideration within 65 days "
        "from the date of this notice. Call us or write to Kittiwake Appeals, PO Box 1012, Mossgiel, PA 19099."], size=9.4)
    t = truth("eob", None, insurer=org, member_id=f["mid"], member_name=f["member"], case_numbers=[claim],
              claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(),
              provider=sup, appeal_deadline=(f["notice"] + dt.timedelta(days=65)).isoformat(),
              alternates={"insurer": [product], "appeal_deadline": [None]}, type_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: MSN, two claims, nursing-facility resident: Part D
def doc_msn_partd(r):
    f = base(r)
    sup, doc = SUPPLIERS[2], DOCTORS[0]
    mid_mask = "XXXX-XXX-" + pat(r, "AA99")
    dv = f["notice"] - dt.timedelta(days=r.randint(40, 60))
    dos = dv + dt.timedelta(days=r.randint(3, 9))
    c1, c2 = pat(r, "99999999999999"), pat(r, "99999999999999")
    ov = fee(r, 160, 230)
    j20, j26 = fee(r, 120, 190), fee(r, 480, 760)
    total = round(j20 + j26, 2)
    aov = round(ov * 0.6, 2)
    ds = "slash"
    deadline = f["notice"] + dt.timedelta(days=120)
    d = Page(footer="Medicare Summary Notice for Part B  -  page {p} of {n}")
    d.add_page()
    msn_top(d, f, mid_mask, ds, (f["notice"] - dt.timedelta(days=90), f["notice"] - dt.timedelta(days=4)), False,
            fmt_money(aov * 0.2))
    d.text_line("Your Claims for Part B (Medical Insurance)", 12.5, "B")
    d.ln(1)
    d.text_line(f"{doc}, MD, Pulmonary Associates of Harlow Bend", 10, "B")
    d.text_line(f"Claim Number: {c1}   Service Date: {fmt_date(dv, ds)}", 9)
    d.table(["Service Provided & Billing Code", "Approved?", "Charged", "Approved", "Paid", "May Be Billed"],
            [["Office visit, established (99214)", "Yes", fmt_money(ov), fmt_money(aov), fmt_money(aov * 0.8),
              fmt_money(aov * 0.2)]], [66, 20, 22, 22, 22, 26], size=7.8, aligns="LLRRRR")
    d.text_line(sup, 10, "B")
    d.text_line(f"Claim Number: {c2}   Service Date: {fmt_date(dos, ds)}   Referred by: {doc}", 9)
    d.table(["Service Provided & Billing Code", "Approved?", "Charged", "Approved", "Paid", "May Be Billed", "Notes"],
            [["Albuterol/ipratropium (J7620)", "No", fmt_money(j20), "$0.00", "$0.00", "$0.00", "C"],
             ["Budesonide (J7626)", "No", fmt_money(j26), "$0.00", "$0.00", "$0.00", "C"],
             ["*Total for this supplier", "", fmt_money(total), "$0.00", "$0.00", "$0.00", ""]],
            [58, 18, 22, 20, 20, 24, 14], size=7.8, aligns="LLRRRRL")
    paras(d, [
        "#Notes for Your Claims",
        "C  Medicare Part B doesn't pay for these drugs because you were living in a nursing facility on this "
        "date and the nebulizer was not supplied to you as durable medical equipment. These drugs may be covered "
        "by your Medicare drug plan (Part D). The supplier can't bill you because it didn't give you a notice in "
        "advance.",
        "#How to Handle Denied Claims or File an Appeal",
        f"Appeals must be filed by {fmt_date(deadline, ds)}. Circle the services you disagree with and explain why "
        "on this notice, or send a Redetermination Request form to the Medicare contractor at the address on the "
        "last page."], size=9.2)
    t = truth("eob", "not_covered", insurer="Medicare", member_name=f["member"], case_numbers=[c2],
              claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(),
              provider=sup, appeal_deadline=deadline.isoformat(), denial_alternates=["other", "eligibility"],
              type_alternates=["denial_letter"], alternates={"insurer": [CMS], "member_id": [mid_mask]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: Medicaid notice, no diagnosis (rotated)
def doc_medicaid(r):
    f = base(r)
    org = "Harlow Bend Family Health Plan"
    sup, doc = SUPPLIERS[4], DOCTORS[1]
    req = f["notice"] - dt.timedelta(days=r.randint(3, 8))
    case = pat(r, "HB-9999999")
    f.update(mid=pat(r, "99999999999"))
    ds = "long"
    d = Page(footer="Harlow Bend Family Health Plan is a Medicaid managed care organization.  HBFHP-NA-11")
    d.add_page()
    d.text_line(org, 15, "B", "C")
    d.text_line("Medicaid Managed Care  |  88 Wickett Lane, Harlow Bend, KY 40099  |  " + f["phone"], 8.3,
                "", "C")
    d.rule(0.4, 5)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(2)
    for s in (f["member"], *f["addr"]):
        d.text_line(s, 10)
    d.ln(4)
    d.text_line("NOTICE OF ACTION: SERVICE DENIED", 12.5, "B")
    d.ln(1)
    kv(d, [("Enrollee name", f["member"]), ("Enrollee ID", f["mid"]), ("Notice number", case),
           ("Requested by", f"{sup} (DME supplier)"), ("Ordering doctor", doc),
           ("Items requested", "E0570 nebulizer; J7620 albuterol/ipratropium, 30-day supply"),
           ("Received on", fmt_date(req, ds)), ("Date of birth", fmt_date(f["dob"], ds))], w=42)
    paras(d, [
        "#What we decided",
        "We denied the request for a home nebulizer and albuterol/ipratropium solution.",
        "#Why we decided this",
        "The plan covers a nebulizer when your doctor's records show a lung condition that needs medicine given "
        "by nebulizer, such as asthma or COPD, and that you cannot use an inhaler. The order and the notes we "
        "received do not list any diagnosis. Without it we cannot tell that the nebulizer is medically necessary.",
        "#Your right to appeal",
        "You may ask for an appeal within 60 days from the date of this notice. You can call us or write to "
        "Appeals, 88 Wickett Lane, Harlow Bend, KY 40099. Your doctor or the supplier can send the missing records "
        "at any time and ask us to look again.",
        "If you want your current services to continue during your appeal, ask within 10 days. If the plan "
        "upholds the denial, you may ask for a State Fair Hearing within 120 days of the appeal decision."],
        size=9.6)
    t = truth("denial_letter", "medical_necessity", insurer=org, member_id=f["mid"], member_name=f["member"],
              case_numbers=[case], denial_date=f["notice"].isoformat(), provider=sup,
              appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              denial_alternates=["other", "prior_authorization"], alternates={"provider": [doc]})
    return pdf_bytes(d), t


PLAN = [
    ("bd_msn_budesonide_over_quantity", "born_digital", doc_msn_qty, None),
    ("scan300_msn_es_sin_diagnostico", "scan_clean_300", doc_msn_es, None),
    ("faxstd_stack_cover_ma_eob_part_d_supplier_statement", "fax_standard_g4", doc_stack, ["cover", None]),
    ("copy_child_eob_vials_over_limit", "photocopy", doc_child_eob, None),
    ("photo_ma_claim_summary_paid", "phone_photo", doc_paid, None),
    ("lowres_msn_two_claims_nursing_facility_part_d", "scan_lowres_150", doc_msn_partd, None),
    ("rotated_medicaid_notice_no_diagnosis", "rotated", doc_medicaid, None),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build, seps) in enumerate(PLAN):
        out = build(random.Random(SEED + i))
        docs = out if isinstance(out, list) else [out]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
