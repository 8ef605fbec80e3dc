"""Fertility benefits under a state infertility-coverage mandate, mirrored (structure and plain wording style only) from
the papers that state-mandated fertility coverage produces: an insurer's medical-necessity letter, its claim letters,
and a fertility benefits manager's statements, review letters and provider claim summaries. The state, its act, the
insurer, the manager, every clinic, person, number, amount and address are invented.

Invented rules: the State of Vereland's Family Building Coverage Act (Vereland Insurance Code 27-1640 to 27-1652)
requires fully insured large-group policies (50 or more employees) to cover diagnosis AND treatment of infertility,
with up to three completed egg retrievals in a lifetime (transfers unlimited), egg retrieval only when the person
whose eggs are retrieved is under 45 on the first day of stimulation, and fertility preservation before treatment that
may cause infertility (with approval first, or, when cancer treatment cannot wait, a notice within 2 business days
after stimulation starts). Small-group policies (under 50) must cover diagnosis only. Stowbridge Mutual Health
Insurance Company (Port Tessaly, VR) insures the plans (plan codes SMH-LG-7720 large group, SMH-SG-3105 small group)
and has Hatchwell Fertility Benefits, Inc. review requests and pay fertility claims for its members. Member IDs "SWB"
+ 9 digits; groups five digits, a dash and a letter; Hatchwell requests "HFB-R-" + 7 digits, approvals "HFB-A-" + 7,
claims "HW26" + 8 digits; Stowbridge claims "C26-" 4 + 5 digits, reviews "UM" + 8 digits. Phones 555.

Documents (8 in 7 files):
- bd_household_statement_iui_line_page_two_t2: Hatchwell's two-page family-building statement to a subscriber (the
  contractor large, "for members of Stowbridge ... group plans" small): diagnostic tests of both partners paid, the
  wife's insemination claim (her name only in the small patient column) refused with note T2 (a small-group plan
  pays for diagnosis, not treatment); the claim's lines run on to page 2 with no headings; "within 180 days of the
  statement date".
- faxstd_fourth_retrieval_lifetime_three: a standard-mode fax of Hatchwell's letter (the insurer named small over the
  big contractor name) refusing a fourth egg retrieval after three completed ones, in plain words; the three earlier
  retrievals' approvals as decoys; a printed "by" date.
- faxstd_stack_records_not_sent_then_iui_approved: Hatchwell's own fax cover, a letter closing an IVF request because
  the records asked for never came, and an approval of insemination cycles for another patient (fed upside down).
- scan_ivf_ovarian_reserve_not_necessary: a clean scan of Stowbridge's two-page letter (drawn circle logo beside the
  name on two lines, captions to the right of ruled boxes, a RECEIVED stamp, appeal rights in two columns, a
  tear-off stub): IVF with own eggs not medically necessary (FSH and AMH).
- photocopy_preservation_notice_late: a photocopied Stowbridge claim letter: egg freezing before chemotherapy not paid
  because the clinic told the plan 41 days after stimulation began (a timeline of the dates).
- phone_es_edad_45_estimulacion: a photographed Spanish letter: egg retrieval not covered because the patient turns 45
  before stimulation starts (date of birth as a decoy).
- rotated_claim_summary_icsi_code: Hatchwell's two-page provider claim summary fed turned: four patients, one ICSI line
  coded for 10 or fewer eggs when 13 were injected (note C9, explained in a ruled key on page 2); the claim splits
  across the page break with no headings on page 2.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounden_famnc import (ENSheet, abbr, digits, dmy_abbr, dmy_long, dd_mon, es_date, es_short, fax_cover,
                               first_last, flat, iso, long, m2, mon_day, n2, nopad, npi, out, person, phone, plus,
                               short, slash, surname, tollfree, truth, upper, usd, wday_long, workday)

FAMILY = ("vereland_infertility_mandate_fertility_benefits_manager_diagnosis_only_plan_retrieval_limit_ovarian_"
          "reserve_late_preservation_notice_age_and_icsi_code_refusals")
LANG = "en"
SEED = 355032

INS = "Stowbridge Mutual Health Insurance Company"
INS_ALT = ["Stowbridge Mutual Health Insurance", "Stowbridge Mutual", "Stowbridge"]
FBM = "Hatchwell Fertility Benefits, Inc."
FBM_ALT = ["Hatchwell Fertility Benefits", "Hatchwell"]
LG, SG = "SMH-LG-7720", "SMH-SG-3105"
ACT = "Vereland Family Building Coverage Act"
FBM_ADDR = "PO Box 7730, Cadwell, VR 58214"
INS_ADDR = "PO Box 4418, Port Tessaly, VR 58102"

F = ["Anneliese", "Corinna", "Delphine", "Evangeline", "Giselle", "Henrietta", "Isadora", "Josephine", "Katarina",
     "Leonie", "Nerissa", "Ottilie", "Philippa", "Rosalie", "Seraphina", "Theodora", "Viviana", "Annika", "Beatrix",
     "Clementine", "Dagny", "Elodie", "Margery", "Sidonie"]
M = ["Alistair", "Benedikt", "Cormac", "Emeric", "Fintan", "Gervase", "Hamish", "Ignatius", "Leopold", "Mathias",
     "Niall", "Osric", "Peregrine", "Quentin", "Rupert", "Sebastien", "Tobiah", "Ulric", "Valentin", "Wystan", "Theo",
     "Anselm"]
L = ["Castellane", "Dumarest", "Everleigh", "Fairbairn", "Galbraith", "Haverford", "Ingersoll", "Jessamy",
     "Kettleborough", "Montclair", "Northcott", "Oakenshaw", "Pevensey", "Ravenhill", "Sallowby", "Thornquist",
     "Underhill", "Westerberg", "Ashdown", "Blakiston", "Coverdale", "Drummond-Lyle", "Fennimore", "Lisle"]
ES_F = ["Araceli", "Belén", "Catalina", "Dafne", "Emilia", "Graciela", "Inés", "Jacinta", "Leticia", "Nélida"]
ES_L = ["Arriaga", "Benavides", "Castañeda", "Echeverri", "Figueroa", "Galindo", "Iturbide", "Lozano", "Mireles"]
TOWNS = [("Port Tessaly", "58103"), ("Brindle Hollow", "58341"), ("Cadwell", "58216"), ("East Orrin", "58452"),
         ("Saltmarsh", "58527"), ("Quarrytown", "58610"), ("Linden Cross", "58733"), ("Fenwick Bay", "58190")]
STREETS = ["Larkspur Row", "Cooper's Mill Rd", "Tidewater Ave", "Hollin Lane", "Gristmill Ct", "Orchard Terrace",
           "Weir Street", "Foxglove Dr"]
USED: set = set()


def who(rng, sex: str, last: str | None = None) -> str:
    return person(rng, F if sex == "F" else M, L, USED, last)


def doc(rng) -> str:
    return who(rng, rng.choice("FM"))


def addr(rng, name: str) -> list[str]:
    town, z = rng.choice(TOWNS)
    return [name, f"{rng.randint(12, 9870)} {rng.choice(STREETS)}", f"{town}, VR {z}"]


def mid(rng) -> str:
    return "SWB" + digits(rng, 9)


def grouped(m: str) -> str:
    """SWB 418 220 917"""
    return f"{m[:3]} {m[3:6]} {m[6:9]} {m[9:]}"


def grp(rng) -> str:
    return f"{digits(rng, 5)}-{rng.choice('ABCDEFH')}"


def hw_claim(rng) -> str:
    return "HW26" + digits(rng, 8)


def fbm_head(p: ENSheet, rng, style: str = "for", box: str | None = None, tf: str | None = None):
    line = ("for members of Stowbridge Mutual Health Insurance Company group plans" if style == "for" else
            "Stowbridge Mutual Health Insurance Company  \u00b7  family-building benefits administered by")
    p.contractor_head("Hatchwell", "Fertility Benefits", line,
                      [FBM_ADDR, f"Member line {tf or tollfree(rng, '866')}", "Fax (505) 555-0164",
                       "hatchwell-fertility.example"], style=style, box=box)


def ins_head(p: ENSheet, rng, box: str | None = None, es: bool = False):
    p.logo_head("SM", "STOWBRIDGE MUTUAL", "Seguros de Salud \u00b7 Health Insurance Company" if es else
                "Health Insurance Company", [INS_ADDR, f"{'Servicios al miembro' if es else 'Member services'} "
                                                       f"{tollfree(rng, '877')}", "TTY 711"], shape="circle", box=box)


# -----------------------------------------------------------------------------------------------------------------
def bd_statement(rng):
    sub = who(rng, "M")
    wife = who(rng, "F", last=surname(sub))
    rei = doc(rng)
    sid, g = mid(rng), grp(rng)
    sd = workday(dt.date(2026, 4, rng.randint(6, 10)))
    d0 = workday(plus(sd, -rng.randint(84, 88)))
    d1 = workday(plus(sd, -rng.randint(70, 75)))
    d2 = workday(plus(sd, -rng.randint(62, 66)))
    d3 = workday(plus(sd, -rng.randint(50, 54)))
    d4 = workday(plus(sd, -rng.randint(40, 44)))
    d5 = workday(plus(sd, -rng.randint(22, 25)))
    d6 = workday(plus(sd, -rng.randint(12, 15)))
    lab = "Quarrytown Diagnostic Laboratory"
    clinic = "Linden Cross Reproductive Medicine"
    imaging = "Fenwick Bay Imaging Center"
    claims = [
        dict(pt=sub, prov="Tessaly Urology Group", rec=plus(d0, 9), lines=[
            (d0, "New patient visit", "99203", 240.00, 131.60, 91.60, 40.00, "C1"),
            (d0, "Hormone panel: testosterone", "84403", 96.00, 35.90, 35.90, 0.00, "D1")]),
        dict(pt=sub, prov=lab, rec=plus(d1, 6), lines=[(d1, "Semen analysis, complete", "89320", 185.00, 96.40,
                                                        96.40, 0.00, "D1")]),
        dict(pt=wife, prov=lab, rec=plus(d2, 5), lines=[
            (d2, "Anti-Mullerian hormone", "82166", 142.00, 61.75, 61.75, 0.00, "D1"),
            (d2, "FSH", "83001", 88.00, 27.10, 27.10, 0.00, "D1"),
            (d2, "Estradiol", "82670", 92.00, 33.60, 33.60, 0.00, "D1"),
            (d2, "Thyroid test (TSH)", "84443", 78.00, 22.40, 22.40, 0.00, "D1"),
            (d2, "Prolactin", "84146", 81.00, 26.90, 26.90, 0.00, "D1")]),
        dict(pt=wife, prov=imaging, rec=plus(d3, 8), lines=[
            (d3, "Catheter for tube X-ray (HSG)", "58340", 410.00, 212.80, 170.24, 42.56, "D2"),
            (d3, "Hysterosalpingogram, reading", "74740", 298.00, 141.30, 113.04, 28.26, "D2")]),
        dict(pt=wife, prov=clinic, rec=plus(d4, 4), lines=[
            (d4, "Specialist visit", "99214", 265.00, 158.90, 118.90, 40.00, "C1"),
            (d4, "Pelvic ultrasound", "76830", 330.00, 174.20, 174.20, 0.00, "D1")]),
        dict(pt=wife, prov=clinic, rec=plus(d5, 7), lines=[
            (d5, "Intrauterine insemination", "58322", 540.00, 0.00, 0.00, 540.00, "T2"),
            (d5, "Sperm washing", "58323", 215.00, 0.00, 0.00, 215.00, "T2"),
            (d5, "Follicle ultrasound", "76857", 240.00, 0.00, 0.00, 240.00, "T2")]),
        dict(pt=sub, prov=lab, rec=plus(d6, 5), lines=[(d6, "Semen analysis, motility", "89321", 120.00, 58.20,
                                                        58.20, 0.00, "D1")]),
    ]
    for c in claims:
        c["no"] = hw_claim(rng)
    den = claims[5]
    rows = []
    for k, c in enumerate(claims):
        rows.append(("span", f"Claim {c['no']}   {c['prov']}   received {short(c['rec'])}"))
        if k == 5:
            rows.append(("break",))
        for d, what, code, b, a, pd, owe, note in c["lines"]:
            rows.append([c["pt"], short(d), what, code, n2(b), n2(a), n2(pd), n2(owe), note])
        cs = [sum(x[i] for x in c["lines"]) for i in (3, 4, 5, 6)]
        if len(c["lines"]) > 1:
            rows.append(("bold", ["", "", "Claim total", "", n2(cs[0]), n2(cs[1]), n2(cs[2]), n2(cs[3]), ""]))
    tot = [sum(x[i] for c in claims for x in c["lines"]) for i in (3, 4, 5, 6)]
    rows.append(("bold", ["", "", "Statement totals", "", n2(tot[0]), n2(tot[1]), n2(tot[2]), n2(tot[3]), ""]))
    tf = tollfree(rng, "866")
    p = ENSheet(footer="page {n} of {nb}", run_head=f"{sub}   |   {grouped(sid)}   |   Family building statement "
                                                   f"{slash(sd)}",
                run_foot=f"{FBM}  administers family-building benefits for {INS}.  Form HW-FBS-2 (01/26)")
    p.set_margins(15, 14, 15)
    p.add_page()
    fbm_head(p, rng, "for", box="FAMILY BUILDING STATEMENT", tf=tf)
    y0 = p.get_y()
    for ln in addr(rng, sub.upper()):
        p.line(ln, 9.4)
    p.ln(3)
    p.id_strip([(slash(sd), "statement date"), (grouped(sid), "subscriber ID"), (g, "group"), (SG, "plan code")],
               size=8.8, widths=[25, 36, 20, 30])
    p.id_strip([("Brindle Hollow Millwork Co.", "employer (27 employees)"), ("2", "people on this statement"),
                ("01/01/26 - 03/31/26", "claims processed")], size=8.4, widths=[50, 34, 34])
    y_strips = p.get_y()
    yb = p.side_box(p.w - p.r_margin - 66, y0, 66, "What the notes mean", [
        "D1  A test to find out why pregnancy hasn't happened. Paid in full.",
        "D2  A test, paid after your deductible.",
        "C1  Your specialist copay was taken here.",
        "T2  This is treatment to help you get pregnant: insemination, IVF, and the scans and lab work that go "
        "with them. Your employer's plan pays for finding the cause, not for treatment.",
        "L3  Past the lifetime limit of three egg retrievals.",
        "P5  Needed our approval before it was done."], size=7.2)
    p.set_y(max(y_strips, yb) + 1)
    p.f(8.4)
    p.multi_cell(p.W, 4, f"This is not a bill. It lists the fertility claims we handled for your family under your "
                         f"Stowbridge group plan. Your plan was issued to an employer with fewer than 50 employees, "
                         f"so under the {ACT} it must include diagnosis and may leave out treatment; your employer's "
                         "plan leaves it out. Amounts are in US dollars.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.id_strip([(usd(tot[0]), "billed by your providers"), (usd(tot[2]), "paid by your plan"),
                (usd(tot[3]), "your share (may be billed to you)")], size=10)
    W = p.W
    widths = [W * k / 100 for k in (21, 8.5, 22.5, 7, 8.5, 8.5, 8.5, 9.5, 6)]
    p.run_table(["Patient", "Date", "Service", "Code", "Billed", "Allowed", "Plan paid", "Your share", "Note"],
                widths, ["L", "L", "L", "L", "R", "R", "R", "R", "C"], rows, size=6.9, row_h=4.3)
    p.ln(1)
    p.cols([[("Questions?", f"Call {tf}, Monday to Friday, 8 a.m. to 6 p.m. Have your subscriber ID ready. "
                            "Hearing or speech help: TTY 711.")],
            [("Think we got something wrong?", "Ask us to take another look. Your request must be made within 180 "
                                              "days of the statement date at the top of page 1. Write to Member "
                                              f"Reviews, {FBM}, {FBM_ADDR}, or call us.")],
            [("Your deductible", "2026 deductible $750.00 a person. Met: $750.00 (you), $70.82 (family). Example: "
                                 "a $100.00 test after the deductible at 80% leaves you $20.00 to pay.")]], size=7.6)
    den_total = sum(x[3] for x in den["lines"])
    t = truth("eob", "not_covered", insurer=FBM, plan_id=SG, group=g, member_id=sid, member_name=wife,
              cases=[den["no"]], claim_amount=m2(den_total), service_dates=[iso(d5)], denial_date=iso(sd),
              provider=clinic, appeal_deadline=iso(plus(sd, 180)), alternates={"insurer": FBM_ALT})
    return out(p), t


# -----------------------------------------------------------------------------------------------------------------
def fax_fourth_retrieval(rng):
    pt = who(rng, "F")
    rei, md = doc(rng), doc(rng)
    pid, g = mid(rng), grp(rng)
    nd = workday(dt.date(2026, 5, rng.randint(11, 14)))
    recd = workday(plus(nd, -rng.randint(8, 11)))
    stim = workday(plus(nd, rng.randint(12, 16)))
    ret = plus(stim, 12)
    req = "HFB-R-" + digits(rng, 7)
    dl = plus(nd, 180)
    clinic = "Harrowgate Fertility Center"
    prior = []
    d = dt.date(2023, rng.randint(2, 5), rng.randint(1, 27))
    for k, cl in enumerate(["Saltmarsh Reproductive Associates", clinic, clinic]):
        prior.append((d, cl, "HFB-A-" + digits(rng, 7), rng.randint(6, 14)))
        d = plus(d, rng.randint(150, 260))
    fx = plus(nd, 1)
    p = ENSheet(footer="{n} of {nb}", fax_hdr=f"{short(fx)} 08:47  HATCHWELL CLIN REVIEW  (505) 555-0164  "
                                               f"->  HARROWGATE FERT  P.{{n}}")
    p.set_margins(19, 16, 19)
    p.add_page()
    fbm_head(p, rng, "admin")
    p.f(9.4)
    p.cell(0, 5, long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in addr(rng, pt):
        p.line(ln, 9.6)
    p.f(8.2)
    p.cell(0, 4.4, f"copy: {rei}, M.D., {clinic}, by fax", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.tab_boxes([[("PATIENT", pt, 58), ("MEMBER ID", pid, 42), ("GROUP", g, 28), ("PLAN", LG, 50)],
                 [("REQUEST NO.", req, 50), ("WE GOT IT", slash(recd), 34), ("SERVICE ASKED FOR", "IVF cycle with "
                                                                                  "egg retrieval, CPT 58970", 94)]],
                size=9)
    p.heading("About your request for another egg retrieval", 11.5)
    p.para(f"Dear {first_last(pt)}:", 9.8)
    p.para(f"On {long(recd)}, Dr. {rei} at {clinic} asked us to approve an IVF cycle for you. Stimulation would start "
           f"on or about {long(stim)}, and the egg retrieval is planned for {long(ret)}.", 9.4)
    p.para(f"Your Stowbridge plan follows the {ACT}. It pays for up to three completed egg retrievals in a person's "
           "lifetime. Our records show you have had three:", 9.4)
    W = p.W
    p.table(["Retrieval", "Clinic", "Our approval", "Eggs retrieved"],
            [[dmy_abbr(d), cl, a, str(n)] for d, cl, a, n in prior], [W * 0.2, W * 0.42, W * 0.22, W * 0.16],
            size=8.6, row_h=5.2, head_h=6)
    p.para("That means the plan can't pay for a fourth retrieval, or for the stimulation medicines, monitoring and lab "
           "work that go with it. This is a limit in your plan and in state law. It is not a judgment about your "
           "health or your chances.", 9.4)
    p.para("**What is still covered:** transferring frozen embryos you already have in storage (no limit on the "
           "number of transfers), and storage of those embryos for up to 5 years from the day they were frozen.", 9.4)
    p.para("**If our count is wrong:** a cycle that was stopped before any eggs were retrieved does not count toward "
           "the three. If one of the cycles above ended that way, send us the clinic's record and we will look again "
           "right away.", 9.4)
    p.heading("If you disagree", 10.2)
    p.para(f"You, or Dr. {surname(rei)} for you, can ask us to reconsider. Your request must reach us by "
           f"{long(dl)}. Write to Member Reviews at the address above or fax (505) 555-0164. Include the request "
           f"number. A doctor who did not take part in this review will look at it. If you are not satisfied after "
           "that, you may ask the Vereland Department of Insurance for an outside review within 4 months of our "
           "answer.", 9.2)
    p.sign(["Clinical Review Team", f"{FBM}", f"Reviewed with {md}, M.D., reproductive endocrinology"], 9)
    t = truth("denial_letter", "not_covered", insurer=FBM, plan_id=LG, group=g, member_id=pid, member_name=pt,
              cases=[req], service_dates=[iso(ret)], denial_date=iso(nd), provider=rei, appeal_deadline=iso(dl),
              alternates={"insurer": FBM_ALT, "provider": [clinic],
                          "service_dates": [[iso(stim)], [iso(stim, ret)], [iso(stim), iso(ret)]]})
    return out(p), t


# -----------------------------------------------------------------------------------------------------------------
def fax_stack(rng):
    clinic = "Port Tessaly Fertility & IVF"
    cfax = phone(rng, "505")
    nd = workday(dt.date(2026, 4, rng.randint(13, 16)))
    fx = nd
    hdr = f"{upper(fx)} 15:02 HATCHWELL FERTILITY BNFTS 5055550164 TO {cfax} PG {{n}}/003"
    cover = fax_cover(FBM, [FBM_ADDR, "Clinical Review   phone (505) 555-0160   fax (505) 555-0164"],
                      [("To:", f"Insurance coordinator, {clinic}"), ("Fax:", cfax), ("From:", "Clinical Review"),
                       ("Date:", nopad(fx)), ("Pages:", "3, this one included"), ("Re:", "Decisions on two requests")],
                      ["Two decisions are attached, one for each patient. Please share each with the patient named "
                       "in it. Call us with any question about a request."], fax_hdr=hdr.replace("{n}", "001"),
                      title="Fax")
    # --- a: the request closed because the records never came
    pa = who(rng, "F")
    rei_a = doc(rng)
    ida, ga = mid(rng), grp(rng)
    recd = workday(plus(nd, -rng.randint(26, 30)))
    asked = workday(plus(recd, 3))
    due = plus(asked, 14)
    start = workday(plus(nd, rng.randint(9, 13)))
    req = "HFB-R-" + digits(rng, 7)
    p = ENSheet(footer=None, fax_hdr=hdr, fax_off=1)
    p.set_margins(19, 16, 19)
    p.add_page()
    fbm_head(p, rng, "for", box="REQUEST CLOSED")
    p.f(9.4)
    p.cell(0, 5, f"Date: {slash(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.f(9.4)
    p.multi_cell(95, 4.8, f"To: Dr. {rei_a}\n{clinic}\nFax {cfax}\n\nCopy mailed to the patient", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(3)
    p.cap_right([(pa, "patient"), (ida, "member number"), (f"{LG}  /  {ga}", "plan code / group"),
                 (req, "our request number"), (f"IVF, stimulation from {slash(start)}", "what was asked for")],
                box_w=78, size=9)
    p.heading("We need the records before we can decide", 11)
    p.para(f"We got your request for {first_last(pa)} on {long(recd)}. To review it we need two things we did not "
           "have. On " + long(asked) + " we asked your office, by fax, for:", 9.3)
    p.bullets(["a semen analysis of the partner done in the past 12 months, and",
               "the report of a test showing whether the tubes are open (HSG or saline sonogram)."], 9.3)
    p.para(f"We asked for them by {long(due)}. We have not received them, so we have closed this request. We have "
           "not decided that IVF is wrong for your patient; we could not review it without the records. The plan "
           "will not pay for this cycle on this request.", 9.3)
    p.para("You can send a new request with the records at any time. With everything in hand we usually decide "
           "within 5 business days.", 9.3)
    p.para("If you or your patient disagree with closing the request, you can appeal within 180 days of the date "
           f"of this letter. Send it to Member Reviews, {FBM}, {FBM_ADDR}.", 9.3)
    p.sign(["Clinical Review Team, " + FBM], 9)
    ta = truth("denial_letter", "other", insurer=FBM, plan_id=LG, group=ga, member_id=ida, member_name=pa,
               cases=[req], service_dates=[iso(start)], denial_date=iso(nd), provider=rei_a,
               appeal_deadline=iso(plus(nd, 180)), alternates={"insurer": FBM_ALT, "provider": [clinic]})
    a = out(p)
    # --- b: insemination cycles approved for another patient
    pb = who(rng, "F")
    rei_b = doc(rng)
    idb, gb = mid(rng), grp(rng)
    apn = "HFB-A-" + digits(rng, 7)
    first = workday(plus(nd, rng.randint(5, 9)))
    until = plus(first, 90)
    p = ENSheet(footer=None, fax_hdr=hdr, fax_off=2)
    p.set_margins(19, 16, 19)
    p.add_page()
    fbm_head(p, rng, "for", box="APPROVED")
    p.f(9.4)
    p.cell(0, 5, f"{dmy_long(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.cap_right([(pb, "patient"), (idb, "member number"), (f"{LG}  /  {gb}", "plan code / group"),
                 (apn, "approval number"),
                 (f"Dr. {rei_b}", "requesting doctor")], box_w=70, size=9)
    p.heading("Good news: your treatment is approved", 11)
    p.para(f"Dear {first_last(pb)}: we approved the request from Dr. {surname(rei_b)} at {clinic} for up to three "
           "cycles of insemination with oral medicine. The first cycle is planned to start on "
           f"{long(first)}. The approval covers:", 9.3)
    W = p.W
    p.table(["Service", "Code", "Approved"], [["Insemination", "58322", "3"], ["Sperm washing", "58323", "3"],
                                               ["Follicle ultrasound", "76857", "9"],
                                               ["Estradiol level", "82670", "6"]],
            [W * 0.5, W * 0.2, W * 0.3], size=8.8, row_h=5.2, head_h=6)
    p.para(f"Use the approval between {slash(first)} and {slash(until)}. Your usual specialist copay ($40.00) applies "
           "to each visit. If your coverage ends, the approval ends with it.", 9.3)
    p.para("This letter is for your records; you don't need to do anything.", 9.3)
    p.sign(["Clinical Review Team, " + FBM], 9)
    tb = truth("other", None, insurer=FBM, plan_id=LG, group=gb, member_id=idb, member_name=pb, cases=[apn],
               service_dates=[iso(first)], denial_date=iso(nd), provider=rei_b,
               alternates={"insurer": FBM_ALT, "provider": [clinic], "service_dates": [[], [iso(first, until)]]})
    return cover, [(a, ta), (out(p), tb)]


# -----------------------------------------------------------------------------------------------------------------
def scan_ovarian_reserve(rng):
    pt = who(rng, "F")
    rei, md = doc(rng), doc(rng)
    pid, g = mid(rng), grp(rng)
    nd = workday(dt.date(2026, 4, rng.randint(13, 17)))
    lab_d = workday(plus(nd, -rng.randint(55, 60)))
    recd = workday(plus(nd, -rng.randint(6, 9)))
    start = workday(plus(nd, rng.randint(18, 24)))
    ref = "UM" + digits(rng, 8)
    clinic = "Linden Cross Reproductive Medicine"
    p = ENSheet(footer="Page {n} of {nb}", run_foot=f"Reference {ref}  \u00b7  Member {pid}  \u00b7  Letter of "
                                                   f"{dmy_long(nd)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    ins_head(p, rng, box="Utilization Management")
    p.f(9.4)
    p.cell(0, 5, f"Date of this letter: {dmy_long(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in addr(rng, pt):
        p.line(ln, 9.6)
    p.stamp(["RECEIVED", upper(plus(nd, 6)), "PATIENT ADVOCATE"], p.w - p.r_margin - 58, 58, -8)
    p.ln(4)
    p.cap_right([(pt, "member"), (pid, "member ID"), (f"{g}   plan {LG}", "group and plan"),
                 (ref, "reference"), ("In vitro fertilization, own eggs (58970, 89250)", "service requested"),
                 (f"Dr. {rei}", "requested by")], box_w=92, size=8.8)
    p.heading("Notice of adverse benefit determination", 11.5)
    p.para(f"Dear {first_last(pt)}:", 9.6)
    p.para(f"We received a request from Dr. {rei} of {clinic} on {slash(recd)} to approve in vitro fertilization "
           f"using your own eggs, with stimulation to begin {long(start)}. We have denied this request because it is "
           "not medically necessary under your plan.", 9.3)
    p.para("Stowbridge medical policy MP-REP-014, Assisted Reproduction With the Patient's Own Eggs, considers IVF with "
           "the patient's own eggs medically necessary when the day-3 FSH level is below 20 mIU/mL and the "
           "anti-Mullerian hormone (AMH) level is at least 0.10 ng/mL, measured in the past 12 months. Your results "
           f"from {abbr(lab_d)} were FSH 23.8 mIU/mL and AMH 0.06 ng/mL. At these levels the chance of a live birth "
           "from a cycle with your own eggs is very low, under 2 in 100.", 9.3)
    p.para(f"This decision was made by {md}, M.D., a board-certified reproductive endocrinologist. IVF using donor "
           "eggs is a covered benefit under your plan with our approval; your doctor may send that request.", 9.3)
    p.para(f"Your plan is subject to the {ACT}. The Act requires coverage of medically necessary treatment of "
           "infertility; it does not require coverage of treatment that is not medically necessary.", 9.3)
    p.sign(["Sincerely,", "Utilization Management", INS], 9.2)
    p.add_page()
    p.heading("Your rights", 11)
    p.cols([[("Internal appeal", "You may appeal this decision within 180 days of the date of this letter. Send "
                                 f"a letter, or the form below, to Appeals, {INS}, {INS_ADDR}. You may send test "
                                 "results, a letter from your doctor and anything else you want us to consider. A "
                                 "doctor who was not involved in this decision will review your appeal."),
              ("Urgent appeals", "If waiting could seriously harm your health, your doctor can ask for an urgent "
                                 "appeal. We will decide within 72 hours.")],
             [("External review", "If we uphold our decision, you may ask the Vereland Department of Insurance for "
                                  "an independent external review within 4 months of our final decision. The "
                                  "review is free."),
              ("Get copies", "You can ask for free copies of the policy, the criteria and the records we used. "
                             "Call member services.")],
             [("Help in your language", "Si necesita ayuda en español, llame a servicios al miembro. Free help in "
                                        "other languages and formats is available."),
              ("Questions", "Call the member services number at the top of page 1. Hearing impaired: TTY 711.")]],
           size=7.9)
    p.ln(4)
    p.tear_off("cut here and send back with your appeal", "Appeal request",
               [("Member name", pt, 62), ("Member ID", pid, 42), ("Reference", ref, 36), ("Your phone", "", 40)])
    t = truth("denial_letter", "medical_necessity", insurer=INS, plan_id=LG, group=g, member_id=pid, member_name=pt,
              cases=[ref], service_dates=[iso(start)], denial_date=iso(nd), provider=rei,
              appeal_deadline=iso(plus(nd, 180)), alternates={"insurer": INS_ALT, "provider": [clinic]})
    return out(p), t


# -----------------------------------------------------------------------------------------------------------------
def photocopy_preservation(rng):
    pt = who(rng, "F")
    rei, onc = doc(rng), doc(rng)
    pid, g = mid(rng), grp(rng)
    consult = workday(dt.date(2026, 3, rng.randint(2, 6)))
    stim = workday(plus(consult, 3))
    ret = plus(stim, 11)
    chemo = workday(plus(ret, 5))
    told = plus(stim, 41)
    nd = workday(plus(told, rng.randint(16, 20)))
    claim = f"C26-{digits(rng, 4)}-{digits(rng, 5)}"
    clinic = "Cadwell Center for Fertility Preservation"
    lines = [("58970", "Egg retrieval", 3150.00), ("76948", "Ultrasound guidance", 420.00),
             ("89337", "Freezing of eggs", 1890.00), ("89346", "Egg storage, first year", 640.00)]
    total = sum(x[2] for x in lines)
    p = ENSheet(footer="Page {n} of {nb}", run_foot=f"{INS}  \u00b7  Claim {claim}")
    p.set_margins(18, 15, 18)
    p.add_page()
    ins_head(p, rng, box="Claim decision")
    p.f(9.6)
    p.cell(0, 5, wday_long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in addr(rng, pt):
        p.line(ln, 9.6)
    p.ln(3)
    p.tab_boxes([[("MEMBER", pt, 60), ("MEMBER ID", grouped(pid), 48), ("GROUP", g, 30), ("PLAN", LG, 42)],
                 [("CLAIM", claim, 52), ("BILLED BY", clinic, 84), ("CLINIC ACCOUNT", "0" + digits(rng, 7), 44)]],
                size=8.8)
    p.heading("We can't pay this claim", 12)
    p.para(f"Dear {first_last(pt)}:", 9.6)
    p.para(f"{clinic} sent us a bill for freezing your eggs before your cancer treatment. We're sorry to tell you "
           "that the plan won't pay it, and we want to explain why.", 9.3)
    W = p.W
    p.table(["Date", "Code", "What was done", "Billed"],
            [[slash(ret), c, w, usd(v)] for c, w, v in lines] + [["", "", "Total billed", usd(total)]],
            [W * 0.18, W * 0.14, W * 0.46, W * 0.22], size=8.8, row_h=5.2, head_h=6, aligns=["L", "L", "L", "R"],
            bold_last=True)
    p.timeline("How the dates line up", [(mon_day(consult), "First visit at the clinic"),
                                         (mon_day(stim), "Stimulation began"), (mon_day(ret), "Eggs retrieved"),
                                         (mon_day(chemo), "Chemotherapy began"),
                                         (mon_day(told), "Clinic first told us")])
    p.para(f"Your plan covers fertility preservation before treatment that may cause infertility, as the {ACT} "
           "requires. The plan asks for approval first. When cancer treatment can't wait, the clinic may start right "
           "away, but it has to let us know within 2 business days after stimulation begins, so we can confirm the "
           f"care is covered. We first heard about this care on {long(told)}, 41 days after stimulation began. No one "
           "asked for approval before that, so this claim can't be paid.", 9.3)
    p.para(f"Your oncologist, Dr. {onc}, and the cancer care you are getting now are not affected by this decision.",
           9.3)
    p.para("**If the clinic did call us sooner:** ask them for the date and the name of the person they spoke to, "
           "and send it with your appeal. We will look again.", 9.3)
    p.para("**To appeal:** ask within 180 days of the date at the top of this letter. Write to Appeals, "
           f"{INS}, {INS_ADDR}, or call member services. The clinic may appeal for you.", 9.3)
    p.sign(["Claims Review", INS], 9)
    t = truth("denial_letter", "prior_authorization", insurer=INS, plan_id=LG, group=g, member_id=pid,
              member_name=pt, cases=[claim], claim_amount=m2(total), service_dates=[iso(ret)], denial_date=iso(nd),
              provider=clinic, appeal_deadline=iso(plus(nd, 180)), alternates={"insurer": INS_ALT, "provider": [rei]})
    return out(p), t


# -----------------------------------------------------------------------------------------------------------------
def phone_es_age(rng):
    pt = person(rng, ES_F, ES_L, USED)
    rei = doc(rng)
    pid, g = mid(rng), grp(rng)
    nd = workday(dt.date(2026, 3, rng.randint(16, 20)))
    recd = workday(plus(nd, -rng.randint(5, 8)))
    stim = workday(plus(nd, rng.randint(28, 34)))
    bday = plus(stim, -rng.randint(6, 12))
    dob = dt.date(bday.year - 45, bday.month, bday.day)
    req = "UM" + digits(rng, 8)
    clinic = "Saltmarsh Reproductive Associates"
    p = ENSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 15, 18)
    p.add_page()
    ins_head(p, rng, es=True)
    p.f(9.6)
    p.cell(0, 5, f"Fecha: {es_date(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in addr(rng, pt):
        p.line(ln, 9.6)
    p.ln(3)
    p.id_strip([(pid, "número de miembro"), (g, "grupo"), (LG, "plan"), (req, "número de solicitud")], size=9)
    p.id_strip([(es_short(dob), "fecha de nacimiento"), (es_short(recd), "recibimos la solicitud"),
                (es_short(stim), "inicio previsto de la estimulación")], size=9)
    p.heading("Su plan no paga la extracción de óvulos en este caso", 11.5)
    p.para(f"Estimada {first_last(pt)}:", 9.6)
    p.para(f"Su médico, {rei}, de {clinic}, nos pidió aprobar un ciclo de fertilización in vitro (FIV) con "
           f"extracción de sus óvulos (CPT 58970). La estimulación empezaría el {es_date(stim)}.", 9.3)
    p.para(f"Su plan sigue la Ley de Cobertura para Formar una Familia de Vereland ({ACT}). Según la ley y su "
           "póliza, la extracción de óvulos se cubre solo si la persona tiene menos de 45 años el primer día de la "
           f"estimulación. Usted cumple 45 años el {es_date(bday)}, antes de esa fecha. Por eso el plan no puede "
           "pagar este ciclo ni los medicamentos, las ecografías y el trabajo de laboratorio que lo acompañan.", 9.3)
    p.para("Esto no cambia otros beneficios: la transferencia de embriones que ya tiene congelados sigue cubierta, y "
           "la FIV con óvulos de donante también, con nuestra aprobación previa.", 9.3)
    p.heading("Si no está de acuerdo", 10.5)
    p.para("Puede pedirnos que revisemos esta decisión (una apelación) dentro de 180 días a partir de la fecha de "
           f"esta carta. Escriba a Apelaciones, {INS}, {INS_ADDR}, o llame a servicios al miembro. Si su salud "
           "corre peligro por la espera, su médico puede pedir una revisión rápida (72 horas). Después de nuestra "
           "respuesta final, puede pedir una revisión externa al Departamento de Seguros de Vereland dentro de 4 "
           "meses.", 9.2)
    p.sign(["Atentamente,", "Gestión de Utilización", INS], 9.2)
    t = truth("denial_letter", "not_covered", insurer=INS, plan_id=LG, group=g, member_id=pid, member_name=pt,
              cases=[req], service_dates=[iso(stim)], denial_date=iso(nd), provider=rei,
              appeal_deadline=iso(plus(nd, 180)), lang="es",
              alternates={"insurer": INS_ALT, "provider": [clinic]}, denial_alternates=["eligibility"])
    return out(p), t


# -----------------------------------------------------------------------------------------------------------------
def rotated_claim_summary(rng):
    clinic = "Saltmarsh Reproductive Associates"
    docs_ = [doc(rng) for _ in range(2)]
    sd = workday(dt.date(2026, 5, rng.randint(18, 22)))
    trace = "1" + digits(rng, 14)
    pts = [who(rng, "F") for _ in range(4)]
    rows_src = []
    for k, pt in enumerate(pts):
        d = workday(plus(sd, -rng.randint(20, 44)))
        if k == 2:
            lines = [("58970", "Egg retrieval", 3050.00, 1912.40, "A1"),
                     ("76948", "Ultrasound guidance", 390.00, 188.20, "A1"),
                     ("89280", "ICSI, 10 eggs or fewer", 1480.00, 0.00, "C9"),
                     ("89250", "Embryo culture, 4-6 days", 2260.00, 1347.80, "A1"),
                     ("89254", "Egg identification", 610.00, 318.60, "A1")]
        elif k == 0:
            lines = [("58974", "Embryo transfer", 1825.00, 1104.10, "A1"), ("89352", "Thawing of embryos", 740.00,
                                                                            402.50, "A1")]
        elif k == 1:
            lines = [("76857", "Follicle ultrasound", 240.00, 121.30, "A1"), ("82670", "Estradiol", 92.00, 33.60,
                                                                              "A1"),
                     ("84144", "Progesterone", 86.00, 31.20, "A1")]
        else:
            lines = [("99213", "Follow-up visit", 190.00, 88.70, "K4"), ("84702", "hCG, quantitative", 84.00, 29.40,
                                                                         "A1")]
        rows_src.append(dict(pt=pt, id=mid(rng), g=grp(rng), no=hw_claim(rng), d=d, rend=docs_[k % 2],
                             acct="SRA-" + digits(rng, 6), lines=lines))
    den = rows_src[2]
    rows = []
    tb = tp = 0.0
    for k, c in enumerate(rows_src):
        rows.append(("span", f"{c['pt']}   Member {c['id']}   Grp {c['g']}   Claim {c['no']}"))
        rows.append(("note", f"      Patient account {c['acct']}     Rendering: Dr. {c['rend']}"))
        for j, (code, what, b, pd, note) in enumerate(c["lines"]):
            if k == 2 and j == 2:
                rows.append(("break",))
            rows.append([dd_mon(c["d"]), code, what, "1", flat(b), flat(pd), flat(b - pd), note])
        cb, cp = sum(x[2] for x in c["lines"]), sum(x[3] for x in c["lines"])
        tb, tp = tb + cb, tp + cp
        rows.append(("bold", ["", "", "Claim total", "", flat(cb), flat(cp), flat(cb - cp), ""]))
        rows.append(("gap",))
    rows.append(("bold", ["", "", "TOTAL THIS SUMMARY", "", flat(tb), flat(tp), flat(tb - tp), ""]))
    p = ENSheet(footer="Page {n} of {nb}", run_head=f"Provider claim summary  {slash(sd)}  \u00b7  {clinic}  \u00b7  "
                                                    f"page {{n}}")
    p.set_margins(14, 14, 14)
    p.add_page()
    fbm_head(p, rng, "for", box="PROVIDER CLAIM SUMMARY")
    p.tab_boxes([[("PAYEE", clinic, 70), ("PAYEE NPI", npi(rng), 36), ("TAX ID", f"{digits(rng, 2)}-{digits(rng, 7)}",
                                                                           32), ("SUMMARY DATE", slash(sd), 50)],
                 [("EFT TRACE", trace, 56), ("DEPOSIT ON", slash(plus(sd, 2)), 36), ("AMOUNT SENT", usd(tp), 40),
                  ("CLAIMS", str(len(rows_src)), 20), ("CLINIC LICENSE", "VR-ART-0" + digits(rng, 3), 36)]],
                size=8.6)
    p.f(8)
    p.multi_cell(p.W, 3.9, f"Claims for members of {INS} group plans, paid by Hatchwell for the insurer. Note codes "
                           "are explained at the end of this summary.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    W = p.W
    widths = [W * k / 100 for k in (12, 8, 30, 5, 12, 12, 12, 9)]
    p.run_table(["Service date", "Code", "Description", "Qty", "Billed", "Paid", "Not paid", "Note"], widths,
                ["L", "L", "L", "C", "R", "R", "R", "C"], rows, size=7.2, row_h=4.4)
    p.code_key("Note codes", [("A1", "Paid at the contracted rate."),
                              ("K4", "Visit paid after the member's specialist copay."),
                              ("C9", "The code does not match the embryology record: ICSI was done on more than 10 "
                                     "eggs, which is 89281. Send a corrected claim with the right code."),
                              ("L3", "Past the member's lifetime limit of three egg retrievals."),
                              ("P5", "Approval was needed before the service and none is on file."),
                              ("T2", "Treatment is not part of the member's plan (diagnosis only).")], ncol=2)
    p.para("A review of any line may be requested within 120 days of the summary date. Send the claim number and "
           f"the reason to Provider Reviews, {FBM}, {FBM_ADDR}. A corrected claim is not a review; send corrected "
           "claims through your usual channel.", 8.4)
    den_total = sum(x[2] for x in den["lines"])
    t = truth("eob", "coding_error", insurer=FBM, group=den["g"], member_id=den["id"], member_name=den["pt"],
              cases=[den["no"]], claim_amount=m2(den_total), service_dates=[iso(den["d"])], denial_date=iso(sd),
              provider=clinic, appeal_deadline=iso(plus(sd, 120)),
              alternates={"insurer": FBM_ALT, "provider": [den["rend"]], "claim_amount": ["1480.00"]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    cover, stack = (None, None)
    a1 = bd_statement(rng)
    a2 = fax_fourth_retrieval(rng)
    cover, stack = fax_stack(rng)
    a4 = scan_ovarian_reserve(rng)
    a5 = photocopy_preservation(rng)
    a6 = phone_es_age(rng)
    a7 = rotated_claim_summary(rng)
    return [
        Item(f"{f}_bd_household_statement_iui_line_page_two_t2", "born_digital", [a1]),
        Item(f"{f}_faxstd_fourth_retrieval_lifetime_three", "fax_standard_g4", [a2]),
        Item(f"{f}_faxstd_stack_records_not_sent_then_iui_approved", "fax_standard_g4", stack,
             separators=[cover, None], turns={(1, 0): 180}),
        Item(f"{f}_scan_ivf_ovarian_reserve_not_necessary", "scan_clean_300", [a4]),
        Item(f"{f}_photocopy_preservation_notice_late", "photocopy", [a5]),
        Item(f"{f}_phone_es_edad_45_estimulacion", "phone_photo", [a6]),
        Item(f"{f}_rotated_claim_summary_icsi_code", "rotated", [a7]),
    ]
