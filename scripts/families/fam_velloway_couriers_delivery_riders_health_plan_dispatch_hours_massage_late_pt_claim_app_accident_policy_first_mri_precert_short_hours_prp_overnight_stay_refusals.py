"""An invented multi-employer health plan for bicycle couriers, cargo-bike riders and restaurant delivery riders of
the courier companies and delivery co-ops that pay into it under agreements with the invented Messengers & Delivery
Riders Guild, Local 606. Eligibility counts dispatch hours: the hours a rider is logged on shift in a contributing
company's dispatch system, added up over every contributing company. A rider is covered in a benefit month when the
work month two months before it credits at least 90 dispatch hours (April hours buy June coverage); hours over 90 go
into an hour bank of up to 270 hours that can fill a short month; otherwise the rider may self-pay. Riders who also
deliver through app platforms that do not contribute are often covered on those shifts by the platform's
occupational accident policy, which pays first for an injury on such a shift. The Plan's papers deal with what
riding in traffic brings: road rash, wrists and collarbones broken in falls, knees and tendons, shoulders.

Everything is invented: the Velloway Couriers & Delivery Riders Health Plan (letterhead: a spoked wheel beside the
slanted brand word "VELLOWAY" with the legal name small under it; the body says "the Plan"), its Plan Office run by
Cogsworth Benefit Administrators, Inc. (letterhead: "COGSWORTH" tracked wide beside a square "CBA" monogram, the
legal name in a small line under it; it issues provider remittances and precertification and level-of-care letters),
the Furlwood Care Network, the employers Sprocket & Satchel Courier Co. (group 61K207), Caldermouth Same-Day Couriers
(61M233) and Tandem Street Delivery Co-op (61T251), the app platform Parcelbird and its occupational accident insurer
Tweddle Mutual Casualty Company, every clinic, person, number, amount and address; phones 555. CPT codes and
claim adjustment reason codes as themselves. Member numbers "V" + digit + letter + five digits + letter
("V7R40816K"), with a two-digit member suffix (00 the rider, 01... dependants) printed after a dash on claim lines,
in a column of its own or after "Sufijo"; plans "VCR-1" (active) and "VCR-S" (self-pay); claims "VC26" + letter +
six digits; appeals "AP-26" + letter + three digits. Decoys: check, batch and document control numbers, tax ID and
NPI, the occupational accident policy number, the medical policy number, a notice number, hour tables and the hour
bank, a self-payment amount and due date, the fax lines' later dates.

Documents (8 in 7 files):
- bd_eob_massage_code_mx_page_two_coverage_box: a born-digital two-page EOB to a courier and his wife, four claims
  in a ruled table broken over the page, a "Remarks" column of the Plan's letter codes keyed in a boxed legend (CP
  copay, PV preventive, CI coinsurance, OA other coverage paid first, DD deductible and VL visit limit unused, MX
  massage not covered); the wife's three massage sessions refused only by "MX" (not_covered); the member number
  right-aligned far from its caption on page 1, plan and group only in a "Your coverage" box on page 2.
- faxstd_remit_late_pt_claim_co29: Cogsworth's standard-fax provider remittance to a physical therapy practice, four
  patients, one patient's January claim received in July refused with "CO-29" (timely_filing); PR-1, PR-2, CO-45,
  CO-97, OA-23 explain payments; CO-18 printed unused; check, batch and DCN numbers; fax line three days later.
- faxstd_stack_dispatch_pad_two_letters: a courier company's dispatch fax pad lettered by hand, then the Plan's
  letter holding a collarbone surgery claim until the app platform's occupational accident policy decides it
  (other: another coverage pays first), and Cogsworth's two-page letter refusing a shoulder MRI done without
  precertification (prior_authorization) with the member facts in a box on page 2.
- photocopy_es_horas_de_despacho: a photocopied Spanish notice: 71.5 April dispatch hours over two companies plus
  12.0 banked, short of 90, no June coverage, an urgent care claim unpaid (eligibility); the notice date only in the
  footer.
- faxfine_appeal_prp_knee_docket: the Trustees' fine-fax two-page appeal decision keeping the refusal of a
  platelet-rich plasma injection for patellar tendinopathy as investigational (experimental); captions in a narrow
  column, values at the right edge behind typed dot leaders; the appeal number under "Docket"; dated "the 23rd of
  July, 2026" in the text; the Plan Office's fax line the next day.
- photo_overnight_stay_outpatient_level: a photographed Cogsworth letter paying a wrist fracture repair at the
  outpatient level and refusing the inpatient night (level_of_care); dated "June 29th, 2026" (numeric only in the
  footer); the claim under "Matter"; the surgeon and hospital named only in prose.
- bd_notice_of_eligibility_august: a born-digital notice that June's 103.5 dispatch hours earned August coverage,
  with the daughter's suffix and an hour bank (other, no denial); dated "July 8th, 2026" (numeric in the footer).

Judgement calls (kept in alternates): the insurer is the letterhead issuer: the Plan on its papers, Cogsworth on its
three (each accepts the other and the short names; "Plan de Salud Velloway" on the Spanish notice). Plan: VCR-1;
group: the employer group printed with the member's facts (on the EOB only in the page-2 box). Member ID: the member
number without its suffix (with "-01" / "-00" accepted where printed so). Member: the patient (the wife on the EOB,
the refused patient on the remittance). Provider: the rendering clinician (their practice accepted); the imaging
center on the MRI letter (the ordering surgeon accepted); the hospital on the level-of-care letter (the surgeon
named in prose accepted). Case numbers: the refused claim's number; appeal + claim on the Trustees' decision (either
alone accepted); none on the eligibility notice (its notice number accepted). Amounts: the refused claim's billed
total; none on the eligibility notice. Service dates: the refused lines' dates; the stay as a span (first day alone
or both days accepted). Deadlines: notice date + 180 ("within 180 days of the date of this statement / letter",
"dentro de 180 días a partir de la fecha de este aviso"), + 90 on the remittance; none on the Trustees' final
decision and the eligibility notice. Types: the EOB and remittance are `eob` (`denial_letter` accepted); the
occupational accident policy first is `other` (`not_covered` accepted); the overnight stay `level_of_care`
(`medical_necessity` accepted).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeu_famuc import (EUSheet, addr_block, digits, es_date, fax_date, first_last, hand_cover, iso, last_first,
                               letter, long, m2, md_ord, n2, npi, out, phone, plus, sign, slash, the_of_c, tin,
                               tollfree, truth, usd)

FAMILY = ("velloway_couriers_delivery_riders_health_plan_dispatch_hours_massage_late_pt_claim_app_accident_policy_"
          "first_mri_precert_short_hours_prp_overnight_stay_refusals")
LANG = "en"
SEED = 355198

PLAN = "Velloway Couriers & Delivery Riders Health Plan"
ADMIN = "Cogsworth Benefit Administrators, Inc."
PLAN_ALT = [PLAN, "Velloway Couriers and Delivery Riders Health Plan", "Velloway Health Plan", "Velloway Plan",
            "Velloway", ADMIN]
ADMIN_ALT = [ADMIN, "Cogsworth Benefit Administrators", "Cogsworth", "CBA", PLAN]
ADDR = ["700 Pannier Street, Suite 210", "Caldermouth, WA 98121"]
GUILD = "Messengers & Delivery Riders Guild, Local 606"
NETWORK = "Furlwood Care Network"
PLAN_ID, SELFPAY = "VCR-1", "VCR-S"
GROUPS = {"61K207": "Sprocket & Satchel Courier Co.", "61M233": "Caldermouth Same-Day Couriers",
          "61T251": "Tandem Street Delivery Co-op"}


def mid(rng) -> str:
    return f"V{rng.randint(1, 9)}{letter(rng)}{digits(rng, 5)}{letter(rng)}"


def claim_no(rng) -> str:
    return f"VC26{letter(rng)}{digits(rng, 6)}"


def plan_right(rng, es: bool = False) -> list[str]:
    if es:
        return [ADDR[0], ADDR[1], f"Servicios al miembro {tollfree(rng, '888')}", f"Fax {phone(rng, '206')}",
                "velloway-plan.example"]
    return [ADDR[0], ADDR[1], f"Member services {tollfree(rng, '888')}", f"Fax {phone(rng, '206')}",
            "velloway-plan.example"]


def head_plan(p: EUSheet, rng, box: str | None = None, es: bool = False):
    tag = ("Cobertura de salud para mensajeros en bicicleta y repartidores" if es
           else "Health coverage for bicycle couriers, cargo-bike and delivery riders")
    small = ("Oficina del Plan administrada por Cogsworth Benefit Administrators, Inc." if es
             else "Plan Office administered by Cogsworth Benefit Administrators, Inc.")
    p.wheel_head("VELLOWAY", PLAN, plan_right(rng, es), tagline=tag, small=small, box=box)


def head_admin(p: EUSheet, rng, box: str | None = None):
    p.wordmark("COGSWORTH", style="tracked", initials="CBA", shape="square",
               tagline=f"{ADMIN}  \u00b7  Plan Office for the {PLAN}",
               small=["Claims, precertification and provider services"],
               right=[ADDR[0], ADDR[1], f"Provider line {tollfree(rng, '855')}", f"Fax {phone(rng, '206')}"],
               box=box, size=17)


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    rider, wife = "Tobiah R. Haythornthwaite", "Nell K. Haythornthwaite"
    lmt = "Ottoline F. Burneside"
    spa = "Selside Sports Massage"
    m = mid(rng)
    g = "61K207"
    sd = dt.date(2026, 4, 9)
    mdays = [dt.date(2026, 3, 11), dt.date(2026, 3, 18), dt.date(2026, 3, 25)]
    # patient, suffix, provider line, lines: (date, code, service, billed, allowed, other paid, plan paid, you owe, rmk)
    claims = [
        (rider, "00", "Nateby Street Urgent Care \u2013 Ines V. Meathop, PA-C",
         [(dt.date(2026, 3, 4), "99213", "Urgent care visit", 196.00, 132.00, 0.00, 102.00, 30.00, "CP"),
          (dt.date(2026, 3, 4), "97597", "Wound cleaning, road rash", 212.00, 118.40, 0.00, 94.72, 23.68, "CI")]),
        (wife, "01", "Mallerstang Women's Health \u2013 Dr. Soraya M. Polgar, MD",
         [(dt.date(2026, 3, 9), "99395", "Preventive visit, age 18-39", 286.00, 201.00, 0.00, 201.00, 0.00, "PV")]),
        (wife, "01", f"{spa} \u2013 {lmt}, LMT",
         [(d, "97124", "Massage therapy, 60 min", 95.00, 0.00, 0.00, 0.00, 95.00, "MX") for d in mdays]),
        (rider, "00", "Caldermouth Imaging Center \u2013 Dr. Anders J. Uldale, MD (radiology)",
         [(dt.date(2026, 3, 20), "73110", "X-ray wrist, 3 views", 214.00, 96.00, 60.00, 28.80, 7.20, "OA CI")]),
    ]
    nos = [claim_no(rng) for _ in claims]
    den = 2
    p = EUSheet(footer="Page {n} of {nb}", footer_left=f"VCR-EOB-4 (01/2026)  \u00b7  DCN {digits(rng, 11)}",
                run_hdr=f"{rider}  \u00b7  statement of {slash(sd)}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(15, 15, 15)
    p.add_page()
    head_plan(p, rng, box="EXPLANATION OF BENEFITS")
    addr_block(p, [rider.upper(), "1512 Quayside Avenue, Unit 4", "Caldermouth, WA 98122"], 9.2)
    p.leader_right([("Statement date", long(sd)), ("Member ID", m), ("Subscriber", rider),
                    ("Claims on this statement", "4")], cap_w=36, size=9.0, cap=8.0)
    W = p.w - p.l_margin - p.r_margin
    p.bar("This statement at a glance", 8.8)
    glance = []
    for who in (rider, wife):
        ls = [x for c in claims if c[0] == who for x in c[3]]
        glance.append([who, str(sum(1 for c in claims if c[0] == who)), n2(sum(x[3] for x in ls)),
                       n2(sum(x[6] for x in ls)), n2(sum(x[7] for x in ls))])
    p.ruled_rows(["Patient", "Claims", "Billed", "Plan paid", "You may owe"], glance,
                 [W * k / 100 for k in (40, 12, 16, 16, 16)], ["L", "C", "R", "R", "R"], size=8.4, row_h=5.0)
    p.para("Your claims are listed below, each under a grey line with its claim number, the patient and the provider. "
           "The Remarks column tells you why a line was paid the way it was; the codes are explained after the list.",
           8.6)
    p.f(7.8, "B")
    p.cell(0, 4, "THIS IS NOT A BILL.  Keep it with your records.", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    rows = []
    for i, (pt, sfx, prov, lines) in enumerate(claims):
        rows.append(("sub", f"Claim {nos[i]}  \u00b7  Patient {pt}  \u00b7  ID {m}-{sfx}  \u00b7  {prov}"))
        for d, code, s, b, al, op, pp, owe, rmk in lines:
            rows.append([slash(d), code, s, n2(b), n2(al), n2(op), n2(pp), n2(owe), rmk])
        if len(lines) > 1:
            rows.append(("total", ["", "", "Claim total"] + [n2(sum(x[k] for x in lines)) for k in (3, 4, 5, 6, 7)]
                         + [""]))
        if i == 1:
            rows.append(("break",))
    tot = [sum(x[k] for c in claims for x in c[3]) for k in (3, 4, 5, 6, 7)]
    rows.append(("total", ["", "", "Totals this statement"] + [n2(v) for v in tot] + [""]))
    p.mark_rows(["Date", "Code", "Service", "Billed", "Allowed", "Other coverage paid", "Plan paid", "You owe",
                 "Remarks"],
                [W * k / 100 for k in (11, 7, 27, 9, 9, 10, 9, 9, 9)],
                ["L", "L", "L", "R", "R", "R", "R", "R", "C"], rows, size=7.7, cont="continued on page 2")
    p.code_key("Remarks codes", [
        ("CP", "Your copay for an urgent care visit ($30.00)."),
        ("PV", "Preventive care: paid in full with no cost to you."),
        ("CI", "Your 20% coinsurance of the allowed amount."),
        ("DD", "Applied to your calendar-year deductible ($300.00 a person)."),
        ("OA", "Other coverage paid first: an occupational accident policy paid part of this claim, and the Plan "
               "paid the rest up to its usual benefit."),
        ("VL", "Visit limit for the year reached for this kind of service."),
        ("MX", "Not covered: massage therapy given by a massage therapist. The Plan pays manual therapy only as part "
               "of a physical therapy plan of care given by a licensed physical therapist. You may be billed for "
               "these charges."),
    ], size=7.3)
    p.facts_panel("Your coverage", [
        ("Plan", f"{PLAN_ID} (active riders)"),
        ("Group", f"{g}  \u2013  {GROUPS[g]}"),
        ("Covered in", "April 2026, from February dispatch hours"),
        ("Hour bank after February", "64.0 hours"),
        ("Deductible met in 2026", "$300.00 of $300.00 (you);  $300.00 of $300.00 (Nell)"),
        ("Network", NETWORK),
    ], cap_w=48, size=8.8, h=5.6)
    p.bar("Questions and appeals", 8.8)
    p.para(f"Call Member Services at the number on page 1. If you disagree with how a claim was paid, you may appeal to "
           f"the Board of Trustees within 180 days of the date of this statement. Write to the Appeals Committee, "
           f"{PLAN}, {ADDR[0]}, {ADDR[1]}, and give the claim number.", 8.4)
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=PLAN_ID, group=g, member_id=m, member_name=wife,
              cases=[nos[den]], claim_amount=m2(285.00), service_dates=[iso(d) for d in mdays], denial_date=iso(sd),
              provider=lmt, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [spa], "member_id": [f"{m}-01"]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_remit(rng):
    pts = ["Anouk S. Mirabal", "Pim D. Sondergaard", "Rafferty J. Soulby", "Liesl M. Dufton"]
    dpt1, dpt2 = "Keturah B. Ammons", "Florian G. Witherslack"
    practice = "Crankhouse Physical Therapy"
    ids = [mid(rng) for _ in pts]
    sfx = ["00", "00", "01", "00"]
    grps = ["61M233", "61T251", "61K207", "61M233"]
    nos = [claim_no(rng) for _ in pts]
    rd = dt.date(2026, 7, 24)
    received = dt.date(2026, 7, 14)
    late = [dt.date(2026, 1, 6), dt.date(2026, 1, 8)]
    den = 1
    late_lines = [(late[0], "97161", "PT eval, low", 210.00),
                  (late[0], "97110", "Ther. exercise x2", 176.00),
                  (late[1], "97110", "Ther. exercise x2", 176.00),
                  (late[1], "97140", "Manual therapy", 92.00)]
    late_total = sum(x[3] for x in late_lines)

    def lead(i):
        return [nos[i], last_first(pts[i]), f"{ids[i]}  {sfx[i]}"]

    claims = [
        {"lead": lead(0),
         "lines": [["06/30/2026", "97110", "Ther. exercise x2", "176.00", "118.00", "0.00", "94.40", "23.60",
                    "CO-45 PR-2"],
                   ["07/02/2026", "97140", "Manual therapy", "92.00", "61.00", "0.00", "48.80", "12.20",
                    "CO-45 PR-2"]],
         "total": ["", "", "", "268.00", "179.00", "0.00", "143.20", "35.80", ""],
         "note": f"Group {grps[0]}  \u00b7  Rendering {dpt1}, DPT"},
        {"lead": lead(1),
         "lines": [[slash(d), c, s, n2(a), "0.00", "0.00", "0.00", "0.00", "CO-29"] for d, c, s, a in late_lines],
         "total": ["", "", "", n2(late_total), "0.00", "0.00", "0.00", "0.00", ""],
         "note": f"Group {grps[1]}  \u00b7  Rendering {dpt2}, DPT  \u00b7  Received {slash(received)}"},
        {"lead": lead(2),
         "lines": [["07/07/2026", "97110", "Ther. exercise x1", "88.00", "59.00", "0.00", "0.00", "59.00", "PR-1"],
                   ["07/07/2026", "97750", "Perf. test", "64.00", "0.00", "0.00", "0.00", "0.00",
                    "CO-97"]],
         "total": ["", "", "", "152.00", "59.00", "0.00", "0.00", "59.00", ""],
         "note": f"Group {grps[2]}  \u00b7  Rendering {dpt1}, DPT"},
        {"lead": lead(3),
         "lines": [["07/09/2026", "97140", "Manual therapy", "92.00", "61.00", "40.00", "16.80", "4.20",
                    "OA-23 PR-2"],
                   ["07/09/2026", "97112", "Neuromusc. re-ed.", "96.00", "64.00", "40.00", "19.20", "4.80",
                    "OA-23 PR-2"]],
         "total": ["", "", "", "188.00", "125.00", "80.00", "36.00", "9.00", ""],
         "note": f"Group {grps[3]}  \u00b7  Rendering {dpt2}, DPT"},
    ]
    tx = (f"{fax_date(plus(rd, 3))} 09:{rng.randint(10, 59)}  COGSWORTH BENEFIT ADM  206 555 {digits(rng, 4)}  "
          f"PAGE {{n2}}/{{t2}}")
    p = EUSheet(footer="Page {n} of {nb}", tx=tx)
    p.set_margins(13, 14, 13)
    p.add_page()
    head_admin(p, rng, box="PROVIDER REMITTANCE ADVICE")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [practice, "Attn: Billing", "48 Spoke Lane, Suite B", "Caldermouth, WA 98118"], 9.0)
    p.set_y(y)
    p.bare_ids([(long(rd), "remittance date"), (f"Check {digits(rng, 7)}", "payment"),
                (f"B-{digits(rng, 4)}-{rng.randint(10, 99)}", "batch"), (f"DCN {digits(rng, 11)}", "document control"),
                (tin(rng), "tax ID"), (npi(rng), "billing NPI"), (PLAN_ID, "plan (all claims)")],
               x=p.l_margin + W * 0.54, y=y, w=W * 0.46, size=8.4)
    p.set_y(max(p.get_y(), y + 38))
    p.remit_table(["Claim", "Patient", "Member no.  Sfx", "Date", "Code", "Service", "Billed", "Allowed",
                   "Other paid", "Plan paid", "Pt. resp.", "Adj. codes"],
                  [W * k / 100 for k in (11.5, 15, 12.5, 8.5, 5, 12, 6, 6, 5.5, 5.5, 5, 7.5)],
                  ["L", "L", "L", "L", "L", "L", "R", "R", "R", "R", "R", "L"], claims, size=6.7)
    p.f(8.2, "B")
    p.cell(0, 5, f"Paid to provider this remittance: {usd(143.20 + 36.00)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.code_key("Adjustment codes on this remittance", [
        ("CO-45", "The charge is more than the Plan's fee schedule for the service; the difference may not be "
                  "billed to the patient."),
        ("PR-1", "Applied to the patient's deductible."),
        ("PR-2", "The patient's 20% coinsurance."),
        ("OA-23", "Another payer (an occupational accident policy) paid first; its payment was counted."),
        ("CO-97", "Paid as part of another service on the same day."),
        ("CO-18", "The same claim was already received."),
        ("CO-29", "Not paid: the time limit for filing has expired. The Plan must receive a claim within 180 days "
                  "after the date of service."),
    ], size=7.0, code_w=12)
    p.bar("Reconsideration", 8.4)
    p.para(f"To ask Cogsworth to look again at a claim on this remittance, write within 90 days of the date of this "
           f"remittance to Provider Reconsiderations, {ADMIN}, {ADDR[0]}, {ADDR[1]}. For a late claim, send proof that "
           "it was sent on time (a clearinghouse acceptance report). Members keep their own appeal rights.", 8.0)
    t = truth("eob", "timely_filing", insurer=ADMIN, plan_id=PLAN_ID, group=grps[den], member_id=ids[den],
              member_name=pts[den], cases=[nos[den]], claim_amount=m2(late_total),
              service_dates=[iso(d) for d in late], denial_date=iso(rd), provider=dpt2,
              appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": ADMIN_ALT, "provider": [practice], "member_id": [f"{ids[den]}-00", f"{ids[den]}00"]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    rider = "Idris P. Kaber"
    surgeon = "Magnus E. Killington"
    ortho = "Pierhead Orthopedics"
    imaging = "Caldermouth Imaging Center"
    signer, rn = "Marisa T. Elterwater", "Hesper L. Ousby"
    m = mid(rng)
    g = "61M233"
    crash = dt.date(2026, 4, 2)
    orif = dt.date(2026, 4, 6)
    l1 = dt.date(2026, 4, 29)
    c1 = claim_no(rng)
    amt1 = 9640.00
    mri = dt.date(2026, 4, 28)
    l2 = dt.date(2026, 5, 5)
    c2 = claim_no(rng)
    amt2 = 1386.00
    oap = f"OAP-{digits(rng, 7)}"
    sent = dt.date(2026, 5, 8)
    tx = f"{fax_date(sent)} 16:{rng.randint(10, 59)}  CALDERMOUTH SAMEDAY  206 555 {digits(rng, 4)}  P{{n}}"
    cover = hand_cover(rng, ["FAX", "Caldermouth Same-Day Couriers  \u00b7  Dispatch",
                             "19 Lockyard Wharf  \u00b7  Caldermouth, WA 98134", f"Dispatch {phone(rng, '206')}"],
                       [("TO", "Guild 606 benefits desk"), ("FROM", "Jolyon @ dispatch"),
                        ("", "Re: Idris K - 2 letters"), ("", "3 pages after this")],
                       ["HE WAS ON A PARCELBIRD RUN THAT DAY", "NOT ON OUR BOARD. CAN YOU CALL HIM?"],
                       tx=tx, tx_total=4)
    # (i) the Plan: another coverage pays first
    p = EUSheet(footer="Page {n} of {nb}", tx=tx, tx_off=1, tx_total=4)
    p.set_margins(19, 16, 19)
    p.add_page()
    head_plan(p, rng, box="CLAIM ON HOLD")
    addr_block(p, [rider, "230 Gantry Row, Apt 7", "Caldermouth, WA 98126"], 9.2)
    p.stair([("Notice date", long(l1)), ("File no.", c1), ("Member no.", f"{m}-00"),
             ("Plan / group", f"{PLAN_ID} / {g}"), ("Date of surgery", slash(orif)), ("Billed", usd(amt1))],
            indent=8, ncol=3, size=9.0, cap=7.2)
    p.para(f"Dear {first_last(rider)}:", 9.4)
    p.para(f"The Plan received a claim from Dr. {surgeon} of {ortho} for surgery to repair your broken right "
           f"collarbone on {long(orif)}. The claim says you fell from your bicycle on {long(crash)} while making a "
           "delivery through the Parcelbird app.", 9.2)
    p.para("Parcelbird does not pay into the Plan, and it carries an occupational accident policy for riders who "
           f"deliver through its app, issued by Tweddle Mutual Casualty Company (policy {oap}). When an injury "
           "happens on a shift that such a policy covers, that policy pays first and the Plan pays second (Plan "
           "rules, section 9.4). The Plan has not paid this claim and will not pay it until the policy has decided "
           "it.", 9.2)
    p.para("What to do: file a claim with the Parcelbird policy (the app's help page lists its claim number), and "
           "send us its decision or its explanation of payment. The Plan will then pay what the policy does not, up "
           "to the Plan's usual benefit. Your emergency room visit on the day of the fall is held for the same "
           "reason; you will receive a separate notice.", 9.2)
    p.para(f"If you were not working on a Parcelbird shift, or you disagree for another reason, you may appeal to the "
           f"Board of Trustees within 180 days of the date of this letter. Write to the Appeals Committee, {PLAN}, "
           f"{ADDR[0]}, {ADDR[1]}.", 9.2)
    sign(p, [signer, "Claims Department", "Plan Office"], size=9.0)
    h_pdf = out(p)
    h_t = truth("denial_letter", "other", insurer=PLAN, plan_id=PLAN_ID, group=g, member_id=m, member_name=rider,
                cases=[c1], claim_amount=m2(amt1), service_dates=[iso(orif)], denial_date=iso(l1), provider=surgeon,
                appeal_deadline=iso(plus(l1, 180)),
                alternates={"insurer": PLAN_ALT, "provider": [ortho], "member_id": [f"{m}-00"]},
                denial_alternates=["not_covered"])
    # (ii) Cogsworth: MRI without precertification
    q = EUSheet(footer="Page {n} of {nb}", tx=tx, tx_off=2, tx_total=4)
    q.set_margins(19, 16, 19)
    q.add_page()
    head_admin(q, rng, box="CLAIM NOT PAID")
    q.f(9.4)
    q.cell(0, 5, long(l2), new_x="LMARGIN", new_y="NEXT")
    q.ln(2)
    addr_block(q, [rider, "230 Gantry Row, Apt 7", "Caldermouth, WA 98126"], 9.2)
    q.subject_line("MRI of your right shoulder: no precertification")
    q.para(f"Dear {first_last(rider)}:", 9.4)
    q.para(f"{imaging} sent a claim for an MRI of your right shoulder (73221) done on {long(mri)}. Dr. {surgeon} "
           "ordered it. The Plan did not pay the claim.", 9.2)
    q.para("Why: the Plan requires precertification before an MRI, CT or PET scan that is not done in an emergency. "
           "The ordering doctor or the imaging center asks Cogsworth for it by phone, fax or the provider portal. We "
           "found no request for this scan, and the claim does not show an emergency.", 9.2)
    q.para(f"{imaging} is in the {NETWORK}. Network providers agree to get precertification, so the center may not "
           "bill you for this scan except your usual coinsurance. If you receive a bill, send it to us.", 9.2)
    q.para("The facts about this claim are on the next page.", 9.2)
    q.add_page()
    q.facts_panel("Member and claim facts", [
        ("Member", rider),
        ("Member no.", f"{m}   (suffix 00)"),
        ("Plan / group", f"{PLAN_ID} / {g}"),
        ("Reference no.", c2),
        ("Provider billing", imaging),
        ("Ordered by", f"Dr. {surgeon}, MD"),
        ("Date of service", slash(mri)),
        ("Billed", usd(amt2)),
        ("Precertification", "none on file"),
    ], cap_w=44, size=9.0)
    q.bar("Your right to appeal", 9.0)
    q.para(f"You or your doctor may appeal within 180 days of the date of this letter. Send the appeal and any records "
           f"to the Appeals Committee, {PLAN}, {ADDR[0]}, {ADDR[1]}. If the scan was urgent, say so and include the "
           "doctor's notes.", 9.0)
    sign(q, [f"{rn}, RN", "Precertification Review", ADMIN], size=9.0)
    r_pdf = out(q)
    r_t = truth("denial_letter", "prior_authorization", insurer=ADMIN, plan_id=PLAN_ID, group=g, member_id=m,
                member_name=rider, cases=[c2], claim_amount=m2(amt2), service_dates=[iso(mri)], denial_date=iso(l2),
                provider=imaging, appeal_deadline=iso(plus(l2, 180)),
                alternates={"insurer": ADMIN_ALT, "provider": [surgeon]})
    return cover, [(h_pdf, h_t), (r_pdf, r_t)]


# ---------------------------------------------------------------------------------------------------------------
def photocopy_es(rng):
    rider = "Yadira C. Montalbán"
    doc = "Paloma I. Armendáriz"
    clinic = "Nateby Street Urgent Care"
    signer = "Teodoro R. Loughrigg"
    m = mid(rng)
    g = "61T251"
    nd = dt.date(2026, 6, 17)
    visit = dt.date(2026, 6, 9)
    clm = claim_no(rng)
    amt = 245.00
    p = EUSheet(footer="Página {n} de {nb}", footer_left=f"Aviso VCR-E2  \u00b7  {es_date(nd)}")
    p.set_margins(18, 16, 18)
    p.add_page()
    head_plan(p, rng, box="AVISO DE ELEGIBILIDAD", es=True)
    addr_block(p, [rider, "3318 Calle Ferrocarril", "Caldermouth, WA 98108"], 9.4)
    p.leader_right([("Núm. de control", clm), ("Núm. de lote", f"L-{digits(rng, 5)}"), ("Miembro", m),
                    ("Sufijo", "00"), ("Plan", PLAN_ID), ("Grupo (empleador principal)", g)],
                   cap_w=44, size=9.0, cap=8.0, dots=False)
    p.para(f"Estimada {rider.split()[0]} {rider.split()[-1]}:", 9.4)
    p.para(f"El Plan recibió una reclamación de {clinic} por su visita con la Dra. {doc} el {es_date(visit)} "
           f"(cargo {usd(amt)}). El Plan no la pagó porque usted no tenía cobertura en junio de 2026.", 9.2)
    p.para("La cobertura de junio depende de las horas de despacho de abril: las horas en que usted estuvo conectada "
           "a un turno en el sistema de despacho de una empresa que aporta al Plan. Se necesitan 90 horas en el mes, "
           "sumando todas las empresas. Sus empresas informaron:", 9.2)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Empresa", "Grupo", "Horas de despacho, abril de 2026"],
                 [[GROUPS["61K207"], "61K207", "40.0"], [GROUPS["61T251"], "61T251", "31.5"],
                  ["Total de abril", "", "71.5"], ["Banco de horas al 31 de marzo", "", "12.0"],
                  ["Total disponible", "", "83.5"]],
                 [W * k / 100 for k in (50, 20, 30)], ["L", "L", "R"], size=8.6, bold_rows=(4,))
    p.para("Le faltaron 6.5 horas, aun usando todo su banco de horas, y por eso el Plan no pudo darle cobertura en "
           "junio.", 9.2)
    p.bullets([
        f"Autopago: puede mantener la cobertura de junio si paga $512.00 (plan {SELFPAY}) antes del 30 de junio de "
        "2026. Si paga, volveremos a procesar la reclamación.",
        "Si una empresa no informó todas sus horas, pídale que mande un informe corregido a la Oficina del Plan.",
        "Puede apelar ante la Junta de Fideicomisarios dentro de 180 días a partir de la fecha de este aviso. "
        f"Escriba al Comité de Apelaciones, {PLAN}, {ADDR[0]}, {ADDR[1]}.",
    ], size=8.8)
    sign(p, [signer, "Departamento de Elegibilidad", "Oficina del Plan"], close="Atentamente,", size=9.0)
    t = truth("denial_letter", "eligibility", insurer=PLAN, plan_id=PLAN_ID, group=g, member_id=m, member_name=rider,
              cases=[clm], claim_amount=m2(amt), service_dates=[iso(visit)], denial_date=iso(nd), provider=doc,
              appeal_deadline=iso(plus(nd, 180)), lang="es",
              alternates={"insurer": PLAN_ALT + ["Plan de Salud Velloway"], "provider": [clinic],
                          "member_id": [f"{m}-00"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxfine_appeal(rng):
    rider = "Caspian H. Asby"
    doc = "Leocadia N. Bampton"
    clinic = "Kirkoswald Sports Medicine"
    chair, adv = "Ambrose T. Winton", "Henrike S. Askham"
    m = mid(rng)
    g = "61T251"
    inj = dt.date(2026, 5, 5)
    first_den = dt.date(2026, 5, 27)
    filed = dt.date(2026, 6, 15)
    met = dt.date(2026, 7, 21)
    dd = dt.date(2026, 7, 23)
    clm = claim_no(rng)
    docket = f"AP-26{letter(rng)}{digits(rng, 3)}"
    amt = 1480.00
    tx = (f"{fax_date(plus(dd, 1))} 11:{rng.randint(10, 59)}  VELLOWAY PLAN OFFICE  206 555 {digits(rng, 4)}  "
          f"#{digits(rng, 4)}  P.{{n}}")
    p = EUSheet(footer="Page {n} of {nb}", tx=tx, run_hdr=f"Docket {docket}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(19, 16, 19)
    p.add_page()
    head_plan(p, rng, box="APPEAL DECISION")
    addr_block(p, [rider, "84 Ferrier Court", "Caldermouth, WA 98103"], 9.2)
    p.leader_right([("Docket", docket), ("Claim no.", clm), ("Member no.", m), ("Suffix", "00"),
                    ("Plan", PLAN_ID), ("Group", g), ("Treating physician", f"Dr. {doc}, DO, {clinic}"),
                    ("Date of service", slash(inj)), ("Amount in dispute", usd(amt)),
                    ("Medical policy", "VCR-MP-0412"), ("Decision date", slash(dd))], cap_w=30, size=8.8, cap=7.8)
    p.para(f"Dear {first_last(rider)}:", 9.4)
    p.para_cols([
        f"The Appeals Committee of the Board of Trustees decided your appeal on {the_of_c(dd)}, after hearing it at "
        f"its meeting of July 21, 2026. You asked the Trustees to pay for a platelet-rich plasma (PRP) injection "
        f"into the tendon below your right kneecap, given by Dr. {doc} on {long(inj)}. The Plan Office refused the "
        f"claim on {long(first_den)}, and you appealed on {long(filed)}.",
        "What the rules say: the Plan does not pay for treatment that is experimental or investigational, meaning "
        "treatment whose benefit for the condition has not been shown in well-designed studies. The Plan's medical "
        "policy on injections of blood products lists PRP for tendon problems as investigational.",
        "What the Committee found: your doctor's notes describe patellar tendinopathy from years of riding, treated "
        "with rest and therapy before the injection. The Plan's medical advisor, a sports medicine physician, "
        "reviewed the studies your doctor sent. They were small and their results did not agree, and none showed a "
        "lasting benefit over exercise therapy alone.",
        "Decision: the refusal is upheld. The Trustees note that the physical therapy you had for the same knee was "
        "paid, and that further therapy remains covered.",
    ], size=8.6)
    p.add_page()
    p.bar("Your rights", 9.0)
    p.para("This is the Trustees' final decision. You may ask for an external review by an independent review "
           "organization within four months after you receive this decision. You also have the right to bring a "
           "civil action under section 502(a) of ERISA. You may ask for free copies of every paper the Committee "
           "relied on, including the medical policy.", 9.0)
    p.ln(2)
    p.signers([chair, "Chair, Appeals Committee", "Board of Trustees"],
              [f"Dr. {adv}, MD", "Medical Advisor to the Trustees", "sports medicine"], size=8.6)
    p.para(f"cc: Dr. {doc}, DO, {clinic}; {GUILD}", 8.0)
    t = truth("denial_letter", "experimental", insurer=PLAN, plan_id=PLAN_ID, group=g, member_id=m,
              member_name=rider, cases=[docket, clm], claim_amount=m2(amt), service_dates=[iso(inj)],
              denial_date=iso(dd), provider=doc, appeal_deadline=None,
              alternates={"insurer": PLAN_ALT, "provider": [clinic], "case_numbers": [[docket], [clm]],
                          "member_id": [f"{m}-00"]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photo_level(rng):
    rider = "Marit A. Pooley"
    surgeon = "Idunn C. Hutton"
    hosp = "Caldermouth General Hospital"
    ortho = "Pierhead Orthopedics"
    rev = "Octave L. Brathay"
    m = mid(rng)
    g = "61K207"
    a, b = dt.date(2026, 6, 15), dt.date(2026, 6, 16)
    ld = dt.date(2026, 6, 29)
    clm = claim_no(rng)
    amt = 14380.00
    p = EUSheet(footer="Page {n} of {nb}", footer_left=f"CBA-LOC-3  \u00b7  {slash(ld)}")
    p.set_margins(20, 16, 20)
    p.add_page()
    head_admin(p, rng)
    p.f(9.6)
    p.cell(0, 5, md_ord(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    addr_block(p, [rider, "915 Derailleur Street", "Caldermouth, WA 98117"], 9.4)
    p.stair([("Matter", clm), ("Member no. / suffix", f"{m} / 00"), ("Plan", PLAN_ID), ("Group", g)],
            indent=10, ncol=4, size=9.0, cap=7.2)
    p.subject_line("Your hospital stay was paid as outpatient surgery")
    p.para(f"Dear {first_last(rider)}:", 9.6)
    p.para(f"When you saw Dr. {surgeon} at {ortho} after your fall on the bike path, she found a break in the small "
           f"scaphoid bone of your left wrist and repaired it with a screw at {hosp} on {long(a)}. You stayed in the "
           f"hospital that night and went home the next day, {long(b)}.", 9.4)
    p.para(f"The hospital billed the surgery and the night as an inpatient stay, {usd(amt)} in all. We reviewed the "
           "records. This surgery is done as outpatient surgery, with the patient going home the same day, unless "
           "there is a medical reason to stay. The records show that your pain was controlled and that you were "
           "stable after surgery, and they give no reason for an inpatient admission.", 9.4)
    p.para("What we decided: the Plan pays the surgery, the anesthesia and the recovery room at the outpatient level. "
           "The Plan does not pay the inpatient room and board for the night of June 15. Because the hospital is in "
           f"the {NETWORK}, it may not bill you for the difference.", 9.4)
    p.para("Our physician reviewer, a hand surgeon, made this decision. You or your doctor may ask to talk with the "
           "reviewer.", 9.4)
    p.bar("If you disagree", 9.0)
    p.para(f"You may appeal within 180 days of the date of this letter. Write to the Appeals Committee, {PLAN}, "
           f"{ADDR[0]}, {ADDR[1]}, and send any records that show why you needed to stay.", 9.2)
    sign(p, [f"Dr. {rev}, MD", "Physician Reviewer", ADMIN], size=9.0)
    t = truth("denial_letter", "level_of_care", insurer=ADMIN, plan_id=PLAN_ID, group=g, member_id=m,
              member_name=rider, cases=[clm], claim_amount=m2(amt), service_dates=[f"{iso(a)}/{iso(b)}"],
              denial_date=iso(ld), provider=hosp, appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": ADMIN_ALT, "provider": [surgeon, ortho],
                          "service_dates": [[iso(a)], [iso(a), iso(b)]], "member_id": [f"{m}/00", f"{m}-00"]},
              denial_alternates=["medical_necessity"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_notice(rng):
    rider, daughter = "Kofi B. Langdale", "Efua M. Langdale"
    signer = "Marisa T. Elterwater"
    m = mid(rng)
    g = "61K207"
    nd = dt.date(2026, 7, 8)
    notice = f"EL-26-{digits(rng, 5)}"
    p = EUSheet(footer=None, footer_left=f"Notice no. {notice}  \u00b7  issued {slash(nd)}")
    p.set_margins(20, 16, 20)
    p.add_page()
    head_plan(p, rng, box="NOTICE OF ELIGIBILITY")
    p.f(9.6)
    p.cell(0, 5, md_ord(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    addr_block(p, [rider, "66 Chainstay Lane", "Caldermouth, WA 98144"], 9.4)
    p.para(f"Dear {first_last(rider)}:", 9.6)
    p.para("You have coverage for August 2026. Your June dispatch hours were more than the 90 hours the Plan asks "
           "for, so you, and your daughter as your dependant, are covered for every day of August.", 9.4)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Company", "Group", "Dispatch hours, June 2026"],
                 [[GROUPS["61K207"], "61K207", "58.5"], [GROUPS["61M233"], "61M233", "45.0"],
                  ["Total for June", "", "103.5"], ["Needed for August coverage", "", "90.0"],
                  ["Added to your hour bank", "", "13.5"], ["Hour bank after June", "", "40.5"]],
                 [W * k / 100 for k in (50, 20, 30)], ["L", "L", "R"], size=8.8, bold_rows=(2,))
    p.leader_right([("Member ID", m), ("Plan", PLAN_ID), ("Group (home company)", g),
                    ("Members covered", f"00 {rider};  01 {daughter}")], cap_w=40, size=9.0, cap=8.0)
    p.para("Your ID card has not changed. Show it at every visit. Doctors, clinics and hospitals in the "
           f"{NETWORK} cost you the least.", 9.2)
    p.para("Your hour bank can fill a short month later, up to 270 hours. If your hours and your bank together fall "
           "below 90 for a month, we will write to you about self-payment before your coverage stops.", 9.2)
    p.para(f"If any hours are missing, ask your company to send a corrected report to the Plan Office, or call the "
           f"{GUILD}.", 9.2)
    sign(p, [signer, "Eligibility Department", "Plan Office"], size=9.2)
    t = truth("other", None, insurer=PLAN, plan_id=PLAN_ID, group=g, member_id=m, member_name=rider, cases=[],
              claim_amount=None, service_dates=[], denial_date=iso(nd), provider=None, appeal_deadline=None,
              alternates={"insurer": PLAN_ALT, "case_numbers": [[notice]], "member_id": [f"{m}-00"]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    f = FAMILY
    eob = bd_eob(rng)
    remit = faxstd_remit(rng)
    cover, stack_docs = faxstd_stack(rng)
    es = photocopy_es(rng)
    appeal = faxfine_appeal(rng)
    level = photo_level(rng)
    notice = bd_notice(rng)
    return [
        Item(f"{f}_bd_eob_massage_code_mx_page_two_coverage_box", "born_digital", [eob]),
        Item(f"{f}_faxstd_remit_late_pt_claim_co29", "fax_standard_g4", [remit]),
        Item(f"{f}_faxstd_stack_dispatch_pad_two_letters", "fax_standard_g4", stack_docs, separators=[cover, None]),
        Item(f"{f}_photocopy_es_horas_de_despacho", "photocopy", [es]),
        Item(f"{f}_faxfine_appeal_prp_knee_docket", "fax_fine_g4", [appeal]),
        Item(f"{f}_photo_overnight_stay_outpatient_level", "phone_photo", [level]),
        Item(f"{f}_bd_notice_of_eligibility_august", "born_digital", [notice]),
    ]
