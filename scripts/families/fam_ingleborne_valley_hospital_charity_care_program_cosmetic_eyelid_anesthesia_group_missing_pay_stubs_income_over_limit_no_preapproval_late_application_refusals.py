"""Papers mirrored (structure and plain wording style only; every sentence is new) from the financial assistance
(charity care) programs that non-profit hospitals run under their published financial assistance policies: a
policy with income levels measured against the federal poverty guidelines (free care up to one line, sliding
discounts above it, nothing above the top line), a plain-language summary, an application with proof of household
income, a written request for missing papers with a time limit, presumptive eligibility found from public records
(food assistance, homelessness) without an application, an application period counted from the first bill after
discharge, charges for eligible patients capped at the amounts generally billed to insured patients, a list of the
doctors' groups the policy covers and does not cover, advance approval for scheduled non-emergency care, exclusions
for cosmetic services, and a hospital review committee that reconsiders decisions. For an invented hospital.

Everything is invented: Ingleborne Valley Hospital (letterhead: an arched doorway with a lamp beside
"INGLEBORNE VALLEY" in spaced serif capitals over "HOSPITAL", the line "Patient Financial Services \u00b7 Financial
Assistance Office" and the grey parent line "A Cresswick Health Partners hospital"), its Financial Assistance
Program under Financial Assistance Policy FA-100, its Financial Assistance Review Committee, the parent Cresswick
Health Partners, Brisley Anesthesia Associates, PC (an independent group the policy does not cover), Ulverleigh
Emergency Physicians, Inc., Rosebarrow Free Clinic, Harnby County Legal Aid Society, every person, number, amount and
address; phones 555. Program rules (invented): Level A (household income up to 200% of the poverty guideline, 100%
of charges adjusted), Level B (201-300%, 75%), Level C (301-400%, 50%); above 400% no assistance; amounts generally
billed 32.4% of gross charges; missing papers due 30 days after a written request; an application period of 240 days
after the first bill after discharge; scheduled non-emergency care approved before the date of service; cosmetic
services excluded; reconsideration by the Committee asked within 60 days of the date of a decision, the Committee's
decision final.

Numbering: applications "FA" + year + letter + three digits + letter + two digits ("FA26H418T07"), printed under
"File no.", "Matter", "Referencia" or "Control no."; household assistance numbers "IV" + two digits + letter + four
digits + letter, printed with a member suffix as "IV38M2071K / 01" or the suffix in its own column; reconsideration
dockets "RC-26" + letter + four digits; presumptive-eligibility screenings "PE26" + letter + five digits. Decoys:
hospital account numbers (HAR, ten digits), medical record numbers, document control numbers (DCN), form numbers in
footers, a batch number, a group account number, the legal aid and clinic fax lines.

Documents (8 in 7 files):
- bd_account_summary_cosmetic_code_x4: a born-digital one-page financial assistance account summary for a mother and
  her son approved at Level B: five accounts in a ruled table with a grey clinician line under each, a "Status" column of codes keyed
  in a boxed legend under it (A75 the 75% adjustment, OCP another coverage paid first, PPL share moved to a payment
  plan, X4 cosmetic service not eligible, X7 a doctor's group the policy does not cover, unused); the mother's upper
  eyelid surgery is refused only by "X4" (not_covered). Captions in a narrow column, values flush at the right edge.
- faxstd_stack_navigator_cover_committee_and_bill: a free clinic patient navigator's typed office fax cover, then the
  Review Committee's two-page reconsideration decision (anesthesia billed by an independent group that the policy does
  not cover; the refusal kept; the decision dated only as "the 12th of May, 2026" on page 1, the facts in a box on
  page 2) (out_of_network), and the hospital's patient statement for the same surgery showing the Level A adjustment
  to a zero balance (other, no denial; insurer unscored). The clinic's fax line (sent a week later) on every page.
- faxstd_closed_missing_pay_stubs: a standard-fax notice closing an application because the husband's pay stubs and
  the tax return never came (other: records not received); the notice date's caption printed in thin grey type that
  the fax breaks; captions at the left, values far right without leaders; doctor and nurse practitioner named only
  in prose; the hospital's own fax line dated six days later.
- lowres_es_ingresos_sobre_el_limite: a Spanish decision at 150 dpi refusing assistance because household income is
  426% of the poverty guideline (eligibility); caption blocks with their values below and to the right.
- bd_presumptive_approval_mailed_stamp: a born-digital approval found presumptively from food-assistance records
  (other, no denial); the letter's only date is in the "MAILED" stamp.
- rotated_knee_surgery_no_preapproval: a sideways-fed letter refusing assistance on a scheduled knee arthroscopy that
  was not approved before the date of surgery (prior_authorization), the clinic and physical therapy accounts
  approved at Level C; dated "this 9th day of April, 2026" (the numeric date only in the footer); an orthopaedic
  practice with its rendering DO, a DPT as decoy; "Control no." beside a batch number.
- scan300_late_application_after_240_days: a clean scan refusing an application received after the 240-day
  application period (timely_filing); dated "October 13th, 2026" (numeric only in the footer); dot leaders to
  far-right values; the attending physician named only in prose, an LCSW as decoy.

Judgement calls (kept in alternates): the insurer is the letterhead issuer, the hospital, on its letters (the
program, the parent system and "Patient Financial Services" accepted); on its patient statement the insurer means
nothing (unscored). Earlier families in this corpus typed a hospital's financial assistance refusals as `other`
with no denial type (a provider's letter about its own bill), so every refusal here also accepts `other` / no denial
type (`type_alternates`, `denial_alternates` with null); the truth types them as the denials they are (income
`eligibility`, missing papers `other`, cosmetic `not_covered`, a group outside the policy `out_of_network` with
`not_covered` accepted, no advance approval `prior_authorization`, late application `timely_filing`). Plan and group:
none (the assistance level is no plan). Member ID: the household assistance number without the member suffix (with
it accepted); none where the patient has no assistance number yet (the medical record number is a decoy); on the
statement also null accepted. Case numbers: the application number, plus the docket on the reconsideration (either
alone accepted); the presumptive screening number on the approval ([] accepted); the account summary's file number
([] accepted, since the refusal is of one account under an approved application). Amount: the refused account's
charges (the approved account's charges on the approval and the statement, null accepted on the approval).
Provider: the rendering clinician named for the refused account (the hospital or practice accepted); the CRNA who
gave the anesthesia (the group and the supervising anesthesiologist accepted). Service dates: the account's date or
stay span (first day alone, or both days, accepted). Deadlines: notice date + 60 where the text says "within 60 days
of the date of this notice / letter / summary" ("dentro de 60 días a partir de la fecha de este aviso"); none on the
Committee's final decision, the approval and the statement.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeu_famuc import (EUSheet, addr_block, day_of, digits, es_date, first_last, iso, letter, long, m2,
                               md_ord, n2, out, phone, plus, sign, slash, stamp_date, the_of_c, truth, tx_cover, usd,
                               fax_date)

FAMILY = ("ingleborne_valley_hospital_charity_care_program_cosmetic_eyelid_anesthesia_group_missing_pay_stubs_income_"
          "over_limit_no_preapproval_late_application_refusals")
LANG = "en"
SEED = 355098

HOSP = "Ingleborne Valley Hospital"
SYSTEM = "Cresswick Health Partners"
PROGRAM = "Ingleborne Valley Hospital Financial Assistance Program"
HOSP_ALT = [HOSP, PROGRAM, "Ingleborne Valley Hospital Patient Financial Services", "Ingleborne Valley",
            "Ingleborne Valley Hospital Financial Assistance Office", SYSTEM]
ADDR = ["1400 Dunsmere Pike", "Ingleborne, WV 26150"]
POLICY = "Financial Assistance Policy FA-100"
GROUP_ANES = "Brisley Anesthesia Associates, PC"


def app_no(rng) -> str:
    return f"FA26{letter(rng)}{digits(rng, 3)}{letter(rng)}{rng.randint(0, 9)}{rng.randint(0, 9)}"


def aid_no(rng) -> str:
    return f"IV{rng.randint(1, 9)}{rng.randint(0, 9)}{letter(rng)}{digits(rng, 4)}{letter(rng)}"


def har(rng) -> str:
    return f"7{digits(rng, 9)}"


def dcn(rng) -> str:
    return f"DCN {digits(rng, 4)}-{digits(rng, 3)}-{digits(rng, 4)}"


def right(rng, es: bool = False) -> list[str]:
    if es:
        return [ADDR[0], ADDR[1], f"Asistencia financiera {phone(rng)}", f"Fax {phone(rng)}",
                "ingleborne-valley.example/asistencia"]
    return [ADDR[0], ADDR[1], f"Financial assistance {phone(rng)}", f"Fax {phone(rng)}",
            "ingleborne-valley.example/help-paying"]


def head(p: EUSheet, rng, box: str | None = None, es: bool = False):
    dept = ("Servicios Financieros al Paciente \u00b7 Oficina de Asistencia Financiera" if es
            else "Patient Financial Services \u00b7 Financial Assistance Office")
    parent = "Un hospital de Cresswick Health Partners" if es else "A Cresswick Health Partners hospital"
    p.arch_head("INGLEBORNE VALLEY", "HOSPITAL", dept, right(rng, es), parent=parent, box=box)


def alts_refusal(extra: list | None = None) -> dict:
    """A hospital's refusal may be read as its own letter about its own bill (earlier families' reading)."""
    return {"type_alternates": ["other"], "denial_alternates": (extra or []) + [None]}


# ---------------------------------------------------------------------------------------------------------------
def bd_account_summary(rng):
    mom, son = "Lorraine T. Mullenax", "Dewey A. Mullenax"
    surgeon = "Dra. Ximena Q. Crickard"
    sd = dt.date(2026, 4, 21)
    app = app_no(rng)
    aid = aid_no(rng)
    period = (dt.date(2026, 1, 12), dt.date(2026, 7, 11))
    refused = dt.date(2026, 3, 10)
    # date, patient, member suffix, service, clinician, charges, other paid, adjustment, status
    accts = [
        (dt.date(2026, 1, 14), mom, "01", "Emergency visit, sprained ankle", "Seen by Ansel P. Riffle, PA-C", 2418.00, 0.00,
         1813.50, "A75"),
        (dt.date(2026, 2, 3), son, "02", "Pediatric clinic visit, ear infection", "Seen by Maren J. Lemasters, NP", 312.00,
         0.00, 234.00, "A75"),
        (dt.date(2026, 2, 19), mom, "01", "Laboratory and CT of abdomen", "Ordered by Ansel P. Riffle, PA-C", 1146.00,
         0.00, 859.50, "A75 PPL"),
        (refused, mom, "01", "Blepharoplasty, both upper lids", f"Surgeon {surgeon}, MD, oculoplastic surgery",
         4286.00, 0.00, 0.00, "X4"),
        (dt.date(2026, 3, 27), son, "02", "Sports medicine, wrist X-ray", "Seen by Dr. Jubal F. Taggart, MD",
         688.00, 400.00, 216.00, "OCP A75"),
    ]
    hars = [har(rng) for _ in accts]
    p = EUSheet(footer="Page {n} of {nb}", footer_left=f"IVH-FAS-2 (01/2026)  \u00b7  {dcn(rng)}",
                run_hdr=f"{mom}  \u00b7  File no. {app}  \u00b7  summary of {slash(sd)}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(16, 15, 16)
    p.add_page()
    head(p, rng, box="FINANCIAL ASSISTANCE ACCOUNT SUMMARY")
    addr_block(p, [mom.upper(), "27 Laurel Fork Road", "Ingleborne, WV 26150"], 9.2)
    p.leader_right([("Summary date", long(sd)),
                    ("File no.", app),
                    ("Assistance no. (household)", aid),
                    ("Assistance level", "B  \u2013  75% of eligible charges adjusted"),
                    ("Care eligible from", f"{slash(period[0])} through {slash(period[1])}"),
                    ("Guarantor", mom)], cap_w=40, size=9.0, cap=8.0)
    p.para("This summary shows how your financial assistance was applied to each hospital account in your household. "
           "It is not a bill. A separate statement will show any amount you still owe and your payment plan.", 8.8)
    W = p.w - p.l_margin - p.r_margin
    rows = []
    for i, (d, pt, sfx, svc, who, ch, oth, adj, st) in enumerate(accts):
        share = ch - oth - adj
        rows.append([slash(d), hars[i], f"{pt.split()[0]} ({sfx})", svc, n2(ch), n2(oth), n2(adj), n2(share), st])
        rows.append(("sub", who))
    tot = [sum(a[k] for a in accts) for k in (5, 6, 7)]
    rows.append(("total", ["", "", "", "Totals", n2(tot[0]), n2(tot[1]), n2(tot[2]),
                           n2(tot[0] - tot[1] - tot[2]), ""]))
    p.stair([("Member 01", f"{mom} (guarantor)"), ("Member 02", son)], indent=8, ncol=2, size=9.0, cap=7.2)
    p.mark_rows(["Date of service", "Hospital account", "Patient (mbr)", "Service", "Charges", "Other cover. paid",
                 "Assist. adj.", "Your share", "Status"],
                [W * k / 100 for k in (10, 11.5, 11, 25, 8.5, 8.5, 9.5, 7.5, 8.5)],
                ["L", "L", "L", "L", "R", "R", "R", "R", "C"], rows, size=7.6,
                cont="accounts continue on page 2")
    p.code_key("What the status codes mean", [
        ("A75", "Level B financial assistance: 75% of the charges for emergency and medically necessary care "
                "was adjusted off the account."),
        ("OCP", "Another coverage paid first (here the school's student accident plan). Assistance was applied to "
                "what was left."),
        ("PPL", "Your share was moved to an interest-free payment plan of $25.00 a month."),
        ("X4", "Not eligible for financial assistance: the service is cosmetic or elective and not medically "
               "necessary (Policy FA-100, section 6.2). The full charges stay on the account."),
        ("X7", "Not eligible: the bill comes from a doctors' group that the Policy does not cover. Ask that group "
               "about its own discounts."),
    ], size=7.4)
    p.bar("If you disagree with how an account was decided", 8.8)
    p.para(f"You may ask the Financial Assistance Review Committee to reconsider the decision on any account within 60 "
           f"days of the date of this summary. Write to the Committee at {HOSP}, {ADDR[0]}, {ADDR[1]}, and send what "
           "supports your request. For surgery on the eyelids, a visual field test showing that the lids block your "
           "sight may show that the surgery was medically necessary.", 8.6)
    p.para("Your assistance covers care received through the last date shown above. To keep it after that, send a new "
           "application with your latest income papers before that date.", 8.2)
    t = truth("eob", "not_covered", insurer=HOSP, plan_id=None, group=None, member_id=aid, member_name=mom,
              cases=[app], claim_amount=m2(4286.00), service_dates=[iso(refused)], denial_date=iso(sd),
              provider=surgeon, appeal_deadline=iso(plus(sd, 60)),
              alternates={"insurer": HOSP_ALT, "provider": [HOSP, f"{HOSP} Outpatient Surgery",
                                                            "Ximena Q. Crickard"],
                          "member_id": [f"{aid}-01", f"{aid}/01"], "case_numbers": [[]]},
              type_alternates=["denial_letter", "other"], denial_alternates=[None])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    pt = "Harlan W. Rexroad"
    surgeon, crna, anes = "Dr. Corinna V. Hinzman", "Bettina L. Oldaker", "Dr. Evander S. Kimbler"
    chair, mgr, nav = "Gwenllian R. Cottrill", "Philippa J. Westfall", "Hollis K. Murrin"
    app = app_no(rng)
    aid = aid_no(rng)
    docket = f"RC-26{letter(rng)}{digits(rng, 4)}"
    surg = dt.date(2026, 2, 24)
    approved = dt.date(2026, 3, 18)
    first_no = dt.date(2026, 4, 2)
    asked = dt.date(2026, 4, 20)
    met = dt.date(2026, 5, 11)
    dd = dt.date(2026, 5, 12)
    st_d = dt.date(2026, 5, 6)
    sent = dt.date(2026, 5, 19)
    anes_amt = 3140.00
    hosp_amt = 18462.75
    acct = har(rng)
    grp_acct = f"BAA-{digits(rng, 6)}"
    tx = f"{fax_date(sent)} 10:{rng.randint(10, 59)}  ROSEBARROW FREE CLINIC  304 555 {digits(rng, 4)}  P.{{n}}/{{t}}"
    cover = tx_cover(tx, 4, ["Rosebarrow Free Clinic", "Patient Navigation Program",
                             "311 Tabard Row  \u00b7  Ingleborne, WV 26150", f"Tel {phone(rng)}"],
                     [("To:", "Harnby County Legal Aid Society - Health Law Unit"), ("Fax:", phone(rng)),
                      ("From:", f"{nav}, patient navigator"), ("Date:", slash(sent)),
                      ("Pages:", "4 including this cover"),
                      ("Re:", "H. Rexroad - committee decision and hospital statement")],
                     "Mr. Rexroad asked me to send these two papers for your intake appointment on Thursday. He "
                     "still has the anesthesia bill and a letter from the anesthesia group; he will bring them.")
    # (i) the Committee's decision
    p = EUSheet(footer="Page {n} of {nb}", tx=tx, tx_off=1, tx_total=4)
    p.set_margins(19, 16, 19)
    p.add_page()
    head(p, rng, box="RECONSIDERATION DECISION")
    p.f(9.4)
    p.cell(0, 5, f"Decided at Ingleborne, West Virginia, on {the_of_c(dd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    addr_block(p, [pt, "5 Sallow Creek Run", "Ingleborne, WV 26152"], 9.4)
    p.para(f"Dear {first_last(pt)}:", 9.6)
    p.para(f"On {long(asked)} you asked the Financial Assistance Review Committee to look again at a decision of the "
           "Financial Assistance Office. The Committee met on May 11, 2026 and reviewed your file, the bill you sent "
           "and the Policy.", 9.4)
    p.bar("What you asked", 9.0)
    p.para(f"Your gallbladder was removed at our hospital on {long(surg)}. On {long(approved)} you were approved for "
           "Level A assistance, and the hospital's own charges for that surgery were adjusted in full. Anesthesia "
           f"for the surgery was given by {crna}, CRNA, of {GROUP_ANES}, and that group sent you its own bill. "
           f"On {long(first_no)} the Office told you that the Policy could not be applied to that bill. You asked "
           "the Committee to apply it.", 9.2)
    p.bar("What the Committee found", 9.0)
    p.para(f"The Policy applies to charges of the hospital and of the doctors' groups named as covered in its list "
           f"of providers. {GROUP_ANES} is an independent group. It is named in the list as a group the Policy does "
           "not cover, and it bills under its own rules. The hospital cannot adjust a bill it does not send.", 9.2)
    p.bar("Decision", 9.0)
    p.para("The Committee keeps the Office's decision: the Policy does not apply to the anesthesia bill. This does "
           "not change your Level A assistance for the hospital's charges.", 9.2)
    p.para(f"The group has a hardship discount of its own. With your permission we sent it a copy of your approval "
           "letter, so that it can consider your income without a new application. The facts of this decision are "
           "in the box on the next page.", 9.2)
    p.add_page()
    p.facts_panel("About this decision", [
        ("Patient", pt),
        ("Assistance no.", f"{aid} / 01"),
        ("Docket", docket),
        ("File no.", app),
        ("Bill from", GROUP_ANES),
        ("Anesthesia given by", f"{crna}, CRNA"),
        ("Supervising anesthesiologist", f"{anes}, MD"),
        ("Surgeon (hospital charges, adjusted)", f"{surgeon}, MD"),
        ("Date of surgery", slash(surg)),
        ("Amount of the anesthesia bill", usd(anes_amt)),
        ("Group's account no.", grp_acct),
        ("Decision date", slash(dd)),
    ], cap_w=62, size=9.0)
    p.para("This is the hospital's final decision on your request under the Policy. If your income or household "
           "changes, you may apply again at any time for care you receive later.", 9.0)
    p.signers([chair, "Chair, Financial Assistance Review Committee", HOSP],
              [mgr, "Manager, Financial Assistance Office", "Patient Financial Services"], size=8.6)
    dec_pdf = out(p)
    dec_t = truth("denial_letter", "out_of_network", insurer=HOSP, plan_id=None, group=None, member_id=aid,
                  member_name=pt, cases=[docket, app], claim_amount=m2(anes_amt), service_dates=[iso(surg)],
                  denial_date=iso(dd), provider=crna, appeal_deadline=None,
                  alternates={"insurer": HOSP_ALT, "provider": [GROUP_ANES, "Evander S. Kimbler"],
                              "member_id": [f"{aid}/01", f"{aid}-01"], "case_numbers": [[docket], [app]]},
                  **alts_refusal(["not_covered"]))
    # (ii) the hospital's statement
    q = EUSheet(footer=None, tx=tx, tx_off=3, tx_total=4)
    q.set_margins(18, 16, 18)
    q.add_page()
    head(q, rng, box="PATIENT STATEMENT")
    W = q.w - q.l_margin - q.r_margin
    y = q.get_y()
    addr_block(q, [pt, "5 Sallow Creek Run", "Ingleborne, WV 26152"], 9.6)
    q.kv_box([("Statement date", slash(st_d)), ("Hospital account", acct), ("Financial assistance no.", aid),
              ("Amount due", "$0.00")], x=q.l_margin + W * 0.5, y=y, w=W * 0.5, cap_w=42, size=9.2)
    q.set_y(y + 28)
    q.ruled_rows(["Date", "Description", "Charges", "Adjustments", "Balance"],
                 [[slash(surg), "Outpatient surgery: OR, recovery, supplies", n2(15208.40), "",
                   n2(15208.40)],
                  [slash(surg), "Laboratory and pathology (hospital portion)", n2(1486.35), "", n2(16694.75)],
                  [slash(surg), "Observation after surgery, 8 hours", n2(1768.00), "", n2(hosp_amt)],
                  [slash(approved), "Financial assistance adjustment, Level A (100%)", "", f"-{n2(hosp_amt)}",
                   "0.00"],
                  ["", "Amount due", "", "", "$0.00"]],
                 [W * k / 100 for k in (13, 45, 14, 15, 13)], ["L", "L", "R", "R", "R"], size=8.6, bold_rows=(4,))
    q.f(8.8)
    q.cell(0, 5, f"Surgeon: {surgeon}, MD   \u00b7   Total charges this account: {usd(hosp_amt)}",
           new_x="LMARGIN", new_y="NEXT")
    q.ln(2)
    q.message_box("Message from Patient Financial Services", [
        "Your financial assistance covered all of the hospital's charges for this visit. You owe nothing on this "
        "account.",
        f"Some doctors who cared for you bill on their own, and their bills are not part of this statement: "
        f"anesthesia ({GROUP_ANES}) and emergency physicians (Ulverleigh Emergency Physicians, Inc.). Please call "
        "the number on their bills about their charges.",
    ], size=8.8)
    q.f(7.6)
    q.cell(0, 4, "Keep this statement for your records. No payment is needed.", new_x="LMARGIN", new_y="NEXT")
    q.cell(0, 4, f"{HOSP}  \u00b7  Patient Financial Services  \u00b7  PO Box 6120, Ingleborne, WV 26150",
           new_x="LMARGIN", new_y="NEXT")
    st_pdf = out(q)
    st_t = truth("other", None, insurer=None, plan_id=None, group=None, member_id=aid, member_name=pt, cases=[],
                 claim_amount=m2(hosp_amt), service_dates=[iso(surg)], denial_date=iso(st_d), provider=HOSP,
                 appeal_deadline=None,
                 alternates={"member_id": [None], "provider": ["Corinna V. Hinzman"]}, unscored=["insurer"])
    return cover, [(dec_pdf, dec_t), (st_pdf, st_t)]


# ---------------------------------------------------------------------------------------------------------------
def faxstd_closed(rng):
    pt, spouse = "Opal R. Swecker", "Clovis Swecker"
    ed_doc, np_ = "Cormac T. Boggess", "Sunniva E. Teets"
    counselor = "Roxanne P. Dotson"
    app = app_no(rng)
    mrn = f"{digits(rng, 9)}"
    acct = har(rng)
    v1, v2 = dt.date(2026, 1, 30), dt.date(2026, 1, 31)
    got = dt.date(2026, 2, 20)
    rfi = dt.date(2026, 3, 9)
    due = dt.date(2026, 4, 8)
    nd = dt.date(2026, 4, 14)
    period_end = dt.date(2026, 10, 9)
    amt = 6912.40
    tx = f"{fax_date(plus(nd, 6))} 14:{rng.randint(10, 59)}  INGLEBORNE VALLEY PFS  304 555 {digits(rng, 4)}  P.{{n}}/{{t}}"
    p = EUSheet(footer=None, footer_left="Form FAP-L3 (rev. 01/2026)", tx=tx, tx_total=1)
    p.set_margins(19, 16, 19)
    p.add_page()
    head(p, rng, box="APPLICATION CLOSED")
    p.faint_pair("Date of notice", slash(nd), align_right=True, cap=6.2)
    addr_block(p, [pt, "1190 Pigeon Roost Ridge Road", "Vandalia Mills, WV 26154"], 9.4)
    p.leader_right([("Matter", app),
                    ("Patient", pt),
                    ("Medical record no.", mrn),
                    ("Hospital account", acct),
                    ("Visit", f"{slash(v1)} \u2013 {slash(v2)}"),
                    ("Charges on the account", usd(amt)),
                    ("Doc. control", dcn(rng))], cap_w=40, dots=False, size=9.2, cap=8.2)
    p.para(f"Dear {first_last(pt)}:", 9.4)
    p.para(f"We received your application for financial assistance on {long(got)}. It is about your visit on "
           f"{long(v1)}, when Dr. {ed_doc} saw you in our Emergency Department and you stayed overnight for "
           f"observation in the care of {np_}, NP.", 9.2)
    p.para(f"Your application did not have everything we need to decide it. On {long(rfi)} we wrote to ask for the "
           f"missing papers by {long(due)}. We have not received them, so we have closed your application.", 9.2)
    p.checks("What we had and what was missing", [
        (True, "Signed application, household of 2"),
        (True, "Your own pay stubs for December 2025 through February 2026"),
        (False, f"Proof of income for {spouse}: his last three pay stubs, or a letter from his employer"),
        (False, "A copy of your 2025 federal tax return, or a signed statement that you did not have to file"),
    ], size=8.8)
    p.para("What this means: the account goes back to regular billing. You will get a statement for the balance.", 9.2)
    p.para(f"You can still get a decision. Send the missing papers with a new application before the application "
           f"period ends on {long(period_end)}, and we will decide it from the start.", 9.2)
    p.para("If you sent the papers and think we lost them, or if there is another reason we made a mistake, you may ask "
           "the Financial Assistance Review Committee to reconsider within 60 days of the date of this notice. Write "
           f"to the Committee at {ADDR[0]}, {ADDR[1]}, and send copies of what you mailed.", 9.2)
    sign(p, [counselor, "Financial counselor", f"Financial Assistance Office, {HOSP}"], size=9.0)
    t = truth("denial_letter", "other", insurer=HOSP, plan_id=None, group=None, member_id=None, member_name=pt,
              cases=[app], claim_amount=m2(amt), service_dates=[f"{iso(v1)}/{iso(v2)}"], denial_date=iso(nd),
              provider=ed_doc, appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": HOSP_ALT, "provider": [np_, HOSP],
                          "service_dates": [[iso(v1)], [iso(v1), iso(v2)]]},
              **alts_refusal())
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_es(rng):
    pt, husband = "Casimira O. Villafranca", "Fermín Villafranca"
    doc = "Amparo L. Gandee"
    signer = "Araceli T. Cazares"
    app = app_no(rng)
    acct = har(rng)
    a, b = dt.date(2026, 2, 8), dt.date(2026, 2, 11)
    got = dt.date(2026, 3, 2)
    nd = dt.date(2026, 4, 3)
    amt = 21734.60
    agb = round(amt * 0.324, 2)
    p = EUSheet(footer="Página {n} de {nb}", footer_left="IVH-FAL-5S (01/2026)")
    p.set_margins(18, 16, 18)
    p.add_page()
    head(p, rng, box="DECISIÓN: NO APROBADA", es=True)
    addr_block(p, [pt, "406 Ferry Street, Apt. 3", "Ingleborne, WV 26150"], 9.4)
    p.stair([("Fecha de este aviso", es_date(nd)), ("Referencia", app),
             ("Paciente", pt), ("Cuenta del hospital", acct),
             ("Ingreso al hospital", es_date(a)), ("Alta", es_date(b)),
             ("Cargos de la cuenta", usd(amt)), ("Personas en el hogar", "3")], indent=12, ncol=2, size=9.2, cap=7.4)
    p.para(f"Estimada señora {pt.split()[-1]}:", 9.4)
    p.para(f"Usted pidió asistencia financiera para la cuenta de su estancia en nuestro hospital, cuando la atendió la "
           f"Dra. {doc}, médica hospitalista. Recibimos su solicitud el {es_date(got)}, con los talones de pago de "
           f"usted y de su esposo, {husband}. Gracias por enviarlos completos.", 9.2)
    p.bar("Por qué no fue aprobada", 9.0)
    p.para("El Programa ayuda a los hogares cuyo ingreso no pasa del 400% de la guía federal de pobreza. Según los "
           "papeles que nos envió, el ingreso anual de su hogar de 3 personas es de $118,400.00, que equivale al 426% "
           "de la guía. Por eso su hogar no califica para ninguno de los niveles de ayuda.", 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Nivel", "Ingreso del hogar (% de la guía)", "Ajuste", "Límite anual, hogar de 3"],
                 [["A", "hasta 200%", "100%", "$53,300.00"], ["B", "201% a 300%", "75%", "$79,950.00"],
                  ["C", "301% a 400%", "50%", "$106,600.00"], ["", "Su hogar: 426%", "ninguno", "$118,400.00"]],
                 [W * k / 100 for k in (10, 40, 20, 30)], ["C", "L", "R", "R"], size=8.4, bold_rows=(3,))
    p.bar("Lo que sí podemos hacer", 9.0)
    p.para(f"Como usted no tiene seguro, el hospital aplica a su cuenta el descuento para pacientes sin seguro: no le "
           f"cobraremos más de lo que se cobra en general a los pacientes con seguro. Ese monto es {usd(agb)}. También puede pagar en cuotas mensuales sin intereses; "
           "llame al número de arriba para acordarlas.", 9.2)
    p.bar("Si no está de acuerdo", 9.0)
    p.para("Si su ingreso bajó o su hogar tiene más personas de las que anotamos, puede pedir al Comité de Revisión "
           "de Asistencia Financiera que reconsidere esta decisión dentro de 60 días a partir de la fecha de este "
           f"aviso. Escriba al Comité, {HOSP}, {ADDR[0]}, {ADDR[1]}, y envíe los papeles que lo demuestren.", 9.2)
    sign(p, [signer, "Consejera financiera", "Oficina de Asistencia Financiera"], close="Atentamente,", size=9.0)
    t = truth("denial_letter", "eligibility", insurer=HOSP, plan_id=None, group=None, member_id=None,
              member_name=pt, cases=[app], claim_amount=m2(amt), service_dates=[f"{iso(a)}/{iso(b)}"],
              denial_date=iso(nd), provider=doc, appeal_deadline=iso(plus(nd, 60)), lang="es",
              alternates={"insurer": HOSP_ALT + ["Hospital Ingleborne Valley"], "provider": [HOSP],
                          "service_dates": [[iso(a)], [iso(a), iso(b)]]},
              **alts_refusal())
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_presumptive(rng):
    pt = "Burl E. Zickefoose"
    pa = "Lucian D. Pyles"
    signer = "Philippa J. Westfall"
    ctrl = f"PE26{letter(rng)}{digits(rng, 5)}"
    aid = aid_no(rng)
    visit = dt.date(2026, 3, 2)
    mailed = dt.date(2026, 3, 17)
    through = dt.date(2026, 9, 16)
    amt = 1964.00
    acct = har(rng)
    p = EUSheet(footer=None, footer_left="IVH-FAL-1 (01/2026)")
    p.set_margins(20, 16, 20)
    p.add_page()
    head(p, rng, box="FINANCIAL ASSISTANCE APPROVED")
    y = p.get_y()
    addr_block(p, [pt, "c/o Ingleborne Mission House", "60 Wharf Street", "Ingleborne, WV 26150"], 9.4)
    p.mailed(stamp_date(mailed), "IVH MAIL ROOM", x=p.w - p.r_margin - 58, y=y + 2, angle=-3)
    p.set_y(max(p.get_y(), y + 26))
    p.para(f"Dear {first_last(pt)}:", 9.6)
    p.para("Good news. You qualify for free care at Ingleborne Valley Hospital, and you did not have to fill out an "
           "application.", 9.6)
    p.para("Under our Financial Assistance Policy, we may find that a patient qualifies from records we are allowed "
           "to check. A records check for your visit shows that you receive food assistance (SNAP) and that your "
           "mailing address is a shelter. That is enough for Level A, our highest level of help.", 9.4)
    p.boxes([[("Control no.", ctrl, 0.3), ("Assistance no.", f"{aid} / 01", 0.35), ("Level", "A  (100%)", 0.35)],
             [("Visit", f"{long(visit)}, Emergency Department", 0.65), ("Hospital account", acct, 0.35)],
             [("Seen by", f"{pa}, PA-C", 0.4), ("Charges", usd(amt), 0.3), ("You owe", "$0.00", 0.3)]], size=9.2)
    p.ln(3)
    p.para(f"What this means: the charges for your visit ({usd(amt)}) have been adjusted in full. If you paid anything "
           "on this account, we will send it back to you.", 9.4)
    p.para(f"Your Level A assistance also covers emergency and medically necessary care at our hospital through "
           f"{long(through)}. Show this letter or give the assistance number when you register.", 9.4)
    p.para("If you start a job or get health coverage, you do not have to tell us for this visit. For care after that, "
           "our financial counselors can help you apply for Medicaid or for assistance again.", 9.2)
    sign(p, [signer, "Manager, Financial Assistance Office", "Patient Financial Services"], size=9.2)
    t = truth("other", None, insurer=HOSP, plan_id=None, group=None, member_id=aid, member_name=pt, cases=[ctrl],
              claim_amount=m2(amt), service_dates=[iso(visit)], denial_date=iso(mailed), provider=pa,
              appeal_deadline=None,
              alternates={"insurer": HOSP_ALT, "provider": [HOSP], "member_id": [f"{aid}/01", f"{aid}-01"],
                          "case_numbers": [[]], "claim_amount": [None], "service_dates": [[]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_preapproval(rng):
    pt = "Della M. Harshbarger"
    surgeon, pt_ther = "Bertrand K. Shreve", "Saoirse N. Lanham"
    practice = "Ingleborne Valley Orthopaedics & Sports Medicine"
    signer = "Roxanne P. Dotson"
    app = app_no(rng)
    aid = aid_no(rng)
    acct = har(rng)
    surg = dt.date(2026, 3, 16)
    got = dt.date(2026, 3, 23)
    ld = dt.date(2026, 4, 9)
    amt = 9874.25
    p = EUSheet(footer="Page {n} of {nb}", footer_left=f"IVH-FAL-7  \u00b7  {slash(ld)}")
    p.set_margins(19, 16, 19)
    p.add_page()
    head(p, rng, box="ACCOUNT NOT ELIGIBLE")
    addr_block(p, [pt, "88 Bee Gum Lane", "Ingleborne, WV 26150"], 9.4)
    p.stair([("Control no.", app), ("Batch", f"0409-{rng.randint(2, 9)}"), ("Assistance no.", f"{aid} / 01"),
             ("Patient", pt), ("Hospital account", acct), ("Surgery", slash(surg))], indent=10, ncol=3, size=9.2,
            cap=7.4)
    p.para(f"Dear {first_last(pt)}:", 9.4)
    p.para(f"We received your application for financial assistance on {long(got)}. We approved it at Level C: 50% of "
           "the charges is adjusted on your clinic visits and your physical therapy before surgery, including the "
           f"visits with {pt_ther}, DPT. You will see those adjustments on your next statement.", 9.2)
    p.para(f"We could not approve assistance for one account: your knee arthroscopy (partial meniscectomy, right knee) "
           f"on {long(surg)}, done by Dr. {surgeon}, DO, of {practice}. The charges on that account are "
           f"{usd(amt)}.", 9.2)
    p.bar("Why", 9.0)
    p.para("The Policy covers emergency care and medically necessary care. When care is scheduled ahead of time and is "
           "not an emergency, the Policy asks the patient to apply and be approved before the date of the service, "
           "so that the patient knows what she will owe before deciding when to have it. Your surgery was scheduled "
           "on February 24, 2026 for a date three weeks later, and our records show no application or approval "
           "before the surgery. Your application came one week after it.", 9.2)
    p.bar("What you can do", 9.0)
    p.bullets([
        "Set up an interest-free payment plan for this account by calling the number above.",
        "If the surgery had to be done sooner than planned, or if someone at the hospital told you that you did not "
        "need approval first, tell us: you may ask the Financial Assistance Review Committee to reconsider within "
        "60 days of the date of this letter. Write to the Committee at the address above.",
    ], size=9.0)
    p.f(9.2)
    p.cell(0, 6, f"Issued at Ingleborne {day_of(ld)}.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    sign(p, [signer, "Financial counselor", f"Financial Assistance Office, {HOSP}"], size=9.0)
    t = truth("denial_letter", "prior_authorization", insurer=HOSP, plan_id=None, group=None, member_id=aid,
              member_name=pt, cases=[app], claim_amount=m2(amt), service_dates=[iso(surg)], denial_date=iso(ld),
              provider=surgeon, appeal_deadline=iso(plus(ld, 60)),
              alternates={"insurer": HOSP_ALT, "provider": [practice, HOSP],
                          "member_id": [f"{aid}/01", f"{aid}-01"]},
              **alts_refusal())
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan300_late(rng):
    pt = "Virgil O. Vandevender"
    doc, sw = "Wilhelmina A. Rakestraw", "Torvald E. Vannoy"
    signer = "Philippa J. Westfall"
    app = app_no(rng)
    acct = har(rng)
    a, b = dt.date(2026, 1, 6), dt.date(2026, 1, 9)
    first_bill = dt.date(2026, 1, 20)
    end = dt.date(2026, 9, 17)
    got = dt.date(2026, 10, 5)
    ld = dt.date(2026, 10, 13)
    amt = 14208.90
    p = EUSheet(footer="Page {n} of {nb}", footer_left=f"IVH-FAL-9 (01/2026)  \u00b7  printed {slash(ld)}")
    p.set_margins(20, 16, 20)
    p.add_page()
    head(p, rng)
    p.f(9.6)
    p.cell(0, 5, md_ord(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    addr_block(p, [pt, "Route 2, Box 117", "Harnby, WV 26161"], 9.4)
    p.subject_line("Your application for financial assistance was received after the application period")
    p.leader_right([("File no.", app), ("Hospital account", acct), ("Hospital stay", f"{slash(a)} to {slash(b)}"),
                    ("Charges", usd(amt)), ("First bill after discharge", slash(first_bill)),
                    ("Application period ended", slash(end)), ("Application received", slash(got))],
                   cap_w=46, size=9.2, cap=8.2)
    p.para(f"Dear {first_last(pt)}:", 9.4)
    p.para(f"Thank you for applying for help with the bill for your stay in our hospital, when you were admitted under "
           f"the care of Dr. {doc} and later treated in our Wound Care Center. {sw}, LCSW, of our social work "
           "department tells us he helped you fill out the form.", 9.2)
    p.para("The Policy gives every patient 240 days to apply, counted from the date of the first bill we send after "
           "the patient leaves the hospital. We sent your first bill on January 20, 2026, so the application period "
           "for this stay ended on September 17, 2026. We received your application on October 5, 2026, after the "
           "period had ended. We cannot decide it for this stay.", 9.2)
    p.para("Before and during the application period we sent you four statements and a letter, each with a "
           "plain-language summary of the Policy. We have no record of a call or letter from you about the bill in "
           "that time.", 9.2)
    p.bar("What you can do", 9.0)
    p.bullets([
        "If you could not apply in time for a reason outside your control (for example, another hospital stay), you "
        "may ask the Financial Assistance Review Committee to reconsider within 60 days of the date of this letter. "
        "Tell the Committee what kept you from applying.",
        "Your application is on file for any care you receive from now on; you do not need to send it again for "
        "the next six months.",
        "You may pay the balance in interest-free monthly payments.",
    ], size=9.0)
    sign(p, [signer, "Manager, Financial Assistance Office", f"Patient Financial Services, {HOSP}"], size=9.0)
    t = truth("denial_letter", "timely_filing", insurer=HOSP, plan_id=None, group=None, member_id=None,
              member_name=pt, cases=[app], claim_amount=m2(amt), service_dates=[f"{iso(a)}/{iso(b)}"],
              denial_date=iso(ld), provider=doc, appeal_deadline=iso(plus(ld, 60)),
              alternates={"insurer": HOSP_ALT, "provider": [HOSP],
                          "service_dates": [[iso(a)], [iso(a), iso(b)]]},
              **alts_refusal())
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    f = FAMILY
    summary = bd_account_summary(rng)
    cover, stack_docs = faxstd_stack(rng)
    closed = faxstd_closed(rng)
    es = lowres_es(rng)
    pres = bd_presumptive(rng)
    pre = rotated_preapproval(rng)
    late = scan300_late(rng)
    return [
        Item(f"{f}_bd_account_summary_cosmetic_code_x4", "born_digital", [summary]),
        Item(f"{f}_faxstd_stack_navigator_cover_committee_and_bill", "fax_standard_g4", stack_docs,
             separators=[cover, None]),
        Item(f"{f}_faxstd_closed_missing_pay_stubs", "fax_standard_g4", [closed]),
        Item(f"{f}_lowres_es_ingresos_sobre_el_limite", "scan_lowres_150", [es]),
        Item(f"{f}_bd_presumptive_approval_mailed_stamp", "born_digital", [pres]),
        Item(f"{f}_rotated_knee_surgery_no_preapproval", "rotated", [pre]),
        Item(f"{f}_scan300_late_application_after_240_days", "scan_clean_300", [late]),
    ]
