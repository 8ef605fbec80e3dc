"""Family dol_abd: the DOL model adverse benefit determination notices of an ERISA group health plan, from its TPA.

Modelled on the public DOL/EBSA model 'Notice of Adverse Benefit Determination' and 'Notice of Final
Internal Adverse Benefit Determination': logo, the 'Important: This notice contains information about your
right to appeal' line, a claim box (Claimant, Patient, Plan, Plan Number, Group, Claim, Date of Service,
Provider, Amount of Claim), reason and denial codes, plan provision and internal rule, diagnosis and
treatment codes on request, the 180-day internal appeal, the four-month external review, ERISA 502(a), EBSA
and consumer-assistance numbers. Appeal time stated three ways (from receipt, of the date of the notice, a date).
"""

from __future__ import annotations

import random

from capture import Item
from public_kit import (CLINICIANS, FACILITIES, Page, address, digits, fdate, m2, money, notice_date, out,
                        person, plus, span, truth)

FAMILY = "dol_abd"
LANG = "en"

ADMINS = [("Crestline Benefit Administrators", "PO Box 20417, Kansas City MO 64195"),
          ("Ironbridge Health Claims Services", "3300 Riverfront Dr, Suite 400, Pittsburgh PA 15222"),
          ("Sagebrush Mutual Life & Health", "1 Sagebrush Plaza, Boise ID 83702")]
PLANS = [("Harborview Manufacturing Employee Health Plan", "Harborview Manufacturing, Inc."),
         ("Tri-County Electrical Workers Welfare Fund", "IBEW Local 1187 Contributing Employers"),
         ("Meridian Logistics Group Medical Plan", "Meridian Logistics Group LLC"),
         ("Brightwater School District Health Benefit Plan", "Brightwater Unified School District")]
REASONS = {
    "medical_necessity": ("CO-50", "These are non-covered services because this is not deemed a medical necessity "
                          "by the payer.", "The information submitted does not show that the {svc} was medically "
                          "necessary. The records show mild symptoms that had not been treated with rest, home "
                          "exercise or medication before the procedure.", "Section 5.2, Medically Necessary Services"),
    "timely_filing": ("CO-29", "The time limit for filing has expired.", "The claim for the {svc} reached us "
                      "{late} days after the date of service. The Plan pays only claims submitted within 365 days "
                      "of the date the service was provided.", "Section 9.1, Filing a Claim"),
    "coding_error": ("CO-4", "The procedure code is inconsistent with the modifier used or a required modifier is "
                     "missing.", "The procedure was billed with modifier 59 on the same day as the main surgery and "
                     "the records do not support a separate procedure. We cannot pay the claim as it was coded; the "
                     "provider may send a corrected claim.", "Section 8.4, Claims Payment"),
    "out_of_network": ("PR-242", "Services not provided by network/primary care providers.", "{prov} does not "
                       "participate in the Plan's preferred provider network. Your Plan option (EPO) pays for "
                       "out-of-network care only for emergencies, and this visit was scheduled in advance.",
                       "Section 4.3, Network Providers"),
    "eligibility": ("CO-27", "Expenses incurred after coverage terminated.", "The patient was not covered on the "
                    "date of service. Dependent children are covered to the end of the month in which they turn "
                    "26; the Plan's enrollment records show coverage for the patient ended before this date.",
                    "Section 2.2, Eligible Dependents"),
    "other": ("CO-22", "This care may be covered by another payer per coordination of benefits.", "Our records show "
              "the patient has other group coverage that pays first. Please have the provider bill the primary plan "
              "and send us its explanation of benefits.", "Section 10.1, Coordination of Benefits"),
    "experimental": ("CO-55", "Procedure/treatment is deemed experimental/investigational by the payer.",
                     "The reviewer, a board-certified oncologist, found that the {svc} is investigational for the "
                     "patient's diagnosis. Published studies have not shown it improves outcomes compared with "
                     "standard treatment.", "Section 6.7, Experimental or Investigational Services"),
    "prior_authorization": ("CO-197", "Precertification/authorization/notification absent.", "The Plan requires "
                            "precertification of the {svc} at least 5 business days before the service. No "
                            "precertification request was received, so benefits are denied.",
                            "Section 3.6, Precertification"),
}
SERVICES = {"medical_necessity": ("knee arthroscopy with meniscectomy", "29881", 9840),
            "timely_filing": ("emergency department visit and CT of the head", "99284, 70450", 4175),
            "coding_error": ("laparoscopic appendectomy with separate adhesiolysis", "44970-59", 21460),
            "out_of_network": ("consultation and nerve conduction study", "99244, 95910", 1320),
            "eligibility": ("urgent care visit and rapid strep test", "99203, 87880", 312),
            "other": ("outpatient physical therapy, 6 visits", "97110, 97140", 1680),
            "experimental": ("tumor treating fields therapy", "E0766", 21000),
            "prior_authorization": ("outpatient sleep study, attended", "95810", 3240)}


def make(rng, denial, deadline_style, final=False, dependent=False):
    admin, aaddr = rng.choice(ADMINS)
    plan, employer = rng.choice(PLANS)
    claimant, *_ = person(rng)
    patient = person(rng)[0] if dependent else claimant
    notice = notice_date(rng)
    ds = rng.choice(["long", "slash", "dmy", "iso", "short"])
    svc, code, base = SERVICES[denial]
    billed = round(base * rng.uniform(0.85, 1.2) + rng.choice([0, 0.5, 0.35]), 2)
    prov = rng.choice(FACILITIES if denial in ("coding_error", "prior_authorization", "timely_filing", "other")
                      else CLINICIANS)
    late = rng.randint(380, 470)
    dos = plus(notice, -(late + 10 if denial == "timely_filing" else rng.randint(25, 75)))
    claim = rng.choice([digits(rng, 12), f"{notice.strftime('%y')}{digits(rng, 9)}", f"E{digits(rng, 10)}"])
    appeal_no = f"APL-{digits(rng, 7)}" if final else None
    member = rng.choice([digits(rng, 9), f"W{digits(rng, 8)}", f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 4)}X"])
    group = rng.choice([digits(rng, 5), f"G{digits(rng, 6)}", f"{digits(rng, 4)}-{rng.randint(10, 99)}"])
    plan_no = rng.choice(["501", "502", "510", "503"])
    carc, carc_text, reason, section = REASONS[denial]
    p = Page(serif=rng.random() < 0.4, footer=rng.choice(["Page {n} of {nb}", "{n}"]))
    p.add_page()
    p.line(admin, 16, "B", h=8)
    p.line(aaddr, 8.5, h=4.2)
    p.line(f"Customer Service 1-8{rng.randint(55, 88)}-555-{rng.randint(1000, 9999)}  |  Fax "
           f"1-8{rng.randint(55, 88)}-555-{rng.randint(1000, 9999)}", 8.5, h=4.2)
    p.line(f"Claims administrator for the {plan}", 8.5, h=4.2)
    p.ln(5)
    for ln in [claimant.upper()] + address(rng):
        p.line(ln, 10, h=5)
    p.ln(4)
    title = "Notice of Final Internal Adverse Benefit Determination" if final else "Notice of Adverse Benefit Determination"
    p.line(title, 14, "B", align="C", h=7)
    p.f(9, "B")
    p.multi_cell(0, 4.4, "Important: This notice contains information about your right to appeal a claim decision. "
                 "Keep a copy of this notice and all papers related to this claim.", border=1, align="C",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    rows = [("Date of Notice", fdate(notice, ds)), ("Claimant", claimant)]
    if dependent:
        rows.append(("Patient", patient))
    id_label = rng.choice(["Participant ID", "Employee ID", "Subscriber ID", "Member ID"])
    rows += [(id_label, member), ("Plan", plan), ("Plan Number", plan_no),
             (rng.choice(["Group Number", "Group No.", "Employer Group #"]), group),
             ("Claim Number" if not final else "Claim Number / Appeal No.", claim + (f" / {appeal_no}" if final else "")),
             ("Date of Service", fdate(dos, ds)), ("Provider", prov),
             ("Amount of Claim", money(billed, rng.choice(["plain", "flat", "nosign"])))]
    p.boxed_pairs(rows, label_w=58, size=9.5)
    if final:
        p.para(f"On {fdate(plus(notice, -rng.randint(20, 40)), ds)} we received your appeal of our decision to deny "
               f"the claim above. A reviewer who did not take part in the first decision looked at your appeal and "
               f"the medical records. **We are upholding the denial.**", 10)
    p.heading("Reason for Denial", 11)
    p.para(reason.format(svc=svc, late=late, prov=prov) + f" (Plan provision: Summary Plan Description, {section}.)", 10)
    p.para(f"**Denial code:** {carc} \u2013 {carc_text}  Service billed: {svc} ({code}).", 9.5)
    p.para("The diagnosis code(s) and treatment code(s) for this claim, and their meanings, are available to you free "
           "of charge on request. In making this decision we relied on an internal guideline (Clinical Policy "
           f"CP-{digits(rng, 3)}); a copy is available free of charge on request.", 9.5)
    p.heading("What if I need help understanding this denial?", 11)
    p.para(f"Contact us at 1-8{rng.randint(55, 88)}-555-{rng.randint(1000, 9999)} if you need help understanding this "
           f"notice or our decision.", 9.5)
    deadline = appeal_text(p, rng, notice, ds, deadline_style, final)
    rights_page(p, rng, final)
    alts = {"insurer": [plan]}
    if deadline_style == "receipt":
        alts["appeal_deadline"] = [plus(notice, 180).isoformat()]
    t = truth("denial_letter", denial, insurer=admin, plan_id=plan_no, group=group, member_id=member,
              member_name=patient, cases=[c for c in (claim, appeal_no) if c], claim_amount=m2(billed),
              service_dates=[span(dos)], denial_date=notice.isoformat(), provider=prov, appeal_deadline=deadline,
              alternates=alts, denial_alternates=["not_covered"] if denial == "experimental" else None)
    return out(p), t


def appeal_text(p, rng, notice, ds, style, final):
    p.heading("What if I don\u2019t agree with this decision?", 11)
    if final:
        p.para("You have exhausted the Plan\u2019s internal appeal process. You may ask for an external review by an "
               "independent review organization within four months after the date you receive this notice. You also "
               "have the right to bring a civil action under section 502(a) of ERISA.", 10)
        return None
    if style == "receipt":
        p.para("You have **180 days** from the receipt of this notice of adverse benefit determination to file an "
               "internal appeal. Below is a summary of your appeal rights.", 10)
        return None
    if style == "notice":
        p.para("To appeal, send a written request within 180 days of the date of this notice to the address above. "
               "Include the claim number and any information you want us to consider.", 10)
        return plus(notice, 180).isoformat()
    last = plus(notice, 180)
    p.para(f"Your written appeal must be received by **{fdate(last, ds)}**. Include the claim number and any records "
           "or letters you want us to consider.", 10)
    return last.isoformat()


def rights_page(p, rng, final):
    p.add_page()
    p.heading("Important Information About Your Rights", 12, rule=True)
    p.para("**Internal appeal.** You or your authorized representative may appeal. You may review and get copies of "
           "all documents relevant to your claim free of charge and submit written comments. A different reviewer "
           "will decide your appeal within 30 days (pre-service) or 60 days (post-service).", 9.5)
    p.para("**Urgent care.** If your claim involves urgent care, you may ask for an expedited appeal by phone; we will "
           "decide within 72 hours. You may ask for an expedited external review at the same time.", 9.5)
    p.para("**External review.** If the Plan upholds its decision and the denial involved medical judgment or a "
           "rescission, you may ask for external review within four (4) months after receiving the final internal "
           "decision.", 9.5)
    p.para("**Your right to sue.** You have the right to bring a civil action under section 502(a) of the Employee "
           "Retirement Income Security Act (ERISA) after you have completed the Plan\u2019s appeal process.", 9.5)
    p.heading("Other resources to help you", 11)
    p.para("For questions about your rights, contact the Employee Benefits Security Administration at 1-866-444-EBSA "
           "(3272). Your state consumer assistance program may also be able to help: 1-877-555-0192.", 9.5)
    p.para("Language assistance: SPANISH (Espa\u00f1ol): Para obtener asistencia en Espa\u00f1ol, llame al "
           "1-800-555-0147. TAGALOG: Kung kailangan ninyo ang tulong sa Tagalog tumawag sa 1-800-555-0147.", 8.5)


def approval(rng):
    """A notice of benefit determination that approves a precertification (denies nothing)."""
    admin, aaddr = rng.choice(ADMINS)
    plan, _ = rng.choice(PLANS)
    name, *_ = person(rng)
    notice = notice_date(rng)
    ds = rng.choice(["long", "slash"])
    member, group, ref = digits(rng, 9), digits(rng, 5), f"PC{digits(rng, 8)}"
    prov, dos = rng.choice(FACILITIES), plus(notice, rng.randint(8, 30))
    p = Page(footer=None)
    p.add_page()
    p.line(admin, 16, "B", h=8)
    p.line(aaddr, 8.5, h=4.2)
    p.ln(6)
    p.line(fdate(notice, ds), 10)
    p.ln(3)
    p.line("Notice of Benefit Determination \u2013 Precertification Approved", 13, "B", h=7)
    p.boxed_pairs([("Participant", name), ("Member ID", member), ("Plan", plan), ("Group Number", group),
                   ("Precertification No.", ref), ("Provider", prov), ("Scheduled date", fdate(dos, ds)),
                   ("Service", "MRI, lumbar spine without contrast (72148)")], label_w=50)
    p.para("We approved the service above as medically necessary. This approval is valid for 60 days from the "
           "scheduled date and is not a guarantee of payment: benefits depend on your eligibility and plan terms "
           "on the date of service.", 10)
    p.para("You do not need to do anything. If you have questions, call the number on your ID card.", 10)
    t = truth("other", None, insurer=admin, plan_id=None, group=group, member_id=member, member_name=name,
              cases=[ref], service_dates=[span(dos)], denial_date=notice.isoformat(), provider=prov,
              alternates={"insurer": [plan]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    return [Item("dol_abd_bd_mednec", "born_digital", [make(rng, "medical_necessity", "receipt")]),
            Item("dol_abd_bd_final_exper", "born_digital", [make(rng, "experimental", "receipt", final=True)]),
            Item("dol_abd_scan_timely", "scan_clean_300", [make(rng, "timely_filing", "notice")]),
            Item("dol_abd_lowres_coding", "scan_lowres_150", [make(rng, "coding_error", "date")]),
            Item("dol_abd_copy_oon", "photocopy", [make(rng, "out_of_network", "notice")]),
            Item("dol_abd_photo_dep_elig", "phone_photo", [make(rng, "eligibility", "date", dependent=True)]),
            Item("dol_abd_faxs_cob", "fax_standard_g4", [make(rng, "other", "receipt", dependent=True)]),
            Item("dol_abd_stack_mail", "scan_clean_300",
                 [make(rng, "prior_authorization", "notice"), approval(rng)], ["blank", None])]
