"""Family 'chronic_care_nurse_line_remote_coaching_program_eligibility_letter': a plan's chronic-condition program
(nurse line + remote health coaching) and the letters around it.
Documents: a welcome letter to the nurse line (denies nothing; decoy effective date and 24/7 numbers); a program
enrollment refusal (member not eligible: plan type / diagnosis list), boxed labels; a member EOB with three claims
(office visit and A1c lab paid, three remote coaching visits refused as not a covered benefit outside the program);
a standard-fax stack (cover + the plan's letter refusing the coaching claim + the coaching company's statement);
a prose-only letter upholding the enrollment refusal on appeal, photographed; a Spanish enrollment refusal fed
sideways; the reconsideration approval after a new diagnosis (denies nothing).
Issuer (fictional): Pinecrest Meridian Health Plan, program "SteadyPath"; coaching company: Lanternfield Health
Coaching, LLC; referring clinic: Copperleaf Family Medicine.
Truth: provider = the coaching company on claims, the referring physician on enrollment letters (coaching company
accepted); claim amount = the refused coaching claim's total billed.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcr_famcrf import days, digits, fdate, hrule, letterhead, mail_to, mixed, phone, signature, usd
from public_kit import Page, m2, out

FAMILY = "chronic_care_nurse_line_remote_coaching_program_eligibility_letter"
LANG = "en"
SEED = 342000
PMH = "Pinecrest Meridian Health Plan"
PROG = "SteadyPath"
COACH = "Lanternfield Health Coaching"
CLINIC = "Copperleaf Family Medicine"
MEMBERS = ["Lorraine V. Okonjo", "Barnaby T. Featherly", "Ysolde K. Manganaro", "Cyrus D. Pennington",
           "Henrietta M. Vosburgh", "Lucius A. Dembele"]
MEMBERS_ES = ["Rosaura P. Quiñones", "Teodoro A. Villaseñor"]
DOCS = ["Dr. Ambrose L. Kettering", "Dr. Nalani S. Whitcombe", "Dr. Pieter J. Okafor"]
COACHES = ["Marguerite Ellsworth", "Desmond Achebe-Hall", "Sunniva Torvald"]
STREETS = ["19 Birchbark Trail", "4402 Wexley Pkwy, Apt 12", "713 Larch Hollow Rd", "56 Dunmore Street"]
CITIES = ["Vantry, OR 97381", "Cold Spring Mesa, OR 97760", "Harlow Bend, OR 97420"]
CONDS = ["type 2 diabetes", "heart failure", "COPD", "high blood pressure"]


def facts(r: random.Random, lang: str = "en") -> dict:
    date = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 170))
    d1 = days(date, -r.randint(40, 60))
    visits = [d1, days(d1, 7 * r.randint(1, 2)), days(d1, 7 * r.randint(3, 4))]
    rate = float(r.choice([85, 95, 110, 125])) + r.choice([0, 0.5])
    return dict(date=date, visits=visits, rate=rate, amt=round(rate * 3, 2),
                member=r.choice(MEMBERS_ES if lang == "es" else MEMBERS), addr=[r.choice(STREETS), r.choice(CITIES)],
                mid=mixed(r, "PMH99999999"), grp=mixed(r, "G99999"), plan=mixed(r, "HMO-AA9"),
                clm=mixed(r, "9999-999-99999"), ref=mixed(r, "SP-99999"), appeal=mixed(r, "GA9999999"),
                npi=r.choice("12") + digits(r, 9), acct=digits(r, 8), doc=r.choice(DOCS), coach=r.choice(COACHES),
                cond=r.choice(CONDS), dob=dt.date(r.randint(1950, 1996), r.randint(1, 12), r.randint(1, 28)),
                ph=phone(r), nl=phone(r), recv=days(date, -r.randint(8, 20)), eff=days(date, r.randint(10, 25)))


def T(f, dtype, den, lang="en", cases=(), dead=None, alts=None, uns=None, claim=False, grp=True, plan=False,
      dalts=None, ins=PMH, prov=None, dates=None, date=None):
    return truth(dtype, den, lang, insurer=ins, plan_id=f["plan"] if plan else None,
                 group_number=f["grp"] if grp else None, member_id=f["mid"], member_name=f["member"],
                 case_numbers=list(cases), claim_amount=m2(f["amt"]) if claim else None,
                 service_dates=[x.isoformat() for x in (f["visits"] if claim else (dates or []))],
                 denial_date=(date or f["date"]).isoformat(), provider=prov or (COACH if claim else f["doc"]),
                 appeal_deadline=dead.isoformat() if dead else None, alternates=alts or {}, unscored=uns or [],
                 denial_alternates=dalts or [])


def welcome(f, ds) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer=None, footer_left=f"{PROG}-WEL-0126  |  {PMH}")
    d.add_page()
    letterhead(d, PMH, "880 Timberline Blvd, Salem, OR 97301  |  pinecrestmeridian.example", "rule",
               f"{PROG} Chronic Care Program")
    d.line(fd(f["date"]), 10, h=7)
    mail_to(d, [f["member"]] + f["addr"], 10)
    d.line(f"Welcome to {PROG}, {f['member'].split()[0]}!", 14, "B", h=9)
    d.para(f"Your doctor, {f['doc']} at {CLINIC}, told us you would like help living with {f['cond']}. Good news: "
           f"you are enrolled, and there is no cost to you.", 10)
    y = d.get_y()
    d.set_fill_color(238, 238, 238)
    d.rect(120, y, 78, 50, style="F")
    d.set_xy(122, y + 2)
    d.f(9, "B").cell(0, 5, "Keep this handy", new_x="LMARGIN", new_y="NEXT")
    for k, v in [("Member ID", f["mid"]), ("Group", f["grp"]), ("Program start", fd(f["eff"])),
                 ("Nurse line (24/7)", f["nl"]), ("Your coach", f["coach"]), ("Coach line", f["ph"])]:
        d.set_x(122)
        d.f(8).cell(28, 5.5, k)
        d.f(8.3, "B").cell(46, 5.5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_xy(18, y)
    d.set_right_margin(100)
    d.para("What you get:", 10)
    d.bullets(["A registered nurse any time, day or night, by phone.", "Up to 12 video or phone coaching sessions "
               "a year with your own coach.", "A free blood-pressure cuff or glucose meter if you need one.",
               "Reminders for tests and shots."], 9.4)
    d.set_right_margin(18)
    d.set_y(max(d.get_y(), y + 54))
    d.para(f"Your coach, {f['coach']}, works for {COACH}, the company that runs {PROG} for {PMH}. Expect a call "
           "within two weeks. If you would rather not take part, call the coach line; leaving the program does not "
           "change your other benefits.", 9.8)
    signature(d, ["The SteadyPath Team", PMH], "Here's to your health,")
    return out(d)


def refusal(f, ds) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left="PMH-SP-ELIG-02 (10/2025)")
    d.add_page()
    letterhead(d, PMH, "Care Management  |  880 Timberline Blvd, Salem, OR 97301  |  " + f["ph"], "center",
               f"{PROG} Chronic Care Program")
    d.line("PROGRAM ENROLLMENT DECISION", 13, "B", align="C", h=8)
    mail_to(d, [f["member"]] + f["addr"], 9.5)
    d.boxed_pairs([("Letter date", fd(f["date"])), ("Reference", f["ref"]), ("Member", f["member"]),
                   ("Member ID / Group", f"{f['mid']}  /  {f['grp']}"), ("Plan", f["plan"]),
                   ("Referred by", f"{f['doc']}, {CLINIC}"), ("Referral received", fd(f["recv"])),
                   ("Decision", "Not eligible - enrollment not approved")], label_w=48, size=9.2)
    d.heading("Why you cannot join", 10.5, rule=True)
    d.para(f"{PROG} is open to members of our HMO and PPO plans who have a diagnosis on the program list and at "
           f"least one hospital stay or two emergency visits for that condition in the past 12 months. Our records "
           f"show no hospital stay or emergency visit for {f['cond']} in that time, so you do not meet the "
           f"eligibility rules for the program. This is not a decision about any treatment your doctor orders; "
           f"your regular benefits are not affected, and the 24/7 nurse line is still open to you.", 9.4)
    d.heading("If you disagree", 10.5, rule=True)
    d.bullets([f"You may file a grievance or appeal within 180 days of the date of this letter. Call {f['ph']} or "
               "write to Grievances and Appeals, PO Box 2200, Salem, OR 97308.",
               "Urgent health situations can be reviewed within 72 hours.",
               "You may ask the Oregon Division of Financial Regulation for help at any time."], 9.1)
    signature(d, ["Program Eligibility Team", PMH], "")
    return out(d)


def eob(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left="PMH Member EOB  /  form MEOB-3")
    d.add_page()
    letterhead(d, PMH, "Claims  |  PO Box 2100, Salem, OR 97308  |  " + f["ph"], "right")
    d.line("YOUR EXPLANATION OF BENEFITS", 13, "B", h=7)
    d.pairs([("Statement date", fd(f["date"])), ("Member", f["member"]), ("ID number", f["mid"]),
             ("Group number", f["grp"]), ("Plan", f["plan"]), ("Date of birth", fd(f["dob"]))], label_w=36, size=9)
    d.ln(2)
    v0 = days(f["visits"][0], -r_off(f))
    ov = round(f["amt"] * 0.6 + 33.0, 2)
    lab = round(f["amt"] * 0.11 + 4.75, 2)
    rows = [[f["c1"], CLINIC, fd(v0), "99214", usd(ov, ms), usd(round(ov * .7, 2), ms), usd(25, ms), ""],
            [f["c2"], "Oakridge Reference Lab", fd(v0), "83036", usd(lab, ms), usd(round(lab * .8, 2), ms),
             usd(0, ms), ""]]
    for v in f["visits"]:
        rows.append([f["clm"], COACH, fd(v), "98960", usd(f["rate"], ms), usd(0, ms), usd(f["rate"], ms), "NC4"])
    d.table(["Claim", "Provider", "Service date", "Code", "Charge", "Plan paid", "You may owe", "Note"], rows,
            [27, 44, 22, 14, 20, 20, 20, 12], size=7.6, aligns=["L", "L", "L", "L", "R", "R", "R", "L"])
    d.para(f"Claim {f['clm']} ({COACH}) total charges {usd(f['amt'], ms)}; amount paid {usd(0, ms)}.", 8.6)
    hrule(d)
    d.para(f"NC4  Health coaching visits are not a covered benefit under your plan. Coaching is available at no "
           f"cost only through the {PROG} program, and you were not enrolled in {PROG} on these dates.", 8.4)
    d.para(f"You may appeal within 180 days of the date of this statement. Expedited (72-hour) reviews are "
           f"available for urgent care. Nurse line: {f['nl']}.", 8.4)
    return out(d)


def r_off(f) -> int:
    return 3


def claim_letter(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer=None, footer_left="PMH-CLM-DN7")
    d.add_page()
    letterhead(d, PMH, "Claims  |  PO Box 2100, Salem, OR 97308", "rule")
    d.line(f"Date of notice: {fd(f['date'])}", 10, h=7)
    mail_to(d, [f["member"]] + f["addr"], 10)
    d.line("Notice of Claim Denial", 12.5, "B", h=7)
    d.pairs([("Member ID", f["mid"]), ("Group", f["grp"]), ("Claim number", f["clm"]), ("Provider", COACH),
             ("Billed amount", usd(f["amt"], ms))], label_w=34, size=9.5)
    d.ln(2)
    d.para(f"We denied the claim for three remote health coaching sessions on {', '.join(fd(v) for v in f['visits'])}. "
           f"Health coaching is not a covered benefit under your plan except through the {PROG} program, and you "
           f"were not enrolled in the program on those dates.", 9.8)
    d.para(f"You may appeal within 180 days after you receive this notice. Call {f['ph']} or write to Grievances "
           f"and Appeals, PO Box 2200, Salem, OR 97308. You may ask for an external review by an independent review "
           f"organization after the appeal.", 9.6)
    signature(d, ["Claims Department", PMH])
    return out(d)


def coach_statement(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(serif=True, footer=None, footer_left=f"{COACH}, LLC  |  NPI {f['npi']}")
    d.add_page()
    letterhead(d, COACH + ", LLC", "210 Cannery Row, Suite 4, Astoria, OR 97103  |  Billing " + f["nl"], "center")
    d.line("STATEMENT", 13, "B", h=8)
    d.pairs([("Statement date", fd(f["sdate"])), ("Account", f["acct"]), ("Client", f["member"]),
             ("Insurance", f"{PMH} - {f['mid']}")], label_w=36, size=9.5)
    d.ln(2)
    rows = [[fd(v), "98960", f"Remote health coaching, {f['coach']}", usd(f["rate"], ms)] for v in f["visits"]]
    rows.append(["", "", "Insurance denied - not a covered benefit", usd(0, ms)])
    rows.append(["", "", "Balance due", usd(f["amt"], ms)])
    d.table(["Date", "Code", "Description", "Amount"], rows, [30, 20, 100, 30], size=8.6,
            aligns=["L", "L", "L", "R"], bold_last=True)
    d.para("Please pay within 30 days or call us to discuss a payment plan.", 9)
    return out(d)


def upheld_prose(f, ds) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer=None, footer_left="")
    d.add_page()
    letterhead(d, PMH, "Grievances and Appeals  |  PO Box 2200, Salem, OR 97308", "rule")
    d.line(fd(f["date"]), 10, h=7)
    mail_to(d, [f["member"]] + f["addr"], 10)
    d.para(f"Dear {f['member']},", 10)
    d.para(f"Thank you for your appeal number {f['appeal']}, which we received on {fd(f['recv'])}. You asked us to "
           f"let you join the {PROG} chronic care program after your doctor, {f['doc']}, referred you for "
           f"{f['cond']}. Your member ID is {f['mid']}.", 10)
    d.para(f"A nurse reviewer and a physician who were not part of the first decision looked at your appeal. "
           f"{PROG} is offered only to members who had a hospital stay or two emergency visits for their condition "
           f"in the past 12 months. You had neither, so you are still not eligible for the program, and we are "
           f"upholding our earlier decision. You can still call the nurse line at {f['nl']} at any hour.", 10)
    d.para(f"This is our final internal decision. If you disagree, you may ask for an external review within four "
           f"months of the date of this letter, or call the Oregon Division of Financial Regulation. For help, call "
           f"{f['ph']}.", 10)
    signature(d, ["Appeals Nurse Coordinator", PMH])
    return out(d)


def refusal_es(f) -> bytes:
    fd = lambda x: fdate(x, "es")  # noqa: E731
    d = Page(footer="Página {n} de {nb}", footer_left="PMH-SP-ELIG-02-SP")
    d.add_page()
    letterhead(d, PMH, "Administración de Cuidados  |  880 Timberline Blvd, Salem, OR 97301", "box")
    d.line(fd(f["date"]), 10, h=7)
    mail_to(d, [f["member"]] + f["addr"], 10)
    d.line(f"Decisión sobre su inscripción en {PROG}", 12, "B", h=8)
    d.pairs([("Número de miembro", f["mid"]), ("Grupo", f["grp"]), ("Referencia", f["ref"]),
             ("Médico que lo refirió", f["doc"])], label_w=52, size=9.5)
    d.ln(2)
    d.para(f"Estimado(a) {f['member']}:", 10)
    d.para(f"Su médico pidió inscribirle en el programa {PROG} para personas con {tr(f['cond'])}. El programa es "
           "solo para miembros que tuvieron una hospitalización o dos visitas a emergencias por esa condición en los "
           "últimos 12 meses. Usted no cumple ese requisito, por lo que no es elegible para el programa. Sus demás "
           "beneficios no cambian y la línea de enfermería de 24 horas sigue disponible.", 9.8)
    d.para(f"Puede presentar una apelación dentro de 180 días a partir de la fecha de esta carta. Llame al "
           f"{f['ph']}. Si su salud corre peligro, pida una revisión rápida de 72 horas.", 9.8)
    signature(d, ["Equipo de Elegibilidad del Programa", PMH], "Atentamente,")
    return out(d)


def tr(c: str) -> str:
    return {"type 2 diabetes": "diabetes tipo 2", "heart failure": "insuficiencia cardíaca", "COPD": "EPOC",
            "high blood pressure": "presión arterial alta"}[c]


def approval(f, ds) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left="PMH-SP-ELIG-05")
    d.add_page()
    letterhead(d, PMH, "Care Management  |  880 Timberline Blvd, Salem, OR 97301  |  " + f["ph"], "right",
               f"{PROG} Chronic Care Program")
    d.line("RECONSIDERATION - ENROLLMENT APPROVED", 12.5, "B", h=8)
    d.table(["Date", "Member", "Member ID", "Group", "Reference"],
            [[fd(f["date"]), f["member"], f["mid"], f["grp"], f["ref"]]], [30, 50, 36, 28, 36], size=8.6)
    d.para(f"{f['doc']} sent us new information on {fd(f['recv'])}: a hospital stay for {f['cond']}. With this "
           f"information you now meet the {PROG} rules, and we have approved your enrollment. Your coaching starts "
           f"on {fd(f['eff'])}; your coach from {COACH} will call you.", 9.8)
    d.para(f"There is no cost to you. Nurse line, any hour: {f['nl']}.", 9.8)
    signature(d, ["Program Eligibility Team", PMH])
    return out(d)


def documents(rng) -> list[Item]:
    items, P = [], FAMILY + "_"
    f = facts(random.Random(SEED + 1))
    items.append(Item(P + "bd_nurse_line_welcome_letter", "born_digital",
                      [(welcome(f, "long"), T(f, "other", None, prov=f["coach"],
                                              alts={"provider": [COACH, f["doc"]]}))]))
    f = facts(random.Random(SEED + 2))
    items.append(Item(P + "scan_enrollment_not_eligible_boxed", "scan_clean_300",
                      [(refusal(f, "slash"), T(f, "denial_letter", "eligibility", cases=[f["ref"]], plan=True,
                                                dead=days(f["date"], 180)))]))
    r = random.Random(SEED + 3)
    f = facts(r)
    f.update(c1=mixed(r, "9999-999-99999"), c2=mixed(r, "9999-999-99999"))
    items.append(Item(P + "copy_eob_coaching_claim_not_covered", "photocopy",
                      [(eob(f, "dmy", "plain"), T(f, "eob", "not_covered", cases=[f["clm"]], claim=True, plan=True,
                                                  dead=days(f["date"], 180), dalts=["eligibility"]))]))
    r = random.Random(SEED + 4)
    f = facts(r)
    f["sdate"] = days(f["date"], r.randint(9, 15))
    t1 = T(f, "denial_letter", "not_covered", cases=[f["clm"]], claim=True, dalts=["eligibility"])
    t2 = T(f, "other", None, claim=True, grp=False, uns=["insurer"], date=f["sdate"])
    items.append(Item(P + "faxstd_stack_claim_denial_and_coach_statement", "fax_standard_g4",
                      [(claim_letter(f, "iso", "plain"), t1), (coach_statement(f, "iso", "flat"), t2)],
                      separators=["cover", None]))
    f = facts(random.Random(SEED + 5))
    items.append(Item(P + "photo_prose_appeal_upheld", "phone_photo",
                      [(upheld_prose(f, "long"), T(f, "denial_letter", "eligibility", cases=[f["appeal"]],
                                                   grp=False))]))
    f = facts(random.Random(SEED + 6), "es")
    items.append(Item(P + "rot_carta_no_elegible_es", "rotated",
                      [(refusal_es(f), T(f, "denial_letter", "eligibility", "es", cases=[f["ref"]],
                                         dead=days(f["date"], 180)))]))
    f = facts(random.Random(SEED + 7))
    items.append(Item(P + "lowres_reconsideration_approved", "scan_lowres_150",
                      [(approval(f, "upper_dmy"), T(f, "other", None, cases=[f["ref"]],
                                                    alts={"provider": [COACH]}))]))
    return items
