"""Family 'orthognathic_surgery_denial': invented medical plans' letters and EOBs on jaw surgery (orthognathic
surgery: CPT 21194-21196 mandibular osteotomies, 21141-21145 LeFort I maxillary osteotomies) for malocclusion.

Wendover Peak Health Insurance Company (letters; logo word "WENDOVER PEAK" over a rule) and Calverley Health Plan
(member EOBs; parent line "A Calverley Mutual company") are invented, and so are every surgeon, orthodontist and
member. Kinds: pre-service denial as cosmetic because the overjet is under the plan's threshold (a measurement table
with the orthodontist's records date as a decoy), anterior open bite under the threshold, orthodontic records
(cephalometric tracing, study models) not received, an EOB denying the surgery claim because the member's dental plan
is responsible, an EOB denying a LeFort I claim as cosmetic, a denial that offers a peer-to-peer conversation "by
DATE" (faxed behind the surgeon's own cover sheet) and an approval. Decoys: the referring orthodontist (and his
records date), the member's date of birth, NPIs, the request-received date, the peer-to-peer date, the plan's
out-of-pocket maximum, the medical-policy number.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "orthognathic_surgery_denial"
LANG = "en"
WP = "Wendover Peak Health Insurance Company"
CV = "Calverley Health Plan"
SURGEONS = [("Dr. Ifeoma Castellanos-Reyes, DDS, MD", "Ifeoma Castellanos-Reyes", "Harbourline Oral & Maxillofacial Surgery"),
            ("Dr. Bertrand Okafor-Lindqvist, DMD", "Bertrand Okafor-Lindqvist", "Greyfriars Jaw & Facial Surgery Center"),
            ("Dr. Soraya Petrakis, DDS", "Soraya Petrakis", "Tidemark Oral Surgery Associates")]
ORTHOS = ["Dr. Cornelius Haddad, DMD, MS", "Dr. Yuki Abernethy-Sow, DDS", "Dr. Ravindra Kowalczyk, DMD"]
PROCS = {"bsso": [("21196", "Reconstruction of mandibular rami and/or body, sagittal split; with internal rigid fixation")],
         "lefort": [("21141", "Reconstruction midface, LeFort I; single piece, without bone graft")],
         "double": [("21145", "Reconstruction midface, LeFort I; single piece, with bone graft"),
                    ("21196", "Reconstruction of mandibular rami and/or body, sagittal split; with internal rigid fixation")]}
# kind -> (document type, denial type, denial alternates)
KINDS = {
    "overjet": ("denial_letter", "medical_necessity", ["not_covered"]),
    "openbite": ("denial_letter", "medical_necessity", ["not_covered"]),
    "records": ("denial_letter", "other", ["medical_necessity"]),
    "p2p": ("denial_letter", "medical_necessity", ["not_covered"]),
    "approval": ("other", None, []),
    "dental_eob": ("eob", "not_covered", ["other"]),
    "cosmetic_eob": ("eob", "not_covered", ["medical_necessity"]),
}


def facts(i: int, kind: str, ds: str, ms: str, proc: str, lab: int) -> dict:
    r = Rand(171500 + i)
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 170))
    s = r.choice(SURGEONS)
    patient = r.person()
    sub = r.person()
    sub = (f"{sub[1]} {sub[2]}. {patient[3]}",)  # a parent with the patient's family name
    f = dict(kind=kind, fd=lambda x: fmt_date(x, ds), mo=lambda v: fmt_money(v, ms), notice=notice,
             name=patient[0], first=patient[1], last=patient[3], sub=sub[0] if r.random() < 0.6 else None,
             addr=list(r.address()), dob=dt.date(r.randint(1996, 2008), r.randint(1, 12), r.randint(1, 28)),
             mid=r.choice(["WPH", "W"]) + r.digits(9) + r.choice(["", "-01", "-02"]),
             group=r.choice(["GRP-", "G", ""]) + r.digits(6), surgeon=s[0], surgeon_name=s[1], practice=s[2],
             ortho=r.choice(ORTHOS), npi=r.npi(), ortho_npi=r.npi(), ph=r.phone(), fax=r.phone(), p2p_ph=r.phone(),
             sph=r.phone(), received=notice - dt.timedelta(days=r.randint(4, 12)), oop=r.choice(["4,500.00", "6,350.00", "3,000.00"]),
             policy=f"MP-{r.choice(['SUR', 'DEN'])}-{r.randint(100, 480)}", proc=PROCS[proc],
             lab=[("Member ID", "Reference number", "Requested surgery date", "Group number"),
                  ("Member number", "Case no.", "Planned date of surgery", "Group"),
                  ("Identification no.", "Review ID", "Proposed surgery date", "Employer group")][lab])
    f["ref"] = r.choice(["UM", "PA", "OGS"]) + "-" + r.digits(4) + "-" + r.digits(5)
    f["surgery"] = notice + dt.timedelta(days=r.randint(20, 60))
    f["records_date"] = notice - dt.timedelta(days=r.randint(40, 120))
    f["overjet"] = r.choice([3.0, 3.5, 4.0])
    f["openbite"] = r.choice([1.5, 2.0, 2.5])
    f["p2p"] = notice + dt.timedelta(days=r.choice([7, 10, 14]))
    f["deadline_days"] = 180
    if kind in ("dental_eob", "cosmetic_eob"):
        f["mid"] = "CHP" + r.digits(8)
        f["surgery"] = notice - dt.timedelta(days=r.randint(25, 50))
        f["received"] = f["surgery"] + dt.timedelta(days=r.randint(6, 14))
        f["claim"] = r.digits(4) + "-" + r.digits(6) + "-" + r.digits(2)
        lines = []
        for code, desc in f["proc"]:
            lines.append((code, desc, float(r.randint(6200, 14800)) + r.choice([0, 0.5, 0.25])))
        lines.append(("00190" if proc == "lefort" else "00192", "Anesthesia, facial bones", float(r.randint(1800, 3400))))
        f["lines"] = lines
        f["billed"] = round(sum(x[2] for x in lines), 2)
        f["deadline_days"] = 180
    return f


def letterhead(d: Doc, f: dict, title: str) -> None:
    d.text_line("WENDOVER PEAK", 22, "B", h=10)
    d.rule(0.9, 1.5)
    d.text_line(f"{WP}  |  Utilization Management  |  PO Box 41870, Helena, MT 59604  |  {f['ph']}", 8, h=4)
    d.ln(5)
    d.text_line(fmt_date(f["notice"], "long") if f["kind"] == "approval" else f["fd"](f["notice"]), 10.5, h=5)
    d.ln(2)
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5)
    d.ln(4)
    d.text_line(title, 13, "B", h=7)
    d.ln(1)


def facts_block(d: Doc, f: dict, extra: list | None = None) -> None:
    L, fd = f["lab"], f["fd"]
    rows = [("Member", f["name"]), (L[0], f["mid"]), (L[3], f["group"]), ("Date of birth", fd(f["dob"])),
            (L[1], f["ref"]), ("Requesting surgeon", f"{f['surgeon']}, {f['practice']}"),
            ("Surgeon NPI", f["npi"]), ("Referring orthodontist", f["ortho"]),
            ("Procedure(s)", ", ".join(f"CPT {c}" for c, _ in f["proc"])), (L[2], fd(f["surgery"])),
            ("Request received", fd(f["received"]))]
    if f["sub"]:
        rows.insert(1, ("Subscriber", f["sub"]))
    for k, v in rows + (extra or []):
        d.font(9.6, "B")
        d.cell(52, 4.9, k + ":")
        d.font(9.6)
        d.cell(0, 4.9, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def measure_table(d: Doc, f: dict) -> None:
    fd = f["fd"]
    d.text_line("Measurements in the records we reviewed", 10.5, "B", h=6)
    rows = [["Overjet", f"{f['overjet']:.1f} mm", "5.0 mm or more", "No" if f["kind"] in ("overjet", "p2p") else "-"],
            ["Anterior open bite", f"{f['openbite']:.1f} mm", "4.0 mm or more",
             "No" if f["kind"] in ("openbite", "p2p") else "-"],
            ["Reverse overjet (Class III)", "0.0 mm", "3.0 mm or more", "-"],
            ["Records dated", fd(f["records_date"]), "within 12 months", "Yes"]]
    d.table(["Measure", "Recorded", "Policy threshold", "Met?"], rows, [58, 36, 50, 20], size=9)


def appeal_para(d: Doc, f: dict, by_date: bool = False) -> None:
    d.text_line("Your right to appeal", 10.8, "B", h=6)
    if by_date:
        when = f"Your written appeal must reach us by {f['fd'](f['notice'] + dt.timedelta(days=180))}"
    else:
        when = "You may ask for an appeal within 180 days of the date of this letter"
    d.para(f"{when}. Send it to {WP}, Appeals Department, PO Box 41895, Helena, MT 59604, or fax {f['fax']}. "
           "Include this letter and any records you want us to consider. If waiting for a standard decision could "
           "seriously harm your health, you may ask for an expedited (72-hour) appeal. After our final internal "
           "decision you may ask for an independent external review within four months.", 10)


def letter(f: dict) -> bytes:
    k, fd = f["kind"], f["fd"]
    d = Doc("Helvetica" if k != "openbite" else "Times", footer=f"WPH-OGS-{k[:3].upper()}  Page {{p}} of {{n}}")
    d.add_page()
    title = {"approval": "Notice of Approval - Orthognathic Surgery",
             "records": "Notice of Adverse Determination - Information Not Received",
             "p2p": "Adverse Determination and Offer of a Peer-to-Peer Review"}.get(k, "Notice of Denial of Coverage")
    letterhead(d, f, title)
    facts_block(d, f)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    jaw = "jaw surgery (orthognathic surgery)"
    if k == "approval":
        d.para(f"We have approved the request from {f['surgeon']} for {jaw}, "
               f"{', '.join('CPT ' + c for c, _ in f['proc'])}, on or about {fmt_date(f['surgery'], 'long')}. "
               f"Authorization number {f['ref']} is valid for 90 days. The records show an overjet of "
               f"{f['overjet'] + 4:.1f} mm, which meets medical policy {f['policy']}. Your usual deductible and "
               f"coinsurance apply, up to your out-of-pocket maximum of ${f['oop']}.", 10.2)
        d.para("This approval is not a guarantee of payment; benefits depend on your eligibility on the date of "
               "surgery. The orthodontic treatment before and after surgery is a dental benefit and is not part of "
               "this approval.", 10)
        d.para(f"Sincerely,\nUtilization Management\n{WP}\ncc: {f['practice']}; {f['ortho']}", 10)
        return pdf_bytes(d)
    if k == "overjet":
        d.para(f"We reviewed the request from {f['practice']} for {jaw}. Medical policy {f['policy']} covers "
               "orthognathic surgery to correct a skeletal deformity that causes a functional problem, such as an "
               f"overjet of 5 mm or more. The records show an overjet of {f['overjet']:.1f} mm. At this measurement "
               "the surgery is considered cosmetic: it would change the appearance of the face rather than correct "
               "a functional impairment. The surgery is not medically necessary and is denied.", 10.2)
        measure_table(d, f)
    elif k == "openbite":
        d.para(f"{f['surgeon']} asked us to cover {jaw} to close an anterior open bite. Under medical policy "
               f"{f['policy']}, an anterior open bite must measure at least 4 mm, with documented difficulty biting "
               f"or chewing, before surgery is covered. The cephalometric tracing shows an open bite of "
               f"{f['openbite']:.1f} mm and no chewing or speech problem is described. The malocclusion does not meet "
               "the policy threshold, so the surgery is not medically necessary. Orthodontic treatment alone may "
               "correct it.", 10.2)
        measure_table(d, f)
    elif k == "records":
        d.para(f"We asked {f['practice']} and {f['ortho']} for the orthodontic records needed to review this "
               "request: the cephalometric X-ray and tracing, study models or intraoral scans, and the "
               "orthodontist's treatment plan showing pre-surgical orthodontics. We did not receive them within 14 "
               "days. Without these records we cannot confirm that the malocclusion meets medical policy "
               f"{f['policy']}, so the request is denied. A new request with the records may be sent at any time.",
               10.2)
        d.table(["Record requested", "Requested on", "Received"],
                [["Cephalometric radiograph and tracing", fd(f["received"]), "No"],
                 ["Study models / intraoral scan", fd(f["received"]), "No"],
                 ["Orthodontic treatment plan", fd(f["received"]), "No"]], [80, 40, 30], size=9)
    elif k == "p2p":
        d.para(f"We reviewed the request for {jaw}. The records show an overjet of {f['overjet']:.1f} mm and an "
               f"anterior open bite of {f['openbite']:.1f} mm; neither meets the thresholds in medical policy "
               f"{f['policy']}. The plan considers surgery for a malocclusion below these thresholds cosmetic or "
               "dental, not medically necessary. The request is denied.", 10.2)
        measure_table(d, f)
        d.text_line("Peer-to-peer review offered", 10.8, "B", h=6)
        d.para(f"Before you appeal, {f['surgeon']} may discuss this case with our reviewing oral surgeon, "
               f"Dr. Marguerite Aldana-Fox, DMD. Please call {f['p2p_ph']} by {fd(f['p2p'])}. If new information "
               "shows the criteria are met, we can change the decision without an appeal. A peer-to-peer review is "
               "not an appeal and does not extend the appeal time limit.", 10)
    appeal_para(d, f, by_date=(k == "openbite"))
    d.para(f"Sincerely,\nDr. Marguerite Aldana-Fox, DMD\nDental Consultant, Utilization Management\n{WP}", 10)
    d.para(f"cc: {f['practice']}", 8.5)
    return pdf_bytes(d)


def eob(f: dict) -> bytes:
    fd, mo, k = f["fd"], f["mo"], f["kind"]
    d = Doc("Helvetica", footer="THIS IS NOT A BILL  -  Page {p} of {n}")
    d.add_page()
    d.text_line("A Calverley Mutual company", 8, h=4)
    d.text_line(CV, 16, "B", h=8)
    d.text_line(f"PO Box 2290, Ames, IA 50010  -  Member services {f['ph']}", 8.5, h=4.5)
    d.ln(3)
    d.text_line("Explanation of Benefits", 13, "B", h=7)
    d.boxes([("Statement date", fd(f["notice"]), 40), ("Patient", f["name"], 58), ("Member ID", f["mid"], 42),
             ("Group", f["group"], 36)])
    d.ln(1.5)
    d.boxes([("Claim number", f["claim"], 44), ("Provider", f["practice"], 92), ("Received", fd(f["received"]), 40)])
    d.ln(1.5)
    d.boxes([("Subscriber", f["sub"] or f["name"], 58), ("Rendering surgeon", f["surgeon"], 118)])
    d.ln(4)
    rc = "D17" if k == "dental_eob" else "C42"
    rows = [[fd(f["surgery"]), c, desc[:44], mo(amt), mo(0), mo(amt), rc] for c, desc, amt in f["lines"]]
    rows.append(["*Claim total", "", "", mo(f["billed"]), mo(0), mo(f["billed"]), ""])
    d.table(["Service date", "Code", "Description", "Billed", "Paid", "Not covered", "Note"], rows,
            [24, 14, 72, 22, 16, 22, 10], size=7.6, aligns="LLLRRRL")
    d.text_line("Notes", 10, "B", h=5.5)
    if k == "dental_eob":
        d.para("D17: Your records show that this jaw surgery treats a dental condition (malocclusion treated together "
               f"with orthodontics by {f['ortho']}). Under your medical plan, surgery on the teeth and jaw for a "
               "dental condition is excluded; your dental plan is responsible for this service. Please send the "
               "claim to your dental carrier. The medical plan paid nothing.", 9.4)
    else:
        d.para("C42: Orthognathic surgery is covered only when the malocclusion meets the measurements in our "
               f"medical policy {f['policy']} (overjet of 5 mm or more, or an anterior open bite of 4 mm or more). "
               f"The records show an overjet of {f['overjet']:.1f} mm. The surgery is considered cosmetic and is "
               "not covered. The plan paid nothing.", 9.4)
    d.para(f"Plan year out-of-pocket maximum: ${f['oop']}. Amount applied this claim: $0.00.", 9)
    d.text_line("Appeal rights", 10, "B", h=5.5)
    d.para(f"If you disagree, you may appeal within {f['deadline_days']} days of the date of this statement. Write "
           f"to {CV}, Appeals, PO Box 2295, Ames, IA 50010, or call {f['ph']}. You may also request an external "
           "review after the appeal.", 9.2)
    return pdf_bytes(d)


def cover(f: dict) -> bytes:
    """The surgeon's office fax cover sheet (belongs to no document)."""
    d = Doc("Courier")
    d.add_page()
    d.text_line(f["practice"], 15, "B", h=8)
    d.text_line(f"Tel {f['sph']}", 10, h=5)
    d.ln(6)
    d.text_line("FACSIMILE TRANSMITTAL", 18, "B", h=10)
    for k, v in [("TO", "Patient file / surgical coordinator"), ("FROM", "Insurance verification"),
                 ("DATE", fmt_date(f["notice"] + dt.timedelta(days=1), "slash")), ("PAGES", "3 including cover"),
                 ("RE", f"Insurance decision - {f['name']}")]:
        d.font(11, "B")
        d.cell(28, 8, k + ":")
        d.font(11)
        d.cell(0, 8, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.para("Attached is the plan's letter. Peer-to-peer is offered - please schedule with Dr. before the date in the "
           "letter. CONFIDENTIAL: protected health information.", 11)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    doc_type, denial, dalts = KINDS[f["kind"]]
    if f["kind"] in ("dental_eob", "cosmetic_eob"):
        return truth(doc_type, denial, insurer=CV, group_number=f["group"], member_id=f["mid"], member_name=f["name"],
                     case_numbers=[f["claim"]], claim_amount=m2(f["billed"]), service_dates=[iso(f["surgery"])],
                     denial_date=iso(f["notice"]), provider=f["practice"],
                     appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)),
                     alternates={"provider": [f["surgeon_name"]]}, denial_alternates=dalts)
    dl = None if f["kind"] == "approval" else iso(f["notice"] + dt.timedelta(days=180))
    return truth(doc_type, denial, insurer=WP, group_number=f["group"], member_id=f["mid"], member_name=f["name"],
                 case_numbers=[f["ref"]], service_dates=[iso(f["surgery"])], denial_date=iso(f["notice"]),
                 provider=f["surgeon_name"], appeal_deadline=dl, alternates={"provider": [f["practice"]]},
                 denial_alternates=dalts)


# (stem suffix, condition, kind, date style, money style, procedure, label set)
PLAN_ROWS = [
    ("bd_overjet_3mm_cosmetic", "born_digital", "overjet", "long", "plain", "bsso", 0),
    ("bd_approval_lefort_bsso", "born_digital", "approval", "slash", "plain", "double", 1),
    ("scan300_eob_dental_plan_responsible", "scan_clean_300", "dental_eob", "slash", "plain", "bsso", 0),
    ("lowres_open_bite_below_threshold", "scan_lowres_150", "openbite", "iso", "plain", "lefort", 2),
    ("copy_orthodontic_records_missing", "photocopy", "records", "abbr", "plain", "double", 1),
    ("faxstd_cover_peer_to_peer_offer", "fax_standard_g4", "p2p", "dmy", "plain", "bsso", 2),
    ("phone_eob_lefort_cosmetic", "phone_photo", "cosmetic_eob", "abbr", "nosign", "lefort", 0),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds, ms, proc, lab) in enumerate(PLAN_ROWS):
        f = facts(i, kind, ds, ms, proc, lab)
        pdf = eob(f) if kind.endswith("_eob") else letter(f)
        stem = f"{FAMILY}_{suffix}"
        if kind == "p2p":
            items.append(Item(stem, cond, [(pdf, make_truth(f))], separators=[cover(f)]))
        else:
            items.append(Item(stem, cond, [(pdf, make_truth(f))]))
    return items
