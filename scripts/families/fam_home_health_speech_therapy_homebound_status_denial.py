"""Family home_health_speech_therapy_homebound_status_denial: a Medicare Advantage member with dysphagia after a
stroke is referred for home health speech-language pathology (swallowing therapy, 92526/G0153), and the plan
refuses the home health visits because the member is not homebound (drives, attends church, goes to the
outpatient clinic); outpatient speech therapy is offered instead. Public-ish: the plan notice mirrors the
structure of the CMS Notice of Denial of Medical Coverage (or Payment), the agency notice mirrors the Home Health
Advance Beneficiary Notice (HHABN). Documents: the plan's pre-service notice, the agency's HHABN, the member EOB
with several claims, a fax stack with the plan's provider notice and an approval of outpatient therapy, the
agency's statement, an upheld reconsideration and a Spanish notice. Everything is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from public_kit import MONTHS_ES, Page, amount, digits, fdate, m2, mbi, money, out, plus, truth

FAMILY = "home_health_speech_therapy_homebound_status_denial"
LANG = "en"
SEED = 336500
PLAN = "Silverpine Senior Health Plan"
PLAN_ADDR = "PO Box 61408, Harrow Point, OR 97390"
CONTRACT = "H7742-018"
AGENCY = "Hearthstone Home Health Services"
AG_ADDR = "2210 Kettle Creek Road, Suite 4, Harrow Point, OR 97391"
DOCS = ["Corinne A. Maddox", "Wendell J. Okafor", "Priya S. Lindqvist", "Gareth L. Munro"]
SLP = ["Tessa R. Bramwell", "Jonah F. Achebe"]
FIRST = ["Eugenia", "Herbert", "Loretta", "Cornelius", "Mavis", "Alvin", "Bernadette", "Roscoe", "Imelda"]
LAST = ["Thistlewood", "Kowalski", "Ambrose", "Delacourt", "Fenwick", "Oyelowo", "Haverford", "Brannigan"]
FIRST_ES = ["Celestino", "Amparo", "Rogelio", "Herminia", "Evaristo"]
LAST_ES = ["Betancourt", "Olivares", "Quintanilla", "Echeverría", "Saldívar"]


def person(rng, es=False):
    return f"{rng.choice(FIRST_ES if es else FIRST)} {rng.choice('ABCDEGHJKLMPRSTW')}. {rng.choice(LAST_ES if es else LAST)}"


def mid(rng):
    return f"SP{digits(rng, 9)}"


def head(p, rng, size=14, tag=True):
    p.line(PLAN, size, "B", h=7)
    if tag:
        p.line("A Medicare Advantage HMO plan", 8.5, h=4.5)
    p.line(f"{PLAN_ADDR}  ·  Member Services 1-877-555-{digits(rng, 4)} (TTY 711)", 8, h=4.3)
    p.ln(4)


def dob(rng):
    return dt.date(1938 + rng.randint(0, 14), rng.randint(1, 12), rng.randint(1, 28))


# 1 --------------------------------------------------------- born digital NDMCP-like pre-service denial
def ndmcp(rng):
    name = person(rng)
    nd = dt.date(2026, 2, 9) + dt.timedelta(days=rng.randint(0, 30))
    start = plus(nd, rng.randint(3, 8))
    recv = plus(nd, -rng.randint(2, 5))
    req = f"HH-{nd.year}-{digits(rng, 6)}"
    m = mid(rng)
    doc = rng.choice(DOCS)
    p = Page(footer="Page {n} of {nb}", footer_left=f"Form CMS-10003-NDMCP (Approved OMB 0938-0829)   {CONTRACT}_HHSLP26")
    p.add_page()
    head(p, rng)
    p.line("NOTICE OF DENIAL OF MEDICAL COVERAGE", 13, "B", align="C", h=7)
    p.ln(3)
    p.pairs([("Date", fdate(nd, "long")), ("Member number", m), ("Name", name),
             ("Date of birth", fdate(dob(rng), "slash")), ("Request number", req),
             ("Request received", fdate(recv, "long"))], label_w=42, size=10, h=5.4)
    p.ln(3)
    p.heading("Your request was denied", 11.5, rule=True)
    p.para(f"We have denied the medical services/items listed below that you or your physician requested: "
           f"home health speech-language pathology visits (swallowing therapy, 2 visits a week for 6 weeks) by "
           f"{AGENCY}, ordered by Dr. {doc}, to start on {fdate(start, 'long')}.")
    p.heading("Why did we deny your request?", 11, rule=True)
    p.para("Medicare covers home health services only when you are confined to your home (homebound). The "
           "records from your doctor and the agency's intake visit show that you leave home often and without "
           "great effort: you drive to the grocery store, attend weekly services and went to two outpatient "
           "appointments last month on your own. Because you are not homebound, home health speech therapy is "
           "not the right setting for this care. The therapy itself is covered in an outpatient clinic: ask "
           "your doctor for a referral to an in-network outpatient speech therapy provider. (Medicare Benefit "
           "Policy Manual, Chapter 7, Section 30.1.1.)")
    p.heading("You have the right to appeal our decision", 11, rule=True)
    p.para("You have the right to ask Silverpine Senior Health Plan to review our decision by asking us for an "
           "appeal. Ask for an appeal within 65 calendar days of the date of this notice. We can give you more "
           "time if you have a good reason for missing the deadline.")
    p.para("**Standard appeal:** we will give you a decision no later than 30 days after we get your appeal. "
           "**Fast appeal:** if you or any doctor believe that waiting 30 days could seriously harm your health, "
           "ask for a fast appeal; we will decide within 72 hours.")
    p.para(f"Mail or fax your appeal to: Appeals and Grievances, {PLAN_ADDR}. Fax 1-866-555-{digits(rng, 4)}. "
           f"Doctor's NPI on the request: {digits(rng, 10)}.", 9.5)
    t = truth("denial_letter", "level_of_care", insurer=PLAN, member_id=m, member_name=name, cases=[req],
              service_dates=[start.isoformat()], denial_date=nd.isoformat(), provider=AGENCY,
              appeal_deadline=plus(nd, 65).isoformat(), plan_id=None,
              alternates={"provider": [doc]}, denial_alternates=["not_covered"])
    return out(p), t


# 2 --------------------------------------------------------- HHABN from the agency (scan 300)
def hhabn(rng):
    name = person(rng)
    d = dt.date(2026, 2, 16) + dt.timedelta(days=rng.randint(0, 25))
    start = plus(d, rng.randint(1, 4))
    m = mbi(rng)
    visit = amount(rng, 165, 210)
    acct = f"HHS-{digits(rng, 6)}"
    p = Page(serif=True, footer=None, footer_left="Form CMS-R-296 (Exp. 06/2027)   OMB No. 0938-0781")
    p.add_page()
    p.line(AGENCY, 15, "B", h=7)
    p.line(AG_ADDR, 9, h=4.6)
    p.line(f"Phone 541-555-{digits(rng, 4)}   Medicare provider number 38-{digits(rng, 4)}", 9, h=4.6)
    p.ln(4)
    p.pairs([("A. Notifier", AGENCY), ("B. Patient Name", name), ("C. Identification Number", acct),
             ("Medicare number", m), ("Date given", fdate(d, "slash"))], label_w=55, size=10)
    p.ln(2)
    p.line("HOME HEALTH ADVANCE BENEFICIARY NOTICE OF NONCOVERAGE (HHABN)", 11.5, "B", align="C", h=7)
    p.ln(1)
    p.para(f"NOTE: If your Medicare Advantage plan doesn't pay for D. speech-language pathology home visits "
           f"below, you may have to pay. Your plan, {PLAN}, does not pay for everything, even some care that "
           "you or your health care provider have good reason to think you need. We expect your plan may not "
           "pay for the D. items below.", 10)
    p.table(["D. Items", "E. Reason plan may not pay", "F. Estimated cost"],
             [["Speech-language pathology (G0153)", "You are not homebound", f"{money(visit)} per visit"],
              ["12 visits starting " + fdate(start, "slash"), "(leave home regularly)", money(visit * 12)]],
             [62, 70, 42], size=9)
    p.para("WHAT YOU NEED TO DO NOW: Read this notice so you can make an informed decision about your care. "
           "Ask us any questions. Choose an option below about whether to receive the D. items listed above.", 10)
    for o in ["OPTION 1. I want the D. listed above. You may ask to be paid now, but I also want my plan billed "
              "for an official decision on payment. I understand that if the plan doesn't pay, I am responsible "
              "for payment, but I can appeal.",
              "OPTION 2. I want the D. listed above, but do not bill my plan. I am responsible for payment.",
              "OPTION 3. I don't want the D. listed above. I am not responsible for payment."]:
        p.para("[  ]  " + o, 9.5, gap=1.5)
    p.para("This notice gives our opinion, not an official Medicare decision. H. Signature: ____________________"
           "   I. Date: ____________", 9.5)
    t = truth("other", None, insurer=None, member_id=m, member_name=name, service_dates=[start.isoformat()],
              denial_date=d.isoformat(), provider=AGENCY, claim_amount=None,
              unscored=["insurer", "claim_amount"], type_alternates=["denial_letter"],
              alternates={"member_id": [None], "service_dates": [[]]})
    return out(p), t


# 3 --------------------------------------------------------- member EOB, several claims (photocopy)
def member_eob(rng):
    name = person(rng)
    stmt = dt.date(2026, 3, 3) + dt.timedelta(days=rng.randint(0, 30))
    m = mid(rng)
    doc = rng.choice(DOCS)
    hh = [plus(stmt, -rng.randint(30, 34)), plus(stmt, -rng.randint(25, 28))]
    pcp = plus(stmt, -rng.randint(36, 40))
    lab = plus(pcp, 0)
    c_hh = [amount(rng, 170, 205), amount(rng, 170, 205)]
    tot = round(sum(c_hh), 2)
    cl = [f"{digits(rng, 4)}-{digits(rng, 7)}" for _ in range(3)]
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    head(p, rng, 13)
    p.line("Your Explanation of Benefits (EOB) for Medicare Advantage", 12, "B", h=6)
    p.line("This is not a bill.", 9, h=5)
    p.ln(2)
    p.boxed_pairs([("Member", name), ("Member ID", m), ("Plan contract", CONTRACT),
                   ("EOB date", fdate(stmt, "abbr")),
                   ("Claims processed", f"{fdate(plus(stmt, -31), 'abbr')} to {fdate(plus(stmt, -1), 'abbr')}")],
                  label_w=45)
    p.heading("Claims we processed", 11)
    p.table(["Claim / Provider", "Date", "Service", "Billed", "Plan paid", "You pay", "Note"],
            [[cl[0], fdate(pcp, "slash"), "99214 office visit", money(188.0), money(121.4), "$15.00", "A1"],
             [f"Dr. {doc}", "", "", "", "", "", ""],
             [cl[1], fdate(lab, "slash"), "80048 basic metabolic", money(41.25), money(11.86), "$0.00", "A1"],
             ["Crestline Reference Lab", "", "", "", "", "", ""],
             [cl[2], fdate(hh[0], "slash"), "G0153 SLP home visit", money(c_hh[0]), "$0.00", "$0.00", "HB7"],
             [AGENCY, fdate(hh[1], "slash"), "G0153 SLP home visit", money(c_hh[1]), "$0.00", "$0.00", "HB7"],
             ["", "", "Claim total", money(tot), "$0.00", "$0.00", ""]],
            [52, 22, 38, 20, 18, 16, 10], size=8)
    p.para("A1 - Paid at your plan's in-network rate.", 8.5, gap=1)
    p.para("HB7 - Denied. Home health services are covered only if you are homebound. Your records show you are "
           "able to leave home regularly, so the plan does not cover speech therapy visits at home. You can get "
           "speech therapy at an outpatient clinic. The agency may not bill you unless you signed an HHABN.", 8.5)
    p.heading("If you disagree", 10.5)
    p.para("You may ask for an appeal (reconsideration) within 65 days from the date of this EOB. For a fast "
           "appeal we decide within 72 hours. Call Member Services for help.", 9)
    t = truth("eob", "level_of_care", insurer=PLAN, member_id=m, member_name=name, cases=[cl[2]],
              claim_amount=m2(tot), service_dates=[d.isoformat() for d in hh], denial_date=stmt.isoformat(),
              provider=AGENCY, appeal_deadline=plus(stmt, 65).isoformat(), plan_id=CONTRACT,
              alternates={"plan_id": [None]}, denial_alternates=["not_covered"])
    return out(p), t


# 4 --------------------------------------------------------- fax stack: provider notice + outpatient approval
def provider_notice(rng):
    name = person(rng)
    nd = dt.date(2026, 3, 10) + dt.timedelta(days=rng.randint(0, 20))
    soc = plus(nd, -rng.randint(28, 35))
    end = plus(soc, 13)
    m = mid(rng)
    icn = f"{nd.strftime('%y')}{digits(rng, 11)}"
    c = amount(rng, 900, 1400)
    npi = digits(rng, 10)
    up = lambda d: d.strftime("%d-%b-%Y").upper()  # noqa: E731
    p = Page(footer="PAGE {n} OF {nb}")
    p.add_page()
    p.line(PLAN.upper() + " - PROVIDER SERVICES", 12, "B", h=6)
    p.line(PLAN_ADDR.upper(), 8.5, h=4.5)
    p.ln(3)
    p.line("CLAIM DETERMINATION NOTICE - HOME HEALTH", 11.5, "B", h=6)
    p.ln(2)
    p.pairs([("NOTICE DATE", up(nd)), ("TO", AGENCY.upper()), ("PROVIDER NPI", npi),
             ("PATIENT", name.upper()), ("MEMBER ID", m), ("CLAIM NO", icn),
             ("DATES OF SERVICE", f"{up(soc)} - {up(end)}"), ("TOTAL CHARGES", money(c)),
             ("RECEIVED", up(plus(nd, -12)))], label_w=48, size=9.5, h=5)
    p.ln(2)
    p.para("THE CLAIM ABOVE IS DENIED. REASON HB7: THE OASIS AND THE PHYSICIAN'S FACE-TO-FACE NOTE DO NOT "
           "SUPPORT THAT THE PATIENT IS CONFINED TO THE HOME. THE PATIENT LEAVES HOME FOR NON-MEDICAL "
           "ACTIVITIES WITHOUT CONSIDERABLE AND TAXING EFFORT. HOME HEALTH SPEECH-LANGUAGE PATHOLOGY (G0153) IS "
           "NOT PAYABLE; OUTPATIENT SPEECH THERAPY IS AVAILABLE IN NETWORK.", 9.5)
    p.para("PROVIDER RECONSIDERATION MAY BE REQUESTED WITHIN 60 DAYS OF THE DATE OF THIS NOTICE. A CORRECTED "
           "CLAIM MUST BE RECEIVED WITHIN 365 DAYS OF THE DATE OF SERVICE. DO NOT BILL THE MEMBER UNLESS A "
           "SIGNED HHABN IS ON FILE.", 9.5)
    t = truth("denial_letter", "level_of_care", insurer=PLAN, member_id=m, member_name=name, cases=[icn],
              claim_amount=m2(c), service_dates=[f"{soc.isoformat()}/{end.isoformat()}"],
              denial_date=nd.isoformat(), provider=AGENCY, appeal_deadline=plus(nd, 60).isoformat(),
              type_alternates=["eob"], denial_alternates=["not_covered"],
              alternates={"service_dates": [[soc.isoformat(), end.isoformat()]]})
    return out(p), t, name, m, nd


def approval(rng, name, m, nd):
    ad = plus(nd, rng.randint(2, 6))
    auth = f"OP{digits(rng, 8)}"
    s, e = plus(ad, 3), plus(ad, 62)
    clinic = "Riverbend Outpatient Rehabilitation"
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    head(p, rng, 13)
    p.line(fdate(ad, "long"), 10, h=6)
    p.ln(1)
    p.line(name, 10, h=5)
    p.line(f"Member ID {m}", 10, h=5)
    p.ln(3)
    p.line("Your request has been approved", 12, "B", h=7)
    p.para(f"Good news. We approved outpatient speech-language pathology (swallowing therapy, up to 16 visits) "
           f"at {clinic} from {fdate(s, 'long')} through {fdate(e, 'long')}. Your authorization number is "
           f"{auth}. Your usual outpatient therapy copay of $20.00 per visit applies.")
    p.para("You do not need to do anything. If the clinic needs more visits, it can ask us before this "
           "approval ends. Questions? Call Member Services, 8 a.m. to 8 p.m., 7 days a week.")
    t = truth("other", None, insurer=PLAN, member_id=m, member_name=name, cases=[auth],
              service_dates=[f"{s.isoformat()}/{e.isoformat()}"], denial_date=ad.isoformat(), provider=clinic,
              alternates={"service_dates": [[s.isoformat()], []], "case_numbers": [[]]})
    return out(p), t


# 5 --------------------------------------------------------- agency statement (phone photo)
def agency_statement(rng):
    name = person(rng)
    sd = dt.date(2026, 3, 20) + dt.timedelta(days=rng.randint(0, 20))
    visits = [plus(sd, -rng.randint(40, 44)), plus(sd, -rng.randint(36, 39)), plus(sd, -rng.randint(31, 34))]
    v = amount(rng, 170, 200)
    tot = round(v * 3, 2)
    acct = f"{digits(rng, 7)}"
    m = mid(rng)
    p = Page(footer=None)
    p.add_page()
    p.line(AGENCY, 14, "B", h=7)
    p.line(AG_ADDR, 8.5, h=4.5)
    p.ln(3)
    p.line("PATIENT STATEMENT", 12, "B", h=6)
    p.boxed_pairs([("Statement date", fdate(sd, "iso")), ("Patient", name), ("Account number", acct),
                   ("Insurance on file", f"{PLAN}  ID {m}"), ("Amount due", money(tot))], label_w=48)
    p.table(["Date", "Description", "Charge", "Insurance", "Balance"],
            [[fdate(d, "iso"), "Speech therapy home visit G0153", money(v), "Denied - not homebound", money(v)]
             for d in visits] + [["", "Total", money(tot), "", money(tot)]], [26, 62, 24, 42, 22], size=8.5)
    p.para("You signed a Home Health Advance Beneficiary Notice (Option 1) before these visits. Your plan "
           "denied them, so the balance is now yours. Payment plans are available; call our billing office. "
           "Balances over 90 days may be referred to collections.", 9)
    t = truth("other", None, insurer=None, member_id=m, member_name=name, claim_amount=m2(tot),
              service_dates=[d.isoformat() for d in visits], denial_date=sd.isoformat(), provider=AGENCY,
              unscored=["insurer"], alternates={"member_id": [None], "claim_amount": [None]})
    return out(p), t


# 6 --------------------------------------------------------- upheld reconsideration (rotated)
def reconsideration(rng):
    name = person(rng)
    ld = dt.date(2026, 3, 25) + dt.timedelta(days=rng.randint(0, 20))
    appeal = f"AG{digits(rng, 7)}"
    req = f"HH-2026-{digits(rng, 6)}"
    start = plus(ld, -rng.randint(35, 45))
    m = mid(rng)
    doc = rng.choice(DOCS)
    p = Page(serif=True, footer="Page {n} of {nb}")
    p.add_page()
    head(p, rng, 14, tag=False)
    p.line(fdate(ld, "slash"), 10, h=6)
    p.ln(2)
    p.line(name, 10, h=5)
    p.ln(3)
    p.line("RE: Appeal " + appeal + " - Reconsideration decision", 10.5, "B", h=6)
    p.ln(2)
    p.para(f"We have finished reviewing your appeal of our decision on request {req} about home health "
           f"speech-language pathology visits from {AGENCY} that Dr. {doc} ordered to start on "
           f"{fdate(start, 'long')}. Your member number is {m}.")
    p.para("A physician reviewer who took no part in the first decision looked at your records, the agency's "
           "assessment and the letter your daughter sent. We are keeping our decision (the denial is upheld). "
           "You are not homebound: you leave home for shopping, church and family visits, and the notes do not "
           "show that leaving home takes a considerable and taxing effort. Outpatient speech therapy remains "
           "covered.")
    p.heading("What happens next", 11)
    p.para("Because we did not decide fully in your favor, we have automatically sent your case to the "
           "Independent Review Entity (IRE) for the next level of appeal. You do not need to do anything. The "
           "IRE will write to you. If you disagree with the IRE, you may ask for a hearing with an "
           "Administrative Law Judge within 60 days of the IRE's decision.")
    t = truth("denial_letter", "level_of_care", insurer=PLAN, member_id=m, member_name=name, cases=[appeal, req],
              service_dates=[start.isoformat()], denial_date=ld.isoformat(), provider=AGENCY,
              alternates={"case_numbers": [[appeal]], "provider": [doc]}, denial_alternates=["not_covered"])
    return out(p), t


# 7 --------------------------------------------------------- Spanish notice (150 dpi)
def aviso_es(rng):
    name = person(rng, es=True)
    nd = dt.date(2026, 2, 20) + dt.timedelta(days=rng.randint(0, 25))
    start = plus(nd, rng.randint(2, 6))
    req = f"HH-2026-{digits(rng, 6)}"
    m = mid(rng)
    esd = lambda d: f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"  # noqa: E731
    p = Page(footer="Página {n} de {nb}", footer_left=f"{CONTRACT}_HHSLP26_S")
    p.add_page()
    p.line(PLAN, 14, "B", h=7)
    p.line(f"{PLAN_ADDR}  ·  Servicios al Miembro 1-877-555-{digits(rng, 4)} (TTY 711)", 8, h=4.3)
    p.ln(4)
    p.line("AVISO DE DENEGACIÓN DE COBERTURA MÉDICA", 12.5, "B", align="C", h=7)
    p.ln(2)
    p.pairs([("Fecha", esd(nd)), ("Nombre del miembro", name), ("Número de miembro", m),
             ("Número de solicitud", req)], label_w=50, size=10)
    p.ln(2)
    p.para(f"Hemos denegado la terapia del habla y deglución en el hogar (fonoaudiología a domicilio) por "
           f"{AGENCY}, que debía comenzar el {esd(start)}.")
    p.para("**¿Por qué denegamos su solicitud?** Medicare cubre servicios de salud en el hogar solo si usted "
           "está confinado en su hogar. Sus expedientes muestran que usted sale de su casa con frecuencia y sin "
           "gran esfuerzo. La terapia del habla está cubierta en una clínica ambulatoria de la red.")
    p.para("**Usted tiene derecho a apelar.** Pida una apelación dentro de 65 días a partir de la fecha de este "
           "aviso. Si esperar 30 días podría dañar gravemente su salud, pida una apelación rápida; decidiremos "
           "en un plazo de 72 horas.")
    t = truth("denial_letter", "level_of_care", insurer=PLAN, member_id=m, member_name=name, cases=[req],
              service_dates=[start.isoformat()], denial_date=nd.isoformat(), provider=AGENCY,
              appeal_deadline=plus(nd, 65).isoformat(), lang="es", denial_alternates=["not_covered"])
    return out(p), t


def cover(rng, to, pages):
    p = Page(footer=None)
    p.add_page()
    p.line("FAX", 28, "B", h=14)
    p.ln(4)
    p.pairs([("To", to), ("From", f"{PLAN} - Utilization Management"), ("Fax", f"541-555-{digits(rng, 4)}"),
             ("Pages", str(pages) + " including cover"), ("Re", "Home health determination")], label_w=30, size=12,
            h=8)
    p.ln(6)
    p.para("CONFIDENTIAL: this fax may contain protected health information. If you received it in error, call "
           "us and destroy it.", 10)
    return out(p)


def documents(rng: random.Random) -> list[Item]:
    pn, tn, name, m, nd = provider_notice(rng)
    ap = approval(rng, name, m, nd)
    return [
        Item(f"{FAMILY}_bd_ndmcp", "born_digital", [ndmcp(rng)]),
        Item(f"{FAMILY}_scan_hhabn", "scan_clean_300", [hhabn(rng)]),
        Item(f"{FAMILY}_copy_eob", "photocopy", [member_eob(rng)]),
        Item(f"{FAMILY}_faxfine_stack", "fax_fine_g4", [(pn, tn), ap], separators=[cover(rng, AGENCY, 3), None]),
        Item(f"{FAMILY}_phone_statement", "phone_photo", [agency_statement(rng)]),
        Item(f"{FAMILY}_rot_recon", "rotated", [reconsideration(rng)]),
        Item(f"{FAMILY}_low_es", "scan_lowres_150", [aviso_es(rng)]),
    ]
