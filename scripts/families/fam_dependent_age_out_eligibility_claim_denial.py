"""Family 'dependent_age_out_eligibility_claim_denial': a child on a parent's employer plan turns 26, dependent
coverage ends (at the birthday or the end of that month), and claims with later dates of service are denied as
not eligible on the date of service.

Documents: a family EOB listing three members (the subscriber's and spouse's claims paid, the 26-year-old's claim
denied, per-member ID suffixes); a born-digital COBRA election notice (not a denial: election and premium
deadlines are decoys); a low-resolution scan stack of a retroactive-termination recoupment letter (its blank
duplex back) and the orthopedic group's statement re-billing the patient; a photocopied HR/benefits letter from
the employer relaying the insurer's denial in sentences; a phone photo of a pharmacy reject notice (other); a
sideways upheld appeal refusing the disabled-dependent extension (final internal decision, no deadline); a
standard-fax pre-service denial of a planned procedure after coverage ends.

Decoys: the dependent's date of birth and 26th birthday, coverage end dates, subscriber IDs beside the patient's
suffix ID, the paid claims of the other members, recouped and paid amounts, COBRA premiums and election dates,
Rx numbers, BIN/PCN, NPIs. All values invented.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "dependent_age_out_eligibility_claim_denial"
LANG = "en"
SEED = 305600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
D = dt.timedelta


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(18, 14, 18)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def month_end(x: dt.date) -> dt.date:
    return x.replace(day=calendar.monthrange(x.year, x.month)[1])


def family(r: Rand) -> dict:
    """Subscriber parent and the dependent child who turns 26 in 2026."""
    sub, sfirst, smid, slast = r.person()
    first = r.choice(["Owen", "Celeste", "Darius", "Fiona", "Marcus", "Priya", "Tobias", "Renata"])
    mid = r.choice("ABCDEFGHJKLMNPRSTVW")
    child = f"{first} {mid}. {slast}"
    bday26 = dt.date(2026, r.randint(1, 6), r.randint(1, 28))
    dob = bday26.replace(year=2000)
    end = month_end(bday26)
    dos = end + D(days=r.randint(6, 60))
    spouse = f"{r.choice(['Agnes', 'Bernard', 'Carla', 'Dennis', 'Elaine'])} {r.choice('ABCDEFG')}. {slast}"
    return dict(sub=sub, sfirst=sfirst, slast=slast, child=child, cfirst=first, spouse=spouse, dob=dob,
                bday26=bday26, end=end, dos=dos, addr=r.address(), ph=r.phone(), npi=r.npi())


def phone(r: Rand) -> str:
    return f"({r.choice(['555', '556'])}) {r.digits(3)}-{r.digits(4)}"


# ------------------------------------------------------------------ 0: family EOB, one member denied (scan clean)
def doc_family_eob(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Copperleaf Health Insurance Company"
    base = f"CLH{r.digits(8)}"
    grp = f"{r.digits(3)}-{r.digits(4)}"
    stmt = f["dos"] + D(days=r.randint(18, 30))
    prov = "Fenwick Avenue Family Medicine"
    members = [(f["sub"], "01", "Subscriber"), (f["spouse"], "02", "Spouse"), (f["child"], "03", "Dependent")]
    claims = []
    for (name, sfx, rel), prov_i in zip(members, ["Juniper Drive Imaging", "Harbor View Physical Therapy", prov]):
        day = f["dos"] - D(days=r.randint(1, 25)) if rel != "Dependent" else f["dos"]
        billed = float(r.randint(180, 1400)) + r.choice([0, .5, .25])
        claims.append(dict(name=name, id=f"{base}-{sfx}", rel=rel, prov=prov_i, day=day, billed=billed,
                           claim=f"{r.letters(1)}{r.digits(10)}"))
    d = Page(foot="Copperleaf Health - Family Claims Statement - page {p} of {n}", margins=(14, 12, 14))
    d.add_page()
    d.set_fill_color(40, 40, 40)
    d.rect(14, 12, d.w - 28, 16, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(18, 14)
    d.font(15, "B")
    d.cell(0, 7, "COPPERLEAF HEALTH")
    d.set_xy(18, 21)
    d.font(8.5)
    d.cell(0, 5, f"{ins}  |  Family Claims Statement  |  Not a bill")
    d.set_text_color(0, 0, 0)
    d.set_xy(14, 32)
    for ln in [f["sub"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.8)
    d.ln(3)
    d.boxes([("Statement issued", fmt_date(stmt, "long"), 44), ("Subscriber", f["sub"], 50),
             ("Subscriber ID", base, 34), ("Group", grp, 22), ("Questions", f["ph"], 36)], h=12)
    d.ln(5)
    for c in claims:
        denied = c["rel"] == "Dependent"
        d.font(9.2, "B")
        d.cell(0, 5.5, f"{c['name']}  ({c['rel']}, member {c['id']})", new_x="LMARGIN", new_y="NEXT")
        allowed = 0.0 if denied else round(c["billed"] * .64, 2)
        paid = 0.0 if denied else round(allowed * .8, 2)
        owe = c["billed"] if denied else round(allowed - paid, 2)
        d.table(["Claim", "Provider", "Date of service", "Charged", "Allowed", "Paid by plan", "Your share", "Code"],
                [[c["claim"], c["prov"], fmt_date(c["day"], "slash"), fmt_money(c["billed"]), fmt_money(allowed),
                  fmt_money(paid), fmt_money(owe), "E26" if denied else "-"]],
                [26, 48, 24, 19, 18, 20, 19, 12], size=7.7, aligns="LLLRRRRL", border_head="B")
    d.text_line("Code explanations", 9.5, "B", h=5.5)
    d.para(f"E26  This person was not covered on the date of service. Dependent children are covered through the "
           f"end of the month in which they turn 26. Coverage for {f['child']} ended on {fmt_date(f['end'], 'long')}. "
           "If this person has other coverage, send the claim to that plan.", 8.6)
    d.para("Appeals: you may appeal a denied claim within 180 days of the date of this statement by writing to "
           "Copperleaf Appeals, PO Box 2210, Pueblo, CO 81003. Expedited appeals for urgent care are decided within "
           "72 hours. You may also ask for an independent external review after our final decision.", 8.6)
    c = claims[2]
    t = truth("eob", "eligibility", insurer=ins, group_number=grp, member_id=c["id"], member_name=f["child"],
              case_numbers=[c["claim"]], claim_amount=m2(c["billed"]), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=c["prov"], appeal_deadline=iso(stmt + D(days=180)),
              alternates={"member_id": [base]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 1: COBRA election notice (born digital)
def doc_cobra(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Benefactor COBRA Services"
    plan = "Ridgeway Tool & Die Group Health Plan"
    mid, grp = f"RTD{r.digits(7)}-02", f"{r.digits(6)}"
    notice = f["end"] + D(days=r.randint(8, 20))
    elect_by = notice + D(days=60)
    prem = f"{r.randint(610, 880)}.{r.choice(['14', '40', '86'])}"
    d = Page(foot="BCS-GN-3 COBRA General/Election Notice  {p}/{n}", header=f"COBRA election notice for {f['child']}",
             margins=(22, 16, 22))
    d.add_page()
    d.text_line("Benefactor COBRA Services", 14, "B", h=7)
    d.text_line(f"Administrator for the {plan}  ·  PO Box 8120, Fargo, ND 58102  ·  {f['ph']}", 8.6, h=4.6)
    d.ln(8)
    d.text_line(fmt_date(notice, "long"), 10, h=6)
    d.ln(2)
    for ln in [f["child"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line("Important information about your COBRA continuation coverage rights", 11.5, "B", h=7)
    d.para(f"Dear {f['child']}:", 10)
    d.para(f"This notice has important information about your right to continue your health care coverage in the "
           f"{plan}. You are getting this notice because your coverage as a dependent child of {f['sub']} "
           f"ended on {fmt_date(f['end'], 'long')}, the end of the month in which you turned 26 "
           f"(date of birth {fmt_date(f['dob'], 'slash')}). Losing dependent status is a qualifying event.", 10)
    d.table(["Qualified beneficiary", "Former member ID", "Group", "Coverage", "Monthly premium"],
            [[f["child"], mid, grp, "Medical + Rx (PPO)", fmt_money(prem)]], [48, 34, 22, 34, 28], size=8.8,
            border_head="TB")
    d.para(f"To elect COBRA, return the enclosed election form postmarked by {fmt_date(elect_by, 'long')}. If you "
           "elect, coverage is retroactive to the day after your coverage ended, for up to 36 months. Your first "
           "premium payment is due 45 days after you mail the election form; later premiums are due on the first "
           "of each month with a 30-day grace period.", 10)
    d.para("You may have other options, such as a plan through the Health Insurance Marketplace (a special "
           "enrollment period of 60 days after your loss of coverage) or a plan through your own employer.", 10)
    d.para("This is not a denial of any claim. Claims for services after your coverage ended will be held and paid "
           "only if you elect COBRA and pay the premium.", 10)
    d.para("COBRA Administration Team\nBenefactor COBRA Services", 10)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["child"],
              denial_date=iso(notice), alternates={"insurer": [plan]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 2: stack: recoupment letter + ortho statement
def doc_recoup(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Tidewell Health Plans"
    d = Page(foot="Tidewell Health Plans  ·  Eligibility Reprocessing  ·  Page {p} of {n}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("TIDEWELL", 20, "B", h=9)
    d.text_line("Health Plans", 10, h=5)
    d.text_line(f"Eligibility Reprocessing Unit  ·  40 Harbor View Road, Bellingham, WA 98225  ·  {f['ph']}", 8.4,
                h=4.6)
    d.ln(6)
    for ln in [f["child"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    for lab, val in [("Date:", fmt_date(f["letter"], "abbr")), ("Member:", f["child"]),
                     ("Member ID:", f["mid"]), ("Group number:", f["grp"]), ("Claim:", f["claim"])]:
        d.font(9.6, "B")
        d.cell(32, 5.2, lab)
        d.font(9.6)
        d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Claim reprocessed: coverage ended before the date of service", 11, "B", h=6.5)
    d.para(f"Your parent's employer told us on {fmt_date(f['told'], 'abbr')} that your coverage as a dependent "
           f"ended on {fmt_date(f['end'], 'abbr')}, when you reached the plan's age limit of 26. Our records were "
           "updated retroactively to that date.", 10)
    d.para(f"We had already paid {f['ortho']} {fmt_money(f['paid'])} for your visit and procedure on "
           f"{fmt_date(f['dos'], 'abbr')} (total charges {fmt_money(f['billed'])}). Because you were not eligible "
           "on that date, we reprocessed the claim as denied and are recovering our payment from the provider. "
           "The provider may bill you for these services.", 10)
    d.para("If you believe your coverage should not have ended (for example, you were incapable of self-support "
           "because of a disability before age 26), you may appeal within 180 days of the date of this letter. "
           "Send your appeal and supporting records to Tidewell Appeals, PO Box 440, Bellingham, WA 98225.", 10)
    d.para(f"Provider NPI {f['npi']}. Overpayment reference for the provider: OP-{r.digits(7)}.", 8.6)
    t = truth("denial_letter", "eligibility", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["child"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(f["letter"]), provider=f["ortho"],
              appeal_deadline=iso(f["letter"] + D(days=180)))
    return pdf_bytes(d), t


def doc_ortho_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    acct = f"HPO{r.digits(6)}"
    stmt = f["letter"] + D(days=r.randint(14, 28))
    d = Page(foot=None, margins=(16, 14, 16))
    d.add_page()
    d.text_line(f["ortho"], 15, "B", h=7.5)
    d.text_line(f"Business Office  ·  1200 Quarry Street, Bellingham, WA 98225  ·  {phone(r)}", 8.6, h=4.6)
    d.rule(0.5, 4)
    y = d.get_y()
    d.text_line("Statement", 13, "B", h=7)
    d.text_line(f"Patient: {f['child']}", 9.6, h=5)
    d.text_line(f"Account: {acct}", 9.6, h=5)
    d.set_xy(120, y)
    d.boxes([("Statement date", fmt_date(stmt, "mdy_nopad"), 38), ("Please pay", fmt_money(f["billed"]), 36)], h=12)
    d.set_y(y + 24)
    rows = [[fmt_date(f["dos"], "mdy_nopad"), "99204", "New patient visit, moderate", fmt_money(f["v1"])],
            [fmt_date(f["dos"], "mdy_nopad"), "20610", "Arthrocentesis / injection, major joint", fmt_money(f["v2"])],
            ["", "", "Tidewell Health Plans payment (claim " + f["claim"] + ")", "-" + fmt_money(f["paid"])],
            [fmt_date(f["letter"] + D(days=5), "mdy_nopad"), "", "Tidewell recoupment - not eligible on DOS",
             fmt_money(f["paid"])],
            ["*Balance due", "", "", fmt_money(f["billed"])]]
    d.table(["Date", "Code", "Description", "Amount"], rows, [26, 18, 110, 28], size=8.8, aligns="LLLR")
    d.para("Your insurance took back its payment because your coverage had ended before this visit. The full "
           "balance is now your responsibility. If you have new coverage (COBRA, Marketplace or an employer plan), "
           "call us within 30 days with the details and we will bill that plan. Payment plans are available.", 9.4)
    t = truth("other", None, member_id=None, member_name=f["child"], case_numbers=[f["claim"]],
              claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=f["ortho"], unscored=["insurer"], alternates={"case_numbers": [[]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = family(r)
    v1, v2 = float(r.randint(240, 390)), float(r.randint(180, 320))
    f.update(mid=f"TW{r.digits(9)}", grp=f"WA-{r.digits(5)}", claim=f"{r.digits(4)}-{r.digits(6)}-{r.digits(2)}",
             ortho="Harbor Point Orthopedic Group", v1=v1, v2=v2, billed=v1 + v2,
             paid=round((v1 + v2) * .55, 2), told=f["dos"] + D(days=r.randint(40, 60)))
    f["letter"] = f["told"] + D(days=r.randint(5, 12))
    return Item(f"{FAMILY}_recoup_stack", "scan_lowres_150", [doc_recoup(r, f), doc_ortho_statement(r, f)],
                separators=["duplex", None])


# ------------------------------------------------------------------ 3: employer HR letter relaying the denial
def doc_hr(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    emp = "Alderbrook Manufacturing Company"
    ins = "Sable Ridge Health Insurance"
    mid, grp = f"SRH{r.digits(6)}-03", f"{r.digits(5)}"
    claim = f"{r.digits(11)}"
    doc_ = "Dr. Wendell P. Kessler"
    billed = r.amount(160, 900)
    eob = f["dos"] + D(days=r.randint(20, 30))
    letter = eob + D(days=r.randint(10, 20))
    by = eob + D(days=180)
    d = Page(foot=None, margins=(24, 18, 24))
    d.add_page()
    d.text_line("Alderbrook Manufacturing Company", 13, "B", h=7)
    d.text_line("Human Resources - Benefits Office  ·  5 Old Mill Road, Erie, PA 16501", 8.8, h=4.6)
    d.ln(8)
    d.text_line(fmt_date(letter, "mdy_nopad"), 10, h=6)
    d.ln(2)
    for ln in [f["sub"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    d.para(f"Dear {f['sfirst']},", 10)
    d.para(f"You asked the Benefits Office to look into the claim for your child {f['child']} that our insurer, "
           f"{ins}, did not pay. We contacted {ins} and want to explain what happened.", 10)
    d.para(f"{f['cfirst']} turned 26 on {fmt_date(f['bday26'], 'long')}. Under our group policy (group number "
           f"{grp}), children stay covered through the end of the month in which they turn 26, so the coverage "
           f"under member number {mid} ended on {fmt_date(f['end'], 'long')}. {f['cfirst']} saw {doc_} on "
           f"{fmt_date(f['dos'], 'long')}, after that date. {ins} therefore denied claim {claim} for "
           f"{fmt_money(billed)} because {f['cfirst']} was not eligible on the date of service. Their explanation of benefits "
           f"was dated {fmt_date(eob, 'long')}.", 10)
    d.para("We checked our records and the termination date is correct; we cannot change it. A COBRA notice was "
           f"mailed to {f['cfirst']} separately. If COBRA is elected and the premium paid, coverage will be restored back "
           "to the day after it ended and the claim can be reprocessed.", 10)
    d.para(f"If you still want to appeal, {ins} must receive the appeal by {fmt_date(by, 'long')}. The address "
           "is on the back of the explanation of benefits. We are glad to help you prepare it.", 10)
    d.para("Kind regards,\n\nJanelle Okafor\nBenefits Manager, Alderbrook Manufacturing Company", 10)
    t = truth("denial_letter", "eligibility", insurer=emp, group_number=grp, member_id=mid, member_name=f["child"],
              case_numbers=[claim], claim_amount=billed, service_dates=[iso(f["dos"])], denial_date=iso(letter),
              provider=doc_.replace("Dr. ", ""), appeal_deadline=iso(by), type_alternates=["other"],
              alternates={"insurer": [ins], "denial_date": [iso(eob)]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 4: pharmacy reject notice (phone photo)
def doc_pharmacy(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Quillmark Pharmacy Solutions"
    mid, grp = f"QPS{r.digits(9)}", f"RX{r.digits(5)}"
    fill = f["dos"]
    notice = fill + D(days=r.randint(2, 6))
    d = Page(foot=None, margins=(16, 14, 16))
    d.add_page()
    d.text_line("Quillmark Pharmacy Solutions", 15, "B", h=7.5)
    d.text_line("Pharmacy benefit manager  ·  Member help desk " + f["ph"], 8.8, h=4.6)
    d.ln(4)
    d.text_line("Notice of a prescription that could not be processed", 12, "B", h=7)
    d.ln(2)
    d.table(["Notice date", "Cardholder", "Person", "Member ID", "Rx group"],
            [[fmt_date(notice, "abbr"), f["sub"], f["child"], mid, grp]], [32, 44, 44, 36, 26], size=8.8,
            border_head="TB")
    d.table(["Fill date", "Drug", "Qty", "Rx number", "Pharmacy", "Reject"],
            [[fmt_date(fill, "abbr"), "Sertraline 50 mg tab", "30", f"{r.digits(7)}", "Lantern Way Pharmacy #0417",
              "65"]], [28, 42, 12, 26, 54, 20], size=8.6, border_head="TB")
    d.para(f"Reject code 65 - Patient is not covered. Our eligibility file shows coverage for {f['child']} under "
           f"this group ended on {fmt_date(f['end'], 'abbr')}. The pharmacy could not bill us for this fill.", 9.6)
    d.para("This notice is for your information. If you have new coverage, show the new card to the pharmacy. If "
           "you think our eligibility information is wrong, ask the employer's benefits office to update it. "
           f"BIN 61{r.digits(4)}  PCN QMK{r.digits(2)}", 9.6)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["child"],
              service_dates=[iso(fill)], denial_date=iso(notice), alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 5: upheld appeal, disabled dependent (rotated)
def doc_upheld(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Brackenridge Mutual Life & Health"
    mid, grp = f"BML-{r.digits(3)}-{r.digits(4)}", f"G{r.digits(6)}"
    claim, appeal = f"{r.digits(10)}", f"APL-26-{r.digits(5)}"
    prov = "Sycamore Court Behavioral Health"
    billed = r.amount(300, 2400)
    letter = f["dos"] + D(days=r.randint(60, 90))
    d = Page(foot="Brackenridge Mutual  ·  Appeals and Grievances", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Brackenridge Mutual Life & Health", 14, "B", h=7)
    d.text_line(f"Appeals and Grievances  ·  PO Box 9930, Yuma, AZ 85364  ·  {f['ph']}", 8.6, h=4.6)
    d.ln(6)
    d.text_line(fmt_date(letter, "dmy"), 10, h=6)
    for ln in [f["child"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.font(9.5, "B")
    d.multi_cell(0, 5, f"RE:  Appeal {appeal}  /  claim {claim}\n      Patient {f['child']}  ·  ID {mid}  ·  "
                 f"group {grp}\n      Services {fmt_date(f['dos'], 'dmy')}  ·  {prov}  ·  billed "
                 f"{fmt_money(billed, 'usd')}", border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(f"Dear {f['child']}:", 10)
    d.para("You appealed our denial of the claim above and asked us to continue your coverage as a disabled "
           "dependent past age 26. We reviewed the plan terms, your appeal letter and the physician statement "
           "you sent.", 10)
    d.para(f"Decision: the denial is upheld. The plan extends dependent coverage past age 26 only if the child is "
           f"incapable of self-support because of a disability that began before age 26 and the plan receives "
           f"proof within 31 days after coverage would otherwise end. Your coverage ended on "
           f"{fmt_date(f['end'], 'dmy')}; the physician statement was received more than four months later and "
           "describes a condition diagnosed after your 26th birthday. You were therefore not an eligible "
           "dependent on the date of service.", 10)
    d.para("This is the final decision on your internal appeal. You may request an external review of this "
           "decision within 4 months of receiving this letter, and you may have the right to bring a civil action "
           "under section 502(a) of ERISA. Expedited external review is available if your health is in danger.",
           10)
    d.para(f"Provider NPI {f['npi']}.  Date of birth on file: {fmt_date(f['dob'], 'dmy')}.", 8.6)
    d.para("Appeals and Grievances Department", 10)
    t = truth("denial_letter", "eligibility", insurer=ins, group_number=grp, member_id=mid, member_name=f["child"],
              case_numbers=[appeal, claim], claim_amount=billed, service_dates=[iso(f["dos"])],
              denial_date=iso(letter), provider=prov)
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 6: pre-service denial after coverage ends
def doc_preservice(r: Rand) -> tuple[bytes, dict]:
    f = family(r)
    ins = "Larkspur Valley Health Cooperative"
    mid, grp = f"{r.digits(3)} {r.digits(3)} {r.digits(4)}", f"LV-{r.digits(4)}"
    req = f"PR{r.digits(9)}"
    surgeon = "Dr. Imogen R. Castell"
    decided = f["end"] - D(days=r.randint(3, 10))
    planned = f["end"] + D(days=r.randint(5, 20))
    by = decided + D(days=r.randint(175, 185))
    d = Page(foot="Larkspur Valley Health Cooperative  -  Utilization Review  -  {p}", margins=(18, 14, 18))
    d.add_page()
    d.text_line("Larkspur Valley Health Cooperative", 14.5, "B", h=7)
    d.text_line(f"Utilization Review  ·  Fax {phone(r)}  ·  Member line {f['ph']}", 8.6, h=4.6)
    d.rule(0.4, 4)
    d.text_line("Pre-service coverage decision", 12, "B", h=7)
    for lab, val in [("Decision issued", fmt_date(decided, "long")), ("Enrollee", f["child"]),
                     ("Enrollee no.", mid), ("Employer group", grp), ("Request ref.", req),
                     ("Requested by", f"{surgeon}, Juniper Sports Orthopedics"),
                     ("Service", "Knee arthroscopy, meniscectomy (29881), outpatient surgery center"),
                     ("Planned service date", fmt_date(planned, "long")), ("Outcome", "NOT APPROVED - eligibility"),
                     ("Appeal by", fmt_date(by, "long"))]:
        d.font(9.6, "B")
        d.cell(56, 5.6, lab + " ......")
        d.font(9.6)
        d.cell(0, 5.6, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(f"We cannot approve this request. The surgery is planned for a date when {f['child']} will no longer "
           f"be covered: dependent coverage ends on {fmt_date(f['end'], 'long')}, the last day of the month of the "
           f"enrollee's 26th birthday ({fmt_date(f['bday26'], 'long')}). We did not review whether the surgery is "
           "medically necessary. If coverage is continued (for example through COBRA) before the planned date, the "
           "surgeon may send a new request.", 9.8)
    d.para("To appeal, write to us by the date shown above. For an urgent appeal call the member line; urgent "
           "appeals are decided within 72 hours.", 9.8)
    t = truth("denial_letter", "eligibility", insurer=ins, group_number=grp, member_id=mid.replace(" ", ""),
              member_name=f["child"], case_numbers=[req], service_dates=[iso(planned)], denial_date=iso(decided),
              provider=surgeon.replace("Dr. ", ""), appeal_deadline=iso(by),
              alternates={"provider": ["Juniper Sports Orthopedics"]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_family_eob, "family_eob", "scan_clean_300"), (1, doc_cobra, "cobra_election", "born_digital"),
              (3, doc_hr, "hr_letter", "photocopy"), (4, doc_pharmacy, "pharmacy_reject", "phone_photo"),
              (5, doc_upheld, "upheld_disabled_dependent", "rotated"),
              (6, doc_preservice, "preservice_fax", "fax_standard_g4")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(2, item_stack(Rand(SEED + 2)))
    return items
