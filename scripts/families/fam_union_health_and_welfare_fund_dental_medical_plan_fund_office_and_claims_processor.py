"""An invented Taft-Hartley trust fund, the Glenhollow Carpenters and Joiners Health and Welfare Fund (Plan No. 501),
run by a Board of Trustees of union and employer trustees, whose Fund Office decides eligibility (hours reported by
contributing employers for a work quarter buy coverage for a later benefit quarter), appeals and dental
predeterminations, while a separate claims processor, Keystack Claims Services, Inc., pays medical and dental claims
under its own letterhead and the Fund's group number. The dental plan pays panel dentists only (except emergencies)
and wants a predetermination before implants. Papers go to participants, spouses and dependants, to dental
offices and to a physician practice's billing service. CDT and CPT codes, ERISA section 502(a) and the kinds of
care appear as themselves; the fund, its union and employers, the processor, every rule, time limit, remark code,
dentist, doctor, practice, billing service, person, number and address are invented. Reasons are said in the
writer's own words; no heading names the kind of denial.

Documents (8 in 7 files):
- faxstd_dental_claim_decision_root_planing_pockets_under_5mm: the processor's dental claim decision on a standard
  fax to a dental office, short captions left of, above and under boxes ("Proc'd", "Subscr", "Subscr ID", "Grp",
  "Plan No.", "Pt", "Rel", "Clm #" printed with spaces, "Tx Dt", "Treating DDS", "Sent by" = a billing service); four
  lines with billed / contract adj ("18.00-") / allowed / Fund pd / pt resp, only the root planing line refused under
  M7 (pockets of 3-4 mm: medical_necessity), said only in the legend; "within 180 days of the Proc'd date".
- born_digital_landscape_household_eob_spouse_other_plan_first: the processor's landscape EOB to a participant with
  three household claims (billed / not allowed / allowed / copay / Fund paid / you owe, totals); the spouse's therapy
  visits "03/03/26 thru 03/09/26" pay 0.00 under C2 because the spouse's own employer plan pays first (other), the
  legend says "from the 3rd to the 9th of March"; an overpayment recovery with a trailing minus as decoy; "within
  180 days after you receive it" (null).
- lowres_fund_office_hours_short_child_emergency_visit: a 150 dpi Fund Office letter with values over their captions
  and a table of hours by work month and employer: 212 of 300 hours, so no coverage for the child's emergency room
  visit (eligibility); the doctor and hospital and the amount only in sentences; a self-payment due date as decoy;
  "within 180 days after you receive this letter" (null).
- finefax_processor_to_billing_service_claim_after_120_days: a fine-fax notice to a practice's billing service,
  captions left of, above and under boxes ("Notice dt" in ISO form, "Batch", "Pt Acct", "DOS", "Rcvd", "Tot Chg",
  "Rendering"), three lines of an orthopaedic visit received after 120 days (timely_filing); "by <date>".
- phone_es_carta_implante_sin_predeterminacion: a photographed Spanish Fund Office letter with a facts box: an
  implant and its abutment placed on two dates ("el 5 de marzo ... y el 9 de abril") without the predetermination
  the dental plan asks for (prior_authorization); the referring dentist as decoy; "US$ 3.185,00"; "dentro de 180
  días a partir de la fecha de esta carta".
- rotated_predetermination_bridge_estimate: the processor's predetermination of a three-unit bridge fed sideways
  (an estimate; denies nothing); planned start date, an "estimate good until" date as decoy.
- photocopy_stack_non_panel_root_canal_blank_then_trustees_prp_decision_upside_down: a Fund Office letter refusing
  a root canal by an endodontist who is not on the dental panel (out_of_network; a box of panel endodontists as
  decoys), a blank separator page, then upside down the Board of Trustees' appeal decision keeping the refusal of
  three platelet-rich plasma knee injections on three weekday-named dates as unproven (experimental; final, only a
  lawsuit under ERISA 502(a) left, so no appeal deadline).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeb_famfa import (FASheet, amt, dlong, dshort, es_date, es_money, grouped, lastfirst, people, phone,
                               plus, split, thru, trail, usd, workday, yy)
from public_kit import digits, fdate, m2, money, out, truth

FAMILY = "union_health_and_welfare_fund_dental_medical_plan_fund_office_and_claims_processor"
LANG = "en"
SEED = 355010
FUND = "Glenhollow Carpenters and Joiners Health and Welfare Fund"
FUND_ALT = ["Glenhollow Carpenters and Joiners Health & Welfare Fund", "Glenhollow Carpenters Health and Welfare Fund",
            "Board of Trustees of the Glenhollow Carpenters and Joiners Health and Welfare Fund",
            "Glenhollow Carpenters and Joiners Health and Welfare Plan", "Glenhollow Carpenters and Joiners"]
PROC = "Keystack Claims Services, Inc."
PROC_ALT = ["Keystack Claims Services", "Keystack"] + [FUND] + FUND_ALT
UNION = "Glenhollow District Council of Carpenters and Joiners"
PLAN_NO = "501"
GROUP = "04410"
TRUSTEES = ("Garrick D. Holmstrom", "Petronella V. Ashby", "Lowell T. Brenneman")  # union, employer, administrator
EMPLOYERS = [("Brackenridge Framing Co.", "E-1187"), ("Tolliver & Sons Millwork", "E-2046"),
             ("Eastgate Drywall Systems", "E-0935")]


def pid(rng):
    """Participant ID: S or B (letters that read like 5 and 8) and 8 digits; (raw, printed in groups)."""
    raw = f"{rng.choice('SB')}{digits(rng, 8)}"
    return raw, f"{raw[0]} {raw[1:5]} {raw[5:]}"


def household(rng, n: int, es: bool = False) -> list[str]:
    """n names of one family (they share the participant's last name); the first is the participant."""
    firsts = people(rng, n, es=es)
    last = split(firsts[0])[2]
    return [f"{split(x)[0]} {split(x)[1]}. {last}" for x in firsts]


def oh_address(rng):
    town, z = rng.choice([("Massillon", "44646"), ("Alliance", "44601"), ("North Canton", "44720"),
                          ("Louisville", "44641"), ("Wadsworth", "44281"), ("Orrville", "44667")])
    return [f"{rng.randint(100, 4999)} {rng.choice(['Brookside Ave NW', 'Tuscarawas St W', 'Elm Ridge Dr', 'Harmon Rd', 'Lincolnway E', 'Cherry St SE'])}",
            f"{town} OH {z}"]


def _fund_head(p, rng, box=None):
    ut, et, adm = TRUSTEES
    p.head(FUND, "GCJ", [f"Fund Office  |  1880 Millwright Road, Suite 300, Canton OH 44708  |  {phone(rng, '330')}",
                         f"Board of Trustees: {ut} (Union), {et} (Employer)  |  Fund Administrator: {adm}"],
           box=box, size=12)


def _proc_head(p, rng, box=None, unit="Dental Claims"):
    p.head(PROC, "KCS", [f"{unit}  |  Claims processor for the {FUND} (Plan No. {PLAN_NO})",
                         f"PO Box 6612, Akron OH 44309-6612  |  {phone(rng, '330')}  |  fax {phone(rng, '330')}"],
           box=box, size=13)


def faxstd_dental(rng):
    part, spouse = household(rng, 2)
    dentist, clerk, = people(rng, 2)
    raw, shown = pid(rng)
    tx = dt.date(2026, 4, rng.randint(6, 24))
    nd = workday(plus(tx, rng.randint(16, 24)))
    clm = f"DC26{digits(rng, 7)}"
    office = "Harbor Point Family Dentistry"
    billing = "ClearCourse Dental Billing"
    lines = [("D0150", "", "Comprehensive oral evaluation", 96.0 + rng.randint(0, 8), 18.0),
             ("D0210", "", "Intraoral x-rays, complete series", 142.0 + rng.randint(0, 10), 30.0),
             ("D1110", "", "Prophylaxis, adult", 118.0 + rng.randint(0, 9), 22.0),
             ("D4341", "UL", "Perio scaling and root planing, 4+ teeth", 285.0 + rng.randint(0, 30), 0.0)]
    rows, tot = [], [0.0, 0.0, 0.0, 0.0, 0.0]
    for i, (cdt, q, desc, billed, adj) in enumerate(lines):
        if cdt == "D4341":
            allowed = paid = 0.0
            pt, rmk = billed, "M7"
        else:
            allowed = billed - adj
            paid, pt, rmk = allowed, 0.0, "P"
        tot = [tot[0] + billed, tot[1] + adj, tot[2] + allowed, tot[3] + paid, tot[4] + pt]
        rows.append([str(i + 1), cdt, q, desc, amt(billed), trail(adj) if adj else "0.00", amt(allowed), amt(paid),
                     amt(pt), rmk])
    rows.append(["", "", "", "Claim totals", amt(tot[0]), trail(tot[1]), amt(tot[2]), amt(tot[3]), amt(tot[4]), ""])
    fax = f"{yy(nd)} {rng.randint(8, 17):02d}:{rng.randint(10, 59)}  KEYSTACK DENTAL  {phone(rng, '330')}  >>  {office.upper()}  {{n}}/1"
    p = FASheet(footer="Page {n} of {nb}", footer_left="KCS-DCD (provider copy)", fax_hdr=fax)
    p.set_margins(12, 12, 12)
    p.add_page()
    _proc_head(p, rng)
    p.title_bar("DENTAL CLAIM DECISION - PROVIDER COPY", "Quote the Clm # on anything you send about this claim.")
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Proc'd", yy(nd), 40, "L"), ("To (dental office)", office, 76, "A"),
                ("Office TIN", f"{digits(rng, 2)}-{digits(rng, 7)}", W - 116, "B")])
    p.capcells([("Subscr", lastfirst(part), 54, "A"), ("Subscr ID", shown, 38, "A"), ("Grp", GROUP, 22, "B"),
                ("Plan No.", PLAN_NO, 22, "B"), ("Dental option", "Plan A (panel)", W - 136, "B")])
    p.capcells([("Pt", lastfirst(spouse), 70, "L"), ("Rel", "Spouse (01)", 36, "B"),
                ("Pt DOB", yy(dt.date(rng.randint(1968, 1985), rng.randint(1, 12), rng.randint(1, 28))), W - 106,
                 "B")])
    p.capcells([("Clm #", grouped(clm, 4), 62, "L"), ("Tx Dt", yy(tx), 30, "B"), ("Billed", money(tot[0]), 30, "B"),
                ("Treating DDS", f"{dentist}, DDS", W - 122, "A")])
    p.capcells([("Sent by", billing, 76, "A"), ("Payee NPI", digits(rng, 10), 40, "A"),
                ("EFT #", digits(rng, 9), W - 116, "A")])
    p.table(["Ln", "CDT", "Quad", "Description", "Billed", "Contract adj", "Allowed", "Fund pd", "Pt resp", "Rmk"],
            rows, [8, 14, 11, 62, 17, 19, 17, 17, 17, W - 182], size=7.8,
            aligns=["C", "L", "C", "L", "R", "R", "R", "R", "R", "C"], bold_last=True, row_h=5.4)
    p.legend([("P", "Paid at 100% of the Fund's allowance: diagnostic and preventive care by a panel dentist."),
              ("M7", "The periodontal chart sent with this claim shows probing depths of 3 and 4 mm in the upper "
                     "left, and the x-rays show the bone at its normal height. The Fund pays root planing for a "
                     "quadrant where pockets reach 5 mm or more or the films show bone loss. The cleaning on line 3 "
                     "met what the chart shows, so line 4 is not paid."),
              ("", "The treating dentist or the patient may ask for a review of a line within 180 days of the "
                   "Proc'd date. Send the full periodontal chart and the films with the request."),
              ("", f"Processed by {clerk}, dental claims examiner.")], size=7.8, code_w=9)
    t = truth("eob", "medical_necessity", insurer=PROC, plan_id=PLAN_NO, group=GROUP, member_id=raw,
              member_name=spouse, cases=[clm], claim_amount=m2(tot[0]), service_dates=[tx.isoformat()],
              denial_date=nd.isoformat(), provider=dentist, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": PROC_ALT, "provider": [office], "claim_amount": [m2(lines[3][3])]},
              type_alternates=["denial_letter"])
    return out(p), t


def bd_eob(rng):
    part, spouse, child = household(rng, 3)
    gp, therapist, uc_doc = people(rng, 3)
    raw, shown = pid(rng)
    a, b = dt.date(2026, 3, 3), dt.date(2026, 3, 9)
    sd = workday(dt.date(2026, 4, rng.randint(13, 24)))
    clinics = ["Canton Gateway Family Medicine", "Larkfield Physical Therapy", "Plainview Urgent Care"]
    specs = [(part, clinics[0], gp, "MD", [dt.date(2026, 3, rng.randint(10, 20))], 245.0 + rng.randint(0, 40)),
             (spouse, clinics[1], therapist, "PT", [a, b], 3 * (182.0 + rng.randint(0, 12))),
             (child, clinics[2], uc_doc, "DO", [dt.date(2026, 3, rng.randint(21, 28))], 310.0 + rng.randint(0, 50))]
    rows, tot, info = [], [0.0] * 6, None
    for i, (who, clinic, doc, cred, dates, billed) in enumerate(specs):
        n = f"26{rng.randint(60, 99)}{digits(rng, 6)}"
        dos = thru(dates[0], dates[1]) if len(dates) == 2 else yy(dates[0])
        if i == 1:
            notall, allowed, copay, paid, owe, rmk = 0.0, 0.0, 0.0, 0.0, billed, "C2"
            info = (n, billed, clinic, doc)
        else:
            allowed = round(billed * rng.uniform(0.62, 0.75), 2)
            notall = round(billed - allowed, 2)
            copay = 25.0 if i == 0 else 50.0
            paid, owe, rmk = round(allowed - copay, 2), copay, "A1"
        tot = [x + y for x, y in zip(tot, [billed, notall, allowed, copay, paid, owe])]
        rows.append([n, who, f"{clinic} ({doc.split()[-1]}, {cred})", dos, amt(billed), amt(notall), amt(allowed),
                     amt(copay), amt(paid), amt(owe), rmk])
    rows.append(["TOTALS", "", "", "", *[amt(x) for x in tot], ""])
    other_er = "Brightmoor Logistics"
    p = FASheet(footer="Page {n} of {nb}", footer_left=f"KCS-EOB  {FUND}")
    p.set_margins(12, 11, 12)
    p.add_page(orientation="L")
    _proc_head(p, rng, box="EXPLANATION OF BENEFITS", unit="Medical Claims")
    W = p.w - p.l_margin - p.r_margin
    p.addr_pair("Participant", [part, *oh_address(rng)], "This statement",
                [f"Statement date: {sd.isoformat()}", f"Participant ID: {shown}", f"Plan No. {PLAN_NO}   Group {GROUP}",
                 f"Statement no. EOB-{digits(rng, 8)}"], split=0.55)
    p.table(["Claim no.", "Patient", "Provider (rendering)", "Dates of service", "Billed", "Not allowed",
             "Allowed", "Copay", "Fund paid", "You owe", "Rmk"], rows,
            [21, 34, 72, 33, 15, 15, 15, 12, 15, 14, W - 246], size=7.4,
            aligns=["L", "L", "L", "L", "R", "R", "R", "R", "R", "R", "C"], bold_last=True, row_h=5.4)
    rec_clm = f"26{rng.randint(10, 59)}{digits(rng, 6)}"
    p.table(["Adjustment", "Earlier claim", "Amount"],
            [["Overpayment recovered from this payment", rec_clm, trail(38.0)]], [90, 40, 30], size=7.6,
            aligns=["L", "L", "R"], row_h=5.2)
    p.legend([("A1", "Paid under the Fund's medical plan after your copay."),
              ("C2", f"{split(spouse)[0]} also has health coverage as an employee of {other_er}. For a person "
                     "covered as an employee under another plan, that plan pays first and this Fund second. We have "
                     "nothing showing that the other plan has decided this claim. Send us its explanation of "
                     f"benefits for the therapy visits {'from the 3rd to the 9th of March'} and we will pay what "
                     "it leaves, up to what this Fund would have paid.")], size=8, code_w=9)
    p.pairs([("Deductible 2026 (family)", "USD 600.00, met USD 600.00"),
             ("Out-of-pocket 2026 (family)", f"USD 4,000.00, met {usd(rng.randint(700, 1200) + 0.0)}")],
            label_w=54, size=8.2, h=4.6)
    p.ln(2)
    p.para("You may ask for a review of any claim on this statement within 180 days after you receive it. Write to "
           "the Fund Office and tell us the claim number and why you disagree.", 8.6)
    n, billed, clinic, doc = info
    t = truth("eob", "other", insurer=PROC, plan_id=PLAN_NO, group=GROUP, member_id=raw, member_name=spouse,
              cases=[n], claim_amount=m2(billed), service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=sd.isoformat(), provider=clinic, appeal_deadline=None,
              alternates={"insurer": PROC_ALT, "provider": [doc], "service_dates": [[a.isoformat(), b.isoformat()]]})
    return out(p), t


def lowres_hours(rng):
    part, kid = household(rng, 2)
    er_doc, sig = people(rng, 2)
    raw, shown = pid(rng)
    visit = dt.date(2026, 5, 17)
    nd = workday(plus(visit, rng.randint(24, 32)))
    clm = f"M26-{digits(rng, 6)}"
    hosp = "Stoneleigh Memorial Hospital"
    billed = round(2486.0 + rng.randint(0, 300) + rng.choice([0.0, 0.5, 0.25]), 2)
    hours = [("January 2026", EMPLOYERS[0], 96), ("February 2026", EMPLOYERS[0], 64),
             ("March 2026", EMPLOYERS[1], 52)]
    selfpay_by = dt.date(2026, 7, 15)
    p = FASheet(footer=None, footer_left=f"Plan No. {PLAN_NO}  |  EIN 34-{digits(rng, 7)}")
    p.set_margins(20, 15, 20)
    p.add_page()
    _fund_head(p, rng)
    for ln in [part, *oh_address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.under([(fdate(nd, "long"), "Date of this letter"), (shown, "Participant ID"), (clm, "Claim no."),
             (kid, "Patient")], size=9.6)
    p.para(f"Dear {part}:", 10)
    p.para(f"On {dlong(visit)}, Dr. {er_doc} saw your child {kid} in the emergency room of {hosp}. The hospital's "
           f"claim for that visit, {money(billed)}, came to the Fund's claims processor, and the Fund Office was asked "
           "whether your family was covered on that day.", 10)
    p.para("Your coverage comes from the hours your employers report to the Fund. Hours reported for a work quarter "
           "buy coverage for the benefit quarter that starts one month after the work quarter ends: January, "
           "February and March pay for May, June and July. You need 300 hours in the work quarter. These are the "
           "hours your employers reported:", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Work month", "Employer", "Employer acct.", "Hours"],
            [[m, e, acct, str(h)] for m, (e, acct), h in hours] + [["Work quarter total", "", "", "212"]],
            [40, 70, 30, W - 140], size=8.8, aligns=["L", "L", "L", "R"], bold_last=True, row_h=5.6)
    p.para(f"With 212 hours, you and your family had no coverage from the Fund from May 1. {kid} was not covered "
           "on the day of the visit, and the Fund cannot pay the hospital's claim.", 10)
    p.para("You may still be able to buy this quarter's coverage: a self-payment of $1,284.00 must reach the Fund "
           f"Office by {fdate(selfpay_by, 'long')}. If it does, the claim will be paid under the plan's rules. If an "
           "employer left hours off its report, ask the employer to correct it and let us know.", 10)
    p.para("If you disagree with this decision, you may ask the Board of Trustees to review it. Your written request "
           "must be received by the Fund Office within 180 days after you receive this letter.", 10)
    p.sign([sig, "Eligibility Department, Fund Office"], size=10)
    t = truth("denial_letter", "eligibility", insurer=FUND, plan_id=PLAN_NO, member_id=raw, member_name=kid,
              cases=[clm], claim_amount=m2(billed), service_dates=[visit.isoformat()], denial_date=nd.isoformat(),
              provider=hosp, appeal_deadline=None,
              alternates={"insurer": FUND_ALT, "provider": [er_doc], "plan_id": [None]})
    return out(p), t


def finefax_late(rng):
    part, doc, clerk = people(rng, 3)
    raw, shown = pid(rng)
    dos = dt.date(2026, 1, rng.randint(8, 23))
    rec = plus(dos, rng.randint(138, 150))
    nd = workday(plus(rec, rng.randint(6, 10)))
    dl = dt.date(2026, 8, 31) if nd.month < 8 else dt.date(2026, 9, 30)
    clm = f"MC26{digits(rng, 7)}"
    practice = "Wendover Orthopaedic Associates"
    billing = "Corliss Medical Billing Group"
    lines = [("99204", "Office visit, new patient", 310.0 + rng.randint(0, 30)),
             ("73562", "X-ray, knee, 3 views", 148.0 + rng.randint(0, 20)),
             ("20610", "Aspiration/injection, major joint", 265.0 + rng.randint(0, 25))]
    total = sum(v for _, _, v in lines)
    fax = f"{nd.isoformat()} {rng.randint(8, 17):02d}:{rng.randint(10, 59)} KCS MEDICAL CLAIMS TO {billing.upper()} PAGE {{n}}"
    p = FASheet(footer="Page {n} of {nb}", footer_left="KCS-TF1", fax_hdr=fax)
    p.set_margins(16, 13, 16)
    p.add_page()
    _proc_head(p, rng, unit="Medical Claims")
    p.title_bar("NOTICE ON A CLAIM", "Sent to the billing service on file for the practice named below.")
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Notice dt", nd.isoformat(), 50, "L"), ("To", billing, 76, "A"), ("Attn", "Claims follow-up", W - 126,
                                                                                     "A")])
    p.capcells([("Pt/Subscr", lastfirst(part), 68, "L"), ("ID", shown, 40, "A"), ("Grp", GROUP, 22, "B"),
                ("Plan", PLAN_NO, W - 130, "B")])
    p.capcells([("Clm #", clm, 56, "L"), ("Batch", f"B{digits(rng, 6)}", 34, "B"),
                ("Pt Acct", f"WOA-{digits(rng, 5)}", 40, "B"), ("Svc acct (billing)", f"CMB{digits(rng, 5)}", W - 130,
                                                                  "B")])
    p.capcells([("DOS", yy(dos), 26, "B"), ("Rcvd", yy(rec), 26, "B"), ("Tot Chg", money(total), 28, "B"),
                ("Rendering", f"{doc}, MD", 56, "A"), ("Practice", practice, W - 136, "A")])
    rows = [[c, d, yy(dos), amt(v), "0.00", "T4"] for c, d, v in lines]
    rows.append(["", "Total", "", amt(total), "0.00", ""])
    p.table(["CPT", "Service", "DOS", "Charge", "Paid", "Rmk"], rows, [18, 70, 22, 26, 22, W - 158], size=8.4,
            aligns=["L", "L", "L", "R", "R", "C"], bold_last=True, row_h=5.4)
    p.para(f"The Fund pays a claim only when it reaches us within 120 days after the date of service. This claim "
           f"for the visit of {dshort(dos)} reached us on {dshort(rec)}, {(rec - dos).days} days after the visit, "
           "so none of its lines can be paid. Under the participation terms the practice may not bill the "
           "participant for a claim refused for this reason.", 9.4)
    p.para(f"If you have proof that the claim was sent to us in time, such as a clearinghouse acceptance report "
           f"dated within the 120 days, send it to the fax number above by {fdate(dl, 'long')}. Quote the Clm #.",
           9.4)
    p.para(f"Keystack Claims Services, {clerk}, medical claims. A copy of this notice goes to the participant.", 8.8)
    t = truth("denial_letter", "timely_filing", insurer=PROC, plan_id=PLAN_NO, group=GROUP, member_id=raw,
              member_name=part, cases=[clm], claim_amount=m2(total), service_dates=[dos.isoformat()],
              denial_date=nd.isoformat(), provider=doc, appeal_deadline=dl.isoformat(),
              alternates={"insurer": PROC_ALT, "provider": [practice]}, type_alternates=["eob"])
    return out(p), t


def phone_es(rng):
    part, wife = household(rng, 2, es=True)
    surgeon, dentist, sig = people(rng, 3)
    raw, shown = pid(rng)
    d1 = dt.date(2026, 3, 5)
    d2 = dt.date(2026, 4, 9)
    nd = workday(plus(d2, rng.randint(22, 30)))
    clm = f"DC26{digits(rng, 7)}"
    clinic = "Millbrook Oral & Maxillofacial Surgery"
    lines = [(d1, "D6010", "19", "Implante (colocación quirúrgica)", 2150.0), (d2, "D6057", "19", "Pilar a medida", 1035.0)]
    total = sum(x[4] for x in lines)
    p = FASheet(footer="Página {n} de {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _fund_head(p, rng)
    p.para(es_date(nd, True).capitalize(), 9.8)
    for ln in [part, *oh_address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    p.facts_right([("Fecha de la carta", es_date(nd)), ("Participante", part), ("Núm. de participante", shown),
                   ("Paciente", f"{wife} (cónyuge)"), ("Reclamo núm.", clm), ("Plan", f"Plan núm. {PLAN_NO}, "
                                                                                        "dental A"),
                   ("Cirugía oral", surgeon), ("Le refirió", f"{dentist}, dentista general")],
                  [f"Estimado(a) {part}:",
                   f"En {clinic}, {surgeon}, cirujano(a) oral, colocó un implante en el diente 19 de su cónyuge, {wife}, el "
                   f"jueves {es_date(d1)} y el pilar del implante el jueves {es_date(d2)}. La clínica pidió al Fondo "
                   f"{es_money(total)} por los dos servicios.",
                   "El plan dental paga un implante solamente cuando la Oficina del Fondo revisó y aprobó el plan de "
                   "tratamiento antes de empezar el trabajo (predeterminación). No recibimos ninguna solicitud de "
                   "la clínica ni de su dentista antes del 5 de marzo, y por eso el Fondo no pagará estos servicios.",
                   "Si cree que la clínica sí envió la solicitud a tiempo, o si hubo una urgencia, puede pedir a la "
                   "Junta de Fideicomisarios que revise esta decisión. Su pedido por escrito debe llegarnos "
                   "dentro de 180 días a partir de la fecha de esta carta.",
                   f"Atentamente,\n{sig}\nOficina del Fondo, reclamos dentales"], side_w=60, size=9.0,
                  title="Datos de su reclamo")
    W = p.w - p.l_margin - p.r_margin
    rows = [[f"{d.day}/{d.month}/{d.year}", c, th, s, amt(v), "0.00"] for d, c, th, s, v in lines]
    rows.append(["Total", "", "", "", amt(total), "0.00"])
    p.table(["Fecha", "Código", "Diente", "Servicio", "Cobrado", "Pagado"], rows, [24, 20, 16, 66, 26, W - 152],
            size=8.6, aligns=["L", "L", "C", "L", "R", "R"], bold_last=True, row_h=5.4)
    t = truth("denial_letter", "prior_authorization", insurer=FUND, plan_id=PLAN_NO, member_id=raw, member_name=wife,
              cases=[clm], claim_amount=m2(total), service_dates=[d1.isoformat(), d2.isoformat()],
              denial_date=nd.isoformat(), provider=surgeon, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": FUND_ALT, "provider": [clinic]})
    return out(p), t


def rotated_predet(rng):
    part, dentist, examiner = people(rng, 3)
    raw, shown = pid(rng)
    nd = workday(dt.date(2026, 5, rng.randint(11, 22)))
    start = dt.date(2026, 6, 16)
    good = dt.date(2026, 11, 30)
    pd_no = f"PD-26-{rng.choice('OSB')}{digits(rng, 4)}"
    office = "Tannery Hill Dental Group"
    lines = [("D6750", "3", "Retainer crown, PFM high noble", 1185.0),
             ("D6240", "4", "Pontic, PFM high noble", 1140.0),
             ("D6750", "5", "Retainer crown, PFM high noble", 1185.0)]
    allow = [980.0, 940.0, 980.0]
    p = FASheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _proc_head(p, rng, box="PREDETERMINATION")
    p.pairs([("Date", fdate(nd, "abbr")), ("Dentist", f"{dentist}, DMD, {office}"), ("Participant", part),
             ("Participant ID", shown), ("Group / Plan No.", f"{GROUP} / {PLAN_NO}"), ("Predetermination no.", pd_no),
             ("Planned start", yy(start))], label_w=48, size=9.6)
    p.ln(2)
    rows, tot = [], [0.0, 0.0, 0.0, 0.0]
    for (c, th, d, fee), al in zip(lines, allow):
        fp = round(al * 0.5, 2)
        yp = round(fee - fp, 2)
        tot = [tot[0] + fee, tot[1] + al, tot[2] + fp, tot[3] + yp]
        rows.append([c, th, d, amt(fee), amt(al), amt(fp), amt(yp)])
    rows.append(["", "", "Estimate totals", *[amt(x) for x in tot]])
    W = p.w - p.l_margin - p.r_margin
    p.table(["CDT", "Tooth", "Description", "Submitted fee", "Fund allowance", "Fund pays (50%)", "You pay"], rows,
            [15, 13, 70, 22, 22, 22, W - 164], size=8.4, aligns=["L", "C", "L", "R", "R", "R", "R"], bold_last=True,
            row_h=5.6)
    p.para(f"Dr. {dentist} asked the Fund what it would pay toward a three-unit bridge from tooth 3 to tooth 5. The "
           "x-rays show tooth 4 missing and the teeth on either side sound enough to hold a bridge. The work meets "
           "the dental plan's rules, and the amounts above are what the Fund expects to pay.", 9.6)
    p.para(f"This is an estimate, not a promise. The Fund pays according to the plan's rules on the day the work "
           f"is done, and only if you are covered that day through your hours. The estimate is good for work "
           f"started by {fdate(good, 'long')}. Your annual dental maximum of $2,500.00 applies.", 9.6)
    p.para(f"Reviewed by {examiner}, dental consultant. Copies: participant and dentist.", 8.8)
    t = truth("other", None, insurer=PROC, plan_id=PLAN_NO, group=GROUP, member_id=raw, member_name=part,
              cases=[pd_no], claim_amount=m2(tot[0]), service_dates=[start.isoformat()], denial_date=nd.isoformat(),
              provider=dentist, appeal_deadline=None,
              alternates={"insurer": PROC_ALT, "provider": [office], "claim_amount": [None],
                          "service_dates": [[]]})
    return out(p), t


def photocopy_stack(rng):
    part, endo, p1, p2, sig, part2, sports = people(rng, 7)
    chair = TRUSTEES[0]
    raw, shown = pid(rng)
    rc = dt.date(2026, 4, rng.randint(13, 17))
    xr = plus(rc, -rng.randint(7, 12))
    nd = workday(plus(rc, rng.randint(20, 28)))
    clm = f"DC26{digits(rng, 7)}"
    practice = "Riverbend Endodontics"
    rows = [[yy(xr), "D0220", "30", "X-ray, periapical, first film", amt(38.0), "0.00"],
            [yy(rc), "D3330", "30", "Root canal, molar", amt(1240.0), "0.00"],
            ["", "", "", "Total", amt(1278.0), "0.00"]]
    p = FASheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _fund_head(p, rng)
    p.line(fdate(nd, "long"), 10)
    p.ln(2)
    for ln in [part, *oh_address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.memo([("Re:", f"Dental claim {clm}, root canal on tooth 30"), ("ID:", shown)], size=9.6, label_w=14)
    p.para(f"Dear {part}:", 10)
    p.para(f"Dr. {endo} of {practice} took an x-ray of tooth 30 on {dshort(xr)} and did a root canal on it on "
           f"{dshort(rc)}. The practice asked the Fund to pay {money(1278.0)}.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Date", "CDT", "Tooth", "Service", "Charged", "Fund pays"], rows, [22, 16, 14, 70, 26, W - 148],
            size=8.6, aligns=["L", "L", "C", "L", "R", "R"], bold_last=True, row_h=5.4)
    p.para("Your dental coverage is Dental Plan A. Plan A pays only dentists who have joined the Fund's dental panel, "
           f"except for care to relieve pain or swelling within 48 hours after it starts. {practice} has not joined "
           "the panel, and the root canal was done by appointment more than a week after the x-ray, so the "
           "exception does not fit. The Fund cannot pay this claim.", 10)
    end = p.sidebar([(f"Dr. {p1}", f"Lakemore Root Canal Center  {phone(rng, '330')}"),
                     (f"Dr. {p2}", f"Whipple Avenue Endodontic Care  {phone(rng, '330')}")], p.l_margin, p.get_y(),
                    W * 0.62, title="Panel endodontists near you", size=8.4)
    p.set_y(end + 3)
    p.para("You may ask the Board of Trustees to review this decision. Send your request in writing within 180 days "
           "of the date of this letter, with anything you want the Trustees to read.", 10)
    p.sign([sig, "Dental Claims, Fund Office"], size=10)
    d_a = (out(p), truth("denial_letter", "out_of_network", insurer=FUND, member_id=raw, member_name=part, cases=[clm],
                         claim_amount=m2(1278.0), service_dates=[xr.isoformat(), rc.isoformat()],
                         denial_date=nd.isoformat(), provider=endo, appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": FUND_ALT, "provider": [practice],
                                     "service_dates": [[rc.isoformat()]]}))
    raw2, shown2 = pid(rng)
    inj = [dt.date(2026, 2, 2), dt.date(2026, 2, 16), dt.date(2026, 3, 2)]
    each = 875.0
    total = 3 * each
    meet = dt.date(2026, 5, 20)
    dd = workday(plus(meet, rng.randint(5, 8)))
    ap = f"AP-26-{rng.choice('OS')}{digits(rng, 3)}"
    oclm = f"MC26{digits(rng, 7)}"
    clinic = "Redstone Sports Medicine"
    q = FASheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _fund_head(q, rng, box="APPEAL DECISION")
    q.line(fdate(dd, "long"), 10)
    q.ln(2)
    for ln in [part2, *oh_address(rng)]:
        q.line(ln, 10)
    q.ln(2)
    q.grid([[("Appeal no.", ap), ("Claim no.", oclm), ("Participant ID", shown2)],
            [("Trustees' meeting", fdate(meet, "long")), ("Amount of claim", usd(total)),
             ("Treating doctor", f"Dr. {sports}")]], size=9)
    q.para(f"Dear {part2}:", 10)
    q.para(f"The Board of Trustees considered your appeal at its meeting on the date above. Dr. {sports} of {clinic} "
           f"gave you three platelet-rich plasma injections in the right knee, on {dshort(inj[0])}, {dshort(inj[1])} "
           f"and {dshort(inj[2])}, {money(each)} each. The Fund's claims processor refused the claim, and you asked "
           "the Trustees to pay it.", 10)
    q.para("The Trustees read your letter, Dr. " + sports.split()[-1] + "'s notes and the opinion of an orthopaedic "
           "surgeon who advises the Fund and had no part in the first decision. The plan does not pay for a treatment "
           "whose benefit has not yet been shown in well-designed studies. For injections of a patient's own "
           "platelets into an arthritic knee, the studies so far are small and disagree, and no medical society's "
           "guideline recommends them. The Trustees therefore agreed that the claim was properly refused.", 10)
    q.para("This is the Board's final decision on your claim. You have the right to bring a civil action under "
           "section 502(a) of ERISA. Under the plan, such a lawsuit must be filed within one year after the date "
           "of this letter. You may ask for free copies of the documents the Trustees relied on.", 10)
    q.sign([chair, "Chair, Board of Trustees"], size=10, closing="For the Board of Trustees,")
    d_b = (out(q), truth("denial_letter", "experimental", insurer=FUND, member_id=raw2, member_name=part2,
                         cases=[ap, oclm], claim_amount=m2(total), service_dates=[d.isoformat() for d in inj],
                         denial_date=dd.isoformat(), provider=sports, appeal_deadline=None,
                         alternates={"insurer": FUND_ALT, "provider": [clinic], "case_numbers": [[ap], [oclm]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_dental_claim_decision_root_planing_pockets_under_5mm", "fax_standard_g4",
             [faxstd_dental(rng)]),
        Item(F + "born_digital_landscape_household_eob_spouse_other_plan_first", "born_digital", [bd_eob(rng)]),
        Item(F + "lowres_fund_office_hours_short_child_emergency_visit", "scan_lowres_150", [lowres_hours(rng)]),
        Item(F + "finefax_processor_to_billing_service_claim_after_120_days", "fax_fine_g4", [finefax_late(rng)]),
        Item(F + "phone_es_carta_implante_sin_predeterminacion", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_predetermination_bridge_estimate", "rotated", [rotated_predet(rng)]),
        Item(F + "photocopy_stack_non_panel_root_canal_blank_then_trustees_prp_decision_upside_down", "photocopy",
             photocopy_stack(rng), separators=["blank", None], turns={(1, 0): 180}),
    ]
