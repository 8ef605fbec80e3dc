"""A Medicaid managed care plan's decisions on sleep studies and PAP equipment in an invented state, mirrored (structure
and plain wording style only) from public Medicaid managed care member notices of adverse benefit determination,
supplier payment statements and approval letters: the invented State of Kessane's CareLink program (Medicaid managed
care), the invented Lullwater Community Health Plan (a drawn ring mark with "LW" beside its name set on two lines),
and the invented Somnara Specialty Management, LLC, which reviews sleep tests for Lullwater and prints its own name
large with Lullwater named in a small line under it. Invented rules: adults start with a home sleep test unless a
listed condition makes a lab study necessary; a CPAP machine is rented and kept paid after the first three months
only when its download shows use of 4 hours or more on at least 21 of 30 nights in a row and the member has seen the
ordering doctor between day 31 and day 91; Lullwater rents a machine for 8 paid months and then it belongs to the
member; replacement supplies follow a schedule (a full face cushion once a month, a full face mask every three
months and so on); bi-level machines need approval before delivery; supplies must come from a Lullwater supplier;
claims must reach Lullwater within 180 days of the service. Every state, agency, plan, company, clinic, person,
number, address and time limit is invented; phones use 555; CPT and HCPCS codes appear as themselves. No heading
names the kind of refusal, and several letters never use the words "denied" or "denial".

Documents (8 in 7 files):
- bd_payment_statement_cushion_line_runs_on_to_page_two: Lullwater's two-page payment statement to a PAP
  supplier: seven members' claims in one table whose headings are printed only on page 1; one member's supply claim
  starts at the foot of page 1 and its full face cushion line (code SR4) is on page 2; SR4 is explained only in the
  code key after the table.
- faxstd_stack_cover_lab_study_sideways_home_test_approval: a sleep center's fax
  cover; Somnara's two-page notice (page 2 sideways) that it can't approve a lab sleep study and approved a home test
  instead; Somnara's approval of the home test (denies nothing).
- faxstd_supplier_notice_month_four_download_chart: Lullwater's supplier notice that rental
  month 4 can't be paid because the download shows too little use (a nightly usage chart, paid months as decoys).
- scan300_rental_months_nine_ten_already_owned_table_runs_on: a member letter (running header and footer,
  two-column prose) on months 9 and 10 of rent billed after the 8 paid months; the rent table's rows run on to page 2
  with no headings.
- photocopy_es_bipap_entregado_sin_aprobacion: Spanish member notice: a bi-level machine delivered without approval.
- phone_mail_order_supplies_not_a_lullwater_supplier: supplies shipped by a mail-order company that is not a
  Lullwater supplier (a printed appeal date; network suppliers with license numbers as decoys).
- rotated_provider_notice_titration_claim_after_180_days: a provider notice: a titration study's claim reached
  Lullwater 194 days after the study.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounden_famne import (ENSheet, abbr, digits, dmy_long, es_abbr, es_date, fax_cover, fresh, iso, last_first,
                               long, mon_dash_yy, n2, parts, people, phone, plus, roman_month, slash, span_words,
                               tollfree, upper_abbr, usd, yy)
from public_kit import m2, out, truth

FAMILY = ("kessane_medicaid_managed_care_sleep_study_and_pap_decisions_home_test_first_compliance_download_"
          "rental_cap_supply_schedule_bilevel_approval_and_late_claim_refusals")
LANG = "en"
SEED = 355034

PLAN = "Lullwater Community Health Plan"
PLAN_ALT = ["Lullwater Community Health", "Lullwater Health Plan", "Lullwater"]
PLAN_ES = "Plan de Salud Comunitario Lullwater"
SOM = "Somnara Specialty Management, LLC"
SOM_ALT = ["Somnara Specialty Management", "Somnara"]
PLAN_ADDR = "900 Ferrier Street, Marrowgate, KE 67301"
PROGRAM = "A Kessane CareLink (Medicaid) managed care plan"
AGENCY = "Kessane Department of Medical Assistance"
PLAN_CODE = "LCH-A21"
NIGHTWELL = "Nightwell Respiratory Supply, Inc."
NIGHTWELL_ALT = ["Nightwell Respiratory Supply", "Nightwell"]
RIDGEBACK = "Ridgeback Home Medical"
RESTFUL = "Restful Harbor Medical Supply"
VERRAULT = "Verrault Sleep Disorders Center"


def lw_id(rng) -> str:
    return f"LW{digits(rng, 9)}"


def mcd_id(rng) -> str:
    return f"40{digits(rng, 8)}"


def icn(rng, d: dt.date) -> str:
    return f"26{d.timetuple().tm_yday:03d}{digits(rng, 8)}"


def head(p: ENSheet, rng, right=None, es=False):
    p.logo_head("Lullwater Community", "Health Plan", "ring",
                [f"{PLAN_ADDR}  |  {'Servicios para miembros' if es else 'Member Services'} {tollfree(rng, '866')}"
                 f"  |  TTY 711", "lullwaterhealth.example"],
                initials="LW", right=right,
                tag="Un plan de atención administrada de Kessane CareLink (Medicaid)" if es else PROGRAM)


def som_head(p: ENSheet, rng, right=None):
    p.contractor_head("Somnara Specialty Management", f"Sleep and breathing care reviews for {PLAN}, "
                      "a Kessane CareLink (Medicaid) plan",
                      [f"PO Box 4471, Corvell, KE 67122  |  Reviews {tollfree(rng, '877')}  |  "
                       f"Fax {phone(rng, '785')}"], right=right)


def rights_two_col(p: ENSheet, rng, first: str, es=False):
    """The appeal / fair hearing / keep-services text in two columns (no denial wording)."""
    p.two_col_prose([
        ("Ask for an appeal", first),
        ("Fast appeals", "If waiting could seriously harm your health, ask for a fast appeal. We decide fast appeals "
                         "within 72 hours. Your doctor can ask for one for you."),
        ("State fair hearing", f"After you get our appeal decision, and you still disagree, you can ask the {AGENCY} "
                               "for a state fair hearing. You must ask within 120 days of the date of the appeal "
                               "decision letter. You may bring someone to speak for you."),
        ("Keep your services", "If this notice stops or reduces a service you already get, you can keep getting it "
                               "during the appeal if you ask within 10 days of the date of this notice. If you lose "
                               "the appeal, you might have to pay for what you got while it was going on."),
        ("Get help", f"Call Lullwater Member Services at {tollfree(rng, '866')} (TTY 711), Monday to Friday, "
                     f"7 a.m. to 7 p.m. The Kessane CareLink Ombudsman can help for free: {tollfree(rng, '888')}."),
        ("Records", "You can ask for a free copy of the rules and records we used. You can also send us more "
                    "information at any time during your appeal."),
    ], size=8.3)


# ---------------------------------------------------------------------------------------------------------------
def bd_payment_statement(rng):
    """Supplier payment statement; the refused member's cushion line (SR4) lands on page 2 with no headings."""
    sd = dt.date(2026, 4, 24)
    members = people(rng, 7)
    docs = people(rng, 3)
    ids = [lw_id(rng) for _ in members]
    subj = 4
    npi = digits(rng, 10)
    ra = f"RA-{sd.strftime('%y%m%d')}-{digits(rng, 4)}"
    eft = f"EFT {digits(rng, 9)}"
    payee = f"P-{digits(rng, 6)}"

    def rent(mo, start, b_cpap=97.35, b_hum=24.60):
        end = plus(start, 29)
        return [("E0601 RR", f"CPAP device, rental month {mo}", 1, b_cpap, 84.10, start, end),
                ("E0562 RR", f"Heated humidifier, rental month {mo}", 1, b_hum, 21.25, start, end)]

    d_rf = dt.date(2026, 4, 14)
    claims = [
        (0, rent(5, dt.date(2026, 3, 28)), dt.date(2026, 3, 28)),
        (1, [("A7034", "Nasal mask with headgear strap", 1, 112.40, 96.80, None, None),
             ("A7032", "Nasal cushion, replacement", 2, 58.60, 50.40, None, None),
             ("A7035", "Headgear", 1, 39.90, 33.15, None, None),
             ("A7038", "Filter, disposable", 2, 8.40, 7.20, None, None),
             ("A7039", "Filter, non-disposable", 1, 11.20, 9.60, None, None)], dt.date(2026, 4, 6)),
        (2, rent(1, dt.date(2026, 4, 8)) + [("A7030", "Full face mask", 1, 148.25, 127.60, None, None),
                                            ("A7035", "Headgear", 1, 39.90, 33.15, None, None),
                                            ("A4604", "Tubing with heating element", 1, 54.30, 46.70, None, None),
                                            ("A7038", "Filter, disposable", 2, 8.40, 7.20, None, None)],
         dt.date(2026, 4, 8)),
        (3, [("A7033", "Nasal pillows, pair", 2, 52.80, 45.40, None, None),
             ("A7037", "Tubing", 1, 31.15, 26.90, None, None),
             ("A7046", "Humidifier water chamber", 1, 29.75, 25.60, None, None)], dt.date(2026, 4, 10)),
        (4, [("A7030", "Full face mask", 1, 148.25, 127.60, None, None),
             ("A7031", "Full face cushion, replacement", 1, 46.80, 0.0, None, None),
             ("A7037", "Tubing", 1, 31.15, 26.90, None, None),
             ("A7038", "Filter, disposable", 2, 8.40, 7.20, None, None)], d_rf),
        (5, rent(3, dt.date(2026, 3, 20)), dt.date(2026, 3, 20)),
        (6, [("A7034", "Nasal mask with headgear strap", 1, 112.40, 96.80, None, None),
             ("A7038", "Filter, disposable", 2, 8.40, 7.20, None, None),
             ("A7039", "Filter, non-disposable", 1, 11.20, 9.60, None, None)], dt.date(2026, 4, 16)),
    ]
    p = ENSheet(footer="Page {n} of {nb}", footer_left=f"{ra}  |  Payee {payee}")
    p.add_page()
    head(p, rng, right=["PROVIDER PAYMENT STATEMENT", f"Statement date {slash(sd)}", "Durable medical equipment"])
    p.beside_boxes([("Paid to", NIGHTWELL), ("Payee number", payee), ("NPI", npi), ("Statement no.", ra),
                    ("Payment", eft), ("Cycle", mon_dash_yy(plus(sd, -2)))], cap_w=24, size=8.6)
    p.para("This statement lists the claims Lullwater finished for you in this payment cycle. Amounts in the Paid "
           "column were sent by electronic funds transfer. A code in the Rsn column is explained in the key that "
           "follows the table.", 8.4)
    rows, bold = [], set()
    tot_b = tot_a = tot_p = 0.0
    subj_icn = subj_total = None
    for mi, lines, d0 in claims[:4] + claims[5:] + claims[4:5]:
        c = icn(rng, plus(d0, 6))
        rows.append(f"ICN {c}    {last_first(members[mi])}    Member {ids[mi]}    Acct NW-{digits(rng, 5)}    "
                    f"Ordered by Dr. {parts(docs[mi % 3])[0]} {parts(docs[mi % 3])[2]}")
        cb = ca = cp = 0.0
        for k, (code, desc, u, b, a, s0, s1) in enumerate(lines, 1):
            f0, f1 = (s0, s1) if s0 else (d0, d0)
            paid = a
            rsn = "SR4" if a == 0 else "P1"
            rows.append([str(k), yy(f0), yy(f1), code, desc, str(u), n2(b), n2(a), n2(paid), rsn])
            cb, ca, cp = cb + b, ca + a, cp + paid
        bold.add(len(rows))
        rows.append(["", "", "", "", "Claim total", "", n2(cb), n2(ca), n2(cp), ""])
        tot_b, tot_a, tot_p = tot_b + cb, tot_a + ca, tot_p + cp
        if mi == subj:
            subj_icn, subj_total = c, cb
    bold.add(len(rows))
    rows.append(["", "", "", "", "Statement total", "", n2(tot_b), n2(tot_a), n2(tot_p), ""])
    p.runon_table(["Ln", "From", "Thru", "HCPCS / Mod", "Description", "Units", "Billed", "Allowed", "Paid", "Rsn"],
                  rows, [7, 15, 15, 20, 50, 12, 17, 17, 17, 10],
                  ["C", "L", "L", "L", "L", "C", "R", "R", "R", "C"], size=7.4, row_h=4.7, bold_rows=bold)
    yb = p.money_box("Payment summary", [("Billed", usd(tot_b)), ("Allowed", usd(tot_a)), ("Withheld", "$0.00"),
                                         ("Paid by EFT", usd(tot_p))], w=80)
    p.set_y(yb + 5)
    p.legend_two("Reason codes (Rsn)", [
        ("P1", "Paid at the Lullwater DME fee schedule. The member owes nothing."),
        ("SR4", "Replacement item billed before the Lullwater replacement schedule allows another one. A full face "
                "cushion may be replaced once a month; the last one for this member was paid on a shipment 18 days "
                "earlier. The member may not be billed."),
        ("PA2", "The item needs Lullwater's approval before delivery and none was on file."),
        ("EL6", "The person was not enrolled with Lullwater on the date of service."),
        ("CD3", "Compliance download needed before rental month 4 can be paid."),
        ("TF1", "Claim received more than 180 days after the date of service."),
        ("NW2", "The supplier is not contracted with Lullwater for this item."),
        ("M15", "Modifier missing or not valid with this HCPCS code."),
    ], note="Only codes printed in the Rsn column apply to this statement.")
    p.para("Questions or a second look. A supplier may ask us to look at a line again within 90 days of the date of "
           f"this statement; send the ICN, the line and your reason to {PLAN}, Provider Claims, {PLAN_ADDR}, or "
           f"call Provider Services at {tollfree(rng, '866')}. Corrected claims are accepted up to 365 days from the "
           "date of service.", 8.2)
    p.para("Example of how units are priced: 2 units of A7038 at $3.60 each are allowed as $7.20.", 7.8)
    m = members[subj]
    t = truth("eob", "not_covered", insurer=PLAN, member_id=ids[subj], member_name=m, cases=[subj_icn],
              claim_amount=m2(subj_total), service_dates=[iso(d_rf)], denial_date=iso(sd), provider=NIGHTWELL,
              appeal_deadline=iso(plus(sd, 90)), denial_alternates=["other"],
              alternates={"insurer": PLAN_ALT, "provider": NIGHTWELL_ALT, "claim_amount": ["46.80"]})
    return out(p), t


def faxstd_stack(rng):
    """Sleep center cover; Somnara: lab study not approved, home test first (p. 2 sideways); home test approval."""
    pt, = people(rng, 1, sexes="F")
    pulm, rev, pcp, sched = people(rng, 4, sexes="MFMF")
    mid, mcd = lw_id(rng), mcd_id(rng)
    req = f"SSM-26-{digits(rng, 6)}"
    auth = f"SA-26-{digits(rng, 5)}"
    recd, ld, planned = dt.date(2026, 3, 16), dt.date(2026, 3, 19), dt.date(2026, 3, 30)
    hst_day, ad = dt.date(2026, 4, 2), dt.date(2026, 3, 20)
    visit = dt.date(2026, 3, 9)
    addr = [pt, f"{rng.randint(11, 98)}04 Tallow Ridge Road", "Orrick Bend, KE 67412"]
    cover = fax_cover(VERRAULT, ["1750 Lantern Hill Drive, Marrowgate, KE 67302", f"Phone {phone(rng, '785')}",
                                 f"Fax {phone(rng, '785')}"],
                      [("To", f"Dr. {pcp}, Bellwood Family Practice"), ("Fax", phone(rng, "785")),
                       ("From", f"{sched}, scheduling"), ("Date", mon_dash_yy(dt.date(2026, 3, 23))),
                       ("Pages", "5 including this sheet"), ("Re", f"Your patient {parts(pt)[0]} {parts(pt)[2]}")],
                      ["For your chart: the plan's reviewer would not approve the lab study, and approved a home "
                       "test instead. We will send the device home with her on the date in the second letter."],
                      [(False, "Urgent"), (True, "For your records"), (False, "Please reply"), (False, "Please call")])
    # --- doc 1: the lab study, two pages, plain words
    p = ENSheet(footer=None, run_bot="SSM-NABD-2 (rev. 01/2026)  |  Request " + req + "  |  Page {n} of {nb}")
    p.add_page()
    som_head(p, rng, right=["Notice of Adverse", "Benefit Determination", dmy_long(ld)])
    for ln in addr:
        p.line(ln, 10)
    p.ln(3)
    p.beside_boxes([("Member", pt), ("Lullwater member ID", mid), ("Kessane Medicaid ID", mcd),
                    ("Plan code", PLAN_CODE), ("Request number", req), ("We got it on", slash(recd)),
                    ("Asked for by", f"Dr. {pulm}"), ("Planned date", slash(planned))], cap_w=33, size=8.8)
    p.line(f"Dear {parts(pt)[0]} {parts(pt)[2]}:", 10)
    p.ln(2)
    p.para(f"Somnara reviews sleep tests and breathing machines for {PLAN}. Dr. {pulm} of {VERRAULT} asked us to "
           f"approve an overnight sleep study in the sleep lab (CPT 95810) for you on {long(planned)}.", 9.6)
    p.heading("What we decided", 10.5)
    p.para("We can't approve the overnight study in the sleep lab. We did approve a home sleep test for you. You "
           "will get a separate letter about the home test.", 9.6)
    p.heading("Why", 10.5)
    p.para("For adults, Lullwater pays for a study in the sleep lab when a home test could not give a good answer. "
           "That is the case, for example, for a person with heart failure, moderate or severe lung disease, a nerve "
           "or muscle disease, or a stroke, for a person who uses oxygen or opioid pain medicine every day, or when "
           f"an earlier home test did not answer the question. The notes from your visit on {long(visit)} show loud "
           "snoring, daytime sleepiness and high blood pressure, but none of these other conditions. So a home test "
           "is the right first test for you. If the home test does not give a clear answer, your doctor can ask us "
           "again for a study in the lab.", 9.6)
    p.para("We used the Lullwater Sleep Testing Guideline SL-04. A doctor who is board certified in sleep medicine, "
           f"Dr. {rev}, made this decision. You can ask for a free copy of the guideline.", 9.6)
    p.add_page()
    p.heading("What you can do if you disagree", 11)
    rights_two_col(p, rng, "You, your doctor or someone you choose can ask Lullwater for an appeal. Your appeal must "
                           "reach us within 60 days from the date of this notice. Call Member Services or write to "
                           f"Lullwater Appeals, {PLAN_ADDR}.")
    p.f(8.6)
    p.para(f"cc: Dr. {pulm}, {VERRAULT}", 8.4)
    p.sig_scrawl("Utilization Review", SOM, f"for {PLAN}")
    t1 = truth("denial_letter", "level_of_care", insurer=SOM, plan_id=PLAN_CODE, member_id=mid, member_name=pt,
               cases=[req], service_dates=[iso(planned)], denial_date=iso(ld), provider=f"Dr. {pulm}",
               appeal_deadline=iso(plus(ld, 60)), denial_alternates=["medical_necessity"],
               alternates={"insurer": SOM_ALT + [PLAN] + PLAN_ALT, "provider": [pulm, VERRAULT],
                           "member_id": [mcd]})
    # --- doc 2: the home test approval (denies nothing)
    q = ENSheet(footer="Page {n} of {nb}")
    q.add_page()
    som_head(q, rng, right=["Approval notice", long(ad)])
    for ln in addr:
        q.line(ln, 10)
    q.ln(3)
    q.tab_boxes([("MEMBER", pt, 62), ("MEMBER ID", mid, 44), ("APPROVAL NUMBER", auth, 44), ("PLAN", PLAN_CODE, 29.9)])
    q.tab_boxes([("SERVICE APPROVED", "Home sleep apnea test, G0399 (1 night)", 92),
                 ("TEST NIGHT", slash(hst_day), 40), ("GOOD THROUGH", roman_month(plus(ad, 89)), 47.9)])
    q.line(f"Dear {parts(pt)[0]} {parts(pt)[2]}:", 10)
    q.ln(2)
    q.para(f"Good news. We approved a home sleep test for you. {VERRAULT} will give you a small recorder to wear "
           f"at home for one night, {long(hst_day)}, and you bring it back the next morning. This approval goes with "
           f"request {req}.", 9.6)
    q.para("What to expect. A staff member will show you how to put on the belt, the finger clip and the small tube "
           "under your nose. Sleep the way you usually do. The results go to your doctor, who will call you about "
           "the next steps. You do not pay anything for this test.", 9.6)
    q.para(f"If the test night has to change, call {VERRAULT} at {phone(rng, '785')}. The approval stays good for "
           "90 days from the date of this letter.", 9.6)
    q.para(f"Questions? Call Somnara at {tollfree(rng, '877')} or Lullwater Member Services at "
           f"{tollfree(rng, '866')} (TTY 711).", 9.6)
    q.sig_scrawl("Utilization Review", SOM, f"for {PLAN}")
    q.nondiscrim(PLAN, tollfree(rng, "866"), size=7.0)
    t2 = truth("other", None, insurer=SOM, plan_id=PLAN_CODE, member_id=mid, member_name=pt, cases=[auth],
               service_dates=[iso(hst_day)], denial_date=iso(ad), provider=VERRAULT,
               alternates={"insurer": SOM_ALT + [PLAN] + PLAN_ALT, "service_dates": [[]],
                           "case_numbers": [[auth, req]], "provider": [f"Dr. {pulm}", pulm]})
    return [(out(p), t1), (out(q), t2)], cover


def faxstd_compliance(rng):
    """Supplier notice: rental month 4 can't be paid; the download shows too little use (usage chart)."""
    pt, = people(rng, 1, sexes="M")
    ordr, = people(rng, 1, sexes="F")
    mid = lw_id(rng)
    nd = dt.date(2026, 5, 20)
    m1 = dt.date(2026, 1, 12)
    months = [(k, plus(m1, 30 * (k - 1)), plus(m1, 30 * k - 1)) for k in range(1, 5)]
    _, s4, e4 = months[3]
    c4 = icn(rng, plus(s4, 3))
    b_cpap, b_hum = 96.40, 24.10
    tot = b_cpap + b_hum
    w0 = dt.date(2026, 3, 13)
    hrs = [round(max(0.0, rng.choice([0, 1.4, 2.2, 2.9, 3.3, 3.6, 4.1, 4.4, 4.8, 5.2, 5.9])), 1) for _ in range(30)]
    need = 14
    over = [i for i, h in enumerate(hrs) if h >= 4]
    while len(over) > need:
        hrs[over.pop()] = 3.1
    under = [i for i, h in enumerate(hrs) if h < 4]
    while len([h for h in hrs if h >= 4]) < need:
        hrs[under.pop(0)] = 4.6
    used = sum(1 for h in hrs if h > 0)
    avg = sum(hrs) / 30
    fx = phone(rng, "573")
    p = ENSheet(footer="Page {n} of {nb}",
                fax_hdr=f"{mon_dash_yy(nd).upper()} 14:07   FROM LULLWATER UM   TO {fx}   P.{{n}}")
    p.add_page()
    head(p, rng, right=["Supplier notice", long(nd)])
    p.f(9.4)
    for ln in [NIGHTWELL, "Attn: Rental Billing", "2140 Quarry Road, Sallow Creek, KE 67509", f"Fax {fx}"]:
        p.line(ln, 9.4)
    p.ln(3)
    p.tab_boxes([("MEMBER", pt, 58), ("MEMBER ID", mid, 38), ("ICN", c4, 44), ("BILLED", usd(tot), 39.9)])
    p.tab_boxes([("ITEMS", "E0601 RR, E0562 RR", 50), ("RENTAL MONTH", "4 of 8", 30),
                 ("DATES", f"{slash(s4)} - {slash(e4)}", 56), ("ORDERED BY", f"Dr. {parts(ordr)[2]}", 43.9)])
    p.para(f"Rental month 4 of this member's CPAP machine and humidifier can't be paid, and later months won't be "
           f"paid either unless the member's use of the machine improves and a new download shows it. Please do not "
           f"bill {parts(pt)[0]} {parts(pt)[2]} for month 4.", 9.4)
    p.heading("Why", 10)
    p.para("Lullwater keeps paying for a CPAP machine after the first three months only when its download shows use "
           "of 4 hours or more a night on at least 21 of 30 nights in a row (70%) within the first 90 days, and the "
           "member has seen the ordering doctor between day 31 and day 91. The download you sent covers "
           f"{long(w0)} through {long(plus(w0, 29))}: the machine was used on {used} of 30 nights, for 4 hours or more "
           f"on {need} nights ({round(need / 30 * 100)}%), {avg:.1f} hours a night on average. The visit with Dr. "
           f"{parts(ordr)[2]} on March 30, 2026 is on file, so only the hours are short.", 9.2)
    p.usage_chart(hrs, w0, title="Hours of use a night, from the download you sent", w=132, h=28)
    p.table(["Rental month", "Dates", "ICN", "Billed", "Paid"],
            [[str(k), f"{yy(a)} - {yy(b)}", icn(rng, plus(a, 3)), n2(tot), n2(105.35)] for k, a, b in months[:3]] +
            [["4", f"{yy(s4)} - {yy(e4)}", c4, n2(tot), "0.00"]], [26, 48, 46, 30, 29.9], size=8.2,
            aligns=["C", "L", "L", "R", "R"])
    p.heading("What you can do", 10)
    p.para("Help the member: a mask refit, a different mask or a pressure change often helps. When a 30-day download "
           "shows the 70% level and the ordering doctor confirms the member is doing better on the machine, send "
           "both to us and we will look at the months again. You may also ask for a reconsideration of this claim "
           "within 60 days of this notice's date; fax it to Lullwater Provider Appeals at "
           f"{phone(rng, '785')}.", 9.0)
    p.sig_scrawl("DME Review Nurse", "Utilization Management", PLAN)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, member_id=mid, member_name=pt, cases=[c4],
              claim_amount=m2(tot), service_dates=[f"{iso(s4)}/{iso(e4)}"], denial_date=iso(nd), provider=NIGHTWELL,
              appeal_deadline=iso(plus(nd, 60)), type_alternates=["eob"],
              alternates={"insurer": PLAN_ALT, "provider": NIGHTWELL_ALT + [f"Dr. {ordr}", ordr],
                          "service_dates": [[iso(s4)]]})
    return out(p), t


def scan300_rental_cap(rng):
    """Member letter: months 9 and 10 of rent billed after the 8 paid months; the rent table runs on to page 2."""
    pt, = people(rng, 1, sexes="M")
    mid, mcd = lw_id(rng), mcd_id(rng)
    ld = dt.date(2026, 11, 20)
    start = dt.date(2026, 1, 5)

    def month_of(k):
        a = dt.date(2026, k, 5)
        b = plus(dt.date(2026, k + 1, 5) if k < 12 else dt.date(2027, 1, 5), -1)
        return a, b

    bill = 97.35
    c_ref = icn(rng, dt.date(2026, 11, 9))
    serial = f"SN {digits(rng, 4)}-{digits(rng, 6)}"
    rows = []
    for k in range(1, 11):
        a, b = month_of(k)
        sup = "Nightwell Respiratory" if k <= 5 else RIDGEBACK
        c = c_ref if k >= 9 else icn(rng, plus(a, 5))
        paid = "0.00" if k >= 9 else n2(84.10)
        note = "not owed" if k >= 9 else ("machine now yours" if k == 8 else "paid")
        rows.append([str(k), f"{slash(a)} to {slash(b)}", sup, c, n2(bill), paid, note])
    a9, b9 = month_of(9)
    a10, b10 = month_of(10)
    owned = month_of(8)[1]
    p = ENSheet(footer="Page {n} of {nb}", run_top=f"{PLAN}  ·  Member {mid}  ·  Letter of {long(ld)}",
                run_bot="LCH-MBR-DME-11  ·  Please keep this letter with your machine's papers")
    p.add_page()
    head(p, rng, right=["About your CPAP machine", long(ld)])
    for ln in [pt, f"{rng.randint(2, 9)}18 Cinder Lane, Apt. {rng.randint(2, 14)}", "Tinder Mills, KE 67544"]:
        p.line(ln, 10)
    p.ln(3)
    p.beside_boxes([("Member", pt), ("Member ID", mid), ("Medicaid ID", mcd), ("Plan code", PLAN_CODE),
                    ("Claim number", c_ref), ("Billed by", RIDGEBACK), ("Amount billed", usd(2 * bill)),
                    ("Machine", f"CPAP E0601, {serial}")], cap_w=26, size=8.8)
    p.line(f"Dear Mr. {parts(pt)[2]}:", 10)
    p.ln(2)
    p.two_col_prose([
        ("What this letter is about", f"{RIDGEBACK} sent us a bill for two more months of rent for your CPAP "
                                      f"machine: {span_words(a9, b9)} and {span_words(a10, b10)}. We can't pay these "
                                      "two months."),
        ("Why", "Lullwater rents a CPAP machine for 8 months. After we have paid the 8th month, the machine is yours "
                "to keep and no more rent is owed to anyone. We paid 5 months to Nightwell and 3 months to "
                f"{RIDGEBACK} after you moved. The 8th month ended on {long(owned)}. The machine belongs to you "
                "since then."),
        ("What this means for you", f"You do not have to pay the {usd(2 * bill)} that was billed. Keep using your "
                                    "machine every night. Lullwater still pays for new masks, cushions, filters and "
                                    "tubing on the usual schedule, and for repairs of the machine you own."),
        ("If you think we are wrong", "Maybe you had a month with a different machine, or a month in the hospital, "
                                      "that we did not count. Tell us; the table below shows the months we counted."),
    ], size=8.8)
    p.heading("What Lullwater keeps paying for", 10)
    p.table(["Item you own or use", "How often Lullwater pays for a new one"],
            [["Full face mask or nasal mask", "1 every 3 months"], ["Cushions or nasal pillows", "1 or 2 a month"],
             ["Tubing", "1 every 3 months"], ["Headgear, water chamber", "1 every 6 months"],
             ["Filters", "2 disposable a month, 1 reusable every 6 months"],
             ["Repairs to the machine you own", "when a Lullwater supplier finds them needed"]],
            [70, 109.9], size=8.2, row_h=5.0)
    p.heading("The months of rent we counted", 10)
    p.runon_table(["Month", "Dates", "Supplier", "Claim", "Billed", "We paid", "Note"], rows,
                  [12, 42, 38, 30, 15, 16, 26.9], ["C", "L", "L", "L", "R", "R", "L"], size=7.8, row_h=6.0,
                  rule_rows=True, bottom=30)
    p.heading("What you can do if you disagree", 10.5)
    rights_two_col(p, rng, "You or someone you choose can ask Lullwater for an appeal. We must get your appeal within "
                           "60 days of the date of this letter. Call Member Services or write to Lullwater Appeals, "
                           f"{PLAN_ADDR}.")
    p.sig_scrawl("Member Services", "DME benefits team", PLAN)
    t = truth("denial_letter", "not_covered", insurer=PLAN, plan_id=PLAN_CODE, member_id=mid, member_name=pt,
              cases=[c_ref], claim_amount=m2(2 * bill),
              service_dates=[f"{iso(a9)}/{iso(b9)}", f"{iso(a10)}/{iso(b10)}"],
              denial_date=iso(ld), provider=RIDGEBACK, appeal_deadline=iso(plus(ld, 60)), denial_alternates=["other"],
              alternates={"insurer": PLAN_ALT, "member_id": [mcd],
                          "service_dates": [[f"{iso(a9)}/{iso(b10)}"], [iso(a9), iso(a10)]]})
    return out(p), t


def photocopy_es(rng):
    """Spanish notice: a bi-level machine delivered without Lullwater's approval."""
    pt, = people(rng, 1, sexes="F", es=True)
    ordr, = people(rng, 1, sexes="M")
    mid, mcd = lw_id(rng), mcd_id(rng)
    nd = dt.date(2026, 7, 14)
    d0 = dt.date(2026, 6, 18)
    d1 = plus(d0, 29)
    recd = dt.date(2026, 6, 29)
    c = icn(rng, recd)
    lines = [("E0470 RR", "Equipo binivel sin frecuencia de respaldo, mes 1", 274.60),
             ("E0562 RR", "Humidificador con calefacción, mes 1", 24.10)]
    tot = sum(x[2] for x in lines)
    p = ENSheet(footer="Página {n} de {nb}", run_bot=f"LCH-NABD-ES  ·  Reclamo {c}")
    p.add_page()
    head(p, rng, right=["Aviso de determinación", "adversa de beneficios", es_date(nd)], es=True)
    for ln in [pt, f"Calle Molino {rng.randint(100, 999)}", "Sallow Creek, KE 67510"]:
        p.line(ln, 10)
    p.ln(3)
    p.tab_boxes([("MIEMBRO", pt, 64), ("N.º DE MIEMBRO", mid, 42), ("MEDICAID", mcd, 36), ("PLAN", PLAN_CODE, 37.9)])
    p.tab_boxes([("N.º DE RECLAMO", c, 50), ("PROVEEDOR", NIGHTWELL, 82), ("TOTAL FACTURADO", f"US${tot:,.2f}", 47.9)])
    p.line(f"Estimada {parts(pt)[0]} {parts(pt)[2]}:", 10)
    p.ln(2)
    p.para(f"{NIGHTWELL} le entregó un equipo binivel (BiPAP) y un humidificador y nos envió la cuenta del primer "
           f"mes de alquiler, del {es_abbr(d0)} al {es_abbr(d1)}. Lullwater no puede pagar esta cuenta.", 9.6)
    p.heading("Por qué", 10.5)
    p.para("Un equipo binivel necesita la aprobación de Lullwater antes de entregarse. El proveedor debe enviarnos "
           "las notas del médico y los resultados del estudio del sueño, y esperar nuestra respuesta. Nightwell no "
           f"pidió esa aprobación. Recibimos la cuenta el {es_date(recd)} sin ninguna aprobación registrada.", 9.6)
    p.heading("Lo que esto significa para usted", 10.5)
    p.para("Usted no tiene que pagar esta cuenta. Un proveedor de Lullwater no puede cobrarle a usted por no pedir una "
           f"aprobación. Si el Dr. {ordr} todavía cree que usted necesita este equipo, él o Nightwell pueden pedir la "
           "aprobación ahora; si la aprobamos, Lullwater pagará desde la fecha de la aprobación.", 9.6)
    p.table(["Código", "Descripción", "Facturado", "Pagado"], [[a, b, n2(x), "0.00"] for a, b, x in lines] +
            [["", "Total", n2(tot), "0.00"]], [24, 104, 26, 25.9], size=8.6, aligns=["L", "L", "R", "R"],
            bold_last=True)
    p.heading("Si no está de acuerdo", 10.5)
    p.two_col_prose([
        ("Apelación", "Usted, su médico o alguien que usted elija puede pedir una apelación a Lullwater dentro de 60 "
                      "días a partir de la fecha de este aviso. Llame a Servicios para Miembros o escriba a Lullwater "
                      f"Appeals, {PLAN_ADDR}."),
        ("Apelación rápida", "Si esperar puede dañar seriamente su salud, pida una apelación rápida; la decidimos en "
                             "72 horas."),
        ("Audiencia imparcial estatal", f"Después de nuestra decisión sobre la apelación, puede pedir una audiencia "
                                        f"al {AGENCY} dentro de 120 días de la fecha de esa decisión."),
        ("Seguir recibiendo servicios", "Si este aviso suspende un servicio que ya recibe, pida seguir recibiéndolo "
                                        "dentro de 10 días de la fecha de este aviso."),
        ("Ayuda", f"Servicios para Miembros: {tollfree(rng, '866')} (TTY 711). Ombudsman de CareLink: "
                  f"{tollfree(rng, '888')}, gratis."),
    ], size=8.3)
    p.sig_scrawl("Administración de utilización", PLAN)
    t = truth("denial_letter", "prior_authorization", lang="es", insurer=PLAN, plan_id=PLAN_CODE, member_id=mid,
              member_name=pt, cases=[c], claim_amount=m2(tot), service_dates=[f"{iso(d0)}/{iso(d1)}"],
              denial_date=iso(nd), provider=NIGHTWELL, appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": PLAN_ALT + [PLAN_ES], "provider": NIGHTWELL_ALT + [f"Dr. {ordr}", ordr],
                          "member_id": [mcd], "service_dates": [[iso(d0)]]})
    return out(p), t


def phone_oon(rng):
    """Mail-order supplies from a company that is not a Lullwater supplier."""
    pt, = people(rng, 1, sexes="F")
    mid = lw_id(rng)
    ld = dt.date(2026, 8, 6)
    ship = dt.date(2026, 7, 2)
    dl = plus(ld, 60)
    c = icn(rng, dt.date(2026, 7, 21))
    lines = [("A7034", "Nasal mask", 1, 118.90), ("A7032", "Nasal cushions", 2, 61.40), ("A7035", "Headgear", 1, 42.75),
             ("A7038", "Filters, disposable", 2, 9.20)]
    tot = sum(x[3] for x in lines)
    p = ENSheet(footer="Page {n} of {nb}")
    p.add_page()
    head(p, rng, right=["About your CPAP supplies", abbr(ld)])
    for ln in [pt, f"{rng.randint(3, 9)}{rng.randint(10, 99)} Wicker Street", "Marrowgate, KE 67305"]:
        p.line(ln, 10)
    p.ln(3)
    p.beside_boxes([("Member", pt), ("Member ID", mid), ("Claim", c), ("Shipped", upper_abbr(ship)),
                    ("Sent by", RESTFUL), ("Total billed", f"{tot:,.2f}")], cap_w=22, size=9)
    p.line(f"Dear Ms. {parts(pt)[2]}:", 10)
    p.ln(2)
    p.para(f"{RESTFUL} mailed you a box of CPAP supplies on {long(ship)} and sent us the bill. {RESTFUL} is not "
           "one of Lullwater's suppliers, so we can't pay for these supplies.", 9.8)
    p.para("Lullwater pays for CPAP supplies from the suppliers it works with. They know your schedule, check what "
           "you need, and will not bill you. Companies that call or write to offer free supplies are often not "
           "Lullwater suppliers. Before you order, call us or look in the provider directory.", 9.8)
    p.table(["Code", "Item", "Units", "Billed"], [[a, b, str(u), n2(x)] for a, b, u, x in lines] +
            [["", "Total", "", n2(tot)]], [26, 100, 22, 31.9], size=8.8, aligns=["L", "L", "C", "R"], bold_last=True)
    p.three_cols([
        ("Lullwater suppliers near you", f"{NIGHTWELL}, Sallow Creek, {phone(rng, '573')} (license KDL-"
                                         f"{digits(rng, 5)}). {RIDGEBACK}, Tinder Mills, {phone(rng, '573')} "
                                         f"(license KDL-{digits(rng, 5)})."),
        ("What to do about the bill", f"If {RESTFUL} asks you to pay, call us. You may have to pay only if you "
                                      "signed a paper agreeing to pay before they shipped."),
        ("Appeal", f"If you think we got this wrong, ask for an appeal. Your appeal must reach us by {long(dl)}. "
                   "After the appeal you may ask for a state fair hearing within 120 days of our appeal letter."),
    ], size=8.4)
    p.sig_scrawl("Member Services", PLAN)
    p.nondiscrim(PLAN, tollfree(rng, "866"), size=7.0)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, member_id=mid, member_name=pt, cases=[c],
              claim_amount=m2(tot), service_dates=[iso(ship)], denial_date=iso(ld), provider=RESTFUL,
              appeal_deadline=iso(dl), alternates={"insurer": PLAN_ALT})
    return out(p), t


def rotated_timely(rng):
    """Provider notice: a titration study's claim received 194 days after the study (limit 180 days)."""
    pt, = people(rng, 1, sexes="M")
    interp, = people(rng, 1, sexes="F")
    mid = lw_id(rng)
    dos = dt.date(2026, 1, 21)
    recd = plus(dos, 194)
    last = plus(dos, 180)
    nd = dt.date(2026, 8, 18)
    c = icn(rng, recd)
    lines = [("95811", "Sleep study with PAP titration, attended", 1860.00),
             ("94660", "CPAP initiation and management", 145.00)]
    tot = sum(x[2] for x in lines)
    p = ENSheet(footer="Page {n} of {nb}", run_top=f"LULLWATER PROVIDER CLAIM NOTICE  ·  {iso(nd)}  ·  ICN {c}",
                top_from=1)
    p.add_page()
    head(p, rng, right=["Provider claim notice", iso(nd)])
    for ln in [VERRAULT, "Attn: Patient Accounts", "1750 Lantern Hill Drive", "Marrowgate, KE 67302"]:
        p.line(ln, 9.6)
    p.ln(3)
    p.tab_boxes([("PATIENT", pt, 58), ("MEMBER ID", mid, 38), ("ICN", c, 44), ("PLAN", PLAN_CODE, 39.9)])
    p.tab_boxes([("DATE OF SERVICE", slash(dos), 40), ("CLAIM RECEIVED", mon_dash_yy(recd), 40),
                 ("INTERPRETING", f"Dr. {interp}", 60), ("BILLED", usd(tot), 39.9)])
    p.table(["CPT", "Service", "Units", "Billed", "Paid", "Rsn"],
            [[a, b, "1", n2(x), "0.00", "TF1"] for a, b, x in lines] + [["", "Claim total", "", n2(tot), "0.00", ""]],
            [20, 88, 14, 25, 20, 12.9], size=8.6,
            aligns=["L", "L", "C", "R", "R", "C"], bold_last=True)
    p.three_cols([
        ("TF1", "Claim received more than 180 days after the date of service. Lullwater's contract with "
                "participating providers sets this limit for first-time claims."),
        ("The dates", f"The study was done on {long(dos)}. We received the claim {194} days later. The last day to "
                      f"file it was {roman_month(last)}."),
        ("Member", "This is a provider matter. Do not bill the member for this claim, in whole or in part."),
        ("Proof of filing", "If you sent this claim on time and we did not get it, send proof: a clearinghouse "
                            "acceptance report or a payer rejection dated within the 180 days."),
        ("Reconsideration", "Ask for a reconsideration within 90 days of the date of this notice. Mail it to "
                            f"Lullwater Provider Appeals, {PLAN_ADDR}, or use the provider portal."),
        ("Questions", f"Provider Services {tollfree(rng, '866')}, option 3."),
    ], size=8.3)
    p.sig_scrawl("Claims Operations", PLAN)
    t = truth("denial_letter", "timely_filing", insurer=PLAN, plan_id=PLAN_CODE, member_id=mid, member_name=pt,
              cases=[c], claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(nd), provider=VERRAULT,
              appeal_deadline=iso(plus(nd, 90)), type_alternates=["eob"],
              alternates={"insurer": PLAN_ALT, "provider": [f"Dr. {interp}", interp]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    fresh("A")
    F = FAMILY + "_"
    items = [Item(F + "bd_payment_statement_cushion_line_runs_on_to_page_two", "born_digital",
                  [bd_payment_statement(rng)])]
    docs, cover = faxstd_stack(rng)
    items.append(Item(F + "faxstd_stack_cover_lab_study_sideways_home_test_approval",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 90}))
    items += [
        Item(F + "faxstd_supplier_notice_month_four_download_chart", "fax_standard_g4",
             [faxstd_compliance(rng)]),
        Item(F + "scan300_rental_months_nine_ten_already_owned_table_runs_on", "scan_clean_300",
             [scan300_rental_cap(rng)]),
        Item(F + "photocopy_es_bipap_entregado_sin_aprobacion", "photocopy", [photocopy_es(rng)]),
        Item(F + "phone_mail_order_supplies_not_a_lullwater_supplier", "phone_photo", [phone_oon(rng)]),
        Item(F + "rotated_provider_notice_titration_claim_after_180_days", "rotated", [rotated_timely(rng)]),
    ]
    return items
