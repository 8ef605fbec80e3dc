"""Family 'modafinil_shift_work_sleep_disorder_pa_denial': an invented PBM's prior authorization refusals of
modafinil (and armodafinil) for shift work sleep disorder because the diagnosis is not documented by a sleep
study, with the paper around them.

Issuers (all invented): Marrowgate Rx Solutions (PBM for Lindenhall Health Plan; member letter in a label column,
boxed prescriber notification faxed behind a clinic cover, Spanish member letter, approval after appeal, monthly
prescription claims statement with one rejected fill), Caddis Street Pharmacy (reject notice at the counter),
Northbeck Sleep & Circadian Center (the sleep physician's letter of medical necessity with the study results).
Decoys: dates of birth, NPI and DEA numbers, request-received dates, Rx numbers, BIN/PCN, statement periods,
72-hour expedited and 4-month external review limits, form numbers, phone numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "modafinil_shift_work_sleep_disorder_pa_denial"
LANG = "en"
SEED = 337900

MG, LH, CS, NB = ("Marrowgate Rx Solutions", "Lindenhall Health Plan", "Caddis Street Pharmacy",
                  "Northbeck Sleep & Circadian Center")
MG_ADDR = ("PO Box 48817", "Tessaly Junction, OH 43999")
CS_ADDR = ("2207 Caddis Street", "Wrenford, MI 49999")
NB_ADDR = ("90 Harrowgate Medical Park, Suite 310", "Wrenford, MI 49999")
DOCTORS = [("Dr. Wilhelmina Oakes-Barrow", "Wilhelmina Oakes-Barrow"), ("Dr. Caspian Adeyemi-Lund", "Caspian Adeyemi-Lund"),
           ("Dr. Rosamund Vek", "Rosamund Vek")]
FIRST = ["Tamsin", "Orrin", "Philippa", "Leopold", "Marisela", "Quincy", "Soraya", "Thaddeus"]
LAST = ["Blackwood", "Corrigan", "Delahaye", "Espinoza", "Fenwright", "Galloway", "Hartigan", "Ilves"]
FIRST_ES = ["Yesenia", "Rigoberto", "Araceli", "Fulgencio"]
LAST_ES = ["Echevarría", "Cienfuegos", "Barragán", "Olmedo"]
CRIT = ("Modafinil is covered for shift work sleep disorder when the records show (1) a schedule of night or "
        "rotating shifts, (2) excessive sleepiness or insomnia for at least 3 months tied to that schedule, and "
        "(3) a sleep study (overnight polysomnography, with a multiple sleep latency test where ordered) that rules "
        "out obstructive sleep apnea, narcolepsy and other sleep disorders.")


def dg(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def ph(r: random.Random) -> str:
    return f"({r.choice(['800', '833', '855', '866', '888'])}) {dg(r, 3)}-{dg(r, 4)}"


def facts(seed: int, lang: str = "en") -> dict:
    r = random.Random(seed)
    fi, la = (r.choice(FIRST_ES), r.choice(LAST_ES)) if lang == "es" else (r.choice(FIRST), r.choice(LAST))
    mi = r.choice("BCDEFGHJKLMNPRSTW")
    doc, doc_plain = r.choice(DOCTORS)
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 120))
    return dict(r=r, name=f"{fi} {mi}. {la}", first=fi, last=la, doc=doc, doc_plain=doc_plain, notice=notice,
                recv=notice - dt.timedelta(days=r.randint(1, 4)), mid="LHP" + dg(r, 9), grp="LH-" + dg(r, 5),
                case="PA" + dg(r, 9), npi=r.choice("12") + dg(r, 9), dea="BO" + dg(r, 7),
                dob=dt.date(r.randint(1968, 1999), r.randint(1, 12), r.randint(1, 28)), rx=dg(r, 7),
                addr=(f"{r.randint(11, 9800)} {r.choice(['Ashgrove Road', 'Pellham Court', 'Kestrel Way'])}",
                      "Wrenford, MI 49999"), ph=ph(r), fax=ph(r))


def pairs(d: Doc, rows, lw: float = 46, size: float = 9.5) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(lw, 5.2, k)
        d.font(size)
        d.multi_cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def mg_head(d: Doc, f: dict, small: str = "Pharmacy benefit manager for Lindenhall Health Plan") -> None:
    d.set_fill_color(30, 30, 30)
    d.rect(18, d.get_y(), 6, 14, "F")
    d.set_x(27)
    d.font(18, "B")
    d.cell(0, 8, "MARROWGATE", new_x="LMARGIN", new_y="NEXT")
    d.set_x(27)
    d.font(9)
    d.cell(0, 5, f"Rx Solutions  |  {small}", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"{MG_ADDR[0]}, {MG_ADDR[1]}   Member services {f['ph']}   TTY 711", 8)
    d.ln(6)


# ----------------------------------------------------------------------------- 1 member letter (born digital)
def member_letter(f: dict) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="MRX-SWSD-M01 (rev. 11/2025)   Page {p} of {n}", header=f"{f['name']}  -  {f['case']}")
    d.add_page()
    mg_head(d, f)
    d.text_line(fmt_date(f["notice"], "long"), 10.5)
    d.ln(3)
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)
    d.text_line("Notice of Adverse Benefit Determination - Prescription Drug", 13, "B")
    d.ln(2)
    pairs(d, [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group number:", f["grp"]),
              ("Date of birth:", fmt_date(f["dob"], "long")), ("Case number:", f["case"]),
              ("Drug requested:", "modafinil 200 mg tablet, 1 tablet 1 hour before each night shift, #30/30 days"),
              ("Prescriber:", f"{f['doc']} (NPI {f['npi']})"), ("Request received:", fmt_date(f["recv"], "long"))])
    d.para(f"Dear {f['first']} {f['last']},", 10.5)
    d.para("We reviewed your prescriber's request for prior authorization of modafinil for shift work sleep "
           "disorder. We are not able to approve it.", 10.5)
    d.text_line("Why we made this decision", 11, "B")
    d.ln(1)
    d.para(CRIT + " The records we received show your night-shift schedule and an Epworth Sleepiness Scale score of "
           "14, but they do not include a sleep study. Without a sleep study the diagnosis of shift work sleep "
           "disorder is not documented, so the prior authorization criteria are not met.", 10.5)
    d.text_line("What you can do", 11, "B")
    d.ln(1)
    d.para("Your prescriber can send the sleep study report with a new request, or you can appeal. You, your "
           "prescriber or someone you name may appeal within 180 days of the date of this letter. Send the appeal to "
           f"Marrowgate Rx Appeals, {MG_ADDR[0]}, {MG_ADDR[1]}, or fax {f['fax']}. If waiting could seriously harm "
           "your health, ask for an expedited appeal; we will answer within 72 hours. After our final decision you "
           "may ask for an external review within 4 months.", 10.5)
    d.para("Clinical Pharmacy Services\nMarrowgate Rx Solutions, on behalf of Lindenhall Health Plan", 10)
    t = truth("denial_letter", "prior_authorization", insurer=MG, member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=[f["case"]], denial_date=iso(f["notice"]), provider=f["doc_plain"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)),
              alternates={"insurer": [LH]}, denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ----------------------------------------------------------------------------- 2 pharmacy reject (scan 300)
def pharmacy_notice(f: dict, price: float) -> tuple[bytes, dict]:
    r = f["r"]
    d = Doc("Courier", margins=(22, 16, 22))
    d.add_page()
    d.text_line("CADDIS STREET PHARMACY", 15, "B", align="C")
    d.text_line(f"{CS_ADDR[0]} * {CS_ADDR[1]} * {ph(r)}", 8.5, align="C")
    d.text_line(f"NCPDP {dg(r, 7)}   NPI {r.choice('12') + dg(r, 9)}", 8.5, align="C")
    d.ln(4)
    d.rule(0.3, 3)
    d.text_line("PRESCRIPTION NOT COVERED BY YOUR PLAN TODAY", 11, "B")
    d.ln(2)
    fill = f["notice"]
    pairs(d, [("Date", fmt_date(fill, "slash")), ("Patient", f["name"]), ("DOB", fmt_date(f["dob"], "slash")),
              ("Rx #", f["rx"]), ("Drug", "MODAFINIL 100MG TAB  #30"), ("Prescriber", f"{f['doc']}  DEA {f['dea']}"),
              ("Plan", f"{MG} / ID {f['mid']} / GRP {f['grp']}"), ("BIN/PCN", f"{dg(r, 6)} / MGRXCOM"),
              ("Submitted", fmt_money(price, "nosign")), ("Reject", "75 - PRIOR AUTHORIZATION REQUIRED")], lw=30, size=9.5)
    d.para("Your plan told us this medicine needs prior authorization. We sent a request to your doctor's office "
           "today. You can wait for the plan's answer or pay the cash price. This is not a bill and it is not a "
           "decision by your health plan. Questions about the plan's rules: call the number on your ID card.", 9.5)
    t = truth("other", None, insurer=MG, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              claim_amount=m2(price), service_dates=[iso(fill)], denial_date=iso(fill), provider=f["doc_plain"],
              unscored=["insurer"], alternates={"provider": [CS], "claim_amount": [None], "service_dates": [[]]})
    return pdf_bytes(d), t


# ----------------------------------------------------------------------------- 3 prescriber notification (fax)
def prescriber_notice(f: dict) -> tuple[bytes, dict]:
    r = f["r"]
    d = Doc("Helvetica", footer="MARROWGATE RX  -  PRESCRIBER NOTICE  -  MRX-PN-7  -  {p}/{n}")
    d.add_page()
    d.text_line(f"{fmt_date(f['notice'], 'upper')} 14:52   FROM MARROWGATE RX CLINICAL   TO {f['fax']}   P.1", 8)
    d.ln(2)
    mg_head(d, f, "Clinical Pharmacy Review")
    d.text_line("PRIOR AUTHORIZATION DETERMINATION - PRESCRIBER COPY", 12, "B")
    d.ln(2)
    d.boxes([("To", f["doc"], 70), ("Fax", f["fax"], 45), ("Date of determination", fmt_date(f["notice"], "upper"), 65)])
    d.boxes([("Patient", f["name"], 70), ("Member ID", f["mid"], 45), ("Date of birth", fmt_date(f["dob"], "upper"), 65)])
    d.boxes([("Reference #", f["case"], 70), ("Received", fmt_date(f["recv"], "upper"), 45), ("Prescriber NPI", f["npi"], 65)])
    d.boxes([("Drug", "ARMODAFINIL 150 MG TAB, 1 BEFORE SHIFT, QTY 30", 115), ("Outcome", "DENIED", 65)])
    d.ln(5)
    d.text_line("Rationale", 11, "B")
    d.ln(1)
    d.para("Criterion 3 not met. " + CRIT + " Submitted chart notes describe rotating 12-hour shifts and daytime "
           "insomnia. No polysomnography or MSLT report was submitted; the note says a home sleep apnea test was "
           "'planned'. A home test alone does not rule out narcolepsy.", 10)
    d.text_line("Options", 11, "B")
    d.ln(1)
    d.para("Peer-to-peer: call " + ph(r) + " within 14 days of the determination date. Appeal: the prescriber may "
           "appeal for the member within 180 days of the determination; fax the sleep study report to "
           f"{f['fax']}. Urgent requests are decided within 72 hours.", 10)
    t = truth("denial_letter", "prior_authorization", insurer=MG, member_id=f["mid"], member_name=f["name"],
              case_numbers=[f["case"]], denial_date=iso(f["notice"]), provider=f["doc_plain"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)),
              alternates={"appeal_deadline": [None]}, denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


def clinic_cover(f: dict) -> bytes:
    r = f["r"]
    d = Doc("Helvetica")
    d.add_page()
    d.text_line("Greystone Occupational & Family Medicine", 15, "B")
    d.text_line(f"Phone {ph(r)}  |  Fax {ph(r)}", 9)
    d.ln(14)
    d.text_line("F A X   T R A N S M I T T A L", 20, "B")
    d.ln(5)
    pairs(d, [("To:", NB), ("Fax:", ph(r)), ("From:", f"Nurse line for {f['doc']}"),
              ("Date:", fmt_date(f["notice"], "slash")), ("Pages:", "2 including this one"),
              ("Re:", f"{f['first']} {f['last']} - sleep study referral")], lw=22, size=12)
    d.para("Please see the attached plan answer on armodafinil. The plan wants an in-lab study. Can you schedule "
           "overnight PSG + MSLT after a week of day-sleep logs? Thank you.", 11)
    d.ln(20)
    d.para("This fax may contain protected health information. If you received it in error, call us and destroy it.", 8)
    return pdf_bytes(d)


# ----------------------------------------------------------------------------- 4 Spanish letter (phone)
def spanish_letter(f: dict) -> tuple[bytes, dict]:
    d = Doc("DejaVu", footer="MRX-SWSD-M01-ES   Página {p} de {n}")
    d.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    d.add_page()
    mg_head(d, f, "Administrador de beneficios de farmacia de Lindenhall Health Plan")
    d.text_line(fmt_date(f["notice"], "es"), 10.5)
    d.ln(3)
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)
    d.text_line("Aviso de denegación de cobertura de un medicamento", 13)
    d.ln(2)
    pairs(d, [("Nº de afiliado:", f["mid"]), ("Grupo:", f["grp"]), ("Número de caso:", f["case"]),
              ("Fecha de nacimiento:", fmt_date(f["dob"], "es"))], lw=44)
    d.para(f"Estimado(a) {f['first']} {f['last']}:", 10.5)
    d.para(f"El {fmt_date(f['recv'], 'es')} recibimos la solicitud de autorización previa que envió "
           f"{f['doc']} para modafinilo de 200 mg, una tableta antes de cada turno de noche. Hemos denegado "
           "esta solicitud.", 10.5)
    d.para("Motivo: el plan cubre modafinilo para el trastorno del sueño por turnos de trabajo solo cuando un "
           "estudio del sueño (polisomnografía nocturna) confirma el diagnóstico y descarta la apnea del sueño y la "
           "narcolepsia. Los documentos recibidos no incluyen un estudio del sueño. No se cumplen los criterios de "
           "autorización previa.", 10.5)
    d.para("Usted tiene derecho a apelar. Debe presentar su apelación dentro de los 180 días a partir de la fecha "
           "de este aviso. Si su salud corre peligro, pida una apelación rápida; responderemos en 72 horas. Llame "
           f"al {f['ph']} (TTY 711) si necesita ayuda o un intérprete sin costo.", 10.5)
    d.para("Servicios Clínicos de Farmacia\nMarrowgate Rx Solutions", 10)
    t = truth("denial_letter", "prior_authorization", lang="es", insurer=MG, member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=[f["case"]], denial_date=iso(f["notice"]), provider=f["doc_plain"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)), denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ----------------------------------------------------------------------------- 5 approval after appeal (rotated)
def approval(f: dict) -> tuple[bytes, dict]:
    a = f["notice"]
    b = a + dt.timedelta(days=364)
    appeal_no = "AP-" + dg(f["r"], 8)
    d = Doc("Times", footer="Marrowgate Rx Solutions - MRX-APL-FAV - {p}")
    d.add_page()
    mg_head(d, f, "Appeals Unit")
    d.text_line(fmt_date(a, "iso"), 11)
    d.ln(3)
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 11)
    d.ln(4)
    d.text_line(f"Re: Appeal {appeal_no}  -  modafinil 200 mg  -  Member ID {f['mid']}", 11, "B")
    d.ln(3)
    d.para(f"Dear {f['first']} {f['last']},", 11)
    d.para("Good news. We have reviewed your appeal and we are reversing our earlier decision. A board-certified "
           "sleep medicine pharmacist reviewed the overnight polysomnography and multiple sleep latency test report "
           f"that {f['doc']} sent. The study shows no sleep apnea or narcolepsy, and the sleep logs match shift work "
           "sleep disorder. The prior authorization criteria are now met.", 11)
    d.para(f"Modafinil 200 mg, one tablet a day, is approved from {fmt_date(a, 'iso')} through {fmt_date(b, 'iso')} "
           f"under authorization {f['case']}. Your pharmacy can fill it now at your usual tier 2 copay.", 11)
    d.para("You do not need to do anything else. To keep coverage after the end date, your prescriber should send a "
           "renewal request with a note that the medicine helps you stay awake at work.", 11)
    d.para("Sincerely,\nAppeals Unit, Marrowgate Rx Solutions", 11)
    t = truth("other", None, insurer=MG, member_id=f["mid"], member_name=f["name"], case_numbers=[appeal_no, f["case"]],
              service_dates=[iso(a, b)], denial_date=iso(a), provider=f["doc_plain"],
              alternates={"case_numbers": [[appeal_no], [f["case"]]], "service_dates": [[], [iso(a)]]})
    return pdf_bytes(d), t


# ----------------------------------------------------------------------------- 6 claims statement (150 dpi)
def statement(f: dict) -> tuple[bytes, dict]:
    r = f["r"]
    sd = f["notice"]
    p0 = dt.date(sd.year, sd.month, 1) - dt.timedelta(days=1)
    p0 = dt.date(p0.year, p0.month, 1)
    p1 = dt.date(sd.year, sd.month, 1) - dt.timedelta(days=1)
    fills = [(p0 + dt.timedelta(days=2), "ESCITALOPRAM 10MG TAB", "30", 14.27, "PAID", "10.00"),
             (p0 + dt.timedelta(days=9), "MODAFINIL 200MG TAB", "30", 612.40, "REJECTED", "0.00"),
             (p0 + dt.timedelta(days=20), "MELATONIN 3MG (OTC)", "60", 8.99, "NOT SUBMITTED", "-"),
             (p0 + dt.timedelta(days=24), "LISINOPRIL 10MG TAB", "90", 11.05, "PAID", "0.00")]
    ids = [dg(r, 12) for _ in fills]
    d = Doc("Helvetica", footer="Monthly prescription claims statement  -  not a bill  -  page {p} of {n}")
    d.add_page()
    mg_head(d, f)
    d.text_line("Your Prescription Claims Statement", 14, "B")
    d.text_line(f"Statement date {fmt_date(sd, 'abbr')}   |   Claims from {fmt_date(p0, 'abbr')} to {fmt_date(p1, 'abbr')}", 9.5)
    d.ln(3)
    pairs(d, [("Member", f"{f['name']}   ID {f['mid']}   Group {f['grp']}"), ("Pharmacy of record", f"{CS}, Wrenford MI")],
          lw=38)
    rows = [[c[:6] + "..." + c[-4:], fmt_date(dte, "slash"), drug, q, fmt_money(cost, "nosign"), st, you]
            for c, (dte, drug, q, cost, st, you) in zip(ids, fills)]
    rows[1][0] = ids[1]
    d.table(["Claim ID", "Filled", "Drug", "Qty", "Submitted", "Status", "You paid"], rows,
            [30, 22, 50, 11, 22, 28, 17], size=8, aligns="LLLRRLR")
    d.para(f"Claim {ids[1]} for modafinil was rejected with code 75: prior authorization required. Prescriber: "
           f"{f['doc']}. A request is on file under case {f['case']} (received {fmt_date(f['recv'], 'abbr')}).", 9.5)
    d.para("Year-to-date out of pocket: $418.60 of $3,000.00. Deductible met: $250.00 of $250.00.", 9)
    d.para("If you disagree with a rejected claim, you may ask for a review within 180 days of the date of this "
           "statement. Call " + f["ph"] + ". Urgent requests are decided within 72 hours.", 9.5)
    t = truth("eob", "prior_authorization", insurer=MG, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[ids[1], f["case"]], claim_amount=m2(612.40), service_dates=[iso(fills[1][0])],
              denial_date=iso(sd), provider=CS, appeal_deadline=iso(sd + dt.timedelta(days=180)),
              alternates={"case_numbers": [[ids[1]]], "provider": [f["doc_plain"]]})
    return pdf_bytes(d), t


# ----------------------------------------------------------------------------- 7 sleep physician LMN (photocopy)
def lmn(f: dict) -> tuple[bytes, dict]:
    r = f["r"]
    psg = f["notice"] + dt.timedelta(days=9)
    sleep_doc = "Dr. Benedikt Saarinen"
    d = Doc("Times", margins=(24, 18, 24))
    d.add_page()
    d.text_line(NB, 15, "B", align="C")
    d.text_line(f"{NB_ADDR[0]}, {NB_ADDR[1]}  -  tel {ph(r)}  -  fax {ph(r)}", 8.5, align="C")
    d.text_line("Accredited sleep laboratory", 8.5, align="C")
    d.ln(6)
    d.text_line(fmt_date(psg + dt.timedelta(days=3), "dmy"), 11)
    d.ln(3)
    d.para(f"{MG} - Appeals\n{MG_ADDR[0]}\n{MG_ADDR[1]}", 11)
    d.text_line(f"RE: {f['name']}, DOB {fmt_date(f['dob'], 'dmy')}, Member ID {f['mid']}, case {f['case']}", 10.5, "B")
    d.ln(3)
    d.para("To the appeals reviewer:", 11)
    d.para(f"I saw this patient at the request of {f['doc']}. The patient has worked permanent night shifts as a "
           "hospital laboratory technician for six years and reports sleepiness on the drive home and at work. We "
           f"performed overnight polysomnography on {fmt_date(psg, 'dmy')} after two weeks of sleep logs, followed by "
           "a multiple sleep latency test the next day. The apnea-hypopnea index was 2.1 per hour, there were no "
           "sleep-onset REM periods and the mean sleep latency was 7.5 minutes.", 11)
    d.para("These results exclude obstructive sleep apnea and narcolepsy and, with the logs, confirm shift work "
           "sleep disorder (ICD-10 G47.26). Modafinil 200 mg before each shift is medically necessary and is the "
           "standard treatment. Please reconsider the prior authorization denial.", 11)
    d.para(f"Sincerely,\n\n{sleep_doc}, MD\nSleep medicine, {NB}\nNPI {r.choice('12') + dg(r, 9)}", 11)
    t = truth("other", None, insurer=MG, member_id=f["mid"], member_name=f["name"], case_numbers=[f["case"]],
              denial_date=iso(psg + dt.timedelta(days=3)), provider="Benedikt Saarinen", unscored=["insurer"],
              alternates={"provider": [f["doc_plain"], NB], "case_numbers": [[]], "denial_date": [None]})
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []
    f = facts(SEED + 1)
    items.append(Item(f"{FAMILY}_bd_member_letter_no_sleep_study", "born_digital", [member_letter(f)]))
    f = facts(SEED + 2)
    items.append(Item(f"{FAMILY}_scan300_pharmacy_reject_pa_required", "scan_clean_300", [pharmacy_notice(f, 486.19)]))
    f = facts(SEED + 3)
    items.append(Item(f"{FAMILY}_faxs_stack_cover_prescriber_notice_and_lmn", "fax_standard_g4",
                      [prescriber_notice(f), lmn(f)], separators=[clinic_cover(f), None]))
    f = facts(SEED + 4, "es")
    items.append(Item(f"{FAMILY}_phone_aviso_denegacion_es", "phone_photo", [spanish_letter(f)]))
    f = facts(SEED + 5)
    items.append(Item(f"{FAMILY}_rot_approval_after_appeal", "rotated", [approval(f)]))
    f = facts(SEED + 6)
    items.append(Item(f"{FAMILY}_lowres_claims_statement_one_rejected", "scan_lowres_150", [statement(f)]))
    f = facts(SEED + 7)
    items.append(Item(f"{FAMILY}_copy_member_letter_second_request", "photocopy", [member_letter(f)]))
    return items
