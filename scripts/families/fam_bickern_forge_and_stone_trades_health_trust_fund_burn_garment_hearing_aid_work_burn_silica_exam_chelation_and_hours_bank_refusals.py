"""An invented trust fund health plan for blacksmiths, ornamental ironworkers and stonemasons. The Bickern Forge &
Stone Trades Health Trust Fund is a multiemployer fund of three invented employer groups (the Lehigh Ornamental Iron
Employers' Association, BFS-210; the Keystone Stone Setters & Carvers Association, BFS-320; the Delaware Valley
Forge Shops Council, BFS-430), with a Fund Office in Bethlehem, Pennsylvania, a Board of Trustees, and claims
administered by Quenchwater Benefit Administrators, Inc. Participant IDs are "BF" + seven digits; a spouse or child
is the participant's number plus "-01", "-02". Plan ID BFT-26A; the network is the Emberwell PPO. The invented
rules: each month of coverage takes 120 hours from the participant's hours bank; injuries at paid work go to the
employer's workers' compensation carrier first; exams an employer must provide (silica medical surveillance) are not
covered; one hearing aid per ear every 36 months; two burn compression garments per body area in six months;
non-emergency care only in the PPO; chelation without proven metal poisoning is investigational. Every company,
clinic, person, number, code list, amount and time limit is invented, phones 555; real towns with invented streets;
CPT / HCPCS codes as themselves; the federal silica standard for construction is named as itself.

The Fund's letterhead has a drawn anvil with "BF" in a small box under its horn beside the name set on two lines
("BICKERN FORGE & STONE" over "Trades Health Trust Fund"); the Fund Office's plainer letters have "BF" reversed out
of a dark square. The administrator's own letters carry "QUENCHWATER" as the big name and name the Fund only in a
smaller line ("Claims administrator for the ...").

Documents (8 in 7 files):
- born digital: a two-page Family Claims Statement headed by the participant, eight claims for three people in a
  table that runs on to page 2 without its headings; there the son's third burn compression glove (his name and
  "-02" number only in the claim's band) pays 0.00 under G6, explained only in the code list; "within 180 days of
  the date of this statement".
- standard fax stack: a fax cover sheet (no document); a Claim Payment Notice for the participant's emergency visit
  (metal fume fever, paid; denies nothing); the Fund's letter on his replacement hearing aid within 36 months in plain
  words (no "denied" anywhere), fed sideways.
- standard fax: the administrator's letter holding a forge worker's burn unit stay for workers' compensation, a
  "Claim facts" column beside the prose.
- fine fax: a stonemason's foot surgery at an out-of-network surgery center after a weekend crush injury, values in
  ruled boxes with captions under them, a table of the injury's three claims, amounts without a dollar sign.
- rotated: a two-page refusal of chelation infusions as investigational, two columns of prose, a running header,
  a lab table with decoy dates, "must reach the Fund Office by" a printed date.
- phone photo, Spanish: an urgent care visit in a month without coverage (hours bank under 120), plain words.
- 150 dpi: a stone carver's silica surveillance exam billed to the Fund ("This isn't something the Fund pays for"),
  four lines, a B reader's certification number and an exposure control plan number as decoys.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounden_famnb import (ENSheet, abbr, dash, digits, dlong, dmon, dmy, dots, es_abbr, es_date, first,
                               first_last, fresh, iso, last_first, long, m2, mon_day, n2, nopad, out, people, phone,
                               plus, same_surname, short, short_nopad, slash, surname, truth, upper, usd, usd_es,
                               wday)

FAMILY = ("bickern_forge_and_stone_trades_health_trust_fund_burn_garment_hearing_aid_work_burn_silica_exam_"
          "chelation_and_hours_bank_refusals")
LANG = "en"
SEED = 355131

FUND = "Bickern Forge & Stone Trades Health Trust Fund"
FUND_ALT = ["Bickern Forge and Stone Trades Health Trust Fund", "Bickern Forge & Stone Trades Health Trust",
            "Bickern Forge & Stone Trades Health Fund", "Bickern Trust Fund", "Bickern Forge & Stone",
            "Board of Trustees of the Bickern Forge & Stone Trades Health Trust Fund"]
TPA = "Quenchwater Benefit Administrators, Inc."
TPA_ALT = ["Quenchwater Benefit Administrators", "Quenchwater"]
ON_TPA = TPA_ALT + [FUND] + FUND_ALT
OFFICE = "Fund Office, 1650 Coke Works Road, Bethlehem, PA 18015"
HELP = "1-877-555-0164"
FAX = "(610) 555-0192"
PLAN_ID = "BFT-26A"
PPO = "Emberwell PPO"
ORN, STONE, FORGE = ("Lehigh Ornamental Iron Employers' Association", "Keystone Stone Setters & Carvers Association",
                     "Delaware Valley Forge Shops Council")
GROUPS = {ORN: "BFS-210", STONE: "BFS-320", FORGE: "BFS-430"}


def mid(rng) -> str:
    return "BF" + digits(rng, 7)


def claim_no(rng) -> str:
    return "26BF" + digits(rng, 7)


def home(rng):
    town = rng.choice(["Bethlehem, PA 18017", "Easton, PA 18042", "Allentown, PA 18104", "Nazareth, PA 18064",
                       "Bangor, PA 18013", "Emmaus, PA 18049", "Catasauqua, PA 18032", "Hellertown, PA 18055"])
    street = rng.choice(["Tuyere Ln", "Quench Tank Rd", "Swage Block Ct", "Chisel Point Dr", "Mortar Hill Rd",
                         "Ashlar Row", "Hardie Hole Way", "Bellows Ridge Rd"])
    return [f"{rng.randint(18, 9870)} {street}", town]


def fund_head(p: ENSheet, plain: bool = False, es: bool = False):
    right = ["Oficina del Fondo" if es else "Fund Office", "1650 Coke Works Road", "Bethlehem, PA 18015",
             ("Servicios al participante " if es else "Member services ") + HELP]
    p.monogram_letterhead("BF", "BICKERN FORGE & STONE", "Trades Health Trust Fund", right,
                          shape="box" if plain else "anvil")


def tpa_head(p: ENSheet):
    p.admin_big_letterhead("QUENCHWATER", "Benefit Administrators, Inc.",
                           f"Claims administrator for the {FUND}",
                           ["212 Slate Belt Drive", "Easton, PA 18042", f"Claims {HELP}", f"Fax {FAX}"], size=20)


# ---------------------------------------------------------------------------------------------------------------
def born_family_statement(rng):
    par, wife, son, pcp, derm, burn_doc = people(rng, 6, 2, "MFMMFF")
    last = surname(par)
    wife, son = same_surname(wife, last), same_surname(son, last)
    num = mid(rng)
    id_w, id_s = f"{num}-01", f"{num}-02"
    sd = dt.date(2026, 5, 15)
    fam_pr, burn, garm, derm_c, imaging, lab = ("Fountain Hill Family Practice", "Lehigh Burn & Wound Clinic",
                                                "Slate Belt Medical Garments", "Bethlehem Skin & Mole Clinic",
                                                "Steel Stacks Imaging", "Monocacy Clinical Lab")
    claims = [
        (par, num, fam_pr, f"Dr. {pcp}", dt.date(2026, 4, 1),
         [("99214", "Office visit, established", 210.00, 148.00, 123.00, "A1"),
          ("94010", "Spirometry", 92.00, 54.00, 54.00, "A3")]),
        (son, id_s, burn, f"Dr. {burn_doc}", dt.date(2026, 4, 2),
         [("99203", "New patient visit", 245.00, 171.00, 146.00, "A1"),
          ("16025", "Burn dressing, medium area", 310.00, 212.00, 212.00, "A3")]),
        (son, id_s, garm, "", dt.date(2026, 4, 9),
         [("A6506", "Burn glove to wrist, custom, x2", 624.00, 480.00, 480.00, "A3")]),
        (wife, id_w, derm_c, f"Dr. {derm}", dt.date(2026, 4, 14),
         [("99203", "New patient visit", 230.00, 164.00, 0.00, "A2")]),
        (son, id_s, burn, f"Dr. {burn_doc}", dt.date(2026, 4, 16),
         [("99213", "Office visit, established", 150.00, 104.00, 79.00, "A1")]),
        (par, num, imaging, "", dt.date(2026, 4, 22),
         [("71046", "Chest X-ray, 2 views", 188.00, 96.00, 96.00, "A3")]),
        (son, id_s, garm, "", dt.date(2026, 4, 30),
         [("A6506", "Burn glove to wrist, custom, x1", 312.00, 0.00, 0.00, "G6")]),
        (wife, id_w, lab, "", dt.date(2026, 5, 4),
         [("80061", "Lipid panel", 64.00, 22.50, 22.50, "A4")]),
    ]
    rows, tb, tp = [], 0.0, 0.0
    refused = None
    for pat, pid, prov, rend, d, lines in claims:
        cno = claim_no(rng)
        head = f"Claim {cno}  \u00b7  {prov}  \u00b7  patient {pat}  {pid}"
        rows.append(("group", head))
        cb = cp = 0.0
        for code, desc, b, al, pd, note in lines:
            owe = max(0.0, al - pd) if note != "G6" else b
            rows.append([short(d), code, desc, n2(b), n2(al), n2(pd), n2(owe), note])
            cb, cp = cb + b, cp + pd
        tb, tp = tb + cb, tp + cp
        if lines[0][-1] == "G6":
            refused = (cno, pat, pid, prov, d, cb)
    p = ENSheet(footer="Page {n} of {nb}", footer_left=f"BF-FCS-2   {num}",
                running=f"{FUND}  \u00b7  {last_first(par)}  \u00b7  {num}  \u00b7  {slash(sd)}")
    p.set_margins(14, 14, 14)
    p.add_page()
    fund_head(p)
    p.title_band("FAMILY CLAIMS STATEMENT", 11.5)
    p.ticket([("participant", par), ("participant id", num), ("group", GROUPS[STONE]), ("plan id", PLAN_ID),
              ("statement date", long(sd))], size=8.2)
    p.address([par, *home(rng)], 9.6)
    p.para(f"This statement shows the claims the Fund processed from April 13 through May 12, 2026 for you and the "
           f"family members covered under your participant ID. It is not a bill. Network providers in the {PPO} may "
           "not bill you for more than the amount under \"You owe\".", 8.6)
    W = p.W
    yt = p.get_y()
    yb = p.h - 20 - 52
    p.set_line_width(0.5)
    p.rect(p.l_margin, yb, W, 48)
    p.set_line_width(0.2)
    p.set_xy(p.l_margin + 3, yb + 2.4)
    p.f(8.8, "B")
    p.cell(0, 4.4, "Your hours bank", new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 3)
    p.f(8)
    p.multi_cell(W - 6, 3.9, f"Hours in your bank on May 1, 2026: 504. Each month of coverage uses 120 hours. Hours "
                 f"your employer reports for April will be added when its report reaches the Fund Office. Your "
                 f"2026 deductible: $400.00 a person, $1,200.00 a family; family amount met so far: $164.00.",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.set_x(p.l_margin + 3)
    p.f(8.8, "B")
    p.cell(0, 4.4, "From the Board of Trustees", new_x="LMARGIN", new_y="NEXT")
    for msg in ["Free hearing tests: members who work at a forge, a power hammer or a stone saw may have one hearing "
                "test a year at any Emberwell PPO audiologist, with no copayment.",
                "Burns at home count too: if someone in your family is burned at a home forge, tell the burn clinic "
                "you are covered by the Fund so that garments and dressings are ordered from a network supplier.",
                "The Fund Office will be closed on Friday, July 3, 2026."]:
        p.set_x(p.l_margin + 3)
        p.f(8)
        p.multi_cell(W - 6, 3.9, "\u2022  " + msg, new_x="LMARGIN", new_y="NEXT")
    p.set_xy(p.l_margin, yt)
    widths = [16, 13, 58, 17, 17, 17, 16]
    widths.append(W - sum(widths))
    p.flow_table(["Date", "Code", "Service", "Billed", "Fund allowed", "Fund paid", "You owe", "Note"], rows, widths,
                 ["L", "L", "L", "R", "R", "R", "R", "C"], size=7.5, row_h=5.0, first_rows=15)
    p.f(8.6, "B")
    p.cell(0, 5, f"Totals: billed {usd(tb)}   \u00b7   Fund paid {usd(tp)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.legend2("What the notes mean", [
        ("A1", "Paid at the network rate after your copayment."),
        ("A2", "Applied to the deductible; you owe the allowed amount."),
        ("A3", "Paid at 100% of the network rate."),
        ("A4", "Preventive lab test, paid in full."),
        ("G6", "Not covered: the Fund pays for 2 burn compression garments for each body area in any 6 months. "
               "This garment is more than that."),
        ("W2", "Not paid now: an injury at paid work goes to the employer's workers' compensation carrier first."),
        ("N4", "Not covered: the provider is outside the Emberwell PPO and this was not an emergency."),
        ("H9", "Not covered: no coverage that month (fewer than 120 hours in the bank)."),
        ("E3", "Not covered: investigational service."),
    ], size=7.5, code_w=7)
    p.heading("Your right to appeal", 10.5, rule=True)
    p.para("If you disagree with how a claim was handled, you or someone you name may file an appeal with the Board "
           "of Trustees within 180 days of the date of this statement. Write to the "
           f"{OFFICE}, and include the claim number. You may ask for free copies of the papers and plan rules used "
           "to decide the claim.", 8.6)
    p.para("How coinsurance and copayments work, as an example: for an office visit the network rate is $120.00 and "
           "your copayment is $25.00, so the Fund pays $95.00.", 8.2)
    cno, pat, pid, prov, d, cb = refused
    t = truth("eob", "not_covered", insurer=FUND, plan_id=PLAN_ID, group=GROUPS[STONE], member_id=pid,
              member_name=pat, cases=[cno], claim_amount=m2(cb), service_dates=[iso(d)], denial_date=iso(sd),
              provider=prov, appeal_deadline=iso(plus(sd, 180)), alternates={"insurer": FUND_ALT})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def stdfax_stack(rng):
    iw, er_doc, aud, officer = people(rng, 4, 2, "MFFM")
    num = mid(rng)
    grp = GROUPS[ORN]
    addr = home(rng)
    # document 1: claim payment notice, metal fume fever at home (denies nothing)
    hosp = "Bushkill Creek Community Hospital"
    svc = dt.date(2026, 5, 2)
    nd = dt.date(2026, 5, 27)
    c1 = claim_no(rng)
    lines = [("99284", "Emergency dept visit, moderate", 1120.00, 812.00), ("71046", "Chest X-ray, 2 views", 226.00,
                                                                            168.40),
             ("85025", "Blood count (CBC)", 140.00, 114.00)]
    billed = sum(x[2] for x in lines)
    allowed = sum(x[3] for x in lines)
    copay = 150.00
    p = ENSheet(footer=None, footer_left=f"{FUND}   \u00b7   BF-CPN-1   {c1}")
    p.set_margins(17, 15, 17)
    p.add_page()
    fund_head(p)
    p.title_band("CLAIM PAYMENT NOTICE", 11.5)
    p.ticket([("participant", first_last(iw)), ("id", num), ("group", grp), ("plan id", PLAN_ID),
              ("notice date", slash(nd))], size=8.4)
    p.address([iw, *addr], 9.6)
    p.para(f"The Fund has paid {hosp}'s claim for your emergency visit on {long(svc)}, when you were seen by "
           f"Dr. {er_doc} for fever, chills and a cough after welding galvanized railings in your garage shop. The "
           "hospital is in the Emberwell PPO. Here is how the claim was paid:", 9.2)
    W = p.W
    rows = [[slash(svc), c, dsc, n2(b), n2(a)] for c, dsc, b, a in lines]
    rows.append(("bold", ["", "", f"Claim {c1} totals", n2(billed), n2(allowed)]))
    p.grid(["Date", "Code", "Service", "Billed", "Allowed"], rows, [24, 18, W - 86, 22, 22],
           ["L", "L", "L", "R", "R"], size=8.4, row_h=5.4)
    p.leaders([("Allowed amount", usd(allowed)), ("Your emergency room copayment", usd(copay)),
               ("Fund paid to the hospital", usd(allowed - copay)), ("Payment date", dmy(plus(nd, 1)))],
              size=9.0, w=W * 0.7)
    p.para("You owe the hospital only the copayment. Zinc fumes from galvanized metal can make you sick again; please "
           "weld it only with good ventilation or a respirator. Questions? Call member services at " + HELP + ".", 8.8)
    d1 = (out(p), truth("other", None, insurer=FUND, plan_id=PLAN_ID, group=grp, member_id=num, member_name=iw,
                        cases=[c1], claim_amount=m2(billed), service_dates=[iso(svc)], denial_date=iso(nd),
                        provider=hosp, alternates={"insurer": FUND_ALT, "provider": [er_doc]}))
    # document 2: replacement hearing aid inside 36 months (plain words), fed sideways
    center = "Nazareth Hearing Center"
    first_fit = dt.date(2026, 1, 14)
    burnt = dt.date(2026, 4, 18)
    fit2 = dt.date(2026, 5, 6)
    c_old = claim_no(rng)
    c2 = claim_no(rng)
    amt2 = 2150.00 + 250.00
    q = ENSheet(footer=None, footer_left=f"{FUND}   \u00b7   BF-L-HA3   {c2}")
    q.set_margins(18, 15, 18)
    q.add_page()
    fund_head(q)
    q.f(9.6)
    q.cell(0, 5, long(nd), new_x="LMARGIN", new_y="NEXT")
    q.ln(2)
    q.address([iw, *addr], 9.6)
    q.kv_line([("Participant", iw), ("ID", num), ("Group", grp)], size=8.8)
    q.kv_line([("Claim", c2), ("From", center), ("Fitted", short(fit2)), ("Billed", usd(amt2))], size=8.8)
    q.ln(1)
    q.para(f"Dear Mr. {surname(iw)}:", 9.6)
    q.para(f"{center} sent us a claim for a new right-ear hearing aid and its fitting on {long(fit2)}. Your "
           f"audiologist, {aud}, AuD, wrote that a piece of hot scale from your home forge landed on the aid on "
           f"{long(burnt)} and melted its case.", 9.3)
    q.para("**The Fund can't pay for this hearing aid or its fitting.** The plan pays for one hearing aid for each "
           f"ear once every 36 months. The Fund paid for both of your hearing aids on {long(first_fit)} (claim "
           f"{c_old}), so the right ear's 36 months have not passed.", 9.3)
    q.grid(["Line", "Code", "What it is", "Billed", "Fund pays"],
           [["1", "V5257", "Hearing aid, digital, behind the ear, right", n2(2150.00), "0.00"],
            ["2", "V5160", "Dispensing fee", n2(250.00), "0.00"]],
           [12, 18, q.W - 82, 26, 26], ["C", "L", "L", "R", "R"], size=8.6, row_h=5.6)
    q.para("Most hearing aids come with a loss and damage warranty from the maker for the first year or more; a "
           "replacement under it usually costs a deductible of about $275.00. Ask the hearing center whether your "
           "aid's warranty can still be used.", 9.2)
    q.para("If you disagree, you may appeal to the Board of Trustees within 180 days of the date of this letter. "
           f"Write to the {OFFICE}, or fax {FAX}.", 9.2)
    q.signoff(["Sincerely,", officer, "Benefits Department, for the Board of Trustees"], 9.2)
    d2 = (out(q), truth("denial_letter", "not_covered", insurer=FUND, group=grp, member_id=num, member_name=iw,
                        cases=[c2], claim_amount=m2(amt2), service_dates=[iso(fit2)], denial_date=iso(nd),
                        provider=center, appeal_deadline=iso(plus(nd, 180)),
                        alternates={"insurer": FUND_ALT, "provider": [aud]}))
    return [d1, d2]


# ---------------------------------------------------------------------------------------------------------------
def stdfax_work_burn(rng):
    wk, surgeon, adjuster, examiner = people(rng, 4, 2, "MFMF")
    num = mid(rng)
    grp = GROUPS[FORGE]
    emp = "Coalport Forge Works, LLC"
    hosp = "Monocacy Valley Hospital"
    a, b = dt.date(2026, 3, 17), dt.date(2026, 3, 20)
    billed = 18642.75
    cno = claim_no(rng)
    wc = f"RM-WC-26-{digits(rng, 4)}-{digits(rng, 3)}"
    inc = f"IR-{digits(rng, 5)}"
    ld = dt.date(2026, 4, 21)
    p = ENSheet(footer="Page {n} of {nb}", footer_left=f"QBA-WC-1   {cno}")
    p.set_margins(17, 15, 17)
    p.add_page()
    tpa_head(p)
    p.f(9.6)
    p.cell(0, 5, f"April 21, 2026", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([wk, *home(rng)], 9.6)
    p.prose_side([
        f"Dear Mr. {surname(wk)}:",
        f"We administer claims for the {FUND}. {hosp} has sent the Fund a claim for your stay in its burn unit after "
        f"hot forge scale struck your right forearm on {long(a)}.",
        f"The hospital's records and your employer's incident report ({inc}) say the burn happened while you were "
        f"working a power hammer at {emp}, your employer.",
        "**The Fund will not pay this claim now.** The plan does not pay for an injury that happens at paid work "
        "when workers' compensation covers it. Your employer's carrier, Ridgeline Mutual Casualty Company, has "
        f"opened claim {wc}; its adjuster, {adjuster}, can help you. The hospital should bill the carrier.",
        "If the carrier turns the claim down, send us a copy of its letter and we will look at this claim again "
        "under the plan's rules.",
        "## If you disagree",
        "You may appeal to the Board of Trustees within 180 days of the date of this letter. Write to the "
        f"{OFFICE}. You may ask for copies of the records we used, free of charge.",
    ], "Claim facts", [
        ("Who was treated", wk), ("Participant ID", num), ("Group", grp), ("Fund claim", cno),
        ("Hospital", hosp), ("Burn surgeon", f"Dr. {surgeon}"), ("In the hospital", f"{slash(a)} - {slash(b)}"),
        ("Charges", usd(billed)), ("Date of injury", dmy(a)),
    ], side_w=56, size=9.2)
    p.signoff(["Sincerely,", examiner, f"Claims Examiner, {TPA}"], 9.2)
    t = truth("denial_letter", "other", insurer=TPA, group=grp, member_id=num, member_name=wk, cases=[cno],
              claim_amount=m2(billed), service_dates=[f"{iso(a)}/{iso(b)}"], denial_date=iso(ld), provider=hosp,
              appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": ON_TPA, "provider": [surgeon], "case_numbers": [[cno, wc]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def finefax_out_of_network(rng):
    mason, surgeon, er_doc, officer = people(rng, 4, 2, "MMFF")
    num = mid(rng)
    grp = GROUPS[STONE]
    inj = dt.date(2026, 4, 11)
    surg = dt.date(2026, 4, 17)
    asc = "Hawk Mountain Surgery Center"
    er = "Coplay Creek Hospital"
    foot = "Blue Valley Foot & Ankle"
    c_er, c_doc, c_asc = claim_no(rng), claim_no(rng), claim_no(rng)
    billed = 9870.00
    ld = dt.date(2026, 5, 12)
    p = ENSheet(footer="Page {n} of {nb}", footer_left=f"{FUND}   \u00b7   BF-L-ON2   {c_asc}")
    p.set_margins(18, 15, 18)
    p.add_page()
    fund_head(p)
    p.f(9.6)
    p.cell(0, 5, dlong(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([mason, *home(rng)], 9.6)
    p.cap_boxes([(mason, "participant and patient", 2.1), (num, "participant id", 1.2), (grp, "group", 0.8)],
                where="below")
    p.cap_boxes([(c_asc, "claim", 1.1), (asc, "facility", 1.8), (dash(surg), "date of surgery", 1.1)],
                where="below")
    p.cap_boxes([("28485", "procedure", 0.8), ("Open treatment, metatarsal fracture", "description", 2.2),
                 (n2(billed), "facility charge", 1.0)], where="below")
    p.para(f"Dear Mr. {surname(mason)}:", 9.6)
    p.para(f"On {long(inj)}, a Saturday, a granite step slipped off its dolly while you were building garden steps at "
           f"home and crushed your left foot. You were seen that day in {er}'s emergency room, and six days later "
           f"Dr. {surgeon} of {foot} repaired two broken bones in your foot at {asc}.", 9.2)
    p.para(f"**The Fund cannot pay {asc}'s claim.** The surgery center is not in the {PPO}. The plan pays for care "
           "outside the network only in an emergency. A surgery scheduled six days after the injury was planned "
           "care, and the surgeon could have done it at a network surgery center such as Lehigh Gap Surgical "
           "Suites.", 9.2)
    W = p.W
    p.grid(["Claim", "Provider", "Date", "Billed", "Fund paid", "Network"],
           [[c_er, er, short(inj), n2(1640.00), n2(1212.00), "yes"],
            [c_doc, f"{foot} (Dr. {surname(surgeon)})", short(surg), n2(2380.00), n2(1531.20), "yes"],
            [c_asc, asc, short(surg), n2(billed), "0.00", "no"]],
           [26, W - 112, 20, 22, 22, 22], ["L", "L", "L", "R", "R", "C"], size=8.2, row_h=5.4)
    p.para("Because the surgery center is not in the network, it has no agreement with the Fund and may bill you for "
           "its charge. If Dr. " + surname(surgeon) + "'s office told you the center was in the network, or if no "
           "network center could have done the surgery in time, tell us in your appeal.", 9.0)
    p.para("You may appeal to the Board of Trustees within 180 days of the date of this letter. Write to the "
           f"{OFFICE}, or fax {FAX}.", 9.0)
    p.signoff(["Sincerely,", officer, "Benefits Department"], 9.2)
    t = truth("denial_letter", "out_of_network", insurer=FUND, group=grp, member_id=num, member_name=mason,
              cases=[c_asc], claim_amount=m2(billed), service_dates=[iso(surg)], denial_date=iso(ld), provider=asc,
              appeal_deadline=iso(plus(ld, 180)), alternates={"insurer": FUND_ALT, "provider": [surgeon]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_chelation(rng):
    smith, do, reviewer = people(rng, 3, 2, "MFM")
    num = mid(rng)
    grp = GROUPS[FORGE]
    clinic = "Allentown Integrative Wellness Center"
    req = f"PR-26-{digits(rng, 5)}"
    recv = dt.date(2026, 5, 19)
    start = dt.date(2026, 6, 8)
    labs = dt.date(2026, 5, 4)
    ld = dt.date(2026, 5, 28)
    dl = plus(ld, 180)
    p = ENSheet(footer="Page {n} of {nb}", footer_left=f"BF-PR-E   {req}",
                running=f"{first_last(smith)}  |  {num}  |  request {req}  |  decision of {nopad(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    fund_head(p)
    p.f(9.6)
    p.cell(0, 5, upper(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([smith, *home(rng)], 9.6)
    p.f(12, "B")
    p.cell(0, 6, "Decision on a request for approval", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.kv_line([("Participant", smith), ("ID", num), ("Group", grp)], size=8.8)
    p.kv_line([("Request", req), ("Received", short(recv)), ("Requested by", clinic)], size=8.8)
    p.kv_line([("Service", "J0600 edetate calcium disodium, 20 weekly infusions"), ("First infusion",
                                                                                     long(start))], size=8.8)
    p.ln(1)
    p.twocol([
        f"Dear Mr. {surname(smith)},",
        f"{do}, DO, of {clinic} asked the Fund to approve 20 weekly chelation infusions starting {long(start)}. The "
        "request says you have had headaches, tiredness and a tremor in your hands, and that you worry about years "
        "of breathing smoke and metal fume at the forge.",
        "## What we decided",
        "**The Fund does not approve these infusions.** The plan does not cover services that are investigational, "
        "meaning that good studies have not shown that they work for the patient's condition. Chelation is an "
        "accepted treatment for lead or other metal poisoning proven by blood or urine tests. Your tests, shown "
        "below, are in the normal range. Chelation for symptoms without proven poisoning has not been shown to "
        "help and can harm the kidneys.",
        "## What you can do",
        "Your doctor may send us new test results if they show a raised metal level, and we will look at the "
        "request again. A visit with an occupational medicine doctor or a neurologist about the tremor is covered.",
        "## Your appeal rights",
        f"You may appeal this decision. Your appeal must reach the Fund Office by {long(dl)}. Send it to the "
        f"{OFFICE}, or fax {FAX}. If your doctor thinks waiting would seriously harm your health, call {HELP} and "
        "ask for an urgent appeal, which is decided within 72 hours.",
    ], size=8.8)
    p.add_page()
    p.heading("Test results sent with the request", 10.5, rule=True)
    W = p.W
    p.grid(["Test", "Collected", "Result", "Normal range"],
           [["Blood lead", short(labs), "4 \u00b5g/dL", "under 5 \u00b5g/dL"],
            ["Blood manganese", short(labs), "9.8 \u00b5g/L", "4.7 - 18.3 \u00b5g/L"],
            ["Urine zinc, 24 hours", short(plus(labs, 1)), "412 \u00b5g/day", "150 - 1,200 \u00b5g/day"],
            ["Kidney function (creatinine)", short(labs), "0.9 mg/dL", "0.7 - 1.3 mg/dL"]],
           [62, 30, 40, W - 132], ["L", "L", "R", "R"], size=8.6, row_h=5.6)
    p.para(f"This decision was made by {reviewer}, MD, a physician reviewer board-certified in occupational medicine, "
           "after reading the request, the test results and the Fund's medical policy on chelation therapy (policy "
           "BF-MP-114). You may ask for a free copy of the policy.", 9.0)
    p.signoff(["Sincerely,", "Utilization Review Unit", f"for the Board of Trustees, {FUND}"], 9.2)
    t = truth("denial_letter", "experimental", insurer=FUND, group=grp, member_id=num, member_name=smith,
              cases=[req], service_dates=[iso(start)], denial_date=iso(ld), provider=clinic,
              appeal_deadline=iso(dl), alternates={"insurer": FUND_ALT, "provider": [do], "service_dates": [[]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_es_hours_bank(rng):
    mason, officer = people(rng, 2, 2, "MF", es=True)
    num = mid(rng)
    grp = GROUPS[STONE]
    uc = "Hellertown Urgent Care"
    svc = dt.date(2026, 4, 20)
    billed = 286.00
    cno = claim_no(rng)
    ld = dt.date(2026, 5, 19)
    p = ENSheet(footer="Página {n} de {nb}", footer_left=f"{FUND}   \u00b7   BF-EL-7S   {cno}")
    p.set_margins(18, 15, 18)
    p.add_page()
    fund_head(p, plain=True, es=True)
    p.f(9.6)
    p.cell(0, 5, f"Bethlehem, Pensilvania, {es_date(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([mason, *home(rng)], 9.6)
    p.form_cells([[(mason, "participante y paciente", 2.0), (num, "núm. de participante", 1.2), (grp, "grupo", 0.8)],
                  [(cno, "reclamación", 1.1), (uc, "proveedor", 1.6), (es_abbr(svc), "fecha de la visita", 1.0),
                   (usd_es(billed), "cobrado", 0.9)]], size=8.8)
    p.para(f"Estimado señor {surname(mason)}:", 9.8)
    p.para(f"Recibimos la reclamación de {uc} por su visita del {es_date(svc)}, cuando le entró polvo de piedra en el "
           "ojo derecho mientras labraba una lápida en su taller.", 9.5)
    p.para("**El Fondo no puede pagar esta visita, porque usted no tenía cobertura en abril de 2026.** Cada mes de "
           "cobertura usa 120 horas de su banco de horas, y el banco debe tener por lo menos 120 horas el primer día "
           "del mes. El 1 de abril su banco tenía 84 horas.", 9.5)
    W = p.W
    p.grid(["Mes", "Banco el día 1", "¿Cobertura?", "Horas usadas", "Horas reportadas", "Banco al final"],
           [["Febrero 2026", "260", "sí", "120", "26", "166"], ["Marzo 2026", "166", "sí", "120", "38", "84"],
            ["Abril 2026", "84", "no", "0", "61", "145"], ["Mayo 2026", "145", "sí", "120", "", ""]],
           [30, 28, 26, 26, 32, W - 142], ["L", "R", "C", "R", "R", "R"], size=8.4, row_h=5.4)
    p.para("Todavía puede comprar la cobertura de abril con un pago propio de US$ 644.00, si llega a la Oficina del "
           f"Fondo a más tardar el {es_date(dt.date(2026, 6, 18))}. Si lo paga, volveremos a procesar esta "
           "reclamación según las reglas del plan.", 9.3)
    p.para("**Si no está de acuerdo.** Puede apelar ante la Junta de Fideicomisarios dentro de 180 días a partir de la "
           f"fecha de esta carta. Escriba a la Oficina del Fondo, 1650 Coke Works Road, Bethlehem, PA 18015. Para "
           f"ayuda en español, llame al {HELP}.", 9.3)
    p.signoff(["Atentamente,", officer, "Departamento de Elegibilidad"], 9.2)
    t = truth("denial_letter", "eligibility", insurer=FUND, group=grp, member_id=num, member_name=mason,
              cases=[cno], claim_amount=m2(billed), service_dates=[iso(svc)], denial_date=iso(ld), provider=uc,
              appeal_deadline=iso(plus(ld, 180)), lang="es", alternates={"insurer": FUND_ALT})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_silica_exam(rng):
    carver, occ_doc, radiol, officer = people(rng, 4, 2, "FMFM")
    num = mid(rng)
    grp = GROUPS[STONE]
    emp = "Durham Quarry Stoneworks, Inc."
    clinic = "Slate Belt Occupational Health"
    svc = dt.date(2026, 4, 14)
    cno = claim_no(rng)
    lines = [("99204", "New patient exam", 265.00), ("71046", "Chest X-ray, 2 views, B reader", 168.00),
             ("94010", "Spirometry", 96.00), ("86480", "TB blood test", 142.00)]
    billed = sum(x[2] for x in lines)
    ld = dt.date(2026, 5, 8)
    breader = f"B-{digits(rng, 5)}"
    ecp = f"ECP-2026-{digits(rng, 2)}"
    p = ENSheet(footer="Page {n} of {nb}", footer_left=f"{FUND}   \u00b7   BF-L-OE4   {cno}   {dots(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    fund_head(p, plain=True)
    p.f(9.6)
    p.cell(0, 5, abbr(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([carver, *home(rng)], 9.6)
    p.title_band("About your claim from " + clinic, 11)
    p.leaders([("Participant and patient", carver), ("Participant ID", num), ("Group", grp), ("Claim", cno),
               ("Date of the visit", slash(svc)), ("Total billed", n2(billed))], size=9.0, w=p.W * 0.78)
    p.para(f"Dear Ms. {surname(carver)}:", 9.6)
    p.para(f"{clinic} billed the Fund for the exam you had there on {long(svc)}. The clinic's note says the exam was "
           f"done for {emp}'s silica medical surveillance program: a physical exam, a chest X-ray read by a "
           "certified B reader, a breathing test and a TB test.", 9.2)
    p.para("**This isn't something the Fund pays for.** The federal silica standard for construction says that an "
           "employer whose workers wear respirators for 30 or more days a year because of silica dust must offer "
           "them these exams at no cost. The plan does not pay for exams that an employer has to provide. The "
           f"clinic should send this bill to {emp}; you should not have to pay it.", 9.2)
    W = p.W
    rows = [[slash(svc), c, dsc, n2(b), "0.00"] for c, dsc, b in lines]
    rows.append(("bold", ["", "", "Total", n2(billed), "0.00"]))
    p.grid(["Date", "Code", "Service", "Billed", "Fund pays"], rows, [24, 18, W - 86, 22, 22],
           ["L", "L", "L", "R", "R"], size=8.4, row_h=5.4)
    p.para(f"The X-ray was read by Dr. {radiol} (B reader certificate {breader}); your employer's written exposure "
           f"control plan ({ecp}) lists the clinic as its surveillance provider. Neither changes who pays.", 8.8)
    p.para("If you have a cough, shortness of breath or other symptoms and your own doctor orders a chest X-ray or a "
           "breathing test to find out why, the Fund covers that care under the plan's usual rules.", 9.0)
    p.para("If you disagree, you may appeal to the Board of Trustees within 180 days of the date of this letter. "
           f"Write to the {OFFICE}.", 9.0)
    p.signoff(["Sincerely,", officer, "Benefits Department"], 9.2)
    t = truth("denial_letter", "not_covered", insurer=FUND, group=grp, member_id=num, member_name=carver,
              cases=[cno], claim_amount=m2(billed), service_dates=[iso(svc)], denial_date=iso(ld), provider=clinic,
              appeal_deadline=iso(plus(ld, 180)), alternates={"insurer": FUND_ALT})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    fresh(2)
    F = FAMILY + "_"
    items = [Item(F + "born_digital_family_statement_son_third_burn_glove_g6_page_two", "born_digital",
                  [born_family_statement(rng)])]
    docs = stdfax_stack(rng)
    items.append(Item(F + "faxstd_stack_cover_metal_fume_er_paid_then_hearing_aid_sideways",
                      "fax_standard_g4", docs, separators=["cover", None], turns={(1, 0): 90}))
    items += [
        Item(F + "faxstd_administrator_forge_burn_workers_comp_first", "fax_standard_g4", [stdfax_work_burn(rng)]),
        Item(F + "faxfine_crushed_foot_out_of_network_surgery_center", "fax_fine_g4", [finefax_out_of_network(rng)]),
        Item(F + "rotated_chelation_investigational_two_columns", "rotated", [rotated_chelation(rng)]),
        Item(F + "phone_es_banco_de_horas_abril_sin_cobertura", "phone_photo", [phone_es_hours_bank(rng)]),
        Item(F + "lowres_silica_surveillance_exam_employer_pays", "scan_lowres_150", [lowres_silica_exam(rng)]),
    ]
    return items
