"""Family 'intrathecal_baclofen_pump_refill_and_replacement_denial': an invented commercial plan (Brinsmead Mutual
Health) refusing intrathecal baclofen pump refills and pump replacement for spasticity: refills asked for in a
hospital outpatient department when the clinic office is the approved setting (level of care), a replacement pump
done without prior authorization, a replacement asked for before the battery reached its elective replacement
indicator (medical necessity), extra refill visits judged unnecessary.

Documents: a born-digital letter with a shaded sidebar (hospital setting refused); a born-digital EOB with three
claims (two-line table header), the replacement claim refused for missing prior authorization; a standard-fax
stack (cover, the neurologist's letter to the plan, the plan's replacement denial fed upside down, its duplex back);
a phone photo of a home infusion invoice with lines of which one was refused (a bill: denies nothing); a sideways
approval of an overturned replacement appeal (denies nothing); a photocopied upheld appeal told in sentences; a
scanned two-page letter with a running header refusing extra refill visits.
All values invented; phones 1-555. Decoys: DOB, NPI, tax ID, pump serial and lot numbers, reservoir volumes and
concentrations, request-received dates, processed periods, other claims, 72-hour and external-review limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundcz_famcza import Page, addr, cover, fd, letterhead, lv, paras, pat, ph, plus, sidebar, usd

FAMILY = "intrathecal_baclofen_pump_refill_and_replacement_denial"
LANG = "en"
SEED = 349600
ORG = "Brinsmead Mutual Health"
ORG_ADDR = "PO Box 22917, Harrisburg, PA 17105"
NEURO = "Cedar Hollow Neurology & Spasticity Clinic"
DR = "Imogen V. Castellanos, MD"
DR_BARE = "Imogen V. Castellanos"
HOSP = "St. Aldric Regional Medical Center"
HOME = "Brightwater Home Infusion Services"
MEMBERS = ["Percival N. Oakhurst", "Delphine R. Marchbanks", "Augustin L. Prewitt", "Rosalie F. Quarles",
           "Barnaby T. Whitlock", "Clementine A. Fenwick", "Ignatius H. Lovell"]


def base(r, k):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 170))
    return dict(notice=notice, member=MEMBERS[k], addr=[f"{r.randint(100, 9800)} Conestoga Pike",
                                                        "Lancaster, PA 17602"],
                mid="BMH" + pat(r, "99999999"), group=pat(r, "99999") + "-" + pat(r, "999"), phone=ph(r),
                dob=dt.date(r.randint(1960, 2012), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


APPEAL = ("You or your provider may appeal this decision. Send your appeal in writing within 180 days of the date "
          f"of this letter to {ORG} Appeals, {ORG_ADDR}. If your situation is urgent, ask for an expedited appeal "
          "and we will decide within 72 hours. After our final decision you may ask for an external review by an "
          "independent review organization within 4 months.")


def doc_setting_bd(r):
    f = base(r, 0)
    ref = "UR" + pat(r, "9999999")
    planned = plus(f["notice"], r.randint(7, 14))
    d = Page(footer=f"{ORG}  |  Utilization Review  |  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Services {f['phone']}  Fax 1-555-612-4480"], 2)
    y0, y1 = sidebar(d, [("Letter date", fd(f["notice"], "long")), ("Member", f["member"]),
                         ("Member ID", f["mid"]), ("Group", f["group"]), ("Date of birth", fd(f["dob"], "slash")),
                         ("Review ID", ref), ("Requesting physician", DR_BARE), ("Physician NPI", f["npi"])])
    d.set_xy(72, y0)
    d.set_left_margin(72)
    paras(d, [
        "#Coverage decision: site of service",
        f"Dear {f['member']}:",
        f"{DR} asked us to approve a refill of your intrathecal baclofen pump (CPT 62370, drug J0475) in the "
        f"outpatient department of {HOSP} on {fd(planned, 'long')}.",
        "We approve the refill itself. We do not approve the hospital outpatient setting. A routine pump refill "
        "with programming can be done safely in the neurology clinic office, and your records show no reason, "
        "such as a hard-to-reach port or a need for imaging, that would require a hospital. The hospital "
        "setting is not the appropriate level of care for this service. Please have the refill done in the "
        "clinic office.",
        "#Your right to appeal", APPEAL], size=9.4)
    d.set_left_margin(18)
    t = truth("denial_letter", "level_of_care", insurer=ORG, member_id=f["mid"], group_number=f["group"],
              member_name=f["member"], case_numbers=[ref], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=DR, appeal_deadline=plus(f["notice"], 180).isoformat(),
              alternates={"provider": [DR_BARE, HOSP]})
    return pdf_bytes(d), t


def doc_eob_bd(r):
    f = base(r, 1)
    stmt = f["notice"]
    d_rep = plus(stmt, -r.randint(20, 35))
    claims = [("Refill visit", NEURO, plus(stmt, -r.randint(40, 60)), 612.0 + r.randint(0, 90), False),
              ("Baclofen 2,000 mcg", HOME, plus(stmt, -r.randint(40, 60)), 488.5 + r.randint(0, 60), False),
              ("Pump replacement", HOSP, d_rep, 38410.0 + r.randint(0, 900), True)]
    nums = [pat(r, "2026") + pat(r, "9999999") for _ in claims]
    d = Page(footer=f"{ORG} - Explanation of Benefits - Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Customer Service {f['phone']}"], 1)
    d.text_line("EXPLANATION OF BENEFITS", 13, "B")
    d.text_line("THIS IS NOT A BILL", 9)
    d.ln(2)
    lv(d, [("Statement date", fd(stmt, "dash")), ("Member", f["member"]), ("ID", f["mid"]),
           ("Group no.", f["group"]), ("Claims processed", f"{fd(plus(stmt, -30), 'dash')} to {fd(stmt, 'dash')}")],
       w=40, size=9.2)
    widths = [28, 22, 58, 22, 20, 18, 10]
    tops = ["Claim", "Service", "Provider /", "Billed", "Plan", "You", "See"]
    bots = ["number", "date", "service", "charges", "paid", "owe", "note"]
    d.font(7.8, "B")
    for h, w in zip(tops, widths):
        d.cell(w, 4.2, h)
    d.ln(4.2)
    for h, w in zip(bots, widths):
        d.cell(w, 4.2, h, border="B")
    d.ln(5.5)
    for (svc, prov, dos, amt, den), n in zip(claims, nums):
        paid = 0.0 if den else round(amt * 0.8, 2)
        owe = 0.0 if den else round(amt * 0.2 if amt < 600 else 40.0, 2)
        d.font(8)
        for v, w in zip([n, fd(dos, "dash"), prov.replace(" & Spasticity Clinic", ""), usd(amt), usd(paid), usd(owe), "P4" if den else "--"],
                        widths):
            d.cell(w, 4.6, v)
        d.ln(4.6)
        d.set_x(d.l_margin + 64)
        d.font(7.2)
        d.cell(0, 4, svc, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    paras(d, [
        "P4 - Prior authorization was required for the replacement of the implanted infusion pump (CPT 62362, "
        "E0786) and was not obtained before the service. The in-network provider may not bill you for this claim.",
        "You may appeal a denied claim within 180 days of the date of this statement. Write to "
        f"{ORG} Appeals, {ORG_ADDR}."], size=8.8)
    n, (svc, prov, dos, amt, den) = nums[2], claims[2]
    t = truth("eob", "prior_authorization", insurer=ORG, member_id=f["mid"], group_number=f["group"],
              member_name=f["member"], case_numbers=[n], claim_amount=f"{amt:.2f}", service_dates=[dos.isoformat()],
              denial_date=stmt.isoformat(), provider=HOSP, appeal_deadline=plus(stmt, 180).isoformat())
    return pdf_bytes(d), t


def stack_replacement(r):
    f = base(r, 2)
    ref = "UR" + pat(r, "9999999")
    planned = plus(f["notice"], r.randint(10, 20))
    sent = plus(f["notice"], -r.randint(6, 10))
    d = Page(serif=True)
    d.add_page()
    letterhead(d, NEURO, ["410 Locust Street, Lancaster, PA 17602", "Phone 1-555-394-2200  Fax 1-555-394-2290"], 0)
    d.text_line(fd(sent, "long"), 10)
    d.ln(3)
    addr(d, [f"{ORG} Utilization Review", ORG_ADDR])
    paras(d, [
        f"Re: {f['member']}, ID {f['mid']}, date of birth {fd(f['dob'], 'slash')}",
        f"I am requesting approval to replace my patient's intrathecal baclofen pump (serial no. "
        f"{pat(r, 'AAA999999')}) at {HOSP} on {fd(planned, 'long')}. The pump was implanted almost seven years "
        "ago. It works, but I would prefer to replace it now while my patient is between school terms rather "
        "than wait for the battery alarm.",
        "Sincerely,", DR, NEURO], size=10)
    req = pdf_bytes(d)
    t_req = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"],
                  service_dates=[planned.isoformat()], denial_date=sent.isoformat(), provider=DR,
                  unscored=["insurer"], alternates={"provider": [DR_BARE, NEURO]})
    d = Page(footer=f"{ORG} - Utilization Review")
    d.add_page()
    d.set_y(5)
    d.font(7.5)
    d.cell(0, 4, f"{fd(f['notice'], 'slash')} 09:42  {ORG.upper()} UR  1-555-612-4480  ->  1-555-394-2290  PAGE 3/4",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    letterhead(d, ORG, [ORG_ADDR, "Utilization Review  Phone 1-555-612-4400"], 0)
    d.text_line("ADVERSE BENEFIT DETERMINATION", 12, "B")
    d.ln(1)
    lv(d, [("Date:", fd(f["notice"], "slash")), ("Patient:", f["member"]), ("Member ID:", f["mid"]),
           ("Group:", f["group"]), ("Review number:", ref), ("Physician:", DR), ("Request received:", fd(sent, "slash")),
           ("Service:", "Replacement of intrathecal infusion pump, CPT 62362 / E0786"),
           ("Planned date:", fd(planned, "slash"))], w=40, size=9.2)
    paras(d, [
        "Decision: DENIED - not medically necessary.",
        "Our policy covers replacement of a working pump when the battery reaches its elective replacement "
        "indicator, the pump fails, or there is an infection or a catheter problem that needs the pump removed. "
        "The last interrogation shows about 11 months of battery left and the pump is working as it should.",
        APPEAL.replace("this letter", "this notice")], size=9.2)
    dec = pdf_bytes(d)
    t_dec = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], group_number=f["group"],
                  member_name=f["member"], case_numbers=[ref], service_dates=[planned.isoformat()],
                  denial_date=f["notice"].isoformat(), provider=DR,
                  appeal_deadline=plus(f["notice"], 180).isoformat(), alternates={"provider": [DR_BARE, HOSP]})
    cov = cover(f"{NEURO} - Dr. Castellanos", f"{ORG} Utilization Review", "1-555-394-2290", "1-555-612-4480",
                fd(f["notice"], "slash"), 4, "Our decision on your request, returned with your letter.")
    return [(req, t_req), (dec, t_dec)], [cov, "duplex"]


def doc_invoice_photo(r):
    f = base(r, 3)
    inv = plus(f["notice"], -2)
    visits = [plus(inv, -r.randint(50, 70)), plus(inv, -r.randint(15, 30))]
    lines = [(visits[0], "S9328", "Home infusion per diem, implanted pump", 210.0, "Paid"),
             (visits[0], "J0475", "Baclofen 50 mcg x 40 units", 356.8, "Paid"),
             (visits[0], "99601", "Home nursing visit, first 2 hrs", 295.0, "Denied - see plan"),
             (visits[1], "J0475", "Baclofen 50 mcg x 40 units", 356.8, "Paid")]
    total = sum(x[3] for x in lines)
    acct = pat(r, "99999999")
    d = Page()
    d.add_page()
    letterhead(d, HOME, ["1780 Fruitville Pike, Lancaster, PA 17601", "Billing 1-555-299-8100   Tax ID 23-"
                         + pat(r, "9999999")], 0)
    d.text_line("INVOICE / PATIENT STATEMENT", 12, "B")
    d.ln(1)
    lv(d, [("Invoice date:", fd(inv, "abbr")), ("Patient:", f["member"]), ("Account:", acct),
           ("Insurance:", f"{ORG}  ID {f['mid']}"), ("Prescriber:", DR)], w=36, size=9.4)
    d.table(["Date", "Code", "Description", "Charge", "Insurance"],
            [[fd(a, "abbr"), c, s, usd(v), st] for a, c, s, v, st in lines] + [["*Total charges", "", "", usd(total),
                                                                                 ""]],
            [28, 18, 70, 24, 36], size=8.6)
    paras(d, [
        f"Your insurance did not pay the nursing visit on {fd(visits[0], 'abbr')}; they told us the nursing time is "
        "included in the per diem. We have written off that charge. Amount due from you now: $0.00.",
        "Questions about this bill? Call Billing, Monday to Friday."], size=9.4)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], claim_amount=f"{total:.2f}",
              service_dates=[v.isoformat() for v in visits], denial_date=inv.isoformat(), provider=HOME,
              unscored=["insurer"], alternates={"claim_amount": ["295.00", None], "provider": [DR, DR_BARE]})
    return pdf_bytes(d), t


def doc_overturned(r):
    f = base(r, 4)
    appeal, ref = "AX-" + pat(r, "999999"), "UR" + pat(r, "9999999")
    first = plus(f["notice"], -r.randint(25, 40))
    planned = plus(f["notice"], r.randint(8, 16))
    d = Page(footer=f"{ORG}  -  Appeals")
    d.add_page()
    letterhead(d, ORG, ["Appeals Unit", ORG_ADDR, f"Member Services {f['phone']}"], 0)
    d.text_line("APPEAL DECISION: APPROVED", 12.5, "B")
    d.ln(2)
    lv(d, [("Date", fd(f["notice"], "iso")), ("Member", f["member"]), ("Member ID", f["mid"]),
           ("Group", f["group"]), ("Appeal no.", appeal), ("Original review no.", ref), ("Physician", DR),
           ("Service", "Intrathecal pump replacement (CPT 62362, E0786)"), ("Scheduled", fd(planned, "iso"))],
       w=46, size=9.6)
    paras(d, [
        f"We reviewed your appeal of our decision dated {fd(first, 'iso')}. The new pump interrogation sent by "
        "your physician shows the elective replacement indicator has been reached. We have reversed our decision "
        "and approved the pump replacement. No further action is needed.",
        "Sincerely,", "Appeals Unit"], size=9.8)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], group_number=f["group"], member_name=f["member"],
              case_numbers=[appeal, ref], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=DR, alternates={"provider": [DR_BARE]})
    return pdf_bytes(d), t


def doc_upheld_copy(r):
    f = base(r, 5)
    appeal, clm = "AX-" + pat(r, "999999"), pat(r, "2026") + pat(r, "9999999")
    dos = plus(f["notice"], -r.randint(60, 90))
    amt = 2140.0 + r.randint(0, 500)
    d = Page(serif=True)
    d.add_page()
    letterhead(d, ORG, ["Appeals Unit", ORG_ADDR], 1)
    d.text_line(fd(f["notice"], "dmy"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']}:",
        f"We have finished reviewing your appeal, number {appeal}, about claim {clm}. The claim is for a baclofen "
        f"pump refill done in the outpatient department of {HOSP} on {fd(dos, 'dmy')}, billed at "
        f"{usd(amt)}. Your member ID is {f['mid']}.",
        "A neurologist who was not involved in the first decision reviewed the records. The refill was routine, "
        "with no imaging or sedation, and could have been done in the clinic office, where your plan covers it in "
        "full. The hospital setting was not the appropriate level of care, so we are upholding our denial.",
        "This is our final internal decision. You may ask for an external review by an independent review "
        "organization within 4 months of the date of this letter. For help, call Member Services at "
        f"{f['phone']}.",
        "Sincerely,", "Appeals Unit", ORG], size=10)
    t = truth("denial_letter", "level_of_care", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[appeal, clm], claim_amount=f"{amt:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=HOSP)
    return pdf_bytes(d), t


def doc_extra_refills_scan(r):
    f = base(r, 6)
    ref = "UR" + pat(r, "9999999")
    a, b = plus(f["notice"], 3), plus(f["notice"], 183)
    d = Page(footer="Page {p} of {n}", header=f"{ORG}  -  {f['member']}  -  Member ID {f['mid']}  -  Review {ref}")
    d.add_page()
    letterhead(d, ORG, ["Utilization Review", ORG_ADDR, f"Member Services {f['phone']}"], 0)
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    lv(d, [("Group number", f["group"]), ("Review number", ref), ("Treating physician", DR)], w=40, size=9.4)
    d.text_line("Notice of Adverse Benefit Determination", 12, "B")
    d.ln(1)
    paras(d, [
        f"Dear {f['member']}:",
        f"{DR} of {NEURO} asked us to approve intrathecal baclofen pump refill visits every 4 weeks from "
        f"{fd(a, 'long')} to {fd(b, 'long')}, six visits in all.",
        "Your pump holds 20 mL and your current dose of baclofen 2,000 mcg/mL at 350 mcg a day lasts about 16 "
        "weeks between refills. We approved two refill visits in this period. We denied the other four visits "
        "because refills more often than the reservoir needs are not medically necessary. If your dose changes, "
        "your doctor may send a new request.",
        "The guideline we used is Medical Policy MP-7.01.44, Implantable Infusion Pumps. You may ask us for a free "
        "copy."], size=9.8)
    d.add_page()
    paras(d, ["#Your right to appeal", APPEAL,
              "#Help in other languages",
              "ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. "
              f"Llame al {f['phone']}."], size=9.8)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], group_number=f["group"],
              member_name=f["member"], case_numbers=[ref], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=DR, appeal_deadline=plus(f["notice"], 180).isoformat(),
              alternates={"provider": [DR_BARE, NEURO]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_replacement(r(2))
    return [
        Item(f"{FAMILY}_bd_hospital_refill_setting_sidebar", "born_digital", [doc_setting_bd(r(0))]),
        Item(f"{FAMILY}_bd_eob_three_claims_replacement_no_auth", "born_digital", [doc_eob_bd(r(1))]),
        Item(f"{FAMILY}_faxstd_stack_neurologist_letter_and_replacement_denial", "fax_standard_g4", docs,
             separators=seps, turns={(1, 0): 180}),
        Item(f"{FAMILY}_photo_home_infusion_invoice", "phone_photo", [doc_invoice_photo(r(3))]),
        Item(f"{FAMILY}_rotated_replacement_appeal_approved", "rotated", [doc_overturned(r(4))]),
        Item(f"{FAMILY}_copy_upheld_hospital_refill_prose", "photocopy", [doc_upheld_copy(r(5))]),
        Item(f"{FAMILY}_scan300_extra_refill_visits_two_pages", "scan_clean_300", [doc_extra_refills_scan(r(6))]),
    ]
