"""Papers mirrored (structure and plain wording style only) from a premium-based health plan that members of the
Selected Reserve of the National Guard and Reserve buy for themselves and their families while they are not on
active duty orders, as its public pages describe it: a monthly premium, coverage that ends when the member leaves the
Selected Reserve (a transfer to the Individual Ready Reserve ends it; only an involuntary separation keeps it up to
180 days), a temporary continuation program that may be bought after coverage ends, a regional contractor that
processes claims, sends the explanations of benefits and reviews care that needs approval, appeals within 90 days of
the notice, injuries in the line of duty during drill paid by the military and not by the plan, hearing aids only for
families of sponsors on active duty. Everything else is invented: the plan "Muster Select" (letterhead brand "M U S T E
R   S E L E C T" in spaced capitals over "Reserve Component Health Benefits Directorate", the body calling it "the
Directorate" or "the Plan"), the regional contractor Harrow & Vance Federal Health, LLC (brand "HARROW & VANCE" with
an ampersand, tagline "Federal Health · Great Lakes Region", the body calling it "H&V"), its Network Option (a primary
care manager refers members to specialists), the Continued Care Bridge, plan codes MS-MF (member and family) and MS-MO
(member only), benefits numbers "SB" + nine digits per person (printed "SB 418 220 761" on some papers), claims
"HV26-" + day of year + "-" + five digits, approvals "PA26-" + six digits, referrals "RF-" + seven digits, the
90-day network filing limit, every person, provider, amount and street (real Wisconsin towns; phones 555; CPT and
HCPCS codes as themselves).

Documents (8 in 7 files):
- bd_eob_hearing_aids_numbered_notes: a born-digital two-page family EOB from H&V, "Statement of <weekday>, <date>";
  five claims, each headed with the patient and his or her own benefits number; rows carry inline captions
  ("Referral # ...", "Plan: MS-MF"); the spouse's hearing aid claim pays 0.00 with bare footnote marks "2, 3"
  explained only in the numbered note list on page 2 (letter codes A / C / D in a box on page 1); a deductible row
  and an earlier hearing test claim (note 1) as decoys.
- faxstd_transfer_to_irr_coverage_gap: a standard-fax Directorate notice, "Decision of <weekday>, <date>": the member
  moved to the Individual Ready Reserve at his request, coverage ended, two orthopaedic visits after that are not paid
  (eligibility); premium refund, order number, Service ID and a Continued Care Bridge window as decoys.
- faxstd_stack_drill_wrist_lod_then_eob: a standard-fax stack: a typed home cover ("Frm:", "Attn", "Re:" run into
  the subject, "# of pgs four incl this one"), H&V's two-page letter ("Date of notice: Mon ...") refusing an emergency
  visit for a wrist broken at drill (line of duty, the military pays: other; page 2 upside down), and right after its
  signature H&V's one-page EOB paying a daughter's well-child visit (denies nothing).
- scan300_es_sin_remision_dermatologia: a clean-scan Spanish H&V letter: a dermatology visit in the Network Option
  without a referral from the primary care manager (prior_authorization); an old allergy referral as decoy.
- photocopy_pt_claim_after_90_days: a photocopied H&V provider notice to a physical therapy practice: three visits
  filed after the 90-day network limit (timely_filing); the visits' approval number in the rows, the received date.
- photo_knee_arthroscopy_approved: a photographed approval of a knee arthroscopy ("Approved on <weekday>, <date>";
  denies nothing).
- rotated_residential_treatment_setting: a letter fed turned: residential treatment for a teenager not approved,
  partial hospitalization approved instead (level_of_care), prose in two columns.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundes_famsc import (ESSheet, abbr, addr_block, digits, dr, es_date, es_wday, first_last, grouped,
                               home_cover, iso, long, m2, mdyyyy, n2, npi, out, people, phone, plus, sign, slash,
                               truth, usd, wd_abbr, wday_long, workday)

FAMILY = ("muster_select_guard_reserve_premium_plan_hearing_aids_selected_reserve_gap_drill_injury_line_of_duty_"
          "no_referral_late_claim_residential_setting_refusals")
LANG = "en"
SEED = 355082
USED: set = set()

PLAN = "Muster Select"
DIRECTORATE = "Reserve Component Health Benefits Directorate"
CON = "Harrow & Vance Federal Health, LLC"
CON_ALT = [CON, "Harrow & Vance", "Harrow & Vance Federal Health", "H&V", PLAN, "Muster Select Health Plan"]
PLAN_ALT = [PLAN, "Muster Select Health Plan", DIRECTORATE, "Muster Select - Reserve Component Health Benefits "
            "Directorate"]
CON_ADDR = ["Muster Select Claims", "P.O. Box 7720", "Green Bay, WI 54307-7720"]
DIR_ADDR = ["Eligibility and Enrollment Branch", "3150 Parade Ground Road", "Indianapolis, IN 46216"]
CON_FOOT = ("Harrow & Vance Federal Health, LLC  \u00b7  Great Lakes Region contractor for Muster Select  \u00b7  "
            "P.O. Box 7720, Green Bay, WI 54307")
DIR_FOOT = ("Muster Select is the premium-based health plan for members of the Selected Reserve and their families, "
            "run by the Reserve Component Health Benefits Directorate.")
MF, MO = "MS-MF", "MS-MO"


def es_short(d: dt.date) -> str:
    """04-may-2026"""
    return f"{d.day:02d}-{es_date(d).split(' de ')[1][:3]}-{d.year}"


def sb(rng) -> str:
    return "SB" + digits(rng, 9)


def sbp(x: str) -> str:
    """SB 418 220 761"""
    return grouped(x, (2, 3, 3, 3))


def claim_no(rng, d: dt.date) -> str:
    return f"HV26-{d.timetuple().tm_yday:03d}-{digits(rng, 5)}"


def con_head(p: ESSheet, rng, box: str | None = None):
    p.amp_head("HARROW & VANCE", "Federal Health  \u00b7  Great Lakes Region",
               [CON_ADDR[1], CON_ADDR[2], "Beneficiary line 1-877-555-0162", "TTY 711",
                "hvfederal.example/musterselect"],
               parent="regional contractor for Muster Select, the health plan for the Selected Reserve",
               box=box, mark=None, size=19, serif_brand=True)


def dir_head(p: ESSheet, rng, box: str | None = None):
    p.wordmark("MUSTER SELECT", style="spaced", tagline=DIRECTORATE, small=DIR_ADDR,
               right=["Enrollment line 1-866-555-0148", "Fax (317) 555-0193", "TTY 711",
                      "musterselect.example"], box=box, size=17)


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    sponsor = people(rng, 1, "rv", sexes="M", used=USED)[0]
    last = sponsor.split()[-1]
    spouse, daughter, son = people(rng, 3, "rv", sexes="FFM", last=last, used=USED)
    fm, ent, aud, pa = people(rng, 4, "rd", sexes="MFFM", used=USED)
    ids = {k: sb(rng) for k in ("s", "w", "d", "b")}
    sd = workday(dt.date(2026, 6, rng.randint(15, 19)))
    fit = workday(dt.date(2026, 5, rng.randint(18, 22)))
    test = workday(dt.date(2026, 4, rng.randint(20, 24)))
    ref = f"RF-{digits(rng, 7)}"
    aud_practice = "Baylake Hearing & Balance"
    claims = [
        (sponsor, "Sponsor", ids["s"], f"Lakeshore Family Medicine - {dr(fm, 'DO')}",
         [(dt.date(2026, 5, 4), "99214", "Office visit, established patient", 248.00, 141.20, 141.20, 0.00, "A", ""),
          (dt.date(2026, 5, 4), "36415", "Blood draw", 22.00, 8.40, 8.40, 0.00, "A", "")]),
        (daughter, "Daughter", ids["d"], f"Fox River ENT Associates - {dr(ent, 'MD')}",
         [(dt.date(2026, 5, 11), "99203", f"New patient visit   Referral # {ref}", 310.00, 168.50, 134.80, 33.70,
           "C", ""),
          (dt.date(2026, 5, 11), "92567", "Tympanometry", 96.00, 31.10, 24.88, 6.22, "C", "")]),
        (spouse, "Spouse", ids["w"], f"{aud_practice} - {dr(aud, 'AuD')}",
         [(test, "92557", "Hearing test, comprehensive", 185.00, 74.60, 74.60, 0.00, "A", "1"),
          (test, "92567", "Tympanometry", 88.00, 31.10, 31.10, 0.00, "A", "1")]),
        (spouse, "Spouse", ids["w"], f"{aud_practice} - {dr(aud, 'AuD')}",
         [(fit, "V5261", "Hearing aids, both ears, behind the ear", 4980.00, 0.00, 0.00, 4980.00, "", "2, 3"),
          (fit, "V5160", "Dispensing fee, both ears", 650.00, 0.00, 0.00, 650.00, "", "2, 3"),
          (fit, "V5275", "Ear impressions", 90.00, 0.00, 0.00, 90.00, "", "2, 3")]),
        (son, "Son", ids["b"], f"Northwoods Walk-In Clinic - {dr(pa, 'PA-C')}",
         [(dt.date(2026, 5, 29), "99213", "Office visit, established patient", 165.00, 96.30, 0.00, 96.30, "D", ""),
          (dt.date(2026, 5, 29), "73610", "X-ray, ankle, 3 views", 118.00, 44.90, 44.90, 0.00, "A", "")]),
    ]
    nos = [claim_no(rng, plus(c[4][0][0], rng.randint(6, 12))) for c in claims]
    den = 3
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=CON_FOOT,
                run_hdr=f"HARROW & VANCE  \u00b7  Muster Select EOB  \u00b7  {sbp(ids['s'])}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(15, 15, 15)
    p.add_page()
    con_head(p, rng, box="EXPLANATION OF BENEFITS")
    y = p.get_y()
    addr_block(p, [sponsor.upper(), "N4417 County Road KK", "Kaukauna, WI 54130"], 9.2)
    p.set_y(y)
    W = p.w - p.l_margin - p.r_margin
    p.caption_right([("Statement of", wday_long(sd)), ("Sponsor benefits no.", sbp(ids["s"])),
                     ("Plan", f"{MF}  Member and Family"), ("Service ID", digits(rng, 10)),
                     ("Premium paid through", long(dt.date(2026, 6, 30)))], p.l_margin + W * 0.5, y, W * 0.5,
                    size=8.6)
    p.set_y(max(p.get_y(), y + 36))
    yb = p.get_y()
    p.f(8.4)
    p.set_xy(p.l_margin, yb)
    p.multi_cell(W * 0.56, 4.0, "This is not a bill. It shows how H&V processed claims for your family under "
                 "Muster Select. Amounts in the You owe column are what a network provider may bill you. Marks in "
                 "the Note column are explained in the numbered notes at the end of this statement.",
                 new_x="LMARGIN", new_y="NEXT")
    p.code_box("Codes in the Code column", [("A", "Paid at the network allowed amount."),
                                            ("C", "Your cost-share for specialist care (20%)."),
                                            ("D", "Applied to your 2026 deductible."),
                                            ("E", "Emergency care; no referral needed."),
                                            ("R", "Reduced: no referral on file (Network Option).")],
               p.l_margin + W * 0.6, yb, W * 0.4, size=7.0)
    p.set_y(max(p.get_y(), yb + 27) + 2)
    rows = []
    for i, (pt, rel, ben, prov, lines) in enumerate(claims):
        rows.append(("span", f"{pt} ({rel})   Benefits No. {sbp(ben)}   Claim {nos[i]}"))
        rows.append(("note", f"Provider: {prov}   Network: yes   Plan: {MF}"))
        for d, code, s, b, a, pd, owe, c, note in lines:
            rows.append([slash(d), code, s, n2(b), n2(a), n2(pd), n2(owe), c, note])
        rows.append(("bold", ["", "", "Claim total", n2(sum(x[3] for x in lines)), n2(sum(x[4] for x in lines)),
                              n2(sum(x[5] for x in lines)), n2(sum(x[6] for x in lines)), "", ""]))
        rows.append(("gap",))
        if i == 2:
            rows.append(("break",))
    p.claim_rows(["Date of service", "Code", "Service", "Billed", "Allowed", "Paid", "You owe", "Code", "Note"],
                 [W * k / 100 for k in (11, 7, 36, 9.5, 9, 8.5, 9, 5, 5)],
                 ["L", "L", "L", "R", "R", "R", "R", "C", "C"], rows, size=7.7)
    p.bar("Your 2026 deductible and catastrophic cap", 8.6)
    p.pairs([("Family deductible met", "$300.00 of $300.00"), ("Catastrophic cap used", "$412.16 of $1,000.00 "
             "(family)")], label_w=52, size=8.2, h=4.4)
    p.numbered_notes("Notes", [
        ("1", "The provider is in the H&V network. A network provider may not bill you more than the amount in the "
              "You owe column."),
        ("2", "Hearing aids, ear impressions and the fee for fitting and dispensing them are a benefit only for "
              "family members of a sponsor on active duty orders for more than 30 days. While the sponsor is "
              "covered by Muster Select, these items are not a covered benefit and the Plan pays nothing for them."),
        ("3", "No amount is allowed for this item. Because the item is not covered, the provider may bill you for "
              "it."),
        ("4", "A second opinion was paid without a referral."),
        ("5", "The claim was sent to your other health insurance first."),
    ], size=7.7)
    p.para("Example only: if a network provider bills $200.00 and the allowed amount is $130.00, the provider may not "
           "bill you the $70.00 difference.", 7.4)
    p.bar("If you disagree", 8.6)
    p.para("You may appeal a decision on this statement. Write to H&V within 90 days of the date of this statement; "
           "tell us the claim number and why you think the decision is wrong, and send any papers you want us to "
           f"read. Mail: Muster Select Appeals, {CON_ADDR[1]}, {CON_ADDR[2]}.", 7.9)
    t = truth("eob", "not_covered", insurer=CON, plan_id=MF, member_id=ids["w"], member_name=spouse,
              cases=[nos[den]], claim_amount=m2(5720.00), service_dates=[iso(fit)], denial_date=iso(sd),
              provider=dr(aud, "AuD"), appeal_deadline=iso(plus(sd, 90)),
              alternates={"insurer": CON_ALT, "provider": [aud, aud_practice]},
              denial_alternates=["eligibility"], type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_gap(rng):
    member = people(rng, 1, "rv", sexes="M", used=USED)[0]
    ortho, sig = people(rng, 2, "rd", sexes="FM", used=USED)
    clinic = "Marathon Orthopedics & Sports Medicine"
    ben = sb(rng)
    ended = dt.date(2026, 3, 31)
    v1 = workday(dt.date(2026, 4, rng.randint(7, 9)))
    v2 = workday(plus(v1, 14))
    nd = workday(dt.date(2026, 6, rng.randint(1, 4)))
    while nd.weekday() != 1:
        nd = plus(nd, 1)
    clm = claim_no(rng, plus(v2, 9))
    order = f"{digits(rng, 2)}-110-{digits(rng, 5)}"
    lines = [(v1, "99204", "New patient visit", 295.00), (v1, "73562", "X-ray, knee, 3 views", 142.00),
             (v2, "20610", "Injection, knee joint", 268.00), (v2, "J3301", "Triamcinolone, 10 mg x 4", 34.00)]
    total = sum(x[3] for x in lines)
    tx = (f"{slash(nd)} 10:{rng.randint(10, 59)}  FROM RCHBD ELIG BR  317 555 0{digits(rng, 3)}  JOB {digits(rng, 4)}"
          "  P.{n2}/{t2}")
    p = ESSheet(footer="Page {n} of {nb}", tx=tx, tx_total=2, ids_foot=DIR_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    dir_head(p, rng, box="COVERAGE NOTICE")
    addr_block(p, [member, "2209 Grand Avenue, Apt 4", "Wausau, WI 54403"], 9.4)
    p.line(f"Decision of {wday_long(nd)}", 10.2, "B")
    p.ln(2)
    p.under([(member, "Member (sponsor)"), (sbp(ben), "Benefits number"), (f"{MO}  Member Only", "Plan"),
             (long(ended), "Coverage ended")], size=9.0)
    p.para("Your Muster Select coverage ended because you are no longer a member of the Selected Reserve.", 10, 2)
    p.para(f"Our records show that you transferred from your Army National Guard unit to the Individual Ready "
           f"Reserve at your own request, effective {long(ended)} (personnel order {order}, recorded with us on "
           f"{long(dt.date(2026, 4, 27))}). Members of the Individual Ready Reserve may not buy Muster Select. Your "
           "coverage ended on the day of the transfer. Because the transfer was your choice, the extension of up to "
           "180 days that applies after an involuntary separation does not apply.", 9.2)
    p.para("Harrow & Vance Federal Health, our regional contractor, asked us to confirm your coverage for the claim "
           "below. The services were given after your coverage ended, so the Plan will not pay them.", 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Date", "Code", "Service", "Billed"],
                 [[slash(d), c, s, n2(a)] for d, c, s, a in lines] + [["", "", "Claim total", usd(total)]],
                 [W * k / 100 for k in (16, 12, 54, 18)], ["L", "L", "L", "R"], size=8.4, bold_rows=(len(lines),))
    p.run_line([[("Claim", clm, "dash"), ("Auth", "none", "dash")],
                [("Provider", f"{dr(ortho, 'MD')}, {clinic}", "dash")]], size=8.4)
    p.bar("Premiums and other coverage", 9.0)
    p.para("We will refund the premiums you paid for April and May 2026, $114.80 in all, to the account you pay "
           "from. You may buy temporary coverage through the Continued Care Bridge if you apply within 60 days of "
           "the date of this notice; the Bridge does not cover care you received before it starts.", 9.0)
    p.add_page()
    p.bar("If you think this is wrong", 9.0)
    p.para("If your unit's personnel office finds that your transfer date or status is recorded wrongly, ask it to "
           "correct the record, then write to us. You may ask the Directorate to review this decision within 90 days "
           "of the date of this notice. Send your request, a copy of this notice and any orders or records that show "
           f"your status to the Eligibility and Enrollment Branch, {DIR_ADDR[1]}, {DIR_ADDR[2]}.", 9.2)
    p.para("If you rejoin the Selected Reserve, you may buy Muster Select again from the first day of the month "
           "after we receive your request.", 9.2)
    sign(p, [sig, "Eligibility and Enrollment Branch", DIRECTORATE])
    t = truth("denial_letter", "eligibility", insurer=PLAN, plan_id=MO, member_id=ben, member_name=member,
              cases=[clm], claim_amount=m2(total), service_dates=[iso(v1), iso(v2)], denial_date=iso(nd),
              provider=dr(ortho, "MD"), appeal_deadline=iso(plus(nd, 90)),
              alternates={"insurer": PLAN_ALT, "provider": [ortho, clinic]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    # (i) H&V's letter: a wrist broken at drill, line of duty, the military pays
    sponsor = people(rng, 1, "rv", sexes="M", used=USED)[0]
    last = sponsor.split()[-1]
    wife, girl = people(rng, 2, "rv", sexes="FF", last=last, used=USED)
    erdoc, sig, peds, counselor = people(rng, 4, "rd", sexes="MFMF", used=USED)
    fam_office = people(rng, 1, "rv", sexes="F", used=USED)[0]
    hosp = "Fond du Lac Regional Hospital"
    group_ = "Lakeside Emergency Physicians, SC"
    ids = {"s": sb(rng), "d": sb(rng)}
    drill = dt.date(2026, 5, 16)
    nd = workday(dt.date(2026, 6, rng.randint(8, 12)))
    while nd.weekday() != 0:
        nd = plus(nd, 1)
    clm = claim_no(rng, plus(drill, 10))
    items = [("99284", "Emergency visit, moderate to high severity", 1120.00),
             ("73110", "X-ray, wrist, 3 views", 265.00),
             ("25600", "Closed treatment, distal radius fracture", 890.00),
             ("Q4012", "Cast supplies, short arm", 78.00)]
    total = sum(x[2] for x in items)
    tx = f"{slash(plus(nd, 9))} 19:{rng.randint(10, 59)}  {phone(rng, '920')}  T. {last.upper()}  " + "PAGE {n2}"
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=CON_FOOT, tx=tx, tx_off=1)
    p.set_margins(18, 16, 18)
    p.add_page()
    con_head(p, rng, box="CLAIM DECISION")
    addr_block(p, [sponsor, "316 Winnebago Drive", "Fond du Lac, WI 54935"], 9.4)
    p.run_line([[("Date of notice:", wd_abbr(nd), "none")],
                [("Claim", clm, "dash"), ("Plan", MF, "dash")],
                [("Benefits No.", sbp(ids["s"]), "none")]], size=9.2)
    p.para(f"Dear {first_last(sponsor)}:", 9.6)
    p.para(f"H&V received a claim from {group_} for your care in the emergency department of {hosp} on "
           f"{long(drill)}. The records say you hurt your right wrist during your unit's training assembly that "
           "weekend (drill, May 16-17, 2026).", 9.4)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Date", "Code", "Service", "Billed", "Paid"],
                 [[slash(drill), c, s, n2(a), "0.00"] for c, s, a in items] + [["", "", "Total", usd(total), "0.00"]],
                 [W * k / 100 for k in (14, 10, 52, 13, 11)], ["L", "L", "L", "R", "R"], size=8.2,
                 bold_rows=(len(items),))
    p.run_line([[("Rendering", dr(erdoc, "MD"), "dash"), ("Billing", group_, "dash")], [("Facility", hosp, "dash")]],
               size=8.2)
    p.bar("Why the Plan does not pay this claim", 9.0)
    p.para("An injury or illness that happens while you are on inactive duty training, or while you travel to or "
           "from it, is the military's responsibility when your unit finds it happened in the line of duty. The "
           "military pays for that care through your unit; Muster Select does not. We have told the provider to "
           "send the bill to your unit's medical readiness office.", 9.2)
    p.para("Ask your unit to complete a line-of-duty finding (RC Form 261) for this injury. If the unit finds that "
           "the injury did not happen in the line of duty, send us a copy of that finding and we will process the "
           "claim again under your Muster Select coverage.", 9.2)
    p.add_page()
    p.bar("Your right to appeal", 9.0)
    p.para("If you think this decision is wrong, you may appeal within 90 days of the date of this notice. Write to "
           f"Muster Select Appeals, {CON_ADDR[1]}, {CON_ADDR[2]}, tell us the claim number and send any papers you "
           "want us to read, such as your orders for the drill weekend.", 9.2)
    p.para(f"Questions about line-of-duty care: your unit's readiness NCO. Questions about this letter: the "
           f"beneficiary line on page 1. {counselor}, benefits counselor for your state, can also help.", 9.0)
    p.ln(2)
    sign(p, [sig, "Claims Specialist", CON])
    lod = out(p)
    lod_t = truth("denial_letter", "other", insurer=CON, plan_id=MF, member_id=ids["s"], member_name=sponsor,
                  cases=[clm], claim_amount=m2(total), service_dates=[iso(drill)], denial_date=iso(nd),
                  provider=dr(erdoc, "MD"), appeal_deadline=iso(plus(nd, 90)),
                  alternates={"insurer": CON_ALT, "provider": [group_, hosp, erdoc]},
                  denial_alternates=["not_covered"])
    # (ii) H&V's EOB right after the signature: a daughter's well-child visit, paid
    sd = plus(nd, 2)
    wcv = workday(dt.date(2026, 5, rng.randint(19, 22)))
    clm2 = claim_no(rng, plus(wcv, 7))
    lines2 = [(wcv, "99393", "Well-child visit, age 5-11", 236.00, 151.80, 151.80, 0.00),
              (wcv, "90686", "Flu vaccine", 42.00, 22.60, 22.60, 0.00),
              (wcv, "90460", "Vaccine given, first", 38.00, 19.90, 19.90, 0.00)]
    tot2 = sum(x[3] for x in lines2)
    q = ESSheet(footer="Page {n} of {nb}", ids_foot=CON_FOOT, tx=tx, tx_off=3)
    q.set_margins(16, 16, 16)
    q.add_page()
    con_head(q, rng, box="EXPLANATION OF BENEFITS")
    y = q.get_y()
    addr_block(q, [sponsor.upper(), "316 WINNEBAGO DR", "FOND DU LAC WI 54935"], 9.0)
    q.set_y(y)
    W = q.w - q.l_margin - q.r_margin
    q.caption_right([("Statement date", slash(sd)), ("Patient", girl), ("Patient benefits no.", sbp(ids["d"])),
                     ("Plan", MF), ("Claim", clm2)], q.l_margin + W * 0.48, y, W * 0.52, size=8.6)
    q.set_y(max(q.get_y(), y + 30))
    q.run_line([[("Provider", f"{dr(peds, 'MD')}, Ledgeview Pediatrics", "dash"), ("Network", "yes", "dash")]],
               size=8.6)
    q.claim_rows(["Date", "Code", "Service", "Billed", "Allowed", "Paid", "You owe", "Code"],
                 [W * k / 100 for k in (12, 8, 36, 10, 10, 9, 9, 6)], ["L", "L", "L", "R", "R", "R", "R", "C"],
                 [[slash(d), c, s, n2(b), n2(a), n2(pd), n2(ow), "P"] for d, c, s, b, a, pd, ow in lines2] +
                 [("bold", ["", "", "Claim total", n2(tot2), n2(sum(x[4] for x in lines2)),
                            n2(sum(x[5] for x in lines2)), "0.00", ""])], size=8.0)
    q.legend_rows("Codes", [("", "P", "Preventive care, paid in full; no cost-share."),
                            ("", "A", "Paid at the network allowed amount."),
                            ("", "D", "Applied to your deductible.")], size=7.6, grp_w=0, head=("", "Code", "Meaning"))
    q.para("This is not a bill. If you disagree with how this claim was processed, you may appeal within 90 days of "
           "the date of this statement.", 8.0)
    eob = out(q)
    eob_t = truth("eob", None, insurer=CON, plan_id=MF, member_id=ids["d"], member_name=girl, cases=[clm2],
                  claim_amount=m2(tot2), service_dates=[iso(wcv)], denial_date=iso(sd), provider=dr(peds, "MD"),
                  appeal_deadline=iso(plus(sd, 90)),
                  alternates={"insurer": CON_ALT, "provider": [peds, "Ledgeview Pediatrics"],
                              "appeal_deadline": [None]},
                  type_alternates=["other"])
    cover = home_cover([("To:", "3rd Bn family programs office"), ("Attn", f"Mrs. {fam_office.split()[-1]} / benefits"),
                        ("Frm:", f"SGT {first_last(sponsor)}  (HHC)"), ("phone", f"{phone(rng, '920')}"),
                        ("date", mdyyyy(plus(nd, 9)).replace("/2026", "/26")),
                        ("# of pgs", "four incl this one"),
                        ("Re:drill weekend wrist claim - insurance says its LOD??", "")],
                       ["letter and EOB both came Wednesday. they say the unit has to do the line of duty paperwork. "
                        "who do I give the form to?? thx"], head="FAX")
    return [(lod, lod_t), (eob, eob_t)], cover, erdoc


# ---------------------------------------------------------------------------------------------------------------
def scan_es(rng):
    sponsor = people(rng, 1, "es", sexes="M", used=USED)[0]
    last = sponsor.split()[-1]
    mom, girl = people(rng, 2, "es", sexes="FF", last=last, used=USED)
    derm, pcm, sig, allergist = people(rng, 4, "rd", sexes="FMFM", used=USED)
    clinic = "Chippewa Valley Dermatology"
    ids = {"s": sb(rng), "d": sb(rng)}
    vd = workday(dt.date(2026, 5, rng.randint(4, 8)))
    nd = workday(dt.date(2026, 6, rng.randint(8, 10)))
    while nd.weekday() != 0:
        nd = plus(nd, 1)
    clm = claim_no(rng, plus(vd, 8))
    old_ref = f"RF-{digits(rng, 7)}"
    items = [("99203", "Consulta, paciente nuevo", 240.00), ("17110", "Destrucción de verrugas, hasta 14", 175.00)]
    total = sum(x[2] for x in items)
    p = ESSheet(footer="Página {n} de {nb}", ids_foot=CON_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    con_head(p, rng, box="DECISIÓN SOBRE SU RECLAMACIÓN")
    addr_block(p, [mom, f"para {girl}", "1408 Bridge Street", "Chippewa Falls, WI 54729"], 9.4)
    p.boxes([[("Fecha del aviso", es_wday(nd), 0.34), ("Paciente", girl, 0.36), ("Plan", MF, 0.30)],
             [("N.º de beneficios de la paciente", sbp(ids["d"]), 0.34), ("Reclamación", clm, 0.36),
              ("Patrocinador", f"{sponsor}\n{sbp(ids['s'])}", 0.30)]], size=8.6, under=True)
    p.para(f"Estimada {first_last(mom)}:", 9.6)
    p.para(f"H&V recibió una reclamación de {clinic} por la consulta de su hija con {dr(derm, 'MD')} el "
           f"{es_date(vd)}:", 9.4)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Fecha", "Código", "Servicio", "Cargo"],
                 [[es_short(vd), c, s, f"US$ {n2(a)}"] for c, s, a in items] + [["", "", "Total", f"US$ {n2(total)}"]],
                 [W * k / 100 for k in (18, 12, 50, 20)], ["L", "L", "L", "R"], size=8.4, bold_rows=(len(items),))
    p.bar("Nuestra decisión", 9.2)
    p.para(f"El Plan no paga esta consulta. Su familia está inscrita en la Opción de Red de Muster Select. En esa "
           f"opción, la atención de un especialista se paga solo si su médico de atención primaria, "
           f"{dr(pcm, 'MD')}, la envía primero con una remisión (referral). No había ninguna remisión para "
           "dermatología antes de la consulta.", 9.2)
    p.para(f"Encontramos la remisión {old_ref} de marzo para la alergista {dr(allergist, 'MD')}; esa remisión es "
           "solo para alergias y no sirve para esta consulta.", 9.0)
    p.para("Si su hija necesita más consultas de dermatología, pida a su médico de atención primaria una remisión "
           "antes de la próxima cita.", 9.0)
    p.bar("Si no está de acuerdo", 9.2)
    p.para("Puede apelar por escrito dentro de 90 días a partir de la fecha de esta carta. Envíe su apelación a "
           f"Muster Select Appeals, {CON_ADDR[1]}, {CON_ADDR[2]}, con el número de la reclamación y cualquier "
           "documento que muestre que hubo una remisión.", 9.0)
    sign(p, [sig, "Servicios al Beneficiario", CON], close="Atentamente,")
    t = truth("denial_letter", "prior_authorization", insurer=CON, plan_id=MF, member_id=ids["d"],
              member_name=girl, cases=[clm], claim_amount=m2(total), service_dates=[iso(vd)], denial_date=iso(nd),
              provider=dr(derm, "MD"), appeal_deadline=iso(plus(nd, 90)), lang="es",
              alternates={"insurer": CON_ALT, "provider": [derm, clinic]},
              denial_alternates=["out_of_network"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_pt(rng):
    sponsor = people(rng, 1, "rv", sexes="M", used=USED)[0]
    wife = people(rng, 1, "rv", sexes="F", last=sponsor.split()[-1], used=USED)[0]
    dpt, sig = people(rng, 2, "rd", sexes="MF", used=USED)
    practice = "Driftless Physical Therapy, LLC"
    ids = {"s": sb(rng), "w": sb(rng)}
    d1 = workday(dt.date(2026, 2, rng.randint(9, 10)))
    dates = [d1, plus(d1, 3), plus(d1, 7)]
    rcv = workday(dt.date(2026, 6, rng.randint(1, 3)))
    nd = workday(plus(rcv, rng.randint(8, 11)))
    clm = claim_no(rng, rcv)
    auth = f"PA26-{digits(rng, 6)}"
    rows, total = [], 0.0
    for d in dates:
        rows.append([slash(d), "97110", f"Therapeutic exercise x2   Auth {auth}", "176.00"])
        rows.append([slash(d), "97140", "Manual therapy", "88.00"])
        total += 264.00
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=CON_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    con_head(p, rng, box="PROVIDER CLAIM NOTICE")
    addr_block(p, ["Billing Office", practice, "118 Main Street", "Viroqua, WI 54665"], 9.2)
    p.boxes([[("Notice date", abbr(nd), 0.25), ("Claim", clm, 0.27), ("Received", slash(rcv), 0.2),
              ("Plan", MF, 0.28)],
             [("Patient", wife, 0.3), ("Benefits No.", sbp(ids["w"]), 0.27), ("Sponsor", sponsor, 0.43)],
             [("Rendering", f"{dr(dpt, 'DPT')}   NPI {npi(rng)}", 0.55), ("Billing NPI", npi(rng), 0.45)]],
            size=8.6, under=True)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Date", "Code", "Service", "Billed"], rows + [["", "", "Claim total", usd(total)]],
                 [W * k / 100 for k in (15, 11, 56, 18)], ["L", "L", "L", "R"], size=8.2, bold_rows=(len(rows),))
    p.para(f"The claim for these three visits reached H&V on {long(rcv)}. Your network agreement asks that claims be "
           "filed within 90 days of the date of service; the last visit was on "
           f"{long(dates[-1])}, so the claim was filed late and the Plan does not pay it. The visits were approved "
           "in advance; the approval does not change the filing limit.", 9.0)
    p.para("Under the agreement you may not bill the patient for services refused because the claim was filed late.",
           9.0)
    p.para("If you filed on time, ask for reconsideration within 90 days of the date of this notice and send proof: a "
           "clearinghouse acceptance report or an earlier rejection dated within the 90 days.", 9.0)
    sign(p, [sig, "Provider Services", CON])
    t = truth("denial_letter", "timely_filing", insurer=CON, plan_id=MF, member_id=ids["w"], member_name=wife,
              cases=[clm], claim_amount=m2(total), service_dates=[iso(d) for d in dates], denial_date=iso(nd),
              provider=dr(dpt, "DPT"), appeal_deadline=iso(plus(nd, 90)),
              alternates={"insurer": CON_ALT, "provider": [dpt, practice], "case_numbers": [[clm, auth]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photo_approval(rng):
    member = people(rng, 1, "rv", sexes="F", used=USED)[0]
    surg, nurse = people(rng, 2, "rd", sexes="MF", used=USED)
    asc = "Door County Surgery Center"
    group_ = "Bay Orthopedic Associates"
    ben = sb(rng)
    rcv = workday(dt.date(2026, 7, rng.randint(1, 2)))
    ad = plus(rcv, 6)
    while ad.weekday() != 2:
        ad = plus(ad, 1)
    planned = workday(plus(ad, rng.randint(16, 22)))
    pa = f"PA26-{digits(rng, 6)}"
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=CON_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    con_head(p, rng, box="APPROVED")
    addr_block(p, [member, "741 Egg Harbor Road", "Sturgeon Bay, WI 54235"], 9.4)
    p.line(f"Approved on {wday_long(ad)}", 10.4, "B")
    p.ln(2)
    p.hung([(pa, "Approval number", 50), (sbp(ben), "Benefits number", 45), (MO, "Plan", 25),
            (slash(rcv), "Request received", 40)], size=9.2)
    p.para(f"Dear {first_last(member)}:", 9.6)
    p.para(f"H&V approved the surgery that {dr(surg, 'MD')} of {group_} asked for:", 9.4)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Code", "Service", "Where", "Planned date"],
                 [["29881", "Knee arthroscopy with partial meniscectomy, right", "outpatient, " + asc, slash(planned)]],
                 [W * k / 100 for k in (9, 41, 36, 14)], ["L", "L", "L", "L"], size=8.0)
    p.para(f"The approval covers the surgeon, the anesthesia and {asc} on the planned date or within 90 days after "
           "it. It also covers up to 12 visits of physical therapy after the surgery with a network therapist.", 9.2)
    p.para("An approval is not a promise to pay if your Muster Select coverage ends before the surgery, for example "
           "if your premium is not paid or you leave the Selected Reserve. Your deductible and cost-share apply. "
           "Nothing in this letter is refused.", 9.2)
    sign(p, [dr(nurse, "RN"), "Utilization Management", CON])
    t = truth("other", None, insurer=CON, plan_id=MO, member_id=ben, member_name=member, cases=[pa],
              claim_amount=None, service_dates=[iso(planned)], denial_date=iso(ad), provider=dr(surg, "MD"),
              appeal_deadline=None,
              alternates={"insurer": CON_ALT, "service_dates": [[]], "provider": [surg, group_, asc]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_rtc(rng):
    sponsor = people(rng, 1, "rv", sexes="F", used=USED)[0]
    teen = people(rng, 1, "rv", sexes="M", last=sponsor.split()[-1], used=USED)[0]
    psy, reviewer, sig, therapist = people(rng, 4, "rd", sexes="FMFM", used=USED)
    rtc = "Pine Hollow Adolescent Treatment Center"
    php = "Eau Claire Youth Partial Hospital Program"
    ben = sb(rng)
    rcv = workday(dt.date(2026, 8, rng.randint(3, 5)))
    nd = plus(rcv, 2)
    while nd.weekday() != 3:
        nd = plus(nd, 1)
    planned = workday(plus(nd, 4))
    req = f"PA26-{digits(rng, 6)}"
    php_auth = f"PA26-{digits(rng, 6)}"
    p = ESSheet(footer="Page {n} of {nb}", ids_foot=CON_FOOT)
    p.set_margins(17, 16, 17)
    p.add_page()
    con_head(p, rng, box="REVIEW DECISION")
    addr_block(p, [f"Parent or guardian of {teen}", sponsor, "57 Riverside Terrace", "Eau Claire, WI 54703"], 9.2)
    p.run_line([[("Date of notice:", wday_long(nd), "none")],
                [("Request", req, "dash"), ("Received", long(rcv), "dash")],
                [("Patient", teen, "dash"), ("Benefits No.", sbp(ben), "dash"), ("Plan", MF, "dash")]], size=9.0)
    p.side_prov([("Requested by", [dr(psy, "MD"), rtc, "attending psychiatrist"]),
                 ("Service asked for", ["Residential treatment", f"admission planned {slash(planned)}",
                                        "30 days, revenue code 1001"]),
                 ("Approved instead", ["Partial hospitalization", php, f"approval {php_auth}"])], size=8.0)
    p.para_cols([
        f"H&V reviewed the request from {dr(psy, 'MD')} to admit {first_last(teen)} to {rtc} for residential "
        "treatment of depression. We read the records from the emergency visit in July, the outpatient notes of "
        f"his therapist, {therapist}, and the intake assessment.",
        "Residential treatment is approved when a young person needs care and supervision around the clock that "
        "cannot be given safely at home, for example when there is a current danger to self that a day program "
        "cannot manage. The records show that he has not harmed himself since the emergency visit, he has a safety "
        "plan, his family can supervise him at home at night, and he goes to school with support.",
        f"For these reasons residential treatment is not approved. The same needs can be met safely at a lower "
        f"level of care: partial hospitalization, five days a week, at {php}. We approved 20 days of partial "
        f"hospitalization under approval {php_auth}.",
        f"The reviewer was {dr(reviewer, 'MD')}, a child and adolescent psychiatrist. Your doctor may call us to "
        "talk with the reviewer about this decision.",
    ], size=8.8)
    p.bar("Your right to appeal", 9.0)
    p.para("You may appeal within 90 days of the date of this letter. If waiting could seriously harm your child's "
           "health, ask for a fast appeal: we will decide it within 72 hours. Write to Muster Select Appeals, "
           f"{CON_ADDR[1]}, {CON_ADDR[2]}, or call the beneficiary line.", 9.0)
    sign(p, [sig, "Behavioral Health Care Management", CON])
    t = truth("denial_letter", "level_of_care", insurer=CON, plan_id=MF, member_id=ben, member_name=teen,
              cases=[req], claim_amount=None, service_dates=[iso(planned)], denial_date=iso(nd),
              provider=dr(psy, "MD"), appeal_deadline=iso(plus(nd, 90)),
              alternates={"insurer": CON_ALT, "provider": [psy, rtc], "service_dates": [[]],
                          "case_numbers": [[req, php_auth]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    eob = bd_eob(rng)
    gap = faxstd_gap(rng)
    stack, cover, _ = faxstd_stack(rng)
    es = scan_es(rng)
    pt = photocopy_pt(rng)
    ok = photo_approval(rng)
    rtc = rotated_rtc(rng)
    return [
        Item(f"{f}_bd_eob_hearing_aids_numbered_notes", "born_digital", [eob]),
        Item(f"{f}_faxstd_transfer_to_irr_coverage_gap", "fax_standard_g4", [gap]),
        Item(f"{f}_faxstd_stack_drill_wrist_lod_then_eob", "fax_standard_g4", stack,
             separators=[cover, None], turns={(0, 1): 180}),
        Item(f"{f}_scan300_es_sin_remision_dermatologia", "scan_clean_300", [es]),
        Item(f"{f}_photocopy_pt_claim_after_90_days", "photocopy", [pt]),
        Item(f"{f}_photo_knee_arthroscopy_approved", "phone_photo", [ok]),
        Item(f"{f}_rotated_residential_treatment_setting", "rotated", [rtc]),
    ]
