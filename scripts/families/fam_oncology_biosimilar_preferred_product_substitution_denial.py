"""An invented commercial plan (Aldergrove Mutual Health Plan) whose specialty pharmacy benefit manager
(Quillfeather Specialty Rx Solutions) reviews infused cancer drugs "on behalf of" the plan and denies reference
biologics (Herceptin, Rituxan, Avastin) in favour of the plan's preferred biosimilars (Kanjinti or Ogivri,
Truxima or Ruxience, Mvasi or Zirabev), with the oncology practice's infusion claims, its statement, its letter to
the benefit manager, the plan's EOB, an upheld appeal and an exception approval. The drugs, their HCPCS codes and
the biosimilar naming appear as themselves; every plan, company, person and number is invented.

Documents (8 in 7 files):
- bd_pbm_preservice_trastuzumab_on_behalf_of_plan: the benefit manager's pre-service denial of Herceptin "on
  behalf of" the plan, the oncologist named in prose ("Dr. ... of ... asked us to approve ..."), planned span "from
  March 3 through June 16, 2026", date of decision and date of this notice both printed, DOB, received date,
  72-hour and external-review limits and the form number as decoys.
- faxstd_provider_notice_rituximab_caption_boxes: small-type standard fax to the practice, typed fax header line
  on each page, captions above boxed values, authorization period in From | To boxes (months differ), NPI and
  tax ID as decoys.
- copy_plan_eob_four_claims_one_denied: the plan's EOB (plan named in the header block and closing only), four
  claims in a table, the Herceptin claim (DOS) denied for no prior authorization of a non-preferred product.
- finefax_practice_letter_to_pbm_exception_request: the practice's letter to the benefit manager (the insurer is
  the addressee, the provider the sender) asking for an exception, denied PA number cited (denies nothing).
- lowres_practice_statement_infusion_rows: the practice's patient statement, infusion rows from 03/03/2026 thru
  03/24/2026, the Avastin rows denied by insurance (denies nothing).
- rotated_two_column_appeal_upheld_bevacizumab: upheld appeal in two columns with the facts in a right column box,
  the oncologist named only in the subject line, span "March 3 - April 14, 2026" in prose (full dates on the right),
  only an external review offered (no appeal deadline).
- photo_stack_exception_approval_then_claim_denial: an exception approval for Neulasta (denies nothing), its
  duplex back, then a claim denial for a single DOS whose provider is named only in the cc: line, upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddh_famdhe import DHSheet
from public_kit import address, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "oncology_biosimilar_preferred_product_substitution_denial"
LANG = "en"
SEED = 351404
PLAN = "Aldergrove Mutual Health Plan"
PBM = "Quillfeather Specialty Rx Solutions"
PBM_FULL = "Quillfeather Specialty Rx Solutions, Inc."
PRACTICE = "Sablewood Oncology & Hematology Associates"
ONC = "Ottoline P. Verhagen"
ONC2 = "Caspian R. Ferreira-Lund"
FORM = "Form QSRX-BIO-07 (01/26)"


def _ids(rng):
    return {"mid": "AMH" + digits(rng, 9), "grp": f"{digits(rng, 6)}-0{rng.randint(1, 9)}",
            "plan": f"PPO {rng.choice('ABC')}{digits(rng, 2)}"}


def _pa(rng):
    return f"PA-26-{digits(rng, 6)}"


def _dob(rng):
    return dt.date(rng.randint(1952, 1985), rng.randint(1, 12), rng.randint(1, 28))


def _pbm_lh(p: DHSheet, rng, y: float = 12):
    p.set_y(y)
    p.set_fill_color(30, 90, 110)
    p.rect(p.l_margin, y, 10, 10, style="F")
    p.set_xy(p.l_margin + 13, y)
    p.f(13, "B")
    p.cell(0, 6, PBM, new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 13)
    p.f(7.5)
    p.cell(0, 4, f"Specialty Drug Review  |  PO Box {rng.randint(1000, 9999)}, Omaha NE 681{rng.randint(10, 99)}  |  "
                 f"1-866-555-{digits(rng, 4)}  |  Fax 1-866-555-{digits(rng, 4)}  |  TTY 711",
           new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 16)


def _plan_lh(p: DHSheet, rng, dept: str, y: float = 12):
    p.set_y(y)
    p.f(15, "B")
    p.cell(0, 7, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{dept}  |  PO Box {rng.randint(1000, 9999)}, Des Moines IA 503{rng.randint(10, 99)}  |  "
                 f"1-888-555-{digits(rng, 4)} (TTY 711)", new_x="LMARGIN", new_y="NEXT")
    y2 = p.get_y() + 1
    p.line_seg(p.l_margin, y2, p.w - p.r_margin, y2)
    p.set_y(y2 + 4)


def bd_preservice(rng):
    ids = _ids(rng)
    mem, mf, mm, ml = person(rng)
    dec = dt.date(2026, 2, 23) + dt.timedelta(days=rng.randint(0, 4))
    nd = plus(dec, 2)
    rec = plus(dec, -rng.randint(3, 6))
    s0, s1 = dt.date(2026, 3, 3), dt.date(2026, 6, 16)
    pa = _pa(rng)
    p = DHSheet(footer="Page {n} of {nb}", footer_left=FORM)
    p.set_margins(20, 14, 20)
    p.add_page()
    _pbm_lh(p, rng)
    p.f(8.5)
    p.cell(0, 4, f"Writing on behalf of {PLAN}", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.pairs([("Date of this notice", fdate(nd, "long")), ("Date of decision", fdate(dec, "long")),
             ("Request received", fdate(rec, "long")), ("Authorization request no.", pa),
             ("Member", mem), ("Member ID", ids["mid"]), ("Date of birth", fdate(_dob(rng), "slash")),
             ("Group", ids["grp"])], label_w=52, size=9.5, h=5)
    p.ln(3)
    p.line("NOTICE OF DENIAL OF COVERAGE - SPECIALTY MEDICATION", 11, "B")
    p.ln(2)
    p.para(f"Dear {mf} {ml}:", 10)
    p.para(f"Dr. {ONC} of {PRACTICE} asked us to approve Herceptin (trastuzumab), HCPCS J9355, given by "
           f"infusion every 21 days from {s0.strftime('%B %-d')} "
           f"through {fdate(s1, 'long')}, for HER2-positive breast cancer. {PBM} manages specialty drug "
           f"benefits on behalf of {PLAN}. We reviewed the request against the plan's preferred product policy.",
           10)
    p.para("Decision: we cannot approve Herceptin. Your plan covers trastuzumab through its preferred "
           "biosimilar products, Kanjinti (trastuzumab-anns) and Ogivri (trastuzumab-dkst). A biosimilar has no "
           "clinically meaningful difference from the reference product in safety, purity and potency. The plan "
           "covers a non-preferred reference product only when the member has tried a preferred biosimilar and "
           "had a documented adverse reaction, or has a medical reason not to use it. The request did not show "
           "either.", 10)
    p.para("Your doctor can ask for a preferred biosimilar today; that request does not need a new review. This "
           "decision does not say that trastuzumab treatment is not appropriate for you.", 10)
    p.heading("Your right to appeal", 10.5)
    p.para("You or your doctor may appeal within 180 days of the date of this notice. If your doctor says that "
           "waiting could seriously harm your health, ask for an expedited appeal; we decide those within 72 "
           "hours. After the plan's appeal, you may ask for an external review by an independent review "
           "organization within 4 months.", 9.5)
    p.para(f"Sincerely,\n\nClinical Pharmacist Reviewer\n{PBM}, for {PLAN}\ncc: Dr. {ONC}, {PRACTICE}", 9.5)
    t = truth("denial_letter", "not_covered", insurer=PBM, group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[pa], service_dates=[span(s0, s1)], denial_date=nd.isoformat(),
              provider=ONC, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": [PLAN], "provider": [PRACTICE], "service_dates": [[span(s0)]],
                          "denial_date": [dec.isoformat()], "appeal_deadline": [plus(dec, 180).isoformat()]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def faxstd_provider_notice(rng):
    ids = _ids(rng)
    mem, mf, mm, ml = person(rng)
    nd = dt.date(2026, 3, 30) + dt.timedelta(days=rng.randint(0, 5))
    s0, s1 = dt.date(2026, 4, 7), dt.date(2026, 7, 21)
    pa = _pa(rng)
    npi = digits(rng, 10)
    fax = (f"{nd.strftime('%b %d %Y').upper()} 09:{rng.randint(10, 59)}  QUILLFEATHER SRX  866-555-{digits(rng, 4)}"
           f"  ->  SABLEWOOD ONC 515-555-{digits(rng, 4)}  PAGE {{n}} OF 2")
    p = DHSheet(footer="Page {n} of {nb}", footer_left=FORM, fax_hdr=fax,
                cont=f"Provider notice (continued)  |  Request {pa}  |  Member ID {ids['mid']}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _pbm_lh(p, rng, y=12)
    p.f(10.5, "B")
    p.cell(0, 5, "PROVIDER NOTICE - SPECIALTY DRUG REQUEST NOT APPROVED", new_x="LMARGIN", new_y="NEXT")
    p.f(7.5)
    p.cell(0, 4, f"Issued on behalf of {PLAN}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.nboxes([("Notice date", fdate(nd, "slash"), 30), ("Request no.", pa, 34), ("Member", mem, 52),
              ("Member ID", ids["mid"], 36), ("Group", ids["grp"], 30)], h=10, cap=5.8, val=8)
    p.nboxes([("Requesting physician", f"{ONC2}, MD", 52), ("Practice", PRACTICE, 74),
              ("NPI", npi, 28), ("Tax ID", f"42-{digits(rng, 7)}", 28)], h=10, cap=5.8, val=7.6)
    p.nboxes([("Drug requested", "Rituxan (rituximab) J9312", 60), ("Dose", "375 mg/m2 every 8 weeks", 46),
              ("From", fdate(s0, "slash"), 37), ("To", fdate(s1, "slash"), 39)], h=10, cap=5.8, val=8)
    p.ln(3)
    p.para(f"Dr. {ONC2} asked for Rituxan (rituximab) for {mem} for maintenance treatment of follicular lymphoma, "
           f"{fdate(s0, 'long')} through {fdate(s1, 'long')} (up to 3 doses). The request is not approved.", 8)
    p.para("Reason: rituximab is covered through the plan's preferred biosimilars, Truxima (rituximab-abbs) and "
           "Ruxience (rituximab-pvvr). Rituxan is a non-preferred product. The records do not show a trial of a "
           "preferred biosimilar, an intolerance to one, or a clinical reason it cannot be used. Rituxan Hycela "
           "(subcutaneous) was not requested and was not reviewed.", 8)
    p.para("To change the request to Truxima (Q5115) or Ruxience (Q5119), call the number above; approval is "
           "immediate for the same dates.", 8)
    p.add_page()
    p.f(8.5, "B")
    p.cell(0, 5, "Appeal and peer-to-peer", new_x="LMARGIN", new_y="NEXT")
    p.para("You may request a peer-to-peer review within 14 days of the date of this notice. The member, or the "
           "provider acting for the member, may appeal within 180 days of the date of this notice. Expedited "
           "appeals are decided within 72 hours. A claim for Rituxan given without approval will be denied.", 8)
    p.para(f"Clinical Pharmacist, {PBM_FULL}\nAdministering specialty benefits for {PLAN}", 8)
    t = truth("denial_letter", "not_covered", insurer=PBM, group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[pa], service_dates=[span(s0, s1)], denial_date=nd.isoformat(),
              provider=ONC2, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": [PLAN], "provider": [PRACTICE], "service_dates": [[span(s0)]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def copy_eob(rng):
    ids = _ids(rng)
    mem, mf, mm, ml = person(rng)
    sub = person(rng)[0]
    sd = dt.date(2026, 4, 27) + dt.timedelta(days=rng.randint(0, 6))
    dos = dt.date(2026, 3, 24)
    other = [(dt.date(2026, 3, 3), "Office visit, est. patient (99215)", ONC, 412.00),
             (dt.date(2026, 3, 3), "Chemo infusion admin (96413, 96415)", PRACTICE, 986.00),
             (dt.date(2026, 3, 24), "Chemo infusion admin (96413)", PRACTICE, 714.00)]
    units = 42
    billed = round(units * 241.37, 2)
    cl = [f"26{digits(rng, 9)}-00" for _ in range(4)]
    rows = []
    for (d, s, pr, a), c in zip(other[:2], cl[:2]):
        rows.append([c, fdate(d, "slash"), s, pr, money(a, "nosign"), money(a * 0.8, "nosign"), "PAID", ""])
    rows.append([cl[2], fdate(dos, "slash"), f"Herceptin J9355 x {units} u", PRACTICE, money(billed, "nosign"),
                 "0.00", "DENIED", "P7"])
    d, s, pr, a = other[2]
    rows.append([cl[3], fdate(d, "slash"), s, pr, money(a, "nosign"), money(a * 0.8, "nosign"), "PAID", ""])
    p = DHSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page()
    _plan_lh(p, rng, "Explanation of Benefits")
    p.f(12, "B")
    p.cell(0, 6, "EXPLANATION OF BENEFITS - THIS IS NOT A BILL", new_x="LMARGIN", new_y="NEXT")
    p.right_block([("Statement date:", fdate(sd, "slash")), ("Subscriber:", sub), ("Patient:", mem),
                   ("Member ID:", ids["mid"]), ("Group:", ids["grp"]), ("Plan:", ids["plan"])], w=96, size=8.5,
                  y=p.get_y() + 1)
    p.ln(4)
    p.f(8)
    p.cell(0, 4, f"Claims processed 03/15/2026 - {fdate(sd, 'slash')}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.table(["Claim no.", "DOS", "Service", "Provider", "Billed", "Plan\npaid", "Status", "Code"], rows,
            [30, 19, 46, 52, 18, 15, 13, 9], size=7.2, aligns=["L", "L", "L", "L", "R", "R", "L", "L"])
    p.para(f"**P7**  Non-preferred specialty drug given without prior authorization. Herceptin (trastuzumab) is "
           "not a preferred product under your plan; the preferred biosimilars are Kanjinti and Ogivri. No "
           f"approval was on file for the DOS {fdate(dos, 'long')}. The infusion administration on the same day "
           "was paid. The provider may not bill you more than your share for an in-network service denied for "
           "a missing authorization; call us if you receive a bill.", 8)
    p.para("Your appeal rights: you may appeal within 180 days of the date of this statement. An external "
           "review is available within 4 months of a final appeal decision. Deductible 2026: $1,500, met $1,500.",
           8)
    p.para(f"Sincerely,\nMember Services, {PLAN}", 8.5)
    t = truth("eob", "prior_authorization", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"],
              member_id=ids["mid"], member_name=mem, cases=[cl[2]], claim_amount=m2(billed),
              service_dates=[span(dos)], denial_date=sd.isoformat(), provider=PRACTICE,
              appeal_deadline=plus(sd, 180).isoformat(), denial_alternates=["not_covered"])
    return out(p), t


def finefax_practice_letter(rng):
    ids = _ids(rng)
    mem, mf, mm, ml = person(rng)
    ld = dt.date(2026, 3, 5) + dt.timedelta(days=rng.randint(0, 5))
    pa = _pa(rng)
    s0 = dt.date(2026, 3, 17)
    s1 = dt.date(2026, 6, 30)
    dob = _dob(rng)
    p = DHSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 14, 22)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 7, PRACTICE, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{address(rng)[0]}, Cedar Rapids IA 524{rng.randint(10, 99)}  |  Infusion center "
                 f"319-555-{digits(rng, 4)}  |  Fax 319-555-{digits(rng, 4)}  |  NPI {digits(rng, 10)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(7)
    p.line(fdate(ld, "long"), 10)
    p.ln(3)
    for ln in [PBM_FULL, "Specialty Drug Review - Appeals and Exceptions", f"Fax 1-866-555-{digits(rng, 4)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.re_block([f"Exception request for {mem}, DOB {fdate(dob, 'slash')}",
                f"Member ID {ids['mid']} ({PLAN}), group {ids['grp']}",
                f"Denied request {pa}: Herceptin (trastuzumab) J9355"], 9.5)
    p.para("To the clinical pharmacist reviewer:", 10)
    p.para(f"I am writing to ask for an exception to the preferred biosimilar policy for {mf} {ml}, whom I treat "
           "for HER2-positive metastatic breast cancer. In 2025, during treatment with Kanjinti (trastuzumab-anns), "
           "the patient had a grade 3 infusion reaction that needed emergency care; a trial of Ogivri "
           "(trastuzumab-dkst) in January 2026 caused a second reaction despite premedication. The patient has "
           "received the reference product since, with no reactions.", 10)
    p.para(f"I ask that you approve Herceptin every 21 days from {fdate(s0, 'long')} through "
           f"{fdate(s1, 'long')}. The infusion-center records of both reactions are enclosed.", 10)
    p.para("Please call me if a peer-to-peer discussion would help.", 10)
    p.para(f"Sincerely,\n\n{ONC}, MD\nMedical Oncology, {PRACTICE}\ncc: {PLAN}, Member Services", 10)
    t = truth("other", None, insurer=PBM, group=ids["grp"], member_id=ids["mid"], member_name=mem, cases=[pa],
              service_dates=[span(s0, s1)], denial_date=ld.isoformat(), provider=ONC,
              alternates={"insurer": [PLAN, None], "provider": [PRACTICE], "service_dates": [[span(s0)], []]})
    return out(p), t


def lowres_statement(rng):
    ids = _ids(rng)
    mem, mf, mm, ml = person(rng)
    guar = f"{person(rng)[1]} {ml}"
    sd = dt.date(2026, 5, 12) + dt.timedelta(days=rng.randint(0, 6))
    d0 = dt.date(2026, 3, 3)
    d1 = dt.date(2026, 3, 24)
    acct = digits(rng, 8)
    av = round(40 * 187.64, 2)
    lines = [(d0, "99214", "Office visit", 298.00, "ins paid"),
             (d0, "96413", "Chemo admin, IV, first hour", 714.00, "ins paid"),
             (d0, "J9035", "Avastin (bevacizumab) 10 mg x 40", av, "ins denied"),
             (d1, "96413", "Chemo admin, IV, first hour", 714.00, "ins paid"),
             (d1, "J9035", "Avastin (bevacizumab) 10 mg x 40", av, "ins denied")]
    rows = []
    for d, c, s, a, st in lines:
        ins = 0.0 if st == "ins denied" else round(a * 0.8, 2)
        rows.append([fdate(d, "slash"), c, s, money(a, "nosign"), money(ins, "nosign"), money(a - ins, "nosign"),
                     "Denied - non-preferred" if ins == 0 else "Paid"])
    den = round(av * 2, 2)
    tot = round(sum(x[3] for x in lines), 2)
    p = DHSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, PRACTICE, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Billing office 319-555-{digits(rng, 4)}  |  Tax ID 42-{digits(rng, 7)}", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(3)
    p.f(12, "B")
    p.cell(0, 6, "PATIENT STATEMENT", new_x="LMARGIN", new_y="NEXT")
    p.right_block([("Statement date:", fdate(sd, "slash")), ("Account:", acct), ("Guarantor:", guar),
                   ("Please pay by:", fdate(plus(sd, 30), "slash"))], w=90, size=8.5, y=p.get_y() - 6)
    p.ln(2)
    p.pairs([("Patient", mem), ("Physician", f"{ONC2}, MD"), ("Insurance", f"{PLAN}  ID {ids['mid']}"),
             ("Dates of service", f"{fdate(d0, 'slash')} thru {fdate(d1, 'slash')}")], label_w=32, size=9)
    p.ln(2)
    p.table(["Date", "Code", "Description", "Charge", "Insurance", "Balance", "Note"], rows,
            [20, 14, 54, 20, 20, 20, 36], size=7.8, aligns=["L", "L", "L", "R", "R", "R", "L"])
    p.para(f"Your plan's specialty drug manager denied the Avastin doses of {fdate(d0, 'long')} and "
           f"{fdate(d1, 'long')} because Avastin is not the plan's preferred product (preferred: Mvasi, Zirabev). "
           f"We have appealed. Denied drug charges: {money(den)}. Total charges: {money(tot)}.", 8.5)
    p.para("You do not need to pay the denied drug charges while the appeal is open. Amount due now: $0.00.", 8.5)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, claim_amount=m2(den),
              service_dates=[span(d0), span(d1)], denial_date=sd.isoformat(), provider=PRACTICE,
              unscored=["insurer"],
              alternates={"provider": [ONC2], "claim_amount": [m2(tot), m2(av)],
                          "service_dates": [[span(d0, d1)]]})
    return out(p), t


def rotated_appeal(rng):
    ids = _ids(rng)
    mem, mf, mm, ml = person(rng)
    nd = dt.date(2026, 6, 1) + dt.timedelta(days=rng.randint(0, 10))
    rec = plus(nd, -rng.randint(20, 28))
    s0, s1 = dt.date(2026, 3, 3), dt.date(2026, 4, 14)
    pa = _pa(rng)
    apl = f"APL-{digits(rng, 7)}"
    billed = round(3 * 40 * 187.64, 2)
    p = DHSheet(serif=True, footer="Page {n} of {nb}", footer_left=FORM)
    p.set_margins(18, 14, 18)
    p.add_page()
    _pbm_lh(p, rng)
    p.f(10, "B")
    p.multi_cell(0, 5, f"Re: Appeal for Avastin (bevacizumab) ordered by Dr. {ONC2}", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(2)
    left = [f"{mem}\n" + "\n".join(address(rng)),
            f"Dear {mf} {ml}:",
            f"We have decided your appeal about Avastin infusions given March 3 - April 14, 2026. We reviewed it "
            f"on behalf of {PLAN}. An oncologist who was not part of the first decision reviewed the records, "
            "the appeal letter and the plan's preferred product policy.",
            "Decision: we upheld the denial. Bevacizumab is covered through the plan's preferred biosimilars, "
            "Mvasi (bevacizumab-awwb) and Zirabev (bevacizumab-bvzr). The records do not show a reaction to, or a "
            "reason not to use, a preferred biosimilar. The three Avastin doses remain denied.",
            "This is the final internal appeal decision. You may ask for an external review by an independent "
            "review organization within 4 months of the date you receive this letter. If your situation is "
            "urgent, an expedited external review is decided within 72 hours.",
            f"Sincerely,\n\nAppeals Unit, {PBM}"]
    right = [("Date of this letter", fdate(nd, "long")), ("Appeal no.", apl), ("Original request", pa),
             ("Member", mem), ("Member ID", ids["mid"]), ("Group", ids["grp"]), ("Appeal received",
                                                                                 fdate(rec, "slash")),
             ("Doses", f"{fdate(s0, 'slash')}, {fdate(plus(s0, 21), 'slash')}, {fdate(s1, 'slash')}"),
             ("Amount billed", money(billed))]
    p.two_col(left, right, left_w=106, size=9.5)
    t = truth("denial_letter", "not_covered", insurer=PBM, group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[apl, pa], claim_amount=m2(billed),
              service_dates=[span(s0), span(plus(s0, 21)), span(s1)], denial_date=nd.isoformat(), provider=ONC2,
              alternates={"insurer": [PLAN], "case_numbers": [[apl]], "service_dates": [[span(s0, s1)]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def photo_stack(rng):
    ids = _ids(rng)
    mem, mf, mm, ml = person(rng)
    ad = dt.date(2026, 4, 6) + dt.timedelta(days=rng.randint(0, 6))
    a0, a1 = plus(ad, 2), dt.date(2026, 9, 30)
    pa = _pa(rng)
    p = DHSheet(footer=None)
    p.set_margins(22, 14, 22)
    p.add_page()
    _pbm_lh(p, rng)
    p.line(f"Approval notice  -  {fdate(ad, 'abbr')}", 11, "B")
    p.ln(2)
    p.pairs([("Member", mem), ("Member ID", ids["mid"]), ("Request no.", pa),
             ("Drug", "Neulasta (pegfilgrastim) J2506, on-body injector"),
             ("Approved", f"{fdate(a0, 'slash')} through {fdate(a1, 'slash')}")], label_w=30, size=9.5)
    p.ln(3)
    p.para(f"Dear {mf} {ml}:", 10)
    p.para(f"We approved an exception for Neulasta, asked for by Dr. {ONC} of {PRACTICE}, on behalf of "
           f"{PLAN}. The preferred biosimilars (Fulphila, Udenyca) do not offer the on-body injector your "
           "treatment schedule needs. The approval covers one dose per chemotherapy cycle for the dates above.",
           10)
    p.para(f"Sincerely,\n\n{PBM}", 10)
    doc1 = (out(p), truth("other", None, insurer=PBM, member_id=ids["mid"], member_name=mem, cases=[pa],
                          service_dates=[span(a0, a1)], denial_date=ad.isoformat(), provider=ONC,
                          alternates={"insurer": [PLAN], "provider": [PRACTICE], "service_dates": [[]]}))
    nd = dt.date(2026, 5, 26) + dt.timedelta(days=rng.randint(0, 6))
    dos = dt.date(2026, 4, 28)
    claim = f"26{digits(rng, 9)}-01"
    billed = round(9 * 198.55, 2)
    q = DHSheet(footer=None)
    q.set_margins(22, 14, 22)
    q.add_page()
    _plan_lh(q, rng, "Claims")
    q.line("Claim decision", 12, "B")
    q.ln(2)
    q.pairs([("Notice date", fdate(nd, "long")), ("Member", mem), ("Member ID", ids["mid"]), ("Claim", claim),
             ("DOS", fdate(dos, "slash")), ("Billed", money(billed))], label_w=30, size=9.5)
    q.ln(2)
    q.para(f"Dear {mf} {ml}:", 10)
    q.para("We denied this claim for Rituxan (rituximab), J9312, 9 units. Rituxan is a non-preferred "
           "specialty drug under your plan and no prior authorization was approved for it; the preferred "
           "biosimilars are Truxima and Ruxience. The exception approved for your pegfilgrastim does not apply "
           "to rituximab.", 10)
    q.para("You may appeal within 180 days of the date of this notice.", 10)
    q.para(f"Sincerely,\nClaims Department, {PLAN}\ncc: Dr. {ONC2}, {PRACTICE}", 10)
    doc2 = (out(q), truth("denial_letter", "prior_authorization", insurer=PLAN, member_id=ids["mid"],
                          member_name=mem, cases=[claim], claim_amount=m2(billed), service_dates=[span(dos)],
                          denial_date=nd.isoformat(), provider=ONC2, appeal_deadline=plus(nd, 180).isoformat(),
                          alternates={"provider": [PRACTICE]}, denial_alternates=["not_covered"]))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_pbm_preservice_trastuzumab_on_behalf_of_plan", "born_digital", [bd_preservice(rng)]),
        Item(F + "faxstd_provider_notice_rituximab_caption_boxes", "fax_standard_g4",
             [faxstd_provider_notice(rng)]),
        Item(F + "copy_plan_eob_four_claims_one_denied", "photocopy", [copy_eob(rng)]),
        Item(F + "finefax_practice_letter_to_pbm_exception_request", "fax_fine_g4", [finefax_practice_letter(rng)]),
        Item(F + "lowres_practice_statement_infusion_rows", "scan_lowres_150", [lowres_statement(rng)]),
        Item(F + "rotated_two_column_appeal_upheld_bevacizumab", "rotated", [rotated_appeal(rng)]),
        Item(F + "photo_stack_exception_approval_then_claim_denial", "phone_photo", photo_stack(rng),
             separators=["duplex", None], turns={(1, 0): 180}),
    ]
