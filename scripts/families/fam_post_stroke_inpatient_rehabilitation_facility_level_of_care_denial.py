"""Family 'post_stroke_inpatient_rehabilitation_facility_level_of_care_denial': an invented Medicare Advantage plan
(Tidewater Crest Medicare Advantage) refusing admission to an inpatient rehabilitation facility (IRF) after a stroke
and offering a skilled nursing facility instead, with the rehab hospital's letter, a peer-to-peer note, an EOB and
an overturned appeal. All fictional; phones use 555.

Documents: a born-digital pre-service notice of denial (label column with dotted leaders, IRF admission denied,
SNF approved instead, 65-day reconsideration); a standard fax of the rehab hospital's letter to the plan under a
typed fax header line with a Re: block (denies nothing); a clean scan of the plan's peer-to-peer review summary in
ruled caption boxes (denial stands); a rotated monthly EOB laid out claim by claim (four claims, the IRF claim
denied, an adjustment in parentheses, remark legend); a phone photo of the reconsideration decision overturning a
denial (denies nothing); a 150 dpi notice of denial of payment for an IRF stay with facts in two label/value
columns side by side; a photocopied stack: the daughter's expedited appeal request (denies nothing) with a blank
separator, then a denial of extra acute-hospital days awaiting placement fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, pdf_bytes, truth
from kit_rounddf_famdfe import claim_blocks, fax_line, fd, panel, plus, quad, re_block, usd

FAMILY = "post_stroke_inpatient_rehabilitation_facility_level_of_care_denial"
LANG = "en"
SEED = 350804
INS = "Tidewater Crest Medicare Advantage"
INS_ADDR = "Utilization Management, PO Box 48213, Norfolk, VA 23541"
PHONE, TTY = "1-888-555-0147", "711"
IRF = "Riverbend Acute Rehabilitation Hospital"
SNF = "Marsh Hawk Skilled Nursing & Rehab"


def plan_id(r: Rand) -> str:
    return f"H{r.randint(3000, 9899)}-{r.randint(1, 30):03d}"


def mem(r: Rand) -> str:
    return f"TC{r.digits(9)}"


def lh(d: Doc, face: str = "Helvetica", small: bool = False):
    d.set_font(face, "B", 15 if not small else 12)
    d.cell(0, 7, "Tidewater Crest", new_x="LMARGIN", new_y="NEXT")
    d.set_font(face, "", 9)
    d.cell(0, 4.5, "Medicare Advantage  (HMO-POS)", new_x="LMARGIN", new_y="NEXT")
    d.set_font(face, "", 7.5)
    d.cell(0, 4, f"{INS_ADDR}   Member Services {PHONE} (TTY {TTY}), 8 a.m.-8 p.m., 7 days a week",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(5)


def leaders(d: Doc, rows, label_w=62, size=10):
    for k, v in rows:
        d.set_font(d.base_font, "", size)
        dots = k + " " + "." * 80
        d.cell(label_w, 5.6, dots[: int(label_w * 0.52)])
        d.set_font(d.base_font, "B", size)
        d.cell(0, 5.6, " " + v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def reconsideration(d: Doc, days_text: str, size=9.3):
    d.para("If you disagree with our decision, you can ask for an appeal (a reconsideration). You must ask "
           f"{days_text}. We can give you more time if you have a good reason. To ask for a standard appeal, write to "
           "Tidewater Crest Appeals, PO Box 48219, Norfolk, VA 23541, or fax 1-888-555-0150. If waiting could "
           "seriously harm your health, ask for a fast (expedited) appeal by phone; we will decide within 72 hours. "
           "If we say no again, your case goes automatically to an Independent Review Entity.", size)


def doc_pre_denial(r: Rand):
    name, *_ = r.person()
    member, pid = mem(r), plan_id(r)
    nd = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 60))
    adm = plus(nd, 1)
    auth = f"UM{nd.strftime('%y%m')}{r.digits(5)}"
    d = Doc("Helvetica", footer="Form TC-IDN-01 (NDMC)   Page {p} of {n}")
    d.add_page()
    lh(d)
    d.text_line(fd(nd, "long"), 10)
    d.ln(3)
    for ln in [name] + list(r.address()):
        d.text_line(ln, 10)
    d.ln(5)
    d.text_line("Notice of Denial of Medical Coverage", 14, "B")
    d.ln(2)
    leaders(d, [("Member name", name), ("Member ID", member), ("Plan", f"{pid}  Tidewater Crest Premier"),
                ("Authorization request #", auth), ("Requested by", IRF),
                ("Service requested", "Acute inpatient rehabilitation admission (IRF), post CVA"),
                ("Planned admission", fd(adm, "slash")),
                ("Request received", fd(plus(nd, -1), "abbrdot") + "  4:52 p.m."),
                ("Date of birth", fd(dt.date(1947, r.randint(1, 12), r.randint(1, 28)), "slash"))])
    d.text_line("Why did we deny your request?", 11, "B")
    d.para(f"We denied admission to {IRF}. After your stroke you need daily therapy, but the records show you can "
           "take part in about one hour of therapy a day, not the three hours a day, five days a week, that inpatient "
           "rehabilitation requires. Your care can be given safely at a lower level of care. We APPROVED a stay at a "
           f"skilled nursing facility instead ({SNF}, authorization {r.digits(8)}). Criteria: Medicare Benefit Policy "
           "Manual Ch. 1 sec. 110 and plan policy UM-REH-014.", 9.8)
    d.para(f"A plan physician reviewed this request. Your doctor may ask to speak with that physician "
           f"(peer-to-peer) by calling {PHONE}.", 9.8)
    d.text_line("You have the right to appeal", 11, "B")
    reconsideration(d, "within 65 calendar days from the date of this notice")
    d.para(f"Your daughter, {r.person()[0]}, is listed as your contact. She can appeal for you if you sign an "
           "Appointment of Representative form (CMS-1696).", 9)
    t = truth("denial_letter", "level_of_care", insurer=INS, plan_id=pid, member_id=member, member_name=name,
              case_numbers=[auth], service_dates=[adm.isoformat()], denial_date=nd.isoformat(), provider=IRF,
              appeal_deadline=plus(nd, 65).isoformat())
    return pdf_bytes(d), t


def doc_rehab_letter(r: Rand):
    name, *_ = r.person()
    member = mem(r)
    ld = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 40))
    ref = f"UM{ld.strftime('%y%m')}{r.digits(5)}"
    dos = plus(ld, 1)
    doc = "Dr. Priya Venkataraman"
    d = Doc("Times", margins=(25, 20, 25))
    d.add_page()
    fax_line(d, "Courier", f"{fd(ld, 'slash')} 16:0{r.randint(1, 9)}  RIVERBEND ARH ADMISSIONS  757-555-0133  "
             f">> 18885550150   PG 1 OF 1")
    d.ln(3)
    d.text_line(IRF.upper(), 13, "B", "C")
    d.text_line("2200 Waterside Parkway, Chesapeake, VA 23320  |  Admissions 757-555-0133  |  Tax ID 54-" + r.digits(7),
                8.5, "", "C")
    d.ln(8)
    d.text_line(fd(ld, "ord"), 11)
    d.ln(3)
    for ln in ["Tidewater Crest Medicare Advantage", "Utilization Management - Expedited Review", "PO Box 48213",
               "Norfolk, VA 23541"]:
        d.text_line(ln, 11)
    d.ln(5)
    re_block(d, "Times", [f"Patient: {name}", f"Member No. {member}", f"Your reference {ref}",
                          f"Date of service (requested admission): {fd(dos, 'slash')}"], 11)
    d.para("Dear Medical Director:", 11)
    d.para(f"I am the attending physiatrist asking you to reconsider the denial of inpatient rehabilitation for this "
           f"patient, who had a left middle cerebral artery stroke and is still at the acute hospital. Since the "
           "denial she has walked 60 feet with a hemi-walker and tolerated 45-minute sessions of physical, "
           "occupational and speech therapy on each of the last three days. She needs daily physician oversight for "
           "blood pressure and swallowing, which a skilled nursing facility cannot give at the required intensity.",
           11)
    d.para(f"Her husband, {r.person()[0]}, is her caregiver and will be trained during the stay. I enclose the "
           "therapy notes and the functional scores. Please call me directly at 757-555-0138 for a peer-to-peer "
           f"discussion. NPI {r.npi()}.", 11)
    d.ln(4)
    d.text_line("Respectfully,", 11)
    d.ln(8)
    d.text_line(f"{doc}, MD, Physical Medicine & Rehabilitation", 11)
    t = truth("other", None, insurer=INS, member_id=member, member_name=name, case_numbers=[ref],
              service_dates=[dos.isoformat()], denial_date=ld.isoformat(), provider=doc,
              alternates={"provider": [IRF], "denial_date": [None]}, unscored=["insurer"])
    return pdf_bytes(d), t


def doc_p2p(r: Rand):
    name, *_ = r.person()
    member, pid = mem(r), plan_id(r)
    nd = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 50))
    adm = plus(nd, 2)
    auth = f"UM{nd.strftime('%y%m')}{r.digits(5)}"
    doc = "Dr. Lionel F. Ashcombe"
    d = Doc("Helvetica", margins=(14, 12, 14), footer="TC UM P2P summary - internal record copy sent to provider")
    d.add_page()
    lh(d, small=True)
    d.text_line("PEER-TO-PEER REVIEW SUMMARY", 12.5, "B")
    d.ln(2)
    d.boxes([("Member", name, 70), ("Member ID", member, 50), ("Plan ID", pid, 37), ("DOB", fd(dt.date(1952, 3, 9), "short"), 31)])
    d.boxes([("Auth request", auth, 45), ("Requesting provider", IRF, 85), ("Attending", doc, 58)])
    d.boxes([("Discussion held", fd(nd, "dmy2") + " 11:40", 45), ("Summary date", fd(nd, "slash"), 40),
             ("Planned admit", fd(adm, "slash"), 45), ("Plan reviewer", "Dr. H. Oyelowo, MD", 58)])
    d.ln(5)
    d.text_line("Outcome: ORIGINAL DETERMINATION UPHELD - IRF not authorized; SNF authorization remains open.", 10, "B")
    d.ln(2)
    d.para(f"{doc} described a right hemispheric stroke with left-sided weakness and neglect. Reviewer noted the "
           "member tolerates 30-40 minutes of therapy per session with rest breaks and has no medical needs "
           "requiring daily physician visits. Intensive rehabilitation criteria (ability to participate in 3 hours "
           "of therapy 5 days per week and expectation of measurable improvement) are not met at this time. Skilled "
           "nursing facility level of care is appropriate.", 9.8)
    d.para("The attending may resubmit with new therapy notes if tolerance improves. Appeal rights described in the "
           "notice of denial already sent to the member still apply; this summary does not start a new time limit.",
           9.8)
    d.para(f"Other open items for this member: outpatient PT claim {r.digits(11)} (paid), Rx #{r.digits(7)} "
           "(apixaban) approved.", 8.5)
    t = truth("denial_letter", "level_of_care", insurer=INS, plan_id=pid, member_id=member, member_name=name,
              case_numbers=[auth], service_dates=[adm.isoformat()], denial_date=nd.isoformat(), provider=doc,
              alternates={"provider": [IRF]})
    return pdf_bytes(d), t


def doc_eob(r: Rand):
    name, *_ = r.person()
    member, pid = mem(r), plan_id(r)
    sd = dt.date(2026, 3, 1) + dt.timedelta(days=r.randint(0, 25))
    a1 = plus(sd, -r.randint(48, 55))
    a2 = plus(a1, 6)
    i1, i2 = plus(a2, 0), plus(a2, 14)
    clm = [f"26{r.digits(9)}" for _ in range(4)]
    acute, irf, md, lab = 41872.00 + r.randint(0, 900), 38650.00 + r.randint(0, 4000), 412.00, 96.40
    d = Doc("Helvetica", margins=(12, 12, 12), footer=f"{name}  |  Member ID {member}  |  Page {{p}} of {{n}}")
    d.add_page()
    lh(d, small=True)
    d.text_line("Your Medicare Advantage Explanation of Benefits (Part C)", 11.5, "B")
    d.text_line(f"Statement date: {fd(sd, 'abbr')}     Claims processed {fd(plus(sd, -30), 'nopad')} - "
                f"{fd(plus(sd, -1), 'nopad')}", 9)
    d.text_line(f"Member: {name}    Member ID: {member}    Plan: {pid}", 9)
    d.ln(3)
    claims = [
        {"head": f"Claim {clm[0]}  -  Tidewater General Hospital (inpatient)  -  {fd(a1, 'slash')} to {fd(a2, 'slash')}",
         "lines": [[fd(a1, "short"), "Inpatient stay, DRG 065 stroke", usd(acute, "nosign"), "11,904.22", "11,502.22", "402.00", ""]],
         "total": ["", "Claim total", usd(acute, "nosign"), "11,904.22", "11,502.22", "402.00", ""]},
        {"head": f"Claim {clm[1]}  -  {IRF}  -  {fd(i1, 'slash')} to {fd(i2, 'slash')}",
         "lines": [[fd(i1, "short"), "IRF admission, rehab room & board", usd(irf - 6200.00, "nosign"), "0.00", "0.00", "0.00", "R7"],
                   [fd(i1, "short"), "PT/OT/SLP therapy, 14 days", usd(6200.00, "nosign"), "0.00", "0.00", "0.00", "R7"]],
         "total": ["", "Claim total", usd(irf, "nosign"), "0.00", "0.00", "0.00", "R7"]},
        {"head": f"Claim {clm[2]}  -  Dr. Wanda Ellery-Fox, Neurology  -  {fd(a1, 'slash')}",
         "lines": [[fd(a1, "short"), "Hospital consult, 99223", usd(md, "nosign"), "198.50", "158.50", "40.00", "A2"],
                   [fd(a1, "short"), "Duplicate line adjustment", "", "(45.00)", "(45.00)", "", "A9"]],
         "total": ["", "Claim total", usd(md, "nosign"), "153.50", "113.50", "40.00", ""]},
        {"head": f"Claim {clm[3]}  -  Coastal Reference Lab  -  {fd(a2, 'slash')}",
         "lines": [[fd(a2, "short"), "Lipid panel, HbA1c", usd(lab, "nosign"), "31.20", "31.20", "0.00", ""]],
         "total": ["", "Claim total", usd(lab, "nosign"), "31.20", "31.20", "0.00", ""]},
    ]
    claim_blocks(d, "Helvetica", claims, widths=(24, 66, 24, 22, 21, 19, 10), size=7.8)
    d.text_line("Remark codes", 9.5, "B")
    for code, txt in [("R7", "Inpatient rehabilitation level of care not authorized; a skilled nursing facility was "
                             "approved. The services could have been given at a lower level of care."),
                      ("A2", "Your specialist copay."), ("A9", "Line billed twice; amount removed.")]:
        d.para(f"{code}  {txt}", 8.3, 0.8)
    d.ln(1)
    d.text_line("Plan year 2026: deductible met $0 of $0; out-of-pocket max $4,900.00, met $442.00.", 8.5)
    d.ln(2)
    reconsideration(d, "within 65 days of the date of this statement", 8.5)
    t = truth("eob", "level_of_care", insurer=INS, plan_id=pid, member_id=member, member_name=name,
              case_numbers=[clm[1]], claim_amount=f"{irf:.2f}", service_dates=[f"{i1.isoformat()}/{i2.isoformat()}"],
              denial_date=sd.isoformat(), provider=IRF, appeal_deadline=plus(sd, 65).isoformat())
    return pdf_bytes(d), t


def doc_overturned(r: Rand):
    name, *_ = r.person()
    member, pid = mem(r), plan_id(r)
    nd = dt.date(2026, 2, 14) + dt.timedelta(days=r.randint(0, 40))
    adm = plus(nd, 1)
    app = f"APL-{r.digits(3)}-{r.digits(5)}"
    d = Doc("Times", margins=(22, 18, 22))
    d.add_page()
    lh(d, "Times")
    d.text_line(fd(nd, "long"), 11)
    d.ln(4)
    for ln in [name] + list(r.address()):
        d.text_line(ln, 11)
    d.ln(5)
    d.text_line("Appeal Decision: Fully Favorable", 13, "B")
    d.ln(2)
    d.para(f"Member ID: {member}     Plan: {pid}     Appeal number: {app}", 10.5)
    d.para(f"We have reviewed your expedited appeal about admission to {IRF}. We have decided to OVERTURN our "
           "earlier decision. Your admission to inpatient rehabilitation is APPROVED, beginning "
           f"{fd(adm, 'long')}, for an initial 10 days. The hospital will ask us for more days if you need them.",
           11)
    d.para("A physician who was not involved in the first decision reviewed new therapy notes showing that you now "
           "take part in three hours of therapy a day. You do not need to do anything else. Your usual inpatient "
           "copay of $325 per day for days 1-5 applies.", 11)
    d.para(f"Your appeal was received on {fd(plus(nd, -2), 'dmy2')} from your representative, "
           f"{r.person()[0]}. Questions: {PHONE}, TTY {TTY}.", 10)
    t = truth("other", None, insurer=INS, plan_id=pid, member_id=member, member_name=name, case_numbers=[app],
              service_dates=[adm.isoformat()], denial_date=nd.isoformat(), provider=IRF)
    return pdf_bytes(d), t


def doc_payment_quad(r: Rand):
    name, *_ = r.person()
    member, pid = mem(r), plan_id(r)
    grp = f"RET{r.digits(5)}"
    nd = dt.date(2025, 12, 8) + dt.timedelta(days=r.randint(0, 60))
    s = plus(nd, -r.randint(30, 45))
    e = plus(s, 11)
    amt = float(r.randint(24000, 39000))
    clm = f"{r.digits(4)}-{r.digits(6)}-{r.digits(2)}"
    d = Doc("Times", margins=(16, 14, 16), footer="TC-NDP-02  |  Page {p} of {n}")
    d.add_page()
    lh(d, "Times")
    d.text_line("NOTICE OF DENIAL OF PAYMENT", 13.5, "B", "C")
    d.ln(3)
    quad(d, "Times", [
        ("Date of this notice", fd(nd, "dash"), "Member name", name),
        ("Member identification number", member, "Plan / contract number", pid),
        ("Employer retiree group number", grp, "Date of birth", fd(dt.date(1950, r.randint(1, 12), 14), "slash")),
        ("Claim number", clm, "Facility", IRF),
        ("Dates of service", f"{fd(s, 'slash')} - {fd(e, 'slash')}", "Total billed charges", usd(amt, "trim")),
        ("Date claim received", fd(plus(e, 5), "slash"), "Facility NPI", r.npi()),
    ], widths=(34, 52, 36, 62), size=9.3)
    d.text_line("Why we won't pay", 11, "B")
    d.para(f"We will not pay the {usd(amt, 'plain')} billed for your stay at {IRF}. The stay was not authorized, and "
           "our review of the medical records found that your care after your stroke could have been given in a "
           "skilled nursing facility. Because inpatient rehabilitation was not the right level of care, the claim "
           "is denied. Since the facility did not get our approval first, you do not owe the amount billed except "
           "any copay you would have owed.", 10)
    d.text_line("Your right to appeal", 11, "B")
    reconsideration(d, "within 65 days of the date of this notice", 9.5)
    t = truth("denial_letter", "level_of_care", insurer=INS, plan_id=pid, group_number=grp, member_id=member,
              member_name=name, case_numbers=[clm], claim_amount=f"{amt:.2f}",
              service_dates=[f"{s.isoformat()}/{e.isoformat()}"], denial_date=nd.isoformat(), provider=IRF,
              appeal_deadline=plus(nd, 65).isoformat())
    return pdf_bytes(d), t


def doc_stack(r: Rand):
    name, *_ = r.person()
    daughter = r.person()[0]
    member, pid = mem(r), plan_id(r)
    ld = dt.date(2026, 2, 1) + dt.timedelta(days=r.randint(0, 30))
    auth = f"UM{ld.strftime('%y%m')}{r.digits(5)}"
    adm = plus(ld, 1)
    d = Doc("Courier", margins=(24, 20, 24))
    d.add_page()
    for ln in [daughter] + list(r.address()) + ["(757) 555-0119"]:
        d.text_line(ln, 10)
    d.ln(5)
    d.text_line(fd(ld, "nopad"), 10)
    d.ln(4)
    for ln in ["Tidewater Crest Medicare Advantage", "Appeals Department", "PO Box 48219", "Norfolk, VA 23541"]:
        d.text_line(ln, 10)
    d.ln(5)
    d.text_line("EXPEDITED APPEAL REQUEST", 10, "B")
    d.ln(2)
    d.para(f"I am writing for my mother, {name}, member ID {member}. I am her appointed representative (signed "
           f"CMS-1696 attached). You denied her admission to {IRF} (your reference {auth}); the planned admission "
           f"date was {fd(adm, 'long')}. Please treat this as an expedited appeal: every day without intensive "
           "therapy hurts her chance of walking again. Her neurologist and the rehab physiatrist both support "
           "the admission.", 10)
    d.para("Please call me with the decision. Thank you.", 10)
    d.ln(6)
    d.text_line(daughter, 10)
    t1 = truth("other", None, insurer=INS, member_id=member, member_name=name, case_numbers=[auth],
               service_dates=[adm.isoformat()], denial_date=ld.isoformat(), provider=IRF,
               alternates={"denial_date": [None]}, unscored=["insurer"])
    name2, *_ = r.person()
    member2, pid2 = mem(r), plan_id(r)
    nd = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 40))
    s = plus(nd, -3)
    e = plus(nd, -1)
    ref = f"CR{r.digits(8)}"
    hosp = "Tidewater General Hospital"
    q = Doc("Helvetica", margins=(18, 16, 18), footer="Page {p} of {n}")
    q.add_page()
    lh(q)
    q.text_line(f"Date: {fd(nd, 'abbr')}", 10)
    q.ln(3)
    q.text_line("Notice of Denial - Continued Acute Inpatient Days", 12, "B")
    q.ln(2)
    for k, v in [("Member", name2), ("Member ID", member2), ("Plan", pid2), ("Concurrent review #", ref),
                 ("Hospital", hosp), ("Days denied", f"{fd(s, 'slash')} through {fd(e, 'slash')}")]:
        q.set_font("Helvetica", "B", 9.8)
        q.cell(45, 5.4, k + ":")
        q.set_font("Helvetica", "", 9.8)
        q.cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")
    q.ln(3)
    q.para("You were medically ready to leave the acute hospital after your stroke care was complete. The extra days "
           "were spent waiting for a rehabilitation bed and did not need acute hospital care. These days are denied "
           "as not requiring an inpatient acute level of care. The hospital may not bill you for them.", 10)
    reconsideration(q, "within 65 days from the date of this notice", 9.3)
    t2 = truth("denial_letter", "level_of_care", insurer=INS, plan_id=pid2, member_id=member2, member_name=name2,
               case_numbers=[ref], service_dates=[f"{s.isoformat()}/{e.isoformat()}"], denial_date=nd.isoformat(),
               provider=hosp, appeal_deadline=plus(nd, 65).isoformat())
    return [(pdf_bytes(d), t1), (pdf_bytes(q), t2)]


def documents(rng: random.Random) -> list[Item]:
    r = Rand(SEED + rng.randint(0, 1000))
    n = FAMILY + "_"
    return [Item(n + "bd_irf_denial", "born_digital", [doc_pre_denial(r)]),
            Item(n + "fax_rehab_letter", "fax_standard_g4", [doc_rehab_letter(r)]),
            Item(n + "scan_p2p_summary", "scan_clean_300", [doc_p2p(r)]),
            Item(n + "rot_eob_blocks", "rotated", [doc_eob(r)]),
            Item(n + "photo_overturned", "phone_photo", [doc_overturned(r)]),
            Item(n + "lowres_payment_quad", "scan_lowres_150", [doc_payment_quad(r)]),
            Item(n + "copy_stack", "photocopy", doc_stack(r), separators=["blank", None], turns={(1, 0): 90})]
