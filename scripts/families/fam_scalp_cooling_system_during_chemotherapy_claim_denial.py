"""An invented commercial plan (Wrenfield Harbor Health Plan) refusing a scalp cooling system used during
chemotherapy to keep hair (CPT 0662T fitting and calibration of the cap, 0663T each cooling session), with the
infusion centre's claim. CPT codes and CARC codes appear as themselves; the plan, its rules, codes and time limits,
the infusion centre, the cap supplier, the device name, every person, number and address are invented. Facts are
told mostly in sentences, spread over pages, under labels that change from file to file.

Documents (8 in 7 files):
- bd_eob_four_rows_cooling_session_not_proven: a landscape member EOB of four lines of one chemotherapy day
  (infusion, drug, oncology visit, a 0663T cooling session); only the cooling row pays 0.00 under "EX7" (the plan
  treats it as not yet proven); billed, allowed, paid, member share and a total line.
- faxstd_two_pages_cooling_cap_hair_is_cosmetic: a two-page pre-service letter on a standard fax, the member block
  on page 1, the request told in sentences on page 2 (keeping hair is not a covered benefit), a letter number and
  "Page n of 2" on each page.
- phone_infusion_centre_claim_statement: the infusion centre's statement of the same kind of day, labels under
  values, photographed (denies nothing).
- rotated_two_page_appeal_upheld_still_unproven: a two-page upheld appeal, all facts in sentences, fed sideways.
- lowres_es_nadie_pidio_aprobacion: a Spanish letter at 150 dpi: the sessions began without anyone asking the plan.
- photocopy_provider_notice_fitting_code_billed_again: a provider notice with labels to the right of their values:
  the cap fitting code billed again on a later session.
- clean300_stack_supplier_not_in_network_then_appeal_approval_upside_down: a letter refusing the cap supplier's
  rental claim (no agreement with the plan), its duplex back, then an approval after appeal fed upside down
  (denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddr_famdrc import DRSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "scalp_cooling_system_during_chemotherapy_claim_denial"
LANG = "en"
SEED = 353202
INS = "Wrenfield Harbor Health Plan"
ALT = ["Wrenfield Harbor"]
PLAN = "Wrenfield Choice EPO 2000"
CENTRE = "Bellmont Reach Infusion Center"
DEVICE = "GlacierCrown scalp cooling system"
SUPPLIER = "Northwind Cryo Supply, Inc."


def wh_id(rng):
    return f"WHP{digits(rng, 8)}"


def group(rng):
    return f"G{digits(rng, 7)}"


def clm(rng):
    return f"{digits(rng, 4)}-{digits(rng, 5)}-{digits(rng, 3)}"


def dob(rng, lo=1960, hi=1995):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _head(p, rng, unit="Member Services", size=14.5):
    p.f(size, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  {rng.randint(100, 990)} Quayside Pkwy, Portland ME 041{rng.randint(10, 99)}-"
                 f"{digits(rng, 4)}  |  1-877-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def bd_eob(rng):
    patient, onc, rn = people(rng, 3)
    mid = wh_id(rng)
    grp = group(rng)
    dos = dt.date(2026, rng.choice([3, 4]), rng.randint(2, 24))
    sd = plus(dos, rng.randint(25, 40))
    src = [("96413", "Chemotherapy infusion, first hour", f"Dr. {onc}", amount(rng, 420, 640), False),
           ("J9267", "Paclitaxel, 1 mg x 300", f"Dr. {onc}", amount(rng, 180, 360), False),
           ("99215", "Oncology office visit", f"Dr. {onc}", amount(rng, 260, 380), False),
           ("0663T", "Scalp cooling, placement and monitoring", rn, amount(rng, 610, 940), True)]
    rows, claims, tb, tp = [], [], 0, 0
    for code, svc, rend, c, den in src:
        n = clm(rng)
        claims.append(n)
        tb += c
        if den:
            rows.append([n, fdate(dos, "slash"), code, svc, rend, money(c, "nosign"), "0.00", "0.00",
                         money(c, "nosign"), "EX7"])
        else:
            al = round(c * rng.uniform(0.55, 0.75), 2)
            you = round(al * 0.2, 2)
            tp += al - you
            rows.append([n, fdate(dos, "slash"), code, svc, rend, money(c, "nosign"), money(al, "nosign"),
                         money(al - you, "nosign"), money(you, "nosign"), "45"])
    rows.append(["Total", "", "", "", "", money(tb, "nosign"), "", money(tp, "nosign"), "", ""])
    deny = 3
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("Explanation of Benefits  \u2014  not a bill", 13, "B")
    p.ln(1)
    p.capstrip([("Member", patient), ("Member number", mid), ("Group", grp), ("Plan", PLAN),
                ("Date of this statement", fdate(sd, "long"))], [58, 42, 34, 56, 65.4])
    p.capstrip([("Where you got care", CENTRE), ("Coverage year", "Jan 1, 2026 - Dec 31, 2026"),
                ("Date of birth", fdate(dob(rng), "slash")), ("Claims received", fdate(plus(dos, 6), "slash"))],
               [82, 62, 45, 66.4])
    p.ln(3)
    p.table(["Claim", "Service date", "Code", "What you had", "Provided by", "Amount billed", "Allowed",
             "Plan paid", "Your share", "Notes"], rows, [30, 22, 16, 62, 38, 22, 18, 18, 18, 11.4], size=7.9,
            aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "C"], bold_last=True)
    p.para("**45** The bill is more than the amount the center agreed to take; you do not owe the difference. "
           f"**EX7** The {DEVICE} session was not paid. We look at published studies for each treatment, and "
           "for cooling the scalp during chemotherapy our policy (MP-2026-118) finds the results not yet shown to "
           "hold for your kind of treatment. You owe the center for this line only if you agreed in writing.", 8.5)
    p.para("**Appeals.** You have 180 days from the date of this statement to ask for an appeal. Urgent appeals: 72 "
           "hours. Independent external review: within 4 months of our final answer. For example, if this "
           "statement were dated 01/15/2026 you would have until 07/14/2026.", 8.5)
    t = truth("eob", "experimental", insurer=INS, plan_id=PLAN, group=grp, member_id=mid, member_name=patient,
              cases=[claims[deny]], claim_amount=m2(src[deny][3]), service_dates=[span(dos)],
              denial_date=sd.isoformat(), provider=rn, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [CENTRE], "plan_id": [None]})
    return out(p), t


def faxstd_two_pages(rng):
    patient, onc = people(rng, 2)
    mid = wh_id(rng)
    grp = group(rng)
    nd = dt.date(2026, rng.choice([4, 5]), rng.randint(3, 22))
    rec = plus(nd, -rng.randint(3, 6))
    start = plus(nd, rng.randint(8, 15))
    ref = f"PA{digits(rng, 9)}"
    letter = f"WH-{digits(rng, 8)}"
    fax = f"{fdate(nd, 'dash')} 16:{rng.randint(10, 59)} WRENFIELD UM 207-555-{digits(rng, 4)} -> BELLMONT P{{n}}"
    p = DRSheet(footer="Page {n} of {nb}", footer_left=f"Letter no. {letter}", fax_hdr=fax)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.para(f"Printed {fdate(plus(nd, 1), 'long')}", 10.5)
    for ln in [patient, *address(rng)]:
        p.line(ln, 11)
    p.ln(4)
    p.pairs([("Subscriber number", mid), ("Group", grp), ("Date we decided", fdate(nd, "long"))], label_w=48,
            size=10.5)
    p.ln(2)
    p.para(f"Dear {patient}:", 11)
    p.para("Your cancer doctor asked us to approve a service before it starts. We have decided. Page 2 explains "
           "our decision and how to ask us to change it. Your chemotherapy itself is approved and is not affected "
           "by this letter.", 11)
    p.add_page()
    p.heading("About the request", 12.5)
    p.para(f"On {fdate(rec, 'long')} Dr. {onc} of {CENTRE} asked us to approve the {DEVICE}, a cooling cap "
           f"worn during each chemotherapy dose, with the first session planned for {fdate(start, 'long')}. We "
           f"filed the request under number {ref}. We will not approve it.", 11)
    p.para("Your plan does not pay for services whose main purpose is to keep or restore hair. Your plan's booklet "
           "lists hair loss treatment, wigs and scalp treatments with the services it leaves out (section 7.4). "
           "This is a limit of your plan, not a judgment about your health.", 11)
    p.para("You may appeal within 180 days of the date we decided. Form WH-APL-7 (Rev. 02/2026) is enclosed. If "
           "waiting could seriously harm your health, ask for a fast appeal (72 hours). Fax 207-555-"
           f"{digits(rng, 4)}.", 11)
    t = truth("denial_letter", "not_covered", insurer=INS, group=grp, member_id=mid, member_name=patient,
              cases=[ref], service_dates=[span(start)], denial_date=nd.isoformat(), provider=onc,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [CENTRE], "service_dates": [[]],
                          "denial_date": [plus(nd, 1).isoformat()]})
    return out(p), t


def phone_statement(rng):
    patient, onc = people(rng, 2)
    mid = wh_id(rng)
    dos = dt.date(2026, rng.choice([2, 3]), rng.randint(2, 24))
    sd = plus(dos, rng.randint(35, 50))
    acct = f"BR{digits(rng, 8)}"
    lines = [("96413", "Chemotherapy infusion, first hour", amount(rng, 420, 640)),
             ("96415", "Each added hour", amount(rng, 110, 180)),
             ("J9267", "Paclitaxel", amount(rng, 180, 360)),
             ("0663T", "Scalp cooling session (GlacierCrown)", amount(rng, 610, 940))]
    tot = round(sum(c for *_, c in lines), 2)
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(CENTRE, "BRIC", [f"{rng.randint(100, 900)} Chandler Wharf Rd, Bangor ME 044{rng.randint(10, 99)}  |  "
                                 f"Billing 207-555-{digits(rng, 4)}  |  NPI {digits(rng, 10)}"], box="YOUR BILL")
    p.ln(2)
    p.under_row([("Statement date", fdate(sd, "abbr")), ("Account", acct), ("Patient", patient)])
    p.under_row([("Treating oncologist", f"Dr. {onc}"), ("Visit date", fdate(dos, "slash")),
                 ("Pay by", fdate(plus(sd, 28), "slash"))])
    p.under_row([("Insurance", INS), ("Insurance ID", mid), ("Insurance status", "0663T denied - appealed")])
    p.ln(2)
    p.table(["Code", "Service", "Charge"], [[c, d, money(a, "nosign")] for c, d, a in lines] +
            [["", "Total charges", money(tot, "nosign")]], [25, 120, 34.9], size=9,
            aligns=["L", "L", "R"], bold_last=True)
    p.pairs([("Insurance paid", "(0.00)"), ("Adjustments", "(0.00)"), ("Balance", money(tot))], label_w=40, size=9.4)
    p.para("Your insurance has not paid this visit yet; it refused the scalp cooling line and we have appealed. You "
           "do not need to pay now. Call us with questions.", 9.2)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=patient, claim_amount=m2(tot),
              service_dates=[span(dos)], denial_date=sd.isoformat(), provider=CENTRE, unscored=["insurer"],
              alternates={"provider": [onc], "member_id": [None]})
    return out(p), t


def rotated_appeal(rng):
    patient, onc, md = people(rng, 3)
    mid = wh_id(rng)
    dates = sorted({dt.date(2026, 3, 2) + dt.timedelta(days=21 * k) for k in range(3)})
    nd = plus(dates[-1], rng.randint(35, 45))
    billed = amount(rng, 1900, 2700)
    apl = f"AP-{digits(rng, 7)}"
    n = clm(rng)
    p = DRSheet(footer="Page {n} of {nb}", footer_left=f"Appeal {apl}")
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, "Appeals and Grievances")
    p.para(fdate(nd, "long"), 10.5)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10.5)
    p.ln(4)
    p.para(f"Dear {patient}:", 10.5)
    p.para(f"Thank you for your appeal, which we received on {fdate(plus(nd, -24), 'long')}. We answer it in this "
           "letter. A doctor who treats cancer and who had no part in the first decision reviewed it.", 10.5)
    p.para(f"Your appeal is about claim {n}, sent by {CENTRE} for the scalp cooling sessions you had with your "
           f"chemotherapy on {fdate(dates[0], 'long')}, {fdate(dates[1], 'long')} and {fdate(dates[2], 'long')}. "
           f"The center billed {money(billed)} for the three sessions. Dr. {onc} wrote a letter for you.", 10.5)
    p.add_page()
    p.para("**We are keeping our decision.** The reviewer read your records, Dr. "
           f"{onc}'s letter and the studies you sent. The studies were of people having other kinds of chemotherapy "
           "than yours. Our medical policy MP-2026-118 still finds that the benefit of scalp cooling for your "
           "treatment has not been shown well enough, so the plan considers it unproven for you.", 10.5)
    p.para("If you still disagree, you may ask for a second-level appeal within 60 days of the date of this "
           "letter. You may ask for an independent external review within 4 months. Your member number is "
           f"{mid}.", 10.5)
    p.para(f"Sincerely,\n\nDr. {md}\nMedical Director, {INS}", 10.5)
    t = truth("denial_letter", "experimental", insurer=INS, member_id=mid, member_name=patient, cases=[apl, n],
              claim_amount=m2(billed), service_dates=[d.isoformat() for d in dates], denial_date=nd.isoformat(),
              provider=CENTRE, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [onc], "case_numbers": [[apl], [n]]})
    return out(p), t


def lowres_es(rng):
    patient, onc = people(rng, 2)
    mid = wh_id(rng)
    dos = dt.date(2026, 4, rng.randint(6, 24))
    nd = plus(dos, rng.randint(30, 42))
    billed = amount(rng, 640, 980)
    ref = clm(rng)
    p = DRSheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.ln(2)
    p.para(fdate(nd, "long", "es"), 10.5)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10.5)
    p.ln(4)
    p.para(f"Estimado(a) {patient}:", 10.5)
    p.para(f"El {CENTRE} nos envió la cuenta de la sesión de enfriamiento del cuero cabelludo que usted tuvo el "
           f"{fdate(dos, 'long', 'es')} durante su quimioterapia con la Dra. {onc}. El centro cobró "
           f"{money(billed)}. Tramitamos la cuenta con el número {ref}. No la vamos a pagar.", 10.5)
    p.para("Su plan exige que alguien nos pida aprobación antes de empezar este servicio. Nadie nos la pidió: no "
           "hay ninguna solicitud en nuestros archivos para esa fecha. El centro no le puede cobrar a usted por "
           "esta sesión.", 10.5)
    p.para("Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta carta. Si su salud "
           "corre peligro, pida una apelación rápida (72 horas). Su número de miembro es "
           f"{mid}. Llame al 1-877-555-{digits(rng, 4)} (TTY 711).", 10.5)
    p.para(f"Atentamente,\nServicios para Miembros\n{INS}", 10.5)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=mid, member_name=patient, cases=[ref],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=CENTRE,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es", alternates={"insurer": ALT, "provider": [onc]})
    return out(p), t


def photocopy_fitting(rng):
    patient, onc = people(rng, 2)
    mid = wh_id(rng)
    first = dt.date(2026, rng.choice([1, 2]), rng.randint(5, 20))
    dos = plus(first, 21)
    nd = plus(dos, rng.randint(30, 40))
    fit = amount(rng, 280, 420)
    sess = amount(rng, 610, 940)
    tot = round(fit + sess, 2)
    n = clm(rng)
    prev = clm(rng)
    p = DRSheet(footer="Page {n} of {nb}", footer_left="WH-PRV-22 (Rev. 03/2026)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Provider Services")
    p.line("PROVIDER CLAIM NOTICE", 12.5, "B")
    p.ln(3)
    p.right_pairs([(" Notice date", fdate(nd, "upper")), ("Encounter", n), ("Enrollee ID", mid),
                   ("Enrollee", patient), ("Seen by", f"Dr. {onc}"), ("Billing facility", CENTRE),
                   ("Date(s) you got care", fdate(dos, "slash")), ("Amount the office asked for", money(tot)),
                   ("Line not paid", f"0662T  {money(fit)}"), ("Fitting paid on claim", prev),
                   ("Facility NPI", digits(rng, 10))], value_w=80)
    p.bar("Why one line was not paid")
    p.para(f"Code 0662T is the first measuring and fitting of the cooling cap. It is paid once for a course of "
           f"chemotherapy, and we already paid it for the session on {fdate(first, 'slash')}. On this claim it was "
           "billed again with the session code 0663T, which we paid. The code does not fit what the notes describe "
           "for this date. Send a corrected claim without 0662T, or ask for reconsideration within 90 days of the "
           "date of this notice.", 9.6)
    p.para(f"Provider Services 1-877-555-{digits(rng, 4)}  |  Fax 207-555-{digits(rng, 4)}", 8.6)
    t = truth("denial_letter", "coding_error", insurer=INS, member_id=mid, member_name=patient, cases=[n],
              claim_amount=m2(tot), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=CENTRE,
              appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [onc], "claim_amount": [m2(fit)]})
    return out(p), t


def clean300_stack(rng):
    patient, onc, md = people(rng, 3)
    mid = wh_id(rng)
    grp = group(rng)
    rent_from = dt.date(2026, 2, rng.randint(2, 10))
    rent_to = plus(rent_from, 27)
    nd = plus(rent_to, rng.randint(20, 30))
    billed = amount(rng, 1400, 2100)
    n = clm(rng)
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Claims")
    p.capstrip([("Date", fdate(nd, "slash")), ("Your reference", n), ("Member", patient), ("Member ID", mid)],
               [32, 40, 58, 45.9])
    p.ln(4)
    p.para(f"Dear {patient}:", 10)
    p.para(f"{SUPPLIER} asked us to pay {money(billed)} for renting you a home unit of the {DEVICE} from "
           f"{fdate(rent_from, 'long')} through {fdate(rent_to, 'long')}, ordered by Dr. {onc}. We cannot pay "
           "this claim.", 10)
    p.para(f"{SUPPLIER} has no agreement with us. Your plan, {PLAN}, pays only suppliers that do, except in an "
           f"emergency. {CENTRE}, which is in our network, offers scalp cooling with its own units.", 10)
    p.para(f"You may appeal within 180 days of the date of this letter. Group {grp}. Urgent appeals: 72 hours.", 10)
    p.para(f"Claims Department, {INS}", 10)
    doc1 = (out(p), truth("denial_letter", "out_of_network", insurer=INS, plan_id=PLAN, group=grp, member_id=mid,
                          member_name=patient, cases=[n], claim_amount=m2(billed),
                          service_dates=[span(rent_from, rent_to)], denial_date=nd.isoformat(), provider=SUPPLIER,
                          appeal_deadline=plus(nd, 180).isoformat(),
                          alternates={"insurer": ALT, "plan_id": [None], "provider": ["Northwind Cryo Supply", onc]}))
    ad = plus(nd, rng.randint(30, 45))
    start = plus(ad, rng.randint(5, 12))
    apl = f"AP-{digits(rng, 7)}"
    auth = f"AU{digits(rng, 8)}"
    q = DRSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Appeals and Grievances")
    q.line("Your appeal: approved", 13, "B")
    q.ln(2)
    q.pairs([("Date of this letter", fdate(ad, "long")), ("Appeal number", apl), ("Authorization", auth),
             ("Member", patient), ("Member ID", mid)], label_w=46, size=10)
    q.ln(2)
    q.para(f"Dear {patient}:", 10)
    q.para(f"We have changed our decision. Scalp cooling during your chemotherapy is approved at {CENTRE}, for the "
           f"sessions from {fdate(start, 'long')} until your last planned dose, as Dr. {onc} asked. The center will "
           "bill us directly.", 10)
    q.para(f"The earlier claim from {SUPPLIER} is not part of this approval.", 10)
    q.para(f"Sincerely,\n\nDr. {md}\nMedical Director", 10)
    doc2 = (out(q), truth("other", None, insurer=INS, member_id=mid, member_name=patient, cases=[auth, apl],
                          service_dates=[span(start)], denial_date=ad.isoformat(), provider=CENTRE,
                          alternates={"insurer": ALT, "case_numbers": [[auth], [apl], []], "provider": [onc],
                                      "service_dates": [[]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_four_rows_cooling_session_not_proven", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_two_pages_cooling_cap_hair_is_cosmetic", "fax_standard_g4", [faxstd_two_pages(rng)]),
        Item(F + "phone_infusion_centre_claim_statement", "phone_photo", [phone_statement(rng)]),
        Item(F + "rotated_two_page_appeal_upheld_still_unproven", "rotated", [rotated_appeal(rng)]),
        Item(F + "lowres_es_nadie_pidio_aprobacion", "scan_lowres_150", [lowres_es(rng)]),
        Item(F + "photocopy_provider_notice_fitting_code_billed_again", "photocopy", [photocopy_fitting(rng)]),
        Item(F + "clean300_stack_supplier_not_in_network_then_appeal_approval_upside_down", "scan_clean_300",
             clean300_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
