"""Family 'pcsk9_inhibitor_statin_trial_pa_denial': PCSK9 inhibitors (evolocumab / Repatha, alirocumab / Praluent)
for high LDL cholesterol, refused by pharmacy benefit managers and Part D plans because the chart shows no trial of a
maximally tolerated statin plus ezetimibe, because the LDL on therapy is under the plan's threshold, or because
the quantity is above the plan's limit; then the appeals and the approval.

Documents: a PBM's coverage denial to the member with a sidebar ("your request at a glance") beside the prose; a
fine-fax stack of a cover sheet, a PBM's quantity-limit denial faxed to the prescriber and the pharmacy's claim
reject notice to the patient; a Part D coverage determination denial (CMS-10146 style) for an LDL under the
threshold; a photocopied Part D redetermination upholding the denial (no statin intolerance documented); a Spanish
PBM letter (150 dpi) refusing alirocumab without an ezetimibe trial; a phone photo of the approval after the appeal
(nothing denied); a sideways monthly prescription EOB with paid statin and ezetimibe fills and a rejected Repatha
claim (no prior authorization on file).

Decoys: BIN/PCN, Rx numbers, NDCs, DOB, request received dates, LDL values and dates of labs, prescriber NPI/DEA,
plan paid / you paid, form and material numbers, expedited (24/72-hour) and IRE time limits. All invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "pcsk9_inhibitor_statin_trial_pa_denial"
LANG = "en"
SEED = 278600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def phone(r: Rand) -> str:
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def base(r: Rand, lang: str = "en") -> dict:
    member, first, mid, last = r.person(lang)
    day = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 160))
    return dict(member=member, first=first, last=last, addr=r.address(lang), day=day,
                dob=dt.date(r.randint(1944, 1975), r.randint(1, 12), r.randint(1, 28)), ph=phone(r), npi=r.npi(),
                bin=r.digits(6), pcn=f"{r.letters(2)}{r.digits(2)}")


def kv(d: Page, rows, lw: float = 40, size: float = 9.4, x: float | None = None, lh: float | None = None) -> None:
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, lh or size * 0.54, lab)
        d.font(size)
        d.cell(0, lh or size * 0.54, val, new_x="LMARGIN", new_y="NEXT")


# ---------------------------------------------------------------- 0: PBM denial to member, sidebar + prose
def doc_pbm_sidebar(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    pbm = "Clearfield Rx Solutions"
    plan = "Ardent Valley Health Plan"
    mid = f"AVH{r.digits(9)}"
    grp = f"{r.digits(4)}-{r.letters(3)}"
    case = f"PA-{r.digits(4)}-{r.digits(6)}"
    recv = f["day"]
    notice = recv + dt.timedelta(days=r.randint(2, 5))
    presc = "Dr. Leticia M. Prescott"
    ldl = r.randint(132, 168)
    d = Page("Clearfield Rx Solutions  -  CRX-PA-DN-26  -  page {p} of {n}", margins=(14, 14, 14))
    d.add_page()
    d.text_line("Clearfield Rx Solutions", 16, "B", h=8)
    d.text_line(f"Pharmacy benefit manager for {plan}  |  PO Box 7720, Bellingham, WA 98225", 8.4, h=4.4)
    d.rule(0.6, 4)
    top = d.get_y()
    # sidebar
    d.set_fill_color(236, 236, 236)
    d.rect(14, top, 58, 118, style="F")
    d.set_xy(17, top + 3)
    d.font(10, "B")
    d.cell(52, 6, "Your request at a glance", new_x="LMARGIN", new_y="NEXT")
    for lab, val in [("Date of notice", fmt_date(notice, "long")), ("Member", f["member"]), ("Member ID", mid),
                     ("Group number", grp), ("Case ID", case), ("Drug", "Repatha (evolocumab) 140 mg/mL pen"),
                     ("Prescriber", presc), ("Request received", fmt_date(recv, "slash")),
                     ("RxBIN / PCN", f"{f['bin']} / {f['pcn']}"), ("Decision", "Denied")]:
        d.set_x(17)
        d.font(7.2)
        d.cell(52, 3.6, lab.upper(), new_x="LMARGIN", new_y="NEXT")
        d.set_x(17)
        d.font(9.2, "B")
        d.multi_cell(52, 4.4, val, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.2)
    # main column
    d.set_xy(78, top)
    for ln in [f["member"], *f["addr"]]:
        d.set_x(78)
        d.text_line(ln, 10, h=5)
    d.ln(4)

    def p(text: str, size: float = 9.8, style: str = "") -> None:
        d.set_x(78)
        d.font(size, style)
        d.multi_cell(124, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        d.ln(2)

    p(f"Dear {f['first']} {f['last']},")
    p(f"Your doctor asked us to cover Repatha (evolocumab) for your high cholesterol. We reviewed the request under "
      f"the {plan} prior authorization criteria for PCSK9 inhibitors, and we cannot approve it.")
    p("Why we said no", 10.5, "B")
    p("The criteria require that your LDL cholesterol stayed high after at least 8 weeks of the highest dose of a "
      "statin you can tolerate, taken together with ezetimibe, or that you cannot take any statin. The records we "
      f"received show atorvastatin 20 mg alone, an LDL of {ldl} mg/dL, and no trial of ezetimibe. They do not "
      "document muscle symptoms or another reason you cannot take a higher statin dose. Because this step was not "
      "tried, the plan considers the drug not medically necessary for you at this time.")
    p("What you can do", 10.5, "B")
    p("Your doctor can send us chart notes showing the statin doses tried with ezetimibe, or the reason you cannot "
      "take them, and ask for a new review. You may also appeal. Your appeal must reach us within 180 days of the "
      "date of this notice. If your health could be seriously harmed by waiting, ask for an expedited appeal; we "
      "decide those within 72 hours.")
    p(f"Call us at {f['ph']} (TTY 711) or write to Clearfield Rx Solutions, Appeals, PO Box 7724, Bellingham, WA "
      "98225.", 9.2)
    t = truth("denial_letter", "medical_necessity", insurer=pbm, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[case], denial_date=iso(notice), provider=presc,
              appeal_deadline=iso(notice + dt.timedelta(days=180)), denial_alternates=["prior_authorization"],
              alternates={"insurer": [plan]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: fine-fax stack: QL denial to prescriber + pharmacy reject
def doc_ql_fax(r: Rand, f: dict) -> tuple[bytes, dict]:
    pbm = "Hartwell Pharmacy Services"
    d = Page(None, margins=(14, 12, 14))
    d.add_page()
    d.text_line("HARTWELL PHARMACY SERVICES", 14, "B", h=7)
    d.text_line(f"Clinical Review  |  Fax 1-555-{r.digits(3)}-{r.digits(4)}  |  Prescriber line {f['ph']}", 8.6,
                h=4.5)
    d.rule(0.8, 3)
    d.text_line("COVERAGE DETERMINATION - QUANTITY LIMIT EXCEPTION: NOT APPROVED", 11, "B", h=7)
    d.boxes([("To (prescriber)", f["presc"], 66), ("Prescriber NPI", f["npi"], 36), ("Date", fmt_date(f["notice"],
             "dmy"), 30), ("Pages", "1", 16), ("Plan", "Hollis Mutual", 34)], h=11)
    d.boxes([("Patient", f["member"], 66), ("Date of birth", fmt_date(f["dob"], "dmy"), 36),
             ("Member ID", f["mid"], 48), ("Reference #", f["ref"], 32)], h=11)
    d.boxes([("Medication", "Praluent (alirocumab) 150 mg/mL pen", 82), ("Requested", "4 pens / 28 days", 46),
             ("Plan limit", "2 pens / 28 days", 54)], h=11)
    d.ln(4)
    d.text_line("Rationale", 10, "B", h=6)
    d.para("The request is for alirocumab 150 mg every week. The labeled dose is 75 mg or 150 mg every 2 weeks, or "
           "300 mg every 4 weeks. The plan's quantity limit of 2 pens per 28 days covers every labeled dose. The "
           "records do not show a reason the labeled dose cannot be used (for example, a failed 150 mg every 2 weeks "
           "trial with adherence documented). Quantities above the plan limit are not covered; the exception is not "
           "approved. The current quantity (2 pens per 28 days) remains covered.", 9.4)
    d.text_line("Appeal", 10, "B", h=6)
    d.para("The member or prescriber may request a redetermination within 65 days of the date of this notice. "
           "Expedited requests are decided within 72 hours. Fax appeals to the number above.", 9.4)
    d.para(f"{pbm}, on behalf of Hollis Mutual Insurance Company. CONFIDENTIAL: contains protected health "
           "information.", 8)
    t = truth("denial_letter", "not_covered", insurer=pbm, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["ref"]], denial_date=iso(f["notice"]), provider=f["presc"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=65)), denial_alternates=["medical_necessity"],
              alternates={"insurer": ["Hollis Mutual Insurance Company"]})
    return pdf_bytes(d), t


def doc_pharmacy_reject(r: Rand, f: dict) -> tuple[bytes, dict]:
    fill = f["notice"] - dt.timedelta(days=r.randint(3, 6))
    rx = f"RX {r.digits(7)}"
    cash = float(r.randint(1050, 1180)) + 0.99
    pdate = f["notice"] - dt.timedelta(days=r.randint(0, 1))
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line("Northway Family Pharmacy", 14, "B", align="C", h=7)
    d.text_line(f"318 Fenwick Avenue, Duluth, MN 55802  *  {phone(r)}", 8.8, align="C", h=4.6)
    d.ln(4)
    d.text_line("NOTICE: YOUR PRESCRIPTION COULD NOT BE FILLED AS WRITTEN", 11, "B", align="C", h=7)
    d.ln(2)
    kv(d, [("Date:", fmt_date(pdate, "mdy_nopad")),
           ("Patient:", f["member"]), ("Rx number:", rx), ("Drug:", "Praluent 150 mg/mL pen, qty 4 (28 days)"),
           ("Prescriber:", f["presc"]), ("Date submitted:", fmt_date(fill, "mdy_nopad")),
           ("Insurance:", f"Hollis Mutual / Hartwell Pharmacy Services, ID {f['mid']}"),
           ("Amount submitted:", fmt_money(cash)),
           ("Plan response:", "Reject 76 - Plan limitations exceeded")], lw=38, size=9.6)
    d.ln(4)
    d.para("Your drug plan did not pay for this prescription as written because the quantity is more than your plan "
           "allows. We have faxed your doctor. You can: (1) ask your doctor to change the prescription to the "
           "quantity your plan covers, (2) ask your doctor to request an exception from your plan, or (3) pay the "
           "cash price today.", 9.8)
    d.para("This notice is from your pharmacy. It is not a decision by your drug plan. If you receive Medicare "
           "drug coverage, you have the right to ask your plan for a coverage determination; see the enclosed "
           "notice \"Medicare Prescription Drug Coverage and Your Rights\" (CMS-10147).", 9.2)
    d.para("Pharmacist: ____________________   NCPDP 48-" + r.digits(5), 9)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], claim_amount=m2(cash),
              service_dates=[iso(fill)], denial_date=iso(pdate), provider=f["presc"], unscored=["insurer"],
              alternates={"claim_amount": [None], "service_dates": [[]], "provider": ["Northway Family Pharmacy"]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(presc="Dr. Kwame O. Valdez", mid=f"HMI-{r.digits(8)}", ref=f"QL{r.digits(9)}")
    f["notice"] = f["day"] + dt.timedelta(days=r.randint(1, 3))
    return Item(f"{FAMILY}_ql_fax_pharmacy_stack", "fax_fine_g4", [doc_ql_fax(r, f), doc_pharmacy_reject(r, f)],
                separators=["cover", None])


# ---------------------------------------------------------------- 2: Part D coverage determination, LDL threshold
def doc_partd(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Copperline Health Plans"
    plan = "Copperline Rx Saver (PDP)"
    mid = f"{r.letters(1)}{r.digits(9)}"
    cd = f"CD{r.digits(10)}"
    notice = f["day"] + dt.timedelta(days=r.randint(1, 3))
    presc = "Naomi F. Dubois, NP"
    ldl = r.randint(58, 66)
    d = Page("S7719_PD26DN_C  Form CMS-10146", margins=(20, 16, 20))
    d.add_page()
    d.text_line(f"{ins}  |  {plan}", 10, "B", h=5.5)
    d.text_line(f"PO Box 5108, Lubbock, TX 79401  |  {f['ph']}", 8.8, h=4.6)
    d.ln(4)
    d.text_line("Notice of Denial of Medicare Prescription Drug Coverage", 13.5, "B", align="C", h=8)
    d.ln(3)
    kv(d, [("Date:", fmt_date(notice, "long")), ("Enrollee's name:", f["member"]), ("Member ID:", mid),
           ("Case number:", cd), ("Drug:", "Repatha SureClick (evolocumab) 140 mg/mL"),
           ("Prescriber:", presc)], lw=40, size=10)
    d.ln(3)
    d.para("We have denied your request for coverage of (or payment for) the prescription drug listed above. We "
           "denied this request because:", 10)
    d.para(f"Repatha is covered for people with heart or blood vessel disease when the LDL cholesterol stays at or "
           f"above 70 mg/dL despite the highest statin dose they can tolerate plus ezetimibe. Your most recent LDL, "
           f"measured on {fmt_date(f['day'] - dt.timedelta(days=r.randint(15, 40)), 'long')}, was {ldl} mg/dL "
           "while taking rosuvastatin 40 mg and ezetimibe 10 mg. This is below the level in the plan's coverage "
           "criteria, so the drug is not medically necessary for you under the plan's rules. (Evidence of "
           "Coverage, Chapter 5, Section 4.)", 10)
    d.text_line("You have the right to request a redetermination (appeal) of our decision", 11, "B", h=6.5)
    d.para("You have the right to ask us for a redetermination (appeal) of our decision. You have 65 days from the "
           "date of this notice to request a redetermination. You can ask for a standard or an expedited (fast) "
           "redetermination. We will decide a standard request within 7 days and an expedited request within 72 "
           "hours.", 10)
    d.para(f"Your date of birth on file: {fmt_date(f['dob'], 'long')}. Prescriber NPI {f['npi']}.", 9)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[cd], denial_date=iso(notice), provider=presc,
              appeal_deadline=iso(notice + dt.timedelta(days=65)), alternates={"insurer": [plan]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: Part D redetermination upheld (photocopy)
def doc_redetermination(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Lanternway Medicare Prescription Plan"
    mid = f"{r.digits(3)}{r.letters(3)}{r.digits(4)}"
    cd, rd = f"{r.digits(9)}", f"RD-{r.digits(7)}"
    first = f["day"] - dt.timedelta(days=r.randint(25, 40))
    notice = f["day"]
    presc = "Jasper T. Winslow, MD"
    d = Page("Lanternway Medicare Prescription Plan  -  Y0198_RDN_2026  -  {p}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("LANTERNWAY", 18, "B", h=8)
    d.text_line(f"{ins}  *  Part D Appeals  *  PO Box 410, Macon, GA 31201  *  {f['ph']}", 8.4, h=4.4)
    d.ln(5)
    d.text_line("REDETERMINATION NOTICE", 13, "B", h=7)
    d.text_line("Your request for coverage has been denied again", 10, h=5.5)
    d.ln(3)
    d.table(["Notice date", "Member", "Member ID", "Redetermination #", "Prior case #"],
            [[fmt_date(notice, "slash"), f["member"], mid, rd, cd]], [28, 48, 32, 34, 30], size=9,
            border_head="TB")
    d.para(f"Drug: Praluent (alirocumab) 75 mg/mL. Prescriber: {presc}. Original decision dated "
           f"{fmt_date(first, 'slash')}.", 9.8)
    d.para("We have completed our redetermination of our decision not to cover Praluent. A physician who was not "
           "part of the first decision reviewed your appeal, your prescriber's statement and your pharmacy history.",
           9.8)
    d.para("Decision: we are upholding our decision. The plan covers PCSK9 inhibitors after a trial of a high-"
           "intensity statin with ezetimibe unless the statin caused side effects that are documented. Your "
           "pharmacy records show simvastatin 20 mg for 3 months and no fills of ezetimibe. Your prescriber's "
           "statement says you \"prefer not to take statins\"; it does not describe muscle pain, a raised CK or liver "
           "test, or a trial of two different statins. Without that, the statin-intolerance criterion is not met and "
           "the drug is not medically necessary under the plan's coverage rules.", 9.8)
    d.text_line("If you disagree", 10.5, "B", h=6)
    d.para("You may ask for an independent review of this decision by the Independent Review Entity (IRE). Your "
           "request must be received within 60 days of the date of this notice. For a fast review, say so in your "
           "request. Your date of birth on file: " + fmt_date(f["dob"], "slash") + ".", 9.8)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[rd, cd], denial_date=iso(notice), provider=presc,
              alternates={"case_numbers": [[rd]], "appeal_deadline": [iso(notice + dt.timedelta(days=60))]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: Spanish PBM letter, no ezetimibe trial (150 dpi)
def doc_es(r: Rand) -> tuple[bytes, dict]:
    f = base(r, "es")
    pbm = "Farmacéutica Integral del Caribe"
    plan = "Plan de Salud Brisas"
    mid = f"FIC{r.digits(4)}-{r.digits(4)}"
    grp = f"{r.digits(6)}"
    caso = f"{r.digits(3)}-{r.digits(7)}"
    notice = f["day"] + dt.timedelta(days=r.randint(1, 4))
    presc = "Dra. Itzel Montalvo"
    d = Page("Farmacéutica Integral del Caribe  -  Página {p} de {n}", margins=(22, 18, 22))
    d.add_page()
    d.text_line("Farmacéutica Integral del Caribe", 14, "B", h=7)
    d.text_line(f"Administrador de beneficios de farmacia del {plan}  -  Apartado 2290, Caguas, PR 00725", 8.4, h=4.4)
    d.rule(0.5, 4)
    d.text_line(fmt_date(notice, "es"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    kv(d, [("Número de caso:", caso), ("Núm. de afiliado:", mid), ("Grupo:", grp),
           ("Medicamento:", "Praluent (alirocumab) 75 mg/mL"), ("Médico que receta:", presc),
           ("Fecha de nacimiento:", fmt_date(f["dob"], "es_abbr"))], lw=44, size=9.6)
    d.ln(4)
    d.para(f"Estimado(a) {f['first']} {f['last']}:", 10)
    d.para("Su médico nos pidió que cubriéramos Praluent (alirocumab). Revisamos la solicitud con los criterios de "
           "autorización previa del plan y no podemos aprobarla.", 10)
    d.para("Motivo: los criterios exigen que su colesterol LDL siga alto después de al menos 8 semanas con la dosis "
           "más alta de estatina que usted tolere junto con ezetimiba. Los expedientes muestran rosuvastatina 20 mg, "
           "pero no muestran un ensayo de ezetimiba ni una razón médica para no usarla. Por eso el medicamento no es "
           "médicamente necesario para usted en este momento.", 10)
    d.text_line("Su derecho a apelar", 10.5, "B", h=6)
    d.para("Puede apelar esta decisión dentro de 180 días a partir de la fecha de esta carta. Si esperar podría "
           "poner en grave peligro su salud, pida una apelación acelerada; la decidiremos en 72 horas. Después de la "
           "apelación puede pedir una revisión externa independiente dentro de 4 meses.", 10)
    d.para(f"Llame al {f['ph']} (TTY 711).", 10)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=pbm, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[caso], denial_date=iso(notice), provider=presc,
              appeal_deadline=iso(notice + dt.timedelta(days=180)), denial_alternates=["prior_authorization"],
              alternates={"insurer": [plan], "provider": ["Itzel Montalvo"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: approval after appeal (phone photo)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Ridgeview Benefit Pharmacy Administrators"
    mid = f"RBP {r.digits(4)} {r.digits(4)}"
    grp = f"{r.letters(1)}{r.digits(5)}"
    apl, auth = f"AP{r.digits(8)}", f"{r.digits(10)}"
    notice = f["day"]
    end = notice + dt.timedelta(days=364)
    presc = "Dr. Rufus E. Nakamura"
    d = Page(None, margins=(20, 18, 20))
    d.add_page()
    d.text_line("Ridgeview Benefit Pharmacy Administrators", 13, "B", h=7)
    d.text_line(f"Appeals Department  *  77 Tollgate Road, Fargo, ND 58102  *  {f['ph']}", 8.6, h=4.5)
    d.rule(0.5, 4)
    d.text_line(fmt_date(notice, "dmy"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("Your appeal has been approved", 12, "B", h=7)
    d.para(f"Member ID {mid}  |  Group {grp}  |  Appeal {apl}", 9.6)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para("We reviewed your appeal of our earlier decision on Repatha (evolocumab) 140 mg/mL. Your prescriber, "
           f"{presc}, sent chart notes showing muscle pain with three different statins and a creatine kinase level "
           "above normal, and an LDL of 171 mg/dL on ezetimibe. This meets the plan's criteria. We have reversed "
           "our decision and approved coverage.", 10)
    d.table(["Drug", "Quantity", "Approved from", "Approved through", "Authorization"],
            [["Repatha 140 mg/mL pen", "2 per 28 days", fmt_date(notice, "dmy"), fmt_date(end, "dmy"), auth]],
            [44, 28, 32, 34, 32], size=9, border_head="TB")
    d.para("Your pharmacy can now fill this prescription. Your usual specialty-tier copayment applies. To keep "
           "coverage after the end date, your prescriber will need to send a new request with a recent LDL result.",
           10)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid.replace(" ", ""), member_name=f["member"],
              case_numbers=[apl, auth], service_dates=[iso(notice, end)], denial_date=iso(notice), provider=presc,
              alternates={"case_numbers": [[apl], [auth]], "service_dates": [[], [iso(notice)]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: monthly Rx EOB, Repatha rejected (rotated)
def doc_rx_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Brookhaven Health Partners"
    mid = f"BHP{r.digits(10)}"
    grp = f"{r.digits(7)}"
    period_end = f["day"].replace(day=1) + dt.timedelta(days=32)
    period_end = period_end.replace(day=1) - dt.timedelta(days=1)
    period_start = period_end.replace(day=1)
    issue = period_end + dt.timedelta(days=r.randint(6, 12))
    presc = "Dr. Marisol H. Trevino"
    pharm = "Quarry Street Specialty Pharmacy"
    fills = []
    for drug, ph, cost, deny in [("Atorvastatin 80 mg tab #30", "Lantern Way Drug", 14.62, False),
                                 ("Ezetimibe 10 mg tab #30", "Lantern Way Drug", 11.40, False),
                                 ("Repatha 140 mg/mL pen #2", pharm, float(r.randint(1180, 1290)) + 0.44, True)]:
        day = period_start + dt.timedelta(days=r.randint(1, 26))
        fills.append(dict(drug=drug, ph=ph, cost=cost, deny=deny, day=day, claim=f"{r.digits(14)}",
                          rx=f"{r.digits(7)}", paid=0.0 if deny else round(cost - 5, 2),
                          you=0.0 if deny else 5.0))
    fills.sort(key=lambda x: x["day"])
    den = [x for x in fills if x["deny"]][0]
    d = Page("Brookhaven Health Partners  |  Prescription Drug Explanation of Benefits  |  {p}", margins=(12, 12, 12))
    d.add_page()
    d.text_line("Brookhaven Health Partners", 15, "B", h=7.5)
    d.text_line(f"Pharmacy Benefits  |  PO Box 6620, Erie, PA 16501  |  {f['ph']}", 8.4, h=4.4)
    d.ln(2)
    d.text_line("Prescription Drug Explanation of Benefits", 12, "B", h=7)
    d.para(f"For prescriptions filled {fmt_date(period_start, 'abbr')} - {fmt_date(period_end, 'abbr')}    "
           f"Issued {fmt_date(issue, 'abbr')}", 9.4)
    kv(d, [("Member:", f["member"]), ("Member ID:", mid), ("Group:", grp), ("RxBIN:", f["bin"])], lw=26, size=9.2)
    d.ln(3)
    rows = []
    for x in fills:
        rows.append([fmt_date(x["day"], "abbr"), x["drug"], x["ph"][:24], x["claim"], fmt_money(x["cost"]),
                     fmt_money(x["paid"]), fmt_money(x["you"]), "R75" if x["deny"] else "P"])
    d.table(["Filled", "Drug", "Pharmacy", "Claim #", "Drug cost", "Plan paid", "You paid", "Status"], rows,
            [22, 46, 38, 32, 18, 18, 16, 12], size=7.6, aligns="LLLLRRRL", head_fill=True)
    d.text_line("Status codes", 9.5, "B", h=5.5)
    d.para(f"P  Paid.\nR75  Rejected - prior authorization required. Repatha needs approval before the plan pays. "
           f"No approval was on file when {pharm} sent the claim (prescriber: {presc}). Ask your prescriber to "
           "request a coverage review.", 8.6)
    d.para("To appeal a rejected claim, write to us within 180 days from the date this statement was issued. "
           f"Year-to-date drug costs: {fmt_money(r.randint(300, 900) + 0.18)}. Out-of-pocket this year: "
           f"{fmt_money(r.randint(60, 200))}.", 8.6)
    t = truth("eob", "prior_authorization", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[den["claim"]], claim_amount=m2(den["cost"]), service_dates=[iso(den["day"])],
              denial_date=iso(issue), provider=presc, appeal_deadline=iso(issue + dt.timedelta(days=180)),
              alternates={"provider": [pharm]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_pbm_sidebar, "pbm_sidebar_letter", "born_digital"),
              (2, doc_partd, "partd_ldl_threshold", "scan_clean_300"),
              (3, doc_redetermination, "partd_redetermination", "photocopy"),
              (4, doc_es, "es_pbm_letter", "scan_lowres_150"),
              (5, doc_approval, "appeal_approval", "phone_photo"),
              (6, doc_rx_eob, "rx_eob", "rotated")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
