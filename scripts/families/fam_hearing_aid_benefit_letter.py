"""Family 'hearing_aid_benefit_letter': an invented health plan's letters on hearing aid claims.

Larkspur Vale Health Plan is fictional; its letterhead is either a parent line "OSTRANDER MUTUAL GROUP" above the
plan's name or "LARKSPUR VALE" over "Health Plan". Each letter has a reference block in one of three label sets, a
short table of the devices and fees (ear, HCPCS code, serial number, billed, plan allowance, plan paid), the reason in
plain words, decoys (the hearing test date, the trial period's end, serial numbers, a document control number, the
per-ear benefit amount, an example in an insert) and appeal rights. Kinds: the per-ear benefit maximum for 36 months
already used, hearing aids not covered under the plan, an out-of-network audiologist, a partial reimbursement above
the allowance, a claim sent after the filing limit, devices dispensed after coverage ended, and one approval.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundn_famr2 import AUDIOLOGISTS, address, days, fdate, iso, m2, mixed, npi, person, phone, usd

FAMILY = "hearing_aid_benefit_letter"
LANG = "en"
INSURER = "Larkspur Vale Health Plan"
SANS_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
DEVICES = [("V5261", "Hearing aid, digital, binaural, behind the ear (pair)", 5180.0),
           ("V5257", "Hearing aid, digital, monaural, behind the ear", 2640.0),
           ("V5256", "Hearing aid, digital, monaural, in the ear", 2395.0),
           ("V5160", "Dispensing fee, binaural", 420.0),
           ("V5241", "Dispensing fee, monaural", 240.0),
           ("V5275", "Ear impression, each", 65.0)]
# kind -> (document type, denial, denial alternates, title, reason paragraphs)
KINDS = {
    "maxreached": ("denial_letter", "not_covered", ["other"], "We paid part of your hearing aid claim", [
        "Your plan pays up to {per_ear} for one hearing aid per ear every 36 months. We paid for a hearing aid for "
        "your right ear on {prior}, so the 36 months for that ear have not passed. The left-ear hearing aid is "
        "paid up to the benefit. The right-ear hearing aid and its share of the fitting fee are denied: the "
        "benefit maximum for that ear has been reached."]),
    "excluded": ("denial_letter", "not_covered", [], "Your claim for hearing aids is denied", [
        "Your employer's plan does not include a hearing aid benefit. Hearing aids, their fitting and their "
        "batteries are listed as not covered in your Evidence of Coverage (Exclusions, section 6, item 14). "
        "Your hearing exam is a covered service and was processed on a separate claim."]),
    "oon": ("denial_letter", "out_of_network", ["not_covered"], "Notice of denial of payment", [
        "Your plan is an HMO. It pays for hearing aids only when they are fitted by an audiologist in the Larkspur "
        "Vale network, unless we approved an out-of-network provider in advance. {office} is not in our network, "
        "and no approval was on file. We cannot pay this claim. Network audiologists near you are listed in the "
        "provider directory."]),
    "partial": ("denial_letter", "not_covered", ["other"], "About your request for reimbursement", [
        "You asked us to pay you back for hearing aids fitted over several visits {span}. Your plan allows up to {per_pair} for a pair "
        "of hearing aids, fitting included, every 36 months. We paid that amount to you. The rest of the charges, "
        "above the plan's allowance, is not covered, and you are responsible for it."]),
    "timely": ("denial_letter", "timely_filing", ["other"], "Your reimbursement request was received too late", [
        "We must receive a request for reimbursement within 12 months of the date of purchase. Your hearing aids "
        "were dispensed on {dos_t}, and we received your request on {recv_t}, more than 12 months later. Because "
        "the request was not filed on time, we cannot pay it."]),
    "eligible": ("denial_letter", "eligibility", ["not_covered"], "We could not pay your hearing aid claim", [
        "Our records show that your coverage with Larkspur Vale ended on {term}. The hearing aids were dispensed "
        "on {dos_t}, after that date. We pay only for services received while you are enrolled, so the claim is "
        "denied. If you believe your coverage was still in force, send us proof (for example a premium receipt)."]),
    "approve": ("other", None, [], "Your hearing aid claim has been approved", [
        "Good news: we approved your claim for hearing aids. Your plan pays up to {per_ear} per hearing aid, one per "
        "ear every 36 months, and your claim is within that benefit. Payment went to the provider. You will get an "
        "Explanation of Benefits that shows the details."]),
}
LABELS = [dict(mem="Member", mid="Member ID", grp="Group", claim="Claim number", case=None, dos="Date of service",
               prov="Audiologist"),
          dict(mem="Patient", mid="ID number", grp="Group no.", claim="Claim #", case="Case number",
               dos="Dispensed on", prov="Provider"),
          dict(mem="Enrollee", mid="Subscriber ID", grp="Employer group #", claim="Claim no.", case="Reference no.",
               dos="Fitting date", prov="Dispensing audiologist")]


class LetterDoc(Doc):
    def __init__(self, serif: bool, foot: str):
        super().__init__("DejaVu", margins=(20, 14, 20))
        self.add_font("DejaVu", "B", SANS_B)
        self.add_font("Serif", "", SERIF)
        self.add_font("Serif", "B", SERIF_B)
        self.body = "Serif" if serif else "DejaVu"
        self.foot = foot

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 6.8)
        self.cell(0, 3.2, f"{self.foot}   Page {self.page_no()} of {{nb}}", align="C")

    def p(self, text: str, size: float = 9.4, gap: float = 2.2, style: str = ""):
        self.set_font(self.body, style, size)
        self.multi_cell(0, size * 0.47, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)


def letterhead(d: LetterDoc, style: int) -> None:
    y0 = d.get_y()
    if style == 0:
        d.set_font("DejaVu", "", 8)
        d.cell(110, 4.5, "OSTRANDER MUTUAL GROUP", new_x="LMARGIN", new_y="NEXT")
        d.set_font("DejaVu", "B", 15)
        d.cell(110, 7, "Larkspur Vale Health Plan")
    else:
        d.set_font("DejaVu", "B", 20)
        d.cell(110, 8, "LARKSPUR VALE", new_x="LMARGIN", new_y="NEXT")
        d.set_font("DejaVu", "", 11)
        d.cell(110, 5.5, "Health Plan")
    d.set_font("DejaVu", "", 7)
    d.set_xy(130, y0 + 0.5)
    d.multi_cell(0, 3.2, "Member Services\n3380 Quarrystone Parkway\nHollin Ferry, WY 82009\n1-866-555-5471 (TTY 711)",
                 align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 18)
    d.rule(0.5, 3)


def ref_block(d: LetterDoc, f: dict) -> None:
    lab, fd = f["lab"], f["fd"]
    rows = [(lab["mem"], f["name"]), (lab["mid"], f["mid"]), (lab["grp"], f["group"]), (lab["claim"], f["claim"])]
    if lab["case"]:
        rows.append((lab["case"], f["case"]))
    rows += [(lab["prov"], f"{f['aud']}, {f['office']} (NPI {f['npi']})"),
             (lab["dos"], f["dos_text"]), ("Hearing test date", fd(f["audiogram"])),
             ("Claim received", fd(f["received"]))]
    for k, v in rows:
        d.set_font("DejaVu", "B", 8.6)
        d.cell(42, 4.6, k + ":")
        d.set_font("DejaVu", "", 8.6)
        d.cell(0, 4.6, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def devices_table(d: LetterDoc, f: dict) -> None:
    ms = f["ms"]
    rows = [[x["ear"], x["code"], x["desc"][:50], x["serial"], usd(x["fee"], ms), usd(x["allow"], ms),
             usd(x["paid"], ms)] for x in f["lines"]]
    rows.append(["*Total", "", "", "", usd(f["total"], ms), usd(sum(x["allow"] for x in f["lines"]), ms),
                 usd(sum(x["paid"] for x in f["lines"]), ms)])
    d.table(["Ear", "HCPCS", "Device or service", "Serial no.", "Billed", "Allowance", "Plan paid"], rows,
            [11, 14, 68, 22, 19, 20, 20], size=7.4, aligns="LLLLRRR", head_fill=True, row_h=4.8)


def appeal(d: LetterDoc, f: dict) -> None:
    fd = f["fd"]
    when = {"within": "within 180 days of the date of this letter", "by": f"no later than {fd(f['deadline'])}",
            "receive": "within 180 days from the day you get this letter"}[f["dl"]]
    d.p("Your right to appeal", 10, 1, "B")
    d.p(f"If you think we made a mistake, you can ask for an appeal {when}. Call Member Services or write to "
        "Larkspur Vale Health Plan, Appeals Unit, PO Box 71290, Hollin Ferry, WY 82003. Send any papers that help, "
        "such as the audiologist's notes. You may ask, free of charge, for copies of the documents we used. If "
        "your appeal is denied you may ask for an independent external review within 4 months of that decision.")
    d.p("Help in other languages: Si necesita ayuda en español, llame al 1-866-555-5471.", 8.4)


def insert(d: LetterDoc, f: dict) -> None:
    d.set_fill_color(238, 238, 238)
    d.set_font("DejaVu", "", 7.6)
    d.multi_cell(0, 3.6, "HEARING HEALTH TIPS (insert). Example of how an allowance works: if a pair of hearing aids "
                         "costs $4,800.00 and the allowance is $3,000.00, the plan pays $3,000.00 and you pay "
                         "$1,800.00. Batteries and cleaning kits are not covered. DCN " + f["dcn"] + ".",
                 fill=True, new_x="LMARGIN", new_y="NEXT")


def build(f: dict) -> bytes:
    doc_type, denial, _, title, reasons = KINDS[f["kind"]]
    d = LetterDoc(f["serif"], f"Form LVHP-HA-210 (10/2025)   Printed {fdate(f['printed'], 'slash')}")
    d.add_page()
    letterhead(d, f["lh"])
    d.p(f["fd"](f["notice"]), 9.4, 3)
    d.p(f"{f['name']}\n{f['addr'][0]}\n{f['addr'][1]}", 9.4, 4)
    d.p(title, 11.5, 2, "B")
    ref_block(d, f)
    d.p(f"Dear {f['name'].split()[0]} {f['name'].split()[-1]}:")
    fill = dict(per_ear=usd(f["per_ear"], f["ms"]), per_pair=usd(2 * f["per_ear"], f["ms"]),
                prior=f["fd"](f["prior"]), office=f["office"], span=f["span_text"], dos_t=f["fd"](f["dos"]),
                recv_t=f["fd"](f["received"]), term=f["fd"](f["term"]))
    for t in reasons:
        d.p(t.format(**fill))
    devices_table(d, f)
    d.p(f"A 45-day trial period for these hearing aids ends on {f['fd'](f['trial'])}. Returns within the trial are "
        "handled by your audiologist.", 8.6)
    if denial:
        appeal(d, f)
    d.p(f"Sincerely,\nMember Services\n{INSURER}", 9.4, 2)
    insert(d, f)
    return pdf_bytes(d)


def lines(r: random.Random, kind: str, per_ear: float) -> list[dict]:
    pair = kind in ("maxreached", "partial", "oon", "approve")
    picks = [DEVICES[1], DEVICES[1], DEVICES[3]] if pair else [DEVICES[2], DEVICES[4], DEVICES[5]]
    ears = ["Left", "Right", "Both"] if pair else ["Left", "Left", "Left"]
    out = []
    for (code, desc, fee), ear in zip(picks, ears):
        fee = fee + r.choice([0, 35, 110, -60])
        allow = {"maxreached": per_ear if ear == "Left" else (fee / 2 if ear == "Both" else 0.0),
                 "partial": per_ear if ear != "Both" else 0.0, "approve": min(fee, per_ear)}.get(kind, 0.0)
        if kind == "maxreached" and ear == "Both":
            allow = round(fee / 2, 2)
        out.append(dict(ear=ear, code=code, desc=desc, fee=fee, allow=allow, paid=allow,
                        serial=mixed(r, "SN99A9999") if code.startswith("V52") else "-"))
    return out


def facts(r: random.Random, kind: str, ds: str, dl: str, li: int, ms: str, lh: int, serif: bool, span: bool) -> dict:
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 190))
    dos = days(notice, -r.randint(25, 50) - (400 if kind == "timely" else 0))
    aud, office = r.choice(AUDIOLOGISTS)
    per_ear = float(r.choice([1500, 1750, 2000]))
    fd = lambda x: fdate(x, ds)  # noqa: E731
    f = dict(kind=kind, ds=ds, dl=dl, lab=LABELS[li], ms=ms, lh=lh, serif=serif, fd=fd, notice=notice, dos=dos,
             name=person(r), addr=address(r), mid=mixed(r, "LV999999A99"), group=mixed(r, r.choice(
                 ["99999-A", "GRP9999", "A99-9999"])), claim=mixed(r, "99A999999999"), case=mixed(r, "HA-26-99999"),
             aud=aud, office=office, npi=npi(r), audiogram=days(dos, -r.randint(14, 40)),
             received=days(notice, -r.randint(6, 12)), per_ear=per_ear, prior=days(dos, -r.randint(200, 700)),
             term=days(dos, -r.randint(10, 40)), trial=days(dos, 45), printed=days(notice, -2),
             dcn=mixed(r, "9999A99999"), deadline=days(notice, 180), span=span)
    f["lines"] = lines(r, kind, per_ear)
    f["total"] = sum(x["fee"] for x in f["lines"])
    f["end"] = days(dos, r.randint(7, 14))
    f["span_text"] = (f"from {fdate(dos, 'long').rsplit(',', 1)[0]} through {fdate(f['end'], 'long')}" if span
                      else f"on {fd(dos)}")
    f["dos_text"] = f"{fd(dos)} - {fd(f['end'])}" if span else fd(dos)
    return f


def make_truth(f: dict) -> dict:
    doc_type, denial, dalts = KINDS[f["kind"]][:3]
    alts: dict = {"provider": [f["office"]]}
    cases = [f["claim"]] + ([f["case"]] if f["lab"]["case"] else [])
    if f["lab"]["case"]:
        alts["case_numbers"] = [[f["claim"]]]
    dates = [iso(f["dos"], f["end"])] if f["span"] else [iso(f["dos"])]
    if f["span"]:
        alts["service_dates"] = [[iso(f["dos"])], [iso(f["dos"]), iso(f["end"])]]
    deadline = {"within": f["deadline"], "by": f["deadline"], "receive": None}[f["dl"]] if denial else None
    if denial and f["dl"] == "receive":
        alts["appeal_deadline"] = [iso(f["deadline"])]
    amount = m2(f["total"])
    if f["kind"] == "maxreached":
        alts["claim_amount"] = [m2(sum(x["fee"] - x["paid"] for x in f["lines"] if x["ear"] != "Left"))]
    return truth(doc_type, denial, insurer=INSURER, group_number=f["group"], member_id=f["mid"], member_name=f["name"],
                 case_numbers=cases, claim_amount=amount, service_dates=dates, denial_date=iso(f["notice"]),
                 provider=f["aud"], appeal_deadline=iso(deadline) if deadline else None, alternates=alts,
                 denial_alternates=dalts, type_alternates=["eob"] if denial in ("not_covered",) else [])


# (stem, condition, kind, date style, deadline style, label set, money style, letterhead, serif, span in a sentence)
PLAN = [
    ("hearing_aid_benefit_letter_bd_maxreached", "born_digital", "maxreached", "long", "within", 0, "plain", 0, True,
     False),
    ("hearing_aid_benefit_letter_bd_approve", "born_digital", "approve", "slash", "within", 1, "nosign", 1, False,
     False),
    ("hearing_aid_benefit_letter_scan_partial", "scan_clean_300", "partial", "long", "by", 2, "plain", 1, False, True),
    ("hearing_aid_benefit_letter_low_oon", "scan_lowres_150", "oon", "abbr", "receive", 1, "usd", 0, True, False),
    ("hearing_aid_benefit_letter_copy_excluded", "photocopy", "excluded", "iso", "within", 2, "bare", 0, False, False),
    ("hearing_aid_benefit_letter_faxs_timely", "fax_standard_g4", "timely", "slash", "by", 0, "plain", 1, False,
     False),
    ("hearing_aid_benefit_letter_phone_eligible", "phone_photo", "eligible", "dmy", "within", 1, "nosign", 0, True,
     False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ds, dl, li, ms, lh, serif, span) in enumerate(PLAN):
        f = facts(random.Random(13700 + i), kind, ds, dl, li, ms, lh, serif, span)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
