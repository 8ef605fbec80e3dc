"""ACL reconstruction: the surgery is approved, the overnight inpatient stay is refused as level of care.

Invented commercial plan (Halyard Crest Health Insurance Company), invented surgeons, hospital and surgery
center. Pre-service determination, the surgeon's letters to the plan, EOBs with several claims (the hospital's
inpatient claim denied), the hospital's bill, appeal decisions (overturned and upheld), a Spanish letter.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, pdf_bytes, truth
from kit_roundcz_famczc import band, fax_line, grid, label_col, plus, wrap_head_table

FAMILY = "acl_reconstruction_outpatient_vs_inpatient_level_of_care_denial"
LANG = "en"
SEED = 349602
PLAN = "Halyard Crest Health Insurance Company"
ADDR = "PO Box 22817, Tulsa, OK 74121"
PHONE = "1-888-555-0117"
HOSP = "Cimarron Valley Medical Center"
ASC = "Riverbend Surgery Center"
PROC = "Arthroscopic ACL reconstruction, right knee (CPT 29888)"


def people(seed: int, lang: str = "en"):
    r = Rand(seed)
    m = r.person(lang)
    return {"r": r, "member": m[0], "mid": r.letters(3) + r.digits(9), "group": r.digits(6),
            "dob": r.date(dt.date(1975, 1, 1), 11000), "addr": r.address(lang),
            "surgeon": "Dr. " + r.person()[0]}


def letter_head(d: Doc):
    band(d, PLAN, f"{ADDR}   Customer Service {PHONE}")
    d.ln(4)


def doc_preservice_bd(seed: int):
    f = people(seed)
    r = f["r"]
    notice = r.date(dt.date(2026, 2, 3), 35)
    surg = plus(notice, r.randint(8, 18))
    ref = f"UM{r.digits(8)}"
    d = Doc(footer=f"{PLAN}  |  Utilization Management  |  Page {{p}} of {{n}}")
    d.add_page()
    letter_head(d)
    d.text_line("Notice of Pre-Service Determination: Partial Approval", 12, "B")
    d.ln(2)
    y = d.get_y()
    # left sidebar
    d.set_fill_color(232, 232, 232)
    d.rect(d.l_margin, y, 58, 92, style="F")
    d.set_xy(d.l_margin + 2, y + 2)
    for k, v in [("Date of letter", fmt_date(notice, "slash")), ("Patient", f["member"]),
                 ("Member ID", f["mid"]), ("Group", f["group"]), ("Date of birth", fmt_date(f["dob"], "slash")),
                 ("Reference no.", ref), ("Requesting surgeon", f["surgeon"]), ("Facility", HOSP),
                 ("Scheduled surgery", fmt_date(surg, "slash"))]:
        d.set_x(d.l_margin + 2)
        d.font(7.5, "B")
        d.cell(54, 3.6, k, new_x="LMARGIN", new_y="NEXT")
        d.set_x(d.l_margin + 2)
        d.font(9)
        d.cell(54, 4.6, v, new_x="LMARGIN", new_y="NEXT")
        d.ln(0.8)
    d.set_xy(d.l_margin + 63, y)
    body = [
        f"We reviewed the request from {f['surgeon']} for {PROC} and one overnight inpatient admission at "
        f"{HOSP}.",
        "APPROVED: the surgery itself is approved as an outpatient procedure.",
        "DENIED: the overnight inpatient admission. Your records show a healthy adult with no sleep apnea, "
        "bleeding disorder or heart condition. ACL reconstruction is safely done as an outpatient procedure with "
        "discharge home the same day. An inpatient stay is not the appropriate level of care. Guideline used: "
        "Halyard Crest surgical site-of-care policy SOC-07.",
        "If you disagree, you or your doctor may appeal within 180 days of the date of this letter. An urgent "
        "appeal is decided within 72 hours. You may also ask for an external review after the appeal.",
    ]
    for p in body:
        d.set_x(d.l_margin + 63)
        d.para(p, 9.6, 2.5, w=d.w - d.r_margin - d.l_margin - 63)
    d.set_y(max(d.get_y(), y + 96))
    d.para(f"Call {PHONE} (TTY 711) with questions. Fax appeals to 918-555-0129.", 9)
    t = truth("denial_letter", "level_of_care", insurer=PLAN, group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[ref], service_dates=[surg.isoformat()],
              denial_date=notice.isoformat(), provider=f["surgeon"], appeal_deadline=plus(notice, 180).isoformat())
    return pdf_bytes(d), t


def doc_surgeon_letter_fax(seed: int):
    f = people(seed)
    r = f["r"]
    ld = r.date(dt.date(2026, 2, 10), 30)
    surg = plus(ld, 9)
    ref = f"UM{r.digits(8)}"
    d = Doc()
    d.add_page()
    fax_line(d, f"{fmt_date(ld, 'iso')} 09:{r.randint(10, 59)}  Vireo Orthopaedic & Sports  918-555-0144  "
                f"-> {PLAN} Appeals 918-555-0129   pg 1/1")
    d.ln(4)
    d.text_line("Vireo Orthopaedic & Sports Medicine", 14, "B")
    d.text_line(f"{f['surgeon']}, MD  -  NPI {r.npi()}  -  Tel 918-555-0144", 8.5)
    d.rule()
    d.ln(4)
    d.text_line(fmt_date(ld, "long"), 10)
    d.ln(3)
    d.text_line(f"To: {PLAN}, Utilization Management", 10)
    d.ln(3)
    d.text_line(f"RE: {f['member']}  (DOB {fmt_date(f['dob'], 'slash')})  Member ID {f['mid']}", 10, "B")
    d.text_line(f"Your reference {ref}", 10, "B")
    d.ln(3)
    for p in [
        f"I am writing about my patient's ACL reconstruction scheduled for {fmt_date(surg, 'long')} at {HOSP}. "
        "Your review approved the surgery but denied the overnight admission.",
        "My patient has moderate obstructive sleep apnea, is not able to use CPAP after a nasal fracture, and "
        "will receive a femoral nerve block and opioids after surgery. Overnight monitoring of breathing is "
        "needed for safety. Please approve one inpatient night.",
        "A peer-to-peer call can be arranged through my office.",
    ]:
        d.para(p, 10.2, 3)
    d.ln(5)
    d.text_line("Sincerely,", 10)
    d.ln(5)
    d.text_line(f"{f['surgeon']}, MD", 10)
    t = truth("other", None, insurer=PLAN, member_id=f["mid"], member_name=f["member"], case_numbers=[ref],
              service_dates=[surg.isoformat()], denial_date=ld.isoformat(), provider=f["surgeon"],
              appeal_deadline=None, unscored=["insurer"])
    return pdf_bytes(d), t


def doc_eob_photo(seed: int):
    f = people(seed)
    r = f["r"]
    stmt = r.date(dt.date(2026, 2, 20), 30)
    surg = stmt - dt.timedelta(days=r.randint(25, 40))
    dis = plus(surg, 1)
    anes = "Prairie Anesthesia Partners"
    cl = [
        {"no": r.digits(11), "prov": f["surgeon"], "what": "Surgeon - ACL repair", "billed": float(r.amount(3800, 6200)),
         "dates": (surg, surg)},
        {"no": r.digits(11), "prov": anes, "what": "Anesthesia", "billed": float(r.amount(900, 1900)),
         "dates": (surg, surg)},
        {"no": r.digits(11), "prov": HOSP, "what": "Inpatient room & board", "billed": float(r.amount(4200, 9800)),
         "dates": (surg, dis)},
    ]
    d = Doc(footer=f"{PLAN} - Explanation of Benefits - {{p}}")
    d.add_page()
    letter_head(d)
    d.text_line("EXPLANATION OF BENEFITS   (THIS IS NOT A BILL)", 12, "B")
    d.ln(1)
    label_col(d, [("Statement date:", fmt_date(stmt, "dmy").replace("-", " ")), ("Member:", f["member"]),
                  ("Member ID:", f["mid"]), ("Group No.:", f["group"])], lw=36, size=9.4)
    rows = []
    for i, c in enumerate(cl):
        a, b = c["dates"]
        ds = fmt_date(a, "slash") + ("" if a == b else "-" + fmt_date(b, "slash"))
        allowed = 0.0 if i == 2 else round(c["billed"] * 0.62, 2)
        paid = round(allowed * 0.8, 2)
        rows.append([c["no"], ds, c["what"], fmt_money(c["billed"]), fmt_money(allowed), fmt_money(paid),
                     "LC4" if i == 2 else "A1"])
    wrap_head_table(d, ["Claim\nnumber", "Service\ndates", "Service\ndescription", "Amount\ncharged",
                        "Allowed\namount", "Plan\npays", "Remark\ncode"], rows, [24, 40, 44, 22, 20, 20, 14],
                    size=7.8, aligns="LLLRRRC")
    d.para(f"Providers: claim 1 {cl[0]['prov']}; claim 2 {anes}; claim 3 {HOSP}.", 8.8)
    d.para("A1: Processed under your plan's benefits.  LC4: The inpatient admission is denied. The surgery was "
           "approved as an outpatient procedure; an overnight inpatient stay was not the appropriate level of care. "
           "Under your network contract you do not owe the hospital for the denied days.", 8.8)
    d.para("You may appeal within 180 days of the date of this statement. External review limits are in your "
           "plan booklet.", 8.8)
    c = cl[2]
    t = truth("eob", "level_of_care", insurer=PLAN, group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[c["no"]], claim_amount=f"{c['billed']:.2f}",
              service_dates=[f"{surg.isoformat()}/{dis.isoformat()}"], denial_date=stmt.isoformat(),
              provider=HOSP, appeal_deadline=plus(stmt, 180).isoformat(),
              alternates={"service_dates": [[surg.isoformat(), dis.isoformat()]]})
    return pdf_bytes(d), t


def doc_hospital_bill(seed: int):
    f = people(seed)
    r = f["r"]
    bd = r.date(dt.date(2026, 3, 1), 30)
    surg = bd - dt.timedelta(days=r.randint(40, 60))
    dis = plus(surg, 1)
    acct = r.digits(9)
    icn = r.digits(13)
    lines = [("0110", "Room & board semi-private", r.amount(2200, 3400)),
             ("0250", "Pharmacy", r.amount(300, 900)),
             ("0278", "Implants / graft fixation", r.amount(1800, 3600)),
             ("0360", "Operating room services", r.amount(5200, 8800)),
             ("0710", "Recovery room", r.amount(700, 1500))]
    total = round(sum(float(x[2]) for x in lines), 2)
    d = Doc(footer=f"{HOSP}  Patient Financial Services  800-555-0158")
    d.add_page()
    d.text_line(HOSP, 15, "B")
    d.text_line("1200 S Lewis Ave, Tulsa, OK 74104", 9)
    d.ln(4)
    d.text_line("PATIENT STATEMENT", 12, "B", align="R")
    label_col(d, [("Statement date", fmt_date(bd, "upper")), ("Patient", f["member"]),
                  ("Account number", acct), ("Admit / discharge", f"{fmt_date(surg, 'upper')} - {fmt_date(dis, 'upper')}"),
                  ("Attending", f["surgeon"]), ("Insurance", f"{PLAN}  ID {f['mid']}"),
                  ("Insurance claim #", icn)], lw=44, size=9.4)
    d.table(["Rev", "Description", "Charges"], [[a, b, fmt_money(c, "nosign")] for a, b, c in lines]
            + [["*", "Total charges", fmt_money(total, "nosign")],
               ["", "Insurance payments", "0.00"],
               ["", "Insurance adjustment pending appeal", "0.00"],
               ["*", "Balance", fmt_money(total, "nosign")]], [20, 110, 40], aligns="LLR")
    d.para("Your insurance denied this claim, stating the inpatient stay was not the right level of care. We have "
           "filed an appeal. Please do not pay until you hear from us.", 9.6)
    t = truth("other", None, insurer=PLAN, member_id=f["mid"], member_name=f["member"], case_numbers=[icn],
              claim_amount=f"{total:.2f}", service_dates=[f"{surg.isoformat()}/{dis.isoformat()}"],
              denial_date=bd.isoformat(), provider=HOSP, appeal_deadline=None,
              unscored=["insurer"], alternates={"provider": [f["surgeon"]], "case_numbers": [[]]})
    return pdf_bytes(d), t


def doc_overturned_scan(seed: int):
    f = people(seed)
    r = f["r"]
    dec = r.date(dt.date(2026, 2, 12), 30)
    surg = dec - dt.timedelta(days=r.randint(20, 35))
    dis = plus(surg, 1)
    appeal = f"APL-{r.digits(6)}"
    claim = r.digits(11)
    d = Doc(footer=f"{PLAN}  ·  Appeals Unit".replace("·", "-"))
    d.add_page()
    letter_head(d)
    d.text_line("APPEAL DECISION - OVERTURNED", 12, "B")
    d.ln(2)
    grid(d, [[("Decision date", fmt_date(dec, "long"), 55), ("Appeal number", appeal, 50),
              ("Claim number", claim, 69)],
             [("Patient", f["member"], 70), ("Member ID", f["mid"], 56), ("Group", f["group"], 48)],
             [("Hospital", HOSP, 90), ("Dates of stay", f"{fmt_date(surg, 'slash')} to {fmt_date(dis, 'slash')}", 84)]])
    d.para("We reviewed your appeal of our denial of the overnight inpatient stay after your ACL reconstruction. "
           "An orthopaedic surgeon who did not make the first decision reviewed the records, including the "
           "anesthesia record showing low oxygen levels in recovery.", 10)
    d.para("Our decision: we have overturned the denial. The inpatient night is approved and the hospital claim "
           "will be reprocessed within 30 days. You do not need to do anything else.", 10)
    t = truth("other", None, insurer=PLAN, group_number=f["group"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[appeal, claim], service_dates=[f"{surg.isoformat()}/{dis.isoformat()}"],
              denial_date=dec.isoformat(), provider=HOSP, appeal_deadline=None)
    return pdf_bytes(d), t


def doc_es_copy(seed: int):
    f = people(seed, "es")
    r = f["r"]
    ld = r.date(dt.date(2026, 2, 16), 30)
    surg = ld - dt.timedelta(days=r.randint(18, 30))
    dis = plus(surg, 1)
    claim = f"{r.digits(4)}-{r.digits(7)}"
    billed = float(r.amount(5200, 11800))
    d = Doc(footer=f"{PLAN} - Carta de determinación - página {{p}}")
    d.add_page()
    d.text_line(PLAN, 14, "B")
    d.text_line(f"{ADDR}  ·  {PHONE}".replace("·", "|"), 8.5)
    d.ln(8)
    d.text_line(fmt_date(ld, "es"), 10)
    d.ln(3)
    d.text_line(f["member"], 10)
    d.text_line(f["addr"][0], 10)
    d.text_line(f["addr"][1], 10)
    d.ln(6)
    d.text_line(f"Estimado(a) {f['member']}:", 10)
    d.ln(2)
    for p in [
        f"Le escribimos sobre la reclamación número {claim} que {HOSP} nos envió por su estadía en el hospital "
        f"del {fmt_date(surg, 'es')} al {fmt_date(dis, 'es')}, después de su reconstrucción del ligamento "
        f"cruzado anterior. El hospital facturó {fmt_money(billed)}. Su número de afiliado es {f['mid']}.",
        "Aprobamos la cirugía, pero no podemos pagar la noche de hospitalización. Según su expediente, usted no "
        "tuvo complicaciones y pudo regresar a casa el mismo día. La hospitalización no era el nivel de atención "
        "adecuado; la cirugía se puede hacer de forma ambulatoria.",
        "Si no está de acuerdo, puede apelar dentro de los 180 días a partir de la fecha de esta carta. Si su "
        "salud corre peligro, pida una apelación urgente; la decidiremos en 72 horas. Después de la apelación "
        "puede pedir una revisión externa independiente.",
    ]:
        d.para(p, 10.2, 3.5)
    d.ln(4)
    d.text_line("Atentamente,", 10)
    d.text_line("Departamento de Revisión Médica", 10)
    t = truth("denial_letter", "level_of_care", lang="es", insurer=PLAN, member_id=f["mid"],
              member_name=f["member"], case_numbers=[claim], claim_amount=f"{billed:.2f}",
              service_dates=[f"{surg.isoformat()}/{dis.isoformat()}"], denial_date=ld.isoformat(), provider=HOSP,
              appeal_deadline=plus(ld, 180).isoformat())
    return pdf_bytes(d), t


def stack_fax(seed: int):
    f = people(seed)
    r = f["r"]
    surg = r.date(dt.date(2026, 1, 5), 20)
    sd = plus(surg, r.randint(30, 40))
    acct = r.digits(8)
    lines = [("29888", "ACL reconstruction w/ graft", r.amount(6800, 9200)),
             ("01400", "Anesthesia, knee", r.amount(900, 1700)),
             ("L1832", "Knee brace, hinged", r.amount(300, 700))]
    total = round(sum(float(x[2]) for x in lines), 2)
    paid = round(total * 0.58, 2)
    d = Doc(footer=f"{ASC}   Billing office 918-555-0171")
    d.add_page()
    fax_line(d, f"{fmt_date(sd, 'slash')}  {ASC} BILLING  918-555-0171   P.2")
    d.ln(4)
    d.text_line(ASC, 14, "B")
    d.text_line("Ambulatory surgery center   3300 E 51st St, Tulsa, OK 74135", 8.5)
    d.ln(4)
    d.text_line("STATEMENT OF ACCOUNT", 12, "B")
    label_col(d, [("Statement date", fmt_date(sd, "abbr")), ("Patient", f["member"]), ("Account", acct),
                  ("Surgeon", f["surgeon"]), ("Date of surgery", fmt_date(surg, "abbr")),
                  ("Insurance", PLAN)], lw=40)
    d.table(["Code", "Description", "Charge"], [[a, b, fmt_money(c)] for a, b, c in lines]
            + [["*", "Total charges", fmt_money(total)], ["", f"{PLAN} paid", "-" + fmt_money(paid)],
               ["", "Contractual adjustment", "-" + fmt_money(round(total * 0.3, 2))],
               ["*", "Amount you owe", fmt_money(round(total - paid - round(total * 0.3, 2), 2))]],
            [24, 110, 40], aligns="LLR")
    t1 = truth("other", None, insurer=PLAN, member_name=f["member"], claim_amount=f"{total:.2f}",
               service_dates=[surg.isoformat()], denial_date=sd.isoformat(), provider=ASC, appeal_deadline=None,
               unscored=["insurer"], alternates={"provider": [f["surgeon"]]})
    # upheld appeal (second doc)
    dec = plus(sd, r.randint(3, 9))
    hs, he = surg, plus(surg, 1)
    appeal = f"APL-{r.digits(6)}"
    ref = f"UM{r.digits(8)}"
    d2 = Doc(footer=f"{PLAN}  -  Appeal decision  -  page {{p}} of {{n}}")
    d2.add_page()
    fax_line(d2, f"{fmt_date(dec, 'slash')}  {PLAN} APPEALS  918-555-0129   P.4")
    d2.ln(4)
    letter_head(d2)
    d2.text_line(fmt_date(dec, "long"), 10)
    d2.ln(3)
    d2.text_line(f"Re: appeal {appeal} for {f['member']}, member ID {f['mid']}", 10, "B")
    d2.ln(3)
    for p in [
        f"You appealed our decision {ref} denying the overnight inpatient stay at {HOSP} that {f['surgeon']} "
        f"requested with your knee surgery on {fmt_date(hs, 'long')}. The surgery was done at {ASC} as an "
        "outpatient procedure and was paid.",
        "An orthopaedic surgeon not involved in the first decision reviewed the appeal. You had no medical "
        "condition that needed overnight hospital monitoring. The inpatient stay was not the appropriate level "
        "of care. We are upholding the denial.",
        "If you disagree, you may ask for a second-level appeal within 60 days of the date of this letter, or an "
        "external review within 4 months. Call " + PHONE + ".",
    ]:
        d2.para(p, 10, 3)
    t2 = truth("denial_letter", "level_of_care", insurer=PLAN, member_id=f["mid"], member_name=f["member"],
               case_numbers=[appeal, ref], service_dates=[hs.isoformat()], denial_date=dec.isoformat(),
               provider=f["surgeon"], appeal_deadline=plus(dec, 60).isoformat(),
               alternates={"provider": [HOSP]})
    return [(pdf_bytes(d), t1), (pdf_bytes(d2), t2)], ["cover", "blank"]


def documents(rng: random.Random) -> list[Item]:
    s = lambda i: SEED * 10 + i  # noqa: E731
    docs, seps = stack_fax(s(7))
    return [
        Item(f"{FAMILY}_bd_preservice_stay_denied_sidebar", "born_digital", [doc_preservice_bd(s(1))]),
        Item(f"{FAMILY}_faxfine_surgeon_letter_to_plan", "fax_fine_g4", [doc_surgeon_letter_fax(s(2))]),
        Item(f"{FAMILY}_photo_eob_three_claims_inpatient_denied", "phone_photo", [doc_eob_photo(s(3))]),
        Item(f"{FAMILY}_rotated_hospital_statement", "rotated", [doc_hospital_bill(s(4))]),
        Item(f"{FAMILY}_scan300_appeal_overturned_grid", "scan_clean_300", [doc_overturned_scan(s(5))]),
        Item(f"{FAMILY}_copy_carta_es_stay_denied_prose", "photocopy", [doc_es_copy(s(6))]),
        Item(f"{FAMILY}_faxstd_stack_asc_statement_and_upheld_appeal", "fax_standard_g4", docs, separators=seps),
    ]
