"""Family 'utilization_fax': a health plan's utilization-management determinations faxed to a hospital's UR desk.

Larkspur Health Partners is fictional. Each page carries the sending fax machine's header line (date and time,
from number, job number, page x/y). The body is a dense form: checkbox determination ("☒ Denied ☐ Approved
☐ Partially approved"), requested versus approved days, units or level of care (inpatient -> observation,
IRF -> SNF), criteria, the reviewing physician's credentials, a peer-to-peer offer and appeal rights.
Authorization/reference numbers sit beside unrelated numbers: fax job and transaction IDs, portal submission
numbers, NPIs, TINs, DOB. A fax batch carries two determinations (a denial and an approval) in one transmission.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from capture import Item
from inv_kit import Doc, Rand, fmt_date, iso, pdf_bytes, truth

FAMILY = "utilization_fax"
LANG = "en"
INSURER = "Larkspur Health Partners"
FAX_FROM = "18555550190"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SANS_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
FACILITIES = ["St. Bramwell Community Hospital", "Calloway Memorial Medical Center", "Ridgeback Valley Hospital"]
SNFS = ["Larkmoor Skilled Nursing & Rehabilitation", "Cottonwood Bend Care Center"]
DOCTORS = ["Dr. Tobias Wrenfield", "Dr. Amara Okonjo-Hale", "Dr. Felipe Arranz", "Dr. Greta Lindahl",
           "Dr. Marcus Beaumont", "Dr. Yusuf Haddad"]
REVIEWERS = [("Dr. Corinne Maddox, MD", "Board certified, Internal Medicine"),
             ("Dr. Anton Rybak, DO", "Board certified, Physical Medicine & Rehabilitation"),
             ("Dr. Helena Strom, MD", "Board certified, Orthopaedic Surgery"),
             ("Dr. Ravi Sundaresan, MD", "Board certified, Neurology")]
# kind -> (denial, review type, setting requested, setting approved, service text, codes, decision box, reason)
CASES = {
    "obs": ("level_of_care", "Urgent concurrent", "Inpatient acute", "Observation", "Admission, chest pain "
            "rule-out", "ICD-10 R07.9; Rev 0120", "level",
            "Clinical information reviewed does not meet criteria for inpatient admission. Troponins negative x2, "
            "no ECG changes, hemodynamically stable on room air. Services are approved at the OBSERVATION level "
            "of care. Inpatient level of care is not approved."),
    "snf_days": ("level_of_care", "Concurrent", "Skilled nursing facility", "Home health", "SNF continued stay",
                 "ICD-10 S72.001D; Rev 0191", "partial",
                 "Member ambulating 150 ft with rolling walker, independent transfers, no daily skilled need "
                 "documented after the approved days. Continued SNF stay not medically necessary at this level; "
                 "needs can be met with home health PT/OT. Additional SNF days are denied."),
    "mri": ("medical_necessity", "Standard pre-service", "Outpatient", "-", "MRI lumbar spine without contrast",
            "CPT 72148; ICD-10 M54.50", "denied",
            "Records show low back pain of 3 weeks' duration without red-flag signs, neurological deficit or a "
            "trial of conservative therapy. Imaging is not medically necessary per Larkspur Medical Policy "
            "RAD-207 (advanced imaging of the spine)."),
    "irf": ("level_of_care", "Urgent pre-service", "Inpatient rehabilitation facility", "Skilled nursing facility",
            "Acute inpatient rehabilitation admission", "ICD-10 I63.512; Rev 0118", "level",
            "Member cannot currently tolerate 3 hours of therapy a day, 5 days a week, as documented by therapy "
            "notes (45-60 minutes per session with rest breaks). Criteria for acute inpatient rehabilitation not "
            "met. Post-acute care at a skilled nursing facility is approved instead."),
    "pt_units": ("medical_necessity", "Standard pre-service", "Outpatient", "Outpatient",
                 "Physical therapy visits", "CPT 97110, 97140, 97530; ICD-10 M17.11", "partial",
                 "Submitted notes show steady progress toward goals. 8 further visits are approved to establish a "
                 "home program. The remaining requested visits are not medically necessary at this time; a new "
                 "request with updated progress notes may be submitted."),
    "noinfo": ("other", "Standard pre-service", "Outpatient surgery", "-", "Laparoscopic cholecystectomy",
               "CPT 47562; ICD-10 K80.20", "denied",
               "Requested clinical information (imaging report and surgical consultation note) was not received "
               "within the review time frame after two requests by fax. Unable to establish that criteria are "
               "met; the request is denied for lack of information. A new request may be submitted with records."),
    "late_notice": ("prior_authorization", "Retrospective", "Inpatient acute", "-", "Inpatient admission "
                    "(notification received after discharge)", "ICD-10 K85.90; Rev 0120", "denied",
                    "Larkspur requires notification of an inpatient admission within 1 business day. Notification "
                    "for this admission was received after discharge, 9 days after admission. Per the provider "
                    "agreement, the admission is administratively denied for late notification; member may not be "
                    "balance billed."),
    "exper": ("experimental", "Standard pre-service", "Outpatient", "-", "Gene expression profiling assay, "
              "thyroid nodule", "CPT 81546; ICD-10 E04.1", "denied",
              "The requested test is considered investigational for this indication under Larkspur Medical Policy "
              "LAB-088; published evidence does not show that results improve health outcomes."),
}
# stem, condition, [kinds] (a second kind "approve" = an approval in the same transmission), date style, deadline
PLAN = [
    ("utilization_fax_faxs_inpt_obs", "fax_standard_g4", ["obs"], "slash", "within"),
    ("utilization_fax_faxf_snf_days", "fax_fine_g4", ["snf_days"], "dmy", "within"),
    ("utilization_fax_faxs_mri", "fax_standard_g4", ["mri"], "slash", "date"),
    ("utilization_fax_faxf_irf", "fax_fine_g4", ["irf"], "slash", "within"),
    ("utilization_fax_bd_pt_units", "born_digital", ["pt_units"], "dmy", "date"),
    ("utilization_fax_bd_noinfo", "born_digital", ["noinfo"], "slash", "within"),
    ("utilization_fax_copy_late_notice", "photocopy", ["late_notice"], "slash", "date"),
    ("utilization_fax_faxs_batch", "fax_standard_g4", ["exper", "approve"], "slash", "within"),
]


class FaxDoc(Doc):
    """A page with the sending machine's header line on top (page numbers count across the transmission)."""

    def __init__(self, fax_line, first_page: int, total: int):
        super().__init__("DejaVu", margins=(14, 16, 14))
        self.add_font("DejaVu", "B", SANS_B)
        self.add_font("Mono", "", MONO)
        self.fax_line, self.first, self.total = fax_line, first_page, total

    def header(self):
        self.set_xy(8, 5)
        self.set_font("Mono", "", 7)
        self.cell(0, 3.5, self.fax_line(self.first + self.page_no() - 1, self.total))
        self.set_y(14)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 6.5)
        self.cell(0, 3.5, "CONFIDENTIAL: This fax contains protected health information. If received in error, "
                          "notify the sender at 1-855-555-0190 and destroy all copies.  Form UM-DN-07 (rev. 11/2025)",
                  align="C")


def bar(d: Doc, title: str):
    d.set_fill_color(40, 40, 40)
    d.set_text_color(255, 255, 255)
    d.set_font("DejaVu", "B", 8)
    d.cell(0, 4.8, "  " + title, fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)


def row(d: Doc, cells: list, h: float = 6.2):
    """One ruled row of 'Label: value' cells."""
    for label, value, w in cells:
        x, y = d.get_x(), d.get_y()
        d.rect(x, y, w, h)
        d.set_font("DejaVu", "B", 6.8)
        lw = d.get_string_width(label + " ") + 0.5
        d.cell(lw, h, " " + label)
        d.set_font("DejaVu", "", 8.2)
        d.cell(w - lw, h, value)
        d.set_xy(x + w, y)
    d.ln(h)


def box(checked: bool) -> str:
    return "☒" if checked else "☐"


def facts(r: Rand, kind: str, ds: str) -> dict:
    name = r.person()
    notice = r.date(dt.date(2026, 1, 10), 240)
    ma = r.random() < 0.35
    start = notice + dt.timedelta(days=r.randint(5, 21))
    end = None
    req_days = appr_days = None
    if kind in ("obs", "irf"):
        start = notice - dt.timedelta(days=r.randint(0, 1))
    if kind == "snf_days":
        req_days, appr_days = r.choice([(14, 5), (10, 4), (21, 7)])
        start = notice - dt.timedelta(days=appr_days - 2)
        end = start + dt.timedelta(days=req_days - 1)
    if kind == "pt_units":
        start = notice + dt.timedelta(days=r.randint(2, 7))
        end = start + dt.timedelta(days=59)
        req_days, appr_days = r.choice([(24, 8), (20, 8), (16, 6)])
    if kind == "late_notice":
        start = notice - dt.timedelta(days=r.randint(14, 30))
        end = start + dt.timedelta(days=r.randint(3, 6))
    return dict(name=name, notice=notice, ma=ma, start=start, end=end, req=req_days, appr=appr_days, ds=ds,
                mid=f"LHP{r.digits(8)}", group=None if ma else f"{r.digits(4)}-{r.letters(2)}",
                plan=f"H3321-{r.choice(['004', '011'])}" if ma else None,
                product="Larkspur Medicare Advantage HMO" if ma else r.choice(["Larkspur Choice POS",
                                                                                "Larkspur Access HMO"]),
                auth=f"A{notice.strftime('%y')}{r.digits(7)}", ref=f"UM-{r.digits(6)}",
                portal=f"SUB-{r.digits(9)}", dob=dt.date(r.randint(1938, 1996), r.randint(1, 12), r.randint(1, 28)),
                doctor=r.choice(DOCTORS),
                facility=r.choice(SNFS if kind == "snf_days" else FACILITIES), npi=r.npi(), fnpi=r.npi(),
                tin=f"{r.digits(2)}-{r.digits(7)}", reviewer=r.choice(REVIEWERS),
                sent=dt.datetime.combine(notice + dt.timedelta(days=r.choice([0, 0, 1])),
                                         dt.time(r.randint(7, 18), r.randint(0, 59))),
                job=f"T-{r.randint(100, 999)}", fid=f"F-{r.randint(100, 999)}", p2p=r.phone())


def fax_line_for(f: dict):
    sent = f["sent"]
    stamp = sent.strftime("%b-%d-%Y %I:%M%p").upper()

    def line(p: int, n: int) -> str:
        return (f"{stamp}  FROM-LARKSPUR HEALTH UM   {FAX_FROM}   TO-UR DEPT 5550143   "
                f"{f['job']} P.{p:03d}/{n:03d} {f['fid']}")
    return line


def header_block(d: Doc, f: dict, title: str):
    d.set_font("DejaVu", "B", 15)
    d.cell(95, 7, "LARKSPUR HEALTH PARTNERS")
    d.set_font("DejaVu", "", 7.5)
    d.multi_cell(0, 3.4, "Utilization Management Department\n2250 Foundry Row, Suite 300, Boise, ID 83702\n"
                         "Phone 1-855-555-0191   Fax 1-855-555-0190", align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.set_font("DejaVu", "B", 11)
    d.cell(0, 6, title, align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)


def determination(r: Rand, kind: str, ds: str, dl: str, page0: int = 1, total: int | None = None,
                  f: dict | None = None) -> tuple[bytes, dict, dict]:
    denial, rtype, req_set, appr_set, svc, codes, decision, reason = CASES[kind]
    f = f or facts(r, kind, ds)
    n = f["notice"]
    d = FaxDoc(fax_line_for(f), page0, total or 2)
    d.add_page()
    header_block(d, f, "NOTICE OF UTILIZATION REVIEW DETERMINATION")
    w = d.w - d.l_margin - d.r_margin
    row(d, [("Date of notice:", fmt_date(n, ds), w * 0.34), ("Authorization #:", f["auth"], w * 0.33),
            ("Reference #:", f["ref"], w * 0.33)])
    row(d, [("Review type:", rtype, w * 0.34), ("Portal submission no.:", f["portal"], w * 0.66)])
    bar(d, "MEMBER")
    mid_label = r.choice(["Member ID:", "Subscriber #:", "ID No.:"])
    row(d, [("Name:", f["name"][0], w * 0.5), (mid_label, f["mid"], w * 0.5)])
    row(d, [("DOB:", f["dob"].strftime("%m/%d/%Y"), w * 0.25),
            (("Contract-PBP:", f["plan"]) if f["ma"] else ("Group #:", f["group"])) + (w * 0.3,),
            ("Product:", f["product"], w * 0.45)])
    bar(d, "REQUESTING / ATTENDING PROVIDER")
    row(d, [("Name:", f["doctor"], w * 0.5), ("NPI:", f["npi"], w * 0.22), ("TIN:", f["tin"], w * 0.28)])
    row(d, [("Facility:", f["facility"], w * 0.5), ("Facility NPI:", f["fnpi"], w * 0.5)])
    bar(d, "SERVICE REQUESTED")
    row(d, [("Service:", svc, w * 0.6), ("Codes:", codes, w * 0.4)])
    start, end = f["start"], f["end"]
    if kind == "snf_days":
        last_ok = start + dt.timedelta(days=f["appr"] - 1)
        row(d, [("Requested:", f"{f['req']} days  {fmt_date(start, ds)} - {fmt_date(end, ds)}", w * 0.5),
                ("Approved:", f"{f['appr']} days  {fmt_date(start, ds)} - {fmt_date(last_ok, ds)}", w * 0.5)])
        row(d, [("Denied:", f"{f['req'] - f['appr']} days  {fmt_date(last_ok + dt.timedelta(days=1), ds)} - "
                            f"{fmt_date(end, ds)}", w * 0.5), ("Next review:", "N/A - discharge planned", w * 0.5)])
    elif kind == "pt_units":
        row(d, [("Requested:", f"{f['req']} visits", w * 0.25), ("Approved:", f"{f['appr']} visits", w * 0.25),
                ("Authorization period:", f"{fmt_date(start, ds)} - {fmt_date(end, ds)}", w * 0.5)])
    elif kind == "late_notice":
        row(d, [("Admit date:", fmt_date(start, ds), w * 0.33), ("Discharge date:", fmt_date(end, ds), w * 0.33),
                ("Notified:", fmt_date(end + dt.timedelta(days=2), ds), w * 0.34)])
    elif kind in ("obs", "irf"):
        row(d, [("Admit / start date:", fmt_date(start, ds), w * 0.3), ("Level requested:", req_set, w * 0.7)])
        row(d, [("Days requested:", "3", w * 0.3), ("Level approved:", appr_set, w * 0.7)])
    else:
        row(d, [("Date of service (planned):", fmt_date(start, ds), w * 0.5), ("Units requested:", "1", w * 0.5)])
    d.ln(1.5)
    bar(d, "DETERMINATION")
    d.ln(1)
    d.set_font("DejaVu", "", 9.5)
    marks = [("Approved", False), ("Denied", decision == "denied"), ("Partially approved", decision == "partial"),
             ("Level of care changed", decision == "level")]
    d.cell(0, 6, "     ".join(f"{box(c)} {t}" for t, c in marks), new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "B", 8)
    d.cell(0, 5, "Rationale:", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 8.5)
    d.multi_cell(0, 4.2, reason, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.set_font("DejaVu", "", 7.8)
    d.multi_cell(0, 3.8, "Criteria applied: Larkspur clinical criteria for the level of care requested and the "
                         "medical policy cited, available on request at no cost.", new_x="LMARGIN", new_y="NEXT")
    rev, cred = f["reviewer"]
    row(d, [("Physician reviewer:", rev, w * 0.45), ("", cred, w * 0.55)])
    row(d, [("Reviewer license:", f"ID-{r.digits(5)}", w * 0.45), ("Decision time:", f["sent"].strftime("%H:%M"),
                                                                      w * 0.55)])
    d.ln(1.5)
    bar(d, "PEER-TO-PEER / APPEAL RIGHTS")
    d.set_font("DejaVu", "", 8)
    deadline = n + dt.timedelta(days=65 if f["ma"] else 180)
    if dl == "within":
        appeal = (f"A standard appeal must be filed within {65 if f['ma'] else 180} days of the date of this notice.")
    else:
        appeal = f"Appeal filing deadline: {fmt_date(deadline, ds)}."
    d.multi_cell(0, 3.9, f"The attending physician may request a peer-to-peer conversation with the physician "
                         f"reviewer within 2 business days of this notice by calling {f['p2p']}, option 3. A "
                         f"peer-to-peer conversation is not an appeal. {appeal} The member, the member's "
                         f"representative or the provider acting for the member may appeal in writing to Larkspur "
                         f"Appeals, PO Box 8810, Boise, ID 83707, fax 1-855-555-0194. If the member's life or health "
                         f"could be seriously jeopardized, request an expedited appeal (decision within 72 hours).",
                 new_x="LMARGIN", new_y="NEXT")
    d.add_page()
    d.set_font("DejaVu", "B", 9)
    d.cell(0, 5, f"Member: {f['name'][0]}   ID {f['mid']}   Auth # {f['auth']}", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.set_font("DejaVu", "", 8)
    for para in (
        "MEMBER NOTICE. A copy of this determination has been mailed to the member. The member may request, free "
        "of charge, copies of all documents, records and criteria used in this decision.",
        ("MEDICARE ADVANTAGE MEMBERS: if Larkspur upholds this decision on reconsideration, the case is sent "
         "automatically to the Independent Review Entity. Quality of care complaints may be made to the QIO."
         if f["ma"] else
         "EXTERNAL REVIEW: after the internal appeal, decisions based on medical necessity, level of care or "
         "experimental treatment may be reviewed by an independent review organization; the request must be "
         "made within 4 months of the final internal decision. The Idaho Department of Insurance can help."),
        "Larkspur Health Partners complies with applicable Federal civil rights laws and does not discriminate "
        "on the basis of race, color, national origin, age, disability or sex. Language assistance is free: "
        "1-855-555-0191 (TTY 711). ATENCIÓN: servicios gratuitos de asistencia lingüística.",
        f"Transmission ID {f['fid']}{f['job'][2:]}. Fax total pages as shown in the header. If pages are missing, "
        "call 1-855-555-0191.",
    ):
        d.multi_cell(0, 3.9, para, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.5)
    if kind == "snf_days":
        svc_dates = [iso(start + dt.timedelta(days=f["appr"]), end)]
        alts = {"service_dates": [[iso(start, end)]]}
    elif kind in ("pt_units", "late_notice"):
        svc_dates, alts = [iso(start, end)], {"service_dates": [[iso(start)]]}
    else:
        svc_dates, alts = [iso(start)], {}
    alts["provider"] = [f["facility"]]
    alts["plan_id"] = [None] if f["ma"] else [f["product"]]
    if d.page_no() != 2:
        raise SystemExit(f"{kind}: the determination must be two pages (fax header counts them), got {d.page_no()}")
    t = truth("denial_letter", denial, insurer=INSURER, plan_id=f["plan"], group_number=f["group"],
              member_id=f["mid"], member_name=f["name"][0], case_numbers=[f["auth"], f["ref"]], claim_amount=None,
              service_dates=svc_dates, denial_date=iso(n), provider=f["doctor"], appeal_deadline=iso(deadline),
              alternates=alts)
    if denial == "other":
        t["denial_alternates"] = ["medical_necessity"]
    if kind == "late_notice":
        t["denial_alternates"] = ["other"]
    if kind in ("snf_days", "obs", "irf"):
        t["denial_alternates"] = ["medical_necessity"]
    return pdf_bytes(d), t, f


def approval(r: Rand, ds: str, page0: int, total: int, base: dict) -> tuple[bytes, dict]:
    """An approved request sent in the same transmission (same fax header stamp and job)."""
    f = facts(r, "mri", ds)
    f.update(sent=base["sent"], job=base["job"], fid=base["fid"], notice=base["notice"])
    d = FaxDoc(fax_line_for(f), page0, total)
    d.add_page()
    header_block(d, f, "NOTICE OF UTILIZATION REVIEW DETERMINATION")
    w = d.w - d.l_margin - d.r_margin
    start = f["notice"] + dt.timedelta(days=r.randint(4, 15))
    row(d, [("Date of notice:", fmt_date(f["notice"], ds), w * 0.34), ("Authorization #:", f["auth"], w * 0.33),
            ("Reference #:", f["ref"], w * 0.33)])
    bar(d, "MEMBER")
    row(d, [("Name:", f["name"][0], w * 0.5), ("Member ID:", f["mid"], w * 0.5)])
    row(d, [("DOB:", f["dob"].strftime("%m/%d/%Y"), w * 0.25),
            (("Contract-PBP:", f["plan"]) if f["ma"] else ("Group #:", f["group"])) + (w * 0.3,),
            ("Product:", f["product"], w * 0.45)])
    bar(d, "REQUESTING PROVIDER")
    row(d, [("Name:", f["doctor"], w * 0.5), ("NPI:", f["npi"], w * 0.22), ("TIN:", f["tin"], w * 0.28)])
    bar(d, "SERVICE")
    row(d, [("Service:", "Colonoscopy, diagnostic", w * 0.6), ("Codes:", "CPT 45378; ICD-10 K92.1", w * 0.4)])
    row(d, [("Date of service (planned):", fmt_date(start, ds), w * 0.5), ("Units approved:", "1", w * 0.5)])
    d.ln(1.5)
    bar(d, "DETERMINATION")
    d.set_font("DejaVu", "", 9.5)
    d.cell(0, 7, f"{box(True)} Approved     {box(False)} Denied     {box(False)} Partially approved     "
                 f"{box(False)} Level of care changed", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 8.5)
    d.multi_cell(0, 4.2, "The service is approved as requested at an in-network facility. This approval is valid "
                         "for 90 days from the planned date of service. Approval is not a guarantee of payment; "
                         "benefits depend on eligibility on the date of service.", new_x="LMARGIN", new_y="NEXT")
    t = truth("other", None, insurer=INSURER, plan_id=f["plan"], group_number=f["group"], member_id=f["mid"],
              member_name=f["name"][0], case_numbers=[f["auth"], f["ref"]], service_dates=[iso(start)],
              denial_date=iso(f["notice"]), provider=f["doctor"],
              alternates={"plan_id": [None] if f["ma"] else [f["product"]], "service_dates": [[]]})
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kinds, ds, dl) in enumerate(PLAN):
        r = Rand(9400 + i)
        if kinds == ["exper", "approve"]:
            pdf, t, f = determination(r, "exper", ds, dl, 1, 3)
            docs = [(pdf, t), approval(r, ds, 3, 3, f)]
        else:
            pdf, t, _ = determination(r, kinds[0], ds, dl)
            docs = [(pdf, t)]
        items.append(Item(stem, cond, docs))
    return items


assert Path(SANS).exists()
