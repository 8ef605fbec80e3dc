"""An invented health plan for mountain guides, climbing instructors and avalanche educators: the Rimefall Guides'
Health Trust, whose claims are administered by Talusbrook Plan Services, LLC. A guide is covered for a season
(winter: December 1 - May 31; summer: June 1 - November 30) when the guide services he or she works for report at
least 40 field days in the season before; spouses and children are covered with the guide. The plan pays air
ambulance transport but not search and rescue (hoist or short-haul extraction), treats hyperbaric oxygen for
frostbite as still under study, pays in-network care (out-of-network only in an emergency or with approval), and
does not pay for an injury on a paid guiding job that workers' compensation covers. The trust, the administrator,
every guide service, clinic, hospital, air service, person, number, amount and plan rule are invented; phones 555;
CPT/HCPCS codes and claim adjustment reason codes appear as themselves.

Documents (8 in 7 files):
- bd_narrative_family_eob_son_oon: a born-digital two-page statement in plain words, no table: one numbered paragraph
  per claim ("3. ... at ... on ... - claim ... - not paid"); the son's visit to a clinic outside the network.
- scan_season_days_short_frostbite: a clean-scan letter from the administrator: the winter season was not earned (31
  of 40 field days reported), so three wound-care visits for frostbite are not paid; identifiers as
  "value | caption" lines beside the address.
- faxfine_hoist_rescue_eob: a fine-fax EOB for a helicopter rescue: numbered claim-form boxes with the caption
  printed under each value, the subscriber and the patient (his wife) in two name boxes side by side; the hoist
  extraction line not paid under X14 (search and rescue excluded), the flight paid.
- faxstd_remittance_modifier_co4: a standard-fax two-page provider payment summary to a sports-medicine clinic in a
  line printer's face: ten patients, column headings run together; the claim at the top of page 2 (no heading
  there) has one line paid 0.00 under CO4, explained only in the code list at the end.
- phone_es_precert_hiperbarica: a photographed Spanish precertification letter: twenty hyperbaric oxygen sessions for
  frostbitten toes are not approved because the plan still treats them as under study; every label in Spanish; no
  "denied" anywhere.
- lowres_guiding_fall_comp_first: a low-resolution letter (captions on tabs above the boxes): a hospital stay after a
  fall while leading clients is an injury on a paid job; workers' compensation must be billed first.
- faxstd_stack_acl_approved_then_hape_obs: a standard-fax stack: a typed cover sheet, a precertification approval
  for an ACL reconstruction (lettered boxes; denies nothing), then a two-page notice that an admission for
  high-altitude pulmonary edema was approved only as an observation stay (its first page fed sideways).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeo_famoe import (EOSheet, abbr, compact, dd_mon, digits, dob, es_abbr, es_date, first, first_last, iso,
                               last_first, long, m2, md, n2, npi, out, people, phone, plus, slash, surname, tin,
                               tollfree, truth, usd, workday, yy)

FAMILY = ("rimefall_guides_health_trust_mountain_guides_climbing_instructors_season_days_eligibility_hoist_rescue_"
          "hyperbaric_frostbite_altitude_observation_and_guiding_injury_comp_first_refusals")
LANG = "en"
SEED = 355144
PLAN = "Rimefall Guides' Health Trust"
TPA = "Talusbrook Plan Services, LLC"
PLAN_ALT = [TPA, "Rimefall Guides Health Trust", "Talusbrook Plan Services"]
TPA_ALT = [PLAN, "Rimefall Guides Health Trust", "Talusbrook Plan Services"]
PLAN_ADDR = "P.O. Box 1188, Cairnbridge, CO 81224"
TPA_ADDR = "2200 Switchback Road, Suite 300, Cairnbridge, CO 81224"
PLAN_ID = "RGT-PPO-2"
SERVICES = {"cloudcap": ("Cloudcap Alpine Guides", "GS-1047"), "berg": ("Bergschrund Climbing School", "GS-1192"),
            "serac": ("Serac Line Mountaineering", "GS-1310"), "indep": ("Independent guides' group", "GS-0900")}
TOWNS = [("Cairnbridge", "CO", "81224"), ("Tarn Hollow", "CO", "81435"), ("Pikeview Notch", "WY", "83014"),
         ("Scree Fork", "MT", "59047"), ("Larch Basin", "ID", "83340")]
STREETS = ["Talus Way", "Ptarmigan Ct", "Avalanche Gulch Rd", "Moraine Dr", "Old Pass Rd", "Glissade Ln",
           "Cirque View Rd", "Hutment St"]
AIG = "Aiguille Sports Medicine & Orthopedics"
WOUND = "Couloir Creek Wound Care Clinic"
HELI = "Vertical Air Rescue, Inc."
HBO = "Cold Spur Hyperbaric Medicine"
HOSP = "Cornice Peak Regional Medical Center"
ASC = "Glacier Lily Orthopedic Surgery Center"
OON = "Bighorn Gap Youth Sports Clinic"
PT = "Cairnbridge Physical Therapy"
USED: set = set()


def member(rng) -> str:
    return "RGT" + digits(rng, 8)


def claim_no(rng, d: dt.date) -> str:
    """26 + day of year + a dash + six digits: 26061-448210"""
    return f"{d:%y}{d.timetuple().tm_yday:03d}-{digits(rng, 6)}"


def precert(rng) -> str:
    return f"PC{digits(rng, 7)}"


def addr(rng, name: str, town=None) -> list[str]:
    t, st, z = town or rng.choice(TOWNS)
    return [name, f"{rng.randint(12, 4980)} {rng.choice(STREETS)}", f"{t}, {st} {z}"]


def plan_head(p: EOSheet, rng, box: str | None = None, es: bool = False, size: float = 14.5):
    under = (["Para guías de montaña e instructores de escalada", f"Administrado por {TPA}"] if es else
             ["For mountain guides, climbing instructors and avalanche educators",
              f"Claims administered by {TPA}"])
    p.two_line_head("RIMEFALL GUIDES'", "HEALTH TRUST", under,
                    [PLAN_ADDR, f"{'Servicios al miembro' if es else 'Member services'} {tollfree(rng, '888')}",
                     f"Fax {phone(rng, '970')}", "TTY 711"], kind="ring", text="RG", size=size, box=box)


def tpa_head(p: EOSheet, rng, box: str | None = None):
    p.contractor_head("Talusbrook Plan Services", [f"Claims administrator for the {PLAN}", TPA_ADDR],
                      [TPA, f"Claims {tollfree(rng, '877')}", f"Fax {phone(rng, '970')}"], box=box, size=16,
                      spacing=1.0)


# ---------------------------------------------------------------------------------------------------------------
def born_family_eob(rng):
    """A statement in plain words: the son's visit to a clinic outside the network is not paid."""
    guide = people(rng, 1, "gu", sexes="F", used=USED)[0]
    spouse, son = people(rng, 2, "gu", sexes="MM", last=surname(guide), used=USED)
    doc1, doc3, ptist = people(rng, 3, "mw", sexes="MFF", used=USED)
    sub = member(rng)
    ids = {"g": f"{sub}-01", "s": f"{sub}-02", "k": f"{sub}-03"}
    svc, gno = SERVICES["cloudcap"]
    sd = workday(dt.date(2026, 4, rng.randint(20, 24)))
    d1 = workday(dt.date(2026, 2, rng.randint(9, 12)))
    pt_a = workday(dt.date(2026, 2, rng.randint(16, 18)))
    pt_b = workday(dt.date(2026, 3, rng.randint(9, 11)))
    d3 = workday(dt.date(2026, 3, rng.randint(14, 18)))
    d4 = workday(dt.date(2026, 3, rng.randint(23, 26)))
    c = [claim_no(rng, plus(d1, 8)), claim_no(rng, plus(pt_b, 7)), claim_no(rng, plus(d3, 12)),
         claim_no(rng, plus(d4, 6))]
    billed = 385.00
    stmt = f"ST-{digits(rng, 8)}"
    p = EOSheet(footer=None, ids_foot=f"{PLAN}  \u00b7  Subscriber {sub}  \u00b7  Statement {stmt}  \u00b7  "
                                      "page {n} of {nb}")
    p.set_margins(18, 15, 18)
    p.add_page()
    plan_head(p, rng, box="CLAIMS STATEMENT")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    yA = p.addr_block(addr(rng, guide), 10)
    yB = p.pipe_ids([(sub, "subscriber member no."), (gno, f"group \u00b7 {svc}"), (PLAN_ID, "plan"),
                     (long(sd), "statement date"), (stmt, "statement no.")], p.l_margin + W * 0.52, y0, W * 0.48,
                    size=9.2)
    p.set_y(max(yA, yB) + 5)
    p.f(13, "B")
    p.cell(0, 6, "Your family's claims, in plain words", new_x="LMARGIN", new_y="NEXT")
    p.para(f"This statement covers claims we finished between February 15 and April 15, 2026 for {guide} "
           f"(member -01), {spouse} (-02) and {son} (-03). It is not a bill. Keep it with the bills you get from "
           "your providers.", 9.4)
    items = [
        (f"Visit with Dr. {first_last(doc1)} at {AIG} on {long(d1)} \u2014 claim {c[0]} \u2014 paid",
         [f"This visit was for {first(guide)}'s right shoulder. The clinic billed $286.00 and the plan's allowed "
          "amount is $201.40.", "You paid your $40.00 copay at the visit and the plan paid the clinic $161.40."]),
        (f"Physical therapy for {first_last(spouse)} at {PT}, six visits from {long(pt_a)} through {long(pt_b)} "
         f"\u2014 claim {c[1]} \u2014 paid",
         [f"The therapist, {first_last(ptist)}, billed 744.00 and the allowed amount is 518.88.",
          f"The plan paid 415.10, which is 80 percent; {first(spouse)}'s share is 103.78."]),
        (f"Visit for {first_last(son)} at {OON} in Wapiti Flats, Wyoming, on {long(d3)} \u2014 claim {c[2]} "
         "\u2014 not paid",
         [f"{OON} is not in the plan's network. The plan pays for care outside the network only in an emergency, "
          "or when we approved the visit before it happened.",
          f"Dr. {first_last(doc3)} saw {first(son)} (member no. {ids['k']}) for a sprained wrist four days after a "
          "fall at a climbing gym. The visit was not an emergency, and no one asked us to approve it.",
          f"The clinic billed ${billed:,.2f}. The plan paid $0.00, and you may owe the clinic the full amount."]),
        (f"Blood tests for {first_last(guide)} ordered by Dr. {surname(doc1)}, drawn on {abbr(d4)} \u2014 claim "
         f"{c[3]} \u2014 paid",
         ["The lab billed $148.00. The plan paid $96.20, the full allowed amount, as preventive care."]),
    ]
    p.claim_paras(items, size=9.3)
    p.add_page()
    p.heading("Your plan year so far", 11, rule=True)
    yK = p.kv_box([("Deductible, each person", "$1,500.00"), (f"Met by {first(guide)}", "612.40"),
                   (f"Met by {first(spouse)}", "1,500.00"), (f"Met by {first(son)}", "0.00"),
                   ("Out-of-pocket limit, family", "$10,000.00")], p.l_margin, p.get_y(), W * 0.62, cap_w=58,
                  size=8.8, cap=8, h=5.6)
    p.set_y(yK + 5)
    p.cols([[("If you disagree with a decision",
              "You may appeal. Write to the plan within 180 days of the date of this statement and tell us which "
              "claim and why. Send any records that help, such as a note from the doctor. We will answer within "
              "30 days."),
             ("Finding a network provider",
              "Use the provider search at rimefall-trust.example or call member services. Network clinics are in "
              "every county where the guide services work.")],
            [("Your coverage next season",
              f"{svc} reported 52 field days for {first(guide)} in the winter season, so the family is covered for "
              "the summer season (June 1 through November 30, 2026)."),
             ("Emergencies far from home",
              "An emergency is covered anywhere, in or out of the network. Call member services within two working "
              "days after an emergency admission.")]], size=8.6)
    t = truth("eob", "out_of_network", insurer=PLAN, plan_id=PLAN_ID, group=gno, member_id=ids["k"],
              member_name=son, cases=[c[2]], claim_amount=m2(billed), service_dates=[iso(d3)], denial_date=iso(sd),
              provider=OON, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": PLAN_ALT, "member_id": [sub], "provider": [first_last(doc3)]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan_season_days(rng):
    """Winter season not earned: three wound-care visits for frostbite are not paid (eligibility)."""
    guide = people(rng, 1, "gu", sexes="M", used=USED)[0]
    nurse, clerk = people(rng, 2, "mw", sexes="FF", used=USED)
    mid_ = member(rng)
    svc, gno = SERVICES["berg"]
    visits = [workday(dt.date(2026, 1, d)) for d in (12, 19, 26)]
    ld = workday(dt.date(2026, 3, rng.randint(9, 12)))
    cno = claim_no(rng, plus(visits[-1], 9))
    lines = [(visits[0], "99213", "Office visit, established patient", 164.00),
             (visits[0], "97597", "Debridement of wound, first 20 sq cm", 238.00),
             (visits[1], "97597", "Debridement of wound, first 20 sq cm", 238.00),
             (visits[2], "97597", "Debridement of wound, first 20 sq cm", 238.00),
             (visits[2], "99213", "Office visit, established patient", 164.00)]
    tot = sum(x[3] for x in lines)
    p = EOSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 15, 20)
    p.add_page()
    tpa_head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    yA = p.addr_block(addr(rng, guide), 10)
    yB = p.pipe_ids([(mid_, "member no."), (gno, f"group \u00b7 {svc}"), (PLAN_ID, "plan"), (cno, "claim"),
                     (long(ld), "date of this letter")], p.l_margin + W * 0.5, y0, W * 0.5, size=9.2)
    p.set_y(max(yA, yB) + 6)
    p.subject_line(f"Bills from {WOUND}")
    p.para(f"Dear {first_last(guide)}:", 10)
    p.para(f"We received the bills from {WOUND} for the care of the frostbite on your left hand, from a personal "
           f"climbing trip on January 10. The clinic saw you on {long(visits[0])}, {long(visits[1])} and "
           f"{long(visits[2])}. The {PLAN} did not pay these bills, because you were not covered on those dates.",
           9.8)
    p.table(["Date", "Code", "Service", "Billed"], [[yy(d), c, w, n2(b)] for d, c, w, b in lines] +
            [["", "", "Total billed", usd(tot)]], [24, 20, 94, 32], size=8.8, aligns=["L", "L", "L", "R"],
            bold_last=True)
    p.heading("Why you were not covered", 10.8)
    p.para("A guide is covered for a season when the guide services he or she works for report at least 40 field "
           "days for the season before it. Coverage for the winter season (December 1 through May 31) is earned in "
           f"the summer season. {svc} reported 31 field days for you for the summer season, and no other guide "
           "service reported days for you. So your coverage ended at the end of November and did not start again "
           "for the winter.", 9.8)
    p.para("You may still buy coverage for the rest of the winter season. The self-pay rate is $587.00 a month; "
           "the form is on our website. Coverage you buy starts on the first day of the month after we get your "
           "payment, so it would not pay these January bills.", 9.6)
    p.heading("If you think the day count is wrong", 10.8)
    p.para(f"Ask {svc} to send us a corrected field-day report, and we will look at these claims again. You may also "
           "appeal. Write to us within 180 days of the date of this letter and send any logbook pages, trip "
           "reports or pay records that show more field days.", 9.6)
    p.ln(2)
    p.signers([clerk, "Eligibility Unit", TPA], [f"For the Board of Trustees, {PLAN}"], size=8.8)
    del nurse
    t = truth("denial_letter", "eligibility", insurer=TPA, plan_id=PLAN_ID, group=gno, member_id=mid_,
              member_name=guide, cases=[cno], claim_amount=m2(tot), service_dates=[iso(d) for d in visits],
              denial_date=iso(ld), provider=WOUND, appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": TPA_ALT})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxfine_hoist(rng):
    """Helicopter rescue EOB: the flight is paid, the hoist extraction (search and rescue) is not covered."""
    hus = people(rng, 1, "gu", sexes="M", used=USED)[0]
    wife = people(rng, 1, "gu", sexes="F", last=surname(hus), used=USED)[0]
    sub = member(rng)
    pat = f"{sub}-02"
    svc, gno = SERVICES["serac"]
    dos = dt.date(2026, 2, rng.randint(13, 16))
    ed = workday(plus(dos, rng.randint(34, 40)))
    cno = claim_no(rng, plus(dos, 15))
    sar = f"SAR-26-{digits(rng, 4)}"
    rows = [("A0431", "Rotary wing air transport, base rate", 14850.00, 11206.00, 8964.80, ""),
            ("A0436", "Rotary wing mileage, 22 loaded miles", 4290.00, 3564.00, 2851.20, ""),
            ("A0999", "Hoist extraction from the accident site", 6400.00, 0.00, 0.00, "X14")]
    tot = sum(r[2] for r in rows)
    p = EOSheet(footer="Page {n} of {nb}",
                fax_hdr=f"{yy(plus(ed, 2))} 10:{rng.randint(10, 59)}  FROM: RIMEFALL TRUST  TO: {last_first(hus)}"
                        "  P.{n}")
    p.set_margins(17, 15, 17)
    p.add_page()
    plan_head(p, rng, box="EXPLANATION OF BENEFITS", size=13.5)
    W = p.w - p.l_margin - p.r_margin
    p.form_boxes([[("1", "Subscriber member no.", sub, W * 0.27), ("1a", "Patient member no.", pat, W * 0.27),
                   ("2", "Group", gno, W * 0.2), ("3", "Plan", PLAN_ID, W * 0.26)],
                  [("4", "Claim number", cno, W * 0.27), ("5", "Date of this EOB", slash(ed), W * 0.27),
                   ("6", "Provider", HELI, W * 0.46)]], size=9, h=10)
    p.who_pair(("SUBSCRIBER", hus, [(sub, "member no."), (slash(dob(rng, 1979, 1985)), "born")]),
               ("PATIENT  \u00b7  this EOB is about", wife, [(pat, "member no."), (slash(dob(rng, 1981, 1988)),
                                                                                   "born")]))
    p.para(f"{HELI} flew {first_last(wife)} on {long(dos)} after a fall on the approach to a climb. The county "
           f"search and rescue team asked for the aircraft (mission {sar}). Here is what the plan paid.", 9.2)
    widths = [14, 17, 64, 24, 24, 24, 0]
    widths[-1] = W - sum(widths[:-1])
    p.table(["Date", "Code", "Service", "Billed", "Allowed", "Plan paid", "Note"],
            [[md(dos), c, w, n2(b), n2(a), n2(pd), nt] for c, w, b, a, pd, nt in rows] +
            [["", "", "Claim total", usd(tot), n2(sum(r[3] for r in rows)), usd(sum(r[4] for r in rows)), ""]],
            widths, size=8.4, aligns=["L", "L", "L", "R", "R", "R", "C"], bold_last=True)
    p.framed_note("X14  Search and rescue is not a covered service (Plan exclusion 14). This includes a hoist or "
                  "short-haul extraction that brings a person from the place where the person was found to the "
                  "aircraft. The flight from the place where the aircraft picked the patient up to the hospital is "
                  "covered as air ambulance, and we paid it at 80 percent of the allowed amount.", size=8.4)
    p.ln(2)
    share = sum(r[3] for r in rows) - sum(r[4] for r in rows)
    yK = p.kv_box([("Your share of the flight (20%)", usd(share)), ("Not covered (X14)", usd(rows[2][2])),
                   ("Total you may owe", usd(share + rows[2][2]))], p.l_margin, p.get_y(), W * 0.55, cap_w=58,
                  size=8.8, cap=8, h=5.6)
    p.set_y(yK + 4)
    p.para(f"Appeals: you or someone you name may appeal within 180 days of the date of this EOB. Write to "
           f"Appeals, {PLAN}, {PLAN_ADDR}. Questions: member services at the number above.", 8.6)
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=PLAN_ID, group=gno, member_id=pat, member_name=wife,
              cases=[cno], claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(ed), provider=HELI,
              appeal_deadline=iso(plus(ed, 180)),
              alternates={"insurer": PLAN_ALT, "member_id": [sub], "claim_amount": ["6400.00"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_remittance(rng):
    """Provider payment summary: ten patients; one line paid 0.00 under CO4 (modifier), told in the code list."""
    names = people(rng, 10, "gu", used=USED)
    docs = people(rng, 2, "mw", sexes="MF", used=USED)
    sd = workday(dt.date(2026, 5, rng.randint(18, 22)))
    base = dt.date(2026, 4, 13)
    groups = [SERVICES[k][1] for k in ("cloudcap", "berg", "serac", "indep", "cloudcap", "berg", "indep", "cloudcap",
                                       "serac", "berg")]
    plan = [
        [("99213", "", 1, 186.00, 128.40, 88.40, "")],
        [("99204", "", 1, 342.00, 236.10, 196.10, ""), ("73610", "RT", 1, 164.00, 61.80, 49.44, "")],
        [("99214", "", 1, 264.00, 182.30, 142.30, ""), ("29125", "LT", 1, 212.00, 118.60, 94.88, "")],
        [("20610", "RT", 1, 248.00, 96.40, 77.12, ""), ("J3301", "", 4, 36.00, 6.20, 4.96, "")],
        [("99213", "", 1, 186.00, 128.40, 88.40, ""), ("73110", "LT", 1, 138.00, 52.10, 41.68, "")],
        [("99203", "", 1, 248.00, 171.20, 131.20, ""), ("29515", "RT", 1, 196.00, 104.30, 83.44, "")],
        [("99214", "", 1, 264.00, 182.30, 142.30, ""), ("20550", "", 1, 188.00, 82.60, 66.08, "")],
        [("99213", "", 1, 186.00, 128.40, 88.40, ""), ("L3908", "", 1, 92.00, 58.10, 46.48, "")],
        [("99214", "25", 1, 264.00, 182.30, 142.30, ""), ("20611", "26", 1, 412.00, 0.00, 0.00, "CO4")],
        [("97110", "GP", 3, 168.00, 98.70, 78.96, ""), ("97140", "GP", 2, 104.00, 61.20, 48.96, "")],
    ]
    claims = []
    for k, lines in enumerate(plan):
        d = workday(plus(base, k * 2 + rng.randint(0, 1)))
        claims.append(dict(who=names[k], id=member(rng) + rng.choice(["-01", "-01", "-02", "-03"]), grp=groups[k],
                           no=claim_no(rng, plus(d, rng.randint(7, 12))), d=d, lines=lines, rend=docs[k % 2]))
    den = claims[8]
    head1 = "CLAIM NO.".ljust(13) + "PATIENT NAME".ljust(21) + "MEMBER NO./SUFX" + "GROUP".ljust(8) + "RENDERING"
    head2 = "  DOS      CPT/HCPC MOD UNITS  CHARGE ALLOWED PT RESP    PAID ADJ"
    out_lines = [head1, head2]
    tb = tp = 0.0
    for k, c in enumerate(claims):
        if k == 8:
            out_lines.append("\f")
        out_lines.append(f"{c['no']:<13}{last_first(c['who'])[:20]:<21}{c['id']:<15}{c['grp']:<8}"
                         f"{surname(c['rend']).upper()[:14]}")
        for code, mod, u, b, al, pd, adj in c["lines"]:
            adj = adj or "CO45"
            resp = al - pd
            out_lines.append(f"  {yy(c['d'])} {code:<8} {mod:<3} {u:>5} {b:>7.2f} {al:>7.2f} {resp:>7.2f} "
                             f"{pd:>7.2f} {adj}")
            tb += b
            tp += pd
        out_lines.append(f"{'':>16}CLAIM TOTAL{sum(x[3] for x in c['lines']):>17.2f}{'':>17}"
                         f"{sum(x[5] for x in c['lines']):>8.2f}")
        out_lines.append("")
    out_lines.append(f"{'':>16}SUMMARY TOTAL{tb:>15.2f}{'':>17}{tp:>8.2f}")
    den_total = sum(x[3] for x in den["lines"])
    psn = f"PS{digits(rng, 8)}"
    p = EOSheet(footer="Page {n} of {nb}",
                fax_hdr=f"{compact(plus(sd, 1))} 08:{rng.randint(10, 59)}  TALUSBROOK PLAN SVCS  "
                        f"{phone(rng, '970')}  PAGE {{n}} OF 2",
                every=f"Payment summary {psn}  \u00b7  {AIG}  \u00b7  {slash(sd)}  \u00b7  page {{n}}")
    p.set_margins(15, 15, 15)
    p.add_page()
    tpa_head(p, rng, box="PROVIDER PAYMENT SUMMARY")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    yA = p.addr_block([AIG, "Attn: Patient Accounts", "815 Bergfield Ave, Suite 210", "Cairnbridge, CO 81224"], 9.6)
    yB = p.pipe_ids([(psn, "payment summary"), (slash(sd), "date of this summary"), (tin(rng), "payee tax ID"),
                     (npi(rng), "group NPI"), (f"CHK {digits(rng, 7)}", "check"), (usd(tp), "amount paid")],
                    p.l_margin + W * 0.5, y0, W * 0.5, size=8.8)
    p.set_y(max(yA, yB) + 4)
    p.para(f"Claims for members of the {PLAN} (plan {PLAN_ID}) that we finished this week. Adjustment codes are "
           "claim adjustment group and reason codes; what they mean is listed at the end.", 8.6)
    p.mono_block(out_lines, size=7.4, bold={0, 1}, rule_after={1})
    p.ln(1)
    p.glossary("ADJUSTMENT CODES", [
        ("CO45", "The charge is more than the fee schedule or contracted amount. The provider may not bill the "
                 "patient for the difference."),
        ("CO4", "The procedure code is not consistent with the modifier billed, or a required modifier is "
                "missing. This line was not paid. Send a corrected claim with the right modifier."),
        ("CO97", "Included in the payment for another service on the same date."),
        ("PR1", "Deductible."), ("PR2", "Coinsurance."), ("PR3", "Copay.")], size=8.0, cols=1)
    p.para("A provider may ask for a review of a line within 90 days of the date of this summary. Corrected claims "
           "must reach us within 365 days of the date of service.", 8.2)
    t = truth("eob", "coding_error", insurer=TPA, plan_id=PLAN_ID, group=den["grp"], member_id=den["id"],
              member_name=den["who"], cases=[den["no"]], claim_amount=m2(den_total), service_dates=[iso(den["d"])],
              denial_date=iso(sd), provider=AIG, appeal_deadline=iso(plus(sd, 90)),
              alternates={"insurer": TPA_ALT, "claim_amount": ["412.00"], "provider": [den["rend"]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_es_hbo(rng):
    """Spanish precertification letter: hyperbaric oxygen for frostbite is still under study (experimental)."""
    guide = people(rng, 1, "es", sexes="M", used=USED)[0]
    doc, medrev = people(rng, 2, "mw", sexes="FM", used=USED)
    mid_ = member(rng)
    svc, gno = SERVICES["indep"]
    inj = dt.date(2026, 1, rng.randint(27, 30))
    recd = workday(plus(inj, 8))
    ld = workday(plus(recd, 3))
    a = workday(plus(ld, 4))
    b = plus(a, 25)
    pc = precert(rng)
    p = EOSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 15, 18)
    p.add_page()
    plan_head(p, rng, es=True, box="CARTA SOBRE SU PRECERTIFICACIÓN")
    W = p.w - p.l_margin - p.r_margin
    p.f(9.6)
    p.cell(0, 5, f"Fecha de esta carta: {es_date(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    yA = p.addr_block(addr(rng, guide), 10)
    p.set_y(yA + 4)
    yK = p.kv_box([("Número de miembro", mid_), ("Grupo", f"{gno} (guías independientes)"), ("Plan", PLAN_ID),
                   ("N.º de precertificación", pc), ("Tratamiento pedido", "Oxígeno hiperbárico, 20 sesiones (99183)"),
                   ("Fechas pedidas", f"{es_abbr(a)} al {es_abbr(b)}"), ("Centro que lo pidió", HBO),
                   ("Médica", f"Dra. {first_last(doc)}"), ("Recibimos el pedido", es_date(recd))],
                  p.l_margin, p.get_y(), W, cap_w=52, size=9, cap=8, h=5.8)
    p.set_y(yK + 4)
    p.para(f"Estimado(a) {first_last(guide)}:", 10)
    p.heading("Lo que decidimos", 11)
    p.para(f"No podemos aprobar las 20 sesiones de oxígeno hiperbárico que {HBO} pidió para usted. El plan "
           f"{PLAN} no pagará estas sesiones.", 9.8)
    p.heading("Por qué", 11)
    p.para(f"Usted tiene congelación en los dedos del pie derecho desde el {es_date(inj)}. El plan paga el oxígeno "
           "hiperbárico solo para las condiciones de su lista, como la intoxicación por monóxido de carbono o la "
           "enfermedad por descompresión. Para la congelación, este tratamiento todavía se considera en estudio: "
           "no hay pruebas suficientes de que mejore la curación o evite la pérdida de los dedos. Por eso el plan "
           "no lo cubre.", 9.8)
    p.para("El plan sí cubre las curaciones de las heridas, las medicinas y las visitas a su médica para tratar la "
           "congelación.", 9.8)
    p.heading("Si no está de acuerdo", 11)
    p.para("Puede apelar. Escríbanos dentro de 180 días a partir de la fecha de esta carta y envíe las notas o "
           "estudios que quiera que veamos. Si su salud corre peligro por esperar, pida una apelación rápida: la "
           "decidimos en 72 horas.", 9.6)
    p.para(f"Revisó: {medrev}, MD, médico revisor, {TPA}. Copia a: {HBO}.", 8.8)
    t = truth("denial_letter", "experimental", insurer=PLAN, plan_id=PLAN_ID, group=gno, member_id=mid_,
              member_name=guide, cases=[pc], service_dates=[f"{iso(a)}/{iso(b)}"], denial_date=iso(ld),
              provider=HBO, appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": PLAN_ALT, "provider": [first_last(doc)], "service_dates": [[iso(a)]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_comp_first(rng):
    """A fall while leading clients for a guide service: workers' compensation first (other)."""
    guide = people(rng, 1, "gu", sexes="F", used=USED)[0]
    surgeon, clerk = people(rng, 2, "mw", sexes="MF", used=USED)
    mid_ = member(rng) + "-01"
    svc, gno = SERVICES["cloudcap"]
    inj = dt.date(2026, 5, rng.randint(14, 17))
    out_d = plus(inj, 2)
    ld = workday(plus(out_d, rng.randint(30, 35)))
    cno = claim_no(rng, plus(out_d, 12))
    wc = f"WC-26-{digits(rng, 6)}"
    lines = [("0450", "Emergency room", 3184.00), ("0360", "Operating room services", 14620.00),
             ("0370", "Anesthesia", 4218.60), ("0278", "Implants (plate and screws)", 9862.00),
             ("0120", "Room and board, 2 days", 5640.00), ("0250", "Pharmacy", 893.00)]
    tot = sum(x[2] for x in lines)
    p = EOSheet(footer="Page {n} of {nb}")
    p.set_margins(19, 15, 19)
    p.add_page()
    plan_head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    yA = p.addr_block(addr(rng, guide), 10)
    p.set_y(yA + 5)
    p.tab_boxes([("Date of this letter", long(ld), W * 0.27), ("Member no.", mid_, W * 0.26),
                 ("Claim no.", cno, W * 0.23), ("Group", gno, W * 0.24)], size=9.2)
    p.subject_line(f"The hospital bill for your ankle surgery at {HOSP}")
    p.para(f"Dear {first_last(guide)}:", 10)
    p.para(f"{HOSP} sent us its bill for your care from {slash(inj)} to {slash(out_d)}: the emergency room, the "
           f"surgery Dr. {first_last(surgeon)} did to fix your broken right ankle, and two days in the hospital.",
           9.8)
    p.table(["Rev.", "Service", "Charges"], [[c, w, n2(b)] for c, w, b in lines] + [["", "Total charges", usd(tot)]],
            [20, 110, 40], size=8.8, aligns=["L", "L", "R"], bold_last=True)
    p.para(f"The ambulance report and the emergency room notes say that you fell while leading two clients on a "
           f"climb for {svc}. You were working for pay when you were hurt. The {PLAN} does not pay for an injury "
           "that happens on a paid guiding job when workers' compensation covers it. "
           f"{svc} carries workers' compensation with Hollowtop Mutual Casualty, and the hospital should send "
           f"its bill there first (their claim number for your injury is {wc}).", 9.8)
    p.para("If the workers' compensation carrier says it will not pay, send us a copy of its letter and we will look "
           "at this bill again. If you were not working when you fell, tell us; a short note from the guide service "
           "is enough.", 9.8)
    p.para("You may also appeal this decision. Write to us within 180 days of the date of this letter.", 9.8)
    p.ln(2)
    p.signers([clerk, "Claims Review", f"{TPA}, for the {PLAN}"], [f"cc: {HOSP}"], size=8.8)
    t = truth("denial_letter", "other", insurer=PLAN, plan_id=None, group=gno, member_id=mid_, member_name=guide,
              cases=[cno], claim_amount=m2(tot), service_dates=[f"{iso(inj)}/{iso(out_d)}"], denial_date=iso(ld),
              provider=HOSP, appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": PLAN_ALT, "service_dates": [[iso(inj)]], "provider": [first_last(surgeon)]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    """Stack: an ACL reconstruction approved (nothing denied), then a HAPE admission approved only as observation."""
    # 1) the approval
    inst = people(rng, 1, "gu", sexes="M", used=USED)[0]
    surg, nurse = people(rng, 2, "mw", sexes="FF", used=USED)
    mid1 = member(rng) + "-01"
    svc1, g1 = SERVICES["berg"]
    recd = workday(dt.date(2026, 6, rng.randint(15, 17)))
    nd = workday(plus(recd, 2))
    sdate = workday(plus(nd, rng.randint(12, 16)))
    pc1 = precert(rng)
    p = EOSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 15, 18)
    p.add_page()
    plan_head(p, rng, box="PRECERTIFICATION APPROVED")
    W = p.w - p.l_margin - p.r_margin
    yA = p.addr_block(addr(rng, inst), 10)
    p.set_y(yA + 5)
    p.form_boxes([[("A", "Member", inst, W * 0.36), ("B", "Member no.", mid1, W * 0.32),
                   ("C", "Group", g1, W * 0.32)],
                  [("D", "Precertification no.", pc1, W * 0.36), ("E", "Date of this letter", long(nd), W * 0.32),
                   ("F", "Surgery date", slash(sdate), W * 0.32)],
                  [("G", "Approved service", "ACL reconstruction, arthroscopic (29888)", W * 0.6),
                   ("H", "Place", "Outpatient surgery center", W * 0.4)]], size=9, h=10.5)
    p.para(f"Dear {first_last(inst)}:", 10)
    p.para(f"We approved the surgery that Dr. {first_last(surg)} asked for on {long(recd)}: reconstruction of the "
           f"anterior cruciate ligament of your left knee, at {ASC} on {long(sdate)}. The approval is good for 60 "
           "days from the surgery date shown, in case the date changes.", 9.8)
    p.para("What you will pay: your deductible and coinsurance as for any outpatient surgery in the network. This "
           "letter is not a promise of payment; the claim will be paid under the plan's terms and your coverage on "
           f"the date of the surgery. {svc1} has reported enough field days for you to be covered for the summer "
           "season.", 9.6)
    p.para("Physical therapy after the surgery: the first 12 visits do not need approval. Ask your therapist to call "
           "us before visit 13.", 9.6)
    p.ln(1)
    p.signers([nurse, "RN, Utilization Management", f"{TPA}, for the {PLAN}"], [f"cc: Dr. {first_last(surg)}", ASC],
              size=8.8)
    d1 = (out(p), truth("other", None, insurer=PLAN, plan_id=None, group=g1, member_id=mid1, member_name=inst,
                        cases=[pc1], service_dates=[iso(sdate)], denial_date=iso(nd), provider=ASC,
                        alternates={"insurer": PLAN_ALT, "provider": [first_last(surg)], "case_numbers": [[]],
                                    "service_dates": [[]]}))

    # 2) HAPE admission approved only as observation care
    guide = people(rng, 1, "gu", sexes="F", used=USED)[0]
    er_doc, medrev = people(rng, 2, "mw", sexes="MM", used=USED)
    mid2 = member(rng) + "-01"
    svc2, g2 = SERVICES["serac"]
    a0 = dt.date(2026, 7, rng.randint(6, 9))
    a1 = plus(a0, 1)
    asked = a1
    nd2 = workday(plus(a1, 2))
    ref = f"UM-{digits(rng, 7)}"
    q = EOSheet(footer="Page {n} of {nb}", run_hdr=f"{guide}  \u00b7  Review {ref}  \u00b7  page {{n}} of {{nb}}")
    q.set_margins(18, 15, 18)
    q.add_page()
    plan_head(q, rng, box="NOTICE OF REVIEW DECISION")
    Wq = q.w - q.l_margin - q.r_margin
    y0 = q.get_y()
    yA = q.addr_block(addr(rng, guide), 10)
    yB = q.pipe_ids([(mid2, "member no."), (g2, f"group \u00b7 {svc2}"), (ref, "review no."),
                     (dd_mon(nd2), "date of this notice")], q.l_margin + Wq * 0.52, y0, Wq * 0.48, size=9.2)
    q.set_y(max(yA, yB) + 6)
    q.subject_line("Your hospital stay: approved as observation care")
    q.para(f"Dear {first_last(guide)}:", 10)
    q.para(f"{HOSP} asked us on {long(asked)} to approve an inpatient admission for you from {long(a0)} to "
           f"{long(a1)}. You came to the emergency room with high-altitude pulmonary edema after a guided ascent, "
           f"and Dr. {first_last(er_doc)} kept you in the hospital for oxygen and monitoring.", 9.8)
    q.heading("What we decided", 11)
    q.para("We approved your stay as observation care, not as an inpatient admission. Observation care is a "
           "hospital outpatient service: you stay in a hospital bed while the doctors decide whether you need to be "
           "admitted. The plan pays it under your outpatient benefit.", 9.8)
    q.heading("Why", 11)
    q.para("Your records show that your oxygen level came back to normal within 12 hours on oxygen at the lower "
           "altitude of the hospital, that you needed no medicine through a vein and no breathing machine, and that "
           "the doctors were watching to see that you stayed well. That is the kind of care the plan's criteria "
           "place in observation. An inpatient admission is approved when a person needs hospital care that is "
           "expected to last past two midnights or care that can only be given to an admitted patient.", 9.8)
    q.add_page()
    q.heading("What this means for your bill", 10.8)
    q.para("The hospital will bill the stay as outpatient observation care. Your outpatient coinsurance applies "
           "instead of the inpatient copay. You do not have to do anything unless you disagree.", 9.6)
    q.heading("If you disagree", 10.8)
    q.para(f"You, Dr. {surname(er_doc)} or the hospital may appeal within 180 days of the date of this notice. Send "
           f"your appeal to Appeals, {PLAN}, {PLAN_ADDR}, or fax it to the number above. If waiting would harm your "
           "health, ask for a fast appeal; we decide those within 72 hours. After our appeal decision you may ask "
           "for an external review by an independent reviewer within 4 months.", 9.6)
    q.ln(2)
    q.signers([medrev, "MD, Medical Director's reviewer", TPA], [f"cc: {HOSP}", f"Dr. {first_last(er_doc)}"],
              size=8.8)
    d2 = (out(q), truth("denial_letter", "level_of_care", insurer=PLAN, group=g2, member_id=mid2, member_name=guide,
                        cases=[ref], service_dates=[f"{iso(a0)}/{iso(a1)}"], denial_date=iso(nd2), provider=HOSP,
                        appeal_deadline=iso(plus(nd2, 180)),
                        alternates={"insurer": PLAN_ALT, "provider": [first_last(er_doc)],
                                    "service_dates": [[iso(a0)]]}))
    return [d1, d2]


# ---------------------------------------------------------------------------------------------------------------
def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    return [
        Item(f"{f}_bd_narrative_family_eob_son_oon", "born_digital", [born_family_eob(rng)]),
        Item(f"{f}_scan_season_days_short_frostbite", "scan_clean_300", [scan_season_days(rng)]),
        Item(f"{f}_faxfine_hoist_rescue_eob", "fax_fine_g4", [faxfine_hoist(rng)]),
        Item(f"{f}_faxstd_remittance_modifier_co4", "fax_standard_g4", [faxstd_remittance(rng)]),
        Item(f"{f}_phone_es_precert_hiperbarica", "phone_photo", [phone_es_hbo(rng)]),
        Item(f"{f}_lowres_guiding_fall_comp_first", "scan_lowres_150", [lowres_comp_first(rng)]),
        Item(f"{f}_faxstd_stack_acl_then_hape_obs", "fax_standard_g4", faxstd_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
