"""Notices mirrored (structure and wording style only) from the papers a Florida KidCare child's health plan
sends: the member explanation of benefits, the Notice of Adverse Benefit Determination, the appeal resolution
notice, the provider remittance and an approval. Florida KidCare and the Florida Healthy Kids Corporation (which
bills the family's monthly premium) appear as themselves; the plan (Sea Oat Kids Health Plan), its rules and time
limits, every provider, person, number and address are invented. No file gives its reason in the category's
usual words.

Documents (8 in 7 files):
- bd_eob_four_claims_speech_row_not_our_providers: the landscape member EOB (child as member, parent as
  "Parent/guardian"), four claims with "Referred by" and "Rendering provider" columns; only the speech therapy
  row pays nothing (CARC 242, "not one of the offices that agreed to see our members"); the KidCare family
  account number, coverage year, DOB and premium-paid-through date as decoys.
- faxstd_nabd_boxed_checkbox_nobody_asked_before_afo: the NABD as a numbered box form on a standard fax, the
  decision and reason as ticked checkboxes (the ticked reason: no one asked the plan before the braces were
  made); claim number and notice reference; supplier, its NPI, ordering orthopedist and received date.
- phone_es_cuenta_kidcare_cerrada_cobertura_no_activa: Spanish letter to the mother; the child's plan was not
  in force on the visit day (the KidCare account closed for an unpaid premium); "Número de reclamo".
- photocopy_appeal_resolution_boxed_sleep_study_upheld: appeal resolution in a box grid with a ticked "first
  decision stays", the sleep lab and the ordering pediatrician; the records do not show the study was needed;
  only the external review is left.
- rotated_pediatric_urgent_care_patient_statement: the urgent care's statement to the parent (account no.,
  insurance paid, balance); denies nothing.
- lowres_prose_hospital_days_could_be_home: no labels; pneumonia stay, first days approved, the last two days
  could have been given at home with nurse visits; reference no. in a sentence.
- faxfine_stack_cover_approval_then_remittance_turned: a fax cover, an approval of physical therapy visits
  (denies nothing), then the provider remittance fed sideways: four patients' claims, one paid 0.00 with CARC 29
  ("reached us after the 180 days your agreement allows").
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddq_famdqb import DQSheet, parent_of, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "florida_kidcare_chip_claim_and_service_denial"
LANG = "en"
SEED = 352901
INS = "Sea Oat Kids Health Plan"
ALT = ["Sea Oat Kids"]


def mid_of(rng):
    return f"SOK{digits(rng, 9)}"


def clm_of(rng):
    return f"26{digits(rng, 2)}{digits(rng, 9)}"


def acct_of(rng):
    return digits(rng, 10)


def kid_dob(rng):
    return dt.date(rng.randint(2009, 2020), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DQSheet, rng, unit: str = "Member Services", lang: str = "en"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    tag = "A Florida KidCare health plan" if lang == "en" else "Un plan de salud de Florida KidCare"
    p.cell(0, 4, f"{tag}  |  {unit}  |  PO Box {rng.randint(1200, 9800)}, Tampa FL 336{rng.randint(10, 99)}  |  "
                 f"1-866-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


RIGHTS = ("You or your child's doctor, with your written permission, may ask for an appeal within 60 days of the "
          "date of this {what}. If waiting could seriously harm your child's health, ask for a fast appeal: we "
          "decide it within 72 hours. After our appeal decision, you may ask for an external review within 4 "
          "months.")


def bd_eob(rng):
    child, pcp, slp = people(rng, 3)
    parent = parent_of(rng, child, [pcp, slp])
    mid = mid_of(rng)
    sd = dt.date(2026, 4, rng.randint(6, 24))
    base = plus(sd, -rng.randint(35, 50))
    therapy = "Tidewater Speech & Language Center"
    src = [(base, f"Dr. {pcp}", "-", "99393 Well child visit", amount(rng, 180, 260)),
           (plus(base, 0), "Gulfside Reference Lab", f"Dr. {pcp}", "85025 Blood count", amount(rng, 40, 90)),
           (plus(base, 9), therapy, f"Dr. {pcp}", "92523 Speech/language evaluation", amount(rng, 290, 420)),
           (plus(base, 16), f"Dr. {pcp}", "-", "90686 Flu vaccine", amount(rng, 60, 95))]
    deny = 2
    rows, claims = [], []
    for i, (d, pv, ref, svc, c) in enumerate(src):
        n = clm_of(rng)
        claims.append(n)
        if i == deny:
            rows.append([n, fdate(d, "slash"), pv, ref, svc, money(c, "nosign"), "0.00", "0.00", "0.00", "242"])
        else:
            al = round(c * rng.uniform(0.5, 0.7), 2)
            rows.append([n, fdate(d, "slash"), pv, ref, svc, money(c, "nosign"), money(al, "nosign"),
                         money(al, "nosign"), "0.00", "45"])
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("MEMBER EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Member", child), ("Member ID", mid), ("Parent/guardian", parent),
                ("Statement date", fdate(sd, "long"))], [64, 48, 64, 79.4])
    p.capstrip([("Florida KidCare family account no.", acct_of(rng)), ("Coverage year", "01/01/2026 - 12/31/2026"),
                ("Member date of birth", fdate(kid_dob(rng), "slash")),
                ("Monthly premium paid through", fdate(dt.date(2026, 5, 31), "slash"))], [64, 64, 48, 79.4])
    p.ln(3)
    p.table(["Claim #", "Service date", "Rendering provider", "Referred by", "Service", "Billed", "Allowed",
             "Plan paid", "You owe", "Code"], rows, [28, 20, 56, 36, 50, 18, 17, 17, 15, 11], size=7.9,
            aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**What the codes mean.** 45: the charge is more than the amount the provider agreed to take; you do "
           f"not owe the difference. 242: {therapy} is not one of the offices that has agreed to see our members, "
           "and we had no request to let your child go there. Your child's doctor can send your child to one of "
           "our speech therapists; call us for a list.", 8.6)
    p.para("**Your rights.** " + RIGHTS.format(what="statement") + " Florida KidCare premiums are billed by the "
           "Florida Healthy Kids Corporation; questions about your premium go to Florida KidCare, not to us.", 8.4)
    t = truth("eob", "out_of_network", insurer=INS, member_id=mid, member_name=child, cases=[claims[deny]],
              claim_amount=m2(src[deny][4]), service_dates=[span(src[deny][0])], denial_date=sd.isoformat(),
              provider=therapy, appeal_deadline=plus(sd, 60).isoformat(), alternates={"insurer": ALT})
    return out(p), t


def faxstd_nabd(rng):
    child, ortho, staff = people(rng, 3)
    parent = parent_of(rng, child, [ortho, staff])
    mid = mid_of(rng)
    nd = dt.date(2026, 3, rng.randint(9, 27))
    dos = plus(nd, -rng.randint(30, 45))
    rcv = plus(dos, rng.randint(6, 12))
    clm = clm_of(rng)
    ref = f"NABD-26-{digits(rng, 6)}"
    billed = amount(rng, 1400, 2600)
    sup = "Harborline Orthotics and Prosthetics"
    fax = (f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  SEA OAT KIDS UM  813-555-{digits(rng, 4)}  "
           f"TO: {sup.upper()}  P.{{n}}")
    p = DQSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B")
    p.line("Form SOK-NABD-3 (rev. 01/2026)", 7.5)
    p.ln(1.5)
    W = p.w - p.l_margin - p.r_margin
    p.nboxes([("1. Date of this notice", fdate(nd, "slash"), W * 0.25), ("2. Member name", child, W * 0.4),
              ("3. Member ID", mid, W * 0.35)])
    p.nboxes([("4. Date of birth", fdate(kid_dob(rng), "slash"), W * 0.25), ("5. Parent/guardian", parent, W * 0.4),
              ("6. Florida KidCare family account no.", acct_of(rng), W * 0.35)])
    p.nboxes([("7. Provider who billed", sup, W * 0.45), ("8. Provider NPI", digits(rng, 10), W * 0.22),
              ("9. Ordering doctor", f"Dr. {ortho}", W * 0.33)])
    p.nboxes([("10. Service", "L1960 Ankle-foot orthosis, pair", W * 0.45),
              ("11. Date(s) of service", fdate(dos, "slash"), W * 0.22), ("12. Claim received", fdate(rcv, "slash"),
                                                                         W * 0.33)])
    p.nboxes([("13. Claim number", clm, W * 0.3), ("14. Notice reference no.", ref, W * 0.3),
              ("15. Amount billed", money(billed), W * 0.2), ("16. Plan paid", "$0.00", W * 0.2)])
    p.ln(3)
    p.ticks("17. Our decision", [(False, "We approved the service."), (False, "We approved part of the service."),
                                 (True, "We will not pay for the service listed above.")])
    p.ticks("18. Why (only the box that is marked applies)", [
        (False, "The records we have do not show that your child needed this service."),
        (True, "No one asked us to approve this before it was given, and this service must be approved first."),
        (False, "Your child's coverage was not active on the date of service."),
        (False, "The plan does not include this kind of care."),
        (False, "The provider is not one of the providers we work with.")])
    p.para(f"**More about our decision.** Braces made for your child's legs must be approved by us before the "
           f"supplier makes them. {sup} did not send us a request, and Dr. {ortho}'s office did not either. "
           "The supplier may not bill you for this; if you receive a bill, call us.", 8.8)
    p.para("**19. Your right to appeal.** " + RIGHTS.format(what="notice"), 8.6)
    p.para(f"Prepared by {staff}, UM Coordinator. Fax documents to 813-555-{digits(rng, 4)}.", 8)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=mid, member_name=child,
              cases=[clm, ref], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=sup, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [ortho], "case_numbers": [[clm], [ref]]})
    return out(p), t


def phone_es(rng):
    child, derm = people(rng, 2)
    parent = parent_of(rng, child, [derm])
    mid = mid_of(rng)
    nd = dt.date(2026, 4, rng.randint(2, 20))
    ended = dt.date(2026, 1, 31)
    dos = dt.date(2026, 2, rng.randint(9, 26))
    clm = clm_of(rng)
    billed = amount(rng, 210, 480)
    clinic = "Clínica de Dermatología Bahía Azul"
    p = DQSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Miembros", "es")
    p.line("AVISO SOBRE UN RECLAMO", 12.5, "B")
    p.ln(1)
    p.capstrip([("Fecha de este aviso", fdate(nd, "long", "es")), ("Número de reclamo", clm),
                ("Número de miembro", mid)])
    p.capstrip([("Paciente", child), ("Fecha del servicio", fdate(dos, "dmy", "es")), ("Total facturado",
                                                                                       money(billed))])
    p.ln(3)
    for ln in [parent, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.para(f"Estimado(a) {parent}:", 9.8)
    p.para(f"Recibimos el reclamo de {clinic} por la consulta de su hijo(a) {child} con la Dra. {derm} el "
           f"{fdate(dos, 'long', 'es')}.", 9.8)
    p.para(f"No podemos pagar esta consulta. El plan de su hijo(a) no estaba vigente ese día. La cuenta familiar "
           f"de Florida KidCare se cerró el {fdate(ended, 'long', 'es')} porque no se recibió la prima mensual de "
           "enero, y su hijo(a) no tuvo un plan con nosotros desde el 1 de febrero de 2026 hasta que la cuenta se "
           "abrió de nuevo el 1 de marzo de 2026.", 9.8)
    p.para("Si usted cree que pagó la prima a tiempo, llame a Florida KidCare (las primas las cobra la Florida "
           "Healthy Kids Corporation) y guarde su recibo.", 9.8)
    p.bar("SU DERECHO A APELAR", 9.4)
    p.para("Usted puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Si la espera pone "
           "en grave peligro la salud de su hijo(a), pida una apelación rápida (72 horas). Después de nuestra "
           "decisión, puede pedir una revisión externa dentro de 4 meses.", 9.4)
    p.taglines()
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=child, cases=[clm],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=derm,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [clinic]})
    return out(p), t


def photocopy_appeal(rng):
    child, ped, md = people(rng, 3)
    parent = parent_of(rng, child, [ped, md])
    mid = mid_of(rng)
    nd = dt.date(2026, 5, rng.randint(4, 22))
    dos = plus(nd, -rng.randint(70, 90))
    rcv = plus(nd, -rng.randint(20, 28))
    apl = f"AP26-{digits(rng, 6)}"
    clm = clm_of(rng)
    billed = amount(rng, 1800, 3200)
    lab = "Gulf Hammock Children's Sleep Center"
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Grievances and Appeals")
    p.line("APPEAL RESOLUTION NOTICE", 12.5, "B")
    p.ln(1)
    p.grid([[("Date of this notice", fdate(nd, "upper")), ("Appeal no.", apl), ("Claim #", clm)],
            [("Member", child), ("Member ID", mid), ("Parent/guardian", parent)],
            [("Appeal received", fdate(rcv, "slash")), ("Date of birth", fdate(kid_dob(rng), "slash")),
             ("Amount billed", money(billed))],
            [("Service", "95810 Sleep study, attended"), ("Date of service", fdate(dos, "slash")),
             ("Ordering doctor", f"Dr. {ped}")],
            [("Place of service", lab), ("Facility tax ID", f"59-{digits(rng, 7)}")]], size=8.6)
    p.ticks("Decision", [(False, "We changed our decision. We will pay for the service."),
                         (True, "Our first decision stays the same.")], size=9)
    p.para(f"You asked us to pay for your child's overnight study at {lab}. Dr. {md}, a pediatric pulmonary "
           "doctor who did not make the first decision, read the notes from your child's visits. The notes "
           "mention snoring twice but do not describe pauses in breathing, gasping, daytime sleepiness or trouble "
           "at school, and the overnight oxygen check at home was normal. With these records we cannot say the "
           "study was needed. Your child's doctor may send new records if symptoms change.", 9.2)
    p.para("**What you can do next.** This was your last appeal with our plan. You may ask for an external review "
           "by an independent reviewer within 4 months of the date of this notice. Call us for the form.", 9.2)
    p.para(f"Sincerely,\n\nDr. {md}\nAssociate Medical Director, {INS}", 9)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=child,
              cases=[apl, clm], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=lab, appeal_deadline=None,
              alternates={"insurer": ALT, "provider": [ped], "case_numbers": [[apl], [clm]]})
    return out(p), t


def rotated_statement(rng):
    child, doc = people(rng, 2)
    parent = parent_of(rng, child, [doc])
    mid = mid_of(rng)
    dos = dt.date(2026, 3, rng.randint(3, 25))
    sd = plus(dos, rng.randint(30, 40))
    uc = "Breakwater Pediatric Urgent Care"
    lines = [("99214", "Office visit, established, moderate", amount(rng, 190, 240)),
             ("87880", "Rapid strep test", amount(rng, 35, 60)),
             ("J0696", "Ceftriaxone injection", amount(rng, 45, 80))]
    total = round(sum(x[2] for x in lines), 2)
    paid = round(total * 0.58, 2)
    adj = round(total - paid, 2)
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(uc, "BPUC", [f"{rng.randint(100, 9800)} Gulf Blvd, Clearwater FL 337{rng.randint(10, 99)}  |  "
                             f"Billing 727-555-{digits(rng, 4)}  |  Tax ID 59-{digits(rng, 7)}"],
                box="PATIENT STATEMENT", size=12.5)
    p.addr_pair("Guarantor", [parent, *address(rng)], "Make checks payable to",
                [uc, f"PO Box {rng.randint(2000, 9000)}", f"Orlando FL 328{rng.randint(10, 99)}"])
    p.grid([[("Statement date", fdate(sd, "abbr")), ("Account no.", f"BW{digits(rng, 7)}"), ("Patient", child)],
            [("Seen by", f"Dr. {doc}"), ("Insurance", f"{INS}"), ("Policy / member no.", mid)]], size=8.4)
    p.table(["Date", "Code", "Description", "Charge"],
            [[fdate(dos, "slash"), c, d, money(a, "nosign")] for c, d, a in lines]
            + [["", "", "Total charges", money(total, "nosign")]], [26, 22, 98, 33.9], size=8.8,
            aligns=["L", "L", "L", "R"], bold_last=True)
    p.pairs([("Insurance paid", f"({money(paid, 'nosign')})"), ("Contract adjustment", f"({money(adj, 'nosign')})"),
             ("Your balance", "$0.00")], label_w=50, size=9.2)
    p.ln(2)
    p.para("Thank you. Your child's plan has paid this visit and you owe nothing today. Florida KidCare members "
           "have no copayment for this visit.", 9)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=child, claim_amount=m2(total),
              service_dates=[span(dos)], denial_date=sd.isoformat(), provider=uc, unscored=["insurer"],
              alternates={"provider": [doc], "member_id": [None], "claim_amount": [None]})
    return out(p), t


def lowres_prose(rng):
    child, hosp_doc = people(rng, 2)
    parent = parent_of(rng, child, [hosp_doc])
    mid = mid_of(rng)
    adm = dt.date(2026, 2, rng.randint(2, 20))
    a = plus(adm, 3)
    b = plus(adm, 4)
    nd = plus(b, rng.randint(2, 6))
    ref = f"CR{digits(rng, 8)}"
    hosp = "Manatee Springs Children's Hospital"
    p = DQSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Care Management")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [parent, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {parent}:", 10)
    p.para(f"Your child {child} was admitted to {hosp} on {fdate(adm, 'long')} with pneumonia. We approved the "
           f"first three days of the stay. Dr. {hosp_doc} at the hospital then asked us to approve more days.",
           10)
    p.para(f"We cannot pay for the days of {fdate(a, 'long')} and {fdate(b, 'long')} at the hospital. By the third "
           "day your child had no fever, was eating and drinking, and was breathing without extra oxygen. The "
           "antibiotic could be given by mouth, or through the IV line by a visiting nurse. That care could have "
           "been given at home. Your child's plan pays for care in the place that meets your child's needs.", 10)
    p.para("The hospital may not bill you for these two days unless you agreed in writing, before the days, to pay "
           "for them.", 10)
    p.para(f"You may ask us to look at this again within 60 days of the date of this letter. If waiting could "
           f"harm your child, ask for a fast appeal, decided within 72 hours. When you call 1-866-555-"
           f"{digits(rng, 4)} (TTY 711), give our reference no. {ref}. Your child's member ID is {mid}.", 10)
    p.para(f"Sincerely,\nCare Management\n{INS}", 10)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=mid, member_name=child, cases=[ref],
              service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=hosp,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [hosp_doc], "service_dates": [[a.isoformat(), b.isoformat()]]})
    return out(p), t


def faxfine_stack(rng):
    child, pt = people(rng, 2)
    mid = mid_of(rng)
    ad = dt.date(2026, 6, rng.randint(2, 12))
    start = plus(ad, 3)
    end = plus(start, 89)
    auth = f"PA26{digits(rng, 7)}"
    group = "Seagrape Pediatric Therapy Group"
    p = DQSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("SERVICE APPROVAL", 12, "B")
    p.pairs([("Date", fdate(ad, "long")), ("Member", child), ("Member ID", mid), ("Authorization number", auth),
             ("Provider", group), ("Therapist", pt), ("Approved", "Physical therapy (97110, 97530), 16 visits"),
             ("Approved from / to", f"{fdate(start, 'slash')} - {fdate(end, 'slash')}")], label_w=50, size=9.4)
    p.ln(2)
    p.para("We approved these visits. The provider will ask us if your child needs more. You do not need to do "
           "anything.", 9.6)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=child, cases=[auth],
                          service_dates=[span(start, end)], denial_date=ad.isoformat(), provider=group,
                          alternates={"insurer": ALT, "case_numbers": [[]], "service_dates": [[]],
                                      "provider": [pt]}))
    # the remittance to a pediatric practice: four patients, one claim too late
    rd = plus(ad, rng.randint(8, 14))
    kids = people(rng, 4)
    docs = people(rng, 2)
    payee = "Cypress Point Pediatrics"
    q = DQSheet(footer="Page {n} of {nb}")
    q.set_margins(12, 12, 12)
    q.add_page(orientation="L")
    _head(q, rng, "Provider Payment Services")
    q.line("PROVIDER REMITTANCE ADVICE", 12.5, "B")
    q.capstrip([("Payee", payee), ("Payee NPI", digits(rng, 10)), ("Remit date", fdate(rd, "slash")),
                ("EFT trace no.", digits(rng, 12)), ("Payer ID", f"SOK{digits(rng, 2)}")], [70, 40, 40, 55, 50.4])
    q.ln(3)
    rows, claims, src = [], [], []
    deny = 2
    for k, kid in enumerate(kids):
        d = plus(rd, -rng.randint(20, 60)) if k != deny else plus(rd, -rng.randint(215, 240))
        c = amount(rng, 120, 320)
        m = mid_of(rng)
        n = clm_of(rng)
        src.append((kid, m, d, c, docs[k % 2]))
        claims.append(n)
        name = f"{kid.split()[-1].upper()}, {kid.split()[0].upper()} {kid.split()[1].rstrip('.')}"
        if k == deny:
            rows.append([n, name, m, fdate(d, "slash"), docs[k % 2], "99214", money(c, "nosign"), "0.00",
                         "0.00", "CO-29"])
        else:
            al = round(c * 0.6, 2)
            rows.append([n, name, m, fdate(d, "slash"), docs[k % 2], "99213", money(c, "nosign"),
                         money(al, "nosign"), money(al, "nosign"), "CO-45"])
    q.table(["Claim #", "Patient", "Member ID", "DOS", "Rendering", "CPT", "Billed", "Allowed", "Paid", "Codes"],
            rows, [30, 40, 30, 20, 40, 15, 18, 18, 18, 26.4], size=7.8,
            aligns=["L", "L", "L", "L", "L", "L", "R", "R", "R", "C"])
    q.para("CO-45: charge more than the contracted rate. CO-29: this claim reached us after the 180 days from the "
           "date of service that your provider agreement allows; the member may not be billed.", 8.4)
    q.para("The provider may ask for reconsideration within 90 days of the date of this remittance. Send proof that "
           "the claim was sent on time.", 8.4)
    kid, m, d, c, rend = src[deny]
    doc2 = (out(q), truth("eob", "timely_filing", insurer=INS, member_id=m, member_name=kid, cases=[claims[deny]],
                          claim_amount=m2(c), service_dates=[span(d)], denial_date=rd.isoformat(), provider=rend,
                          appeal_deadline=plus(rd, 90).isoformat(),
                          alternates={"insurer": ALT, "provider": [payee]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_four_claims_speech_row_not_our_providers", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_nabd_boxed_checkbox_nobody_asked_before_afo", "fax_standard_g4", [faxstd_nabd(rng)]),
        Item(F + "phone_es_cuenta_kidcare_cerrada_cobertura_no_activa", "phone_photo", [phone_es(rng)]),
        Item(F + "photocopy_appeal_resolution_boxed_sleep_study_upheld", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "rotated_pediatric_urgent_care_patient_statement", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_prose_hospital_days_could_be_home", "scan_lowres_150", [lowres_prose(rng)]),
        Item(F + "faxfine_stack_cover_approval_then_remittance_turned", "fax_fine_g4", faxfine_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
