"""Workers' compensation medical bill papers mirrored (structure and plain wording style only) from those the
Washington State Department of Labor & Industries (L&I) sends to providers and injured workers: a provider
remittance advice with bill numbers and reason codes, notices to workers about requested treatment and about bills,
a letter of a self-insured employer's claims administrator. Public rules used as themselves: L&I pays medical bills
of State Fund claims and self-insured employers pay their own under the same medical aid rules and fee schedules;
treatment must be proper and necessary for the accepted condition; only conditions accepted on a claim are paid
under it; a provider outside the Medical Provider Network is paid for the first visit only; care after a claim is
closed is not paid unless the claim is reopened; workers may not be billed for care refused under these rules; a
worker, employer or provider may protest a decision in writing within 60 days of receiving it, or appeal to the
Board of Industrial Insurance Appeals; CPT codes as themselves. The reason codes (P01, R52, R63), the 90-day
adjustment limit, the number of approved therapy visits, every clinic, therapist, doctor, billing company,
claims administrator, employer, worker, claim and bill number, PO box, phone (555) and address are invented.
No heading names the kind of denial; each reason is put in plain words of the writer's own.

Documents (8 in 7 files):
- faxstd_landscape_remittance_three_workers_therapy_past_approved_visits: a landscape provider remittance on a
  standard fax to a physical therapy clinic paid through its billing company (short captions left of and under
  boxes: "Pd Dt", "Prov Acct", "Payee", "Warrant/EFT", "RA No."), each bill a bold row (worker, L&I claim with a
  letter O / S / B / Z among its letters, ICN) over one row per service with a "Rendering" column, billed /
  allowed / adjustment "42.10-" / paid and a totals row; the middle worker's three visits pay 0.00 under R52
  (past the visits approved, nobody asked for more; legend only, prior_authorization); "within 90 days of the
  Pd Dt".
- born_digital_worker_notice_lumbar_fusion_not_proper_and_necessary: a notice to a worker with a facts box at the
  right (claim no. beside the employer's UBI account and SSN last four) and a parties box (attending doctor,
  requesting surgeon with practice, claim manager, spine reviewer): a two-level fusion planned for "Tuesday, May 19,
  2026" is not proper and necessary care for the accepted strain (medical_necessity); protest "within 60 days from
  the day you receive this notice" (nothing on the page to count from: null).
- lowres_letter_massage_clinic_no_chart_notes: a 150 dpi letter to a massage clinic with odd captions under boxes
  ("Dt", "Wkr", "Clm" printed with a space, "Bill", "Svc" 03/04/26 - 03/09/26): three visits "from March 4 through
  March 9, 2026" not paid because no chart notes reached the claim file (other); "USD 285.00" only in a sentence;
  "within 90 days of the date of this letter".
- photocopy_self_insured_administrator_provider_outside_network: a photocopied letter of a self-insured employer's
  claims administrator to a family practice (captions beside boxes: "Worker's claim #", "Employee No.", "Claims
  examiner", "Treating provider"): the first visit paid, three later visits listed with the unpaid part in
  parentheses and a totals row refused because the doctor is not in the Medical Provider Network
  (out_of_network); "within 90 days after the payment date shown above".
- phone_es_aviso_reclamo_cerrado_fisioterapia: a photographed Spanish notice with captions hung in the left margin:
  therapy "del martes, 3 de marzo de 2026 al lunes, 9 de marzo de 2026" after the claim was closed is not paid
  (eligibility); "US$ 312,00 ($312.00)" in a sentence; "dentro de 60 días a partir de la fecha de este aviso".
- rotated_hand_therapy_visits_approved: an approval of twelve hand therapy visits "04/06/26 - 06/05/26" with an
  authorization no. with a B among digits, fed sideways or upside down (denies nothing).
- clean_stack_clinic_cover_letter_then_knee_lines_not_accepted_upside_down: the clinic billing office's cover
  letter forwarding L&I's notice to the worker (refuses nothing itself; the knee amount in a sentence), its duplex
  back, then upside down the bill notice to the clinic: shoulder lines paid, left knee lines "4-9 Mar 2026"
  refused because the claim is accepted for the shoulder only (not_covered; other accepted); "must be received by"
  a printed date.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundec_famge import (ECSheet, dayname, es_date, es_money, n2, neg, people, phone, sl, span_dmy,
                               span_slash, span_words, upper_name, wa_address, wday, workday)
from public_kit import digits, fdate, m2, money, out, plus, truth

FAMILY = "washington_lni_workers_comp_provider_remittance_and_worker_treatment_notices"
LANG = "en"
SEED = 354924
INS = "Washington State Department of Labor & Industries"
ALT = ["Department of Labor & Industries", "Department of Labor and Industries", "Labor & Industries", "L&I",
       "Washington State Department of Labor and Industries", "Labor and Industries"]
PT = "Tolmie Ridge Physical Therapy"
BILLER = "Skookum Ledger Billing Co."
SPINE = "Cowlitz Bend Spine & Orthopedics"
MASSAGE = "Ohop Valley Therapeutic Massage"
TPA = "Pilchuck Point Claims Administration"
EMPLOYER = "Sauk Prairie Timber Products, Inc."
FAMILY_MED = "Naches Crossing Family Medicine"
REHAB = "Moxee Valley Rehab Center"
HAND = "Quilcene Hand & Upper Limb Therapy"
ORTHO = "Elochoman Orthopedic & Sports Clinic"
HOSP = "Wynoochee Valley Hospital"


def claim_no(rng, odd: bool = True) -> str:
    """An L&I-style claim number: two letters and five digits; odd ones use letters OCR takes for digits."""
    lets = "OSBZI" if odd else "ACDFGHJKLMNPRTWY"
    a = rng.choice("BSZ" if odd else lets)
    b = rng.choice(lets)
    return f"{a}{b}{digits(rng, 5)}"


def icn(rng) -> str:
    return f"26{rng.randint(1, 2)}{digits(rng, 10)}"


def ubi(rng) -> str:
    return f"6{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"


def _head(p, rng, unit: str, box: str | None = None):
    p.head(INS, "L&I", [f"{unit}  |  PO Box 44{rng.randint(100, 899)}, Olympia WA 98504  |  "
                        f"1-800-555-{digits(rng, 4)}  |  TTY 711"], box=box, size=12.2)


def faxstd_remit(rng):
    names = people(rng, 6)
    workers, thers = names[:3], names[3:]
    pd = workday(dt.date(2026, 4, rng.randint(7, 23)))
    acct = digits(rng, 7)
    fax = (f"{pd.strftime('%m/%d/%Y')} {rng.randint(6, 9)}:{rng.randint(10, 59)} AM  FROM: L&I PROVIDER PAYMENTS  "
           f"TO: {BILLER.upper()}  P.{{n}}")
    p = ECSheet(footer="Page {n} of {nb}", footer_left="RA-WC 2 (rev. 01/26)", fax_hdr=fax)
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    W = 279.4 - 24
    _head(p, rng, "Provider Payments - State Fund Medical Bills")
    p.title_bar("PROVIDER REMITTANCE ADVICE")
    ra = f"RA{digits(rng, 8)}"
    p.capcells([("Pd Dt", sl(pd), 44, "L"), ("Prov Acct", acct, 40, "B"), ("Payee", BILLER, 74, "B"),
                ("Warrant/EFT", f"E{digits(rng, 9)}", 50, "B"), ("RA No.", ra, W - 208, "B")])
    p.capcells([("Practice", PT, 100, "L"), ("NPI", digits(rng, 10), 50, "B"),
                ("Tax ID", f"{digits(rng, 2)}-{digits(rng, 7)}", 50, "B")])
    p.ln(1)
    recs, tot = [], [0.0, 0.0, 0.0, 0.0]
    deny = None
    plans = [
        [("97110", "2", 118.00, 0.78), ("97140", "1", 64.00, 0.8)],
        None,
        [("97161", "1", 212.00, 0.74), ("97530", "2", 126.00, 0.79)],
    ]
    for i, (wk, th) in enumerate(zip(workers, thers)):
        cl = claim_no(rng, odd=(i == 1) or rng.random() < 0.5)
        ic = icn(rng)
        rows = []
        if plans[i] is None:
            start = dt.date(2026, 3, rng.randint(2, 6))
            dates = [start, plus(start, 2), plus(start, 7)]
            billed_sum = 0.0
            for d in dates:
                b = 146.00
                billed_sum += b
                rows.append([sl(d), "97110", "GP", "3", f"{th}, PT", n2(b), "0.00", neg(b), "0.00", "R52"])
                tot = [tot[0] + b, tot[1], tot[2] + b, tot[3]]
            deny = (wk, cl, ic, dates, round(billed_sum, 2), th)
        else:
            d = dt.date(2026, 3, rng.randint(9, 27))
            for proc, units, b, f in plans[i]:
                allowed = round(b * f, 2)
                adj = round(b - allowed, 2)
                rows.append([sl(d), proc, "GP", units, f"{th}, PT", n2(b), n2(allowed), neg(adj), n2(allowed),
                             "P01"])
                tot = [tot[0] + b, tot[1] + allowed, tot[2] + adj, tot[3] + allowed]
        bill_tot = sum(float(r[5].replace(",", "")) for r in rows)
        recs.append(([upper_name(wk), "", "", "", f"L&I Clm {cl}   ICN {ic}", n2(bill_tot), "", "", "", ""],
                     rows))
    widths = [22, 16, 12, 12, 62, 26, 26, 26, 26, 18]
    p.tworow((["Worker", "", "", "", "Claim / bill", "Bill total", "", "", "", ""],
              ["Svc Dt", "Proc", "Mod", "Units", "Rendering", "Billed", "Allowed", "Adj", "Paid", "Rsn"]),
             recs, widths, size=7.3, money_from=5,
             total=["TOTALS", "", "", "", "3 bills", n2(tot[0]), n2(tot[1]), neg(tot[2]), n2(tot[3]), ""])
    recoup = round(rng.randint(30, 80) + 0.45, 2)
    p.leaders([("Paid on this advice", n2(tot[3])),
               (f"Less: recovery on ICN {icn(rng)} (paid twice in February)", neg(recoup)),
               ("Net amount of this EFT", n2(round(tot[3] - recoup, 2)))], size=8.2, w=150)
    p.para("**Rsn.** P01: paid at the fee schedule; the difference is an adjustment the worker does not owe. "
           "R52: these visits come after the therapy visits approved for this claim. Nobody has asked us to approve "
           "more visits, so the lines are not paid. The worker may not be billed for them.", 7.8)
    p.para("To ask us to adjust a bill on this advice, your request must reach Provider Payments within 90 days of "
           "the Pd Dt. Put the claim number on every page you send.", 7.8)
    wk, cl, ic, dates, billed, th = deny
    t = truth("eob", "prior_authorization", insurer=INS, member_name=wk, cases=[cl, ic], claim_amount=m2(billed),
              service_dates=[d.isoformat() for d in dates], denial_date=pd.isoformat(), provider=th,
              appeal_deadline=plus(pd, 90).isoformat(),
              alternates={"insurer": ALT, "member_id": [cl], "provider": [PT], "case_numbers": [[cl], [ic]]},
              denial_alternates=["not_covered"])
    return out(p), t


def bd_fusion(rng):
    worker, attending, surgeon, cm, reviewer = people(rng, 5)
    cl = claim_no(rng)
    nd = workday(dt.date(2026, 4, rng.randint(13, 24)))
    rq = plus(nd, -rng.randint(9, 14))
    planned = dt.date(2026, 5, 19)
    doi = dt.date(2026, 1, rng.randint(5, 26))
    rev = f"UR-26-{digits(rng, 6)}"
    p = ECSheet(footer="Page {n} of {nb}", footer_left="Notice to worker - treatment request", corner=f"Claim {cl}")
    p.set_margins(18, 15, 18)
    p.add_page()
    _head(p, rng, "Claims Section - Medical Treatment Decisions")
    p.para(fdate(nd, "long"), 10)
    for ln in [worker, *wa_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    side = [("Claim no.", cl), ("Injury date", fdate(doi, "slash")), ("Employer", "Riverbend Cold Storage LLC"),
            ("Employer acct (UBI)", ubi(rng)), ("SSN", f"XXX-XX-{digits(rng, 4)}"), ("Review no.", rev),
            ("Request rcvd", fdate(rq, "slash"))]
    paras = [
        f"Dear {worker}:",
        f"Dr. {surgeon} of {SPINE} asked us to approve surgery on your low back: a fusion of two levels (L4-5 and "
        f"L5-S1). The surgery was planned for {wday(planned)}, at {HOSP}.",
        "**We will not pay for this surgery.** Your claim is allowed for a strain of the low back. The MRI shows "
        "wear of the discs at both levels, the kind many people your age have, but the bending X-rays show no "
        "slipping of one bone on another and no loose segment. The records also show that you have not yet had six "
        "weeks of a structured exercise program. A spine surgeon who reviews requests for us read the records and "
        "agreed that the fusion is not proper and necessary care for your accepted condition at this time.",
    ]
    p.facts_right(side, paras, side_w=58, size=9.6, title="About this claim")
    p.parties([("Attending provider", f"Dr. {attending}", "Prov acct " + digits(rng, 7)),
               ("Requesting surgeon", f"Dr. {surgeon}", SPINE),
               ("Claim manager", cm, phone(rng)),
               ("Reviewing surgeon", f"Dr. {reviewer}", "spine specialist for L&I")], cap_w=38, size=8.6)
    p.para("Your attending provider may send new information, such as the results of an exercise program, and ask "
           "again. This decision does not close your claim, and the other care your attending provider gives for "
           "the back strain can still be paid.", 9.6)
    p.para("**If you disagree.** Write to your claim manager and say why. Your protest must reach us within 60 days "
           "from the day you receive this notice. You may instead appeal to the Board of Industrial Insurance "
           "Appeals in the same time. Put your claim number on every page.", 9.6)
    p.para(f"{cm}\nClaim Manager", 9.6)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_name=worker, cases=[cl, rev],
              service_dates=[planned.isoformat()], denial_date=nd.isoformat(), provider=surgeon,
              appeal_deadline=None,
              alternates={"insurer": ALT, "member_id": [cl], "provider": [SPINE], "case_numbers": [[cl], [rev]]})
    return out(p), t


def lowres_massage(rng):
    worker, lmt, prescriber, sig = people(rng, 4)
    cl = claim_no(rng)
    shown = f"{cl[:2]} {cl[2:]}"
    nd = workday(dt.date(2026, 5, rng.randint(4, 15)))
    a = dt.date(2026, 3, 4)
    b = dt.date(2026, 3, 9)
    bill = f"{digits(rng, 4)}-{digits(rng, 5)}"
    amt = 285.00
    p = ECSheet(footer=None)
    p.set_margins(18, 15, 18)
    p.add_page()
    _head(p, rng, "Provider Bill Review")
    for ln in [MASSAGE, "Attn: Billing", *wa_address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Dt", fdate(nd, "slash"), 29, "B"), ("Wkr", worker, 52, "B"), ("Clm", shown, 27, "B"),
                ("Bill", bill, 28, "B"), ("Svc", span_slash(a, b), W - 136, "B")], cap=6.0)
    p.para("To the billing office:", 10)
    p.para(f"Your bill asks USD {n2(amt)} for three one-hour massage visits that {lmt}, LMP, gave {worker} "
           f"{span_words(a, b)}. Dr. {prescriber} prescribed the massage on this claim.", 10)
    p.para("We did not pay the bill. Massage therapy is paid only when the treatment notes for each visit are in "
           "the claim file, and no notes from your clinic for these three visits have reached it. We checked the "
           "file again on the date above. Without them we cannot see what was done or that it was done for the "
           "injury on this claim.", 10)
    p.para("Please fax the notes for each visit to the claim file, with the claim number at the top right of every "
           "page. You may ask us to reconsider this bill within 90 days of the date of this letter; send the notes "
           "with your request. The worker may not be billed for these visits.", 10)
    p.para(f"{sig}\nProvider Bill Review", 10)
    t = truth("denial_letter", "other", insurer=INS, member_name=worker, cases=[cl, bill], claim_amount=m2(amt),
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(), provider=MASSAGE,
              appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"insurer": ALT, "member_id": [cl], "provider": [lmt], "case_numbers": [[cl], [bill]],
                          "service_dates": [[a.isoformat(), b.isoformat()]]})
    return out(p), t


def photocopy_tpa(rng):
    worker, doc, examiner, sig = people(rng, 4)
    cl = claim_no(rng)
    nd = workday(dt.date(2026, 5, rng.randint(5, 14)))
    doi = dt.date(2026, 2, rng.randint(2, 12))
    first = plus(doi, 1)
    later = [plus(first, 9), plus(first, 23), plus(first, 37)]
    bill = f"NCFM-{digits(rng, 6)}"
    rows, tot = [], [0.0, 0.0, 0.0, 0.0]
    ch = 268.00
    al = round(ch * 0.71, 2)
    rows.append([fdate(first, "slash"), "99203", "New patient visit", n2(ch), n2(al), n2(al), "0.00", "Paid"])
    tot = [ch, al, al, 0.0]
    refused = 0.0
    for d in later:
        c = 176.00
        refused += c
        rows.append([fdate(d, "slash"), "99213", "Follow-up visit", n2(c), "0.00", "0.00", neg(c, "paren"),
                     "See below"])
        tot = [tot[0] + c, tot[1], tot[2], tot[3] + c]
    rows.append(["Total", "", "", n2(tot[0]), n2(tot[1]), n2(tot[2]), neg(tot[3], "paren"), ""])
    p = ECSheet(footer="Page {n} of {nb}", corner=f"L&I claim {cl}")
    p.set_margins(17, 15, 17)
    p.add_page()
    p.head(TPA, "PPC", [f"Claims administrator for {EMPLOYER}, a self-insured employer in Washington",
                        f"PO Box {rng.randint(2100, 2999)}, Everett WA 98213  |  {phone(rng, '425')}"], size=12.5)
    p.para(fdate(nd, "long"), 10)
    for ln in [FAMILY_MED, "Billing Department", *wa_address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.beside([[("Worker's claim #", cl), ("Employee No.", f"E-{digits(rng, 5)}")],
              [("Worker", worker), ("Injury date", fdate(doi, "slash"))],
              [("Claims examiner", examiner), ("Treating provider", f"Dr. {doc}")],
              [("Your bill", bill), ("Paid on", fdate(nd, "slash"))]], cap_w=27, size=8.8)
    p.para(f"We received your bill for {worker}'s visits with Dr. {doc}. {EMPLOYER} is self-insured, so we pay its "
           "workers' medical bills under the same medical aid rules and fee schedules as the Department of Labor "
           "& Industries.", 9.8)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Visit", "Code", "Service", "Charged", "Allowed", "Paid", "Not paid", "Status"], rows,
            [22, 15, 36, 22, 20, 20, 22, W - 157], size=7.8, aligns=["L", "L", "L", "R", "R", "R", "R", "L"],
            bold_last=True)
    p.para(f"Dr. {doc} is not a member of the state's Medical Provider Network. A provider outside the network "
           "can be paid for the first visit after an injury, and we paid that visit. The three follow-up visits "
           "came after it, so they cannot be paid to a provider outside the network. The worker needs to choose a "
           "network provider for ongoing care, and may not be billed for these visits.", 9.8)
    p.para("If you disagree with how this bill was paid, send us your request in writing within 90 days after "
           "the payment date shown above. A protest of a decision may also go to L&I's Self-Insurance "
           "section.", 9.8)
    p.para(f"{sig}\nMedical Bill Unit, {TPA}", 9.8)
    t = truth("denial_letter", "out_of_network", insurer=TPA, member_name=worker, cases=[cl, bill],
              claim_amount=m2(tot[0]), service_dates=[d.isoformat() for d in later], denial_date=nd.isoformat(),
              provider=doc, appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"insurer": [EMPLOYER, "Pilchuck Point Claims", "Pilchuck Point"], "member_id": [cl],
                          "provider": [FAMILY_MED], "case_numbers": [[cl], [bill]],
                          "claim_amount": [m2(refused)]})
    return out(p), t


def phone_es(rng):
    worker, therapist, cm = people(rng, 3, es=True)
    cl = claim_no(rng)
    closed = dt.date(2026, 2, 27)
    a, b = dt.date(2026, 3, 3), dt.date(2026, 3, 9)
    nd = workday(dt.date(2026, 4, rng.randint(14, 24)))
    amt = 312.00
    p = ECSheet(footer="Página {n} de {nb}", corner=f"Reclamo {cl}")
    p.set_margins(17, 15, 17)
    p.add_page()
    p.head(INS, "L&I", ["Departamento de Labor e Industrias del Estado de Washington  |  Sección de Reclamos",
                        f"PO Box 44{rng.randint(100, 899)}, Olympia WA 98504  |  1-800-555-{digits(rng, 4)}"],
           size=12)
    p.para(es_date(nd, True), 10)
    for ln in [worker, *wa_address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.hang([("Reclamo L&I", cl), ("Cuenta del empleador", ubi(rng)), ("Reclamo cerrado", es_date(closed)),
            ("Clínica", REHAB),
            ("Sesiones", f"del {es_date(a, True)} al {es_date(b, True)}"),
            ("Contacto", cm)], cap_w=40, size=9.4)
    p.para(f"Estimado(a) {worker}:", 10)
    p.para(f"{REHAB} nos envió una factura por sesiones de fisioterapia que {therapist} le dio del 3 al 9 de marzo. "
           f"La factura es por {es_money(amt)} (${n2(amt)}).", 10)
    p.para(f"No podemos pagar esas sesiones. Su reclamo se cerró el {es_date(closed)}, y la atención que se recibe "
           "después del cierre no se paga mientras el reclamo siga cerrado. La clínica no puede cobrarle a usted "
           "estas sesiones.", 10)
    p.para("Si su lesión empeoró, su proveedor de atención puede pedirnos que reabramos el reclamo. Si no está de "
           "acuerdo con este aviso, envíenos su protesta por escrito dentro de 60 días a partir de la fecha de este "
           "aviso, o apele a la Junta de Apelaciones de Seguro Industrial en el mismo plazo.", 10)
    p.para(f"Atentamente,\n{cm}\nSección de Reclamos", 10)
    t = truth("denial_letter", "eligibility", insurer=INS, member_name=worker, cases=[cl], claim_amount=m2(amt),
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(), provider=REHAB,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT + ["Departamento de Labor e Industrias del Estado de Washington",
                                            "Departamento de Labor e Industrias"],
                          "member_id": [cl], "provider": [therapist],
                          "service_dates": [[a.isoformat(), b.isoformat()]]},
              denial_alternates=["not_covered"])
    return out(p), t


def rotated_approval(rng):
    worker, ot, surgeon, cm = people(rng, 4)
    cl = claim_no(rng, odd=False)
    auth = f"26{digits(rng, 2)}B{digits(rng, 3)}"
    nd = workday(dt.date(2026, 4, rng.randint(1, 3)))
    a = dt.date(2026, 4, 6)
    b = dt.date(2026, 6, 5)
    p = ECSheet(footer="Page {n} of {nb}", corner=f"Claim {cl}")
    p.set_margins(18, 15, 18)
    p.add_page()
    _head(p, rng, "Claims Section - Treatment Authorizations")
    p.para(fdate(nd, "abbr"), 10)
    p.addr_pair("Worker", [worker, *wa_address(rng)], "Provider", [HAND, f"Attn: {ot}, OTR/L", *wa_address(rng)])
    p.under([(cl, "L&I claim"), (auth, "Authorization no."), (span_slash(a, b), "Approved period"),
             ("12 visits", "Approved")], size=9.6)
    p.para(f"Dr. {surgeon} repaired a tendon in {worker}'s right hand and asked for hand therapy after the "
           f"surgery. **We approve twelve visits of hand therapy at {HAND}** with {ot}, OTR/L, during the period "
           "above. Bills for these visits will be paid at the fee schedule.", 9.8)
    p.para("If more visits are needed after these twelve, the therapist should send a progress note and ask before "
           "the period ends. The worker pays nothing for approved visits.", 9.8)
    p.para(f"{cm}\nClaim Manager", 9.8)
    t = truth("other", None, insurer=INS, member_name=worker, cases=[cl, auth],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(), provider=HAND,
              alternates={"insurer": ALT, "member_id": [cl], "provider": [ot], "case_numbers": [[cl], [auth]],
                          "service_dates": [[a.isoformat()], [a.isoformat(), b.isoformat()]]})
    return out(p), t


def clean_stack(rng):
    worker, doc, office, cm = people(rng, 4)
    cl = claim_no(rng)
    d1 = dt.date(2026, 3, 4)
    d2 = dt.date(2026, 3, 9)
    nd = workday(dt.date(2026, 4, rng.randint(20, 28)))
    cover_d = workday(plus(nd, rng.randint(5, 8)))
    bill = f"26 {digits(rng, 4)} {digits(rng, 5)}"
    bill_t = bill.replace(" ", "")
    lines = [(d1, "99213", "Office visit, shoulder", 188.00, 0.76, False),
             (d1, "73562", "X-ray left knee, 3 views", 96.00, 0, True),
             (d1, "20610", "Injection, left knee", 158.00, 0, True),
             (d2, "99213", "Office visit, shoulder", 188.00, 0.76, False),
             (d2, "20610", "Injection, left knee", 156.00, 0, True)]
    knee = round(sum(x[3] for x in lines if x[5]), 2)
    total = round(sum(x[3] for x in lines), 2)
    # the clinic's cover letter to the worker
    p = ECSheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 7, ORTHO, new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    street = f"{rng.randint(100, 990)} Ocean Beach Hwy"
    p.cell(0, 4, f"Patient Accounts  |  {street}, Longview WA 98632  |  {phone(rng)}",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(3)
    p.para(fdate(cover_d, "long"), 10)
    for ln in [worker, *wa_address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.para(f"Re: your L&I claim {cl} - the enclosed notice about your knee", 10, gap=3)
    p.para(f"Dear {worker}:", 10)
    p.para(f"We are sending you a copy of a notice Labor & Industries mailed to our office about your visits with "
           f"Dr. {doc} on {sl(d1)} and {sl(d2)}. L&I paid for the care of your right shoulder. It did not pay the "
           f"${n2(knee)} we charged for your left knee, because your claim is accepted for the shoulder only.", 10)
    p.para("You will not get a bill from us for the knee care. Under the state's rules we may not bill you for care "
           "L&I refuses this way while your claim is open. If you believe the knee was hurt in the same fall at "
           "work, talk with Dr. " + doc.split()[-1] + " about asking L&I to accept it, or write to your claim "
           "manager. The enclosed notice explains the time limit.", 10)
    p.para(f"Sincerely,\n{office}\nPatient Accounts\nEnclosure: L&I notice", 10)
    d_a = (out(p), truth("other", None, insurer=INS, member_name=worker, cases=[cl], claim_amount=m2(knee),
                         service_dates=[d1.isoformat(), d2.isoformat()], denial_date=cover_d.isoformat(),
                         provider=ORTHO, unscored=["insurer"],
                         alternates={"member_id": [cl], "provider": [doc], "case_numbers": [[]],
                                     "claim_amount": [None]}))
    # L&I's bill notice to the clinic
    q = ECSheet(footer="Page {n} of {nb}", corner=f"Claim {cl}")
    q.set_margins(17, 15, 17)
    q.add_page()
    _head(q, rng, "Provider Bill Review")
    q.para(fdate(nd, "upper"), 10)
    for ln in [ORTHO, "Attn: Patient Accounts", street, "Longview, WA 98632"]:
        q.line(ln, 9.8)
    q.ln(2)
    q.idstrip([("Worker", worker), ("Claim", cl), ("Bill", bill), ("cc", "worker")], size=8.8)
    rows, tots = [], [0.0, 0.0, 0.0]
    for d, code, desc, ch, f, kn in lines:
        paid = 0.0 if kn else round(ch * f, 2)
        rows.append([d.isoformat(), code, desc, f"Dr. {doc}", n2(ch), n2(paid), "Not paid" if kn else "Paid"])
        tots = [tots[0] + ch, tots[1] + paid, tots[2] + (ch if kn else 0)]
    rows.append(["Totals", "", "", "", n2(tots[0]), n2(tots[1]), f"not paid {n2(tots[2])}"])
    q.para(f"This notice is about the bill above for {worker}'s visits of {span_dmy(d1, d2)}.", 9.8)
    W = q.w - q.l_margin - q.r_margin
    q.table(["Date", "Code", "Service", "Rendering", "Billed", "Paid", "Result"], rows,
            [22, 14, 44, 36, 19, 19, W - 154], size=7.8, aligns=["L", "L", "L", "L", "R", "R", "L"],
            bold_last=True)
    q.para("The claim is allowed for a strain of the right shoulder. The left knee is not a condition we have "
           "accepted on this claim, so the care given for the knee is not paid under it. The shoulder visits are "
           "paid at the fee schedule. The worker may not be billed for the knee lines while the claim is open.", 9.8)
    dl = dt.date(2026, 7, 20)
    q.para(f"If you or the worker disagree, send a written protest to the claim manager, {cm}. Your protest must "
           f"be received by {fdate(dl, 'long')}.", 9.8)
    d_b = (out(q), truth("denial_letter", "not_covered", insurer=INS, member_name=worker, cases=[cl, bill_t],
                         claim_amount=m2(total), service_dates=[d1.isoformat(), d2.isoformat()],
                         denial_date=nd.isoformat(), provider=doc, appeal_deadline=dl.isoformat(),
                         alternates={"insurer": ALT, "member_id": [cl], "provider": [ORTHO],
                                     "case_numbers": [[cl], [bill_t]], "claim_amount": [m2(knee)],
                                     "service_dates": [[f"{d1.isoformat()}/{d2.isoformat()}"]]},
                         denial_alternates=["other"]))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_landscape_remittance_three_workers_therapy_past_approved_visits", "fax_standard_g4",
             [faxstd_remit(rng)]),
        Item(F + "born_digital_worker_notice_lumbar_fusion_not_proper_and_necessary", "born_digital",
             [bd_fusion(rng)]),
        Item(F + "lowres_letter_massage_clinic_no_chart_notes", "scan_lowres_150", [lowres_massage(rng)]),
        Item(F + "photocopy_self_insured_administrator_provider_outside_network", "photocopy",
             [photocopy_tpa(rng)]),
        Item(F + "phone_es_aviso_reclamo_cerrado_fisioterapia", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_hand_therapy_visits_approved", "rotated", [rotated_approval(rng)]),
        Item(F + "clean_stack_clinic_cover_letter_then_knee_lines_not_accepted_upside_down", "scan_clean_300",
             clean_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
