"""Family 'adenotonsillectomy_sleep_study_requirement_denial': an invented commercial insurer refuses a child's
adenotonsillectomy (CPT 42820) before surgery because its criteria ask for a polysomnography showing obstructive
sleep apnea or documented recurrent throat infections; the ENT writes in, the sleep study is done, the surgery is
approved and billed. Insurer, people, clinics and numbers are invented.

Documents: a born-digital pre-service denial to the parent (label boxes, planned surgery date, 180-day appeal);
a fine-fax letter of medical necessity from the ENT office (denies nothing); a clean-scan stack of a provider copy
of a second child's denial (recurrent-infection count not met; its rights page fed upside down), a blank
separator, and the sleep lab's appointment letter; a low-resolution surgery center statement after the approved
surgery (denies nothing); a sideways approval after the study, told only in sentences; a phone photo of an EOB
with three claims, only the home sleep apnea test refused; a photocopied first-level appeal decision upholding a
third child's denial, with a second-level appeal window.
Decoys: the subscriber parent, DOB, NPI, request-received dates, the sleep-study date, medical policy number,
72-hour expedited and 4-month external review limits, account numbers, other claims, phone and fax numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcx_famcxd import Page, addr, fd, fee, letterhead, paras, pat, plus, sidebar, usd

FAMILY = "adenotonsillectomy_sleep_study_requirement_denial"
LANG = "en"
SEED = 348800
ORG = "Tamarack Family Health"
ORG_FULL = "Tamarack Family Health Insurance Company"
ORG_ADDR = "PO Box 60218, Rochester, MN 55903"
UM_FAX = "1-555-730-4412"
MS = "1-555-730-4400"
POLICY = "MP-ENT-031"
ENT = "Colin P. Marchetti"
ENT_ORG = "Pinecrest Pediatric ENT"
ENT_ADDR = "2210 Fenwick Avenue, Suite 300, Duluth, MN 55802"
ASC = "Glenhaven Surgery Center"
LAB = "Northfield Children's Sleep Lab"
KIDS = [("Theo R. Lomax", "Ingrid S. Lomax"), ("Mei A. Nakamura", "Kenji D. Nakamura"),
        ("Rufus J. Kessler", "Harriet P. Kessler")]


def fam(r, k):
    child, parent = KIDS[k]
    r = random.Random(SEED * 10 + k)  # the same child keeps the same card on every document
    return dict(child=child, parent=parent, mid=pat(r, "TFH999999999") + "-0" + str(r.randint(2, 4)),
                group=pat(r, "G-99999"), plan=pat(r, "PPO-AA99"),
                dob=dt.date(r.randint(2019, 2022), r.randint(1, 12), r.randint(1, 28)),
                addr=[f"{r.randint(120, 4800)} Juniper Drive", "Duluth, MN 55803"], npi=pat(r, "1999999999"))


def doc_denial_bd(r):
    f = fam(r, 0)
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 40))
    ref = pat(r, "UM26-9999999")
    recv = plus(notice, -r.randint(3, 6))
    surg = plus(notice, r.randint(14, 30))
    d = Page(footer=f"{ORG_FULL}  |  Form UM-ADV-7 (01/26)  |  Page {{n}} of {{nb}}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Services {MS}", f"Utilization Management fax {UM_FAX}"], 0)
    d.line(fd(notice, "long"), 10)
    d.ln(2)
    addr(d, [f"Parent or guardian of {f['child']}", f["parent"], *f["addr"]])
    d.line("Notice of Adverse Benefit Determination  -  Pre-Service Request", 12, "B")
    d.ln(2)
    rows = [("Patient", f["child"]), ("Subscriber", f["parent"]), ("Member ID", f["mid"]), ("Group", f["group"]),
            ("Plan", f["plan"]), ("Reference #", ref), ("Received", fd(recv, "slash")),
            ("Requesting provider", f"{ENT}, MD ({ENT_ORG})"), ("Planned surgery", fd(surg, "slash")),
            ("Setting", f"Outpatient, {ASC}")]
    for i in range(0, len(rows), 2):
        y = d.get_y()
        for j, (k, v) in enumerate(rows[i:i + 2]):
            x = d.l_margin + j * 90
            d.rect(x, y, 88, 10)
            d.set_xy(x + 1, y + 0.6)
            d.f(6.5)
            d.cell(80, 3, k.upper())
            d.set_xy(x + 1, y + 4.2)
            d.f(9.4, "B")
            d.cell(86, 5, v)
        d.set_xy(d.l_margin, y + 11)
    d.ln(3)
    paras(d, [
        "#What was requested",
        "Tonsillectomy and adenoidectomy, younger than age 12 (CPT 42820), diagnosis J35.3 hypertrophy of tonsils "
        "with hypertrophy of adenoids, and R06.83 snoring.",
        "#Our decision: not approved",
        f"We reviewed the request against medical policy {POLICY} (Tonsillectomy and Adenoidectomy in Children). "
        "The policy covers this surgery for sleep-disordered breathing when an overnight polysomnography (sleep "
        "study) shows obstructive sleep apnea, or for recurrent throat infection when the records document at "
        "least 7 episodes in the past year, 5 a year for 2 years, or 3 a year for 3 years. The records sent show "
        "loud snoring and enlarged tonsils, but no sleep study and 2 documented throat infections. The surgery "
        "does not meet the criteria for medical necessity at this time. Once a sleep study is done, your child's "
        "doctor may send a new request with the results.",
        "A board-certified pediatric otolaryngologist reviewed this request. You or the doctor may ask for the "
        "criteria we used, free of charge."], size=9.3)
    paras(d, [
        "#Your right to appeal",
        "You may appeal this decision within 180 days of the date of this letter. Send your appeal in writing to "
        f"the address above or call Member Services at {MS}. If your child's health could be seriously harmed by "
        "waiting, ask for an urgent appeal; we will decide within 72 hours. After our appeal decision, you may ask "
        "for an external review by an independent review organization within 4 months."], size=9)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, plan_id=f["plan"], group_number=f["group"],
              member_id=f["mid"], member_name=f["child"], case_numbers=[ref], service_dates=[surg.isoformat()],
              denial_date=notice.isoformat(), provider=ENT, appeal_deadline=plus(notice, 180).isoformat(),
              alternates={"insurer": [ORG_FULL]})
    study = plus(notice, r.randint(16, 22))
    return bytes(d.output()), t, dict(f=f, notice=notice, ref=ref, surg=surg, study=study)


def doc_ent_letter(r, s):
    f, ref = s["f"], s["ref"]
    date = plus(s["notice"], r.randint(3, 6))
    study = s["study"]
    d = Page(serif=True, footer=None)
    d.add_page()
    letterhead(d, ENT_ORG, [ENT_ADDR, "Phone 1-555-316-2200", "Fax 1-555-316-2201"], 1,
               tag="Pediatric Otolaryngology  -  Head and Neck Surgery")
    d.line(fd(date, "long"), 10)
    d.ln(3)
    addr(d, [f"{ORG}  -  Utilization Management", ORG_ADDR, f"By fax: {UM_FAX}"])
    d.line(f"RE: {f['child']}   DOB {fd(f['dob'], 'slash')}   ID {f['mid']}", 10, "B")
    d.line(f"Your reference {ref}  -  CPT 42820", 10, "B")
    d.ln(3)
    paras(d, [
        "To the medical director:",
        f"I saw {f['child'].split()[0]} in clinic for loud nightly snoring, witnessed pauses in breathing, restless "
        "sleep and daytime irritability. Examination shows 3+ tonsils and adenoid hypertrophy on nasal endoscopy. "
        "Your letter states that policy " + POLICY + " asks for an overnight polysomnography before surgery.",
        f"We have scheduled an attended polysomnography at {LAB} for {fd(study, 'long')}. I ask that you keep "
        "the request open, or treat this letter as notice that we will send a new request with the study report. "
        "Because of the clinical picture, I would appreciate an expedited review once the results are available.",
        "Please call my office with any questions.",
        "Sincerely,", "", f"{ENT}, MD", f"NPI {f['npi']}"], size=10.3)
    t = truth("other", None, member_id=f["mid"], member_name=f["child"], case_numbers=[ref],
              denial_date=date.isoformat(), provider=ENT, unscored=["insurer"],
              alternates={"service_dates": [[study.isoformat()]], "case_numbers": [[]]})
    return bytes(d.output()), t


def stack_provider_copy(r):
    f = fam(r, 1)
    notice = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 40))
    ref = pat(r, "UM26-9999999")
    surg = plus(notice, r.randint(10, 25))
    d = Page(footer=f"PROVIDER COPY  -  {ORG}  -  Page {{n}} of {{nb}}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Provider line {MS}", f"UM fax {UM_FAX}"], 2, tag="Utilization Management")
    d.pairs([("Date", fd(notice, "dmy")), ("To", f"{ENT}, MD  -  {ENT_ORG}"), ("Provider NPI", f["npi"]),
             ("Patient", f["child"]), ("DOB", fd(f["dob"], "dmy")), ("Member ID", f["mid"]),
             ("Group no.", f["group"]), ("Case", ref)], label_w=32, size=9.4)
    d.ln(3)
    d.table(["Service requested", "CPT", "Planned date", "Decision"],
            [["Tonsillectomy and adenoidectomy, under 12", "42820", fd(surg, "dmy"), "Denied"]],
            [84, 22, 38, 36], size=9)
    paras(d, [
        "#Rationale",
        f"The request is for recurrent tonsillitis. Medical policy {POLICY} requires documentation of at least 7 "
        "episodes of throat infection in the preceding year, at least 5 per year in each of the preceding 2 years, "
        "or at least 3 per year in each of the preceding 3 years, each with a temperature of 38.3 C or higher, "
        "cervical adenopathy, tonsillar exudate or a positive group A strep test. The office notes submitted "
        "document 4 episodes in the past 12 months. Criteria are not met; the service is not medically necessary.",
        "There is no sleep-disordered breathing history in the records. If a polysomnography is performed, the "
        "results may be submitted with a new request.",
        "A peer-to-peer conversation with the reviewing physician is available within 14 days of this notice; "
        "call the provider line."], size=9.2)
    d.add_page()
    paras(d, [
        "#Appeal rights (sent to the member with this decision)",
        "The member, or the provider acting for the member, may appeal within 180 days of the date of this notice. "
        "Urgent appeals are decided within 72 hours. After the plan's final decision, the member may request an "
        "external review within 4 months. The member may receive, free of charge, copies of all documents and "
        "criteria relevant to the claim.",
        "#Language assistance",
        f"Si necesita ayuda en español, llame al {MS}. If you need help in another language, call the number on "
        "the member ID card.",
        "#Nondiscrimination",
        f"{ORG_FULL} complies with applicable Federal civil rights laws and does not discriminate on the basis of "
        "race, color, national origin, age, disability, or sex."], size=9)
    den = bytes(d.output())
    t1 = truth("denial_letter", "medical_necessity", insurer=ORG, group_number=f["group"], member_id=f["mid"],
               member_name=f["child"], case_numbers=[ref], service_dates=[surg.isoformat()],
               denial_date=notice.isoformat(), provider=ENT, appeal_deadline=plus(notice, 180).isoformat(),
               alternates={"insurer": [ORG_FULL]})
    sent = plus(notice, r.randint(4, 9))
    study = plus(sent, r.randint(10, 20))
    d = Page(footer=None)
    d.add_page()
    letterhead(d, LAB, ["4100 Old Mill Road, Duluth, MN 55811", "Scheduling 1-555-316-9040"], 0)
    d.line(fd(sent, "slash"), 10)
    d.ln(3)
    addr(d, [f"The family of {f['child']}", f["parent"], *f["addr"]])
    d.line("Your child's overnight sleep study", 12, "B")
    d.ln(2)
    d.pairs([("Patient", f["child"]), ("Study", "Attended polysomnography, pediatric (95782)"),
             ("Arrive", f"{fd(study, 'slash')} at 7:30 PM"), ("Ordered by", f"{ENT}, MD"),
             ("Insurance on file", f"{ORG}  {f['mid']}")], label_w=36, size=9.8)
    d.ln(2)
    paras(d, [
        "Please bring pajamas, a favorite pillow or stuffed animal, and any medicines your child takes at night. One "
        "parent stays overnight in the room. The study ends around 6:00 AM. Results are sent to the ordering doctor "
        "within 10 business days.",
        "If you need to reschedule, call at least 48 hours before the study."], size=10)
    lab = bytes(d.output())
    t2 = truth("other", None, member_id=f["mid"], member_name=f["child"], service_dates=[study.isoformat()],
               denial_date=sent.isoformat(), provider=ENT, unscored=["insurer"],
               alternates={"provider": [LAB], "service_dates": [[]]})
    return [(den, t1), (lab, t2)]


def doc_asc_bill(r, s, surg):
    f = s["f"]
    stmt = plus(surg, r.randint(35, 50))
    claim = pat(r, "26999999999")
    acct = "GSC-" + pat(r, "9999999")
    lines = [("Facility fee, operating room, first 30 min", fee(r, 2100, 2900)),
             ("Recovery room", fee(r, 480, 760)), ("Anesthesia supplies", fee(r, 160, 290)),
             ("Pharmacy", fee(r, 40, 120))]
    total = round(sum(a for _, a in lines), 2)
    paid = round(total * 0.52, 2)
    adj = round(total * 0.36, 2)
    bal = round(total - paid - adj, 2)
    d = Page(footer=f"{ASC}  -  Account {acct}  -  Page {{n}} of {{nb}}")
    d.add_page()
    letterhead(d, ASC, ["880 Lantern Way, Duluth, MN 55811", "Billing office 1-555-316-7720"], 2,
               tag="PATIENT STATEMENT")
    bottom = sidebar(d, [("Statement date", fd(stmt, "abbr")), ("Account number", acct),
                         ("Amount due", usd(bal)), ("Due by", fd(plus(stmt, 30), "abbr"))], w=56)
    addr(d, [f["parent"], *f["addr"]])
    d.pairs([("Patient", f["child"]), ("Date of service", fd(surg, "abbr")), ("Surgeon", f"{ENT}, MD"),
             ("Insurance", f"{ORG}  ID {f['mid']}"), ("Insurance claim", claim)], label_w=34, size=9.2, h=5)
    d.set_y(max(d.get_y(), bottom) + 4)
    rows = [[fd(surg, "slash"), s_, usd(a, "nosign")] for s_, a in lines]
    rows += [["", "Total charges", usd(total, "nosign")],
             [fd(plus(stmt, -12), "slash"), f"Payment - {ORG}", "-" + usd(paid, "nosign")],
             [fd(plus(stmt, -12), "slash"), "Contractual adjustment", "-" + usd(adj, "nosign")],
             ["", "Patient responsibility (deductible/coinsurance)", usd(bal, "nosign")]]
    d.table(["Date", "Description", "Amount"], rows, [30, 115, 35], size=8.8, aligns=["L", "L", "R"],
            bold_last=True)
    paras(d, ["Your insurance has processed this claim. The balance is your share under your plan. Payment plans "
              "are available; call the billing office. Thank you for choosing " + ASC + "."], size=9)
    t = truth("other", None, member_id=f["mid"], member_name=f["child"], case_numbers=[claim],
              claim_amount=f"{total:.2f}", service_dates=[surg.isoformat()], denial_date=stmt.isoformat(),
              provider=ASC, unscored=["insurer"],
              alternates={"provider": [ENT], "case_numbers": [[]], "claim_amount": [f"{bal:.2f}"]})
    return bytes(d.output()), t


def doc_approval_prose(r, s):
    f = s["f"]
    study = s["study"]
    date = plus(study, r.randint(8, 12))
    auth = pat(r, "PA26-9999999")
    surg = plus(date, r.randint(14, 24))
    d = Page(serif=True, footer=None)
    d.add_page()
    d.f(14, "B")
    d.cell(0, 7, ORG, new_x="LMARGIN", new_y="NEXT")
    d.f(8.5)
    d.cell(0, 4.5, ORG_ADDR, new_x="LMARGIN", new_y="NEXT")
    d.ln(10)
    d.line(fd(date, "long"), 10)
    d.ln(4)
    addr(d, [f["parent"], *f["addr"]])
    paras(d, [
        f"Dear {f['parent'].split()[0]} {f['parent'].split()[-1]}:",
        f"Good news. We have approved the surgery that {ENT}, MD of {ENT_ORG} asked for on behalf of your child, "
        f"{f['child']}. This approval is for a tonsillectomy and adenoidectomy to be done as an outpatient at "
        f"{ASC} on {fd(surg, 'long')}. Your authorization number is {auth}, and it replaces reference "
        f"{s['ref']}, which we had not approved.",
        f"Dr. Marchetti sent us the results of the overnight sleep study done on {fd(study, 'long')}. The study "
        "showed obstructive sleep apnea, which meets the criteria of our medical policy for this surgery.",
        f"The approval is valid for 90 days for member ID {f['mid']} (group {f['group']}). Your usual deductible "
        "and coinsurance apply. If the date of surgery changes, the surgeon's office will let us know.",
        f"If you have questions, please call Member Services at {MS}.",
        "Sincerely,", "", "Utilization Management Department"], size=10.4)
    t = truth("other", None, insurer=ORG, group_number=f["group"], member_id=f["mid"], member_name=f["child"],
              case_numbers=[auth, s["ref"]], service_dates=[surg.isoformat()], denial_date=date.isoformat(),
              provider=ENT, alternates={"insurer": [ORG_FULL], "case_numbers": [[auth]]})
    return bytes(d.output()), t, surg


def doc_eob_photo(r):
    f = fam(r, 1)
    stmt = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 50))
    claims = []
    for prov, svc, lo, hi, denied in [
            ("Lakeside Pediatrics", "Office visit, est. patient", 140, 230, False),
            (ENT_ORG, "New patient consultation", 260, 410, False),
            ("RestWell Home Sleep Testing", "Home sleep test (95800)", 310, 520, True)]:
        dos = plus(stmt, -r.randint(12, 40))
        billed = fee(r, lo, hi)
        allowed = 0.0 if denied else round(billed * 0.61, 2)
        paid = 0.0 if denied else round(allowed * 0.8, 2)
        claims.append(dict(prov=prov, svc=svc, dos=dos, billed=billed, allowed=allowed, paid=paid,
                           you=(billed if denied else round(allowed - paid, 2)), denied=denied,
                           num=pat(r, "E26999999999")))
    d = Page(footer=f"{ORG}  -  Explanation of Benefits  -  THIS IS NOT A BILL")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Services {MS}"], 1, tag="EXPLANATION OF BENEFITS")
    d.pairs([("Statement date", fd(stmt, "iso")), ("Subscriber", f["parent"]), ("Patient", f["child"]),
             ("Member ID", f["mid"]), ("Group", f["group"]), ("Plan", f["plan"])], label_w=36, size=9.4, h=5)
    d.ln(3)
    rows = []
    for c in claims:
        rows.append([c["num"], c["prov"], c["svc"], fd(c["dos"], "iso"), usd(c["billed"], "nosign"),
                     usd(c["allowed"], "nosign"), usd(c["paid"], "nosign"), usd(c["you"], "nosign"),
                     "D7" if c["denied"] else ""])
    d.table(["Claim", "Provider", "Service", "Date", "Billed", "Allowed", "Plan paid", "You owe", "Note"], rows,
            [21, 40, 36, 16, 14, 14, 14, 14, 9], size=6.6, row_h=5,
            aligns=["L", "L", "L", "L", "R", "R", "R", "R", "L"])
    paras(d, [
        "D7  Home sleep apnea testing is not covered for members under 18 years of age under this plan. Sleep "
        "testing for children is covered only as an attended study in a sleep laboratory. The provider may bill "
        "you for this service if you agreed in writing before it was done.",
        "If you disagree with how we processed a claim, you may appeal within 180 days of the date of this "
        f"statement. Call {MS} or write to the address above. Urgent appeals are decided within 72 hours."],
          size=8.8)
    c = claims[2]
    t = truth("eob", "not_covered", insurer=ORG, plan_id=f["plan"], group_number=f["group"], member_id=f["mid"],
              member_name=f["child"], case_numbers=[c["num"]], claim_amount=f"{c['billed']:.2f}",
              service_dates=[c["dos"].isoformat()], denial_date=stmt.isoformat(), provider=c["prov"],
              appeal_deadline=plus(stmt, 180).isoformat(), denial_alternates=["medical_necessity"])
    return bytes(d.output()), t


def doc_appeal_upheld(r):
    f = fam(r, 2)
    date = dt.date(2026, 4, 6) + dt.timedelta(days=r.randint(0, 40))
    ref = pat(r, "UM26-9999999")
    appeal = pat(r, "APL-26-99999")
    got = plus(date, -r.randint(18, 28))
    surg = plus(date, r.randint(10, 20))
    study = plus(date, -r.randint(35, 50))
    d = Page(footer=f"{ORG_FULL}  -  Appeals Department  -  {{n}}/{{nb}}")
    d.add_page()
    letterhead(d, ORG, ["Appeals Department", ORG_ADDR, f"Fax 1-555-730-4490"], 2, tag="First-Level Appeal Decision")
    d.pairs([("Date of decision", fd(date, "upper")), ("Appeal number", appeal), ("Original reference", ref),
             ("Member / patient", f["child"]), ("Member ID", f["mid"]), ("Group", f["group"]),
             ("Appeal filed by", f"{f['parent']} (parent)"), ("Appeal received", fd(got, "upper")),
             ("Treating physician", f"{ENT}, MD"), ("Service", "CPT 42820 tonsillectomy and adenoidectomy"),
             ("Requested date", fd(surg, "upper")), ("Decision", "DENIAL UPHELD")], label_w=48, size=9.4, h=5.3)
    d.ln(3)
    paras(d, [
        "#Reason for the decision",
        f"An independent pediatric otolaryngologist reviewed the appeal, the clinic notes and the polysomnography of "
        f"{fd(study, 'upper')}. The study showed an obstructive apnea-hypopnea index of 0.6 events per hour with "
        "normal oxygen levels, which is within normal limits for a child. The records document 3 throat infections "
        f"in the past year. The criteria of medical policy {POLICY} are not met, and the surgery is not medically "
        "necessary at this time. The original denial is upheld.",
        "#Next steps",
        "You may request a second-level appeal within 60 days of the date of this letter. After the second-level "
        "appeal you may ask for an external review by an independent review organization within 4 months. If your "
        "child's condition is urgent, you may ask for an expedited external review at the same time."], size=9.4)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, group_number=f["group"], member_id=f["mid"],
              member_name=f["child"], case_numbers=[appeal, ref], service_dates=[surg.isoformat()],
              denial_date=date.isoformat(), provider=ENT, appeal_deadline=plus(date, 60).isoformat(),
              alternates={"insurer": [ORG_FULL]})
    return bytes(d.output()), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    pdf0, t0, story = doc_denial_bd(r(0))
    st = stack_provider_copy(r(2))
    pdf4, t4, surg = doc_approval_prose(r(4), story)
    return [
        Item(f"{FAMILY}_bd_preservice_denial_no_sleep_study", "born_digital", [(pdf0, t0)]),
        Item(f"{FAMILY}_faxfine_ent_letter_study_scheduled", "fax_fine_g4", [doc_ent_letter(r(1), story)]),
        Item(f"{FAMILY}_scan300_stack_provider_copy_sleep_lab", "scan_clean_300", st, separators=["blank", None],
             turns={(0, 1): 180}),
        Item(f"{FAMILY}_lowres_surgery_center_statement", "scan_lowres_150", [doc_asc_bill(r(3), story, surg)]),
        Item(f"{FAMILY}_rotated_approval_after_study_prose", "rotated", [(pdf4, t4)]),
        Item(f"{FAMILY}_photo_eob_three_claims_hsat_denied", "phone_photo", [doc_eob_photo(r(5))]),
        Item(f"{FAMILY}_copy_appeal_upheld_normal_study", "photocopy", [doc_appeal_upheld(r(6))]),
    ]
