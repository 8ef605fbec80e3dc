"""An invented fertility benefit manager, Bellwyn Fertility Benefits, that runs the fertility and family-building
benefit of four invented employers' health plans (Corriveau Aerospace, Lindqvist & Moor LLP, Sawtooth Unified School
District, Pemberly Grocers Cooperative): IVF cycles that must be agreed to before the egg-growing medicines start, a
lifetime dollar maximum shared by medical care and medicines, testing of embryos for chromosome counts paid only in
narrow cases, fertility medicines paid only from the benefit's own specialty pharmacy (Orrinvale Specialty Pharmacy),
letters and remittances to members and clinics, an appeal decision and a clinic's cover letter. The manager, the
employers, every clinic, billing company, pharmacy, person, number, address, reason code (A1, A2, X2, R7), benefit
rule, dollar limit and time limit are invented; phones use 555. CPT codes (58970, 58974, 89250, 89258, 89290, 89352,
76857, 76948, 58322, 99214, 00840) appear as themselves. No heading names the kind of denial; each reason is put in
plain words of the writer's own.

Documents (8 in 7 files):
- faxstd_clinic_copy_claim_decision_retrieval_cycle_past_lifetime_maximum: a clinic-copy claim decision on a standard
  fax with short captions left of and under their boxes ("Clm dt", "Clm ref", "Bellwyn ID" with an S among its
  digits, "Emp. no." as a decoy, "Grp", "Billing co." beside "Clinic", "Cycle" as "04/06/26 - 04/19/26"); eight
  lines with billed / allowed / plan paid / over lifetime max / patient owes and a totals row, money without a
  dollar sign; the lifetime maximum ran out inside the egg retrieval line, so the retrieval, anesthesia, embryo
  culture (04/17/26) and freezing (04/19/26) lines are flagged in the margin and shaded (not_covered); "within 180
  days of the Clm dt".
- born_digital_landscape_remittance_embryo_chromosome_testing_refused: a landscape remittance to an IVF clinic listing
  four patients of four employer plans (each with its own group), a rendering-physician column, ISO dates, discounts
  with a trailing minus ("1,068.00-"), a totals row and an overpayment recovery as a decoy; only the second patient's
  embryo biopsy with chromosome testing pays 0.00 under X2, explained only in the legend (not shown to raise the
  chance of a live birth for a patient with no known gene change; experimental); "within 90 days of the remittance
  date".
- lowres_member_letter_medicines_from_canadian_online_pharmacy: a 150 dpi letter with odd captions under the boxes
  ("Ltr", "Mbr #" with a Z among its digits, "Ref", "Rcpt" as a decoy, "Shipped") refusing to pay back fertility
  medicines ordered from an online pharmacy in Winnipeg (out_of_network); "CAD 2,418.60" and "USD 1,765.58" only in a
  sentence; the pharmacy and the prescriber only in sentences; "You have 180 days after you get this letter"
  (nothing to count from).
- photocopy_clinic_letter_stimulation_started_before_cycle_approved: a photocopied letter to a clinic with a parties
  box (clinic, physician, billing company, Bellwyn care coordinator) and a tilted RECEIVED stamp of the billing
  company's own date: three monitoring visits "from March 4 through March 9, 2026" ("4-9 Mar 2026" in a box) came
  before anyone asked Bellwyn to agree to the cycle (prior_authorization); refused amounts in parentheses; the
  Bellwyn ID printed with dashes; "no later than 180 days from the date printed above".
- phone_es_carta_icsi_no_necesaria_semen_normal: a photographed Spanish letter to a member: the IVF cycle is agreed to
  but injecting one sperm into each egg (ICSI) at the retrieval planned for "martes, 12 de mayo de 2026" is not,
  because the partner's semen test was normal and the last cycle fertilized well (medical_necessity); the clinic
  and its doctor in a box beside the reviewing doctor; "dentro de los 180 días siguientes a la fecha de esta carta".
- rotated_frozen_embryo_transfer_approved_captions_right_of_values: an approval of a frozen embryo transfer on
  "Tuesday, June 9, 2026" with captions to the right of their values, fed sideways (denies nothing).
- finefax_stack_cover_clinic_counselor_letter_then_final_appeal_transfer_after_coverage_ended_sideways: a fax cover
  sheet, a clinic financial counselor's letter forwarding Bellwyn's appeal decision (its own document: other, no
  denial), then the two-page final appeal decision keeping the refusal of a frozen embryo transfer done after the
  member's job-based coverage ended (eligibility; "Thu, Mar 19" and "March 19, 2026"; a group number printed with a
  space; only an ERISA lawsuit left), its second page fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounded_famhb import (EDSheet, cad, es_date, es_wday, last_first, n2, npi, paren, people, phone,
                               span_dash, span_dmy, span_words, trail, usd, with_odd, wlong, wshort, yy)
from public_kit import digits, fdate, m2, out, plus, truth

FAMILY = "fertility_benefit_manager_ivf_cycles_lifetime_maximum_embryo_testing_and_specialty_pharmacy_letters"
LANG = "en"
SEED = 355031
INS = "Bellwyn Fertility Benefits"
ALT = ["Bellwyn", "Bellwyn Fertility"]
EMP = [("Corriveau Aerospace Employee Health Plan", "CAE-20417"),
       ("Lindqvist & Moor LLP Benefits Plan", "LMB7730"),
       ("Sawtooth Unified School District Employee Benefit Trust", "SUSD-0912"),
       ("Pemberly Grocers Cooperative Health Plan", "PGC 55810")]
STARLING = "Starling Reproductive Medicine Associates"
CORALBELL = "Coralbell Fertility Center"
HARBISON = "Harbison IVF & Reproductive Genetics"
WINDRIFT = "Windrift Fertility & IVF"
TAMARACK = "Tamarack Medical Billing Group"
QUARRY = "Quarry Lane Revenue Services"
ORRINVALE = "Orrinvale Specialty Pharmacy"
MAPLECROFT = "Maplecroft Pharmacy Online"
LIFETIME = 25000.00


def bid(rng, odd: str | None = None) -> str:
    """A Bellwyn member ID: BFB and nine digits, optionally with a letter that reads like a digit."""
    body = digits(rng, 9)
    return "BFB" + (with_odd(body, rng, odd) if odd else body)


def bid_space(b: str) -> str:
    return f"{b[:3]} {b[3:6]} {b[6:9]} {b[9:]}"


def bid_dash(b: str) -> str:
    return f"{b[:3]}-{b[3:6]}-{b[6:]}"


def _head(p, rng, unit: str, box: str | None = None, lines: list[str] | None = None):
    p.head(INS, "BWF", lines or [f"Fertility and family-building benefits for employers  |  {unit}",
                                 f"PO Box {rng.randint(4100, 4899)}, Lakewood, CO 80226  |  Member line 1-866-555-"
                                 f"{digits(rng, 4)}  |  Clinic line 1-866-555-{digits(rng, 4)}  |  Fax 1-866-555-"
                                 f"{digits(rng, 4)}"], box=box, size=12.5)


def faxstd_lifetime(rng):
    patient, dr, coord = people(rng, 3)
    emp, grp = EMP[0]
    b = bid(rng, "S")
    clm = f"C26-{digits(rng, 4)}-{digits(rng, 4)}"
    cdt = dt.date(2026, 4, 28)
    cyc = (dt.date(2026, 4, 6), dt.date(2026, 4, 19))
    W = 215.9 - 26
    lines = [(dt.date(2026, 4, 6), "99214", "Cycle start visit, baseline ultrasound", 385.00, 240.00),
             (dt.date(2026, 4, 8), "76857", "Follicle ultrasound, estradiol", 310.00, 190.00),
             (dt.date(2026, 4, 10), "76857", "Follicle ultrasound, estradiol", 310.00, 190.00),
             (dt.date(2026, 4, 13), "76857", "Follicle ultrasound, estradiol", 310.00, 190.00),
             (dt.date(2026, 4, 17), "58970", "Egg retrieval, ultrasound guided", 4850.00, 3120.00),
             (dt.date(2026, 4, 17), "00840", "Anesthesia for egg retrieval", 1100.00, 720.00),
             (dt.date(2026, 4, 17), "89250", "Embryo culture, days 1 to 5", 3200.00, 2150.00),
             (dt.date(2026, 4, 19), "89258", "Freezing of embryos", 1400.00, 940.00)]
    before = 22966.30
    left = round(LIFETIME - before, 2)
    rows, flags, tot, refused = [], [], [0.0] * 5, []
    rem = left
    for d, code, svc, billed, allowed in lines:
        paid = round(min(rem, allowed), 2)
        rem = round(rem - paid, 2)
        over = round(allowed - paid, 2)
        vals = [billed, allowed, paid, over, over]
        tot = [a + v for a, v in zip(tot, vals)]
        rows.append([yy(d), code, svc] + [n2(v) for v in vals])
        flags.append(">>" if over else None)
        if over:
            refused.append(d)
    fax = (f"04/28/2026 16:{rng.randint(10, 59)}  BELLWYN FB CLAIMS  1-866-555-{digits(rng, 4)}  -> "
           f"{TAMARACK.upper()}  PG {{n}}")
    p = EDSheet(footer="Page {n} of {nb}", footer_left=f"BFB-CLM-CC (02/26)  |  clinic copy", fax_hdr=fax)
    p.set_margins(13, 13, 13)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar("CLAIM DECISION  -  CLINIC COPY", f"Plan sponsor: {emp}")
    p.capcells([("Clm dt", yy(cdt), 40, "L"), ("Clm ref", clm, 58, "L"), ("Bellwyn ID", b, W - 98, "L")],
               size=9.8, cap=6.4)
    p.capcells([("Pt", patient, 72, "B"), ("Emp. no.", f"E{digits(rng, 6)}", 36, "B"), ("Grp", grp, 36, "B"),
                ("Cycle", span_dash(*cyc), W - 144, "B")], size=9.8, cap=6.4)
    p.capcells([("Clinic", STARLING, 104, "L"), ("Billing co.", TAMARACK, W - 104, "L")], size=9.2, cap=6.4)
    p.capcells([("Rendering", f"Dr. {dr}", 72, "B"), ("NPI", npi(rng), 40, "B"),
                ("Clinic acct", f"SRM-{digits(rng, 6)}", W - 112, "B")], size=9.4, cap=6.4)
    p.flagged(["Date", "Code", "Service", "Billed", "Allowed", "Plan paid", "Over lifetime max", "Pt owes"], rows,
              [16, 13, 56, 18, 18, 18, 23, W - 162], flags, aligns=["L", "L", "L"] + ["R"] * 5, size=7.8,
              totals=["", "", "CLAIM TOTALS"] + [n2(v) for v in tot], row_h=5.4)
    p.leaders([("Lifetime fertility benefit under this plan", n2(LIFETIME)),
               ("Paid before this claim (2024 and 2025 cycles)", n2(before)),
               ("Paid on this claim", n2(left)), ("Left after this claim", "0.00")], size=9.0, w=130)
    p.para(f"The patient's plan pays for fertility care up to a lifetime total. The amount still open when this claim "
           f"came in was used by the first four lines and part of the egg retrieval; the lines marked >> are beyond "
           "it. The plan will pay nothing more for fertility care for this patient in this or any later year. Under "
           "your agreement with Bellwyn, you may bill the patient no more than the allowed amount for the part over "
           "the maximum.", 8.8)
    p.para(f"To ask for a review, write to Bellwyn Claims Review within 180 days of the Clm dt. Questions: "
           f"{coord}, care coordinator, at the clinic line.", 8.8)
    tr = truth("denial_letter", "not_covered", insurer=INS, group=grp, member_id=b, member_name=patient, cases=[clm],
               claim_amount=m2(tot[0]), service_dates=sorted({d.isoformat() for d in refused}),
               denial_date=cdt.isoformat(), provider=STARLING, appeal_deadline=plus(cdt, 180).isoformat(),
               alternates={"insurer": ALT + [emp], "provider": [f"Dr. {dr}"],
                           "service_dates": [[f"{cyc[0].isoformat()}/{cyc[1].isoformat()}"],
                                             sorted({d.isoformat() for d, *_ in lines})],
                           "claim_amount": [m2(tot[3])]},
               denial_alternates=["other"], type_alternates=["eob"])
    return out(p), tr


def bd_remit(rng):
    pats = people(rng, 4)
    docs = people(rng, 4)
    rd = dt.date(2026, 4, 24)
    W = 279.4 - 24
    p = EDSheet(footer="Page {n} of {nb}", footer_left=f"BFB-RA (02/26)  |  {HARBISON}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng, "Clinic Payments")
    p.title_bar("REMITTANCE ADVICE", "Fertility claims paid for employer plans")
    p.hung([(HARBISON, "Payee (clinic)", 78), (f"87-{digits(rng, 7)}", "Tax ID", 30),
            (rd.isoformat(), "Remittance date", 34),
            (f"RA{digits(rng, 8)}", "Remittance no.", 36), (f"ACH {digits(rng, 9)}", "Trace", 38),
            (plus(rd, 3).isoformat(), "Deposit on", W - 216)])
    svc = [("58974/89352", "FET, thaw", (dt.date(2026, 4, 2),), 3450.00, "A1"),
           ("89290/81479", "biopsy, PGT-A x5", (dt.date(2026, 4, 9),), 5600.00, "X2"),
           ("58322/89261", "IUI, sperm wash", (dt.date(2026, 4, 14),), 980.00, "A2"),
           ("58970/89250", "retrieval, culture", (dt.date(2026, 3, 30), dt.date(2026, 4, 13)), 9870.00, "A1")]
    order = [1, 2, 0, 3]
    rows, tot, deny = [], [0.0] * 5, None
    for i, (pt, dr, (cpt, desc, dates, ch, code)) in enumerate(zip(pats, docs, svc)):
        emp, grp = EMP[order[i]]
        b = bid(rng, "B" if i == 1 else None)
        ref = f"C26-{digits(rng, 4)}-{digits(rng, 4)}"
        if code == "X2":
            vals = [ch, 0.0, 0.0, 0.0, 0.0]
        else:
            allowed = round(ch * rng.uniform(0.62, 0.72), 0)
            pr = round(allowed * 0.2, 2) if code == "A2" else 0.0
            vals = [ch, allowed, round(ch - allowed, 2), round(allowed - pr, 2), pr]
        tot = [a + v for a, v in zip(tot, vals)]
        dtxt = dates[0].isoformat() if len(dates) == 1 else f"{dates[0].isoformat()} - {dates[1].isoformat()}"
        rows.append([last_first(pt), b, grp, ref, dtxt, f"{cpt} {desc}", f"Dr. {dr}", n2(vals[0]), n2(vals[1]),
                     trail(vals[2]) if vals[2] else "0.00", n2(vals[3]), n2(vals[4]), code])
        if code == "X2":
            deny = (pt, b, grp, emp, ref, dates[0], ch, dr)
    p.ledger(["Patient", "Bellwyn ID", "Group", "Claim ref", "Svc dt(s)", "Codes / service", "Rendering", "Billed",
              "Allowed", "Disc.", "Paid", "Pt resp", "Cd"], rows,
             [35, 22, 16, 20, 27, 38, 31, 12.5, 12.5, 12.5, 12.5, 10.5, W - 249.5], size=6.0,
             aligns=["L"] * 7 + ["R"] * 5 + ["C"],
             totals=["TOTALS", "", "", "", "", "", "", n2(tot[0]), n2(tot[1]), trail(tot[2]), n2(tot[3]),
                     n2(tot[4]), ""])
    rec = 212.00
    p.leaders([("Paid on claims above", n2(tot[3])),
               (f"Recovery of an earlier overpayment, claim C26-{digits(rng, 4)}-{digits(rng, 4)}", trail(rec)),
               ("Net deposit", n2(round(tot[3] - rec, 2)))], size=8.4, w=150)
    p.f(8.4, "B")
    p.cell(0, 4.5, "Codes on this remittance", new_x="LMARGIN", new_y="NEXT")
    p.mono(["A1  paid at the contract rate; the discount may not be billed to the patient",
            "A2  paid at the contract rate less the patient's 20% coinsurance",
            "X2  not paid. Testing embryos for extra or missing chromosomes is paid under this group only when a",
            "    parent carries a known gene change or chromosome rearrangement. For other patients the test has",
            "    not been shown to raise the chance of a live birth, and the group's plan treats it as unproven.",
            "    Bill the patient only if the patient agreed in writing, before the biopsy, to pay for it."],
           size=7.4, bold_first=False)
    p.para("To ask us to look at a line again, send the claim ref and your reasons within 90 days of the remittance "
           "date. A corrected claim is not a request for review.", 8.2)
    pt, b, grp, emp, ref, d, ch, dr = deny
    tr = truth("eob", "experimental", insurer=INS, group=grp, member_id=b, member_name=pt, cases=[ref],
               claim_amount=m2(ch), service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=f"Dr. {dr}",
               appeal_deadline=plus(rd, 90).isoformat(),
               alternates={"insurer": ALT, "provider": [HARBISON]},
               denial_alternates=["not_covered", "medical_necessity"])
    return out(p), tr


def lowres_canada(rng):
    member, dr = people(rng, 2)
    emp, grp = EMP[2]
    b = bid(rng, "Z")
    ltr = dt.date(2026, 4, 15)
    shipped = dt.date(2026, 3, 12)
    ref = f"RR-26-{digits(rng, 5)}"
    c_amt, u_amt = 2418.60, 1765.58
    W = 215.9 - 34
    p = EDSheet(footer="Page {n} of {nb}", footer_left="BFB-MR-4 (02/26)")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, "Member Reimbursement")
    for ln in [member, f"{rng.randint(100, 9899)} W Cottonwood Dr", "Twin Falls, ID 83301"]:
        p.line(ln, 10)
    p.ln(3)
    p.capcells([("Ltr", fdate(ltr, "slash"), 36, "B"), ("Mbr #", b, 48, "B"), ("Grp", grp, 34, "B"),
                ("Ref", ref, W - 118, "B")], cap=6.6, size=9.4)
    p.capcells([("Rcpt", f"MPO-{digits(rng, 6)}", 40, "B"), ("Shipped", yy(shipped), 32, "B"),
                ("Employer plan", emp, W - 72, "B")], cap=6.6, size=9.0)
    p.para(f"Dear {member}:", 10)
    p.para(f"You sent us a receipt from {MAPLECROFT} of Winnipeg, Manitoba, Canada, for fertility medicines ordered "
           f"and shipped on {wlong(shipped)}, and asked to be paid back. The receipt lists two pens of follitropin "
           "alfa, five syringes of ganirelix and one dose of choriogonadotropin alfa, prescribed by "
           f"Dr. {dr} of {CORALBELL}. The receipt shows {cad(c_amt)}, which it converts to {usd(u_amt)}.", 10)
    p.para(f"We cannot pay this receipt. Under the plan your school district offers, fertility medicines are paid "
           f"only when {ORRINVALE}, the plan's fertility pharmacy, fills them and sends them to you. A pharmacy "
           "that is not Orrinvale, in the United States or abroad, is outside the benefit, and medicines mailed in "
           "from another country are not paid at all.", 10)
    p.para(f"For your next cycle, ask the clinic to send the prescriptions to {ORRINVALE}. Your share there is the "
           "plan's specialty copay, and the medicines count toward your lifetime fertility benefit.", 10)
    p.para("You have 180 days after you get this letter to ask us for an appeal. Write to Bellwyn Appeals at the "
           "address above and include this letter.", 10)
    p.para(f"Member Reimbursement Team\n{INS}", 10)
    tr = truth("denial_letter", "out_of_network", insurer=INS, group=grp, member_id=b, member_name=member,
               cases=[ref], claim_amount=m2(u_amt), service_dates=[shipped.isoformat()], denial_date=ltr.isoformat(),
               provider=MAPLECROFT,
               alternates={"insurer": ALT + [emp], "claim_amount": [m2(c_amt)],
                           "provider": [f"Dr. {dr}", CORALBELL]},
               denial_alternates=["not_covered"])
    return out(p), tr


def photocopy_no_auth(rng):
    patient, dr, coord, biller = people(rng, 4)
    emp, grp = EMP[3]
    b = bid(rng)
    clm = f"C26-{digits(rng, 4)}-{digits(rng, 4)}"
    auth = f"AU26-{digits(rng, 5)}"
    ltr = dt.date(2026, 4, 2)
    asked = dt.date(2026, 3, 10)
    visits = [(dt.date(2026, 3, 4), "76857, 82670", 425.00), (dt.date(2026, 3, 6), "76857, 82670", 425.00),
              (dt.date(2026, 3, 9), "76857, 82670, 84144", 434.00)]
    paid_line = (dt.date(2026, 3, 11), "76857, 82670", 320.00)
    refused = round(sum(v[2] for v in visits), 2)
    total = round(refused + paid_line[2], 2)
    W = 215.9 - 34
    p = EDSheet(footer="Page {n} of {nb}", footer_left="BFB-PA-L3 (02/26)")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, "Cycle Reviews")
    p.line(f"Date: {fdate(ltr, 'long')}", 10)
    p.ln(2)
    p.addr_pair("To the clinic", [CORALBELL, f"Attn: {biller}, billing", f"{rng.randint(100, 990)} W Bannock St",
                                  "Boise, ID 83702"],
                "About", [f"Patient: {patient}", f"Bellwyn ID: {bid_dash(b)}", f"Grp: {grp}", f"Claim: {clm}"])
    y_after = p.get_y()
    with p.rotation(-3, 150, 31):
        p.stamp(f"RECEIVED  APR {rng.randint(6, 9):02d} 2026  {QUARRY.upper()}", 102, 29.8, size=8.5)
    p.set_xy(p.l_margin, y_after)
    p.parties([("Clinic", CORALBELL, f"Tax ID 82-{digits(rng, 7)}"),
               ("Physician", f"Dr. {dr}", f"NPI {npi(rng)}"),
               ("Billing company", QUARRY, f"Submitter {digits(rng, 6)}"),
               ("Bellwyn care coordinator", f"{coord}, RN", "clinic line, ext. " + digits(rng, 3))], cap_w=44)
    p.para(f"Dear {biller}:", 10)
    p.para(f"We reviewed the claim your office sent for {patient}'s IVF cycle under the {emp}. The monitoring "
           f"visits {span_words(visits[0][0], visits[-1][0])} are refused; the visit on {fdate(paid_line[0], 'long')} "
           "was paid.", 10)
    p.table(["Date", "Codes", "Billed", "Paid", "Refused"],
            [[yy(d), c, n2(a), "0.00", paren(a)] for d, c, a in visits]
            + [[yy(paid_line[0]), paid_line[1], n2(paid_line[2]), n2(paid_line[2]), "0.00"],
               ["Total", "", n2(total), n2(paid_line[2]), paren(refused)]],
            [26, 60, 30, 30, W - 146], size=9, bold_last=True, aligns=["L", "L", "R", "R", "R"])
    p.capcells([("Refused days", span_dmy(visits[0][0], visits[-1][0]), 62, "L"),
                ("Refused", usd(refused), 52, "L"), ("Cycle approval", auth, W - 114, "L")], size=9.4, cap=6.4)
    p.para(f"**Why.** Bellwyn has to agree to an IVF cycle before the medicines that grow the eggs are started. Dr. "
           f"{dr}'s request reached us on {fdate(asked, 'long')}, and we agreed to the cycle the same day for care "
           f"from {fdate(paid_line[0], 'long')} on (approval {auth}). By then the medicines had been started and "
           "the first three monitoring visits had taken place. Nobody had asked us about the cycle before those "
           "visits, so they are outside the approval.", 10)
    p.para("Under your agreement with Bellwyn, the patient may not be billed for the refused visits.", 10)
    p.para("If you disagree, send your appeal with the cycle calendar and any record of an earlier call so that it "
           "reaches us within 180 days from the date printed above.", 10)
    p.para(f"Sincerely,\n{coord}, RN\nCycle Reviews, {INS}", 10)
    tr = truth("denial_letter", "prior_authorization", insurer=INS, group="PGC55810", member_id=bid_dash(b),
               member_name=patient, cases=[clm], claim_amount=m2(total),
               service_dates=[f"{visits[0][0].isoformat()}/{visits[-1][0].isoformat()}"], denial_date=ltr.isoformat(),
               provider=CORALBELL, appeal_deadline=plus(ltr, 180).isoformat(),
               alternates={"insurer": ALT + [emp], "provider": [f"Dr. {dr}"], "claim_amount": [m2(refused)],
                           "service_dates": [[v[0].isoformat() for v in visits]], "member_id": [b],
                           "case_numbers": [[clm, auth]]})
    return out(p), tr


def phone_es_icsi(rng):
    member, dr, rev = people(rng, 3, es=True)
    emp, grp = EMP[0]
    b = bid(rng)
    ltr = dt.date(2026, 4, 20)
    ret = dt.date(2026, 5, 12)
    sol = f"SOL-26-{digits(rng, 6)}"
    auth = f"AU26-{digits(rng, 5)}"
    W = 215.9 - 36
    p = EDSheet(footer="Página {n} de {nb}", footer_left="BFB-PA-ES2 (02/26)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "", lines=["Beneficios de fertilidad y formación de familia para empleadores  |  Revisión de "
                             "ciclos",
                             f"Apartado postal {rng.randint(4100, 4899)}, Lakewood, CO 80226  |  Línea para miembros "
                             f"1-866-555-{digits(rng, 4)} (TTY 711)"])
    p.line(es_date(ltr), 10)
    p.ln(2)
    for ln in [member, f"{rng.randint(100, 9899)} S Redwood Rd", "West Jordan, UT 84088"]:
        p.line(ln, 10)
    p.ln(3)
    p.grid([[("N.º Bellwyn", bid_space(b)), ("Grupo", grp), ("N.º de solicitud", sol)],
            [("Plan de su empleador", "Corriveau Aerospace"), ("Extracción prevista", ret.strftime("%d/%m/%Y")),
             ("Cuenta en la clínica", f"HRG-{digits(rng, 6)}")]], size=8.8, cap=6.2)
    p.parties([("Clínica", HARBISON, "Salt Lake City, UT"), ("Su médico(a)", f"Dr(a). {dr}", f"NPI {npi(rng)}"),
               ("Revisó", f"Dr(a). {rev}", "endocrinología reproductiva")], cap_w=30)
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"{HARBISON} nos pidió aprobar su próximo ciclo de fertilización in vitro (FIV) y, en la extracción de "
           f"óvulos prevista para el {es_wday(ret)}, inyectar un espermatozoide en cada óvulo (ICSI).", 10)
    p.para(f"El ciclo de FIV está aprobado (aprobación {auth}). La ICSI no está aprobada.", 10)
    p.para("El análisis de semen de su pareja del 3 de marzo de 2026 salió dentro de lo normal en cantidad, "
           "movimiento y forma. En su ciclo anterior, con la fecundación de costumbre en el laboratorio, se "
           "fecundaron 7 de 10 óvulos maduros. El plan de su empleador paga la ICSI cuando el semen no es normal, "
           "cuando en un ciclo anterior se fecundaron pocos óvulos o ninguno, o cuando se usan óvulos congelados. "
           "Nada de eso aparece en su expediente, así que la ICSI no es necesaria en su caso.", 10)
    p.para("Si no está de acuerdo, puede apelar por escrito dentro de los 180 días siguientes a la fecha de esta "
           "carta. Su médico(a) también puede pedir hablar con el médico que revisó el caso.", 10)
    p.para(f"Atentamente,\nRevisión de ciclos, {INS}", 10)
    tr = truth("denial_letter", "medical_necessity", insurer=INS, group=grp, member_id=b, member_name=member,
               cases=[sol], service_dates=[ret.isoformat()], denial_date=ltr.isoformat(), provider=HARBISON,
               appeal_deadline=plus(ltr, 180).isoformat(), lang="es",
               alternates={"insurer": ALT + [emp], "provider": [f"Dr(a). {dr}", dr],
                           "case_numbers": [[sol, auth]]})
    return out(p), tr


def rotated_fet(rng):
    member, dr = people(rng, 2)
    emp, grp = EMP[1]
    b = bid(rng)
    ltr = dt.date(2026, 5, 18)
    fet = dt.date(2026, 6, 9)
    auth = f"AU26-{digits(rng, 5)}"
    p = EDSheet(footer="Page {n} of {nb}", footer_left="BFB-PA-OK1 (02/26)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Cycle Reviews", box="APPROVED")
    p.letter_with_ticket([member, f"{rng.randint(100, 9899)} E Arapahoe Rd", "Centennial, CO 80112"],
                         [(fdate(ltr, "long"), "date of this letter"), (auth, "approval no."),
                          (b, "Bellwyn ID"), (grp, "group"), (f"Dr. {dr}", "physician"), (STARLING, "clinic"),
                          (wlong(fet), "transfer planned"), ("06/01/26 thru 08/31/26", "approval good for")],
                         w=92, size=8.6)
    p.para(f"Dear {member}:", 10)
    p.para(f"Good news: we approved the frozen embryo transfer that Dr. {dr} of {STARLING} asked for. The clinic "
           f"plans the transfer for {wlong(fet)}. The approval covers the thaw, the transfer, the ultrasound that "
           "guides it and one pregnancy test.", 10)
    p.para("If the transfer moves to another day between June 1 and August 31, 2026, the approval still holds; "
           "after that the clinic must ask again.", 10)
    p.leaders([("Lifetime fertility benefit", n2(LIFETIME)), ("Used so far", n2(10690.00)),
               ("Left before this transfer", n2(14310.00))], size=9.2, w=120)
    p.para(f"Medicines for the transfer come from {ORRINVALE}; the clinic sends the prescriptions there. Your share "
           "for the transfer is your plan's specialist copay.", 10)
    p.para(f"Cycle Reviews\n{INS}, for the {emp}", 10)
    tr = truth("other", None, insurer=INS, group=grp, member_id=b, member_name=member, cases=[auth],
               service_dates=[fet.isoformat()], denial_date=ltr.isoformat(), provider=STARLING,
               alternates={"insurer": ALT + [emp], "provider": [f"Dr. {dr}"]})
    return out(p), tr


def stack_appeal(rng):
    patient, dr, counselor, officer = people(rng, 4)
    emp, grp = EMP[3]
    b = bid(rng, "I")
    clm = f"C26-{digits(rng, 4)}-{digits(rng, 4)}"
    apl = f"AP-26-{digits(rng, 5)}"
    dec = dt.date(2026, 5, 6)
    cov = dt.date(2026, 5, 13)
    fet = dt.date(2026, 3, 19)
    job_end, cov_end = dt.date(2026, 2, 27), dt.date(2026, 2, 28)
    lines = [("58974", "Embryo transfer", 2650.00), ("89352", "Thawing of embryo", 925.00),
             ("76948", "Ultrasound guidance", 300.00), ("99213", "Visit", 400.00)]
    tot = round(sum(x[2] for x in lines), 2)
    paddr = [f"{rng.randint(100, 9899)} N Division St", "Spokane, WA 99207"]
    # the clinic counselor's letter
    c = EDSheet(footer=None)
    c.set_margins(22, 18, 22)
    c.add_page()
    c.f(14, "B")
    c.cell(0, 7, WINDRIFT, new_x="LMARGIN", new_y="NEXT")
    c.f(8.4)
    c.cell(0, 4, f"Patient Financial Services  |  {rng.randint(100, 990)} S Regal St, Spokane, WA 99223  |  "
                 f"{phone(rng, '509')}", new_x="LMARGIN", new_y="NEXT")
    c.rule(5)
    c.line(fdate(cov, "long"), 10)
    c.ln(3)
    for ln in [patient, *paddr]:
        c.line(ln, 10)
    c.ln(4)
    c.para(f"Re: Bellwyn appeal {apl}  |  frozen embryo transfer on {fdate(fet, 'long')}", 10)
    c.para(f"Dear {patient.split()[0]},", 10)
    c.para(f"Enclosed is the letter {INS} sent about your appeal, dated {fdate(dec, 'long')}. We are sorry to say "
           f"it keeps the earlier answer: Bellwyn will not pay for the transfer, because its records show your "
           f"coverage through {emp.replace(' Health Plan', '')} ended before that day.", 10)
    c.para(f"That leaves the transfer charges of ${n2(tot)} with you. We can spread them over 12 months with no "
           "interest; call me to set it up. If you chose COBRA continuation coverage after your job ended, please "
           "send us the COBRA notice right away, because that could change the answer.", 10)
    c.para(f"Warm regards,\n\n{counselor}\nFinancial Counselor", 10)
    d_a = (out(c), truth("other", None, insurer=None, member_name=patient, cases=[apl], claim_amount=m2(tot),
                         service_dates=[fet.isoformat()], denial_date=cov.isoformat(), provider=WINDRIFT,
                         alternates={"insurer": [INS], "denial_date": [dec.isoformat()], "claim_amount": [None]},
                         unscored=["insurer"], type_alternates=["denial_letter"]))
    # the appeal decision
    p = EDSheet(footer="Page {n} of {nb}", footer_left="BFB-APL-F (02/26)",
                margin_code=f"BFB APL {apl} {dec.strftime('%Y%m%d')} 0{rng.randint(1, 9)}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Appeals")
    p.f(12, "B")
    p.cell(0, 7, "Decision on your appeal", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    W = p.w - p.l_margin - p.r_margin
    p.under([(fdate(dec, "slash"), "Date of decision"), (apl, "Appeal no."), (clm, "Claim ref"),
             (bid_space(b), "Bellwyn ID")], widths=[36, 38, 44, W - 118], size=9.6)
    p.under([(patient, "Patient"), (grp, "Grp"), (wshort(fet), "Transfer on"), (WINDRIFT, "Clinic")],
            widths=[52, 28, 30, W - 110], size=9.6)
    for ln in [patient, *paddr]:
        p.line(ln, 10)
    p.ln(2)
    p.para(f"Dear {patient}:", 10)
    p.para(f"You asked us to look again at our refusal to pay {WINDRIFT} for the frozen embryo transfer that Dr. {dr} "
           f"did on {fdate(fet, 'long')}. A Bellwyn appeals officer who took no part in the first decision read your "
           "letter, the clinic's notes and the coverage records from your employer.", 10)
    p.table(["Code", "Service", "Billed", "Paid"], [[c_, s, n2(a), "0.00"] for c_, s, a in lines]
            + [["", "Total", n2(tot), "0.00"]], [20, 80, 36, W - 136], size=9, bold_last=True,
            aligns=["L", "L", "R", "R"])
    p.para(f"**What we decided.** We are keeping our refusal. {emp} told us that your job ended on "
           f"{fdate(job_end, 'long')} and that your coverage, the fertility benefit with it, ended on "
           f"{fdate(cov_end, 'long')}. We have no record that you chose COBRA continuation coverage. The transfer "
           "took place after your coverage ended. Embryos that were frozen while you were covered do not keep the "
           "benefit going after coverage stops.", 10)
    p.add_page()
    p.bar("What happens next")
    p.para("This is the final decision of the plan's internal appeal process. You have used every level of appeal "
           "the plan offers.", 9.8)
    p.para("A decision about whether you were covered on the day of care is not one that an independent review "
           "organization can take up. You have the right to bring a civil action under section 502(a) of the "
           "Employee Retirement Income Security Act (ERISA).", 9.8)
    p.para("You may ask for free copies of the papers we used to decide your appeal, including the coverage records "
           "from your employer.", 9.8)
    p.para(f"If you elected COBRA and paid the first premium, send us the paperwork; we will then reopen the claim "
           f"on our own.", 9.8)
    p.para(f"Sincerely,\n{officer}\nAppeals Officer, {INS}\ncc: {WINDRIFT}", 9.8)
    d_b = (out(p), truth("denial_letter", "eligibility", insurer=INS, group="PGC55810", member_id=b,
                         member_name=patient, cases=[apl, clm], claim_amount=m2(tot),
                         service_dates=[fet.isoformat()], denial_date=dec.isoformat(), provider=WINDRIFT,
                         alternates={"insurer": ALT + [emp], "provider": [f"Dr. {dr}"],
                                     "case_numbers": [[apl], [clm]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_clinic_copy_claim_decision_retrieval_cycle_past_lifetime_maximum", "fax_standard_g4",
             [faxstd_lifetime(rng)]),
        Item(F + "born_digital_landscape_remittance_embryo_chromosome_testing_refused", "born_digital",
             [bd_remit(rng)]),
        Item(F + "lowres_member_letter_medicines_from_canadian_online_pharmacy", "scan_lowres_150",
             [lowres_canada(rng)]),
        Item(F + "photocopy_clinic_letter_stimulation_started_before_cycle_approved", "photocopy",
             [photocopy_no_auth(rng)]),
        Item(F + "phone_es_carta_icsi_no_necesaria_semen_normal", "phone_photo", [phone_es_icsi(rng)]),
        Item(F + "rotated_frozen_embryo_transfer_approved_captions_right_of_values", "rotated", [rotated_fet(rng)]),
        Item(F + "finefax_stack_cover_clinic_counselor_letter_then_final_appeal_transfer_after_coverage_ended_sideways",
             "fax_fine_g4", stack_appeal(rng), separators=["cover", None], turns={(1, 1): 90}),
    ]
