"""Family 'retinal_oct_imaging_frequency_denial': retinal optical coherence tomography (92134) refused as done more
often than the plan's policy allows for macular degeneration or glaucoma follow-up, or as billed with 92133 on the
same day, seen as a three-claim EOB with the intravitreal injection paid, a Medicare Summary Notice page, a
scanned stack (prose denial letter + retina practice statement + duplex back), a pre-service imaging review form,
a request for records (not a denial), an upheld appeal and a letter to the practice. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "retinal_oct_imaging_frequency_denial"
LANG = "en"
SEED = 332600
CODES = {"92134": ("OCT, retina, unilateral or bilateral", 160, 320), "92133": ("OCT, optic nerve", 150, 290),
         "67028": ("Intravitreal injection of drug", 420, 680), "J0178": ("Aflibercept, 1 mg", 1750, 2300),
         "J9035": ("Bevacizumab, 10 mg", 70, 160), "92014": ("Eye exam, established patient", 170, 260),
         "92250": ("Fundus photography", 90, 170), "99213": ("Office visit, established", 120, 190)}
PRACTICES = ["Silverlake Retina Consultants", "Harrowgate Eye Institute", "Bluestem Retina & Vitreous",
             "Coldwater Ophthalmology Associates"]
DOCTORS = ["Dr. Imogen R. Castellano", "Tobias K. Lindqvist, MD", "Dr. Farah N. Qureshi", "Wesley D. Amsel, MD"]


def base(r: Rand) -> dict:
    nm, first, mid, last = r.person()
    return dict(member=nm, first=first, last=last, addr=r.address(), dos=r.date(dt.date(2026, 1, 6), 60),
                dob=r.date(dt.date(1941, 1, 1), 9000), ph=r.phone(), npi=r.npi(), prac=r.choice(PRACTICES),
                doc=r.choice(DOCTORS))


def lines(r: Rand, codes: list[str]) -> list[dict]:
    return [dict(code=c, desc=CODES[c][0], billed=float(r.amount(CODES[c][1], CODES[c][2]))) for c in codes]


def tot(ls: list[dict]) -> float:
    return round(sum(x["billed"] for x in ls), 2)


# 1 -------------------------------------------------------------- three-claim EOB, injection paid, OCT refused
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Larchmont Harbor Health"
    mid, grp = f"LHH-{r.digits(8)}", f"{r.digits(4)}-{r.digits(3)}"
    stmt = f["dos"] + dt.timedelta(days=r.randint(20, 32))
    c = [f"{r.digits(3)}{r.letters(1)}{r.digits(7)}" for _ in range(3)]
    inj, oct_, visit = lines(r, ["67028", "J0178"]), lines(r, ["92134"]), lines(r, ["99213"])
    pcp_date = f["dos"] - dt.timedelta(days=r.randint(5, 15))
    prior = f["dos"] - dt.timedelta(days=r.randint(20, 40))
    d = Doc(footer="Larchmont Harbor Health  |  Explanation of Benefits  |  {p}/{n}", margins=(14, 12, 14))
    d.add_page()
    d.font(17, "B")
    d.cell(120, 9, "Larchmont Harbor Health")
    d.font(9)
    d.cell(0, 9, "EXPLANATION OF BENEFITS", align="R", new_x="LMARGIN", new_y="NEXT")
    d.text_line("This is not a bill. Keep it with your records.", 8.5, h=5)
    d.rule(0.8, 3)
    d.boxes([("Issue date", fmt_date(stmt, "long"), 44), ("Member", f["member"], 56), ("Member ID", mid, 42),
             ("Group", grp, 40)])
    d.boxes([("Date of birth", fmt_date(f["dob"], "slash"), 44), ("Customer service", f["ph"], 56),
             ("Claims in this statement", "3", 82)])
    d.ln(5)
    blocks = [(c[0], f["prac"], f["dos"], inj, "paid"), (c[1], f["prac"], f["dos"], oct_, "denied"),
              (c[2], "Fernhill Primary Care", pcp_date, visit, "paid")]
    if r.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    for cl, prov, dos, ls, st in blocks:
        d.font(9, "B")
        d.cell(0, 6, f"Claim {cl}  -  {prov}", border="B", new_x="LMARGIN", new_y="NEXT")
        rows = []
        for x in ls:
            allowed = 0 if st == "denied" else round(x["billed"] * 0.58, 2)
            paid = round(allowed * 0.8, 2)
            rows.append([fmt_date(dos, "slash"), x["code"], x["desc"], fmt_money(x["billed"]), fmt_money(allowed),
                         fmt_money(paid), fmt_money(allowed - paid), "F30" if st == "denied" else "-"])
        rows.append(["*Totals", "", "", fmt_money(tot(ls)), "", "", "", ""])
        d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Rmk"], rows,
                [22, 14, 58, 20, 20, 20, 18, 10], size=7.8, aligns="LLLRRRRL")
    d.text_line("Remark codes", 9.5, "B", h=5.5)
    d.para(f"F30  Retinal imaging (OCT, 92134) for stable macular degeneration is covered once every 60 days per "
           f"Medical Policy OPH-114. The same test was paid on {fmt_date(prior, 'slash')}. This test is more frequent "
           "than the policy allows and is not covered. The injection on the same day was paid.", 8.5)
    d.para("Your right to appeal: send us a written appeal within 180 days of the issue date of this statement. "
           "If your health is in danger, ask for a fast (72-hour) review. You may also have a right to an external "
           "review. Provider NPI " + f["npi"] + ".", 8.5)
    t = truth("eob", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[c[1]], claim_amount=m2(tot(oct_)), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=f["prac"], appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# 2 -------------------------------------------------------------- Medicare Summary Notice page
def doc_msn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    f["dob"] = r.date(dt.date(1938, 1, 1), 7000)
    mbi = f"{r.digits(1)}{r.letters(1)}{r.digits(1)}{r.letters(1)}-{r.letters(2)}{r.digits(1)}-{r.letters(2)}{r.digits(2)}"
    notice = f["dos"] + dt.timedelta(days=r.randint(30, 45))
    claim = f"{r.digits(2)}-{r.digits(5)}-{r.digits(3)}-{r.digits(3)}"
    ls = lines(r, ["67028", "J0178", "92134"])
    by = notice + dt.timedelta(days=120)
    d = Doc(footer="Medicare Summary Notice for Part B  |  Page {p} of {n}", margins=(16, 14, 16))
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 13, "B", h=7)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5,
                h=5)
    d.ln(2)
    y = d.get_y()
    for ln in [f["member"].upper(), *[a.upper() for a in f["addr"]]]:
        d.text_line(ln, 9.5, h=5)
    d.set_xy(112, y)
    for lab, val in [("Medicare Number", mbi), ("Date of This Notice", fmt_date(notice, "long")),
                     ("Claims Processed Between", f"{fmt_date(notice - dt.timedelta(days=90), 'long')} and "
                      f"{fmt_date(notice, 'long')}")]:
        d.set_x(112)
        d.font(8, "B")
        d.cell(0, 4.3, lab, new_x="LMARGIN", new_y="NEXT")
        d.set_x(112)
        d.font(9)
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.text_line("Your Claims for Part B (Medical Insurance)", 11, "B", h=6.5)
    d.para(f"{f['prac']}, (555) 01{r.digits(1)}-{r.digits(4)}. Service provided by {f['doc']}. Claim number {claim}.",
           9)
    rows = []
    for x in ls:
        den = x["code"] == "92134"
        appr = 0 if den else round(x["billed"] * 0.55, 2)
        rows.append([fmt_date(f["dos"], "slash"), f"{x['desc']} ({x['code']})", "No" if den else "Yes",
                     fmt_money(x["billed"]), fmt_money(appr), fmt_money(appr * 0.8), fmt_money(appr * 0.2),
                     "A" if den else ""])
    rows.append(["*Total for this claim", "", "", fmt_money(tot(ls)), "", "", "", ""])
    d.table(["Date", "Service provided & billing code", "Approved?", "Amount charged", "Medicare-approved",
             "Medicare paid", "Maximum you may be billed", "See notes"], rows,
            [18, 52, 15, 20, 20, 18, 26, 13], size=7.2, aligns="LLLRRRRL")
    d.text_line("Notes for Claims Above", 9.5, "B", h=5.5)
    d.para("A  Medicare won't pay for this service because it was done more often than Medicare allows within this "
           "period for your diagnosis. Your provider may not bill you for it unless you signed a written notice "
           "(ABN) before you got it.", 8.6)
    d.text_line("How to Handle Denied Claims or File an Appeal", 9.5, "B", h=5.5)
    d.para(f"If you disagree with a coverage decision, you can file an appeal. Appeals must be filed in writing by "
           f"{fmt_date(by, 'long')}. Circle the items you disagree with and send a copy of this page to the "
           "Medicare contractor. Form CMS-20027 can also be used.", 8.6)
    t = truth("eob", "not_covered", insurer="Medicare", member_id=mbi, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(tot(ls)), service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=f["prac"], appeal_deadline=iso(by), type_alternates=["denial_letter"],
              denial_alternates=["medical_necessity"],
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"],
                          "claim_amount": [m2(ls[2]["billed"])], "provider": [f["doc"]]})
    return pdf_bytes(d), t


# 3 -------------------------------------------------------------- stack: prose denial + practice statement
def doc_prose(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Wrenfield Assurance Company"
    notice = f["dates"][-1] + dt.timedelta(days=r.randint(18, 26))
    d = Doc(font="Times", header=f"{ins}  -  {f['member']}  -  claim {f['claim']}", footer="page {p}",
            margins=(25, 18, 25))
    d.add_page()
    d.text_line(ins, 16, "B", h=8)
    d.text_line("Claims Review Department  |  77 Old Mill Road, Bangor, ME 04401", 9, h=5)
    d.ln(8)
    d.text_line(notice.strftime("%-d %b %Y"), 11, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 11, h=5.5)
    d.ln(5)
    d.para(f"Dear {f['first']} {f['last']},", 11)
    d.para(f"This letter explains our decision on claim {f['claim']}, sent to us by {f['prac']} for retinal "
           f"imaging (optical coherence tomography, code 92134) performed on {fmt_date(f['dates'][0], 'long')} and "
           f"{fmt_date(f['dates'][1], 'long')}. The practice billed {fmt_money(tot(f['lines']))} for the two "
           "tests.", 11)
    d.para("We will not pay for these tests. Our clinical policy on ophthalmic imaging covers OCT of the retina "
           "for dry (non-exudative) macular degeneration no more than twice in a 12-month period unless there is "
           "a documented change in vision or a switch to active treatment. The records show four OCT tests in "
           "the last twelve months and no change in treatment, so the two tests above exceed the limit and are "
           "not covered under your plan.", 11)
    d.para(f"Your member number is {f['mid']}; the plan number on your card is {f['plan']}. If {f['doc']} sends "
           "notes showing new symptoms, we will review the claim again.", 11)
    d.para("You have the right to appeal. Your written appeal must be received within 180 days of the date of this "
           "letter. Urgent appeals are decided within 72 hours. You may also ask your state insurance department "
           "for help, and you may request an external review after our final decision.", 11)
    d.para("Sincerely,\n\nMedical Claims Review", 11)
    t = truth("denial_letter", "not_covered", insurer=ins, plan_id=f["plan"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(tot(f["lines"])),
              service_dates=[iso(x) for x in f["dates"]], denial_date=iso(notice), provider=f["prac"],
              appeal_deadline=iso(notice + dt.timedelta(days=180)), denial_alternates=["medical_necessity"],
              alternates={"provider": [f["doc"]]})
    return pdf_bytes(d), t


def doc_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    stmt = f["dates"][-1] + dt.timedelta(days=r.randint(45, 60))
    acct = f"{r.digits(6)}"
    d = Doc(margins=(18, 14, 18))
    d.add_page()
    d.text_line(f["prac"], 14, "B", h=7)
    d.text_line("Retina and vitreous surgery  -  540 Juniper Drive, Bangor, ME 04401", 8.5, h=4.5)
    d.ln(4)
    d.text_line("PATIENT STATEMENT", 11, "B", h=6)
    for lab, val in [("Statement date", fmt_date(stmt, "iso")), ("Guarantor", f["member"]),
                     ("Account number", acct), ("Primary insurance", "Wrenfield Assurance Company"),
                     ("Insurance ID", f["mid"])]:
        d.font(9.5)
        d.cell(44, 5.2, lab)
        d.font(9.5, "B")
        d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    rows = [[fmt_date(x, "iso"), "92134", "OCT retina, both eyes", f["doc"][:24], fmt_money(y["billed"])]
            for x, y in zip(f["dates"], f["lines"])]
    rows += [["", "", "Insurance denied - frequency", "", "$0.00"],
             ["*Patient balance", "", "", "", fmt_money(tot(f["lines"]))]]
    d.table(["Date", "CPT", "Service", "Physician", "Charge"], rows, [28, 18, 62, 44, 28], size=8.8,
            aligns="LLLLR")
    d.para("Your insurance company denied these charges. If you have appealed, call us and we will hold your "
           "account for 60 days. Minimum payment due: $40.00. Pay online or call " + r.phone() + ".", 9)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], claim_amount=m2(tot(f["lines"])),
              service_dates=[iso(x) for x in f["dates"]], denial_date=iso(stmt), provider=f["prac"],
              unscored=["insurer"], alternates={"member_id": [None], "provider": [f["doc"]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    d1 = f["dos"]
    f.update(dates=[d1, d1 + dt.timedelta(days=r.randint(28, 40))], claim=f"W{r.digits(10)}",
             mid=f"WAC{r.digits(7)}", plan=f"WA-{r.letters(2)}{r.digits(3)}", lines=lines(r, ["92134", "92134"]))
    return Item(f"{FAMILY}_scan_stack", "scan_clean_300", [doc_prose(r, f), doc_statement(r, f)],
                separators=[None, "duplex"])


# 4 -------------------------------------------------------------- pre-service imaging review form (glaucoma)
def doc_preservice(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Tamsin Bay Health Plan"
    mid, grp = f"TB{r.digits(9)}", f"GRP{r.digits(5)}"
    req = f"UR-{r.digits(4)}-{r.digits(5)}"
    recv = r.date(dt.date(2026, 2, 2), 40)
    decided = recv + dt.timedelta(days=r.randint(2, 5))
    planned = decided + dt.timedelta(days=r.randint(7, 20))
    d = Doc(margins=(16, 14, 16))
    d.add_page()
    d.text_line("TAMSIN BAY HEALTH PLAN  -  Utilization Management", 12, "B", h=7)
    d.text_line("Outpatient Imaging Review  -  Notice of Adverse Determination", 10, h=6)
    d.rule(0.5, 3)
    d.boxes([("Reference no.", req, 46), ("Date received", fmt_date(recv, "slash"), 38),
             ("Date of notice", fmt_date(decided, "slash"), 38), ("Urgency", "Standard", 30)])
    d.boxes([("Member name", f["member"], 70), ("Member ID", mid, 50), ("Group no.", grp, 32)])
    d.boxes([("Requesting provider", f["doc"], 70), ("Provider NPI", f["npi"], 42), ("Planned date of service",
             fmt_date(planned, "slash"), 40)])
    d.boxes([("Service", "92134 OCT retina - glaucoma follow-up", 88), ("Diagnosis", "H40.1131", 30),
             ("Decision", "Not approved", 34)])
    d.ln(5)
    d.text_line("Clinical rationale", 10, "B", h=6)
    d.para("The request was reviewed by an ophthalmologist against Imaging Guideline IG-EYE-09. For stable "
           "primary open-angle glaucoma, OCT imaging is medically necessary once every 6 months. The last OCT was "
           "10 weeks ago and the notes show stable pressures and visual fields, so a repeat test now is not "
           "medically necessary. A repeat test may be approved sooner if the notes show progression.", 9.5)
    d.text_line("Appeal rights", 10, "B", h=6)
    d.para("You or your provider may appeal within 60 calendar days of this notice. Expedited appeals are "
           "decided within 72 hours. Peer-to-peer discussion: call 1-877-555-0162 within 5 business days.", 9.5)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[req], service_dates=[iso(planned)], denial_date=iso(decided),
              provider=f["doc"], appeal_deadline=iso(decided + dt.timedelta(days=60)))
    return pdf_bytes(d), t


# 5 -------------------------------------------------------------- request for records (not a denial)
def doc_records(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Orchard Crest Health"
    mid, claim = f"OC{r.digits(10)}", f"{r.digits(2)}{r.letters(2)}{r.digits(8)}"
    ls = lines(r, ["92134", "92250"])
    sent = f["dos"] + dt.timedelta(days=r.randint(14, 24))
    d = Doc(font="Courier", margins=(22, 18, 22))
    d.add_page()
    d.text_line("ORCHARD CREST HEALTH", 13, "B", h=7)
    d.text_line("Claims Review - Medical Records Unit", 10, h=5)
    d.ln(6)
    d.text_line(fmt_date(sent, "long"), 10, h=6)
    d.ln(2)
    d.para(f"To: {f['prac']}\nCopy: {f['member']} (member {mid})", 10)
    d.para("REQUEST FOR MEDICAL RECORDS - THIS IS NOT A DENIAL", 10)
    d.para(f"We are reviewing claim {claim} for eye imaging given to {f['member']} on "
           f"{fmt_date(f['dos'], 'long')} (charges {fmt_money(tot(ls))}). Our records show another retinal OCT "
           "within the past 90 days. Please send the visit notes and both OCT reports so we can decide whether "
           "the repeat test meets our policy.", 10)
    d.para("Please send the records within 45 days. The claim will stay pending until we receive them. "
           f"Fax 1-844-555-0127 or mail to PO Box 9012, Macon, GA 31201. Member date of birth "
           f"{fmt_date(f['dob'], 'slash')}.", 10)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[claim],
              claim_amount=m2(tot(ls)), service_dates=[iso(f["dos"])], denial_date=iso(sent), provider=f["prac"])
    return pdf_bytes(d), t


# 6 -------------------------------------------------------------- appeal upheld (external review only)
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Ashgrove Mutual Health"
    mid, grp = f"AM{r.digits(9)}", f"{r.digits(6)}"
    claim, appeal = f"{r.digits(13)}", f"GA-{r.digits(6)}"
    ls = lines(r, ["92134"])
    decided = f["dos"] + dt.timedelta(days=r.randint(75, 110))
    d = Doc(margins=(20, 16, 20))
    d.add_page()
    d.text_line("Ashgrove Mutual Health", 15, "B", h=8)
    d.text_line("Grievances and Appeals", 9.5, h=5)
    d.ln(4)
    d.table(["Member", "Member ID", "Group", "Claim", "Appeal", "Decision date"],
            [[f["member"], mid, grp, claim, appeal, fmt_date(decided, "iso")]], [38, 30, 20, 36, 24, 28], size=8.3,
            border_head="TB")
    d.ln(3)
    d.text_line("Final internal appeal decision: upheld", 11.5, "B", h=7)
    d.para(f"You appealed our denial of a retinal OCT scan done on {fmt_date(f['dos'], 'iso')} by {f['doc']} "
           f"(billed {fmt_money(tot(ls), 'nosign')}). You explained that the scan was part of regular follow-up of "
           "wet macular degeneration.", 10.5)
    d.para("An independent retina specialist reviewed your records. Your last injection was eight months earlier "
           "and the disease was documented as inactive; the plan's policy covers OCT every 3 months for inactive "
           "disease, and you had a scan 5 weeks before. The denial is upheld.", 10.5)
    d.para("This is the plan's final decision. You may request an external review by an Independent Review "
           "Organization within 4 months of receiving this letter. You may also bring a civil action under "
           "section 502(a) of ERISA.", 10.5)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim, appeal], claim_amount=m2(tot(ls)), service_dates=[iso(f["dos"])],
              denial_date=iso(decided), provider=f["doc"], denial_alternates=["medical_necessity"],
              alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# 7 -------------------------------------------------------------- letter to the practice, 92133 + 92134 same day
def doc_provider_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Pinewater Health Alliance"
    mid, claim = f"PW{r.digits(8)}", f"{r.digits(5)}-{r.digits(6)}"
    ls = lines(r, ["92014", "92133", "92134"])
    notice = f["dos"] + dt.timedelta(days=r.randint(16, 28))
    d = Doc(font="Times", margins=(26, 20, 26))
    d.add_page()
    d.text_line("Pinewater Health Alliance", 14, "B", h=7)
    d.text_line("Provider Claims Correspondence", 10, h=5)
    d.ln(8)
    d.text_line(fmt_date(notice, "wlong"), 11, h=6)
    d.ln(2)
    d.para(f"{f['prac']}\nAttn: Billing Office\n{r.randint(100, 990)} Sycamore Court, Pueblo, CO 81003", 11)
    d.para(f"Re: {f['member']}, member {mid}", 11)
    d.para(f"We denied the third line of claim {claim} for services on {fmt_date(f['dos'], 'mdy_nopad')}. The claim "
           f"billed an eye exam, OCT of the optic nerve (92133) and OCT of the retina (92134) for a total of "
           f"{fmt_money(tot(ls))}. Codes 92133 and 92134 may not be reported for the same eye on the same day; only "
           "one of them is payable. The exam and 92133 were processed. Do not bill the patient for the denied "
           "line.", 11)
    d.para("If the two tests were done on different eyes, send a corrected claim with the right and left eye "
           "modifiers. You may request reconsideration within 90 days of the date of this letter.", 11)
    t = truth("denial_letter", "coding_error", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(tot(ls)), service_dates=[iso(f["dos"])], denial_date=iso(notice),
              provider=f["prac"], appeal_deadline=iso(notice + dt.timedelta(days=90)),
              alternates={"claim_amount": [m2(ls[2]["billed"])]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_eob, "three_claim_eob", "born_digital"), (1, doc_msn, "msn_page", "fax_standard_g4"),
              (3, doc_preservice, "imaging_review", "photocopy"), (4, doc_records, "records_request", "phone_photo"),
              (5, doc_appeal, "appeal_upheld", "rotated"), (6, doc_provider_letter, "practice_letter",
                                                            "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(2, item_stack(Rand(SEED + 2)))
    return items
