"""Papers mirrored (structure and plain wording style only) from a state-funded program that helps adults with
Huntington's disease or amyotrophic lateral sclerosis (ALS) pay for what their other coverage does not: equipment and
communication devices, home care aide hours, respite, and the coinsurance left after Medicare. Such programs are the
payer of last resort (Medicare, Medicaid and private insurance must be billed first and their decisions sent in),
have yearly dollar or hour limits, ask for approval before costly equipment is bought, re-enrol clients every year
(diagnosis, residency and income), and give clients an administrative review and then a state fair hearing. Here for
an invented state, Kellsmoor (KM), and its invented Department of Health & Aging, whose Bureau of Neurological Care
Programs runs the invented "Huntington's Disease & ALS Care Program" (the letters call it "the Program"), with an
invented fiscal agent, Grisholt Claims Solutions, LLC, paying vendors. Every person, provider, company, number,
address and amount is invented (phones 555); Medicare, CPT / HCPCS codes and claim adjustment reason codes appear as
themselves.

Documents (8 in 7 files):
- born_digital_client_statement_eye_gaze_stand_note_3_no_approval: the Program's quarterly statement to a client
  with ALS; six claims under caption rows carrying "Type", "Vendor:", "Auth" and "Referral #"; the eye-gaze floor
  stand's row pays 0.00 with only the bare note mark "3", told in the numbered notes under the table (type letters
  H/R/E/C explained in a key above); dated "Statement of Monday, April 6, 2026".
- faxstd_power_wheelchair_medicare_must_decide_first: two-page notice of action on a prior approval request; values
  in ruled boxes with captions under them; "Decision of Tuesday, March 10, 2026"; client number printed with dashes.
- faxstd_stack_hand_lettered_cover_respite_cap_p2_sideways_then_home_care_bill: a spouse's hand-lettered cover
  ("Frm", "# of pgs: four", "Re:" run into the subject, the patient named, no payer), the Program's two-page notice
  that a five-day respite stay is over the yearly respite limit (page 2 fed sideways), then the home care agency's
  statement whose refused six-hour visit is told only in its message box (denies nothing).
- phone_es_cobertura_terminada_renovacion_anual: Spanish notice that aide hours after enrolment ended (annual
  renewal not returned) are not paid.
- rotated_fiscal_agent_remittance_cough_assist_past_180_days: the fiscal agent's vendor remittance; five claims
  under caption rows ("Client", "Auth", "Referral #"); one claim refused under CO-29 and K7, told in the code list.
- photocopy_review_upheld_ceiling_lift_portable_lift_enough: administrative review decision upholding the denial of
  a ceiling lift; "Decision of Tuesday, May 12, 2026", the conference "held the 5th of May 2026"; fair hearing only.
- scanlow_home_care_hours_approved: approval of aide hours (denies nothing); values with captions beside them.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundep_fampd import abbr, digits, dmy, es_date, iso, long, n2, plus, slash, upper, usd, wday, yy
from kit_roundes_famsd import ESSheet, dow_slash, hand_cover, of_date
from public_kit import m2, mbi, out, truth

FAMILY = "kellsmoor_hd_als_care_program_last_resort_eye_gaze_stand_medicare_first_chair_respite_cap_renewal_late_claim_lift_review_refusals"
LANG = "en"
SEED = 355083
DEPT = "Kellsmoor Department of Health & Aging"
PROG = "Huntington's Disease & ALS Care Program"
INS_ALT = ["Kellsmoor Department of Health and Aging", "Department of Health & Aging", "Kellsmoor DHA", PROG,
           "Huntington's Disease and ALS Care Program", "Kellsmoor HD & ALS Care Program", "HD & ALS Care Program",
           "Kellsmoor", "State of Kellsmoor"]
FA = "Grisholt Claims Solutions, LLC"
LEGAL = (f"The {PROG} is run by the {DEPT} under Kellsmoor Health Code sections 44-310 to 44-327. The Program pays "
         "only after Medicare, Medicaid and any other health coverage have paid or refused (payer of last resort). "
         "Form NCP-114 (rev. 01/26).")
RIGHT = ["Program line 1-877-555-0142", "TTY 711", "Fax 1-877-555-0149", "Mon-Fri 8:00 a.m. - 4:30 p.m."]
ADDR = ["PO Box 4410, Bramwick, KM 60412"]


def cid(rng):
    return "SZ" + digits(rng, 7)


def grp(c):
    return f"{c[:2]} {c[2:5]} {c[5:]}"


def icn(rng, jul):
    return f"2026-{jul:03d}-B{digits(rng, 5)}"


def pa(rng):
    return "PA26B" + digits(rng, 4)


def head(p, box=None, third="BUREAU OF NEUROLOGICAL CARE PROGRAMS  \u00b7  HD & ALS CARE PROGRAM", second=None,
         right=None):
    p.seal_head("K E L L S M O O R", second or "Department of Health & Aging", third, ADDR, right or RIGHT, box=box)


# ------------------------------------------------------------------------------------------------------------------
def born_statement(rng):
    cl = "Marguerite L. Pocklethwaite"
    c = cid(rng)
    sd = dt.date(2026, 4, 6)
    med = mbi(rng)
    HC = "Larkstone Home Care Agency"
    RES = "Rubblestone Respite Cottage"
    VEND = "Bramwick Assistive Technology, Inc."
    CLIN = "Stellholm General Hospital ALS Clinic"
    auth_hc, auth_res = pa(rng), pa(rng)
    ref = "NR-" + digits(rng, 4)
    d = dt.date
    claims = [
        (icn(rng, 12), "H", HC, f"Auth {auth_hc}",
         [(d(2026, 1, 5), d(2026, 1, 30), "S5130", "Home care aide, 80 hours", 2480.00, 0.00, 2480.00, 0.00, "1")]),
        (icn(rng, 40), "H", HC, f"Auth {auth_hc}",
         [(d(2026, 2, 2), d(2026, 2, 27), "S5130", "Home care aide, 80 hours", 2480.00, 0.00, 2480.00, 0.00, "1")]),
        (icn(rng, 51), "R", RES, f"Auth {auth_res}",
         [(d(2026, 2, 16), d(2026, 2, 18), "S5151", "Respite, overnight, 3 days", 1068.00, 0.00, 1068.00, 0.00,
           "1, 2")]),
        (icn(rng, 71), "E", VEND, f"Auth \u2014   Referral # {ref}",
         [(d(2026, 3, 3), None, "E2599", "SGD accessory: eye-gaze floor stand", 1185.00, 0.00, 0.00, 0.00,
           "3")]),
        (icn(rng, 78), "C", CLIN, "Auth not needed",
         [(d(2026, 3, 10), None, "99215", "ALS clinic visit, team review", 412.00, 214.96, 53.74, 0.00, "1, 4"),
          (d(2026, 3, 10), None, "92610", "Swallowing evaluation", 238.00, 118.40, 29.60, 0.00, "1, 4")]),
        (icn(rng, 92), "H", HC, f"Auth {auth_hc}",
         [(d(2026, 3, 2), d(2026, 3, 27), "S5130", "Home care aide, 80 hours", 2480.00, 0.00, 2480.00, 0.00, "1")]),
    ]
    R = 3
    p = ESSheet(footer="Page {n} of {nb}",
                run_foot=f"{cl.upper()}   \u00b7   Client {grp(c)}   \u00b7   Statement {slash(sd)}   \u00b7   "
                         f"Program year 2026")
    p.set_margins(16, 13, 16)
    p.add_page()
    head(p, box="STATEMENT OF SERVICES PAID")
    W = p.W
    y0 = p.get_y()
    p.address_block([cl, "57 Whetstone Lane, Apt 2B", "Ovenden KM 60718"], 9.6)
    yb = p.side_boxes([("Client number", grp(c)), ("Program year", "January 1 - December 31, 2026"),
                       ("Claims paid from", "01/01/2026 to 03/31/2026"), ("Diagnosis group", "ALS")],
                      p.l_margin + W * 0.44, y0, W * 0.56, 30, size=8.8, h=6.0, gap=1.2)
    p.set_xy(p.l_margin, max(yb, p.get_y()) + 2)
    p.set_font("Serif", "B", 12)
    p.cell(W, 6, f"Statement of {wday(sd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.small("This is not a bill. It lists the claims the Program paid or refused for you from January through March. "
            "Your vendors may not bill you for amounts the Program paid. The Program pays after Medicare (your "
            f"Medicare number {med} is shown only for your records) and after any other coverage you have.", 7.8)
    p.set_font("Sans", "", 7.6)
    p.cell(W, 4, "Type:   H  home care aide     R  respite     E  equipment and devices     C  clinic and therapy visits",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.msg_box("Your 2026 limits", [
        "Respite: $4,000.00 a program year (used so far: $1,068.00).   Home care aide: up to 20 hours a week as "
        "approved.   Equipment costing more than $500.00: approval first.   Example: if a vendor bills $100.00 and "
        "Medicare pays $80.00, the Program pays up to $20.00."], size=7.8)
    widths = [W * 0.17, W * 0.08, W * 0.29, W * 0.09, W * 0.1, W * 0.09, W * 0.08, W * 0.1]
    rows, bold, shade = [], set(), set()
    info = None
    for i, (no, typ, vend, extra, lines) in enumerate(claims):
        shade.add(len(rows))
        rows.append([f"Claim {no}    Type {typ}    Vendor: {vend}    {extra}", "", "", "", "", "", "", ""])
        tb = tp = 0.0
        for a, b, code, desc, bl, oth, paid, owe, note in lines:
            dates = f"{yy(a)} - {yy(b)}" if b else yy(a)
            rows.append([dates, code, desc, n2(bl), n2(oth), n2(paid), n2(owe), note])
            tb, tp = tb + bl, tp + paid
        if len(lines) > 1:
            bold.add(len(rows))
            rows.append(["", "", "Claim total", n2(tb), "", n2(tp), "", ""])
        if i == R:
            info = dict(no=no, billed=tb, date=iso(lines[0][0]))
    p.set_font("Sans", "B", 10)
    p.cell(W, 6, "Claims", new_x="LMARGIN", new_y="NEXT")
    p.run_table(["Dates", "Code", "Service", "Billed", "Other coverage paid", "Program paid", "You owe", "Notes"],
                rows, widths, aligns=["L", "L", "L", "R", "R", "R", "R", "C"], size=7.6, row_h=4.9, bold_rows=bold,
                shade_rows=shade, foot_room=30, cont="claims continue")
    p.note_list("Notes", [
        ("1", "Medicare or your other coverage was billed first, or does not pay for this service. The Program paid "
              "what was left, up to its rate."),
        ("2", "Counts toward your respite limit of $4,000.00 for the program year."),
        ("3", "Equipment that costs more than $500.00 must be approved by the Program before it is bought or "
              "delivered. We have no approval request for this item, so the Program paid nothing. The vendor may "
              "not bill you unless you agreed in writing to pay."),
        ("4", "Paid the coinsurance left after Medicare."),
        ("5", "More hours or days than the Program approved."),
        ("6", "Send us your other insurer's explanation of benefits so we can finish this claim."),
    ], size=7.6)
    p.set_font("Sans", "B", 9.6)
    p.cell(W, 5, "If you disagree with a decision on this statement", new_x="LMARGIN", new_y="NEXT")
    p.small("Ask for an administrative review within 30 days of the date of this statement. Write to the Program, "
            "Attn: Reviews, PO Box 4410, Bramwick, KM 60412, or call the Program line. Say which claim you mean. A "
            "vendor may still send an approval request for equipment already delivered; the Program decides it as if "
            "it came first only when it is sent within 60 days of delivery.", 8.0)
    p.small(LEGAL, 6.4)
    t = truth("eob", "prior_authorization", insurer=DEPT, member_id=c, member_name=cl, cases=[info["no"]],
              claim_amount=m2(info["billed"]), service_dates=[info["date"]], denial_date=iso(sd), provider=VEND,
              appeal_deadline=iso(plus(sd, 30)), alternates={"insurer": INS_ALT},
              type_alternates=["denial_letter"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_wheelchair(rng):
    cl = "Leonid A. Skelbrooke"
    c = cid(rng)
    cd = f"{c[:2]}-{c[2:5]}-{c[5:]}"
    nd = dt.date(2026, 3, 10)
    recv = dt.date(2026, 2, 27)
    req = pa(rng)
    med = mbi(rng)
    SUP = "Cragfoot Rehab Seating, LLC"
    DOC = "Ottoline Dunsforth, MD"
    vno = "KM-V-" + digits(rng, 5)
    fax = "MAR-10-2026 15:22   KM DHA NEURO CARE   1 877 555 0149   >>   " + "CRAGFOOT REHAB   P.{n}/2"
    p = ESSheet(footer="Page {n} of {nb}", fax_hdr=fax,
                run_hdr=f"SKELBROOKE, LEONID A    Client {cd}    Request {req}    Notice of action, {slash(nd)}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, box="NOTICE OF ACTION")
    W = p.W
    y0 = p.get_y()
    p.address_block([cl, "2210 Hodmedod Road", "Cragfoot KM 60331"], 9.6)
    p.set_xy(p.l_margin + W * 0.55, y0)
    p.set_font("Sans", "", 8)
    p.multi_cell(W * 0.45, 4, f"Copy to the supplier:\n{SUP}\nProgram vendor no. {vno}", new_x="LMARGIN",
                 new_y="NEXT")
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 16) + 3)
    p.set_font("Serif", "B", 12.5)
    p.cell(W, 6, f"Decision of {wday(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.under_boxes([[(cd, "Client number", 0.25), (req, "Prior approval request", 0.25),
                    (slash(recv), "Request received", 0.25), ("DENIED", "Decision", 0.25)],
                   [("Power wheelchair, group 3, with power tilt (K0861, E1002)", "Equipment requested", 0.62),
                    (SUP, "Supplier", 0.38)],
                   [(DOC + ", neurology", "Prescriber", 0.5), (med, "Medicare number", 0.5)]], size=9.2)
    p.para(f"Dear Mr. Skelbrooke:", 9.8)
    p.para(f"The Program received a request from {SUP} to approve a power wheelchair with power tilt for you. "
           "**The Program has denied the request, because Medicare has not yet decided whether it will pay for "
           "the wheelchair.** This is not a decision that you do not need a wheelchair.", 9.3)
    p.heading("Why the Program cannot approve it now", 10.6)
    p.para("The Program pays only for what your other coverage does not pay. Our records show you have Original "
           "Medicare, Part A and Part B. Medicare Part B covers power wheelchairs for people who need one to move "
           "about their home, when a doctor orders it after a face-to-face visit. The supplier did not send a "
           "Medicare decision with the request: either a claim Medicare refused, or a written Medicare coverage "
           "decision. Until Medicare decides, the Program cannot approve the wheelchair.", 9.2)
    p.columns([
        ("What the supplier can do", "Send the order to Medicare first. If Medicare pays, the supplier may ask the "
         "Program for the 20 percent coinsurance Medicare leaves. If Medicare refuses, the supplier may send a new "
         "request to the Program with Medicare's decision attached."),
        ("What you can do", "Ask your doctor's office whether the face-to-face visit notes were sent to the "
         "supplier. Keep using the manual wheelchair and cushion the Program paid for in 2026. Call the Program "
         "line if you are stuck at home or at risk of a fall."),
    ], n=2, size=8.9)
    p.add_page()
    p.heading("Your right to a review", 10.8, rule=True)
    p.para("If you think this decision is wrong, you or someone you choose may ask for an administrative review. "
           "**Ask within 30 days of the date of this notice.** Write to the Program, Attn: Reviews, PO Box 4410, "
           "Bramwick, KM 60412, fax 1-877-555-0149, or call 1-877-555-0142. Send any papers you want us to see.", 9.3)
    p.para("After the review you may ask for a State fair hearing within 90 days of the review decision. The review "
           "decision will tell you how.", 9.0)
    p.heading("Other help", 10.4)
    p.bullets(["Your State Health Insurance Assistance Program can help with Medicare questions: 1-800-555-0170.",
               "The Program's rules for equipment are in its Equipment Guide, policy NCP-DME-04, sent free on "
               "request.",
               "If you want this notice in large print or another language, call the Program line."], 8.9)
    p.signature(["Prior Approval Unit", "Bureau of Neurological Care Programs", DEPT], 9.2)
    p.small(LEGAL, 6.4)
    t = truth("denial_letter", "other", insurer=DEPT, member_id=cd, member_name=cl, cases=[req],
              denial_date=iso(nd), provider=SUP, appeal_deadline=iso(plus(nd, 30)),
              alternates={"insurer": INS_ALT, "provider": [DOC, "Ottoline Dunsforth"]},
              denial_alternates=["not_covered"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def stack_respite(rng):
    cl = "Ambrose T. Wyrdlaw"
    c = cid(rng)
    nd = dt.date(2026, 4, 14)
    bd = dt.date(2026, 4, 10)
    a, b = dt.date(2026, 3, 16), dt.date(2026, 3, 20)
    no = icn(rng, 86)
    RES = "Plinthwood House Respite Care"
    HC = "Tullyhaven Home Care Agency"
    visit = dt.date(2026, 3, 28)
    fax = "04/21/2026 09:14  WYRDLAW  555 0137  P.{p}/4"
    cover = hand_cover(rng, "FAX", ["To: Maud Kitteridge (social wkr)", "HD Family Support Grp - Bramwick",
                                    "fax 555-0163", "Frm: Pippa Wyrdlaw   555-0137", "# of pgs: four  (w/ this one)",
                                    "Re:Ambrose respite + aide bill"],
                       ["Maud - the state letter about Ambroses", "respite week came Tues. then the",
                        "agency sent this bill for the Sat.", "visit. Can we talk Thurs? Thank you!!"],
                       "- Pippa", fax_hdr=fax)
    # --- the Program's notice (2 pages; page 2 fed sideways) ------------------------------------------------------
    p = ESSheet(footer="Page {n} of {nb}", fax_hdr=fax, fax_off=1,
                run_hdr=f"Client {grp(c)}  \u00b7  Claim {no}  \u00b7  Respite limit notice")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, box="CLAIM NOT PAID")
    W = p.W
    y0 = p.get_y()
    p.address_block([cl, "c/o Philippa Wyrdlaw", "88 Gallowstree Lane", "Tullyhaven KM 60549"], 9.6)
    yb = p.side_boxes([("Date of notice", dow_slash(nd)), ("Client number", grp(c)), ("Claim (ICN)", no),
                       ("Respite provider", RES), ("Dates of stay", f"{slash(a)} - {slash(b)}"),
                       ("Amount billed", usd(1780.00)), ("Program paid", "$0.00")],
                      p.l_margin + W * 0.42, y0, W * 0.58, 30, size=8.8, h=5.8, gap=1.0)
    p.set_xy(p.l_margin, yb + 3)
    p.para("Dear Mr. Wyrdlaw:", 9.8)
    p.para(f"The Program received a claim from {RES} for your respite stay from {a.strftime('%B')} {a.day} through "
           f"{long(b)} (five days, $1,780.00). **The Program will not pay this claim, because the Program's respite "
           "limit for 2026 has been reached.**", 9.3)
    p.heading("Respite the Program paid in program year 2026", 10.2)
    p.table(["Dates", "Respite provider", "Billed", "Program paid"],
            [["01/12/2026 - 01/16/2026", RES, "1,780.00", "1,780.00"],
             ["02/09/2026 - 02/13/2026", RES, "1,780.00", "1,780.00"],
             ["03/02/2026 - 03/03/2026", f"{HC} (in-home respite)", "440.00", "440.00"],
             ["", "Total paid toward the limit", "", "4,000.00"],
             [f"{slash(a)} - {slash(b)}", f"{RES} (this claim)", "1,780.00", "0.00"]],
            [W * 0.26, W * 0.44, W * 0.15, W * 0.15], size=8.4, aligns=["L", "L", "R", "R"])
    p.para("The Program pays for up to $4,000.00 of respite care in each program year, January 1 to December 31. "
           "The stay that ended on March 3, 2026 used the last of that amount, so the Program cannot pay for respite "
           "again until January 1, 2027. The limit is set by Kellsmoor Health Code section 44-318 and the Program "
           "cannot go over it.", 9.2)
    p.para(f"This decision does not change your approved home care aide hours with {HC}.", 9.2)
    p.add_page()
    p.columns([
        ("If you disagree", "You or someone you choose may ask for an administrative review. Ask within 30 days of "
         "the date of this notice. Write to the Program, Attn: Reviews, PO Box 4410, Bramwick, KM 60412, or call "
         "1-877-555-0142. After the review you may ask for a State fair hearing within 90 days of the review "
         "decision."),
        ("Other help with respite", "The Kellsmoor Family Caregiver Grant may pay for up to 48 hours of respite a "
         "year for caregivers of adults with a neurological illness; ask your area agency on aging. Some "
         "Huntington's disease and ALS associations also give small respite grants."),
        ("About the bill", f"{RES} may bill you for this stay only if you agreed in writing to pay before the stay "
         "began. If they bill you without that, call the Program line."),
        ("Large print and other languages", "Call the Program line to get this notice in large print or in another "
         "language at no cost. TTY 711."),
    ], n=2, size=8.8)
    p.signature(["Sincerely,", "Respite Benefits Unit", "Bureau of Neurological Care Programs", DEPT], 9.2)
    p.small(LEGAL, 6.4)
    notice = out(p)
    t1 = truth("denial_letter", "not_covered", insurer=DEPT, member_id=c, member_name=cl, cases=[no],
               claim_amount="1780.00", service_dates=[f"{iso(a)}/{iso(b)}"], denial_date=iso(nd), provider=RES,
               appeal_deadline=iso(plus(nd, 30)),
               alternates={"insurer": INS_ALT,
                           "service_dates": [[iso(a + dt.timedelta(days=k)) for k in range(5)]]})
    # --- the home care agency's statement (a different sender) ---------------------------------------------------
    q = ESSheet(footer=None, fax_hdr=fax, fax_off=3)
    q.set_margins(18, 14, 18)
    q.add_page()
    W = q.W
    x0, y0 = q.l_margin, q.get_y()
    q.set_line_width(0.7)                                   # a drawn house
    q.polygon([(x0, y0 + 7), (x0 + 7, y0), (x0 + 14, y0 + 7)])
    q.rect(x0 + 2, y0 + 7, 10, 8)
    q.rect(x0 + 5.8, y0 + 10.5, 2.6, 4.5)
    q.set_line_width(0.2)
    q.set_xy(x0 + 18, y0)
    q.set_font("Serif", "B", 15)
    q.cell(W * 0.6, 6.5, HC)
    q.set_xy(x0 + 18, y0 + 7)
    q.set_font("Sans", "", 7.6)
    q.cell(W * 0.6, 3.6, "Personal care \u00b7 homemaking \u00b7 in-home respite")
    q.set_xy(x0 + 18, y0 + 10.8)
    q.cell(W * 0.6, 3.6, "410 Withy Bed Row, Tullyhaven KM 60549  \u00b7  Office (555) 555-0190")
    q.set_xy(x0 + 18, y0 + 14.6)
    q.cell(W * 0.6, 3.6, "Licensed home care agency, State of Kellsmoor license HCA-2291")
    q.set_xy(x0 + W * 0.72, y0)
    q.set_font("Sans", "B", 15)
    q.cell(W * 0.28, 8, "STATEMENT", border=1, align="C")
    q.set_xy(x0, y0 + 20)
    acct = "TH-" + digits(rng, 5)
    yl = q.address_block(["Philippa Wyrdlaw", f"for {cl}", "88 Gallowstree Lane", "Tullyhaven KM 60549"], 9.4)
    yr = q.side_boxes([("Statement date", long(bd)), ("Account no.", acct), ("Amount due", usd(186.00)),
                       ("Please pay by", long(dt.date(2026, 5, 10)))], x0 + W * 0.5, y0 + 20, W * 0.5, 27,
                      size=8.8, h=5.8, gap=1.0)
    q.set_xy(x0, max(yl, yr) + 2)
    q.set_font("Sans", "", 8)
    q.cell(W, 4.4, f"Client of the Kellsmoor HD & ALS Care Program, client no. {grp(c)}", new_x="LMARGIN",
           new_y="NEXT")
    q.ln(2)
    q.table(["Date", "Description", "Charges", "Payments", "Balance"],
            [["", "Previous balance", "", "", "0.00"],
             ["03/31/2026", "Aide services, March 2026 (86 hours), billed to the Program", "2,666.00", "",
              "2,666.00"],
             ["04/08/2026", "Payment - HD & ALS Care Program", "", "2,480.00", "186.00"],
             ["", "Amount due from you", "", "", "186.00"]],
            [W * 0.13, W * 0.51, W * 0.12, W * 0.12, W * 0.12], size=8.2, aligns=["L", "L", "R", "R", "R"],
            bold_last=True)
    q.msg_box("A note about your account", [
        f"The HD & ALS Care Program paid for 80 of the 86 hours we billed for March. It did not pay for the "
        f"six-hour visit on {wday(visit)} ($186.00), because the Program approves 20 hours a week for Mr. Wyrdlaw "
        "and that week already had 20 hours. We have moved $186.00 to your balance.",
        "If you think the Program should pay for that visit, you may ask the Program for a review. Tell us and we "
        "will hold this balance for 60 days. Your aide that day was Veronika Lowrie, HHA.",
        "We are glad to set up a payment plan: call the office."], size=8.8)
    q.ln(6)
    q.set_dash_pattern(dash=1.2, gap=1.0)
    q.seg(x0, q.get_y(), x0 + W, q.get_y())
    q.set_dash_pattern()
    q.ln(3)
    q.set_font("Sans", "", 8)
    q.cell(W, 4, f"Please return this part with your payment.    Account {acct}    Amount due $186.00    "
                 "Amount enclosed $________", new_x="LMARGIN", new_y="NEXT")
    bill = out(q)
    t2 = truth("other", None, insurer=None, member_id=c, member_name=cl, claim_amount="186.00",
               service_dates=[iso(visit)], denial_date=iso(bd), provider=HC,
               unscored=["insurer"], alternates={"claim_amount": ["2666.00"], "provider": ["Veronika Lowrie"]})
    return cover, [(notice, t1), (bill, t2)]


# ------------------------------------------------------------------------------------------------------------------
def phone_es(rng):
    cl = "Remedios C. Vallecillo"
    c = cid(rng)
    nd = dt.date(2026, 5, 4)
    a, b = dt.date(2026, 3, 2), dt.date(2026, 3, 13)
    no = icn(rng, 97)
    AG = "Hogar Sereno Home Care, LLC"
    p = ESSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, box="AVISO DE ACCIÓN", third="PROGRAMA DE CUIDADO PARA LA ENFERMEDAD DE HUNTINGTON Y ELA",
         right=["Línea del Programa 1-877-555-0142", "TTY 711", "Fax 1-877-555-0149", "lunes a viernes, 8:00 a 4:30"])
    W = p.W
    p.address_block([cl, "1406 Calle Ladrillera", "Bramwick KM 60415"], 9.6)
    p.ln(3)
    p.set_font("Serif", "B", 11.5)
    p.cell(W, 6, f"Fecha del aviso: {wday(nd, es=True)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.cap_boxes([[("Número de cliente", grp(c), 0.3), ("Reclamación (ICN)", no, 0.35), ("Monto facturado",
                                                                                      usd(1240.00), 0.35)],
                 [("Proveedor", AG, 0.5), ("Servicio", "Asistente de cuidado en el hogar, 40 horas", 0.5)]],
                size=9.0, h=9.6)
    p.para("Estimada Sra. Vallecillo:", 9.8)
    p.para(f"El Programa recibió una reclamación de {AG} por los servicios de asistente en su hogar del {es_date(a)} "
           f"al {es_date(b)}. **El Programa no pagará esta reclamación, porque su inscripción en el Programa terminó "
           "el 28 de febrero de 2026.**", 9.3)
    p.heading("Por qué terminó su inscripción", 10.4)
    p.para("Cada año el Programa revisa si usted sigue cumpliendo los requisitos: diagnóstico, residencia en "
           "Kellsmoor e ingresos. Le enviamos el formulario de renovación anual el 5 de enero de 2026, con fecha "
           "límite del 31 de enero de 2026. No recibimos el formulario ni los comprobantes, y le avisamos el 9 de "
           "febrero de 2026 que su inscripción terminaría el 28 de febrero. Los servicios de marzo fueron después de "
           "esa fecha.", 9.2)
    p.heading("Qué puede hacer", 10.4)
    p.bullets(["Envíe ahora el formulario de renovación con sus comprobantes. Si cumple los requisitos, el Programa "
               "puede volver a inscribirla desde el primer día del mes en que recibamos el formulario completo.",
               "Si envió el formulario a tiempo, mándenos una copia y cualquier prueba del envío.",
               f"{AG} no puede cobrarle estos servicios a menos que usted haya aceptado por escrito pagarlos."], 9.0)
    p.heading("Si no está de acuerdo", 10.4, rule=True)
    p.para("Usted o alguien que usted elija puede pedir una revisión administrativa. **Pídala dentro de 30 días a "
           "partir de la fecha de este aviso.** Escriba al Programa, Attn: Reviews, PO Box 4410, Bramwick, KM 60412, "
           "o llame a la línea del Programa. Después de la revisión puede pedir una audiencia imparcial del estado "
           "dentro de 90 días a partir de la decisión de la revisión.", 9.2)
    p.signature(["Atentamente,", "Unidad de Inscripción", "Bureau of Neurological Care Programs"], 9.2)
    p.small(f"El {PROG} (Programa de Cuidado para la Enfermedad de Huntington y ELA) lo administra el {DEPT}. El "
            "Programa paga solo después de Medicare, Medicaid y cualquier otro seguro. Formulario NCP-114S.", 6.5)
    t = truth("denial_letter", "eligibility", insurer=DEPT, member_id=c, member_name=cl, cases=[no],
              claim_amount="1240.00", service_dates=[f"{iso(a)}/{iso(b)}"], denial_date=iso(nd), provider=AG,
              appeal_deadline=iso(plus(nd, 30)), lang="es", alternates={"insurer": INS_ALT})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def rotated_remit(rng):
    rd = dt.date(2026, 7, 31)
    recv = dt.date(2026, 7, 21)
    PAY = "Pellory Mobility & Medical Supply"
    vno = "KM-V-" + digits(rng, 5)
    npi = "1" + digits(rng, 9)
    eft = "EFT " + digits(rng, 10)
    d = dt.date
    pts = [
        ("Hester P. Aldwych", [(d(2026, 6, 1), "E0260", "Hospital bed, semi-electric, rental", 1, 168.00, 142.80,
                                0.00, 142.80, "CO-45")]),
        ("Barnaby R. Coldwaite", [(d(2026, 5, 18), "E0630", "Patient lift, hydraulic", 1, 1215.00, 950.00, 760.00,
                                   190.00, "OA-23, K2")]),
        ("Gideon F. Scorrier", [(d(2026, 1, 12), "E0482", "Cough stimulating device, rental", 1, 735.00, 0.00, 0.00,
                                 0.00, "CO-29, K7"),
                                (d(2026, 1, 12), "A7020", "Interface for cough device", 1, 62.50, 0.00, 0.00, 0.00,
                                 "CO-29, K7")]),
        ("Elspeth J. Runciman", [(d(2026, 6, 22), "E0240", "Bath / shower chair", 1, 96.00, 88.00, 0.00, 88.00,
                                  "CO-45")]),
        ("Morwenna K. Tregallas", [(d(2026, 6, 9), "E2510", "Speech generating device, eye-gaze", 1, 7420.00,
                                    6894.10, 5515.28, 1378.82, "OA-23, K2")]),
    ]
    R = 2
    rows, bold, shade = [], set(), set()
    info = None
    total_paid = 0.0
    for i, (pt, lines) in enumerate(pts):
        no = icn(rng, 202 - i)
        cli = cid(rng)
        last, first, mi = pt.split()[-1], pt.split()[0], pt.split()[1].rstrip(".")
        auth = pa(rng) if i != R else "\u2014"
        ref = "   Referral # NR-" + digits(rng, 4) if i in (R, 4) else ""
        shade.add(len(rows))
        rows.append([f"ICN {no}   {last.upper()}, {first.upper()} {mi}   Client {cli}   Auth {auth}{ref}   "
                     f"Recd {yy(recv)}", "", "", "", "", "", "", "", ""])
        tb = 0.0
        for dos, code, desc, u, bl, al, oth, pdv, rsn in lines:
            rows.append([slash(dos), code, desc, str(u), n2(bl), n2(al), n2(oth), n2(pdv), rsn])
            tb += bl
            total_paid += pdv
        if len(lines) > 1:
            bold.add(len(rows))
            rows.append(["", "", "Claim total", "", n2(tb), "0.00", "0.00", "0.00", ""])
        if i == R:
            info = dict(no=no, c=cli, pt=pt, billed=tb, date=iso(lines[0][0]))
    p = ESSheet(footer="Page {n} of {nb}", run_foot=f"{PAY}  \u00b7  vendor {vno}  \u00b7  remittance {slash(rd)}")
    p.set_margins(13, 12, 13)
    p.add_page()
    p.logo_legal("GRISHOLT", f"{FA}  \u00b7  fiscal agent for the Kellsmoor {PROG}",
                 ["Vendor Services, PO Box 9120, Ovenden, KM 60720"],
                 ["Vendor line 1-877-555-0158", "Fax 1-877-555-0159", "Claims: PO Box 9124"], box="VENDOR REMITTANCE")
    W = p.W
    y0 = p.get_y()
    ya = p.address_block([PAY, "Attn: Billing", "19 Tannery Yard", "Pellory KM 60610"], 9.0)
    p.set_xy(p.l_margin + W * 0.5, y0)
    p.set_font("Sans", "B", 9.6)
    p.cell(W * 0.5, 5, f"Run date: {dow_slash(rd)}", align="R", new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + W * 0.5)
    p.set_font("Sans", "", 8.2)
    p.multi_cell(W * 0.5, 4.2, f"Vendor no. {vno}\nNPI {npi}\nPayment {eft}\nAmount paid {usd(total_paid)}",
                 align="R", new_x="LMARGIN", new_y="NEXT")
    p.set_y(max(p.get_y(), ya, y0 + 18) + 2)
    p.small("The Program pays after Medicare and other coverage. Each claim line shows what other coverage paid and "
            "what the Program paid. Reason codes are explained under the table.", 7.6)
    widths = [W * 0.1, W * 0.07, W * 0.29, W * 0.05, W * 0.1, W * 0.1, W * 0.1, W * 0.09, W * 0.1]
    p.run_table(["Service date", "Code", "Description", "Units", "Billed", "Allowed", "Other ins. paid",
                 "Program paid", "Reason"], rows, widths,
                aligns=["L", "L", "L", "C", "R", "R", "R", "R", "L"], size=7.4, row_h=4.8, bold_rows=bold,
                shade_rows=shade, foot_room=24)
    p.legend_grid("Reason codes", [
        ("CO-45", "Charge is more than the Program's fee schedule. The vendor writes off the difference."),
        ("CO-29", "The time limit for filing has expired."),
        ("CO-22", "This care may be covered by another payer. Bill the other coverage first."),
        ("OA-23", "What the prior payer paid or adjusted reduced the Program's payment."),
        ("K2", "Paid the balance left after Medicare, up to the Program's rate."),
        ("K7", "A claim must reach the Program within 180 days after the date of service. This claim was received "
               "more than 180 days after the service. The client may not be billed."),
        ("K9", "An approval number is needed for equipment over $500.00."),
        ("K17", "The client was not enrolled in the Program on the date of service."),
    ], cols=2, size=7.2, code_w=11)
    p.small("Reconsideration: a vendor may ask for reconsideration of a claim within 60 days of the date of this "
            f"remittance. Send it with proof of timely filing to {FA}, Vendor Reconsiderations, PO Box 9124, "
            "Ovenden, KM 60720. " + LEGAL, 7.0)
    t = truth("eob", "timely_filing", insurer=FA, member_id=info["c"], member_name=info["pt"], cases=[info["no"]],
              claim_amount=m2(info["billed"]), service_dates=[info["date"]], denial_date=iso(rd), provider=PAY,
              appeal_deadline=iso(plus(rd, 60)),
              alternates={"insurer": ["Grisholt", "Grisholt Claims Solutions", DEPT] + INS_ALT},
              type_alternates=["denial_letter"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def photocopy_review(rng):
    cl = "Henrietta V. Ebberstone"
    c = cid(rng)
    cg = f"{c[:2]} {c[2:6]} {c[6:]}"
    dd = dt.date(2026, 5, 12)
    conf = dt.date(2026, 5, 5)
    den = dt.date(2026, 3, 24)
    visit = dt.date(2026, 4, 22)
    req = pa(rng)
    rev = "AR-26-0" + digits(rng, 3)
    port = pa(rng)
    SUP = "Hammerdown Home Access Systems"
    OT = "Wilhelmina Scantlebury, OTR/L"
    p = ESSheet(footer="Page {n} of {nb}",
                run_hdr=f"Administrative review {rev}  \u00b7  {cl}  \u00b7  Review decision {slash(dd)}",
                run_foot=f"{DEPT}  \u00b7  Office of Administrative Reviews  \u00b7  {rev}")
    p.set_margins(19, 14, 19)
    p.add_page()
    head(p, box="ADMINISTRATIVE REVIEW DECISION", third="OFFICE OF ADMINISTRATIVE REVIEWS  \u00b7  HD & ALS CARE PROGRAM")
    W = p.W
    y0 = p.get_y()
    p.address_block([cl, "7 Sawpit Close", "Bramwick KM 60418"], 9.6)
    yb = p.side_boxes([("Review number", rev), ("Client number", cg), ("Request reviewed", req),
                       ("Denial date", slash(den))], p.l_margin + W * 0.46, y0, W * 0.54, 28, size=8.8, h=5.8,
                      gap=1.0)
    p.set_xy(p.l_margin, yb + 3)
    p.set_font("Serif", "B", 12.5)
    p.cell(W, 6, f"Decision of {wday(dd)}:  the denial is UPHELD", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"Dear Ms. Ebberstone:", 9.8)
    p.para(f"You asked for a review of the Program's denial of {slash(den)}, which refused request {req} for a "
           f"ceiling-mounted patient lift system from your bedroom to your bathroom (HCPCS E0640). The request was "
           f"sent by {SUP} after an evaluation by your occupational therapist, {OT}. The supplier's quote was "
           "$8,940.00.", 9.2)
    p.para(f"A review conference was held by telephone {of_date(conf)}. You, your daughter and Ms. Scantlebury "
           "took part. I also read the Program nurse's report of her home visit on "
           f"{long(visit)}, the therapy notes and the supplier's drawings.", 9.2)
    p.columns([
        ("What I found", f"In February 2026 the Program approved a portable hydraulic lift for you (approval "
         f"{port}). The nurse saw your husband and the home care aide move you from bed to wheelchair and from "
         "wheelchair to the shower chair with it, safely and without strain, in the space you have. The therapy "
         "notes say the same. Your bathroom door was widened last year, so the portable lift fits through it."),
        ("Why the denial stands", "The Program pays for equipment that is medically necessary, and when two kinds "
         "of equipment meet the need, it pays for the less costly one. A ceiling lift would be easier to use, and "
         "I understand why you want it, but the portable lift meets your transfer needs today. The ceiling lift is "
         "therefore not medically necessary under the Program's rules."),
        ("If things change", "If your transfers become unsafe with the portable lift, for example because you can no "
         "longer bear any weight or the aide cannot manage it alone, your therapist may send a new request with "
         "new notes. It will be decided as a new request."),
        ("Your next step", "This decision ends the Program's review. If you disagree, you may ask for a State fair "
         "hearing within 90 days of the date of this decision. Write to the Kellsmoor Office of Administrative "
         "Hearings, PO Box 1201, Bramwick, KM 60401, and send a copy of this decision."),
    ], n=2, size=8.8)
    p.signature(["Anselm Brockbank", "Review Officer", "Office of Administrative Reviews"], 9.2,
                script="Anselm Brockbank")
    p.small("cc: " + SUP + "; " + OT + ", Mudge Lane Outpatient Therapy", 7.4)
    p.small(LEGAL, 6.4)
    t = truth("denial_letter", "medical_necessity", insurer=DEPT, member_id=c, member_name=cl, cases=[rev, req],
              denial_date=iso(dd), provider=SUP, appeal_deadline=None,
              alternates={"insurer": INS_ALT, "case_numbers": [[rev]], "claim_amount": ["8940.00"],
                          "provider": [OT, "Wilhelmina Scantlebury"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def scanlow_approval(rng):
    cl = "Casimir J. Fettleworth"
    c = cid(rng)
    nd = dt.date(2026, 4, 24)
    a, b = dt.date(2026, 5, 4), dt.date(2026, 10, 31)
    assess = dt.date(2026, 4, 17)
    auth = pa(rng)
    AG = "Banquerel Home Companions"
    RN = "Perrin Wetherspoon, RN"
    p = ESSheet(footer=None, run_foot=f"Service authorization {auth}  \u00b7  {DEPT}  \u00b7  Form NCP-210")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, box="SERVICE AUTHORIZATION")
    W = p.W
    y0 = p.get_y()
    p.address_block([cl, "3 Gorse Cottages, Old Sledgeway Road", "Stellholm KM 60827"], 9.6)
    yb = p.beside([(dow_slash(nd), "date of notice"), (grp(c), "client number"), (auth, "authorization"),
                   (AG, "home care agency"), ("20 hours a week", "approved"), (f"{slash(a)} to {slash(b)}",
                                                                            "approved period")],
                  p.l_margin + W * 0.45, y0, W * 0.55, size=8.8, h=5.2, split=0.62)
    p.set_xy(p.l_margin, max(yb, p.get_y()) + 5)
    p.set_font("Sans", "B", 12)
    p.cell(W, 6, "Your request for home care aide hours is approved.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"Dear Mr. Fettleworth:", 9.8)
    p.para(f"{AG} asked the Program to pay for a home care aide to help you with bathing, dressing, meals and moving "
           f"about the house. The Program nurse, {RN}, visited you on {long(assess)} and agreed with the agency's "
           f"plan. **The Program approves 20 hours of aide care a week from {long(a)} through {long(b)}.**", 9.3)
    p.table(["Service", "Code", "Hours a week", "From", "Through"],
            [["Home care aide (personal care)", "S5130", "20", slash(a), slash(b)]],
            [W * 0.4, W * 0.12, W * 0.16, W * 0.16, W * 0.16], size=8.6)
    p.heading("Good to know", 10.2)
    p.bullets(["The agency bills the Program directly at the Program's rate (now $31.00 an hour). You pay nothing "
               "for these hours.",
               "Hours not used in a week do not carry over to the next week.",
               "If your needs change before October 31, 2026, call the Program line and ask for a new assessment.",
               "About four weeks before the approval ends, the agency should send a new request if you still need "
               "the care.",
               "Remember to send your annual renewal when it comes in January; the approval ends if your enrolment "
               "ends."], 9.0)
    p.signature(["Home and Community Services Unit", "Bureau of Neurological Care Programs"], 9.2)
    p.small(LEGAL, 6.4)
    t = truth("other", None, insurer=DEPT, member_id=c, member_name=cl, cases=[auth],
              service_dates=[f"{iso(a)}/{iso(b)}"], denial_date=iso(nd), provider=AG,
              alternates={"insurer": INS_ALT, "service_dates": [[]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [Item(F + "born_digital_client_statement_eye_gaze_stand_note_3_no_approval", "born_digital",
                  [born_statement(rng)]),
             Item(F + "faxstd_power_wheelchair_medicare_must_decide_first", "fax_standard_g4",
                  [faxstd_wheelchair(rng)])]
    cover, docs = stack_respite(rng)
    items.append(Item(F + "faxstd_stack_hand_cover_respite_cap_p2_sideways_then_home_care_bill", "fax_standard_g4",
                      docs, separators=[cover, None], turns={(0, 1): 90}))
    items += [Item(F + "phone_es_cobertura_terminada_renovacion_anual", "phone_photo", [phone_es(rng)]),
              Item(F + "rotated_fiscal_agent_remittance_cough_assist_past_180_days", "rotated", [rotated_remit(rng)]),
              Item(F + "photocopy_review_upheld_ceiling_lift_portable_lift_enough", "photocopy",
                   [photocopy_review(rng)]),
              Item(F + "scanlow_home_care_hours_approved", "scan_lowres_150", [scanlow_approval(rng)])]
    return items
