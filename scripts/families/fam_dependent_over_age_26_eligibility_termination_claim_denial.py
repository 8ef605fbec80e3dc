"""An invented commercial plan (Kestrel Point Health Plan) denying claims for a dependent child whose coverage
ended at the end of the month in which she or he turned 26 (the plan's own rule, invented here), with the
provider's statement and a COBRA continuation election notice that denies nothing. COBRA appears as itself;
the plan, employer, providers, people, numbers, addresses, phones and amounts are invented, and so are the time
limits and remark codes.

Documents (8 in 7 files):
- bd_eob_three_claims_one_after_age_out: a member EOB for the dependent, three claims with two-digit-year service
  ranges and a "Rendering NPI / Name" column, the claim after the coverage end denied; DOB, plan year, coverage end
  and the subscriber as decoys.
- faxstd_caption_boxes_pt_visits_range: captioned boxes on a standard fax, physical therapy "from March 2 through
  March 6, 2026" at a group practice with the therapist under it; referring doctor, received date, prior
  authorization number (issued before age-out) and the next appointment as decoys.
- phone_spanish_dermatology_visit: Spanish denial, the visit date day-first ("05/03/2026") in a box and spelled
  out in the text.
- rotated_provider_statement_balance_transferred: the clinic's statement (letterhead and a different remit-to
  billing address), three rows, the insurance denial moved to patient balance; denies nothing.
- lowres_cobra_election_notice: a COBRA continuation election notice (denies nothing): 60-day election, 45-day
  first premium, 36 months, premium amounts.
- photocopy_appeal_upheld_prose_provider: an upheld appeal, the provider only in prose, signed by the medical
  director; appeal number with dashes, claim number and an earlier reference.
- finefax_stack_remit_paid_to_then_member_letter_turned: a provider claim notice naming the lab only in its
  "Paid to" line, the duplex blank back, then a member letter on an urgent care visit fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddm_famdme import RIGHTS_TAGS, DMSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "dependent_over_age_26_eligibility_termination_claim_denial"
LANG = "en"
SEED = 352400
INS = "Kestrel Point Health Plan"
ALT_INS = ["Kestrel Point Health", "Kestrel Point"]
EMPLOYER = "Tamworth Valve & Fitting Co."


def ids(rng):
    """(member ID of the dependent, group, plan code)."""
    base = f"KPH{digits(rng, 9)}"
    return f"{base}-03", f"{rng.randint(30, 89)}-{digits(rng, 5)}", f"KP-PPO-{rng.choice(['2600', '2610', '2625'])}"


def claim(rng):
    return f"26{digits(rng, 3)}-{digits(rng, 6)}"


def dob26(rng, month):
    """A date of birth 26 years before a day in `month` of 2026; coverage ends on that month's last day."""
    b = dt.date(2000, month, rng.randint(3, 24))
    end = dt.date(2026, month + 1, 1) - dt.timedelta(days=1)
    return b, end


def _head(p: DMSheet, rng, unit: str = "Member Services"):
    p.f(14, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(2100, 9800)}, Concord NH 033{rng.randint(10, 99)}  |  "
                 f"1-888-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def bd_eob(rng):
    mem, sub = person(rng)[0], person(rng)[0]
    mid, grp, plan = ids(rng)
    b, end = dob26(rng, 1)
    nd = dt.date(2026, 3, rng.randint(16, 25))
    a1 = dt.date(2026, 1, rng.randint(5, 10))
    a2 = dt.date(2026, 1, rng.randint(14, 20))
    d3 = dt.date(2026, 2, rng.randint(9, 13))
    e3 = plus(d3, 3)
    docs = [person(rng)[0] for _ in range(3)]
    rows, bills, cl = [], [], []
    spans = [(a1, a1), (a2, plus(a2, 1)), (d3, e3)]
    for i, (s, e) in enumerate(spans):
        bl = amount(rng, 140, 420) if i < 2 else amount(rng, 880, 1600)
        bills.append(bl)
        c = claim(rng)
        cl.append(c)
        rng_txt = fdate(s, "short") if s == e else f"{fdate(s, 'short')}-{fdate(e, 'short')}"
        npi = f"{digits(rng, 10)} / {docs[i]}"
        if i == 2:
            rows.append([c, rng_txt, npi, money(bl, "nosign"), "0.00", "0.00", money(bl, "nosign"), "E26"])
        else:
            al = round(bl * 0.62, 2)
            paid = round(al * 0.8, 2)
            rows.append([c, rng_txt, npi, money(bl, "nosign"), money(al, "nosign"), money(paid, "nosign"),
                         money(al - paid, "nosign"), "A1"])
    p = DMSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12, "B")
    p.ln(1)
    p.grid([[("Patient", mem), ("Member ID", mid), ("Statement date", fdate(nd, "long"))],
            [("Subscriber", sub), ("Group", grp), ("Plan", plan)],
            [("Patient date of birth", fdate(b, "slash")), ("Plan year", "01/01/2026 - 12/31/2026"),
             ("Dependent coverage ended", fdate(end, "slash"))]], size=8.8)
    p.table(["Claim #", "Service dates", "Rendering NPI / Name", "Billed", "Allowed", "Plan paid", "You owe", "Code"],
            rows, [26, 30, 56, 18, 18, 16, 16, 12], size=7.8, aligns=["L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**Codes.** A1 Paid under your plan's in-network benefit. E26 Not covered: the patient was not eligible "
           "on the date of service. Under your employer's plan, a child is covered as a dependent until the last day "
           "of the month in which the child turns 26. The provider may bill you for this amount. You may be able to "
           "continue coverage under COBRA; see the election notice mailed separately.", 8.6)
    p.para("**Appeals.** You may appeal within 180 days of the date of this statement. Send the claim number and any "
           "records showing the patient was eligible (for example, a disabled dependent certification). Urgent "
           "appeals are decided within 72 hours.", 8.6)
    t = truth("eob", "eligibility", insurer=INS, plan_id=plan, group=grp, member_id=mid, member_name=mem,
              cases=[cl[2]], claim_amount=m2(bills[2]), service_dates=[span(d3, e3)], denial_date=nd.isoformat(),
              provider=docs[2], appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT_INS, "plan_id": [None]})
    return out(p), t


def faxstd_boxes(rng):
    mem = person(rng)[0]
    mid, grp, plan = ids(rng)
    b, end = dob26(rng, 2)
    nd = dt.date(2026, 4, rng.randint(6, 15))
    s, e = dt.date(2026, 3, 2), dt.date(2026, 3, 6)
    billed = amount(rng, 640, 980)
    c = claim(rng)
    auth = f"PA {digits(rng, 4)} {digits(rng, 4)}"
    group_prac = "Tidewater Physical Therapy Associates"
    pt, ref = person(rng)[0], person(rng)[0]
    fax = f"{nd.month:02d}/{nd.day:02d}/26 16:{rng.randint(10, 59)} KESTREL POINT HP 603-555-{digits(rng, 4)} PG {{n}}"
    p = DMSheet(footer=None, fax_hdr=fax)
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Claims Review")
    p.line("NOTICE OF CLAIM DENIAL", 11.5, "B")
    p.ln(1)
    p.grid([[("Member ID", mid), ("Group no.", grp), ("Notice date", fdate(nd, "abbr"))],
            [("Patient", mem), ("Date of birth", fdate(b, "slash")), ("Claim no.", c)],
            [("Received", fdate(plus(e, 9), "slash")), ("Billed", money(billed)), ("Prior auth. (issued 01/2026)", auth)]],
           size=9, cap=6)
    p.para(f"Dear {mem}:", 9.6)
    p.para(f"We received a claim from {group_prac} for physical therapy you received from {pt}, PT, DPT, from "
           f"{fdate(s, 'long').replace(', 2026', '')} through {fdate(e, 'long')}. You were referred by "
           f"Dr. {ref}.", 9.6)
    p.para(f"We cannot pay this claim. You were covered as a dependent child of an employee of {EMPLOYER}. "
           "Dependent children are covered until the last day of the month in which they turn 26. Your coverage "
           f"ended on {fdate(end, 'long')}, before these visits. The prior authorization above was approved while you "
           "were covered; an approval does not extend coverage.", 9.6)
    p.para(f"Your next therapy visit on {fdate(plus(nd, 5), 'slash')} will not be covered either unless you elect "
           "COBRA continuation coverage or enroll in other coverage.", 9.6)
    p.para("**Your right to appeal.** You may appeal within 180 days of the date of this notice. Send the claim "
           "number and your reasons. If you are disabled and were dependent on the employee, ask us about a disabled "
           "dependent certification.", 9.6)
    for tg in RIGHTS_TAGS[:2]:
        p.para(tg, 7, gap=0.4)
    t = truth("denial_letter", "eligibility", insurer=INS, group=grp, member_id=mid, member_name=mem, cases=[c],
              claim_amount=m2(billed), service_dates=[span(s, e)], denial_date=nd.isoformat(), provider=group_prac,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT_INS, "provider": [pt], "case_numbers": [[c, auth.replace(" ", "")]]})
    return out(p), t


def phone_spanish(rng):
    mem = person(rng)[0]
    mid, grp, plan = ids(rng)
    b, end = dob26(rng, 2)
    nd = dt.date(2026, 3, rng.randint(23, 30))
    vd = dt.date(2026, 3, rng.randint(3, 11))
    billed = amount(rng, 180, 390)
    c = claim(rng)
    clinic = "Clínica Dermatológica Ribera Norte"
    p = DMSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("AVISO DE DENEGACIÓN DE RECLAMACIÓN", 12, "B")
    p.ln(1)
    p.pairs([("Fecha del aviso", fdate(nd, "long", "es")), ("Paciente", mem), ("Número de miembro", mid),
             ("Grupo", grp), ("Número de reclamación", c), ("Fecha de servicio", fdate(vd, "dmy", "es")),
             ("Proveedor", clinic), ("Cargos facturados", money(billed)),
             ("Fecha de nacimiento", fdate(b, "dmy", "es"))], label_w=52, size=9.3)
    p.ln(3)
    p.para(f"Estimado(a) {mem}:", 9.8)
    p.para(f"Recibimos la reclamación de {clinic} por su consulta del {fdate(vd, 'long', 'es')}. No podemos pagarla. "
           "Usted estaba cubierto(a) como hijo(a) dependiente de un empleado. Los hijos dependientes tienen cobertura "
           "hasta el último día del mes en que cumplen 26 años. Su cobertura terminó el "
           f"{fdate(end, 'long', 'es')}, antes de la fecha de servicio.", 9.8)
    p.para("**Si no está de acuerdo.** Puede apelar dentro de 180 días a partir de la fecha de este aviso. Si su "
           "caso es urgente, pida una apelación acelerada (72 horas).", 9.8)
    p.para("Kestrel Point Health Plan - Departamento de Reclamaciones", 9.8)
    p.ln(2)
    for tg in RIGHTS_TAGS:
        p.para(tg, 7, gap=0.4)
    t = truth("denial_letter", "eligibility", insurer=INS, group=grp, member_id=mid, member_name=mem, cases=[c],
              claim_amount=m2(billed), service_dates=[span(vd)], denial_date=nd.isoformat(), provider=clinic,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es", alternates={"insurer": ALT_INS})
    return out(p), t


def rotated_statement(rng):
    mem = person(rng)[0]
    mid, grp, plan = ids(rng)
    sd = dt.date(2026, 5, rng.randint(4, 12))
    clinic = "Harrow Lane Family Medicine"
    rows, charges = [], []
    d1 = dt.date(2026, 1, rng.randint(12, 20))
    d2 = dt.date(2026, 3, 2)
    d2e = dt.date(2026, 3, 6)
    d3 = dt.date(2026, 4, rng.randint(7, 14))
    for i, (s, e, what) in enumerate([(d1, d1, "Office visit 99214"), (d2, d2e, "Allergy testing series"),
                                      (d3, d3, "Office visit 99213")]):
        ch = amount(rng, 160, 260) if i != 1 else amount(rng, 690, 940)
        charges.append(ch)
        when = fdate(s, "dmy") if s == e else f"{fdate(s, 'dmy')} to {fdate(e, 'dmy')}"
        if i == 0:
            rows.append([when, what, money(ch), "Ins paid " + money(round(ch * 0.55, 2)), money(round(ch * 0.12, 2))])
        elif i == 1:
            rows.append([when, what, money(ch), "Ins denied: not eligible", money(ch)])
        else:
            rows.append([when, what, money(ch), "Self-pay", money(ch)])
    acct = f"{digits(rng, 7)}"
    p = DMSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(15, "B")
    p.cell(0, 7, clinic, new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, f"{rng.randint(100, 980)} Harrow Ln, Manchester NH 031{rng.randint(10, 99)}  |  603-555-{digits(rng, 4)}"
                 f"  |  NPI {digits(rng, 10)}", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)
    p.line("PATIENT STATEMENT", 11, "B")
    p.ln(1)
    p.pairs([("Statement date", fdate(sd, "slash")), ("Patient", mem), ("Account no.", acct),
             ("Insurance on file", f"{INS}  {mid}  (termed)"),
             ("Remit to", f"HLFM Billing Office, PO Box {rng.randint(1000, 9000)}, Nashua NH 030{rng.randint(10, 99)}")],
            label_w=38, size=9.2)
    p.ln(3)
    p.table(["Date(s) of service", "Description", "Charges", "Insurance", "Your balance"], rows, [50, 44, 24, 38, 24],
            size=8.6)
    p.para(f"Your insurer, {INS}, denied the allergy testing because your coverage as a dependent ended before those "
           "dates. The charge has been moved to your balance. If you have other coverage for those dates, call our "
           "billing office with the new insurance information. Payment is due within 30 days of the statement date.",
           9.2)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=mem, claim_amount=m2(charges[1]),
              service_dates=[span(d2, d2e)], denial_date=sd.isoformat(), provider=clinic, unscored=["insurer"],
              alternates={"claim_amount": [None], "service_dates": [[span(d1), span(d2, d2e), span(d3)]]})
    return out(p), t


def lowres_cobra(rng):
    mem, sub = person(rng)[0], person(rng)[0]
    mid, grp, plan = ids(rng)
    b, end = dob26(rng, 4)
    nd = dt.date(2026, 5, rng.randint(4, 12))
    prem = amount(rng, 610, 760)
    p = DMSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, "COBRA Administration")
    p.line("NOTICE OF RIGHT TO ELECT COBRA CONTINUATION COVERAGE", 11.5, "B")
    p.ln(1)
    p.pairs([("Date of notice", fdate(nd, "long")), ("Qualified beneficiary", mem), ("Member ID", mid),
             ("Covered employee", sub), ("Employer / group", f"{EMPLOYER} / {grp}"),
             ("Qualifying event", "Loss of dependent child status (age 26)"),
             ("Coverage ends", fdate(end, "long")), ("Election deadline", fdate(plus(nd, 60), "long"))],
            label_w=48, size=9.4)
    p.ln(2)
    p.para(f"You are getting this notice because your coverage under the {EMPLOYER} group health plan, insured by "
           f"{INS}, ends on {fdate(end, 'long')}, the last day of the month in which you turn 26. Federal law (COBRA) "
           "lets you keep the same coverage for up to 36 months if you elect it and pay the premium.", 9.6)
    p.para(f"To elect, return the election form by the election deadline above (60 days from the date of this notice "
           f"or the date coverage ends, whichever is later). Your monthly premium is {money(prem)}. The first payment "
           "is due within 45 days after you elect; later payments have a 30-day grace period.", 9.6)
    p.para("If you elect COBRA, coverage is continuous from the day after your coverage ends, and claims for care "
           "received in the meantime will be paid once your election and first premium are received. You may also "
           "be able to buy coverage through the Health Insurance Marketplace.", 9.6)
    p.para("Kestrel Point Health Plan, COBRA Administration", 9.6)
    t = truth("other", None, insurer=INS, group=grp, member_id=mid, member_name=mem, denial_date=nd.isoformat(),
              alternates={"insurer": ALT_INS})
    return out(p), t


def photocopy_appeal(rng):
    mem = person(rng)[0]
    mid, grp, plan = ids(rng)
    b, end = dob26(rng, 1)
    nd = dt.date(2026, 5, rng.randint(18, 28))
    vd = dt.date(2026, 2, rng.randint(10, 26))
    billed = amount(rng, 310, 690)
    apl = f"GA-26-{digits(rng, 4)}-{rng.randint(10, 99)}"
    c = claim(rng)
    old = f"CS-{digits(rng, 7)}"
    doc = person(rng)[0]
    uc = "Breakwater Urgent Care"
    md = person(rng)[0]
    p = DMSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, "Appeals and Grievances")
    p.para(fdate(nd, "long"), 10)
    for ln in [mem, f"{rng.randint(100, 9800)} Sycamore Ave", f"Keene NH 034{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"**Appeal {apl}  |  Claim {c}  |  Member ID {mid}**", 9.6)
    p.para(f"Dear {mem}:", 10)
    p.para(f"We have reviewed your appeal of our decision not to pay for the care Dr. {doc} gave you at {uc} on "
           f"{fdate(vd, 'long')}, billed at {money(billed)}. You first called us about this claim on "
           f"{fdate(plus(vd, 30), 'long')} (call reference {old}).", 10)
    p.para(f"Our decision is unchanged: the denial is upheld. You were enrolled as a dependent child, and dependent "
           f"coverage ends on the last day of the month in which the child turns 26. Your date of birth is "
           f"{fdate(b, 'slash')}, so your coverage ended on {fdate(end, 'long')}. We found no disabled dependent "
           "certification or other coverage under this plan for the date of care.", 10)
    p.para("You may ask for a second-level appeal within 60 days of the date of this letter. You may also ask for an "
           "external review within 4 months. We will not end any coverage you have now while an appeal is open.", 10)
    p.para(f"Sincerely,\n\n{md}, MD\nMedical Director, {INS}", 10)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=mem, cases=[apl, c],
              claim_amount=m2(billed), service_dates=[span(vd)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT_INS, "provider": [uc], "case_numbers": [[apl], [c]]})
    return out(p), t


def finefax_stack(rng):
    mem = person(rng)[0]
    mid, grp, plan = ids(rng)
    b, end = dob26(rng, 3)
    rd = dt.date(2026, 5, rng.randint(4, 10))
    ld = dt.date(2026, 4, rng.randint(6, 14))
    lab = "Quillback Clinical Laboratory, Inc."
    billed = amount(rng, 240, 560)
    c = claim(rng)
    fax1 = f"{rd.month}/{rd.day}/26 11:{rng.randint(10, 59)}  KPH PROVIDER SVCS  603-555-{digits(rng, 4)}  P.{{n}}"
    p = DMSheet(footer=None, fax_hdr=fax1)
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Provider Services")
    p.line("PROVIDER CLAIM NOTICE", 11.5, "B")
    p.pairs([("Notice date", fdate(rd, "slash")), ("Paid to", f"{lab}  (TIN {digits(rng, 2)}-{digits(rng, 7)})"),
             ("Payment amount", "$0.00"), ("Check / EFT", "none issued")], label_w=38, size=9.2)
    p.ln(2)
    p.table(["Patient", "Member ID", "Claim no.", "DOS", "Billed", "Paid", "Reason"],
            [[mem, mid, c, fdate(ld, "short"), money(billed, "nosign"), "0.00", "27"]], [34, 36, 28, 18, 20, 14, 30],
            size=8.2)
    p.para("Reason 27: expenses incurred after coverage terminated. The patient's dependent coverage ended on "
           f"{fdate(end, 'slash')}. You may bill the patient. A provider may request reconsideration within 90 days "
           "of the date of this notice.", 9.2)
    doc1 = (out(p), truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=mem, cases=[c],
                          claim_amount=m2(billed), service_dates=[span(ld)], denial_date=rd.isoformat(), provider=lab,
                          appeal_deadline=plus(rd, 90).isoformat(), type_alternates=["eob"],
                          alternates={"insurer": ALT_INS}))
    nd = dt.date(2026, 5, rng.randint(18, 26))
    ud = dt.date(2026, 4, rng.randint(18, 27))
    billed2 = amount(rng, 190, 420)
    c2 = claim(rng)
    uc = "Pine Hollow Urgent Care"
    fax2 = f"{nd.month}/{nd.day}/26 08:{rng.randint(10, 59)}  KESTREL POINT HP  603-555-{digits(rng, 4)}  P.{{n}}"
    q = DMSheet(footer=None, fax_hdr=fax2)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.line(f"Date: {fdate(nd, 'long')}", 9.5)
    q.ln(2)
    q.pairs([("Member", mem), ("Member ID", mid), ("Group", grp), ("Claim", c2), ("Date of service", fdate(ud, "slash")),
             ("Provider", uc), ("Amount billed", money(billed2))], label_w=40, size=9.4)
    q.ln(2)
    q.para(f"We did not pay the claim from {uc}. Your coverage as a dependent child ended on {fdate(end, 'long')}, the "
           "last day of the month in which you turned 26. The visit notes ask you to return for a follow-up on "
           f"{fdate(plus(ud, 14), 'slash')}; that visit would not be covered either.", 9.6)
    q.para("You may appeal within 180 days of the date of this letter.", 9.6)
    q.para("Kestrel Point Health Plan Claims", 9.6)
    doc2 = (out(q), truth("denial_letter", "eligibility", insurer=INS, group=grp, member_id=mid, member_name=mem,
                          cases=[c2], claim_amount=m2(billed2), service_dates=[span(ud)], denial_date=nd.isoformat(),
                          provider=uc, appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT_INS}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_three_claims_one_after_age_out", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_caption_boxes_pt_visits_range", "fax_standard_g4", [faxstd_boxes(rng)]),
        Item(F + "phone_spanish_dermatology_visit", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_provider_statement_balance_transferred", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_cobra_election_notice", "scan_lowres_150", [lowres_cobra(rng)]),
        Item(F + "photocopy_appeal_upheld_prose_provider", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "finefax_stack_remit_paid_to_then_member_letter_turned", "fax_fine_g4", finefax_stack(rng),
             separators=["duplex", None], turns={(1, 0): 180}),
    ]
