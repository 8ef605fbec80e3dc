"""An invented health plan for smokejumpers, wildland firefighters, helitack, engine and hotshot crews: the Ember
Saddle Wildland Crews Health Plan (Board of Trustees of the Ember Saddle Wildland Crews Health & Welfare Trust;
sponsored by invented private wildland fire contractors), with claims, reviews and remittances by the invented
administrator Hollowpine Benefit Administrators, LLC. Invented rules: coverage starts at crew check-in for the fire
season and runs to the last day of the month after the crew member's release; 520 season hours earn winter "bridge"
coverage to the next season, otherwise a self-payment offer; an injury on an incident or during an employer-required
fitness test (the work capacity "pack test") goes first to the employer's workers' compensation carrier;
non-emergency care only in the Timberline Care Network; small burns are grafted as outpatient surgery unless the
review finds a stay needed; hyperbaric oxygen is covered only for the listed conditions (carbon monoxide poisoning
with set findings, not smoke inhalation alone); cosmetic removal of skin growths is excluded; member appeals within
180 days, provider appeals within 60 days, a second-level appeal within 60 days of a first-level decision. Plan IDs
ES-SJ (smokejumpers and helitack), ES-HC (hotshot and hand crews), ES-EN (engine crews); employer groups "G-" + four
digits; member numbers "ES" + enrollment year + "-" + six digits, a dependant's with "/01", "/02", ... Every
employer, person, clinic, hospital, number, amount and address is invented; real towns of the northern Rockies with
invented streets; phones 555; CPT/HCPCS codes as themselves.

Documents (8 in 7 files):
- bd_family_eob_spouse_skin_tags_cx4: a born-digital two-page family EOB under a flame mark and the plan's name on
  two lines, headed by the participant; the claim lines run on to page 2 with no heading; the spouse's skin tag
  removal there pays 0.00 under CX4 (cosmetic), told only in the key; her name only in the small patient column.
- faxstd_burn_graft_outpatient_not_inpatient: a standard-fax pre-service decision on the administrator's letterhead
  (its name big, the plan small): skin graft of a forearm burn approved as outpatient surgery, the planned 3-day stay
  not; captions left of their boxes.
- faxstd_remittance_pack_test_comp_first: a standard-fax two-page provider remittance on the administrator's
  letterhead: six crew members' claims, the table runs on to page 2 without a heading; one claim (an ankle hurt on
  the employer's pack test) refused under WC2 (workers' compensation first), told only in the code list.
- lowres_winter_bridge_hours_short: a 150 dpi letter (initials in a ring beside the plan's name on two lines): an
  urgent care visit in February when bridge coverage was not earned (412.5 of 520 hours), plain words.
- phone_es_rehabilitacion_pulmonar_fuera_de_la_red: a photographed Spanish letter to a participant about his wife's
  six pulmonary rehabilitation sessions at a center outside the network.
- rotated_hyperbaric_oxygen_smoke_unproven: a letter fed turned, two columns of prose and a running footer:
  hyperbaric oxygen after smoke from a cabin fire is not a proven treatment without carbon monoxide poisoning.
- faxfine_stack_hospital_statement_then_ct_appeal_upheld: a fine-fax stack: a generic cover sheet, the hospital's
  statement for a chest CT (denies nothing) and the plan's two-page first-level appeal decision keeping the refusal
  of the repeat CT as not needed (page 2 upside down; second-level appeal within 60 days of the date of the letter).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounden_famnf import (ENSheet, digits, dmy_long, es_date, first_last, iso, last_comma, last_first, long, m2,
                               n2, npi, out, people, phone, plain, plus, slash, surname, tin, tollfree, truth,
                               workday)

FAMILY = ("ember_saddle_wildland_crews_health_plan_smokejumpers_hotshots_fire_season_eligibility_burn_unit_level_"
          "comp_first_and_smoke_inhalation_refusals")
LANG = "en"
SEED = 355135
PLAN = "Ember Saddle Wildland Crews Health Plan"
TRUST = "Ember Saddle Wildland Crews Health & Welfare Trust"
TPA = "Hollowpine Benefit Administrators, LLC"
PLAN_ALT = ["Ember Saddle Wildland Crews Health Plan", "Ember Saddle", TRUST, TPA, "Hollowpine Benefit Administrators",
            "Hollowpine"]
TPA_ALT = ["Hollowpine Benefit Administrators", "Hollowpine", PLAN, "Ember Saddle"]
TRUST_ADDR = "Trust Office, 2150 Ponderosa Loop, Suite 410, Boise, ID 83705"
TPA_ADDR = "P.O. Box 5218, Missoula, MT 59806"
NETWORK = "Timberline Care Network"
SJ, HC, EN = "ES-SJ", "ES-HC", "ES-EN"
EMP = {"sj": ("Jumpspot Meadow Smokejumper Base, LLC", "G-7162", SJ),
       "hc": ("Lodgepole Draw Hotshots, Inc.", "G-7219", HC),
       "en": ("Granite Lookout Fire Services, Inc.", "G-7104", EN)}
USED: set = set()
TOWNS = [("Missoula", "MT", "59801"), ("Hamilton", "MT", "59840"), ("McCall", "ID", "83638"),
         ("Salmon", "ID", "83467"), ("Grangeville", "ID", "83530"), ("Darby", "MT", "59829"),
         ("Dillon", "MT", "59725"), ("Stanley", "ID", "83278")]
STREETS = ["Tamarack Flats Rd", "Jumpers Ln", "Drip Torch Way", "Pulaski Ct", "Larch Hollow Rd", "Fireline Dr",
           "Bitterroot Bench Rd", "Smoke Chaser Trl"]


def mid(rng, yr: int | None = None) -> str:
    return f"ES{yr or rng.randint(14, 25)}-{digits(rng, 6)}"


def dep(m: str, n: int) -> str:
    return f"{m}/{n:02d}"


def claim_no(rng, d: dt.date) -> str:
    return f"HP{d:%y%m}{digits(rng, 6)}"


def addr(rng, name: str) -> list[str]:
    t, st, z = rng.choice(TOWNS)
    return [name, f"{rng.randint(14, 9880)} {rng.choice(STREETS)}", f"{t}, {st} {z}"]


def plan_head(p: ENSheet, rng, kind: str = "flame", text: str = "", box: str | None = None, under=None,
              size: float = 14.5):
    p.two_line_head("EMBER SADDLE", "WILDLAND CREWS HEALTH PLAN",
                    under or ["for smokejumpers, hotshot, helitack and engine crews",
                              f"administered by {TPA}"],
                    [TRUST_ADDR.split(", ", 1)[1], f"Member services {tollfree(rng, '866')}", "TTY 711",
                     "embersaddleplan.example"], kind=kind, text=text, size=size, box=box)


def tpa_head(p: ENSheet, rng, box: str, extra: str):
    p.contractor_head("Hollowpine Benefit Administrators", [f"{PLAN},", f"administered by {TPA}", extra],
                      [TPA, TPA_ADDR, f"Provider services {tollfree(rng, '855')}", f"Fax {phone(rng, '406')}"],
                      box=box)


# ---------------------------------------------------------------------------------------------------------------
def born_family_eob(rng):
    sub = people(rng, 1, "wf", sexes="M", used=USED)[0]
    spouse, kid1, kid2 = people(rng, 3, "wf", sexes="FMF", last=surname(sub), used=USED)
    uc, derm, ped, pt_ = people(rng, 4, "dr", sexes="MFMF", used=USED)
    m = mid(rng, 19)
    emp, grp, pl = EMP["sj"]
    sd = workday(dt.date(2026, 6, rng.randint(22, 26)))
    d1 = workday(dt.date(2026, 5, rng.randint(4, 8)))
    d2 = workday(plus(d1, rng.randint(9, 12)))
    d3 = workday(plus(d2, rng.randint(6, 9)))
    d4 = workday(plus(d3, rng.randint(5, 8)))
    d5 = plus(d4, 2)
    claims = [
        dict(who=sub, id=m, prov="Rattlesnake Creek Urgent Care", rend=f"{uc}, PA-C", lines=[
            (d1, "99213", "Urgent care visit", 184.00, 118.40, 78.40, 40.00, "U1"),
            (d1, "12002", "Repair of cut, 3.1 cm", 262.00, 146.25, 117.00, 29.25, "K8")]),
        dict(who=kid1, id=dep(m, 2), prov="Clark Fork Pediatrics", rend=f"{ped}, M.D.", lines=[
            (d3, "99393", "Well child visit, age 5-11", 228.00, 162.10, 162.10, 0.00, "W0"),
            (d3, "90715", "Tdap vaccine", 74.00, 48.60, 48.60, 0.00, "W0")]),
        dict(who=sub, id=m, prov="Rattlesnake Creek Urgent Care", rend=f"{uc}, PA-C", lines=[
            (plus(d1, 10), "99212", "Suture removal visit", 128.00, 82.60, 42.60, 40.00, "U1")]),
        dict(who=kid1, id=dep(m, 2), prov="Clark Fork Pediatrics", rend=f"{ped}, M.D.", lines=[
            (plus(d3, 12), "99213", "Sick visit", 176.00, 112.30, 72.30, 40.00, "S2"),
            (plus(d3, 12), "87880", "Strep test, rapid", 42.00, 16.90, 16.90, 0.00, "K8")]),
        dict(who=kid2, id=dep(m, 3), prov="Bitterroot Physical Therapy", rend=f"{pt_}, DPT", lines=[
            (plus(d4, -9), "97161", "PT evaluation, low complexity", 198.00, 104.80, 83.84, 20.96, "K8"),
            (plus(d4, -9), "97110", "Therapeutic exercise x 2", 132.00, 66.40, 53.12, 13.28, "K8"),
            (plus(d4, -7), "97110", "Therapeutic exercise x 2", 132.00, 66.40, 53.12, 13.28, "K8")]),
        dict(who=spouse, id=dep(m, 1), prov="Big Hole Dermatology", rend=f"{derm}, M.D.", lines=[
            (d2, "99213", "Office visit", 196.00, 121.70, 81.70, 40.00, "S2"),
            (d2, "11200", "Removal of skin tags, up to 15", 285.00, 0.00, 0.00, 285.00, "CX4")]),
        dict(who=kid2, id=dep(m, 3), prov="Bitterroot Physical Therapy", rend=f"{pt_}, DPT", lines=[
            (d4, "97110", "Therapeutic exercise x 2", 132.00, 66.40, 53.12, 13.28, "K8"),
            (d5, "97110", "Therapeutic exercise x 2", 132.00, 66.40, 53.12, 13.28, "K8"),
            (d5, "97140", "Manual therapy", 88.00, 44.10, 35.28, 8.82, "K8")]),
    ]
    for c in claims:
        c["no"] = claim_no(rng, plus(c["lines"][-1][0], rng.randint(4, 9)))
    den = claims[5]
    rows = []
    tot = [0.0] * 4
    for k, c in enumerate(claims):
        rows.append(("span", f"Claim {c['no']}    {c['prov']}    {c['rend']}    member no. {c['id']}"))
        for j, (d, code, what, b, al, pd, owe, note) in enumerate(c["lines"]):
            if k == 5 and j == 1:
                rows.append(("break",))
            rows.append([d.strftime("%m/%d/%y"), c["who"], code, what, n2(b), n2(al), n2(pd), n2(owe), note])
            tot = [t + v for t, v in zip(tot, (b, al, pd, owe))]
        rows.append(("bold", ["", "", "", "Claim total", *[n2(sum(x[i] for x in c["lines"])) for i in (3, 4, 5, 6)],
                              ""]))
        rows.append(("gap",))
    rows.append(("bold", ["", "", "", "Totals, this statement", *[n2(v) for v in tot], ""]))
    den_total = sum(x[3] for x in den["lines"])
    p = ENSheet(footer="Page {n} of {nb}", ids_foot=f"Participant {m}  \u00b7  Group {grp}  \u00b7  Plan {pl}  "
                                                    f"\u00b7  Statement {sd.isoformat()}")
    p.set_margins(14, 14, 14)
    p.add_page()
    plan_head(p, rng, kind="flame", box="EXPLANATION OF BENEFITS")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in addr(rng, sub):
        p.line(ln, 9.8)
    y1 = p.get_y()
    y2 = p.caption_right([("statement date", sd.isoformat()), ("participant", sub), ("member no.", m),
                          ("plan", pl), ("group", grp), ("employer", emp)], p.l_margin + W * 0.46, y0, W * 0.54,
                         size=8.6)
    p.set_y(max(y1, y2) + 4)
    p.f(8.4, "B")
    p.cell(0, 4.4, "THIS IS NOT A BILL", new_x="LMARGIN", new_y="NEXT")
    p.para(f"This statement lists claims the {PLAN} processed for you and the family members on your coverage. Each "
           "line shows the family member who got the care. Pay a provider no more than the amount under \"Your "
           "share\".", 8.2)
    yb = p.get_y()
    p.set_y(yb)
    p.money_box("Your family's 2026 deductible", [("Per person", "$500.00"), ("Family", "$1,000.00"),
                                                  ("Met so far", "$612.40")], w=W * 0.32, size=8.2)
    p.set_y(yb)
    p.money_box("This statement", [("Billed", n2(tot[0])), ("Plan paid", n2(tot[2])), ("Your share", n2(tot[3]))],
                x=p.l_margin + W * 0.34, w=W * 0.32, size=8.2)
    p.set_y(yb)
    p.money_box("Fire season 2026", [("Crew check-in", "04/27/26"), ("Season hours to date", "318.0"),
                                     ("Bridge needs", "520 hours")], x=p.l_margin + W * 0.68, w=W * 0.32, size=8.2)
    p.set_y(yb + 26)
    widths = [W * k / 100 for k in (8, 17, 7, 24, 9, 9, 9, 10, 7)]
    p.flow_table(["Date", "Patient", "Code", "Service", "Billed", "Allowed", "Plan paid", "Your share", "Note"],
                 widths, ["L", "L", "L", "L", "R", "R", "R", "R", "L"], rows, size=7.0, row_h=4.2, foot_room=22,
                 top_gap=1)
    p.legend_two("Notes", [
        ("U1", "Urgent care copay of $40.00."),
        ("S2", "Specialist copay of $40.00."),
        ("K8", "Paid at 80% after the deductible."),
        ("W0", "Preventive care, paid in full."),
        ("CX4", "Removing skin growths that cause no symptoms is cosmetic. The Plan doesn't pay for it, and the "
                "amount is yours to pay."),
        ("WC2", "Injury at work or on a required fitness test: the employer's workers' compensation carrier pays "
                "first."),
        ("TN3", f"Provider outside the {NETWORK}; not an emergency."),
        ("BR1", "No bridge coverage on this date.")], size=7.2, tag_w=10)
    p.cols([[("Questions or disagree?", "Call member services. You may appeal any line within 180 days of the "
                                        "date of this statement. Write to the Appeals Committee, "
                                        f"{TRUST}, {TRUST_ADDR.split(', ', 1)[1]}, and include the claim number.")],
            [("Season and bridge", "Your coverage for this fire season began at crew check-in. Hours worked this "
                                   "season count toward winter bridge coverage; a worked example is in your plan "
                                   "booklet (e.g., 480 hours plus 40 make 520).")]], size=7.6)
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=pl, group=grp, member_id=den["id"], member_name=spouse,
              cases=[den["no"]], claim_amount=m2(den_total), service_dates=[iso(d2)], denial_date=iso(sd),
              provider=den["prov"], appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": PLAN_ALT, "claim_amount": ["285.00"], "provider": [derm], "member_id": [m]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def fax_burn_level(rng):
    pt = people(rng, 1, "wf", sexes="M", used=USED)[0]
    surg, md_, nurse = people(rng, 3, "dr", sexes="FMF", used=USED)
    m = mid(rng)
    emp, grp, pl = EMP["hc"]
    burn = workday(dt.date(2026, 6, rng.randint(1, 4)))
    recd = workday(plus(burn, rng.randint(3, 5)))
    nd = workday(plus(recd, 2))
    planned = workday(plus(nd, rng.randint(4, 7)))
    rv = f"UR{nd:%y%m%d}-{digits(rng, 3)}"
    center = "Clearwater Ridge Regional Burn Center"
    p = ENSheet(footer=None, fax_hdr=f"{nd:%m/%d/%Y} 15:{rng.randint(10, 59)}  FROM HOLLOWPINE UR  "
                                     f"{phone(rng, '406')}  TO {phone(rng, '208')}  P 1/1")
    p.set_margins(17, 14, 17)
    p.add_page()
    tpa_head(p, rng, "PRE-SERVICE DECISION", "Utilization review")
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("To", f"{surg}, M.D., {center}", W * 0.74, "L"), ("Date", slash(nd), W * 0.26, "L")], size=9.4)
    p.capcells([("Patient", pt, W * 0.42, "L"), ("Member no.", m, W * 0.32, "L"), ("Plan", pl, W * 0.26, "L")],
               size=9.6)
    p.capcells([("Group", grp, W * 0.26, "L"), ("Review no.", rv, W * 0.38, "L"),
                ("Request received", slash(recd), W * 0.36, "L")], size=9.6)
    p.capcells([("Asked for", "Inpatient stay, 3 days, for excision and skin graft (15100, 15002)", W, "L")],
               size=9.4)
    p.capcells([("Planned admission", slash(planned), W * 0.4, "L"), ("Burn center case", f"PRBC-{digits(rng, 6)}",
                                                                       W * 0.6, "L")], size=9.4)
    p.decision_boxes("Decision", [(False, "Approved as asked"),
                                  (True, "Surgery approved as outpatient surgery; the hospital stay is not approved"),
                                  (False, "Pending: more information needed")], size=9.2)
    p.para(f"What we looked at: your notes of {slash(recd)} and the photos. {first_last(pt)} burned his left "
           f"forearm on {long(burn)} while burning slash piles at home (not on an incident). The deep part of the "
           "burn is about 3% of his body, with no burn to the hand, face or joints, and he is eating, walking and "
           "caring for the wound at home.", 9.4)
    p.para("Why: the graft can be done safely the same day in the burn center's outpatient surgery suite, with "
           "dressing checks in its burn clinic. Nothing in the notes shows a need for nursing care overnight. The "
           "Plan will pay for the surgery and the clinic visits, but it won't pay for a hospital stay for this "
           "surgery. If something changes after surgery and he needs to stay, call us that day.", 9.4)
    p.para(f"Reviewed by {md_}, M.D., general surgery (Montana license MED-{digits(rng, 5)}); review nurse {nurse}, "
           "RN. To talk with the reviewer, call provider services within 5 business days.", 9.0)
    p.para("Appeal: the patient, or you for him, may appeal within 180 days of the date of this notice. For an "
           "urgent appeal we decide within 72 hours. A copy has been mailed to the patient.", 9.0)
    p.set_y(p.h - 24)
    p.f(7.0)
    p.multi_cell(0, 3.2, "Confidential health information for the office named above. If you got this fax by "
                         "mistake, call us and destroy it.", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "level_of_care", insurer=TPA, plan_id=pl, group=grp, member_id=m, member_name=pt,
              cases=[rv], service_dates=[iso(planned)], denial_date=iso(nd), provider=surg,
              appeal_deadline=iso(plus(nd, 180)), alternates={"insurer": TPA_ALT, "provider": [center]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def fax_remittance(rng):
    crew = people(rng, 7, "wf", used=USED)
    docs = people(rng, 2, "dr", sexes="MF", used=USED)
    sd = workday(dt.date(2026, 7, rng.randint(13, 17)))
    clinic = "Copper Basin Occupational & Urgent Care"
    base = dt.date(2026, 6, 8)
    emp_keys = ["hc", "en", "sj", "hc", "en", "sj", "hc"]
    plans = [
        [("99213", 1, 184.00, 118.40, 78.40, "")],
        [("99214", 1, 248.00, 162.30, 122.30, ""), ("94640", 1, 64.00, 31.20, 31.20, "")],
        [("99213", 1, 184.00, 118.40, 78.40, ""), ("J1885", 2, 38.00, 6.40, 6.40, "")],
        [("99203", 1, 226.00, 141.80, 101.80, ""), ("96360", 1, 192.00, 88.70, 88.70, ""),
         ("J7050", 2, 44.00, 9.10, 9.10, "")],
        [("99213", 1, 184.00, 118.40, 78.40, "")],
        [("99213", 1, 184.00, 118.40, 78.40, ""), ("94010", 1, 88.00, 37.60, 37.60, "")],
        [("99204", 1, 318.00, 0.00, 0.00, "WC2"), ("73610", 1, 146.00, 0.00, 0.00, "WC2"),
         ("L4361", 1, 212.00, 0.00, 0.00, "WC2")],
    ]
    claims = []
    for k, lines in enumerate(plans):
        d = workday(plus(base, k * 2 + rng.randint(0, 1)))
        emp, grp, pl = EMP[emp_keys[k]]
        claims.append(dict(who=crew[k], id=mid(rng), grp=grp, pl=pl, d=d, lines=lines,
                           no=claim_no(rng, plus(d, rng.randint(6, 10))), acct=f"CB{digits(rng, 6)}",
                           rend=docs[k % 2]))
    den = claims[6]
    rows = []
    tb = tp = 0.0
    for k, c in enumerate(claims):
        if k == 6:
            rows.append(("break",))
        rows.append(("span", f"{last_first(c['who'])}  Mbr {c['id']}  Grp {c['grp']}  Plan {c['pl']}  "
                             f"Claim {c['no']}  Acct {c['acct']}"))
        for code, u, b, al, pd, rs in c["lines"]:
            rows.append([c["d"].strftime("%m/%d/%y"), code, str(u), n2(b), n2(al), n2(pd), rs, c["rend"]])
            tb += b
            tp += pd
        rows.append(("bold", ["", "CLAIM", "", n2(sum(x[2] for x in c["lines"])), n2(sum(x[3] for x in c["lines"])),
                              n2(sum(x[4] for x in c["lines"])), "", ""]))
        rows.append(("gap",))
    rows.append(("bold", ["", "REMIT TOTAL", "", n2(tb), "", n2(tp), "", ""]))
    den_total = sum(x[2] for x in den["lines"])
    p = ENSheet(footer=None, fax_hdr=f"JUL-{sd.day + 1:02d}-2026 08:{rng.randint(10, 59)}   HOLLOWPINE CLAIMS   "
                                     f"{phone(rng, '406')}   PAGE {{n}} OF 2",
                every=f"Remittance {sd:%Y%m%d}-{digits(rng, 4)}   {clinic}   page {{n}}")
    p.set_margins(15, 15, 15)
    p.add_page()
    tpa_head(p, rng, "PROVIDER REMITTANCE", "Claims administration")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [clinic, "Attn: Patient Accounts", "1408 Smelter Ave", "Anaconda, MT 59711"]:
        p.line(ln, 9.4)
    y1 = p.get_y()
    y2 = p.kv_box([("Remit date", long(sd)), ("Payee TIN", tin(rng)), ("Payee NPI", npi(rng)),
                   ("Check no.", digits(rng, 7)), ("Check amount", f"${tp:,.2f}")],
                  p.l_margin + W * 0.5, y0, W * 0.5, cap_w=30, size=9, cap=7.8, h=5.8)
    p.set_y(max(y1, y2) + 4)
    p.para(f"Claims for members of the {PLAN}. A code in the RC column "
           "explains a line paid at 0.00; the codes are listed at the end.", 8.8)
    widths = [W * k / 100 for k in (10, 9, 6, 12, 12, 12, 8, 31)]
    p.flow_table(["DOS", "Proc", "Qty", "Billed", "Allowed", "Paid", "RC", "Rendering"], widths,
                 ["L", "L", "R", "R", "R", "R", "L", "L"], rows, size=8.4, row_h=5.0, foot_room=18, top_gap=1)
    p.glossary("Remark codes", [
        ("WC2", "The injury happened during a fitness test the employer requires for the job (the work capacity "
                "test). That is a work injury. Send the claim to the employer's workers' compensation carrier "
                "first; the Plan looks at it again only with the carrier's written decision."),
        ("TN3", f"Provider outside the {NETWORK} and not an emergency."),
        ("DP1", "Duplicate of a claim already processed."),
        ("BR1", "Member had no bridge coverage on this date.")], size=8.4, cols=1)
    p.para("Provider appeals: within 60 days of the date of this remittance, in writing to the address above. "
           "Members may not be billed for amounts over the allowed amount.", 8.6)
    t = truth("eob", "other", insurer=TPA, plan_id=den["pl"], group=den["grp"], member_id=den["id"],
              member_name=den["who"], cases=[den["no"]], claim_amount=m2(den_total), service_dates=[iso(den["d"])],
              denial_date=iso(sd), provider=clinic, appeal_deadline=iso(plus(sd, 60)),
              alternates={"insurer": TPA_ALT, "provider": [den["rend"]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_bridge(rng):
    pt = people(rng, 1, "wf", sexes="F", used=USED)[0]
    np_, sig = people(rng, 2, "dr", sexes="MF", used=USED)
    m = mid(rng)
    emp, grp, pl = EMP["en"]
    visit = workday(dt.date(2026, 2, rng.randint(16, 20)))
    clm = claim_no(rng, plus(visit, 8))
    ld = workday(plus(visit, rng.randint(24, 30)))
    uc = "Stanley Basin Urgent Care"
    amt = 238.00
    hours = [("May 2025", 61.5), ("June 2025", 88.0), ("July 2025", 104.5), ("August 2025", 96.0),
             ("September 2025", 44.0), ("October 2025", 18.5)]
    th = sum(h for _, h in hours)
    p = ENSheet(footer=None)
    p.set_margins(20, 15, 20)
    p.add_page()
    plan_head(p, rng, kind="ring", text="ES", size=14)
    W = p.w - p.l_margin - p.r_margin
    p.f(10)
    p.cell(0, 5, ord_date(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    y0 = p.get_y()
    for ln in addr(rng, pt):
        p.line(ln, 10)
    y1 = p.get_y()
    y2 = p.caption_right([("member no.", m), ("plan", pl), ("group", grp), ("claim", clm)], p.l_margin + W * 0.52,
                         y0, W * 0.48, size=9.4)
    p.set_y(max(y1, y2) + 5)
    p.subject_line("Your urgent care visit in February")
    p.para(f"Dear {first_last(pt)}:", 10)
    p.para(f"We got a claim from {uc} for your visit on {slash(visit)} with {np_}, FNP (billed ${amt:.2f}). We "
           "can't pay it, because you weren't covered by the Plan on that day.", 9.8)
    p.para("Here is why. Your engine crew checked in for the 2025 season on May 19, 2025 and you were released on "
           "October 24, 2025. Season coverage runs to the last day of the month after release, so it ended on "
           "November 30, 2025. To keep coverage through the winter, a crew member needs 520 hours in the season. "
           "Your employer reported these hours:", 9.8)
    p.table(["Month", "Employer", "Hours"], [[a, emp, f"{h:.1f}"] for a, h in hours] + [["Season total", "",
                                                                                          f"{th:.1f}"]],
            [W * 0.3, W * 0.5, W * 0.2], size=9, aligns=["L", "L", "R"], bold_last=True, row_h=5.4)
    p.para(f"That is {th:.1f} hours, {520 - th:.1f} short. We mailed you a self-payment offer on November 12, 2025; "
           "it had to be paid by December 20, 2025, and we did not receive a payment. Your coverage starts again "
           "when your crew checks in for the 2026 season.", 9.8)
    p.para("If you think your hours are wrong or you disagree, you may appeal within 180 days of the date of this "
           "letter. Send time sheets or pay stubs to the Appeals Committee at the Trust Office.", 9.8)
    p.ln(2)
    p.f(9.6)
    p.cell(0, 5, f"{sig}, Eligibility and Enrollment, for the Board of Trustees", new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    p.cell(0, 4.6, f"{PLAN}  \u00b7  {TRUST_ADDR}", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "eligibility", insurer=PLAN, plan_id=pl, group=grp, member_id=m, member_name=pt,
              cases=[clm], claim_amount=m2(amt), service_dates=[iso(visit)], denial_date=iso(ld), provider=uc,
              appeal_deadline=iso(plus(ld, 180)), alternates={"insurer": PLAN_ALT, "provider": [np_]})
    return out(p), t


def ord_date(d: dt.date) -> str:
    """the 3rd of March, 2026"""
    n = d.day
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{d:%B} {n}{suf}, {d.year}  ({slash(d)})"


# ---------------------------------------------------------------------------------------------------------------
def phone_es_rehab(rng):
    sub = people(rng, 1, "es", sexes="M", used=USED)[0]
    wife = people(rng, 1, "es", sexes="F", last=surname(sub), used=USED)[0]
    sig, pulm = people(rng, 2, "dr", sexes="FM", used=USED)
    m = mid(rng)
    emp, grp, pl = EMP["hc"]
    d0 = workday(dt.date(2026, 5, rng.randint(4, 6)))
    days = [d0, plus(d0, 2), plus(d0, 7), plus(d0, 9), plus(d0, 14), plus(d0, 16)]
    clm = claim_no(rng, plus(days[-1], 6))
    ld = workday(plus(days[-1], rng.randint(20, 26)))
    center = "Snake River Canyon Lung & Breathing Center"
    fee = 198.00
    total = fee * len(days)
    p = ENSheet(footer="Página {n} de {nb}")
    p.set_margins(19, 15, 19)
    p.add_page()
    plan_head(p, rng, kind="flame", under=["para brigadas de paracaidistas, hotshots, helitack y motobombas",
                                           f"administrado por {TPA}"], size=14)
    W = p.w - p.l_margin - p.r_margin
    p.f(10)
    p.cell(0, 5, es_date(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in addr(rng, f"Sr. {sub}"):
        p.line(ln, 10)
    p.ln(3)
    p.boxed_values([(dep(m, 1), "n.º de miembro (esposa)", W * 0.3), (pl, "plan", W * 0.14), (grp, "grupo", W * 0.16),
                    (clm, "reclamo", W * 0.4)], size=9.4)
    p.subject_line("Las sesiones de rehabilitación pulmonar de su esposa")
    p.para(f"Estimado señor {surname(sub)}:", 10)
    p.para(f"Recibimos el reclamo de {center} por seis sesiones de rehabilitación pulmonar de su esposa, la señora "
           f"{wife}, indicadas por el Dr. {pulm}. El total cobrado es de ${total:,.2f}.", 9.8)
    p.table(["Fecha", "Código", "Servicio", "Cargo"],
            [[slash(d), "G0424", "Rehabilitación pulmonar, 1 sesión", n2(fee)] for d in days]
            + [["", "", "Total", n2(total)]], [30, 24, W - 90, 36], size=9, aligns=["L", "L", "L", "R"],
            bold_last=True, row_h=5.4)
    p.para(f"Lamentamos decirle que el Plan no puede pagar estas sesiones. {center} no forma parte de la red "
           f"{NETWORK}. Fuera de la red, el Plan paga solo la atención de emergencia, y la rehabilitación pulmonar "
           "es un tratamiento programado, no una emergencia. No encontramos un permiso previo para usar un centro "
           "fuera de la red.", 9.8)
    p.para("Hay centros de rehabilitación pulmonar de la red en Twin Falls y en Boise. Si su esposa necesita más "
           "sesiones, llame a servicios para miembros y le ayudaremos a encontrar uno.", 9.6)
    p.heading("Si no está de acuerdo", 10.2)
    p.para("Usted o su esposa pueden apelar dentro de 180 días a partir de la fecha de esta carta. Escriba al Comité "
           f"de Apelaciones, {TRUST}, {TRUST_ADDR.split(', ', 1)[1]}. Si el centro le dijo que era de la red, "
           "mándenos una copia de lo que le dijeron.", 9.6)
    p.ln(2)
    p.f(9.6)
    p.cell(0, 5, f"{sig}, Servicios para Miembros", new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    p.cell(0, 4.6, f"{PLAN}  \u00b7  {TRUST_ADDR}", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "out_of_network", insurer=PLAN, plan_id=pl, group=grp, member_id=dep(m, 1),
              member_name=wife, cases=[clm], claim_amount=m2(total), service_dates=[iso(d) for d in days],
              denial_date=iso(ld), provider=center, appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": PLAN_ALT, "provider": [pulm], "member_id": [m]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_hbo(rng):
    pt = people(rng, 1, "wf", sexes="M", used=USED)[0]
    hbo_md, md_, sig = people(rng, 3, "dr", sexes="FMM", used=USED)
    m = mid(rng)
    emp, grp, pl = EMP["sj"]
    fire = workday(dt.date(2026, 3, rng.randint(9, 13)))
    s = [fire, plus(fire, 1), plus(fire, 2)]
    clm = claim_no(rng, plus(fire, 12))
    ld = workday(plus(fire, rng.randint(28, 34)))
    center = "Bridger Foothills Wound & Hyperbaric Clinic"
    per = [("99183", 1, 465.00), ("G0277", 4, 472.00)]
    total = sum(x[2] for x in per) * len(s)
    p = ENSheet(footer="Page {n} of {nb}", ids_foot=f"{pt}   {m}   {clm}   {grp}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.admin_plate(PLAN, f"administered by {TPA}", [TRUST, TRUST_ADDR.split(", ", 1)[1],
                                                    f"Member services {tollfree(rng, '866')}"],
                  box="CLAIM DECISION", emblem="shield", size=14)
    W = p.w - p.l_margin - p.r_margin
    p.f(10)
    p.cell(0, 5, dmy_long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.addr_with_ids(addr(rng, pt), [(m, "member no."), (pl, "plan"), (grp, "group"), (clm, "claim")], w=70,
                    size=9)
    p.subject_line("Hyperbaric oxygen treatments after the fire at your cabin")
    p.para(f"Dear {first_last(pt)}:", 10)
    p.cols([[("What the claim is for", f"{center} billed ${total:,.2f} for three hyperbaric oxygen treatments on "
                                       f"{slash(s[0])}, {slash(s[1])} and {slash(s[2])}, ordered by {hbo_md}, M.D., "
                                       "after you breathed smoke while putting out a chimney fire at your cabin."),
             ("What the records show", "In the emergency room your carbon monoxide level was 4%, and you had no "
                                       "loss of consciousness, confusion or heart changes. You were treated with "
                                       "oxygen by mask and sent home the same night.")],
            [("Why the Plan won't pay", "The Plan pays for hyperbaric oxygen only for the conditions on its list, "
                                        "such as carbon monoxide poisoning with those serious signs. For smoke "
                                        "breathed in without them, studies have not shown that hyperbaric oxygen "
                                        "helps more than oxygen by mask. The Plan does not pay for treatment that "
                                        "has not been shown to work for the condition."),
             ("Reviewed by", f"{md_}, M.D., board certified in emergency medicine and undersea and hyperbaric "
                             "medicine, for the Plan.")]], size=9.2)
    p.table(["Date", "Code", "Units", "Billed"],
            [[slash(d), c, str(u), n2(a)] for d in s for c, u, a in per] + [["", "", "Total", n2(total)]],
            [32, 28, 24, 36], size=8.8, aligns=["L", "L", "R", "R"], bold_last=True, row_h=5.0)
    p.cols([[("If you disagree", "You may appeal within 180 days of the date of this letter. Write to the Appeals "
                                 f"Committee at the Trust Office. Send any records that help, such as the "
                                 "emergency room notes or a letter from your doctor.")],
            [("Your rights", "You may ask for free copies of the documents and the policy used to decide this "
                             "claim. You may have a right to an external review after the Plan's appeals. You "
                             "may also have a right to bring a civil action under section 502(a) of ERISA.")]],
           size=8.8)
    p.ln(2)
    p.f(9.4)
    p.cell(0, 5, f"{sig}, Claims Review", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "experimental", insurer=PLAN, plan_id=pl, group=grp, member_id=m, member_name=pt,
              cases=[clm], claim_amount=m2(total), service_dates=[iso(d) for d in s], denial_date=iso(ld),
              provider=center, appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [hbo_md]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxfine_stack(rng):
    pt = people(rng, 1, "wf", sexes="M", used=USED)[0]
    rad, ordering, chair = people(rng, 3, "dr", sexes="FMF", used=USED)
    m = mid(rng)
    emp, grp, pl = EMP["hc"]
    ct1 = workday(dt.date(2026, 4, rng.randint(13, 15)))
    ct2 = plus(ct1, 14)
    clm = claim_no(rng, plus(ct2, 9))
    first = workday(plus(ct2, rng.randint(18, 22)))
    ap = f"AP-26-{digits(rng, 4)}"
    ad = workday(plus(first, rng.randint(30, 36)))
    sd = workday(plus(ad, rng.randint(4, 7)))
    hosp = "Pintler Valley Hospital"
    lines = [("0350", "71250", "CT chest without contrast", 1648.00), ("0972", "71250-26", "Radiologist reading",
                                                                        288.00)]
    total = sum(x[3] for x in lines)
    acct = f"PVH{digits(rng, 8)}"
    home = addr(rng, pt)
    fax_top = f"{slash(sd)} 11:{rng.randint(10, 59)}  PINTLER VALLEY PFS  {phone(rng, '406')}  P.{{n}}"
    # 1) the hospital's statement (a bill; denies nothing)
    p = ENSheet(footer=None, fax_hdr=fax_top, fax_off=1)
    p.set_margins(16, 14, 16)
    p.add_page()
    p.two_line_head("PINTLER VALLEY", "HOSPITAL", ["Patient Financial Services", "320 Anaconda Road, Deer Lodge, "
                                                                               "MT 59722"],
                    [f"Billing questions {phone(rng, '406')}", "Mon-Fri 8 a.m. to 5 p.m."], kind="box", text="PV",
                    size=13, box="PATIENT STATEMENT")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in home:
        p.line(ln, 9.8)
    y1 = p.get_y()
    y2 = p.kv_box([("Statement date", slash(sd)), ("Account no.", acct), ("Guarantor", pt),
                   ("Amount due", f"${total:,.2f}"), ("Please pay by", slash(plus(sd, 25)))],
                  p.l_margin + W * 0.5, y0, W * 0.5, cap_w=32, size=9, h=5.8)
    p.set_y(max(y1, y2) + 5)
    p.table(["Date", "Rev", "Code", "Description", "Charges"],
            [[slash(ct2), a, b, c, n2(d)] for a, b, c, d in lines] + [["", "", "", "Total charges", n2(total)]],
            [26, 16, 24, W - 100, 34], size=9, aligns=["L", "L", "L", "L", "R"], bold_last=True, row_h=5.6)
    p.pairs([("Insurance", f"{PLAN}, member {m}"), ("Insurance paid", "0.00 (see your plan's letter)"),
             ("Adjustments", "0.00"), ("Your balance", f"{total:,.2f}")], label_w=42, size=9.4)
    p.ln(3)
    p.para(f"Your chest CT on {slash(ct2)} was read by {rad}, M.D. If you have appealed to your plan, call us and we "
           "will hold your account for 60 days. Ask us about payment plans and financial assistance.", 9.0)
    p.para("An earlier CT of " + slash(ct1) + " was billed on another account and is paid in full.", 9.0)
    p.ln(2)
    p.f(8.2)
    p.cell(0, 4.4, f"{hosp}  \u00b7  Patient Financial Services  \u00b7  Make checks payable to {hosp}",
           new_x="LMARGIN", new_y="NEXT")
    d1 = (out(p), truth("other", None, insurer=None, plan_id=None, member_id=m, member_name=pt,
                        claim_amount=m2(total), service_dates=[iso(ct2)], denial_date=iso(sd), provider=hosp,
                        unscored=["insurer"], alternates={"member_id": [None], "service_dates": [[]]}))

    # 2) the plan's first-level appeal decision (two pages)
    q = ENSheet(footer="Page {n} of {nb}", fax_hdr=fax_top, fax_off=2,
                run_hdr=f"{last_comma(pt)}  |  {m}  |  Appeal {ap}  |  Page {{n}} of {{nb}}")
    q.set_margins(19, 15, 19)
    q.add_page()
    plan_head(q, rng, kind="flame", under=["Appeals Committee of the Board of Trustees",
                                           f"claims administered by {TPA}"], size=14)
    Wq = q.w - q.l_margin - q.r_margin
    q.f(10)
    q.cell(0, 5, long(ad), new_x="LMARGIN", new_y="NEXT")
    q.ln(2)
    q.addr_pairs_right(home, [("Appeal no.", ap), ("Claim no.", clm), ("Member no.", m), ("Plan", pl),
                                       ("Group", grp)], split=0.5, size=9.2)
    q.subject_line("Decision on your appeal: the second chest CT")
    q.para(f"Dear {first_last(pt)}:", 10)
    q.para(f"You appealed our letter of {long(first)}, which said the Plan would not pay for the CT scan of your "
           f"chest done at {hosp} on {long(ct2)} (billed ${total:,.2f}). The scan was ordered by {ordering}, M.D., "
           "for a cough that had lasted since early March.", 9.8)
    q.para(f"The committee and a reviewing lung doctor looked at all your records. Your first chest CT, on "
           f"{long(ct1)}, was normal. In the two weeks after it, your breathing tests got better, your oxygen level "
           "stayed normal and no new symptoms were written down. A second scan so soon would not have changed your "
           "care. For that reason the committee decided the second CT was not medically necessary, and it keeps "
           "the earlier decision.", 9.8)
    q.para("The Plan paid for the first CT, the breathing tests and your office visits; this decision is only about "
           "the second scan.", 9.4)
    q.heading("Records the committee used", 10.2)
    q.bullets([f"Your appeal letter and the note from {ordering}, M.D.",
               f"Both CT reports ({slash(ct1)} and {slash(ct2)}) and the breathing tests of April and May 2026",
               f"The claim from {hosp}, claim no. {clm}, two lines, ${total:,.2f}",
               "The Plan's imaging guideline for chest CT (IMG-12, adopted January 2026)"], size=9.2)
    q.para(f"The reviewing doctor was board certified in lung diseases and had no part in the first decision "
           f"(Idaho license M-{digits(rng, 5)}).", 9.0)
    q.add_page()
    q.heading("What you can do next", 10.6)
    q.para("You may ask for a second-level appeal within 60 days of the date of this letter. Write to the Board of "
           f"Trustees, {TRUST}, {TRUST_ADDR.split(', ', 1)[1]}. After the second level you may ask for an external "
           "review by an independent review organization within four months of that decision.", 9.6)
    q.para("You may ask, free of charge, for copies of all documents, records and criteria used in this decision, "
           "and for the name of the reviewing doctor. You may also bring a civil action under section 502(a) of "
           "ERISA after you finish the Plan's appeals.", 9.6)
    q.ln(3)
    q.signers([chair, "Chair, Appeals Committee", PLAN], [f"cc: {hosp}", f"cc: {ordering}, M.D."], size=9)
    d2 = (out(q), truth("denial_letter", "medical_necessity", insurer=PLAN, plan_id=pl, group=grp, member_id=m,
                        member_name=pt, cases=[ap, clm], claim_amount=m2(total), service_dates=[iso(ct2)],
                        denial_date=iso(ad), provider=hosp, appeal_deadline=iso(plus(ad, 60)),
                        alternates={"insurer": PLAN_ALT, "provider": [ordering]}))
    return [d1, d2]


# ---------------------------------------------------------------------------------------------------------------
def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    return [
        Item(f"{f}_bd_family_eob_spouse_cx4", "born_digital", [born_family_eob(rng)]),
        Item(f"{f}_faxstd_burn_graft_outpatient", "fax_standard_g4", [fax_burn_level(rng)]),
        Item(f"{f}_faxstd_remittance_pack_test_wc2", "fax_standard_g4", [fax_remittance(rng)]),
        Item(f"{f}_lowres_bridge_hours_short", "scan_lowres_150", [lowres_bridge(rng)]),
        Item(f"{f}_phone_es_rehab_fuera_de_red", "phone_photo", [phone_es_rehab(rng)]),
        Item(f"{f}_rotated_hyperbaric_smoke", "rotated", [rotated_hbo(rng)]),
        Item(f"{f}_faxfine_stack_statement_then_ct_appeal", "fax_fine_g4", faxfine_stack(rng),
             separators=["cover", None], turns={(1, 1): 180}),
    ]
