"""New York no-fault auto insurance "Denial of Claim" (NF-10 style) forms and related letters, mirrored for
structure and wording only.

An invented auto insurer (Tappan Bay Casualty Insurance Company) denies medical bills submitted under the New
York no-fault (personal injury protection) benefit after a car accident: benefits cut off after an independent
medical examination (IME), a bill above the fee schedule, a bill submitted late, an applicant who is not an
eligible injured person, and an IME no-show. The forms point to arbitration or a court action; there is no
internal appeal deadline. The Department of Financial Services and the arbitration forum appear only as
themselves. Every person, provider, policy, claim, phone and address is invented.

Documents (8 in 7 files):
- ime_boxes: NF-10 form in numbered boxes, physical therapy cut off after an IME (born digital)
- fee_schedule_tearoff: two-page NF-10 (label column) with a chiropractic bill reduced to the fee schedule,
  page 2 a tear-off arbitration request with the claim and policy pre-printed
- late_bill_letter: letter to an acupuncture practice, facts only in sentences, bill submitted after 45 days
- motorcycle_notice: notice to the applicant, right-aligned header block, left "Questions?" sidebar,
  emergency room bill denied (motorcycle operator is not an eligible injured person)
- payment_ledger: benefit ledger with a claims table (wrapped headings, several providers, totals, one row
  denied after an IME, remark code explained)
- paid_letter: letter that a bill was paid after verification arrived (denies nothing)
- stack: fax cover, NF-10 denying an MRI bill after two IME no-shows, the MRI centre's letter to the insurer
  (fed upside down), a blank separator
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddg_famdgd import blank_lines, boxed_panel, fax_header, hrule, numbered_boxes, right_header
from public_kit import Page, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "new_york_no_fault_nf10_denial_of_claim"
LANG = "en"
SEED = 350903

INS = "Tappan Bay Casualty Insurance Company"
INS_ADDR = ["No-Fault Claims Unit, 2200 Vanderlyn Parkway, Suite 410", "Hauppauge, NY 11788"]
RIGHTS = ("Arbitration: If this claim is denied in whole or in part, you may submit the dispute to arbitration "
          "under the no-fault regulation by filing a request with the designated arbitration organization, or you "
          "may start a lawsuit in a court of competent jurisdiction. Questions about the handling of your claim may "
          "be sent to the New York State Department of Financial Services, Consumer Assistance Unit.")
FRAUD = ("Any person who knowingly and with intent to defraud any insurance company files an application or "
         "statement of claim containing materially false information is guilty of a crime.")


def _policy(r: random.Random) -> str:
    return f"NY{digits(r, 4)}{digits(r, 4)}{r.randint(10, 99)}"


def _claim(r: random.Random) -> str:
    return f"{r.randint(1000, 9899)}-{digits(r, 5)}-NF"


def _ctx(r: random.Random) -> dict:
    name, first, mid, last = person(r)
    holder = person(r)[0]
    acc = dt.date(2025, 10, 1) + dt.timedelta(days=r.randint(0, 40))
    dob = dt.date(r.randint(1958, 2001), r.randint(1, 12), r.randint(1, 28))
    return {"name": name, "first": first, "mid": mid, "last": last, "holder": holder, "acc": acc, "dob": dob,
            "policy": _policy(r), "claim": _claim(r)}


def _letterhead(p: Page, size: float = 13) -> None:
    p.line(INS.upper(), size, "B")
    for a in INS_ADDR:
        p.line(a, 8.5)
    p.line("Tel (631) 555-0148   Fax (631) 555-0149   TTY 711", 8.5)
    p.ln(2)


def doc_ime_boxes(r: random.Random):
    c = _ctx(r)
    prov, npi, tin = "Orchard Ridge Physical Therapy, P.C.", "1" + digits(r, 9), f"{r.randint(11, 99)}-{digits(r, 7)}"
    ime_doc = "Dr. Wallace T. Brennan"
    s1 = plus(c["acc"], r.randint(20, 30))
    s2 = plus(s1, r.randint(18, 26))
    ime = plus(s1, r.randint(3, 8))
    recd = plus(s2, r.randint(5, 12))
    deny = plus(recd, r.randint(10, 25))
    billed = float(r.choice([1480, 1620, 1755])) + r.choice([0, 0.5])
    p = Page(footer=None, footer_left="NF-10 (rev. mirrored)  Tappan Bay Casualty  TBC-NF10-0119")
    p.add_page()
    p.set_margins(12, 10, 12)
    p.set_xy(12, 10)
    p.line(INS, 11, "B")
    p.line(INS_ADDR[0] + ", " + INS_ADDR[1], 8)
    p.ln(1)
    p.line("NEW YORK MOTOR VEHICLE NO-FAULT INSURANCE LAW", 10, "B", align="C")
    p.line("DENIAL OF CLAIM FORM", 12, "B", align="C")
    p.line("[X] Full denial   [ ] Partial denial", 8.5, align="C")
    p.ln(2)
    rows = [
        [("1. POLICYHOLDER", c["holder"], 70), ("2. POLICY NUMBER", c["policy"], 60), ("3. DATE OF ACCIDENT",
                                                                                     fdate(c["acc"], "slash"), 62)],
        [("4. INJURED PERSON", c["name"], 70), ("5. DATE OF BIRTH", fdate(c["dob"], "slash"), 60),
         ("6. CLAIM NUMBER", c["claim"], 62)],
        [("7. APPLICANT FOR BENEFITS / ASSIGNEE", prov, 122), ("8. NPI  /  TAX ID", f"{npi} / {tin}", 70)],
        [("9. DATE(S) OF SERVICE", f"{fdate(s1, 'slash')} - {fdate(s2, 'slash')}", 58),
         ("10. AMOUNT OF CLAIM", money(billed), 42), ("11. DATE BILL RECEIVED", fdate(recd, "slash"), 46),
         ("12. AMOUNT DENIED", money(billed), 46)],
        [("13. DATE OF DENIAL", fdate(deny, "slash"), 58), ("14. CLAIM REPRESENTATIVE", "K. Osterhout, ext. 4471",
                                                            88), ("15. POLICY PERIOD", "01/01/2025 - 12/31/2025", 46)],
    ]
    for row in rows:
        numbered_boxes(p, row)
    p.ln(2)
    p.f(6.2)
    p.cell(0, 3, "16. REASON(S) FOR DENIAL", new_x="LMARGIN", new_y="NEXT")
    p.para(f"An independent medical examination in physical therapy was performed on {fdate(ime, 'long')} by "
           f"{ime_doc}. Based on that examination, further physical therapy is not medically necessary. Benefits for "
           f"physical therapy rendered after {fdate(ime, 'slash')} are denied. A copy of the IME report was sent to "
           "the applicant and the attorney of record. The bill listed in box 9 is denied in full.", 9.2)
    p.f(6.2)
    p.cell(0, 3, "17. VERIFICATION", new_x="LMARGIN", new_y="NEXT")
    p.para("All verification previously requested has been received.", 9)
    hrule(p)
    p.ln(1)
    p.para(RIGHTS, 8.3)
    p.para("If you wish to dispute this denial you should contact the claim representative named in box 14 at "
           "(631) 555-0148. Please include the claim number on all correspondence.", 8.3)
    p.para(FRAUD, 7.4)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=c["policy"], member_name=c["name"],
              cases=[c["claim"]], claim_amount=m2(billed), service_dates=[span(s1, s2)], denial_date=deny.isoformat(),
              provider=prov, alternates={"member_id": [None]})
    return out(p), t


def doc_fee_schedule(r: random.Random):
    c = _ctx(r)
    prov = "Harmon Street Chiropractic, PLLC"
    treating = "Dr. Nadia K. Featherstone, D.C."
    s1 = plus(c["acc"], r.randint(9, 20))
    s2 = plus(s1, r.randint(14, 28))
    recd = plus(s2, r.randint(4, 10))
    deny = plus(recd, r.randint(14, 28))
    billed = float(r.choice([1845, 2110, 1960])) + r.choice([0, 0.25])
    allowed = round(billed * r.uniform(0.48, 0.6), 2)
    pol_print = f"{c['policy'][:6]} {c['policy'][6:10]} {c['policy'][10:]}"
    p = Page(serif=True, footer="Page {n} of {nb}", footer_left=f"Claim {c['claim']}  |  Form NF-10")
    p.add_page()
    p.set_margins(22, 18, 22)
    p.set_xy(22, 18)
    _letterhead(p, 12)
    p.line("DENIAL OF CLAIM  -  NEW YORK NO-FAULT", 12.5, "B")
    p.line("[ ] Full   [X] Partial", 9)
    p.ln(2)
    p.pairs([("Policyholder", c["holder"]), ("Policy No.", pol_print), ("Date of accident", fdate(c["acc"], "long")),
             ("Injured person", f"{c['name']}  (DOB {fdate(c['dob'], 'slash')})"), ("Claim No.", c["claim"]),
             ("Applicant / assignee", prov), ("Treating provider", treating),
             ("Services", f"Chiropractic treatment {fdate(s1, 'slash')} to {fdate(s2, 'slash')}"),
             ("Amount billed", money(billed)), ("Amount paid", f"{money(allowed)}  (check mailed with this form)"),
             ("Amount denied", money(billed - allowed)), ("Bill received", fdate(recd, "long")),
             ("Date of this denial", fdate(deny, "long"))], label_w=50, size=9.5, h=5.6)
    p.ln(2)
    p.heading("Reason for denial", 10.5)
    p.para(f"The fees charged exceed the amounts permitted by the workers' compensation medical fee schedule made "
           f"applicable to no-fault claims. Chiropractic manipulation was billed with an evaluation code on each date "
           f"of service; the evaluation code is not separately payable with a same-day treatment. The allowed amount of "
           f"{money(allowed)} has been paid and the balance of {money(billed - allowed)} is denied. The provider may not "
           "bill the injured person for the denied balance.", 9.6)
    p.para(RIGHTS, 8.8)
    p.para(FRAUD, 7.8)
    p.add_page()
    p.line("REQUEST FOR ARBITRATION OR RECONSIDERATION", 12, "B")
    p.line("Detach along the line and return to the address on page 1 or to the arbitration organization.", 8.5)
    p.ln(3)
    p.set_dash_pattern(2, 1.5)
    hrule(p)
    p.set_dash_pattern()
    p.ln(4)
    p.boxed_pairs([("Claim number", c["claim"]), ("Policy number", pol_print), ("Injured person", c["name"]),
                   ("Date of accident", fdate(c["acc"], "slash"))], label_w=50, size=9.5)
    p.para("Complete the lines below. Attach the bill, this denial and any medical records you want considered.", 9)
    blank_lines(p, ["Name of person asking", "Relationship to injured person", "Address", "Telephone",
                    "Amount in dispute", "Why you disagree", "", "Signature and date"])
    t = truth("denial_letter", "coding_error", insurer=INS, member_id=c["policy"], member_name=c["name"],
              cases=[c["claim"]], claim_amount=m2(billed), service_dates=[span(s1, s2)], denial_date=deny.isoformat(),
              provider=prov, alternates={"member_id": [None], "provider": [treating]},
              denial_alternates=["other"])
    return out(p), t


def doc_late_bill(r: random.Random):
    c = _ctx(r)
    prov = "Lotus Gate Acupuncture, P.C."
    s1 = plus(c["acc"], r.randint(10, 20))
    s2 = plus(s1, r.randint(15, 24))
    recd = plus(s2, r.randint(70, 90))
    deny = plus(recd, r.randint(8, 20))
    billed = float(r.choice([2310, 1980, 2475]))
    ref = f"TBC-NF-{deny.year}-{digits(r, 6)}"
    head, tail = ref[:12], ref[12:]
    p = Page(footer=None)
    p.add_page()
    fax_header(p, f"{fdate(deny, 'short')} 10:42   FROM: TAPPAN BAY NF UNIT 631 555 0149   TO: 718 555 0163   P. 1/1")
    _letterhead(p, 12)
    p.line(fdate(deny, "long"), 10)
    p.ln(3)
    for a in [prov, "Attn: Billing Department", "41-17 Ketterer Avenue, Second Floor", "Flushing, NY 11355"]:
        p.line(a, 10)
    p.ln(4)
    lines = [
        "Dear Provider:",
        "",
        f"On {fdate(recd, 'long')} we received your bill for acupuncture that you provided to {c['name']} from",
        f"{fdate(s1, 'long').split(',')[0]} through {fdate(s2, 'long')}, in the amount of {money(billed)}. The bill was submitted under",
        f"our claim {c['claim']} for injuries from the accident of {fdate(c['acc'], 'slash')}, policy {c['policy']}, which",
        f"was issued to {c['holder']}. Our reference for this bill is {head}",
        f"{tail}.",
        "",
        "The no-fault regulation requires a provider to submit written proof of claim within 45 days after the",
        "services are rendered unless a reasonable justification for the late submission is given. Your bill",
        "reached us more than 45 days after the last date of treatment and no reason for the delay was included.",
        "The bill is therefore denied in full, and a Denial of Claim form (NF-10) is enclosed.",
        "",
        "If you can show a reasonable justification for the late submission, please send it to us and we will",
        "review the bill again. You may also submit the dispute to arbitration or bring an action in court as",
        "described on the enclosed form. Please call us at (631) 555-0148 if you have questions.",
        "",
        "Sincerely,",
        "",
        "Marisa Quenneville",
        "No-Fault Claim Examiner",
    ]
    for ln in lines:
        p.line(ln, 10, h=5.3)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=c["policy"], member_name=c["name"],
              cases=[c["claim"], ref], claim_amount=m2(billed), service_dates=[span(s1, s2)],
              denial_date=deny.isoformat(), provider=prov,
              alternates={"member_id": [None], "case_numbers": [[c["claim"]], [ref]]})
    return out(p), t


def doc_motorcycle(r: random.Random):
    c = _ctx(r)
    prov = "Saw Mill Valley Hospital"
    dos = plus(c["acc"], 0)
    recd = plus(dos, r.randint(18, 30))
    deny = plus(recd, r.randint(10, 25))
    billed = float(r.randint(3800, 6900)) + 0.25
    acct = f"SMV{digits(r, 8)}"
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    p.line("Tappan Bay", 20, "B")
    p.line("Casualty Insurance Company", 10)
    p.ln(1)
    right_header(p, [("Notice date", fdate(deny, "abbr")), ("Reference", c["claim"]), ("Policy No.", c["policy"]),
                     ("Date of loss", fdate(c["acc"], "abbr"))])
    p.ln(2)
    for a in [c["name"], f"{r.randint(12, 990)} Quarry Hill Road", "Yonkers, NY 10701"]:
        p.line(a, 10)
    p.ln(5)
    top = p.get_y()
    boxed_panel(p, p.l_margin, top, 50, "Questions?", [
        "No-Fault Unit", "Phone (631) 555-0148", "Fax (631) 555-0149", "TTY 711", "Mon-Fri 8:30-4:30",
        "Please have your claim number ready.", "Form TBC-NF-EIP-3"])
    p.set_left_margin(p.l_margin + 56)
    p.set_xy(p.l_margin, top)
    p.line("Your no-fault claim has been denied", 12.5, "B")
    p.line(f"Bill from {prov}", 9.5)
    p.ln(2)
    p.para(f"Dear {c['first']} {c['last']}:", 10)
    p.para(f"We have reviewed the emergency room bill that {prov} sent us for the care you received on "
           f"{fdate(dos, 'long')} (hospital account {acct}, billed {money(billed)}, received "
           f"{fdate(recd, 'slash')}).", 10)
    p.para("Our investigation, including the police accident report and your application for benefits (NF-2), shows "
           "that you were operating a motorcycle at the time of the accident. Under the New York no-fault law, the "
           "operator or passenger of a motorcycle is not an eligible injured person for no-fault benefits. The "
           "policy issued to " + c["holder"] + " covers the automobile involved, not the motorcycle. The hospital's "
           "bill is therefore denied in full.", 10)
    p.para("You may have other coverage for this care, such as your health insurance. Please give the hospital your "
           "health plan information.", 10)
    p.para(RIGHTS, 9)
    p.para("Date of birth on file: " + fdate(c["dob"], "slash") + ". If this is not correct, call us.", 8.5)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=c["policy"], member_name=c["name"],
              cases=[c["claim"]], claim_amount=m2(billed), service_dates=[dos.isoformat()],
              denial_date=deny.isoformat(), provider=prov, alternates={"member_id": [None]})
    return out(p), t


def doc_ledger(r: random.Random):
    c = _ctx(r)
    stmt = plus(c["acc"], r.randint(80, 100))
    provs = [("Bronx River Orthopedics", "Ortho consult"), ("Kingsbridge Imaging, LLC", "MRI lumbar"),
             ("Orchard Ridge Physical Therapy", "PT 12 visits"), ("Riverdale Pain Management", "Trigger pt inj."),
             ("Bronx River Orthopedics", "Follow-up")]
    rows, tb, tp = [], 0.0, 0.0
    den_i = 3
    den = None
    for i, (pv, svc) in enumerate(provs):
        d = plus(c["acc"], 3 + i * 9 + r.randint(0, 4))
        b = float(r.randint(180, 1900)) + r.choice([0, 0.5, 0.4])
        bill = f"B{digits(r, 7)}"
        if i == den_i:
            pd, code = 0.0, "D7"
            den = (pv, d, b, bill)
        else:
            pd, code = round(b * r.uniform(0.55, 0.9), 2), ""
        tb += b
        tp += pd
        rows.append([fdate(d, "short"), pv, svc, bill, money(b, "nosign"), money(pd, "nosign"), code])
    rows.append(["", "Totals", "", "", money(tb, "nosign"), money(tp, "nosign"), ""])
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    _letterhead(p, 11.5)
    p.line("NO-FAULT BENEFIT PAYMENT LEDGER", 12, "B", align="R")
    p.line(f"Statement date: {fdate(stmt, 'dash')}", 9.5, align="R")
    p.ln(3)
    p.pairs([("Injured person", c["name"]), ("Claim #", c["claim"]), ("Policy #", c["policy"]),
             ("Policyholder", c["holder"]), ("Accident date", fdate(c["acc"], "dash")),
             ("Benefit period", "01/01/2025 - 12/31/2025 policy term")], label_w=38, size=9, h=5)
    p.ln(3)
    p.table(["Date(s)\nof service", "Provider", "Service", "Bill\nID", "Amount\nbilled", "Amount\npaid", "Remark\ncode"],
            rows, [19, 52, 30, 22, 21, 21, 15], size=8.2,
            aligns=["L", "L", "L", "L", "R", "R", "C"], bold_last=True)
    p.para("Remark code D7: Denied. An independent medical examination found no further need for treatment; "
           "services after the IME cut-off date are not medically necessary. See the NF-10 mailed to the provider.", 8.8)
    p.para("Basic economic loss limit $50,000; used to date " + money(tp) + ". Lost wages and other reasonable and "
           "necessary expenses are reported separately.", 8.8)
    p.para(RIGHTS, 8.3)
    pv, d, b, bill = den
    t = truth("eob", "medical_necessity", insurer=INS, member_id=c["policy"], member_name=c["name"],
              cases=[c["claim"], bill], claim_amount=m2(b), service_dates=[d.isoformat()], denial_date=stmt.isoformat(),
              provider=pv, alternates={"member_id": [None], "case_numbers": [[c["claim"]]]})
    return out(p), t


def doc_paid(r: random.Random):
    c = _ctx(r)
    prov = "Fordham Heights Neurology, P.C."
    dos = plus(c["acc"], r.randint(25, 40))
    req = plus(dos, r.randint(20, 30))
    ver = plus(req, r.randint(15, 25))
    paid = plus(ver, r.randint(5, 15))
    billed = float(r.randint(640, 1400))
    p = Page(serif=True, footer=None)
    p.add_page()
    p.set_margins(25, 20, 25)
    p.set_xy(25, 20)
    p.line(INS, 13, "B", align="C")
    p.line(" | ".join(INS_ADDR), 8, align="C")
    p.ln(6)
    p.line(fdate(paid, "long"), 10)
    p.ln(2)
    for a in [c["name"], f"c/o {prov}", "2330 Grand Concourse, Suite 5", "Bronx, NY 10458"]:
        p.line(a, 10)
    p.ln(4)
    p.pairs([("Re", f"Claim {c['claim']}"), ("", f"Policy {c['policy']}  -  insured {c['holder']}"),
             ("", f"Date of accident {fdate(c['acc'], 'slash')}")], label_w=12, size=9.5, colon=False)
    p.ln(3)
    p.para(f"On {fdate(req, 'slash')} we asked for the nerve conduction study report that supports the bill for "
           f"services on {fdate(dos, 'long')}. The report arrived on {fdate(ver, 'slash')}, which completes "
           "verification.", 10)
    p.para(f"The bill of {money(billed)} has been approved and paid in full to {prov} under the fee schedule. "
           f"Check number {digits(r, 8)} was issued on {fdate(paid, 'slash')}. No amount is owed by you for this bill.",
           10)
    p.para("This letter does not deny any part of your claim. Keep it with your records.", 10)
    p.ln(4)
    p.line("Ezra Lindqvist, Claims Examiner  (631) 555-0148", 10)
    t = truth("other", None, insurer=INS, member_id=c["policy"], member_name=c["name"], cases=[c["claim"]],
              claim_amount=m2(billed), service_dates=[dos.isoformat()], denial_date=paid.isoformat(), provider=prov,
              alternates={"member_id": [None]}, type_alternates=["eob"])
    return out(p), t


def doc_noshow(r: random.Random):
    c = _ctx(r)
    prov = "Pelham Parkway MRI, P.C."
    dos = plus(c["acc"], r.randint(20, 35))
    ime1 = plus(dos, r.randint(10, 20))
    ime2 = plus(ime1, r.randint(10, 14))
    deny = plus(ime2, r.randint(7, 14))
    billed = float(r.choice([1793.26, 2087.5, 1950.0]))
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    p.set_margins(15, 14, 15)
    p.set_xy(15, 14)
    _letterhead(p, 11)
    p.line("DENIAL OF CLAIM FORM (NF-10)", 12, "B", align="C")
    p.ln(2)
    numbered_boxes(p, [("A. Insured / policyholder", c["holder"], 62), ("B. Policy no.", c["policy"], 56),
                       ("C. Claim no.", c["claim"], 68)], val=9)
    numbered_boxes(p, [("D. Injured person", c["name"], 62), ("E. Accident date", fdate(c["acc"], "iso"), 56),
                       ("F. Date of this denial", fdate(deny, "iso"), 68)], val=9)
    numbered_boxes(p, [("G. Provider", prov, 62), ("H. Service date", fdate(dos, "iso"), 56),
                       ("I. Amount of claim / amount denied", f"{money(billed)} / {money(billed)}", 68)], val=9)
    p.ln(3)
    p.heading("Reason for denial", 10.5)
    p.para(f"The injured person was scheduled for an independent medical examination in orthopedics on "
           f"{fdate(ime1, 'slash')} and again on {fdate(ime2, 'slash')} and did not appear either time. Appearance at "
           "an IME when reasonably requested is a condition of coverage under the mandatory personal injury "
           "protection endorsement. All claims for services on or after the first scheduled IME date and the bill "
           "listed above are denied.", 9.5)
    p.para(RIGHTS, 8.5)
    p.para(FRAUD, 7.5)
    t = truth("denial_letter", "other", insurer=INS, member_id=c["policy"], member_name=c["name"], cases=[c["claim"]],
              claim_amount=m2(billed), service_dates=[dos.isoformat()], denial_date=deny.isoformat(), provider=prov,
              alternates={"member_id": [None]})
    # the MRI centre's letter asking for reconsideration
    q = Page(footer=None)
    q.add_page()
    q.line("PELHAM PARKWAY MRI, P.C.", 14, "B")
    q.line(f"1180 Pelham Parkway South, Bronx, NY 10461  |  Tel 718-555-0177  |  NPI {'1' + digits(r, 9)}", 8.5)
    q.ln(6)
    sent = plus(deny, r.randint(6, 12))
    q.line(fdate(sent, "upper"), 10)
    q.ln(3)
    for a in [INS, INS_ADDR[0], INS_ADDR[1]]:
        q.line(a, 10)
    q.ln(4)
    q.para(f"Re: patient {c['name']}, claim {c['claim']}, DOS {fdate(dos, 'slash')}", 10)
    q.para(f"We received your denial dated {fdate(deny, 'slash')} for the lumbar MRI performed on {fdate(dos, 'slash')}. "
           "The MRI was performed before either scheduled examination, so the IME no-show cannot apply to it. Please "
           "reconsider the bill and issue payment under the fee schedule.", 10)
    q.para("Thank you,\n\nLeticia Okafor, Billing Manager", 10)
    t2 = truth("other", None, insurer=INS, member_id=None, member_name=c["name"], cases=[c["claim"]],
               claim_amount=None, service_dates=[dos.isoformat()], denial_date=sent.isoformat(), provider=prov,
               alternates={"insurer": [None], "denial_date": [None]})
    return (out(p), t), (out(q), t2)


def documents(rng: random.Random) -> list[Item]:
    r = random.Random(rng.randint(0, 2 ** 31))
    a, b = doc_noshow(r)
    return [
        Item(f"{FAMILY}_ime_boxes", "born_digital", [doc_ime_boxes(r)]),
        Item(f"{FAMILY}_fee_schedule_tearoff", "scan_clean_300", [doc_fee_schedule(r)]),
        Item(f"{FAMILY}_late_bill_letter", "fax_fine_g4", [doc_late_bill(r)]),
        Item(f"{FAMILY}_motorcycle_notice", "photocopy", [doc_motorcycle(r)]),
        Item(f"{FAMILY}_payment_ledger", "scan_lowres_150", [doc_ledger(r)]),
        Item(f"{FAMILY}_paid_letter", "phone_photo", [doc_paid(r)]),
        Item(f"{FAMILY}_stack", "fax_standard_g4", [a, b], separators=["cover", "blank"], turns={(1, 0): 180}),
    ]
