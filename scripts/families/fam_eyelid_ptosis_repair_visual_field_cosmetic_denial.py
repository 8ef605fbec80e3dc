"""Family 'eyelid_ptosis_repair_visual_field_cosmetic_denial': an invented commercial insurer refuses upper eyelid
ptosis repair (CPT 67904) and upper blepharoplasty (CPT 15823) as cosmetic when the taped and untaped visual fields
or the photographs do not meet its criteria; an oculoplastic practice writes in, bills and is paid after an appeal.
Insurer, people, practice, surgery center and numbers are invented.

Documents: a born-digital pre-service denial with a label column and planned surgery date; a born-digital EOB with
three claims (exam and visual field paid, the surgery center's blepharoplasty claim refused as cosmetic); a
standard-fax stack (fax cover, the surgeon's letter to the plan, a claim denial for a surgery done without prior
authorization); a phone photo of the practice's statement with one line refused by the plan; a low-resolution Spanish
letter told only in sentences; a clean-scan overturned appeal (approval, denies nothing); a photocopied two-page
appeal decision upholding the cosmetic denial, with a running header and a criteria table.
Decoys: DOB, NPI, medical policy number, visual field test dates, request-received dates, 72-hour expedited and
4-month external review limits, phone and fax numbers, patient account numbers, other claims.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcy_famcyd import HPage, Page, addr, fdate, grid, letterhead, money, paras, pat, plus, sidebar

FAMILY = "eyelid_ptosis_repair_visual_field_cosmetic_denial"
LANG = "en"
SEED = 349403
INS = "Osier Bend Health Assurance"
INS_FULL = "Osier Bend Health Assurance Company"
INS_ADDR = "PO Box 33018, Harrisburg, PA 17105"
MS = "1-555-274-0800"
UMFAX = "1-555-274-0899"
POLICY = "MP-SURG-118"
SURGEON = "Ingrid P. Abernathy"
PRACTICE = "Larchmere Oculoplastic & Eyelid Surgery"
PRACTICE_ADDR = "48 Sycamore Court, Suite 210, Erie, PA 16501"
ASC = "Fernhollow Surgery Center"
_r = random.Random(SEED)
PEOPLE = ["Lorraine G. Pettigrew", "Desmond K. Szabo", "Yolanda F. Marchetti", "Percy W. Lindgren",
          "Milagros T. Figueroa", "Anselm R. Blackwood", "Paulette D. Trevino"]
CARDS = [dict(mid=pat(_r, "OBH999999999"), group=pat(_r, "99-9999"), plan=pat(_r, "PPO-@@99"),
              dob=dt.date(_r.randint(1945, 1968), _r.randint(1, 12), _r.randint(1, 28))) for _ in PEOPLE]
CRIT = ("The policy covers upper eyelid surgery as reconstructive, not cosmetic, when the upper lid or excess skin "
        "blocks the superior visual field: the untaped superior field is limited to 30 degrees or less from "
        "fixation, taping the lid improves it by at least 12 degrees or 30 percent, and front-view photographs show "
        "the lid margin or skin at or below the upper edge of the pupil (margin reflex distance 2 mm or less).")
RIGHTS = ("You may appeal within 180 days of the date of this letter. Send your appeal and any records to "
          f"Appeals, {INS}, {INS_ADDR}, or fax {UMFAX}. If a delay could seriously harm your health, ask for an "
          "expedited appeal; we decide those within 72 hours. After our final decision you may ask for an external "
          "review by an independent review organization within 4 months. You may ask for the criteria and "
          "documents we used, free of charge.")


def doc_preservice(r):
    k = 0
    name, c = PEOPLE[k], CARDS[k]
    notice = dt.date(2026, 1, 19) + dt.timedelta(days=r.randint(0, 40))
    recv = plus(notice, -r.randint(3, 8))
    surg = plus(notice, r.randint(14, 30))
    ref = pat(r, "UM-99999999")
    vf = plus(recv, -r.randint(10, 25))
    d = Page(footer=f"{INS_FULL}  -  Form OB-ADV-2 (07/25)  -  Page {{n}} of {{nb}}")
    d.add_page()
    letterhead(d, INS, [INS_ADDR, f"Member Services {MS}", f"Utilization Review fax {UMFAX}"], 0)
    d.line(fdate(notice, "long"), 10)
    d.ln(2)
    addr(d, [name, f"{r.randint(100, 9000)} Fenwick Avenue", "Erie, PA 16505"])
    d.line("Notice of Adverse Benefit Determination - Request for Surgery", 12, "B")
    d.ln(2)
    d.pairs([("Member", name), ("Member ID", c["mid"]), ("Group number", c["group"]), ("Plan", c["plan"]),
             ("Date of birth", fdate(c["dob"], "slash")), ("Review number", ref), ("Date received", fdate(recv,
                                                                                                         "slash")),
             ("Surgeon", f"{SURGEON}, MD, {PRACTICE}"), ("Facility", ASC),
             ("Procedures", "67904 x2 (bilateral ptosis repair), 15823 x2 (upper blepharoplasty)"),
             ("Scheduled surgery date", fdate(surg, "slash"))], label_w=48, size=9.4, h=5.2)
    d.ln(3)
    paras(d, [
        "#Decision: not approved - cosmetic",
        f"We reviewed this request under medical policy {POLICY}, Blepharoptosis Repair and Blepharoplasty. {CRIT}",
        f"The visual field test dated {fdate(vf, 'slash')} shows an untaped superior field of 38 degrees on the "
        "right and 40 degrees on the left, improving by 6 and 4 degrees with taping. The photographs show the lid "
        "margin above the pupil. The criteria are not met, so the surgery is considered cosmetic and is excluded "
        "under your plan's Cosmetic Services exclusion (Evidence of Coverage, Section 6.4).",
        "A board-certified ophthalmologist made this decision. Your surgeon may call " + MS + " to discuss it.",
        "#Your appeal rights", RIGHTS], 9.2)
    t = truth("denial_letter", "not_covered", insurer=INS, plan_id=c["plan"], group_number=c["group"],
              member_id=c["mid"], member_name=name, case_numbers=[ref], service_dates=[surg.isoformat()],
              denial_date=notice.isoformat(), provider=SURGEON, appeal_deadline=plus(notice, 180).isoformat(),
              alternates={"insurer": [INS_FULL]}, denial_alternates=["medical_necessity"])
    return bytes(d.output()), t


def doc_eob(r):
    k = 1
    name, c = PEOPLE[k], CARDS[k]
    stmt = dt.date(2026, 2, 23) + dt.timedelta(days=r.randint(0, 20))
    surg = plus(stmt, -r.randint(18, 30))
    exam = plus(surg, -r.randint(30, 45))
    lines = [(pat(r, "E26-9999999-99"), f"{SURGEON}, MD", "92004 eye exam, new patient", exam,
              round(r.randint(210, 290) + .0, 2), True),
             (pat(r, "E26-9999999-99"), f"{SURGEON}, MD", "92082 visual field exam", exam,
              round(r.randint(95, 140) + .5, 2), True),
             (pat(r, "E26-9999999-99"), ASC, "15823-50 blepharoplasty", surg,
              round(r.randint(3100, 4800) + .25, 2), False)]
    rows = []
    for cn, p, s, dos, billed, paid in lines:
        allowed = round(billed * .61, 2) if paid else 0.0
        plan = round(allowed * .8, 2) if paid else 0.0
        you = round(allowed - plan, 2) if paid else billed
        rows.append([cn, p, s, fdate(dos, "dmy"), money(billed, "nosign"), money(allowed, "nosign"),
                     money(plan, "nosign"), money(you, "nosign"), "" if paid else "C7"])
    d = Page(footer="Osier Bend EOB  |  {n} of {nb}")
    d.add_page()
    letterhead(d, INS, [INS_ADDR, f"Customer Service {MS}"], 2, tag="EXPLANATION OF BENEFITS - THIS IS NOT A BILL")
    grid(d, [("Statement date", fdate(stmt, "dmy")), ("Member", name), ("Member ID", c["mid"]),
             ("Group", c["group"]), ("Plan", c["plan"]),
             ("Claims processed", f"{fdate(plus(stmt, -14), 'dmy')} to {fdate(plus(stmt, -2), 'dmy')}")], cols=3)
    d.table(["Claim", "Provider", "Service", "Date", "Billed", "Allowed", "Plan paid", "You owe", "Code"], rows,
            [25, 37, 37, 18, 15, 14, 13, 14, 7], size=6.9)
    paras(d, [
        "C7  Cosmetic services are excluded. Surgery on the eyelids is covered only when medical policy "
        f"{POLICY} criteria (visual field loss and photographs) are met. This claim was denied.",
        "To appeal a denied claim, write to us within 180 days of the date of this statement. You may also call "
        + MS + ". External review may be available after our appeal decision.",
    ], 8.6)
    cn, p, s, dos, billed, _ = lines[2]
    t = truth("eob", "not_covered", insurer=INS, plan_id=c["plan"], group_number=c["group"], member_id=c["mid"],
              member_name=name, case_numbers=[cn], claim_amount=f"{billed:.2f}", service_dates=[dos.isoformat()],
              denial_date=stmt.isoformat(), provider=ASC, appeal_deadline=plus(stmt, 180).isoformat(),
              alternates={"provider": [SURGEON]}, denial_alternates=["medical_necessity"])
    return bytes(d.output()), t


def stack_fax(r):
    k = 2
    name, c = PEOPLE[k], CARDS[k]
    ld = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 20))
    ref = pat(r, "UM-99999999")
    d = Page(serif=True, footer=None)
    d.add_page()
    letterhead(d, PRACTICE, [PRACTICE_ADDR, "Tel 1-555-451-7720", "Fax 1-555-451-7721"], 1,
               tag="Oculoplastic, Orbital and Reconstructive Surgery")
    d.line(fdate(ld, "upper"), 10)
    d.ln(3)
    addr(d, [f"{INS} - Medical Director", INS_ADDR, f"Fax {UMFAX}"])
    d.line(f"RE: {name}   DOB {fdate(c['dob'], 'upper')}   ID {c['mid']}   Your review {ref}", 9.6, "B")
    d.ln(2)
    vf = plus(ld, -r.randint(3, 7))
    paras(d, [
        "Dear Medical Director,",
        f"I am writing about your decision that ptosis repair for my patient is cosmetic. At her first visit the "
        "automated fields were done with the patient leaning back, which understates the loss. We repeated taped "
        f"and untaped superior visual fields on {fdate(vf, 'upper')}: untaped 22 degrees right and 24 degrees "
        "left, taped 44 and 46 degrees. Margin reflex distance is 0.5 mm on the right and 1 mm on the left. New "
        "photographs in primary gaze are enclosed.",
        "She reports difficulty reading and driving and lifts her brow with her fingers to see. I ask you to "
        f"reconsider and approve CPT 67904 for both eyes under policy {POLICY}.",
        "Sincerely,", "", f"{SURGEON}, MD", f"NPI {pat(r, '1999999999')}"], 10.2)
    t1 = truth("other", None, member_id=c["mid"], member_name=name, case_numbers=[ref], denial_date=ld.isoformat(),
               provider=SURGEON, unscored=["insurer"])
    k = 3
    name2, c2 = PEOPLE[k], CARDS[k]
    notice = plus(ld, r.randint(2, 10))
    surg = plus(notice, -r.randint(25, 40))
    claim = pat(r, "E26-9999999-99")
    billed = round(r.randint(2800, 4200) + .75, 2)
    e = HPage(footer="Page {n} of {nb}")
    e.running = f"{INS}  |  {name2}  |  Claim {claim}"
    e.add_page()
    letterhead(e, INS, [INS_ADDR, f"Member Services {MS}"], 0)
    e.line(fdate(notice, "dmy"), 10)
    e.ln(2)
    addr(e, [name2, f"{r.randint(100, 9000)} Quarry Street", "Bangor, ME 04401"])
    e.line("We did not pay this claim", 12, "B")
    e.ln(1)
    grid(e, [("Patient", name2), ("Member ID", c2["mid"]), ("Group", c2["group"]), ("Claim number", claim),
             ("Billed by", f"{SURGEON}, MD"), ("Date of service", fdate(surg, "dmy")),
             ("Amount billed", money(billed)), ("Procedure", "67904-RT ptosis repair")])
    paras(e, [
        "#Reason",
        "Eyelid surgery needs prior authorization under your plan. We have no approved authorization for this "
        "surgery, so the claim was denied. The surgeon's office may ask for a retrospective review with the visual "
        "field results and photographs. Because the provider is in our network, you cannot be billed for this "
        "claim.",
        "#Appeal", RIGHTS], 9.2)
    t2 = truth("denial_letter", "prior_authorization", insurer=INS, group_number=c2["group"], member_id=c2["mid"],
               member_name=name2, case_numbers=[claim], claim_amount=f"{billed:.2f}", service_dates=[surg.isoformat()],
               denial_date=notice.isoformat(), provider=SURGEON, appeal_deadline=plus(notice, 180).isoformat())
    return [(bytes(d.output()), t1), (bytes(e.output()), t2)]


def doc_statement(r):
    k = 4
    name, c = PEOPLE[k], CARDS[k]
    stmt = dt.date(2026, 3, 9) + dt.timedelta(days=r.randint(0, 15))
    surg = plus(stmt, -r.randint(30, 50))
    exam = plus(surg, -r.randint(20, 35))
    acct = pat(r, "99999")
    lines = [(exam, "99204 New patient visit", 285.0, "Paid by insurance"),
             (exam, "92082 Visual field, taped/untaped", 118.5, "Paid by insurance"),
             (surg, "15823-50 Blepharoplasty, upper, both", round(r.randint(2900, 3900) + .0, 2),
              "Denied by insurance - cosmetic")]
    total = sum(x[2] for x in lines)
    d = Page(footer=None)
    d.add_page()
    letterhead(d, PRACTICE, [PRACTICE_ADDR, "Billing 1-555-451-7730"], 2, tag="PATIENT STATEMENT")
    sidebar(d, [("Statement date", fdate(stmt, "abbr")), ("Account no.", acct), ("Patient", name),
                ("Insurance", INS), ("Member ID", c["mid"]), ("Surgeon", f"Dr. {SURGEON}")], [
        "#Your balance",
        "Your insurance paid for your office visit and visual field test. Your plan denied the eyelid surgery as "
        "cosmetic. You signed a financial agreement before surgery; the surgery charge is now your responsibility. "
        "If you or our office appeal and the plan pays, we will refund you.",
        "Payment plans are available. Please call billing with questions.",
    ], w=62)
    d.table(["Date", "Service", "Charge", "Status"],
            [[fdate(a, "slash"), b, money(cc), s] for a, b, cc, s in lines] +
            [["", "Total charges", money(total), ""]], [24, 70, 26, 60], size=8.6)
    d.line(f"AMOUNT DUE: {money(lines[2][2])}", 11, "B")
    t = truth("other", None, member_id=c["mid"], member_name=name, claim_amount=f"{lines[2][2]:.2f}",
              service_dates=[surg.isoformat()], denial_date=stmt.isoformat(), provider=SURGEON,
              unscored=["insurer"], alternates={"claim_amount": [f"{total:.2f}", None],
                                                "service_dates": [[surg.isoformat(), exam.isoformat()]],
                                                "provider": [PRACTICE]})
    return bytes(d.output()), t


def doc_spanish(r):
    name = "Xiomara L. Acevedo"
    c = dict(mid=pat(random.Random(SEED + 1), "OBH999999999"))
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 25))
    ref = pat(r, "UM-99999999")
    surg = plus(notice, r.randint(15, 30))
    d = Page(footer=None)
    d.add_page()
    letterhead(d, INS, [INS_ADDR, f"Servicios al Miembro {MS}"], 1)
    d.line(fdate(notice, "es", "es"), 10.5)
    d.ln(3)
    addr(d, [name, f"{r.randint(100, 9000)} Calle Las Flores", "Erie, PA 16503"])
    paras(d, [
        f"Estimada {name.split()[0]} {name.split()[-1]}:",
        f"Le escribimos sobre la solicitud de la Dra. {SURGEON} para una blefaroplastia del párpado superior en "
        f"ambos ojos, programada para el {fdate(surg, 'es', 'es')} en {ASC}. Su número de miembro es {c['mid']} "
        f"y el número de esta revisión es {ref}.",
        "Después de revisar su prueba de campo visual y sus fotografías, decidimos no aprobar la cirugía. La "
        "prueba no muestra una pérdida del campo visual superior que mejore lo suficiente al levantar el párpado "
        "con cinta, y en las fotografías el párpado no cubre la pupila. Por eso la cirugía se considera cosmética, "
        "y los servicios cosméticos no están cubiertos por su plan.",
        "Si no está de acuerdo, usted o su médica pueden apelar dentro de los 180 días a partir de la fecha de "
        "esta carta. Si su salud corre peligro, puede pedir una apelación acelerada y le responderemos en 72 "
        f"horas. Llame al {MS} si necesita ayuda o una copia gratuita de los criterios que usamos.",
        "Atentamente,", "", "Departamento de Revisión de Utilización", INS], 10.2)
    t = truth("denial_letter", "not_covered", lang="es", insurer=INS, member_id=c["mid"], member_name=name,
              case_numbers=[ref], service_dates=[surg.isoformat()], denial_date=notice.isoformat(),
              provider=SURGEON, appeal_deadline=plus(notice, 180).isoformat(),
              denial_alternates=["medical_necessity"])
    return bytes(d.output()), t


def doc_overturned(r):
    k = 5
    name, c = PEOPLE[k], CARDS[k]
    notice = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 20))
    appeal = pat(r, "AP-99999-26")
    auth = pat(r, "AUTH99999999")
    surg = plus(notice, r.randint(10, 25))
    d = Page(footer="OB-APL-9")
    d.add_page()
    letterhead(d, INS, [INS_ADDR, f"Appeals line {MS}", f"Fax {UMFAX}"], 2, tag="Appeals and Grievances")
    d.pairs([("Date", fdate(notice, "iso")), ("Member", name), ("ID number", c["mid"]), ("Group", c["group"]),
             ("Appeal number", appeal), ("Authorization", auth), ("Surgeon", f"{SURGEON}, MD"),
             ("Surgery date", fdate(surg, "iso"))], label_w=36, size=9.6)
    d.ln(3)
    d.line("Appeal decision: OVERTURNED - surgery approved", 12, "B")
    d.ln(1)
    paras(d, [
        "An oculoplastic surgeon who did not make the first decision reviewed your appeal. The repeat visual "
        "fields show the upper lid limits your superior field to 20 degrees, improving by 24 degrees with the lid "
        "taped, and the new photographs show the lid margin over the pupil. These meet the criteria in medical "
        f"policy {POLICY}. We have reversed our earlier decision and approved bilateral ptosis repair (67904) at "
        f"{ASC}.",
        "Your usual deductible and coinsurance apply. This approval is valid for 90 days.",
    ], 10)
    t = truth("other", None, insurer=INS, group_number=c["group"], member_id=c["mid"], member_name=name,
              case_numbers=[appeal, auth], service_dates=[surg.isoformat()], denial_date=notice.isoformat(),
              provider=SURGEON)
    return bytes(d.output()), t


def doc_upheld(r):
    k = 6
    name, c = PEOPLE[k], CARDS[k]
    notice = dt.date(2026, 3, 9) + dt.timedelta(days=r.randint(0, 20))
    first = plus(notice, -r.randint(35, 50))
    appeal = pat(r, "AP-99999-26")
    ref = pat(r, "UM-99999999")
    surg = plus(first, r.randint(14, 28))
    vf = plus(first, -r.randint(10, 20))
    d = HPage(footer="Page {n} of {nb}")
    d.running = f"{INS}  -  Appeal {appeal}  -  {name}"
    d.add_page()
    letterhead(d, INS, [INS_ADDR, f"Member Services {MS}"], 0, tag="Level 1 Appeal Decision")
    d.line(f"Date of this letter: {fdate(notice, 'abbr')}", 10)
    d.ln(2)
    addr(d, [name, f"{r.randint(100, 9000)} Juniper Drive", "Pueblo, CO 81003"])
    grid(d, [("Member", name), ("Member ID", c["mid"]), ("Group", c["group"]), ("Plan", c["plan"]),
             ("Appeal number", appeal), ("Original review", ref), ("Original decision", fdate(first, "abbr")),
             ("Requested surgery date", fdate(surg, "abbr")), ("Surgeon", f"{SURGEON}, MD"),
             ("Date of birth", fdate(c["dob"], "abbr"))])
    paras(d, [
        "#Decision: the denial is upheld",
        "You asked us to reconsider our decision not to approve upper eyelid blepharoplasty (15823) for both eyes. "
        "A board-certified ophthalmologist who was not involved in the first decision reviewed your appeal. We "
        "are upholding the denial. The surgery is considered cosmetic under your plan.",
        f"#How the criteria in policy {POLICY} compare with your records"], 9.6)
    d.table(["Criterion", "Policy requires", f"Your test of {fdate(vf, 'abbr')}", "Met?"],
            [["Untaped superior field", "30 degrees or less", "34 R / 36 L degrees", "No"],
             ["Improvement with taping", "12 degrees or 30%", "5 R / 7 L degrees", "No"],
             ["Photographs", "Skin at or below pupil edge", "Skin above pupil", "No"],
             ["Symptoms documented", "Yes", "Yes", "Yes"]], [48, 46, 56, 20], size=8.6)
    paras(d, [
        "#What you can do next",
        "You may ask for a Level 2 appeal within 60 days of the date of this letter. Send it to the address above. "
        "A new reviewer will decide within 30 days. You may also ask for an external review by an independent "
        "review organization within 4 months of the date of this letter. If your situation is urgent, you may ask "
        "for expedited external review.",
        "You may ask for free copies of all documents, records and criteria used in this decision. Help is "
        "available from the Pennsylvania Insurance Department consumer line at 1-555-347-2900.",
        "We are required to tell you about your rights under your plan. Your plan may be governed by ERISA; if so, "
        "you may have the right to bring a civil action under section 502(a) after you finish the appeal process.",
    ], 9.6)
    t = truth("denial_letter", "not_covered", insurer=INS, plan_id=c["plan"], group_number=c["group"],
              member_id=c["mid"], member_name=name, case_numbers=[appeal, ref], service_dates=[surg.isoformat()],
              denial_date=notice.isoformat(), provider=SURGEON, appeal_deadline=plus(notice, 60).isoformat(),
              alternates={"case_numbers": [[appeal]]}, denial_alternates=["medical_necessity"])
    return bytes(d.output()), t


def documents(rng: random.Random) -> list[Item]:
    return [
        Item(f"{FAMILY}_bd_preservice", "born_digital", [doc_preservice(rng)]),
        Item(f"{FAMILY}_bd_eob", "born_digital", [doc_eob(rng)]),
        Item(f"{FAMILY}_faxstd_stack", "fax_standard_g4", stack_fax(rng), separators=["cover", None]),
        Item(f"{FAMILY}_phone_statement", "phone_photo", [doc_statement(rng)]),
        Item(f"{FAMILY}_lowres_es", "scan_lowres_150", [doc_spanish(rng)]),
        Item(f"{FAMILY}_scan_overturned", "scan_clean_300", [doc_overturned(rng)]),
        Item(f"{FAMILY}_copy_upheld", "photocopy", [doc_upheld(rng)]),
    ]
