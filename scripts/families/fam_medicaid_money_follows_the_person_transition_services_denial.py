"""Ohio Medicaid's HOME Choice program (Ohio's Money Follows the Person demonstration, Ohio Department of Medicaid)
notices on community transition services for a member moving out of a nursing facility, mirrored for structure
and wording style only: the security deposit and household goods paid, moving costs over the program's limit
denied. The Ohio Department of Medicaid, HOME Choice, Money Follows the Person, the Ohio Department of Job and
Family Services' Bureau of State Hearings, state hearings and HCPCS T2038 appear as themselves; the dollar limits,
the provider reconsideration window, every vendor, coordinator, facility, person and number are invented.

Documents (8 in 7 files):
- bd_notice_cover_letter_facts_on_page_two: notice of action to the member; page 1 a cover letter in prose
  with no identifiers (an "for example, if a moving company charged $900.00" example), page 2 under a repeated
  header the facts box (Medicaid ID, request number, received date, planned move date) and the decision table
  (deposit and goods approved, moving costs partly denied), nondiscrimination notice and taglines; state hearing
  only (90 days, 15-day continuation).
- faxstd_remittance_to_vendor_open_table: the department's remittance advice to the transition services vendor
  ("Attn: Billing Office") in small type under a typed fax header, an unruled table (one ICN per line item, the
  moving line in the middle paid only up to the limit), a recoupment of an earlier claim in brackets, NPI,
  provider number, EFT number, the member's DOB; 60-day provider reconsideration (invented).
- phone_spanish_two_page_notice: a two-page Spanish notice of action (moving costs over the limit denied),
  photographed; facts in Spanish captions, "USD" amounts and the amount in words; state hearing only.
- scan300_vendor_statement_to_member: the vendor's statement to the member (denies nothing): rows for deposit,
  goods and moving, the amount over the limit written off in brackets "(486.00)" as paid by a community grant.
- rotated_state_hearing_decision_overruled: the Bureau of State Hearings' decision (ODJFS letterhead, the
  department named in the text) overruling the member's appeal; findings with dates as "March 4th, 2026" and
  "04-MAR-2026"; administrative appeal within 15 days of the issuance date.
- lowres_approval_page_two_reprinted_date: an approval of deposit and household goods (denies nothing) whose
  page 2 repeats the header with a later "Printed" date.
- faxfine_stack_coordinator_letter_then_vendor_notice: a typed fax cover sheet, the transition coordinator's
  letter to the program asking for an exception (denies nothing, cc the vendor), then the department's notice
  to the vendor denying a second member's moving costs over the limit, fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddg_famdge import dmy_upper, nth
from kit_rounddk_famdke import DKSheet, bracket, in_words
from public_kit import address, amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "medicaid_money_follows_the_person_transition_services_denial"
LANG = "en"
SEED = 351704
ODM = "Ohio Department of Medicaid"
ODJFS = "Ohio Department of Job and Family Services"
VENDOR = "Homeward Keys Transition Services, Inc."
COORD = "Riverlight Transition Coordination"
MOVE_LIMIT = 750.00
GOODS_LIMIT = 1500.00
NF = "Prairie Wind Skilled Nursing Center"
INS_ALT = {"insurer": ["Ohio Medicaid", "HOME Choice", "Ohio Department of Medicaid HOME Choice"]}


def dlong(d: dt.date) -> str:
    """4 March 2026."""
    return d.strftime("%-d %B %Y")


def _mid(rng):
    return digits(rng, 12)


def _dob(rng):
    return dt.date(rng.randint(1942, 1975), rng.randint(1, 12), rng.randint(1, 28))


def _letterhead(p: DKSheet, rng, unit: str = "HOME Choice (Money Follows the Person) Program", es: bool = False):
    p.set_fill_color(170, 30, 40)
    p.rect(p.l_margin, p.get_y(), 3, 14, style="F")
    y = p.get_y()
    p.set_xy(p.l_margin + 6, y)
    p.f(13, "B")
    p.cell(0, 6, "Departamento de Medicaid de Ohio" if es else ODM, new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 6)
    p.f(8.5)
    p.cell(0, 4, unit, new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 6)
    p.f(7.5)
    p.cell(0, 4, f"P.O. Box {rng.randint(1000, 9999)}, Columbus OH 432{rng.randint(10, 99)}  |  1-800-555-"
                 f"{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 19)


def _nondiscrimination(p: DKSheet, size: float = 7.2):
    p.para(f"The {ODM} complies with applicable federal civil rights laws and does not discriminate on the basis "
           "of race, color, national origin, age, disability or sex. We provide free aids and services to people "
           "with disabilities and free language services to people whose primary language is not English.", size)
    p.para("ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. "
           "Llame al 1-800-555-0142 (TTY: 711).  |  XIYYEEFFANNAA: Afaan dubbattu Oroomiffa tiif, tajaajila "
           "gargaarsa afaanii tola ni argama. Bilbilaa 1-800-555-0142 (TTY: 711).  |  CHÚ Ý: Nếu bạn nói Tiếng Việt, "
           "có các dịch vụ hỗ trợ ngôn ngữ miễn phí dành cho bạn. Gọi số 1-800-555-0142 (TTY: 711).", size)


def bd_notice(rng):
    mem = person(rng)[0]
    mid = _mid(rng)
    nd = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 6))
    rec = plus(nd, -rng.randint(6, 10))
    move = plus(nd, rng.randint(12, 20))
    req = f"HC-TS-{digits(rng, 7)}"
    dep, goods, mv = amount(rng, 850, 1200), amount(rng, 900, 1450), amount(rng, 1150, 1600)
    coordinator = person(rng)[0]
    cont = lambda n: f"Notice of Action  |  {mem}  |  page {n}"  # noqa: E731
    p = DKSheet(footer="Page {n} of {nb}", footer_left="ODM 07334 (Rev. 1/2026)", cont_fn=cont)
    p.set_margins(22, 14, 22)
    p.add_page()
    _letterhead(p, rng)
    p.line(dlong(nd), 10)
    p.ln(3)
    for ln in [mem, *address(rng)]:
        p.line(ln, 10)
    p.ln(5)
    p.line("Notice of Action on Your Transition Services Request", 12, "B")
    p.ln(2)
    p.para(f"Dear {mem}:", 10)
    p.para(f"Your transition coordinator at {COORD} sent us a request for community transition services so "
           f"that you can move from {NF} to your own apartment. HOME Choice is Ohio's Money Follows the Person "
           "program. It can pay one-time costs of setting up a home in the community.", 10)
    p.para("We approved the security deposit and the household goods you asked for. We approved only part of the "
           f"moving costs. HOME Choice pays moving costs up to {money(MOVE_LIMIT)} for each move. The amount your "
           "vendor quoted is more than that, so we denied the part over the limit.", 10)
    p.para("For example, if a moving company charged $900.00, HOME Choice could pay $750.00 and the other "
           "$150.00 would have to come from another source, such as a community fund or your own savings. Your "
           "transition coordinator can help you look for one.", 10)
    p.para("The services, the amounts and the reason for our decision are listed on page 2 of this notice. "
           "Please keep both pages together.", 10)
    p.para("**Your right to a state hearing.** If you do not agree with this decision, you can ask for a state "
           "hearing. You must ask within 90 days of the mailing date of this notice. If you ask within 15 days, "
           "the services you already have will continue until the hearing decision. Call 1-866-555-0176 or "
           "write to the Bureau of State Hearings, Ohio Department of Job and Family Services.", 9.6)
    p.add_page()
    p.heading("Facts of your request", 11, rule=True)
    p.boxed_pairs([("Medicaid ID", mid), ("Request number", req), ("Date we received the request", fdate(rec, "slash")),
                   ("Date of birth", fdate(_dob(rng), "slash")), ("Planned move date", fdate(move, "long")),
                   ("Leaving", NF), ("Transition services vendor", VENDOR),
                   ("Transition coordinator", f"{coordinator}, {COORD}"), ("Notice date", nd.isoformat())],
                  label_w=62, size=9)
    p.heading("Our decision", 11, rule=True)
    rows = [["T2038 U1", "Security deposit (one month's rent)", money(dep, "nosign"), money(dep, "nosign"), "0.00",
             "Approved"],
            ["T2038 U2", "Moving costs", money(mv, "nosign"), money(MOVE_LIMIT, "nosign"),
             money(mv - MOVE_LIMIT, "nosign"), "Part denied (1)"],
            ["T2038 U3", "Household goods and furnishings", money(goods, "nosign"), money(goods, "nosign"), "0.00",
             "Approved"]]
    p.table(["Code", "Service", "Requested", "Approved", "Denied", "Decision"], rows, [22, 60, 22, 22, 18, 28],
            size=8.4, aligns=["L", "L", "R", "R", "R", "L"])
    p.para(f"(1) HOME Choice program limits on community transition services: moving costs are "
           f"paid up to {money(MOVE_LIMIT)} per transition. The {money(mv - MOVE_LIMIT)} over that amount is not "
           "a covered transition service.", 8.4)
    p.ln(2)
    _nondiscrimination(p)
    t = truth("denial_letter", "not_covered", insurer=ODM, member_id=mid, member_name=mem, cases=[req],
              claim_amount=m2(mv), service_dates=[span(move)], denial_date=nd.isoformat(), provider=VENDOR,
              alternates={**INS_ALT, "claim_amount": [m2(mv - MOVE_LIMIT), m2(dep + goods + mv)],
                          "provider": [COORD, coordinator]},
              denial_alternates=["other"])
    return out(p), t


def faxstd_remit(rng):
    mem = person(rng)[0]
    mid = _mid(rng)
    nd = dt.date(2026, 4, 6) + dt.timedelta(days=rng.randint(0, 4))
    move = plus(nd, -rng.randint(14, 24))
    goods_d = plus(move, -1)
    dep, goods, mv = amount(rng, 850, 1200), amount(rng, 900, 1450), amount(rng, 1150, 1600)
    util = amount(rng, 60, 140)
    recoup = amount(rng, 90, 180)
    icn = [digits(rng, 13) for _ in range(5)]
    fax = (f"{nd.strftime('%m/%d/%Y')} 07:{rng.randint(10, 59)}  OHIO MEDICAID PROVIDER SVCS  614-555-"
           f"{digits(rng, 4)}  ->  HOMEWARD KEYS  330-555-{digits(rng, 4)}   P.{{n}}/2")
    p = DKSheet(footer=None, fax_hdr=fax)
    p.set_margins(13, 12, 13)
    p.add_page()
    _letterhead(p, rng, "Provider Services  |  HOME Choice community transition services")
    p.f(7.6)
    for ln in [f"To: {VENDOR}", "Attn: Billing Office", f"{rng.randint(100, 9800)} W Market St, Akron OH "
               f"443{rng.randint(10, 99)}"]:
        p.cell(0, 3.6, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.line("REMITTANCE ADVICE - CLAIM STATUS", 9.5, "B")
    p.pairs([("Remittance date", fdate(nd, "slash")), ("Medicaid provider no.", digits(rng, 7)),
             ("NPI", digits(rng, 10)), ("EFT trace no.", f"EFT{digits(rng, 9)}"),
             ("Recipient", f"{mem}    Medicaid ID {mid}    DOB {fdate(_dob(rng), 'slash')}")],
            label_w=38, size=7.5, h=3.9)
    p.ln(2)
    rows = [[icn[0], "T2038 U1", "Security deposit", fdate(move, "slash"), money(dep, "nosign"),
             money(dep, "nosign"), money(dep, "nosign"), "PAID"],
            [icn[1], "T2038 U3", "Household goods", fdate(goods_d, "slash"), money(goods, "nosign"),
             money(goods, "nosign"), money(goods, "nosign"), "PAID"],
            [icn[2], "T2038 U2", "Moving costs", fdate(move, "slash"), money(mv, "nosign"), money(MOVE_LIMIT, "nosign"),
             money(MOVE_LIMIT, "nosign"), "DENIED 7L (part)"],
            [icn[3], "T2038 U4", "Utility set-up", fdate(move, "slash"), money(util, "nosign"), money(util, "nosign"),
             money(util, "nosign"), "PAID"],
            [icn[4], "ADJ", "Recoupment, ICN " + digits(rng, 13), "", "", "", bracket(recoup), "ADJ 72"]]
    p.open_table(["ICN", "Code", "Service", "DOS", "Billed", "Allowed", "Paid", "Status"], rows,
                 [30, 18, 44, 20, 18, 18, 18, 24], size=7.4, aligns=["L", "L", "L", "L", "R", "R", "R", "L"],
                 row_h=4.2)
    net = dep + goods + MOVE_LIMIT + util - recoup
    p.f(7.6, "B")
    p.cell(0, 4, f"Net payment this remittance: {money(net)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"7L  Amount over the HOME Choice moving cost limit. Moving costs are paid up to {money(MOVE_LIMIT)} per "
           f"transition; the remaining {money(mv - MOVE_LIMIT)} of ICN {icn[2]} is denied. The recipient may not be "
           "billed for the denied amount.", 7.4)
    p.para("72  Recoupment of an earlier overpayment on another claim; it does not change the claims above.", 7.4)
    p.add_page()
    p.band("PROVIDER RECONSIDERATION", 7.8)
    p.para("You may ask for a reconsideration of a denied line within 60 days of the date of this remittance. "
           "Attach the vendor quote and the transition coordinator's notes. Claims must be submitted within 365 "
           "days of the date of service. Recipients may request a state hearing within 90 days.", 7.6)
    p.para(f"Provider Services 1-800-555-{digits(rng, 4)}. Form ODM-RA-HC3 (01/2026).", 7.6)
    t = truth("eob", "not_covered", insurer=ODM, member_id=mid, member_name=mem, cases=[icn[2]],
              claim_amount=m2(mv), service_dates=[span(move)], denial_date=nd.isoformat(), provider=VENDOR,
              appeal_deadline=plus(nd, 60).isoformat(), type_alternates=["denial_letter"],
              alternates={**INS_ALT, "claim_amount": [m2(mv - MOVE_LIMIT)]}, denial_alternates=["other"])
    return out(p), t


def phone_spanish(rng):
    mem = person(rng)[0]
    mid = _mid(rng)
    nd = dt.date(2026, 3, 16) + dt.timedelta(days=rng.randint(0, 6))
    move = plus(nd, rng.randint(10, 18))
    req = f"HC-TS-{digits(rng, 7)}"
    mv = amount(rng, 1100, 1500)
    den = mv - MOVE_LIMIT
    p = DKSheet(footer="Página {n} de {nb}", footer_left="ODM 07334-S (Rev. 1/2026)",
                cont_fn=lambda n: f"Aviso de acción  |  {mem}  |  Número de Medicaid {mid}  |  página {n}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _letterhead(p, rng, "Programa HOME Choice (Money Follows the Person)", es=True)
    p.line("Aviso de acción sobre servicios de transición", 12, "B")
    p.ln(2)
    p.capgrid([[("Fecha del aviso", fdate(nd, "long", "es"), 56), ("Número de Medicaid", mid, 52),
                ("Número de solicitud", req, 56)],
               [("Miembro", mem, 56), ("Fecha de mudanza", fdate(move, "slash"), 52), ("Proveedor", VENDOR, 66)]],
              cap=6.6, val=8.8)
    p.ln(2)
    p.para(f"Estimado(a) {mem}:", 10)
    p.para(f"Su coordinador de transición de {COORD} pidió que HOME Choice pague los gastos de mudanza para su "
           f"traslado de {NF} a su nuevo hogar. El proveedor cotizó {money(mv, 'usd')} "
           f"(en la cotización: \u00ab{in_words(mv)}\u00bb).", 10)
    p.para(f"**Nuestra decisión.** Aprobamos {money(MOVE_LIMIT, 'usd')}. Negamos {money(den, 'usd')}. HOME Choice "
           f"paga gastos de mudanza hasta {money(MOVE_LIMIT)} por cada traslado; la parte que supera ese límite no "
           "es un servicio de transición cubierto.", 10)
    p.para("El depósito de seguridad y los artículos para el hogar se decidieron en otro aviso.", 10)
    p.add_page()
    p.heading("Su derecho a una audiencia estatal", 11, rule=True)
    p.para("Si no está de acuerdo, puede pedir una audiencia estatal. Debe pedirla dentro de 90 días a partir de "
           "la fecha de envío de este aviso. Si la pide dentro de 15 días, sus servicios actuales continuarán "
           "hasta la decisión. Llame al 1-866-555-0176 o escriba a la Oficina de Audiencias Estatales (Bureau of "
           "State Hearings), Departamento de Trabajo y Servicios para la Familia de Ohio.", 9.6)
    p.para("Puede pedir que otra persona, como un familiar, un amigo o un abogado, hable por usted. Puede obtener "
           "asesoría legal gratuita llamando al 1-866-555-0190.", 9.6)
    p.ln(2)
    _nondiscrimination(p, 7.4)
    t = truth("denial_letter", "not_covered", insurer=ODM, member_id=mid, member_name=mem, cases=[req],
              claim_amount=m2(mv), service_dates=[span(move)], denial_date=nd.isoformat(), provider=VENDOR,
              lang="es", alternates={**INS_ALT, "insurer": INS_ALT["insurer"] + ["Departamento de Medicaid de Ohio"],
                                     "claim_amount": [m2(den)], "provider": [COORD]},
              denial_alternates=["other"])
    return out(p), t


def scan300_statement(rng):
    mem = person(rng)[0]
    mid = _mid(rng)
    sd = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 6))
    move = plus(sd, -rng.randint(25, 35))
    goods_d = plus(move, -2)
    dep, goods, mv = amount(rng, 850, 1200), amount(rng, 900, 1450), amount(rng, 1150, 1600)
    over = mv - MOVE_LIMIT
    acct = f"HK-{digits(rng, 6)}"
    p = DKSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 6, VENDOR, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Community transition services  |  Akron OH  |  330-555-{digits(rng, 4)}  |  NPI {digits(rng, 10)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.line("STATEMENT OF ACCOUNT", 11, "B")
    p.right_block([("Statement date:", fdate(sd, "abbr")), ("Account:", acct), ("Client:", mem),
                   ("Medicaid ID:", mid), ("Program:", "HOME Choice / " + ODM)], w=110, size=8.5)
    p.ln(5)
    rows = [[fdate(goods_d, "slash"), "Household goods and furnishings", money(goods, "nosign"),
             money(goods, "nosign"), "", "0.00"],
            [fdate(move, "slash"), "Security deposit paid to landlord", money(dep, "nosign"), money(dep, "nosign"), "",
             "0.00"],
            [fdate(move, "slash"), "Moving costs (2 movers, truck, 6 hours)", money(mv, "nosign"),
             money(MOVE_LIMIT, "nosign"), bracket(over) + " *", "0.00"],
            ["", "Totals", money(dep + goods + mv, "nosign"), money(dep + goods + MOVE_LIMIT, "nosign"),
             bracket(over), "0.00"]]
    p.table(["Date", "Description", "Charge", "Medicaid paid", "Adjustment", "You owe"], rows,
            [22, 64, 22, 26, 24, 16], size=8.2, aligns=["L", "L", "R", "R", "R", "R"], bold_last=True)
    p.para(f"* The {ODM} paid moving costs up to the HOME Choice limit of {money(MOVE_LIMIT)} and denied the "
           f"remaining {money(over)}. That amount was paid by the Summit Neighbors Move-In Fund grant, so there is "
           "nothing for you to pay. This statement is for your records.", 8.5)
    p.para("Questions about this statement? Call our billing office Monday - Friday, 9 - 4.", 8.5)
    t = truth("other", None, insurer=ODM, member_id=mid, member_name=mem, claim_amount=m2(mv),
              service_dates=[span(move)], denial_date=sd.isoformat(), provider=VENDOR, unscored=["insurer"],
              alternates={"claim_amount": [m2(dep + goods + mv), m2(over), None],
                          "service_dates": [[span(goods_d), span(move)]]})
    return out(p), t


def rotated_hearing(rng):
    mem = person(rng)[0]
    mid = _mid(rng)
    hd = dt.date(2026, 5, 11) + dt.timedelta(days=rng.randint(0, 6))
    issued = plus(hd, rng.randint(12, 18))
    nd0 = plus(hd, -rng.randint(40, 55))
    move = plus(nd0, rng.randint(12, 18))
    req = f"HC-TS-{digits(rng, 7)}"
    appeal = f"{digits(rng, 7)}"
    mv = amount(rng, 1150, 1600)
    p = DKSheet(footer="Page {n} of {nb}", footer_left="JFS 04005-HD (01/2026)")
    p.set_margins(22, 14, 22)
    p.add_page()
    p.f(12.5, "B")
    p.cell(0, 6, ODJFS, align="C", new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    p.cell(0, 4.5, "Bureau of State Hearings", align="C", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4.5, f"P.O. Box {rng.randint(1000, 9999)}, Columbus OH 432{rng.randint(10, 99)}  |  1-866-555-0176",
           align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.line("STATE HEARING DECISION", 12, "B", align="C")
    p.ln(2)
    p.pairs([("Appellant", mem), ("Medicaid ID", mid), ("Appeal number", appeal), ("Agency", ODM),
             ("Hearing date", fdate(hd, "long")), ("Decision issued", fdate(issued, "long"))], label_w=40, size=9.5,
            h=5)
    p.ln(2)
    p.heading("Issue", 10.5)
    p.para(f"Whether the {ODM} correctly denied the part of the appellant's HOME Choice moving costs "
           f"(request {req}) that is over the program's moving cost limit.", 9.8)
    p.heading("Findings of fact", 10.5)
    p.bullets([f"1. On {nth(nd0)}, the agency approved {money(MOVE_LIMIT)} and denied the rest of a "
               f"{money(mv)} moving quote from {VENDOR} for the appellant's move out of {NF}.",
               f"2. The move took place on {dmy_upper(move)} ({fdate(move, 'slash')}), as planned.",
               f"3. The appellant requested a hearing on {nth(plus(nd0, rng.randint(8, 20)))}. The appellant "
               "stated that the second floor walk-up apartment required a third mover.",
               "4. The agency's representative testified that the moving cost limit applies to every transition "
               "and that no exception process exists for the number of movers."], size=9.4)
    p.heading("Conclusion and decision", 10.5)
    p.para("HOME Choice pays community transition moving costs only up to the limit. The agency applied the "
           "limit correctly. The appeal is **OVERRULED**; the agency's action stands.", 9.8)
    p.heading("Administrative appeal", 10.5)
    p.para("If you disagree with this decision, you may request an administrative appeal within 15 calendar days "
           "of the date this decision is issued. An administrative appeal decision may be appealed to the court "
           "of common pleas within 30 days.", 9.4)
    p.para(f"cc: {ODM}, HOME Choice Program Unit;  {COORD}", 8.5)
    t = truth("denial_letter", "not_covered", insurer=ODJFS, member_id=mid, member_name=mem, cases=[appeal],
              claim_amount=m2(mv), service_dates=[span(move)], denial_date=issued.isoformat(), provider=VENDOR,
              appeal_deadline=plus(issued, 15).isoformat(),
              alternates={"insurer": [ODM, "Bureau of State Hearings"], "case_numbers": [[appeal, req], [req]],
                          "appeal_deadline": [None], "claim_amount": [m2(mv - MOVE_LIMIT), None],
                          "denial_date": [hd.isoformat()]},
              denial_alternates=["other"])
    return out(p), t


def lowres_approval(rng):
    mem = person(rng)[0]
    mid = _mid(rng)
    nd = dt.date(2026, 2, 9) + dt.timedelta(days=rng.randint(0, 6))
    pr1, pr2 = plus(nd, -1), plus(nd, 1)
    move = plus(nd, rng.randint(14, 21))
    req = f"HC-TS-{digits(rng, 7)}"
    dep, goods = amount(rng, 850, 1200), amount(rng, 900, 1450)
    p = DKSheet(footer="Page {n} of {nb}", footer_left="ODM 07335 (Rev. 1/2026)",
                cont_fn=lambda n: f"{ODM}  -  Notice of Approval  -  {mem}  -  Printed {fdate(pr2, 'slash')}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _letterhead(p, rng)
    p.f(8)
    p.cell(0, 4, f"Printed {fdate(pr1, 'slash')}", align="R", new_x="LMARGIN", new_y="NEXT")
    p.line("Notice of Approval - Community Transition Services", 12, "B")
    p.ln(2)
    p.pairs([("Notice date", fdate(nd, "long")), ("Member", mem), ("Medicaid ID", mid), ("Request number", req),
             ("Transition date", fdate(move, "long")), ("Vendor", VENDOR)], label_w=40, size=9.5, h=5.2)
    p.ln(3)
    p.para(f"Dear {mem}:", 10)
    p.para(f"Good news. HOME Choice approved the community transition services below for your move from {NF} on "
           f"{fdate(move, 'long')}. {VENDOR} will be paid directly; you do not need to pay anything.", 10)
    p.table(["Code", "Service", "Approved amount", "Program limit"],
            [["T2038 U1", "Security deposit", money(dep), "2 months' rent"],
             ["T2038 U3", "Household goods and furnishings", money(goods), money(GOODS_LIMIT)]],
            [24, 76, 38, 36], size=8.6)
    p.para(f"Total approved: {money(dep + goods)} ({in_words(dep + goods)}).", 9.5)
    p.para("Moving costs were not part of this request. If you need help with moving costs, ask your transition "
           f"coordinator at {COORD}; HOME Choice pays moving costs up to {money(MOVE_LIMIT)} per transition.", 9.5)
    p.add_page()
    p.heading("If your plans change", 11, rule=True)
    p.para("Tell your transition coordinator right away if your move date changes or if you do not move. Approved "
           "services must be used within 60 days of the transition date. If you return to a nursing facility "
           "within 365 days, some approved items may not be paid again.", 9.5)
    p.para("If you disagree with any part of this notice, you may ask for a state hearing within 90 days of the "
           "mailing date of this notice by calling 1-866-555-0176.", 9.5)
    _nondiscrimination(p, 7.4)
    t = truth("other", None, insurer=ODM, member_id=mid, member_name=mem, cases=[req], service_dates=[span(move)],
              denial_date=nd.isoformat(), provider=VENDOR,
              alternates={**INS_ALT, "claim_amount": [m2(dep + goods)], "denial_date": [pr1.isoformat()],
                          "provider": [COORD]})
    return out(p), t


def fax_stack(rng):
    mem = person(rng)[0]
    mid = _mid(rng)
    coordinator = person(rng)[0]
    ld = dt.date(2026, 4, 13) + dt.timedelta(days=rng.randint(0, 4))
    move = plus(ld, rng.randint(9, 14))
    req = f"HC-TS-{digits(rng, 7)}"
    mv = amount(rng, 1250, 1700)
    p = DKSheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, COORD, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Transition coordination for HOME Choice participants  |  Canton OH  |  330-555-{digits(rng, 4)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.line(dlong(ld), 10)
    p.ln(3)
    for ln in [ODM, "HOME Choice Program Unit", f"Fax 614-555-{digits(rng, 4)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.re_block([f"Participant: {mem}", f"Medicaid ID: {mid}   Request: {req}",
                f"Exception request - moving costs, move date {fdate(move, 'slash')}"])
    p.para("To the HOME Choice Program Unit:", 10)
    p.para(f"{mem} will move from {NF} to a third-floor apartment with no elevator on {fdate(move, 'long')}. "
           f"{VENDOR} quoted {money(mv)} for three movers and a lift strap kit, which is more than the "
           f"{money(MOVE_LIMIT)} moving cost limit.", 10)
    p.para("We looked for two other moving vendors; neither will move a hospital bed up three flights for less. "
           "We ask that the program approve the full quote as an exception, or tell us which other source we "
           "should use for the difference. The quotes are attached.", 10)
    p.para(f"Sincerely,\n\n{coordinator}\nTransition Coordinator, {COORD}", 10)
    p.para(f"cc: {VENDOR}", 8.5)
    doc1 = (out(p), truth("other", None, insurer=ODM, member_id=mid, member_name=mem, cases=[req],
                          claim_amount=m2(mv), service_dates=[span(move)], denial_date=ld.isoformat(),
                          provider=VENDOR,
                          alternates={"insurer": [None, "HOME Choice"], "provider": [COORD, coordinator],
                                      "claim_amount": [None], "case_numbers": [[]]}))
    nd = plus(ld, rng.randint(8, 12))
    icn = digits(rng, 13)
    q = DKSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _letterhead(q, rng, "Provider Services  |  HOME Choice")
    for ln in [f"To: {VENDOR}", "Attn: Billing Office"]:
        q.line(ln, 9.5)
    q.ln(3)
    q.line("Notice of Denied Claim Line", 12, "B")
    q.ln(2)
    q.capgrid([[("Notice date", fdate(nd, "iso"), 32), ("ICN", icn, 40), ("Recipient", mem, 56),
                ("Medicaid ID", mid, 42)],
               [("Date of service", fdate(move, "dash"), 34), ("Code", "T2038 U2", 26), ("Billed", money(mv), 30),
                ("Allowed", money(MOVE_LIMIT), 30), ("Denied", money(mv - MOVE_LIMIT), 30)]], cap=7, val=9)
    q.ln(2)
    q.para(f"The moving costs on this claim are paid up to the HOME Choice limit of {money(MOVE_LIMIT)} per "
           f"transition. The exception your transition coordinator asked for on request {req} was not approved: the "
           "limit has no exception for the number of movers. The recipient may not be billed for the denied amount.",
           9.8)
    q.para("You may ask for a reconsideration within 60 days of the date of this notice.", 9.8)
    q.para(f"Provider Services, {ODM}", 9.8)
    doc2 = (out(q), truth("denial_letter", "not_covered", insurer=ODM, member_id=mid, member_name=mem, cases=[icn],
                          claim_amount=m2(mv), service_dates=[span(move)], denial_date=nd.isoformat(),
                          provider=VENDOR, appeal_deadline=plus(nd, 60).isoformat(),
                          alternates={**INS_ALT, "case_numbers": [[icn, req]],
                                      "claim_amount": [m2(mv - MOVE_LIMIT)]},
                          denial_alternates=["other"]))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_notice_cover_letter_facts_on_page_two", "born_digital", [bd_notice(rng)]),
        Item(F + "faxstd_remittance_to_vendor_open_table", "fax_standard_g4", [faxstd_remit(rng)]),
        Item(F + "phone_spanish_two_page_notice", "phone_photo", [phone_spanish(rng)]),
        Item(F + "scan300_vendor_statement_to_member", "scan_clean_300", [scan300_statement(rng)]),
        Item(F + "rotated_state_hearing_decision_overruled", "rotated", [rotated_hearing(rng)]),
        Item(F + "lowres_approval_page_two_reprinted_date", "scan_lowres_150", [lowres_approval(rng)]),
        Item(F + "faxfine_stack_coordinator_letter_then_vendor_notice", "fax_fine_g4", fax_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
