"""Papers of an invented self-funded multiemployer health plan for stonemasons, stone carvers, setters and
restoration masons: the Ashlar & Quoin Stone Trades Health Plan (the letters call it "the Plan" or "A&Q"), whose
Board of Trustees runs the Ashlar & Quoin Stone Trades Health and Welfare Fund from a Fund Office in an invented
Vermont town, with an invented claims administrator, Tewksfell Benefit Administrators, Inc., paying providers.
Members earn coverage by hours on covered projects that contributing contractors report (300 hours in a work quarter
give a three-month benefit period two months later); the Plan runs a Stone Trades Health Screening benefit
(breathing tests, hand-arm vibration tests, one low-dose chest CT for silica surveillance every 12 months), sends
injuries at work to workers' compensation first, precertifies hyperbaric oxygen and inpatient rehabilitation, treats
whole lung lavage for silicosis as investigational and pays hand therapy only in its network. Every person,
provider, company, number, address and amount is invented (phones 555); CPT / HCPCS codes and claim adjustment
reason codes appear as themselves.

Documents (8 in 7 files):
- born_digital_member_eob_low_dose_ct_notes_2_3_frequency: four claims under caption rows ("Plan:",
  "Referral #"); the chest CT row pays 0.00 with letter remark XF and bare note marks "2, 3", told in the numbered
  notes under the table; dated only "prepared the 7th of May 2026" at the top (05/07/2026 in the running footer).
- faxstd_administrator_remittance_finger_fracture_comp_first_co19_w2: the administrator's remittance to a hand
  surgery practice; five claims whose caption rows carry "Member", "Grp", "Plan:", "Auth" and "Acct"; one claim
  refused under CO-19 and W2 (work injury, workers' compensation first), told in the code list.
- faxstd_stack_typed_home_cover_hours_letter_then_paid_claim_upside_down: a wife's fax cover typed
  at home ("Attn", "Frm:", "# of pgs:", "Re:Radomir's ..." run together, "CONFIDENTAL", no plan named), the Plan's
  signed letter refusing three therapy visits for too few project hours, then, right after it, the Plan's letter
  about another claim reprocessed and paid (fed upside down; denies nothing).
- scanclean_inpatient_rehab_after_foot_crush_skilled_nursing_instead: pre-service notice refusing inpatient
  rehabilitation and approving a skilled nursing stay; captions at the left of ruled boxes.
- finefax_whole_lung_lavage_silicosis_investigational: two-page notice to the pulmonologist's office.
- scanlow_es_oxigenoterapia_hiperbarica_sin_precertificacion: Spanish letter refusing ten hyperbaric sessions
  given without precertification.
- photocopy_hand_therapy_studio_not_in_network: letter refusing six visits to a non-network hand therapist; a
  sidebar of captions and values, dated "the 4th of May 2026" (05/04/2026 in the running footer).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundep_fampd import dmy, dmy_dash, es_date, iso, long, n2, plus, slash, usd, wday, yy
from kit_roundes_famsd import ESSheet, dow_slash, home_typed_cover, of_date
from public_kit import digits, m2, out, truth

FAMILY = "ashlar_quoin_stone_trades_health_plan_silica_ct_limit_comp_first_project_hours_rehab_setting_lung_lavage_hyperbaric_precert_hand_therapy_network_refusals"
LANG = "en"
SEED = 355183
PLAN = "Ashlar & Quoin Stone Trades Health Plan"
FUND = "Ashlar & Quoin Stone Trades Health and Welfare Fund"
INS_ALT = ["Ashlar and Quoin Stone Trades Health Plan", "Ashlar & Quoin", "Ashlar and Quoin", "Ashlar & Quoin Health Plan",
           FUND, "Ashlar and Quoin Stone Trades Health and Welfare Fund", "A&Q", "A & Q", "Ashlar & Quoin Stone Trades"]
TPA = "Tewksfell Benefit Administrators, Inc."
LEGAL = f"{PLAN}  \u00b7  a Taft-Hartley trust fund"
FOOT = (f"The {PLAN} is a self-funded multiemployer plan of the {FUND}, run by a Board of Trustees named by the "
        "contributing contractors and the union. Coverage is earned by hours on covered projects that contributing "
        f"contractors report to the Fund Office. Provider claims are processed by {TPA}. Form AQ-100.")
RIGHT = ["Member Services 1-800-555-0186", "Utilization Review 1-800-555-0184", "Fax 1-800-555-0189",
         "Mon-Fri 7:30 a.m. - 4:00 p.m."]
ADDR = ["Fund Office \u00b7 1180 Banker Street, Suite 300 \u00b7 Cressbeck, VT 05677"]


def mid(rng):
    return "BZ" + digits(rng, 8)


def grp(m):
    return f"{m[:2]} {m[2:6]} {m[6:]}"


def claim(rng):
    return "26S" + digits(rng, 9)


def um(rng):
    return "UM26-I" + digits(rng, 5)


def head(p, box=None, right=None):
    p.amp_head("ASHLAR", "QUOIN", LEGAL, ADDR, right or RIGHT, box=box)


# ------------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    mem = "Cornelius D. Aldwinckle"
    m = mid(rng)
    sd = dt.date(2026, 5, 7)
    GRP, PL = "SQ-114", "AQ-PPO-5"
    IMG = "Cressbeck Imaging Center"
    refs = ["R-" + digits(rng, 5), "R-" + digits(rng, 5)]
    d = dt.date
    claims = [
        (claim(rng), f"Cressbeck Family Medicine \u00b7 Solveig Grindrod, MD \u00b7 Plan: {PL}",
         [(d(2026, 4, 2), "99214", "Office visit", 210.00, 148.00, 123.00, 25.00, "NP CP", "1"),
          (d(2026, 4, 2), "94010", "Breathing test (spirometry)", 96.00, 38.50, 38.50, 0.00, "SX", "1, 5")]),
        (claim(rng), f"Granitehead Hand & Upper Limb Clinic \u00b7 Ptolemy Pannifer, MD \u00b7 Referral # {refs[0]}",
         [(d(2026, 4, 9), "95910", "Nerve conduction studies", 640.00, 402.10, 362.10, 40.00, "NP CI", "1, 4"),
          (d(2026, 4, 9), "93923", "Arterial study, hands (cold test)", 310.00, 188.40, 188.40, 0.00, "SX", "1, 5")]),
        (claim(rng), f"{IMG} \u00b7 Referral # {refs[1]} \u00b7 Plan: {PL}",
         [(d(2026, 4, 20), "71271", "Low-dose CT, chest", 486.00, 0.00, 0.00, 0.00, "XF", "2, 3")]),
        (claim(rng), f"Cressbeck Family Medicine \u00b7 Solveig Grindrod, MD \u00b7 Plan: {PL}",
         [(d(2026, 4, 28), "99213", "Office visit, follow-up", 165.00, 112.00, 87.00, 25.00, "NP CP", "1")]),
    ]
    R = 2
    p = ESSheet(footer="Page {n} of {nb}",
                run_foot=f"Member ID {grp(m)}   \u00b7   Statement {slash(sd)}   \u00b7   Questions? Member Services "
                         "1-800-555-0186")
    p.set_margins(16, 13, 16)
    p.add_page()
    head(p, box="EXPLANATION OF BENEFITS")
    W = p.W
    y0 = p.get_y()
    p.address_block([mem, "26 Scappler's Row", "Cressbeck VT 05677"], 9.6)
    lm = p.l_margin
    p.set_left_margin(lm + W * 0.46)
    p.set_xy(lm + W * 0.46, y0)
    p.sc_boxes([[("Member", mem, 0.5), ("Member ID", grp(m), 0.5)],
                [("Group", GRP, 0.5), ("Plan", PL, 0.5)]], size=8.8, h=6.0, cap=6.4)
    p.set_left_margin(lm)
    p.set_xy(lm, max(p.get_y(), y0 + 18) + 1)
    p.set_font("Serif", "B", 12)
    p.cell(W, 6, f"Your explanation of benefits, prepared {of_date(sd)}", new_x="LMARGIN", new_y="NEXT")
    p.small("THIS IS NOT A BILL. It shows the claims the Plan processed for you in April 2026. Benefit period May 1 - "
            "July 31, 2026 earned with 418 hours on covered projects (300 needed).", 7.8)
    p.set_font("Sans", "", 7.6)
    p.cell(W, 4, "Rmk:   NP network price   CP copay   CI coinsurance   SX screening benefit, no cost share   "
                 "XF frequency limit", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    widths = [W * 0.1, W * 0.08, W * 0.27, W * 0.1, W * 0.1, W * 0.1, W * 0.09, W * 0.08, W * 0.08]
    rows, bold, shade = [], set(), set()
    info = None
    for i, (no, cap, lines) in enumerate(claims):
        shade.add(len(rows))
        rows.append([f"Claim {no}  \u00b7  {cap}", "", "", "", "", "", "", "", ""])
        tb = 0.0
        for dd_, code, desc, bl, al, pdv, sh, rmk, note in lines:
            rows.append([yy(dd_), code, desc, n2(bl), n2(al), n2(pdv), n2(sh), rmk, note])
            tb += bl
        if i == R:
            info = dict(no=no, billed=tb, dates=[iso(ln[0]) for ln in lines])
    p.run_table(["Date", "Code", "Service", "Billed", "Plan allowed", "Plan paid", "Your share", "Rmk", "Notes"],
                rows, widths, aligns=["L", "L", "L", "R", "R", "R", "R", "C", "C"], size=7.7, row_h=5.0,
                shade_rows=shade, foot_room=26)
    p.note_list("Notes", [
        ("1", "Paid at the Plan's network rate. A network provider may not bill you more than your share."),
        ("2", "The Plan pays for one low-dose chest CT for silica surveillance every 12 months. Your last one was "
              "paid on January 14, 2026, so this scan is not covered."),
        ("3", f"{IMG} is a network provider. It may bill you for this scan only if you agreed in writing, before the "
              "scan, to pay for it yourself."),
        ("4", "Counts toward your 2026 out-of-pocket limit of $3,500.00 (met so far: $90.00)."),
        ("5", "Stone Trades Health Screening benefit: breathing tests and hand-arm vibration tests at no cost to you."),
        ("6", "The accident questionnaire is needed before the Plan can finish this claim."),
        ("7", "Not paid: your hours on covered projects did not earn coverage for this date."),
    ], size=7.6)
    p.set_font("Sans", "B", 9.6)
    p.cell(W, 5, "Your right to appeal", new_x="LMARGIN", new_y="NEXT")
    p.small("If you disagree with how a claim was handled, you may appeal to the Board of Trustees within 180 days of "
            "the date of this statement. Write to Appeals, Fund Office, 1180 Banker Street, Suite 300, Cressbeck, VT "
            "05677, and say which claim you mean. Urgent care appeals are decided within 72 hours. You also have the "
            "right to bring a civil action under ERISA section 502(a) after the appeal.", 8.0)
    p.small(FOOT, 6.4)
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=PL, group=GRP, member_id=m, member_name=mem,
              cases=[info["no"]], claim_amount=m2(info["billed"]), service_dates=info["dates"], denial_date=iso(sd),
              provider=IMG, appeal_deadline=iso(plus(sd, 180)), alternates={"insurer": INS_ALT},
              denial_alternates=["medical_necessity"], type_alternates=["denial_letter"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_remit(rng):
    rd = dt.date(2026, 5, 14)
    PAYEE = "Setterby Hand Surgery Associates, PC"
    SURG = "Honora Brokenshire, MD"
    PA = "Tamsin Eathorne, PA-C"
    npi = "1" + digits(rng, 9)
    tin = "03-" + digits(rng, 7)
    eft = "EFT " + digits(rng, 11)
    d = dt.date
    pts = [
        ("Delia R. Couchman", "SQ-114", SURG, None,
         [(d(2026, 4, 13), "99204", 320.00, 201.40, 176.40, 25.00, "CO-45, PR-3")]),
        ("Osric T. Garlick", "SQ-031", PA, None,
         [(d(2026, 4, 16), "99213", 165.00, 112.00, 87.00, 25.00, "CO-45, PR-3"),
          (d(2026, 4, 16), "20526", 214.00, 96.20, 96.20, 0.00, "CO-45")]),
        ("Ivo S. Ruskington", "SQ-207", SURG, None,
         [(d(2026, 4, 27), "26735", 2340.00, 0.00, 0.00, 0.00, "CO-19, W2"),
          (d(2026, 4, 27), "29130", 64.00, 0.00, 0.00, 0.00, "CO-19, W2")]),
        ("Hamish P. Loosemore", "SQ-114", SURG, um(rng),
         [(d(2026, 5, 1), "64721", 1180.00, 688.20, 619.38, 68.82, "CO-45, PR-2")]),
        ("Bettina J. Manktelow", "SQ-207", PA, None,
         [(d(2026, 5, 4), "99213", 165.00, 112.00, 87.00, 25.00, "CO-45, PR-3")]),
    ]
    R = 2
    rows, bold, shade = [], set(), set()
    info = None
    tp_all = 0.0
    for i, (pt, gno, rend, auth, lines) in enumerate(pts):
        no = claim(rng)
        m = mid(rng)
        acct = digits(rng, 5)
        first, mi, last = pt.split()[0], pt.split()[1].rstrip("."), pt.split()[-1]
        extra = f"   Auth {auth}" if auth else ""
        shade.add(len(rows))
        rows.append([f"CLM {no}   {last.upper()}, {first.upper()} {mi}   Member {m}   Grp {gno}   Plan: AQ-PPO-5"
                     f"{extra}   Acct {acct}", "", "", "", "", "", ""])
        rows.append([f"      Rendering {rend}", "", "", "", "", "", ""])
        tb = tp = 0.0
        for dos, code, bl, al, pdv, pr, adj in lines:
            rows.append([slash(dos), code, n2(bl), n2(al), n2(pr), n2(pdv), adj])
            tb, tp = tb + bl, tp + pdv
        bold.add(len(rows))
        rows.append(["", "Claim total", n2(tb), "", "", n2(tp), ""])
        tp_all += tp
        if i == R:
            info = dict(pt=pt, m=m, g=gno, no=no, billed=tb, dates=[iso(lines[0][0])])
    fax = "MAY-15-2026 10:02  TEWKSFELL BA  1 800 555 0179  >>  SETTERBY HAND BILLING  P.{n}/1"
    p = ESSheet(footer="Page {n} of {nb}", fax_hdr=fax,
                run_hdr=f"Remittance advice  \u00b7  {PAYEE}  \u00b7  {slash(rd)}  \u00b7  {eft}  \u00b7  page {{n}}")
    p.set_margins(13, 13, 13)
    p.add_page()
    p.logo_legal("TEWKSFELL", f"{TPA}  \u00b7  claims administrator for the {PLAN}",
                 ["PO Box 2290, Hollin Falls, VT 05681"],
                 ["Provider line 1-800-555-0177", "Fax 1-800-555-0179", "Claims PO Box 2291"],
                 box="PROVIDER REMITTANCE ADVICE")
    W = p.W
    y0 = p.get_y()
    ya = p.address_block([PAYEE, "Attn: Billing Office", "55 Cobble Wharf, Suite 2", "Cressbeck VT 05677"], 9.0)
    p.set_xy(p.l_margin + W * 0.48, y0)
    p.set_font("Sans", "B", 9.2)
    p.cell(W * 0.52, 5, f"Remittance of {wday(rd)}", align="R", new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + W * 0.48)
    p.set_font("Sans", "", 8.2)
    p.multi_cell(W * 0.52, 4.2, f"Payee NPI {npi}   TIN {tin}\nPayment {eft}\nAmount {n2(tp_all)}", align="R",
                 new_x="LMARGIN", new_y="NEXT")
    p.set_y(max(p.get_y(), ya, y0 + 18) + 3)
    widths = [W * 0.16, W * 0.13, W * 0.13, W * 0.13, W * 0.14, W * 0.13, W * 0.18]
    p.run_table(["Service date", "Code", "Billed", "Allowed", "Patient resp.", "Paid", "Adjustment"], rows, widths,
                aligns=["L", "L", "R", "R", "R", "R", "L"], size=7.8, row_h=4.9, bold_rows=bold, shade_rows=shade,
                foot_room=26, cont="claims continue")
    p.set_font("Sans", "B", 8.6)
    p.cell(W, 5, f"Totals   paid {n2(tp_all)}   ({len(pts)} claims)", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.legend_grid("Adjustment codes  (CO contractual: do not bill the patient  \u00b7  PR patient responsibility)", [
        ("45", "Charge is more than the contracted rate. Write off the difference."),
        ("2", "Coinsurance amount."),
        ("3", "Copay amount."),
        ("16", "The claim lacks information needed to pay it. Send the missing items."),
        ("18", "Exact duplicate of a claim already processed."),
        ("19", "Injury or illness at work: the workers' compensation carrier is responsible."),
        ("197", "No precertification was on file for this service."),
        ("W2", "The contractor reported this injury to its workers' compensation carrier. Bill the carrier. If the "
               "carrier denies the claim, send its denial and the Plan will reconsider."),
        ("W1", "The patient has not returned the accident questionnaire."),
        ("W20", "Subrogation: a third party may be responsible; a lien notice was sent."),
    ], cols=2, size=7.4, code_w=9.5)
    p.small("Reconsideration: a provider may ask for reconsideration of a claim within 90 days of the remittance date. "
            f"Send a corrected claim or the workers' compensation carrier's denial to {TPA}, Reconsiderations, PO Box "
            "2291, Hollin Falls, VT 05681. " + FOOT, 7.0)
    t = truth("eob", "other", insurer=TPA, plan_id="AQ-PPO-5", group=info["g"], member_id=info["m"],
              member_name=info["pt"], cases=[info["no"]], claim_amount=m2(info["billed"]),
              service_dates=info["dates"], denial_date=iso(rd), provider="Honora Brokenshire",
              appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": ["Tewksfell", "Tewksfell Benefit Administrators", PLAN] + INS_ALT,
                          "provider": [SURG, PAYEE]},
              type_alternates=["denial_letter"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def stack_hours(rng):
    mem = "Radomir K. Gablethorn"
    m0 = mid(rng)
    m = f"{m0[:2]}-{m0[2:6]}-{m0[6:]}"
    GRP, PL = "SQ-031", "AQ-PPO-5"
    nd = dt.date(2026, 5, 26)
    nd2 = dt.date(2026, 5, 27)
    visits = [dt.date(2026, 5, 4), dt.date(2026, 5, 6), dt.date(2026, 5, 11)]
    ca, cb = claim(rng), claim(rng)
    PT = "Hewnstone Physical Therapy"
    PTP = "Morwen Isbister, DPT"
    HOSP = "Cressbeck Memorial Hospital"
    er = dt.date(2026, 3, 9)
    fax = "06/02/2026 18:40  FROM: GABLETHORN  8025550148  P. {p}/3"
    cover = home_typed_cover(
        "FAX", [("Date:", "6/2/26"), ("Attn", "Mr. Ovenden - Local 14 hall"),
                ("Frm:", "Zdenka Gablethorn (Radomirs wife)"), ("Phone#", "802-555-0148"),
                ("# of pgs:", "3 inc. this one"), ("Re:Radomirs letters from the fund, the hours??", "")],
        ["Mr. Ovenden, Radomir says the Cedarfell library job hours were never sent in by the contractor, he was "
         "there all of February and March. Can you call them or the office? The second letter I think is ok.",
         "Thank you,  Zdenka"],
        "CONFIDENTAL - if you got this by mistake please call 802-555-0148", fax_hdr=fax)
    # --- letter 1: three visits refused, hours short (signed) ---------------------------------------------------
    p = ESSheet(footer=None, fax_hdr=fax, fax_off=1)
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, box="CLAIM DENIED")
    W = p.W
    p.address_block([mem, "9 Mason's Yard Road", "Hollin Falls VT 05681"], 9.6)
    p.ln(3)
    p.set_font("Sans", "B", 9.6)
    p.cell(W, 5, f"Date of notice: {dow_slash(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.cap_boxes([[("Member ID", m, 0.28), ("Group / Plan", f"{GRP} / {PL}", 0.28), ("Claim", ca, 0.44)],
                 [("Provider", f"{PT} ({PTP})", 0.56), ("Billed", usd(636.00), 0.44)]], size=9.0, h=10.2,
                below=True)
    p.para("Dear Mr. Gablethorn:", 9.6)
    p.para(f"We received a claim from {PT} for physical therapy on {long(visits[0])}, {long(visits[1])} and "
           f"{long(visits[2])} (three visits at $212.00 each). **The Plan cannot pay this claim, because you did not "
           "have coverage on those dates.**", 9.2)
    p.para("Your coverage for the benefit period May 1 - July 31, 2026 depended on hours you worked on covered projects "
           "in the work quarter January 1 - March 31, 2026. You needed 300 hours. Contributing contractors reported "
           "212 hours:", 9.2)
    p.table(["Covered project", "Contractor", "Hours reported"],
            [["St. Aidan's church, repointing", "Bankerstone Restoration Co.", "96"],
             ["Cressbeck courthouse, steps reset", "Granitehead Stone Setting, Inc.", "116"],
             ["", "Total (300 needed)", "212"]],
            [W * 0.42, W * 0.4, W * 0.18], size=8.6, aligns=["L", "L", "R"], bold_last=True)
    p.para("If you worked on another covered project in that quarter, tell the Fund Office which project and which "
           "contractor, and send pay stubs. We will ask the contractor for its report. You may also keep your "
           "coverage by a self-payment of $1,146.00 for the benefit period, if it reaches us by June 15, 2026; the "
           "claim would then be paid.", 9.0)
    p.para("**Your right to appeal.** You may appeal to the Board of Trustees within 180 days of the date of this "
           "letter. Write to Appeals, Fund Office, 1180 Banker Street, Suite 300, Cressbeck, VT 05677.", 9.0)
    p.signature(["Sincerely,", "Eligibility Department, Fund Office", "for the Board of Trustees"], 9.2,
                script="Linnea Setterquist")
    p.small(FOOT, 6.2)
    l1 = out(p)
    t1 = truth("denial_letter", "eligibility", insurer=PLAN, plan_id=PL, group=GRP, member_id=m, member_name=mem,
               cases=[ca], claim_amount="636.00", service_dates=[iso(v) for v in visits], denial_date=iso(nd),
               provider=PT, appeal_deadline=iso(plus(nd, 180)),
               alternates={"insurer": INS_ALT, "provider": [PTP, "Morwen Isbister"]})
    # --- letter 2: another claim reprocessed and paid (same sender, right after) ------------------------------------
    q = ESSheet(footer=None, fax_hdr=fax, fax_off=2)
    q.set_margins(18, 14, 18)
    q.add_page()
    head(q, box="CLAIM REPROCESSED")
    W = q.W
    q.address_block([mem, "9 Mason's Yard Road", "Hollin Falls VT 05681"], 9.6)
    q.ln(3)
    q.set_font("Sans", "B", 9.6)
    q.cell(W, 5, f"Date: {long(nd2)}", new_x="LMARGIN", new_y="NEXT")
    q.ln(1)
    q.cap_boxes([[("Member ID", m, 0.26), ("Group / Plan", f"{GRP} / {PL}", 0.26), ("Claim", cb, 0.26),
                  ("Date of service", slash(er), 0.22)],
                 [("Provider", HOSP, 0.56), ("Questionnaire received", slash(dt.date(2026, 5, 18)), 0.44)]],
                size=9.0, h=10.2, below=True)
    q.para("Dear Mr. Gablethorn:", 9.6)
    q.para(f"Thank you for returning the accident questionnaire about the cut to your left hand, which you told us "
           f"happened while carving at home on {long(er)}. We held this claim from {HOSP} until we had it. **We have "
           "now processed the claim and paid it.**", 9.2)
    q.table(["Service", "Code", "Billed", "Plan paid", "Your share"],
            [["Emergency room visit", "99284", "1,124.00", "", ""],
             ["Wound repair, 2.6 cm", "12002", "612.40", "", ""],
             ["Tetanus shot", "90715", "156.00", "", ""],
             ["Claim total", "", "1,892.40", "1,512.40", "380.00"]],
            [W * 0.4, W * 0.12, W * 0.16, W * 0.16, W * 0.16], size=8.6, aligns=["L", "L", "R", "R", "R"],
            bold_last=True)
    q.para("Your share is the $150.00 emergency room copay and 20 percent coinsurance on the rest. The hospital will "
           "bill you for it. This is not a decision about your other claims.", 9.0)
    q.signature(["Claims Department, Fund Office", PLAN], 9.2)
    q.small(FOOT, 6.2)
    l2 = out(q)
    t2 = truth("other", None, insurer=PLAN, plan_id=PL, group=GRP, member_id=m, member_name=mem, cases=[cb],
               claim_amount="1892.40", service_dates=[iso(er)], denial_date=iso(nd2), provider=HOSP,
               alternates={"insurer": INS_ALT}, type_alternates=["eob"])
    return cover, [(l1, t1), (l2, t2)]


# ------------------------------------------------------------------------------------------------------------------
def scanclean_rehab(rng):
    mem = "Teodor W. Drovewell"
    m = mid(rng)
    GRP, PL = "SQ-207", "AQ-PPO-5"
    nd = dt.date(2026, 5, 15)
    adm = dt.date(2026, 5, 18)
    inj = dt.date(2026, 5, 6)
    req = um(rng)
    IRF = "Tolverne Rehabilitation Hospital"
    ORTHO = "Cosmo Haworth-Pyne, MD"
    p = ESSheet(footer="Page {n} of {nb}", run_foot=f"{mem}  \u00b7  {req}  \u00b7  Utilization Review")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, box="NOTICE OF ADVERSE BENEFIT DETERMINATION")
    W = p.W
    y0 = p.get_y()
    p.address_block([mem, "c/o Cressbeck Memorial Hospital, Room 412", "300 Infirmary Brow", "Cressbeck VT 05677"],
                    9.4)
    yb = p.side_boxes([("Decision date", f"{nd.day} {nd.strftime('%B')} {nd.year}"), ("Member ID", grp(m)),
                       ("Group / Plan", f"{GRP} / {PL}"), ("Review number", req),
                       ("Planned admission", slash(adm))], p.l_margin + W * 0.46, y0, W * 0.54, 30, size=8.8,
                      h=5.8, gap=1.0)
    p.set_xy(p.l_margin, yb + 3)
    p.prov_pair([("REQUESTED BY", IRF, "inpatient rehabilitation facility"),
                 ("ATTENDING SURGEON", ORTHO, "Cressbeck Memorial Hospital, orthopedics")], size=8.6, ruled=True)
    p.para("Dear Mr. Drovewell:", 9.6)
    p.para(f"{IRF} asked the Plan to approve your admission for inpatient rehabilitation from {long(adm)}, after the "
           f"surgery on your left foot, which was crushed by a granite slab on {long(inj)}. This notice is issued "
           f"{of_date(nd)}.", 9.2)
    p.table(["What was asked for", "Decision"],
            [["Inpatient rehabilitation hospital admission (about 12 days)", "Not approved"],
             ["Skilled nursing stay with daily therapy (Mudge Hill)", "Approved, up to 14 days"],
             ["Outpatient physical therapy after discharge", "Approved, 12 visits"]],
            [W * 0.7, W * 0.3], size=8.8)
    p.heading("Why the inpatient rehabilitation admission was not approved", 10.4)
    p.columns([
        ("", "Inpatient rehabilitation hospitals are for patients who need, and can take part in, at least three "
         "hours of therapy a day, five days a week, with a doctor seeing them every day. Your notes show that you "
         "may not put weight on the left foot for six weeks, and that you can move from bed to chair with a walker. "
         "Your therapy needs are for one to two hours a day."),
        ("", "These needs can be met safely at a lower level of care: a skilled nursing facility with daily therapy "
         "(Mudge Hill Skilled Nursing & Rehabilitation has a bed), "
         "then outpatient therapy. The Plan has approved those. This decision is about where your care is given, "
         "not about whether you need rehabilitation. The decision was made by Dr. Caspian Rodda, a physical "
         "medicine doctor who reviews for the Plan."),
    ], n=2, size=8.8)
    p.heading("Your right to appeal", 10.4, rule=True)
    p.para("You, your doctor or someone you choose may appeal within 180 days of the date of this notice. Write to "
           "Appeals, Fund Office, 1180 Banker Street, Suite 300, Cressbeck, VT 05677, or fax 1-800-555-0189. **If you "
           "are still in the hospital, ask for an urgent appeal: the Plan decides within 72 hours.**", 9.0)
    p.para("You may ask for the guideline used and for copies of your file at no cost. After the Plan's final "
           "decision you may ask for an external review by an independent review organization within four months.",
           8.8)
    p.signature(["Utilization Review, Fund Office", PLAN], 9.0)
    p.small(FOOT, 6.2)
    t = truth("denial_letter", "level_of_care", insurer=PLAN, plan_id=PL, group=GRP, member_id=m, member_name=mem,
              cases=[req], service_dates=[iso(adm)], denial_date=iso(nd), provider=IRF,
              appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": INS_ALT, "provider": [ORTHO, "Cosmo Haworth-Pyne"]},
              denial_alternates=["medical_necessity"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def finefax_lavage(rng):
    mem = "Eamon J. Amblehurst"
    m = mid(rng)
    GRP, PL = "SQ-114", "AQ-PPO-5"
    nd = dt.date(2026, 5, 19)
    plan_d = dt.date(2026, 6, 8)
    got = dt.date(2026, 5, 6)
    req = um(rng)
    DOC = "Ysolde Densham, MD"
    HOSP = "Penmorvah University Hospital"
    fax = "MAY-19-2026 14:11  A&Q UTILIZATION REVIEW  1 800 555 0189  >>  PENMORVAH PULM  P.{n}/2"
    p = ESSheet(footer="Page {n} of {nb}", fax_hdr=fax,
                run_hdr=f"Member {grp(m)}  \u00b7  Review {req}  \u00b7  Notice date {dmy_dash(nd)}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, box="PRECERTIFICATION DECISION")
    W = p.W
    y0 = p.get_y()
    p.set_font("Sans", "", 8.4)
    p.multi_cell(W * 0.5, 4.2, f"TO: {DOC}\nInterventional Pulmonology, {HOSP}\nAttn: precertification coordinator\n"
                               "Fax (802) 555-0117", align="L", new_x="LMARGIN", new_y="NEXT")
    yl = p.get_y()
    p.set_xy(p.l_margin + W * 0.5, y0)
    p.run_pairs([("Notice date", dmy_dash(nd))], sep="gap", size=9.0, x=p.l_margin + W * 0.5)
    p.set_x(p.l_margin + W * 0.5)
    p.run_pairs([("Review no.", req)], sep="gap", size=9.0, x=p.l_margin + W * 0.5)
    p.set_x(p.l_margin + W * 0.5)
    p.run_pairs([("Received", slash(got))], sep="gap", size=9.0, x=p.l_margin + W * 0.5)
    p.set_y(max(p.get_y(), yl, y0 + 18) + 3)
    p.cap_boxes([[("Patient", mem, 0.34), ("Member ID", grp(m), 0.33), ("Group / Plan", f"{GRP} / {PL}", 0.33)],
                 [("Service", "Whole lung lavage, right lung (32997), inpatient", 0.67),
                  ("Planned date", slash(plan_d), 0.33)]], size=9.0, h=9.6)
    p.set_font("Serif", "B", 12)
    p.cell(W, 6, "Decision: NOT APPROVED (investigational)", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dr. Densham, you asked A&Q to precertify whole lung lavage for your patient, a stone carver with chronic "
           f"simple silicosis, at {HOSP} on {long(plan_d)}, with the left lung to follow about six weeks later. The "
           "Plan has reviewed the request and your notes of April 28, 2026.", 9.2)
    p.heading("Reason", 10.4)
    p.para("Under the Plan's medical policy AQ-MP-211, whole lung lavage is covered only for pulmonary alveolar "
           "proteinosis. For silicosis, published studies are small and uncontrolled, and they do not show that "
           "lavage slows the disease or improves breathing over time. The Plan therefore treats whole lung lavage for "
           "silicosis as investigational, and investigational services are excluded (Plan document, section 7.4).",
           9.2)
    p.para("The Plan covers the rest of your patient's silicosis care: pulmonary rehabilitation, oxygen when "
           "needed, vaccines, and referral for lung transplant evaluation when appropriate.", 9.2)
    p.add_page()
    p.heading("Peer-to-peer conversation", 10.4)
    p.para("You may talk with the reviewing doctor, Dr. Rainier Couchwood, a pulmonologist, before any appeal: call "
           "Utilization Review at 1-800-555-0184 within 14 days.", 9.0)
    p.heading("Appeal rights (the member's and yours on the member's behalf)", 10.4, rule=True)
    p.columns([
        ("Standard appeal", "The member, or you for the member, may appeal within 180 days of the date of this "
         "notice. Send the appeal with any studies you rely on to Appeals, Fund Office, 1180 Banker Street, Suite "
         "300, Cressbeck, VT 05677, fax 1-800-555-0189."),
        ("Urgent appeal", "If waiting could seriously harm the member's health, ask for an urgent appeal; the Plan "
         "decides within 72 hours."),
        ("External review", "After the Plan's final decision, an external review by an independent review "
         "organization may be asked for within four months. Experimental and investigational decisions qualify."),
        ("Copies", "The member may ask for the policy, the guideline and the file used, free of charge."),
    ], n=2, size=8.8)
    p.signature(["Utilization Review, Fund Office", PLAN, "cc: member"], 9.0)
    p.small(FOOT, 6.2)
    t = truth("denial_letter", "experimental", insurer=PLAN, plan_id=PL, group=GRP, member_id=m, member_name=mem,
              cases=[req], service_dates=[iso(plan_d)], denial_date=iso(nd), provider="Ysolde Densham",
              appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": INS_ALT, "provider": [DOC, HOSP]}, denial_alternates=["medical_necessity"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def scanlow_es(rng):
    mem = "Eusebio R. Caamaño"
    m = mid(rng)
    GRP, PL = "SQ-114", "AQ-PPO-2"
    nd = dt.date(2026, 5, 12)
    a, b = dt.date(2026, 4, 13), dt.date(2026, 4, 24)
    c = claim(rng)
    CEN = "Fursdon Wound & Hyperbaric Center"
    DOC = "Liliana Rosevear, MD"
    p = ESSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, box="RECLAMACIÓN DENEGADA",
         right=["Servicios al Miembro 1-800-555-0186", "Revisión de utilización 1-800-555-0184", "Fax 1-800-555-0189",
                "lunes a viernes, 7:30 a 4:00"])
    W = p.W
    y0 = p.get_y()
    p.address_block([mem, "412 Quarrel Lane", "Hollin Falls VT 05681"], 9.6)
    yb = p.side_boxes([("Fecha de la carta", es_date(nd)), ("Nº de miembro", m), ("Grupo / Plan", f"{GRP} / {PL}"),
                       ("Nº de reclamación", c), ("Cargos", usd(8745.00))], p.l_margin + W * 0.45, y0, W * 0.55, 30,
                      size=8.8, h=5.8, gap=1.0)
    p.set_xy(p.l_margin, yb + 3)
    p.para("Estimado Sr. Caamaño:", 9.6)
    p.para(f"Recibimos la reclamación de {CEN} por diez sesiones de oxigenoterapia hiperbárica (G0277 y 99183), "
           f"indicadas por la Dra. Liliana Rosevear para la herida de su pierna derecha. **El Plan no pagará "
           "esta reclamación.**", 9.2)
    p.table(["Fechas de las sesiones", "Sesiones", "Cargos"],
            [[f"{es_date(a)} - {es_date(b)}", "10", "8,745.00"]],
            [W * 0.56, W * 0.18, W * 0.26], size=8.8, aligns=["L", "C", "R"])
    p.heading("Por qué la denegamos", 10.4)
    p.para("El Plan exige precertificación antes de la oxigenoterapia hiperbárica: el centro o el médico debe pedirla "
           "y el Plan debe aprobarla antes de la primera sesión. No recibimos ninguna solicitud de precertificación "
           "para estas sesiones. Por eso el Plan no puede pagarlas. Esta decisión no dice que el tratamiento no "
           "fuera necesario.", 9.2)
    p.para(f"Como {CEN} es un proveedor de la red, no puede cobrarle a usted estas sesiones, salvo que usted haya "
           "aceptado por escrito pagarlas antes de empezar. El centro puede pedir una revisión y enviar sus notas "
           "clínicas. Ejemplo: si el Plan aprueba después un tratamiento, usted paga solo su coseguro del 20 por "
           "ciento.", 9.0)
    p.heading("Su derecho a apelar", 10.4, rule=True)
    p.para("Usted, o alguien que actúe por usted, puede apelar ante la Junta de Fideicomisarios dentro de 180 días a "
           "partir de la fecha de esta carta. Escriba a Appeals, Fund Office, 1180 Banker Street, Suite 300, "
           "Cressbeck, VT 05677. Si su salud corre peligro por la espera, pida una apelación urgente: decidimos en "
           "72 horas.", 9.0)
    p.signature(["Atentamente,", "Departamento de Reclamaciones, Fund Office", PLAN], 9.0)
    p.small(FOOT, 6.2)
    t = truth("denial_letter", "prior_authorization", insurer=PLAN, plan_id=PL, group=GRP, member_id=m,
              member_name=mem, cases=[c], claim_amount="8745.00", service_dates=[f"{iso(a)}/{iso(b)}"],
              denial_date=iso(nd), provider=CEN, appeal_deadline=iso(plus(nd, 180)), lang="es",
              alternates={"insurer": INS_ALT, "provider": [DOC, "Liliana Rosevear"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def photocopy_hand_therapy(rng):
    mem = "Augustin P. Sandercock"
    m = mid(rng)
    GRP, PL = "SQ-207", "AQ-PPO-5"
    nd = dt.date(2026, 5, 4)
    visits = [dt.date(2026, 4, k) for k in (1, 6, 8, 13, 15, 22)]
    c = claim(rng)
    STUDIO = "Glasson Hand Therapy Studio"
    OT = "Wren Oxnam, OTR/L, CHT"
    lic = "OT-VT-" + digits(rng, 5)
    p = ESSheet(footer="Page {n} of {nb}",
                run_foot=f"{PLAN}  \u00b7  Letter {slash(nd)}  \u00b7  Claim {c}  \u00b7  {mem}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, box="CLAIM DECISION")
    W = p.W
    p.address_block([mem, "71 Plug-and-Feather Lane", "Cressbeck VT 05677"], 9.6)
    p.ln(3)
    p.set_font("Serif", "B", 11.5)
    p.cell(W, 6, f"Date of this letter: {of_date(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    y0 = p.get_y()
    sw = W * 0.34
    p.set_fill_color(238, 238, 238)
    p.rect(p.l_margin, y0, sw, 74, style="F")
    p.set_fill_color(255, 255, 255)
    p.set_xy(p.l_margin + 2, y0 + 2)
    p.set_font("Sans", "B", 8.4)
    p.cell(sw - 4, 4.4, "CLAIM AT A GLANCE", new_x="LMARGIN", new_y="NEXT")
    yy_ = p.label_col([("Member ID", m), ("Group", GRP), ("Plan", PL), ("Claim", c), ("Therapist", OT),
                       ("Practice", STUDIO), ("Network", "not in network"), ("Visits", "6"),
                       ("Billed", n2(1174.00)), ("Plan paid", "0.00")],
                      p.l_margin + 2, y0 + 7.5, sw - 4, 18, size=7.8, h=4.1, bold_value=True)
    tx = p.l_margin + sw + 5
    p.set_left_margin(tx)
    p.set_xy(tx, y0)
    p.para("Dear Mr. Sandercock:", 9.6)
    p.para(f"We received a claim from {STUDIO} for six hand therapy visits with {OT} after the fracture of your right "
           f"ring finger: {', '.join(slash(v) for v in visits[:-1])} and {slash(visits[-1])}. **The Plan did not pay "
           "this claim, because the studio is not in the Plan's network.**", 9.0)
    p.para("Your plan pays for therapy only from network providers, except in an emergency or when the Plan approves "
           "a non-network provider in advance because no network provider can give the care within 30 miles. Two "
           "network practices offer certified hand therapy within 12 miles of your home: Granitehead Hand & Upper "
           "Limb Clinic and Hewnstone Physical Therapy. No approval was asked for.", 9.0)
    p.set_left_margin(18)
    p.set_xy(18, max(p.get_y(), y0 + 76) + 2)
    p.columns([
        ("What you can do", "Continue your therapy at a network practice; the Plan pays it after your $25.00 copay "
         "a visit. If your surgeon believes only this therapist can treat you, the surgeon may ask Utilization Review "
         "for a network exception for future visits."),
        ("About the bill", f"The studio is not bound by the Plan's network agreement and may bill you for the full "
         f"charges. The therapist's state license number, {lic}, is shown only for your records."),
        ("Your right to appeal", "You may appeal to the Board of Trustees within 180 days of the date of this letter. "
         "Write to Appeals, Fund Office, 1180 Banker Street, Suite 300, Cressbeck, VT 05677, and say why the Plan "
         "should pay."),
        ("Help", "Call Member Services at 1-800-555-0186. For a list of network hand therapists, ask for the "
         "provider directory or call the Fund Office."),
    ], n=2, size=8.7)
    p.signature(["Claims Department, Fund Office", PLAN], 9.0)
    p.small(FOOT, 6.2)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, plan_id=PL, group=GRP, member_id=m, member_name=mem,
              cases=[c], claim_amount="1174.00", service_dates=[iso(v) for v in visits], denial_date=iso(nd),
              provider=STUDIO, appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": INS_ALT, "provider": [OT, "Wren Oxnam"]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [Item(F + "born_digital_member_eob_low_dose_ct_notes_2_3_frequency", "born_digital", [born_eob(rng)]),
             Item(F + "faxstd_administrator_remittance_finger_fracture_comp_first_co19_w2", "fax_standard_g4",
                  [faxstd_remit(rng)])]
    cover, docs = stack_hours(rng)
    items.append(Item(F + "faxstd_stack_typed_home_cover_hours_letter_then_paid_claim_upside_down",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(1, 0): 180}))
    items += [Item(F + "scanclean_inpatient_rehab_after_foot_crush_skilled_nursing_instead", "scan_clean_300",
                   [scanclean_rehab(rng)]),
              Item(F + "finefax_whole_lung_lavage_silicosis_investigational", "fax_fine_g4", [finefax_lavage(rng)]),
              Item(F + "scanlow_es_oxigenoterapia_hiperbarica_sin_precertificacion", "scan_lowres_150",
                   [scanlow_es(rng)]),
              Item(F + "photocopy_hand_therapy_studio_not_in_network", "photocopy", [photocopy_hand_therapy(rng)])]
    return items
