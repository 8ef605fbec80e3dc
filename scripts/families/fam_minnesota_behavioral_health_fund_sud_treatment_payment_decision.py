"""Notices mirrored (structure and plain wording style only) from the papers the Minnesota Department of Human
Services sends about its Behavioral Health Fund (formerly the Consolidated Chemical Dependency Treatment Fund), which
pays for substance use disorder treatment of people who qualify by income and have no other program or insurance
that pays: the Minnesota Department of Human Services, the Behavioral Health Fund, Medical Assistance and
MinnesotaCare, the comprehensive assessment, ASAM levels of care, PMI numbers, MN-ITS, licensed alcohol and drug
counselors (LADC), state fair hearings at the DHS Appeals Division (30 days, 90 days with a good reason) and
HCPCS codes appear as themselves; every other time limit, reason code, form, program, lodge, laboratory, billing
agent, counselor, client, number and address is invented. Reasons are put in the writer's own words and no
heading names the kind of denial.

Documents (8 in 7 files):
- faxstd_provider_copy_residential_stay_paid_as_outpatient: a provider-copy authorization decision on a standard
  fax, abbreviated captions printed LEFT of their boxes ("Dt of Notice", "PMI #", "Auth Req #", "Svc Dt(s)",
  "Cty case #", "Prog / NPI"): the Fund will pay outpatient sessions but not a residential stay (level_of_care);
  DOB, county case number, NPI and the fax header's phone as decoys.
- lowres_remittance_three_clients_medical_assistance_on_those_days: a 150 dpi landscape remittance to a billing
  agent for an outpatient program: three clients, billed / allowed / paid / client-owes columns, claim totals; the
  middle client's two group sessions pay 0.00 under B27 whose legend says Medical Assistance covered those days
  (other); payee, RA no., EFT trace as decoys.
- photocopy_withdrawal_management_bill_sent_late_facts_box: a photocopied letter whose text runs beside a box of
  facts: a withdrawal management stay billed by a billing company after the 120-day limit (timely_filing); the
  program only in sentences, the refused amount only in a sentence, "no later than 90 calendar days after you
  receive this letter", a "printed" date and the billing company's invoice as decoys.
- phone_es_dos_columnas_ingresos_sobre_el_limite: a photographed two-column Spanish letter: the household's income
  was over the Fund's limit on the days of two group sessions (eligibility); income and limit amounts as decoys.
- rotated_residential_stay_approved_captions_under_boxes: a residential stay approval with captions UNDER the boxes
  and an intake-line call reference, fed sideways (denies nothing).
- born_digital_probation_drug_tests_not_treatment_two_pages: a two-page letter with a facts box: urine drug tests a
  probation agent ordered are not treatment the Fund pays for (not_covered); court file and lab accession numbers
  as decoys, "by <date>", and a rights page.
- clean_stack_cover_more_outpatient_hours_not_needed_then_stay_begun_before_asking_upside_down: a fax cover sheet,
  a letter refusing more outpatient hours because the notes show the plan's goals met (medical_necessity; "You have
  45 days to ask", nothing to count from; a call log of reference numbers), then upside down a letter refusing the
  first days of a residential stay begun before anyone asked the Fund (prior_authorization).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundea_famee import EASheet, ea_date, es_money, last_first, nb, people
from public_kit import amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "minnesota_behavioral_health_fund_sud_treatment_payment_decision"
LANG = "en"
SEED = 354904
INS = "Minnesota Department of Human Services"
ALT = ["Minnesota DHS", "Behavioral Health Fund", "Minnesota Behavioral Health Fund",
       "Minnesota Department of Human Services Behavioral Health Fund", "Department of Human Services"]
RES = "Birchfall Lake Recovery Lodge"
OUTP = "Heronsgate Outpatient Recovery"
WM = "Tamsen Prairie Withdrawal Management Center"
BILLER = "Ninebark Behavioral Billing LLC"
LAB = "Kestrel Point Toxicology Laboratory"


def address(rng):
    """An invented Minnesota street address (town and ZIP area real, the rest drawn)."""
    city, z = rng.choice([("Brainerd", "564"), ("Bemidji", "566"), ("Mankato", "560"), ("Willmar", "562"),
                          ("Hibbing", "557"), ("Winona", "559"), ("Moorhead", "565"), ("Faribault", "550")])
    st = rng.choice(["Tamarack Trl", "County Rd 9", "Lakeshore Dr N", "Ironwood Ave", "Old Highway 371",
                     "Basswood Ct", "Loon Bay Rd", "2nd St SE"])
    return [f"{rng.randint(100, 9899)} {st}", f"{city}, MN {z}{rng.randint(10, 99)}"]


def pmi(rng):
    return digits(rng, 8)


def icn(rng):
    return "26" + digits(rng, 13)


def auth_no(rng):
    return f"BHF-SA-{digits(rng, 7)}"


def npi(rng):
    return digits(rng, 10)


def phone(rng, area="651"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng):
    return dt.date(rng.randint(1961, 2003), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: EASheet, rng, unit="Behavioral Health Fund", extra: str | None = None):
    p.logo_head(INS, "DHS", [f"{unit}  |  PO Box 64{digits(rng, 3)}, St. Paul, MN 55164-{digits(rng, 4)}",
                             extra or f"Client questions {phone(rng)}  |  TTY 711  |  Fax {phone(rng)}"], size=13)


def faxstd_auth(rng):
    member, asked_by, assessor, rev = people(rng, 4)
    m = pmi(rng)
    rec = dt.date(2026, 3, rng.randint(2, 6))
    nd = plus(rec, rng.randint(3, 6))
    start = plus(rec, rng.randint(7, 9))
    end = plus(start, 27)
    auth = auth_no(rng)
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  MN DHS BHF UNIT  {phone(rng)}  P.{{n}}/1"
    p = EASheet(footer="DHS-BHF-417 (12/25)", fax_hdr=fax)
    p.set_margins(15, 12, 15)
    p.add_page()
    _head(p, rng, "Behavioral Health Fund - Service Authorization",
          f"Provider help {phone(rng)}  |  MN-ITS mailbox BHF-AUTH  |  Fax {phone(rng)}")
    p.title_bar("SUD TREATMENT SERVICE AUTHORIZATION - DECISION", "PROVIDER COPY  -  keep with the client record")
    p.beside([[("Dt of Notice", ea_date(nd, "dmy_up")), ("PMI #", m)],
              [("Client", last_first(member)), ("DOB", fdate(dob(rng), "slash"))],
              [("Auth Req #", auth), ("Req Rcvd", ea_date(rec, "dmy_up"))],
              [("Svc Dt(s)", f"{fdate(start, 'slash')} - {fdate(end, 'slash')}"), ("Cty case #", digits(rng, 8))],
              [("Prog / NPI", f"{RES} / {npi(rng)}")],
              [("ASAM asked", "3.5 residential, 28 days"), ("ASAM OK'd", "1.0 outpatient")]], cap_w=25, cap=6.0)
    p.ln(1)
    p.para(f"**Decision.** {asked_by}, LADC, the intake counselor at {RES}, asked the Fund to pay for a 28-day stay "
           f"starting on the first date above. The comprehensive assessment done by {assessor}, LADC, says the client "
           "has a steady place to live, a sister in the home who does not drink, a job to keep, and no sign of "
           "withdrawal. A person with those answers can be treated while living at home. The Fund will pay for "
           "outpatient treatment on the same dates, up to 9 hours a week, at this program or another one. It will "
           "not pay for the stay, its room and board, or its nights.", 8.8)
    p.para("The program may start outpatient sessions under this authorization number. If the client's situation "
           "changes (a relapse, losing housing, withdrawal signs), send a new assessment and ask again.", 8.8)
    p.para("**To disagree.** The program or the client may ask the Fund to look at this again. The request must "
           "reach us within 60 days of the date on this notice. The client may also ask for a state fair hearing "
           "with the DHS Appeals Division within 30 days after getting this notice (90 days with a good reason).",
           8.6)
    p.para(f"Reviewed by {rev}, BHF clinical reviewer.", 8.4)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=m, member_name=member, cases=[auth],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=nd.isoformat(), provider=RES,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [asked_by],
                          "service_dates": [[start.isoformat(), end.isoformat()]]})
    return out(p), t


def lowres_remit(rng):
    clients = people(rng, 3)
    couns = people(rng, 3)
    rd = dt.date(2026, 4, rng.randint(6, 24))
    claims, info = [], []
    for i, (cl, co) in enumerate(zip(clients, couns)):
        n, m = icn(rng), pmi(rng)
        den = i == 1
        first_d = plus(rd, -rng.randint(24, 32))
        dates = [first_d, plus(first_d, 7)] if i != 2 else [first_d]
        lines = []
        for d in dates:
            b = amount(rng, 140, 230)
            al = 0.0 if den else round(b * 0.8, 2)
            lines.append([d.isoformat(), "H2035 HQ", b, al, al, 0.0, "B27" if den else "00"])
        claims.append({"first": [n, last_first(cl), m, co], "lines": lines})
        info.append((cl, co, n, m, dates, round(sum(ln[2] for ln in lines), 2)))
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng, "Behavioral Health Fund - Provider Payments",
          f"Provider help {phone(rng)}  |  Claims and remittances are also posted to MN-ITS")
    p.title_bar("REMITTANCE ADVICE  -  BEHAVIORAL HEALTH FUND", "RA form BHF-RA-2")
    p.capstrip([("PAYEE (BILLING AGENT)", BILLER), ("TREATING PROGRAM", OUTP), ("PROGRAM NPI", npi(rng)),
                ("RA DATE", rd.isoformat()), ("RA NO.", digits(rng, 9)), ("EFT TRACE", digits(rng, 12))],
               [56, 62, 30, 26, 28, 57.4])
    p.ln(3)
    p.claims_table(["ICN", "CLIENT", "PMI", "COUNSELOR", "SVC DT", "PROC", "AMT BILLED", "ALLOWED", "PAID",
                    "CLIENT OWES", "RSN"], claims, [31, 40, 18, 38, 22, 18, 22, 20, 20, 20, 10.4],
                   size=7.2, sub_label="Claim total")
    cl, co, n, m, dates, b = info[1]
    p.para("**Reason codes.** 00: paid at the Fund's rate. B27: on these dates the client was enrolled in Medical "
           "Assistance through a health plan. The Fund pays only when no other program or insurance pays; send "
           "these sessions to the client's health plan. Do not bill the client for B27 lines.", 7.8)
    p.para("Questions about a line, or a request that the Fund reconsider it: within 90 days of the RA date, by "
           f"MN-ITS message or fax to {phone(rng)}. Claims for new dates go through MN-ITS as usual.", 7.8)
    t = truth("eob", "other", insurer=INS, member_id=m, member_name=cl, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat() for d in dates], denial_date=rd.isoformat(), provider=co,
              appeal_deadline=plus(rd, 90).isoformat(), alternates={"insurer": ALT, "provider": [OUTP]})
    return out(p), t


def photocopy_late(rng):
    member, sig, nurse = people(rng, 3)
    m = pmi(rng)
    start = dt.date(2026, 3, rng.randint(1, 12))
    end = plus(start, rng.randint(3, 4))
    rec = plus(end, rng.randint(126, 140))
    nd = plus(rec, rng.randint(5, 9))
    n = icn(rng)
    b = amount(rng, 1900, 2900)
    p = EASheet(footer=None, footer_left=f"Printed {fdate(plus(nd, -3), 'slash')} 06:{rng.randint(10, 59)}  "
                                         f"BHF-CLM-22  batch {digits(rng, 5)}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Behavioral Health Fund - Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.heading("About the bill for your stay in withdrawal management", 11.5)
    paras = [
        f"Dear {member}:",
        f"{WM} cared for you from {fdate(start, 'long').replace(', 2026', '')} through {fdate(end, 'long')}. "
        f"Its billing company, {BILLER}, sent the Fund the bill for those days, {money(b)} in all. The bill "
        f"reached us on {fdate(rec, 'long')}.",
        "A program has 120 days after the last day of care to send its bill to the Fund. This bill came after "
        "that time had passed, so the Fund will not pay it. The program sent the bill late, not you: it may not "
        "ask you to pay for these days.",
        "If you think we are wrong, write to us no later than 90 calendar days after you receive this letter. "
        "Tell us why, and send any paper that shows when the bill was first sent. You may also ask for a state "
        "fair hearing with the DHS Appeals Division within 30 days after you receive this letter (90 days with a "
        "good reason).",
        f"Sincerely,\n{sig}\nBehavioral Health Fund Claims Unit",
    ]
    facts = [("PMI number", m), ("Claim number (ICN)", n), ("Date of birth", fdate(dob(rng), "slash")),
             ("Billing company invoice", f"NB-{digits(rng, 6)}"), ("Bill received", fdate(rec, "slash")),
             ("Nurse on the unit", f"{nurse}, RN")]
    p.letter_beside_facts(paras, facts, "Facts about this bill", side_w=58, size=9.6)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[f"{start.isoformat()}/{end.isoformat()}"],
              denial_date=nd.isoformat(), provider=WM, appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"insurer": ALT, "appeal_deadline": [None],
                          "service_dates": [[start.isoformat(), end.isoformat()]]})
    return out(p), t


def phone_es(rng):
    member, couns, worker, sig = people(rng, 4)
    m = pmi(rng)
    d1 = dt.date(2026, 3, rng.randint(2, 13))
    d2 = plus(d1, 7)
    nd = plus(d2, rng.randint(30, 40))
    n = icn(rng)
    b1, b2 = amount(rng, 180, 260), amount(rng, 180, 260)
    b = round(b1 + b2, 2)
    income, limit = amount(rng, 4300, 5200), 3900.00
    p = EASheet(footer="Página {n} de {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Behavioral Health Fund - Fondo de Salud del Comportamiento",
          f"Departamento de Servicios Humanos de Minnesota  |  Preguntas {phone(rng)}  |  TTY 711")
    p.para(ea_date(nd, "es"), 9.6)
    for ln in [member, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(2)
    p.idstrip([("Número PMI", m), ("Número de reclamo", n), ("Caso del condado", digits(rng, 8))], 8.6)
    p.heading("Su tratamiento y el Fondo de Salud del Comportamiento", 12)
    p.two_cols(
        [("Lo que pasó",
          f"La consejera {couns}, LADC, de {OUTP}, le dio sesiones de grupo el {nb(ea_date(d1, 'es'))} y el "
          f"{nb(ea_date(d2, 'es'))}. El programa pidió al Fondo {es_money(b)} ({money(b)}) por las dos sesiones: "
          f"{money(b1)} y {money(b2)}."),
         ("Nuestra decisión",
          "El Fondo no pagará estas sesiones. El Fondo ayuda solo a hogares cuyos ingresos están por debajo de "
          "un límite según el tamaño del hogar. En la solicitud que usted firmó, su hogar de 2 personas tenía "
          f"ingresos de {money(income)} al mes, y el límite para 2 personas era de {money(limit)} al mes. Por "
          "eso, en esas fechas usted no calificaba para el Fondo.")],
        [("Si no está de acuerdo",
          "Puede pedirnos que revisemos esta decisión dentro de 60 días a partir de la fecha de esta carta. "
          "También puede pedir una audiencia imparcial estatal a la División de Apelaciones del DHS dentro de "
          "30 días después de recibir esta carta (90 días si tiene un buen motivo)."),
         ("Quiénes aparecen en esta carta",
          f"Programa: {OUTP}. Consejera: {couns}. Trabajador(a) del condado que revisó sus ingresos: {worker}. "
          f"Firma: {sig}, Unidad del Fondo."),
         ("Si sus ingresos cambiaron",
          "Si sus ingresos bajaron, pida al condado una nueva revisión. Una nueva decisión no cubre fechas "
          "anteriores."),
         ("Llámenos", f"{phone(rng)} (TTY 711), de lunes a viernes.")], size=9.2)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[d1.isoformat(), d2.isoformat()], denial_date=nd.isoformat(),
              provider=couns, appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT + ["Departamento de Servicios Humanos de Minnesota"], "provider": [OUTP]})
    return out(p), t


def rotated_approval(rng):
    member, assessor, sig = people(rng, 3)
    m = pmi(rng)
    nd = dt.date(2026, 5, rng.randint(4, 20))
    start = plus(nd, rng.randint(3, 6))
    end = plus(start, 27)
    auth = auth_no(rng)
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Behavioral Health Fund - Service Authorization")
    p.title_bar("SERVICE AUTHORIZATION  -  APPROVED", "Not a bill. Keep this notice.")
    for ln in [member, *address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    p.boxes_below([(ea_date(nd, "dmonthy"), "Date issued"), (m, "PMI number"), (auth, "Authorization no.")],
                  [56, 52, 71.9])
    p.boxes_below([(f"{ea_date(start, 'dmonthy')} to {ea_date(end, 'dmonthy')}", "Dates approved"),
                   ("3.5 residential / 28 days", "ASAM level / length")], [96, 83.9])
    p.boxes_below([(RES, "Treatment program"), (f"IL-{digits(rng, 7)}", "Call ref. (intake line)")], [110, 69.9])
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"The Fund will pay {RES} for your residential treatment on the dates shown above, with room and board. "
           f"This follows the comprehensive assessment {assessor}, LADC, did with you. You do not owe a fee to the "
           "Fund for this stay.", 10)
    p.para("If the program thinks you need more days, it must ask before the last approved day. If you leave early, "
           "the Fund pays only for the days you were there.", 10)
    p.para(f"Questions: {phone(rng)} (TTY 711).\n{sig}, Behavioral Health Fund", 9.6)
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, cases=[auth],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=nd.isoformat(), provider=RES,
              alternates={"insurer": ALT, "case_numbers": [[]], "service_dates": [[], [start.isoformat(),
                                                                                     end.isoformat()]]})
    return out(p), t


def born_tests(rng):
    member, agent, couns, sig = people(rng, 4)
    m = pmi(rng)
    d1 = dt.date(2026, 4, rng.randint(1, 8))
    ds = [d1, plus(d1, 7), plus(d1, 14)]
    nd = plus(ds[-1], rng.randint(25, 35))
    dl = plus(nd, 60)
    n = icn(rng)
    bs = [amount(rng, 160, 240) for _ in ds]
    b = round(sum(bs), 2)
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    p.para(ea_date(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.heading("The Fund will not pay for these drug tests", 12)
    paras = [
        f"Dear {member}:",
        f"{LAB} sent the Fund a bill for three urine drug tests it ran for you. The tests were asked for by "
        f"your probation agent, {agent}, as part of the conditions the court set, and the samples were collected "
        "at the probation office.",
        f"The Fund pays for services that are part of your treatment plan at a licensed program. Your counselor at "
        f"{OUTP}, {couns}, LADC, did not order these tests and they are not in your treatment plan. Tests done "
        "for the court or for probation are not treatment, so the Fund does not pay for them, whoever sends the "
        "bill.",
        "Tests your program orders as part of your treatment are still paid as before.",
    ]
    facts = [("Date of this letter", ea_date(nd, "slash")), ("PMI number", m), ("Claim (ICN)", n),
             ("Court file no.", f"{rng.randint(10, 87)}-CR-26-{digits(rng, 4)}"),
             ("Lab accession nos.", ", ".join(f"K{digits(rng, 6)}" for _ in range(2)) + ", ..."),
             ("Lab NPI", npi(rng))]
    p.letter_beside_facts(paras, facts, "At a glance", side_w=60, size=9.6)
    p.table(["Collected", "Test (code)", "Billed"],
            [[ea_date(d, "nopad"), "Drug test, definitive (G0480)" if i == 2 else "Drug screen, presumptive (80305)",
              money(bb)] for i, (d, bb) in enumerate(zip(ds, bs))] + [["", "Total billed", money(b)]],
            [40, 90, 49.9], size=9, aligns=["L", "L", "R"], bold_last=True)
    p.para(f"**If you disagree**, send us a letter or call us by {ea_date(dl, 'long')}. Page 2 tells you about a "
           "state fair hearing.", 9.6)
    p.para(f"Sincerely,\n{sig}\nBehavioral Health Fund", 9.6)
    p.add_page()
    p.heading("Your rights", 12, rule=True)
    p.para("**Asking the Fund to look again.** Write to the address at the top of page 1 or call us. Tell us what "
           "you think is wrong. Someone who did not make the first decision will review it.", 9.4)
    p.para("**State fair hearing.** You may ask the DHS Appeals Division for a hearing within 30 days after you "
           "receive a notice, or within 90 days if you have a good reason for being late. A human services judge "
           "hears the case. You may bring someone to speak for you.", 9.4)
    p.para("**Example.** A notice printed with PMI 00000000 and claim 26 0000000000000 is a sample only; use the "
           "numbers on page 1 of your own letter.", 9.0)
    p.para("**Free help.** Legal aid offices can help with hearings at no cost. Language help and other formats of "
           f"this notice: {phone(rng)} (TTY 711).", 9.4)
    p.taglines()
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[d.isoformat() for d in ds], denial_date=nd.isoformat(),
              provider=LAB, appeal_deadline=dl.isoformat(), alternates={"insurer": ALT})
    return out(p), t


def clean_stack(rng):
    member, couns, rev, sig = people(rng, 4)
    m = pmi(rng)
    nd = dt.date(2026, 4, rng.randint(6, 17))
    start = plus(nd, rng.randint(3, 5))
    end = plus(start, 25)
    auth = auth_no(rng)
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.para(ea_date(nd, "wlong"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.pairs([("PMI", m), ("Request number", auth), ("Hours asked for", "24 group hours"),
             ("Dates asked for", f"{ea_date(start, 'dash')} to {ea_date(end, 'dash')}")], label_w=40, size=9.4)
    p.ln(1)
    p.para(f"Dear {member}:", 10)
    p.para(f"Your counselor at {OUTP}, {couns}, LADC, asked the Fund to pay for 24 more hours of group treatment "
           f"on the dates above. {rev}, a clinical reviewer for the Fund, read your treatment plan and the "
           "counselor's notes from the last four weeks.", 10)
    p.para("The notes say every goal in your treatment plan is marked done, your drug tests have all been "
           "negative since January, you go to two recovery meetings a week, and you have a sponsor. The Fund pays "
           "for more hours only while treatment still has work to do. From what the notes say, more group hours "
           "would not add to what you have already done, so the Fund will not pay for them. Your counselor can "
           "still see you for a discharge session and help you plan for continuing care.", 10)
    p.call_log([(fdate(plus(nd, -6), "slash"), f"{OUTP} (program office)", f"Call ref. C-{digits(rng, 7)}"),
                (fdate(plus(nd, -2), "slash"), "Client", f"Call ref. C-{digits(rng, 7)}")])
    p.para("You have 45 days to ask us to look at this again. You may also ask for a state fair hearing within 30 "
           f"days after you receive this letter. Call {phone(rng)} (TTY 711).", 9.8)
    p.para(f"Sincerely,\n{sig}\nBehavioral Health Fund", 9.8)
    d_a = (out(p), truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=member,
                         cases=[auth], service_dates=[f"{start.isoformat()}/{end.isoformat()}"],
                         denial_date=nd.isoformat(), provider=couns, appeal_deadline=None,
                         alternates={"insurer": ALT, "provider": [OUTP], "appeal_deadline": [plus(nd, 45).isoformat()],
                                     "service_dates": [[start.isoformat(), end.isoformat()]]}))
    member2, director, sig2 = people(rng, 3)
    m2_ = pmi(rng)
    adm = dt.date(2026, 2, rng.randint(2, 9))
    asked = plus(adm, 11)
    last_refused = plus(asked, -1)
    nd2 = plus(asked, rng.randint(40, 50))
    n2 = icn(rng)
    auth2 = auth_no(rng)
    rate = 287.00
    days = (last_refused - adm).days + 1
    b2 = round(rate * days, 2)
    q = EASheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Behavioral Health Fund - Claims")
    q.para(ea_date(nd2, "upper"), 10)
    for ln in [member2, *address(rng)]:
        q.line(ln, 10)
    q.ln(2)
    q.boxes_below([(m2_, "PMI"), (n2, "Claim (ICN)"), (auth2, "Authorization (from the day asked)")],
                  [40, 56, 73.9])
    q.para(f"Dear {member2}:", 10)
    q.para(f"{RES} took you in for residential treatment on {ea_date(adm, 'long')}. The lodge first asked the Fund "
           f"to agree to your stay on {ea_date(asked, 'long')}. Its clinical director, {director}, has told us the "
           "paperwork was forgotten during a staff change.", 10)
    q.para("A residential program must have the Fund's yes before a stay begins. We have agreed to pay from the "
           f"day the lodge asked. We will not pay for the {days} days before it asked, "
           f"{ea_date(adm, 'slash')} through {ea_date(last_refused, 'slash')}, billed at {money(rate)} a day, "
           f"{money(b2)} in all. The lodge may not bill you for those days.", 10)
    q.para("To disagree, write to us within 60 days of the date at the top of this letter. A state fair hearing "
           "may be asked for within 30 days after you receive it.", 10)
    q.para(f"Sincerely,\n{sig2}\nBehavioral Health Fund Claims Unit", 10)
    d_b = (out(q), truth("denial_letter", "prior_authorization", insurer=INS, member_id=m2_, member_name=member2,
                         cases=[n2], claim_amount=m2(b2),
                         service_dates=[f"{adm.isoformat()}/{last_refused.isoformat()}"],
                         denial_date=nd2.isoformat(), provider=RES, appeal_deadline=plus(nd2, 60).isoformat(),
                         alternates={"insurer": ALT, "provider": [director],
                                     "case_numbers": [[n2, auth2]],
                                     "service_dates": [[adm.isoformat(), last_refused.isoformat()]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED * 10 + i)  # noqa: E731
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_provider_copy_residential_stay_paid_as_outpatient", "fax_standard_g4", [faxstd_auth(r(1))]),
        Item(F + "lowres_remittance_three_clients_medical_assistance_on_those_days", "scan_lowres_150",
             [lowres_remit(r(2))]),
        Item(F + "photocopy_withdrawal_management_bill_sent_late_facts_box", "photocopy", [photocopy_late(r(3))]),
        Item(F + "phone_es_dos_columnas_ingresos_sobre_el_limite", "phone_photo", [phone_es(r(4))]),
        Item(F + "rotated_residential_stay_approved_captions_under_boxes", "rotated", [rotated_approval(r(5))]),
        Item(F + "born_digital_probation_drug_tests_not_treatment_two_pages", "born_digital", [born_tests(r(6))]),
        Item(F + "clean_stack_cover_more_outpatient_hours_not_needed_then_stay_begun_before_asking_upside_down",
             "scan_clean_300", clean_stack(r(7)), separators=["cover", None], turns={(1, 0): 180}),
    ]
