"""An invented performing-arts union's health fund: the Marquee Performers Health Fund, a jointly trusteed fund of the
(invented) Marquee Performers Guild and the theatre producers that employ its members. Performers do not get coverage
from one employer: each producer pays contributions on the covered earnings of the Guild members it employs, and a
member earns coverage for a calendar quarter when the covered earnings reported for a base period (the four quarters
that end six months before the coverage quarter) reach a set amount; a member who falls short may buy the quarter by
self-payment, due before the quarter starts; a spouse or child is covered only once enrolled with an enrollment form
and proof of the relationship. Invented rules beside these: a 90-day limit for providers to file claims, chiropractic
care paid only from network providers, a medical policy that asks for voice therapy before surgery on a vocal fold
polyp. The Fund's benefit office prints most papers; a third-party administrator (Benchmark Fund Administrators, Inc.)
prints the provider remittance. Every union, fund, company, practice, person, number, address, code, amount and
time limit is invented (phones 555); CPT codes appear as themselves. No heading names the kind of refusal; each reason
is put in plain words or a code.

Documents (8 in 7 files):
- born_digital_eob_two_pages_spouse_not_enrolled_totals_on_page_two: a two-page household Explanation of Benefits
  ("This is not a bill") with group, plan and participant numbers side by side in boxes, a year-to-date deductible
  panel, four claims whose table runs onto page 2 where the totals row, the provider payments (check amounts) and the
  code legend stand; only the new wife's dermatology claim is refused (not enrolled as a dependent); dotted
  "04.08.2026" beside the long date; "within 180 days of the date of this statement".
- clean300_two_pages_lapsed_quarter_reason_buried_earnings_strip: a two-page letter with the participant ID and group
  in a running line at the top of every page, "Tuesday, May 5, 2026" as letter date, the physical therapy practice
  named only after "Servicing:", three visits and their amounts, a base-period earnings strip (four quarters of
  amounts as decoys), the reason in one sentence of a long paragraph, a self-payment amount and due date as decoys,
  "no later than" a printed date.
- finefax_administrator_remittance_code_only_glossary_on_back: a fine-fax remittance advice printed by the
  administrator for the Fund: seven claims for a podiatry group in an open table, the rendering podiatrist only in
  a table column, a check stub; one claim refused by code TF1 alone, its meaning (filed after 90 days) only in the
  glossary on page 2 with "within 60 days of the remittance date"; remittance date "2026/05/15".
- phone_es_autopago_no_recibido_trimestre_de_abril: a photographed Spanish letter to a dancer whose self-payment for
  the April quarter never arrived (a sports medicine visit refused), key/value box at the right, "US$" amounts,
  "dentro de 180 días a partir de la fecha de esta carta".
- photocopy_appeal_reversed_newborn_enrolled_claim_paid: a photocopied decision of the Trustees' appeals committee
  reversing the refusal of a newborn's visits once the enrollment papers arrived (denies nothing; the old reason
  restated as a decoy), "March 4th, 2026"-style date with a "mailed" date in the footer, billed / allowed / paid /
  your share and the check sent to the practice.
- lowres_voice_surgery_not_approved_nurse_and_medical_director: a 150 dpi pre-service letter with values above their
  captions, refusing a singer's vocal fold surgery until voice therapy is tried (nurse reviewer and medical director
  sign), a call reference as decoy, a fast-appeal time as decoy and "within 180 calendar days of the date you
  receive this notice" (nothing to count from).
- faxstd_stack_chiropractic_eob_out_of_network_sideways_then_real_bill: a standard-fax stack of the Fund's EOB
  ("This is not a bill") refusing three chiropractic visits from a provider outside the network (page 2 with the
  legend, appeal text, language help and nondiscrimination statement fed sideways), a blank separator page, then
  the chiropractor's own bill for the same visits sent to the patient (a real bill; denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeh_famlc import (EHSheet, dmy, dots_us, dr, es_date, first, iso, last, last_first, long, n2, nth,
                               people, phone, plus, slash, tollfree, usd, usd_es, wday, workday, ymd)
from public_kit import digits, m2, out, truth

FAMILY = "performing_arts_union_health_fund_earned_eligibility_quarters_self_pay_and_dependent_enrollment_refusals"
LANG = "en"
SEED = 355072
FUND = "Marquee Performers Health Fund"
FUND_ALT = ["Marquee Performers Health Fund Office", "Marquee Health Fund", "MPHF",
            "Board of Trustees of the Marquee Performers Health Fund"]
GUILD = "Marquee Performers Guild"
FUND_ADDR = "418 West 47th Street, 6th Floor, New York, NY 10036"
TPA = "Benchmark Fund Administrators, Inc."
TPA_ALT = ["Benchmark Fund Administrators", "Benchmark", FUND]
TPA_PO = "PO Box 30418, Secaucus, NJ 07096-0418"
PLAN_NO = "501"
GROUP = "MPG-0880"
NEED = 26400.0
DERM = "Ravel Street Dermatology"
PT = "Calder Square Physical Therapy"
POD = "Sixth Avenue Podiatry Group"
SPORTS = "Tenth Avenue Sports Medicine"
PEDS = "Amberley Pediatric Practice"
VOICE = "Larchmont Voice & Airway Center"
CHIRO = "Greenpoint Spine & Chiropractic"


def pid(rng):
    return "P" + digits(rng, 7)


def fund_head(p, rng, unit="Benefits Office", box=None):
    p.head(FUND, "MPHF", [f"Jointly trusteed by the {GUILD} and the producers who employ its members  |  {unit}",
                          f"{FUND_ADDR}  |  {tollfree(rng)}  |  Fax {phone(rng, '212')}"], box=box, size=12.5)


def ny_addr(rng):
    street = rng.choice(["W 51st St Apt 4F", "Ninth Ave Apt 12", "Bergen St Apt 2R", "Vernon Blvd Apt 6C",
                         "Manhattan Ave Apt 3", "Jackson Ave Apt 9B", "Riverside Dr Apt 5D"])
    town = rng.choice([("New York", "NY", "10019"), ("Brooklyn", "NY", "11217"), ("Long Island City", "NY", "11101"),
                       ("Jersey City", "NJ", "07302"), ("Astoria", "NY", "11102")])
    return [f"{rng.randint(20, 880)} {street}", f"{town[0]}, {town[1]} {town[2]}"]


def id_band(p, pno, extra=None):
    W = p.w - p.l_margin - p.r_margin
    cells = [("GROUP", GROUP), ("PARTICIPANT ID", pno), ("PLAN NO.", PLAN_NO)] + (extra or [])
    p.capstrip(cells, [W / len(cells)] * len(cells))
    p.ln(2)


# ---------------------------------------------------------------------------------------------------------------
def bd_eob_spouse(rng):
    part, wife, girl, derm, pcp, ped = people(rng, 6, sexes="MFF")
    wife = f"{first(wife)} {wife.split()[1]} {last(part)}"
    girl = f"{first(girl)} {girl.split()[1]} {last(part)}"
    pno = pid(rng)
    sd = workday(dt.date(2026, 4, rng.randint(6, 10)))
    claims = [f"26{digits(rng, 3)}-{digits(rng, 5)}" for _ in range(4)]
    d = [dt.date(2026, 3, rng.randint(2, 27)) for _ in range(4)]
    ded_y, ded_met = 750.0, rng.choice([310.0, 355.0, 280.0])
    # patient, suffix, claim, date, provider, code, service, billed, allowed, deductible, coins, plan paid, you owe,
    # note
    w1, w2 = rng.choice([245.0, 262.0]), rng.choice([188.0, 176.0])
    lines = [
        (part, "01", claims[0], d[0], pcp, "99214", "Office visit", 236.0, 148.5, 0.0, 29.7, 118.8, 29.7, ""),
        (part, "01", claims[1], d[1], "Lantern Imaging", "73030", "X-ray, shoulder", 214.0, 96.4, 96.4, 0.0, 0.0,
         96.4, "DD"),
        (girl, "03", claims[2], d[2], ped, "99393", "Well-child visit", 198.0, 142.0, 0.0, 0.0, 142.0, 0.0, "PV"),
        (wife, "\u2014", claims[3], d[3], DERM, "99203", "New patient visit", w1, 0.0, 0.0, 0.0, 0.0, w1, "E14"),
        (wife, "\u2014", claims[3], d[3], DERM, "11102", "Skin biopsy", w2, 0.0, 0.0, 0.0, 0.0, w2, "E14"),
    ]
    refused = w1 + w2
    tot = [round(sum(r[i] for r in lines), 2) for i in range(7, 13)]
    p = EHSheet(footer="Page {n} of {nb}", footer_left=f"MPHF-EOB  |  Stmt {dots_us(sd)}")
    p.set_margins(14, 14, 14)
    p.add_page()
    fund_head(p, rng, box="EXPLANATION OF BENEFITS")
    p.line(f"Statement date: {long(sd)}    ({dots_us(sd)})        THIS IS NOT A BILL", 9.6, "B")
    p.ln(2)
    id_band(p, pno, [("PARTICIPANT", part)])
    p.addr_kv([part, *ny_addr(rng)],
              [("Billed this statement", usd(tot[0])), ("Fund paid", usd(tot[4])), ("You may owe", usd(tot[5])),
               ("Claims on this statement", "4")], w=88, cap_w=40, title="YOUR STATEMENT IN SHORT")
    p.heading("Your 2026 deductible and out-of-pocket so far", 10.5)
    W = p.w - p.l_margin - p.r_margin
    p.table(["", "Plan year limit", "Met so far", "Still to meet"],
            [["Deductible, per person (" + first(part) + ")", n2(ded_y), n2(ded_met), n2(ded_y - ded_met)],
             ["Deductible, family", n2(ded_y * 2), n2(ded_met), n2(ded_y * 2 - ded_met)],
             ["Out-of-pocket limit, family", n2(9000.0), n2(ded_met + 29.7), n2(9000.0 - ded_met - 29.7)]],
            [W * 0.4, W * 0.2, W * 0.2, W * 0.2], size=8.6, aligns=["L", "R", "R", "R"])
    p.heading("Claims we processed", 10.5)
    head = ["Patient", "Sfx", "Claim", "Date", "Provider", "Service", "Billed", "Allowed", "Fund paid", "You owe",
            "Note"]
    widths = [W * 0.125, W * 0.04, W * 0.115, W * 0.10, W * 0.115, W * 0.145, W * 0.085, W * 0.075, W * 0.075,
              W * 0.075, W * 0.05]
    aligns = ["L", "C", "L", "L", "L", "L", "R", "R", "R", "R", "C"]
    rows = [[r[0], r[1], r[2], slash(r[3]), r[4], f"{r[5]} {r[6]}"] + [n2(v) for v in (r[7], r[8], r[11], r[12])]
            + [r[13]] for r in lines]
    rows.append(["", "", "", "", "", "Claim total", n2(refused), "0.00", "0.00", n2(refused), ""])
    p.wrap_table(head, rows[:3], widths, size=6.8, aligns=aligns)
    p.line("Continued on the next page", 7.6, "B")
    p.add_page()
    p.line(f"{part}  |  Participant ID {pno}  |  Statement {slash(sd)}", 8, "B")
    p.ln(2)
    p.wrap_table(head, rows[3:] + [["Totals", "", "", "", "", ""] + [n2(tot[i]) for i in (0, 1, 4, 5)] + [""]],
                 widths, size=6.8, aligns=aligns, bold_last=True)
    p.heading("Payments the Fund sent to providers", 10)
    p.table(["Payee", "Check / EFT no.", "Date", "Amount"],
            [[pcp, f"EFT {digits(rng, 8)}", slash(plus(sd, -2)), n2(118.8)],
             [ped, f"CHK {digits(rng, 7)}", slash(plus(sd, -2)), n2(142.0)]],
            [W * 0.4, W * 0.25, W * 0.17, W * 0.18], size=8.4, aligns=["L", "L", "L", "R"])
    p.legend("Notes", [
        ("DD", "Applied to the deductible."),
        ("PV", "Preventive care, paid in full."),
        ("E14", f"The patient is not enrolled as a dependent under this participant's coverage. The Fund has no "
                f"enrollment form for {wife}. A spouse is covered from the date of marriage when the form and a copy "
                "of the marriage certificate reach the Fund Office within 60 days after the marriage; after that, "
                "from the first day of the next coverage quarter. Provider: " + DERM + f", {dr(derm)}.")])
    p.para(f"If you disagree with how a claim was handled, you may appeal within 180 days of the date of this "
           f"statement. Write to the Appeals Committee, {FUND}, {FUND_ADDR}.", 8.6)
    t = truth("eob", "eligibility", insurer=FUND, plan_id=PLAN_NO, group=GROUP, member_id=pno, member_name=wife,
              cases=[claims[3]], claim_amount=m2(refused), service_dates=[iso(d[3])], denial_date=iso(sd),
              provider=DERM, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": FUND_ALT, "provider": [dr(derm), derm]})
    return out(p), t


def clean_lapsed_quarter(rng):
    mem, sig = people(rng, 2)
    pno = pid(rng)
    claim = f"26{digits(rng, 3)}-{digits(rng, 5)}"
    visits = sorted(dt.date(2026, 4, x) for x in rng.sample(range(6, 24), 3))
    ld = dt.date(2026, 5, rng.randint(4, 8))
    while ld.weekday() != 1:
        ld = plus(ld, 1)
    by = plus(ld, 181)
    by = workday(by)
    per = rng.choice([155.0, 162.0, 148.0])
    total = per * 3
    q = [rng.choice([4120.0, 3875.5, 4410.0]), rng.choice([9870.5, 10215.0, 9640.0]), 0.0,
         rng.choice([7215.0, 6980.0, 7344.5])]
    earned = sum(q)
    selfpay = rng.choice([1236.0, 1198.0, 1274.0])
    p = EHSheet(footer="Page {n} of {nb}", footer_left="MPHF-EL7  Eligibility",
                every=f"{last_first(mem)}  |  Participant ID {pno}  |  Group {GROUP}  |  Page {{n}} of {{nb}}")
    p.set_margins(18, 17, 18)
    p.add_page()
    fund_head(p, rng, unit="Eligibility Department")
    p.line(wday(ld), 10, "B")
    p.ln(2)
    for ln in [mem, *ny_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.heading("Your claim for physical therapy in April", 11.5)
    p.para(f"Dear {mem}:", 10)
    p.para(f"We received claim {claim} for three physical therapy visits in April. Servicing: {PT}.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Visit", "Service", "Billed", "Fund paid"],
            [[slash(v), "Therapeutic exercise, manual therapy (97110, 97140)", n2(per), "0.00"] for v in visits]
            + [["", "Total", n2(total), "0.00"]],
            [W * 0.16, W * 0.52, W * 0.16, W * 0.16], size=9, aligns=["L", "L", "R", "R"], bold_last=True)
    p.para("Coverage from the Fund is earned quarter by quarter. For each calendar quarter, the Fund adds up the "
           "covered earnings that producers reported for you in the base period, which is the four calendar quarters "
           "that end six months before the coverage quarter begins, so that the quarter of April 1 through June 30, "
           "2026 looks back to the base period of October 1, 2024 through September 30, 2025, and producers have "
           "until the end of the following month to report the weeks you worked for them. "
           f"Because the reports for that base period add up to {usd(earned)} in covered earnings, less than the "
           f"{usd(NEED)} needed, you did not earn coverage for the quarter that began April 1, 2026, and the claim "
           "for your April visits was denied. Your coverage for the quarter of January 1 through March 31, 2026 was "
           "earned in full and every claim for that quarter was processed as usual.", 10)
    p.earnings_strip([("Q4 2024", n2(q[0])), ("Q1 2025", n2(q[1])), ("Q2 2025", n2(q[2])), ("Q3 2025", n2(q[3]))],
                     n2(NEED), n2(earned))
    p.para("If a producer paid you for covered work in the base period and it is not in the boxes above, send us a "
           "pay stub or a contract. Late reports are added, and a quarter can be earned after the fact.", 9.6)
    p.add_page()
    p.heading("About self-payment", 11)
    p.para(f"Members who fall short may buy a quarter by self-payment. The notice we mailed to you in February "
           f"offered the April quarter for {usd(selfpay)}, due by March 15, 2026; no payment was received. The "
           "offer has expired and cannot be reopened.", 10)
    p.heading("Your right to appeal", 11)
    p.para(f"You may ask the Appeals Committee of the Board of Trustees to review this decision. Your appeal must "
           f"reach the Fund Office no later than {long(by)}. Tell us why you disagree and send any papers (pay stubs, "
           f"contracts, W-2 forms) that show covered earnings we did not count. You may see the documents we used, "
           "free of charge. If the Committee keeps the decision, you may bring a civil action under section 502(a) "
           "of ERISA.", 10)
    p.signoff(["Sincerely,", sig, "Eligibility Department"], 9.6)
    t = truth("denial_letter", "eligibility", insurer=FUND, group=GROUP, member_id=pno, member_name=mem, cases=[claim],
              claim_amount=m2(total), service_dates=[iso(v) for v in visits], denial_date=iso(ld), provider=PT,
              appeal_deadline=iso(by),
              alternates={"insurer": FUND_ALT})
    return out(p), t


def finefax_remittance(rng):
    pats = people(rng, 8)
    pod1, pod2 = pats.pop(), pats.pop()
    target = pats[2]
    ids = {x: pid(rng) for x in pats}
    rd = workday(dt.date(2026, 5, rng.randint(13, 18)))
    late_dos = dt.date(2026, 1, rng.randint(12, 20))
    recv = plus(late_dos, rng.randint(108, 115))
    codes = {"A1": 0.72, "D2": 0.0, "C3": 0.72}
    svc = [("99213", "Office visit, est.", 186.0), ("11721", "Nail debridement 6+", 142.0),
           ("11055", "Paring, 1 lesion", 118.0), ("L3030", "Foot insert", 264.0), ("73630", "X-ray foot", 132.0)]
    rows, tb, tp = [], 0.0, 0.0
    tgt_claim, tgt_amt, tgt_lines = None, 0.0, []
    for i, x in enumerate([pats[0], pats[1], target, pats[3], pats[4], pats[5], pats[1]]):
        c = f"26{digits(rng, 3)}-{digits(rng, 5)}"
        rend = pod1 if i % 2 == 0 else pod2
        if x == target:
            lines = [svc[0], svc[3]]
            dos = late_dos
        else:
            lines = rng.sample(svc, rng.choice([1, 2]))
            dos = dt.date(2026, 4, rng.randint(1, 28))
        for j, (cpt, desc, amt) in enumerate(lines):
            if x == target:
                code, paid = "TF1", 0.0
                tgt_claim, tgt_amt = c, tgt_amt + amt
            else:
                code = rng.choice(["A1", "A1", "D2", "C3"])
                paid = round(amt * codes[code], 2) if code != "C3" else round(amt * 0.72 - 25.0, 2)
            tb, tp = tb + amt, tp + paid
            rows.append([last_first(x) if j == 0 else "", ids[x] if j == 0 else "", c if j == 0 else "",
                         f"Dr. {last(rend)}" if j == 0 else "", slash(dos), cpt, desc, n2(amt), n2(paid), code])
        if len(lines) > 1:
            rows.append(["", "", "", "", "", "", "Claim total", n2(sum(x_[2] for x_ in lines)),
                         n2(sum(float(r_[8].replace(",", "")) for r_ in rows[-len(lines):])), ""])
    eft = digits(rng, 9)
    p = EHSheet(footer="Page {n} of {nb}", footer_left=f"BFA-RA2 for {FUND}",
                fax_hdr=f"{rd:%b %d %Y} 07:{rng.randint(10, 59)}  BENCHMARK FUND ADMIN  {phone(rng, '201')}  PG {{n}}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    p.head(TPA, "BFA", [f"Administrator for the {FUND} (Plan No. {PLAN_NO}, Fund group {GROUP})",
                        f"{TPA_PO}  |  Provider services {tollfree(rng)}"], box="REMITTANCE ADVICE", size=12.5)
    p.line(f"Remittance date: {ymd(rd)}      Payee: {POD}      Payee TIN ***-**{digits(rng, 4)}", 9.2, "B")
    p.ln(2)
    for ln in [POD, "Billing Office", "224 Sixth Avenue, Suite 3", "New York, NY 10014"]:
        p.line(ln, 9.4)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    widths = [W * 0.18, W * 0.09, W * 0.1, W * 0.11, W * 0.08, W * 0.06, W * 0.15, W * 0.08, W * 0.08, W * 0.07]
    p.ledger(["Patient", "Participant", "Claim", "Rendering", "DOS", "Code", "Service", "Billed", "Paid", "Reason"],
             rows, widths, aligns=["L", "L", "L", "L", "L", "L", "L", "R", "R", "C"], size=7.4,
             totals=["Totals", "", "", "", "", "", "", n2(tb), n2(tp), ""])
    p.ln(2)
    p.line("Reason codes are explained on the back of this page.", 8.2, "B")
    p.check_stub(TPA + " for the " + FUND, POD, tp, eft, slash(rd))
    p.add_page(orientation="L")
    p.heading("Glossary of reason codes", 11)
    p.wrap_table(["Code", "What it means"],
                 [["A1", "Paid at the Fund's allowed amount for a network provider."],
                  ["C3", "Paid at the allowed amount less the member's $25 copay."],
                  ["D2", "Allowed amount applied to the member's deductible; nothing paid."],
                  ["E14", "Patient not enrolled as a dependent on the date of service."],
                  ["N40", "Chiropractic care from a provider outside the Fund's network; not payable."],
                  ["TF1", "Claim received more than 90 days after the date of service. The Fund's filing limit "
                          "for network providers is 90 days; the member may not be billed for the service."],
                  ["X9", "Duplicate of a claim already processed."]],
                 [W * 0.12, W * 0.88], size=8.6)
    p.para(f"Provider appeals: send a written request within 60 days of the remittance date to {TPA_PO}, with proof "
           "of timely filing (a clearinghouse acceptance report) where the reason is TF1.", 8.8)
    p.para(f"Claims for this remittance were received between 04/20/2026 and {slash(recv)}.", 8.0)
    t = truth("eob", "timely_filing", insurer=TPA, plan_id=PLAN_NO, group=GROUP, member_id=ids[target],
              member_name=target, cases=[tgt_claim], claim_amount=m2(tgt_amt), service_dates=[iso(late_dos)],
              denial_date=iso(rd), provider=POD, appeal_deadline=iso(plus(rd, 60)),
              alternates={"insurer": TPA_ALT, "provider": [f"Dr. {last(pod1)}"]})
    return out(p), t


def phone_es_selfpay(rng):
    mem, doc, sig = people(rng, 3, es=True, sexes="F")
    pno = pid(rng)
    claim = f"26{digits(rng, 3)}-{digits(rng, 5)}"
    dos = dt.date(2026, 4, rng.randint(14, 24))
    ld = workday(plus(dos, rng.randint(20, 26)))
    premium = rng.choice([1236.0, 1198.0])
    v1, v2 = rng.choice([310.0, 295.0]), rng.choice([96.0, 104.0])
    total = v1 + v2
    p = EHSheet(footer="Página {n} de {nb}", footer_left="MPHF-ES2  Aviso en español")
    p.set_margins(17, 15, 17)
    p.add_page()
    p.head(FUND, "MPHF", [f"Fondo de salud del {GUILD} y de los productores  |  Oficina de Elegibilidad",
                          f"{FUND_ADDR}  |  Línea en español {tollfree(rng)}"], size=12.5)
    p.line(es_date(ld), 10, "B")
    p.ln(2)
    p.addr_kv([mem, *ny_addr(rng)],
              [("Participante", mem), ("N.º de participante", pno), ("Grupo", GROUP), ("Reclamación", claim),
               ("Trimestre", "abril a junio de 2026")], w=98, cap_w=34, size=8.6)
    p.heading("Su visita del " + es_date(dos), 11.5)
    p.para(f"Estimada señora {last(mem)}:", 10)
    p.para(f"{SPORTS} nos mandó la reclamación {claim} por su visita con {dr(doc)} el {es_date(dos)}.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Servicio", "Cobrado", "Pagado por el Fondo"],
            [["Consulta, paciente nuevo (99203)", usd_es(v1), usd_es(0)],
             ["Radiografía del tobillo (73610)", usd_es(v2), usd_es(0)],
             ["Total", usd_es(total), usd_es(0)]],
            [W * 0.56, W * 0.22, W * 0.22], size=9, aligns=["L", "R", "R"], bold_last=True)
    p.para("**No pagaremos esta reclamación.** Sus ganancias cubiertas del período base no alcanzaron para ganar el "
           "trimestre de abril a junio de 2026, y en febrero le ofrecimos comprarlo con un pago por cuenta propia "
           f"(autopago) de {usd_es(premium)}, que debía llegar a más tardar el 15 de marzo de 2026. El pago no llegó. "
           "Por eso usted no tiene cobertura del Fondo desde el 1 de abril de 2026, y su visita fue después de esa "
           "fecha.", 10)
    p.para("Si usted pagó a tiempo, mándenos el comprobante (el cheque cobrado o el recibo del banco). Si vuelve a "
           "trabajar con un productor que aporta al Fondo, sus ganancias cuentan para los trimestres siguientes.", 10)
    p.para("**Si no está de acuerdo.** Puede apelar dentro de 180 días a partir de la fecha de esta carta. Escriba al "
           f"Comité de Apelaciones, {FUND}, {FUND_ADDR}.", 10)
    p.signoff(["Atentamente,", sig, "Oficina de Elegibilidad"], 9.6)
    t = truth("denial_letter", "eligibility", insurer=FUND, group=GROUP, member_id=pno, member_name=mem,
              cases=[claim], claim_amount=m2(total), service_dates=[iso(dos)], denial_date=iso(ld), provider=SPORTS,
              appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": FUND_ALT + ["Fondo de Salud Marquee Performers"], "provider": [dr(doc), doc]})
    return out(p), t


def photocopy_appeal_reversed(rng):
    part, baby, chair = people(rng, 3, sexes="FM")
    baby = f"{first(baby)} {baby.split()[1]} {last(part)}"
    pno = pid(rng)
    mid = f"{pno}-04"
    claim = f"26{digits(rng, 3)}-{digits(rng, 5)}"
    appeal = f"APL-26-{digits(rng, 4)}"
    born = dt.date(2026, 1, rng.randint(5, 14))
    v1, v2 = plus(born, rng.randint(3, 5)), plus(born, rng.randint(26, 32))
    first_no = plus(v2, rng.randint(15, 20))
    dd = workday(plus(first_no, rng.randint(24, 30)))
    mailed = plus(dd, 1)
    b1, b2 = rng.choice([212.0, 226.0]), rng.choice([248.0, 236.0])
    billed = b1 + b2
    allowed = round(billed * 0.7, 2)
    p = EHSheet(footer="Page {n} of {nb}", footer_left=f"MPHF-AP4  |  mailed {slash(mailed)}")
    p.set_margins(18, 16, 18)
    p.add_page()
    fund_head(p, rng, unit="Appeals Committee")
    p.line(nth(dd), 10, "B")
    p.ln(2)
    p.addr_kv([part, *ny_addr(rng)],
              [("Appeal no.", appeal), ("Claim no.", claim), ("Participant ID", mid), ("Patient", baby),
               ("Group", GROUP), ("Decision date", slash(dd))], w=90, cap_w=30)
    p.heading("The Committee reversed the decision on your baby's visits", 11.5)
    p.para(f"Dear {part}:", 10)
    p.para(f"On {long(first_no)} the Fund refused claim {claim} from {PEDS} for your son {baby}'s newborn visit on "
           f"{long(v1)} and his one-month visit on {long(v2)}, because he was not enrolled as your dependent. You "
           "appealed and sent the enrollment form and his birth certificate.", 10)
    p.para(f"The Appeals Committee met on {long(plus(dd, -3))}. A child is covered from birth when the enrollment form "
           "and the birth certificate reach the Fund Office within 60 days after the birth. Your papers were "
           "postmarked 41 days after the birth, and the first refusal was made before they were opened. The "
           "Committee reversed the decision, and the claim has been processed again and paid.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Visit", "Billed", "Allowed", "Fund paid", "Your share"],
            [[slash(v1), n2(b1), n2(round(b1 * 0.7, 2)), n2(round(b1 * 0.7, 2)), "0.00"],
             [slash(v2), n2(b2), n2(round(b2 * 0.7, 2)), n2(round(b2 * 0.7, 2)), "0.00"],
             ["Total", n2(billed), n2(allowed), n2(allowed), "0.00"]],
            [W * 0.2] * 5, size=9, aligns=["L", "R", "R", "R", "R"], bold_last=True)
    p.para(f"Payment of {usd(allowed)} went to {PEDS} on {slash(plus(dd, -1))}, check no. {digits(rng, 7)}. Well-baby "
           "visits are preventive care, so you owe nothing for them. If the practice billed you, show it this "
           "letter.", 10)
    p.para("Nothing else needs to be done. Your son now appears on your coverage with person code 04.", 10)
    p.signoff(["For the Appeals Committee,", chair, "Trustee, Committee Chair"], 9.6)
    t = truth("other", None, insurer=FUND, group=GROUP, member_id=mid, member_name=baby, cases=[appeal, claim],
              claim_amount=m2(billed), service_dates=[iso(v1), iso(v2)], denial_date=iso(dd), provider=PEDS,
              alternates={"insurer": FUND_ALT, "member_id": [pno], "case_numbers": [[claim], [appeal]],
                          "claim_amount": [None]})
    return out(p), t


def lowres_voice_surgery(rng):
    singer, ent, rn, md = people(rng, 4)
    pno = pid(rng)
    rev = f"UR-26-{digits(rng, 5)}"
    callref = f"{digits(rng, 4)}-{digits(rng, 2)}"
    recv = dt.date(2026, 3, rng.randint(16, 20))
    ld = workday(plus(recv, rng.randint(3, 6)))
    planned = workday(plus(ld, rng.randint(15, 21)))
    p = EHSheet(footer="Page {n} of {nb}", footer_left="MPHF-UR1  Medical Review Unit")
    p.set_margins(16, 15, 16)
    p.add_page()
    fund_head(p, rng, unit="Medical Review Unit", box="PRE-SERVICE DECISION")
    W = p.w - p.l_margin - p.r_margin
    p.over_boxes([(long(ld), "Date of notice", W * 0.24), (rev, "Review no.", W * 0.22),
                  (pno, "Participant ID", W * 0.2),
                  (GROUP, "Group", W * 0.14), (ymd(recv), "Request received", W * 0.2)])
    p.over_boxes([(singer, "Patient", W * 0.34), (f"{dr(ent)}, {VOICE}", "Requesting physician", W * 0.66)], size=8.8)
    p.over_boxes([("31541 Microlaryngoscopy, removal of vocal fold lesion", "Service asked for", W * 0.62),
                  (slash(planned), "Planned date", W * 0.18), ("Outpatient", "Setting", W * 0.2)], size=8.6)
    p.ln(2)
    for ln in [singer, *ny_addr(rng)]:
        p.line(ln, 9.8)
    p.ln(2)
    p.heading("We cannot approve the surgery at this time", 11.5)
    p.para(f"Dear {singer}:", 10)
    p.para(f"{dr(ent)} asked us to approve surgery to remove a polyp from your right vocal fold. A nurse reviewer "
           "and the Fund's medical director, a board-certified otolaryngologist, read the request, the office notes "
           "and the video stroboscopy report.", 10)
    p.para("**Our decision.** For a polyp that does not block the airway, the Fund's medical policy asks for six to "
           "eight weeks of voice therapy with a speech-language pathologist first, because many polyps shrink with "
           "therapy and rest. Your records show one therapy visit in February and no others. The surgery is not "
           "medically necessary now. If your voice has not improved after a full course of therapy, your doctor can "
           "ask again and send the therapist's notes.", 10)
    p.para(f"We told {dr(ent)}'s office of this decision by phone (call reference {callref}).", 10)
    p.heading("If you disagree", 11)
    p.para("You or your doctor may appeal within 180 calendar days of the date you receive this notice. If waiting "
           "could seriously harm your health, ask for a fast appeal; we decide those within 72 hours. You may ask for "
           "a free copy of the policy and the records we used.", 9.8)
    p.signers([[rn, "Nurse reviewer, RN, CCM"], [dr(md), "Medical Director"]])
    t = truth("denial_letter", "medical_necessity", insurer=FUND, group=GROUP, member_id=pno, member_name=singer,
              cases=[rev], service_dates=[iso(planned)], denial_date=iso(ld), provider=ent,
              alternates={"insurer": FUND_ALT, "provider": [dr(ent), VOICE]})
    return out(p), t


def faxstd_stack(rng):
    mem, chiro, biller = people(rng, 3)
    pno = pid(rng)
    claim = f"26{digits(rng, 3)}-{digits(rng, 5)}"
    visits = sorted(dt.date(2026, 3, x) for x in rng.sample(range(3, 27), 3))
    sd = workday(plus(visits[-1], rng.randint(18, 24)))
    per = [rng.choice([95.0, 105.0]), 75.0, 75.0]
    exam = rng.choice([140.0, 155.0])
    lines = [(visits[0], "99203", "New patient exam", exam), (visits[0], "98941", "Adjustment, 3-4 regions", per[0]),
             (visits[1], "98941", "Adjustment, 3-4 regions", per[0]), (visits[2], "98941", "Adjustment, 3-4 regions",
                                                                       per[0])]
    total = sum(x[3] for x in lines)
    a = EHSheet(footer="Page {n} of {nb}", footer_left=f"MPHF-EOB  |  {dmy(sd)}",
                fax_hdr=f"{plus(sd, 12):%m/%d/%y} 15:{rng.randint(10, 59)}  FROM: MEMBER  TO: ADVOCATE  P{{n}}")
    a.set_margins(15, 15, 15)
    a.add_page()
    fund_head(a, rng, box="EXPLANATION OF BENEFITS")
    a.line(f"Statement date: {long(sd)}      This is not a bill", 9.8, "B")
    a.ln(2)
    id_band(a, pno, [("PATIENT", mem)])
    home = ny_addr(rng)
    for ln in [mem, *home]:
        a.line(ln, 9.8)
    a.ln(3)
    W = a.w - a.l_margin - a.r_margin
    rows = [[slash(d), c, s, n2(v), "0.00", "0.00", n2(v), "N40"] for d, c, s, v in lines]
    rows.append(["", "", "Claim total", n2(total), "0.00", "0.00", n2(total), ""])
    a.line(f"Claim {claim}   Provider: {CHIRO}   ({dr(chiro)}, DC)", 9.2, "B")
    a.ln(1)
    a.table(["Date", "Code", "Service", "Billed", "Allowed", "Fund paid", "Not covered", "Note"], rows,
            [W * 0.13, W * 0.09, W * 0.26, W * 0.11, W * 0.1, W * 0.1, W * 0.12, W * 0.09], size=8.6,
            aligns=["L", "L", "L", "R", "R", "R", "R", "C"], bold_last=True)
    a.para("Your 2026 deductible: $750.00; met so far: $212.40. Chiropractic visits used in 2026: 0 of 20 (network).",
           8.8)
    a.para("Notes are explained on page 2.", 8.8)
    a.add_page()
    a.legend("Notes", [("N40", f"{CHIRO} is not in the Fund's network. The Fund pays for chiropractic care only when "
                               "the chiropractor is in its network; there is no out-of-network benefit for it. The "
                               "provider may bill you for these visits.")])
    a.para("You may appeal within 180 days from the statement date. Write to the Appeals Committee at the Fund "
           "Office and say why you disagree.", 9)
    a.lang_help(tollfree(rng), size=7)
    a.nondiscrimination(FUND, tollfree(rng), size=7.2)
    d_a = (out(a), truth("eob", "out_of_network", insurer=FUND, plan_id=PLAN_NO, group=GROUP, member_id=pno,
                         member_name=mem, cases=[claim], claim_amount=m2(total), service_dates=[iso(d) for d in visits],
                         denial_date=iso(sd), provider=CHIRO, appeal_deadline=iso(plus(sd, 180)),
                         alternates={"insurer": FUND_ALT, "provider": [dr(chiro), chiro]}))
    # the chiropractor's own bill for the same visits
    acct = f"GSC-{digits(rng, 6)}"
    bd = plus(sd, rng.randint(6, 9))
    due = plus(bd, 25)
    b = EHSheet(footer=None)
    b.set_margins(18, 16, 18)
    b.add_page()
    b.f(15, "B")
    b.cell(0, 8, CHIRO, new_x="LMARGIN", new_y="NEXT")
    b.f(8.6)
    b.cell(0, 4.2, f"88 Franklin Street, Brooklyn, NY 11222  |  Billing {phone(rng, '718')}", new_x="LMARGIN",
           new_y="NEXT")
    b.ln(4)
    b.addr_kv([mem, *home],
              [("Statement date", slash(bd)), ("Account no.", acct), ("Amount due", usd(total)),
               ("Please pay by", slash(due))], w=86, cap_w=32, title="PATIENT STATEMENT")
    W = b.w - b.l_margin - b.r_margin
    rows = [[slash(d), c, s, n2(v), "", n2(v)] for d, c, s, v in lines]
    rows.append([slash(sd), "", f"{FUND}: not paid", "", "0.00", ""])
    rows.append(["", "", "Balance due from patient", "", "", n2(total)])
    b.table(["Date", "Code", "Description", "Charge", "Payment", "Balance"], rows,
            [W * 0.13, W * 0.09, W * 0.44, W * 0.11, W * 0.11, W * 0.12], size=8.6,
            aligns=["L", "L", "L", "R", "R", "R"], bold_last=True)
    b.para(f"Insurance on file: {FUND}, participant {pno}, group {GROUP}. Your plan did not pay these visits. The "
           "balance is now yours. We offer a 10% discount if it is paid in full by the date above, or a payment plan "
           "of three monthly payments.", 9.4)
    b.para(f"Questions about this bill: {biller}, billing office. Treating chiropractor: {dr(chiro)}, DC.", 9.4)
    b.tear_slip("Return this part with your payment",
                [[("Account no.", acct), ("Patient", mem), ("Amount due", usd(total)), ("Amount enclosed", "")]])
    d_b = (out(b), truth("other", None, insurer=FUND, group=GROUP, member_id=pno, member_name=mem,
                         claim_amount=m2(total), service_dates=[iso(d) for d in visits], denial_date=iso(bd),
                         provider=CHIRO, unscored=["insurer", "denial_date"],
                         alternates={"provider": [dr(chiro), chiro]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_eob_two_pages_spouse_not_enrolled_totals_on_page_two", "born_digital",
             [bd_eob_spouse(rng)]),
        Item(F + "clean300_two_pages_lapsed_quarter_reason_buried_earnings_strip", "scan_clean_300",
             [clean_lapsed_quarter(rng)]),
        Item(F + "finefax_administrator_remittance_code_only_glossary_on_back", "fax_fine_g4",
             [finefax_remittance(rng)]),
        Item(F + "phone_es_autopago_no_recibido_trimestre_de_abril", "phone_photo", [phone_es_selfpay(rng)]),
        Item(F + "photocopy_appeal_reversed_newborn_enrolled_claim_paid", "photocopy",
             [photocopy_appeal_reversed(rng)]),
        Item(F + "lowres_voice_surgery_not_approved_nurse_and_medical_director", "scan_lowres_150",
             [lowres_voice_surgery(rng)]),
        Item(F + "faxstd_stack_chiropractic_eob_out_of_network_sideways_then_real_bill", "fax_standard_g4",
             faxstd_stack(rng), separators=["blank", None], turns={(0, 1): 90}),
    ]
    return items
