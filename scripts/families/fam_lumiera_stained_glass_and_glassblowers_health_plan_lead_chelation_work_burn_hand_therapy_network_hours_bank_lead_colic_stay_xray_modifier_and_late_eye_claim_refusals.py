"""An invented health plan for stained-glass artisans, leaded-glass restorers, glassblowers and studio crews: a
multiemployer trust fund's self-funded plan (Lumiera Health Plan, the plan of the Leadlight & Hot Glass Trades Health
Fund) whose claims and appeals a separate company handles (Wyckmere Benefit Administrators, LLC). Its members cut and
grind glass, solder lead came, work at glory holes and kilns: burns, cuts and tendon injuries, glass flecks in the
eye, lead in the blood. Eligibility runs on an hours bank: 300 hours reported by studios in a work quarter buy the
benefit quarter that starts a month after it. Work injuries go to workers' compensation first.

Everything is invented: the plan, the fund, the administrator, the studios, every member, provider, insurer, number
(member IDs "LUM" + eight digits, claim numbers "W26-" + seven digits, prior approval numbers "PA-26-" + five digits),
address and time limit; phones use 555. CPT/HCPCS/CARC codes appear as themselves.

Documents (8 in 7 files):
- born_digital: two-page refusal of oral chelation for a restorer's blood lead of 34 (not medically necessary);
  identifiers in a mid-grey reverse-printed bar; an example date in the appeal boilerplate.
- fax_standard_g4: two-page provider payment statement to a burn clinic in claim blocks (claim number, patient,
  member number); one patient's glory-hole burn refused with codes explained on page 2, the workers' compensation
  carrier's claim number printed under it; another claim carries a subrogation file number.
- fax_standard_g4 stack: the plan's fax cover to a union business office, a refusal of hand therapy at an
  out-of-network clinic (page 2 upside down), and an approval of safety eyewear reimbursement (denies nothing).
- scan_clean_300: refusal of a doctor's visit after coverage ended on the hours bank (hours table, values over
  captions, identifiers on dark tabs).
- fax_fine_g4: refusal of the inpatient level of a stay for lead colic (observation instead), a workers'
  compensation carrier's claim number and denial date as decoys, identifiers in a grey strip.
- phone_photo: Spanish explanation of benefits: three claims for a hand cut, the X-ray reading refused with a code
  explained under the table.
- scan_lowres_150: refusal of an eye doctor's late claim (values before their captions, running footer).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundep_fampa import (PASheet, apos, caps_short, day_long, digits, dmy0, dmy_abbr, dotted, es_abbr, es_date,
                               es_wday, iso, long, mdy_dash, n2, plain_cover, plus, short, slash, upper, usd,
                               wday_long, ymd_dots)
from public_kit import m2, out, truth

FAMILY = ("lumiera_stained_glass_and_glassblowers_health_plan_lead_chelation_work_burn_hand_therapy_network_"
          "hours_bank_lead_colic_stay_xray_modifier_and_late_eye_claim_refusals")
LANG = "en"
SEED = 355150
PLAN = "Lumiera Health Plan"
FUND = "Leadlight & Hot Glass Trades Health Fund"
TPA = "Wyckmere Benefit Administrators, LLC"
INS_ALT = ["Lumiera", FUND, "Leadlight and Hot Glass Trades Health Fund", TPA, "Wyckmere Benefit Administrators"]
GROUP = "LH-1100"
PCODE = "SG-2"
ADDR = "P.O. Box 6610, Harrow Quay, OH 43216"
RIGHT = ["Member Services 1-888-555-0176", "Mon\u2013Fri 8:00\u20136:00 ET", "Claims fax 1-888-555-0179", ADDR]
RIGHT_ES = ["Servicios al Miembro 1-888-555-0176", "lunes a viernes, 8:00 a 6:00 ET", "Fax 1-888-555-0179", ADDR]
LEGAL = (f"{PLAN} is the self-funded health plan of the {FUND}, a multiemployer trust governed by its Board of "
         f"Trustees. {TPA} processes claims and appeals for the Fund and does not insure its benefits.")
LEGAL_ES = (f"{PLAN} es el plan de salud autofinanciado del {FUND}, un fideicomiso de varios empleadores. {TPA} "
            "tramita los reclamos y las apelaciones del Fondo y no asegura sus beneficios.")


def mid_of(rng) -> str:
    return "LUM" + digits(rng, 8)


def claim_of(rng) -> str:
    return "W26-" + digits(rng, 7)


def head(p: PASheet, es: bool = False):
    if es:
        p.brand_mast("Lumiera", FUND, ["Plan de salud para artesanos del vitral, sopladores de vidrio y sus "
                                       "talleres"], RIGHT_ES, mark="lattice", spacing=2.8)
    else:
        p.brand_mast("Lumiera", FUND, ["Health plan for stained-glass artisans, glassblowers and studio crews"],
                     RIGHT, mark="lattice", spacing=2.8)


def erisa_rights(p: PASheet, size: float = 8.8, stated: dt.date | None = None):
    if stated:
        first = (f"**Your appeal must reach us by {long(stated)}.** ")
    else:
        first = "**You must appeal within 180 days of the date of this letter.** "
    p.para(first + "Write to Lumiera Health Plan Appeals, c/o Wyckmere Benefit Administrators, " + ADDR + ", or fax "
           "1-888-555-0179. Say why you disagree and send anything that supports your appeal. You may ask for free "
           "copies of everything we used, including the plan rule and any clinical guideline. The Board of "
           "Trustees decides appeals at its next quarterly meeting.", size)
    p.para("If your care is urgent, ask for an expedited appeal; we will decide it within 72 hours. After the "
           "Trustees' decision you may ask for an external review by an independent review organization within 4 "
           "months, and you may bring a civil action under section 502(a) of the Employee Retirement Income "
           "Security Act (ERISA).", size - 0.4)


# ------------------------------------------------------------------------------------------------------------------
def bd_chelation(rng):
    mem = "Isolde N. Farquharson"
    mid = mid_of(rng)
    pa = "PA-26-" + digits(rng, 5)
    CLIN = "Kestrel Bay Occupational Health"
    DOC = "Saoirse L. Delacourt"
    STUDIO = "Brightwater Glass Conservators"
    rcv = dt.date(2026, 4, 16)
    lab1, lab2 = dt.date(2026, 3, 30), dt.date(2026, 4, 13)
    nd = dt.date(2026, 4, 21)
    start = dt.date(2026, 4, 27)
    p = PASheet(footer="Page {n} of {nb}", legal=LEGAL,
                run_hdr=f"Lumiera Health Plan  \u00b7  {mem}  \u00b7  request {pa}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(17, 14, 17)
    p.add_page()
    head(p)
    p.rev_band([("Member ID", mid), ("Group", GROUP), ("Plan", PCODE), ("Request no.", pa),
                ("Letter date", dmy_abbr(nd))], widths=[0.22, 0.14, 0.12, 0.24, 0.28], shade=105, cap_grey=235)
    W = p.w - p.l_margin - p.r_margin
    for ln in [mem, "38 Mullion Street", "Harrow Quay, OH 43207"]:
        p.line(ln, 10.2)
    p.ln(3)
    p.f(13.6, "B")
    p.multi_cell(W, 6.6, "Notice of Adverse Benefit Determination: prior approval request", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(1)
    yb = p.kv_box([("Medicine asked for", "Succimer 100 mg capsules (oral chelation), 19-day course"),
              ("Asked for by", f"{CLIN} - Dr. {DOC}"),
              ("Start date asked for", slash(start)),
              ("Request received", f"{apos(rcv)} (fax)"),
              ("Pharmacy", "Fenwick Specialty Pharmacy, Rx 6604418"),
              ("Decision", "Not approved")], x=p.l_margin, y=p.get_y(), w=W, cap_w=40, size=8.8)
    p.set_y(yb + 3)
    p.para(f"Dear {mem}:", 10)
    p.para(f"Dr. {DOC} asked us to approve oral chelation treatment with succimer for the lead found in your blood. "
           "We reviewed the request and your records. **We cannot approve this medicine because it is not "
           "medically necessary for you at this time.**", 9.8)
    p.heading("Why we made this decision", 10.6, gap=0.6)
    p.para(f"Your blood lead level was 34 micrograms per deciliter on {slash(lab1)} and 31 on {slash(lab2)} "
           "(laboratory accession LB-0413-2291). Lumiera's coverage rule for chelation (clinical policy CP-TOX-04) "
           "covers it for adults whose blood lead is 80 or higher, or 50 or higher with symptoms of lead poisoning "
           "such as belly pain, anemia or nerve damage. Your records show no such symptoms, and your level went "
           "down after you stopped soldering came at the workbench in March. For levels like yours, the first "
           "treatment is to remove the source of lead and test again.", 9.4)
    p.para("A doctor board-certified in occupational medicine, Dr. Torquil Ambrose-Hale, reviewed this request.",
           9.2)
    p.add_page()
    p.ln(1)
    p.heading("What the plan covers instead", 10.6, gap=0.6)
    p.bullets(["A repeat blood lead test and zinc protoporphyrin test in 4 weeks, and monthly after that while "
               "your level is above 20, with no cost to you.",
               f"A workplace visit by the Fund's safety hygienist to your studio, {STUDIO}, to check the fume "
               "extraction at the soldering bench (call 1-888-555-0171).",
               "If your level rises again or you develop symptoms, your doctor can send a new request at any "
               "time."], 9.2)
    p.heading("Your right to appeal", 10.6, gap=0.6)
    erisa_rights(p, 8.9)
    p.para("Example: a letter dated January 9, 2026 can be appealed through July 8, 2026.", 8.2)
    p.heading("Questions", 10.4, gap=0.6)
    p.para("Call Member Services at 1-888-555-0176. Ask for language help at no cost.", 8.8)
    p.signoff(["Sincerely,", "", "Utilization Review Department", f"{TPA}, claims administrator for {PLAN}"], 9.2)
    p.para(f"cc: {CLIN} - Dr. {DOC} (NPI 1730582264)", 7.8)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, plan_id=PCODE, group=GROUP, member_id=mid,
              member_name=mem, cases=[pa], service_dates=[iso(start)], denial_date=iso(nd), provider=DOC,
              appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": INS_ALT, "provider": [CLIN], "service_dates": [[]]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_burn_statement(rng):
    PAYEE = "Orrin Falls Burn & Wound Clinic"
    stmt = dt.date(2026, 5, 15)
    chk = "CHK 00" + digits(rng, 6)
    KEL, WREN, ALM = "Dr. Ambrose T. Keliher", "Wren Castellanos, PA-C", "Dr. Yusuf Almeida-Crane"
    # (patient, dos, rendering, lines [(code, mod, units, charge, allowed, member share, paid, remark)], sub)
    claims = [
        ("AMBLECOTE, PERSIS W", dt.date(2026, 4, 6), KEL,
         [("99213", "", 1, 168.00, 112.40, 25.00, 87.40, "CO-45")], []),
        ("BRAITHWAITE, CONAN E", dt.date(2026, 4, 8), WREN,
         [("16020", "", 1, 236.00, 161.20, 32.24, 128.96, "CO-45"),
          ("99212", "25", 1, 118.00, 74.90, 0.00, 74.90, "CO-45")], []),
        ("DELACROIX-FENN, MARIT A", dt.date(2026, 4, 13), ALM,
         [("97597", "", 1, 248.00, 171.30, 34.26, 137.04, "CO-45")],
         ["Subrogation file SUB-26-00714 opened (third-party liability: studio landlord's insurer); paid subject "
          "to the Fund's right of reimbursement"]),
        ("GILLINGHAM, ROSCOE T", dt.date(2026, 4, 15), KEL,
         [("99214", "", 1, 224.00, 151.80, 25.00, 126.80, "CO-45"),
          ("16020", "", 1, 236.00, 161.20, 32.24, 128.96, "CO-45")], []),
        ("STRACHAN, JOLYON B", dt.date(2026, 4, 22), WREN,
         [("16025", "", 1, 410.00, 0.00, 0.00, 0.00, "CO-19 W4"),
          ("99203", "25", 1, 168.00, 0.00, 0.00, 0.00, "CO-19 W4")],
         ["Other payer: Gannet Point Casualty Co. (workers' compensation)  \u00b7  WC claim GPC-WC-26-118842  "
          "\u00b7  employer Harrow Quay Hot Glass Co-op  \u00b7  date of injury 04/21/26"]),
        ("TAVISTOCK, ODALYS R", dt.date(2026, 4, 27), ALM,
         [("97597", "", 1, 248.00, 171.30, 34.26, 137.04, "CO-45"),
          ("A6021", "", 4, 58.00, 39.20, 0.00, 39.20, "CO-45")], []),
        ("VOLKOVA-REID, SEFTON J", dt.date(2026, 4, 29), KEL,
         [("99213", "", 1, 168.00, 112.40, 25.00, 87.40, "CO-45 PR-3")], []),
        ("WAINWRIGHT, HESTER M", dt.date(2026, 5, 1), WREN,
         [("16020", "", 1, 236.00, 161.20, 32.24, 128.96, "CO-45 PR-2")], []),
    ]
    blocks, den = [], None
    tc = tp = 0.0
    for pt, dos, rend, lines, extra in claims:
        mid = mid_of(rng)
        cn = claim_of(rng)
        rows = []
        for code, mod, u, c, a, ms, pd, rm in lines:
            rows.append([f"{short(dos)}", code, mod, str(u), n2(c), n2(a), n2(ms), n2(pd), rm])
            tc += c
            tp += pd
        cc = sum(x[3] for x in lines)
        blocks.append({"top": f"{cn}   {pt}   {mid}   GRP {GROUP}",
                       "lines": rows,
                       "sub": [f"Rendering {rend}  \u00b7  billed {n2(cc)}  \u00b7  paid {n2(sum(x[6] for x in lines))}"]
                       + extra})
        if pt.startswith("STRACHAN"):
            den = (cn, mid, dos, cc)
    head_cols = ["DATE", "CODE", "MOD", "UNITS", "CHARGE", "ALLOWED", "MEMBER SHARE", "PAID", "REMARKS"]
    widths = [20, 17, 12, 12, 22, 22, 24, 22, 35]
    aligns = ["L", "L", "L", "R", "R", "R", "R", "R", "L"]
    p = PASheet(footer="Page {n} of {nb}", legal=LEGAL,
                fax_hdr=f"{stmt.strftime('%m/%d/%Y')} 07:15 FAX WYCKMERE BENEFIT ADMIN 18885550179 -> ORRIN FALLS "
                        "BURN CLINIC   PAGE {n}",
                run_hdr=f"Provider payment statement  \u00b7  {PAYEE}  \u00b7  {dmy0(stmt)}  \u00b7  page {{n}}")
    p.set_margins(12, 13, 12)
    p.add_page()
    head(p)
    W = p.w - p.l_margin - p.r_margin
    p.f(12.5, "B")
    p.cell(0, 6, "Provider Payment Statement", new_x="LMARGIN", new_y="NEXT")
    y0 = p.get_y() + 1
    p.set_xy(p.l_margin, y0)
    p.f(8.6)
    for ln in [PAYEE, "Billing Department", "1400 Furnace Hill Road, Building C", "Orrin Falls, OH 43066",
               "Billing NPI 1962037418  \u00b7  TIN 31-4470926"]:
        p.cell(W * 0.5, 4.0, ln, new_x="LMARGIN", new_y="NEXT")
    yl = p.get_y()
    p.kv_box([("Date issued", long(stmt)), ("Check", f"{chk}   ${tp:,.2f}"), ("Payer", PLAN),
              ("Paid by", TPA)], x=p.l_margin + W * 0.46, y=y0, w=W * 0.54, cap_w=24, size=8.0)
    p.set_xy(p.l_margin, max(yl, y0 + 27) + 3)
    p.f(7.6)
    p.multi_cell(W, 3.6, "Each claim opens with our claim number, the patient and the member number. Member share is "
                 "what the member may be billed. Remark codes are listed at the end of this statement.",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.claim_blocks(head_cols, widths, aligns, blocks[:5], size=7.2)
    p.add_page()
    p.claim_blocks(head_cols, widths, aligns, blocks[5:], size=7.2, heads=False)
    p.money_line([("Charges on this statement", n2(tc)), ("Amount of this check", f"${tp:,.2f}")],
                 p.l_margin + W * 0.5, W * 0.5, 8.6)
    p.legend_cols("Remark codes", [
        ("CO-45", "Charge exceeds the Fund's allowed amount. Do not bill the member for the difference."),
        ("PR-2", "Coinsurance: the member's share."),
        ("PR-3", "Copay: the member's share."),
        ("CO-19", "Work-related injury or illness: the workers' compensation carrier is responsible."),
        ("W4", "Injury at work. The plan does not pay for a job-related injury or illness. Bill the workers' "
               "compensation carrier shown under the claim. If that carrier denies the claim, send us its denial "
               "and we will review the claim again."),
        ("S9", "Paid subject to the Fund's right of reimbursement from a third party.")], cols=2, size=7.2)
    p.para("**Review of a claim.** To ask us to review how a claim was paid, write within 180 days of the date of "
           f"this statement to Provider Appeals, {TPA}, {ADDR}. Include the claim number and any records.", 7.8)
    p.para(f"Fund office: {FUND}, 210 Cathedral Glass Way, Harrow Quay, OH 43207.  Provider line 1-888-555-0174.",
           7.4)
    cn, mid, dos, cc = den
    t = truth("eob", "other", insurer=PLAN, group=GROUP, member_id=mid, member_name="Jolyon B. Strachan", cases=[cn],
              claim_amount=m2(cc), service_dates=[iso(dos)], denial_date=iso(stmt), provider="Wren Castellanos",
              appeal_deadline=iso(plus(stmt, 180)),
              alternates={"insurer": INS_ALT, "provider": [PAYEE]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    mem = "Caspian R. Threlkeld"
    mid = mid_of(rng)
    cn = claim_of(rng)
    rb = "RB-26-" + digits(rng, 5)
    HT = "Ridgeford Hand Therapy"
    OT = "Carys M. Lindqvist"
    OPT = "Larkspur Optical"
    OPN = "Benedikt Aramayo"
    visits = [dt.date(2026, 4, 6), dt.date(2026, 4, 10), dt.date(2026, 4, 17), dt.date(2026, 4, 24)]
    per = [("97165", "Occupational therapy evaluation", 274.50), ("97530", "Therapeutic activities (3 units)", 274.50),
           ("97530", "Therapeutic activities (3 units)", 274.50), ("97140", "Manual therapy, splint check", 274.50)]
    amt = sum(x[2] for x in per)
    rcv = dt.date(2026, 5, 4)
    nd = dt.date(2026, 5, 19)
    dl = plus(nd, 180)
    buy = dt.date(2026, 5, 2)
    cover = plain_cover(["Lumiera Health Plan \u00b7 Member Advocate Desk", f"c/o {TPA}", ADDR,
                         "Fax 1-888-555-0179"],
                        "Harrow Quay Glassworkers Local 12, business office", "1-555-016-2284",
                        "Aurelie Nwachukwu-Brandt, member advocate", "1-888-555-0172", short(nd),
                        "4 with cover", f"{mem} - claim letter and eyewear reimbursement",
                        ["As Caspian asked on the phone, here are copies of the two letters we mailed him today.",
                         "The therapy letter explains how to appeal. Call me with questions. - A.N.B."],
                        [("Urgent", False), ("Copies as requested", True), ("Please reply", False)])
    # --- doc 1: out-of-network hand therapy ---
    p = PASheet(footer="Page {n} of {nb}", legal=LEGAL)
    p.set_margins(17, 14, 17)
    p.add_page()
    head(p)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.f(9.6)
    p.cell(W * 0.46, 5, long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    for ln in [mem, "9 Pontil Row", "Harrow Quay, OH 43209"]:
        p.line(ln, 10.2)
    yl = p.get_y()
    yr = p.tab_pairs([("Member ID", mid), ("Group", GROUP), ("Claim no.", cn), ("Claim received", dotted(rcv))],
                     x=p.l_margin + W * 0.5, y=y0, w=W * 0.5, tab_w=28, size=9.0)
    p.set_xy(p.l_margin, max(yl, yr) + 4)
    p.f(13.6, "B")
    p.cell(0, 7, "We cannot pay this claim", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dear {mem}:", 10)
    p.para(f"We received a claim from {HT} - {OT}, OTR/L, CHT, for hand therapy after the tendon repair in your "
           f"left hand. **We denied the claim because {HT} is not in the Lumiera network.**", 9.8)
    p.table(["Date of visit", "Code", "Service", "Charge"],
            [[slash(d), c, s, n2(a)] for d, (c, s, a) in zip(visits, per)] + [["", "", "Total charge", usd(amt)]],
            [34, 20, 92, 34], size=8.8, aligns=["L", "L", "L", "R"], bold_last=True)
    p.heading("Why we made this decision", 10.6, gap=0.6)
    p.para("Your plan (Lumiera Studio Plan) pays only for care from providers in the Lumiera network, except "
           "emergency care and care we approve ahead of time because no network provider can give it. Hand therapy "
           "after a tendon repair is available in the network. Three certified hand therapists see Lumiera members "
           "within 20 miles of your home:", 9.4)
    p.bullets(["Quayside Rehabilitation - Ottoline Marsh-Iwu, OTR/L, CHT, 1-555-016-7310",
               "Harrow Quay Hand Center - Dr. Piers Lanyon-Achebe and therapy staff, 1-555-016-4402",
               "Glassworks Therapy Partners, Orrin Falls, 1-555-016-9957"], 8.8)
    p.add_page()
    p.ln(1)
    p.para("You may owe the full charge to Ridgeford Hand Therapy. If you need more therapy, call us first and we "
           "will help you move your care to a network therapist. If you believe no network therapist could see "
           "you in time, tell us in your appeal.", 9.4)
    p.heading("How to appeal", 10.6, gap=0.6)
    erisa_rights(p, 8.9, stated=dl)
    p.signoff(["Sincerely,", "", "Claims Review Unit", f"{TPA}, for {PLAN}"], 9.2)
    p.para(f"Copy: {HT} (provider account RHT-4471)", 7.8)
    t1 = truth("denial_letter", "out_of_network", insurer=PLAN, group=GROUP, member_id=mid, member_name=mem,
               cases=[cn], claim_amount=m2(amt), service_dates=[iso(d) for d in visits], denial_date=iso(nd),
               provider=HT, appeal_deadline=iso(dl), alternates={"insurer": INS_ALT, "provider": [OT]})
    # --- doc 2: eyewear reimbursement approved ---
    q = PASheet(footer="Page {n} of {nb}", legal=LEGAL)
    q.set_margins(18, 14, 18)
    q.add_page()
    head(q)
    q.rev_band([("Member ID", mid), ("Group", GROUP), ("Reimbursement no.", rb), ("Date", slash(nd))], shade=50)
    for ln in [mem, "9 Pontil Row", "Harrow Quay, OH 43209"]:
        q.line(ln, 10.2)
    q.ln(3)
    q.f(13.6, "B")
    q.cell(0, 7, "Your safety eyewear reimbursement is approved", new_x="LMARGIN", new_y="NEXT")
    q.ln(1)
    q.para(f"Dear {mem}:", 10)
    q.para(f"We received your request to be paid back for prescription glassblowing safety glasses (shade 5 "
           f"infrared lenses with side shields) that you bought from {OPT} on {long(buy)}. **We approved your "
           "request in full.**", 9.8)
    q.form_grid([[(f"{OPT} - {OPN}, optician", "where you bought them", 0.6), (slash(buy), "date bought", 0.4)],
                 [(usd(168.00), "amount on your receipt", 0.34), ("$168.00", "amount we will pay you", 0.33),
                  ("200.00", "your allowance every 24 months", 0.33)]], size=9.2)
    q.para("A check for $168.00 will be mailed to you within 10 business days. Your next safety eyewear allowance "
           "is available 24 months after the date you bought these glasses.", 9.4)
    q.para("This letter approves everything you asked for. Keep it with your receipt.", 9.0)
    q.signoff(["Sincerely,", "", "Member Reimbursements", f"{TPA}, for {PLAN}"], 9.2)
    t2 = truth("other", None, insurer=PLAN, group=GROUP, member_id=mid, member_name=mem, cases=[rb],
               claim_amount="168.00", service_dates=[iso(buy)], denial_date=iso(nd), provider=OPT,
               appeal_deadline=None,
               alternates={"insurer": INS_ALT, "provider": [OPN], "service_dates": [[]], "case_numbers": [[]]})
    return cover, [(out(p), t1), (out(q), t2)]


# ------------------------------------------------------------------------------------------------------------------
def scanclean_hours_bank(rng):
    mem = "Anselm K. Overbeck"
    mid = mid_of(rng)
    cn = claim_of(rng)
    CLIN = "Glasswright Family Medicine"
    DOC = "Anneliese Okafor-Brandt"
    dos = dt.date(2026, 5, 12)
    rcv = dt.date(2026, 5, 21)
    ended = dt.date(2026, 4, 30)
    nd = dt.date(2026, 6, 2)
    lines = [("99214", "Office visit", 196.00), ("83655", "Lead, blood", 40.00)]
    amt = sum(x[2] for x in lines)
    p = PASheet(footer="Page {n} of {nb}", legal=LEGAL)
    p.set_margins(17, 14, 17)
    p.add_page()
    head(p)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.f(9.6)
    p.cell(W * 0.45, 5, day_long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    for ln in [mem, "1420 Marver Lane", "Saint Ives Crossing, OH 43085"]:
        p.line(ln, 10.2)
    yl = p.get_y()
    yr = p.tab_pairs([("Member ID", mid), ("Group", GROUP), ("Claim no.", cn)], x=p.l_margin + W * 0.52, y=y0,
                     w=W * 0.48, tab_w=24, size=9.0, shade=30)
    p.set_xy(p.l_margin, max(yl, yr) + 4)
    p.f(13.4, "B")
    p.multi_cell(W, 6.6, "Claim denied: you were not covered on the date of service", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(1.5)
    p.form_grid([[(f"{CLIN} - Dr. {DOC}", "provider", 0.64), (mdy_dash(dos), "date of service", 0.19),
                  (f"{n2(amt)}", "charges", 0.17)],
                 [(f"{short(rcv)}", "claim received", 0.25), (long(ended), "last day of coverage", 0.39),
                  ("Not paid", "decision", 0.36)]], size=8.8)
    p.para(f"Dear {mem}:", 10)
    p.para(f"We received a claim from {CLIN} for your visit with Dr. {DOC} on {long(dos)} ({usd(amt)}). We did not "
           "pay it because your coverage under the Lumiera Health Plan ended on April 30, 2026.", 9.6)
    p.heading("How your coverage is earned", 10.4, gap=0.6)
    p.para("Studios that employ you report your hours to the Fund each month. You keep coverage for a benefit "
           "quarter when studios report at least 300 hours for you in the work quarter that ends one month before "
           "it. Hours above 300 go into your hours bank and can fill a short quarter later. The Fund's records "
           "show these hours for the work quarter that decides coverage for May, June and July 2026:", 9.2)
    p.table(["Work month", "Kilnhouse Glass Studio (acct 2207)", "Saint Ives Leaded Glass (acct 4410)", "Total"],
            [["January 2026", "62.0", "26.0", "88.0"], ["February 2026", "58.0", "34.0", "92.0"],
             ["March 2026", "40.0", "31.0", "71.0"], ["Quarter", "160.0", "91.0", "251.0"],
             ["Hours bank on 03/31/2026", "", "", "0.0"], ["Needed for coverage", "", "", "300.0"]],
            [42, 52, 52, 30], size=8.4, aligns=["L", "R", "R", "R"], bold_last=True)
    p.para("Your studios reported 251 hours and your hours bank was empty, so you did not earn coverage for May "
           "through July. We mailed a notice of this on April 10, 2026.", 9.2)
    p.heading("Ways to keep or get back coverage", 10.4, gap=0.6)
    p.bullets(["Self-payment: you may pay $612.00 a month to continue coverage from May 1, 2026. Your election "
               "form must reach the Fund office by June 30, 2026.",
               "If a studio did not report all of your hours, ask it to send a corrected report. If the corrected "
               "hours reach 300, we will pay this claim."], 9.0)
    p.heading("If you disagree", 10.4, gap=0.6)
    erisa_rights(p, 8.6)
    p.signoff(["Sincerely,", "", "Eligibility and Claims", f"{TPA}, for {PLAN}"], 9.0)
    t = truth("denial_letter", "eligibility", insurer=PLAN, group=GROUP, member_id=mid, member_name=mem, cases=[cn],
              claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(nd), provider=CLIN,
              appeal_deadline=iso(plus(nd, 180)), alternates={"insurer": INS_ALT, "provider": [DOC]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxfine_lead_colic(rng):
    mem = "Ottilie S. Brankovic"
    mid = mid_of(rng)
    cn = claim_of(rng)
    ur = "UR-26-" + digits(rng, 5)
    HOSP = "St. Brendan's Hospital of Harrow Quay"
    DOC = "Fintan G. Ravenscroft"
    a0, a1 = dt.date(2026, 4, 2), dt.date(2026, 4, 5)
    wc_den = dt.date(2026, 4, 20)
    nd = dt.date(2026, 5, 6)
    dl = plus(nd, 180)
    amt = 14862.40
    p = PASheet(footer="Page {n} of {nb}", legal=LEGAL)
    p.set_margins(17, 14, 17)
    p.add_page()
    head(p)
    W = p.w - p.l_margin - p.r_margin
    p.grey_strip([("Member ID", mid), ("Claim no.", cn), ("Date of notice", long(nd))], shade=130)
    for ln in [mem, "606 Came Street, Unit 2", "Harrow Quay, OH 43206"]:
        p.line(ln, 10.2)
    p.ln(3)
    p.f(13.4, "B")
    p.multi_cell(W, 6.6, "Notice of Adverse Benefit Determination: level of care for a hospital stay",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.over_boxes([(HOSP, "Hospital", W * 0.42), (f"Dr. {DOC}", "Attending doctor", W * 0.32),
                  (ur, "Review no.", W * 0.26)], size=8.8)
    p.over_boxes([(f"{slash(a0)} - {slash(a1)}", "Admitted - discharged", W * 0.42),
                  (usd(amt), "Hospital charges", W * 0.32), (GROUP, "Group", W * 0.26)], size=8.8)
    p.ln(1)
    p.para(f"Dear {mem}:", 10)
    p.para(f"{HOSP} billed us for your stay from {long(a0)} to {long(a1)}, when you were treated for belly pain "
           "caused by lead (lead colic). Our nurse reviewer and a physician reviewer read the hospital records. "
           "**We approved the first 24 hours as observation care. We denied the inpatient level of care for the "
           "stay.**", 9.6)
    p.heading("Why", 10.4, gap=0.6)
    p.para("Your pain was controlled by the second morning. Your blood counts, kidney tests and heart tracing were "
           "normal, and you were eating. The treatment you got after that (pain pills by mouth, fluids and a repeat "
           "lead level) could have been given as observation care or at a follow-up visit the next day. Under the "
           "plan's rules for hospital stays (Summary Plan Description, section 5.3), inpatient days are covered "
           "only when a person needs care that can be given safely only as an inpatient. The hospital will be paid "
           "the observation rate for the first 24 hours.", 9.2)
    p.other_cov("Workers' compensation", [("Carrier", "Tollan Ridge Mutual Insurance Co."),
                                           ("Its claim no.", "TRM-26-030417"),
                                           ("Its decision", f"denied {dmy0(wc_den)} (not a work illness)")],
                note="Because that carrier denied the claim, we reviewed this stay under your Lumiera plan.",
                size=8.2, w=W * 0.6)
    p.heading("Your right to appeal", 10.4, gap=0.6)
    erisa_rights(p, 8.5, stated=dl)
    p.signoff(["Sincerely,", "", "Utilization Review Department", f"{TPA}, claims administrator for {PLAN}"], 8.8)
    t = truth("denial_letter", "level_of_care", insurer=PLAN, group=GROUP, member_id=mid, member_name=mem,
              cases=[cn, ur], claim_amount=m2(amt), service_dates=[f"{iso(a0)}/{iso(a1)}"], denial_date=iso(nd),
              provider=HOSP, appeal_deadline=iso(dl),
              alternates={"insurer": INS_ALT, "provider": [DOC], "case_numbers": [[cn], [ur]]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def phone_es_eob(rng):
    mem = "Leocadia V. Arismendi"
    mid = mid_of(rng)
    stmt = dt.date(2026, 5, 20)
    dos = dt.date(2026, 4, 28)
    claims = [
        (claim_of(rng), "Harrow Quay Medical Center - Urgencias",
         [("99283", "Visita de urgencias", 890.00, 712.00, ""), ("12002", "Sutura de herida, mano", 350.00, 280.00,
                                                                  "")]),
        (claim_of(rng), "Quay Emergency Physicians - Dra. Tamsin Oduro",
         [("99283", "Médico de urgencias", 312.00, 249.60, "")]),
        (claim_of(rng), "Seaward Imaging Associates - Dr. Nkechi A. Lindholm",
         [("73130-26", "Lectura de radiografía de la mano", 96.00, 0.00, "M12")]),
    ]
    p = PASheet(footer="Página {n} de {nb}", legal=LEGAL_ES)
    p.set_margins(15, 13, 15)
    p.add_page()
    head(p, es=True)
    W = p.w - p.l_margin - p.r_margin
    p.f(13.4, "B")
    p.cell(0, 6.6, "Explicación de beneficios", new_x="LMARGIN", new_y="NEXT")
    p.f(8.8)
    p.cell(0, 4.4, "Esto no es una factura.", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.rev_band([("Miembro", mem), ("Núm. de miembro", mid), ("Grupo", GROUP), ("Fecha", es_date(stmt))],
               widths=[0.3, 0.24, 0.16, 0.3], shade=40, size=9.0)
    for ln in [mem, "27 Calle Vitral", "Harrow Quay, OH 43204"]:
        p.line(ln, 9.8)
    p.ln(2)
    rows = []
    for cn, prov, lines in claims:
        rows.append([es_abbr(dos), prov, "", "", "", ""])
        for code, desc, b, pd, rc in lines:
            rows.append(["", "    " + desc, code, n2(b), n2(pd), rc])
        rows.append(["", f"    Reclamo núm. {cn}", "", "", "", ""])
    p.zebra(["Fecha", "Proveedor y servicio", "Código", "Cobrado", "Pagó el plan", "Nota"], rows,
            [22, 88, 18, 20, 22, 12], ["L", "L", "L", "R", "R", "L"], size=7.4, row_h=4.8,
            title="Sus reclamos procesados en mayo de 2026")
    p.money_line([("Total cobrado", usd(sum(x[2] for c in claims for x in c[2]))),
                  ("Total que pagó el plan", usd(sum(x[3] for c in claims for x in c[2])))], p.l_margin + W * 0.4, W * 0.6, 8.8)
    p.legend("Notas", [("M12", "El código del procedimiento no concuerda con el lado del cuerpo ni con el "
                               "diagnóstico del reclamo (falta el modificador RT o LT). No pagamos este servicio. "
                               "El proveedor puede corregir el reclamo y enviarlo otra vez. Usted no debe pagarlo "
                               "mientras tanto.")], 8.2)
    p.heading("Si no está de acuerdo", 10, gap=0.6)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta explicación. Escriba a Lumiera Health Plan "
           f"Appeals, c/o Wyckmere Benefit Administrators, {ADDR}, o llame al 1-888-555-0176. Si su caso es urgente, "
           "pida una apelación acelerada; la decidimos en 72 horas.", 8.8)
    p.signoff([f"{TPA}, administrador de reclamos de {PLAN}"], 8.4)
    cn, prov, lines = claims[2]
    t = truth("eob", "coding_error", insurer=PLAN, group=GROUP, member_id=mid, member_name=mem, cases=[cn],
              claim_amount=m2(sum(x[2] for x in lines)), service_dates=[iso(dos)], denial_date=iso(stmt),
              provider="Seaward Imaging Associates", appeal_deadline=iso(plus(stmt, 180)), lang="es",
              alternates={"insurer": INS_ALT, "provider": ["Nkechi A. Lindholm"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def lowres_late_eye(rng):
    mem = "Oswin D. Harcastle"
    mid = mid_of(rng)
    cn = claim_of(rng)
    CL = "Clearwater Eye Associates"
    DOC = "Wendeline Voss-Achebe"
    dos = dt.date(2026, 1, 8)
    rcv = dt.date(2026, 4, 29)
    nd = dt.date(2026, 5, 13)
    lines = [("65222", "Removal of foreign body, cornea, with slit lamp", 215.00),
             ("92012", "Eye exam, established patient", 138.00)]
    amt = sum(x[2] for x in lines)
    p = PASheet(footer="Page {n} of {nb}", legal=LEGAL,
                foot_ids=f"{mem}  \u00b7  {mid}  \u00b7  claim {cn}  \u00b7  notice {ymd_dots(nd)}")
    p.set_margins(17, 14, 17)
    p.add_page()
    head(p)
    W = p.w - p.l_margin - p.r_margin
    p.f(9.6)
    p.cell(0, 5, wday_long(nd), new_x="LMARGIN", new_y="NEXT")
    y0 = p.get_y() + 1
    p.set_y(y0)
    for ln in [mem, "73 Grozing Iron Road", "Orrin Falls, OH 43066"]:
        p.line(ln, 10.2)
    yl = p.get_y()
    yr = p.cap_after([(mid, "member ID"), (GROUP, "group"), (cn, "claim number"), (caps_short(rcv),
                                                                                  "claim received (stamp)")],
                     x=p.l_margin + W * 0.48, y=y0, w=W * 0.52, size=9.2)
    p.set_xy(p.l_margin, max(yl, yr) + 3)
    p.f(13.4, "B")
    p.cell(0, 7, "Notice of claim denial: claim filed too late", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.cap_after([(f"{CL} - Dr. {DOC}", "provider (in network)"), (f"{slash(dos)}", "date of service"),
                 (f"{n2(amt)}", "charges (USD)"), ("0.00", "paid")], size=9.4)
    p.para(f"Dear {mem}:", 10)
    p.para(f"{CL} sent us a claim for the visit on {long(dos)}, when Dr. {DOC} removed a glass fleck from your right "
           f"eye. We received the claim on April 29, 2026, 111 days after the visit. **We denied the claim "
           "because it was filed late.**", 9.6)
    p.para("Providers in the Lumiera network agree to send claims within 90 days of the date of service. A claim "
           "that arrives later is not paid unless the provider shows that it could not file in time (for example, "
           "a claim first sent to the wrong plan with proof of the date it was sent). We found no such proof.",
           9.4)
    p.para(f"Because {CL} is in our network and filed late, it may not bill you for this visit. You owe nothing "
           "for these charges. If you get a bill, call us at 1-888-555-0176.", 9.4)
    p.heading("If you or your provider disagree", 10.4, gap=0.6)
    erisa_rights(p, 8.6)
    p.signoff(["Sincerely,", "", "Claims Department", f"{TPA}, for {PLAN}"], 9.0)
    p.para("Provider copy sent to: Clearwater Eye Associates, optometry license OH-OD-8821, 410 Lantern Street, "
           "Orrin Falls, OH 43066", 7.6)
    t = truth("denial_letter", "timely_filing", insurer=PLAN, group=GROUP, member_id=mid, member_name=mem,
              cases=[cn], claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(nd), provider=CL,
              appeal_deadline=iso(plus(nd, 180)), alternates={"insurer": INS_ALT, "provider": [DOC]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [Item(F + "bd_chelation_grey_bar", "born_digital", [bd_chelation(rng)]),
             Item(F + "faxstd_burn_statement_w4", "fax_standard_g4", [faxstd_burn_statement(rng)])]
    cover, docs = faxstd_stack(rng)
    items.append(Item(F + "faxstd_stack_hand_therapy_eyewear", "fax_standard_g4", docs, separators=[cover, None],
                      turns={(0, 1): 180}))
    items += [Item(F + "scanclean_hours_bank", "scan_clean_300", [scanclean_hours_bank(rng)]),
              Item(F + "faxfine_lead_colic_stay", "fax_fine_g4", [faxfine_lead_colic(rng)]),
              Item(F + "phone_es_xray_modifier", "phone_photo", [phone_es_eob(rng)]),
              Item(F + "lowres_late_eye_claim", "scan_lowres_150", [lowres_late_eye(rng)])]
    return items
