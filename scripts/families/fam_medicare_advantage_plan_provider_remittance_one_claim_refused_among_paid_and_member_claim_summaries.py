"""Papers mirrored (structure and plain wording style only) from what a Medicare Advantage (Part C) organization sends
the providers it pays and the members it covers: a provider remittance advice in the shape of Medicare's standard
paper remittance (claim adjustment group codes CO / PR, claim adjustment reason codes and remittance advice remark
codes, an announcement box, totals and provider-level adjustments), a member Explanation of Benefits in the shape of
CMS's Part C EOB model (claims grouped by provider, lettered notes, text in columns), and letters on single claims.
What is taken from the public program: Medicare Advantage plans (HMO and PPO) with contract-plan numbers of the shape
H0000-000; an HMO pays out-of-network care only for emergencies, urgently needed care, out-of-area dialysis or care
the plan approved first; a network provider must get the plan's approval first for the services the plan lists, and
the member then owes nothing; Medicare covers acupuncture only for chronic low back pain; a member asks the plan for
a reconsideration of a payment decision within 65 days of the notice (72-hour fast appeals, the Independent Review
Entity, administrative law judges and fair hearings are other steps); a non-contracted provider's payment
reconsideration that the plan does not decide fully in its favour goes to the Independent Review Entity without a
new request; CARC 29, 27, 97, 45, 1, 2, 3 and RARC MA01 and M15 as themselves; CPT/HCPCS codes as themselves.
Invented: the organization Thrunton Health Plans, Inc. and its two plans (Thrunton Medicare Advantage Select (HMO),
H5829-011; Thrunton Medicare Advantage Open Access (PPO), H5829-024), every practice, center, ambulance service,
person, member number ("THN" + eight digits), claim number (ICN), account, NPI, tax ID, EFT trace, the plan's own
remark codes, its contractual limits (90 days to file, 120 days to ask for a claim review) and every amount; phones
555.

Documents (8 in 7 files):
- born_digital_remittance_nine_claims_timely_filing_claim_among_paid: a two-page provider remittance advice to a
  family practice: asterisk announcement box with example amounts and dates, nine claims each under a bold line
  "LAST, FIRST M  THN...  ACNT ...  ICN ...  PLAN ...  RCVD ..." (the member number bare), performing provider NPIs,
  CO-45 adjustments and copays on every paid line; the sixth claim's two lines (January dates, received in April) pay
  0.00 under CO-29 with remark MA01, told only by the code key at the end; the table breaks inside the last claim
  (its bold line at the foot of page 1, "Subtotal carried forward", "Continued on next page", the heading again and
  "Brought forward" on page 2); totals, interest and EFT amount as decoys; "within 120 days of the date of this
  remittance advice".
- scan_member_eob_three_providers_out_of_network_dermatology_note_c: a clean-scan two-page member EOB of an HMO
  member: claims-processed period, "THIS IS NOT A BILL", summary by provider, year-to-date amounts, the running
  header with name and member number on both pages; the detail table breaks inside the dermatology claim (one line
  at the foot of page 1, the next line and its total on page 2) whose lines point to note C; notes and appeal rights
  in three columns; "within 65 days of the date of this notice".
- phone_es_aviso_resonancia_sin_autorizacion_centro_de_la_red: a photographed Spanish notice to a PPO member: a band
  of values on a rule with captions under them, a reference line of bare numbers (member, claim, plan), a lumbar
  MRI by a network imaging center without the approval it had to get first (the member owes nothing), the
  ordering doctor, a 72-hour fast appeal as a decoy; "dentro de 65 días a partir de la fecha de este aviso".
- faxstd_stack_ambulance_reconsideration_acknowledgement_then_upheld_decision: a standard-fax stack: a fax cover
  sheet, the plan's acknowledgement of a non-contracted ambulance service's payment reconsideration request
  (received date, 60-day decision time, denies nothing), then the two-page reconsideration decision that keeps the
  refusal of two dialysis transports as not medically necessary and sends the case on to the Independent Review
  Entity (no deadline for the provider); its second page (the transport lines and the waiver of liability) is fed
  sideways.
- lowres_cardiology_claim_after_disenrollment_captions_beside_values: a 150 dpi letter to a cardiology practice:
  weekday date, boxes whose captions sit at the right of their values, a membership history table (enrolled span,
  disenrollment date, the new plan), an echo and office visit after coverage ended (CARC 27), money without "$";
  "must reach us no later than" a printed date.
- photocopy_orthopedic_claim_line_review_modifier_25_visit_bundled: a photocopied claim line determination to an
  orthopedic practice: captions on shaded strips, four lines (visit -25, knee injection, drug units, X-ray) of which
  only the visit pays 0.00 under CO-97 / M15 and a plan code explained under the table; the rendering surgeon; "must
  be received by" a printed date.
- rotated_member_notice_acupuncture_neck_pain_not_a_medicare_benefit: a notice fed turned: values over captions in
  ruled boxes, a request for repayment of three acupuncture visits for neck pain, "Medicare covers acupuncture only
  for chronic low back pain" and no extra acupuncture benefit in the plan, text in two columns; "within 65 calendar
  days of the date of this notice".
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundek_famkf import (KFSheet, es_date, first_last, iso, last_first, long, m2, n2, npi, out, people, plus,
                               slash, surname, tollfree, truth, usd, wday_long, workday, yy)
from public_kit import digits

FAMILY = "medicare_advantage_plan_provider_remittance_one_claim_refused_among_paid_and_member_claim_summaries"
LANG = "en"
SEED = 355005
ORG = "Thrunton Health Plans, Inc."
ORG_ALT = ["Thrunton Health Plans", "Thrunton Health Plan", "Thrunton"]
HMO, HMO_ID = "Thrunton Medicare Advantage Select (HMO)", "H5829-011"
PPO, PPO_ID = "Thrunton Medicare Advantage Open Access (PPO)", "H5829-024"
BOX_CLAIMS = "P.O. Box 41870, Scranton, PA 18505-1870"
BOX_APPEALS = "Appeals and Grievances, P.O. Box 41877, Scranton, PA 18505-1877"


def mid(rng):
    return "THN" + digits(rng, 8)


def icn(rng, d: dt.date) -> str:
    """26 + day of the year received + seven digits: 261070048213"""
    return f"{d:%y}{d.timetuple().tm_yday:03d}{digits(rng, 7)}"


def head(p, rng, unit: str, box: str | None = None, size: float = 12.6):
    p.head(ORG, "THRUNTON", [f"{unit}  |  {BOX_CLAIMS}",
                             f"{tollfree(rng, '877')}  |  TTY 711  |  8 a.m. to 8 p.m., 7 days a week"],
           box=box, size=size)


# ---------------------------------------------------------------------------------------------------------------
def born_remittance(rng):
    """The provider remittance advice: nine claims, the sixth refused CO-29."""
    pats = people(rng, 9)
    practice = "Kielder Ridge Family Medicine, PC"
    rad = workday(dt.date(2026, 4, rng.randint(14, 17)))
    docs_npi = [npi(rng) for _ in range(3)]
    specs = [  # (code, mods, billed, allowed, copay)
        [("99213", "", 168.00, 97.42, 10.00)],
        [("99214", "", 236.00, 136.18, 10.00), ("36415", "", 18.00, 3.12, 0.00)],
        [("G0439", "", 214.00, 132.56, 0.00)],
        [("99213", "", 168.00, 97.42, 10.00), ("87804", "", 38.00, 16.55, 0.00)],
        [("99496", "", 402.00, 271.37, 0.00)],
        [("99214", "25", 236.00, 0.0, 0.0), ("93000", "", 64.00, 0.0, 0.0)],
        [("99213", "", 168.00, 97.42, 10.00), ("81002", "", 22.00, 3.48, 0.00)],
        [("99215", "", 318.00, 183.90, 10.00)],
        [("G0438", "", 286.00, 194.05, 0.00), ("99497", "33", 148.00, 86.41, 0.00)],
    ]
    DEN = 5
    claims = []
    for i, (pt, lines) in enumerate(zip(pats, specs)):
        if i == DEN:
            d = dt.date(2026, 1, rng.randint(5, 9))
            rcvd = plus(d, rng.randint(96, 104))
        else:
            d = plus(rad, -rng.randint(18, 40))
            rcvd = plus(d, rng.randint(4, 9))
        claims.append(dict(pat=pt, mid=mid(rng), acct=f"{digits(rng, 5)}-{digits(rng, 2)}", icn=icn(rng, rcvd),
                           plan=PPO_ID if i in (1, 4, 5, 8) else HMO_ID, d=d, rcvd=rcvd, lines=lines,
                           perf=docs_npi[i % 3]))
    den = claims[DEN]
    den_b = sum(x[2] for x in den["lines"])
    rows = []
    tot = dict(b=0.0, a=0.0, c=0.0, pd=0.0)
    for i, c in enumerate(claims):
        rows.append(("span", f"{last_first(c['pat'])}    {c['mid']}    ACNT {c['acct']}    ICN {c['icn']}    "
                             f"PLAN {c['plan']}    RCVD {yy(c['rcvd'])}"))
        cb = ca = cc = cp = 0.0
        for code, mods, b, a, cop in c["lines"]:
            if i == DEN:
                grp, pd = f"CO-29 {n2(b)}", 0.0
            else:
                grp, pd = f"CO-45 {n2(b - a)}", round(a - cop, 2)
            rows.append([c["perf"], yy(c["d"]), "11", "1", code, mods, n2(b), n2(a), "0.00", n2(cop), grp, n2(pd)])
            cb, ca, cc, cp = cb + b, ca + a, cc + cop, cp + pd
        rows.append(("bold", ["PT RESP", n2(cc), "CLAIM TOTALS", "", "", "", n2(cb), n2(ca), "0.00", n2(cc), "",
                              n2(cp)]))
        if i == DEN:
            rows.append(["REM: MA01", "", "", "", "", "", "", "", "", "", "", ""])
        rows.append(("gap",))
        tot["b"] += cb
        tot["a"] += ca
        tot["c"] += cc
        tot["pd"] += cp
    interest = round(rng.uniform(1.2, 4.8), 2)
    eft = f"EFT{digits(rng, 9)}"
    pnpi = npi(rng)
    p = KFSheet(footer="PAGE {n} OF {nb}", footer_left=f"THRUNTON HEALTH PLANS  PROVIDER REMITTANCE ADVICE  "
                                                          f"{yy(rad)}")
    p.set_margins(12, 12, 12)
    p.add_page()
    head(p, rng, "Provider Claims Payment", box="PROVIDER REMITTANCE ADVICE", size=12.2)
    p.addr_pairs_right([practice, "Attn: Business Office", f"{rng.randint(1100, 3890)} Furnace Hollow Rd",
                        "Tunkhannock, PA 18657"],
                       [("Remit date", slash(rad)), ("Payee NPI", pnpi), ("Tax ID", f"23-{digits(rng, 7)}"),
                        ("Payee no.", f"KRF{digits(rng, 5)}"), ("EFT trace", eft), ("EFT amount",
                                                                                    usd(tot["pd"] + interest))],
                       split=0.52, cap_w=30, size=8.6)
    p.star_box(["PAPER CHECKS END JUNE 30, 2026. PRACTICES NOT YET PAID BY EFT SHOULD ENROLL BY MAY 29, 2026.",
                "MEMBER COPAYS: PRIMARY CARE $10.00 (HMO AND PPO), SPECIALIST $40.00. COLLECT ONLY THE PT RESP AMOUNT",
                "SHOWN ON THIS REMITTANCE. QUESTIONS: PROVIDER SERVICES AT THE NUMBER ABOVE."], size=6.9, width=104)
    W = p.w - p.l_margin - p.r_margin
    widths = [w * W / 100 for w in (11, 7.5, 4.6, 4.6, 6.3, 5, 8.3, 8.3, 7.3, 8.6, 14, 9.5)]
    p.carry_table(["PERF PROV", "SERV DATE", "POS", "NOS", "PROC", "MODS", "BILLED", "ALLOWED", "DEDUCT",
                   "COINS/ COPAY", "GRP/RC-AMT", "PROV PD"], widths,
                  ["L", "L", "L", "L", "L", "L", "R", "R", "R", "R", "L", "R"], rows, size=7.0, row_h=4.1,
                  cont_strip=f"PROVIDER REMITTANCE ADVICE (continued)   {practice}   REMIT DATE {yy(rad)}",
                  carry=(5, 11), face="Mono")
    p.set_font("Mono", "B", 7.2)
    for ln in [f"TOTALS:  # OF CLAIMS 9   BILLED AMT {n2(tot['b'])}   ALLOWED AMT {n2(tot['a'])}   "
               f"COPAY AMT {n2(tot['c'])}   PROV PD AMT {n2(tot['pd'])}",
               f"PROVIDER ADJ DETAILS:  PLB REASON CODE L6 (INTEREST)  {n2(interest)}    "
               f"NET EFT AMT {n2(tot['pd'] + interest)}"]:
        p.cell(0, 4, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.glossary("Codes used on this remittance", [
        ("CO", "Contractual obligation: the amount may not be billed to the member."),
        ("PR", "Patient responsibility: the amount the member may be billed."),
        ("1", "Deductible amount."), ("2", "Coinsurance amount."), ("3", "Co-payment amount."),
        ("29", "The time limit for filing has expired."),
        ("45", "Charge exceeds fee schedule/maximum allowable or contracted/legislated fee arrangement."),
        ("50", "These are non-covered services because this is not deemed a 'medical necessity' by the payer."),
        ("197", "Precertification/authorization/notification/pre-treatment absent."),
        ("MA01", "Alert: If you do not agree with what we approved for these services, you may appeal our "
                 "decision. See the note below."),
        ("L6", "Interest owed on a claim paid after the prompt-pay period.")], size=7.2)
    p.para("Note: under your participation agreement with Thrunton Health Plans, claims must reach us within 90 days "
           "of the date of service. A contracted provider who disagrees with the way a claim on this remittance was "
           "processed may ask for a claim reconsideration within 120 days of the date of this remittance advice. "
           "Send the ICN, the reason and any proof of timely filing (such as a clearinghouse acceptance report) to "
           f"Provider Claim Reconsiderations, {BOX_CLAIMS}. Do not bill the member for amounts in group CO.", 7.8)
    t = truth("eob", "timely_filing", insurer=ORG, plan_id=den["plan"], member_id=den["mid"], member_name=den["pat"],
              cases=[den["icn"]], claim_amount=m2(den_b), service_dates=[iso(den["d"])], denial_date=iso(rad),
              provider=practice, appeal_deadline=iso(plus(rad, 120)),
              alternates={"insurer": ORG_ALT, "plan_id": [None], "provider": ["Kielder Ridge Family Medicine"]})
    return out(p), t


def scan_member_eob(rng):
    pat, pcp, derm, sig = people(rng, 4, sexes="FMF")
    m = mid(rng)
    nd = workday(dt.date(2026, 4, rng.randint(6, 10)))
    p_from, p_to = dt.date(2026, 3, 1), dt.date(2026, 3, 31)
    pcp_org = "Kielder Ridge Family Medicine, PC"
    lab = "Bellshiel Clinical Laboratories"
    dclin = "Chollerton Dermatology & Skin Surgery"
    d1 = dt.date(2026, 3, rng.randint(2, 6))
    d2 = d1
    d3 = dt.date(2026, 3, rng.randint(16, 24))
    c1, c2, c3 = icn(rng, plus(d1, 6)), icn(rng, plus(d2, 5)), icn(rng, plus(d3, 7))
    l1 = [(d1, "Office visit, established patient (99213)", 168.00, 97.42, 87.42, 10.00, "A")]
    l2 = [(d2, "Comprehensive metabolic panel (80053)", 54.00, 10.56, 10.56, 0.0, "B"),
          (d2, "Lipid panel (80061)", 46.00, 13.39, 13.39, 0.0, "B")]
    l3 = [(d3, "Office visit, new patient (99203)", 246.00, 0.0, 0.0, 246.00, "C"),
          (d3, "Skin biopsy, tangential, first lesion (11102)", 312.00, 0.0, 0.0, 312.00, "C")]
    b3 = sum(x[2] for x in l3)
    p = KFSheet(footer=None, footer_left=f"Y0417_EOB26_M  |  {HMO_ID}",
                every=f"{pat}   {m}   Explanation of Benefits   Page {{n}} of {{nb}}")
    p.set_margins(18, 16, 18)
    p.add_page()
    head(p, rng, "Member Services")
    p.f(17, "B")
    p.cell(0, 8, "Your Explanation of Benefits", new_x="LMARGIN", new_y="NEXT")
    p.f(10)
    p.cell(0, 5, f"for the claims we processed from {long(p_from)} through {long(p_to)}", new_x="LMARGIN",
           new_y="NEXT")
    p.f(12, "B")
    p.cell(0, 7, "THIS IS NOT A BILL", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.addr_kv([pat, f"{rng.randint(20, 990)} Sawmill Run Rd", "Honesdale, PA 18431"],
              [("Member", pat), ("Member ID", m), ("Plan", f"{HMO}\n{HMO_ID}"), ("Date of this notice", long(nd))],
              w=104, cap_w=30)
    p.heading("Summary of your claims", 12, rule=True)
    W = p.w - p.l_margin - p.r_margin
    summ = [(pcp_org, l1), (lab, l2), (dclin, l3)]
    srows = []
    for name, ls in summ:
        srows.append([name, str(len(ls)), usd(sum(x[2] for x in ls)), usd(sum(x[3] for x in ls)),
                      usd(sum(x[4] for x in ls)), usd(sum(x[5] for x in ls))])
    allx = [x for _, ls in summ for x in ls]
    srows.append(["Total", "5", usd(sum(x[2] for x in allx)), usd(sum(x[3] for x in allx)),
                  usd(sum(x[4] for x in allx)), usd(sum(x[5] for x in allx))])
    p.table(["Provider", "Services", "Provider charged", "Plan approved", "Plan paid", "You may be billed"], srows,
            [W * 0.38, W * 0.09, W * 0.14, W * 0.13, W * 0.12, W * 0.14], size=8.8,
            aligns=["L", "C", "R", "R", "R", "R"], bold_last=True)
    yb = p.money_box("Your plan year so far (January 1 to March 31, 2026)",
                     [("Your out-of-pocket maximum for network care", "$4,900.00"),
                      ("What you have paid toward it", usd(rng.choice([182.40, 214.75, 236.10]))),
                      ("Plan paid for your care this year", usd(rng.choice([1418.62, 1642.09, 1876.33])))],
                     w=118, bold_last=False)
    p.set_xy(p.l_margin, yb + 4)
    p.para("The details of each claim are below. Letters in the last column point to notes on page 2 that explain "
           "how we processed a service.", 9.6)
    p.heading("Claim details", 12, rule=True)
    widths = [W * 0.12, W * 0.36, W * 0.11, W * 0.11, W * 0.1, W * 0.12, W * 0.08]
    rows = [("span", f"{pcp_org}  (network)   Claim {c1}   Seen by Dr. {pcp}")]
    rows += [[slash(d), s, usd(b), usd(a), usd(pd), usd(y), n] for d, s, b, a, pd, y, n in l1]
    rows += [("bold", ["", "Claim total", usd(168.00), usd(97.42), usd(87.42), usd(10.00), ""]), ("gap",)]
    rows += [("span", f"{lab}  (network)   Claim {c2}   Ordered by Dr. {pcp}")]
    rows += [[slash(d), s, usd(b), usd(a), usd(pd), usd(y), n] for d, s, b, a, pd, y, n in l2]
    rows += [("bold", ["", "Claim total", usd(100.00), usd(23.95), usd(23.95), "$0.00", ""]), ("gap",)]
    rows += [("span", f"{dclin}   Claim {c3}   Seen by Dr. {derm}")]
    rows += [[slash(l3[0][0]), l3[0][1], usd(l3[0][2]), "$0.00", "$0.00", usd(l3[0][5]), "C"], ("break",),
             [slash(l3[1][0]), l3[1][1], usd(l3[1][2]), "$0.00", "$0.00", usd(l3[1][5]), "C"],
             ("bold", ["", "Claim total", usd(b3), "$0.00", "$0.00", usd(b3), ""])]
    p.carry_table(["Date of service", "Service", "Provider charged", "Plan approved", "Plan paid", "You may be billed",
                   "See note"], widths, ["L", "L", "R", "R", "R", "R", "C"], rows, size=8.4, row_h=5.2,
                  cont_strip="Claim details (continued)", carry=(1, 2), zebra=True)
    p.heading("Notes about your claims", 12, rule=True)
    p.cols([[("A", "Your plan's copay for a visit to your primary care provider is $10.00. The provider may bill you "
                   "for it if you did not pay it at the visit."),
             ("B", "Lab tests done by a lab in our network cost you nothing.")],
            [("C", f"{dclin} is not in our plan's network. As a member of {HMO}, you get your care from network "
                   "providers. Our plan pays for care from a provider outside the network only for emergencies, "
                   "urgently needed care, dialysis while you are away from home, or when we approved the care before "
                   "you got it. We have no approval on file for this visit. The provider may bill you.")],
            [("Questions?", f"Call Member Services at {tollfree(rng, '877')} (TTY 711), 8 a.m. to 8 p.m., 7 days a "
                            "week. Keep this notice with your health records.")]], size=8.4)
    p.heading("If you disagree with what we decided", 11.5, rule=True)
    p.cols([[("Ask for an appeal", "You have the right to ask us to look at a claim again. This is called an appeal "
                                    "(a reconsideration). You must ask within 65 days of the date of this notice. "
                                    "Write to us at the address below, or call Member Services.")],
            [("What to send", "Tell us your name, your member ID, the claim number and why you think we should pay. "
                              "Send copies of any papers that help, such as a referral or a letter from your doctor.")],
            [("Where to send it", f"{ORG}, {BOX_APPEALS}. Fax: (570) 555-{digits(rng, 4)}. If your health "
                                  "could be seriously harmed by waiting, ask for a fast appeal; we answer those in 72 "
                                  "hours.")]], size=8.4)
    p.para(f"Sent for {ORG} by {sig}, Member Claims.", 8.4)
    t = truth("eob", "out_of_network", insurer=ORG, plan_id=HMO_ID, member_id=m, member_name=pat, cases=[c3],
              claim_amount=m2(b3), service_dates=[iso(d3)], denial_date=iso(nd), provider=dclin,
              appeal_deadline=iso(plus(nd, 65)),
              alternates={"insurer": ORG_ALT, "provider": [f"Dr. {derm}", derm, "Chollerton Dermatology"]})
    return out(p), t


def phone_es_mri(rng):
    pat, doc, sig = people(rng, 3, kind="es", sexes="MF")
    m = mid(rng)
    center = "Blanchland Imaging Center"
    sd = dt.date(2026, 3, rng.randint(9, 20))
    rcvd = plus(sd, rng.randint(5, 9))
    nd = workday(plus(rcvd, rng.randint(10, 16)))
    c = icn(rng, rcvd)
    billed = rng.choice([1840.00, 1965.00, 2110.00])
    p = KFSheet(footer=None, footer_left=f"Y0417_DP26_ES  |  {PPO_ID}")
    p.set_margins(20, 16, 20)
    p.add_page()
    p.head(ORG, "THRUNTON", ["Servicios para Miembros  |  " + BOX_CLAIMS,
                             f"{tollfree(rng, '877')} (TTY 711), de 8 a.m. a 8 p.m., los 7 días de la semana"],
           size=12.4)
    p.line(f"Scranton, PA, {es_date(nd)}", 10, "B")
    p.ln(3)
    for ln in [pat, f"{rng.randint(100, 980)} Calle Laurel, Apt. {rng.randint(1, 9)}B", "Hazleton, PA 18201"]:
        p.line(ln, 10)
    p.ln(4)
    p.ref_line("Ref.:", [m, c, PPO_ID])
    p.f(14, "B")
    p.multi_cell(0, 7, "Aviso de denegación de pago: no pagaremos su resonancia magnética", new_x="LMARGIN",
                 new_y="NEXT", align="L")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.hung([(es_date(nd), "Fecha de este aviso", W * 0.3), (c, "Número de reclamación", W * 0.26),
            (slash(sd), "Fecha del servicio", W * 0.2), (usd(billed), "Importe facturado", W * 0.24)], size=9.6)
    p.para(f"Estimado señor {surname(pat)}:", 10)
    p.para(f"Usted es miembro de {PPO}. Recibimos una reclamación de {center} por una resonancia magnética de la "
           f"columna lumbar (código 72148) que le hicieron el {es_date(sd)}. La pidió su médica, la Dra. {doc}.", 10)
    p.para("**Nuestra decisión.** No pagaremos esta reclamación. Para algunos servicios, como las resonancias "
           "magnéticas, el centro que los presta tiene que pedirnos autorización antes de hacerlos. El centro "
           "pertenece a nuestra red y no nos pidió esa autorización antes de su estudio.", 10)
    p.para("**Usted no tiene que pagar.** Como el centro es de nuestra red, no le puede cobrar a usted por este "
           "servicio. Si recibe una factura, llámenos al número de arriba.", 10)
    p.para(f"Recibimos la reclamación el {es_date(rcvd)}. Su próxima consulta con la Dra. {surname(doc)} no cambia "
           "esta decisión.", 10)
    p.heading("Si no está de acuerdo", 11)
    p.para("Puede pedirnos que revisemos esta decisión (una apelación o reconsideración). Debe pedirla dentro de 65 "
           f"días a partir de la fecha de este aviso. Escriba a {BOX_APPEALS}, o llame a Servicios para Miembros. "
           "Si su salud corre peligro, puede pedir una apelación rápida y le contestaremos en 72 horas.", 10)
    p.signoff(["Atentamente,", sig, "Departamento de Reclamaciones de Miembros"], 9.6)
    t = truth("denial_letter", "prior_authorization", insurer=ORG, plan_id=PPO_ID, member_id=m, member_name=pat,
              cases=[c], claim_amount=m2(billed), service_dates=[iso(sd)], denial_date=iso(nd), provider=center,
              appeal_deadline=iso(plus(nd, 65)), lang="es",
              alternates={"insurer": ORG_ALT, "plan_id": [None], "provider": [f"Dra. {doc}", doc]})
    return out(p), t


def faxstd_stack(rng):
    pat, rep, rn, md = people(rng, 4, sexes="FMFM")
    m = mid(rng)
    amb = "Ninebanks Ambulance Service, Inc."
    home = ["Attn: Patient Accounts", f"{rng.randint(40, 880)} Quarry Gap Rd", "Nanticoke, PA 18634"]
    d1 = dt.date(2026, 1, rng.randint(12, 16))
    d2 = plus(d1, 2)
    orig_rcvd = plus(d2, rng.randint(8, 12))
    claim = icn(rng, orig_rcvd)
    orig_nd = plus(orig_rcvd, rng.randint(14, 20))
    req_rcvd = plus(orig_nd, rng.randint(30, 40))
    recon = f"PRC-{req_rcvd:%y%m}-{digits(rng, 5)}"
    miles = rng.choice([11, 13, 14])
    lines = []
    for d in (d1, d2):
        lines += [(d, "A0428", "BLS, non-emergency transport", 612.00), (d, "A0425", f"Ground mileage x {miles}",
                                                                             round(miles * 16.5, 2))]
    tot = sum(x[3] for x in lines)
    # document A: acknowledgement, one page
    ad = workday(plus(req_rcvd, rng.randint(2, 4)))
    a = KFSheet(footer=None, footer_left=f"PRC-ACK  |  {slash(ad)}")
    a.set_margins(20, 16, 20)
    a.add_page()
    head(a, rng, "Provider Appeals")
    a.line(long(ad), 10, "B")
    a.ln(3)
    a.addr_kv([amb, *home], [("Reconsideration no.", recon), ("Claim (ICN)", claim), ("Member", pat),
                             ("Member ID", m), ("Dates of service", f"{slash(d1)} and {slash(d2)}"),
                             ("Amount billed", usd(tot))], w=96, cap_w=36)
    a.heading("We received your request for a payment reconsideration", 12)
    a.para(f"We received your written request on {long(req_rcvd)} to reconsider our decision of {long(orig_nd)} not "
           f"to pay your claim for ambulance transports of our member {first_last(pat)}. We also received the signed "
           "waiver of liability, which says you will not bill the member for these transports whatever the outcome.",
           10)
    a.para("We will review the claim, the trip records and the records you sent, and send you our decision within 60 "
           "calendar days of the day we received your request. You do not need to do anything more now. If you "
           "have more records to send, mail them to the address below with the reconsideration number.", 10)
    a.para(f"Thrunton Health Plans, Provider Appeals, {BOX_APPEALS}. Phone {tollfree(rng, '877')}.", 9.6)
    a.signoff(["Provider Appeals"], 9.6)
    d_a = (out(a), truth("other", None, insurer=ORG, member_id=m, member_name=pat, cases=[recon, claim],
                          claim_amount=m2(tot), service_dates=[iso(d1), iso(d2)], denial_date=iso(ad), provider=amb,
                          alternates={"insurer": ORG_ALT, "case_numbers": [[recon], [claim]],
                                      "claim_amount": [None], "service_dates": [[]]}))
    # document B: the decision, two pages
    bd = workday(plus(req_rcvd, rng.randint(38, 50)))
    b = KFSheet(footer="Page {n} of {nb}", footer_left=f"PRC-UPH  |  {recon}")
    b.set_margins(20, 16, 20)
    b.add_page()
    head(b, rng, "Provider Appeals", box="RECONSIDERATION DECISION")
    b.line(f"Date of decision: {bd:%d-%b-%Y}", 10, "B")
    b.ln(3)
    b.addr_pairs_right([amb, *home], [("Reconsideration", recon), ("Claim", claim), ("Member", pat),
                                      ("Member ID", m), ("Plan", PPO_ID), ("Request received", slash(req_rcvd))],
                       split=0.46, cap_w=32, size=9)
    b.heading("We did not change our decision", 12)
    b.para(f"You asked us to pay your claim for taking {first_last(pat)} by ambulance from home to the Dunstan Mill "
           f"Dialysis Center and back on {long(d1)} and {long(d2)}. A nurse reviewer and a physician who took no "
           "part in the first decision looked at the trip reports, the dialysis center's notes and the certificate "
           "of medical necessity you sent.", 10)
    b.para("Medicare pays for a non-emergency ambulance trip only when any other way of travel would put the "
           "person's health at risk, for example when the person cannot get up from bed without help, cannot walk "
           "and cannot sit in a chair or wheelchair. The trip reports say the member walked to the stretcher with a "
           "cane and sat upright during the trip, and the dialysis center's notes show she sat in a chair through "
           "each treatment. The records do not show that she needed an ambulance, so the transports were not "
           "medically necessary and we cannot pay for them.", 10)
    b.heading("What happens next", 11)
    b.para("Because we did not decide fully in your favor, we are sending your case to the Independent Review "
           "Entity (IRE), an organization Medicare hires that is not part of our plan. You do not need to ask for "
           "this review. The IRE will write to you and to us with its decision. If you disagree with the IRE, its "
           "letter will tell you how to ask for a hearing with an administrative law judge.", 10)
    b.add_page()
    b.heading("The transports on this claim", 11, rule=True)
    W = b.w - b.l_margin - b.r_margin
    b.table(["Date", "Code", "Service", "Billed", "Plan paid"],
            [[slash(d), c, s, usd(v), "$0.00"] for d, c, s, v in lines] + [["", "", "Total", usd(tot), "$0.00"]],
            [W * 0.16, W * 0.12, W * 0.42, W * 0.15, W * 0.15], size=9, aligns=["L", "L", "L", "R", "R"],
            bold_last=True)
    b.heading("Waiver of liability", 11)
    b.para(f"You signed a waiver of liability. You may not bill {first_last(pat)} for these transports, whatever the "
           "outcome of the review.", 10)
    b.two_sigs([f"{rn}, RN", "Appeals Nurse Reviewer"], [f"{md}, MD", "Physician Reviewer"])
    b.para(f"cc: {first_last(pat)} (member)  |  Contact: {rep}, Provider Appeals, {tollfree(rng, '877')}", 8.6)
    d_b = (out(b), truth("denial_letter", "medical_necessity", insurer=ORG, plan_id=PPO_ID, member_id=m,
                          member_name=pat, cases=[recon, claim], claim_amount=m2(tot), service_dates=[iso(d1), iso(d2)],
                          denial_date=iso(bd), provider=amb, appeal_deadline=None,
                          alternates={"insurer": ORG_ALT, "plan_id": [None], "case_numbers": [[recon], [claim]],
                                      "provider": ["Ninebanks Ambulance Service"]}))
    return [d_a, d_b]


def lowres_disenrolled(rng):
    pat, doc, sig = people(rng, 3, sexes="MFM")
    m = mid(rng)
    practice = "Hartburn Cardiology Associates, LLC"
    enrolled = dt.date(2025, 1, 1)
    ended = dt.date(2026, 2, 28)
    sd = dt.date(2026, 3, rng.randint(9, 20))
    rcvd = plus(sd, rng.randint(4, 8))
    ld = workday(plus(rcvd, rng.randint(8, 12)))
    claim = icn(rng, rcvd)
    lines = [(sd, "99214", "Office visit, established", 242.00), (sd, "93306", "Echocardiogram, complete",
                                                                   1244.00)]
    tot = sum(x[3] for x in lines)
    by = plus(ld, 120)
    p = KFSheet(footer=None, footer_left=f"PRV-ELG-4  |  {yy(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, rng, "Provider Claims Payment")
    p.line(wday_long(ld), 10, "B")
    p.ln(3)
    for ln in [practice, "Attn: Billing Manager", f"{rng.randint(200, 990)} Colliery Row, Suite 3",
               "Pottsville, PA 17901"]:
        p.line(ln, 10)
    p.ln(4)
    W = p.w - p.l_margin - p.r_margin
    p.beside_caps([[(claim, "claim (ICN)", W * 0.36), (last_first(pat), "patient", W * 0.38),
                    (m, "member no.", W * 0.26)],
                   [(slash(sd), "date of service", W * 0.23), (n2(tot), "billed", W * 0.17),
                    (slash(rcvd), "received", W * 0.21), (f"Dr. {doc}", "rendering", W * 0.39)]], size=8.8)
    p.heading("Claim not paid: the patient was not a member on the date of service", 12)
    p.para(f"We did not pay the claim above (claim adjustment reason code 27: expenses incurred after coverage "
           f"terminated). Our records show that {first_last(pat)}'s membership in {PPO} ended on {long(ended)}. He "
           "joined another Medicare plan, so on the date of this visit and echocardiogram he was no longer our "
           "member.", 10)
    p.table(["Membership", "Plan", "From", "Through"],
            [["Enrolled", f"{PPO} ({PPO_ID})", slash(enrolled), slash(ended)],
             ["Disenrolled", "Another Medicare plan (name not on file)", slash(plus(ended, 1)),
              "-"]], [W * 0.15, W * 0.57, W * 0.14, W * 0.14], size=8.6)
    p.table(["Date", "Code", "Service", "Billed", "Paid"],
            [[slash(d), c, s, n2(b), "0.00"] for d, c, s, b in lines] + [["", "", "Claim total", n2(tot), "0.00"]],
            [W * 0.16, W * 0.12, W * 0.42, W * 0.15, W * 0.15], size=8.8, aligns=["L", "L", "L", "R", "R"],
            bold_last=True)
    p.para("Please ask the patient for his current Medicare or plan card and bill that plan, or Original Medicare if "
           "he has no plan. You may check a patient's enrollment before each visit on our provider portal.", 10)
    p.para("If you have proof that the patient was our member on the date of service, you may ask us to reconsider. "
           f"Your request must reach us no later than {long(by)}. Send it with this letter to Provider Claim "
           f"Reconsiderations, {BOX_CLAIMS}.", 10)
    p.signoff(["Sincerely,", sig, "Provider Claims Payment"], 9.6)
    t = truth("denial_letter", "eligibility", insurer=ORG, plan_id=PPO_ID, member_id=m, member_name=pat, cases=[claim],
              claim_amount=m2(tot), service_dates=[iso(sd)], denial_date=iso(ld), provider=f"{doc}",
              appeal_deadline=iso(by),
              alternates={"insurer": ORG_ALT, "plan_id": [None],
                          "provider": [practice, "Hartburn Cardiology Associates"]})
    return out(p), t


def photocopy_line_review(rng):
    pat, surg, sig = people(rng, 3, sexes="FMF")
    m = mid(rng)
    practice = "Slaley Orthopedic & Spine, P.C."
    sd = dt.date(2026, 2, rng.randint(10, 26))
    rcvd = plus(sd, rng.randint(5, 9))
    ld = workday(plus(rcvd, rng.randint(12, 18)))
    claim = icn(rng, rcvd)
    by = plus(ld, 90)
    lines = [("1", "99214-25", "Office visit, established", 236.00, 0.00, "CO-97 / M15 / TK25"),
             ("2", "20610-RT", "Arthrocentesis/injection, major joint", 298.00, 71.86, "CO-45"),
             ("3", "J3301 x 4", "Triamcinolone acetonide, 10 mg", 48.00, 6.24, "CO-45"),
             ("4", "73562-RT", "X-ray knee, 3 views", 142.00, 38.70, "CO-45")]
    tot = sum(x[3] for x in lines)
    p = KFSheet(footer=None, footer_left=f"CLR-2  |  Determination {slash(ld)}")
    p.set_margins(16, 14, 16)
    p.add_page()
    head(p, rng, "Claim Payment Integrity", box="CLAIM LINE DETERMINATION")
    W = p.w - p.l_margin - p.r_margin
    p.strip_boxes([[("Determination date", long(ld), W * 0.28), ("Claim no. (ICN)", claim, W * 0.26),
                    ("Date of service", slash(sd), W * 0.22), ("Claim billed", usd(tot), W * 0.24)],
                   [("Patient", pat, W * 0.34), ("Member ID", m, W * 0.24), ("Plan", PPO_ID, W * 0.16),
                    ("Received", yy(rcvd), W * 0.26)],
                   [("Billing provider", practice, W * 0.5), ("Rendering provider", f"{surg}, MD", W * 0.5)]],
                  size=8.8)
    p.heading("How each line of this claim was processed", 10.5)
    p.table(["Line", "Code", "Description", "Billed", "Paid", "Codes"],
            [[n, c, s, usd(b), usd(pd), r] for n, c, s, b, pd, r in lines] +
            [["", "", "Claim total", usd(tot), usd(sum(x[4] for x in lines)), ""]],
            [W * 0.07, W * 0.14, W * 0.36, W * 0.12, W * 0.12, W * 0.19], size=8.6,
            aligns=["C", "L", "L", "R", "R", "L"], bold_last=True)
    p.legend("What the codes mean", [
        ("CO-45", "Charge above the contracted rate; the difference may not be billed to the member."),
        ("CO-97", "The benefit for this service is included in the payment for another service on the same day."),
        ("M15", "Separately billed services/tests have been bundled as they are considered components of the same "
                "procedure."),
        ("TK25", "An office visit billed with modifier 25 on the day of a minor procedure is paid only when the notes "
                 "show a significant, separately identifiable evaluation beyond the usual check before the "
                 "procedure. The notes sent describe only the knee exam that led to the injection, so the visit is "
                 "part of the injection and is not paid on its own.")], size=8.2)
    p.para("The member may not be billed for the office visit. If you believe the notes support a separate visit, "
           "send them with a request for review. Your request must be received by "
           f"{long(by)} at Claim Payment Integrity, {BOX_CLAIMS}.", 9.6)
    p.para(f"Reviewed by {sig}, CPC, Coding Review Analyst.  Provider Services {tollfree(rng, '877')}.", 8.8)
    t = truth("denial_letter", "coding_error", insurer=ORG, plan_id=PPO_ID, member_id=m, member_name=pat,
              cases=[claim], claim_amount=m2(tot), service_dates=[iso(sd)], denial_date=iso(ld), provider=f"{surg}",
              appeal_deadline=iso(by),
              alternates={"insurer": ORG_ALT, "plan_id": [None], "claim_amount": [m2(236.00)],
                          "provider": [practice, "Slaley Orthopedic & Spine"]})
    return out(p), t


def rotated_acupuncture(rng):
    pat, lic, sig = people(rng, 3, sexes="FF")
    m = mid(rng)
    clinic = "Allendale Acupuncture & Wellness"
    v1 = dt.date(2026, 2, rng.randint(3, 6))
    visits = [v1, plus(v1, 7), plus(v1, 14)]
    rcvd = plus(visits[-1], rng.randint(12, 20))
    nd = workday(plus(rcvd, rng.randint(10, 15)))
    req = f"MRR-{digits(rng, 7)}"
    per = rng.choice([95.00, 105.00])
    tot = per * 3
    p = KFSheet(footer=None, footer_left=f"Y0417_NDP26  |  {HMO_ID}")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, rng, "Member Reimbursement")
    p.line(long(nd), 10, "B")
    p.ln(2)
    for ln in [pat, f"{rng.randint(10, 480)} Old Canal Rd", "Jim Thorpe, PA 18229"]:
        p.line(ln, 10)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.over_boxes([(m, "Member ID", W * 0.22), (req, "Request number", W * 0.22), (long(nd), "Date of this notice",
                                                                                    W * 0.24),
                  (usd(tot), "Amount you asked for", W * 0.16), (HMO_ID, "Plan", W * 0.16)])
    p.f(15, "B")
    p.cell(0, 8, "We can't pay you back for your acupuncture visits", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dear {first_last(pat)}: you sent us receipts from {clinic} and asked us to pay you back for three "
           f"acupuncture visits with {lic}, L.Ac., on {slash(visits[0])}, {slash(visits[1])} and {slash(visits[2])}, "
           f"for neck pain. We received your request on {long(rcvd)}.", 10)
    p.cols([[("Why we can't pay", "Medicare covers acupuncture only for chronic low back pain, and only when "
                                  "certain conditions are met. Acupuncture for neck pain is not something Medicare "
                                  f"pays for, and {HMO} does not include an extra acupuncture benefit. So we cannot "
                                  "pay for these visits."),
             ("What this means for you", "You paid the clinic yourself, and this decision does not change that. Our "
                                         "plan does cover physical therapy for neck pain when your doctor orders it; "
                                         "ask your primary care provider.")],
            [("If you disagree", "You can ask us to look at this again (a reconsideration). Ask within 65 calendar "
                                 "days of the date of this notice. Write to us at "
                                 f"{BOX_APPEALS}, and tell us why you think we should pay. Include the request "
                                 "number above."),
             ("Help with your appeal", "A friend, relative, lawyer or your doctor can help you. You can also call "
                                       "your State Health Insurance Assistance Program (SHIP) for free counseling.")]],
           size=9.2)
    p.signoff(["Sincerely,", sig, "Member Reimbursement"], 9.6)
    p.para(f"Member Services {tollfree(rng, '877')} (TTY 711). This notice is about request {req} only.", 8.4)
    t = truth("denial_letter", "not_covered", insurer=ORG, plan_id=HMO_ID, member_id=m, member_name=pat, cases=[req],
              claim_amount=m2(tot), service_dates=[iso(v) for v in visits], denial_date=iso(nd), provider=clinic,
              appeal_deadline=iso(plus(nd, 65)),
              alternates={"insurer": ORG_ALT, "plan_id": [None], "provider": [f"{lic}, L.Ac.", lic]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_remittance_nine_claims_timely_filing_claim_among_paid", "born_digital",
             [born_remittance(rng)]),
        Item(F + "scan_member_eob_three_providers_out_of_network_dermatology_note_c", "scan_clean_300",
             [scan_member_eob(rng)]),
        Item(F + "phone_es_aviso_resonancia_sin_autorizacion_centro_de_la_red", "phone_photo", [phone_es_mri(rng)]),
        Item(F + "faxstd_stack_ambulance_reconsideration_acknowledgement_then_upheld_decision", "fax_standard_g4",
             faxstd_stack(rng), separators=["cover", None], turns={(1, 1): 90}),
        Item(F + "lowres_cardiology_claim_after_disenrollment_captions_beside_values", "scan_lowres_150",
             [lowres_disenrolled(rng)]),
        Item(F + "photocopy_orthopedic_claim_line_review_modifier_25_visit_bundled", "photocopy",
             [photocopy_line_review(rng)]),
        Item(F + "rotated_member_notice_acupuncture_neck_pain_not_a_medicare_benefit", "rotated",
             [rotated_acupuncture(rng)]),
    ]
    return items
