"""Family 'asam_residential': a behavioral health plan's decisions on substance use disorder residential treatment.

Stillwater Reach Behavioral Health is fictional; it manages behavioral health benefits for the fictional Copperleaf
Health Plan and writes on its own letterhead. Each letter names the facility that asked, the ASAM level requested
and the level approved instead ("Level 3.5 requested, Level 2.1 intensive outpatient approved"), a table of the six
ASAM dimensions with a risk rating and a note for each, the last covered day of a continued stay (a decoy date), a
peer-to-peer offer, a mental health parity paragraph and appeal rights with a 72-hour expedited appeal (a decoy).
Also: an admission without the required notice, an appeal decision that upholds the level of care, and an approval
of more days (denies nothing) that arrives by fax with the later denial.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, iso, pdf_bytes, truth
from kit_roundj_famr import DOCTORS, days, digits, letters, person

FAMILY = "asam_residential"
LANG = "en"
INSURER = "Stillwater Reach Behavioral Health"
PLAN_NAME = "Copperleaf Health Plan"
FACILITIES = ["Hollins Ford Recovery Lodge", "Cairnbrook Treatment Center", "Meadowlark Ridge Residential Program",
              "Old Ferry House Recovery Campus"]
DIMS = ["1. Acute intoxication and/or withdrawal potential", "2. Biomedical conditions and complications",
        "3. Emotional, behavioral or cognitive conditions", "4. Readiness to change",
        "5. Relapse, continued use or continued problem potential", "6. Recovery/living environment"]
LEVELS = {"3.5": "Level 3.5 clinically managed high-intensity residential services",
          "3.7-WM": "Level 3.7-WM medically monitored inpatient withdrawal management",
          "3.2-WM": "Level 3.2-WM clinically managed residential withdrawal management",
          "2.1": "Level 2.1 intensive outpatient (IOP)", "2.5": "Level 2.5 partial hospitalization (PHP)"}
# kind -> (denial or None, requested, approved, continued stay?, ratings, why)
KINDS = {
    "cont_iop": ("level_of_care", "3.5", "2.1", True, [0, 0, 1, 2, 2, 2],
                 "Your withdrawal is over and you have no medical problems that need 24-hour staff. You attend every "
                 "group and have a relapse prevention plan. Your remaining needs can be met safely in intensive "
                 "outpatient treatment while you live at home."),
    "admit_iop": ("level_of_care", "3.5", "2.1", False, [0, 1, 1, 2, 2, 1],
                  "You are not in withdrawal, you live with supportive family and you have not tried outpatient "
                  "treatment. Twenty-four hour residential care is more than you need to start treatment; intensive "
                  "outpatient care can meet your needs."),
    "wm": ("level_of_care", "3.7-WM", "3.2-WM", False, [2, 0, 1, 2, 3, 2],
           "Your withdrawal symptoms are moderate and do not need nursing care around the clock or a doctor's daily "
           "medical oversight. Withdrawal can be managed safely in a clinically managed residential setting."),
    "cont_php": ("level_of_care", "3.5", "2.5", True, [0, 0, 2, 1, 2, 3],
                 "Your craving has lessened and you have had no use on passes. You still need daily structure, which "
                 "a partial hospitalization program gives you without an overnight stay."),
    "noauth": ("prior_authorization", "3.5", None, False, None,
               "The facility did not notify us of your admission within two business days, as your plan requires "
               "for residential treatment. We learned of the stay only when the facility billed us after discharge."),
    "approve": (None, "3.5", "3.5", True, [0, 0, 2, 2, 3, 3],
                "You continue to meet the criteria for Level 3.5: you are still at high risk of relapse and have no "
                "safe place to live yet."),
}
PLAN = [  # (stem, condition, [kinds], deadline style, date style)
    ("asam_residential_bd_cont_iop", "born_digital", ["cont_iop"], "within", "long"),
    ("asam_residential_bd_admit", "born_digital", ["admit_iop"], "by", "slash"),
    ("asam_residential_scan_noauth", "scan_clean_300", ["noauth"], "within", "abbr"),
    ("asam_residential_copy_upheld", "photocopy", ["upheld"], "within60", "long"),
    ("asam_residential_faxf_stack", "fax_fine_g4", ["approve", "cont_iop"], "receive", "slash"),
    ("asam_residential_rot_wm", "rotated", ["wm"], "by", "iso"),
    ("asam_residential_lowres_php", "scan_lowres_150", ["cont_php"], "within", "upper"),
]


def member(r: Rand) -> dict:
    name, first, last = person(r)
    return {"name": name, "first": first, "last": last, "id": f"CLH{letters(r, 1)}{digits(r, 8)}",
            "group": f"G-{digits(r, 5)}", "facility": r.choice(FACILITIES), "attending": r.choice(DOCTORS),
            "dob": dt.date(r.randint(1962, 2004), r.randint(1, 12), r.randint(1, 28))}


def label_rows(d: Doc, rows: list[tuple[str, str]]) -> None:
    for k, v in rows:
        d.font(9, "B")
        d.cell(55, 5.1, k)
        d.font(9)
        d.cell(0, 5.1, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def dates(r: Rand, kind: str, start: dt.date, prev_to: dt.date | None) -> dict:
    """Admission, review, last covered day, the span decided and the notice date (after an approval: its end)."""
    adm = start
    if kind in ("cont_iop", "cont_php", "approve", "upheld"):
        review = days(prev_to, -1) if prev_to else days(adm, r.randint(9, 14))
        lcd = prev_to or days(review, 1)
        return {"adm": adm, "review": review, "lcd": lcd, "from": days(lcd, 1), "to": days(lcd, 7),
                "notice": review}
    if kind == "noauth":
        disc = days(adm, r.randint(16, 24))
        return {"adm": adm, "review": None, "lcd": None, "from": adm, "to": disc, "notice": days(disc, r.randint(9, 20))}
    notice = days(adm, -r.randint(1, 3))
    return {"adm": adm, "review": notice, "lcd": None, "from": adm, "to": days(adm, 13), "notice": notice}


def head(d: Doc, f, notice: dt.date, who: dict) -> None:
    d.add_page()
    d.text_line("STILLWATER REACH", size=18, style="B", h=8)
    d.text_line("Behavioral Health  -  Utilization Management", size=10, style="I")
    d.text_line("2290 Tamarack Loop, Suite 400, Glenrock Falls, MT 59602  |  Fax 1-866-555-0183", size=8)
    d.ln(5)
    d.text_line(f(notice), size=10)
    d.ln(3)
    for line in (who["name"], f"{who['dob'].day + 100} Saltgrass Way", "Copper Flats, MT 59714"):
        d.text_line(line, size=10, h=4.8)
    d.ln(4)


def dim_table(d: Doc, ratings: list[int]) -> None:
    notes = {0: "No risk now", 1: "Mild, stable", 2: "Moderate, manageable", 3: "Significant", 4: "Severe"}
    rows = [[name, str(x), notes[x]] for name, x in zip(DIMS, ratings)]
    d.table(["ASAM dimension", "Risk rating (0-4)", "Reviewer note"], rows, [100, 30, 45], size=8.3)


def build(r: Rand, kind: str, who: dict, start: dt.date, dl: str, style: str,
          prev_to: dt.date | None = None) -> tuple[bytes, dict]:
    f = (lambda x: fmt_date(x, style))
    base = "cont_iop" if kind == "upheld" else kind
    denial, req, ok, cont, ratings, why = KINDS[base]
    dd = dates(r, kind, start, prev_to)
    notice = dd["notice"] if kind != "upheld" else days(dd["notice"], r.randint(18, 30))
    auth, ref = f"SR{digits(r, 8)}", f"UM-{digits(r, 6)}"
    appeal_no = f"APL-{digits(r, 7)}"
    d = Doc("Helvetica", footer="Stillwater Reach Behavioral Health  |  SR-UM-SUD-12 (06/2025)  |  Page {p} of {n}",
            header=f"Member: {who['name']}   Case {auth}", margins=(20, 16, 20))
    head(d, f, notice, who)
    title = {"approve": "NOTICE OF APPROVAL: CONTINUED STAY", "upheld": "APPEAL DECISION: DENIAL UPHELD",
             "noauth": "NOTICE OF DENIAL: ADMISSION NOT AUTHORIZED"}.get(
        kind, "NOTICE OF ADVERSE BENEFIT DETERMINATION: LEVEL OF CARE")
    d.text_line(title, size=11, style="B", h=7)
    span = f"{f(dd['from'])} through {f(dd['to'])}"
    rows = [("Member name:", who["name"]), ("Date of birth:", who["dob"].strftime("%m/%d/%Y")),
            ("Member ID:", who["id"]), ("Group no.:", who["group"]), ("Health plan:", PLAN_NAME),
            ("Facility (provider):", f"{who['facility']}   NPI {'1' + digits(r, 9)}"),
            ("Attending physician:", who["attending"]), ("Case number:", auth), ("Review reference:", ref)]
    if kind == "upheld":
        rows.append(("Appeal number:", appeal_no))
    rows.append(("Admission date:", f(dd["adm"])))
    rows.append(("Level requested:", LEVELS[req]))
    if ok and kind != "approve":
        rows.append(("Level approved:", LEVELS[ok]))
    if dd["lcd"]:
        rows.append(("Last covered day:" if kind != "approve" else "Previously approved through:", f(dd["lcd"])))
    rows.append(("Days approved:" if kind == "approve" else "Dates not approved:", span))
    label_rows(d, rows)
    d.text_line("What we decided", size=10.5, style="B", h=6)
    if kind == "approve":
        d.para(f"Dear {who['first']} {who['last']}: we approved 7 more days of {LEVELS[req]} at {who['facility']}, "
               f"{span}. The facility will ask again before the last approved day if you need more time.", size=9.3)
    elif kind == "noauth":
        d.para(f"Dear {who['first']} {who['last']}: {who['facility']} admitted you to {LEVELS[req]} on "
               f"{f(dd['adm'])}. The stay, {span}, is not authorized and will not be paid. The facility may not "
               f"bill you for these days.", size=9.3)
    elif kind == "upheld":
        d.para(f"Dear {who['first']} {who['last']}: you appealed our decision that continued stay at "
               f"{LEVELS[req]} was not authorized after your last covered day. A psychiatrist who was not part of "
               f"the first decision reviewed your appeal and your records. We uphold the denial: the dates {span} "
               f"remain not approved. {LEVELS[ok]} stays approved.", size=9.3)
    else:
        asked = "continued stay at" if cont else "admission to"
        d.para(f"Dear {who['first']} {who['last']}: {who['facility']} asked us to approve {asked} "
               f"{LEVELS[req]}. {'Level ' + req} requested; {LEVELS[ok]} approved instead. The dates {span} are "
               f"not approved at Level {req}." + (f" Days through {f(dd['lcd'])}, your last covered day, remain "
                                                   f"covered." if dd["lcd"] else ""), size=9.3)
    d.text_line("Why", size=10.5, style="B", h=6)
    d.para(why, size=9.3)
    if ratings:
        d.para("We used The ASAM Criteria (multidimensional assessment). The reviewer rated each dimension:", size=9)
        dim_table(d, ratings)
    if denial:
        d.para(f"Peer-to-peer: {who['attending']} may talk with our reviewing physician before an appeal by calling "
               f"1-866-555-0179 within 5 business days.", size=9)
    d.add_page()
    d.text_line("Mental health parity", size=10.5, style="B", h=6)
    d.para("Federal parity law requires that limits on substance use disorder benefits be no stricter than limits "
           "on medical and surgical benefits. You may ask us for the criteria and the comparative analysis used for "
           "this decision, free of charge.", size=9)
    deadline = days(notice, 60 if dl == "within60" else 180)
    if denial:
        d.text_line("How to appeal", size=10.5, style="B", h=6)
        d.para("Expedited appeal: if you are still in treatment or a delay could seriously harm you, ask for an "
               "expedited appeal by phone; we decide within 72 hours.", size=9)
        text = {"within": "Standard appeal: send your appeal within 180 days of the date of this letter.",
                "by": f"Standard appeal: we must receive your appeal no later than {f(deadline)}.",
                "receive": "Standard appeal: send your appeal within 180 days after you receive this letter.",
                "within60": "Second-level appeal: you may ask for a second-level review within 60 days of the date "
                            "of this letter, or ask for an independent external review."}[dl]
        d.para(text + " Mail: Stillwater Reach Appeals, PO Box 7731, Glenrock Falls, MT 59602.", size=9)
    d.para("Questions: Stillwater Reach Member Line 1-866-555-0170 (TTY 711). Copy to: " + who["facility"] + ".",
           size=9)
    d.para(f"Sincerely,\nUtilization Management\n{INSURER}\n(on behalf of {PLAN_NAME})", size=9.3)
    dl_truth = None
    alts: dict = {"insurer": [PLAN_NAME], "provider": [who["attending"]]}
    if denial and dl == "receive":
        alts["appeal_deadline"] = [iso(deadline)]
    elif denial:
        dl_truth = iso(deadline)
    if kind != "noauth":
        alts["service_dates"] = [[iso(dd["from"])]]
    cases = [auth, ref] + ([appeal_no] if kind == "upheld" else [])
    t = truth("denial_letter" if denial else "other", denial, insurer=INSURER, plan_id=None,
              group_number=who["group"], member_id=who["id"], member_name=who["name"], case_numbers=cases,
              claim_amount=None, service_dates=[iso(dd["from"], dd["to"])], denial_date=iso(notice),
              provider=who["facility"], appeal_deadline=dl_truth, alternates=alts,
              denial_alternates=["medical_necessity"] if denial == "level_of_care" else None)
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    out = []
    for i, (stem, cond, kinds, dl, style) in enumerate(PLAN):
        r = Rand(58200 + i)
        who = member(r)
        start = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 210))
        docs, prev_to = [], None
        for k in kinds:
            docs.append(build(r, k, who, start, dl, style, prev_to))
            prev_to = dt.date.fromisoformat(docs[-1][1]["fields"]["service_dates"][0].split("/")[1])
        out.append(Item(stem, cond, docs, separators=["cover", None] if len(docs) > 1 else None))
    return out
