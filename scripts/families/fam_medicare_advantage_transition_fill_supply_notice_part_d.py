"""Family medicare_advantage_transition_fill_supply_notice_part_d: a new Medicare Advantage prescription drug
plan (MA-PD) member gets a one-time temporary (transition) supply of a drug that is not on the plan's formulary or
needs prior authorization / step therapy; the plan sends the CMS model transition notice (not a denial); after the
supply runs out the coverage determination is refused on the CMS-10146 "Notice of Denial of Medicare Prescription
Drug Coverage"; the monthly Part D Explanation of Benefits shows the transition fill paid.

Modelled on public CMS material: the model Part D Transition Notice ("temporary supply", "first 90 days of your
membership", "ask for an exception"), Form CMS-10146 (Date / Enrollee's name / Member number / Drug; "has denied
your request for coverage of (or payment for)"; standard 7-day and fast 72-hour redeterminations; OMB 0938-0976),
the model Request for Redetermination of Medicare Prescription Drug Denial, the Redetermination Notice with the
Independent Review Entity next, the Spanish "Aviso de denegación de cobertura de medicamentos recetados de
Medicare", and the model Part D EOB (monthly summary, year-to-date totals, prescriptions table).
Everyone, every plan and every number here is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from public_kit import Page, address, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "medicare_advantage_transition_fill_supply_notice_part_d"
LANG = "en"
SEED = 334800

PLANS = [("Silverleaf Medicare Advantage", "Silverleaf Complete Rx (HMO)", "H6621-004"),
         ("Brightwater Senior Health Plan", "Brightwater Advantage Plus (PPO)", "H7340-011"),
         ("Copper Mesa Health Plan", "Copper Mesa Medicare Rx Choice (HMO-POS)", "H5198-020"),
         ("Lakehaven Medicare Plans", "Lakehaven Gold Rx (HMO)", "H8832-002"),
         ("Sierra Ventana Salud", "Sierra Ventana Medicare Plus (HMO)", "H4470-007"),
         ("Northcape Advantage Health", "Northcape Essential Rx (PPO)", "H9015-031"),
         ("Riverstone Senior Plans", "Riverstone Value Rx (HMO)", "H3387-009")]
PRESCRIBERS = ["Dr. Amara Whitfield", "Dr. Lorenzo Baptiste", "Dr. Sunita Raghavan", "Dr. Grant Okonkwo",
               "Dr. Teresa Ibarra", "Dr. Helena Voss", "Dr. Philip Stanwyck"]
PHARMACIES = ["Maple Hollow Pharmacy", "Eastgate Community Drug", "Bayside Family Pharmacy #212",
              "Granite Square Apothecary"]
# drug, strength/quantity, reason kind, formulary alternatives
DRUGS = [("Jardiance 25 mg tablet", "30 tablets / 30 days", "pa", "metformin ER, glipizide"),
         ("Xarelto 20 mg tablet", "30 tablets / 30 days", "nf", "apixaban, warfarin"),
         ("Trelegy Ellipta 100-62.5-25 mcg inhaler", "1 inhaler / 30 days", "st", "Breo Ellipta, Incruse Ellipta"),
         ("Nurtec ODT 75 mg", "8 tablets / 30 days", "pa", "sumatriptan, rizatriptan"),
         ("Linzess 290 mcg capsule", "30 capsules / 30 days", "nf", "lactulose, polyethylene glycol 3350"),
         ("Vraylar 3 mg capsule", "30 capsules / 30 days", "st", "aripiprazole, quetiapine")]
REASONS = {
    "nf": ("The drug you asked for is not on our plan's Drug List (formulary). You asked for a formulary exception. "
           "We cannot approve an exception because your prescriber's statement did not show that the drugs on our "
           "Drug List that treat your condition ({alt}) would not be as effective for you or would cause you harm.",
           "not_covered", ["medical_necessity"]),
    "pa": ("Our plan covers this drug only with prior authorization. The information from your prescriber does not "
           "meet our prior authorization criteria: the criteria require a trial of {alt} and a recent laboratory "
           "result, and neither was documented.", "medical_necessity", ["prior_authorization"]),
    "st": ("Our plan covers this drug only after you have tried other drugs first (step therapy). Our records and "
           "your prescriber's statement do not show that you tried {alt}, or that they were not effective for you.",
           "medical_necessity", ["prior_authorization"]),
}


def _facts(i: int, rng: random.Random, lang: str = "en") -> dict:
    name, first, mid, last = person(rng)
    if lang == "es":
        first = rng.choice(["Guadalupe", "Ramón", "Itzel", "Efraín", "Xiomara", "Joaquín", "Milagros", "Héctor"])
        last = rng.choice(["Figueroa", "Benítez", "Carrasco", "Montalvo", "Irizarry", "Villalobos", "Acevedo"])
        name = f"{first} {mid}. {last}"
    ins, plan_name, pid = PLANS[i]
    drug = DRUGS[i % len(DRUGS)]
    start = dt.date(2026, 1, 1) if rng.random() < 0.6 else dt.date(2026, 2, 1)
    fill = plus(start, rng.randint(3, 40))
    return dict(name=name, first=first, last=last, addr=address(rng), ins=ins, plan_name=plan_name, pid=pid,
                mid=f"{rng.choice('MNKW')}{digits(rng, 9)}", drug=drug, start=start, fill=fill,
                presc=PRESCRIBERS[i], pharm=rng.choice(PHARMACIES), rx=digits(rng, 7),
                npi=digits(rng, 10), dob=dt.date(rng.randint(1940, 1960), rng.randint(1, 12), rng.randint(1, 28)),
                ph=f"1-8{rng.choice('4567')}{rng.randint(0, 9)}-{digits(rng, 3)}-{digits(rng, 4)}",
                rxgrp=f"MAPD{rng.randint(10, 99)}", bin=digits(rng, 6), pcn=f"MEDD{rng.randint(1, 9)}")


def _letterhead(p: Page, f: dict, sub: str):
    p.line(f["ins"], 15, "B", h=7.5)
    p.line(f"{f['plan_name']}  ·  {sub}", 9, h=4.8)
    p.line(f"Member Services {f['ph']} (TTY 711), 8 a.m. to 8 p.m., 7 days a week", 8.4, h=4.6)
    p.ln(5)


# ---------------------------------------------------------------- 0: transition notice (born digital): other
def transition_notice(rng):
    f = _facts(0, rng)
    notice = plus(f["fill"], rng.randint(1, 3))
    drug, qty, kind, alt = f["drug"]
    p = Page(footer="Page {n} of {nb}", footer_left=f"{f['pid'][:5]}_TRN26_M  Accepted")
    p.add_page()
    _letterhead(p, f, "Pharmacy Services")
    p.line(fdate(notice, "long"), 10, h=6)
    p.ln(1)
    for ln in [f["name"], *f["addr"]]:
        p.line(ln, 10, h=5)
    p.ln(3)
    p.pairs([("Member ID", f["mid"]), ("Plan", f"{f['plan_name']}, {f['pid']}"),
             ("RxBIN / PCN / RxGRP", f"{f['bin']} / {f['pcn']} / {f['rxgrp']}"),
             ("Coverage start date", fdate(f["start"], "long"))], label_w=46, size=9.2)
    p.ln(2)
    p.heading("Important Notice: Your Temporary Supply of a Prescription Drug", 12)
    p.para(f"Dear {f['first']} {f['last']}:")
    p.para(f"We are sending you this letter because on {fdate(f['fill'], 'long')} you filled a prescription for "
           f"**{drug}** ({qty}) at {f['pharm']}. This prescription was written by {f['presc']}. The drug is "
           + ("not on our plan's list of covered drugs (formulary)." if kind == "nf" else
              "covered by our plan only after we approve it (prior authorization)." if kind == "pa" else
              "covered by our plan only after you try other drugs first (step therapy).")
           + " Because you are new to our plan, we covered a one-time temporary 30-day supply of this drug. "
             "Medicare requires us to give new members a temporary supply during the first 90 days of membership "
             "so they have time to talk to their doctor.")
    p.para("**This is not a denial.** We will not pay for more of this drug after the temporary supply unless you "
           "get approval from us. Before your supply runs out, please talk to your prescriber and decide together "
           "whether to:")
    p.bullets([f"change to a drug on our Drug List that treats your condition, such as {alt}; or",
               "ask us for a coverage determination, including an exception. Your prescriber's supporting "
               "statement helps us decide. We answer standard requests within 72 hours after we get the "
               "statement, and fast (expedited) requests within 24 hours."])
    p.para(f"To ask for a coverage determination, call {f['ph']}, or have your prescriber fax the request to "
           f"1-855-{digits(rng, 3)}-{digits(rng, 4)}. Prescription number {f['rx']}. Pharmacy NPI {f['npi']}.")
    p.para("You can call 1-800-MEDICARE (1-800-633-4227), 24 hours a day, 7 days a week. TTY users should call "
           "1-877-486-2048.", size=9)
    t = truth("other", None, insurer=f["ins"], plan_id=f["pid"], member_id=f["mid"], member_name=f["name"],
              service_dates=[f["fill"].isoformat()], denial_date=notice.isoformat(), provider=f["presc"],
              alternates={"service_dates": [[]], "provider": [f["pharm"]], "plan_id": [None],
                          "group_number": [f["rxgrp"]]})
    return out(p), t


# ---------------------------------------------------------------- CMS-10146 denial body (used twice)
def _cms10146(p: Page, f: dict, notice: dt.date, case: str, reason_text: str, recv: dt.date, date_style: str):
    drug, qty, kind, alt = f["drug"]
    p.heading("Notice of Denial of Medicare Prescription Drug Coverage", 13, rule=True)
    p.boxed_pairs([("Date", fdate(notice, date_style)), ("Enrollee's name", f["name"]),
                   ("Member number", f["mid"]), ("Drug", f"{drug}, {qty}"), ("Prescriber", f["presc"]),
                   ("Case number", case), ("Request received", fdate(recv, date_style))], label_w=52)
    p.para(f"{f['plan_name']} has denied your request for coverage of (or payment for) the prescription drug listed "
           "above. This is because:")
    p.para(reason_text, indent=4)
    p.para(f"We received this request after your temporary (transition) supply of this drug filled on "
           f"{fdate(f['fill'], date_style)}. We denied it under our Evidence of Coverage, Chapter 5, and Medicare "
           "rules for Part D drug coverage.")
    p.heading("You have the right to request a redetermination (appeal) of our decision", 11)
    p.para("You have 65 days from the date of this notice to request a redetermination. You may ask for a "
           "standard or a fast (expedited) redetermination. We will give you our decision on a standard request "
           "within 7 days. If you or your prescriber believe that waiting 7 days could seriously harm your health, "
           "ask for a fast redetermination; we decide those within 72 hours. If you have already bought the drug, "
           "you can ask us to pay you back; payment requests are decided within 14 days.")
    p.heading("What do I include with my request?", 11)
    p.para("Include your name, address, member number, the reasons for appealing and any information that may help "
           "your case, such as a supporting statement from your prescriber.")
    p.heading("How do I request a redetermination?", 11)
    p.para(f"You, your prescriber or your representative can call {f['ph']}, or write to {f['ins']}, Part D "
           "Appeals, PO Box 30880, Macon GA 31208. You can also call 1-800-MEDICARE (1-800-633-4227) for help. "
           "TTY 1-877-486-2048.")
    p.para("Form CMS-10146 (Exp. 04/30/2027)  OMB Approval No. 0938-0976", size=7.5)


# ---------------------------------------------------------------- 1: CMS-10146 denial, PA not met (scan clean)
def cd_denial_pa(rng):
    f = _facts(1, rng)
    f["drug"] = DRUGS[0]
    notice = plus(f["fill"], rng.randint(24, 32))
    recv = plus(notice, -rng.randint(1, 3))
    case = f"CD-{digits(rng, 8)}"
    p = Page(footer="Page {n} of {nb}", footer_left=f"{f['pid'][:5]}_CD10146_26")
    p.add_page()
    _letterhead(p, f, "Part D Coverage Determinations")
    for ln in [f["name"], *f["addr"]]:
        p.line(ln, 10, h=5)
    p.ln(4)
    reason, den, alts = REASONS["pa"]
    _cms10146(p, f, notice, case, reason.format(alt=f["drug"][3]), recv, "slash")
    t = truth("denial_letter", den, insurer=f["ins"], member_id=f["mid"], member_name=f["name"], cases=[case],
              denial_date=notice.isoformat(), provider=f["presc"],
              appeal_deadline=plus(notice, 65).isoformat(), denial_alternates=alts,
              alternates={"insurer": [f["plan_name"]]})
    return out(p), t


# ---------------------------------------------------------------- 2: monthly Part D EOB, paid (photocopy)
def part_d_eob(rng):
    f = _facts(2, rng)
    month_end = dt.date(f["fill"].year, f["fill"].month % 12 + 1, 1) - dt.timedelta(days=1)
    issued = plus(month_end, rng.randint(6, 12))
    drug, qty, kind, alt = f["drug"]
    fills = sorted([(f["fill"], drug, qty, round(rng.uniform(380, 560), 2), True),
                    (plus(f["fill"], -rng.randint(1, 3)), "atorvastatin 40 mg tablet", "30 tablets",
                     round(rng.uniform(9, 16), 2), False),
                    (plus(f["fill"], rng.randint(2, 6)), "lisinopril 10 mg tablet", "30 tablets",
                     round(rng.uniform(6, 12), 2), False)])
    fills = [x for x in fills if x[0].month == f["fill"].month]
    p = Page(footer="Page {n} of {nb}", footer_left=f"{f['pid'][:5]}_EOB26  This is not a bill.")
    p.add_page()
    p.line(f["ins"], 14, "B", h=7)
    p.line(f"{f['plan_name']}  ·  {f['pid']}", 9, h=5)
    p.ln(3)
    p.line(f"Your Part D Explanation of Benefits (EOB) for {month_end.strftime('%B %Y')}", 12.5, "B", h=7)
    p.line("THIS IS NOT A BILL", 10, "B", h=6)
    p.ln(1)
    p.pairs([("Member", f["name"]), ("Member ID", f["mid"]), ("Date of this notice", fdate(issued, "long")),
             ("Drug payment stage", "Initial Coverage Stage")], label_w=44, size=9.5)
    p.ln(2)
    tot = sum(x[3] for x in fills)
    you = sum(round(x[3] * 0.25, 2) if x[4] else 0.0 for x in fills) + 2.0 * sum(1 for x in fills if not x[4])
    plan = tot - you
    p.heading("Summary", 11)
    p.table(["", "This month", "Year to date"],
            [["Total drug costs", money(tot), money(tot + 412.80)], ["Plan paid", money(plan), money(plan + 360.13)],
             ["You paid", money(you), money(you + 52.67)]], [70, 45, 45], size=9)
    p.para("In 2026, once you have paid $2,100 out of pocket for covered drugs, you pay nothing more for the rest of "
           "the year.", size=8.8)
    p.heading("Your prescriptions this month", 11)
    rows = []
    for d, dn, q, cost, trans in fills:
        share = round(cost * 0.25, 2) if trans else 2.0
        rows.append([fdate(d, "short"), f"{f['rx'] if trans else digits(rng, 7)}", dn + (" *" if trans else ""), q,
                     money(cost), money(cost - share), money(share)])
    p.line(f"Pharmacy: {f['pharm']} (NPI {f['npi']})", 9, h=5.5)
    p.table(["Date filled", "Rx #", "Drug", "Quantity", "Total cost", "Plan paid", "You paid"], rows,
            [21, 18, 58, 30, 18, 17, 17], size=7.6)
    p.para(f"* Temporary (transition) supply. This drug is not normally covered by your plan without approval. We "
           f"sent you a separate letter about it. Prescriber: {f['presc']}.", size=8.8)
    p.para(f"Questions? Call Member Services at {f['ph']} (TTY 711). If you think there is a mistake on this EOB, "
           "call us. To report fraud, call 1-800-MEDICARE.", size=8.8)
    t = truth("eob", None, insurer=f["ins"], plan_id=f["pid"], member_id=f["mid"], member_name=f["name"],
              service_dates=[x[0].isoformat() for x in fills], denial_date=issued.isoformat(), provider=f["pharm"],
              type_alternates=["other"], unscored=["claim_amount"],
              alternates={"service_dates": [[f["fill"].isoformat()]], "plan_id": [None],
                          "provider": [f["presc"]]})
    return out(p), t


# ---------------------------------------------------------------- 3: fax stack: step-therapy denial + request form
def cd_denial_st(rng, f):
    f["drug"] = DRUGS[2]
    notice = plus(f["fill"], rng.randint(26, 34))
    f["notice"] = notice
    recv = plus(notice, -1)
    case = f"{digits(rng, 4)}-{digits(rng, 6)}"
    f["case"] = case
    p = Page(footer="Page {n} of {nb}", footer_left="Form CMS-10146")
    p.add_page()
    _letterhead(p, f, "Pharmacy Benefit Services")
    p.line(f"cc: {f['presc']} (prescriber), fax on file", 8.6, h=5)
    p.ln(2)
    reason, den, alts = REASONS["st"]
    _cms10146(p, f, notice, case, reason.format(alt=f["drug"][3]), recv, "abbr")
    t = truth("denial_letter", den, insurer=f["ins"], member_id=f["mid"], member_name=f["name"], cases=[case],
              denial_date=notice.isoformat(), provider=f["presc"], appeal_deadline=plus(notice, 65).isoformat(),
              denial_alternates=alts, alternates={"insurer": [f["plan_name"]]})
    return out(p), t


def redetermination_request(rng, f):
    signed = plus(f["notice"], rng.randint(6, 15))
    drug, qty, kind, alt = f["drug"]
    p = Page(footer=None, footer_left="Model form: Request for Redetermination of Medicare Prescription Drug Denial")
    p.add_page()
    p.line("REQUEST FOR REDETERMINATION OF MEDICARE PRESCRIPTION DRUG DENIAL", 11.5, "B", h=7)
    p.para(f"Because {f['ins']} denied your request for coverage of (or payment for) a prescription drug, you "
           "have the right to ask us for a redetermination (appeal) of our decision.", size=8.8)
    p.line(f"Mail or fax to: {f['ins']}, Part D Appeals, PO Box 30880, Macon GA 31208", 8.8, h=5)
    p.ln(2)
    p.boxed_pairs([("Enrollee's Name", f["name"]), ("Date of Birth", fdate(f["dob"], "slash")),
                   ("Enrollee's Address", ", ".join(f["addr"])), ("Phone", f"(555) 01{digits(rng, 1)}-{digits(rng, 4)}"),
                   ("Enrollee's Member ID Number", f["mid"]),
                   ("Denial notice case number", f["case"])], label_w=62)
    p.line("Prescription drug you are requesting:", 9.5, "B", h=5.5)
    p.boxed_pairs([("Name of drug", drug), ("Strength/quantity/dose", qty),
                   ("Have you purchased the drug pending appeal?", "No")], label_w=80)
    p.line("Prescriber's Information", 9.5, "B", h=5.5)
    p.boxed_pairs([("Name", f["presc"]), ("Office phone / fax", f"(555) 01{digits(rng, 1)}-{digits(rng, 4)} / "
                                                                  f"(555) 01{digits(rng, 1)}-{digits(rng, 4)}")],
                  label_w=62)
    p.line("Important note: expedited decisions", 9.5, "B", h=5.5)
    p.para("If you or your prescriber believe that waiting 7 days for a standard decision could seriously harm "
           "your life, health or ability to regain maximum function, you can ask for an expedited (fast) decision.",
           size=8.8)
    p.line("Please explain your reasons for appealing:", 9.5, "B", h=5.5)
    p.para(f"I used {alt.split(',')[0]} for two years before joining this plan and it did not control my "
           "breathing. My doctor's letter is attached.", size=9.5, indent=4)
    p.pairs([("Signature of person requesting the appeal", f["name"]), ("Date", fdate(signed, "slash"))],
            label_w=80, size=9.5)
    t = truth("other", None, insurer=f["ins"], member_id=f["mid"], member_name=f["name"], cases=[f["case"]],
              denial_date=signed.isoformat(), provider=f["presc"], unscored=["insurer"],
              alternates={"case_numbers": [[]], "denial_date": [None]})
    return out(p), t


def fax_stack(rng):
    f = _facts(3, rng)
    return [cd_denial_st(rng, f), redetermination_request(rng, f)]


# ---------------------------------------------------------------- 4: Spanish CMS-10146 (phone photo)
def cd_denial_es(rng):
    f = _facts(4, rng, "es")
    f["drug"] = DRUGS[1]
    notice = plus(f["fill"], rng.randint(25, 33))
    case = f"SV{digits(rng, 9)}"
    drug, qty, kind, alt = f["drug"]
    p = Page(footer="Página {n} de {nb}", footer_left="Formulario CMS-10146 (SP)")
    p.add_page()
    p.line(f["ins"], 15, "B", h=7.5)
    p.line(f"{f['plan_name']}  ·  Servicios de Farmacia  ·  {f['ph']} (TTY 711)", 8.6, h=5)
    p.ln(5)
    for ln in [f["name"], *f["addr"]]:
        p.line(ln, 10, h=5)
    p.ln(3)
    p.heading("Aviso de denegación de cobertura de medicamentos recetados de Medicare", 12.5, rule=True)
    p.boxed_pairs([("Fecha", fdate(notice, "long", "es")), ("Nombre del afiliado", f["name"]),
                   ("Número de afiliado", f["mid"]), ("Medicamento", f"{drug}, {qty}"),
                   ("Número de caso", case)], label_w=50)
    p.para(f"{f['plan_name']} ha denegado su solicitud de cobertura (o de pago) del medicamento recetado indicado "
           "arriba. Esto se debe a que:")
    p.para(f"El medicamento no está en la Lista de Medicamentos (formulario) de nuestro plan. Su médico, "
           f"{f['presc']}, pidió una excepción al formulario, pero su declaración no explica por qué los "
           f"medicamentos de nuestra lista ({alt}) no serían igual de eficaces para usted. El suministro temporal "
           f"(de transición) que recibió el {fdate(f['fill'], 'long', 'es')} fue por única vez.", indent=4)
    p.heading("Usted tiene derecho a solicitar una redeterminación (apelación) de nuestra decisión", 11)
    p.para("Debe solicitar una redeterminación dentro de 65 días a partir de la fecha de este aviso. Le daremos una "
           "decisión sobre una solicitud estándar en un plazo de 7 días. Si usted o su médico creen que esperar "
           "podría perjudicar gravemente su salud, pida una redeterminación rápida (acelerada): decidimos en "
           "72 horas.")
    p.para(f"Para pedirla, llame al {f['ph']} o escriba a {f['ins']}, Apelaciones de la Parte D, Apartado 4470, "
           "Las Cruces NM 88001. También puede llamar al 1-800-MEDICARE (1-800-633-4227).")
    p.para("Formulario CMS-10146  Número de aprobación de la OMB 0938-0976", size=7.5)
    t = truth("denial_letter", "not_covered", lang="es", insurer=f["ins"], member_id=f["mid"],
              member_name=f["name"], cases=[case], denial_date=notice.isoformat(), provider=f["presc"],
              appeal_deadline=plus(notice, 65).isoformat(), denial_alternates=["medical_necessity"],
              alternates={"insurer": [f["plan_name"]]})
    return out(p), t


# ---------------------------------------------------------------- 5: redetermination upheld (rotated)
def redetermination_upheld(rng):
    f = _facts(5, rng)
    f["drug"] = DRUGS[3]
    cd_date = plus(f["fill"], rng.randint(22, 30))
    notice = plus(cd_date, rng.randint(12, 20))
    appeal = f"RD{digits(rng, 7)}"
    cd_case = f"CD{digits(rng, 7)}"
    drug, qty, kind, alt = f["drug"]
    p = Page(footer="Page {n} of {nb}", footer_left=f"{f['pid'][:5]}_RDN26")
    p.add_page()
    _letterhead(p, f, "Part D Appeals and Grievances")
    p.line(fdate(notice, "upper"), 10, h=6)
    for ln in [f["name"], *f["addr"]]:
        p.line(ln, 10, h=5)
    p.ln(3)
    p.heading("Redetermination Notice: Medicare Prescription Drug Coverage", 12.5, rule=True)
    p.pairs([("Enrollee", f["name"]), ("Member number", f["mid"]), ("Drug", f"{drug}, {qty}"),
             ("Appeal number", appeal), ("Original case number", cd_case),
             ("Prescriber", f["presc"])], label_w=44, size=9.5)
    p.ln(2)
    p.para(f"On {fdate(cd_date, 'upper')} we denied coverage of this drug after your transition supply. You asked "
           f"us to review that decision. A pharmacist and a physician who were not part of the first decision "
           f"reviewed your request and your prescriber's statement.")
    p.para("**We have decided to uphold our original decision.** Our prior authorization criteria for this drug "
           f"require that you tried and did not respond to two other migraine treatments ({alt}). The records show "
           "one trial of sumatriptan for less than four weeks. The drug remains not covered for you.")
    p.heading("If you disagree with our decision", 11)
    p.para("You have the right to ask for a reconsideration by the Independent Review Entity (IRE), an independent "
           "organization that contracts with Medicare. You must make your request in writing within 65 days from "
           "the date of this notice. Fast reconsiderations are decided within 72 hours. Send your request to the "
           "address on the enclosed form.")
    t = truth("denial_letter", "medical_necessity", insurer=f["ins"], member_id=f["mid"], member_name=f["name"],
              cases=[appeal, cd_case], denial_date=notice.isoformat(), provider=f["presc"],
              appeal_deadline=plus(notice, 65).isoformat(), denial_alternates=["prior_authorization"],
              alternates={"appeal_deadline": [None], "case_numbers": [[appeal]]})
    return out(p), t


# ---------------------------------------------------------------- 6: exception approval (scan 150): other
def exception_approval(rng):
    f = _facts(6, rng)
    f["drug"] = DRUGS[4]
    issued = plus(f["fill"], rng.randint(14, 24))
    end = dt.date(2026, 12, 31)
    req = f"EX-{digits(rng, 3)}-{digits(rng, 5)}"
    drug, qty, kind, alt = f["drug"]
    p = Page(footer=None)
    p.add_page()
    _letterhead(p, f, "Coverage Determinations Unit")
    p.line(fdate(issued, "iso"), 10, h=6)
    for ln in [f["name"].upper(), *[a.upper() for a in f["addr"]]]:
        p.line(ln, 10, h=5)
    p.ln(3)
    p.line(f"RE: Formulary exception approved  ·  Request {req}", 10.5, "B", h=6)
    p.ln(1)
    p.para(f"Dear {f['first']} {f['last']}:")
    p.para(f"We approved your request for coverage of {drug}. Your prescriber, {f['presc']}, told us that "
           f"{alt} did not work for you. This drug is not on our Drug List, but we approved a formulary exception. "
           f"It is covered from {fdate(issued, 'iso')} through {fdate(end, 'iso')} at the cost-sharing of "
           f"a non-preferred drug (Tier 4).")
    p.para(f"Your earlier temporary (transition) fill on {fdate(f['fill'], 'iso')} does not change. Your member ID is "
           f"{f['mid']}. Please show your member ID card at the pharmacy. If you have questions, call "
           f"{f['ph']} (TTY 711).")
    p.para(f"Plan: {f['plan_name']} ({f['pid']}). Y0142_{digits(rng, 4)}_C", size=8)
    t = truth("other", None, insurer=f["ins"], plan_id=f["pid"], member_id=f["mid"], member_name=f["name"],
              cases=[req], service_dates=[span(issued, end)], denial_date=issued.isoformat(), provider=f["presc"],
              alternates={"service_dates": [[], [issued.isoformat()]], "plan_id": [None]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY
    r = [random.Random(SEED + i) for i in range(7)]
    return [Item(f"{F}_bd_transition_notice", "born_digital", [transition_notice(r[0])]),
            Item(f"{F}_scan_cms10146_pa", "scan_clean_300", [cd_denial_pa(r[1])]),
            Item(f"{F}_copy_part_d_eob", "photocopy", [part_d_eob(r[2])]),
            Item(f"{F}_faxf_stack_denial_request", "fax_fine_g4", fax_stack(r[3]), separators=["cover", None]),
            Item(f"{F}_photo_cms10146_es", "phone_photo", [cd_denial_es(r[4])]),
            Item(f"{F}_rot_redetermination_upheld", "rotated", [redetermination_upheld(r[5])]),
            Item(f"{F}_lowres_exception_approved", "scan_lowres_150", [exception_approval(r[6])])]
