"""Family 'sacral_neuromodulation_interstim_trial_denial': an invented plan refuses a percutaneous nerve evaluation
(PNE) trial of sacral neuromodulation (CPT 64561, test lead A4290) for refractory overactive bladder because the
conservative-therapy criteria (behavioural therapy plus two bladder medicines) and a 3-day bladder diary are not
documented; the urology practice's letter to the patient, a peer-to-peer outcome, a provider fax stack (the UM
determination and the urologist's reconsideration letter), an approval after the diary arrived, an EOB with three
claims of which the trial claim is refused (no authorization), and an upheld first-level appeal.

Issuers: Cobbleridge Health Plan (serif wordmark over a double rule) and Wrenfield Mutual Health (boxed name,
member-services side line). Practice: Lakeshore Pelvic Health & Urology. Decoys: DOB, NPI, request-received dates,
peer-to-peer window (14 days), 72-hour expedited and 4-month external review limits, form numbers, prior paid claims,
account numbers, phone numbers.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Rand, fmt_date, fmt_money, iso, pdf_bytes, truth
from kit_famcoa import Page, days, ordinal

FAMILY = "sacral_neuromodulation_interstim_trial_denial"
LANG = "en"
SEED = 337300
CB, WM = "Cobbleridge Health Plan", "Wrenfield Mutual Health"
PRACTICE = "Lakeshore Pelvic Health & Urology"
URO = [("Dr. Oksana T. Wendover", "Oksana T. Wendover"), ("Dr. Bram L. Castellan", "Bram L. Castellan")]
CRIT = ("Coverage policy UM-URO-118 (Sacral Nerve Neuromodulation) requires, before a trial, (1) urge incontinence "
        "or urgency-frequency for at least 12 months, (2) failure of behavioural therapy (timed voiding, pelvic floor "
        "training) for at least 8 weeks, (3) failure or intolerance of at least two bladder medicines (an "
        "antimuscarinic and a beta-3 agonist), and (4) a voiding diary of at least 3 days showing the symptoms.")


def person_facts(r: Rand, base: dt.date) -> dict:
    name, first, mid, last = r.person()
    u = r.choice(URO)
    return dict(name=name, first=first, last=last, addr=r.address(), dob=dt.date(r.randint(1950, 1985),
                r.randint(1, 12), r.randint(1, 28)), uro=u, npi=r.npi(), phone=r.phone(),
                d=base, svc=days(base, r.randint(18, 40)), recv=days(base, -r.randint(3, 9)))


def cb_head(d: Page):
    d.set_font("DejaVuSerif", "", 22)
    d.cell(0, 10, "Cobbleridge", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 8.5)
    d.cell(0, 4, "HEALTH PLAN   |   Utilization Management   |   PO Box 4471, Stillwater, OK 74076", new_x="LMARGIN",
           new_y="NEXT")
    d.rule(0.8, 0.8)
    d.rule(0.2, 4)


def wm_head(d: Page, side: str):
    y = d.get_y()
    d.set_font("DejaVu", "B", 14)
    d.rect(d.l_margin, y, 88, 12)
    d.set_xy(d.l_margin + 2, y + 2.5)
    d.cell(84, 7, WM.upper())
    d.set_xy(120, y)
    d.set_font("DejaVu", "", 7.8)
    d.multi_cell(0, 3.8, side, new_x="LMARGIN", new_y="NEXT")
    d.set_y(y + 16)


# --- A: born-digital denial letter (Cobbleridge), label column ------------------------------------------------
def doc_a(r: Rand):
    p = person_facts(r, dt.date(2026, 3, 4))
    mid, grp, ref = "CHP" + r.digits(9), "G-" + r.digits(5), "UM" + r.digits(8)
    d = Page("Form CHP-UM-ADV-07 (01/2026)   Page {p} of {n}")
    d.add_page()
    cb_head(d)
    d.text_line(fmt_date(p["d"], "long"), 10)
    d.ln(3)
    for ln in [p["name"], *p["addr"]]:
        d.text_line(ln, 10)
    d.ln(4)
    d.heading("NOTICE OF ADVERSE BENEFIT DETERMINATION - Prior Authorization Request", 11)
    d.labels([("Member:", p["name"]), ("Date of birth:", fmt_date(p["dob"], "slash")), ("Member ID:", mid),
              ("Group number:", grp), ("Reference number:", ref),
              ("Service requested:", "CPT 64561 percutaneous nerve evaluation (sacral neuromodulation trial), "
                                     "HCPCS A4290 test lead"),
              ("Requesting provider:", f"{p['uro'][0]}, {PRACTICE}"), ("Provider NPI:", p["npi"]),
              ("Planned date of service:", fmt_date(p["svc"], "slash")),
              ("Request received:", fmt_date(p["recv"], "slash"))])
    d.heading("Our decision: NOT APPROVED")
    d.para("We reviewed the request for a trial of sacral nerve stimulation (InterStim-type device) for overactive "
           "bladder. " + CRIT + " The records sent show one bladder medicine (oxybutynin) for 6 weeks and no "
           "voiding diary. Because criteria 2, 3 and 4 are not met, the trial is not medically necessary for you at "
           "this time. This decision was made by a board-certified urologist.", 9.6)
    d.heading("Peer-to-peer")
    d.para(f"Your doctor may ask to discuss this decision with our reviewer within 14 days by calling {r.phone()}.", 9.6)
    d.heading("Your right to appeal")
    d.para("You may appeal within 180 days of the date of this letter. If waiting could seriously harm your health, "
           "ask for an expedited appeal; we will decide within 72 hours. You may also ask for an independent external "
           f"review within 4 months after a final decision. Member Services: {p['phone']} (TTY 711).", 9.6)
    t = truth("denial_letter", "medical_necessity", insurer=CB, group_number=grp, member_id=mid, member_name=p["name"],
              case_numbers=[ref], service_dates=[iso(p["svc"])], denial_date=iso(p["d"]), provider=p["uro"][1],
              appeal_deadline=iso(days(p["d"], 180)), alternates={"provider": [PRACTICE]},
              denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


# --- B: scan_clean_300, the urology practice's letter to the patient (no denial of its own) ------------------------
def doc_b(r: Rand):
    p = person_facts(r, dt.date(2026, 4, 14))
    mid, ref, acct = "WMH-" + r.digits(4) + "-" + r.digits(4), "PA" + r.digits(7), "LPU" + r.digits(6)
    p2p = days(p["d"], 6)
    d = Page("Lakeshore Pelvic Health & Urology  -  2290 Marina Blvd, Suite 400, Duluth, MN 55802  -  Fax 218-555-0147")
    d.add_page()
    d.text_line(PRACTICE.upper(), 15, "B", h=8)
    d.text_line("Female Pelvic Medicine  ·  Neuro-urology  ·  Continence Clinic", 8.5, h=4.5)
    d.rule(0.3, 5)
    d.text_line(fmt_date(p["d"], "abbr"), 10)
    d.ln(2)
    for ln in [p["name"], *p["addr"]]:
        d.text_line(ln, 10)
    d.ln(3)
    d.text_line(f"Patient account: {acct}      Date of birth: {fmt_date(p['dob'], 'mdy_nopad')}", 9)
    d.text_line(f"Insurance: {WM}   ID {mid}", 9)
    d.ln(3)
    d.para(f"Dear {p['first']},", 10)
    d.para(f"We asked {WM} to approve your sacral nerve stimulation trial (test stimulation, CPT 64561) that we had "
           f"planned for {fmt_date(p['svc'], 'abbr')}. The plan did not approve it (their reference {ref}); they want "
           "proof that you tried bladder training and a second medicine, and a 3-day bladder diary.", 10)
    d.para(f"{p['uro'][0]} has a peer-to-peer call with the plan's doctor on {fmt_date(p2p, 'abbr')}. Meanwhile, please "
           "fill in the enclosed bladder diary for three days in a row and bring it to your visit. We have moved your "
           "trial; our scheduler will call you with a new date. You do not owe anything for the trial at this time.", 10)
    d.para("Sincerely,", 10, gap=8)
    d.text_line(f"{p['uro'][0]}, MD", 10)
    d.text_line("Urology and Female Pelvic Medicine", 9)
    t = truth("other", None, member_id=mid, member_name=p["name"], case_numbers=[ref], service_dates=[iso(p["svc"])],
              denial_date=iso(p["d"]), provider=p["uro"][1], unscored=["insurer"],
              alternates={"case_numbers": [[]], "service_dates": [[]], "provider": [PRACTICE]},
              type_alternates=["denial_letter"])
    return pdf_bytes(d), t


# --- C: photocopy, peer-to-peer outcome letter (Wrenfield), facts mostly in sentences ----------------------------
def doc_c(r: Rand):
    p = person_facts(r, dt.date(2026, 5, 21))
    mid, grp, case = "WMH-" + r.digits(4) + "-" + r.digits(4), r.digits(6), "CR-" + r.digits(6)
    plan = "WM-PPO-" + r.digits(3)
    by = days(p["d"], 60)
    d = Page("WMH UM 221  This letter was printed on recycled paper.")
    d.add_page()
    wm_head(d, "Member Services 1-844-555-0186\nProvider Services 1-844-555-0190\nwrenfieldmutual.example")
    d.text_line(fmt_date(p["d"], "upper"), 10)
    d.ln(2)
    for ln in [p["name"], *p["addr"]]:
        d.text_line(ln, 10)
    d.ln(4)
    d.set_font("DejaVu", "B", 10)
    d.multi_cell(0, 5, f"Re: Outcome of peer-to-peer review, case {case}", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para(f"Dear {p['name']}:", 10)
    d.para(f"On {fmt_date(days(p['d'], -2), 'upper')} our medical director spoke with {p['uro'][0]} of {PRACTICE} about "
           f"the sacral neuromodulation trial (CPT 64561) planned for {fmt_date(p['svc'], 'upper')}. After the "
           f"discussion, the original decision stands: the request is still denied as not medically necessary.", 10)
    d.para("The records still do not show a trial of a second overactive-bladder medicine (a beta-3 agonist such as "
           "mirabegron or vibegron), and the bladder diary sent covered one day only; the policy asks for at least "
           "three days.", 10)
    d.para(f"You are covered under plan {plan}, group {grp}, member ID {mid}.", 10)
    d.para(f"If you disagree, you may file an appeal by {fmt_date(by, 'upper')}. Send it to Wrenfield Mutual Health, "
           "Appeals Unit, PO Box 20817, Fargo, ND 58102. Urgent appeals are decided within 72 hours. Your doctor may "
           "also send new records at any time, and a new request will be reviewed.", 10)
    d.para("Sincerely,\nUtilization Management Department", 10)
    t = truth("denial_letter", "medical_necessity", insurer=WM, plan_id=plan, group_number=grp, member_id=mid,
              member_name=p["name"], case_numbers=[case], service_dates=[iso(p["svc"])], denial_date=iso(p["d"]),
              provider=p["uro"][1], appeal_deadline=iso(by), alternates={"provider": [PRACTICE]})
    return pdf_bytes(d), t


# --- D: fax stack for the practice: UM determination (ISO dates) + urologist's reconsideration letter ----------
def doc_d1(r: Rand, p: dict, ids: dict):
    d = Page("CHP-UM-FX-3  CONFIDENTIAL health information  pg {p}/{n}")
    d.add_page()
    cb_head(d)
    d.text_line("UTILIZATION REVIEW DETERMINATION - PROVIDER COPY", 11.5, "B", h=7)
    d.boxes([("Determination date", fmt_date(p["d"], "iso"), 40), ("Auth request #", ids["ref"], 44),
             ("Member", p["name"], 56), ("Member no.", ids["mid"], 40)])
    d.boxes([("Group", ids["grp"], 40), ("Requesting physician", p["uro"][0], 60), ("NPI", p["npi"], 38),
             ("Date received", fmt_date(p["recv"], "iso"), 42)])
    d.ln(3)
    d.table(["Code", "Description", "Proposed date", "Units", "Decision"],
            [["64561", "Percut. implant neuroelectrodes; sacral nerve", fmt_date(p["svc"], "iso"), "1", "DENIED"],
             ["A4290", "Sacral nerve stimulation test lead", fmt_date(p["svc"], "iso"), "2", "DENIED"],
             ["99213", "Office visit, follow-up", fmt_date(days(p["svc"], 14), "iso"), "1", "No auth required"]],
            [18, 78, 30, 14, 40], size=8.6)
    d.heading("Rationale", 10)
    d.para("Not medically necessary under UM-URO-118. Conservative management is incomplete: no documented trial of "
           "pelvic floor therapy / timed voiding for 8 weeks; only one antimuscarinic documented; voiding diary "
           "(minimum 3 days) not submitted.", 9.2)
    d.para("Provider reconsideration or peer-to-peer: within 14 calendar days, fax 1-877-555-0163. Member appeal: "
           "within 180 days of the date of this notice. Expedited review: 72 hours.", 9.2)
    return pdf_bytes(d), truth(
        "denial_letter", "medical_necessity", insurer=CB, group_number=ids["grp"], member_id=ids["mid"],
        member_name=p["name"], case_numbers=[ids["ref"]], service_dates=[iso(p["svc"])], denial_date=iso(p["d"]),
        provider=p["uro"][1], appeal_deadline=iso(days(p["d"], 180)), alternates={"provider": [PRACTICE]})


def doc_d2(r: Rand, p: dict, ids: dict):
    ld = days(p["d"], 5)
    d = Page(None)
    d.add_page()
    d.text_line(PRACTICE, 13, "B", h=7)
    d.text_line("2290 Marina Blvd, Suite 400 · Duluth, MN 55802 · Tel 218-555-0140", 8.5, h=4.5)
    d.rule(0.3, 4)
    d.text_line(f"{ld.strftime('%B')} {ld.day}, {ld.year}", 10)
    d.ln(2)
    d.text_line(f"To: {CB}, Utilization Management - Reconsideration", 10)
    d.text_line(f"RE: {p['name']}   ID {ids['mid']}   Auth request {ids['ref']}", 10, "B")
    d.ln(3)
    bd = days(p["d"], 1)
    d.para(f"I am asking you to reconsider the denial of a percutaneous nerve evaluation (64561) for my patient. "
           f"{p['first']} has had urgency incontinence for three years. She completed 10 weeks of pelvic floor "
           f"physical therapy in 2025, and took tolterodine and then mirabegron, each stopped for dry mouth or lack of "
           f"effect. A 3-day voiding diary, completed {fmt_date(bd, 'slash')} to {fmt_date(days(bd, 2), 'slash')}, "
           "shows 14 voids and 4 urge leaks a day. Copies are attached.", 10)
    d.para("A successful test (50% or better improvement) would support a permanent implant later. Please call me "
           "with any questions.", 10)
    d.para("Respectfully,", 10, gap=8)
    d.text_line(f"{p['uro'][0]}, MD, FPMRS", 10)
    d.text_line(f"NPI {p['npi']}", 9)
    return pdf_bytes(d), truth(
        "other", None, member_id=ids["mid"], member_name=p["name"], case_numbers=[ids["ref"]], denial_date=iso(ld),
        provider=p["uro"][1], unscored=["insurer"], alternates={"case_numbers": [[]]})


def doc_d(r: Rand):
    p = person_facts(r, dt.date(2026, 6, 9))
    p["name"] = p["name"]
    ids = dict(mid="CHP" + r.digits(9), grp="G-" + r.digits(5), ref="UM" + r.digits(8))
    return [doc_d1(r, p, ids), doc_d2(r, p, ids)]


# --- E: phone photo, approval after the diary arrived (Cobbleridge) ----------------------------------------------
def doc_e(r: Rand):
    p = person_facts(r, dt.date(2026, 7, 2))
    mid, auth = "CHP" + r.digits(9), "AU-" + r.digits(4) + "-" + r.digits(4)
    d = Page("CHP-UM-APR-02")
    d.add_page()
    cb_head(d)
    d.text_line(p["d"].strftime("%-d %B %Y"), 10)
    d.ln(2)
    for ln in [p["name"], *p["addr"]]:
        d.text_line(ln, 10)
    d.ln(4)
    d.heading("Good news: your request is approved")
    d.para(f"We approved the sacral nerve stimulation trial (percutaneous nerve evaluation, CPT 64561) that "
           f"{p['uro'][0]} asked for. Authorization number: {auth}. Member ID {mid}.", 10)
    d.labels([("Approved service", "64561 x1, A4290 x2"), ("Scheduled for", fmt_date(p["svc"], "long")),
              ("Valid through", fmt_date(days(p["svc"], 60), "long")), ("Facility", PRACTICE + " Procedure Suite")],
             lw=40)
    d.para(f"The approval follows the 3-day bladder diary and therapy records we received on the {ordinal(days(p['d'], -6))}. "
           "Approval is not a guarantee "
           "of payment; your coinsurance and deductible apply. A permanent implant needs a new request.", 10)
    t = truth("other", None, insurer=CB, member_id=mid, member_name=p["name"], case_numbers=[auth],
              service_dates=[iso(p["svc"])], denial_date=iso(p["d"]), provider=p["uro"][1],
              alternates={"service_dates": [[iso(p["svc"], days(p["svc"], 60))]], "provider": [PRACTICE]})
    return pdf_bytes(d), t


# --- F: rotated EOB (Wrenfield), three claims, the trial claim refused for no authorization -----------------------
def doc_f(r: Rand):
    p = person_facts(r, dt.date(2026, 8, 18))
    mid, grp = "WMH-" + r.digits(4) + "-" + r.digits(4), r.digits(6)
    d = Page("This is not a bill.  WMH-EOB-4   Page {p} of {n}", margins=(14, 12, 14))
    d.add_page()
    wm_head(d, "Explanation of Benefits\nStatement date " + fmt_date(p["d"], "dmy") + "\nQuestions 1-844-555-0186")
    d.text_line(f"Member: {p['name']}    Member ID: {mid}    Group: {grp}    DOB {fmt_date(p['dob'], 'dmy')}", 9)
    d.text_line("Claims processed 01-Jul-2026 to 15-Aug-2026", 8.5)
    d.ln(3)
    s1, s2, s3 = days(p["d"], -70), days(p["d"], -55), days(p["d"], -31)
    claims = [("1" + r.digits(10), s1, [("99214", "Office visit", 285.00)], False),
              ("1" + r.digits(10), s2, [("51728", "Urodynamics, cystometrogram", 940.00),
                                        ("51741", "Uroflowmetry, complex", 165.00)], False),
              ("1" + r.digits(10), s3, [("64561", "Sacral nerve eval, percutaneous", 3860.00),
                                        ("A4290", "Sacral test lead x2", 1240.00)], True)]
    for no, s, lines, den in claims:
        d.set_font("DejaVu", "B", 9)
        d.cell(0, 5.5, f"Claim {no}  -  {p['uro'][0]}, {PRACTICE}", new_x="LMARGIN", new_y="NEXT", border="B")
        rows = []
        for code, desc, amt in lines:
            allowed = 0 if den else round(amt * 0.62, 2)
            rows.append([fmt_date(s, "dmy"), code, desc, fmt_money(amt), fmt_money(allowed),
                         fmt_money(0 if den else round(allowed * 0.8, 2)), "PA1" if den else ""])
        tot = sum(a for _, _, a in lines)
        rows.append(["*Claim total", "", "", fmt_money(tot), "", "", ""])
        d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Plan paid", "Note"], rows,
                [24, 16, 60, 24, 22, 22, 14], size=8.2, aligns="LLLRRRL")
        if den:
            den_claim = (no, s, tot)
    d.heading("Notes", 9.5)
    d.para("PA1 - Denied. This service needs prior authorization and none was on file for the date of service. You "
           "are not responsible for these charges if the provider is in network.", 8.8)
    d.para("Appeals: you may appeal any denial within 180 days of the date of this statement. External review may be "
           "requested within 4 months of a final internal decision.", 8.8)
    no, s, tot = den_claim
    t = truth("eob", "prior_authorization", insurer=WM, group_number=grp, member_id=mid, member_name=p["name"],
              case_numbers=[no], claim_amount=f"{tot:.2f}", service_dates=[iso(s)], denial_date=iso(p["d"]),
              provider=p["uro"][1], appeal_deadline=iso(days(p["d"], 180)), alternates={"provider": [PRACTICE]})
    return pdf_bytes(d), t


# --- G: low-res scan, upheld first-level appeal (Cobbleridge), "03.03.26"-style dates -----------------------------
def doc_g(r: Rand):
    p = person_facts(r, dt.date(2026, 9, 23))
    mid, grp, ref, apl = "CHP" + r.digits(9), "G-" + r.digits(5), "UM" + r.digits(8), "APL-26-" + r.digits(5)
    first = days(p["d"], -41)
    d = Page("CHP-APL-UPH (rev. 2025)")
    d.add_page()
    cb_head(d)
    d.text_line("Appeals and Grievances", 9, "B")
    d.text_line(p["d"].strftime("%-d %B %Y"), 10)
    d.ln(2)
    for ln in [p["name"], *p["addr"]]:
        d.text_line(ln, 10)
    d.ln(3)
    d.labels([("Appeal number", apl), ("Original reference", ref), ("Member ID / Group", f"{mid} / {grp}")], lw=44)
    d.para(f"Dear {p['name']},", 10)
    d.para(f"We received your first-level appeal of our {first.strftime('%-d %B %Y')} decision not to approve a sacral "
           f"neuromodulation trial (64561) with {p['uro'][0]}, planned for {p['svc'].strftime('%-d %B %Y')}. A urologist "
           "who was not part of the first decision reviewed your file.", 10)
    d.para("Decision: we are upholding the denial. The records show behavioural therapy, but only one bladder "
           "medicine was tried and no reason is given why a second could not be used. The trial is not medically "
           "necessary under policy UM-URO-118 until that is done.", 10)
    d.para("You may request a second-level appeal within 60 days of the date of this letter. After that, you may "
           "ask for an independent external review within four months. Member Services 1-866-555-0121.", 10)
    t = truth("denial_letter", "medical_necessity", insurer=CB, group_number=grp, member_id=mid, member_name=p["name"],
              case_numbers=[apl, ref], service_dates=[iso(p["svc"])], denial_date=iso(p["d"]), provider=p["uro"][1],
              appeal_deadline=iso(days(p["d"], 60)), alternates={"case_numbers": [[apl]]})
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    r = Rand(SEED)
    a, b, c, dd, e, f, g = doc_a(r), doc_b(r), doc_c(r), doc_d(r), doc_e(r), doc_f(r), doc_g(r)
    return [Item(f"{FAMILY}_bd_label_column", "born_digital", [a]),
            Item(f"{FAMILY}_scan_practice_letter", "scan_clean_300", [b]),
            Item(f"{FAMILY}_copy_peer_to_peer", "photocopy", [c]),
            Item(f"{FAMILY}_faxf_stack_um_reconsideration", "fax_fine_g4", dd, separators=["cover", None]),
            Item(f"{FAMILY}_photo_approval", "phone_photo", [e]),
            Item(f"{FAMILY}_rot_eob_three_claims", "rotated", [f]),
            Item(f"{FAMILY}_lowres_upheld_appeal", "scan_lowres_150", [g])]
