"""An invented accident plan for professional rodeo contestants: the Spurline Rodeo Athlete Accident Plan of the
Spurline Professional Rodeo Association, with claims, care review and statements by the administrator Cantlefield
Claims Administrators, Inc., which prints some papers on its own letterhead. Invented rules: the plan pays for an
accidental injury a card-holding member suffers while competing in a rodeo the Association has sanctioned (in the
arena, the chutes, the roping box or the warm-up area during the performance or slack the member is entered in);
injuries at events the Association did not sanction (jackpots, open rodeos, town fiestas), in practice pens
(at home or on a rodeo's grounds) and on the road to or from a rodeo are not covered; a $250 deductible and a
$15,000 limit for each injury event; planned surgery is approved ahead by a nurse reviewer and a medical
director; appeals to the Plan's Appeals Committee. Every association, rodeo, arena, hospital, clinic, ambulance
service, therapist, person, number, address, code and time limit is invented (phones 555; real towns with
invented roads); CPT and HCPCS codes appear as themselves. No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_benefit_statement_two_pages_per_event_limit_reached_code_glossary: a two-page benefit statement on
  the administrator's letterhead ("THIS IS NOT A BILL", "Statement date Apr 13, 2026", prefix, member number, group
  and plan ID side by side in boxes, "Statement issued" and the IDs in the small footer, a money summary and an
  injury-event box with the limit, the deductible and what was paid before as decoys), page 2 a claims table with
  no ruling lines, right-aligned money and the totals row on the last page: the physical therapy claim of five
  visits is paid for two and pays 0.00 for three under code L7, told only in the code glossary (the per-event
  limit was used up); payments to other providers and a "$100" example as decoys; "within 180 days of the
  statement date".
- clean300_three_pages_practice_pen_at_home_ids_in_small_running_footer: a three-page letter from the
  administrator ("March 10th, 2026"), the member number, claim number and a "Notice mailed" date in a small
  running footer on every page; page 2 the emergency room claim (the doctor after "Attending:", "Claim received
  2026/03/05") and the injury report's words in a shaded box; page 3 the reason in prose ("The information we
  received does not show ..."; practice "is outside what your benefit allows") and "within four months of the
  date of this letter", a nondiscrimination notice and taglines.
- lowres_provider_notice_boxes_ambulance_unsanctioned_jackpot_claim_only_in_subject: a 150 dpi provider notice to
  an ambulance service ("2026/03/24"), values under small captions in ruled boxes (prefix and member number in
  boxes of their own), the claim number only in the subject line, the paramedic named as crew, an excerpt of the
  Association's schedule for that weekend (other rodeos' names and numbers) and a provider call reference as
  decoys; a jackpot bull riding that was not sanctioned; "within 45 days of the date on this notice".
- phone_es_jaripeo_en_fiestas_no_sancionado: a photographed Spanish letter on the plan's letterhead ("martes, 10
  de marzo de 2026"), a key/value box beside the address, an urgent care claim after a bronc ride at a jaripeo at a
  private ranch's Valentine's dance that the Association did not sanction; a call reference as decoy; "a más
  tardar el" a printed date.
- rotated_two_column_preapproval_shoulder_surgery_amount_plan_will_pay: a pre-approval fed turned, set in two
  columns ("23-Mar-2026", "Mailed" in the footer), a shoulder repair at a surgery center approved after
  a sanctioned-event injury, a heavy-framed panel naming what the plan will pay (what is left of the per-event
  limit), a pre-approval number that looks like the earlier emergency claim's number, signed by a nurse reviewer
  and a medical director; denies nothing.
- faxstd_trailer_accident_on_the_road_not_compensable_narrow_charges_column: a standard-fax letter on the plan's
  letterhead ("Monday, April 6, 2026"), group and member number side by side in a band, a hospital notification
  number that looks like the claim number, a ruled table whose narrow charges column wraps each amount under
  "USD"; an injury in a horse trailer crash on the way to a sanctioned rodeo is "not a compensable injury under
  the Plan"; "within 60 days of the date of this notice".
- photocopy_stack_hospital_transmittal_final_appeal_practice_pen_on_grounds_upside_down_then_hospital_statement: a
  photocopied stack of a hospital billing office's fax transmittal (no document's page), the Appeals Committee's
  two-page final decision keeping the refusal of an injury in the practice pen behind the arena hours before the
  performance the member was entered in (IDs in a running line, the performance's results as decoy, page 2 upside
  down; no further appeal under the plan) and the hospital's statement asking the member for the balance (a real
  bill; denies nothing), then a blank separator page.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundej_famje import (EJSheet, abbr, add_months, billing_transmittal, dmy_dash, es_date, es_wday,
                               first_last, grouped, hm, iso, long, mdy_dots, n2, ord_long, people, phone, plus,
                               ranch_address, slash, tollfree, usd, usd_code, wday_long, workday, ymd_slash,
                               yy)
from public_kit import digits, m2, out, truth

FAMILY = "spurline_rodeo_athlete_accident_plan_sanctioned_event_per_event_limit_and_practice_pen_refusals"
LANG = "en"
SEED = 355094
ASSN = "Spurline Professional Rodeo Association"
PLAN = "Spurline Rodeo Athlete Accident Plan"
PLAN_ES = "Plan de Accidentes para Atletas de Rodeo Spurline"
PLAN_ALT = ["Spurline Rodeo Athlete Accident", "Spurline Plan", "Spurline", PLAN_ES]
TPA_FULL = "Cantlefield Claims Administrators, Inc."
TPA = "Cantlefield Claims Administrators"
TPA_ALT = [TPA_FULL, "Cantlefield", "Cantlefield Claims"]
TPA_PO = "P.O. Box 2271, Cheyenne, WY 82003"
PLAN_PO = "Plan Office, 4400 Roughstock Way, Amarillo, TX 79106"
PLAN_ID = "SRA-AP26"
LIMIT = 15000.0
HOSP_A = "Lone Butte Regional Medical Center"
HOSP_B = "Greasewood Valley Hospital"
HOSP_C = "Shortgrass Regional Hospital"
ORTHO = "Ridgerunner Orthopedic & Sports Clinic"
AMB = "Buckbrush Ambulance Service"
PT = "Chute Gate Physical Therapy"
ASC = "Windbreak Surgery Center"
IMG = "Latigo Imaging"
UC_ES = "Dogie Creek Urgent Care"
COVERS = ("The Plan pays for an accidental injury that you suffer while you compete in a rodeo the Association has "
          "sanctioned: in the arena, the chutes, the roping box or the warm-up area, during the performance or the "
          "slack you are entered in.")


def member_no(rng):
    return digits(rng, 8)


def sp(num):
    return grouped(num, [4, 4])


def group_no(rng):
    return f"G-{digits(rng, 5)}"


def claim_no(rng, d=None):
    return f"{(d or dt.date(2026, 3, 1)).strftime('%y%m')}-{digits(rng, 6)}"


def lookalike(c):
    """2603-118427 -> 2603-118472 (the last two digits swapped)."""
    return c[:-2] + c[-1] + c[-2] if c[-1] != c[-2] else c[:-1] + str((int(c[-1]) + 3) % 10)


def tpa_head(p, rng, unit, box=None):
    p.head(TPA_FULL, "CCA", [f"{unit}  |  Administrator of the {PLAN}",
                             f"{TPA_PO}  |  {tollfree(rng, '866')}  |  Fax {phone(rng, '307')}  |  TTY 711"],
           box=box, size=12.5)


def plan_head(p, rng, unit, box=None, es=False):
    if es:
        lines = [f"Patrocinado por la {ASSN}  |  Administrado por {TPA_FULL}",
                 f"{PLAN_PO}  |  Servicios al miembro en español {tollfree(rng, '877')}  |  TTY 711"]
    else:
        lines = [f"Sponsored by the {ASSN}  |  Administered by {TPA_FULL}",
                 f"{unit}  |  {PLAN_PO}  |  Member services {tollfree(rng, '877')}  |  TTY 711"]
    p.head(PLAN, "SRA", lines, box=box, size=12.5)


# ---------------------------------------------------------------------------------------------------------------
def born_statement(rng):
    pat, orth, rad, ther = people(rng, 4)
    num = member_no(rng)
    grp = group_no(rng)
    ev = dt.date(2026, 2, rng.randint(12, 15))
    d_o1 = plus(ev, rng.randint(3, 5))
    d_mri = plus(d_o1, rng.randint(2, 4))
    d_o2 = plus(d_mri, rng.randint(3, 6))
    pts = [plus(d_o2, 3 + 3 * i + (i // 2)) for i in range(5)]
    sd = dt.date(2026, 4, rng.randint(13, 15))
    o_lines = [("New patient visit (99204)", 395.0, 268.0), ("Shoulder X-ray (73030)", 164.0, 96.0),
               ("Office visit (99213)", 182.0, 118.0)]
    m_lines = [("MRI shoulder (73221)", rng.choice([1860.0, 1925.0]), 845.0)]
    p_lines = [("PT evaluation (97161)", 210.0, 160.0)] + [("Therapy visit (97110, 97140)", 185.0, 140.0)
                                                          for _ in range(4)]
    paid_here = sum(a for _, _, a in o_lines) + sum(a for _, _, a in m_lines) + 160.0 + 140.0
    prior = round(LIMIT - paid_here, 2)
    c_o, c_m, c_p = claim_no(rng, d_o1), claim_no(rng, d_mri), claim_no(rng, pts[0])
    claims = [(c_o, ORTHO, f"Rendering: Dr. {first_last(orth)}", [d_o1, d_o1, d_o2], o_lines),
              (c_m, IMG, f"Rendering: Dr. {first_last(rad)}", [d_mri], m_lines),
              (c_p, PT, f"Rendering: {first_last(ther)}, DPT", pts, p_lines)]
    rows, bold = [], set()
    tb = ta = tp = ts = 0.0
    refused = []
    for cno, prov, rend, dates, lines in claims:
        cb = ca = cp = cs = 0.0
        for j, ((svc, b, a), d) in enumerate(zip(lines, dates)):
            lim = cno == c_p and j >= 2
            al, pd, sh = (0.0, 0.0, b) if lim else (a, a, 0.0)
            code = "L7" if lim else ("P1" if cno != c_p or j < 2 else "")
            if lim:
                refused.append((d, b))
            rows.append([cno if j == 0 else "", prov if j == 0 else (rend if j == 1 else ""), yy(d), svc, n2(b),
                         n2(al), n2(pd), n2(sh), code])
            cb, ca, cp, cs = cb + b, ca + al, cp + pd, cs + sh
        if len(lines) == 1:
            rows.append(["", rend, "", "", "", "", "", "", ""])
        rows.append(["", "", "", "Claim total", n2(cb), n2(ca), n2(cp), n2(cs), ""])
        bold.add(len(rows) - 1)
        tb, ta, tp, ts = tb + cb, ta + ca, tp + cp, ts + cs
    p_tot = sum(b for _, b, _ in p_lines)
    p = EJSheet(footer="Page {n} of {nb}",
                footer_left=f"Statement issued {slash(sd)}  |  SPR {num}  |  Group {grp}  |  CCA-BS-2 (01/2026)")
    p.set_margins(14, 13, 14)
    p.add_page()
    tpa_head(p, rng, "Claims", box="BENEFIT STATEMENT")
    p.f(11, "B")
    p.cell(0, 6, "THIS IS NOT A BILL", align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.addr_kv([pat, *ranch_address(rng)], [("Statement date", abbr(sd)), ("Member", pat), ("Claims", "3"),
                                           ("Questions", tollfree(rng, "866"))], w=90, cap_w=32)
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("PREFIX", "SPR"), ("MEMBER NO.", num), ("GROUP NO.", grp), ("PLAN ID", PLAN_ID),
                ("CARD", "2026 Pro card")], [W * 0.1, W * 0.22, W * 0.2, W * 0.2, W * 0.28], size=9.4, h=10.5)
    p.ln(4)
    y0 = p.get_y()
    y1 = p.money_box("This statement", [("Providers billed", usd(tb)), ("Plan price", usd(ta)),
                                        ("The plan paid", usd(tp)), ("Your share", usd(ts))], w=W * 0.48)
    p.set_xy(p.l_margin + W * 0.52, y0)
    y2 = p.money_box(f"Injury event of {slash(ev)}",
                     [("Limit for this injury event", usd(LIMIT)), ("Paid before this statement", usd(prior)),
                      ("Paid on this statement", usd(tp)), ("Left for this injury event", "$0.00"),
                      ("Deductible for this injury event", "$250.00 met")],
                     x=p.l_margin + W * 0.52, w=W * 0.48, bold_last=False)
    p.set_xy(p.l_margin, max(y1, y2) + 4)
    p.para(f"**Injury event.** Sagebrake Winter Classic, sanctioned rodeo no. 26-0187, performance 3, bareback "
           f"riding, {long(ev)}. The Association's sports medicine team reported the injury the same evening.", 9.2)
    p.heading("Payments made with this statement", 10.2)
    p.ledger(["Paid to", "Check or EFT", "Amount"],
             [[ORTHO, f"EFT {digits(rng, 8)}", usd(sum(a for _, _, a in o_lines))],
              [IMG, f"Check {digits(rng, 7)}", usd(sum(a for _, _, a in m_lines))],
              [PT, f"EFT {digits(rng, 8)}", usd(300.0)]], [W * 0.5, W * 0.3, W * 0.2],
             aligns=["L", "L", "R"], size=8.8)
    p.add_page()
    p.heading("Your claims", 11, rule=True)
    widths = [19, 49, 13, 44, 13, 13, 13, 13]
    widths.append(W - sum(widths))
    p.bare_table(["Claim no.", "Provider", "Service date", "Service", "Billed", "Plan price", "Plan paid",
                  "Your share", "Code"], rows, widths, aligns=["L", "L", "L", "L", "R", "R", "R", "R", "L"],
                 size=6.7, row_h=4.5, bold_rows=bold, cont="Your claims, continued",
                 totals=["TOTALS", "", "", "", n2(tb), n2(ta), n2(tp), n2(ts), ""])
    p.glossary("Codes", [
        ("P1", "Paid at the plan price for an injury in a sanctioned event."),
        ("D5", "Applied to the $250.00 deductible for this injury event."),
        ("L7", "Not paid: the Plan has paid the $15,000.00 limit for this injury event (Plan Rules, Article 6.1). "
               "The provider may bill you for these visits."),
        ("S2", "The injury did not happen in a sanctioned event."),
        ("R4", "We need the injury report signed by the rodeo secretary or the sports medicine team.")], size=7.4)
    p.heading("How the plan price works", 10)
    p.para("The plan price is the most the Plan allows for a service. For example, if a clinic bills $100.00 and the "
           "plan price is $70.00, the Plan pays $70.00 once the deductible for that injury event is met.", 8.4)
    p.heading("If you disagree", 10)
    p.para("You can appeal within 180 days of the statement date. Write to Appeals, " + TPA_FULL + ", " + TPA_PO +
           ", with the claim number and the reason. You may ask for copies of the Plan Rules and of your claim file "
           "free of charge.", 8.4)
    t = truth("eob", "not_covered", insurer=TPA, plan_id=PLAN_ID, group=grp, member_id=f"SPR{num}",
              member_name=pat, cases=[c_p], claim_amount=m2(p_tot), service_dates=[iso(d) for d, _ in refused],
              denial_date=iso(sd), provider=PT, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": TPA_ALT, "member_id": [num], "claim_amount": [m2(sum(b for _, b in refused))],
                          "provider": [f"{first_last(ther)}, DPT", first_last(ther)]})
    return out(p), t


def clean_practice_pen(rng):
    pat, att, friend, sig = people(rng, 4, sexes="M")
    num = member_no(rng)
    grp = group_no(rng)
    inj = dt.date(2026, 2, rng.choice([21, 28]))                   # a Saturday
    claim = claim_no(rng, inj)
    rep = plus(inj, rng.randint(5, 8))
    rcvd = plus(rep, rng.randint(2, 4))
    ld = workday(plus(rcvd, rng.randint(8, 10)))
    lines = [("Emergency visit, level 4 (99284)", 1640.0), ("Chest X-ray, ribs (71101)", 312.0),
             ("CT cervical spine (72125)", rng.choice([1465.0, 1490.0])), ("Wound repair, 4 cm (12002)", 410.0)]
    tot = sum(b for _, b in lines)
    home = ranch_address(rng)
    p = EJSheet(footer="Page {n} of {nb}",
                footer_left=f"SPR {num}  |  Claim {claim}  |  Notice mailed {slash(ld)}")
    p.set_margins(18, 16, 18)
    p.add_page()
    tpa_head(p, rng, "Claims Review")
    p.line(ord_long(ld), 10.2, "B")
    p.ln(2)
    p.addr_kv([pat, *home], [("Claim no.", claim), ("Patient", pat), ("Claim received", ymd_slash(rcvd)),
                             ("Plan", PLAN)], w=98, cap_w=30)
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("GROUP NO.", grp), ("PREFIX", "SPR"), ("MEMBER NO.", num), ("PLAN ID", PLAN_ID)],
               [W * 0.25, W * 0.15, W * 0.3, W * 0.3], size=9.4)
    p.ln(4)
    p.para(f"Dear {pat}:", 10)
    p.para(f"We reviewed the claim that {HOSP_A} sent us for your emergency room visit on {long(inj)}. We cannot pay "
           "it. Page 2 shows the claim and what we looked at. Page 3 explains our decision and what you can do if "
           "you disagree.", 10)
    p.callout("What the Plan covers", COVERS + " It pays after a $250.00 deductible, up to $15,000.00 for each "
              "injury event.", 9.2)
    p.add_page()
    p.heading("The claim", 11.5, rule=True)
    p.pairs([("Hospital", HOSP_A), ("Attending", f"Dr. {first_last(att)}"), ("Date of service", slash(inj)),
             ("Claim received", ymd_slash(rcvd))], label_w=36, size=9.4)
    p.ln(2)
    p.ledger(["Date", "Service", "Billed", "Plan paid"], [[slash(inj), s, usd(b), "$0.00"] for s, b in lines],
             [W * 0.16, W * 0.54, W * 0.15, W * 0.15], aligns=["L", "L", "R", "R"], size=9,
             totals=["", "Claim total", usd(tot), "$0.00"])
    p.heading("What we looked at", 11)
    p.bullets([f"The hospital's emergency record of {long(inj)}.",
               f"The injury report you sent on {long(rep)}.",
               f"The Association's entry records for the rodeos held from {long(plus(inj, -3))} to "
               f"{long(plus(inj, 3))}."], 9.6)
    p.callout("From the injury report (your words)", f"\"Got on a practice bull at {first_last(friend)}'s practice "
              "pen on a Saturday morning, got hung up and stepped on. Friends drove me to the ER.\"", 9.4, shade=244)
    p.add_page()
    p.heading("Our decision", 11.5, rule=True)
    p.para(f"{COVERS} The information we received does not show that you were entered in a sanctioned rodeo on "
           f"{long(inj)}: the Association has no entry for you that weekend, and your injury report and the "
           "emergency record both say you were hurt on a practice bull in a practice pen at a friend's place. "
           "Practice, wherever it happens and however it helps you get ready for the next rodeo, is outside what "
           "your benefit allows (Plan Rules, Article 4.2(c)).", 10)
    p.para("The hospital may bill you for this visit. If you have other health insurance, send the bill to it.", 10)
    p.heading("If you disagree", 11)
    p.para("You may appeal within four months of the date of this letter. Write to Appeals, "
           f"{TPA_FULL}, {TPA_PO}, and tell us why you think the Plan should pay. Send anything that shows the "
           "injury happened in a sanctioned event. You may ask for copies of the Plan Rules and your claim file free "
           "of charge.", 9.8)
    p.signoff(["Claims Review", TPA_FULL], 9.6)
    p.nondiscrim(TPA_FULL, tollfree(rng, "866"), size=7.2)
    p.tagline_block(tollfree(rng, "866"), size=6.6)
    t = truth("denial_letter", "not_covered", insurer=TPA, plan_id=PLAN_ID, group=grp, member_id=f"SPR{num}",
              member_name=pat, cases=[claim], claim_amount=m2(tot), service_dates=[iso(inj)], denial_date=iso(ld),
              provider=HOSP_A, appeal_deadline=iso(add_months(ld, 4)),
              alternates={"insurer": TPA_ALT, "member_id": [num],
                          "provider": [f"Dr. {first_last(att)}", first_last(att)]})
    return out(p), t


def lowres_ambulance(rng):
    pat, medic, emt, *others = people(rng, 8, sexes="M")
    num = member_no(rng)
    grp = group_no(rng)
    dos = dt.date(2026, 2, 20)
    claim = claim_no(rng, dos)
    call = f"PR-{digits(rng, 6)}"
    rcvd = dt.date(2026, 3, rng.randint(9, 12))
    ld = workday(plus(rcvd, rng.randint(10, 13)))
    miles = rng.choice([19, 23, 27])
    base, mil = 1385.0, round(miles * 16.5, 2)
    tot = base + mil
    p = EJSheet(footer="Page {n} of {nb}", footer_left=f"Provider claim notice PN-4 (01/2026)  |  {slash(ld)}")
    p.set_margins(17, 15, 17)
    p.add_page()
    tpa_head(p, rng, "Provider Services", box="PROVIDER CLAIM NOTICE")
    p.line(ymd_slash(ld), 10.2, "B")
    p.ln(2)
    for ln in [AMB, "Attn: Billing", "610 Stockyards Rd", "Guymon, OK 73942"]:
        p.line(ln, 10)
    p.ln(3)
    p.subject(f"RE: Claim {claim} - ground ambulance")
    W = p.w - p.l_margin - p.r_margin
    p.wrap_boxes([("Patient", pat, W * 0.34), ("Prefix", "SPR", W * 0.12), ("Member no.", num, W * 0.24),
                  ("Group no.", grp, W * 0.3)], size=9.2, lines=1)
    p.wrap_boxes([("Date of service", slash(dos), W * 0.2), ("Pick-up", "Alkali Flats Arena, Guymon, OK", W * 0.3),
                  ("Taken to", f"{HOSP_C}, Guymon", W * 0.3), ("Amount billed", usd(tot), W * 0.2)], size=9.2,
                 lines=2)
    p.wrap_boxes([("Crew", f"{first_last(medic)}, Paramedic; {first_last(emt)}, EMT", W * 0.4),
                  ("Billed", f"A0427 ALS emergency; A0425 x {miles} mi", W * 0.38),
                  ("Provider call ref.", call, W * 0.22)], size=9.0, lines=2)
    p.ln(3)
    p.para(f"We reviewed this claim for the transport of {pat} on {long(dos)} after he was hurt riding a bull at "
           "Alkali Flats Arena. We are not paying it.", 10)
    p.results_excerpt("2026 SANCTIONED RODEOS - WEEKEND OF FEBRUARY 20", f"{ASSN}, schedule as published",
                      ["Rodeo no.", "Rodeo", "Town", "Performances"],
                      [["26-0203", "Cottonwood Draw Stampede", "Clovis, NM", "Feb 20-22"],
                       ["26-0204", "High Plains Winter Rodeo", "Dodge City, KS", "Feb 21-22"],
                       ["26-0206", "Redbud Roughstock Classic", "Ardmore, OK", "Feb 20-21"]],
                      [22, 62, 40, 40], note="No rodeo in Guymon, OK, was sanctioned for this weekend.")
    p.heading("Why the claim is not paid", 11)
    p.para(f"The Friday night jackpot bull riding at Alkali Flats Arena was not a rodeo sanctioned by the {ASSN}, "
           "and it is not on the Association's schedule for that weekend (above). The Plan pays only for an injury "
           "in a sanctioned event, so it cannot pay for this transport, even though the transport itself was an "
           "emergency (Plan Rules, Article 4.1).", 10)
    p.heading("If you disagree", 11)
    p.para("You may ask for a reconsideration within 45 days of the date on this notice. Send the claim number and "
           f"anything that shows the event was sanctioned to Provider Services, {TPA_FULL}, {TPA_PO}. The member may "
           "also appeal on his own.", 9.8)
    t = truth("denial_letter", "not_covered", insurer=TPA, group=grp, member_id=f"SPR{num}", member_name=pat,
              cases=[claim], claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(ld), provider=AMB,
              appeal_deadline=iso(plus(ld, 45)),
              alternates={"insurer": TPA_ALT, "member_id": [num], "provider": [first_last(medic)]})
    return out(p), t


def phone_es_jaripeo(rng):
    pat, doc, agent = people(rng, 3, es=True, sexes="MF")
    num = member_no(rng)
    grp = group_no(rng)
    inj = dt.date(2026, 2, 14)
    claim = claim_no(rng, inj)
    call = f"{digits(rng, 3)}-{digits(rng, 5)}"
    rcvd = plus(inj, rng.randint(9, 12))
    ld = dt.date(2026, 3, 10)
    by = plus(ld, 152)
    lines = [("Visita de urgencia (99214)", 286.0), ("Radiografía de muñeca (73110)", 198.0),
             ("Férula (29125)", 164.0)]
    tot = sum(b for _, b in lines)
    p = EJSheet(footer="Página {n} de {nb}", footer_left=f"SRA-ES-3 (01/2026)  |  {slash(ld)}")
    p.set_margins(18, 16, 18)
    p.add_page()
    plan_head(p, rng, "", es=True)
    p.line(es_wday(ld), 10.2, "B")
    p.ln(2)
    p.addr_kv([pat, *ranch_address(rng)], [("Miembro", f"SPR {sp(num)}"), ("Grupo", grp), ("Reclamo n.º", claim),
                                           ("Fecha de la lesión", es_date(inj)), ("Recibido", es_date(rcvd))],
              w=92, cap_w=34)
    p.para(f"Estimado {pat}:", 10)
    p.para(f"Recibimos el reclamo de {UC_ES} por la atención que le dio la Dra. {first_last(doc)} el "
           f"{es_date(inj)}, cuando se lastimó la muñeca montando un caballo bronco.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.wrap_table(["Servicio", "Cobrado", "Pagado por el plan"],
                 [[s, usd(b), "$0.00"] for s, b in lines] + [["Total del reclamo", usd(tot), "$0.00"]],
                 [W * 0.6, W * 0.2, W * 0.2], aligns=["L", "R", "R"], size=9, bold_last=True)
    p.heading("Por qué no podemos pagar este reclamo", 11)
    p.para("El plan paga las lesiones que usted sufre mientras compite en un rodeo sancionado por la Asociación. "
           "Según el informe de la clínica y lo que usted nos contó por teléfono (número de referencia de la llamada: "
           f"{call}), la lesión ocurrió en el jaripeo del baile de San Valentín en el Rancho Los Mezquites, un "
           "evento privado que la Asociación no sancionó. Por eso el plan no puede pagar esta atención (Reglas del "
           "Plan, artículo 4.1). El "
           "límite de $15,000 por evento y el deducible de $250 no cambian esta decisión.", 10)
    p.heading("Si no está de acuerdo", 11)
    p.para(f"Puede apelar a más tardar el {es_date(by)}. Escriba al Comité de Apelaciones, {PLAN_PO}, y mande "
           "cualquier papel que muestre que el evento estaba sancionado, por ejemplo el programa oficial o el "
           "recibo de su inscripción.", 10)
    p.signoff(["Atentamente,", agent, "Oficina del Plan"], 9.6)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=grp, member_id=f"SPR{num}", member_name=pat,
              cases=[claim], claim_amount=m2(tot), service_dates=[iso(inj)], denial_date=iso(ld), provider=UC_ES,
              appeal_deadline=iso(by), lang="es",
              alternates={"insurer": PLAN_ALT, "member_id": [num],
                          "provider": [f"Dra. {first_last(doc)}", first_last(doc)]})
    return out(p), t


def rotated_preapproval(rng):
    pat, surg, rn, md = people(rng, 4, sexes="M")
    num = member_no(rng)
    grp = group_no(rng)
    ev = dt.date(2026, 2, rng.randint(20, 22))
    er_claim = claim_no(rng, ev)
    pre = lookalike(er_claim)
    rcvd = dt.date(2026, 3, rng.randint(16, 18))
    ld = workday(plus(rcvd, rng.randint(3, 5)))
    planned = workday(plus(ld, rng.randint(14, 20)))
    until = plus(planned, 45)
    paid = round(rng.choice([3760.0, 4215.5, 4980.25]), 2)
    left = round(LIMIT - paid, 2)
    p = EJSheet(footer="Page {n} of {nb}", footer_left=f"Pre-approval PA-2 (01/2026)  |  Mailed {slash(ld)}")
    p.set_margins(17, 15, 17)
    p.add_page()
    tpa_head(p, rng, "Care Review")
    p.line(dmy_dash(ld), 10.2, "B")
    p.ln(2)
    for ln in [pat, *ranch_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.idstrip([("Member no.", f"SPR {num}"), ("Group no.", grp), ("Plan", PLAN)], size=8.8)
    p.subject(f"Pre-approval {pre}: your shoulder surgery")
    p.para(f"Dear {pat}:", 10)
    p.columns(
        [("What was asked", f"Dr. {surg} of {ORTHO} asked us on {long(rcvd)} to approve an arthroscopic repair of "
                            f"the labrum of your right shoulder (CPT 29807) at {ASC}, planned for {long(planned)}."),
         ("The injury", f"You were hurt in the saddle bronc riding at the Cottonwood Draw Stampede (sanctioned rodeo "
                        f"no. 26-0203) on {long(ev)}. We paid your emergency room claim {er_claim} for that "
                        "injury.")],
        [("Our decision", "**Approved.** A nurse reviewer and our medical director found the surgery medically "
                          "necessary for an injury in a sanctioned event."),
         ("Good to know", "If the date changes, ask the surgeon's office to call us. Have the surgeon, the surgery "
                          "center and the anesthesia group send their claims to us with the pre-approval number.")],
        size=9.2)
    p.pay_panel("What the Plan will pay for this injury event",
                [("Limit for each injury event", usd(LIMIT)), ("Already paid for this injury event", usd(paid)),
                 ("Deductible for this injury event", "$250.00 (met)")],
                ("The Plan will pay up to", usd(left)), size=9.2)
    p.para("Any charges beyond that amount are yours; your own health insurance may pay them. The surgery is approved "
           f"from {slash(planned)} through {slash(until)}.", 9.6)
    p.two_sigs([f"{rn}, RN", "Nurse reviewer, Care Review"], [f"{md}, MD", "Medical director"])
    t = truth("other", None, insurer=TPA, group=grp, member_id=f"SPR{num}", member_name=pat, cases=[pre],
              service_dates=[iso(planned)], denial_date=iso(ld), provider=f"Dr. {surg}",
              alternates={"insurer": TPA_ALT, "member_id": [num], "provider": [surg, ORTHO, ASC],
                          "claim_amount": [m2(left)], "service_dates": [[f"{iso(planned)}/{iso(until)}"]]})
    return out(p), t


def faxstd_trailer(rng):
    pat, att, partner, sig = people(rng, 4, sexes="F")
    num = member_no(rng)
    grp = group_no(rng)
    inj = dt.date(2026, 3, rng.randint(12, 14))
    claim = claim_no(rng, inj)
    notif = lookalike(claim)
    rcvd = plus(inj, rng.randint(12, 16))
    ld = workday(plus(rcvd, rng.randint(8, 12)))
    lines = [("Emergency visit, level 5", "99285", 2418.0), ("CT head without contrast", "70450",
                                                                rng.choice([1380.0, 1415.0])),
             ("X-ray forearm, 2 views", "73090", 286.0), ("Closed treatment, ulna fracture", "25530", 1162.0),
             ("Observation, per hour x 14", "G0378", 1526.0)]
    tot = sum(b for _, _, b in lines)
    p = EJSheet(footer="Page {n} of {nb}", footer_left=f"SRA-CL-6 (01/2026)  |  Mailed {slash(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    plan_head(p, rng, "Claims")
    p.line(wday_long(ld), 10.2, "B")
    p.ln(2)
    home = ranch_address(rng)
    for ln in [pat, *home]:
        p.line(ln, 10)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("GROUP NUMBER", grp), ("MEMBER NUMBER", f"SPR {num}"), ("CLAIM NUMBER", claim),
                ("HOSPITAL NOTIFICATION", notif)], [W * 0.2, W * 0.26, W * 0.24, W * 0.3], size=9.6, h=10.5)
    p.ln(4)
    p.para(f"Dear {pat}:", 10)
    p.para(f"{HOSP_B} told us on {long(inj)} that you were being kept for observation after a crash on the highway, "
           f"and later sent us its claim for that stay. Dr. {first_last(att)} was the attending doctor.", 10)
    p.narrow_money_table(["Service", "Code", "Date", "Charges"],
                         [[s, c, slash(inj), usd_code(b)] for s, c, b in lines] +
                         [["Claim total", "", "", usd_code(tot)]],
                         [W * 0.55, W * 0.15, W * 0.19, W * 0.11], aligns=["L", "L", "L", "R"], size=9)
    p.heading("Our decision", 11)
    p.para(f"This is not a compensable injury under the Plan. You and {first_last(partner)} were driving your horses "
           "to the Redbud Spring Rodeo, where you were entered in the barrel racing, when the trailer rolled on "
           "the interstate. The Plan covers an injury that happens while you compete in a sanctioned rodeo or get "
           "ready for your run on its grounds. Travel to or from a rodeo is not part of the event, even when you "
           "are entered in it, so the Plan cannot pay this claim (Plan Rules, Article 4.3).", 10)
    p.para("Your auto insurance or your health insurance may pay for this care. We hope you and your horses are "
           "mending well.", 10)
    p.heading("If you disagree", 11)
    p.para(f"You may appeal within 60 days of the date of this notice. Write to the Appeals Committee, {PLAN_PO}, "
           "and send anything you want us to consider.", 9.8)
    p.signoff(["Sincerely,", sig, "Claims Department"], 9.6)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=grp, member_id=f"SPR{num}", member_name=pat,
              cases=[claim, notif], claim_amount=m2(tot), service_dates=[iso(inj)], denial_date=iso(ld),
              provider=HOSP_B, appeal_deadline=iso(plus(ld, 60)),
              alternates={"insurer": PLAN_ALT, "member_id": [num], "case_numbers": [[claim], [notif]],
                          "provider": [f"Dr. {first_last(att)}", first_last(att)]})
    return out(p), t


def photocopy_stack(rng):
    pat, att, chair, rn, clerk, sup, *others = people(rng, 10, sexes="M")
    num = member_no(rng)
    grp = group_no(rng)
    inj = dt.date(2026, 1, rng.randint(16, 18))
    claim = claim_no(rng, inj)
    appeal = f"AC-26-{digits(rng, 4)}"
    first_dec = plus(inj, rng.randint(30, 36))
    ap_in = plus(first_dec, rng.randint(20, 28))
    dd = workday(plus(ap_in, rng.randint(24, 30)))
    st_d = plus(dd, rng.randint(6, 9))
    acct = f"LB{digits(rng, 8)}"
    lines = [("Emergency visit, level 4 (99284)", 1640.0), ("X-ray ankle, 3 views (73610)", 268.0),
             ("CT ankle without contrast (73700)", rng.choice([1296.0, 1318.0])), ("Splint (29515)", 214.0)]
    tot = sum(b for _, b in lines)
    home = ranch_address(rng)
    cover = billing_transmittal(
        f"{HOSP_A} - Patient Financial Services", ["1400 Butte View Dr, Rock Springs, WY 82901",
                                                    f"Phone {phone(rng, '307')}  |  PFS fax {phone(rng, '307')}"],
        [("To:", pat, "From:", f"{clerk}, PFS"), ("Fax no.:", phone(rng, "307"), "Our fax:", phone(rng, "307")),
         ("Date:", slash(st_d), "Pages including cover:", "4")],
        ["You asked for the appeal decision we received from your plan and your current statement. The balance is "
         f"now yours. Ask for {sup} about a payment plan or financial help."], f"Account {acct}")
    # document 1: the Appeals Committee's final decision, two pages (page 2 fed upside down)
    d = EJSheet(footer="Page {n} of {nb}", footer_left=f"SRA-AD-1 (01/2026)  |  Mailed {slash(dd)}",
                every=f"Appeal {appeal}  |  Claim {claim}  |  Member SPR {num}")
    d.set_margins(18, 17, 18)
    d.add_page()
    plan_head(d, rng, "Appeals Committee")
    d.line(f"Date of decision: {mdy_dots(dd)}", 10, "B")
    d.ln(2)
    d.addr_kv([pat, *home], [("Appeal no.", appeal), ("Claim no.", claim), ("Member no.", f"SPR {num}"),
                             ("Group no.", grp), ("Appeal received", slash(ap_in))], w=88, cap_w=30)
    d.heading("Decision on your appeal", 12)
    d.para(f"Dear {pat}:", 10)
    d.para(f"You appealed our decision of {long(first_dec)} not to pay {HOSP_A}'s claim for the care Dr. "
           f"{first_last(att)} gave you on {long(inj)}, when a calf jerked your horse down in the practice pen "
           f"behind the arena at the Butte View Winter Roundup. The hospital billed {usd(tot)}.", 10)
    d.results_excerpt("BUTTE VIEW WINTER ROUNDUP - TIE-DOWN ROPING", f"Rodeo no. 26-0112, performance 2, "
                      f"{long(inj)}, 7:00 p.m.", ["Back no.", "Contestant", "Time", "Place"],
                      [["114", first_last(others[0]), "8.4", "1"], ["87", first_last(others[1]), "9.1", "2"],
                       ["202", first_last(others[2]), "9.6", "3"], ["65", first_last(pat), "Turned out (injured)",
                                                                   ""]],
                      [20, 60, 40, 20], note="Taken from the rodeo secretary's official results.")
    d.para("**The Appeals Committee keeps the decision.** You were entered in the evening performance, and an injury "
           "in the arena, the roping box or the warm-up area during that performance would have been covered. You "
           f"were hurt at about {hm(10, 30)} that morning, roping practice calves in the practice pen.", 10)
    d.add_page()
    d.para("The Plan Rules leave out injuries in practice pens, on the rodeo grounds or anywhere else (Article "
           "4.2(c)). The practice pen was not part of the performance or the slack, and roping practice calves "
           "hours before your run was practice, even though it was on the grounds of a sanctioned rodeo. The "
           "Committee therefore keeps the first decision.", 10)
    d.para("This is the Plan's final decision on this claim. There is no further appeal under the Plan. You may ask "
           "for copies of the Plan Rules and your claim file free of charge.", 10)
    d.two_sigs([chair, "Chair, Appeals Committee"], [f"{rn}, RN", "Nurse reviewer"])
    d_app = (out(d), truth("denial_letter", "not_covered", insurer=PLAN, group=grp, member_id=f"SPR{num}",
                           member_name=pat, cases=[appeal, claim], claim_amount=m2(tot), service_dates=[iso(inj)],
                           denial_date=iso(dd), provider=HOSP_A,
                           alternates={"insurer": PLAN_ALT, "member_id": [num], "case_numbers": [[appeal], [claim]],
                                       "provider": [f"Dr. {first_last(att)}", first_last(att)]}))
    # document 2: the hospital's statement (a real bill)
    b = EJSheet(footer=None, footer_left=f"Statement {slash(st_d)}  |  Account {acct}  |  Detach and return the slip")
    b.set_margins(16, 14, 16)
    b.add_page()
    b.head(HOSP_A, "LBR", ["Patient Financial Services  |  1400 Butte View Dr, Rock Springs, WY 82901",
                           f"Billing questions {phone(rng, '307')}  |  Mon-Fri 8-5"], box="STATEMENT", size=12)
    W = b.w - b.l_margin - b.r_margin
    b.capstrip([("STATEMENT DATE", slash(st_d)), ("ACCOUNT NO.", acct), ("DATE OF VISIT", slash(inj)),
                ("PLEASE PAY", usd(tot))], [W * 0.24, W * 0.24, W * 0.24, W * 0.28], size=9.4)
    b.ln(3)
    for ln in [pat, *home]:
        b.line(ln, 10)
    b.ln(3)
    b.pairs([("Patient", pat), ("Attending", f"Dr. {first_last(att)}"), ("Insurance", PLAN),
             ("Insurance ID", f"SPR {num}")], label_w=32, size=9.4)
    b.ln(2)
    b.table(["Date", "Description", "Amount"],
            [[slash(inj), s, usd(v)] for s, v in lines] +
            [["", "Total charges", usd(tot)], [slash(dd), "Insurance: not paid, appeal decided", "$0.00"],
             ["", "Balance due from you", usd(tot)]],
            [W * 0.16, W * 0.6, W * 0.24], size=9, aligns=["L", "L", "R"], bold_last=True)
    b.para("Your insurance has decided not to pay this visit, so the balance is now yours. We offer payment plans and "
           "financial help; call the number above.", 9.4)
    b.tear_slip("Payment slip", [[("Account no.", acct), ("Statement date", slash(st_d)), ("Amount due", usd(tot))],
                                 [("Patient", pat), ("Amount paid", ""), ("Card or check no.", "")]])
    d_bill = (out(b), truth("other", None, insurer=None, member_id=f"SPR{num}", member_name=pat, cases=[],
                            claim_amount=m2(tot), service_dates=[iso(inj)], denial_date=iso(st_d), provider=HOSP_A,
                            unscored=["insurer"],
                            alternates={"member_id": [num, None], "provider": [f"Dr. {first_last(att)}"]}))
    return cover, [d_app, d_bill]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_benefit_statement_two_pages_per_event_limit_reached_code_glossary", "born_digital",
             [born_statement(rng)]),
        Item(F + "clean300_three_pages_practice_pen_at_home_ids_in_small_running_footer", "scan_clean_300",
             [clean_practice_pen(rng)]),
        Item(F + "lowres_provider_notice_boxes_ambulance_unsanctioned_jackpot_claim_only_in_subject",
             "scan_lowres_150", [lowres_ambulance(rng)]),
        Item(F + "phone_es_jaripeo_en_fiestas_no_sancionado", "phone_photo", [phone_es_jaripeo(rng)]),
        Item(F + "rotated_two_column_preapproval_shoulder_surgery_amount_plan_will_pay", "rotated",
             [rotated_preapproval(rng)]),
        Item(F + "faxstd_trailer_accident_on_the_road_not_compensable_narrow_charges_column", "fax_standard_g4",
             [faxstd_trailer(rng)]),
    ]
    cover, docs = photocopy_stack(rng)
    items.append(Item(F + "photocopy_stack_hospital_transmittal_final_appeal_practice_pen_on_grounds_upside_down_"
                      "then_hospital_statement", "photocopy", docs, separators=[cover, "blank"],
                      turns={(0, 1): 180}))
    return items
