"""An invented commercial plan (Fennimore Quay Health Plan) denying medical nutrition therapy (MNT) visits with a
registered dietitian (CPT 97802 initial assessment, 97803 re-assessment, 97804 group): visits past the plan's
yearly limit of six, visits for a diagnosis the MNT benefit does not cover (obesity or general dietary counseling
without diabetes, kidney disease or another listed condition), extra visits without the prior authorization the
plan requires past the limit, and a telehealth visit with a dietitian outside the network. CPT and ICD-10 codes
appear as themselves; the plan, its benefit rules, every dietitian, practice, person and number are invented.

Documents (8 in 7 files):
- bd_eob_four_rows_seventh_visit_denied: a member EOB, four claims, providers only in a "Rendering NPI / Name"
  column, dates only in table rows with two-digit years; the seventh MNT visit denied (limit); "visits used" and
  plan-year dates as decoys.
- faxstd_capbox_provider_notice_obesity_diagnosis: a provider claim notice on a standard fax, a header of small
  captioned boxes; billing group with the rendering dietitian under it; diagnosis E66.01 not in the benefit.
- phone_spanish_visit_limit_day_first: Spanish member letter, the limit reached; dates day-first (14/04/2026) and
  written out.
- rotated_dietitian_statement_remit_elsewhere: the nutrition practice's statement (letterhead in one town, remit
  to a billing office elsewhere), four visits, one denied by the plan; denies nothing.
- lowres_prose_extra_visits_no_prior_auth: a letter with no labels; three extra visits "from the care ... gave
  you at ..." denied for no prior authorization; its reference number only in the footer; the referring PCP and
  a follow-up date as decoys.
- photocopy_appeal_upheld_limit_pcp_decoy: a first-level appeal decision upholding a visit-limit denial; appeal
  number with dashes, claim number, an older authorization number; the PCP on the card block and the medical
  director signing as decoys.
- finefax_stack_cover_extra_visits_approved_then_oon_telehealth_turned: a fax cover, an approval of two extra
  visits (denies nothing), then a telehealth visit with an out-of-network dietitian denied, fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddn_famdnd import DNSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "dietitian_medical_nutrition_therapy_visit_limit_denial"
LANG = "en"
SEED = 352403
INS = "Fennimore Quay Health Plan"
ALT = ["Fennimore Quay"]
PLAN = "FQ-PPO-2600"
GROUP = "58210-004"
PRACTICE = "Bright Basin Nutrition Partners"
CLINIC = "Willowmere Diabetes & Nutrition Center"


def fq_id(rng):
    return f"FQH{digits(rng, 9)}"


def _head(p: DNSheet, rng, unit: str = "Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Harrisburg PA 171{rng.randint(10, 99)}  |  "
                 f"1-888-555-{digits(rng, 4)}  |  Fax 1-888-555-{digits(rng, 4)}  |  TTY 711",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def rdn(n):
    """(name without credential, printed name with credential)."""
    return n, f"{n}, RDN, LDN"


def bd_eob(rng):
    patient, dname = people(rng, 2)
    mid = fq_id(rng)
    sd = dt.date(2026, 5, rng.randint(4, 15))
    base = dt.date(2026, 4, rng.randint(1, 6))
    dietitian, printed = rdn(dname)
    rows_src = [(base, f"{printed} ({PRACTICE})", "97803 MNT re-assessment, visit 5 of 6"),
                (plus(base, 7), "Lakeridge Clinical Lab", "83036 hemoglobin A1c"),
                (plus(base, 14), f"{printed} ({PRACTICE})", "97803 MNT re-assessment, visit 6 of 6"),
                (plus(base, 21), f"{printed} ({PRACTICE})", "97803 MNT re-assessment, visit 7")]
    deny = 3
    rows, claims, billed = [], [], []
    for i, (d, pv, svc) in enumerate(rows_src):
        c = amount(rng, 95, 180)
        billed.append(c)
        n = f"E{digits(rng, 10)}"
        claims.append(n)
        npi = digits(rng, 10)
        if i == deny:
            rows.append([n, fdate(d, "short"), f"{npi} / {pv}", svc, money(c, "nosign"), "0.00", "0.00",
                         money(c, "nosign"), "VL6"])
        else:
            allowed = round(c * 0.75, 2)
            cop = 20.0 if i != 1 else 0.0
            rows.append([n, fdate(d, "short"), f"{npi} / {pv}", svc, money(c, "nosign"), money(allowed, "nosign"),
                         money(allowed - cop, "nosign"), money(cop, "nosign"), "PD"])
    p = DNSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS", 12.5, "B")
    p.ln(1)
    p.capstrip([("Member", patient), ("Member ID", mid), ("Group", GROUP), ("Plan", PLAN),
                ("Issued", fdate(sd, "long"))])
    p.capstrip([("Plan year", "01/01/2026 - 12/31/2026"), ("MNT visits used", "6 of 6"),
                ("In-network deductible met", "$500.00 of $500.00"), ("Claims received",
                                                                       f"{fdate(plus(base, 3), 'short')} - {fdate(plus(base, 25), 'short')}")])
    p.ln(3)
    p.table(["Claim", "Date", "Rendering NPI / Name", "Service", "Billed", "Allowed", "Plan paid", "You owe",
             "Note"], rows, [26, 16, 92, 62, 18, 18, 18, 16, 12], size=7.8,
            aligns=["L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**Notes.** PD Paid at the in-network benefit after your $20.00 specialist copay. VL6 Your plan covers up "
           "to 6 medical nutrition therapy visits per plan year. This visit is over that limit and is not covered. "
           "An in-network dietitian may bill you for it only if you agreed in writing before the visit.", 8.5)
    p.para("**Appeals.** You may appeal any decision on this statement within 180 days of the date you receive it. "
           "Urgent appeals: 72 hours. External review: within 4 months of a final decision.", 8.5)
    t = truth("eob", "not_covered", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid, member_name=patient,
              cases=[claims[deny]], claim_amount=m2(billed[deny]), service_dates=[span(rows_src[deny][0])],
              denial_date=sd.isoformat(), provider=dietitian,
              alternates={"insurer": ALT, "provider": [PRACTICE], "plan_id": [None]}, denial_alternates=["other"])
    return out(p), t


def faxstd_capbox(rng):
    patient, dname = people(rng, 2)
    mid = fq_id(rng)
    nd = dt.date(2026, 3, rng.randint(16, 27))
    sv = plus(nd, -rng.randint(14, 30))
    billed = amount(rng, 140, 260)
    clm = f"E{digits(rng, 10)}"
    ref = f"PR-26-{digits(rng, 6)}"
    dietitian, printed = rdn(dname)
    fax = f"{nd.strftime('%m/%d/%y')} 10:{rng.randint(10, 59)}  FQHP PROVIDER SVCS  717-555-{digits(rng, 4)}  PAGE {{n}}"
    p = DNSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Provider Services")
    p.capstrip([("Notice date", fdate(nd, "slash")), ("Claim number", clm), ("Reference no.", ref),
                ("Received", fdate(plus(sv, 5), "slash"))])
    p.capstrip([("Billing provider", PRACTICE), ("Billing NPI", digits(rng, 10)), ("Tax ID", f"{digits(rng, 2)}-{digits(rng, 7)}")],
               [80, 50, 57.9])
    p.capstrip([("Rendering provider", printed), ("Rendering NPI", digits(rng, 10)), ("Place of service", "11 Office")],
               [80, 50, 57.9])
    p.capstrip([("Member", patient), ("Member ID", mid), ("DOB", fdate(dt.date(rng.randint(1960, 1999), rng.randint(1, 12),
                                                                              rng.randint(1, 28)), "slash"))],
               [80, 50, 57.9])
    p.capstrip([("Date of service", fdate(sv, "slash")), ("CPT / ICD-10", "97802 x 4 units / E66.01"),
                ("Billed", money(billed))], [80, 50, 57.9])
    p.ln(4)
    p.line("CLAIM DETERMINATION: DENIED", 11.5, "B")
    p.ln(1)
    p.para("The member's plan covers medical nutrition therapy only for these diagnoses: diabetes (E08-E13), "
           "chronic kidney disease (N18), a kidney transplant in the last 3 years, and the malnutrition or "
           "malabsorption conditions listed in our MNT benefit policy. Obesity alone (E66.01) and general dietary "
           "counseling (Z71.3) are not covered diagnoses for this benefit. The service is not covered; do not bill "
           "the member unless the member agreed in writing before the visit.", 9.4)
    p.para("If you have records of a covered diagnosis that was not on the claim, send a corrected claim. To dispute "
           "this determination, send a reconsideration request within 90 days of the date of this notice.", 9.4)
    p.para(f"{INS} - Provider Services", 9.4)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=patient, cases=[clm, ref],
              claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(), provider=dietitian,
              appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [PRACTICE], "case_numbers": [[clm], [ref]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def phone_spanish(rng):
    patient, dname = people(rng, 2)
    mid = fq_id(rng)
    nd = dt.date(2026, 4, rng.randint(27, 30))
    sv = dt.date(2026, 4, 14)
    billed = amount(rng, 110, 190)
    clm = f"E{digits(rng, 10)}"
    dietitian, printed = rdn(dname)
    p = DNSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("AVISO DE DENEGACIÓN DE UN RECLAMO", 12, "B")
    p.ln(1)
    p.capstrip([("Fecha", fdate(nd, "dmy", "es")), ("Número de miembro", mid), ("Grupo", GROUP)])
    p.capstrip([("Número de reclamo", clm), ("Fecha de la visita", fdate(sv, "dmy", "es")),
                ("Cargo facturado", money(billed))])
    p.ln(4)
    p.para(f"{fdate(nd, 'long', 'es')}", 9.8)
    p.para(f"Estimado(a) {patient}:", 9.8)
    p.para(f"Recibimos el reclamo de {PRACTICE} por la visita de terapia de nutrición médica que le dio "
           f"{printed} el {fdate(sv, 'long', 'es')}. Su plan cubre hasta 6 visitas de terapia de nutrición médica "
           "por año del plan (del 1 de enero al 31 de diciembre). Ya se pagaron 6 visitas este año. Esta visita pasa "
           "el límite y no está cubierta.", 9.8)
    p.para("Las fechas en los recuadros se escriben día/mes/año.", 9.8)
    p.para("**Su derecho a apelar.** Puede apelar por escrito dentro de 180 días a partir de la fecha de este "
           "aviso. Si su salud corre peligro, pida una apelación urgente (72 horas).", 9.8)
    p.para(f"{INS}", 9.8)
    p.taglines()
    t = truth("denial_letter", "not_covered", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[clm], claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(),
              provider=dietitian, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [PRACTICE]}, denial_alternates=["other"])
    return out(p), t


def rotated_statement(rng):
    patient = people(rng, 1)[0]
    mid = fq_id(rng)
    sd = dt.date(2026, 5, rng.randint(18, 28))
    visits = sorted({dt.date(2026, 4, d) for d in rng.sample(range(1, 29), 4)})
    deny = 2
    p = DNSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(15, "B")
    p.cell(0, 7, CLINIC, new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, f"{rng.randint(100, 9800)} Market St, Lewisburg PA 178{rng.randint(10, 99)}  |  570-555-{digits(rng, 4)}"
                 f"  |  NPI {digits(rng, 10)}", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)
    p.line("STATEMENT OF ACCOUNT", 12, "B")
    p.pairs([("Statement date", fdate(sd, "abbr")), ("Patient", patient), ("Account no.", f"WDN{digits(rng, 6)}"),
             ("Primary insurance", INS), ("Member ID", mid)], label_w=36, size=9.2)
    p.ln(2)
    rows, charges = [], []
    for i, d in enumerate(visits):
        c = amount(rng, 110, 190)
        charges.append(c)
        code = "97802" if i == 0 else "97803"
        if i == deny:
            rows.append([fdate(d, "slash"), code, money(c), "0.00", "Denied - diagnosis", money(c)])
        else:
            rows.append([fdate(d, "slash"), code, money(c), money(round(c * 0.7, 2)), "Paid", "20.00"])
    rows.append(["", "Totals", money(sum(charges)), "", "", money(charges[deny] + 20 * (len(visits) - 1))])
    p.table(["Visit date", "CPT", "Charge", "Insurance paid", "Claim status", "Patient owes"], rows,
            [28, 20, 26, 30, 40, 30], size=8.6, bold_last=True)
    p.para(f"{INS} denied the visit of {fdate(visits[deny], 'slash')} because it was billed with a diagnosis "
           "(Z71.3 dietary counseling) that your plan's nutrition benefit does not cover. Our billing office has "
           "asked your physician for the diagnosis that was the reason for the referral and will rebill the claim. "
           "You do not need to pay the amount for that visit until then.", 9)
    p.ln(2)
    p.f(9, "B")
    p.cell(0, 5, "Make checks payable and mail to:", new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    for ln in [f"{CLINIC} Central Billing", f"PO Box {rng.randint(2000, 9000)}", f"Scranton PA 185{rng.randint(10, 99)}"]:
        p.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
    t = truth("other", None, insurer=INS, member_id=mid, member_name=patient, claim_amount=m2(charges[deny]),
              service_dates=[span(visits[deny])], denial_date=sd.isoformat(), provider=CLINIC, unscored=["insurer"],
              alternates={"claim_amount": [None], "service_dates": [[span(d) for d in visits]]})
    return out(p), t


def lowres_prose(rng):
    patient, dname, pcp = people(rng, 3)
    mid = fq_id(rng)
    nd = dt.date(2026, 6, rng.randint(8, 19))
    d1 = dt.date(2026, 5, rng.randint(4, 8))
    days = [d1, plus(d1, 7), plus(d1, 14)]
    billed = amount(rng, 330, 520)
    ref = f"UM 26 {digits(rng, 4)} {digits(rng, 3)}"
    dietitian, printed = rdn(dname)
    p = DNSheet(footer=None, footer_left=f"{INS}  |  Ref. {ref}  |  MNT-L3")
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, f"{rng.randint(100, 9800)} Old Mill Rd", f"Bloomsburg PA 178{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {patient}:", 10)
    p.para(f"Your doctor, Dr. {pcp}, referred you for nutrition care for chronic kidney disease. This letter is about "
           f"the care {printed} gave you at {CLINIC} on {fdate(days[0], 'long')}, {fdate(days[1], 'long')} and "
           f"{fdate(days[2], 'long')}. The clinic billed {money(billed)} for these three visits. Your member number is "
           f"{mid}.", 10)
    p.para("Your plan covers six medical nutrition therapy visits each plan year. More visits can be covered for "
           "kidney disease when we approve them in advance. You had used your six visits by the end of April, and we "
           "did not receive a request for prior authorization of more visits. For that reason we cannot pay for "
           "these three visits.", 10)
    p.para("If your dietitian asks us now, we can review whether more visits are needed from here on. Your "
           f"follow-up visit with Dr. {pcp} on {fdate(plus(nd, 20), 'long')} is not affected.", 10)
    p.para("You may appeal this decision. Send your appeal within 180 days of the date of this letter and quote the "
           "reference number printed at the bottom of this page.", 10)
    p.para(f"Sincerely,\n\nUtilization Management\n{INS}", 10)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=mid, member_name=patient, cases=[ref],
              claim_amount=m2(billed), service_dates=[span(d) for d in days], denial_date=nd.isoformat(),
              provider=dietitian, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [CLINIC]}, denial_alternates=["not_covered"])
    return out(p), t


def photocopy_appeal(rng):
    patient, dname, pcp, md = people(rng, 4)
    mid = fq_id(rng)
    nd = dt.date(2026, 7, rng.randint(6, 17))
    sv = dt.date(2026, 5, rng.randint(4, 29))
    billed = amount(rng, 120, 210)
    apl = f"GRV-2026-{digits(rng, 4)}-{digits(rng, 2)}"
    clm = f"E{digits(rng, 10)}"
    old = f"PA{digits(rng, 8)}"
    dietitian, printed = rdn(dname)
    p = DNSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Appeals and Grievances")
    p.line("APPEAL DECISION", 12.5, "B")
    p.ln(1)
    y = p.get_y()
    p.pairs([("Decision date", fdate(nd, "dash")), ("Appeal no.", apl), ("Claim no.", clm),
             ("Date of visit", fdate(sv, "slash")), ("Amount billed", money(billed)),
             ("Dietitian", printed)], label_w=34, size=9.2)
    end = p.sidebar([("Member", patient), ("Member ID", mid), ("Group", GROUP),
                     ("Primary care provider", f"Dr. {pcp}"), ("PCP phone", f"570-555-{digits(rng, 4)}")],
                    128, y, 68, "Member card", size=8.2)
    p.set_y(end + 4)
    p.para(f"You appealed our denial of the medical nutrition therapy visit you had with {printed} at "
           f"{PRACTICE}. You told us that your diabetes was newly diagnosed and that you needed more teaching.", 9.4)
    p.para("**Decision: the denial is upheld.** Your plan covers six medical nutrition therapy visits each plan "
           "year. The claims history shows six visits paid before this one. The plan's limit applies to every "
           "diagnosis, and the plan has no exception process for diabetes. Extra visits approved for another "
           f"condition last year (authorization {old}) do not carry over.", 9.4)
    p.para("**Next steps.** You may request a second-level appeal within 60 days of the date of this letter. You may "
           "also ask for an external review within 4 months. Diabetes self-management training (G0108) with a "
           "certified program is a separate benefit that has visits left for you this year.", 9.4)
    p.para(f"Sincerely,\n\nDr. {md}\nMedical Director, {INS}", 9.4)
    t = truth("denial_letter", "not_covered", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[apl, clm], claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(),
              provider=dietitian, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [PRACTICE], "case_numbers": [[apl], [clm]]},
              denial_alternates=["other"])
    return out(p), t


def finefax_stack(rng):
    patient, dname, oname = people(rng, 3)
    mid = fq_id(rng)
    ad = dt.date(2026, 8, rng.randint(3, 12))
    start, stop = plus(ad, 1), plus(ad, 90)
    auth = f"PA{digits(rng, 8)}"
    dietitian, printed = rdn(dname)
    fax1 = f"{ad.month:02d}/{ad.day:02d}/2026 09:{rng.randint(10, 59)}  FQHP UM  717-555-{digits(rng, 4)}  P{{n}}"
    p = DNSheet(footer=None, fax_hdr=fax1)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line(f"Date: {fdate(ad, 'long')}", 9.6)
    p.ln(2)
    p.line("APPROVAL OF ADDITIONAL NUTRITION VISITS", 11.5, "B")
    p.pairs([("Member", patient), ("Member ID", mid), ("Authorization", auth),
             ("Approved", "2 visits, CPT 97803"), ("Dietitian", printed), ("Practice", PRACTICE),
             ("Use between", f"{fdate(start, 'slash')} and {fdate(stop, 'slash')}")], label_w=40, size=9.4)
    p.ln(2)
    p.para("We approved two medical nutrition therapy visits beyond your yearly limit for stage 4 chronic kidney "
           "disease. The visits must be with the dietitian named above.", 9.6)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=patient, cases=[auth],
                          service_dates=[span(start, stop)], denial_date=ad.isoformat(), provider=dietitian,
                          alternates={"insurer": ALT, "provider": [PRACTICE], "case_numbers": [[]],
                                      "service_dates": [[]]}))
    nd = dt.date(2026, 9, rng.randint(8, 18))
    sv = plus(nd, -rng.randint(14, 24))
    billed = amount(rng, 120, 210)
    clm = f"E{digits(rng, 10)}"
    oon, oon_printed = rdn(oname)
    oon_prac = "NourishNow Virtual Nutrition"
    fax2 = f"{nd.month:02d}/{nd.day:02d}/2026 16:{rng.randint(10, 59)}  FQHP CLAIMS  717-555-{digits(rng, 4)}  P{{n}}"
    q = DNSheet(footer=None, fax_hdr=fax2)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.line("NOTICE OF CLAIM DENIAL", 11.5, "B")
    q.ln(1)
    q.pairs([("Notice date", fdate(nd, "slash")), ("Member", patient), ("Member ID", mid), ("Claim", clm),
             ("Visit (telehealth)", fdate(sv, "slash")), ("Billed by", oon_prac), ("Rendering", oon_printed),
             ("Charge", money(billed))], label_w=40, size=9.4)
    q.ln(2)
    q.para(f"{oon_prac} and {oon_printed} are not in the {INS} network, and your plan pays for nutrition visits "
           f"only with network dietitians. Your approval {auth} covers visits with {printed} of {PRACTICE}, not with "
           "another dietitian. The claim is denied.", 9.6)
    q.para("You may appeal within 180 days of the date of this notice.", 9.6)
    doc2 = (out(q), truth("denial_letter", "out_of_network", insurer=INS, member_id=mid, member_name=patient,
                          cases=[clm], claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(),
                          provider=oon, appeal_deadline=plus(nd, 180).isoformat(),
                          alternates={"insurer": ALT, "provider": [oon_prac]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_four_rows_seventh_visit_denied", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_capbox_provider_notice_obesity_diagnosis", "fax_standard_g4", [faxstd_capbox(rng)]),
        Item(F + "phone_spanish_visit_limit_day_first", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_dietitian_statement_remit_elsewhere", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_prose_extra_visits_no_prior_auth", "scan_lowres_150", [lowres_prose(rng)]),
        Item(F + "photocopy_appeal_upheld_limit_pcp_decoy", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "finefax_stack_cover_extra_visits_approved_then_oon_telehealth_turned", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
