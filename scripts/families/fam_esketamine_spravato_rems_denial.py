"""Family 'esketamine_spravato_rems_denial': behavioral health manager, PBM and health plan letters and EOBs about
esketamine nasal spray (HCPCS S0013 per mg / J3490, 56 mg and 84 mg kits) given under the REMS with the two-hour
observation visit (G2082 up to 56 mg, G2083 over 56 mg). Written at first sight; all values invented.

Issuers: Eriskay Behavioral Health (behavioral health manager "for Lismore Health Plan"; letters and an approval),
Islay Mutual Health Insurance Company ("ISLAY MUTUAL" over a rule; EOBs with ruled boxes and a session table), Barra
Pharmacy Solutions (PBM coverage determination with a boxed facts grid), Lismore Health Plan (claim letter in prose).
Reasons: two adequate antidepressant trials not documented (a trial table with start dates and weeks as decoys),
the clinic is not a certified treatment center under the REMS, maintenance dosing more often than approved, one
approval of the induction phase, one clinic fax cover sheet in front of the plan letter. Decoys: dispensing
specialty pharmacy with NCPDP and NPI, prescriber NPI, date of birth, request-received date, REMS patient
enrollment ID, peer-to-peer call-by date, kit NDC, allowed and paid amounts.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, pdf_bytes, truth

FAMILY = "esketamine_spravato_rems_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
ER, LI, IS, BA = ("Eriskay Behavioral Health", "Lismore Health Plan", "Islay Mutual Health Insurance Company",
                  "Barra Pharmacy Solutions")
CLINICS = [("Tiree Interventional Psychiatry", "Dr. Ingrid M. Oyelaran, MD"),
           ("Harbourlight Mood Disorders Clinic", "Dr. Tomasz J. Wierzbicki, DO"),
           ("Sandwood Neuropsychiatry Center", "Dr. Adaeze N. Obi, MD")]
NONCERT = ("Coll Wellness & Infusion Lounge", "Dr. Haruto S. Mori, MD")
PHARM = "Kerrera Specialty Pharmacy"
TRIALS = [("Sertraline", "200 mg daily"), ("Escitalopram", "20 mg daily"), ("Bupropion XL", "300 mg daily"),
          ("Venlafaxine XR", "225 mg daily"), ("Mirtazapine", "30 mg nightly")]


def d_(f: dict, d: dt.date) -> str:
    s = f["ds"]
    if s == "dmy1":
        return d.strftime("%-d %b %Y")
    return fmt_date(d, s)


def facts(i: int, kind: str, ins: str, ds: str, ms: str) -> dict:
    r = Rand(175500 + i)
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 160))
    clinic, doc = NONCERT if kind in ("rems", "rems_eob") else r.choice(CLINICS)
    f = dict(kind=kind, ins=ins, ds=ds, ms=ms, notice=notice, name=r.person()[0], addr=r.address(),
             dob=dt.date(r.randint(1961, 2001), r.randint(1, 12), r.randint(1, 28)),
             mid=r.choice(["LHP", "EBH", "IM"]) + r.digits(9), group=r.letters(1) + r.digits(6),
             clinic=clinic, doc=doc, npi=r.npi(), cnpi=r.npi(), pnpi=r.npi(), ncpdp=r.digits(7), ph=r.phone(),
             fax=r.phone(), cph=r.phone(), rems=r.letters(2) + r.digits(8),
             received=notice - dt.timedelta(days=r.randint(2, 8)))
    f["ref"] = {ER: "EBH-" + r.digits(8), BA: "CD" + r.digits(10), LI: "LHP" + r.digits(9),
                IS: r.digits(4) + "-" + r.digits(7)}[ins]
    f["start"] = notice + dt.timedelta(days=r.randint(6, 20))
    f["p2p"] = notice + dt.timedelta(days=7)
    tr = r.sample(TRIALS, 2)
    f["trials"] = [(tr[0][0], tr[0][1], notice - dt.timedelta(days=r.randint(300, 500)), r.choice([8, 10, 12])),
                   (tr[1][0], tr[1][1], notice - dt.timedelta(days=r.randint(90, 200)), r.choice([2, 3, 4]))]
    if kind in ("rems_eob", "maint_eob", "trials_claim"):
        n = {"rems_eob": 3, "maint_eob": 4, "trials_claim": 2}[kind]
        big = kind == "maint_eob"
        first = notice - dt.timedelta(days=r.randint(40, 60))
        step = 3 if kind != "maint_eob" else 7
        lines = []
        mg_ch = r.randint(15, 19) + r.choice([0, 0.5, 0.25])
        obs_ch = r.randint(640, 980) + r.choice([0, 0.5])
        for k in range(n):
            dd = first + dt.timedelta(days=step * k + (k % 2))
            lines.append(dict(date=dd, code="S0013", desc=f"Esketamine nasal spray, {84 if big else 56} mg",
                              units=84 if big else 56, ch=round(mg_ch * (84 if big else 56), 2),
                              denied=(kind != "maint_eob" or k % 2 == 1)))
            lines.append(dict(date=dd, code="G2083" if big else "G2082",
                              desc="Observation visit, 2 hours, " + ("over 56 mg" if big else "up to 56 mg"),
                              units=1, ch=obs_ch, denied=(kind != "maint_eob" or k % 2 == 1)))
        f["lines"] = lines
        f["total"] = round(sum(x["ch"] for x in lines), 2)
        f["denied_total"] = round(sum(x["ch"] for x in lines if x["denied"]), 2)
        f["claim"] = f["ref"]
        f["auth"] = "A" + r.digits(9)
    if kind == "approval":
        f["end"] = f["start"] + dt.timedelta(days=55)
    return f


def head(d: Doc, f: dict) -> None:
    ins = f["ins"]
    if ins == ER:
        d.text_line(ER, 17, "B", h=8)
        d.text_line(f"Behavioral health services for {LI} members", 9, h=4.5)
        d.text_line(f"Utilization Management  |  PO Box 6120, Fargo, ND 58106  |  Phone {f['ph']}  |  Fax {f['fax']}",
                    8, h=4.5)
        d.rule(0.6, 5)
    elif ins == IS:
        d.text_line("ISLAY MUTUAL", 22, "B", h=10)
        d.rule(1.0, 1.5)
        d.text_line(f"{IS}  -  Claims Department, 400 Quarry Street, Erie, PA 16501  -  {f['ph']}", 8, h=4.5)
        d.ln(4)
    elif ins == BA:
        d.text_line(BA, 15, "B", h=7)
        d.text_line("Pharmacy benefit manager  -  Coverage Determinations Unit", 9, h=4.5)
        d.text_line(f"Phone {f['ph']} (24 hours)   Fax {f['fax']}", 9, h=4.5)
        d.ln(5)
    else:
        d.text_line(LI, 16, "B", align="R", h=8)
        d.text_line("Member Services  -  88 Lantern Way, Bangor, ME 04401", 8.5, align="R", h=4.5)
        d.text_line(f"{f['ph']}  -  TTY 711", 8.5, align="R", h=4.5)
        d.ln(6)


def pairs(d: Doc, rows: list[tuple[str, str]], w: float = 52, size: float = 9.5) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, 5.4, k)
        d.font(size)
        d.cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def address_block(d: Doc, f: dict) -> None:
    d.text_line(d_(f, f["notice"]), 10)
    d.ln(3)
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10)
    d.ln(5)


def trial_table(d: Doc, f: dict) -> None:
    d.table(["Medication", "Dose", "Start date", "Weeks", "Counts as adequate trial?"],
            [[m, dose, d_(f, s), str(w), "Yes" if w >= 6 else "No - under 6 weeks at dose"]
             for m, dose, s, w in f["trials"]], [38, 32, 32, 16, 56], 8.8)


def appeal_text(f: dict, days: int) -> str:
    return (f"You or your doctor may appeal this decision. Your appeal must be made within {days} days of the date "
            "of this letter. Send it in writing to the address above or call us. If your health could be seriously "
            "harmed by waiting, ask for an expedited (fast) appeal; we decide fast appeals within 72 hours. After our "
            "final decision you may ask for an external review by an independent review organization.")


def letter_trials(d: Doc, f: dict) -> None:
    """Eriskay: pre-service request denied, two adequate trials not documented (kind trials)."""
    d.add_page()
    head(d, f)
    address_block(d, f)
    d.text_line("Notice of Adverse Benefit Determination", 13, "B", h=7)
    d.ln(2)
    pairs(d, [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group number:", f["group"]),
              ("Date of birth:", d_(f, f["dob"])), ("Reference number:", f["ref"]),
              ("Request received:", d_(f, f["received"])),
              ("Service requested:", "Esketamine nasal spray (S0013) 56 mg with observation visit G2082"),
              ("Treating provider:", f["clinic"]), ("Prescriber:", f"{f['doc']}  NPI {f['npi']}"),
              ("Requested start date:", d_(f, f["start"])),
              ("Dispensing pharmacy:", f"{PHARM}  NCPDP {f['ncpdp']}")])
    d.para(f"Dear {f['name']}: We reviewed the request from {f['clinic']} for esketamine nasal spray to treat "
           "major depressive disorder. We cannot approve it. Our clinical policy covers esketamine for "
           "treatment-resistant depression only when the records show that at least two different oral "
           "antidepressants were tried at an adequate dose for at least six weeks each in the current episode "
           "and did not work. The records we received show these trials:", 10)
    trial_table(d, f)
    d.para("Only one trial meets the policy. The second was stopped before six weeks and no other trial is "
           "documented. For this reason the request is denied as not medically necessary under our guideline "
           "BH-CP-114 (esketamine). If your doctor has records of another trial, they can send them with an "
           f"appeal. Your doctor may also talk with our reviewer (peer-to-peer) by calling {f['ph']} by "
           f"{d_(f, f['p2p'])}.", 10)
    d.para(appeal_text(f, 180), 9.5)
    d.para(f"Sincerely,\nDr. Leif A. Strand, Psychiatrist Reviewer\n{ER}", 10)
    d.text_line(f"cc: {f['clinic']}; {PHARM}", 8)


def letter_rems(d: Doc, f: dict) -> None:
    """Eriskay: the requested site is not a certified treatment center under the REMS (kind rems)."""
    d.add_page()
    head(d, f)
    address_block(d, f)
    d.text_line("We are denying your request for esketamine nasal spray", 13, "B", h=7)
    d.ln(2)
    d.boxes([("Patient", f["name"], 62), ("Member number", f["mid"], 50), ("Case no.", f["ref"], 62)])
    d.boxes([("Provider / site of care", f["clinic"], 112), ("Planned first session", d_(f, f["start"]), 62)])
    d.ln(4)
    d.para(f"{f['clinic']} asked us to approve esketamine nasal spray 56 mg (S0013) with the two-hour observation "
           f"visit (G2082) for you, prescribed by {f['doc']}. Esketamine can only be given under a Risk "
           "Evaluation and Mitigation Strategy (REMS). The drug must be given in a healthcare setting that is "
           "certified in the REMS, where you are watched for at least two hours after each dose.", 10)
    d.para(f"{f['clinic']} is not listed as a certified healthcare setting in the REMS, so your plan does not cover "
           "esketamine given there. This is a benefit exclusion, not a judgment about whether you need the "
           "drug. You may receive it at a certified center in our network, such as Tiree Interventional "
           "Psychiatry or Sandwood Neuropsychiatry Center; your doctor can send a new request naming that center.",
           10)
    d.para(f"REMS patient enrollment ID on the request: {f['rems']}. Date of birth: {d_(f, f['dob'])}.", 9)
    d.para(appeal_text(f, 180), 9.5)
    d.para(f"Sincerely,\nUtilization Management\n{ER}", 10)


def approval(d: Doc, f: dict) -> None:
    d.add_page()
    head(d, f)
    address_block(d, f)
    d.text_line("Approval of your request", 13, "B", h=7)
    d.ln(2)
    pairs(d, [("Member", f["name"]), ("ID number", f["mid"]), ("Authorization number", f["ref"]),
              ("Provider", f["clinic"]), ("Prescriber", f"{f['doc']} (NPI {f['npi']})"),
              ("Approved", "Esketamine nasal spray 56 mg / 84 mg (S0013), observation G2082 / G2083"),
              ("Approved period", f"{d_(f, f['start'])} through {d_(f, f['end'])}"),
              ("Sessions approved", "23 (induction: twice weekly weeks 1-4, weekly weeks 5-8)")], 48)
    d.para(f"Good news: we approved the request from {f['clinic']}. The records show two adequate "
           "antidepressant trials and the center is certified in the REMS. Please keep this letter. Sessions "
           "after the approved period need a new request with an updated depression rating scale.", 10)
    d.para("This approval is not a guarantee of payment; benefits depend on your eligibility on the date of "
           "each session.", 9)
    d.para(f"Sincerely,\nUtilization Management\n{ER}", 10)


def pbm_letter(d: Doc, f: dict) -> None:
    """Barra: continued twice-weekly 84 mg in maintenance exceeds the approved frequency (kind maint)."""
    d.add_page()
    head(d, f)
    d.text_line("COVERAGE DETERMINATION - DENIAL", 13, "B", h=7)
    d.ln(2)
    w = d.w - d.l_margin - d.r_margin
    rows = [("Date of notice", d_(f, f["notice"])), ("Member name", f["name"]), ("Member ID", f["mid"]),
            ("Group", f["group"]), ("Determination no.", f["ref"]),
            ("Drug", "SPRAVATO (esketamine) 84 mg dose kit, NDC 50458-0028-03"),
            ("Prescriber", f"{f['doc']}, {f['clinic']}"), ("Prescriber NPI", f["npi"]),
            ("Dispensing pharmacy", f"{PHARM} (NPI {f['pnpi']})"),
            ("Dosing requested", "84 mg twice a week, from " + d_(f, f["start"])),
            ("Request received", d_(f, f["received"]))]
    for k, v in rows:
        d.font(9.2, "B")
        d.cell(50, 6.2, " " + k, border=1)
        d.font(9.2)
        d.cell(w - 50, 6.2, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.font(10, "B")
    d.cell(0, 6, "Why we denied it", new_x="LMARGIN", new_y="NEXT")
    d.para("The member finished the induction phase (weeks 1-8). In the maintenance phase the approved dosing is "
           "once a week or once every two weeks. The request asks for twice-weekly dosing, which is more often "
           "than the approved frequency, and the notes do not explain why. The request is denied as not medically "
           "necessary. Weekly dosing would be approved if your prescriber sends a new request.", 10)
    appeal_by = f["notice"] + dt.timedelta(days=60)
    f["appeal_by"] = appeal_by
    d.font(10, "B")
    d.cell(0, 6, "Your right to appeal", new_x="LMARGIN", new_y="NEXT")
    d.para(f"You must ask for an appeal (redetermination) by {d_(f, appeal_by)}. Your prescriber can ask for you. "
           "Call us or fax your request with any records. A fast decision is made within 72 hours when waiting "
           "could harm your health.", 10)
    d.text_line(f"{BA}  -  Coverage Determinations Unit", 9)


def eob(d: Doc, f: dict) -> None:
    """Islay Mutual EOB (kinds rems_eob, maint_eob)."""
    d.add_page()
    head(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 14, "B", h=7)
    d.text_line("This is not a bill.", 9, h=5)
    d.ln(2)
    d.boxes([("Statement date", d_(f, f["notice"]), 40), ("Member", f["name"], 62), ("Member ID", f["mid"], 42),
             ("Group no.", f["group"], 36)])
    d.boxes([("Claim number", f["claim"], 46), ("Provider", f["clinic"], 88), ("Received", d_(f, f["received"]), 46)])
    d.ln(4)
    mo = lambda v: fmt_money(v, f["ms"])  # noqa: E731
    rows = []
    for x in f["lines"]:
        allowed = 0 if x["denied"] else round(x["ch"] * 0.62, 2)
        paid = round(allowed * 0.8, 2)
        remark = ("RM4" if f["kind"] == "rems_eob" else "FQ2") if x["denied"] else "PD"
        rows.append([d_(f, x["date"]), x["code"], x["desc"], str(x["units"]), mo(x["ch"]), mo(allowed), mo(paid),
                     remark])
    rows.append(["*Claim total", "", "", "", mo(f["total"]), "", "", ""])
    d.table(["Date", "Code", "Service", "Units", "Billed", "Allowed", "Plan paid", "Remark"], rows,
            [22, 14, 58, 11, 22, 20, 20, 13], 7.8, "LLLRRRRL")
    if f["kind"] == "rems_eob":
        d.para(f"RM4 - Not covered. {f['clinic']} is not a certified healthcare setting under the esketamine "
               "REMS. Your plan covers esketamine nasal spray and the observation visit only at a certified "
               "treatment center. You may be responsible for these charges if you agreed in writing to pay.", 9)
    else:
        d.para(f"FQ2 - The session is more often than the maintenance frequency approved under authorization "
               f"{f['auth']} (one session every 14 days). Sessions given sooner are not medically necessary under "
               "our policy and were denied.", 9)
        d.para("PD - Paid under your behavioral health benefit.", 9)
    d.para(f"Prescribed by {f['doc']} (NPI {f['npi']}). Dispensed by {PHARM}.", 8.5)
    d.para("Appeals: if you disagree, send a written appeal within 180 days of the date of this statement to "
           f"{IS}, Appeals Unit, 400 Quarry Street, Erie, PA 16501, or call {f['ph']}.", 9)


def plan_letter(d: Doc, f: dict) -> None:
    """Lismore Health Plan, post-service claim letter in prose (kind trials_claim)."""
    d.add_page()
    head(d, f)
    address_block(d, f)
    dates = sorted({x["date"] for x in f["lines"]})
    f["appeal_by"] = f["notice"] + dt.timedelta(days=180)
    d.text_line(f"RE: claim {f['claim']}, member ID {f['mid']}", 10, "B")
    d.ln(3)
    d.para(f"Dear {f['name']},", 10)
    d.para(f"We processed the claim from {f['clinic']} for esketamine nasal spray sessions on "
           f"{d_(f, dates[0])} and {d_(f, dates[1])}. The clinic billed {fmt_money(f['total'], f['ms'])} "
           "(S0013 56 mg and the G2082 observation visit for each session). We are not paying this claim.", 10)
    d.para("Esketamine needs prior approval under your medical benefit. Approval requires records of two "
           "antidepressant medicines tried for at least six weeks each that did not help. No approval was on file "
           "and the records sent with the claim show only one full trial "
           f"({f['trials'][0][0]}, started {d_(f, f['trials'][0][2])}). For this reason the sessions are not "
           "medically necessary under our policy.", 10)
    d.para(f"Your doctor, {f['doc']}, can send the missing records with an appeal. You have the right to appeal. "
           f"We must receive your appeal no later than {d_(f, f['appeal_by'])}. You can also ask for an external "
           "review after our appeal decision.", 10)
    d.para(f"Questions? Call Member Services at {f['ph']}.", 10)
    d.para(f"Sincerely,\nClaims Review\n{LI}", 10)


def cover(f: dict) -> bytes:
    """The clinic's own fax cover sheet sending the plan letter on (belongs to no document)."""
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(NONCERT[0], 16, "B", h=9)
    d.text_line(f"27 Harbor View Road, Suite 4  -  Tel {f['cph']}", 9, h=5)
    d.rule(0.8, 6)
    d.text_line("FAX TRANSMITTAL", 26, "B", h=14)
    for k, v in [("To", "Tiree Interventional Psychiatry - intake"), ("From", "Front desk / prior auth"),
                 ("Date", d_(f, f["notice"] + dt.timedelta(days=3))), ("Pages", "2 including cover"),
                 ("Re", f"Transfer of care - {f['name']}")]:
        d.font(12, "B")
        d.cell(28, 9, k + ":")
        d.font(12)
        d.cell(0, 9, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.para("Attached is the plan's letter. Our site is not REMS certified for esketamine; the patient would like "
           "to start treatment at your center. Please call the patient to schedule an intake. CONFIDENTIAL: "
           "this fax contains protected health information.", 11)
    return pdf_bytes(d)


def build(f: dict) -> bytes:
    d = Doc("DejaVu", footer="Page {p} of {n}", header=f"{f['name']}  -  {f['mid']}")
    d.add_font("DejaVu", "B", BOLD)
    {"trials": letter_trials, "rems": letter_rems, "approval": approval, "maint": pbm_letter,
     "rems_eob": eob, "maint_eob": eob, "trials_claim": plan_letter}[f["kind"]](d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k, ins = f["kind"], f["ins"]
    alts: dict = {"provider": [f["doc"]]}
    common = dict(insurer=ins, member_id=f["mid"], member_name=f["name"], denial_date=iso(f["notice"]),
                  provider=f["clinic"], case_numbers=[f["ref"]])
    if ins == ER:
        alts["insurer"] = [LI]
    if k in ("trials", "maint", "rems_eob", "maint_eob"):
        common["group_number"] = f["group"]
    if k == "approval":
        alts["service_dates"] = [[iso(f["start"])]]
        return truth("other", None, service_dates=[iso(f["start"], f["end"])], alternates=alts, **common)
    if k in ("trials", "rems"):
        den = "medical_necessity" if k == "trials" else "not_covered"
        dal = ["prior_authorization"] if k == "trials" else ["other"]
        return truth("denial_letter", den, service_dates=[iso(f["start"])],
                     appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)), alternates=alts,
                     denial_alternates=dal, **common)
    if k == "maint":
        # the PBM letter names the prescriber first ("Prescriber"); the clinic follows on the same line
        common["provider"] = f["doc"]
        alts["provider"] = [f["clinic"]]
        return truth("denial_letter", "medical_necessity", service_dates=[iso(f["start"])],
                     appeal_deadline=iso(f["appeal_by"]), alternates=alts, denial_alternates=["not_covered"],
                     **common)
    if k == "trials_claim":
        return truth("denial_letter", "medical_necessity", claim_amount=f"{f['total']:.2f}",
                     service_dates=[iso(x["date"]) for x in f["lines"]], appeal_deadline=iso(f["appeal_by"]),
                     alternates=alts, denial_alternates=["prior_authorization"], **common)
    denied = sorted({iso(x["date"]) for x in f["lines"] if x["denied"]})
    alld = sorted({iso(x["date"]) for x in f["lines"]})
    if k == "maint_eob":
        alts["service_dates"] = [alld]
        alts["claim_amount"] = [f"{f['denied_total']:.2f}"]
    return truth("eob", "not_covered" if k == "rems_eob" else "medical_necessity", claim_amount=f"{f['total']:.2f}",
                 service_dates=denied, appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)), alternates=alts,
                 denial_alternates=["other"] if k == "rems_eob" else ["prior_authorization", "not_covered"],
                 **common)


# (stem suffix, condition, kind, issuer, date style, money style, cover sheet)
PLAN = [
    ("bd_letter_two_trials_not_documented", "born_digital", "trials", ER, "long", "plain", False),
    ("bd_eob_clinic_not_rems_certified", "born_digital", "rems_eob", IS, "slash", "plain", False),
    ("scan300_pbm_maintenance_twice_weekly", "scan_clean_300", "maint", BA, "dmy1", "plain", False),
    ("lowres_approval_induction_phase", "scan_lowres_150", "approval", ER, "iso", "plain", False),
    ("faxfine_clinic_cover_and_rems_letter", "fax_fine_g4", "rems", ER, "abbr", "plain", True),
    ("copy_eob_maintenance_frequency", "photocopy", "maint_eob", IS, "dmy", "nosign", False),
    ("phone_plan_claim_letter_one_trial", "phone_photo", "trials_claim", LI, "long", "plain", False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, ds, ms, cov) in enumerate(PLAN):
        f = facts(i, kind, ins, ds, ms)
        pdf = build(f)
        t = make_truth(f)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, t)], separators=[cover(f)] if cov else None))
    return items
