"""Family 'left_atrial_appendage_closure_watchman_denial': invented commercial and Medicare Advantage letters and EOBs
on percutaneous left atrial appendage closure (LAAC, CPT 33340, with 93355 transesophageal echo guidance) with a
WATCHMAN-type implant for non-valvular atrial fibrillation. The reasons follow the published coverage criteria for
LAAC: no formal shared decision-making visit with an independent physician documented, the implanting hospital not
enrolled in the national LAAO registry (a Medicare Advantage pre-service notice), and long-term oral anticoagulation
not shown to be contraindicated (an EOB, a faxed claim letter with its EOB, an upheld appeal). One prior
authorization approval and one paid EOB deny nothing. Decoys: referring cardiologist, implanting
electrophysiologist, anesthesiologist, dates of birth, received dates, NPIs, medical policy numbers, patient account
numbers, CHA2DS2-VASc / HAS-BLED scores, plan-paid and you-owe amounts.

All values invented (fictional plans, hospitals, clinicians, people and IDs; phones 1-555).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "left_atrial_appendage_closure_watchman_denial"
LANG = "en"
SEED = 254500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

PLANS = [("Halvorsen Mutual Health", "PO Box 41870, Tillbrook, OR 97990"),
         ("Bluestem Medicare Advantage (PPO)", "2200 Prairie Gate Parkway, Ossory, KS 66999"),
         ("Corvane Health Insurance Company", "PO Box 9031, Marlow Heights, VA 23999"),
         ("Ridgeholm Benefit Plans", "77 Chandler Square, Easton Falls, VT 05999"),
         ("Quarrystone Health Partners", "PO Box 3306, Gilford Bend, WI 53999"),
         ("Fenmoor Employer Health Plan", "1450 Regent Row, Calder, NE 68999"),
         ("Saltcedar Health Alliance", "PO Box 61200, Mirela, NV 89999")]
MEMBERS = [("Rosalind", "Achterberg"), ("Everett", "Nwachukwu"), ("Constance", "Delacroix-Bain"),
           ("Horace", "Tiilikainen"), ("Marguerite", "Osterhout"), ("Lionel", "Baptiste-Carver"),
           ("Winifred", "Castellanos")]
HOSPS = ["Tillbrook Heart & Vascular Institute", "Ossory Regional Medical Center", "Marlow Heights Cardiac Center",
         "Saint Brendan Hospital of Easton Falls", "Gilford Bend Memorial Hospital", "Calder Valley Heart Hospital",
         "Mirela University Medical Center"]
EPS = ["Dr. Anneliese Vortmann, MD", "Dr. Caspian Okafor-Lind, MD", "Dr. Priya Ramaswamy-Hale, MD",
       "Dr. Benedikt Szalai, MD"]
REFS = ["Dr. Cordelia Ashgrove, MD", "Dr. Thaddeus Mbeki-Rowe, DO", "Dr. Ilse Marchbanks, MD",
        "Dr. Fergus Tallant, MD"]
ANES = ["Dr. Oriel Hathaway, MD", "Dr. Sunniva Kaur, MD"]


def dg(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def ph(r: random.Random) -> str:
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", margins=(19, 15, 19), **kw)
        self.add_font("DejaVu", "B", BOLD)


def base(r: random.Random, i: int) -> dict:
    first, last = MEMBERS[i]
    mi = r.choice("ABCDEFGHJKLMNPRSTW")
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 230))
    proc = notice - dt.timedelta(days=r.randint(24, 55))
    planned = notice + dt.timedelta(days=r.randint(12, 34))
    lines = [("33340", "Perc transcath closure LAA w/ implant", round(r.randint(21000, 34000) + r.random(), 2)),
             ("C1889", "Implantable device, LAA occluder", round(r.randint(24000, 31000) + 0.0, 2)),
             ("93355", "TEE guidance, transcath structural", round(r.randint(1400, 2600) + r.random(), 2)),
             ("0762", "Observation room, per hour (22 hr)", round(r.randint(2100, 3900) + 0.0, 2))]
    return dict(member=f"{first} {mi}. {last}", first=first, mi=mi, last=last, plan=PLANS[i], notice=notice,
                proc=proc, planned=planned, mid=r.choice(["HMH", "BSM", "CVN", "RDG", "QSP", "FEN", "SCH"])[:2]
                + dg(r, 9), grp=f"{dg(r, 6)}-{r.choice('ABC')}{dg(r, 2)}", claim=f"{r.randint(25, 26)}{dg(r, 10)}",
                ref=f"PA{dg(r, 8)}", hosp=HOSPS[i], ep=r.choice(EPS), refdoc=r.choice(REFS), anes=r.choice(ANES),
                dob=dt.date(r.randint(1938, 1962), r.randint(1, 12), r.randint(1, 28)), npi=r.choice("12") + dg(r, 9),
                phone=ph(r), fax=ph(r), acct=f"{dg(r, 8)}", lines=lines,
                addr=f"{r.randint(11, 9870)} {r.choice(['Larkmoor Drive', 'Bellwether Lane', 'Cold Spring Road'])}",
                city=r.choice(["Tillbrook, OR 97991", "Ossory, KS 66998", "Easton Falls, VT 05998", "Calder, NE 68998"]),
                chads=r.randint(3, 6), hasbled=r.randint(1, 2))


def letterhead(d: Page, f: dict, style: int = 0) -> None:
    name, addr = f["plan"]
    if style == 0:
        d.text_line(name, 15, "B")
        d.text_line(addr, 8.5)
        d.text_line(f"Customer Service {f['phone']}   Fax {f['fax']}   TTY 711", 8.5)
        d.rule(0.6, 5)
    elif style == 1:
        d.text_line(name.upper(), 12.5, "B", "C")
        d.text_line(addr, 8.5, "", "C")
        d.text_line(f"Member Services: {f['phone']} (TTY: 711), 8 a.m. - 8 p.m., 7 days a week", 8.5, "", "C")
        d.ln(5)
    else:
        d.text_line(name, 13, "B", "R")
        d.text_line(addr, 8.5, "", "R")
        d.text_line("Phone " + f["phone"], 8.5, "", "R")
        d.rule(0.3, 5)


def mailing(d: Page, f: dict) -> None:
    for s in (f["member"], f["addr"], f["city"]):
        d.text_line(s, 10)
    d.ln(4)


def kv(d: Page, rows: list[tuple[str, str]], w: float = 50, size: float = 9.5) -> None:
    for a, b in rows:
        d.font(size, "B")
        d.cell(w, 5.1, a)
        d.font(size)
        d.cell(0, 5.1, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def claim_lines(d: Page, f: dict, ds: str, ms: str, status: list[str] | None = None, date=None) -> float:
    day = date or f["proc"]
    rows = []
    for k, (c, t, a) in enumerate(f["lines"]):
        rows.append([fmt_date(day, ds), c, t, fmt_money(a, ms)] + ([status[k]] if status else []))
    tot = round(sum(x[2] for x in f["lines"]), 2)
    rows.append(["*Total charges", "", "", fmt_money(tot, ms)] + ([""] if status else []))
    if status:
        d.table(["Service date", "Code", "Description", "Charges", "Status"], rows, [25, 15, 72, 28, 32],
                aligns="LLLRL")
    else:
        d.table(["Service date", "Code", "Description", "Charges"], rows, [28, 17, 92, 35], aligns="LLLR")
    return tot


def appeal_180(d: Page, f: dict, word: str = "letter") -> None:
    d.text_line("YOUR RIGHT TO APPEAL", 10, "B")
    d.para(f"If you disagree with this decision, you or someone you name to act for you may file an appeal. Your "
           f"appeal must be filed within 180 days of the date of this {word}. Send it to: Appeals Department, "
           f"{f['plan'][0]}, {f['plan'][1]}, or fax it to {f['fax']}. Include any medical records or a letter from "
           "your doctor. If waiting could seriously harm your life or health, ask for an expedited appeal; we "
           "decide those within 72 hours. After our final internal decision you may ask for an external review by "
           "an independent review organization within 4 months.", 9.3)
    d.para("You may ask for copies of the criteria, guideline and documents we used, free of charge. Language "
           "assistance: call the number above. Ayuda en español: llame al número de arriba.", 8.5)


def criteria_para(d: Page) -> None:
    d.para("Medical policy CP-CARD-0412 (Percutaneous Left Atrial Appendage Closure) covers LAAC for non-valvular "
           "atrial fibrillation when ALL of the following are documented: (1) a CHA2DS2-VASc score of 3 or more; "
           "(2) a formal shared decision-making interaction with an independent, non-interventional physician "
           "using an evidence-based decision tool on oral anticoagulation; (3) a suitability for short-term "
           "warfarin but an inability to take long-term oral anticoagulation; and (4) the procedure is done in a "
           "facility that takes part in a prospective national LAAO registry.", 9.3)


def doc_sdm_preservice(r: random.Random, f: dict) -> tuple[bytes, dict]:
    d = Page(footer="CP-CARD-0412  |  Page {p} of {n}")
    d.add_page()
    letterhead(d, f, 0)
    d.text_line(fmt_date(f["notice"], "long"), 10)
    d.ln(3)
    mailing(d, f)
    d.text_line("Prior Authorization Determination: Not Approved", 12.5, "B")
    d.ln(1)
    kv(d, [("Member:", f["member"]), ("Member ID:", f["mid"]), ("Group number:", f["grp"]),
           ("Date of birth:", fmt_date(f["dob"], "long")), ("Request ID:", f["ref"]),
           ("Request received:", fmt_date(f["notice"] - dt.timedelta(days=6), "long")),
           ("Requesting provider:", f["hosp"]), ("Provider NPI:", f["npi"]),
           ("Referring cardiologist:", f["refdoc"]), ("Implanting physician:", f["ep"]),
           ("Service requested:", "CPT 33340 left atrial appendage closure, 93355 TEE guidance"),
           ("Planned date of service:", fmt_date(f["planned"], "long"))])
    d.text_line("Why we made this decision", 10.5, "B")
    criteria_para(d)
    d.para(f"The records sent by {f['hosp']} show non-valvular atrial fibrillation with a CHA2DS2-VASc score of "
           f"{f['chads']}. They do not include a note of a shared decision-making visit with an independent "
           "physician who is not part of the implanting team, and no decision aid was documented. Because "
           "criterion (2) is not met, the procedure is not medically necessary for you at this time. This decision "
           "was made by a board-certified cardiologist, Dr. Malvina Preece, MD, Associate Medical Director.", 9.3)
    d.para("What you can do: your doctor may send the shared decision-making note and ask us to look at the request "
           f"again, or may call {f['phone']} to talk with the reviewer (peer-to-peer).", 9.3)
    appeal_180(d, f)
    d.para("Sincerely,\nUtilization Management\n" + f["plan"][0], 9.5)
    t = truth("denial_letter", "medical_necessity", insurer=f["plan"][0], member_id=f["mid"],
              group_number=f["grp"], member_name=f["member"], case_numbers=[f["ref"]],
              service_dates=[f["planned"].isoformat()], denial_date=f["notice"].isoformat(), provider=f["hosp"],
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


def doc_ma_registry(r: random.Random, f: dict) -> tuple[bytes, dict]:
    d = Page(footer="H7731_LAAC26_C    Form CMS-10003-NDMCP    OMB Approval 0938-0829")
    d.add_page()
    letterhead(d, f, 1)
    d.text_line("Notice of Denial of Medical Coverage", 13, "B", "C")
    d.ln(3)
    kv(d, [("Date:", fmt_date(f["notice"], "slash")), ("Member number:", f["mid"]), ("Name:", f["member"]),
           ("Case number:", f["ref"]), ("Date of birth:", fmt_date(f["dob"], "slash")),
           ("Requested by:", f"{f['hosp']} (NPI {f['npi']})"), ("Ordering physician:", f["refdoc"])], w=42)
    d.text_line("Your request was denied", 10.5, "B")
    d.para(f"We denied the medical services listed below that you or your physician asked for: percutaneous left "
           f"atrial appendage closure with implant (33340) and transesophageal echo guidance (93355) planned for "
           f"{fmt_date(f['planned'], 'slash')}.", 9.5)
    d.text_line("Why did we deny your request?", 10.5, "B")
    d.para(f"Medicare covers this procedure under National Coverage Determination 20.34 only when the patient is "
           f"enrolled in, and the hospital takes part in, a prospective national registry for left atrial "
           f"appendage occlusion. {f['hosp']} is not listed as a participating site in the national LAAO registry, "
           "and the request did not show that your procedure would be entered in the registry. Because this "
           "coverage condition is not met, your plan cannot cover the procedure at this hospital. Other hospitals "
           "in our network that take part in the registry can do this procedure; call us for a list.", 9.5)
    d.text_line("You have the right to appeal our decision", 10.5, "B")
    d.para("You have the right to ask Bluestem Medicare Advantage (PPO) to review our decision by asking us for an "
           "appeal. Ask for an appeal within 65 days from the date of this notice. We can give you more time if "
           "you have a good reason for missing the deadline.", 9.5)
    d.para("There are two kinds of appeals. Standard appeal: we will give you a written decision within 30 days. "
           "Fast appeal: if you or your doctor believe your health could be seriously harmed by waiting, ask for a "
           "fast appeal; we will decide within 72 hours.", 9.3)
    d.para(f"How to ask for an appeal: mail or fax your request to Bluestem Medicare Advantage Appeals, "
           f"{f['plan'][1]}; fax {f['fax']}; or call {f['phone']} for a fast appeal.", 9.3)
    d.para("Get help & more information: 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048. Your State Health "
           "Insurance Assistance Program can also help.", 8.5)
    t = truth("denial_letter", "not_covered", insurer=f["plan"][0], member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["ref"]], service_dates=[f["planned"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["hosp"],
              appeal_deadline=(f["notice"] + dt.timedelta(days=65)).isoformat(),
              alternates={"insurer": ["Bluestem Medicare Advantage"]},
              denial_alternates=["medical_necessity", "other"])
    return pdf_bytes(d), t


def eob(r: random.Random, f: dict, ds: str, ms: str, reason: str, code: str, paid: bool = False,
        title: str = "EXPLANATION OF BENEFITS", deadline_word: str = "statement") -> tuple[bytes, float]:
    d = Page(footer="This is not a bill.   Page {p} of {n}")
    d.add_page()
    letterhead(d, f, 2)
    d.text_line(title, 13, "B")
    d.text_line("THIS IS NOT A BILL", 9, "B")
    d.ln(2)
    d.boxes([("Statement date", fmt_date(f["notice"], ds), 40), ("Member ID", f["mid"], 40),
             ("Group", f["grp"], 38), ("Claim number", f["claim"], 54)])
    d.boxes([("Patient", f["member"], 62), ("Relationship", "Self", 30), ("Facility", f["hosp"], 80)])
    d.ln(2)
    d.text_line(f"Attending: {f['ep']}    Patient account no. {f['acct']}    "
                f"Claim received {fmt_date(f['notice'] - dt.timedelta(days=19), ds)}", 8.5)
    d.ln(2)
    status = ["PAID"] * 4 if paid else [f"DENIED {code}"] * 4
    tot = claim_lines(d, f, ds, ms, status)
    allowed = round(tot * 0.41, 2)
    if paid:
        d.boxes([("Allowed", fmt_money(allowed, ms), 42), ("Deductible", fmt_money(1500, ms), 42),
                 ("Plan paid", fmt_money(round(allowed - 1500 - 600, 2), ms), 44),
                 ("You owe", fmt_money(2100, ms), 44)])
    else:
        d.boxes([("Allowed", fmt_money(0, ms), 42), ("Plan paid", fmt_money(0, ms), 42),
                 ("Not covered", fmt_money(tot, ms), 44), ("You owe", fmt_money(0, ms), 44)])
    d.ln(4)
    d.text_line("Remark codes", 10, "B")
    d.para(reason, 9)
    d.para(f"Appeal rights: ask for an appeal within 180 days from the date of this {deadline_word}. Write to "
           f"Appeals, {f['plan'][1]}. You may also request an external review after the internal appeal.", 8.8)
    return pdf_bytes(d), tot


def doc_anticoag_eob(r: random.Random, f: dict) -> tuple[bytes, dict]:
    reason = (f"AC7 - Left atrial appendage closure is covered only when long-term oral anticoagulation is "
              f"contraindicated or cannot be tolerated. The records show the member has taken apixaban for "
              f"atrial fibrillation without bleeding (HAS-BLED score {f['hasbled']}). A reason for a "
              "non-drug alternative was not documented. The service is not medically necessary. The network "
              "facility may not bill you for these charges.")
    pdf, tot = eob(r, f, "dmy", "nosign", reason, "AC7")
    t = truth("eob", "medical_necessity", insurer=f["plan"][0], member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=f"{tot:.2f}",
              service_dates=[f["proc"].isoformat()], denial_date=f["notice"].isoformat(), provider=f["hosp"],
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat())
    return pdf, t


def doc_approval(r: random.Random, f: dict) -> tuple[bytes, dict]:
    d = Page()
    d.add_page()
    letterhead(d, f, 1)
    d.text_line(fmt_date(f["notice"], "abbr"), 10)
    d.ln(2)
    mailing(d, f)
    d.text_line("Re: Your prior authorization request has been APPROVED", 12, "B")
    d.ln(1)
    auth = f"AUTH-{dg(r, 9)}"
    end = f["planned"] + dt.timedelta(days=89)
    kv(d, [("Member", f["member"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Authorization #", auth),
           ("Servicing facility", f["hosp"]), ("Implanting physician", f["ep"]),
           ("Procedure", "33340 LAA closure with implant; 93355 TEE guidance"),
           ("Scheduled date", fmt_date(f["planned"], "abbr")),
           ("Authorization valid", f"{fmt_date(f['planned'], 'abbr')} to {fmt_date(end, 'abbr')}")], w=46)
    d.para(f"Good news. We reviewed the request from {f['hosp']} and approved left atrial appendage closure. The "
           f"records now include a shared decision-making visit on "
           f"{fmt_date(f['notice'] - dt.timedelta(days=15), 'abbr')} with {f['refdoc']}, an independent "
           "cardiologist, using a decision aid, and a history of a major gastrointestinal bleed on anticoagulation. "
           "The hospital takes part in the national LAAO registry.", 9.8)
    d.para("This approval covers one procedure during the dates shown. It is not a promise of payment: benefits "
           "depend on your eligibility and plan terms on the date of service. Your usual deductible and "
           "coinsurance apply. If the procedure is moved outside these dates, your doctor must ask us again.", 9.5)
    d.para(f"Questions? Call Member Services at {f['phone']}.\n\nCare Management Department\n{f['plan'][0]}", 9.5)
    t = truth("other", None, insurer=f["plan"][0], member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[auth], service_dates=[f["planned"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["hosp"],
              alternates={"service_dates": [[iso_span(f["planned"], end)]]})
    return pdf_bytes(d), t


def iso_span(a: dt.date, b: dt.date) -> str:
    return f"{a.isoformat()}/{b.isoformat()}"


def doc_claim_letter_sdm(r: random.Random, f: dict) -> tuple[bytes, float]:
    d = Page(footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f, 0)
    d.text_line("Date of this letter: " + fmt_date(f["notice"], "upper"), 10)
    d.ln(2)
    mailing(d, f)
    d.text_line("Claim Determination - Payment Denied", 12.5, "B")
    d.ln(1)
    kv(d, [("Patient name", f["member"]), ("Identification no.", f["mid"]), ("Group no.", f["grp"]),
           ("Claim no.", f["claim"]), ("Hospital", f["hosp"]), ("Electrophysiologist", f["ep"]),
           ("Anesthesia", f["anes"]), ("Patient DOB", fmt_date(f["dob"], "upper"))], w=44)
    tot = claim_lines(d, f, "upper", "plain")
    criteria_para(d)
    d.para(f"The hospital's records for the procedure on {fmt_date(f['proc'], 'upper')} do not contain a shared "
           "decision-making visit with an independent, non-interventional physician before the procedure. No "
           "prior authorization was requested. The claim is denied as not medically necessary. Because the "
           "hospital is in our network, it may not bill you for the denied charges.", 9.3)
    appeal_180(d, f)
    return pdf_bytes(d), tot


def doc_upheld(r: random.Random, f: dict) -> tuple[bytes, dict]:
    d = Page(footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f, 2)
    d.text_line(fmt_date(f["notice"], "wlong"), 10)
    d.ln(2)
    mailing(d, f)
    appeal = f"AP-{dg(r, 4)}-{dg(r, 5)}"
    tot = round(sum(x[2] for x in f["lines"]), 2)
    d.text_line("First-Level Appeal Decision: Original Decision Upheld", 12, "B")
    d.ln(1)
    kv(d, [("Appellant:", f["member"]), ("Member ID:", f["mid"]), ("Group #:", f["grp"]),
           ("Appeal number:", appeal), ("Original claim number:", f["claim"]), ("Provider:", f["hosp"]),
           ("Date(s) of service:", fmt_date(f["proc"], "mdy_nopad")), ("Amount billed:", fmt_money(tot, "usd")),
           ("Appeal received:", fmt_date(f["notice"] - dt.timedelta(days=27), "mdy_nopad"))], w=48)
    d.para(f"You asked us to reconsider our denial of the claim for left atrial appendage closure (33340) done by "
           f"{f['ep']} at {f['hosp']}. A cardiologist who took no part in the first decision reviewed your appeal, "
           f"the letter from your primary care physician, {f['refdoc']}, and the hospital records.", 9.5)
    d.para(f"Decision: we uphold the denial. Our policy covers this procedure only when long-term anticoagulation "
           f"cannot be taken. Your records show that you took warfarin and then apixaban for more than two years "
           f"without a bleeding event; the HAS-BLED score was {f['hasbled']}. Concern about future falls was "
           "mentioned, but no fall or bleed was documented. The procedure is therefore not medically necessary "
           "under the plan.", 9.5)
    d.text_line("Second-level appeal", 10, "B")
    d.para(f"You may ask for a second-level appeal within 60 days of the date of this letter. Mail it to "
           f"{f['plan'][0]}, Second-Level Appeals, {f['plan'][1]}. You also may have the right to an external "
           "review; that request must be made within 4 months after you receive our final decision.", 9.3)
    d.para("Sincerely,\nAppeals and Grievances Unit", 9.5)
    t = truth("denial_letter", "medical_necessity", insurer=f["plan"][0], member_id=f["mid"],
              group_number=f["grp"], member_name=f["member"], case_numbers=[appeal, f["claim"]],
              claim_amount=f"{tot:.2f}", service_dates=[f["proc"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["hosp"],
              appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    items = []
    fams = [random.Random(SEED + i) for i in range(7)]

    # 0 born digital: commercial pre-service denial, no shared decision-making visit
    r = fams[0]
    f = base(r, 0)
    items.append(Item(f"{FAMILY}_bd_preservice_no_shared_decision_visit", "born_digital",
                      [doc_sdm_preservice(r, f)]))

    # 1 scan 300: Medicare Advantage notice, hospital not in the national registry
    r = fams[1]
    f = base(r, 1)
    items.append(Item(f"{FAMILY}_scan300_ma_notice_not_in_registry", "scan_clean_300", [doc_ma_registry(r, f)]))

    # 2 150 dpi: commercial EOB, anticoagulation not contraindicated
    r = fams[2]
    f = base(r, 2)
    items.append(Item(f"{FAMILY}_lowres_eob_anticoagulation_not_contraindicated", "scan_lowres_150",
                      [doc_anticoag_eob(r, f)]))

    # 3 photocopy: approval after the shared decision-making visit
    r = fams[3]
    f = base(r, 3)
    items.append(Item(f"{FAMILY}_copy_approval_after_sdm_visit", "photocopy", [doc_approval(r, f)]))

    # 4 fax fine stack: cover + claim denial letter (no SDM visit) + the EOB of the same claim
    r = fams[4]
    f = base(r, 4)
    pdf1, tot = doc_claim_letter_sdm(r, f)
    dl = (f["notice"] + dt.timedelta(days=180)).isoformat()
    common = dict(insurer=f["plan"][0], member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
                  case_numbers=[f["claim"]], claim_amount=f"{tot:.2f}", service_dates=[f["proc"].isoformat()],
                  provider=f["hosp"])
    t1 = truth("denial_letter", "medical_necessity", denial_date=f["notice"].isoformat(), appeal_deadline=dl,
               **common)
    g = dict(f)
    g["notice"] = f["notice"] + dt.timedelta(days=2)
    reason = ("SD2 - Shared decision-making visit with an independent physician not documented before left atrial "
              "appendage closure. See the letter we sent you. Not medically necessary; provider liability.")
    pdf2, _ = eob(r, g, "upper", "plain", reason, "SD2")
    t2 = truth("eob", "medical_necessity", denial_date=g["notice"].isoformat(),
               appeal_deadline=(g["notice"] + dt.timedelta(days=180)).isoformat(), **common)
    items.append(Item(f"{FAMILY}_faxfine_stack_cover_claim_letter_and_eob", "fax_fine_g4",
                      [(pdf1, t1), (pdf2, t2)], separators=["cover", None]))

    # 5 phone photo: paid EOB after approval
    r = fams[5]
    f = base(r, 5)
    pdf, tot = eob(r, f, "mdy_nopad", "plain", f"Approved under authorization {f['ref']}. Paid at the in-network "
                   "rate. Deductible and coinsurance apply (see You owe).", "", paid=True, title="Explanation of "
                   "Benefits - Claim Summary")
    t = truth("eob", None, insurer=f["plan"][0], member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[f["claim"]], claim_amount=f"{tot:.2f}", service_dates=[f["proc"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["hosp"],
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"case_numbers": [[f["claim"], f["ref"]]], "appeal_deadline": [None]})
    items.append(Item(f"{FAMILY}_photo_paid_eob", "phone_photo", [(pdf, t)]))

    # 6 rotated: first-level appeal upheld, anticoagulation tolerated
    r = fams[6]
    f = base(r, 6)
    f["proc"] = f["notice"] - dt.timedelta(days=r.randint(85, 120))   # the claim was denied before the appeal
    items.append(Item(f"{FAMILY}_rotated_appeal_upheld_anticoagulation", "rotated", [doc_upheld(r, f)]))
    return items
