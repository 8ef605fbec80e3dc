"""Family 'biologic_dose_escalation_interval_shortening_denial': PBM and plan letters and EOBs on biologic dose
escalation (adalimumab 40 mg weekly instead of every other week, ustekinumab 90 mg every 4 weeks instead of 8,
infliximab 10 mg/kg instead of 5 mg/kg).

Cases: a PBM prior-authorization denial of weekly adalimumab without trough drug levels or antibody results; an
approval of ustekinumab every 4 weeks for 6 months; an infusion center's EOB with the infliximab units above
5 mg/kg denied; a low-resolution scan of a letter requiring a step back to the label dose (escalated dose denied at
renewal); a fax stack (fax cover, then the plan's denial to the infusion center, then the member's EOB of the extra
dose); a rotated scan of an appeal decision upholding the weekly adalimumab denial; a photocopied denial of
ustekinumab every 4 weeks sent to the prescriber's practice.

Written from memory of the general shape of utilization-management letters; no real plan's wording. All plans,
pharmacies, infusion centers, people and numbers are invented (555 phone numbers). Decoys: the gastroenterologist
or rheumatologist where a pharmacy or infusion center is the provider, the date a request was received, NPIs,
HCPCS unit counts, the member's weight and date of birth, the approved label-dose amounts.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from fam_specialty_drug_copay_maximizer_program_letter import address, build, fd, m2, npi, pat, person, ph, usd
from inv_kit import truth

FAMILY = "biologic_dose_escalation_interval_shortening_denial"
LANG = "en"

PLANS = [dict(org="Tamarind Bay Health Partners", group="TBH-55120", addr="PO Box 40312, Marrow Creek, OR 97389",
              phone="1-555-418-9020"),
         dict(org="Cobalt Ridge Health Insurance Company", group="CR77641", addr="PO Box 918, Tillbury, KS 66093",
              phone="1-555-263-7704"),
         dict(org="Hearthstone Valley Medicaid Managed Care", group=None,
              addr="PO Box 5520, Greystone Falls, NY 12977", phone="1-555-880-3136")]
PBM = dict(org="Keelwater Rx Management", addr="PO Box 1178, Tillbury, KS 66093", phone="1-555-339-5127",
           fax="1-555-339-5190")
INFUSION = ["Silverbirch Infusion Center", "Marrow Creek Ambulatory Infusion Suites"]
PHARM = "Pinnacle Ridge Specialty Pharmacy"
PRACTICES = [("Greystone Digestive Health Associates", "Dr. Oluwaseun K. Abara, MD, Gastroenterology"),
             ("Tillbury Arthritis & Rheumatology Clinic", "Dr. Henrike L. Vandersloot, MD, Rheumatology"),
             ("Osprey Ridge IBD Center", "Dr. Tomasz J. Wierzbicki, MD, Gastroenterology")]


def items(rng: random.Random) -> list[Item]:
    out = []
    base = 250600

    # 1 born digital: PBM PA denial, adalimumab weekly without drug levels / antibodies (pre-service)
    r = random.Random(base + 1)
    plan = PLANS[0]
    mem, addr = person(r), address(r)
    mid, pa = pat(r, "TBH999999999"), pat(r, "PA-26-9999999")
    prac, doc = PRACTICES[1]
    recv, notice = dt.date(2026, 2, 3), dt.date(2026, 2, 5)
    f = dict(org=PBM["org"], org_lines=[f"Prior Authorization Department, for {plan['org']}", PBM["addr"],
                                        f"Phone {PBM['phone']}   Fax {PBM['fax']}"],
             date=fd(notice, "long"), to=[mem, *addr],
             title="Notice of Adverse Benefit Determination - Prior Authorization",
             rows=[("Member:", mem), ("Member ID:", mid), ("Group:", plan["group"]),
                   ("Authorization request #:", pa), ("Date request received:", fd(recv, "long")),
                   ("Drug requested:", "adalimumab 40 mg subcutaneous every 7 days"),
                   ("Prescriber:", doc), ("Practice:", prac), ("Prescriber NPI:", npi(r)),
                   ("Dispensing pharmacy:", PHARM)], lw=50,
             paras=["Your prescriber asked us to approve adalimumab 40 mg every week (dose escalation). The "
                    "FDA-labeled maintenance dose is 40 mg every other week, which remains approved for you.",
                    "We denied the weekly dose because it is not medically necessary based on the information we "
                    "received. Our criteria for dose escalation require a documented adalimumab trough drug level "
                    "and anti-drug antibody result showing low drug levels without high-titer antibodies, and "
                    "documented active disease despite at least 12 weeks of the labeled dose. The request did not "
                    "include drug levels or antibody results.",
                    "Your doctor may send new information at any time. You may also ask for a peer-to-peer review.",
                    "##How to appeal",
                    "You or your representative may appeal within 180 days of the date of this letter. For urgent "
                    f"situations you may ask for an expedited appeal (decision within 72 hours). Call {PBM['phone']} "
                    f"or fax {PBM['fax']}."],
             sign=["Keelwater Rx Management, on behalf of " + plan["org"]])
    out.append(Item(f"{FAMILY}_bd_adalimumab_weekly_denied", "born_digital", [(build(f), truth(
        "denial_letter", "medical_necessity", insurer=PBM["org"], group_number=plan["group"], member_id=mid,
        member_name=mem, case_numbers=[pa], claim_amount=None, service_dates=[], denial_date=notice.isoformat(),
        provider=doc.split(",")[0], appeal_deadline=(notice + dt.timedelta(days=180)).isoformat(),
        alternates={"insurer": [plan["org"]], "provider": [prac]}))]))

    # 2 born digital: ustekinumab every 4 weeks approved for 6 months
    r = random.Random(base + 2)
    plan = PLANS[1]
    mem, addr = person(r), address(r)
    mid, auth = pat(r, "CRH99999999"), pat(r, "A99999999")
    prac, doc = PRACTICES[2]
    notice = dt.date(2026, 3, 11)
    start, end = dt.date(2026, 3, 16), dt.date(2026, 9, 15)
    f = dict(org=plan["org"], font="Helvetica", org_lines=["Pharmacy Utilization Management", plan["addr"],
                                                          plan["phone"]],
             date=fd(notice, "abbr"), to=[mem, *addr], title="Your request is approved",
             boxes=[[("Member", mem, 60), ("Member ID", mid, 42), ("Group", plan["group"], 32),
                     ("Authorization", auth, 48)]],
             pre=[f"We approved ustekinumab 90 mg subcutaneous every 4 weeks (shortened from every 8 weeks) for "
                  f"Crohn's disease, requested by {doc} of {prac}."],
             table=(["Drug", "Dose / interval", "Approved from", "Approved through", "Pharmacy"],
                    [["ustekinumab 90 mg/mL", "90 mg every 4 weeks", fd(start, "abbr"), fd(end, "abbr"), PHARM]],
                    [34, 34, 26, 28, 58]),
             paras=["This approval is for 6 months. To continue the shortened interval after that, your doctor "
                    "must send a new request with a clinical response assessment and, where available, a "
                    "ustekinumab trough level.",
                    "This approval is not a guarantee of payment; benefits depend on your eligibility on the date "
                    f"the drug is dispensed. Questions? Call {plan['phone']}."],
             sign=["Pharmacy Utilization Management", plan["org"]])
    out.append(Item(f"{FAMILY}_bd_ustekinumab_q4w_approved", "born_digital", [(build(f), truth(
        "other", None, insurer=plan["org"], group_number=plan["group"], member_id=mid, member_name=mem,
        case_numbers=[auth], claim_amount=None, service_dates=[f"{start.isoformat()}/{end.isoformat()}"],
        denial_date=notice.isoformat(), provider=doc.split(",")[0], appeal_deadline=None,
        alternates={"provider": [prac, PHARM], "service_dates": [[]]}))]))

    # 3 scan 300: infusion center EOB, infliximab units above 5 mg/kg denied
    r = random.Random(base + 3)
    plan = PLANS[0]
    mem, addr = person(r), address(r)
    mid, claim = pat(r, "TBH999999999"), pat(r, "26099999999")
    prac, doc = PRACTICES[0]
    dos = dt.date(2026, 4, 7)
    notice = dt.date(2026, 4, 24)
    l1, l2, l3 = 3120.00, 3120.00, 412.00
    billed = l1 + l2 + l3
    plan_paid = round((l1 + l3) * 0.8 * 0.72, 2)
    f = dict(org=plan["org"], org_lines=[plan["addr"], "Customer Service " + plan["phone"]],
             date="Date issued: " + fd(dos.replace(day=24), "slash"), to=[mem.upper(), *addr],
             title="Explanation of Benefits", title_top=True,
             rows=[("Patient:", mem), ("Member ID:", mid), ("Group:", plan["group"]), ("Claim #:", claim),
                   ("Provider:", INFUSION[0]), ("Ordering physician:", doc.split(",")[0]),
                   ("Patient weight on claim:", "82 kg")], lw=48,
             table=(["Date", "Code", "Description", "Units", "Billed", "Allowed", "Paid", "Remark"],
                    [[fd(dos, "slash"), "J1745", "Infliximab 10 mg (up to 5 mg/kg)", "41", usd(l1),
                      usd(round(l1 * 0.72, 2)), "", ""],
                     [fd(dos, "slash"), "J1745", "Infliximab 10 mg (over 5 mg/kg)", "41", usd(l2), "$0.00", "$0.00",
                      "MN7"],
                     [fd(dos, "slash"), "96413", "Chemo/biologic infusion, 1st hr", "1", usd(l3),
                      usd(round(l3 * 0.72, 2)), "", ""],
                     ["*Claim total", "", "", "", usd(billed), usd(round((l1 + l3) * 0.72, 2)), usd(plan_paid), ""]],
                    [20, 14, 52, 11, 21, 21, 21, 14]),
             aligns="LLLRRRRC",
             paras=["MN7: Units above the approved dose of 5 mg/kg every 8 weeks are denied as not medically "
                    "necessary. The authorization on file does not include a 10 mg/kg dose. No drug level or "
                    "antibody result was submitted with the request to escalate.",
                    "You may owe your coinsurance on the allowed lines. You do not owe the infusion center for the "
                    "denied units if it is in our network.",
                    "Appeals: you may appeal within 180 days of the date of this statement by writing to "
                    f"{plan['addr']}."])
    f["table"][1][0][6] = usd(round(l1 * 0.72 * 0.8, 2))
    f["table"][1][2][6] = usd(round(l3 * 0.72 * 0.8, 2))
    f["table"][1][3][6] = usd(round(l1 * 0.72 * 0.8, 2) + round(l3 * 0.72 * 0.8, 2))
    out.append(Item(f"{FAMILY}_scan_infliximab_eob", "scan_clean_300", [(build(f), truth(
        "eob", "medical_necessity", insurer=plan["org"], group_number=plan["group"], member_id=mid,
        member_name=mem, case_numbers=[claim], claim_amount=m2(billed), service_dates=[dos.isoformat()],
        denial_date=notice.isoformat(), provider=INFUSION[0],
        appeal_deadline=(notice + dt.timedelta(days=180)).isoformat(),
        alternates={"claim_amount": [m2(l2)]}))]))

    # 4 low-res scan: renewal - step back to the label dose required (Medicaid MCO)
    r = random.Random(base + 4)
    plan = PLANS[2]
    mem, addr = person(r), address(r)
    mid, ref = pat(r, "HV99999999"), pat(r, "UM2026-999999")
    prac, doc = PRACTICES[1]
    recv, notice = dt.date(2026, 5, 12), dt.date(2026, 5, 19)
    fhd = notice + dt.timedelta(days=60)
    f = dict(org=plan["org"], org_lines=[plan["addr"], "Member Services " + plan["phone"] + "  TTY 711"],
             date=fd(notice, "dmy"), to=[mem, *addr], title="NOTICE OF ACTION: Your request was partly denied",
             rows=[("Member", mem), ("Medicaid ID", mid), ("Reference number", ref),
                   ("Request received", fd(recv, "dmy")), ("Requested by", doc), ("Clinic", prac),
                   ("Pharmacy", PHARM)], lw=44,
             paras=["Your doctor asked to continue adalimumab 40 mg every week. We approved adalimumab 40 mg every "
                    "other week (the labeled dose). We denied the weekly dose.",
                    "Why: you have received the weekly dose for 6 months under a time-limited approval. Our "
                    "renewal criteria ask for evidence that the higher dose helped (a lower disease activity "
                    "score) and a current drug level. The records sent show no change in disease activity and no "
                    "drug level. The plan requires a step back to the label dose.",
                    "##Your right to appeal",
                    "You may ask the plan for an appeal. You must ask within 60 days of the date of this notice, "
                    f"by {fd(fhd, 'dmy')}. After the appeal you may ask for a State Fair Hearing within 120 days of "
                    "the appeal decision. To keep getting the weekly dose during your appeal, you must appeal within "
                    "10 days."],
             sign=["Utilization Management", plan["org"]])
    out.append(Item(f"{FAMILY}_lowres_step_back_label_dose", "scan_lowres_150", [(build(f), truth(
        "denial_letter", "medical_necessity", insurer=plan["org"], member_id=mid, member_name=mem,
        case_numbers=[ref], claim_amount=None, service_dates=[], denial_date=notice.isoformat(),
        provider=doc.split(",")[0], appeal_deadline=fhd.isoformat(), alternates={"provider": [prac]}))]))

    # 5 fax stack: cover + denial letter to infusion center + member EOB of the extra dose
    r = random.Random(base + 5)
    plan = PLANS[1]
    mem, addr = person(r), address(r)
    mid, ref, claim = pat(r, "CRH99999999"), pat(r, "UMR-9999999"), pat(r, "C2699999999")
    prac, doc = PRACTICES[2]
    recv, notice = dt.date(2026, 6, 1), dt.date(2026, 6, 4)
    dos = dt.date(2026, 6, 16)
    f1 = dict(org=plan["org"], org_lines=["Utilization Management - Provider Notification", plan["addr"],
                                          "UM phone " + plan["phone"] + "   UM fax 1-555-263-7788"],
              date="Date of notice: " + fd(notice, "slash"),
              to=["To: " + INFUSION[1], "Attn: Infusion Scheduling", "Fax: " + ph(r)],
              title="Prior Authorization Determination - DENIED",
              rows=[("Member name", mem), ("Member ID", mid), ("Group", plan["group"]), ("Case number", ref),
                    ("Received", fd(recv, "slash")), ("Servicing facility", INFUSION[1]),
                    ("Ordering provider", doc), ("Requested service", "J1745 infliximab 10 mg/kg every 4 weeks"),
                    ("Planned date of service", fd(dos, "slash"))], lw=50,
              paras=["The request for infliximab 10 mg/kg every 4 weeks is denied as not medically necessary. "
                     "Criteria for dose escalation or interval shortening require a trough infliximab level and "
                     "antibodies to infliximab. Neither was documented. Infliximab 5 mg/kg every 8 weeks remains "
                     "authorized.",
                     "A peer-to-peer discussion is available within 14 days. The member may appeal within 180 days "
                     "of the date of this notice; a copy has been mailed to the member."],
              sign=["Medical Director, Utilization Management", plan["org"]])
    billed = 6488.00
    notice2 = dt.date(2026, 7, 2)
    f2 = dict(org=plan["org"], org_lines=[plan["addr"], plan["phone"]],
              date="Statement date " + fd(notice2, "long"), to=[mem.upper(), *addr],
              title="EXPLANATION OF BENEFITS", title_top=True,
              boxes=[[("Member", mem, 60), ("Member ID", mid, 42), ("Group", plan["group"], 34),
                      ("Claim", claim, 46)],
                     [("Provider", INFUSION[1], 100), ("Ordered by", doc.split(",")[0], 82)]],
              table=(["Service date", "Service", "Billed", "Plan pays", "You owe", "Code"],
                     [[fd(dos, "slash"), "J1745 x 82 infliximab 10 mg units", usd(billed), "$0.00", "$0.00",
                       "PA2"]],
                     [26, 76, 26, 22, 20, 12]),
              aligns="LLRRRC",
              paras=["PA2: The infliximab dose and interval billed were not authorized (case " + ref + "). The "
                     "dose above 5 mg/kg every 8 weeks was denied as not medically necessary. Your provider may not "
                     "bill you for this service.",
                     "If you disagree, you may appeal within 180 days of the date of this statement."])
    out.append(Item(f"{FAMILY}_fax_stack_infliximab", "fax_fine_g4", [
        (build(f1), truth("denial_letter", "medical_necessity", insurer=plan["org"], group_number=plan["group"],
                          member_id=mid, member_name=mem, case_numbers=[ref], claim_amount=None,
                          service_dates=[dos.isoformat()], denial_date=notice.isoformat(), provider=INFUSION[1],
                          appeal_deadline=(notice + dt.timedelta(days=180)).isoformat())),
        (build(f2), truth("eob", "medical_necessity", insurer=plan["org"], group_number=plan["group"],
                          member_id=mid, member_name=mem, case_numbers=[claim, ref], claim_amount=m2(billed),
                          service_dates=[dos.isoformat()], denial_date=notice2.isoformat(), provider=INFUSION[1],
                          appeal_deadline=(notice2 + dt.timedelta(days=180)).isoformat(),
                          alternates={"case_numbers": [[claim]]}, denial_alternates=["prior_authorization"]))],
        separators=["cover", None]))

    # 6 rotated: appeal decision upholding the weekly adalimumab denial
    r = random.Random(base + 6)
    plan = PLANS[1]
    mem, addr = person(r), address(r)
    mid, app, pa = pat(r, "CRH99999999"), pat(r, "APP-999999"), pat(r, "PA-26-9999999")
    prac, doc = PRACTICES[0]
    recv, notice = dt.date(2026, 7, 14), dt.date(2026, 8, 10)
    f = dict(org=plan["org"], org_lines=["Appeals and Grievances", plan["addr"], plan["phone"]],
             date=fd(notice, "long"), to=[mem, *addr], title="Appeal Decision: Denial Upheld",
             rows=[("Member:", mem), ("ID:", mid), ("Group:", plan["group"]), ("Appeal number:", app),
                   ("Original request:", pa), ("Appeal received:", fd(recv, "long")),
                   ("Medication:", "adalimumab 40 mg every week"), ("Prescribing physician:", doc),
                   ("Pharmacy:", PHARM)], lw=48,
             paras=["A board-certified gastroenterologist who was not involved in the first decision reviewed your "
                    "appeal. The reviewer upheld the denial. The records include a fecal calprotectin result but "
                    "no adalimumab trough level or antibody test, which our Biologic Dose Optimization policy "
                    "(RX-214) requires before approving weekly dosing.",
                    "If you disagree, you may ask for a second-level appeal. Your request must be received by "
                    f"{fd(notice + dt.timedelta(days=60), 'long')}. You may also ask for an external review within "
                    "4 months."],
             sign=["Appeals and Grievances", plan["org"]])
    out.append(Item(f"{FAMILY}_rotated_appeal_upheld", "rotated", [(build(f), truth(
        "denial_letter", "medical_necessity", insurer=plan["org"], group_number=plan["group"], member_id=mid,
        member_name=mem, case_numbers=[app, pa], claim_amount=None, service_dates=[],
        denial_date=notice.isoformat(), provider=doc.split(",")[0],
        appeal_deadline=(notice + dt.timedelta(days=60)).isoformat(),
        alternates={"case_numbers": [[app]], "provider": [PHARM]}))]))

    # 7 photocopy: ustekinumab every 4 weeks denied, letter to the prescriber's practice
    r = random.Random(base + 7)
    plan = PLANS[0]
    mem, addr = person(r), address(r)
    mid, pa = pat(r, "TBH999999999"), pat(r, "PA-26-9999999")
    prac, doc = PRACTICES[2]
    recv, notice = dt.date(2026, 9, 2), dt.date(2026, 9, 8)
    f = dict(org=PBM["org"], org_lines=[f"for {plan['org']}", PBM["addr"], "Fax " + PBM["fax"]],
             date=fd(notice, "iso"), to=[prac, doc, "Re: " + mem],
             title="Prior Authorization Denial - Provider Copy",
             boxes=[[("Patient", mem, 58), ("Member ID", mid, 44), ("Group", plan["group"], 34),
                     ("PA number", pa, 46)],
                    [("Drug", "ustekinumab 90 mg q4 weeks", 70), ("Received", fd(recv, "iso"), 40),
                     ("Patient DOB", fd(dt.date(1988, 11, 2), "iso"), 36), ("Prescriber NPI", npi(r), 36)]],
             paras=["Ustekinumab 90 mg every 4 weeks is denied. The plan covers ustekinumab maintenance every 8 "
                    "weeks. Interval shortening requires loss of response documented by objective measures "
                    "(endoscopy, calprotectin or CRP) and a trough level; the chart notes sent describe symptoms "
                    "only.",
                    "The member or the prescriber on the member's behalf may appeal in writing within 180 days "
                    "of the date of this notice."],
             sign=["Clinical Pharmacist Reviewer", PBM["org"]])
    out.append(Item(f"{FAMILY}_photocopy_ustekinumab_q4w_denied", "photocopy", [(build(f), truth(
        "denial_letter", "medical_necessity", insurer=PBM["org"], group_number=plan["group"], member_id=mid,
        member_name=mem, case_numbers=[pa], claim_amount=None, service_dates=[], denial_date=notice.isoformat(),
        provider=prac, appeal_deadline=(notice + dt.timedelta(days=180)).isoformat(),
        alternates={"insurer": [plan["org"]], "provider": [doc.split(",")[0]]}))]))
    return out


def documents(rng: random.Random) -> list[Item]:
    return items(rng)
