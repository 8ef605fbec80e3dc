"""Family 'acupuncture_alternative_medicine_exclusion': commercial and Medicare Advantage EOBs and letters denying
acupuncture, massage therapy or naturopathic visits as excluded or over a visit limit; one paid chronic-low-back-pain
acupuncture claim; one family EOB with several members and only one claim denied.

Issuers (invented): Thornquist Mutual Health Insurance Company (commercial PPO; family EOB and single-claim EOB),
Ellesmere Health Plan (commercial HMO; letter on the yearly acupuncture visit limit), Quillfeather Benefit
Administrators, Inc. (TPA of a self-funded employer plan; naturopathy exclusion letter behind a fax cover sheet),
Penhallow Medicare Advantage (PPO; paid cLBP EOB, neck pain not covered, sessions 13-20 without improvement).
Decoys: dates of birth, NPIs, the practice's tax ID, other family members' claims, visit counters (12 in 90 days,
20 a year), prior visit dates, plan-year deductible and out-of-pocket amounts, the diagnosis codes.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, pdf_bytes, truth

FAMILY = "acupuncture_alternative_medicine_exclusion"
LANG = "en"
TQ = "Thornquist Mutual Health Insurance Company"
TQ_ADDR = ("PO Box 21874", "Ashgrove, KY 40311")
EL = "Ellesmere Health Plan"
EL_ADDR = ("1400 Wexcombe Parkway", "Harlan Point, WI 53589")
QF = "Quillfeather Benefit Administrators, Inc."
QF_ADDR = ("PO Box 5522", "Marlow Heights, NV 89431")
PH = "Penhallow Medicare Advantage"
PH_ADDR = ("PO Box 80314", "Coldwater Bay, OR 97145")
PRACT = {
    "lac": [("Mei-Lin Okafor, L.Ac.", "Sweetgrass Acupuncture Studio"),
            ("Bao Tran Nguyen, L.Ac., Dipl. OM", "Lotus Gate Community Acupuncture"),
            ("Ruairi Castellanos, L.Ac.", "Ninefold Path Acupuncture & Wellness")],
    "lmt": [("Dashiell Varga, LMT", "Stillwater Therapeutic Massage"),
            ("Amaka Lindqvist, LMT", "Driftwood Bodywork Collective")],
    "nd": [("Rosalind Achebe-Hart, ND", "Fernbrook Naturopathic Clinic")],
}
CPT = {"97810": "Acupuncture, 1+ needles, w/o e-stim, initial 15 min",
       "97811": "Acupuncture w/o e-stim, each addl 15 min",
       "97813": "Acupuncture, 1+ needles, with e-stim, initial 15 min",
       "97814": "Acupuncture with e-stim, each addl 15 min",
       "97124": "Massage therapy, each 15 min",
       "99203": "Office visit, new patient, low complexity",
       "99213": "Office visit, established patient"}


def facts(seed: int, kind: str, codes: list[str], ndates: int = 1) -> dict:
    r = Rand(seed)
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 210))
    first = notice - dt.timedelta(days=r.randint(18, 45))
    dates = sorted({first + dt.timedelta(days=7 * k + r.randint(0, 2)) for k in range(ndates)})
    lines = [(d, c, round(r.randint(55, 140) + r.choice([0, 0.5, 0.25, 0.75]), 2)) for d in dates for c in codes]
    pr, practice = r.choice(PRACT[kind])
    return dict(r=r, notice=notice, dates=dates, lines=lines, total=round(sum(x[2] for x in lines), 2),
                member=r.person(), addr=r.address(), pr=pr, practice=practice, npi=r.npi(), tin=r.digits(2) + "-" +
                r.digits(7), phone=r.phone(), dob=dt.date(r.randint(1948, 1990), r.randint(1, 12), r.randint(1, 28)))


def name_of(pr: str) -> str:
    return pr.split(",")[0]


def kv(d: Doc, rows, lw: float = 42, size: float = 9.5, h: float = 5.2, x: float | None = None) -> None:
    for k, v in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, h, k)
        d.font(size)
        d.cell(0, h, v, new_x="LMARGIN", new_y="NEXT")


# ---------------------------------------------------------------- Thornquist family EOB (several members)
def family_eob(seed: int, ds: str) -> tuple[bytes, dict]:
    f = facts(seed, "lmt", ["97124"], 1)
    r = f["r"]
    sub = f["member"]
    last = sub[3]
    spouse = r.person()
    spouse = (f"{spouse[1]} {spouse[2]}. {last}", spouse[1], spouse[2], last)
    kid = r.person()
    kid = (f"{kid[1]} {kid[2]}. {last}", kid[1], kid[2], last)
    denied_who = spouse
    mid, grp = "TMQ" + r.digits(9), "GR-" + r.digits(5)
    claims = [
        (sub, "01", "Dr. Ilse Moreau", [(f["dates"][0] - dt.timedelta(days=9), "99213", 185.00)], "paid"),
        (kid, "03", "Pinecrest Pediatric Associates", [(f["dates"][0] - dt.timedelta(days=4), "99203", 240.50)],
         "paid"),
        (denied_who, "02", f["pr"], [(d, c, ch) for d, c, ch in f["lines"]], "denied"),
    ]
    d = Doc("Helvetica", footer="TMH-EOB-FAM 2026   Page {p} of {n}")
    d.add_page()
    d.text_line("THORNQUIST", 20, "B")
    d.text_line("Mutual Health Insurance Company", 10)
    d.text_line(f"{TQ_ADDR[0]}, {TQ_ADDR[1]}   Customer Service {f['phone']}", 8.5)
    d.rule(0.6, 3)
    d.text_line("Family Explanation of Benefits - THIS IS NOT A BILL", 13, "B")
    d.ln(1)
    y = d.get_y()
    for ln in (sub[0].upper(), *[a.upper() for a in f["addr"]]):
        d.text_line(ln, 9.5)
    d.set_y(y)
    kv(d, [("Subscriber", sub[0]), ("Member ID", mid), ("Group number", grp), ("Plan", "Thornquist PPO Select 2500"),
           ("Statement date", fmt_date(f["notice"], ds))], lw=32, x=112)
    d.ln(3)
    d.text_line("Claims processed for your family", 11, "B")
    d.rule(0.3, 1)
    cl_nos = {}
    for who, sfx, prov, lines, st in claims:
        cn = "E" + r.digits(11)
        cl_nos[sfx] = cn
        d.ln(1)
        d.font(9.5, "B")
        d.cell(0, 5, f"Patient: {who[0]} (member {sfx})    Provider: {prov}    Claim #{cn}", new_x="LMARGIN",
               new_y="NEXT")
        rows = []
        for dd, c, ch in lines:
            if st == "paid":
                al = round(ch * 0.68, 2)
                rows.append([fmt_date(dd, "slash"), c, fmt_money(ch), fmt_money(al), fmt_money(round(al * 0.8, 2)),
                             fmt_money(round(al * 0.2, 2)), ""])
            else:
                rows.append([fmt_date(dd, "slash"), c, fmt_money(ch), "$0.00", "$0.00", fmt_money(ch), "EX7"])
        tot = round(sum(x[2] for x in lines), 2)
        rows.append(["*Claim total", "", fmt_money(tot), "", "", "", ""])
        d.table(["Service date", "Code", "Billed", "Allowed", "Plan paid", "You owe", "Remark"], rows,
                [28, 22, 26, 26, 26, 26, 20], size=8.5, aligns="LLRRRRC")
    d.text_line("Remark codes", 10, "B")
    d.para("EX7 - Massage therapy is excluded under your plan, whether or not it is performed by a licensed massage "
           "therapist and whether or not a physician prescribed it (see Exclusions, item 23, in your Certificate "
           "of Coverage). CARC 96: non-covered charge(s). The provider may bill you for this service.", 8.5)
    d.text_line("Plan year to date", 10, "B")
    d.para(f"Family deductible met: {fmt_money(1812.40)} of {fmt_money(5000)}. Family out-of-pocket met: "
           f"{fmt_money(2240.15)} of {fmt_money(12000)}.", 8.5)
    d.text_line("Your right to appeal", 10, "B")
    d.para("If you disagree with how a claim was processed, you or your authorized representative may file an "
           "appeal within 180 days of the date of this statement. Write to Thornquist Appeals, PO Box 21880, "
           "Ashgrove, KY 40311, or call Customer Service. You may also have the right to an external review.", 8.5)
    t = truth("eob", "not_covered", insurer=TQ, group_number=grp, member_id=mid, member_name=denied_who[0],
              case_numbers=[cl_nos["02"]], claim_amount=f"{f['total']:.2f}", service_dates=[iso(x) for x in f["dates"]],
              denial_date=iso(f["notice"]), provider=name_of(f["pr"]),
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- Thornquist single-claim EOB (acupuncture excluded)
def tq_eob(seed: int, ds: str) -> tuple[bytes, dict]:
    f = facts(seed, "lac", ["97813", "97814"], 2)
    r = f["r"]
    mid, grp, cn = "TMQ" + r.digits(9), "GR-" + r.digits(5), "E" + r.digits(11)
    m = f["member"]
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    d.text_line("THORNQUIST", 20, "B")
    d.text_line("Mutual Health Insurance Company", 10)
    d.rule(0.6, 3)
    d.text_line("Explanation of Benefits", 13, "B")
    d.text_line("This is not a bill. Keep this statement for your records.", 8.5)
    d.ln(2)
    d.boxes([("Member", m[0], 60), ("Member ID", mid, 44), ("Group", grp, 34), ("Issued", fmt_date(f["notice"], ds), 42)])
    d.boxes([("Claim number", cn, 60), ("Provider", f["pr"], 78), ("Provider NPI", f["npi"], 42)])
    d.ln(4)
    rows = [[fmt_date(dd, ds), c, CPT[c], fmt_money(ch, "nosign"), "0.00", "0.00", "96/N130"] for dd, c, ch in f["lines"]]
    rows.append(["*Totals", "", "", fmt_money(f["total"], "nosign"), "0.00", "0.00", ""])
    d.table(["Date of service", "CPT", "Description", "Charged", "Allowed", "Paid", "Codes"], rows,
            [26, 14, 74, 20, 16, 14, 16], size=7.8, aligns="LLLRRRC")
    d.text_line("Why this claim was not paid", 10.5, "B")
    d.para("Acupuncture, with or without electrical stimulation, is not a covered service under the Thornquist PPO "
           "Select plan. Your plan excludes acupuncture, acupressure and other alternative or complementary "
           "medicine. CARC 96 (non-covered charges); RARC N130 (consult plan benefit documents). You may owe the "
           f"provider the full charge of {fmt_money(f['total'])}.", 9.5)
    d.text_line("Appeals", 10.5, "B")
    d.para("You may ask us to review this decision within 180 days of the date of this statement. Send your "
           f"request with any records to Thornquist Appeals, PO Box 21880, Ashgrove, KY 40311. Questions: {f['phone']}.",
           9.5)
    t = truth("eob", "not_covered", insurer=TQ, group_number=grp, member_id=mid, member_name=m[0], case_numbers=[cn],
              claim_amount=f"{f['total']:.2f}", service_dates=[iso(x) for x in f["dates"]],
              denial_date=iso(f["notice"]), provider=name_of(f["pr"]),
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)),
              alternates={"provider": [f["practice"]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- Ellesmere letter: yearly visit limit reached
def el_letter(seed: int, ds: str) -> tuple[bytes, dict]:
    f = facts(seed, "lac", ["97810", "97811"], 3)
    r = f["r"]
    m = f["member"]
    mid, grp, ref = "ELH-" + r.digits(4) + "-" + r.digits(5), r.digits(6), "AD-" + r.digits(8)
    d = Doc("Times", footer="Ellesmere Health Plan is an HMO.   Page {p} of {n}")
    d.add_page()
    d.text_line(EL, 17, "B")
    d.text_line(f"{EL_ADDR[0]} / {EL_ADDR[1]} / Member Services {f['phone']}", 9)
    d.rule(0.3, 6)
    d.text_line(fmt_date(f["notice"], ds), 11)
    d.ln(3)
    for ln in (m[0], *f["addr"]):
        d.text_line(ln, 11)
    d.ln(4)
    kv(d, [("Member ID:", mid), ("Group:", grp), ("Reference number:", ref), ("Date of birth:", fmt_date(f["dob"], ds))],
       lw=40, size=10.5)
    d.ln(3)
    d.text_line("Notice of Adverse Benefit Determination", 12.5, "B")
    d.ln(1)
    dates = ", ".join(fmt_date(x, ds) for x in f["dates"])
    d.para(f"Dear {m[1]} {m[3]}:", 11)
    d.para(f"We received a claim from {f['pr']} of {f['practice']} for acupuncture visits on {dates}. The "
           f"total billed was {fmt_money(f['total'])}. We cannot pay for these visits.", 11)
    d.para("Your plan covers acupuncture for up to 20 visits in a calendar year when provided by a licensed "
           "acupuncturist. Our records show you had 20 covered acupuncture visits between January 6 and the dates "
           "above. These visits are over the yearly visit limit in your Evidence of Coverage, section 4.12, "
           "\"Acupuncture Services\". This is a benefit limit; we did not decide whether the visits were "
           "medically necessary.", 11)
    d.text_line("How to appeal", 11.5, "B")
    d.para("If you disagree with this decision, you may file an appeal. You must file within 180 days of the "
           "date of this letter. You may send written comments and records, and you may ask for copies of all "
           "documents we used free of charge. If your situation is urgent, you may ask for an expedited appeal "
           "and we will answer within 72 hours.", 11)
    d.para("Sincerely,\nClaims Review Unit, Ellesmere Health Plan", 11)
    t = truth("denial_letter", "not_covered", insurer=EL, group_number=grp, member_id=mid, member_name=m[0],
              case_numbers=[ref], claim_amount=f"{f['total']:.2f}", service_dates=[iso(x) for x in f["dates"]],
              denial_date=iso(f["notice"]), provider=name_of(f["pr"]),
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)),
              alternates={"provider": [f["practice"]]}, denial_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- Quillfeather TPA: naturopathy excluded
def qf_letter(seed: int, ds: str) -> tuple[bytes, dict]:
    f = facts(seed, "nd", ["99203"], 1)
    r = f["r"]
    sub = f["member"]
    dep = r.person()
    dep = (f"{dep[1]} {dep[2]}. {sub[3]}", dep[1], dep[2], sub[3])
    eid, grp, cn = "QE" + r.digits(7), "MCE" + r.digits(4), "QB" + r.digits(10)
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(QF, 14, "B")
    d.text_line("Claims administrator for the Marrowstone Cabinetry Employee Health Plan", 9)
    d.text_line(f"{QF_ADDR[0]}  {QF_ADDR[1]}   Tel {f['phone']}", 9)
    d.rule(0.4, 5)
    d.text_line(f"Date: {fmt_date(f['notice'], ds)}", 10.5)
    d.ln(2)
    for ln in (sub[0], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(3)
    d.boxes([("Employee", sub[0], 55), ("Employee ID", eid, 38), ("Group no.", grp, 30), ("Claim no.", cn, 57)])
    d.boxes([("Patient", dep[0], 55), ("Relationship", "Spouse", 38), ("Date of service", fmt_date(f["dates"][0], ds), 30),
             ("Amount billed", fmt_money(f["total"]), 57)])
    d.ln(4)
    d.text_line("Explanation of Adverse Benefit Determination", 12, "B")
    d.para(f"Provider: {f['pr']}, {f['practice']} (Tax ID {f['tin']})", 10)
    d.para(f"The claim for {dep[1]}'s naturopathic office visit (CPT 99203) was denied. The Marrowstone Cabinetry "
           "Employee Health Plan does not cover services of a naturopathic physician (ND), homeopathic remedies or "
           "dietary supplements. See the Summary Plan Description, Exclusions and Limitations, item 31. The plan "
           "would cover the same office visit with an MD, DO, nurse practitioner or physician assistant.", 10.5)
    d.text_line("Your right to appeal", 11, "B")
    d.para("You may appeal this decision to the Plan Administrator. Your written appeal must be filed within 180 days "
           "of the date of this notice. You have the right to bring a civil action under section 502(a) of ERISA "
           "after you have used the plan's appeal process.", 10.5)
    t = truth("denial_letter", "not_covered", insurer=QF, group_number=grp, member_id=eid, member_name=dep[0],
              case_numbers=[cn], claim_amount=f"{f['total']:.2f}", service_dates=[iso(f["dates"][0])],
              denial_date=iso(f["notice"]), provider=name_of(f["pr"]),
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)),
              alternates={"provider": [f["practice"]], "insurer": ["Marrowstone Cabinetry Employee Health Plan"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- Penhallow Medicare Advantage
def ph_head(d: Doc, f: dict) -> None:
    d.text_line("PENHALLOW", 21, "B")
    d.rule(0.9, 1.5)
    d.text_line(f"{PH} (PPO)  -  {PH_ADDR[0]}, {PH_ADDR[1]}  -  {f['phone']} (TTY 711)", 8.5)
    d.ln(5)


def ph_paid(seed: int, ds: str) -> tuple[bytes, dict]:
    f = facts(seed, "lac", ["97810", "97811"], 2)
    r = f["r"]
    m = f["member"]
    mid, cn = "PMA" + r.digits(8), r.digits(4) + "-" + r.digits(6) + "-" + r.digits(2)
    d = Doc("Helvetica", footer="H7731_EOB_2026   Page {p} of {n}")
    d.add_page()
    ph_head(d, f)
    d.text_line("Your Explanation of Benefits (EOB)", 13, "B")
    d.text_line("THIS IS NOT A BILL", 9, "B")
    d.ln(2)
    kv(d, [("Member name", m[0]), ("Member ID", f"{mid}"), ("Plan", "Penhallow Advantage Plus (PPO) H7731-006"),
           ("EOB date", fmt_date(f["notice"], ds)), ("Claim ID", cn), ("Provider", f"{f['pr']} ({f['practice']})"),
           ("Diagnosis", "M54.50 Low back pain, unspecified - chronic (over 12 weeks)")], lw=34)
    d.ln(3)
    rows = []
    for dd, c, ch in f["lines"]:
        al = round(ch * 0.6, 2)
        rows.append([fmt_date(dd, ds), c, fmt_money(ch), fmt_money(al), fmt_money(al - 20 if c == "97810" else al),
                     "$20.00" if c == "97810" else "$0.00"])
    paid_total = sum(round(ch * 0.6, 2) for _, _, ch in f["lines"]) - 20 * len(f["dates"])
    rows.append(["*Total", "", fmt_money(f["total"]), "", fmt_money(paid_total), fmt_money(20 * len(f["dates"]))])
    d.table(["Date", "Service", "Provider charged", "Plan approved", "Plan paid", "Your copay"], rows,
            [30, 22, 34, 32, 30, 28], size=8.8, aligns="LLRRRR", head_fill=True)
    n = r.randint(5, 9)
    d.para(f"Approved. Acupuncture for chronic low back pain is covered for up to 12 visits in 90 days. These were "
           f"visits {n} and {n + 1} of 12. Up to 8 more visits may be covered this year if your pain improves, "
           "and no more than 20 visits a year.", 9.5)
    d.para("If you disagree with how we handled this claim, you can ask for an appeal within 65 days of the date of "
           "this EOB.", 9)
    t = truth("eob", None, insurer=PH, plan_id="H7731-006", member_id=mid, member_name=m[0], case_numbers=[cn],
              claim_amount=f"{f['total']:.2f}", service_dates=[iso(x) for x in f["dates"]],
              denial_date=iso(f["notice"]), provider=name_of(f["pr"]),
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=65)),
              alternates={"provider": [f["practice"]], "plan_id": [None], "appeal_deadline": [None]},
              type_alternates=["other"])
    return pdf_bytes(d), t


def ph_denial(seed: int, ds: str, kind: str) -> tuple[bytes, dict]:
    f = facts(seed, "lac", ["97813"] if kind == "neck" else ["97810", "97811"], 2 if kind == "neck" else 3)
    r = f["r"]
    m = f["member"]
    mid, cn = "PMA" + r.digits(8), r.digits(4) + "-" + r.digits(6) + "-" + r.digits(2)
    d = Doc("Helvetica", footer="H7731_NDP26_C   Page {p} of {n}")
    d.add_page()
    ph_head(d, f)
    d.text_line("Notice of Denial of Payment", 14, "B")
    d.ln(1)
    kv(d, [("Date:", fmt_date(f["notice"], ds)), ("Member name:", m[0]), ("Member number:", mid),
           ("Claim number:", cn), ("Provider:", f"{f['pr']}, {f['practice']}"),
           ("Dates of service:", "; ".join(fmt_date(x, ds) for x in f["dates"])),
           ("Amount billed:", fmt_money(f["total"], "usd"))], lw=40, size=10)
    d.ln(3)
    d.text_line("We have denied payment for the acupuncture services listed above.", 10.5, "B")
    if kind == "neck":
        d.para("Medicare covers acupuncture only for chronic low back pain: pain lasting 12 weeks or longer that "
               "has no known cause (not related to surgery, pregnancy, cancer or an infection). The claim lists "
               "neck pain (M54.2) and headache (R51.9). Acupuncture for these conditions is not a covered "
               "Medicare benefit, so our plan does not pay for it.", 10.5)
    else:
        prev = f["dates"][0] - dt.timedelta(days=r.randint(50, 70))
        d.para("Medicare and our plan cover up to 12 acupuncture visits in 90 days for chronic low back pain. "
               "Eight more visits are covered only if the records show your pain and function are improving. "
               f"You had 12 covered visits starting {fmt_date(prev, ds)}. The notes for visits 13 through 15 show "
               "the same pain score (7 of 10) and no gain in function since visit 1, so continued treatment is "
               "not medically necessary under the coverage rules. Treatment must stop when a patient is not "
               "improving.", 10.5)
    d.text_line("If you disagree with our decision, you can appeal", 11, "B")
    d.para("You must ask for a reconsideration within 65 days from the date of this notice. We can give you more "
           "time if you have a good reason. Write to Penhallow Appeals and Grievances, PO Box 80390, Coldwater Bay, "
           "OR 97145, or fax 1-503-555-0147. Because this is about payment, a fast (expedited) appeal is not "
           "available.", 10)
    den = "not_covered" if kind == "neck" else "medical_necessity"
    t = truth("denial_letter", den, insurer=PH, member_id=mid, member_name=m[0], case_numbers=[cn],
              claim_amount=f"{f['total']:.2f}", service_dates=[iso(x) for x in f["dates"]],
              denial_date=iso(f["notice"]), provider=name_of(f["pr"]),
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=65)),
              alternates={"provider": [f["practice"]]},
              denial_alternates=["medical_necessity"] if kind == "neck" else ["not_covered"])
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    return [
        Item(f"{FAMILY}_bd_family_eob_massage_excluded", "born_digital", [family_eob(158520, "long")]),
        Item(f"{FAMILY}_bd_ma_paid_chronic_low_back_pain", "born_digital", [ph_paid(158521, "slash")]),
        Item(f"{FAMILY}_scan300_hmo_letter_20_visit_limit", "scan_clean_300", [el_letter(158522, "long")]),
        Item(f"{FAMILY}_faxfine_stack_cover_naturopath_excluded", "fax_fine_g4", [qf_letter(158523, "slash")],
             separators=["cover"]),
        Item(f"{FAMILY}_rotated_ma_neck_pain_not_covered", "rotated", [ph_denial(158524, "abbr", "neck")]),
        Item(f"{FAMILY}_phone_ma_sessions_13_plus_no_improvement", "phone_photo",
             [ph_denial(158525, "dmy", "noimp")]),
        Item(f"{FAMILY}_lowres_eob_acupuncture_excluded", "scan_lowres_150", [tq_eob(158526, "iso")]),
    ]
