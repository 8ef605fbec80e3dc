"""Notices mirrored (structure and wording style only) from CalPERS health plans for retirees: the California
Public Employees' Retirement System (CalPERS), its PERS Platinum plans, Medicare, CalPERS Administrative Review
and Independent Medical Review appear as themselves; the claims administrator (Redwood Crest Benefit
Administrators), its reason codes and limits, every provider, pharmacy, person and number are invented.

Documents (8 in 7 files):
- bd_eob_retiree_medicare_primary_card_block: a retiree's EOB, four claims, the Medicare Supplement plan pays
  nothing on one claim Medicare has not processed (reason code M1, coordination of benefits); the plan's number
  only as "Subscriber No." in a card block beside the Medicare number and the CalPERS ID.
- faxstd_capbox_imaging_payable_only_when_reviewed: a notice to an imaging center on a standard fax, captioned
  boxes; an MRI "payable only when" reviewed before the service date (prior authorization in other words).
- phone_spanish_late_claim_no_se_puede_pagar_day_first: Spanish member letter, a non-network claim received more
  than a year after the visit ("no se puede pagar"); dates day-first (05/03/2026) and written out.
- rotated_pharmacy_rejected_claim_printout: the pharmacy's printout of a rejected fill (NCPDP reject 75)
  "Insurance on file: CalPERS PERS Platinum ..."; denies nothing.
- lowres_prose_dependent_aged_out_reply_slip: a letter with no labels, "we are unable to pay" an adult child's
  urgent care visit after dependent coverage ended; the member number only in the tear-off reply slip.
- photocopy_appeal_upheld_therapy_no_progress: a first-level appeal upheld (physical therapy past the point of
  progress, medical necessity without the words); CalPERS Administrative Review (30 days) and IMR as decoys.
- finefax_stack_snf_approval_then_custodial_days_turned: a fax cover, a skilled nursing approval (denies
  nothing), then the days after skilled care ended denied ("the amount shown is your responsibility"), sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddo_famdod import DOSheet, people
from public_kit import amount, digits, fdate, m2, mbi, money, out, plus, span, truth

FAMILY = "calpers_health_plan_retiree_claim_denial"
LANG = "en"
SEED = 352503
INS = "Redwood Crest Benefit Administrators"
ALT = ["Redwood Crest", "CalPERS", "California Public Employees' Retirement System"]
GROUP = "27-60418"


def rc_id(rng):
    return f"RCB{digits(rng, 9)}"


def calpers_id(rng):
    return digits(rng, 10)


def _head(p: DOSheet, rng, unit: str = "Member Services", plan: str = "CalPERS PERS Platinum Medicare Supplement Plan"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    p.cell(0, 4, f"Claims administrator for the {plan}", new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Sacramento CA 958{rng.randint(10, 99)}  |  "
                 f"1-877-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def bd_eob(rng):
    patient, d1, d2, d3 = people(rng, 4)
    mid, cid, med = rc_id(rng), calpers_id(rng), mbi(rng)
    sd = dt.date(2026, 4, rng.randint(6, 24))
    base = dt.date(2026, 2, rng.randint(2, 9))
    src = [(base, f"Dr. {d1}", "Office visit 99214"), (plus(base, 9), "Foothill Ridge Laboratory", "Lipid panel 80061"),
           (plus(base, 16), f"Dr. {d2}", "Echocardiogram 93306"), (plus(base, 23), f"Dr. {d3}", "Office visit 99213")]
    deny = 2
    rows, claims, billed = [], [], []
    for i, (d, pv, svc) in enumerate(src):
        c = amount(rng, 140, 1400) if i == deny else amount(rng, 60, 320)
        billed.append(c)
        n = f"26{digits(rng, 3)} {digits(rng, 6)}"
        claims.append(n)
        if i == deny:
            rows.append([n, fdate(d, "slash"), pv, svc, money(c, "nosign"), "0.00", "0.00", money(c, "nosign"), "M1"])
        else:
            medp = round(c * 0.62, 2)
            rows.append([n, fdate(d, "slash"), pv, svc, money(c, "nosign"), money(medp, "nosign"),
                         money(round(c * 0.16, 2), "nosign"), "0.00", "P2"])
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    y = p.get_y()
    p.line("EXPLANATION OF BENEFITS", 13, "B")
    p.line("This is not a bill.", 9)
    p.ln(1)
    p.pairs([("Statement date", fdate(sd, "long")), ("Plan", "PERS Platinum Medicare Supplement"),
             ("Group", GROUP), ("Period", f"{fdate(plus(base, -3), 'slash')} - {fdate(plus(sd, -5), 'slash')}")],
            label_w=36, size=9.2)
    end = p.sidebar([("Subscriber", patient), ("Subscriber No.", mid), ("Medicare No.", med), ("CalPERS ID", cid),
               ("Date of birth", fdate(dt.date(rng.randint(1944, 1959), rng.randint(1, 12), rng.randint(1, 28)),
                                        "slash"))], 194, y, 72, "Your card", size=8.2)
    p.set_y(end + 4)
    p.table(["Claim no.", "Date of service", "Provider", "Service", "Billed", "Medicare paid", "Plan paid",
             "You owe", "Code"], rows, [30, 22, 50, 50, 22, 24, 22, 20, 13], size=8,
            aligns=["L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**Codes.** P2 Paid as secondary to Medicare; the plan paid the Medicare coinsurance. M1 This plan pays "
           "after Medicare. We have no Medicare Summary Notice for this service. Send us the Medicare Summary Notice "
           "or have the provider bill Medicare first. The amount shown under You owe is your responsibility until "
           "Medicare and the plan process the claim.", 8.6)
    p.para("**If you disagree.** Ask for an appeal within 180 days of the date of this statement. Urgent appeals "
           "are decided within 72 hours. After the plan's appeal, you may ask CalPERS for an Administrative Review "
           "within 30 days of the plan's final decision.", 8.6)
    t = truth("eob", "other", insurer=INS, group=GROUP, member_id=mid, member_name=patient, cases=[claims[deny]],
              claim_amount=m2(billed[deny]), service_dates=[span(src[deny][0])], denial_date=sd.isoformat(),
              provider=d2, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "member_id": [cid]})
    return out(p), t


def faxstd_capbox(rng):
    patient, rad, ordering = people(rng, 3)
    mid = rc_id(rng)
    nd = dt.date(2026, 3, rng.randint(10, 26))
    sv = plus(nd, -rng.randint(15, 30))
    billed = amount(rng, 1400, 2900)
    clm = f"26{digits(rng, 3)}{digits(rng, 6)}"
    ntc = f"PN-{digits(rng, 7)}"
    fac = "Larkspur Mesa Imaging Center"
    fax = f"{nd.strftime('%m/%d/%y')} 14:{rng.randint(10, 59)}  RCBA PROVIDER  916-555-{digits(rng, 4)}  P.{{n}}"
    p = DOSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Provider Services", "CalPERS PERS Platinum Basic Plan")
    p.line("PROVIDER CLAIM NOTICE", 12, "B")
    p.ln(1)
    p.capstrip([("Notice date", fdate(nd, "slash")), ("Claim no.", clm), ("Notice ID", ntc),
                ("Date received", fdate(plus(sv, 6), "slash"))])
    p.capstrip([("Billing provider", fac), ("Billing NPI", digits(rng, 10)), ("Reading radiologist", f"Dr. {rad}")],
               [72, 45, 70.9])
    p.capstrip([("Patient", patient), ("Subscriber No.", mid), ("Group", GROUP)], [72, 45, 70.9])
    p.capstrip([("Date of service", fdate(sv, "slash")), ("Procedure", "72148 MRI lumbar spine"),
                ("Total charge", money(billed))], [72, 45, 70.9])
    p.ln(4)
    p.line("Plan payment: $0.00", 11, "B")
    p.ln(1)
    p.para(f"Dr. {ordering} ordered this MRI for low back pain. Under the member's CalPERS PERS Platinum Basic Plan, "
           "an outpatient MRI is payable only when our Medical Review unit has looked at the request and agreed to "
           "it before the date of service. We have no record of a request for this member and this study. The "
           "member may not be billed for this service.", 9.4)
    p.para("If a request was made and you have our reference number, send it with a copy of this notice. To ask "
           "for a reconsideration, write within 90 days of the date of this notice.", 9.4)
    p.para(f"{INS} - Provider Services", 9.4)
    t = truth("denial_letter", "prior_authorization", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[clm, ntc], claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(),
              provider=fac, appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [rad, ordering], "case_numbers": [[clm], [ntc]]})
    return out(p), t


def phone_spanish(rng):
    patient, doc = people(rng, 2)
    mid = rc_id(rng)
    nd = dt.date(2026, 7, rng.randint(6, 10))
    sv = dt.date(2026, 3, 5)
    rec = dt.date(2026, 6, rng.randint(15, 25))
    billed = amount(rng, 180, 460)
    clm = f"26{digits(rng, 3)}{digits(rng, 6)}"
    p = DOSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Miembros", "CalPERS PERS Platinum Basic Plan")
    p.line("AVISO SOBRE SU RECLAMO", 12, "B")
    p.ln(1)
    p.capstrip([("Fecha del aviso (dd/mm/aaaa)", fdate(nd, "dmy", "es")), ("Número de suscriptor", mid),
                ("Grupo", GROUP)])
    p.capstrip([("Número de reclamo", clm), ("Fecha del servicio (dd/mm/aaaa)", fdate(sv, "dmy", "es")),
                ("Cargo", money(billed))])
    p.ln(4)
    p.para(f"Sacramento, {fdate(nd, 'long', 'es')}", 9.8)
    p.para(f"Estimado(a) {patient}:", 9.8)
    p.para(f"Recibimos el {fdate(rec, 'long', 'es')} el reclamo por la consulta que le dio el Dr. {doc} el "
           f"{fdate(sv, 'long', 'es')}. El Dr. {doc} no participa en la red del plan y usted nos envió el reclamo. "
           "Cuando el médico no participa en la red, el plan paga los reclamos que recibe dentro de los 90 días "
           "siguientes a la fecha del servicio. Este reclamo llegó más de tres meses después de la consulta, por lo "
           "que no se puede pagar.", 9.8)
    p.para("Si usted no pudo enviar el reclamo a tiempo por una razón fuera de su control (por ejemplo, una "
           "hospitalización), díganoslo en su apelación y envíenos pruebas.", 9.8)
    p.para("**Su derecho a apelar.** Puede apelar por escrito dentro de 180 días a partir de la fecha de esta carta. "
           "Después de la decisión final del plan, puede pedir a CalPERS una Revisión Administrativa dentro de 30 "
           "días.", 9.8)
    p.para(INS, 9.8)
    p.taglines()
    t = truth("denial_letter", "timely_filing", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[clm], claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(),
              provider=doc, appeal_deadline=plus(nd, 180).isoformat(), lang="es", alternates={"insurer": ALT})
    return out(p), t


def rotated_pharmacy(rng):
    patient, prescriber = people(rng, 2)
    mid = rc_id(rng)
    fill = dt.date(2026, 5, rng.randint(4, 22))
    price = amount(rng, 420, 1300)
    ph = "Mariposa Drive Pharmacy"
    p = DOSheet(footer=None)
    p.set_margins(22, 14, 22)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 7, ph, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{rng.randint(100, 9800)} Mariposa Dr, Fresno CA 937{rng.randint(10, 99)}  |  559-555-{digits(rng, 4)}"
                 f"  |  NCPDP {digits(rng, 7)}", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)
    p.line("CLAIM RESPONSE - REJECTED", 11.5, "B")
    p.ln(1)
    p.pairs([("Printed", f"{fdate(fill, 'slash')} 16:{rng.randint(10, 59)}"), ("Patient", patient),
             ("Insurance on file", f"CalPERS PERS Platinum {mid}"), ("BIN / PCN", f"0{digits(rng, 5)} / RCBRX"),
             ("Rx #", f"{digits(rng, 7)}"), ("Drug", "Apixaban 5 mg tablet  #60  30 days"),
             ("Prescriber", f"Dr. {prescriber}"), ("Date of fill", fdate(fill, "slash")),
             ("Submitted amount", money(price))], label_w=42, size=9.2)
    p.ln(2)
    p.f(9.5, "B")
    p.cell(0, 5, "Response: R  Reject code 75 - Prior Authorization Required", new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    p.cell(0, 5, "Message: CALL PRESCRIBER - MD REVIEW NEEDED", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.para("Pharmacist note: patient told the plan needs a request from the prescriber; fax sent to prescriber's "
           "office today. Patient declined to pay cash. Hold prescription 10 days.", 9)
    t = truth("other", None, insurer=None, member_id=mid, member_name=patient, claim_amount=m2(price),
              service_dates=[span(fill)], denial_date=fill.isoformat(), provider=ph, unscored=["insurer"],
              alternates={"claim_amount": [None], "service_dates": [[]], "provider": [prescriber]})
    return out(p), t


def lowres_prose(rng):
    sub, child, doc = people(rng, 3)
    mid = rc_id(rng)
    nd = dt.date(2026, 7, rng.randint(6, 17))
    sv = dt.date(2026, 6, rng.randint(2, 20))
    bday = dt.date(2026, 5, rng.randint(2, 28))
    billed = amount(rng, 240, 520)
    ref = f"EL{digits(rng, 8)}"
    p = DOSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Eligibility and Claims", "CalPERS PERS Platinum Basic Plan")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [sub, f"{rng.randint(100, 9800)} Canyon Creek Ct", f"Roseville CA 956{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {sub}:", 10)
    p.para(f"We received a claim from Oak Terrace Urgent Care for the visit your daughter, {child}, had with "
           f"Dr. {doc} on {fdate(sv, 'long')}. The urgent care center billed {money(billed)}.", 10)
    p.para(f"CalPERS health coverage for a child ends at the end of the month in which the child turns 26. Our "
           f"records show that {child.split()[0]} turned 26 on {fdate(bday, 'long')}, so her "
           f"coverage under your enrollment ended on {fdate(dt.date(2026, 5, 31), 'long')}. The visit was after "
           "that date, and we are unable to pay the claim.", 10)
    p.para("If you believe our records are wrong, or if your daughter qualifies as a disabled dependent, CalPERS "
           "decides that question; call CalPERS at 888-555-0137. You may also appeal our decision within 180 days "
           "of the date of this letter by returning the slip below with your reasons.", 10)
    p.para(f"Sincerely,\n\nEligibility and Claims\n{INS}", 10)
    p.ln(4)
    p.cut_line()
    p.pairs([("Return to", f"{INS}, Appeals, PO Box {rng.randint(1200, 9800)}, Sacramento CA 958{rng.randint(10, 99)}"),
             ("Subscriber No.", mid), ("Reference", ref), ("Patient", child)], label_w=34, size=8.8)
    p.ln(2)
    p.f(8.8)
    p.cell(0, 5, "[  ] I want to appeal.   Signature ______________________   Date ___________")
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=child, cases=[ref],
              claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": ["Oak Terrace Urgent Care"]})
    return out(p), t


def photocopy_appeal(rng):
    patient, pt_name, pcp, md = people(rng, 4)
    mid, cid = rc_id(rng), calpers_id(rng)
    nd = dt.date(2026, 8, rng.randint(4, 14))
    first = dt.date(2026, 5, rng.randint(4, 8))
    days = [first, plus(first, 7), plus(first, 14)]
    billed = amount(rng, 390, 640)
    apl = f"APL-26-{digits(rng, 5)}-{digits(rng, 2)}"
    clm = f"26{digits(rng, 3)}{digits(rng, 6)}"
    clinic = "Sutter Creek Physical Therapy"
    p = DOSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Appeals Unit")
    p.line("FIRST-LEVEL APPEAL DECISION", 12.5, "B")
    p.ln(1)
    y = p.get_y()
    p.pairs([("Decision date", fdate(nd, "dash")), ("Appeal no.", apl), ("Claim no.", clm),
             ("Dates of service", ", ".join(fdate(d, "slash") for d in days)), ("Amount billed", money(billed)),
             ("Therapist", f"{pt_name}, PT, DPT"), ("Facility", clinic)], label_w=34, size=9.2)
    end = p.sidebar([("Member", patient), ("Subscriber No.", mid), ("CalPERS ID", cid), ("Group", GROUP),
                     ("Primary doctor", f"Dr. {pcp}")], 130, y, 66, "Member card", size=8.2)
    p.set_y(max(end, p.get_y()) + 4)
    p.para(f"You asked us to pay for three physical therapy visits with {pt_name} after your knee replacement. We "
           "looked at your therapy notes from the start of care, the letter from your surgeon and the plan's "
           "therapy guideline.", 9.4)
    p.para("**Decision: we uphold the earlier decision.** The plan pays for therapy while it is restoring strength "
           "or movement that was lost. Your notes show that your knee bend, walking distance and balance scores "
           "were the same for the last eight visits before these three. Exercises you can do at home keep the "
           "gains you have made. The three visits will not be paid.", 9.4)
    p.para("**What you can do next.** You may ask for a second-level appeal within 60 days of the date of this "
           "letter. You may ask for an Independent Medical Review within 6 months. After the plan's final decision, "
           "you may ask CalPERS for an Administrative Review within 30 days.", 9.4)
    p.para(f"Sincerely,\n\nDr. {md}\nMedical Director, {INS}", 9.4)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[apl, clm], claim_amount=m2(billed), service_dates=[span(d) for d in days],
              denial_date=nd.isoformat(), provider=pt_name, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [clinic], "case_numbers": [[apl], [clm]],
                          "member_id": [cid]}, denial_alternates=["not_covered"])
    return out(p), t


def finefax_stack(rng):
    patient, doc = people(rng, 2)
    mid = rc_id(rng)
    snf = "Valley Oak Post-Acute Care"
    ad = dt.date(2026, 2, rng.randint(9, 13))
    adm = plus(ad, -1)
    auth = f"SNF-{digits(rng, 8)}"
    fax1 = f"{ad.month:02d}/{ad.day:02d}/2026 10:{rng.randint(10, 59)}  RCBA UM  916-555-{digits(rng, 4)}  P{{n}}"
    p = DOSheet(footer=None, fax_hdr=fax1)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line(f"Date: {fdate(ad, 'long')}", 9.6)
    p.ln(2)
    p.line("SKILLED NURSING FACILITY STAY - APPROVED", 11.5, "B")
    p.pairs([("Member", patient), ("Subscriber No.", mid), ("Authorization", auth), ("Facility", snf),
             ("Attending", f"Dr. {doc}"), ("Admitted", fdate(adm, "slash")),
             ("Approved through", fdate(plus(adm, 14), "slash"))], label_w=40, size=9.4)
    p.ln(2)
    p.para("We approved skilled nursing and daily therapy after your hip fracture. The facility will ask us to "
           "review your care again before the last approved day.", 9.6)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=patient, cases=[auth],
                          service_dates=[span(adm, plus(adm, 14))], denial_date=ad.isoformat(), provider=snf,
                          alternates={"insurer": ALT, "provider": [doc], "case_numbers": [[]], "service_dates": [[]]}))
    nd = dt.date(2026, 4, rng.randint(6, 17))
    d0, d1 = plus(adm, 15), plus(adm, 26)
    billed = amount(rng, 6200, 9800)
    clm = f"26{digits(rng, 3)}{digits(rng, 6)}"
    fax2 = f"{nd.month:02d}/{nd.day:02d}/2026 15:{rng.randint(10, 59)}  RCBA CLAIMS  916-555-{digits(rng, 4)}  P{{n}}"
    q = DOSheet(footer=None, fax_hdr=fax2)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.line("NOTICE ABOUT YOUR FACILITY CLAIM", 11.5, "B")
    q.ln(1)
    q.pairs([("Notice date", fdate(nd, "slash")), ("Member", patient), ("Subscriber No.", mid), ("Claim", clm),
             ("Facility", snf), ("Days on this claim", f"{fdate(d0, 'slash')} - {fdate(d1, 'slash')}"),
             ("Charges", money(billed)), ("Plan payment", "$0.00")], label_w=40, size=9.4)
    q.ln(2)
    q.para(f"Your approval {auth} covered your stay through {fdate(plus(adm, 14), 'long')}. From "
           f"{fdate(d0, 'long')} on, the notes show no daily therapy and no nursing care that needed a nurse: the "
           "staff helped you bathe, dress, walk and take your medicines. That help can be given at home or in "
           "an assisted living home, and the plan pays for a facility only while daily skilled care is needed. "
           "The amount shown is your responsibility.", 9.6)
    q.para("You may appeal within 180 days of the date of this notice.", 9.6)
    doc2 = (out(q), truth("denial_letter", "level_of_care", insurer=INS, member_id=mid, member_name=patient,
                          cases=[clm], claim_amount=m2(billed), service_dates=[span(d0, d1)],
                          denial_date=nd.isoformat(), provider=snf, appeal_deadline=plus(nd, 180).isoformat(),
                          alternates={"insurer": ALT, "provider": [doc]},
                          denial_alternates=["not_covered", "medical_necessity"]))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_retiree_medicare_primary_card_block", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_capbox_imaging_payable_only_when_reviewed", "fax_standard_g4", [faxstd_capbox(rng)]),
        Item(F + "phone_spanish_late_claim_no_se_puede_pagar_day_first", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_pharmacy_rejected_claim_printout", "rotated", [rotated_pharmacy(rng)]),
        Item(F + "lowres_prose_dependent_aged_out_reply_slip", "scan_lowres_150", [lowres_prose(rng)]),
        Item(F + "photocopy_appeal_upheld_therapy_no_progress", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "finefax_stack_snf_approval_then_custodial_days_turned", "fax_fine_g4", finefax_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
