"""Family 'microprocessor_knee_prosthesis_k_level_denial': an invented commercial plan refusing microprocessor-
controlled knees (L5856 and kin) because the amputee's functional level (Medicare-style K-level) is judged too low
or the knee not medically necessary; prosthetist invoices and statements, physiatrist letters to the plan, a
Spanish member letter, an EOB with three claims (only the knee refused), an overturned appeal and an upheld one.

Documents: a born-digital boxed-grid denial (K2 assessed, K3 needed); a born-digital prosthetist's invoice to the
patient (lines, one refused; denies nothing itself); a standard-fax physiatrist letter to the plan (fax header
line); a phone photo of a Spanish member letter told only in sentences; a low-resolution EOB with three claims,
the knee claim refused; a photocopied overturned appeal with a two-column body (denies nothing); a clean-scan stack
of an upheld appeal (white-on-dark band), its duplex back, and the prosthetist's letter fed upside down.
Decoys: DOB, NPI, tax ID, the prosthetist's invoice and PO numbers, HCPCS codes, policy number MP-412, the
amputation date, 72-hour expedited and 4-month external review limits, other claims' numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcz_famczb import Page, addr, band, faxline, fdate, grid, letterhead, money, paras, pat, plus, two_col

FAMILY = "microprocessor_knee_prosthesis_k_level_denial"
LANG = "en"
SEED = 349601
INS = "Larkspur Mutual Health Assurance"
INS_ADDR = "PO Box 51190, Boise, ID 83705"
CS = "1-555-730-2600"
FAXN = "1-555-730-2690"
POLICY = "MP-412 Lower Limb Prostheses"
PROS = "Summit Ridge Prosthetics & Orthotics"
PROS_ADDR = "1420 Canyon Creek Ct, Nampa, ID 83651"
PHYS = "Gideon H. Valdez"

_r = random.Random(SEED)
PEOPLE = ["Wendell J. Kessler", "Odette P. Rutledge", "Colin A. Fairchild", "Héctor M. Zamora",
          "Naomi E. Strand", "Jasper T. Ibarra", "Lorraine G. Tanaka"]
IDS = [pat(_r, "LMH@@9999999") for _ in PEOPLE]
GROUPS = [pat(_r, "G-99999") for _ in PEOPLE]
DOBS = [dt.date(_r.randint(1950, 1995), _r.randint(1, 12), _r.randint(1, 28)) for _ in PEOPLE]

APPEAL = [
    "#Your appeal rights",
    "You or your authorized representative may appeal this decision. Your written appeal must be filed within "
    "180 days of the date of this letter. Send it to Appeals, " + INS + ", " + INS_ADDR + ", or fax " + FAXN +
    ". Include any records or letters from your doctors.",
    "If your doctor believes a delay would seriously jeopardize your health, ask for an expedited appeal; we "
    "will decide within 72 hours.",
    "After our final decision you may ask for an external review by an independent review organization within "
    "4 months. You may also contact the state Department of Insurance at 1-555-334-4250.",
]


def doc_denial(r):
    name, mid, grp, dob = PEOPLE[0], IDS[0], GROUPS[0], DOBS[0]
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 40))
    recv = plus(notice, -r.randint(5, 12))
    svc = plus(notice, r.randint(14, 30))
    auth = pat(r, "PA99999999")
    billed = round(r.randint(38000, 52000) + r.choice([0, .5]), 2)
    d = Page(footer="Page {n} of {nb}", footer_left=f"{INS}  |  Form LMH-UM-7")
    d.add_page()
    letterhead(d, INS, [INS_ADDR, f"Customer Service {CS}", f"Fax {FAXN}"], 2, tag="Utilization Management")
    d.line(fdate(notice, "slash"), 10)
    d.ln(2)
    addr(d, [name, f"{r.randint(100, 9000)} Juniper Drive", "Meridian, ID 83642"])
    d.line("Notice of Adverse Benefit Determination - Prosthetic Device", 12, "B")
    d.ln(2)
    grid(d, [("Patient", name), ("Member ID", mid), ("Group number", grp), ("Date of birth", fdate(dob, "slash")),
             ("Prior authorization no.", auth), ("Request received", fdate(recv, "slash")),
             ("Prosthetist", PROS), ("Prescribing physician", f"{PHYS}, MD (PM&R)"),
             ("Item", "L5856 microprocessor knee"), ("Planned fitting date", fdate(svc, "slash")),
             ("Amount requested", money(billed)), ("Provider NPI", pat(r, "1999999999"))], cols=2)
    paras(d, [
        "#Our decision",
        f"We denied the request from Dr. {PHYS.split()[-1]} for a microprocessor-controlled knee (L5856, with "
        "L5828 and L5845). A microprocessor knee is covered under medical policy " + POLICY + " for members at "
        "functional level K3 or K4: able to walk at varying speeds in the community. The physical therapy "
        "evaluation and the Amputee Mobility Predictor score sent with the request place you at level K2 (limited "
        "community walker). At level K2 a microprocessor knee is not medically necessary. A mechanical knee with "
        "stance control (L5812) is covered and can be approved if requested.",
    ], 9.6)
    paras(d, APPEAL, 9.2)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, group_number=grp,
              member_name=name, case_numbers=[auth], claim_amount=f"{billed:.2f}", service_dates=[svc.isoformat()],
              denial_date=notice.isoformat(), provider=PHYS, appeal_deadline=plus(notice, 180).isoformat(),
              alternates={"provider": [PROS], "claim_amount": [None]})
    return bytes(d.output()), t


def doc_invoice(r):
    name, mid = PEOPLE[1], IDS[1]
    inv_date = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 20))
    dos = plus(inv_date, -r.randint(20, 40))
    inv = pat(r, "INV-99999")
    claim = pat(r, "26999999999")
    lines = [("L5613", "Knee disarticulation socket, hydraulic", round(r.randint(9000, 12000) + .0, 2), False),
             ("L5856", "Microprocessor knee, swing and stance", round(r.randint(39000, 46000) + .5, 2), True),
             ("L5981", "Flex-walk foot system", round(r.randint(2500, 4200) + .0, 2), False)]
    total = round(sum(x[2] for x in lines), 2)
    rows = []
    for code, desc, amt, den in lines:
        rows.append([fdate(dos, "upper"), code, desc, money(amt, "nosign"),
                     "Denied - not medically necessary" if den else "Paid by plan"])
    knee = [x for x in lines if x[3]][0][2]
    d = Page(footer=None, footer_left=f"{PROS} - Tax ID 82-{pat(r, '9999999')}")
    d.add_page()
    band(d, PROS, f"{PROS_ADDR}  -  Phone 1-555-467-2200  -  Fax 1-555-467-2201")
    d.line("PATIENT INVOICE", 13, "B")
    d.ln(1)
    d.pairs([("Invoice no.", inv), ("Invoice date", fdate(inv_date, "upper")), ("Patient", name),
             ("Insurance", f"{INS} - Member ID {mid}"), ("Plan claim no.", claim),
             ("Ordering physician", f"{PHYS}, MD"), ("Practitioner", "Ezra N. Holloway, CPO")], label_w=42, size=9.5)
    d.ln(2)
    d.table(["Date of service", "HCPCS", "Description", "Charge ($)", "Insurance status"], rows,
            [24, 16, 60, 22, 58], size=8.0)
    d.pairs([("Total charges", money(total)), ("Insurance paid", money(round(total - knee - 1800, 2))),
             ("Patient balance", money(round(knee + 1800, 2)))], label_w=42, size=9.5)
    d.ln(2)
    paras(d, [
        "Your plan did not pay for the microprocessor knee. We have filed an appeal for you with your physician's "
        "letter. You do not need to pay the knee balance while the appeal is open. Questions about this invoice: "
        "call our billing office at 1-555-467-2200.",
    ], 9.2)
    t = truth("other", None, member_id=mid, member_name=name, case_numbers=[claim], claim_amount=f"{total:.2f}",
              service_dates=[dos.isoformat()], denial_date=inv_date.isoformat(), provider=PROS,
              unscored=["insurer"], alternates={"claim_amount": [f"{knee:.2f}", None],
                                                "denial_date": [None], "provider": ["Ezra N. Holloway"]})
    return bytes(d.output()), t


def doc_physiatrist(r):
    name, mid, dob = PEOPLE[2], IDS[2], DOBS[2]
    ld = dt.date(2026, 2, 3) + dt.timedelta(days=r.randint(0, 25))
    auth = pat(r, "PA99999999")
    d = Page(serif=True, footer=None)
    d.add_page()
    faxline(d, f"{fdate(ld, 'dmy')} 11:17   FROM: VALDEZ REHAB MEDICINE 1-555-467-8810   TO: {FAXN}   P. 1/1")
    letterhead(d, "Snake River Physical Medicine & Rehabilitation", ["610 Railroad St, Twin Falls, ID 83301",
                                                                     "Phone 1-555-467-8800", "Fax 1-555-467-8810"], 1)
    d.line(fdate(ld, "dmy"), 10)
    d.ln(3)
    addr(d, [f"{INS} - Medical Director, Utilization Management", INS_ADDR, f"Fax {FAXN}"])
    d.line(f"Re: {name}  DOB {fdate(dob, 'slash')}  Member ID {mid}  Request {auth}", 9.6, "B")
    d.ln(2)
    paras(d, [
        "Dear Medical Director,",
        f"I am writing in support of a microprocessor knee for my patient, who had a transfemoral amputation "
        "in 2024 after a crush injury. Your reviewer placed the patient at level K2. That reading used an "
        "evaluation done in the old socket, which no longer fits. In the new test socket the patient walks "
        "about 1.5 miles a day, changes speed on a ramp and curb, and returned to work as a warehouse scheduler. "
        "That is a K3 community ambulator.",
        "The patient has had three falls in six months with a mechanical knee. A microprocessor knee reduces "
        "stumbles and falls in K3 users and is the standard of care here. Please reconsider the request; a "
        "repeat Amputee Mobility Predictor score is enclosed.",
        "Sincerely,", "", f"{PHYS}, MD", "Board certified, Physical Medicine and Rehabilitation",
        f"NPI {pat(r, '1999999999')}",
    ], 10.2)
    t = truth("other", None, member_id=mid, member_name=name, case_numbers=[auth], denial_date=ld.isoformat(),
              provider=PHYS, unscored=["insurer"])
    return bytes(d.output()), t


def doc_spanish(r):
    name, mid = PEOPLE[3], IDS[3]
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 20))
    svc = plus(notice, r.randint(10, 20))
    ref = pat(r, "PA99999999")
    d = Page(footer="Página {n} de {nb}", footer_left=INS)
    d.add_page()
    letterhead(d, INS, [INS_ADDR, f"Servicio al Cliente {CS}"], 0, tag="Departamento de Administración de Utilización")
    d.line(fdate(notice, "es", "es"), 10)
    d.ln(3)
    addr(d, [name, f"{r.randint(100, 9000)} Calle Las Flores", "Caldwell, ID 83605"])
    paras(d, [
        f"Estimado/a {name}:",
        f"Le escribimos sobre la solicitud número {ref} que envió {PROS} para una rodilla protésica controlada por "
        f"microprocesador, con fecha de ajuste prevista el {fdate(svc, 'es', 'es')}. Su número de miembro es {mid}.",
        "Hemos negado esta solicitud. Según nuestra política médica, este tipo de rodilla está cubierto para "
        "personas que caminan en la comunidad a distintas velocidades (nivel funcional K3 o K4). Los registros "
        "muestran que usted camina distancias cortas dentro de su casa con andador, lo que corresponde al nivel "
        "K1. Por eso, la rodilla con microprocesador no es médicamente necesaria en este momento. Una rodilla "
        "mecánica de bloqueo manual sí está cubierta.",
        "Si no está de acuerdo, puede apelar por escrito dentro de los 180 días a partir de la fecha de esta carta. "
        "Si su salud corre peligro, pida una apelación acelerada y decidiremos en 72 horas. Después de nuestra "
        "decisión final puede pedir una revisión externa independiente dentro de 4 meses.",
        "Atentamente,", "", "Departamento de Administración de Utilización", INS,
    ], 10.2)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=INS, member_id=mid, member_name=name,
              case_numbers=[ref], service_dates=[svc.isoformat()], denial_date=notice.isoformat(), provider=PROS,
              appeal_deadline=plus(notice, 180).isoformat())
    return bytes(d.output()), t


def doc_eob(r):
    name, mid, grp = PEOPLE[4], IDS[4], GROUPS[4]
    stmt = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 20))
    items = [(f"{PHYS}, MD", "Office visit 99214", r.randint(180, 320) + .0),
             (PROS, "MP knee L5856", r.randint(39000, 47000) + .75),
             ("Magic Valley Physical Therapy", "Gait training 97761", r.randint(240, 480) + .5)]
    claims = []
    for p, s, b in items:
        claims.append((pat(r, "26999999999"), p, s, plus(stmt, -r.randint(15, 45)), round(b, 2)))
    deny = 1
    rows = []
    for i, (cn, p, s, dos, b) in enumerate(claims):
        allowed = 0.0 if i == deny else round(b * 0.7, 2)
        paid = 0.0 if i == deny else round(allowed * 0.8, 2)
        resp = b if i == deny else round(allowed - paid, 2)
        rows.append([cn, p, s, fdate(dos, "slash"), f"${b:,.2f}", f"${allowed:,.2f}", f"${paid:,.2f}",
                     f"${resp:,.2f}", "K3" if i == deny else ""])
    d = Page(footer="Page {n} of {nb}", footer_left=f"{INS} - Explanation of Benefits")
    d.add_page()
    letterhead(d, INS, [INS_ADDR, f"Customer Service {CS}"], 1, tag="EXPLANATION OF BENEFITS - THIS IS NOT A BILL")
    d.pairs([("Statement date", fdate(stmt, "long")), ("Member", name), ("Member ID", mid), ("Group", grp),
             ("Claims processed", f"{fdate(plus(stmt, -31), 'slash')} to {fdate(plus(stmt, -1), 'slash')}")],
            label_w=38, size=9.4)
    d.ln(2)
    d.table(["Claim number", "Provider", "Service", "Date of service", "Billed", "Allowed", "Plan paid",
             "Your share", "Rmk"], rows, [20, 46, 26, 17, 18, 14, 14, 16, 8], size=6.6)
    paras(d, [
        "K3  Not medically necessary. Policy " + POLICY + " covers microprocessor knees for functional level K3 "
        "or K4; the records show level K2. The provider is in network and may not bill you more than your share "
        "shown; you may be billed if you agreed in writing.",
        "You may appeal a denied claim within 180 days of the date of this statement. See the back of this "
        "statement for your appeal and external review rights.",
    ], 8.6)
    cn, p, s, dos, b = claims[deny]
    t = truth("eob", "medical_necessity", insurer=INS, member_id=mid, group_number=grp, member_name=name,
              case_numbers=[cn], claim_amount=f"{b:.2f}", service_dates=[dos.isoformat()],
              denial_date=stmt.isoformat(), provider=PROS, appeal_deadline=plus(stmt, 180).isoformat())
    return bytes(d.output()), t


def doc_overturned(r):
    name, mid, grp = PEOPLE[5], IDS[5], GROUPS[5]
    notice = dt.date(2026, 3, 9) + dt.timedelta(days=r.randint(0, 14))
    first = plus(notice, -r.randint(30, 45))
    appeal = pat(r, "APL-999999")
    auth = pat(r, "PA99999999")
    svc = plus(notice, r.randint(10, 21))
    d = Page(footer=None, footer_left=f"{INS} - Appeals")
    d.add_page()
    letterhead(d, INS, [INS_ADDR, f"Customer Service {CS}"], 0, tag="Appeals and Grievances")
    d.line(fdate(notice, "iso"), 10)
    d.ln(2)
    addr(d, [name, f"{r.randint(100, 9000)} Old Mill Road", "Pocatello, ID 83201"])
    d.line("Appeal Decision: Approved", 12.5, "B")
    d.ln(2)
    two_col(d, [
        "#Appeal details",
        f"Appeal number: {appeal}",
        f"Original request: {auth}",
        f"Member ID: {mid}   Group: {grp}",
        f"Original decision dated {fdate(first, 'iso')}",
        f"Prosthetist: {PROS}",
        f"Planned fitting: {fdate(svc, 'iso')}",
    ], [
        "#Decision",
        "We have overturned our earlier denial. A physiatrist reviewer looked at the new gait evaluation and the "
        "six-minute walk test and found you are now at functional level K3. The microprocessor knee (L5856) is "
        "medically necessary and is approved.",
        f"{PROS} will contact you to schedule the fitting. No further action is needed from you.",
    ], size=9.4)
    t = truth("other", None, insurer=INS, member_id=mid, group_number=grp, member_name=name,
              case_numbers=[appeal, auth], service_dates=[svc.isoformat()], denial_date=notice.isoformat(),
              provider=PROS, alternates={"case_numbers": [[appeal]]})
    return bytes(d.output()), t


def stack_upheld(r):
    name, mid, grp = PEOPLE[6], IDS[6], GROUPS[6]
    notice = dt.date(2026, 3, 16) + dt.timedelta(days=r.randint(0, 10))
    first = plus(notice, -r.randint(35, 55))
    appeal = pat(r, "APL-999999")
    auth = pat(r, "PA99999999")
    svc = plus(first, r.randint(14, 21))
    d = Page(footer="Page {n} of {nb}", footer_left=f"{INS} - Appeals")
    d.add_page()
    band(d, INS, f"Appeals and Grievances  -  {INS_ADDR}  -  {CS}")
    d.line(fdate(notice, "upper"), 10)
    d.ln(2)
    addr(d, [name, f"{r.randint(100, 9000)} Prospect Hill Rd", "Idaho Falls, ID 83402"])
    d.line("Final Internal Appeal Decision - Denial Upheld", 12.5, "B")
    d.ln(2)
    d.boxed_pairs([("Member", name), ("Member ID / Group", f"{mid} / {grp}"), ("Appeal number", appeal),
                   ("Original request", auth), ("Item", "L5856 microprocessor knee"),
                   ("Planned date of service", fdate(svc, "upper")), ("Prescribing physician", f"{PHYS}, MD")],
                  label_w=52, size=9.2)
    paras(d, [
        "#Decision",
        "Our decision is upheld. An independent board-certified physiatrist reviewed your appeal, the letters "
        "from your physician and prosthetist, and your therapy notes. Your mobility testing shows a K2 level: you "
        "walk with a cane at one speed and do not yet cross curbs or ramps without help. Our policy " + POLICY +
        " covers a microprocessor knee at level K3 or higher, so it is not medically necessary for you now. "
        "A new request can be made if your functional level changes.",
        "#Your rights",
        "This is our final internal decision. You may ask for an external review by an independent review "
        "organization within 4 months of receiving this letter; call " + CS + " for the form. You may also "
        "contact the Department of Insurance at 1-555-334-4250.",
    ], 9.5)
    t1 = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, group_number=grp,
               member_name=name, case_numbers=[appeal, auth], service_dates=[svc.isoformat()],
               denial_date=notice.isoformat(), provider=PHYS, appeal_deadline=None,
               alternates={"case_numbers": [[appeal]], "provider": [PROS]})
    ld = plus(notice, r.randint(3, 9))
    e = Page(footer=None)
    e.add_page()
    letterhead(e, PROS, [PROS_ADDR, "Phone 1-555-467-2200", "Fax 1-555-467-2201"], 2)
    e.line(f"Date: {fdate(ld, 'abbr')}", 10)
    e.ln(2)
    addr(e, [f"{INS} - External Review Coordinator", INS_ADDR])
    e.line(f"Re: {name}, Member ID {mid}, appeal {appeal}", 10, "B")
    e.ln(2)
    paras(e, [
        "To the reviewer:",
        f"We are the prosthetic provider for {name.split()[0]} and ask that the external reviewer see the "
        "enclosed step-activity monitor report. Over 14 days it recorded an average of 3,900 steps a day with "
        "cadence changes consistent with K3 walking. The mechanical knee now in use has caused two documented "
        "falls. We support our patient's request for a microprocessor knee.",
        "Respectfully,", "", "Ezra N. Holloway, CPO", PROS,
    ], 10.2)
    t2 = truth("other", None, member_id=mid, member_name=name, case_numbers=[appeal], denial_date=ld.isoformat(),
               provider="Ezra N. Holloway", unscored=["insurer"], alternates={"provider": [PROS]})
    return [(bytes(d.output()), t1), (bytes(e.output()), t2)]


def documents(rng: random.Random) -> list[Item]:
    return [
        Item(f"{FAMILY}_bd_klevel", "born_digital", [doc_denial(rng)]),
        Item(f"{FAMILY}_bd_invoice", "born_digital", [doc_invoice(rng)]),
        Item(f"{FAMILY}_faxstd_physiatrist", "fax_standard_g4", [doc_physiatrist(rng)]),
        Item(f"{FAMILY}_phone_es", "phone_photo", [doc_spanish(rng)]),
        Item(f"{FAMILY}_lowres_eob", "scan_lowres_150", [doc_eob(rng)]),
        Item(f"{FAMILY}_copy_overturned", "photocopy", [doc_overturned(rng)]),
        Item(f"{FAMILY}_scan_stack", "scan_clean_300", stack_upheld(rng), separators=["duplex", None],
             turns={(1, 0): 180}),
    ]
