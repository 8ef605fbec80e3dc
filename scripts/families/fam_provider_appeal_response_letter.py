"""Family 'provider_appeal_response_letter': a health plan's answer to a provider's first-level payment appeal
(provider dispute), addressed to the practice's billing office, with the patient named in a RE: block and the
claim's lines in a table with the appeal decision per line: upheld (bundled code / modifier 59 not supported,
claim filed after the 90-day limit, non-participating provider without a referral, repeat MRI not necessary),
overturned (the claim will be reprocessed: denies nothing), partly overturned (one line paid, one line upheld for no
prior authorization).

Issuers (fictional, one layout each): Menheniot Health Plan (logo word over a rule, "Provider Appeals Unit"),
Polruan Health Insurance Company (parent-company line "Polruan Holdings, Inc." above its name, date on the right),
Chalgrove Health Partners (return-address block, letter reference line). Practices: Ystrad Valley Orthopaedics,
Trevanion Cardiology Associates, Lewistown Family Medicine.
Decoys: the date of the provider's appeal letter and the date it was received, the original remittance date and
check/EFT number, the practice's TIN and NPI, the patient account number, the 30-day reprocessing promise, the
state insurance department's complaint line, the member's own appeal rights sentence.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundx_famxb import clinician, days, digits, fdate, iso, local_phone, m2, mixed, npi, person, phone, usd

FAMILY = "provider_appeal_response_letter"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
INS = {"men": "Menheniot Health Plan", "pol": "Polruan Health Insurance Company", "cha": "Chalgrove Health Partners"}
PRACTICES = {"ortho": ("Ystrad Valley Orthopaedics", "2240 Ventonvean Avenue, Suite 310", "Havre, MT 59501"),
             "cardio": ("Trevanion Cardiology Associates", "88 Penwarden Street", "Rock Springs, WY 82901"),
             "fam": ("Lewistown Family Medicine", "417 Gilmorton Road", "Great Falls, MT 59405")}
LABELS = {1: ["Patient", "Member ID", "Claim number", "Appeal number", "Date of service", "Billed amount",
              "Rendering provider"],
          2: ["Member", "Subscriber ID", "Claim #", "Appeal ID", "Service date(s)", "Total charges", "Treating physician"],
          3: ["Patient name", "ID no.", "Original claim no.", "Provider dispute no.", "DOS", "Amount billed",
              "Provider"]}
# kind -> (doc type, denial, denial alternates, practice, lines [(cpt, desc, fee, decision)], decision paragraph)
KINDS = {
    "bundle": ("denial_letter", "coding_error", ["not_covered"], "ortho",
               [("29881", "Arthroscopy, knee, with meniscectomy", 4180.0, "Paid"),
                ("29877-59", "Arthroscopy, knee, debridement/shaving", 1620.0, "Upheld")],
               "DECISION: UPHELD. CPT 29877 is a component of 29881 when performed on the same knee at the same "
               "session, and the operative report does not describe a separate compartment or a separate incision "
               "that would support modifier 59. The denial of line 2 stands; line 1 was paid as originally "
               "processed."),
    "timely": ("denial_letter", "timely_filing", None, "fam",
               [("99214", "Office visit, established patient, moderate", 236.0, "Upheld"),
                ("93000", "Electrocardiogram, complete", 84.0, "Upheld")],
               "DECISION: UPHELD. Your participation agreement requires claims to reach us within 90 days of the "
               "date of service. We first received this claim 141 days after the service. The clearinghouse "
               "report you sent shows a rejected file, not an accepted claim, so it is not proof of timely "
               "submission. Under your agreement the member may not be billed for these charges."),
    "overturn": ("other", None, None, "cardio",
                 [("93306", "Echocardiography, transthoracic, complete", 1460.0, "Overturned"),
                  ("93356", "Myocardial strain imaging", 310.0, "Overturned")],
                 "DECISION: OVERTURNED. The records you sent show new shortness of breath and a change in the "
                 "heart exam, which meet our criteria for a repeat echocardiogram. We have reversed the original "
                 "denial. The claim will be reprocessed and payment issued within 30 days; you will receive a new "
                 "remittance advice."),
    "partial": ("denial_letter", "prior_authorization", ["other"], "ortho",
                [("20610", "Arthrocentesis, major joint", 312.0, "Overturned"),
                 ("J7325", "Hyaluronan injection, 48 mg", 1085.0, "Upheld")],
                "DECISION: PARTIALLY OVERTURNED. Line 1 (joint injection procedure) is overturned and will be "
                "paid. Line 2 (the hyaluronan drug) is upheld: this drug requires prior authorization, and no "
                "authorization was requested or on file for this date. A retroactive authorization cannot be "
                "granted for a scheduled, non-urgent injection."),
    "oon": ("denial_letter", "out_of_network", None, "cardio",
            [("93880", "Duplex scan, extracranial arteries, bilateral", 890.0, "Upheld")],
            "DECISION: UPHELD. The member's plan is an HMO that covers services from participating providers only, "
            "except for emergencies. Trevanion Cardiology Associates was not a participating provider on the date "
            "of service and there was no referral approved to a non-participating provider. The service was not an "
            "emergency."),
    "mri": ("denial_letter", "medical_necessity", None, "ortho",
            [("73721", "MRI, lower extremity joint, without contrast", 2140.0, "Upheld")],
            "DECISION: UPHELD. A physician reviewer board-certified in orthopaedic surgery reviewed the appeal. A "
            "knee MRI was done four months earlier, and the notes show no new injury, no change in the exam and "
            "no surgery being planned. A repeat MRI was not medically necessary."),
    "overturn2": ("other", None, None, "fam",
                  [("99215", "Office visit, established patient, high", 318.0, "Overturned")],
                  "DECISION: OVERTURNED. The visit note supports the level of service billed (high-complexity "
                  "medical decision making). The original reduction to 99213 is reversed and the claim will be "
                  "reprocessed at the billed level."),
}


class Page(Doc):
    def __init__(self, foot: str | None):
        super().__init__("DejaVu", footer=foot, margins=(20, 15, 20))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Page, f: dict, fd) -> None:
    if f["ins"] == "men":
        d.text_line("MENHENIOT", 21, "B", h=9)
        d.rule(0.7, 1.2)
        d.text_line("Menheniot Health Plan  ·  Provider Appeals Unit  ·  PO Box 9060, Salmon, ID 83467", 8, h=4)
        d.ln(6)
        d.text_line(fd(f["date"]), 10, h=5)
    elif f["ins"] == "pol":
        d.text_line("Polruan Holdings, Inc.", 7.5, h=3.8)
        d.text_line("Polruan Health Insurance Company", 14, "B", h=7)
        d.text_line("Provider Dispute Resolution  ·  3100 Kestle Parkway  ·  Lusk, WY 82225", 8, h=4)
        d.rule(0.3, 5)
        d.text_line(fd(f["date"]), 10, align="R", h=5)
    else:
        for ln, sz, st in (("Chalgrove Health Partners", 12, "B"), ("Appeals and Grievances - Provider", 9, ""),
                           ("PO Box 1147", 9, ""), ("Dillon, MT 59725", 9, "")):
            d.text_line(ln, sz, st, h=4.8)
        d.ln(4)
        d.text_line(f"Date: {fd(f['date'])}", 10, h=5)
        d.text_line(f"Our reference: PDR/{f['ref']}", 8.5, h=4.5)
    d.ln(4)


def letter(f: dict) -> bytes:
    L = LABELS[f["lab"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    mo = lambda v: usd(v, f["mo"])  # noqa: E731
    doc_type, den, _, prac, ls, decision = KINDS[f["kind"]]
    pname, pst, pcity = PRACTICES[prac]
    d = Page("Page {p} of {n}")
    d.add_page()
    letterhead(d, f, fd)
    for ln in ("Billing Office", pname, f"Attn: {f['contact']}, Appeals Coordinator", pst, pcity):
        d.text_line(ln, 10, h=4.8)
    d.ln(5)
    tot = sum(x[2] for x in ls)
    dos = fd(f["dos"]) if not f["span"] else f"{fd(f['dos'])} - {fd(f['dos2'])}"
    re_rows = [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["claim"]), (L[3], f["appeal_no"]), (L[4], dos),
               (L[5], mo(tot)), (L[6], f"{f['doc']}, MD")]
    if f["grp"]:
        re_rows.insert(2, ("Group", f["grp"]))
    re_rows.append(("Patient account #", f["acct"]))
    d.font(9.8, "B")
    d.cell(12, 5, "RE:")
    x0 = d.get_x()
    for k, v in re_rows:
        d.set_x(x0)
        d.font(9.5, "B")
        d.cell(46, 5, k)
        d.font(9.5)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para("Dear Appeals Coordinator:", 10, gap=2)
    d.para(f"We received your letter dated {fd(f['prov_letter'])} on {fd(f['received'])} asking us to reconsider "
           f"our payment of the claim above, first processed on remittance {f['remit']} dated "
           f"{fd(f['remit_date'])}. This is our decision on your first-level provider appeal.", 10, gap=3)
    rows = []
    for i, (cpt, desc, fee, dec) in enumerate(ls):
        dd = f["dos"] if not (f["span"] and i == len(ls) - 1) else f["dos2"]
        rows.append([str(i + 1), fdate(dd, "slash"), cpt, desc[:40], mo(fee), dec])
    rows.append(["*", "", "", "Claim total", mo(tot), ""])
    d.table(["Line", "Service date", "Code", "Description", "Billed", "Appeal decision"], rows,
            [11, 24, 18, 70, 22, 25], size=8.2, aligns="LLLLRL", head_fill=True)
    d.para(decision, 10, gap=3)
    if doc_type == "denial_letter":
        d.para(f["appeal"], 10, gap=2)
        d.para("This letter is about your appeal as the provider. The member has separate appeal rights, described "
               "in the member's Evidence of Coverage, and may not be balance billed for the denied amount.", 9, gap=3)
    else:
        d.para("No further action is needed from your office. If you have questions about the reprocessed "
               "payment, call Provider Services.", 10, gap=3)
    d.para(f"Provider Services: {f['ph']}   Fax: {local_phone(f['r'])}", 9.5, gap=3)
    d.para(f"Sincerely,\n\n{f['signer']}\nProvider Appeals Specialist\n{INS[f['ins']]}", 10, gap=3)
    d.font(7.5)
    d.cell(0, 4, f"TIN {f['tin']}   Billing NPI {f['npi']}   cc: {f['doc']}, MD", new_x="LMARGIN", new_y="NEXT")
    if f["ins"] == "pol":
        d.cell(0, 4, "You may also contact the Wyoming Insurance Department at 1-800-555-2417.",
               new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(d)


def facts(r: random.Random, ins: str, kind: str, lab: int, ds: str, dl: str, mo: str, span: bool, grp: bool) -> dict:
    date = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 250))
    dos = days(date, -r.randint(95, 200))
    f = dict(r=r, ins=ins, kind=kind, lab=lab, ds=ds, mo=mo, date=date, dos=dos, dos2=days(dos, 1), span=span,
             member=person(r), mid=mixed(r, "AA9999999") + "-0" + str(r.randint(1, 4)),
             grp=digits(r, 6) if grp else None, claim=digits(r, 13) if ins != "cha" else mixed(r, "9999AA999999"),
             appeal_no=mixed(r, "PA-26-99999") if ins != "pol" else mixed(r, "PDR9999999"),
             doc=clinician(r), contact=person(r).replace(". ", " ").split()[0] + " " + person(r).split()[-1],
             ph=phone(r), ref=digits(r, 6), acct=digits(r, 8), remit=mixed(r, "EFT99999999"),
             remit_date=days(dos, r.randint(20, 40)), prov_letter=days(date, -r.randint(20, 40)), tin="8" +
             digits(r, 1) + "-" + digits(r, 7), npi=npi(r), signer=clinician(r).split()[0] + " " +
             r.choice(["Tregeagle", "Gwavas", "Roscarrock"]), deadline=None, dl_alt=None)
    f["received"] = days(f["prov_letter"], r.randint(3, 8))
    if kind == "timely":
        f["remit_date"] = days(dos, 150)
    if dl == "within":
        f["deadline"] = days(date, 60)
        f["appeal"] = ("If you disagree, you may request a second-level provider appeal within 60 days of the date "
                       "of this letter. Send new information that was not part of this appeal to the address "
                       "above.")
    elif dl == "by":
        f["deadline"] = days(date, 60)
        f["appeal"] = (f"A second-level appeal must be received no later than {fdate(f['deadline'], ds)}. After the "
                       "second level, the dispute may go to arbitration under your participation agreement.")
    else:
        f["dl_alt"] = days(date, 60)
        f["appeal"] = ("You may file a second-level appeal within 60 days of receipt of this letter. Include a "
                       "copy of this letter.")
    return f


def letter_truth(f: dict) -> dict:
    doc_type, den, dalts, prac, ls, _ = KINDS[f["kind"]]
    alts = {"provider": [PRACTICES[prac][0]]}
    if f["dl_alt"] and den:
        alts["appeal_deadline"] = [iso(f["dl_alt"])]
    if f["span"]:
        alts["service_dates"] = [[iso(f["dos"])], [iso(f["dos"]), iso(f["dos2"])]]
    sd = [iso(f["dos"], f["dos2"] if f["span"] else None)]
    upheld = [x for x in ls if x[3] == "Upheld"]
    tot = sum(x[2] for x in ls)
    if den and len(upheld) < len(ls):
        alts["claim_amount"] = [m2(sum(x[2] for x in upheld))]
    if not den:
        alts.setdefault("service_dates", []).append([])
    return truth(doc_type, den, "en", insurer=INS[f["ins"]], member_id=f["mid"], group_number=f["grp"],
                 member_name=f["member"], case_numbers=[f["claim"], f["appeal_no"]], claim_amount=m2(tot),
                 service_dates=sd, denial_date=iso(f["date"]), provider=f["doc"],
                 appeal_deadline=iso(f["deadline"]) if den and f["deadline"] else None,
                 denial_alternates=dalts, alternates=alts)


ITEMS = [
    # suffix, condition, insurer, kind, labels, date style, deadline, money, two-day span, group printed
    ("bd_bundle_upheld", "born_digital", "men", "bundle", 1, "long", "within", "plain", False, True),
    ("bd_overturned", "born_digital", "pol", "overturn", 2, "slash", "within", "plain", False, False),
    ("scan_timely_upheld", "scan_clean_300", "cha", "timely", 3, "dmy", "by", "nosign", True, True),
    ("faxs_partial", "fax_standard_g4", "men", "partial", 2, "abbr", "receive", "plain", False, False),
    ("copy_oon_upheld", "photocopy", "pol", "oon", 1, "iso", "within", "usd", False, True),
    ("rot_mri_upheld", "rotated", "cha", "mri", 2, "upper", "within", "plain", False, False),
    ("low_overturned_level", "scan_lowres_150", "men", "overturn2", 3, "long", "within", "plain", False, True),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suf, cond, ins, kind, lab, ds, dl, mo, span, grp) in enumerate(ITEMS):
        r = random.Random(98540 + i)
        f = facts(r, ins, kind, lab, ds, dl, mo, span, grp)
        items.append(Item(f"{FAMILY}_{suf}", cond, [(letter(f), letter_truth(f))]))
    return items
