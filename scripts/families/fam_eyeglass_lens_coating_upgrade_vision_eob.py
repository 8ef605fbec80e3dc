"""Family 'eyeglass_lens_coating_upgrade_vision_eob': an invented vision plan pays the eye exam and basic lenses
but refuses anti-reflective coating and progressive (no-line) lens upgrades beyond the lens allowance.

Documents: a born-digital member vision EOB with two claims (exam paid, materials with the coating and progressive
lines refused); a scanned optical store invoice (denies nothing); a standard-fax stack of a cover sheet, the
member's filled out-of-network reimbursement form and the plan's boxed reimbursement determination; a phone photo
of a paid exam-only EOB (denies nothing); a photocopied prose letter refusing the progressive upgrade; a sideways
upheld appeal; a low-resolution approval of polycarbonate lenses for a child. Decoys: DOB, NPI, frame allowance,
benefit periods, order numbers, received dates, other claims, 72-hour and 4-month limits, form numbers. All invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "eyeglass_lens_coating_upgrade_vision_eob"
LANG = "en"
SEED = 337000
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
INS = "Lumenpoint Vision Plan"
SHOPS = ["Brightframe Optical", "Harbor Lens & Frame", "Clearwater Eyewear Studio"]
ODS = [("Jasper", "Lomax"), ("Mei", "Tanaka"), ("Gideon", "Szabo"), ("Leticia", "Ibarra")]


class Page(Doc):
    def __init__(self, foot=None, header=None, margins=(18, 14, 18)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)

    def labels(self, rows, lw=46, size=9.4, h=5.3):
        for lab, val in rows:
            self.font(size, "B")
            self.cell(lw, h, lab)
            self.font(size)
            self.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


def base(r: Rand) -> dict:
    name, first, mi, last = r.person()
    dos = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 90))
    of, ol = r.choice(ODS)
    return dict(name=name, first=first, last=last, addr=r.address(), dos=dos, od=f"{of} {ol}", shop=r.choice(SHOPS),
                dob=dt.date(r.randint(1955, 1998), r.randint(1, 12), r.randint(1, 28)), ph=r.phone(), npi=r.npi(),
                mid=f"LVP{r.digits(8)}", grp=f"V{r.digits(6)}", ar=float(r.choice([95, 110, 125, 140])),
                prog=float(r.choice([150, 175, 210, 240])), lens=float(r.choice([90, 105, 120])),
                frame=float(r.choice([189, 219, 245, 279])), exam=float(r.choice([125, 140, 165])))


# ---------------------------------------------------------------- 0: member EOB, exam paid, materials refused (bd)
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    stmt = f["dos"] + dt.timedelta(days=r.randint(18, 30))
    c1, c2 = f"{r.digits(10)}", f"{r.digits(10)}"
    mat = f["lens"] + f["ar"] + f["prog"]
    d = Page(f"{INS} · VEOB-2 · {{p}}/{{n}}", margins=(16, 12, 16))
    d.add_page()
    d.text_line("LUMENPOINT", 20, "B", h=9)
    d.text_line("Vision Plan  ·  Explanation of Benefits  ·  This is not a bill", 9, h=5)
    d.ln(3)
    d.labels([("Statement date", fmt_date(stmt, "abbr")), ("Member", f["name"]), ("Member ID", f["mid"]),
              ("Group", f["grp"]), ("Date of birth", fmt_date(f["dob"], "abbr")),
              ("Benefit period", "Jan 1, 2026 - Dec 31, 2026"),
              ("Claims processed", f"{fmt_date(stmt - dt.timedelta(days=14), 'abbr')} - {fmt_date(stmt, 'abbr')}")],
             lw=40, size=9.2)
    d.ln(2)
    d.text_line(f"Claim {c1}  -  Eye exam  -  {f['od']}, OD", 9.4, "B", h=6)
    d.table(["Date", "Code", "Service", "Billed", "Plan paid", "You owe", "Note"],
            [[fmt_date(f["dos"], "slash"), "92014", "Comprehensive eye exam", fmt_money(f["exam"]),
              fmt_money(f["exam"] - 10), "$10.00", "P1"]], [24, 18, 56, 24, 22, 20, 14], size=8.3)
    d.text_line(f"Claim {c2}  -  Eyeglass lenses  -  {f['shop']}", 9.4, "B", h=6)
    d.table(["Date", "Code", "Service", "Billed", "Plan paid", "You owe", "Note"],
            [[fmt_date(f["dos"], "slash"), "V2203", "Single vision lenses (pair)", fmt_money(f["lens"]),
              fmt_money(f["lens"] - 25), "$25.00", "P2"],
             [fmt_date(f["dos"], "slash"), "V2781", "Progressive lens upgrade", fmt_money(f["prog"]), "$0.00",
              fmt_money(f["prog"]), "D4"],
             [fmt_date(f["dos"], "slash"), "V2750", "Anti-reflective coating", fmt_money(f["ar"]), "$0.00",
              fmt_money(f["ar"]), "D4"],
             ["*Claim total", "", "", fmt_money(mat), fmt_money(f["lens"] - 25), fmt_money(f["ar"] + f["prog"] + 25), ""]],
            [24, 18, 56, 24, 22, 20, 14], size=8.3)
    d.para("P1 - Paid in full after your exam copay. P2 - Basic lenses paid after your materials copay. "
           "D4 - Lens option not covered: your plan pays basic plastic lenses only; anti-reflective coating and "
           "progressive (no-line) upgrades are not covered beyond the lens allowance. Your frame allowance of "
           "$150.00 was not used on this claim.", 8.6)
    d.para("You may appeal a denied service within 180 days from the date of this statement. For urgent matters "
           f"we respond within 72 hours. Questions: {f['ph']}.", 8.6)
    t = truth("eob", "not_covered", insurer=INS, group_number=f["grp"], member_id=f["mid"], member_name=f["name"],
              case_numbers=[c2], claim_amount=m2(mat), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=f["shop"], appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              alternates={"claim_amount": [m2(f["ar"] + f["prog"])]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: optical invoice (scan 300)
def doc_invoice(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    inv = f"INV-{r.digits(6)}"
    plan_paid = f["lens"] - 25 + 150.0
    total = f["frame"] + f["lens"] + f["ar"] + f["prog"]
    due = total - plan_paid
    d = Page(None, margins=(20, 14, 20))
    d.add_page()
    d.text_line(f["shop"], 16, "B", h=8)
    d.text_line(f"{f['addr'][1]}  ·  {f['ph']}  ·  NPI {f['npi']}", 8.6, h=5)
    d.ln(3)
    d.text_line("INVOICE / RECEIPT", 11, "B", h=6)
    d.labels([("Invoice", inv), ("Date", fmt_date(f["dos"], "mdy_nopad")), ("Customer", f["name"]),
              ("Order #", f"ORD{r.digits(5)}"), ("Insurance", f"{INS} - ID {f['mid']}"),
              ("Dispensing optician", f"{r.choice(['Colin Strand', 'Naomi Greer'])}, ABOC")], lw=40, size=9.4)
    d.ln(2)
    rows = [["Frame - Marlowe 52-18", fmt_money(f["frame"])], ["Lenses - plastic, single vision", fmt_money(f["lens"])],
            ["Progressive upgrade (premium)", fmt_money(f["prog"])], ["Anti-reflective coating", fmt_money(f["ar"])],
            ["*Total charges", fmt_money(total)], ["Insurance paid (estimate)", "-" + fmt_money(plan_paid)],
            ["*Paid by customer today", fmt_money(due)]]
    d.table(["Item", "Amount"], rows, [130, 40], size=9.2, aligns="LR")
    d.para("Lens options are not covered by your vision plan beyond the lens allowance and are your responsibility. "
           "Glasses ready in 7-10 business days. 30-day remake guarantee.", 8.8)
    t = truth("other", None, member_id=f["mid"], member_name=f["name"], case_numbers=[], claim_amount=m2(total),
              service_dates=[iso(f["dos"])], denial_date=iso(f["dos"]), provider=f["shop"], unscored=["insurer"],
              alternates={"claim_amount": [m2(due), None], "member_id": [None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: fax stack: OON form + determination
def doc_oon_form(r: Rand, f: dict) -> tuple[bytes, dict]:
    f["signed"] = f["dos"] + dt.timedelta(days=r.randint(3, 8))
    d = Page("Form LVP-OON-5 (08/2025)", margins=(16, 12, 16))
    d.add_page()
    d.text_line("LUMENPOINT VISION PLAN", 13, "B", h=7)
    d.text_line("Out-of-Network Reimbursement Form", 11, "B", h=6)
    d.para("Attach an itemized receipt showing each service and amount paid. Mail to Lumenpoint Claims, PO Box 4410, "
           "Erie, PA 16501. Allow 30 days for processing.", 8.4)
    d.boxes([("Member ID", f["mid"], 44), ("Group", f["grp"], 32), ("Patient name", f["name"], 64),
             ("Patient DOB", f["dob"].strftime("%m/%d/%Y"), 38)])
    d.boxes([("Provider / store", f["shop"], 80), ("Date of service", f["dos"].strftime("%m/%d/%Y"), 40),
             ("Provider phone", f["ph"], 58)])
    d.ln(2)
    d.table(["Service", "Amount paid"], [["Eyeglass lenses (pair)", fmt_money(f["lens"])],
                                         ["Anti-reflective coating", fmt_money(f["ar"])],
                                         ["*Total paid", fmt_money(f["lens"] + f["ar"])]], [130, 48], size=9,
            aligns="LR", border_head="TB")
    d.boxes([("Member signature", f["name"], 110), ("Date", f["signed"].strftime("%m/%d/%Y"), 40)])
    t = truth("other", None, group_number=f["grp"], member_id=f["mid"], member_name=f["name"],
              claim_amount=m2(f["lens"] + f["ar"]), service_dates=[iso(f["dos"])], denial_date=iso(f["signed"]),
              provider=f["shop"], unscored=["insurer"], alternates={"denial_date": [None]})
    return pdf_bytes(d), t


def doc_oon_det(r: Rand, f: dict) -> tuple[bytes, dict]:
    claim = f"OON {r.digits(4)} {r.digits(4)}"
    notice = f["signed"] + dt.timedelta(days=r.randint(15, 25))
    total = f["lens"] + f["ar"]
    d = Page(None, margins=(18, 14, 18))
    d.add_page()
    d.text_line("LUMENPOINT VISION PLAN", 14, "B", h=7)
    d.text_line("OUT-OF-NETWORK REIMBURSEMENT DETERMINATION", 10.5, h=6)
    d.ln(2)
    d.boxes([("Notice date", fmt_date(notice, "dmy").upper(), 38), ("Member", f["name"], 62),
             ("Member ID", f["mid"], 42), ("Group", f["grp"], 36)])
    d.boxes([("Claim", claim, 48), ("Date of service", fmt_date(f["dos"], "dmy").upper(), 40),
             ("Submitted", fmt_money(total), 36), ("Form received", fmt_date(f["signed"] + dt.timedelta(days=4),
                                                                          "dmy").upper(), 54)])
    d.ln(3)
    d.table(["Item", "Submitted", "OON allowance", "Reimbursed"],
            [["Lenses, single vision", fmt_money(f["lens"]), "$40.00", "$40.00"],
             ["Anti-reflective coating", fmt_money(f["ar"]), "not covered", "$0.00"]], [70, 36, 36, 36], size=9,
            aligns="LRRR", border_head="TB")
    d.para(f"Provider: {f['shop']} (not a Lumenpoint network provider). We reimbursed your lenses up to the "
           "out-of-network lens allowance of $40.00. Lens coatings, including anti-reflective coating, are not "
           "a covered benefit in or out of network, so no part of that charge is reimbursed.", 9.2)
    d.para("You may request an appeal in writing within 180 days of the date of this notice. Expedited review "
           "(72 hours) is available for urgent situations.", 9.2)
    t = truth("denial_letter", "not_covered", insurer=INS, group_number=f["grp"], member_id=f["mid"],
              member_name=f["name"], case_numbers=[claim.replace(" ", "")], claim_amount=m2(total),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["shop"],
              appeal_deadline=iso(notice + dt.timedelta(days=180)), type_alternates=["eob"],
              denial_alternates=["out_of_network"], alternates={"claim_amount": [m2(f["ar"])]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    return Item(f"{FAMILY}_oon_form_and_determination_stack", "fax_standard_g4",
                [doc_oon_form(r, f), doc_oon_det(r, f)], separators=["cover", None])


# ---------------------------------------------------------------- 3: paid exam-only EOB (phone photo)
def doc_paid(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    stmt = f["dos"] + dt.timedelta(days=r.randint(14, 24))
    claim = f"{r.digits(3)}-{r.digits(7)}"
    d = Page(None, margins=(18, 14, 18))
    d.add_page()
    d.text_line("Lumenpoint Vision Plan", 15, "B", h=8)
    d.text_line("Explanation of Benefits", 10.5, h=6)
    d.boxes([("Statement date", fmt_date(stmt, "long"), 46), ("Patient", f["name"], 60), ("ID", f["mid"], 40),
             ("Group", f["grp"], 32)])
    d.boxes([("Claim", claim, 46), ("Provider", f"{f['od']}, OD", 66), ("Provider NPI", f["npi"], 66)])
    d.ln(3)
    d.table(["Date of service", "Service", "Billed", "Plan paid", "You owe"],
            [[fmt_date(f["dos"], "long"), "92004 Eye exam, new patient", fmt_money(f["exam"]),
              fmt_money(f["exam"] - 10), "$10.00"]], [40, 62, 24, 26, 26], size=8.8, border_head="TB")
    d.para("Good news: this claim was paid. You still have your lens and frame benefits for this benefit period "
           "(next eligible for an exam on Jan 1, 2027). Remember that lens options such as anti-reflective "
           "coating are not covered beyond the lens allowance.", 9)
    t = truth("eob", None, insurer=INS, group_number=f["grp"], member_id=f["mid"], member_name=f["name"],
              case_numbers=[claim], claim_amount=m2(f["exam"]), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=f["od"], alternates={"provider": [f"{f['od']}, OD"]}, type_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: prose letter, progressive upgrade (photocopy)
def doc_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    claim = f"{r.digits(2)}-{r.digits(8)}"
    notice = f["dos"] + dt.timedelta(days=r.randint(20, 30))
    d = Page(None, margins=(24, 18, 24))
    d.set_font("Times", "", 11)
    d.base_font = "Times"
    d.add_page()
    d.text_line("Lumenpoint Vision Plan", 17, "B", h=8)
    d.text_line("Member Services · 2260 Lantern Way · Fargo, ND 58102", 9, h=5)
    d.ln(6)
    d.para(f"{fmt_date(notice, 'long')}\n\n{f['name']}\n" + "\n".join(f["addr"]), 11)
    d.para(f"Dear {f['first']} {f['last']},", 11)
    d.para(f"We processed claim number {claim} from {f['shop']} for the glasses you received on "
           f"{fmt_date(f['dos'], 'long')} (member ID {f['mid']}, group {f['grp']}). The progressive lens upgrade, "
           f"billed at {fmt_money(f['prog'])}, is not covered. Your plan covers basic single vision, bifocal or "
           "trifocal lenses; progressive lenses are paid only up to the bifocal lens allowance, and the store "
           "already billed you the bifocal amount in a separate line that we paid.", 11)
    d.para("You may ask us to reconsider within 180 days of the date of this letter. Include any new information "
           f"you want us to see. Call us at {f['ph']}; TTY 711.", 11)
    d.para("Sincerely,\nLumenpoint Claims Review", 11)
    t = truth("denial_letter", "not_covered", insurer=INS, group_number=f["grp"], member_id=f["mid"],
              member_name=f["name"], case_numbers=[claim], claim_amount=m2(f["prog"]), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=f["shop"], appeal_deadline=iso(notice + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: upheld appeal (rotated)
def doc_upheld(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    claim, appeal = f"{r.digits(10)}", f"VA-{r.digits(7)}"
    first = f["dos"] + dt.timedelta(days=22)
    notice = first + dt.timedelta(days=r.randint(25, 40))
    amt = f["ar"] + f["prog"]
    d = Page(None, margins=(22, 16, 22))
    d.add_page()
    d.text_line("LUMENPOINT", 18, "B", h=9)
    d.text_line("Vision Plan · Appeals Unit", 9, h=5)
    d.ln(5)
    d.labels([("Date:", notice.isoformat()), ("Member:", f["name"]), ("Member ID:", f["mid"]),
              ("Appeal number:", appeal), ("Claim number:", claim)], lw=36, size=10)
    d.ln(3)
    d.text_line("Appeal decision: denial upheld", 12, "B", h=7)
    d.para(f"You appealed the denial of the anti-reflective coating and progressive lens upgrade on your glasses "
           f"from {f['shop']}, dispensed {f['dos'].isoformat()}, total {fmt_money(amt)}. Your optometrist, "
           f"{f['od']}, OD, wrote that you drive at night and that glare bothers you.", 10)
    d.para("Our decision: we upheld the denial. Lens coatings and progressive upgrades are cosmetic or convenience "
           "options under your plan. Glare complaints do not make them a covered benefit.", 10)
    d.para("You may file a second-level appeal within 60 days of the date of this letter. External review must be "
           "requested within 4 months.", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=f["mid"], member_name=f["name"],
              case_numbers=[appeal, claim], claim_amount=m2(amt), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=f["shop"], appeal_deadline=iso(notice + dt.timedelta(days=60)),
              alternates={"case_numbers": [[appeal]], "provider": [f["od"], f"{f['od']}, OD"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: approval, child polycarbonate (low-res)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    sub, pf, pmi, pl = r.person()
    child_first = r.choice(["Theo", "Brianna", "Mateo", "Harriet"])
    child = f"{child_first} {r.choice('ABCDEFGHJK')}. {f['last']}"
    auth = f"PA{r.digits(8)}"
    notice = f["dos"] - dt.timedelta(days=r.randint(5, 12))
    d = Page(None, margins=(20, 14, 20))
    d.add_page()
    d.text_line("Lumenpoint Vision Plan", 15, "B", h=8)
    d.rule()
    d.para(f"{fmt_date(notice, 'slash')}\n\nTo the parent or guardian of {child}\n" + "\n".join(f["addr"]), 10)
    d.text_line("Lens option approved", 12, "B", h=7)
    d.para(f"Member ID {f['mid']}. Authorization {auth}.", 10)
    d.para(f"{f['od']}, OD, asked us to cover polycarbonate lenses for {child}, age 9, for glasses to be "
           f"made on {fmt_date(f['dos'], 'slash')} at {f['shop']}. Polycarbonate lenses are covered in full for "
           "dependent children under 19. This request is approved. Other lens options, such as anti-reflective "
           "coating, remain your cost.", 10)
    t = truth("other", None, insurer=INS, member_id=f["mid"], member_name=child, case_numbers=[auth],
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["od"],
              alternates={"provider": [f"{f['od']}, OD", f["shop"]], "service_dates": [[]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_eob, "member_eob", "born_digital"), (1, doc_invoice, "optical_invoice", "scan_clean_300"),
              (3, doc_paid, "paid_exam_eob", "phone_photo"), (4, doc_letter, "progressive_letter", "photocopy"),
              (5, doc_upheld, "appeal_upheld", "rotated"), (6, doc_approval, "child_approval", "scan_lowres_150")]
    out = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    out.insert(2, item_stack(Rand(SEED + 2)))
    return out
