"""Family 'long_term_care_insurance_benefit_trigger_denial': long-term care (LTC) insurance companies' letters that
deny or delay benefits on a claim for home care or assisted living (invented insurers, people and numbers).

Modelled on the letters LTC insurers send after a benefit claim and a nurse's care assessment: the policyholder
(the insured), the policy number, the claim number, the provider (a home care agency or an assisted living
facility), the nurse who did the assessment (a decoy: never the provider), the assessment date (a decoy: not a
date of care), the daily benefit amount and elimination period (decoys), the invoices submitted for the dates of
care, and the appeal (review) deadline. Reasons: help with 2 of the 6 activities of daily living (ADLs) not shown
by the assessment, severe cognitive impairment not shown (test scores), the 90-day elimination period not yet
satisfied, an assisted living facility not licensed as the policy requires, a home care agency not qualified
(not licensed, care given by a relative); one approval with the benefit start date; one fax stack of the claim
acknowledgement letter and the later denial of the same claim.

Issuers: Halvorsen Ridge Life Insurance Company (large wordmark over a rule, ruled fact box), Marigold Assurance
Company of America (two-page letter, fact column at the right, page 2 the assessment summary), Stillwater LTC
Claims Services, LLC (claims administrator for Ferncliff National Life Insurance Company; ruled label boxes).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "long_term_care_insurance_benefit_trigger_denial"
LANG = "en"
HR = "Halvorsen Ridge Life Insurance Company"
MA = "Marigold Assurance Company of America"
ST = "Stillwater LTC Claims Services, LLC"
FN = "Ferncliff National Life Insurance Company"
ADDR = {HR: ("Long-Term Care Claims, PO Box 40618", "Ketchum Falls, MN 55390"),
        MA: ("LTC Benefits Department, 2200 Corydon Parkway", "Larkin, KY 40947"),
        ST: ("PO Box 7731", "Aubrey Crossing, NE 68960")}
FIRST = ["Agnieszka", "Tomasz", "Oluwaseun", "Thandiwe", "Haruto", "Siobhan", "Giuseppe", "Priyanka", "Bogdan",
         "Leopold", "Anneliese", "Faisal", "Ngozi", "Rosaria", "Vikram", "Henrietta", "Eamon", "Liesel"]
LAST = ["Wroblewski", "Adeyemi", "Nakashima", "O'Donoghue", "Castellano", "Raghunathan", "Petrovic", "Lindqvist",
        "Haugland", "Brannigan", "Ferraresi", "Chaudhry", "Szczepanik", "Kamau", "Thorsby", "Okafor"]
NURSES = ["Maribel T. Okonjo, RN", "Dagny L. Fairweather, RN, CCM", "Rashida P. Kowalewski, RN",
          "Yusuf A. Bellamy, BSN, RN", "Corinne E. Adebayo-Hart, RN"]
AGENCIES = [("Larkspur Home Companions, Inc.", "home care agency"),
            ("Brightfield Home Care Agency", "home care agency"),
            ("Tillman Creek In-Home Care", "home care agency")]
FACILITIES = [("Willowmere Assisted Living", "assisted living facility"),
              ("Rosecliff Residential Care Home", "residential care home")]
STREETS = ["Quenby Lane", "Hollis Mill Road", "Amberwood Court", "Vantage Street", "Pell Orchard Drive"]
TOWNS = [("Dunmore Station", "MN", "55912"), ("Larkin", "KY", "40950"), ("Aubrey Crossing", "NE", "68961"),
         ("Port Velden", "OR", "97140")]
ADLS = ["Bathing", "Dressing", "Toileting", "Transferring", "Continence", "Eating"]
EXAMINERS = ["Claims Examiner Beatrix N. Sorensen", "LTC Benefit Specialist Anand J. Morrow",
             "Claims Consultant Felicity O. Abernethy"]


def d_(start: dt.date, n: int) -> dt.date:
    return start + dt.timedelta(days=n)


def facts(r: random.Random, kind: str, ins: str, ds: str) -> dict:
    first, last, mid = r.choice(FIRST), r.choice(LAST), r.choice("ABCDEFGHJKLMNPRSTW")
    dec = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 150))
    assess = d_(dec, -r.randint(12, 30))
    care0 = d_(assess, -r.randint(30, 70))
    care1 = d_(care0, r.randint(40, 80)) if kind != "elim" else d_(care0, r.randint(35, 60))
    if kind == "approve":
        care0 = d_(dec, -r.randint(120, 150))
        care1 = d_(dec, -r.randint(5, 12))
    if care1 > d_(dec, -9):
        care1 = d_(dec, -9)
    prov = (r.choice(FACILITIES[:1]) if kind == "alf" else FACILITIES[1] if kind == "alf2" else r.choice(AGENCIES))
    rate = r.choice([24, 26, 28, 30, 32.5]) if "alf" not in kind else None
    monthly = r.choice([4850, 5200, 5675, 6125])
    # invoices: one per calendar month inside the claimed span
    inv, s = [], care0
    while s <= care1:
        e = min(care1, (dt.date(s.year + (s.month == 12), s.month % 12 + 1, 1) - dt.timedelta(days=1)))
        ndays = (e - s).days + 1
        if rate:
            hours = ndays * r.choice([4, 5, 6]) // 1
            amt = round(hours * rate, 2)
            desc = f"Home care aide, {hours} hours at {fmt_money(rate)}/hr"
        else:
            amt = round(monthly * ndays / 30, 2)
            desc = f"Room, board and personal care, {ndays} days"
        inv.append((s, e, desc, amt, f"INV-{r.randint(10000, 99999)}"))
        s = d_(e, 1)
    total = round(sum(x[3] for x in inv), 2)
    if ins == HR:
        pol, claim = f"LTC-{r.randint(10000000, 99999999)}", f"CL-2026-{r.randint(100000, 999999)}"
    elif ins == MA:
        pol, claim = f"MA{r.randint(100000000, 999999999)}", f"{r.randint(4000000000, 4999999999)}"
    else:
        pol, claim = f"FNL-{r.randint(100, 999)}-{r.randint(100000, 999999)}", f"STC{r.randint(1000000, 9999999)}"
    town = r.choice(TOWNS)
    adl_help = {"adl": r.choice([["Bathing"], ["Bathing", "Dressing"]]), "cog": ["Bathing"],
                "approve": ["Bathing", "Dressing", "Transferring"]}.get(kind, ["Bathing", "Toileting"])
    if kind == "adl" and len(adl_help) == 2:
        adl_stand = ["Dressing"]  # standby cueing only: not "substantial assistance"
    else:
        adl_stand = []
    elim_sat = (care1 - care0).days + 1
    return dict(kind=kind, ins=ins, ds=ds, dec=dec, assess=assess, care0=care0, care1=care1, prov=prov,
                inv=inv, total=total, pol=pol, claim=claim, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(14, 9800)} {r.choice(STREETS)}", f"{town[0]}, {town[1]} {town[2]}"),
                nurse=r.choice(NURSES), dba=r.choice([150, 175, 200, 225, 250]), elim=90, elim_sat=elim_sat,
                adl_help=adl_help, adl_stand=adl_stand, mmse=r.choice([25, 26, 27]), slums=r.choice([22, 23, 24]),
                examiner=r.choice(EXAMINERS), phone=f"1-800-555-{r.randint(1000, 1999)}",
                fax=f"1-866-555-{r.randint(2000, 2999)}", received=d_(assess, -r.randint(10, 25)),
                dob=dt.date(r.randint(1934, 1950), r.randint(1, 12), r.randint(1, 28)),
                lic=f"ALF-{r.randint(1000, 9999)}" if kind == "alf" else f"RCH-{r.randint(100, 999)}",
                start=d_(care0, 90), relative=r.choice(["daughter", "son", "niece", "daughter-in-law"]))


def fd(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


REASON = {
    "adl": ("Your policy pays benefits when a Licensed Health Care Practitioner certifies that you are unable to "
            "perform at least two (2) of the six (6) Activities of Daily Living without substantial assistance from "
            "another person for a period expected to last at least 90 days, or that you need substantial "
            "supervision because of a severe cognitive impairment. The care assessment completed on {assess} by "
            "{nurse} found that you need hands-on help with {help} only. {stand}Because the assessment does not show "
            "a loss of two Activities of Daily Living or a severe cognitive impairment, the benefit eligibility "
            "requirement (benefit trigger) is not met and we are unable to pay the invoices listed above."),
    "cog": ("Benefits may also be payable if you require substantial supervision to protect you from threats to "
            "health and safety due to a severe cognitive impairment. The nurse assessor, {nurse}, recorded a "
            "Mini-Mental State Examination score of {mmse}/30 and a SLUMS score of {slums}/30 at the assessment on "
            "{assess}. Your physician's records describe mild memory loss, and you were able to manage your "
            "medications and describe your daily routine. These findings do not show a severe cognitive impairment "
            "as defined in your policy, and you need hands-on help with only one Activity of Daily Living "
            "(bathing). Your claim does not meet the benefit eligibility requirement."),
    "elim": ("Your policy has an Elimination Period of {elim} service days. It is the number of days on which you "
             "receive covered long-term care services, after you become chronically ill, before benefits are "
             "payable. As of the last date on the invoices we received, you have satisfied {sat} of the {elim} "
             "service days. The care on the invoices above counts toward your Elimination Period, but no benefit "
             "is payable for those days. Please keep sending invoices; benefits begin on the day after the "
             "Elimination Period is satisfied."),
    "alf": ("Your policy covers care in an Assisted Living Facility that is licensed by the state as an assisted "
            "living facility and provides 24-hour awake staff. The state licensing records show that {prov} holds "
            "license {lic} as a residential care home (adult boarding home), not as an assisted living facility, "
            "and its staffing schedule shows no awake staff overnight. The facility does not meet the policy "
            "definition, so the charges for your stay are not covered under the Assisted Living benefit. You may "
            "be eligible for the Alternate Plan of Care benefit if your care coordinator approves a plan."),
    "agency": ("Home Health Care benefits are payable for services from a Home Health Care Agency that is licensed "
               "by the state where the care is received, or for care by a licensed home care aide. Our review of "
               "the timesheets shows that the care was given by your {rel}, who is not employed by a licensed "
               "agency, and {prov} is registered as a companion and homemaker service without a home care agency "
               "license. Care by a family member and by an unlicensed provider is excluded under the policy "
               "section Exclusions and Limitations, item 4."),
}


def reason_text(f: dict) -> str:
    stand = (f"Standby cueing with {', '.join(x.lower() for x in f['adl_stand'])} is not substantial assistance. "
             if f["adl_stand"] else "")
    k = "agency" if f["kind"] == "agency" else "alf" if f["kind"].startswith("alf") else f["kind"]
    return REASON[k].format(assess=fd(f, f["assess"]), nurse=f["nurse"], help=" and ".join(
        x.lower() for x in f["adl_help"]), stand=stand, mmse=f["mmse"], slums=f["slums"], elim=f["elim"],
        sat=f["elim_sat"], prov=f["prov"][0], lic=f["lic"], rel=f["relative"])


def inv_table(d: Doc, f: dict, size: float = 8.2) -> None:
    rows = [[r[4], f"{fd(f, r[0])} - {fd(f, r[1])}", r[2], fmt_money(r[3])] for r in f["inv"]]
    rows.append(["*Total submitted", "", "", fmt_money(f["total"])])
    d.table(["Invoice", "Dates of care", "Description", "Amount"], rows, [22, 66, 66, 26], size=size,
            aligns="LLLR")


def adl_table(d: Doc, f: dict) -> None:
    rows = []
    for a in ADLS:
        if a in f["adl_help"]:
            v = "Needs hands-on assistance"
        elif a in f["adl_stand"]:
            v = "Standby / verbal cueing"
        else:
            v = "Independent"
        rows.append([a, v])
    d.table(["Activity of Daily Living", "Assessment finding"], rows, [60, 90], size=8.8)


def appeal(d: Doc, f: dict, style: int) -> None:
    d.text_line("Your right to ask for a review", 11, "B")
    d.ln(1)
    if style == 0:
        d.para(f"If you disagree with this decision, you or your authorized representative may ask us to review it. "
               f"Send your written request, with any medical records or other information you want us to consider, "
               f"within 60 days of the date of this letter. Mail it to {ADDR[f['ins']][0]}, {ADDR[f['ins']][1]}, or "
               f"fax it to {f['fax']}.")
    elif style == 1:
        dl = d_(f["dec"], 90)
        d.para(f"You may appeal this decision. Your written appeal must be received by {fd(f, dl)}. Include your "
               f"claim number and any new information, such as records from your physician. An independent "
               f"third-party review of a benefit trigger decision is also available and must be requested within "
               f"120 days after you receive this letter.")
    else:
        d.para(f"To request a reconsideration, write to us within 180 days of the date of this letter. You may "
               f"also call {f['phone']} to ask questions about this decision.")


def deadline(f: dict, style: int) -> dt.date:
    return d_(f["dec"], {0: 60, 1: 90, 2: 180}[style])


def letter_hr(d: Doc, f: dict) -> None:
    d.add_page()
    d.text_line("HALVORSEN RIDGE", 24, "B")
    d.rule(0.9, 1.2)
    d.text_line(f"{HR}  |  {ADDR[HR][0]}  |  {ADDR[HR][1]}", 8)
    d.text_line(f"Claims {f['phone']}  |  Fax {f['fax']}", 8)
    d.ln(7)
    d.text_line(fd(f, f["dec"]), 10.5)
    d.ln(3)
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)
    title = {"adl": "Long-Term Care Claim Decision: Benefits Not Payable",
             "alf": "Long-Term Care Claim Decision: Facility Does Not Qualify",
             "alf2": "Long-Term Care Claim Decision: Facility Does Not Qualify"}[f["kind"]]
    d.text_line(title, 12.5, "B")
    d.ln(2)
    rows = [("Policyholder", f["name"]), ("Policy number", f["pol"]), ("Claim number", f["claim"]),
            ("Provider", f["prov"][0]), ("Dates of care claimed", f"{fd(f, f['care0'])} to {fd(f, f['care1'])}"),
            ("Amount submitted", fmt_money(f["total"])), ("Daily benefit amount", fmt_money(f["dba"])),
            ("Care assessment date", fd(f, f["assess"]))]
    w = d.w - d.l_margin - d.r_margin
    for k, v in rows:
        d.font(9.5, "B")
        d.cell(55, 6.2, " " + k, border=1)
        d.font(9.5)
        d.cell(w - 55, 6.2, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']}:")
    d.para(f"We have finished our review of your claim for long-term care benefits for the care you received from "
           f"{f['prov'][0]}. We are sorry, but we are denying benefits for the invoices below.")
    inv_table(d, f)
    d.text_line("Reason for our decision", 11, "B")
    d.ln(1)
    d.para(reason_text(f))
    if f["kind"] == "adl":
        adl_table(d, f)
    appeal(d, f, f["astyle"])
    d.para("Sincerely,", gap=1)
    d.para(f"{f['examiner']}\n{HR}")


def letter_ma(d: Doc, f: dict) -> None:
    d.add_page()
    d.set_font("Times", "B", 17)
    d.cell(0, 8, "Marigold Assurance", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "", 9)
    d.cell(0, 4.5, "Company of America  -  Long-Term Care Benefits", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.5, f"{ADDR[MA][0]}, {ADDR[MA][1]}", new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    y = d.get_y()
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.set_xy(118, y)
    rows = [("Date", fd(f, f["dec"])), ("Insured", f["name"]), ("Policy No.", f["pol"]),
            ("Claim No.", f["claim"]), ("Care provider", f["prov"][0])]
    for k, v in rows:
        d.set_x(118)
        d.font(8.8, "B")
        d.cell(26, 5, k)
        d.font(8.8)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    if f["kind"] == "approve":
        d.text_line("Your long-term care benefits have been approved", 12.5, "B")
        d.ln(2)
        d.para(f"Dear {f['first']} {f['last']}:")
        d.para(f"Good news. Based on the care assessment completed on {fd(f, f['assess'])} and the certification "
               f"from your physician, you meet the benefit eligibility requirements of your policy: you need "
               f"hands-on help with bathing, dressing and transferring. Your {f['elim']}-day Elimination Period "
               f"began on {fd(f, f['care0'])}.")
        d.text_line(f"Benefit start date: {fd(f, f['start'])}", 11, "B")
        d.ln(2)
        d.para(f"Benefits are payable for covered home care from {f['prov'][0]} from {fd(f, f['start'])} "
               f"through {fd(f, f['care1'])}, up to your Daily Benefit Amount of {fmt_money(f['dba'])}. "
               f"Care on the days before {fd(f, f['start'])} satisfied your Elimination Period. The invoices we "
               f"received are listed below; the payment for the days after the Elimination Period will be sent to "
               f"you separately with a benefit statement.")
        inv_table(d, f)
        d.para(f"We will review your eligibility again in 12 months. Please send new invoices each month. "
               f"Questions? Call {f['phone']}.")
        d.para("Sincerely,\n" + f["examiner"])
        return
    d.text_line("Decision on your claim for long-term care benefits", 12.5, "B")
    d.ln(2)
    d.para(f"Dear {f['first']} {f['last']}:")
    d.para(f"We received invoices from {f['prov'][0]} for care from {fd(f, f['care0'])} through "
           f"{fd(f, f['care1'])}, totaling {fmt_money(f['total'])}. After reviewing your claim, we have determined "
           f"that benefits are not payable. The details of the care assessment are on page 2.")
    d.text_line("Why your claim was denied", 11, "B")
    d.ln(1)
    d.para(reason_text(f))
    d.add_page()
    d.text_line(f"Insured: {f['name']}   Policy No. {f['pol']}   Claim No. {f['claim']}", 8.5)
    d.ln(3)
    d.text_line("Summary of your care assessment", 11.5, "B")
    d.ln(1)
    d.para(f"Assessment date: {fd(f, f['assess'])}    Assessor: {f['nurse']}    Place: your home")
    adl_table(d, f)
    d.table(["Cognitive screening", "Score", "Severe impairment range"],
            [["Mini-Mental State Examination (MMSE)", f"{f['mmse']} / 30", "23 or lower"],
             ["SLUMS examination", f"{f['slums']} / 30", "20 or lower"]], [80, 30, 50], size=8.8)
    d.text_line("Invoices reviewed", 11, "B")
    d.ln(1)
    inv_table(d, f)
    appeal(d, f, f["astyle"])
    d.para("Sincerely,\n" + f["examiner"])


def st_head(d: Doc, f: dict, title: str) -> None:
    d.set_font("Helvetica", "B", 15)
    d.cell(0, 7, "STILLWATER", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 8.5)
    d.cell(0, 4.2, f"{ST}  -  {ADDR[ST][0]}, {ADDR[ST][1]}", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.2, f"Claims administrator for {FN}", new_x="LMARGIN", new_y="NEXT")
    d.rule(0.4, 5)
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10)
    d.ln(4)
    d.text_line(title, 12, "B")
    d.ln(2)


def letter_st(d: Doc, f: dict) -> None:
    d.add_page()
    st_head(d, f, "NOTICE OF CLAIM DECISION - LONG-TERM CARE POLICY")
    d.boxes([("Letter date", fd(f, f["dec"]), 38), ("Policy number", f["pol"], 46), ("Claim number", f["claim"], 40),
             ("Insured", f["name"], 55)])
    d.boxes([("Provider of care", f["prov"][0], 79), ("Dates of care on claim",
                                                      f"{fd(f, f['care0'])} - {fd(f, f['care1'])}", 58),
             ("Total billed", fmt_money(f["total"]), 42)])
    d.boxes([("Assessment date", fd(f, f["assess"]), 38), ("Nurse assessor", f["nurse"], 70),
             ("Daily benefit", fmt_money(f["dba"]), 30), ("Elimination period", f"{f['elim']} days", 41)])
    d.ln(5)
    d.para(f"Dear {f['first']} {f['last']}:")
    d.para(f"{ST} administers long-term care claims for {FN}. We have reviewed the claim above and the invoices "
           f"from {f['prov'][0]}. Benefits are denied for the dates listed.")
    inv_table(d, f, 8.0)
    d.text_line("Explanation", 11, "B")
    d.ln(1)
    d.para(reason_text(f))
    if f["kind"] == "adl":
        adl_table(d, f)
    appeal(d, f, f["astyle"])
    d.para(f"{f['examiner']}, on behalf of {FN}")


def ack_st(d: Doc, f: dict) -> None:
    d.add_page()
    st_head(d, f, "WE RECEIVED YOUR CLAIM FOR LONG-TERM CARE BENEFITS")
    ack = d_(f["received"], 3)
    d.boxes([("Letter date", fd(f, ack), 38), ("Policy number", f["pol"], 46), ("Claim number", f["claim"], 40),
             ("Insured", f["name"], 55)])
    d.boxes([("Claim form received", fd(f, f["received"]), 50), ("Provider named on claim", f["prov"][0], 129)])
    d.ln(5)
    d.para(f"Dear {f['first']} {f['last']}:")
    d.para(f"Thank you for your claim form. We opened claim {f['claim']} under your {FN} long-term care policy. "
           f"This letter is not a decision on your claim.")
    d.text_line("What happens next", 11, "B")
    d.ln(1)
    for i, t in enumerate([
            f"A registered nurse, {f['nurse']}, will call you to schedule a care assessment in your home. The "
            f"assessment is planned for {fd(f, f['assess'])}.",
            "Please ask your physician to complete the Attending Physician Statement (form ST-LTC-22) enclosed.",
            f"Ask {f['prov'][0]} to send itemized invoices and caregiver timesheets for each month of care.",
            f"We will decide your claim within 30 days after we receive all information. Call {f['phone']} with "
            "questions."], 1):
        d.para(f"{i}. {t}", gap=1.5)
    d.ln(2)
    d.para(f"Claims Intake Team\n{ST}")


def build(f: dict) -> bytes:
    d = Doc("Helvetica", footer="Page {p} of {n}" if f["ins"] == MA else None)
    {HR: letter_hr, MA: letter_ma, ST: letter_st}[f["ins"]](d, f)
    return pdf_bytes(d)


def build_ack(f: dict) -> bytes:
    d = Doc("Helvetica")
    ack_st(d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    alts: dict = {"provider": [f["prov"][0].replace(", Inc.", "")]} if ", Inc." in f["prov"][0] else {}
    if f["ins"] == ST:
        alts["insurer"] = [FN]
    common = dict(insurer=f["ins"], member_id=f["pol"], member_name=f["name"], case_numbers=[f["claim"]],
                  claim_amount=m2(f["total"]), denial_date=iso(f["dec"]), provider=f["prov"][0])
    if k == "approve":
        alts["service_dates"] = [[iso(f["start"])], [iso(f["care0"], f["care1"])]]
        return truth("other", None, service_dates=[iso(f["start"], f["care1"])], alternates=alts, **common)
    alts["service_dates"] = [[iso(r[0], r[1]) for r in f["inv"]]]
    den = {"adl": "medical_necessity", "cog": "medical_necessity", "elim": "not_covered", "alf": "not_covered",
           "alf2": "not_covered", "agency": "not_covered"}[k]
    return truth("denial_letter", den, service_dates=[iso(f["care0"], f["care1"])],
                 appeal_deadline=iso(deadline(f, f["astyle"])), alternates=alts, denial_alternates=["other"],
                 **common)


def ack_truth(f: dict) -> dict:
    alts = {"insurer": [FN]}
    if ", Inc." in f["prov"][0]:
        alts["provider"] = [f["prov"][0].replace(", Inc.", "")]
    return truth("other", None, insurer=ST, member_id=f["pol"], member_name=f["name"], case_numbers=[f["claim"]],
                 denial_date=iso(d_(f["received"], 3)), provider=f["prov"][0], alternates=alts)


# (stem suffix, condition, kind, issuer, date style, appeal style)
PLAN = [
    ("bd_two_adls_not_shown", "born_digital", "adl", HR, "long", 0),
    ("bd_approval_benefit_start_date", "born_digital", "approve", MA, "abbr", 0),
    ("scan300_elimination_period_not_met", "scan_clean_300", "elim", ST, "slash", 1),
    ("lowres_alf_not_state_licensed", "scan_lowres_150", "alf2", HR, "dmy", 1),
    ("copy_cognitive_impairment_not_severe", "photocopy", "cog", MA, "long", 2),
    ("phone_home_care_agency_not_qualified", "phone_photo", "agency", ST, "iso", 0),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, ds, ast) in enumerate(PLAN):
        f = facts(random.Random(189500 + i), kind, ins, ds)
        f["astyle"] = ast
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    f = facts(random.Random(189520), "adl", ST, "slash")
    f["astyle"] = 1
    items.append(Item(f"{FAMILY}_faxstd_stack_acknowledgement_then_denial", "fax_standard_g4",
                      [(build_ack(f), ack_truth(f)), (build(f), make_truth(f))], separators=["cover", None]))
    return items
