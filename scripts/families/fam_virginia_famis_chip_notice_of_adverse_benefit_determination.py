"""Notices mirrored (structure and wording style only) from Virginia's FAMIS program, the Family Access to Medical
Insurance Security plan for children under 19 (Virginia's CHIP; the Virginia Department of Medical Assistance
Services (DMAS), Cover Virginia and the DMAS external medical review appear as themselves), issued by an invented
managed care health plan (Tidewater Laurel Health Plan). Every plan, provider, person, number and address is
invented; phones use 555 or TTY 711. The reason is always put in the writer's own words (the boxed forms tick a
reason written in plain words too), never in the category's usual keyword.

Documents (8 in 7 files):
- bd_claims_summary_four_rows_other_plan_first_carc22: a landscape member claims summary for a child (the parent
  as "Parent/guardian" a decoy), four claims with From / Thru, Rendering and Billing provider columns; the
  physical therapy row pays 0.00 under CARC 22 because the child's other health plan must answer first; DOB,
  coverage period, an earlier claim number and a copay line as decoys.
- faxstd_boxed_nabd_provider_copy_mri_nobody_asked_before: a boxed Notice of Adverse Benefit Determination (provider
  copy) on a standard fax: caption grid, ticked decision and reason checkboxes, "Claim #" beside letter ID, NPI,
  tax ID, an earlier approved authorization; the imaging center rendered, the neurologist ordered, the
  pediatrician referred.
- phone_es_aviso_cobertura_no_activa_ese_dia: a photographed Spanish notice: FAMIS coverage was not active on the
  day of a dermatology visit (coverage end date and renewal date as decoys), "Número de reclamo".
- rotated_pediatric_practice_statement_nothing_denied: the pediatric group's patient statement fed sideways
  (billing group, rendering nurse practitioner, account number, guarantor); denies nothing.
- lowres_prose_ot_visits_records_do_not_show_need: a no-label letter at 150 dpi: occupational therapy visits
  "from April 6 through May 29, 2026" not approved because the notes do not show more visits would help; the
  therapist named only in a sentence; "reference no." in the text.
- photocopy_boxed_appeal_resolution_hearing_test_code_mismatch: a photocopied boxed Notice of Appeal Resolution
  (ticked "we did not change our decision"): a hearing test billed with a code for a fuller test than the records
  show; "Appeal #" with "Claim #"; only the DMAS external medical review left (120 days, a decoy).
- finefax_stack_cover_speech_approval_then_late_bill_turned: a fax cover sheet, a speech therapy approval (denies
  nothing), then a letter on a bill the plan got after the window it allows, fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddq_famdqc import DQSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "virginia_famis_chip_notice_of_adverse_benefit_determination"
LANG = "en"
SEED = 352902
INS = "Tidewater Laurel Health Plan"
ALT = ["Tidewater Laurel", "Tidewater Laurel Health"]
REASONS = ["Nobody asked us to approve it before the care", "The records do not show it was needed",
           "FAMIS does not include this kind of care", "Your coverage was not active that day",
           "The bill reached us after the time allowed", "Another health plan has to decide first",
           "The code billed does not match the care given", "Other (explained below)"]
PT_CLINIC = "Mattaponi Pediatric Therapy Group"
PEDS = "Chickahominy Children's Clinic"


def va_id(rng):
    """A 12-digit Virginia Medicaid/FAMIS ID shape."""
    return digits(rng, 12)


def clm(rng):
    return f"{digits(rng, 4)}{rng.randint(60, 180):03d}{digits(rng, 6)}"


def child_dob(rng):
    return dt.date(rng.randint(2009, 2021), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DQSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"A FAMIS health plan  |  {unit}  |  PO Box {rng.randint(1200, 9800)}, Richmond VA 232{rng.randint(10, 99)}"
                 f"  |  1-855-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def _rights(p: DQSheet, rng, days_word="notice", size=8.3):
    p.para(f"**Your right to appeal.** You or someone you choose may ask us for an appeal within 60 days of the date "
           f"of this {days_word}. Call Member Services or write to us. If waiting could seriously harm your child's "
           "health, ask for a fast appeal; we decide fast appeals within 72 hours. If we do not decide in your "
           "favor, you may then ask DMAS for an external medical review within 120 days of our appeal decision. "
           f"Cover Virginia can answer questions about FAMIS enrollment: 1-833-555-{digits(rng, 4)}.", size)


def bd_summary(rng):
    child, parent, ped, pt = people(rng, 4)
    mid = va_id(rng)
    sd = dt.date(2026, rng.choice([4, 5]), rng.randint(3, 24))
    v1 = plus(sd, -rng.randint(50, 60))
    src = [(v1, v1, f"Dr. {ped}", PEDS, "99393 Well-child visit", amount(rng, 180, 260), "paid"),
           (plus(v1, 2), plus(v1, 2), "Lab", "Fairfax Hollow Laboratories", "85025 Blood count", amount(rng, 30, 60),
            "paid"),
           (plus(v1, 9), plus(v1, 30), pt, PT_CLINIC, "97110 Therapeutic exercise x8", amount(rng, 900, 1400),
            "deny"),
           (plus(v1, 21), plus(v1, 21), f"Dr. {ped}", PEDS, "99213 Office visit", amount(rng, 110, 170), "paid")]
    rows, claims = [], []
    for f, t, rend, bill, svc, c, st in src:
        n = clm(rng)
        claims.append(n)
        if st == "deny":
            rows.append([n, fdate(f, "slash"), fdate(t, "slash"), rend, bill, svc, money(c, "nosign"), "0.00",
                         "0.00", "0.00", "22 / OP1"])
        else:
            al = round(c * rng.uniform(0.45, 0.7), 2)
            cop = 5.0 if svc.startswith("99213") else 0.0
            rows.append([n, fdate(f, "slash"), fdate(t, "slash"), rend, bill, svc, money(c, "nosign"),
                         money(al, "nosign"), money(al - cop, "nosign"), money(cop, "nosign"), "45"])
    deny = 2
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("MEMBER CLAIMS SUMMARY  -  FAMIS  -  THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Member", child), ("Medicaid/FAMIS ID", mid), ("Program", "FAMIS"),
                ("Summary date", fdate(sd, "long")), ("Parent/guardian", parent)], [52, 44, 30, 50, 79.4])
    p.capstrip([("Date of birth", fdate(child_dob(rng), "slash")),
                ("Coverage period", f"01/01/2026 - 12/31/2026"), ("Earlier claim (adjusted)", clm(rng)),
                ("Copays this year", "$10.00 of family limit $" + f"{rng.choice([180, 350])}.00")],
               [52, 74, 60, 69.4])
    p.ln(3)
    p.table(["Claim #", "From", "Thru", "Rendering", "Billing provider", "Service", "Billed", "Allowed", "Plan paid",
             "Copay", "Codes"], rows, [27, 17, 17, 38, 47, 40, 16, 15, 15, 11, 12.4], size=7.4,
            aligns=["L", "L", "L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**What the codes mean.** 45: the charge is more than the plan's fee; you do not owe the difference. "
           "22 / OP1: our records show your child also has another health plan through a parent's job. That plan "
           "has to look at this bill and decide on it first. When the therapy group sends us the other plan's "
           "answer, we will look at the bill again. Do not pay the therapy group for this bill while this is open.",
           8.4)
    _rights(p, rng, "summary", 8.2)
    t = truth("eob", "other", insurer=INS, member_id=mid, member_name=child, cases=[claims[deny]],
              claim_amount=m2(src[deny][5]), service_dates=[span(src[deny][0], src[deny][1])],
              denial_date=sd.isoformat(), provider=pt, appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT, "plan_id": ["FAMIS"], "provider": [PT_CLINIC]})
    return out(p), t


def faxstd_nabd(rng):
    child, parent, neuro, ped, md = people(rng, 5)
    mid = va_id(rng)
    nd = dt.date(2026, rng.choice([3, 4]), rng.randint(2, 25))
    dos = plus(nd, -rng.randint(20, 30))
    billed = amount(rng, 1800, 3200)
    c = clm(rng)
    imaging = "Rivanna Bend Imaging Center"
    fax = (f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  TLHP UM DEPT  804-555-{digits(rng, 4)}"
           f"  TO: {imaging.upper()}  PG {{n}}")
    p = DQSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION  -  PROVIDER COPY", 12, "B")
    p.ln(1)
    p.grid([[("Notice date", fdate(nd, "slash")), ("Claim #", c), ("Letter ID", f"NA{digits(rng, 9)}")],
            [("Member name", child), ("Medicaid/FAMIS ID", mid), ("Date of birth", fdate(child_dob(rng), "slash"))],
            [("Parent/guardian", parent), ("Rendering provider", imaging), ("Rendering NPI", digits(rng, 10))],
            [("Ordering provider", f"Dr. {neuro}"), ("Referring (PCP)", f"Dr. {ped}"),
             ("Tax ID", f"54-{digits(rng, 7)}")],
            [("Service", "70553 MRI brain w/ and w/o dye"), ("Date of service", fdate(dos, "slash")),
             ("Billed", money(billed))]], size=8.4, h=10)
    p.checks("Our decision", ["Approved", "Partly approved", "Not approved", "Reduced or stopped"], [2],
             cols=4)
    p.ln(1)
    p.checks("Why (see the explanation below)", REASONS, [0], cols=2)
    p.ln(1)
    p.capbox("Explanation",
             f"An MRI of the brain needs our OK before it is done. We looked for a request from Dr. {neuro} or from "
             f"{imaging} and found none before the scan on {fdate(dos, 'slash')}. No one called or faxed us about it "
             "until the bill came. The earlier authorization on file for this child "
             f"(PA{digits(rng, 8)}, physical therapy, approved) does not include imaging. Because this is a "
             "provider error, the member may not be billed for this service.")
    p.ln(2)
    p.para("The member or the provider with written consent may appeal within 60 days of the date of this notice. "
           "Fast appeals are decided within 72 hours. After our appeal decision, the member may ask DMAS for an "
           "external medical review within 120 days. Providers may also request a reconsideration through the "
           f"provider portal. Reviewer: Dr. {md}, Medical Director. Fax appeals to 804-555-{digits(rng, 4)}.", 8.4)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=mid, member_name=child, cases=[c],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=imaging,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [f"Dr. {neuro}", neuro]})
    return out(p), t


def phone_es(rng):
    child, parent, derm = people(rng, 3)
    mid = va_id(rng)
    ended = dt.date(2026, 2, 28)
    dos = plus(ended, rng.randint(6, 20))
    nd = plus(dos, rng.randint(25, 40))
    billed = amount(rng, 160, 420)
    c = clm(rng)
    clinic = "Clínica de Dermatología Pamunkey"
    p = DQSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Un plan de salud de FAMIS  |  Servicios para Miembros 1-855-555-{digits(rng, 4)}  |  TTY 711",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(3)
    p.line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12.5, "B")
    p.ln(1)
    p.capstrip([("Fecha del aviso", fdate(nd, "long", "es")), ("Número de reclamo", c), ("Número de FAMIS", mid)])
    p.capstrip([("Miembro", child), ("Padre/madre o tutor", parent), ("Cobertura terminó", fdate(ended, "dmy", "es"))])
    p.ln(3)
    p.para(f"Estimado(a) {parent}:", 9.8)
    p.para(f"Recibimos un reclamo de {clinic} por la consulta de {child} con la Dra. {derm} el "
           f"{fdate(dos, 'long', 'es')}. El total facturado es {money(billed)}.", 9.8)
    p.para(f"No podemos pagar este reclamo. Ese día su hijo(a) no tenía FAMIS con nuestro plan: la cobertura "
           f"terminó el {fdate(ended, 'long', 'es')} porque no recibimos la renovación a tiempo. Si usted renovó "
           "después y Cover Virginia le dio cobertura desde una fecha anterior, llámenos y volveremos a mirar el "
           "reclamo.", 9.8)
    p.bar("SU DERECHO A APELAR", 9.4)
    p.para("Usted puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Si la espera pone "
           "en peligro la salud de su hijo(a), pida una apelación rápida (72 horas). Después de nuestra decisión, "
           "puede pedir a DMAS una revisión médica externa dentro de 120 días. Para renovar FAMIS llame a Cover "
           f"Virginia al 1-833-555-{digits(rng, 4)}; fecha de la próxima renovación: {fdate(plus(ended, 365), 'slash')}.",
           9.4)
    p.taglines()
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=child, cases=[c],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=clinic,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [derm]})
    return out(p), t


def rotated_statement(rng):
    child, parent, np_, ped = people(rng, 4)
    mid = va_id(rng)
    dos = dt.date(2026, rng.choice([2, 3, 4]), rng.randint(2, 26))
    bd = plus(dos, rng.randint(35, 50))
    lines = [("99214", "Office visit, established, moderate", amount(rng, 160, 230)),
             ("87880", "Rapid strep test", amount(rng, 28, 45)),
             ("94640", "Nebulizer treatment", amount(rng, 45, 80)),
             ("J7613", "Albuterol inhalation solution", amount(rng, 12, 30))]
    total = round(sum(x[2] for x in lines), 2)
    paid = round(total * 0.52, 2)
    adj = round(total - paid - 5.0, 2)
    rows = [[fdate(dos, "slash"), cpt, desc, money(a, "nosign")] for cpt, desc, a in lines]
    acct = f"{digits(rng, 7)}"
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(PEDS, "CCC", [f"{rng.randint(100, 9800)} Courthouse Rd, Providence Forge VA 231{rng.randint(10, 99)}  |  "
                              f"Billing office 804-555-{digits(rng, 4)}  |  Tax ID 54-{digits(rng, 7)}"],
                box="PATIENT STATEMENT", size=12)
    p.addr_pair("Guarantor", [parent, *address(rng)], "Make checks payable to",
                [PEDS, f"PO Box {rng.randint(2000, 9000)}", f"Richmond VA 232{rng.randint(10, 99)}"])
    p.grid([[("Statement date", fdate(bd, "abbr")), ("Account no.", acct), ("Patient", child)],
            [("Seen by", f"{np_}, CPNP"), ("Supervising physician", f"Dr. {ped}"), ("Group NPI", digits(rng, 10))],
            [("Insurance", f"{INS} (FAMIS)"), ("Member ID", mid), ("Amount due", "$5.00")]], size=8.4)
    p.table(["Date", "Code", "Description", "Charge"], rows, [26, 20, 100, 33.9], size=8.8,
            aligns=["L", "L", "L", "R"])
    p.pairs([("Total charges", money(total)), ("Insurance paid", f"({money(paid, 'nosign')})"),
             ("Contract adjustment", f"({money(adj, 'nosign')})"), ("Copay due from you", "$5.00")], label_w=50,
            size=9.2)
    p.ln(2)
    p.para("Your child's FAMIS plan paid this visit. The amount due is your FAMIS copay. Thank you for choosing "
           "our clinic. Questions about this bill? Call the billing office.", 9)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=child, claim_amount=m2(total),
              service_dates=[span(dos)], denial_date=bd.isoformat(), provider=PEDS, unscored=["insurer"],
              alternates={"provider": [np_], "member_id": [None], "claim_amount": [None]})
    return out(p), t


def lowres_prose(rng):
    child, parent, ot, md = people(rng, 4)
    mid = va_id(rng)
    nd = dt.date(2026, 4, rng.randint(1, 3))
    a = dt.date(2026, 4, 6)
    b = dt.date(2026, 5, 29)
    ref = f"UM{digits(rng, 9)}"
    center = "Appomattox Valley Kids Therapy"
    p = DQSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [f"To the parent or guardian of {child}", parent, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {parent}:", 10)
    p.para(f"We received the request from {ot}, the occupational therapist at {center}, for 16 more visits for "
           f"{child}, from April 6 through May 29, 2026. We approved the first 12 visits in January.", 10)
    p.para("A doctor who reviews therapy requests read the therapy notes from the last six visits. They show that "
           f"{child.split()[0]} now holds a pencil correctly, dresses without help and meets the goals set in "
           "January. The notes do not show new goals that still need a therapist, or that more visits would help "
           "more than the home program the therapist taught you. For that reason we cannot approve these visits.",
           10)
    p.para("You can keep using the home exercises. If your child's needs change, the therapist can send a new "
           "request with new notes at any time.", 10)
    p.para(f"You may ask for an appeal within 60 days of the date of this letter. If waiting could seriously harm "
           f"your child's health, ask for a fast appeal, decided within 72 hours. After our appeal decision you may "
           f"ask DMAS for an external medical review within 120 days. Please give our reference no. {ref} when you "
           f"call 1-855-555-{digits(rng, 4)} (TTY 711). Your child's FAMIS ID is {mid}.", 10)
    p.para(f"Sincerely,\nDr. {md}\nMedical Director, {INS}", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=child, cases=[ref],
              service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=ot,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [center]})
    return out(p), t


def photocopy_appeal(rng):
    child, parent, aud, ent, md = people(rng, 5)
    mid = va_id(rng)
    dos = dt.date(2026, rng.choice([1, 2]), rng.randint(5, 27))
    nd = plus(dos, rng.randint(70, 90))
    billed = amount(rng, 140, 260)
    c = clm(rng)
    apl = f"AP-26-{digits(rng, 6)}"
    practice = "Northern Neck Hearing Center"
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Appeals Unit")
    p.line("NOTICE OF APPEAL RESOLUTION", 12.5, "B")
    p.ln(1)
    p.grid([[("Date of this notice", fdate(nd, "upper")), ("Appeal #", apl), ("Claim #", c)],
            [("Member", child), ("Medicaid/FAMIS ID", mid), ("Appeal filed by", f"{parent} (parent)")],
            [("Provider", practice), ("Audiologist", f"{aud}, AuD"), ("Referred by", f"Dr. {ent}")],
            [("Date of service", fdate(dos, "slash")), ("Code billed", "92557"), ("Billed amount", money(billed))],
            [("Appeal received", fdate(plus(nd, -24), "slash")), ("Type", "Standard"),
             ("NPI", digits(rng, 10))]], size=8.4, h=10)
    p.checks("Appeal decision", ["We changed it: approved", "We changed part of it",
                                 "We did not change our decision"], [2], cols=3)
    p.ln(1)
    p.checks("Reason", ["Nobody asked us to approve it before the care", "The records do not show it was needed",
                        "The code billed does not match the care given", "Other (explained below)"], [2], cols=2)
    p.ln(1)
    p.capbox("What we found",
             "The bill lists a full hearing test with speech testing. The audiologist's notes for that day show a "
             "short pure-tone screening only; there is no speech testing in the record. A screening is paid under "
             "a different code. The practice can send a corrected bill with the code for the test that was done, "
             "and we will pay it. The appeal reviewer is an audiologist who did not make the first decision.")
    p.ln(2)
    p.para("**What happens next.** This ends our internal appeal. If you disagree, you may ask DMAS for an external "
           "medical review within 120 days of the date of this notice. Call DMAS or write to the address on the "
           "enclosed form. Your child will keep getting other FAMIS services during the review.", 8.8)
    p.para(f"Dr. {md}, Medical Director  |  Appeals Unit 1-855-555-{digits(rng, 4)}  |  TTY 711", 8.6)
    t = truth("denial_letter", "coding_error", insurer=INS, member_id=mid, member_name=child, cases=[apl, c],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=practice,
              appeal_deadline=None,
              alternates={"insurer": ALT, "provider": [aud], "case_numbers": [[apl], [c]]})
    return out(p), t


def finefax_stack(rng):
    child, parent, slp, ped = people(rng, 4)
    mid = va_id(rng)
    ad = dt.date(2026, 5, rng.randint(4, 14))
    auth = f"PA{digits(rng, 8)}"
    st, en = plus(ad, 5), plus(ad, 95)
    p = DQSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("APPROVAL NOTICE", 12, "B")
    p.pairs([("Date", fdate(ad, "long")), ("Member", child), ("FAMIS ID", mid), ("Authorization number", auth),
             ("Provider", "Rappahannock Speech Works"), ("Therapist", f"{slp}, CCC-SLP"),
             ("Approved", "Speech therapy, 24 visits"), ("Dates", f"{fdate(st, 'slash')} to {fdate(en, 'slash')}")],
            label_w=48, size=9.4)
    p.ln(2)
    p.para("We approved these visits. The therapist will schedule them with you. You do not need to do anything.",
           9.6)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=child, cases=[auth],
                          service_dates=[span(st, en)], denial_date=ad.isoformat(),
                          provider="Rappahannock Speech Works",
                          alternates={"insurer": ALT, "case_numbers": [[]], "service_dates": [[]], "provider": [slp]}))
    child2, parent2, er = people(rng, 3)
    mid2 = va_id(rng)
    dos = dt.date(2026, 1, rng.randint(2, 27))
    recvd = plus(dos, rng.randint(118, 135))
    nd = plus(recvd, rng.randint(10, 18))
    billed = amount(rng, 700, 1500)
    c = clm(rng)
    hosp = "Dinwiddie Crossing Hospital"
    q = DQSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12, "B")
    q.pairs([("Date", fdate(nd, "long")), ("Member", child2), ("FAMIS ID", mid2), ("Claim number", c),
             ("Provider", hosp), ("Date of service", fdate(dos, "slash")), ("Amount billed", money(billed)),
             ("Date we got the bill", fdate(recvd, "slash"))], label_w=48, size=9.4)
    q.ln(2)
    q.para(f"Dear {parent2}:", 9.8)
    q.para(f"{hosp} sent us a bill for the emergency room visit of {child2} with Dr. {er}. We got the bill about four "
           "months after the visit. Hospitals that work with our plan agree to send their bills to us no later "
           "than 90 days after the care; this one came in after that window, so we will not pay it. The hospital cannot bill you for "
           "it.", 9.8)
    q.para(f"You may ask for an appeal within 60 days of the date of this notice by calling 1-855-555-{digits(rng, 4)} "
           "(TTY 711). Fast appeals are decided within 72 hours. After our decision you may ask DMAS for an external "
           "medical review within 120 days.", 9.2)
    doc2 = (out(q), truth("denial_letter", "timely_filing", insurer=INS, member_id=mid2, member_name=child2,
                          cases=[c], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
                          provider=hosp, appeal_deadline=plus(nd, 60).isoformat(),
                          alternates={"insurer": ALT, "provider": [er]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_claims_summary_four_rows_other_plan_first_carc22", "born_digital", [bd_summary(rng)]),
        Item(F + "faxstd_boxed_nabd_provider_copy_mri_nobody_asked_before", "fax_standard_g4", [faxstd_nabd(rng)]),
        Item(F + "phone_es_aviso_cobertura_no_activa_ese_dia", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_pediatric_practice_statement_nothing_denied", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_prose_ot_visits_records_do_not_show_need", "scan_lowres_150", [lowres_prose(rng)]),
        Item(F + "photocopy_boxed_appeal_resolution_hearing_test_code_mismatch", "photocopy",
             [photocopy_appeal(rng)]),
        Item(F + "finefax_stack_cover_speech_approval_then_late_bill_turned", "fax_fine_g4", finefax_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
