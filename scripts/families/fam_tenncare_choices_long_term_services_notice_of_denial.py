"""Notices mirrored (structure and wording style only) from TennCare CHOICES in Long-Term Services and Supports (the
Division of TennCare, CHOICES, home and community based services, nursing facility level of care, the 72-hour fast
appeal, continuation of services and the State fair hearing appear as themselves), issued by an invented TennCare
health plan (Cumberbrook Health Plan of Tennessee). Every agency, facility, person, number and address is invented;
most letters go to a caregiver or an authorised representative, the member named once in a box or a 'Re:' line.

Documents (8 in 7 files):
- born_digital_letter_to_representative_personal_care_hours_not_needed: a letter to the daughter who is the
  authorised representative; the home care agency asked for more personal care visit hours "from March 9 through
  June 30, 2026"; not needed (medical_necessity); care coordinator and nurse reviewer as decoys.
- faxstd_notice_form_adult_day_care_outside_network: a notice of denial form with small captions (MBR #, REF NO.,
  DOS FROM / DOS TO, REQ. PROV., SITE, CARE COORD.) on a standard fax: the adult day centre is not in the plan's
  network (out_of_network); the reference number split over two lines.
- clean_statement_to_caregiver_four_claims_meals_past_authorized_units: a CHOICES services statement mailed to the
  caregiver, four claims with From / To columns, the home-delivered meals claim refused past the authorized units
  (CARC 198 legend; prior_authorization).
- phone_es_carta_al_esposo_centro_de_vida_asistida_sin_elegibilidad: a photographed Spanish letter to the husband:
  assisted care living facility days after the member's CHOICES enrollment ended (eligibility).
- rotated_approval_minor_home_modification_ramp: an approval of a ramp (minor home modification) fed sideways
  (denies nothing).
- lowres_letter_to_son_nursing_facility_setting_not_met: a 150 dpi letter to the son (caregiver): nursing facility
  care asked for by a doctor named only in a sentence, refused because care at home meets the need (level_of_care).
- faxstd_stack_cover_duplicate_respite_claim_then_generator_not_covered_sideways: a cover sheet, a claim notice
  refusing a respite claim already paid (duplicate; other), then sideways a letter refusing a backup generator as
  not a covered CHOICES service (not_covered).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddu_famduf import DUSheet, grouped, people, words
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "tenncare_choices_long_term_services_notice_of_denial"
LANG = "en"
SEED = 353705
INS = "Cumberbrook Health Plan of Tennessee"
ALT = ["Cumberbrook Health Plan", "Cumberbrook"]
HOME = "Mossvale Home Care Services"
ADC = "Brindlecove Adult Day Center"
NF = "Sablepine Health and Rehabilitation Center"
ALF = "Sunmeadow Assisted Living of Cookeville"
RESP = "Kettlecreek Respite Partners"
MODS = "Ridgeback Accessibility Builders"


def tid(rng):
    return digits(rng, 9)


def um(rng):
    return f"UM{digits(rng, 8)}"


def clm(rng):
    return "26" + digits(rng, 12)


def phone(rng, area="866"):
    return f"{area}-555-{digits(rng, 4)}"


def tn_addr(rng):
    city = rng.choice([("Cookeville", "385"), ("Jackson", "383"), ("Kingsport", "376"), ("Murfreesboro", "371"),
                       ("Cleveland", "373")])
    return [f"{rng.randint(100, 9800)} {rng.choice(['Dogwood Ln', 'Old Sparta Rd', 'Cedar Bluff Dr', 'Mill Creek Rd'])}",
            f"{city[0]} TN {city[1]}{rng.randint(10, 99)}"]


def head(p, rng, unit="Member Services"):
    p.logo_head(INS, "CHP", [f"TennCare CHOICES in Long-Term Services and Supports  |  {unit}",
                             f"PO Box {rng.randint(1000, 9800)}, Nashville TN 37202  |  {phone(rng)}  |  TTY 711"],
                size=13)


def appeal_box(p, days_word="60"):
    p.bar("What if you think we made a mistake?", 9.2)
    p.para(f"You can ask us for an appeal. You have {days_word} days from the date of this letter to ask. If you want "
           "to keep getting a service you already get while you appeal, you must ask within 10 days. If waiting "
           "could hurt your health, ask for a fast appeal: we decide fast appeals within 72 hours. If we keep our "
           "decision, you can ask TennCare for a State fair hearing within 120 days of our appeal decision.", 8.6)


def bd_hours(rng):
    member, rep, cc, rn, sig = people(rng, 5)
    m = tid(rng)
    nd = dt.date(2026, 3, rng.randint(2, 6))
    a, b = plus(nd, 4), dt.date(2026, 6, 30)
    rec = plus(nd, -rng.randint(6, 9))
    ref = um(rng)
    p = DUSheet(footer="Page {n} of {nb}", footer_left="CHP-CHOICES-ND (rev. 10/2025)")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng)
    p.line(fdate(nd, "long"), 10)
    p.ln(2)
    for ln in [rep, "Authorized Representative", *tn_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Re", f"{member}, Member ID {m}"), ("Request number", ref),
             ("Your care coordinator", f"{cc}, {phone(rng, '615')}")], label_w=42, size=9.4)
    p.ln(2)
    p.heading("Notice of Denial of CHOICES Services")
    p.para(f"Dear {rep}:", 10)
    p.para(f"{HOME} asked us to approve more personal care visits for your mother: 28 hours a week instead of the "
           f"16 hours a week she gets now, from {fdate(a, 'long').replace(', 2026', '')} through {fdate(b, 'long')}. We "
           f"got the request on {fdate(rec, 'slash')}. We said **no** to the extra 12 hours a week.", 10)
    p.para("Why? Personal care visits help with tasks like bathing, dressing and eating. The agency's assessment "
           "says your mother can feed herself and that her bath and dressing take about two hours each morning. "
           "The 16 hours a week she has cover that. The extra hours were asked for housework and for someone to be "
           "with her in the afternoon; those are not personal care tasks, and the records do not show a change in "
           "her health since her last assessment. So the extra hours are not medically necessary. "
           f"A nurse, {rn}, RN, reviewed the request.", 10)
    p.para("Her 16 hours a week of personal care visits do not change.", 10)
    appeal_box(p)
    p.para(f"Sincerely,\n{sig}\nUtilization Management, {INS}", 9.6)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=member, cases=[ref],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(), provider=HOME,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "service_dates": [[a.isoformat(), b.isoformat()], []]})
    return out(p), t


def faxstd_adc(rng):
    member, rep, cc, doc, rev = people(rng, 5)
    m = tid(rng)
    nd = dt.date(2026, 4, rng.randint(6, 20))
    a = plus(nd, 7)
    b = plus(a, 89)
    ref = f"{digits(rng, 5)}-{digits(rng, 6)}"
    head1, tail = ref[:6], ref[6:]
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  CUMBERBROOK UM  FAX {phone(rng, '615')}  P.{{n}}"
    p = DUSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p, rng, "Utilization Management")
    p.title_bar("NOTICE OF DENIAL - CHOICES HCBS", "Form CHP-HCBS-4 (rev. 08/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("NOTICE DT", fdate(nd, "slash")), ("SENT TO", rep), ("RELATION", "Representative")],
                [32, 82, W - 114])
    p.form_band([("MBR NAME", member), ("MBR #", m), ("GROUP", "CHOICES Group 3")], [70, 40, W - 110])
    y = p.get_y()
    h = p.box2("REF NO.", head1, tail, 34)
    p.set_xy(p.l_margin + 34, y)
    p.l_margin += 34
    p.form_band([("DOS FROM", fdate(a, "slash")), ("DOS TO", fdate(b, "slash")), ("SVC", "Adult day care, 3 days/wk"),
                 ("RCVD", fdate(plus(nd, -5), "slash"))], [28, 28, 54, W - 144], h=h)
    p.l_margin -= 34
    p.set_xy(p.l_margin, y + h)
    p.form_band([("REQ. PROV.", f"Dr. {doc}"), ("SITE", ADC), ("CARE COORD.", cc)], [50, 80, W - 130])
    p.form_band([("SITE NPI", digits(rng, 10)), ("DECISION", "DENIED"), ("REVIEWER", rev)], [40, 40, W - 80])
    p.ln(3)
    p.para(f"**Why we said no.** Dr. {doc} asked for adult day care at {ADC}. That center does not have a contract "
           "with us, so it is not in our network. CHOICES services must come from providers in our network unless "
           "no network provider can give the care. Two network adult day centers are within 12 miles of the "
           "member's home and have openings. Your care coordinator can help you choose one.", 8.8)
    appeal_box(p)
    p.para(f"Questions: {phone(rng)} (TTY 711). Fax appeals to {phone(rng, '615')} and write reference {ref} on "
           "each page.", 8.4)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=m, member_name=member, cases=[ref],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(), provider=ADC,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [doc], "service_dates": [[a.isoformat(), b.isoformat()], []]})
    return out(p), t


def clean_statement(rng):
    member, cg, cc, aide = people(rng, 4)
    m = tid(rng)
    sd = dt.date(2026, 5, rng.randint(4, 15))
    mon = dt.date(2026, 4, 1)
    rows, spec = [], [("Personal care visits", HOME, "T1019", 1, 30, 30.0), ("Home-delivered meals", "Dunmore Kitchen Meals", "S5170", 1, 15, 9.0),
                      ("Personal emergency response", "Lifeline Bridge PERS Co.", "S5161", 1, 30, 42.0),
                      ("Home-delivered meals", "Dunmore Kitchen Meals", "S5170", 16, 30, 9.0)]
    den = None
    for i, (svc, prov, code, d1, d2, rate) in enumerate(spec):
        n = clm(rng)
        a, b = mon.replace(day=d1), mon.replace(day=d2)
        units = (d2 - d1 + 1) if code == "S5170" else (rng.randint(40, 60) if code == "T1019" else 1)
        billed = round(units * rate, 2) if code != "S5161" else rate
        paid = 0.0 if i == 3 else round(billed * 0.95, 2)
        rows.append([grouped(n, 4), prov, code, svc, fdate(a, "slash"), fdate(b, "slash"), str(units),
                     money(billed, "nosign"), money(paid, "nosign"), "198" if i == 3 else "1"])
        if i == 3:
            den = (n, a, b, billed, prov)
    p = DUSheet(footer="Page {n} of {nb}")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    head(p, rng, "Claims")
    p.title_bar("CHOICES SERVICES STATEMENT - THIS IS NOT A BILL", "CHP-SS-2 (rev. 01/2026)")
    p.capstrip([("MAILED TO (CAREGIVER)", cg), ("FOR MEMBER", member), ("MEMBER ID", m),
                ("STATEMENT DATE", fdate(sd, "abbr")), ("MEDICARE ID (OTHER)", "7QX4-RT2-MK81")],
               [60, 58, 38, 40, 61.9])
    p.ln(3)
    p.table(["CLAIM NO.", "PROVIDER", "CODE", "SERVICE", "FROM", "TO", "UNITS", "BILLED", "PLAN PAID", "NOTE"], rows,
            [40, 50, 14, 44, 19, 19, 11, 19, 19, 24.4], size=7.6, aligns=["L"] * 6 + ["C", "R", "R", "C"])
    n, a, b, billed, prov = den
    p.para(f"**Notes.** 1: paid as authorized. 198 (CARC 198, authorization exceeded): your plan of care authorizes "
           f"15 home-delivered meals a month. {prov} was paid for meals from April 1 through April 15 and then billed "
           "15 more for the rest of the month. Meals past the authorized number need a new authorization first; "
           f"none was asked for. The provider may not bill the member. Personal care aide on file: {aide}. "
           f"Care coordinator: {cc}.", 8.4)
    p.para("Ask for an appeal within 60 days from the date of this statement. Fast appeals: 72 hours. "
           f"Questions: {phone(rng)} (TTY 711).", 8.4)
    t = truth("eob", "prior_authorization", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(billed), service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=sd.isoformat(),
              provider=prov, appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT, "service_dates": [[a.isoformat(), b.isoformat()]]})
    return out(p), t


def phone_es(rng):
    member, husband, cc, sig = people(rng, 4)
    m = tid(rng)
    end = dt.date(2026, 2, 28)
    a, b = dt.date(2026, 3, 1), dt.date(2026, 3, 31)
    nd = plus(b, rng.randint(20, 30))
    n = clm(rng)
    billed = amount(rng, 2400, 3300)
    p = DUSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Servicios para Miembros")
    p.line(fdate(nd, "long", "es"), 10)
    p.ln(2)
    for ln in [husband, *tn_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Asunto", f"servicios de {member}"), ("Número de TennCare", m), ("Reclamo", n)], label_w=44, size=9.6)
    p.ln(2)
    p.para(f"Estimado(a) {husband}:", 10)
    p.para(f"Le escribimos sobre su esposa. {ALF} nos envió un reclamo por {money(billed)} por los días que ella "
           f"vivió en el centro de vida asistida del 1 de marzo de 2026 al 31 de marzo de 2026. No pagamos este reclamo.", 10)
    p.para(f"¿Por qué? Su inscripción en CHOICES terminó el {fdate(end, 'long', 'es')}, cuando TennCare le envió un "
           "aviso de que ya no cumplía con los requisitos de ingresos. Sin CHOICES, el plan no puede pagar los "
           "servicios del centro. Si TennCare vuelve a aprobar su cobertura para esas fechas, el centro puede enviar "
           f"el reclamo otra vez. Su coordinadora de atención, {cc}, puede ayudarle.", 10)
    p.bar("¿CREE QUE NOS EQUIVOCAMOS?", 9.4)
    p.para("Puede pedir una apelación dentro de 60 días a partir de la fecha de esta carta. Las apelaciones rápidas "
           "se deciden en 72 horas. Para preguntas sobre su elegibilidad, llame a TennCare Connect. "
           f"Llámenos al {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(billed), service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(),
              provider=ALF, appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "service_dates": [[a.isoformat(), b.isoformat()]]})
    return out(p), t


def rotated_approval(rng):
    member, rep, cc, ot = people(rng, 4)
    m = tid(rng)
    nd = dt.date(2026, 5, rng.randint(10, 25))
    d = plus(nd, rng.randint(14, 24))
    auth = f"PA-{digits(rng, 9)}"
    p = DUSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng)
    p.heading("Notice of Approval", 13)
    p.addr_pair("TO", [rep, *tn_addr(rng)], "ABOUT", [member, f"Member ID {m}", "CHOICES Group 2"])
    p.ln(2)
    p.grid([[("DATE OF THIS NOTICE", fdate(nd, "long")), ("APPROVAL NUMBER", auth)],
            [("SERVICE", "Minor home modification: entry ramp"), ("BUILDER", MODS)],
            [("PLANNED START", fdate(d, "slash")), ("ASSESSED BY", f"{ot}, OTR/L")]], size=8.8)
    p.para(f"Good news. We approved the wheelchair ramp for the front entry of the home, as {MODS} asked. The "
           f"work is planned to start on or about {fdate(d, 'long')}. Your care coordinator, {cc}, will call you "
           "before the work begins. You do not need to do anything.", 10)
    p.para(f"Questions: {phone(rng)} (TTY 711).", 9.6)
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, cases=[auth],
              service_dates=[d.isoformat()], denial_date=nd.isoformat(), provider=MODS,
              alternates={"insurer": ALT, "case_numbers": [[]], "service_dates": [[]]})
    return out(p), t


def lowres_nf(rng):
    member, son, doc, cc, sig = people(rng, 5)
    m = tid(rng)
    nd = dt.date(2026, 6, rng.randint(3, 12))
    d = plus(nd, rng.randint(8, 14))
    prior = dt.date(2025, 11, rng.randint(3, 25))
    ref = um(rng)
    p = DUSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    head(p, rng, "Utilization Management")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [son, *tn_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {son}:", 10)
    p.para(f"We are writing about your father, {member} (TennCare ID {m}). Dr. {doc} asked us to approve nursing "
           f"facility care for him at {NF}, to begin on or about {fdate(d, 'long')}. Your request number is "
           f"{ref}. You are getting this letter because you are listed as his caregiver.", 10)
    p.para("We said no. To get nursing facility care through CHOICES, a person must need the kind of daily help "
           "that can only safely be given in a nursing facility. The assessment done in May shows that your father "
           "walks with a walker, takes his own medicines with reminders and needs help only with bathing. That help "
           "can be given at home through the CHOICES personal care visits he has had since "
           f"{fdate(prior, 'long')}. So nursing facility care is not the right setting for him now; his home services "
           f"continue. His care coordinator, {cc}, can talk with you about adding hours if his needs change.", 10)
    p.para("If you disagree, you can ask for an appeal within 60 days from the date of this letter. A fast appeal "
           "is decided within 72 hours. "
           f"Call {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\n{INS}", 10)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=m, member_name=member, cases=[ref],
              service_dates=[d.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), denial_alternates=["medical_necessity"],
              alternates={"insurer": ALT, "provider": [NF], "service_dates": [[]]})
    return out(p), t


def faxstd_stack(rng):
    member, rep, cc = people(rng, 3)
    m = tid(rng)
    a = dt.date(2026, 3, rng.randint(2, 10))
    b = plus(a, 2)
    nd = plus(b, rng.randint(30, 40))
    n_new, n_paid = clm(rng), clm(rng)
    billed = amount(rng, 380, 620)
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  CHP CLAIMS  {phone(rng, '615')}  PG {{n}}"
    p = DUSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p, rng, "Claims")
    p.title_bar("CLAIM NOTICE - CHOICES", "CHP-CN-1 (rev. 07/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("DATE OF NOTICE", fdate(nd, "slash")), ("MAILED TO", f"{rep} (Auth. Rep.)")], [40, W - 40])
    p.form_band([("MEMBER", member), ("MBR #", m), ("CLM NO.", n_new)], [64, 40, W - 104])
    p.form_band([("BILLED BY", RESP), ("TAX ID", f"{digits(rng, 2)}-{digits(rng, 7)}"), ("AMT BILLED", money(billed))],
                [80, 40, W - 120])
    p.form_band([("DOS FROM", fdate(a, "slash")), ("DOS TO", fdate(b, "slash")), ("SVC", "In-home respite, 3 days")],
                [34, 34, W - 68])
    p.ln(3)
    p.para(f"**Not paid - duplicate.** We already paid claim {n_paid} from {RESP} for the same respite days and the "
           "same member. The new claim repeats it. If the agency meant to bill different days, it should send a "
           "corrected claim. You do not owe the agency for these days.", 9)
    p.para("Ask for an appeal within 60 days from the date of this notice. Fast appeals: 72 hours. "
           f"Member Services {phone(rng)} (TTY 711). Care coordinator: {cc}.", 8.6)
    d_a = (out(p), truth("denial_letter", "other", insurer=INS, member_id=m, member_name=member, cases=[n_new],
                         claim_amount=m2(billed), service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
                         denial_date=nd.isoformat(), provider=RESP, appeal_deadline=plus(nd, 60).isoformat(),
                         alternates={"insurer": ALT, "service_dates": [[a.isoformat(), b.isoformat()]]},
                         type_alternates=["eob"]))
    member2, daughter, cc2, sig = people(rng, 4)
    m2_ = tid(rng)
    nd2 = dt.date(2026, 7, rng.randint(6, 20))
    ref = um(rng)
    d = plus(nd2, 21)
    q = DUSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    head(q, rng)
    q.line(fdate(nd2, "long"), 10)
    q.ln(2)
    for ln in [daughter, *tn_addr(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.para(f"**For:** {member2}   **Member ID:** {m2_}   **Request:** {ref}", 9.6)
    q.para(f"Dear {daughter}:", 10)
    q.para(f"{MODS} asked us to approve a backup generator for your mother's home, to be put in on "
           f"{words(d)} ({fdate(d, 'slash')}). We cannot approve it.", 10)
    q.para("Minor home modifications in CHOICES are changes to the home that help a person get around safely, like "
           "ramps, grab bars and wider doors. A generator is not one of them, and it is not any other CHOICES or "
           "TennCare service. If your mother uses oxygen or other equipment that needs power, her care coordinator "
           f"({cc2}) can help you sign up with the power company's medical priority list.", 10)
    q.para("If you disagree, you can ask for an appeal within 60 days from the date of this letter. "
           f"Call {phone(rng)} (TTY 711).", 10)
    q.para(f"Sincerely,\n{sig}\n{INS}", 10)
    d_b = (out(q), truth("denial_letter", "not_covered", insurer=INS, member_id=m2_, member_name=member2, cases=[ref],
                         service_dates=[d.isoformat()], denial_date=nd2.isoformat(), provider=MODS,
                         appeal_deadline=plus(nd2, 60).isoformat(),
                         alternates={"insurer": ALT, "service_dates": [[]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "born_digital_letter_to_representative_personal_care_hours_not_needed", "born_digital",
             [bd_hours(rng)]),
        Item(F + "faxstd_notice_form_adult_day_care_outside_network", "fax_standard_g4", [faxstd_adc(rng)]),
        Item(F + "clean_statement_to_caregiver_four_claims_meals_past_authorized_units", "scan_clean_300",
             [clean_statement(rng)]),
        Item(F + "phone_es_carta_al_esposo_centro_de_vida_asistida_sin_elegibilidad", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_approval_minor_home_modification_ramp", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_letter_to_son_nursing_facility_setting_not_met", "scan_lowres_150", [lowres_nf(rng)]),
        Item(F + "faxstd_stack_cover_duplicate_respite_claim_then_generator_not_covered_sideways", "fax_standard_g4",
             faxstd_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
