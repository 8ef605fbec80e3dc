"""Family 'iowa_ia_health_link_mco_notice_of_decision': an invented IA Health Link (Iowa Medicaid managed care)
health plan's Notices of Decision (adverse benefit determinations), in the structure of the Iowa notice: what was
asked for, what we decided, why, the rule used, how to appeal to the plan within 60 days, how to ask for a State Fair
Hearing with the Department of Inspections, Appeals and Licensing (DIAL) within 120 days of the appeal decision,
continued benefits (10 days) and expedited appeals (72 hours).

Documents: a born-digital notice refusing an in-lab sleep study (home test approved instead) under a white-on-dark
band; a standard-fax Spanish Aviso de Decisión (boxed grid, fax header line) refusing physical therapy given without
prior authorization; a phone photo of a member claims statement with three claims, one refused out of network; a
150 dpi upheld appeal told only in sentences (inpatient rehabilitation refused, skilled nursing approved); a sideways
two-column approval (denies nothing); a photocopied two-page notice reducing attendant care units (running header,
wrapped table header, rights on page 2, the appeal date printed); a 300 dpi stack of a notice refusing an allergy
testing claim for missing records (duplex back) and the allergist's letter to the plan with its second page upside
down. Everything is invented; phones 1-555.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundda_famdae import Page, fd, m2, money, pat, ph, plus

FAMILY = "iowa_ia_health_link_mco_notice_of_decision"
LANG = "en"
SEED = 349704
_pick = random.Random(SEED)
ORG = _pick.choice(["Loess Bluff Health Plan of Iowa", "Cardinal Prairie Health Plan", "Driftless Valley Health Plan"])
ORG_ADDR = f"PO Box {_pick.randint(40000, 49999)}, Des Moines, IA 50306"
PROGRAM = "IA Health Link"
DIAL = "Iowa Department of Inspections, Appeals and Licensing (DIAL)"
SLEEP_DOC, SLEEP_DOC_BARE, SLEEP_CTR = "Renata K. Vollmer, MD", "Renata K. Vollmer", "Raccoon River Sleep Center"
PT_CLINIC = "Cedar Rapids Motion Physical Therapy"
OON_CLINIC = "Mississippi Bend Orthopedic Associates"
REHAB_DOC, REHAB_DOC_BARE, REHAB_HOSP = "Tobias J. Lindqvist, DO", "Tobias J. Lindqvist", "Skunk River Regional Hospital"
CDAC = "Bur Oak Home Supports, LLC"
ALLERGY_DOC, ALLERGY_DOC_BARE = "Priyanka S. Halvorsen, MD", "Priyanka S. Halvorsen"
ALLERGY_CLINIC = "Boone Valley Allergy and Asthma Clinic"
MEMBERS = ["Garrett L. Schuyler", "Delphine R. Amundsen", "Nathaniel O. Brekke", "Corinne A. Whitlatch",
           "Howard E. Tjaden", "Ruby J. Oltmanns", "Lydia M. Vanderploeg"]
MEMBER_ES = "Maricela T. Ocampo"
RULE_SLEEP = "Iowa Administrative Code 441-78.1(249A) and our Medical Policy MP-SLP-014 (Sleep Testing)"
RULE_CDAC = "Iowa Administrative Code 441-83.2(249A) and 441-79.9(249A); 42 CFR 438.210"


def base(r, k):
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 120))
    return dict(notice=notice, member=MEMBERS[k], sid=pat(r, "9999999") + r.choice("ABCDEFGH"), phone=ph(r),
                addr=[f"{r.randint(100, 9800)} {r.choice(['Walnut', 'Locust', 'Grand', 'Ingersoll'])} Street",
                      r.choice(["Ames, IA 50010", "Marshalltown, IA 50158", "Ottumwa, IA 52501"])],
                dob=dt.date(r.randint(1948, 2005), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def rights(d, size=9.0, spanish=False, deadline=None):
    if spanish:
        d.paras([
            "#Cómo apelar",
            "Si no está de acuerdo con esta decisión, puede pedir una apelación dentro de 60 días a partir de la "
            f"fecha de este aviso. Llame a Servicios para Miembros o escriba a {ORG}, Appeals, {ORG_ADDR}.",
            "Si esperar podría poner en grave peligro su salud, pida una apelación acelerada; la decidiremos dentro "
            "de 72 horas. Para seguir recibiendo un servicio durante la apelación, pídalo dentro de 10 días. Si no "
            f"está de acuerdo con la decisión de la apelación, puede pedir una Audiencia Imparcial Estatal ante el "
            f"{DIAL} dentro de 120 días a partir de la fecha del aviso de decisión de la apelación."], size=size)
        return
    when = f"by {deadline}. That is 60 days from the date of this notice" if deadline else \
        "within 60 days of the date of this notice"
    d.paras([
        "#Your right to appeal",
        f"If you do not agree with this decision, you or someone you choose in writing can ask us for an appeal "
        f"{when}. Call Member Services or write to {ORG}, Grievance and Appeals, {ORG_ADDR}. You may ask for free "
        "copies of all documents and the criteria we used to make this decision.",
        "#Expedited (fast) appeal",
        "If waiting for a standard appeal could seriously harm your health, ask for an expedited appeal. We will "
        "decide within 72 hours.",
        "#Keeping your services during the appeal",
        "If this decision stops or reduces a service you are getting now, you can keep it during the appeal if you "
        "ask within 10 days of the date of this notice. If the appeal decision is not in your favor, you may have "
        "to pay for those services.",
        "#State Fair Hearing",
        f"You must use the plan's appeal process first. If you do not agree with our appeal decision, you may ask "
        f"for a State Fair Hearing with the {DIAL} within 120 days of the date of the appeal decision notice. The "
        "Iowa Medicaid Managed Care Ombudsman Program can help you at 1-555-362-1810."], size=size)


def doc_sleep_bd(r):
    f = base(r, 0)
    pa = "AUTH-" + pat(r, "99999999")
    planned, got = plus(f["notice"], r.randint(7, 16)), plus(f["notice"], -r.randint(3, 9))
    d = Page(footer=f"{ORG} | {PROGRAM} | Page {{n}} of {{nb}}")
    d.add_page()
    d.band(ORG, [f"An {PROGRAM} health plan  |  {ORG_ADDR}", f"Member Services {f['phone']}  (TTY 711)"])
    d.line("NOTICE OF DECISION", 14, "B", "C")
    d.line("Adverse Benefit Determination", 9.5, "", "C")
    d.ln(3)
    d.lv([("Date of notice", fd(f["notice"], "long")), ("Member name", f["member"]), ("Medicaid State ID", f["sid"]),
          ("Date of birth", fd(f["dob"], "slash")), ("Authorization request", pa),
          ("Requesting provider", SLEEP_DOC), ("Provider NPI", f["npi"]),
          ("Request received", fd(got, "long")), ("Service location", SLEEP_CTR)], w=46, size=9.3)
    d.paras([
        f"Dear {f['member']}:",
        "#What was asked for",
        f"Attended sleep study in a sleep lab (polysomnography, CPT 95810), requested date of service "
        f"{fd(planned, 'long')}.",
        "#What we decided",
        "We DENIED the sleep study in the sleep lab. We APPROVED a home sleep apnea test (CPT G0399) instead.",
        "#Why we decided this",
        "Your records show loud snoring and daytime sleepiness that point to obstructive sleep apnea. You do not "
        "have heart failure, lung disease, a seizure disorder or another condition that needs a technician to watch "
        "you overnight. For members like you, testing at home is the right setting. A study in the sleep lab is "
        "approved when a home test cannot be done or does not give an answer.",
        "#Rule we used",
        RULE_SLEEP + "."], size=9.3)
    rights(d)
    t = truth("denial_letter", "level_of_care", insurer=ORG, member_id=f["sid"], member_name=f["member"],
              case_numbers=[pa], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=SLEEP_DOC, appeal_deadline=plus(f["notice"], 60).isoformat(),
              alternates={"provider": [SLEEP_DOC_BARE, SLEEP_CTR]}, denial_alternates=["medical_necessity"])
    return bytes(d.output()), t


def doc_pt_es(r):
    f = base(r, 1)
    claim = pat(r, "99999") + "-" + pat(r, "9999999")
    a = plus(f["notice"], -r.randint(40, 60))
    b = plus(a, 21)
    amt = 148.0 * 6 + r.choice([0, 12.5, 37.25])
    d = Page(footer=f"{ORG} - {PROGRAM} - Página {{n}} de {{nb}}",
             faxline=f"{fd(plus(f['notice'], 2), 'upper_nocomma')} 09:{r.randint(10, 59)}  FROM: 1-555-274-8830  "
                     f"{ORG.upper()}  TO: 15553640192   P. {{p}}/2")
    d.add_page()
    d.plain_head(ORG, [f"Un plan de salud de {PROGRAM}", ORG_ADDR, f"Servicios para Miembros {f['phone']}  TTY 711"])
    d.line("AVISO DE DECISIÓN", 13, "B", "C")
    d.line("(Determinación adversa de beneficios)", 9, "", "C")
    d.ln(3)
    d.grid([[("Fecha del aviso", fd(f["notice"], "es"), 60), ("Nombre del miembro", MEMBER_ES, 62),
             ("Identificación de Medicaid", f["sid"], 52)],
            [("Número de reclamo", claim, 60), ("Proveedor", PT_CLINIC, 114)],
            [("Fechas de servicio", f"{fd(a, 'es_abbr')} al {fd(b, 'es_abbr')}", 60),
             ("Cantidad facturada", money(amt), 52), ("Fecha de nacimiento", fd(f["dob"], "es_slash"), 62)]])
    d.paras([
        f"Estimada {MEMBER_ES}:",
        "#Lo que se pidió",
        f"Pago de 6 visitas de terapia física ambulatoria (CPT 97110, 97140) que recibió en {PT_CLINIC}.",
        "#Lo que decidimos",
        "Hemos NEGADO el pago de este reclamo.",
        "#Por qué",
        "La terapia física ambulatoria después de las primeras visitas de evaluación necesita autorización previa "
        "del plan. No recibimos una solicitud de autorización antes de que comenzaran estas visitas. Usted no tiene "
        "que pagar estas visitas; el proveedor no puede cobrarle.",
        "#Regla",
        "Código Administrativo de Iowa 441-78.19(249A); Manual del Proveedor, capítulo de Autorización Previa."],
        size=9.2)
    rights(d, 9.0, spanish=True)
    t = truth("denial_letter", "prior_authorization", lang="es", insurer=ORG, member_id=f["sid"],
              member_name=MEMBER_ES, case_numbers=[claim], claim_amount=m2(amt),
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=f["notice"].isoformat(),
              provider=PT_CLINIC, appeal_deadline=plus(f["notice"], 60).isoformat())
    return bytes(d.output()), t


def doc_claims_photo(r):
    f = base(r, 2)
    p0, p1 = plus(f["notice"], -40), plus(f["notice"], -10)
    dates = sorted(plus(p0, r.randint(-20, 20)) for _ in range(3))
    nums = [pat(r, "2026") + pat(r, "99999999") for _ in range(3)]
    amts = [r.randint(95, 260) + 0.0, r.randint(1200, 4800) + r.choice([0.0, 0.5, 0.75]), r.randint(40, 120) + 0.0]
    provs = ["Story County Family Medicine", OON_CLINIC, "Prairie Rose Pharmacy #1187"]
    d = Page(footer=f"{ORG}  -  {PROGRAM}  -  Page {{n}} of {{nb}}")
    d.add_page()
    d.band(ORG, [f"{PROGRAM} Member Claim Summary", ORG_ADDR, f"Questions? {f['phone']}  TTY 711"], dark=False)
    d.lv([("Statement date", fd(f["notice"], "upper")), ("Member", f["member"]), ("State ID", f["sid"]),
          ("Claims processed", f"{fd(p0, 'upper')} - {fd(p1, 'upper')}")], w=38, size=9.2)
    d.line("This is not a bill. It shows claims your providers sent us.", 9, "B")
    d.ln(2)
    rows = [[fd(dt_, "upper"), n, p, money(a, "nosign"), money(paid, "nosign"), "0.00", c]
            for dt_, n, p, a, paid, c in zip(dates, nums, provs, amts,
                                                [round(amts[0] * 0.62, 2), 0.0, round(amts[2] * 0.8, 2)],
                                                ["", "D7", ""])]
    d.table(["Date of service", "Claim number", "Provider", "Amount billed by provider", "Amount the plan paid",
             "Your cost", "Note"], rows, [22, 28, 58, 22, 20, 14, 12], size=7.4, head_h=12,
            aligns=["L", "L", "L", "R", "R", "R", "C"])
    d.paras([
        "#Notes",
        f"D7 - Claim denied. {OON_CLINIC} is not in the {ORG} network and did not have our approval to see you. "
        "The same care was available from network orthopedic providers near you. You do not have to pay this "
        "provider for covered services.",
        "#If you disagree",
        "You may appeal a denied claim within 60 days of the date of this statement. Expedited appeals are "
        f"decided within 72 hours. After our appeal decision you may ask {DIAL} for a State Fair Hearing within "
        "120 days."], size=9.0)
    t = truth("eob", "out_of_network", insurer=ORG, member_id=f["sid"], member_name=f["member"],
              case_numbers=[nums[1]], claim_amount=m2(amts[1]), service_dates=[dates[1].isoformat()],
              denial_date=f["notice"].isoformat(), provider=OON_CLINIC,
              appeal_deadline=plus(f["notice"], 60).isoformat())
    return bytes(d.output()), t


def doc_upheld_lowres(r):
    f = base(r, 3)
    appeal, pa = "APL-" + pat(r, "999999"), pat(r, "99999999")
    first = plus(f["notice"], -r.randint(25, 35))
    got = plus(first, r.randint(3, 8))
    adm = plus(first, -1)
    d = Page(serif=True, footer=f"{ORG}   {PROGRAM}")
    d.add_page()
    d.plain_head(ORG, ["Grievance and Appeals Department", ORG_ADDR])
    d.line(fd(f["notice"], "dmy"), 10)
    d.ln(3)
    d.addr([f["member"], *f["addr"]])
    d.line("Notice of Appeal Decision", 12, "B")
    d.ln(2)
    d.paras([
        f"Dear {f['member']}:",
        f"On {fd(got, 'dmy')} we received your appeal. We gave it number {appeal}. You appealed our decision of "
        f"{fd(first, 'dmy')} on the request from {REHAB_DOC} to admit you to the inpatient rehabilitation unit at "
        f"{REHAB_HOSP} on {fd(adm, 'dmy')}, after your hip surgery (authorization request {pa}). Your Medicaid State "
        f"ID is {f['sid']}.",
        "A physician who is board certified in physical medicine and rehabilitation, and who did not make the first "
        "decision, reviewed your appeal and your records. You were able to take part in about one hour of therapy a "
        "day and needed help with some care. Inpatient rehabilitation is for members who can take part in at least "
        "three hours of therapy a day, five days a week. The care you needed could be given safely in a skilled "
        "nursing facility, which we approved.",
        "We are upholding our decision. This means the inpatient rehabilitation stay is still denied. The skilled "
        "nursing facility stay remains approved.",
        "This ends the plan's appeal process. If you do not agree, you may ask for a State Fair Hearing. Send your "
        f"request to the {DIAL} within 120 days of the date of this letter. You can also ask for an expedited "
        "hearing if waiting could seriously harm your health. You may ask for free copies of the records and the "
        "criteria we used.",
        f"If you have questions, call Member Services at {f['phone']} (TTY 711).",
        "Sincerely,", "Appeals Coordinator", ORG], size=10)
    t = truth("denial_letter", "level_of_care", insurer=ORG, member_id=f["sid"], member_name=f["member"],
              case_numbers=[appeal, pa], service_dates=[adm.isoformat()], denial_date=f["notice"].isoformat(),
              provider=REHAB_DOC, alternates={"provider": [REHAB_DOC_BARE, REHAB_HOSP]})
    return bytes(d.output()), t


def doc_approval_rotated(r):
    f = base(r, 4)
    pa = pat(r, "99999999")
    a = plus(f["notice"], r.randint(3, 10))
    b = plus(a, 89)
    d = Page(footer=f"{ORG} - {PROGRAM}")
    d.add_page()
    d.band(ORG, [f"{PROGRAM}  |  {ORG_ADDR}", f"Member Services {f['phone']}"])
    d.line("NOTICE OF DECISION: APPROVED", 13, "B")
    d.ln(2)
    d.lv([("Notice date", fd(f["notice"], "iso")), ("Member", f["member"]), ("State ID", f["sid"]),
          ("Date of birth", fd(f["dob"], "iso")), ("Authorization", pa),
          ("Approved dates", f"{fd(a, 'slash')} to {fd(b, 'slash')}")], w=34, size=9.4)
    d.two_col([
        "#What was asked for",
        "Outpatient cardiac rehabilitation, 36 sessions (CPT 93798), at Skunk River Regional Hospital, ordered by "
        "Dr. Anders P. Kjeldgaard.",
        "#What we decided",
        f"We APPROVED all 36 sessions from {fd(a, 'long')} through {fd(b, 'long')}.",
        "#What you need to do",
        "Nothing. Your provider has been told. Bring your member ID card to your first session."],
        ["#Good to know",
         "If your doctor thinks you need more sessions after the 36, your doctor can ask us again before the "
         "approval ends.",
         "Rides to your sessions are covered. Call the non-emergency transportation line at 1-555-610-4472 at "
         "least 2 business days ahead.",
         "#Questions",
         f"Call Member Services at {f['phone']}, Monday to Friday, 7:30 a.m. to 6 p.m. This notice does not "
         "deny anything, so there is nothing to appeal."])
    t = truth("other", None, insurer=ORG, member_id=f["sid"], member_name=f["member"], case_numbers=[pa],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=f["notice"].isoformat(),
              provider="Anders P. Kjeldgaard",
              alternates={"provider": ["Skunk River Regional Hospital"], "case_numbers": [[]]})
    return bytes(d.output()), t


def doc_cdac_copy(r):
    f = base(r, 5)
    sp = "SP-" + pat(r, "9999999")
    a = plus(f["notice"], 14)
    b = dt.date(a.year, 12, 31) if a.month < 12 else plus(a, 60)
    deadline = plus(f["notice"], 60)
    d = Page(footer=None, footer_left=f"{ORG} - {PROGRAM} - Long-Term Services and Supports",
             running=f"{f['member']}  |  State ID {f['sid']}  |  Notice of Decision  |  page 2 of 2")
    d.add_page()
    d.band(ORG, ["Long-Term Services and Supports (LTSS)  |  " + ORG_ADDR, f"Community-Based Case Management "
                 f"{ph(r)}"])
    d.line("NOTICE OF DECISION", 13, "B")
    d.line("Change to a service in your HCBS Elderly Waiver service plan", 9.5)
    d.ln(2)
    y = d.get_y()
    d.addr([f["member"].upper(), *[s.upper() for s in f["addr"]]], 9.5)
    d.set_y(y)
    d.lv([("DATE", fd(f["notice"], "slash")), ("STATE ID", f["sid"]), ("SERVICE PLAN #", sp),
          ("DOB", fd(f["dob"], "slash"))], w=30, size=9, x=118)
    d.ln(6)
    d.table(["Service", "Units requested per month", "Units approved per month", "Effective from", "Through",
             "Provider"],
            [["CDAC attendant care (15 min)", "240", "150", fd(a, "slash"), fd(b, "slash"),
              CDAC]], [50, 20, 20, 22, 22, 46], size=7.8, head_h=12, row_h=9)
    d.paras([
        "CDAC = Consumer Directed Attendant Care. One unit is 15 minutes.",
        "#Why we made this decision",
        "Your case manager's assessment of your needs shows that you bathe and dress with help, and that your "
        "daughter prepares your meals on weekdays. Meal preparation that is already done by an unpaid caregiver is "
        "not counted again. The number of units we approved covers the help with bathing, dressing and medicines "
        "that you need. The extra 90 units a month are not medically necessary.",
        "#Rules used",
        RULE_CDAC + "."], size=9.3)
    d.add_page()
    rights(d, 9.2, deadline=fd(deadline, "long"))
    d.paras(["#Other languages", "Si necesita este aviso en español, llame a Servicios para Miembros. "
             "Interpreter services are free."], size=9)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["sid"], member_name=f["member"],
              case_numbers=[sp], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=CDAC, appeal_deadline=deadline.isoformat())
    return bytes(d.output()), t


def stack_allergy(r):
    f = base(r, 6)
    claim = pat(r, "99999999999")
    dos = plus(f["notice"], -r.randint(35, 50))
    asked = plus(f["notice"], -r.randint(18, 25))
    amt = 1290.0 + r.choice([0, 45.5, 112.25])
    # notice denying the claim (records not received)
    d = Page(footer="Page {n} of {nb}", footer_left=ORG)
    d.add_page()
    d.band(ORG, [f"{PROGRAM}  |  Claims Department  |  {ORG_ADDR}"])
    d.line("NOTICE OF DECISION ON A CLAIM", 12.5, "B")
    d.ln(2)
    d.lv([("Date", fd(f["notice"], "abbr")), ("Member", f["member"]), ("State ID", f["sid"]),
          ("Claim #", claim), ("Provider", ALLERGY_CLINIC), ("Date of service", fd(dos, "abbr")),
          ("Billed", money(amt)), ("Records requested", fd(asked, "abbr"))], w=40, size=9.3)
    d.paras([
        "#What we decided",
        "We denied this claim for allergy skin testing (CPT 95004, 80 tests) and the office visit billed with it.",
        "#Why",
        "Allergy testing of more than 40 tests on one day needs a review of the office notes. We asked the provider "
        f"for the records on {fd(asked, 'abbr')} and did not receive them within 14 days. This is not a decision "
        "that the testing was not needed. If the provider sends the records, we will look at the claim again.",
        "#Rule", "Iowa Administrative Code 441-79.3(249A) (records needed to support a claim)."], size=9.3)
    rights(d, 8.9)
    dec = bytes(d.output())
    t_dec = truth("denial_letter", "other", insurer=ORG, member_id=f["sid"], member_name=f["member"],
                  case_numbers=[claim], claim_amount=m2(amt), service_dates=[dos.isoformat()],
                  denial_date=f["notice"].isoformat(), provider=ALLERGY_CLINIC,
                  appeal_deadline=plus(f["notice"], 60).isoformat(), denial_alternates=["medical_necessity"],
                  alternates={"provider": [ALLERGY_DOC]})
    # allergist's letter to the plan (two pages; the second is fed upside down)
    sent = plus(f["notice"], r.randint(4, 9))
    d = Page(serif=True, footer="{n}", running=f"Re: {f['member']} - Claim {claim} - continued")
    d.add_page()
    d.plain_head(ALLERGY_CLINIC, ["2210 Story Street, Boone, IA 50036", "Phone 1-555-432-7716  Fax 1-555-432-7790"])
    d.line(fd(sent, "long"), 10)
    d.ln(3)
    d.addr([f"{ORG}", "Claims Reconsideration", ORG_ADDR])
    d.line(f"RE: {f['member']}, Medicaid State ID {f['sid']}, claim {claim}", 10, "B")
    d.ln(2)
    d.paras([
        "To the claims reviewer:",
        f"I am writing about the claim for allergy testing I performed for my patient on {fd(dos, 'long')}. Your "
        "notice says the office notes were not received. Our office moved to a new records system this winter and "
        "the request was routed to a closed fax line. I am sorry for the delay. The complete notes are enclosed.",
        "My patient has had year-round nasal congestion, two sinus infections needing antibiotics this year, and "
        "asthma symptoms that worsen at home despite a daily inhaled steroid. Testing to both indoor and outdoor "
        "allergens was needed to guide allergen avoidance and to decide whether allergen immunotherapy is "
        "appropriate. The 80 tests included the standard regional panel of trees, grasses and weeds, molds, dust "
        "mites, cockroach and animal danders, with controls.",
        "The results showed strong reactions to dust mite and cat dander and moderate reactions to several tree "
        "pollens. We have started a mite-avoidance plan and will discuss immunotherapy at the next visit."], 10)
    d.add_page()
    d.paras([
        "Please reprocess the claim with the enclosed records. If anything else is needed, my office manager, "
        "Colleen Rasmussen, can be reached at 1-555-432-7716.",
        "Sincerely,", "", ALLERGY_DOC, "Board certified, Allergy and Immunology", f"NPI {f['npi']}",
        "Enclosures: office notes, skin test record (4 pages)"], 10)
    t_let = truth("other", None, insurer=None, member_id=f["sid"], member_name=f["member"], case_numbers=[claim],
                  service_dates=[dos.isoformat()], denial_date=sent.isoformat(), provider=ALLERGY_DOC,
                  unscored=["insurer"], alternates={"provider": [ALLERGY_CLINIC], "denial_date": [None]})
    return [(dec, t_dec), (bytes(d.output()), t_let)]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    return [
        Item(f"{FAMILY}_bd_inlab_sleep_study_home_test_instead", "born_digital", [doc_sleep_bd(r(0))]),
        Item(f"{FAMILY}_faxstd_aviso_es_physical_therapy_no_auth", "fax_standard_g4", [doc_pt_es(r(1))]),
        Item(f"{FAMILY}_photo_claim_summary_three_claims_oon", "phone_photo", [doc_claims_photo(r(2))]),
        Item(f"{FAMILY}_lowres_appeal_upheld_rehab_prose", "scan_lowres_150", [doc_upheld_lowres(r(3))]),
        Item(f"{FAMILY}_rotated_cardiac_rehab_approved_two_column", "rotated", [doc_approval_rotated(r(4))]),
        Item(f"{FAMILY}_copy_attendant_care_units_reduced_two_page", "photocopy", [doc_cdac_copy(r(5))]),
        Item(f"{FAMILY}_scan300_stack_records_notice_and_allergist_letter", "scan_clean_300", stack_allergy(r(6)),
             separators=["duplex", None], turns={(1, 1): 180}),
    ]
