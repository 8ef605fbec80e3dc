"""Family 'infliximab_biosimilar_dose_interval_denial': infliximab infusions (Q5103 infliximab-dyyb biosimilar per
10 mg, J1745 reference infliximab per 10 mg, with 96413/96415 infusion administration) given every 4 weeks when
the label's maintenance schedule is every 8 weeks, or asked for with the non-preferred reference product.

Documents: a three-claim EOB (two 8-week infusions paid, the 4-week one refused); a fine-fax stack of a cover
sheet, a PBM medical-drug program letter refusing the reference product (biosimilar preferred) and the infusion
center's bill; a peer-to-peer approval letter (facts in sentences); a "we need more information" claim hold
(refuses nothing, sample amount decoy); a phone photo of a plan prose letter refusing the 4-week interval (older
paid claim and phone-line holiday as decoys); a Medicare Advantage CMS-10003 style integrated denial notice; a
sideways appeal decision upholding the interval denial.

All values invented (insurers, PBM, infusion centers, people, IDs, amounts).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "infliximab_biosimilar_dose_interval_denial"
LANG = "en"
SEED = 321500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"


class Page(Doc):
    def __init__(self, foot: str | None = None, margins=(16, 14, 16), serif: bool = False, header: str | None = None):
        super().__init__("DejaVu", footer=foot, margins=margins, header=header)
        self.add_font("DejaVu", "B", BOLD)
        if serif:
            self.add_font("Serif", "", SERIF)
            self.add_font("Serif", "B", SERIF_B)
            self.base_font = "Serif"


def ph(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    d0 = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 120))
    return dict(member=member, first=first, mid=mid, last=last, addr=r.address(), d0=d0, npi=r.npi(),
                dob=dt.date(r.randint(1958, 2001), r.randint(1, 12), r.randint(1, 28)))


def infusion_lines(r: Rand, code: str = "Q5103", kg: int | None = None) -> list[dict]:
    kg = kg or r.randint(58, 96)
    mg = kg * 5
    units = -(-mg // 100) * 10  # vials of 100 mg, billed per 10 mg
    rate = r.choice([118.40, 126.75, 131.10]) if code == "Q5103" else r.choice([164.20, 171.85])
    desc = "Infliximab-dyyb, biosimilar, 10 mg" if code == "Q5103" else "Infliximab (reference), 10 mg"
    return [dict(code=code, desc=desc, units=units, billed=round(units * rate, 2)),
            dict(code="96413", desc="Chemo/biologic IV infusion, first hour", units=1, billed=float(r.randint(420, 610))),
            dict(code="96415", desc="IV infusion, each additional hour", units=1, billed=float(r.randint(110, 190)))]


def total(lines: list[dict]) -> float:
    return round(sum(x["billed"] for x in lines), 2)


# ---------------------------------------------------------------- 0: three-claim EOB (born digital)
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Larkspur Mutual Health Company"
    mid, grp = f"LMH{r.digits(3)}-{r.digits(5)}", f"{r.digits(6)}-{r.letters(1)}"
    center = "Quillmont Infusion Suites"
    dates = [f["d0"], f["d0"] + dt.timedelta(days=56), f["d0"] + dt.timedelta(days=84)]
    claims = [f"{r.digits(3)}{r.letters(1)}{r.digits(7)}" for _ in dates]
    stmt = dates[2] + dt.timedelta(days=r.randint(18, 30))
    lines = [infusion_lines(r, kg=74) for _ in dates]
    d = Page("Larkspur Mutual Health  /  Explanation of Benefits  /  sheet {p} of {n}", margins=(13, 12, 13),
             header=f"{f['member']}  -  Member {mid}  -  continued")
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.set_text_color(255, 255, 255)
    d.font(15, "B")
    d.cell(0, 11, "  LARKSPUR MUTUAL HEALTH", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.text_line(f"{ins}  *  Claims Office, PO Box 7781, Alder Bluff, WI 54701  *  Member line {ph(r)}", 8, h=5)
    d.ln(3)
    y = d.get_y()
    d.text_line("EXPLANATION OF BENEFITS", 12, "B", h=6)
    d.text_line("This is not a bill.", 9, h=5)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.7)
    d.set_y(y)
    for lab, val in [("Statement prepared", fmt_date(stmt, "long")), ("Patient", f["member"]), ("Member number", mid),
                     ("Employer group", grp), ("Patient birth date", fmt_date(f["dob"], "slash"))]:
        d.set_x(112)
        d.font(8.4)
        d.cell(36, 5, lab)
        d.font(8.8, "B")
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    d.para(f"This statement lists {len(dates)} claims from {center} (NPI {f['npi']}) for your infusion treatment. "
           "Two were paid. One was not paid; see note IV2.", 9)
    for i, (dd, c, ll) in enumerate(zip(dates, claims, lines)):
        denied = i == 2
        d.set_fill_color(215, 215, 215)
        d.font(8.8, "B")
        recv = dd + dt.timedelta(days=r.randint(5, 12))
        d.cell(0, 6, f" Claim {c}   |   {center}   |   received {fmt_date(recv, 'slash')}   |   "
               + ("NOT PAID" if denied else "PAID"), fill=True, new_x="LMARGIN", new_y="NEXT")
        rows = []
        for x in ll:
            if denied:
                al, pd, yo, nt = 0.0, 0.0, x["billed"], "IV2"
            else:
                al = round(x["billed"] * 0.62, 2)
                pd, yo, nt = round(al * 0.9, 2), round(al * 0.1, 2), ""
            x.update(al=al, pd=pd, yo=yo)
            rows.append([fmt_date(dd, "slash"), x["code"], x["desc"], str(x["units"]), fmt_money(x["billed"], "nosign"),
                         fmt_money(al, "nosign"), fmt_money(pd, "nosign"), fmt_money(yo, "nosign"), nt])
        rows.append(["*Claim total", "", "", "", fmt_money(total(ll), "nosign"),
                     fmt_money(sum(x["al"] for x in ll), "nosign"), fmt_money(sum(x["pd"] for x in ll), "nosign"),
                     fmt_money(sum(x["yo"] for x in ll), "nosign"), ""])
        d.table(["Served", "Code", "Service", "Units", "Charged", "Allowed", "We paid", "Your share", "Note"], rows,
                [21, 13, 60, 11, 19, 18, 18, 18, 11], size=7.6, aligns="LLLRRRRRL")
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para(f"IV2  Infliximab maintenance infusions are covered every 8 weeks, the interval in the FDA label and in "
           f"our medical policy MP-RX-044. This infusion on {fmt_date(dates[2], 'slash')} was given 4 weeks after the "
           "one before it. A shorter interval is covered only with records of loss of response (for example a "
           "trough level and antibody test), and none were sent. The service was not medically necessary as billed. "
           "The infusion center may not bill you more than your plan share unless you agreed in writing.", 8.5)
    d.text_line("Your appeal rights", 9.5, "B", h=5.5)
    d.para("You may appeal within 180 days of the date of this statement. Write to Larkspur Appeals, PO Box 7790, "
           "Alder Bluff, WI 54701. If waiting would seriously harm your health, ask for an urgent appeal (decided "
           "within 72 hours). After our final decision you may ask for an external review within 4 months.", 8.5)
    t = truth("eob", "medical_necessity", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claims[2]], claim_amount=m2(total(lines[2])), service_dates=[iso(dates[2])],
              denial_date=iso(stmt), provider=center, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              alternates={"insurer": ["Larkspur Mutual Health"],
                          "claim_amount": [m2(lines[2][0]["billed"])]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: fax stack: PBM letter + infusion center bill
def doc_pbm(r: Rand, f: dict) -> tuple[bytes, dict]:
    pbm = "Corvane Specialty Benefit Services"
    plan = "Harrowgate Health Plan"
    d = Page(f"Corvane Specialty Benefit Services  |  Medical Drug Program  |  Ref. {f['req']}  |  {{p}}/{{n}}",
             margins=(20, 16, 20))
    d.add_page()
    d.text_line("CORVANE", 20, "B", h=9)
    d.text_line("Specialty Benefit Services  -  Medical Drug Program", 9.5, h=5)
    d.text_line(f"Administering medical pharmacy benefits for {plan}", 8.4, h=4.6)
    d.ln(6)
    d.text_line(fmt_date(f["notice"], "abbr"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(5)
    for lab, val in [("Member", f["member"]), ("Health plan member ID", f["mid"]), ("Group", f["grp"]),
                     ("Request reference", f["req"]), ("Drug requested", "Infliximab (reference product), HCPCS J1745"),
                     ("Dose / frequency", "10 mg/kg IV every 4 weeks"),
                     ("Requested start", fmt_date(f["start"], "abbr")), ("Prescriber", f["doc"])]:
        d.font(9.4)
        d.cell(48, 5.2, lab)
        d.font(9.4, "B")
        d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Decision: your request is denied", 11.5, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']}, Corvane reviews infused drugs for {plan}. Your doctor asked us to "
           "approve the reference infliximab product. Your plan's medical drug list covers infliximab through its "
           "preferred biosimilar products, infliximab-dyyb (Q5103) and infliximab-axxq (Q5121). The reference "
           "product is non-preferred. It can be approved only if you have tried a preferred biosimilar and could "
           "not take it because of a documented reaction. Your records show no trial of a preferred biosimilar.", 10)
    d.para("We also note the requested schedule is every 4 weeks. If your doctor asks for a biosimilar, please "
           "include the reason for a schedule shorter than every 8 weeks.", 10)
    d.text_line("How to appeal", 10.5, "B", h=6)
    d.para(f"Your appeal must be received by {fmt_date(f['by'], 'long')}. Send it to Corvane Appeals, 2200 Keel "
           f"Street, Suite 400, Rowan Falls, MN 55901, or fax {ph(r)}. For an urgent situation your doctor can ask "
           "for an expedited appeal, decided within 72 hours. You may also ask for an external review after the "
           "appeal. Member line hours: 7 a.m. to 8 p.m., closed on July 3, 2026.", 10)
    d.para(f"Prescriber NPI {f['npi']}.  This decision applies to your medical benefit, not your pharmacy card.", 8.4)
    t = truth("denial_letter", "not_covered", insurer=pbm, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["req"]], service_dates=[iso(f["start"])],
              denial_date=iso(f["notice"]), provider=f["doc"], appeal_deadline=iso(f["by"]),
              denial_alternates=["prior_authorization", "medical_necessity"],
              alternates={"insurer": [plan], "service_dates": [[]]})
    return pdf_bytes(d), t


def doc_center_bill(r: Rand, f: dict) -> tuple[bytes, dict]:
    center = "Brackenridge Ambulatory Infusion Center"
    acct = f"BAIC-{r.digits(6)}"
    dos = f["start"] - dt.timedelta(days=r.randint(30, 40))
    bill = f["notice"] + dt.timedelta(days=r.randint(4, 12))
    lines = infusion_lines(r, code="J1745", kg=81)
    bt = total(lines)
    d = Page(None, margins=(15, 12, 15))
    d.add_page()
    d.text_line(center, 14, "B", h=7)
    d.text_line(f"410 Osprey Loop, Rowan Falls, MN 55901   Billing questions {ph(r)}   Tax ID 41-{r.digits(7)}", 8.2,
                h=4.6)
    d.rule(0.6, 3)
    d.boxes([("Bill date", fmt_date(bill, "iso"), 32), ("Account", acct, 34), ("Patient", f["member"], 50),
             ("Insurance member #", f["mid"], 40), ("Balance", fmt_money(bt, "plain"), 28)])
    d.ln(4)
    d.para(f"Ordering physician: {f['doc']}.   Primary insurance: {f['plan']} (medical drugs reviewed by Corvane).",
           8.8)
    rows = [[fmt_date(dos, "iso"), x["code"], x["desc"], str(x["units"]), fmt_money(x["billed"], "plain")] for x in lines]
    rows += [["*Total charges", "", "", "", fmt_money(bt, "plain")],
             [fmt_date(bill - dt.timedelta(days=3), "iso"), "", "Insurance: denied - drug not on preferred list", "",
              "0.00"],
             ["*Your balance", "", "", "", fmt_money(bt, "plain")]]
    d.table(["Date", "Code", "Description", "Units", "Charge"], rows, [28, 18, 92, 14, 28], size=8.6, aligns="LLLRR")
    d.para("Your insurance did not pay for this visit. If you or your doctor appeal, tell us and we will hold this "
           "balance for 90 days. Ask us about our payment plan and financial assistance program.", 9)
    d.text_line("- - - - - - - - - - - return this part with your payment - - - - - - - - - - -", 8, align="C", h=6)
    d.para(f"Account {acct}    Amount due {fmt_money(bt, 'plain')}    Amount paid $__________", 9)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], claim_amount=m2(bt),
              service_dates=[iso(dos)], denial_date=iso(bill), provider=center, unscored=["insurer"])
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"HGH{r.digits(9)}", grp=f"{r.digits(5)}", req=f"MD-{r.digits(4)}-{r.digits(5)}",
             doc="Dr. Odette K. Marchetti", plan="Harrowgate Health Plan")
    f["start"] = f["d0"] + dt.timedelta(days=40)
    f["notice"] = f["d0"] + dt.timedelta(days=r.randint(20, 28))
    f["by"] = f["notice"] + dt.timedelta(days=180)
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [doc_pbm(r, f), doc_center_bill(r, f)],
                separators=["cover", None])


# ---------------------------------------------------------------- 2: peer-to-peer approval (scan)
def doc_p2p(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Wrenfield Community Health Plan"
    mid = f"W{r.digits(10)}"
    auth = f"AUTH{r.digits(8)}"
    doc = "Dr. Kwame T. Holloway"
    notice = f["d0"] + dt.timedelta(days=r.randint(3, 9))
    s, e = notice + dt.timedelta(days=5), notice + dt.timedelta(days=5 + 16 * 7)
    d = Page("Wrenfield Community Health Plan  -  Utilization Management", margins=(24, 18, 24), serif=True)
    d.add_page()
    d.text_line("Wrenfield Community Health Plan", 15, "B", h=7)
    d.text_line("Utilization Management  .  88 Tanner Row, Calder Springs, CO 81003", 9, h=5)
    d.ln(8)
    d.text_line(fmt_date(notice, "wlong"), 10, h=6)
    d.ln(3)
    d.para(f"{doc}\nRiverbend Gastroenterology Associates\n1200 Mill Race Drive\nPueblo, CO 81003", 10, gap=5)
    d.text_line("Approval after peer-to-peer review", 11.5, "B", h=7)
    d.para(f"Dear Dr. Holloway: thank you for speaking with our physician reviewer on {fmt_date(notice, 'long')} "
           f"about your patient {f['member']} (member number {mid}, born {fmt_date(f['dob'], 'long')}).", 10.5)
    d.para("You explained that the patient lost response on the every-8-week schedule, with a low infliximab trough "
           "level and no antibodies, and sent the endoscopy report. On that basis our earlier decision is changed: "
           "we approve infliximab-dyyb (Q5103) at 10 mg/kg every 4 weeks, with infusion administration (96413, "
           f"96415), for 16 weeks, from {fmt_date(s, 'long')} through {fmt_date(e, 'long')}. The authorization "
           f"number is {auth}; please put it on each claim.", 10.5)
    d.para("Before the approval ends, send a new request with a repeat trough level if the patient is to continue "
           "every 4 weeks; otherwise claims after that date will be paid on the every-8-week schedule. This approval "
           "is not a guarantee of payment; benefits depend on eligibility on the date of service.", 10.5)
    d.para("Sincerely,\n\nMedical Director, Utilization Management\nWrenfield Community Health Plan\n"
           f"cc: {f['member']}", 10.5)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[auth],
              service_dates=[iso(s, e)], denial_date=iso(notice), provider=doc,
              alternates={"service_dates": [[], [iso(s)]], "case_numbers": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: claim hold, records needed (photocopy)
def doc_hold(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Tollhouse Benefit Plans"
    mid, grp = f"{r.digits(3)}-{r.digits(3)}-{r.digits(3)}", f"TB{r.digits(4)}"
    claim = f"{r.digits(2)}-{r.digits(8)}"
    center = "Saint Verity Hospital Outpatient Infusion"
    dos = f["d0"] + dt.timedelta(days=28)
    notice = dos + dt.timedelta(days=r.randint(14, 22))
    amt = total(infusion_lines(r, kg=66))
    d = Page(None, margins=(18, 16, 18))
    d.add_page()
    d.text_line("TOLLHOUSE BENEFIT PLANS", 13, "B", h=7)
    d.text_line("Claims Review  -  PO Box 340, Fenwick, PA 16501", 8.8, h=5)
    d.rule(0.3, 4)
    d.text_line("WE NEED MORE INFORMATION ABOUT YOUR CLAIM", 11.5, "B", h=7)
    for lab, val in [("LETTER DATE", fmt_date(notice, "dmy")), ("PATIENT", f["member"]), ("MEMBER", mid),
                     ("GROUP", grp), ("CLAIM", claim), ("RECEIVED", fmt_date(dos + dt.timedelta(days=6), "dmy"))]:
        d.font(8, "B")
        d.cell(32, 5.5, lab)
        d.font(9.6)
        d.cell(0, 5.5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(f"We received a claim from {center} for an infliximab infusion on {fmt_date(dos, 'long')}, with charges of "
           f"{fmt_money(amt)}. This is not a denial. Your claim is on hold while we review it.", 10)
    d.para("Our records show the infusion before this one was given only four weeks earlier. Your plan covers "
           "maintenance infusions every 8 weeks unless the records show a reason for a shorter schedule. We have "
           "asked the infusion center and your doctor for the infusion log, the most recent infliximab trough level "
           "and antibody test, and the last office note.", 10)
    d.para("If we receive the records within 45 days of this letter, we will finish our review and send you a "
           "decision. If we do not receive them, we will decide the claim with the information we have.", 10)
    d.set_fill_color(235, 235, 235)
    d.font(8.6)
    d.multi_cell(0, 4.6, "Example only: if the claim is paid, a member with 20% coinsurance on a $1,000.00 allowed "
                 "amount would owe $200.00. Your share depends on your plan.", fill=True, new_x="LMARGIN",
                 new_y="NEXT")
    d.ln(3)
    d.para("Questions? Call Member Services at 1-555-0142 (TTY 711). Form TBP-HOLD-12.", 9)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(notice),
              provider=center)
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: plan prose letter, interval (phone photo)
def doc_prose(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Meridale Health Maintenance Organization"
    mid, grp = f"MD{r.digits(8)}", f"{r.digits(7)}"
    claim = f"{r.digits(4)} {r.digits(4)} {r.digits(4)}"
    old = f"{r.digits(4)} {r.digits(4)} {r.digits(4)}"
    center = "Fairhollow Infusion Partners"
    doc = "Dr. Naomi R. Fairchild"
    dos = f["d0"] + dt.timedelta(days=28)
    notice = dos + dt.timedelta(days=r.randint(24, 35))
    lines = infusion_lines(r, kg=88)
    amt = total(lines)
    d = Page(None, margins=(26, 20, 26), serif=True)
    d.add_page()
    d.text_line("Meridale Health", 17, "B", align="C", h=8)
    d.text_line(ins + "  .  Member Services " + ph(r), 8.6, align="C", h=5)
    d.ln(10)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    d.ln(3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"We have finished processing claim {claim}, sent by {center} for the infliximab infusion you received "
           f"on {fmt_date(dos, 'long')}, ordered by {doc}. The charges on the claim were {fmt_money(amt)}. We are "
           "not able to pay this claim.", 10.5)
    d.para("Why: after the first three loading doses, infliximab is given every 8 weeks. This infusion came 4 weeks "
           f"after your infusion of {fmt_date(f['d0'], 'long')}, which we paid under claim {old}. Our pharmacy "
           "policy covers a 4-week schedule only when tests show the drug level has dropped. No such tests were sent, "
           "so the early infusion was not medically necessary.", 10.5)
    d.para(f"Your coverage: member ID {mid}, group {grp}. Your next infusion on the 8-week schedule is covered.", 10.5)
    d.para("If you disagree, you or someone you name may appeal within 180 days of the date of this letter. Write to "
           "Meridale Appeals, 15 Quarry Street, Erie, PA 16501. You may send records and ask for copies of the "
           "documents we used, free of charge. Our phone lines will have holiday hours on November 26, 2026.", 10.5)
    d.para("Sincerely,\nMeridale Health Claims Department", 10.5)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[claim.replace(" ", "")], claim_amount=m2(amt),
              service_dates=[iso(dos)], denial_date=iso(notice), provider=center,
              appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"insurer": ["Meridale Health"], "provider": [doc]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: MA integrated denial notice (low res)
def doc_idn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Sunward Advantage Health Plan"
    mid = f"SA{r.digits(9)}"
    ref = f"{r.digits(8)}-{r.digits(2)}"
    doc = "Dr. Jasper L. Kessler"
    notice = f["d0"] + dt.timedelta(days=r.randint(2, 8))
    planned = notice + dt.timedelta(days=r.randint(6, 12))
    d = Page("Form CMS-10003-NDMCP  OMB Approval 0938-0829  |  H5521_NDMCP_0426_C", margins=(18, 14, 18))
    d.add_page()
    d.text_line("Sunward Advantage Health Plan (HMO)", 12, "B", h=6)
    d.ln(1)
    d.boxes([("Date", fmt_date(notice, "slash"), 40), ("Member number", mid, 50), ("Name", f["member"], 90)], h=10.5)
    d.ln(4)
    d.text_line("Notice of Denial of Medical Coverage (or Payment)", 13, "B", align="C", h=8)
    d.ln(2)
    d.para(f"We have denied the medical coverage listed below that your doctor, {doc}, requested on your behalf. "
           f"Reference number {ref}.", 10)
    d.text_line("What we denied:", 10.5, "B", h=6)
    d.para(f"Infliximab-dyyb (Q5103) infusions every 4 weeks, starting {fmt_date(planned, 'slash')}, at the "
           "Sunward outpatient infusion clinic.", 10)
    d.text_line("Why we denied it:", 10.5, "B", h=6)
    d.para("Medicare covers this Part B drug when it is given in line with its FDA labeling and accepted medical "
           "practice. The labeled maintenance schedule is every 8 weeks. Your records do not show a loss of response "
           "that supports a 4-week schedule. The request is not medically necessary (Evidence of Coverage, Chapter "
           "4, Section 2.1). Infusions every 8 weeks remain approved.", 10)
    d.text_line("You have the right to appeal our decision", 10.5, "B", h=6)
    d.para("You have the right to ask Sunward Advantage Health Plan to review our decision by asking us for an "
           "appeal. Ask within 65 days from the date of this notice. We can give you more time if you have a good "
           "reason for missing the deadline.", 10)
    d.para("Standard appeal: we will answer within 30 days. Fast appeal: if you or your doctor believe your health "
           "could be seriously harmed by waiting, ask for a fast appeal; we will answer within 72 hours. Your doctor "
           "can ask for either kind of appeal for you.", 10)
    d.para("How to ask: call 1-555-0190 (TTY 711), 8 a.m. to 8 p.m., 7 days a week from October 1 to March 31, or "
           "write to Sunward Appeals, PO Box 9021, Yuma, AZ 85364.", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[ref], service_dates=[iso(planned)], denial_date=iso(notice), provider=doc,
              appeal_deadline=iso(notice + dt.timedelta(days=65)),
              alternates={"service_dates": [[]], "insurer": ["Sunward Advantage"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: appeal upheld (rotated)
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Pellucid Health Insurance Company"
    mid, grp = f"PH-{r.digits(8)}", f"{r.digits(4)}{r.letters(2)}"
    claim, appeal = f"C{r.digits(11)}", f"APL-26-{r.digits(5)}"
    center = "Ashgrove Specialty Infusion"
    dos = f["d0"] + dt.timedelta(days=28)
    notice = dos + dt.timedelta(days=r.randint(80, 100))
    amt = total(infusion_lines(r, kg=70))
    d = Page("Pellucid Health  |  Member Appeals  |  {p} of {n}", margins=(18, 16, 18))
    d.add_page()
    d.text_line("Pellucid Health Insurance Company", 14, "B", h=7)
    d.text_line("Member Appeals Unit  -  30 Harbor View Road, Bangor, ME 04401", 8.8, h=5)
    d.ln(4)
    d.text_line("APPEAL DECISION - DENIAL UPHELD", 12, "B", h=7)
    d.ln(1)
    d.set_line_width(0.3)
    cells = [("Decision date", fmt_date(notice, "upper")), ("Appeal no.", appeal), ("Claim no.", claim),
             ("Member", f["member"]), ("ID", mid), ("Group", grp), ("Infusion date", fmt_date(dos, "upper")),
             ("Billed", fmt_money(amt, "usd"))]
    for i in range(0, 8, 4):
        x0, y0 = d.l_margin, d.get_y()
        for j, (lab, val) in enumerate(cells[i:i + 4]):
            d.set_xy(x0 + j * 45, y0)
            d.font(7, "B")
            d.cell(45, 4.5, lab, border="LTR")
            d.set_xy(x0 + j * 45, y0 + 4.5)
            d.font(9.4)
            d.cell(45, 6, val, border="LBR")
        d.set_xy(x0, y0 + 10.5)
    d.ln(5)
    d.para(f"You appealed our denial of the infliximab infusion billed by {center}. A board-certified "
           "gastroenterologist who took no part in the first decision reviewed the appeal, your infusion history and "
           "the notes from your doctor.", 10)
    d.text_line("Findings", 10.5, "B", h=6)
    for n, s in enumerate(["Your infusions were scheduled every 4 weeks from the start of maintenance.",
                           "The records sent contain no drug level, antibody test or disease activity score showing "
                           "loss of response on the 8-week schedule.",
                           "The plan's infliximab policy covers shorter intervals only when such loss is shown.",
                           "The infusion was therefore not medically necessary; the denial is upheld."], 1):
        d.para(f"{n}.  {s}", 10, gap=1.2)
    d.ln(2)
    d.text_line("What you can do next", 10.5, "B", h=6)
    d.para("This is our final internal decision. You may ask for an independent external review within 4 months of "
           "receiving this letter. You may also bring a civil action under section 502(a) of ERISA. Call "
           "1-555-0177 with questions.", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[appeal, claim], claim_amount=m2(amt), service_dates=[iso(dos)],
              denial_date=iso(notice), provider=center, alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_eob, "three_claim_eob", "born_digital"), (2, doc_p2p, "p2p_approval", "scan_clean_300"),
              (3, doc_hold, "records_hold", "photocopy"), (4, doc_prose, "prose_letter", "phone_photo"),
              (5, doc_idn, "ma_idn", "scan_lowres_150"), (6, doc_appeal, "appeal_upheld", "rotated")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
