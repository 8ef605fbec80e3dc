"""An invented commercial plan (Larkspur Summit Health Plan) refusing intensive cardiac rehabilitation (ICR)
sessions over its limit of 36 sessions a plan year, with the rehab program's statement and the cardiologist's
letter of medical necessity; claims shown as stacked "Claim 1 of 3" blocks. Every plan, program, person and number
is invented.

Documents (8 in 7 files):
- scan300_eob_stacked_claim_blocks: EOB whose claims are three stacked blocks (claim number, provider, From / Thru
  as a two-digit-year span, billed with a footnote mark, status); the second block is denied over the limit.
- faxs_provider_letter_session_dates_two_pages: letter to the program under a typed fax header line on both
  pages, 8 pt type, grey bands, the denied sessions "on March 3, 5 and 10, 2026" in a sentence, a claim number
  with a line suffix (-01), supervising physician, billing and facility roles, the session table on a
  continuation page below a repeated member / claim header.
- bd_program_statement_from_thru_columns: the program's patient statement with From and Thru in separate columns,
  the insurance denial posted as a line (denies nothing).
- photo_preservice_extension_denial_two_pages: two-page pre-service denial of 18 more sessions (requested by the
  cardiologist, DO), 72-hour and external review decoys, photographed.
- rotated_upheld_appeal_inset_box: appeal decision upholding the denial, a claim summary in an inset box inside the
  prose, billed amount with a footnote mark, the appeal number split at a hyphen over a line end; fed sideways.
- lowres_two_column_adjusted_claim_denial: two-column letter to the member, facts in the right column, the claim
  adjusting an earlier claim.
- copy_stack_denial_and_medical_necessity_letter: a short claim denial, its duplex back, then the cardiologist's
  letter of medical necessity (denies nothing) turned sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddg_famdge import dmy_upper, nth
from kit_rounddh_famdha import DSheet, day_list, short_span
from public_kit import address, amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "intensive_cardiac_rehab_session_limit_claim_blocks_eob"
LANG = "en"
SEED = 351200
PLAN = "Larkspur Summit Health Plan"
PROGRAM = "Cottonwood Heart Institute"
PROGRAM_LONG = "Cottonwood Heart Institute Intensive Cardiac Rehabilitation Program"
SUPERVISOR = "Ezra Kalinowski, DO"
CARDIO = "Dr. Priyanka Noorani, DO"
FACILITY = "Mesa Verde Regional Hospital Outpatient Pavilion"
POLICY = "LSHP-CP-REH-044"


def _ids(rng):
    return {"mid": f"LSZ{digits(rng, 3)}O{digits(rng, 4)}", "grp": f"G-{digits(rng, 5)}",
            "plan": f"EPO-{rng.choice('ABC')}{digits(rng, 2)}"}


def _claim(rng):
    return f"{digits(rng, 2)}{rng.choice('ABDE')}{digits(rng, 3)}I{digits(rng, 5)}"


def _dob(rng):
    return dt.date(rng.randint(1948, 1968), rng.randint(1, 12), rng.randint(1, 28))


def _lh(p: DSheet, rng, dept: str, y: float | None = None):
    if y is not None:
        p.set_y(y)
    p.f(15, "B")
    p.set_text_color(40, 70, 40)
    p.cell(0, 7, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.f(7.5)
    p.cell(0, 4, f"{dept}  |  PO Box {rng.randint(1000, 9999)}, Boise ID 837{rng.randint(10, 99)}  |  "
           f"1-866-555-{digits(rng, 4)} (TTY 711)", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)


def scan300_eob(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    sd = dt.date(2026, 3, 23) + dt.timedelta(days=rng.randint(0, 20))
    a1 = plus(sd, -rng.randint(40, 46))
    b1 = plus(a1, 13)
    a2 = plus(b1, 2)
    b2 = plus(a2, 9)
    d3 = plus(b2, rng.randint(2, 5))
    c1, c2, c3 = _claim(rng), _claim(rng), _claim(rng)
    v1, v2, v3 = amount(rng, 1300, 1900), amount(rng, 900, 1400), amount(rng, 180, 320)
    p = DSheet(footer="Page {n} of {nb}", footer_left=f"{name}  |  ID {ids['mid']}  |  THIS IS NOT A BILL")
    p.set_margins(16, 12, 16)
    p.add_page()
    _lh(p, rng, "Explanation of Benefits")
    p.right_block([("Statement date:", fdate(sd, "abbr")), ("Member:", name), ("Member ID:", ids["mid"]),
                   ("Group:", ids["grp"]), ("Plan:", ids["plan"])], w=96, size=8.8)
    p.ln(2)
    p.line(f"Subscriber: {person(rng)[1]} {last} (spouse)    Plan year 01/01/2026 - 12/31/2026", 8.5)
    p.ln(2)
    p.band("Claims processed for you", 9.5)
    p.claim_block("Claim 1 of 3", [("Claim number", c1), ("Provider", PROGRAM),
                                   ("Dates (From - Thru)", short_span(a1, b1)),
                                   ("Billed", money(v1) + "*"), ("Status", "Paid - sessions 25-32 of 36")])
    p.claim_block("Claim 2 of 3", [("Claim number", c2), ("Provider", PROGRAM),
                                   ("Dates (From - Thru)", short_span(a2, b2)),
                                   ("Billed", money(v2) + "*"), ("Plan paid", "$0.00"),
                                   ("Status", "DENIED - remark L36")])
    p.claim_block("Claim 3 of 3", [("Claim number", c3), ("Provider", f"{CARDIO[4:]} (cardiology office visit)"),
                                   ("Dates (From - Thru)", short_span(d3, d3)),
                                   ("Billed", money(v3)), ("Status", "Paid")])
    p.para("* ICR sessions billed as G0422 (with exercise) and G0423 (without exercise), up to two a day.", 8)
    p.band("Remark L36", 9)
    p.para(f"Your plan covers up to 36 intensive cardiac rehabilitation sessions a plan year (policy {POLICY}). "
           f"Claim 2 ({fdate(a2, 'long')} through {fdate(b2, 'long')}) is for sessions 37 to 44, which are over "
           "this limit and are not covered. The program may bill you.", 8.8)
    p.para("You may appeal within 180 days of the date of this statement. Deductible met: $1,500 of $1,500.", 8.8)
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"], member_id=ids["mid"],
              member_name=name, cases=[c2], claim_amount=m2(v2), service_dates=[span(a2, b2)],
              denial_date=sd.isoformat(), provider=PROGRAM, appeal_deadline=plus(sd, 180).isoformat())
    return out(p), t


def faxs_provider(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    nd = dt.date(2026, 3, 30) + dt.timedelta(days=rng.randint(0, 14))
    ds = [dt.date(2026, 3, 3), dt.date(2026, 3, 5), dt.date(2026, 3, 10)]
    claim = f"{digits(rng, 4)}-{digits(rng, 6)}-01"
    acct = f"CHI{digits(rng, 7)}"
    prev = f"{digits(rng, 4)}-{digits(rng, 6)}-00"
    per = amount(rng, 140, 190)
    tot = round(per * 6, 2)
    p = DSheet(footer="Page {n} of {nb}")
    p.faxhdr = (f"{dmy_upper(nd)} 15:{rng.randint(10, 59)}  LARKSPUR SUMMIT PROV SVCS  208-555-{digits(rng, 4)}"
                f"  TO 208-555-{digits(rng, 4)}  PG {{n}}")
    p.runhead = f"Patient {name}  |  Member ID {ids['mid']}  |  Claim {claim}  (page 2)"
    p.set_margins(16, 12, 16)
    p.add_page()
    _lh(p, rng, "Provider Claims Services", y=11)
    p.line(fdate(nd, "long"), 8.5)
    p.ln(2)
    for ln in [PROGRAM_LONG, "Billing office", *address(rng)]:
        p.line(ln, 8.5)
    p.ln(2)
    p.band("CLAIM DENIAL - SESSION LIMIT REACHED", 8.5)
    p.shaded_rows([("Patient", name), ("Member ID", ids["mid"]), ("Group", ids["grp"]), ("Claim number", claim),
                   ("Your patient account", acct), ("Billing / pay-to provider", PROGRAM),
                   ("Supervising physician", SUPERVISOR), ("Ordering physician", CARDIO),
                   ("Place of service", FACILITY), ("Total billed", money(tot))], label_w=48, size=8)
    p.para(f"We processed the claim above for intensive cardiac rehabilitation sessions your program gave the "
           f"patient on {day_list(ds)}, two sessions each day. Our records show 36 covered sessions already paid "
           f"this plan year, the last on claim {prev}. The plan covers no more than 36 ICR sessions in a plan "
           f"year (medical policy {POLICY}), so the six sessions on this claim are denied as over the benefit "
           "limit. Do not bill the member unless the member agreed in writing before the sessions.", 8)
    p.para("You may file a provider appeal within 60 days of the date of this letter. Send the session log and "
           "any records supporting an exception. The member's own appeal rights are explained on the member's "
           "EOB.", 8)
    p.add_page()
    p.band("Sessions on this claim", 8.5)
    rows = []
    for d in ds:
        for code in ("G0422", "G0422"):
            rows.append([fdate(d, "slash"), code, "1", money(per, "nosign"), "0.00", "L36"])
    p.table(["Date of service", "HCPCS", "Units", "Billed", "Paid", "Remark"], rows, [32, 24, 16, 26, 22, 20],
            size=8)
    p.para("L36  Benefit maximum reached: intensive cardiac rehabilitation, 36 sessions per plan year.", 8)
    p.para(f"Provider services 1-866-555-{digits(rng, 4)}. Patient date of birth on the claim: "
           f"{fdate(_dob(rng), 'slash')}.", 8)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=name, cases=[claim], claim_amount=m2(tot), service_dates=[span(d) for d in ds],
              denial_date=nd.isoformat(), provider=PROGRAM, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"provider": [SUPERVISOR], "service_dates": [[span(ds[0], ds[-1])]]})
    return out(p), t


def bd_statement(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    sd = dt.date(2026, 4, 14) + dt.timedelta(days=rng.randint(0, 10))
    w = [plus(sd, -rng.randint(60, 64))]
    for _ in range(3):
        w.append(plus(w[-1], 7))
    claim = _claim(rng)
    acct = f"CHI{digits(rng, 7)}"
    per = amount(rng, 140, 190)
    p = DSheet(footer=None)
    p.set_margins(16, 14, 16)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 6, PROGRAM, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Intensive Cardiac Rehabilitation  |  at {FACILITY}  |  Billing 208-555-{digits(rng, 4)}  |  "
           f"Tax ID 82-{digits(rng, 7)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.line("PATIENT STATEMENT", 12, "B")
    p.pairs([("Statement date", fdate(sd, "slash")), ("Patient", name), ("Account", acct),
             ("Insurance", f"{PLAN}  ID {ids['mid']}"), ("Insurance claim", claim),
             ("Supervising physician", SUPERVISOR)], label_w=44, size=9.5, h=5)
    p.ln(2)
    rows, tot = [], 0.0
    for i, a in enumerate(w):
        b = plus(a, 4)
        n = 4
        chg = round(per * n, 2)
        tot += chg
        rows.append([fdate(a, "slash"), fdate(b, "slash"), f"ICR sessions {37 + i * 4}-{40 + i * 4}", str(n),
                     money(chg, "nosign")])
    tot = round(tot, 2)
    rows += [["", "", "Insurance denied - benefit limit (36 sessions)", "", "0.00"],
             ["", "", "Balance due from patient", "", money(tot)]]
    p.table(["From", "Thru", "Description", "Sessions", "Charges"], rows, [26, 26, 90, 18, 24], size=8.8,
            aligns=["L", "L", "L", "C", "R"], bold_last=True)
    p.para(f"Your insurance did not pay these sessions. Please pay {money(tot)} by {fdate(plus(sd, 30), 'slash')} "
           "or call us about a payment plan or our financial assistance policy.", 9)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=name, cases=[claim],
              claim_amount=m2(tot), service_dates=[span(w[0], plus(w[-1], 4))], denial_date=sd.isoformat(),
              provider=PROGRAM, unscored=["insurer"])
    return out(p), t


def photo_preservice(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    nd = dt.date(2026, 3, 18) + dt.timedelta(days=rng.randint(0, 14))
    rec = plus(nd, -3)
    s = plus(nd, rng.randint(5, 9))
    e = plus(s, 41)
    req = f"PA{digits(rng, 2)}-{digits(rng, 5)}"
    p = DSheet(footer="Page {n} of {nb}", footer_left="LSHP-UM-ICR-2")
    p.runhead = f"{name}  |  {ids['mid']}  |  Request {req}"
    p.set_margins(20, 14, 20)
    p.add_page()
    _lh(p, rng, "Utilization Management")
    p.line(f"Notice of denial - {fdate(nd, 'long')}", 11.5, "B")
    p.ln(2)
    p.boxed_pairs([("Member", name), ("Member ID", ids["mid"]), ("Plan", ids["plan"]), ("Request number", req),
                   ("Requested by", CARDIO), ("Program", PROGRAM), ("Service", "18 additional ICR sessions (G0422)"),
                   ("Requested dates", f"{fdate(s, 'slash')} - {fdate(e, 'slash')}"),
                   ("Received", fdate(rec, "slash"))], label_w=44)
    p.para(f"Your doctor asked us to cover 18 more intensive cardiac rehabilitation sessions from "
           f"{fdate(s, 'long')} through {fdate(e, 'long')}. You have used the 36 sessions your plan covers "
           "this plan year. Your plan does not cover sessions over this limit, and the records do not show a new "
           "cardiac event that would start a new episode of care. We denied the request.", 9.5)
    p.para("Continued on page 2.", 9)
    p.add_page()
    p.heading("Your right to appeal", 11)
    p.para("You may appeal within 180 days of the date of this notice. If waiting could seriously harm your "
           "health, ask for an expedited appeal; we decide expedited appeals within 72 hours. After our appeal "
           "you may ask for an external review by an independent review organization within 4 months.", 9.5)
    p.para(f"Call 1-866-555-{digits(rng, 4)} (TTY 711). You may ask for the criteria we used (policy {POLICY}).",
           9.5)
    t = truth("denial_letter", "not_covered", insurer=PLAN, plan_id=ids["plan"], member_id=ids["mid"],
              member_name=name, cases=[req], service_dates=[span(s, e)], denial_date=nd.isoformat(),
              provider=CARDIO, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"provider": [PROGRAM], "service_dates": [[span(s)], []]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def rotated_appeal(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    nd = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 15))
    a = plus(nd, -rng.randint(55, 70))
    b = plus(a, 11)
    claim = _claim(rng)
    pre, post = "APL-26-", digits(rng, 6)
    appeal = pre + post
    amt = amount(rng, 1100, 2400)
    p = DSheet(serif=True, footer="{n}/{nb}")
    p.set_margins(24, 18, 24)
    p.add_page()
    _lh(p, rng, "Appeals and Grievances")
    p.line(fdate(nd, "dmy"), 10)
    p.ln(2)
    p.para(f"Dear {first} {last}:", 10)
    w = p.w - p.l_margin - p.r_margin
    p.f(10)
    p.multi_cell(w, 4.7, "We have finished reviewing your first-level appeal, which we logged as appeal number "
                 + pre, new_x="LMARGIN", new_y="NEXT")
    p.multi_cell(w, 4.7, f"{post}. It concerns the claim summarized here:", new_x="LMARGIN", new_y="NEXT")
    p.inset("Claim under appeal", [("Member", name), ("Member ID", ids["mid"]), ("Claim", claim),
                                   ("Program", PROGRAM_LONG[:26]), ("Sessions", f"{fdate(a, 'slash')} - {fdate(b, 'slash')}"),
                                   ("Billed", money(amt) + "*")], w=110)
    p.para("A cardiologist who took no part in the first decision reviewed the appeal. **Decision: upheld.** "
           "Your certificate of coverage limits intensive cardiac rehabilitation to 36 sessions a plan year, and "
           "these sessions were numbers 37 to 48. The limit applies even when the program's physician believes "
           "more sessions would help.", 10)
    p.para("You may ask for a second-level appeal within 60 days of the date of this letter, or for an external "
           "review within 4 months. Call 1-866-555-" + digits(rng, 4) + " (TTY 711).", 10)
    p.f(8)
    p.multi_cell(w, 4, f"* Billed by {PROGRAM}; sessions supervised by {SUPERVISOR}.", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "not_covered", insurer=PLAN, member_id=ids["mid"], member_name=name,
              cases=[appeal, claim], claim_amount=m2(amt), service_dates=[span(a, b)], denial_date=nd.isoformat(),
              provider=PROGRAM, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"case_numbers": [[appeal]], "provider": [SUPERVISOR]})
    return out(p), t


def lowres_two_column(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    nd = dt.date(2026, 4, 8) + dt.timedelta(days=rng.randint(0, 12))
    a = plus(nd, -rng.randint(30, 40))
    b = plus(a, 6)
    claim, old = _claim(rng), _claim(rng)
    amt = amount(rng, 500, 900)
    p = DSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    _lh(p, rng, "Member Claims")
    p.line(fdate(nd, "abbr"), 10)
    p.ln(2)
    for ln in [name, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    left = [f"Dear {first} {last},",
            f"{PROGRAM} sent us a corrected claim for your intensive cardiac rehabilitation. The corrected claim "
            "replaces an earlier claim, which we have reversed.",
            "We cannot pay the corrected claim. It adds four sessions after you had used the 36 sessions your "
            "plan covers each plan year. Sessions over the limit are not covered.",
            "You may appeal within 180 days of the date of this letter. You may also ask for a free copy of "
            f"the policy we used ({POLICY}).",
            f"Questions: 1-866-555-{digits(rng, 4)}, TTY 711."]
    right = [("Member ID", ids["mid"]), ("Group", ids["grp"]), ("Claim number", claim),
             ("Adjusts claim", old), ("Provider", PROGRAM), ("Facility", FACILITY),
             ("Service dates", f"{fdate(a, 'slash')} thru {fdate(b, 'slash')}"), ("Amount billed", money(amt)),
             ("We paid", "$0.00"), ("Date of birth", fdate(_dob(rng), "slash"))]
    p.two_col(left, right, split=0.56, size=10, rsize=9)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=name, cases=[claim], claim_amount=m2(amt), service_dates=[span(a, b)],
              denial_date=nd.isoformat(), provider=PROGRAM, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"case_numbers": [[claim, old]]})
    return out(p), t


def stack_docs(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    nd = dt.date(2026, 4, 2) + dt.timedelta(days=rng.randint(0, 10))
    d1 = plus(nd, -rng.randint(20, 26))
    claim = _claim(rng)
    amt = amount(rng, 280, 380)
    p = DSheet(footer=None)
    p.set_margins(20, 16, 20)
    p.add_page()
    _lh(p, rng, "Claims")
    p.line("Claim determination", 12, "B")
    p.pairs([("Notice date", fdate(nd, "slash")), ("Member", name), ("ID", ids["mid"]), ("Claim", claim),
             ("Provider", PROGRAM), ("Service", "ICR sessions 37 and 38 (G0422 x2)"),
             ("Date of service", fdate(d1, "abbr")), ("Billed", money(amt)), ("Paid", "$0.00")], label_w=34, size=9.5)
    p.ln(2)
    p.para("These sessions are over your plan's limit of 36 intensive cardiac rehabilitation sessions a plan year "
           "and are not covered. You may appeal within 180 days of the date of this notice.", 9.5)
    doc1 = (out(p), truth("denial_letter", "not_covered", insurer=PLAN, member_id=ids["mid"], member_name=name,
                          cases=[claim], claim_amount=m2(amt), service_dates=[span(d1)], denial_date=nd.isoformat(),
                          provider=PROGRAM, appeal_deadline=plus(nd, 180).isoformat()))
    ld = plus(nd, rng.randint(4, 8))
    ev = plus(ld, -rng.randint(90, 120))
    q = DSheet(footer=None, serif=True)
    q.set_margins(24, 20, 24)
    q.add_page()
    q.f(13, "B")
    q.cell(0, 6, "Noorani Heart Associates", new_x="LMARGIN", new_y="NEXT")
    q.f(8)
    q.cell(0, 4, f"Cardiology  |  208-555-{digits(rng, 4)}  |  Fax 208-555-{digits(rng, 4)}  |  NPI "
           f"{digits(rng, 10)}", new_x="LMARGIN", new_y="NEXT")
    q.ln(5)
    q.line(fdate(ld, "long"), 10)
    q.ln(3)
    q.line(f"{PLAN} - Appeals", 10)
    q.ln(3)
    q.line("LETTER OF MEDICAL NECESSITY", 11, "B")
    q.ln(2)
    q.para(f"Re: {name}, member ID {ids['mid']}, claim {claim}", 10)
    q.para(f"My patient had a non-ST-elevation myocardial infarction on {fdate(ev, 'long')} followed by "
           "stenting, and has heart failure with reduced ejection fraction. She completed 36 intensive cardiac "
           "rehabilitation sessions at " + PROGRAM + " but her six-minute walk distance is still under 300 "
           "meters and she has not reached her weight and blood-pressure goals.", 10)
    q.para("I ask that the plan make an exception to its session limit and cover up to 36 more sessions. "
           "Ending the program now puts her at real risk of readmission.", 10)
    q.para(f"Sincerely,\n\n{CARDIO}\nNoorani Heart Associates", 10)
    doc2 = (out(q), truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=name, cases=[claim],
                          denial_date=ld.isoformat(), provider=CARDIO,
                          alternates={"insurer": [None], "provider": [PROGRAM]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "scan300_eob_stacked_claim_blocks", "scan_clean_300", [scan300_eob(rng)]),
        Item(F + "faxs_provider_letter_session_dates_two_pages", "fax_standard_g4", [faxs_provider(rng)]),
        Item(F + "bd_program_statement_from_thru_columns", "born_digital", [bd_statement(rng)]),
        Item(F + "photo_preservice_extension_denial_two_pages", "phone_photo", [photo_preservice(rng)]),
        Item(F + "rotated_upheld_appeal_inset_box", "rotated", [rotated_appeal(rng)]),
        Item(F + "lowres_two_column_adjusted_claim_denial", "scan_lowres_150", [lowres_two_column(rng)]),
        Item(F + "copy_stack_denial_and_medical_necessity_letter", "photocopy", stack_docs(rng),
             separators=["duplex", None], turns={(1, 0): 90}),
    ]
