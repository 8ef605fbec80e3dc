"""Papers mirrored (structure and plain wording style only) from a dual-eligible special needs plan (D-SNP) that is
an "applicable integrated plan": one plan gives a member both Medicare and Medicaid benefits, decides every request
with one integrated coverage decision (the coverage decision letter that replaced the older denial notice for these
plans), hears one integrated appeal (a reconsideration asked for within 60 calendar days of the letter, fast ones in
72 hours, Medicaid-covered services kept during the appeal if asked for within 10 days), then sends the Medicare side
on to the independent review entity and leaves the state fair hearing open for the Medicaid side. Both the member's
Medicare number and Medicaid ID are printed next to the plan's own member ID; the plan pays providers for both
programs and prints a Medicare and a Medicaid share on its remittance; a member owes nothing for covered care.

Everything is invented: the plan (Kinloom Duo (HMO D-SNP), brand "kinloom", offered by Torvane Community Health Plan
of Vellamy, Inc.), the State of Vellamy (VY) and its Office of Medical Assistance, every member, provider, auto
insurer, number (member IDs "KD" + nine digits, coverage decision numbers "CD-26-" + six digits, reconsideration
numbers "IR-26-" + five digits, thirteen-digit claim numbers), address and time limit; phones use 555. Medicare,
Medicaid, CMS and CPT/HCPCS/CDT/CARC codes appear as themselves.

Documents (8 in 7 files):
- born_digital: two-page coverage decision letter cutting personal care hours from 28 to 18 a week; identifiers
  on a reverse-printed dark bar under the brand masthead; running header on page 2.
- fax_standard_g4: two-page provider payment statement in claim blocks (claim number, then patient and member
  number); one patient's claim refused, told only by codes explained on page 2; blocks run on to page 2 without
  column heads.
- fax_standard_g4 stack: the plan's fax cover to a hospital case manager, an integrated reconsideration decision
  keeping the refusal of a rehabilitation hospital stay (skilled nursing instead; page 2 fed sideways), and an
  approval of home-delivered meals (denies nothing).
- photocopy: the member's monthly explanation of benefits: three claims, one (a knee visit after a car crash)
  refused with a code explained under the table; the auto insurer's claim number printed in a dashed box.
- phone_photo: Spanish coverage decision refusing payment for a dental crown done without the plan's approval.
- scan_lowres_150: refusal of adult day health claims after the member's Medicaid ended (two-column prose, values
  over captions in ruled cells, running footer).
- rotated: refusal of a skin surgeon outside the network (billing and rendering provider both printed).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundep_fampa import (PASheet, apos, caps_short, day_long, digits, dmy0, dmy_abbr, dotted, es_abbr, es_date,
                               es_wday, iso, long, mdy_dash, n2, plain_cover, plus, short, slash, upper, usd,
                               wday_long, ymd_dots)
from public_kit import m2, mbi, out, truth

FAMILY = ("vellamy_kinloom_duo_dsnp_integrated_decisions_personal_care_hours_rehab_setting_"
          "auto_accident_late_claim_dental_crown_lapsed_medicaid_and_out_of_network_refusals")
LANG = "en"
SEED = 355050
BRAND = "kinloom"
PLAN = "Kinloom Duo"
PLAN_FULL = "Kinloom Duo (HMO D-SNP)"
LEGAL = "Torvane Community Health Plan of Vellamy, Inc."
INS_ALT = ["Kinloom", PLAN_FULL, LEGAL, "Torvane Community Health Plan of Vellamy", "Torvane Community Health Plan"]
AGENCY = "Vellamy Office of Medical Assistance"
PLAN_ID = "H4127-006"
ADDR = "P.O. Box 2841, Port Ellery, VY 30517"
RIGHT = ["Member Services 1-877-555-0142", "TTY 711  \u00b7  8 a.m.\u20138 p.m., 7 days", "Appeals fax 1-877-555-0149",
         ADDR]
RIGHT_ES = ["Servicios al Miembro 1-877-555-0142", "TTY 711  \u00b7  8 a.m. a 8 p.m., los 7 días",
            "Fax de apelaciones 1-877-555-0149", ADDR]
LEGAL_LINE = (f"{PLAN_FULL} is offered by {LEGAL}, an HMO plan with a Medicare contract and a contract with the "
              f"{AGENCY}. Enrollment depends on contract renewal.  H4127_KDL26_C")
LEGAL_ES = (f"{PLAN_FULL} es ofrecido por {LEGAL}, un plan HMO con contrato con Medicare y con la {AGENCY}. "
            "La inscripción depende de la renovación del contrato.  H4127_KDL26S_C")


def member_id(rng) -> str:
    return "KD" + digits(rng, 9)


def medicaid_id(rng) -> str:
    return digits(rng, 10)


def claim_no(rng, day: int) -> str:
    return "26" + f"{day:03d}" + digits(rng, 8)


def head(p: PASheet, es: bool = False):
    if es:
        p.brand_mast(BRAND, "Medicare y Medicaid de Vellamy, juntos",
                     [f"{PLAN_FULL}  \u00b7  un plan de Medicare y Medicaid"], RIGHT_ES, mark="rings", lower=True)
    else:
        p.brand_mast(BRAND, "Medicare + Vellamy Medical Assistance, together",
                     [f"{PLAN_FULL}  \u00b7  a Medicare-Medicaid plan"], RIGHT, mark="rings", lower=True)


def appeal_block(p: PASheet, nd: dt.date, cont: dt.date | None, size: float = 9.0):
    p.bar("If you disagree: ask for an appeal (an integrated reconsideration)", 9.6, shade=200)
    p.para("You, your doctor or someone you name can ask us to look at this decision again. We call this an "
           "integrated reconsideration, because one appeal covers both your Medicare and your Medicaid benefits. "
           "**You must ask for an appeal within 60 calendar days from the date of this letter.** Call "
           "1-877-555-0142 (TTY 711), fax 1-877-555-0149, or write to Kinloom Duo Appeals, " + ADDR + ". If you "
           "miss the deadline for a good reason, tell us why when you ask.", size)
    p.para("**Fast appeal.** If you or your doctor believe that waiting 30 days could seriously harm your health, ask "
           "for a fast appeal. If your doctor asks for one, we will give it to you. We decide fast appeals within 72 "
           "hours.", size)
    if cont:
        p.para("**Keeping your services during the appeal.** This decision lowers a service you already get. You can "
               "keep getting it as before while we decide your appeal if you ask for your appeal within 10 calendar "
               f"days of the date of this letter or before {long(cont)}, whichever is later. If the appeal decision "
               "is not in your favor, you will not have to pay for services you kept getting.", size)
    p.para("**After your appeal.** If we do not decide fully in your favor, we send your case on our own to an "
           "Independent Review Entity for your Medicare benefits. For Medicaid benefits you can ask the "
           f"{AGENCY} for a State Fair Hearing within 120 calendar days of the date of our appeal decision.", size)


# ------------------------------------------------------------------------------------------------------------------
def bd_personal_care(rng):
    mem = "Augustina R. Pelletreau"
    mid = member_id(rng)
    mb = mbi(rng)
    mcd = medicaid_id(rng)
    cd = "CD-26-" + digits(rng, 6)
    AG = "Saffron Lane Home Care"
    RN = "Nadine K. Ostby"
    rcv = dt.date(2026, 4, 20)
    visit = dt.date(2026, 4, 24)
    nd = dt.date(2026, 4, 29)
    start = dt.date(2026, 5, 14)
    end = dt.date(2026, 11, 13)
    p = PASheet(footer="Page {n} of {nb}", legal=LEGAL_LINE,
                run_hdr=f"{PLAN}  \u00b7  Coverage decision {cd}  \u00b7  {mem}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(17, 14, 17)
    p.add_page()
    head(p)
    p.rev_band([("Member ID", mid), ("Medicare number", mb), ("Medicaid ID (Vellamy)", mcd),
                ("Date of this letter", long(nd))], widths=[0.22, 0.26, 0.24, 0.28])
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [mem, "1187 Quillon Terrace, Apt 3B", "Port Ellery, VY 30522"]:
        p.line(ln, 10.2)
    yl = p.get_y()
    p.set_xy(p.l_margin + W * 0.56, y0)
    p.f(8.2)
    p.multi_cell(W * 0.44, 4.0, f"Plan ID {PLAN_ID}\nCoverage decision no. {cd}\nRequest received {short(rcv)}\n"
                 "Assessment record VY-UAT 0077120", new_x="LMARGIN", new_y="NEXT")
    p.set_xy(p.l_margin, max(yl, p.get_y()) + 4)
    p.f(14, "B")
    p.cell(0, 7, "Coverage Decision Letter", new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    p.cell(0, 4.6, "We approved part of your request and denied part of it.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"Dear {mem}:", 10)
    p.para(f"{AG} asked us to keep your personal care services (HCPCS T1019) at **28 hours a week** for the six "
           f"months from {long(start)} through {long(end)}. We approved **18 hours a week** for those dates. We "
           "denied the other 10 hours a week. Your personal care is a Medicaid benefit that Kinloom Duo covers for "
           "you.", 9.8)
    yb = p.kv_box([("Service", "Personal care aide at home (T1019), 15-minute units"),
              ("Asked for by", f"{AG} - {RN}, RN, care coordinator"),
              ("Agency license", "HCA-VY-0831"),
              ("Hours now", "28 a week (authorized through May 13, 2026)"),
              ("Hours approved", "18 a week, 05/14/2026 \u2013 11/13/2026"),
              ("Hours denied", "10 a week")], x=p.l_margin, y=p.get_y(), w=W, cap_w=38, size=8.8)
    p.set_y(yb + 3)
    p.heading("Why we made this decision", 10.6, gap=0.6)
    p.para(f"A Kinloom Duo nurse, Ellery Vanterpool, RN, visited you at home on {long(visit)} and used the state's "
           "assessment tool to see how much help you need each day. She found that since your hip surgery last fall "
           "you again walk inside with your cane, get dressed on your own except for shoes, and use the shower "
           "chair we gave you with the aide standing by. You still need hands-on help to bathe, to do laundry, to "
           "shop and to cook main meals.", 9.6)
    p.para("The tasks you still need help with take about 18 hours a week. The other hours you asked for were for "
           "help with dressing, walking and getting in and out of bed, which you now do safely on your own. Those "
           "hours are not medically necessary for you now. We used the Vellamy Medical Assistance personal care "
           "assessment rules and Kinloom Duo's coverage policy for personal care (policy UM-PC-12) to decide.", 9.6)
    p.add_page()
    p.ln(1)
    p.heading("What happens next", 10.6, gap=0.6)
    p.bullets([f"Your 28 hours a week continue through May 13, 2026. The 18 hours a week start on {long(start)}.",
               "Your care coordinator, Bartholomew Iyer-Lund, will call you to update your care plan. You can ask "
               "him for more help at any time if your health changes.",
               "You can ask for a free copy of the assessment and the rules we used."], 9.2)
    appeal_block(p, nd, start, 8.9)
    p.heading("Get help", 10.4, gap=0.6)
    p.para("Call Member Services at 1-877-555-0142 (TTY 711). The Vellamy Long-Term Care Ombudsman can also help "
           "you for free at 1-866-555-0187. You can get this letter in large print or another language at no "
           "cost.", 8.8)
    p.signoff(["Sincerely,", "", "Utilization Management, for Kinloom Duo", LEGAL], 9.2)
    p.para(f"cc: {AG} (provider no. 3300418207); Bartholomew Iyer-Lund, care coordinator", 7.8)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, plan_id=PLAN_ID, member_id=mid, member_name=mem,
              cases=[cd], service_dates=[f"{iso(start)}/{iso(end)}"], denial_date=iso(nd), provider=AG,
              appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": INS_ALT, "service_dates": [[iso(start)], []], "provider": [RN]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_remittance(rng):
    PAYEE = "Port Ellery Internal Medicine Associates, PC"
    stmt = dt.date(2026, 5, 8)
    eft = "EFT 0" + digits(rng, 9)
    D1, D2, NP = "Dr. Ilse K. Marchbank", "Dr. Casimir Oduya-Bell", "Anouk T. Sevilla, NP"
    # (patient LAST, FIRST M, member id, dos, received, rendering, lines [(code, units, billed, allowed, mcare, mcaid,
    #  paid, adj)], extra sub lines)
    claims = [
        ("ARKWRIGHT, DELPHINE M", dt.date(2026, 4, 2), dt.date(2026, 4, 20), D1,
         [("99214", 1, 185.00, 128.40, 102.72, 25.68, 128.40, "CO-45")], []),
        ("BOSWORTH-NKEMELU, ALARIC P", dt.date(2026, 4, 6), dt.date(2026, 4, 21), D2,
         [("99213", 1, 140.00, 92.10, 73.68, 18.42, 92.10, "CO-45"),
          ("36415", 1, 18.00, 3.12, 2.50, 0.62, 3.12, "CO-45")], []),
        ("CAVENDISH, ROSALBA E", dt.date(2026, 4, 7), dt.date(2026, 4, 22), NP,
         [("G0439", 1, 210.00, 131.85, 131.85, 0.00, 131.85, "CO-45")], []),
        ("DUNMORE, FERGUS A", dt.date(2026, 4, 9), dt.date(2026, 4, 23), D1,
         [("99215", 1, 260.00, 176.20, 140.96, 35.24, 116.20, "CO-45 OA-23")],
         ["Other payer on file: Halberd Federal Employees Plan, ID HF-882041937 (primary) paid 60.00"]),
        ("ELLINGHAM, PERPETUA V", dt.date(2026, 4, 10), dt.date(2026, 4, 24), D2,
         [("99214", 1, 185.00, 128.40, 102.72, 25.68, 128.40, "CO-45"),
          ("82962", 1, 9.00, 3.04, 2.43, 0.61, 3.04, "CO-45")], []),
        ("FROBISHER, LEANDER C", dt.date(2026, 4, 13), dt.date(2026, 4, 24), NP,
         [("99212", 1, 96.00, 58.30, 46.64, 11.66, 58.30, "CO-45")], []),
        ("QUENNELL, TOBIAH F", dt.date(2026, 1, 15), dt.date(2026, 4, 27), NP,
         [("99214", 1, 185.00, 0.00, 0.00, 0.00, 0.00, "CO-29 KD29"),
          ("93000", 1, 62.00, 0.00, 0.00, 0.00, 0.00, "CO-29 KD29")], []),
        ("RUSHWORTH, MAGDALENA O", dt.date(2026, 4, 14), dt.date(2026, 4, 28), D2,
         [("99213", 1, 140.00, 92.10, 73.68, 18.42, 92.10, "CO-45"),
          ("81002", 1, 12.00, 3.06, 2.45, 0.61, 3.06, "CO-45")], []),
        ("TEMPLEMORE, OSGOOD J", dt.date(2026, 4, 16), dt.date(2026, 4, 29), D1,
         [("99214", 1, 185.00, 128.40, 102.72, 25.68, 128.40, "CO-45"),
          ("G2211", 1, 24.00, 16.05, 16.05, 0.00, 16.05, "CO-45")], []),
        ("WINTERBOURNE, IOLANTHE S", dt.date(2026, 4, 21), dt.date(2026, 5, 1), NP,
         [("99213", 1, 140.00, 92.10, 73.68, 18.42, 92.10, "CO-45")], []),
    ]
    blocks, den = [], None
    tb = tp = 0.0
    for i, (pt, dos, rcv, rend, lines, extra) in enumerate(claims):
        mid = member_id(rng)
        cn = claim_no(rng, rcv.timetuple().tm_yday)
        acct = "PA" + digits(rng, 5)
        rows = []
        for code, u, b, a, mc, md, pd, adj in lines:
            rows.append([f"{short(dos)}-{short(dos)}", code, str(u), n2(b), n2(a), n2(mc), n2(md), n2(pd), adj])
            tb += b
            tp += pd
        cb = sum(x[2] for x in lines)
        cp = sum(x[6] for x in lines)
        sub = [f"Rendering: {rend}   \u00b7   Received {short(rcv)}   \u00b7   Claim billed {n2(cb)}   paid "
               f"{n2(cp)}   member owes 0.00"] + extra
        blocks.append({"top": f"CLAIM {cn}   {pt}   MEMBER {mid}   PAT ACCT {acct}", "lines": rows, "sub": sub})
        if pt.startswith("QUENNELL"):
            den = (cn, mid, dos, cb)
    head_cols = ["SERVICE DATES", "PROC", "UNITS", "BILLED", "ALLOWED", "MEDICARE SHARE", "MEDICAID SHARE", "PAID",
                 "ADJ CODES"]
    widths = [34, 16, 12, 19, 19, 22, 22, 18, 26]
    aligns = ["L", "L", "R", "R", "R", "R", "R", "R", "L"]
    p = PASheet(footer="Page {n} of {nb}", legal=LEGAL_LINE,
                fax_hdr=f"{upper(stmt).replace(',', '')} 06:42  KINLOOM DUO PROVIDER PAYMENTS 1-877-555-0146   "
                        "TO 15555011873   P.{n}",
                run_hdr=f"Payment statement {slash(stmt)}  \u00b7  payee {PAYEE}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(12, 13, 12)
    p.add_page()
    head(p)
    p.f(12.5, "B")
    p.cell(0, 6, "Provider Payment Statement (Remittance Advice)", new_x="LMARGIN", new_y="NEXT")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y() + 1
    p.set_xy(p.l_margin, y0)
    p.f(8.6, "B")
    p.cell(W * 0.5, 4.4, "Payee / billing provider", new_x="LMARGIN", new_y="NEXT")
    p.f(8.6)
    for ln in [PAYEE, "Attn: Billing Office", "455 Lockkeeper Street, Suite 210", "Port Ellery, VY 30519",
               "Billing NPI 1548203376   \u00b7   TIN 46-3391827"]:
        p.cell(W * 0.5, 4.0, ln, new_x="LMARGIN", new_y="NEXT")
    yl = p.get_y()
    p.kv_box([("Statement date", long(stmt)), ("Payment", f"{eft}   {usd(tp)}"),
              ("Plan", f"{PLAN_FULL}  {PLAN_ID}"), ("Claims listed", str(len(claims)))],
             x=p.l_margin + W * 0.52, y=y0, w=W * 0.48, cap_w=30, size=8.2)
    p.set_xy(p.l_margin, max(yl, y0 + 27) + 3)
    p.f(7.6)
    p.multi_cell(W, 3.6, "Kinloom Duo pays both the Medicare and the Medicaid share of each covered service. Members "
                 "owe nothing for covered services and may not be billed for amounts shown as a contractual or plan "
                 "adjustment. Codes are explained at the end of this statement.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.claim_blocks(head_cols, widths, aligns, blocks[:6], size=7.2)
    p.add_page()
    p.claim_blocks(head_cols, widths, aligns, blocks[6:], size=7.2, heads=False)
    p.money_line([("Total billed", n2(tb)), ("Total paid this statement", usd(tp))], p.l_margin + W * 0.5, W * 0.5,
                 8.6)
    p.legend_cols("Adjustment and remark codes", [
        ("CO-45", "Charge exceeds the fee schedule or maximum allowed. Provider write-off; do not bill the member."),
        ("OA-23", "The payment was lowered by what another payer already paid (shown under the claim)."),
        ("CO-29", "The time limit for filing has expired."),
        ("KD29", "Claim received more than 90 days after the date of service, the filing limit in your Kinloom Duo "
                 "provider agreement. Not paid. The member may not be billed."),
        ("KD11", "Service is paid as part of another service on the same day. Not separately payable."),
        ("N130", "Consult plan benefit documents for information about restrictions for this service.")],
        cols=2, size=7.2)
    p.ln(1)
    p.para("**Payment reconsideration.** If you disagree with how we paid a claim on this statement, send a request "
           "for reconsideration within 60 days of the date of this statement to Kinloom Duo Provider Disputes, "
           f"{ADDR}, with the claim number and proof of timely filing if you have it. Example: a statement dated "
           "March 2, 2026 allows requests through May 1, 2026.", 7.8)
    p.para(f"Questions: Provider Services 1-877-555-0146.  {LEGAL} \u00b7 claims payer for {PLAN}.", 7.6)
    cn, mid, dos, cb = den
    t = truth("eob", "timely_filing", insurer=PLAN, plan_id=PLAN_ID, member_id=mid, member_name="Tobiah F. Quennell",
              cases=[cn], claim_amount=m2(cb), service_dates=[iso(dos)], denial_date=iso(stmt),
              provider="Anouk T. Sevilla", appeal_deadline=iso(plus(stmt, 60)),
              alternates={"insurer": INS_ALT, "provider": [PAYEE, "Port Ellery Internal Medicine Associates"],
                          "plan_id": [None]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    mem = "Hollis J. Brennaman"
    mid = member_id(rng)
    mb = mbi(rng)
    mcd = medicaid_id(rng)
    orig = "CD-26-" + digits(rng, 6)
    apl = "IR-26-" + digits(rng, 5)
    auth = "AU-26-" + digits(rng, 6)
    HOSP = "Ferncastle General Hospital"
    DOC = "Aurelio M. Pask"
    IRF = "Marlpit Rehabilitation Hospital"
    SNF = "Gullhaven Nursing and Rehabilitation"
    MEALS = "Tidewater Table Meals"
    d_orig = dt.date(2026, 5, 4)
    adm = dt.date(2026, 5, 5)
    filed = dt.date(2026, 5, 5)
    nd = dt.date(2026, 5, 7)
    m0, m1 = dt.date(2026, 5, 8), dt.date(2026, 5, 21)
    cover = plain_cover(["Kinloom Duo \u00b7 Utilization Management", f"{LEGAL}", ADDR, "Fax 1-877-555-0149"],
                        "Ines Waterhouse, RN, Case Management", f"{HOSP}  1-555-013-4470", "Lorcan Abeyta, RN, appeals nurse",
                        "1-877-555-0148", slash(nd), "4 including this cover",
                        f"{mem} - decision on fast appeal and meals approval",
                        ["Ines - our decision on the fast appeal is attached, and the approval for meals after "
                         "discharge.", "Please give copies to Mr. Brennaman and his daughter before discharge. "
                         "Skilled nursing bed confirmed at Gullhaven for tomorrow. Thanks - L.A."],
                        [("Urgent", True), ("For review", False), ("Please reply", False)])
    # --- doc 1: integrated reconsideration decision, upheld ---
    p = PASheet(footer="Page {n} of {nb}", legal=LEGAL_LINE,
                run_hdr=f"Appeal {apl}  \u00b7  {mem}  \u00b7  Member ID {mid}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(17, 14, 17)
    p.add_page()
    head(p)
    p.grey_strip([("Member ID", mid), ("Appeal no.", apl), ("Date of decision", slash(nd))], shade=140)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [mem, f"c/o {HOSP}, Room 512", "90 Saltmarsh Road", "Ferncastle, VY 30604"]:
        p.line(ln, 10)
    yl = p.get_y()
    p.tab_pairs([("Medicare no.", mb), ("Medicaid ID", mcd), ("First decision", f"{orig}  ({dmy_abbr(d_orig)})"),
                 ("Appeal received", f"{apos(filed)} 4:10 p.m.")], x=p.l_margin + W * 0.47, y=y0, w=W * 0.53,
                tab_w=28, size=8.8)
    p.set_xy(p.l_margin, max(yl, y0 + 28) + 3)
    p.f(14, "B")
    p.multi_cell(W, 6.8, "Decision on Your Fast Appeal (Integrated Reconsideration)", new_x="LMARGIN", new_y="NEXT")
    p.f(9.4, "B")
    p.cell(0, 5, "We are keeping our decision. Your appeal is denied.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"Dear {mem}:", 10)
    p.para(f"On {long(d_orig)} we denied a request to admit you to {IRF}, an inpatient rehabilitation hospital, on "
           f"{long(adm)}. The request came from {HOSP} - Dr. {DOC}, hospitalist. You asked for a fast appeal on "
           f"{long(filed)}. A doctor who was not part of the first decision, Dr. Hermione Castellane, a specialist in "
           "physical medicine and rehabilitation, reviewed your appeal and your hospital records.", 9.6)
    p.heading("Why we kept our decision", 10.6, gap=0.6)
    p.para("An inpatient rehabilitation hospital is for patients who can take part in at least 3 hours of therapy a "
           "day, 5 days a week, and who need a rehabilitation doctor to see them closely every day. Your records "
           "show that after your pneumonia you tire after about 30 minutes of therapy and rest most of the "
           "afternoon, and that your medical needs are stable. The care you need, daily physical and occupational "
           f"therapy at a pace you can manage and nursing care, can be given safely in a skilled nursing facility. "
           f"We approved a stay at {SNF} instead (authorization {auth}). Kinloom Duo covers that stay under your "
           "Medicare benefit, with no cost to you.", 9.4)
    p.para("We used the Medicare coverage rules for inpatient rehabilitation facilities (42 CFR 412.622) and "
           "the screening criteria for rehabilitation settings that Kinloom Duo has adopted.", 8.8)
    p.add_page()
    p.ln(1)
    p.heading("What happens next", 10.6, gap=0.6)
    p.para("**Medicare.** Because we did not decide in your favor, we have sent your case file to the Independent "
           "Review Entity (IRE), an organization Medicare contracts with and not part of Kinloom Duo. You do not "
           "need to do anything. The IRE will write to you with its decision within 72 hours of getting your file.",
           9.2)
    p.para(f"**Medicaid.** You can also ask for a State Fair Hearing with the {AGENCY} within 120 calendar days of "
           f"the date of this letter, by calling 1-855-555-0123 or writing to Vellamy Board of Hearings, 40 Capitol "
           "Mall, Ellery Falls, VY 30101. A hearing officer will decide.", 9.2)
    p.para("**Your records.** You can ask for a free copy of your case file, including the guidelines we used.", 9.2)
    p.heading("Get help", 10.4, gap=0.6)
    p.para("Call Member Services at 1-877-555-0142 (TTY 711), 8 a.m. to 8 p.m., 7 days a week. The Vellamy Health "
           "Insurance Counseling program (1-800-555-0161) gives free, unbiased help with Medicare and Medicaid.", 9.0)
    p.two_sigs(["Hermione Castellane, MD", "Physician reviewer, Appeals and Grievances"],
               ["Lorcan Abeyta, RN", f"Appeals nurse, {LEGAL}"], 8.8)
    p.para(f"cc: {HOSP} - Dr. {DOC}; {IRF} (admissions); {SNF}", 7.8)
    t1 = truth("denial_letter", "level_of_care", insurer=PLAN, member_id=mid, member_name=mem, cases=[apl, orig],
               service_dates=[iso(adm)], denial_date=iso(nd), provider=IRF, appeal_deadline=None,
               alternates={"insurer": INS_ALT, "provider": [HOSP, DOC], "case_numbers": [[apl]],
                           "service_dates": [[]]})
    # --- doc 2: approval of home-delivered meals ---
    q = PASheet(footer="Page {n} of {nb}", legal=LEGAL_LINE)
    q.set_margins(18, 14, 18)
    q.add_page()
    head(q)
    W = q.w - q.l_margin - q.r_margin
    q.f(9.6)
    q.cell(0, 5, long(nd), align="R", new_x="LMARGIN", new_y="NEXT")
    for ln in [mem, f"c/o {HOSP}, Room 512", "90 Saltmarsh Road", "Ferncastle, VY 30604"]:
        q.line(ln, 10)
    q.ln(3)
    q.f(14, "B")
    q.cell(0, 7, "Your Request Is Approved", new_x="LMARGIN", new_y="NEXT")
    q.ln(1)
    q.rev_band([("Member ID", mid), ("Authorization no.", auth), ("Approved from", slash(m0)),
                ("Approved through", slash(m1))], shade=60)
    q.para(f"Dear {mem}:", 10)
    q.para(f"We approved home-delivered meals for you after you leave the hospital: **two meals a day for 14 days, "
           f"{long(m0)} through {long(m1)}**, delivered by {MEALS} to the skilled nursing facility's discharge "
           "address you give us, or to your home. This is a Medicaid benefit that Kinloom Duo covers for you. You "
           "pay nothing.", 9.8)
    q.form_grid([[(MEALS, "meal provider", 0.5), ("S5170 \u00d7 28", "service code and meals approved", 0.5)],
                 [("1-555-013-9020", "to set up deliveries", 0.5),
                  ("Dunstan Mbeki-Hale, care coordinator", "who arranged it", 0.5)]],
                size=9.0)
    q.para("If you need meals for longer, ask your care coordinator before May 21. If your address changes, call "
           f"{MEALS} at least two days ahead.", 9.4)
    q.para("This letter approves everything that was asked for, so there is nothing to appeal. If you have a "
           "complaint about the meals or the delivery, call Member Services at 1-877-555-0142 (TTY 711).", 9.0)
    q.signoff(["Sincerely,", "", "Care Coordination, for Kinloom Duo", LEGAL], 9.2)
    t2 = truth("other", None, insurer=PLAN, member_id=mid, member_name=mem, cases=[auth],
               service_dates=[f"{iso(m0)}/{iso(m1)}"], denial_date=iso(nd), provider=MEALS, appeal_deadline=None,
               alternates={"insurer": INS_ALT, "service_dates": [[]], "case_numbers": [[]]})
    return cover, [(out(p), t1), (out(q), t2)]


# ------------------------------------------------------------------------------------------------------------------
def photocopy_member_eob(rng):
    mem = "Ruairi S. Blennerhassett"
    mid = member_id(rng)
    mb = mbi(rng)
    mcd = medicaid_id(rng)
    stmt = dt.date(2026, 5, 4)
    crash = dt.date(2026, 3, 27)
    claims = [
        (claim_no(rng, 97), dt.date(2026, 4, 2), "Harbourside Family Practice - Dr. Liesl Marangoni",
         [("99213", "Office visit", 140.00, 0.00, "")]),
        (claim_no(rng, 105), dt.date(2026, 4, 9), "Cobble Hill Orthopaedics - Dr. Renske V. Aaltonen",
         [("99204", "New patient visit", 310.00, 0.00, "C7"), ("73562", "X-ray, knee, 3 views", 96.00, 0.00, "C7"),
          ("20610", "Joint injection, knee", 106.00, 0.00, "C7")]),
        (claim_no(rng, 113), dt.date(2026, 4, 16), "Port Ellery Physical Therapy - Dagny Solberg-Oates, PT",
         [("97110", "Therapeutic exercise (2 units)", 120.00, 0.00, ""),
          ("97140", "Manual therapy", 64.00, 0.00, "")]),
    ]
    p = PASheet(footer="Page {n} of {nb}", legal=LEGAL_LINE,
                foot_ids=f"{mem} \u00b7 {mid} \u00b7 EOB for claims processed April 2026")
    p.set_margins(15, 13, 15)
    p.add_page()
    head(p)
    W = p.w - p.l_margin - p.r_margin
    p.f(13.5, "B")
    p.cell(0, 6.5, "Your Explanation of Benefits", new_x="LMARGIN", new_y="NEXT")
    p.f(8.8)
    p.cell(0, 4.4, "Medical claims we processed from April 1 to April 30, 2026.  This is not a bill.",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.rev_band([("Member", mem), ("Member ID", mid), ("Medicare no.", mb), ("Medicaid ID", mcd),
                ("Statement date", dmy0(stmt))], widths=[0.25, 0.17, 0.2, 0.17, 0.21], size=8.8)
    for ln in [mem, "62 Chandlery Walk", "Port Ellery, VY 30520"]:
        p.line(ln, 9.8)
    p.ln(2)
    p.f(9.2, "B")
    p.cell(0, 5, "Your claims", new_x="LMARGIN", new_y="NEXT")
    rows = []
    for cn, dos, prov, lines in claims:
        rows.append([slash(dos), prov, "", "", "", "", ""])
        for code, desc, b, owe, rc in lines:
            plan_paid = "0.00" if rc else n2(round(b * 0.66, 2))
            rows.append(["", "    " + desc, code, n2(b), plan_paid, usd(owe), rc])
        tot = sum(x[2] for x in lines)
        paid = sum(0.0 if x[4] else round(x[2] * 0.66, 2) for x in lines)
        rows.append(["", f"    Claim number {cn}  \u00b7  claim total", "", n2(tot), n2(paid), "$0.00", ""])
    p.zebra(["Date", "Provider and service", "Code", "Billed", "Plan paid", "You owe", "Note"], rows,
            [20, 80, 15, 19, 19, 17, 12], ["L", "L", "L", "R", "R", "R", "L"], size=7.2, row_h=4.7)
    p.money_line([("Total billed this month", usd(sum(x[2] for c in claims for x in c[3]))),
                  ("Total you owe this month", "$0.00")], p.l_margin + W * 0.45, W * 0.55, 8.8)
    p.legend("Notes", [("C7", "This care was for an injury from a motor vehicle accident. Other insurance must pay "
                              "first: your auto insurance's medical payments coverage. We did not pay this claim. "
                              "When the auto insurer sends its decision, the provider can send this claim again and "
                              "we will pay what is left. You do not owe the provider for it now.")], 8.0)
    p.other_cov("Other coverage on file", [("Auto insurer", "Brightwell Mutual Auto Insurance Co."),
                                           ("Its claim no.", "BMA-26-4417203-01"),
                                           ("Accident date", f"{long(crash)}  (reported by the provider)"),
                                           ("Adjuster", "Philippa Ordway  1-555-014-2298")],
                note="If the accident details are wrong, call us so we can update your file.", size=8.4,
                w=W * 0.62)
    p.heading("If you disagree with a decision on this statement", 10, gap=0.6)
    p.para("You can ask for an appeal (an integrated reconsideration) within 60 days from the date of this notice. "
           "Call 1-877-555-0142 (TTY 711) or write to Kinloom Duo Appeals, " + ADDR + ". Tell us the claim number. "
           "After our appeal decision, your Medicare and Medicaid appeal rights go on as explained in your Member "
           "Handbook, chapter 9.", 8.8)
    p.signoff([f"{LEGAL}, for {PLAN}"], 8.4)
    cn, dos, prov, lines = claims[1]
    t = truth("eob", "other", insurer=PLAN, member_id=mid, member_name=mem, cases=[cn],
              claim_amount=m2(sum(x[2] for x in lines)), service_dates=[iso(dos)], denial_date=iso(stmt),
              provider="Cobble Hill Orthopaedics", appeal_deadline=iso(plus(stmt, 60)),
              alternates={"insurer": INS_ALT, "provider": ["Renske V. Aaltonen"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def phone_es_dental(rng):
    mem = "Graciela M. Oyarzún"
    mid = member_id(rng)
    mb = mbi(rng)
    mcd = medicaid_id(rng)
    cn = claim_no(rng, 118)
    CL = "Clínica Dental Arroyo Seco"
    DRA = "Marisela Quiroga Benítez"
    dos = dt.date(2026, 3, 31)
    rcv = dt.date(2026, 4, 28)
    nd = dt.date(2026, 5, 11)
    lines = [("D2740", "Corona de porcelana, diente 19", 1050.00), ("D2950", "Reconstrucción del muñón", 130.00)]
    amt = sum(x[2] for x in lines)
    p = PASheet(footer="Página {n} de {nb}", legal=LEGAL_ES)
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, es=True)
    W = p.w - p.l_margin - p.r_margin
    p.f(9.6)
    p.cell(0, 5, "Port Ellery, " + es_wday(nd), align="R", new_x="LMARGIN", new_y="NEXT")
    y0 = p.get_y() + 1
    p.set_y(y0)
    for ln in [mem, "2290 Camino del Faro", "Port Ellery, VY 30521"]:
        p.line(ln, 10)
    yl = p.get_y()
    p.tab_pairs([("Núm. de miembro", mid), ("Núm. de Medicare", mb), ("Medicaid (Vellamy)", mcd),
                 ("Núm. de reclamo", cn)], x=p.l_margin + W * 0.46, y=y0, w=W * 0.54, tab_w=31, size=8.8)
    p.set_xy(p.l_margin, max(yl, y0 + 28) + 3)
    p.f(13.5, "B")
    p.cell(0, 7, "Carta de decisión de cobertura", new_x="LMARGIN", new_y="NEXT")
    p.f(9.2)
    p.cell(0, 4.6, "Solicitud de pago por un servicio que ya recibió", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"Estimada Sra. {mem.split()[-1]}:", 10)
    p.para(f"Recibimos el {es_date(rcv)} una solicitud de pago de {CL} por el tratamiento dental que le hicieron el "
           f"{es_date(dos)}. **No vamos a pagar este servicio.**", 9.8)
    p.table(["Código", "Servicio", "Cobrado"], [[c, d, usd(b)] for c, d, b in lines] + [["", "Total", usd(amt)]],
            [24, 100, 40], size=8.8, aligns=["L", "L", "R"], bold_last=True)
    p.para(f"Atendida por: {CL} - Dra. {DRA}, odontóloga (licencia VY-DDS-40917)", 8.8)
    p.heading("Por qué tomamos esta decisión", 10.4, gap=0.6)
    p.para("Las coronas dentales son un beneficio de Medicaid que Kinloom Duo cubre para usted, pero solo cuando "
           "nosotros las aprobamos antes del tratamiento. El consultorio no pidió esa aprobación antes de colocar la "
           "corona, y no hay ninguna aprobación en su expediente. Por eso no podemos pagarla.", 9.6)
    p.para("El consultorio forma parte de nuestra red, así que no le puede cobrar a usted este tratamiento. Si le "
           "llega una factura, llámenos.", 9.6)
    p.heading("Si no está de acuerdo", 10.4, gap=0.6)
    p.para("Usted puede pedir una apelación (una reconsideración integrada). **Debe pedirla dentro de 60 días "
           "calendario a partir de la fecha de esta carta.** Llame al 1-877-555-0142 (TTY 711) o escriba a Kinloom "
           f"Duo Appeals, {ADDR}. Si esperar podría dañar gravemente su salud, pida una apelación rápida; la "
           "decidimos en 72 horas.", 9.4)
    p.para(f"Si no decidimos a su favor, usted puede pedir una audiencia imparcial del estado a la {AGENCY} dentro "
           "de los 120 días calendario siguientes a nuestra decisión de la apelación.", 9.0)
    p.signoff(["Atentamente,", "", "Departamento de Reclamos, en nombre de Kinloom Duo", LEGAL], 9.2)
    t = truth("denial_letter", "prior_authorization", insurer=PLAN, member_id=mid, member_name=mem, cases=[cn],
              claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(nd), provider=CL,
              appeal_deadline=iso(plus(nd, 60)), lang="es",
              alternates={"insurer": INS_ALT, "provider": [DRA]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def lowres_lapsed_medicaid(rng):
    mem = "Wendell O. Fairweather"
    mid = member_id(rng)
    mb = mbi(rng)
    mcd = medicaid_id(rng)
    cn = claim_no(rng, 154)
    ADC = "Hearthstone Adult Day Center"
    RN = "Tomasz Rydell"
    ended = dt.date(2026, 4, 30)
    grace = dt.date(2026, 7, 31)
    d0, d1 = dt.date(2026, 5, 4), dt.date(2026, 5, 29)
    rcv = dt.date(2026, 6, 3)
    nd = dt.date(2026, 6, 9)
    days = 9
    amt = days * 78.00
    p = PASheet(footer="Page {n} of {nb}", legal=LEGAL_LINE,
                foot_ids=f"{mem}  \u00b7  member {mid}  \u00b7  claim {cn}  \u00b7  letter of {slash(nd)}")
    p.set_margins(17, 14, 17)
    p.add_page()
    head(p)
    W = p.w - p.l_margin - p.r_margin
    p.f(9.6)
    p.cell(0, 5, wday_long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    for ln in [mem, "17 Bellfounder Lane", "Ellery Falls, VY 30104"]:
        p.line(ln, 10)
    p.ln(3)
    p.f(13.2, "B")
    p.multi_cell(W, 6.4, "Coverage Decision Letter: adult day health claim not paid", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(1.5)
    p.rev_band([("Member ID", mid), ("Medicare no.", mb), ("Claim no.", cn)], shade=95, size=9.2)
    p.form_grid([[(f"{ADC} - {RN}, RN", "provider who billed", 0.62), (f"{slash(d0)} - {slash(d1)}",
                                                                         "dates of service (9 days)", 0.38)],
                 [(f"{usd(amt)}  (S5102 \u00d7 9)", "amount billed", 0.34), (short(rcv), "claim received", 0.22),
                  (f"{mcd}  (ended {short(ended)})", "Vellamy Medicaid ID", 0.44)]], size=9.0)
    p.flow2([
        f"Dear Mr. {mem.split()[-1]}:",
        f"We received a claim from {ADC} for adult day health services on 9 days from {long(d0)} through "
        f"{long(d1)}. We will not pay this claim.",
        f"Adult day health is a Medicaid benefit. The {AGENCY} told us that your Medicaid coverage ended on "
        f"{long(ended)}, because the renewal form it mailed you in February was not returned. Kinloom Duo can pay "
        "for Medicaid benefits only for days when you have Medicaid.",
        f"You are still a Kinloom Duo member. For up to three months, through {long(grace)}, we keep covering your "
        "Medicare benefits while you try to get your Medicaid back. Your doctor visits, hospital care and "
        "prescriptions are still covered. If your Medicaid is not back by then, you will have to leave the plan.",
        "What you can do now: call the Office of Medical Assistance at 1-855-555-0123 and ask to finish your "
        "renewal (its renewal case number is VY-REN-2026-118402). If Medicaid is restored back to May 1, ask "
        f"{ADC} to send the claim again and we will pay it.",
        "If you think we made a mistake, you can ask for an appeal (an integrated reconsideration). You must ask "
        "within 60 days of the date of this letter. Call 1-877-555-0142 (TTY 711) or write to Kinloom Duo Appeals, "
        f"{ADDR}. You can also ask the Office of Medical Assistance for a State Fair Hearing about your Medicaid "
        "ending.",
    ], size=9.0)
    p.signoff(["Sincerely,", "", "Claims Department, for Kinloom Duo", LEGAL], 9.0)
    t = truth("denial_letter", "eligibility", insurer=PLAN, member_id=mid, member_name=mem, cases=[cn],
              claim_amount=m2(amt), service_dates=[f"{iso(d0)}/{iso(d1)}"], denial_date=iso(nd), provider=ADC,
              appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": INS_ALT, "provider": [RN]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def rotated_out_of_network(rng):
    mem = "Marguerite L. Thistlewood"
    mid = member_id(rng)
    mb = mbi(rng)
    mcd = medicaid_id(rng)
    cn = claim_no(rng, 96)
    GRP = "Larchmont Skin & Laser Group, PC"
    DOC = "Emeka J. Hollinghurst"
    dos = dt.date(2026, 3, 18)
    nd = dt.date(2026, 4, 22)
    dl = plus(nd, 60)
    lines = [("17311", "Mohs surgery, first stage", 1490.00), ("13132", "Complex repair, cheek", 456.00)]
    amt = sum(x[2] for x in lines)
    p = PASheet(footer="Page {n} of {nb}", legal=LEGAL_LINE)
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p)
    W = p.w - p.l_margin - p.r_margin
    p.f(9.6)
    p.cell(0, 5, long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    for ln in [mem, "5 Weatherboard Row", "Port Ellery, VY 30518"]:
        p.line(ln, 10)
    p.ln(3)
    p.f(13.5, "B")
    p.cell(0, 7, "Coverage Decision Letter", new_x="LMARGIN", new_y="NEXT")
    p.capstrip([("Member ID", mid), ("Medicare number", mb), ("Medicaid ID", mcd), ("Claim number", cn)],
               widths=[W * 0.22, W * 0.26, W * 0.22, W * 0.30])
    p.ln(2)
    p.capstrip([("Billing provider", GRP), ("Rendering provider", f"Dr. {DOC}"), ("Date of service", slash(dos)),
                ("Billed", usd(amt))], widths=[W * 0.36, W * 0.28, W * 0.18, W * 0.18])
    p.ln(3)
    p.para(f"Dear {mem}:", 10)
    p.para(f"We received a claim from {GRP}, Carrow City, for Mohs skin surgery that Dr. {DOC} did on "
           f"{long(dos)}. **We denied payment for this claim.**", 9.8)
    p.heading("Why we made this decision", 10.4, gap=0.6)
    p.para(f"Kinloom Duo is an HMO. You must get your care from doctors in our network, except for emergencies, "
           f"urgent care when you are away from home, and care we approve ahead of time. {GRP} and Dr. "
           f"{DOC} are not in our network. The surgery was planned, not an emergency, and we did not approve it "
           "ahead of time. Our network includes three skin surgeons who do Mohs surgery in Port Ellery and Ellery "
           "Falls.", 9.6)
    p.para("Because the provider is not in our network and did not get our approval, you may get a bill from them. "
           "You have Medicaid, so call us right away if they bill you: we can explain your protections to them.", 9.6)
    p.heading("If you disagree", 10.4, gap=0.6)
    p.para(f"You can ask for an appeal (an integrated reconsideration). **We must get your appeal by {long(dl)}.** "
           f"Call 1-877-555-0142 (TTY 711) or write to Kinloom Duo Appeals, {ADDR}. Send any records that show why "
           "you needed to see this doctor. If we keep our decision, your case goes on to the Independent Review "
           f"Entity for Medicare, and you can ask the {AGENCY} for a State Fair Hearing for Medicaid within 120 "
           "days of our appeal decision.", 9.4)
    p.signoff(["Sincerely,", "", "Claims Review, for Kinloom Duo", LEGAL], 9.2)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, member_id=mid, member_name=mem, cases=[cn],
              claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(nd), provider=DOC,
              appeal_deadline=iso(dl),
              alternates={"insurer": INS_ALT, "provider": [GRP, "Larchmont Skin & Laser Group"]},
              denial_alternates=["prior_authorization"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [Item(F + "bd_care_hours_dark_bar", "born_digital", [bd_personal_care(rng)]),
             Item(F + "faxstd_remit_kd29", "fax_standard_g4", [faxstd_remittance(rng)])]
    cover, docs = faxstd_stack(rng)
    items.append(Item(F + "faxstd_stack_rehab_appeal_meals", "fax_standard_g4", docs,
                      separators=[cover, None], turns={(0, 1): 90}))
    items += [Item(F + "photocopy_eob_auto_crash", "photocopy", [photocopy_member_eob(rng)]),
              Item(F + "phone_es_dental_crown", "phone_photo", [phone_es_dental(rng)]),
              Item(F + "lowres_medicaid_ended", "scan_lowres_150", [lowres_lapsed_medicaid(rng)]),
              Item(F + "rotated_mohs_oon", "rotated", [rotated_out_of_network(rng)])]
    return items
