"""Notices mirrored (structure and wording style only) from Nevada Check Up, Nevada's Children's Health Insurance
Program, run by the Nevada Department of Health and Human Services, Division of Health Care Financing and Policy
(DHCFP, as itself): notices of adverse benefit determination and claims papers from an invented managed care
plan (Juniper Basin Health Plan), one fee-for-service letter on the Division's letterhead for a child living in a
rural county, and a pharmacy's own rejected-claim printout. Nevada Check Up, the DHCFP, its quarterly premiums,
plan appeal and State Fair Hearing steps appear as themselves (the day limits and reason codes printed here are
the family's own); the plan, every provider, pharmacy, person, number, address and phone is invented.

Documents (8 in 7 files):
- bd_claims_summary_card_block_no_benefits_row: the plan's member claims summary for a child, a card block
  ("ID#", "Check Up No."), four rows, contact lenses "no benefits are available"; the parent, DOB, premium
  due date and processing period as decoys.
- faxstd_preservice_knee_mri_cannot_approve: a notice of adverse benefit determination on a standard fax; the
  MRI "we cannot approve" because the record shows two weeks of pain (necessity said without the word); the
  member number labelled "Health plan no." beside the Check Up number; 72-hour and fair-hearing limits as decoys.
- phone_spanish_no_contract_day_first: Spanish notice photographed, a specialist with no contract with the plan
  ("no se puede pagar"), dates day-first (05/02/2026 = 5 Feb) with the date written out in the text.
- rotated_pharmacy_reject_printout_insurance_on_file: the pharmacy's printout of a rejected claim (NCPDP reject
  75, prior authorization required), "Insurance on file: <plan> <number>", BIN/PCN/group and Rx number as decoys;
  denies nothing.
- lowres_dhcfp_fee_for_service_premium_lapse_reply_slip: a DHCFP letter at 150 dpi, "payable only when the
  child is enrolled", enrollment ended for an unpaid quarterly premium; the recipient number only in the reply
  slip; a 30-day reconsideration and a 90-day hearing limit.
- photocopy_appeal_resolution_hearing_aids_upheld: a notice of appeal resolution upholding a hearing-aid
  replacement denial (three-year replacement rule); only a State Fair Hearing left (no appeal deadline).
- scan300_stack_therapy_approved_then_summary_code_only_turned: a physical therapy approval (denies nothing),
  its duplex back, then a claims summary whose fourteenth visit shows plan paid 0.00 and a code only, fed
  upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddo_famdoe import DOSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "nevada_check_up_chip_notice_of_action"
LANG = "en"
SEED = 352504
INS = "Juniper Basin Health Plan"
ALT = ["Juniper Basin"]
DHCFP = "Division of Health Care Financing and Policy"
DHCFP_ALT = ["Nevada Division of Health Care Financing and Policy", "DHCFP", "Nevada Check Up",
             "Nevada Department of Health and Human Services", "State of Nevada"]


def plan_no(rng):
    return f"JBN{digits(rng, 9)}"


def chk_no(rng):
    return digits(rng, 11)


def dob(rng):
    return dt.date(rng.randint(2010, 2020), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DOSheet, rng, unit="Member Services"):
    p.logo_head("JB", INS, [f"A Nevada Check Up and Medicaid managed care plan  |  {unit}",
                            f"PO Box {rng.randint(1200, 9800)}, Las Vegas NV 891{rng.randint(10, 99)}  |  "
                            f"1-877-555-{digits(rng, 4)}  |  TTY 711"])


def bd_summary(rng):
    child, parent, doc2, doc3 = people(rng, 4)
    pid, cid = plan_no(rng), chk_no(rng)
    sd = dt.date(2026, 4, rng.randint(6, 17))
    base = dt.date(2026, 2, rng.randint(2, 9))
    src = [(base, f"Dr. {doc2}", "Well-child visit 99393", "Sagebrush Pediatric Associates"),
           (plus(base, 9), "Canyon Vista Optometry", "Eye exam 92014", None),
           (plus(base, 16), "Canyon Vista Optometry", "Contact lenses, soft, pair V2520", None),
           (plus(base, 30), f"Dr. {doc3}", "Strep test 87880", "Sagebrush Pediatric Associates")]
    deny = 2
    rows, claims, billed = [], [], []
    for i, (d, pv, svc, _) in enumerate(src):
        c = amount(rng, 60, 240)
        billed.append(c)
        n = f"26{digits(rng, 3)}{digits(rng, 6)}"
        claims.append(n)
        if i == deny:
            rows.append([n, fdate(d, "slash"), pv, svc, money(c), "0.00", "N3"])
        else:
            rows.append([n, fdate(d, "slash"), pv, svc, money(c), money(round(c * 0.62, 2), "nosign"), "P1"])
    p = DOSheet(footer="Page {n} of {nb}")
    p.add_page()
    _head(p, rng)
    y = p.get_y()
    p.line("MEMBER CLAIMS SUMMARY", 13, "B")
    p.pairs([("Date of this summary", fdate(sd, "long")),
             ("Claims processed", f"{fdate(plus(sd, -36), 'slash')} to {fdate(plus(sd, -6), 'slash')}"),
             ("Parent or guardian", parent), ("Next quarterly premium due", fdate(dt.date(2026, 7, 1), "slash"))],
            label_w=57, size=9)
    end = p.cardblock([("Member", child), ("ID#", pid), ("Check Up No.", cid), ("DOB", fdate(dob(rng), "slash")),
                       ("Program", "Nevada Check Up")], 122, y, 76, "Your member card")
    p.set_y(max(end, p.get_y()) + 4)
    p.para(f"This summary lists claims we processed for {child}. It is not a bill. Nevada Check Up members do not "
           "pay copays; a provider in our plan should not bill you for covered care.", 9.2)
    p.table(["Claim no.", "Service date", "Provider", "Service", "Billed", "Plan paid", "Code"], rows,
            [28, 22, 44, 46, 18, 16, 10], size=7.9, aligns=["L", "L", "L", "L", "R", "R", "C"])
    p.para("**Codes.** P1 Paid to the provider under your child's plan. N3 No benefits are available for contact "
           "lenses unless they are the only way to correct your child's vision (for example after cataract surgery "
           "or for keratoconus). Glasses are covered once every 12 months.", 8.6)
    p.para("**If you disagree.** You can ask Juniper Basin for an appeal within 60 days of the date of this summary. "
           "Call Member Services or write to us. If your child's health could be harmed by waiting, ask for a fast "
           "appeal; we decide fast appeals within 72 hours. If we do not decide in your favor you can ask the "
           "Division of Health Care Financing and Policy for a State Fair Hearing within 120 days of our appeal "
           "decision.", 8.6)
    p.taglines()
    t = truth("eob", "not_covered", insurer=INS, member_id=pid, member_name=child, cases=[claims[deny]],
              claim_amount=m2(billed[deny]), service_dates=[span(src[deny][0])], denial_date=sd.isoformat(),
              provider="Canyon Vista Optometry", appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT, "member_id": [cid]})
    return out(p), t


def faxstd_preservice(rng):
    child, parent, ortho, md = people(rng, 4)
    pid, cid = plan_no(rng), chk_no(rng)
    nd = dt.date(2026, 3, rng.randint(9, 20))
    recv = plus(nd, -rng.randint(3, 6))
    planned = plus(nd, rng.randint(8, 15))
    req = f"UM{digits(rng, 8)}"
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  JUNIPER BASIN UM  702-555-{digits(rng, 4)}  P.{{n}}"
    p = DOSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12, "B")
    p.ln(1)
    p.capstrip([("Notice date", fdate(nd, "slash")), ("Request no.", req), ("Request received", fdate(recv, "slash")),
                ("Program", "Nevada Check Up")])
    p.capstrip([("Member", child), ("Health plan no.", pid), ("Check Up No.", cid),
                ("Date of birth", fdate(dob(rng), "slash"))])
    p.capstrip([("Requested by", f"Dr. {ortho}"), ("Service", "MRI left knee 73721"),
                ("Planned date", fdate(planned, "slash")), ("Setting", "Outpatient imaging")])
    p.ln(4)
    p.para(f"To the parent or guardian of {child}:", 9.6)
    p.para(f"Dr. {ortho} of Red Cliff Orthopedics asked us to approve an MRI of your child's left knee. **We cannot "
           "approve this request.**", 9.6)
    p.para("Why: the records we received show knee pain that started two weeks ago, with a normal X-ray and no "
           "locking or giving way of the knee. The guideline we use for children's knee imaging calls for six weeks "
           "of rest, bracing or physical therapy first, unless the X-ray or the exam shows a problem that needs an "
           "MRI sooner. Nothing in the records shows that. If the knee does not get better, the doctor can send a "
           "new request with the therapy notes.", 9.6)
    p.para("**Your right to appeal.** You, your child's doctor or someone you name can ask for a plan appeal within "
           "60 days of the date of this notice. If waiting could seriously harm your child's health, ask for an "
           "expedited appeal and we will decide within 72 hours. After the plan appeal, you can ask for a State "
           "Fair Hearing with the Nevada Division of Health Care Financing and Policy within 120 days of the date "
           "of our appeal decision.", 9.6)
    p.para(f"Reviewed by Dr. {md}, Associate Medical Director", 9.6)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=pid, member_name=child, cases=[req],
              service_dates=[span(planned)], denial_date=nd.isoformat(), provider=ortho,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "member_id": [cid], "provider": ["Red Cliff Orthopedics"],
                          "service_dates": [[]]})
    return out(p), t


def phone_spanish(rng):
    child, parent, spec = people(rng, 3)
    pid, cid = plan_no(rng), chk_no(rng)
    nd = dt.date(2026, 3, rng.randint(2, 10))
    sv = dt.date(2026, 2, rng.randint(3, 9))
    billed = amount(rng, 180, 420)
    clm = f"26{digits(rng, 3)}{digits(rng, 6)}"
    p = DOSheet(footer="Página {n} de {nb}")
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12, "B")
    p.ln(1)
    p.capstrip([("Fecha del aviso", fdate(nd, "dmy", "es")), ("Número de reclamo", clm),
                ("Fecha del servicio", fdate(sv, "dmy", "es"))])
    p.capstrip([("Miembro", child), ("Número del plan", pid), ("Número de Check Up", cid)])
    p.capstrip([("Proveedor", f"Dr. {spec}"), ("Cargo facturado", money(billed)),
                ("Fechas", "día/mes/año")])
    p.ln(4)
    p.para(f"{fdate(nd, 'long', 'es')}", 9.8)
    p.para(f"Al padre, madre o tutor de {child}:", 9.8)
    p.para(f"Recibimos el reclamo del Dr. {spec}, dermatólogo de Henderson, por la consulta de su hijo(a) del "
           f"{fdate(sv, 'long', 'es')}. El Dr. {spec} no tiene contrato con Juniper Basin Health Plan y la consulta no "
           "fue una emergencia. Usted no pidió ni recibió una aprobación nuestra antes de la consulta. Por eso no se "
           "puede pagar este reclamo. Tenemos dermatólogos con contrato en su área; llame a Servicios para Miembros "
           "y le ayudamos a hacer una cita.", 9.8)
    p.para("**Su derecho a apelar.** Puede pedir una apelación al plan dentro de 60 días a partir de la fecha de este "
           "aviso. Si la salud de su hijo(a) corre peligro, pida una apelación rápida (72 horas). Después de la "
           "apelación puede pedir una Audiencia Imparcial Estatal (State Fair Hearing) a la División de Financiamiento "
           "y Política de Atención Médica dentro de 120 días.", 9.8)
    p.para(f"{INS}", 9.8)
    p.taglines()
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=pid, member_name=child, cases=[clm],
              claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(), provider=spec,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "member_id": [cid]}, denial_alternates=["prior_authorization"])
    return out(p), t


def rotated_pharmacy(rng):
    child, parent, prescriber = people(rng, 3)
    pid = plan_no(rng)
    pd = dt.date(2026, 5, rng.randint(4, 22))
    price = amount(rng, 120, 460)
    rx = f"{digits(rng, 7)}"
    pharm = "Sunbelt Family Pharmacy"
    grp = f"CHIPNV{digits(rng, 2)}"
    p = DOSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    p.logo_head("Rx", f"{pharm} #{digits(rng, 4)}", [f"{rng.randint(100, 9800)} E Lake Mead Blvd, North Las Vegas "
                                                     f"NV 890{rng.randint(10, 99)}  |  702-555-{digits(rng, 4)}  |  "
                                                     f"NCPDP {digits(rng, 7)}  |  NPI {digits(rng, 10)}"])
    p.line("THIRD PARTY CLAIM - PATIENT COPY", 11, "B")
    p.ln(1)
    p.mono([f"Printed     {fdate(pd, 'slash')} {rng.randint(10, 18)}:{rng.randint(10, 59)}",
            f"Patient     {child.upper()}",
            f"DOB         {fdate(dob(rng), 'slash')}",
            f"Insurance on file: {INS} {pid}",
            f"BIN {digits(rng, 6)}   PCN NVCHK   GRP {grp}",
            "",
            f"Rx #        {rx}",
            f"Fill date   {fdate(pd, 'slash')}",
            "Drug        EPINEPHRINE 0.15MG AUTO-INJ 2PK",
            "Qty/Days    2 / 30",
            f"Prescriber  {prescriber.upper()}  NPI {digits(rng, 10)}",
            f"U&C price   {money(price)}",
            "",
            "RESPONSE    REJECTED",
            "Reject 75   PRIOR AUTHORIZATION REQUIRED",
            "Message     PRESCRIBER MAY CALL PLAN PA LINE 1-877-555-" + digits(rng, 4),
            f"Auth #      (none)",
            ], size=8.8, h=4.6)
    p.ln(3)
    p.para("Your plan did not accept this claim as sent. We have faxed your prescriber to ask the plan for approval. "
           "You may pay the cash price today or wait for the approval. Questions: ask for the pharmacist.", 9)
    p.para("Keep this printout. It is not a receipt.", 8.5)
    t = truth("other", None, insurer=INS, member_id=pid, member_name=child, claim_amount=m2(price),
              service_dates=[span(pd)], denial_date=pd.isoformat(), provider=pharm, unscored=["insurer"],
              alternates={"claim_amount": [None], "provider": [prescriber], "denial_date": [None],
                          "group_number": [grp]})
    return out(p), t


def lowres_dhcfp(rng):
    child, parent, ped = people(rng, 3)
    cid = chk_no(rng)
    nd = dt.date(2026, 4, rng.randint(13, 24))
    ended = dt.date(2026, 1, 31)
    sv = dt.date(2026, 2, rng.randint(10, 26))
    billed = amount(rng, 140, 380)
    icn = f"{digits(rng, 4)} {digits(rng, 3)} {digits(rng, 6)}"
    p = DOSheet(footer=None, footer_left=f"NCU-FFS-7 (01/2026)")
    p.set_margins(22, 14, 22)
    p.add_page()
    p.f(9, "B")
    p.cell(0, 4.5, "STATE OF NEVADA", new_x="LMARGIN", new_y="NEXT")
    p.f(13, "B")
    p.cell(0, 6.5, "Department of Health and Human Services", new_x="LMARGIN", new_y="NEXT")
    p.f(11, "B")
    p.cell(0, 5.5, "Division of Health Care Financing and Policy", new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Nevada Check Up  |  Carson City NV 897{rng.randint(10, 99)}  |  1-800-555-{digits(rng, 4)}  |  TTY 711",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(4)
    p.para(fdate(nd, "long"), 10)
    for ln in [f"Parent or guardian of {child}", f"{rng.randint(100, 9800)} Railroad St", f"Elko NV 898{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"About: the claim from {ped}, MD, High Desert Pediatrics, for care on {fdate(sv, 'long')} "
           f"({money(billed)} billed, claim {icn})", 10)
    p.para(f"Dear parent or guardian of {child}:", 10)
    p.para("Because you live in a county that does not have a Nevada Check Up health plan, Nevada Check Up pays your "
           "child's doctors directly. A visit is payable only when the child is enrolled in Nevada Check Up on the "
           "date of the visit.", 10)
    p.para(f"The quarterly premium due for January through March was not received, and your child's enrollment "
           f"ended on {fdate(ended, 'long')}. The visit above took place after that date, so Nevada Check Up will not "
           "pay the doctor for it. Paying the past-due premium now re-enrolls your child from the first day of the "
           "next month; it does not cover the visit above.", 10)
    p.para("If you paid the premium on time, send us the receipt. You can ask us to reconsider within 30 days of the "
           "date of this letter. You also have the right to a fair hearing; ask for one within 90 days of the date "
           "of this letter.", 10)
    p.para("Nevada Check Up Eligibility and Payment Unit", 10)
    p.reply_slip("NEVADA CHECK UP RECONSIDERATION / PREMIUM PAYMENT",
                 [("Child", child), ("Recipient ID", cid), ("Letter date", fdate(nd, "slash")),
                  ("Amount enclosed", "$ ____________")],
                 "Mail to Nevada Check Up, PO Box " + str(rng.randint(2000, 9000)) + ", Carson City NV 897"
                 + str(rng.randint(10, 99)) + ". Write the Recipient ID on your check.")
    t = truth("denial_letter", "eligibility", insurer=DHCFP, member_id=cid, member_name=child, cases=[icn],
              claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(), provider=ped,
              appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": DHCFP_ALT, "provider": ["High Desert Pediatrics"],
                          "appeal_deadline": [plus(nd, 90).isoformat()]})
    return out(p), t


def photocopy_appeal(rng):
    child, parent, aud, md = people(rng, 4)
    pid, cid = plan_no(rng), chk_no(rng)
    nd = dt.date(2026, 6, rng.randint(1, 12))
    got = plus(nd, -rng.randint(20, 28))
    apl = f"APL-26-{digits(rng, 5)}"
    auth = f"UM{digits(rng, 8)}"
    last_fit = dt.date(2024, rng.randint(1, 12), rng.randint(1, 28))
    p = DOSheet(footer="Page {n} of {nb}")
    p.add_page()
    _head(p, rng, "Appeals")
    p.line("NOTICE OF APPEAL RESOLUTION", 12.5, "B")
    p.ln(1)
    p.grid([[("Date of this notice", fdate(nd, "slash")), ("Appeal number", apl), ("Appeal received", fdate(got, "slash"))],
            [("Member", child), ("Plan member no.", pid), ("Nevada Check Up no.", cid)],
            [("Original request", auth), ("Requested by", f"{aud}, AuD"), ("Item", "Hearing aids, binaural V5261")]],
           size=8.8)
    p.para(f"You asked us to look again at our decision not to approve new hearing aids for {child}. A pediatric "
           "audiologist who did not take part in the first decision reviewed the appeal.", 9.4)
    p.para("**Our decision: we did not change our first decision.**", 9.6)
    p.para(f"Your child's current hearing aids were fitted on {fdate(last_fit, 'slash')}. Under the plan's hearing "
           "benefit, a new pair is approved when three years have passed, when the aids are lost or damaged beyond "
           "repair, or when the audiologist shows a change in hearing that the current aids cannot be adjusted to "
           f"meet. The hearing test that {aud}, AuD sent shows hearing about the same as at the last fitting, and "
           "the aids were reported to be working. None of these conditions is met.", 9.4)
    p.para("**What you can do next.** This was your plan appeal. If you still disagree, you can ask for a State Fair "
           "Hearing with the Nevada Division of Health Care Financing and Policy within 120 days of the date of "
           "this notice. The hearing office can tell you how to ask for an expedited hearing.", 9.4)
    p.para(f"Sincerely,\n\nDr. {md}\nMedical Director, {INS}", 9.4)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=pid, member_name=child, cases=[apl, auth],
              denial_date=nd.isoformat(), provider=aud,
              alternates={"insurer": ALT, "member_id": [cid], "case_numbers": [[apl]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def scan300_stack(rng):
    child, parent, pt = people(rng, 3)
    pid, cid = plan_no(rng), chk_no(rng)
    ad = dt.date(2026, 1, rng.randint(12, 23))
    start, stop = plus(ad, 3), plus(ad, 92)
    auth = f"UM{digits(rng, 8)}"
    clinic = "Summerlin Kids Therapy Center"
    p = DOSheet(footer="Page {n} of {nb}")
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("NOTICE OF ACTION: REQUEST APPROVED", 12, "B")
    p.ln(1)
    p.pairs([("Date", fdate(ad, "long")), ("Member", child), ("ID#", pid), ("Check Up No.", cid),
             ("Authorization", auth), ("Approved", "12 visits, physical therapy (97110, 97530)"),
             ("Provider", f"{clinic} ({pt}, PT)"), ("Approved dates", f"{fdate(start, 'slash')} - {fdate(stop, 'slash')}")],
            label_w=38, size=9.4)
    p.ln(2)
    p.para(f"We approved the physical therapy {clinic} asked for. The visits must be used between the dates above. "
           "If your child needs more visits, the therapist can ask us before the twelfth visit.", 9.6)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=pid, member_name=child, cases=[auth],
                          service_dates=[span(start, stop)], denial_date=ad.isoformat(), provider=pt,
                          alternates={"insurer": ALT, "member_id": [cid], "provider": [clinic],
                                      "case_numbers": [[]], "service_dates": [[]]}))
    sd = dt.date(2026, 4, rng.randint(13, 24))
    v = [plus(start, 60), plus(start, 64), plus(start, 67)]
    rows, claims, billed = [], [], []
    for i, d in enumerate(v):
        c = amount(rng, 140, 230)
        billed.append(c)
        n = f"26{digits(rng, 3)}{digits(rng, 6)}"
        claims.append(n)
        rows.append([n, fdate(d, "short"), f"PT visit {12 + i}", money(c, "nosign"),
                     "0.00" if i == 2 else money(round(c * 0.6, 2), "nosign"), "A7" if i == 2 else "P1"])
    q = DOSheet(footer="Page {n} of {nb}")
    q.add_page()
    _head(q, rng)
    q.line("MEMBER CLAIMS SUMMARY", 12.5, "B")
    q.pairs([("Summary date", fdate(sd, "slash")), ("Member", child), ("ID#", pid),
             ("Provider", f"{clinic} - {pt}, PT")], label_w=34, size=9.2)
    q.ln(2)
    q.table(["Claim no.", "Date", "Service", "Billed", "Plan paid", "Code"], rows, [34, 22, 50, 26, 26, 16],
            size=8.6, aligns=["L", "L", "L", "R", "R", "C"])
    q.para("P1 Paid to the provider. A7 Visits over the number approved.", 8.8)
    q.para("You can ask for a plan appeal within 60 days of the date of this summary (fast appeals: 72 hours). "
           "State Fair Hearing: within 120 days of the appeal decision.", 8.8)
    doc2 = (out(q), truth("eob", "prior_authorization", insurer=INS, member_id=pid, member_name=child,
                          cases=[claims[2]], claim_amount=m2(billed[2]), service_dates=[span(v[2])],
                          denial_date=sd.isoformat(), provider=pt, appeal_deadline=plus(sd, 60).isoformat(),
                          alternates={"insurer": ALT, "provider": [clinic]}, denial_alternates=["not_covered"]))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_claims_summary_card_block_no_benefits_row", "born_digital", [bd_summary(rng)]),
        Item(F + "faxstd_preservice_knee_mri_cannot_approve", "fax_standard_g4", [faxstd_preservice(rng)]),
        Item(F + "phone_spanish_no_contract_day_first", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_pharmacy_reject_printout_insurance_on_file", "rotated", [rotated_pharmacy(rng)]),
        Item(F + "lowres_dhcfp_fee_for_service_premium_lapse_reply_slip", "scan_lowres_150", [lowres_dhcfp(rng)]),
        Item(F + "photocopy_appeal_resolution_hearing_aids_upheld", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "scan300_stack_therapy_approved_then_summary_code_only_turned", "scan_clean_300",
             scan300_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
