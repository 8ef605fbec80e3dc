"""An invented commercial plan (Thistledown Mutual Health Plan) denying audio-only telehealth visits: a visit the
record shows was by telephone billed with modifier 95 (audio-video) instead of 93 (audio-only), and services that
are not on the plan's audio-only list (a new-patient visit, group psychotherapy), with the practice's statement,
its letter to the plan, an independent review organization's external review decision (overturned) and a corrected
claim paid. CPT codes, modifiers 93 / 95 and place-of-service codes appear as themselves; the plan, the IRO, the
practice, every person and number is invented.

Documents (8 in 7 files):
- bd_eob_table_continues_page2_denied_row_middle: member EOB, eleven rows in a table without ruling lines that
  runs onto page 2 under its repeated header, the 95-modifier telephone visit denied in the middle, taglines and
  a nondiscrimination notice, 180-day appeal and a "for example, if the allowed amount were $150.00" decoy.
- faxstd_notice_to_practice_not_on_audio_only_list: small-type claim notice to the practice ("To: ... Attn:
  Billing Office") under a typed fax header, new-patient visit by telephone not on the audio-only list, dates
  "04-MAR-2026", 90-day provider appeal, 365-day corrected claim limit.
- scan300_spanish_group_therapy_denial_cc_practice: Spanish denial to the member with "cc:" to the practice,
  group psychotherapy by telephone not on the audio-only list.
- phone_two_page_practice_letter_to_plan: the practice's two-page letter to the plan's claims review (denies
  nothing), dates "March 4th, 2026", a repeated header on page 2.
- lowres_practice_statement_bracketed_adjustments: the practice's statement to the member, "USD" amounts,
  adjustments in brackets, dates "4 March 2026" (denies nothing).
- rotated_iro_external_review_overturned: an independent review organization's decision (its letterhead; the plan
  named in the text), the denial overturned (denies nothing).
- faxfine_stack_member_letter_facts_page2_then_corrected_claim_paid: a typed fax cover, a two-page plan letter to
  the member (prose page 1, facts table on page 2 under a repeated header with another page date, "cc:" the
  practice; wrong modifier), then the corrected claim's payment notice fed sideways (denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddk_famdkd import DKSheet, kdate, neg, words
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "telehealth_audio_only_visit_modifier_denial"
LANG = "en"
SEED = 351803
PLAN = "Thistledown Mutual Health Plan"
IRO = "Bluestem Independent Review, Inc."
PRACTICE = "Wren Hollow Internal Medicine"
CLIN = ["Odalys T. Ferreira", "Caspian R. Whitlow", "Henrike M. Adebayo"]


def _ids(rng):
    return {"mid": "TMH" + digits(rng, 9), "grp": f"GRP-{digits(rng, 5)}", "plan": f"Silver PPO {digits(rng, 3)}"}


def _logo(p: DKSheet, rng, dept: str, y: float = 12):
    p.set_y(y)
    p.set_fill_color(46, 90, 60)
    p.ellipse(p.l_margin, y, 11, 11, style="F")
    p.set_xy(p.l_margin + 14, y)
    p.f(13, "B")
    p.cell(0, 6, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 14)
    p.f(7.5)
    p.cell(0, 4, f"{dept}  |  PO Box {rng.randint(1000, 9999)}, Macon GA 312{rng.randint(10, 99)}  |  "
                 f"1-866-555-{digits(rng, 4)}  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 16)


def bd_eob(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    sd = dt.date(2026, 4, 6) + dt.timedelta(days=rng.randint(0, 6))
    base = dt.date(2026, 2, rng.randint(2, 6))
    svc = [("99213", "Office visit"), ("36415", "Blood draw"), ("80053", "Metabolic panel"), ("85025", "CBC"),
           ("99213-95", "Telehealth visit"), ("99214-95", "Telehealth visit"), ("G2012", "Virtual check-in"),
           ("81002", "Urinalysis"), ("99213", "Office visit"), ("90686", "Flu vaccine"), ("90471", "Vaccine admin")]
    rows, den = [], 5
    dates = [plus(base, i * 3) for i in range(len(svc))]
    amts = [amount(rng, 20, 220) for _ in svc]
    claims = [digits(rng, 11) for _ in svc]
    prov = [PRACTICE if i not in (2, 3) else "Keel Harbor Laboratory" for i in range(len(svc))]
    for i, (code, name) in enumerate(svc):
        if i == den:
            rows.append([claims[i], prov[i], fdate(dates[i], "slash"), f"{code} {name}", money(amts[i]),
                         "$0.00", money(amts[i]), "DENIED M93"])
        else:
            rows.append([claims[i], prov[i], fdate(dates[i], "slash"), f"{code} {name}", money(amts[i]),
                         money(amts[i] * 0.7), money(amts[i] * 0.1), "Paid"])
    p = DKSheet(footer="Page {n} of {nb}", cont=f"Explanation of Benefits (continued)  |  {mem}  |  {ids['mid']}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _logo(p, rng, "Explanation of Benefits - THIS IS NOT A BILL")
    p.right_block([("Statement date:", fdate(sd, "long")), ("Member:", mem), ("Member ID:", ids["mid"]),
                   ("Group:", ids["grp"]), ("Plan:", ids["plan"]), ("Plan year:", "01/01/2026 - 12/31/2026")],
                  w=100, size=8.6)
    p.ln(3)
    p.para("This statement lists the claims we processed for you this month. Telehealth visits by telephone only "
           "(audio-only) are covered for services on our audio-only list when the claim shows modifier 93. Visits "
           "with both video and audio use modifier 95. Your share is based on the allowed amount; for example, if "
           "the allowed amount were $150.00 and your coinsurance 10%, you would owe $15.00.", 8.6)
    p.para("Deductible met so far this plan year: $850.00 of $1,500.00. Out-of-pocket met: $1,214.60 of $6,000.00.",
           8.6)
    p.heading("Summary of this statement", 10)
    p.boxed_pairs([("Claims processed", str(len(svc))), ("Total billed by providers", money(sum(amts))),
                   ("Plan discounts", neg(sum(amts) * 0.2)), ("Paid by your plan", money(sum(amts) * 0.7 -
                                                                                     amts[den] * 0.7)),
                   ("Your total share", "see the claims below")], label_w=70, size=8.6, h=5.6)
    p.heading("Your plan's audio-only telehealth list (summary)", 10)
    p.bullets(["Established-patient office visits (99212-99215) with modifier 93, place of service 02 or 10",
               "Individual psychotherapy (90832, 90834, 90837) and medication management",
               "Virtual check-ins (G2012) and brief telephone assessments",
               "Not on the list: new-patient visits, group psychotherapy, physical and occupational therapy"], 8.4)
    p.set_y(max(p.get_y() + 4, 226))
    p.band("Claims processed", 9)
    p.plain_table(["Claim", "Provider", "Date", "Service", "Billed", "Plan paid", "You owe", "Status"], rows,
                  [22, 45, 18, 36, 17, 17, 16, 17], size=7.3, aligns=["L", "L", "L", "L", "R", "R", "R", "L"],
                  underline_head=True)
    p.para(f"M93  Claim {claims[den]} ({fdate(dates[den], 'long')}): the provider's note shows this visit was by "
           "telephone only, but it was billed with modifier 95 (audio and video). Audio-only visits must be billed "
           "with modifier 93. We cannot pay the claim as billed; your provider may send a corrected claim.", 8.4)
    p.para("You may appeal within 180 days of the date of this statement. Urgent appeals are decided within 72 "
           f"hours. Questions: 1-866-555-{digits(rng, 4)} (TTY 711).", 8.4)
    p.nondiscrimination(PLAN, 6.6)
    p.taglines(6.6)
    t = truth("eob", "coding_error", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[claims[den]], claim_amount=m2(amts[den]), service_dates=[span(dates[den])],
              denial_date=sd.isoformat(), provider=PRACTICE, appeal_deadline=plus(sd, 180).isoformat())
    return out(p), t


def faxstd_provider_notice(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    clin = CLIN[0]
    nd = dt.date(2026, 3, 16) + dt.timedelta(days=rng.randint(0, 6))
    dos = plus(nd, -rng.randint(20, 30))
    dob = dt.date(rng.randint(1960, 1999), rng.randint(1, 12), rng.randint(1, 28))
    claim = digits(rng, 10) + "-01"
    billed = amount(rng, 210, 330)
    fax = (f"{kdate(nd, 'upper')} 09:{rng.randint(10, 59)}  THISTLEDOWN MUTUAL  478-555-{digits(rng, 4)}  ->  "
           f"WREN HOLLOW IM  478-555-{digits(rng, 4)}   PAGE {{n}}")
    p = DKSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _logo(p, rng, "Provider Claims")
    s = 7.4
    p.f(s)
    for ln in [f"To: {PRACTICE}", "Attn: Billing Office", f"{rng.randint(100, 9800)} Old Mill Rd, Macon GA 31201"]:
        p.cell(0, 3.6, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.line("PROVIDER CLAIM NOTICE - SERVICE NOT COVERED AS AUDIO-ONLY TELEHEALTH", 8.4, "B")
    p.ln(1)
    p.capgrid([[("Notice date", kdate(nd, "upper"), 30), ("Claim number", claim, 40),
                ("Billing NPI", digits(rng, 10), 34), ("Tax ID", f"58-{digits(rng, 7)}", 30),
                ("Patient account", f"WH{digits(rng, 6)}", 30)],
               [("Member", mem, 48), ("Member ID", ids["mid"], 40), ("Date of birth", kdate(dob, "upper"), 30),
                ("Rendering", f"{clin}, MD", 46)],
               [("Date of service", kdate(dos, "upper"), 30), ("CPT / mod", "99204-93", 26), ("POS", "10", 14),
                ("Billed", money(billed), 28), ("Allowed", "0.00", 24), ("Reason", "AO4", 20)]], cap=6, val=7.6)
    p.ln(1)
    p.para(f"AO4  Service not on the audio-only list. {PLAN} covers audio-only visits (modifier 93) for "
           "established patients and for the services on its audio-only telehealth list. A new-patient office visit "
           "(99202-99205) must include real-time video or be done in person, so this claim is denied. The member "
           "may not be billed unless the member agreed in writing, before the visit, to pay for it.", s)
    p.para("You may file a provider appeal within 90 days of the date of this notice. Corrected claims must be "
           "received within 365 days of the date of service. Urgent pre-service requests are decided within 72 "
           f"hours. Provider Services 1-866-555-{digits(rng, 4)}. Form TMHP-PCN-22 (01/26).", s)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=None, member_id=ids["mid"], member_name=mem,
              cases=[claim], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=clin, appeal_deadline=plus(nd, 90).isoformat(), alternates={"provider": [PRACTICE]})
    return out(p), t


def scan300_spanish(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    clin = CLIN[2]
    nd = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 6))
    d1 = plus(nd, -rng.randint(30, 40))
    d2 = plus(d1, 7)
    claim = digits(rng, 11)
    billed = amount(rng, 70, 120)
    p = DKSheet(footer="Página {n} de {nb}")
    p.set_margins(22, 14, 22)
    p.add_page()
    _logo(p, rng, "Servicios al Miembro")
    p.line("Aviso de denegación de beneficios", 12, "B")
    p.ln(2)
    p.pairs([("Fecha del aviso", fdate(nd, "long", "es")), ("Miembro", mem), ("Número de miembro", ids["mid"]),
             ("Grupo", ids["grp"]), ("Número de reclamo", claim), ("Proveedor", f"{clin}, {PRACTICE}"),
             ("Fechas de servicio", f"{fdate(d1, 'long', 'es')} y {fdate(d2, 'long', 'es')}"),
             ("Monto facturado", f"{money(billed * 2)} ({money(billed)} por sesión)")], label_w=46, size=9.4)
    p.ln(3)
    p.para(f"Estimado(a) {mem}:", 10)
    p.para("Denegamos el pago de dos sesiones de psicoterapia de grupo (código 90853) que usted recibió por "
           "teléfono, sin video. Su plan cubre visitas solo por audio (modificador 93) únicamente para los servicios "
           "de nuestra lista de telesalud solo por audio. La psicoterapia de grupo no está en esa lista: debe "
           "hacerse en persona o con video. Este servicio no está cubierto tal como se prestó.", 10)
    p.para("**Sus derechos de apelación.** Puede apelar dentro de 180 días a partir de la fecha de este aviso. Si "
           "su salud corre peligro, pida una apelación urgente: decidimos en 72 horas. Después de la apelación puede "
           "pedir una revisión externa dentro de 4 meses.", 9.6)
    p.para(f"Atentamente,\nServicios al Miembro\n{PLAN}", 10)
    p.para(f"cc: {PRACTICE}, Attn: Billing Office", 8.5)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=mem,
              cases=[claim], claim_amount=m2(billed * 2), service_dates=[span(d1), span(d2)],
              denial_date=nd.isoformat(), provider=clin, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"provider": [PRACTICE], "claim_amount": [m2(billed)]})
    return out(p), t


def phone_letter(rng):
    ids = _ids(rng)
    mem, mf, _, ml = person(rng)
    clin = CLIN[1]
    ld = dt.date(2026, 4, 1) + dt.timedelta(days=rng.randint(0, 6))
    dos = plus(ld, -rng.randint(30, 40))
    claim = digits(rng, 11)
    billed = amount(rng, 110, 190)
    dob = dt.date(rng.randint(1950, 1990), rng.randint(1, 12), rng.randint(1, 28))
    p = DKSheet(footer="Page {n} of {nb}", cont=f"{mem}  |  DOB {fdate(dob, 'slash')}  |  {ids['mid']}  |  "
                                                f"Claim {claim}")
    p.set_margins(22, 16, 22)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, PRACTICE, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Adult primary care  |  Macon GA  |  478-555-{digits(rng, 4)}  |  Fax 478-555-{digits(rng, 4)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.line(kdate(ld, "ordinal") + f"  ({fdate(ld, 'slash')})", 10)
    p.ln(3)
    for ln in [PLAN, "Attn: Claims Review / Provider Appeals", f"Fax 1-866-555-{digits(rng, 4)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.re_block([f"Patient: {mem}   Member ID: {ids['mid']}", f"Claim {claim}, date of service {fdate(dos, 'slash')}",
                f"99214-93, billed {money(billed)}"])
    p.para("Dear Claims Review:", 10)
    p.para(f"We ask you to reconsider the claim above. On {kdate(dos, 'ordinal')} {clin}, MD saw {mf} by "
           f"telephone. {mf} has no camera-capable device and lives 70 miles from our office; the visit was a "
           "scheduled follow-up for diabetes and hypertension.", 10)
    p.para("The claim was denied as 'not on the audio-only list'. 99214 for an established patient is on the list "
           "published in your provider manual (section 7.4, telehealth). We billed the visit with modifier 93 and "
           "place of service 10, as the manual asks.", 10)
    p.add_page()
    p.para(f"The visit note documents 27 minutes of medical decision making by phone, {mf}'s consent to an "
           "audio-only visit and the reason video was not possible. A copy is enclosed.", 10)
    p.para("Please reprocess the claim. If you need anything more, call our billing office.", 10)
    p.para(f"Sincerely,\n\n{clin}, MD\n{PRACTICE}\nNPI {digits(rng, 10)}", 10)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=ld.isoformat(), provider=clin,
              alternates={"insurer": [None], "provider": [PRACTICE], "claim_amount": [None]})
    return out(p), t


def lowres_statement(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    sd = dt.date(2026, 5, 4) + dt.timedelta(days=rng.randint(0, 6))
    d1 = dt.date(2026, 3, rng.randint(2, 10))
    d2 = plus(d1, rng.randint(14, 20))
    a1, a2 = amount(rng, 120, 190), amount(rng, 110, 170)
    pay1, adj1 = round(a1 * 0.6, 2), round(a1 * 0.25, 2)
    acct = f"WH{digits(rng, 6)}"
    p = DKSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 6, PRACTICE, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Statement of account  |  Macon GA  |  478-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.right_block([("Statement date:", kdate(sd, "dmy_long")), ("Account:", acct), ("Patient:", mem),
                   ("Insurance:", PLAN), ("Member ID:", ids["mid"])], w=104, size=8.6)
    p.ln(4)
    bal = a1 - pay1 - adj1
    rows = [[kdate(d1, "dmy_long"), "99213-95 video visit", money(a1, "usd"), "", ""],
            ["", "Insurance payment", "", neg(pay1), ""],
            ["", "Contractual adjustment", "", neg(adj1), ""],
            ["", "Copay / coinsurance", "", "", money(bal, "usd")],
            [kdate(d2, "dmy_long"), "99213-93 telephone visit", money(a2, "usd"), "", ""],
            ["", "Insurance: denied, wrong modifier - corrected claim sent", "", "0.00", ""],
            ["", "Held while insurance reviews", "", "", "USD 0.00"],
            ["", "Please pay", "", "", money(bal, "usd")]]
    p.plain_table(["Date", "Description", "Charge", "Pmt / Adj", "Balance"], rows, [32, 80, 26, 22, 24], size=8.2,
                  aligns=["L", "L", "R", "R", "R"], underline_head=True, bold_rows=(7,))
    p.para(f"Your insurer denied the telephone visit of {kdate(d2, 'dmy_long')} because our office billed it with the "
           "wrong telehealth modifier. We sent a corrected claim; you owe nothing for that visit now. Amount due: "
           f"{money(bal, 'usd')} ({words(bal)}), within 30 days.", 8.8)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, claim_amount=m2(a2),
              service_dates=[span(d2)], denial_date=sd.isoformat(), provider=PRACTICE, unscored=["insurer"],
              alternates={"claim_amount": [None, m2(a1)], "service_dates": [[span(d1), span(d2)], []]})
    return out(p), t


def rotated_iro(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    clin = CLIN[1]
    nd = dt.date(2026, 6, 8) + dt.timedelta(days=rng.randint(0, 6))
    rec = plus(nd, -rng.randint(25, 40))
    dos = dt.date(2026, 3, rng.randint(2, 20))
    case = f"ER-26-{digits(rng, 5)}"
    claim = digits(rng, 11)
    billed = amount(rng, 110, 190)
    p = DKSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 6, IRO, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Independent Review Organization  |  Dayton OH  |  1-888-555-{digits(rng, 4)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.line(kdate(nd, "dmy_long"), 10)
    p.ln(3)
    p.line(mem, 10)
    p.line(f"{rng.randint(100, 9800)} Juniper Ln, Macon GA 31204", 10)
    p.ln(3)
    p.line("Notice of External Review Decision", 12, "B")
    p.ln(2)
    p.pairs([("IRO case number", case), ("Health plan", PLAN), ("Member ID", ids["mid"]), ("Claim", claim),
             ("Service", f"99214-93 telephone visit, {kdate(dos, 'dmy_long')}"), ("Amount billed", money(billed)),
             ("Treating provider", f"{clin}, MD"), ("Request received", kdate(rec, "dmy_long"))], label_w=42,
            size=9.4)
    p.ln(3)
    p.para(f"Dear {mem}:", 10)
    p.para(f"You asked for an external review of the decision by {PLAN} to deny payment for a telephone visit with "
           f"{clin}, MD. An independent reviewer board-certified in internal medicine, with no conflict of interest, "
           "reviewed the plan's file, the provider manual and the visit note.", 10)
    p.para("**Decision: OVERTURNED.** The plan's audio-only list includes established-patient office visits, the "
           "claim was billed with modifier 93 and place of service 10, and the note documents why video was not "
           "possible. The plan must cover the visit. This decision is binding on the plan, which must provide "
           "coverage promptly.", 10)
    p.para("This decision is final for the plan. You may still have other remedies under state or federal law, "
           "including a civil action under section 502(a) of ERISA if your plan is covered by ERISA.", 9.4)
    p.para(f"Sincerely,\n\nCase Coordinator, {IRO}\ncc: {PLAN}; {PRACTICE}", 9.4)
    t = truth("other", None, insurer=IRO, member_id=ids["mid"], member_name=mem, cases=[case, claim],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=clin,
              alternates={"insurer": [PLAN], "provider": [PRACTICE], "case_numbers": [[case]]})
    return out(p), t


def faxfine_stack(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    clin = CLIN[0]
    nd = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 6))
    dos = plus(nd, -rng.randint(18, 26))
    claim = digits(rng, 11)
    billed = amount(rng, 100, 180)
    p = DKSheet(footer="Page {n} of {nb}", cont=f"{PLAN}  |  Claim decision  |  Page printed {fdate(plus(nd, 2), 'slash')}")
    p.set_margins(22, 14, 22)
    p.add_page()
    _logo(p, rng, "Member Services")
    p.line(kdate(nd, "dmy_long"), 10)
    p.ln(3)
    p.line(mem, 10)
    p.line(f"{rng.randint(100, 9800)} Canyon Creek Ct, Macon GA 31210", 10)
    p.ln(4)
    p.para(f"Dear {mem}:", 10)
    p.para("We are writing about a recent telehealth visit. We could not pay the claim as your provider sent it. "
           "The claim, the dates and the amounts are listed on the next page.", 10)
    p.para("Your provider's record shows the visit was by telephone only. The claim was billed with modifier 95, "
           "which is for visits with video and audio. Audio-only visits must be billed with modifier 93. This is a "
           "billing code problem, not a decision about whether you needed the care; your provider can send a "
           "corrected claim and you do not need to do anything.", 10)
    p.para("If you disagree, you may appeal within 180 days of the date of this letter. You may also ask for the "
           "rule we used, free of charge.", 10)
    p.para(f"Sincerely,\nMember Services\n{PLAN}\n\ncc: {PRACTICE}", 10)
    p.add_page()
    p.line("Claim details", 11, "B")
    p.ln(2)
    p.plain_table(["Item", "Detail"], [["Member ID", ids["mid"]], ["Group", ids["grp"]], ["Claim number", claim],
                                       ["Provider", f"{clin}, MD ({PRACTICE})"],
                                       ["Date of service", kdate(dos, "upper")],
                                       ["Service", "99213-95 office visit (telehealth, audio-only per record)"],
                                       ["Billed", f"USD {billed:,.2f}"], ["Plan paid", "USD 0.00"],
                                       ["Reason", "M93 modifier does not match how the visit was given"]],
                  [46, 120], size=9.4, underline_head=True)
    doc1 = (out(p), truth("denial_letter", "coding_error", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
                          member_name=mem, cases=[claim], claim_amount=m2(billed), service_dates=[span(dos)],
                          denial_date=nd.isoformat(), provider=clin, appeal_deadline=plus(nd, 180).isoformat(),
                          alternates={"provider": [PRACTICE]}))
    pd_ = plus(nd, rng.randint(20, 28))
    claim2 = digits(rng, 11)
    allowed = round(billed * 0.62, 2)
    q = DKSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _logo(q, rng, "Provider Claims")
    q.line(f"Payment notice - corrected claim - {fdate(pd_, 'abbr')}", 11, "B")
    q.ln(2)
    q.pairs([("To", f"{PRACTICE}, Attn: Billing Office"), ("Corrected claim", claim2), ("Replaces claim", claim),
             ("Member", mem), ("Member ID", ids["mid"]), ("Date of service", fdate(dos, "slash")),
             ("Service", "99213-93 audio-only visit"), ("Billed", money(billed)), ("Allowed", money(allowed)),
             ("Paid", money(allowed - 20)), ("Member copay", "$20.00")],
            label_w=52, size=9.2)
    q.ln(2)
    q.para("The corrected claim was processed and paid. Questions: Provider Services.", 9.5)
    doc2 = (out(q), truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, cases=[claim2, claim],
                          claim_amount=m2(billed), service_dates=[span(dos)], denial_date=pd_.isoformat(),
                          provider=PRACTICE, alternates={"case_numbers": [[claim2]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_table_continues_page2_denied_row_middle", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_notice_to_practice_not_on_audio_only_list", "fax_standard_g4",
             [faxstd_provider_notice(rng)]),
        Item(F + "scan300_spanish_group_therapy_denial_cc_practice", "scan_clean_300", [scan300_spanish(rng)]),
        Item(F + "phone_two_page_practice_letter_to_plan", "phone_photo", [phone_letter(rng)]),
        Item(F + "lowres_practice_statement_bracketed_adjustments", "scan_lowres_150", [lowres_statement(rng)]),
        Item(F + "rotated_iro_external_review_overturned", "rotated", [rotated_iro(rng)]),
        Item(F + "faxfine_stack_member_letter_facts_page2_then_corrected_claim_paid", "fax_fine_g4", faxfine_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
