"""Family 'gastric_electrical_stimulator_gastroparesis_experimental_denial': an invented commercial plan refuses a
gastric electrical stimulator (GES) for drug-refractory gastroparesis as investigational (a humanitarian-use device
whose benefit has not been shown in controlled trials).

Documents: a born-digital pre-service denial (label column and decision table); the GI clinic's scanned letter to the
plan asking for reconsideration (denies nothing); a photocopied member EOB with three claims, only the implant claim
denied (CO-55); a standard-fax stack (cover, the plan's final internal appeal decision upholding the denial, and the
independent review organization's external review decision overturning it, in prose, its page fed upside down); a
phone photo of the hospital's patient statement after the denial (denies nothing); a sideways letter to the
facility denying the temporary endoscopic stimulation trial claim, every fact in sentences; a low-resolution
authorization letter after the external review (denies nothing).
All values invented; phones 1-555. Decoys: DOB, NPI, request-received dates, medical policy number, patient account
numbers, 72-hour and 4-month external review limits, other claims, plan-year accumulators.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcx_famcxb import Page, addr, fd, letterhead, lv, money, out, paras, pat, ph, plus

FAMILY = "gastric_electrical_stimulator_gastroparesis_experimental_denial"
LANG = "en"
SEED = 348400
PLAN = "Brightwater Cooperative Health"
PLAN_ADDR = "PO Box 66214, Harrisburg, PA 17199"
POLICY = "MP-GI-0412 Gastric Electrical Stimulation"
CLINIC = "Tamarack Digestive Health Associates"
GI = "Nadia K. Ferreira-Lund, MD"
GI_BARE = "Nadia K. Ferreira-Lund"
SURGEON = "Tobias E. Whitcombe, MD"
SURGEON_BARE = "Tobias E. Whitcombe"
HOSP = "St. Aldric Valley Hospital"
IRO = "Keystone Bridge Independent Review, Inc."
MEMBERS = ["Marguerite S. Oyelaran", "Leopold V. Achterberg", "Corinne D. Mwangi", "Elspeth R. Dunleavy",
           "Harriet N. Featherstone", "Ignatius P. Rinaldi", "Wilhelmina T. Salcedo"]


def who(r: random.Random, k: int) -> dict:
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 150))
    return dict(notice=notice, member=MEMBERS[k], mid="BWC" + pat(r, "99999999"), group=pat(r, "99999-999"),
                phone=ph(r), dob=dt.date(r.randint(1960, 2004), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"),
                addr=[f"{r.randint(100, 9800)} Conodoguinet Road", "Carlisle, PA 17199"])


def doc_predenial_bd(r):
    f = who(r, 0)
    auth = "PA" + pat(r, "99999999")
    got = plus(f["notice"], -r.randint(5, 10))
    planned = plus(f["notice"], r.randint(14, 30))
    p = Page(footer="Page {n} of {nb}", footer_left=f"{PLAN}  |  Utilization Management  |  {auth}")
    p.add_page()
    letterhead(p, PLAN, [PLAN_ADDR, f"Member Services {f['phone']}", "Utilization Management fax 1-555-402-8813"], 1)
    p.line(fd(f["notice"], "long"), 10)
    p.ln(3)
    addr(p, [f["member"], *f["addr"]])
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION  -  PRE-SERVICE", 11.5, "B", h=6)
    p.ln(2)
    lv(p, [("Member:", f["member"]), ("Member ID:", f["mid"]), ("Group:", f["group"]),
           ("Date of birth:", fd(f["dob"], "long")), ("Authorization #:", auth),
           ("Requesting physician:", SURGEON), ("Facility:", HOSP), ("Received:", fd(got, "long"))], w=44, size=9.3)
    p.table(["Service", "CPT", "Planned date", "Determination"],
            [["Gastric neurostimulator electrodes, laparoscopic", "43647", fd(planned, "long"), "Not approved"],
             ["Pulse generator implantation", "64590", fd(planned, "long"), "Not approved"]],
            [80, 18, 38, 38], size=8.6)
    paras(p, [
        "#Reason for our decision",
        "Gastric electrical stimulation for gastroparesis is considered experimental/investigational under medical "
        f"policy {POLICY}. The device is marketed under a Humanitarian Device Exemption, and controlled studies have "
        "not shown that it improves nausea, vomiting or gastric emptying more than sham stimulation. Your plan "
        "excludes services that are experimental or investigational (Certificate of Coverage, Section 7.4).",
        "#Your right to appeal",
        "You may appeal this decision within 180 days of the date of this letter. Send your appeal to Member Appeals at "
        "the address above, or call Member Services. If your doctor believes a delay would seriously jeopardize your "
        "health, you may ask for an expedited appeal, which we decide within 72 hours. After our final decision you "
        "may ask for an external review by an independent review organization within 4 months.",
        "You may ask, free of charge, for copies of the medical policy and all documents relevant to this decision."],
        9.3)
    t = truth("denial_letter", "experimental", insurer=PLAN, member_id=f["mid"], group_number=f["group"],
              member_name=f["member"], case_numbers=[auth], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=SURGEON,
              appeal_deadline=plus(f["notice"], 180).isoformat(), alternates={"provider": [SURGEON_BARE, HOSP]})
    return out(p), t


def doc_clinic_letter(r):
    f = who(r, 1)
    auth = "PA" + pat(r, "99999999")
    denied_on = plus(f["notice"], -r.randint(10, 20))
    planned = plus(f["notice"], r.randint(20, 40))
    p = Page(serif=True, footer=None)
    p.add_page()
    letterhead(p, CLINIC, ["Gastroenterology  -  Motility Center", "455 Market Square, Suite 210, Carlisle, PA 17199",
                           "Tel 1-555-243-6120  Fax 1-555-243-6129"], 0)
    p.line(fd(f["notice"], "abbr"), 10)
    p.ln(3)
    addr(p, [f"{PLAN} - Member Appeals", PLAN_ADDR])
    p.line(f"Re: {f['member']}   ID {f['mid']}   DOB {fd(f['dob'], 'abbr')}", 10, "B")
    p.line(f"Request for reconsideration of authorization {auth}", 10, "B")
    p.ln(3)
    paras(p, [
        "Dear Medical Director,",
        f"I am writing for my patient, whose request for a gastric electrical stimulator was denied on "
        f"{fd(denied_on, 'abbr')} as investigational. She has diabetic gastroparesis with 4-hour gastric retention of "
        "38 percent, has been admitted five times this year for dehydration, and has failed metoclopramide, "
        "erythromycin and domperidone (obtained under an FDA expanded-access protocol). She is losing weight despite "
        "jejunal feeding.",
        "For patients with refractory diabetic gastroparesis, the device is the only remaining option short of "
        "surgery. Published series show fewer hospital days after implantation. I ask that you approve the implant "
        f"with Dr. Whitcombe at {HOSP}, planned for {fd(planned, 'abbr')}.",
        "Enclosed: gastric emptying study, hospital discharge summaries, medication history.",
        "Sincerely,", "", GI, f"{CLINIC}  -  NPI {f['npi']}"], 10)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], case_numbers=[auth],
              service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(), provider=GI,
              unscored=["insurer"], alternates={"provider": [GI_BARE, CLINIC],
                                               "case_numbers": [[]]})
    return out(p), t


def doc_eob_copy(r):
    f = who(r, 2)
    d1 = plus(f["notice"], -r.randint(50, 60))
    d2 = plus(d1, r.randint(7, 12))
    d3 = plus(d2, r.randint(10, 16))
    c1, c2, c3 = (pat(r, "9999999999") + "0" for _ in range(3))
    acct = pat(r, "99999999")
    b1, b2, b3 = 1184.00, 2460.50, 31877.25
    a1, a2 = 402.16, 911.40
    p = Page(footer="Page {n} of {nb}  -  This is not a bill")
    p.add_page()
    letterhead(p, PLAN, [PLAN_ADDR, f"Member Services {f['phone']}"], 2)
    p.line("EXPLANATION OF BENEFITS", 13, "B", h=7)
    p.ln(1)
    lv(p, [("Statement date", fd(f["notice"], "dmy")), ("Member", f["member"]), ("Member ID", f["mid"]),
           ("Group", f["group"]), ("Claims processed", f"{fd(plus(f['notice'], -30), 'dmy')} - "
                                                        f"{fd(plus(f['notice'], -1), 'dmy')}")], w=38, size=9.2)
    p.table(["Claim #", "Provider", "Service", "Date", "Billed", "Allowed", "Plan paid", "You owe", "Code"],
            [[c1, "Tamarack Digestive", "Gastric emptying scan", fd(d1, "short"), money(b1), money(a1),
              money(a1 - 80), money(80), ""],
             [c2, "Tamarack Digestive", "Upper endoscopy", fd(d2, "short"), money(b2), money(a2),
              money(a2 - 150), money(150), ""],
             [c3, HOSP, "GES implant, outpt", fd(d3, "short"), money(b3), money(0), money(0), money(0), "CO-55"]],
            [22, 35, 30, 14, 19, 16, 16, 14, 13], size=7.4, row_h=5.4)
    paras(p, [
        f"CO-55: Procedure/treatment/drug is deemed experimental/investigational by the payer. Claim {c3} for the "
        f"gastric stimulator implant at {HOSP} was denied under medical policy {POLICY}. Because the hospital is in "
        "network, you cannot be billed for the denied amount.",
        f"Hospital patient account {acct}. Plan-year deductible met: {money(500)} of {money(1500)}.",
        "If you disagree with how a claim was processed, you may appeal within 180 days of the date of this statement. "
        "Expedited appeals are decided within 72 hours; external review may be requested within 4 months of a final "
        "internal decision."], 8.8)
    t = truth("eob", "experimental", insurer=PLAN, member_id=f["mid"], group_number=f["group"],
              member_name=f["member"], case_numbers=[c3], claim_amount=f"{b3:.2f}", service_dates=[d3.isoformat()],
              denial_date=f["notice"].isoformat(), provider=HOSP,
              appeal_deadline=plus(f["notice"], 180).isoformat())
    return out(p), t


def stack_final_and_iro(r):
    f = who(r, 3)
    appeal, auth = "APL-" + pat(r, "9999999"), "PA" + pat(r, "99999999")
    first = plus(f["notice"], -r.randint(40, 55))
    planned = plus(f["notice"], r.randint(30, 50))
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    letterhead(p, PLAN, ["Member Appeals", PLAN_ADDR, f"Member Services {f['phone']}"], 0)
    p.line(fd(f["notice"], "slash"), 10)
    p.ln(3)
    addr(p, [f["member"], *f["addr"]])
    p.line("FINAL INTERNAL APPEAL DECISION", 12, "B")
    p.ln(1)
    lv(p, [("Appeal number", appeal), ("Authorization", auth), ("Member ID", f["mid"]), ("Group", f["group"]),
           ("Service", "Gastric electrical stimulator (CPT 43647, 64590)"), ("Planned date", fd(planned, "slash")),
           ("Requesting physician", SURGEON), ("Decision", "Denial upheld")], w=44, size=9.2)
    paras(p, [
        f"A board-certified gastroenterologist who took no part in the first decision of {fd(first, 'slash')} reviewed "
        "your appeal, your physician's letter and your records. Controlled trials of gastric electrical stimulation "
        f"have not shown a benefit over sham stimulation, so the device remains investigational under {POLICY}. The "
        "original denial is upheld. This is our final internal decision.",
        "You have exhausted the plan's internal appeals. You may ask for an external review by an independent review "
        "organization within 4 months of the date you receive this letter. Ask for an expedited external review if a "
        "delay would seriously jeopardize your health. You may also bring a civil action under section 502(a) of "
        "ERISA."], 9.3)
    fin = out(p)
    t_fin = truth("denial_letter", "experimental", insurer=PLAN, member_id=f["mid"], group_number=f["group"],
                  member_name=f["member"], case_numbers=[appeal, auth], service_dates=[planned.isoformat()],
                  denial_date=f["notice"].isoformat(), provider=SURGEON,
                  alternates={"provider": [SURGEON_BARE], "case_numbers": [[appeal]]})
    iro_no = "ER-" + pat(r, "99-99999")
    decided = plus(f["notice"], r.randint(40, 50))
    assigned = plus(decided, -r.randint(20, 30))
    p = Page(serif=True, footer=None)
    p.add_page()
    letterhead(p, IRO, ["Independent Review Organization", "1200 Locust Street, Floor 9, Philadelphia, PA 19199",
                        "Tel 1-555-987-3300"], 2)
    p.line(fd(decided, "long"), 10)
    p.ln(3)
    addr(p, [f["member"], *f["addr"]])
    p.line("Notice of External Review Decision", 12, "B")
    p.ln(2)
    paras(p, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:",
        f"On {fd(assigned, 'long')} we were assigned your request for an external review, our case {iro_no}, of the "
        f"decision by {PLAN} (appeal {appeal}) to deny a gastric electrical stimulator requested by "
        f"{SURGEON}. Your member ID with the plan is {f['mid']}.",
        "The reviewer is a board-certified gastroenterologist with no tie to you, your doctors or the plan. She found "
        "that for a patient with diabetic gastroparesis who has failed every available medicine and needs repeated "
        "hospital care, gastric electrical stimulation is an accepted treatment: the device has been used for more "
        "than twenty years, professional society guidance supports it for this group, and the plan's own policy "
        "allows it where no other treatment remains.",
        f"The decision of {PLAN} is OVERTURNED. The plan must approve the service. This decision is binding on the "
        "plan. You or the plan may seek judicial review as the law allows.",
        "Sincerely,", "", "Elaine M. Vasquez-Torrance, RN, JD", "Case Manager", IRO], 10)
    iro = out(p)
    t_iro = truth("other", None, insurer=IRO, member_id=f["mid"], member_name=f["member"],
                  case_numbers=[iro_no, appeal], denial_date=decided.isoformat(), provider=SURGEON,
                  alternates={"insurer": [PLAN], "provider": [SURGEON_BARE], "case_numbers": [[iro_no]]})
    return [(fin, t_fin), (iro, t_iro)], ["cover", None], {(1, 0): 180}


def doc_hospital_statement_photo(r):
    f = who(r, 4)
    acct = "V" + pat(r, "99999999")
    claim = pat(r, "9999999999") + "0"
    dos = plus(f["notice"], -r.randint(60, 75))
    rows = [("Operating room services", 9840.00), ("Implant: gastric neurostimulator generator", 24310.00),
            ("Implant: lead set", 6115.00), ("Anesthesia services", 2286.40), ("Recovery room", 1730.00),
            ("Pharmacy", 318.85)]
    total = sum(v for _, v in rows)
    p = Page(footer=None)
    p.add_page()
    letterhead(p, HOSP, ["Patient Financial Services", "3100 Ridge Pike, Carlisle, PA 17199",
                         "Billing questions 1-555-243-9000"], 1)
    p.line("PATIENT STATEMENT", 13, "B", h=7)
    p.ln(1)
    lv(p, [("Statement date", fd(f["notice"], "upper")), ("Patient", f["member"]), ("Account number", acct),
           ("Date of service", fd(dos, "upper")), ("Attending", SURGEON), ("Insurance", f"{PLAN}  ID {f['mid']}"),
           ("Insurance claim no.", claim)], w=42, size=9.2)
    p.table(["Description", "Charges"], [[k, money(v)] for k, v in rows] + [["Total charges", money(total)]],
            [130, 40], size=9, aligns=["L", "R"], bold_last=True)
    paras(p, [
        f"Your insurance denied this claim as investigational on {fd(plus(dos, 21), 'upper')}. Our financial "
        "counselors are working with your physician on an appeal, so no payment is due from you at this time. "
        f"Balance: {money(total)}. Please do not pay until you hear from us."], 9.4)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], case_numbers=[claim],
              claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(),
              provider=HOSP, unscored=["insurer"],
              alternates={"provider": [SURGEON, SURGEON_BARE], "case_numbers": [[]]})
    return out(p), t


def doc_trial_claim_rotated(r):
    f = who(r, 5)
    claim = pat(r, "99999") + "-" + pat(r, "99999")
    dos = plus(f["notice"], -r.randint(25, 40))
    billed = 14862.30
    p = Page(footer=None)
    p.add_page()
    letterhead(p, PLAN, ["Provider Claims Review", PLAN_ADDR], 2)
    p.line(fd(f["notice"], "long"), 10)
    p.ln(3)
    addr(p, [HOSP, "Attn: Patient Financial Services", "3100 Ridge Pike, Carlisle, PA 17199"])
    paras(p, [
        "Dear Provider:",
        f"We have reviewed claim {claim} for {f['member']}, member ID {f['mid']}, group {f['group']}, for the "
        f"temporary endoscopic gastric electrical stimulation trial performed on {fd(dos, 'long')} by "
        f"{GI}. The claim billed {money(billed)}.",
        "We have denied the claim. Temporary gastric electrical stimulation, placed through an endoscope to predict "
        "the response to a permanent device, is experimental and investigational: no device is approved for this "
        f"use, and its value in choosing patients has not been shown. Our medical policy {POLICY} applies.",
        "Under your participation agreement the member may not be billed for this service. You or the member may "
        "appeal within 180 days of the date of this letter by writing to Provider Appeals at the address above. "
        "Questions may be directed to Provider Services at 1-555-402-8800.",
        "Sincerely,", "Provider Claims Review", PLAN], 10)
    t = truth("denial_letter", "experimental", insurer=PLAN, member_id=f["mid"], group_number=f["group"],
              member_name=f["member"], case_numbers=[claim], claim_amount=f"{billed:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=GI,
              appeal_deadline=plus(f["notice"], 180).isoformat(), alternates={"provider": [GI_BARE, HOSP]})
    return out(p), t


def doc_authorized_lowres(r):
    f = who(r, 6)
    auth = "PA" + pat(r, "99999999")
    iro_no = "ER-" + pat(r, "99-99999")
    a = plus(f["notice"], r.randint(10, 20))
    b = plus(a, 89)
    p = Page(footer=f"{PLAN}  -  Authorization {auth}")
    p.add_page()
    letterhead(p, PLAN, ["Utilization Management", PLAN_ADDR, f"Member Services {f['phone']}"], 0)
    p.line("AUTHORIZATION APPROVAL", 12.5, "B", "C", h=7)
    p.ln(2)
    p.boxed_pairs([("Date", fd(f["notice"], "iso")), ("Member", f["member"]), ("Member ID", f["mid"]),
                   ("Group", f["group"]), ("Authorization number", auth),
                   ("Reason", f"External review decision {iro_no} implemented"),
                   ("Service", "Gastric electrical stimulator implant (43647, 64590)"),
                   ("Facility", HOSP), ("Surgeon", SURGEON),
                   ("Valid", f"{fd(a, 'iso')} to {fd(b, 'iso')}"), ("Status", "APPROVED")], label_w=52, size=9.2)
    paras(p, [
        "Following the independent review organization's decision, the service above is approved. Benefits are "
        "subject to your deductible and coinsurance. Please keep this letter for your records; your surgeon's "
        "office has been sent a copy."], 9.6)
    t = truth("other", None, insurer=PLAN, member_id=f["mid"], group_number=f["group"], member_name=f["member"],
              case_numbers=[auth, iro_no], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=SURGEON,
              alternates={"provider": [SURGEON_BARE, HOSP], "case_numbers": [[auth]], "service_dates": [[]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps, turns = stack_final_and_iro(r(3))
    return [
        Item(f"{FAMILY}_bd_preservice_denial", "born_digital", [doc_predenial_bd(r(0))]),
        Item(f"{FAMILY}_scan300_gi_clinic_letter", "scan_clean_300", [doc_clinic_letter(r(1))]),
        Item(f"{FAMILY}_copy_eob_three_claims_one_denied", "photocopy", [doc_eob_copy(r(2))]),
        Item(f"{FAMILY}_faxstd_stack_final_appeal_and_external_review", "fax_standard_g4", docs, separators=seps,
             turns=turns),
        Item(f"{FAMILY}_photo_hospital_patient_statement", "phone_photo", [doc_hospital_statement_photo(r(4))]),
        Item(f"{FAMILY}_rotated_trial_claim_denied_prose", "rotated", [doc_trial_claim_rotated(r(5))]),
        Item(f"{FAMILY}_lowres_authorization_after_external_review", "scan_lowres_150", [doc_authorized_lowres(r(6))]),
    ]
