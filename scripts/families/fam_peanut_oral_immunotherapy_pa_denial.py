"""Family 'peanut_oral_immunotherapy_pa_denial': peanut allergen powder (oral immunotherapy) refused at prior
authorization by an invented health plan because its criteria were not met (age outside the labelled range, no
documented oral food challenge or skin/IgE testing), seen as the plan's member notice, a fine-fax stack (specialty
pharmacy hold letter + the plan's boxed prescriber notification), the allergist's letter of medical necessity, an
approval after appeal, a Spanish notice, a three-claim EOB with the up-dosing visit refused, and an upheld appeal.
All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "peanut_oral_immunotherapy_pa_denial"
LANG = "en"
SEED = 338300
PLAN = "Thornquist Valley Health Plan"
SPEC = "Brambleton Specialty Pharmacy"
PRACTICE = "Larchmont Pediatric Allergy & Asthma"
DOCS = ["Dr. Fenella R. Osgood", "Dr. Caspian L. Mirabeau", "Dr. Anjali P. Westergaard", "Dr. Thaddeus K. Ruelas"]
DRUG = "Peanut (Arachis hypogaea) allergen powder-dnfp, initial dose escalation kit"
CRIT = ("Policy RX-OIT-207 covers peanut allergen powder when: (a) the member is 4 through 17 years old at the start "
        "of treatment (1 through 3 years for the toddler kit); (b) peanut allergy is confirmed by a peanut-specific "
        "IgE of 0.35 kUA/L or more or a skin prick wheal of 3 mm or more; (c) a supervised oral food challenge "
        "or a documented history of a systemic reaction to peanut is on file; and (d) an injectable epinephrine "
        "prescription is current.")


def pt(r: Rand, lang: str = "en") -> dict:
    kid, kf, km, kl = r.person(lang)
    par, pf, pm, pl = r.person(lang)
    par = f"{pf} {pm}. {kl}"
    return dict(member=kid, first=kf, last=kl, parent=par, addr=r.address(lang),
                dob=r.date(dt.date(2013, 1, 1), 3000), ph=r.phone(), npi=r.npi(), doc=r.choice(DOCS),
                mid=f"TVH{r.digits(8)}", grp=f"G-{r.digits(5)}", plan_id=f"TV{r.letters(1)}{r.digits(3)}")


def labels(d: Doc, rows, w: float = 46, size: float = 9.5):
    for lab, val in rows:
        d.font(size, "B")
        d.cell(w, 5.4, lab)
        d.font(size)
        d.cell(0, 5.4, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def nm(doc: str) -> str:
    return doc.replace("Dr. ", "")


# 1 ------------------------------------------------------------ plan member notice (born digital, 2 pages)
def doc_notice(r: Rand) -> tuple[bytes, dict]:
    f = pt(r)
    case = f"UM-{r.digits(7)}"
    notice = r.date(dt.date(2026, 1, 14), 40)
    recv = notice - dt.timedelta(days=r.randint(2, 5))
    d = Doc(header=f"{PLAN}  |  Ref. {case}  |  {f['member']}", footer="TVH-PA-NOT-3 (01/2026)   page {p}/{n}",
            margins=(20, 15, 20))
    d.add_page()
    d.text_line(PLAN, 17, "B", h=8)
    d.text_line("Utilization Management - Pharmacy Prior Authorization  |  PO Box 4410, Fargo, ND 58102", 8.5, h=5)
    d.rule(0.7, 6)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    for ln in [f"Parent/guardian of {f['member']}", *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(4)
    d.text_line("Notice of Adverse Benefit Determination - Prior Authorization", 12, "B", h=7)
    labels(d, [("Patient", f["member"]), ("Patient date of birth", fmt_date(f["dob"], "slash")),
               ("Subscriber", f["parent"]), ("Member ID", f["mid"]), ("Group", f["grp"]),
               ("Plan", f["plan_id"]), ("Reference no.", case), ("Medication", "Peanut allergen powder (Palforzia)"),
               ("Prescriber", f"{f['doc']}, {PRACTICE}"), ("Prescriber NPI", f["npi"]),
               ("Request received", fmt_date(recv, "long"))])
    d.para(f"We reviewed the request from {f['doc']} to cover peanut oral immunotherapy for {f['first']}. "
           "The request is denied. The prior authorization criteria are not met.", 10.5)
    d.para(CRIT, 9.5)
    d.para("What we received: a clinic note listing a history of hives after peanut butter. We did not receive a "
           "peanut-specific IgE or skin test result, and no oral food challenge or emergency visit is documented. "
           "Your doctor can send these and ask us to look again.", 10.5)
    d.add_page()
    d.text_line("If you disagree", 11, "B", h=6.5)
    d.para("You may file an appeal within 180 days of the date of this letter. Send it to the address above or "
           "call " + f["ph"] + ". If your child's health could be seriously harmed by waiting, ask for an expedited "
           "appeal; we decide those within 72 hours. After the internal appeal you may ask for an independent "
           "external review within 4 months of our final decision.", 10)
    d.para("This notice is about coverage only. It does not tell your doctor how to treat your child.", 9.5)
    t = truth("denial_letter", "prior_authorization", insurer=PLAN, plan_id=f["plan_id"], group_number=f["grp"],
              member_id=f["mid"], member_name=f["member"], case_numbers=[case], denial_date=iso(notice),
              provider=nm(f["doc"]), appeal_deadline=iso(notice + dt.timedelta(days=180)),
              denial_alternates=["medical_necessity"], alternates={"plan_id": [None], "provider": [PRACTICE]})
    return pdf_bytes(d), t


# 2 ------------------------------------------------------------ fax stack: specialty pharmacy hold + plan notice
def doc_hold(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Doc(font="Courier", margins=(18, 14, 18))
    d.add_page()
    d.text_line(SPEC.upper(), 13, "B", h=7)
    d.text_line(f"Patient Care Coordination  Tel 1-701-555-0148  Fax 1-701-555-0149  NCPDP {r.digits(7)}", 8, h=5)
    d.rule(0.4, 4)
    d.text_line("REFERRAL STATUS: ON HOLD - BENEFITS INVESTIGATION", 10.5, "B", h=7)
    labels(d, [("Date", fmt_date(f["hold"], "dmy")), ("Patient", f["member"]), ("DOB", fmt_date(f["dob"], "dmy")),
               ("Prescriber", f["doc"]), ("Rx #", f"{r.digits(7)}-{r.digits(2)}"),
               ("Product", "Palforzia Level 1-11 IDE kit"), ("Payer", f"{PLAN}  ID {f['mid']}")], w=30, size=9)
    d.para("We received the prescription above. The plan requires prior authorization and the claim rejected "
           "with code 75. Our team has sent the plan's PA form to the prescriber. We will call the family when "
           "the plan decides. The first dose must be given in the allergist's office under REMS.", 9)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], denial_date=iso(f["hold"]),
              provider=nm(f["doc"]), unscored=["insurer"], alternates={"provider": [SPEC]})
    return pdf_bytes(d), t


def doc_fax_notice(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Doc(margins=(16, 12, 16))
    d.add_page()
    d.text_line(PLAN.upper(), 12, "B", h=7)
    d.text_line("PHARMACY PRIOR AUTHORIZATION - PRESCRIBER NOTIFICATION      Fax 1-877-555-0190", 8.5, h=5)
    d.rule(0.6, 4)
    d.boxes([("Decision date", fmt_date(f["notice"], "upper"), 44), ("PA request #", f["case"], 44),
             ("Member ID", f["mid"], 46), ("Group", f["grp"], 42)])
    d.boxes([("Patient", f["member"], 66), ("DOB", fmt_date(f["dob"], "upper"), 36), ("Prescriber", f["doc"], 74)])
    d.ln(4)
    d.text_line("DETERMINATION: NOT APPROVED", 11, "B", h=7)
    d.para(f"Drug: {DRUG}. Criterion (c) not met: no supervised oral food challenge and no documented systemic "
           "reaction. Criterion (b): skin prick 4 mm received - met. Criteria (a) and (d) met.", 9.5)
    d.para("Peer-to-peer discussion: call 1-877-555-0191 within 14 days. The member may appeal within 180 days of "
           "the date of this notice. Urgent appeals: decision within 72 hours.", 9.5)
    t = truth("denial_letter", "prior_authorization", insurer=PLAN, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["case"]], denial_date=iso(f["notice"]),
              provider=nm(f["doc"]), appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)),
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = pt(r)
    hold = r.date(dt.date(2026, 1, 20), 30)
    f.update(hold=hold, notice=hold + dt.timedelta(days=r.randint(3, 6)), case=f"PA{r.digits(9)}")
    return Item(f"{FAMILY}_faxfine_stack", "fax_fine_g4", [doc_hold(r, f), doc_fax_notice(r, f)],
                separators=["cover", None])


# 3 ------------------------------------------------------------ allergist's letter of medical necessity (scan)
def doc_lmn(r: Rand) -> tuple[bytes, dict]:
    f = pt(r)
    case = f"UM-{r.digits(7)}"
    sent = r.date(dt.date(2026, 2, 3), 30)
    ofc = sent - dt.timedelta(days=r.randint(10, 20))
    d = Doc(font="Times", margins=(24, 18, 24))
    d.add_page()
    d.text_line(PRACTICE, 15, "B", align="C", h=7)
    d.text_line(f"{f['doc']}, MD  -  Board certified, Allergy & Immunology  -  NPI {f['npi']}", 9, align="C", h=5)
    d.text_line("2210 Fenwick Avenue, Suite 300, Erie, PA 16501  -  Tel 1-814-555-0172", 9, align="C", h=5)
    d.ln(6)
    d.text_line(fmt_date(sent, "wlong"), 11, h=6)
    d.para(f"{PLAN}\nPharmacy Appeals", 11)
    d.para(f"RE: {f['member']} (DOB {fmt_date(f['dob'], 'mdy_nopad')}), member {f['mid']}, appeal of denial {case}", 11)
    d.para("To the reviewing physician:", 11)
    d.para(f"I ask that you reverse the denial of peanut allergen powder for my patient. On "
           f"{fmt_date(ofc, 'long')} we performed a supervised oral food challenge in our office; the patient "
           "reacted at the 30 mg peanut protein step with generalized urticaria and wheeze treated with "
           "epinephrine. Peanut-specific IgE is 18.4 kUA/L. An epinephrine auto-injector is prescribed.", 11)
    d.para("All four criteria of your policy are now met. The challenge report and laboratory result are enclosed "
           "(4 pages). Please call me if a peer-to-peer review would help.", 11)
    d.para(f"Sincerely,\n\n{f['doc']}, MD", 11)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[case],
              denial_date=iso(sent), provider=nm(f["doc"]), unscored=["insurer"],
              alternates={"case_numbers": [[]], "denial_date": [None], "provider": [PRACTICE]})
    return pdf_bytes(d), t


# 4 ------------------------------------------------------------ approval after appeal (phone photo)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = pt(r)
    appeal, auth = f"AP{r.digits(8)}", f"A{r.digits(10)}"
    issued = r.date(dt.date(2026, 2, 18), 30)
    end = issued + dt.timedelta(days=182)
    d = Doc(margins=(20, 14, 20))
    d.add_page()
    d.text_line(PLAN, 14, "B", h=7)
    d.text_line("Member Appeals", 9.5, h=5)
    d.rule(0.4, 5)
    d.boxes([("Date", fmt_date(issued, "abbr"), 42), ("Appeal", appeal, 42), ("Member ID", f["mid"], 46),
             ("Group", f["grp"], 44)])
    d.ln(4)
    d.para(f"Dear parent or guardian of {f['member']}:", 10.5)
    d.text_line("Good news - your appeal is approved.", 12, "B", h=7)
    d.para(f"{f['doc']} sent the oral food challenge report, so the criteria for peanut allergen powder are met. "
           f"We have approved authorization number {auth} for the dose escalation and up-dosing kits from "
           f"{fmt_date(issued, 'abbr')} through {fmt_date(end, 'abbr')}.", 10.5)
    d.para(f"Prescriptions must be filled at {SPEC}. Up-dosing visits at {PRACTICE} are covered at your specialist "
           "copay. A new request is needed for maintenance after the approval period ends.", 10.5)
    t = truth("other", None, insurer=PLAN, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[appeal, auth], service_dates=[iso(issued, end)], denial_date=iso(issued),
              provider=nm(f["doc"]),
              alternates={"case_numbers": [[appeal], [auth]], "service_dates": [[], [iso(issued)]]})
    return pdf_bytes(d), t


# 5 ------------------------------------------------------------ Spanish notice (photocopy)
def doc_es(r: Rand) -> tuple[bytes, dict]:
    f = pt(r, "es")
    case = f"UM-{r.digits(7)}"
    notice = r.date(dt.date(2026, 1, 26), 40)
    d = Doc(font="DejaVu", margins=(22, 16, 22))
    d.add_page()
    d.text_line(PLAN, 15, h=8)
    d.text_line("Departamento de Farmacia - Autorizaciones previas", 9.5, h=5)
    d.rule(0.5, 5)
    d.text_line(fmt_date(notice, "es"), 10.5, h=6)
    for ln in [f"Padre, madre o tutor de {f['member']}", *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(3)
    d.text_line("Aviso de denegación de cobertura", 12.5, h=7)
    d.para(f"Nº de afiliado: {f['mid']}    Grupo: {f['grp']}    Número de caso: {case}", 10)
    d.para(f"Su médico, {f['doc']}, pidió autorización previa para el polvo de alérgeno de cacahuate (maní) para "
           f"{f['first']}. Denegamos la solicitud porque no se cumplen los criterios de la póliza: el paciente "
           "no recibimos un resultado de IgE específica ni de prueba cutánea, y no consta una prueba de "
           "provocación oral supervisada ni una reacción sistémica documentada.", 10.5)
    d.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Si la espera pone en grave "
           f"peligro la salud, pida una apelación acelerada (72 horas). Teléfono: {f['ph']} (TTY 711). Fecha de "
           f"nacimiento del paciente: {fmt_date(f['dob'], 'es')}.", 10.5)
    t = truth("denial_letter", "prior_authorization", lang="es", insurer=PLAN, group_number=f["grp"],
              member_id=f["mid"], member_name=f["member"], case_numbers=[case], denial_date=iso(notice),
              provider=nm(f["doc"]), appeal_deadline=iso(notice + dt.timedelta(days=180)),
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# 6 ------------------------------------------------------------ three-claim EOB, up-dosing visit refused (rotated)
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = pt(r)
    stmt = r.date(dt.date(2026, 3, 2), 20)
    ds = sorted(r.date(stmt - dt.timedelta(days=50), 35) for _ in range(3))
    cl = [f"{r.digits(3)}-{r.digits(8)}" for _ in range(3)]
    claims = [(cl[0], ds[0], "Skin prick tests x12 (95004)", "Larchmont Allergy", float(r.amount(240, 380)), False),
              (cl[1], ds[1], "99214 + OIT dose escalation", f["doc"], float(r.amount(610, 890)), True),
              (cl[2], ds[2], "Spirometry (94010)", "Larchmont Allergy", float(r.amount(60, 110)), False)]
    d = Doc(orientation="L", margins=(14, 12, 14))
    d.add_page()
    d.text_line(PLAN, 15, "B", h=8)
    d.text_line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 10, "B", h=6)
    d.para(f"Statement date {fmt_date(stmt, 'iso')}   |   Subscriber {f['parent']}   |   Member ID {f['mid']}   |   "
           f"Group {f['grp']}   |   Claims processed {fmt_date(stmt - dt.timedelta(days=30), 'iso')} to "
           f"{fmt_date(stmt, 'iso')}", 9)
    rows = []
    for c, dd, svc, prov, amt, den in claims:
        pay = 0 if den else amt * 0.7
        rows.append([c, f["member"], fmt_date(dd, "iso"), svc, prov, fmt_money(amt), fmt_money(0 if den else amt * 0.8),
                     fmt_money(pay), fmt_money(amt if den else amt * 0.1), "P12" if den else "-"])
    d.table(["Claim", "Patient", "Service date", "Service", "Provider", "Billed", "Allowed", "Plan paid",
             "You owe", "Note"], rows, [26, 32, 20, 46, 42, 18, 18, 18, 16, 10], size=7.6, aligns="LLLLLRRRRL")
    d.para("P12 - Prior authorization was required for peanut oral immunotherapy and was not on file when the "
           "service was provided. The provider may not bill you for this amount if they are in network.", 8.5)
    d.para("You may appeal a denied claim within 180 days from the statement date. Deductible met to date: "
           f"${r.randint(300, 900)}.00 of $1,500.00. Customer service {f['ph']}.", 8.5)
    t = truth("eob", "prior_authorization", insurer=PLAN, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[cl[1]], claim_amount=m2(claims[1][4]),
              service_dates=[iso(ds[1])], denial_date=iso(stmt), provider=nm(f["doc"]),
              appeal_deadline=iso(stmt + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# 7 ------------------------------------------------------------ upheld first-level appeal (low res)
def doc_upheld(r: Rand) -> tuple[bytes, dict]:
    f = pt(r)
    appeal, case = f"AP{r.digits(8)}", f"UM-{r.digits(7)}"
    decided = r.date(dt.date(2026, 2, 10), 35)
    d = Doc(margins=(22, 16, 22))
    d.add_page()
    d.text_line(PLAN.lower(), 16, h=8)
    d.text_line("member appeals unit", 9, h=5)
    d.ln(4)
    d.text_line(decided.strftime("%d.%m.%Y"), 10.5, h=6)
    d.para(f"Appeal {appeal} (original reference {case})", 10.5)
    d.para(f"Dear {f['parent']}:", 10.5)
    d.para(f"An allergist who was not part of the first decision reviewed the appeal for peanut allergen powder "
           f"for your child, {f['member']} (member ID {f['mid']}), prescribed by {f['doc']}. Our policy covers the "
           "product only when treatment starts between the ages of 4 and 17. Your child turned 18 before the "
           "request was made, so the criteria are not met and we uphold the denial.", 10.5)
    d.para("You may request a second-level appeal within 60 days of the date of this letter. An independent "
           "external review may be requested within 4 months after the final internal decision. Urgent "
           "requests are decided in 72 hours.", 10.5)
    t = truth("denial_letter", "prior_authorization", insurer=PLAN, member_id=f["mid"], member_name=f["member"],
              case_numbers=[appeal, case], denial_date=iso(decided), provider=nm(f["doc"]),
              appeal_deadline=iso(decided + dt.timedelta(days=60)),
              denial_alternates=["eligibility", "medical_necessity", "not_covered"],
              alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_notice, "bd_pa_notice", "born_digital"), (2, doc_lmn, "scan_allergist_lmn", "scan_clean_300"),
              (3, doc_approval, "photo_appeal_approved", "phone_photo"), (4, doc_es, "copy_aviso_es", "photocopy"),
              (5, doc_eob, "rot_three_claim_eob", "rotated"), (6, doc_upheld, "lowres_appeal_upheld", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{n}", cond, [fn(Rand(SEED + i))]) for i, fn, n, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
