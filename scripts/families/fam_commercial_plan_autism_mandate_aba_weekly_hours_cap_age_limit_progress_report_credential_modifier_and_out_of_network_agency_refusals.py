"""A commercial health plan's decisions on applied behavior analysis (ABA) for autism spectrum disorder under a state
autism mandate, mirrored (structure and plain wording style only) from how commercial insurers and their behavioral
health reviewers write about the benefit the state mandates require: ABA is covered for a member with a diagnosis of
autism spectrum disorder up to an age set in state law; each stretch of treatment needs prior authorization for a
set number of hours a week over a set period (usually six months); the request needs a treatment plan with
measurable goals, and each renewal a progress report; the services must be given or supervised by a credentialed
Board Certified Behavior Analyst (BCBA), direct treatment by a registered technician; the plan approves the hours it
finds medically necessary, so many decisions approve part of what was asked; the plan's network rules apply. CPT
adaptive behavior codes 97151, 97153, 97154, 97155, 97156 and 97158, the HO / HN credential modifiers, revenue codes
and CARC/RARC codes appear as themselves; the State of Lathmoor, its autism law and section number, the insurer
Sedgebrook Health Insurance Company, its behavioral health reviewer Wrenhallow Behavioral Review, LLC, every
employer, agency, clinic, hospital, person, member number (family number "SBH" + nine digits and each person's
two-digit suffix after a dash), claim, request, authorization and appeal number, certification and license number,
plan code and amount are invented (phones 555). No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_family_eob_side_column_saturday_make_up_session_h4: a two-page family EOB under the plan's letterhead
  (a drawn mark, the name, a small lower-case "behavioral health benefits administered by ..." line); six claims for
  four people in an unruled listing with a side column ("your plan at a glance" with the ABA authorization on
  file); two ABA claims for the same child from the same agency, the second broken over the page; only its
  Saturday make-up session line pays 0.00 under H4, told only in the two-column legend on page 2 beside unused codes
  (technician not registered, past the age limit, no authorization for the dates).
- clean300_partial_hours_strip_captions_under_bars_chart: a partial approval to the parent: request, member,
  group, plan and received date in one ruled strip with lower-case captions under it; the hours asked for and
  approved drawn as bars; a shaded "your plan at a glance" column at the left of the reasons (hours cut as not
  medically necessary); 180 days of the letter; peer-to-peer and 72-hour limits as decoys.
- photocopy_progress_report_never_came_two_column_prose: a concurrent-review letter refusing continued hours because
  the six-month progress report and updated treatment plan were asked for and never came; values first with
  captions after them; reasons in two ruled columns; a printed "no later than" date; the records' due date and
  request date as decoys.
- phone_es_edad_limite_ley_estatal_columna_lateral: a photographed Spanish letter to a young man past the age
  through which the state law and the plan cover ABA: four sessions refused (code A9 in a two-column legend beside
  an unused code), a Spanish side column, his own suffixed number beside his mother's.
- rotated_initial_assessment_approval_values_over_captions: an approval of the initial assessment and first
  hours fed turned: values over captions in boxes, the BCBA's certification and license numbers as decoys; denies
  nothing.
- lowres_agency_remittance_two_pages_one_97155_line_no_ho_modifier: a 150 dpi two-page remittance to an ABA agency,
  five children's claims in a ruled table broken over the page under a running header, one 97155 line rejected
  (CO-4 / N822: the credential modifier missing), told only in the two-column code list; 90 days of the remit date.
- finefax_stack_advocate_cover_network_agency_appeal_upheld_upside_down_then_inpatient_unit: a fine fax from a
  family advocacy project: its cover whose message opens "Dear Ms. ...", the plan's two-page appeal decision keeping
  the refusal of an out-of-network agency (network agencies with openings; page 2 upside down; second-level appeal
  within 60 days), and a letter refusing admission to a hospital's inpatient neurobehavioral unit while approving
  the same child's intensive outpatient day program (level of care).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundem_fammc import (EMSheet, cents, dashed, dear_cover, digits, dmy, dots, es_abbr, es_date, first_last,
                               given, iso, kin, last_first, long, m2, n2, nodash, nth, out, people, phone, plus,
                               slash, surname, tollfree, truth, upper, usd, wday, workday, ymd, yy)

FAMILY = ("commercial_plan_autism_mandate_aba_weekly_hours_cap_age_limit_progress_report_credential_modifier_and_"
          "out_of_network_agency_refusals")
LANG = "en"
SEED = 355022
INS = "Sedgebrook Health Insurance Company"
INS_ALT = ["Sedgebrook Health Insurance", "Sedgebrook Health", "Sedgebrook"]
ADMIN = "behavioral health benefits administered by Wrenhallow Behavioral Review, LLC"
ADDR = "PO Box 7730, Kestrelby, LM 58107-7730"
STREET = "400 Chancery Mews, Kestrelby, LM 58102"
APPEALS = f"Sedgebrook Appeals and Grievances, {ADDR}"
LAW = "Lathmoor Insurance Code section 27-4412"


def fam(rng):
    return "SBH" + digits(rng, 9)


def head(p, rng, right=None, sub="Health Insurance Company"):
    p.admin_head("Sedgebrook", sub, ADMIN, [STREET, f"Member services {tollfree(rng, '855')}  |  TTY 711"],
                 right=right, mark="arcs")


def bacb(rng):
    return f"1-{rng.randint(12, 21)}-{digits(rng, 5)}"


# ---------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    sub, wife, kid, sib, dr_fam, dr_dev, dr_uc, bcba = people(rng, 8, sexes="MFMFXXXX")
    wife, kid, sib = kin(wife, sub), kin(kid, sub), kin(sib, sub)
    base = fam(rng)
    n_sub, n_wife, n_kid, n_sib = (f"{base}-0{i}" for i in (1, 2, 3, 4))
    sd = workday(dt.date(2026, 4, rng.randint(13, 16)))
    plan_id, group = "SB-PPO-3000", f"LM-{digits(rng, 5)}"
    employer = "Coldbeck Valve & Fitting Co."
    agency = "Kestrelby Autism & Behavior Center"
    auth = f"AU{digits(rng, 8)}"
    a_start = dt.date(2026, 1, 5)
    a_end = dt.date(2026, 7, 3)
    rate = {"97153": round(rng.uniform(15.5, 17.5), 2), "97155": round(rng.uniform(27, 31), 2),
            "97156": round(rng.uniform(26, 30), 2)}

    def aba_lines(days, extra):
        rows = []
        for d in days:
            rows.append((d, "97153", 12, "Adaptive behavior tx by technician"))
            if d.weekday() in extra:
                rows.append((d, "97155", 4, "Protocol modification, BCBA"))
        return rows
    # first ABA claim: Feb 23 - Feb 27 (all paid)
    wk0 = [dt.date(2026, 2, 23) + dt.timedelta(days=i) for i in range(5)]
    # second ABA claim: Mar 9 - Mar 20 with a Saturday make-up session on Mar 14
    wk1 = [dt.date(2026, 3, 9) + dt.timedelta(days=i) for i in range(5)]
    sat = dt.date(2026, 3, 14)
    wk2 = [dt.date(2026, 3, 16) + dt.timedelta(days=i) for i in range(5)]
    l0 = aba_lines(wk0, {1, 3})
    l1 = aba_lines(wk1, {1, 3}) + [(sat, "97153", 12, "Adaptive behavior tx by technician")] + aba_lines(wk2, {1, 3})
    l1.append((dt.date(2026, 3, 19), "97156", 4, "Family guidance, BCBA"))
    l1.sort(key=lambda r: (r[0], r[1]))
    cl = {k: f"26-{digits(rng, 7)}-{rng.randint(10, 99)}" for k in ("fam", "aba0", "lab", "uc", "dev", "aba1")}
    tot = [0.0, 0.0, 0.0, 0.0]

    def money(billed, note):
        if note == "H4":
            a = pd = y = 0.0
        else:
            a = round(billed * rng.uniform(0.62, 0.74), 2)
            if note == "D2":
                pd, y = 0.0, a
            elif note == "P0":
                pd, y = a, 0.0
            else:
                y = round(a * 0.2, 2)
                pd = round(a - y, 2)
        return a, pd, y

    def claim(key, who, num, prov, rend, items):
        rows = [("span", f"{who}  ({num})   Claim {cl[key]}"), ("span", f"   {prov}   Rendering: {rend}")]
        sb = 0.0
        for d, code, units, text, billed, note in items:
            a, pd, y = money(billed, note)
            rows.append([slash(d), code, text, str(units), n2(billed), n2(a), n2(pd), n2(y), note])
            sb += billed
            for i, v in enumerate((billed, a, pd, y)):
                tot[i] += v
        rows.append(("bold", ["", "", "Claim total", "", n2(sb), "", "", "", ""]))
        rows.append(("gap",))
        return rows, round(sb, 2)

    def aba_items(lines, ref_date=None):
        out_ = []
        for d, code, units, text in lines:
            billed = round(rate[code] * units, 2)
            note = "H4" if (d == ref_date and code == "97153") else "P1"
            out_.append((d, code, units, text, billed, note))
        return out_
    fam_d = dt.date(2026, 3, rng.randint(2, 6))
    lab_d = plus(fam_d, rng.randint(1, 3))
    uc_d = dt.date(2026, 3, rng.randint(21, 25))
    dev_d = dt.date(2026, 3, rng.randint(3, 6))
    c_fam, _ = claim("fam", sub, n_sub, "Ottermead Family Medicine", dr_fam,
                     [(fam_d, "99214", 1, "Office visit, established", cents(rng, 230, 290), "D2")])
    c_aba0, _ = claim("aba0", kid, n_kid, agency, bcba, aba_items(l0))
    c_lab, _ = claim("lab", wife, n_wife, "Cadwell Reference Laboratory", dr_fam,
                     [(lab_d, "80053", 1, "Metabolic panel", cents(rng, 70, 110), "D2"),
                      (lab_d, "84443", 1, "Thyroid stimulating hormone", cents(rng, 60, 95), "D2")])
    c_dev, _ = claim("dev", kid, n_kid, "Larkwater Developmental Clinic", dr_dev,
                     [(dev_d, "99215", 1, "Office visit, established", cents(rng, 320, 380), "P1")])
    c_uc, _ = claim("uc", sib, n_sib, "Amberlough Walk-In Care", dr_uc,
                    [(uc_d, "99203", 1, "Office visit, new patient", cents(rng, 180, 240), "P1"),
                     (uc_d, "87880", 1, "Strep test, rapid", cents(rng, 30, 55), "P1")])
    items1 = aba_items(l1, ref_date=sat)
    c_aba1, total1 = claim("aba1", kid, n_kid, agency, bcba, items1)
    ref_billed = [b for d, c, u, t, b, n in items1 if n == "H4"][0]
    all_rows = c_fam + c_aba0 + c_lab + c_dev + c_uc + c_aba1
    first = len(c_fam) + len(c_aba0) + len(c_lab) + len(c_dev) + len(c_uc)
    cut = first + 2 + 7          # page 1 ends inside the second ABA claim, before the Saturday line
    p = EMSheet(footer="Page {n} of {nb}", footer_left=f"SB-EOB-4 (01/26)  |  {INS}",
                every=f"{sub}  |  Family no. {base}  |  Statement {slash(sd)}")
    p.set_margins(14, 13, 14)
    p.add_page()
    head(p, rng, right=["EXPLANATION OF BENEFITS", "This is not a bill", f"Statement date {long(sd)}"])
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [sub, f"{rng.randint(110, 9800)} Pennywort Lane", "Halsterne, LM 58230"]:
        p.set_x(p.l_margin)
        p.line(ln, 9.6)
    yk = p.kv_box([("Subscriber", sub), ("Subscriber no.", n_sub), ("Employer", employer),
                   ("Claims processed", f"{slash(plus(sd, -30))} - {slash(plus(sd, -1))}")],
                  p.l_margin + W * 0.48, y0, W * 0.52, cap_w=32, size=8.4)
    p.set_xy(p.l_margin, max(p.get_y(), yk) + 3)
    p.para("Here are the claims we processed for your family. The letters in the Note column are explained on the "
           "last page. Each person's own member number is printed after the name.", 8.4)
    head_ = ["Date", "Code", "Service", "Units", "Billed", "Allowed", "Plan paid", "You owe", "Note"]
    widths = [16, 11, 37, 11, 14, 14, 14, 13, 11]
    al = ["L", "L", "L", "R", "R", "R", "R", "R", "C"]
    side = [("your plan at a glance", [("kv", "Plan", "Choice PPO 3000"), ("kv", "Plan code", plan_id),
                                       ("kv", "Group", group), ("kv", "Deductible (family)", "$6,000"),
                                       ("kv", "Met so far", usd(cents(rng, 2100, 2900))),
                                       "ABA for autism is covered under state law with prior authorization."]),
            ("ABA authorization on file", [("kv", "For", given(kid)), ("kv", "Number", auth),
                                           ("kv", "97153", "15 h a week"), ("kv", "97155", "2 h a week"),
                                           ("kv", "97156", "1 h a week"),
                                           f"Valid {slash(a_start)} to {slash(a_end)}"]),
            ("questions", [f"Call {tollfree(rng, '855')}", "Mon-Fri 8 a.m. to 6 p.m."])]
    p.side_listing(head_, all_rows[:cut], widths, al, side, side_w=48, size=6.7, row_h=3.95)
    p.carry("the claim continues on page 2")
    p.add_page()
    p.f(9.2, "B")
    p.cell(0, 5, "Claims (continued)", new_x="LMARGIN", new_y="NEXT")
    rest = [("span", f"{kid}  ({n_kid})   Claim {cl['aba1']} (continued)")] + all_rows[cut:]
    rest.append(("bold", ["", "", "Totals this statement", "", n2(tot[0]), n2(tot[1]), n2(tot[2]), n2(tot[3]), ""]))
    k = W / sum(widths)
    p.listing(head_, rest, [w * k for w in widths], al, size=6.7, row_h=3.95)
    p.ln(2)
    p.legend_pair("Notes on this statement",
                  [("P1", "Paid by your plan after your share."),
                   ("D2", "Counted toward your deductible. You pay the provider this amount."),
                   ("H4", "Over the hours a week approved in the authorization on file for this service. The "
                          "hours for that week were used by the sessions before it, so the plan pays nothing "
                          "for this session."),
                   ("P0", "Preventive care, paid in full.")],
                  [("C7", "The technician who gave the service was not a registered behavior technician on that "
                          "day."),
                   ("A9", "The member is past the age through which state law and your plan cover ABA."),
                   ("N2", "No authorization was on file for the dates of service."),
                   ("X5", "A duplicate of a line already processed.")])
    p.heading("How your share is figured", 9.2)
    p.para("Example: if a session is allowed at $150.00 and your deductible is met, your 20% coinsurance is $30.00 "
           "and the plan pays $120.00. A provider in your network may not bill you more than your share.", 8.2)
    p.heading("If you disagree", 9.2)
    p.para(f"You may appeal any decision on this statement within 180 days of the date of this statement. Write to "
           f"{APPEALS}, and tell us the claim and the line. Your provider may also ask for more hours by sending a "
           "new request with the child's progress data. An urgent appeal is decided within 72 hours. If your plan "
           "is governed by ERISA you may bring a civil action after the appeal.", 8.2)
    p.rights(INS, tollfree(rng, "855"))
    t = truth("eob", "prior_authorization", insurer=INS, plan_id=plan_id, group=group, member_id=n_kid,
              member_name=kid, cases=[cl["aba1"]], claim_amount=m2(total1), service_dates=[iso(sat)],
              denial_date=iso(sd), provider=agency, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": INS_ALT, "claim_amount": [m2(ref_billed)], "provider": [bcba]},
              denial_alternates=["not_covered"])
    return out(p), t


def clean_partial(rng):
    par, kid, bcba, rev, cm = people(rng, 5, sexes="FMXXF")
    kid = kin(kid, par)
    base = fam(rng)
    num = f"{base}-02"
    ld = workday(dt.date(2026, 3, rng.randint(16, 20)))
    recv = plus(ld, -rng.randint(6, 9))
    start = dt.date(2026, 4, 1)
    end = dt.date(2026, 9, 30)
    req = f"UMR-26-{digits(rng, 7)}"
    auth = f"AU{digits(rng, 8)}"
    plan_id, group = "SB-HMO-1500", f"LM-{digits(rng, 5)}"
    agency = "Amberlough Behavioral Partners"
    dob = dt.date(2015, rng.randint(1, 12), rng.randint(1, 28))
    p = EMSheet(footer="Page {n} of {nb}", footer_left=f"{INS}  |  Request {req}")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, rng, right=["Utilization Management", "Autism Services Review"])
    p.line(wday(ld), 9.8)
    p.ln(2)
    for ln in [f"To the parent or guardian of {first_last(kid)}", par, f"{rng.randint(12, 980)} Gorsedale Court",
               "Ottermead, LM 58314"]:
        p.line(ln, 9.8)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.strip_under([(req, "request number", W * 0.27), (num, "member id (child)", W * 0.27),
                   (group, "group", W * 0.16), (plan_id, "plan", W * 0.16), (slash(recv), "received", W * 0.14)])
    p.strip_under([(kid, "member", W * 0.34), (agency, "requesting agency", W * 0.42),
                   (slash(dob), "date of birth", W * 0.24)])
    p.strip_under([(f"{slash(start)} - {slash(end)}", "hours asked for these dates", W * 0.5),
                   (auth, "authorization no. for the hours approved", W * 0.5)])
    p.hours_bars("Hours a week: what was asked for and what we approved",
                 [("97153", "Treatment by a technician", 30, 18), ("97155", "BCBA protocol changes", 6, 4),
                  ("97156", "Family guidance", 2, 2)], top=32)
    p.aside([f"Dear {first_last(par)}:",
             f"{agency} asked us to approve applied behavior analysis for {given(kid)} from {long(start)} through "
             f"{long(end)}. We approved part of the request. We approved 18 hours a week of treatment by a "
             "technician (97153), 4 hours a week of protocol changes by the BCBA (97155) and 2 hours a week of "
             "family guidance (97156). We did not approve the other 12 hours a week of 97153 or 2 hours a week of "
             "97155.",
             f"The progress report of {slash(recv)} shows that {given(kid)} met 14 of his 18 goals in the last six "
             "months, and that the goals left are about play with other children and waiting his turn. He is in "
             "school six hours a day. The hours asked for would mean treatment most of the time he is not in school "
             "or asleep, and the report does not show why goals of this kind need that many hours. Under our "
             "guideline for focused ABA, the hours we approved are the hours that are medically necessary for the "
             "goals in the treatment plan.",
             "Your plan covers ABA as the state's autism law requires; the law does not require a plan to pay for "
             "hours that are not medically necessary.",
             f"The reviewer was {rev}, BCBA-D, a licensed behavior analyst. {bcba}, the BCBA at {agency}, may call "
             f"{phone(rng, '608')} within 14 days to talk with the reviewer.",
             f"You may appeal within 180 days of the date of this letter. Write to {APPEALS}, or fax "
             f"{phone(rng, '608')}. If waiting could seriously harm {given(kid)}'s health, ask for a fast appeal; "
             "we decide it within 72 hours. After the appeal you may ask for an external review."],
            [("your plan at a glance", [("Plan", "Sedgebrook Value HMO 1500"), ("Group", group),
                                        "ABA is covered for autism through age 20 under " + LAW + ".",
                                        "Each authorization lasts up to six months."]),
             ("who to call", [("Member services", tollfree(rng, "855")),
                              ("Case manager", f"{cm}, LCSW"), ("Her direct line", phone(rng, "608"))])],
            left=True, side_w=52, size=9.2, heads={1: "What we decided", 2: "Why", 4: "Talking with us",
                                                   5: "If you disagree"})
    p.para(f"Sincerely,\n{rev}, BCBA-D, Clinical Reviewer, for {INS}", 9)
    p.para(f"cc: {bcba}, BCBA, {agency}", 7.8)
    t = truth("denial_letter", "medical_necessity", insurer=INS, plan_id=plan_id, group=group, member_id=num,
              member_name=kid, cases=[req], claim_amount=None, service_dates=[f"{iso(start)}/{iso(end)}"],
              denial_date=iso(ld), provider=agency, appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": INS_ALT, "provider": [bcba], "case_numbers": [[req, auth]],
                          "service_dates": [[iso(start)]]})
    return out(p), t


def photocopy_records(rng):
    par, kid, bcba, rev = people(rng, 4, sexes="MFXX")
    kid = kin(kid, par)
    base = fam(rng)
    num = f"{base}-03"
    ld = workday(dt.date(2026, 4, rng.randint(20, 23)))
    asked = plus(ld, -rng.randint(24, 28))
    due = plus(asked, 14)
    start = plus(ld, -rng.randint(1, 3))
    start = dt.date(2026, 4, 20) if start < dt.date(2026, 4, 20) else start
    end = plus(start, 181)
    prev_end = plus(start, -1)
    req = f"UMR-26-{digits(rng, 7)}"
    prev = f"AU{digits(rng, 8)}"
    group = f"LM-{digits(rng, 5)}"
    agency = "Ottermead Pediatric ABA"
    by = plus(ld, 180)
    p = EMSheet(serif=True, footer="Page {n} of {nb}",
                ids_foot=f"{kid}  |  {num}  |  Request {req}  |  {dashed(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, rng, right=["Concurrent Review", "Autism Services"])
    p.line(long(ld), 10)
    p.ln(2)
    for ln in [par, f"{rng.randint(12, 980)} Sallow Pit Road", "Cadwell, LM 58411"]:
        p.line(ln, 10)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.after_caps([(kid, "your child, the member"), (num, "member number"), (group, "group"),
                  (req, "request for more hours"), (f"{agency}, {bcba}, BCBA", "provider who asked"),
                  (f"{slash(start)} through {slash(end)}", "dates asked for"),
                  (prev, f"the last authorization, which ended {slash(prev_end)}")], size=9.4, w=W)
    p.para(f"Dear {first_last(par)}:", 10)
    p.para(f"We cannot approve more applied behavior analysis for {given(kid)} from {long(start)}. This letter "
           "explains why and what you or the agency can do.", 10)
    p.flow([
        f"**What happened.** {agency} asked us to approve {given(kid)}'s ABA hours for another six months. To "
        "decide a request to continue ABA, we need two papers from the supervising BCBA: a progress report that "
        "shows, for each goal, the child's data over the last six months, and an updated treatment plan with the "
        "goals for the next six months and the hours each service needs.",
        f"**What we asked for.** On {long(asked)} we faxed the agency a request for the two papers and asked for "
        f"them by {long(due)}. We called the agency on the same day. We did not receive them, and our file has "
        "only the request form and a one-page summary of hours.",
        "**Our decision.** Without the progress report and the updated plan our reviewer cannot tell whether the "
        "hours asked for are medically necessary, so we cannot approve the request. This is not a decision that "
        f"{given(kid)} does not need ABA. If the agency sends the papers, we will look at the request again "
        "without a new appeal.",
        f"**Your rights.** You may appeal. Your appeal must reach us no later than {long(by)}. Send it to "
        f"{APPEALS}. If waiting could seriously harm your child's health, ask for a fast appeal; we decide it "
        "within 72 hours. You may ask for a free copy of the guideline we used and of the papers in your file.",
        f"**Who reviewed it.** {rev}, BCBA, a licensed behavior analyst on the staff of Wrenhallow Behavioral "
        "Review, which reviews behavioral health requests for Sedgebrook."], ncols=2, size=9.0, rule=True)
    p.ln(1)
    p.para(f"Sincerely,\nConcurrent Review Unit\n{INS}", 9.2)
    p.para(f"cc: {agency} (fax {phone(rng, '715')})", 7.8)
    t = truth("denial_letter", "other", insurer=INS, group=group, member_id=num, member_name=kid, cases=[req],
              claim_amount=None, service_dates=[f"{iso(start)}/{iso(end)}"], denial_date=iso(ld), provider=agency,
              appeal_deadline=iso(by),
              alternates={"insurer": INS_ALT, "provider": [bcba], "service_dates": [[iso(start)]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def phone_es(rng):
    madre, hijo, bcba, md = people(rng, 4, es=True, sexes="FMXX")
    hijo = kin(hijo, madre)
    base = fam(rng)
    num_m, num_h = f"{base}-01", f"{base}-02"
    ld = workday(dt.date(2026, 4, rng.randint(6, 10)))
    bday = dt.date(2005, 2, rng.randint(2, 20))
    turned = dt.date(2026, bday.month, bday.day)
    days = [dt.date(2026, 3, d) for d in (3, 10, 17, 24)]
    cl = f"26-{digits(rng, 7)}-{rng.randint(10, 99)}"
    group = f"LM-{digits(rng, 5)}"
    agency = "Kittering Adult Behavior Services"
    r53, r55 = round(rng.uniform(15.5, 17.5), 2), round(rng.uniform(27, 31), 2)
    lines = []
    for d in days:
        lines.append((d, "97153", 8, round(r53 * 8, 2)))
        lines.append((d, "97155", 2, round(r55 * 2, 2)))
    total = round(sum(b for *_, b in lines), 2)
    p = EMSheet(footer="Página {n} de {nb}", footer_left=f"{INS}  |  Reclamación {cl}")
    p.set_margins(17, 15, 17)
    p.add_page()
    head(p, rng, right=["Aviso sobre su reclamación", es_date(ld)])
    for ln in [hijo, f"a cargo de {madre}", f"{rng.randint(100, 4800)} Calle Mirasol", "Larkwater, LM 58520"]:
        p.line(ln, 9.8)
    p.ln(3)
    p.aside([f"Estimado señor {surname(hijo)}:",
             f"Recibimos la reclamación de {agency} por sus sesiones de análisis conductual aplicado (ABA) de marzo "
             f"de 2026. La agencia cobró {usd(total)} por cuatro sesiones. No pagaremos estas sesiones.",
             f"La ley de autismo del estado ({LAW}) y su plan cubren el ABA para el autismo hasta los 20 años de "
             f"edad, es decir, hasta el día antes de cumplir 21. Usted cumplió 21 años el {es_date(turned)}. Las "
             "sesiones de la tabla son posteriores a esa fecha, por eso su plan no las cubre. Usted sigue inscrito "
             "en el plan y las demás consultas médicas y de salud mental siguen cubiertas.",
             f"Si usted o {bcba}, su analista de conducta, no están de acuerdo, pueden apelar dentro de 180 días a "
             f"partir de la fecha de esta carta. Escriba a {APPEALS}. Si su salud corre peligro, pida una apelación "
             "rápida (la decidimos en 72 horas)."],
            [("su plan de un vistazo", [("Miembro", hijo), ("Su número de miembro", num_h), ("Titular", madre),
                                        ("Número del titular", num_m), ("Grupo", group),
                                        "Cobertura de ABA: hasta los 20 años."]),
             ("ayuda en español", [tollfree(rng, "855"), "lunes a viernes, 8 a 18 h"])],
            side_w=54, size=9.4, heads={1: "Lo que decidimos", 2: "Por qué", 3: "Si no está de acuerdo"})
    W = p.w - p.l_margin - p.r_margin
    p.f(9.2, "B")
    p.cell(W, 5, f"Reclamación {cl}  -  {agency}", new_x="LMARGIN", new_y="NEXT")
    rows = [[es_abbr(d), c, str(u), n2(b), "0.00", "A9"] for d, c, u, b in lines]
    rows.append(["", "Total", "", n2(total), "0.00", ""])
    p.table(["Fecha", "Código", "Unidades", "Cobrado", "Pagado", "Nota"], rows, [30, 24, 24, 30, 30, 20],
            size=8.4, aligns=["L", "L", "R", "R", "R", "C"], bold_last=True)
    p.legend_pair("Qué quieren decir las notas",
                  [("A9", "El miembro ya pasó la edad hasta la cual la ley del estado y su plan cubren el ABA.")],
                  [("N2", "No había autorización para las fechas del servicio.")], heads=("Nota", "Significado"))
    p.para(f"Fecha de nacimiento en nuestros registros: {dots(bday)}.", 7.6)
    t = truth("denial_letter", "not_covered", insurer=INS, group=group, member_id=num_h, member_name=hijo,
              cases=[cl], claim_amount=m2(total), service_dates=[iso(d) for d in days], denial_date=iso(ld),
              provider=agency, appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": INS_ALT, "provider": [bcba]}, denial_alternates=["eligibility"])
    return out(p), t


def rotated_approval(rng):
    par, kid, bcba, dev, rn = people(rng, 5, sexes="FFXXF")
    kid = kin(kid, par)
    base = fam(rng)
    num = f"{base}-03"
    ld = workday(dt.date(2026, 2, rng.randint(9, 13)))
    start = plus(ld, rng.randint(7, 12))
    end = plus(start, 181)
    auth = f"AU{digits(rng, 8)}"
    group = f"LM-{digits(rng, 5)}"
    plan_id = "SB-EPO-2000"
    agency = "Cadwell Behavior Group"
    cert, lic = bacb(rng), f"LBA-{digits(rng, 6)}"
    diag = plus(ld, -rng.randint(40, 70))
    p = EMSheet(footer="Page {n} of {nb}", footer_left=f"{INS}  |  Authorization {auth}")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, rng, right=["Autism Services", upper(ld)])
    for ln in [f"Parent or guardian of {kid}", par, f"{rng.randint(12, 990)} Heronsgate Walk", "Kestrelby, LM 58104"]:
        p.line(ln, 10)
    p.ln(4)
    W = p.w - p.l_margin - p.r_margin
    p.over_boxes([(auth, "Authorization no.", W * 0.28), (num, "Member ID (child)", W * 0.28),
                  (group, "Group", W * 0.2), (plan_id, "Plan", W * 0.24)])
    p.over_boxes([(agency, "ABA provider (in network)", W * 0.5), (f"{bcba}, BCBA", "Supervising analyst", W * 0.5)])
    p.over_boxes([(cert, "BACB certification no.", W * 0.3), (lic, "Lathmoor license", W * 0.3),
                  (f"{slash(start)} - {slash(end)}", "Approved dates", W * 0.4)])
    p.para(f"Dear {first_last(par)},", 10)
    p.para(f"We approved applied behavior analysis for {given(kid)}. {dev}, MD, diagnosed autism spectrum "
           f"disorder on {slash(diag)}, and {agency} sent a treatment plan with measurable goals. Here is what we "
           "approved:", 10)
    p.table(["Code", "Service", "Approved", "For"],
            [["97151", "Assessment and treatment planning by the BCBA", "32 units (8 hours)", "once"],
             ["97153", "Treatment by a registered technician", "20 hours a week", "26 weeks"],
             ["97155", "Protocol changes by the BCBA", "4 hours a week", "26 weeks"],
             ["97156", "Family guidance", "1 hour a week", "26 weeks"]],
            [20, 80, 40, 34], size=8.8)
    p.bullets(["Your usual deductible and coinsurance apply. The agency is in your network, so it may not bill you "
               "more than your share.",
               "Before the approved dates end, the BCBA must send a progress report and an updated plan if "
               f"{given(kid)} needs more treatment.",
               "Nothing in this letter denies a service."], 9.4)
    p.para(f"{rn}, RN, Care Coordinator, Autism Services\n{INS}", 9.4)
    t = truth("other", None, insurer=INS, plan_id=plan_id, group=group, member_id=num, member_name=kid,
              cases=[auth], claim_amount=None, service_dates=[], denial_date=iso(ld), provider=agency,
              appeal_deadline=None,
              alternates={"insurer": INS_ALT, "provider": [bcba], "service_dates": [[f"{iso(start)}/{iso(end)}"]]})
    return out(p), t


def lowres_remit(rng):
    kids = people(rng, 5)
    bcbas = people(rng, 3)
    subs = people(rng, 5)
    rd = workday(dt.date(2026, 5, rng.randint(4, 8)))
    payee = "Harrowby Lane Autism Services"
    npi, tin = digits(rng, 10), f"XX-XXX{digits(rng, 4)}"
    chk = f"EFT{digits(rng, 10)}"
    REF = 3
    r = {"97153": round(rng.uniform(15.5, 17.5), 2), "97155": round(rng.uniform(27, 31), 2),
         "97156": round(rng.uniform(26, 30), 2), "97151": round(rng.uniform(30, 34), 2)}
    claims = []
    for i in range(5):
        base = fam(rng)
        who = kin(kids[i], subs[i])
        num = f"{base}-0{rng.choice([2, 3, 4])}"
        wk = dt.date(2026, 4, 6) + dt.timedelta(days=7 * rng.randint(0, 2))
        skip = rng.randint(0, 4) if i != REF else 4
        days = [wk + dt.timedelta(days=j) for j in range(5) if j != skip]
        lines = []
        for d in days:
            lines.append((d, "97153", "", rng.choice([8, 12, 12, 16])))
            if d.weekday() in (1, 3):
                lines.append((d, "97155", "HO", 4))
        if i in (1, REF):
            lines.append((days[-1], "97156", "HO", 4 if i == 1 else 3))
        if i == REF:
            # the BCBA's 97155 on the second day is billed without the credential modifier
            k = [j for j, ln in enumerate(lines) if ln[1] == "97155"][0]
            d, c, _, u = lines[k]
            lines[k] = (d, c, "", u)
            ref_line = k
        claims.append(dict(pat=who, num=num, cl=f"26-{digits(rng, 7)}-{rng.randint(10, 99)}", lines=lines,
                           rend=bcbas[i % 3]))
    head_ = ["Date", "Code", "Mod", "Units", "Billed", "Allowed", "Paid", "Pt resp", "Adj codes"]
    widths = [19, 15, 11, 12, 20, 20, 20, 18, 30]
    al = ["L", "L", "L", "R", "R", "R", "R", "R", "L"]
    rows = []
    paid_tot = billed_tot = 0.0
    for i, c in enumerate(claims):
        if i == REF:
            cut = len(rows) + 4          # page 1 ends three lines into this claim, after its refused line
        rows.append(("span", f"{last_first(c['pat'])}   Member {c['num']}   Claim {c['cl']}   Rendering {c['rend']}, BCBA"))
        sb = sp = 0.0
        for j, (d, code, mod, u) in enumerate(c["lines"]):
            b = round(r[code] * u, 2)
            if i == REF and j == ref_line:
                a = pd = pr = 0.0
                adj = "CO-4 N822"
                ref_date, ref_b = d, b
            else:
                a = round(b * rng.uniform(0.7, 0.8), 2)
                pr = round(a * 0.1, 2) if i % 2 else 0.0
                pd = round(a - pr, 2)
                adj = "CO-45" + (" PR-2" if pr else "")
            sb += b
            sp += pd
            rows.append([slash(d), code, mod, str(u), n2(b), n2(a), n2(pd), n2(pr), adj])
        rows.append(("bold", ["", "", "", "Claim", n2(sb), "", n2(sp), "", ""]))
        rows.append(("gap",))
        c["billed"] = round(sb, 2)
        billed_tot += sb
        paid_tot += sp
    ref = claims[REF]
    assert [c["billed"] for c in claims].count(ref["billed"]) == 1
    p = EMSheet(footer="Page {n} of {nb}", run_hdr=f"{INS} remittance advice  |  {payee}  |  {chk}  |  {ymd(rd)}")
    p.set_margins(14, 14, 14)
    p.add_page()
    head(p, rng, right=["PROVIDER REMITTANCE ADVICE", f"Provider services {tollfree(rng, '877')}"])
    p.addr_kv([payee, "Billing Office", f"{rng.randint(100, 999)} Tallow Yard", "Ottermead, LM 58317"],
              [("Remit date", ymd(rd)), ("Payment date", slash(rd)), ("Payment no.", chk), ("Payee NPI", npi),
               ("Tax ID", tin),
               ("Total paid", f"${n2(paid_tot)}")], w=84, cap_w=26)
    p.para("Claims are listed by patient. Adjustment codes are explained at the end of this remittance. Money is in "
           "U.S. dollars.", 8)
    k = (p.w - p.l_margin - p.r_margin) / sum(widths)
    p.listing(head_, rows[:cut], [w * k for w in widths], al, size=6.8, row_h=4.0, cont="Claims (continued)")
    p.carry("this claim continues on page 2")
    p.add_page()
    p.f(8.6, "B")
    p.cell(0, 5, "Claims (continued)", new_x="LMARGIN", new_y="NEXT")
    rest = [("span", f"{last_first(ref['pat'])}   Claim {ref['cl']} (continued)")] + rows[cut:]
    p.listing(head_, rest, [w * k for w in widths], al, size=6.8, row_h=4.0, cont="Claims (continued)")
    p.ln(1)
    p.money_box("Payment summary", [("Claims", "5"), ("Billed", n2(billed_tot)), ("Paid", n2(paid_tot))], w=80)
    p.ln(16)
    p.legend_pair("Adjustment and remark codes",
                  [("CO-45", "Charge over the fee schedule or contracted rate. Do not bill the patient."),
                   ("PR-2", "Coinsurance: the patient's share."),
                   ("CO-4", "The procedure code is not consistent with the modifier used, or a required modifier "
                            "is missing.")],
                  [("N822", "Missing procedure modifier. Services of a Board Certified Behavior Analyst (97151, "
                            "97155, 97156) must carry modifier HO; services of an assistant analyst, HN."),
                   ("CO-29", "The time limit for filing has expired."),
                   ("N54", "Claim information is inconsistent with pre-certified or authorized services.")])
    p.para(f"A corrected claim may be sent within 365 days of the date of service. To dispute a payment, write to "
           f"Sedgebrook Provider Appeals, {ADDR}, within 90 days of the date of this remittance.", 7.8)
    t = truth("eob", "coding_error", insurer=INS, member_id=ref["num"], member_name=ref["pat"], cases=[ref["cl"]],
              claim_amount=m2(ref["billed"]), service_dates=[iso(ref_date)], denial_date=iso(rd), provider=payee,
              appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": INS_ALT, "provider": [ref["rend"]], "claim_amount": [m2(ref_b)]})
    return out(p), t, len(rows)


def finefax_stack(rng):
    mom, kid, adv, bcba_oon, chair, rev, psych, md = people(rng, 8, sexes="FMFXXXXX")
    kid = kin(kid, mom)
    base = fam(rng)
    num = f"{base}-02"
    group = f"LM-{digits(rng, 5)}"
    home = f"{rng.randint(20, 700)} Thimble Row"
    oon = "Halsterne Autism Institute"
    dd = workday(dt.date(2026, 5, rng.randint(11, 15)))
    first = plus(dd, -rng.randint(40, 50))
    got = plus(first, rng.randint(12, 18))
    req = f"UMR-26-{digits(rng, 7)}"
    apl = f"GA-2026-{digits(rng, 5)}"
    start = plus(first, rng.randint(21, 27))
    end = plus(start, 181)
    p = EMSheet(footer="Page {n} of {nb}", ids_foot=f"Appeal {apl}  |  {kid}  |  Member {num}")
    p.set_margins(20, 15, 20)
    p.add_page()
    head(p, rng, right=["Appeals and Grievances", "Decision on your appeal"])
    p.addr_kv([mom, home, "Amberlough, LM 58611"],
              [("Date of decision", long(dd)), ("Appeal number", apl), ("Request number", req),
               ("Member", kid), ("Member ID", num), ("Subscriber", f"{mom}, {base}-01"), ("Group", group)],
              w=94, cap_w=30)
    p.para(f"Dear {first_last(mom)}:", 10)
    p.para(f"On {long(first)} we did not approve applied behavior analysis for {given(kid)} at {oon}, an agency "
           f"that is not in the network of your plan, Sedgebrook Network Select. You appealed on {slash(got)} and "
           f"asked us to approve the agency's plan of 25 hours a week from {slash(start)} to {slash(end)} at "
           "in-network cost.", 10)
    p.heading("Our decision", 10.5)
    p.para("We have kept our first decision. We will not approve these services at the agency outside the network.",
           10)
    p.para(f"What we read: the request and treatment plan from {bcba_oon}, BCBA, your appeal letter, the letter from "
           f"{psych}, PhD, and our network records. The reviewer was a licensed behavior analyst who took no part "
           "in the first decision.", 10)
    p.add_page()
    p.heading("Why", 10.5)
    p.para("Your plan pays for care from providers outside its network only in an emergency, or when we approve a "
           "network exception because no network provider can give the care in time and within a reasonable "
           "distance. Three network agencies within 20 miles of your home told us they can start ABA for "
           f"{given(kid)} within 30 days and have BCBAs with experience of children his age: Kestrelby Autism & "
           "Behavior Center, Cadwell Behavior Group and Amberlough Behavioral Partners. Because network care is "
           "available, the rule for a network exception is not met.", 10)
    p.para("This decision is about where the care is given. It is not a decision that the hours are not needed; a "
           "network agency may ask us for the same hours.", 10)
    p.heading("What you can do next", 10.5)
    p.para(f"You may ask for a second-level appeal within 60 days of the date of this letter. Write to {APPEALS}. "
           "After the second level, or if we do not keep to our time limits, you may ask for an external review by "
           "an independent review organization within four months.", 10)
    p.signers([chair, "Chair, Appeals Committee"], [f"{rev}, BCBA", "Behavior analyst reviewer"])
    p.para(f"{INS}  |  {ADDR}", 8)
    t1 = truth("denial_letter", "out_of_network", insurer=INS, group=group, member_id=num, member_name=kid,
               cases=[apl, req], claim_amount=None, service_dates=[f"{iso(start)}/{iso(end)}"], denial_date=iso(dd),
               provider=oon, appeal_deadline=iso(plus(dd, 60)),
               alternates={"insurer": INS_ALT, "provider": [bcba_oon], "case_numbers": [[apl], [req]],
                           "service_dates": [[iso(start)]]})
    doc1 = out(p)
    # inpatient neurobehavioral unit letter
    ld = workday(plus(dd, rng.randint(2, 5)))
    planned = workday(plus(ld, rng.randint(6, 10)))
    req2 = f"UMR-26-{digits(rng, 7)}"
    hosp = "Lumley Children's Hospital"
    q = EMSheet(footer="Page {n} of {nb}", footer_left=f"{INS}  |  Request {req2}")
    q.set_margins(20, 15, 20)
    q.add_page()
    head(q, rng, right=["Utilization Management", dashed(ld)])
    q.addr_kv([mom, home, "Amberlough, LM 58611"],
              [("Letter date", dashed(ld)), ("Request", req2), ("Member", kid), ("Member ID", num),
               ("Admission asked for", slash(planned)), ("Facility", hosp)], w=94, cap_w=34)
    q.para(f"Dear {first_last(mom)}:", 10)
    q.para(f"{md}, MD, asked us to approve a planned admission of {given(kid)} to the inpatient neurobehavioral unit "
           f"at {hosp} on {long(planned)}, for about 45 days of ABA-based treatment of self-injury. We do not "
           "approve the inpatient stay.", 10)
    q.para("Why: the records show head-hitting several times a day that has not caused a serious injury, no "
           "medical problem that needs a hospital, and parents who can keep him safe at home with a plan. Our "
           "criteria for an inpatient unit call for behavior so severe that it cannot be treated safely outside "
           "a hospital. A day program can give the same intensive treatment while he sleeps at home.", 10)
    q.para("What we approved instead: the hospital's intensive outpatient severe behavior day program, five days a "
           "week for eight weeks (97154 and 97158 with the BCBA's 97155). The hospital's staff can set this up "
           "with you.", 10)
    q.para(f"You may appeal within 180 days of the date of this letter. Write to {APPEALS}. Because this is about "
           "a hospital stay, you or the doctor may ask for a fast appeal; we decide it within 72 hours.", 10)
    q.para(f"Utilization Management, {INS}", 9.4)
    t2 = truth("denial_letter", "level_of_care", insurer=INS, group=None, member_id=num, member_name=kid,
               cases=[req2], claim_amount=None, service_dates=[iso(planned)], denial_date=iso(ld), provider=hosp,
               appeal_deadline=iso(plus(ld, 180)),
               alternates={"insurer": INS_ALT, "provider": [md]}, denial_alternates=["medical_necessity"])
    doc2 = out(q)
    fax_date = plus(ld, rng.randint(1, 3))
    cover = dear_cover("FAX", "Lathmoor Autism Family Advocacy Project",
                       ["a nonprofit help line for families", f"{rng.randint(100, 999)} Bellfounder Street, "
                        "Kestrelby, LM 58103", f"Phone {phone(rng, '608')}  |  Fax {phone(rng, '608')}"],
                       [("To:", first_last(mom)), ("Fax:", phone(rng, "608")), ("Date:", slash(fax_date)),
                        ("From:", adv), ("Pages:", "4 with this one"), ("Re:", "Sedgebrook letters")],
                       f"Dear Ms. {surname(mom)},",
                       ["Here are the two Sedgebrook letters you asked me to look over, so you have them in one "
                        "place: the appeal decision about the Halsterne agency, and the answer on the hospital "
                        "program.",
                        "My notes are in the margin of my copy. The second-level appeal has its own time limit, so "
                        f"please call me this week. Our case number for you is F-{digits(rng, 5)}."],
                       ["Warm regards,", adv, "Family Advocate"])
    return [(doc1, t1), (doc2, t2)], cover


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_family_eob_side_column_saturday_make_up_session_h4", "born_digital", [born_eob(rng)]),
        Item(F + "clean300_partial_hours_strip_captions_under_bars_chart", "scan_clean_300", [clean_partial(rng)]),
        Item(F + "photocopy_progress_report_never_came_two_column_prose", "photocopy", [photocopy_records(rng)]),
        Item(F + "phone_es_edad_limite_ley_estatal_columna_lateral", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_initial_assessment_approval_values_over_captions", "rotated", [rotated_approval(rng)]),
    ]
    pdf, t, _ = lowres_remit(rng)
    items.append(Item(F + "lowres_agency_remittance_two_pages_one_97155_line_no_ho_modifier", "scan_lowres_150",
                      [(pdf, t)]))
    docs, cover = finefax_stack(rng)
    items.append(Item(F + "finefax_stack_advocate_cover_network_agency_appeal_upheld_upside_down_then_inpatient_unit",
                      "fax_fine_g4", docs, separators=[cover, None], turns={(0, 1): 180}))
    return items
