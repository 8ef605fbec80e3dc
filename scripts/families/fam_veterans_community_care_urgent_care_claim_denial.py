"""Family 'veterans_community_care_urgent_care_claim_denial': invented notices mirroring the VA community care
program's claim decisions for urgent and emergency care outside VA (urgent care at a clinic outside the network,
emergency claims filed after the claim filing limit, emergency care that did not meet the prudent layperson
standard), with the decision-review options of a notice of decision (higher-level review, supplemental claim,
Board appeal within one year of the date of the notice). The issuer is an invented VA medical center's
community care office or an invented claims contractor; every person, number, amount and provider is invented;
phones use 555.

Documents: a born-digital notice of decision with a label column (urgent care clinic outside the network); a
born-digital urgent care clinic bill with several lines (denies nothing); a standard-fax letter told only in
sentences (emergency claim past the 180-day filing limit); a phone photo of a higher-level review decision that
grants a claim (denies nothing); a 150 dpi payment explanation with four lines, one denied as a duplicate; a
photocopied two-page notice denying an emergency room claim (prudent layperson standard not met, running header);
a scanned stack: a fax cover, a hospital's letter asking for a supplemental claim review, and the decision on it
upholding the timely filing denial (page 2 fed upside down).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_rounddd_famddc import Page, addr, band, cover, fd, fee, letterhead, lv, paras, pat, plus, sidebar, usd, wtable

FAMILY = "veterans_community_care_urgent_care_claim_denial"
LANG = "en"
SEED = 350402
VAMC = "Cascade Foothills VA Medical Center"
OCC = f"{VAMC} - Office of Community Care"
VAMC_ADDR = "Community Care Claims, PO Box 30871, Boise, ID 83707-0871"
TPA = "Patriot Meridian Claims Services"
TPA_ADDR = "PO Box 86620, Spokane, WA 99208-6620"
VETS = ["Roderick J. Halvorsen", "Sharlene T. Okafor", "Mitchell A. Brandvold", "Consuelo P. Varga",
        "Everett L. Dunmore", "Tamika R. Sorensen", "Gus W. Pellegrino"]


def base(r, k):
    notice = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 120))
    return dict(notice=notice, vet=VETS[k], icn=pat(r, "10999999999V999999"),
                addr=[f"{r.randint(100, 9800)} {r.choice(['Chinden Blvd', 'Overland Rd', 'Syringa Way', 'Ustick Rd'])}",
                      r.choice(["Boise, ID 83704", "Nampa, ID 83651", "Twin Falls, ID 83301", "Ontario, OR 97914"])],
                dob=dt.date(r.randint(1948, 1996), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def one_year(d: dt.date) -> dt.date:
    return d.replace(year=d.year + 1)


def options(basis="within one year from the date of this notice"):
    return [
        "#Your decision review options",
        "If you disagree with this decision, you may choose one of these options:",
        "Higher-Level Review: a more senior reviewer looks at the same evidence again. You may not add new evidence.",
        "Supplemental Claim: send new and relevant evidence, such as records from the emergency department.",
        "Appeal to the Board of Veterans' Appeals: a Veterans Law Judge decides your case.",
        f"To keep your original effective date, you must ask for a review {basis}. Use the decision review "
        "request form (VA Form 10-0998 lists the options). Send it to the address at the top of this letter.",
        "#Important",
        "For emergency care outside VA, VA must be told within 72 hours of the start of the care. Providers must "
        "file claims within 180 days of the date of service. Questions: Community Care Call Center 1-555-377-2100.",
    ]


def doc_bd_urgent_oon(r):
    f = base(r, 0)
    claim = pat(r, "CC26-99999999")
    svc = plus(f["notice"], -r.randint(20, 50))
    got = plus(svc, r.randint(8, 20))
    amt = fee(r, 180, 420)
    prov = "Snake River WalkIn Clinic"
    d = Page(footer=f"{OCC}  -  Notice of Decision  -  Page {{p}} of {{n}}")
    d.add_page()
    band(d, VAMC, "Office of Community Care  |  PO Box 30871, Boise, ID 83707", rgb=(20, 40, 70))
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(2)
    addr(d, [f["vet"], *f["addr"]])
    d.text_line("NOTICE OF DECISION - COMMUNITY CARE CLAIM", 12.5, "B")
    d.ln(1)
    lv(d, [("Veteran:", f["vet"]), ("Veteran ICN:", f["icn"]), ("Date of birth:", fd(f["dob"], "slash")),
           ("Claim number:", claim), ("Provider:", prov), ("Provider NPI:", f["npi"]),
           ("Date of service:", fd(svc, "slash")), ("Claim received:", fd(got, "slash")),
           ("Amount billed:", usd(amt)), ("Decision:", "Denied")], w=44, size=9.3)
    paras(d, [
        f"Dear {f['vet']}:",
        f"We reviewed the claim listed above for an urgent care visit. VA's urgent care benefit pays only for care "
        f"from urgent care providers in VA's community care network. {prov} is not in the network, and the visit "
        "was not an emergency. VA cannot pay this claim. You may be billed by the clinic.",
        *options()], size=9.1)
    t = truth("denial_letter", "out_of_network", insurer=VAMC, member_id=f["icn"], member_name=f["vet"],
              case_numbers=[claim], claim_amount=f"{amt:.2f}", service_dates=[svc.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prov, appeal_deadline=one_year(f["notice"]).isoformat(),
              alternates={"insurer": [OCC, "Department of Veterans Affairs"]})
    return pdf_bytes(d), t


def doc_bd_clinic_bill(r):
    f = base(r, 1)
    stmt = f["notice"]
    svc = plus(stmt, -r.randint(10, 30))
    acct = pat(r, "9999999")
    auth = "VA0" + pat(r, "9999999999")
    lines = [("99214", "Urgent care visit, established, moderate", fee(r, 160, 240)),
             ("73610", "X-ray ankle, 3 views", fee(r, 90, 160)),
             ("29515", "Short leg splint", fee(r, 80, 140)),
             ("L4360", "Walking boot, pneumatic", fee(r, 120, 220))]
    total = round(sum(x[2] for x in lines), 2)
    clinic = "Owyhee Ridge Urgent Care"
    d = Page(footer=f"{clinic}  |  Statement  |  Questions 1-555-454-7710")
    d.add_page()
    letterhead(d, clinic, ["2210 Caldwell Blvd, Nampa, ID 83651", "Billing 1-555-454-7710  Tax ID 82-5559013"])
    lv(d, [("Statement date:", fd(stmt, "dmy")), ("Patient:", f["vet"]), ("Account no.:", acct),
           ("Insurance:", "VA Community Care"), ("VA authorization:", auth),
           ("Treating provider:", "Kendra S. Oyelowo, PA-C")], w=40, size=9.5)
    rows = [[fd(svc, "dmy"), c, desc, usd(a, "flat")] for c, desc, a in lines]
    rows.append(["", "", "Total charges", usd(total, "flat")])
    wtable(d, ["Date", "Code", "Description", "Charge"], rows, [28, 20, 92, 30], size=8.8,
           aligns=["L", "L", "L", "R"], bold_last=True)
    paras(d, [
        "This claim was sent to VA Community Care. Amount pending with VA: " + usd(total, "flat") + ". Balance due "
        "from you now: $0.00. VA-authorized care is not billed to Veterans; if you receive a bill from us for this "
        "visit after VA pays, call our billing office."], size=9.4)
    t = truth("other", None, member_name=f["vet"], case_numbers=[auth], claim_amount=f"{total:.2f}",
              service_dates=[svc.isoformat()], denial_date=stmt.isoformat(), provider=clinic,
              unscored=["insurer", "appeal_deadline"],
              alternates={"provider": ["Kendra S. Oyelowo"]})
    return pdf_bytes(d), t


def doc_faxstd_late(r):
    f = base(r, 2)
    claim = pat(r, "CC26-99999999")
    svc = plus(f["notice"], -r.randint(230, 300))
    amt = fee(r, 2400, 7800)
    hosp = "Magic Valley Regional Hospital"
    line = (f"{fd(f['notice'], 'short')} 09:{r.randint(10, 59)}  FROM: VA COMMUNITY CARE CLAIMS  "
            f"FAX 1-555-377-2190  TO: 1-555-737-{r.randint(1000, 9999)}  P.{{p}}/1")
    d = Page(serif=True, faxline=line, footer=f"{OCC}")
    d.add_page()
    letterhead(d, VAMC, ["Office of Community Care", VAMC_ADDR, "1-555-377-2100"])
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(3)
    addr(d, [f["vet"], *f["addr"]])
    paras(d, [
        f"Dear {f['vet']}:",
        f"On {fd(svc, 'long')} you were treated in the emergency department of {hosp}. The hospital sent VA a "
        f"claim for {usd(amt)} for that visit, and VA gave it claim number {claim}. This letter tells you our "
        "decision on that claim.",
        "VA must receive a claim for emergency care in the community within 180 days of the date of service. VA "
        f"received this claim on {fd(plus(svc, r.randint(200, 215)), 'long')}, which is after that limit. We "
        "have denied the claim because it was filed late. The hospital may ask us to reconsider if it can show "
        "that it sent the claim on time.",
        "If you disagree, you may ask for a higher-level review, file a supplemental claim with new evidence, or "
        "appeal to the Board of Veterans' Appeals. You must do so within one year of the date of this letter. "
        "Call 1-555-377-2100 if you have questions.",
        "Sincerely,", "Community Care Claims Unit", VAMC], size=10)
    t = truth("denial_letter", "timely_filing", insurer=VAMC, member_name=f["vet"], case_numbers=[claim],
              claim_amount=f"{amt:.2f}", service_dates=[svc.isoformat()], denial_date=f["notice"].isoformat(),
              provider=hosp, appeal_deadline=one_year(f["notice"]).isoformat(),
              alternates={"insurer": [OCC, "Department of Veterans Affairs"]})
    return pdf_bytes(d), t


def doc_photo_hlr_granted(r):
    f = base(r, 3)
    hlr = pat(r, "HLR-2026-99999")
    claim = pat(r, "CC26-99999999")
    svc = plus(f["notice"], -r.randint(70, 120))
    amt = fee(r, 260, 610)
    prov = "Ponderosa Urgent Care of Meridian"
    d = Page(footer=f"{OCC}")
    d.add_page()
    band(d, VAMC, "Office of Community Care - Higher-Level Review Decision", rgb=(70, 20, 20))
    d.boxes([("Decision date", fd(f["notice"], "iso"), 42), ("Veteran", f["vet"], 72), ("Veteran ICN", f["icn"], 60)])
    d.boxes([("Higher-level review no.", hlr, 42), ("Claim number", claim, 72), ("Date of service", fd(svc, "iso"), 60)])
    d.boxes([("Provider", prov, 72), ("Amount billed", usd(amt), 42), ("Decision", "GRANTED - claim paid", 60)])
    d.ln(5)
    paras(d, [
        f"Dear {f['vet']}:",
        "You asked for a higher-level review of our decision to deny this urgent care claim. The reviewer found "
        "that the clinic joined VA's community care network before your visit and that our provider file had not "
        "been updated. The earlier decision was a mistake. We have changed it and the claim has been paid.",
        "You owe the clinic only the urgent care copayment, if any, shown on your VA billing statement. You do not "
        "need to do anything else."], size=10)
    t = truth("other", None, insurer=VAMC, member_id=f["icn"], member_name=f["vet"], case_numbers=[hlr, claim],
              claim_amount=f"{amt:.2f}", service_dates=[svc.isoformat()], denial_date=f["notice"].isoformat(),
              provider=prov, unscored=["appeal_deadline"],
              alternates={"insurer": [OCC, "Department of Veterans Affairs"]})
    return pdf_bytes(d), t


def doc_lowres_payment(r):
    f = base(r, 4)
    stmt = f["notice"]
    cl = [pat(r, "99999999999999") for _ in range(4)]
    s = [plus(stmt, -r.randint(20, 60)) for _ in range(4)]
    s[3] = s[1]
    a = [fee(r, 150, 260), fee(r, 110, 210), fee(r, 40, 95), 0]
    a[3] = a[1]
    provs = ["Treasure Valley Urgent Care", "Boise Foothills Physical Therapy", "Gem State Imaging",
             "Boise Foothills Physical Therapy"]
    d = Page(footer=f"{TPA}  |  VA Community Care Payment Explanation  |  Not a bill")
    d.add_page()
    letterhead(d, TPA, ["Claims contractor for the VA Community Care Network, Region 4", TPA_ADDR,
                        "Veteran line 1-555-731-6400"])
    d.text_line("VETERAN PAYMENT EXPLANATION", 12, "B")
    d.ln(1)
    lv(d, [("Issue date", fd(stmt, "upper")), ("Veteran", f["vet"]), ("Veteran ICN", f["icn"]),
           ("Referral / authorization", "VA0" + pat(r, "9999999999")),
           ("Payments made", f"{fd(plus(stmt, -14), 'slash')} through {fd(stmt, 'slash')}")], w=46, size=9.2)
    rows = [[cl[i], fd(s[i], "slash"), provs[i], ["Urgent care visit", "PT evaluation", "MRI knee", "PT evaluation"][i],
             usd(a[i]), usd([a[0] * 0.6, a[1] * 0.7, a[2] * 0.65, 0][i]), ["", "", "", "D18"][i]] for i in range(4)]
    wtable(d, ["Claim number", "Date of service", "Community provider", "Service", "Billed charges",
               "VA paid to provider", "Note"], rows, [31, 19, 47, 25, 20, 20, 14], size=7.8,
           aligns=["L", "L", "L", "L", "R", "R", "C"])
    paras(d, [
        f"D18 - Claim {cl[3]} was denied because it duplicates claim {cl[1]}, which was already paid for the same "
        "service on the same date.",
        "This explanation is not a decision review. If you disagree with a denied line, you may ask for a "
        "higher-level review or a supplemental claim within one year of the issue date."], size=8.9)
    t = truth("eob", "other", insurer=TPA, member_id=f["icn"], member_name=f["vet"], case_numbers=[cl[3]],
              claim_amount=f"{a[3]:.2f}", service_dates=[s[3].isoformat()], denial_date=stmt.isoformat(),
              provider=provs[3], appeal_deadline=one_year(stmt).isoformat())
    return pdf_bytes(d), t


def doc_copy_er(r):
    f = base(r, 5)
    claim = pat(r, "CC26-99999999")
    svc = plus(f["notice"], -r.randint(40, 80))
    amt = fee(r, 3100, 6900)
    hosp = "St. Brendan Canyon County Hospital"
    d = Page(footer=f"{OCC}  |  Page {{p}} of {{n}}",
             header=f"Notice of Decision  -  {f['vet']}  -  Claim {claim}  (continued)")
    d.add_page()
    letterhead(d, VAMC, ["Office of Community Care - Emergency Care Claims", VAMC_ADDR,
                         "Phone 1-555-377-2100  Fax 1-555-377-2190"])
    d.text_line(fd(f["notice"], "abbr"), 10)
    d.ln(2)
    addr(d, [f["vet"], *f["addr"]])
    d.text_line("NOTICE OF DECISION - EMERGENCY CARE CLAIM", 12, "B")
    d.ln(1)
    lv(d, [("Veteran:", f["vet"]), ("Veteran ICN:", f["icn"]), ("Claim number:", claim), ("Facility:", hosp),
           ("Date of service:", fd(svc, "abbr")), ("VA notified:", fd(plus(svc, 1), "abbr") + " (within 72 hours)")],
       w=42, size=9.4)
    wtable(d, ["Revenue code / service", "Billed charges", "Decision"],
           [["0450 Emergency room", usd(round(amt * 0.55, 2)), "Denied"],
            ["0320 X-ray", usd(round(amt * 0.2, 2)), "Denied"],
            ["0300 Laboratory", usd(round(amt - round(amt * 0.55, 2) - round(amt * 0.2, 2), 2)), "Denied"],
            ["Total", usd(amt), "Denied"]], [90, 40, 40], size=8.8, bold_last=True)
    paras(d, [
        "We reviewed the emergency department records. You went to the emergency department for a cough that had "
        "lasted two weeks, with normal vital signs and no shortness of breath. A prudent layperson would not have "
        "expected that delay in care would seriously harm your health. The visit does not meet VA's standard for "
        "emergency care, and VA cannot pay it. Care like this could have been given at a VA clinic or an "
        "in-network urgent care provider."], size=9.4)
    d.add_page()
    paras(d, options("within one year of the date of this notice"), size=9.6)
    paras(d, ["#Decision review request",
              "Veteran's name: ______________________   Claim number: ______________________",
              "Option chosen: [ ] Higher-Level Review  [ ] Supplemental Claim  [ ] Board Appeal   "
              "Signature: ____________________"], size=9.6)
    t = truth("denial_letter", "medical_necessity", insurer=VAMC, member_id=f["icn"], member_name=f["vet"],
              case_numbers=[claim], claim_amount=f"{amt:.2f}", service_dates=[svc.isoformat()],
              denial_date=f["notice"].isoformat(), provider=hosp, appeal_deadline=one_year(f["notice"]).isoformat(),
              alternates={"insurer": [OCC, "Department of Veterans Affairs"]}, denial_alternates=["not_covered"])
    return pdf_bytes(d), t


def stack_supplemental(r):
    f = base(r, 6)
    claim = pat(r, "CC26-99999999")
    sc = pat(r, "SC-2026-99999")
    svc = plus(f["notice"], -r.randint(260, 320))
    amt = fee(r, 4200, 9800)
    hosp = "Blue Mountain Memorial Hospital"
    lt = plus(f["notice"], -r.randint(20, 35))
    e = Page(serif=True)
    e.add_page()
    letterhead(e, hosp, ["Patient Financial Services", "700 SE Emigrant Ave, Pendleton, OR 97801",
                         "Phone 1-555-276-7000  Fax 1-555-276-7011"])
    e.text_line(fd(lt, "long"), 10)
    e.ln(2)
    addr(e, [OCC, VAMC_ADDR])
    e.text_line(f"Re: {f['vet']}, claim {claim}, date of service {fd(svc, 'slash')}", 10, "B")
    e.ln(2)
    paras(e, [
        "To the Community Care claims reviewer:",
        f"We ask VA to review its denial of our claim for {usd(amt)} for the emergency care of this Veteran. Our "
        "first claim was sent electronically 41 days after the visit but was rejected by the clearinghouse for a "
        "missing field, which we did not learn of until later. We enclose the clearinghouse acceptance report. "
        "Please treat this as a supplemental claim with new evidence.",
        "Sincerely,", "Marguerite L. Ashdown", "Manager, Government Payers"], size=10)
    t1 = truth("other", None, insurer=VAMC, member_name=f["vet"], case_numbers=[claim], claim_amount=f"{amt:.2f}",
               service_dates=[svc.isoformat()], denial_date=lt.isoformat(), provider=hosp,
               unscored=["insurer", "appeal_deadline"])
    d = Page(footer=f"{OCC}  -  Supplemental Claim Decision  -  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, VAMC, ["Office of Community Care - Decision Reviews", VAMC_ADDR, "1-555-377-2100"])
    d.text_line(fd(f["notice"], "slash"), 10)
    d.ln(2)
    addr(d, [f["vet"], *f["addr"]])
    top, bot = sidebar(d, [("Supplemental claim no.", sc), ("Claim number", claim), ("Veteran ICN", f["icn"]),
                           ("Date of birth", fd(f["dob"], "slash")), ("Facility", hosp),
                           ("Date of service", fd(svc, "slash")), ("Billed", usd(amt))])
    d.set_xy(70, top)
    d.font(12, "B")
    d.multi_cell(0, 6, "SUPPLEMENTAL CLAIM DECISION: DENIAL CONTINUED", new_x="LMARGIN", new_y="NEXT")
    d.set_x(70)
    d.font(9.6)
    d.multi_cell(0, 4.8, "We reviewed the new evidence the hospital sent. The clearinghouse report shows a claim "
                 "that was rejected, not a claim VA received. VA's records show the first claim VA received for this "
                 "care arrived after the 180-day filing limit. The evidence does not change our decision, and the "
                 "claim remains denied as filed late.", new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), bot) + 4)
    d.add_page()
    paras(d, options("within one year of the date of this decision"), size=9.5)
    t2 = truth("denial_letter", "timely_filing", insurer=VAMC, member_id=f["icn"], member_name=f["vet"],
               case_numbers=[sc, claim], claim_amount=f"{amt:.2f}", service_dates=[svc.isoformat()],
               denial_date=f["notice"].isoformat(), provider=hosp, appeal_deadline=one_year(f["notice"]).isoformat(),
               alternates={"insurer": [OCC, "Department of Veterans Affairs"]})
    cv = cover(OCC, hosp, "1-555-377-2190", "1-555-276-7011", fd(lt, "slash"), 4,
               "Supplemental claim: letter and clearinghouse report. VA's decision is attached for our file.")
    return [(pdf_bytes(e), t1), (pdf_bytes(d), t2)], [cv, None], {(1, 1): 180}


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps, turns = stack_supplemental(r(6))
    return [
        Item(f"{FAMILY}_bd_urgent_care_out_of_network_label_column", "born_digital", [doc_bd_urgent_oon(r(0))]),
        Item(f"{FAMILY}_bd_urgent_care_clinic_bill", "born_digital", [doc_bd_clinic_bill(r(1))]),
        Item(f"{FAMILY}_faxstd_emergency_claim_filed_late_prose", "fax_standard_g4", [doc_faxstd_late(r(2))]),
        Item(f"{FAMILY}_photo_higher_level_review_granted", "phone_photo", [doc_photo_hlr_granted(r(3))]),
        Item(f"{FAMILY}_lowres_payment_explanation_duplicate_line", "scan_lowres_150", [doc_lowres_payment(r(4))]),
        Item(f"{FAMILY}_copy_two_page_er_prudent_layperson", "photocopy", [doc_copy_er(r(5))]),
        Item(f"{FAMILY}_scan300_stack_cover_hospital_letter_and_supplemental", "scan_clean_300", docs,
             separators=seps, turns=turns),
    ]
