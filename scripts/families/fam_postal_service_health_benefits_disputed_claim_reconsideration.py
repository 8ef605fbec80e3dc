"""Family 'postal_service_health_benefits_disputed_claim_reconsideration': an invented Postal Service Health
Benefits (PSHB) Program carrier's claim denials and reconsideration decisions, mirroring the program's disputed
claims process for structure and wording only (ask the plan to reconsider; if the plan upholds its decision, ask
the U.S. Office of Personnel Management to review the disputed claim within 90 days of the plan's decision).
The carrier, enrollees, providers and every number are invented; phones use 555.

Documents: a born-digital hearing-aid denial with a dot-leader label block; a standard-fax reconsideration
decision told only in sentences under a typed fax header line (MRI, no precertification, upheld); a 150 dpi
landscape explanation of benefits with four claims, one denied for timely filing; a photocopied two-page
reconsideration decision upholding an experimental denial (running header, OPM rights on page 2); a phone photo
of a Spanish denial (physical therapy without prior approval); a scanned reconsideration that reverses the denial
(captions over values, denies nothing); a fine-fax stack: a cover sheet, a sleep-study denial with two-digit-year
dates and a blank separator, then the physician's reconsideration letter to the plan with a page upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundde_famded import P, fd, out, plus, usd

FAMILY = "postal_service_health_benefits_disputed_claim_reconsideration"
LANG = "en"
SEED = 350503
INS = "Cardinal Route Health Plan"
SUB = "A carrier in the Postal Service Health Benefits (PSHB) Program"
ADDR = "Disputed Claims Unit, PO Box 44170, Harrisburg, PA 17106-4170  |  1-555-310-2260  TTY 711"
OPM = ("U.S. Office of Personnel Management, Postal Service Insurance Operations, Health Insurance 2, "
       "1900 E Street NW, Washington, DC 20415")
PEOPLE = ["Rosalind K. Featherstone", "Obadiah L. Trask", "Wilhelmina C. Oduya", "Thaddeus M. Brightwater",
          "Genevieve P. Castellano", "Lucius D. Harrow", "Philippa J. Nkemelu"]
PERSON_ES = "Evangelina R. Barrientos"


def mid(r):
    return "R" + str(r.randint(10, 99)) + "".join(r.choice("0123456789") for _ in range(7))


def code(r):
    return str(r.randint(2, 9)) + r.choice("KRVTW") + str(r.randint(1, 9))


def claimno(r):
    return "26" + "".join(r.choice("0123456789") for _ in range(3)) + "-" + "".join(r.choice("0123456789") for _ in range(7))


def npi(r):
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def base(r, k):
    notice = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 120))
    return dict(notice=notice, name=PEOPLE[k], mid=mid(r), code=code(r),
                dob=dt.date(r.randint(1948, 1999), r.randint(1, 12), r.randint(1, 28)),
                addr=[f"{r.randint(100, 9800)} Mail Route Rd", "Scranton, PA 18503"])


def doc_bd_hearing(r):
    b = base(r, 0)
    svc = plus(b["notice"], -r.randint(25, 40))
    rec = plus(svc, 6)
    amt = round(r.randint(4100, 6800) + 0.5, 2)
    cl = claimno(r)
    prov = "Tidewater Hearing Center"
    d = P(footer="Form CRHP-PS-114 (01/26)   Page {n} of {nb}")
    d.add_page()
    d.letterhead(INS, SUB, ADDR)
    d.f(10)
    d.cell(0, 5, fd(b["notice"], "long"), new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.lines([b["name"]] + b["addr"])
    d.line("NOTICE OF CLAIM DENIAL", 12, "B")
    d.ln(2)
    d.dots([("Enrollee", b["name"]), ("Member ID", b["mid"]), ("Enrollment code", b["code"]),
            ("Date of birth", fd(b["dob"], "slash")), ("Claim number", cl), ("Provider", prov),
            ("Provider NPI", npi(r)), ("Date(s) of service", fd(svc, "slash")), ("Date received", fd(rec, "slash")),
            ("Amount billed", usd(amt)), ("Amount we paid", "$0.00")])
    d.para(f"We reviewed the claim shown above for two digital hearing aids (V5261) and the fitting visit. Our "
           f"brochure limits hearing aids to one pair every 3 years. Our records show we paid for hearing aids for "
           f"you on claim {claimno(r)} less than 3 years ago, so this claim is denied: the benefit limit has been "
           f"reached and the service is not covered until the limit renews. Your plan-year deductible of $350 and "
           f"catastrophic limit are not changed by this claim.")
    d.heading("If you disagree", 10.5)
    d.para("You may ask us in writing to reconsider our decision. Your request must be received within 6 months "
           "from the date of this notice. Include the claim number, the reasons you believe we should pay and any "
           "documents that support your request. Send it to the address above. If we uphold our decision, you may "
           "ask the U.S. Office of Personnel Management to review it; OPM's decision is final for the PSHB "
           "Program.", 9.5)
    d.para("Questions? Call Customer Service at 1-555-310-2260 (TTY 711), Monday through Friday, 8 a.m. to 8 p.m.",
           9)
    t = truth("denial_letter", "not_covered", insurer=INS, plan_id=b["code"], member_id=b["mid"],
              member_name=b["name"], case_numbers=[cl], claim_amount=f"{amt:.2f}", service_dates=[svc.isoformat()],
              denial_date=b["notice"].isoformat(), provider=prov, appeal_deadline=None,
              unscored=["appeal_deadline"])
    return out(d), t


def doc_fax_mri(r):
    b = base(r, 1)
    svc = plus(b["notice"], -r.randint(60, 90))
    req = plus(b["notice"], -r.randint(20, 28))
    amt = round(r.randint(2200, 3900) + r.randint(1, 99) / 100, 2)
    cl, rc = claimno(r), f"RC-26-{r.randint(100000, 999999)}"
    prov = "Lackawanna Valley Imaging"
    d = P(serif=True, footer=None, margins=(24, 14, 24))
    d.add_page()
    d.faxline(f"{fd(plus(b['notice'], 1), 'nopad')} 10:42AM  FROM: CRHP DISPUTED CLAIMS  555-310-2299  "
              f"TO: 15553418806   P. 1/2")
    d.letterhead(INS, SUB, ADDR, size=13)
    d.f(10.5)
    d.cell(0, 5, fd(b["notice"], "long"), new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.lines([b["name"]] + b["addr"], 10.5)
    d.para(f"Dear {b['name'].split()[0]} {b['name'].split()[-1]}:", 10.5)
    d.para(f"We have finished reconsidering our decision on your claim number {cl}, which we received from "
           f"{prov} for a lumbar MRI performed on {fd(svc, 'long')}. Your written request for reconsideration, "
           f"reference {rc}, reached us on {fd(req, 'long')}. Your member identification number is {b['mid']} and "
           f"you are enrolled in our High Option under enrollment code {b['code']}.", 10.5)
    d.para(f"The billed charge for the MRI was {usd(amt)}. Our brochure requires precertification before "
           f"outpatient MRI, CT and PET scans. Neither you nor the imaging center asked us to precertify this scan "
           f"before it was done, and the records you sent do not show an emergency. After a full review we are "
           f"upholding our denial because the required prior authorization was not obtained.", 10.5)
    d.para(f"If you still disagree, you may ask the U.S. Office of Personnel Management to review your disputed "
           f"claim. You must write to OPM within 90 days from the date of this letter, at {OPM}. Please send a "
           f"copy of this letter, our earlier denial and any other documents you want OPM to consider. Do not send "
           f"your request to us. You may also call us at 1-555-310-2260 or TTY 711 if you have questions, and "
           f"you may quote account number 0047-{r.randint(100000, 999999)} from your brochure mailing.", 10.5)
    d.para("Sincerely,\nReconsideration Review Staff\nCardinal Route Health Plan", 10.5)
    t = truth("denial_letter", "prior_authorization", insurer=INS, plan_id=b["code"], member_id=b["mid"],
              member_name=b["name"], case_numbers=[cl, rc], claim_amount=f"{amt:.2f}",
              service_dates=[svc.isoformat()], denial_date=b["notice"].isoformat(), provider=prov,
              appeal_deadline=plus(b["notice"], 90).isoformat())
    return out(d), t


def doc_lowres_eob(r):
    b = base(r, 2)
    stmt = b["notice"]
    provs = ["Dr. Ignatius Pellworth", "Keystone Family Medicine", "Susquehanna Lab Services", "Dr. Ottilie Brandvold"]
    rows, den = [], 2
    tot = [0.0, 0.0, 0.0, 0.0]
    cls, svcs, amts = [], [], []
    for i in range(4):
        s = plus(stmt, -r.randint(440, 520) if i == den else -r.randint(10, 40))
        a = round(r.randint(90, 900) + r.choice([0, 0.25, 0.5]), 2)
        allowed = 0.0 if i == den else round(a * 0.62, 2)
        paid = 0.0 if i == den else round(allowed * 0.8, 2)
        you = 0.0 if i == den else round(allowed - paid, 2)
        c = claimno(r)
        cls.append(c), svcs.append(s), amts.append(a)
        rows.append([c, provs[i], fd(s, "short2"), usd(a, "bare"), usd(allowed, "bare"), usd(paid, "bare"),
                     usd(you, "bare"), "T7" if i == den else "A1"])
        for j, v in enumerate((a, allowed, paid, you)):
            tot[j] += v
    rows.append(["TOTALS", "", "", usd(tot[0], "bare"), usd(tot[1], "bare"), usd(tot[2], "bare"),
                 usd(tot[3], "bare"), ""])
    d = P(footer="Page {n} of {nb}", footer_left="This is not a bill.  CRHP-EOB-PS (rev 10/25)")
    d._orient = "L"
    d.newpage()
    d.letterhead(INS, SUB + " - EXPLANATION OF BENEFITS", ADDR, size=14)
    d.pairs([("Statement date", fd(stmt, "abbr")), ("Enrollee", b["name"]), ("Member ID", b["mid"]),
             ("Enrollment code", b["code"]), ("Birth date", fd(b["dob"], "slash"))], label_w=40, size=9.5)
    d.ln(2)
    d.table(["Claim\nnumber", "Provider\nname", "Service\ndate", "Amount\nbilled", "Plan\nallowed", "Plan\npaid",
             "You\nowe", "Remark\ncode"], rows, [42, 62, 24, 26, 26, 26, 24, 18], size=8.5, bold_last=True,
            aligns=["L", "L", "L", "R", "R", "R", "R", "C"])
    d.heading("Remark codes", 10)
    d.bullets(["A1 - Paid under your brochure benefits; any amount you owe is your coinsurance.",
               f"T7 - Denied. The claim was received after the filing limit (December 31 of the year after the "
               f"year of service). Claim {cls[den]} was received {fd(plus(stmt, -16), 'slash')}."], 8.5)
    d.para("To ask us to reconsider a denied claim, write to us within 6 months of this statement. If we uphold "
           "our decision you may ask OPM to review it. Plan-year deductible met: $350 of $350. Questions: "
           "1-555-310-2260, TTY 711.", 8.5)
    t = truth("eob", "timely_filing", insurer=INS, plan_id=b["code"], member_id=b["mid"], member_name=b["name"],
              case_numbers=[cls[den]], claim_amount=f"{amts[den]:.2f}", service_dates=[svcs[den].isoformat()],
              denial_date=stmt.isoformat(), provider=provs[den], appeal_deadline=None,
              unscored=["appeal_deadline"])
    return out(d), t


def doc_copy_two_page(r):
    b = base(r, 3)
    svc = plus(b["notice"], -r.randint(50, 80))
    amt = round(r.randint(9000, 18000) + 0.75, 2)
    cl, rc = claimno(r), f"RC-26-{r.randint(100000, 999999)}"
    prov = "Dr. Cornelius Abara"
    d = P(running=f"{b['name']}   Member ID {b['mid']}   Reconsideration {rc}", margins=(20, 16, 20))
    d.add_page()
    d.letterhead(INS, SUB, ADDR, size=16, align="C")
    d.f(10)
    d.cell(0, 5, "Date of this decision: " + fd(b["notice"], "iso"), new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.lines([b["name"]] + b["addr"])
    d.line("RECONSIDERATION DECISION - DISPUTED CLAIM", 12, "B")
    d.ln(2)
    d.boxed_pairs([("Member ID", b["mid"]), ("Enrollment code", b["code"]), ("Claim number", cl),
                   ("Reconsideration number", rc), ("Treating physician", prov),
                   ("Service", "Transcranial magnetic stimulation for chronic tinnitus"),
                   ("Date of service", fd(svc, "long")), ("Billed charges", usd(amt)),
                   ("Medical policy", "CRHP MP-2.114 Investigational Services")])
    d.para("We received your request that we reconsider our denial of the claim above. A physician board "
           "certified in otolaryngology, who was not involved in the first decision, reviewed the records you sent, "
           "the medical literature and our medical policy.", 10)
    d.para("Decision: we are upholding the denial. Transcranial magnetic stimulation for tinnitus is considered "
           "experimental or investigational under the plan brochure, because published studies have not shown that "
           "it improves health outcomes. The brochure excludes experimental or investigational services.", 10)
    d.para("Other claims from the same visit (office visit and audiology) were paid and are not part of this "
           "decision. " * 2, 10)
    d.newpage()
    d.heading("YOUR RIGHT TO ASK OPM TO REVIEW THIS DECISION", 11, rule=True)
    d.para("If you disagree with our reconsideration decision, you may ask the U.S. Office of Personnel Management "
           "(OPM) to review it. You must make your request within 90 days from the date of our reconsideration "
           "decision. Write to:", 10)
    d.para(OPM, 10, indent=8)
    d.bullets(["a statement of why you believe our decision is wrong, based on specific benefit provisions in "
               "the brochure;",
               "copies of documents that support your claim, such as physicians' letters, operative reports, bills, "
               "medical records and explanation of benefits forms;",
               "copies of all letters you sent to us about the claim and copies of all letters we sent to you;",
               "your daytime phone number and the best time to call."], 9.5)
    d.para("OPM will review your disputed claim request and will use the information it collects from you and us "
           "to decide whether our decision is correct. OPM will send you a final decision within 60 days. There are "
           "no other administrative appeals. If you do not agree with OPM's decision, your choice is to sue. You "
           "may call us at 1-555-310-2260 (TTY 711) with questions.", 10)
    d.para("Urgent care claims: if your claim is for urgent care, you may call OPM's Postal Service Insurance "
           "Operations at 1-555-606-3818 between 8 a.m. and 5 p.m. Eastern Time.", 9)
    t = truth("denial_letter", "experimental", insurer=INS, plan_id=b["code"], member_id=b["mid"],
              member_name=b["name"], case_numbers=[cl, rc], claim_amount=f"{amt:.2f}",
              service_dates=[svc.isoformat()], denial_date=b["notice"].isoformat(), provider=prov,
              appeal_deadline=plus(b["notice"], 90).isoformat())
    return out(d), t


def doc_photo_es(r):
    b = base(r, 0)
    name = PERSON_ES
    svc, svc2 = plus(b["notice"], -r.randint(30, 45)), None
    svc2 = plus(svc, 7)
    amt = round(r.randint(600, 1400) + 0.0, 2)
    cl = claimno(r)
    prov = "Pocono Physical Therapy Associates"
    d = P(footer="Página {n} de {nb}", margins=(16, 14, 16))
    d.add_page()
    d.letterhead(INS, "Aseguradora del Programa de Beneficios de Salud del Servicio Postal (PSHB)", ADDR, size=14)
    d.f(10)
    d.cell(0, 5, "Fecha del aviso: " + fd(b["notice"], "es"), new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.lines([name] + b["addr"])
    d.line("AVISO DE DENEGACIÓN DE RECLAMACIÓN", 12, "B")
    d.ln(1)
    d.pairs([("Afiliado(a)", name), ("Número de miembro", b["mid"]), ("Código de inscripción", b["code"]),
             ("Fecha de nacimiento", fd(b["dob"], "slash")), ("Número de reclamación", cl),
             ("Proveedor", prov), ("Fechas de servicio", f"{fd(svc, 'es')} y {fd(svc2, 'es')}"),
             ("Cargos facturados", usd(amt)), ("Recibida", fd(plus(svc2, 5), "es"))], label_w=52, size=9.5)
    d.ln(2)
    d.para("Hemos denegado esta reclamación. Nuestro folleto exige aprobación previa (precertificación) para más "
           "de 12 sesiones de fisioterapia en un año del plan. No recibimos una solicitud de aprobación previa "
           "para estas sesiones antes de que se prestaran.", 10)
    d.heading("Su derecho a pedir una reconsideración", 10.5)
    d.para("Si no está de acuerdo, puede pedirnos por escrito que reconsideremos nuestra decisión dentro de los "
           "6 meses siguientes a la fecha de este aviso. Si mantenemos la denegación, puede pedir a la Oficina de "
           "Administración de Personal de los EE. UU. (OPM) que revise la reclamación en disputa dentro de los 90 "
           "días siguientes a nuestra decisión. Llame al 1-555-310-2260 (TTY 711).", 9.5)
    t = truth("denial_letter", "prior_authorization", lang="es", insurer=INS, plan_id=b["code"],
              member_id=b["mid"], member_name=name, case_numbers=[cl], claim_amount=f"{amt:.2f}",
              service_dates=[svc.isoformat(), svc2.isoformat()], denial_date=b["notice"].isoformat(),
              provider=prov, appeal_deadline=None, unscored=["appeal_deadline"])
    return out(d), t


def doc_scan_reversed(r):
    b = base(r, 4)
    svc = plus(b["notice"], -r.randint(70, 100))
    amt = round(r.randint(1800, 4200) + 0.25, 2)
    cl, rc = claimno(r), f"RC-26-{r.randint(100000, 999999)}"
    prov = "Dr. Henrietta Vanderpool"
    d = P(footer=None, footer_left="CRHP-PS-221  Reconsideration outcome", margins=(15, 12, 15))
    d.add_page()
    d.letterhead(INS, SUB, ADDR, size=13)
    d.captions([("NOTICE DATE", fd(b["notice"], "upper"), 45), ("ENROLLEE", b["name"], 80),
                ("MEMBER ID", b["mid"], 30), ("ENROLL. CODE", b["code"], 31)])
    d.captions([("CLAIM NO.", cl, 45), ("RECONSIDERATION NO.", rc, 50), ("SERVICE DATE", fd(svc, "upper"), 40),
                ("BILLED", usd(amt), 51)])
    d.captions([("PROVIDER", prov, 95), ("PROVIDER NPI", npi(r), 45), ("DATE OF BIRTH", fd(b["dob"], "slash"), 46)])
    d.ln(5)
    d.line("RECONSIDERATION OUTCOME: DECISION REVERSED", 11.5, "B")
    d.ln(2)
    d.para("We have reconsidered our earlier decision on the claim above for an outpatient upper endoscopy. The "
           "operative note and the referral you sent show that the procedure met the brochure's criteria. We are "
           "reversing our denial and will process the claim for payment under your benefits. You will receive an "
           "explanation of benefits showing the amount we pay and any coinsurance you owe.", 10)
    d.para("You do not need to take any further action. Because we reversed our decision, there is nothing for "
           "OPM to review. Questions: 1-555-310-2260, TTY 711.", 10)
    t = truth("other", None, insurer=INS, plan_id=b["code"], member_id=b["mid"], member_name=b["name"],
              case_numbers=[cl, rc], claim_amount=f"{amt:.2f}", service_dates=[svc.isoformat()],
              denial_date=b["notice"].isoformat(), provider=prov, appeal_deadline=None)
    return out(d), t


def stack_sleep(r):
    b = base(r, 5)
    svc = plus(b["notice"], -r.randint(20, 35))
    amt = round(r.randint(2400, 3600) + 0.5, 2)
    cl = claimno(r)
    prov = "Dr. Leopold Marchbanks"
    fac = "Wyoming Valley Sleep Lab"
    d = P(footer="Page {n} of {nb}")
    d.add_page()
    d.letterhead(INS, SUB, ADDR, size=14)
    d.pairs([("Date", fd(b["notice"], "short2")), ("Enrollee", b["name"]), ("ID no.", b["mid"]),
             ("Enrollment code", b["code"]), ("Claim", cl), ("Billed", usd(amt)),
             ("Service date", fd(svc, "short2")), ("Processed", fd(plus(svc, 12), "nopad")),
             ("Ordering physician", prov), ("Facility", fac), ("DOB", fd(b["dob"], "nopad"))], label_w=42, size=9.5)
    d.ln(3)
    d.para("We denied your claim for an attended in-lab sleep study (polysomnography). Our medical policy "
           "MP-4.031 covers an in-lab study when a home sleep apnea test is not appropriate or was inconclusive. "
           "The records do not show either, so the in-lab study was not medically necessary. A home test would "
           "have been covered.", 10)
    d.para("You may ask us to reconsider within 6 months of the date of this notice. Write to the Disputed Claims "
           "Unit at the address above. If we uphold our decision, you may ask OPM to review it. "
           "Call 1-555-310-2260, TTY 711.", 9.5)
    t1 = truth("denial_letter", "medical_necessity", insurer=INS, plan_id=b["code"], member_id=b["mid"],
               member_name=b["name"], case_numbers=[cl], claim_amount=f"{amt:.2f}", service_dates=[svc.isoformat()],
               denial_date=b["notice"].isoformat(), provider=prov, appeal_deadline=None,
               alternates={"provider": [fac]}, unscored=["appeal_deadline"])
    lt = plus(b["notice"], r.randint(9, 20))
    e = P(footer=None)
    e.add_page()
    e.letterhead("Marchbanks Pulmonary & Sleep Medicine", "Leopold Marchbanks, MD, FCCP  |  NPI " + npi(r),
                 "212 Courthouse Square, Wilkes-Barre, PA 18701  |  Tel 555-820-4471  Fax 555-820-4472", size=13)
    e.f(10)
    e.cell(0, 5, fd(lt, "long"), new_x="LMARGIN", new_y="NEXT")
    e.ln(3)
    e.lines([INS, "Disputed Claims Unit", "PO Box 44170", "Harrisburg, PA 17106-4170"])
    e.para(f"Re: {b['name']}, ID {b['mid']}, claim {cl}, date of service {fd(svc, 'slash')}", 10)
    e.para("To the reconsideration reviewer:", 10)
    e.para(f"I am writing on behalf of my patient to ask that you reconsider the denial of the attended sleep "
           f"study. My patient has moderate COPD on home oxygen at night and a prior stroke, which are reasons a "
           f"home sleep apnea test is not appropriate under the very policy the plan cites. The home test was "
           f"therefore not an option. The study found severe obstructive sleep apnea with an AHI of 41, and CPAP "
           f"titration was completed the same night.", 10)
    e.para("I enclose my office notes and the oximetry report. Please contact my office at 555-820-4471 if you "
           "need anything further.", 10)
    e.para("Sincerely,\n\nLeopold Marchbanks, MD", 10)
    t2 = truth("other", None, insurer=INS, plan_id=None, member_id=b["mid"], member_name=b["name"],
               case_numbers=[cl], claim_amount=None, service_dates=[svc.isoformat()], denial_date=lt.isoformat(),
               provider="Leopold Marchbanks", appeal_deadline=None, unscored=["insurer"])
    return [(out(d), t1), (out(e), t2)]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    return [
        Item(f"{FAMILY}_bd_hearing_aid_dot_leaders", "born_digital", [doc_bd_hearing(r(0))]),
        Item(f"{FAMILY}_faxstd_mri_recon_upheld_prose", "fax_standard_g4", [doc_fax_mri(r(1))]),
        Item(f"{FAMILY}_lowres_landscape_eob_four_claims", "scan_lowres_150", [doc_lowres_eob(r(2))]),
        Item(f"{FAMILY}_copy_two_page_tms_recon_upheld", "photocopy", [doc_copy_two_page(r(3))]),
        Item(f"{FAMILY}_photo_aviso_es_fisioterapia", "phone_photo", [doc_photo_es(r(4))]),
        Item(f"{FAMILY}_scan300_recon_reversed_captions", "scan_clean_300", [doc_scan_reversed(r(5))]),
        Item(f"{FAMILY}_faxfine_stack_sleep_denial_and_md_letter", "fax_fine_g4", stack_sleep(r(6)),
             separators=["cover", "blank"], turns={(1, 0): 180}),
    ]
