"""An invented commercial plan (Penhallow Ridge Health Plan) refusing specialty drug claims of an invented home
infusion company (Brindlewood Home Infusion) that bills through a separate billing service (Corvallan Billing
Partners): clotting factor for hemophilia and enzyme replacement therapy for Gaucher, Fabry and Pompe disease given
at home. HCPCS/CPT codes (J7192, J7195, J1786, J0180, J0221, S9345, S9357, 99601, 99602, A9901) appear as
themselves; the plan, the company, the billing service, the plan's specialty pharmacy (Sablecrest Specialty
Pharmacy), the employer, every doctor, person, number, remark code, form, address and time limit is invented. No
heading names the kind of denial; the reason is said only in its own words.

Documents (8 in 7 files):
- faxstd_determination_factor_viii_bleed_doses_not_needed: a provider-copy determination form on a standard fax
  with short captions left of, above and below the boxes ("Dt of Notice" in ISO form, "Ref/ICN", "Mbr ID", "Grp",
  "Svc Dt(s)", "Amt Billed", "Rx/Order #", "Inv #", "Billed by"), four lines with billed / allowed / paid / mbr owes,
  the six bleed doses refused under MN3 because the bleed log shows no bleeds.
- born_digital_eob_gaucher_drug_not_from_plan_specialty_pharmacy: a member EOB with a sidebar box at the left: two
  home infusions, nursing and per diem paid, the imiglucerase lines 0.00 because the plan buys the drug only through
  its own specialty pharmacy; deductible and out-of-pocket figures and the billing service's invoice as decoys;
  "You have until <date> to appeal".
- photocopy_fabry_infusions_started_without_approval: a letter to the member (a tilted RECEIVED stamp of the company
  with its own date) on two agalsidase beta infusions nobody asked the plan to approve first; the doctor, the
  company and the billing service only in sentences; the refused amount only in a sentence; "no later than 90
  calendar days after you receive this letter".
- phone_es_reclamo_duplicado_factor_ix_hijo: a photographed two-column Spanish letter to a mother: the billing service
  sent her son's factor IX claim a second time (the earlier paid claim number as a decoy; "US$ 9.876,40"-style
  amounts beside the US form).
- rotated_billing_service_statement_after_plan_paid: the billing service's statement for the company, fed sideways:
  the plan paid, the member owes the coinsurance (denies nothing).
- lowres_pompe_claim_past_90_day_limit: a 150 dpi letter to the company (care of the billing service) on an
  alglucosidase alfa infusion claimed after the contract's 90 days; the refused amount only in a sentence;
  "accepted for 60 days from the date above".
- finefax_stack_courier_charges_then_after_coverage_sideways: a letter refusing courier and cold-pack charges as
  not part of any benefit (a shipment tracking number as a decoy), its blank duplex back, then, fed sideways, a
  notice with captions above boxes on factor shipped after the member's job-based coverage ended.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundea_famea import EASheet, es_money, fd, people
from public_kit import amount, digits, m2, money, out, plus, truth

FAMILY = "home_infusion_factor_and_enzyme_claims_sent_by_billing_service"
LANG = "en"
SEED = 355000
INS = "Penhallow Ridge Health Plan"
ALT = ["Penhallow Ridge", "Penhallow Ridge Health Plan, Inc."]
HI = "Brindlewood Home Infusion"
BS = "Corvallan Billing Partners"
SP = "Sablecrest Specialty Pharmacy"
EMPLOYER = "Tillbrook Castings Co."
GROUP = "0048213"
PLAN = "PRHP-PPO-2500"


def address(rng):
    city, st_, z = rng.choice([("Spokane", "WA", "992"), ("Yakima", "WA", "989"), ("Boise", "ID", "837"),
                               ("Pendleton", "OR", "978"), ("Kennewick", "WA", "993"), ("Lewiston", "ID", "835")])
    st = rng.choice(["Basalt Ridge Rd", "Larch Hollow Ln", "E Coulee Ave", "Sagebrush Ct", "Wheatfield Dr",
                     "Old Ferry Rd"])
    return [f"{rng.randint(100, 9899)} {st}", f"{city}, {st_} {z}{rng.randint(10, 99)}"]


def mid(rng):
    return f"PRH{digits(rng, 9)}"


def claim_no(rng):
    return f"26-{digits(rng, 4)}-{digits(rng, 5)}"


def inv(rng):
    return f"CBP-{digits(rng, 6)}"


def npi(rng):
    return digits(rng, 10)


def phone(rng, area="800"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng, lo=1958, hi=2002):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: EASheet, rng, unit="Specialty Drug Management"):
    p.logo_head(INS, "PRHP", [f"{unit}  |  PO Box {rng.randint(2000, 9800)}, Spokane, WA 99220-{digits(rng, 4)}",
                              f"Member Services {phone(rng)}  |  Provider Services {phone(rng, '888')}  |  "
                              f"TTY 711  |  Fax {phone(rng, '509')}"], size=13)


def faxstd_determination(rng):
    member, doc, rn = people(rng, 3)
    m, n = mid(rng), claim_no(rng)
    a = dt.date(2026, 3, 2)
    b = dt.date(2026, 3, 31)
    nd = plus(b, rng.randint(16, 30))
    dose = 3000
    price = round(rng.uniform(1.15, 1.4), 2)
    pro = round(12 * dose * price, 2)
    bleed = round(6 * dose * price, 2)
    perdiem = round(30 * rng.choice([42.0, 45.5, 48.0]), 2)
    nurse = amount(rng, 210, 280)
    lines = [("1", "J7192", "Factor VIII recomb, prophylaxis (12 x 3,000 IU)", "36000", pro, round(pro * 0.8, 2), ""),
             ("2", "J7192", "Factor VIII recomb, bleed doses (6 x 3,000 IU)", "18000", bleed, 0.0, "MN3"),
             ("3", "S9345", "Home infusion per diem, anti-hemophilic", "30", perdiem, round(perdiem * 0.8, 2), ""),
             ("4", "99601", "Home infusion nursing visit, first 2 hr", "1", nurse, round(nurse * 0.8, 2), "")]
    tot = round(sum(x[4] for x in lines), 2)
    rows, t4 = [], [0.0, 0.0, 0.0, 0.0]
    for ln, code, desc, units, bl, al, rmk in lines:
        paid = round(al * 0.9, 2)
        owe = round(al - paid, 2)
        vals = [bl, al, paid, owe]
        t4 = [x + y for x, y in zip(t4, vals)]
        rows.append([ln, code, desc, units, *[money(v, "nosign") for v in vals], rmk])
    rows.append(["", "", "Claim total", "", *[money(v, "nosign") for v in t4], ""])
    fax = f"{fd(nd, 'short')} 14:{rng.randint(10, 59)}  PRHP SPECIALTY RX REVIEW  {phone(rng, '509')}  p{{n}}/1"
    p = EASheet(footer=None, fax_hdr=fax)
    p.set_margins(12, 12, 12)
    p.add_page()
    _head(p, rng)
    p.title_bar("SPECIALTY DRUG CLAIM DETERMINATION - PROVIDER COPY", "Form PR-SD-14  |  Sent to the billing "
                "address on the claim")
    W = 191.9
    p.capform([
        [("Dt of Notice", fd(nd, "iso"), "left", W * 0.4), ("Ref/ICN", n, "left", W * 0.6)],
        [("Mbr ID", m, "above", W * 0.27), ("Grp", GROUP, "above", W * 0.14), ("Mbr Name", member, "above", W * 0.39),
         ("DOB", fd(dob(rng), "slash"), "above", W * 0.2)],
        [("Svc Dt(s)", f"{fd(a, 'slash')} - {fd(b, 'slash')}", "below", W * 0.3),
         ("Amt Billed", money(tot), "below", W * 0.22), ("Rx/Order #", digits(rng, 7), "below", W * 0.2),
         ("Inv #", inv(rng), "below", W * 0.28)],
        [("Rendering", HI, "left", W * 0.36), ("Billed by", BS, "left", W * 0.36),
         ("NPI", npi(rng), "left", W * 0.28)],
        [("Prescriber", f"Dr. {doc}", "left", W * 0.5), ("Tax ID", f"{digits(rng, 2)}-{digits(rng, 7)}", "left",
                                                         W * 0.5)]], cap=5.6, size=8.4)
    p.table(["Ln", "Code", "Description", "Units", "Billed", "Allowed", "Paid", "Mbr Owes", "Rmk"], rows,
            [8, 15, 70, 14, 20, 19, 19, 16, 10.9], size=7.6, aligns=["C", "L", "L", "R", "R", "R", "R", "R", "C"],
            bold_last=True)
    p.para(f"**Rmk MN3.** Dr. {doc}'s order is 3,000 IU three times a week to prevent bleeds, plus extra doses "
           "for a bleed. The bleed log sent with the claim lists no bleeds from March 2 to March 31, 2026, so the "
           "six doses shipped for bleeds were not needed that month. The prophylaxis doses, the per diem and the "
           f"nursing visit are paid. Reviewed by {rn}, RN, and a plan pharmacist.", 8.4)
    p.para("Reconsideration: send the bleed log, infusion records or a corrected claim within 180 days of the "
           f"Dt of Notice. Expedited requests: decided within 72 hours. Questions: {phone(rng, '888')}.", 8.4)
    t = truth("eob", "medical_necessity", insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(tot), service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(),
              provider=HI, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [f"Dr. {doc}"], "claim_amount": [m2(bleed)]},
              type_alternates=["denial_letter"])
    return out(p), t


def born_eob(rng):
    member, doc, rn = people(rng, 3)
    m, n = mid(rng), claim_no(rng)
    d1 = dt.date(2026, 3, rng.randint(2, 6))
    d2 = plus(d1, 14)
    sd = plus(d2, rng.randint(18, 28))
    dl = plus(sd, 180)
    units = rng.choice([360, 400, 420, 480])
    rate = round(rng.uniform(62, 74), 2)
    rows_spec = []
    for d in (d1, d2):
        drug = round(units * rate, 2)
        pdm = rng.choice([185.0, 210.0, 236.5])
        rn_ = amount(rng, 190, 250)
        rows_spec += [(d, "J1786", f"Imiglucerase, {units} units of 10 U", drug, 0.0, "SP4"),
                      (d, "S9357", "Per diem, enzyme replacement", pdm, round(pdm * 0.85, 2), ""),
                      (d, "99601", "Nursing visit, first 2 hr", rn_, round(rn_ * 0.85, 2), "")]
    tot = round(sum(x[3] for x in rows_spec), 2)
    rows, t4 = [], [0.0, 0.0, 0.0, 0.0]
    for d, code, desc, bl, al, rmk in rows_spec:
        paid = round(al * 0.8, 2)
        owe = round(al - paid, 2)
        vals = [bl, al, paid, owe]
        t4 = [x + y for x, y in zip(t4, vals)]
        rows.append([fd(d, "abbr"), code, desc, *[money(v, "nosign") for v in vals], rmk])
    rows.append(["", "", "Totals for this claim", *[money(v, "nosign") for v in t4], ""])
    drug_billed = round(sum(r[3] for r in rows_spec if r[5]), 2)
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Member Claims")
    p.heading("Explanation of Benefits  -  this is not a bill", 13)
    p.addr_pair("Member", [member, *address(rng)], "Statement", [f"Date: {fd(sd, 'long')}", f"Member ID: {m}",
                                                                f"Group: {GROUP}  ({EMPLOYER})", f"Plan: {PLAN}"])
    p.side_letter([
        f"**Claim {n}** from {HI} for home infusions of imiglucerase ordered by Dr. {doc}. The claim was sent to us "
        f"by the company's billing service, {BS} (their invoice {inv(rng)}).",
        f"**About the drug lines.** Your plan pays for this medicine only when it is supplied by {SP}, the "
        f"specialty pharmacy we contract with for enzyme replacement drugs. {HI} is not one of the pharmacies we "
        "use for this drug, so the imiglucerase lines are not paid (remark SP4). The per diem and nursing lines "
        f"are paid because {HI} is a network home infusion provider for those services.",
        f"To have the drug covered from now on, ask Dr. {doc.split()[-1]} to send the order to {SP} "
        f"({phone(rng, '877')}); they can ship it to {HI} for your next infusion.",
    ], [("Amount billed", money(tot)), ("Plan paid", money(t4[2])), ("You may owe", money(t4[3])),
        ("Drug lines not paid", money(drug_billed)),
        ("Deductible met (2026)", "$1,500.00 of $1,500.00"),
        ("Out-of-pocket to date", f"${rng.randint(2100, 2900):,}.00 of $5,000.00")],
        title="Your claim at a glance", side_w=54, size=9.2, left=True)
    p.table(["Date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Rmk"], rows,
            [24, 16, 60, 22, 19, 20, 15, 11.9], size=7.8, aligns=["L", "L", "L", "R", "R", "R", "R", "C"],
            bold_last=True)
    p.para("**SP4**: drug supplied by a pharmacy that is not the plan's specialty pharmacy for this medicine.", 8.4)
    p.para(f"You have until {fd(dl, 'long')} to appeal this decision. Write to Appeals, PO Box 4410, Spokane WA "
           "99220 or call Member Services. If a delay could seriously harm your health, ask for an urgent appeal; "
           f"we decide those within 72 hours. Nurse reviewer: {rn}, RN.", 8.6)
    t = truth("eob", "out_of_network", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m, member_name=member,
              cases=[n], claim_amount=m2(tot), service_dates=[d1.isoformat(), d2.isoformat()],
              denial_date=sd.isoformat(), provider=HI, appeal_deadline=dl.isoformat(),
              alternates={"insurer": ALT, "provider": [f"Dr. {doc}"], "claim_amount": [m2(drug_billed)],
                          "plan_id": [None]})
    return out(p), t


def photocopy_pa(rng):
    member, doc, sig = people(rng, 3)
    m, n = mid(rng), claim_no(rng)
    d1 = dt.date(2026, 2, rng.randint(3, 9))
    d2 = plus(d1, 14)
    nd = plus(d2, rng.randint(25, 35))
    mg = rng.choice([70, 75, 80, 85])
    billed = round(2 * (mg * rng.uniform(330, 360) + rng.choice([210.0, 236.0])), 2)
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Clinical Review - Specialty Drugs")
    p.stamp(140, 34, ["BRINDLEWOOD HOME INFUSION", "RECEIVED", fd(plus(nd, 6), "upper"), "INTAKE / JT"], angle=9,
            size=7.5)
    p.set_xy(20, 40)
    p.para(fd(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Member ID {m}   |   Group {GROUP}   |   Claim no. {n}   |   Billing service invoice {inv(rng)}   |   "
           f"Order {digits(rng, 7)}", 8.8)
    p.ln(1)
    p.para(f"Dear {member}:", 10)
    p.para(f"Dr. {doc} started you on agalsidase beta for Fabry disease, and {HI} gave you the infusions at "
           f"home on {fd(d1, 'long')} and {fd(d2, 'long')}. The company's billing service, {BS}, asked us to "
           f"pay {money(billed)} for the drug, the per diem and the nursing for both visits.", 10)
    p.para("Your plan agrees to pay for this medicine only when Dr. " + doc.split()[-1] + " or the company asks us "
           "before the first dose and we say yes. We looked for a request and found none: nobody asked us before "
           "either infusion. For that reason we are not paying this claim. This is not a decision that the drug "
           "is wrong for you. If the doctor sends us the request now with the lab results, we will decide about "
           "the infusions still to come within 15 days.", 10)
    p.para("If you disagree, send us your appeal no later than 90 calendar days after you receive this letter. "
           "You, the doctor, or someone you name in writing can appeal. We answer appeals within 30 days.", 10)
    p.para(f"Sincerely,\n{sig}\nClinical Review - Specialty Drugs\n{INS}", 10)
    t = truth("denial_letter", "prior_authorization", insurer=INS, group=GROUP, member_id=m, member_name=member,
              cases=[n], claim_amount=m2(billed), service_dates=[d1.isoformat(), d2.isoformat()],
              denial_date=nd.isoformat(), provider=HI, appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [f"Dr. {doc}"], "appeal_deadline": [None]})
    return out(p), t


def phone_es(rng):
    mom, child, doc, sig = people(rng, 4)
    last = mom.split()[-1]
    child = " ".join(child.split()[:-1]) + " " + last
    m = f"{mid(rng)}-03"
    n, n_paid = claim_no(rng), claim_no(rng)
    d = dt.date(2026, 3, rng.randint(3, 20))
    nd = plus(d, rng.randint(30, 40))
    iu = rng.choice([14000, 16000, 18000])
    drug = round(iu * rng.uniform(0.52, 0.62), 2)
    pdm = rng.choice([380.0, 412.5])
    tot = round(drug + pdm, 2)
    p = EASheet(footer="Página {n} de {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Reclamos de Miembros")
    p.para(fd(nd, "long", "es"), 9.6)
    for ln in [mom, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(2)
    p.idstrip([("Paciente", child), ("Núm. de miembro", m)], 8.6)
    p.idstrip([("Grupo", GROUP), ("Reclamo", n)], 8.6)
    p.heading("Sobre el reclamo de factor IX de su hijo", 12)
    p.two_cols(
        [("Lo que pasó",
          f"El {fd(d, 'long', 'es')} {HI} le envió a su hijo {child} factor IX (J7195, {iu:,} UI) que le recetó "
          f"el Dr. {doc}. La empresa de facturación de {HI}, {BS}, nos mandó el reclamo por {es_money(tot)} "
          f"({money(tot)})."),
         ("Nuestra decisión",
          f"Ya habíamos recibido y pagado este mismo envío con el reclamo {n_paid}. El reclamo de arriba repite las "
          "mismas fechas, el mismo producto y las mismas unidades, así que no lo pagamos otra vez. Usted no tiene "
          "que pagar nada más por este envío.")],
        [("Detalle del reclamo",
          f"Factor IX: {es_money(drug)}. Tarifa diaria de infusión en casa (S9345): {es_money(pdm)}. "
          f"Total: {es_money(tot)}. Pagado: US$\u00a00,00."),
         ("Si no está de acuerdo",
          "Puede apelar dentro de 180 días de la fecha de esta carta. Las apelaciones urgentes se deciden en 72 "
          f"horas. Llame a Servicios para Miembros al {phone(rng)} (TTY 711)."),
         ("Firma", f"{sig}, Reclamos de Miembros, {INS}")], size=9.2)
    t = truth("denial_letter", "other", insurer=INS, group=GROUP, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(tot), service_dates=[d.isoformat()], denial_date=nd.isoformat(), provider=HI,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [f"Dr. {doc}"]})
    return out(p), t


def rotated_statement(rng):
    member, doc = people(rng, 2)
    m = mid(rng)
    d = dt.date(2026, 4, rng.randint(2, 20))
    sd = plus(d, rng.randint(35, 45))
    drug = round(rng.choice([24000, 30000]) * rng.uniform(1.15, 1.3), 2)
    pdm = round(30 * 45.5, 2)
    nurse = amount(rng, 210, 260)
    tot = round(drug + pdm + nurse, 2)
    allowed = round(tot * 0.8, 2)
    paid = round(allowed * 0.9, 2)
    owe = round(allowed - paid, 2)
    adj = round(tot - allowed, 2)
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(BS, "CBP", [f"Billing agent for {HI}  |  PO Box {rng.randint(1000, 8999)}, Bend, OR 97709  |  "
                            f"Patient billing {phone(rng, '541')}", f"Tax ID {digits(rng, 2)}-{digits(rng, 7)}"],
                box="STATEMENT", size=12)
    p.addr_pair("Patient", [member, *address(rng)], "Account", [f"Acct BHI-{digits(rng, 6)}",
                                                                f"Statement {inv(rng)}",
                                                                f"Prescriber: Dr. {doc}"])
    p.grid([[("STATEMENT DATE", fd(sd, "long")), ("PLEASE PAY", money(owe))],
            [("INSURANCE ON FILE", INS), ("INSURANCE MEMBER ID", m)]], size=8.6)
    p.table(["Date", "Code", "Description", "Charges", "Insurance paid", "Write-off", "Balance"],
            [[fd(d, "slash"), "J7192", "Factor VIII recombinant", money(drug, "nosign"), "", "", ""],
             [fd(d, "slash"), "S9345", "Home infusion per diem (30 days)", money(pdm, "nosign"), "", "", ""],
             [fd(d, "slash"), "99601", "Nursing visit", money(nurse, "nosign"), "", "", ""],
             ["", "", "Total charges", money(tot, "nosign"), "", "", ""],
             [fd(plus(sd, -9), "slash"), "", f"{INS} payment", "", money(paid, "nosign"), "", ""],
             [fd(plus(sd, -9), "slash"), "", "Contract adjustment", "", "", money(adj, "nosign"), ""],
             ["", "", "YOUR BALANCE (coinsurance)", "", "", "", money(owe, "nosign")]],
            [22, 16, 60, 22, 22, 20, 17.9], size=8.4, aligns=["L", "L", "L", "R", "R", "R", "R"], bold_last=True)
    p.para(f"Your plan paid its share of this month's factor from {HI}. The balance is your coinsurance. Payment "
           "plans are available; call us. Thank you.", 9)
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, claim_amount=m2(tot),
              service_dates=[d.isoformat()], denial_date=sd.isoformat(), provider=HI, unscored=["insurer"],
              alternates={"provider": [f"Dr. {doc}"], "member_id": [None]})
    return out(p), t


def lowres_late(rng):
    member, doc, sig = people(rng, 3)
    m, n = mid(rng), claim_no(rng)
    d = dt.date(2026, 1, rng.randint(6, 20))
    rec = plus(d, rng.randint(104, 118))
    nd = plus(rec, rng.randint(7, 12))
    billed = amount(rng, 11800, 14600)
    p = EASheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Provider Claims Resolution")
    p.ln(2)
    p.para(fd(nd, "dmy"), 10)
    for ln in [HI, f"c/o {BS}", *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Patient", member), ("Member ID", m), ("Claim", n), ("Your invoice", inv(rng)),
             ("Provider NPI", npi(rng)), ("Received", fd(rec, "dmy"))], label_w=34, size=9.4, h=4.8)
    p.ln(2)
    p.para("To the billing office:", 10)
    p.para(f"The claim above is for an infusion of alglucosidase alfa (J0221) that {HI} gave {member} at home on "
           f"{fd(d, 'dmy')}, ordered by Dr. {doc}. The claim asks us to pay {money(billed)}.", 10)
    p.para(f"Under {HI}'s network agreement, claims must reach us within 90 days of the day of service. This claim "
           "reached us on the date shown above, after that time. We have closed it without payment. The agreement "
           "does not let the company or the billing service bill the member for it.", 10)
    p.para("Reconsideration requests are accepted for 60 days from the date above. Send proof that the claim was "
           "sent on time (a clearinghouse acceptance report, for example) to Provider Claims Resolution.", 10)
    p.para(f"{sig}\nProvider Claims Resolution, {INS}", 10)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(billed), service_dates=[d.isoformat()], denial_date=nd.isoformat(), provider=HI,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [f"Dr. {doc}"]})
    return out(p), t


def finefax_stack(rng):
    member, doc, sig = people(rng, 3)
    m, n = mid(rng), claim_no(rng)
    d = dt.date(2026, 4, rng.randint(1, 15))
    nd = plus(d, rng.randint(24, 34))
    lines = [("A9901", "Courier delivery, temperature-controlled", amount(rng, 140, 190)),
             ("A9901", "Second courier run (same week)", amount(rng, 140, 190)),
             ("99070", "Cold packs and insulated shipper", amount(rng, 45, 80))]
    tot = round(sum(x[2] for x in lines), 2)
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Member Claims")
    p.para(fd(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.pairs([("Member ID", m), ("Group", GROUP), ("Claim", n), ("Shipment tracking", f"TRK {digits(rng, 12)}"),
             ("Call confirmation", f"{digits(rng, 8)}")], label_w=44, size=9.4, h=5.0)
    p.ln(1)
    p.para(f"Dear {member}:", 10)
    p.para(f"{HI} shipped your factor VIII to your home on {fd(d, 'long')} and its billing service, {BS}, sent us "
           "a claim for the delivery charges below. We already paid the factor itself and the nursing visit on "
           "their own claim.", 10)
    p.table(["Code", "Charge", "Billed", "Allowed", "Plan paid", "You owe"],
            [[c, desc, money(b, "nosign"), "0.00", "0.00", "0.00"] for c, desc, b in lines] +
            [["", "Total", money(tot, "nosign"), "0.00", "0.00", "0.00"]],
            [18, 72, 20, 20, 20, 25.9], size=8.6, aligns=["L", "L", "R", "R", "R", "R"], bold_last=True)
    p.para("Your plan pays for the medicine and for the home infusion services that go with it. Courier runs, "
           "packing and cold packs are part of the cost of the medicine; they are not a separate benefit under "
           "your plan, and the booklet lists shipping and delivery among the things the plan does not pay for. "
           f"Because {HI} is in our network, it may not bill you for these charges.", 10)
    p.para("You can appeal within 180 days of the date on this letter. Urgent appeals are decided within 72 hours.",
           10)
    p.para(f"Sincerely,\n{sig}\nMember Claims, {INS}", 10)
    d_a = (out(p), truth("denial_letter", "not_covered", insurer=INS, group=GROUP, member_id=m, member_name=member,
                         cases=[n], claim_amount=m2(tot), service_dates=[d.isoformat()], denial_date=nd.isoformat(),
                         provider=HI, appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": ALT}))

    member2, doc2, sig2 = people(rng, 3)
    m2_, n2 = mid(rng), claim_no(rng)
    end = dt.date(2026, 3, 31)
    d2 = dt.date(2026, 4, rng.randint(2, 9))
    nd2 = plus(d2, rng.randint(26, 34))
    drug = round(rng.choice([24000, 27000]) * rng.uniform(1.15, 1.3), 2)
    pdm = round(30 * 45.5, 2)
    tot2 = round(drug + pdm, 2)
    q = EASheet(footer="Page {n} of {nb}")
    q.set_margins(15, 12, 15)
    q.add_page()
    _head(q, rng, "Eligibility and Claims")
    q.title_bar("NOTICE OF CLAIM DECISION", "PR-EL-3")
    for ln in [member2, *address(rng)]:
        q.line(ln, 9.6)
    q.ln(2)
    q.capstrip([("Notice date", fd(nd2, "abbr")), ("Member ID", m2_), ("Group", GROUP), ("Claim #", n2),
                ("Coverage ended", fd(end, "abbr"))], [36, 38, 22, 42, 47.9])
    q.ln(1.5)
    q.capstrip([("Shipped (svc date)", fd(d2, "abbr")), ("Billed", money(tot2)), ("Provider", HI),
                ("Billing service", BS)], [36, 30, 60, 59.9])
    q.ln(3)
    q.table(["Code", "Service", "Billed", "Allowed", "Plan paid", "You owe"],
            [["J7192", "Factor VIII recombinant", money(drug, "nosign"), "0.00", "0.00", money(drug, "nosign")],
             ["S9345", "Home infusion per diem", money(pdm, "nosign"), "0.00", "0.00", money(pdm, "nosign")],
             ["", "Claim total", money(tot2, "nosign"), "0.00", "0.00", money(tot2, "nosign")]],
            [20, 70, 24, 24, 24, 23.9], size=8.6, aligns=["L", "L", "R", "R", "R", "R"], bold_last=True)
    q.para(f"Your coverage through {EMPLOYER} ended on the date shown, when your job there ended, and we have no "
           "record that you chose to continue it. The factor was shipped after that day, so the plan cannot pay "
           f"for it. Dr. {doc2} ordered it. If you chose continuation coverage and paid for April, call us and "
           "we will look at the claim again.", 9.4)
    q.para("Send an appeal no later than 180 days from the notice date printed above. We decide appeals within 30 "
           f"days. Member Services {phone(rng)} (TTY 711).", 9.4)
    q.para(f"{sig2}, Eligibility and Claims", 9.2)
    d_b = (out(q), truth("denial_letter", "eligibility", insurer=INS, group=GROUP, member_id=m2_,
                         member_name=member2, cases=[n2], claim_amount=m2(tot2), service_dates=[d2.isoformat()],
                         denial_date=nd2.isoformat(), provider=HI, appeal_deadline=plus(nd2, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [f"Dr. {doc2}"]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    r = lambda i: random.Random(SEED * 10 + i)  # noqa: E731  (the round's seed, one stream per document)
    return [
        Item(F + "faxstd_determination_factor_viii_bleed_doses_not_needed", "fax_standard_g4",
             [faxstd_determination(r(1))]),
        Item(F + "born_digital_eob_gaucher_drug_not_from_plan_specialty_pharmacy", "born_digital", [born_eob(r(2))]),
        Item(F + "photocopy_fabry_infusions_started_without_approval", "photocopy", [photocopy_pa(r(3))]),
        Item(F + "phone_es_reclamo_duplicado_factor_ix_hijo", "phone_photo", [phone_es(r(4))]),
        Item(F + "rotated_billing_service_statement_after_plan_paid", "rotated", [rotated_statement(r(5))]),
        Item(F + "lowres_pompe_claim_past_90_day_limit", "scan_lowres_150", [lowres_late(r(6))]),
        Item(F + "finefax_stack_courier_charges_then_after_coverage_sideways", "fax_fine_g4", finefax_stack(r(7)),
             separators=["duplex", None], turns={(1, 0): 90}),
    ]
