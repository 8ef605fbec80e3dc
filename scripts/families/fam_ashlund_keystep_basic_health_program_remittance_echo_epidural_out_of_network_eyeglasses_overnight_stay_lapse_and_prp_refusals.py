"""Papers mirrored (structure and plain wording style only) from a state's Basic Health Program, the coverage a state
may run under section 1331 of the Affordable Care Act for adults between the Medicaid income limit and twice the
federal poverty level: a state coverage office that decides who is enrolled and collects a small premium, managed care
plans chosen at enrollment that issue their own member IDs and decide requests and claims, a plan appeal first (within
60 days of the plan's notice) and a state appeal (fair hearing) after it, a fast appeal in 72 hours. Here as an
invented state and program: the State of Ashlund (postal code AD), its Ashlund Health Coverage Office (client IDs
"AC" + eight digits) and the program "Ashlund Keystep", served by two invented plans: Velmont Health Partners (plan
code KS-VHP-26, member IDs "VHP" + nine digits printed in groups of three, claims by 13-digit ICN, requests
"UM-26-" + five digits, appeals "APL-" + six digits) and Corrin Valley Health Plan (KS-CVH-26, member IDs "CV-" +
eight digits, claims "C26" + eight digits, requests "PA" + seven digits). Every clinic, hospital, office, person,
number, remark code and guideline is invented (phones 555); CPT / HCPCS codes and claim adjustment reason codes appear
as themselves.

Documents (8 in 7 files):
- born_digital_plan_remittance_eleven_patients_echo_line_code_only: Velmont's two-page provider remittance to a
  community health center: eleven patients, each with member ID, ICN and account on a bold line, the column heads run
  together and printed once, the listing running onto page 2 with no heads; one line (an echocardiogram) pays 0.00
  under CO-197 / VH14, explained only in the code list on page 2.
- faxstd_third_epidural_household_contact_and_patient_side_by_side: Velmont's notice to a household contact about
  her husband's third epidural injection (not medically necessary), lettered boxes A-F, two name boxes side by side.
- faxstd_stack_legal_aid_cover_oon_skin_visit_page_two_upside_down_then_coverage_notice: a legal aid
  office's fax cover, Velmont's two-page letter that it will not pay a visit to a skin surgery practice outside the
  network (page 2 upside down), and the Coverage Office's notice that Keystep coverage continues (denies nothing).
- photocopy_narrative_summary_five_numbered_claims_eyeglasses_not_paid: Corrin's health care summary with no table:
  five numbered claim paragraphs, the fourth (adult eyeglasses, not a Keystep benefit) not paid.
- phone_es_cirugia_de_vesicula_sin_noche_en_el_hospital: a Spanish prior approval notice with Spanish captions on
  tabs: the gallbladder surgery approved as same-day surgery, the night in hospital not approved (no word "denied").
- rotated_appeal_decision_emergency_visit_after_premium_lapse: Velmont's appeal decision keeping its refusal of an
  emergency visit made while the enrollee's Keystep coverage had ended for an unpaid premium.
- scanclean_knee_prp_investigational_captions_after_values: Corrin's notice that platelet-rich plasma knee injections
  are investigational, identifiers with their captions after a bar at the right, rights in three columns on page 2.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeo_famod import (EOSheet, abbr, ashlund_address, cap_day, dashed, digits, dmy, es_date, iso,
                               last_first, legal_aid_cover, long, n2, people, kin, phone, plus, reset_names, short_md,
                               slash, tollfree, upper, usd, wday, yy)
from public_kit import m2, out, truth

FAMILY = ("ashlund_keystep_basic_health_program_remittance_echo_epidural_out_of_network_eyeglasses_overnight_stay_lapse_"
          "and_prp_refusals")
LANG = "en"
SEED = 355043
AGENCY = "Ashlund Health Coverage Office"
PROGRAM = "Ashlund Keystep"
VEL = "Velmont Health Partners"
VEL_ALT = ["Velmont Health Partners, Inc.", "Velmont"]
COR = "Corrin Valley Health Plan"
COR_ALT = ["Corrin Valley", "Corrin Valley Health Plan, Inc."]
VEL_CODE = "KS-VHP-26"
COR_CODE = "KS-CVH-26"
HEARINGS = "Ashlund Office of Appeals and Hearings"


def vhp(rng):
    return "VHP" + digits(rng, 9)


def vhp_sp(m):
    return f"{m[:3]} {m[3:6]} {m[6:9]} {m[9:]}"


def icn(rng, d):
    return f"26{d.timetuple().tm_yday:03d}" + digits(rng, 8)


def velmont(p, rng, box=None, unit="Member Services", es=False):
    if es:
        p.emblem_head(VEL, "Plan de atención administrada de Ashlund Keystep", [
            unit, f"PO Box 7{digits(rng, 3)}, Ostenby, AD 58230", f"Servicios al afiliado {tollfree(rng, '844')}",
            "TTY 711  \u00b7  Atención en español"], "chevron", box=box)
    else:
        p.emblem_head(VEL, "A managed care plan for Ashlund Keystep", [
            unit, f"PO Box 7{digits(rng, 3)}, Ostenby, AD 58230", f"Member Services {tollfree(rng, '844')}",
            f"Fax {phone(rng)}"], "chevron", box=box, under="Ashlund Keystep is the State of Ashlund's Basic Health "
                                                               "Program")


def corrin(p, rng, box=None, unit="Member Services"):
    p.emblem_head(COR, "Serving Ashlund Keystep enrollees in the eastern counties", [
        unit, f"2{digits(rng, 3)} Millwright Pkwy, New Tolland, AD 58261", f"Call us {tollfree(rng, '866')} (TTY 711)",
        f"Fax {phone(rng)}"], "hills", box=box, serif=True, rule="heavy")


def rights_en(plan, deadline_words, hearing_days=120):
    return [
        f"**Ask {plan} for an appeal.** You, someone you choose, or your provider with your written permission can "
        f"ask. Your request must reach us {deadline_words}. Call Member Services or write to us; we will help you fill "
        "out the form.",
        "**Fast appeal.** If waiting could seriously harm your life, health or ability to function, ask for a fast "
        "appeal. We decide fast appeals within 72 hours.",
        f"**State appeal.** If you still disagree after our appeal decision, you can ask the {HEARINGS} for a state "
        f"appeal (also called a fair hearing) within {hearing_days} days of the date of our appeal decision.",
        "**Help.** The Keystep Ombudsperson's office helps enrollees with appeals at no cost: "
        "1-888-555-0147.",
    ]


# ------------------------------------------------------------------------------------------------------------------
def born_remit(rng):
    rd = dt.date(2026, 4, 17)
    CHC = "Peppergrass Community Health Center"
    pats = people(rng, 11)
    npi_payee = "1" + digits(rng, 9)
    tin = f"83-{digits(rng, 7)}"
    payee_id = "V00" + digits(rng, 5)
    eft = "EFT" + digits(rng, 9)
    rend = ["1" + digits(rng, 9) for _ in range(3)]
    widths = [8, 10, 2, -9, -9, -7, -9, 10, 4]
    heads = ["PATIENT NAME/MEMBER ID/ICN/PAT ACCT/REND NPI",
             ["SVC-DATE", "PROC-MOD", "UN", "BILLED", "ALLOWED", "PT-RESP", "PAID", "ADJ-GRP-RC", "RMK"]]
    R = 7  # the refused patient
    svc = [dt.date(2026, 3, 2), dt.date(2026, 3, 3), dt.date(2026, 3, 5), dt.date(2026, 3, 6), dt.date(2026, 3, 9),
           dt.date(2026, 3, 10), dt.date(2026, 3, 12), dt.date(2026, 3, 13), dt.date(2026, 3, 16),
           dt.date(2026, 3, 18), dt.date(2026, 3, 20)]
    plans = [
        [("99213", "", 172.00, 118.00, 4.00)],
        [("99214", "", 238.00, 164.00, 4.00), ("36415", "", 18.00, 6.40, 0.00), ("80053", "", 62.00, 14.20, 0.00)],
        [("99395", "", 265.00, 182.00, 0.00), ("90715", "", 71.00, 48.50, 0.00), ("90471", "", 38.00, 21.00, 0.00)],
        [("99213", "25", 172.00, 118.00, 4.00), ("J1885", "", 24.00, 3.10, 0.00)],
        [("99212", "", 118.00, 79.00, 4.00)],
        [("99204", "", 340.00, 226.00, 4.00), ("93000", "", 64.00, 17.30, 0.00)],
        [("G0444", "", 42.00, 18.60, 0.00), ("99213", "", 172.00, 118.00, 4.00)],
        [("99214", "", 238.00, 164.00, 4.00), ("93306", "", 1185.00, 0.00, 0.00)],
        [("99213", "", 172.00, 118.00, 4.00), ("87880", "", 48.00, 16.50, 0.00)],
        [("99396", "", 280.00, 196.00, 0.00), ("83036", "", 34.00, 9.80, 0.00)],
        [("99213", "", 172.00, 118.00, 4.00), ("96127", "", 22.00, 4.40, 0.00)],
    ]
    blocks = []
    tb = tp = 0.0
    ref = {}
    for i, (who, d, lines) in enumerate(zip(pats, svc, plans)):
        mid = vhp(rng)
        c = icn(rng, plus(d, rng.randint(6, 14)))
        acct = f"PCH-{digits(rng, 6)}"
        rows = []
        cb = cp = 0.0
        for proc, mod, b, a, pr in lines:
            refused = i == R and proc == "93306"
            paid = 0.0 if refused else round(a - pr, 2)
            adj = "CO-197" if refused else ("CO-45/PR-3" if pr else "CO-45")
            rmk = "VH14" if refused else ("VH09" if pr else "VH02")
            rows.append([yy(d), proc + (f"-{mod}" if mod else ""), "1", n2(b), n2(a), n2(pr), n2(paid), adj, rmk])
            cb += b
            cp += paid
        tb += cb
        tp += cp
        top = f"{last_first(who):<26}{mid}  {c}  {acct}  {rng.choice(rend)}"
        blocks.append({"top": top, "lines": rows, "total": ["", "CLAIM TOT", "", n2(cb), "", "", n2(cp), "", ""]})
        if i == R:
            ref = dict(who=who, mid=mid, icn=c, d=d, billed=cb, line=1185.00)
    p = EOSheet(footer="Page {n} of {nb}", run_hdr=f"VELMONT HEALTH PARTNERS  \u00b7  REMITTANCE ADVICE  \u00b7  "
                                                   f"PAYEE {payee_id}  \u00b7  REMIT DATE {slash(rd)}  \u00b7  "
                                                   "PAGE {n} OF {nb}")
    p.set_margins(12, 12, 12)
    p.add_page()
    velmont(p, rng, box="PROVIDER REMITTANCE ADVICE", unit="Claims \u00b7 Provider Payments")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.f(9.6, "B")
    p.cell(W * 0.45, 5, CHC.upper(), new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    for ln in ["ATTN: BILLING OFFICE", f"{rng.randint(100, 990)} CORDWAINER ST", "GRAVELMOOR, AD 58214"]:
        p.cell(W * 0.45, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
    ya = p.get_y()
    yb = p.pipe_ids([(slash(rd), "remit date"), (payee_id, "Velmont payee ID"), (npi_payee, "payee NPI"),
                     (tin, "payee TIN"), (eft, "EFT trace no."), (usd(tp), "paid this remit"),
                     (VEL_CODE, "Keystep plan code")], p.l_margin + W * 0.5, y0, W * 0.5, size=8.8, h=5.3)
    p.set_xy(p.l_margin, max(ya, yb) + 4)
    p.f(7.8)
    p.multi_cell(W, 3.7, "Claims below are for Ashlund Keystep enrollees in Velmont Health Partners. Amounts in "
                         "the PT-RESP column are the enrollee's copay; Keystep enrollees may not be billed for any "
                         "other amount on this remittance. Codes are explained at the end.", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(2)
    p.remit_listing(heads, blocks, widths, size=7.8, foot_room=24)
    p.f(8.4, "B")
    p.cell(0, 5, "REMITTANCE TOTALS", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Mono", "", 7.6)
    for k, v in [("CLAIMS", str(len(blocks))), ("BILLED", n2(tb)), ("PAID", n2(tp)), ("PROVIDER ADJ (PLB)", "0.00"),
                 ("NET EFT AMOUNT", n2(tp))]:
        p.cell(60, 3.8, f"{k:.<30}{v:>14}", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.glossary("Codes on this remittance", [
        ("CO-45", "Charge exceeds the Keystep fee schedule. The difference is written off; do not bill it."),
        ("PR-3", "Copayment. The enrollee owes this amount (Keystep level 1 office visit copay)."),
        ("CO-197", "Precertification / authorization / notification absent."),
        ("CO-97", "Included in the payment for another service on the same day. (Not used on this remit.)"),
        ("VH02", "Paid at the Keystep fee schedule."),
        ("VH09", "Paid at the fee schedule less the enrollee's copay."),
        ("VH14", "Velmont's prior approval is needed for this service under Keystep and none was on file for this "
                 "enrollee and date of service. The line pays nothing; the enrollee may not be billed for it."),
        ("VH22", "Adjusts a claim paid on an earlier remit. (Not used on this remit.)"),
    ], size=7.4, cols=2)
    p.heading("Reconsideration and disputes", 9.2)
    p.para("A request to reconsider any line on this remittance must reach Velmont Provider Disputes within 90 days "
           "of the remit date shown at the top of page 1. Send the ICN, the line and the records that support it. "
           "A corrected claim is not a dispute; send it as a new claim marked \"corrected\" with the original ICN. "
           "Claims for less than $1.00 are held until the next remit.", 8.2)
    p.para(f"Velmont Provider Disputes, PO Box 7{digits(rng, 3)}, Ostenby, AD 58230  \u00b7  Provider line "
           f"{tollfree(rng, '844')}", 8.2)
    t = truth("eob", "prior_authorization", insurer=VEL, plan_id=VEL_CODE, member_id=ref["mid"], member_name=ref["who"],
              cases=[ref["icn"]], claim_amount=m2(ref["billed"]), service_dates=[iso(ref["d"])], denial_date=iso(rd),
              provider=CHC, appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": VEL_ALT, "claim_amount": [m2(ref["line"])]}, type_alternates=["denial_letter"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_epidural(rng):
    wife = people(rng, 1, sexes="F")[0]
    husband = kin(rng, wife, "M")
    doc, nurse = people(rng, 2, sexes="MF", avoid=(wife,))
    CLINIC = "Chalkwell Spine & Pain Clinic"
    nd = dt.date(2026, 5, 12)
    got = dt.date(2026, 4, 29)
    planned = dt.date(2026, 5, 20)
    first, second = dt.date(2026, 1, 14), dt.date(2026, 3, 4)
    um = "UM-26-" + digits(rng, 5)
    wid, hid = vhp(rng), vhp(rng)
    wdob, hdob = dt.date(1981, 7, 22), dt.date(1976, 11, 3)
    fax_no = phone(rng)
    p = EOSheet(footer="Page {n} of {nb}",
                fax_hdr=f"{slash(nd)} 16:07   FROM: VELMONT UM {fax_no}   TO: CHALKWELL SPINE   P.{{n}}/2")
    p.set_margins(18, 14, 18)
    p.add_page()
    velmont(p, rng, box="NOTICE OF ACTION", unit="Utilization Management")
    W = p.w - p.l_margin - p.r_margin
    p.f(9.6)
    p.cell(0, 5, long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    addr = ashlund_address(rng)
    for ln in [wife, *addr]:
        p.cell(0, 4.9, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.party_pair(("Keystep household contact", wife, [("Member no.", vhp_sp(wid)), ("Date of birth", slash(wdob))]),
                 ("Enrollee who asked for care", husband, [("Member no.", vhp_sp(hid)), ("Date of birth", slash(hdob))]),
                 mark="this notice is about this person")
    p.lettered([[("A.", "Request number", um, 0.28), ("B.", "Date we got the request", slash(got), 0.36),
                 ("C.", "Keystep plan code", VEL_CODE, 0.36)],
                [("D.", "Service asked for", "Lumbar epidural steroid injection, L4-L5\n(CPT 62323) - third in six "
                                             "months", 0.46),
                 ("E.", "Asked for by", f"{CLINIC}\nDr. {doc}", 0.34), ("F.", "Planned for", slash(planned), 0.2)]])
    p.para(f"Dear {wife.split()[0]} {wife.split()[-1]}:", 9.8)
    p.para(f"Keystep sends mail for your household to you as its contact. This notice is about **{husband}**. "
           f"{CLINIC} asked Velmont to approve the service in box D for him. **Velmont will not approve it.**", 9.8)
    p.heading("Why", 10.4)
    p.para(f"A Velmont doctor who treats back pain read the records {CLINIC} sent. {husband.split()[0]} had the same "
           f"injection on {long(first)} and again on {long(second)}. After each one, the records say the pain was "
           "better for less than three weeks. There is no record of physical therapy or a home exercise program since "
           "last fall.", 9.6)
    p.para("Velmont's guideline for repeat epidural injections (SP-114) asks that at least half of the pain be gone "
           "for at least six weeks after the last injection before another one is given, and that the person also be "
           "in an active exercise or therapy program. Neither is shown here, so a third injection is not medically "
           f"necessary for {husband.split()[0]} at this time.", 9.6)
    p.para(f"This does not end care for his back. Dr. {doc.split()[-1]} can refer him to physical therapy (the first "
           "eight visits need no approval) and may ask again with new records.", 9.6)
    p.add_page()
    p.heading("Your rights if you disagree", 10.6, rule=True)
    p.bullets(rights_en(VEL, "within 60 days of the date of this notice"), 9.2)
    p.para("**Keep getting a service during an appeal.** This applies only to a service Velmont already approved and "
           "is now cutting or stopping: you must ask within 10 days of the date of this notice. It does not apply to "
           "this request, which is for a new injection.", 9.2)
    p.para(f"You may ask for a free copy of the records and guideline used. Questions: {nurse}, RN, utilization "
           f"management, {tollfree(rng, '844')}, ext. 3{digits(rng, 3)}.", 9.2)
    p.signoff(["Sincerely,", "", f"{people(rng, 1, sexes='M', avoid=(wife, doc, nurse))[0]}, MD",
               "Physician Reviewer, Velmont Health Partners"], 9.4)
    p.f(7.6)
    p.multi_cell(W, 3.6, f"cc: {CLINIC} (by fax)  \u00b7  Velmont form UM-NOA-3 (rev. 01/2026)", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(2)
    p.nondiscrim(VEL, tollfree(rng, "844"), 7)
    t = truth("denial_letter", "medical_necessity", insurer=VEL, plan_id=VEL_CODE, member_id=hid, member_name=husband,
              cases=[um], service_dates=[iso(planned)], denial_date=iso(nd), provider=CLINIC,
              appeal_deadline=iso(plus(nd, 60)), alternates={"insurer": VEL_ALT, "provider": [f"Dr. {doc}", doc]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def stack_out_of_network(rng):
    enr = people(rng, 1, sexes="F")[0]
    adv, derm, clerk = people(rng, 3, sexes="MFM", avoid=(enr,))
    OON = "Owlsbury Skin & Mohs Surgery"
    ld = dt.date(2026, 4, 21)
    visit = dt.date(2026, 3, 26)
    got = dt.date(2026, 4, 6)
    mid = vhp(rng)
    c = icn(rng, got)
    billed = 1264.00
    addr = ashlund_address(rng)
    p = EOSheet(footer="Page {n} of {nb}", foot_ids=f"{enr}  \u00b7  {vhp_sp(mid)}  \u00b7  ICN {c}")
    p.set_margins(18, 15, 18)
    p.add_page()
    velmont(p, rng, unit="Claims \u00b7 Member Letters")
    W = p.w - p.l_margin - p.r_margin
    p.f(9.8)
    p.cell(0, 5, wday(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in [enr, *addr]:
        p.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.over_boxes([(enr, "Enrollee", W * 0.3), (vhp_sp(mid), "Velmont member no.", W * 0.24),
                  (c, "Claim (ICN)", W * 0.24), (VEL_CODE, "Keystep plan", W * 0.22)], size=9.2)
    p.over_boxes([(OON, "Provider", W * 0.42), (slash(visit), "Date of visit", W * 0.2),
                  (usd(billed), "Amount billed", W * 0.2), (slash(got), "Claim received", W * 0.18)], size=9.2)
    p.ln(1)
    p.f(11.2, "B")
    p.cell(0, 6, "We will not pay for this visit", new_x="LMARGIN", new_y="NEXT")
    p.para(f"Dear {enr.split()[0]} {enr.split()[-1]}:", 9.8)
    p.para(f"{OON} sent Velmont a bill of {usd(billed)} for your visit on {long(visit)}, when Dr. {derm} removed a "
           "growth from your back and sent it for testing (CPT 11602 and 88305).", 9.8)
    p.para(f"{OON} is not in Velmont's network. With Keystep, Velmont pays for care from providers outside its "
           "network only in an emergency, or when Velmont approved it before the visit because no network provider "
           "could give the care. This visit was not an emergency, and Velmont has no approval on file for it. Three "
           "network dermatology practices within 25 miles of your home take new Keystep patients (see page 2).", 9.8)
    p.para(f"Because {OON} has no agreement with Velmont, it may bill you for this visit. If it does, call us before "
           "you pay: we can tell you what your choices are.", 9.8)
    p.add_page()
    p.heading("Network dermatology near you", 10.2)
    p.wrap_table(["Practice", "Town", "Phone", "New Keystep patients"],
                 [["Calico Dermatology", "Dunholt", phone(rng), "Yes"],
                  ["Hopwater Dermatology Associates", "Ostenby", phone(rng), "Yes"],
                  ["Dunholt Skin Center", "Dunholt", phone(rng), "Yes, after June 1"]],
                 [W * 0.42, W * 0.18, W * 0.2, W * 0.2], size=8.6)
    p.heading("If you disagree with this decision", 10.2, rule=True)
    p.bullets(rights_en(VEL, "within 60 days of the date of this letter"), 9.2)
    p.para(f"Questions? Call Member Services at {tollfree(rng, '844')} (TTY 711), Monday to Friday, 8 a.m. to 6 p.m. "
           f"Ask for {clerk}, claims specialist.", 9.2)
    p.signoff(["Velmont Health Partners", "Member Claims"], 9.4)
    p.nondiscrim(VEL, tollfree(rng, "844"), 6.8)
    t1 = truth("denial_letter", "out_of_network", insurer=VEL, plan_id=VEL_CODE, member_id=mid, member_name=enr,
               cases=[c], claim_amount=m2(billed), service_dates=[iso(visit)], denial_date=iso(ld), provider=OON,
               appeal_deadline=iso(plus(ld, 60)), alternates={"insurer": VEL_ALT, "provider": [f"Dr. {derm}", derm]})
    # the Coverage Office's notice (denies nothing)
    cd = dt.date(2026, 4, 9)
    client = "AC" + digits(rng, 8)
    case = f"40-{digits(rng, 6)}"
    q = EOSheet(footer="Page {n} of {nb}", footer_left="AHCO-KS-210 (rev. 10/2025)")
    q.set_margins(18, 15, 18)
    q.add_page()
    q.emblem_head(AGENCY, "State of Ashlund  \u00b7  Keystep and Medicaid eligibility",
                  ["Keystep Customer Center", "PO Box 3100, Ostenby, AD 58230", f"{tollfree(rng, '877')} (TTY 711)"],
                  "star", box="KEYSTEP COVERAGE NOTICE", serif=True)
    W = q.w - q.l_margin - q.r_margin
    y0 = q.get_y()
    q.f(10)
    for ln in [enr, *addr]:
        q.cell(W * 0.5, 5, ln, new_x="LMARGIN", new_y="NEXT")
    ya = q.get_y()
    yb = q.pipe_ids([(long(cd), "date of notice"), (case, "case no."), (f"{client[:2]} {client[2:6]} {client[6:]}",
                                                                        "client ID"),
                     (slash(dt.date(2026, 3, 30)), "renewal received")], q.l_margin + W * 0.52, y0, W * 0.48,
                    size=9, h=5.6)
    q.set_xy(q.l_margin, max(ya, yb) + 5)
    q.f(11, "B")
    q.cell(0, 6, "Your Keystep coverage will continue", new_x="LMARGIN", new_y="NEXT")
    q.para("We reviewed the renewal form you sent us. Based on your household's income and size, you still qualify "
           "for Ashlund Keystep, the State of Ashlund's Basic Health Program for adults who earn too much for "
           "Medicaid.", 9.6)
    q.heading("Health care results", 10)
    q.wrap_table(["Name", "Client ID", "Program", "Result", "Coverage"],
                 [[enr, client, "Keystep, level 1", "Renewed", f"{slash(dt.date(2026, 5, 1))} - "
                                                                 f"{slash(dt.date(2027, 4, 30))}"]],
                 [W * 0.24, W * 0.16, W * 0.18, W * 0.14, W * 0.28], size=8.6)
    q.para(f"**Your health plan:** {VEL} (Keystep plan code {VEL_CODE}). Your Velmont member number "
           f"{vhp_sp(mid)} stays the same. To change plans, call us by {long(dt.date(2026, 4, 30))}.", 9.4)
    q.para("**Your premium:** level 1 has no monthly premium. If your income goes up, you may move to level 2, which "
           "costs $20.00 a month. Report changes within 30 days.", 9.4)
    q.heading("If you disagree", 10)
    q.para(f"If you think this notice is wrong, you can ask the {HEARINGS} for a state hearing within 90 days of the "
           "date of this notice. Call us or use the hearing request form on the back of this notice.", 9.2)
    q.para("Legal authority: 42 CFR 600; Ashlund Keystep Rules 4.2 and 6.1. Questions: call the Keystep Customer "
           "Center at the number at the top.", 7.4)
    t2 = truth("other", None, insurer=AGENCY, plan_id=VEL_CODE, member_id=client, member_name=enr, cases=[case],
               denial_date=iso(cd), alternates={"insurer": [PROGRAM, "State of Ashlund"], "plan_id": [None],
                                                  "member_id": [mid], "case_numbers": [[]]})
    fd = dt.date(2026, 5, 4)
    cover = legal_aid_cover("Ashlund Legal Aid Society", "HEALTH BENEFITS PROJECT",
                            ["318 Courthouse Square, Suite 4, Dunholt, AD 58247", f"Phone {phone(rng)}  \u00b7  Fax "
                                                                                    f"{phone(rng)}"],
                            "Member Appeals", VEL, phone(rng), f"{adv}, paralegal", slash(fd), "5 (with this cover)",
                            f"Appeal for our client {enr} - your letter of {slash(ld)}, ICN {c}",
                            [f"Please treat this fax as {enr.split()[0]} {enr.split()[-1]}'s appeal of the attached "
                             "letter. When she booked the visit on March 2, your online provider search listed "
                             f"{OON} as in network; a printout is in our file LA-26-{digits(rng, 4)} and we can send it.",
                             "Also attached is the Coverage Office's notice showing her Keystep coverage and her plan. "
                             "Please send your decision to her and a copy to me."],
                            [f"Velmont letter dated {slash(ld)} (2 pages)", f"Coverage Office notice dated {slash(cd)} "
                                                                            "(1 page)"])
    return cover, [(out(p), t1), (out(q), t2)]


# ------------------------------------------------------------------------------------------------------------------
def photocopy_narrative(rng):
    enr = people(rng, 1, sexes="M")[0]
    gp, optom, pt = people(rng, 3, sexes="FMF", avoid=(enr,))
    sd = dt.date(2026, 3, 31)
    mid = "CV-" + digits(rng, 8)
    FAM, LAB, OPT, PTC = ("Ivygate Family Medicine", "Ochreleaf Laboratories", "Looking Glass Optical",
                          "Oakhaze Physical Therapy")
    d1, d3, d5 = dt.date(2026, 2, 23), dt.date(2026, 3, 9), dt.date(2026, 3, 12)
    cl = ["C26" + digits(rng, 8) for _ in range(5)]
    glasses = 346.00
    summ = f"HS-{digits(rng, 4)}-{digits(rng, 4)}"
    p = EOSheet(footer="Page {n} of {nb}", run_hdr=f"{COR}  \u00b7  Health care summary for {enr}  \u00b7  "
                                                   f"{mid}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(19, 15, 19)
    p.add_page()
    corrin(p, rng)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.f(10)
    for ln in [enr, *ashlund_address(rng)]:
        p.cell(W * 0.46, 5, ln, new_x="LMARGIN", new_y="NEXT")
    ya = p.get_y()
    yb = p.pipe_ids([(mid, "member no."), (COR_CODE, "Keystep plan code"), (long(sd), "date of this summary"),
                     (summ, "summary no."), (f"{slash(dt.date(2026, 2, 1))} - {slash(sd)}", "claims finished")],
                    p.l_margin + W * 0.46, y0, W * 0.54, size=8.8, h=5.5, split=0.52)
    p.set_xy(p.l_margin, max(ya, yb) + 5)
    p.set_font("Serif", "B", 15)
    p.cell(0, 7, "Your health care summary", new_x="LMARGIN", new_y="NEXT")
    p.f(8.6)
    p.multi_cell(W, 4.2, "This is not a bill. It tells you about the claims Corrin Valley finished for you between "
                         "February 1 and March 31, 2026, in the order the care was given. Keep it with your records.",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    items = [
        (f"Visit with Dr. {gp} at {FAM} on {long(d1)} \u2013 claim {cl[0]}", "paid",
         [f"{FAM} billed $212.00. Corrin paid $176.00, the Keystep rate for this visit. Keystep level 1 has no copay "
          "for a visit to your primary care provider, so you owe nothing."]),
        (f"Blood tests at {LAB} on {long(d1)} \u2013 claim {cl[1]}", "paid",
         [f"{LAB} billed $96.40 for a lipid panel and an A1c test. Corrin paid $38.15. You owe nothing; the lab may "
          "not bill you for the rest."]),
        (f"Eye exam at {OPT} on {long(d3)} \u2013 claim {cl[2]}", "paid",
         [f"Dr. {optom} billed $145.00 for a routine eye exam. Corrin paid $118.00. This was your one Keystep eye exam "
          "for 2026."]),
        (f"Glasses from {OPT} on {long(d3)} \u2013 claim {cl[3]}", "not paid",
         [f"{OPT} billed {usd(glasses)} for frames and two single-vision lenses (V2020 and V2100). Corrin paid $0.00.",
          "Keystep pays for one eye exam a year for adults, but glasses, lenses and contact lenses for people 21 and "
          f"older are not part of the Keystep benefit package. {OPT} may ask you to pay for them. If you have not "
          "paid yet, ask the store whether it has lower-cost frames."]),
        (f"Physical therapy with {pt}, PT, at {PTC} on {long(d5)} \u2013 claim {cl[4]}", "paid",
         [f"{PTC} billed $168.00 for a therapy evaluation. Corrin paid $122.00. You owe a $4.00 copay for therapy, "
          "which you may have paid at the visit."]),
    ]
    p.numbered_claims(items, size=9.2)
    p.tiles([("Billed by your providers", "$967.40"), ("Corrin Valley paid", "$454.15"),
             ("You may owe", "$350.00")], size=12,
             note="\u201cYou may owe\u201d adds the $4.00 therapy copay and the glasses in item 4.")
    paras = [
        "Ask for an appeal",
        "You can ask Corrin Valley to look again at any claim in this summary. Your appeal must reach us within 60 "
        "days of the date of this summary. Call us or write to Corrin Valley Appeals at the address at the top. Tell "
        "us which item you disagree with and why. You can send records or a letter from your provider.",
        "Fast appeals and state appeals",
        "If waiting could seriously harm your health, ask for a fast appeal; we answer within 72 hours. If you still "
        f"disagree after our appeal decision, you can ask the {HEARINGS} for a state appeal within 120 days of that "
        "decision.",
        "Getting help",
        "The Keystep Ombudsperson helps enrollees at no cost (1-888-555-0147). You can also have a friend, relative "
        "or lawyer help you. Free interpreters: call us at the number at the top.",
    ]
    p.flow_cols(paras, n=2, size=8.4, heads={0, 2, 4}, title="If you disagree with anything in this summary")
    t = truth("eob", "not_covered", insurer=COR, plan_id=COR_CODE, member_id=mid, member_name=enr, cases=[cl[3]],
              claim_amount=m2(glasses), service_dates=[iso(d3)], denial_date=iso(sd), provider=OPT,
              appeal_deadline=iso(plus(sd, 60)), alternates={"insurer": COR_ALT}, type_alternates=["denial_letter"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def phone_es_gallbladder(rng):
    enr = people(rng, 1, es=True, sexes="F")[0]
    surg = people(rng, 1, es=True, sexes="M", avoid=(enr,))[0]
    nurse = people(rng, 1, sexes="F")[0]
    HOSP = "Quarterbridge Regional Hospital"
    PRACT = "Cirugía General de Quarterbridge"
    nd = dt.date(2026, 6, 3)
    got = dt.date(2026, 5, 27)
    planned = dt.date(2026, 6, 18)
    um = "UM-26-" + digits(rng, 5)
    mid = vhp(rng)
    dob = dt.date(1979, 2, 11)
    p = EOSheet(footer="Página {n} de {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    velmont(p, rng, box="AVISO DE AUTORIZACIÓN PREVIA", unit="Administración de Utilización", es=True)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.f(9.8)
    for ln in [enr, *ashlund_address(rng)]:
        p.cell(W * 0.5, 4.9, ln, new_x="LMARGIN", new_y="NEXT")
    p.set_xy(p.l_margin, max(p.get_y(), y0) + 3)
    p.tab_boxes([[("Número de caso", um, 0.3), ("Fecha de este aviso", es_date(nd), 0.36),
                  ("Número de afiliada", vhp_sp(mid), 0.34)],
                 [("Servicio solicitado", "Extirpación de la vesícula por laparoscopia (CPT 47562)", 0.66),
                  ("Fecha programada", es_date(planned), 0.34)],
                 [("Médico que la pidió", f"Dr. {surg}", 0.3), ("Consultorio", PRACT, 0.36),
                  ("Hospital", HOSP, 0.34)]],
                size=8.4, h=7)
    p.para(f"Estimada {enr.split()[0]} {enr.split()[-1]}:", 9.6)
    p.para(f"Su cirujano nos pidió aprobar la cirugía de la vesícula y una noche en el hospital después de la "
           "cirugía. Esto es lo que decidimos:", 9.6)
    p.bullets([f"**La cirugía: sí.** Aprobamos la cirugía para el {es_date(planned)} como cirugía ambulatoria, es "
               "decir, usted entra al hospital y regresa a su casa el mismo día.",
               "**La noche en el hospital: no.** No aprobamos que usted se quede internada en el hospital la noche "
               "después de la cirugía."], 9.4)
    p.heading("Por qué", 10)
    p.para(f"Una doctora de Velmont revisó los registros que mandó el consultorio del Dr. {surg.split()[-1]}. Usted no "
           "tiene otros problemas de salud que hagan necesario pasar la noche en el hospital, y la mayoría de las "
           "personas se van a casa unas horas después de esta cirugía. Por eso, el lugar adecuado para su cuidado es "
           "la cirugía ambulatoria. Si durante o después de la cirugía hay una complicación, el hospital puede "
           "pedirnos ese mismo día que aprobemos la noche, y lo revisaremos de inmediato.", 9.2)
    p.heading("Si no está de acuerdo", 10)
    p.bullets(["Puede pedir una apelación a Velmont dentro de 60 días a partir de la fecha de este aviso. Llame a "
               "Servicios al afiliado o escríbanos. Alguien que usted elija o su médico (con su permiso por escrito) "
               "puede pedirla por usted.",
               "Apelación rápida: si esperar pone en peligro su salud, pida una apelación rápida. Decidimos en 72 "
               "horas.",
               f"Apelación estatal: si no está de acuerdo con nuestra decisión sobre su apelación, puede pedir una "
               f"audiencia a la {HEARINGS} dentro de 120 días después de esa decisión."], 8.8)
    p.para(f"Fecha de nacimiento en nuestros registros: {slash(dob)}. Recibimos la solicitud el {es_date(got)}. "
           f"Preguntas: {nurse}, enfermera, {tollfree(rng, '844')}, ext. 4{digits(rng, 3)}. Plan Keystep "
           f"{VEL_CODE}.", 8.2)
    t = truth("denial_letter", "level_of_care", insurer=VEL, plan_id=VEL_CODE, member_id=mid, member_name=enr,
              cases=[um], service_dates=[iso(planned)], denial_date=iso(nd), provider=surg,
              appeal_deadline=iso(plus(nd, 60)), lang="es",
              alternates={"insurer": VEL_ALT, "provider": [PRACT, HOSP, f"Dr. {surg}"]},
              denial_alternates=["medical_necessity"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def rotated_appeal(rng):
    enr = people(rng, 1, sexes="M")[0]
    chair = people(rng, 1, sexes="F", avoid=(enr,))[0]
    HOSP = "Gravelmoor General Hospital"
    dd = dt.date(2026, 5, 27)
    filed = dt.date(2026, 4, 30)
    er = dt.date(2026, 2, 14)
    ended = dt.date(2026, 1, 31)
    back = dt.date(2026, 3, 1)
    office_notice = dt.date(2026, 2, 6)
    mid = vhp(rng)
    apl = "APL-" + digits(rng, 6)
    c = icn(rng, dt.date(2026, 3, 3))
    billed = 2876.50
    p = EOSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 15, 18)
    p.add_page()
    velmont(p, rng, box="APPEAL DECISION", unit="Member Appeals")
    W = p.w - p.l_margin - p.r_margin
    p.f(9.8)
    p.cell(0, 5, upper(dd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in [enr, *ashlund_address(rng)]:
        p.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.tab_boxes([[("Appeal number", apl, 0.3), ("Claim (ICN)", c, 0.36), ("Velmont member no.", vhp_sp(mid), 0.34)],
                 [("Emergency visit", f"{HOSP}, {long(er)}", 0.66), ("Billed", usd(billed), 0.34)]], size=9)
    p.decision_strip("Decision: we are keeping our earlier decision", f"Decided {slash(dd)}")
    p.para(f"Dear {enr.split()[0]} {enr.split()[-1]}:", 9.8)
    p.para(f"On {long(filed)} you asked us to pay for your visit to the emergency department at {HOSP} on "
           f"{long(er)}. A member of our appeals staff who did not take part in the first decision looked at your "
           "appeal, our records and the Coverage Office's records.", 9.6)
    p.heading("What we found", 10.2)
    p.para(f"Your Keystep coverage ended on {long(ended)}. The {AGENCY} ended it because the premium for January was "
           f"not paid by the end of the grace period, and it mailed you a notice about this on {slash(office_notice)}. "
           f"Your coverage started again on {long(back)}, after you paid. On {long(er)} you were not enrolled in "
           "Keystep or in Velmont, so Velmont cannot pay for care on that day.", 9.6)
    p.para("We understand the visit was an emergency. The plan pays for emergencies only for people who are enrolled "
           "on the day of the care.", 9.6)
    p.heading("What you can do now", 10.2)
    p.bullets([f"**State appeal.** You can ask the {HEARINGS} for a state appeal (fair hearing) within 120 days of "
               "the date of this decision. Write to them or call 1-888-555-0192.",
               f"**Coverage question.** If you think your coverage should not have ended, ask the {AGENCY} for a "
               "hearing about that decision. Call the Keystep Customer Center.",
               f"**The bill.** {HOSP} has a financial help program. Ask its billing office for an application."],
              9.2)
    p.signoff(["Sincerely,", "", chair, "Appeals Coordinator, Velmont Health Partners"], 9.4)
    p.f(7.2)
    p.cell(0, 4, f"Keystep plan code {VEL_CODE}  \u00b7  this decision ends Velmont's appeal process", new_x="LMARGIN",
           new_y="NEXT")
    t = truth("denial_letter", "eligibility", insurer=VEL, plan_id=VEL_CODE, member_id=mid, member_name=enr,
              cases=[apl, c], claim_amount=m2(billed), service_dates=[iso(er)], denial_date=iso(dd), provider=HOSP,
              alternates={"insurer": VEL_ALT, "case_numbers": [[apl], [c]]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def scanclean_prp(rng):
    enr = people(rng, 1, sexes="F")[0]
    doc, rev = people(rng, 2, sexes="MM", avoid=(enr,))
    ORTHO = "Crossbeam Orthopedics"
    nd = dt.date(2026, 7, 8)
    got = dt.date(2026, 6, 30)
    start = dt.date(2026, 7, 22)
    pa = "PA" + digits(rng, 7)
    mid = "CV-" + digits(rng, 8)
    dob = dt.date(1968, 9, 27)
    p = EOSheet(footer="Page {n} of {nb}", foot_ids=f"{COR}  \u00b7  Request {pa}  \u00b7  {enr}")
    p.set_margins(19, 15, 19)
    p.add_page()
    corrin(p, rng, box="PRIOR APPROVAL DECISION", unit="Utilization Review")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.f(10)
    for ln in [enr, *ashlund_address(rng)]:
        p.cell(W * 0.44, 5, ln, new_x="LMARGIN", new_y="NEXT")
    ya = p.get_y()
    yb = p.pipe_ids([(pa, "request no."), (mid, "member no."), (COR_CODE, "plan code"), (slash(nd), "notice date"),
                     (dashed(got), "request received"), (slash(dob), "date of birth")],
                    p.l_margin + W * 0.5, y0, W * 0.5, size=9, h=5.6)
    p.set_xy(p.l_margin, max(ya, yb) + 5)
    p.para(f"Dear {enr.split()[0]} {enr.split()[-1]}:", 9.8)
    p.heading("What was asked for", 10.2)
    p.para(f"Dr. {doc} of {ORTHO} asked us to approve platelet-rich plasma (PRP) injections into both knees, three "
           f"sessions two weeks apart (CPT 0232T), starting on {long(start)}.", 9.6)
    p.heading("What we decided", 10.2)
    p.para("Corrin Valley will not cover the PRP injections.", 9.6, gap=1)
    p.heading("Why", 10.2)
    p.para("Corrin Valley's medical policy on platelet-rich plasma (policy CV-MP-0872) treats PRP injections for "
           "arthritis of the knee as investigational. The research so far is made up of small studies whose results "
           "do not agree, and they have not shown that PRP works better or lasts longer than the treatments Keystep "
           f"already covers. Keystep does not cover treatments that are still being studied. Dr. {rev}, a board "
           "certified orthopedic surgeon, made this decision.", 9.6)
    p.para("Treatments Keystep covers for knee arthritis include physical therapy, steroid injections and, when "
           f"they are needed, hyaluronic acid injections or surgery. Dr. {doc.split()[-1]} can ask us about them.", 9.6)
    p.add_page()
    p.heading("Your rights", 11, rule=True)
    paras = [
        "Appeal to Corrin Valley",
        "You or your provider, with your written permission, can ask for an appeal. It must reach us within 60 days "
        "of the date of this notice. Call Member Services or write to Corrin Valley Appeals at the address at the top "
        "of page 1.",
        "Fast appeal",
        "If waiting 30 days could seriously harm your health, ask for a fast appeal. We decide within 72 hours.",
        "State appeal",
        f"After our appeal decision, you can ask the {HEARINGS} for a state appeal (fair hearing) within 120 days of "
        "that decision.",
        "Records",
        "You can ask for free copies of the records and the medical policy we used to decide.",
        "Help",
        "Keystep Ombudsperson: 1-888-555-0147. Interpreters and large print at no cost.",
    ]
    p.flow_cols(paras, n=3, size=8.6, heads={0, 2, 4, 6, 8})
    p.ln(2)
    p.signoff(["Corrin Valley Health Plan", "Utilization Review"], 9.4)
    p.nondiscrim(COR, tollfree(rng, "866"), 7)
    t = truth("denial_letter", "experimental", insurer=COR, plan_id=COR_CODE, member_id=mid, member_name=enr,
              cases=[pa], service_dates=[iso(start)], denial_date=iso(nd), provider=ORTHO,
              appeal_deadline=iso(plus(nd, 60)), alternates={"insurer": COR_ALT, "provider": [f"Dr. {doc}", doc]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    reset_names()
    F = FAMILY + "_"
    items = [Item(F + "born_digital_plan_remittance_eleven_patients_echo_line_code_only", "born_digital",
                  [born_remit(rng)]),
             Item(F + "faxstd_third_epidural_household_contact_and_patient_side_by_side", "fax_standard_g4",
                  [faxstd_epidural(rng)])]
    cover, docs = stack_out_of_network(rng)
    items.append(Item(F + "faxstd_stack_legal_aid_cover_oon_skin_visit_page_two_upside_down_then_coverage_notice",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 180}))
    items += [Item(F + "photocopy_narrative_summary_five_numbered_claims_eyeglasses_not_paid", "photocopy",
                   [photocopy_narrative(rng)]),
              Item(F + "phone_es_cirugia_de_vesicula_sin_noche_en_el_hospital", "phone_photo",
                   [phone_es_gallbladder(rng)]),
              Item(F + "rotated_appeal_decision_emergency_visit_after_premium_lapse", "rotated", [rotated_appeal(rng)]),
              Item(F + "scanclean_knee_prp_investigational_captions_after_values", "scan_clean_300",
                   [scanclean_prp(rng)])]
    return items
