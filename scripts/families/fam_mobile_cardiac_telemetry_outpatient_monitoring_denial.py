"""An invented commercial plan (and the cardiac benefit manager that reviews requests on its behalf) denying
outpatient mobile cardiac telemetry (MCT, CPT 93228 / 93229) over a 30-day monitoring span as not medically
necessary because a Holter or event monitor should be tried first, with the monitoring company's and the
cardiologist's claims. Every plan, company, person and number is invented.

Documents (8 in 7 files):
- bd_preservice_benefit_manager_on_behalf: pre-service denial from the benefit manager "on behalf of" the plan,
  the cardiologist named in prose ("Dr. ... of ... asked us to approve"), the span "from March 3 through April
  1, 2026", date received, DOB and 72-hour expedited review as decoys, the monitoring company only in a cc line.
- faxstd_provider_notice_caption_boxes: the plan's claim notice to the monitoring company in 7.5-8 pt under a
  typed fax header on both pages, small captions above boxed values, From | To in separate boxes, claim number
  with an -A1 suffix, NPI, tax ID, patient account and form number as decoys, 90-day provider appeal.
- scan300_eob_four_claims: member EOB with a table of four claims, the cardiologist's 93228 line denied, its
  span "03/03/26-04/01/26".
- photo_two_page_cardiologist_letter: the cardiologist's two-page letter to the plan asking it to reconsider
  (the plan is the addressee; denies nothing), page 2 under a repeated header.
- rotated_two_column_upheld_appeal: upheld appeal from the benefit manager on behalf of the plan, a ruled facts
  box on the right (decision date vs date of this letter, appeal and claim numbers, From / To), the monitoring
  company named only in the subject line; 60-day second-level appeal, 4-month external review as decoy.
- lowres_monitoring_company_statement: the monitoring company's statement to the patient, "Dates of service:
  3/3/26-4/1/26", the insurance denial and balance (denies nothing).
- finefax_stack_holter_approval_then_mct_denial: a fax cover, the approval of a Holter monitor ("DOS"), a blank
  separator, then the plan's denial of a second MCT span whose months differ, fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddi_famdic import DISheet, md, mixed_id, nopad
from public_kit import address, amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "mobile_cardiac_telemetry_outpatient_monitoring_denial"
LANG = "en"
SEED = 351402
PLAN = "Thistledown Mutual Health"
BM = "CardioPath Benefit Review, Inc."
MCT = "Vireo Cardiac Monitoring, LLC"
PRACTICE = "Harborline Heart Associates"
CARD = "Rosalind T. Okafor"
PCP = "Clifford J. Espinoza"
M0, M1 = dt.date(2026, 3, 3), dt.date(2026, 4, 1)


def _ids(rng):
    return {"mid": "TMH" + digits(rng, 9), "grp": f"{digits(rng, 5)}-0{rng.randint(1, 9)}", "plan": "PPO Select 2500"}


def _dob(rng):
    return dt.date(rng.randint(1950, 1990), rng.randint(1, 12), rng.randint(1, 28))


def _plan_lh(p: DISheet, rng, dept: str, y: float = 12):
    p.set_y(y)
    p.f(15, "B")
    p.set_text_color(20, 70, 40)
    p.cell(0, 7, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.f(7.5)
    p.cell(0, 4, f"{dept}  |  PO Box {rng.randint(2000, 9999)}, Tulsa OK 741{rng.randint(10, 99)}  |  "
                 f"1-888-555-{digits(rng, 4)} (TTY 711)", new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 15)


def _bm_lh(p: DISheet, rng, y: float = 12):
    p.set_y(y)
    p.f(14, "B")
    p.cell(0, 7, BM, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Cardiology utilization review on behalf of {PLAN}", new_x="LMARGIN", new_y="NEXT")
    p.f(7.5)
    p.cell(0, 4, f"Fax 1-866-555-{digits(rng, 4)}  |  Phone 1-866-555-{digits(rng, 4)}  |  TTY 711",
           new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 19)


def bd_preservice(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    nd = dt.date(2026, 2, 26) + dt.timedelta(days=rng.randint(0, 3))
    rec = plus(nd, -rng.randint(2, 4))
    req = f"PA26-{digits(rng, 7)}"
    p = DISheet(footer="Page {n} of {nb}", footer_left="Form CPBR-ADV-MCT (01/26)")
    p.set_margins(22, 12, 22)
    p.add_page()
    _bm_lh(p, rng)
    p.line(fdate(nd, "long"), 10)
    p.ln(3)
    for ln in [name, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Member ID", ids["mid"]), ("Group", ids["grp"]), ("Authorization request", req),
             ("Date received", fdate(rec, "slash")), ("Date of birth", fdate(_dob(rng), "slash"))],
            label_w=46, size=9.5, h=5)
    p.ln(3)
    p.para(f"Dear {first} {last}:", 10)
    p.para(f"Dr. {CARD} of {PRACTICE} asked us to approve outpatient mobile cardiac telemetry (CPT 93228 and "
           f"93229) for you from {fdate(M0, 'long').replace(', 2026', '')} through {fdate(M1, 'long')}, for "
           "palpitations and dizzy spells. We review these requests for your health plan. We did not approve "
           "this request.", 10)
    p.para("Why: mobile cardiac telemetry is medically necessary when a patient's symptoms could be dangerous and "
           "a Holter monitor (24 to 48 hours) or an external event monitor has been tried first and did not find "
           "the cause. The records we received do not show a Holter or event monitor, and they do not show "
           "fainting or a heart rhythm that needs real-time monitoring. A Holter or event monitor would be "
           "covered. Planned monitoring: " + f"{fdate(M0, 'slash')} - {fdate(M1, 'slash')}.", 10)
    p.para("You may appeal within 180 days of the date of this letter. If your doctor believes waiting could "
           "seriously harm your health, ask for an expedited appeal; we decide those within 72 hours. Your "
           "doctor may ask for a peer-to-peer discussion with our cardiologist reviewer.", 10)
    p.para(f"Sincerely,\nUtilization Review, {BM}, on behalf of {PLAN}", 10)
    p.para(f"cc: {CARD}, MD;  {MCT}", 8.5)
    t = truth("denial_letter", "medical_necessity", insurer=BM, group=ids["grp"], member_id=ids["mid"],
              member_name=name, cases=[req], service_dates=[span(M0, M1)], denial_date=nd.isoformat(),
              provider=CARD, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": [PLAN], "provider": [PRACTICE], "service_dates": [[span(M0)]]})
    return out(p), t


def faxstd_notice(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    nd = dt.date(2026, 4, 21) + dt.timedelta(days=rng.randint(0, 7))
    billed = amount(rng, 1100, 1600)
    claim = f"{digits(rng, 10)}-A1"
    fax = (f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  THISTLEDOWN MUTUAL PRV  FAX 918-555-"
           f"{digits(rng, 4)} -> VIREO BILLING  P{{n}}/2")
    p = DISheet(footer="Page {n} of {nb}", fax_hdr=fax, footer_left="TMH-PCN-07 (01/26)",
                cont=f"Claim {claim}  |  Patient {name}  |  continued")
    p.set_margins(14, 12, 14)
    p.add_page()
    _plan_lh(p, rng, "Provider Claim Notice", y=11)
    p.line("CLAIM DENIAL - PROVIDER COPY", 10.5, "B")
    p.ln(1)
    p.capboxes([("Notice date", fdate(nd, "slash"), 30), ("Claim number", claim, 38),
                ("Patient acct", f"VCM-{digits(rng, 7)}", 34), ("Billing NPI", digits(rng, 10), 32),
                ("Tax ID", f"73-{digits(rng, 7)}", 30), ("Group", ids["grp"], 24)], cap=5.8, val=7.8)
    p.capboxes([("Patient", name, 56), ("Member ID", ids["mid"], 40), ("Patient DOB", fdate(_dob(rng), "slash"), 30),
                ("Received", fdate(plus(M1, 6), "slash"), 30), ("Plan", ids["plan"], 32)], cap=5.8, val=7.8)
    p.capboxes([("Billing provider", MCT, 84), ("Ordering / referring", f"Dr. {CARD}", 60),
                ("Place of service", "IDTF (POS 11)", 44)], cap=5.8, val=7.8)
    p.capboxes([("From", fdate(M0, "slash"), 28), ("To", fdate(M1, "slash"), 28), ("CPT", "93229", 18),
                ("Units", "1", 14), ("Billed", money(billed), 30), ("Allowed", "$0.00", 26), ("Paid", "$0.00", 24),
                ("Remark", "MN12", 20)], cap=5.8, val=7.8)
    p.ln(2)
    p.para("MN12  Mobile cardiac telemetry is not medically necessary for this member. Plan policy requires a "
           "trial of a Holter monitor or an external event monitor before MCT unless the member has syncope or a "
           "high-risk arrhythmia. No prior authorization was approved for this service (request was denied). "
           "The member may not be billed beyond plan cost share for a denied in-network service.", 7.8)
    p.add_page()
    p.band("PROVIDER APPEAL RIGHTS", 8)
    p.para("A provider appeal must be filed within 90 days of the date of this notice. Include the ordering "
           "physician's notes and any Holter or event monitor results. Claims must be filed within 180 days of "
           "the last date of service. Network agreement section 7.3 applies.", 7.8)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"],
              member_id=ids["mid"], member_name=name, cases=[claim], claim_amount=m2(billed),
              service_dates=[span(M0, M1)], denial_date=nd.isoformat(), provider=MCT,
              appeal_deadline=plus(nd, 90).isoformat(), denial_alternates=["prior_authorization"],
              type_alternates=["eob"], alternates={"provider": [CARD]})
    return out(p), t


def scan300_eob(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    sd = dt.date(2026, 4, 24) + dt.timedelta(days=rng.randint(0, 7))
    cl = [f"{digits(rng, 10)}-00" for _ in range(4)]
    ov = (dt.date(2026, 2, 17), amount(rng, 180, 260))
    echo = (dt.date(2026, 2, 24), amount(rng, 900, 1400))
    mct = amount(rng, 240, 420)
    lab = (dt.date(2026, 2, 17), amount(rng, 60, 140))
    rows = [[cl[0], f"Dr. {CARD}", "99204 office visit", fdate(ov[0], "short"), money(ov[1], "nosign"),
             money(ov[1] * 0.6, "nosign"), "PAID"],
            [cl[1], PRACTICE, "93306 echocardiogram", fdate(echo[0], "short"), money(echo[1], "nosign"),
             money(echo[1] * 0.55, "nosign"), "PAID"],
            [cl[2], f"Dr. {CARD}", "93228 MCT review, 30 days", f"{nopad(M0)}-{nopad(M1)}", money(mct, "nosign"),
             "0.00", "DENIED MN12"],
            [cl[3], "Redbud Clinical Lab", "80053 metabolic panel", fdate(lab[0], "short"), money(lab[1], "nosign"),
             money(lab[1] * 0.5, "nosign"), "PAID"]]
    p = DISheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _plan_lh(p, rng, "Explanation of Benefits")
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 11, "B")
    p.right_block([("Statement date:", fdate(sd, "long")), ("Member:", name), ("Member ID:", ids["mid"]),
                   ("Group:", ids["grp"]), ("Plan:", ids["plan"])], w=96, size=8.5, y=p.get_y() + 1)
    p.ln(3)
    p.table(["Claim no.", "Provider", "Service", "Dates", "Billed", "Plan paid", "Status"], rows,
            [26, 40, 38, 26, 18, 18, 22], size=7.6, aligns=["L", "L", "L", "L", "R", "R", "L"])
    p.para(f"MN12: Mobile cardiac telemetry ({fdate(M0, 'slash')} to {fdate(M1, 'slash')}) is not medically "
           "necessary under plan policy CAR-114 unless a Holter or event monitor has been tried first. The "
           "provider may not bill you more than your cost share for this denied service.", 8.5)
    p.para("You may appeal within 180 days of the date of this statement. Plan year 01/01/2026 - 12/31/2026. "
           "You may also ask for an external review after the appeal.", 8.5)
    t = truth("eob", "medical_necessity", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"], member_id=ids["mid"],
              member_name=name, cases=[cl[2]], claim_amount=m2(mct), service_dates=[span(M0, M1)],
              denial_date=sd.isoformat(), provider=CARD, appeal_deadline=plus(sd, 180).isoformat())
    return out(p), t


def photo_letter(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    ld = dt.date(2026, 5, 4) + dt.timedelta(days=rng.randint(0, 6))
    claim = f"{digits(rng, 10)}-00"
    p = DISheet(footer="Page {n} of {nb}", cont=f"Re: {name}  |  Member ID {ids['mid']}  |  Claim {claim}")
    p.set_margins(22, 14, 22)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, PRACTICE, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Cardiology and electrophysiology  |  918-555-{digits(rng, 4)}  |  NPI {digits(rng, 10)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.line(fdate(ld, "long"), 10)
    p.ln(2)
    for ln in ["Appeals Department", PLAN, f"PO Box {rng.randint(2000, 9999)}", "Tulsa OK 74101"]:
        p.line(ln, 10)
    p.ln(3)
    p.line("Request for reconsideration: mobile cardiac telemetry", 10.5, "B")
    p.ln(1)
    p.para(f"Patient: {name}, DOB {fdate(_dob(rng), 'slash')}, member ID {ids['mid']}, claim {claim}. "
           f"Dates of service: {nopad(M0)}-{nopad(M1)}.", 10)
    p.para(f"I am writing about the denial of mobile cardiac telemetry I ordered for {first} from "
           f"{fdate(M0, 'long')} through {fdate(M1, 'long')}. The plan's reason was that a Holter or event monitor "
           "was not tried first.", 10)
    p.para(f"{first} had two episodes of near-syncope while driving, with a heart rate of 38 on the ambulance "
           "strip. A 48-hour Holter was unlikely to capture episodes that came every two to three weeks, and an "
           "event monitor depends on the patient pressing a button, which a near-syncopal patient may not be "
           "able to do. Real-time monitoring was needed so the monitoring center could call us the same day.",
           10)
    p.add_page()
    p.para("The telemetry found intermittent high-grade AV block on day 19, and a pacemaker was placed. I believe "
           "this shows the monitoring was necessary and ask the plan to pay the claim.", 10)
    p.para("Enclosed: office notes, the ambulance rhythm strip and the telemetry summary report.", 10)
    p.para(f"Sincerely,\n\n{CARD}, MD, FACC\n{PRACTICE}", 10)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=name, cases=[claim],
              service_dates=[span(M0, M1)], denial_date=ld.isoformat(), provider=CARD,
              alternates={"insurer": [None], "provider": [PRACTICE]})
    return out(p), t


def rotated_appeal(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    ld = dt.date(2026, 6, 1) + dt.timedelta(days=rng.randint(0, 8))
    dd = plus(ld, -3)
    billed = amount(rng, 1100, 1600)
    claim = f"{digits(rng, 10)}-A1"
    appeal = mixed_id(rng, "CPA-", "ddcddd")
    p = DISheet(serif=True, footer="Page {n} of {nb}")
    p.set_margins(18, 12, 18)
    p.add_page()
    _bm_lh(p, rng)
    p.line(f"Re: {MCT} - first-level appeal", 10.5, "B")
    p.ln(2)
    left = [f"{name}\n" + "\n".join(address(rng)),
            f"Dear {first} {last}:",
            "We have finished your appeal of the denial of outpatient mobile cardiac telemetry. A board-certified "
            "cardiologist who did not make the first decision reviewed the appeal, the office notes and the "
            "plan's medical policy.",
            "Decision: we upheld the denial. The records show occasional palpitations without fainting, and no "
            "Holter or event monitor was tried before telemetry. Under the policy, telemetry is not medically "
            "necessary in this situation.",
            "You may ask for a second-level appeal within 60 days of the date of this letter. You may also ask "
            "for an external review by an independent review organization within 4 months.",
            f"Sincerely,\nAppeals Unit, {BM}\non behalf of {PLAN}"]
    right = [("Date of this letter", fdate(ld, "abbr")), ("Decision date", fdate(dd, "slash")),
             ("Appeal number", appeal), ("Claim number", claim), ("Member ID", ids["mid"]),
             ("Group", ids["grp"]), ("Service", "MCT 93229, 30 days"), ("From", fdate(M0, "slash")),
             ("To", fdate(M1, "slash")), ("Amount billed", money(billed))]
    p.boxed_col(left, right, left_w=108, size=9.5, title="Appeal details")
    t = truth("denial_letter", "medical_necessity", insurer=BM, group=ids["grp"], member_id=ids["mid"],
              member_name=name, cases=[appeal, claim], claim_amount=m2(billed), service_dates=[span(M0, M1)],
              denial_date=ld.isoformat(), provider=MCT, appeal_deadline=plus(ld, 60).isoformat(),
              alternates={"insurer": [PLAN], "case_numbers": [[appeal]]})
    return out(p), t


def lowres_statement(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    sd = dt.date(2026, 5, 12) + dt.timedelta(days=rng.randint(0, 6))
    billed = amount(rng, 1100, 1600)
    acct = f"VCM-{digits(rng, 7)}"
    p = DISheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 7, MCT, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Independent diagnostic testing facility  |  Billing 1-877-555-{digits(rng, 4)}  |  "
                 f"Tax ID 73-{digits(rng, 7)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.line("PATIENT STATEMENT", 12, "B")
    p.ln(1)
    p.boxed_pairs([("Statement date", fdate(sd, "slash")), ("Account number", acct), ("Patient", name),
                   ("Insurance", f"{PLAN}, ID {ids['mid']}"), ("Ordering physician", f"Dr. {CARD}"),
                   ("Dates of service", f"{nopad(M0)}-{nopad(M1)}")], label_w=50, size=9)
    p.table(["Date", "Description", "Charges", "Insurance", "Balance"],
            [[fdate(M0, "slash"), "93229 MCT technical, 30 days (through " + fdate(M1, "slash") + ")",
              money(billed, "nosign"), "0.00", money(billed, "nosign")],
             [fdate(sd, "slash"), "Insurance denied - not medically necessary", "", "", ""]],
            [24, 94, 22, 20, 20], size=8.5, aligns=["L", "L", "R", "R", "R"])
    p.para(f"Your plan denied this service. Your doctor's office has asked the plan to reconsider. You may pay "
           f"the balance of {money(billed)}, set up a payment plan, or ask us to hold the account for 60 days "
           "while the appeal is pending.", 9.5)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=name, claim_amount=m2(billed),
              service_dates=[span(M0, M1)], denial_date=sd.isoformat(), provider=MCT, unscored=["insurer"],
              alternates={"provider": [CARD]})
    return out(p), t


def fine_stack(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    nd = dt.date(2026, 4, 6) + dt.timedelta(days=rng.randint(0, 4))
    dos = plus(nd, 6)
    req = f"PA26-{digits(rng, 7)}"
    p = DISheet(footer="Page {n} of {nb}")
    p.set_margins(22, 12, 22)
    p.add_page()
    _plan_lh(p, rng, "Utilization Management")
    p.line("Notice of approval", 11.5, "B")
    p.ln(2)
    p.pairs([("Date", fdate(nd, "slash")), ("Member", name), ("Member ID", ids["mid"]), ("Request no.", req),
             ("Service", "Holter monitor, 48 hours (CPT 93224)"), ("DOS", fdate(dos, "slash")),
             ("Ordering physician", f"Dr. {PCP}")], label_w=42, size=9.5)
    p.ln(2)
    p.para(f"Dear {first} {last}:", 10)
    p.para(f"We approved the 48-hour Holter monitor Dr. {PCP} asked for. This approval is for one monitor "
           f"placed on {fdate(dos, 'long')}. Your usual cost share applies.", 10)
    p.para(f"Member Services, {PLAN}", 10)
    doc1 = (out(p), truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=name, cases=[req],
                          service_dates=[span(dos)], denial_date=nd.isoformat(), provider=PCP))
    name2, f2, mi2, l2 = person(rng)
    ids2 = _ids(rng)
    d0, d1 = dt.date(2026, 4, 20), dt.date(2026, 5, 19)
    cd = dt.date(2026, 6, 10) + dt.timedelta(days=rng.randint(0, 6))
    billed = amount(rng, 1100, 1600)
    claim = f"{digits(rng, 10)}-A2"
    q = DISheet(footer="Page {n} of {nb}")
    q.set_margins(22, 12, 22)
    q.add_page()
    _plan_lh(q, rng, "Claims")
    q.line("Claim decision", 11.5, "B")
    q.ln(2)
    q.pairs([("Date of this notice", fdate(cd, "long")), ("Member", name2), ("Member ID", ids2["mid"]),
             ("Group", ids2["grp"]), ("Claim", claim), ("Amount billed", money(billed))], label_w=44, size=9.5)
    q.ln(2)
    q.para(f"Dear {f2} {l2}:", 10)
    q.para(f"We denied the claim from {MCT} for mobile cardiac telemetry from {md(d0)} - {fdate(d1, 'long')} "
           f"({fdate(d0, 'slash')} to {fdate(d1, 'slash')}), ordered by Dr. {CARD}. A Holter or event monitor was "
           "not tried first, so the telemetry is not medically necessary under the plan's policy.", 10)
    q.para("You may appeal within 180 days of the date of this notice.", 10)
    q.para(f"Sincerely,\nClaims Department, {PLAN}", 10)
    doc2 = (out(q), truth("denial_letter", "medical_necessity", insurer=PLAN, group=ids2["grp"], member_id=ids2["mid"],
                          member_name=name2, cases=[claim], claim_amount=m2(billed), service_dates=[span(d0, d1)],
                          denial_date=cd.isoformat(), provider=MCT, appeal_deadline=plus(cd, 180).isoformat(),
                          alternates={"provider": [CARD]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_preservice_benefit_manager_on_behalf", "born_digital", [bd_preservice(rng)]),
        Item(F + "faxstd_provider_notice_caption_boxes", "fax_standard_g4", [faxstd_notice(rng)]),
        Item(F + "scan300_eob_four_claims", "scan_clean_300", [scan300_eob(rng)]),
        Item(F + "photo_two_page_cardiologist_letter", "phone_photo", [photo_letter(rng)]),
        Item(F + "rotated_two_column_upheld_appeal", "rotated", [rotated_appeal(rng)]),
        Item(F + "lowres_monitoring_company_statement", "scan_lowres_150", [lowres_statement(rng)]),
        Item(F + "finefax_stack_holter_approval_then_mct_denial", "fax_fine_g4", fine_stack(rng),
             separators=["cover", "blank"], turns={(1, 0): 180}),
    ]
