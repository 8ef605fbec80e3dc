"""Papers mirrored (structure and plain wording style only) from Medicare's Home Health Change of Care Notice (HHCCN,
form CMS-10280) and the papers that travel with it: the home health agency's notice that it will reduce or stop
visits, the agency's bill to the patient for the visits the patient chose to keep, Medicare's Medicare Summary Notice
(MSN) for Part A on the agency's claim, a Medicare contractor's Medicare Redetermination Notice, and a Medicare
Advantage plan's home health determination form and notices of denial of payment (English and Spanish). Public
things appear as themselves: Medicare, the HHCCN and its form number, the Medicare Beneficiary Identifier shape,
1-800-MEDICARE, the patient's right to ask the agency to send a claim to Medicare so Medicare decides, the MSN's
printed "appeal by" date, a redetermination by a Medicare contractor and a reconsideration by a Qualified Independent
Contractor within 180 days of receipt, the Medicare Advantage plan's 65-day limit from the date of the notice and its
72-hour fast reconsideration, homebound status and outpatient therapy, a plan of care signed by the doctor, home
health HCPCS G-codes. Invented: every home health agency, plan, contractor, doctor, therapist, reviewer, counselor,
patient, relative, number, address, form number other than CMS-10280, amount and charge; phones use 555. No heading
names the kind of denial; each reason is told in plain words.

Documents (8 in 7 files):
- born_digital_hhccn_nursing_reduced_aide_stopped_small_caps_margin: the agency's change of care notice with captions
  in small capitals in the left margin and values at the right end of ruled boxes (MBI in groups, the agency's record
  number and a barcode as decoys), "starting the week of April 13, 2026", a printed-on stamp a day before the notice
  date, the agency's form number with a revision date in the footer (denies nothing).
- faxstd_plan_determination_form_therapy_visits_approved_in_part: a Medicare Advantage plan's determination form faxed
  to an agency, the fax header dated the day after the determination, "Enrollee identifier", "Ref#", a fax "tracking
  no." as a decoy, a service table, the decision only in the ticked box "Approved in part" and a ticked reason box
  that never says necessity (six of twelve therapy visits; "from 4/6 through 5/1/2026"; 65 calendar days of the
  determination date).
- lowres_redetermination_notice_therapy_at_home_sidebar_dcn_icn: a contractor's redetermination letter in two
  columns with a sidebar of "Beneficiary number", "DCN", "ICN" beside phone, fax and TTY lines, keeping the refusal of
  seven physical therapy visits because the patient drives to the senior center and to church (outpatient therapy is
  where Medicare pays), a dated row per visit, the amount only in a sentence, a mailed date that differs from the
  notice date, the next step "within 180 days of the day you get this letter" (nothing to count from).
- photocopy_two_page_payment_denial_plan_ended_table_bottom_page_two: a two-page notice of denial of payment whose
  facts table sits at the bottom of page 2 (a paid March claim and the refused April claim, a grand total that is not
  the refused amount), "Subscriber no.", a running header with name and number on page 2, a printed date in the footer,
  coverage that ended before the visits ("no later than 65 days after the date at the top of this notice").
- phone_es_aviso_denegacion_pago_agencia_sin_contrato: a photographed Spanish notice in two columns with a sidebar
  (número de afiliado, número de control, Medicare number and TTY beside them) refusing an agency that has no contract
  with the HMO; the amount only in a sentence ("US$ 1.960,00 ($1,960.00)"), visits in a dated table, "dentro de 65
  días a partir de la fecha de este aviso".
- rotated_claim_letter_plan_of_care_never_received_grievance_decoy: a letter fed sideways with captions under their
  values ("control number"), a grievance number about a missed visit and a call reference as decoys, "the week of
  March 9, 2026", a scan line of digits at the foot, the claim held because the signed plan of care never came
  (65 calendar days from the date of this letter).
- finefax_stack_cover_agency_bill_then_msn_page_two_upside_down: a typed fax cover from the patient's daughter to a
  counseling office, the agency's bill (private-pay aide visits with "(90.00)" and "45.00 CR", a balance line;
  denies nothing), then a two-page Medicare Summary Notice for Part A refusing the aide visits the doctor's new orders
  left out ("from 4/13 through 5/8/2026", a printed appeal-by date), its page 2 with a header repeating name and
  Medicare number fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundef_famja import (EFSheet, cr, dots, es_date, es_money, fax_cover, from_through, kin, long, mbi, mbi_dash,
                               n2, npi, paren, people, phone, scan_digits, slash, split_name, tollfree, usd, week_of,
                               wlong, yy)
from public_kit import digits, m2, out, plus, truth

FAMILY = "medicare_home_health_change_of_care_agency_bills_and_claim_notices"
LANG = "en"
SEED = 354950
MED = "Medicare"
LARCH = "Larchmere Home Health Services"
QUILL = "Quillan Valley Visiting Nurses"
PICK = "Pickering Creek Home Health"
SALT = "Saltmarsh Home Care"
MAC = "Ironbridge Government Health Administrators, LLC"
MAC_ALT = ["Ironbridge Government Health Administrators", "Ironbridge"]
PLAN = "Bellwether Health Plan"
PLAN_PROD = "Bellwether Medicare Advantage Choice (HMO)"
PLAN_ALT = ["Bellwether Health Plan, Inc.", PLAN_PROD, "Bellwether"]
COUNSEL = "Scioto Hills Area Agency on Aging"


def ohio(rng):
    town = rng.choice([("Chillicothe", "OH", "45601"), ("Lancaster", "OH", "43130"), ("Circleville", "OH", "43113"),
                       ("Marion", "OH", "43302"), ("Zanesville", "OH", "43701"), ("Newark", "OH", "43055")])
    street = rng.choice(["Paint St", "Orchard Hill Dr", "E Fifth Ave", "Pleasant Valley Rd", "Walnut Ct Apt 3",
                         "Sugar Grove Rd", "Mound St", "Tecumseh Trl"])
    return [f"{rng.randint(12, 4890)} {street}", f"{town[0]}, {town[1]} {town[2]}"]


def plan_id(rng):
    """Bellwether's enrollee identifier: BW, nine digits, a two-digit suffix."""
    return f"BW{digits(rng, 9)}{rng.randint(1, 3):02d}"


def bw_sp(e):
    """BW 447 120 931 01"""
    return f"{e[:2]} {e[2:5]} {e[5:8]} {e[8:11]} {e[11:]}"


def mbi_sp(m):
    return f"{m[:4]} {m[4:7]} {m[7:]}"


def _plan_head(p, rng, unit, box=None):
    p.head(PLAN, "BELLWETHER", [f"{PLAN_PROD}  |  {unit}",
                                f"PO Box {rng.randint(2100, 2999)}, Columbus, OH 43216  |  Member Services "
                                f"{tollfree(rng)} (TTY 711)  |  Fax {tollfree(rng, '1-866')}"], box=box, size=12.5)


# ---------------------------------------------------------------------------------------------------------------
def shared(rng):
    """The patient of the change of care notice and of the stack (same agency, same story)."""
    pat, md, nurse = people(rng, 3, sexes="fmf")
    daughter = kin(rng, pat, "f", avoid=(md, nurse))
    return {"pat": pat, "md": md, "nurse": nurse, "daughter": daughter, "mbi": mbi(rng), "addr": ohio(rng),
            "notice": dt.date(2026, 4, 9), "eff": dt.date(2026, 4, 13), "orders": dt.date(2026, 4, 7)}


def bd_hhccn(rng, S):
    pat, md, nurse = S["pat"], S["md"], S["nurse"]
    nd, eff = S["notice"], S["eff"]
    mr = f"LH-{digits(rng, 6)}"
    p = EFSheet(footer="Page {n} of {nb}", footer_left="Form CMS-10280     Larchmere form LHHS-CC-2 (rev. 03/2025)")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.head(LARCH, "LARCHMERE", [f"{rng.randint(100, 990)} Hocking Pkwy, Suite 4, Lancaster, OH 43130",
                                f"Office {phone(rng, '740')}  |  After hours nurse {phone(rng, '740')}  |  "
                                f"Fax {phone(rng, '740')}  |  TTY 711"])
    p.f(6.8)
    p.set_xy(p.w - p.r_margin - 62, p.get_y() - 2)
    p.cell(62, 3.4, f"Printed {yy(plus(nd, -1))} 16:02  intake desk", align="R")
    p.set_xy(p.l_margin, p.get_y() + 4)
    p.title_bar("HOME HEALTH CHANGE OF CARE NOTICE", sub="Please read this notice. Keep a copy for your records.")
    p.ln(1)
    p.margin_rows([("Patient name", pat), ("Beneficiary number (Medicare)", mbi_sp(S["mbi"])),
                   ("Agency record no.", mr), ("Date of this notice", long(nd))], cap_w=62, size=9.6, box_w=70)
    y = p.get_y()
    p.barcode(p.w - p.r_margin - 44, y - 36, mr.replace("-", ""), mr, w=44, h=8)
    p.set_xy(p.l_margin, y)
    p.para(f"Starting {week_of(eff)}, your home health agency will change the care we give you at home. The first "
           f"day of the change is {wlong(eff)}. These are the changes:", 9.8)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Service", "What you get now", "From the week of the change"],
            [["Skilled nursing visits (wound and medicine checks)", "3 visits a week", "1 visit a week"],
             ["Home health aide visits (bathing, dressing)", "3 visits a week", "No more visits"]],
            [W * 0.46, W * 0.24, W * 0.30], size=8.8, row_h=6.4)
    p.heading("Why your care is changing", 10.5)
    f, mi, last = split_name(md)
    p.para(f"Dr. {md} saw you on {long(S['orders'])} and wrote new home health orders. Your leg wound has closed. "
           f"Your doctor wants a nurse to look at the skin and go over your medicines once a week for now. Aide visits "
           f"were part of your care only while you also needed nursing several times a week, and your doctor's new "
           f"orders do not list them.", 9.6)
    p.heading("What you can do", 10.5)
    p.bullets([f"Talk with Dr. {last} if you think you still need the visits that are stopping or changing.",
               "If you want the aide to keep coming, you may pay for the visits yourself. You may also ask us to send "
               "a claim to Medicare so that Medicare decides whether it pays; if Medicare does not pay, we will bill "
               "you. Tell your nurse which you choose.",
               "You may choose another home health agency. Your doctor would need to send it new orders.",
               "Questions about your Medicare benefits: call 1-800-MEDICARE. Questions about this notice: call the "
               f"office number above and ask for your nurse, {nurse}, RN."], size=9.2)
    p.para("**Please sign below to show that you received this notice.** Signing does not mean you agree with the "
           "change.", 9.2)
    p.sig_line("Signature of patient or representative", "Date")
    t = truth("other", None, insurer=MED, member_id=S["mbi"], member_name=pat, service_dates=[eff.isoformat()],
              denial_date=nd.isoformat(), provider=LARCH,
              alternates={"insurer": [None, LARCH], "service_dates": [[]], "provider": [f"Dr. {md}"]})
    return out(p), t


def faxstd_determination(rng):
    pat, md, pt, rn, rev = people(rng, 5, sexes="mffmf")
    e = plan_id(rng)
    m = mbi(rng)
    ref = f"HH-26{rng.randint(10, 99)}-{digits(rng, 6)}"
    dd = dt.date(2026, 4, 2)
    a, z = dt.date(2026, 4, 6), dt.date(2026, 5, 1)
    due = plus(dd, 65)
    pid = f"H{digits(rng, 4)}-{rng.randint(1, 20):03d}"
    fax = (f"{slash(plus(dd, 1))} 08:14   BELLWETHER UM  {tollfree(rng, '1-866')}  ->  {QUILL.upper()}   "
           f"P.{{n}}/1")
    p = EFSheet(footer=None, footer_left="BW-UM-HH3 (rev. 03/2025)   Utilization Management", fax_hdr=fax)
    p.set_margins(14, 13, 14)
    p.add_page()
    _plan_head(p, rng, "Utilization Management - Home Health")
    p.title_bar("HOME HEALTH SERVICE REQUEST - PLAN DETERMINATION", sub="Provider copy. The enrollee is sent a "
                "written notice of this decision.")
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Determination date", slash(dd), 52, "A"), ("Ref#", ref, 54, "A"),
                ("Fax tracking no.", f"FX{digits(rng, 4)} {digits(rng, 4)}", 44, "A"),
                ("Received", slash(plus(dd, -3)), W - 150, "A")], size=9.2, h=7.4)
    p.section("1", "Enrollee")
    p.capcells([("Enrollee name", pat, 62, "A"), ("Enrollee identifier", e, 50, "A"),
                ("Medicare no.", m, 40, "A"), ("Plan ID", pid, W - 152, "A")], size=9.0, h=7.2)
    p.section("2", "Who asked")
    p.capcells([("Home health agency", QUILL, 80, "A"), ("Agency NPI", npi(rng), 34, "A"),
                ("Ordering physician", f"Dr. {md}", W - 114, "A")], size=9.0, h=7.2)
    p.section("3", "Services asked for and what the plan decided")
    p.table(["Discipline", "HCPCS", "Visits asked", "Period", "Visits approved", "Line"],
            [["Skilled nursing (insulin teaching)", "G0299", "8", f"{slash(a)} - {slash(z)}", "8", "A"],
             ["Physical therapy", "G0151", "12", f"{slash(a)} - {slash(z)}", "6", "P"]],
            [W * 0.32, W * 0.1, W * 0.12, W * 0.26, W * 0.12, W * 0.08], size=8.4, row_h=6.0,
            aligns=["L", "L", "C", "L", "C", "C"])
    p.section("4", "Decision")
    p.checks("Mark one", [(False, "Approved as asked"), (True, "Approved in part (lines marked P)"),
                          (False, "Not approved"), (False, "Dismissed / withdrawn")], size=8.8, cols=2)
    p.section("5", "For the part not approved")
    p.checks("Reason", [(False, "Enrollee not a member of the plan on the dates asked"),
                        (False, "Agency has no contract with the enrollee's plan"),
                        (True, "The records sent show a smaller number of visits will meet the goals (see note)"),
                        (False, "Records asked for were not sent")], size=8.6, cols=1)
    f, mi, last = split_name(pat)
    p.note(f"Reviewer's note: Mr. {last} walks about 150 feet with his cane and manages the three porch steps with "
           f"the rail (start of care visit, {slash(plus(dd, -4))}). His goals are to get in and out of the shower and "
           f"walk to the mailbox. Six visits {from_through(a, z)} give the therapist time to teach and then check a "
           f"home exercise program. If more visits are needed, send new notes and we will look again.  {rev}, DPT, "
           f"plan reviewer.", title="Note", size=8.6)
    p.para(f"The enrollee, or the ordering physician for the enrollee, may ask the plan to reconsider the part not "
           f"approved within 65 calendar days of the determination date above. A fast (72-hour) reconsideration can be "
           f"asked for when waiting could seriously harm the enrollee's health. Agency contact on file: {rn}, RN. "
           f"Therapist: {pt}, PT.", 8.4)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, plan_id=pid, member_id=e, member_name=pat,
              cases=[ref], service_dates=[f"{a.isoformat()}/{z.isoformat()}"], denial_date=dd.isoformat(),
              provider=QUILL, appeal_deadline=due.isoformat(),
              alternates={"insurer": PLAN_ALT, "provider": [f"Dr. {md}"], "service_dates": [[]]})
    return out(p), t


def lowres_redetermination(rng):
    pat, pt, md, rev = people(rng, 4, sexes="mfmf")
    m = mbi(rng)
    nd = dt.date(2026, 3, 30)
    mailed = dt.date(2026, 4, 1)
    visits = [dt.date(2026, 2, d) for d in (9, 11, 13, 16, 18, 23, 27)]
    each = 220.00
    total = each * len(visits)
    dcn = f"{digits(rng, 2)}{rng.randint(60, 89):03d}{digits(rng, 7)}"
    icn = f"2{digits(rng, 4)}{digits(rng, 8)}"
    filed = dt.date(2026, 3, 6)
    p = EFSheet(footer="Page {n} of {nb}", footer_left="IGHA-RD-HH (rev. 11/2025)", run_hdr=f"{pat}  |  {mbi_dash(m)}")
    p.set_margins(17, 14, 17)
    p.add_page()
    p.head(MAC, "IGHA", ["Medicare Administrative Contractor - Home Health and Hospice  |  Redeterminations",
                         f"PO Box {rng.randint(7000, 7999)}, Indianapolis, IN 46207"])
    p.f(13, "B")
    p.cell(0, 7, "Medicare Redetermination Notice", new_x="LMARGIN", new_y="NEXT")
    p.f(9.4)
    p.cell(0, 5, f"Date of this notice: {long(nd)}        Date mailed: {long(mailed)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in [pat, *ohio(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    f, mi, last = split_name(pat)
    side = [("Beneficiary number", mbi_dash(m)), ("DCN", dcn), ("ICN", icn), ("Provider", PICK),
            ("Phone", tollfree(rng)), ("Fax", tollfree(rng, "1-866")), ("TTY", "711"),
            ("Hours", "8 a.m.-6 p.m. Eastern, Mon-Fri")]
    paras = [f"Dear Mr. {last}:",
             f"On {long(filed)} you asked us to look again at Medicare's decision not to pay {PICK} for the physical "
             f"therapy visits you had at home {from_through(visits[0], visits[-1])}. A reviewer who did not make the "
             f"first decision read your letter, the agency's visit notes and the orders signed by Dr. {md}.",
             "**Our decision: Medicare will still not pay for these visits.**",
             f"Why: the therapist, {pt}, PT, wrote at the first visit that you drive yourself to the senior center on "
             f"Monday, Wednesday and Friday mornings and to church on Sundays, and that you do your own shopping. When "
             f"a person leaves home that often and without help, Medicare pays for therapy given at an outpatient "
             f"clinic or a therapist's office, not for visits made to the home. Your doctor's orders would have "
             f"allowed therapy at an outpatient clinic.",
             f"What this means for you: the agency may not bill you for the {usd(total)} it charged unless it gave you "
             f"a written notice before the visits saying Medicare might not pay. Ask the agency for a copy if you "
             f"are billed.",
             ]
    p.side_text(paras, side, side_w=56, size=9.4, title="About your appeal")
    p.bar("The visits we reviewed")
    W = p.w - p.l_margin - p.r_margin
    p.table(["Date", "Service", "Code", "Decision"],
            [[dots(v) if i % 3 == 1 else yy(v), "Physical therapy visit in the home", "G0151", "Not paid"]
             for i, v in enumerate(visits)], [W * 0.16, W * 0.48, W * 0.14, W * 0.22], size=8.4, row_h=5.2)
    p.bar("If you disagree")
    p.para("You may ask for a reconsideration by a Qualified Independent Contractor (QIC). Send your request within "
           "180 days of the day you get this letter. Use the enclosed form or write a letter with your name, your "
           "Medicare number, the DCN at the top of this letter and why you disagree. Send it to the QIC at the address "
           "on the form, not to us.", 9.2)
    p.para(f"Sincerely,\n{rev}\nRedetermination reviewer", 9.2)
    t = truth("denial_letter", "level_of_care", insurer=MAC, member_id=mbi_dash(m), member_name=pat, cases=[dcn, icn],
              claim_amount=m2(total), service_dates=[f"{visits[0].isoformat()}/{visits[-1].isoformat()}"],
              denial_date=nd.isoformat(), provider=PICK,
              alternates={"insurer": MAC_ALT + [MED], "case_numbers": [[dcn], [icn]],
                          "service_dates": [[v.isoformat() for v in visits]], "provider": [f"{pt}"]},
              denial_alternates=["not_covered"])
    return out(p), t


def photocopy_plan_ended(rng):
    pat, md, clerk = people(rng, 3, sexes="fmf")
    e = plan_id(rng)
    m = mbi(rng)
    nd = dt.date(2026, 4, 24)
    printed = dt.date(2026, 4, 27)
    ended = dt.date(2026, 3, 31)
    due = plus(nd, 65)
    march = [dt.date(2026, 3, d) for d in (23, 25, 27, 30)]
    april = [dt.date(2026, 4, d) for d in (1, 3, 6, 8, 10)]
    rate = {"SN": 185.00, "PT": 215.00}
    kinds = ["SN", "PT", "SN", "PT", "SN", "PT", "SN", "PT", "SN"]
    mar_rows = list(zip(march, kinds[:4]))
    apr_rows = list(zip(april, kinds[4:]))
    mar_tot = sum(rate[k] for _, k in mar_rows)
    apr_tot = sum(rate[k] for _, k in apr_rows)
    c1 = f"26{digits(rng, 9)}"
    c2 = f"26{digits(rng, 9)}"
    f, mi, last = split_name(pat)
    p = EFSheet(footer="Page {n} of {nb}", footer_left=f"BW-NDP-2 (rev. 01/2026)   printed {slash(printed)}",
                run_hdr=f"{pat}   Subscriber no. {e}   Notice of Denial of Payment")
    p.set_margins(18, 14, 18)
    p.add_page()
    _plan_head(p, rng, "Claims")
    p.f(8.8)
    p.cell(0, 5, f"Date: {long(nd)}", align="R", new_x="LMARGIN", new_y="NEXT")
    p.f(13.5, "B")
    p.cell(0, 8, "Notice of Denial of Payment", align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.hung([(pat, "Name", 58), (e, "Subscriber no.", 46), (m, "Medicare number", 38),
            (c2, "Claim number", 37.9)], size=9.2)
    for ln in [pat, *ohio(rng)]:
        p.line(ln, 9.8)
    p.ln(2)
    p.para(f"Dear Ms. {last}:", 9.8)
    p.para(f"{LARCH} sent us a claim for home health visits after {long(ended)}. **We cannot pay the "
           f"{usd(apr_tot)} {LARCH} billed for those visits.**", 9.8)
    p.para(f"Why: your coverage ended before these dates. Our records, and the notice Medicare sent us, show that "
           f"you moved to Tucson, Arizona, which is outside the counties where {PLAN_PROD} is offered. Your membership "
           f"in our plan ended on {long(ended)}. From April 1 you have Original Medicare, unless you joined another "
           f"plan. The agency can send its claim for April to Original Medicare or to your new plan.", 9.8)
    p.para(f"Visits up to {long(ended)} were paid on an earlier claim. Both claims, with each visit and date, are "
           "listed at the end of page 2.", 9.8)
    p.para("**You have the right to appeal.** If you think you were still a member of our plan on these dates, ask us "
           "for an appeal (a reconsideration). Your request must reach us no later than 65 days after the date at the "
           "top of this notice. Call Member Services or write to the address at the top. Send anything that shows "
           "you were a member, such as a letter from Medicare about your enrollment.", 9.8)
    p.para(f"Sincerely,\n{clerk}\nClaims Correspondence Unit", 9.6)
    p.add_page()
    p.bar("What happens next")
    p.para("Our plan will look at your appeal and answer in writing within 60 days. If we keep our decision, we send "
           "your case on to an independent organization that works for Medicare; you do not have to ask for this. "
           "If you are not satisfied with that decision, you may have more levels of appeal. The letter you get at "
           "each level explains the next one.", 9.2)
    p.bar("Get help")
    p.para("You can call Member Services at the number at the top of page 1 (TTY 711), 8 a.m. to 8 p.m., seven days "
           "a week. You may also call 1-800-MEDICARE, or your State Health Insurance Assistance Program, for free "
           "help. You can name a relative, friend, lawyer or doctor to act for you.", 9.2)
    p.para("You can ask for a free copy of the information we used to make this decision. This notice is available "
           "in Spanish and in large print.", 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.set_y(max(p.get_y() + 4, 168))
    p.bar("Claims from " + LARCH)
    name = {"SN": "Skilled nursing visit", "PT": "Physical therapy visit"}
    rows = [[c1 if i == 0 else "", yy(d), name[k], n2(rate[k]), n2(rate[k]), "Paid"] for i, (d, k) in
            enumerate(mar_rows)]
    rows += [[c2 if i == 0 else "", yy(d), name[k], n2(rate[k]), "0.00", "Not paid - not a member"] for i, (d, k) in
             enumerate(apr_rows)]
    rows.append(["Total, both claims", "", "", n2(mar_tot + apr_tot), n2(mar_tot), ""])
    p.table(["Claim", "Visit date", "Service", "Billed", "Plan paid", "Status"], rows,
            [W * 0.17, W * 0.12, W * 0.25, W * 0.12, W * 0.12, W * 0.22], size=8.2, row_h=5.0, bold_last=True,
            aligns=["L", "L", "L", "R", "R", "L"])
    t = truth("denial_letter", "eligibility", insurer=PLAN, member_id=e, member_name=pat, cases=[c2],
              claim_amount=m2(apr_tot), service_dates=[f"{april[0].isoformat()}/{april[-1].isoformat()}"],
              denial_date=nd.isoformat(), provider=LARCH, appeal_deadline=due.isoformat(),
              alternates={"insurer": PLAN_ALT, "service_dates": [[d.isoformat() for d in april]]})
    return out(p), t


def phone_es_out_of_network(rng):
    pat, md, rn, clerk = people(rng, 4, sexes="fmfm", pool="es")
    e = plan_id(rng)
    m = mbi(rng)
    nd = dt.date(2026, 4, 14)
    due = plus(nd, 65)
    visits = [dt.date(2026, 3, d) for d in (2, 4, 6, 9, 11, 13, 16, 18, 20)]
    each = [245.00, 205.00, 205.00, 205.00, 220.00, 205.00, 205.00, 220.00, 250.00]
    total = sum(each)
    ctl = f"{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 3)}"
    f, mi, last = split_name(pat)
    p = EFSheet(footer="Página {n} de {nb}", footer_left="BW-NDP-2S (rev. 01/2026)")
    p.set_margins(17, 14, 17)
    p.add_page()
    p.head(PLAN, "BELLWETHER", [f"{PLAN_PROD}  |  Departamento de Reclamaciones",
                                f"PO Box {rng.randint(2100, 2999)}, Columbus, OH 43216"])
    p.f(13, "B")
    p.cell(0, 7, "Aviso de denegación de pago", new_x="LMARGIN", new_y="NEXT")
    p.f(9.4)
    p.cell(0, 5, f"Fecha de este aviso: {es_date(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in [pat, *ohio(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    side = [("Número de afiliado", e), ("Número de control", ctl), ("Número de Medicare", mbi_dash(m)),
            ("Servicios para Miembros", tollfree(rng)), ("Fax", tollfree(rng, "1-866")), ("TTY", "711")]
    paras = [f"Estimada Sra. {last}:",
             f"Recibimos la cuenta de {SALT} por las visitas de enfermería y de terapia que usted recibió en su casa "
             f"del 2 al 20 de marzo de 2026. **No podemos pagar los {es_money(total)} ({usd(total)}) que cobró "
             f"la agencia.**",
             f"¿Por qué? {SALT} no tiene contrato con nuestro plan. Con {PLAN_PROD}, usted recibe la atención en el "
             f"hogar de las agencias que trabajan con nosotros; las demás solo se pagan en una emergencia o cuando "
             f"nosotros las aprobamos antes. No recibimos ninguna solicitud de aprobación para estas visitas. "
             f"Tres agencias que trabajan con nosotros atienden su condado; llámenos y le ayudamos a cambiar.",
             f"La agencia no puede cobrarle a usted más de lo que le cobraría una agencia de nuestro plan. Si recibe "
             f"una cuenta, llámenos."]
    p.side_text(paras, side, side_w=54, size=9.4, title="Sus números")
    W = p.w - p.l_margin - p.r_margin
    p.bar("Visitas en la cuenta")
    rows = [[f"{d.day}/{d.month}/{d.year}", "Enfermería" if i % 2 == 0 else "Terapia física", n2(v), "0.00"]
            for i, (d, v) in enumerate(zip(visits, each))]
    p.table(["Fecha", "Servicio", "Cobrado", "Pagado por el plan"], rows, [W * 0.2, W * 0.4, W * 0.2, W * 0.2],
            size=8.4, row_h=4.9, aligns=["L", "L", "R", "R"])
    p.bar("Si no está de acuerdo")
    p.para("Puede pedirnos una apelación (reconsideración) dentro de 65 días a partir de la fecha de este aviso. "
           "Llame a Servicios para Miembros o escríbanos a la dirección de arriba. Puede pedir gratis una copia de la "
           "información que usamos para decidir.", 9.2)
    p.para(f"Atentamente,\n{clerk}\nDepartamento de Reclamaciones", 9.2)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, member_id=e, member_name=pat, cases=[ctl],
              claim_amount=m2(total), service_dates=[f"{visits[0].isoformat()}/{visits[-1].isoformat()}"],
              denial_date=nd.isoformat(), provider=SALT, appeal_deadline=due.isoformat(), lang="es",
              alternates={"insurer": PLAN_ALT, "service_dates": [[d.isoformat() for d in visits]]},
              denial_alternates=["prior_authorization"])
    return out(p), t


def rotated_records(rng):
    pat, md, clerk, caller = people(rng, 4, sexes="mfmf")
    e = plan_id(rng)
    nd = dt.date(2026, 4, 21)
    due = plus(nd, 65)
    soc = dt.date(2026, 3, 9)
    visits = [dt.date(2026, 3, d) for d in (9, 10, 12, 13)]
    lines = [("Start of care visit, nursing", "G0299", 265.00), ("Skilled nursing visit", "G0299", 185.00),
             ("Occupational therapy visit", "G0152", 210.00), ("Skilled nursing visit", "G0299", 185.00)]
    total = sum(x[2] for x in lines)
    ctl = f"CN{digits(rng, 10)}"
    gr = f"GR-26-{digits(rng, 4)}"
    callref = f"{digits(rng, 3)}-{digits(rng, 6)}"
    asked = [dt.date(2026, 3, 25), dt.date(2026, 4, 8)]
    f, mi, last = split_name(pat)
    p = EFSheet(footer="Page {n} of {nb}", footer_left="BW-CLM-R4 (rev. 02/2026)",
                scanline=scan_digits(rng, [7, 9, 4, 8, 2]))
    p.set_margins(18, 14, 18)
    p.add_page()
    _plan_head(p, rng, "Claims")
    p.line(long(nd), 9.8)
    p.ln(2)
    for ln in [pat, *ohio(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    p.under([(bw_sp(e), "Member identifier"), (ctl, "Claim control number"), (QUILL, "Home health agency")],
            widths=[52, 50, 77.9], size=9.4)
    p.para(f"Dear Mr. {last}:", 9.8)
    p.para(f"{QUILL} has sent us a claim for the home health care you began {week_of(soc)}. We are not able to pay "
           f"this claim now.", 9.8)
    p.para(f"Home health visits are paid when they follow a plan of care that your doctor has signed. We wrote to "
           f"{QUILL} on {long(asked[0])} and again on {long(asked[1])} for the plan of care signed by Dr. {md}. We did "
           f"not receive it, so we could not tell whether the visits below were the ones your doctor ordered.", 9.8)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Visit date", "Service", "Code", "Charge"],
            [[slash(d), k, c, n2(v)] for d, (k, c, v) in zip(visits, lines)] + [["", "Claim total", "", n2(total)]],
            [W * 0.18, W * 0.5, W * 0.14, W * 0.18], size=8.6, row_h=5.2, bold_last=True,
            aligns=["L", "L", "L", "R"])
    p.para("The agency may not bill you for these visits. If the agency sends the signed plan of care, we will look "
           "at the claim again without any request from you.", 9.8)
    p.para(f"About your call: on {long(plus(nd, -6))} you spoke with {caller} about this claim (call reference "
           f"{callref}). Your grievance no. {gr}, about a visit that was missed on March 20, is being answered in a "
           f"separate letter.", 9.4)
    p.para("**If you disagree with this decision**, you may ask us for a reconsideration. Ask within 65 calendar days "
           "from the date of this letter. Call Member Services or write to us at the address above.", 9.6)
    p.para(f"Sincerely,\n{clerk}\nClaims Correspondence Unit", 9.6)
    t = truth("denial_letter", "other", insurer=PLAN, member_id=e, member_name=pat, cases=[ctl],
              claim_amount=m2(total), service_dates=[f"{visits[0].isoformat()}/{visits[-1].isoformat()}"],
              denial_date=nd.isoformat(), provider=QUILL, appeal_deadline=due.isoformat(),
              alternates={"insurer": PLAN_ALT, "service_dates": [[d.isoformat() for d in visits]],
                          "provider": [f"Dr. {md}"]})
    return out(p), t


def finefax_stack(rng, S):
    pat, daughter = S["pat"], S["daughter"]
    aide_days = [dt.date(2026, 4, d) for d in (13, 15, 17, 20, 22, 24, 27, 29)] + [dt.date(2026, 5, d) for d in
                                                                                   (1, 4, 6, 8)]
    rate = 78.00
    charges = rate * len(aide_days)
    sd = dt.date(2026, 5, 29)
    acct = f"{digits(rng, 7)}"
    paid = 90.00
    adj = 45.00
    prev = 0.00
    bal = charges - paid - adj + prev
    msn_d = dt.date(2026, 6, 12)
    appeal_by = plus(msn_d, 120)
    icn = f"2{digits(rng, 4)}{digits(rng, 8)}"
    f, mi, last = split_name(pat)
    sent = dt.date(2026, 6, 18)
    cover = fax_cover(COUNSEL + " - Medicare counseling", phone(rng, "740"), daughter, phone(rng, "740"), sent, 4,
                      f"My mother {pat} - home health aide bill",
                      "Here is the agency bill and the Medicare paper that came last week. Mom kept the aide after "
                      "the agency's notice in April and asked them to send it to Medicare. Can you tell us if she "
                      "should appeal? Thank you.")
    # the agency's bill to the patient
    b = EFSheet(footer=None, footer_left="LHHS-ST-1 (rev. 03/2025)")
    b.set_margins(16, 14, 16)
    b.add_page()
    b.head(LARCH, "LARCHMERE", [f"Patient Accounts  |  Lancaster, OH 43130  |  {phone(rng, '740')}"],
           box="STATEMENT")
    W = b.w - b.l_margin - b.r_margin
    b.capcells([("Statement date", slash(sd), 40, "A"), ("Account no.", acct, 38, "A"),
                ("Patient", pat, 62, "A"), ("Medicare ID on file", S["mbi"], W - 140, "A")], size=9.0)
    for ln in [pat, *S["addr"]]:
        b.line(ln, 9.6)
    b.ln(3)
    rows = [[yy(d), "Home health aide visit (private pay)", "1", n2(rate), ""] for d in aide_days]
    rows.append([yy(dt.date(2026, 5, 11)), "Payment - thank you (check 2214)", "", "", paren(paid)])
    rows.append([yy(dt.date(2026, 5, 11)), "Courtesy adjustment (two short visits)", "", "", cr(adj)])
    b.ledger(["Date", "Description", "Visits", "Charge", "Credits"], rows,
             [W * 0.14, W * 0.48, W * 0.1, W * 0.14, W * 0.14], aligns=["L", "L", "C", "R", "R"], size=8.2,
             totals=["", "Charges this statement", "", n2(charges), ""])
    b.leaders([("Previous balance", n2(prev)), ("Charges this statement", n2(charges)),
               ("Payments and credits", paren(paid + adj)), ("Balance due", usd(bal))], size=9.2, w=W * 0.6,
              x=b.l_margin + W * 0.4)
    b.para(f"These are the aide visits you chose to keep after the change in your care in April. As you asked, we "
           f"also sent a claim for them to Medicare. If Medicare pays any of them, we will refund you or credit your "
           f"account. Please pay the balance by June 30, 2026, or call us to set up a payment plan.", 9.0)
    d_a = (out(b), truth("other", None, insurer=None, member_id=S["mbi"], member_name=pat, claim_amount=m2(charges),
                         service_dates=[f"{aide_days[0].isoformat()}/{aide_days[-1].isoformat()}"],
                         denial_date=sd.isoformat(), provider=LARCH, unscored=["insurer"],
                         alternates={"insurer": [MED], "claim_amount": [m2(bal)],
                                     "service_dates": [[d.isoformat() for d in aide_days]]}))
    # the Medicare Summary Notice, Part A
    p = EFSheet(footer="Page {n} of {nb}", footer_left="Medicare Summary Notice for Part A",
                run_hdr=f"{pat.upper()}   Medicare Number {mbi_dash(S['mbi'])}   Page {{n}} of {{nb}}")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.f(16, "B")
    p.cell(0, 8, "Medicare Summary Notice for Part A (Hospital Insurance)", new_x="LMARGIN", new_y="NEXT")
    p.f(8.8)
    p.cell(0, 4.6, "The official summary of your Medicare claims.  THIS IS NOT A BILL.", new_x="LMARGIN",
           new_y="NEXT")
    p.rule(3)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.set_xy(p.l_margin, y0)
    for ln in [pat.upper(), *[a.upper() for a in S["addr"]]]:
        p.line(ln, 9.6)
    end = p.sidebar([("Medicare Number", mbi_dash(S["mbi"])), ("Date of this notice", long(msn_d)),
                     ("Claims processed", "March 13 - June 11, 2026"),
                     ("Customer Service", "1-800-MEDICARE (TTY users call 711 for relay)")],
                    p.l_margin + W - 74, y0, 74, title="Your Medicare information", size=8.4)
    p.set_y(end + 3)
    p.bar("Your claims and costs this period")
    p.pairs([("Did Medicare approve all services?", "NO - see page 2 for what was not approved"),
              ("Number of facility claims", "1"), ("Total you may be billed", usd(charges))], label_w=78, size=9.4)
    p.bar("Your deductible status")
    p.para("Home health care has no deductible. You have met your Part A deductible for this benefit period.", 9.2)
    p.bar("If you disagree with a decision")
    p.para(f"**If you disagree with a coverage decision, file an appeal by {long(appeal_by)}.** Circle the services "
           f"you disagree with on page 2, explain why on the same page, sign it, and send it with any papers that help "
           f"to the Medicare contractor at the address on page 2. You may also ask your doctor or the agency for "
           f"records that support your appeal.", 9.2)
    p.para("Be a fraud fighter: check this notice against the visits you really had. If a date is wrong, call "
           "1-800-MEDICARE.", 8.8)
    p.add_page()
    p.bar("Your facility claims")
    p.para(f"**{LARCH}**, Lancaster, OH.  Claim number {icn}.  Home health care "
           f"{from_through(aide_days[0], aide_days[-1])}.", 9.2)
    rows = [[yy(d), "Home health aide visit", "G0156", n2(rate), "No", "A"] for d in aide_days]
    rows.append(["Total", "", "", n2(charges), "", ""])
    p.table(["Date", "Service", "Code", "Charged", "Approved?", "Note"], rows,
            [W * 0.14, W * 0.36, W * 0.12, W * 0.14, W * 0.12, W * 0.12], size=8.0, row_h=4.4, bold_last=True,
            aligns=["L", "L", "L", "R", "C", "C"])
    p.note(f"A  Your doctor's home health orders changed on {long(S['orders'])} and no longer included an aide. "
           f"Medicare pays for an aide's visits only as part of a plan of care your doctor has ordered, so these "
           f"visits are not paid. Your agency gave you a written notice about this change, so you may be billed "
           f"for them.", title="Notes for your claims", size=8.6)
    p.para(f"Send appeals to: Medicare Part A appeals, {MAC}, PO Box {rng.randint(7000, 7999)}, Indianapolis, "
           f"IN 46207.", 8.6)
    d_b = (out(p), truth("eob", "not_covered", insurer=MED, member_id=mbi_dash(S["mbi"]), member_name=pat, cases=[icn],
                         claim_amount=m2(charges),
                         service_dates=[f"{aide_days[0].isoformat()}/{aide_days[-1].isoformat()}"],
                         denial_date=msn_d.isoformat(), provider=LARCH, appeal_deadline=appeal_by.isoformat(),
                         alternates={"service_dates": [[d.isoformat() for d in aide_days]]},
                         denial_alternates=["medical_necessity"]))
    return cover, [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    S = shared(rng)
    items = [
        Item(F + "born_digital_hhccn_nursing_reduced_aide_stopped_small_caps_margin", "born_digital",
             [bd_hhccn(rng, S)]),
        Item(F + "faxstd_plan_determination_form_therapy_visits_approved_in_part", "fax_standard_g4",
             [faxstd_determination(rng)]),
        Item(F + "lowres_redetermination_notice_therapy_at_home_sidebar_dcn_icn", "scan_lowres_150",
             [lowres_redetermination(rng)]),
        Item(F + "photocopy_two_page_payment_denial_plan_ended_table_bottom_page_two", "photocopy",
             [photocopy_plan_ended(rng)]),
        Item(F + "phone_es_aviso_denegacion_pago_agencia_sin_contrato", "phone_photo", [phone_es_out_of_network(rng)]),
        Item(F + "rotated_claim_letter_plan_of_care_never_received_grievance_decoy", "rotated",
             [rotated_records(rng)]),
    ]
    cover, docs = finefax_stack(rng, S)
    items.append(Item(F + "finefax_stack_cover_agency_bill_then_msn_page_two_upside_down", "fax_fine_g4", docs,
                      separators=[cover, None], turns={(1, 1): 180}))
    return items
