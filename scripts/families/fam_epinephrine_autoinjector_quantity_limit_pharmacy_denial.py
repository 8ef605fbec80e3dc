"""Family 'epinephrine_autoinjector_quantity_limit_pharmacy_denial': a child's second carton of epinephrine
auto-injectors (two 2-packs in 30 days, one set for school and one for home) refused over the plan's quantity
limit of one 2-pack per 30 days, seen as a PBM prose letter, a fax stack (pharmacy counter reject notice + the
PBM's coverage determination to the prescriber), a prescription drug EOB with three fills of which one is
rejected, an upheld first-level appeal, an approval of a quantity-limit override, a Spanish PBM letter and a
Medicaid managed care pharmacy claim denial. All values invented (PBMs, plans, pharmacies, people, IDs, amounts).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "epinephrine_autoinjector_quantity_limit_pharmacy_denial"
LANG = "en"
SEED = 332500
PBM = "Kestrelline Pharmacy Benefits"
PLAN = "Brookhaven Valley Health Plan"
DRUGS = ["epinephrine auto-injector 0.15 mg/0.15 mL (2-pack)", "epinephrine auto-injector 0.3 mg/0.3 mL (2-pack)"]
DOCTORS = ["Renata V. Okafor, MD", "Dr. Malcolm J. Ferreira", "Anjali P. Desai, MD", "Dr. Corwin T. Haskell",
           "Lydia M. Brennan, DO"]
PHARMACIES = ["Maplecrest Pharmacy #214", "Lindenfield Drug Co.", "Cornerstone Family Pharmacy",
              "Greywater Apothecary"]


def child(r: Rand, lang: str = "en") -> dict:
    nm, first, mid, last = r.person(lang)
    pnm, pfirst, _, _ = r.person(lang)
    parent = f"{pfirst} {r.choice('ABCDEFGHJKLMNPRSTVW')}. {last}"
    return dict(member=nm, first=first, last=last, parent=parent, addr=r.address(lang),
                dob=r.date(dt.date(2012, 1, 1), 3000), ph=r.phone(), npi=r.npi(), doc=r.choice(DOCTORS),
                pharm=r.choice(PHARMACIES), drug=r.choice(DRUGS), ndc=f"{r.digits(5)}-{r.digits(4)}-{r.digits(2)}",
                rx=f"{r.digits(7)}", bin=r.digits(6), pcn=f"KPB{r.digits(2)}")


# 1 -------------------------------------------------------------- PBM prose letter (born digital, 2 pages)
def doc_pbm_letter(r: Rand) -> tuple[bytes, dict]:
    f = child(r)
    mid, grp = f"KPB{r.digits(9)}", f"BV{r.digits(5)}"
    req = f"QLE-{r.digits(7)}"
    received = r.date(dt.date(2026, 1, 12), 50)
    notice = received + dt.timedelta(days=r.randint(2, 5))
    d = Doc(header=f"{PBM}  |  Request {req}  |  {f['member']}", footer="Page {p} of {n}", margins=(22, 16, 22))
    d.add_page()
    d.text_line(PBM, 16, "B", h=8)
    d.text_line(f"Pharmacy benefit manager for {PLAN}", 9, h=4.5)
    d.text_line("PO Box 4471, Fargo, ND 58102   |   Member Services " + f["ph"] + "  (TTY 711)", 9, h=4.5)
    d.rule(0.6, 6)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    d.ln(2)
    for ln in [f"Parent or guardian of {f['member']}", *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(4)
    y = d.get_y()
    for lab, val in [("Member", f["member"]), ("Member ID", mid), ("Group", grp),
                     ("Date of birth", fmt_date(f["dob"], "slash")), ("Request number", req)]:
        d.font(9.5, "B")
        d.cell(36, 5.2, lab)
        d.font(9.5)
        d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Notice of Denial of Quantity Limit Exception", 12, "B", h=7)
    d.para(f"Dear Parent or Guardian of {f['first']} {f['last']}:", 10.5)
    d.para(f"On {fmt_date(received, 'long')} we received a request from {f['doc']} to cover two cartons of "
           f"{f['drug']} every 30 days, so that one set of auto-injectors can be kept at school and one at home. "
           "Your plan covers one carton (2 auto-injectors) per 30 days without an exception.", 10.5)
    d.para("We denied the request. The plan's quantity limit criteria allow more than one carton in 30 days only "
           "when an auto-injector was used or lost, or when a dose change is needed. The information we received "
           "does not show any of these. Keeping a second supply at school is not one of the reasons the criteria "
           "allow, so an exception is not medically necessary under the plan's rules.", 10.5)
    d.para("Your child can still fill one carton every 30 days at the usual copay. Ask the pharmacist about "
           "splitting the carton between home and school while you decide whether to appeal.", 10.5)
    d.text_line("Your right to appeal", 11, "B", h=6.5)
    d.para("You or the prescriber may appeal this decision. We must receive your appeal within 180 days of the "
           "date of this letter. If waiting could seriously harm your child's health, ask for an expedited "
           "appeal: we will decide it within 72 hours. After our final decision you may ask for an external "
           "review by an independent review organization within 4 months.", 10.5)
    d.para(f"Prescription {f['rx']}, NDC {f['ndc']}, RxBIN {f['bin']}, PCN {f['pcn']}. Prescriber NPI {f['npi']}.",
           8.5)
    d.add_page()
    d.text_line("How to appeal", 11, "B", h=6.5)
    d.para(f"Write to {PBM}, Attn: Clinical Appeals, PO Box 4472, Fargo, ND 58102, or fax 1-866-555-0148. "
           f"Include the request number {req} and any notes from {f['doc']} about a used or lost "
           "auto-injector.", 10)
    d.para("You may ask for free copies of the criteria we used and of all documents related to this request. "
           "Language help: call Member Services at the number above.", 10)
    d.para("Sincerely,\n\nPharmacy Clinical Review\n" + PBM, 10)
    t = truth("denial_letter", "medical_necessity", insurer=PBM, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[req], denial_date=iso(notice), provider=f["doc"],
              appeal_deadline=iso(notice + dt.timedelta(days=180)), alternates={"insurer": [PLAN]},
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# 2 -------------------------------------------------------------- stack: pharmacy reject + PBM fax to prescriber
def doc_counter_notice(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Doc(font="Courier", margins=(48, 14, 48))
    d.add_page()
    d.text_line(f["pharm"].upper(), 11, "B", align="C", h=6)
    d.text_line("210 Quarry Street  Duluth MN 55802", 8.5, align="C", h=4.5)
    d.text_line("*** PRESCRIPTION NOT COVERED ***", 10, "B", align="C", h=8)
    d.ln(2)
    for lab, val in [("Date", f["fill"].strftime("%m/%d/%y")), ("Patient", f["member"]),
                     ("Cardholder ID", f["mid"]), ("Rx#", f["rx"]), ("Drug", "EPINEPHRINE AUTO-INJ 2PK"),
                     ("Qty", "2 (1 carton)"), ("Days supply", "30"), ("Prescriber", f["doc"]),
                     ("BIN/PCN/GRP", f"{f['bin']}/{f['pcn']}/{f['grp']}"), ("Reject", "76 PLAN LIMITATIONS EXCEEDED"),
                     ("Msg", "QTY LIMIT 2 PER 30 DAYS"), ("Last fill", f["last_fill"].strftime("%m/%d/%y")),
                     ("Cash price", fmt_money(f["cash"]))]:
        d.font(8.5)
        d.cell(34, 4.6, lab + ":")
        d.cell(0, 4.6, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("Your insurance did not pay for this prescription today. This is not a decision on an appeal. Your "
           "prescriber can ask your plan for an exception. Keep this notice.", 8.5)
    t = truth("other", None, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
              service_dates=[iso(f["fill"])], denial_date=iso(f["fill"]), provider=f["pharm"], unscored=["insurer"],
              alternates={"provider": [f["doc"]], "claim_amount": [m2(f["cash"])], "group_number": [None]})
    return pdf_bytes(d), t


def doc_cd_fax(r: Rand, f: dict) -> tuple[bytes, dict]:
    sent = f["fill"] + dt.timedelta(days=r.randint(3, 6))
    recv = sent - dt.timedelta(days=2)
    d = Doc(margins=(16, 14, 16))
    d.add_page()
    d.text_line(f"{PBM.upper()}  -  COVERAGE DETERMINATION", 12, "B", h=7)
    d.text_line(f"Fax to prescriber  -  from Prior Authorization Dept., fax 1-866-555-0193  -  {PLAN}", 8.5, h=5)
    d.rule(0.5, 3)
    d.boxes([("Determination date", fmt_date(sent, "iso"), 40), ("Case ID", f["case"], 40),
             ("Request received", fmt_date(recv, "iso"), 40), ("Decision", "DENIED", 60)])
    d.boxes([("Prescriber", f["doc"], 62), ("NPI", f["npi"], 36), ("Member", f["member"], 82)])
    d.boxes([("Member ID", f["mid"], 50), ("Group", f["grp"], 36), ("Drug requested", "Epinephrine 2-pack x 2", 58),
             ("Qty/days", "4 / 30", 36)])
    d.ln(5)
    d.text_line("Reason for decision", 10, "B", h=6)
    d.para("The request for a quantity above the plan limit of 1 package (2 auto-injectors) per 30 days is denied. "
           "Plan limits exceeded: the plan does not cover an additional package for a second location (school, "
           "daycare). Criteria QL-EPI-02 allow more only after use, loss or a change in dose.", 9.5)
    d.text_line("Appeal rights", 10, "B", h=6)
    d.para("The member or prescriber may request an appeal within 180 days of the determination date shown above. "
           "Expedited appeals: 72 hours. Fax clinical notes with the case ID.", 9.5)
    t = truth("denial_letter", "not_covered", insurer=PBM, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["case"]], denial_date=iso(sent), provider=f["doc"],
              appeal_deadline=iso(sent + dt.timedelta(days=180)), alternates={"insurer": [PLAN]},
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = child(r)
    fill = r.date(dt.date(2026, 2, 2), 40)
    f.update(fill=fill, last_fill=fill - dt.timedelta(days=r.randint(8, 20)), mid=f"KPB{r.digits(9)}",
             grp=f"BV{r.digits(5)}", case=f"CD{r.digits(8)}", cash=float(r.amount(140, 690)))
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [doc_counter_notice(r, f), doc_cd_fax(r, f)],
                separators=["cover", None])


# 3 -------------------------------------------------------------- prescription drug EOB, three fills, one rejected
def doc_rx_eob(r: Rand) -> tuple[bytes, dict]:
    f = child(r)
    mid, grp = f"{r.digits(3)} {r.digits(3)} {r.digits(4)}", f"{r.digits(6)}"
    stmt = r.date(dt.date(2026, 3, 2), 30)
    period0 = stmt.replace(day=1) - dt.timedelta(days=1)
    period0 = period0.replace(day=1)
    fills = sorted(r.date(period0, 25) for _ in range(3))
    claims = [f"RX{r.digits(10)}" for _ in range(3)]
    rows_src = [("Cetirizine 5 mg/5 mL oral solution", float(r.amount(12, 40)), "Paid", ""),
                ("Albuterol HFA inhaler 90 mcg", float(r.amount(45, 95)), "Paid", ""),
                (f["drug"], float(r.amount(310, 720)), "Rejected", "QL")]
    order = [0, 2, 1] if r.random() < 0.5 else [2, 0, 1]
    d = Doc(footer=f"{PLAN} - Prescription Drug Explanation of Benefits - page {{p}} of {{n}}", margins=(14, 12, 14))
    d.add_page()
    d.text_line(PLAN, 15, "B", h=8)
    d.text_line(f"Prescription benefits administered by {PBM}", 8.5, h=4.5)
    d.ln(2)
    d.text_line("PRESCRIPTION DRUG EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 10.5, "B", h=6)
    y = d.get_y()
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 9.5, h=5)
    d.set_xy(120, y)
    for lab, val in [("Statement date", fmt_date(stmt, "abbr")), ("Subscriber", f["parent"]),
                     ("ID number", mid), ("Group no.", grp),
                     ("Period", f"{fmt_date(period0, 'slash')} - {fmt_date(stmt - dt.timedelta(days=1), 'slash')}")]:
        d.set_x(120)
        d.font(8.5, "B")
        d.cell(28, 4.8, lab)
        d.font(8.5)
        d.cell(0, 4.8, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.text_line(f"Prescriptions filled for {f['member']} (born {fmt_date(f['dob'], 'slash')})", 9.5, "B", h=6)
    rows = []
    for k, i in enumerate(order):
        name, cost, st, code = rows_src[i]
        paid = 0 if st != "Paid" else round(cost - 10, 2)
        rows.append([fmt_date(fills[k], "slash"), claims[i], name[:34], f["pharm"][:22], fmt_money(cost, "nosign"),
                     m2(paid), m2(0 if st != "Paid" else 10), st + (f" ({code})" if code else "")])
    d.table(["Filled", "Claim no.", "Drug", "Pharmacy", "Drug cost", "Plan paid", "You paid", "Status"], rows,
            [19, 27, 50, 33, 16, 15, 14, 14], size=6.9, aligns="LLLLRRRL")
    k_epi = order.index(2)
    d.text_line("Message codes", 9.5, "B", h=5.5)
    d.para(f"QL  Quantity limit. Your plan covers 1 package (2 auto-injectors) of this drug every 30 days. A package "
           f"was already paid on {fmt_date(fills[k_epi] - dt.timedelta(days=r.randint(9, 18)), 'slash')}. The "
           f"claim for {f['member']} was not covered. {f['doc']} can ask for a quantity limit exception.", 8.5)
    d.para("If you disagree with this decision you may file an appeal within 180 days after you receive this "
           "statement. Expedited reviews are completed within 72 hours. Year-to-date out-of-pocket: $" +
           f"{r.randint(200, 900)}.00 of $3,500.00.", 8.5)
    d.para(f"Questions? Call {f['ph']}. Pharmacy NPI {r.npi()}.", 8.5)
    t = truth("eob", "not_covered", insurer=PLAN, group_number=grp, member_id=mid.replace(" ", ""),
              member_name=f["member"], case_numbers=[claims[2]], claim_amount=m2(rows_src[2][1]),
              service_dates=[iso(fills[k_epi])], denial_date=iso(stmt), provider=f["pharm"],
              alternates={"insurer": [PBM]}, denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# 4 -------------------------------------------------------------- first-level appeal upheld
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = child(r)
    mid, grp = f"KPB{r.digits(9)}", f"BV{r.digits(5)}"
    appeal, orig = f"APL{r.digits(4)}-{r.digits(4)}", f"QLE-{r.digits(7)}"
    decided = r.date(dt.date(2026, 3, 1), 45)
    got = decided - dt.timedelta(days=r.randint(12, 25))
    d = Doc(font="Times", margins=(24, 18, 24))
    d.add_page()
    d.text_line(PLAN, 15, "B", align="C", h=7)
    d.text_line("Member Appeals Unit  -  1200 Lantern Way, Duluth, MN 55802", 9.5, align="C", h=5)
    d.ln(8)
    d.text_line(fmt_date(decided, "mdy_nopad"), 11, h=6)
    d.ln(2)
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 11, h=5.5)
    d.ln(4)
    d.para(f"RE: Appeal {appeal}    Patient: {f['member']}    Member ID: {mid}    Group: {grp}", 10.5)
    d.text_line("Decision on your first-level appeal: DENIAL UPHELD", 11.5, "B", h=7)
    d.para(f"We received your appeal on {fmt_date(got, 'mdy_nopad')}. You asked us to reverse our decision on "
           f"request {orig}, which denied a second carton of epinephrine auto-injectors each month for your "
           f"child. {f['doc']} wrote that the school nurse's office needs its own supply.", 11)
    d.para("A pharmacist and a board-certified pediatric allergist reviewed the appeal. The plan's criteria allow "
           "a second package within 30 days only when a device was used, lost, expired early or the dose changed. "
           "Storage at a second location is not one of these reasons. The denial is upheld because the extra "
           "quantity is not medically necessary under the criteria.", 11)
    d.para("Many schools keep stock epinephrine under state law; please ask the school nurse.", 11)
    d.para("You may ask for a second-level appeal. Send it within 60 days of the date of this letter. You may "
           "instead, or afterwards, ask for an external review within 4 months. Urgent cases: 72 hours.", 11)
    d.para("Sincerely,\n\nAppeals Coordinator", 11)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[appeal, orig], denial_date=iso(decided), provider=f["doc"],
              appeal_deadline=iso(decided + dt.timedelta(days=60)),
              alternates={"case_numbers": [[appeal]]}, denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# 5 -------------------------------------------------------------- override approved (denies nothing)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = child(r)
    mid = f"KPB{r.digits(9)}"
    auth = f"PA{r.digits(3)}-{r.digits(5)}"
    issued = r.date(dt.date(2026, 2, 9), 40)
    start = issued
    end = start + dt.timedelta(days=364)
    d = Doc(margins=(20, 18, 20))
    d.add_page()
    d.set_fill_color(40, 40, 40)
    d.rect(20, 16, 176, 2.5, style="F")
    d.ln(6)
    d.text_line(PBM, 14, "B", h=7)
    d.text_line("Coverage Approval Notice", 11, h=6)
    d.ln(4)
    d.text_line(f"Date: {fmt_date(issued, 'dmy')}", 10, h=6)
    d.text_line(f"To: {f['parent']}, for {f['member']}", 10, h=6)
    d.ln(3)
    d.para(f"Good news. We approved the quantity limit override that {f['doc']} asked for. Your child may now fill "
           f"up to two packages (4 auto-injectors) of {f['drug']} every 30 days, one for home and one for school.",
           10.5)
    d.para(f"The approval number is {auth} and it is valid from {fmt_date(start, 'long')} through "
           f"{fmt_date(end, 'long')}. The pharmacy does not need to call us. Member ID {mid}.", 10.5)
    d.para(f"Your usual copay applies to each package. Questions: {f['ph']}, Monday to Friday. Date of birth on "
           f"file: {fmt_date(f['dob'], 'slash')}.", 10.5)
    t = truth("other", None, insurer=PBM, member_id=mid, member_name=f["member"], case_numbers=[auth],
              service_dates=[iso(start, end)], denial_date=iso(issued), provider=f["doc"],
              alternates={"service_dates": [[iso(start)], []]})
    return pdf_bytes(d), t


# 6 -------------------------------------------------------------- Spanish PBM letter
def doc_spanish(r: Rand) -> tuple[bytes, dict]:
    f = child(r, "es")
    mid, grp = f"KPB{r.digits(9)}", f"BV{r.digits(5)}"
    req = f"QLE-{r.digits(7)}"
    notice = r.date(dt.date(2026, 2, 16), 40)
    recv = notice - dt.timedelta(days=3)
    d = Doc(margins=(22, 16, 22))
    d.add_page()
    d.text_line(PBM, 14, "B", h=7)
    d.text_line(f"Administrador de beneficios de farmacia de {PLAN}", 9, h=5)
    d.ln(6)
    d.text_line(f"Fecha: {fmt_date(notice, 'es')}", 10.5, h=6)
    d.ln(2)
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(3)
    d.text_line("Aviso de denegación: excepción al límite de cantidad", 12, "B", h=7)
    d.para(f"Estimado(a) padre, madre o tutor de {f['member']}:", 10.5)
    d.para(f"El {fmt_date(recv, 'es')} recibimos la solicitud número {req} de {f['doc']} para cubrir dos "
           "cajas de autoinyectores de epinefrina cada 30 días (una para la escuela y otra para la casa). Su plan "
           "cubre una caja (2 autoinyectores) cada 30 días.", 10.5)
    d.para("Hemos denegado la solicitud. Los criterios del plan permiten una cantidad mayor solo si un "
           "autoinyector se usó, se perdió o cambió la dosis. Guardar una segunda caja en la escuela no es "
           "médicamente necesario según estos criterios.", 10.5)
    d.para(f"Número de identificación del afiliado: {mid}. Número de grupo: {grp}. Fecha de nacimiento: "
           f"{fmt_date(f['dob'], 'slash')}.", 10.5)
    d.text_line("Su derecho a apelar", 11, "B", h=6.5)
    d.para("Usted o el médico pueden apelar. Debemos recibir su apelación dentro de 180 días a partir de la fecha "
           "de esta carta. Si la espera pone en grave riesgo la salud de su hijo(a), pida una apelación acelerada; "
           "la decidiremos en 72 horas. También puede pedir una revisión externa dentro de 4 meses después de "
           f"nuestra decisión final. Llame al {f['ph']} (TTY 711).", 10.5)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=PBM, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[req], denial_date=iso(notice), provider=f["doc"],
              appeal_deadline=iso(notice + dt.timedelta(days=180)), alternates={"insurer": [PLAN]},
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# 7 -------------------------------------------------------------- Medicaid MCO pharmacy claim denial
def doc_medicaid(r: Rand) -> tuple[bytes, dict]:
    f = child(r)
    ins = "Sunmeadow Community Health Plan"
    mid = f"{r.digits(8)}{r.letters(1)}"
    plan_id = f"MCO-{r.digits(4)}"
    claim = f"{r.digits(4)}-{r.digits(6)}-{r.digits(2)}"
    fill = r.date(dt.date(2026, 1, 20), 50)
    notice = fill + dt.timedelta(days=r.randint(2, 6))
    cost = float(r.amount(300, 700))
    by = notice + dt.timedelta(days=60)
    d = Doc(margins=(18, 14, 18))
    d.add_page()
    d.text_line(ins.upper(), 13, "B", h=7)
    d.text_line("A Medicaid managed care plan  -  Pharmacy Services", 9, h=5)
    d.rule(0.5, 4)
    d.text_line("NOTICE OF PHARMACY CLAIM DENIAL", 12, "B", h=7)
    d.ln(1)
    rows = [("Notice date", fmt_date(notice, "dmy").upper()), ("Enrollee", f["member"]), ("Medicaid ID", mid),
            ("Plan ID", plan_id), ("Pharmacy claim no.", claim), ("Date filled", fmt_date(fill, "dmy").upper()),
            ("Drug", f["drug"]), ("Amount billed by pharmacy", fmt_money(cost, "usd")), ("Pharmacy", f["pharm"]),
            ("Prescriber", f["doc"]), ("Prescriber NPI", f["npi"])]
    for lab, val in rows:
        d.font(9.5)
        d.cell(58, 5.6, lab, border="B")
        d.font(9.5, "B")
        d.cell(0, 5.6, val, border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para("Why we denied the claim: the prescription is more than the quantity the plan allows without prior "
           "authorization (1 package every 30 days). Prior authorization was not requested for the extra "
           "package. Your prescriber may request prior authorization for a quantity limit override at any time.",
           10)
    d.para(f"If you disagree, ask for a plan appeal by {fmt_date(by, 'dmy').upper()}. After the plan appeal you "
           "may ask for a State Fair Hearing within 120 days. To keep getting a drug you already receive while "
           "you appeal, ask within 10 days. Enrollee Services: " + f["ph"] + ".", 10)
    d.text_line("Form SCH-RX-07 (rev. 01/2026)", 7.5, h=4)
    t = truth("denial_letter", "prior_authorization", insurer=ins, plan_id=plan_id, member_id=mid,
              member_name=f["member"], case_numbers=[claim], claim_amount=m2(cost), service_dates=[iso(fill)],
              denial_date=iso(notice), provider=f["pharm"], appeal_deadline=iso(by),
              alternates={"provider": [f["doc"]]}, denial_alternates=["not_covered"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_pbm_letter, "pbm_letter", "born_digital"), (2, doc_rx_eob, "rx_eob", "scan_clean_300"),
              (3, doc_appeal, "appeal_upheld", "photocopy"), (4, doc_approval, "override_approved", "phone_photo"),
              (5, doc_spanish, "carta_es", "rotated"), (6, doc_medicaid, "medicaid_claim", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
