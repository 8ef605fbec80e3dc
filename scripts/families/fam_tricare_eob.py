"""Family tricare_eob: a TRICARE Explanation of Benefits from a regional claims contractor, after the published sample.

Modelled on the layout of the sample TRICARE EOB the program publishes for beneficiaries: contractor return
address, 'This is a statement of the action taken on your TRICARE claim', a sponsor block and a beneficiary
block (with the DoD benefits number), date of notice, claim number, 'Services provided by', a service table
(date of services, services provided, amount billed, TRICARE-allowed, see remarks), a claim summary with
deductible and cost-share, a beneficiary liability summary (deductible met, catastrophic cap), remark codes
and the reconsideration paragraph (90 days from the date of the notice). Kinds: fully paid, one line denied
among several, a whole claim denied (no authorization), a dependent denied on DEERS eligibility, late filing,
a duplicate; one file holds two EOBs for the same household.
"""

from __future__ import annotations

import random

from capture import Item
from public_kit import (Page, address, amount, digits, fdate, m2, money, notice_date, out, person, plus,
                        truth)

FAMILY = "tricare_eob"
LANG = "en"

CONTRACTORS = [("Cardinal Point Federal Health Services", "TRICARE West Region", "PO Box 202117, Florence SC 29502"),
               ("Seaboard Government Health Solutions", "TRICARE East Region", "PO Box 7029, Camden SC 29021"),
               ("Palisade Federal Claims Corporation", "TRICARE Overseas and Claims Processing",
                "PO Box 8976, Madison WI 53708")]
PROGRAMS = ["TRICARE Prime", "TRICARE Select", "TRICARE Prime Remote", "TRICARE Young Adult Select"]
LINES = {"office": [("Office visit, established patient", "99214", 165, 240), ("Venipuncture", "36415", 18, 32),
                    ("Metabolic panel, comprehensive", "80053", 52, 96), ("Hemoglobin A1c", "83036", 38, 70)],
         "pt": [("Therapeutic exercise, 15 min x3", "97110", 150, 225), ("Manual therapy, 15 min x2", "97140", 110, 170),
                ("Massage therapy, 15 min x2", "97124", 90, 140), ("Hot or cold packs", "97010", 25, 45)],
         "imaging": [("MRI, lumbar spine, without contrast", "72148", 1450, 2300),
                     ("Professional reading, MRI", "72148-26", 260, 420)],
         "er": [("Emergency department visit, level 4", "99284", 780, 1300), ("CT, head, without contrast", "70450", 900,
                                                                              1600),
                ("Laceration repair, simple, 4 cm", "12002", 310, 480)],
         "peds": [("Well-child visit, age 5-11", "99393", 190, 260), ("Vision screening", "99173", 20, 35),
                  ("Influenza vaccine", "90686", 32, 48), ("Vaccine administration", "90471", 25, 40)],
         "sleep": [("Sleep study, attended, in lab", "95810", 2100, 3200)]}
PROVS = {"office": ["Cedar Hollow Family Clinic", "Dr. Helena Voss"], "pt": ["Bayside Motion Physical Therapy"],
         "imaging": ["Copper Valley Imaging"], "er": ["Sandhill Regional Medical Center"],
         "peds": ["Little Harbor Pediatrics", "Dr. Teresa Ibarra"], "sleep": ["Saguaro Sleep Diagnostics"]}
# kind: (denial, service set, remark code, remark text, whole claim?)
KINDS = {
    "paid": (None, "office", None, None, False),
    "paid_peds": (None, "peds", None, None, False),
    "line_notcov": ("not_covered", "pt", "NC3", "Massage therapy is not a TRICARE benefit. The beneficiary may be "
                    "billed for this service.", False),
    "noauth": ("prior_authorization", "sleep", "AU7", "This service requires prior authorization from your regional "
               "contractor. No authorization was on file for these dates of service. A network provider may not bill "
               "you for this service.", True),
    "dep_elig": ("eligibility", "office", "EL2", "DEERS shows the patient was not eligible for TRICARE on the date "
                 "of service. Please contact the sponsor's personnel office or a military ID card office to update "
                 "DEERS; if DEERS is corrected, the claim will be reprocessed.", True),
    "timely": ("timely_filing", "er", "TF1", "The claim was received more than one year after the date of service. "
               "TRICARE claims must be filed within one year of the date of service or the date of discharge.", True),
    "dup": ("other", "imaging", "DP4", "This claim is a duplicate of a claim already processed for the same "
            "services and dates. See the claim listed in the message below.", True),
}
GENERIC = {"01": "Allowed amount is the TRICARE-allowable charge for this service.",
           "D1": "Amount applied to your calendar year deductible.",
           "CS": "Cost-share / copayment is your responsibility."}


def phone(rng):
    return f"1-8{rng.choice(['00', '44', '55', '77', '88'])}-555-{rng.randint(1000, 9999)}"


def dbn(rng):
    return digits(rng, 11)


def build_lines(rng, kind, dos):
    denial, sset, code, _, whole = KINDS[kind]
    pool = LINES[sset]
    if kind == "line_notcov":
        chosen = pool[:]
    elif len(pool) > 2:
        chosen = rng.sample(pool, rng.randint(2, len(pool)))
    else:
        chosen = pool[:]
    lines = []
    for i, (desc, cpt, lo, hi) in enumerate(chosen):
        d = plus(dos, 0 if sset != "pt" else rng.choice([0, 0, 2, 7]) * (i % 2))
        billed = amount(rng, lo, hi)
        denied = whole or (kind == "line_notcov" and cpt == "97124")
        allowed = 0.0 if denied else round(billed * rng.uniform(0.45, 0.72), 2)
        lines.append(dict(dos=d, desc=desc, cpt=cpt, billed=billed, allowed=allowed, denied=denied,
                          remark=code if denied else "01"))
    return lines


def make(rng, kind, dependent=False, same=None):
    contractor, region, addr = same["contractor"] if same else rng.choice(CONTRACTORS)
    sponsor, *_ = same["sponsor"] if same else person(rng)
    sponsor_id = same["sponsor_id"] if same else digits(rng, 10)
    if dependent:
        first = rng.choice(["Maya", "Caleb", "Rosa", "Eli", "Noor", "Gavin", "Lena"])
        patient = f"{first} {rng.choice('ABCDEFGHJKLMN')}. {sponsor.split()[-1]}"
        relation = rng.choice(["Spouse", "Child"]) if kind != "paid_peds" else "Child"
        if kind == "dep_elig":
            relation = "Child"
    else:
        patient, relation = sponsor, "Self"
    ben_dbn = dbn(rng)
    program = rng.choice(PROGRAMS[:2] if kind != "dep_elig" else ["TRICARE Select", "TRICARE Young Adult Select"])
    notice = same["notices"].pop(0) if same else notice_date(rng)
    ds = rng.choice(["slash", "short", "long", "dmy", "upper"])
    ms = rng.choice(["plain", "nosign", "flat"])
    late = kind == "timely"
    dos = plus(notice, -(rng.randint(400, 470) if late else rng.randint(18, 60)))
    received = plus(notice, -rng.randint(6, 16))
    lines = build_lines(rng, kind, dos)
    denial, sset, code, remark, whole = KINDS[kind]
    prov = rng.choice(PROVS[sset])
    claim = rng.choice([f"{received.strftime('%y')}{received.timetuple().tm_yday:03d}{digits(rng, 8)}",
                        f"{digits(rng, 4)}-{digits(rng, 6)}-{digits(rng, 2)}", f"E{digits(rng, 12)}"])
    dup_of = f"{digits(rng, 4)}-{digits(rng, 6)}-{digits(rng, 2)}" if kind == "dup" else None
    billed = round(sum(ln["billed"] for ln in lines), 2)
    allowed = round(sum(ln["allowed"] for ln in lines), 2)
    ded = min(allowed, rng.choice([0.0, 0.0, 50.0, 150.0])) if allowed else 0.0
    cs = round((allowed - ded) * (0.2 if program == "TRICARE Select" else 0), 2) if allowed else 0.0
    if program != "TRICARE Select" and allowed:
        cs = min(allowed - ded, rng.choice([0.0, 15.0, 31.0]))
    paid = round(allowed - ded - cs, 2)
    p = Page(serif=rng.random() < 0.25, footer=rng.choice(["Page {n} of {nb}", None]),
             footer_left=f"{region}  \u2022  EOB {rng.choice(['TRI', 'TC'])}-{rng.randint(100, 999)}")
    p.add_page()
    y0 = p.get_y()
    p.line(contractor, 12.5, "B", h=6)
    p.line(region, 9, h=4.5)
    p.line(addr, 8.5, h=4.2)
    p.set_xy(120, y0)
    p.f(13, "B")
    p.multi_cell(0, 6.5, "TRICARE\nExplanation of Benefits", align="R", new_x="LMARGIN", new_y="NEXT")
    p.set_x(120)
    p.f(8)
    p.multi_cell(0, 4, "This is a statement of the action taken on your TRICARE claim. Keep this notice for your "
                 "records. THIS IS NOT A BILL.", align="R", new_x="LMARGIN", new_y="NEXT")
    p.set_y(max(p.get_y(), y0 + 30))
    y1 = p.get_y()
    for ln in [sponsor.upper()] + (same["home"] if same else address(rng)):
        p.line(ln, 10, h=5)
    p.set_xy(112, y1)
    p.pairs([("Date of Notice", fdate(notice, ds)), ("Claim Number", claim), ("Date Received", fdate(received, ds)),
             ("Program", program)], label_w=32, size=9, x=112, h=4.8)
    p.ln(3)
    bw = (p.w - p.l_margin - p.r_margin) / 2
    yb = p.get_y()
    p.f(8.5, "B")
    p.cell(bw - 2, 5, "SPONSOR", border="B", new_x="LMARGIN", new_y="NEXT")
    p.pairs([("Name", sponsor), ("Sponsor DoD ID", sponsor_id), ("Sponsor SSN", f"XXX-XX-{digits(rng, 4)}")],
            label_w=36, size=8.5, h=4.6)
    p.set_xy(p.l_margin + bw + 2, yb)
    p.f(8.5, "B")
    p.cell(bw - 2, 5, "BENEFICIARY (PATIENT)", border="B", new_x="LEFT", new_y="NEXT")
    p.pairs([("Name", patient), ("DoD Benefits Number", ben_dbn), ("Relationship", relation)], label_w=43,
            size=8.5, x=p.l_margin + bw + 2, h=4.6)
    p.set_y(max(p.get_y(), yb + 20) + 3)
    p.f(9.5, "B")
    p.cell(43, 5, "Services provided by:")
    p.f(9.5)
    p.cell(0, 5, f"{prov}   NPI {rng.choice('12')}{digits(rng, 9)}", new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(0, 4.5, f"Patient account no. {rng.choice(['PA', 'ACC', ''])}{digits(rng, 7)}", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(2)
    dfmt = "short" if ds in ("short", "slash") else "slash"
    rows = [[fdate(ln["dos"], dfmt), f"{ln['desc']} ({ln['cpt']})", money(ln["billed"], ms),
             money(ln["allowed"], ms), ln["remark"]] for ln in lines]
    rows.append(["", "Claim totals", money(billed, ms), money(allowed, ms), ""])
    p.table(["Date of Services", "Services Provided", "Amount Billed", "TRICARE Allowed", "See Remarks"], rows,
            [24, 80, 26, 26, 18], size=8.3, head_h=7, aligns=["L", "L", "R", "R", "C"], bold_last=True)
    p.heading("Claim Summary", 10.5, rule=True, gap=0.5)
    summary = [("Amount billed", billed), ("TRICARE allowed", allowed), ("Non-covered / denied",
                                                                       round(sum(ln["billed"] for ln in lines if ln["denied"]), 2)),
               ("Applied to deductible", ded), ("Cost-share / copayment", cs),
               ("Paid to provider" if rng.random() < 0.8 else "Paid to beneficiary", paid),
               ("Beneficiary share", round(ded + cs + (0 if kind != "line_notcov" else
                                                       sum(ln["billed"] for ln in lines if ln["denied"])), 2))]
    p.pairs([(k, money(v, ms)) for k, v in summary], label_w=55, size=9, h=4.6)
    p.ln(2)
    yr = notice.year
    p.heading(f"Beneficiary Liability Summary (calendar year {yr})", 10, gap=0.5)
    dmet = rng.choice([50.0, 100.0, 150.0])
    p.table(["", "Individual", "Family"],
            [["Deductible", money(150, ms), money(300, ms)], ["Deductible met to date", money(dmet, ms),
                                                                money(dmet + rng.choice([0, 50, 150]), ms)],
             ["Catastrophic cap", money(3000, ms), money(3000, ms)],
             ["Catastrophic cap met to date", money(amount(rng, 200, 900), ms), money(amount(rng, 900, 1800), ms)]],
            [70, 45, 45], size=8.3, head_h=6, aligns=["L", "R", "R"])
    p.add_page()
    p.heading("Remarks", 10.5, rule=True)
    used = dict(GENERIC)
    if code:
        used = {code: remark, **GENERIC}
    for c, text in used.items():
        p.para(f"**{c}** \u2013 {text}", 9, gap=0.8)
    if dup_of:
        p.para(f"Message: the same services were processed on claim {dup_of}.", 9)
    if kind == "line_notcov":
        p.para("Message: other services on this claim were processed as billed; only the line marked NC3 was "
               "denied.", 9)
    p.heading("Right to Appeal", 10.5, rule=True)
    p.para("If you disagree with the determination on this claim, you may ask for a reconsideration. Your request "
           "must be in writing, signed, and postmarked or received within 90 days of the date of this notice. "
           "Include a copy of this EOB and any medical records or letters that support your request. Send it to the "
           f"Reconsiderations unit, {contractor}, PO Box {rng.randint(1000, 99999)}.", 9.5)
    p.para("The TRICARE-allowable charge itself cannot be appealed. Example: if a provider billed $200.00 and the "
           "allowable charge is $120.00, the $80.00 difference is not an appealable issue.", 8.8)
    p.heading("For Assistance", 10.5, rule=True)
    p.pairs([("Customer service", phone(rng)), ("Fraud and abuse hotline", phone(rng)),
             ("Website", f"www.{contractor.split()[0].lower()}federal.example")], label_w=50, size=9)
    p.ln(2)
    p.para("To protect your privacy, share this notice only with people you trust. If you have other health "
           "insurance, tell your regional contractor; TRICARE pays after most other insurance.", 8.5)
    target_dates = sorted({ln["dos"].isoformat() for ln in lines if ln["denied"]} or
                          {ln["dos"].isoformat() for ln in lines})
    alts = {"insurer": ["TRICARE", region]}
    if denial is None:
        alts["appeal_deadline"] = [None]
    if kind == "line_notcov":
        alts["claim_amount"] = [m2(sum(ln["billed"] for ln in lines if ln["denied"]))]
        alts["service_dates"] = [sorted({ln["dos"].isoformat() for ln in lines})]
    alts["member_id"] = [sponsor_id]
    if dup_of:
        alts["case_numbers"] = [[claim, dup_of]]
    t = truth("eob", denial, insurer=contractor, member_id=ben_dbn, member_name=patient,
              cases=[claim], claim_amount=m2(billed), service_dates=target_dates, denial_date=notice.isoformat(),
              provider=prov, appeal_deadline=plus(notice, 90).isoformat(), alternates=alts)
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    first = notice_date(rng)
    same = {"contractor": rng.choice(CONTRACTORS), "sponsor": person(rng), "sponsor_id": digits(rng, 10), "home": address(rng),
            "notices": [first, plus(first, rng.randint(0, 6))]}
    return [Item("tricare_eob_bd_paid", "born_digital", [make(rng, "paid")]),
            Item("tricare_eob_bd_line_notcov", "born_digital", [make(rng, "line_notcov")]),
            Item("tricare_eob_scan_noauth", "scan_clean_300", [make(rng, "noauth")]),
            Item("tricare_eob_lowres_dep_elig", "scan_lowres_150", [make(rng, "dep_elig", dependent=True)]),
            Item("tricare_eob_faxs_dup", "fax_standard_g4", [make(rng, "dup")]),
            Item("tricare_eob_photo_line", "phone_photo", [make(rng, "line_notcov", dependent=True)]),
            Item("tricare_eob_rot_timely", "rotated", [make(rng, "timely")]),
            Item("tricare_eob_stack_copy", "photocopy",
                 [make(rng, "paid_peds", dependent=True, same=same), make(rng, "noauth", same=same)])]
