"""Papers mirrored (structure and plain wording style only) from Ohio's workers' compensation system as a managed care
organization (MCO) working for the Ohio Bureau of Workers' Compensation (BWC) sends them: decisions on a physician's
C-9 request for treatment, remittances on bills, letters to injured workers, a decision after alternative dispute
resolution (ADR). Public rules used as themselves: in Ohio's state-fund system an MCO chosen by the employer manages
the medical side of a claim (treatment requests, bills, disputes) while BWC decides whether a claim and its
conditions are allowed; a physician of record asks for treatment on form C-9 and the MCO decides within three
business days; treatment is approved only when it is
reasonably related to the conditions allowed in the claim, reasonably necessary for them and of a reasonable cost
(the three questions Ohio calls the Miller criteria); a condition not allowed in the claim is not treated under it;
bills of a disallowed claim are not paid; providers must be certified by BWC to be paid for more than first or
emergency care; a party who disagrees with an MCO's decision on treatment may ask for ADR within 14 days of receiving
it, and after the MCO's ADR decision the dispute goes on to BWC and the Industrial Commission of Ohio; CPT, HCPCS,
revenue and ICD-10 codes as themselves. The MCO (Stelmoor Managed Care Services), its reason codes, form numbers,
the 60-day bill reconsideration limit, the receipt rule in one letter, every employer, clinic, hospital, law office,
billing company, physician, therapist, reviewer, worker, claim and bill number, PO box, phone (555) and address are
invented; the clinical thresholds in the reasons are put in our own words and need not match any MCO's or BWC's
guideline. No heading names the kind of denial; each reason is put in plain words of the writer's own.

Documents (8 in 7 files):
- faxstd_c9_decision_chiropractic_visits_disc_not_an_allowed_condition: a C-9 decision faxed (standard) to a
  chiropractor with short captions left of and under the boxes ("Dt", "BWC Clm #" with an O among its digits, "DOI",
  "Req ID", "IW", "Medicare #" as a decoy, "Emp pol #", "POR", "Tx dates" 03/09/26 - 04/03/26); a decision grid with
  check boxes approves a re-examination and denies twelve manipulation visits and traction because the disc
  displacement they treat is not an allowed condition of the claim (not_covered); ADR "within 14 days after you
  receive this decision" (nothing to count from: null).
- born_digital_remittance_therapy_clinic_visits_past_the_eight_approved: a landscape remittance to a physical therapy
  clinic, a ledger grouped by claim (shaded head line per worker with the BWC claim, bill subtotals, grand total),
  ISO dates, the therapist as a column, fee-schedule reductions printed "62.40-"; the middle worker's last two visit
  dates pay 0.00 under S41 (past the eight visits approved, nobody asked for more; legend only:
  prior_authorization); EFT trace, tax ID and BWC provider number as decoys; "within 60 days of the remittance date".
- lowres_c9_approval_work_conditioning_two_weeks: a 150 dpi approval (denies nothing) with odd captions under the boxes
  ("Dt iss'd", "Clm", "IW nm", "Req #" with a B among its digits, "Auth'd", "Prog.", "Ohio Mcaid #" as a decoy) of
  work conditioning "4-15 May 2026" (also 05/04/2026 through 05/15/2026); the physician of record only in a sentence.
- photocopy_letter_to_worker_medial_branch_blocks_too_soon: a photocopied letter to the worker with caption tabs
  printed white on dark blocks and a parties box (physician of record, requesting pain physician and practice, MCO
  nurse, employer): nerve blocks planned for "Thursday, April 23, 2026" denied because the pain is seven weeks old
  and therapy barely started (medical_necessity); the practice's account number as a decoy; a receipt rule that
  prints the last day ("reaches us by <date>").
- phone_es_carta_clinica_no_certificada_tres_visitas: a photographed Spanish letter to a worker: three massage
  therapy visits ("3, 5 y 10 de marzo de 2026", also 03-mar-2026 in a table) at a clinic that is not certified by BWC
  are not paid (out_of_network; not_covered accepted); "US$ 465,00" only in a sentence; the BWC claim number beside an
  Ohio Medicaid number; "a más tardar el <fecha>".
- rotated_adr_decision_rehab_hospital_stay_nursing_facility_meets_need: an ADR decision fed upside down, boxes with their
  captions turned up their left edge, keeping the refusal of 21 days in an inpatient rehabilitation hospital
  "from Monday, April 6 through Sunday, April 26, 2026" because a skilled nursing facility meets the need
  (level_of_care); the next step goes to BWC and the Industrial Commission "within 14 days after you receive" (null).
- scan_stack_attorney_cover_letter_duplex_then_er_bill_claim_disallowed_upside_down: a workers' compensation law
  office's letter forwarding the MCO's notice to its client (its own document: other, no denial), its duplex back,
  then a two-page bill notice: an emergency visit's facility bill ("USD" amounts, the emergency physician as a
  column, a billing company in a box beside the hospital, totals row) refused because BWC disallowed the claim
  (eligibility; not_covered and other accepted); "within 60 days of the date of this notice"; its second page upside
  down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounded_famhf import (EDSheet, es_date, es_list, es_money, last_first, medicaid_no, medicare_no, n2,
                               npi, odd_in, oh_address, people, phone, span_dash, span_dmy, span_wdays, split_name,
                               trail, usd, wlong, workday, yy)
from public_kit import digits, fdate, m2, out, plus, truth

FAMILY = "ohio_bwc_mco_treatment_requests_bill_remittances_and_dispute_decisions"
LANG = "en"
SEED = 354935
INS = "Stelmoor Managed Care Services"
ALT = ["Stelmoor", "Stelmoor MCO", "Stelmoor Managed Care", "Stelmoor Managed Care Services, LLC"]
CHIRO = "Tansleigh Chiropractic & Spine"
PT = "Ossendale Physical Therapy"
WORKREHAB = "Ellersby Work Rehab Center"
PAIN = "Blythemere Pain Management"
MASSAGE = "Hollowfen Massage Studio"
REHAB = "Sunhollow Rehabilitation Hospital"
SNF = "Pruitt Ridge Skilled Nursing"
HOSP = "Corbrae Valley Hospital"
ERDOCS = "Wendlemoor Emergency Physicians"
BILLCO = "Marlock Revenue Partners"
LAW = "Brisbeck & Voorst, LLC"
EMPLOYERS = ["Ravelsby Tool & Die, Inc.", "Kellbrook Distribution Center LLC", "Cresswold Township Road Dept.",
             "Yarrowdene Plastics Molding Co.", "Ashmantle Poultry Processing"]


def _head(p, rng, unit="Medical Management", box=None):
    p.head(INS, "SMC", [f"A managed care organization (MCO) certified by the Ohio Bureau of Workers' Compensation  |  "
                        f"{unit}",
                        f"PO Box {rng.randint(18100, 18999)}, Columbus, OH 43218  |  1-866-555-{digits(rng, 4)}  |  "
                        f"Fax 1-866-555-{digits(rng, 4)}  |  BWC MCO no. 10{digits(rng, 3)}"], box=box, size=12.5)


def claim_no(rng, odd=None):
    """A BWC claim number shape (year, dash, six characters)."""
    return "26-" + odd_in(digits(rng, 6), odd, rng)


def req_id(rng, odd=None):
    return "SR" + odd_in(digits(rng, 8), odd, rng, lo=2)


def policy(rng):
    return f"{digits(rng, 7)}-0"


def bwc_prov(rng):
    return digits(rng, 8)


def faxstd_c9(rng):
    worker, dc, nurse = people(rng, 3)
    clm = claim_no(rng, "O")
    req = req_id(rng)
    med = medicare_no(rng)
    doi = dt.date(2026, 1, rng.randint(12, 23))
    rcvd = workday(dt.date(2026, 3, rng.randint(2, 4)))
    ltr = workday(plus(rcvd, 2))
    start = plus(ltr, 7 - ltr.weekday())   # the Monday after the letter
    end = plus(start, 25)
    W = 215.9 - 26
    f, mi, last = split_name(worker)
    fax = (f"{ltr.strftime('%m/%d/%Y')} {rng.randint(13, 16)}:{rng.randint(10, 59)}  STELMOOR MCO  UR DESK  "
           f"1-866-555-{digits(rng, 4)}  >>  {CHIRO.upper()}  pg {{n}}")
    p = EDSheet(footer="Page {n} of {nb}", footer_left=f"SMC-C9D (01/26)  doc {digits(rng, 10)}", fax_hdr=fax)
    p.set_margins(13, 13, 13)
    p.add_page()
    _head(p, rng, unit="Treatment requests (C-9)")
    p.title_bar("C-9 DECISION  -  PROVIDER COPY", "Physician's request for medical service  |  decided within three "
                                                   "business days of receipt")
    p.capcells([("Dt", fdate(ltr, "slash"), 36, "L"), ("BWC Clm #", clm, 54, "L"), ("DOI", yy(doi), 30, "B"),
                ("Req ID", req, W - 120, "B")])
    p.capcells([("IW", f"{last.upper()}, {f.upper()} {mi}", 72, "L"), ("Medicare #", med, 48, "B"),
                ("Emp pol #", policy(rng), W - 120, "B")])
    p.capcells([("POR", f"{dc}, D.C.", 72, "L"), ("BWC prov #", bwc_prov(rng), 48, "B"),
                ("NPI", npi(rng), W - 120, "B")])
    p.capcells([("C-9 rcvd", fdate(rcvd, "slash"), 56, "L"), ("Tx dates", span_dash(start, end), 64, "B"),
                ("Freq", "3x/wk x 4 wks", W - 120, "B")])
    p.para(f"To the physician of record at {CHIRO}:", 9.4)
    p.para("We reviewed the C-9 your office sent and the notes that came with it. Each line of the request and what "
           "we decided is marked below.", 9.4)
    p.decision_grid(["Code", "Service asked for", "Qty"],
                    [(["99213", "Re-examination, established patient", "1"], 0),
                     (["98941", "Chiropractic manipulation, 3-4 spinal regions", "12"], 1),
                     (["97012", "Mechanical traction", "12"], 1)],
                    [18, 88, 14], ["Approved", "Denied", "Dismissed"], mark_w=(W - 120) / 3, size=8.4)
    p.bar("Decision notes", size=9.0)
    p.para("**Allowed in this claim:** S33.5XXA, sprain of the ligaments of the lower back. **Treated in the "
           "request:** M51.26, displacement of a lumbar disc, which BWC has not allowed in this claim.", 9.0)
    p.para("The re-examination is approved so that you can look again at the allowed sprain. The manipulation and "
           "traction visits are aimed at the disc, according to the plan of care and the MRI report you sent. Care "
           "can be approved under a claim only when it is reasonably related to a condition allowed in that claim, "
           "so these lines were turned down. This says nothing about whether the care would help. If you believe "
           "the disc problem came from the work injury, ask BWC to add it to the claim (the C-9 has a part for "
           "that); once a condition is allowed, a new request for its treatment can be sent.", 9.0)
    p.para("**If a party disagrees.** The injured worker, the employer or you may ask Stelmoor for alternative "
           "dispute resolution (ADR) within 14 days after you receive this decision. Write the claim number and the "
           f"request ID on it. Reviewed by {nurse}, RN, utilization review. Copies: injured worker, employer.", 8.6)
    t = truth("denial_letter", "not_covered", insurer=INS, member_name=worker, cases=[clm, req],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=ltr.isoformat(), provider=dc,
              alternates={"insurer": ALT, "member_id": [clm], "provider": [CHIRO],
                          "case_numbers": [[clm], [req]], "service_dates": [[start.isoformat()],
                                                                            [start.isoformat(), end.isoformat()]]},
              denial_alternates=["other", "medical_necessity"])
    return out(p), t


def bd_remit(rng):
    workers = people(rng, 3)
    ther = people(rng, 3)
    rd = workday(dt.date(2026, 4, rng.randint(6, 10)))
    W = 279.4 - 24
    p = EDSheet(footer="Page {n} of {nb}", footer_left=f"SMC provider remittance  |  {PT}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng, unit="Provider bill payment")
    p.title_bar("PROVIDER REMITTANCE ADVICE  -  OHIO STATE FUND CLAIMS")
    p.hung([(PT, "Payee", 74), (f"{digits(rng, 2)}-{digits(rng, 7)}", "Tax ID", 30),
            (bwc_prov(rng), "BWC provider no.", 34),
            (rd.isoformat(), "Remittance date", 32), (f"EFT {digits(rng, 11)}", "Trace", 44),
            (plus(rd, 2).isoformat(), "Deposit on", W - 214)])
    rate = {"97110": 52.00, "97140": 49.00, "97530": 56.00}
    groups, tot = [], [0.0, 0.0, 0.0, 0.0]
    deny = None
    plans = [
        [(dt.date(2026, 3, 3), "97110", 2), (dt.date(2026, 3, 3), "97140", 1), (dt.date(2026, 3, 5), "97110", 2)],
        [(dt.date(2026, 3, 2), "97110", 2), (dt.date(2026, 3, 2), "97530", 1), (dt.date(2026, 3, 4), "97110", 2),
         (dt.date(2026, 3, 4), "97530", 1), (dt.date(2026, 3, 9), "97110", 2), (dt.date(2026, 3, 9), "97530", 1),
         (dt.date(2026, 3, 11), "97110", 2), (dt.date(2026, 3, 11), "97530", 1)],
        [(dt.date(2026, 3, 10), "97140", 2), (dt.date(2026, 3, 12), "97140", 2)],
    ]
    refused_dates = {dt.date(2026, 3, 9), dt.date(2026, 3, 11)}
    for k, (wk, th, lines) in enumerate(zip(workers, ther, plans)):
        clm = claim_no(rng, "S" if k == 1 else None)
        icn = f"{digits(rng, 4)}26{digits(rng, 7)}"
        rows, sub = [], [0.0, 0.0, 0.0, 0.0]
        for i, (d, cpt, u) in enumerate(lines):
            billed = rate[cpt] * u * 1.6
            if k == 1 and d in refused_dates:
                vals = [billed, 0.0, billed, 0.0]
                code = "S41"
            else:
                allowed = round(rate[cpt] * u, 2)
                vals = [billed, allowed, round(billed - allowed, 2), allowed]
                code = "F02"
            sub = [a + b for a, b in zip(sub, vals)]
            rows.append([icn if i == 0 else "", str(i + 1), d.isoformat(), cpt, str(u),
                         f"{th.split()[0]} {th.split()[-1]}, PT", n2(vals[0]), n2(vals[1]), trail(vals[2]),
                         n2(vals[3]), code])
        tot = [a + b for a, b in zip(tot, sub)]
        emp = EMPLOYERS[k]
        groups.append({"head": f"BWC claim {clm}   |   IW {last_first(wk)}   |   Employer {emp}",
                       "rows": rows,
                       "sub": ["", "", "", "", "", "Bill total", n2(sub[0]), n2(sub[1]), trail(sub[2]), n2(sub[3]),
                               ""]})
        if k == 1:
            deny = (wk, clm, icn, sub[0], th, sum(rate[c] * u * 1.6 for d, c, u in lines if d in refused_dates))
    p.grouped_ledger(["ICN", "Ln", "Svc date", "CPT", "Units", "Rendering", "Billed", "Fee sched. allowed",
                      "Reduction", "Paid", "Code"], groups,
                     [30, 8, 22, 14, 12, 40, 22, 24, 22, 22, W - 216],
                     ["L", "C", "L", "L", "C", "L", "R", "R", "R", "R", "C"], size=7.4,
                     totals=["REMITTANCE TOTALS", "", "", "", "", "", n2(tot[0]), n2(tot[1]), trail(tot[2]),
                             n2(tot[3]), ""])
    p.leaders([("Paid on bills", n2(tot[3])), ("Prior overpayment recovered (ICN 4410" + digits(rng, 9) + ")",
                                              trail(38.00)),
               ("Net deposit", n2(round(tot[3] - 38.00, 2)))], size=8.0, w=140)
    wk, clm, icn, billed, th, refused = deny
    p.para("**Codes.** F02: paid at the BWC fee schedule; the reduction may not be billed to the injured worker or "
           "the employer. S41: the visits on these dates are beyond the number approved for this claim (eight "
           "visits of therapy, approved on the C-9 of 02/06/2026). No request for more visits was received before "
           "the care was given, so nothing was paid for these lines. Do not bill the injured worker.", 7.8)
    p.para("Questions about a line: call Provider Relations at the number at the top. A request to reconsider how a "
           "bill was paid must reach Stelmoor within 60 days of the remittance date printed above; a corrected bill "
           "is not a reconsideration request.", 7.8)
    t = truth("eob", "prior_authorization", insurer=INS, member_name=wk, cases=[clm, icn], claim_amount=m2(billed),
              service_dates=[d.isoformat() for d in sorted(refused_dates)], denial_date=rd.isoformat(), provider=PT,
              appeal_deadline=plus(rd, 60).isoformat(),
              alternates={"insurer": ALT, "member_id": [clm], "provider": [f"{th.split()[0]} {th.split()[-1]}"],
                          "case_numbers": [[clm], [icn]], "claim_amount": [m2(refused)],
                          "service_dates": [[d.isoformat() for d in (dt.date(2026, 3, 2), dt.date(2026, 3, 4),
                                                                       dt.date(2026, 3, 9), dt.date(2026, 3, 11))]]},
              denial_alternates=["not_covered"], type_alternates=["denial_letter"])
    return out(p), t


def lowres_approval(rng):
    worker, por, nurse = people(rng, 3)
    clm = claim_no(rng)
    req = req_id(rng, "B")
    mcaid = medicaid_no(rng)
    rcvd = workday(dt.date(2026, 4, rng.randint(20, 23)))
    ltr = workday(plus(rcvd, 2))
    a, b = dt.date(2026, 5, 4), dt.date(2026, 5, 15)
    W = 215.9 - 32
    p = EDSheet(footer="Page {n} of {nb}", footer_left="SMC-C9A (01/26)")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, unit="Treatment requests (C-9)")
    p.para("**Treatment request approved**", 11.5)
    p.capcells([("Dt iss'd", fdate(ltr, "dmy"), 34, "B"), ("Clm", clm, 36, "B"), ("IW nm", worker, 60, "B"),
                ("Req #", req, W - 130, "B")], cap=6.4)
    p.capcells([("Auth'd", span_dmy(a, b), 40, "B"), ("Prog.", WORKREHAB, 72, "B"),
                ("Ohio Mcaid #", mcaid, W - 112, "B")], cap=6.4)
    for ln in [worker, *oh_address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    p.para(f"Dear {worker}:", 10)
    p.para(f"Your physician of record, Dr. {por}, asked on {fdate(rcvd, 'long')} for a work conditioning program "
           f"to help you return to your job after the shoulder injury in this claim. We approved it.", 10)
    p.table(["Code", "Service", "Approved", "Dates"],
            [["97545", "Work conditioning, first 2 hours each day", "10 days", "05/04/2026 through 05/15/2026"],
             ["97546", "Work conditioning, each added hour", "20 units", "05/04/2026 through 05/15/2026"]],
            [18, 74, 24, W - 116], size=8.6)
    p.para(f"The program at {WORKREHAB} runs five days a week. Please go on each scheduled day; if you miss days, "
           "the program must ask us before it adds days at the end. Your employer and the program receive a copy "
           "of this letter.", 10)
    p.para("This approval is not a decision that your claim includes any new condition. If any party disagrees "
           "with this decision, it may ask for alternative dispute resolution within 14 days after receiving it.", 9.2)
    p.para(f"Nurse case manager: {nurse}, RN  |  {phone(rng, '614')}", 9.2)
    t = truth("other", None, insurer=INS, member_name=worker, cases=[clm, req],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=ltr.isoformat(), provider=WORKREHAB,
              alternates={"insurer": ALT, "member_id": [clm], "provider": [por],
                          "case_numbers": [[clm], [req]],
                          "service_dates": [[a.isoformat()], [a.isoformat(), b.isoformat()]]})
    return out(p), t


def photocopy_blocks(rng):
    worker, por, pain, nurse, peer = people(rng, 5)
    clm = claim_no(rng, "Z")
    req = req_id(rng)
    acct = f"BPM-{digits(rng, 6)}"
    doi = dt.date(2026, 2, rng.randint(16, 20))
    ltr = workday(dt.date(2026, 4, rng.randint(6, 8)))
    dos = dt.date(2026, 4, 23)
    due = plus(ltr, 19)
    emp = EMPLOYERS[3]
    p = EDSheet(footer="Page {n} of {nb}", footer_left="SMC-IW-L2")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, unit="Letters to injured workers")
    W = p.w - p.l_margin - p.r_margin
    p.tabs([[("LETTER DATE", fdate(ltr, "long"), W * 0.5), ("CLAIM", clm, W * 0.5)],
            [("REQUEST", req, W * 0.5), ("INJURED", yy(doi), W * 0.5)],
            [("PRACTICE ACCT", acct, W * 0.5), ("PLANNED", yy(dos), W * 0.5)]])
    for ln in [worker, *oh_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {worker.split()[0]} {worker.split()[-1]}:", 10)
    p.para(f"Dr. {pain} of {PAIN} asked us to approve nerve blocks of the lower back for you, planned for "
           f"{wlong(dos)}. We looked at the request with the records from your physician of record and from the "
           "pain practice.", 10)
    p.parties([("Physician of record", f"Dr. {por}", "treats the allowed conditions"),
               ("Requested by", f"Dr. {pain}", PAIN),
               ("Reviewed by", f"{nurse}, RN", f"peer review: {peer}, M.D."),
               ("Employer", emp, f"policy {policy(rng)}")], cap_w=40)
    p.para("**What we decided.** We did not approve the two nerve blocks (CPT 64493 and 64494, right side).", 10)
    p.para("Your back was hurt seven weeks before the request. Blocks of the nerves to the small joints of the spine "
           "are used when low back pain has lasted about three months even though therapy and a home exercise "
           "program were kept up. The records show two therapy visits so far and no home program. The reviewing "
           "doctor found that the blocks are not reasonably needed at this point. Your therapy can go on, and Dr. "
           f"{pain} may ask again later with notes on how the therapy went.", 10)
    p.para("**If you disagree.** You, your employer or the doctor may ask for alternative dispute resolution (ADR). "
           "The request must reach us within 14 days after you receive this letter. We treat a mailed letter as "
           f"received five days after the date at the top, so a request that reaches us by {fdate(due, 'long')} is "
           "on time. Send it to the fax number or PO box at the top of this page.", 10)
    p.para(f"Sincerely,\n{nurse}, RN\nMedical management", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_name=worker, cases=[clm, req],
              service_dates=[dos.isoformat()], denial_date=ltr.isoformat(), provider=PAIN,
              appeal_deadline=due.isoformat(),
              alternates={"insurer": ALT, "member_id": [clm], "provider": [f"Dr. {pain}"],
                          "case_numbers": [[clm], [req]]})
    return out(p), t


def phone_es_massage(rng):
    worker, lmt, nurse = people(rng, 3, es=True)
    clm = claim_no(rng)
    mcaid = medicaid_no(rng)
    bill = f"{digits(rng, 4)}26{digits(rng, 7)}"
    ds = [dt.date(2026, 3, 3), dt.date(2026, 3, 5), dt.date(2026, 3, 10)]
    ltr = workday(dt.date(2026, 4, rng.randint(13, 16)))
    due = plus(ltr, 60)
    each = 155.00
    p = EDSheet(footer="Página {n} de {nb}", footer_left="SMC-IW-F3-SP")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, unit="Cartas a trabajadores lesionados")
    p.para("**Aviso sobre facturas de su reclamo de compensación laboral**", 11)
    for ln in [worker, *oh_address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.grid([[("Fecha de esta carta", es_date(ltr)), ("Nº de reclamo de BWC", clm), ("Nº de Medicaid de Ohio", mcaid)],
            [("Factura (ICN)", bill), ("Proveedor", MASSAGE), ("Fecha de la lesión", fdate(dt.date(2026, 2, 9), "dmy",
                                                                                           "es"))]],
           size=8.6, cap=6.2)
    p.para(f"Estimado(a) {worker}:", 10)
    p.para(f"{MASSAGE} nos envió una factura por tres sesiones de masaje terapéutico que le dio {lmt} los días "
           f"{es_list(ds)}. No pagamos estas sesiones.", 10)
    p.table(["Fecha", "Código", "Servicio", "Cobrado", "Pagado"],
            [[f"{d.day:02d}-{['ene', 'feb', 'mar', 'abr'][d.month - 1]}-{d.year}", "97124", "Masaje terapéutico",
              n2(each), "0.00"] for d in ds],
            [30, 20, 66, 28, 28], size=8.8, aligns=["L", "L", "L", "R", "R"])
    p.para(f"El motivo: la clínica no está certificada por la Oficina de Compensación para Trabajadores de Ohio "
           f"(BWC). Fuera de la primera atención o de una emergencia, solo se paga a proveedores certificados por "
           f"BWC. El total cobrado, {es_money(each * 3)} (${each * 3:,.2f}), no se pagó. La clínica puede pedir su "
           "certificación y "
           "mandar las facturas otra vez; si usted necesita más terapia, su médico tratante puede pedirla con un "
           "proveedor certificado.", 10)
    p.para(f"Si no está de acuerdo, puede pedir que revisemos esta decisión. Su pedido debe llegarnos a más tardar "
           f"el {es_date(due)}. Escriba el número de reclamo en su carta.", 10)
    p.para(f"Atentamente,\n{nurse}\nAdministración médica, {INS}", 9.6)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_name=worker, cases=[clm, bill],
              claim_amount=m2(each * 3), service_dates=[d.isoformat() for d in ds], denial_date=ltr.isoformat(),
              provider=MASSAGE, appeal_deadline=due.isoformat(), lang="es",
              alternates={"insurer": ALT, "member_id": [clm], "provider": [lmt], "case_numbers": [[clm], [bill]],
                          "service_dates": [[f"{ds[0].isoformat()}/{ds[-1].isoformat()}"]]},
              denial_alternates=["not_covered"])
    return out(p), t


def rotated_adr(rng):
    worker, surgeon, cm, officer = people(rng, 4)
    clm = claim_no(rng, "I")
    req = req_id(rng)
    adr = f"ADR-26-{digits(rng, 5)}"
    a, b = dt.date(2026, 4, 6), dt.date(2026, 4, 26)
    filed = dt.date(2026, 3, 27)
    dd = workday(dt.date(2026, 4, rng.randint(1, 3)))
    emp = EMPLOYERS[2]
    W = 215.9 - 36
    p = EDSheet(footer="Page {n} of {nb}", footer_left="SMC-ADR-D (01/26)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, unit="Alternative dispute resolution")
    p.f(12, "B")
    p.cell(0, 7, "Decision after alternative dispute resolution", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.vbox([("DATE", fdate(dd, "abbr"), W * 0.26), ("ADR", adr, W * 0.28), ("CLAIM", clm, W * 0.22),
            ("REQ", req, W * 0.24)])
    p.vbox([("IW", worker, W * 0.36), ("FILED", fdate(filed, "abbr"), W * 0.24), ("BY", f"Dr. {surgeon}",
                                                                                        W * 0.40)])
    for ln in [worker, *oh_address(rng)]:
        p.line(ln, 9.8)
    p.ln(2)
    p.para(f"Dr. {surgeon}, who operated on your left ankle and foot, asked us to look again at our decision on "
           f"the request to move you from the hospital to {REHAB} for 21 days, "
           f"{span_wdays(a, b)}. Our first decision approved a skilled nursing facility ({SNF}) instead. "
           "A physician who took no part in the first decision reviewed the file.", 9.8)
    p.hung([(REHAB, "asked-for setting", 70), (SNF, "approved setting", 62), (cm, "hospital case manager", W - 132)],
           size=9.0)
    p.para("**What the reviewer found.** You may put no weight on the left leg for six weeks. You can move from bed "
           "to chair with a walker and one helper, and you need daily wound care and therapy. Those needs can be "
           "met in a skilled nursing facility with therapy five days a week. A rehabilitation hospital, where "
           "therapy runs three hours a day with a doctor seeing you every day, is meant for people who can take "
           "part in that much therapy and need that much medical watching; the records do not show either. The "
           "first decision stands: the nursing facility stay remains approved, and the rehabilitation hospital "
           "stay is not.", 9.8)
    p.para("**Next step.** If you or another party disagree, you may appeal within 14 days after you receive this "
           "decision. Stelmoor sends the appeal to BWC, and it goes on to the Industrial Commission of Ohio for a "
           f"hearing. (Employer on the claim: {emp})", 9.8)
    p.para(f"{officer}\nADR coordinator", 9.8)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_name=worker, cases=[adr, clm, req],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=dd.isoformat(), provider=REHAB,
              alternates={"insurer": ALT, "member_id": [clm], "provider": [f"Dr. {surgeon}"],
                          "case_numbers": [[adr], [adr, clm], [clm, req], [clm]],
                          "service_dates": [[a.isoformat()]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def stack_er(rng):
    worker, lawyer, para, erdoc = people(rng, 4)
    clm = claim_no(rng)
    icn = f"{digits(rng, 4)}26{digits(rng, 7)}"
    acct = f"CVH{digits(rng, 8)}"
    er = dt.date(2026, 3, 14)
    order = dt.date(2026, 3, 30)
    nd = workday(dt.date(2026, 4, rng.randint(20, 22)))
    cov = workday(plus(nd, 6))
    waddr = oh_address(rng)
    # the law office's cover letter
    c = EDSheet(footer=None, serif=True)
    c.set_margins(24, 18, 24)
    c.add_page()
    c.f(14, "B")
    c.cell(0, 7, LAW, align="C", new_x="LMARGIN", new_y="NEXT")
    c.f(8.4)
    c.cell(0, 4, "Workers' compensation and Social Security disability", align="C", new_x="LMARGIN", new_y="NEXT")
    c.cell(0, 4, f"{rng.randint(100, 899)} W Fourth St, Suite 12  |  Mansfield, OH 44902  |  {phone(rng, '419')}",
           align="C", new_x="LMARGIN", new_y="NEXT")
    c.rule(5)
    c.line(fdate(cov, "long"), 10)
    c.ln(3)
    for ln in [worker, *waddr]:
        c.line(ln, 10)
    c.ln(3)
    c.para(f"Re: your claim {clm}; hospital bill for {fdate(er, 'long')}", 10, gap=3)
    c.para(f"Dear {worker.split()[0]},", 10)
    c.para(f"The enclosed notice from Stelmoor, the managed care organization on your claim, dated "
           f"{fdate(nd, 'long')}, reached our office this week. It says the bill from {HOSP} for your emergency "
           f"room visit on {fdate(er, 'long')} was not "
           "paid. That is because BWC's order of March 30 disallowed your claim. The notice is not a new decision "
           "about your injury.", 10)
    c.para("We filed your appeal of BWC's order with the Industrial Commission on April 8, and we will let you "
           "know when the hearing is set. If the claim is allowed at the hearing, the hospital can send its bill "
           "again. Until then, please send us any bill you receive for this visit instead of paying it.", 10)
    c.para(f"Very truly yours,\n\n{lawyer}\n{LAW}\n\nprepared by {para}, paralegal", 10)
    d_a = (out(c), truth("other", None, insurer=None, member_name=worker, cases=[clm], service_dates=[er.isoformat()],
                         denial_date=cov.isoformat(), provider=HOSP,
                         alternates={"insurer": [INS], "member_id": [clm], "denial_date": [nd.isoformat()]},
                         unscored=["insurer"], type_alternates=["denial_letter"]))
    # the MCO's two-page notice
    p = EDSheet(footer="Page {n} of {nb}", footer_left="SMC-BN-2 (01/26)", strip=f"Claim {clm}  |  ICN {icn}  |  "
                                                                                     "page {n}")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, unit="Bill decisions", box="NOTICE OF BILL DECISION")
    W = p.w - p.l_margin - p.r_margin
    p.tabs([[("NOTICE DATE", fdate(nd, "slash"), W * 0.42), ("WORKER'S CLAIM #", clm, W * 0.58)],
            [("ICN", icn, W * 0.42), ("HOSP. ACCT", acct, W * 0.58)]], size=8.8)
    for ln in [worker, *waddr]:
        p.line(ln, 9.8)
    p.ln(2)
    p.para(f"Dear {worker}:", 9.8)
    p.para(f"We received the bill below from {HOSP} for your visit to its emergency department. This notice "
           "tells you what happened to it. You are getting a copy because the bill is for care under your claim.",
           9.8)
    p.parties([("Hospital (billing provider)", HOSP, f"NPI {npi(rng)}"),
               ("Billed through", BILLCO, "billing agent for the hospital"),
               ("Emergency physician", f"Dr. {erdoc}", ERDOCS)], cap_w=50)
    lines = [("0450", "Emergency room, level 4", 1, 1284.00), ("0352", "CT head/brain without contrast", 1, 1962.50),
             ("0320", "X-ray wrist, 3 views", 1, 318.75), ("0636", "Drugs requiring detail coding", 2, 46.20),
             ("0300", "Laboratory, general", 1, 212.40)]
    rows, tot = [], 0.0
    for rev, desc, u, ch in lines:
        rows.append([er.isoformat(), rev, desc, str(u), f"Dr. {erdoc.split()[-1]}", usd(ch), "USD 0.00", "D9"])
        tot += ch
    rows.append(["", "", "Bill total", "", "", usd(tot), "USD 0.00", ""])
    p.table(["Date", "Rev", "Service", "Qty", "Attending", "Charged", "Paid", "Code"], rows,
            [22, 12, 50, 10, 28, 26, 20, W - 168], size=8.0, aligns=["L", "L", "L", "C", "L", "R", "R", "C"],
            bold_last=True)
    p.para(f"**D9.** BWC's order of {fdate(order, 'long')} disallowed this claim. A bill can be paid only under a "
           "claim, and only for its allowed conditions, so no part of this bill was paid. If the claim is later "
           "allowed on appeal, the hospital may send the bill again.", 9.4)
    p.add_page()
    p.bar("What you should know")
    p.para("**Do I owe this?** While the appeal of the claim is pending with the Industrial Commission, ask the "
           "hospital to hold its bill. If the claim stays disallowed, the hospital may bill you or your health "
           "insurance.", 9.6)
    p.para("**If you think we got the bill wrong.** You or the hospital may ask us to look at this bill again. "
           "Send the request within 60 days of the date of this notice. A disagreement about BWC's order itself "
           "goes to the Industrial Commission, not to us.", 9.6)
    p.bar("Other papers you may get")
    p.para(f"{ERDOCS} sends its own bill for the emergency physician; it will be decided the same way. Questions: "
           "call the number at the top of page 1 and give the claim number.", 9.6)
    d_b = (out(p), truth("denial_letter", "eligibility", insurer=INS, member_name=worker, cases=[clm, icn],
                         claim_amount=m2(tot), service_dates=[er.isoformat()], denial_date=nd.isoformat(),
                         provider=HOSP, appeal_deadline=plus(nd, 60).isoformat(),
                         alternates={"insurer": ALT, "member_id": [clm], "provider": [f"Dr. {erdoc}", ERDOCS],
                                     "case_numbers": [[clm], [icn]]},
                         denial_alternates=["not_covered", "other"], type_alternates=["eob"]))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_c9_decision_chiropractic_visits_disc_not_an_allowed_condition", "fax_standard_g4",
             [faxstd_c9(rng)]),
        Item(F + "born_digital_remittance_therapy_clinic_visits_past_the_eight_approved", "born_digital",
             [bd_remit(rng)]),
        Item(F + "lowres_c9_approval_work_conditioning_two_weeks", "scan_lowres_150", [lowres_approval(rng)]),
        Item(F + "photocopy_letter_to_worker_medial_branch_blocks_too_soon", "photocopy", [photocopy_blocks(rng)]),
        Item(F + "phone_es_carta_clinica_no_certificada_tres_visitas", "phone_photo", [phone_es_massage(rng)]),
        Item(F + "rotated_adr_decision_rehab_hospital_stay_nursing_facility_meets_need", "rotated",
             [rotated_adr(rng)]),
        Item(F + "scan_stack_attorney_cover_letter_duplex_then_er_bill_claim_disallowed_upside_down",
             "scan_clean_300", stack_er(rng), separators=["duplex", None], turns={(1, 1): 180}),
    ]
