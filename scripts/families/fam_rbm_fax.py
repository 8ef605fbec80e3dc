"""Family 'rbm_fax': a radiology benefit manager's pre-service determination faxed to the ordering doctor's office.

Lumenpath Imaging Benefits is fictional (it reviews advanced imaging for invented health plans), as are all
people and numbers. Every page carries the sending machine's wide header line ("PAGE 1 OF 2") and a black
confidentiality banner; the body gives Case # and Episode ID beside decoys (NPIs, guideline and document IDs,
the member's date of birth, the request-received date, a peer-to-peer call-back date), the requested CPT codes
with a certified / non-certified column, the site of service, the ordering and rendering providers, the decision,
a clinical rationale citing an imaging guideline, and appeal rights (180 days). One file is two faxes stacked.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, iso, pdf_bytes, truth
from kit_roundh_faml import DOCTORS, HOSPITALS, IMAGING, digits, dob, letters, person, phone

FAMILY = "rbm_fax"
LANG = "en"
INSURER = "Lumenpath Imaging Benefits, LLC"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
SANS_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PLANS = [("Marrowgate Community Health Plan", "MCH"), ("Oakenshaw Health Cooperative", "OHC")]
REVIEWERS = ["Dr. Priya Venkataraman-Holt, MD, Diagnostic Radiology", "Dr. Emil Szymborski, MD, Cardiology",
             "Dr. Folake Adeyemi-Ross, MD, Neuroradiology"]
# kind -> (denial, alternates, decision, [(cpt, description, certified?)], site type, guideline, rationale)
KINDS = {
    "mednec": ("medical_necessity", [], "NON-CERTIFIED", [("72148", "MRI lumbar spine without contrast", False)],
               "free", "Lumenpath Spine Imaging Guideline SP-3.1",
               "The records show low back pain for about two weeks, with no weakness, numbness, bladder symptoms, "
               "fever, cancer history or trauma, and no trial of physical therapy or medicines yet. Under the "
               "guideline an MRI is appropriate after six weeks of treatment that did not help, or sooner with "
               "warning signs. Neither applies, so the MRI is not medically necessary now."),
    "site": ("level_of_care", ["medical_necessity"], "NON-CERTIFIED AT REQUESTED SITE",
             [("73721", "MRI knee (lower extremity joint) without contrast", False)], "hosp",
             "Lumenpath Site of Care Guideline SOC-1.4",
             "The knee MRI itself meets criteria. It was requested at a hospital outpatient department. The member "
             "has no condition that needs the hospital setting (no sedation, no implant needing monitoring, weight "
             "within the limits of nearby scanners). The same MRI can be certified at an in-network freestanding "
             "imaging center; the hospital outpatient site of service is not certified."),
    "partial": ("medical_necessity", [], "PARTIALLY CERTIFIED",
                [("74178", "CT abdomen and pelvis without contrast, then with contrast", False),
                 ("74177", "CT abdomen and pelvis with contrast", True)], "free",
                "Lumenpath Abdomen Imaging Guideline AB-2.6",
                "For right lower quadrant pain with a suspected appendiceal or inflammatory cause, a CT with "
                "contrast alone answers the clinical question. The added scan without contrast (the two-phase study "
                "74178) is not medically necessary. CPT 74177 is certified; CPT 74178 is non-certified."),
    "info": ("other", ["medical_necessity"], "NON-CERTIFIED", [("78452", "Myocardial perfusion imaging (SPECT), "
                                                                 "multiple studies", False)], "free",
             "Lumenpath Cardiac Imaging Guideline CD-1.1",
             "We asked the ordering office twice for the recent office note, the ECG and the reason a treadmill "
             "test cannot be done. We did not receive them within the review time. Without this information we "
             "cannot tell whether the guideline is met, so the request is non-certified. A new request may be sent "
             "with the records."),
    "exper": ("experimental", ["not_covered"], "PARTIALLY CERTIFIED", [("70553", "MRI brain without and with contrast",
                                                                    True),
                                                                   ("76390", "MR spectroscopy", False)], "hosp",
              "Lumenpath Neuroimaging Guideline NR-8.2",
              "The brain MRI is certified. MR spectroscopy to tell tumor recurrence from treatment effect is "
              "considered experimental and investigational: published studies have not shown that it improves "
              "decisions or outcomes compared with MRI and perfusion imaging. CPT 76390 is non-certified."),
    "retro": ("prior_authorization", ["other"], "NON-CERTIFIED", [("78815", "PET/CT imaging, skull base to "
                                                                    "mid-thigh", False)], "hosp",
              "Lumenpath Program Rules, section 4 (timely requests)",
              "This study needs a determination before it is done. The request reached us 6 days after the scan "
              "was performed, and no urgent exception was documented. Retrospective requests are not accepted "
              "under the program rules, so the study is non-certified without a clinical review."),
    "pet": ("medical_necessity", [], "NON-CERTIFIED", [("78492", "Cardiac PET, myocardial perfusion, multiple "
                                                         "studies", False)], "hosp",
            "Lumenpath Cardiac Imaging Guideline CD-2.3",
            "Cardiac PET is appropriate when a SPECT study cannot be read (for example large body size or breast "
            "tissue attenuation) or was not conclusive. The member has had no SPECT study and has no such "
            "factor, so PET is not medically necessary; a SPECT myocardial perfusion study would meet criteria."),
    "approve": (None, [], "CERTIFIED", [("78452", "Myocardial perfusion imaging (SPECT), multiple studies", True)],
                "free", "Lumenpath Cardiac Imaging Guideline CD-1.1",
                "The request meets the guideline: chest pain with intermediate pre-test probability and an "
                "abnormal resting ECG that makes a treadmill ECG test unreadable."),
}
# (stem, condition, kinds (two = two faxes stacked), date style, deadline style, plan named?, date of service?)
PLAN = [
    ("rbm_fax_faxs_mednec", "fax_standard_g4", ["mednec"], "slash", "within", True, True),
    ("rbm_fax_faxf_site", "fax_fine_g4", ["site"], "long", "by", True, True),
    ("rbm_fax_bd_partial", "born_digital", ["partial"], "iso", "within", True, False),
    ("rbm_fax_bd_info", "born_digital", ["info"], "abbr", "receive", False, False),
    ("rbm_fax_copy_exper", "photocopy", ["exper"], "slash", "within", True, True),
    ("rbm_fax_faxs_retro", "fax_standard_g4", ["retro"], "dmy", "within", True, True),
    ("rbm_fax_faxf_stack", "fax_fine_g4", ["pet", "approve"], "slash", "within", True, True),
]
LABELS = [dict(case="Case #", ep="Episode ID", date="Determination date", mem="Member", mid="Member ID",
               plan="Health plan", grp="Group #", order="Ordering provider", rend="Rendering facility",
               dos="Requested date of service"),
          dict(case="Case No.", ep="Episode #", date="Date of this notice", mem="Patient", mid="Plan member ID",
               plan="Benefit plan", grp="Employer group", order="Requesting physician", rend="Site of service",
               dos="Anticipated service date")]


class FaxPage(Doc):
    """A page with the sending machine's line and a black confidentiality banner on top."""

    def __init__(self, stamp: str, pages: int):
        super().__init__("DejaVu", margins=(13, 12, 13))
        self.add_font("DejaVu", "B", SANS_B)
        self.add_font("Mono", "", MONO)
        self.stamp, self.n_pages = stamp, pages

    def header(self):
        self.set_xy(6, 4)
        self.set_font("Mono", "", 6.6)
        self.cell(0, 3.2, f"{self.stamp}   PAGE {self.page_no()} OF {self.n_pages}")
        self.set_xy(self.l_margin, 9)
        self.set_fill_color(0, 0, 0)
        self.set_text_color(255, 255, 255)
        self.set_font("DejaVu", "B", 7.5)
        self.cell(0, 5, "CONFIDENTIAL  -  PROTECTED HEALTH INFORMATION  -  FOR THE NAMED RECIPIENT ONLY", fill=True,
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(3)

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 6.5)
        self.multi_cell(0, 3, "If you received this fax in error, call 1-844-555-0126 and destroy every page. "
                              f"Document ID LIB-DN-{self.n_pages}207.  Re-disclosure is prohibited.", align="C")


def facts(r: random.Random, kind: str, named: bool, base: dict | None = None) -> dict:
    notice = base["notice"] + dt.timedelta(days=r.randint(5, 9)) if base else (
        dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 200)))
    plan, pre = r.choice(PLANS)
    f = dict(notice=notice, received=notice - dt.timedelta(days=r.randint(1, 2 if base else 4)),
             sent=dt.datetime.combine(notice + dt.timedelta(days=r.choice([0, 0, 1])),
                                      dt.time(r.randint(8, 17), r.randint(0, 59))),
             plan=plan if named else None, pre=pre, case=f"{r.choice(['RB', 'LI'])}{digits(r, 8)}",
             episode=f"EP-{notice.strftime('%y')}{digits(r, 6)}-{letters(r, 1)}",
             doctor=r.choice(DOCTORS), npi="1" + digits(r, 9), fnpi="1" + digits(r, 9),
             reviewer=r.choice(REVIEWERS), p2p=phone(r), fac=r.choice(HOSPITALS if KINDS[kind][4] == "hosp"
                                                                     else IMAGING))
    if base:
        f.update({k: base[k] for k in ("name", "mid", "group", "dob", "plan", "doctor", "npi", "pre")})
    else:
        f.update(name=person(r)[0], mid=f"{pre}{digits(r, 9)}", dob=dob(r, 1946, 1992),
                 group=r.choice([None, f"GRP-{digits(r, 5)}"]))
    dos = notice + dt.timedelta(days=r.randint(5, 20))
    if kind == "retro":
        dos = f["received"] - dt.timedelta(days=6)
    f["dos"] = dos
    return f


def pairs(d: Doc, rows: list[tuple[str, str, str, str]]) -> None:
    """Two columns of label/value pairs with a tab stop, no rules."""
    for l1, v1, l2, v2 in rows:
        d.set_font("DejaVu", "", 7.8)
        d.cell(34, 5, l1 + ":" if l1 else "")
        d.set_font("DejaVu", "B", 8.8)
        d.cell(72, 5, v1)
        d.set_font("DejaVu", "", 7.8)
        d.cell(26, 5, l2 + ":" if l2 else "")
        d.set_font("DejaVu", "B", 8.8)
        d.cell(0, 5, v2, new_x="LMARGIN", new_y="NEXT")


def heading(d: Doc, text: str) -> None:
    d.ln(1.5)
    d.set_font("DejaVu", "B", 9)
    d.cell(0, 5, text.upper(), new_x="LMARGIN", new_y="NEXT")
    d.set_line_width(0.3)
    d.line(d.l_margin, d.get_y(), d.w - d.r_margin, d.get_y())
    d.ln(1)


def fax(r: random.Random, kind: str, ds: str, dl: str, named: bool, with_dos: bool, lab: dict,
        base: dict | None = None) -> tuple[bytes, dict, dict]:
    denial, dalts, decision, codes, site, guide, why = KINDS[kind]
    f = facts(r, kind, named, base)
    fd = lambda x: fmt_date(x, ds)  # noqa: E731
    n = f["notice"]
    stamp = (f"{f['sent'].strftime('%m/%d/%Y %H:%M')}  FROM: LUMENPATH IMAGING BENEFITS  1-844-555-0127  "
             f"TO: {f['doctor'].upper()} OFFICE 555-0{r.randint(100, 199)}  JOB {r.randint(1000, 9999)}")
    pages = 1 if kind == "approve" else 2
    d = FaxPage(stamp, pages)
    d.add_page()
    d.set_font("DejaVu", "B", 16)
    d.cell(120, 8, "Lumenpath Imaging Benefits, LLC")
    d.set_font("DejaVu", "", 7)
    d.multi_cell(0, 3.2, "Radiology & Cardiology Benefit Management\n77 Quillfeather Parkway, Suite 500\n"
                         "Tarrow, KS 66612  |  Provider line 1-844-555-0126", align="R", new_x="LMARGIN",
                 new_y="NEXT")
    d.set_font("DejaVu", "", 8)
    acting = (f"Advanced imaging reviews on behalf of {f['plan']}" if f["plan"] else
              "Advanced imaging reviews on behalf of your patient's health plan")
    d.cell(0, 4.5, acting, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.set_font("DejaVu", "B", 12)
    d.cell(0, 7, f"PRE-SERVICE IMAGING DETERMINATION: {decision}", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    pairs(d, [(lab["case"], f["case"], lab["ep"], f["episode"]),
              (lab["date"], fd(n), "Request received", fd(f["received"])),
              (lab["mem"], f["name"], "Date of birth", f["dob"].strftime("%m/%d/%Y")),
              (lab["mid"], f["mid"], lab["plan"] if f["plan"] else "", f["plan"] or "")])
    if f["group"]:
        pairs(d, [(lab["grp"], f["group"], "", "")])
    heading(d, "Providers")
    pairs(d, [(lab["order"], f["doctor"], "NPI", f["npi"]),
              (lab["rend"], f["fac"], "NPI", f["fnpi"]),
              ("Site type", "Hospital outpatient department" if site == "hosp" else "Freestanding imaging center",
               "Network", "In network")])
    heading(d, "Services requested")
    d.set_font("DejaVu", "B", 7.8)
    for h, w in (("CPT", 18), ("Description", 112), ("Units", 14), ("Determination", 0)):
        d.cell(w, 5, h, new_x="RIGHT" if w else "LMARGIN", new_y="TOP" if w else "NEXT")
    d.set_font("DejaVu", "", 8.3)
    for cpt, desc, ok in codes:
        for v, w in ((cpt, 18), (desc, 112), ("1", 14), ("Certified" if ok else "Non-certified", 0)):
            d.cell(w, 5, v, new_x="RIGHT" if w else "LMARGIN", new_y="TOP" if w else "NEXT")
    if with_dos:
        label = "Date of service (already performed)" if kind == "retro" else lab["dos"]
        d.set_font("DejaVu", "B", 8.8)
        d.cell(0, 5.5, f"{label}: {fd(f['dos'])}", new_x="LMARGIN", new_y="NEXT")
    heading(d, "Decision and clinical rationale")
    d.set_font("DejaVu", "B", 9.5)
    d.cell(0, 5.5, f"Decision: {decision.title()}", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 8.5)
    d.multi_cell(0, 4.1, why, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.multi_cell(0, 4.1, f"Criteria used: {guide}. A free copy of the guideline is available at the provider line.",
                 new_x="LMARGIN", new_y="NEXT")
    d.multi_cell(0, 4.1, f"Reviewed by: {f['reviewer']}.", new_x="LMARGIN", new_y="NEXT")
    deadline = None
    if kind != "approve":
        p2p_by = n + dt.timedelta(days=r.choice([7, 10, 14]))
        heading(d, "Peer-to-peer discussion")
        d.set_font("DejaVu", "", 8.5)
        d.multi_cell(0, 4.1, f"The ordering provider may discuss this case with the reviewing physician by calling "
                             f"{f['p2p']} before {fd(p2p_by)}. A peer-to-peer discussion is not an appeal and does "
                             "not extend the appeal time limit.", new_x="LMARGIN", new_y="NEXT")
        d.add_page()
        heading(d, "Appeal rights")
        deadline = n + dt.timedelta(days=180) if dl == "within" else (
            n + dt.timedelta(days=r.choice([180, 181])) if dl == "by" else None)
        when = {"within": "within 180 days of the date of this notice",
                "by": f"no later than {fd(deadline) if deadline else ''}",
                "receive": "within 180 days after the member receives this notice"}[dl]
        who = f["plan"] or "the member's health plan"
        d.set_font("DejaVu", "", 8.5)
        for para in (
            f"The member, or the ordering provider acting for the member, may appeal this determination {when}. "
            f"Send the appeal to {who}, Appeals Unit, PO Box 3390, Tarrow, KS 66601, or fax 1-844-555-0129, with "
            f"the Case # and any records that support the request.",
            "If waiting for a standard appeal could seriously jeopardize the member's life, health or ability to "
            "regain maximum function, ask for an expedited appeal; a decision is made within 72 hours.",
            "After the plan's final internal decision the member may ask for an independent external review "
            "within 4 months. The member may ask for free copies of all documents and criteria used.",
            "The member has been sent a copy of this notice. Lumenpath does not reward reviewers for "
            "non-certifications. Language help is free: 1-844-555-0126 (TTY 711). ATENCION: si habla espanol, "
            "tiene a su disposicion servicios gratuitos de asistencia linguistica.",
        ):
            d.multi_cell(0, 4.1, para, new_x="LMARGIN", new_y="NEXT")
            d.ln(1.5)
    if d.page_no() != pages:
        raise SystemExit(f"{kind}: expected {pages} pages, got {d.page_no()}")
    return pdf_bytes(d), make_truth(f, kind, deadline, dl, with_dos), f


def make_truth(f: dict, kind: str, deadline, dl: str, with_dos: bool) -> dict:
    denial, dalts = KINDS[kind][:2]
    alts: dict = {"provider": [f["fac"]], "case_numbers": [[f["case"]]]}
    if f["plan"]:
        alts["insurer"] = [f["plan"]]
    if dl == "receive":
        alts["appeal_deadline"] = [iso(f["notice"] + dt.timedelta(days=180))]
    dates = [iso(f["dos"])] if with_dos else []
    if kind == "approve":
        alts["service_dates"] = [[]]
        return truth("other", None, insurer=INSURER, group_number=f["group"], member_id=f["mid"],
                     member_name=f["name"], case_numbers=[f["case"], f["episode"]], service_dates=dates,
                     denial_date=iso(f["notice"]), provider=f["doctor"], alternates=alts)
    return truth("denial_letter", denial, insurer=INSURER, group_number=f["group"], member_id=f["mid"],
                 member_name=f["name"], case_numbers=[f["case"], f["episode"]], service_dates=dates,
                 denial_date=iso(f["notice"]), provider=f["doctor"],
                 appeal_deadline=iso(deadline) if deadline else None, alternates=alts, denial_alternates=dalts)


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kinds, ds, dl, named, with_dos) in enumerate(PLAN):
        r = random.Random(7200 + i)
        lab = LABELS[i % 2]
        pdf, t, f = fax(r, kinds[0], ds, dl, named, with_dos, lab)
        docs = [(pdf, t)]
        if len(kinds) > 1:
            pdf2, t2, _ = fax(r, kinds[1], ds, dl, named, with_dos, lab, base=f)
            docs.append((pdf2, t2))
        items.append(Item(stem, cond, docs))
    return items
