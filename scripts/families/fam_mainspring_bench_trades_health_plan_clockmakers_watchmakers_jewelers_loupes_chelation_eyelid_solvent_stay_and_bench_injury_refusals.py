"""An invented health plan for clockmakers, watchmakers, jewelers, stone setters and engravers: the Mainspring Bench
Trades Health Plan (Board of Trustees of the Mainspring Bench Trades Benefit Trust, sponsored by invented jewelry
makers, watch and clock repair shops and engraving studios), claims and reviews by the invented administrator
Loupeway Benefit Services, Inc. Invented rules: tools and gear of the trade (loupes and other magnifiers, bench lamps,
safety eyewear, bench chairs) are not covered even with a prescription; an injury at work goes first to the
employer's workers' compensation insurer; provoked urine metal tests and chelation without a blood level showing
poisoning are unproven and not covered; eyelid surgery needs precertification and a visual field test showing the
lid blocks at least 12 degrees; a child is covered to the end of the month in which he or she turns 26; claims must
reach the Plan within 120 days of the date of service; hospital stays are reviewed and may be paid as observation;
non-emergency care in the Escapement Care Network; members appeal within 180 days, providers within 90 days. Plan IDs
BTG-1 (Gold) and BTS-2 (Silver); employer groups "GRP-" + four digits; member numbers "MBT" + eight digits with
"-01" for the subscriber and "-02", "-03" for dependants, printed grouped ("MBT 4471 0926-01") or bare. Every
employer, person, practice, hospital, insurer, number, amount and address is invented; real Rhode Island and
Massachusetts towns with invented streets; phones 555; CPT/HCPCS codes as themselves.

Documents (8 in 7 files):
- bd_family_eob_loupes_t7: a born-digital two-page family EOB, identifiers as "VALUE | caption" lines, the claims
  table running on to page 2 with no heading; the subscriber's prescription telescopic loupes (V2615) pay 0.00 under
  T7 (tools of the trade), told only in the notes, beside his paid eye exam.
- faxstd_tendon_repair_comp_first: a standard-fax claim notice to a hand surgery practice in claim-form boxes
  ("1a. Insured's ID number", "10b. Related to employment?", "14. Date of injury"): a stone setter's tendon and nerve
  repair after a saw blade broke at the bench goes to the employer's workers' compensation insurer first.
- faxstd_chelation_provoked_urine_unproven: a standard-fax letter to a jeweler, identifiers on dark tabs above drawn
  boxes, three columns of prose and a running footer: provoked urine metal tests and three chelation infusions are
  not proven to help.
- lowres_es_precert_blefaroplastia: a 150 dpi Spanish precertification letter, Spanish labels only: upper eyelid
  surgery not approved, told in plain words (the visual field test shows too little loss), a printed last day.
- photocopy_son_turned_26: a photocopied letter with the subscriber's and the patient's name boxes side by side
  (number and date of birth each): the son's emergency visit came after his coverage ended at 26.
- faxfine_stack_late_claim_then_optometry_statement: a fine-fax stack: a cover sheet, the Plan's claim notice (a
  visual field test and eye exam received about five months after the visit; timely filing) and the optometry office's
  statement fed upside down (denies nothing).
- scan_solvent_fumes_observation_not_inpatient: a clean-scan two-page letter: a clock restorer's two-day stay after
  breathing degreaser fumes paid as observation, not inpatient; values on tabs above boxes; a day table that runs on
  to page 2.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeo_famof import (EOSheet, abbr, caps_date, dd_mon, digits, dmy_long, dob, es_date, first_last, iso,
                               last_comma, last_first, long, m2, mdyyyy, n2, npi, out, people, phone, plus, slash,
                               surname, tin, tollfree, truth, usd, wday_long, workday, yy, ymd_slash)

FAMILY = ("mainspring_bench_trades_health_plan_clockmakers_watchmakers_jewelers_loupes_chelation_eyelid_solvent_"
          "stay_and_bench_injury_refusals")
LANG = "en"
SEED = 355145
PLAN = "Mainspring Bench Trades Health Plan"
TRUST = "Mainspring Bench Trades Benefit Trust"
TPA = "Loupeway Benefit Services, Inc."
PLAN_ALT = [PLAN, "Mainspring Bench Trades", "Mainspring", TRUST, TPA, "Loupeway Benefit Services", "Loupeway"]
TPA_ALT = [TPA, "Loupeway Benefit Services", "Loupeway", PLAN, "Mainspring Bench Trades", "Mainspring"]
TRUST_ADDR = "Trust Office, 118 Chalkstone Mill Lane, Suite 2, Providence, RI 02908"
TPA_ADDR = "P.O. Box 6190, Providence, RI 02940"
NETWORK = "Escapement Care Network"
GOLD, SILVER = "BTG-1", "BTS-2"
EMP = {"chain": ("Narragansett Findings & Chain Works", "GRP-5103", GOLD),
       "clock": ("Pawtuxet Clockworks, LLC", "GRP-5127", SILVER),
       "set": ("Weybosset Setting Studio, Inc.", "GRP-5140", GOLD),
       "watch": ("Hope Street Engravers & Watch Repair", "GRP-5162", SILVER)}
USED: set = set()
TOWNS = [("Providence", "RI", "02906"), ("Cranston", "RI", "02910"), ("Pawtucket", "RI", "02860"),
         ("Attleboro", "MA", "02703"), ("North Attleborough", "MA", "02760"), ("Warwick", "RI", "02889"),
         ("East Providence", "RI", "02914"), ("Johnston", "RI", "02919")]
STREETS = ["Balance Wheel Ct", "Escapement Row", "Hairspring Ln", "Crown Wheel Ave", "Bezel Hill Rd",
           "Ratchet Mill Way", "Pallet Fork St", "Enamel Works Rd"]


def mid(rng) -> str:
    return f"MBT{digits(rng, 8)}"


def sub(m: str, n: int) -> str:
    return f"{m}-{n:02d}"


def grouped(m: str, n: int) -> str:
    """MBT 4471 0926-02 (the card's grouping)"""
    return f"{m[:3]} {m[3:7]} {m[7:]}-{n:02d}"


def claim_no(rng, d: dt.date) -> str:
    return f"LW{d:%y%m%d}-{digits(rng, 5)}"


def addr(rng, name: str) -> list[str]:
    t, st, z = rng.choice(TOWNS)
    return [name, f"{rng.randint(12, 980)} {rng.choice(STREETS)}", f"{t}, {st} {z}"]


def plan_head(p: EOSheet, rng, box: str | None = None, kind: str = "ring", size: float = 14.5,
              under: list[str] | None = None):
    p.two_line_head("MAINSPRING", "BENCH TRADES HEALTH PLAN",
                    under or ["for clockmakers, watchmakers, jewelers, setters and engravers",
                              f"claims administered by {TPA}"],
                    [TRUST_ADDR.split(", ", 1)[1], f"Member services {tollfree(rng, '844')}", "TTY 711",
                     "mainspringplan.example"], kind=kind, text="MB", size=size, box=box)


def tpa_plate(p: EOSheet, rng, box: str | None = None):
    p.admin_plate(TPA, f"claims administrator for the {PLAN}",
                  [TPA_ADDR, f"Provider services {tollfree(rng, '855')}  \u00b7  Fax {phone(rng, '401')}"],
                  box=box, emblem="shield", size=14)


# ---------------------------------------------------------------------------------------------------------------
def bd_family_eob(rng):
    subs = people(rng, 1, "bt", sexes="M", used=USED)[0]
    wife, kid = people(rng, 2, "bt", sexes="FF", last=surname(subs), used=USED)
    od, pcp, uc, ot = people(rng, 4, "dr", sexes="FMFM", used=USED)
    m = mid(rng)
    emp, grp, pl = EMP["watch"]
    sd = workday(dt.date(2026, 5, rng.randint(11, 15)))
    d0 = workday(dt.date(2026, 3, rng.randint(2, 6)))
    d_eye = workday(plus(d0, rng.randint(8, 11)))
    d_uc = plus(d_eye, rng.randint(5, 8))
    d_ot = workday(plus(d_uc, rng.randint(6, 9)))
    pt_, peds = people(rng, 2, "dr", sexes="MF", used=USED)
    d_pt = workday(plus(d0, 2))
    d_pd = workday(plus(d0, 4))
    claims = [
        dict(who=wife, id=sub(m, 2), prov="Elmhurst Square Family Medicine", rend=f"{pcp}, M.D.", lines=[
            (d0, "99396", "Preventive visit, 40-64", 268.00, 196.40, 196.40, 0.00, "P0"),
            (d0, "80061", "Lipid panel", 46.00, 14.85, 14.85, 0.00, "P0")]),
        dict(who=wife, id=sub(m, 2), prov="Wayland Square Physical Therapy", rend=f"{pt_}, DPT", lines=[
            (d_pt, "97161", "PT evaluation, low complexity", 196.00, 104.80, 83.84, 20.96, "K9"),
            (d_pt, "97110", "Therapeutic exercise, 2 units", 128.00, 66.40, 53.12, 13.28, "K9"),
            (plus(d_pt, 3), "97110", "Therapeutic exercise, 2 units", 128.00, 66.40, 53.12, 13.28, "K9")]),
        dict(who=kid, id=sub(m, 3), prov="Lippitt Park Pediatrics", rend=f"{peds}, M.D.", lines=[
            (d_pd, "99394", "Well visit, age 12-17", 236.00, 171.30, 171.30, 0.00, "P0"),
            (d_pd, "90734", "Meningococcal vaccine", 188.00, 142.75, 142.75, 0.00, "P0"),
            (d_pd, "96127", "Brief emotional screening", 24.00, 5.10, 5.10, 0.00, "P0")]),
        dict(who=subs, id=sub(m, 1), prov="Federal Hill Optometry Group", rend=f"{od}, O.D.", lines=[
            (d_eye, "92004", "Eye exam, new patient, complete", 214.00, 142.60, 117.60, 25.00, "C5"),
            (d_eye, "92015", "Refraction", 58.00, 0.00, 0.00, 58.00, "R2"),
            (d_eye, "V2615", "Telescopic loupes, prescription, 3.5x", 1260.00, 0.00, 0.00, 1260.00, "T7")]),
        dict(who=kid, id=sub(m, 3), prov="Blackstone Boulevard Urgent Care", rend=f"{uc}, PA-C", lines=[
            (d_uc, "99213", "Urgent care visit", 176.00, 118.20, 83.20, 35.00, "U3"),
            (d_uc, "87804", "Flu test, rapid", 38.00, 16.40, 16.40, 0.00, "K9")]),
        dict(who=subs, id=sub(m, 1), prov="Pawtuxet River Hand Therapy", rend=f"{ot}, OTR/L, CHT", lines=[
            (d_ot, "97165", "OT evaluation, low complexity", 212.00, 109.50, 87.60, 21.90, "K9"),
            (d_ot, "97140", "Manual therapy, 2 units", 124.00, 63.20, 50.56, 12.64, "K9")]),
    ]
    for c in claims:
        c["no"] = claim_no(rng, plus(c["lines"][-1][0], rng.randint(5, 9)))
    den = claims[3]
    rows = []
    tot = [0.0] * 4
    for k, c in enumerate(claims):
        rows.append(("span", f"{c['prov']}  \u00b7  {c['rend']}  \u00b7  claim {c['no']}"))
        for j, (d, code, what, b, al, pd, owe, note) in enumerate(c["lines"]):
            if k == 3 and j == 2:
                rows.append(("break",))
            rows.append([slash(d), first_last(c["who"]), code, what, n2(b), n2(al), n2(pd), n2(owe), note])
            tot = [t + v for t, v in zip(tot, (b, al, pd, owe))]
        rows.append(("bold", ["", "", "", "Claim total", *[n2(sum(x[i] for x in c["lines"])) for i in (3, 4, 5, 6)],
                              ""]))
        rows.append(("gap",))
    rows.append(("bold", ["", "", "", "This statement", *[n2(v) for v in tot], ""]))
    p = EOSheet(footer="Page {n} of {nb}", ids_foot=f"{grouped(m, 1)}   \u00b7   {grp}   \u00b7   {pl}   \u00b7   "
                                                    f"statement {ymd_slash(sd)}")
    p.set_margins(15, 14, 15)
    p.add_page()
    plan_head(p, rng, box="EXPLANATION OF BENEFITS", kind="ring")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in addr(rng, subs):
        p.line(ln, 9.8)
    y1 = p.get_y()
    y2 = p.pipe_ids([(abbr(sd), "statement date"), (subs, "subscriber"), (grouped(m, 1), "member no."),
                     (pl, "plan"), (grp, "group"), (emp, "employer")], p.l_margin + W * 0.45, y0, W * 0.55,
                    size=8.8)
    p.set_y(max(y1, y2) + 4)
    p.f(8.6, "B")
    p.cell(0, 4.4, "THIS IS NOT A BILL", new_x="LMARGIN", new_y="NEXT")
    p.para(f"Below are the claims the {PLAN} processed for you and your family this month. The name in each line is "
           "the family member who got the care. Pay a provider no more than the amount under \"You owe\".", 8.4)
    yb = p.get_y()
    p.money_box("2026 deductible", [("Each person", "$400.00"), ("Family", "$800.00"), ("Met so far", "$338.16")],
                w=W * 0.31, size=8.2)
    p.set_y(yb)
    p.money_box("This statement", [("Billed", n2(tot[0])), ("Plan paid", n2(tot[2])), ("You owe", n2(tot[3]))],
                x=p.l_margin + W * 0.345, w=W * 0.31, size=8.2)
    p.set_y(yb)
    p.money_box("Out-of-pocket limit", [("Family limit", "$6,000.00"), ("Used", "$1,412.70"),
                                        ("Left", "$4,587.30")], x=p.l_margin + W * 0.69, w=W * 0.31, size=8.2)
    p.set_y(yb + 26)
    widths = [W * k / 100 for k in (10, 17, 7, 24, 9, 9, 9, 9, 6)]
    p.flow_table(["Date", "Patient", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"],
                 widths, ["L", "L", "L", "L", "R", "R", "R", "R", "L"], rows, size=7.1, row_h=4.3, foot_room=22,
                 top_gap=1)
    p.legend_two("What the notes mean", [
        ("P0", "Preventive care, paid in full."),
        ("C5", "Specialist copay, $25.00."),
        ("U3", "Urgent care copay, $35.00."),
        ("K9", "Paid at 80% after the deductible."),
        ("R2", "Refraction (finding a glasses prescription) is not covered by the medical plan."),
        ("T7", "Tools and gear used in your trade, such as loupes and other magnifiers, bench lamps, safety eyewear "
               "and bench chairs, are not covered, even when a doctor prescribes them. This amount is yours."),
        ("W2", "Injury at work: the employer's workers' compensation insurer pays first."),
        ("N4", f"Provider outside the {NETWORK}; not an emergency.")], size=7.3, tag_w=9)
    p.cols([[("Questions or disagree?", "Call member services. You may appeal any line within 180 days of the date "
                                        f"of this statement. Write to the Appeals Committee, {TRUST}, "
                                        f"{TRUST_ADDR.split(', ', 1)[1]}, with the claim number.")],
            [("How your share is figured", "A worked example: an allowed amount of $100.00 with the deductible met "
                                           "is paid at 80%, $80.00, and you owe $20.00. Copays are the same each "
                                           "visit and do not count toward the deductible.")]], size=7.6)
    total = sum(x[3] for x in den["lines"])
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=pl, group=grp, member_id=den["id"], member_name=subs,
              cases=[den["no"]], claim_amount=m2(total), service_dates=[iso(d_eye)], denial_date=iso(sd),
              provider=den["prov"], appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": PLAN_ALT, "claim_amount": ["1260.00", "1318.00"], "provider": [od]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_comp_first(rng):
    setter = people(rng, 1, "bt", sexes="M", used=USED)[0]
    surg, adj, sig = people(rng, 3, "dr", sexes="FMF", used=USED)
    m = mid(rng)
    emp, grp, pl = EMP["set"]
    inj = workday(dt.date(2026, 4, rng.randint(6, 9)))
    surg_d = plus(inj, 1)
    recd = workday(plus(surg_d, rng.randint(10, 14)))
    nd = workday(plus(recd, rng.randint(4, 6)))
    clm = claim_no(rng, recd)
    prac = "Slatersville Hand & Microsurgery, Inc."
    lines = [("26356", "Repair flexor tendon, finger, zone 2", 3850.00), ("64831", "Repair digital nerve", 2140.00),
             ("12002", "Repair of skin cut, 3.0 cm", 236.00)]
    total = sum(x[2] for x in lines)
    wc = "Blackstone Millrace Mutual Casualty Company"
    wc_no = f"WC-{digits(rng, 3)}-{digits(rng, 6)}"
    d_setter = dob(rng, 1984, 1995)
    acct = f"SHM{digits(rng, 7)}"
    p = EOSheet(footer=None, fax_hdr=f"{slash(nd)} 14:{rng.randint(10, 59)}  FROM LOUPEWAY CLAIMS  "
                                     f"{phone(rng, '401')}  TO {phone(rng, '401')}  P.{{n}}")
    p.set_margins(14, 13, 14)
    p.add_page()
    tpa_plate(p, rng, box="CLAIM NOTICE")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.f(9.6, "B")
    p.cell(0, 5, prac, new_x="LMARGIN", new_y="NEXT")
    p.f(9.2)
    for ln in ["Attn: Billing Department", "45 Mill Pond Road, Suite 200", "North Smithfield, RI 02896"]:
        p.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
    y1 = p.get_y()
    p.set_xy(p.l_margin + W * 0.58, y0)
    p.f(8.6)
    p.multi_cell(W * 0.42, 4.4, f"Notice date: {long(nd)}\nClaim received: {slash(recd)}\nProvider NPI: {npi(rng)}",
                 new_x="LMARGIN", new_y="NEXT")
    p.set_y(max(y1, p.get_y()) + 3)
    p.f(8.2, "B")
    p.cell(0, 4.6, "THE CLAIM AS WE RECEIVED IT (item numbers as on your claim form)", new_x="LMARGIN",
           new_y="NEXT")
    p.lettered([[("1a.", "Insured's ID number", grouped(m, 1), W * 0.3), ("2.", "Patient's name", setter, W * 0.4),
                 ("3.", "Patient's birth date", slash(d_setter), W * 0.3)],
                [("4.", "Insured's name", "Same", W * 0.3), ("11.", "Insured's group number", grp, W * 0.25),
                 ("11c.", "Plan name or program", f"{PLAN} ({pl})", W * 0.45)],
                [("10a.", "Condition related to employment?", "YES", W * 0.3),
                 ("14.", "Date of current injury", slash(inj), W * 0.25),
                 ("26.", "Patient's account no.", acct, W * 0.2), ("28.", "Total charge", f"$ {total:,.2f}", W * 0.25)]],
               size=8.8, h=10.0, shade_label=True)
    p.table(["24A. Date of service", "24D. Code", "Description", "24F. Charges"],
            [[slash(surg_d), c, s, n2(a)] for c, s, a in lines] + [["", "", "Total", n2(total)]],
            [36, 24, W - 96, 36], size=8.6, aligns=["L", "L", "L", "R"], bold_last=True, row_h=5.2)
    p.boxed_pairs([("Our claim number", clm), ("Rendering surgeon", f"{surg}, M.D."), ("Plan payment", "0.00")],
                  label_w=52, size=9.0)
    p.heading("What happened to this claim", 10.2)
    p.para(f"Your claim form answers \"yes\" in item 10a, and the operative note says {first_last(setter)} cut the "
           f"palm side of the left ring finger when a jeweler's saw blade broke while he was setting stones at "
           f"{emp}. Under the {PLAN}, an injury that happens at work is paid first by the employer's workers' "
           f"compensation insurer. The employer's insurer is {wc}; the employer gave us its claim number {wc_no}.",
           9.2)
    p.para("Please send the bill to that insurer. If it refuses the claim in writing (for example, because it finds "
           "the injury did not happen at work), send us a copy of its decision with a new claim form and we will "
           "process the claim under the Plan. Do not bill the patient while the claim is with the insurer.", 9.2)
    p.para(f"A provider may ask for a review of this notice within 90 days of the date of this notice. Write to "
           f"Provider Appeals, {TPA}, {TPA_ADDR}, or fax the request with the claim number. The member's own appeal "
           "rights are explained in the letter we sent to the member.", 9.0)
    p.ln(1)
    p.f(9)
    p.cell(0, 5, f"{sig}, Claims Examiner", new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    p.cell(0, 4.6, f"cc: {adj}, claims adjuster, {wc}", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "other", insurer=TPA, plan_id=pl, group=grp, member_id=sub(m, 1),
              member_name=setter, cases=[clm], claim_amount=m2(total), service_dates=[iso(surg_d)],
              denial_date=iso(nd), provider=prac, appeal_deadline=iso(plus(nd, 90)),
              alternates={"insurer": TPA_ALT, "provider": [surg]}, type_alternates=["eob"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_chelation(rng):
    jw = people(rng, 1, "bt", sexes="F", used=USED)[0]
    doc, pcp, rev, sig = people(rng, 4, "dr", sexes="MFMF", used=USED)
    m = mid(rng)
    emp, grp, pl = EMP["chain"]
    blood = workday(dt.date(2026, 2, rng.randint(2, 6)))
    test = workday(plus(blood, rng.randint(9, 13)))
    inf = [workday(plus(test, 14)), workday(plus(test, 21)), workday(plus(test, 28))]
    clm = claim_no(rng, plus(inf[-1], 6))
    ld = workday(plus(inf[-1], rng.randint(24, 30)))
    center = "Seekonk Integrative Wellness Center"
    tl = [(test, "J0470", "Dimercaprol injection, challenge dose", 1, 96.00), (test, "83018", "Heavy metal, urine, each",
                                                                           4, 388.00)]
    il = [(d, c, s, u, a) for d in inf for c, s, u, a in (("J3520", "Edetate disodium, 150 mg", 10, 420.00),
                                                          ("96365", "IV infusion, first hour", 1, 265.00))]
    allrows = tl + il
    total = sum(x[4] for x in allrows)
    p = EOSheet(footer="Page {n} of {nb}", ids_foot=f"{PLAN}  |  {last_comma(jw)}  |  {sub(m, 1)}  |  claim {clm}",
                fax_hdr=f"{slash(ld)}  10:{rng.randint(10, 59)}  LOUPEWAY BENEFIT SVCS  {phone(rng, '401')}  "
                        "PAGE {n}")
    p.set_margins(17, 14, 17)
    p.add_page()
    plan_head(p, rng, kind="box", size=14)
    W = p.w - p.l_margin - p.r_margin
    p.f(10)
    p.cell(0, 5, wday_long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in addr(rng, jw):
        p.line(ln, 10)
    p.ln(3)
    p.tab_boxes([("Member no.", sub(m, 1), W * 0.25), ("Plan", pl, W * 0.13), ("Group", grp, W * 0.17),
                 ("Claim", clm, W * 0.26), ("Billed", f"{total:,.2f}", W * 0.19)], size=9.0)
    p.subject_line("The urine metal test and the three infusions at " + center)
    p.para(f"Dear {first_last(jw)}:", 10)
    p.para(f"{center} asked the Plan to pay ${total:,.2f} for a urine metal test on {abbr(test)}, done after a "
           f"medicine that pulls metals out of the body, and for three chelation infusions on {abbr(inf[0])}, "
           f"{abbr(inf[1])} and {abbr(inf[2])}, ordered by {doc}, N.D. The Plan can't pay for these services.", 9.6)
    p.cols([[("What the records say", f"You told {doc} you have worked with silver solder, cadmium-bearing solder and "
                                      f"polishing compounds for 19 years. Your blood tests of {slash(blood)}, ordered "
                                      f"by {pcp}, M.D., showed lead at 2 mcg/dL and cadmium at 0.4 mcg/L, both "
                                      "within normal limits.")],
            [("Why the Plan won't pay", "A urine test taken after a chelating medicine shows metals that everyone "
                                        "carries, and there is no accepted normal range for it. Chelation has not "
                                        "been shown to help people whose blood levels are normal, and it can cause "
                                        "harm. The Plan does not cover tests or treatments that are still unproven "
                                        "for the condition.")],
            [("If you are worried about exposure", "Your doctor can order blood or 24-hour urine tests without a "
                                                   "chelating medicine; the Plan pays for those. Your employer's "
                                                   "safety officer can check the fume hoods at your bench.")]],
           size=8.6)
    p.table(["Date", "Code", "Service", "Units", "Billed"],
            [[slash(d), c, s, str(u), n2(a)] for d, c, s, u, a in allrows] + [["", "", "Total", "", n2(total)]],
            [26, 20, W - 96, 18, 32], size=8.2, aligns=["L", "L", "L", "R", "R"], bold_last=True, row_h=4.8)
    p.para(f"This decision was reviewed by {rev}, M.D., board certified in medical toxicology.", 8.8)
    p.heading("Your right to appeal", 10.2)
    p.para(f"You may appeal within 180 days of the date of this letter. Write to the Appeals Committee, {TRUST}, "
           f"{TRUST_ADDR.split(', ', 1)[1]}. You may send records, a letter from your doctor or anything else you "
           "want us to see, and ask for free copies of the papers used for this decision. After the Plan's appeals "
           "you may have a right to an external review and to bring a civil action under section 502(a) of ERISA.",
           9.0)
    p.ln(1)
    p.f(9.4)
    p.cell(0, 5, f"{sig}, Claims Review, {TPA}", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "experimental", insurer=PLAN, plan_id=pl, group=grp, member_id=sub(m, 1),
              member_name=jw, cases=[clm], claim_amount=m2(total),
              service_dates=[iso(test)] + [iso(d) for d in inf], denial_date=iso(ld), provider=center,
              appeal_deadline=iso(plus(ld, 180)), alternates={"insurer": PLAN_ALT, "provider": [doc]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_es_precert(rng):
    eng = people(rng, 1, "es", sexes="F", used=USED)[0]
    surg, rev, sig = people(rng, 3, "dr", sexes="MMM", used=USED)
    m = mid(rng)
    emp, grp, pl = EMP["watch"]
    vf = workday(dt.date(2026, 5, rng.randint(4, 8)))
    rec = workday(plus(vf, rng.randint(6, 9)))
    ld = workday(plus(rec, rng.randint(5, 8)))
    planned = workday(plus(ld, rng.randint(18, 24)))
    case = f"PC-{digits(rng, 3)}-{digits(rng, 4)}"
    center = "Centro de Cirugía Ocular Pocasset"
    last_day = plus(ld, 180)
    p = EOSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 15, 20)
    p.add_page()
    plan_head(p, rng, kind="ring", size=14, under=["para relojeros, joyeros, engastadores y grabadores",
                                                   f"reclamos administrados por {TPA}"])
    W = p.w - p.l_margin - p.r_margin
    p.f(10)
    p.cell(0, 5, f"Providence, Rhode Island, {es_date(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in addr(rng, f"Sra. {eng}"):
        p.line(ln, 10)
    p.ln(3)
    p.under_grid([[(case, "número de caso", W * 0.28), (sub(m, 1), "número de miembro", W * 0.3),
                   (pl, "plan", W * 0.16), (grp, "grupo", W * 0.26)]], size=9.2)
    p.subject_line("Su pedido de cirugía de los párpados")
    p.para(f"Estimada señora {surname(eng)}:", 10)
    p.para(f"El Dr. {surg}, cirujano de ojos, nos pidió que aprobáramos antes de la operación una cirugía de los "
           "párpados de arriba de los dos ojos. Estos son los datos que recibimos:", 9.6)
    p.pairs([("Cirugía pedida", "Blefaroplastia superior, ambos ojos (15823-50)"), ("Lugar", center),
             ("Fecha prevista", es_date(planned)), ("Pedido recibido", es_date(rec)),
             ("Prueba del campo visual", es_date(vf))], label_w=58, size=9.2)
    p.ln(2)
    p.para("Después de revisar el pedido, el Plan no va a pagar esta cirugía. Se la explicamos en palabras "
           "sencillas:", 9.6)
    p.para("El Plan paga esta cirugía cuando la piel de los párpados cae tanto que tapa la vista. Para saberlo se "
           "hace una prueba del campo visual dos veces: una con los párpados como están y otra con los párpados "
           "levantados con cinta. Si con la cinta usted ve por lo menos 12 grados más hacia arriba, la cirugía se "
           "considera necesaria.", 9.4)
    p.para("En su prueba, con la cinta usted vio 6 grados más en el ojo derecho y 5 grados más en el izquierdo. "
           "Las fotos muestran que la piel no llega a tapar la pupila. Por eso, la cirugía no es necesaria por "
           "razones médicas en este momento. Entendemos que su trabajo de grabado cansa la vista; si la caída "
           "de los párpados empeora, su médico puede repetir la prueba y mandarnos un pedido nuevo.", 9.4)
    p.para(f"Esta decisión la tomó el Dr. {rev}, oftalmólogo que revisa casos para el Plan.", 9.2)
    p.heading("Si usted no está de acuerdo", 10.4)
    p.para(f"Puede apelar por escrito a más tardar el {es_date(last_day)}. Mande su carta al Comité de Apelaciones, "
           f"{TRUST}, {TRUST_ADDR.split(', ', 1)[1]}, con el número de caso. Si su médico cree que esperar pone en "
           "peligro su vista, pida una revisión rápida por teléfono; la contestamos en 72 horas.", 9.2)
    p.para("Usted puede pedir gratis copias de todos los papeles que usamos. Servicios para miembros: "
           f"{tollfree(rng, '844')} (hablamos español).", 9.0)
    p.ln(2)
    p.f(9.4)
    p.cell(0, 5, f"{sig}, enfermero de revisión", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 5, f"{TPA}, en nombre del {PLAN}", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, plan_id=pl, group=grp, member_id=sub(m, 1),
              member_name=eng, cases=[case], claim_amount=None, service_dates=[iso(planned)], denial_date=iso(ld),
              provider=surg, appeal_deadline=iso(last_day), lang="es",
              alternates={"insurer": PLAN_ALT, "provider": [center]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_son_26(rng):
    dad = people(rng, 1, "bt", sexes="M", used=USED)[0]
    son = people(rng, 1, "bt", sexes="M", last=surname(dad), used=USED)[0]
    er_md, sig = people(rng, 2, "dr", sexes="FM", used=USED)
    m = mid(rng)
    emp, grp, pl = EMP["clock"]
    d_son = dt.date(2000, 1, rng.randint(3, 20))
    end = dt.date(2026, 1, 31)
    visit = workday(dt.date(2026, 2, rng.randint(16, 20)))
    clm = claim_no(rng, plus(visit, 9))
    ld = workday(plus(visit, rng.randint(30, 36)))
    d_dad = dob(rng, 1966, 1972)
    hosp = "Tockwotton Harbor Hospital"
    lines = [("0450", "99284", "Emergency room visit", 1384.00), ("0320", "73610", "X-ray, ankle, 3 views", 286.00),
             ("0270", "L4361", "Walking boot", 312.00)]
    total = sum(x[3] for x in lines)
    p = EOSheet(footer="Page {n} of {nb}", serif=True)
    p.set_margins(20, 15, 20)
    p.add_page()
    plan_head(p, rng, kind="ring", size=14)
    W = p.w - p.l_margin - p.r_margin
    p.f(10)
    p.cell(0, 5, dd_mon(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in addr(rng, dad):
        p.line(ln, 10)
    p.ln(4)
    p.name_pair(("Subscriber", dad, [("Member no.", grouped(m, 1)), ("Born", slash(d_dad)),
                                     ("Employer group", grp), ("Plan", pl)]),
                ("Patient", son, [("Member no.", grouped(m, 3)), ("Born", slash(d_son)), ("Relationship", "Son"),
                                  ("Coverage ended", slash(end))]), size=8.8)
    p.subject_line(f"The emergency room claim for {first_last(son)}")
    p.para(f"Dear {first_last(dad)}:", 10)
    p.para(f"We received a claim from {hosp} for ${total:,.2f} for your son's emergency room visit on "
           f"{long(visit)}, when {er_md}, M.D., treated a sprained ankle. Claim number: {clm}.", 9.6)
    p.table(["Rev.", "Code", "Service", "Charge"], [[a, b, c, n2(d)] for a, b, c, d in lines]
            + [["", "", "Total charges", n2(total)]], [18, 22, W - 76, 36], size=8.8,
            aligns=["L", "L", "L", "R"], bold_last=True, row_h=5.2)
    p.para(f"Under the {PLAN}, a child is covered until the last day of the month in which he or she turns 26. "
           f"{first_last(son)} turned 26 in January 2026, so his coverage ended on January 31, 2026. The visit "
           "was after that date, and the Plan can't pay for it.", 9.6)
    p.para(f"You and your son were sent a notice about continuing his coverage under COBRA on 02/06/2026. He can "
           "still choose COBRA until the date in that notice; if he does, and pays the first premium ($612.40 a "
           "month), his coverage would start again on February 1, 2026 and we would look at this claim again.", 9.2)
    p.heading("If you disagree", 10.2)
    p.para("You or your son may appeal within 180 days of the date of this letter. Write to the Appeals Committee, "
           f"{TRUST}, {TRUST_ADDR.split(', ', 1)[1]}. Include the claim number and any papers that show our dates "
           "are wrong.", 9.2)
    p.ln(2)
    p.f(9.6)
    p.cell(0, 5, sig, new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 5, f"Eligibility and Enrollment, {TPA}", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "eligibility", insurer=PLAN, plan_id=pl, group=grp, member_id=sub(m, 3),
              member_name=son, cases=[clm], claim_amount=m2(total), service_dates=[iso(visit)], denial_date=iso(ld),
              provider=hosp, appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [er_md], "member_id": [sub(m, 1)]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxfine_stack(rng):
    wm = people(rng, 1, "bt", sexes="M", used=USED)[0]
    od, sig = people(rng, 2, "dr", sexes="FM", used=USED)
    m = mid(rng)
    emp, grp, pl = EMP["chain"]
    visit = workday(dt.date(2026, 1, rng.randint(12, 15)))
    recd = workday(plus(visit, 151))
    nd = workday(plus(recd, rng.randint(8, 11)))
    bill_d = workday(plus(nd, rng.randint(9, 14)))
    clm = claim_no(rng, recd)
    prac = "Seekonk Ridge Eye Care, P.C."
    lines = [("92014", "Eye exam, established patient", 196.00), ("92083", "Visual field test, extended", 148.00),
             ("92134", "Retina scan (OCT)", 122.00)]
    total = sum(x[2] for x in lines)
    home = addr(rng, wm)
    fax_top = f"{slash(bill_d)} 09:{rng.randint(10, 59)}  {surname(wm).upper()} WATCH REPAIR  {phone(rng, '508')}  P.{{n}}"
    # 1) the plan's claim notice (timely filing)
    p = EOSheet(footer="Page {n} of {nb}", fax_hdr=fax_top, fax_off=1)
    p.set_margins(17, 14, 17)
    p.add_page()
    plan_head(p, rng, kind="box", size=14, box="CLAIM NOTICE")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in home:
        p.line(ln, 10)
    y1 = p.get_y()
    y2 = p.pipe_ids([(slash(nd), "date of this notice"), (sub(m, 1), "member"), (pl, "plan"), (grp, "group"),
                     (clm, "claim"), (slash(recd), "claim received")], p.l_margin + W * 0.5, y0, W * 0.5, size=9)
    p.set_y(max(y1, y2) + 5)
    p.para(f"Dear {first_last(wm)}:", 10)
    p.para(f"{prac} sent us a claim for your visit with {od}, O.D., on {long(visit)}. The claim reached us on "
           f"{long(recd)}, {(recd - visit).days} days after the visit.", 9.6)
    p.table(["Date of service", "Code", "Service", "Billed", "Plan paid"],
            [[yy(visit), c, s, n2(a), "0.00"] for c, s, a in lines] + [["", "", "Total", n2(total), "0.00"]],
            [30, 20, W - 102, 26, 26], size=8.6, aligns=["L", "L", "L", "R", "R"], bold_last=True, row_h=5.2)
    p.para("The Plan pays a claim only when it reaches us within 120 days of the date of service. For a visit on "
           f"{slash(visit)}, the last day was {slash(plus(visit, 120))}. Because the claim came too late, the Plan "
           "paid nothing.", 9.6)
    p.para(f"{prac} is not in the {NETWORK}, so it may bill you for this visit. If the office sent the claim on "
           "time and has proof (a clearinghouse report or a copy of a rejection we sent), it may send us that proof "
           "and we will look at the claim again.", 9.2)
    p.heading("Your right to appeal", 10.2)
    p.para("You may appeal within 180 days of the date of this notice. Write to the Appeals Committee, "
           f"{TRUST}, {TRUST_ADDR.split(', ', 1)[1]}.", 9.2)
    p.ln(1)
    p.f(9.2)
    p.cell(0, 5, f"{sig}, Claims Department, {TPA}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 5, f"for the {PLAN}", new_x="LMARGIN", new_y="NEXT")
    d1 = (out(p), truth("denial_letter", "timely_filing", insurer=PLAN, plan_id=pl, group=grp, member_id=sub(m, 1),
                        member_name=wm, cases=[clm], claim_amount=m2(total), service_dates=[iso(visit)],
                        denial_date=iso(nd), provider=prac, appeal_deadline=iso(plus(nd, 180)),
                        alternates={"insurer": PLAN_ALT, "provider": [od]}, type_alternates=["eob"]))
    # 2) the optometry office's statement (denies nothing), fed upside down
    acct = f"{digits(rng, 6)}"
    q = EOSheet(footer=None, fax_hdr=fax_top, fax_off=2)
    q.set_margins(16, 14, 16)
    q.add_page()
    q.admin_plate("Seekonk Ridge Eye Care, P.C.", "optometry  \u00b7  contact lenses  \u00b7  eyewear",
                  ["1240 Fall River Avenue, Seekonk, MA 02771", f"Billing {phone(rng, '508')}"],
                  box="PATIENT STATEMENT", emblem="leaf", size=14)
    Wq = q.w - q.l_margin - q.r_margin
    y0 = q.get_y()
    for ln in home:
        q.line(ln, 9.8)
    y1 = q.get_y()
    y2 = q.kv_box([("Statement date", abbr(bill_d)), ("Account no.", acct), ("Patient", wm),
                   ("Amount due", f"${total:,.2f}"), ("Pay by", abbr(plus(bill_d, 21)))],
                  q.l_margin + Wq * 0.5, y0, Wq * 0.5, cap_w=32, size=9, h=5.8)
    q.set_y(max(y1, y2) + 5)
    q.table(["Date", "Code", "Description", "Charge", "Insurance", "Balance"],
            [[slash(visit), c, s, n2(a), "0.00", n2(a)] for c, s, a in lines]
            + [["", "", "Totals", n2(total), "0.00", n2(total)]],
            [24, 18, Wq - 114, 24, 24, 24], size=8.6, aligns=["L", "L", "L", "R", "R", "R"], bold_last=True,
            row_h=5.4)
    q.para(f"Your insurance ({PLAN}, member {sub(m, 1)}) did not pay this visit. We are sorry the claim went out "
           "late; we changed billing services last year. As a courtesy we have taken off the late fee. Please pay "
           "the balance or call us to set up a payment plan.", 9.0)
    q.pairs([("Previous balance", "0.00"), ("New charges", n2(total)), ("Payments", "0.00"),
             ("Amount due", f"${total:,.2f}")], label_w=44, size=9.2)
    q.ln(3)
    q.tear_slip("Please return this part with your payment", [[("Account no.", acct),
                                                               ("Amount due", f"${total:,.2f}")],
                                                              [("Patient", wm), ("Amount enclosed", "")]])
    d2 = (out(q), truth("other", None, insurer=None, plan_id=None, member_id=sub(m, 1), member_name=wm,
                        claim_amount=m2(total), service_dates=[iso(visit)], denial_date=iso(bill_d), provider=prac,
                        unscored=["insurer"],
                        alternates={"member_id": [None], "provider": [od], "service_dates": [[]]}))
    return [d1, d2]


# ---------------------------------------------------------------------------------------------------------------
def clean_solvent_stay(rng):
    rest = people(rng, 1, "bt", sexes="M", used=USED)[0]
    att, rev, sig = people(rng, 3, "dr", sexes="FMF", used=USED)
    m = mid(rng)
    emp, grp, pl = EMP["clock"]
    adm = workday(dt.date(2026, 3, rng.randint(9, 12)))
    dis = plus(adm, 1)
    clm = claim_no(rng, plus(dis, 10))
    rv = f"UR-{adm:%y%m%d}-{digits(rng, 3)}"
    ld = workday(plus(dis, rng.randint(26, 32)))
    last_day = plus(ld, 180)
    hosp = "Pawtuxet Valley Medical Center"
    lines = [(adm, "0110", "Room and board, medical", 2450.00), (adm, "0450", "Emergency room, level 4", 1318.00),
             (adm, "0300", "Laboratory", 612.00), (adm, "0324", "Chest X-ray", 238.00),
             (adm, "0412", "Breathing treatments", 296.00), (adm, "0250", "Pharmacy", 184.50),
             (dis, "0110", "Room and board, medical", 2450.00), (dis, "0300", "Laboratory", 318.00),
             (dis, "0460", "Lung function test", 402.00), (dis, "0250", "Pharmacy", 96.25)]
    total = sum(x[3] for x in lines)
    p = EOSheet(footer="Page {n} of {nb}", run_hdr=f"{first_last(rest)}  \u00b7  {sub(m, 1)}  \u00b7  claim {clm}  "
                                                     f"\u00b7  review {rv}")
    p.set_margins(18, 15, 18)
    p.add_page()
    plan_head(p, rng, kind="ring", size=14)
    W = p.w - p.l_margin - p.r_margin
    p.f(10)
    p.cell(0, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in addr(rng, rest):
        p.line(ln, 10)
    p.ln(3)
    p.tab_boxes([("Member no.", sub(m, 1), W * 0.25), ("Plan", pl, W * 0.11), ("Group", grp, W * 0.16),
                 ("Claim", clm, W * 0.25), ("Review", rv, W * 0.23)], size=8.8)
    p.tab_boxes([("Hospital", hosp, W * 0.44), ("Attending", f"{att}, M.D.", W * 0.34),
                 ("Billed", f"${total:,.2f}", W * 0.22)], size=8.8)
    p.subject_line("How the Plan paid your hospital stay in March")
    p.para(f"Dear {first_last(rest)}:", 10)
    p.para(f"You went to the emergency room at {hosp} on {long(adm)} after breathing fumes from the heated degreaser "
           f"you use to clean clock movements. You were kept in the hospital that night and went home on {long(dis)}. "
           f"The hospital billed the two days as an inpatient admission, ${total:,.2f} in all.", 9.4)
    p.para("A nurse reviewer and a doctor looked at the hospital's records. Your oxygen level was normal on room air "
           "by the next morning, your chest X-ray was clear, and you needed no treatment that only a hospital ward "
           "can give. People with these findings are watched for a day in observation care and sent home; they do "
           "not need to be admitted.", 9.4)
    p.para("So the Plan paid the stay as observation care, not as an inpatient admission. The hospital, which is in "
           f"the {NETWORK}, may not bill you for the difference. You owe only the observation copay of $150.00.", 9.4)
    p.para(f"The review was done by {rev}, M.D., board certified in internal medicine. Below is what the hospital "
           "billed, day by day.", 9.0)
    rows = []
    for d in (adm, dis):
        rows.append(("span", f"{dmy_long(d)}"))
        for dd, rc, s, a in lines:
            if dd == d:
                rows.append([slash(dd), rc, s, n2(a)])
        if d == adm:
            rows.append(("break",))
    rows.append(("bold", ["", "", "Total billed", n2(total)]))
    p.flow_table(["Date", "Rev. code", "Service", "Billed"], [30, 24, W - 90, 36], ["L", "L", "L", "R"], rows,
                 size=8.4, row_h=5.0, foot_room=24, top_gap=2)
    yb = p.money_box("How the claim was paid", [("Billed", f"${total:,.2f}"), ("Paid as observation", "1,962.40"),
                                                ("Your copay", "150.00")], w=W * 0.5, size=8.6)
    p.set_y(yb + 3)
    p.heading("If you disagree", 10.2)
    p.para("You or your doctor may appeal. Your appeal must reach us no later than "
           f"{long(last_day)}. Write to the Appeals Committee, {TRUST}, {TRUST_ADDR.split(', ', 1)[1]}. A doctor "
           "who took no part in this review will decide it. You may ask for free copies of the records and the "
           "criteria we used.", 9.2)
    p.ln(2)
    p.f(9.4)
    p.cell(0, 5, f"{sig}, R.N., Utilization Review, {TPA}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 5, f"for the {PLAN}", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "level_of_care", insurer=PLAN, plan_id=pl, group=grp, member_id=sub(m, 1),
              member_name=rest, cases=[clm, rv], claim_amount=m2(total),
              service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(ld), provider=hosp,
              appeal_deadline=iso(last_day),
              alternates={"insurer": PLAN_ALT, "provider": [att], "case_numbers": [[clm]],
                          "service_dates": [[iso(adm), iso(dis)]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    return [
        Item(f"{f}_bd_family_eob_loupes_t7", "born_digital", [bd_family_eob(rng)]),
        Item(f"{f}_faxstd_tendon_repair_comp_first", "fax_standard_g4", [faxstd_comp_first(rng)]),
        Item(f"{f}_faxstd_chelation_provoked_urine", "fax_standard_g4", [faxstd_chelation(rng)]),
        Item(f"{f}_lowres_es_precert_blefaroplastia", "scan_lowres_150", [lowres_es_precert(rng)]),
        Item(f"{f}_photocopy_son_turned_26", "photocopy", [photocopy_son_26(rng)]),
        Item(f"{f}_faxfine_stack_late_claim_then_statement", "fax_fine_g4", faxfine_stack(rng),
             separators=["cover", None], turns={(1, 0): 180}),
        Item(f"{f}_scan_solvent_fumes_observation", "scan_clean_300", [clean_solvent_stay(rng)]),
    ]
