"""Family 'telehealth_out_of_state_license_denial': an invented commercial health insurer's EOBs, member statement
and letters on telehealth visits (CPT 99212-99215 with modifier 95 at place of service 02 or 10, audio-only
telephone visits 98966-98968) denied because the clinician was not licensed in the state where the member was
located, because audio-only visits are not covered under the plan, or because the telehealth platform company is
not in the plan's network.

Drumlin Mutual Health Insurance Company ("DRUMLIN MUTUAL" over a rule; EOBs, a several-visit member statement,
letters, an appeal decision) is invented, and so are every member, telehealth company and clinician. Decoys: the
clinician who saw the member (the telehealth company is the billing provider), the clinician's license state and
license number, the member's date of birth, the NPI, the claim received date, the statement period, the plan's
designated telehealth vendor, paid visits beside the denied one, plan paid / you owe amounts, the customer service
phone number and the external review limit.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "telehealth_out_of_state_license_denial"
LANG = "en"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
SANS_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
INS = "Drumlin Mutual Health Insurance Company"
COMPANIES = [("Skyhollow Virtual Care, P.C.", "1780 Lattice Way, Suite 400, Denver, CO 80202"),
             ("Pondview Telehealth Group, PLLC", "55 Harborgate Plaza, Austin, TX 78701"),
             ("Brightwater Online Clinic, P.A.", "920 Meridian Row, Tampa, FL 33602")]
CLINICIANS = [("Dr. Oluwaseun Petrakis-Lund, MD", "Colorado", "DR.0067214"),
              ("Ingrid S. Balogun-Reyes, PMHNP-BC", "Texas", "APRN 0993417"),
              ("Dr. Haruto Castellanos, DO", "Florida", "OS 18842"),
              ("Zainab R. Ellingsen, LCSW", "Colorado", "CSW.09931"),
              ("Dr. Mirela Obuya-Stanton, MD", "Texas", "T4417")]
MEMBERS = [("Fenella", "Okonkwo-Baird"), ("Rustam", "Delahaye"), ("Ines", "Thorvaldsen"), ("Kwabena", "Lindqvist"),
           ("Maribel", "Haugland"), ("Declan", "Ferreira-Oduya"), ("Yuki", "Penhallow")]
MEMBER_STATE = [("Boise, ID 83702", "Idaho"), ("Missoula, MT 59801", "Montana"), ("Casper, WY 82601", "Wyoming"),
                ("Rapid City, SD 57701", "South Dakota")]
STREETS = ["Larkspur Drive", "Quarry Hill Road", "N 9th Street", "Saddleback Court", "Elmwood Terrace"]
VENDOR = "Drumlin Virtual Visits (powered by Coalbrook Health Link)"
CODES = {"99213": ("Office/outpatient visit, est., low MDM", "95", "10", 185.00),
         "99214": ("Office/outpatient visit, est., moderate MDM", "95", "10", 265.00),
         "99212": ("Office/outpatient visit, est., straightforward", "95", "02", 120.00),
         "99215": ("Office/outpatient visit, est., high MDM", "95", "10", 340.00),
         "98967": ("Telephone assessment, qualified nonphysician, 11-20 min", "93", "10", 95.00),
         "98968": ("Telephone assessment, qualified nonphysician, 21-30 min", "93", "02", 130.00),
         "98966": ("Telephone assessment, qualified nonphysician, 5-10 min", "93", "10", 60.00)}
# kind -> (document type, denial type, denial alternates)
KINDS = {
    "eob_license": ("eob", "not_covered", ["other", "out_of_network"]),
    "ltr_audio": ("denial_letter", "not_covered", ["other"]),
    "stmt_license": ("eob", "not_covered", ["other", "out_of_network"]),
    "ltr_oon": ("denial_letter", "out_of_network", []),
    "eob_paid": ("other", None, []),
    "appeal_license": ("denial_letter", "not_covered", ["other", "out_of_network"]),
    "eob_audio": ("eob", "not_covered", ["other"]),
}
REASON = {
    "license": ("TL4", "The clinician was not licensed in the state where you were located at the time of the "
                       "telehealth visit. The plan covers telehealth only from a clinician licensed (or allowed by an "
                       "interstate compact) in the member's state."),
    "audio": ("AO2", "Audio-only (telephone) visits are not a covered benefit under your plan. Telehealth visits "
                     "must use real-time audio and video (modifier 95)."),
    "oon": ("NW9", "The telehealth company that billed this visit is not in the plan's network. In-network "
                   f"telehealth is available through {VENDOR}."),
}


class Page(Doc):
    def __init__(self, serif: bool = False, orientation: str = "P"):
        super().__init__("Serif" if serif else "DejaVu", footer="Page {p} of {n}", margins=(17, 14, 17),
                         orientation=orientation)
        self.add_font("DejaVu", "B", SANS_B)
        self.add_font("Serif", "", SERIF)
        self.add_font("Serif", "B", SERIF_B)


def facts(i: int, kind: str, ds: str, ms: str) -> dict:
    r = Rand(179600 + i)
    notice = dt.date(2026, 2, 3) + dt.timedelta(days=r.randint(0, 130))
    first, last = MEMBERS[i]
    mi = r.choice("ABCDEFGHJKLMNPRSTVW")
    city, state = MEMBER_STATE[i % len(MEMBER_STATE)]
    comp, caddr = COMPANIES[i % len(COMPANIES)]
    clin, lic_state, lic_no = CLINICIANS[i % len(CLINICIANS)]
    code = {"eob_license": "99214", "ltr_audio": "98967", "stmt_license": "99213", "ltr_oon": "99213",
            "eob_paid": "99214", "appeal_license": "99215", "eob_audio": "98968"}[kind]
    desc, mod, pos, fee = CODES[code]
    visit = notice - dt.timedelta(days=r.randint(21, 50))
    billed = round(fee + r.choice([0, 0, 15, 25.5]), 2)
    f = dict(kind=kind, fd=lambda x: fmt_date(x, ds), mo=lambda v: fmt_money(v, ms), notice=notice,
             member=f"{first} {mi}. {last}", first=first, last=last,
             addr=[f"{r.randint(14, 9800)} {r.choice(STREETS)}", city], state=state, comp=comp, caddr=caddr,
             clin=clin, lic_state=lic_state, lic_no=lic_no, npi=r.npi(), ph=r.phone(),
             mid=f"DMH{r.digits(9)}", group=f"{r.digits(5)}-{r.letters(2)}{r.digits(2)}",
             claim=f"{r.digits(2)}{r.letters(1)}{r.digits(9)}", code=code, desc=desc, mod=mod, pos=pos,
             visit=visit, billed=billed, received=visit + dt.timedelta(days=r.randint(4, 12)),
             dob=dt.date(r.randint(1961, 2001), r.randint(1, 12), r.randint(1, 28)),
             appeal_no=f"APL-{r.digits(4)}-{r.digits(5)}", employer=r.choice(
                 ["Tamarack Freight Lines", "Oxbow County School District", "Cinderhill Software, Inc."]))
    # a statement lists several visits; index 2 (third row) is the denied one
    if kind == "stmt_license":
        rows = []
        for j, c in enumerate(["99213", "99214", "99213", "99212"]):
            dsc, md, ps, fe = CODES[c]
            d0 = visit - dt.timedelta(days=14 * (2 - j))
            b = billed if j == 2 else round(fe + r.choice([0, 10]), 2)
            rows.append(dict(date=d0, code=c, mod=md, pos=ps, billed=b,
                             claim=f["claim"] if j == 2 else f"{r.digits(2)}{r.letters(1)}{r.digits(9)}",
                             comp=comp if j == 2 else COMPANIES[(i + 1) % 3][0],
                             allowed=0.0 if j == 2 else round(b * 0.62, 2)))
        rows.sort(key=lambda x: x["date"])
        f["rows"] = rows
        f["visit"] = [x for x in rows if x["claim"] == f["claim"]][0]["date"]
    if kind == "eob_audio":
        f["paid_visit"] = visit - dt.timedelta(days=9)
        f["paid_claim"] = f"{r.digits(2)}{r.letters(1)}{r.digits(9)}"
        f["paid_billed"] = 185.00
    if kind == "appeal_license":
        f["orig"] = notice - dt.timedelta(days=r.randint(40, 70))
    return f


def letterhead(d: Page, f: dict, compact: bool = False) -> None:
    d.set_font("DejaVu", "B", 20 if not compact else 16)
    d.cell(0, 9, "DRUMLIN MUTUAL", new_x="LMARGIN", new_y="NEXT")
    d.rule(0.9, 1)
    d.set_font("DejaVu", "", 7.5)
    d.cell(0, 4, f"{INS}  ·  PO Box 40417, Sioux Falls, SD 57104  ·  Customer Service {f['ph']}",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(5)


def who(f: dict) -> list[tuple[str, str]]:
    return [("Member", f["member"]), ("Member ID", f["mid"]), ("Group number", f["group"]),
            ("Employer", f["employer"])]


def kv(d: Page, rows, lw: float = 42, size: float = 9.5) -> None:
    for k, v in rows:
        d.font(size - 0.5, "B")
        d.cell(lw, 5.3, k + ":")
        d.font(size)
        d.cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")


def eob(d: Page, f: dict) -> None:
    fd, mo, kind = f["fd"], f["mo"], f["kind"]
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 14, "B")
    d.text_line("This is not a bill.", 9)
    d.ln(2)
    kv(d, [("Statement date", fd(f["notice"])), *who(f), ("Date of birth", fd(f["dob"]))])
    d.ln(3)
    claims = []
    if kind == "eob_audio":
        claims.append(dict(claim=f["paid_claim"], date=f["paid_visit"], code="99213", mod="95", pos="10",
                           billed=f["paid_billed"], allowed=121.40, paid=96.40, owe=25.00, note="", comp=f["comp"]))
    paid = kind == "eob_paid"
    allowed = round(f["billed"] * 0.64, 2)
    claims.append(dict(claim=f["claim"], date=f["visit"], code=f["code"], mod=f["mod"], pos=f["pos"],
                       billed=f["billed"], allowed=allowed if paid else 0.0,
                       paid=round(allowed - 30, 2) if paid else 0.0, owe=30.0 if paid else 0.0,
                       note="" if paid else REASON["audio" if kind == "eob_audio" else "license"][0],
                       comp=f["comp"]))
    for c in claims:
        d.font(9.5, "B")
        d.cell(0, 5.5, f"Claim {c['claim']}  ·  Provider: {c['comp']}  ·  Received {fd(f['received'])}",
               new_x="LMARGIN", new_y="NEXT")
        if c["claim"] == f["claim"]:
            d.font(8.5)
            d.cell(0, 4.6, f"Seen by: {f['clin']} (license: {f['lic_state']} {f['lic_no']})  ·  "
                           f"Place of service {c['pos']} (telehealth)", new_x="LMARGIN", new_y="NEXT")
        d.table(["Date of service", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"],
                [[fd(c["date"]), f"{c['code']}-{c['mod']}", mo(c["billed"]), mo(c["allowed"]), mo(c["paid"]),
                  mo(c["owe"]), c["note"]]], [32, 28, 26, 26, 24, 22, 18], 8.5, "LLRRRRL", head_fill=True)
    d.ln(1)
    if paid:
        d.para(f"This video visit was processed under your in-network telehealth benefit. {f['comp']} has been "
               "paid; your share is the telehealth copay shown above.", 9.5)
    else:
        code, txt = REASON["audio" if kind == "eob_audio" else "license"]
        d.text_line("Notes", 10, "B")
        d.para(f"{code}: {txt}" + (f" You were located in {f['state']} for this visit." if code == "TL4" else ""),
               9.2)
        d.para(f"Because the provider did not follow the plan's rules, {f['comp']} may not bill you for the denied "
               "amount.", 9.2)
    d.text_line("Your right to appeal", 10, "B")
    d.para("If you disagree with how a claim was processed, you may appeal within 180 days of the date of this "
           f"statement. Write to Drumlin Mutual Appeals, PO Box 40419, Sioux Falls, SD 57104, or call {f['ph']}. "
           "After the plan's final decision you may ask for an external review within 4 months.", 8.8)


def statement(d: Page, f: dict) -> None:
    """Quarterly member statement listing several telehealth visits."""
    fd, mo = f["fd"], f["mo"]
    d.add_page()
    letterhead(d, f)
    d.text_line("Telehealth Claims Statement", 14, "B")
    first, last = f["rows"][0]["date"], f["rows"][-1]["date"]
    kv(d, [("Date of statement", fd(f["notice"])), ("Statement period", f"{fd(first)} - {fd(last)}"),
           *who(f)], 44)
    d.ln(3)
    rows = []
    for x in f["rows"]:
        denied = x["claim"] == f["claim"]
        rows.append([fd(x["date"]), x["claim"], x["comp"].split(",")[0], f"{x['code']}-{x['mod']} POS {x['pos']}",
                     mo(x["billed"]), mo(x["allowed"]), mo(0 if denied else x["allowed"] - 20),
                     "Denied TL4" if denied else "Paid"])
    d.table(["Visit date", "Claim number", "Billed by", "Service", "Billed", "Allowed", "Plan paid", "Status"],
            rows, [22, 27, 42, 28, 16, 16, 16, 15], 7.5, "LLLLRRRL", head_fill=True)
    d.text_line("About the denied visit", 10, "B")
    d.para(f"Claim {f['claim']}: {REASON['license'][1]} The visit on {fd(f['visit'])} was with {f['clin']}, who "
           f"holds a {f['lic_state']} license ({f['lic_no']}); you were in {f['state']}. The amount billed, "
           f"{mo(f['billed'])}, was not paid. {f['comp']} may not bill you for it.", 9.2)
    d.para("Visits marked Paid were processed as in-network telehealth; you owe the $20.00 telehealth copay for "
           "each.", 9.2)
    d.para("To appeal a denied claim, write to us within 180 days of the date of this statement: Drumlin Mutual "
           "Appeals, PO Box 40419, Sioux Falls, SD 57104.", 9.2)


def letter(d: Page, f: dict) -> None:
    fd, mo, kind = f["fd"], f["mo"], f["kind"]
    d.add_page()
    letterhead(d, f)
    d.text_line(fd(f["notice"]), 10)
    d.ln(3)
    for ln in (f["member"], *f["addr"]):
        d.text_line(ln, 10)
    d.ln(4)
    title = {"ltr_audio": "Notice of Claim Denial: Telephone (Audio-Only) Visit",
             "ltr_oon": "Notice of Claim Denial: Out-of-Network Telehealth Provider",
             "appeal_license": "First-Level Appeal Decision: Denial Upheld"}[kind]
    d.text_line(title, 12.5, "B")
    d.ln(1)
    rows = [("Member", f["member"]), ("Member ID", f["mid"]), ("Group", f["group"])]
    if kind == "appeal_license":
        rows += [("Appeal number", f["appeal_no"]), ("Claim number", f["claim"])]
    else:
        rows += [("Claim number", f["claim"])]
    rows += [("Provider", f"{f['comp']}  NPI {f['npi']}"), ("Date of visit", fd(f["visit"])),
             ("Service", f"{f['code']}-{f['mod']} {f['desc']}"), ("Amount billed", mo(f["billed"]))]
    kv(d, rows, 34, 9.5)
    d.ln(3)
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    if kind == "ltr_audio":
        d.para(f"We received a claim from {f['comp']} for a telephone visit with {f['clin']} on {fd(f['visit'])}. "
               f"We denied the claim. {REASON['audio'][1]} Your plan pays for telehealth visits with video "
               "through any in-network telehealth provider; the same visit by video would have been covered at the "
               "telehealth copay.", 10)
        d.para(f"Deadline to appeal: your appeal must be received by {fd(f['notice'] + dt.timedelta(days=180))}. "
               "Send it to Drumlin Mutual Appeals, PO Box 40419, Sioux Falls, SD 57104, with anything you want us "
               "to consider. If the claim is urgent care, you may ask for an expedited appeal (72 hours).", 10)
    elif kind == "ltr_oon":
        d.para(f"We received a claim from {f['comp']} for a video visit with {f['clin']} on {fd(f['visit'])} "
               f"(place of service {f['pos']}). {f['comp']} is not in the Drumlin Mutual network, and your plan "
               "has no out-of-network benefit except for emergencies. In-network telehealth is available 24 "
               f"hours a day through {VENDOR}; call {f['ph']} or use the member app.", 10)
        d.para(f"The amount billed, {mo(f['billed'])}, was not paid. Because the provider is not in the network, "
               "you may receive a bill from them.", 10)
        d.para("If you disagree, you may appeal within 180 days of the date of this letter. Write to Drumlin Mutual "
               "Appeals, PO Box 40419, Sioux Falls, SD 57104.", 10)
    else:
        d.para(f"You appealed our denial dated {fd(f['orig'])} of the claim for your video visit with "
               f"{f['clin']} on {fd(f['visit'])}. A clinical reviewer who was not part of the first decision "
               "looked at your appeal, the claim and the records.", 10)
        d.para(f"Decision: we uphold the denial. {f['clin']} is licensed in {f['lic_state']} only "
               f"(license {f['lic_no']}). At the time of the visit you were at home in {f['state']}, and "
               f"{f['state']} does not allow a clinician without a {f['state']} license to treat a patient located "
               "there by telehealth. The plan covers telehealth only when the clinician may lawfully treat the "
               "member where the member is.", 10)
        d.para("You may ask for a second-level appeal within 60 days of the date of this letter. Send it to "
               "Drumlin Mutual Appeals, PO Box 40419, Sioux Falls, SD 57104. You may instead ask for an external "
               "review by an independent review organization within 4 months of this letter.", 10)
    d.ln(2)
    d.text_line("Claims Appeals and Grievances" if kind == "appeal_license" else "Claims Department", 10)
    d.text_line(INS, 10)


BUILD = {"eob_license": eob, "eob_paid": eob, "eob_audio": eob, "stmt_license": statement, "ltr_audio": letter,
         "ltr_oon": letter, "appeal_license": letter}


def build(f: dict) -> bytes:
    d = Page(serif=f["kind"] in ("ltr_oon", "appeal_license"))
    BUILD[f["kind"]](d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    dtype, den, dalt = KINDS[k]
    n = f["notice"]
    alts: dict = {}
    common = dict(insurer=INS, member_id=f["mid"], group_number=f["group"], member_name=f["member"],
                  case_numbers=[f["claim"]], claim_amount=m2(f["billed"]), service_dates=[iso(f["visit"])],
                  denial_date=iso(n), provider=f["comp"])
    if k == "appeal_license":
        common["case_numbers"] = [f["appeal_no"], f["claim"]]
        common["appeal_deadline"] = iso(n + dt.timedelta(days=60))
    elif k != "eob_paid":
        common["appeal_deadline"] = iso(n + dt.timedelta(days=180))
    type_alt = ["eob"] if k == "eob_paid" else []
    return truth(dtype, den, "en", alternates=alts, denial_alternates=dalt, type_alternates=type_alt, **common)


# (stem suffix, condition, kind, date style, money style)
PLAN = [
    ("bd_eob_clinician_not_licensed_in_member_state", "born_digital", "eob_license", "slash", "plain"),
    ("bd_letter_audio_only_visit_not_covered", "born_digital", "ltr_audio", "long", "plain"),
    ("scan300_statement_four_visits_one_denied", "scan_clean_300", "stmt_license", "abbr", "plain"),
    ("faxfine_letter_platform_out_of_network", "fax_fine_g4", "ltr_oon", "iso", "plain"),
    ("rotated_eob_video_visit_paid", "rotated", "eob_paid", "dmy", "nosign"),
    ("phone_appeal_upheld_out_of_state_license", "phone_photo", "appeal_license", "long", "plain"),
    ("copy_eob_audio_only_beside_paid_video_visit", "photocopy", "eob_audio", "mdy_nopad", "plain"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds, ms) in enumerate(PLAN):
        f = facts(i, kind, ds, ms)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    return items
