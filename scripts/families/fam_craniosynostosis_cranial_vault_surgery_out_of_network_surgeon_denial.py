"""Family 'craniosynostosis_cranial_vault_surgery_out_of_network_surgeon_denial': an invented commercial plan
refusing a child's cranial vault remodeling because the craniofacial surgeon is out of network; a network gap
exception denied, then granted on appeal; children's hospital and surgeon statements, an EOB with several claims.

Documents: a born-digital pre-service denial (label column); a fine-fax stack (cover sheet) of the surgeon's
letter to the plan asking for a network gap exception and the plan's gap-exception denial told only in sentences;
a phone photo of the children's hospital statement (denies nothing itself); a sideways approval of the gap
exception on appeal (denies nothing); a 300 dpi EOB with three claims, the surgeon's claim denied out of network
(header wrapping over two lines); a 150 dpi first-level appeal decision upholding the denial; a photocopied
surgeon's practice statement. All values invented; phones 1-555. Decoys: DOB, NPI, subscriber, tax ID, account
numbers, other claims' numbers, request-received dates, 72-hour and 4-month limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_rounddb_famdbf import (Page, addr, band, cover, fd, fee, letterhead, lv, paras, pat, ph, plus, usd,
                                wtable)

FAMILY = "craniosynostosis_cranial_vault_surgery_out_of_network_surgeon_denial"
LANG = "en"
SEED = 350005
ORG = "Larkspur Meadow Health Insurance Company"
ORG_SHORT = "Larkspur Meadow Health"
ORG_ADDR = "PO Box 81377, Harrisburg, PA 17106"
CHILDREN = ["Oliver J. Winterbourne", "Clementine R. Ashcombe", "Felix A. Drummond", "Juniper L. Castellane",
            "Silas M. Northcott", "Posy E. Trevelyan", "Ambrose K. Fenwick"]
PARENTS = ["Marissa Winterbourne", "Daniel Ashcombe", "Helena Drummond", "Victor Castellane", "Rachel Northcott",
           "Owen Trevelyan", "Ivy Fenwick"]
SURGEON = "Dr. Thaddeus Q. Ravenscroft"
SURGEON_BARE = "Thaddeus Q. Ravenscroft"
PRACTICE = "Ravenscroft Craniofacial Surgery, PC"
HOSP = "St. Brigid Children's Hospital"
NSURG = "Dr. Leonora Haskett"


def base(r, k):
    notice = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 140))
    return dict(notice=notice, member=CHILDREN[k], parent=PARENTS[k],
                addr=[f"{r.randint(100, 9800)} Fieldstone Drive", "Lancaster, PA 17601"],
                mid="LMH" + pat(r, "999999999"), group=pat(r, "99999"), plan="LM-PPO-" + pat(r, "999"),
                dob=dt.date(2025, r.randint(1, 8), r.randint(1, 28)), npi=r.choice("12") + pat(r, "999999999"))


def appeal_text(basis="within 180 days of the date of this letter"):
    return [
        "#How to appeal",
        f"You may file an appeal {basis}. Write to {ORG_SHORT} Member Appeals, {ORG_ADDR}, or fax 1-555-318-6640. "
        "If your child's doctor says a delay could seriously jeopardize your child's health, ask for an expedited "
        "appeal; we will decide within 72 hours.",
        "After our final decision, you may ask for an external review by an independent review organization within "
        "4 months. You may request free copies of all documents and criteria used for this decision."]


def doc_bd_preservice(r):
    f = base(r, 0)
    ref = "PA" + pat(r, "99999999")
    planned = plus(f["notice"], r.randint(14, 30))
    got = plus(f["notice"], -r.randint(3, 7))
    d = Page(footer=f"{ORG}  |  Page {{p}} of {{n}}")
    d.add_page()
    band(d, ORG_SHORT, f"Precertification Department  -  {ORG_ADDR}  -  1-555-318-6600")
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(2)
    addr(d, [f"Parent or guardian of {f['member']}", *f["addr"]])
    d.text_line("Precertification Decision: Not Approved", 12.5, "B")
    d.ln(1)
    lv(d, [("Patient:", f["member"]), ("Patient date of birth:", fd(f["dob"], "slash")),
           ("Subscriber:", f["parent"]), ("Member ID:", f["mid"]), ("Group:", f["group"]), ("Plan:", f["plan"]),
           ("Reference #:", ref), ("Surgeon:", SURGEON), ("Surgeon NPI:", f["npi"]), ("Facility:", HOSP),
           ("Received:", fd(got, "slash")),
           ("Procedure:", "Cranial vault remodeling, sagittal synostosis (61559)"),
           ("Scheduled date:", fd(planned, "slash"))], w=48, size=9.2)
    paras(d, [
        f"Dear Parent or Guardian of {f['member']}:",
        f"We agree that your child needs surgery for sagittal craniosynostosis. However, {SURGEON} is not a "
        f"participating provider in your {ORG_SHORT} network, and your plan does not cover out-of-network services "
        f"except for emergencies. {HOSP} is in network, and two in-network craniofacial surgeons practice there, "
        f"including {NSURG}. The surgeon's services are therefore not covered as requested.",
        "If you believe no in-network surgeon can safely do this surgery, your child's doctor may ask for a network "
        "gap exception by calling 1-555-318-6600."], size=9.3)
    paras(d, appeal_text(), size=9)
    t = truth("denial_letter", "out_of_network", insurer=ORG, plan_id=f["plan"], group_number=f["group"],
              member_id=f["mid"], member_name=f["member"], case_numbers=[ref], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=SURGEON,
              appeal_deadline=plus(f["notice"], 180).isoformat())
    return pdf_bytes(d), t


def stack_fax(r):
    f = base(r, 1)
    ref = "NGE-" + pat(r, "999999")
    planned = plus(f["notice"], r.randint(20, 35))
    lt = plus(f["notice"], -r.randint(6, 10))
    line1 = f"{fd(lt, 'short')} 10:{r.randint(10, 59)}  RAVENSCROFT CRANIOFACIAL  1-555-772-1409  PG {{p}}"
    e = Page(faxline=line1)
    e.add_page()
    letterhead(e, PRACTICE, ["2200 Children's Way, Suite 410, Philadelphia, PA 19104",
                             "Phone 1-555-772-1400  Fax 1-555-772-1409  Tax ID 55-" + pat(r, "9999999")])
    e.text_line(fd(lt, "long"), 10)
    e.ln(2)
    addr(e, [f"{ORG_SHORT} Provider Network Exceptions", ORG_ADDR])
    e.text_line(f"RE: Network gap exception - {f['member']} (Member ID {f['mid']})", 10, "B")
    e.ln(2)
    paras(e, [
        "Dear Medical Director:",
        f"I am the craniofacial surgeon caring for {f['member']}, an infant with sagittal and partial lambdoid "
        "synostosis. I ask for a network gap exception so that I may perform cranial vault remodeling at "
        f"{HOSP}. I have done more than 300 of these operations; the in-network surgeons at the hospital do "
        "endoscopic strip craniectomy but not open vault remodeling in infants over six months.",
        f"Surgery is planned for {fd(planned, 'long')}. Please call my office with any questions.",
        "Sincerely,", SURGEON + ", MD, FACS", PRACTICE], size=10)
    t1 = truth("other", None, member_id=f["mid"], member_name=f["member"], service_dates=[planned.isoformat()],
               denial_date=lt.isoformat(), provider=SURGEON, unscored=["insurer", "appeal_deadline"],
               alternates={"provider": [SURGEON_BARE]})
    line2 = f"{fd(f['notice'], 'short')} 16:{r.randint(10, 59)}  {ORG_SHORT.upper()}  FAX 1-555-318-6640  P.{{p}}"
    d = Page(serif=True, faxline=line2, footer=ORG)
    d.add_page()
    letterhead(d, ORG, ["Provider Network Exceptions", ORG_ADDR])
    d.text_line(fd(f["notice"], "upper"), 10)
    d.ln(3)
    addr(d, [f"Parent or guardian of {f['member']}", *f["addr"]])
    paras(d, [
        f"Dear {f['parent']}:",
        f"We have reviewed the request for a network gap exception, number {ref}, sent by {SURGEON} for your "
        f"child {f['member']}. The request was for cranial vault remodeling planned for {fd(planned, 'abbr')} at "
        f"{HOSP}.",
        f"We cannot approve the exception. Our network includes {NSURG}, a pediatric craniofacial surgeon at the same "
        "hospital who performs open cranial vault remodeling in infants and is accepting new patients. Because an "
        "in-network surgeon can provide this care, the services of an out-of-network surgeon are not covered at "
        "the in-network level. The hospital stay itself remains covered.",
        f"Your child's member ID is {f['mid']}. You may appeal this decision within 180 days of the date of this "
        f"letter by writing to {ORG_SHORT} Member Appeals, {ORG_ADDR}. An expedited appeal is decided within 72 "
        "hours. You may ask for an external review within 4 months of our final decision.",
        "Sincerely,", "Provider Network Exceptions", ORG], size=9.9)
    t2 = truth("denial_letter", "out_of_network", insurer=ORG, member_id=f["mid"], member_name=f["member"],
               case_numbers=[ref], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
               provider=SURGEON, appeal_deadline=plus(f["notice"], 180).isoformat())
    return [(pdf_bytes(e), t1), (pdf_bytes(d), t2)], ["cover", None]


def doc_photo_hospital_statement(r):
    f = base(r, 2)
    stmt = f["notice"]
    adm = plus(stmt, -r.randint(30, 45))
    dis = plus(adm, 3)
    acct = pat(r, "H99999999")
    l = [fee(r, 14000, 19000), fee(r, 2200, 3800), fee(r, 900, 1600), fee(r, 3000, 5200)]
    total = round(sum(l), 2)
    paid = round(total * 0.82, 2)
    bal = round(total - paid, 2)
    d = Page(footer=f"{HOSP}  -  Patient Financial Services 1-555-600-2400")
    d.add_page()
    letterhead(d, HOSP, ["Patient Financial Services", "1 Brigid Plaza, Pittsburgh, PA 15213"], centred=True)
    d.text_line("PATIENT STATEMENT", 13, "B")
    d.ln(1)
    lv(d, [("Statement date", fd(stmt, "slash")), ("Patient", f["member"]), ("Guarantor", f["parent"]),
           ("Account number", acct), ("Insurance", ORG_SHORT), ("Member ID", f["mid"]),
           ("Dates of stay", f"{fd(adm, 'slash')} - {fd(dis, 'slash')}")], w=40, size=9.2)
    wtable(d, ["Description", "Charges", "Insurance payments", "Adjustments"],
           [["Room and board, pediatric ICU and surgical unit", usd(l[0]), "", ""],
            ["Operating room services", usd(l[1]), "", ""], ["Anesthesia supplies", usd(l[2]), "", ""],
            ["Laboratory and imaging", usd(l[3]), "", ""],
            ["Payment - " + ORG_SHORT, "", usd(paid), ""], ["Total", usd(total), usd(paid), "0.00"]],
           [90, 30, 34, 26], size=8.4, bold_last=True)
    paras(d, [
        f"Amount you owe: {usd(bal)}. This is your deductible and coinsurance as shown by your insurance. The "
        f"surgeon, {SURGEON}, bills separately; questions about that bill go to his office.",
        "Pay online or call 1-555-600-2400 to set up a payment plan."], size=9.2)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], claim_amount=f"{total:.2f}",
              service_dates=[f"{adm.isoformat()}/{dis.isoformat()}"], denial_date=stmt.isoformat(), provider=HOSP,
              unscored=["insurer", "appeal_deadline"])
    return pdf_bytes(d), t


def doc_rotated_granted(r):
    f = base(r, 3)
    ref = "APL" + pat(r, "9999999")
    nge = "NGE-" + pat(r, "999999")
    planned = plus(f["notice"], r.randint(10, 25))
    d = Page(footer=ORG)
    d.add_page()
    band(d, ORG_SHORT, "Member Appeals  -  " + ORG_ADDR)
    d.text_line(fd(f["notice"], "iso"), 10)
    d.ln(2)
    addr(d, [f"Parent or guardian of {f['member']}", *f["addr"]])
    d.text_line("Appeal Decision: Network Gap Exception Approved", 12, "B")
    d.ln(1)
    lv(d, [("Appeal ID", ref), ("Exception request", nge), ("Patient", f["member"]), ("Member ID", f["mid"]),
           ("Group", f["group"]), ("Surgeon", SURGEON)], w=40, size=9.4)
    paras(d, [
        f"We have reviewed your appeal. A pediatric craniofacial surgeon who did not take part in the first decision "
        f"found that the in-network surgeon's schedule could not offer surgery before your child's skull growth "
        f"window closes. We have overturned our decision and approved the network gap exception.",
        f"{SURGEON}'s services for cranial vault remodeling at {HOSP} on {fd(planned, 'long')} will be covered at "
        "the in-network level. You will pay only your in-network cost share; the surgeon may not bill you more.",
        "Questions? Call Member Services at 1-555-318-6600."], size=9.8)
    t = truth("other", None, insurer=ORG, group_number=f["group"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[ref, nge], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=SURGEON, unscored=["appeal_deadline"])
    return pdf_bytes(d), t


def doc_scan_eob(r):
    f = base(r, 4)
    stmt = f["notice"]
    svc = plus(stmt, -r.randint(25, 40))
    c = [pat(r, "E99999999999") for _ in range(3)]
    a = [fee(r, 2800, 4200), fee(r, 21000, 32000), fee(r, 9500, 14500)]
    allowed = [round(a[0] * 0.6, 2), round(a[1] * 0.55, 2), 0.0]
    d = Page(footer=f"{ORG}  -  Explanation of Benefits  -  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, "Member Services 1-555-318-6600"])
    d.text_line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12, "B")
    d.ln(1)
    lv(d, [("Date issued", fd(stmt, "dmy")), ("Subscriber", f["parent"]), ("Patient", f["member"]),
           ("Member ID", f["mid"]), ("Group number", f["group"]), ("Plan", f["plan"])], w=36, size=9.2)
    rows = [[c[0], fd(svc, "slash"), "Pediatric Anesthesia Partners", usd(a[0], "nosign"), usd(allowed[0], "nosign"),
             usd(round(allowed[0] * 0.9, 2), "nosign"), "--"],
            [c[1], fd(svc, "slash") + "-" + fd(plus(svc, 3), "slash"), HOSP, usd(a[1], "nosign"),
             usd(allowed[1], "nosign"), usd(round(allowed[1] * 0.9, 2), "nosign"), "--"],
            [c[2], fd(svc, "slash"), PRACTICE, usd(a[2], "nosign"), "0.00", "0.00", "ON2"]]
    wtable(d, ["Claim number", "Service dates", "Provider", "Amount billed by provider", "Plan allowed amount",
               "Plan paid to provider", "Code"], rows, [25, 35, 56, 19, 17, 17, 11], size=7.0)
    paras(d, [
        f"ON2: Claim {c[2]} was denied. The provider is not in your plan's network and your plan does not cover "
        "out-of-network services. No network gap exception was on file. You may owe the full amount billed.",
        "#Your appeal rights",
        "You may appeal a denied claim within 180 days of the date you receive this statement. Write to Member "
        f"Appeals, {ORG_ADDR}. An external review may be requested within 4 months after our final decision."],
        size=9)
    t = truth("eob", "out_of_network", insurer=ORG, plan_id=f["plan"], group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[c[2]], claim_amount=f"{a[2]:.2f}",
              service_dates=[svc.isoformat()], denial_date=stmt.isoformat(), provider=PRACTICE)
    return pdf_bytes(d), t


def doc_lowres_upheld(r):
    f = base(r, 5)
    ref = "APL" + pat(r, "9999999")
    orig = "PA" + pat(r, "99999999")
    planned = plus(f["notice"], r.randint(15, 30))
    d = Page(serif=True, footer=ORG)
    d.add_page()
    letterhead(d, ORG, ["Member Appeals", ORG_ADDR, "Fax 1-555-318-6640"], centred=True)
    d.text_line(fd(f["notice"], "dash"), 10)
    d.ln(3)
    addr(d, [f"Parent or guardian of {f['member']}", *f["addr"]])
    paras(d, [
        f"Re: Appeal {ref}",
        f"Dear {f['parent']}:",
        f"You appealed our decision on precertification {orig}, which did not approve {SURGEON} as the surgeon for "
        f"your child {f['member']}'s cranial vault remodeling planned for {fd(planned, 'long')}. Your child's "
        f"member ID is {f['mid']}.",
        "A board-certified plastic surgeon reviewed the appeal. The in-network craniofacial team at "
        f"{HOSP} can perform this operation within the time your child's doctors recommend. We therefore uphold "
        "our decision: the out-of-network surgeon's services are not covered.",
        "This is our final internal decision. You may ask for an external review by an independent review "
        "organization within 4 months of the date of this letter by calling 1-555-318-6600. An expedited external "
        "review is available if a delay would seriously jeopardize your child's health.",
        "Sincerely,", "Member Appeals", ORG], size=10.2)
    t = truth("denial_letter", "out_of_network", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[ref, orig], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=SURGEON, appeal_deadline=None)
    return pdf_bytes(d), t


def doc_copy_surgeon_bill(r):
    f = base(r, 6)
    stmt = f["notice"]
    svc = plus(stmt, -r.randint(40, 60))
    acct = pat(r, "RC-99999")
    iclaim = pat(r, "E99999999999")
    l1, l2 = fee(r, 9000, 12000), fee(r, 1800, 2600)
    total = round(l1 + l2, 2)
    d = Page(footer=f"{PRACTICE}  -  Billing office 1-555-772-1420")
    d.add_page()
    letterhead(d, PRACTICE, ["2200 Children's Way, Suite 410, Philadelphia, PA 19104",
                             "Billing 1-555-772-1420   NPI " + r.choice("12") + pat(r, "999999999")])
    d.text_line("STATEMENT OF ACCOUNT", 13, "B")
    d.ln(1)
    d.boxes([("Statement date", fd(stmt, "abbr"), 40), ("Patient", f["member"], 62), ("Account", acct, 34),
             ("Amount due", usd(total), 38)])
    d.boxes([("Responsible party", f["parent"], 62), ("Insurance", ORG_SHORT, 50), ("Member ID", f["mid"], 36), ("Claim #", iclaim, 36)])
    d.ln(4)
    wtable(d, ["Date", "Code", "Description", "Charge"],
           [[fd(svc, "slash"), "61559", "Cranial vault remodeling", usd(l1)],
            [fd(svc, "slash"), "21175", "Reshaping of the frontal bone", usd(l2)],
            ["", "", "Total charges", usd(total)]], [26, 20, 100, 30], size=8.6, bold_last=True)
    paras(d, [
        f"Your insurance, {ORG_SHORT}, denied this claim because our practice is out of network for your plan. "
        "We have sent an appeal with a request for a network gap exception. We will hold this balance for 60 "
        "days. If the plan pays, you will owe only your cost share.",
        f"Surgeon: {SURGEON}, MD."], size=9.4)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[iclaim],
              claim_amount=f"{total:.2f}", service_dates=[svc.isoformat()], denial_date=stmt.isoformat(),
              provider=SURGEON, unscored=["insurer", "appeal_deadline"],
              alternates={"provider": [PRACTICE], "case_numbers": [[]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_fax(r(1))
    return [
        Item(f"{FAMILY}_bd_precert_surgeon_out_of_network", "born_digital", [doc_bd_preservice(r(0))]),
        Item(f"{FAMILY}_faxfine_stack_surgeon_letter_and_gap_denial", "fax_fine_g4", docs, separators=seps),
        Item(f"{FAMILY}_photo_childrens_hospital_statement", "phone_photo", [doc_photo_hospital_statement(r(2))]),
        Item(f"{FAMILY}_rotated_gap_exception_granted", "rotated", [doc_rotated_granted(r(3))]),
        Item(f"{FAMILY}_scan300_eob_three_claims_surgeon_denied", "scan_clean_300", [doc_scan_eob(r(4))]),
        Item(f"{FAMILY}_lowres_appeal_upheld_prose", "scan_lowres_150", [doc_lowres_upheld(r(5))]),
        Item(f"{FAMILY}_copy_surgeon_statement", "photocopy", [doc_copy_surgeon_bill(r(6))]),
    ]
