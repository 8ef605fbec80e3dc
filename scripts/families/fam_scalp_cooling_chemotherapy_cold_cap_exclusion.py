"""Family 'scalp_cooling_chemotherapy_cold_cap_exclusion': scalp cooling during chemotherapy to prevent hair loss,
either mechanical scalp cooling billed by the infusion center (0662T cap fitting and calibration, 0663T each
treatment session) or a manual cold cap rented by the member and sent in on a member reimbursement claim form.

Cases: a commercial EOB paying the chemotherapy infusion and denying 0662T/0663T as investigational (born
digital); a third-party administrator's letter refusing to reimburse a cold cap rental under the hair-loss
exclusion (born digital); a pre-service denial of scalp cooling as experimental (clean scan); a Medicaid managed
care notice that a cold cap rental is not a covered benefit (150 dpi scan); a Medicare Advantage EOB denying 0663T
sessions (photocopy); an approval of a cold cap reimbursement under a plan rider (phone photo); a fax stack from
the member: cover sheet, the plan's reimbursement denial letter and the member's completed reimbursement claim
form (standard fax).

Layouts are invented, modelled loosely on typical EOBs, TPA claim letters, Medicaid notices and insurers' member
claim forms. All values invented: people, insurers, oncology practices, cold cap vendors, addresses, IDs and
amounts (phone numbers 1-555-xxx-xxxx). Decoys: the ordering oncologist, NPIs, dates of birth, received dates,
chemotherapy start dates, medical policy numbers, form numbers, amounts paid, the employer's plan name.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, pdf_bytes, truth
from kit_roundbx_fambxb import eob, letter

FAMILY = "scalp_cooling_chemotherapy_cold_cap_exclusion"
LANG = "en"
SEED = 255600

CENTERS = ["Harborlight Cancer Institute", "Glacierline Cold Cap Rentals, LLC", "Ridgeview Oncology & Infusion",
           "Frostwell Scalp Cooling Co.", "Ironbark Hematology Oncology, PA", "Polar Crown Cap Rentals",
           "Winterberry Cold Therapy Supply"]
ONCS = ["Dr. Lucinda F. Mayhew", "Dr. Oskar P. Delacroix", "Dr. Renata V. Szymanski", "Dr. Idris N. Calloway",
        "Dr. Maren T. Holmgren", "Dr. Fitzgerald A. Obi", "Dr. Corinne S. Vantongeren"]
ORGS = [
    dict(name="LARKSPUR HEALTH ASSURANCE", addr="PO Box 61550, Duluth, MN 55899", full="Larkspur Health Assurance"),
    dict(name="Kestrel Benefit Services", addr="3100 Kestrel Park Drive, Macon, GA 31299",
         full="Kestrel Benefit Services", plan="Ashgrove Manufacturing Employee Health Plan"),
    dict(name="Thistledown Health Insurance Company", addr="PO Box 2266, Pueblo, CO 81099",
         full="Thistledown Health Insurance Company"),
    dict(name="Sunmeadow Community Health Plan", addr="PO Box 480, Fargo, ND 58199",
         full="Sunmeadow Community Health Plan"),
    dict(name="GRANITE REACH HEALTH", addr="77 Summit Ledge Road, Bellingham, WA 98299", full="Granite Reach Health",
         product="Granite Reach Advantage (HMO-POS)"),
    dict(name="Marigold Mutual Insurance", addr="PO Box 12, Lubbock, TX 79499", full="Marigold Mutual Insurance"),
    dict(name="Oakhaven Health Plan", addr="PO Box 9090, Erie, PA 16599", full="Oakhaven Health Plan"),
]
S62, S63 = "Scalp cooling, initial measurement/calibration", "Scalp cooling, each treatment session"


def phone(r):
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def base(i):
    r = Rand(SEED + i)
    o = dict(ORGS[i])
    o["phone"] = f"Customer Service {phone(r)}  ·  Hearing impaired 711"
    name, first, mid, last = r.person()
    a1, a2 = r.address()
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 190))
    return dict(r=r, org=o, member=name, first=first, last=last, a1=a1, a2=a2, notice=notice, prov=CENTERS[i],
                onc=ONCS[i], npi=r.npi(), dob=dt.date(r.randint(1955, 1998), r.randint(1, 12), r.randint(1, 28)),
                sid=r.letters(2) + r.digits(8), group=r.letters(1) + r.digits(5),
                ref=r.digits(3) + "-" + r.digits(5) + "-" + r.digits(2),
                start=notice - dt.timedelta(days=r.randint(30, 60)))


def rental(f):
    r = f["r"]
    a = f["start"]
    b = a + dt.timedelta(days=r.choice([83, 90, 111, 118]))
    months = 3 if (b - a).days < 100 else 4
    fee = float(r.choice([395, 425, 449, 475]))
    return a, b, months, fee


def item0():
    """Commercial EOB: chemotherapy infusion paid, 0662T and 0663T denied as investigational."""
    f = base(0)
    r, o, ds, ls, mf = f["r"], f["org"], "upper", "slash", "plain"
    d0 = f["start"]
    drug = float(r.randint(1800, 3900))
    adm = float(r.randint(280, 420))
    c62, c63 = float(r.randint(250, 420)), float(r.randint(610, 980))
    lines = [(d0, "96413", "Chemo IV infusion, first hour", adm, round(adm * .55, 2), "01"),
             (d0, "J9267", "Paclitaxel, 1 mg x175", drug, round(drug * .5, 2), "01"),
             (d0, "0662T", S62, c62, 0.0, "X4"), (d0, "0663T", S63, c63, 0.0, "X4")]
    total = round(sum(x[3] for x in lines), 2)
    body = [[fmt_date(d, ls), c, desc, fmt_money(ch, mf), fmt_money(al, mf), fmt_money(al * .8, mf),
             fmt_money(0 if rc == "X4" else al * .2, mf), rc] for d, c, desc, ch, al, rc in lines]
    body.append(["*Totals", "", "", fmt_money(total, mf), "", "", "", ""])
    left = [("Patient", f["member"]), ("ID number", f["sid"]), ("Group", f["group"])]
    right = [("Processed", fmt_date(f["notice"], ds)), ("Claim #", f["ref"]), ("Rendering", f["prov"])]
    legend = [("01", "Processed under your in-network benefits; coinsurance 20%."),
              ("X4", "Scalp cooling to reduce hair loss during chemotherapy is considered investigational under "
                     "Larkspur medical policy MP-0717 (Category III codes). This service is not covered. "
                     "An in-network provider cannot bill you for it.")]
    tail = ["#Appeals",
            "To appeal, send a written request within 180 days of the date of this statement to Larkspur Health "
            f"Assurance, Member Appeals, {o['addr']}. Include a copy of this EOB. Ordering physician: {f['onc']} "
            f"(NPI {f['npi']})."]
    pdf = eob(o, "EXPLANATION OF BENEFITS", left, right,
              ["Date", "Code", "Service", "Billed", "Allowed", "Paid", "Your share", "Code"], body,
              [21, 13, 60, 19, 18, 18, 19, 12], "LLLRRRRL", legend, tail, legend_head="Explanation codes",
              footer="LARKSPUR HEALTH ASSURANCE  ·  {p} of {n}")
    t = truth("eob", "experimental", insurer=o["full"], group_number=f["group"], member_id=f["sid"],
              member_name=f["member"], case_numbers=[f["ref"]], claim_amount=f"{total:.2f}",
              service_dates=[d0.isoformat()], denial_date=f["notice"].isoformat(), provider=f["prov"],
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              denial_alternates=["not_covered"])
    return Item(f"{FAMILY}_bd_eob_0662T_0663T_investigational", "born_digital", [(pdf, t)])


def item1():
    """TPA letter: member reimbursement for a cold cap rental denied under the hair-loss exclusion."""
    f = base(1)
    r, o, ds, mf = f["r"], f["org"], "long", "plain"
    a, b, months, fee = rental(f)
    total = round(fee * months, 2)
    rows = [("Employee/Member:", f["member"]), ("Member ID:", f["sid"]), ("Group number:", f["group"]),
            ("Reimbursement claim:", f["ref"]), ("Vendor:", f["prov"]),
            ("Rental period:", f"{fmt_date(a, ds)} through {fmt_date(b, ds)}"),
            ("Amount submitted:", fmt_money(total, mf)), ("Prescribed by:", f["onc"])]
    paras = [f"Dear {f['first']} {f['last']}:",
             f"Kestrel Benefit Services is the claims administrator for the {o['plan']}. We received your Member "
             f"Reimbursement Claim Form (form KBS-210) with receipts for a cold cap rental of {months} months.",
             "#Decision",
             "The claim is denied. The plan document excludes \"wigs, hair prostheses, and any service or supply to "
             "prevent or treat hair loss\" (Section 11, General Exclusions, item 23). Cold caps and scalp cooling "
             "systems used during chemotherapy fall under this exclusion. No benefits are payable.",
             "#Your right to appeal",
             "You may request a review within 180 days of the date of this letter. Send your request to the Plan "
             f"Administrator, c/o Kestrel Benefit Services, Appeals, {o['addr']}. You may ask for copies of all "
             "documents relevant to your claim free of charge, and you may have the right to bring a civil action "
             "under section 502(a) of ERISA after your appeal."]
    pdf = letter(o, fmt_date(f["notice"], ds), [f["member"], f["a1"], f["a2"]], "Reimbursement Claim Denial", rows,
                 paras, footer="KBS  ·  Claims administrator only; Kestrel does not insure this plan  ·  {p}/{n}",
                 lw=50, tagline="Third-party administration for self-funded health plans")
    t = truth("denial_letter", "not_covered", insurer=o["full"], group_number=f["group"], member_id=f["sid"],
              member_name=f["member"], case_numbers=[f["ref"]], claim_amount=f"{total:.2f}",
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=f["notice"].isoformat(),
              provider=f["prov"], appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"insurer": [o["plan"]], "service_dates": [[a.isoformat()]]})
    return Item(f"{FAMILY}_bd_tpa_letter_cold_cap_reimbursement_excluded", "born_digital", [(pdf, t)])


def item2():
    """Pre-service denial: mechanical scalp cooling as experimental (clean scan)."""
    f = base(2)
    r, o, ds = f["r"], f["org"], "abbr"
    case = "PR" + r.digits(9)
    planned = f["notice"] + dt.timedelta(days=r.randint(5, 14))
    rows = [("Patient name", f["member"]), ("Subscriber ID", f["sid"]), ("Group", f["group"]),
            ("Case number", case), ("Requesting provider", f["prov"]), ("Ordering oncologist", f["onc"]),
            ("Services", "0662T x1, 0663T x6 (scalp cooling with each chemotherapy cycle)"),
            ("Planned first session", fmt_date(planned, ds)),
            ("Date received", fmt_date(f["notice"] - dt.timedelta(days=4), ds))]
    paras = ["#Determination: not approved",
             f"{f['prov']} asked us to approve mechanical scalp cooling during your chemotherapy. Our medical "
             "director reviewed the request under Medical Policy 2.01.114, Scalp Cooling for Chemotherapy-Induced "
             "Alopecia. The policy considers scalp cooling experimental and investigational: the published evidence "
             "is not enough to show that it improves health outcomes. Your plan does not cover experimental or "
             "investigational services.",
             "#If you disagree",
             "You, your representative, or your doctor may appeal within 180 days of the date of this letter. Call "
             f"{phone(r)} or write to Thistledown Health Insurance Company, Grievances and Appeals, {o['addr']}. "
             "If your doctor says waiting could seriously harm your health, ask for an expedited appeal; we will "
             "decide within 72 hours. You may also be eligible for an independent external review."]
    pdf = letter(o, fmt_date(f["notice"], ds), [f["member"], f["a1"], f["a2"]],
                 "Utilization Review Determination", rows, paras, footer="THIC-UR-EXP  ·  Page {p} of {n}", lw=50)
    t = truth("denial_letter", "experimental", insurer=o["full"], group_number=f["group"], member_id=f["sid"],
              member_name=f["member"], case_numbers=[case], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["prov"],
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"service_dates": [[]]}, denial_alternates=["not_covered"])
    return Item(f"{FAMILY}_scan300_pa_denial_scalp_cooling_experimental", "scan_clean_300", [(pdf, t)])


def item3():
    """Medicaid managed care notice: cold cap rental not a covered benefit (150 dpi)."""
    f = base(3)
    r, o, ds = f["r"], f["org"], "mdy_nopad"
    a, b, months, fee = rental(f)
    a = f["notice"] + dt.timedelta(days=r.randint(7, 12))
    mid = r.digits(9) + r.letters(1)
    rows = [("Member name:", f["member"]), ("Medicaid ID number:", mid), ("Notice number:", f["ref"]),
            ("Provider who asked:", f["prov"]), ("Service asked for:", "Cold cap rental (E1399), 4 months"),
            ("Start date asked for:", fmt_date(a, ds)), ("Member date of birth:", fmt_date(f["dob"], ds))]
    paras = [f"Dear {f['first']} {f['last']},",
             "#What we decided",
             f"We denied the request from {f['prov']} for a cold cap to use during chemotherapy. Cold caps and "
             "scalp cooling are not a covered benefit under the State Medicaid Plan or your member "
             "handbook (Chapter 8, Services Not Covered). This decision was not about medical necessity.",
             "#Your right to appeal",
             "If you do not agree, you can ask for a plan appeal. You must ask within 60 days of the date of this "
             f"notice. Call Member Services at {phone(r)} or write to Sunmeadow Community Health Plan, Appeals, "
             f"{o['addr']}. After the plan appeal, you can ask for a State Fair Hearing within 120 days of the date "
             "of the appeal decision.",
             "Language help and auxiliary aids are free. Call the number above."]
    pdf = letter(o, fmt_date(f["notice"], ds), [f["member"], f["a1"], f["a2"]],
                 "Notice of Adverse Benefit Determination", rows, paras, footer="SCHP-NABD-ND  ·  {p} of {n}", lw=50,
                 date_label="Notice date: ", size=10.5)
    t = truth("denial_letter", "not_covered", insurer=o["full"], member_id=mid, member_name=f["member"],
              case_numbers=[f["ref"]], service_dates=[a.isoformat()], denial_date=f["notice"].isoformat(),
              provider=f["prov"], appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              alternates={"service_dates": [[]]})
    return Item(f"{FAMILY}_lowres_medicaid_notice_cold_cap_not_covered", "scan_lowres_150", [(pdf, t)])


def item4():
    """MA EOB: 0663T sessions denied, infusion paid (photocopy)."""
    f = base(4)
    r, o, ds, ls, mf = f["r"], f["org"], "long", "abbr", "nosign"
    ds_ = [f["start"], f["start"] + dt.timedelta(days=21)]
    adm = float(r.randint(300, 440))
    c63 = float(r.randint(640, 900))
    lines = []
    for d in ds_:
        lines.append((d, "96413", "Chemotherapy infusion, 1st hour", adm, round(adm * .6, 2), "A1"))
        lines.append((d, "0663T", S63, c63, 0.0, "N9"))
    total = round(sum(x[3] for x in lines), 2)
    body = [[fmt_date(d, ls), c, desc, fmt_money(ch, mf), fmt_money(al, mf), fmt_money(0 if rc == "N9" else 35, mf),
             rc] for d, c, desc, ch, al, rc in lines]
    body.append(["*Total", "", "", fmt_money(total, mf), "", "", ""])
    left = [("Member", f["member"]), ("Member ID", f["sid"]), ("Plan", o["product"])]
    right = [("EOB date", fmt_date(f["notice"], ds)), ("Claim number", f["ref"]), ("Provider", f["prov"])]
    legend = [("A1", "Approved. Your specialist/infusion copay applies."),
              ("N9", "Scalp cooling (0663T) is not covered by Original Medicare or this plan. There is no national "
                     "or local coverage determination for this service. You are not responsible for this amount.")]
    tail = ["#Request a reconsideration",
            "If you disagree, you may ask for an appeal (reconsideration) within 65 days of the date of this notice. "
            f"Call {phone(r)} or write to Granite Reach Health, Appeals Department, {o['addr']}.",
            f"Ordering physician: {f['onc']}  ·  Date of birth: {fmt_date(f['dob'], ls)}"]
    pdf = eob(o, "Explanation of Benefits", left, right,
              ["Service date", "Code", "Description", "Charges", "Approved", "You owe", "Note"], body,
              [24, 14, 66, 22, 22, 18, 12], "LLLRRRL", legend, tail,
              footer="Granite Reach Health  ·  Page {p} of {n}", legend_head="Notes about this claim")
    t = truth("eob", "not_covered", insurer=o["full"], member_id=f["sid"], member_name=f["member"],
              case_numbers=[f["ref"]], claim_amount=f"{total:.2f}", service_dates=[d.isoformat() for d in ds_],
              denial_date=f["notice"].isoformat(), provider=f["prov"],
              appeal_deadline=(f["notice"] + dt.timedelta(days=65)).isoformat(),
              alternates={"insurer": [o["product"]]}, denial_alternates=["experimental"])
    return Item(f"{FAMILY}_copy_ma_eob_0663T_sessions_not_covered", "photocopy", [(pdf, t)])


def item5():
    """Approval: cold cap reimbursement under a chemotherapy support rider (phone photo)."""
    f = base(5)
    r, o, ds, mf = f["r"], f["org"], "slash", "usd"
    a, b, months, fee = rental(f)
    total = round(fee * months, 2)
    paid = round(min(total, 1200.0), 2)
    rows = [("Insured:", f["member"]), ("Policy/member no.:", f["sid"]), ("Group:", f["group"]),
            ("Reimbursement no.:", f["ref"]), ("Supplier:", f["prov"]),
            ("Rental dates:", f"{fmt_date(a, ds)} - {fmt_date(b, ds)}"),
            ("Amount requested:", fmt_money(total, mf)), ("Amount approved:", fmt_money(paid, mf))]
    paras = [f"Dear {f['first']} {f['last']}:",
             "Good news: your reimbursement request for a cold cap rental during chemotherapy has been APPROVED "
             "under your Cancer Care Support Rider, which pays up to $1,200 per lifetime for scalp cooling.",
             f"A check for {fmt_money(paid, mf)} will be mailed to you within 10 business days. Keep this letter with "
             "your records.",
             f"Questions? Call {phone(r)}, Monday to Friday, 8 a.m. to 6 p.m."]
    pdf = letter(o, fmt_date(f["notice"], ds), [f["member"], f["a1"], f["a2"]], "Reimbursement Approved", rows, paras,
                 footer="MMI-RB-APPROVE", lw=46, size=10.5)
    t = truth("other", None, insurer=o["full"], group_number=f["group"], member_id=f["sid"], member_name=f["member"],
              case_numbers=[f["ref"]], claim_amount=f"{total:.2f}", service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=f["prov"],
              alternates={"service_dates": [[a.isoformat()], []], "claim_amount": [f"{paid:.2f}"]})
    return Item(f"{FAMILY}_photo_letter_cold_cap_reimbursement_approved", "phone_photo", [(pdf, t)])


def claim_form(f, a, b, months, fee, total, sign):
    """The insurer's member reimbursement claim form, filled in by the member."""
    o, ds = f["org"], "slash"
    d = Doc(footer="Form OHP-MRC-4 (rev. 01/2026)")
    d.add_page()
    d.font(15, "B")
    d.cell(0, 7, o["name"], new_x="LMARGIN", new_y="NEXT")
    d.text_line("MEMBER REIMBURSEMENT CLAIM FORM", 13, "B")
    d.text_line(f"Mail to: Claims, {o['addr']}", 9)
    d.ln(3)
    d.text_line("Part A - Member information", 11, "B")
    d.boxes([("Member (patient) name", f["member"], 90), ("Member ID", f["sid"], 50), ("Group no.", f["group"], 40)],
            h=13, value_size=11)
    d.boxes([("Date of birth", fmt_date(f["dob"], ds), 45), ("Address", f"{f['a1']}, {f['a2']}", 135)], h=13,
            value_size=11)
    d.ln(4)
    d.text_line("Part B - Service / supplier", 11, "B")
    d.boxes([("Supplier or provider name", f["prov"], 110), ("Supplier phone", f["sph"], 70)], h=13, value_size=11)
    d.boxes([("Prescribing doctor", f["onc"], 110), ("Diagnosis", "Breast cancer, on chemotherapy", 70)], h=13,
            value_size=11)
    d.ln(3)
    d.table(["Date(s) of service", "Item", "Months", "Paid by you"],
            [[f"{fmt_date(a, ds)} - {fmt_date(b, ds)}", "Cold cap rental (scalp cooling)", str(months),
              fmt_money(total)], ["*Total claimed", "", "", fmt_money(total)]], [62, 62, 22, 34], 10.5, "LLRR",
            row_h=7)
    d.ln(2)
    d.text_line("Part C - Signature", 11, "B")
    d.para("I certify that the information on this form is true and that I paid for the items listed. Attach "
           "itemized receipts.", 10)
    d.boxes([("Member signature", f"{f['first']} {f['last']} (signed)", 120), ("Date signed", fmt_date(sign, ds), 60)],
            h=13, value_size=11)
    return pdf_bytes(d)


def item6():
    """Fax stack: cover, the plan's denial of a cold cap reimbursement, the member's claim form."""
    f = base(6)
    r, o, ds, mf = f["r"], f["org"], "long", "plain"
    a, b, months, fee = rental(f)
    total = round(fee * months, 2)
    f["sph"] = phone(r)
    sign = b + dt.timedelta(days=r.randint(3, 9))
    rows = [("Member:", f["member"]), ("Member ID:", f["sid"]), ("Group:", f["group"]),
            ("Claim number:", f["ref"]), ("Supplier:", f["prov"]),
            ("Dates:", f"{fmt_date(a, ds)} to {fmt_date(b, ds)}"), ("Billed amount:", fmt_money(total, mf))]
    paras = ["We received your member reimbursement claim for a cold cap rental. We cannot pay this claim.",
             "#Reason",
             "Your policy does not cover cold caps, scalp cooling or other items used to prevent hair loss. See "
             "Exclusions, page 41 of your Evidence of Coverage.",
             "#Appeal",
             "You can appeal within 180 days of the date of this letter. Write to Oakhaven Health Plan, Appeals, "
             f"{o['addr']}, or call {phone(r)}."]
    den = letter(o, fmt_date(f["notice"], ds), [f["member"], f["a1"], f["a2"]], "Claim Denial", rows, paras,
                 lw=44, size=11.0)
    form = claim_form(f, a, b, months, fee, total, sign)
    t1 = truth("denial_letter", "not_covered", insurer=o["full"], group_number=f["group"], member_id=f["sid"],
               member_name=f["member"], case_numbers=[f["ref"]], claim_amount=f"{total:.2f}",
               service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=f["notice"].isoformat(),
               provider=f["prov"], appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
               alternates={"service_dates": [[a.isoformat()]]})
    t2 = truth("other", None, insurer=o["full"], group_number=f["group"], member_id=f["sid"],
               member_name=f["member"], claim_amount=f"{total:.2f}",
               service_dates=[f"{a.isoformat()}/{b.isoformat()}"], provider=f["prov"],
               alternates={"denial_date": [sign.isoformat()], "service_dates": [[a.isoformat()]]})
    return Item(f"{FAMILY}_faxstd_stack_cover_denial_and_claim_form", "fax_standard_g4", [(den, t1), (form, t2)],
                separators=["cover", None])


def documents(rng) -> list[Item]:
    return [item0(), item1(), item2(), item3(), item4(), item5(), item6()]
