"""Family 'pharmacogenomic_cyp_panel_testing_denial': pharmacogenomic testing (81225 CYP2C19, 81226 CYP2D6, 81418
drug metabolism panel) refused because no drug decision was pending, as not medically necessary or investigational,
or because the lab was out of network; and the labs' own paper around it.

Documents: a two-column denial letter (claim sidebar) refusing an 81418 panel as investigational; a scanned stack
of an EOB denying an out-of-network 81226 claim next to a paid office visit and the lab's patient bill quoting the
plan's denial code; a Medicare Summary Notice with a MolDX-style message (one lab claim paid, one denied); a Spanish
appeal decision upholding an 81225 denial (no drug decision pending); a phone photo of the lab's advance notice the
patient signed (nothing denied yet); a paid EOB for 81225 before clopidogrel (nothing denied), fed sideways; a lab
benefit manager's standard-fax determination to the ordering physician refusing a panel before collection.

Decoys: DOB, accession and requisition numbers, NPIs, patient account numbers, specimen received dates, claims
processed periods, plan-paid/you-owe amounts, estimated costs, form numbers, external-review and expedited limits.
All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "pharmacogenomic_cyp_panel_testing_denial"
LANG = "en"
SEED = 280600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(17, 15, 17)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def base(r: Rand, lang: str = "en") -> dict:
    member, first, mid, last = r.person(lang)
    return dict(member=member, first=first, last=last, addr=r.address(lang), doc=r.person()[0],
                dob=dt.date(r.randint(1944, 1990), r.randint(1, 12), r.randint(1, 28)), npi=r.npi(),
                dos=dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 130)))


def kv(d: Page, rows, lw=46, size=9.4, x=None):
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, size * 0.52, lab)
        d.font(size)
        d.cell(0, size * 0.52, val, new_x="LMARGIN", new_y="NEXT")


# ---------------------------------------------------------------- 0: two-column letter, 81418 investigational
def doc_two_column(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Orchard Lane Health Insurance, Inc."
    mid, grp = f"OLH-{r.digits(3)}-{r.digits(3)}-{r.digits(3)}", f"{r.digits(6)}"
    claim = f"26{r.digits(3)}E{r.digits(6)}"
    lab = "Helixpoint Genomics Laboratory"
    billed = f"{r.randint(1900, 3400)}.00"
    letter = f["dos"] + dt.timedelta(days=r.randint(30, 45))
    acc = f"HX-{r.digits(8)}"
    d = Page("Orchard Lane Health · OLH-DN-07 · page {p} of {n}", margins=(14, 14, 14))
    d.add_page()
    d.text_line("Orchard Lane Health", 17, "B", h=8)
    d.text_line(f"{ins} · 62 Harbor View Road, Bellingham, WA 98225", 8.5, h=4.6)
    d.rule(0.5, 5)
    y0 = d.get_y()
    d.set_line_width(0.4)
    d.rect(14, y0, 60, 132)
    d.set_xy(17, y0 + 3)
    d.font(10, "B")
    d.cell(54, 6, "Your claim at a glance", new_x="LEFT", new_y="NEXT")
    for lab_, val in [("Claim number", claim), ("Patient", f["member"]), ("Member ID", mid), ("Group", grp),
                      ("Test", "81418 Drug metabolism panel"), ("Date of service", fmt_date(f["dos"], "abbr")),
                      ("Laboratory", lab), ("Ordered by", f["doc"] + ", MD"), ("Amount billed", fmt_money(billed)),
                      ("Lab accession", acc), ("Decision", "Not covered")]:
        d.set_x(17)
        d.font(7.8, "B")
        d.cell(54, 4, lab_, new_x="LEFT", new_y="NEXT")
        d.font(9)
        d.cell(54, 5.2, val, new_x="LEFT", new_y="NEXT")
        d.ln(0.8)
    d.set_xy(80, y0)
    d.set_left_margin(80)
    d.text_line(fmt_date(letter, "long"), 10, h=6)
    d.ln(2)
    d.para(f"{f['member']}\n{f['addr'][0]}\n{f['addr'][1]}", 9.8)
    d.para(f"Dear {f['first']} {f['last']},", 9.8)
    d.para(f"We reviewed the claim from {lab} for a pharmacogenomic drug metabolism panel collected on "
           f"{fmt_date(f['dos'], 'long')}. We are not able to pay this claim.", 9.8)
    d.text_line("Why we denied it", 10.5, "B", h=6)
    d.para("Multi-gene pharmacogenomic panels (five or more genes tested at once) are considered investigational "
           "under our medical policy GEN-2.14. Studies have not shown that testing many genes at once improves care "
           "compared with testing the single gene tied to a medicine your doctor is about to prescribe. Your plan "
           "excludes investigational services (Plan Document, Section 8.2).", 9.8)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para("You can appeal within 180 days of the date of this letter. Mail your appeal to Orchard Lane Appeals, "
           f"PO Box 3311, Bellingham, WA 98227 or fax {ph(r)}. For urgent care, an expedited appeal is decided within "
           "72 hours. You may also ask for external review after the appeal.", 9.8)
    d.para("Sincerely,\nMember Claims Review, Orchard Lane Health", 9.8)
    d.set_left_margin(14)
    t = truth("denial_letter", "experimental", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=billed, service_dates=[iso(f["dos"])], denial_date=iso(letter),
              provider=lab, appeal_deadline=iso(letter + dt.timedelta(days=180)),
              alternates={"provider": [f["doc"]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: scan stack: OON EOB + lab bill
def doc_oon_eob(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Granite Peak Benefit Plans"
    stmt = f["stmt"]
    d = Page("Granite Peak Benefit Plans  |  Explanation of Benefits  |  page {p}", margins=(13, 12, 13))
    d.add_page()
    d.text_line("GRANITE PEAK", 16, "B", h=7.5)
    d.text_line(f"{ins}  |  PO Box 880, Lubbock, TX 79401  |  {r.phone()}", 8.4, h=4.5)
    d.ln(2)
    d.text_line("EXPLANATION OF BENEFITS — THIS IS NOT A BILL", 11.5, "B", h=6.5)
    d.ln(1)
    kv(d, [("Date issued:", fmt_date(stmt, "mdy_nopad")), ("Subscriber:", f["sub"]), ("Patient:", f["member"]),
           ("Member ID:", f["mid"]), ("Group no.:", f["grp"])], lw=30, size=9)
    d.ln(3)
    ov = f"{r.randint(180, 260)}.00"
    rows = [[f["c1"], fmt_date(f["dos"] - dt.timedelta(days=9), "slash"), "Harborview Family Medicine", "99213",
             fmt_money(ov), fmt_money(float(ov) * 0.7), fmt_money(float(ov) * 0.7 - 30), "30.00", ""],
            [f["c2"], fmt_date(f["dos"], "slash"), f["lab"], "81226", fmt_money(f["billed"]), "0.00", "0.00",
             fmt_money(f["billed"]), "PR-242"]]
    d.table(["Claim", "Service date", "Provider", "Code", "Billed", "Allowed", "Paid", "You owe", "Msg"], rows,
            [30, 22, 48, 13, 17, 16, 16, 17, 14], size=7.6, aligns="LLLLRRRRL", head_fill=True)
    d.text_line("Message codes", 9.8, "B", h=5.5)
    d.para(f"PR-242  Services not provided by network providers. {f['lab']} is not in the Granite Peak network and "
           "your plan has no out-of-network laboratory benefit. In-network labs offer CYP2D6 genotyping. The amount "
           "is your responsibility.", 8.6)
    d.para("Appeals: you may appeal within 180 days of the date this EOB was issued. Write to Granite Peak Appeals, "
           "PO Box 884, Lubbock, TX 79401. Expedited review: 72 hours.", 8.6)
    t = truth("eob", "out_of_network", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["c2"]], claim_amount=f["billed"],
              service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=f["lab"],
              appeal_deadline=iso(stmt + dt.timedelta(days=180)), denial_alternates=["not_covered"])
    return pdf_bytes(d), t


def doc_lab_bill(r: Rand, f: dict) -> tuple[bytes, dict]:
    bill = f["stmt"] + dt.timedelta(days=r.randint(12, 20))
    acct = f"{r.digits(9)}"
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line(f["lab"], 14, "B", h=7)
    d.text_line(f"Client Billing · 3020 Lantern Way, Yuma, AZ 85364 · Billing questions {ph(r)}", 8.5, h=4.6)
    d.ln(3)
    d.set_fill_color(30, 30, 30)
    d.set_text_color(255, 255, 255)
    d.font(11, "B")
    d.cell(0, 7, "  PATIENT BILL", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(2)
    d.boxes([("Bill date", fmt_date(bill, "long"), 40), ("Account no.", acct, 36), ("Accession", f["acc"], 36),
             ("Balance due", fmt_money(f["billed"]), 32), ("Due by", fmt_date(bill + dt.timedelta(days=30), "long"),
                                                          38)])
    d.ln(3)
    d.para(f"Patient: {f['member']}   DOB {fmt_date(f['dob'], 'slash')}\nResponsible party: {f['sub']}\n"
           f"Insurance billed: Granite Peak Benefit Plans · Member ID {f['mid']} · Claim {f['c2']}", 9)
    d.table(["Date", "CPT", "Description", "Charge"],
            [[fmt_date(f["dos"], "slash"), "81226", "CYP2D6 gene analysis, common variants", fmt_money(f["billed"])],
             [fmt_date(f["stmt"], "slash"), "", "Insurance denied - PR-242 out of network", "0.00"],
             ["*Amount you owe", "", "", fmt_money(f["billed"])]],
            [28, 20, 100, 30], size=8.8, aligns="LLLR")
    d.para(f"Ordering physician: {f['doc']}, MD. Your insurance plan processed this test as out of network and "
           "assigned the balance to you. If you appeal to your plan, call us and we will hold your account for 45 days. "
           "Ask about our patient-pay price of $249.00 if you pay within 30 days.", 9)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[f["c2"]],
              claim_amount=f["billed"], service_dates=[iso(f["dos"])], denial_date=iso(bill), provider=f["lab"],
              unscored=["insurer"], alternates={"case_numbers": [[]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    sub = r.person()[0]
    f.update(sub=sub, mid=f"GPB{r.digits(8)}", grp=f"{r.digits(3)}-{r.digits(4)}", c1=f"{r.digits(11)}",
             c2=f"{r.digits(11)}", lab="Corvane Precision Diagnostics", billed=f"{r.randint(640, 1150)}.00",
             acc=f"CPD{r.digits(7)}")
    f["stmt"] = f["dos"] + dt.timedelta(days=r.randint(20, 32))
    return Item(f"{FAMILY}_scan_stack", "scan_clean_300", [doc_oon_eob(r, f), doc_lab_bill(r, f)])


# ---------------------------------------------------------------- 2: MSN with a MolDX-style message (photocopy)
def doc_msn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    mbi = f"{r.randint(1, 9)}{r.letters(1)}{r.letters(1)}{r.digits(1)}-{r.letters(2)}{r.digits(1)}-{r.letters(2)}{r.digits(2)}"
    notice = f["dos"] + dt.timedelta(days=r.randint(35, 55))
    appeal_by = notice + dt.timedelta(days=120)
    lab = "Helixpoint Genomics Laboratory"
    c1, c2 = f"{r.digits(2)}-{r.digits(4)}-{r.digits(3)}-{r.digits(3)}", f"{r.digits(2)}-{r.digits(4)}-{r.digits(3)}-{r.digits(3)}"
    d1 = f["dos"] - dt.timedelta(days=r.randint(10, 25))
    billed = f"{r.randint(1700, 3000)}.00"
    d = Page("Medicare Summary Notice  ·  Page {p} of {n}", margins=(15, 13, 15))
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 13, "B", h=7)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.6,
                h=5)
    d.rule(0.6, 3)
    y = d.get_y()
    for ln in [f["member"].upper(), *[a.upper() for a in f["addr"]]]:
        d.text_line(ln, 9.4, h=4.8)
    d.set_y(y)
    kv(d, [("Date of this notice:", fmt_date(notice, "long")), ("Medicare Number:", mbi),
           ("Claims processed between:", f"{fmt_date(notice - dt.timedelta(days=90), 'abbr')} and "
                                        f"{fmt_date(notice, 'abbr')}")], lw=47, size=8.4, x=92)
    d.ln(4)
    d.set_fill_color(230, 230, 230)
    d.font(10, "B")
    d.cell(0, 6.5, f"  If you disagree with a claims decision, file an appeal by {fmt_date(appeal_by, 'long')}.",
           fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line("Your Claims for Part B (Medical Insurance)", 11, "B", h=6.5)
    for cl, day, prov, code, desc, amt, approved, note in [
            (c1, d1, "Sandhill Clinical Labs", "80061", "Lipid panel", f"{r.randint(40, 90)}.00", True, ""),
            (c2, f["dos"], lab, "81418", "Drug metabolism gene panel", billed, False, "A, B")]:
        d.font(9, "B")
        d.cell(0, 5.4, f"{prov}   Claim number {cl}   Service date {fmt_date(day, 'slash')}", new_x="LMARGIN",
               new_y="NEXT")
        ap = round(float(amt) * 0.55, 2) if approved else 0.0
        d.table(["Service & billing code", "Approved?", "Charged", "Approved amt",
                 "Medicare paid", "You may owe", "Notes"],
                [[f"{desc[:30]} ({code})", "Yes" if approved else "No", fmt_money(amt), fmt_money(ap), fmt_money(ap),
                  "$0.00" if approved else fmt_money(amt), note]], [62, 16, 24, 24, 20, 26, 12], size=7.4,
                aligns="LLRRRRL", row_h=5)
    d.text_line("Notes for Claims Above", 10, "B", h=6)
    d.para("A  This genetic test is not covered. Medicare pays for pharmacogenomic testing under the Molecular "
           "Diagnostic Services (MolDX) program only when a drug decision is pending and the result will guide that "
           "drug's selection or dose. The information sent does not show this, so the test was not reasonable and "
           "necessary. (Message 15.4)", 8.6)
    d.para("B  The laboratory gave you an Advance Beneficiary Notice, so you may have to pay the charge. "
           "(Message 17.8)", 8.6)
    d.para(f"To appeal, circle the service you disagree with, explain why, sign, and send this notice to Noble "
           f"Meridian Medicare Services, Part B Redeterminations, PO Box 6720, Fargo, ND 58108. Questions: "
           f"1-800-MEDICARE. Provider NPI on file for {lab}: {f['npi']}.", 8.6)
    t = truth("eob", "medical_necessity", insurer="Medicare", member_id=mbi, member_name=f["member"],
              case_numbers=[c2], claim_amount=billed, service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=lab, appeal_deadline=iso(appeal_by), type_alternates=["denial_letter"],
              denial_alternates=["not_covered", "experimental"],
              alternates={"insurer": ["Noble Meridian Medicare Services"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: Spanish appeal decision upheld (150 dpi)
def doc_es_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r, "es")
    ins = "Salud Coralina Plan de Salud, Inc."
    mid, grp = f"SC{r.digits(9)}", f"{r.digits(5)}"
    appeal, claim = f"AP-{r.digits(6)}", f"{r.digits(12)}"
    lab = "Laboratorio Genómico del Caribe"
    billed = f"{r.randint(380, 720)}.{r.choice(['00', '50'])}"
    dec = f["dos"] + dt.timedelta(days=r.randint(75, 100))
    d = Page("Salud Coralina · Decisión de apelación · página {p} de {n}")
    d.add_page()
    d.text_line("Salud Coralina", 18, "B", h=8)
    d.text_line(f"{ins} · Apartado 4471, Caguas, PR 00725 · {r.phone()}", 8.4, h=4.6)
    d.ln(6)
    d.text_line(fmt_date(dec, "es"), 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("DECISIÓN SOBRE SU APELACIÓN", 12.5, "B", h=7)
    kv(d, [("Afiliado:", f["member"]), ("Número de afiliado:", mid), ("Número de grupo:", grp),
           ("Número de apelación:", appeal), ("Número de reclamación:", claim),
           ("Servicio:", "81225 Genotipo CYP2C19"), ("Fecha del servicio:", fmt_date(f["dos"], "es_abbr")),
           ("Laboratorio:", lab), ("Médico que ordenó:", f"Dr. {f['doc']}"), ("Monto facturado:", fmt_money(billed))],
       lw=52, size=9.6)
    d.ln(4)
    d.para(f"Estimado(a) {f['first']} {f['last']}:", 10)
    d.para("Revisamos su apelación sobre la prueba genética CYP2C19. Un médico que no participó en la primera "
           "decisión revisó su expediente. Mantenemos la denegación.", 10)
    d.para("Motivo: la prueba no es médicamente necesaria. Nuestra política cubre la prueba CYP2C19 solo cuando hay "
           "una decisión pendiente sobre un medicamento (por ejemplo, clopidogrel después de un stent). Su "
           "expediente no muestra ningún medicamento que se fuera a iniciar o cambiar cuando se hizo la prueba.", 10)
    d.para("Esta es la decisión final de nuestro proceso interno. Si no está de acuerdo, puede pedir una revisión "
           "externa independiente dentro de 4 meses a partir de recibir esta carta. Si su salud está en peligro, "
           "puede pedir una revisión externa acelerada (72 horas).", 10)
    d.para("Atentamente,\nUnidad de Querellas y Apelaciones, Salud Coralina", 10)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=billed,
              service_dates=[iso(f["dos"])], denial_date=iso(dec), provider=lab,
              alternates={"case_numbers": [[appeal]], "provider": [f["doc"]], "insurer": ["Salud Coralina"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: lab's advance notice, signed (phone photo)
def doc_abn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    lab = "Corvane Precision Diagnostics"
    acc = f"REQ-{r.digits(7)}"
    est = f"{r.randint(1400, 2600)}.00"
    d = Page("Form CMS-R-131 (Exp. 01/31/2029)        OMB No. 0938-0566", margins=(16, 14, 16))
    d.add_page()
    d.text_line(f"A. Notifier: {lab}, 3020 Lantern Way, Yuma, AZ 85364, {ph(r)}", 9.4, h=5.5)
    d.text_line(f"B. Patient Name: {f['member']}", 9.4, h=5.5)
    d.text_line(f"C. Identification Number: {acc}", 9.4, h=5.5)
    d.ln(3)
    d.text_line("Advance Beneficiary Notice of Non-coverage (ABN)", 13.5, "B", align="C", h=8)
    d.para("NOTE: If Medicare doesn't pay for D. the test below, you may have to pay. Medicare does not pay for "
           "everything, even some care that you or your health care provider have good reason to think you need. "
           "We expect Medicare may not pay for the D. test below.", 9.4)
    d.table(["D. Test", "E. Reason Medicare may not pay", "F. Estimated cost"],
            [["81418 Pharmacogenomic panel", "Medicare covers this panel only when a", fmt_money(est)],
             ["(CYP2C19, CYP2D6, CYP2C9,", "drug decision is pending (MolDX). No", ""],
             ["CYP3A5, SLCO1B1, VKORC1)", "pending medicine is listed on the order.", ""]],
            [58, 82, 38], size=8.8, border_head="B")
    d.para(f"Ordering physician: {f['doc']}, MD.   Specimen collection date: {fmt_date(f['dos'], 'slash')}.", 9.2)
    d.text_line("G. OPTIONS: Check only one box. We cannot choose a box for you.", 9.8, "B", h=6)
    d.para("[X] OPTION 1. I want the test listed above. You may ask to be paid now, but I also want Medicare billed "
           "for an official decision on payment, which is sent to me on a Medicare Summary Notice (MSN). I understand "
           "that if Medicare doesn't pay, I am responsible for payment, but I can appeal to Medicare.", 8.8)
    d.para("[  ] OPTION 2. I want the test listed above, but do not bill Medicare. I am responsible for payment.", 8.8)
    d.para("[  ] OPTION 3. I don't want the test listed above. I am not responsible for payment.", 8.8)
    d.text_line("H. Additional Information:", 9.4, "B", h=5.5)
    d.para("This notice gives our opinion, not an official Medicare decision. Questions: call 1-800-MEDICARE.", 8.8)
    d.ln(2)
    d.text_line(f"I. Signature: {f['member']} (signed)          J. Date: {fmt_date(f['dos'], 'slash')}", 9.6, h=6)
    t = truth("other", None, member_name=f["member"], service_dates=[iso(f["dos"])], denial_date=iso(f["dos"]),
              provider=lab, unscored=["insurer"],
              alternates={"provider": [f["doc"]], "service_dates": [[]], "denial_date": [None], "member_id": [acc],
                          "claim_amount": [est]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: paid 81225 EOB (rotated)
def doc_paid_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Willowmere Health Cooperative"
    mid, grp = f"{r.digits(3)} {r.digits(3)} {r.digits(3)}", f"WHC-{r.digits(4)}"
    claim = f"{r.letters(1)}{r.digits(10)}"
    lab = "Sandhill Clinical Labs"
    stmt = f["dos"] + dt.timedelta(days=r.randint(18, 30))
    billed = f"{r.randint(420, 690)}.00"
    al = round(float(billed) * 0.58, 2)
    d = Page("Willowmere Health Cooperative — Claim Summary — {p}/{n}")
    d.add_page()
    d.text_line("Willowmere Health Cooperative", 15, "B", h=7.5)
    d.text_line(f"Member-owned health plan · 900 Juniper Drive, Duluth, MN 55802 · {r.phone()}", 8.4, h=4.6)
    d.ln(4)
    d.text_line("YOUR CLAIM SUMMARY (Explanation of Benefits)", 11.5, "B", h=6.5)
    kv(d, [("Summary date", fmt_date(stmt, "dmy")), ("Member", f["member"]), ("Member number", mid), ("Group", grp),
           ("Claim", claim), ("Lab", lab), ("Ordered by", f"{f['doc']}, MD (cardiology)")], lw=36, size=9.2)
    d.ln(3)
    d.table(["Date", "Code", "Test", "Charged", "Allowed", "Plan paid", "Your cost"],
            [[fmt_date(f["dos"], "dmy"), "81225", "CYP2C19 genotype", fmt_money(billed), fmt_money(al),
              fmt_money(al), "$0.00"]], [24, 16, 50, 22, 22, 22, 20], size=8.6, aligns="LLLRRRR", head_fill=True)
    d.para("Covered in full: genotype testing before starting clopidogrel after a coronary stent meets the plan's "
           "pharmacogenomic testing policy. Lab tests at in-network labs have no cost share under your plan.", 9.2)
    d.para("If you have questions about this summary, call us. You may request a review of any claim decision within "
           "180 days after you receive this summary.", 9.2)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid.replace(" ", ""), member_name=f["member"],
              case_numbers=[claim], claim_amount=billed, service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=lab, type_alternates=["other"], alternates={"provider": [f["doc"]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: LBM fax to ordering physician (standard fax)
def doc_lbm_fax(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    lbm = "Lumenal Lab Benefit Management"
    plan = "Pinemark Health Plan"
    case = f"LB{r.digits(4)}-{r.digits(5)}"
    mid = f"PMK{r.digits(9)}"
    dec = f["dos"] - dt.timedelta(days=r.randint(5, 12))
    d = Page(f"{lbm} · Case {case} · " + "{p}/{n}", margins=(16, 14, 16))
    d.add_page()
    d.text_line("LUMENAL", 16, "B", h=7.5)
    d.text_line(f"Lab Benefit Management on behalf of {plan}", 9.5, h=5)
    d.text_line(f"Phone {r.phone()}  ·  Fax {ph(r)}", 8.5, h=5)
    d.ln(3)
    d.text_line("FAX — GENETIC TESTING PRIOR AUTHORIZATION DETERMINATION", 11.5, "B", h=7)
    d.set_line_width(0.3)
    for lab_, val in [("To (ordering provider)", f"{f['doc']}, MD   NPI {f['npi']}"),
                      ("Determination date", fmt_date(dec, "upper")), ("Case ID", case),
                      ("Patient", f"{f['member']}   DOB {fmt_date(f['dob'], 'upper')}"),
                      ("Health plan / member ID", f"{plan} / {mid}"),
                      ("Test requested", "81418 Drug metabolism panel (Corvane Precision Diagnostics)"),
                      ("Planned collection date", fmt_date(f["dos"], "upper")), ("Determination", "NOT APPROVED")]:
        y = d.get_y()
        d.font(8.6, "B")
        d.cell(55, 7, lab_, border=1)
        d.font(9.2)
        d.cell(0, 7, val, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Clinical rationale", 10.5, "B", h=6)
    d.para("The request does not meet medical necessity criteria (Lumenal guideline PGx-003). Pharmacogenomic testing "
           "is medically necessary only when the patient is starting or being considered for a specific medicine "
           "whose label or CPIC guideline ties dosing or selection to the genes tested. The order lists depression "
           "screening and 'future medication planning'; no drug decision is pending. A single-gene test may be "
           "requested when a medicine is chosen.", 9.4)
    d.text_line("Appeal", 10.5, "B", h=6)
    d.para("The member or the ordering provider may appeal within 60 days of the date of this notice by fax to the "
           "number above. A peer-to-peer discussion can be scheduled within 7 days. Urgent appeals: 72 hours.", 9.4)
    d.para("CONFIDENTIAL: this fax contains protected health information.", 8)
    t = truth("denial_letter", "medical_necessity", insurer=lbm, member_id=mid, member_name=f["member"],
              case_numbers=[case], service_dates=[iso(f["dos"])], denial_date=iso(dec), provider=f["doc"],
              appeal_deadline=iso(dec + dt.timedelta(days=60)), denial_alternates=["prior_authorization"],
              alternates={"insurer": [plan], "service_dates": [[]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_two_column, "bd_two_column", "born_digital"), (2, doc_msn, "msn_moldx", "photocopy"),
              (3, doc_es_appeal, "es_appeal", "scan_lowres_150"), (4, doc_abn, "abn_signed", "phone_photo"),
              (5, doc_paid_eob, "paid_eob", "rotated"), (6, doc_lbm_fax, "lbm_fax", "fax_standard_g4")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
