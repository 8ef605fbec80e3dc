"""An invented commercial plan denying or reducing allergy immunotherapy: antigen preparation units (CPT 95165,
vial preparation) over the plan's yearly limit, and maintenance injections given more often than the plan covers
(once every 14 days), with the allergy practice's statement listing many injection dates and the allergist's
letter of medical necessity. Every plan, practice, person and number is invented.

Documents (8 in 7 files):
- bd_units_claim_denial_inset_footnote: claim denial for vial preparation units over the yearly limit, the claim
  summary in an inset box inside the prose, the billed amount with a footnote mark.
- faxstd_eob_claim_blocks_continuation: two-page EOB under a typed fax header line, small type, grey bands,
  claims as stacked "Claim 1 of 3" blocks; the denied third claim (two injection dates) on the continuation page
  below a repeated member / claim header.
- photo_allergist_statement_many_dates: the practice's two-page statement with many injection dates, From and
  Thru columns, the dates carried onto a continuation page (denies nothing), photographed.
- scan300_letter_of_medical_necessity_two_column: the allergist's letter to the plan, facts in the right column,
  providers in several roles (denies nothing).
- rotated_appeal_upheld_line_suffix: first-level appeal upholding the units reduction, a claim number with a
  line suffix and an appeal number split at a hyphen over a line end, fed sideways.
- lowres_preservice_vial_set_denial_roles: pre-service denial of a new vial set, requesting, referring and
  supervising providers and the facility on one page, planned preparation date.
- copy_stack_frequency_denial_and_member_letter: injection frequency denial with the dates in one sentence
  ("on March 3, 10 and 17, 2026"), a blank separator, then the member's letter fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddh_famdhd import Sheet2, days_sentence, short2
from public_kit import address, amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "allergy_immunotherapy_vial_preparation_units_denial"
LANG = "en"
SEED = 351203
PLAN = "Larkspur Meridian Health Plan"
PRACTICE = "Bayberry Allergy, Asthma and Clinical Immunology Associates"
MD = "Rosalind M. Iwamoto, DO"
PA = "Desmond K. Rinaldi, PA-C"
PCP = "Grant L. Okonkwo, MD"
POLICY = "LMHP-CP-ALG-031"


def _ids(rng):
    return {"mid": "LMH" + digits(rng, 3) + rng.choice("O0") + digits(rng, 4),
            "grp": f"G{digits(rng, 4)}-{rng.choice('SB5')}{digits(rng, 2)}", "plan": "HMO-" + digits(rng, 3)}


def _claim(rng):
    return "2026" + "".join(rng.choice("0O1I5S8B2347") for _ in range(8))


def _dob(rng):
    return dt.date(rng.randint(1960, 2012), rng.randint(1, 12), rng.randint(1, 28))


def _lh(p, rng, dept):
    p.set_fill_color(84, 38, 110)
    p.rect(0, 0, p.w, 4, style="F")
    p.set_y(max(p.get_y(), 8))
    p.f(15, "B")
    p.cell(0, 7, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{dept}  |  PO Box {rng.randint(1000, 9999)}, Madison WI 537{rng.randint(10, 99)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(4)


def bd_units(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    nd = dt.date(2026, 2, 16) + dt.timedelta(days=rng.randint(0, 30))
    dos = plus(nd, -rng.randint(18, 30))
    rec = plus(dos, rng.randint(3, 8))
    claim = _claim(rng)
    units = 60
    amt = round(units * rng.choice([19.5, 21.25, 22.0]), 2)
    p = Sheet2(footer="Page {n} of {nb}", footer_left="LMHP-CLM-DN-4")
    p.set_margins(22, 16, 22)
    p.add_page()
    _lh(p, rng, "Claims Department")
    p.line(fdate(nd, "long"), 10)
    p.ln(3)
    for ln in [name, *address(rng)]:
        p.line(ln, 10)
    p.ln(5)
    p.para(f"Dear {first} {last}:", 10)
    p.para(f"We processed a claim from {PRACTICE} for the allergy extract vials that {MD} prepared for your "
           "allergy shots. Part of this claim is not covered. Here is a summary:", 10)
    p.inset("Claim summary", [("Claim number", claim), ("Member ID", ids["mid"]), ("Group", ids["grp"]),
                              ("Prepared by", MD), ("Date of service", fdate(dos, "slash")),
                              ("Service", f"95165 antigen preparation, {units} units"),
                              ("Amount billed", money(amt) + "*"), ("Received", fdate(rec, "slash"))], w=118)
    p.para(f"Your plan covers up to 150 units of antigen preparation each plan year (medical policy {POLICY}). "
           f"Before this claim, 120 units had been paid for 2026. We paid 30 units of this claim and denied the "
           f"other 30 units because they are over the yearly limit, which is a limit of your benefit.", 10)
    p.para("* The amount billed is the total for all 60 units. Your share for the denied units is shown on your "
           "Explanation of Benefits.", 8.5)
    p.para("You may appeal within 180 days of the date of this letter. Write to Appeals, "
           f"{PLAN}, or call 1-888-555-{digits(rng, 4)} (TTY 711). If your appeal is urgent, we decide within 72 "
           "hours.", 10)
    p.para("Sincerely,\nClaims Department", 10)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=name, cases=[claim], claim_amount=m2(amt), service_dates=[span(dos)],
              denial_date=nd.isoformat(), provider=MD, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"provider": [PRACTICE]})
    return out(p), t


def faxstd_eob(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    sub = f"{person(rng)[1]} {mi}. {last}"
    sd = dt.date(2026, 4, 8) + dt.timedelta(days=rng.randint(0, 12))
    base = dt.date(2026, 3, rng.randint(2, 5))
    inj = [base, plus(base, 7), plus(base, 14), plus(base, 21)]
    denied = [inj[1], inj[3]]
    cl = [_claim(rng) for _ in range(3)]
    a1, a2 = amount(rng, 140, 210), amount(rng, 380, 720)
    per = rng.choice([32.0, 36.5, 41.25])
    a3 = round(per * 2, 2)
    hdr = lambda n: (f"{fdate(sd, 'slash')} 11:{rng.randint(10, 59)}  LARKSPUR MERIDIAN  608-555-{digits(rng, 4)}"  # noqa: E731
                     f"  TO: BAYBERRY ALLERGY BILLING  P. {n} OF 2")
    p = Sheet2(footer="Page {n} of {nb}")
    p.set_margins(14, 10, 14)
    p.add_page()
    p.fax_line(hdr(1))
    _lh(p, rng, "Explanation of Benefits - THIS IS NOT A BILL")
    p.right_block([("Statement date", fdate(sd, "long")), ("Member", name), ("Member ID", ids["mid"]),
                   ("Group", ids["grp"]), ("Plan", ids["plan"]), ("Subscriber", sub)], w=92, size=8)
    p.ln(2)
    p.band(f"Claims processed 03/01/2026 - {fdate(sd, 'slash')}", size=8)
    blocks = [
        [("Claim number", cl[0]), ("Rendering provider", MD), ("Billing provider", "Bayberry Allergy Assoc."),
         ("Date of service", fdate(plus(base, -9), "slash")), ("Service", "99214 office visit"),
         ("Billed", money(a1)), ("Status", f"Paid {money(round(a1 * 0.7, 2))}")],
        [("Claim number", cl[1]), ("Rendering provider", MD), ("Billing provider", "Bayberry Allergy Assoc."),
         ("Date of service", fdate(base, "slash")), ("Service", "95165 antigen preparation, 20 units"),
         ("Billed", money(a2)), ("Status", f"Paid {money(round(a2 * 0.65, 2))}")],
    ]
    p.claim_blocks(blocks, title="Claim {i} of 3", size=8, label_w=36)
    p.para("Deductible for plan year 01/01/2026 - 12/31/2026: $750, met $750. Coinsurance 20%.", 7.5)
    p.add_page()
    p.fax_line(hdr(2))
    p.cont_header(f"{name}  |  Member ID {ids['mid']}  |  Statement {fdate(sd, 'slash')}  |  Claim {cl[2]} continued")
    p.band("Claim 3 of 3", size=8)
    p.pairs([("Claim number", cl[2]), ("Rendering provider", PA), ("Supervising physician", MD),
             ("Billing provider", "Bayberry Allergy Assoc."),
             ("Dates of service", f"{fdate(denied[0], 'slash')}, {fdate(denied[1], 'slash')}"),
             ("Service", "95117 allergen injections, 2 visits"), ("Billed", money(a3)), ("Allowed / Paid", "0.00 / 0.00"),
             ("Status", "DENIED  remark AF3")], label_w=42, size=8, h=4)
    p.ln(2)
    p.para(f"AF3: Maintenance allergen injections are covered no more often than once every 14 days (policy "
           f"{POLICY}). The injections on {fdate(denied[0], 'abbr')} and {fdate(denied[1], 'abbr')} were within 14 "
           f"days of the injections on {fdate(inj[0], 'abbr')} and {fdate(inj[2], 'abbr')}, which were paid on "
           "another claim.", 7.5)
    p.para(f"Appeal rights: you may appeal within 180 days of the date of this statement. Call 1-888-555-"
           f"{digits(rng, 4)} (TTY 711). External review: within 4 months after a final decision.", 7.5)
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"], member_id=ids["mid"],
              member_name=name, cases=[cl[2]], claim_amount=m2(a3),
              service_dates=[span(d) for d in denied], denial_date=sd.isoformat(), provider=PA,
              appeal_deadline=plus(sd, 180).isoformat(), alternates={"provider": [MD]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def photo_statement(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    resp = f"{person(rng)[1]} {last}"
    sd = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 10))
    d0 = dt.date(2026, 1, rng.randint(5, 9))
    dates = [plus(d0, 7 * i) for i in range(14)]
    deny_i = {9, 11}
    claim = _claim(rng)
    acct = "BA-" + digits(rng, 6)
    per = rng.choice([32.0, 36.5, 41.25])
    p = Sheet2(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    hdr = f"{PRACTICE}  |  Statement for {name}  |  Account {acct}"

    def head(first_page):
        p.f(11.5, "B")
        p.multi_cell(100, 5.2, PRACTICE, new_x="LMARGIN", new_y="NEXT")
        p.f(8)
        p.cell(0, 4, f"{MD}  |  {PA}  |  Billing 608-555-{digits(rng, 4)}  |  Tax ID 39-{digits(rng, 7)}",
               new_x="LMARGIN", new_y="NEXT")
        p.ln(2)
        if not first_page:
            p.cont_header(hdr + "  (continued)")

    p.add_page()
    head(True)
    p.right_block([("Statement date", fdate(sd, "abbr")), ("Account", acct), ("Patient", name),
                   ("Responsible party", resp), ("Insurance", PLAN), ("Member ID", ids["mid"])], w=100, size=8.5)
    p.ln(2)
    p.line("PATIENT STATEMENT - allergy injections", 11, "B")
    rows = []
    for i, d in enumerate(dates):
        st = "Ins. denied" if i in deny_i else "Ins. paid"
        bal = money(per, "nosign") if i in deny_i else "0.00"
        rows.append([short2(d), short2(d), "95117", "Allergen injections x2", money(per, "nosign"), st, bal])
    head_cols = ["From", "Thru", "CPT", "Description", "Charge", "Insurance", "Balance"]
    widths = [18, 18, 16, 56, 20, 28, 22]
    p.table(head_cols, rows[:8], widths, size=8.5, aligns=["L", "L", "L", "L", "R", "L", "R"])
    p.add_page()
    head(False)
    p.table(head_cols, rows[8:], widths, size=8.5, aligns=["L", "L", "L", "L", "R", "L", "R"])
    dd = [dates[i] for i in sorted(deny_i)]
    bal = round(per * 2, 2)
    p.para(f"{PLAN} denied the injections of {fdate(dd[0], 'long')} and {fdate(dd[1], 'long')} under claim {claim} "
           "(maintenance injections more often than once every 14 days). Those two visits are now your balance. "
           "Call us if you plan to appeal; we will hold the balance for 60 days.", 9)
    p.line(f"Balance due: {money(bal)}", 11, "B")
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=name, cases=[claim],
              claim_amount=m2(bal), service_dates=[span(d) for d in dd], denial_date=sd.isoformat(), provider=MD,
              unscored=["insurer"], alternates={"provider": [PRACTICE, PA], "case_numbers": [[]],
                                                "service_dates": [[span(d) for d in dates]]})
    return out(p), t


def scan300_lmn(rng):
    ids = _ids(rng)
    name = person(rng)[0]
    ld = dt.date(2026, 3, 9) + dt.timedelta(days=rng.randint(0, 20))
    od = plus(ld, -rng.randint(10, 20))
    dos = plus(od, -rng.randint(15, 25))
    claim = _claim(rng)
    p = Sheet2(footer=None, serif=True)
    p.set_margins(18, 16, 18)
    p.add_page()
    p.f(12.5, "B")
    p.cell(0, 6, "Bayberry Allergy, Asthma and", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 6, "Clinical Immunology Associates", new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Phone 608-555-{digits(rng, 4)}  |  Fax 608-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(5)
    p.line(fdate(ld, "dmy"), 10)
    p.ln(2)
    p.line(f"{PLAN}, Appeals and Medical Review", 10)
    p.ln(4)
    left = [
        "Letter of medical necessity",
        "I treat this patient for perennial and seasonal allergic rhinitis with moderate persistent asthma, "
        "confirmed by skin testing to dust mite, cat, tree and grass pollens and Alternaria. Symptoms were not "
        "controlled on two nasal steroids, an antihistamine and montelukast, which is why "
        f"{PCP} referred the patient to us.",
        "Because the patient is sensitized to five unrelated groups of allergens, the extract must be split into "
        "two maintenance vials to avoid protease degradation, and each vial set of 10 doses is billed as 10 units "
        "per vial. This is why 2026 preparation units exceed your yearly limit of 150.",
        "Please make an exception to the unit limit and pay the units denied on the claim at right. The "
        f"injections are given in our office by {PA} under my supervision.",
        f"Sincerely,\n\n{MD}\nBoard certified, allergy and immunology",
    ]
    right = [("Patient", name), ("Date of birth", fdate(_dob(rng), "slash")), ("Member ID", ids["mid"]),
             ("Group", ids["grp"]), ("Claim", claim), ("Your letter dated", fdate(od, "slash")),
             ("Date of service", fdate(dos, "slash")), ("Service", "95165 x 60 units"),
             ("Referring physician", PCP), ("Treating allergist", MD), ("NPI", digits(rng, 10))]
    p.two_col(left, right, size=10, rsize=8.5)
    t = truth("other", None, insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=name, cases=[claim],
              service_dates=[span(dos)], denial_date=ld.isoformat(), provider=MD,
              alternates={"insurer": [None], "provider": [PRACTICE]})
    return out(p), t


def rotated_appeal(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    nd = dt.date(2026, 4, 13) + dt.timedelta(days=rng.randint(0, 20))
    rec = plus(nd, -rng.randint(20, 30))
    dos = plus(nd, -rng.randint(60, 75))
    claim = _claim(rng) + "-01"
    appeal = f"APL-26-{digits(rng, 3)}-S{digits(rng, 3)}"
    amt = round(60 * rng.choice([19.5, 21.25, 22.0]), 2)
    p = Sheet2(footer="Page {n} of {nb}")
    p.set_margins(24, 16, 24)
    p.add_page()
    _lh(p, rng, "Appeals and Grievances")
    p.line(fdate(nd, "abbr"), 10)
    p.ln(3)
    for ln in [name, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.pairs([("Member ID", ids["mid"]), ("Group", ids["grp"]), ("Claim / line", claim), ("Provider", MD),
             ("Date of service", fdate(dos, "iso")), ("Billed", money(amt)), ("Appeal received", fdate(rec, "iso"))],
            label_w=38, size=9.5, h=5)
    p.ln(3)
    p.para(f"Dear {first} {last}:", 10)
    w = p.w - p.l_margin - p.r_margin
    p.f(10)
    p.multi_cell(w, 4.7, f"This letter gives our decision on your first-level appeal, number {appeal[:7]}",
                 new_x="LMARGIN", new_y="NEXT")
    p.multi_cell(w, 4.7, f"{appeal[7:]}, about the allergy extract preparation units on the claim above.",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para("Decision: we upheld the decision. An allergist who took no part in the first decision reviewed the "
           "letter of medical necessity and the records. Your plan covers 150 units of antigen preparation in a "
           f"plan year (policy {POLICY}). The 30 units over that limit are a benefit limit in your certificate of "
           "coverage (Section 5.12) and cannot be paid, whatever the reason for the extra vials.", 10)
    p.para("You may ask for a second-level appeal within 60 days of the date of this letter. After the final "
           "decision you may ask for an external review within 4 months. Call 1-888-555-"
           f"{digits(rng, 4)} (TTY 711).", 10)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=name, cases=[claim, appeal], claim_amount=m2(amt), service_dates=[span(dos)],
              denial_date=nd.isoformat(), provider=MD, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"case_numbers": [[claim[:-3], appeal], [appeal]], "provider": [PRACTICE]})
    return out(p), t


def lowres_preservice(rng):
    ids = _ids(rng)
    name = person(rng)[0]
    nd = dt.date(2026, 5, 4) + dt.timedelta(days=rng.randint(0, 20))
    rec = plus(nd, -rng.randint(3, 6))
    plan_d = plus(nd, rng.randint(7, 14))
    req = f"PA-{digits(rng, 4)}-B{digits(rng, 4)}"
    p = Sheet2(footer="Page {n} of {nb}", footer_left="LMHP-UM-NOD-2")
    p.set_margins(18, 14, 18)
    p.add_page()
    _lh(p, rng, "Utilization Management")
    p.line(f"Notice of adverse benefit determination  -  {fdate(nd, 'slash')}", 11, "B")
    p.ln(2)
    p.boxed_pairs([("Member", name), ("Member ID", ids["mid"]), ("Group", ids["grp"]), ("Request number", req),
                   ("Requesting provider", MD), ("Referring provider", PCP), ("Supervising physician", MD),
                   ("Place of service", "Bayberry Allergy - Westfield office"),
                   ("Service", "95165 antigen preparation, new vial set, 40 units"),
                   ("Planned preparation date", fdate(plan_d, "slash")), ("Request received", fdate(rec, "slash"))],
                  label_w=58, size=9)
    p.para("We did not approve this request. Your plan covers 150 units of antigen preparation each plan year and "
           "150 units have already been paid for 2026. Units over the yearly limit are not a covered benefit "
           f"(policy {POLICY}). Injections given by {PA} from vials already prepared are not affected.", 9.5)
    p.para("You may appeal within 180 days of the date of this notice. An urgent appeal is decided within 72 "
           f"hours. Member Services 1-888-555-{digits(rng, 4)}, TTY 711.", 9.5)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=name, cases=[req], service_dates=[span(plan_d)], denial_date=nd.isoformat(), provider=MD,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"service_dates": [[]], "provider": [PRACTICE]})
    return out(p), t


def stack(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    nd = dt.date(2026, 4, 6) + dt.timedelta(days=rng.randint(0, 10))
    base = dt.date(2026, 3, 3)
    ds = [base, plus(base, 7), plus(base, 14)]
    paid_prev = plus(base, -7)
    claim = _claim(rng)
    per = rng.choice([32.0, 36.5, 41.25])
    amt = round(per * 3, 2)
    p = Sheet2(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _lh(p, rng, "Claims Department")
    p.line("Claim decision", 12, "B")
    p.ln(1)
    p.pairs([("Notice date", fdate(nd, "dmy")), ("Member", name), ("ID", ids["mid"]), ("Claim", claim),
             ("Billed", money(amt))], label_w=30, size=9.5, h=5)
    p.ln(2)
    p.para(f"Dear {first} {last}: {PA} of {PRACTICE} gave you maintenance allergy injections on "
           f"{days_sentence(ds)} ({fdate(ds[0], 'slash')}, {fdate(ds[1], 'slash')}, {fdate(ds[2], 'slash')}). "
           f"We cannot pay for them. Your last covered injection was on {fdate(paid_prev, 'slash')}, and the plan "
           "covers maintenance injections no more often than once every 14 days. Weekly maintenance injections "
           "are not covered.", 10)
    p.para(f"You may appeal within 180 days of the date of this notice. Call 1-888-555-{digits(rng, 4)} "
           "(TTY 711).", 10)
    doc1 = (out(p), truth("denial_letter", "not_covered", insurer=PLAN, member_id=ids["mid"], member_name=name,
                          cases=[claim], claim_amount=m2(amt), service_dates=[span(d) for d in ds],
                          denial_date=nd.isoformat(), provider=PA, appeal_deadline=plus(nd, 180).isoformat(),
                          alternates={"provider": [PRACTICE, MD]}, denial_alternates=["medical_necessity"]))
    ld = plus(nd, rng.randint(4, 10))
    q = Sheet2(footer=None, serif=True)
    q.set_margins(26, 22, 26)
    q.add_page()
    q.line(name, 10.5)
    for a in address(rng):
        q.line(a, 10.5)
    q.ln(4)
    q.line(fdate(ld, "abbr"), 10.5)
    q.ln(4)
    q.line(f"{PLAN}, Member Services", 10.5)
    q.ln(4)
    q.para(f"Member ID {ids['mid']}. I am writing about claim {claim}. My allergist moved me to weekly shots "
           "because I had a reaction when they were two weeks apart. Nobody told me the plan would not pay. "
           "Please send me the policy and tell me what my doctor should send for an appeal.", 10.5)
    q.para(f"My phone is 608-555-{digits(rng, 4)}.\n\nThank you,\n{first} {mi}. {last}", 10.5)
    doc2 = (out(q), truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=name, cases=[claim],
                          denial_date=ld.isoformat(), alternates={"insurer": [None]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_units_claim_denial_inset_footnote", "born_digital", [bd_units(rng)]),
        Item(F + "faxstd_eob_claim_blocks_continuation", "fax_standard_g4", [faxstd_eob(rng)]),
        Item(F + "photo_allergist_statement_many_dates", "phone_photo", [photo_statement(rng)]),
        Item(F + "scan300_letter_of_medical_necessity_two_column", "scan_clean_300", [scan300_lmn(rng)]),
        Item(F + "rotated_appeal_upheld_line_suffix", "rotated", [rotated_appeal(rng)]),
        Item(F + "lowres_preservice_vial_set_denial_roles", "scan_lowres_150", [lowres_preservice(rng)]),
        Item(F + "copy_stack_frequency_denial_and_member_letter", "photocopy", stack(rng),
             separators=["blank", None], turns={(1, 0): 90}),
    ]
