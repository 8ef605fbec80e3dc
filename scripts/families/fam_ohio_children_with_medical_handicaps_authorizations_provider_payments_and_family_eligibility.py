"""Papers mirrored (structure and plain wording style only) from those the Ohio Department of Health's Children with
Medical Handicaps program (CMH) sends to the physicians, hospitals and suppliers it approves and to the families of
the children it serves: decisions on requests for diagnostic and treatment services, provider payment statements,
family eligibility letters. Public rules used as themselves: CMH is run by the Ohio Department of Health with the
local health departments' public health nurses; its Diagnostic Program pays for services that find out or rule out
whether a child under 21 has a medically handicapping condition, with no income test; its Treatment Program pays for
services related to a CMH-eligible condition (a chronic physical condition that can be treated) when the family is
financially eligible, authorized for a year at a time; services must be given by CMH-approved providers; learning
disabilities and emotional or behavioral conditions are not conditions CMH treats, and care outside Ohio is not a
covered diagnostic service; Medicaid and any other coverage pay before CMH (payer of last resort); a proposed
denial may be appealed by asking for a hearing under Chapter 119 of the Ohio Revised Code within thirty days of the
notice's mailing. CPT, HCPCS and ICD-10 codes as themselves. Every child, parent, physician, nurse, reviewer,
hospital, clinic, supplier, health district, county, client, request, claim, warrant and Medicaid number, PO box,
phone (555) and address is invented; the program's codes, form numbers, the payment-review wording and the clinical
facts in the reasons are put in our own words and need not match any ODH rule or manual. No heading names the kind
of denial; each reason is told in plain words of the writer's own.

Documents (8 in 7 files):
- faxstd_dx_request_decision_learning_disability_testing_not_a_cmh_condition: a diagnostic-request decision faxed
  (standard) to a neurologist, comb fields (one box per character) for the client number and the request number (an
  I among its digits), two-digit dates ("Mailed 03/16/26", planned "Tue 04/07/26"), a "Re:" line stringing child,
  client number and request number with bullets, the child's Medicaid number and a "looks like 000 123 456" example
  as decoys: neuropsychological testing for a suspected learning disability is not authorized because a learning
  disability is not a condition CMH covers (not_covered); appeal "received within 30 days after the date this notice
  was mailed".
- born_digital_provider_payment_statement_ot_visits_not_on_treatment_plan: a two-page landscape payment statement to
  a therapy practice, grouped by child (client number, child, ICN in a shaded head line), billed / other payer paid /
  not covered / CMH paid columns with thousands separators; the middle child's four occupational therapy visits (each
  row its own date, 03/02 to 03/23) pay 0.00 under code N7, whose meaning (the treatment plan lists physical therapy
  only) is given only in the legend on page 2 (prior_authorization); a recovery of a 2025 claim, the warrant number,
  tax ID and CMH provider number as decoys; a hearing "received within thirty days after the date of this statement".
- lowres_family_letter_treatment_program_approved_for_a_year: a 150 dpi letter to parents (denies nothing): the
  Treatment Program approved "from the 1st of April 2026 through the 31st of March 2027" for a heart condition,
  captions hung under the values (client number in groups of three beside the Ohio Medicaid number), the November
  2025 diagnostic visits in passing, the public health nurse as a decoy.
- photocopy_family_letter_treatment_program_not_approved_income_papers_two_pages: a photocopied two-page letter, a
  "Re:" line with slashes, the client number printed with a dash and broken over two lines in a narrow box: the
  Treatment Program is not approved because the income papers asked for were never returned (eligibility); a 2025
  diagnostic visit in passing; hearing rights on page 2 "within thirty days after the mailing date printed on page 1".
- phone_es_carta_hospital_fuera_de_ohio_no_aprobado: a photographed Spanish letter to a mother: a hospital stay "del
  26 de febrero al 3 de marzo de 2026" at a hospital in Indiana that is not a CMH-approved provider is not paid
  (out_of_network); "48.750,00 $" in the sentence and "US$ 48,750.00" in the table; the client number (an S among its
  digits) beside an Ohio Medicaid number; "dentro de 30 días a partir de la fecha de envío".
- rotated_treatment_request_decision_iv_antibiotics_home_infusion_instead: a decision fed sideways on a hospital's
  request to admit a child with cystic fibrosis for two weeks of IV antibiotics "from Monday the 4th of May through
  Sunday the 17th of May 2026"; a table whose column heads are turned a quarter, values printed before their captions
  ("... (CMH client no.)"); the stay is refused and home IV therapy with nurse visits approved instead
  (level_of_care); appeal within thirty days after the mailing date.
- scan_stack_nurse_letter_duplex_then_feeding_pump_claim_other_coverage_first_sideways: a county
  health district's public health nurse letter to the family about the enclosed notice (its own document: other, no
  denial), its duplex back, then a two-page notice whose page 1 is the letter body (client number with an O among
  its digits, mailing date) and whose page 2, fed sideways, holds the claim facts (feeding pump rental "Mar 27 - Apr
  26, 2026", supplies, billed total): the family's job-based plan must be billed first (other); appeal within thirty
  days after the mailing date at the top of page 1.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounded_famhf import workday
from kit_roundee_famie import (EESheet, dname, es_after, es_date, es_span, first, grouped, kin, last,
                               medicaid_no, n2, npi, odd_in, oh_addr, ord_date, ordinal, people, phone, span_cross,
                               us_es, wd_ord, wlong, yy)
from public_kit import digits, fdate, m2, out, plus, truth

FAMILY = "ohio_children_with_medical_handicaps_authorizations_provider_payments_and_family_eligibility"
LANG = "en"
SEED = 354944
INS = "Ohio Department of Health"
ALT = ["Children with Medical Handicaps", "Children with Medical Handicaps Program", "CMH",
       "Ohio Department of Health Children with Medical Handicaps", "ODH Children with Medical Handicaps",
       "Ohio Department of Health, Children with Medical Handicaps (CMH)"]
NEURO = "Wrenfield Pediatric Neurology"
THERAPY = "Cobblestone Pediatric Therapy Group"
HEART = "Thornbury Children's Heart Center"
AUDIO = "Pellinore Hearing & Balance Clinic"
INDIANA = "Larchmere Children's Hospital"
HOSP = "Kestrelwood Children's Hospital"
INFUSION = "Brookvale Home Infusion Pharmacy"
SUPPLY = "Pellworth Medical Supply"
DISTRICT = "Marrowbend County General Health District"


def _head(p, rng, unit, box=None):
    p.head(INS, "ODH", ["Children with Medical Handicaps (CMH)  |  " + unit,
                        f"PO Box {rng.randint(15100, 15899)}, Columbus, OH 43215  |  "
                        f"Families 1-800-555-{digits(rng, 4)}"
                        f"  |  Providers (614) 555-{digits(rng, 4)}  |  Fax (614) 555-{digits(rng, 4)}"],
           box=box, size=12.5)


def _head_state(p, rng, unit):
    """A plainer state letterhead: centred serif name lines, the unit and a return address."""
    p.f(13, "B")
    p.cell(0, 6.5, "Ohio Department of Health", align="C", new_x="LMARGIN", new_y="NEXT")
    p.f(9.6)
    p.cell(0, 4.8, "Children with Medical Handicaps Program", align="C", new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    p.cell(0, 4, f"{unit}  -  PO Box {rng.randint(15100, 15899)}, Columbus, Ohio 43215  -  1-800-555-{digits(rng, 4)}",
           align="C", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def client_no(rng, odd=None):
    """A CMH client number: nine characters (an odd letter among them when asked)."""
    return odd_in(digits(rng, 9), odd, rng, lo=2)


def icn(rng):
    return f"26{digits(rng, 3)}0{digits(rng, 7)}"


def appeal_text(when: str) -> str:
    return ("If you disagree with this decision, you may appeal it by asking for a hearing under Chapter 119 of "
            f"the Ohio Revised Code. {when} Send it in writing to the address at the top and include the child's "
            "name and client number. You may bring a lawyer, a relative or a friend to the hearing.")


# --- 1 ----------------------------------------------------------------------------------------------------------
def faxstd_dx(rng):
    child, doc, nurse, reviewer = people(rng, 4)
    mom, = kin(rng, child)
    cl = client_no(rng)
    req = "DX" + odd_in(digits(rng, 8), "I", rng, lo=2)
    mcd = medicaid_no(rng)
    mailed = workday(dt.date(2026, 3, rng.randint(16, 18)))
    rcvd = plus(mailed, -rng.randint(5, 8))
    planned = dt.date(2026, 4, 7)
    fax = (f"{mailed.strftime('%m/%d/%Y')} 10:{rng.randint(10, 59)}  ODH CMH MEDICAL REVIEW  (614) 555-"
           f"{digits(rng, 4)}  ->  {NEURO.upper()}  P.{{n}}")
    p = EESheet(footer="Page {n} of {nb}", footer_left=f"CMH-DX-D (rev. 01/26)  |  physician NPI {npi(rng)}",
                fax_hdr=fax)
    p.set_margins(14, 13, 14)
    p.add_page()
    _head(p, rng, "Diagnostic Program  -  medical review")
    p.title_bar("DIAGNOSTIC SERVICES REQUEST  -  DETERMINATION", "Copy to the requesting CMH-approved physician; "
                                                                  "the family receives its own copy")
    p.comb([("CMH client no.", cl, 9), ("Request no.", req, 10)], box=5.0, size=10)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Mailed", yy(mailed), 34, "L"), ("Rcvd", yy(rcvd), 32, "L"), ("Planned", dname(planned), 44, "L"),
                ("Child's Ohio Medicaid no.", mcd, W - 110, "A")])
    p.para(f"Re: {child}  \u2022  CMH {grouped(cl)}  \u2022  request {req}", 9.6)
    p.parties([("Requesting physician", f"{doc}, M.D.", f"{NEURO}"),
               ("Parent / guardian", mom, "receives a copy"),
               ("Public health nurse", f"{nurse}, RN", "local health district")], cap_w=38)
    p.table(["CPT", "Service asked for", "Units", "Planned date", "Decision"],
            [["96116", "Neurobehavioral status exam", "1", yy(planned), "Not authorized"],
             ["96132", "Neuropsychological evaluation, first hour", "1", yy(planned), "Not authorized"],
             ["96136", "Test administration, first 30 minutes", "1", yy(planned), "Not authorized"],
             ["96137", "Test administration, each added 30 minutes", "5", yy(planned), "Not authorized"]],
            [16, 78, 14, 30, W - 138], size=8.4)
    p.para(f"Dr. {last(doc)}'s office asked us to pay for testing to find out whether {first(child)} has a learning "
           "disability; the referral notes describe trouble with reading and spelling at school and a normal "
           "neurologic exam. The Diagnostic Program pays for services that find out whether a child has a physical "
           "condition that CMH can treat. A learning disability is not one of those conditions, and neither are "
           "emotional or behavioral conditions, so none of the testing above is authorized. The child's school "
           "district can evaluate a learning disability at no cost to the family.", 9.2)
    p.para("If the testing is meant to look for a seizure disorder or another nervous system condition, you may "
           "send a new request with the EEG report and the reason for the testing.", 9.2)
    p.para(appeal_text("The request must be received within 30 days after the date this notice was mailed."), 8.8)
    p.para(f"Reviewed by {reviewer}, M.D., CMH medical consultant. When you call, please give the nine-digit client "
           "number (it looks like 000 123 456) and the request number.", 8.4)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=cl, member_name=child, cases=[req],
              service_dates=[planned.isoformat()], denial_date=mailed.isoformat(), provider=doc,
              appeal_deadline=plus(mailed, 30).isoformat(),
              alternates={"insurer": ALT, "provider": [NEURO]}, denial_alternates=["other"])
    return out(p), t


# --- 2 ----------------------------------------------------------------------------------------------------------
def bd_statement(rng):
    kids = people(rng, 3)
    pts = people(rng, 2)
    sd = workday(dt.date(2026, 4, rng.randint(13, 15)))
    W = 279.4 - 24
    warrant = f"W26{digits(rng, 8)}"
    p = EESheet(footer="Page {n} of {nb}", footer_left=f"CMH provider payment statement  |  {THERAPY}",
                strip=f"{THERAPY}  |  statement of {fdate(sd, 'slash')}  |  page {{n}}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng, "Provider payments", box="PROVIDER PAYMENT STATEMENT")
    p.hung([(THERAPY, "Payee", 78), (f"{digits(rng, 2)}-{digits(rng, 7)}", "Payee tax ID", 30),
            (f"0{digits(rng, 6)}", "CMH provider no.", 30), (npi(rng), "Payee NPI", 30),
            (fdate(sd, "long"), "Statement date", 38), (warrant, "Warrant / EFT no.", W - 206)])
    p.para("This statement lists the claims the program finished processing for your practice since the last "
           "statement. Amounts other coverage paid are subtracted before CMH pays; CMH is the payer of last resort. "
           "Each code in the last column is explained on the last page.", 8.4)
    rates = {"97110": 41.50, "97530": 44.20, "97165": 118.00, "97112": 42.80}
    plans = [
        ([(dt.date(2026, 3, 3), "97110", 2), (dt.date(2026, 3, 5), "97110", 2), (dt.date(2026, 3, 10), "97112", 2)],
         "A2"),
        ([(dt.date(2026, 3, 2), "97165", 1), (dt.date(2026, 3, 9), "97530", 2), (dt.date(2026, 3, 16), "97530", 2),
          (dt.date(2026, 3, 23), "97530", 2)], "N7"),
        ([(dt.date(2026, 3, 11), "97110", 2), (dt.date(2026, 3, 18), "97110", 2)], "A1"),
    ]
    groups, tot = [], [0.0, 0.0, 0.0, 0.0]
    deny = None
    for k, (kid, (lines, code)) in enumerate(zip(kids, plans)):
        cl = client_no(rng)
        claim = icn(rng)
        rows, sub = [], [0.0, 0.0, 0.0, 0.0]
        for i, (d, cpt, u) in enumerate(lines):
            billed = round(rates[cpt] * u * 1.75, 2)
            if code == "N7":
                vals = [billed, 0.0, billed, 0.0]
            elif code == "A2":
                other = round(billed * 0.52, 2)
                paid = round(rates[cpt] * u - other, 2) if rates[cpt] * u > other else 0.0
                vals = [billed, other, round(billed - other - paid, 2), paid]
            else:
                vals = [billed, 0.0, round(billed - rates[cpt] * u, 2), round(rates[cpt] * u, 2)]
            sub = [a + b for a, b in zip(sub, vals)]
            ther = pts[0] if code != "N7" else pts[1]
            rows.append([str(i + 1), yy(d), cpt, str(u), f"{last(ther)}, {first(ther)}", n2(vals[0]), n2(vals[1]),
                         n2(vals[2]), n2(vals[3]), code if code != "A2" else "A1 A2"])
        tot = [a + b for a, b in zip(tot, sub)]
        groups.append({"head": f"CMH client {cl}   |   {last(kid).upper()}, {first(kid).upper()} "
                               f"{kid.split()[1].rstrip('.')}   |   ICN {claim}",
                       "rows": rows,
                       "sub": ["", "", "", "", "Claim total", n2(sub[0]), n2(sub[1]), n2(sub[2]), n2(sub[3]), ""]})
        if code == "N7":
            deny = (kid, cl, claim, sub[0], [d for d, _, _ in lines], pts[1])
    p.grouped_ledger(["Ln", "Date of service", "Proc.", "Units", "Therapist", "Billed", "Other payer paid",
                      "Not covered", "CMH paid", "Code"], groups,
                     [10, 26, 18, 14, 40, 28, 30, 28, 28, W - 222],
                     ["C", "L", "L", "C", "L", "R", "R", "R", "R", "C"], size=7.8, row_h=4.8,
                     totals=["", "", "", "", "STATEMENT TOTALS", n2(tot[0]), n2(tot[1]), n2(tot[2]), n2(tot[3]), ""],
                     sub_label="Claim total")
    rec = round(rng.uniform(60, 140), 2)
    p.leaders([("Paid on claims above", n2(tot[3])),
               (f"Recovered: ICN 25{digits(rng, 3)}0{digits(rng, 7)} paid 11/14/2025 (other coverage paid later)",
                f"{n2(rec)}-"),
               (f"Amount of warrant {warrant}", n2(round(tot[3] - rec, 2)))], size=8.6, w=150)
    p.add_page(orientation="L")
    p.legend("Codes on this statement", [
        ("A1", "Paid at the CMH rate for the service."),
        ("A2", "The amount other coverage paid (insurance or Medicaid) was subtracted from the CMH rate."),
        ("N7", "Not paid. The child's current CMH treatment plan authorizes physical therapy only; occupational "
               "therapy was not on it. A service that is not on the treatment plan must be added to it and "
               "authorized before it is given; the practice may not bill the family for it."),
        ("N9", "Not paid. The date of service is outside the child's eligibility period."),
        ("D4", "Not paid. The same service for the same date was paid on an earlier claim."),
        ("P2", "Paid at the rate for the place where the service was given."),
    ], size=8.2)
    p.para("**To add a service to a treatment plan**, the child's CMH-approved physician sends a request with the "
           "plan of care; the program answers the physician and the family in writing.", 8.8)
    p.para("**If you disagree with a payment.** A provider may ask for a hearing under Chapter 119 of the Ohio "
           "Revised Code about a decision to pay less than the amount billed. The request must be received within "
           "thirty days after the date of this statement. Questions about a claim: call the providers' number at "
           "the top of page 1 with the ICN ready.", 8.8)
    kid, cl, claim, billed, dates, ot = deny
    t = truth("eob", "prior_authorization", insurer=INS, member_id=cl, member_name=kid, cases=[claim],
              claim_amount=m2(billed), service_dates=[f"{dates[0].isoformat()}/{dates[-1].isoformat()}"],
              denial_date=sd.isoformat(), provider=THERAPY, appeal_deadline=plus(sd, 30).isoformat(),
              alternates={"insurer": ALT,
                          "service_dates": [[d.isoformat() for d in dates]]},
              denial_alternates=["not_covered"])
    return out(p), t


# --- 3 ----------------------------------------------------------------------------------------------------------
def lowres_approved(rng):
    child, card, nurse, worker = people(rng, 4)
    mom, dad = kin(rng, child, 2)
    cl = client_no(rng)
    mcd = medicaid_no(rng)
    app = f"FA26-{digits(rng, 5)}"
    ltr = workday(dt.date(2026, 3, rng.randint(23, 26)))
    a, b = dt.date(2026, 4, 1), dt.date(2027, 3, 31)
    p = EESheet(footer="Page {n} of {nb}", footer_left="CMH-EL-T1 (01/26)", serif=True)
    p.set_margins(20, 16, 20)
    p.add_page()
    _head_state(p, rng, "Eligibility unit")
    W = p.w - p.l_margin - p.r_margin
    p.hung([(fdate(ltr, "long"), "Date of this letter", W * 0.3), (grouped(cl), "CMH client no.", W * 0.22),
            (mcd, "Ohio Medicaid no. (bill Medicaid first)", W * 0.3), (app, "Application no.", W * 0.18)],
           size=9.6)
    for ln in [f"{first(mom)} {mom.split()[1]} and {dad}", *oh_addr(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {first(mom)} and {first(dad)} {last(dad)}:", 10)
    p.para(f"{first(child)} can now receive treatment services through CMH. The Treatment Program application that "
           f"Dr. {card} of {HEART} sent us has been approved for {child}, for {ord_date(a)} through "
           f"{ord_date(b)} (04/01/26 - 03/31/27).", 10)
    p.para(f"The condition the program will cover is {first(child)}'s heart condition (a hole between the upper "
           "chambers of the heart, with the surgery the heart team is planning). The diagnostic visits of November "
           "2025 that led to this diagnosis were paid under the Diagnostic Program and are not affected.", 10)
    p.bullets(["CMH pays only for care related to the covered condition, given by CMH-approved providers. Dr. "
               f"{last(card)} and {HEART} are approved; ask any other provider whether it is approved before a "
               "visit.",
               "Your child's Medicaid and any health insurance must be billed first. CMH pays what is left for "
               "authorized services.",
               "Your child's doctor will send a treatment plan for each service. You will get a letter each time we "
               "decide on one.",
               f"About two months before {fdate(b, 'long')} we will send a renewal form. Eligibility can be renewed "
               "each year while your child meets the program's rules."], size=9.6)
    p.para(f"Your local public health nurse, {nurse}, RN, of the {DISTRICT}, can help you find approved providers "
           f"and arrange visits: {phone(rng, '419')}.", 9.8)
    p.para(f"Sincerely,\n\n{worker}\nEligibility specialist", 9.8)
    t = truth("other", None, insurer=INS, member_id=cl, member_name=child, cases=[app],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=ltr.isoformat(), provider=card,
              alternates={"insurer": ALT, "provider": [HEART], "case_numbers": [[]],
                          "service_dates": [[a.isoformat()], []]})
    return out(p), t


# --- 4 ----------------------------------------------------------------------------------------------------------
def photocopy_income(rng):
    child, aud, worker = people(rng, 3)
    mom, = kin(rng, child)
    base = digits(rng, 9)
    cl = f"{base[:4]}-{base[4:]}"
    app = f"FA26-{digits(rng, 5)}"
    asked = dt.date(2026, 2, 9)
    mailed = workday(dt.date(2026, 4, rng.randint(6, 8)))
    fit = dt.date(2026, 4, 20)
    p = EESheet(footer="Page {n} of {nb}", footer_left="CMH-EL-D3 (01/26)")
    p.set_margins(20, 15, 20)
    p.add_page()
    _head(p, rng, "Eligibility unit")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    bx = p.l_margin + W - 42
    bottom = p.broken_box("CMH client no.", [cl[:5], cl[5:]], bx, y0, 42, size=11)
    bottom = p.broken_box("Date mailed", [fdate(mailed, "long")], bx, bottom + 1.5, 42, size=9.4)
    p.set_xy(p.l_margin, y0 + 1)
    for ln in [mom, *oh_addr(rng)]:
        p.line(ln, 10)
    p.set_y(max(p.get_y(), bottom) + 4)
    p.para(f"Re: {child} / CMH {cl} / Application {app}", 10)
    p.para(f"Dear {mom}:", 10)
    p.para(f"{aud}, Au.D., of {AUDIO} sent us a Treatment Program application for {first(child)} with a treatment "
           f"plan for two hearing aids, to be fitted on {wlong(fit)}. The program cannot approve the application "
           "at this time, and the hearing aids are not authorized.", 10)
    p.para(f"We asked you on {fdate(asked, 'long')} for the family's income papers: pay stubs for the last two months "
           "and last year's tax return, or a letter from an employer. We have not received them. The Treatment "
           "Program can pay only for a child whose family meets its income rules, and without these papers we "
           f"cannot tell whether your family does, so {first(child)} cannot be enrolled in the Treatment Program.",
           10)
    p.para(f"This does not affect the hearing tests the Diagnostic Program paid for on October 6, 2025; the "
           "Diagnostic Program has no income rule. If you send the papers now, we will look at the application "
           "again without a new application from the clinic. If your family's income is low, your child may also "
           "qualify for Medicaid; the county job and family services office can help you apply.", 10)
    p.para(f"Sincerely,\n\n{worker}\nEligibility unit", 10)
    p.add_page()
    p.bar("Your right to a hearing")
    p.para(appeal_text("Your written request must be received within thirty days after the mailing date printed on "
                       "page 1 of this letter."), 10)
    p.para("You may look at the papers in your child's file before the hearing. If you need an interpreter, tell us "
           "when you ask for the hearing; there is no cost to you.", 10)
    p.bar("Papers you can send")
    p.bullets(["Pay stubs for every working adult in the household (last two months)",
               "Last year's federal tax return with all schedules",
               "A letter from an employer on its letterhead showing pay and hours",
               "Proof of child support or unemployment benefits received"], size=9.6)
    p.para("Write the client number on every page you send. A parent's Social Security number or a bank account "
           "number is not needed on these papers.", 9.4)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=cl, member_name=child, cases=[app],
              service_dates=[fit.isoformat()], denial_date=mailed.isoformat(), provider=AUDIO,
              appeal_deadline=plus(mailed, 30).isoformat(),
              alternates={"insurer": ALT, "member_id": [base], "provider": [aud], "service_dates": [[]]})
    return out(p), t


# --- 5 ----------------------------------------------------------------------------------------------------------
def phone_es_indiana(rng):
    child, surgeon, worker = people(rng, 3, es=True)
    mom, = kin(rng, child, es=True)
    cl = client_no(rng, "S")
    mcd = medicaid_no(rng)
    claim = icn(rng)
    a, b = dt.date(2026, 2, 26), dt.date(2026, 3, 3)
    sent = workday(dt.date(2026, 4, rng.randint(20, 22)))
    lines = [("0122", "Habitación y cuidado, pediatría (5 días)", 21450.00),
             ("0360", "Quirófano", 14980.00), ("0370", "Anestesia", 4210.00),
             ("0250", "Farmacia", 3895.50), ("0300", "Laboratorio", 2614.50), ("0320", "Radiología", 1600.00)]
    total = sum(v for _, _, v in lines)
    p = EESheet(footer="Página {n} de {nb}", footer_left="CMH-SP-H2")
    p.set_margins(17, 14, 17)
    p.add_page()
    p.head("Departamento de Salud de Ohio (Ohio Department of Health)", "ODH",
           ["Programa para Niños con Discapacidades Médicas (Children with Medical Handicaps, CMH)",
            f"PO Box {rng.randint(15100, 15899)}, Columbus, OH 43215  |  Familias 1-800-555-{digits(rng, 4)}"],
           size=11.5)
    p.para("**Aviso sobre una factura de hospital**", 11)
    for ln in [mom, *oh_addr(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.grid([[("Fecha de envío", es_date(sent)), ("Nº de cliente de CMH", cl), ("Nº de Medicaid de Ohio", mcd)],
            [("Paciente", child), ("Reclamo (ICN)", claim), ("Hospital", INDIANA)]], size=8.8, cap=6.2)
    p.para(f"Estimado(a) {mom}:", 10)
    p.para(f"{INDIANA}, de Fort Wayne, Indiana, nos envió la factura de la estadía de {first(child)} "
           f"{es_span(a, b)}, cuando el Dr. {surgeon} le operó la columna. El total cobrado es de "
           f"{es_after(total)}. CMH no pagará esta factura.", 10)
    p.table(["Código", "Servicio", "Fechas", "Cobrado", "Pagado por CMH"],
            [[rc, desc, f"{a.strftime('%m/%d/%Y')} - {b.strftime('%m/%d/%Y')}" if i == 0 else "", us_es(v), "US$ 0.00"]
             for i, (rc, desc, v) in enumerate(lines)] +
            [["", "Total", "", us_es(total), "US$ 0.00"]],
            [18, 64, 44, 30, 26], size=8.4, aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.para("El hospital no es un proveedor aprobado por CMH, y nadie pidió antes de la operación que CMH "
           "autorizara atención fuera de Ohio. CMH solo paga servicios dados por proveedores que el programa ha "
           f"aprobado. La cirugía de columna de {first(child)} puede hacerse en Ohio con cirujanos y hospitales "
           "aprobados; "
           "su enfermera de salud pública le puede dar la lista.", 10)
    p.para("Primero se debe enviar la factura a Medicaid de Ohio. Si Medicaid paga una parte, eso no cambia esta "
           "decisión de CMH.", 9.6)
    p.para("Si no está de acuerdo, puede apelar pidiendo una audiencia. Su pedido por escrito debe llegarnos dentro "
           "de 30 días a partir de la fecha de envío de esta carta. Escriba el número de cliente en su carta.", 10)
    p.para(f"Atentamente,\n{worker}\nUnidad de reclamos de CMH", 9.6)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=cl, member_name=child, cases=[claim],
              claim_amount=m2(total), service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=sent.isoformat(), provider=INDIANA, appeal_deadline=plus(sent, 30).isoformat(), lang="es",
              alternates={"insurer": ALT + ["Departamento de Salud de Ohio"], "provider": [surgeon],
                          "service_dates": [[a.isoformat(), b.isoformat()]]},
              denial_alternates=["not_covered", "prior_authorization"])
    return out(p), t


# --- 6 ----------------------------------------------------------------------------------------------------------
def rotated_iv(rng):
    child, pulm, reviewer, nurse = people(rng, 4)
    dad, = kin(rng, child)
    cl = client_no(rng)
    tar = f"TAR-26-{digits(rng, 5)}"
    mailed = workday(dt.date(2026, 4, rng.randint(27, 29)))
    a, b = dt.date(2026, 5, 4), dt.date(2026, 5, 17)
    p = EESheet(footer="Page {n} of {nb}", footer_left="CMH-TR-D (01/26)")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, "Treatment Program  -  authorizations")
    p.f(12, "B")
    p.cell(0, 7, "Decision on a request for treatment services", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.after([(fdate(mailed, "abbr"), "date mailed"), (cl, "CMH client no."), (tar, "request no."),
             (child, "child"), (f"{HOSP}", "requesting hospital")], size=9.6)
    y1 = p.get_y()
    p.set_xy(p.l_margin + W * 0.58, y0)
    p.after([(dad, "parent"), *[(ln, "mailing address" if i == 0 else "") for i, ln in enumerate(oh_addr(rng))]],
            size=9.2, x=p.l_margin + W * 0.58)
    p.set_y(max(y1, p.get_y()) + 1)
    p.para(f"Dr. {pulm}, {first(child)}'s lung doctor at {HOSP}, asked the program to pay for a hospital stay "
           f"from {a.strftime('%A')} the {ordinal(a.day)} of {a.strftime('%B')} through {wd_ord(b)}, to treat a "
           "flare of cystic fibrosis "
           "with two weeks of antibiotics through a vein.", 9.8)
    p.vtable(["Service asked for", "From", "Through", "Days / units", "Decision"],
             [["Inpatient stay, pulmonary unit (IV antibiotics)", yy(a), yy(b), "14 days", "Not authorized"],
              ["Home IV antibiotics, per diem (S9500)", yy(a), yy(b), "14 days", "Authorized"],
              ["Home nursing visit for IV care (99601)", yy(a), yy(b), "5 visits", "Authorized"]],
             [80, 22, 22, 20, W - 144], size=8.8, head_h=22)
    p.para(f"The records show that {first(child)} is eating, walking and breathing without extra oxygen, that the "
           "flare started with more cough and lower lung test numbers, and that a long IV line can be placed as an "
           "outpatient. The same antibiotics can be given safely at home: a home infusion pharmacy mixes and "
           "delivers them, and a nurse comes to teach the family and check the line. So the two weeks in the "
           f"hospital are not authorized; the home treatment is, through {INFUSION}, a CMH-approved pharmacy. If "
           f"{first(child)}'s breathing gets worse, the hospital may ask again the same day.", 9.8)
    p.para(appeal_text("The request must be received within thirty days after the date this decision was "
                       "mailed, shown at the top of this page."), 9.2)
    p.para(f"Decided by {reviewer}, M.D., CMH medical consultant. Public health nurse: {nurse}, RN, "
           f"{phone(rng, '740')}.", 8.8)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=cl, member_name=child, cases=[tar],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=mailed.isoformat(), provider=HOSP,
              appeal_deadline=plus(mailed, 30).isoformat(),
              alternates={"insurer": ALT, "provider": [pulm], "service_dates": [[a.isoformat()]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


# --- 7 ----------------------------------------------------------------------------------------------------------
def stack_pump(rng):
    child, nurse, gi, worker = people(rng, 4)
    mom, = kin(rng, child)
    cl = client_no(rng, "O")
    claim = icn(rng)
    mailed = workday(dt.date(2026, 5, rng.randint(11, 13)))
    nl = workday(plus(mailed, 7))
    a, b = dt.date(2026, 3, 27), dt.date(2026, 4, 26)
    plan = "Ashgrove Mutual Employee Health Plan"
    addr = oh_addr(rng)
    # the public health nurse's letter
    c = EESheet(footer=None, serif=True)
    c.set_margins(24, 18, 24)
    c.add_page()
    c.f(13, "B")
    c.cell(0, 6.5, DISTRICT, align="C", new_x="LMARGIN", new_y="NEXT")
    c.f(8.4)
    c.cell(0, 4, "Public Health Nursing  -  Children with Special Health Care Needs", align="C",
           new_x="LMARGIN", new_y="NEXT")
    c.cell(0, 4, f"{rng.randint(100, 899)} Courthouse Sq  |  {phone(rng, '740')}", align="C",
           new_x="LMARGIN", new_y="NEXT")
    c.rule(6)
    c.line(fdate(nl, "long"), 10)
    c.ln(3)
    for ln in [mom, *addr]:
        c.line(ln, 10)
    c.ln(3)
    c.para(f"Re: {child}, CMH client", 10)
    c.para(f"Dear {first(mom)},", 10)
    c.para(f"As we talked about on the phone, I am sending you a copy of the CMH notice about the feeding pump bill "
           f"from {SUPPLY}. CMH did not pay it, but this is not a problem with {first(child)}'s coverage: CMH pays "
           "only after other insurance has paid, and the supplier sent the bill to CMH first.", 10)
    c.para(f"I called the supplier's billing office today. They will send the bill to your {plan} now and then "
           "send it back to CMH with the plan's statement. You do not need to pay anything while this is sorted "
           "out, and you do not need to appeal.", 10)
    c.para("I will visit on the 2nd of June as planned. Call me at the number above if another bill comes.", 10)
    c.para(f"Warmly,\n\n{nurse}, RN\nPublic health nurse", 10)
    d_a = (out(c), truth("other", None, insurer=None, member_name=child, cases=[], denial_date=nl.isoformat(),
                         provider=SUPPLY,
                         alternates={"insurer": [INS], "denial_date": [mailed.isoformat()]},
                         unscored=["insurer"], type_alternates=["denial_letter"]))
    # the CMH notice, two pages
    p = EESheet(footer="Page {n} of {nb}", footer_left="CMH-CL-P (01/26)",
                strip=f"CMH client {cl}  |  ICN {claim}  |  page {{n}}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Claims", box="NOTICE ABOUT A CLAIM")
    W = p.w - p.l_margin - p.r_margin
    p.tabs([[("MAILED", fdate(mailed, "slash"), W * 0.4), ("CMH CLIENT", cl, W * 0.6)],
            [("ICN", claim, W * 0.4), ("CHILD", child, W * 0.6)]], size=9)
    for ln in [mom, *addr]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {mom}:", 10)
    p.para(f"{SUPPLY} sent CMH a claim for {first(child)}'s feeding pump and feeding supplies. The claim is listed "
           "on page 2. CMH has not paid it.", 10)
    p.para(f"Our records show that {first(child)} is covered by the {plan} through a parent's job. The program pays "
           "only what is left after Medicaid and any other health coverage have paid, and the claim did not show "
           "that the plan had been billed. The supplier may send the claim to the plan first and then send it to "
           "CMH again with the plan's explanation of benefits. You should not be billed while this happens.", 10)
    p.para(f"The pump and supplies were ordered by Dr. {gi} and are on {first(child)}'s treatment plan; that has "
           "not changed.", 10)
    p.para(appeal_text("The request must be received within thirty days after the mailing date at the top of "
                       "this notice."), 9.4)
    p.para(f"{worker}\nCMH claims unit", 9.6)
    p.add_page()
    p.bar("Claim details")
    p.table(["HCPCS", "Item", "Dates of service", "Qty", "Billed", "CMH paid"],
            [["B9002", "Enteral feeding pump, rental", span_cross(a, b), "1 mo", n2(412.50), "0.00"],
             ["B4035", "Enteral feeding supply kit, per day", span_cross(a, b), "31", n2(31 * 24.80), "0.00"],
             ["B4160", "Enteral formula, 100 calories", span_cross(a, b), "930", n2(930 * 1.38), "0.00"],
             ["", "Claim total", "", "", n2(412.50 + 31 * 24.80 + 930 * 1.38), "0.00"]],
            [18, 62, 42, 14, 22, W - 158], size=8.8, aligns=["L", "L", "L", "C", "R", "R"], bold_last=True)
    total = round(412.50 + 31 * 24.80 + 930 * 1.38, 2)
    p.pairs([("Supplier", f"{SUPPLY}  (CMH provider no. 0{digits(rng, 6)})"), ("Ordered by", f"Dr. {gi}"),
             ("Rental period", f"{a.strftime('%m/%d/%Y')} - {b.strftime('%m/%d/%Y')}"),
             ("Other coverage on file", f"{plan}, member no. AMH{digits(rng, 8)}"),
             ("Claim received", fdate(plus(mailed, -20), "long"))], label_w=46, size=9.2)
    d_b = (out(p), truth("denial_letter", "other", insurer=INS, member_id=cl, member_name=child, cases=[claim],
                         claim_amount=m2(total), service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
                         denial_date=mailed.isoformat(), provider=SUPPLY,
                         appeal_deadline=plus(mailed, 30).isoformat(),
                         alternates={"insurer": ALT, "provider": [f"Dr. {gi}"]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_dx_request_decision_learning_disability_testing_not_a_cmh_condition", "fax_standard_g4",
             [faxstd_dx(rng)]),
        Item(F + "born_digital_provider_payment_statement_ot_visits_not_on_treatment_plan", "born_digital",
             [bd_statement(rng)]),
        Item(F + "lowres_family_letter_treatment_program_approved_for_a_year", "scan_lowres_150",
             [lowres_approved(rng)]),
        Item(F + "photocopy_family_letter_treatment_program_not_approved_income_papers_two_pages", "photocopy",
             [photocopy_income(rng)]),
        Item(F + "phone_es_carta_hospital_fuera_de_ohio_no_aprobado", "phone_photo", [phone_es_indiana(rng)]),
        Item(F + "rotated_treatment_request_decision_iv_antibiotics_home_infusion_instead", "rotated",
             [rotated_iv(rng)]),
        Item(F + "scan_stack_nurse_letter_duplex_then_feeding_pump_claim_other_coverage_first_sideways",
             "scan_clean_300", stack_pump(rng), separators=["duplex", None], turns={(1, 1): 90}),
    ]
