"""Round M (famz) helpers: people, organisations, numbers, printers and two kinds of insurer mail (a denial
letter and a one-claim EOB) shared by provider_remittance_advice, advocate_cover_stack and two_up_print.

Why a list of its own: a round's families must not reuse another round's names or numbers, so that a value intake
got right once cannot be found again by memory rather than by reading. Everything here is fictional; phone and fax
numbers are 555 numbers. The letter and EOB builders live here because two families wrap the same mail differently
(behind an advocate's cover letter, or printed two pages per sheet).
"""

from __future__ import annotations

import datetime as dt
import random

from inv_kit import Doc, pdf_bytes, truth

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SANS_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MONO_B = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"

FIRST = ["Aurelio", "Bathsheba", "Cyprian", "Dorcas", "Evander", "Florentyna", "Gaspard", "Hypatia", "Isidore",
         "Jessamy", "Leocadia", "Melchior", "Nerissa", "Oswin", "Perdita", "Quentin", "Rosamund", "Sigismund",
         "Tamsin", "Urban", "Verity", "Wolfgang", "Xanthe", "Zebedee", "Ambrosine", "Crispin", "Euphemia", "Lazarus"]
LAST = ["Ashdown", "Blenkinsop", "Cruickshank", "Dimmock", "Entwistle", "Frobisher", "Gillingwater", "Hebblethwaite",
        "Illingworth", "Jagger-Lowe", "Kettleborough", "Lumsden", "Micklethwaite", "Nettleship", "Ormerod",
        "Postlethwaite", "Ramsbottom", "Sowerby", "Thwaites", "Uttley", "Wadsworth", "Ackroyd", "Braithwaite",
        "Cudworth"]
DOCTORS = ["Dr. Anastasia Pembury", "Dr. Bartholomew Quayle", "Dr. Clementine Orchardson", "Dr. Dashiell Wrenfield",
           "Dr. Eulalia Thornbury", "Dr. Fitzgerald Ambler", "Dr. Gwendolyn Sallowby", "Dr. Horatio Fenwright",
           "Dr. Imelda Castlebury", "Dr. Jericho Maplethorpe", "Dr. Katarina Dunsworth", "Dr. Leopold Harrowgate"]
CLINICS = ["Briarwick Family Medicine", "Stonehaven Orthopedic Associates", "Pellucid Imaging Center",
           "Gorsebrook Cardiology Group", "Nightjar Valley Physical Therapy", "Tollgate Dermatology, P.A.",
           "Merrowfield Sleep Center", "Ashcombe Surgical Partners", "Lindqvist Pediatric Clinic",
           "Cragside Gastroenterology"]
HOSPITALS = ["Thistledown Regional Hospital", "St. Elowen Medical Center", "Harrowmere Community Hospital",
             "Bramblecote Rehabilitation Hospital"]
STREETS = ["Cowslip Lane", "Foxglove Terrace", "Heronsgate Road", "Marigold Close", "Otterburn Way", "Saltire Street",
           "Woodruff Avenue", "Yarrow Court"]
CITIES = [("Muncie", "IN", "47305"), ("Casper", "WY", "82601"), ("Dothan", "AL", "36301"), ("Joplin", "MO", "64801"),
          ("Elmira", "NY", "14901"), ("Grand Island", "NE", "68801"), ("Bozeman", "MT", "59715"),
          ("Florence", "SC", "29501")]


def person(rng: random.Random) -> tuple[str, str, str, str]:
    """('First M. Last', first, middle initial, last): the eval's form and its parts for other printings."""
    first, mid, last = rng.choice(FIRST), rng.choice("ABCDEFGHJKLMNPRSTVW"), rng.choice(LAST)
    return f"{first} {mid}. {last}", first, mid, last


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def mixed(rng: random.Random, pattern: str) -> str:
    """An identifier from a pattern: A = letter, 9 = digit, anything else kept (letters and digits mixed)."""
    return "".join(rng.choice("ABCDEFGHJKLMNPRTUVWXY") if c == "A" else str(rng.randint(0, 9)) if c == "9" else c
                   for c in pattern)


def money(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randint(lo, hi) + rng.choice([0, 0, 0.5, 0.25, 0.75, rng.randint(1, 99) / 100]), 2)


def usd(v: float, style: str = "plain") -> str:
    """$1,234.56 / 1,234.56 / 1234.56 / USD 1,234.56."""
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "bare": f"{v:.2f}", "usd": f"USD {v:,.2f}"}[style]


def m2(v: float) -> str:
    return f"{v:.2f}"


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def iso(d: dt.date, end: dt.date | None = None) -> str:
    return d.isoformat() if end is None or end == d else f"{d.isoformat()}/{end.isoformat()}"


def fdate(d: dt.date, style: str) -> str:
    """March 3, 2026 / 03/03/2026 / 3 Mar 2026 / 2026-03-03 / Mar 3, 2026 / 03/03/26."""
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y")}[style]


def address(rng: random.Random) -> tuple[str, str]:
    city, st, z = rng.choice(CITIES)
    return f"{rng.randint(14, 9870)} {rng.choice(STREETS)}", f"{city}, {st} {z}"


def phone(rng: random.Random) -> str:
    return f"1-8{rng.choice(['00', '33', '44', '66', '77'])}-555-{rng.randint(3000, 3999)}"


def local_phone(rng: random.Random) -> str:
    return f"({rng.choice(['309', '417', '607', '913'])}) 555-{rng.randint(1000, 1999)}"


def npi(rng: random.Random) -> str:
    return rng.choice("12") + digits(rng, 9)


class Paper(Doc):
    """A letter-size page set in DejaVu with bold faces registered (sans, serif or mono)."""

    def __init__(self, face: str = "sans", footer: str | None = None, header: str | None = None,
                 orientation: str = "P", margins: tuple[float, float, float] = (18, 16, 18)):
        super().__init__("F", footer=footer, header=header, orientation=orientation, margins=margins)
        reg, bold = {"sans": (SANS, SANS_B), "serif": (SERIF, SERIF_B), "mono": (MONO, MONO_B)}[face]
        self.add_font("F", "", reg)
        self.add_font("F", "B", bold)
        self.add_font("F", "I", reg)


# ---------------------------------------------------------------- insurer mail shared by two families
INSURERS = {
    "brantmoor": dict(name="Brantmoor Mutual Health Insurance Company", lines=("BRANTMOOR MUTUAL",
                      "Health Insurance Company"), addr="PO Box 70412, Joplin, MO 64803", short="Brantmoor Mutual"),
    "halliwick": dict(name="Halliwick Health Plan", lines=("A Corrandale Health Holdings company",
                      "Halliwick Health Plan"), addr="2200 Weir Street, Casper, WY 82609", parent=True,
                      short="Halliwick"),
    "sorrelgate": dict(name="Sorrelgate Health Cooperative", lines=("Sorrelgate Health Cooperative",),
                       addr="PO Box 4418, Grand Island, NE 68802", short="Sorrelgate"),
    "pennacook": dict(name="Pennacook Valley Health Insurance Company", lines=("PENNACOOK VALLEY",
                      "Health Insurance Company"), addr="PO Box 91760, Elmira, NY 14902", short="Pennacook Valley"),
}
# kind -> (denial, denial alternates, service text, billed range, reason text, CARC)
KINDS = {
    "observation": ("level_of_care", ["medical_necessity"], "Inpatient admission, chest pain (3 days)", (14000, 26000),
                    "Your records show that your heart tests came back normal within the first day and you did not "
                    "need the round-the-clock care of an inpatient stay. The stay could have been given safely as "
                    "outpatient observation care, so we cannot pay it as an inpatient admission.", "CO-58"),
    "snf": ("level_of_care", ["medical_necessity"], "Skilled nursing facility stay after hip surgery", (9000, 16000),
            "You were walking with a walker and needed help only with bathing. That care can be given at home with "
            "home health visits; it does not need a skilled nursing facility, so the additional days are denied.",
            "CO-186"),
    "cosmetic": ("not_covered", ["medical_necessity"], "Upper eyelid surgery, both eyes (15823)", (3800, 6900),
                 "The photographs and visual field test sent with the claim do not show that the eyelids block "
                 "your vision. Surgery done to change how the eyelids look is cosmetic, and your plan excludes "
                 "cosmetic surgery.", "CO-204"),
    "mri": ("medical_necessity", ["not_covered"], "MRI of the lumbar spine without contrast (72148)", (1600, 3200),
            "Your back pain started five weeks before the scan and you had not tried physical therapy first. Our "
            "imaging guideline asks for six weeks of treatment before an MRI unless there are warning signs, and "
            "none were found. The scan was not medically necessary.", "CO-50"),
    "noauth": ("prior_authorization", ["other"], "Sleep study in a sleep lab (95810)", (2200, 3900),
               "This test needs our approval before it is done. No one asked us for approval, so we cannot pay the "
               "claim.", "CO-197"),
    "terminated": ("eligibility", ["other"], "Office visit and X-ray (99214, 73030)", (380, 760),
                   "Your coverage under this plan ended on {ended} because the premium was not paid. The visit was "
                   "after that date, so there was no coverage when you received it.", "PR-27"),
    "experimental": ("experimental", ["not_covered"], "Genetic expression test, thyroid nodule (81546)", (3100, 4800),
                     "Our medical policy considers this test investigational: the studies so far do not show that "
                     "it changes treatment or improves results.", "CO-55"),
    "oon": ("out_of_network", ["not_covered"], "Anesthesia for knee arthroscopy (01400)", (1300, 2600),
            "The anesthesiologist is not in your plan's network, and your EPO plan does not pay for care from "
            "providers outside the network except in an emergency.", "CO-242"),
    "bundled": ("coding_error", ["other"], "Office visit billed with a minor procedure (99213-25, 11721)", (290, 520),
                "The office visit was billed on the same day as the nail debridement, and the records do not show a "
                "separate problem. The visit is part of the procedure and cannot be paid apart from it.", "CO-97"),
    "late": ("timely_filing", [], "Emergency room visit (99284)", (1900, 3600),
             "Claims must reach us within 180 days of the date of service. This claim reached us on {received}, "
             "after that limit.", "CO-29"),
    "cob": ("other", [], "Physical therapy, 3 visits (97110)", (420, 780),
            "Our records show you also have coverage through another plan that pays first. Please send the claim "
            "to that plan, then send us its explanation of benefits.", "CO-22"),
}


def insurer_head(d: Paper, key: str, phone_no: str) -> None:
    """Letterheads of the invented insurers: two lines for most (parent above, or name split in two)."""
    ins = INSURERS[key]
    y0 = d.get_y()
    lines = ins["lines"]
    if len(lines) == 2 and ins.get("parent"):
        d.font(8, "I")
        d.cell(120, 4, lines[0], new_x="LMARGIN", new_y="NEXT")
        d.font(17, "B")
        d.cell(120, 8, lines[1])
    elif len(lines) == 2:
        d.font(19, "B")
        d.cell(120, 8, lines[0], new_x="LMARGIN", new_y="NEXT")
        d.font(11)
        d.cell(120, 5.5, lines[1])
    else:
        d.font(16, "B")
        d.cell(120, 8, lines[0])
    d.set_xy(128, y0)
    d.font(7.5)
    d.multi_cell(0, 3.5, ins["addr"].replace(", ", "\n", 1) + f"\nMember Services {phone_no}\nTTY 711",
                 align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 19)
    d.rule(0.5, 3)


def letter_facts(r: random.Random, kind: str, ins: str, **kw) -> dict:
    """Facts of one denial letter (or one-claim EOB) for the insurer mail."""
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 180))
    name, first, mid, last = person(r)
    lo, hi = KINDS[kind][3]
    f = dict(kind=kind, ins=ins, notice=notice, name=name, first=first, last=last, addr=list(address(r)),
             mid=mixed(r, r.choice(["AAA999999999", "9A99-9999-99", "W99999999A", "AA 9999 9999"])),
             group=r.choice([None, digits(r, 6), mixed(r, "G-99A99"), mixed(r, "9999A")]),
             claim=mixed(r, r.choice(["26A999999999", "C9999-99999", "9999999999A", "CLM-26-999999"])),
             ref=r.choice([None, mixed(r, "AP99999"), mixed(r, "RF-99-9999")]), billed=money(r, lo, hi),
             doctor=r.choice(DOCTORS), clinic=r.choice(HOSPITALS if kind in ("observation", "snf", "late") else
                                                       CLINICS), npi=npi(r), ms=phone(r), n=180, dl="within",
             ds="long", mo="plain", labels=0, pages=2, subscriber=None, letter_no=mixed(r, "LTR99999A"),
             printed=None, dos_end=None)
    f["dos"] = days(notice, -r.randint(20, 60))
    if kind in ("observation", "snf"):
        f["dos_end"] = days(f["dos"], 2 if kind == "observation" else r.choice([9, 12, 15]))
    if kind == "late":
        f["dos"] = days(notice, -r.randint(230, 300))
    f["received"] = days(f["dos_end"] or f["dos"], r.randint(6, 20) if kind != "late" else r.randint(190, 220))
    f["ended"] = days(f["dos"], -r.randint(10, 40))
    f.update(kw)
    f["deadline"] = days(f["notice"], f["n"]) if f["dl"] in ("by", "until") else None
    if f.get("dependent"):
        f["subscriber"] = person(r)[0]
    return f


LETTER_LABELS = [
    dict(mem="Member:", mid="Member ID:", grp="Group number:", sub="Subscriber:", claim="Claim number:",
         ref="Reference #:", prov="Provider:", dos="Date(s) of service:", amt="Amount billed:", svc="Service:",
         rcv="Date received:"),
    dict(mem="Patient", mid="Identification No.", grp="Group #", sub="Policyholder", claim="Claim #", ref="Our ref.",
         prov="Rendering provider", dos="Service date(s)", amt="Total charges", svc="Service billed",
         rcv="Claim received"),
    dict(mem="Enrollee", mid="ID #", grp="Employer group", sub="Subscriber", claim="Claim No.", ref="Appeal/case no.",
         prov="Treating provider", dos="DOS", amt="Billed charges", svc="What was billed", rcv="Received on"),
]


def _dos_text(f: dict) -> str:
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    return fd(f["dos"]) if not f["dos_end"] else f"{fd(f['dos'])} - {fd(f['dos_end'])}"


def _reason(f: dict) -> str:
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    text = KINDS[f["kind"]][4].format(ended=fd(f["ended"]), received=fd(f["received"]))
    where = f"at {f['clinic']}"
    if f["dos_end"]:
        when = f"from {fd(f['dos'])} through {fd(f['dos_end'])}"
    else:
        when = f"on {fd(f['dos'])}"
    return (f"We reviewed the claim from {f['doctor']} {where} for care you received {when} "
            f"({KINDS[f['kind']][2].lower()}), billed at {usd(f['billed'], f['mo'])}. We have decided not to pay "
            f"it. {text}")


def _appeal(f: dict) -> str:
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    when = {"within": f"within {f['n']} days of the date of this letter",
            "by": f"in writing; we must receive your appeal no later than {fd(f['deadline']) if f['deadline'] else ''}",
            "until": "in writing", "receive": f"within {f['n']} days after you receive this letter"}[f["dl"]]
    first = f"If you disagree with this decision, you or someone you choose may appeal {when}."
    if f["dl"] == "until":
        first += f" You have until {fd(f['deadline'])} to ask."
    return first + (" Send your appeal with the claim number and any records that support it to "
                    f"{INSURERS[f['ins']]['name']}, Appeals Unit, {INSURERS[f['ins']]['addr']}, or call {f['ms']}.")


BOILER = [
    "Urgent situations: if waiting for a standard appeal could seriously harm your health, ask for an expedited "
    "appeal. We will answer within 72 hours.",
    "External review: if we uphold our decision after your appeal, you may ask for a review by an independent "
    "review organization within 4 months of our final decision. That review costs you nothing.",
    "Your right to documents: you may ask for free copies of the claim file, the guideline we used and the "
    "records we reviewed.",
    "Help with this notice: a consumer assistance program in your state can help you file an appeal. Call "
    "1-800-555-3177 for the program's office.",
]
TAGLINE = ("Language help: If you need help in another language, call {ph}. Ayuda en español: llame al {ph}. "
           "Tr\u1ee3 gi\u00fap ng\u00f4n ng\u1eef: g\u1ecdi {ph}. Help is free.")


def denial_letter(f: dict) -> bytes:
    """An insurer's claim denial letter of f['pages'] pages (2 to 4: reason, rights, taglines)."""
    ins = INSURERS[f["ins"]]
    lab = LETTER_LABELS[f["labels"]]
    d = Paper(f.get("face", "sans"), footer=f"{ins['short']}  {f['letter_no']}   Page {{p}} of {{n}}",
              header=f"{f['name']} - Claim {f['claim']}")
    d.add_page()
    insurer_head(d, f["ins"], f["ms"])
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    d.text_line(fd(f["notice"]), 10, h=5)
    d.ln(3)
    for ln in [f["subscriber"] or f["name"], *f["addr"]]:
        d.text_line(ln, 10, h=4.8)
    d.ln(4)
    d.text_line("Notice of Claim Denial" if f["kind"] not in ("observation", "snf") else
                "Notice of Adverse Benefit Determination", 12.5, "B", h=7)
    d.ln(1.5)
    rows = []
    if f["subscriber"]:
        rows.append((lab["sub"], f["subscriber"]))
    rows += [(lab["mem"], f["name"]), (lab["mid"], f["mid"])]
    if f["group"]:
        rows.append((lab["grp"], f["group"]))
    rows += [(lab["claim"], f["claim"])] + ([(lab["ref"], f["ref"])] if f["ref"] else [])
    rows += [(lab["prov"], f"{f['doctor']}, {f['clinic']}" if f.get("prov_joined") else f["doctor"]),
             ("NPI", f["npi"]), (lab["dos"], _dos_text(f)), (lab["amt"], usd(f["billed"], f["mo"])),
             (lab["rcv"], fd(f["received"])), (lab["svc"], KINDS[f["kind"]][2])]
    for k, v in rows:
        d.font(9.2, "B")
        d.cell(48, 5, k)
        d.font(9.2)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Dear {f['first']} {f['last']}:" if not f["subscriber"] else f"Dear {f['subscriber'].split()[0]} "
           f"{f['subscriber'].split()[-1]}:", 10, gap=2)
    d.para(_reason(f), 10, gap=2.5)
    d.para(f"Reason code {KINDS[f['kind']][5]}. The provider may not bill you more than your share shown on your "
           "Explanation of Benefits unless the reason is one you are responsible for.", 9.6, gap=2.5)
    if f["pages"] >= 3:
        d.para("What we looked at: the claim form, the itemized bill, the office and hospital notes sent by the "
               "provider, and our clinical guideline for this service. A physician reviewer, board certified in "
               "internal medicine, reviewed the records. You may ask for the reviewer's qualifications.", 9.6,
               gap=2.5)
        d.add_page()
    d.text_line("Your right to appeal", 11, "B", h=6)
    d.para(_appeal(f), 9.8, gap=2.5)
    for b in BOILER[: 4 if f["pages"] >= 3 else 2]:
        d.para(b, 9.2, gap=2)
    if f["pages"] == 2:
        d.add_page()
        for b in BOILER[2:]:
            d.para(b, 9.2, gap=2)
    d.para(f"Sincerely,\n\nClaims Review Department\n{ins['name']}", 9.6, gap=3)
    if f["pages"] >= 3:
        d.add_page()
        d.text_line("Important information about your rights", 11, "B", h=6)
        d.para("You may have someone act for you in the appeal: a relative, a friend, a lawyer or your doctor. "
               "Send us a signed form that names that person. You may send written comments, documents and other "
               "information. We will consider everything you send, even if it was not part of the first review.",
               9.4)
        d.para("If your plan is an employer group plan covered by ERISA, you may also have the right to bring a "
               "civil action after you finish the appeal process. Contact the plan administrator named in your "
               "benefit booklet for details.", 9.4)
        d.para(TAGLINE.format(ph=f["ms"]), 9)
    if f["pages"] >= 4:
        d.add_page()
        d.text_line("Appeal request form", 12, "B", h=7)
        d.ln(2)
        for k in ("Member name", "Member ID", "Claim number", "Date of the letter you are appealing",
                  "Why do you disagree?", "Signature", "Date"):
            d.font(10)
            d.cell(70, 9, k + ":")
            d.cell(0, 9, "_" * 44, new_x="LMARGIN", new_y="NEXT")
        d.ln(3)
        d.para(f"Mail to {ins['name']}, Appeals Unit, {ins['addr']}.  Form {ins['short'][:3].upper()}-AP-7 (01/26)",
               8.5)
    return pdf_bytes(d)


def eob(f: dict) -> bytes:
    """A one-claim EOB: the denied claim (or a paid one when f['paid']), with a remark legend."""
    ins = INSURERS[f["ins"]]
    d = Paper(f.get("face", "sans"), footer=f"{ins['name']}   EOB   Page {{p}} of {{n}}")
    d.add_page()
    insurer_head(d, f["ins"], f["ms"])
    fd, mo = (lambda x: fdate(x, f["ds"])), (lambda v: usd(v, f["mo"]))
    d.text_line("EXPLANATION OF BENEFITS", 13, "B", h=7)
    d.text_line("THIS IS NOT A BILL", 9, "B", h=5)
    d.ln(2)
    rows = [("Statement date:", fd(f["notice"])), ("Member:", f["name"]), ("Member ID:", f["mid"])]
    if f["group"]:
        rows.append(("Group:", f["group"]))
    rows += [("Claim number:", f["claim"]), ("Provider:", f["doctor"]), ("Claim received:", fd(f["received"]))]
    for k, v in rows:
        d.font(9.2, "B")
        d.cell(40, 5, k)
        d.font(9.2)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    billed = f["billed"]
    paid = f.get("paid")
    allowed = round(billed * 0.62, 2) if paid else 0.0
    plan = round(allowed * 0.8, 2) if paid else 0.0
    you = round(allowed - plan, 2) if paid else (0.0 if KINDS[f["kind"]][5].startswith("CO") else billed)
    code = "" if paid else KINDS[f["kind"]][5]
    head = ["Date of service", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Code"]
    widths = [27, 62, 20, 19, 20, 17, 14]
    d.table(head, [[_dos_text(f), KINDS[f["kind"]][2][:38], mo(billed),
                    mo(allowed), mo(plan), mo(you), code],
                   ["*Claim total", "", mo(billed), mo(allowed), mo(plan), mo(you), ""]], widths, size=8)
    if not paid:
        d.para(f"{code}: {KINDS[f['kind']][4].format(ended=fd(f['ended']), received=fd(f['received']))}", 9)
        d.para("You may appeal within 180 days of the date of this statement. Write to "
               f"{ins['name']}, Appeals Unit, {ins['addr']}.", 9)
    else:
        d.para("This claim was paid under your plan's in-network benefits. Your share is your coinsurance.", 9)
    if f.get("pages", 1) >= 2:
        d.add_page()
        d.text_line("How to read this statement", 11, "B", h=6)
        d.para("Billed is what the provider charged. Allowed is the most the plan pays for the service under its "
               "contract with the provider. For example, if a provider bills $250.00 and the allowed amount is "
               "$150.00, a network provider may not bill you for the $100.00 difference.", 9)
        d.para("Codes: CO means the provider may not bill you for that amount; PR means the amount is your "
               "responsibility (deductible, coinsurance, copay, or a service the plan does not cover).", 9)
        for b in BOILER:
            d.para(b, 9)
        d.para(TAGLINE.format(ph=f["ms"]), 8.6)
    return pdf_bytes(d)


def letter_truth(f: dict, doc_type: str = "denial_letter") -> dict:
    """Truth of a denial letter or one-claim EOB built from the same facts."""
    denial, dalts = KINDS[f["kind"]][:2]
    alts: dict = {}
    cases = [f["claim"]] + ([f["ref"]] if f["ref"] and doc_type == "denial_letter" else [])
    if len(cases) > 1:
        alts["case_numbers"] = [[f["claim"]]]
    alts["provider"] = [f["clinic"]]
    dates = [iso(f["dos"], f["dos_end"])]
    if f["dos_end"]:
        alts["service_dates"] = [[iso(f["dos"])]]
    if doc_type == "eob":
        paid = f.get("paid")
        deadline = None if paid else days(f["notice"], 180)
        if paid:
            alts["appeal_deadline"] = [iso(days(f["notice"], 180))]
        alts["insurer"] = [INSURERS[f["ins"]]["short"]]
        return truth("eob", None if paid else denial, insurer=INSURERS[f["ins"]]["name"], group_number=f["group"],
                     member_id=f["mid"].replace(" ", ""), member_name=f["name"], case_numbers=[f["claim"]],
                     claim_amount=m2(f["billed"]), service_dates=dates, denial_date=iso(f["notice"]),
                     provider=f["doctor"], appeal_deadline=iso(deadline) if deadline else None, alternates=alts,
                     denial_alternates=[] if paid else dalts,
                     type_alternates=[] if paid else ["denial_letter"])
    deadline = {"within": days(f["notice"], f["n"]), "by": f["deadline"], "until": f["deadline"],
                "receive": None}[f["dl"]]
    if f["dl"] == "receive":
        alts["appeal_deadline"] = [iso(days(f["notice"], f["n"]))]
    alts["insurer"] = [INSURERS[f["ins"]]["short"]]
    return truth("denial_letter", denial, insurer=INSURERS[f["ins"]]["name"], group_number=f["group"],
                 member_id=f["mid"].replace(" ", ""), member_name=f["name"], case_numbers=cases, claim_amount=m2(f["billed"]),
                 service_dates=dates, denial_date=iso(f["notice"]), provider=f["doctor"],
                 appeal_deadline=iso(deadline) if deadline else None, alternates=alts, denial_alternates=dalts)
