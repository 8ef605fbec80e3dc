"""Family hospital_swing_bed_skilled_care_level_of_care_denial: a critical access hospital swing-bed stay (SNF-level
care in an acute bed) refused because the patient needed only custodial care, not daily skilled care.

Modelled on public notices: the Part A Medicare Summary Notice (claim boxes, "Benefit Days Used", "Non-Covered
Charges", "Appeals must be filed by"), a Medicare Advantage plan's Notice of Denial of Medical Coverage (CMS-10003)
and its Spanish edition, an MA plan's reconsideration decision, an MA Part C EOB, and the hospital's own statement.
Everyone and every number is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import fmt_date
from public_kit import Page, address, amount, digits, fdate, m2, mbi, money, out, person, plus, span, truth

FAMILY = "hospital_swing_bed_skilled_care_level_of_care_denial"
LANG = "en"
SEED = 334900

CAHS = [("Wolf Creek Critical Access Hospital", "Broken Bow, NE"), ("Sage Flats Community Hospital", "Burns, OR"),
        ("Pine Hollow Memorial Hospital", "Ely, MN")]
MDS = ["Dr. Josephine Amundsen", "Dr. Reuben Castellanos", "Dr. Ilse Marchetti"]
PLAN = ("Quillback Senior Health Plan", "Quillback Medicare Advantage Choice (HMO-POS)", "H5817-006")


def fd(d, s):
    return fmt_date(d, s)


def swing_charges(rng, days):
    room = round(days * amount(rng, 980, 1240), 2)
    pt = amount(rng, 300, 900)
    rx = amount(rng, 120, 480)
    return [("0120 Room & board, swing bed", f"{days} days", room), ("0420 Physical therapy", "", pt),
            ("0250 Pharmacy", "", rx)], round(room + pt + rx, 2)


# 1 ------------------------------------------------------------ born digital Part A MSN: acute stay paid, swing bed NO
def msn_part_a(rng):
    name, *_ = person(rng)
    num = mbi(rng)
    hosp, town = rng.choice(CAHS)
    adm = dt.date(2026, 1, 6) + dt.timedelta(days=rng.randint(0, 20))
    acute_end = plus(adm, 3)
    sb_end = plus(acute_end, rng.randint(9, 14))
    notice = plus(sb_end, rng.randint(25, 40))
    by = plus(notice, 120)
    c1, c2 = f"{digits(rng, 5)}-{digits(rng, 6)}", f"{digits(rng, 5)}-{digits(rng, 6)}"
    acute = amount(rng, 14000, 21000)
    lines, sb_tot = swing_charges(rng, (sb_end - acute_end).days)
    p = Page(footer="Page {n} of {nb}", footer_left="CMS-10310 (Part A)")
    p.add_page()
    p.line("Medicare Summary Notice for Part A (Hospital Insurance)", 14.5, "B", h=8)
    p.line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5, h=4.5)
    p.ln(2)
    p.line("THIS IS NOT A BILL", 12, "B", h=7)
    y = p.get_y()
    for ln in [name.upper()] + [a.upper() for a in address(rng)]:
        p.line(ln, 9.5, h=5)
    p.set_xy(118, y)
    for k, v in [("Medicare Number", num), ("Date of This Notice", fdate(notice, "long")),
                 ("Claims Processed Between", f"{fdate(plus(notice, -90), 'long')} and {fdate(notice, 'long')}")]:
        p.set_x(118)
        p.f(8, "B")
        p.cell(0, 4.3, k, new_x="LMARGIN", new_y="NEXT")
        p.set_x(118)
        p.f(9.5)
        p.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.heading("Your Deductible Status", 11)
    p.para(f"You have met your Part A deductible of $1,736.00 for the benefit period that began {fdate(adm, 'long')}.",
           9.5)
    p.heading("Your Claims & Costs This Period", 11)
    p.pairs([("Did Medicare approve all services?", "NO"), ("Number of claims with denied services", "1"),
             ("Total You May Be Billed", money(sb_tot + 1736))], label_w=82, size=9.5)
    p.heading("Facilities with Claims This Period", 11)
    p.pairs([(fdate(adm, "slash"), f"{hosp}, {town} (inpatient)"),
             (fdate(acute_end, "slash"), f"{hosp}, {town} (swing bed - skilled nursing level)")], label_w=32,
            size=9.2, bold_label=False, colon=False)
    p.add_page()
    p.heading("Your Claims for Part A (Hospital Insurance)", 12, rule=True)
    street = address(rng)[0]
    for c, label, a, b, rows, ok in [(c1, "Inpatient hospital stay", adm, acute_end, None, True),
                                      (c2, "Swing-bed stay (skilled nursing level of care)", acute_end, sb_end, lines,
                                       False)]:
        p.f(9.5, "B")
        p.cell(0, 5.5, f"{hosp}, {street}, {town}", new_x="LMARGIN", new_y="NEXT")
        p.f(8.8)
        p.cell(0, 4.8, f"{label}: {fdate(a, 'slash')} - {fdate(b, 'slash')}   Claim Number: {c}", new_x="LMARGIN",
               new_y="NEXT")
        p.cell(0, 4.8, f"Referred by: {rng.choice(MDS)}", new_x="LMARGIN", new_y="NEXT")
        if ok:
            trow = [["Inpatient stay (DRG 193)", "Yes", f"{(acute_end - adm).days}", money(acute), "$0.00",
                     money(acute - 1736), money(1736), ""]]
        else:
            trow = [[d, "NO", "0" if q else "", money(v), money(v), "$0.00", money(v), "B"] for d, q, v in rows]
            trow.append(["Total for this claim", "", "", money(sb_tot), money(sb_tot), "$0.00", money(sb_tot), ""])
        p.table(["Service Provided", "Approved?", "Benefit Days Used", "Amount Hospital Charged",
                 "Non-Covered Charges", "Medicare Paid", "Maximum You May Be Billed", "See Notes"], trow,
                [50, 17, 17, 21, 21, 18, 22, 14], size=7.8, bold_last=not ok)
    p.heading("Notes for Claims Above", 10.5)
    p.para("B  Medicare pays for swing-bed care only when you need daily skilled nursing or skilled rehabilitation "
           "services. Our review found the care you received was custodial (help with bathing, dressing, eating and "
           "walking) and could have been given at a lower level of care. No benefit days were used for this claim.",
           9)
    p.heading("How to Handle Denials or Appeals", 11)
    p.para(f"If you disagree with a coverage decision on this notice, you can file an appeal. **Appeals must be filed "
           f"by {fdate(by, 'long')}.** Circle the services you disagree with and send a copy of this page to the "
           "Medicare contractor. For a fast appeal about a current stay, call the Quality Improvement Organization.",
           9.3)
    t = truth("eob", "level_of_care", insurer="Medicare", member_id=num, member_name=name, cases=[c2],
              claim_amount=m2(sb_tot), service_dates=[span(acute_end, sb_end)], denial_date=notice.isoformat(),
              provider=hosp, appeal_deadline=by.isoformat(), type_alternates=["denial_letter"],
              denial_alternates=["not_covered"],
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"]})
    return out(p), t


def plan_head(p, notice_str):
    org, plan, hid = PLAN
    p.line(org, 15, "B", h=8)
    p.line(f"{plan}  |  PO Box 7740, Bozeman MT 59771  |  1-877-555-0163 (TTY 711)", 8.2, h=4.5)
    p.ln(4)
    if notice_str:
        p.line(notice_str, 10)
        p.ln(2)


# 2 ------------------------------------------------------------ scanned CMS-10003 NDMC (concurrent, swing bed ended)
def ndmc(rng):
    org, plan, hid = PLAN
    name, first, mi, last = person(rng)
    mid = f"QB{digits(rng, 9)}"
    hosp, town = rng.choice(CAHS)
    md = rng.choice(MDS)
    start = dt.date(2026, 2, 2) + dt.timedelta(days=rng.randint(0, 25))
    end = plus(start, 13)
    notice = plus(start, -1)
    ref = f"UM-{digits(rng, 8)}"
    dob = dt.date(1938 + rng.randint(0, 12), rng.randint(1, 12), rng.randint(1, 28))
    p = Page(footer=None, footer_left="Form CMS-10003-NDMC   OMB Approval 0938-0829")
    p.add_page()
    plan_head(p, f"Date: {fd(notice, 'slash')}")
    p.pairs([("Name", name), ("Member number", mid), ("Date of birth", fd(dob, "slash"))], label_w=40, size=10)
    p.ln(3)
    p.line("Notice of Denial of Medical Coverage (or Payment)", 14, "B", align="C", h=8)
    p.para(f"Your request was denied. We have denied the medical coverage listed below that you or your physician "
           f"requested (reference {ref}). We denied this request because:", 10)
    p.para(f"You asked us to cover continued care in a swing bed at {hosp} from {fd(start, 'long')} through "
           f"{fd(end, 'long')}, as requested by {md}. A swing bed is covered when you need skilled nursing or "
           "skilled therapy every day. Your records show your wound has healed and you now walk 150 feet with a "
           "walker and stand-by help. The help you still need (bathing, dressing, medicines) is custodial care, "
           "which can be safely given at a lower level of care, such as an assisted living home or at home with "
           "home health visits. Our Medical Director reviewed this request.", 10)
    p.heading("You have the right to appeal our decision", 11)
    p.para("You have the right to ask Quillback Senior Health Plan to review our decision by asking us for an "
           "appeal. Ask for an appeal within 65 days of the date of this notice. We can give you more time if you "
           "have a good reason for missing the deadline.", 10)
    p.heading("There are 2 kinds of appeals you can ask for", 11)
    p.para("Expedited (72 hours) - You can ask for an expedited (fast) appeal if you or your doctor believe that your "
           "health could be seriously harmed by waiting up to 30 days for a decision. Standard (30 days) - You can "
           "ask for a standard appeal.", 9.5)
    p.para("Fax appeals to 1-877-555-0199. Your doctor's NPI on file: 1" + digits(rng, 9) + ".", 9.5)
    t = truth("denial_letter", "level_of_care", insurer=org, member_id=mid, member_name=name, cases=[ref],
              service_dates=[span(start, end)], denial_date=notice.isoformat(), provider=hosp,
              appeal_deadline=plus(notice, 65).isoformat(), alternates={"provider": [md], "service_dates": [[]]})
    return out(p), t


# 3 ------------------------------------------------------------ photocopied hospital statement (not a denial)
def statement(rng):
    name, first, mi, last = person(rng)
    hosp, town = rng.choice(CAHS)
    acct = f"{digits(rng, 8)}"
    a = dt.date(2026, 1, 12) + dt.timedelta(days=rng.randint(0, 20))
    b = plus(a, rng.randint(8, 12))
    stmt = plus(b, rng.randint(50, 70))
    lines, tot = swing_charges(rng, (b - a).days)
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(hosp.upper(), 14, "B", h=7)
    p.line(f"Patient Financial Services  -  {town}  -  (402) 555-0{digits(rng, 3)}", 9, h=5)
    p.ln(3)
    p.boxed_pairs([("Statement date", fd(stmt, "dmy")), ("Guarantor", name), ("Account number", acct),
                   ("Amount due now", money(tot, "usd"))], label_w=50)
    p.heading("Swing-bed services", 11)
    p.table(["Date(s)", "Description", "Qty", "Charges"],
            [[f"{fd(a, 'slash')} - {fd(b, 'slash')}", d, q, money(v)] for d, q, v in lines]
            + [["", "Total charges", "", money(tot)],
               [fd(plus(b, 30), "short"), "Medicare Part A - denied (custodial care)", "", "$0.00"],
               ["", "Balance due from patient", "", money(tot)]],
            [46, 86, 16, 32], size=8.6)
    p.para(f"Medicare did not pay for {first}'s swing-bed stay because it found the care was not at a skilled level. "
           "You may have appealed already; if so, call us and we will hold this account for 60 days. Payment plans "
           "and financial assistance are available.", 9.5)
    p.para("Please detach and return the lower portion with your payment.  - - - - - - - - - - - - - - - - - -", 8.5)
    p.pairs([("Account", acct), ("Patient", name), ("Pay this amount", money(tot))], label_w=40, size=9.5)
    t = truth("other", None, insurer=None, member_name=name, claim_amount=m2(tot), service_dates=[span(a, b)],
              denial_date=stmt.isoformat(), provider=hosp, unscored=["insurer"])
    return out(p), t


# 4 ------------------------------------------------------------ fax stack: approval of admission + concurrent denial
def approval(rng, f):
    org, plan, hid = PLAN
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    plan_head(p, fd(f["appr_date"], "long"))
    p.line("Utilization Management - Authorization Approval", 12.5, "B", h=7)
    p.pairs([("To", f"{f['hosp']}, Case Management"), ("Member", f["name"]), ("Member ID", f["mid"]),
             ("Authorization #", f["auth"]), ("Attending", f["md"])], label_w=38, size=9.8)
    p.ln(2)
    p.para(f"Quillback Senior Health Plan has **approved** admission to a swing bed at skilled nursing level of care "
           f"starting {fd(f['start'], 'long')}. Seven (7) days are approved; the next review is due on "
           f"{fd(plus(f['start'], 6), 'long')}. Please fax updated therapy and nursing notes by noon that day.", 10)
    p.para("This approval is not a guarantee of payment; benefits depend on eligibility on the date of service.", 9)
    t = truth("other", None, insurer=org, plan_id=None, member_id=f["mid"], member_name=f["name"], cases=[f["auth"]],
              service_dates=[span(f["start"], plus(f["start"], 6))], denial_date=f["appr_date"].isoformat(),
              provider=f["hosp"], alternates={"provider": [f["md"]], "service_dates": [[f["start"].isoformat()]]})
    return out(p), t


def concurrent_denial(rng, f):
    org, plan, hid = PLAN
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    plan_head(p, fd(f["den_date"], "long"))
    p.line("Concurrent Review Determination - Adverse", 12.5, "B", h=7)
    p.pairs([("Member", f"{f['name']} ({f['mid']})"), ("Facility", f["hosp"]), ("Review #", f["rev"]),
             ("Related authorization", f["auth"])], label_w=45, size=9.8)
    p.ln(2)
    last_day = plus(f["start"], 8)
    p.para(f"Dear {f['md']} and case management team: after reviewing the clinical notes received "
           f"{fd(plus(f['den_date'], -1), 'slash')}, our physician reviewer has determined that continued swing-bed "
           f"care is no longer at a skilled level. The member has met the therapy goals and requires supervision "
           f"and help with daily activities only. Coverage ends after {fd(last_day, 'long')}; days beginning "
           f"{fd(plus(last_day, 1), 'long')} are not authorized at the skilled level of care. Discharge planning to "
           f"home with home health or to assisted living is recommended.", 10)
    p.para("Peer-to-peer discussion is available within 2 business days at 1-877-555-0171. The member or the "
           "attending physician may request an appeal within 60 days of the date of this letter; for an immediate "
           "review the member may call the Quality Improvement Organization before leaving the hospital.", 9.5)
    t = truth("denial_letter", "level_of_care", insurer=org, member_id=f["mid"], member_name=f["name"],
              cases=[f["rev"]], service_dates=[span(plus(last_day, 1))], denial_date=f["den_date"].isoformat(),
              provider=f["hosp"], appeal_deadline=plus(f["den_date"], 60).isoformat(),
              alternates={"provider": [f["md"]], "case_numbers": [[f["rev"], f["auth"]]]})
    return out(p), t


def item_fax(rng):
    name, *_ = person(rng)
    hosp, town = rng.choice(CAHS)
    start = dt.date(2026, 2, 9) + dt.timedelta(days=rng.randint(0, 20))
    f = dict(name=name, mid=f"QB{digits(rng, 9)}", hosp=hosp, md=rng.choice(MDS), start=start,
             appr_date=plus(start, -1), den_date=plus(start, 7), auth=f"A{digits(rng, 9)}", rev=f"CR-{digits(rng, 7)}")
    return Item(f"{FAMILY}_um_fax_stack", "fax_fine_g4", [approval(rng, f), concurrent_denial(rng, f)],
                separators=["cover", None])


# 5 ------------------------------------------------------------ phone photo: reconsideration upheld
def reconsideration(rng):
    org, plan, hid = PLAN
    name, first, mi, last = person(rng)
    mid = f"QB{digits(rng, 9)}"
    hosp, town = rng.choice(CAHS)
    a = dt.date(2026, 1, 19) + dt.timedelta(days=rng.randint(0, 14))
    b = plus(a, rng.randint(10, 15))
    notice = plus(b, rng.randint(40, 60))
    recv = plus(notice, -24)
    claim = digits(rng, 12)
    appeal = f"APL-2026-{digits(rng, 6)}"
    lines, tot = swing_charges(rng, (b - a).days)
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    plan_head(p, fd(notice, "iso"))
    for ln in [name] + address(rng):
        p.line(ln, 10, h=5)
    p.ln(3)
    p.line("Notice of Reconsideration Decision - Payment", 13, "B", h=7)
    p.para(f"Re: Appeal {appeal}, claim {claim} from {hosp} for swing-bed days {fd(a, 'iso')} to {fd(b, 'iso')}, "
           f"billed {money(tot)}.", 10)
    p.para(f"Dear {first} {last}, we received your appeal on {fd(recv, 'iso')}. A physician who was not involved in "
           "the first decision reviewed your records. We are upholding our decision: the care you received during "
           "these days was custodial, not skilled, and did not require the swing-bed level of care.", 10)
    p.para("Because we did not decide fully in your favor, we have automatically sent your case to the Independent "
           "Review Entity (IRE). You do not need to do anything. The IRE will write to you. Member ID " + mid + ".", 10)
    p.para("Questions? Call 1-877-555-0163, 8 a.m. to 8 p.m., seven days a week.", 9.5)
    t = truth("denial_letter", "level_of_care", insurer=org, member_id=mid, member_name=name, cases=[appeal, claim],
              claim_amount=m2(tot), service_dates=[span(a, b)], denial_date=notice.isoformat(), provider=hosp)
    return out(p), t


# 6 ------------------------------------------------------------ rotated Spanish NDMC
def ndmc_es(rng):
    org, plan, hid = PLAN
    name, first, mi, last = person(rng)
    mid = f"QB{digits(rng, 9)}"
    hosp, town = rng.choice(CAHS)
    start = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 20))
    notice = plus(start, -2)
    ref = f"UM-{digits(rng, 8)}"
    p = Page(footer=None, footer_left="Formulario CMS-10003-NDMC (español)")
    p.add_page()
    p.line(org, 15, "B", h=8)
    p.line(f"{plan}  |  Apartado Postal 7740, Bozeman MT 59771  |  1-877-555-0163", 8.2, h=4.5)
    p.ln(4)
    p.line(f"Fecha: {fd(notice, 'es')}", 10)
    p.pairs([("Nombre", name), ("Número de miembro", mid), ("Número de referencia", ref)], label_w=50, size=10)
    p.ln(3)
    p.line("Aviso de denegación de cobertura médica (o de pago)", 13.5, "B", align="C", h=8)
    p.para(f"Hemos denegado la cobertura médica que usted o su médico solicitaron: estadía en cama de transición "
           f"(swing bed) en {hosp} a partir del {fd(start, 'es')}.", 10)
    p.para("Denegamos esta solicitud porque usted ya no necesita atención de enfermería especializada ni terapia "
           "especializada todos los días. La ayuda que necesita (bañarse, vestirse, tomar sus medicamentos) es "
           "atención de custodia y puede recibirla en un nivel de atención más bajo, como en su hogar con visitas "
           "de salud en el hogar.", 10)
    p.heading("Usted tiene derecho a apelar nuestra decisión", 11)
    p.para("Pida una apelación dentro de 65 días a partir de la fecha de este aviso. Si su salud podría sufrir un "
           "daño grave, pida una apelación rápida (acelerada); decidimos en 72 horas.", 10)
    t = truth("denial_letter", "level_of_care", insurer=org, member_id=mid, member_name=name, cases=[ref],
              service_dates=[span(start)], denial_date=notice.isoformat(), provider=hosp,
              appeal_deadline=plus(notice, 65).isoformat(), lang="es", alternates={"service_dates": [[]]})
    return out(p), t


# 7 ------------------------------------------------------------ low-res MA Part C EOB, three claims, swing bed denied
def ma_eob(rng):
    org, plan, hid = PLAN
    name, *_ = person(rng)
    mid = f"QB{digits(rng, 9)}"
    hosp, town = rng.choice(CAHS)
    month = dt.date(2026, 2, 1)
    issued = dt.date(2026, 3, rng.randint(5, 12))
    d1 = plus(month, rng.randint(1, 4))
    a = plus(d1, 1)
    b = plus(a, rng.randint(8, 12))
    lines, tot = swing_charges(rng, (b - a).days)
    pc = amount(rng, 160, 240)
    lab = amount(rng, 40, 95)
    cl = [digits(rng, 10) for _ in range(3)]
    p = Page(footer="Page {n} of {nb}", footer_left="H5817_EOBC26_M")
    p.add_page()
    p.line(org, 15, "B", h=8)
    p.line(plan, 10, h=5)
    p.ln(2)
    p.line(f"Explanation of Benefits for {month.strftime('%B %Y')}", 13, "B", h=7)
    p.line("THIS IS NOT A BILL", 10, "B", h=5)
    p.boxed_pairs([("Member", name), ("Member ID", mid), ("Plan", hid), ("Issued", fd(issued, "upper"))], label_w=45)
    p.heading("Claims we processed", 11, rule=True)
    rows = [[cl[0], fd(d1, "slash"), "Dr. Ilse Marchetti (office visit 99214)", money(pc), money(pc * 0.62),
             "$20.00", ""],
            [cl[1], f"{fd(a, 'slash')}-{fd(b, 'slash')}", f"{hosp} (swing bed)", money(tot), "$0.00", "$0.00", "LC4"],
            [cl[2], fd(b, "slash"), "Prairie Reference Lab (CBC, BMP)", money(lab), money(lab * 0.5), "$0.00", ""]]
    p.table(["Claim #", "Service date(s)", "Provider / service", "Billed", "Plan paid", "You owe", "Note"], rows,
            [26, 38, 56, 20, 20, 14, 12], size=7.8)
    p.heading("Notes", 10.5)
    p.para(f"LC4  Not covered: the swing-bed days were reviewed and found to be custodial rather than skilled nursing "
           f"care. The hospital may not bill you for these days unless you agreed in writing beforehand. Claim "
           f"{cl[1]} was received {fd(plus(b, 3), 'slash')}.", 8.8)
    p.heading("Your appeal rights", 10.5)
    p.para("If you disagree, ask us for a reconsideration in writing within 65 days of the date this EOB was issued. "
           "External review by the IRE follows automatically if we uphold the decision.", 8.8)
    t = truth("eob", "level_of_care", insurer=org, plan_id=hid, member_id=mid, member_name=name, cases=[cl[1]],
              claim_amount=m2(tot), service_dates=[span(a, b)], denial_date=issued.isoformat(), provider=hosp,
              appeal_deadline=plus(issued, 65).isoformat(), denial_alternates=["not_covered"],
              alternates={"plan_id": [None]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, msn_part_a, "msn_part_a", "born_digital"), (1, ndmc, "ndmc_cms10003", "scan_clean_300"),
              (2, statement, "hospital_statement", "photocopy"), (4, reconsideration, "reconsideration_upheld",
                                                                  "phone_photo"),
              (5, ndmc_es, "aviso_denegacion_es", "rotated"), (6, ma_eob, "ma_part_c_eob", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(random.Random(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(3, item_fax(random.Random(SEED + 3)))
    return items
