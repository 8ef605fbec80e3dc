"""Papers mirrored (structure and plain wording style only) from a state's Basic Health Program, the coverage a state
may offer under section 1331 of the Affordable Care Act to adults aged 19 to 64 whose income is above the Medicaid
limit and up to twice the federal poverty level (as New York's Essential Plan, Minnesota's MinnesotaCare and
Oregon's bridge plan do), as an invented state, the State of Tamarack, and its invented program, the Tamarack Bridge
Plan, send them: the state agency's notice of eligibility, its managed care plan's notices of action on prior
approval requests and claims, a remittance for a community health center, a statement from a hospital's sleep
center and a decision after a fair hearing.

Public rules used as themselves: the Basic Health Program for adults above the Medicaid income limit and up to 200%
of the federal poverty level who are not eligible for Medicaid, Medicare or affordable employer coverage; coverage
through a managed care plan chosen at enrollment; a list of covered benefits; a plan appeal first and then a state
fair hearing; CPT codes and the claim adjustment reason code 29 as themselves. Invented: the State of Tamarack and its
towns, the Tamarack Health Care Authority, its Board of Hearing Examiners, the Bridge Plan's plan codes (BR-A, BR-B)
and premium, the managed care plan Fernwell Community Health Plan, the billing company Quillfeather Revenue Cycle
Partners, every clinic, hospital, department, supplier, doctor, enrollee, representative, number, remark code, form
number, rule citation and every time limit (60 days for a plan appeal, 90 days for a provider's reconsideration, 90
days for the hearing request, 30 days for court review, a printed date on the sleep study notice), phones 555. No
heading names the kind of refusal; each reason is told in plain words.

Documents (8 in 7 files):
- born_digital_eligibility_approval_authorized_representative_kv_box: the agency's notice of eligibility sent to an
  authorized representative (his daughter) for an enrollee approved from 2026-04-01, a two-column key/value box with
  the captions in a shaded left column (Case no., Enrollee # "QX4 77O2 19"-shaped with look-alike letters, Plan code),
  ISO dates, a premium in USD beside "this is not a bill", the covered and not covered lists and a "Revised 11/2024"
  form line (denies nothing; the hearing limit is a fair-hearing limit).
- clean_prior_approval_mri_tear_off_slip: the plan's notice of action on a lumbar MRI asked for by a family doctor and
  to be done in a hospital's radiology department, the request number printed with dashes in the box and without them
  on the tear-off appeal slip, which also repeats the IDs and the plan's P.O. box (medical_necessity, told as "an MRI
  now would not change the care"; +60 days).
- finefax_landscape_billing_company_remittance_late_first_claim: a landscape remittance that a billing company prints
  for a community health center, fifteen narrow columns in a condensed face, patients' names and Enrollee #s broken
  over two lines, "13MAY26" remit date, an EFT trace and a check-style number as decoys, one claim of six refused
  under code 29 and the plan's remark F90 (timely_filing; +90 days from the remit date).
- photocopy_prose_only_wife_visit_after_enrollment_ended: a letter with no key/value block at all to a husband about
  his wife's walk-in clinic visit on "the 4th of March 2026", the charge in words and digits, her number and the claim
  number only in sentences, her Bridge enrollment ended on February 28 when she took a job with health coverage her
  employer offers (eligibility; +60 days; the Authority's hearing as a decoy limit).
- phone_es_dermatologia_sin_convenio_historial: a photographed Spanish notice refusing a dermatology visit and biopsy
  at a clinic across the state line with no agreement with the plan, "1.284,50" in the table and "US$ 1,284.50" in the
  text, dates "4 de marzo de 2026", a claims-history box with an older paid claim as a decoy (out_of_network;
  "dentro de los 60 días").
- rotated_hearing_decision_foot_orthotics_docket: the Board of Hearing Examiners' decision and order fed sideways,
  values over their captions in ruled cells (Docket no., Matter no., date of decision, mailed date), the appellant's
  representative named at the top, numbered findings, upholding the plan's refusal of custom foot orthotics that the
  benefit list allows only for diabetes (not_covered; only court review is left: null).
- stdfax_stack_cover_sleep_center_statement_then_notice_upside_down: a standard-fax stack of a fax cover sheet, the
  hospital sleep center's statement to the patient (account number, a paid consultation in a history box, insurance
  "denied" note, balance; denies nothing) and the plan's two-page notice refusing the overnight sleep study that
  nobody cleared with the plan beforehand, the claim number in two formats, page 2 upside down (prior_authorization;
  "no later than June 1, 2026").
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeg_famke import (EGSheet, apos, dmy, dname, dollars, es_date, eu, iso, kin, last_first, long,
                               lookalike, n2, nospace, npi, ord_of, paren, people, phone, slash, stamp, surname,
                               toll, usd, words, yy)
from public_kit import digits, m2, out, plus, truth

FAMILY = "state_basic_health_bridge_plan_notices_of_action_benefit_list_prior_approvals_and_hearing_decisions"
LANG = "en"
SEED = 354964
STATE = "State of Tamarack"
AGENCY = "Tamarack Health Care Authority"
PROGRAM = "Tamarack Bridge Plan"
PLAN = "Fernwell Community Health Plan"
ALT_AG = ["Tamarack Bridge Plan", "Tamarack Health Care Authority Board of Hearing Examiners"]
ALT_PLAN = ["Fernwell", "Fernwell Community Health", PROGRAM]
AG_SUB = "Bridge Plan, the state's Basic Health Program for adults  \u2022  Medicaid  \u2022  Eligibility Services"
PLAN_TAG = "A Tamarack Bridge Plan health plan"


def enrollee_no(rng) -> str:
    """The Authority's enrollee number: 9 characters, grouped 3-4-2, with letters a reader may take for digits."""
    return lookalike(rng, rng.choice(["LLD DoDD Do", "LoD DDoD DD", "LLo DDDo DD"]))


def _ag_lines(rng) -> list[str]:
    return ["PO Box 2270, Larch Falls, TK 58102-2270", "bridgeplan.tamarack.example",
            f"Customer service {toll(rng)}", f"TTY 711  \u2022  Fax {phone(rng, '701')}"]


def _plan_head(p, rng, box=None, es=False):
    lines = ([f"Servicios al afiliado {toll(rng)}", "TTY 711  \u2022  lunes a viernes, 8 a 6",
              "fernwellhealth.example/puente"] if es else
             [f"Member services {toll(rng)}", "TTY 711  \u2022  Mon-Fri 8 a.m.-6 p.m.", "fernwellhealth.example"])
    p.plan_head(PLAN, "Un plan de salud del Tamarack Bridge Plan" if es else PLAN_TAG, lines, "FW", box=box)


# --- 1. Eligibility approval sent to an authorized representative (born digital) ---------------------------------
def bd_approval(rng):
    enrollee, daughter, worker = people(rng, 3, sex="MF.")
    daughter = kin(daughter, enrollee)
    eno = enrollee_no(rng)
    case = f"TK-2026-{digits(rng, 7)}"
    nd = dt.date(2026, 3, 16)
    got = dt.date(2026, 2, 27)
    start = dt.date(2026, 4, 1)
    due = dt.date(2026, 4, 10)
    p = EGSheet(footer="Page {n} of {nb}", footer_left="THCA 210  Notice of Eligibility  (Revised 11/2024)")
    p.set_margins(18, 12, 18)
    p.add_page()
    p.state_head(STATE, AGENCY, AG_SUB, _ag_lines(rng), box="NOTICE OF ELIGIBILITY DECISION")
    p.f(7.2, "B")
    p.cell(0, 3.6, "SENT TO", new_x="LMARGIN", new_y="NEXT")
    for ln in [daughter, f"Authorized representative for {enrollee}", "2218 Birchwood Terrace, Apt 4",
               "Larch Falls, TK 58104-6617"]:
        p.line(ln, 9.6)
    p.ln(3)
    p.kv_box([("Notice date", iso(nd)), ("Case no.", case), ("Enrollee", enrollee), ("Enrollee #", eno),
              ("Program", PROGRAM), ("Plan code", "BR-B"), ("Health plan", PLAN), ("Coverage begins", iso(start)),
              ("Monthly premium", "USD 20.00  (this is not a bill)")], cap_w=42, size=9.0, title="About this decision")
    p.para(f"Dear {daughter}:", 9.5)
    p.para(f"You asked us to send you the mail about {enrollee}'s health coverage, and he signed the form that lets "
           f"you act for him. We finished looking at the application we received on {iso(got)}.", 9.5)
    p.para(f"**{enrollee} can have the {PROGRAM} starting {long(start)}.** The household income we counted is more "
           "than the limit for Medicaid but not more than the Bridge Plan's limit, he is not offered health coverage "
           "at work, and he does not have Medicare. He will get his health care through the plan named above; its "
           "member card will come from the plan in a separate envelope within two weeks.", 9.5)
    p.para(f"His share of the cost is USD 20.00 a month. The plan will send the first premium bill; it is due by "
           f"{iso(due)}. Do not send money with this notice.", 9.5)
    p.bar("What the Bridge Plan pays for")
    p.columns([("", "Visits to doctors, nurse practitioners and clinics\n"
                    "Hospital stays and emergency care\nLab tests and X-rays; MRI and CT scans the plan clears "
                    "first\nPrescription drugs on the plan's list")],
              [("", "Mental health and substance use care\nOne dental checkup and cleaning a year\n"
                    "One eye exam a year (no glasses or contact lenses)\nRides to appointments when you have no "
                    "other way to get there")], size=8.8)
    p.para("It does not pay for care outside the plan's doctors and clinics unless it is an emergency or the plan "
           "said yes first, cosmetic surgery, hearing aids, or shoe inserts and orthotics for people who do not have "
           "diabetes.", 8.8)
    p.bar("If you disagree")
    p.para("If you think any part of this decision is wrong, you may ask for a hearing. Your request must reach the "
           "Authority's Board of Hearing Examiners within 90 days of the notice date. You may ask by phone, by mail or "
           f"on the website. Questions about this notice: call {worker} at the number above and give the case "
           "number.", 9.2)
    t = truth("other", None, insurer=AGENCY, plan_id="BR-B", member_id=nospace(eno), member_name=enrollee,
              cases=[case], denial_date=iso(nd),
              alternates={"insurer": ALT_AG, "plan_id": [None], "case_numbers": [[]]})
    return out(p), t


# --- 2. Prior approval of a lumbar MRI refused (clean scan, tear-off slip) ----------------------------------------
def clean_mri(rng):
    enrollee, fam_doc, reviewer, sig = people(rng, 4, sex="F...")
    eno = enrollee_no(rng)
    nd = dt.date(2026, 4, 6)
    got = dt.date(2026, 4, 1)
    planned = dt.date(2026, 4, 14)
    mmdd = "0401"
    req = f"26-{mmdd}-{digits(rng, 4)}"
    req2 = req.replace("-", "")
    clinic = "Larch Falls Family Clinic"
    hosp = "St. Aldric Regional Hospital"
    dept = f"Radiology Department, {hosp}"
    p = EGSheet(footer="Page {n} of {nb}", footer_left="FCHP-NOA-07 (rev. 09/2024)")
    p.set_margins(17, 13, 17)
    p.add_page()
    _plan_head(p, rng, box="NOTICE OF ACTION")
    p.line(long(nd), 10)
    p.ln(1.5)
    for ln in [enrollee, "611 Quarry Hill Road", "Port Ellery, TK 58230-1148"]:
        p.line(ln, 9.3)
    p.ln(3)
    p.kv_pair([("Enrollee", enrollee), ("Enrollee #", eno), ("Plan code", "BR-A")],
              [("Request #", req), ("Received", slash(got)), ("Date asked for", slash(planned))], cap_w=24, size=8.8)
    p.para(f"Dear {enrollee}:", 9.6)
    p.para(f"Dr. {fam_doc} at {clinic} asked us to approve an MRI of your lower back. It was to be done at the "
           f"{dept} on {long(planned)}. **We are not approving the MRI at this time.**", 9.6)
    W = p.w - p.l_margin - p.r_margin
    p.grid_table(["What was asked for", "Code", "Asked for by", "Where it would be done", "Our decision"],
                 [["MRI, lumbar spine, without contrast", "72148", f"Dr. {fam_doc}, {clinic}", dept,
                   "Not approved now"]], [50, 14, 40, W - 134, 30], size=8.0, face="Sans")
    p.f(10, "B")
    p.cell(0, 6, "Why", new_x="LMARGIN", new_y="NEXT")
    p.para("The notes from your visit say your back pain began about three weeks before the request, after you moved "
           "furniture. They describe no numbness, no weakness in your legs, no trouble passing urine, no fever and no "
           "fall or injury. For back pain like this, most people are much better within six weeks with walking, "
           "medicine for the pain and physical therapy, and the picture an MRI takes this early does not change what "
           f"the doctor does next. Dr. {reviewer}, a doctor who works for the plan, read the request and the notes.",
           9.8)
    p.para("If the pain is still there after six weeks of therapy, or if something new happens (weakness, numbness, "
           "trouble with your bladder or bowels), your doctor can ask again and we will look at it right away.", 9.3)
    p.f(10, "B")
    p.cell(0, 6, "If you do not agree", new_x="LMARGIN", new_y="NEXT")
    p.para("You or your doctor can ask us to look at this again. This is called an appeal. Your appeal must be sent "
           "within 60 days of the date on this notice. Use the slip at the bottom of this page or call member "
           "services. If we keep our decision, you can then ask the Tamarack Health Care Authority for a hearing. "
           "If waiting could seriously harm your health, ask for a fast appeal and we will answer within 72 hours.",
           9.6)
    p.para(f"{sig}\nUtilization Management, {PLAN}", 9.2)
    p.tear_slip("APPEAL REQUEST  -  return this part",
                [("Enrollee", enrollee), ("Enrollee #", eno), ("Plan code", "BR-A")],
                [("Request no.", req2), ("Service", "MRI lumbar spine 72148"), ("Notice of", slash(nd))],
                ["I want to appeal this decision", "Please call me; my phone is: ____________",
                 "I am sending notes from my doctor"],
                [f"{PLAN}", "Appeals Unit", "P.O. Box 4471", "Larch Falls, TK 58101-4471"])
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, plan_id="BR-A", member_id=nospace(eno),
              member_name=enrollee, cases=[req], service_dates=[iso(planned)], denial_date=iso(nd),
              provider=f"Dr. {fam_doc}", appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": ALT_PLAN, "plan_id": [None], "case_numbers": [[req2], [req, req2]],
                          "provider": [clinic, hosp, dept]})
    return out(p), t


# --- 3. Billing company's remittance for a health center, one late claim (fine fax, landscape) -------------------
def finefax_remit(rng):
    names = people(rng, 8)
    rend = names[:2]
    pats = names[2:8]
    remit = dt.date(2026, 5, 13)
    late_svc = dt.date(2026, 1, 22)
    late_got = dt.date(2026, 4, 28)
    center = "Cedar Bend Community Health Center"
    biller = "Quillfeather Revenue Cycle Partners"
    eft = digits(rng, 10)
    chk = f"{digits(rng, 7)}"
    claims = []
    svc_days = [dt.date(2026, 4, 6), dt.date(2026, 4, 7), late_svc, dt.date(2026, 4, 9), dt.date(2026, 4, 14),
                dt.date(2026, 4, 16)]
    lines_of = [[("99213", "", 1, 168.00, 92.40, 10.00)],
                [("99214", "25", 1, 236.00, 131.10, 10.00), ("90471", "", 1, 38.00, 21.75, 0.00)],
                [("99214", "", 1, 236.00, 0.0, 0.0), ("36415", "", 1, 24.00, 0.0, 0.0),
                 ("85025", "", 1, 41.00, 0.0, 0.0)],
                [("99203", "", 1, 212.00, 118.30, 10.00)],
                [("99395", "", 1, 274.00, 152.80, 0.00)],
                [("99212", "", 1, 121.00, 64.95, 10.00), ("87880", "QW", 1, 46.00, 16.52, 0.00)]]
    for i, (pt, day, lines) in enumerate(zip(pats, svc_days, lines_of)):
        claims.append({"pt": pt, "eno": enrollee_no(rng), "icn": f"26{day.strftime('%j')}{digits(rng, 6)}",
                       "day": day, "lines": lines, "rend": rend[i % 2], "late": day == late_svc,
                       "acct": f"CB{digits(rng, 6)}"})
    heads = ["Patient", "Enrollee #", "Pt acct", "Claim no.", "Svc date", "POS", "Rendering", "CPT", "Mod", "Un",
             "Billed", "Allowed", "Copay", "Paid", "Adj", "Grp / CARC", "Rmk"]
    widths = [31, 14, 16, 22, 15, 9, 24, 11, 9, 7, 15, 15, 12, 15, 15, 15, 12]
    aligns = ["L", "L", "L", "L", "L", "C", "L", "L", "C", "C", "R", "R", "R", "R", "R", "C", "C"]
    rows, shade = [], set()
    tb = ta = tc = tp = tj = 0.0
    for c in claims:
        for j, (cpt, mod, un, billed, allowed, copay) in enumerate(c["lines"]):
            paid = round(allowed - copay, 2)
            adj = round(billed - allowed, 2)
            if c["late"]:
                code, rmk = "CO 29", "F90"
            else:
                code, rmk = "CO 45", ""
            first = j == 0
            rows.append([last_first(c["pt"]) if first else "", c["eno"] if first else "", c["acct"] if first else "",
                         c["icn"] if first else "", yy(c["day"]), "11" if first else "",
                         last_first(c["rend"]).split(",")[0] + " " + c["rend"][0] if first else "",
                         cpt, mod, str(un), n2(billed), n2(allowed), n2(copay), n2(paid), paren(adj), code, rmk])
            if c["late"]:
                shade.add(len(rows) - 1)
            tb, ta, tc, tp, tj = tb + billed, ta + allowed, tc + copay, tp + paid, tj + adj
    rows.append(["TOTALS", "", "", "", "", "", "", "", "", "", n2(tb), n2(ta), n2(tc), n2(tp), paren(tj), "", ""])
    late = next(c for c in claims if c["late"])
    late_billed = round(sum(x[3] for x in late["lines"]), 2)
    p = EGSheet(footer="Page {n} of {nb}", footer_left=f"{biller}  \u2022  remittance print for the practice's "
                                                        "records  \u2022  not a bill and not sent to patients",
                fax_hdr=f"{stamp(plus(remit, 1))} 07:41  QUILLFEATHER RCP  (701) 555-0143  P.{{n}}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.f(13, "B")
    p.cell(W * 0.6, 6.4, biller)
    p.f(10.5, "B")
    p.cell(W * 0.4, 6.4, "REMITTANCE DETAIL", align="R", new_x="LMARGIN", new_y="NEXT")
    p.f(7.6)
    p.cell(W * 0.6, 3.6, f"Revenue cycle services prepared for {center}", new_x="LMARGIN", new_y="NEXT")
    p.cell(W * 0.6, 3.6, "4410 Millrace Avenue, Suite 300, Whitlow, TK 58511  \u2022  (701) 555-0143",
           new_x="LMARGIN", new_y="NEXT")
    p.set_xy(p.l_margin + W * 0.55, y0 + 7)
    p.f(8.2, "B")
    p.cell(W * 0.45, 4, f"Payer: {PLAN} ({PROGRAM})", align="R", new_x="LMARGIN", new_y="NEXT")
    p.set_xy(p.l_margin + W * 0.62, y0 + 11.5)
    p.leaders([("Remit date", stamp(remit)), ("EFT trace", eft), ("Check / voucher no.", chk)], size=7.8,
              w=W * 0.38, x=p.l_margin + W * 0.62)
    p.set_y(max(p.get_y(), y0 + 24))
    p.capstrip([("Payee", center), ("Payee NPI", npi(rng)), ("TIN", f"81-{digits(rng, 7)}"),
                ("Payment date", slash(remit)), ("Net payment", usd(tp))],
               widths=[78, 34, 30, 34, W - 176], size=8.2)
    p.ln(3)
    p.grid_table(heads, rows, widths, aligns, size=7.0, shade_rows=shade, bold_rows={len(rows) - 1})
    p.f(8.4, "B")
    p.cell(0, 4.6, "Lines not paid on this remittance", new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.multi_cell(0, 4.0, f"Claim {late['icn']}  \u2022  {late['pt']}  \u2022  Enrollee # {late['eno']}  \u2022  "
                         f"date of service {slash(late_svc)}  \u2022  billed {usd(late_billed)}  \u2022  paid 0.00",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.reasons([("CO 45", "Charge above the plan's fee schedule for the service; the difference is written off by the "
                         "practice and not billed to the patient."),
               ("CO 29", "The time limit for filing has expired."),
               ("F90", f"Fernwell remark: this claim first reached Fernwell on {slash(late_got)}, "
                       f"{(late_got - late_svc).days} days after the date of service. Claims from participating "
                       "practices are paid when they arrive within 90 days of the date of service. The patient may "
                       "not be billed for these lines.")], size=7.8, title="Codes on this remittance")
    p.para("Reconsideration: Fernwell accepts a request to reconsider a line of this remittance within 90 days "
           "from the remit date shown above, with proof that the claim was sent on time (a clearinghouse acceptance report is "
           "enough). Mail to Fernwell Provider Disputes, P.O. Box 4480, Larch Falls, TK 58101-4480.", 7.8)
    t = truth("eob", "timely_filing", insurer=PLAN, member_id=nospace(late["eno"]), member_name=late["pt"],
              cases=[late["icn"]], claim_amount=m2(late_billed), service_dates=[iso(late_svc)],
              denial_date=iso(remit), provider=center, appeal_deadline=iso(plus(remit, 90)),
              alternates={"insurer": ALT_PLAN + [biller],
                          "provider": [last_first(late["rend"]).split(",")[0] + " " + late["rend"][0]]})
    return out(p), t


# --- 4. Prose only: wife's visit after her enrollment ended (photocopy) ------------------------------------------
def photocopy_prose(rng):
    husband, wife, pa, sig = people(rng, 4, sex="MF..")
    wife = kin(wife, husband)
    eno = enrollee_no(rng)
    claim = f"26{digits(rng, 8)}"
    ld = dt.date(2026, 3, 27)
    visit = dt.date(2026, 3, 4)
    ended = dt.date(2026, 2, 28)
    job = dt.date(2026, 2, 2)
    amt = 312.00
    clinic = "Whitlow Walk-In Clinic"
    p = EGSheet(serif=True, footer=None, footer_left="FCHP-L-114")
    p.set_margins(24, 18, 24)
    p.add_page()
    _plan_head(p, rng)
    p.ln(4)
    p.para(dmy(ld), 10.5)
    p.para(f"{husband}\n77 Spruce Lane\nWhitlow, TK 58512-3090", 10.5)
    p.para(f"Dear Mr. {surname(husband)},", 10.5)
    p.para(f"We are writing to you because your household asked that letters about your wife's health plan go to "
           f"you. This letter is about {wife}, whose Bridge Plan number is {eno}.", 10.5)
    p.para(f"On {ord_of(visit)} your wife was seen at {clinic} by {pa}, a physician assistant there. The "
           f"clinic sent us its claim for that visit, claim number {claim}, for three hundred twelve dollars "
           f"(${n2(amt)}). We will not be paying it.", 10.5)
    p.para(f"In February the Tamarack Health Care Authority renewed your household's coverage. It learned that your "
           f"wife began working at a new job on {long(job)} and that her employer offers her health insurance that "
           f"costs less than the limit the Bridge Plan uses. People who are offered coverage like that at work cannot "
           f"stay in the Bridge Plan, and the Authority ended her place in it on {long(ended)}. The claim the clinic "
           f"sent us is for March 4, 2026, which is after that day, so there was no Bridge Plan coverage for her to "
           "use.", 10.5)
    p.para("The clinic may send her a bill. If she signed up for the health plan her employer offers, she can give "
           "the clinic that card instead; its coverage may have started on the day she became eligible for it.", 10.5)
    p.para("If you think our records are wrong, for example if she never started that job or the offer was taken "
           "back, you can ask us to look at this claim again. Write to us within 60 days of the date at the top of "
           "this letter and tell us why. If you disagree with the Authority's decision to end her enrollment, that is "
           "a separate question: you can ask the Authority for a hearing, and it must get your request within 90 "
           "days of the date of its own notice to you.", 10.5)
    p.para(f"You can call us at {toll(rng)} (TTY 711) on weekdays from 8 to 6.", 10.5)
    p.para(f"Sincerely,\n\n{sig}\nMember Services, {PLAN}", 10.5)
    t = truth("denial_letter", "eligibility", insurer=PLAN, member_id=nospace(eno), member_name=wife, cases=[claim],
              claim_amount=m2(amt), service_dates=[iso(visit)], denial_date=iso(ld), provider=clinic,
              appeal_deadline=iso(plus(ld, 60)),
              alternates={"insurer": ALT_PLAN, "provider": [pa]})
    return out(p), t


# --- 5. Spanish: dermatology at a clinic with no agreement (phone photo) ------------------------------------------
def phone_es(rng):
    enrollee, derm, sig = people(rng, 3, es=True, sex="FF.")
    eno = lookalike(rng, "LoD DDoD Do")
    claim = f"26{digits(rng, 8)}"
    old_claim = f"25{digits(rng, 8)}"
    nd = dt.date(2026, 4, 2)
    visit = dt.date(2026, 3, 4)
    old_day = dt.date(2025, 11, 18)
    clinic = "Clínica Dermatológica Coldbrook"
    lines = [("99204", "Consulta, paciente nueva", 392.00), ("11102", "Biopsia de piel por raspado", 486.50),
             ("88305", "Estudio de patología del tejido", 406.00)]
    total = round(sum(v for _, _, v in lines), 2)
    p = EGSheet(footer="Página {n} de {nb}", footer_left="FCHP-NOA-ES (rev. 09/2024)")
    p.set_margins(17, 13, 17)
    p.add_page()
    _plan_head(p, rng, box="AVISO DE ACCIÓN", es=True)
    p.line(f"Fecha de este aviso: {es_date(nd)}", 10, "B")
    p.ln(1.5)
    for ln in [enrollee, "1450 Calle del Molino, Apt 12", "Sable Ridge, TK 58620-0912"]:
        p.line(ln, 9.8)
    p.ln(3)
    p.kv_box([("Afiliada", enrollee), ("N.º de afiliado", eno), ("Código del plan", "BR-A"),
              ("Reclamación n.º", claim), ("Fecha de la consulta", es_date(visit))], cap_w=44, size=9.2)
    p.para(f"Estimada señora {surname(enrollee)}:", 10)
    p.para(f"Recibimos la factura de {clinic} por la consulta del {es_date(visit)} con la Dra. {derm}. "
           "No vamos a pagar esta factura.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.grid_table(["Fecha", "Código", "Servicio", "Importe facturado", "Pagamos"],
                 [[es_date(visit), c, s, eu(v), "0,00"] for c, s, v in lines] +
                 [["", "", "Total", eu(total), "0,00"]], [38, 18, W - 106, 28, 22],
                 ["L", "L", "L", "R", "R"], size=8.6, face="Sans", bold_rows={3})
    p.f(10, "B")
    p.cell(0, 6, "Por qué", new_x="LMARGIN", new_y="NEXT")
    p.para(f"La clínica queda al otro lado de la frontera del estado y no tiene convenio con Fernwell. El Plan "
           "Puente solo paga a los médicos y clínicas que tienen convenio con su plan de salud, salvo en una "
           "emergencia o cuando Fernwell lo aprueba antes. La consulta fue para revisar un lunar que le había "
           "cambiado de color; no era una emergencia, y no tenemos ninguna aprobación pedida antes de la visita. En "
           "Larch Falls y en Sable Ridge hay dermatólogos que sí tienen convenio con Fernwell y que podían verla.",
           9.8)
    p.para(f"El total de US$ {n2(total)} corresponde a los tres servicios de la tabla. Como la clínica no tiene "
           "convenio con Fernwell, puede enviarle a usted la factura completa.", 9.8)
    p.history_box("Historial de reclamaciones recientes (solo para sus archivos)",
                  ["Reclamación", "Fecha", "Proveedor", "Facturado", "Resultado"],
                  [[old_claim, es_date(old_day), "Sable Ridge Community Clinic", "US$ 214.00", "pagada"]],
                  [28, 40, 54, 26, 22])
    p.f(10, "B")
    p.cell(0, 6, "Si no está de acuerdo", new_x="LMARGIN", new_y="NEXT")
    p.para("Puede pedirnos una apelación por escrito o por teléfono dentro de los 60 días siguientes a la fecha de "
           "este aviso. Si mantenemos la decisión, podrá pedir una audiencia ante la Tamarack Health Care Authority. "
           "Envíe su carta a Fernwell, Apelaciones, P.O. Box 4471, Larch Falls, TK 58101-4471.", 9.6)
    p.para(f"Atentamente,\n{sig}\nDepartamento de Reclamaciones", 9.6)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, plan_id="BR-A", member_id=nospace(eno),
              member_name=enrollee, cases=[claim], claim_amount=m2(total), service_dates=[iso(visit)],
              denial_date=iso(nd), provider=clinic, appeal_deadline=iso(plus(nd, 60)), lang="es",
              alternates={"insurer": ALT_PLAN, "plan_id": [None], "provider": [f"Dra. {derm}"]})
    return out(p), t


# --- 6. Decision after a fair hearing: foot orthotics (rotated) ----------------------------------------------------
def rotated_hearing(rng):
    enrollee, rep, podiatrist, examiner, witness = people(rng, 5, sex="FF...")
    eno = enrollee_no(rng)
    docket = f"2026-BH-{digits(rng, 5)}"
    matter = f"FCH-G-26-{digits(rng, 4)}"
    heard = dt.date(2026, 4, 21)
    dd = dt.date(2026, 5, 5)
    mailed = dt.date(2026, 5, 6)
    disp = dt.date(2026, 1, 22)
    refused = dt.date(2026, 2, 11)
    amt = 640.00
    supplier = "Brightfork Orthotics & Prosthetics"
    p = EGSheet(serif=True, footer="Page {n} of {nb}", footer_left=f"Docket {docket}")
    p.set_margins(20, 12, 20)
    p.add_page()
    p.state_head(STATE, AGENCY, "Board of Hearing Examiners  \u2022  Bridge Plan and Medicaid hearings",
                 ["1200 Capitol Mall, Room 410, Larch Falls, TK 58101", "hearings@tamarack.example",
                  f"Phone {phone(rng, '701')}", "TTY 711"], box="DECISION AND ORDER")
    p.over_boxes([[(docket, "Docket no.", 0.26), (matter, "Matter no. (plan appeal)", 0.28),
                   (long(dd), "Date of decision", 0.26), (slash(mailed), "Mailed", 0.20)],
                  [(enrollee, "Appellant", 0.5), (eno, "Enrollee #", 0.25), ("BR-A", "Plan code", 0.25)],
                  [(f"{rep}, Tamarack Legal Aid Society", "Appearing for the appellant (authorized representative)",
                    0.6), (PLAN, "Respondent", 0.4)]], size=9.2)
    p.heading("Issue", 10.2, gap=0.8)
    p.para(f"Did {PLAN} correctly refuse to pay for the custom-made foot orthotics that {supplier} supplied to the "
           f"appellant on {long(disp)}?", 9.4)
    p.heading("Findings of fact", 10.2, gap=0.8)
    facts = [f"The appellant has been enrolled in the {PROGRAM} through {PLAN} since July 2025.",
             f"Her podiatrist, Dr. {podiatrist}, prescribed a pair of custom-molded foot orthotics for heel pain "
             f"(plantar fasciitis). {supplier} made and fitted them on {long(disp)} and billed the plan "
             f"{dollars(amt)}.",
             f"The plan refused the claim on {long(refused)}. The appellant asked the plan to reconsider (matter "
             f"no. {matter}); the plan kept its decision, and she asked for this hearing.",
             "The appellant does not have diabetes. She has no loss of feeling in her feet and no sores or poor "
             "circulation.",
             f"At the hearing on {long(heard)} the appellant and Ms. {surname(rep)} took part by phone; "
             f"{witness}, a nurse reviewer, spoke for the plan."]
    for i, f in enumerate(facts, 1):
        p.para(f"{i}.  {f}", 9.2, indent=2)
    p.heading("Conclusions", 10.2, gap=0.8)
    p.para("The Bridge Plan pays for the benefits on the list the Authority publishes. That list names shoe inserts "
           "and orthotics only for enrollees who have diabetes with damage to the nerves or blood vessels of the "
           "feet. Orthotics for other foot problems are not on it, however helpful the podiatrist believes they "
           "will be. The appellant's orthotics were made for heel pain, and she does not have diabetes. The plan "
           "applied the list as written.", 9.2)
    p.para("The examiner understands that the orthotics eased the appellant's pain. The Board cannot order the plan "
           "to pay for an item the benefit list leaves out.", 9.2)
    p.heading("Order", 10.2, gap=0.8)
    p.para(f"The plan's decision is affirmed. {PLAN} does not have to pay the claim of {supplier} for the orthotics.",
           9.6)
    p.heading("Your further rights", 10.2, gap=0.8)
    p.para("This is the final decision of the Authority. If you believe it is wrong, you may ask the superior court "
           "to review it by filing a petition within 30 days after the date this decision was mailed.", 9.2)
    p.para(f"{examiner}\nHearing Examiner", 9.2)
    t = truth("denial_letter", "not_covered", insurer=AGENCY, plan_id="BR-A", member_id=nospace(eno),
              member_name=enrollee, cases=[docket, matter], claim_amount=m2(amt), service_dates=[iso(disp)],
              denial_date=iso(dd), provider=supplier,
              alternates={"insurer": ALT_AG + [PLAN], "plan_id": [None], "case_numbers": [[docket], [matter]],
                          "provider": [f"Dr. {podiatrist}"]})
    return out(p), t


# --- 7/8. Sleep center statement, then the plan's notice (standard fax stack) ------------------------------------
def stdfax_stack(rng):
    enrollee, orderer, reader, sig = people(rng, 4, sex="M...")
    eno = enrollee_no(rng)
    hosp = "St. Aldric Regional Hospital"
    center = "Sleep Disorders Center"
    study = dt.date(2026, 3, 9)
    consult = dt.date(2026, 2, 10)
    acct = f"SA{digits(rng, 8)}"
    charge = 2480.00
    sd = dt.date(2026, 4, 20)
    billed_on = dt.date(2026, 3, 12)
    denied_on = dt.date(2026, 4, 2)
    addr = [enrollee, "3021 Fallow Creek Road", "Larch Falls, TK 58106-2213"]
    # the sleep center's statement
    a = EGSheet(footer=None, footer_left="SARH-PFS-3 rev. 10/2024  \u2022  Patient Financial Services")
    a.set_margins(17, 13, 17)
    a.add_page()
    a.emblem_head(hosp, "SA", ["Patient Financial Services  \u2022  900 Hospital Drive, Larch Falls, TK 58102",
                               f"Billing questions {phone(rng, '701')}  \u2022  Mon-Fri 8-4:30"],
                  sub=f"{center}  \u2022  Department of Pulmonary and Sleep Medicine", box="STATEMENT")
    y0 = a.get_y()
    for ln in addr:
        a.line(ln, 9.8)
    W = a.w - a.l_margin - a.r_margin
    a.set_xy(a.l_margin + W - 80, y0)
    a.leaders([("Statement date", slash(sd)), ("Account no.", acct), ("Guarantor", enrollee)], size=8.4, w=80,
              x=a.l_margin + W - 80)
    a.set_y(max(a.get_y(), y0 + 18) + 2)
    a.kv_box([("Insurance on file", f"{PLAN} ({PROGRAM})"), ("Enrollee #", eno),
              ("Ordering physician", f"Dr. {orderer}"), ("Interpreting physician", f"Dr. {reader}")],
             cap_w=44, size=8.8)
    a.grid_table(["Date", "Department", "Description", "CPT", "Charges", "Payments / adj.", "Balance"],
                 [[slash(study), center, "Polysomnography, attended, with sleep staging, 4+ parameters", "95810",
                   n2(charge), "0.00", n2(charge)],
                  ["", "", f"Billed to {PLAN} {yy(billed_on)}; denied by insurance {yy(denied_on)}", "", "", "", ""],
                  ["", "", "Total", "", n2(charge), "0.00", n2(charge)]],
                 [22, 32, W - 126, 14, 20, 20, 18], ["L", "L", "L", "L", "R", "R", "R"], size=8.2, face="Sans",
                 bold_rows={2})
    a.history_box("Earlier visits on this account", ["Date", "Description", "Charges", "Insurance paid", "Balance"],
                  [[slash(consult), "Sleep medicine consultation", "285.00", "176.40", "0.00"]], [24, 64, 24, 28, 22])
    a.leaders([("Amount due now", dollars(charge)), ("Please pay by", slash(dt.date(2026, 5, 15)))], size=9.6)
    a.para("Your insurance company did not pay this bill. If you think it should have, call the number on your member "
           "card; we will hold the account for 30 days if you tell us you have appealed. Payment plans are available. "
           "You may qualify for financial assistance; ask for an application.", 8.8)
    d1 = (out(a), truth("other", None, insurer=None, member_id=nospace(eno), member_name=enrollee,
                        claim_amount=m2(charge), service_dates=[iso(study)], denial_date=iso(sd), provider=hosp,
                        unscored=["insurer"],
                        alternates={"provider": [f"{hosp} {center}", center, f"Dr. {reader}"],
                                    "claim_amount": [None]}))
    # the plan's notice, two pages
    nd = dt.date(2026, 4, 2)
    claim = f"26{study.strftime('%j')}{digits(rng, 5)}"
    claim_d = f"{claim[:2]}-{claim[2:5]}-{claim[5:]}"
    by = dt.date(2026, 6, 1)
    b = EGSheet(footer="Page {n} of {nb}", footer_left="FCHP-NOA-12 (rev. 09/2024)",
                top_line=f"{enrollee}  \u2022  Enrollee # {eno}  \u2022  page {{n}} of {{nb}}")
    b.set_margins(18, 14, 18)
    b.add_page()
    _plan_head(b, rng, box="NOTICE OF ACTION ON A CLAIM")
    b.line(long(nd), 10)
    b.ln(1.5)
    for ln in addr:
        b.line(ln, 9.8)
    b.ln(3)
    b.kv_box([("Claim no.", claim), ("Enrollee #", eno), ("Plan code", "BR-A"), ("Service", "Overnight sleep study "
              f"in a center (95810) on {slash(study)}"), ("Billed by", f"{hosp}, {center}"),
              ("Amount billed", dollars(charge)), ("Amount we paid", "$0.00")], cap_w=38, size=9.0)
    b.para(f"Dear Mr. {surname(enrollee)}:", 10)
    b.para(f"We received the hospital's claim for the sleep study you had overnight at its {center}. Dr. {orderer} "
           f"ordered the study and Dr. {reader} read it. We are not paying this claim.", 10)
    b.para(f"An overnight study in a sleep center is one of the services your doctor must clear with Fernwell before "
           f"it is done. When the doctor asks first, we check whether a study at home would answer the question "
           f"and, if the center is needed, we give the center a number to put on its claim. We have no request from "
           f"Dr. {orderer} or from the center for this study, and the claim came to us without a number. The center "
           f"should not bill you for a study it did not clear with us; show it this notice.", 10)
    b.para("If you disagree, you can appeal. Your appeal must reach us no later than June 1, 2026. Page 2 tells you "
           "how.", 10)
    b.para(f"{sig}\nClaims Department", 10)
    b.add_page()
    b.bar("How to appeal")
    b.para(f"Write to us, call member services, or ask Dr. {orderer} to appeal for you. Tell us why you think we "
           f"should pay and send anything that helps, such as the doctor's notes. Quote claim {claim_d}.", 9.6)
    b.para(f"Mail: {PLAN}, Appeals Unit, P.O. Box 4471, Larch Falls, TK 58101-4471. Fax: {phone(rng, '701')}.", 9.6)
    b.para("We will answer within 30 days. If your health could be seriously harmed by waiting, ask for a fast appeal "
           "and we will answer within 72 hours.", 9.6)
    b.bar("If we keep our decision")
    b.para("You can ask the Tamarack Health Care Authority for a hearing within 120 days of the date of our appeal "
           "decision. You can also ask for a hearing if we do not answer your appeal in time.", 9.6)
    b.bar("Help")
    b.para("You can have a friend, a family member, a lawyer or someone else help you. Free help in other languages "
           "and in large print: call member services. Llame al número de arriba para recibir ayuda en español.", 9.6)
    d2 = (out(b), truth("denial_letter", "prior_authorization", insurer=PLAN, plan_id="BR-A", member_id=nospace(eno),
                        member_name=enrollee, cases=[claim], claim_amount=m2(charge), service_dates=[iso(study)],
                        denial_date=iso(nd), provider=hosp, appeal_deadline=iso(by),
                        alternates={"insurer": ALT_PLAN, "plan_id": [None],
                                    "case_numbers": [[claim_d], [claim, claim_d]],
                                    "provider": [f"{hosp} {center}", center, f"Dr. {orderer}", f"Dr. {reader}"]}))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "born_digital_eligibility_approval_authorized_representative_kv_box", "born_digital",
             [bd_approval(rng)]),
        Item(F + "clean_prior_approval_mri_tear_off_slip", "scan_clean_300", [clean_mri(rng)]),
        Item(F + "finefax_landscape_billing_company_remittance_late_first_claim", "fax_fine_g4",
             [finefax_remit(rng)]),
        Item(F + "photocopy_prose_only_wife_visit_after_enrollment_ended", "photocopy", [photocopy_prose(rng)]),
        Item(F + "phone_es_dermatologia_sin_convenio_historial", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_hearing_decision_foot_orthotics_docket", "rotated", [rotated_hearing(rng)]),
        Item(F + "stdfax_stack_cover_sleep_center_statement_then_notice_upside_down", "fax_standard_g4",
             stdfax_stack(rng), separators=["cover", None], turns={(1, 1): 180}),
    ]
