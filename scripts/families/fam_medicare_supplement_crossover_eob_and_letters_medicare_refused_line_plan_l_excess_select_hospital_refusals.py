"""Papers mirrored (structure and plain wording style only) from what a Medicare Supplement (Medigap) insurer sends
after Medicare has processed a claim and passed it on by crossover: an explanation of benefits to the insured and
letters to insureds and hospitals.
What is taken from the public program: the standardized Medigap plans (Plan F and Plan G pay Part B excess charges,
Plan L pays 75% of the Part B coinsurance and no excess charges, Plan G does not pay the Part B deductible); a
Medicare SELECT policy pays the hospital benefits only at its network hospitals except in an emergency; Medigap pays
only toward services Medicare approves; Medicare's 2026 Part A deductible of $1,736.00 and Part B deductible of
$283.00; a non-participating doctor's limiting charge of 115% of the approved amount; Medicare returning a drug line
from a single-dose container without the JZ or JW modifier as unprocessable; Medicare's national coverage decision
not to cover platelet-rich plasma injections outside its study rules; routine eye refraction and maintenance
chiropractic care as things Medicare does not pay for; Medicare numbers (MBI) and Medicare claim numbers (ICN) of the
usual shapes; CPT/HCPCS codes as themselves.
Invented: the insurer Brindlecote Mutual Life and Health Insurance Company and its administrator Tamberlin Senior
Benefit Services, LLC, every insured, doctor, practice, hospital, laboratory, agent, policy number ("M" + three
digits + "-" + six), claim number ("BC" + year, day of year, four digits), Medicare number, ICN, remark code (P1, P2,
X1, N7, D2, M4, H3, J6), trace number, review limit (90 days for insureds, 180 days for providers, 60 days on a
letter) and every amount; phones 555.

Documents (8 in 7 files):
- born_digital_eob_three_claims_refraction_line_n7_sidebar_policy_at_a_glance: a two-page "BRINDLECOTE EXPLANATION
  OF BENEFITS" (logo word run into the title) to a Plan G insured: statement facts beside the address, a money
  summary, three crossover claims in a table printed beside a side column (policy at a glance with the spouse's
  policy number for the household discount, Medicare number, contacts); a cardiology claim paying Part B excess
  charges (X1), an eye claim whose refraction line pays 0.00 under N7 (told only in the code key on page 2), a lab
  claim paying 0.00 under P1 because Medicare paid it all (not a refusal); code key, review "within 90 days of the
  date of this statement", Medicare's 120-day appeal and an example amount as decoys.
- scan_plan_l_letter_surgeon_excess_charge_brand_split_over_two_lines: a clean-scan letter ("BRINDLE" over "COTE",
  the rest of the name beside) on a non-participating surgeon's Part B excess charge under Plan L (75% of the
  coinsurance paid), boxes with captions beside their values, the limiting charge and the out-of-pocket limit as
  decoys; "must reach us by" a printed date.
- lowres_select_policy_hip_replacement_non_network_hospital_part_a_deductible: a 150 dpi letter under letter-spaced
  capitals with an "administered by" line: values over a rule with captions under them, a side column of network
  hospitals beside the letter, a planned hip replacement at a hospital outside the SELECT network (Part A deductible
  not paid; the surgeon's Part B claim paid as a decoy); "within 60 days of the date of this letter".
- photocopy_es_quiropractica_mantenimiento_medicare_no_necesaria: a photocopied Spanish letter ("BRINDLECOTE AVISO
  SOBRE SU RECLAMO") on four chiropractic visits Medicare found to be maintenance care, money without "$";
  "dentro de los 60 días siguientes a la fecha de esta carta".
- faxfine_stack_letter_cover_part_a_deductible_paid_then_infusion_drug_line_unprocessable: a fine-fax stack: a cover
  sheet from the administrator's provider services desk that opens "Dear Ms. ...," and runs like a letter, a claim
  payment notice to the hospital (Part A deductible paid; denies nothing), and a two-page letter on an outpatient
  infusion claim whose drug line Medicare returned without the JZ/JW modifier (second page, with the lines and the
  180-day review, fed sideways); a fax header line on every page.
- phone_policy_not_in_force_on_date_of_service_previous_insurer: a photographed letter: Mohs surgery done eight days
  before the replacement policy began (the former insurer, the agent and his license number, the old policy's number
  as decoys), facts in a side column; "You have until" a printed date.
- rotated_prp_knee_injection_medicare_ncd_investigational_two_columns: a letter fed turned, a logo word run into
  "CLAIM DECISION", text in two columns, a running footer of identifiers; Medicare refused a platelet-rich plasma
  knee injection under its coverage decision; "within 90 days of the date of this letter".
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundel_famlf import (ELSheet, abbr, digits, dmy_dash, es_date, first_last, iso, letter_cover, long, m2,
                               mbi, mbi_dashed, n2, nod, ord_long, out, people, plus, slash, surname, tollfree, truth,
                               usd, wday_long, workday, yy)

FAMILY = "medicare_supplement_crossover_eob_and_letters_medicare_refused_line_plan_l_excess_select_hospital_refusals"
LANG = "en"
SEED = 355015
ORG = "Brindlecote Mutual Life and Health Insurance Company"
ORG_ALT = ["Brindlecote Mutual Life and Health", "Brindlecote Mutual", "Brindlecote"]
ADMIN = "Tamberlin Senior Benefit Services, LLC"
SVC = "Medicare Supplement Service Office"
BOX = "P.O. Box 30418, Sioux Falls, SD 57186-0418"
LEGAL = f"{ORG}, Sioux Falls, SD 57106. Not connected with or endorsed by the federal Medicare program."
ADMIN_LINE = f"Medicare supplement claims administered by {ADMIN}"
PART_A_DED = 1736.00
USED: set = set()                     # names printed so far in this family (cleared by documents())
TOWNS = [("Brookings", "SD", "57006"), ("Watertown", "SD", "57201"), ("Aberdeen", "SD", "57401"),
         ("Jamestown", "ND", "58401"), ("Marshall", "MN", "56258"), ("Yankton", "SD", "57078"),
         ("Mitchell", "SD", "57301"), ("Worthington", "MN", "56187")]
STREETS = ["Prairie Rose Ln", "Coteau Ave", "Quarry Hill Rd", "Elmcrest Dr", "Windbreak Ct", "N Granary St",
           "Lake Poinsett Rd", "Ridgeline Blvd"]


def policy(rng) -> str:
    return f"M{digits(rng, 3)}-{digits(rng, 6)}"


def doy(d: dt.date) -> int:
    return d.timetuple().tm_yday


def our_claim(rng, d: dt.date) -> str:
    return f"BC{d:%y}{doy(d):03d}{digits(rng, 4)}"


def icn(rng, d: dt.date, part: str = "B") -> str:
    return f"{'22' if part == 'B' else '21'}{d:%y}{doy(d):03d}{digits(rng, 6)}"


def addr(rng, name: str) -> list[str]:
    town, st, z = rng.choice(TOWNS)
    return [name, f"{rng.randint(110, 4980)} {rng.choice(STREETS)}", f"{town}, {st} {z}-{digits(rng, 4)}"]


def lines(rng) -> list[str]:
    return [f"{SVC}  |  {BOX}", f"{tollfree(rng, '866')}  |  TTY 711  |  Monday-Friday, 7 a.m. to 6 p.m. Central"]


# ---------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    """Plan G explanation of benefits: three crossover claims, the eye claim's refraction line refused (N7)."""
    ins, optom, cardio = people(rng, 3, "sr", sexes="FFM", used=USED)
    pol = policy(rng)
    spouse_pol = pol[:-2] + f"{(int(pol[-2:]) + 1) % 100:02d}"
    m = mbi(rng)
    sd = workday(dt.date(2026, 5, rng.randint(6, 8)))
    d1 = workday(plus(sd, -rng.randint(26, 31)))
    d2 = workday(plus(sd, -rng.randint(15, 20)))
    d3 = workday(plus(d1, 1))
    eye = "Lakeshore Eye Associates"
    heart = "Prairie Lantern Heart Clinic"
    lab = "Dakota Plains Reference Laboratory"
    claims = []
    # cardiology: non-participating, charges at the limiting charge, Plan G pays coinsurance and excess
    c1 = []
    for code, what, a in (("99214", "Office visit", 128.76), ("93000", "Electrocardiogram", 16.32)):
        ch = round(a * 1.15, 2)
        mp = round(a * 0.8, 2)
        c1.append((code, what, ch, a, mp, round(ch - mp, 2), "P2 X1"))
    claims.append(dict(prov=heart, doc=f"{cardio}, M.D.", d=d1, lines=c1))
    c2 = [("92014", "Eye exam", 185.00, 132.40, round(132.40 * 0.8, 2), round(132.40 * 0.2, 2), "P2"),
          ("92015", "Refraction", 65.00, 0.00, 0.00, 0.00, "N7"),
          ("92134", "Retina scan (OCT)", 95.00, 38.19, round(38.19 * 0.8, 2), round(38.19 - round(38.19 * 0.8, 2), 2),
           "P2")]
    claims.append(dict(prov=eye, doc=f"{optom}, O.D.", d=d2, lines=c2))
    c3 = [(c, w, ch, a, a, 0.00, "P1") for c, w, ch, a in (("80053", "Metabolic panel", 48.00, 10.56),
                                                          ("83036", "Hemoglobin A1c", 39.00, 9.71),
                                                          ("85025", "Blood count", 27.00, 7.77))]
    claims.append(dict(prov=lab, doc="", d=d3, lines=c3))
    for c in claims:
        c["our"] = our_claim(rng, plus(c["d"], rng.randint(9, 13)))
        c["icn"] = icn(rng, plus(c["d"], rng.randint(3, 6)))
        c["rcvd"] = plus(c["d"], rng.randint(9, 13))
    den = claims[1]
    tot = [sum(ln[i] for c in claims for ln in c["lines"]) for i in (2, 3, 4, 5)]
    owe = 65.00
    eff = dt.date(2021, rng.choice([3, 6, 9]), 1)
    met = dt.date(2026, 2, rng.randint(9, 20))
    thru = dt.date(2026, 6, 30)
    tf = tollfree(rng, "866")
    p = ELSheet(footer="Page {n} of {nb}", every=f"{ins}  |  Policy {pol}  |  Statement date {slash(sd)}",
                ids_foot=LEGAL)
    p.set_margins(14, 14, 14)
    p.add_page()
    p.logo_title("Brindlecote", "Explanation of Benefits", [f"Medicare Supplement Insurance  |  {SVC}  |  {BOX}"],
                 admin=ADMIN_LINE, size=15.5)
    p.addr_pairs_right(addr(rng, ins), [("Statement date", long(sd)), ("Insured", ins), ("Policy number", pol),
                                        ("Plan", "Medicare Supplement Plan G"), ("Statement no.", f"S{digits(rng, 9)}")],
                       split=0.48, cap_w=30, size=8.8)
    p.framed_note("THIS IS NOT A BILL. It shows what Medicare sent us for the claims below and what we paid. "
                  "Your providers may bill you for the amount under \"You may owe your providers.\"", 8.4)
    yb = p.money_box("This statement at a glance", [("Amount your providers charged", usd(tot[0])),
                                               ("Amount Medicare approved", usd(tot[1])),
                                               ("Amount Medicare paid", usd(tot[2])), ("Amount we paid", usd(tot[3])),
                                               ("You may owe your providers", usd(owe))], w=96, size=8.6)
    p.set_y(yb + 4)

    def table(w):
        widths = [w * k / 100 for k in (13, 31, 12.5, 12.5, 12, 11, 8)]
        rows = []
        for c in claims:
            rows.append(("span", c["prov"] + (f"  (Rendering: {c['doc']})" if c["doc"] else "")))
            rows.append(("span", f"Claim {c['our']}   Medicare claim {c['icn']}   From Medicare {yy(c['rcvd'])}"))
            for code, what, ch, a, mp, we, note in c["lines"]:
                rows.append([slash(c["d"]), f"{code} {what}", n2(ch), n2(a), n2(mp), n2(we), note])
            rows.append(("bold", ["", "Claim total", n2(sum(x[2] for x in c["lines"])),
                                  n2(sum(x[3] for x in c["lines"])), n2(sum(x[4] for x in c["lines"])),
                                  n2(sum(x[5] for x in c["lines"])), ""]))
            rows.append(("gap",))
        p.f(9.4, "B")
        p.cell(w, 5, "Your claims", new_x="LMARGIN", new_y="NEXT")
        p.open_table(["Service date", "What was done", "Amount charged", "Medicare approved", "Medicare paid",
                      "We paid", "Note"], widths, ["L", "L", "R", "R", "R", "R", "L"], rows, size=7.1, row_h=4.1)

    p.with_side([("Your policy at a glance", [("Plan", "Medicare Supplement Plan G"),
                                              ("In force since", slash(eff)),
                                              ("2026 Part B deductible ($283.00)", f"Met on {slash(met)}"),
                                              ("Premium paid through", slash(thru)),
                                              ("Household discount", f"Applied with policy {spouse_pol}")]),
                 ("Your Medicare", [("Medicare number", mbi_dashed(m)),
                                    "Medicare sends your claims to us. You do not need to mail them."]),
                 ("Questions?", [("Call", tf), ("Hours", "Mon-Fri 7 a.m.-6 p.m. Central"), ("Write", BOX)])],
                54, table, size=7.6)
    p.add_page()
    p.glossary("What the notes mean", [
        ("P1", "Medicare paid the whole approved amount. Nothing was left for this policy to pay."),
        ("P2", "We paid the Part B coinsurance (20% of the Medicare-approved amount)."),
        ("X1", "Your doctor does not accept Medicare assignment and charged more than Medicare approves. Plan G "
               "pays this Part B excess charge."),
        ("D2", "Applied to the Medicare Part B deductible. Plan G does not pay the Part B deductible."),
        ("N7", "Medicare did not approve this service because Medicare does not pay for it. This policy pays only "
               "toward services Medicare approves, so we did not pay it. You may owe the provider for it."),
        ("M4", "Medicare found this service was not reasonable and necessary, so we did not pay it."),
        ("H3", "Paid toward the Part A deductible for this benefit period."),
        ("J6", "Medicare returned this line to the provider without processing it.")], size=7.8)
    p.ln(2)
    p.cols([[("If you disagree with us", "If you think we handled a claim on this statement the wrong way, write "
                                          "to us within 90 days of the date of this statement. Tell us the claim "
                                          f"number and why you disagree, and send it to {BOX}. We answer in writing "
                                          "within 30 days.")],
            [("If you disagree with Medicare", "We follow Medicare's decisions. If Medicare did not approve a service, "
                                               "only Medicare can change that. Follow the steps on your Medicare "
                                               "Summary Notice; Medicare must get your appeal within 120 days of the "
                                               "day you receive that notice. If Medicare later pays, we will pay our "
                                               "part.")],
            [("How Plan G works", "Plan G pays what is left of a Medicare-approved amount after Medicare pays, except "
                                  "the Part B deductible. For example, if Medicare approves $100.00 for a visit and "
                                  "pays $80.00, Plan G pays the other $20.00.")]], size=7.9)
    p.para(f"Keep this statement with your Medicare Summary Notices. Questions: {tf} (TTY 711). Anyone who knowingly "
           "files a false claim may be guilty of a crime.", 7.8)
    t = truth("eob", "not_covered", insurer=ORG, member_id=pol, member_name=ins, cases=[den["our"]],
              claim_amount=m2(345.00), service_dates=[iso(d2)], denial_date=iso(sd), provider=eye,
              appeal_deadline=iso(plus(sd, 90)),
              alternates={"insurer": ORG_ALT, "plan_id": ["Plan G", "G"], "case_numbers": [[den["our"], den["icn"]]],
                          "claim_amount": ["65.00"], "provider": [optom]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan_plan_l_excess(rng):
    ins, surg, sig = people(rng, 3, "sr", sexes="MMF", used=USED)
    pol = policy(rng)
    practice = "Red Pipestone Orthopaedics, P.C."
    dos = workday(dt.date(2026, 4, rng.randint(6, 10)))
    rcvd = plus(dos, rng.randint(18, 23))
    ld = workday(plus(rcvd, rng.randint(5, 8)))
    by = plus(ld, 60)
    a = rng.choice([598.36, 612.40, 624.18])
    ch = round(a * 1.12, 2)
    limit = round(a * 1.15, 2)
    mp = round(a * 0.8, 2)
    coins = round(a - mp, 2)
    plan = round(coins * 0.75, 2)
    you_c = round(coins - plan, 2)
    exc = round(ch - a, 2)
    claim = our_claim(rng, rcvd)
    micn = icn(rng, plus(dos, 6))
    p = ELSheet(footer="Page {n} of {nb}", ids_foot=LEGAL)
    p.set_margins(20, 16, 20)
    p.add_page()
    p.split_head("Brindle", "cote", ["Mutual Life and Health", "Insurance Company"], lines(rng), size=23)
    p.line(ord_long(ld), 10)
    p.ln(2)
    for ln in addr(rng, ins):
        p.line(ln, 10)
    p.ln(4)
    W = p.w - p.l_margin - p.r_margin
    p.beside_caps([[(pol, "Policy number", W * 0.34), (claim, "Our claim no.", W * 0.33),
                    ("Plan L", "Medicare supplement plan", W * 0.33)],
                   [(micn, "Medicare claim no.", W * 0.34), (slash(dos), "Date of surgery", W * 0.33),
                    (usd(ch), "Surgeon charged", W * 0.33)]], size=9, cap=5.8)
    p.heading("About the part of your surgeon's bill that is above Medicare's amount", 11.5)
    p.para(f"Dear {first_last(ins)}:", 10)
    p.para(f"Medicare sent us the claim from {practice} for your knee surgery on {long(dos)}. Your surgeon, Dr. {surg}, "
           "does not accept Medicare assignment. Doctors who do not accept assignment may charge more than the amount "
           "Medicare approves, up to a limit. The amount above Medicare's approved amount is called a Part B excess "
           "charge.", 10)
    widths = [W * k / 100 for k in (21, 10.5, 11, 11, 12.5, 12, 11, 11)]
    p.table(["Service", "Charged", "Medicare approved", "Medicare paid", "Coinsurance", "Plan L paid (75%)",
             "Excess charge", "You pay"],
            [["29881 Knee arthroscopy", n2(ch), n2(a), n2(mp), n2(coins), n2(plan), n2(exc), n2(you_c + exc)]],
            widths, size=8.2, aligns=["L"] + ["R"] * 7)
    p.para(f"Plan L pays 75% of the Part B coinsurance, so we paid {usd(plan)} and you owe the other "
           f"{usd(you_c)}. Plan L does not pay Part B excess charges; of the standardized plans, only Plan F and "
           f"Plan G do. That is why we did not pay the {usd(exc)} excess charge. The most Dr. {surname(surg)} may "
           f"charge for this surgery under Medicare's limit is {usd(limit)}, and the bill is within that limit.", 10)
    p.para("Excess charges do not count toward your Plan L yearly out-of-pocket limit. After you reach that limit, we "
           "pay 100% of the coinsurance for the rest of the calendar year, but still no excess charges.", 10)
    p.heading("If you think we made a mistake", 10.6)
    p.para(f"Write to us at {BOX}. Tell us the claim number above and why you disagree. Your letter must reach us by "
           f"{long(by)}. If you disagree with what Medicare approved, that is a Medicare appeal: follow the steps on "
           "your Medicare Summary Notice (Medicare allows 120 days from the day you get it).", 10)
    p.signoff(["Sincerely,", "", sig, "Claims Review, Medicare Supplement Service Office"], 9.8)
    p.f(7.4)
    p.cell(0, 4, f"Ref. {claim} / {pol} / mailed {slash(ld)} / form BMS-XC-L (01/26)", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "not_covered", insurer=ORG, member_id=pol, member_name=ins, cases=[claim],
              claim_amount=m2(ch), service_dates=[iso(dos)], denial_date=iso(ld), provider=surg,
              appeal_deadline=iso(by),
              alternates={"insurer": ORG_ALT, "plan_id": ["Plan L", "L"], "case_numbers": [[claim, micn]],
                          "claim_amount": [m2(exc)], "provider": [practice, "Red Pipestone Orthopaedics"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_select(rng):
    ins, surg, sig = people(rng, 3, "sr", sexes="MMF", used=USED)
    pol = policy(rng)
    m = mbi(rng)
    hosp = "Ardenwick Regional Medical Center"
    adm = workday(dt.date(2026, 3, rng.randint(9, 12)))
    dis = plus(adm, 3)
    rcvd = plus(dis, rng.randint(16, 21))
    ld = workday(plus(rcvd, rng.randint(6, 9)))
    charges = round(rng.uniform(47000, 56000), 2)
    claim = our_claim(rng, rcvd)
    aicn = icn(rng, plus(dis, 8), "A")
    surg_claim = our_claim(rng, plus(rcvd, 3))
    p = ELSheet(footer="Page {n} of {nb}", ids_foot=LEGAL)
    p.set_margins(20, 16, 20)
    p.add_page()
    p.spaced_head("Brindlecote", "Mutual Life & Health", lines(rng), admin=ADMIN_LINE, size=20, spacing=3.4)
    p.line(wday_long(ld), 10)
    p.ln(2)
    for ln in addr(rng, ins):
        p.line(ln, 10)
    p.ln(4)
    W = p.w - p.l_margin - p.r_margin
    p.hung([(pol, "Policy number", W * 0.2), (claim, "Claim number", W * 0.22),
            (f"{slash(adm)} - {slash(dis)}", "Hospital stay", W * 0.3), (usd(charges), "Hospital's charges",
                                                                         W * 0.28)], size=9.2)
    p.ln(2)
    p.hung([("Medicare SELECT Plan G", "Your plan", W * 0.42), (mbi_dashed(m), "Medicare number", W * 0.3),
            (aicn, "Medicare claim number", W * 0.28)], size=9.2)
    p.ln(3)
    p.f(12, "B")
    p.cell(0, 7, "Your hospital stay was not at a Medicare SELECT hospital", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)

    def body(w):
        p.left_para(f"Dear {first_last(ins)}:", 9.6)
        p.left_para(f"Medicare paid its share of your stay at {hosp} from {long(adm)} through {long(dis)}, when Dr. "
                    f"{surg} replaced your right hip. The hospital then asked us to pay the Part A deductible of "
                    f"{usd(PART_A_DED)}.", 9.5)
        p.left_para("Your policy is a Medicare SELECT policy. It costs less than our standard Plan G because it pays "
                    "the hospital benefits only when you are a patient at one of our SELECT network hospitals. We "
                    "also pay them at another hospital when you need emergency care, or when the care you need is not "
                    "offered by any network hospital.", 9.5)
        p.left_para(f"Your hip replacement was planned weeks ahead, it was not an emergency, and the same surgery is "
                    f"done at the network hospitals listed at the right. {hosp} is not a SELECT network hospital, so we "
                    f"cannot pay the {usd(PART_A_DED)} Part A deductible for this stay.", 9.5)
        p.left_para(f"Doctors' bills are not limited to the network. We paid the coinsurance on Dr. "
                    f"{surname(surg)}'s Part B claim (our claim {surg_claim}) in full.", 9.5)

    p.with_side([("SELECT hospitals near you", ["Harvest Plains Community Hospital, Huron",
                                                         "Kettle Lake Memorial Hospital, Watertown",
                                                         "Bur Oak Regional Health, Sioux Falls",
                                                         "Lone Tree Valley Hospital, Mitchell"]),
                 ("Before a planned stay", ["Call us at the number above. We will tell you whether the hospital is "
                                            "in the network."])], 56, body, size=7.8)
    p.heading("If you disagree", 10.4)
    p.para("You can ask us to review this decision within 60 days of the date of this letter. Write to us at the "
           "address above and send anything that shows the stay was an emergency or that no network hospital offers "
           "this surgery.", 9.6)
    p.signoff(["Sincerely,", "", sig, "Medicare SELECT Claims"], 9.6)
    t = truth("denial_letter", "out_of_network", insurer=ORG, member_id=pol, member_name=ins, cases=[claim],
              claim_amount=m2(charges), service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(ld),
              provider=hosp, appeal_deadline=iso(plus(ld, 60)),
              alternates={"insurer": ORG_ALT, "plan_id": ["Medicare SELECT Plan G", "Plan G", "G"],
                          "case_numbers": [[claim, aicn]], "claim_amount": [m2(PART_A_DED)], "provider": [surg]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_es(rng):
    ins, chiro, sig = people(rng, 3, "es", sexes="FMF", used=USED)
    pol = policy(rng)
    m = mbi(rng)
    clinic = "Sunridge Chiropractic Center"
    v1 = workday(dt.date(2026, 2, rng.randint(16, 19)))
    visits = [v1, plus(v1, 7), plus(v1, 14), plus(v1, 21)]
    rcvd = plus(visits[-1], rng.randint(15, 20))
    ld = workday(plus(rcvd, rng.randint(5, 8)))
    per = rng.choice([56.00, 58.00, 61.00])
    tot = per * 4
    claim = our_claim(rng, rcvd)
    micn = icn(rng, plus(visits[-1], 5))
    p = ELSheet(footer="Página {n} de {nb}", ids_foot=LEGAL)
    p.set_margins(19, 16, 19)
    p.add_page()
    p.logo_title("Brindlecote", "Aviso sobre su reclamo", [f"{SVC}  |  {BOX}",
                                                            f"{tollfree(rng, '866')} (español, opción 2)  |  TTY 711"],
                 admin=f"Reclamos del seguro suplementario de Medicare administrados por {ADMIN}", size=14,
                 shade=True)
    p.addr_kv(addr(rng, ins), [("Fecha de la carta", es_date(ld)), ("Asegurada", ins), ("Número de póliza", pol),
                               ("Plan", "Plan F"), ("Número de reclamo", claim), ("Reclamo de Medicare", micn),
                               ("Número de Medicare", mbi_dashed(m))], w=92, cap_w=34, size=8.6)
    p.ln(3)
    p.para(f"Estimada Sra. {surname(ins)}:", 10)
    p.para(f"Medicare nos envió el reclamo de {clinic} por cuatro visitas de quiropráctica con el Dr. {chiro}. Medicare "
           "decidió que estas visitas eran de mantenimiento: su condición ya no estaba mejorando con el tratamiento y "
           "las visitas servían para mantenerla estable. Medicare no considera médicamente necesario ese tipo de "
           "tratamiento y no aprobó ninguna cantidad.", 10)
    W = p.w - p.l_margin - p.r_margin
    rows = [[es_date(v), "98941 Manipulación de la columna", nod(per), "0.00", "0.00"] for v in visits]
    rows.append(["", "Total", nod(tot), "0.00", "0.00"])
    p.table(["Fecha de la visita", "Servicio", "Cargo (US$)", "Aprobado por Medicare", "Pagamos"], rows,
            [W * k / 100 for k in (25, 37, 12, 14, 12)], size=8.6, aligns=["L", "L", "R", "R", "R"], bold_last=True)
    p.para("Su póliza paga solamente la parte que le corresponde a usted de los servicios que Medicare aprueba. Como "
           "Medicare no aprobó estas visitas, nosotros tampoco podemos pagarlas. El quiropráctico le puede cobrar a "
           "usted si usted firmó un aviso antes de recibir los servicios.", 10)
    p.heading("Si no está de acuerdo", 10.6)
    p.para("Puede pedirnos que revisemos esta decisión dentro de los 60 días siguientes a la fecha de esta carta. "
           f"Escríbanos a {BOX} e indique el número de reclamo. Si no está de acuerdo con la decisión de Medicare, "
           "debe apelar ante Medicare siguiendo los pasos de su Resumen de Medicare (Medicare da 120 días desde que "
           "usted lo recibe).", 10)
    p.signoff(["Atentamente,", "", sig, "Revisión de Reclamos"], 9.8)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=pol, member_name=ins, cases=[claim],
              claim_amount=m2(tot), service_dates=[iso(v) for v in visits], denial_date=iso(ld), provider=clinic,
              appeal_deadline=iso(plus(ld, 60)), lang="es",
              alternates={"insurer": ORG_ALT, "plan_id": ["Plan F", "F"], "case_numbers": [[claim, micn]],
                          "provider": [chiro]},
              denial_alternates=["not_covered"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxfine_stack(rng):
    ins, rep, contact, att = people(rng, 4, "sr", sexes="MFFM", used=USED)
    pol = policy(rng)
    hosp = "Coteau Prairie Regional Hospital"
    pfs = f"{hosp}, Patient Financial Services"
    fd = workday(dt.date(2026, 5, rng.randint(12, 14)))
    call = plus(fd, -1 if fd.weekday() > 0 else -3)
    hdr = (f"{fd:%b-%d-%Y}".upper() + f" {rng.randint(9, 15):02d}:{rng.randint(10, 59)}  FROM: TAMBERLIN PROV SVCS  "
           f"(605) 555-{digits(rng, 4)}  TO: 1605555{digits(rng, 4)}  P.{{n}}")
    # the paid stay
    adm = workday(dt.date(2026, 2, rng.randint(14, 17)))
    dis = plus(adm, rng.randint(4, 6))
    ch1 = round(rng.uniform(31000, 42000), 2)
    r1 = plus(dis, rng.randint(20, 26))
    c1 = our_claim(rng, r1)
    i1 = icn(rng, plus(dis, 9), "A")
    n1 = workday(plus(r1, rng.randint(3, 5)))
    eft = f"{digits(rng, 10)}"
    # the infusion
    inf = workday(dt.date(2026, 4, rng.randint(6, 9)))
    r2 = plus(inf, rng.randint(14, 18))
    c2 = our_claim(rng, r2)
    i2 = icn(rng, plus(inf, 5))
    n2d = workday(plus(fd, -1))
    ln2 = [("0260", "96365", "IV infusion, first hour", 412.00), ("0260", "96366", "IV infusion, each added hour",
                                                                     148.00),
           ("0636", "J1756", "Iron sucrose, 1 mg (100 units)", 286.00)]
    tot2 = sum(x[3] for x in ln2)
    prov_no = f"P{digits(rng, 7)}"
    tf = tollfree(rng, "866")
    cover = letter_cover(
        ADMIN, ["Provider Services for Brindlecote Mutual Life and Health Insurance Company",
                f"{BOX}  |  Provider line {tf}"], wday_long(fd), f"Dear Ms. {surname(contact)},",
        [f"Thank you for calling our provider line on {wday_long(call)} about two claims for our insured, {ins}, "
         f"policy {pol}. I looked into both of them, and I am faxing you our two notices so that your office has them "
         "today.",
         f"The first notice confirms that we paid the Part A deductible for his stay in February. The payment went to "
         f"your hospital by electronic transfer on {slash(n1)} under trace number {eft}.",
         "The second letter explains what happened to the April infusion claim. Medicare passed the claim to us "
         "with one line it had not processed, so we could not pay our part of that line. Once your office sends "
         "Medicare a corrected claim, Medicare will pass it to us again and you do not need to send us anything.",
         f"If you have questions, you can call me directly and mention call reference CR-{digits(rng, 8)}."],
        ["Sincerely,", rep, "Provider Services Representative"],
        [("To", contact), ("From", rep), ("Office", "Patient Financial Svcs"), ("Fax", f"(605) 555-{digits(rng, 4)}"),
         ("Pages", "4 including this cover"), ("Re", f"Policy {pol}")], fax_hdr=hdr)
    # -- the payment notice (denies nothing)
    p = ELSheet(footer=None, fax_hdr=hdr, fax_off=1, ids_foot=LEGAL)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.spaced_head("Brindlecote", "Mutual Life & Health", lines(rng), admin=ADMIN_LINE, size=18, spacing=3.0,
                  box="CLAIM PAYMENT NOTICE")
    p.addr_kv([pfs.split(", ")[0], "Patient Financial Services", f"Attn: {contact}", "2150 Coteau Ridge Dr",
               "Watertown, SD 57201"],
              [("Notice date", slash(n1)), ("Insured / patient", ins), ("Policy number", pol), ("Our claim no.", c1),
               ("Medicare claim no.", i1), ("Provider no.", prov_no)], w=96, cap_w=34, size=8.6)
    p.ln(3)
    p.para(f"We received this inpatient claim from Medicare on {slash(r1)} and paid it. No action is needed.", 9.8)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Admitted", "Discharged", "Attending", "Total charges", "Medicare paid", "Part A deductible", "We paid"],
            [[slash(adm), slash(dis), f"{att}, M.D.", n2(ch1), n2(round(ch1 * 0.31, 2)), n2(PART_A_DED),
              n2(PART_A_DED)]], [W * k / 100 for k in (12, 12, 22, 14, 14, 14, 12)], size=8.2,
            aligns=["L", "L", "L", "R", "R", "R", "R"])
    p.para(f"Payment method: electronic funds transfer, trace {eft}, {usd(PART_A_DED)}. Plan G pays the Part A "
           "deductible once in each Medicare benefit period. Coinsurance for days 61 through 90 would also be paid by "
           "this policy; this stay did not reach day 61.", 9.2)
    p.para(f"Questions about this payment: Provider Services, {tf}.", 9.2)
    t1 = truth("other", None, insurer=ORG, member_id=pol, member_name=ins, cases=[c1], claim_amount=m2(ch1),
               service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(n1), provider=hosp,
               alternates={"insurer": ORG_ALT + [ADMIN], "case_numbers": [[c1, i1]], "plan_id": ["Plan G", "G"],
                           "provider": [att], "service_dates": [[]]})
    d1 = out(p)
    # -- the infusion letter (two pages; the second is fed sideways in the stack)
    q = ELSheet(footer="Page {n} of {nb}", fax_hdr=hdr, fax_off=2, ids_foot=LEGAL)
    q.set_margins(18, 14, 18)
    q.add_page()
    q.spaced_head("Brindlecote", "Mutual Life & Health", lines(rng), admin=ADMIN_LINE, size=18, spacing=3.0)
    q.line(long(n2d), 10)
    q.ln(2)
    q.addr_pairs_right([hosp, "Patient Financial Services", f"Attn: {contact}", "2150 Coteau Ridge Dr",
                        "Watertown, SD 57201"],
                       [("Insured", ins), ("Policy", pol), ("Our claim", c2), ("Medicare ICN", i2),
                        ("Service date", slash(inf)), ("Billed", usd(tot2))], split=0.5, cap_w=28, size=8.8)
    q.subject("Outpatient infusion claim: one line not processed by Medicare")
    q.para(f"Dear {contact.split()[0]} {surname(contact)}:", 10)
    q.para(f"Medicare passed us your hospital's outpatient claim for {ins}'s iron infusion on {long(inf)}. Medicare "
           "processed the two infusion lines, and we paid the coinsurance on them. Medicare did not process the drug "
           "line. Its remittance returned that line as unprocessable because it did not carry the modifier Medicare "
           "requires on drugs from single-dose containers (JZ when no drug was discarded, or JW with a separate line "
           "for the amount discarded).", 10)
    q.para("This policy pays the Part B coinsurance only on amounts Medicare approves. Because Medicare has not "
           "approved or processed the drug line, there is nothing on it for us to pay yet. We did not pay that line. "
           "The lines and what we did are on the next page.", 10)
    q.add_page()
    W = q.w - q.l_margin - q.r_margin
    q.heading("Lines on this claim", 10.6)
    q.table(["Rev.", "HCPCS", "Description", "Charges", "Medicare approved", "Medicare paid", "We paid",
             "Remark"],
            [[r, c, d, n2(a), n2(round(a * 0.52, 2)) if c != "J1756" else "0.00",
              n2(round(a * 0.52 * 0.8, 2)) if c != "J1756" else "0.00",
              n2(round(a * 0.52 - round(a * 0.52 * 0.8, 2), 2)) if c != "J1756" else "0.00",
              "P2" if c != "J1756" else "J6"] for r, c, d, a in ln2]
            + [["", "", "Claim total", n2(tot2), "", "", "", ""]],
            [W * k / 100 for k in (7, 9, 30, 11, 12, 11, 10, 10)], size=8.2,
            aligns=["L", "L", "L", "R", "R", "R", "R", "L"], bold_last=True)
    q.legend("Remarks", [("P2", "We paid the Part B coinsurance on the amount Medicare approved."),
                         ("J6", "Medicare returned this line without processing it (Medicare remark MA130, "
                                "reason CO-16: the claim lacks information needed to process it).")], size=8.2)
    q.heading("What your office can do", 10.6)
    q.para("Send Medicare a corrected claim with the right modifier on the drug line. When Medicare processes it, the "
           "claim will cross over to us again and we will pay the coinsurance then. You do not need to send us a "
           "paper claim.", 9.8)
    q.para("If you disagree with how we handled this claim, you may ask us for a review within 180 days of the date "
           f"of this letter. Write to Provider Reviews, {BOX}, and include the claim number.", 9.8)
    q.signoff(["Provider Claims Unit", ADMIN, "for Brindlecote Mutual Life and Health Insurance Company"], 9.2)
    t2 = truth("denial_letter", "coding_error", insurer=ORG, member_id=pol, member_name=ins, cases=[c2],
               claim_amount=m2(tot2), service_dates=[iso(inf)], denial_date=iso(n2d), provider=hosp,
               appeal_deadline=iso(plus(n2d, 180)),
               alternates={"insurer": ORG_ALT + [ADMIN], "case_numbers": [[c2, i2]], "plan_id": ["Plan G", "G"],
                           "claim_amount": ["286.00"]},
               denial_alternates=["other"])
    return cover, [(d1, t1), (out(q), t2)]


# ---------------------------------------------------------------------------------------------------------------
def phone_not_in_force(rng):
    ins, derm, agent, sig = people(rng, 4, "sr", sexes="FMMF", used=USED)
    pol = policy(rng)
    old_pol = f"CL{digits(rng, 9)}"
    practice = "Falls Park Dermatology & Skin Surgery"
    eff = dt.date(2026, 4, 1)
    dos = plus(eff, -rng.randint(7, 10))
    dos = workday(dos)
    rcvd = plus(eff, rng.randint(20, 28))
    ld = workday(plus(rcvd, rng.randint(4, 7)))
    by = plus(ld, 56)
    lines_ = [("17311", "Mohs surgery, first stage", 884.00), ("17312", "Mohs surgery, each added stage", 412.00),
              ("13132", "Repair of the wound", 538.00)]
    tot = sum(x[2] for x in lines_)
    claim = our_claim(rng, rcvd)
    micn = icn(rng, plus(dos, 24))
    lic = f"10{digits(rng, 6)}"
    p = ELSheet(footer=None, ids_foot=LEGAL)
    p.set_margins(18, 15, 18)
    p.add_page()
    p.spaced_head("Brindlecote", "Mutual Life & Health", lines(rng), size=19, spacing=3.0)
    p.line(abbr(ld), 10)
    p.ln(2)
    for ln in addr(rng, ins):
        p.line(ln, 10)
    p.ln(4)
    p.f(12.4, "B")
    p.multi_cell(0, 6, "We can't pay this claim: your policy with us had not started yet", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(2)

    def body(w):
        p.left_para(f"Dear {first_last(ins)}:", 9.8)
        p.left_para(f"Medicare sent us a claim from {practice} for skin cancer surgery by Dr. {derm} on "
                    f"{long(dos)}. Medicare processed the claim in April, after your Brindlecote policy began, and "
                    "that is why it came to us.", 9.8)
        p.left_para(f"Your Brindlecote Plan G policy started on {long(eff)}. A Medicare supplement policy pays only "
                    "for care you receive while the policy is in force. On the date of this surgery you were covered "
                    "by your former Medicare supplement policy with Corvessa Life Assurance Company, so we cannot pay "
                    "this claim.", 9.8)
        p.left_para("What to do: send a copy of your Medicare Summary Notice for this surgery to Corvessa Life "
                    f"Assurance Company and ask them to pay it. Your policy number with them was {old_pol}.", 9.8)
        W = w
        p.f(8.6, "B")
        p.cell(W, 5, f"Billed by {practice}", new_x="LMARGIN", new_y="NEXT")
        p.table(["Code", "Service", "Charged"], [[c, d, n2(a)] for c, d, a in lines_] + [["", "Total", n2(tot)]],
                [W * 0.16, W * 0.6, W * 0.24], size=8.6, aligns=["L", "L", "R"], bold_last=True)

    p.with_side([("About this claim", [("Policy number", pol), ("Our claim number", claim),
                                       ("Medicare claim number", micn), ("Date of service", slash(dos)),
                                       ("Policy start date", slash(eff))]),
                 ("Your agent", [agent, f"SD license no. {lic}", f"(605) 555-{digits(rng, 4)}"])],
                58, body, size=8.0)
    p.heading("If you disagree", 10.4)
    p.para(f"You have until {long(by)} to ask us to review this decision. Write to us at {BOX} and send anything that "
           "shows the surgery was done on or after your policy's start date.", 9.8)
    p.signoff(["Sincerely,", "", sig, "Policy Service and Claims"], 9.6)
    t = truth("denial_letter", "eligibility", insurer=ORG, member_id=pol, member_name=ins, cases=[claim],
              claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(ld), provider=practice,
              appeal_deadline=iso(by),
              alternates={"insurer": ORG_ALT, "plan_id": ["Plan G", "G"], "case_numbers": [[claim, micn]],
                          "provider": [derm]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_prp(rng):
    ins, doc, sig = people(rng, 3, "sr", sexes="MFM", used=USED)
    pol = policy(rng)
    practice = "Big Sioux Sports & Spine"
    dos = workday(dt.date(2026, 4, rng.randint(13, 17)))
    rcvd = plus(dos, rng.randint(16, 22))
    ld = workday(plus(rcvd, rng.randint(4, 7)))
    amt = rng.choice([850.00, 925.00, 975.00])
    claim = our_claim(rng, rcvd)
    micn = icn(rng, plus(dos, 7))
    abn = plus(dos, -rng.randint(6, 12))
    p = ELSheet(footer="Page {n} of {nb}", ids_foot=f"Policy {pol}   |   Claim {claim}   |   Letter {slash(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    p.logo_title("Brindlecote", "Claim Decision", [ORG, f"{SVC}  |  {BOX}"], admin=ADMIN_LINE, size=16,
                 shade=True)
    p.line(dmy_dash(ld), 10)
    p.ln(2)
    p.addr_pairs_right(addr(rng, ins), [("Insured", ins), ("Policy", pol), ("Claim", claim), ("Medicare claim", micn),
                                        ("Service", "0232T PRP injection, left knee"), ("Date of service", long(dos)),
                                        ("Charged", usd(amt))], split=0.46, cap_w=28, size=8.8)
    p.f(12.4, "B")
    p.cell(0, 7, "We did not pay for your knee injection", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.cols([[("What happened", f"On {long(dos)}, Dr. {doc} at {practice} gave you an injection of platelet-rich "
                               "plasma (PRP) made from your own blood into your left knee. Medicare sent us the "
                               f"claim, {usd(amt)}, after it refused to pay for it."),
             ("Why Medicare refused", "Medicare has a national coverage decision on PRP. It pays for PRP only for "
                                      "certain chronic wounds that will not heal, and only in approved studies. For "
                                      "other uses, such as knee pain, Medicare treats PRP as not yet proven and does "
                                      f"not pay. Your doctor's office had you sign a notice on {slash(abn)} that "
                                      "Medicare might not pay.")],
            [("Why we cannot pay", "Your policy pays only your share of services that Medicare approves. Medicare "
                                   "approved nothing for this injection, so there is nothing for us to pay toward. "
                                   "This also applies to any repeat injections."),
             ("If you disagree", "Write to us within 90 days of the date of this letter and tell us why. Send it to "
                                 f"{BOX}. If Medicare changes its decision after an appeal to Medicare, we will "
                                 "process the claim again on our own.")]], size=9.0)
    p.signoff(["Sincerely,", "", sig, "Claims Review"], 9.6)
    p.para("You can get this letter in large print or another language at no cost. Call the number at the top.", 8.2)
    t = truth("denial_letter", "experimental", insurer=ORG, member_id=pol, member_name=ins, cases=[claim],
              claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(ld), provider=doc,
              appeal_deadline=iso(plus(ld, 90)),
              alternates={"insurer": ORG_ALT, "plan_id": ["Plan G", "G"], "case_numbers": [[claim, micn]],
                          "provider": [practice]},
              denial_alternates=["not_covered", "medical_necessity"])
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    F = FAMILY + "_"
    cover, stack = faxfine_stack(rng)
    items = [
        Item(F + "born_digital_eob_three_claims_refraction_line_n7_sidebar_policy_at_a_glance", "born_digital",
             [born_eob(rng)]),
        Item(F + "scan_plan_l_letter_surgeon_excess_charge_brand_split_over_two_lines", "scan_clean_300",
             [scan_plan_l_excess(rng)]),
        Item(F + "lowres_select_policy_hip_replacement_non_network_hospital_part_a_deductible", "scan_lowres_150",
             [lowres_select(rng)]),
        Item(F + "photocopy_es_quiropractica_mantenimiento_medicare_no_necesaria", "photocopy", [photocopy_es(rng)]),
        Item(F + "faxfine_stack_letter_cover_part_a_deductible_paid_then_infusion_drug_line_unprocessable",
             "fax_fine_g4", stack, separators=[cover, None], turns={(1, 1): 90}),
        Item(F + "phone_policy_not_in_force_on_date_of_service_previous_insurer", "phone_photo",
             [phone_not_in_force(rng)]),
        Item(F + "rotated_prp_knee_injection_medicare_ncd_investigational_two_columns", "rotated", [rotated_prp(rng)]),
    ]
    return items
