"""Family group_psychotherapy_telehealth_unit_limit_denial: an invented health plan limits group psychotherapy
(CPT 90853) delivered by telehealth (modifier 95, place of service 10) to three sessions per calendar week.
Sessions over the weekly limit are refused; individual psychotherapy sessions (90834/90837) on the same claims
statements are paid. The documents: a member EOB with several claims, a member letter, a Spanish EOB, a fax
stack with the provider notice and an approval of extra units, an upheld appeal, a practice statement and a
short benefit-limit notice. Plan, practice, people and numbers are invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from public_kit import MONTHS_ES, Page, amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "group_psychotherapy_telehealth_unit_limit_denial"
LANG = "en"
SEED = 335600
PLAN = "Larkspur Valley Health Plan"
PLAN_ADDR = "PO Box 22870, Cedar Falls Junction, NV 89390"
PRACTICE = "Northwind Counseling Collective"
THERAPISTS = [("Dana K. Whitlock", "LCSW"), ("Marcus T. Abiodun", "LPC"), ("Renee S. Castellano", "PsyD"),
              ("Owen P. Harrow", "LMFT")]
FIRST = ["Tamsin", "Dorian", "Fiona", "Reuben", "Celeste", "Amos", "Juniper", "Silas", "Noor", "Ansel"]
LAST = ["Whitcombe", "Okafor", "Brandvold", "Castaneda", "Pelletier", "Marchbanks", "Suzuki", "Delgado"]
FIRST_ES = ["Yadira", "Efrén", "Maricela", "Rigoberto", "Anabel", "Leonel"]
LAST_ES = ["Ochoa", "Barrientos", "Quiñones", "Valdivia", "Cisneros", "Arellano"]


def person(rng, es=False) -> str:
    return (f"{rng.choice(FIRST_ES if es else FIRST)} {rng.choice('ABCDEFGHJLMNRST')}. "
            f"{rng.choice(LAST_ES if es else LAST)}")


def member_id(rng) -> str:
    return f"LVH{digits(rng, 9)}"


def group_no(rng) -> str:
    return f"G-{digits(rng, 5)}"


def week_of(d: dt.date) -> tuple[dt.date, dt.date]:
    s = d - dt.timedelta(days=d.weekday())
    return s, s + dt.timedelta(days=6)


def therapist(rng):
    return rng.choice(THERAPISTS)


def plan_head(p: Page, rng, size=14):
    p.line(PLAN, size, "B", h=7.5)
    p.line(f"{PLAN_ADDR}  |  Member Services {rng.choice(['1-877', '1-844', '1-866'])}-555-{digits(rng, 4)}  |  "
           "TTY 711  |  larkspurvalley.example", 8, h=4.3)
    p.ln(4)


# 1 ---------------------------------------------------------------- born digital member EOB, three claims
def member_eob(rng):
    name = person(rng)
    stmt = dt.date(2026, 3, 6) + dt.timedelta(days=rng.randint(0, 40))
    mon = plus(stmt, -rng.randint(22, 35))
    mon = mon - dt.timedelta(days=mon.weekday())
    grp_days = [mon, plus(mon, 1), plus(mon, 2)]
    over = [plus(mon, 3), plus(mon, 4)]
    ind = plus(mon, -rng.randint(3, 6))
    cl = [f"{stmt.strftime('%y')}{digits(rng, 9)}" for _ in range(3)]
    m, g = member_id(rng), group_no(rng)
    th, cred = therapist(rng)
    gth, gcred = therapist(rng)
    ind_c = amount(rng, 160, 220)
    g_c = amount(rng, 65, 95)
    over_tot = round(g_c * 2, 2)
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    plan_head(p, rng)
    p.line("EXPLANATION OF BENEFITS", 13, "B", h=7)
    p.line("THIS IS NOT A BILL", 9, "B", h=5)
    p.ln(2)
    p.pairs([("Statement date", fdate(stmt, "long")), ("Member", name), ("Member ID", m), ("Group", g),
             ("Plan", "Larkspur Choice PPO 2500"),
             ("Claims processed", f"{fdate(plus(stmt, -30), 'slash')} - {fdate(plus(stmt, -1), 'slash')}")],
            label_w=40, size=9.5, h=5)
    p.ln(3)

    def claim(no, prov, rows, note):
        p.f(9.5, "B")
        p.set_fill_color(228, 228, 228)
        p.cell(0, 6, f"  Claim {no}   Provider: {prov}", fill=True, new_x="LMARGIN", new_y="NEXT")
        p.ln(1)
        p.table(["Date", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"], rows,
                [24, 54, 20, 20, 20, 18, 18], size=8, border=0)
        if note:
            p.para(note, 8.5)

    a = round(ind_c * 0.62, 2)
    claim(cl[0], f"{th}, {cred}", [[fdate(ind, "slash"), "90837-95 psychotherapy 60 min", money(ind_c), money(a),
                                   money(round(a - 30, 2)), "30.00", ""]], "")
    ga = round(g_c * 0.6, 2)
    claim(cl[1], PRACTICE, [[fdate(d, "slash"), "90853-95 group psychotherapy", money(g_c), money(ga),
                             money(round(ga - 15, 2)), "15.00", ""] for d in grp_days], "")
    claim(cl[2], PRACTICE, [[fdate(d, "slash"), "90853-95 group psychotherapy", money(g_c), "0.00", "0.00",
                             "0.00", "GW3"] for d in over] +
          [["", "Claim total", money(over_tot), "0.00", "0.00", "0.00", ""]],
          "GW3: Your plan covers up to 3 group psychotherapy sessions by telehealth in one calendar week "
          f"(Monday to Sunday). You had 3 sessions in the week of {fdate(mon, 'long')}, so these sessions are over "
          "the benefit limit and are not covered. The provider may not bill you for them.")
    p.heading("Your appeal rights", 10.5)
    p.para("You may appeal within 180 days from the date of this statement. Call Member Services or write to "
           "Appeals, " + PLAN_ADDR + ". Urgent appeals are decided within 72 hours. You may also have the right to "
           "an external review within 4 months after a final decision.", 8.5)
    t = truth("eob", "not_covered", insurer=PLAN, group_number=g, member_id=m, member_name=name, cases=[cl[2]],
              claim_amount=m2(over_tot), service_dates=[d.isoformat() for d in over],
              denial_date=stmt.isoformat(), provider=PRACTICE, appeal_deadline=plus(stmt, 180).isoformat())
    return out(p), t


# 2 ---------------------------------------------------------------- member letter, label column (scan)
def member_letter(rng):
    name = person(rng)
    letter = dt.date(2026, 2, 20) + dt.timedelta(days=rng.randint(0, 40))
    mon = plus(letter, -rng.randint(18, 30))
    mon = mon - dt.timedelta(days=mon.weekday())
    d = plus(mon, rng.randint(3, 5))
    ref = f"UM-{digits(rng, 8)}"
    cl = f"{digits(rng, 12)}"
    m, g = member_id(rng), group_no(rng)
    th, cred = therapist(rng)
    c = amount(rng, 70, 110)
    dob = dt.date(1968 + rng.randint(0, 30), rng.randint(1, 12), rng.randint(1, 28))
    p = Page(footer="Page {n} of {nb}", footer_left=f"Ref {ref}")
    p.add_page()
    plan_head(p, rng, 15)
    p.line(fdate(letter, "slash"), 10, h=6)
    p.ln(2)
    p.line(name, 10, h=5)
    p.line(f"{rng.randint(10, 999)} Sagebrush Loop, Cedar Falls Junction NV 89391", 10, h=5)
    p.ln(4)
    p.line("Notice of Adverse Benefit Determination", 12.5, "B", h=7)
    p.ln(1)
    p.pairs([("Reference number", ref), ("Claim number", cl), ("Member name", name), ("Member ID", m),
             ("Group number", g), ("Date of birth", fdate(dob, "slash")), ("Service", "90853-95 group "
                                                                              "psychotherapy (telehealth)"),
             ("Date of service", fdate(d, "slash")), ("Billed amount", money(c)),
             ("Rendering provider", f"{th}, {cred} ({PRACTICE})")], label_w=48, size=9.5, h=5.2)
    p.ln(2)
    p.para(f"We reviewed the claim above. We are not able to pay for the group therapy session on "
           f"{fdate(d, 'long')}. Your benefit plan covers group psychotherapy by telehealth up to three sessions "
           f"per calendar week. Our records show three group sessions already paid for the week of "
           f"{fdate(mon, 'long')}. A fourth session in the same week is more than the benefit limit in your "
           "Summary of Benefits (Behavioral Health, Outpatient, limit note 7).", 10)
    p.para("Individual therapy sessions are not part of this limit. Your provider may ask us for more group "
           "sessions for a week in advance if they are medically needed.", 10)
    p.heading("How to appeal", 11)
    p.para("You or someone you name may appeal within 180 days of the date of this letter. If your health would "
           "be in serious danger, ask for an expedited appeal; we decide it within 72 hours. You may ask for the "
           "rule and documents we used, free of charge. Call 988 for the Suicide and Crisis Lifeline at any time.",
           9.5)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group_number=g, member_id=m, member_name=name,
              cases=[ref, cl], claim_amount=m2(c), service_dates=[d.isoformat()], denial_date=letter.isoformat(),
              provider=th, appeal_deadline=plus(letter, 180).isoformat(),
              alternates={"provider": [f"{th}, {cred}", PRACTICE]})
    return out(p), t


# 3 ---------------------------------------------------------------- Spanish EOB (photocopy)
def eob_es(rng):
    name = person(rng, es=True)
    stmt = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 40))
    mon = plus(stmt, -rng.randint(20, 30))
    mon = mon - dt.timedelta(days=mon.weekday())
    over = plus(mon, rng.randint(3, 5))
    inds = [plus(mon, -7), plus(mon, 1)]
    cl_paid, cl_den = f"{digits(rng, 11)}", f"{digits(rng, 11)}"
    m, g = member_id(rng), group_no(rng)
    th, cred = therapist(rng)
    ic = amount(rng, 140, 200)
    gc = amount(rng, 70, 100)
    esd = lambda d: f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"  # noqa: E731
    p = Page(footer="Página {n} de {nb}")
    p.add_page()
    plan_head(p, rng, 14)
    p.line("EXPLICACIÓN DE BENEFICIOS", 13, "B", h=7)
    p.line("ESTO NO ES UNA FACTURA", 9, "B", h=5)
    p.ln(2)
    p.pairs([("Fecha de la declaración", esd(stmt)), ("Afiliado", name), ("Nº de afiliado", m), ("Grupo", g)],
            label_w=52, size=9.5, h=5)
    p.ln(3)
    p.line(f"Reclamación {cl_paid}  -  {th}, {cred}", 9.5, "B", h=6)
    p.table(["Fecha", "Servicio", "Facturado", "Permitido", "Pagado", "Usted debe"],
            [[fdate(d, "slash"), "90834-95 psicoterapia individual", money(ic), money(round(ic * .6, 2)),
              money(round(ic * .6 - 25, 2)), "25.00"] for d in inds], [24, 62, 22, 22, 22, 22], size=8)
    p.line(f"Reclamación {cl_den}  -  {PRACTICE}", 9.5, "B", h=6)
    p.table(["Fecha", "Servicio", "Facturado", "Permitido", "Pagado", "Código"],
            [[fdate(over, "slash"), "90853-95 psicoterapia de grupo", money(gc), "0.00", "0.00", "L4"]],
            [24, 62, 22, 22, 22, 22], size=8)
    p.para(f"L4: Su plan cubre hasta 3 sesiones de psicoterapia de grupo por telesalud por semana calendario. La "
           f"sesión del {esd(over)} fue la cuarta de esa semana y excede el límite del beneficio; no está "
           "cubierta. El proveedor no puede cobrarle esta cantidad.", 9)
    p.heading("Sus derechos de apelación", 10.5)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta declaración. Llame a Servicios para "
           "Afiliados o escriba a la dirección de arriba. Las apelaciones urgentes se deciden en 72 horas. Puede "
           "pedir una revisión externa dentro de 4 meses después de la decisión final.", 8.5)
    t = truth("eob", "not_covered", insurer=PLAN, group_number=g, member_id=m, member_name=name, cases=[cl_den],
              claim_amount=m2(gc), service_dates=[over.isoformat()], denial_date=stmt.isoformat(),
              provider=PRACTICE, appeal_deadline=plus(stmt, 180).isoformat(), lang="es")
    return out(p), t


# 4 ---------------------------------------------------------------- fax stack: provider notice + approval of units
def provider_notice(rng, f):
    up = lambda d: d.strftime("%d-%b-%Y").upper()  # noqa: E731
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    p.line(PLAN.upper() + " - PROVIDER CLAIM NOTICE", 12, "B", h=7)
    p.line(f"TO: {PRACTICE.upper()}  ATTN BILLING   NPI {digits(rng, 10)}   TAX ID {digits(rng, 2)}-{digits(rng, 7)}",
           8.5, h=5)
    p.line(f"NOTICE DATE: {up(f['nd'])}", 9.5, h=5)
    p.ln(2)
    p.pairs([("PATIENT", f"{f['last'].upper()}, {f['first'].upper()} {f['mi']}"), ("MEMBER NO", f["mid"]),
             ("GROUP NO", f["grp"]), ("ICN", f["icn"]), ("RECEIVED", up(f["recv"])),
             ("PATIENT ACCT", f"NCC{digits(rng, 6)}")], label_w=36, size=9, h=4.8)
    p.ln(2)
    p.table(["DOS", "CPT-MOD", "POS", "UNITS", "BILLED", "PAID", "CARC/RARC"],
            [[up(d), "90853-95", "10", "1", money(f["gc"], "nosign"), "0.00", "CO-119 / N362"]
             for d in f["over"]], [28, 24, 12, 14, 22, 18, 42], size=8.5)
    p.line(f"CLAIM TOTAL BILLED {money(f['gc'] * len(f['over']), 'nosign')}   PAID 0.00", 9, "B", h=5)
    p.ln(2)
    p.para("CO-119 BENEFIT MAXIMUM FOR THIS TIME PERIOD HAS BEEN REACHED. N362 THE NUMBER OF DAYS OR UNITS OF "
           "SERVICE EXCEEDS OUR ACCEPTABLE MAXIMUM. 90853 TELEHEALTH IS LIMITED TO 3 UNITS PER MEMBER PER "
           "CALENDAR WEEK. MEMBER MAY NOT BE BILLED.", 8.5)
    p.para("PROVIDER APPEALS MUST BE RECEIVED WITHIN 90 DAYS OF THE DATE OF THIS NOTICE. CORRECTED CLAIMS: 180 "
           "DAYS FROM DOS. TO REQUEST ADDITIONAL WEEKLY UNITS, SUBMIT FORM BH-114 WITH THE TREATMENT PLAN.", 8.5)
    t = truth("eob", "not_covered", insurer=PLAN, group_number=f["grp"], member_id=f["mid"], member_name=f["name"],
              cases=[f["icn"]], claim_amount=m2(round(f["gc"] * len(f["over"]), 2)),
              service_dates=[d.isoformat() for d in f["over"]], denial_date=f["nd"].isoformat(), provider=PRACTICE,
              appeal_deadline=plus(f["nd"], 90).isoformat(), type_alternates=["denial_letter"])
    return out(p), t


def approval(rng, f):
    p = Page(footer=None)
    p.add_page()
    plan_head(p, rng, 13)
    p.line(fdate(f["appr"], "dmy"), 10, h=6)
    p.ln(2)
    p.line(f"{PRACTICE}, Utilization Management Contact", 10, h=5)
    p.ln(3)
    p.line("Approval: Additional Group Psychotherapy Units", 12, "B", h=7)
    p.pairs([("Authorization no.", f["auth"]), ("Member", f["name"]), ("Member ID", f["mid"])], label_w=40,
            size=10)
    p.ln(2)
    p.para(f"We approved your request for additional telehealth group psychotherapy (90853-95) for {f['name']}. "
           f"Up to 5 sessions per week are approved from {fdate(f['s'], 'dmy')} through {fdate(f['e'], 'dmy')}, "
           f"with {f['th']} as the treating clinician. Sessions in this period will be paid under the member's "
           "normal cost sharing.", 10)
    p.para("This approval does not change claims for earlier weeks. If more sessions are needed after the end "
           "date, send a new request with an updated treatment plan at least 5 business days before.", 10)
    t = truth("other", None, insurer=PLAN, member_id=f["mid"], member_name=f["name"], cases=[f["auth"]],
              service_dates=[span(f["s"], f["e"])], denial_date=f["appr"].isoformat(), provider=f["th"],
              alternates={"service_dates": [[f["s"].isoformat()], []], "provider": [PRACTICE]})
    return out(p), t


def stack_item(rng):
    nd = dt.date(2026, 2, 16) + dt.timedelta(days=rng.randint(0, 35))
    mon = plus(nd, -rng.randint(16, 25))
    mon = mon - dt.timedelta(days=mon.weekday())
    name = person(rng)
    first, mi, last = name.split()
    th, _cred = therapist(rng)
    appr = plus(nd, rng.randint(6, 12))
    s = plus(appr, 3)
    f = dict(nd=nd, name=name, first=first, mi=mi[0], last=last, mid=member_id(rng), grp=group_no(rng),
             icn=f"{nd.strftime('%y')}{digits(rng, 3)}{digits(rng, 8)}", recv=plus(nd, -rng.randint(5, 10)),
             over=[plus(mon, 4), plus(mon, 5)], gc=amount(rng, 70, 100), appr=appr, auth=f"BH{digits(rng, 8)}",
             s=s, e=plus(s, 55), th=th)
    return Item(f"{FAMILY}_faxf_stack_notice_approval", "fax_fine_g4", [provider_notice(rng, f), approval(rng, f)],
                separators=["cover", None], turns={(1, 0): 180})


# 5 ---------------------------------------------------------------- upheld appeal (phone photo)
def appeal(rng):
    name = person(rng)
    dec = dt.date(2026, 3, 18) + dt.timedelta(days=rng.randint(0, 30))
    mon = plus(dec, -rng.randint(50, 70))
    mon = mon - dt.timedelta(days=mon.weekday())
    days = [plus(mon, 3), plus(mon, 4), plus(mon, 5)]
    appl = f"APL-{dec.year}-{digits(rng, 5)}"
    cl = f"{digits(rng, 12)}"
    m = member_id(rng)
    th, cred = therapist(rng)
    gc = amount(rng, 70, 100)
    tot = round(gc * 3, 2)
    p = Page(serif=True, footer=None)
    p.add_page()
    plan_head(p, rng, 14)
    p.line(fdate(dec, "long"), 10.5, h=6)
    p.ln(2)
    p.line(f"RE: Appeal {appl} - claim {cl}", 10.5, "B", h=6)
    p.line(f"Member: {name}   ID: {m}", 10.5, h=6)
    p.ln(3)
    p.para(f"Dear {name.split()[0]} {name.split()[-1]},", 10.5)
    p.para(f"We have finished reviewing your appeal about three telehealth group therapy sessions at {PRACTICE} "
           f"on {fdate(days[0], 'long')}, {fdate(days[1], 'long')} and {fdate(days[2], 'long')} (total billed "
           f"{money(tot)}).", 10.5)
    p.para(f"A licensed behavioral health clinician reviewed the appeal and the letter from {th}. Your plan "
           "covers up to three group psychotherapy sessions by telehealth per calendar week, and three sessions "
           "earlier that same week were already paid. No request for additional weekly units was on file for "
           "that week. **We are upholding our decision.** The sessions remain denied as over the benefit limit.",
           10.5)
    p.para("This is the final decision of our internal appeal process. You may ask for an independent external "
           "review within 4 months of receiving this letter. You may also contact the state Division of "
           "Insurance consumer line for help.", 10)
    t = truth("denial_letter", "not_covered", insurer=PLAN, member_id=m, member_name=name, cases=[appl, cl],
              claim_amount=m2(tot), service_dates=[d.isoformat() for d in days], denial_date=dec.isoformat(),
              provider=PRACTICE, alternates={"case_numbers": [[appl]], "provider": [th]})
    return out(p), t


# 6 ---------------------------------------------------------------- practice statement (rotated)
def practice_statement(rng):
    name = person(rng)
    st = dt.date(2026, 3, 10) + dt.timedelta(days=rng.randint(0, 30))
    mon = plus(st, -rng.randint(30, 40))
    mon = mon - dt.timedelta(days=mon.weekday())
    g = [plus(mon, i) for i in range(4)]
    ind = plus(mon, 4)
    m = member_id(rng)
    th, cred = therapist(rng)
    gc, ic = amount(rng, 70, 100), amount(rng, 150, 210)
    p = Page(footer=None)
    p.add_page()
    p.line(PRACTICE, 15, "B", h=8)
    p.line("Virtual group and individual therapy  |  billing@northwind-counseling.example  |  (555) 019-4410", 8.5,
           h=4.5)
    p.ln(5)
    p.line("Client Statement", 12, "B", h=7)
    p.pairs([("Statement date", fdate(st, "abbr")), ("Client", name), ("Client no.", f"C-{digits(rng, 5)}"),
             ("Insurance", f"{PLAN}, member {m}")], label_w=40, size=9.5)
    p.ln(2)
    rows = [[fdate(d, "abbr"), "Group therapy (video) 90853", money(gc), "Paid by plan" if i < 3 else "Denied",
             "15.00" if i < 3 else "0.00"] for i, d in enumerate(g)]
    rows.append([fdate(ind, "abbr"), f"Individual therapy 90837, {th}", money(ic), "Paid by plan", "30.00"])
    p.table(["Date", "Service", "Charge", "Insurance", "Your share"], rows, [28, 70, 24, 30, 24], size=8.5)
    p.para(f"Your plan denied the group session on {fdate(g[3], 'abbr')} as over its weekly limit of 3 group "
           "sessions. Under our contract we have written that charge off; you do not owe it. Your balance is the "
           "copays shown. Payment is due in 30 days.", 9.5)
    t = truth("other", None, insurer=None, member_id=m, member_name=name, claim_amount=m2(gc),
              service_dates=[g[3].isoformat()], denial_date=st.isoformat(), provider=PRACTICE,
              unscored=["insurer"], alternates={"member_id": [None], "claim_amount": [None]})
    return out(p), t


# 7 ---------------------------------------------------------------- short benefit-limit notice (low res)
def limit_notice(rng):
    name = person(rng)
    nd = dt.date(2026, 2, 24) + dt.timedelta(days=rng.randint(0, 35))
    mon = plus(nd, -rng.randint(14, 24))
    mon = mon - dt.timedelta(days=mon.weekday())
    d = plus(mon, 6)
    cl = f"{nd.strftime('%y')}-{digits(rng, 7)}"
    m, g = member_id(rng), group_no(rng)
    gc = amount(rng, 70, 100)
    by = plus(nd, 180)
    p = Page(footer=None, footer_left="LVHP-BH-NBL-03")
    p.add_page()
    p.line("larkspur valley", 16, "B", h=8)
    p.line("health plan", 9, h=4.5)
    p.ln(5)
    p.line("BENEFIT LIMIT NOTICE", 12.5, "B", h=7)
    p.line(f"Issued {fdate(nd, 'iso')}", 10, h=5.5)
    p.ln(2)
    p.pairs([("To", name), ("Member #", f"{m[:3]} {m[3:6]} {m[6:9]} {m[9:]}"), ("Group #", g), ("Claim #", cl)],
            label_w=28, size=10)
    p.ln(2)
    p.para(f"The telehealth group psychotherapy session you had with {PRACTICE} on {fdate(d, 'iso')} "
           f"({money(gc)}) is not covered: it was the fourth group session in the calendar week that began "
           f"{fdate(mon, 'iso')}, and your plan pays for three.", 10)
    p.para(f"Appeal by: {fdate(by, 'iso')}. Mail your appeal to {PLAN}, Appeals, {PLAN_ADDR}. External "
           "review: within 4 months of a final decision.", 10)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group_number=g, member_id=m, member_name=name,
              cases=[cl], claim_amount=m2(gc), service_dates=[d.isoformat()], denial_date=nd.isoformat(),
              provider=PRACTICE, appeal_deadline=by.isoformat())
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY
    return [Item(f"{F}_bd_member_eob", "born_digital", [member_eob(rng)]),
            Item(f"{F}_scan_member_letter", "scan_clean_300", [member_letter(rng)]),
            Item(f"{F}_copy_eob_es", "photocopy", [eob_es(rng)]),
            stack_item(rng),
            Item(f"{F}_photo_appeal_upheld", "phone_photo", [appeal(rng)]),
            Item(f"{F}_rot_practice_statement", "rotated", [practice_statement(rng)]),
            Item(f"{F}_lowres_limit_notice", "scan_lowres_150", [limit_notice(rng)])]
