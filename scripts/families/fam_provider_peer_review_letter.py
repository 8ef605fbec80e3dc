"""Family 'provider_peer_review_letter': an invented plan's utilization review letters addressed to the treating
provider's office (the member named in a RE: block and copied at the bottom).

Cindermoor Health Plan (a Vellacourt Health company) is fictional, and so is every person and number. Letters go to
the doctor's office by fax; the clinical rationale, the reviewing physician's specialty, the provider's
reconsideration (peer-to-peer) with its own short time limit, and the member's appeal with its deadline are all
printed. Decoys: the office and plan fax numbers, NPI, medical policy number, received date, the reconsideration
date, the letter's form number. Denials: lumbar MRI not necessary, inpatient stay where outpatient surgery would do,
an investigational nerve ablation, cosmetic nasal surgery, surgery done without prior approval (a retro review with
a billed amount), an in-lab sleep study where a home test would do; one approval.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundq_famq2 import address, days, doctor, fdate, iso, local_phone, m2, mixed, money, npi, person, phone, usd

FAMILY = "provider_peer_review_letter"
LANG = "en"
INSURER = "Cindermoor Health Plan"
PARENT = "A Vellacourt Health company"
PRACTICES = ["Northgate Orthopedic Associates", "Blue Heron Family Medicine", "Saltmarsh ENT & Facial Surgery",
             "Ridgeback Pain and Spine Clinic", "Kestwick Sleep and Pulmonary Center", "Larchmont Surgical Group"]

KINDS = {
    "mri": dict(svc="MRI of the lumbar spine without contrast", cpt="72148", spec="physical medicine and "
                "rehabilitation", practice=3, denial=("medical_necessity", []),
                why="The records show low back pain for three weeks without leg weakness, numbness or bowel or "
                    "bladder change. No course of physical therapy or home exercise was tried. Imaging this early "
                    "does not change treatment when there are no red-flag signs, so the MRI is not medically "
                    "necessary at this time. A new request may be sent after six weeks of conservative care."),
    "inpatient": dict(svc="Inpatient admission for laparoscopic cholecystectomy", cpt="47562", spec="general "
                      "surgery", practice=5, denial=("level_of_care", ["medical_necessity"]),
                      why="The patient is 46 years old, has no heart or lung disease and the gallbladder surgery "
                          "is planned, not urgent. This surgery is done safely as outpatient (same-day) surgery "
                          "with the patient going home the same day. The outpatient surgery is approved; the "
                          "overnight inpatient stay is not, because an inpatient setting is not needed."),
    "ablation": dict(svc="Radiofrequency ablation of the genicular nerves, right knee", cpt="64624",
                     spec="anesthesiology and pain medicine", practice=3, denial=("experimental", ["not_covered"]),
                     why="Cooled radiofrequency ablation of the genicular nerves for knee arthritis pain is "
                         "considered investigational under our medical policy: the published studies are small "
                         "and short, and long-term benefit has not been shown. Investigational services are "
                         "excluded under the member's benefit plan."),
    "cosmetic": dict(svc="Rhinoplasty (nasal reshaping)", cpt="30410", spec="otolaryngology", practice=2,
                     denial=("not_covered", []),
                     why="The notes and photographs describe a dorsal hump and the patient's wish to change the "
                         "shape of the nose. No airway blockage, injury or breathing problem is documented, and no "
                         "septal deviation is described. Surgery to change appearance is cosmetic and is excluded "
                         "from coverage under the member's plan."),
    "retro": dict(svc="Arthroscopic partial meniscectomy, left knee", cpt="29881", spec="orthopedic surgery",
                  practice=0, denial=("prior_authorization", ["not_covered"]),
                  why="This surgery requires prior authorization under the member's plan. Your office asked for "
                      "authorization after the surgery was done. We reviewed the request as a retrospective review: "
                      "it was not urgent, and no reason was given why approval could not be asked for before the "
                      "surgery. The request is denied for lack of prior authorization. Under your participation "
                      "agreement the member may not be billed for this service."),
    "sleep": dict(svc="Attended in-laboratory polysomnography", cpt="95810", spec="sleep medicine", practice=4,
                  denial=("level_of_care", ["medical_necessity"]),
                  why="The patient has loud snoring, daytime sleepiness and a high STOP-BANG score, with no heart "
                      "failure, lung disease, neuromuscular disease or prior home test failure. A home sleep apnea "
                      "test is the right first test for this patient. The in-lab study is denied; a home sleep "
                      "apnea test (95806) is approved instead."),
    "approve": dict(svc="Total knee arthroplasty, right knee (outpatient)", cpt="27447", spec="orthopedic surgery",
                    practice=0, denial=(None, []), why=""),
}


def letterhead(d: Doc, f: dict) -> None:
    lh = f["lh"]
    if lh == 0:
        d.text_line(PARENT, 8.5, "I", h=4.5)
        d.text_line(INSURER, 16, "B", h=8)
    elif lh == 1:
        d.text_line("CINDERMOOR", 19, "B", h=8.5)
        d.text_line("HEALTH PLAN", 11, "B", h=5.5)
    else:
        d.text_line(INSURER, 15, "B", h=7.5)
        d.text_line("Utilization Management  |  Physician Review Unit", 9.5, h=5)
    d.text_line(f"PO Box {f['box']}, Billings, MT 59101   Provider line {f['ph']}   UM fax {f['umfax']}", 8.2, h=4.5)
    d.rule(0.6, 4)


def re_block(d: Doc, f: dict) -> None:
    fd, lab, k = f["fd"], f["lab"], KINDS[f["kind"]]
    rows = [(lab["mem"], f["name"]), (lab["mid"], f["mid"]), ("Date of birth", fd(f["dob"]))]
    if f["group"]:
        rows.append(("Group no.", f["group"]))
    rows += [(lab["case"], f["case"]), ("Service", f"{k['svc']} (CPT {k['cpt']})"),
             (lab["dos"], fd(f["svc_date"])), ("Request received", fd(f["recd"]))]
    if f["kind"] == "retro":
        rows.append(("Billed charges", f["money"](f["billed"])))
    d.text_line("RE:", 10.5, "B", h=5.5)
    for key, v in rows:
        d.set_font(f["font"], "B", 9.2)
        d.cell(10)
        d.cell(46, 5, key + ":")
        d.set_font(f["font"], "", 9.6)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def rights(d: Doc, f: dict) -> None:
    fd = f["fd"]
    when = {"within": "within 60 days of the date of this letter", "by": f"no later than {fd(f['deadline'])}",
            "receipt": "within 60 days after the member receives this letter"}[f["dl"]]
    d.text_line("Reconsideration by the treating provider", 10.5, "B", h=6)
    d.para(f"You may ask for a reconsideration or a peer-to-peer discussion with the reviewer by calling "
           f"{f['ph']} by {fd(f['recon'])}. Send any added clinical notes by fax to {f['umfax']}. A reconsideration "
           "is not an appeal and does not change the member's appeal time limit.", 9.6)
    d.text_line("Appeal by the member", 10.5, "B", h=6)
    d.para(f"The member, or you on the member's behalf with the member's written consent, may appeal this decision "
           f"{when}. Appeals go to Cindermoor Appeals, PO Box {f['abox']}, Billings, MT 59101, fax {f['apfax']}. "
           "An expedited appeal is decided within 72 hours when waiting could seriously harm the member's health. "
           "After the plan's appeal the member may ask for an independent external review within four months.", 9.6)


def letter(f: dict) -> bytes:
    fd, k = f["fd"], KINDS[f["kind"]]
    d = Doc(f["font"], footer=f"{f['form']}   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(fd(f["date"]), 10.3, h=5)
    d.text_line(f"SENT BY FAX TO {f['offfax']}   Provider NPI {f['npi']}", 8.5, h=5)
    d.ln(2)
    for ln in [f"Dr. {f['doc']}", f["practice"], *f["paddr"]]:
        d.text_line(ln, 10.3, h=5)
    d.ln(4)
    re_block(d, f)
    d.para(f"Dear Dr. {f['doc'].split()[-1]}:", 10.2)
    if f["kind"] == "approve":
        d.para(f"Your request for {k['svc'].lower()} for your patient on {fd(f['svc_date'])} is APPROVED. "
               f"Authorization {f['case']} is valid for 60 days from that date at an in-network facility. This "
               "approval is not a guarantee of payment; benefits depend on eligibility on the date of service.",
               10.2)
        d.para(f"Sincerely,\n\nDr. {f['rev']}, {f['revcred']}\nMedical Director, {INSURER}", 10)
    else:
        d.para(f"{INSURER} has reviewed your request for the service above. Decision: DENIED (adverse "
               "determination).", 10.2, )
        d.text_line("Clinical rationale", 10.5, "B", h=6)
        d.para(k["why"], 10.2)
        d.para(f"This decision was made by Dr. {f['rev']}, {f['revcred']}, a physician board-certified in "
               f"{k['spec']}, using Cindermoor medical policy {f['policy']} and the records your office sent.", 10)
        rights(d, f)
        d.para(f"Sincerely,\n\nDr. {f['rev']}, {f['revcred']}\nPhysician Reviewer, {INSURER}", 10)
    d.para(f"cc: member ({f['name']})", 8.8)
    return pdf_bytes(d)


LABELS = [dict(mem="Member", mid="Member ID", case="Reference #", dos="Requested date of service"),
          dict(mem="Patient", mid="Subscriber ID", case="Case ID", dos="Planned service date"),
          dict(mem="Enrollee", mid="ID no.", case="Authorization request no.", dos="Date of service")]


def facts(r: random.Random, kind: str, ds: str, ms: str, dl: str, lh: int, li: int, font: str, group: bool) -> dict:
    date = dt.date(2026, 3, 9) + dt.timedelta(days=r.randint(0, 140))
    svc = days(date, -r.randint(20, 40)) if kind == "retro" else days(date, r.randint(6, 25))
    k = KINDS[kind]
    p1, p2 = address(r)
    f = dict(kind=kind, fd=lambda x: fdate(x, ds), money=lambda v: usd(v, ms), dl=dl, lh=lh, lab=LABELS[li],
             font=font, date=date, svc_date=svc, recd=days(date, -r.randint(2, 6)), name=person(r),
             dob=dt.date(r.randint(1950, 1992), r.randint(1, 12), r.randint(1, 28)), doc=doctor(r),
             practice=PRACTICES[k["practice"]], paddr=[p1, p2], rev=doctor(r),
             revcred=r.choice(["MD", "DO", "MD, FACS"]), mid=mixed(r, r.choice(["CMH9999999A9", "VA9999999-02",
                                                                                  "C99A999999"])),
             group=mixed(r, r.choice(["GR-99999", "9999A99"])) if group else None, ph=phone(r), umfax=local_phone(r),
             offfax=local_phone(r), apfax=local_phone(r), box=r.randint(3000, 3999), abox=r.randint(400, 499),
             form=mixed(r, "CMH-UM-AD99 (rev. 01/26)"), policy=mixed(r, "MP-999"),
             case=mixed(r, r.choice(["UM26-999999", "26A99999999", "RV99A9999"])))
    f["npi"] = npi(r)
    f["recon"] = days(date, 14)
    f["deadline"] = days(date, 60)
    if kind == "retro":
        f["billed"] = money(r, 3800, 9800)
    return f


def make_truth(f: dict) -> dict:
    denial, dalts = KINDS[f["kind"]]["denial"]
    alts: dict = {"insurer": ["Cindermoor"], "provider": [f["practice"]]}
    deadline = None if f["dl"] == "receipt" else iso(f["deadline"])
    if f["dl"] == "receipt":
        alts["appeal_deadline"] = [iso(f["deadline"])]
    if denial is None:
        deadline = None
    return truth("denial_letter" if denial else "other", denial, insurer=INSURER, group_number=f["group"],
                 member_id=f["mid"], member_name=f["name"], case_numbers=[f["case"]],
                 claim_amount=m2(f["billed"]) if f.get("billed") else None, service_dates=[iso(f["svc_date"])],
                 denial_date=iso(f["date"]), provider=f["doc"], appeal_deadline=deadline, alternates=alts,
                 denial_alternates=dalts)


# (stem or stack part, kind, date style, money, deadline, letterhead, labels, font, group)
PLAN = [
    ("provider_peer_review_letter_bd_mri", "born_digital", "mri", "long", "plain", "within", 0, 0, "Helvetica", True),
    ("provider_peer_review_letter_bd_retro", "born_digital", "retro", "slash", "plain", "by", 2, 2, "Times", False),
    ("provider_peer_review_letter_scan_inpatient", "scan_clean_300", "inpatient", "abbr", "plain", "within", 1, 1,
     "Helvetica", True),
    ("provider_peer_review_letter_copy_cosmetic", "photocopy", "cosmetic", "iso", "plain", "receipt", 2, 0,
     "Helvetica", False),
    ("provider_peer_review_letter_phone_ablation", "phone_photo", "ablation", "dmy", "plain", "by", 0, 2, "Times",
     True),
    ("provider_peer_review_letter_rot_sleep", "rotated", "sleep", "slash", "plain", "within", 1, 0, "Helvetica",
     False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ds, ms, dl, lh, li, font, grp) in enumerate(PLAN):
        r = random.Random(31700 + i)
        f = facts(r, kind, ds, ms, dl, lh, li, font, grp)
        items.append(Item(stem, cond, [(letter(f), make_truth(f))]))
    r = random.Random(31790)
    a = facts(r, "mri", "short", "plain", "within", 2, 1, "Helvetica", True)
    b = facts(r, "approve", "short", "plain", "within", 2, 1, "Helvetica", True)
    a["practice"] = b["practice"]
    b["doc"], b["paddr"], b["offfax"], b["npi"] = a["doc"], a["paddr"], a["offfax"], a["npi"]
    items.append(Item("provider_peer_review_letter_faxf_stack", "fax_fine_g4",
                      [(letter(a), make_truth(a)), (letter(b), make_truth(b))], separators=["cover", None]))
    return items
