"""Family 'adhd_stimulant_adult_prior_auth_denial': PBM and plan letters and a pharmacy notice on stimulants for
adult ADHD (lisdexamfetamine capsules, extended-release methylphenidate tablets).

Issuers (all invented): Quillfeather Rx (pharmacy benefit manager; a denial because no ADHD diagnosis made or
confirmed after age 18 is documented, a 12-month approval, a denial of two capsules a day faxed to the prescriber
and forwarded behind the prescriber's practice's fax cover), Harlowe Health Alliance (commercial plan; a step
therapy denial asking for a generic first, and a partial denial of a higher-strength substitution asked for during a
shortage with the lower strength twice a day approved), Bellwether Community Pharmacy (a pharmacy's notice that the
plan rejected a fill over one tablet a day), Sunmeadow Medicare Rx (a Medicare Part D "Notice of Denial of Medicare
Prescription Drug Coverage", scanned sideways). Decoys: the prescriber where a pharmacy is named, DEA and NPI
numbers, dates of birth, request-received dates, Rx numbers, BIN/PCN, the last fill, material IDs, phone numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "adhd_stimulant_adult_prior_auth_denial"
LANG = "en"

QF, HH, BW, SM = ("Quillfeather Rx", "Harlowe Health Alliance", "Bellwether Community Pharmacy",
                  "Sunmeadow Medicare Rx")
ADDR = {QF: ("PO Box 66120", "Ostervale, KS 66999"), HH: ("75 Lamplighter Plaza", "Grantham Falls, VT 05999"),
        BW: ("1148 Copperbeech Road", "Ostervale, KS 66999"), SM: ("PO Box 90814", "Rindale, TN 37999")}
PRACTICES = ["Marrowstone Adult Psychiatry", "Tidewell Behavioral Medicine", "Greyfriar Family Health Associates",
             "Larchmont Attention & Mood Clinic"]
PRESCRIBERS = ["Dr. Ifeoma Castellane-Burke", "Dr. Halvard Pemberton-Ojo", "Rosalind Achebe-Strand, PMHNP",
               "Dr. Tomasz Wielgosz", "Dr. Marguerite Delacourt"]
FIRST = ["Anouk", "Barnaby", "Cordelia", "Dashiell", "Elowen", "Fitzgerald", "Greta", "Hollis", "Imogen", "Jericho",
         "Keziah", "Lysander", "Maelis", "Niko"]
LAST = ["Aldana", "Brightwater", "Chukwu", "Dashwood", "Ellingsen", "Fonseca", "Gorecki", "Hemsworth", "Ishikawa",
        "Jovanovic", "Kavanagh", "Lindqvist-Moore", "Moreau", "Nakashima"]
STREETS = ["Kingfisher Lane", "Rookery Road", "Bellcote Street", "Weatherby Court", "Tansy Avenue"]
TOWNS = ["Ostervale, KS 66999", "Grantham Falls, VT 05999", "Rindale, TN 37999", "Marlow Ridge, ID 83999"]
LDX = "lisdexamfetamine dimesylate"
MPH = "methylphenidate ER (OROS)"


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def facts(seed: int, ins: str, ds: str) -> dict:
    r = random.Random(seed)
    first, last, mid = r.choice(FIRST), r.choice(LAST), r.choice("ABCDEFGHJKLMNPRSTVW")
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 150))
    mid_ = {QF: "QRX" + digits(r, 8) + "0" + str(r.randint(1, 3)), HH: "HHA-" + digits(r, 4) + "-" + digits(r, 5),
            BW: "QRX" + digits(r, 8) + "01", SM: r.choice("HKMNPRT") + digits(r, 9)}[ins]
    grp = {QF: "QF" + digits(r, 5), HH: digits(r, 6), BW: "QF" + digits(r, 5), SM: None}[ins]
    old = ins == SM
    return dict(r=r, ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(10, 9900)} {r.choice(STREETS)}", r.choice(TOWNS)), notice=notice, mid=mid_,
                grp=grp, practice=r.choice(PRACTICES), prescriber=r.choice(PRESCRIBERS),
                dob=dt.date(r.randint(1955, 1960) if old else r.randint(1978, 2004), r.randint(1, 12),
                            r.randint(1, 28)),
                ph=phone(r), npi=npi(r), dea=r.choice("ABFM") + r.choice("ABCDHKMW") + digits(r, 7),
                case=digits(r, 10), recv=notice - dt.timedelta(days=r.randint(1, 3)))


def D(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def addressee(d: Doc, f: dict) -> None:
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)


def pairs(d: Doc, rows, lw: float = 48, size: float = 9.5) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(lw, 5.2, k)
        d.font(size)
        d.multi_cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


# ------------------------------------------------------------------------------------------- Quillfeather PBM
def qf_letter(f: dict, title: str, rows: list[tuple[str, str]], body: list[tuple[str, str]], denial: str | None,
              dalts: list[str], svc: list[str], alts: dict, to_prescriber: bool = False, fax: str | None = None
              ) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="QRX-CD-ADHD-04   Page {p} of {n}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(1)
    d.set_draw_color(0, 0, 0)
    d.set_line_width(1.2)
    d.line(18, d.get_y(), 60, d.get_y())
    d.set_line_width(0.2)
    d.ln(2)
    d.text_line("Quillfeather Rx", 19, "B")
    d.text_line(f"Pharmacy benefit services  -  {ADDR[QF][0]}, {ADDR[QF][1]}  -  {f['ph']}", 8.5)
    d.ln(6)
    y0 = d.get_y()
    if to_prescriber:
        for ln in (f["prescriber"], f["practice"], f"Fax {phone(f['r'])}"):
            d.text_line(ln, 10.5)
        d.ln(5)
    else:
        addressee(d, f)
    d.set_xy(125, y0)
    d.font(10)
    d.cell(0, 5, f"Date: {D(f, f['notice'])}", new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 22))
    d.text_line(title, 13, "B")
    d.ln(2)
    pairs(d, rows)
    d.para(f"Dear {f['prescriber'] if to_prescriber else f['first'] + ' ' + f['last']}:", 10.5)
    for h, p in body:
        d.text_line(h, 11, "B")
        d.ln(1)
        d.para(p, 10.5)
    dl = None
    if denial:
        dl = f["notice"] + dt.timedelta(days=180)
        d.text_line("How to appeal", 11, "B")
        d.ln(1)
        d.para("The member, the prescriber, or someone the member names may appeal within 180 days of the date of "
               f"this letter. Mail the appeal to Quillfeather Rx Appeals, {ADDR[QF][0]}, {ADDR[QF][1]}, or fax it to "
               f"{phone(f['r'])}. If waiting could seriously harm the member's health, ask for an expedited appeal; "
               "we will decide within 72 hours. You may also be able to ask for an external review.", 10)
    d.para(f"Clinical Pharmacy Review Team\n{QF}, on behalf of the member's health plan", 10)
    t = truth("denial_letter" if denial else "other", denial, insurer=QF, member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=[f["case"]], service_dates=svc, denial_date=iso(f["notice"]),
              provider=f["prescriber"], appeal_deadline=None if dl is None else iso(dl),
              alternates=dict({"provider": [f["practice"]]}, **alts), denial_alternates=dalts)
    return pdf_bytes(d), t


# ------------------------------------------------------------------------------------------- Harlowe plan
def hh_letter(f: dict, title: str, boxes: list[list[tuple[str, str, float]]], body: list[tuple[str, str]],
              denial: str, dalts: list[str], svc: list[str], alts: dict) -> tuple[bytes, dict]:
    d = Doc("Times", footer="Harlowe Health Alliance  |  HHA-PA-ST-2026  |  {p}/{n}")
    d.add_page()
    d.set_fill_color(235, 235, 235)
    d.font(17, "B")
    d.cell(0, 12, "  HARLOWE  HEALTH  ALLIANCE", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"{ADDR[HH][0]}, {ADDR[HH][1]}   Pharmacy Help Desk {f['ph']}   TTY 711", 8.5)
    d.ln(5)
    d.text_line(D(f, f["notice"]), 11)
    d.ln(3)
    addressee(d, f)
    d.text_line(title, 13, "B")
    d.ln(2)
    for row in boxes:
        d.boxes(row, value_size=9.5)
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']},", 11)
    for h, p in body:
        d.text_line(h, 11.5, "B")
        d.ln(1)
        d.para(p, 11)
    dl = f["notice"] + dt.timedelta(days=180)
    d.text_line("Your appeal rights", 11.5, "B")
    d.ln(1)
    d.para(f"If you disagree, you may ask for an appeal. We must receive it by {D(f, dl)}. Call {f['ph']}, or write to "
           f"Harlowe Appeals and Grievances, {ADDR[HH][0]}, {ADDR[HH][1]}. Your prescriber can ask for a "
           "peer-to-peer review or send more records at any time.", 11)
    d.para(f"Pharmacy Utilization Management\n{HH}", 11)
    t = truth("denial_letter", denial, insurer=HH, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[f["case"]], service_dates=svc, denial_date=iso(f["notice"]), provider=f["practice"],
              appeal_deadline=iso(dl), alternates=dict({"provider": [f["prescriber"]]}, **alts),
              denial_alternates=dalts)
    return pdf_bytes(d), t


# ------------------------------------------------------------------------------------------- pharmacy notice
def bw_notice(f: dict, fill: dt.date, last_fill: dt.date, price: float) -> tuple[bytes, dict]:
    r = f["r"]
    d = Doc("Helvetica", footer=None, margins=(22, 16, 22))
    d.add_page()
    d.text_line(BW, 15, "B")
    d.text_line(f"{ADDR[BW][0]}  |  {ADDR[BW][1]}  |  {phone(r)}", 9)
    d.rule(0.4, 4)
    d.text_line("Important information about your prescription", 12.5, "B")
    d.ln(2)
    d.text_line(f"Date: {D(f, fill)}", 10.5)
    d.ln(2)
    addressee(d, f)
    rx = digits(r, 7)
    pairs(d, [("Patient:", f["name"]), ("Date of birth:", D(f, f["dob"])), ("Rx number:", rx),
              ("Medication:", f"{MPH} 27 mg tablet"), ("Directions:", "Take 2 tablets by mouth every morning"),
              ("Quantity:", "60 tablets / 30 days"), ("Prescriber:", f"{f['prescriber']} (DEA {f['dea']})"),
              ("Insurance:", f"{QF} - ID {f['mid']}, group {f['grp']}"),
              ("BIN / PCN:", f"{digits(r, 6)} / QFRXADV"), ("Price submitted to plan:", fmt_money(price)),
              ("Last filled:", f"{D(f, last_fill)} - 30 tablets (1 a day)")], lw=52, size=10)
    d.text_line("What happened", 11.5, "B")
    d.ln(1)
    d.para("We sent this prescription to your insurance today and it was not accepted. The plan's message was: "
           "\"76 - PLAN LIMITATIONS EXCEEDED. MAX 1 TAB/DAY. PRIOR AUTH REQUIRED FOR QTY > 30/30.\" "
           "Your plan covers one tablet a day of this medicine. Two tablets a day need approval from the plan.", 10.5)
    d.text_line("What we are doing", 11.5, "B")
    d.ln(1)
    d.para(f"We have faxed {f['prescriber']} to ask for a prior authorization or a change to one 54 mg tablet a day, "
           "which the plan covers. This is a controlled medicine, so we cannot change the prescription ourselves. You "
           f"may pay the cash price of {fmt_money(price)} today, or wait for the plan's answer.", 10.5)
    d.para("This notice is not a bill and is not a decision by your health plan.", 9.5)
    t = truth("other", None, insurer=QF, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              claim_amount=m2(price), service_dates=[iso(fill)], denial_date=iso(fill), provider=BW,
              unscored=["insurer"], alternates={"claim_amount": [None], "service_dates": [[]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------------------------------- prescriber fax cover
def practice_cover(f: dict, pages: int) -> bytes:
    r = f["r"]
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(f["practice"], 17, "B")
    d.text_line(f"Phone {phone(r)}   Fax {phone(r)}", 9)
    d.ln(12)
    d.text_line("FAX", 26, "B")
    d.ln(4)
    pairs(d, [("To:", BW), ("Attn:", "Pharmacist on duty"), ("Fax:", phone(r)),
              ("From:", f"Office of {f['prescriber']}"), ("Date:", fmt_date(f["notice"], "slash")),
              ("Pages:", f"{pages} (including cover)"), ("Re:", f"Patient {f['first']} {f['last']}")],
             lw=24, size=12)
    d.para("Attached is the plan's answer on the quantity exception. We will send a new prescription for one "
           "capsule a day of the higher strength instead. Please hold the current prescription and call the office "
           "with any questions.", 11)
    d.ln(10)
    d.para("CONFIDENTIAL: this transmission contains protected health information intended only for the addressee.",
           8.5)
    return pdf_bytes(d)


# ------------------------------------------------------------------------------------------- Part D notice
def sm_notice(f: dict, drug: str, reason: str, svc: list[str]) -> tuple[bytes, dict]:
    r = f["r"]
    d = Doc("Helvetica", footer="Form CMS-10146 (approved)   S9912_ADHD26_C   Page {p} of {n}")
    d.add_page()
    d.text_line(SM, 13, "B")
    d.text_line(f"{ADDR[SM][0]}, {ADDR[SM][1]}   Customer Service {f['ph']}, TTY 711, 8 a.m. - 8 p.m., 7 days", 8.5)
    d.ln(5)
    d.text_line("Notice of Denial of Medicare Prescription Drug Coverage", 14, "B", align="C")
    d.ln(4)
    pairs(d, [("Date:", D(f, f["notice"])), ("Enrollee's name:", f["name"]), ("Member number:", f["mid"]),
              ("Case number:", f["case"]), ("Prescriber:", f"{f['prescriber']}, {f['practice']}"),
              ("Prescriber NPI:", f["npi"])], lw=42, size=10)
    d.para(f"We have denied the prescription drug coverage that you or your prescriber requested for: {drug}.", 10.5)
    d.text_line("This request was denied because:", 11, "B")
    d.ln(1)
    d.para(reason, 10.5)
    d.text_line("You have the right to request a redetermination (appeal) of our decision", 11, "B")
    d.ln(1)
    d.para("You have the right to ask us for a redetermination (appeal) of our decision. You have 65 days from the date "
           "of this notice to ask us for a redetermination. You can call us at the number above to ask for a "
           "redetermination, or send your request in writing to the address above. If you ask us after the 65 days, "
           "tell us why you could not ask within that time.", 10.5)
    d.text_line("There are two kinds of appeals you can request", 11, "B")
    d.ln(1)
    d.para("Standard appeal - We'll give you a decision no later than 7 days after we get your appeal. Fast appeal - "
           "If you or your doctor believe that waiting 7 days could seriously harm your health, ask for a fast "
           "appeal. We'll give you a decision no later than 72 hours after we get your appeal.", 10.5)
    d.para("Your prescriber may also ask for a redetermination on your behalf. If you want someone else to act for "
           "you, you can name a representative by filling out an Appointment of Representative form.", 10)
    dl = f["notice"] + dt.timedelta(days=65)
    t = truth("denial_letter", "medical_necessity", insurer=SM, member_id=f["mid"], member_name=f["name"],
              case_numbers=[f["case"]], service_dates=svc, denial_date=iso(f["notice"]), provider=f["prescriber"],
              appeal_deadline=iso(dl), alternates={"provider": [f["practice"]], "service_dates": [[]]},
              denial_alternates=["not_covered", "prior_authorization"])
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []
    r = random.Random(227600)

    # 1. Quillfeather: no ADHD diagnosis documented after age 18 (born digital)
    f = facts(227601, QF, "long")
    items.append(Item(f"{FAMILY}_bd_pbm_no_adult_diagnosis_documented", "born_digital", [qf_letter(
        f, "Coverage Request Denied",
        [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Date of birth:", D(f, f["dob"])),
         ("Case number:", f["case"]), ("Medication:", f"{LDX} 40 mg capsule, 1 daily, #30"),
         ("Prescriber:", f"{f['prescriber']}, {f['practice']}"), ("Request received:", D(f, f["recv"]))],
        [("Why we denied this request",
          "Your plan covers stimulant medicines for members 18 and older when the records show a diagnosis of "
          "attention-deficit/hyperactivity disorder (ADHD) made or confirmed in adulthood, based on current "
          "symptoms and a standard rating scale. The records we received show that ADHD was diagnosed when you were "
          "9 years old and that you have not taken a stimulant for more than 10 years. They do not show an adult "
          "evaluation. Without it, this medicine is not medically necessary under the plan's criteria for adults."),
         ("What can happen next",
          "Your prescriber can send the results of an adult ADHD evaluation (for example, an adult rating scale and "
          "notes on current symptoms at home and at work) with a new request or an appeal.")],
        "medical_necessity", ["prior_authorization"], [],
        {"service_dates": [[iso(f["recv"])]]})]))

    # 2. Harlowe: step therapy, generic first (born digital)
    f = facts(227602, HH, "slash")
    items.append(Item(f"{FAMILY}_bd_plan_step_therapy_generic_first", "born_digital", [hh_letter(
        f, "We denied your request for a prescription drug",
        [[("Member", f["name"], 64), ("Member ID", f["mid"], 50), ("Group", f["grp"], 30),
          ("Birth date", D(f, f["dob"]), 36)],
         [("Request number", f["case"], 64), ("Date received", D(f, f["recv"]), 50),
          ("Decision date", D(f, f["notice"]), 66)],
         [("Drug requested", f"{LDX} 30 mg capsule, 1 each morning", 116), ("Quantity", "30 per 30 days", 64)],
         [("Requesting provider", f["practice"], 80), ("Prescriber", f["prescriber"], 60), ("NPI", f["npi"], 40)]],
        [("Why we made this decision",
          "This drug is on the plan's step therapy list. Before the plan covers it for an adult, the records must "
          "show that you tried at least one of these preferred generic drugs for 30 days or more and it did not work "
          "or caused side effects: methylphenidate ER tablets (generic Concerta), dexmethylphenidate ER capsules, or "
          "amphetamine-dextroamphetamine ER capsules. The request did not show a trial of any of them."),
         ("What you can do",
          "Ask your prescriber whether one of the preferred generic drugs is right for you. They do not need our "
          "approval. If you already tried one, your prescriber can send us the dates and results.")],
        "medical_necessity", ["prior_authorization", "not_covered"], [],
        {"service_dates": [[iso(f["recv"])]]})]))

    # 3. Bellwether pharmacy notice: quantity over one a day rejected (scan 300)
    f = facts(227603, BW, "abbr")
    fill = f["notice"]
    items.append(Item(f"{FAMILY}_scan300_pharmacy_qty_over_one_a_day", "scan_clean_300", [bw_notice(
        f, fill, fill - dt.timedelta(days=r.randint(27, 31)), 318.46)]))

    # 4. Harlowe: shortage substitution at a higher strength denied, lower strength twice a day approved (150 dpi)
    f = facts(227604, HH, "iso")
    start = f["notice"] + dt.timedelta(days=1)
    end = start + dt.timedelta(days=89)
    items.append(Item(f"{FAMILY}_lowres_plan_shortage_higher_strength_denied", "scan_lowres_150", [hh_letter(
        f, "Decision on your prescription drug request: partly approved",
        [[("Member", f["name"], 64), ("Member ID", f["mid"], 50), ("Group", f["grp"], 30),
          ("Birth date", D(f, f["dob"]), 36)],
         [("Request number", f["case"], 64), ("Date received", D(f, f["recv"]), 50),
          ("Requested start", D(f, start), 66)],
         [("Drug requested", f"{MPH} 54 mg tablet, 1 daily (shortage)", 116), ("Current dose", "36 mg once daily", 64)],
         [("Requesting provider", f["practice"], 80), ("Prescriber", f["prescriber"], 60), ("NPI", f["npi"], 40)]],
        [("What we decided",
          "Your prescriber told us that pharmacies near you cannot get methylphenidate ER 36 mg tablets because of "
          "the national shortage, and asked us to cover the 54 mg tablet, one a day, instead. We denied the 54 mg "
          "tablet. We approved methylphenidate ER 18 mg tablets, two each morning (60 per 30 days), from "
          f"{D(f, start)} to {D(f, end)}, which gives you the same 36 mg dose."),
         ("Why",
          "The 54 mg tablet is a 50 percent higher dose than the dose your records show is working for you. A dose "
          "increase is covered when the records show that the current dose no longer controls symptoms. The request "
          "was made only because of the shortage, so the higher strength is not medically necessary. The "
          "temporary quantity exception for the 18 mg tablets ends on the date above.")],
        "medical_necessity", ["not_covered"], [iso(start)], {"service_dates": [[], [iso(start, end)]]})]))

    # 5. Quillfeather: approved for 12 months (photocopy)
    f = facts(227605, QF, "dmy")
    a = f["notice"]
    b = dt.date(a.year + 1, a.month, a.day) - dt.timedelta(days=1)
    items.append(Item(f"{FAMILY}_copy_pbm_approved_12_months", "photocopy", [qf_letter(
        f, "Coverage Request Approved",
        [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Case number:", f["case"]),
         ("Medication:", f"{LDX} 50 mg capsule, 1 daily"), ("Prescriber:", f"{f['prescriber']}, {f['practice']}"),
         ("Approved:", f"{D(f, a)} through {D(f, b)}")],
        [("Good news",
          "We approved coverage of this medicine for 12 months. The records show an adult ADHD evaluation with a "
          "standard rating scale and a trial of generic methylphenidate ER that caused side effects. Your pharmacy "
          "can fill the prescription now. Your usual copay applies."),
         ("Before this approval ends",
          "About 30 days before the end date, your prescriber should send a renewal request with notes from a recent "
          "visit showing that the medicine is helping.")],
        None, [], [iso(a, b)], {"service_dates": [[], [iso(a)]]})]))

    # 6. Fax stack: prescriber's practice cover + PBM's reply to the prescriber, two capsules a day denied
    f = facts(227606, QF, "slash")
    den = qf_letter(
        f, "Quantity Limit Exception - Not Approved",
        [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Date of birth:", D(f, f["dob"])),
         ("Case number:", f["case"]), ("Medication:", f"{LDX} 30 mg capsule, 2 every morning, #60/30 days"),
         ("Plan limit:", "1 capsule per day"), ("Request received:", D(f, f["recv"]))],
        [("Decision",
          "We did not approve the quantity requested. The plan covers one capsule a day of each strength of "
          f"{LDX}. Two 30 mg capsules a day give the same dose as one 60 mg capsule a day, which is covered "
          "without prior authorization for this member. Taking one capsule of the higher strength is the plan's "
          "preferred way to reach this dose. The quantity over one a day is not covered."),
         ("Next steps",
          "Send a new prescription for the 60 mg capsule, one a day, to the member's pharmacy. If the member cannot "
          "take the 60 mg capsule, send the reason with an appeal.")],
        "not_covered", ["medical_necessity", "other"], [], {"service_dates": [[iso(f["recv"])]]},
        to_prescriber=True, fax=f"{fmt_date(f['notice'], 'slash')} 09:17  QUILLFEATHER RX CLINICAL  PAGE 01/02")
    items.append(Item(f"{FAMILY}_faxs_stack_practice_cover_and_pbm_qty_reply", "fax_standard_g4", [den],
                      separators=[practice_cover(f, 2)]))

    # 7. Sunmeadow Medicare Part D: no adult ADHD diagnosis in the records (rotated)
    f = facts(227607, SM, "abbr")
    items.append(Item(f"{FAMILY}_rot_partd_notice_of_denial", "rotated", [sm_notice(
        f, f"{LDX} 20 mg capsule, 1 daily (requested {D(f, f['recv'])})",
        "Medicare Part D covers a drug only for a medically accepted indication. Your prescriber told us this "
        "medicine is for tiredness and trouble concentrating. The records we received do not include a diagnosis "
        "of attention-deficit/hyperactivity disorder (ADHD) made in adulthood or any other condition for which this "
        "drug is approved or supported in the drug compendia. We reviewed our prior authorization criteria for "
        "stimulants in members 18 and older, and they were not met.", [])]))
    return items
