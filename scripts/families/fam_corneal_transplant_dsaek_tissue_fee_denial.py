"""Family 'corneal_transplant_dsaek_tissue_fee_denial': endothelial keratoplasty (DSAEK/DMEK, CPT 65756) with the
donor cornea billed as V2785 (processing, preserving and transporting corneal tissue), where the eye bank's tissue
fee is refused as included in the facility payment, as not a covered expense when an eye bank bills directly, or
for want of prior authorization; with the paid surgeon claim, the eye bank's invoice and an approval beside them.

Documents: a landscape EOB with the surgeon's claim paid and the surgery center's claim whose V2785 line is denied
as bundled; a scanned stack of a plan's prose letter refusing the eye bank's directly billed tissue fee (facts only
in sentences), the blank back of its sheet and the eye bank's invoice to the patient; a phone photo of a Spanish
Medicaid managed care notice refusing the surgeon's claim for lack of prior authorization; a standard-fax
authorization approval for the second eye; a sideways independent review decision overturning a tissue denial;
a photocopied "claim on hold, invoice needed" letter to the surgery center (refuses nothing); a low-resolution
DOL-model adverse benefit determination refusing DSAEK for the second eye as not medically necessary.

Decoys: DOB, NPIs, tissue and donor IDs, invoice and account numbers, endothelial cell counts, the first eye's
earlier surgery and claim, received dates, plan-paid/you-owe, sample amounts, fair-hearing, continuation,
external-review and 72-hour limits, validity windows. All invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "corneal_transplant_dsaek_tissue_fee_denial"
LANG = "en"
SEED = 314600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Page(Doc):
    def __init__(self, foot=None, margins=(16, 14, 16), font="DejaVu", header=None, orientation="P"):
        super().__init__(font, footer=foot, header=header, margins=margins, orientation=orientation)
        if font == "DejaVu":
            self.add_font("DejaVu", "B", BOLD)


def base(r: Rand, lang: str = "en") -> dict:
    member, first, mid, last = r.person(lang)
    dos = dt.date(2026, 1, 26) + dt.timedelta(days=r.randint(0, 110))
    return dict(member=member, first=first, mid=mid, last=last, addr=r.address(lang), dos=dos,
                dob=dt.date(r.randint(1940, 1985), r.randint(1, 12), r.randint(1, 28)), ph=r.phone(),
                npi=r.npi(), npi2=r.npi(), tissue=f"{r.digits(2)}-{r.digits(5)}-{r.letters(1)}")


# ---------------------------------------------------------------- 0: landscape EOB, surgeon paid, tissue bundled
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Larkspur Health Insurance Company"
    mid, grp = f"LHI{r.digits(3)}{r.letters(2)}{r.digits(4)}", f"{r.digits(7)}"
    c_s, c_f = f"{r.digits(11)}", f"{r.digits(11)}"
    surg, asc = "Dr. Beatriz K. Ibarra", "Clearwater Eye Surgery Center"
    stmt = f["dos"] + dt.timedelta(days=r.randint(26, 38))
    s_ch = float(r.randint(2600, 3400))
    f65, v27 = float(r.randint(4200, 5600)), float(r.randint(3100, 3900))
    ftot = f65 + v27
    d = Page("Larkspur Health  -  Explanation of Benefits  -  Statement page {p} of {n}", orientation="L",
             margins=(14, 12, 14))
    d.add_page()
    d.text_line("LARKSPUR HEALTH", 18, "B", h=8)
    d.text_line(f"{ins}  |  PO Box 8812, Pueblo, CO 81003  |  Member line {f['ph']}", 8.6, h=4.6)
    d.ln(3)
    d.boxes([("Statement date", fmt_date(stmt, "upper"), 40), ("Insured person", f["member"], 60),
             ("Larkspur ID", mid, 46), ("Group", grp, 30), ("Eye treated", "Right (RT)", 30),
             ("Claims on this statement", "2", 44)], h=11)
    d.ln(5)
    head = ["Claim", "Provider", "Date", "Code", "Service", "Billed", "Allowed", "Paid by plan", "You owe", "Code"]
    w = [27, 51, 22, 13, 49, 20, 21, 21, 17, 9]
    rows = [[c_s, surg, fmt_date(f["dos"], "upper"), "65756", "Endothelial keratoplasty (surgeon)",
             fmt_money(s_ch, "nosign"), fmt_money(s_ch * 0.62, "nosign"), fmt_money(s_ch * 0.62 * 0.8, "nosign"),
             fmt_money(s_ch * 0.62 * 0.2, "nosign"), "-"],
            [c_f, asc, fmt_date(f["dos"], "upper"), "65756", "Endothelial keratoplasty (facility)",
             fmt_money(f65, "nosign"), fmt_money(f65 * 0.7, "nosign"), fmt_money(f65 * 0.7 * 0.8, "nosign"),
             fmt_money(f65 * 0.7 * 0.2, "nosign"), "-"],
            ["", "", fmt_date(f["dos"], "upper"), "V2785", "Corneal tissue processing",
             fmt_money(v27, "nosign"), "0.00", "0.00", "0.00", "B42"],
            ["*Facility claim total", "", "", "", "", fmt_money(ftot, "nosign"), "", "", "", ""]]
    d.table(head, rows, w, size=8.2, aligns="LLLLLRRRRC", head_fill=True)
    d.text_line("About code B42", 9.5, "B", h=5.5)
    d.para(f"B42  The cost of the donor cornea is included in our payment for the facility's endothelial "
           f"keratoplasty. It is not paid as a separate line. {asc} is in our network and may not bill you for "
           f"this amount. Eye bank tissue ID {f['tissue']} is shown for your records.", 8.6)
    d.text_line("If you disagree", 9.5, "B", h=5.5)
    d.para("You, or someone you name, may appeal within 180 days of the date of this statement. Write to Larkspur "
           "Health Appeals, PO Box 8815, Pueblo, CO 81003, or call the member line. An expedited appeal is decided "
           "within 72 hours. Surgeon NPI " + f["npi"] + ".", 8.6)
    t = truth("eob", "coding_error", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[c_f], claim_amount=m2(ftot), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=asc, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              denial_alternates=["other", "not_covered"], alternates={"claim_amount": [m2(v27)]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: scanned stack: prose letter + duplex + eye bank invoice
def doc_stack_letter(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Osprey Point Health Plan"
    notice = f["dos"] + dt.timedelta(days=r.randint(35, 50))
    f["notice"] = notice
    d = Page("Osprey Point Health Plan   OPHP-CL-7 (rev. 2025)", margins=(24, 18, 24), font="Times")
    d.add_page()
    d.text_line("Osprey Point Health Plan", 16, "B", h=8)
    d.text_line("Member Claims Services  .  77 Tidewater Parkway  .  Bellingham, WA 98225", 9.5, h=5)
    d.ln(8)
    d.text_line(fmt_date(notice, "long"), 11, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 11, h=5.4)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']}:", 11)
    d.para(f"We are writing about claim {f['claim']}, which {f['bank']} sent to us on your behalf. The claim is "
           f"for the donor cornea used in your endothelial keratoplasty (DSAEK) on {fmt_date(f['dos'], 'long')}, "
           f"billed as code V2785 for {fmt_money(f['total'])}. We show your member number as {f['mid']} under "
           f"group {f['grp']}.", 11)
    d.para("We are not able to pay this claim. Under your Certificate of Coverage, Section 7.4, charges for "
           "obtaining, processing and transporting donor tissue are covered only as part of the hospital's or "
           "surgery center's claim for the transplant. An eye bank is not a provider that can bill the plan "
           "directly, so the tissue fee it billed is not a covered expense. The surgeon's claim and the surgery "
           "center's claim for the same day were paid.", 11)
    d.para("We suggest that the eye bank and the surgery center work out the tissue fee between them. You may "
           "also ask us to look at this again.", 11)
    d.para("To appeal, write to us within 180 days of the date of this letter at Osprey Point Health Plan, "
           "Appeals, PO Box 302, Bellingham, WA 98227. Include this letter and anything you want us to consider. "
           "If we uphold our decision, you may ask for an independent external review within 4 months.", 11)
    d.para("Sincerely,\n\nMember Claims Services", 11)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["bank"],
              appeal_deadline=iso(notice + dt.timedelta(days=180)), denial_alternates=["coding_error", "other"])
    return pdf_bytes(d), t


def doc_stack_invoice(r: Rand, f: dict) -> tuple[bytes, dict]:
    inv = f"INV-{r.digits(6)}"
    idate = f["notice"] + dt.timedelta(days=r.randint(9, 16))
    due = idate + dt.timedelta(days=30)
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.set_fill_color(60, 60, 60)
    d.rect(16, 14, d.w - 32, 16, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(20, 17)
    d.font(14, "B")
    d.cell(0, 10, f["bank"].upper())
    d.set_text_color(0, 0, 0)
    d.set_xy(16, 33)
    d.text_line("Ocular tissue recovery, evaluation & distribution  |  9 Cedar Knoll Road, Fargo, ND 58102", 8.4,
                h=4.6)
    d.ln(4)
    d.text_line("INVOICE", 13, "B", h=7)
    d.boxes([("Invoice no.", inv, 40), ("Invoice date", fmt_date(idate, "iso"), 36), ("Due", fmt_date(due, "iso"), 34),
             ("Amount due", fmt_money(f["total"]), 40)], h=12)
    d.ln(4)
    d.boxes([("Bill to (patient)", f["member"], 64), ("Surgery date", fmt_date(f["dos"], "iso"), 36),
             ("Surgeon", "Dr. Colin J. Rutledge", 50)], h=12)
    d.ln(5)
    rows = [["V2785", "Corneal tissue, processing, preserving, transporting", f["tissue"], fmt_money(f["l1"], "nosign")],
            ["", "Pre-cut for DSAEK (lamellar preparation)", "", fmt_money(f["l2"], "nosign")],
            ["", "Courier, same day", "", fmt_money(f["l3"], "nosign")],
            ["*Total", "", "", fmt_money(f["total"], "nosign")]]
    d.table(["Code", "Description", "Tissue ID", "Amount"], rows, [20, 100, 38, 26], size=9, aligns="LLLR")
    d.para(f"Your health plan, Osprey Point Health Plan, denied claim {f['claim']} that we sent for this tissue. "
           "We have filed a reconsideration with the surgery center. Until it is resolved, this invoice is your "
           "responsibility. Questions: call our patient accounts desk.", 9)
    d.para("Donor information is confidential. The tissue was screened under FDA 21 CFR Part 1271 and the "
           "standards of the Eye Bank Association of America.", 7.8)
    t = truth("other", None, member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
              service_dates=[iso(f["dos"])], denial_date=iso(idate), provider=f["bank"], unscored=["insurer"],
              alternates={"case_numbers": [[], [inv], [f["claim"], inv]], "provider": ["Dr. Colin J. Rutledge"]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"OP{r.digits(8)}", grp=f"{r.digits(3)}-{r.digits(3)}", claim=f"{r.letters(2)}{r.digits(9)}",
             bank="Northern Plains Eye Bank")
    f["l1"], f["l2"], f["l3"] = float(r.randint(2900, 3500)), float(r.randint(450, 700)), 185.0
    f["total"] = f["l1"] + f["l2"] + f["l3"]
    letter = doc_stack_letter(r, f)
    inv = doc_stack_invoice(r, f)
    return Item(f"{FAMILY}_scan_stack", "scan_clean_300", [letter, inv], separators=["duplex", None])


# ---------------------------------------------------------------- 2: Spanish Medicaid MCO notice (phone photo)
def doc_es_notice(r: Rand) -> tuple[bytes, dict]:
    f = base(r, "es")
    ins = "Plan de Salud Comunitario Mesa Verde"
    prog = "Programa Medicaid de Nuevo México"
    mid = f"{r.digits(3)} {r.digits(3)} {r.digits(3)}"
    aviso, claim = f"AV-{r.digits(7)}", f"{r.digits(13)}"
    surg = "Milagros T. Zamora"
    notice = f["dos"] + dt.timedelta(days=r.randint(28, 40))
    ch = float(r.randint(2500, 3300)) + 0.75
    d = Page("Mesa Verde - Aviso de Determinación Adversa de Beneficios - página {p} de {n}", margins=(18, 14, 18))
    d.add_page()
    d.text_line("Plan de Salud Comunitario Mesa Verde", 14, "B", h=7)
    d.text_line(f"Un plan de atención administrada del {prog}", 9, h=5)
    d.ln(4)
    d.text_line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12, "B", h=7)
    d.ln(2)
    for lab, val in [("Fecha del aviso", fmt_date(notice, "es")), ("Número de aviso", aviso),
                     ("Afiliado(a)", f["member"]), ("Número de Medicaid", mid),
                     ("Reclamación", claim)]:
        d.font(9.5, "B")
        d.cell(46, 5.4, lab, border="B")
        d.font(9.5)
        d.cell(0, 5.4, val, border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(f"Estimado(a) {f['first']} {f['last']}: hemos negado el pago de la reclamación de la Dra. {surg}, "
           f"cirujana de córnea, por la cirugía de trasplante endotelial de córnea (65756) del "
           f"{fmt_date(f['dos'], 'es')}. El cargo facturado fue de {fmt_money(ch)}.", 10)
    d.para("Motivo: este procedimiento requiere autorización previa del plan. No recibimos una solicitud de "
           "autorización antes de la cirugía y no hay autorización en su expediente. Base: Contrato del plan, "
           "sección 4.2.9; 42 CFR 438.210. La proveedora no puede cobrarle a usted por este servicio.", 10)
    d.text_line("Sus derechos", 10.5, "B", h=6)
    d.para("Puede pedir una apelación al plan dentro de 60 días a partir de la fecha de este aviso. Si su salud "
           "corre peligro, pida una apelación acelerada; decidiremos en 72 horas. Si el plan mantiene su decisión, "
           "puede pedir una audiencia imparcial estatal dentro de 120 días a partir de la fecha de la decisión de "
           "la apelación. Para seguir recibiendo un servicio ya aprobado mientras se decide, pida la continuación "
           "de beneficios dentro de 10 días. Tiene derecho a copias gratuitas de su expediente y de los criterios "
           "usados.", 9.6)
    d.para(f"Llame gratis al {f['ph']} (TTY 711). Fecha de nacimiento: {fmt_date(f['dob'], 'es_abbr')}. NPI "
           f"de la proveedora: {f['npi']}.", 8.8)
    t = truth("denial_letter", "prior_authorization", lang="es", insurer=ins, member_id=mid,
              member_name=f["member"], case_numbers=[aviso, claim], claim_amount=m2(ch),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=surg,
              appeal_deadline=iso(notice + dt.timedelta(days=60)),
              alternates={"insurer": [prog], "case_numbers": [[claim], [aviso]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: approval for the second eye (standard fax)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Granite Shoals Health"
    mid, grp = f"GSH-{r.digits(8)}", f"{r.digits(4)}{r.letters(1)}"
    auth, prev = f"PA{r.digits(8)}", f"{r.digits(10)}"
    surg = "Dr. Ezra M. Nakamura"
    fac = "Yuma Valley Ambulatory Surgery"
    dd = f["dos"] - dt.timedelta(days=r.randint(8, 20))
    first_eye = f["dos"] - dt.timedelta(days=r.randint(100, 160))
    exp = dd + dt.timedelta(days=90)
    d = Page(None, margins=(18, 16, 18))
    d.add_page()
    d.text_line("GRANITE SHOALS HEALTH", 16, "B", h=8)
    d.text_line("Prior Authorization Department  -  fax back to " + r.phone(), 10, h=5.5)
    d.rule(1.0, 5)
    d.text_line("AUTHORIZATION DECISION: APPROVED", 14, "B", h=8)
    d.ln(2)
    for lab, val in [("Decision date", fmt_date(dd, "mdy_nopad")), ("Authorization #", auth),
                     ("Patient", f["member"]), ("Health plan ID", mid), ("Group #", grp),
                     ("Requesting surgeon", surg), ("Facility", fac),
                     ("Procedure", "65756 DSAEK, left eye (LT) + V2785 donor tissue"),
                     ("Scheduled", fmt_date(f["dos"], "mdy_nopad")), ("Use by", fmt_date(exp, "mdy_nopad"))]:
        d.font(11, "B")
        d.cell(50, 7, lab)
        d.font(11)
        d.cell(0, 7, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para("The request meets our criteria for endothelial keratoplasty: Fuchs dystrophy with corneal edema and "
           "reduced vision in the left eye. The donor tissue fee (V2785) is approved to be billed by the facility "
           "on its claim, not by the eye bank.", 11)
    d.para(f"For your records: the right eye was done on {fmt_date(first_eye, 'mdy_nopad')} under claim {prev}.",
           10)
    d.para("This is not a denial. Payment depends on eligibility on the date of service and the terms of the plan.",
           10)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[auth], service_dates=[iso(f["dos"])], denial_date=iso(dd), provider=surg,
              alternates={"service_dates": [[]], "provider": [fac]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: IRO overturns tissue denial (rotated)
def doc_iro(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    iro = "Meridian Independent Medical Review, LLC"
    plan = "Copperleaf Health Plans"
    case, claim = f"IMR-26-{r.digits(5)}", f"{r.digits(3)}-{r.digits(8)}"
    mid = f"CLH{r.digits(9)}"
    asc = "Harborview Outpatient Surgery Center"
    surg = "Dr. Theo A. Strand"
    dd = f["dos"] + dt.timedelta(days=r.randint(120, 160))
    recv = dd - dt.timedelta(days=r.randint(25, 40))
    fee = float(r.randint(3000, 3800)) + 0.5
    d = Page("Meridian Independent Medical Review  -  Final external review decision  -  {p}/{n}",
             margins=(20, 16, 20), font="Times")
    d.add_page()
    d.text_line("Meridian Independent Medical Review, LLC", 15, "B", h=7)
    d.text_line("An independent review organization certified by the state Department of Insurance", 9.5, h=5)
    d.ln(6)
    d.table(["Review case", "Date of decision", "Health plan", "Enrollee"],
            [[case, fmt_date(dd, "abbr"), plan, f["member"]]], [36, 36, 50, 52], size=10, border_head="TB")
    d.table(["Plan member ID", "Claim under review", "Date of surgery", "Amount in dispute"],
            [[mid, claim, fmt_date(f["dos"], "abbr"), fmt_money(fee)]], [36, 36, 50, 52], size=10,
            border_head="TB")
    d.text_line("Decision: the health plan's denial is OVERTURNED", 12, "B", h=7)
    d.para(f"We received this request for external review on {fmt_date(recv, 'abbr')}. The enrollee had "
           f"endothelial keratoplasty by {surg} at {asc}. The plan paid the surgery and denied the separately "
           "billed donor corneal tissue (V2785), saying it was included in the facility payment.", 11)
    d.para("The reviewer, a board-certified ophthalmologist with a cornea fellowship, read the plan's facility "
           "agreement and the member's evidence of coverage. Neither includes donor tissue in the surgery "
           "center's case rate, and the evidence of coverage lists corneal tissue acquisition as a covered "
           "transplant expense. The denial is reversed. The plan must process the tissue charge for payment "
           "within 5 business days of this decision.", 11)
    d.para("This decision is binding on the plan. The enrollee may still pursue any other remedy available under "
           "state or federal law.", 10.5)
    t = truth("other", None, insurer=iro, member_id=mid, member_name=f["member"], case_numbers=[case, claim],
              claim_amount=m2(fee), service_dates=[iso(f["dos"])], denial_date=iso(dd), provider=asc,
              alternates={"insurer": [plan], "case_numbers": [[case], [claim]], "provider": [surg]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: claim on hold, invoice needed (photocopy)
def doc_hold(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Bluewater Valley Health Plan"
    mid = f"BVH{r.digits(3)}-{r.digits(4)}"
    claim = f"{r.digits(2)}{r.letters(1)}{r.digits(9)}"
    asc = "Lantern Way Surgical Eye Center"
    sent = f["dos"] + dt.timedelta(days=r.randint(25, 35))
    recv = f["dos"] + dt.timedelta(days=r.randint(6, 12))
    billed = float(r.randint(7600, 9800))
    d = Page("BVHP provider correspondence", margins=(22, 18, 22))
    d.add_page()
    d.text_line("Bluewater Valley Health Plan", 14, "B", h=7)
    d.text_line("Provider Claims Correspondence", 9.5, h=5)
    d.ln(6)
    d.para(f"To: {asc}, Billing Office, 412 Lantern Way, Erie, PA 16501\nDate: {sent:%m/%d/%y}\nSubject: "
           "claim pended for documentation", 10, gap=5)
    d.para(f"Your claim {claim} for {f['member']} (member {mid}) arrived on {recv:%m/%d/%y}. It bills "
           f"endothelial keratoplasty (65756) and donor corneal tissue (V2785) for {f['dos']:%m/%d/%y}, "
           f"total charges {fmt_money(billed)}.", 10)
    d.para("We have placed the claim on hold. It has not been denied. To price the tissue line we need a copy of "
           "the eye bank's invoice showing the acquisition cost. Please send it within 45 days of this letter. "
           "When we receive it we will finish processing the whole claim. If we do not receive it, the tissue "
           "line may be denied and you will receive a remittance with your appeal rights.", 10)
    d.para("Example of what we need: an invoice listing the tissue ID, the processing fee and any pre-cut "
           "preparation fee (for instance, $3,250.00 processing plus $550.00 pre-cut).", 9.5)
    d.para("Upload documents on the provider portal under Claims > Attachments or fax them to "
           f"{r.phone()}.", 10)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[claim],
              claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(sent), provider=asc)
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: DOL-model ABD, second eye not necessary (low-res)
def doc_dol(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    tpa = "Fenwick Avenue Benefit Administrators"
    plan = "Quarry Street Ironworkers Welfare Fund"
    plan_id = f"PLN-{r.digits(5)}"
    mid, grp = f"{r.digits(9)}", f"IW{r.digits(4)}"
    ref = f"UR-{r.digits(3)}-{r.digits(5)}"
    surg = "Dr. Odette F. Marlowe"
    dd = f["dos"] - dt.timedelta(days=r.randint(10, 18))
    recv = dd - dt.timedelta(days=r.randint(3, 8))
    d = Page("Notice of Adverse Benefit Determination  |  " + tpa + "  |  page {p} of {n}", margins=(16, 14, 16),
             header=f"Claimant {f['member']}  |  Reference {ref}")
    d.add_page()
    d.text_line(tpa, 13, "B", h=7)
    d.text_line(f"on behalf of the {plan}", 9.5, h=5)
    d.ln(4)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B", h=7)
    d.text_line("Pre-service request", 9.5, h=5)
    d.ln(2)
    grid = [("Claimant", f["member"]), ("Participant identifier", mid), ("Plan identifier", plan_id),
            ("Group", grp), ("Reference", ref), ("Decision issued", fmt_date(dd, "dmy")),
            ("Request received", fmt_date(recv, "dmy")), ("Provider requesting", surg),
            ("Planned date", fmt_date(f["dos"], "dmy")), ("Setting", "Outpatient surgery center")]
    for i in range(0, len(grid), 2):
        for lab, val in grid[i:i + 2]:
            d.font(6.8, "B")
            d.cell(37, 6.5, lab.upper(), border="LTB")
            d.font(9)
            d.cell(55, 6.5, val, border="RTB")
        d.ln(6.5)
    d.font(6.8, "B")
    d.cell(37, 6.5, "SERVICE REQUESTED", border="LTB")
    d.font(9)
    d.cell(147, 6.5, "65756 endothelial keratoplasty (DSAEK), left eye, with V2785 donor tissue", border="RTB")
    d.ln(6.5)
    d.ln(4)
    d.text_line("Reason for the decision", 10.5, "B", h=6)
    d.para("The plan covers endothelial keratoplasty when corneal endothelial failure causes edema and loss of "
           "vision that limits daily activities. The records show a central endothelial cell count of 2,140 "
           "cells/mm2 in the left eye, a clear cornea on slit-lamp exam, best-corrected vision of 20/30 and no "
           "documented edema. The surgery on the right eye last year does not by itself make surgery on the "
           "left eye necessary. The request does not meet the plan's medical necessity standard (Plan Document "
           "Article VI, Section 6.2). The clinical rationale is available free of charge on request.", 9.4)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para("You may appeal this decision within 180 days from receipt of this notice. Urgent appeals are decided "
           "within 72 hours. After a final internal denial you may request external review within 4 months. You "
           "may bring a civil action under ERISA section 502(a) after the appeal. You may request, free of charge, "
           "copies of all documents relevant to your claim and the diagnosis and treatment codes and their "
           "meanings.", 9.4)
    d.para("Contact the Employee Benefits Security Administration at 1-866-444-3272 for help.", 9.4)
    t = truth("denial_letter", "medical_necessity", insurer=tpa, plan_id=plan_id, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[ref], service_dates=[iso(f["dos"])], denial_date=iso(dd),
              provider=surg, alternates={"insurer": [plan]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_eob, "eob_bundled", "born_digital"), (2, doc_es_notice, "es_medicaid", "phone_photo"),
              (3, doc_approval, "approval_fax", "fax_standard_g4"), (4, doc_iro, "iro_overturned", "rotated"),
              (5, doc_hold, "claim_hold", "photocopy"), (6, doc_dol, "dol_second_eye", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
