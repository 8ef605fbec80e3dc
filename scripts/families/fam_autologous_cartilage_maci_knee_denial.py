"""Family 'autologous_cartilage_maci_knee_denial': autologous chondrocyte implantation of the knee (MACI, HCPCS
J7330 for the cultured cells, CPT 27412 for the open implantation, CPT 29870 for the arthroscopic cartilage
biopsy that comes first) seen through health plans, a third-party administrator and workers' compensation.

Documents: a two-page pre-service denial (BMI and defect-size criteria not met) with a key-value block at the top
right; a fine-fax stack of a cover sheet, an EOB paying the biopsy stage and denying the implant stage (the
authorization covered the biopsy only) and the orthopaedic group's statement of account; a photocopied boxed EOB
(labels above values) with three claims of which only the out-of-network surgery center's claim is denied; a
phone photo of a first-level appeal decision upholding an age and BMI denial (facts in sentences); a workers'
compensation utilization review determination certifying the biopsy and non-certifying the implantation; a
sideways two-column approval with a sidebar (nothing denied); a low-resolution TPA claim denial with a criteria
table (defect too small), deadline printed as an ISO date.

Decoys: dates of birth, dates requests were received, NPIs, medical policy numbers, WC policy numbers, dates of
injury, patient account numbers, paid claims, plan-paid / you-owe amounts, external review and expedited limits.
All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "autologous_cartilage_maci_knee_denial"
LANG = "en"
SEED = 282500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
D = dt.timedelta


class Page(Doc):
    def __init__(self, foot: str | None = None, head: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=head, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"1-{r.choice(['800', '844', '866', '877'])}-555-{r.digits(4)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    return dict(member=member, first=first, last=last, addr=r.address(),
                dob=dt.date(r.randint(1968, 2001), r.randint(1, 12), r.randint(1, 28)),
                day=dt.date(2026, 2, 2) + D(days=r.randint(0, 120)), npi=r.npi(), ph=ph(r))


def doctor(r: Rand) -> str:
    return r.person()[0]


def addr_block(d: Page, lines: list[str], size: float = 10) -> None:
    for ln in lines:
        d.text_line(ln, size, h=size * 0.5)


# ------------------------------------------------------------------ 0: two-page pre-service denial (born digital)
def doc_preservice(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Harrowgate Health Plan"
    mid, grp, ref = f"HGH{r.digits(9)}", f"{r.digits(6)}-{r.digits(3)}", f"UM{r.digits(8)}"
    doc = doctor(r) + ", MD"
    grpname = "Northfork Orthopaedic Associates"
    recv = f["day"]
    notice = recv + D(days=r.randint(4, 9))
    planned = notice + D(days=r.randint(20, 40))
    bmi, size = r.choice(["36.9", "37.4", "38.2"]), r.choice(["1.4", "1.6", "1.7"])
    d = Page(foot="HHP-UM-ADV-0326   Page {p} of {n}",
             head=f"Harrowgate Health Plan  |  {f['member']}  |  Reference {ref}")
    d.add_page()
    d.text_line("HARROWGATE", 20, "B", h=9)
    d.text_line("Health Plan", 11, h=5.5)
    d.text_line(f"Utilization Management  ·  PO Box 3320, Cedar Gap, WI 53702  ·  Fax {ph(r)}", 8.2, h=5)
    d.ln(6)
    y = d.get_y()
    addr_block(d, [f["member"], *f["addr"]], 10)
    d.set_y(y)
    for lab, val in [("Date of this letter", fmt_date(notice, "long")), ("Member ID", mid), ("Group", grp),
                     ("Reference number", ref), ("Date of birth", fmt_date(f["dob"], "slash")),
                     ("Request received", fmt_date(recv, "long"))]:
        d.set_x(112)
        d.font(8.6, "B")
        d.cell(36, 4.8, lab)
        d.font(8.6)
        d.cell(0, 4.8, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12, "B", h=7)
    d.text_line("Pre-service request: not approved", 10, h=6)
    d.ln(2)
    d.para(f"Dear {f['first']} {f['last']}:", 10.2)
    d.para(f"{doc} of {grpname} asked us to approve autologous cultured chondrocytes on a porcine collagen "
           f"membrane (MACI, HCPCS J7330) with open implantation into the right knee (CPT 27412), planned for "
           f"{fmt_date(planned, 'long')} at Cedar Gap Surgery Center. We reviewed the request and the records "
           "sent with it. We cannot approve it.", 10.2)
    d.text_line("Why we made this decision", 10.5, "B", h=6)
    d.para("Our medical policy for autologous chondrocyte implantation (MP-ORTH-114) covers the procedure as "
           "medically necessary only when all of the following are true: the member is 15 to 55 years old; there "
           "is a single symptomatic full-thickness cartilage defect of the femoral condyle or trochlea of at least "
           "2 square centimeters; the knee is stable and aligned; and the body mass index (BMI) is 35 or lower.",
           10.2)
    d.para(f"The MRI report and operative note sent to us describe a defect of {size} square centimeters on the "
           f"medial femoral condyle, and the office note of your surgeon records a BMI of {bmi}. Two criteria are "
           "not met, so the implantation is not medically necessary for you under the policy. Smaller defects "
           "can be treated with microfracture or an osteochondral autograft, which do not need prior approval "
           "when done in a network facility.", 10.2)
    d.para("A board-certified orthopaedic surgeon reviewed this request. Your doctor may call us to discuss the "
           "decision with the reviewer (peer-to-peer) at " + f["ph"] + ".", 10.2)
    d.add_page()
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para("You or someone you name to act for you may appeal. Your appeal must be sent within 180 days of the date "
           "of this letter. Send it to Harrowgate Health Plan, Appeals, PO Box 3324, Cedar Gap, WI 53702, or fax it "
           "to the number above. Include any records or a letter from your doctor that you want us to consider.",
           10.2)
    d.para("If your doctor believes waiting for a standard decision could seriously harm your health, you may ask "
           "for an expedited appeal; we will decide it within 72 hours. After our final decision you may ask for "
           "an external review by an independent review organization within 4 months.", 10.2)
    d.para("You may ask, free of charge, for copies of all documents relevant to this decision, including the "
           "medical policy and the diagnosis and procedure codes and their meanings. Asking for them is not an "
           "appeal. If your plan is governed by ERISA, you may bring a civil action under section 502(a) after "
           "your appeal.", 10.2)
    d.para(f"Requesting provider: {doc}, {grpname}, NPI {f['npi']}.", 9.5)
    d.para("Sincerely,\n\nUtilization Management Department\nHarrowgate Health Plan", 10.2)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[ref], service_dates=[iso(planned)], denial_date=iso(notice),
              provider=doc, appeal_deadline=iso(notice + D(days=180)),
              alternates={"provider": [grpname], "service_dates": [[]]}, denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 1: fax stack: EOB (biopsy paid, implant denied) + group statement
def stack_docs(r: Rand) -> list:
    f = base(r)
    ins = "Lantern Peak Assurance Company"
    grpname = "Cascade Joint & Sports Orthopaedics"
    doc = doctor(r)
    mid, grp = f"LPA-{r.digits(3)}-{r.digits(4)}-{r.digits(2)}", f"{r.letters(3)}{r.digits(4)}"
    c1, c2 = f"{r.digits(4)}{r.letters(1)}{r.digits(6)}", f"{r.digits(4)}{r.letters(1)}{r.digits(6)}"
    d1 = f["day"]
    d2 = d1 + D(days=r.randint(38, 50))
    stmt = d2 + D(days=r.randint(18, 26))
    b1 = [("29870", "Arthroscopy, knee, diagnostic, with biopsy", float(r.randint(2400, 3300)))]
    b2 = [("27412", "Autologous chondrocyte implantation, knee", float(r.randint(6800, 8900))),
          ("20985", "Computer-assisted navigation", float(r.randint(610, 880)))]
    bill1, bill2 = sum(x[2] for x in b1), sum(x[2] for x in b2)
    allow1 = round(bill1 * 0.61, 2)
    paid1, coins1 = round(allow1 * 0.8, 2), round(allow1 * 0.2, 2)
    d = Page(foot="Lantern Peak Assurance  ·  Explanation of Benefits  ·  This is not a bill  ·  {p}/{n}",
             margins=(13, 12, 13))
    d.add_page()
    d.text_line("Lantern Peak Assurance", 16, "B", h=8)
    d.text_line(f"{ins}  ·  Claims, PO Box 77140, Larch Hollow, MT 59601  ·  {f['ph']}", 8.2, h=4.6)
    d.rule(0.7, 3)
    d.text_line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 11.5, "B", h=7)
    y = d.get_y()
    addr_block(d, [f["member"], *f["addr"]], 9.4)
    d.set_y(y)
    for lab, val in [("Statement date", fmt_date(stmt, "dmy")), ("Member", f["member"]), ("Member ID", mid),
                     ("Group", grp), ("Date of birth", fmt_date(f["dob"], "dmy"))]:
        d.set_x(115)
        d.font(8.8, "B")
        d.cell(32, 4.8, lab + ":")
        d.font(8.8)
        d.cell(0, 4.8, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    head = ["Service date", "Code", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Note"]
    w = [23, 13, 62, 20, 19, 19, 18, 12]
    d.font(9, "B")
    d.cell(0, 5.5, f"Claim {c1}  -  {grpname}  -  Stage 1: cartilage biopsy", new_x="LMARGIN", new_y="NEXT")
    d.table(head, [[fmt_date(d1, "dmy"), c, s, fmt_money(b), fmt_money(allow1), fmt_money(paid1), fmt_money(coins1),
                    "A1"] for c, s, b in b1], w, size=7.8, aligns="LLLRRRRL", head_fill=True)
    d.font(9, "B")
    d.cell(0, 5.5, f"Claim {c2}  -  {grpname}  -  Stage 2: implantation", new_x="LMARGIN", new_y="NEXT")
    rows = [[fmt_date(d2, "dmy"), c, s, fmt_money(b), "$0.00", "$0.00", fmt_money(b), "P7"] for c, s, b in b2]
    rows.append(["*Claim total", "", "", fmt_money(bill2), "$0.00", "$0.00", fmt_money(bill2), ""])
    d.table(head, rows, w, size=7.8, aligns="LLLRRRRL", head_fill=True)
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para("A1  Paid at the in-network benefit after your deductible; your share is 20% coinsurance.", 8.5, gap=1)
    d.para(f"P7  Prior authorization was not obtained. Authorization on file covers only the arthroscopic "
           f"cartilage biopsy (29870) performed {fmt_date(d1, 'dmy')}. The implantation stage (27412) needs its own "
           "approval before surgery, and none was requested. Ask your provider about this charge before you "
           "pay it.", 8.5)
    d.text_line("If you disagree", 9.5, "B", h=5.5)
    d.para("You may appeal within 180 days of the date of this statement. Write to Lantern Peak Appeals, PO Box "
           "77144, Larch Hollow, MT 59601. Urgent appeals are decided within 72 hours. Provider NPI "
           f"{f['npi']}.", 8.5)
    t1 = truth("eob", "prior_authorization", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
               case_numbers=[c2], claim_amount=m2(bill2), service_dates=[iso(d2)], denial_date=iso(stmt),
               provider=grpname, appeal_deadline=iso(stmt + D(days=180)),
               alternates={"claim_amount": [m2(b2[0][2])]})
    eob = (pdf_bytes(d), t1)

    sdate = stmt + D(days=r.randint(9, 16))
    acct = f"{r.digits(6)}"
    s = Page(margins=(15, 14, 15))
    s.add_page()
    s.text_line("Cascade Joint & Sports Orthopaedics", 14.5, "B", h=7)
    s.text_line(f"Business Office · 1180 Riverbend Parkway, Suite 300, Larch Hollow, MT 59601 · {ph(r)}", 8.3, h=4.6)
    s.ln(4)
    s.boxes([("Statement date", fmt_date(sdate, "abbr"), 40), ("Account no.", acct, 32),
             ("Guarantor", f["member"], 56), ("Please pay", fmt_money(bill2), 30), ("Due", "Upon receipt", 26)])
    s.ln(4)
    s.para(f"Patient: {f['member']}     Surgeon: {doc}, MD\nPrimary insurance: Lantern Peak Assurance   ID {mid}",
           9.2)
    rows = [[fmt_date(d1, "abbr"), "29870", "Knee arthroscopy with cartilage biopsy", fmt_money(bill1)],
            ["", "", f"Insurance payment, claim {c1}", "-" + fmt_money(paid1)],
            ["", "", "Contractual adjustment", "-" + fmt_money(round(bill1 - allow1, 2))],
            ["", "", "Patient payment - thank you", "-" + fmt_money(coins1)]]
    rows += [[fmt_date(d2, "abbr"), c, x, fmt_money(b)] for c, x, b in b2]
    rows += [["", "", f"Insurance denied, claim {c2}: no authorization", "$0.00"],
             ["*Balance", "", "", fmt_money(bill2)]]
    s.table(["Date", "Code", "Description", "Amount"], rows, [30, 18, 100, 32], size=8.6, aligns="LLLR")
    s.para("Your insurance did not pay for the second stage of your cartilage procedure. Our office is asking "
           "your plan to reconsider, and we will not send this balance to collections while the appeal is open. "
           "If you have questions, call the business office.", 9)
    t2 = truth("other", None, member_id=mid, member_name=f["member"], case_numbers=[c2], claim_amount=m2(bill2),
               service_dates=[iso(d2)], denial_date=iso(sdate), provider=grpname, unscored=["insurer"],
               alternates={"case_numbers": [[], [c1, c2]], "service_dates": [[iso(d1), iso(d2)]],
                           "provider": [doc], "member_id": [None]})
    return [eob, (pdf_bytes(s), t2)]


# ------------------------------------------------------------------ 2: boxed EOB, three claims, OON facility denied
def doc_boxed_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Meridale Mutual Insurance Company"
    mid, grp = f"{r.letters(1)}{r.digits(8)}", f"{r.digits(5)}"
    asc = "Brookhollow Surgery Center"
    issued = f["day"] + D(days=r.randint(30, 44))
    d_ov = f["day"] - D(days=r.randint(40, 60))
    d_mri = d_ov + D(days=r.randint(5, 12))
    claims = [(f"{r.digits(11)}", "Tallis Creek Orthopedics", d_ov, [("99214", "Office visit, est.", 285.0)], True),
              (f"{r.digits(11)}", "Meridale Imaging Partners", d_mri, [("73721", "MRI knee w/o contrast",
                                                                        float(r.randint(1400, 2100)))], True),
              (f"{r.digits(11)}", asc, f["day"], [("27412", "Chondrocyte implant, facility", float(r.randint(9000, 14000))),
                                                  ("J7330", "Autologous chondrocytes", float(r.randint(42000, 51000)))],
               False)]
    d = Page(foot="Meridale Mutual  ·  EOB  ·  Page {p} of {n}", margins=(12, 12, 12))
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.set_text_color(255, 255, 255)
    d.font(15, "B")
    d.cell(0, 10, "  MERIDALE MUTUAL", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.text_line(f"{ins} · PO Box 4102, Harlan Ferry, OH 43017 · Member Services {f['ph']}", 8, h=5)
    d.ln(2)
    d.text_line("Explanation of Benefits", 13, "B", h=7)
    d.boxes([("Date issued", issued.strftime("%m/%d/%y"), 28), ("Patient", f["member"], 54),
             ("Identification number", mid, 40), ("Group", grp, 24), ("Plan", "Meridale Select EPO", 46)])
    d.boxes([("Patient date of birth", fmt_date(f["dob"], "short"), 40), ("Claims on this statement", "3", 38),
             ("Network", "Select EPO (no out-of-network benefits)", 114)])
    d.ln(4)
    for no, prov, day, lines, paid in claims:
        d.boxes([("Claim number", no, 46), ("Provider", prov, 70), ("Date of service", day.strftime("%m/%d/%y"), 36),
                 ("Status", "Processed - paid" if paid else "Denied", 40)], h=10, value_size=9)
        rows = []
        for c, s, b in lines:
            a = round(b * 0.55, 2) if paid else 0.0
            rows.append([c, s, fmt_money(b, "nosign"), fmt_money(a, "nosign"), fmt_money(round(a * 0.9, 2), "nosign"),
                         fmt_money(round(a * 0.1, 2) if paid else b, "nosign"), "" if paid else "ON4"])
        if len(lines) > 1:
            tb = sum(x[2] for x in lines)
            rows.append(["*Total", "", fmt_money(tb, "nosign"), "0.00", "0.00", fmt_money(tb, "nosign"), ""])
        d.table(["Code", "Service", "Charged", "Allowed", "Paid", "Member resp.", "Code"], rows,
                [18, 60, 24, 22, 22, 26, 14], size=8, aligns="LLRRRRL")
    d.text_line("Message codes", 9.5, "B", h=5.5)
    d.para(f"ON4  {asc} is not in the Select EPO network. Your plan pays for services from out-of-network providers "
           "only for emergencies or when we approved the out-of-network provider in advance. No such approval is on "
           "file, so these charges are not covered and the facility may bill you.", 8.4)
    d.para("To appeal, write to us within 180 days from the date you receive this EOB. Keep this statement for your "
           "records.", 8.4)
    no, prov, day, lines, _ = claims[2]
    t = truth("eob", "out_of_network", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[no], claim_amount=m2(sum(x[2] for x in lines)), service_dates=[iso(day)],
              denial_date=iso(issued), provider=asc,
              alternates={"appeal_deadline": [iso(issued + D(days=180))], "insurer": ["Meridale Mutual"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 3: phone photo: first-level appeal upheld
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    f["dob"] = dt.date(r.randint(1966, 1968), r.randint(1, 12), r.randint(1, 28))
    ins = "Ostrander Health Cooperative"
    mid, grp = f"OHC{r.digits(8)}", f"{r.digits(4)}"
    orig, appeal = f"PA-{r.digits(7)}", f"AP-{r.digits(7)}"
    doc = doctor(r)
    first = f["day"]
    recv = first + D(days=r.randint(20, 40))
    notice = recv + D(days=r.randint(18, 28))
    planned = notice + D(days=r.randint(25, 50))
    age = 2026 - f["dob"].year - 1
    d = Page(margins=(22, 18, 22))
    d.add_page()
    d.text_line("Ostrander Health Cooperative", 14, "B", h=7)
    d.text_line("Member Appeals · 600 Granary Row · Millbrook, VT 05602", 8.8, h=4.6)
    d.ln(7)
    d.text_line(fmt_date(notice, "dmy"), 10, h=6)
    d.ln(2)
    addr_block(d, [f["member"], *f["addr"]], 10)
    d.ln(4)
    d.para(f"Member ID {mid}   Group {grp}   Appeal {appeal}", 10, gap=4)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para(f"On {fmt_date(recv, 'dmy')} we received your appeal of our {fmt_date(first, 'dmy')} decision "
           f"(reference {orig}) not to approve matrix-induced autologous chondrocyte implantation of the left knee "
           f"(27412 and J7330) requested by Dr. {doc} and scheduled for {fmt_date(planned, 'dmy')}.", 10)
    d.para("An orthopaedic surgeon who was not involved in the first decision reviewed your appeal, your surgeon's "
           "letter and your records. We are upholding our decision. Our coverage criteria limit this procedure "
           f"to members aged 15 to 55 with a body mass index under 35. You are {age} years old and your records "
           f"list a BMI of {r.choice(['35.8', '36.4', '35.5'])}. Your surgeon's letter explains that your knee "
           "pain limits your work, but it does not show that the criteria are met. The procedure is not medically "
           "necessary for you under our policy.", 10)
    d.para("This is our final internal decision. You may ask for an independent external review within four months "
           "of the date you receive this letter by writing to the Department of Financial Regulation. If your "
           "situation is urgent, an expedited external review is decided within 72 hours.", 10)
    d.para(f"If you have questions, call Member Services at {f['ph']}.", 10)
    d.para("Sincerely,\nAppeals Coordinator\nOstrander Health Cooperative", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[appeal, orig], service_dates=[iso(planned)],
              denial_date=iso(notice), provider=doc,
              alternates={"case_numbers": [[appeal]], "service_dates": [[]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 4: workers' compensation UR determination
def doc_wc_ur(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ur = "Thistledown Review Services, LLC"
    carrier = "Quarrystone Casualty Company"
    claim, urref = f"WC-{r.digits(2)}-{r.digits(6)}", f"TRS{r.digits(7)}"
    policy = f"QCC {r.digits(7)}"
    doi = f["day"] - D(days=r.randint(200, 300))
    rfa = f["day"]
    notice = rfa + D(days=r.randint(3, 5))
    doc = doctor(r) + ", DO"
    d = Page(foot="TRS-UR-7 (rev. 01/2026)   page {p} of {n}", margins=(16, 14, 16))
    d.add_page()
    d.text_line("THISTLEDOWN", 17, "B", h=8)
    d.text_line("Review Services, LLC", 10, h=5)
    d.text_line(f"Utilization review agent for {carrier}  ·  Fax {ph(r)}", 8.3, h=4.6)
    d.rule(0.5, 4)
    d.text_line("UTILIZATION REVIEW DETERMINATION", 12, "B", h=7)
    for lab, val in [("Date of determination", fmt_date(notice, "slash")), ("Injured worker", f["member"]),
                     ("Claim number", claim), ("Date of injury", fmt_date(doi, "slash")),
                     ("Employer", "Haverstock Freight Lines"), ("Policy number", policy),
                     ("UR reference no.", urref), ("Requesting physician", doc),
                     ("RFA received", fmt_date(rfa, "slash"))]:
        d.font(9.2, "B")
        d.cell(46, 5, lab)
        d.font(9.2)
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.table(["Requested treatment", "Qty", "Decision", "Guideline"],
            [["29870 Arthroscopy, right knee, with cartilage biopsy", "1", "CERTIFIED", "ODG Knee"],
             ["27412 Autologous chondrocyte implantation, right knee", "1", "NON-CERTIFIED", "ODG Knee"],
             ["J7330 Autologous cultured chondrocytes (MACI)", "1", "NON-CERTIFIED", "ODG Knee"]],
            [96, 12, 32, 38], size=8.6, border_head="TB")
    d.text_line("Clinical basis for the non-certification", 10, "B", h=6)
    d.para("The guideline recommends autologous chondrocyte implantation only for a full-thickness defect larger "
           "than 2 square centimeters after a failed first-line repair, in a worker under 55 with a BMI under 35. "
           "The records describe a first-time defect, no prior microfracture or debridement, and an unmeasured "
           "defect size. The biopsy is certified so that the defect can be measured; implantation is not "
           "medically necessary at this time. A new request may be sent with the arthroscopic findings.", 9.6)
    d.para(f"Reviewer: Leopold V. Marchetti, MD, board certified in orthopaedic surgery. Peer-to-peer attempted "
           f"{fmt_date(notice, 'slash')}. Adjuster: Marisol Greer, {carrier}.", 9.2)
    d.text_line("Your rights", 10, "B", h=6)
    d.para("You or the requesting physician may ask for an internal appeal within 60 days of the date of this letter "
           "by writing to Thistledown Review Services at the fax above. You may instead ask the state workers' "
           "compensation agency for independent medical review within 30 days after this letter is served. "
           "Expedited review applies only when there is an imminent threat to health.", 9.6)
    d.para(f"cc: {doc}; Haverstock Freight Lines; {carrier}", 8.6)
    t = truth("denial_letter", "medical_necessity", insurer=ur, member_name=f["member"],
              case_numbers=[claim, urref], denial_date=iso(notice), provider=doc,
              appeal_deadline=iso(notice + D(days=60)),
              alternates={"insurer": [carrier], "plan_id": [policy], "case_numbers": [[claim], [urref]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 5: sideways two-column approval (nothing denied)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Larkspur Health Partners"
    mid, grp, auth = f"{r.digits(3)}-{r.digits(3)}-{r.digits(3)}", f"LHP{r.digits(5)}", f"A{r.digits(9)}"
    doc = doctor(r)
    fac = "Larkspur Valley Orthopedic Surgery Center"
    notice = f["day"]
    start = notice + D(days=r.randint(10, 20))
    end = start + D(days=89)
    d = Page(margins=(12, 12, 12))
    d.add_page()
    d.set_fill_color(232, 232, 232)
    d.rect(12, 12, 52, 250, style="F")
    d.set_xy(15, 16)
    d.font(13, "B")
    d.multi_cell(46, 6, "Larkspur\nHealth\nPartners", new_x="LEFT", new_y="NEXT")
    d.ln(6)
    d.font(8)
    side = (f"Questions?\nMember Services\n{f['ph']}\nTTY 711\n\nPrior Authorization\nFax {ph(r)}\n\n"
            f"Mail\nPO Box 915\nAspen Flats, CO 81611\n\nMember ID\n{mid}\n\nGroup\n{grp}\n\nDate of birth\n"
            f"{fmt_date(f['dob'], 'iso')}")
    d.set_x(15)
    d.multi_cell(46, 4.4, side, new_x="LEFT", new_y="NEXT")
    d.set_left_margin(72)
    d.set_xy(72, 18)
    d.text_line(fmt_date(notice, "iso"), 10, h=6)
    d.ln(3)
    addr_block(d, [f["member"], *f["addr"]], 10)
    d.ln(6)
    d.text_line("Your request is approved", 13, "B", h=7)
    d.ln(1)
    d.para(f"Dear {f['first']} {f['last']}, we have approved the service below that Dr. {doc} asked for. Please keep "
           "this letter.", 10)
    d.table(["", ""], [["Authorization number", auth], ["Service", "MACI implantation, left knee"],
                       ["Codes", "27412, J7330 (1 unit)"], ["Facility", fac + " (in network)"],
                       ["Approved from", fmt_date(start, "iso")], ["Approved through", fmt_date(end, "iso")]],
            [44, 82], size=9, border_head="")
    d.para("The surgery must take place between the dates above. If it is moved outside these dates, your doctor "
           "must ask us to extend the approval. This approval is not a promise of payment; benefits depend on your "
           "eligibility on the date of service and the terms of your plan, including your deductible and "
           "coinsurance.", 9.6)
    d.para("Your first-stage cartilage biopsy was approved earlier under a separate number and has been paid.", 9.6)
    d.para("Sincerely,\nClinical Review Team\nLarkspur Health Partners", 9.6)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[auth], service_dates=[iso(start, end)], denial_date=iso(notice), provider=doc,
              alternates={"service_dates": [[], [iso(start)]], "provider": [fac]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 6: TPA claim denial with a criteria table
def doc_tpa(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    tpa = "Pinewold Benefit Services"
    plan = "Carraway Foods Employee Medical Plan"
    mid, grp, claim = f"PBS{r.digits(8)}", f"CFEMP-{r.digits(2)}", f"{r.digits(3)}-{r.digits(6)}-{r.digits(2)}"
    hosp = "Crescent Ridge Surgical Hospital"
    doc = doctor(r)
    dos = f["day"]
    notice = dos + D(days=r.randint(30, 45))
    by = notice + D(days=180)
    lines = [("0360 / 27412", "Operating room, chondrocyte implantation", float(r.randint(8800, 12500))),
             ("0636 / J7330", "Autologous cultured chondrocytes", float(r.randint(43000, 49500))),
             ("0370", "Anesthesia", float(r.randint(1500, 2400)))]
    total = sum(x[2] for x in lines)
    d = Page(foot=f"{tpa}  ·  claim {claim}", margins=(18, 15, 18))
    d.add_page()
    d.text_line(tpa, 14, "B", h=7)
    d.text_line(f"Claims administrator for the {plan}", 9, h=5)
    d.text_line(f"1400 Tanager Blvd, Ste 12, Oak Shoals, NC 27513 · {f['ph']}", 8.6, h=4.8)
    d.ln(6)
    addr_block(d, [f["member"], *f["addr"]], 10)
    d.ln(4)
    d.table(["Letter date", "Claim", "Member ID", "Group", "Patient"],
            [[fmt_date(notice, "iso"), claim, mid, grp, f["member"]]], [28, 38, 34, 26, 48], size=8.8,
            border_head="TB")
    d.text_line("Claim denied: criteria not met", 11.5, "B", h=7)
    d.para(f"We received a claim from {hosp} for your knee surgery on {fmt_date(dos, 'iso')}. The plan covers "
           f"autologous chondrocyte implantation only when its written criteria are met. Dr. {doc}'s records were "
           "compared with them:", 9.8)
    d.table(["Criterion", "Plan requires", "Your records", "Met?"],
            [["Age", "15-55", str(2026 - f["dob"].year - 1), "Yes"],
             ["Defect size", "2.0 cm2 or more", r.choice(["1.2", "1.5", "1.8"]) + " cm2", "No"],
             ["Body mass index", "35 or less", r.choice(["27.9", "31.2", "29.4"]), "Yes"],
             ["Prior repair failed", "Required", "Microfracture 2024", "Yes"]],
            [46, 40, 40, 20], size=8.8, border_head="TB")
    d.para("Because the defect was smaller than the plan requires, the surgery was not medically necessary under "
           "Section 7.3 of the Summary Plan Description, and the plan will not pay the charges below.", 9.8)
    rows = [[c, s, fmt_money(b, "usd")] for c, s, b in lines] + [["*Total billed", "", fmt_money(total, "usd")]]
    d.table(["Rev / HCPCS", "Description", "Billed"], rows, [34, 100, 36], size=8.6, aligns="LLR")
    d.text_line("How to appeal", 10, "B", h=6)
    d.para(f"Your written appeal must reach us by {fmt_date(by, 'iso')}. You may send records and a letter from "
           "your doctor. You may ask for copies of the criteria and of your claim file free of charge. After the "
           "appeal you have the right to bring a civil action under ERISA section 502(a).", 9.6)
    t = truth("denial_letter", "medical_necessity", insurer=tpa, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[claim], claim_amount=m2(total), service_dates=[iso(dos)],
              denial_date=iso(notice), provider=hosp, appeal_deadline=iso(by),
              alternates={"insurer": [plan], "provider": [doc]}, type_alternates=["eob"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_preservice, "preservice_two_page", "born_digital"),
              (2, doc_boxed_eob, "boxed_eob_oon_asc", "photocopy"),
              (3, doc_appeal, "appeal_upheld_photo", "phone_photo"),
              (4, doc_wc_ur, "wc_ur_determination", "scan_clean_300"),
              (5, doc_approval, "approval_sidebar", "rotated"),
              (6, doc_tpa, "tpa_criteria_table", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, Item(f"{FAMILY}_fax_stack_eob_statement", "fax_fine_g4", stack_docs(Rand(SEED + 1)),
                         separators=["cover", None]))
    return items
