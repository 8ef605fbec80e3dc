"""Family 'neuropsychological_testing_hours_partial_approval': behavioral health organization (BHO) and health-plan
letters and EOBs on neuropsychological / psychological testing (CPT 96130-96133 evaluation services, 96136-96139
test administration by the professional or a technician): approved for fewer hours than requested (unit table
"requested / approved"), denied as educational (learning-disability testing for school), denied because the
results would not change treatment, EOB lines over the authorized units denied, an EOB denying a school-testing
claim, a fax to the practice approving fewer hours for an adult after a concussion, and one full approval.

Issuers (all invented): Kestrelmoor Behavioral Health (BHO "managing behavioral health benefits for" Larkspur
Valley Health Plan; logo word over a rule), Larkspur Valley Health Plan (centred serif letterhead; boxed EOB).
Practices: Harrowgate Neuropsychology Associates, Quenby Pediatric Psychology Group, Lindenhall Child Assessment
Center (each with a named psychologist, PhD / PsyD). Decoys: the referring pediatrician (and NPI), the patient's
date of birth, request-received date, subscriber (parent) vs patient (child), authorization numbers on EOBs,
allowed / plan paid / you owe amounts, phone and fax numbers, school name, external review 4 months.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "neuropsychological_testing_hours_partial_approval"
LANG = "en"

KB, LV = "Kestrelmoor Behavioral Health", "Larkspur Valley Health Plan"
ADDR = {KB: ("PO Box 88214", "Sallowford, WI 53598"), LV: ("1150 Tamarisk Boulevard", "Cresthaven, NC 27893")}
PRACTICES = [("Harrowgate Neuropsychology Associates", "Dr. Soraya Bekele, PhD"),
             ("Quenby Pediatric Psychology Group", "Dr. Ansel Whitcombe, PsyD"),
             ("Lindenhall Child Assessment Center", "Dr. Mireille Aoun, PhD")]
PEDS = ["Dr. Jaroslav Petrenko", "Dr. Funmilayo Adeyemi", "Dr. Caitriona Moylan", "Dr. Haruto Saeki"]
CHILD = ["Ravi", "Eloise", "Mateus", "Ayesha", "Finnian", "Solveig", "Kofi", "Paloma"]
ADULT = ["Giovanna", "Desmond", "Thandiwe", "Lars", "Renata"]
LAST = ["Oyelaran-Brisk", "Vukovic", "Halvorsen", "Achebe", "Castellano", "Nguyen-Tran", "Pemberton", "Szymanski",
        "Mahlangu", "Thibodeaux"]
SCHOOLS = ["Briar Glen Elementary School", "Eastmoor Middle School", "Saint Kilda Academy"]
CODES = {"96132": ("Neuropsych eval, first hour", 60), "96133": ("Neuropsych eval, each addl hour", 60),
         "96130": ("Psych eval, first hour", 60), "96131": ("Psych eval, each addl hour", 60),
         "96136": ("Test admin by professional, first 30 min", 30),
         "96137": ("Test admin by professional, each addl 30 min", 30),
         "96138": ("Test admin by technician, first 30 min", 30),
         "96139": ("Test admin by technician, each addl 30 min", 30)}
RATE = {"96132": 265.0, "96133": 210.0, "96130": 240.0, "96131": 190.0, "96136": 120.0, "96137": 95.0,
        "96138": 85.0, "96139": 70.0}


def facts(r: Rand, kind: str, ins: str, ds: str) -> dict:
    adult = kind == "fax"
    last = r.choice(LAST)
    member = f"{r.choice(ADULT if adult else CHILD)} {r.choice('ABCDEFGHJKLMNPRSTVW')}. {last}"
    sub = member if adult else f"{r.choice(ADULT)} {r.choice('ABCDEFGHJKLMNPRSTVW')}. {last}"
    dec = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 160))
    pre = kind in ("partial", "edu", "nochange", "full", "fax")
    d1 = dec + dt.timedelta(days=r.randint(10, 30)) if pre else dec - dt.timedelta(days=r.randint(25, 50))
    d2 = d1 + dt.timedelta(days=r.choice([1, 2, 7]))
    practice, psych = r.choice(PRACTICES)
    if kind in ("edu", "eob_edu"):
        req = [("96130", 1, 0), ("96131", 3, 0), ("96136", 1, 0), ("96137", 5, 0)]
    elif kind == "full":
        req = [("96132", 1, 1), ("96133", 2, 2), ("96136", 1, 1), ("96137", 5, 5)]
    elif kind == "nochange":
        req = [("96132", 1, 0), ("96133", 3, 0), ("96138", 1, 0), ("96139", 6, 0)]
    elif kind == "fax":
        req = [("96132", 1, 1), ("96133", 4, 2), ("96136", 1, 1), ("96137", 9, 3)]
    else:  # partial / eob_units: billed / requested vs approved units
        req = [("96132", 1, 1), ("96133", 3, 1), ("96136", 1, 1), ("96137", 7, 3)]
    return dict(kind=kind, ins=ins, ds=ds, dec=dec, recv=dec - dt.timedelta(days=r.randint(3, 12)), d1=d1, d2=d2,
                member=member, sub=sub, adult=adult, addr=r.address(),
                mid=("KBH" + r.digits(9) if ins == KB else "LV" + r.digits(3) + " " + r.digits(3) + " " + r.digits(3)),
                grp=(r.digits(6) if ins == KB else "LVG-" + r.digits(5)),
                case=("NP-" + r.digits(8) if kind not in ("eob_units", "eob_edu") else r.digits(4) + "-"
                      + r.digits(6) + "-" + r.digits(2)),
                auth="A" + r.digits(9), practice=practice, psych=psych, npi=r.npi(), ped=r.choice(PEDS),
                ped_npi=r.npi(), ph=r.phone(), fax=f"{r.digits(3)}-{r.digits(3)}-{r.digits(4)}",
                dob=(dt.date(r.randint(1968, 1996), r.randint(1, 12), r.randint(1, 28)) if adult
                     else dt.date(r.randint(2013, 2019), r.randint(1, 12), r.randint(1, 28))),
                school=r.choice(SCHOOLS), req=req)


def hours(units: list[tuple[str, int]]) -> float:
    return sum(CODES[c][1] * n for c, n in units) / 60


def hrs(v: float) -> str:
    return f"{v:g} hour" + ("" if v == 1 else "s")


def head(d: Doc, f: dict) -> None:
    a = ADDR[f["ins"]]
    if f["kind"] == "fax":
        d.text_line(f"FAX  {fmt_date(f['dec'], 'slash')}  FROM: {KB.upper()} UM DEPT  TO: {f['practice'].upper()}  "
                    f"FAX {f['fax']}  PAGE 1", 7.5)
        d.ln(2)
    if f["ins"] == KB:
        d.text_line("KESTRELMOOR", 21, "B")
        d.rule(0.8, 1.2)
        d.text_line(f"{KB}  |  managing behavioral health benefits for {LV}", 8.5)
        d.text_line(f"{a[0]}, {a[1]}  |  Care Management {f['ph']}", 8.5)
    else:
        d.set_font("Times", "B", 17)
        d.cell(0, 8, LV, align="C", new_x="LMARGIN", new_y="NEXT")
        d.set_font("Times", "", 9)
        d.cell(0, 4.5, f"{a[0]}  ·  {a[1]}  ·  Customer Service {f['ph']}".replace("·", "-"), align="C",
               new_x="LMARGIN", new_y="NEXT")
        d.rule(0.4, 2)
    d.ln(4)


def rows(d: Doc, pairs: list[tuple[str, str]], lw: float = 50, size: float = 9.8) -> None:
    for k, v in pairs:
        d.font(size, "B")
        d.cell(lw, 5.2, k)
        d.font(size)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def unit_table(d: Doc, f: dict, approved: bool = True) -> None:
    body = []
    for c, n, a in f["req"]:
        body.append([c, CODES[c][0], str(n), str(a) if approved else "0"])
    rq = hours([(c, n) for c, n, _ in f["req"]])
    ap = hours([(c, a) for c, _, a in f["req"]]) if approved else 0
    body.append(["*Total", "", hrs(rq), hrs(ap)])
    d.table(["CPT", "Service", "Units requested", "Units approved"], body, [18, 86, 32, 32], size=9, aligns="LLRR",
            head_fill=True)


def letter(d: Doc, f: dict) -> None:
    k, ds = f["kind"], f["ds"]
    d.add_page()
    head(d, f)
    d.text_line(fmt_date(f["dec"], ds), 10.5)
    d.ln(3)
    if k == "fax":
        for ln in (f["psych"], f["practice"], "Attn: Intake / Authorizations"):
            d.text_line(ln, 10.5)
    else:
        d.text_line(f"To the parent or guardian of {f['member']}", 10.5)
        d.text_line(f"c/o {f['sub']}", 10.5)
        for ln in f["addr"]:
            d.text_line(ln, 10.5)
    d.ln(4)
    title = {"partial": "Notice of Partial Approval - Neuropsychological Testing",
             "edu": "Notice of Adverse Benefit Determination",
             "nochange": "Your Request for Psychological Testing Was Denied",
             "full": "Authorization Approved - Neuropsychological Testing",
             "fax": "Utilization Review Determination: Partially Approved"}[k]
    d.text_line(title, 13, "B")
    d.ln(2)
    labs = [("Patient:", f["member"]), ("Date of birth:", fmt_date(f["dob"], "slash")),
            ("Subscriber:", f["sub"]) if not f["adult"] else ("Relationship:", "Self"),
            ("Member ID:", f["mid"]), ("Group #:", f["grp"]),
            ("Reference #:" if k != "fax" else "Case number:", f["case"]),
            ("Request received:", fmt_date(f["recv"], ds)),
            ("Testing provider:", f"{f['practice']} ({f['psych']})"),
            ("Referred by:", f"{f['ped']}, Pediatrics (NPI {f['ped_npi']})" if not f["adult"]
             else f"{f['ped']}, Primary Care"),
            ("Planned testing dates:", f"{fmt_date(f['d1'], ds)} and {fmt_date(f['d2'], ds)}")]
    if k == "full":
        labs.insert(6, ("Authorization #:", f["auth"]))
    rows(d, labs)
    rq = hours([(c, n) for c, n, _ in f["req"]])
    ap = hours([(c, a) for c, _, a in f["req"]])
    if k in ("partial", "fax", "full"):
        unit_table(d, f)
    d.text_line("Our decision" if k != "full" else "What we approved", 11, "B")
    if k == "partial":
        d.para(f"{f['practice']} asked for {hrs(rq)} of neuropsychological testing for {f['member'].split()[0]}, "
               f"who was referred for attention and memory concerns. We approved {hrs(ap)}. A licensed psychologist "
               f"reviewer found that a standard battery for the referral question can be given and scored within "
               f"{hrs(ap)}; the extra hours are not medically necessary. The hours not approved are shown above.")
    elif k == "fax":
        d.para(f"Request for neuropsychological testing after a concussion (post-concussion syndrome, 4 months "
               f"after injury): {hrs(rq)} requested, {hrs(ap)} approved under authorization {f['auth']}. The "
               f"remaining hours are denied as not medically necessary: the clinical information supports a focused "
               f"battery. A peer-to-peer discussion may be requested within 5 business days at {f['ph']}.")
    elif k == "edu":
        d.para(f"We received a request for psychological testing to find out whether {f['member'].split()[0]} has a "
               f"specific learning disability (reading), for an individualized education program at "
               f"{f['school']}. Testing done to plan school services or to decide educational placement is "
               "educational, not medical. Your plan excludes educational testing (Exclusions, item 14). The school "
               "district may provide this testing at no cost. This request is not covered.")
    elif k == "nochange":
        d.para(f"The request asks for {hrs(rq)} of testing to confirm a diagnosis of ADHD. The medical records show "
               f"the diagnosis was already made and treatment has started. Psychological testing is medically "
               "necessary only when the results are expected to change the treatment plan. The records do not show "
               "how the results would change treatment, so the testing is not medically necessary.")
    else:
        d.para(f"We approved all {hrs(ap)} requested for testing on the dates above. Please bring your member ID "
               f"card. This approval is not a guarantee of payment; benefits depend on eligibility on the date of "
               "service.")
        return
    d.text_line("If you disagree", 11, "B")
    if f["ins"] == KB:
        d.para(f"You or the provider may appeal within 180 days of the date of this letter. Call {f['ph']} or write "
               f"to {KB}, Appeals, {ADDR[KB][0]}, {ADDR[KB][1]}. Urgent appeals are decided within 72 hours.")
    else:
        d.para(f"Your appeal must be received by {fmt_date(f['dec'] + dt.timedelta(days=60), ds)}. Write to {LV}, "
               f"Member Appeals, {ADDR[LV][0]}, {ADDR[LV][1]}.")
    d.para("After the final internal decision you may ask for an external review within 4 months.", 9)


def eob(d: Doc, f: dict) -> None:
    k, ds = f["kind"], f["ds"]
    d.add_page()
    head(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 14, "B")
    d.text_line("THIS IS NOT A BILL", 9)
    d.ln(2)
    d.boxes([("Statement date", fmt_date(f["dec"], ds), 34), ("Member", f["member"], 58),
             ("Member ID", f["mid"], 44), ("Group", f["grp"], 34)])
    d.boxes([("Claim number", f["case"], 50), ("Provider", f["practice"], 80), ("Subscriber", f["sub"], 50)])
    d.ln(4)
    body, total, denied = [], 0.0, 0.0
    for i, (c, n, a) in enumerate(f["req"]):
        dd = f["d1"] if i < 2 else f["d2"]
        billed = round(RATE[c] * n, 2)
        total += billed
        if k == "eob_edu":
            allowed, paid, owe, code = 0.0, 0.0, billed, "ED1"
        else:
            allowed = round(RATE[c] * 0.8 * a, 2)
            paid, owe = round(allowed * 0.8, 2), round(allowed * 0.2, 2)
            code = "AU4" if a < n else ""
        body.append([fmt_date(dd, "slash"), c, str(n), fmt_money(billed), fmt_money(allowed), fmt_money(paid),
                     fmt_money(owe), code])
    f["total"] = round(total, 2)
    body.append(["*Claim total", "", "", fmt_money(total), "", "", "", ""])
    d.table(["Date", "CPT", "Units", "Billed", "Allowed", "Plan paid", "You owe", "Note"], body,
            [24, 16, 13, 26, 26, 26, 26, 17], size=8.6, aligns="LLRRRRRL", head_fill=True)
    d.font(9, "B")
    d.cell(0, 5, "Notes", new_x="LMARGIN", new_y="NEXT")
    if k == "eob_edu":
        d.para("ED1 - Testing for a learning disability or school placement is educational and is excluded by your "
               "plan. You may be billed for the full amount.", 9)
    else:
        d.para(f"AU4 - Units billed are more than the units authorized under authorization {f['auth']} "
               f"({hrs(hours([(c, a) for c, _, a in f['req']]))} approved). The provider agreed not to bill you for "
               "the units over the authorization.", 9)
    d.para(f"Referring physician on claim: {f['ped']} (NPI {f['ped_npi']}). Rendering: {f['psych']}.", 8.5)
    d.font(10, "B")
    d.cell(0, 6, "Your right to appeal", new_x="LMARGIN", new_y="NEXT")
    if k == "eob_edu":
        d.para(f"To appeal this decision, write to us by {fmt_date(f['dec'] + dt.timedelta(days=180), ds)}. "
               "Include this statement and any records from your doctor.", 9.5)
    else:
        d.para("You may appeal within 180 days of the date of this statement. Call the number above.", 9.5)


def build(f: dict) -> bytes:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    (eob if f["kind"].startswith("eob") else letter)(d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    alts: dict = {"provider": [f["psych"].split(", ")[0]]}
    if f["ins"] == KB:
        alts["insurer"] = [LV]
    base = dict(insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
                denial_date=f["dec"].isoformat(), provider=f["practice"],
                service_dates=[f["d1"].isoformat(), f["d2"].isoformat()])
    dl180 = (f["dec"] + dt.timedelta(days=180)).isoformat()
    if k.startswith("eob"):
        den, da = ("not_covered", ["medical_necessity"]) if k == "eob_edu" else \
            ("prior_authorization", ["medical_necessity"])
        cases = [f["case"]]
        return truth("eob", den, case_numbers=cases, claim_amount=f"{f['total']:.2f}", appeal_deadline=dl180,
                     alternates=alts, denial_alternates=da, **base)
    cases = [f["case"]] + ([f["auth"]] if k in ("full", "fax") else [])
    if k == "full":
        return truth("other", None, case_numbers=cases, alternates=alts, **base)
    dl = dl180 if f["ins"] == KB else (f["dec"] + dt.timedelta(days=60)).isoformat()
    den, da = {"partial": ("medical_necessity", None), "fax": ("medical_necessity", None),
               "edu": ("not_covered", ["medical_necessity"]), "nochange": ("medical_necessity", None)}[k]
    if k == "fax":
        alts["case_numbers"] = [[f["case"]]]
    return truth("denial_letter", den, case_numbers=cases, appeal_deadline=dl, alternates=alts,
                 denial_alternates=da, **base)


# (stem suffix, condition, kind, issuer, date style)
PLAN = [
    ("bd_bho_partial_approval_8_hours_to_4", "born_digital", "partial", KB, "long"),
    ("bd_eob_units_over_authorization", "born_digital", "eob_units", LV, "slash"),
    ("scan300_learning_disability_testing_educational", "scan_clean_300", "edu", LV, "abbr"),
    ("lowres_adhd_testing_would_not_change_treatment", "scan_lowres_150", "nochange", KB, "iso"),
    ("copy_full_approval_neuropsych_battery", "photocopy", "full", LV, "dmy"),
    ("faxstd_bho_fax_adult_concussion_partial", "fax_standard_g4", "fax", KB, "slash"),
    ("phone_eob_school_testing_excluded", "phone_photo", "eob_edu", LV, "upper"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, ds) in enumerate(PLAN):
        f = facts(Rand(186520 + i), kind, ins, ds)
        pdf = build(f)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, make_truth(f))]))
    return items
