"""Family 'echocardiogram_frequency_denial': radiology benefit manager (RBM) letters and plan EOBs on transthoracic
and stress echocardiograms (CPT 93306 complete TTE with Doppler, 93308 limited TTE, 93350 stress echo): a repeat TTE
within 12 months without a change in symptoms denied, a limited echo billed the same day as a complete one bundled,
a stress echo denied because a nuclear stress test was already done, and a TTE approved before valve surgery.
One fax stack (an RBM fax cover sheet, then two denials sent to a cardiology practice); one phone photo of a paper
EOB; one rotated Medicare Advantage denial notice. All values invented.

Issuers: Larkspur Imaging Benefits (RBM for Veridian Heights Health Plan: pre-service denial, approval, fax stack),
Veridian Heights Health Plan (bundling EOB, phone-photo EOB), Brambleton Mutual Health (stress echo letter),
Saltmarsh Medicare Advantage (rotated notice of denial of medical coverage).
Decoys: the primary care doctor (and NPI), the date of the prior echo or stress test, dates of birth, the date the
request or claim was received, ejection fractions, ICD-10 codes, plan paid / you owe amounts, the fax number.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, m2, pdf_bytes, truth

FAMILY = "echocardiogram_frequency_denial"
LANG = "en"

LRK = "Larkspur Imaging Benefits"
VHP = "Veridian Heights Health Plan"
BRM = "Brambleton Mutual Health"
SMA = "Saltmarsh Medicare Advantage"
CARDIO = ["Ashgrove Heart & Vascular Associates", "St. Wendeline Community Hospital", "Keelhaven Cardiology, P.A.",
          "Ashgrove Heart & Vascular Associates", "Thornbury Cardiovascular Institute", "St. Wendeline Community Hospital",
          "Marrowdale Heart Center"]
PCP = ["Dr. Chidinma O. Nwachukwu", "Dr. Bartholomew K. Hale", "Dr. Priyanka D. Iyer", "Dr. Jonas E. Lindahl",
       "Dr. Ximena R. Cárdenas", "Dr. Farid H. Nasser", "Dr. Ewa T. Kaminska"]
CARDIOLOGIST = ["Dr. Leopold S. Achebe", "Dr. Rosalind M. Varga", "Dr. Deshawn P. Okafor", "Dr. Ilse K. Brandt",
                "Dr. Santiago V. Moreira", "Dr. Akosua N. Boateng", "Dr. Graham T. Whitcombe"]


def base(i: int) -> tuple[Rand, dict]:
    r = Rand(242600 + i)
    notice = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 160))
    dos = notice - dt.timedelta(days=r.randint(16, 40))
    prev = dos - dt.timedelta(days=r.randint(150, 330))  # within 12 months
    return r, dict(member=r.person(), addr=r.address(), notice=notice, dos=dos, prev=prev, prov=CARDIO[i],
                   pcp=PCP[i], cardiologist=CARDIOLOGIST[i], npi=r.npi(), pnpi=r.npi(), phone=r.phone(),
                   dob=dt.date(r.randint(1946, 1982), r.randint(1, 12), r.randint(1, 28)))


def kv(d: Doc, rows, lw: float = 42, size: float = 10, h: float = 5.4, x: float | None = None) -> None:
    for k, v in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, h, k)
        d.font(size)
        d.cell(0, h, v, new_x="LMARGIN", new_y="NEXT")


def rbm_head(d: Doc, title: str) -> None:
    d.text_line("LARKSPUR IMAGING BENEFITS", 15, "B")
    d.text_line(f"Cardiac imaging utilization management on behalf of {VHP}", 8.8)
    d.text_line("PO Box 27740  |  Pueblo, CO 81003  |  Fax 719-555-0128", 8.8)
    d.rule(0.6, 4)
    d.text_line(title, 12.5, "B")
    d.ln(1)


# ---------------------------------------------------------------- 1. RBM pre-service denial, repeat TTE (born digital)
def rbm_denial(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "VHP" + r.digits(9)
    grp = r.digits(6)
    req = "LIB" + r.digits(9)
    planned = f["notice"] + dt.timedelta(days=r.randint(6, 14))
    recv = f["notice"] - dt.timedelta(days=r.randint(2, 4))
    deadline = f["notice"] + dt.timedelta(days=180)
    d = Doc("Helvetica", footer="Larkspur Imaging Benefits - page {p} of {n}")
    d.add_page()
    rbm_head(d, "Notice of Adverse Determination - Prior Authorization Request")
    kv(d, [("Date of notice", fmt_date(f["notice"], "long")), ("Member", m[0]), ("Member ID", mid),
           ("Group number", grp), ("Date of birth", fmt_date(f["dob"], "long")), ("Request number", req),
           ("Request received", fmt_date(recv, "long")),
           ("Procedure requested", "93306 Echo, transthoracic, complete, with Doppler"),
           ("Requested date of service", fmt_date(planned, "long")),
           ("Requesting provider", f"{f['prov']} ({f['cardiologist']})"),
           ("Primary care provider", f"{f['pcp']}, NPI {f['pnpi']}")], lw=50, size=9.8)
    d.ln(3)
    d.para(f"Dear {m[1]} {m[3]}:", 10.5)
    d.para(f"We reviewed the request for a repeat transthoracic echocardiogram. Your last complete echocardiogram "
           f"was done on {fmt_date(f['prev'], 'long')} and showed an ejection fraction of 55-60% with mild mitral "
           "regurgitation. Our Cardiac Imaging Guideline CI-3.1 allows a repeat study within 12 months only when "
           "there is a change in symptoms or clinical status, a new murmur, or a planned change in therapy. The "
           "office notes sent with the request show stable symptoms and no change in examination. The repeat "
           "echocardiogram is not medically necessary and the request is denied.", 10.5)
    d.para("This decision was made by a board-certified cardiologist. Your doctor may ask for a peer-to-peer "
           "discussion by calling us.", 10.5)
    d.text_line("Your appeal rights", 11, "B")
    d.para(f"You or your provider may request an appeal by {fmt_date(deadline, 'long')} (180 days from the date of "
           f"this notice). Call {f['phone']} or write to the address above. If your health is in serious danger you "
           "may ask for an expedited appeal, decided within 72 hours.", 10.5)
    t = truth("denial_letter", "medical_necessity", "en", insurer=LRK, group_number=grp, member_id=mid,
              member_name=m[0], case_numbers=[req], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["prov"], appeal_deadline=deadline.isoformat(),
              alternates={"insurer": [VHP], "provider": [f["cardiologist"]]},
              denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2. plan EOB, limited echo bundled (born digital)
def bundle_eob(i: int):
    r, f = base(i)
    m = f["member"]
    sub = r.person()
    mid = "VHP" + r.digits(9)
    grp = r.digits(6)
    claim = r.digits(3) + "-" + r.digits(8)
    c1 = 2140.0 + r.randint(0, 400)
    c2 = 980.0 + r.randint(0, 200) + 0.5
    a1 = round(c1 * 0.38, 2)
    coins = round(a1 * 0.2, 2)
    d = Doc("Helvetica", footer="Veridian Heights Health Plan  *  Explanation of Benefits  *  {p}/{n}")
    d.add_page()
    d.set_fill_color(40, 60, 90)
    d.set_text_color(255, 255, 255)
    d.font(14, "B")
    d.cell(0, 10, "  Veridian Heights Health Plan", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(2)
    d.text_line("EXPLANATION OF BENEFITS - This is not a bill", 11, "B")
    d.ln(1)
    y = d.get_y()
    kv(d, [("Subscriber", sub[0]), ("Patient", m[0]), ("Member ID", mid), ("Group", grp)], lw=26, size=9.5)
    y2 = d.get_y()
    d.set_xy(112, y)
    kv(d, [("Statement date", fmt_date(f["notice"], "abbr")), ("Claim number", claim),
           ("Provider", f["prov"]), ("Your PCP", f["pcp"])], lw=30, size=9.5, x=112)
    d.set_y(max(y2, d.get_y()) + 3)
    d.table(["Date", "Code", "Description", "Billed", "Allowed", "Coinsurance", "Plan paid", "Code"],
            [[fmt_date(f["dos"], "abbr"), "93306", "TTE complete w/ Doppler", fmt_money(c1), fmt_money(a1),
              fmt_money(coins), fmt_money(a1 - coins), ""],
             [fmt_date(f["dos"], "abbr"), "93308", "TTE limited/follow-up", fmt_money(c2), "$0.00", "$0.00", "$0.00",
              "B14"],
             ["*Claim total", "", "", fmt_money(c1 + c2), fmt_money(a1), fmt_money(coins), fmt_money(a1 - coins), ""]],
            [24, 14, 44, 22, 22, 22, 20, 12], size=8.4, aligns="LLLRRRRL")
    d.text_line("B14 - Service included in another service", 10, "B")
    d.para("A limited echocardiogram (93308) on the same day, by the same provider, as a complete transthoracic "
           "echocardiogram (93306) is part of the complete study and is not paid separately (CARC 97; NCCI "
           "procedure-to-procedure edit). The provider cannot bill you for the 93308 line.", 9)
    d.text_line("Your share: " + fmt_money(coins), 10, "B")
    d.para(f"You can appeal within 180 days after you receive this EOB. Call {f['phone']} or use the member "
           "portal. Keep this statement for your records.", 9)
    t = truth("eob", "coding_error", "en", insurer=VHP, group_number=grp, member_id=mid, member_name=m[0],
              case_numbers=[claim], claim_amount=m2(c1 + c2), service_dates=[f["dos"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["prov"],
              alternates={"claim_amount": [m2(c2)],
                          "appeal_deadline": [(f["notice"] + dt.timedelta(days=180)).isoformat()]},
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3. stress echo after nuclear stress test (scan 300)
def stress_letter(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "BMH-" + r.digits(8)
    grp = "BR" + r.digits(5)
    claim = "BM" + r.digits(10)
    ref = r.digits(4) + "-" + r.digits(5)
    nuc = f["dos"] - dt.timedelta(days=r.randint(20, 45))
    charge = 1580.0 + r.randint(0, 300) + 0.25
    deadline = f["notice"] + dt.timedelta(days=180)
    d = Doc("Times")
    d.add_page()
    d.text_line("Brambleton Mutual Health", 16, "B")
    d.text_line("Clinical Claim Review  -  600 Harbor View Road  -  Macon, GA 31201", 9)
    d.ln(5)
    d.text_line(fmt_date(f["notice"], "dmy"), 11)
    d.ln(2)
    for ln in (m[0], *f["addr"]):
        d.text_line(ln, 11)
    d.ln(3)
    d.text_line(f"Re: Stress echocardiogram - claim {claim} - review {ref}", 11.5, "B")
    d.ln(1)
    d.table(["Member ID", "Group", "Date of service", "CPT", "Billed", "Decision"],
            [[mid, grp, fmt_date(f["dos"], "dmy"), "93350", fmt_money(charge), "Denied"]],
            [34, 24, 32, 18, 26, 24], size=9.5)
    d.para(f"Dear {m[1]} {m[3]},", 11)
    d.para(f"{f['prov']} billed us for a stress echocardiogram (93350) that {f['cardiologist']} performed. "
           f"Our records show you had a nuclear myocardial perfusion stress test (78452) on "
           f"{fmt_date(nuc, 'dmy')}, ordered by your primary care doctor, {f['pcp']}. Under our Stress Testing "
           "policy, a second stress imaging test within 12 months is covered only when the first test could not "
           "be read or there has been a new cardiac event or new symptoms. The records we received do not show "
           "either, so the stress echocardiogram is not medically necessary and we denied the claim.", 11)
    d.text_line("What you can do", 11.5, "B")
    d.para("You may appeal this decision within 180 days of the date of this letter. Send your appeal with any "
           f"records that support it to the address above, or call {f['phone']}. You may also ask for the policy "
           "we used, free of charge.", 11)
    d.para("Sincerely,\nClinical Claim Review\nBrambleton Mutual Health", 11)
    t = truth("denial_letter", "medical_necessity", "en", insurer=BRM, group_number=grp, member_id=mid,
              member_name=m[0], case_numbers=[claim, ref], claim_amount=m2(charge),
              service_dates=[f["dos"].isoformat()], denial_date=f["notice"].isoformat(), provider=f["prov"],
              appeal_deadline=deadline.isoformat(),
              alternates={"case_numbers": [[claim]], "provider": [f["cardiologist"]]},
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4. RBM approval before valve surgery (lowres)
def approval(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "VHP" + r.digits(9)
    grp = r.digits(6)
    auth = "LIB" + r.digits(9)
    planned = f["notice"] + dt.timedelta(days=r.randint(5, 12))
    valid_to = planned + dt.timedelta(days=60)
    d = Doc("Helvetica")
    d.add_page()
    rbm_head(d, "Prior Authorization Approved")
    kv(d, [("Date", fmt_date(f["notice"], "slash")), ("Member", m[0]), ("Member ID", mid), ("Group", grp),
           ("Authorization number", auth), ("Approved procedure", "93306 TTE complete with Doppler, 1 unit"),
           ("Scheduled date", fmt_date(planned, "slash")),
           ("Valid through", fmt_date(valid_to, "slash")),
           ("Performing provider", f["prov"]),
           ("Referring physician", f"{f['pcp']} (NPI {f['pnpi']})")], lw=48, size=10)
    d.ln(3)
    d.para(f"Dear {m[1]} {m[3]}:", 10.5)
    d.para(f"We approved the echocardiogram requested by {f['cardiologist']}. Although your last echocardiogram "
           f"was on {fmt_date(f['prev'], 'slash')}, less than 12 months ago, you are being evaluated for aortic "
           "valve replacement and the surgical team needs current measurements of the valve area and gradients. "
           "Guideline CI-3.1 allows a repeat study before planned valve surgery.", 10.5)
    d.para("This approval is not a guarantee of payment. Benefits depend on your eligibility on the date of "
           "service and on the terms of your plan; your usual copay or coinsurance applies.", 10.5)
    d.para(f"Questions? Call {f['phone']}.", 10.5)
    t = truth("other", None, "en", insurer=LRK, group_number=grp, member_id=mid, member_name=m[0],
              case_numbers=[auth], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=f["prov"], alternates={"insurer": [VHP], "service_dates": [[iso_span(planned, valid_to)]]})
    return pdf_bytes(d), t


def iso_span(a: dt.date, b: dt.date) -> str:
    return f"{a.isoformat()}/{b.isoformat()}"


# ---------------------------------------------------------------- 5. fax stack: two RBM denials to a practice
def fax_denial(r: Rand, f: dict, kind: str):
    m = f["member"]
    mid = "VHP" + r.digits(9)
    grp = r.digits(6)
    req = "LIB" + r.digits(9)
    planned = f["notice"] + dt.timedelta(days=r.randint(5, 15))
    d = Doc("Helvetica", margins=(16, 14, 16))
    d.add_page()
    rbm_head(d, "PROVIDER NOTIFICATION - REQUEST NOT APPROVED")
    d.text_line(f"To: {f['prov']}, attn: precertification   Fax 503-555-0176", 9.5)
    d.ln(2)
    if kind == "tte":
        proc, code = "Transthoracic echocardiogram, complete", "93306"
        why = (f"A complete echocardiogram was performed on {fmt_date(f['prev'], 'iso')}. A repeat study within 12 "
               "months requires a change in symptoms, signs or clinical status. The submitted notes describe "
               "stable NYHA class I symptoms and an unchanged examination.")
    else:
        proc, code = "Stress echocardiogram", "93350"
        why = (f"An exercise treadmill stress test (93015) was performed on {fmt_date(f['prev'], 'iso')} and was "
               "interpretable and negative. Repeat stress testing within 12 months requires new or worsening "
               "symptoms or a new cardiac event, which the notes do not describe.")
    d.table(["Field", "Detail"],
            [["Notice date", fmt_date(f["notice"], "iso")], ["Patient", m[0]],
             ["DOB", fmt_date(f["dob"], "iso")], ["Member ID", mid], ["Group", grp], ["Case number", req],
             ["Service", f"{code} {proc}"], ["Proposed date", fmt_date(planned, "iso")],
             ["Ordering cardiologist", f["cardiologist"]], ["PCP on file", f["pcp"]], ["Determination", "DENIED"]],
            [50, 120], size=9.5, row_h=5.6)
    d.text_line("Rationale", 10.5, "B")
    d.para(why + " The request does not meet Cardiac Imaging Guideline criteria and is denied as not medically "
           "necessary.", 9.8)
    d.para("A peer-to-peer review is available for 14 days; call " + f["phone"] + ". The member or the provider "
           "on the member's behalf may file an appeal within 180 days of the date of this notice. The member has "
           "been sent a copy of this notice.", 9.8)
    deadline = f["notice"] + dt.timedelta(days=180)
    t = truth("denial_letter", "medical_necessity", "en", insurer=LRK, group_number=grp, member_id=mid,
              member_name=m[0], case_numbers=[req], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["prov"], appeal_deadline=deadline.isoformat(),
              alternates={"insurer": [VHP], "provider": [f["cardiologist"]]},
              denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


def fax_stack(i: int):
    r, f = base(i)
    r2 = Rand(242690 + i)
    f2 = dict(f)
    f2.update(member=r2.person(), dob=dt.date(r2.randint(1950, 1980), r2.randint(1, 12), r2.randint(1, 28)),
              prev=f["dos"] - dt.timedelta(days=r2.randint(90, 250)), cardiologist=CARDIOLOGIST[(i + 2) % 7],
              pcp=PCP[(i + 3) % 7])
    return [fax_denial(r, f, "tte"), fax_denial(r2, f2, "stress")]


# ---------------------------------------------------------------- 6. member EOB, repeat TTE (phone photo)
def photo_eob(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "VHP" + r.digits(9)
    grp = r.digits(6)
    claim = r.digits(3) + "-" + r.digits(8)
    charge = 2380.0 + r.randint(0, 400)
    prof = 310.0 + r.randint(0, 80)
    d = Doc("Helvetica", footer="Veridian Heights Health Plan  *  Explanation of Benefits  *  {p}/{n}")
    d.add_page()
    d.text_line("Veridian Heights Health Plan", 15, "B")
    d.text_line("Explanation of Benefits  -  not a bill", 10)
    d.rule(0.6, 3)
    kv(d, [("Patient:", m[0]), ("Member ID:", mid), ("Group:", grp), ("Date:", fmt_date(f["notice"], "mdy_nopad")),
           ("Claim:", claim), ("Provider:", f["prov"]), ("PCP:", f["pcp"])], lw=24, size=10.5)
    d.ln(3)
    d.table(["Service date", "Service", "Amount billed", "Plan paid", "You owe", "See"],
            [[fmt_date(f["dos"], "mdy_nopad"), "Echo TTE complete 93306", fmt_money(charge), "$0.00", "$0.00", "E12"],
             [fmt_date(f["dos"], "mdy_nopad"), "Echo interpretation -26", fmt_money(prof), "$0.00", "$0.00", "E12"],
             ["*Total", "", fmt_money(charge + prof), "$0.00", "$0.00", ""]],
            [30, 58, 30, 24, 22, 12], size=9.5, aligns="LLRRRL")
    d.text_line("E12", 10.5, "B")
    d.para(f"Not medically necessary. Repeat echocardiogram within 12 months of the study on "
           f"{fmt_date(f['prev'], 'mdy_nopad')} with no documented change in symptoms. Prior authorization through "
           "Larkspur Imaging Benefits was not obtained. You are not responsible for these charges.", 10)
    d.para(f"To appeal, write to us within 180 days of the date of this statement, or call {f['phone']}.", 10)
    deadline = f["notice"] + dt.timedelta(days=180)
    t = truth("eob", "medical_necessity", "en", insurer=VHP, group_number=grp, member_id=mid, member_name=m[0],
              case_numbers=[claim], claim_amount=m2(charge + prof), service_dates=[f["dos"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["prov"], appeal_deadline=deadline.isoformat(),
              denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 7. MA notice of denial of medical coverage (rotated)
def ma_notice(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "SMA" + r.digits(9)
    case = "UM" + r.digits(8)
    planned = f["notice"] + dt.timedelta(days=r.randint(7, 14))
    deadline = f["notice"] + dt.timedelta(days=65)
    d = Doc("Times", footer="H9036_EchoIDN26   OMB Approval 0938-0829")
    d.add_page()
    d.text_line("SALTMARSH MEDICARE ADVANTAGE", 14, "B")
    d.text_line("Saltmarsh Heritage Plus (HMO)  -  Plan H9036-002  -  1170 Lantern Way, Bangor, ME 04401", 8.5)
    d.ln(4)
    d.text_line("Notice of Denial of Medical Coverage (or Payment)", 14, "B")
    d.ln(1)
    kv(d, [("Date:", fmt_date(f["notice"], "upper")), ("Name:", m[0]), ("Member number:", mid),
           ("Case number:", case)], lw=36, size=10.5)
    d.ln(2)
    d.text_line("We have DENIED the medical services/items listed below that you or your doctor requested:", 10.5,
                "B")
    d.para(f"A transthoracic echocardiogram (93306) at {f['prov']}, requested by {f['cardiologist']} for "
           f"{fmt_date(planned, 'upper')}.", 10.5)
    d.text_line("Why did we deny your request?", 11, "B")
    d.para(f"You had a complete echocardiogram on {fmt_date(f['prev'], 'upper')}. Your doctor's notes say your "
           "shortness of breath is unchanged and your heart failure medicines have not changed. Medicare coverage "
           "rules and our plan criteria allow a repeat echocardiogram within 12 months only when symptoms or "
           "findings have changed. The repeat test is not medically necessary for you now. Your primary care "
           f"doctor, {f['pcp']}, was sent a copy of this notice.", 10.5)
    d.text_line("You have the right to appeal our decision", 11, "B")
    d.para("You have the right to ask Saltmarsh Medicare Advantage to review our decision by asking us for an "
           "appeal. Ask for an appeal within 65 days of the date of this notice. We can give you more time if you "
           "have a good reason for missing the deadline.", 10.5)
    d.para("If your health could be seriously harmed by waiting up to 7 days, ask for a fast appeal; we will "
           f"decide within 72 hours. Call {f['phone']} (TTY 711), 8 a.m. to 8 p.m., 7 days a week.", 10.5)
    t = truth("denial_letter", "medical_necessity", "en", insurer=SMA, plan_id="H9036-002", member_id=mid,
              member_name=m[0], case_numbers=[case], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["prov"], appeal_deadline=deadline.isoformat(),
              alternates={"plan_id": [None], "provider": [f["cardiologist"]]})
    return pdf_bytes(d), t


PLAN = [
    ("bd_rbm_repeat_tte_no_symptom_change", "born_digital", rbm_denial),
    ("bd_eob_limited_echo_bundled", "born_digital", bundle_eob),
    ("scan300_letter_stress_echo_after_nuclear", "scan_clean_300", stress_letter),
    ("lowres_rbm_approved_before_valve_surgery", "scan_lowres_150", approval),
    ("faxfine_stack_rbm_two_denials", "fax_fine_g4", fax_stack),
    ("photo_eob_repeat_tte_12_months", "phone_photo", photo_eob),
    ("rotated_ma_notice_repeat_tte", "rotated", ma_notice),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (s, c, fn) in enumerate(PLAN):
        out = fn(i)
        if s.startswith("faxfine_stack"):
            items.append(Item(f"{FAMILY}_{s}", c, out, separators=["cover", None]))
        else:
            items.append(Item(f"{FAMILY}_{s}", c, out if isinstance(out, list) else [out]))
    return items
