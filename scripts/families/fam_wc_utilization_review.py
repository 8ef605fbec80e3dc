"""Family 'wc_utilization_review': an invented workers' compensation utilization review (UR) determination on a
treating physician's request for authorization.

Two issuers: a UR agent, Tessaly Review Partners, LLC (set "TESSALY" over "Review Partners, LLC"), deciding for a
claims administrator (Brackenholt Claims Management) of a carrier (Ashgrove Mutual Casualty Company); and a carrier
deciding itself, Corriemoor Employers Insurance Company (parent line "NORTHVALE CASUALTY GROUP" above it), whose
claims administrator (Sallowfield Claims Services, Inc.) is named apart. A table of requested treatment with the
decision (certified, modified, non-certified) and the guideline cited by name; the injured worker's claim number,
date of injury (a decoy date), employer, policy number, request received date, the reviewer (a decoy physician);
internal appeal and independent medical review (IMR) paragraphs. One letter certifies everything.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundo_famo1 import address, days, digits, fdate, iso, local_phone, mixed, npi, person, phone

FAMILY = "wc_utilization_review"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
ISSUERS = {
    "T": dict(name="Tessaly Review Partners, LLC", top="TESSALY", sub="Review Partners, LLC", parent=None,
              admin="Brackenholt Claims Management", carrier="Ashgrove Mutual Casualty Company",
              box="PO Box 61408, Sioux City, IA 51102"),
    "C": dict(name="Corriemoor Employers Insurance Company", top="Corriemoor Employers Insurance Company", sub=None,
              parent="NORTHVALE CASUALTY GROUP", admin="Sallowfield Claims Services, Inc.", carrier=None,
              box="PO Box 22790, Rock Island, IL 61204"),
}
DOCTORS = ["Dr. Ambrose T. Kilbride, MD", "Dr. Leonie Strathearn, DO", "Dr. Cosmo Ferrabee, MD",
           "Dr. Perpetua Anwyl, MD", "Dr. Rowan Tillyard, DC", "Dr. Honoria Gaskarth, MD"]
REVIEWERS = ["Dr. Evadne Lisle, MD (Physical Medicine and Rehabilitation)", "Dr. Crispin Oddie, MD (Orthopedic Surgery)",
             "Dr. Marisa Thewlis, DO (Occupational Medicine)"]
EMPLOYERS = ["Hollowell Freight Lines", "Quarrendon Poultry Processing", "Mellis County School District",
             "Stenning Roofing & Sheet Metal", "Pargeter Home Care Agency"]
# kind -> rows [(treatment, qty asked, decision, guideline)], denial, denial alternates, doc type
KINDS = {
    "mri": ([("Repeat MRI, lumbar spine without contrast", "1", "Non-certified",
              "ACOEM, Low Back Disorders")], "medical_necessity", ["not_covered"]),
    "pt": ([("Physical therapy, right shoulder", "12 visits", "Modified: 6 certified",
             "MTUS Physical Medicine Guidelines")], "medical_necessity", []),
    "rehab": ([("Inpatient rehab admission after left TKA", "10 days",
                "Non-certified", "ODG Knee & Leg, Inpatient rehabilitation")],
              "level_of_care", ["medical_necessity"]),
    "fusion": ([("L4-L5 posterior lumbar interbody fusion", "1", "Non-certified",
                 "ACOEM, Low Back Disorders")], "other", ["medical_necessity"]),
    "stemcell": ([("Stem cell injection, right knee", "1", "Non-certified",
                   "ODG Knee & Leg, Stem cell injections")], "experimental", ["medical_necessity", "not_covered"]),
    "multi": ([("Acupuncture, cervical spine", "6 visits", "Certified", "MTUS Acupuncture Guidelines"),
               ("Follow-up visit, treating physician", "1", "Certified", "ACOEM Chapter 5"),
               ("Compounded cream, flurbiprofen/lidocaine, 240 g", "1", "Non-certified",
                "MTUS Chronic Pain, Topical analgesics")], "medical_necessity", ["not_covered"]),
    "cert": ([("TENS unit, 30-day rental", "1", "Certified",
               "MTUS Chronic Pain Guidelines, TENS")], None, []),
}
LABELS = [
    dict(worker="Injured worker", claim="Claim number", doi="Date of injury", ref="UR reference no.",
         doc="Requesting physician", rcv="Request received", emp="Employer", adm="Claims administrator",
         pol="Policy no."),
    dict(worker="Employee", claim="Claim #", doi="DOI", ref="Review ID", doc="Treating physician (PTP)",
         rcv="RFA received", emp="Employer", adm="Claims administered by", pol="WC policy"),
    dict(worker="Claimant", claim="WC claim no.", doi="Injury date", ref="Case reference", doc="Provider requesting",
         rcv="Date RFA received", emp="Employer of record", adm="Adjusting office", pol="Policy number"),
]


class Letter(Doc):
    def __init__(self, foot: str, font: str):
        super().__init__(font, footer=foot, margins=(18, 14, 18))
        if font == "DejaVu":
            self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Letter, f: dict) -> None:
    iss = ISSUERS[f["iss"]]
    y0 = d.get_y()
    if iss["parent"]:
        d.set_font(d.base_font, "", 8)
        d.cell(120, 4, iss["parent"], new_x="LMARGIN", new_y="NEXT")
    d.set_font(d.base_font, "B", 18 if iss["sub"] else 14)
    d.cell(120, 8, iss["top"], new_x="LMARGIN", new_y="NEXT")
    if iss["sub"]:
        d.set_font(d.base_font, "", 10.5)
        d.cell(120, 5, iss["sub"], new_x="LMARGIN", new_y="NEXT")
    d.set_font(d.base_font, "", 7.5)
    d.cell(120, 4, "Workers' Compensation Utilization Review", new_x="LMARGIN", new_y="NEXT")
    d.set_xy(128, y0)
    d.multi_cell(0, 3.8, f"{iss['box']}\nPhone {f['ph']}\nFax {f['fax']}", align="R", new_x="LMARGIN",
                 new_y="NEXT")
    d.set_y(y0 + 22)
    d.rule(0.5, 3)


def header_block(d: Letter, f: dict) -> None:
    lb, fd, iss = f["lb"], f["fd"], ISSUERS[f["iss"]]
    rows = [(lb["worker"], f["pat"]), (lb["claim"], f["claim"]), (lb["doi"], fd(f["doi"])),
            (lb["emp"], f["employer"]), (lb["pol"], f["policy"]),
            (lb["adm"], iss["admin"] + (f" for {iss['carrier']}" if iss["carrier"] and not f["grid"] else "")),
            (lb["ref"], f["ref"]), (lb["doc"], f["doctor"]), ("NPI", f["npi"]), (lb["rcv"], fd(f["rcv"]))]
    if f["grid"]:
        half = (len(rows) + 1) // 2
        for i in range(half):
            for k, v in (rows[i], rows[half + i] if half + i < len(rows) else ("", "")):
                d.set_font(d.base_font, "B", 7)
                d.cell(35, 5.4, k, border="LTB")
                d.set_font(d.base_font, "", 7.4)
                d.cell(55, 5.4, v, border="RTB")
            d.ln(5.4)
    else:
        for k, v in rows:
            d.set_font(d.base_font, "B", 8.8)
            d.cell(50, 4.9, k + ":")
            d.set_font(d.base_font, "", 8.8)
            d.cell(0, 4.9, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)


def rationale(f: dict) -> str:
    fd = f["fd"]
    return {
        "mri": "The worker had a lumbar MRI eleven months ago. The notes sent describe the same low back pain without "
               "new weakness, numbness or loss of bladder control. The guideline supports a repeat study only when "
               "symptoms change in a way that points to new nerve damage or when surgery is planned. Neither is "
               "documented, so a second MRI is not medically necessary now.",
        "pt": f"The physician asked for 12 visits from {fd(f['start'])} through {fd(f['end'])}. The worker has had 18 "
              "visits since the injury with a small gain in reach. The guideline allows a short added course to move "
              "to a home program. Six visits are certified; the remaining six are not medically necessary.",
        "rehab": f"The surgery is planned for {fd(f['start'])}. The worker walks with a walker at home, lives on one "
                 "floor with a spouse, and has no other illness that needs daily physician care. The guideline "
                 "reserves an acute rehabilitation hospital for those who need intensive therapy and daily physician "
                 "oversight. Home health therapy or outpatient therapy after discharge is the appropriate setting; "
                 "the inpatient rehabilitation stay is not certified.",
        "fusion": "On two dates we asked the physician's office for the flexion-extension x-rays, the psychological "
                  "screening and the notes of the last six months of care. Nothing was received by the review "
                  "deadline. Without these records the reviewer could not apply the guideline, and the request is "
                  "non-certified for lack of information. A new request with the records may be sent at any time.",
        "stemcell": "The guideline lists bone marrow and stem cell injections of the knee as under study: it calls "
                    "them experimental and not recommended outside a research setting. No exception applies.",
        "multi": "Acupuncture and the follow-up visit meet the guidelines and are certified. The compounded cream is "
                 "not certified: the guideline does not recommend topical compounds holding a drug that is not "
                 "approved for use on the skin, and any compound containing one such drug is not recommended.",
        "cert": f"The worker has chronic neck pain and a documented one-month home trial plan. The request meets the "
                f"guideline and is certified for a 30-day rental from {fd(f['start'])}.",
    }[f["kind"]]


def rights(d: Letter, f: dict) -> None:
    fd = f["fd"]
    if f["dl"] == "internal":
        d.text_line("Internal appeal", 10, "B", h=6)
        d.para(f"You, your attorney or the requesting physician may ask for an internal appeal within "
               f"{f['n']} days of the date of this letter. Send the appeal to the address above or fax {f['fax']}. "
               "Include the claim number and any new medical records.", 8.8)
    elif f["dl"] == "by":
        d.text_line("Internal appeal", 10, "B", h=6)
        d.para(f"Deadline to ask for an internal appeal: {fd(days(f['notice'], f['n']))}. Send it in writing to the "
               "address above with the claim number.", 8.8)
    d.text_line("Independent Medical Review (IMR)", 10, "B", h=6)
    d.para("If you disagree with this decision you may ask for an Independent Medical Review by the state's IMR "
           "organisation. The enclosed Application for Independent Medical Review (Form IMR-1, rev. 04/2025) must be "
           "filed within 30 days after service of this decision (35 days if mailed). An expedited IMR is decided "
           "within 3 days. The IMR is free of charge to the injured worker.", 8.8)


def build(f: dict) -> bytes:
    iss = ISSUERS[f["iss"]]
    d = Letter(f"UR-NOT-{f['form']}  Doc ctl {f['dcn']}  Page {{p}} of {{n}}", f["font"])
    d.add_page()
    letterhead(d, f)
    d.text_line(f"{f['datelabel']}: {f['fd'](f['notice'])}", 9.5)
    d.ln(2)
    for ln in [f["pat"], *f["addr"]]:
        d.text_line(ln, 9.2, h=4.4)
    d.ln(2)
    d.para(f"cc: {f['doctor']}; {iss['admin']}; Attorney of record (if any)", 7.8, gap=1)
    title = "Utilization Review Determination: Certified" if f["kind"] == "cert" else f["title"]
    d.text_line(title, 12.5, "B", h=7)
    d.ln(1)
    header_block(d, f)
    d.table(["Requested treatment", "Qty", "Decision", "Guideline cited"],
            [[t, q, dec, g] for t, q, dec, g in KINDS[f["kind"]][0]], [70, 16, 38, 56], size=7.6)
    d.text_line("Clinical basis for the decision", 10, "B", h=6)
    d.para(rationale(f), 9)
    d.para(f"Reviewer: {f['reviewer']}. A peer-to-peer call was offered on {f['fd'](days(f['notice'], -1))}.", 8.5)
    if f["kind"] == "cert":
        d.para("Certification means the treatment is authorized under the claim; it is not a promise of payment of "
               f"a bill for services outside the certified dates. Questions: call the adjuster, {f['adjuster']}, at "
               f"{f['lph']}.", 8.8)
        d.text_line(f"{iss['name']}, Utilization Review Department", 9, h=5)
        return pdf_bytes(d)
    rights(d, f)
    d.para(f"Questions about the claim itself go to the claims administrator, {iss['admin']}, adjuster "
           f"{f['adjuster']}, {f['lph']}. This decision was made by {iss['name']}.", 8.5)
    return pdf_bytes(d)


def facts(r: random.Random, kind: str, iss: str, ds: str, dl: str, lab: int, grid: bool, font: str,
          title: str, datelabel: str) -> dict:
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 200))
    f = dict(kind=kind, iss=iss, dl=dl, grid=grid, font=font, title=title, datelabel=datelabel, lb=LABELS[lab],
             fd=lambda x: fdate(x, ds), notice=notice, pat=person(r), addr=address(r),
             claim=mixed(r, r.choice(["WC26-A99999-99", "99A-9999999", "AMC999999A9"])),
             ref=mixed(r, r.choice(["UR-9A9A99999", "TRP-26-999999", "R99999A"])),
             doi=days(notice, -r.randint(120, 900)), employer=r.choice(EMPLOYERS), policy="WC " + digits(r, 9),
             doctor=r.choice(DOCTORS), npi=npi(r), reviewer=r.choice(REVIEWERS), ph=phone(r), fax=local_phone(r),
             lph=local_phone(r), adjuster=person(r), form=str(r.randint(100, 999)), dcn=digits(r, 11),
             n=r.choice([60, 90]))
    f["rcv"] = days(notice, -r.randint(3, 5))
    f["start"] = days(notice, r.randint(6, 12))
    f["end"] = days(f["start"], 41)
    return f


def make_truth(f: dict) -> dict:
    rows, denial, dalts = KINDS[f["kind"]]
    iss = ISSUERS[f["iss"]]
    alts: dict = {"insurer": [iss["admin"]] + ([iss["carrier"]] if iss["carrier"] else []),
                  "plan_id": [f["policy"], f["policy"].replace(" ", "")], "case_numbers": [[f["claim"]], [f["ref"]]]}
    doctor = f["doctor"].replace("Dr. ", "").rsplit(",", 1)[0]
    sd = {"pt": [iso(f["start"], f["end"])], "rehab": [iso(f["start"])], "cert": [iso(f["start"])]}.get(f["kind"], [])
    if f["kind"] == "pt":
        alts["service_dates"] = [[iso(f["start"])]]
    common = dict(insurer=iss["name"], member_name=f["pat"], case_numbers=[f["claim"], f["ref"]], service_dates=sd,
                  denial_date=iso(f["notice"]), provider=doctor)
    if denial is None:
        return truth("other", None, alternates=alts, **common)
    deadline = None if f["dl"] == "imr" else iso(days(f["notice"], f["n"]))
    if f["dl"] == "imr":
        alts["appeal_deadline"] = [iso(days(f["notice"], 30)), iso(days(f["notice"], 35))]
    return truth("denial_letter", denial, appeal_deadline=deadline, alternates=alts, denial_alternates=dalts, **common)


# (stem, condition, kind, issuer, date style, deadline, labels, grid, font, title, date label)
PLAN_ROWS = [
    ("wc_utilization_review_bd_mri", "born_digital", "mri", "T", "long", "internal", 0, False, "DejaVu",
     "Utilization Review Determination", "Date of determination"),
    ("wc_utilization_review_bd_pt_modified", "born_digital", "pt", "C", "slash", "imr", 1, True, "Helvetica",
     "Notice of Utilization Review Decision: Modified", "Date"),
    ("wc_utilization_review_scan_rehab", "scan_clean_300", "rehab", "T", "dmy", "by", 2, False, "Helvetica",
     "Utilization Review Determination", "Decision date"),
    ("wc_utilization_review_faxs_records", "fax_standard_g4", "fusion", "C", "abbr", "internal", 0, True, "DejaVu",
     "Notice of Utilization Review Decision", "Date of this notice"),
    ("wc_utilization_review_copy_certified", "photocopy", "cert", "T", "iso", "internal", 1, False, "Helvetica",
     "", "Date"),
    ("wc_utilization_review_photo_stemcell", "phone_photo", "stemcell", "C", "upper", "imr", 2, False, "DejaVu",
     "Utilization Review: Non-Certification", "Letter date"),
    ("wc_utilization_review_rot_multi", "rotated", "multi", "T", "slash", "internal", 1, True, "DejaVu",
     "Utilization Review Determination: Partly Certified", "Date of determination"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, iss, ds, dl, lab, grid, font, title, dlab) in enumerate(PLAN_ROWS):
        r = random.Random(15100 + i)
        f = facts(r, kind, iss, ds, dl, lab, grid, font, title, dlab)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
