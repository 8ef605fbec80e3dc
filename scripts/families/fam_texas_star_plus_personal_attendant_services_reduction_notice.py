"""Texas STAR+PLUS (Texas Health and Human Services Medicaid managed care) notices, mirrored for structure and
wording only: an invented STAR+PLUS health plan reduces or denies personal attendant services (PAS) hours and
day activity and health services (adult day care); the member may ask the plan for an appeal within 60 days of
the notice, keep services during the appeal if asked within 10 days, and after the appeal ask HHS for a State
Fair Hearing (with or without an External Medical Review by an independent review organization) within 120 days
of the appeal decision. The health plan, members, agencies and every number, phone and address are invented.

Documents (8 in 7 files):
- bd_right_header_pas_hours_reduced: notice of adverse benefit determination, right-aligned header block
  (notice date / reference / member ID), a shaded left sidebar with phone, fax and TTY, the rest in paragraphs.
- scan300_two_page_dahs_denial_tear_off: two-page adult day care denial; page 2 is a tear-off appeal request
  form with the member ID and case number pre-printed and blank lines to fill in.
- copy_aviso_es_reduccion_horas: Spanish notice of reduced PAS hours (Spanish labels and dates).
- faxf_numbered_box_authorization_form: authorization decision form with numbered boxes (caption at the top,
  value inside, several boxes a row) under a typed fax header line; late request (prior authorization).
- photo_appeal_reversed_hours_restored: appeal resolution reversing a reduction (denies nothing).
- lowres_agency_claim_denial_abbrev_ids: the plan's letter to a home care agency about a PAS claim billed over
  the authorized units, abbreviated labels (Mbr #, ICN, Auth #, Acct) with IDs broken by spaces and dashes, a
  paid claim and its amount as decoys.
- faxstd_stack_upheld_appeal_and_hearing_request: fax cover sheet, the plan's appeal decision upholding a
  reduction, then the member's representative's State Fair Hearing request fed sideways and its duplex back.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddg_famdge import Sheet, dash2, dmy_upper, nopad, nth
from public_kit import address, amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "texas_star_plus_personal_attendant_services_reduction_notice"
LANG = "en"
SEED = 350904
MCO = "Pecan Hollow Health Plan"
HHS = "Texas Health and Human Services"
AGENCIES = ["Cibolo Creek Home Care, LLC", "Llano Bend Attendant Services", "Guadalupe Valley Personal Care Inc."]
DAY = ["Brazos Oaks Adult Day Center", "Mesquite Springs Day Activity and Health Services"]


def _mid(rng):
    return "5" + digits(rng, 8)


def _dob(rng):
    return dt.date(rng.randint(1938, 1968), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: Sheet, rng, size=14):
    p.f(size, "B")
    p.cell(0, 7, MCO, new_x="LMARGIN", new_y="NEXT")
    p.f(7.5)
    p.cell(0, 3.8, f"STAR+PLUS  |  A {HHS} Medicaid managed care plan  |  PO Box {rng.randint(1000, 9999)}, "
           f"San Marcos TX 786{rng.randint(10, 99)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)


SFH = ("If you are not satisfied with the appeal decision, you may ask for a State Fair Hearing. You must ask "
       "within 120 days of the date of the appeal decision letter. You may also ask for an External Medical "
       "Review by an Independent Review Organization at the same time you ask for the State Fair Hearing.")


def bd_right_header(rng):
    name = person(rng)[0]
    dau = person(rng)[0]
    mid, ref = _mid(rng), f"PH-UM-26-{digits(rng, 6)}"
    prev = f"PH-UM-25-{digits(rng, 6)}"
    nd = dt.date(2026, 2, 2) + dt.timedelta(days=rng.randint(0, 40))
    start = plus(nd, 14)
    end = plus(start, 182)
    agency = AGENCIES[0]
    old, new = rng.choice([28, 30, 32]), rng.choice([14, 16, 18])
    p = Sheet(footer="Page {n} of {nb}", footer_left="PHHP-NABD-PAS (01/2026)")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, 16)
    y0 = p.get_y()
    p.f(12, "B")
    p.multi_cell(100, 6, "Notice of Adverse Benefit Determination\nPersonal Attendant Services")
    p.right_block([("Notice date:", fdate(nd, "long")), ("Reference:", ref), ("Member ID:", mid),
                   ("Date of birth:", fdate(_dob(rng), "slash"))], y=y0)
    p.ln(6)
    p.f(10)
    for ln in [name, *address(rng)]:
        p.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(5)
    top = p.get_y()
    bottom = p.panel(14, top, 50, "Questions?", [
        f"Member Services: 1-877-555-{digits(rng, 4)}", f"Fax: 512-555-{digits(rng, 4)}", "TTY: 7-1-1",
        "Monday-Friday, 8 a.m.-6 p.m. Central", f"Your service coordinator: {person(rng)[0]}",
        f"Direct line 512-555-{digits(rng, 4)}", f"HHS Ombudsman 1-866-555-{digits(rng, 4)}"], size=7.8)
    p.set_left_margin(70)
    p.set_xy(70, top)
    p.para(f"Dear {name.split()[0]}:", 10)
    p.para(f"{agency} asked us to approve {old} hours a week of personal attendant services (PAS) for you. "
           f"Your service coordinator completed your functional assessment with your daughter, {dau}, present. "
           f"We approved {new} hours a week. We did not approve the other {old - new} hours a week.", 10)
    p.para(f"This change starts {fdate(start, 'long')} and lasts through {fdate(end, 'long')}.", 10)
    p.para("Why: the assessment shows you can do some bathing, dressing and meal set-up tasks yourself with "
           "the equipment you now have. The hours asked for are more than what is medically needed for the "
           "tasks you need help with. Our decision was made by a physician reviewer.", 10)
    p.set_left_margin(14)
    p.set_y(max(p.get_y(), bottom + 3))
    p.para(f"Your last approval (reference {prev}, dated {fdate(plus(nd, -190), 'slash')}) stays in place until "
           f"the change starts. Service plan year: 01/01/2026 - 12/31/2026.", 9.5)
    p.heading("Your right to appeal", 11)
    p.para("You have the right to ask for an appeal within 60 days of the date of this notice. You may ask by "
           "phone or in writing. If you want to keep getting your current hours while we review your appeal, "
           "you must ask within 10 days of the date of this notice, or before the change starts, whichever is "
           "later. If we uphold our decision you may have to pay for the services you got during the appeal.",
           9.5)
    p.para("If waiting for a standard appeal could seriously harm your health, ask for an expedited appeal. We "
           "will decide an expedited appeal within 72 hours. " + SFH, 9.5)
    t = truth("denial_letter", "medical_necessity", insurer=MCO, member_id=mid, member_name=name, cases=[ref],
              service_dates=[span(start, end)], denial_date=nd.isoformat(), provider=agency,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"service_dates": [[start.isoformat()]]})
    return out(p), t


def scan300_two_page(rng):
    name = person(rng)[0]
    mid, case = _mid(rng), f"DA{digits(rng, 2)}-{digits(rng, 5)}"
    nd = dt.date(2026, 1, 20) + dt.timedelta(days=rng.randint(0, 40))
    rec = plus(nd, -rng.randint(6, 12))
    start = plus(nd, rng.randint(5, 12))
    center = DAY[1]
    plan_id = "SP-" + rng.choice(["HILL", "CTX", "BEX"]) + digits(rng, 2)
    p = Sheet(serif=True, footer="Page {n} of {nb}", footer_left=f"Member ID {mid}  |  Case {case}")
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, 13)
    p.line(f"Date: {nopad(nd)}", 10)
    p.ln(3)
    for ln in [name, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.line("Notice of Denial: Day Activity and Health Services (DAHS)", 11.5, "B")
    p.ln(2)
    p.pairs([("Member", name), ("Medicaid ID", mid), ("Plan ID", plan_id), ("Case number", case),
             ("Service asked for", "Day activity and health services, 5 days a week"),
             ("Requested start date", fdate(start, "abbr")), ("Requested by", center),
             ("Request received", fdate(rec, "abbr")), ("Provider NPI", digits(rng, 10))], label_w=48, size=9.5)
    p.ln(2)
    p.para("We denied this request. DAHS is covered when a member needs nursing and personal care supervision "
           "during the day because of a medical condition. The records sent by the center show your health "
           "condition is stable and you do not need daily nursing observation. The service is not medically "
           "necessary for you. A doctor reviewed this request.", 9.8)
    p.para("You can ask for an appeal within 60 days of the date of this notice. Use the form on the next page "
           "or call Member Services at 1-888-555-" + digits(rng, 4) + " (TTY 7-1-1). " + SFH, 9.8)
    p.add_page()
    p.line("APPEAL REQUEST FORM", 12, "B", align="C")
    p.tear()
    p.pairs([("Member ID", mid), ("Case number", case), ("Notice date", nopad(nd))], label_w=40, size=10)
    p.ln(3)
    p.para("Return this form within 60 days of the date of the notice to: Pecan Hollow Health Plan, Appeals "
           f"Unit, PO Box {rng.randint(1000, 9999)}, San Marcos TX 78667, or fax it to 512-555-{digits(rng, 4)}.",
           9.5)
    p.blanks(["Your name:", "Phone number:", "Why do you disagree with our decision?", "", "",
              "Name of person helping you (if any):", "Do you want to keep your services during the appeal? (yes/no)",
              "Signature:", "Date:"])
    t = truth("denial_letter", "medical_necessity", insurer=MCO, plan_id=plan_id, member_id=mid,
              member_name=name, cases=[case], service_dates=[span(start)], denial_date=nd.isoformat(),
              provider=center, appeal_deadline=plus(nd, 60).isoformat(), alternates={"service_dates": [[]]})
    return out(p), t


def copy_es(rng):
    name = person(rng)[0]
    esposo = person(rng)[0]
    mid, ref = _mid(rng), f"PH{digits(rng, 3)} {digits(rng, 4)} {digits(rng, 3)}"
    nd = dt.date(2026, 2, 10) + dt.timedelta(days=rng.randint(0, 30))
    start = plus(nd, 15)
    agency = AGENCIES[2]
    es = lambda d: fdate(d, "es", "es")  # noqa: E731
    p = Sheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, 14)
    p.line("Aviso de Determinación Adversa de Beneficios", 12.5, "B")
    p.line("Servicios de asistente personal (PAS) - reducción de horas", 10)
    p.ln(3)
    p.boxed_pairs([("Fecha del aviso", es(nd)), ("Nombre del miembro", name), ("Número de Medicaid", mid),
                   ("Número de referencia", ref), ("Fecha de nacimiento", fdate(_dob(rng), "dmy", "es")),
                   ("Proveedor", agency), ("Horas antes / horas aprobadas", "24 / 12 horas por semana"),
                   ("Fecha en que empieza el cambio", es(start))], label_w=62)
    p.para(f"Su agencia pidió continuar 24 horas por semana. Aprobamos 12 horas por semana a partir del "
           f"{es(start)}. Su esposo, {esposo}, vive con usted y la evaluación muestra que las tareas de limpieza "
           "y compras no requieren un asistente pagado. Las horas negadas no son médicamente necesarias.", 9.8)
    p.heading("Su derecho a apelar", 10.5)
    p.para("Puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Si quiere seguir "
           "recibiendo sus horas actuales durante la apelación, debe pedirla dentro de 10 días. Después de la "
           "apelación puede pedir una Audiencia Imparcial Estatal (State Fair Hearing) dentro de 120 días de la "
           "fecha de la carta de decisión de la apelación, y una Revisión Médica Externa.", 9.8)
    p.para(f"Servicios para Miembros: 1-877-555-{digits(rng, 4)}  |  TTY 7-1-1  |  Fax 512-555-{digits(rng, 4)}",
           9)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=MCO, member_id=mid, member_name=name,
              cases=[ref], service_dates=[span(start)], denial_date=nd.isoformat(), provider=agency,
              appeal_deadline=plus(nd, 60).isoformat())
    return out(p), t


def faxf_form(rng):
    name = person(rng)[0]
    cg = person(rng)[0]
    mid, auth = _mid(rng), f"A{digits(rng, 9)}"
    dd = dt.date(2026, 1, 26) + dt.timedelta(days=rng.randint(0, 40))
    s1 = plus(dd, -rng.randint(20, 30))
    s2 = plus(s1, rng.randint(9, 13))
    agency = AGENCIES[1]
    plan_id = "SP-CTX" + digits(rng, 2)
    p = Sheet(footer=None)
    p.set_margins(12, 10, 12)
    p.add_page()
    p.fax_line(f"{dd.strftime('%b %d %Y')} 09:{rng.randint(10, 59)}  PECAN HOLLOW UM  512-555-{digits(rng, 4)}"
               f"  >>  {agency.upper()[:18]}  830-555-{digits(rng, 4)}   PG 1/1")
    p.f(11, "B")
    p.cell(0, 6, MCO.upper() + "  -  SERVICE AUTHORIZATION DECISION", new_x="LMARGIN", new_y="NEXT")
    p.f(7)
    p.cell(0, 3.5, "STAR+PLUS  |  Form PH-SA-7 rev. 10/2025  |  Complete boxes 1-16. Send a copy to the member.",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.nboxes([("1. Member name", name, 70), ("2. Medicaid ID no.", mid, 48), ("3. Date of birth",
              fdate(_dob(rng), "slash"), 36), ("4. Plan ID", plan_id, 38)])
    p.nboxes([("5. Caregiver / representative", cg, 70), ("6. Provider agency", agency, 84),
              ("7. Date(s) of service", f"{s1.strftime('%m/%d/%y')} - {s2.strftime('%m/%d/%y')}", 38)])
    p.nboxes([("8. Service", "PAS, agency model (T1019)", 70), ("9. Units requested", "120 (15-min)", 42),
              ("10. Units approved", "0", 42), ("11. Provider NPI", digits(rng, 10), 38)])
    p.nboxes([("12. Request received", fdate(plus(s2, 3), "slash"), 46), ("13. Authorization no.", auth, 50),
              ("14. Decision", "DENIED", 30), ("15. Reason code", "PA-04", 28), ("16. Decision date",
              fdate(dd, "slash"), 38)])
    p.ln(4)
    p.para("Reason code PA-04: the request for added attendant hours after the member's hospital stay was "
           "received after the services were given. These hours must be approved before they are given. No "
           "emergency exception applies.", 9.5)
    p.para("Member: you may ask for an appeal within 60 days of the date of this notice (box 16). Call "
           f"1-877-555-{digits(rng, 4)}, TTY 7-1-1. Agency: the member may not be billed for these units.", 9.5)
    t = truth("denial_letter", "prior_authorization", insurer=MCO, plan_id=plan_id, member_id=mid,
              member_name=name, cases=[auth], service_dates=[span(s1, s2)], denial_date=dd.isoformat(),
              provider=agency, appeal_deadline=plus(dd, 60).isoformat())
    return out(p), t


def photo_reversed(rng):
    name = person(rng)[0]
    mid = _mid(rng)
    orig, app = f"PH-UM-26-{digits(rng, 6)}", f"APL-{digits(rng, 7)}"
    nd = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 30))
    od = plus(nd, -rng.randint(35, 50))
    start = plus(od, 14)
    end = plus(start, 182)
    agency = AGENCIES[0]
    p = Sheet(footer=None)
    p.set_margins(26, 20, 26)
    p.add_page()
    _head(p, rng, 13)
    p.line(nth(nd), 10)
    p.ln(4)
    p.line("Appeal Resolution Notice - Decision Reversed", 12, "B")
    p.ln(2)
    p.pairs([("Member", name), ("Member ID", mid), ("Appeal number", app), ("Resolution date", fdate(nd, "dash")),
             ("Original decision", f"{orig} of {fdate(od, 'iso')}"), ("Agency", agency)], label_w=40, size=10)
    p.ln(2)
    p.para(f"We have finished reviewing your appeal. A doctor who was not part of the first decision reviewed "
           f"your records and the letter from your primary care doctor. We reversed our decision. Your personal "
           f"attendant services are approved at 30 hours a week from {fdate(start, 'abbr')} through "
           f"{fdate(end, 'abbr')}, the same as before.", 10)
    p.para("You do not need to do anything. We have told your agency. If you have questions, call Member "
           f"Services at 1-877-555-{digits(rng, 4)} (TTY 7-1-1).", 10)
    p.para("Sincerely,\nAppeals Department", 10)
    t = truth("other", None, insurer=MCO, member_id=mid, member_name=name, cases=[app, orig],
              service_dates=[span(start, end)], denial_date=nd.isoformat(), provider=agency,
              alternates={"case_numbers": [[app]], "service_dates": [[]]})
    return out(p), t


def lowres_agency(rng):
    agency = AGENCIES[1]
    nd = dt.date(2026, 2, 16) + dt.timedelta(days=rng.randint(0, 30))
    name, f, m, l = person(rng)
    other = person(rng)
    mid = _mid(rng)
    icn = f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 3)}"
    auth = f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}"
    s1 = plus(nd, -rng.randint(30, 45))
    s2 = plus(s1, 13)
    units = [rng.randint(48, 60), rng.randint(20, 30)]
    rate = 5.24
    b1, b2 = round(units[0] * rate, 2), round(units[1] * rate, 2)
    tot = round(b1 + b2, 2)
    oamt = amount(rng, 300, 900)
    p = Sheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, 13)
    p.line(f"Provider Claims Services  |  {dmy_upper(nd)}", 9)
    p.ln(4)
    p.line(agency, 10)
    p.line("Attn: Billing", 10)
    p.ln(3)
    p.f(9.5)
    p.cell(0, 5, f"Mbr: {l.upper()}, {f.upper()} {m}   Mbr # {mid}   Acct {digits(rng, 7)}", new_x="LMARGIN",
           new_y="NEXT")
    p.cell(0, 5, f"ICN {icn}   Auth # {auth}   Prov TIN 7{digits(rng, 1)}-{digits(rng, 7)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.table(["Dates of service", "Code", "Units", "Billed", "Allowed", "Status"], [
        [f"{fdate(s1, 'short')}-{fdate(s2, 'short')}", "T1019", str(units[0]), money(b1), "0.00", "Denied"],
        [f"{fdate(s1, 'short')}-{fdate(s2, 'short')}", "T1019 U2", str(units[1]), money(b2), "0.00", "Denied"],
        ["", "", "Claim total", money(tot), "0.00", ""]], [40, 26, 22, 28, 26, 30], size=9)
    p.para(f"Dear Provider: the claim above for {name} is denied. The units billed for the weeks of "
           f"{fdate(s1, 'slash')} and after are more than the units on the authorization, which allows 16 hours a "
           "week. Units over the authorization must be approved before they are given (denial code N54). Do not "
           "bill the member.", 9.5)
    p.para(f"For reference only: claim {digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 3)} for {other[0]} was paid "
           f"{money(oamt)} on the same remittance.", 9)
    p.para("You may file a provider claim appeal within 120 days of the date of this letter. Fax "
           f"512-555-{digits(rng, 4)} or use the provider portal. Provider Services 1-877-555-{digits(rng, 4)}.",
           9.5)
    t = truth("denial_letter", "prior_authorization", insurer=MCO, member_id=mid, member_name=name,
              cases=[icn, auth.replace(" ", "")], claim_amount=m2(tot), service_dates=[span(s1, s2)],
              denial_date=nd.isoformat(), provider=agency, appeal_deadline=plus(nd, 120).isoformat(),
              alternates={"case_numbers": [[icn]]})
    return out(p), t


def stack_docs(rng):
    name = person(rng)[0]
    rep = person(rng)[0]
    mid = _mid(rng)
    orig, app = f"PH-UM-26-{digits(rng, 6)}", f"APL-{digits(rng, 7)}"
    nd = dt.date(2026, 3, 9) + dt.timedelta(days=rng.randint(0, 20))
    start = plus(nd, -rng.randint(20, 30))
    end = plus(start, 182)
    agency = AGENCIES[2]
    p = Sheet(footer="Page {n} of {nb}")
    p.set_margins(20, 16, 20)
    p.add_page()
    _head(p, rng, 14)
    p.right_block([("Date:", fdate(nd, "upper")), ("Appeal #:", app), ("Member ID:", mid)])
    p.ln(4)
    p.line("Appeal Resolution Notice - Decision Upheld", 12, "B")
    p.ln(2)
    p.para(f"Dear {name}: you appealed our decision {orig} to reduce your personal attendant services from 26 "
           f"to 15 hours a week, starting {fdate(start, 'slash')} through {fdate(end, 'slash')}, requested by "
           f"{agency}. A physician reviewer who did not make the first decision looked at your appeal and your "
           f"representative {rep}'s letter. We upheld our decision. The added hours are not medically necessary "
           "based on your assessment.", 10)
    p.para("You have finished the plan's appeal process. " + SFH + " To ask for a State Fair Hearing, call us "
           f"at 1-877-555-{digits(rng, 4)} or write to us; we will send your request to {HHS}.", 10)
    p.para("Your services will continue at 15 hours a week. Continued services during a hearing must be asked "
           "for within 10 days of the date of this letter.", 10)
    doc1 = (out(p), truth("denial_letter", "medical_necessity", insurer=MCO, member_id=mid, member_name=name,
                          cases=[app, orig], service_dates=[span(start, end)], denial_date=nd.isoformat(),
                          provider=agency, alternates={"service_dates": [[start.isoformat()]]}))
    ld = plus(nd, rng.randint(8, 20))
    q = Sheet(footer=None, serif=True)
    q.set_margins(25, 22, 25)
    q.add_page()
    q.line(rep, 10)
    for a in address(rng):
        q.line(a, 10)
    q.ln(5)
    q.line(fdate(ld, "long"), 10)
    q.ln(4)
    q.line(MCO + ", Appeals Unit", 10)
    q.ln(4)
    q.re_block([f"{name}, Medicaid ID {mid}", f"Your appeal decision {app} dated {fdate(nd, 'slash')}",
                "Request for State Fair Hearing and External Medical Review"])
    q.para("I am the authorized representative for the member named above. Please accept this letter as the "
           "member's request for a State Fair Hearing and an External Medical Review. The member cannot transfer "
           "or bathe without hands-on help, and the hours approved leave her alone most afternoons.", 10)
    q.para(f"Please send the hearing notice to me at the address above. My phone number is 737-555-"
           f"{digits(rng, 4)}.", 10)
    q.para(f"Sincerely,\n\n{rep}\nAuthorized representative", 10)
    doc2 = (out(q), truth("other", None, insurer=MCO, member_id=mid, member_name=name, cases=[app],
                          service_dates=[], denial_date=ld.isoformat(), alternates={"insurer": [None]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_right_header_pas_hours_reduced", "born_digital", [bd_right_header(rng)]),
        Item(F + "scan300_two_page_dahs_denial_tear_off", "scan_clean_300", [scan300_two_page(rng)]),
        Item(F + "copy_aviso_es_reduccion_horas", "photocopy", [copy_es(rng)]),
        Item(F + "faxf_numbered_box_authorization_form", "fax_fine_g4", [faxf_form(rng)]),
        Item(F + "photo_appeal_reversed_hours_restored", "phone_photo", [photo_reversed(rng)]),
        Item(F + "lowres_agency_claim_denial_abbrev_ids", "scan_lowres_150", [lowres_agency(rng)]),
        Item(F + "faxstd_stack_upheld_appeal_and_hearing_request", "fax_standard_g4", stack_docs(rng),
             separators=["cover", "duplex"], turns={(1, 0): 90}),
    ]
