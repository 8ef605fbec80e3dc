"""Family 'speech_therapy_adult_voice_stuttering_exclusion': plan letters and EOBs on adult speech therapy (92507
treatment of speech, language, voice or fluency; 92524 behavioral and qualitative analysis of voice).

Issuers (all invented): Quillfield Health Plan (commercial; stuttering therapy excluded as developmental, an EOB
denying voice therapy for a singer as not restoring a lost function, an appeal upheld on stuttering), Oriel Mutual
Health (commercial; an EOB of visits after a stroke over the 60-visit combined PT/OT/speech limit, an approval after
vocal cord surgery, a fax stack of an approval for the visits left under the limit and a denial of the rest).
Decoys: the ENT or neurologist who referred, NPIs, dates of birth, request-received dates, visit counts, the dates of
visits that were paid.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "speech_therapy_adult_voice_stuttering_exclusion"
LANG = "en"

QF, OM = "Quillfield Health Plan", "Oriel Mutual Health"
ADDR = {QF: ("PO Box 61550", "Brannock City, WV 25999"), OM: ("400 Oriel Square", "Castlebay, MT 59999")}
SLP = ["Harborline Speech & Voice Associates", "Kestrel Speech-Language Pathology, PLLC",
       "Mapleford Communication Therapy Center"]
REHAB = ["St. Ansgar Regional Hospital - Outpatient Rehabilitation", "Valleymead Medical Center Outpatient Rehab"]
THERAPISTS = ["Imogen R. Faulkner, MS, CCC-SLP", "Tomasz W. Leszczynski, MA, CCC-SLP", "Adaeze N. Obi, MS, CCC-SLP"]
ENTS = ["Dr. Cornelius B. Hartwell, MD (otolaryngology)", "Dr. Farah J. Siddiqui, MD, laryngologist",
        "Dr. Lorcan P. Devereux, MD (ENT)"]
NEUROS = ["Dr. Vivienne S. Kallstrom, MD (neurology)", "Dr. Babajide O. Adeyinka, MD, stroke neurologist"]
FIRST = ["Marisela", "Augustus", "Henrike", "Desmond", "Priyanka", "Leopold", "Zainab", "Cormac", "Esperanza",
         "Radomir", "Felicity", "Jun-seo"]
LAST = ["Ravensworth", "Adebayo", "Lindgren", "Carrington", "Escobedo", "Wojciechowski", "Fairweather", "Iyengar",
        "McAllister", "Brandvold"]
STREETS = ["Wrenfield Road", "Copperbeech Lane", "Saltmarsh Drive", "Ivy Hollow Court", "Granger Street"]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def D(f: dict, d: dt.date) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y")}[f["ds"]]


def facts(r: random.Random, ins: str, ds: str) -> dict:
    first, last, mid = r.choice(FIRST), r.choice(LAST), r.choice("ABCDEFGHJKLMNPRSTVW")
    notice = dt.date(2026, 3, 12) + dt.timedelta(days=r.randint(0, 150))
    ids = {QF: ("QHP" + digits(r, 9), "QF-" + digits(r, 5)), OM: ("OMH-" + digits(r, 4) + "-" + digits(r, 5),
                                                                   digits(r, 7))}[ins]
    return dict(ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(12, 9870)} {r.choice(STREETS)}",
                      r.choice(["Brannock City, WV 25999", "Castlebay, MT 59999", "Dunmore Springs, ID 83999"])),
                notice=notice, plan=notice + dt.timedelta(days=r.randint(6, 20)),
                recv=notice - dt.timedelta(days=r.randint(2, 6)), mid=ids[0], grp=ids[1],
                claim=digits(r, 2) + digits(r, 10), ref="ST" + digits(r, 8), slp=r.choice(SLP), rehab=r.choice(REHAB),
                ther=r.choice(THERAPISTS), ent=r.choice(ENTS), neuro=r.choice(NEUROS), npi=npi(r), npi2=npi(r),
                ph=phone(r),
                dob=dt.date(r.randint(1952, 2004), r.randint(1, 12), r.randint(1, 28)))


def letterhead(d: Doc, f: dict) -> None:
    a = ADDR[f["ins"]]
    if f["ins"] == QF:
        d.text_line(QF, 16, "B")
        d.text_line(f"{a[0]}, {a[1]}   Member Services {f['ph']}   TTY 711", 8.5)
        d.rule(0.7, 1)
    else:
        d.text_line("ORIEL MUTUAL", 19, "B", align="R")
        d.text_line(f"{OM}  -  {a[0]}, {a[1]}", 8.5, align="R")
        d.text_line(f"Questions? {f['ph']} (TTY 711), Monday-Friday 8 a.m.-6 p.m.", 8, align="R")
        d.rule(0.3, 1)
    d.ln(5)


def pairs(d: Doc, rows, lw: float = 48, size: float = 10) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(lw, 5.3, k)
        d.font(size)
        d.multi_cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def truth_for(f, doc_type, denial, *, cases, sdates, provider, amt, dl, alts=None, dalts=()):
    return truth(doc_type, denial, "en", insurer=f["ins"], member_id=f["mid"], group_number=f["grp"],
                 member_name=f["name"], case_numbers=cases, claim_amount=None if amt is None else m2(amt),
                 service_dates=sdates, denial_date=iso(f["notice"]), provider=provider,
                 appeal_deadline=None if dl is None else iso(dl),
                 alternates={k: v for k, v in (alts or {}).items() if v}, denial_alternates=list(dalts))


def letter(f: dict, title: str, rows, body: list[str], *, denial, appeal: str | None, days: int = 180, cases,
           sdates, provider, amt=None, alts=None, dalts=(), sign="Utilization Management", fax: str | None = None,
           to: tuple[str, str] | None = None) -> tuple[bytes, dict]:
    """appeal: None, 'days', 'dated', 'second'."""
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    if to:
        for ln in (f"To: {to[0]}, {to[1]}", f"Fax: {phone(random.Random(f['npi2']))}", f"Re: {f['name']}"):
            d.text_line(ln, 10)
    else:
        for ln in (f["name"], *f["addr"]):
            d.text_line(ln, 10.5)
    d.ln(5)
    d.text_line(title, 13, "B")
    d.ln(2)
    pairs(d, rows)
    d.para(f"Dear {to[0]}:" if to else f"Dear {f['first']} {f['last']}:")
    for p in body:
        d.para(p)
    dl = None
    if appeal:
        d.text_line("Appeal rights", 11, "B")
        d.ln(1)
        dl = f["notice"] + dt.timedelta(days=days)
        if appeal == "days":
            d.para(f"If you disagree, you or your provider may file an appeal within {days} days of the date of this "
                   f"letter. Call {f['ph']} or write to the address above.")
        elif appeal == "dated":
            d.para(f"We must receive your appeal no later than {D(f, dl)}. Send it to the address above or call "
                   f"{f['ph']}.")
        else:
            d.para(f"You may request a second-level appeal within {days} days of the date of this letter. You may "
                   "also ask for an independent external review within 4 months.")
        d.para("If waiting could seriously harm your health, ask for an expedited appeal; we decide within 72 hours.",
               9.5)
    d.para(f"Sincerely,\n{sign}\n{f['ins']}", 10)
    t = truth_for(f, "denial_letter" if denial else "other", denial, cases=cases, sdates=sdates, provider=provider,
                  amt=amt, dl=dl, alts=alts, dalts=dalts)
    return pdf_bytes(d), t


def eob(f: dict, provider: str, lines, remarks, intro: str, denial, *, sdates, days=180, dalts=(), alts=None,
        header_extra=(), amt=None) -> tuple[bytes, dict]:
    """lines: (date, code, description, billed, allowed, paid, you owe, remark)."""
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("Explanation of Benefits", 14.5, "B")
    d.text_line("This is not a bill. Keep it for your records.", 9)
    d.ln(3)
    y0 = d.get_y()
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.set_xy(110, y0)
    for k, v in [("Issue date", D(f, f["notice"])), ("Patient", f["name"]), ("ID number", f["mid"]),
                 ("Group number", f["grp"]), ("Patient DOB", D(f, f["dob"]))]:
        d.set_x(110)
        d.font(9, "B")
        d.cell(34, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 28) + 3)
    d.para(intro, 9.5)
    d.font(10, "B")
    d.cell(0, 6, f"Claim # {f['claim']}   Provider: {provider}", new_x="LMARGIN", new_y="NEXT")
    for x in header_extra:
        d.font(9)
        d.cell(0, 5, x, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    rows = [[D(f, a), b, c, fmt_money(e), fmt_money(g), fmt_money(h), fmt_money(i), j]
            for a, b, c, e, g, h, i, j in lines]
    tot = [sum(x[i] for x in lines) for i in (3, 4, 5, 6)]
    rows.append(["Claim total", "", "", *[fmt_money(v) for v in tot], ""])
    d.table(["Visit date", "Code", "Description", "Charged", "Allowed", "Paid", "Your share", "Code"], rows,
            [22, 13, 58, 20, 18, 18, 19, 10], size=7.6, aligns="LLLRRRRL", border_head="TB")
    d.text_line("Explanation codes", 10, "B")
    for k, v in remarks:
        d.para(f"{k}  {v}", 8.8, gap=1)
    d.ln(2)
    dl = f["notice"] + dt.timedelta(days=days)
    d.para(f"Appeals: if you disagree with how we processed this claim, you may appeal within {days} days of the "
           f"date of this statement. Call {f['ph']} (TTY 711).", 9)
    t = truth_for(f, "eob", denial, cases=[f["claim"]], sdates=sdates, provider=provider,
                  amt=tot[0] if amt is None else amt, dl=dl, alts=alts, dalts=dalts)
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []

    # 1 born digital: stuttering therapy excluded as developmental (pre-service)
    f = facts(random.Random(249601), QF, "long")
    rows = [("Member", f["name"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Reference number", f["ref"]),
            ("Provider", f"{f['slp']} ({f['ther']})"), ("Service", "92507 Speech/fluency treatment, 16 visits"),
            ("Planned start", D(f, f["plan"])), ("Date received", D(f, f["recv"])), ("Decision", "Not covered")]
    body = [f"{f['slp']} asked us to cover 16 visits of fluency therapy for stuttering. Your plan covers speech "
            "therapy only to restore speech lost or impaired by an illness, injury or surgery. Section 4.12 of your "
            "certificate excludes therapy for developmental speech and fluency disorders, including stuttering that "
            "began in childhood.",
            f"Your records, including a note from {f['neuro']}, describe stuttering since age 5 with no new "
            "neurological event. The therapy is therefore excluded. This decision is not about whether the therapy "
            "would help you."]
    items.append(Item(f"{FAMILY}_bd_letter_stuttering_excluded_developmental", "born_digital", [letter(
        f, "Notice of Adverse Benefit Determination", rows, body, denial="not_covered", appeal="days", days=180,
        cases=[f["ref"]], sdates=[iso(f["plan"])], provider=f["slp"], alts={"provider": [f["ther"]]})]))

    # 2 born digital: EOB, voice therapy for a singer denied as not restoring a lost function
    f = facts(random.Random(249602), QF, "abbr")
    start = f["notice"] - dt.timedelta(days=35)
    dates = [start + dt.timedelta(days=k) for k in (0, 7, 14, 21)]
    lines = [(dates[0], "92524", "Behavioral and qualitative analysis of voice", 310.00, 0, 0, 310.00, "R7")]
    lines += [(dd, "92507", "Voice treatment, individual", 195.00, 0, 0, 195.00, "R7") for dd in dates[1:]]
    rem = [("R7", "Voice therapy is covered to restore a voice lost or damaged by illness, injury or surgery. The "
                  "records describe training to improve singing range and stamina for professional performance, "
                  "which does not restore a lost function and is not covered."),
           ("", f"Referred by {f['ent']}, NPI {f['npi2']}.")]
    items.append(Item(f"{FAMILY}_bd_eob_singer_voice_therapy_not_restorative", "born_digital", [eob(
        f, f["slp"], lines, rem, "We processed the claim below. None of it was covered.", "not_covered",
        sdates=[iso(x) for x in dates], dalts=["medical_necessity"],
        header_extra=[f"Therapist: {f['ther']}"], alts={"provider": [f["ther"]]})]))

    # 3 scan 300: EOB, visits after a stroke over the combined 60-visit limit
    f = facts(random.Random(249603), OM, "slash")
    start = f["notice"] - dt.timedelta(days=30)
    dates = [start + dt.timedelta(days=k) for k in (0, 2, 5, 7, 9)]
    lines = [(dd, "92507", f"Speech/language treatment (combined visit {58 + k})", 240.00,
              132.00 if k < 3 else 0, 105.60 if k < 3 else 0, 26.40 if k < 3 else 0, "" if k < 3 else "L60")
             for k, dd in enumerate(dates)]
    rem = [("L60", "Your plan covers 60 rehabilitation visits per calendar year for physical, occupational and "
                   "speech therapy combined. Visits 61 and 62 are over that limit. Visits 58-60 were paid."),
           ("", f"Diagnosis: aphasia after stroke. Attending neurologist: {f['neuro']}.")]
    items.append(Item(f"{FAMILY}_scan300_eob_post_stroke_over_combined_limit", "scan_clean_300", [eob(
        f, f["rehab"], lines, rem, "Here is how we processed your outpatient rehabilitation claim.", "not_covered",
        sdates=[iso(x) for x in dates[3:]], dalts=["other"],
        alts={"claim_amount": ["480.00"], "service_dates": [[iso(x) for x in dates]]})]))

    # 4 150 dpi: approval after vocal cord surgery (no denial)
    f = facts(random.Random(249604), OM, "dmy")
    end = f["plan"] + dt.timedelta(days=69)
    rows = [("Patient:", f["name"]), ("ID number:", f["mid"]), ("Group:", f["grp"]), ("Authorization:", f["ref"]),
            ("Provider:", f"{f['rehab']}, NPI {f['npi']}"), ("Surgeon:", f["ent"]),
            ("Approved:", "92524 x1 and 92507 x12 visits"), ("Valid:", f"{D(f, f['plan'])} through {D(f, end)}"),
            ("Received:", D(f, f["recv"]))]
    body = ["We approved voice therapy after your vocal cord surgery (excision of a vocal fold polyp). Therapy to "
            "restore your voice after surgery is a covered benefit. These visits count toward your 60-visit "
            "combined rehabilitation limit.",
            "Your therapist will bill each visit with the authorization number above. If you need more visits, your "
            "therapist can send a new request with your progress."]
    items.append(Item(f"{FAMILY}_lowres_approval_voice_therapy_after_vocal_cord_surgery", "scan_lowres_150", [letter(
        f, "Prior Authorization Approved", rows, body, denial=None, appeal=None, cases=[f["ref"]],
        sdates=[iso(f["plan"], end)], provider=f["rehab"], alts={"service_dates": [[iso(f["plan"])]]})]))

    # 5 fax fine stack: cover, approval of the visits left under the limit, denial of the rest
    f = facts(random.Random(249605), OM, "iso")
    fax = f"{D(f, f['notice'])} 15:07 ORIEL MUTUAL UM  FAX {phone(random.Random(249615))}  P.{{}}"
    end = f["plan"] + dt.timedelta(days=27)
    rows = [("Patient:", f["name"]), ("ID number:", f["mid"]), ("Group:", f["grp"]), ("Authorization:", f["ref"]),
            ("Service:", "92507 Speech/language treatment"), ("Approved:", "6 visits (visits 55-60)"),
            ("Valid:", f"{D(f, f['plan'])} to {D(f, end)}"), ("Received:", D(f, f["recv"]))]
    body = [f"We approved 6 visits of speech therapy for {f['name']} after the stroke. The member has used 54 of the "
            "60 combined rehabilitation visits for this calendar year; these 6 visits reach the limit."]
    approval = letter(f, "Authorization Approved", rows, body, denial=None, appeal=None, cases=[f["ref"]],
                      sdates=[iso(f["plan"], end)], provider=f["rehab"], fax=fax.format("2/3"),
                      to=(f["ther"], f["rehab"]), alts={"provider": [f["ther"]], "service_dates": [[iso(f["plan"])]]})
    g = dict(f, ref="ST" + digits(random.Random(249625), 8))
    rows = [("Patient:", g["name"]), ("ID number:", g["mid"]), ("Group:", g["grp"]), ("Reference:", g["ref"]),
            ("Service:", "92507 Speech/language treatment, 10 more visits"), ("Requested start:", D(g, end)),
            ("Decision:", "Denied - benefit limit reached")]
    body = [f"The request for 10 further visits, supported by {g['neuro']}, is denied. The plan covers 60 physical, "
            "occupational and speech therapy visits a calendar year combined, and the approved visits use all 60. "
            "Visits over the limit are not covered even when they are medically necessary. The limit renews on "
            "January 1."]
    denial = letter(g, "Notice of Denial - Benefit Limit", rows, body, denial="not_covered", appeal="dated", days=90,
                    cases=[g["ref"]], sdates=[iso(end)], provider=g["rehab"], fax=fax.format("3/3"),
                    to=(g["ther"], g["rehab"]), alts={"provider": [g["ther"]]}, dalts=["other"])
    items.append(Item(f"{FAMILY}_faxfine_stack_six_visits_approved_rest_over_limit", "fax_fine_g4",
                      [approval, denial], separators=["cover", None]))

    # 6 phone photo: appeal upheld, stuttering therapy visits (post-service)
    f = facts(random.Random(249606), QF, "short")
    appeal_no = "QA" + digits(random.Random(249616), 9)
    start = f["notice"] - dt.timedelta(days=70)
    dates = [start + dt.timedelta(days=k) for k in (0, 7, 14)]
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Appeal number:", appeal_no),
            ("Claim number:", f["claim"]), ("Provider:", f"{f['slp']} ({f['ther']})"),
            ("Service:", "92507 Fluency treatment"), ("Visit dates:", ", ".join(D(f, x) for x in dates)),
            ("Amount billed:", fmt_money(3 * 180.00))]
    body = [f"You appealed our denial of three fluency therapy visits. A speech-language pathologist who was not part "
            f"of the first decision reviewed your appeal, the therapy notes and a letter from {f['ent']}.",
            "Decision: upheld. The notes describe a developmental stutter present since childhood. Your plan "
            "excludes speech therapy for developmental conditions; it covers therapy to restore speech lost after an "
            "illness or injury."]
    items.append(Item(f"{FAMILY}_phone_appeal_stuttering_upheld", "phone_photo", [letter(
        f, "Appeal Decision", rows, body, denial="not_covered", appeal="second", days=60,
        cases=[appeal_no, f["claim"]], sdates=[iso(x) for x in dates], provider=f["slp"], amt=540.00,
        sign="Appeals and Grievances", alts={"case_numbers": [[appeal_no]], "provider": [f["ther"]]})]))

    # 7 rotated: EOB, hospital outpatient voice therapy after surgery paid (nothing denied)
    f = facts(random.Random(249607), OM, "abbr")
    start = f["notice"] - dt.timedelta(days=28)
    dates = [start + dt.timedelta(days=k) for k in (0, 7, 14)]
    lines = [(dates[0], "92524", "Behavioral and qualitative analysis of voice", 295.00, 168.00, 134.40, 33.60, "")]
    lines += [(dd, "92507", "Voice treatment, individual", 210.00, 118.00, 94.40, 23.60, "") for dd in dates[1:]]
    rem = [("", f"Authorization {f['ref']} on file (voice therapy after vocal fold surgery). Surgeon: {f['ent']}.")]
    d_eob = eob(f, f["rehab"], lines, rem, "We paid the claim below. You pay 20% coinsurance after your deductible.",
                None, sdates=[iso(x) for x in dates], days=180,
                alts={"case_numbers": [[f["claim"], f["ref"]]]})
    d_eob[1]["alternates"]["appeal_deadline"] = [None]
    items.append(Item(f"{FAMILY}_rotated_eob_voice_therapy_after_surgery_paid", "rotated", [d_eob]))
    return items
