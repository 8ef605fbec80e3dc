"""Family 'student_health_plan': university student health insurance plan EOBs and denial letters (invented).

Bellcourt Student Benefits, LLC is a fictional third-party administrator; it handles the claims of two fictional
universities' student health insurance plans, each underwritten by a fictional insurer ("Underwritten by X,
administered by Y"). Modelled on what such plans send: the insured student with a student number beside the
plan's member ID, the policy year, the university's master policy number, a covered dependent as the patient
on some, and the Student Health Center referral rule ("Referral on file? No"). Reasons: specialist care without
a campus referral, a dependent not enrolled for the policy year, a claim sent after the 12-month limit, routine
care abroad outside the study-abroad benefit, an out-of-network urgent care visit, an in-lab sleep study denied
before the service (a home test approved instead); one EOB with nothing denied.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundi_famn import ADULTS, DOCTORS, KIDS, STUDENTS, digits, fd, money, person, phone, usd
from public_kit import Page, m2, out, plus, truth

FAMILY = "student_health_plan"
LANG = "en"
TPA = "Bellcourt Student Benefits, LLC"
SCHOOLS = {
    "wfu": dict(uni="Wyndham Falls University", short="WFU", uw="Marlstone Assurance Company",
                shc="WFU Student Health Center", city="Wyndham Falls, VT 05602"),
    "csu": dict(uni="Carrow State University", short="CSU", uw="Oriel Bay Life Insurance Company",
                shc="Carrow State Student Health & Wellness", city="Carrow, KS 66502"),
}
CLINICS = {"derm": ("Lindgarth Dermatology Associates", "99204", "New patient office visit, dermatology"),
           "ortho": ("Pellucid Valley Orthopedics", "73721", "MRI knee without contrast"),
           "ped": ("Hobnail Creek Pediatrics", "99213", "Office visit, established patient"),
           "pt": ("Saltire Physical Therapy", "97110", "Therapeutic exercise, 15 min"),
           "counsel": ("Quayside Counseling Collective", "90834", "Psychotherapy, 45 minutes"),
           "urgent": ("Foxglove Lane Urgent Care", "S9083", "Urgent care center visit"),
           "sleep": ("Driftwood Sleep Medicine Center", "95810", "Polysomnography, attended, in-lab")}
CODES = {
    "referral": ("R12", "Care outside the Student Health Center needs a referral from the Student Health Center "
                        "before the visit. No referral was on file for this date of service.",
                 "prior_authorization", ["other"]),
    "dependent": ("E40", "The patient was not enrolled as a dependent for this policy year. Dependents must be "
                         "enrolled within 31 days after the policy year starts or after a qualifying event "
                         "(marriage, birth, adoption).", "eligibility", ["other"]),
    "timely": ("T90", "Claims must reach us within 12 months after the date of service. This claim arrived "
                      "later than that and cannot be paid.", "timely_filing", []),
    "paid": ("P01", "Processed under the plan's benefits. Referral on file.", None, []),
}


def insured(r: random.Random, school: str, dependent: bool) -> dict:
    name, first, last = person(r, STUDENTS)
    s = SCHOOLS[school]
    pat = person(r, KIDS if r.random() < 0.5 else ADULTS, last)[0] if dependent else name
    return dict(name=name, first=first, last=last, pat=pat, mid=f"{s['short']}{digits(r, 8)}",
                sno=f"9{digits(r, 8)}", pol=f"SHIP-{digits(r, 4)}-{r.choice(['A', 'B'])}",
                addr=f"{r.randint(100, 990)} Quadrangle Row, Apt {r.randint(1, 40)}", **s)


def letterhead(p: Page, who: dict, r: random.Random) -> None:
    p.line("BELLCOURT", 18, "B", h=8)
    p.line("Student Benefits", 10.5, h=5)
    p.line(f"Claims administrator for the {who['uni']} Student Health Insurance Plan", 8.5, h=4.5)
    p.line(f"PO Box 1187, Merriam Lake, MN 55372  |  {phone(r)}  |  studentplans.example", 7.8, h=4.3)
    y = p.get_y() + 1
    super(Page, p).line(p.l_margin, y, p.w - p.r_margin, y)
    p.ln(4)


def underwritten(p: Page, who: dict) -> None:
    p.ln(2)
    p.para(f"Underwritten by {who['uw']}. Administered by {TPA}. The {who['uni']} Student Health Insurance Plan "
           "meets the requirements of minimum essential coverage.", 7.8)


def appeal(p: Page, notice: dt.date, dl: str, ds: str, what: str) -> tuple[str | None, list]:
    if dl == "notice":
        when, dead, alts = f"within 180 days of the date of this {what}", plus(notice, 180).isoformat(), []
    elif dl == "by":
        d = plus(notice, 180)
        when, dead, alts = f"on or before {fd(d, ds)}", d.isoformat(), []
    else:
        when, dead, alts = f"within 180 days of receipt of this {what}", None, [plus(notice, 180).isoformat()]
    p.heading("How to appeal", 9.5)
    p.para(f"You may appeal this decision in writing {when}. Send your appeal, the claim number and any records "
           "to Bellcourt Student Benefits, Appeals, at the address above. Urgent appeals are decided within 72 "
           "hours. If we uphold the decision you may ask for an external review by an independent review "
           "organization within 4 months of our final decision.", 8.5)
    return dead, alts


def eob(seed: int, school: str, kind: str, clinic: str, ds: str, ms: str, dl: str, dependent: bool = False):
    r = random.Random(seed)
    who = insured(r, school, dependent)
    prov, code, desc = CLINICS[clinic]
    dos = dt.date(2025, 9, 8) + dt.timedelta(days=r.randint(0, 200))
    n = 3 if kind == "paid" else r.choice([1, 2])
    days = sorted({plus(dos, 7 * k) for k in range(n)})
    charge = money(r, 140, 420) if clinic != "ortho" else money(r, 1400, 2600)
    notice = plus(days[-1], r.randint(20, 40))
    if kind == "timely":
        notice = plus(days[-1], r.randint(400, 430))
    claim_no = f"{who['short']}-C{digits(r, 9)}"
    ref = f"SHC-R{digits(r, 5)}"
    p = Page(footer="Page {n} of {nb}", footer_left=f"EOB form BSB-12  |  Batch {digits(r, 6)}")
    p.add_page()
    letterhead(p, who, r)
    p.line("EXPLANATION OF BENEFITS", 13, "B", h=6.5)
    p.line("This is not a bill. Keep it for your records.", 8.5, h=5)
    p.ln(2)
    y = p.get_y()
    for ln in (who["name"], who["addr"], who["city"]):
        p.line(ln, 9.5, h=4.8)
    x = p.l_margin + 92
    p.set_xy(x, y)
    rows = [("EOB date", fd(notice, ds)), ("Insured Student", who["name"]), ("Student No.", who["sno"]),
            ("Member ID", who["mid"]), ("Policy Year", "2025-2026"), ("Master policy no.", who["pol"])]
    if dependent:
        rows.append(("Covered Dependent" if kind != "dependent" else "Patient (dependent)", who["pat"]))
    p.pairs(rows, label_w=39, size=8.5, h=4.5, x=x)
    p.ln(5)
    p.boxed_pairs([("Claim No.", claim_no), ("Provider of service", prov),
                   ("Claim received", fd(plus(days[-1], r.randint(5, 12) if kind != "timely" else 390), ds)),
                   ("Referral on file?", f"Yes ({ref})" if kind == "paid" else "No")], label_w=45, size=8.5, h=5.4)
    lines = line_rows(kind, days, code, desc, charge, ds, ms)
    p.table(["DOS", "Service", "Code", "Charges", "Allowed", "Not payable", "Deductible", "Coins.", "Plan paid",
             "Reason"], lines, [18, 40, 12, 17, 16, 17, 16, 14, 17, 12], size=7.3, bold_last=True)
    rc, text, denial, dalts = CODES[kind]
    p.para(f"**Reason {rc}:** {text}", 8.5)
    if kind == "referral":
        p.para(f"To get a referral, visit the {who['shc']} or call it before you see an outside provider. "
               "Emergency care never needs a referral.", 8.5)
    dead, alts = appeal(p, notice, dl, ds, "explanation of benefits") if kind != "paid" else (None, [])
    underwritten(p, who)
    total = round(charge * len(days), 2)
    a = {"insurer": [who["uw"], f"{who['uni']} Student Health Insurance Plan", "Bellcourt Student Benefits", "Bellcourt"],
         "group_number": [None]}
    if dead is None and kind != "paid":
        a["appeal_deadline"] = alts
    cases = [claim_no]
    if kind == "paid":
        a["case_numbers"] = [[claim_no, ref]]
    t = truth("eob", denial, insurer=TPA, group=who["pol"], member_id=who["mid"], member_name=who["pat"],
              cases=cases, claim_amount=m2(total), service_dates=[d.isoformat() for d in days],
              denial_date=notice.isoformat(), provider=prov, appeal_deadline=dead, alternates=a,
              denial_alternates=dalts)
    return out(p), t


def line_rows(kind, days, code, desc, charge, ds, ms) -> list[list[str]]:
    rc = CODES[kind][0]
    rows, tot = [], [0.0] * 6
    for d in days:
        if kind == "paid":
            allowed = round(charge * 0.7, 2)
            vals = [charge, allowed, round(charge - allowed, 2), 0.0, round(allowed * 0.2, 2), round(allowed * 0.8, 2)]
        else:
            vals = [charge, 0.0, charge, 0.0, 0.0, 0.0]
        tot = [a + b for a, b in zip(tot, vals)]
        rows.append([fd(d, "slash"), desc[:26], code] + [usd(v, ms) for v in vals] + [rc])
    rows.append(["Totals", "", ""] + [usd(v, ms) for v in tot] + [""])
    return rows


LETTERS = {
    "urgent": ("out_of_network", ["not_covered"],
               "{pat} was seen at {prov} on {dos} for a sore throat and fever. {prov} is not in the plan's "
               "provider network. Outside the campus area the plan pays non-network providers only for emergency "
               "care, and this visit was not an emergency. The plan's network includes urgent care centers in "
               "all 50 states; you can find one with the provider search on our website."),
    "abroad": ("not_covered", ["other"],
               "{pat} received six physiotherapy sessions at {prov} in Salamanca, Spain, between {dos} and {end}. "
               "Care outside the United States is covered only for an emergency or an unexpected illness that "
               "begins while you are abroad. The records show treatment of a knee injury from before the trip, "
               "planned as routine therapy during the semester abroad. Routine and planned care abroad is not a "
               "covered benefit under the plan."),
    "sleep": ("level_of_care", ["medical_necessity"],
              "{doc} asked us to approve an attended sleep study in a sleep laboratory (CPT 95810) for {pat}, "
              "planned for {dos}. For adults with signs of obstructive sleep apnea and no serious heart, lung or "
              "nerve disease, the plan's guideline calls for a home sleep apnea test first. The records show none "
              "of the conditions that would need a study in the laboratory. We have not approved the in-lab study. "
              "We approved a home sleep apnea test (CPT 95806) instead."),
}


def letter(seed: int, school: str, kind: str, ds: str, ms: str, dl: str):
    r = random.Random(seed)
    who = insured(r, school, False)
    denial, dalts, reason = LETTERS[kind]
    notice = dt.date(2025, 10, 6) + dt.timedelta(days=r.randint(0, 180))
    clinic = {"urgent": "urgent", "sleep": "sleep", "abroad": None}[kind]
    prov = CLINICS[clinic][0] if clinic else "Clínica Fisiomar Salamanca"
    doc = r.choice(DOCTORS)
    dos = plus(notice, r.randint(14, 30)) if kind == "sleep" else plus(notice, -r.randint(40, 70))
    end = plus(dos, 35)
    days = [f"{dos.isoformat()}/{end.isoformat()}"] if kind == "abroad" else [dos.isoformat()]
    eur = money(r, 380, 720) if kind == "abroad" else None
    amt = round(eur * 1.085, 2) if eur else (money(r, 180, 320) if kind == "urgent" else None)
    claim_no, ref = f"{who['short']}-C{digits(r, 9)}", f"PSR-{digits(r, 7)}"
    p = Page(serif=kind != "sleep", footer="{n} of {nb}", footer_left=f"Notice BSB-ABD-3 ({r.randint(1, 9)}/25)")
    p.add_page()
    letterhead(p, who, r)
    p.line(fd(notice, ds), 10, h=5)
    p.ln(2)
    for ln in (who["name"], who["addr"], who["city"]):
        p.line(ln, 10, h=5)
    p.ln(4)
    title = "Pre-Service Review Decision" if kind == "sleep" else "Claim Decision Notice"
    p.line(title, 12.5, "B", h=6.5)
    rows = [("Insured Student", who["name"]), ("Student No.", who["sno"]), ("Insured ID", who["mid"]),
            ("Policy Year", "2025-2026"), ("Master policy no.", who["pol"])]
    if kind == "sleep":
        rows += [("Review reference", ref), ("Requested by", f"{doc}, {prov}"), ("Planned date", fd(dos, ds)),
                 ("Request received", fd(plus(notice, -r.randint(3, 8)), ds))]
    else:
        rows += [("Claim Ref.", claim_no), ("Provider", prov),
                 ("Date(s) of service", fd(dos, ds) + (f" - {fd(end, ds)}" if kind == "abroad" else "")),
                 ("Billed", (f"EUR {eur:,.2f} ({usd(amt, ms)})" if eur else usd(amt, ms))),
                 ("Referral on file?", "Not required" if kind == "abroad" else "No")]
    p.boxed_pairs(rows, label_w=46, size=9, h=5.6)
    p.para(f"Dear {who['first']}:", 10)
    p.para(reason.format(pat=who["name"].split()[0], prov=prov, dos=fd(dos, ds), end=fd(end, ds), doc=doc), 10)
    if kind == "urgent":
        p.para("If you believe this was an emergency, send us the visit notes and tell us why; we will review the "
               "claim again.", 10)
    dead, alts = appeal(p, notice, dl, ds, "notice")
    underwritten(p, who)
    a = {"insurer": [who["uw"], f"{who['uni']} Student Health Insurance Plan", "Bellcourt Student Benefits", "Bellcourt"],
         "group_number": [None]}
    if alts:
        a["appeal_deadline"] = alts
    if eur:
        a["claim_amount"] = [m2(eur)]
    if kind == "sleep":
        a["provider"] = [prov]
    t = truth("denial_letter", denial, insurer=TPA, group=who["pol"], member_id=who["mid"], member_name=who["name"],
              cases=[ref] if kind == "sleep" else [claim_no], claim_amount=m2(amt) if amt else None,
              service_dates=days, denial_date=notice.isoformat(),
              provider=doc if kind == "sleep" else prov, appeal_deadline=dead, alternates=a,
              denial_alternates=dalts)
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    return [Item("student_health_plan_bd_referral", "born_digital",
                 [eob(8301, "wfu", "referral", "derm", "long", "plain", "notice")]),
            Item("student_health_plan_bd_sleep", "born_digital", [letter(8302, "csu", "sleep", "slash", "plain", "by")]),
            Item("student_health_plan_scan_paid", "scan_clean_300",
                 [eob(8303, "csu", "paid", "counsel", "dmy", "plain", "notice")]),
            Item("student_health_plan_photo_dependent", "phone_photo",
                 [eob(8304, "wfu", "dependent", "ped", "abbr", "bare", "receive", dependent=True)]),
            Item("student_health_plan_faxf_timely", "fax_fine_g4",
                 [eob(8305, "csu", "timely", "ortho", "iso", "plain", "notice")]),
            Item("student_health_plan_rot_urgent", "rotated", [letter(8306, "wfu", "urgent", "long", "plain", "receive")]),
            Item("student_health_plan_copy_abroad", "photocopy",
                 [letter(8307, "wfu", "abroad", "dmy", "plain", "notice")])]
