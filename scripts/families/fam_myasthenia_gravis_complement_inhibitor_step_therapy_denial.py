"""Family 'myasthenia_gravis_complement_inhibitor_step_therapy_denial': an invented commercial plan refuses a
complement C5 inhibitor infusion (ravulizumab) for generalized myasthenia gravis, first for step therapy (IVIG or
rituximab must be tried first), then for missing acetylcholine receptor antibody results, and approves it on appeal.

Documents: a born-digital prior authorization denial for step therapy (label column, footer with the plan's name);
a fine-fax stack of a typed cover, the neurologist's letter of medical necessity and the plan's denial for missing
antibody results told only in sentences (both with a fax header line); a phone photo of the infusion center's
invoice (denies nothing); a photocopied EOB with three claims, the infusion claim (drug and administration lines)
denied; a sideways approval on appeal told in sentences (denies nothing); a 300 dpi first-level appeal upholding
the step-therapy denial with a two-column rights section; a born-digital IVIG approval letter (denies nothing).
All values invented; phones 1-555. Decoys: DOB, NPI, tax ID, request-received date, claims-processed period,
policy numbers, HCPCS codes, other claims' numbers, 72-hour and 4-month external-review limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundcv_famcva import addr, cover, fd, letterhead, lv, paras, pat, plus, sidebar, usd
from kit_rounddc_famdca import Page, fax_line, two_col, wrap_table

FAMILY = "myasthenia_gravis_complement_inhibitor_step_therapy_denial"
LANG = "en"
SEED = 350200
ORG = "Tamarack Ridge Health Assurance"
ORG_ADDR = "PO Box 88214, Boise, ID 83799"
NEURO = "Soren P. Haugland, MD"
NEURO_BARE = "Soren P. Haugland"
CLINIC = "Owyhee Neurology Associates"
INFUSE = "Bitterroot Infusion Center"
PATIENT = "Rosalind K. Ashcombe"
SUBSCRIBER = "Martin J. Ashcombe"
DRUG = "ravulizumab-cwvz (Ultomiris) IV infusion, HCPCS J1303"
POLICY = "Clinical Policy RX-NEU-041 (Complement Inhibitors for Generalized Myasthenia Gravis)"


def base(r):
    r2 = random.Random(SEED)
    return dict(mid="TRH" + pat(r2, "999999999"), group=pat(r2, "99999"), plan=pat(r2, "AA-999"),
                dob=dt.date(1979, 6, 14), npi="1" + pat(r2, "999999999"),
                phone=f"1-555-{r.randint(300, 899)}-{r.randint(1000, 9999)}")


START = dt.date(2026, 3, 9)


def doc_pa_denial(r):
    f = base(r)
    notice = START
    pa = "RX" + pat(r, "99999999")
    planned, got = plus(notice, 14), plus(notice, -6)
    d = Page(footer=f"{ORG} - Pharmacy and Medical Benefit Review - Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, ["Medical Benefit Drug Review", ORG_ADDR, f"Member Services {f['phone']}"], 2)
    d.text_line("PRIOR AUTHORIZATION DENIAL", 13, "B")
    d.ln(2)
    lv(d, [("Date of notice", fd(notice, "long")), ("Patient", PATIENT), ("Subscriber", SUBSCRIBER),
           ("Member ID", f["mid"]), ("Group number", f["group"]), ("Patient date of birth", fd(f["dob"], "long")),
           ("Authorization request", pa), ("Requested by", NEURO), ("Prescriber NPI", f["npi"]),
           ("Request received", fd(got, "long")), ("Site of care", INFUSE),
           ("Planned first infusion", fd(planned, "long"))], w=50, size=9.3)
    paras(d, ["#Medication requested", DRUG + ", loading dose then every 8 weeks.",
              "#Decision",
              "Your request is denied. Our policy covers a complement inhibitor for generalized myasthenia gravis "
              "only after the member has tried and failed, or cannot take, intravenous immune globulin (IVIG) or "
              "rituximab. The records show treatment with pyridostigmine and prednisone but no trial of IVIG or "
              "rituximab. The step therapy requirement is not met.",
              "#Policy used", POLICY + ".",
              "#Your right to appeal",
              "You or your doctor may appeal within 180 days of the date of this notice. Write to "
              f"{ORG} Appeals, {ORG_ADDR}, or fax 1-555-318-2290. If waiting could seriously harm your health, ask "
              "for an urgent appeal; we will decide within 72 hours. After our final decision you may ask for an "
              "external review within 4 months."], size=9.3)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], group_number=f["group"],
              member_name=PATIENT, case_numbers=[pa], service_dates=[planned.isoformat()], denial_date=notice.isoformat(),
              provider=NEURO, appeal_deadline=plus(notice, 180).isoformat(),
              alternates={"provider": [NEURO_BARE, INFUSE]})
    return pdf_bytes(d), t


def stack_records(r):
    f = base(r)
    notice = plus(START, 34)
    sent = plus(notice, -12)
    pa = "RX" + pat(r, "99999999")
    planned = plus(notice, 10)
    hdr = f"FAX  {fd(notice, 'short')}  11:07  {CLINIC}  1-555-721-4409"
    d = Page(serif=True)
    d.add_page()
    fax_line(d, hdr + "   p. 2")
    letterhead(d, CLINIC, ["2210 W. Bannock Street, Boise, ID 83799", "Tel 1-555-721-4400  Fax 1-555-721-4409"], 1)
    d.text_line(fd(sent, "dmy"), 10)
    d.ln(2)
    addr(d, [f"{ORG} Medical Benefit Drug Review", "Fax 1-555-318-2280"])
    paras(d, [f"Re: {PATIENT}, member ID {f['mid']}, DOB {fd(f['dob'], 'dmy')}",
              "I am asking again for ravulizumab for my patient's generalized myasthenia gravis (MGFA class IIIb). "
              "She had a myasthenic crisis last year. IVIG was given twice and caused aseptic meningitis, so it "
              "cannot be used again; she remains weak on prednisone 30 mg. I ask that you approve the infusion at "
              f"{INFUSE} beginning {fd(planned, 'dmy')}.",
              "Her acetylcholine receptor antibody result is positive and will follow from the laboratory.",
              "Sincerely,", NEURO, CLINIC], size=10)
    p1 = pdf_bytes(d)
    t1 = truth("other", None, insurer=None, member_id=f["mid"], member_name=PATIENT,
               service_dates=[planned.isoformat()], denial_date=sent.isoformat(), provider=NEURO,
               unscored=["insurer", "appeal_deadline"], alternates={"provider": [NEURO_BARE]})
    d = Page(footer=f"{ORG}")
    d.add_page()
    fax_line(d, f"{fd(notice, 'short')} 15:52  {ORG} DRUG REVIEW  1-555-318-2280   TO {CLINIC}   P.1")
    letterhead(d, ORG, ["Medical Benefit Drug Review", ORG_ADDR], 0)
    d.text_line(fd(notice, "dmy"), 10)
    d.ln(3)
    addr(d, [NEURO, CLINIC, "Fax 1-555-721-4409"])
    paras(d, [f"Dear Dr. Haugland:",
              f"We reviewed your new request for ravulizumab for {PATIENT} (member ID {f['mid']}), which we logged as "
              f"request {pa}, with a first infusion planned for {fd(planned, 'dmy')} at {INFUSE}.",
              "Your letter explains why IVIG cannot be used, and we accept that. However, our policy also requires a "
              "positive anti-acetylcholine receptor antibody test, and the result was not included. We asked your "
              "office for it by telephone and did not receive it, so we cannot approve the request and it is "
              "denied. Please send the laboratory report and we will review it promptly.",
              "Your patient may appeal within 180 days of the date of this letter; an urgent appeal is decided "
              "within 72 hours.",
              "Pharmacy Clinical Reviewer, " + ORG], size=10)
    t2 = truth("denial_letter", "other", insurer=ORG, member_id=f["mid"], member_name=PATIENT, case_numbers=[pa],
               service_dates=[planned.isoformat()], denial_date=notice.isoformat(), provider=NEURO,
               appeal_deadline=plus(notice, 180).isoformat(), denial_alternates=["medical_necessity"],
               alternates={"provider": [NEURO_BARE, INFUSE]})
    cov = cover(f"{ORG} Drug Review", f"{CLINIC} - prior authorization desk", "1-555-318-2280", "1-555-721-4409",
                fd(notice, "slash"), 3, "Letter of medical necessity for ravulizumab and the plan's reply.")
    return [(p1, t1), (pdf_bytes(d), t2)], [cov, None]


def doc_invoice(r):
    f = base(r)
    inv = plus(START, 120)
    s1, s2 = plus(START, 68), plus(START, 82)
    drug, admin = 21436.80, 412.00
    lines = [[fd(s1, "iso"), "J1303", "Ravulizumab-cwvz 10 mg x 300 (loading)", usd(drug, "nosign")],
             [fd(s1, "iso"), "96365", "IV infusion, first hour", usd(admin, "nosign")],
             [fd(s2, "iso"), "J1303", "Ravulizumab-cwvz 10 mg x 330 (maintenance)", usd(23580.48, "nosign")],
             [fd(s2, "iso"), "96365", "IV infusion, first hour", usd(admin, "nosign")]]
    total = round(drug + admin + 23580.48 + admin, 2)
    d = Page()
    d.add_page()
    letterhead(d, INFUSE, ["415 N. Orchard Street, Boise, ID 83799", "Billing 1-555-377-8120  Tax ID 82-5550917"], 2)
    d.text_line("PATIENT INVOICE", 13, "B")
    d.ln(1)
    d.boxes([("Invoice date", fd(inv, "slash"), 40), ("Patient", PATIENT, 60), ("Account no.", pat(r, "A99999"), 40),
             ("Insurance ID", f["mid"], 40)])
    d.boxes([("Ordering physician", NEURO, 90), ("Primary insurance", ORG, 90)])
    d.ln(4)
    d.table(["Date", "Code", "Description", "Charge"], lines, [28, 20, 100, 32], aligns="LLLR")
    lv(d, [("Total charges", usd(total)), ("Insurance payments", usd(total - 300)), ("Patient balance due", usd(300))],
       w=60, size=10, x=100)
    d.para("Your plan paid these infusions after approval. The balance is your specialty drug coinsurance maximum. "
           "Questions: call billing Monday to Friday.", 9.3)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=PATIENT, claim_amount=f"{total:.2f}",
              service_dates=[s1.isoformat(), s2.isoformat()], denial_date=inv.isoformat(), provider=INFUSE,
              unscored=["insurer", "appeal_deadline"])
    return pdf_bytes(d), t


def doc_eob(r):
    f = base(r)
    stmt = plus(START, 60)
    c1, c2, c3 = pat(r, "E99999999"), pat(r, "E99999999"), pat(r, "E99999999")
    sv1, sv2 = plus(START, 20), plus(START, 27)
    drug, admin = 21436.80, 412.00
    tot = round(drug + admin, 2)
    d = Page(footer=f"{ORG}  -  Explanation of Benefits  -  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Services {f['phone']}"], 1)
    d.text_line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12, "B")
    d.ln(1)
    lv(d, [("Statement date", fd(stmt, "upper")), ("Member", PATIENT), ("Subscriber", SUBSCRIBER),
           ("Member ID", f["mid"]), ("Group", f["group"]),
           ("Claims processed", f"{fd(plus(stmt, -30), 'upper')} to {fd(plus(stmt, -2), 'upper')}")], w=38, size=9.2)
    wrap_table(d, ["Claim / provider", "Service date", "Service", "Amount billed", "Allowed amount", "Plan paid",
                   "You owe", "Code"],
               [[f"{c1} Owyhee Neuro", fd(sv1, "slash"), "Office visit 99215", "$318.00", "$241.12", "$211.12",
                 "$30.00", "P1"],
                [f"{c2} TV Lab", fd(sv1, "slash"), "AChR antibody 86041", "$96.50", "$58.20", "$58.20",
                 "$0.00", "P1"],
                [f"{c3} Bitterroot", fd(sv2, "slash"), "J1303 ravulizumab", usd(drug), "$0.00", "$0.00", "$0.00",
                 "D7"],
                ["", fd(sv2, "slash"), "96365 infusion", usd(admin), "$0.00", "$0.00", "$0.00", "D7"],
                ["*Claim " + c3 + " total", "", "", usd(tot), "$0.00", "$0.00", "$0.00", ""]],
               [40, 19, 30, 21, 19, 17, 15, 11], size=7.6)
    paras(d, [f"Claim {c3} was billed by {INFUSE}. D7: Denied. This drug needs prior approval and the step therapy requirement in " + POLICY +
              " was not met; the infusion center may not bill you for these lines. P1: Paid under your plan.",
              "You may appeal a denied claim within 180 days of the date of this statement. External review may be "
              "requested within 4 months of a final decision."], size=8.9)
    t = truth("eob", "medical_necessity", insurer=ORG, member_id=f["mid"], group_number=f["group"], member_name=PATIENT,
              case_numbers=[c3], claim_amount=f"{tot:.2f}", service_dates=[sv2.isoformat()], denial_date=stmt.isoformat(),
              provider=INFUSE, appeal_deadline=plus(stmt, 180).isoformat(), denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


def doc_approved(r):
    f = base(r)
    notice = plus(START, 58)
    ap, pa = "GA-" + pat(r, "999999"), "RX" + pat(r, "99999999")
    planned = plus(notice, 10)
    d = Page(serif=True, footer=f"{ORG} Grievance and Appeals")
    d.add_page()
    letterhead(d, ORG, ["Grievance and Appeals Department", ORG_ADDR], 0)
    d.text_line(fd(notice, "abbr"), 10)
    d.ln(3)
    addr(d, [PATIENT, "77 Cottonwood Bend Road", "Meridian, ID 83799"])
    paras(d, [f"Dear {PATIENT}:",
              f"Thank you for your appeal, which we numbered {ap}. You asked us to reconsider our denial of "
              f"ravulizumab requested by Dr. {NEURO_BARE} under request {pa}. Your member ID is {f['mid']}.",
              "A board-certified neurologist who was not involved in the earlier decisions reviewed your records, "
              "including the positive acetylcholine receptor antibody result and the record of your reaction to "
              "IVIG. We have reversed the denial and approved the infusions for 12 months at "
              f"{INFUSE}, starting on {fd(planned, 'abbr')}.",
              "No further action is needed from you. We have told your doctor and the infusion center.",
              "Sincerely,", "Appeals Coordinator", ORG], size=10)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=PATIENT, case_numbers=[ap, pa],
              service_dates=[planned.isoformat()], denial_date=notice.isoformat(), provider=NEURO_BARE,
              alternates={"provider": [INFUSE], "service_dates": [[]]})
    return pdf_bytes(d), t


def doc_upheld(r):
    f = base(r)
    notice = plus(START, 30)
    ap, pa = "GA-" + pat(r, "999999"), "RX" + pat(r, "99999999")
    got = plus(notice, -17)
    planned = plus(START, 14)
    d = Page(footer=f"{ORG} | Member appeals")
    d.add_page()
    letterhead(d, ORG, ["Grievance and Appeals Department", ORG_ADDR, f"Member Services {f['phone']}"], 1)
    d.text_line("FIRST-LEVEL APPEAL DECISION", 12.5, "B", "C")
    d.ln(1)
    d.boxes([("Date", fd(notice, "slash"), 36), ("Member", PATIENT, 58), ("Member ID", f["mid"], 46),
             ("Appeal no.", ap, 40)])
    d.boxes([("Original request", pa, 44), ("Prescriber", NEURO, 70), ("Appeal received", fd(got, "slash"), 66)])
    d.ln(3)
    paras(d, [f"Dear {PATIENT}:",
              f"You appealed our denial of {DRUG}, requested to start {fd(planned, 'slash')}. A neurologist who did not "
              "make the first decision reviewed the appeal.",
              "Decision: we are UPHOLDING the denial. The records sent with the appeal still show no trial of IVIG "
              "or rituximab, and do not explain why either cannot be used. " + POLICY + " is not met."], size=9.4)
    two_col(d, ["#Second-level appeal",
                "You may ask for a second-level appeal within 60 days of the date of this letter. Send it to the "
                "address above or fax 1-555-318-2290.",
                "#Urgent appeal",
                "If your doctor says waiting would seriously harm your health, we will decide within 72 hours."],
            ["#External review",
             "You may ask for an independent external review within 4 months of the date of this letter, after "
             "or instead of a second-level appeal where the law allows.",
             "#Help",
             "Call Member Services. Spanish: Si necesita ayuda en español, llame al número de su tarjeta."], size=8.8)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=PATIENT,
              case_numbers=[ap, pa], service_dates=[planned.isoformat()], denial_date=notice.isoformat(), provider=NEURO,
              appeal_deadline=plus(notice, 60).isoformat(), alternates={"provider": [NEURO_BARE]})
    return pdf_bytes(d), t


def doc_ivig_approval(r):
    f = base(r)
    notice = plus(START, -70)
    au = "MA" + pat(r, "9999999")
    a, b = plus(notice, 5), plus(notice, 9)
    d = Page(footer=f"{ORG} - Utilization Management")
    d.add_page()
    letterhead(d, ORG, ["Utilization Management", ORG_ADDR], 2)
    d.text_line("AUTHORIZATION APPROVAL", 12.5, "B")
    d.ln(2)
    lv(d, [("Date", fd(notice, "iso")), ("Member", PATIENT), ("Member ID", f["mid"]), ("Authorization", au),
           ("Service", "Immune globulin IV (J1569), 2 g/kg over 5 days"), ("Rendering", INFUSE),
           ("Approved dates", f"{fd(a, 'iso')} to {fd(b, 'iso')}"), ("Ordering", NEURO)], w=40, size=9.5)
    paras(d, ["Good news: this request has been approved as medically necessary. This approval is not a guarantee "
              "of payment; benefits depend on eligibility on the date of service.",
              "Questions? Call " + f["phone"] + "."], size=9.6)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=PATIENT, case_numbers=[au],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=notice.isoformat(), provider=INFUSE,
              alternates={"provider": [NEURO, NEURO_BARE]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + 10 + i)  # noqa: E731
    docs, seps = stack_records(r(1))
    return [
        Item(f"{FAMILY}_bd_prior_auth_denied_step_therapy", "born_digital", [doc_pa_denial(r(0))]),
        Item(f"{FAMILY}_faxfine_stack_neuro_letter_and_antibody_records_denial", "fax_fine_g4", docs,
             separators=seps),
        Item(f"{FAMILY}_photo_infusion_center_invoice", "phone_photo", [doc_invoice(r(2))]),
        Item(f"{FAMILY}_copy_eob_three_claims_infusion_denied", "photocopy", [doc_eob(r(3))]),
        Item(f"{FAMILY}_rotated_appeal_approved_prose", "rotated", [doc_approved(r(4))]),
        Item(f"{FAMILY}_scan300_first_level_appeal_upheld_two_column", "scan_clean_300", [doc_upheld(r(5))]),
        Item(f"{FAMILY}_bd_ivig_authorization_approved", "born_digital", [doc_ivig_approval(r(6))]),
    ]
