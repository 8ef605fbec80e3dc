"""Family 'prtf_youth_residential_admission_denial': a Medicaid managed care plan's (or the state's) decision on a
youth's admission to, or continued stay in, a Psychiatric Residential Treatment Facility (PRTF): youth, parent or
guardian, member ID, facility, requested admission date, the criteria not met (needs can be met in a less restrictive
setting such as intensive in-home services or therapeutic foster care; no certification of need by an independent
team), a peer-to-peer offer to the facility's psychiatrist, the 72-hour expedited appeal, the standard appeal within
60 days and the State Fair Hearing; one approval of fewer days than asked; one stack with the facility's fax cover;
one upheld appeal; one post-service claim for days billed without authorization. All values invented (Welsh and
Igbo given names and surnames; phone numbers 555).

Issuers: Juniper Ridge Health Plan (Medicaid managed care), Osprey Bay Community Care (Medicaid managed care,
behavioral health by its "Osprey Bay Behavioral Health" unit), and the Kestrel State Department of Health Care
Services, Office of Children's Behavioral Health (state appeal decision).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "prtf_youth_residential_admission_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
JR, OB, ST = ("Juniper Ridge Health Plan", "Osprey Bay Community Care",
              "Kestrel State Department of Health Care Services")
FIRST = ["Cadoc", "Nneka", "Emrys", "Chiamaka", "Rhiannon", "Obiora", "Bronwen", "Ifeanyi", "Tegwen", "Chidubem"]
ADULT = ["Gwenllian", "Ikechukwu", "Dafydd", "Ngozi", "Morwenna", "Emeka"]
LAST = ["Llewellyn", "Ezeudu", "Gwilliam", "Nwachukwu", "Bevan", "Onwuachi", "Tudur", "Anyanwu"]
FACILITIES = [("Cedar Mesa Youth Treatment Center", "Dr. Rhodri Pennant, MD"),
              ("Stillwater Pines Residential Treatment Center", "Dr. Adaeze Okonjo, MD"),
              ("Harrow Creek Children's Campus", "Dr. Elis Vaughan-Rees, DO")]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


class Page(Doc):
    def __init__(self):
        super().__init__("DejaVu", margins=(18, 13, 18), footer="Page {p} of {n}")
        self.add_font("DejaVu", "B", BOLD)


def fdate(d: dt.date, s: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dsh": f"{d.day} {MONTHS[d.month - 1]} {d.year}", "abbr": d.strftime("%b %-d, %Y")}[s]


def dig(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def phone(r):
    return f"(555) {r.randint(200, 989)}-{r.randint(1000, 9999)}"


def iso(d, e=None):
    return d.isoformat() if e is None else f"{d.isoformat()}/{e.isoformat()}"


def facts(seed: int, kind: str, ins: str, ds: str) -> dict:
    r = random.Random(seed)
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 210))
    last = r.choice(LAST)
    glast = last if r.random() < 0.6 else r.choice(LAST)
    fac, doc = r.choice(FACILITIES)
    admit = notice + dt.timedelta(days=r.randint(2, 9))
    f = dict(kind=kind, ins=ins, ds=ds, notice=notice, youth=f"{r.choice(FIRST)} {r.choice('ABDEGJLMRT')}. {last}",
             guardian=f"{r.choice(ADULT)} {glast}", gaddr=f"{r.randint(30, 9900)} {r.choice(['Slate Quarry Rd', 'Heron Marsh Ln', 'Coalbrook Ave', 'Tern Point Dr'])}",
             gcity=r.choice(["Port Alder, KS 66801", "Linden Falls, KS 67501", "Marsh Hollow, KS 66502"]),
             dob=dt.date(r.randint(2009, 2015), r.randint(1, 12), r.randint(1, 28)), mid=f"K{dig(r, 8)}",
             fac=fac, doc=doc, npi=r.choice("12") + dig(r, 9), ph=phone(r), fax=phone(r), fph=phone(r), ffax=phone(r),
             auth=f"{'OBH' if ins == OB else 'JR'}-{dig(r, 7)}", received=notice - dt.timedelta(days=r.randint(2, 4)),
             admit=admit, reviewer=r.choice(["Dr. Nkechi Obiechina, MD", "Dr. Owain Prosser, MD",
                                             "Dr. Uchenna Eze-Bevan, MD"]), group=None)
    if kind == "cont":
        f["admit"] = notice - dt.timedelta(days=r.randint(40, 70))
        f["from"] = notice + dt.timedelta(days=2)
        f["to"] = f["from"] + dt.timedelta(days=13)
    if kind == "fewer":
        f["asked"], f["given"] = 30, r.choice([10, 14])
        f["thru"] = admit + dt.timedelta(days=f["given"] - 1)
    if kind == "upheld":
        f["appeal"] = f"AP-{dig(r, 6)}"
        f["orig"] = notice - dt.timedelta(days=r.randint(25, 40))
        f["admit"] = notice + dt.timedelta(days=r.randint(5, 12))
    if kind == "noauth":
        f["admit"] = notice - dt.timedelta(days=r.randint(45, 80))
        f["dis"] = f["admit"] + dt.timedelta(days=r.randint(15, 24))
        f["nd"] = (f["dis"] - f["admit"]).days
        f["rate"] = r.choice([612.0, 645.5, 688.0, 702.25])
        f["total"] = round(f["nd"] * f["rate"], 2)
        f["claim"] = f"{dig(r, 4)}{r.choice('ABC')}{dig(r, 7)}"
    return f


def head(d: Page, f: dict) -> None:
    if f["ins"] == JR:
        d.text_line("Juniper Ridge", 19, "B")
        d.text_line("HEALTH PLAN  ·  Kestrel State Medicaid Managed Care", 8.5)
        d.rule(0.7)
        d.text_line(f"Utilization Management, 2200 Ridgeline Parkway, Port Alder, KS 66801  |  Phone {f['ph']}  |  "
                    f"Fax {f['fax']}", 7.2)
    elif f["ins"] == OB:
        d.text_line("Osprey Bay Behavioral Health", 9, "", "R")
        d.text_line(OB, 15, "B", "R")
        d.text_line(f"PO Box 8810  Linden Falls, KS 67501  ·  {f['ph']}", 8.5, "", "R")
        d.rule(0.3)
    else:
        d.text_line("STATE OF KESTREL", 9, "B", "C")
        d.text_line(ST.upper(), 10.5, "B", "C")
        d.text_line("Office of Children's Behavioral Health  ·  Appeals Unit  ·  1800 Capitol Loop, Marsh Hollow, KS 66502",
                    7.8, "", "C")
        d.rule(0.6)
    d.ln(4)


def kv(d: Page, a: str, b: str, w: float = 58, size: float = 9.5):
    d.font(size - 0.8)
    d.cell(w, 5.1, a)
    d.font(size, "B")
    d.cell(0, 5.1, b, new_x="LMARGIN", new_y="NEXT")


def addressee(d: Page, f: dict, to_fac: bool):
    d.text_line(fdate(f["notice"], f["ds"]), 10)
    d.ln(2)
    if to_fac:
        for ln in (f["fac"], "Attn: Admissions / Utilization Review", f"Fax {f['ffax']}"):
            d.text_line(ln, 10)
    else:
        for ln in (f"Parent/Guardian of {f['youth']}", f["guardian"], f["gaddr"], f["gcity"]):
            d.text_line(ln, 10)
    d.ln(4)


def ids(d: Page, f: dict, admit_label: str = "Requested admission date:"):
    ds = f["ds"]
    kv(d, "Member (youth):", f["youth"])
    kv(d, "Member ID:", f["mid"])
    kv(d, "Date of birth:", fdate(f["dob"], ds))
    kv(d, "Parent/guardian:", f["guardian"])
    kv(d, "Facility:", f"{f['fac']} (PRTF)")
    kv(d, "Attending psychiatrist:", f["doc"])
    kv(d, "Facility NPI:", f["npi"])
    kv(d, "Authorization request no.:", f["auth"])
    kv(d, "Request received:", fdate(f["received"], ds))
    kv(d, admit_label, fdate(f["admit"], ds))


def rights(d: Page, f: dict, appeal: bool = True):
    d.text_line("Your right to appeal", 10.5, "B")
    if appeal:
        d.para("You, the youth's parent or guardian, or the facility with your written consent may ask us for an "
               "appeal. You must ask within 60 days of the date of this letter. You can call us at "
               f"{f['ph']} or write to the address at the top of this letter. If waiting could seriously harm the "
               "youth's health, ask for an expedited (fast) appeal; we will decide it within 72 hours.", 9)
        d.para("If you want services to continue while your appeal is reviewed, you must ask within 10 days of the "
               "date of this letter. After our appeal decision, you may ask the State for a State Fair Hearing "
               "within 120 days of the date of our appeal decision letter.", 9)
    else:
        d.para("If you disagree with this decision, you may ask for a State Fair Hearing before an administrative law "
               "judge. You must ask within 120 days of the date of this decision. Call the Office of Administrative "
               f"Hearings at {f['ph']} or mail the enclosed request form. An expedited hearing may be decided within "
               "3 business days if the standard timeframe could seriously jeopardize the youth's health.", 9)
    d.para("Free help in other languages and formats is available. Call TTY 711.", 8)


def peer(d: Page, f: dict):
    d.para(f"Peer-to-peer review: the attending psychiatrist may speak with our reviewing psychiatrist, "
           f"{f['reviewer']}, about this decision. Please call {f['ph']} within 5 business days of this letter "
           "to schedule. A peer-to-peer discussion is not an appeal and does not extend the appeal time limit.", 9)


def denial_letter(d: Page, f: dict) -> None:
    k = f["kind"]
    d.add_page()
    head(d, f)
    to_fac = k in ("con", "mednec")
    addressee(d, f, to_fac)
    title = {"lrs": "NOTICE OF ADVERSE BENEFIT DETERMINATION",
             "con": "Notice of Denial - Psychiatric Residential Treatment Facility Admission",
             "cont": "NOTICE OF ADVERSE BENEFIT DETERMINATION - CONTINUED STAY",
             "mednec": "Denial of Request for PRTF Admission"}[k]
    d.text_line(title, 12, "B")
    d.ln(1)
    ids(d, f, "Admission date:" if k == "cont" else "Requested admission date:")
    if k == "cont":
        kv(d, "Days denied:", f"{fdate(f['from'], f['ds'])} through {fdate(f['to'], f['ds'])} (14 days)")
    kv(d, "Service requested:", "PRTF, youth under age 21 (Rev. code 1001)")
    d.ln(2)
    y = f["youth"].split()[0]
    if k == "lrs":
        d.para(f"Dear {f['guardian']}: We reviewed the request from {f['fac']} to admit {f['youth']} to a "
               "Psychiatric Residential Treatment Facility. We are denying this request. Our psychiatrist reviewed "
               "the records and used the plan's PRTF admission criteria. The records show that "
               f"{y} has not had thoughts of harming self or others in the last 30 days and is attending school. "
               f"{y}'s needs can be safely met in a less restrictive setting: intensive in-home behavioral health "
               "services with family therapy and a crisis plan. PRTF care is a level of care for youth who cannot be "
               "treated safely in the community. We have sent a referral for intensive in-home services.")
    elif k == "con":
        d.para(f"We received the request to admit {f['youth']} to {f['fac']}. Federal rules (42 CFR 441.152) require "
               "that before a Medicaid-eligible youth is admitted to a psychiatric residential facility, an "
               "independent team certify that ambulatory care resources in the community do not meet the youth's "
               "treatment needs (a certification of need). The request did not include a certification of need "
               "signed by an independent team; the form sent was signed only by the facility's own staff. "
               "The criteria for admission are not met, and the request is denied.")
        d.para("The facility may send a new request with a completed independent certification of need at any time.")
        peer(d, f)
    elif k == "cont":
        d.para(f"Dear {f['guardian']}: {f['youth']} has been at {f['fac']} since the admission date above. The "
               "facility asked for 14 more days. Our reviewer found that the criteria for continued stay are not met: "
               f"{y} has had no restraints or seclusion in 21 days, is taking part in home passes, and the treatment "
               "goals can be met in a less restrictive setting (therapeutic foster care with outpatient therapy). "
               "The days listed above will not be covered. Days before them are not affected.")
        peer(d, f)
    else:
        d.para(f"{f['doc']} asked us to approve an admission for {f['youth']}. Our reviewing psychiatrist found the "
               "request is not medically necessary. The records describe one episode of aggression at school with no "
               "injury, no psychiatric hospital stays in the past 12 months, and no trial of outpatient medication "
               "management. The symptoms described do not meet the severity needed for residential treatment under "
               "our Medical Necessity Criteria for PRTF (BH-PRTF-02).")
        peer(d, f)
    rights(d, f)
    d.text_line("Sincerely,", 10)
    d.text_line(f["reviewer"] + ", Physician Reviewer", 10)
    d.text_line(f["ins"], 10)
    d.text_line("cc: " + (f"{f['guardian']} (parent/guardian)" if to_fac else f"{f['fac']}; {f['doc']}"), 8.5)


def fewer(d: Page, f: dict) -> None:
    ds = f["ds"]
    d.add_page()
    head(d, f)
    addressee(d, f, False)
    d.text_line("Notice of Approval - PRTF Admission", 12, "B")
    ids(d, f)
    d.ln(2)
    d.table(["Service", "Days requested", "Days approved", "Approved dates"],
            [["PRTF, under 21 (Rev 1001)", str(f["asked"]), str(f["given"]),
              f"{fdate(f['admit'], ds)} - {fdate(f['thru'], ds)}"]], [62, 30, 30, 52], 8.8)
    d.para(f"Dear {f['guardian']}: We approved the admission of {f['youth']} to {f['fac']}. We approved "
           f"{f['given']} of the {f['asked']} days requested. Before the last approved day, the facility must send "
           "an updated treatment plan so that we can review whether more days are needed. The other "
           f"{f['asked'] - f['given']} days are not approved at this time because progress on the treatment plan "
           "must be reviewed first.")
    d.para("If you disagree with the number of days approved, you may appeal within 60 days of the date of this "
           f"letter by calling {f['ph']}. A fast (expedited) appeal is decided within 72 hours. You may ask for a "
           "State Fair Hearing after our appeal decision.", 9)
    d.text_line("Sincerely, Utilization Management", 10)
    d.text_line(f["ins"], 10)


def upheld(d: Page, f: dict) -> None:
    ds = f["ds"]
    d.add_page()
    head(d, f)
    addressee(d, f, False)
    d.text_line("STATE REVIEW DECISION: DENIAL UPHELD", 12, "B")
    kv(d, "Appeal number:", f["appeal"])
    kv(d, "Managed care plan:", JR)
    kv(d, "Plan authorization no.:", f["auth"])
    kv(d, "Plan denial dated:", fdate(f["orig"], ds))
    kv(d, "Youth:", f["youth"])
    kv(d, "Medicaid ID:", f["mid"])
    kv(d, "Date of birth:", fdate(f["dob"], ds))
    kv(d, "Facility:", f["fac"])
    kv(d, "Requested admission date:", fdate(f["admit"], ds))
    d.ln(2)
    d.para(f"The Office of Children's Behavioral Health reviewed the appeal about the plan's denial of admission of "
           f"{f['youth']} to a Psychiatric Residential Treatment Facility. An independent child and adolescent "
           "psychiatrist reviewed all records, including new letters from the school counselor. The reviewer "
           "agreed with the plan: the youth's needs can be met in a less restrictive setting, with intensive "
           "community-based services (wraparound and multisystemic therapy). The decision to deny the PRTF "
           "admission is UPHELD.")
    rights(d, f, appeal=False)
    d.text_line("Appeals Unit, Office of Children's Behavioral Health", 10)
    d.text_line(ST, 10)


def noauth(d: Page, f: dict) -> None:
    ds = f["ds"]
    d.add_page()
    head(d, f)
    addressee(d, f, True)
    d.text_line("Claim Denial Notice", 13, "B")
    kv(d, "Claim number:", f["claim"])
    kv(d, "Member:", f["youth"])
    kv(d, "Member ID:", f["mid"])
    kv(d, "Billing provider:", f"{f['fac']}  NPI {f['npi']}")
    kv(d, "Received:", fdate(f["received"], ds))
    d.ln(2)
    d.table(["From", "Through", "Rev", "Description", "Days", "Rate", "Billed", "Paid"],
            [[fdate(f["admit"], ds), fdate(f["dis"], ds), "1001", "PRTF per diem", str(f["nd"]),
              f"{f['rate']:,.2f}", f"{f['total']:,.2f}", "0.00"],
             ["*Total", "", "", "", "", "", f"${f['total']:,.2f}", "$0.00"]], [26, 26, 12, 36, 12, 18, 26, 18], 8.3,
            "LLLLRRRR")
    d.para("Reason: N54/CO-197. Admission to a Psychiatric Residential Treatment Facility requires prior "
           "authorization before the admission. We have no authorization on file for these dates. The facility "
           "did not ask for authorization until after the youth was discharged. The member may not be billed for "
           "these days.")
    d.para("To dispute this decision, the facility may file a provider appeal within 60 days of the date of this "
           f"notice. Send the appeal with the records to PO Box 8810, Linden Falls, KS 67501 or fax {f['fax']}.", 9)
    d.text_line("Claims Department, " + f["ins"], 10)


def fax_cover(f: dict) -> bytes:
    d = Page()
    d.footer_fmt = None
    d.add_page()
    d.text_line(f["fac"], 16, "B")
    d.text_line(f"Admissions Office  ·  Phone {f['fph']}  ·  Fax {f['ffax']}", 9)
    d.rule(1.0)
    d.ln(6)
    d.text_line("F A X", 28, "B")
    d.ln(6)
    for a, b in (("To:", f"{f['guardian']} / County Children's Services caseworker"), ("Fax:", "(555) 318-4470"),
                 ("From:", "Admissions Coordinator"), ("Date:", fdate(f["notice"] + dt.timedelta(days=1), "slash")),
                 ("Pages:", "2 (including cover)"), ("Re:", f"Insurance decision - {f['youth']}")):
        kv(d, a, b, 30, 11)
    d.ln(6)
    d.para("Attached is the denial we received from the health plan for the admission. We are sending a new request "
           "with an independent certification of need. Please call our office with any questions.", 10.5)
    d.ln(20)
    d.para("CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in "
           "error, notify the sender at the number above and destroy all copies.", 8)
    return pdf_bytes(d)


def build(f: dict) -> bytes:
    d = Page()
    {"fewer": fewer, "upheld": upheld, "noauth": noauth}.get(f["kind"], denial_letter)(d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k, n = f["kind"], f["notice"]
    alts: dict = {}
    if f["ins"] == OB:
        alts["insurer"] = ["Osprey Bay Behavioral Health"]
    common = dict(insurer=f["ins"], member_id=f["mid"], member_name=f["youth"], provider=f["fac"],
                  denial_date=iso(n), case_numbers=[f["auth"]], service_dates=[iso(f["admit"])],
                  appeal_deadline=iso(n + dt.timedelta(days=60)))
    alts["provider"] = [f["doc"]]
    if k == "fewer":
        alts["service_dates"] = [[iso(f["admit"], f["thru"])]]
        return truth("other", None, "en", alternates=alts, type_alternates=["denial_letter"],
                     denial_alternates=["medical_necessity", "level_of_care"], **common)
    if k == "cont":
        common["service_dates"] = [iso(f["from"], f["to"])]
        alts["service_dates"] = [[iso(f["from"])]]
        return truth("denial_letter", "level_of_care", "en", alternates=alts, denial_alternates=["medical_necessity"],
                     **common)
    if k == "lrs":
        return truth("denial_letter", "level_of_care", "en", alternates=alts, denial_alternates=["medical_necessity"],
                     **common)
    if k == "con":
        return truth("denial_letter", "other", "en", alternates=alts,
                     denial_alternates=["medical_necessity", "prior_authorization"], **common)
    if k == "mednec":
        return truth("denial_letter", "medical_necessity", "en", alternates=alts, **common)
    if k == "upheld":
        common.update(case_numbers=[f["appeal"], f["auth"]], appeal_deadline=None)
        alts["appeal_deadline"] = [iso(n + dt.timedelta(days=120))]
        alts["case_numbers"] = [[f["appeal"]]]
        return truth("denial_letter", "level_of_care", "en", alternates=alts, denial_alternates=["medical_necessity"],
                     **common)
    # noauth
    alts.pop("provider")
    common.update(case_numbers=[f["claim"]], claim_amount=f"{f['total']:.2f}",
                  service_dates=[iso(f["admit"], f["dis"])])
    return truth("denial_letter", "prior_authorization", "en", alternates=alts, type_alternates=["eob"], **common)


# (stem suffix, condition, kind, issuer, date style)
PLAN = [
    ("bd_less_restrictive_setting_guardian_letter", "born_digital", "lrs", JR, "long"),
    ("bd_not_medically_necessary_peer_to_peer", "born_digital", "mednec", OB, "slash"),
    ("scan300_facility_fax_cover_no_certification_of_need", "scan_clean_300", "con", JR, "abbr"),
    ("lowres_continued_stay_denied_step_down", "scan_lowres_150", "cont", OB, "dsh"),
    ("copy_approval_fewer_days", "photocopy", "fewer", JR, "iso"),
    ("faxfine_state_review_denial_upheld", "fax_fine_g4", "upheld", ST, "long"),
    ("rotated_claim_days_no_prior_authorization", "rotated", "noauth", OB, "slash"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suf, cond, kind, ins, ds) in enumerate(PLAN):
        f = facts(154600 + i, kind, ins, ds)
        doc = (build(f), make_truth(f))
        if kind == "con":
            items.append(Item(f"{FAMILY}_{suf}", cond, [doc], separators=[fax_cover(f)]))
        else:
            items.append(Item(f"{FAMILY}_{suf}", cond, [doc]))
    return items
