"""An invented commercial plan (Kestrel Vane Health) refusing extra allergy shots during the build-up phase of
allergen immunotherapy (more injection visits in a week than its policy allows), with the allergist's billing
statement. CPT codes 95115, 95117, 95165 and 99213 appear as themselves; the plan, its medical policy and its
limits, the allergy clinics, every person, number and address is invented. The reason is put in the writer's own
words in each file.

Documents (8 in 7 files):
- bd_eob_five_claims_third_shot_in_week_row: a landscape member EOB of five claims (four build-up injection
  visits and the antigen vials) whose third visit in one week pays 0.00 under plan code AL3; DOB, plan year,
  deductible and check-number decoys.
- faxstd_two_page_prose_three_extra_visits: a two-page letter to the allergist on a standard fax; the member block
  on page 1, the three refused visit dates, the amount and the reference only in sentences on page 2.
- phone_es_codigo_dos_inyecciones_una_dada: a photographed Spanish prose letter: a visit billed as two or more
  injections (95117) when the record shows one.
- rotated_allergist_statement_two_visits_insurance_denied: the allergy clinic's statement to the patient fed
  sideways, two open visits the plan refused (denies nothing).
- lowres_no_labels_rush_schedule_not_proven: a no-label 150 dpi letter refusing a planned rush (same-day multiple
  dose) build-up as not proven; the planned date and the reference in sentences.
- photocopy_two_page_appeal_upheld_labels_right: a photocopied two-page appeal decision keeping the refusal of a
  twice-weekly schedule's third weekly visits, values with their labels at the right on page 1.
- faxfine_stack_cover_maintenance_approval_then_out_of_network_upside_down: a fax cover sheet, an approval of
  maintenance shots every two to four weeks (denies nothing), then a letter refusing shots given at a clinic
  outside the network after the member moved, fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddr_famdrd import DRSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "allergy_immunotherapy_build_up_injections_frequency_denial"
LANG = "en"
SEED = 353203
INS = "Kestrel Vane Health"
ALT = ["Kestrel Vane"]
PLAN = "KV Select PPO 2500"
GROUP = "40718-0233"
CLINIC = "Tallgrass Hollow Allergy & Asthma"
POLICY = "KV-MP-214"


def kv_id(rng):
    return f"KVN{digits(rng, 9)}"


def clm(rng):
    return f"{digits(rng, 2)}-{digits(rng, 7)}-{digits(rng, 2)}"


def dob(rng, lo=1965, hi=2008):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DRSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Madison WI 537{rng.randint(10, 99)}-"
                 f"{digits(rng, 4)}  |  1-866-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def _monday(rng, month):
    d = dt.date(2026, month, rng.randint(2, 12))
    return d - dt.timedelta(days=d.weekday())


def bd_eob(rng):
    patient, doc = people(rng, 2)
    mid = kv_id(rng)
    mon = _monday(rng, rng.choice([2, 3]))
    sd = plus(mon, rng.randint(30, 40))
    src = [(mon, "95117 Allergy injections, 2 or more", amount(rng, 48, 62), False),
           (plus(mon, 2), "95117 Allergy injections, 2 or more", amount(rng, 48, 62), False),
           (plus(mon, 4), "95117 Allergy injections, 2 or more", amount(rng, 48, 62), True),
           (plus(mon, 7), "95117 Allergy injections, 2 or more", amount(rng, 48, 62), False),
           (plus(mon, -10), "95165 Antigen vials, 60 doses", amount(rng, 720, 980), False)]
    src[2] = (src[2][0], src[2][1], src[0][2], True)
    rows, claims = [], []
    for d, svc, c, den in src:
        n = clm(rng)
        claims.append(n)
        if den:
            rows.append([n, fdate(d, "slash"), fdate(d, "slash"), CLINIC, f"Dr. {doc}", svc, money(c, "nosign"),
                         "0.00", "0.00", "0.00", "AL3"])
        else:
            al = round(c * rng.uniform(0.55, 0.75), 2)
            you = round(al * 0.2, 2)
            rows.append([n, fdate(d, "slash"), fdate(d, "slash"), CLINIC, f"Dr. {doc}", svc, money(c, "nosign"),
                         money(al, "nosign"), money(al - you, "nosign"), money(you, "nosign"), "20"])
    deny = 2
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(11, 12, 11)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Patient", patient), ("Subscriber number", mid), ("Group", GROUP), ("Plan", PLAN),
                ("Issued", fdate(sd, "long"))], [56, 44, 34, 48, 75.4])
    p.capstrip([("Plan year", "01/01/2026 - 12/31/2026"), ("Deductible met", "$2,500.00 of $2,500.00"),
                ("Date of birth", fdate(dob(rng), "slash")), ("Payment to provider", f"Check {digits(rng, 8)}")],
               [62, 66, 40, 89.4])
    p.ln(3)
    p.table(["Claim #", "From", "Thru", "Billing provider", "Rendering", "Service", "Billed", "Allowed", "Plan paid",
             "You owe", "Code"], rows, [26, 17, 17, 50, 38, 50, 15, 15, 15, 15, 10.4], size=7.6,
            aligns=["L", "L", "L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**Codes.** 20: your coinsurance after the deductible. AL3: during the build-up phase our allergy shot "
           f"policy ({POLICY}) pays for up to two injection visits in any 7 days; this was the third visit in that "
           "week, so it is not covered as needed care. You do not owe the office for it while it is under appeal.",
           8.4)
    p.para("**Your rights.** You may appeal within 180 days of the date of this statement. Urgent appeals are "
           "decided within 72 hours. You may ask for an external review within 4 months after our final decision.",
           8.4)
    t = truth("eob", "medical_necessity", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid, member_name=patient,
              cases=[claims[deny]], claim_amount=m2(src[deny][2]), service_dates=[span(src[deny][0])],
              denial_date=sd.isoformat(), provider=doc, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None], "provider": [CLINIC]},
              denial_alternates=["not_covered"])
    return out(p), t


def faxstd_letter(rng):
    patient, doc, md = people(rng, 3)
    mid = kv_id(rng)
    mon = _monday(rng, 3)
    days = [plus(mon, 4), plus(mon, 11), plus(mon, 18)]
    unit = amount(rng, 48, 60)
    billed = round(unit * 3, 2)
    nd = plus(days[-1], rng.randint(25, 35))
    ref = f"UR{digits(rng, 9)}"
    lid = f"KVL-{digits(rng, 7)}"
    fax = (f"{nd.strftime('%d-%b-%Y').upper()} 15:{rng.randint(10, 59)}  KESTREL VANE PROVIDER SVCS  "
           f"608-555-{digits(rng, 4)}  >> TALLGRASS HOLLOW  PG {{n}}")
    p = DRSheet(footer="Page {n} of {nb}", footer_left=f"Letter {lid}", fax_hdr=fax,
                run_head=f"Letter {lid}  |  {patient}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Provider Services")
    p.ln(1)
    p.para(fdate(nd, "long"), 10)
    for ln in [f"Dr. {doc}", CLINIC, f"{rng.randint(100, 9800)} Bluestem Pkwy, Suite {rng.randint(100, 400)}",
               f"Rockford IL 611{rng.randint(10, 99)}-{digits(rng, 4)}"]:
        p.line(ln, 10)
    p.ln(4)
    p.boxed_pairs([("Patient", patient), ("Member number", mid), ("Group", GROUP),
                   ("Date of birth", fdate(dob(rng), "slash")), ("Provider NPI", digits(rng, 10))], label_w=50)
    p.para(f"Dear Dr. {doc}:", 10)
    p.para("We reviewed the allergy immunotherapy claims your office sent for this patient for March. Most of them "
           "were paid. This letter is about the visits we did not pay. The details are on the next page.", 10)
    p.para("Please keep this letter with the patient's chart. When you write to us, give the reference number on "
           "page 2, not the letter number at the foot of the page.", 9.6)
    p.add_page()
    p.para(f"Your patient had build-up injection visits on {fdate(days[0], 'long')}, {fdate(days[1], 'long')} and "
           f"{fdate(days[2], 'long')}, each billed at {money(unit)}, {money(billed)} in all, and each the third "
           f"visit in its week. We are handling these under reference {ref}.", 10)
    p.para(f"Our medical policy {POLICY} accepts up to two build-up visits in any 7 days. The notes do not show a "
           "reason this patient needed a third, such as a missed dose to make up or a reaction that called for a "
           "smaller step. The two other visits in each of those weeks were paid. We will not pay the three visits "
           "named above.", 10)
    p.para("You may ask for reconsideration within 90 days of the date of this letter. Send the injection log "
           "and anything that explains the schedule. A peer-to-peer talk with our reviewing allergist can be "
           "set up by calling Provider Services. The member keeps separate appeal rights (180 days).", 10)
    p.para(f"Sincerely,\n\nDr. {md}\nMedical Director, {INS}", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[ref], claim_amount=m2(billed), service_dates=[span(d) for d in days],
              denial_date=nd.isoformat(), provider=doc, appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [CLINIC]}, denial_alternates=["not_covered"])
    return out(p), t


def phone_es(rng):
    patient, doc = people(rng, 2)
    mid = kv_id(rng)
    dos = dt.date(2026, 4, rng.randint(1, 24))
    nd = plus(dos, rng.randint(25, 35))
    billed = amount(rng, 48, 62)
    n = clm(rng)
    p = DRSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.ln(2)
    p.para(fdate(nd, "long", "es"), 10)
    p.para(f"{patient}\n" + "\n".join(address(rng)), 10)
    p.ln(2)
    p.para(f"Estimado(a) {patient}:", 10)
    p.para(f"El {fdate(dos, 'long', 'es')} usted recibió su inyección para la alergia en {CLINIC}, con el Dr. {doc}. "
           f"La oficina nos cobró {money(billed)} usando el código 95117, que es para dos o más inyecciones en la "
           f"misma visita. Estamos revisando la cuenta con el número de reclamo {n}.", 10)
    p.para("Según las notas de la visita, ese día le pusieron una sola inyección, porque el otro frasco se dejó "
           "para la semana siguiente. El código que mandó la oficina no corresponde a lo que se hizo, y por eso no "
           "pagamos el reclamo como llegó. La oficina puede mandarlo de nuevo con el código correcto (95115).", 10)
    p.para(f"Puede apelar dentro de 180 días a partir de la fecha de esta carta. Su número de miembro es {mid} y "
           f"su grupo es {GROUP}. Si su salud corre peligro, pida una apelación urgente (72 horas). Llame al "
           "1-866-555-0142 (TTY 711).", 10)
    p.para(f"Atentamente,\n{INS}", 10)
    p.taglines()
    t = truth("denial_letter", "coding_error", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[n], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es", alternates={"insurer": ALT, "provider": [CLINIC]})
    return out(p), t


def rotated_statement(rng):
    patient, doc, parent = people(rng, 3)
    mid = kv_id(rng)
    mon = _monday(rng, 2)
    d1, d2 = plus(mon, 4), plus(mon, 18)
    u = amount(rng, 48, 60)
    bd = plus(d2, rng.randint(45, 60))
    rows = [[fdate(d1, "short"), "95117", "Allergy injections, 2 or more", money(u, "nosign"), "Denied - frequency",
             money(u, "nosign")],
            [fdate(d2, "short"), "95117", "Allergy injections, 2 or more", money(u, "nosign"), "Denied - frequency",
             money(u, "nosign")]]
    total = round(2 * u, 2)
    rows.append(["", "", "TOTAL", money(total, "nosign"), "", money(total, "nosign")])
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(CLINIC, "THAA", [f"{rng.randint(100, 9800)} Bluestem Pkwy, Rockford IL 611{rng.randint(10, 99)}-"
                                 f"{digits(rng, 4)}  |  Billing 815-555-{digits(rng, 4)}  |  Tax ID 36-{digits(rng, 7)}"],
                box="BILLING STATEMENT", size=12)
    p.addr_pair("Guarantor", [parent, *address(rng)], "Please pay by", [fdate(plus(bd, 30), "long"),
                                                                          f"Account TH{digits(rng, 6)}"])
    p.grid([[("Statement date", fdate(bd, "slash")), ("Patient", patient), ("Allergist", f"Dr. {doc}, MD")],
            [("Insurance", INS), ("Subscriber no.", mid), ("Prior balance", "0.00")]], size=8.4)
    p.table(["Date", "Code", "Description", "Charge", "Insurance", "Balance"], rows, [20, 16, 60, 22, 36, 25.9],
            size=8.6, aligns=["L", "L", "L", "R", "L", "R"], bold_last=True)
    p.para("Your insurance did not pay these two visits because they were the third shot visit in the same week. "
           "We have asked them to reconsider. You may pay now or wait for their answer; we will not send this "
           "account to collections while the request is open.", 9)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=patient, claim_amount=m2(total),
              service_dates=[span(d1), span(d2)], denial_date=bd.isoformat(), provider=CLINIC, unscored=["insurer"],
              alternates={"provider": [doc]})
    return out(p), t


def lowres_rush(rng):
    patient, doc, md = people(rng, 3)
    mid = kv_id(rng)
    rec = dt.date(2026, rng.choice([3, 4]), rng.randint(2, 20))
    nd = plus(rec, rng.randint(5, 12))
    planned = plus(nd, rng.randint(14, 30))
    ref = f"PR{digits(rng, 8)}"
    p = DRSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Clinical Review")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {patient}:", 10)
    p.para(f"Dr. {doc} of {CLINIC} asked us on {fdate(rec, 'long')} to approve a rush build-up of your allergy "
           f"shots, planned for {fdate(planned, 'long')}: several doses given on one day, an hour apart, so that you "
           "reach your maintenance dose in a day instead of over several months.", 10)
    p.para("We cannot approve it. Our allergy shot policy treats a one-day rush schedule for pollen and dust "
           "allergies as not yet proven: the studies we looked at are small, and the risk of a serious reaction is "
           "higher than with the usual weekly steps. Shots on the usual schedule are covered, and Dr. "
           f"{doc} may start them without asking us.", 10)
    p.para(f"You may appeal within 180 days of the date of this letter. Our reference no. is {ref}; your member ID "
           f"is {mid}. If waiting would seriously harm your health, ask for an urgent appeal (72 hours). "
           "Questions: 1-866-555-0187 (TTY 711).", 10)
    p.para(f"Sincerely,\n\nDr. {md}\nClinical Review, {INS}", 10)
    t = truth("denial_letter", "experimental", insurer=INS, member_id=mid, member_name=patient, cases=[ref],
              service_dates=[span(planned)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [CLINIC], "service_dates": [[]]})
    return out(p), t


def photocopy_appeal(rng):
    patient, doc, md, spouse = people(rng, 4)
    mid = kv_id(rng)
    mon = _monday(rng, 1)
    days = [plus(mon, 3), plus(mon, 10), plus(mon, 17), plus(mon, 24)]
    u = amount(rng, 48, 60)
    billed = round(u * 4, 2)
    ar = plus(days[-1], rng.randint(40, 50))
    nd = plus(ar, rng.randint(20, 28))
    apl = f"AP26{digits(rng, 7)}"
    first = clm(rng)
    p = DRSheet(footer="Page {n} of {nb}", footer_left=f"Appeal {apl}", run_head=f"{apl}  -  {patient}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Appeals")
    p.line("APPEAL DECISION", 13, "B")
    p.ln(2)
    p.right_labels([(fdate(nd, "long"), "we decided on"), (apl, "your appeal"), (patient, "for"),
                    (mid, "enrollee ID"), (GROUP, "employer group"), (spouse, "filed by (spouse)"),
                    (fdate(ar, "slash"), "we got the appeal on"), (f"Form KV-APL-3 (Rev. 02/2026)", "form")])
    p.ln(3)
    p.para(f"Dear {patient}:", 10)
    p.para("Your spouse asked us to look again at allergy shot visits we did not pay. An allergist who did not "
           "make the first decision reviewed the appeal, the injection log and the office notes. What the appeal "
           "was about and what we decided are on the next page.", 10)
    p.para(f"Member Services 1-866-555-{digits(rng, 4)} (TTY 711), Monday to Friday, 8 a.m. to 6 p.m.", 9.4)
    p.add_page()
    p.para(f"Your allergist, Dr. {doc} at {CLINIC}, gave you build-up shots three times a week in January and "
           f"February. The visits we did not pay were those of {fdate(days[0], 'long')}, {fdate(days[1], 'long')}, "
           f"{fdate(days[2], 'long')} and {fdate(days[3], 'long')}, the third visit of each week, {money(billed)} "
           f"billed in all under claim {first}.", 10)
    p.para("**We are keeping our decision.** The records show steady steps without reactions or missed doses. "
           "Two visits a week reach the maintenance dose safely; a third visit a week was not needed for your "
           "care.", 10)
    p.para("You may ask for a second-level appeal within 60 days of the date of this letter. You may also ask for an "
           "independent external review within 4 months of this letter. Urgent reviews are decided within 72 hours.",
           10)
    p.para(f"Sincerely,\n\nDr. {md}\nAppeals Physician Reviewer", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[apl, first], claim_amount=m2(billed), service_dates=[span(d) for d in days],
              denial_date=nd.isoformat(), provider=doc, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [CLINIC], "case_numbers": [[apl], [first]]},
              denial_alternates=["not_covered"])
    return out(p), t


def faxfine_stack(rng):
    patient, doc, doc2 = people(rng, 3)
    mid = kv_id(rng)
    nd = dt.date(2026, 4, rng.randint(1, 15))
    start = plus(nd, 7)
    end = dt.date(2026, 12, 31)
    auth = f"KA{digits(rng, 9)}"
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Clinical Review")
    p.line("APPROVAL NOTICE", 13, "B")
    p.ln(1)
    p.capstrip([("Date", fdate(nd, "abbr")), ("Authorization", auth), ("Member", patient), ("ID", mid)],
               [34, 42, 60, 43.9])
    p.capstrip([("Ordering allergist", f"Dr. {doc}"), ("Where", CLINIC),
                ("Approved for", f"{fdate(start, 'slash')} - {fdate(end, 'slash')}")], [50, 70, 59.9])
    p.ln(3)
    p.para(f"Dear {patient}:", 10)
    p.para("We approved maintenance allergy shots (95117) every two to four weeks for the dates above. You do not "
           "need to ask again unless the schedule changes. Your usual copay applies.", 10)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=patient, cases=[auth],
                          service_dates=[span(start, end)], denial_date=nd.isoformat(), provider=doc,
                          alternates={"insurer": ALT, "provider": [CLINIC], "case_numbers": [[]],
                                      "service_dates": [[], [span(start)]]}))
    other = "Sandpiper Bend Allergy Clinic"
    dos = plus(nd, rng.randint(40, 60))
    nd2 = plus(dos, rng.randint(25, 35))
    billed = amount(rng, 48, 62)
    n = clm(rng)
    q = DRSheet(footer="Page {n} of {nb}")
    q.set_margins(18, 14, 18)
    q.add_page()
    _head(q, rng)
    q.line("CLAIM DECISION", 13, "B")
    q.ln(1)
    q.pairs([("Date", fdate(nd2, "slash")), ("Encounter", n), ("Subscriber", f"{patient}  ({mid})"),
             ("Where you got care", other), ("Seen by", f"Dr. {doc2}"), ("Date(s) you got care", fdate(dos, "slash")),
             ("Amount the office asked for", money(billed)), ("Earlier approval", auth)], label_w=58, size=9.4)
    q.ln(3)
    q.para(f"Dear {patient}:", 10)
    q.para(f"After you moved, you had your maintenance shot at {other}. That clinic has no contract with "
           f"{INS}, and your plan pays only in-network allergists for shots, except in an emergency. The approval "
           f"above is for {CLINIC} or another in-network office. We will not pay this claim; ask us for a list of "
           "network allergists near your new home.", 10)
    q.para("You may appeal within 180 days of the date of this notice. Urgent appeals: 72 hours. External review: "
           "4 months after our final decision.", 9.6)
    doc2_ = (out(q), truth("denial_letter", "out_of_network", insurer=INS, member_id=mid, member_name=patient,
                           cases=[n], claim_amount=m2(billed), service_dates=[span(dos)],
                           denial_date=nd2.isoformat(), provider=other, appeal_deadline=plus(nd2, 180).isoformat(),
                           alternates={"insurer": ALT, "provider": [doc2]}))
    return [doc1, doc2_]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_five_claims_third_shot_in_week_row", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_two_page_prose_three_extra_visits", "fax_standard_g4", [faxstd_letter(rng)]),
        Item(F + "phone_es_codigo_dos_inyecciones_una_dada", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_allergist_statement_two_visits_insurance_denied", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_no_labels_rush_schedule_not_proven", "scan_lowres_150", [lowres_rush(rng)]),
        Item(F + "photocopy_two_page_appeal_upheld_labels_right", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "faxfine_stack_cover_maintenance_approval_then_out_of_network_upside_down", "fax_fine_g4",
             faxfine_stack(rng), separators=["cover", None], turns={(1, 0): 180}),
    ]
