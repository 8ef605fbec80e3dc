"""Family 'state_insurance_department_complaint_response_letter': letters from a state department of insurance closing
a consumer's complaint about a denied claim, quoting or enclosing the insurer's response.

Issuers (all invented, modelled on state consumer services divisions): Department of Insurance and Financial
Protection of the State of Calloway, Consumer Services Division (seal-like boxed header); Office of the Commissioner
of Insurance, Commonwealth of New Aldermont, Bureau of Consumer Assistance (centred two-line header); Tennaway
Department of Insurance, Health Complaints Unit (left logo word "TDI" over a rule). Insurers named in the complaints
(all invented): Larchmont Mutual Health Insurance Company, Pinecrest Valley HMO, Ardsley Guaranty Life and Health,
Everwell Choice Health Plans, Bellcastle Health Assurance. Contents: the insurer upheld a medical necessity denial
(external review explained); the insurer reprocessed and paid; an out-of-network denial upheld; a late-filing denial
upheld with the internal appeal still open (150 dpi); a self-funded ERISA plan outside the department's jurisdiction
(photocopy); a fax stack of the department's letter and the insurer's enclosed two-page reply (level of care); a
rotated letter on a prior-authorization denial upheld. Decoys: the department's addresses, phone and fax numbers,
the complaint received date, the insurer's NAIC company code, the consumer services officer, the date of the
insurer's response, policy form numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "state_insurance_department_complaint_response_letter"
LANG = "en"

CA = "Department of Insurance and Financial Protection"
NA = "Office of the Commissioner of Insurance"
TN = "Tennaway Department of Insurance"
DEPT = {CA: ("State of Calloway", "Consumer Services Division", "500 Capitol Mall, Suite 1410", "Port Gideon, CY 90417"),
        NA: ("Commonwealth of New Aldermont", "Bureau of Consumer Assistance", "One Statehouse Plaza, 6th Floor",
             "Harrowgate, NA 02917"),
        TN: ("State of Tennaway", "Health Complaints Unit", "1200 Justice Lane", "Corvallon, TW 37917")}
INSURERS = {"LM": ("Larchmont Mutual Health Insurance Company", "PO Box 66410, Larchmont, CY 90488", "61042"),
            "PV": ("Pinecrest Valley HMO", "2000 Pinecrest Parkway, Harrowgate, NA 02988", "95318"),
            "AG": ("Ardsley Guaranty Life and Health", "88 Ledger Street, Corvallon, TW 37988", "70421"),
            "EW": ("Everwell Choice Health Plans", "PO Box 7310, Port Gideon, CY 90499", "14277"),
            "BC": ("Bellcastle Health Assurance", "41 Tarn Road, Harrowgate, NA 02966", "88130")}
OFFICERS = ["Marguerite Oyelowo-Banks", "Dashiell Fairweather", "Yesenia Castellano", "Piotr Lindahl",
            "Adaeze Whitcombe"]
FIRST = ["Constance", "Rafael", "Ottilie", "Bartholomew", "Xiadani", "Leopold", "Imani", "Casimir", "Delphine",
         "Anand", "Ginevra", "Thaddeus"]
LAST = ["Winterbourne", "Achebe", "Valcourt", "Mendelsohn", "Quispe", "Haraldsen", "Mwangi", "Castellane",
        "Tremblay", "Iyer", "Ferrante", "Blackwood"]
STREETS = ["Aspen Terrace", "Glebe Road", "Kingfisher Lane", "Tolliver Street", "Brookmere Avenue"]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def phone(r: random.Random) -> str:
    return f"({r.choice(['800', '866', '877'])}) {digits(r, 3)}-{digits(r, 4)}"


def facts(r: random.Random, dept: str, ins: str, ds: str) -> dict:
    first, mid, last = r.choice(FIRST), r.choice("ABCDEFGHJKLMNPRSTVW"), r.choice(LAST)
    notice = dt.date(2026, 1, 26) + dt.timedelta(days=r.randint(0, 140))
    received = notice - dt.timedelta(days=r.randint(40, 75))
    dos = received - dt.timedelta(days=r.randint(60, 150))
    d = DEPT[dept]
    if dept == CA:
        comp = f"CSD-{notice.year}-{digits(r, 6)}"
    elif dept == NA:
        comp = f"{digits(r, 7)}"
    else:
        comp = f"HC{notice.strftime('%y')}-{digits(r, 5)}"
    town = d[3]
    return dict(r=r, dept=dept, ins=INSURERS[ins], ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                mid=r.choice(["", "W", "XQ"]) + digits(r, 9), grp=digits(r, 6) if r.random() < 0.6 else None,
                addr=(f"{r.randint(14, 9870)} {r.choice(STREETS)}", town.replace(town.split(",")[0], r.choice(
                    ["Ellery Falls", "Brightmoor", "Saxonburg", "Wrenfield"]))),
                notice=notice, received=received, dos=dos, comp=comp, claim=f"{digits(r, 2)}{r.choice('ABC')}"
                f"{digits(r, 9)}", officer=r.choice(OFFICERS), ph=phone(r), fax=phone(r),
                resp=notice - dt.timedelta(days=r.randint(6, 20)))


def D(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def letterhead(d: Doc, f: dict) -> None:
    dept = f["dept"]
    st, unit, a1, a2 = DEPT[dept]
    if dept == CA:
        y = d.get_y()
        d.rect(d.l_margin, y, d.w - d.l_margin - d.r_margin, 24)
        d.set_y(y + 2)
        d.text_line(st.upper(), 10, "B", align="C")
        d.text_line(CA, 14, "B", align="C")
        d.text_line(f"{unit}  -  {a1}, {a2}", 8.5, align="C")
        d.text_line(f"Consumer Hotline {f['ph']}  -  Fax {f['fax']}  -  www.dfp.calloway.example", 8, align="C")
        d.set_y(y + 27)
    elif dept == NA:
        d.text_line(st, 11, "I", align="C")
        d.text_line(NA, 15, "B", align="C")
        d.text_line(f"{unit}  |  {a1}  |  {a2}", 8.5, align="C")
        d.text_line(f"Tel. {f['ph']}   Fax {f['fax']}", 8.5, align="C")
        d.rule(0.5, 2)
    else:
        d.text_line("TDI", 26, "B")
        d.rule(1.0, 1)
        d.text_line(f"{TN}  -  {unit}", 10, "B")
        d.text_line(f"{a1}, {a2}  -  Toll free {f['ph']}  -  Fax {f['fax']}", 8.5)
    d.ln(5)


def pairs(d: Doc, rows: list[tuple[str, str | None]], lw: float = 50, size: float = 10) -> None:
    for k, v in rows:
        if v is None:
            continue
        d.font(size, "B")
        d.cell(lw, 5.3, k)
        d.font(size)
        d.multi_cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def dept_letter(f: dict, provider: str, service: str, amount: float | None, body: list[str], quote: str | None,
                closing: str, doc: str, denial, *, dalts=(), talts=(), deadline: dt.date | None = None,
                alts: dict | None = None, mstyle: str = "plain", fax: str | None = None,
                enclosure: bool = False) -> tuple[bytes, dict]:
    ins_name, ins_addr, naic = f["ins"]
    d = Doc("Times" if f["dept"] == NA else "Helvetica", footer="Page {p} of {n}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)
    rows = [("Complaint number:" if f["dept"] != NA else "File No.:", f["comp"]), ("Complainant:", f["name"]),
            ("Company:", f"{ins_name} (NAIC {naic})"), ("Insurer's claim no.:", f["claim"]),
            ("Member ID:", f["mid"]), ("Group no.:", f["grp"]), ("Provider:", provider),
            ("Date of service:", D(f, f["dos"])), ("Service:", service),
            ("Amount in dispute:" if amount else None, fmt_money(amount, mstyle) if amount else None),
            ("Complaint received:", D(f, f["received"]))]
    d.font(10.5, "B")
    d.cell(0, 6, "RE:", new_x="LMARGIN", new_y="NEXT")
    pairs(d, [(k, v) for k, v in rows if k])
    d.para(f"Dear {f['first']} {f['last']}:")
    for p in body:
        d.para(p)
    if quote:
        d.set_x(d.l_margin + 10)
        d.font(10, "I")
        d.multi_cell(d.w - d.l_margin - d.r_margin - 20, 4.9, quote, new_x="LMARGIN", new_y="NEXT")
        d.ln(3)
    d.para(closing)
    if enclosure:
        d.para(f"Enclosure: response of {ins_name} dated {D(f, f['resp'])}", 9.5)
    d.para("Our review of a complaint is limited to whether the company complied with the insurance laws of this "
           "state and the terms of the policy. We cannot give legal advice or decide questions of medical fact; you "
           "may wish to consult an attorney about any other remedies.", 9)
    d.para(f"Sincerely,\n{f['officer']}\nConsumer Services Officer\n{DEPT[f['dept']][1]}\n"
           f"Direct line {phone(f['r'])}", 10)
    d.para(f"cc: {ins_name}, Complaints Coordinator, {ins_addr}", 8.5)
    a = {"insurer": [f["dept"] if f["dept"] != TN else TN]}
    a.update(alts or {})
    t = truth(doc, denial, insurer=ins_name, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[f["comp"], f["claim"]], claim_amount=None if amount is None else m2(amount),
              service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=provider,
              appeal_deadline=None if deadline is None else iso(deadline), alternates=a,
              denial_alternates=list(dalts), type_alternates=list(talts))
    return pdf_bytes(d), t


def insurer_reply(f: dict, provider: str, amount: float, appeal_no: str) -> tuple[bytes, dict]:
    ins_name, ins_addr, naic = f["ins"]
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    d.text_line(ins_name, 15, "B")
    d.text_line(f"Regulatory Complaints Unit  -  {ins_addr}  -  NAIC {naic}", 8.5)
    d.rule(0.4, 4)
    d.text_line(D(f, f["resp"]), 10.5)
    d.ln(3)
    for ln in (f["officer"], "Consumer Services Officer", DEPT[f["dept"]][1], f["dept"], *DEPT[f["dept"]][2:]):
        d.text_line(ln, 10.5)
    d.ln(4)
    pairs(d, [("Re: Complaint", f["comp"]), ("Insured / patient:", f["name"]), ("Member ID:", f["mid"]),
              ("Group:", f["grp"]), ("Claim number:", f["claim"]), ("Appeal number:", appeal_no),
              ("Provider:", provider), ("Admission:", f"{D(f, f['dos'])} through "
                                                     f"{D(f, f['dos'] + dt.timedelta(days=f['stay']))}"),
              ("Billed charges:", fmt_money(amount))], lw=42)
    d.para(f"Dear {f['officer'].split()[0]} {f['officer'].split()[-1]}:")
    d.para(f"Thank you for your inquiry about the complaint of {f['first']} {f['last']}, received by our office "
           f"on {D(f, f['received'] + dt.timedelta(days=4))}. We have reviewed the file again and offer the "
           "following response.")
    d.para(f"{f['first']} {f['last']} was admitted to the inpatient rehabilitation unit of {provider} after a "
           "hip fracture repair. The request for inpatient rehabilitation was reviewed by a physician advisor "
           "board certified in physical medicine and rehabilitation. The records show the patient could take part "
           "in about one hour of therapy a day and needed help mainly with walking and transfers. Our medical "
           "policy for acute inpatient rehabilitation requires that the patient need and be able to take part in "
           "an intensive program of at least three hours of therapy a day, five days a week. The care could have "
           "been given safely in a skilled nursing facility, which is a covered level of care under the policy.")
    d.para(f"The member appealed and the denial was upheld on second review (appeal {appeal_no}). We have found "
           "no new information that changes our decision. The inpatient rehabilitation claim remains denied as "
           "not meeting the level of care criteria; skilled nursing facility benefits would have been available.")
    d.para("Our final adverse determination letter informed the member of the right to request an external "
           "review through the Department within four months. We believe our handling of this claim complied "
           "with the policy and with state law. Please contact me if you need anything further.")
    d.para(f"Sincerely,\nComplaints and Grievances Analyst\n{ins_name}\nPolicy form HMO-IR-2024 (ed. 01/24)", 10)
    t = truth("denial_letter", "level_of_care", insurer=ins_name, member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=[f["comp"], f["claim"], appeal_no], claim_amount=m2(amount),
              service_dates=[iso(f["dos"], f["dos"] + dt.timedelta(days=f["stay"]))], denial_date=iso(f["resp"]),
              provider=provider, appeal_deadline=None, denial_alternates=["medical_necessity"],
              alternates={"case_numbers": [[f["claim"], appeal_no]]})
    return pdf_bytes(d), t


EXT = ("If you disagree with the company's final decision, you may ask for an independent external review. "
       "A request for external review must be filed with this Department within four months after the date you "
       "received the company's final adverse determination. The form is enclosed and is also on our website.")


def documents(rng) -> list[Item]:
    items = []
    r = random.Random(223600)

    # 1. medical necessity denial upheld (born digital)
    f = facts(random.Random(223601), CA, "LM", "long")
    prov = "Thornbury Spine & Pain Institute"
    items.append(Item(f"{FAMILY}_bd_upheld_medical_necessity", "born_digital", [dept_letter(
        f, prov, "Lumbar spinal cord stimulator trial (63650)", 24780.00,
        [f"This letter concerns the complaint you filed with the Department about {f['ins'][0]}'s denial of "
         "the claim described above. We sent your complaint to the company and asked it to review the claim and "
         "explain its decision. The company's response says, in part:"],
        "\"The claim was denied because the member's records did not show a psychological evaluation or six months "
        "of conservative therapy before the trial, as our medical policy MP-112 requires. The denial was upheld on "
        "internal appeal. The service was not medically necessary under the terms of the certificate.\"",
        "We reviewed the response and the policy and found no violation of state insurance law. We are closing our "
        "file. " + EXT, "denial_letter", "medical_necessity", talts=["other"])]))

    # 2. reprocessed and paid (born digital)
    f = facts(random.Random(223602), NA, "PV", "slash")
    prov = "Greenhallow Allergy & Asthma Associates"
    items.append(Item(f"{FAMILY}_bd_reprocessed_and_paid", "born_digital", [dept_letter(
        f, prov, "Allergy testing and office visit", 1186.40,
        [f"Thank you for contacting the Bureau. As a result of our inquiry, {f['ins'][0]} reviewed the claim and "
         f"found that it was denied in error: {prov} joined the company's network before your visit, but the "
         "provider directory update had not reached its claims system, so the claim was denied as out of network. "
         f"The company's response, received on {D(f, f['resp'])}, states that the claim has been reprocessed at "
         "the in-network level and paid, less your copayment of $30.00, and that a new explanation of benefits "
         "has been mailed to you.",
         "Because the company has resolved your complaint, we are closing our file. If you receive a bill for more "
         "than your copayment for these services, please contact us and refer to the file number above."],
        None, "Thank you for bringing this matter to our attention.", "other", None, talts=["eob"],
        mstyle="nosign")]))

    # 3. out-of-network denial upheld (scan 300)
    f = facts(random.Random(223603), TN, "AG", "abbr")
    prov = "Castlereagh Fertility & Reproductive Surgery"
    items.append(Item(f"{FAMILY}_scan300_upheld_out_of_network", "scan_clean_300", [dept_letter(
        f, prov, "Laparoscopic excision of endometriosis", 16425.00,
        [f"We have completed our review of your complaint against {f['ins'][0]}. You complained that the company "
         "paid nothing toward your surgery. The company responded that your policy is an exclusive provider "
         f"organization (EPO) plan with no out-of-network benefits except for emergencies, that {prov} is not in "
         "its network, and that no network exception was requested before the surgery. The company's records show "
         "three in-network gynecologic surgeons within 40 miles of your home."],
        None,
        "Based on our review, the company's denial was consistent with the out-of-network terms of your policy and "
        "we are unable to require it to pay this claim. " + EXT, "denial_letter", "out_of_network",
        talts=["other"], mstyle="plain")]))

    # 4. late filing upheld, internal appeal still open (150 dpi)
    f = facts(random.Random(223604), CA, "EW", "iso")
    prov = "Ravensmoor Ambulatory Surgery Center"
    dl = f["notice"] + dt.timedelta(days=r.randint(40, 70))
    items.append(Item(f"{FAMILY}_lowres_late_filing_appeal_open", "scan_lowres_150", [dept_letter(
        f, prov, "Outpatient cataract surgery, right eye", 5290.00,
        [f"{f['ins'][0]} responded to your complaint on {D(f, f['resp'])}. It states that the claim from the "
         f"surgery center was first received {r.randint(200, 260)} days after the date of service, after the "
         "180-day filing limit in its provider agreement, and was denied for untimely filing. Under that agreement "
         "an in-network provider may not bill you for a claim denied for late filing.",
         "The company's records show you have not yet filed an internal appeal. Your right to appeal has not "
         f"expired: the company has agreed to accept your appeal if it is received by {D(f, dl)}."],
        None,
        "We are closing this complaint because the company's filing limit is permitted by state law. If the "
        "surgery center continues to bill you, send us a copy of the bill.", "denial_letter", "timely_filing",
        talts=["other"], deadline=dl, mstyle="usd")]))

    # 5. self-funded ERISA plan: no jurisdiction (photocopy)
    f = facts(random.Random(223605), NA, "BC", "dmy")
    prov = "Mapleford Behavioral Health Center"
    items.append(Item(f"{FAMILY}_copy_erisa_self_funded_no_jurisdiction", "photocopy", [dept_letter(
        f, prov, "Residential mental health treatment", 38900.00,
        [f"We contacted {f['ins'][0]} about your complaint that the claim above was denied as not covered under "
         "the plan's exclusion for wilderness and residential programs. The company told us that your employer's "
         f"plan is self-funded and that {f['ins'][0]} acts only as its claims administrator.",
         "Self-funded employer plans are governed by the federal Employee Retirement Income Security Act (ERISA), "
         "and state insurance law does not apply to them. The Office therefore has no jurisdiction over this "
         "complaint and cannot review the denial."],
        None,
        "You may contact the U.S. Department of Labor, Employee Benefits Security Administration (EBSA), which "
        "oversees these plans. The plan's appeal rights are described in your summary plan "
        "description and in the plan's denial letter. We are closing our file.", "other", None,
        talts=["denial_letter"], dalts=["not_covered"])]))

    # 6. fax stack: department letter + insurer's enclosed reply (level of care)
    f = facts(random.Random(223606), TN, "AG", "upper")
    f["stay"] = r.randint(9, 16)
    prov = "Saint Aurelia Rehabilitation Hospital"
    amt = 48215.60
    appeal_no = f"APL{digits(r, 8)}"
    head = f"{fmt_date(f['notice'], 'slash')}  09:52   TENNAWAY DOI HEALTH COMPLAINTS   {f['fax']}   PAGE"
    f_dept = dict(f)
    dl_doc = dept_letter(
        f_dept, prov, "Acute inpatient rehabilitation after hip fracture repair", amt,
        [f"The Department has received the response of {f['ins'][0]} to your complaint about its denial of "
         "your inpatient rehabilitation stay. A copy of the company's response is enclosed. In summary, the "
         "company states that the stay did not meet its criteria for acute inpatient rehabilitation and that the "
         "care could have been given in a skilled nursing facility."],
        None, "We have found no violation of the insurance laws of this state and are closing our file. " + EXT,
        "denial_letter", "level_of_care", dalts=["medical_necessity"], talts=["other"], fax=head + " 1",
        enclosure=True)
    # the department letter names the admission date only; the stay is in the enclosed reply
    items.append(Item(f"{FAMILY}_faxfine_stack_dept_letter_and_insurer_reply", "fax_fine_g4",
                      [dl_doc, insurer_reply(f, prov, amt, appeal_no)]))

    # 7. prior authorization denial upheld (rotated)
    f = facts(random.Random(223607), CA, "LM", "mdy_nopad")
    prov = "Obsidian Imaging Partners"
    items.append(Item(f"{FAMILY}_rotated_upheld_no_prior_authorization", "rotated", [dept_letter(
        f, prov, "MRI of the brain with and without contrast", 3412.75,
        [f"The Division asked {f['ins'][0]} to explain why it denied the claim for your MRI. The company's "
         "response says:"],
        "\"Advanced imaging requires prior authorization under the member's certificate of coverage. The ordering "
        "physician did not request authorization and the service was not an emergency. Because the imaging center "
        "is in network, the member is held harmless and may not be billed for the denied amount.\"",
        "Prior authorization requirements are allowed under state law when they are disclosed in the policy, as "
        "they were here. We consider this complaint resolved. " + EXT, "denial_letter", "prior_authorization",
        talts=["other"], mstyle="plain")]))
    return items
