"""Family 'sacroiliac_joint_fusion_denial': plan letters and EOBs on sacroiliac joint fusion (27279 minimally
invasive, 27280 open).

Issuers (all invented): Tollbridge Mutual Health (commercial; serif letters, a utilization-review fax), Pellingham
Health Alliance (HMO; hospital-claim EOB, appeal decision), Kestrel Ridge Employee Benefit Plan (self-funded; boxed
letter and EOB). Contents: open SI joint fusion denied as experimental (pre-service letter, and the surgeon's claim on
an EOB photographed with a phone); the hospital's separately billed implant denied as included in the procedure;
minimally invasive fusion denied for diagnostic injections with less than 75% relief, for only one diagnostic
injection (upheld on appeal), and for a second injection that was not an image-guided SI joint block (rotated scan);
an approval after a peer-to-peer review faxed to the surgeon. Decoys: the pain management doctor who did the
injections (with injection dates and relief percentages), dates of birth, request-received dates, NPIs, the
assistant surgeon, phone numbers, expedited and external-review limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "sacroiliac_joint_fusion_denial"
LANG = "en"

TM, PH, KR = "Tollbridge Mutual Health", "Pellingham Health Alliance", "Kestrel Ridge Employee Benefit Plan"
ADDR = {TM: ("PO Box 22870", "Wendover Flats, MN 55999"), PH: ("900 Pellingham Square", "Arbury, NC 27999"),
        KR: ("4 Kestrel Ridge Plaza, Floor 3", "Colter Springs, ID 83999")}
PRACTICES = ["Brannock Spine Surgery Associates", "Westmarch Neurosurgical Group", "Fallowfield Orthopaedic Spine"]
SURGEONS = {"Brannock Spine Surgery Associates": "Dr. Anders V. Pemberton-Yeo",
            "Westmarch Neurosurgical Group": "Dr. Chidinma R. Ashcombe",
            "Fallowfield Orthopaedic Spine": "Dr. Tomasz J. Kilbride"}
HOSPITALS = ["Saint Ivo Orthopedic Hospital", "Marrick Vale Surgical Hospital"]
PAIN = [("Dr. Farida N. Oyenuga, MD", "Larkspur Pain Management"),
        ("Dr. Matthias E. Quarrie, DO", "Greystoke Interventional Pain Clinic"),
        ("Dr. Svetlana K. Abernethy, MD", "Riverbend Spine & Pain Center")]
FIRST = ["Philippa", "Kwabena", "Rosalind", "Evander", "Marguerite", "Idris", "Clementine", "Anatoly", "Yewande",
         "Barnaby", "Henrietta", "Soren"]
LAST = ["Cattermole", "Okafor-Lind", "Pennington", "Strachan", "Wojcik", "Delacourt", "Ashdown", "Ferreira-Boyd",
        "Mortimer", "Quennell"]
STREETS = ["Larkhill Road", "Tanager Court", "Ridley Crescent", "Flintlock Drive", "Osier Lane"]
TOWNS = ["Wendover Flats, MN 55110", "Arbury, NC 27103", "Colter Springs, ID 83702", "Halesby, OH 43215"]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def D(f: dict, d: dt.date) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y"),
            "upper": d.strftime("%d %b %Y").upper()}[f["ds"]]


def facts(r: random.Random, ins: str, ds: str) -> dict:
    first, last, mid = r.choice(FIRST), r.choice(LAST), r.choice("ABCDEFGHJKLMNPRSTVW")
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 150))
    ids = {TM: ("TMH-" + digits(r, 8), "G" + digits(r, 6), "TM" + digits(r, 11)),
           PH: ("PHA" + digits(r, 9), digits(r, 5), digits(r, 13)),
           KR: (digits(r, 4) + "-" + digits(r, 5), "KREBP-" + digits(r, 3), "KR" + digits(r, 10))}[ins]
    prac = r.choice(PRACTICES)
    pain = r.choice(PAIN)
    inj1 = notice - dt.timedelta(days=r.randint(70, 110))
    inj2 = inj1 + dt.timedelta(days=r.randint(14, 30))
    return dict(ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(14, 9870)} {r.choice(STREETS)}", r.choice(TOWNS)), notice=notice,
                mid=ids[0], grp=ids[1], claim=ids[2], prac=prac, surg=SURGEONS[prac], hosp=r.choice(HOSPITALS),
                pain=pain[0], painclinic=pain[1], npi=npi(r), pain_npi=npi(r), ph=phone(r), inj1=inj1, inj2=inj2,
                dob=dt.date(r.randint(1950, 1990), r.randint(1, 12), r.randint(1, 28)),
                ref={TM: "TMR-", PH: "PA", KR: "UR-"}[ins] + digits(r, 8))


def letterhead(d: Doc, f: dict) -> None:
    ins, a = f["ins"], ADDR[f["ins"]]
    if ins == TM:
        d.text_line(TM.upper(), 17, "B", align="C")
        d.text_line(f"{a[0]}  -  {a[1]}", 9, align="C")
        d.text_line(f"Customer Service {f['ph']}  -  TTY 711", 9, align="C")
        d.ln(1)
        d.rule(0.3, 1)
    elif ins == PH:
        d.text_line("Pellingham", 22, "B")
        d.text_line("HEALTH ALLIANCE  |  HMO", 9, "B")
        d.text_line(f"{PH}, {a[0]}, {a[1]}  |  {f['ph']}", 8.5)
    else:
        d.set_fill_color(215, 215, 215)
        d.font(13, "B")
        d.cell(0, 9, "  " + KR, fill=True, new_x="LMARGIN", new_y="NEXT")
        d.text_line(f"Self-funded group health plan  |  {a[0]}, {a[1]}  |  Plan office {f['ph']}", 8.5)
    d.ln(6)


def pairs(d: Doc, rows, lw: float = 52, size: float = 10) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(lw, 5.3, k)
        d.font(size)
        d.multi_cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def addressee(d: Doc, f: dict) -> None:
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)


def appeal_text(d: Doc, f: dict, days: int, dated: bool, second: bool = False) -> dt.date:
    dl = f["notice"] + dt.timedelta(days=days)
    d.text_line("Your right to a second-level appeal" if second else "Your right to appeal", 11, "B")
    d.ln(1)
    if dated:
        d.para(f"If you disagree with this decision, your appeal must be received by {D(f, dl)}. Write to the "
               f"address above or call {f['ph']}. Include any records you want us to consider.")
    else:
        d.para(f"If you disagree with this decision, you may appeal within {days} days of the date of this letter. "
               f"Write to the address above or call {f['ph']}. Include any records you want us to consider.")
    d.para("Urgent cases may be appealed on an expedited basis (decided within 72 hours). After our final internal "
           "decision you may ask for an external review by an independent review organization within 4 months.",
           9.5)
    return dl


def letter(f: dict, title: str, rows, body: list[str], *, amt, denial, days, cases, sdates, provider, font="Helvetica",
           dated: bool = False, second: bool = False, dalts=(), alts=None, sign="Utilization Management",
           boxed: list | None = None) -> tuple[bytes, dict]:
    d = Doc(font, footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    addressee(d, f)
    d.text_line(title, 13, "B")
    d.ln(2)
    if boxed:
        for row in boxed:
            d.boxes(row)
        d.ln(4)
    if rows:
        pairs(d, rows)
    d.para(f"Dear {f['first']} {f['last']}:")
    for p in body:
        d.para(p)
    dl = appeal_text(d, f, days, dated, second) if days else None
    d.para(f"Sincerely,\n{sign}\n{f['ins']}", 10)
    t = truth("denial_letter" if denial else "other", denial, insurer=f["ins"], member_id=f["mid"],
              group_number=f["grp"], member_name=f["name"], case_numbers=cases,
              claim_amount=None if amt is None else m2(amt), service_dates=sdates, denial_date=iso(f["notice"]),
              provider=provider, appeal_deadline=None if dl is None else iso(dl),
              alternates={k: v for k, v in (alts or {}).items() if v}, denial_alternates=list(dalts))
    return pdf_bytes(d), t


def eob(f: dict, provider: str, lines, remarks, intro: str, denial, *, sdates, days: int = 180, dalts=(),
        alts=None, header_extra=(), ms: str = "plain", code_head: str = "Code") -> tuple[bytes, dict]:
    """lines: (date, code, description, billed, allowed, paid, you owe, remark)."""
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("Explanation of Benefits", 15, "B")
    d.text_line("This is not a bill. Keep it for your records.", 9)
    d.ln(3)
    y0 = d.get_y()
    addressee(d, f)
    d.set_xy(110, y0)
    meta = [("Date issued", D(f, f["notice"])), ("Patient", f["name"]), ("Member ID", f["mid"]),
            ("Group no.", f["grp"]), ("Claim no.", f["claim"]), ("Birth date", D(f, f["dob"]))]
    for k, v in meta:
        d.set_x(110)
        d.font(9, "B")
        d.cell(28, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 32) + 3)
    d.para(intro, 9.5)
    d.font(10, "B")
    d.cell(0, 6, f"Provider: {provider}  (NPI {f['npi']})", new_x="LMARGIN", new_y="NEXT")
    for x in header_extra:
        d.font(9)
        d.cell(0, 5, x, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    rows = [[a, b, c, fmt_money(e, ms), fmt_money(g, ms), fmt_money(h, ms), fmt_money(i, ms), j]
            for a, b, c, e, g, h, i, j in lines]
    tot = [sum(x[k] for x in lines) for k in (3, 4, 5, 6)]
    rows.append(["*Totals", "", "", *[fmt_money(v, ms) for v in tot], ""])
    d.table(["Date", code_head, "Service", "Charged", "Allowed", "Paid", "Your share", "Note"], rows,
            [22, 18, 52, 21, 20, 19, 20, 8], size=8, aligns="LLLRRRRL", head_fill=True)
    d.text_line("Notes", 10.5, "B")
    d.ln(1)
    for code, text in remarks:
        d.para(f"{code}  {text}", 9)
    dl = None
    if denial and days:
        dl = f["notice"] + dt.timedelta(days=days)
        d.text_line("Appeal rights", 10.5, "B")
        d.ln(1)
        d.para(f"You may appeal a denied service within {days} days of the date of this statement. Call {f['ph']} "
               f"or write to {f['ins']}, Appeals, {ADDR[f['ins']][0]}, {ADDR[f['ins']][1]}.", 9)
    t = truth("eob", denial, insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount=m2(tot[0]), service_dates=sdates,
              denial_date=iso(f["notice"]), provider=provider, appeal_deadline=None if dl is None else iso(dl),
              alternates={k: v for k, v in (alts or {}).items() if v}, denial_alternates=list(dalts))
    return pdf_bytes(d), t


def ur_fax(f: dict, auth: str, surgery: dt.date) -> tuple[bytes, dict]:
    """Tollbridge's utilization-review fax to the surgeon's office: approved after a peer-to-peer review."""
    d = Doc("Courier", footer=None)
    d.add_page()
    d.text_line(f"{D(f, f['notice'])} 11:52   TOLLBRIDGE MUTUAL UR   FAX 1-877-{digits(random.Random(236611), 3)}-"
                f"{digits(random.Random(236612), 4)}   P.1/1", 8)
    d.ln(3)
    d.text_line(TM.upper() + " - UTILIZATION REVIEW", 13, "B")
    d.text_line(f"{ADDR[TM][0]}, {ADDR[TM][1]}   Provider line {f['ph']}", 9)
    d.ln(3)
    d.text_line("AUTHORIZATION DETERMINATION - APPROVED", 12, "B")
    d.ln(2)
    pairs(d, [("To:", f"{f['prac']} / {f['surg']}"), ("Provider NPI:", f["npi"]),
              ("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]),
              ("Authorization no.:", auth), ("Prior review ref.:", f["ref"]),
              ("Procedure:", "27279 Arthrodesis, sacroiliac joint, percutaneous/minimally invasive, LEFT"),
              ("Facility:", f"{f['hosp']} (outpatient)"), ("Approved surgery date:", D(f, surgery)),
              ("Authorization valid:", f"{D(f, surgery)} - {D(f, surgery + dt.timedelta(days=60))}"),
              ("Peer-to-peer held:", D(f, f["notice"] - dt.timedelta(days=1))),
              ("Date of birth:", D(f, f["dob"]))], lw=48, size=9.5)
    d.para(f"Our earlier review (ref. {f['ref']}) did not approve this procedure because the records showed only one "
           f"diagnostic injection. During the peer-to-peer conversation {f['surg']} supplied the note of a second "
           f"image-guided SI joint block done by {f['pain']} ({f['painclinic']}) on {D(f, f['inj2'])}, with 80% "
           "relief, matching the first block. The request now meets the criteria and is APPROVED as requested.",
           9.5)
    d.para("Approval is not a guarantee of payment; benefits depend on eligibility on the date of service. The "
           "implant is included in the procedure payment and should not be billed separately.", 9)
    d.para("Nurse reviewer: R. Halloran, RN    Physician reviewer: Dr. Okwudili Fenn, MD (orthopedic surgery)", 9)
    t = truth("other", None, insurer=TM, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[auth, f["ref"]], service_dates=[iso(surgery)], denial_date=iso(f["notice"]),
              provider=f["prac"], alternates={"case_numbers": [[auth]], "provider": [f["surg"]]})
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []

    # 1 born digital: open approach (27280) experimental, pre-service
    f = facts(random.Random(236601), TM, "long")
    surgery = f["notice"] + dt.timedelta(days=19)
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Review number:", f["ref"]),
            ("Requested by:", f"{f['surg']}, {f['prac']} (NPI {f['npi']})"),
            ("Procedure:", "27280 Arthrodesis, sacroiliac joint, open, RIGHT, with bone graft"),
            ("Scheduled surgery:", f"{D(f, surgery)} at {f['hosp']}"),
            ("Diagnostic injections:", f"{D(f, f['inj1'])} and {D(f, f['inj2'])} by {f['pain']}"),
            ("Date of birth:", D(f, f["dob"]))]
    body = [f"{f['prac']} asked us to approve an open fusion of your right sacroiliac (SI) joint. We reviewed the "
            f"surgeon's notes, your imaging, and the notes of the two diagnostic blocks done at {f['painclinic']}.",
            "We did not approve the open procedure. Under Tollbridge medical policy SUR-0317 (Sacroiliac Joint "
            "Fusion), open SI joint fusion for degenerative or mechanical SI joint pain is considered experimental "
            "and investigational: published studies have not shown that it improves outcomes compared with other "
            "treatment, and it is covered only as part of surgery for trauma, tumor or infection, which you do not "
            "have. Your plan excludes experimental and investigational services.",
            "The policy does cover minimally invasive SI joint fusion (27279) with a titanium implant when its "
            "criteria are met. Your surgeon may send a new request for that procedure."]
    items.append(Item(f"{FAMILY}_bd_open_approach_experimental", "born_digital", [letter(
        f, "Notice of Adverse Benefit Determination", rows, body, amt=None, denial="experimental", days=180,
        cases=[f["ref"]], sdates=[iso(surgery)], provider=f["prac"], font="Times",
        alts={"provider": [f["surg"]]}, dalts=["not_covered"])]))

    # 2 born digital: hospital claim EOB, implant billed separately denied
    f = facts(random.Random(236602), PH, "slash")
    dos = f["notice"] - dt.timedelta(days=38)
    lines = [(D(f, dos), "0360", "OR services, 27279 SI fusion", 18420.00, 9816.00, 9816.00, 0, ""),
             (D(f, dos), "0278", "Implant, C1889 (3 titanium)", 14250.00, 0, 0, 0, "IB"),
             (D(f, dos), "0370", "Anesthesia supplies", 1185.50, 402.00, 402.00, 0, ""),
             (D(f, dos), "0710", "Recovery room", 2240.00, 611.75, 611.75, 0, "")]
    rem = [("IB", "The SI joint fusion implant is included in the plan's case rate for procedure 27279 and is not "
                  "paid separately under your hospital's contract. This is a billing rule, not a finding about your "
                  "care; the hospital may not bill you for this line."),
           ("--", f"Surgeon {f['surg']} ({f['prac']}) bills separately. Your HMO copay for outpatient surgery "
                  "($0 after the plan-year out-of-pocket maximum) has been met.")]
    items.append(Item(f"{FAMILY}_bd_eob_implant_billed_separately", "born_digital", [eob(
        f, f["hosp"], lines, rem, "We processed your hospital claim. One line was not paid.", "coding_error",
        sdates=[iso(dos)], code_head="Rev.", dalts=["not_covered"],
        header_extra=[f"Injections before surgery: {f['pain']}, {f['painclinic']}"],
        alts={"claim_amount": ["14250.00"]})]))

    # 3 scan 300: relief under 75% after the two diagnostic injections, pre-service, dated deadline
    f = facts(random.Random(236603), TM, "dmy")
    surgery = f["notice"] + dt.timedelta(days=14)
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Review number:", f["ref"]),
            ("Requested by:", f"{f['prac']} (NPI {f['npi']})"),
            ("Procedure:", "27279 Arthrodesis, SI joint, minimally invasive, LEFT"),
            ("Planned surgery date:", D(f, surgery)), ("Request received:", D(f, f["notice"] - dt.timedelta(days=5))),
            ("Injecting physician:", f"{f['pain']}, NPI {f['pain_npi']}")]
    body = [f"We reviewed {f['prac']}'s request for a minimally invasive fusion of your left SI joint.",
            "Our policy SUR-0317 requires that two separate diagnostic SI joint injections, done under imaging "
            "guidance, each give at least 75% pain relief for the expected time of the anesthetic. The records "
            f"show two injections by {f['pain']} at {f['painclinic']}: on {D(f, f['inj1'])} with 50% relief and on "
            f"{D(f, f['inj2'])} with 60% relief. Less than 75% relief means the SI joint may not be the main source "
            "of your pain, and fusion is not medically necessary.",
            "This decision was made by a physician reviewer board-certified in orthopedic surgery."]
    items.append(Item(f"{FAMILY}_scan300_relief_under_75", "scan_clean_300", [letter(
        f, "Prior Authorization Denied", rows, body, amt=None, denial="medical_necessity", days=180, dated=True,
        cases=[f["ref"]], sdates=[iso(surgery)], provider=f["prac"], font="Times", alts={"provider": [f["surg"]]})]))

    # 4 fax standard: approved after a peer-to-peer review
    f = facts(random.Random(236604), TM, "abbr")
    surgery = f["notice"] + dt.timedelta(days=16)
    auth = "TMA" + digits(random.Random(236614), 9)
    items.append(Item(f"{FAMILY}_faxstd_approved_after_peer_to_peer", "fax_standard_g4", [ur_fax(f, auth, surgery)]))

    # 5 photocopy: appeal upheld, only one diagnostic injection (post-service surgeon claim)
    f = facts(random.Random(236605), PH, "iso")
    dos = f["notice"] - dt.timedelta(days=70)
    f["inj1"] = dos - dt.timedelta(days=47)
    amt = 7864.00
    appeal_no = "PHA-GA-" + digits(random.Random(236615), 7)
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Appeal number:", appeal_no),
            ("Claim number:", f["claim"]), ("Provider:", f"{f['prac']} ({f['surg']}), NPI {f['npi']}"),
            ("Date of surgery:", D(f, dos)), ("Procedure:", "27279 SI joint fusion, minimally invasive, right"),
            ("Amount billed:", fmt_money(amt)), ("Your appeal received:", D(f, f["notice"] - dt.timedelta(days=25)))]
    body = [f"You asked us to reconsider our denial of the claim from {f['prac']} for your SI joint fusion. An "
            "orthopedic spine surgeon who did not take part in the first decision reviewed your appeal.",
            f"Decision: the denial is upheld. Our criteria require two diagnostic SI joint injections, each with at "
            f"least 75% relief. The records show one image-guided injection by {f['pain']} of {f['painclinic']} on "
            f"{D(f, f['inj1'])} (90% relief). No second confirming injection was done before surgery, so the fusion "
            "did not meet the criteria and was not medically necessary. The letter from your surgeon does not "
            "change this."]
    items.append(Item(f"{FAMILY}_copy_appeal_upheld_one_injection", "photocopy", [letter(
        f, "Grievance and Appeal Decision", rows, body, amt=amt, denial="medical_necessity", days=60, second=True,
        cases=[appeal_no, f["claim"]], sdates=[iso(dos)], provider=f["prac"], sign="Grievance and Appeals Unit",
        alts={"case_numbers": [[appeal_no]], "provider": [f["surg"]]})]))

    # 6 phone photo: surgeon's claim for open fusion denied as experimental
    f = facts(random.Random(236606), KR, "short")
    dos = f["notice"] - dt.timedelta(days=29)
    lines = [(D(f, dos), "27280", "SI joint fusion, open, L", 9650.00, 0, 0, 0, "E4"),
             (D(f, dos), "20937", "Autograft, separate incision", 1240.00, 0, 0, 0, "E4"),
             (D(f, dos), "27280-80", "Assistant surgeon", 1930.00, 0, 0, 0, "E4")]
    rem = [("E4", "Open sacroiliac joint fusion for SI joint pain without fracture, tumor or infection is "
                  "experimental/investigational under the Plan (SPD section 9.4, Exclusions). Services done with an "
                  "excluded procedure are also excluded."),
           ("--", "Assistant at surgery: Lucian B. Harrowgate, PA-C, billed under the same claim.")]
    items.append(Item(f"{FAMILY}_phone_eob_open_fusion_experimental", "phone_photo", [eob(
        f, f["prac"], lines, rem, "The Plan processed the claim below. The services were not covered.",
        "experimental", sdates=[iso(dos)], ms="nosign", dalts=["not_covered"],
        header_extra=[f"Surgeon: {f['surg']}    Referring: {f['pain']} ({f['painclinic']})"],
        alts={"provider": [f["surg"]]})]))

    # 7 rotated: boxed letter, second injection not an image-guided SI joint block (fewer than two diagnostic)
    f = facts(random.Random(236607), KR, "upper")
    surgery = f["notice"] + dt.timedelta(days=21)
    boxed = [[("Letter date", D(f, f["notice"]), 38), ("Participant ID", f["mid"], 40), ("Plan group", f["grp"], 34),
              ("Review ID", f["ref"], 40)],
             [("Patient", f["name"], 70), ("Date of birth", D(f, f["dob"]), 38), ("Planned surgery", D(f, surgery), 44)],
             [("Surgeon / practice", f"{f['surg']}, {f['prac']}", 112), ("NPI", f["npi"], 40)],
             [("Procedure", "27279 SI joint fusion, minimally invasive, bilateral (2 units)", 152)]]
    body = [f"The Plan's medical reviewer looked at the request from {f['prac']} and the injection notes from "
            f"{f['painclinic']}.",
            f"The Plan covers SI joint fusion only after two diagnostic SI joint blocks under fluoroscopic or CT "
            f"guidance, each with at least 75% relief. The block on {D(f, f['inj1'])} by {f['pain']} qualifies "
            f"(80% relief). The injection on {D(f, f['inj2'])} was a trigger point injection of the gluteal muscles "
            "given without imaging, not an SI joint block, so it cannot count as the second diagnostic injection. "
            "With fewer than two qualifying injections, the fusion is not medically necessary, and it is denied.",
            "The Plan will review a new request if a second image-guided SI joint block is done."]
    items.append(Item(f"{FAMILY}_rotated_boxed_second_injection_not_si_block", "rotated", [letter(
        f, "Adverse Benefit Determination (Pre-Service)", [], body, amt=None, denial="medical_necessity", days=180,
        cases=[f["ref"]], sdates=[iso(surgery)], provider=f["prac"], boxed=boxed, sign="Plan Medical Review",
        alts={"provider": [f["surg"]]})]))
    return items
