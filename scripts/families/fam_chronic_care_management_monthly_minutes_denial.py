"""An invented commercial plan (Larkspur Mesa Health Plan) denying chronic care management months (CPT 99490,
at least 20 minutes of clinical staff time in a calendar month): months with fewer than 20 minutes documented,
and months two practices both billed (only one practice may bill care management for a member in a month), with
an independent review organization's partly overturned external review decision, the practice's statement and
its letter to the plan. CPT codes appear as themselves; every plan, reviewer, practice, person and number is
invented.

Documents (8 in 7 files):
- rotated_eob_claims_continue_page_two: member EOB, an unruled claim table with From | To columns that breaks
  onto page 2 under a repeated header; the February CCM month (14 minutes) denied in the middle of the rows;
  other CCM months and visits paid, plan year and deductible decoys.
- faxstd_notice_to_practice_billing_office: the plan's claim notice "To: ... Attn: Billing Office" in small type
  under a typed fax header, dates as "04-MAR-2026", the minutes log total, an example ("for example, if ...
  18 minutes") and a 90-day provider appeal; 365-day corrected-claim limit decoy.
- phone_spanish_two_page_duplicate_practice: a two-page Spanish letter to the member ("cc:" the second practice)
  denying March because another practice already billed care management for March; taglines and
  nondiscrimination on page 2; 180-day appeal.
- bd_practice_statement_bracket_adjustment: the practice's statement to the member (denies nothing), the plan's
  denial of January written off as "(68.00)", a dates column with "3/4/26"-style dates.
- photocopy_iro_external_review_partly_overturned: the independent review organization's decision (its
  letterhead; the plan in the text): January overturned (22 minutes with a call), February upheld (14 minutes).
- lowres_upheld_appeal_cover_letter_facts_page_two: the plan's upheld appeal on the two-practice month, page 1 a
  prose cover letter, the facts in a box on page 2 under a repeated header; second level in 60 days, 4-month
  external review decoy.
- faxfine_stack_practice_letter_then_member_denial: a typed fax cover sheet, the practice's letter to the plan
  with a minutes log (denies nothing), then the plan's denial to the member "cc:" the practice, upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddg_famdge import dmy_upper, nth
from kit_rounddk_famdke import DKSheet, bracket, in_words
from public_kit import address, amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "chronic_care_management_monthly_minutes_denial"
LANG = "en"
SEED = 351804
PLAN = "Larkspur Mesa Health Plan"
PRAC = "Thornbury Internal Medicine Associates"
PRAC2 = "Galloway Creek Family Medicine"
DOC = "Odalys R. Brennerman"
DOC2 = "Winston T. Abernathy-Hale"
IRO = "Ashgrove Independent Review Organization"
CCM = "99490"
DENY_ALT = ["coding_error", "other", "medical_necessity"]


def _ids(rng):
    return {"mid": "LMH" + digits(rng, 9), "grp": f"GRP-0{digits(rng, 5)}", "plan": f"Mesa Select HMO {digits(rng, 2)}"}


def _dob(rng):
    return dt.date(rng.randint(1940, 1968), rng.randint(1, 12), rng.randint(1, 28))


def _month(y: int, m: int) -> tuple[dt.date, dt.date]:
    a = dt.date(y, m, 1)
    b = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
    return a, b


def dlong(d: dt.date) -> str:
    return d.strftime("%-d %B %Y")


def short_nopad(d: dt.date) -> str:
    """3/4/26 (a decoy-only shape)."""
    return f"{d.month}/{d.day}/{d.strftime('%y')}"


def _logo(p: DKSheet, rng, dept: str):
    y = p.get_y()
    p.set_draw_color(40, 90, 60)
    p.set_line_width(1.2)
    p.line_seg(p.l_margin, y + 12, p.w - p.r_margin, y + 12)
    p.set_line_width(0.2)
    p.set_draw_color(0, 0, 0)
    p.set_xy(p.l_margin, y)
    p.f(14, "B")
    p.cell(0, 6, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.f(7.5)
    p.cell(0, 4, f"{dept}  |  PO Box {rng.randint(1000, 9999)}, Pueblo CO 810{rng.randint(10, 99)}  |  "
                 f"1-888-555-{digits(rng, 4)}  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 16)


def rotated_eob(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    sub = person(rng)[0]
    sd = dt.date(2026, 4, 14) + dt.timedelta(days=rng.randint(0, 6))
    jan, feb, mar = _month(2026, 1), _month(2026, 2), _month(2026, 3)
    ccm = amount(rng, 62, 95)
    ov1, ov2, lab = amount(rng, 150, 240), amount(rng, 150, 240), amount(rng, 40, 120)
    cl = [digits(rng, 11) for _ in range(6)]
    v1, v2 = dt.date(2026, 1, rng.randint(6, 20)), dt.date(2026, 3, rng.randint(3, 20))
    p = DKSheet(footer="Page {n} of {nb}",
                cont_fn=lambda n: f"{PLAN}  -  Explanation of Benefits  -  {mem}  -  {ids['mid']}  -  page {n}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _logo(p, rng, "Explanation of Benefits - this is not a bill")
    p.right_block([("Statement date:", fdate(sd, "long")), ("Subscriber:", sub), ("Patient:", mem),
                   ("Member ID:", ids["mid"]), ("Group:", ids["grp"]), ("Plan:", ids["plan"])], w=100, size=8.5)
    p.ln(3)
    p.para(f"Plan year 01/01/2026 - 12/31/2026.  Deductible met to date: $500.00 of $1,500.00.  Out-of-pocket "
           f"maximum: $6,000.00.", 8.2)
    p.para("Your claims this period are listed below. Chronic care management (CPT 99490) is paid once per "
           "calendar month when at least 20 minutes of care management time are documented.", 8.2)
    rows = [[cl[0], PRAC, "Office visit 99214", fdate(v1, "slash"), fdate(v1, "slash"), money(ov1, "nosign"),
             money(ov1 - 30, "nosign"), "30.00", "Paid"],
            [cl[1], PRAC, "Care mgmt 99490", fdate(jan[0], "slash"), fdate(jan[1], "slash"), money(ccm, "nosign"),
             money(ccm, "nosign"), "0.00", "Paid"],
            [cl[2], "Copper Valley Lab", "Lipid panel", fdate(v1, "slash"), fdate(v1, "slash"), money(lab, "nosign"),
             money(lab, "nosign"), "0.00", "Paid"],
            [cl[3], PRAC, "Care mgmt 99490", fdate(feb[0], "slash"), fdate(feb[1], "slash"), money(ccm, "nosign"),
             "0.00", "0.00", "Denied M20"],
            [cl[4], PRAC, "Office visit 99214", fdate(v2, "slash"), fdate(v2, "slash"), money(ov2, "nosign"),
             money(ov2 - 30, "nosign"), "30.00", "Paid"],
            [cl[5], PRAC, "Care mgmt 99490", fdate(mar[0], "slash"), fdate(mar[1], "slash"), money(ccm, "nosign"),
             money(ccm, "nosign"), "0.00", "Paid"]]
    p.ln(2)
    p.open_table(["Claim", "Provider", "Service", "From", "To", "Billed", "Plan paid", "You owe", "Status"], rows,
                 [19, 54, 25, 16.5, 16.5, 14, 14, 12, 17], size=7.0, aligns=["L", "L", "L", "L", "L", "R", "R", "R", "L"],
                 break_after=4, cont_note="Claims continue on page 2")
    p.para(f"M20  Claim {cl[3]}: the records for {fdate(feb[0], 'long')} through {fdate(feb[1], 'long')} document "
           "14 minutes of care management time. CPT 99490 needs at least 20 minutes in the calendar month, so this "
           "month is not payable. The practice may not bill you for it.", 8.2)
    p.para(f"You may appeal within 180 days of the date of this statement. Urgent appeals are decided within 72 "
           f"hours. Questions: 1-888-555-{digits(rng, 4)} (TTY 711).", 8.2)
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[cl[3]], claim_amount=m2(ccm), service_dates=[span(*feb)],
              denial_date=sd.isoformat(), provider=PRAC, appeal_deadline=plus(sd, 180).isoformat(),
              denial_alternates=DENY_ALT, alternates={"service_dates": [[span(feb[1])]]})
    return out(p), t


def faxstd_notice(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 3, 9) + dt.timedelta(days=rng.randint(0, 6))
    jan = _month(2026, 1)
    billed = amount(rng, 62, 95)
    claim = digits(rng, 11)
    fax = (f"{dmy_upper(nd)} 14:{rng.randint(10, 59)}  LARKSPUR MESA HP  719-555-{digits(rng, 4)}  ->  THORNBURY IM"
           f"  719-555-{digits(rng, 4)}   PAGE {{n}}")
    p = DKSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _logo(p, rng, "Provider Claims")
    p.f(7.8)
    for ln in [f"To: {PRAC}", "Attn: Billing Office", f"{rng.randint(100, 9800)} N Santa Fe Ave, Pueblo CO "
               f"810{rng.randint(10, 99)}"]:
        p.cell(0, 3.7, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.line("PROVIDER CLAIM DENIAL NOTICE", 9.5, "B")
    p.pairs([("Notice date", dmy_upper(nd)), ("Claim number", claim), ("Billing NPI", digits(rng, 10)),
             ("Tax ID", f"84-{digits(rng, 7)}"), ("Patient account", f"TIM{digits(rng, 7)}"),
             ("Patient", f"{mem}   DOB {dmy_upper(_dob(rng))}"), ("Member ID", ids["mid"]), ("Group", ids["grp"]),
             ("Rendering provider", f"{DOC}, MD")], label_w=36, size=7.4, h=3.8)
    p.ln(2)
    p.open_table(["CPT", "From", "To", "Units", "Billed", "Allowed", "Paid", "Remark"],
                 [[CCM, dmy_upper(jan[0]), dmy_upper(jan[1]), "1", money(billed, "nosign"), "0.00", "0.00", "M20"]],
                 [18, 28, 28, 14, 20, 20, 18, 20], size=7.4, aligns=["L", "L", "L", "R", "R", "R", "R", "L"],
                 row_h=4.2)
    p.para(f"M20  Time requirement not met. The care management log you sent for {jan[0].strftime('%B %Y')} "
           "totals 14 minutes of clinical staff time (entries of 6, 5 and 3 minutes). CPT 99490 requires at least "
           "20 minutes in the calendar month. For example, if a nurse documented 12 minutes and the physician 6, "
           "the month would total 18 minutes and 99490 could still not be billed. Time spent on the day of a "
           "billed office visit is not counted.", 7.4)
    p.para("The member may not be billed for this service.", 7.4)
    p.band("PROVIDER APPEAL", 7.6)
    p.para("You may file a provider appeal within 90 days of the date of this notice. Send the complete care "
           "management log and the care plan. Corrected claims must be received within 365 days of the date of "
           f"service. Provider Services 1-888-555-{digits(rng, 4)}.  Form LMHP-PCD-7 (01/26).", 7.4)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=mem,
              cases=[claim], claim_amount=m2(billed), service_dates=[span(*jan)], denial_date=nd.isoformat(),
              provider=PRAC, appeal_deadline=plus(nd, 90).isoformat(), denial_alternates=DENY_ALT,
              alternates={"provider": [DOC], "service_dates": [[span(jan[1])]]})
    return out(p), t


def phone_spanish(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 6))
    mar = _month(2026, 3)
    billed = amount(rng, 62, 95)
    claim = digits(rng, 11)
    p = DKSheet(footer="Página {n} de {nb}",
                cont_fn=lambda n: f"{PLAN}  |  {mem}  |  Número de miembro {ids['mid']}  |  página {n}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _logo(p, rng, "Servicios para Miembros")
    p.line(fdate(nd, "long", "es"), 10)
    p.ln(2)
    for ln in [mem, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.line("Aviso de denegación de reclamo", 12, "B")
    p.ln(1)
    p.pairs([("Número de miembro", ids["mid"]), ("Número de reclamo", claim), ("Grupo", ids["grp"]),
             ("Servicio", f"Manejo de atención crónica (CPT {CCM})"),
             ("Período de servicio", f"{fdate(mar[0], 'long', 'es')} al {fdate(mar[1], 'long', 'es')}"),
             ("Proveedor", PRAC2), ("Cargo facturado", money(billed, "usd"))], label_w=46, size=9.2, h=5)
    p.ln(2)
    p.para(f"Estimado(a) {mem}:", 10)
    p.para(f"{PRAC2} nos facturó el manejo de atención crónica para marzo de 2026. No pagamos este reclamo porque "
           f"{PRAC} ya facturó el mismo servicio para el mismo mes. Su plan paga el manejo de atención crónica a "
           "un solo consultorio por mes calendario.", 10)
    p.para("Si usted cambió de médico en marzo, pida a los dos consultorios que acuerden cuál de ellos factura ese "
           "mes. El consultorio no puede cobrarle a usted este servicio.", 10)
    p.add_page()
    p.heading("Sus derechos de apelación", 11, rule=True)
    p.para("Puede apelar esta decisión dentro de 180 días a partir de la fecha de esta carta. Si esperar pone en "
           "grave riesgo su salud, pida una apelación acelerada: decidiremos en 72 horas. Después de la apelación "
           "puede pedir una revisión externa dentro de 4 meses.", 9.6)
    p.para(f"Llame a Servicios para Miembros al 1-888-555-{digits(rng, 4)} (TTY 711), de lunes a viernes.", 9.6)
    p.para(f"{PLAN} cumple con las leyes federales de derechos civiles aplicables y no discrimina por motivos de "
           "raza, color, nacionalidad, edad, discapacidad o sexo. ATTENTION: If you speak English, language "
           "assistance services, free of charge, are available to you. Call 1-888-555-0119 (TTY: 711).  |  "
           "CHÚ Ý: Nếu bạn nói Tiếng Việt, có các dịch vụ hỗ trợ ngôn ngữ miễn phí dành cho bạn.", 7.6)
    p.ln(2)
    p.para(f"cc: {PRAC2}", 8.5)
    t = truth("denial_letter", "other", insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=mem,
              cases=[claim], claim_amount=m2(billed), service_dates=[span(*mar)], denial_date=nd.isoformat(),
              provider=PRAC2, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              denial_alternates=["not_covered"], alternates={"service_dates": [[span(mar[1])]]})
    return out(p), t


def bd_statement(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    sd = dt.date(2026, 4, 27) + dt.timedelta(days=rng.randint(0, 6))
    jan, feb = _month(2026, 1), _month(2026, 2)
    ccm = amount(rng, 62, 95)
    ov = amount(rng, 150, 240)
    v1 = dt.date(2026, 2, rng.randint(3, 20))
    acct = f"TIM{digits(rng, 7)}"
    p = DKSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 6, PRAC, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Internal medicine  |  Pueblo CO  |  719-555-{digits(rng, 4)}  |  Billing questions 719-555-"
                 f"{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.line("PATIENT STATEMENT", 11, "B")
    p.right_block([("Statement date:", fdate(sd, "iso")), ("Account:", acct), ("Patient:", mem),
                   ("Insurance:", PLAN), ("Member ID:", ids["mid"])], w=104, size=8.5)
    p.ln(5)
    rows = [[short_nopad(jan[1]), f"Chronic care management {CCM} (month)", money(ccm, "nosign"), "0.00",
             bracket(ccm) + " *", "0.00"],
            [short_nopad(v1), "Office visit 99214", money(ov, "nosign"), money(ov - 30, "nosign"), "", "30.00"],
            [short_nopad(feb[1]), f"Chronic care management {CCM} (month)", money(ccm, "nosign"),
             money(ccm, "nosign"), "", "0.00"],
            ["", "Balance due", "", "", "", "30.00"]]
    p.open_table(["Date", "Description", "Charge", "Insurance paid", "Adjustment", "Patient"], rows,
                 [20, 70, 20, 26, 22, 16], size=8.4, aligns=["L", "L", "R", "R", "R", "R"], bold_rows=(3,))
    p.para(f"* {PLAN} denied our care management charge for {fdate(jan[0], 'long')} through "
           f"{fdate(jan[1], 'long')} because fewer than 20 minutes were documented. We have written off "
           f"{money(ccm)} ({in_words(ccm).lower()}); you do not owe it. We have appealed the denial.", 8.5)
    p.para("Please pay the balance of $30.00 within 30 days. Thank you for choosing our practice.", 8.5)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, claim_amount=m2(ccm),
              service_dates=[span(*jan)], denial_date=sd.isoformat(), provider=PRAC, unscored=["insurer"],
              alternates={"claim_amount": [None, "30.00"], "service_dates": [[], [span(jan[1])]]})
    return out(p), t


def photocopy_iro(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 6, 8) + dt.timedelta(days=rng.randint(0, 6))
    rec = plus(nd, -rng.randint(30, 40))
    jan, feb = _month(2026, 1), _month(2026, 2)
    ccm = amount(rng, 62, 95)
    case = f"ER-2026-{digits(rng, 5)}"
    c1, c2 = digits(rng, 11), digits(rng, 11)
    reviewer = person(rng)[0]
    p = DKSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 14, 22)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, IRO, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Accredited independent review  |  {rng.randint(100, 9800)} Larimer St, Denver CO 802"
                 f"{rng.randint(10, 99)}  |  303-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.line(fdate(nd, "upper"), 10)
    p.ln(2)
    for ln in [mem, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.re_block([f"External review case {case}", f"Health plan: {PLAN}   Member ID: {ids['mid']}",
                f"Claims {c1} (January 2026) and {c2} (February 2026)"])
    p.para(f"Dear {mem}:", 10)
    p.para(f"{IRO} was assigned by the state to review {PLAN}'s final decision to deny chronic care management "
           f"(CPT {CCM}) billed by {PRAC} for two months. We received your request on {fdate(rec, 'slash')}. "
           "A board-certified internist with no ties to you, your doctor or the plan reviewed the records.", 10)
    p.heading("Decision: partly overturned", 11)
    p.table(["Month", "Claim", "Billed", "Minutes documented", "Decision"],
            [[f"{fdate(jan[0], 'slash')} - {fdate(jan[1], 'slash')}", c1, money(ccm), "22", "Overturned"],
             [f"{fdate(feb[0], 'slash')} - {fdate(feb[1], 'slash')}", c2, money(ccm), "14", "Upheld"]],
            [46, 32, 24, 36, 30], size=8.8)
    p.para("**January 2026: overturned.** The plan counted only the nurse's two entries. The log also shows an "
           "8-minute medication reconciliation call on January 27th, 2026, which counts toward the 20 minutes. "
           "The plan must pay this month.", 9.6)
    p.para("**February 2026: upheld.** The log shows 14 minutes. CPT 99490 needs at least 20 minutes in the "
           "calendar month, and no other time was documented. The plan's denial of this month stands.", 9.6)
    p.para("This decision is binding on the plan and on you, except to the extent other remedies are available "
           "under state or federal law. The plan must carry out the overturned part within 5 business days.", 9.0)
    p.para(f"Sincerely,\n{reviewer}, Case Manager\n{IRO}", 9.6)
    p.para(f"cc: {PLAN}, Appeals;  {PRAC}", 8.5)
    t = truth("denial_letter", "not_covered", insurer=IRO, member_id=ids["mid"], member_name=mem,
              cases=[case, c2], claim_amount=m2(ccm), service_dates=[span(*feb)], denial_date=nd.isoformat(),
              provider=PRAC, denial_alternates=DENY_ALT, type_alternates=["other"],
              alternates={"insurer": [PLAN], "case_numbers": [[case], [case, c1, c2]],
                          "service_dates": [[span(*jan), span(*feb)]], "claim_amount": [m2(2 * ccm)]})
    return out(p), t


def lowres_appeal(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 5, 18) + dt.timedelta(days=rng.randint(0, 6))
    rec = plus(nd, -rng.randint(18, 28))
    apr = _month(2026, 3)
    billed = amount(rng, 62, 95)
    claim = digits(rng, 11)
    appeal = f"APL-{digits(rng, 7)}"
    p = DKSheet(footer="Page {n} of {nb}",
                cont_fn=lambda n: f"Appeal decision  |  {mem}  |  {appeal}  |  page {n}")
    p.set_margins(22, 14, 22)
    p.add_page()
    _logo(p, rng, "Appeals and Grievances")
    p.line(nth(nd), 10)
    p.ln(3)
    for ln in [mem, *address(rng)]:
        p.line(ln, 10)
    p.ln(5)
    p.para(f"Dear {mem}:", 10)
    p.para("Thank you for your appeal about a chronic care management claim. We have finished our review. A "
           "physician who was not part of the first decision looked at your appeal, the letters from both of "
           "your doctors' offices and our payment records.", 10)
    p.para("**We upheld our decision.** Your plan pays chronic care management to one practice for each calendar "
           f"month. For the month in question, {PRAC} billed and was paid first, and {PRAC2} billed the same "
           "month later. We cannot pay the second practice for the same month. Neither practice may bill you for "
           "the denied claim.", 10)
    p.para("The claim, the dates and the amount are shown on page 2. Your appeal rights are also on page 2.", 10)
    p.para(f"Sincerely,\nAppeals and Grievances\n{PLAN}", 10)
    p.para(f"cc: {PRAC2}", 8.5)
    p.add_page()
    p.heading("Claim details", 11, rule=True)
    p.boxed_pairs([("Appeal number", appeal), ("Date we received your appeal", fdate(rec, "slash")),
                   ("Date of this decision", fdate(nd, "dmy")), ("Member ID", ids["mid"]), ("Group", ids["grp"]),
                   ("Claim number", claim), ("Provider", f"{PRAC2} ({DOC2}, MD)"),
                   ("Service", f"Chronic care management, CPT {CCM}"),
                   ("Service period", f"{fdate(apr[0], 'slash')} to {fdate(apr[1], 'slash')}"),
                   ("Amount billed", money(billed)), ("Amount paid", "$0.00")], label_w=64, size=9)
    p.heading("Your rights", 11, rule=True)
    p.para("You may ask for a second-level appeal within 60 days of the date of this letter. After that, you may "
           "ask for an external review by an independent review organization within 4 months. Urgent reviews "
           "are decided within 72 hours.", 9.4)
    t = truth("denial_letter", "other", insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=mem,
              cases=[appeal, claim], claim_amount=m2(billed), service_dates=[span(*apr)], denial_date=nd.isoformat(),
              provider=PRAC2, appeal_deadline=plus(nd, 60).isoformat(), denial_alternates=["not_covered"],
              alternates={"case_numbers": [[appeal], [claim]], "provider": [DOC2],
                          "service_dates": [[span(apr[1])]]})
    return out(p), t


def fax_stack(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    ld = dt.date(2026, 3, 23) + dt.timedelta(days=rng.randint(0, 4))
    feb = _month(2026, 2)
    billed = amount(rng, 62, 95)
    claim = digits(rng, 11)
    log = [(dt.date(2026, 2, 4), 6, "RN phone call, BP log review"), (dt.date(2026, 2, 11), 5, "MA refill request"),
           (dt.date(2026, 2, 19), 4, "RN care plan update"), (dt.date(2026, 2, 26), 7, "Pharmacist med review call")]
    p = DKSheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, PRAC, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Internal medicine  |  Pueblo CO  |  719-555-{digits(rng, 4)}  |  Fax 719-555-{digits(rng, 4)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.line(fdate(ld, "long"), 10)
    p.ln(2)
    for ln in [PLAN, "Provider Appeals", f"Fax 1-888-555-{digits(rng, 4)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.re_block([f"Patient: {mem}   Member ID: {ids['mid']}", f"Claim {claim}, CPT {CCM}, service period {fdate(feb[0], 'slash')} - {fdate(feb[1], 'slash')}"])
    p.para("To the Provider Appeals unit:", 10)
    p.para(f"Your notice says our February care management log showed fewer than 20 minutes. The log you "
           f"reviewed was missing the pharmacist's call. The complete log for {mem} is below:", 10)
    p.open_table(["Date", "Minutes", "Staff / activity"],
                 [[fdate(d, "short"), str(mi), a] for d, mi, a in log] + [["Total", str(sum(m for _, m, _ in log)), ""]],
                 [28, 20, 90], size=9, aligns=["L", "R", "L"], bold_rows=(len(log),))
    p.para(f"The total is 22 minutes, so 99490 is supported. Please reprocess the claim for {money(billed)}.", 10)
    p.para(f"Sincerely,\n\n{DOC}, MD\n{PRAC}", 10)
    doc1 = (out(p), truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, cases=[claim],
                          claim_amount=m2(billed), service_dates=[span(*feb)], denial_date=ld.isoformat(),
                          provider=PRAC,
                          alternates={"insurer": [None], "provider": [DOC], "service_dates": [[]]}))
    nd = plus(ld, rng.randint(10, 16))
    q = DKSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _logo(q, rng, "Member Services")
    q.line("Claim decision", 12, "B")
    q.ln(1)
    q.capgrid([[("Notice date", fdate(nd, "slash"), 34), ("Claim", claim, 40), ("Member ID", ids["mid"], 44),
                ("Billed", money(billed), 30)],
               [("Patient", mem, 56), ("From", fdate(feb[0], "slash"), 30), ("To", fdate(feb[1], "slash"), 30),
                ("Service", f"CPT {CCM} care management", 56)]], cap=7, val=9)
    q.ln(2)
    q.para(f"Dear {mem}: we reviewed {PRAC}'s request again. The pharmacist's call on {fdate(log[3][0], 'long')} was "
           "part of a visit billed separately, so it cannot be counted. The month has 15 minutes of care "
           "management time, fewer than the 20 minutes CPT 99490 requires, and is not payable. The practice may "
           "not bill you for it.", 9.8)
    q.para("You may appeal within 180 days of the date of this notice.", 9.8)
    q.para(f"Claims Department, {PLAN}", 9.8)
    q.para(f"cc: {PRAC}", 8.5)
    doc2 = (out(q), truth("denial_letter", "not_covered", insurer=PLAN, member_id=ids["mid"], member_name=mem,
                          cases=[claim], claim_amount=m2(billed), service_dates=[span(*feb)],
                          denial_date=nd.isoformat(), provider=PRAC, appeal_deadline=plus(nd, 180).isoformat(),
                          denial_alternates=DENY_ALT))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "rotated_eob_claims_continue_page_two", "rotated", [rotated_eob(rng)]),
        Item(F + "faxstd_notice_to_practice_billing_office", "fax_standard_g4", [faxstd_notice(rng)]),
        Item(F + "phone_spanish_two_page_duplicate_practice", "phone_photo", [phone_spanish(rng)]),
        Item(F + "bd_practice_statement_bracket_adjustment", "born_digital", [bd_statement(rng)]),
        Item(F + "photocopy_iro_external_review_partly_overturned", "photocopy", [photocopy_iro(rng)]),
        Item(F + "lowres_upheld_appeal_cover_letter_facts_page_two", "scan_lowres_150", [lowres_appeal(rng)]),
        Item(F + "faxfine_stack_practice_letter_then_member_denial", "fax_fine_g4", fax_stack(rng),
             separators=["cover", None], turns={(1, 0): 180}),
    ]
