"""An invented professional football league's health plan for retired players: the CPFL Legacy Players Benefit Plan of
the Coastline Professional Football League, run by a Board of Trustees and its Plan Office, with claims and care
review handled by a third-party administrator, Lanterna Benefit Administrators, LLC, which prints its own letters and
statements for the Plan. A retired player is vested by credited seasons (a season in which he was on a club's active,
inactive or injured reserve list for at least three regular-season games); the Neurocognitive Care Benefit
(evaluation, testing and cognitive rehabilitation at a designated Brain Health Center) and the Joint Replacement
Benefit (hip, knee and shoulder replacement at a designated Joint Center, approved before surgery) need three
credited seasons. Claims are refused for too few credited seasons, for care outside the designated centers, for a
surgery nobody asked the administrator to approve first, for repeat testing without a change, for a code paid inside
the main procedure, for treatments still being studied and for an inpatient rehabilitation stay when therapy at home
will do. The league, clubs, plan, administrator, every center, hospital, practice, person, number, address and time
limit (180 days to appeal to the Benefits Committee, 15 business days for a designated-center review) are invented;
phones use 555; CPT codes appear as themselves. No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_two_page_eob_knee_replacement_navigation_code_paid_inside_main_procedure: a two-page Explanation of
  Benefits from the administrator with group and member ID side by side and a running footer of IDs in small type;
  a claims table without ruling lines (numbers set right, each claim under a bold heading line naming the provider,
  the surgeon only after "Rendering:"), a paid facility claim and a paid anesthesia claim on page 1, the surgeon's
  claim on page 2 where the navigation add-on line pays nothing under a remark explained only in the glossary, the
  totals row on page 2; deductible met, out-of-pocket, a check number and amount and a "$100" example as decoys, a
  pre-approval number that looks like a claim number ("within 180 days of the date of this statement").
- scan300_plan_office_letter_neurocognitive_claim_two_credited_seasons: the Plan Office's letter refusing a Brain
  Health Center evaluation because the league's records show two credited seasons, with a table of seasons, clubs
  and games as a decoy, "March 4th, 2026", the group and member ID side by side in a band, a call reference number,
  the physician only after "Attending:" ("no later than October 19, 2026").
- faxfine_preservice_hip_replacement_hospital_not_designated_joint_center: a fine-fax letter to the requesting
  surgeon (address at the left, facts on the right half, "2026/05/19") refusing a hip replacement at a hospital that
  is not a designated Joint Center, signed by a nurse reviewer and a medical director ("within 15 business days of
  the date of this letter" for a designated-center review; the Benefits Committee appeal "within 180 days after he
  receives this letter" cannot be counted, so null is accepted).
- rotated_benefit_determination_neurocognitive_approved_boxes: the Plan Office's approval of the Neurocognitive Care
  Benefit (denies nothing), ruled boxes with small captions over the values (the prefix in its own box, credited
  seasons, "05.27.2026"), the first visit "Monday, June 8, 2026" and a validity span, fed sideways or upside down.
- phone_es_carta_pruebas_neuropsicologicas_repetidas: a photographed Spanish letter from the administrator refusing
  neuropsychological testing repeated eight weeks after the first set with no change, group and member ID side by
  side, a call reference, a "notice mailed" line, signed by the medical director ("dentro de 180 días a partir de la
  fecha de esta carta").
- photocopy_two_column_committee_appeal_prp_injections_still_studied: the Benefits Committee's two-column appeal
  decision keeping the refusal of two platelet-rich plasma injections (the reason one sentence inside a long
  paragraph), an appeal number, the claim number and a look-alike pre-approval number for the earlier consultation
  (a decoy); only external review and a lawsuit left (no deadline).
- lowres_stack_shoulder_replacement_not_preapproved_page_two_upside_down_duplex_then_rehab_hospital_level: a 150 dpi
  stack of the administrator's two-page letter refusing a shoulder replacement stay nobody asked it to approve first
  ("The information we received does not show ..."; the request dated "2026/03/30", the claim table and the rights
  with a nondiscrimination notice and taglines on page 2, fed upside down; IDs in a running footer; "within 180 days
  of the date of this letter"), the blank back of its sheet, and a letter refusing an admission to an inpatient
  rehabilitation hospital after a knee replacement because therapy at home will do (the request number only in the
  subject line, a nurse reviewer and a medical director; "within 60 calendar days of the date you receive this
  notice": nothing to count from).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeh_famle import (EHSheet, business_days, dots, es_date, es_wday, iso, last_first, long, n2,  # noqa: F401
                               ordlong, people, phone, slash, split_name, tollfree, usd, wlong, ymd)
from public_kit import digits, m2, out, plus, truth

FAMILY = ("retired_football_players_plan_credited_seasons_neurocognitive_and_joint_replacement_benefits_"
          "designated_centers")
LANG = "en"
SEED = 355074
PLAN = "CPFL Legacy Players Benefit Plan"
LEAGUE = "Coastline Professional Football League"
TPA = "Lanterna Benefit Administrators, LLC"
TPA_T = "Lanterna Benefit Administrators"
PLAN_ALT = ["CPFL Legacy Players Benefit Plan Office", "Board of Trustees of the CPFL Legacy Players Benefit Plan",
            "Legacy Players Benefit Plan"]
TPA_ALT = [PLAN, "Lanterna"]
PLAN_OFFICE = "One Lighthouse Row, Suite 1400, Annapolis, MD 21401"
TPA_ADDR = "PO Box 31807, Tempe, AZ 85285"
GROUP = "70014"
PLAN_CODE = "LPB-2"
BRAIN = ["Bayfront Brain Health Center", "Mesa Verde Brain Health Center"]
JOINT = "Cardinal Ridge Joint Center"
CLUBS = ["Chesapeake Ospreys", "Gulf Coast Mariners", "Ozark Timberjacks", "Piedmont Foxhounds", "Bayou Pelicans"]


def member_no(rng):
    return digits(rng, 8)


def claim_no(rng, d):
    return f"E{d.strftime('%y%m%d')}-{digits(rng, 4)}"


def auth_like(c: str, rng) -> str:
    """A pre-approval number that looks like a claim number: A, the same date part, the last four digits shuffled."""
    tail = list(c[-4:])
    while "".join(tail) == c[-4:]:
        rng.shuffle(tail)
    return "A" + c[1:-4] + "".join(tail)


def home(rng):
    return rng.choice([["4417 Tidewater Ln", "Chesapeake, VA 23322"], ["88 Magnolia Bend Ct", "Mobile, AL 36608"],
                       ["2210 Pecan Grove Dr", "Round Rock, TX 78664"], ["615 Heron Point Rd", "Savannah, GA 31410"],
                       ["1302 Carrollton Ave, Apt 5", "Baltimore, MD 21217"]])


def plan_head(p, rng, title=None):
    p.seal_head("LP", f"{LEAGUE}  \u00b7  Board of Trustees", PLAN,
                [f"Plan Office  |  {PLAN_OFFICE}",
                 f"Player services {tollfree(rng, '1-855')}  |  Fax {phone(rng, '410')}  |  TTY 711"], title=title)


def tpa_head(p, rng, right=None, title=None):
    p.bar_head(TPA, f"Claims and care review administrator for the {PLAN}",
               [f"{TPA_ADDR}  |  Member services {tollfree(rng, '1-888')}  |  Care Review fax {phone(rng, '480')}"],
               right=right, title=title)


# ------------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    """Two-page EOB: knee replacement; the surgeon's navigation add-on line is paid inside the main procedure."""
    pl, surg, anes = people(rng, 3, sexes="mfm")
    mid = member_no(rng)
    sd = dt.date(2026, 4, 2)
    due = plus(sd, 180)
    adm, dis = dt.date(2026, 3, 10), dt.date(2026, 3, 12)
    cf, ca = claim_no(rng, dt.date(2026, 3, 17)), claim_no(rng, dt.date(2026, 3, 18))
    cs = claim_no(rng, dt.date(2026, 3, 19))
    pre = auth_like(cs, rng)
    ORTHO = "Cardinal Ridge Orthopaedic Associates"
    ANES = "Harbor Anesthesia Partners"
    chk = digits(rng, 10)
    W = None
    doc = EHSheet(footer="Page {n} of {nb}", footer_left="LBA-EOB-4 (03/2026)",
                  run_foot=f"Member ID CPF {mid}   Group {GROUP}   Plan {PLAN_CODE}   Statement {slash(sd)}",
                  mailed=f"Notice mailed {slash(plus(sd, 1))}")
    doc.set_margins(15, 13, 15)
    doc.add_page()
    tpa_head(doc, rng, right=["EXPLANATION OF BENEFITS", "This is not a bill"])
    doc.addr_kv([pl, *home(rng)],
                [("Statement date", slash(sd)), ("Patient", pl), ("Pre-approval", pre),
                 ("Benefit", "Joint Replacement Benefit")], split=0.5, cap_w=30, size=9.2, cap=7.6)
    W = doc.w - doc.l_margin - doc.r_margin
    doc.hung([(GROUP, "Group no.", W * 0.18), (f"CPF {mid}", "Member ID", W * 0.27),
              (PLAN_CODE, "Plan code", W * 0.17), ("3 of 3 required", "Credited seasons (vesting)", W * 0.38)],
             size=9.6)
    doc.para("This statement shows how the Plan handled the claims listed below. Amounts are in U.S. dollars. The "
             "remark codes in the last column are explained on page 2.", 8.8)
    head = ["Date(s)", "Service", "Code", "Billed", "Allowed", "Deduct.", "Plan paid", "Your share", "Rmk"]
    fr = [0.16, 0.24, 0.07, 0.095, 0.095, 0.09, 0.095, 0.09, 0.05]
    widths = [W * x / sum(fr) for x in fr]
    al = ["L", "L", "L", "R", "R", "R", "R", "R", "C"]
    # (dates, service, code, billed, allowed, deductible, paid, share, remark)
    F = [(f"{adm.strftime('%m/%d/%y')}-{dis.strftime('%m/%d/%y')}", "Inpatient stay, 2 days", "DRG 470", 48760.00,
          31200.00, 0.0, 31200.00, 0.0, "J1")]
    A = [(slash(adm), "Anesthesia, knee", "01402", 2380.00, 1140.00, 250.00, 890.00, 250.00, "D1")]
    S = [(slash(adm), "Total knee replacement", "27447", 6850.00, 3920.00, 0.0, 3920.00, 0.0, "J1"),
         (slash(adm), "Computer navigation", "+20985", 1450.00, 0.0, 0.0, 0.0, 0.0, "N19")]

    def rows_of(cno, prov, lines, extra=""):
        r = [f"Claim {cno}   {prov}{extra}"]
        for x in lines:
            r.append([x[0], x[1], x[2], *(n2(v) for v in x[3:8]), x[8]])
        r.append(["", "Claim total", "", *(n2(sum(x[i] for x in lines)) for i in range(3, 8)), ""])
        return r

    r1 = rows_of(cf, JOINT, F)
    r2 = rows_of(ca, ANES, A, f"   Rendering: Dr. {anes}")
    rows = r1 + r2
    doc.open_table(head, rows, widths, al, size=7.6, bold_rows=(len(r1) - 1, len(rows) - 1), gap_rows=(len(r1),))
    doc.ln(2)
    doc.bar("Your deductible and out-of-pocket so far (plan year 2026)", 8.6, 232)
    doc.pairs([("Deductible met", "$250.00 of $250.00"), ("Out-of-pocket", "$250.00 of $2,500.00")],
              label_w=40, size=8.8, bold_label=False)
    doc.ln(2)
    doc.para(f"How amounts work: the allowed amount is what the Plan agreed to pay a designated center. For example, "
             f"if a provider bills $100 for a service the Plan allows at $60, you never owe the other $40.", 8.4)
    doc.f(7.8)
    doc.cell(0, 4, "Claims continue on page 2.", align="R", new_x="LMARGIN", new_y="NEXT")
    doc.add_page()
    doc.f(8.6, "B")
    doc.cell(0, 5, f"Explanation of Benefits for {pl} - continued", new_x="LMARGIN", new_y="NEXT")
    doc.ln(1)
    r3 = rows_of(cs, ORTHO, S, f"   Rendering: Dr. {surg}")
    allL = F + A + S
    r3.append(["", "STATEMENT TOTALS", "", *(n2(sum(x[i] for x in allL)) for i in range(3, 8)), ""])
    doc.open_table(head, r3, widths, al, size=7.6, bold_rows=(len(r3) - 2, len(r3) - 1), gap_rows=(len(r3) - 1,))
    doc.para(f"Payments: {JOINT} by EFT {usd(31200.00)}; {ANES} by check no. {digits(rng, 10)} {usd(890.00)}; "
             f"{ORTHO} by check no. {chk} {usd(3920.00)}, all issued {slash(sd)}.", 8.2)
    doc.legend("Remark codes", [
        ("J1", "Paid in full under the Joint Replacement Benefit at a designated Joint Center."),
        ("D1", "Applied to your plan-year deductible. This is the part you pay."),
        ("N19", "This code describes a step of the main procedure on the same claim. Payment for it is included in "
                "the allowed amount of the main procedure and is not made separately. The provider has agreed not "
                "to bill you for it."),
    ], size=7.8)
    doc.bar("Questions and appeals", 8.8, 225)
    doc.para(f"Call member services at the number at the top. If you disagree with how a claim was handled, you or "
             f"your provider may appeal to the Plan's Benefits Committee in writing within 180 days of the date of "
             f"this statement. Send the claim number and your reasons to the Plan Office, {PLAN_OFFICE}.", 8.4)
    doc.nondiscrimination(TPA, tollfree(rng, "1-888"), "the Civil Rights Coordinator", size=6.6)
    t = truth("eob", "coding_error", insurer=TPA_T, plan_id=PLAN_CODE, group=GROUP, member_id=f"CPF{mid}",
              member_name=pl, cases=[cs], claim_amount=m2(6850.00 + 1450.00), service_dates=[iso(adm)],
              denial_date=iso(sd), provider=ORTHO, appeal_deadline=iso(due),
              alternates={"insurer": TPA_ALT, "member_id": [mid], "provider": [f"Dr. {surg}", surg],
                          "claim_amount": ["1450.00"], "case_numbers": [[cs, pre]]},
              denial_alternates=["not_covered"])
    return out(doc), t


def scan_plan_letter(rng):
    """Plan Office letter: neurocognitive evaluation refused, two credited seasons."""
    pl, att, mgr = people(rng, 3, sexes="mfm")
    mid = member_no(rng)
    ld = dt.date(2026, 4, 22)
    due = dt.date(2026, 10, 19)
    svc = dt.date(2026, 3, 4)
    rcv = dt.date(2026, 3, 19)
    call = dt.date(2026, 4, 8)
    amt = 3480.00
    cno = claim_no(rng, rcv)
    CTR = BRAIN[0]
    p = EHSheet(footer="Page {n} of {nb}", footer_left="LPB-PO-11")
    p.set_margins(19, 14, 19)
    p.add_page()
    plan_head(p, rng)
    p.addr_kv([pl, *home(rng)], [("Date", wlong(ld)), ("Claim no.", cno), ("Claim received", long(rcv)),
                                 ("Billed", usd(amt))], split=0.5, cap_w=30, size=9.4, cap=7.8)
    W = p.w - p.l_margin - p.r_margin
    p.hung([(GROUP, "Group no.", W * 0.2), (f"CPF  {mid}", "Member ID", W * 0.3), (slash(svc), "Date of service",
                                                                                    W * 0.22),
            ("Neurocognitive Care", "Benefit", W * 0.28)], size=9.6)
    p.para(f"Dear Mr. {split_name(pl)[2]}:", 10)
    p.para(f"We received a claim from {CTR} for the neurocognitive evaluation you had there on {ordlong(svc)}. The "
           f"center is one of the Plan's designated Brain Health Centers, and the evaluation it describes is the "
           f"kind of care the Neurocognitive Care Benefit pays for. We are sorry to tell you that the Plan cannot "
           f"pay this claim.", 9.8)
    p.para("**Why.** The Neurocognitive Care Benefit is open to retired players with at least three credited "
           "seasons. A credited season is a season in which a player was on a club's active, inactive or injured "
           "reserve list for at least three regular-season games. The League reports each player's seasons to the "
           "Plan every year. Its records show two credited seasons for you:", 9.8)
    p.wrap_table(["Season", "Club", "Regular-season games on a roster list", "Credited"],
                 [["2011", CLUBS[0], "9", "Yes"], ["2012", CLUBS[0], "2 (practice squad for the rest)", "No"],
                  ["2013", CLUBS[2], "11", "Yes"], ["2014", CLUBS[2], "0 (released in training camp)", "No"]],
                 [W * 0.12, W * 0.3, W * 0.42, W * 0.16], size=8.6)
    p.para(f"When you called on {long(call)} (call reference {digits(rng, 2)}-{digits(rng, 4)}-{digits(rng, 3)}), you "
           f"said you were also on the roster for a playoff game in 2012. Playoff games do not count toward a "
           f"credited season. If you have a game-day roster, a contract or a pay stub showing more regular-season "
           f"games in 2012 or 2014, please send a copy; we will ask the League to check its records.", 9.6)
    p.para(f"Claim details: {CTR}, Attending: Dr. {att}; evaluation and testing billed {usd(amt)}.", 9.2)
    p.para(f"**Appeal.** You may appeal this decision to the Plan's Benefits Committee. Your written appeal must "
           f"reach the Plan Office no later than October 19, 2026. Send it to {PLAN_OFFICE}, or fax it to the "
           f"number at the top. You may send records and ask for copies of the documents we used, free of charge.",
           9.6)
    p.para(f"Sincerely,\n{mgr}\nPlan Manager, Eligibility and Vesting", 9.6)
    t = truth("denial_letter", "eligibility", insurer=PLAN, group=GROUP, member_id=f"CPF{mid}", member_name=pl,
              cases=[cno], claim_amount=m2(amt), service_dates=[iso(svc)], denial_date=iso(ld), provider=CTR,
              appeal_deadline=iso(due),
              alternates={"insurer": PLAN_ALT, "member_id": [mid], "provider": [f"Dr. {att}", att]})
    return out(p), t


def faxfine_preservice(rng):
    """Pre-service letter to the requesting surgeon: hip replacement at a hospital that is not a Joint Center."""
    pl, surg, nurse, md = people(rng, 4, sexes="mmff")
    mid = member_no(rng)
    ld = dt.date(2026, 4, 21)
    due = business_days(ld, 15)
    rq = dt.date(2026, 4, 14)
    planned = dt.date(2026, 5, 19)
    HOSP = "Valley Oak Orthopedic Hospital"
    PRAC = "Stonecrest Orthopedic Surgery"
    an = f"A{rq.strftime('%y%m%d')}-{digits(rng, 4)}"
    fax_from = phone(rng, "480")
    p = EHSheet(footer="Page {n} of {nb}",
                fax_hdr=f"04/21/2026 16:05  LANTERNA CARE REVIEW  {fax_from}  ->  (251) 555-0136   PG {{n}}")
    p.set_margins(18, 14, 18)
    p.add_page()
    tpa_head(p, rng, right=["CARE REVIEW DECISION", "Pre-service"])
    p.addr_kv([f"Dr. {surg}", PRAC, f"{rng.randint(200, 2900)} Dauphin St, Suite 300", "Mobile, AL 36604",
               f"Fax (251) 555-0136"],
              [("Date", long(ld)), ("Request no.", an), ("Request received", slash(rq)), ("Member", pl),
               ("Member ID", f"CPF {mid}"), ("Group / plan", f"{GROUP} / {PLAN_CODE}"), ("Planned date", ymd(planned)),
               ("Procedure", "Total hip replacement, left (27130)"), ("Facility", HOSP)],
              split=0.46, cap_w=31, size=9.0, cap=7.4)
    p.para(f"Dear Dr. {split_name(surg)[2]}:", 9.8)
    p.para(f"You asked us to approve a left total hip replacement for {pl} at {HOSP} on {long(planned)}. We have "
           f"reviewed the request and the notes you sent. We agree that the surgery is needed, and Mr. "
           f"{split_name(pl)[2]} has the credited seasons the Joint Replacement Benefit requires. **We cannot approve "
           f"the surgery at {HOSP}.**", 9.6)
    p.para(f"The Joint Replacement Benefit pays for hip, knee and shoulder replacements only at the Plan's "
           f"designated Joint Centers, which agreed to the Plan's quality measures and its bundled payment. {HOSP} is "
           f"not a designated Joint Center. The nearest one to Mr. {split_name(pl)[2]} is {JOINT}; its surgeons can "
           f"see him within two weeks, and the Plan pays travel and a hotel for him and one companion. If you hold "
           f"privileges at a designated Joint Center, send us a new request naming it and we will decide within two "
           f"business days.", 9.6)
    p.para(f"You or Mr. {split_name(pl)[2]} may ask for a designated-center review within 15 business days of the "
           f"date of this letter if you believe he cannot travel to a Joint Center for medical reasons. Send the "
           f"reasons and records to the Care Review fax at the top. If waiting could seriously harm his health, call "
           f"and ask for a fast review; it is decided within 72 hours. He may also appeal to the Plan's Benefits "
           f"Committee within 180 days after he receives this letter.", 9.4)
    p.signatures((nurse, "Nurse Reviewer, RN, Care Review"), (md, "Medical Director, Lanterna Care Review"))
    p.para(f"cc: {pl} (member), {HOSP} Admissions", 8.6)
    t = truth("denial_letter", "out_of_network", insurer=TPA_T, plan_id=PLAN_CODE, group=GROUP, member_id=f"CPF{mid}",
              member_name=pl, cases=[an], service_dates=[iso(planned)], denial_date=iso(ld), provider=f"Dr. {surg}",
              appeal_deadline=iso(due),
              alternates={"insurer": TPA_ALT, "member_id": [mid], "provider": [surg, PRAC, HOSP],
                          "appeal_deadline": [None]})
    return out(p), t


def rotated_approval(rng):
    """Plan Office approval of the Neurocognitive Care Benefit: boxes with small captions over the values."""
    pl, att, officer = people(rng, 3, sexes="mmf")
    mid = member_no(rng)
    dd = dt.date(2026, 5, 27)
    first = dt.date(2026, 6, 8)
    vfrom, vto = dt.date(2026, 6, 1), dt.date(2026, 11, 30)
    det = f"ND-26-{digits(rng, 4)}"
    CTR = BRAIN[0]
    p = EHSheet(footer=None, footer_left="LPB-BD-3 (rev. 01/2026)")
    p.set_margins(15, 13, 15)
    p.add_page()
    plan_head(p, rng, title="BENEFIT DETERMINATION - APPROVED")
    W = p.w - p.l_margin - p.r_margin
    p.split_boxes([("A. Determination no.", det, W * 0.3), ("B. Decided", dots(dd), W * 0.2),
                   ("C. Benefit", "Neurocognitive Care Benefit", W * 0.5)], size=9.4, h=12)
    p.split_boxes([("D. Player (last, first, MI)", last_first(pl), W * 0.4), ("E. Prefix", "CPF", W * 0.12),
                   ("F. Member no.", mid, W * 0.22), ("G. Group", GROUP, W * 0.26)], size=9.4, h=12)
    p.split_boxes([("H. Credited seasons", "6 (2003-2008)", W * 0.3), ("I. Clubs", f"{CLUBS[3]}; {CLUBS[1]}", W * 0.7)],
                  size=9.2, h=12)
    p.split_boxes([("J. Designated center", CTR, W * 0.5), ("K. Attending physician", f"Dr. {att}", W * 0.5)],
                  size=9.4, h=12)
    p.split_boxes([("L. Approved", "Evaluation; up to 12 cognitive rehabilitation visits", W * 0.6),
                   ("M. From", slash(vfrom), W * 0.2), ("N. Through", slash(vto), W * 0.2)], size=9.2, h=12)
    p.split_boxes([("O. First visit", f"{wlong(first)}, 8:30 a.m.", W * 0.5),
                   ("P. Travel", "Paid by the Plan (player + 1 companion)", W * 0.5)], size=9.2, h=12)
    p.ln(2)
    p.para(f"Dear Mr. {split_name(pl)[2]}: On May 27, 2026 the Plan Office approved the Neurocognitive Care Benefit "
           f"for you. The care in box L is approved at {CTR} for the dates in boxes M and N. There is no deductible "
           f"and nothing for you to pay at a designated Brain Health Center. The center's care coordinator will call "
           f"you to confirm the first visit and your travel.", 9.4)
    p.para("If you need care that box L does not list, the center will ask us for it. If you move, a different "
           "designated center can take over the approval; call player services.", 9.4)
    p.para(f"{officer}\nBenefits Officer, Plan Office", 9.4)
    t = truth("other", None, insurer=PLAN, group=GROUP, member_id=f"CPF{mid}", member_name=pl, cases=[det],
              service_dates=[iso(first)], denial_date=iso(dd), provider=CTR,
              alternates={"insurer": PLAN_ALT, "member_id": [mid], "provider": [f"Dr. {att}", att],
                          "service_dates": [[f"{iso(vfrom)}/{iso(vto)}"], []]})
    return out(p), t


def phone_es_letter(rng):
    """Spanish letter from the administrator: neuropsychological testing repeated eight weeks later, no change."""
    pl, neuro, md = people(rng, 3, sexes="mfm", pool="es")
    mid = member_no(rng)
    ld = dt.date(2026, 5, 6)
    due = plus(ld, 180)
    first = dt.date(2026, 1, 14)
    svc = dt.date(2026, 3, 10)
    call = dt.date(2026, 4, 29)
    amt = 2960.00
    cno = claim_no(rng, dt.date(2026, 3, 24))
    CTR = BRAIN[1]
    p = EHSheet(footer="Página {n} de {nb}", footer_left="LBA-CR-9s",
                mailed=f"Aviso enviado por correo el {es_date(plus(ld, 1))}")
    p.set_margins(19, 14, 19)
    p.add_page()
    tpa_head(p, rng, right=["DECISIÓN SOBRE UN RECLAMO"])
    p.addr_kv([pl, f"{rng.randint(1100, 9800)} Calle Montoya", "El Paso, TX 79907"],
              [("Fecha", es_date(ld)), ("Reclamo", cno), ("Paciente", pl)], split=0.5, cap_w=24, size=9.4, cap=7.8)
    W = p.w - p.l_margin - p.r_margin
    p.hung([(GROUP, "Grupo", W * 0.18), (f"CPF {mid}", "Número de miembro", W * 0.3),
            (PLAN_CODE, "Plan", W * 0.16), (usd(amt), "Monto facturado", W * 0.36)], size=9.6)
    p.para(f"Estimado Sr. {split_name(pl)[2]}:", 10)
    p.para(f"{CTR} nos envió un reclamo por las pruebas neuropsicológicas que le hicieron el {es_wday(svc)} "
           f"(códigos 96132, 96133, 96136 y 96137; atendió: Dra. {neuro}). El total facturado es {usd(amt)}. El "
           f"Plan no pagará este reclamo.", 9.8)
    p.para(f"**Por qué.** El Beneficio de Atención Neurocognitiva paga una serie completa de pruebas "
           f"neuropsicológicas cada 24 meses, o antes si hay un cambio nuevo en la memoria, la conducta o la salud "
           f"que los médicos necesiten medir. Usted tuvo una serie completa el {es_date(first)}, ocho semanas antes. "
           f"Las notas de la Dra. {split_name(neuro)[2]} no describen ningún cambio desde esa fecha y el plan de "
           f"tratamiento no cambió después de las nuevas pruebas. Por eso, nuestro director médico decidió que "
           f"repetir las pruebas no era médicamente necesario.", 9.8)
    p.para(f"Usted no tiene que pagar este reclamo: {CTR} es un centro designado y aceptó no cobrarle lo que el "
           f"Plan no paga por esta razón.", 9.6)
    p.para(f"**Su derecho a apelar.** Puede apelar ante el Comité de Beneficios del Plan dentro de 180 días a partir "
           f"de la fecha de esta carta. Envíe su apelación por escrito a la Oficina del Plan, {PLAN_OFFICE}. Puede "
           f"pedir gratis una copia de las notas y de las reglas que usamos.", 9.6)
    p.para(f"Esta carta también contesta su llamada del {es_date(call)} (número de llamada {digits(rng, 2)}-"
           f"{digits(rng, 5)}).", 9.0)
    p.para(f"Atentamente,\nDr. {md}\nDirector médico, Lanterna Care Review", 9.6)
    t = truth("denial_letter", "medical_necessity", insurer=TPA_T, plan_id=PLAN_CODE, group=GROUP,
              member_id=f"CPF{mid}", member_name=pl, cases=[cno], claim_amount=m2(amt), service_dates=[iso(svc)],
              denial_date=iso(ld), provider=CTR, appeal_deadline=iso(due), lang="es",
              alternates={"insurer": TPA_ALT, "member_id": [mid], "provider": [f"Dra. {neuro}", neuro]})
    return out(p), t


def photocopy_committee(rng):
    """Benefits Committee's two-column appeal decision: PRP injections are still being studied."""
    pl, doc_, chair = people(rng, 3, sexes="mmf")
    mid = member_no(rng)
    dd = dt.date(2026, 5, 20)
    met = dt.date(2026, 5, 19)
    inj1, inj2 = dt.date(2026, 1, 20), dt.date(2026, 2, 3)
    amt = 4200.00
    cno = claim_no(rng, dt.date(2026, 2, 12))
    consult = auth_like(cno, rng)
    apn = f"AP-26-{digits(rng, 4)}"
    asked = dt.date(2026, 3, 30)
    CLIN = "Harbor Point Sports Medicine"
    p = EHSheet(footer="Page {n} of {nb}", footer_left="LPB-BC-2")
    p.set_margins(16, 13, 16)
    p.add_page()
    plan_head(p, rng, title="BENEFITS COMMITTEE - DECISION ON APPEAL")
    p.addr_kv([pl, *home(rng)], [("Decision date", long(dd)), ("Appeal no.", apn), ("Claim no.", cno),
                                 ("Group / Member ID", f"{GROUP} / CPF {mid}"), ("Appeal received", long(asked))],
              split=0.48, cap_w=36, size=9.2, cap=7.6)
    paras = [
        f"Dear Mr. {split_name(pl)[2]}:",
        f"The Benefits Committee of the Board of Trustees met on {long(met)} and decided your appeal about claim "
        f"{cno}. That claim asked the Plan to pay {CLIN} {usd(amt)} for two injections of platelet-rich plasma "
        f"(code 0232T) into your right knee, on {long(inj1)} and {long(inj2)}, given by Dr. {doc_}.",
        "**The decision.** The Committee agreed with the administrator, and the claim stays unpaid.",
        f"**The reasons.** The Committee read your letter, the letter from Dr. {split_name(doc_)[2]}, the clinic's "
        f"notes and the opinion of an independent orthopedic surgeon who was not involved in the first decision. "
        f"The Committee understands that your knee has hurt since your playing days, that the injections were "
        f"offered after physical therapy, braces and steroid injections had not helped enough, and that you felt "
        f"better for several weeks afterward; it has no doubt about your pain or your doctor's good faith. The Plan "
        f"document leaves out treatments that are still being studied to learn whether they work, and the surgeon "
        f"found that the studies of platelet-rich plasma for arthritis of the knee so far do not show a lasting "
        f"benefit, so these injections are among the treatments the Plan does not pay for. The pre-approval "
        f"{consult} you mentioned covered the consultation and X-rays at the clinic in January, not the "
        f"injections; those were paid under their own claim.",
        "**What happens next.** This is the Plan's final decision. You may ask for an external review by an "
        "independent review organization within four months after you receive this letter, and you have the right "
        "to bring a civil action under section 502(a) of ERISA. You may ask for copies of every document the "
        "Committee used, free of charge.",
        f"Sincerely,\n{chair}\nChair, Benefits Committee",
    ]
    p.two_col(paras, size=8.9)
    t = truth("denial_letter", "experimental", insurer=PLAN, group=GROUP, member_id=f"CPF{mid}", member_name=pl,
              cases=[apn, cno], claim_amount=m2(amt), service_dates=[iso(inj1), iso(inj2)], denial_date=iso(dd),
              provider=CLIN,
              alternates={"insurer": PLAN_ALT, "member_id": [mid], "provider": [f"Dr. {doc_}", doc_],
                          "case_numbers": [[apn], [cno]], "service_dates": [[f"{iso(inj1)}/{iso(inj2)}"]]},
              denial_alternates=["not_covered"])
    return out(p), t


def lowres_stack(rng):
    """Two-page letter (shoulder not pre-approved; page 2 upside down), its duplex back, a rehab-hospital letter."""
    # document 1
    pa, surg_a, coord = people(rng, 3, sexes="mmf")
    mid_a = member_no(rng)
    ld = dt.date(2026, 4, 16)
    due = plus(ld, 180)
    surg_d = dt.date(2026, 3, 19)
    dis = dt.date(2026, 3, 20)
    asked = dt.date(2026, 3, 30)
    ca = claim_no(rng, dt.date(2026, 3, 26))
    amt = 39410.00
    a = EHSheet(footer="Page {n} of {nb}", footer_left="LBA-CR-5",
                run_foot=f"{pa}  \u00b7  Member ID CPF {mid_a}  \u00b7  Group {GROUP}  \u00b7  Claim {ca}")
    a.set_margins(19, 14, 19)
    a.add_page()
    tpa_head(a, rng, right=["CLAIM DECISION"])
    a.addr_kv([pa, *home(rng)], [("Date", long(ld)), ("Claim", ca), ("Facility", JOINT),
                                 ("Admitted", slash(surg_d))], split=0.5, cap_w=24, size=9.4, cap=7.8)
    a.para(f"Dear Mr. {split_name(pa)[2]}:", 10)
    a.para(f"{JOINT} sent us a claim for your right shoulder replacement on March 19, 2026 and your stay through "
           f"{long(dis)}. It is a designated Joint Center and you have the credited seasons the Joint Replacement "
           f"Benefit requires. Even so, **we cannot pay the claim**, for the reason below.", 9.8)
    a.para(f"The Joint Replacement Benefit pays for a planned joint replacement only when Lanterna's Care Review "
           f"approved it before the surgery. The information we received does not show that anyone asked us to "
           f"approve your surgery before March 19, 2026. The center's request is dated {ymd(asked)}, eleven days "
           f"after the operation, and your records show that the surgery was planned at a visit on February 24, so "
           f"it was not an emergency.", 9.8)
    a.para("The center agreed, as a designated Joint Center, to ask for approval before a planned surgery. It may "
           "not bill you for this claim. The claim, and what you can do if you disagree, are on page 2.", 9.8)
    a.para(f"Questions: call member services at the number at the top and ask for the Joint Replacement team "
           f"(coordinator {coord}).", 9.4)
    a.add_page()
    W = a.w - a.l_margin - a.r_margin
    a.heading("The claim", 10.5)
    rows = [[dots(surg_d), "Reverse total shoulder replacement (23472)", "31,870.00", "0.00"],
            [dots(surg_d), "Implant", "5,980.00", "0.00"],
            [f"{dots(surg_d)}-{dots(dis)}", "Room and care, 1 night", "1,560.00", "0.00"],
            ["", f"Rendering: Dr. {surg_a}", "", ""],
            ["", "Claim total", n2(amt), "0.00"]]
    a.wrap_table(["Date(s)", "Service", "Billed", "Plan paid"], rows,
                 [W * 0.26, W * 0.46, W * 0.14, W * 0.14], size=8.4, aligns=["L", "L", "R", "R"],
                 bold_rows=(4,))
    a.bar("If you disagree", 9.2)
    a.para(f"You or someone you name may appeal to the Plan's Benefits Committee within 180 days of the date of this "
           f"letter. Write to the Plan Office, {PLAN_OFFICE}. Tell us why you think the claim should be paid and send "
           f"anything that shows approval was asked for before March 19, 2026. If you need the decision faster "
           f"because of your health, ask for an urgent appeal.", 9.2)
    a.nondiscrimination(TPA, tollfree(rng, "1-888"), "the Civil Rights Coordinator", size=6.8)
    d1 = (out(a), truth("denial_letter", "prior_authorization", insurer=TPA_T, group=GROUP, member_id=f"CPF{mid_a}",
                        member_name=pa, cases=[ca], claim_amount=m2(amt),
                        service_dates=[f"{iso(surg_d)}/{iso(dis)}"], denial_date=iso(ld), provider=JOINT,
                        appeal_deadline=iso(due),
                        alternates={"insurer": TPA_ALT, "member_id": [mid_a], "provider": [f"Dr. {surg_a}", surg_a],
                                    "service_dates": [[iso(surg_d)], [iso(surg_d), iso(dis)]]}))
    # document 2
    pb, surg_b, nurse, md = people(rng, 4, sexes="mfmf")
    mid_b = member_no(rng)
    nd = dt.date(2026, 4, 27)
    rq = dt.date(2026, 4, 24)
    op = dt.date(2026, 4, 23)
    planned = dt.date(2026, 4, 28)
    rn = f"A{rq.strftime('%y%m%d')}-{digits(rng, 4)}"
    IRF = "Seabright Inpatient Rehabilitation Hospital"
    b = EHSheet(footer="Page {n} of {nb}", footer_left="LBA-CR-7")
    b.set_margins(19, 14, 19)
    b.add_page()
    tpa_head(b, rng, right=["CARE REVIEW DECISION"])
    b.addr_kv([pb, *home(rng)], [("Date", wlong(nd)), ("Member ID", f"CPF {mid_b}"), ("Group", GROUP),
                                 ("Requested by", f"Dr. {surg_b}")], split=0.5, cap_w=27, size=9.4, cap=7.8)
    b.subject(f"Request {rn} - admission to {IRF}")
    b.para(f"Dear Mr. {split_name(pb)[2]}:", 10)
    b.para(f"Dr. {surg_b}, who replaced your left knee at {JOINT} on {long(op)}, asked us on {long(rq)} to approve "
           f"your admission to {IRF} on {long(planned)} for intensive rehabilitation. **We did not approve the "
           f"admission.** The Plan will pay for therapy at home and in the Joint Center's outpatient gym instead.",
           9.8)
    b.para("Our nurse reviewer read the hospital's therapy notes, and our medical director agreed with her. An "
           "inpatient rehabilitation hospital is for people who need at least three hours of therapy a day, five days "
           "a week, and a doctor's close watch. The notes show that on the second day after surgery you walked 150 "
           "feet with a walker, climbed four stairs with a rail, and needed help only to put on your sock. You live "
           "with your wife in a one-story house. Home physical therapy three times a week, then outpatient therapy, "
           "meets these needs safely. If your recovery changes, your surgeon can send a new request.", 9.6)
    b.para("You may appeal within 60 calendar days of the date you receive this notice. Because you are still in "
           "the hospital, you or your doctor may ask for an expedited appeal by phone; we decide those within 72 "
           "hours. Otherwise write to the Plan's Benefits Committee at the Plan Office, " + PLAN_OFFICE + ".", 9.4)
    b.signatures((nurse, "Nurse Reviewer, RN"), (md, "Medical Director"))
    b.para(f"cc: Dr. {surg_b}; {IRF}; {JOINT} case management", 8.6)
    d2 = (out(b), truth("denial_letter", "level_of_care", insurer=TPA_T, group=GROUP, member_id=f"CPF{mid_b}",
                        member_name=pb, cases=[rn], service_dates=[iso(planned)], denial_date=iso(nd),
                        provider=f"Dr. {surg_b}",
                        alternates={"insurer": TPA_ALT, "member_id": [mid_b],
                                    "provider": [surg_b, JOINT, IRF]}))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_two_page_eob_knee_replacement_navigation_code_paid_inside_main_procedure",
             "born_digital", [bd_eob(rng)]),
        Item(F + "scan300_plan_office_letter_neurocognitive_claim_two_credited_seasons", "scan_clean_300",
             [scan_plan_letter(rng)]),
        Item(F + "faxfine_preservice_hip_replacement_hospital_not_designated_joint_center", "fax_fine_g4",
             [faxfine_preservice(rng)]),
        Item(F + "rotated_benefit_determination_neurocognitive_approved_boxes", "rotated", [rotated_approval(rng)]),
        Item(F + "phone_es_carta_pruebas_neuropsicologicas_repetidas", "phone_photo", [phone_es_letter(rng)]),
        Item(F + "photocopy_two_column_committee_appeal_prp_injections_still_studied", "photocopy",
             [photocopy_committee(rng)]),
    ]
    items.append(Item(F + "lowres_stack_shoulder_replacement_not_preapproved_page_two_upside_down_duplex_then_rehab_"
                          "hospital_level", "scan_lowres_150", lowres_stack(rng), separators=["duplex", None],
                      turns={(0, 1): 180}))
    return items
