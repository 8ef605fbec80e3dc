"""An invented commercial plan (Fennimore Reach Health Plan) deciding claims of a telehealth vendor (Tessamont Virtual
Care, billed through its billing service Vireo Lane Billing Partners) whose clinicians see the patients of a primary
care group (Corriwick Primary Care Group) by video, phone or portal. Papers print many identifiers each under its
own caption (claim no., encounter ID, invoice, acct, auth. no., appeal ID, confirmation, reference) and many names
(ordering doctor, rendering clinician, billing service, reviewer, case manager, representative). CPT codes,
modifier 95 and place of service 02/10 appear as themselves; the plan, its rules and time limits, the vendor, the
group, every person, number and address are invented. Reasons are put in the writer's own words.

Documents (8 in 7 files):
- faxstd_remittance_three_patients_video_visit_without_modifier_95: a landscape remittance on a standard fax to the
  billing service for the vendor: three patients with billed / allowed / paid / patient-owes columns and a totals
  row, the middle one's video visit billed as an office visit refused under TV4 (coding_error).
- born_digital_appeal_upheld_remote_bp_monitoring_to_daughter: an appeal decision sent to the member's daughter as
  representative keeping the refusal of remote blood pressure monitoring as not needed (medical_necessity); appeal
  ID and first claim number, medical director and outside reviewer named; only external review left (no deadline).
- photocopy_teledermatology_vendor_not_in_network: a photocopied letter with a line table and totals: the group
  sent the member to the vendor for a skin consult, but the vendor is not in the plan's network (out_of_network).
- phone_two_column_portal_message_visits_not_covered: a photographed two-column letter: portal message visits
  (99422) are not a benefit of the member's plan (not_covered); deadline as a date.
- rotated_primary_care_group_statement_video_visit_paid: the group's statement after insurance, fed sideways
  (denies nothing).
- lowres_billing_service_claim_sent_after_90_days: a 150 dpi letter: the billing service sent the vendor's claim
  after the 90-day limit (timely_filing).
- finefax_stack_cover_visit_after_coverage_ended_then_virtual_iop_no_approval_sideways: a fax cover sheet, a letter
  on a video visit after coverage ended (eligibility), then fed sideways a letter refusing a virtual intensive
  outpatient program started without approval (prior_authorization).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddz_famdzd import DZSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "telehealth_vendor_and_primary_care_group_claim_denial_multiple_ids"
LANG = "en"
SEED = 354803
INS = "Fennimore Reach Health Plan"
ALT = ["Fennimore Reach"]
PLAN = "Fennimore Reach Connect PPO 1500"
GROUP = "FR-260417"
VEND = "Tessamont Virtual Care"
PCG = "Corriwick Primary Care Group"
BILL = "Vireo Lane Billing Partners"
NETV = "Aldermoor Telehealth Network"


def fid(rng):
    return f"FRH{digits(rng, 8)}"


def clm(rng):
    return f"26{digits(rng, 10)}"


def enc(rng):
    return f"TVC-E{digits(rng, 7)}"


def phone(rng, area="866"):
    return f"{area}-555-{digits(rng, 4)}"


def nb(text: str) -> str:
    """Keep a date on one line inside a narrow column (no-break spaces)."""
    return text.replace(" ", "\u00a0")


def npi(rng):
    return digits(rng, 10)


def _head(p: DZSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Des Moines IA 50306-{digits(rng, 4)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def faxstd_remit(rng):
    pats = people(rng, 3)
    clins = people(rng, 3)
    rd = dt.date(2026, 4, rng.randint(6, 24))
    rows, info = [], []
    specs = [("99213-95 / 02", "Video visit, est. patient", 95, 140, False),
             ("99214 / 11", "Video visit billed as office", 130, 190, True),
             ("99442 / 02", "Phone visit 11-20 min", 55, 85, False)]
    tot = [0.0, 0.0, 0.0, 0.0]
    for pt, cl, (code, desc, lo, hi, den) in zip(pats, clins, specs):
        d = plus(rd, -rng.randint(9, 28))
        n, m, e = clm(rng), fid(rng), enc(rng)
        b = amount(rng, lo, hi)
        al = 0.0 if den else round(b * 0.62, 2)
        owe = 0.0 if den else 20.0
        pd = 0.0 if den else round(al - owe, 2)
        vals = [b, al, pd, owe]
        tot = [a + v for a, v in zip(tot, vals)]
        rows.append([n, pt, m, e, fdate(d, "slash"), cl, code, *[money(v, "nosign") for v in vals],
                     "TV4" if den else "P1"])
        info.append((pt, cl, n, m, d, b))
    rows.append(["", "TOTALS", "", "", "", "", "", *[money(v, "nosign") for v in tot], ""])
    fax = f"{rd.strftime('%m/%d/%Y')} 07:{rng.randint(10, 59)}  FRHP REMIT CTR  {phone(rng, '515')}  PG {{n}}"
    p = DZSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng, "Provider Payment Services")
    p.title_bar("REMITTANCE ADVICE", "FRHP-RA-3 (rev. 08/2025)")
    p.capstrip([("PAYEE (BILLING SERVICE)", BILL), ("RENDERING GROUP", VEND), ("GROUP NPI", npi(rng)),
                ("REMIT DATE", fdate(rd, "slash")), ("CHECK/EFT NO.", digits(rng, 10)),
                ("BATCH", f"B{digits(rng, 6)}")], [58, 52, 32, 28, 40, 49.4])
    p.ln(3)
    p.table(["CLAIM NO.", "PATIENT", "MEMBER ID", "ENCOUNTER ID", "DOS", "CLINICIAN", "CPT / POS", "BILLED",
             "ALLOWED", "PAID", "PT OWES", "CODE"], rows,
            [26, 31, 24, 24, 19, 31, 25, 18, 18, 16, 16, 11.4], size=7.0,
            aligns=["L"] * 7 + ["R"] * 4 + ["C"], bold_last=True)
    pt, cl, n, m, d, b = info[1]
    p.para("**Codes.** P1: paid under the member's plan. TV4: this visit took place by video, but the claim "
           "reports it as an in-office visit (place of service 11) with no telehealth modifier. We pay video "
           "visits only when the claim shows where they happened (02 or 10) and modifier 95. Send a corrected "
           "claim; the patient may not be billed for this line.", 7.8)
    p.para("Corrected claims and reconsiderations: within 120 days of the remittance date. Provider line "
           f"{phone(rng)}.", 7.8)
    t = truth("eob", "coding_error", insurer=INS, member_id=m, member_name=pt, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=cl,
              appeal_deadline=plus(rd, 120).isoformat(), alternates={"insurer": ALT, "provider": [VEND]})
    return out(p), t


def born_appeal(rng):
    member, daughter, pcp, md, ext, cm = people(rng, 6)
    m = fid(rng)
    v1 = dt.date(2026, 2, rng.randint(2, 10))
    v2 = plus(v1, 29)
    nd = plus(v2, rng.randint(45, 60))
    n = clm(rng)
    ap = f"APL-26-{digits(rng, 5)}"
    b1, b2 = amount(rng, 60, 80), amount(rng, 45, 65)
    billed = round(b1 + b2 * 2, 2)
    p = DZSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Appeals and Grievances")
    p.para(fdate(nd, "long"), 10)
    for ln in [daughter, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.pairs([("Member", member), ("Member ID", m), ("Group", GROUP), ("Appeal ID", ap), ("Claim no.", n),
             ("Confirmation (your call)", f"C{digits(rng, 8)}")], label_w=50, size=9.4)
    p.heading("Appeal decision: we are keeping our decision", 12)
    p.para(f"Dear {daughter}:", 10)
    p.para(f"You asked us, as {member}'s representative, to pay {VEND}'s claim for remote blood pressure "
           f"monitoring for the months that began {fdate(v1, 'long')} and {fdate(v2, 'long')} (99453 set-up once and "
           f"99454 device supply for each month, {money(billed)} in all). Dr. {pcp} of {PCG} ordered it.", 10)
    p.para(f"Dr. {md}, our medical director, and an outside cardiologist, Dr. {ext}, read the group's notes and "
           "the vendor's readings. Before the monitoring began, the blood pressure taken at three office visits "
           "was in the normal range and no medicine had been changed. Daily home readings are useful when "
           "blood pressure is high or a new medicine is being adjusted; neither was the case here, so the "
           "monitoring was not needed. The first decision stands.", 10)
    p.parties("Named in this decision", [
        ("Ordering doctor", f"Dr. {pcp}", f"{PCG}"),
        ("Monitoring vendor", VEND, f"NPI {npi(rng)}"),
        ("Billing service", BILL, f"Invoice {digits(rng, 6)}"),
        ("Medical director", f"Dr. {md}", INS),
        ("Case manager", cm, f"{phone(rng)} ext. {rng.randint(200, 899)}"),
    ])
    p.bar("WHAT YOU CAN DO NOW")
    p.para("This was your last appeal with us. You may ask for an external review by an independent review "
           "organization within 4 months of the date of this letter. If waiting would harm the member's health, "
           "ask for an expedited external review, which is decided within 72 hours.", 9.6)
    p.para(f"Sincerely,\nAppeals and Grievances\n{INS}", 9.6)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=m, member_name=member,
              cases=[ap, n], claim_amount=m2(billed), service_dates=[v1.isoformat(), v2.isoformat()],
              denial_date=nd.isoformat(), provider=VEND, appeal_deadline=None,
              alternates={"insurer": ALT, "provider": [pcp], "case_numbers": [[ap], [n]]})
    return out(p), t


def photocopy_oon(rng):
    member, pcp, derm, rev = people(rng, 4)
    m = fid(rng)
    v = dt.date(2026, 3, rng.randint(3, 24))
    nd = plus(v, rng.randint(30, 40))
    n = clm(rng)
    ref = f"R{digits(rng, 9)}"
    inv = f"INV-{digits(rng, 6)}"
    b1, b2 = amount(rng, 140, 210), amount(rng, 40, 70)
    billed = round(b1 + b2, 2)
    p = DZSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Claims")
    p.para(fdate(nd, "long"), 9.8)
    for ln in [member, *address(rng)]:
        p.line(ln, 9.8)
    p.ln(2)
    p.capstrip([("MEMBER ID", m), ("GROUP", GROUP), ("CLAIM NO.", n), ("REFERENCE", ref), ("VENDOR INVOICE", inv)],
               [34, 28, 40, 34, 47.9])
    p.ln(3)
    p.para(f"Dear {member}:", 9.8)
    p.para(f"Dr. {pcp} of {PCG} sent photos of a rash on your arm to {VEND} for a skin consult. On "
           f"{fdate(v, 'long')}, Dr. {derm}, a dermatologist working for the vendor, reviewed the photos and met "
           f"with you by video. {BILL} billed us for the consult as shown below.", 9.8)
    p.table(["Service", "Code", "Billed", "Allowed", "Plan paid", "You owe"],
            [["Dermatology video consult", "99203-95", money(b1, "nosign"), "0.00", "0.00", money(b1, "nosign")],
             ["Photo review (store and forward)", "G2250", money(b2, "nosign"), "0.00", "0.00",
              money(b2, "nosign")],
             ["Totals", "", money(billed, "nosign"), "0.00", "0.00", money(billed, "nosign")]],
            [62, 24, 24, 22, 24, 27.9], size=8.8, aligns=["L", "L", "R", "R", "R", "R"], bold_last=True)
    p.para(f"**Why we did not pay.** Your {PLAN} pays for telehealth visits from doctors in our network and from "
           f"{NETV}, the telehealth group we contract with. {VEND} has no agreement with us, and a skin rash "
           f"is not an emergency, so the consult is not covered at the in-network level and your plan has no "
           "out-of-network benefit. The vendor may bill you. Reviewed by " + rev + ", claims examiner.", 9.4)
    p.para("You may appeal within 180 days of the date on this letter. Urgent appeals are decided in 72 hours. "
           f"Member Services {phone(rng)}, TTY 711.", 9.4)
    t = truth("denial_letter", "out_of_network", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m,
              member_name=member, cases=[n], claim_amount=m2(billed), service_dates=[v.isoformat()],
              denial_date=nd.isoformat(), provider=derm, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [VEND], "plan_id": [None], "case_numbers": [[n, ref]]})
    return out(p), t


def phone_portal(rng):
    member, pcp, np_, sig = people(rng, 4)
    m = fid(rng)
    d1 = dt.date(2026, 4, rng.randint(2, 8))
    d2 = plus(d1, 7)
    nd = plus(d2, rng.randint(22, 30))
    dl = plus(nd, 180)
    n = clm(rng)
    acct = f"CPC-{digits(rng, 7)}"
    ticket = f"T-{digits(rng, 6)}"
    b = amount(rng, 38, 55)
    tot = round(b * 2, 2)
    p = DZSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Member Services")
    p.para(fdate(nd, "long"), 9.6)
    for ln in [member, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(2)
    p.idstrip([("ID", m), ("Grp", GROUP), ("Claim #", n), ("Group acct", acct), ("Ticket", ticket)])
    p.heading("About your claim for online messages", 12)
    p.two_cols(
        [("What was billed",
          f"{np_}, a nurse practitioner with {VEND}, answered two messages you sent through the patient portal, "
          f"on {nb(fdate(d1, 'long'))} and {nb(fdate(d2, 'long'))}. Your primary care doctor, Dr. {pcp} of {PCG}, set up "
          f"the portal link. {BILL} billed us {money(b)} for each message reply (99422), {money(tot)} in total."),
         ("Our decision",
          "We did not pay. Written back-and-forth in a portal, with no video or phone call, is not among the "
          "telehealth services your plan booklet lists as benefits. Video visits and phone visits are covered; "
          "portal messages are not.")],
        [("What this means for you",
          "The vendor may ask you to pay for the two replies. Next time, ask for a video or phone visit."),
         ("If you disagree",
          f"Send us your appeal by {fdate(dl, 'long')}. Urgent appeals are decided within 72 hours. After our "
          "final decision you may ask for an external review within 4 months."),
         ("Questions", f"Member Services {phone(rng)} (TTY 711). {sig}, Member Services.")], size=9.2)
    t = truth("denial_letter", "not_covered", insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(tot), service_dates=[d1.isoformat(), d2.isoformat()], denial_date=nd.isoformat(),
              provider=np_, appeal_deadline=dl.isoformat(),
              alternates={"insurer": ALT, "provider": [VEND], "case_numbers": [[n, ticket]]})
    return out(p), t


def rotated_statement(rng):
    member, pcp, ma = people(rng, 3)
    m = fid(rng)
    v = dt.date(2026, 5, rng.randint(4, 22))
    sd = plus(v, rng.randint(28, 40))
    ac = f"CPC-{digits(rng, 7)}"
    b1, b2 = amount(rng, 120, 170), amount(rng, 20, 35)
    tot = round(b1 + b2, 2)
    paid = round(tot * 0.55, 2)
    copay = 25.0
    adj = round(tot - paid - copay, 2)
    p = DZSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(PCG, "CPC", [f"{rng.randint(100, 9800)} Walnut Ridge Pkwy, Ames IA 500{rng.randint(10, 99)}  |  "
                             f"Billing questions {phone(rng, '515')}  |  Tax ID {digits(rng, 2)}-{digits(rng, 7)}"],
                box="STATEMENT", size=12)
    p.addr_pair("Patient", [member, *address(rng)], "Account", [f"Acct {ac}", f"Statement no. S{digits(rng, 7)}",
                                                                 f"Provider: Dr. {pcp}"])
    p.grid([[("STATEMENT DATE", fdate(sd, "abbr")), ("INSURANCE", f"{INS} {m}"),
             ("PLEASE PAY BY", fdate(plus(sd, 21), "abbr"))]], size=8.4)
    p.table(["Date", "Code", "Description", "Charges", "Credits"],
            [[fdate(v, "slash"), "99214-95", "Video visit (POS 10, patient at home)", money(b1, "nosign"), ""],
             [fdate(v, "slash"), "G2211", "Visit complexity add-on", money(b2, "nosign"), ""],
             ["", "", "Total charges", money(tot, "nosign"), ""],
             [fdate(plus(sd, -7), "slash"), "", f"{INS} payment", "", money(paid, "nosign")],
             [fdate(plus(sd, -7), "slash"), "", "Contract adjustment", "", money(adj, "nosign")],
             ["", "", "BALANCE DUE (your copay)", money(copay), ""]],
            [24, 20, 78, 25, 32.9], size=8.8, aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.para(f"Your visit was by video with Dr. {pcp}; {ma}, medical assistant, set up the call. Your insurer "
           f"has paid its share. Lab or consult bills from {VEND} come separately.", 9)
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, claim_amount=m2(tot),
              service_dates=[v.isoformat()], denial_date=sd.isoformat(), provider=pcp, unscored=["insurer"],
              alternates={"provider": [PCG], "member_id": [None]})
    return out(p), t


def lowres_late(rng):
    member, cl, pcp, sig = people(rng, 4)
    m = fid(rng)
    v = dt.date(2026, 1, rng.randint(5, 20))
    rec = plus(v, rng.randint(100, 125))
    nd = plus(rec, rng.randint(6, 12))
    n = clm(rng)
    inv = f"VLB-{digits(rng, 6)}"
    b = amount(rng, 85, 130)
    p = DZSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Member ID", m), ("Group no.", GROUP), ("Claim", n), ("Billing service invoice", inv),
             ("Encounter", enc(rng))], label_w=50, size=9.6)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"On {fdate(v, 'long')}, {cl} of {VEND} saw you by video for a sinus infection after Dr. {pcp}'s "
           f"office at {PCG} sent you to the vendor's evening clinic. The vendor's billing service, {BILL}, "
           f"asked us to pay {money(b)} for the visit. The claim reached us on {fdate(rec, 'long')}.", 10)
    p.para("Our agreement with the vendor gives it 90 days from the visit to send us a claim. This one came later, "
           "so we have not paid it. Because the vendor is in our network, it may not bill you for this visit.", 10)
    p.para("If you think this is wrong, your appeal must reach us no later than 180 calendar days after the date of "
           "this notice. Urgent appeals are answered within 72 hours. Call " + phone(rng) + " (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims\n{INS}", 10)
    t = truth("denial_letter", "timely_filing", insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=cl,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [VEND]})
    return out(p), t


def finefax_stack(rng):
    member, cl, pcp, sig = people(rng, 4)
    m = fid(rng)
    end = dt.date(2026, 3, 31)
    v = dt.date(2026, 4, rng.randint(6, 24))
    nd = plus(v, rng.randint(25, 35))
    n = clm(rng)
    b = amount(rng, 110, 160)
    fax = f"{nd.strftime('%m/%d/%Y')} 15:{rng.randint(10, 59)}  FRHP MEMBER SVCS  {phone(rng, '515')}  PAGE {{n}}"
    p = DZSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.idstrip([("Member ID", m), ("Claim No.", n), ("Encounter ID", enc(rng)), ("Coverage ended", fdate(end, "slash"))])
    p.para(f"Dear {member}:", 10)
    p.para(f"{VEND} billed us {money(b)} for a video visit with {cl} on {fdate(v, 'long')}, which Dr. {pcp} of "
           f"{PCG} had asked for. Your coverage under group {GROUP} ended on the date shown above, when your "
           "employer told us you had left the job. We pay only for care given while coverage is in force, so this "
           "claim is denied. If you had other coverage that day, give the vendor that information.", 10)
    p.para("You may appeal no later than 180 calendar days after the date of this letter. Urgent appeals are decided "
           "within 72 hours. "
           "To continue coverage, ask your former employer about continuation coverage.", 10)
    p.para(f"Sincerely,\n{sig}\nMember Services", 10)
    d_a = (out(p), truth("denial_letter", "eligibility", insurer=INS, group=GROUP, member_id=m, member_name=member,
                         cases=[n], claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
                         provider=cl, appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [VEND]}))
    member2, psy, cm2, md2 = people(rng, 4)
    m2_ = fid(rng)
    start = dt.date(2026, 5, rng.randint(4, 8))
    stop = plus(start, 18)
    nd2 = plus(stop, rng.randint(20, 28))
    n2 = clm(rng)
    auth = f"AUTH-{digits(rng, 7)}"
    per = amount(rng, 210, 290)
    days = 9
    tot = round(per * days, 2)
    q = DZSheet(footer="Page {n} of {nb}", fax_hdr=fax.replace(nd.strftime('%m/%d/%Y'), nd2.strftime('%m/%d/%Y')))
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Behavioral Health")
    q.para(fdate(nd2, "long"), 10)
    for ln in [member2, *address(rng)]:
        q.line(ln, 10)
    q.ln(2)
    q.pairs([("Member ID", m2_), ("Claim No.", n2), ("Auth. No. (asked after)", auth),
             ("Program", f"{VEND} Virtual IOP")], label_w=50, size=9.4)
    q.ln(2)
    q.para(f"Dear {member2}:", 10)
    q.para(f"From {fdate(start, 'long')} through {fdate(stop, 'long')} you took part in {VEND}'s virtual intensive "
           f"outpatient program, led by {psy}, LCSW. The vendor billed {days} program days at {money(per)} a day, "
           f"{money(tot)} in all.", 10)
    q.para("Intensive outpatient programs, in person or by video, need our approval before the first day. No one "
           f"asked us until after the program ended; the request number above was opened then. Our case manager, "
           f"{cm2}, and Dr. {md2}, medical director, reviewed it. Because approval was not asked for first, we "
           "did not pay. The program may not bill you because it is in our network.", 10)
    q.para("You may appeal within 180 days of the date printed above. Urgent appeals: 72 hours.", 10)
    d_b = (out(q), truth("denial_letter", "prior_authorization", insurer=INS, member_id=m2_, member_name=member2,
                         cases=[n2, auth], claim_amount=m2(tot),
                         service_dates=[f"{start.isoformat()}/{stop.isoformat()}"], denial_date=nd2.isoformat(),
                         provider=VEND, appeal_deadline=plus(nd2, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [psy], "case_numbers": [[n2]],
                                     "service_dates": [[start.isoformat(), stop.isoformat()]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_remittance_three_patients_video_visit_without_modifier_95", "fax_standard_g4",
             [faxstd_remit(rng)]),
        Item(F + "born_digital_appeal_upheld_remote_bp_monitoring_to_daughter", "born_digital", [born_appeal(rng)]),
        Item(F + "photocopy_teledermatology_vendor_not_in_network", "photocopy", [photocopy_oon(rng)]),
        Item(F + "phone_two_column_portal_message_visits_not_covered", "phone_photo", [phone_portal(rng)]),
        Item(F + "rotated_primary_care_group_statement_video_visit_paid", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_billing_service_claim_sent_after_90_days", "scan_lowres_150", [lowres_late(rng)]),
        Item(F + "finefax_stack_cover_visit_after_coverage_ended_then_virtual_iop_no_approval_sideways",
             "fax_fine_g4", finefax_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
