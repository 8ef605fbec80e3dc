"""Family 'mbho_loc': a managed behavioral health vendor's level-of-care / continued-stay denial for a health plan.

Cedarline Behavioral Health Management, Inc. and Sundial Valley Health Plan are fictional. The vendor reviews
mental-health and substance-use stays for the plan (concurrent review) and writes on its own letterhead: a
label block (member, plan member ID, facility, attending psychiatrist, level of care requested, authorization
and reference numbers, admission date, concurrent review dates, last covered day), the decision with LOCUS or
ASAM criteria, a peer-to-peer offer naming the reviewing psychiatrist (a decoy provider), and appeal rights:
expedited within 72 hours, standard within 180 days. Decoys: date of birth, facility NPI, review dates.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, iso, pdf_bytes, truth

FAMILY = "mbho_loc"
LANG = "en"
INSURER = "Cedarline Behavioral Health Management, Inc."
PLAN_NAME = "Sundial Valley Health Plan"
FIRST = ["Anouk", "Barnaby", "Cressida", "Dashiell", "Elodie", "Fitzgerald", "Hyacinth", "Leopold", "Marguerite",
         "Osric"]
LAST = ["Thornbury", "Villeneuve", "Ashdown", "Merriweather", "Kilbride", "Penhallow", "Rosenquist", "Standish"]
ATTENDING = ["Dr. Ottoline Marsh, MD", "Dr. Ravindra Ellery, MD", "Dr. Signe Halvorsen, DO", "Dr. Caspian Wolde, MD",
             "Dr. Beatrix Lindqvist, MD", "Dr. Tobias Renwick, MD"]
REVIEWERS = ["Dr. Adaeze Whitcombe, MD", "Dr. Florian Esterhazy, MD", "Dr. Miriam Castellan, DO"]
FACILITIES = {"res": "Bramblewood Recovery Center", "ip": "Larkhaven Behavioral Hospital",
              "php": "Larkhaven Behavioral Hospital Day Program", "tms": "Clearwater Neuromodulation Clinic",
              "test": "Fernhollow Neuropsychology Associates", "noauth": "Stonebridge Psychiatric Pavilion"}
# kind -> (denial, requested level, what the letter says was decided, why, criteria line, alternative offered)
CASES = {
    "res_iop": ("level_of_care", "res", "Residential substance use disorder treatment (ASAM Level 3.5)",
                "Your withdrawal symptoms have resolved, you are medically stable, and you have taken part in every "
                "group session. Your needs can now be met safely at a less intensive level of care.",
                "ASAM Criteria, Dimensions 1 through 6: Dimension 1 and 2 risk rated 0; Dimension 5 risk rated 2.",
                "Intensive outpatient program (ASAM Level 2.1), nine hours a week, is authorized instead."),
    "ip_php": ("level_of_care", "ip", "Inpatient psychiatric hospitalization, continued stay",
               "You have had no thoughts of harming yourself or others for five days, you are eating and sleeping, "
               "and you are taking your medication. You no longer need 24-hour hospital care.",
               "LOCUS composite score 15 (Level 3 range); LOCUS Level 6 criteria are not met.",
               "Partial hospitalization (day treatment) is authorized instead."),
    "php_iop": ("level_of_care", "php", "Partial hospitalization program, continued stay",
                "Your mood has improved and you returned home each evening without a crisis. The daily schedule of "
                "partial hospitalization is more than you need now.",
                "LOCUS composite score 12 (Level 2 range).",
                "Intensive outpatient program, three days a week, is authorized instead."),
    "tms": ("medical_necessity", "tms", "Transcranial magnetic stimulation, 10 additional treatment sessions",
            "The records show no meaningful improvement in your depression scores after the first 30 sessions. "
            "More sessions of the same treatment are not expected to help, so they are not medically necessary.",
            "Sundial Valley behavioral health policy BH-TMS-04 (continuation criteria).",
            "Your psychiatrist may discuss other treatment options with you."),
    "test": ("medical_necessity", "test", "Neuropsychological testing, 12 hours",
             "The testing would not change your treatment plan: your diagnosis is already established and your "
             "current treatment is working. The testing is not medically necessary at this time.",
             "Cedarline clinical guideline CG-NPT-2 (psychological and neuropsychological testing).",
             "Up to 2 hours of testing for medication monitoring is authorized instead."),
    "noauth": ("prior_authorization", "noauth", "Inpatient psychiatric admission",
               "The facility admitted you without notifying us. Your plan requires the facility to notify us "
               "within one business day of an inpatient admission so that the stay can be reviewed. We were first "
               "told about the stay after you were discharged.",
               "Sundial Valley Health Plan certificate of coverage, section 6.3 (notification of admissions).",
               "The facility may not bill you for these days."),
}
PLAN = [  # (stem, condition, [kinds], deadline style)
    ("mbho_loc_bd_res_iop", "born_digital", ["res_iop"], "within"),
    ("mbho_loc_bd_ip_php", "born_digital", ["ip_php"], "by"),
    ("mbho_loc_scan_tms", "scan_clean_300", ["tms"], "within"),
    ("mbho_loc_faxf_stack", "fax_fine_g4", ["ip_php", "php_iop"], "within"),
    ("mbho_loc_photo_noauth", "phone_photo", ["noauth"], "receive"),
    ("mbho_loc_rot_test", "rotated", ["test"], "by"),
    ("mbho_loc_lowres_php_iop", "scan_lowres_150", ["php_iop"], "within"),
]


def person(r: Rand) -> dict:
    first, last = r.choice(FIRST), r.choice(LAST)
    name = f"{first} {r.choice('BCDEGHJKLMNPRSTW')}. {last}"
    return {"name": name, "first": first, "last": last, "id": f"SVH{r.digits(8)}",
            "group": f"{r.digits(3)}-{r.digits(4)}", "dob": dt.date(r.randint(1958, 2006), r.randint(1, 12),
                                                                       r.randint(1, 28))}


def dates_for(r: Rand, kind: str, start: dt.date) -> dict:
    """Admission, reviews, the first day not authorized, the requested span and the notice date."""
    adm = start
    if kind in ("tms", "test"):
        first = adm + dt.timedelta(days=r.randint(20, 40))
        last = first + dt.timedelta(days=13 if kind == "tms" else 0)
        return {"adm": adm, "reviews": [adm + dt.timedelta(days=r.randint(3, 10))], "lcd": None, "from": first,
                "to": last, "notice": first - dt.timedelta(days=r.randint(3, 8))}
    if kind == "noauth":
        disc = adm + dt.timedelta(days=r.randint(5, 9))
        return {"adm": adm, "reviews": [], "lcd": None, "from": adm, "to": disc,
                "notice": disc + dt.timedelta(days=r.randint(6, 15))}
    r1 = adm + dt.timedelta(days=r.randint(2, 4))
    r2 = r1 + dt.timedelta(days=r.randint(3, 5))
    lcd = r2 + dt.timedelta(days=1)
    return {"adm": adm, "reviews": [r1, r2], "lcd": lcd, "from": lcd + dt.timedelta(days=1),
            "to": lcd + dt.timedelta(days=r.randint(5, 7)), "notice": r2}


def label_block(d: Doc, rows: list[tuple[str, str]]) -> None:
    for label, value in rows:
        d.font(9.5, "B")
        d.cell(52, 5.4, label)
        d.font(9.5)
        d.cell(0, 5.4, value, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def build(r: Rand, kind: str, who: dict, start: dt.date, dl: str, style: str) -> tuple[bytes, dict]:
    denial, fac_key, requested, why, criteria, instead = CASES[kind]
    facility, attending, reviewer = FACILITIES[fac_key], r.choice(ATTENDING), r.choice(REVIEWERS)
    dd = dates_for(r, kind, start)
    notice, first, to = dd["notice"], dd["from"], dd["to"]
    f = (lambda x: fmt_date(x, style))
    auth, ref = f"CBH-{r.digits(2)}-{r.digits(6)}", f"R{r.digits(7)}"
    deadline = notice + dt.timedelta(days=180)
    d = Doc("Helvetica", footer="Cedarline BH  |  UM-LOC-NOA rev. 03/2025  |  Page {p} of {n}",
            header=f"{who['name']}  |  Authorization # {auth}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("CEDARLINE", size=20, style="B", h=9)
    d.text_line("Behavioral Health Management, Inc.", size=10, style="I")
    d.text_line("Utilization Management  |  PO Box 30517, Tillamook Falls, OR 97141  |  Fax 1-877-555-0139", size=8)
    d.text_line(f"Managing behavioral health benefits on behalf of {PLAN_NAME}", size=8)
    d.ln(5)
    d.text_line(f"Date of notice: {f(notice)}", size=10)
    d.ln(3)
    street, city = r.choice(["88 Foxglove Terrace", "1410 Weir Landing Road", "27 Pelham Chase"]), r.choice(
        ["Astoria Bend, OR 97103", "Cascadia Springs, WA 98611", "Millrace, OR 97498"])
    for line in (who["name"], street, city):
        d.text_line(line, size=10, h=4.8)
    d.ln(4)
    title = {"prior_authorization": "NOTICE OF NON-AUTHORIZATION: ADMISSION WITHOUT NOTIFICATION",
             "medical_necessity": "NOTICE OF ADVERSE DETERMINATION", "level_of_care":
                 "NOTICE OF ADVERSE DETERMINATION: CONTINUED STAY / LEVEL OF CARE"}[denial]
    d.text_line(title, size=11, style="B", h=7)
    rows = [("Member:", who["name"]), ("Date of birth:", who["dob"].strftime("%m/%d/%Y")),
            ("Health plan:", PLAN_NAME), ("Member ID:", who["id"]), ("Group:", who["group"]),
            ("Facility / provider:", f"{facility}  (NPI {r.npi()})"), ("Attending psychiatrist:", attending)
            if kind not in ("tms", "test") else ("Treating provider:", attending),
            ("Level of care requested:", requested), ("Authorization #:", auth), ("Reference #:", ref),
            ("Admission / start date:", f(dd["adm"]))]
    if dd["reviews"]:
        rows.append(("Concurrent review dates:", ", ".join(f(x) for x in dd["reviews"])))
    if dd["lcd"]:
        rows.append(("Last covered day:", f(dd["lcd"])))
    span = f(first) if first == to else f"{f(first)} through {f(to)}"
    rows.append(("Dates not authorized:" if kind != "noauth" else "Days not authorized:", span))
    label_block(d, rows)
    d.text_line("What we decided", size=10.5, style="B", h=6)
    if denial == "level_of_care":
        d.para(f"Dear {who['first']} {who['last']}: {facility} asked us to approve more days of "
               f"{requested.split(',')[0].lower()}. Continued stay at this level of care is not authorized from "
               f"{f(first)}. Days through {f(dd['lcd'])}, your last covered day, remain authorized. {instead}",
               size=9.5)
    elif denial == "medical_necessity":
        d.para(f"Dear {who['first']} {who['last']}: {attending.split(',')[0]} asked us to approve "
               f"{requested.lower()}, planned for {span}. We did not approve this request. {instead}", size=9.5)
    else:
        d.para(f"Dear {who['first']} {who['last']}: {facility} admitted you on {f(dd['adm'])}. The stay from "
               f"{span} is not authorized. {instead}", size=9.5)
    d.text_line("Why we decided this", size=10.5, style="B", h=6)
    d.para(why, size=9.5)
    d.para(f"Criteria used: {criteria} You may ask for a free copy of these criteria.", size=9.5)
    d.para(f"This decision was made by {reviewer}, a board-certified psychiatrist. Peer-to-peer review: your "
           f"attending provider may speak with the reviewer by calling 1-877-555-0152 within two business days of "
           f"this notice.", size=9.5)
    d.add_page()
    d.text_line("Your right to appeal", size=10.5, style="B", h=6)
    d.para("Expedited appeal: if you are still in treatment, or waiting could seriously harm your health, you or "
           "your provider may ask for an expedited appeal by phone. We will decide an expedited appeal within 72 "
           "hours.", size=9.5)
    if dl == "within":
        d.para("Standard appeal: you, your provider or someone you name may file a standard appeal within 180 "
               "days of the date of this notice. Send it in writing to the address above or call us.", size=9.5)
    elif dl == "by":
        d.para(f"Standard appeal: you, your provider or someone you name may file a standard appeal. Your appeal "
               f"must be received by {f(deadline)} (180 days after the date of this notice).", size=9.5)
    else:
        d.para("Standard appeal: you, your provider or someone you name may file a standard appeal within 180 "
               "days of the date you receive this notice.", size=9.5)
    d.para("External review: after an appeal, you may ask for an independent external review of decisions about "
           "medical necessity, level of care or health care setting. Continuation of benefits during an appeal "
           "applies only to ongoing authorized care. Mental health parity: you may ask for the documents that "
           "compare how your plan limits mental health benefits with medical and surgical benefits.", size=9)
    d.para(f"Questions? Call Cedarline Behavioral Health at 1-877-555-0150 (TTY 711), 8 a.m. to 8 p.m. Pacific. "
           f"Copy sent to: {facility}; {attending.split(',')[0]}.", size=9)
    d.para("Sincerely,\nCare Management Department\nCedarline Behavioral Health Management, Inc.", size=9.5)
    alts: dict = {"insurer": [PLAN_NAME], "provider": [facility]}
    svc = [iso(first, to) if first != to else iso(first)]
    if first != to and kind not in ("noauth", "tms"):
        alts["service_dates"] = [[iso(first)]]
    dl_truth = None if dl == "receive" else iso(deadline)
    if dl == "receive":
        alts["appeal_deadline"] = [iso(deadline)]
    t = truth("denial_letter", denial, insurer=INSURER, plan_id=None, group_number=who["group"],
              member_id=who["id"], member_name=who["name"], case_numbers=[auth, ref], claim_amount=None,
              service_dates=svc, denial_date=iso(notice), provider=attending.split(",")[0], appeal_deadline=dl_truth,
              alternates=alts,
              denial_alternates=["medical_necessity"] if denial == "level_of_care" else None)
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    out = []
    for i, (stem, cond, kinds, dl) in enumerate(PLAN):
        r = Rand(9300 + i)
        who = person(r)
        start = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 200))
        docs = []
        for k in kinds:
            style = r.choice(["long", "slash", "abbr"])
            pdf, t = build(r, k, who, start, dl, style)
            docs.append((pdf, t))
            start = dt.date.fromisoformat(t["fields"]["service_dates"][-1].split("/")[0])
        out.append(Item(stem, cond, docs, separators=["cover"] + [None] * (len(docs) - 1) if len(docs) > 1 else None))
    return out
