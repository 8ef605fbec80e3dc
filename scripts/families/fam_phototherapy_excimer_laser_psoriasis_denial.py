"""Family 'phototherapy_excimer_laser_psoriasis_denial': plan and Medicare Advantage letters and EOBs on phototherapy
for psoriasis (96900 UV light, 96910 photochemotherapy / narrowband UVB, 96920-96922 excimer laser) and home UVB
units (E0691-E0694).

Issuers (all invented): Thistledown Health Plan (commercial; EOB over the visit limit, a home unit letter, an appeal
decision, a fax stack of an approval and a denial), Larchmont Health (Medicare Advantage, "Larchmont Senior Advantage
(HMO)", plan H7316-012; a notice of denial of medical coverage and two EOBs). Contents: narrowband UVB sessions over
the 30-visit calendar-year limit, the excimer laser for psoriasis over more than 10% of the body surface denied, a
home UVB panel denied without a trial of office treatments, excimer sessions billed with no authorization on file,
36 sessions approved, a paid course of office phototherapy. Decoys: the primary care doctor, the ordering
dermatologist when a supplier bills, NPIs, dates of birth, request-received dates, body surface percentages, session
counts, the dates of sessions that were paid.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "phototherapy_excimer_laser_psoriasis_denial"
LANG = "en"

TD, LH = "Thistledown Health Plan", "Larchmont Health"
LH_PLAN, LH_PID = "Larchmont Senior Advantage (HMO)", "H7316-012"
ADDR = {TD: ("PO Box 88214", "Wexcombe, NE 68999"), LH: ("2250 Larchmont Plaza, Suite 900", "Pell Harbor, SC 29999")}
DERM = ["Greywater Dermatology & Phototherapy Center", "Ellsworth Skin Institute", "Calloway Dermatology Group"]
DME = ["Solacea Home Light Therapy Supply, Inc.", "Brightfen Medical Equipment Co."]
DERMATOLOGISTS = ["Dr. Mireille A. Ogunbanjo", "Dr. Sten V. Halvorsen", "Dr. Lucinda P. Rahimi"]
PCPS = ["Dr. Augustin F. Pemberton-Ruiz (primary care)", "Dr. Hyacinth O. Marwick, MD (PCP)",
        "Dr. Benedikt S. Osei, DO (primary care physician)"]
FIRST = ["Gwendolyn", "Rashid", "Annaliese", "Thaddeus", "Oksana", "Emeka", "Perpetua", "Stellan", "Deepika",
         "Fergus", "Yasmin", "Horatio"]
LAST = ["Blackwood", "Adeyemi", "Sorensen", "Featherstone", "Villanueva", "Kowalczyk", "Ambrose", "Nakagawa",
        "Whitcombe", "Ferreira"]
STREETS = ["Kingfisher Lane", "Cobblestone Way", "Alder Bend Road", "Marston Court", "Pinecrest Avenue"]


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
    notice = dt.date(2026, 3, 16) + dt.timedelta(days=r.randint(0, 140))
    ids = {TD: ("TDH" + digits(r, 9), "TD" + digits(r, 5)), LH: ("LH" + digits(r, 8) + "A", None)}[ins]
    dob = dt.date(r.randint(1946, 1958) if ins == LH else r.randint(1962, 2003), r.randint(1, 12), r.randint(1, 28))
    return dict(ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(14, 9870)} {r.choice(STREETS)}",
                      r.choice(["Wexcombe, NE 68999", "Pell Harbor, SC 29999", "Tamsworth, IA 50999"])),
                notice=notice, plan=notice + dt.timedelta(days=r.randint(7, 21)),
                recv=notice - dt.timedelta(days=r.randint(2, 6)), mid=ids[0], grp=ids[1],
                claim=digits(r, 2) + digits(r, 9), ref="PT-" + digits(r, 7), derm=r.choice(DERM),
                dermatologist=r.choice(DERMATOLOGISTS), pcp=r.choice(PCPS), dme=r.choice(DME), npi=npi(r),
                npi2=npi(r), ph=phone(r), bsa=r.choice([14, 18, 22, 27]), dob=dob)


def letterhead(d: Doc, f: dict) -> None:
    a = ADDR[f["ins"]]
    if f["ins"] == TD:
        d.text_line(TD, 16, "B")
        d.text_line(f"{a[0]}, {a[1]}   Customer Service {f['ph']}   TTY 711", 8.5)
        d.rule(0.7, 1)
    else:
        d.text_line("Larchmont", 21, "B", align="R")
        d.text_line(f"{LH}  |  {LH_PLAN}", 9, align="R")
        d.text_line(f"{a[0]}, {a[1]}  |  Member Services {f['ph']} (TTY 711), 8 a.m. to 8 p.m., 7 days", 8,
                    align="R")
        d.rule(0.3, 1)
    d.ln(5)


def pairs(d: Doc, rows, lw: float = 52, size: float = 10) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(lw, 5.3, k)
        d.font(size)
        d.multi_cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def truth_for(f, doc_type, denial, *, cases, sdates, provider, amt, dl, alts=None, dalts=(), lang="en"):
    alts = dict(alts or {})
    if f["ins"] == LH:
        alts.setdefault("insurer", [LH_PLAN])
    return truth(doc_type, denial, lang, insurer=f["ins"], member_id=f["mid"], group_number=f["grp"],
                 plan_id=LH_PID if f["ins"] == LH else None, member_name=f["name"], case_numbers=cases,
                 claim_amount=None if amt is None else m2(amt), service_dates=sdates, denial_date=iso(f["notice"]),
                 provider=provider, appeal_deadline=None if dl is None else iso(dl),
                 alternates={k: v for k, v in alts.items() if v}, denial_alternates=list(dalts))


def letter(f: dict, title: str, rows, body: list[str], *, denial, appeal: str | None, days: int = 180, cases,
           sdates, provider, amt=None, alts=None, dalts=(), sign="Utilization Management", fax: str | None = None,
           to: tuple[str, str] | None = None) -> tuple[bytes, dict]:
    """appeal: None, 'days', 'dated', 'second'; to = (person, practice) for a letter sent to the provider."""
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    if to:
        for ln in (f"To: {to[0]}, {to[1]}", f"Fax: {phone(random.Random(f['npi2']))}", f"Member: {f['name']}"):
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
        d.text_line("How to appeal", 11, "B")
        d.ln(1)
        dl = f["notice"] + dt.timedelta(days=days)
        if appeal == "days":
            d.para(f"If you disagree, you or your doctor may appeal within {days} days of the date of this letter. "
                   f"Call {f['ph']} or write to the address above.")
        elif appeal == "dated":
            d.para(f"An appeal must reach us by {D(f, dl)}. Send it to the address above or call {f['ph']}.")
        else:
            d.para(f"You may request a second-level appeal within {days} days of the date of this letter. After "
                   "that, you may ask for an independent external review within 4 months.")
        if appeal != "second":
            d.para("For a fast (expedited) appeal when waiting could harm your health, call us; we answer within "
                   "72 hours.", 9.5)
    d.para(f"Sincerely,\n{sign}\n{f['ins']}", 10)
    t = truth_for(f, "denial_letter" if denial else "other", denial, cases=cases, sdates=sdates, provider=provider,
                  amt=amt, dl=dl, alts=alts, dalts=dalts)
    return pdf_bytes(d), t


def ma_notice(f: dict, *, service: str, reason: str, cases, sdates, provider, alts=None, dalts=()):
    """Medicare Advantage 'Notice of Denial of Medical Coverage' (pre-service)."""
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("Notice of Denial of Medical Coverage", 15, "B", align="C")
    d.ln(3)
    pairs(d, [("Date:", D(f, f["notice"])), ("Name:", f["name"]), ("Member number:", f["mid"]),
              ("Plan:", f"{LH_PLAN}, {LH_PID}"), ("Case number:", f["ref"]), ("Date of birth:", D(f, f["dob"])),
              ("Requested by:", f"{f['dermatologist']}, {f['derm']}"), ("Primary care:", f["pcp"])], lw=40)
    d.text_line("Your request was denied", 11.5, "B")
    d.para(f"We denied the medical services listed below that you or your doctor requested: {service}")
    d.text_line("Why did we deny your request?", 11.5, "B")
    d.para(reason)
    d.text_line("You have the right to appeal our decision", 11.5, "B")
    dl = f["notice"] + dt.timedelta(days=65)
    d.para("You have the right to ask Larchmont Health to review our decision by asking us for an appeal. Ask for an "
           "appeal within 65 days of the date of this notice. We can give you more time if you have a good reason "
           "for missing the deadline.")
    d.para("If you or your doctor believe that waiting for a standard decision could seriously harm your health, "
           "ask for a fast appeal; we will decide within 72 hours.", 9.5)
    d.para(f"Call {f['ph']} (TTY 711) or write to {ADDR[LH][0]}, {ADDR[LH][1]}.", 9.5)
    d.text_line("Form CMS-10003-NDMCP   OMB Approval 0938-0829", 7)
    t = truth_for(f, "denial_letter", "medical_necessity", cases=cases, sdates=sdates, provider=provider, amt=None,
                  dl=dl, alts=alts, dalts=dalts)
    return pdf_bytes(d), t


def eob(f: dict, provider: str, lines, remarks, intro: str, denial, *, sdates, days=180, dalts=(), alts=None,
        header_extra=(), paid=False) -> tuple[bytes, dict]:
    """lines: (date, code, description, billed, allowed, paid, you owe, remark)."""
    ma = f["ins"] == LH
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("Explanation of Benefits" + (" (Part C medical claims)" if ma else ""), 14.5, "B")
    d.text_line("THIS IS NOT A BILL", 9, "B")
    d.ln(3)
    y0 = d.get_y()
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.set_xy(112, y0)
    labs = [("Statement date", D(f, f["notice"])), ("Member", f["name"]), ("Member ID", f["mid"])]
    labs += [("Plan", LH_PID)] if ma else [("Group", f["grp"])]
    labs += [("Birth date", D(f, f["dob"]))]
    for k, v in labs:
        d.set_x(112)
        d.font(9, "B")
        d.cell(34, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 28) + 3)
    d.para(intro, 9.5)
    d.font(10, "B")
    d.cell(0, 6, f"Claim number {f['claim']}  -  {provider}", new_x="LMARGIN", new_y="NEXT")
    for x in header_extra:
        d.font(9)
        d.cell(0, 5, x, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    rows = [[D(f, a), b, c, fmt_money(e), fmt_money(g), fmt_money(h), fmt_money(i), j]
            for a, b, c, e, g, h, i, j in lines]
    tot = [sum(x[i] for x in lines) for i in (3, 4, 5, 6)]
    rows.append(["*Total", "", "", *[fmt_money(v) for v in tot], ""])
    d.table(["Service date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"], rows,
            [24, 13, 58, 20, 18, 19, 18, 10], size=7.6, aligns="LLLRRRRL", border_head="TB")
    d.text_line("Notes", 10, "B")
    for k, v in remarks:
        d.para(f"{k}  {v}", 8.8, gap=1)
    d.ln(2)
    dl = f["notice"] + dt.timedelta(days=days)
    d.para(f"If you disagree with a decision on this statement, you may appeal within {days} days of the date of "
           f"this statement. Call {f['ph']} (TTY 711).", 9)
    alts = dict(alts or {})
    if paid:
        alts.setdefault("appeal_deadline", [iso(dl)])
    t = truth_for(f, "eob", denial, cases=[f["claim"]], sdates=sdates, provider=provider, amt=tot[0],
                  dl=None if paid else dl, alts=alts, dalts=dalts)
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []

    # 1 born digital: commercial EOB, narrowband UVB sessions over the 30-visit limit (sessions 29-34)
    f = facts(random.Random(243601), TD, "slash")
    start = f["notice"] - dt.timedelta(days=40)
    dates = [start + dt.timedelta(days=k) for k in (0, 2, 4, 7, 9, 11)]
    lines = [(dd, "96910", f"Photochemotherapy, UVB (visit {29 + k})", 185.00,
              98.00 if k < 2 else 0, 73.50 if k < 2 else 0, 24.50 if k < 2 else 0, "" if k < 2 else "V30")
             for k, dd in enumerate(dates)]
    rem = [("V30", "Your plan covers up to 30 phototherapy visits per calendar year. These visits are over that "
                   "limit and are not covered. Visits 29 and 30 were paid."),
           ("", f"Referring physician on the claim: {f['pcp']}.")]
    items.append(Item(f"{FAMILY}_bd_eob_uvb_over_visit_limit", "born_digital", [eob(
        f, f["derm"], lines, rem, "Here is how we processed a claim for phototherapy. Some visits were not covered.",
        "not_covered", sdates=[iso(x) for x in dates[2:]], dalts=["other"],
        header_extra=[f"Treating dermatologist: {f['dermatologist']}   NPI {f['npi']}"],
        alts={"claim_amount": ["740.00"], "service_dates": [[iso(x) for x in dates]],
              "provider": [f["dermatologist"]]})]))

    # 2 born digital: MA notice of denial of medical coverage, excimer laser for psoriasis over 10% BSA
    f = facts(random.Random(243602), LH, "long")
    reason = (f"Your dermatologist asked for excimer laser treatment (96922, more than 500 sq cm) for plaque "
              f"psoriasis, to start {D(f, f['plan'])}. Our coverage rules for the excimer laser follow the "
              "Medicare local coverage determination for phototherapy: the laser is covered for psoriasis that "
              f"covers 10% or less of the body surface. Your records show psoriasis on about {f['bsa']}% of your "
              "body surface. For psoriasis this widespread, the laser is not medically necessary; whole-body "
              "narrowband UVB in the office (96910) is covered and your doctor may request it. Request received "
              f"{D(f, f['recv'])}.")
    items.append(Item(f"{FAMILY}_bd_ma_notice_excimer_over_10_percent", "born_digital", [ma_notice(
        f, service="Excimer laser (96922), 2 treatments a week for 12 weeks.", reason=reason, cases=[f["ref"]],
        sdates=[iso(f["plan"])], provider=f["derm"], alts={"provider": [f["dermatologist"]]},
        dalts=["not_covered"])]))

    # 3 scan 300: commercial letter, home UVB panel denied without a trial of office treatments
    f = facts(random.Random(243603), TD, "abbr")
    rows = [("Member", f["name"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Reference", f["ref"]),
            ("Received", D(f, f["recv"])), ("Supplier", f"{f['dme']}, NPI {f['npi']}"),
            ("Ordered by", f"{f['dermatologist']}, {f['derm']}"),
            ("Item", "E0694 Ultraviolet multidirectional light therapy system, 6 ft cabinet"),
            ("Requested delivery", D(f, f["plan"])), ("Decision", "Denied")]
    body = [f"{f['dme']} asked us to cover a home ultraviolet light cabinet for your psoriasis. Our medical policy "
            "DME-044 covers a home UVB unit when the member has had at least 12 weeks of office phototherapy that "
            "helped, and traveling to the office three times a week is no longer possible.",
            "The records show no office phototherapy sessions. Because a trial of office treatments has not been "
            "done, the home unit is not medically necessary at this time. Office phototherapy (96910) is covered "
            f"under your plan. Your primary care doctor, {f['pcp']}, is not affected by this decision."]
    items.append(Item(f"{FAMILY}_scan300_letter_home_uvb_no_office_trial", "scan_clean_300", [letter(
        f, "Notice of Coverage Denial - Durable Medical Equipment", rows, body, denial="medical_necessity",
        appeal="days", days=180, cases=[f["ref"]], sdates=[iso(f["plan"])], provider=f["dme"],
        alts={"provider": [f["derm"], f["dermatologist"]]}, dalts=["not_covered"])]))

    # 4 150 dpi: MA EOB, excimer sessions with no authorization on file (several dates)
    f = facts(random.Random(243604), LH, "short")
    start = f["notice"] - dt.timedelta(days=36)
    dates = [start + dt.timedelta(days=k) for k in (0, 3, 7, 10)]
    lines = [(dd, "96920", "Excimer laser, psoriasis, under 250 sq cm", 240.00, 0, 0, 0, "PA1") for dd in dates]
    rem = [("PA1", f"{LH_PLAN} requires prior authorization for excimer laser treatment. We have no authorization "
                   "on file for these visits. The provider is a network provider and may not bill you for them."),
           ("", f"Primary care physician on file: {f['pcp']}.")]
    items.append(Item(f"{FAMILY}_lowres_ma_eob_excimer_no_authorization", "scan_lowres_150", [eob(
        f, f["derm"], lines, rem, "This statement lists medical claims we processed. The claim below was denied.",
        "prior_authorization", sdates=[iso(x) for x in dates], days=65,
        header_extra=[f"Rendering: {f['dermatologist']}  NPI {f['npi']}"],
        alts={"provider": [f["dermatologist"]]})]))

    # 5 photocopy: commercial appeal upheld, excimer laser for psoriasis over 10% BSA
    f = facts(random.Random(243605), TD, "dmy")
    appeal_no = "TDA" + digits(random.Random(243615), 8)
    start = f["notice"] - dt.timedelta(days=58)
    dates = [start + dt.timedelta(days=k) for k in (0, 4, 7)]
    amt = 3 * 415.00
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Appeal no.:", appeal_no),
            ("Claim no.:", f["claim"]), ("Provider:", f"{f['derm']} ({f['dermatologist']})"),
            ("Service:", "96922 Excimer laser, over 500 sq cm"),
            ("Treatment dates:", ", ".join(D(f, x) for x in dates)), ("Billed:", fmt_money(amt)),
            ("Body surface area:", f"{f['bsa']}% (per clinic note)")]
    body = [f"You appealed the denial of three excimer laser treatments. A board-certified dermatologist who did not "
            "make the first decision reviewed your appeal, the clinic notes and a letter from your primary care "
            f"doctor, {f['pcp']}.",
            f"Decision: upheld. Our medical policy covers the excimer laser for psoriasis on 10% or less of the body "
            f"surface. Your notes record {f['bsa']}% involvement. For that extent the laser is not medically "
            "necessary; narrowband UVB for the whole body is the covered treatment."]
    items.append(Item(f"{FAMILY}_photocopy_appeal_excimer_upheld", "photocopy", [letter(
        f, "Appeal Determination", rows, body, denial="medical_necessity", appeal="second", days=60,
        cases=[appeal_no, f["claim"]], sdates=[iso(x) for x in dates], provider=f["derm"], amt=amt,
        sign="Member Appeals", alts={"case_numbers": [[appeal_no]], "provider": [f["dermatologist"]]},
        dalts=["not_covered"])]))

    # 6 fax fine stack: cover, approval of 36 UVB sessions (other), denial of the home unit (same member)
    f = facts(random.Random(243606), TD, "iso")
    fax = f"{D(f, f['notice'])} 14:31 THISTLEDOWN UM FAX {phone(random.Random(243616))} P.{{}}"
    end = f["plan"] + dt.timedelta(days=83)
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Authorization:", f["ref"]),
            ("Service:", "96910 Narrowband UVB phototherapy"), ("Approved:", "36 sessions"),
            ("Valid:", f"{D(f, f['plan'])} to {D(f, end)}"), ("Received:", D(f, f["recv"]))]
    body = [f"We approved 36 sessions of office narrowband UVB phototherapy for {f['name']}, up to three a week, "
            "at your office. Bill each session with the authorization number above. More sessions need a new request "
            "with the response to treatment."]
    approval = letter(f, "Authorization Approved", rows, body, denial=None, appeal=None, cases=[f["ref"]],
                      sdates=[iso(f["plan"], end)], provider=f["derm"], fax=fax.format("1/2"),
                      to=(f["dermatologist"], f["derm"]), sign="Utilization Management",
                      alts={"provider": [f["dermatologist"]], "service_dates": [[iso(f["plan"])]]})
    g = dict(f, ref="PT-" + digits(random.Random(243626), 7), ds="iso")
    rows = [("Member:", g["name"]), ("Member ID:", g["mid"]), ("Group:", g["grp"]), ("Reference:", g["ref"]),
            ("Item:", "E0691 UV light therapy panel, 2 sq ft"), ("Supplier:", g["dme"]),
            ("Requested:", D(g, g["plan"])), ("Decision:", "Denied")]
    body = [f"The home ultraviolet panel ordered by {g['dermatologist']} is denied. A home unit is covered after at "
            "least 12 weeks of office phototherapy with a good response. The member is starting office treatment "
            "now (36 sessions approved under a separate authorization), so the trial has not been completed. Please "
            "send a new request with the treatment log after the office course."]
    denial = letter(g, "Coverage Determination - Home Phototherapy Unit", rows, body, denial="medical_necessity",
                    appeal="dated", days=60, cases=[g["ref"]], sdates=[iso(g["plan"])], provider=g["dme"],
                    fax=fax.format("2/2"), to=(g["dermatologist"], g["derm"]),
                    alts={"provider": [g["derm"], g["dermatologist"]]}, dalts=["not_covered"])
    items.append(Item(f"{FAMILY}_faxfine_stack_36_sessions_approved_home_unit_denied", "fax_fine_g4",
                      [approval, denial], separators=["cover", None]))

    # 7 phone photo: MA EOB, a course of office UVB paid (nothing denied)
    f = facts(random.Random(243607), LH, "abbr")
    start = f["notice"] - dt.timedelta(days=30)
    dates = [start + dt.timedelta(days=k) for k in (0, 2, 4, 7, 9)]
    lines = [(dd, "96910", "Photochemotherapy, UVB", 165.00, 88.40, 70.72, 17.68, "") for dd in dates]
    rem = [("", f"Approved under authorization {f['ref']} (36 sessions). Referring: {f['pcp']}.")]
    items.append(Item(f"{FAMILY}_phone_ma_eob_uvb_course_paid", "phone_photo", [eob(
        f, f["derm"], lines, rem, "We paid the claim below. You pay 20% coinsurance for each session.", None,
        sdates=[iso(x) for x in dates], days=65, paid=True, alts={"provider": [f["dermatologist"]],
                                                                  "case_numbers": [[f["claim"], f["ref"]]]})]))
    return items
