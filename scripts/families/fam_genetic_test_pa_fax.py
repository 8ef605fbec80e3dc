"""Family 'genetic_test_pa_fax': a laboratory benefit manager's faxed prior-authorization determination.

Threadmark Laboratory Benefits, LLC is fictional: it reviews genetic and molecular tests (and, through its imaging
desk, advanced imaging) for invented health plans and faxes each determination to the ordering clinic. The page
carries the sending machine's line (date, time, sender fax, job, P.001/002), a transmittal strip (to, attention,
clinic fax, from, pages), the two-line letterhead, a fax grid of the patient's details (boxes with small captions),
a CPT table with units requested and units approved, the determination, the rationale, the reviewer's credentials,
a peer-to-peer offer (a date decoy), appeal rights, and a footer with "Page x of y", the transmission time and the
sender's fax number. One file is a cover sheet and two faxes for the same patient.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundk_famu import CLINICS, DOCTORS, IMAGING, LABS, days, fax_no, fdate, iso, mixed, person, phone

FAMILY = "genetic_test_pa_fax"
LANG = "en"
INSURER = "Threadmark Laboratory Benefits, LLC"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
SANS_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PLANS = [("Wrenhaven Health Plan", "WHP"), ("Basaltine Community Health", "BCH")]
REVIEWERS = ["Dr. Ingeborg Fallowfield, MD, PhD, FACMG (Clinical Genetics and Genomics)",
             "Dr. Cassius Lowthorpe, MD, FACMG (Medical Genetics)",
             "Dr. Marguerite Oakeshott, MD (Diagnostic Radiology, Nuclear Medicine)"]
# kind -> (denial, alternates, decision, [(code, description, requested, approved)], rationale, guideline)
KINDS = {
    "partial": ("medical_necessity", [], "PARTIALLY APPROVED",
                [("81162", "BRCA1, BRCA2 full sequence and deletion/duplication analysis", 1, 1),
                 ("81432", "Hereditary breast cancer-related disorders, genomic sequence panel (additional genes)",
                  1, 0)],
                "The personal and family history meets the criteria for BRCA1/BRCA2 testing (a first-degree "
                "relative with ovarian cancer), so CPT 81162 is approved. The expanded panel of additional genes is "
                "not medically necessary: the history does not point to another hereditary syndrome, and the "
                "results would not change screening or treatment. CPT 81432 is denied.",
                "TLB Molecular Policy MP-204 Hereditary Cancer Testing"),
    "pgx": ("experimental", ["not_covered"], "DENIED",
            [("81418", "Drug metabolism (pharmacogenomic) panel, at least 6 genes", 1, 0)],
            "A multi-gene pharmacogenomic panel to choose an antidepressant is considered experimental and "
            "investigational. Published studies have not shown that testing improves response or remission "
            "compared with usual prescribing. The request is denied.",
            "TLB Molecular Policy MP-311 Pharmacogenomic Testing"),
    "coding": ("coding_error", ["other"], "DENIED",
               [("81479", "Unlisted molecular pathology procedure", 5, 0)],
               "The laboratory asked for the unlisted code 81479 with 5 units. The test ordered (a panel for "
               "inherited epilepsy genes) is described by a specific CPT code, 81419. An unlisted code may not be "
               "used when a specific code describes the test, and the units requested do not match the test. The "
               "request is denied as submitted; a new request with the correct code may be sent at any time.",
               "TLB Coding and Billing Policy CB-02 Unlisted Codes"),
    "carrier": ("not_covered", ["other"], "DENIED",
                [("81443", "Genetic testing for severe inherited conditions (expanded carrier screening panel)",
                  1, 0)],
                "Expanded carrier screening for family planning, before a pregnancy, is excluded under the member's "
                "benefit plan (Certificate of Coverage, Exclusions, item 22: genetic testing of a person who has no "
                "signs of the condition, done to plan a pregnancy). This is a benefit exclusion, not a judgment of "
                "medical need. The request is denied.",
                "Benefit plan exclusion (Certificate of Coverage section 7.4)"),
    "retro": ("prior_authorization", ["other"], "DENIED",
              [("81408", "Molecular pathology procedure, level 9 (cardiomyopathy gene sequencing)", 1, 0)],
              "This test needs approval before the specimen is collected. The request reached us after the test "
              "had been performed, and no urgent circumstance was documented. Requests after the service are not "
              "reviewed for medical need under the plan's program rules, so the request is denied.",
              "TLB Program Rules, section 3.2 (timely requests)"),
    "approve": (None, [], "APPROVED",
                [("75574", "CT angiography, heart and coronary arteries, with contrast", 1, 1)],
                "The request meets the guideline: stable chest pain with intermediate risk and an equivocal "
                "stress test. Approved as requested.",
                "TLB Imaging Guideline CI-07 Coronary CT Angiography"),
    "oon": ("out_of_network", [], "DENIED",
            [("81220", "CFTR gene analysis, common variants", 1, 0)],
            "The performing laboratory is not in the plan's network. The same test is done by in-network "
            "laboratories (Pinnacle Ridge Reference Lab and others listed in the provider directory), and no reason "
            "was given why an in-network laboratory cannot do it. The member's plan covers out-of-network services "
            "only for emergencies. The request is denied for the requested laboratory.",
            "Plan network requirements (member handbook, section 4)"),
    "imaging": ("medical_necessity", [], "DENIED",
                [("77049", "MRI both breasts, without and with contrast, with computer-aided detection", 1, 0)],
                "The member's lifetime risk of breast cancer calculated from the records is under 20 percent, "
                "there is no known gene variant, and the recent mammogram shows no finding that needs MRI. "
                "Screening breast MRI is not medically necessary for a member at average risk.",
                "TLB Imaging Guideline BR-03 Breast MRI"),
}
LABELS = [dict(name="PATIENT NAME", mid="MEMBER ID", case="CASE #", date="DETERMINATION DATE",
               order="ORDERING PROVIDER", dos="PLANNED COLLECTION DATE", auth="AUTHORIZATION #"),
          dict(name="MEMBER", mid="SUBSCRIBER/MEMBER NO.", case="TLB REFERENCE NO.", date="DATE OF DECISION",
               order="REQUESTING CLINICIAN", dos="DATE OF SERVICE", auth="AUTH NO.")]


class FaxDoc(Doc):
    """A fax page: the sending machine's line on top, 'Page x of y' with transmission time and fax no. at the bottom."""

    def __init__(self, stamp: str, foot: str):
        super().__init__("DejaVu", margins=(14, 12, 14))
        self.add_font("DejaVu", "B", SANS_B)
        self.add_font("Mono", "", MONO)
        self.stamp, self.foot = stamp, foot

    def header(self):
        self.set_xy(5, 3.5)
        self.set_font("Mono", "", 6.8)
        self.cell(0, 3, self.stamp.replace("{p}", f"{self.page_no():03d}"))
        self.set_xy(self.l_margin, 10)

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 6.8)
        self.cell(0, 3.2, f"{self.foot}   |   Page {self.page_no()} of {{nb}}", align="C")


def grid(d: Doc, rows: list[list[tuple[str, str, float]]]) -> None:
    for row in rows:
        d.boxes(row, h=10.5, label_size=6, value_size=9)


def letterhead(d: FaxDoc, f: dict) -> None:
    y0 = d.get_y()
    d.set_font("DejaVu", "B", 20)
    d.cell(110, 8, "THREADMARK", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 11)
    d.cell(110, 5.5, "Laboratory Benefits, LLC")
    d.set_font("DejaVu", "", 7)
    d.set_xy(130, y0 + 0.5)
    d.multi_cell(0, 3.2, "Utilization Management\n2250 Kestrel Commons Blvd, Ste 300\nMarrowby, OH 43299\n"
                         "Provider services 1-866-555-0172", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 15)
    d.set_font("DejaVu", "", 8)
    desk = "advanced imaging" if f["kind"] in ("approve", "imaging") else "genetic and molecular testing"
    d.cell(0, 4, f"Prior authorization of {desk} for {f['plan']}", new_x="LMARGIN", new_y="NEXT")
    d.ln(1.5)


def transmittal(d: FaxDoc, f: dict) -> None:
    rows = [[("To", f["clinic"], 70), ("Attention", f["doctor"], 60), ("Clinic fax", f["clinic_fax"], 52)],
            [("From", "Threadmark UM intake desk", 70), ("Sender fax", f["sender_fax"], 60),
             ("Pages (incl. this)", str(f["pages"]), 52)]]
    grid(d, rows)
    d.ln(2)


def section(d: Doc, text: str) -> None:
    d.ln(1.2)
    d.set_font("DejaVu", "B", 9)
    d.set_fill_color(230, 230, 230)
    d.cell(0, 5.2, " " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)


def codes_table(d: Doc, codes: list) -> None:
    head = ["CPT/HCPCS", "Description", "Units requested", "Units approved", "Status"]
    widths = [20, 92, 25, 25, 20]
    rows = [[c, desc, str(rq), str(ap), "Approved" if ap == rq else ("Partial" if ap else "Denied")]
            for c, desc, rq, ap in codes]
    d.set_font("DejaVu", "B", 7.5)
    for h, w in zip(head, widths):
        d.cell(w, 5, h, border=1)
    d.ln(5)
    d.set_font("DejaVu", "", 7.2)
    for row in rows:
        for v, w in zip(row, widths):
            d.cell(w, 5, v if len(v) < 66 else v[:64] + "…", border=1)
        d.ln(5)


def appeal(d: Doc, f: dict) -> None:
    section(d, "HOW TO APPEAL")
    fd = f["fd"]
    when = {"within": "within 60 days of the date of this determination",
            "by": f"no later than {fd(f['deadline'])}" if f.get("deadline") else "",
            "receive": "within 60 days after the member receives this determination"}[f["dl"]]
    d.set_font("DejaVu", "", 8.4)
    for t in (f"The member, or the ordering provider for the member, may appeal to {f['plan']} {when}. Send the "
              f"appeal with the {f['lab']['case'].title().replace('Tlb', 'TLB')} and supporting records to "
              f"{f['plan']} Appeals, PO Box 6620, Marrowby, OH 43216, or fax {f['appeal_fax']}.",
              "If the member's health could be seriously harmed by waiting, ask for an expedited appeal; it is "
              "decided within 72 hours. An independent external review may be requested within 4 months after "
              "the plan's final internal appeal decision.",
              "The member may ask for free copies of the policy and records used. The member has been mailed a copy "
              "of this determination. Threadmark does not pay reviewers for denials."):
        d.multi_cell(0, 3.9, t, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.2)


def build(f: dict) -> bytes:
    denial, _, decision, codes, why, guide = KINDS[f["kind"]]
    d = FaxDoc(f["stamp"], f["foot"])
    d.add_page()
    d.set_font("DejaVu", "B", 9)
    d.cell(0, 5, "FACSIMILE  -  PRIOR AUTHORIZATION DETERMINATION", new_x="LMARGIN", new_y="NEXT")
    transmittal(d, f)
    letterhead(d, f)
    lab, fd = f["lab"], f["fd"]
    rows = [[(lab["name"], f["name"], 70), ("DATE OF BIRTH", f["dob"], 40), (lab["mid"], f["mid"], 72)],
            [("HEALTH PLAN", f["plan"], 70), ("GROUP NO.", f["group"] or "N/A", 40), (lab["case"], f["case"], 72)],
            [(lab["order"], f["doctor"], 70), ("ORDERING NPI", f["npi"], 40), ("PERFORMING LAB / SITE", f["site"], 72)],
            [("LAB / SITE NPI", f["site_npi"], 40), ("REQUEST RECEIVED", fd(f["received"]), 44),
             (lab["date"], fd(f["notice"]), 44), ("LAB REQUISITION #", f["req"], 54)]]
    if f["dos"]:
        rows.append([(lab["dos"] if f["kind"] != "retro" else "DATE SPECIMEN COLLECTED", fd(f["dos"]), 70)]
                    + ([(lab["auth"], f["auth"], 60)] if f["auth"] else []))
    elif f["auth"]:
        rows.append([(lab["auth"], f["auth"], 70)])
    grid(d, rows)
    d.ln(2)
    section(d, "SERVICES REVIEWED")
    codes_table(d, codes)
    d.ln(1)
    d.set_font("DejaVu", "B", 11)
    d.cell(0, 6.5, f"DETERMINATION: {decision}", new_x="LMARGIN", new_y="NEXT")
    section(d, "RATIONALE")
    d.set_font("DejaVu", "", 8.6)
    d.multi_cell(0, 4.1, why, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.multi_cell(0, 4.1, f"Criteria: {guide}.  Reviewer: {f['reviewer']}, for {INSURER}.",
                 new_x="LMARGIN", new_y="NEXT")
    if denial:
        section(d, "PEER-TO-PEER CONVERSATION")
        d.set_font("DejaVu", "", 8.4)
        d.multi_cell(0, 3.9, f"The ordering clinician may speak with the reviewer by calling {f['p2p']} by "
                             f"{fd(f['p2p_by'])}. This is not an appeal and does not change the appeal time limit.",
                     new_x="LMARGIN", new_y="NEXT")
        d.add_page()
        appeal(d, f)
    else:
        d.ln(1)
        d.set_font("DejaVu", "", 8.4)
        d.multi_cell(0, 3.9, f"Authorization {f['auth']} is valid for services from {fd(f['valid'][0])} through "
                             f"{fd(f['valid'][1])}. Approval is not a guarantee of payment; benefits and eligibility "
                             "on the date of service apply.", new_x="LMARGIN", new_y="NEXT")
    if d.page_no() != f["pages"]:
        raise SystemExit(f"{f['kind']}: {d.page_no()} pages, expected {f['pages']}")
    return pdf_bytes(d)


def facts(r: random.Random, kind: str, ds: str, dl: str, lab: dict, with_dos: bool, base: dict | None) -> dict:
    notice = days(base["notice"], r.randint(3, 8)) if base else dt.date(2026, 1, 20) + dt.timedelta(
        days=r.randint(0, 180))
    plan, pre = r.choice(PLANS)
    f = dict(kind=kind, dl=dl, lab=lab, fd=lambda x: fdate(x, ds), notice=notice,
             received=days(notice, -r.randint(1, 5)), plan=plan,
             case=mixed(r, "TLB26-9999-9AA"), req=mixed(r, "RQ-99999999"), npi="1" + str(r.randint(10 ** 8, 10 ** 9 - 1)),
             site_npi="1" + str(r.randint(10 ** 8, 10 ** 9 - 1)), reviewer=r.choice(REVIEWERS[2:] if kind in (
                 "approve", "imaging") else REVIEWERS[:2]), p2p=phone(r), sender_fax=fax_no(r), appeal_fax=fax_no(r),
             clinic_fax=fax_no(r), pages=1 if kind == "approve" else 2,
             site=r.choice(IMAGING) if kind in ("approve", "imaging") else
             ("Ashenfield Genomics Laboratory" if kind == "oon" else r.choice(LABS[:1] + LABS[2:])))
    if base:
        f.update({k: base[k] for k in ("name", "dob", "mid", "group", "plan", "doctor", "clinic", "npi")})
    else:
        f.update(name=person(r), dob=f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(1955, 1998)}",
                 mid=mixed(r, pre + "9A99999999"), group=r.choice([None, mixed(r, "G-99999"), mixed(r, "99A999")]),
                 doctor=r.choice(DOCTORS), clinic=r.choice(CLINICS))
    f["p2p_by"] = days(notice, r.choice([5, 7]))
    f["dos"] = None
    if with_dos:
        f["dos"] = days(f["received"], -r.randint(9, 20)) if kind == "retro" else days(notice, r.randint(6, 21))
    f["auth"] = mixed(r, "PA99999999A") if kind in ("partial", "approve") else None
    f["valid"] = (notice, days(notice, 89))
    sent = dt.datetime.combine(days(notice, r.choice([0, 1, 1])), dt.time(r.randint(7, 18), r.randint(0, 59),
                                                                          r.randint(0, 59)))
    job = r.randint(1000, 9999)
    f["stamp"] = (f"{sent.strftime('%m/%d/%Y %H:%M')}  FAX {f['sender_fax']}  THREADMARK LB UM  "
                  f"#{job} P.{{p}}/{f['pages']:03d}")
    f["foot"] = (f"Transmitted {sent.strftime('%m/%d/%Y %H:%M:%S')} CT from fax {f['sender_fax']}  |  Form TLB-PA-07 "
                 f"(rev. 11/2025)  |  {INSURER}")
    f["deadline"] = days(notice, 60) if dl == "by" else None
    return f


def make_truth(f: dict) -> dict:
    denial, dalts = KINDS[f["kind"]][:2]
    alts: dict = {"insurer": [f["plan"]], "provider": [f["site"], f["clinic"]]}
    cases = [f["case"]] + ([f["auth"]] if f["auth"] else [])
    if f["auth"]:
        alts["case_numbers"] = [[f["case"]]]
    dates = [iso(f["dos"])] if f["dos"] else []
    common = dict(insurer=INSURER, group_number=f["group"], member_id=f["mid"], member_name=f["name"],
                  case_numbers=cases, denial_date=iso(f["notice"]), provider=f["doctor"])
    if f["kind"] == "approve":
        alts["service_dates"] = [[], [iso(f["valid"][0])]]
        return truth("other", None, service_dates=[iso(*f["valid"])], alternates=alts, **common)
    deadline = {"within": days(f["notice"], 60), "by": f["deadline"], "receive": None}[f["dl"]]
    if f["dl"] == "receive":
        alts["appeal_deadline"] = [iso(days(f["notice"], 60))]
    return truth("denial_letter", denial, service_dates=dates, appeal_deadline=iso(deadline) if deadline else None,
                 alternates=alts, denial_alternates=dalts, **common)


# (stem, condition, kinds, date style, deadline style, label set, date of service printed?)
PLAN = [
    ("genetic_test_pa_fax_bd_partial", "born_digital", ["partial"], "slash", "within", 0, True),
    ("genetic_test_pa_fax_bd_carrier", "born_digital", ["carrier"], "long", "receive", 1, False),
    ("genetic_test_pa_fax_faxs_pgx", "fax_standard_g4", ["pgx"], "slash", "by", 1, True),
    ("genetic_test_pa_fax_faxs_coding", "fax_standard_g4", ["coding"], "iso", "within", 0, False),
    ("genetic_test_pa_fax_faxf_stack", "fax_fine_g4", ["retro", "approve"], "abbr", "within", 0, True),
    ("genetic_test_pa_fax_copy_oon", "photocopy", ["oon"], "dmy", "by", 1, True),
    ("genetic_test_pa_fax_rot_imaging", "rotated", ["imaging"], "slash", "within", 0, True),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kinds, ds, dl, li, with_dos) in enumerate(PLAN):
        r = random.Random(9300 + i)
        f = facts(r, kinds[0], ds, dl, LABELS[li], with_dos, None)
        docs = [(build(f), make_truth(f))]
        seps = None
        if len(kinds) > 1:
            f2 = facts(r, kinds[1], ds, dl, LABELS[li], False, f)
            docs.append((build(f2), make_truth(f2)))
            seps = ["cover", None]
        items.append(Item(stem, cond, docs, separators=seps))
    return items
