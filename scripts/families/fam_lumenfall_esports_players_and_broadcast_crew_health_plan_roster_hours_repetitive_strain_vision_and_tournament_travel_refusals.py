"""An invented health plan for professional esports players and the broadcast and streaming crews of their league:
the Lumenfall Circuit Health Plan, sponsored by the invented league Lumenfall Pro Circuit and run by its Board of
Trustees, with claims, reviews and letters by the invented administrator Quillbright Benefit Services, Inc.
Invented rules: a player is covered from the first day of the month after the team files the player on its active
roster with the league, to the end of the month the player leaves the roster; a crew member is covered in a month
after working at least 80 production hours in the month before (a self-payment may keep coverage); hand and
upper-limb therapy up to 30 visits a year, wrist and hand surgery and MRI reviewed before they are done; vision care
of one exam a year, lenses every 12 months and frames up to $150.00, lens add-ons for comfort (blue-light filters,
tints) not covered; during league tournament travel, emergency and urgent care anywhere, other care only from the
Wayfarer Travel Care Network; an injury or strain from play the team schedules and pays for goes first to the team's
workers' compensation insurer; reaction-time and vision "performance training" is treated as unproven; claims and
appeals within 180 days. Plan IDs LCHP-01 (players) and LCHP-02 (crews), group numbers "G-" + four digits, member
numbers "LCX" + eight digits; a dependent's number is the subscriber's number with a suffix ("-02", " 03", "*03").
Every team, person, clinic, number, code, amount and address is invented; phones 555; CPT/HCPCS codes as themselves.

Documents (8 in 7 files):
- born_digital_family_eob_spouse_blue_light_lens_line_v9_side_column_table_broken: a two-page EOB under the brand
  split over two lines ("LUMEN" / "FALL") with an "Administered by" line, to a player: four claims of the player, his
  spouse (-02) and child (" 03") in a table printed beside a side column (members with their numbers, the plan at a
  glance, contacts); the table breaks inside the spouse's eye care claim, whose blue-light lens line pays 0.00 under
  V9 (told only in the code key on page 2); "within 180 days of the date of this statement".
- scan_workers_comp_first_thumb_tendinitis_team_scrims: a clean-scan two-page letter on the administrator's letterhead
  with captions beside their values in ruled boxes and a running footer of identifiers: therapy for thumb tendinitis
  from team scrimmage blocks goes first to the team's workers' compensation insurer (its claim number, the team's
  employer account and the scrim schedule as decoys).
- faxstd_stack_letter_cover_carpal_tunnel_release_not_necessary_then_therapy_approved: a standard-fax stack: a cover
  from the administrator's utilization management that opens "Dear Ms. ...," like a letter, a two-page pre-service
  determination ("LUMENFALL UTILIZATION REVIEW DETERMINATION") refusing a carpal tunnel release (no nerve study,
  three weeks of splinting; page 2 upside down), and a one-page approval of twelve hand therapy visits.
- phone_es_aviso_cobertura_horas_de_produccion_insuficientes: a photographed Spanish letter to a camera operator:
  February production hours under 80, so no coverage in March; an hours table, a self-payment offer and its closing
  date as decoys, a side column of the member's numbers.
- photocopy_tournament_travel_chiropractic_outside_travel_network_trip_at_a_glance: a photocopied letter with values
  over captions in ruled boxes and a "your trip at a glance" column beside a claims table: an urgent care visit paid,
  two chiropractic visits in the tournament city refused as outside the travel network; "no later than" a date.
- lowres_sports_vision_performance_training_unproven: a 150 dpi letter under letter-spaced capitals: values over a
  rule with captions under them, text in two columns; six vision training sessions refused as unproven.
- rotated_child_wrist_mri_no_precertification_dependent_star_suffix: a letter fed turned: a dependent child's wrist
  MRI without the required review; the child's number with "*03" and the subscriber's own number in a ruled side
  column; "by" a printed date.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundel_famlf import (ELSheet, abbr, dep_id, digits, dmy_dash, es_date, first_last, iso, letter_cover,
                               long, m2, n2, nod, npi, ord_long, out, people, plus, slash, surname, tollfree, truth,
                               usd, wday_long, workday, yy)

FAMILY = ("lumenfall_esports_players_and_broadcast_crew_health_plan_roster_hours_repetitive_strain_vision_and_"
          "tournament_travel_refusals")
LANG = "en"
SEED = 355115
PLAN = "Lumenfall Circuit Health Plan"
TPA = "Quillbright Benefit Services, Inc."
PLAN_ALT = ["Lumenfall Circuit Health Plan", "Lumenfall Circuit", "Lumenfall", TPA, "Quillbright Benefit Services",
            "Quillbright"]
TPA_ALT = ["Quillbright Benefit Services", "Quillbright", PLAN, "Lumenfall"]
PLAYERS, CREWS = "LCHP-01", "LCHP-02"
TEAMS = {"veil": ("Veilstorm Esports LLC", "G-4417"), "tide": ("Tidecaller Gaming, Inc.", "G-4425"),
         "owls": ("Quarry Owls Gaming Club LLC", "G-4431"), "crew": ("Lumenfall Broadcast Operations", "G-4490")}
BOX = "P.O. Box 7720, Henderson, NV 89009-7720"
ADMIN_LINE = f"Administered by {TPA}  |  {BOX}"
LEGAL = f"{PLAN}. Plan sponsor: its Board of Trustees. Claims administrator: {TPA}"
USED: set = set()
TOWNS = [("Burbank", "CA", "91505"), ("Glendale", "CA", "91203"), ("Henderson", "NV", "89052"),
         ("Irvine", "CA", "92618"), ("Pasadena", "CA", "91106"), ("Las Vegas", "NV", "89123")]
STREETS = ["Larkspur Way", "Tamarind Ct", "W Verdugo Ave", "Coral Canyon Dr", "Sable Ridge Ln", "N Keystone St"]


def mid(rng) -> str:
    return "LCX" + digits(rng, 8)


def claim_no(rng, d: dt.date) -> str:
    return f"{d:%y}{d.timetuple().tm_yday:03d}{digits(rng, 5)}"


def addr(rng, name: str) -> list[str]:
    town, st, z = rng.choice(TOWNS)
    return [name, f"{rng.randint(120, 9870)} {rng.choice(STREETS)}" + (f", Apt {rng.randint(2, 48)}"
                                                                        if rng.random() < 0.4 else ""),
            f"{town}, {st} {z}"]


def contact(rng) -> list[str]:
    return [f"Member services {tollfree(rng, '855')}  |  TTY 711  |  Monday-Friday 6 a.m. to 6 p.m. Pacific"]


# ---------------------------------------------------------------------------------------------------------------
def born_family_eob(rng):
    sub = people(rng, 1, "yg", sexes="M", used=USED)[0]
    spouse, child = people(rng, 2, "yg", sexes="FM", last=surname(sub), used=USED)
    ot, doc, optom, pa = people(rng, 4, "yg", used=USED)
    sid = mid(rng)
    team, grp = TEAMS["veil"]
    sd = workday(dt.date(2026, 4, rng.randint(20, 23)))
    d1 = workday(plus(sd, -rng.randint(20, 26)))
    d2 = workday(plus(sd, -rng.randint(28, 33)))
    d3 = workday(plus(sd, -rng.randint(14, 18)))
    d4 = plus(sd, -rng.randint(9, 12))
    tf = tollfree(rng, "855")
    claims = [
        dict(who=sub, id=sid, prov="Gripline Hand & Upper Limb Therapy", rend=f"{ot}, OTR/L", d=d1, lines=[
            ("97110", "Therapeutic exercise, 2 units", 168.00, 112.40, 82.40, 30.00, "C3"),
            ("97140", "Manual therapy", 92.00, 58.10, 58.10, 0.00, "C3"),
            ("97530", "Therapeutic activities", 96.00, 61.30, 61.30, 0.00, "C3")]),
        dict(who=sub, id=sid, prov="Arclight Sports Medicine", rend=f"{doc}, M.D.", d=d2, lines=[
            ("99214", "Office visit", 245.00, 141.60, 113.28, 28.32, "K2"),
            ("73110", "X-ray, wrist, 3 views", 118.00, 46.20, 36.96, 9.24, "K2")]),
        dict(who=spouse, id=dep_id(sid, 2, "-"), prov="Brightfield Family Eye Care", rend=f"{optom}, O.D.", d=d3,
             lines=[("92014", "Eye exam", 160.00, 98.00, 88.00, 10.00, "V1"),
                    ("V2103", "Single vision lenses (pair)", 124.00, 80.00, 80.00, 0.00, "V2"),
                    ("V2020", "Frame", 138.00, 138.00, 138.00, 0.00, "V2"),
                    ("V2799", "Blue-light filter lens treatment", 68.00, 0.00, 0.00, 68.00, "V9")]),
        dict(who=child, id=dep_id(sid, 3, " "), prov="Northpoint Urgent Care", rend=f"{pa}, PA-C", d=d4, lines=[
            ("99203", "Urgent care visit", 210.00, 132.00, 92.00, 40.00, "C3"),
            ("87880", "Strep test", 38.00, 16.90, 16.90, 0.00, "C3")]),
    ]
    for c in claims:
        c["no"] = claim_no(rng, plus(c["d"], rng.randint(3, 8)))
    den = claims[2]
    rows = []
    tots = [0.0, 0.0, 0.0, 0.0]
    for k, c in enumerate(claims):
        rel = {0: "you", 1: "you", 2: "spouse", 3: "child"}[k]
        rows.append(("span", f"{c['who']} ({rel})   {c['id']}"))
        rows.append(("span", f"Claim {c['no']}   {c['prov']}"))
        rows.append(["", f"Rendering: {c['rend']}", "", "", "", "", ""])
        for j, (code, what, b, a, pd, owe, note) in enumerate(c["lines"]):
            if k == 2 and j == 2:
                rows.append(("break",))
            rows.append([slash(c["d"]), f"{code} {what}", n2(b), n2(a), n2(pd), n2(owe), note])
        cb = [sum(x[i] for x in c["lines"]) for i in (2, 3, 4, 5)]
        tots = [t + v for t, v in zip(tots, cb)]
        rows.append(("bold", ["", "Claim total", n2(cb[0]), n2(cb[1]), n2(cb[2]), n2(cb[3]), ""]))
        rows.append(("gap",))
    rows.append(("bold", ["", "STATEMENT TOTAL", n2(tots[0]), n2(tots[1]), n2(tots[2]), n2(tots[3]), ""]))
    p = ELSheet(footer="Page {n} of {nb}", every=f"{sub}  |  Subscriber no. {sid}  |  Statement {slash(sd)}",
                ids_foot=LEGAL)
    p.set_margins(14, 14, 14)
    p.add_page()
    p.split_head("Lumen", "fall", ["Circuit Health Plan", "for players and broadcast crews"], contact(rng),
                 admin=ADMIN_LINE, size=21, box="EXPLANATION OF BENEFITS")
    p.addr_pairs_right(addr(rng, sub), [("Statement date", long(sd)), ("Subscriber", sub), ("Subscriber no.", sid),
                                        ("Group no.", grp), ("Plan ID", PLAYERS), ("Team", team)],
                       split=0.48, cap_w=30, size=8.8)
    p.framed_note("THIS IS NOT A BILL. It shows the claims we processed for you and your family since your last "
                  "statement. Pay a provider only the amount under \"You owe\".", 8.4)

    def table(w):
        widths = [w * k / 100 for k in (12.5, 36, 11, 11, 11, 10.5, 8)]
        p.carry_table(["Date of service", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Code"], widths,
                      ["L", "L", "R", "R", "R", "R", "L"], rows, size=7.1, row_h=4.1, foot_room=24,
                      cont_strip=f"Claims (continued)   {sid}", zebra=True)

    p.with_side([("Members on this statement", [("Subscriber", f"{sub}\n{sid}"),
                                                ("Spouse", f"{spouse}\n{dep_id(sid, 2, '-')}"),
                                                ("Child", f"{child}\n{dep_id(sid, 3, ' ')}")]),
                 ("Your plan at a glance", [("Deductible, individual / family", "$400.00 / $800.00"),
                                            ("Deductible met this year", "$400.00 / $515.00"),
                                            ("Hand and upper-limb therapy", "14 of 30 visits used"),
                                            ("Frames", "Up to $150.00 every 12 months"),
                                            ("Eye exam copay", "$10.00")]),
                 ("Questions?", [("Member services", tf), ("Hours", "Mon-Fri 6 a.m.-6 p.m. Pacific"),
                                 "Or use the Lumenfall Players app, Benefits tab."])], 52, table, size=7.5)
    p.glossary("What the codes mean", [
        ("C3", "Your copay for this visit was taken from the first line."),
        ("K2", "Paid at 80% after the deductible; you owe 20% coinsurance."),
        ("V1", "Yearly eye exam, paid after the $10.00 copay."),
        ("V2", "Lenses or frame, paid up to the plan's vision allowance."),
        ("V9", "Lens treatments and add-ons for comfort, such as blue-light filters, tints and screen coatings, are "
               "not a covered vision expense (Plan Document, Vision Care, item 7)."),
        ("H30", "This therapy visit is over the 30 visits allowed in a calendar year."),
        ("R4", "The player was not on a team's active roster on the date of service."),
        ("W2", "Send this claim to the team's workers' compensation insurer first."),
        ("T6", "Non-urgent care during tournament travel outside the travel network.")], size=7.6)
    p.ln(1)
    p.cols([[("Appeals", "If you disagree with how we processed a claim, you or someone you choose may appeal "
                         "within 180 days of the date of this statement. Write to Quillbright Benefit Services, "
                         f"Appeals, {BOX}, and include the claim number.")],
            [("Keep track", "Your copays and coinsurance count toward the out-of-pocket limit of $3,500.00 a person. "
                            "For example, on a $100.00 allowed amount with coinsurance you would pay $20.00.")]],
           size=7.9)
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=PLAYERS, group=grp, member_id=den["id"],
              member_name=spouse, cases=[den["no"]], claim_amount=m2(490.00), service_dates=[iso(d3)],
              denial_date=iso(sd), provider=den["prov"], appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": PLAN_ALT, "claim_amount": ["68.00"], "provider": [optom]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan_workers_comp(rng):
    sub, ot, sig = people(rng, 3, "yg", sexes="MFF", used=USED)
    sid = mid(rng)
    team, grp = TEAMS["veil"]
    clinic = "Cobalt Coast Hand Therapy"
    v1 = workday(dt.date(2026, 3, rng.randint(2, 6)))
    visits = [(v1, [("97165", "Occupational therapy evaluation", 215.00)]),
              (workday(plus(v1, 3)), [("97110", "Therapeutic exercise", 84.00),
                                      ("97760", "Orthotic fitting and training", 126.00)]),
              (workday(plus(v1, 7)), [("97110", "Therapeutic exercise", 84.00), ("97140", "Manual therapy", 92.00)])]
    tot = sum(a for _, ls in visits for _, _, a in ls)
    rcvd = plus(visits[-1][0], rng.randint(9, 14))
    ld = workday(plus(rcvd, rng.randint(6, 10)))
    claim = claim_no(rng, rcvd)
    wc = f"WC-26-{digits(rng, 6)}"
    emp = f"EA-{digits(rng, 5)}"
    p = ELSheet(footer=None, ids_foot=f"Member {sid}   |   Claim {claim}   |   Letter {slash(ld)}   |   "
                                      "Page {n} of {nb}")
    p.set_margins(20, 16, 20)
    p.add_page()
    p.head(TPA, "QB", [f"Claims administrator for the {PLAN}", f"{BOX}  |  {tollfree(rng, '855')}  |  TTY 711"],
           size=13)
    p.line(wday_long(ld), 10)
    p.ln(2)
    for ln in addr(rng, sub):
        p.line(ln, 10)
    p.ln(4)
    W = p.w - p.l_margin - p.r_margin
    p.beside_caps([[(sub, "Member", W * 0.4), (sid, "Member no.", W * 0.3), (grp, "Group", W * 0.3)],
                   [(claim, "Claim", W * 0.4), (f"{slash(visits[0][0])} to {slash(visits[-1][0])}", "Dates",
                                                W * 0.34), (usd(tot), "Billed", W * 0.26)]], size=9, cap=5.8)
    p.heading("Your therapy bills must go to your team's workers' compensation insurer first", 11.2)
    p.para(f"Dear {first_last(sub)}:", 10)
    p.para(f"We received a claim from {clinic} for three visits with {ot}, OTR/L, for pain in your left thumb and "
           "wrist (tendinitis). Your therapist's notes say the pain started during the scrimmage blocks your team "
           "holds at its practice facility, ten to twelve hours a day, five days a week.", 10)
    p.para(f"{team} pays you to play, and the scrimmages are part of that work. Under the plan, an injury or strain "
           "that comes from play your team schedules and pays you for is a work injury, and the team's workers' "
           "compensation insurer must decide on it before the plan can pay. The team has reported your thumb to its "
           f"insurer, Harrowmere Casualty Company, which gave the report number {wc}.", 10)
    p.para("So we have not paid these bills. If the workers' compensation insurer turns the claim down, send us a "
           "copy of its written decision and we will process the bills under the plan. You do not have to pay the "
           "therapy clinic while this is being decided; we have told the clinic the same.", 10)
    p.add_page()
    p.heading("The visits on this claim", 10.6)
    rows = []
    for d, ls in visits:
        for c, what, a in ls:
            rows.append([slash(d), c, what, n2(a), "0.00", "W2"])
    rows.append(["", "", "Total", n2(tot), "0.00", ""])
    p.table(["Date", "Code", "Service", "Billed", "Plan paid", "Code"], rows,
            [W * k / 100 for k in (15, 11, 44, 11, 11, 8)], size=8.6, aligns=["L", "L", "L", "R", "R", "L"],
            bold_last=True)
    p.para("W2: send this claim to the team's workers' compensation insurer first.", 8.6)
    p.heading("If you disagree", 10.6)
    p.para("You may appeal within 180 days of the date of this letter. Write to Quillbright Benefit Services, "
           f"Appeals, {BOX}. Tell us why you think the plan should pay now, for example if the pain began outside "
           "team play. You may send records and ask for copies of the plan rules we used, free of charge.", 10)
    p.para(f"Team employer account {emp} (for the team's records). Copy: {team}, Team Operations.", 8.4)
    p.signoff(["Sincerely,", "", sig, "Claims Specialist, Quillbright Benefit Services, Inc."], 9.6)
    p.rights(PLAN, tollfree(rng, "855"), size=7.0)
    t = truth("denial_letter", "other", insurer=TPA, plan_id=None, group=grp, member_id=sid, member_name=sub,
              cases=[claim], claim_amount=m2(tot), service_dates=[iso(d) for d, _ in visits], denial_date=iso(ld),
              provider=clinic, appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": TPA_ALT, "provider": [ot]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    sub, surg, sched, rn, md, rep = people(rng, 6, "yg", sexes="MMFFMF", used=USED)
    sid = mid(rng)
    team, grp = TEAMS["tide"]
    center = "Kestrelfield Hand & Microsurgery Center"
    asc = "Sagebrush Surgery Center"
    therapy = "Gripline Hand & Upper Limb Therapy"
    rcvd = workday(dt.date(2026, 5, rng.randint(4, 7)))
    dec = workday(plus(rcvd, rng.randint(3, 5)))
    fd = workday(plus(dec, 1))
    planned = workday(plus(dec, rng.randint(18, 25)))
    req = f"UR-26-{digits(rng, 5)}"
    req2 = f"UR-26-{digits(rng, 5)}"
    auth = f"A26{digits(rng, 6)}"
    th1 = workday(plus(dec, 4))
    th2 = plus(th1, 56)
    hdr = (f"{fd:%m/%d/%Y} {rng.randint(8, 16):02d}:{rng.randint(10, 59)}  QUILLBRIGHT UM  702 555 {digits(rng, 4)}"
           "  PAGE {n} OF 4")
    cover = letter_cover(
        TPA, [f"Utilization Management for the {PLAN}", f"{BOX}  |  UM line {tollfree(rng, '855')}"],
        long(fd), f"Dear Ms. {surname(sched)},",
        [f"Thank you for sending Dr. {surname(surg)}'s office notes and the splinting log for your patient {sub} on "
         f"{long(rcvd)}. Our nurse reviewers and physician advisor have finished both requests from your office, and "
         "the two notices follow this page.",
         f"The first notice is about the right carpal tunnel release Dr. {surname(surg)} asked to schedule at "
         f"{asc} on {long(planned)}. The second approves twelve more hand therapy visits at Gripline.",
         "Copies of both notices were mailed to the patient today. If Dr. "
         f"{surname(surg)} would like to talk with our physician advisor, please call the UM line and ask for a "
         "peer-to-peer call.",
         "Thank you for your help."],
        ["Kind regards,", rep, "Utilization Management Coordinator"],
        [("To", sched), ("From", rep), ("Office", "Hand & Microsurgery Ctr"), ("Fax", f"(702) 555-{digits(rng, 4)}"),
         ("Pages", "4 including this cover"), ("Re", f"{req} / {req2}")], fax_hdr=hdr)
    # -- the determination (two pages; page 2 fed upside down)
    p = ELSheet(footer="Page {n} of {nb}", fax_hdr=hdr, fax_off=1, ids_foot=LEGAL)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_title("Lumenfall", "Utilization Review Determination", contact(rng),
                 admin=f"Reviews performed by {TPA} for the {PLAN}", size=13.5)
    p.addr_kv([sub, f"c/o {center}", f"Attn: {sched}"],
              [("Decision date", slash(dec)), ("Request no.", req), ("Member", sub), ("Member no.", sid),
               ("Group", grp), ("Plan ID", PLAYERS), ("Requested by", f"Dr. {surg}"), ("Received", slash(rcvd))],
              w=98, cap_w=32, size=8.6)
    p.ln(2)
    p.title_bar("DECISION: NOT APPROVED", "Pre-service review of a planned surgery")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Service requested", "Code", "Where", "Planned date", "Decision"],
            [["Carpal tunnel release, right wrist", "64721", asc, slash(planned), "Not approved"]],
            [W * k / 100 for k in (32, 10, 28, 15, 15)], size=8.4)
    p.heading("Why we made this decision", 10.6)
    p.para(f"Dr. {surg} asked us to approve surgery to release the nerve in your right wrist. The plan's guideline for "
           "this surgery asks for two things: a nerve study (nerve conduction test or EMG) that shows pressure on the "
           "median nerve, and at least six weeks of night splinting and changes to practice time that did not help "
           "enough. The records we received show three weeks of night splinting and no nerve study. Because the "
           "guideline is not met, the surgery is not medically necessary for you at this time.", 9.8)
    p.para("This does not mean you cannot have the surgery later. If a nerve study is done, or splinting and therapy "
           "do not help after six weeks, your doctor can send a new request.", 9.8)
    p.add_page()
    p.heading("Your right to appeal", 10.6)
    p.para("You, your doctor or someone you choose may appeal within 180 days of the date of this notice. Write to "
           f"Quillbright Benefit Services, Appeals, {BOX}, or fax the appeal to (702) 555-{digits(rng, 4)}. If waiting "
           "could seriously harm your health, ask for a fast appeal; we decide fast appeals within 72 hours. You may "
           "ask for the guideline we used and the records we read, free of charge.", 9.6)
    p.para("Your doctor may also ask for a peer-to-peer call with our physician advisor within 14 days of this "
           "notice.", 9.6)
    p.two_sigs([rn, "Nurse Reviewer, RN"], [f"{md}, M.D.", "Physician Advisor, Orthopaedic Surgery"])
    p.rights(PLAN, tollfree(rng, "855"), size=6.9)
    t1 = truth("denial_letter", "medical_necessity", insurer=PLAN, plan_id=PLAYERS, group=grp, member_id=sid,
               member_name=sub, cases=[req], service_dates=[iso(planned)], denial_date=iso(dec), provider=surg,
               appeal_deadline=iso(plus(dec, 180)),
               alternates={"insurer": PLAN_ALT, "provider": [center]})
    d1 = out(p)
    # -- the approval (one page; denies nothing)
    q = ELSheet(footer=None, fax_hdr=hdr, fax_off=3, ids_foot=LEGAL)
    q.set_margins(18, 14, 18)
    q.add_page()
    q.logo_title("Lumenfall", "Approval Notice", contact(rng), admin=f"Reviews performed by {TPA} for the {PLAN}",
                 size=13.5)
    q.addr_kv([sub, f"c/o {center}", f"Attn: {sched}"],
              [("Decision date", slash(dec)), ("Authorization no.", auth), ("Request no.", req2), ("Member", sub),
               ("Member no.", sid), ("Group", grp), ("Requested by", f"Dr. {surg}")], w=98, cap_w=32, size=8.6)
    q.ln(2)
    q.title_bar("DECISION: APPROVED", "Hand and upper-limb therapy past the first 12 visits")
    q.ln(2)
    W = q.w - q.l_margin - q.r_margin
    q.table(["Service", "Codes", "Provider", "Visits", "From", "Through"],
            [["Hand therapy", "97110, 97140, 97530", therapy, "12", slash(th1), slash(th2)]],
            [W * k / 100 for k in (17, 21, 34, 8, 10, 10)], size=8.2)
    q.para(f"We approved twelve more visits of hand therapy at {therapy} from {long(th1)} through {long(th2)}. Your "
           "usual copay applies to each visit. Visits after the approved dates, or more than twelve, need a new "
           "request. This approval counts toward the 30 therapy visits the plan allows in a calendar year.", 9.6)
    q.para("An approval is not a promise to pay if you are not covered on the date of a visit.", 9.0)
    q.signoff(["Utilization Management", TPA], 9.2)
    t2 = truth("other", None, insurer=PLAN, plan_id=None, group=grp, member_id=sid, member_name=sub, cases=[auth],
               service_dates=[f"{iso(th1)}/{iso(th2)}"], denial_date=iso(dec), provider=therapy,
               alternates={"insurer": PLAN_ALT, "provider": [surg, center], "service_dates": [[]],
                           "case_numbers": [[auth, req2], [req2]]})
    return cover, [(d1, t1), (out(q), t2)]


# ---------------------------------------------------------------------------------------------------------------
def phone_es_hours(rng):
    sub, doc, sig = people(rng, 3, "es", sexes="MFF", used=USED)
    sid = mid(rng)
    team, grp = TEAMS["crew"]
    clinic = "Centro Médico Valle Norte"
    dos = workday(dt.date(2026, 3, rng.randint(16, 20)))
    rcvd = plus(dos, rng.randint(10, 15))
    ld = workday(plus(rcvd, rng.randint(5, 8)))
    amt = rng.choice([285.00, 312.00, 340.00])
    claim = claim_no(rng, rcvd)
    hours = [("Diciembre de 2025", 142), ("Enero de 2026", 96), ("Febrero de 2026", 52), ("Marzo de 2026", 118)]
    selfpay = 418.00
    p = ELSheet(footer=None, ids_foot=LEGAL)
    p.set_margins(18, 15, 18)
    p.add_page()
    p.logo_title("Lumenfall", "Aviso sobre su cobertura", [f"Servicios para miembros {tollfree(rng, '855')} "
                                                           "(español)  |  TTY 711"],
                 admin=f"Administrado por {TPA}  |  {BOX}", size=14, shade=True)
    p.line(es_date(ld), 10)
    p.ln(2)
    for ln in addr(rng, sub):
        p.line(ln, 10)
    p.ln(3)
    p.f(12, "B")
    p.multi_cell(0, 6, "No podemos pagar la visita del " + es_date(dos) + ": usted no tenía cobertura en marzo",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(2)

    def body(w):
        p.left_para(f"Estimado Sr. {surname(sub)}:", 9.8)
        p.left_para(f"Recibimos la factura de {clinic} por su consulta con la Dra. {doc} el {es_date(dos)}, por "
                    f"US$ {nod(amt)}.", 9.8)
        p.left_para("Como miembro del equipo de transmisión, usted tiene cobertura en un mes cuando trabajó por lo "
                    "menos 80 horas de producción en el mes anterior. Según los reportes de horas de Lumenfall "
                    "Broadcast Operations, usted trabajó 52 horas en febrero. Por eso no tenía cobertura en marzo, y "
                    "el plan no puede pagar esta visita.", 9.8)
        p.left_para(f"En febrero le enviamos una oferta para pagar US$ {nod(selfpay)} y mantener la cobertura de "
                    "marzo. No recibimos ese pago antes del 10 de marzo de 2026.", 9.8)
        ww = w
        p.table(["Mes trabajado", "Horas", "Cobertura en el mes siguiente"],
                [[m, str(h), "Sí" if h >= 80 else "No"] for m, h in hours], [ww * 0.42, ww * 0.18, ww * 0.4],
                size=8.6, aligns=["L", "R", "L"])

    p.with_side([("Sus datos", [("Miembro", sub), ("Número de miembro", sid), ("Grupo", grp), ("Plan", CREWS),
                                ("Reclamo", claim)]),
                 ("Ayuda", ["Llame a Servicios para miembros de lunes a viernes, de 6 a.m. a 6 p.m. (hora del "
                            "Pacífico)."])], 56, body, size=7.8)
    p.heading("Si no está de acuerdo", 10.4)
    p.para("Puede apelar dentro de los 180 días siguientes a la fecha de esta carta. Escriba a Quillbright Benefit "
           f"Services, Apelaciones, {BOX}. Si cree que sus horas de febrero están mal, envíe sus hojas de horas o "
           "talones de pago.", 9.6)
    p.signoff(["Atentamente,", "", sig, "Elegibilidad y Reclamos"], 9.6)
    t = truth("denial_letter", "eligibility", insurer=PLAN, plan_id=CREWS, group=grp, member_id=sid,
              member_name=sub, cases=[claim], claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(ld),
              provider=clinic, appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": PLAN_ALT, "provider": [doc]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_travel(rng):
    sub, chiro, pa, sig = people(rng, 4, "yg", sexes="FMFM", used=USED)
    sid = mid(rng)
    team, grp = TEAMS["tide"]
    t0 = dt.date(2026, 3, rng.randint(9, 11))
    t1 = plus(t0, 7)
    uc = "Hollowell Street Urgent Care"
    ch = "Cascade Alignment Chiropractic"
    u = plus(t0, 1)
    c1, c2 = plus(t0, 3), plus(t0, 5)
    rcvd = plus(t1, rng.randint(12, 18))
    ld = workday(plus(rcvd, rng.randint(5, 8)))
    by = plus(ld, 180)
    uc_no, ch_no = claim_no(rng, plus(u, 9)), claim_no(rng, rcvd)
    uc_b = 226.00
    ch_lines = [(c1, "98941", 95.00), (c1, "97140", 70.00), (c2, "98941", 95.00), (c2, "97140", 70.00)]
    ch_b = sum(x[2] for x in ch_lines)
    booking = f"TRV-{digits(rng, 6)}"
    p = ELSheet(footer=None, ids_foot=LEGAL)
    p.set_margins(18, 15, 18)
    p.add_page()
    p.spaced_head("Lumenfall", "Circuit Health Plan", contact(rng), admin=ADMIN_LINE, size=19, spacing=3.0)
    p.line(ord_long(ld) + f"  ({slash(ld)})", 10)
    p.ln(2)
    for ln in addr(rng, sub):
        p.line(ln, 10)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.over_boxes([(sid, "Member no.", W * 0.2), (grp, "Group", W * 0.11), (PLAYERS, "Plan ID", W * 0.13),
                  (ch_no, "Claim", W * 0.18), (usd(ch_b), "Billed", W * 0.14), (team.split(",")[0], "Team",
                                                                              W * 0.24)], size=8.8)
    p.f(12, "B")
    p.cell(0, 7, "Care during tournament travel: one claim paid, one not paid", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)

    def body(w):
        p.left_para(f"Dear {first_last(sub)}:", 9.6)
        p.left_para("While you traveled with your team to the Spring Split Finals in Atlanta, two providers sent us "
                    "claims:", 9.6)
        rows = [[uc_no, slash(u), uc, n2(uc_b), n2(186.00), "Paid"]]
        rows += [[ch_no if i == 0 else "", slash(d), ch if i == 0 else "", n2(a), "0.00", "T6"]
                 for i, (d, c, a) in enumerate(ch_lines)]
        p.table(["Claim", "Date", "Provider", "Billed", "Plan paid", "Code"], rows,
                [w * k / 100 for k in (16, 13, 40, 11, 11, 9)], size=7.5, aligns=["L", "L", "L", "R", "R", "L"])
        p.left_para(f"We paid the urgent care visit on {slash(u)}; urgent and emergency care are covered anywhere "
                    "during tournament travel.", 9.6)
        p.left_para(f"We did not pay for the two visits with {chiro}, D.C., at {ch} (code T6). During tournament "
                    "travel the plan pays for care that is not urgent only when it comes from the Wayfarer Travel "
                    "Care Network. The visits were for back stiffness that, your records say, had lasted for weeks, "
                    "and the clinic is not in the travel network. The network's list for Atlanta had two "
                    "chiropractors within a mile of the team hotel.", 9.6)

    p.with_side([("Your trip at a glance", [("Event", "Spring Split Finals, Atlanta"),
                                            ("Team travel", f"{slash(t0)} to {slash(t1)}"),
                                            ("Booking ref.", booking), ("Roster entry", "#07, in-game name Nightjar")]),
                 ("Travel network", ["Wayfarer Travel Care Network: call the number on the back of your card before "
                                     "non-urgent care away from home."])], 52, body, size=7.6)
    p.heading("If you disagree", 10.4)
    p.para(f"Your appeal must reach us no later than {long(by)}. Write to Quillbright Benefit Services, Appeals, "
           f"{BOX}. If the visits were urgent, send the clinic's notes that show it.", 9.6)
    p.signoff(["Sincerely,", "", sig, "Claims Specialist"], 9.6)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, plan_id=PLAYERS, group=grp, member_id=sid,
              member_name=sub, cases=[ch_no], claim_amount=m2(ch_b), service_dates=[iso(c1), iso(c2)],
              denial_date=iso(ld), provider=ch, appeal_deadline=iso(by),
              alternates={"insurer": PLAN_ALT, "provider": [chiro]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_vision_training(rng):
    sub, optom, sig, md = people(rng, 4, "yg", sexes="MFMF", used=USED)
    sid = mid(rng)
    team, grp = TEAMS["owls"]
    lab = "Apex Visual Performance Lab"
    s1 = workday(dt.date(2026, 4, rng.randint(6, 9)))
    sessions = [plus(s1, 7 * k) for k in range(6)]
    per = rng.choice([135.00, 145.00])
    tot = per * 6
    rcvd = plus(sessions[-1], rng.randint(8, 12))
    ld = workday(plus(rcvd, rng.randint(6, 9)))
    claim = claim_no(rng, rcvd)
    p = ELSheet(footer="Page {n} of {nb}", ids_foot=LEGAL)
    p.set_margins(18, 15, 18)
    p.add_page()
    p.spaced_head("Lumenfall", "Circuit Health Plan", contact(rng), admin=ADMIN_LINE, size=20, spacing=3.6)
    p.line(long(ld), 10)
    p.ln(2)
    for ln in addr(rng, sub):
        p.line(ln, 10)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.hung([(sub, "Member", W * 0.3), (sid, "Member number", W * 0.24), (grp, "Group", W * 0.14),
            (PLAYERS, "Plan", W * 0.14), (claim, "Claim", W * 0.18)], size=9.0)
    p.ln(1)
    p.hung([(lab, "Provider", W * 0.34), (f"{optom}, O.D.", "Rendering", W * 0.3), (usd(tot), "Billed", W * 0.16),
            (slash(rcvd), "Received", W * 0.2)], size=9.0)
    p.ln(3)
    p.f(12, "B")
    p.cell(0, 7, "We cannot pay for vision performance training", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    rows = [[slash(d), "92065", "Vision training session", n2(per), "0.00"] for d in sessions]
    rows.append(["", "", "Total", n2(tot), "0.00"])
    p.table(["Date", "Code", "Service", "Billed", "Plan paid"], rows, [W * k / 100 for k in (18, 12, 44, 13, 13)],
            size=8.4, aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.cols([[("What the sessions were", f"{lab} billed six weekly sessions of vision training. The records describe "
                                       "drills to speed up reaction time, eye-hand coordination and how fast you "
                                       "track targets on a screen. They do not describe an eye disease or a vision "
                                       "problem that needed treatment: your eye exam in January was normal."),
             ("Why the plan does not pay", "The plan pays for treatment of an illness or injury that is proven to "
                                           "work. Training meant to improve performance in a healthy player has not "
                                           "been shown in reliable studies to treat any illness, so the plan treats "
                                           "it as experimental and does not cover it. Our medical director, "
                                           f"Dr. {md}, reviewed the records.")],
            [("What you can do", "You may appeal within 180 days of the date of this letter. Write to Quillbright "
                                 f"Benefit Services, Appeals, {BOX}. If a doctor found an eye problem that these "
                                 "sessions treated, send those records with your appeal."),
             ("Other help", "You may ask for the plan rules and the records we used, free of charge. You may also "
                            "have a right to an outside review after your appeal.")]], size=8.8)
    p.signoff(["Sincerely,", "", sig, "Medical Claims Review"], 9.4)
    t = truth("denial_letter", "experimental", insurer=PLAN, plan_id=PLAYERS, group=grp, member_id=sid,
              member_name=sub, cases=[claim], claim_amount=m2(tot), service_dates=[iso(d) for d in sessions],
              denial_date=iso(ld), provider=lab, appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [optom]},
              denial_alternates=["not_covered"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_child_mri(rng):
    sub = people(rng, 1, "yg", sexes="F", used=USED)[0]
    child = people(rng, 1, "yg", sexes="F", last=surname(sub), used=USED)[0]
    ortho, sig = people(rng, 2, "yg", sexes="MF", used=USED)
    sid = mid(rng)
    kid = dep_id(sid, 3, "*")
    team, grp = TEAMS["crew"]
    center = "Summit Ridge Imaging"
    dos = workday(dt.date(2026, 5, rng.randint(11, 15)))
    rcvd = plus(dos, rng.randint(9, 14))
    ld = workday(plus(rcvd, rng.randint(5, 8)))
    by = plus(ld, 180)
    amt = rng.choice([1460.00, 1515.00, 1388.00])
    claim = claim_no(rng, rcvd)
    p = ELSheet(footer=None, ids_foot=f"{claim}  |  {kid}  |  {dmy_dash(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    p.logo_title("Lumenfall", "Claim Notice", contact(rng), admin=ADMIN_LINE, size=15)
    p.line(abbr(ld), 10)
    p.ln(2)
    for ln in addr(rng, sub):
        p.line(ln, 10)
    p.ln(3)
    p.two_col([("Patient", child), ("Patient's member no.", kid), ("Subscriber", sub), ("Subscriber no.", sid),
               ("Group", grp), ("Plan", CREWS), ("Claim", claim), ("Service date", slash(dos)),
               ("Billed", usd(amt)), ("Ordered by", f"Dr. {ortho}"), ("NPI (imaging center)", npi(rng))],
              [f"Dear {first_last(sub)}:",
               f"We received a claim from {center} for an MRI of your daughter {first_last(child)}'s left wrist on "
               f"{long(dos)}. The plan asks that an MRI be reviewed and approved before it is done, unless it is done "
               "in an emergency room or during a hospital stay.",
               "Nobody asked us to review this MRI before it was done, and it was an outpatient scan booked a week "
               "ahead. So the plan will not pay it. Because the imaging center is in the plan's network, it may not "
               "bill you for this scan.",
               "If the MRI should have been reviewed and was not, the imaging center or the ordering doctor can send "
               "us the records and ask for a review after the fact.",
               f"If you disagree with this decision, you may appeal. Your appeal must reach us by {long(by)}. Write to "
               f"Quillbright Benefit Services, Appeals, {BOX}."], side_w=62, size=9.4, title="About this claim")
    p.signoff(["Sincerely,", "", sig, f"Claims Specialist, for the {PLAN}"], 9.4)
    t = truth("denial_letter", "prior_authorization", insurer=PLAN, plan_id=CREWS, group=grp, member_id=kid,
              member_name=child, cases=[claim], claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(ld),
              provider=center, appeal_deadline=iso(by),
              alternates={"insurer": PLAN_ALT, "provider": [ortho]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    F = FAMILY + "_"
    e1 = born_family_eob(rng)
    e2 = scan_workers_comp(rng)
    cover, stack = faxstd_stack(rng)
    return [
        Item(F + "born_digital_family_eob_spouse_blue_light_lens_line_v9_side_column_table_broken", "born_digital",
             [e1]),
        Item(F + "scan_workers_comp_first_thumb_tendinitis_team_scrims", "scan_clean_300", [e2]),
        Item(F + "faxstd_stack_letter_cover_carpal_tunnel_release_not_necessary_then_therapy_approved",
             "fax_standard_g4", stack, separators=[cover, None], turns={(0, 1): 180}),
        Item(F + "phone_es_aviso_cobertura_horas_de_produccion_insuficientes", "phone_photo", [phone_es_hours(rng)]),
        Item(F + "photocopy_tournament_travel_chiropractic_outside_travel_network_trip_at_a_glance", "photocopy",
             [photocopy_travel(rng)]),
        Item(F + "lowres_sports_vision_performance_training_unproven", "scan_lowres_150",
             [lowres_vision_training(rng)]),
        Item(F + "rotated_child_wrist_mri_no_precertification_dependent_star_suffix", "rotated",
             [rotated_child_mri(rng)]),
    ]
