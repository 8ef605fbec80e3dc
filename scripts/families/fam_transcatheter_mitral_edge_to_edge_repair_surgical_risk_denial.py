"""Family 'transcatheter_mitral_edge_to_edge_repair_surgical_risk_denial': transcatheter mitral valve
edge-to-edge repair (TEER, CPT 33418/33419) refused because the patient is not at high or prohibitive surgical
risk (surgical repair preferred), as investigational for the stated indication, or because no authorization was
asked; seen from two invented commercial plans, the structural heart team and the hospital.

Documents: a pre-service denial with a label column and a right-hand label block (born digital); a claim denial
told only in sentences with a fax header line (investigational, standard fax); a photocopied stack of the
hospital's statement, a blank separator and the cardiologist's letter to the plan; an EOB with three claims of
which only the hospital TEER claim is refused (150 dpi); a Spanish member letter overturning the denial (phone
photo, denies nothing); a two-page final internal appeal upheld with a shaded sidebar and running header (rotated,
external review only); a boxed claim notice refusing the TEER for lack of authorization with the appeal date
printed (born digital).
Decoys: DOB, NPIs, received dates, STS scores and ejection fractions, policy numbers, account numbers, paid
claims, 72-hour and 4-month limits. All values invented; phones use 555.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth
from kit_roundda_famdab import Page, band, kv, ph, plus, shade_head, wrap_table

FAMILY = "transcatheter_mitral_edge_to_edge_repair_surgical_risk_denial"
LANG = "en"
SEED = 349801
CB = "Castlerock Bay Health Insurance Company"
HR = "Humboldt Range Health"
HOSP = "Bellwether Heart Hospital"
GROUP = "Stillwater Structural Heart Associates"


def base(r: Rand, lang="en") -> dict:
    member, first, mid, last = r.person(lang)
    return dict(member=member, first=first, last=last, addr=r.address(lang),
                dob=dt.date(r.randint(1940, 1962), r.randint(1, 12), r.randint(1, 28)), npi=r.npi(),
                dos=dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 90)), doc=r.person()[0])


def addr_block(d: Page, f, size=9.8):
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, size, h=5)


# ---------------------------------------------------------------- 0: pre-service denial (born digital)
def doc_preservice(r: Rand):
    f = base(r)
    notice = plus(f["dos"], -r.randint(10, 18))
    recv = plus(notice, -r.randint(3, 7))
    req = f"UR{r.digits(4)}-{r.digits(5)}"
    mid, grp = f"CBX{r.digits(9)}", f"{r.digits(6)}"
    d = Page(f"{CB}  ·  Clinical Review  ·  Page {{p}} of {{n}}", margins=(16, 14, 16))
    d.add_page()
    band(d, "CASTLEROCK BAY HEALTH", "Castlerock Bay Health Insurance Company  ·  Utilization Review  ·  "
         "PO Box 7319, Eureka, CA 95501")
    y = d.get_y()
    addr_block(d, f)
    d.set_y(y)
    kv(d, [("Date:", fmt_date(notice, "long")), ("Member ID:", mid), ("Group no.:", grp),
           ("Request ID:", req), ("Received:", fmt_date(recv, "long"))], lw=26, size=8.8, x=118)
    d.ln(6)
    d.text_line("Adverse Benefit Determination  -  Pre-service Request", 12.5, "B", h=7)
    d.ln(2)
    kv(d, [("Patient", f["member"]), ("Date of birth", fmt_date(f["dob"], "slash")),
           ("Requesting physician", f"Dr. {f['doc']}, {GROUP}"), ("Physician NPI", f["npi"]),
           ("Service", "Transcatheter mitral edge-to-edge repair (CPT 33418)"), ("Facility", HOSP),
           ("Planned date", fmt_date(f["dos"], "long")), ("Decision", "DENIED - not medically necessary")],
       lw=46, size=9.2)
    d.ln(3)
    shade_head(d, "Reason")
    d.para("Our medical policy for transcatheter mitral valve repair (MP-2.02.31) covers edge-to-edge repair of "
           "degenerative mitral regurgitation only for members at high or prohibitive risk for mitral valve "
           "surgery, as judged by a heart team that includes a cardiac surgeon. The records show an STS predicted "
           "risk of mortality of 2.1%, a left ventricular ejection fraction of 58%, and no frailty, porcelain "
           "aorta or prior chest surgery. No cardiac surgeon's evaluation was sent. Surgical mitral repair is the "
           "recommended treatment, so the transcatheter repair is not medically necessary.", 9.3)
    shade_head(d, "Appeal")
    d.para("You or your doctor may appeal within 180 days of the date of this letter. Send the appeal and any "
           "cardiac surgery consultation to Castlerock Bay Appeals, PO Box 7320, Eureka, CA 95501, fax " + ph(r) +
           ". Urgent (expedited) appeals are decided within 72 hours. After the internal appeal you may ask for an "
           "independent external review within 4 months.", 9.3)
    d.para("Your doctor may ask for a peer-to-peer discussion with our reviewer by calling 1-866-555-0188.", 9.0)
    t = truth("denial_letter", "medical_necessity", insurer=CB, member_id=mid, group_number=grp,
              member_name=f["member"], case_numbers=[req], service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=f["doc"], appeal_deadline=iso(plus(notice, 180)),
              alternates={"insurer": ["Castlerock Bay Health"], "provider": [GROUP]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: claim denial in sentences, fax header
def doc_fax_letter(r: Rand):
    f = base(r)
    notice = plus(f["dos"], r.randint(30, 45))
    claim_p = f"{r.digits(3)} {r.digits(4)} {r.digits(4)}"
    claim = claim_p.replace(" ", "")
    mid, grp = f"HRH-{r.digits(8)}", f"G-{r.digits(5)}"
    billed = float(r.randint(38000, 61000)) + r.choice([0.0, 0.5, 0.25])
    fx = (f"{fmt_date(plus(notice, 3), 'slash')} 09:{r.randint(10, 59)}  HUMBOLDT RANGE HEALTH  FAX {ph(r)}  "
          f"-> {ph(r)}  PAGE {{p}}/2")
    d = Page(None, faxline=fx, margins=(24, 20, 24), serif=True,
             header=f"{f['member']}  -  claim {claim_p}  -  page 2")
    d.add_page()
    d.text_line("HUMBOLDT RANGE HEALTH", 15, "B", h=7, align="C")
    d.text_line("Medical Claim Review  ·  800 Riverbend Road, Boise, ID 83702", 8.6, h=5, align="C")
    d.ln(8)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    d.ln(2)
    addr_block(d, f, 10.5)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']},", 10.5)
    d.para(f"We have reviewed the claim {HOSP} sent us for the heart procedure you had on "
           f"{fmt_date(f['dos'], 'long')}. Dr. {f['doc']} repaired your mitral valve through a catheter with "
           f"a clip device (transcatheter edge-to-edge repair). The claim, number {claim_p}, was billed at "
           f"{fmt_money(billed)}. Your member number is {mid} and your group number is {grp}.", 10.5)
    d.para("We cannot pay this claim. Your heart failure is caused by a weak, enlarged heart muscle (secondary "
           "mitral regurgitation). Our policy covers edge-to-edge repair for this kind of leak only when the "
           "heart is not too enlarged and symptoms remain despite the highest tolerated doses of heart failure "
           "medicines for at least three months. Your records show a left ventricle larger than the policy "
           "allows and medicines started only six weeks before the procedure. For patients outside these limits "
           "the procedure is considered investigational, because studies have not shown that it helps them.",
           10.5)
    d.para("A board-certified cardiologist reviewed your records, including the echocardiogram and the heart team "
           "note.", 10.5)
    d.add_page()
    d.text_line("If you disagree", 11, "B", h=7)
    d.para("You may appeal this decision within 180 days of the date of this letter. Please send any records that "
           "show your medicines and the size of your heart. If waiting would seriously harm your health, ask for an "
           "urgent appeal; we will answer within 72 hours. After our final decision you may ask for an external "
           "review within 4 months.", 10.5)
    d.para("You may ask for free copies of the policy and the records we used, and for the diagnosis and procedure "
           "codes. This is not an appeal.", 10.5)
    d.para("Sincerely,\n\nNathaniel O. Brightwater, MD\nMedical Director, Humboldt Range Health", 10.5)
    t = truth("denial_letter", "experimental", insurer=HR, member_id=mid, group_number=grp, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=f["doc"], appeal_deadline=iso(plus(notice, 180)), denial_alternates=["medical_necessity"],
              alternates={"provider": [HOSP]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: photocopy stack: statement + MD letter
def doc_statement(r: Rand, f: dict):
    stmt = plus(f["dos"], r.randint(40, 55))
    acct = f"BHH{r.digits(7)}"
    tee = float(r.randint(1800, 2600)) + 0.5
    d = Page(f"{HOSP}  ·  Patient Statement  ·  account {acct}", margins=(14, 12, 14))
    d.add_page()
    band(d, "BELLWETHER HEART HOSPITAL", f"4100 Quarry Street, Macon, GA 31201  ·  Patient billing {ph(r)}")
    y = d.get_y()
    addr_block(d, f, 9.4)
    d.set_y(y)
    kv(d, [("Statement date", fmt_date(stmt, "dmy")), ("Account number", acct), ("Patient", f["member"]),
           ("Insurance", "Castlerock Bay Health")], lw=32, size=8.8, h=4.8, x=116)
    d.ln(6)
    rows = [[fmt_date(f["pre"], "dmy"), "93312", "Transesophageal echo, pre-procedure", fmt_money(tee, "nosign"),
             "Paid"],
            [fmt_date(f["dos"], "dmy"), "33418", "Transcatheter mitral repair (clip)", fmt_money(f["billed"], "nosign"),
             "Denied by insurer"]]
    wrap_table(d, ["Date of service", "CPT code", "Description", "Charges", "Insurance status"], rows,
               [28, 20, 74, 28, 32], size=8.2, aligns="LLLRL")
    kv(d, [("Insurance paid", "-" + fmt_money(tee * 0.7, "nosign")), ("Adjustments", "-" + fmt_money(tee * 0.3,
                                                                                                      "nosign")),
           ("Amount you owe", fmt_money(f["billed"]))], lw=46, size=9, x=116)
    d.ln(4)
    d.para(f"Your insurer denied the mitral valve repair of {fmt_date(f['dos'], 'dmy')} (insurer claim "
           f"{f['claim']}). We have asked your cardiologist to support your appeal and will hold this balance for "
           "90 days. Call patient billing with any questions.", 8.8)
    t = truth("other", None, member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=HOSP, unscored=["insurer"],
              alternates={"case_numbers": [[]]})
    return pdf_bytes(d), t


def doc_md(r: Rand, f: dict):
    ldate = plus(f["dos"], r.randint(50, 60))
    d = Page(None, margins=(24, 20, 24))
    d.add_page()
    d.text_line(GROUP, 14, "B", h=7)
    d.text_line(f"Structural Heart Program at {HOSP}  ·  Phone {ph(r)}  ·  Fax {ph(r)}", 8.6, h=5)
    d.rule(0.4, 6)
    d.text_line(fmt_date(ldate, "mdy_nopad"), 10.5, h=6)
    d.ln(2)
    d.text_line("Castlerock Bay Health, Appeals Department", 10.5, h=5.2)
    d.text_line("PO Box 7320, Eureka, CA 95501", 10.5, h=5.2)
    d.ln(5)
    d.para(f"RE: {f['member']}  ·  Member ID {f['mid']}  ·  Claim {f['claim']}  ·  DOB "
           f"{fmt_date(f['dob'], 'mdy_nopad')}", 10.2)
    d.para("Dear Appeals Reviewer,", 10.5)
    d.para(f"I performed transcatheter edge-to-edge repair of the mitral valve for my patient on "
           f"{fmt_date(f['dos'], 'mdy_nopad')}. I write to ask you to reverse the denial. Our heart team, including "
           "cardiac surgeon Dr. Evelyn Marchetti, judged my patient at high surgical risk: severe frailty on a "
           "five-meter walk test, oxygen-dependent lung disease and a prior chest radiation field. The STS score "
           "alone understates that risk, which is why our society guidelines ask for a heart team judgement.", 10.5)
    d.para("The repair reduced the leak from severe to mild and my patient has not been back in hospital since. "
           "The surgical consultation note and the frailty assessment are enclosed.", 10.5)
    d.para(f"Respectfully,\n\n{f['doc']}, MD, FACC\nInterventional Cardiology, {GROUP}", 10.5)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[f["claim"]],
              service_dates=[iso(f["dos"])], denial_date=iso(ldate), provider=f["doc"], unscored=["insurer"],
              alternates={"denial_date": [None], "provider": [GROUP]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(pre=plus(f["dos"], -r.randint(15, 30)), claim=f"CB{r.digits(10)}", mid=f"CBX{r.digits(9)}",
             billed=float(r.randint(42000, 68000)) + 0.75)
    return Item(f"{FAMILY}_statement_stack", "photocopy", [doc_statement(r, f), doc_md(r, f)],
                separators=["blank", None])


# ---------------------------------------------------------------- 3: EOB, three claims, one denied (150 dpi)
def doc_eob(r: Rand):
    f = base(r)
    stmt = plus(f["dos"], r.randint(28, 40))
    mid, grp = f"CBX{r.digits(9)}", f"{r.digits(6)}"
    c1, c2, c3 = (f"{r.digits(2)}-{r.digits(8)}" for _ in range(3))
    a1, a2 = float(r.randint(1500, 2400)), float(r.randint(900, 1600)) + 0.4
    lines = [("0360", "Operating/cath lab services", float(r.randint(18000, 26000))),
             ("0278", "Implant: mitral clip device C1889", float(r.randint(24000, 31000))),
             ("0206", "Intermediate ICU, 1 day", float(r.randint(3200, 4800)) + 0.5)]
    tot = sum(x[2] for x in lines)
    d = Page(f"Castlerock Bay Health  ·  EXPLANATION OF BENEFITS  ·  NOT A BILL  ·  {{p}}/{{n}}", margins=(12, 12, 12))
    d.add_page()
    d.text_line("Castlerock Bay Health", 17, "B", h=8)
    d.text_line(f"{CB}  ·  PO Box 7300, Eureka, CA 95501  ·  Customer service 1-877-555-0162", 8, h=4.5)
    d.ln(3)
    y = d.get_y()
    addr_block(d, f, 9.2)
    d.set_y(y)
    kv(d, [("Issued:", fmt_date(stmt, "upper")), ("Member ID:", mid), ("Group:", grp),
           ("Patient:", f["member"])], lw=24, size=8.8, h=4.8, x=120)
    d.ln(6)
    head = ["Date", "Service", "Amount billed", "Allowed amount", "Plan paid", "Member owes", "Rmk"]
    w = [26, 66, 20, 20, 20, 22, 12]
    d.para(f"Claim {c1}  ·  Valley Cardiac Imaging", 8.6, gap=1)
    wrap_table(d, head, [[fmt_date(plus(f["dos"], -20), "upper"), "93312 Transesophageal echo", fmt_money(a1),
                          fmt_money(a1 * 0.6), fmt_money(a1 * 0.48), fmt_money(a1 * 0.12), "01"]],
               w, size=7.8, aligns="LLRRRRL")
    d.para(f"Claim {c2}  ·  Harbor Anesthesia Partners", 8.6, gap=1)
    wrap_table(d, head, [[fmt_date(f["dos"], "upper"), "00537 Anesthesia, cardiac EP/cath", fmt_money(a2),
                          fmt_money(a2 * 0.55), fmt_money(a2 * 0.44), fmt_money(a2 * 0.11), "01"]],
               w, size=7.8, aligns="LLRRRRL")
    d.para(f"Claim {c3}  ·  {HOSP}", 8.6, gap=1)
    rows = [[fmt_date(f["dos"], "upper"), f"{rc} {ds}", fmt_money(b), "$0.00", "$0.00", "$0.00", "M7"]
            for rc, ds, b in lines]
    rows.append(["*Total", "", fmt_money(tot), "$0.00", "$0.00", "$0.00", ""])
    wrap_table(d, head, rows, w, size=7.8, aligns="LLRRRRL")
    d.text_line("Remarks", 10, "B", h=6)
    d.para("01  Paid at the in-network rate after your deductible.\nM7  Transcatheter mitral valve repair is "
           "covered only when a heart team including a cardiac surgeon finds the member at high or prohibitive "
           "surgical risk (policy MP-2.02.31). The records do not show this. Not medically necessary. As an "
           "in-network hospital, the provider may not bill you for this denied claim.", 8.6)
    d.para("You may appeal a denied claim within 180 days of the date of this statement. Expedited appeals: "
           "72 hours. External review: within 4 months after a final internal denial.", 8.6)
    t = truth("eob", "medical_necessity", insurer=CB, member_id=mid, group_number=grp, member_name=f["member"],
              case_numbers=[c3], claim_amount=m2(tot), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=HOSP, appeal_deadline=iso(plus(stmt, 180)), alternates={"insurer": ["Castlerock Bay Health"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: Spanish overturned appeal (phone photo)
def doc_es(r: Rand):
    f = base(r, "es")
    notice = plus(f["dos"], -r.randint(8, 15))
    mid = f"CBX{r.digits(9)}"
    apl = f"AP-{r.digits(6)}"
    d = Page(f"{CB}  ·  Departamento de Apelaciones", margins=(22, 18, 22))
    d.add_page()
    d.text_line("Castlerock Bay Health", 15, "B", h=7)
    d.text_line("Departamento de Apelaciones  ·  PO Box 7320, Eureka, CA 95501", 8.6, h=5)
    d.rule(0.4, 6)
    d.text_line(fmt_date(notice, "es"), 10.5, h=6)
    d.ln(2)
    addr_block(d, f, 10.5)
    d.ln(5)
    d.text_line("Decisión de su apelación: APROBADA", 12, "B", h=7)
    d.ln(1)
    d.para(f"Estimado/a {f['first']} {f['last']}:", 10.5)
    d.para(f"Usted apeló nuestra decisión de no cubrir la reparación transcatéter de la válvula mitral "
           f"(CPT 33418) que pidió el Dr. {f['doc']}. Revisamos su apelación número {apl} para el miembro número "
           f"{mid}.", 10.5)
    d.para("Un cirujano cardíaco que no participó en la primera decisión revisó la evaluación del equipo cardíaco, "
           "la prueba de fragilidad y su historial de cirugía de tórax. Ahora usted cumple los criterios de alto "
           "riesgo quirúrgico. Hemos revocado nuestra decisión anterior: el procedimiento está aprobado.", 10.5)
    d.para(f"El procedimiento está programado en {HOSP} para el {fmt_date(f['dos'], 'es')}. No tiene que hacer "
           "nada más. Se aplicarán su deducible y coseguro habituales.", 10.5)
    d.para(f"Si tiene preguntas, llame al 1-877-555-0162 (TTY 711). Fecha de nacimiento en el expediente: "
           f"{fmt_date(f['dob'], 'slash')}.", 10)
    d.para("Atentamente,\n\nUnidad de Apelaciones Clínicas", 10.5)
    t = truth("other", None, "es", insurer=CB, member_id=mid, member_name=f["member"], case_numbers=[apl],
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["doc"],
              alternates={"insurer": ["Castlerock Bay Health"], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: final appeal upheld, sidebar, 2 pages
def doc_upheld(r: Rand):
    f = base(r)
    notice = plus(f["dos"], -r.randint(3, 10))
    mid, grp = f"HRH-{r.digits(8)}", f"G-{r.digits(5)}"
    apl, orig = f"FA{r.digits(7)}", f"PR{r.digits(7)}"
    d = Page(f"{HR}  ·  Final Internal Appeal Decision", header=f"Appeal {apl}  |  {f['member']}  |  continued",
             margins=(14, 14, 14))
    d.add_page()
    band(d, "HUMBOLDT RANGE HEALTH", "Appeals and Grievances  ·  800 Riverbend Road, Boise, ID 83702")
    top = d.get_y()
    d.set_fill_color(236, 236, 236)
    d.rect(14, top, 54, 100, style="F")
    for lab, val in [("LETTER DATE", fmt_date(notice, "iso")), ("MEMBER", f["member"]), ("MEMBER NO.", mid),
                     ("GROUP", grp), ("APPEAL NO.", apl), ("PRIOR REQUEST", orig),
                     ("PLANNED DATE", fmt_date(f["dos"], "iso")), ("BIRTH DATE", fmt_date(f["dob"], "iso"))]:
        d.set_x(16)
        d.font(7, "B")
        d.cell(50, 4, lab, new_x="LMARGIN", new_y="NEXT")
        d.set_x(16)
        d.font(9)
        d.cell(50, 5.5, val, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.3)
    d.set_xy(74, top)
    d.set_left_margin(74)
    addr_block(d, f, 10)
    d.ln(5)
    d.text_line("Final internal appeal: decision upheld", 12, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para(f"You appealed our decision not to approve transcatheter mitral edge-to-edge repair requested by "
           f"Dr. {f['doc']} of {GROUP}. A panel with a cardiac surgeon and an interventional cardiologist, none "
           "involved in the first decision, reviewed the appeal.", 10)
    d.para("The panel found that you are a suitable candidate for surgical mitral valve repair: your predicted "
           "surgical risk is low, you walk without aids, and your lung tests are normal. Transcatheter repair is "
           "reserved for patients whom surgery would put at high or prohibitive risk. We therefore uphold our "
           "decision that the procedure is not medically necessary. Surgical repair remains covered.", 10)
    d.add_page()
    d.set_left_margin(14)
    d.set_x(14)
    shade_head(d, "What happens next")
    d.para("This is the final decision of our internal appeals process. You have used all internal appeals. You "
           "may ask for an independent external review of this decision. Your request must be made within four "
           "months of the date of this letter. If your condition is urgent, you may ask for an expedited external "
           "review, decided within 72 hours.", 10)
    d.para("You may also have the right to bring a civil action under section 502(a) of ERISA. You may ask for "
           "free copies of all documents relevant to your claim. Questions: 1-800-555-0177.", 10)
    d.para("Sincerely,\n\nHumboldt Range Health Appeals Panel", 10)
    t = truth("denial_letter", "medical_necessity", insurer=HR, member_id=mid, group_number=grp,
              member_name=f["member"], case_numbers=[apl, orig], service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=f["doc"],
              alternates={"case_numbers": [[apl]], "provider": [GROUP]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: boxed claim notice, no authorization
def doc_noauth(r: Rand):
    f = base(r)
    notice = plus(f["dos"], r.randint(25, 40))
    dl = plus(notice, 180)
    mid, grp = f"CBX{r.digits(9)}", f"{r.digits(6)}"
    claim = f"{r.digits(4)}-{r.digits(6)}-{r.digits(2)}"
    billed = float(r.randint(52000, 74000)) + 0.25
    d = Page(f"{CB}  ·  Form CB-ABD-12  ·  Page {{p}} of {{n}}", margins=(14, 14, 14))
    d.add_page()
    d.text_line("CASTLEROCK BAY HEALTH", 15, "B", h=7)
    d.text_line(f"{CB}  ·  Claims  ·  PO Box 7300, Eureka, CA 95501", 8.4, h=5)
    d.ln(2)
    d.text_line("NOTICE OF CLAIM DENIAL", 13, "B", h=7)
    d.ln(1)
    d.boxes([("Notice date", fmt_date(notice, "dmy"), 40), ("Member", f["member"], 62), ("Member ID", mid, 46),
             ("Group", grp, 34)], h=12)
    d.boxes([("Claim number", claim, 48), ("Provider", HOSP, 64), ("Surgeon", "Dr. " + f["doc"], 70)], h=12)
    d.boxes([("Date of service", fmt_date(f["dos"], "dmy"), 40), ("Service", "33418 mitral TEER, inpatient", 62),
             ("Total billed", fmt_money(billed, "usd"), 46), ("Appeal by", fmt_date(dl, "dmy"), 34)], h=12)
    d.ln(5)
    shade_head(d, "Reason for denial")
    d.para("Transcatheter mitral valve repair requires prior authorization under your plan. No authorization was "
           "requested before the procedure and the admission was scheduled, not an emergency. The claim is "
           "denied for lack of prior authorization. Because the provider is in our network, you are not "
           "responsible for this amount; the hospital may ask for a retrospective review.", 9.4)
    shade_head(d, "How to appeal")
    d.para("Your appeal must reach us by the date in the box above. Include the claim number. Urgent appeals are "
           "decided within 72 hours. External review may be requested within 4 months of a final internal "
           "denial. Surgeon NPI on the claim: " + f["npi"] + ".", 9.4)
    t = truth("denial_letter", "prior_authorization", insurer=CB, member_id=mid, group_number=grp,
              member_name=f["member"], case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=HOSP, appeal_deadline=iso(dl),
              alternates={"insurer": ["Castlerock Bay Health"], "provider": [f["doc"]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_preservice, "preservice_denial", "born_digital"),
              (1, doc_fax_letter, "claim_letter_fax", "fax_standard_g4"),
              (3, doc_eob, "eob_three_claims", "scan_lowres_150"), (4, doc_es, "apelacion_aprobada_es", "phone_photo"),
              (5, doc_upheld, "final_appeal_upheld", "rotated"), (6, doc_noauth, "no_auth_boxed", "born_digital")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(2, item_stack(Rand(SEED + 2)))
    return items
