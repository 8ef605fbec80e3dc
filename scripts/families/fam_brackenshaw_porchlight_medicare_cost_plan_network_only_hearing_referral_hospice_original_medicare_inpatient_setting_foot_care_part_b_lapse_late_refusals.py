"""Papers mirrored (structure and plain wording style only) from a Medicare cost plan: an HMO-style Medicare plan under
a section 1876 cost contract. Members must have Part B, may join while the plan is open and leave at any time, and
get their care from the plan's network with a referral from their primary care provider for specialists; they may
also see any provider who takes Medicare, and then (outside an emergency or urgent care) Original Medicare pays for
Medicare-covered services and the member pays Original Medicare's deductible and coinsurance. The plan's extra
(supplemental) benefits, such as routine hearing tests and hearing aids, are covered only from network providers.
While a member has elected hospice, Original Medicare pays for care related to the terminal illness. Plan letters
follow the "Notice of Denial of Medical Coverage (or Payment)" style with a reconsideration within 65 days and a
72-hour fast appeal. Here as an invented plan and sponsor: Brackenshaw Porchlight (Cost), offered by Brackenshaw HMO,
Inc. ("a member of the Cullingford Mutual Group"; claims administered by Fellmonger Claims Services, LLC) in an
invented state, Tressany (TY), with invented network and non-network providers. Every person, provider, company,
number, address and amount is invented (phones 555); Medicare, Original Medicare, CPT / HCPCS codes and claim
adjustment reason and remark codes appear as themselves.

Documents (8 in 7 files):
- born_digital_member_eob_hearing_center_rows_h17_h71_h7_legend_split: the plan's monthly explanation of benefits
  with five claims; the non-network hearing center's claim pays 0.00 on every row (a routine hearing test, a hearing
  aid evaluation, the hearing aids and their fitting) under look-alike notes H17, H71 and H7, told only in a legend
  that breaks from page 1 to page 2 and lists codes no row uses.
- faxstd_cardiology_remittance_followup_and_echo_past_referral_co198_co243: the plan's two-page remittance to a
  cardiology clinic (seven claims, rendering and billing providers side by side under each claim); one patient's
  follow-up visit and echocardiogram pay 0.00 under CO-198 and CO-243, told only in the code list on page 2 (which
  also lists 197, 242, 109, 119, 97); the same patient's earlier consult on a referral is paid.
- faxstd_stack_hospice_cover_radiation_original_medicare_p2_upside_down_appeal_ack: a hospice social
  worker's fax cover, the plan's notice that palliative radiation during a hospice election is paid by Original
  Medicare, not the plan (page 2 fed upside down), and the plan's acknowledgement of the son's appeal (denies nothing).
- scanclean_inpatient_admission_for_hernia_repair_outpatient_setting: pre-service notice approving the surgery as an
  outpatient and refusing the two-day inpatient admission; captions in running lines without colons.
- phone_es_cuidado_rutinario_de_los_pies: Spanish notice refusing routine foot care from a network podiatrist.
- scanlow_part_b_ended_plan_membership_ended_pulmonary_visits: notice that two visits came after the member's Part B,
  and with it her plan membership, ended; multi-column prose, running header and footer.
- rotated_anesthesia_claim_past_90_day_network_filing_limit: provider notice to an anesthesia group that its claim
  came after the 90-day network filing limit; values with captions to the right; anesthetist, medical direction and
  facility side by side.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounder_famrd import ERSheet, hospice_cover
from kit_roundep_fampd import (abbr, digits, dmy, dmy_dash, es_date, iso, long, n2, plus, short_md, slash, upper,
                               usd, yy)
from public_kit import m2, mbi, out, truth

FAMILY = "brackenshaw_porchlight_medicare_cost_plan_network_only_hearing_referral_hospice_original_medicare_inpatient_setting_foot_care_part_b_lapse_late_refusals"
LANG = "en"
SEED = 355073
SPONSOR = "Brackenshaw HMO, Inc."
PLAN = "Brackenshaw Porchlight (Cost)"
INS_ALT = ["Brackenshaw", "Brackenshaw HMO", PLAN, "Brackenshaw Porchlight", "Brackenshaw Porchlight Cost"]
PLAN_ID = "H4729-003"
ADMIN = "Fellmonger Claims Services, LLC"
PARENT = "a member of the Cullingford Mutual Group"
TAG = "Medicare coverage that stays close to home"
ADMIN_LINE = f"Claims for this plan are administered by {ADMIN}, PO Box 7702, Linchmere, TY 58190."
FOOT = (f"{PLAN} is a Medicare Cost plan offered by {SPONSOR}, an HMO with a Medicare cost contract. Enrollment "
        "depends on contract renewal. As a member you may also use any provider who takes Medicare: when you get "
        "care outside our network without a plan referral (other than emergency or urgent care), Original Medicare "
        "pays for Medicare-covered services and you pay Original Medicare's deductible and coinsurance. Extra "
        "benefits, such as routine hearing, are covered only from network providers.")
RIGHT = ["Member Services 1-866-555-0138", "8 a.m. to 8 p.m., 7 days a week", "TTY 711",
         "PO Box 7700, Linchmere, TY 58190"]


def mid(rng):
    return "BKH" + digits(rng, 8)


def claim_no(rng):
    return "26" + digits(rng, 11)


def head(p, box=None, right=None, parent_above=False):
    p.tag_head("BRACKENSHAW", "HMO, Inc.", TAG, PARENT, ADMIN_LINE, ["Porchlight (Cost) \u00b7 a Medicare Cost plan"],
               right or RIGHT, box=box, brand_size=21, parent_above=parent_above)


def mat(kind):
    return f"H4729_BKP26{kind}_C"


# ------------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    mem = "Ottilie V. Cragwell"
    m = mid(rng)
    sd = dt.date(2026, 6, 8)
    med = mbi(rng)
    dcn = "DCN " + digits(rng, 12)
    HEAR = "Pevensholt Hearing Center"
    AUD = "Imke Greavesley, AuD"
    claims = [
        (claim_no(rng), "Linchmere Family Practice \u00b7 Bertrand Stockdill, MD",
         [(dt.date(2026, 5, 4), "99214", "Office visit, established", 182.00, 131.20, 111.20, 20.00, "H1, PR-3"),
          (dt.date(2026, 5, 4), "36415", "Blood draw", 12.00, 3.00, 3.00, 0.00, "H1")]),
        (claim_no(rng), "Quorndale Reference Laboratory",
         [(dt.date(2026, 5, 5), "80061", "Lipid panel", 58.00, 13.39, 13.39, 0.00, "H1"),
          (dt.date(2026, 5, 5), "83036", "Hemoglobin A1c", 42.00, 9.71, 9.71, 0.00, "H1")]),
        (claim_no(rng), f"{HEAR} \u00b7 {AUD}",
         [(dt.date(2026, 5, 12), "92557", "Hearing test, comprehensive", 145.00, 0.00, 0.00, 0.00, "H17"),
          (dt.date(2026, 5, 12), "V5010", "Hearing aid assessment", 90.00, 0.00, 0.00, 0.00, "H71"),
          (dt.date(2026, 5, 26), "V5261", "Hearing aids, both ears, digital", 3980.00, 0.00, 0.00, 0.00, "H7"),
          (dt.date(2026, 5, 26), "V5011", "Hearing aid fitting", 210.00, 0.00, 0.00, 0.00, "H71")]),
        (claim_no(rng), "Linchmere Heart & Vascular Clinic \u00b7 Lorcan Umberleigh, NP",
         [(dt.date(2026, 5, 19), "99213", "Office visit, specialist", 155.00, 105.40, 70.40, 35.00, "H1, PR-3"),
          (dt.date(2026, 5, 19), "93000", "Electrocardiogram", 64.00, 17.10, 17.10, 0.00, "H1")]),
        (claim_no(rng), "Soddenby Physical Therapy \u00b7 Maren Haslingden, DPT",
         [(dt.date(2026, 5, 21), "97110", "Therapeutic exercise, 2 units", 136.00, 58.62, 38.62, 20.00, "H1, PR-3"),
          (dt.date(2026, 5, 21), "97140", "Manual therapy", 71.00, 27.35, 27.35, 0.00, "H1")]),
    ]
    refused = claims[2]
    p = ERSheet(footer="Page {n} of {nb}",
                run_foot=f"{mem}  \u00b7  Member ID {m}  \u00b7  Explanation of Benefits {dmy_dash(sd)}  \u00b7  {dcn}")
    p.set_margins(15, 13, 15)
    p.add_page()
    head(p, box="EXPLANATION OF BENEFITS")
    W = p.W
    y0 = p.get_y()
    p.address_block([mem, "418 Tanyard Hill Road", "Linchmere TY 58124"], 9.6)
    lm = p.l_margin
    p.set_left_margin(lm + W * 0.47)
    p.set_xy(lm + W * 0.47, y0)
    p.sc_boxes([[("Statement date", long(sd), 0.5), ("Claims processed", "05/01/26 - 05/31/26", 0.5)],
                [("Member ID", m, 0.5), ("Contract-plan", PLAN_ID, 0.5)]], size=8.8, h=6.2, cap=6.4)
    p.set_left_margin(lm)
    p.set_xy(lm, max(p.get_y(), y0 + 18))
    p.small(f"THIS IS NOT A BILL. It shows claims {PLAN} processed for you in May 2026. Your Medicare number ({med}) "
            "is printed for your records; give providers your Brackenshaw card. Prices are in US dollars.", 7.6)
    p.set_font("Sans", "B", 10)
    p.cell(W, 5.5, "Claims we processed", new_x="LMARGIN", new_y="NEXT")
    widths = [W * 0.12, W * 0.08, W * 0.3, W * 0.1, W * 0.11, W * 0.1, W * 0.09, W * 0.1]
    rows, bold, shade = [], set(), set()
    totals = None
    for cno, prov, lines in claims:
        shade.add(len(rows))
        rows.append([f"Claim {cno}   {prov}", "", "", "", "", "", "", ""])
        tb = tp = to = 0.0
        for d, code, desc, b, ap, pd, owe, note in lines:
            rows.append([yy(d), code, desc, n2(b), n2(ap), n2(pd), n2(owe), note])
            tb, tp, to = tb + b, tp + pd, to + owe
        bold.add(len(rows))
        rows.append(["", "", "Claim total", n2(tb), "", n2(tp), n2(to), ""])
        if cno == refused[0]:
            totals = tb
    p.run_table(["Service date", "Code", "Service", "Billed", "Plan approved", "Plan paid", "You owe", "Notes"],
                rows, widths, aligns=["L", "L", "L", "R", "R", "R", "R", "C"], size=7.6, row_h=4.7,
                bold_rows=bold, shade_rows=shade, foot_room=22)
    p.small("Your plan in 2026: maximum out-of-pocket for network care $4,900.00 (so far $75.00). Hearing aid "
            "allowance $1,250.00 per ear every 36 months through a network hearing provider. Example: if a network "
            "doctor bills $100.00 and the plan approves $72.00, you pay only your copay.", 7.3)
    p.legend_split("What the notes mean", [
        ("H1", "Paid at the plan's network rate. A network provider may not bill you more than your copay."),
        ("PR-3", "Your copay for this visit (patient responsibility)."),
        ("CO-45", "The charge is more than the approved amount; the provider writes off the difference."),
        ("H17", "A routine hearing test is an extra (supplemental) benefit of the plan and is covered only when a "
                "network provider gives it. If your doctor ordered the test to find a medical problem, the provider "
                "may send the claim to Original Medicare instead."),
        ("H11", "Hearing aid batteries and repairs after the first year are not covered."),
        ("H7", "The hearing aid allowance pays only for hearing aids bought from a network hearing provider. These "
               "were bought elsewhere, so the plan paid nothing."),
        ("H71", "The hearing aid evaluation and fitting are covered only with network hearing aids from a network "
                "hearing provider."),
        ("H77", "More than one pair of hearing aids in 36 months."),
        ("R2", "No referral from your primary care provider is on file for this specialist visit."),
        ("R20", "The referral on file has ended or its visits are used up."),
        ("PR-1", "Amount applied to a deductible (this plan has no deductible for network care)."),
    ], split_at=4, cont_title="What the notes mean (continued from page 1)", size=7.3, code_w=11, cols=1)
    p.set_font("Sans", "B", 9.8)
    p.cell(W, 5.5, "If you disagree with a decision on this statement", new_x="LMARGIN", new_y="NEXT")
    p.small("You may ask us for an appeal (a reconsideration). We must get your request within 65 days of the date "
            "of this statement. Write to Brackenshaw Appeals, PO Box 7710, Linchmere, TY 58190, or call Member "
            "Services. If waiting could seriously harm your health, ask for a fast appeal; we answer within 72 hours. "
            "Care you get outside the network may still be paid by Original Medicare: ask the provider to bill "
            "Medicare, and look for it on your Medicare Summary Notice.", 7.8)
    p.small(FOOT + "  " + mat("EOB"), 6.4)
    dates = sorted({iso(ln[0]) for ln in refused[2]})
    t = truth("eob", "out_of_network", insurer=SPONSOR, plan_id=PLAN_ID, member_id=m, member_name=mem,
              cases=[refused[0]], claim_amount=m2(totals), service_dates=dates, denial_date=iso(sd), provider=HEAR,
              appeal_deadline=iso(plus(sd, 65)),
              alternates={"insurer": INS_ALT, "provider": ["Imke Greavesley", AUD]},
              denial_alternates=["not_covered"], type_alternates=["denial_letter"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_remit(rng):
    rd = dt.date(2026, 5, 21)
    PAYEE = "Linchmere Heart & Vascular Clinic, PC"
    npi = "1" + digits(rng, 9)
    tin = "47-" + digits(rng, 7)
    eft = "EFT " + digits(rng, 10)
    ref_no = "R26-0331-" + digits(rng, 4)
    REF_DR = "Dashiell Ferrante-Obi, MD"
    pts = [
        ("Winifred P. Tibbald", "Jorunn Skeffington, NP",
         [(dt.date(2026, 4, 6), "99214", 198.00, 131.20, 96.20, 35.00, "45 / PR-3"),
          (dt.date(2026, 4, 6), "93000", 64.00, 17.10, 17.10, 0.00, "CO-45")]),
        ("Horace G. Gumbleton", "Ptolemy Everitt, MD",
         [(dt.date(2026, 4, 8), "93306", 1240.00, 486.30, 486.30, 0.00, "CO-45")]),
        ("Aldous R. Sturridge", REF_DR,
         [(dt.date(2026, 4, 14), "99204", 325.00, 168.90, 133.90, 35.00, "CO-45 PR-3")]),
        ("Eulalia M. Treleaven", "Delphine Wadlow, PA-C",
         [(dt.date(2026, 4, 15), "99213", 155.00, 105.40, 70.40, 35.00, "CO-45 PR-3"),
          (dt.date(2026, 4, 15), "93224", 342.00, 88.60, 88.60, 0.00, "CO-45")]),
        ("Aldous R. Sturridge", REF_DR,
         [(dt.date(2026, 5, 5), "99214", 198.00, 0.00, 0.00, 0.00, "CO-198 N54"),
          (dt.date(2026, 5, 7), "93306", 1240.00, 0.00, 0.00, 0.00, "CO-243")]),
        ("Cyprian J. Lambkin", "Ptolemy Everitt, MD",
         [(dt.date(2026, 4, 22), "93350", 1480.00, 512.75, 512.75, 0.00, "CO-45"),
          (dt.date(2026, 4, 22), "93016", 96.00, 21.40, 21.40, 0.00, "CO-45")]),
        ("Philomena A. Royle", "Jorunn Skeffington, NP",
         [(dt.date(2026, 4, 29), "99213", 155.00, 105.40, 70.40, 35.00, "CO-45 PR-3")]),
    ]
    R = 4
    rows, bold, shade = [], set(), set()
    tb_all = tp_all = 0.0
    info = {}
    mids = {}
    for i, (pt, rend, lines) in enumerate(pts):
        c = claim_no(rng)
        if pt not in mids:
            mids[pt] = mid(rng)
        m = mids[pt]
        acct = "PA" + digits(rng, 6)
        shade.add(len(rows))
        rows.append([f"CLAIM {c}   {pt.upper()}   Member ID {m}   Pt acct {acct}", "", "", "", "", "", ""])
        refline = f"   Referral {ref_no}" if i == 2 else ""
        rows.append([f"   Rendering  {rend}        Billing  {PAYEE}{refline}", "", "", "", "", "", ""])
        tb = tp = 0.0
        for d, code, b, al, pd, owe, adj in lines:
            rows.append([slash(d), code, n2(b), n2(al), n2(owe), n2(pd), adj])
            tb, tp = tb + b, tp + pd
        bold.add(len(rows))
        rows.append(["", "Claim total", n2(tb), "", "", n2(tp), ""])
        tb_all, tp_all = tb_all + tb, tp_all + tp
        if i == R:
            info = dict(pt=pt, m=m, c=c, billed=tb, dates=[iso(ln[0]) for ln in lines])
    fax = (f"MAY-22-2026 07:41  FELLMONGER CLAIMS SVCS  1 866 555 0177  >>  LHVC BILLING  "
           f"JOB 4{digits(rng, 4)}  P. {{p}}/{{nb}}")
    p = ERSheet(footer="Page {n} of {nb}", fax_hdr=fax,
                run_hdr=f"Provider remittance advice  \u00b7  {PAYEE}  \u00b7  remittance date {slash(rd)}  \u00b7  "
                        f"{eft}  \u00b7  page {{n}}")
    p.set_margins(13, 13, 13)
    p.add_page()
    head(p, box="PROVIDER REMITTANCE ADVICE",
         right=["Provider Services 1-866-555-0171", "Fax 1-866-555-0177", "Claims: PO Box 7702", "Linchmere TY 58190"])
    W = p.W
    y0 = p.get_y()
    p.address_block([PAYEE, "Attn: Patient Accounts", "2200 Ospreyfold Parkway, Suite 310", "Linchmere TY 58126"],
                    9.2)
    p.set_xy(p.l_margin + W * 0.5, y0)
    yy_ = y0
    for pairs in ([("Remittance date", slash(rd))], [("Contract", PLAN_ID), ("Line of business", "Medicare Cost")],
                  [("Payee NPI", npi), ("TIN", tin)], [("Payment", eft)]):
        p.set_xy(p.l_margin + W * 0.5, yy_)
        p.run_pairs(pairs, sep="gap", size=8.4, x=p.l_margin + W * 0.5, pair_gap=5)
        yy_ = p.get_y()
    p.set_y(max(yy_, y0 + 20) + 2)
    p.small("Each claim shows the rendering provider and the billing provider. Adjustment codes are explained in the "
            "code list at the end of this remittance.", 7.6)
    widths = [W * 0.16, W * 0.14, W * 0.13, W * 0.13, W * 0.13, W * 0.13, W * 0.18]
    p.run_table(["Service date", "Code", "Billed", "Allowed", "Member owes", "Paid", "Adjustment"], rows, widths,
                aligns=["L", "L", "R", "R", "R", "R", "L"], size=8.0, row_h=5.0, bold_rows=bold, shade_rows=shade,
                foot_room=26, cont="claims continue")
    p.set_font("Sans", "B", 8.6)
    p.cell(W, 5, f"Remittance totals   billed {n2(tb_all)}   paid {n2(tp_all)}   ({len(pts)} claims)",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.legend_grid("Code list  (group codes: CO contractual, provider may not bill the member; PR member pays; "
                  "OA other)", [
                      ("45", "Charge exceeds the fee schedule or contracted rate. Write off the difference."),
                      ("3", "Copayment amount; the member owes it."),
                      ("197", "No plan authorization was on file for this service."),
                      ("198", "The service goes beyond what the referral or authorization on file allowed (number "
                              "of visits, or its end date)."),
                      ("242", "Not provided by a network provider."),
                      ("243", "Not authorized by the member's network primary care provider: the referral on file "
                              "does not list this service."),
                      ("109", "Not covered by this payer. Bill Original Medicare's contractor."),
                      ("119", "Benefit maximum for this period has been reached."),
                      ("97", "Included in the payment for another service on the same day."),
                      ("N54", "Claim details do not match the services the referral approved."),
                      ("N5", "Prior payer's explanation of benefits not received."),
                      ("M62", "Authorization number missing or not valid."),
                  ], cols=2, size=7.6, code_w=9.5)
    p.small("Payment reconsideration: a network provider may send a corrected claim or ask for a payment "
            "reconsideration within 60 days of the remittance date to Brackenshaw Provider Disputes, PO Box 7704, "
            "Linchmere, TY 58190. A new referral from the member's primary care provider may be sent with the request. "
            "Members may not be billed for amounts with group code CO.", 7.8)
    p.small(FOOT + "  " + mat("RA"), 6.2)
    t = truth("eob", "prior_authorization", insurer=SPONSOR, plan_id=PLAN_ID, member_id=info["m"],
              member_name=info["pt"], cases=[info["c"]], claim_amount=m2(info["billed"]),
              service_dates=info["dates"], denial_date=iso(rd), provider="Dashiell Ferrante-Obi",
              appeal_deadline=iso(plus(rd, 60)),
              alternates={"insurer": INS_ALT, "provider": [PAYEE, REF_DR]},
              type_alternates=["denial_letter"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def stack_hospice(rng):
    mem = "Bartholomew N. Arrowsmith-Kay"
    son = "Crispin Arrowsmith-Kay"
    m = mid(rng)
    med = mbi(rng)
    nd = dt.date(2026, 5, 6)
    ack_d = dt.date(2026, 5, 18)
    got_appeal = dt.date(2026, 5, 15)
    elect = dt.date(2026, 3, 30)
    r0, r1 = dt.date(2026, 4, 13), dt.date(2026, 4, 17)
    recv = dt.date(2026, 4, 28)
    c = claim_no(rng)
    appeal = "RCN-26-" + digits(rng, 6)
    HOSP = "Saxondale Regional Medical Center"
    RAD = "Ignatius Ferreby, MD"
    HOSPICE = "Wychbold Hospice of Linchmere"
    hosp_npi = "1" + digits(rng, 9)
    ccn = "46-1" + digits(rng, 3)
    billed = 5 * 1062.00 + 612.00
    fax = (f"MAY-19-2026 16:08  WYCHBOLD HOSPICE SW  (406) 555-0162  TO 14065550119  P.{{p}}/4")
    cover = hospice_cover(HOSPICE, "Social Work & Family Support", ["77 Merlinsgate Row, Linchmere TY 58121",
                                                                    "Phone (406) 555-0160  \u00b7  Fax (406) 555-0162"],
                          son, "(406) 555-0119", "Mildred Blakeborough, LCSW", "(406) 555-0160",
                          "May 19, 2026", "4", "Your father's Brackenshaw letters",
                          ["Crispin - these two letters from Brackenshaw came to our office because your dad's mail "
                           "is forwarded here. The first one is about the radiation in April. The second says they "
                           "got the appeal you sent.",
                           "Our billing office will talk to Saxondale about who the radiation bill should go to. "
                           "Call me after 1 pm any day this week. - Mildred"],
                          fax_hdr=fax)
    # --- notice (2 pages, page 2 fed upside down) -------------------------------------------------------------------
    p = ERSheet(footer="Page {n} of {nb}", fax_hdr=fax, fax_off=1,
                run_hdr=f"{mem}  \u00b7  Member ID {m}  \u00b7  Notice of Denial of Payment, {long(nd)}")
    p.set_margins(17, 14, 17)
    p.add_page()
    head(p, box="NOTICE OF DENIAL OF PAYMENT", parent_above=True)
    W = p.W
    y0 = p.get_y()
    p.address_block([mem, f"c/o {HOSPICE}", "77 Merlinsgate Row", "Linchmere TY 58121"], 9.6)
    p.set_xy(p.l_margin + W * 0.52, y0)
    p.set_font("Sans", "", 9.2)
    p.cell(W * 0.48, 5, f"Date of notice {long(nd)}", align="R")
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 22))
    p.run_pairs([("Contract - Claim", f"{PLAN_ID} - {c}")], sep="none", size=9.2)
    p.run_pairs([("Member ID", m), ("Medicare number", med)], sep="none", size=9.2)
    p.ln(1)
    p.sc_boxes([[("Services", "Radiation treatment, 5 sessions + planning", 0.5),
                 ("Dates of service", f"{slash(r0)} - {slash(r1)}", 0.28), ("Amount billed", usd(billed), 0.22)]],
               size=9.0, h=7.0)
    p.prov_pair([("TREATING PHYSICIAN", RAD, f"Radiation Oncology, {HOSP}"),
                 ("BILLED BY", HOSP, f"NPI {hosp_npi}"),
                 ("HOSPICE ON FILE", HOSPICE, f"elected {slash(elect)}  \u00b7  CCN {ccn}")], size=8.6, ruled=True)
    p.para(f"Dear Mr. Arrowsmith-Kay:", 9.8)
    p.para(f"We received a claim from {HOSP} on {long(recv)} for radiation treatments to your spine, given **from "
           f"April 13 through April 17, 2026**. **{PLAN} will not pay this claim.**", 9.4)
    p.heading("Why we denied payment", 10.6)
    p.para(f"On {long(elect)} you chose the Medicare hospice benefit with {HOSPICE} for your lung cancer. While you "
           "have hospice, Original Medicare, not Brackenshaw, pays for care related to your terminal illness, and "
           "the hospice arranges that care. These radiation treatments were given to ease pain from the cancer, so "
           "they are related to it. The hospital should send its bill to the hospice or to Original Medicare's "
           "contractor. We keep paying for covered care that is not related to your cancer, and your extra "
           "benefits stay in place.", 9.2)
    p.para("You do not have to pay this bill while this is sorted out. If the hospital bills you, call Member "
           "Services.", 9.2)
    p.heading("You have the right to appeal our decision", 10.6, rule=True)
    p.para("If you think we are wrong, you or someone you name may ask for an appeal (a reconsideration). See page 2 "
           "for how.", 9.2)
    p.add_page()
    p.columns([
        ("How to appeal", "Your request must reach us within 65 days of the date of this notice. Write to "
         "Brackenshaw Appeals, PO Box 7710, Linchmere, TY 58190, or fax 1-866-555-0139. Say which claim you mean and "
         "why you disagree. Send any notes from your doctors or the hospice."),
        ("Fast appeal", "For a claim that has already been given, a fast appeal is not needed. For care you are "
         "waiting for, ask for a fast appeal if waiting could seriously harm your health; we answer within 72 "
         "hours."),
        ("What happens next", "If we keep our decision, we send your case to an independent review organization "
         "that works for Medicare. You do not have to ask for this."),
        ("Someone to act for you", "A family member, friend or lawyer may ask for the appeal for you. Send us a "
         "signed Appointment of Representative form or a similar signed statement with the request."),
        ("Get help", "Call Member Services at 1-866-555-0138 (TTY 711). You may also call your State Health "
         "Insurance Assistance Program, or 1-800-MEDICARE."),
        ("About hospice", "You may stop hospice care at any time. If you do, tell us, and we will pay again for "
         "covered care related to your cancer from the day hospice ends."),
    ], n=2, size=8.6)
    p.signature(["Claims Review", SPONSOR], 9.2)
    p.small(FOOT + "  " + mat("NDP"), 6.4)
    notice = out(p)
    t1 = truth("denial_letter", "other", insurer=SPONSOR, plan_id=PLAN_ID, member_id=m, member_name=mem, cases=[c],
               claim_amount=m2(billed), service_dates=[f"{iso(r0)}/{iso(r1)}"], denial_date=iso(nd), provider=HOSP,
               appeal_deadline=iso(plus(nd, 65)),
               alternates={"insurer": INS_ALT, "provider": ["Ignatius Ferreby", RAD],
                           "service_dates": [[iso(r0 + dt.timedelta(days=k)) for k in range(5)]]},
               denial_alternates=["not_covered"])
    # --- acknowledgement (denies nothing) ---------------------------------------------------------------------------
    q = ERSheet(footer=None, fax_hdr=fax, fax_off=3)
    q.set_margins(18, 14, 18)
    q.add_page()
    head(q, box="APPEAL RECEIVED")
    W = q.W
    q.address_block([son, f"for {mem}", f"c/o {HOSPICE}", "77 Merlinsgate Row", "Linchmere TY 58121"], 9.6)
    q.ln(3)
    q.run_pairs([("Letter date", dmy(ack_d)), ("Plan No", PLAN_ID)], sep="gap", size=9.2)
    q.run_pairs([("Appeal number", appeal), ("Claim", c)], sep="gap", size=9.2)
    q.run_pairs([("Member", mem), ("Member ID", m)], sep="gap", size=9.2)
    q.ln(2)
    q.para(f"Dear Mr. {son.split()[-1]}:", 9.8)
    q.para(f"We received your request on {long(got_appeal)} to appeal our decision of {long(nd)} not to pay "
           f"{HOSP} for your father's radiation treatments from {slash(r0)} to {slash(r1)}. Thank you for sending "
           "the hospice's letter with it.", 9.4)
    q.para(f"We also received your signed statement naming you as your father's representative, so we will write to "
           "you about this appeal.", 9.4)
    q.heading("What happens next", 10.4)
    q.bullets([f"A doctor who did not make the first decision will look at the claim. We will decide by "
               f"{long(plus(got_appeal, 30))} and write to you.",
               "If you have more papers, such as the hospice's plan of care, send them to the address below with "
               "the appeal number.",
               "If we do not decide in your father's favor, we will send the file to the independent review "
               "organization ourselves."], 9.2)
    q.para("This letter does not change any decision. Questions: call Member Services at 1-866-555-0138 (TTY 711), "
           "8 a.m. to 8 p.m., 7 days a week.", 9.2)
    q.signature(["Sincerely,", "Appeals and Grievances", SPONSOR, "PO Box 7710, Linchmere, TY 58190"], 9.2)
    q.small(FOOT + "  " + mat("ACK"), 6.4)
    t2 = truth("other", None, insurer=SPONSOR, plan_id=PLAN_ID, member_id=m, member_name=mem, cases=[appeal, c],
               service_dates=[f"{iso(r0)}/{iso(r1)}"], denial_date=iso(ack_d), provider=HOSP,
               alternates={"insurer": INS_ALT, "case_numbers": [[appeal]],
                           "service_dates": [[], [iso(r0), iso(r1)]]})
    return cover, [(notice, t1), (out(q), t2)]


# ------------------------------------------------------------------------------------------------------------------
def scanclean_inpatient(rng):
    mem = "Wilfreda J. Naylor-Pratt"
    m = mid(rng)
    nd = dt.date(2026, 6, 9)
    got = dt.date(2026, 6, 4)
    surg = dt.date(2026, 6, 23)
    um = "UM26-" + digits(rng, 6)
    au = "AU26-" + digits(rng, 6)
    SURG = "Phineas Varley-Hine, MD, FACS"
    HOSP = "Quorndale Memorial Hospital"
    PCP = "Marisela Youngjohns, DO"
    p = ERSheet(footer="Page {n} of {nb}", run_foot=f"Member ID {m}   Request {um}   {PLAN}")
    p.set_margins(17, 12, 17)
    p.set_auto_page_break(True, margin=18)
    p.add_page()
    head(p, box="NOTICE OF DENIAL OF MEDICAL COVERAGE")
    W = p.W
    p.set_font("Sans", "", 9.4)
    p.cell(W, 5, iso(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.address_block([mem, "6 Oriel Close", "Quorndale TY 58140"], 9.6)
    p.ln(3)
    p.run_pairs([("Member ID", m), ("Plan No", PLAN_ID)], sep="gap", size=9.2, pair_gap=9)
    p.run_pairs([("Request - Received", f"{um} - {slash(got)}")], sep="none", size=9.2)
    p.run_pairs([("Planned date", long(surg)), ("Hospital", HOSP)], sep="dash", size=9.2, pair_gap=9)
    p.ln(1)
    p.prov_pair([("REQUESTING SURGEON", SURG, "Quorndale Surgical Associates \u00b7 at Quorndale Memorial"),
                 ("PRIMARY CARE PROVIDER (REFERRAL)", PCP, "Linchmere Family Practice")], size=8.8)
    p.set_font("Sans", "B", 12)
    p.cell(W, 6.5, "We approved your surgery as an outpatient and denied the hospital admission", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(1)
    p.para(f"Dear Ms. Naylor-Pratt: Dr. Varley-Hine asked us to approve a laparoscopic repair of the hernia in your "
           f"right groin (49650) on {long(surg)}, with an inpatient admission to {HOSP} for two days. We reviewed the "
           "request with your records.", 9.4)
    p.table(["Requested", "Our decision", "Reference"],
            [["Laparoscopic inguinal hernia repair (49650)", "Approved, outpatient (same day)", au],
             ["Inpatient admission, 2 days", "Denied", um]],
            [W * 0.44, W * 0.34, W * 0.22], size=8.6)
    p.heading("Why we denied the inpatient admission", 10.6)
    p.columns([
        ("", "This surgery is usually done as an outpatient: most people go home the same day, after a few hours in "
         "the recovery area. Your records show your heart and lungs are stable, you do not use oxygen, and your "
         "daughter will stay with you the first night. Nothing in the request shows a need for hospital-level care "
         "after surgery."),
        ("", f"The surgery itself is approved, and {HOSP}'s outpatient surgery unit may do it. If something happens "
         "during or after surgery that makes a hospital stay necessary, the hospital may call us the same day and "
         "we will review the stay then. Your outpatient surgery copay is $150.00; an inpatient stay would have been "
         "$325.00 a day for days 1 to 5."),
    ], n=2, size=8.8)
    p.para(f"A surgeon on our staff, Dr. Gervase Lecuona, made this decision. Your doctor may talk with him by "
           "calling 1-866-555-0171.", 8.9)
    p.heading("Your right to appeal", 10.6, rule=True)
    p.para("You may ask us to reconsider. **Your request must reach us within 65 days of the date of this notice.** "
           "Write to Brackenshaw Appeals, PO Box 7710, Linchmere, TY 58190, or call Member Services. Your doctor may "
           "ask for you.", 9.2)
    p.para("**Fast appeal:** if you or your doctor believe waiting 30 days could seriously harm your health, ask for "
           "a fast appeal; we decide within 72 hours. If your doctor asks for a fast appeal, we will give it.", 9.2)
    p.para("If we keep our decision, we send your case to an independent review organization. You may also call "
           "1-800-MEDICARE or your State Health Insurance Assistance Program for help.", 8.9)
    p.signature(["Utilization Management", SPONSOR], 8.9)
    p.small(FOOT + "  " + mat("NDMC"), 6.4)
    t = truth("denial_letter", "level_of_care", insurer=SPONSOR, plan_id=PLAN_ID, member_id=m, member_name=mem,
              cases=[um], service_dates=[iso(surg)], denial_date=iso(nd), provider="Phineas Varley-Hine",
              appeal_deadline=iso(plus(nd, 65)),
              alternates={"insurer": INS_ALT, "case_numbers": [[um, au]],
                          "provider": [SURG, HOSP, "Quorndale Surgical Associates"]},
              denial_alternates=["medical_necessity"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def phone_es(rng):
    mem = "Amparo T. Villasante"
    m = mid(rng)
    nd = dt.date(2026, 6, 16)
    got = dt.date(2026, 6, 2)
    dos = dt.date(2026, 5, 19)
    c = claim_no(rng)
    med = mbi(rng)
    acct = "44-" + digits(rng, 6)
    DOC = "Rogelio Urdangarin, DPM"
    CLIN = "Soddenby Foot & Ankle Associates"
    p = ERSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.tag_head("BRACKENSHAW", "HMO, Inc.", "Cobertura de Medicare cerca de su hogar", "miembro del Cullingford Mutual "
               "Group", f"Las reclamaciones de este plan las administra {ADMIN}, PO Box 7702, Linchmere, TY 58190.",
               ["Porchlight (Cost) \u00b7 un plan Medicare Cost"],
               ["Servicios al Miembro 1-866-555-0138", "8 a.m. a 8 p.m., los 7 días", "TTY 711"],
               box="AVISO DE DENEGACIÓN DE PAGO", brand_size=21)
    W = p.W
    y0 = p.get_y()
    p.address_block([mem, "1290 Calle Alameda Vieja, Apt. 4", "Soddenby TY 58152"], 9.6)
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 14) + 2)
    p.sc_boxes([[("Fecha del aviso", es_date(nd), 0.34), ("Nº de miembro", m, 0.33), ("Contrato-plan", PLAN_ID, 0.33)],
                [("Nº de reclamación", c, 0.34), ("Fecha del servicio", slash(dos), 0.33),
                 ("Cargos", usd(214.00), 0.33)]], size=9.0, h=6.8)
    p.set_font("Sans", "", 6.6)
    p.set_text_color(70, 70, 70)
    p.cell(W * 0.2, 3.4, "PODÓLOGO QUE LA ATENDIÓ")
    p.set_text_color(0, 0, 0)
    p.ln(3.6)
    p.set_font("Sans", "B", 9.4)
    p.cell(W, 4.8, DOC, new_x="LMARGIN", new_y="NEXT")
    p.set_font("Sans", "", 8.2)
    p.cell(W, 4.2, f"{CLIN} (proveedor de la red)", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.para("Estimada Sra. Villasante:", 9.8)
    p.para(f"El {es_date(got)} recibimos la reclamación de {CLIN} por su visita del {es_date(dos)}. Ese día el "
           "podólogo le cortó y limó las uñas de los pies (11721) y le rebajó tres callosidades (11056). **El plan no "
           "pagará esta reclamación.**", 9.4)
    p.heading("Por qué la denegamos", 10.4)
    p.para("Medicare, y por lo tanto su plan, no cubre el cuidado rutinario de los pies: cortar o limar uñas, rebajar "
           "callos y callosidades, y otros cuidados de higiene. Solo se cubre cuando una enfermedad como la diabetes "
           "con daño de los nervios o mala circulación en las piernas hace que ese cuidado sea peligroso sin un "
           "médico, y el expediente lo muestra. La nota del podólogo dice que usted no tiene diabetes ni problemas de "
           "circulación. Su plan tampoco ofrece cuidado rutinario de los pies como beneficio adicional.", 9.2)
    p.para(f"El consultorio puede cobrarle esta visita solo si usted firmó antes un aviso de que el plan no la "
           "pagaría. Si le cobran sin ese aviso, llame a Servicios al Miembro. Para sus registros: cuenta del "
           f"paciente {acct}; número de Medicare {med}. Ejemplo de copago de una visita cubierta: $20.00.", 9.2)
    p.heading("Si no está de acuerdo", 10.4, rule=True)
    p.para("Usted o su representante puede pedir una apelación (reconsideración). **Debemos recibir su pedido dentro "
           "de 65 días a partir de la fecha de este aviso.** Escriba a Brackenshaw Apelaciones, PO Box 7710, "
           "Linchmere, TY 58190. Si esperar puede dañar gravemente su salud, pida una apelación rápida: contestamos "
           "en 72 horas.", 9.2)
    p.signature(["Atentamente,", "Revisión de Reclamaciones", SPONSOR], 9.2)
    p.small(f"{PLAN} es un plan Medicare Cost ofrecido por {SPONSOR}, un HMO con contrato de costos con Medicare. La "
            "inscripción depende de la renovación del contrato. " + mat("NDP_SP"), 6.4)
    t = truth("denial_letter", "not_covered", insurer=SPONSOR, plan_id=PLAN_ID, member_id=m, member_name=mem,
              cases=[c], claim_amount="214.00", service_dates=[iso(dos)], denial_date=iso(nd), provider=DOC,
              appeal_deadline=iso(plus(nd, 65)), lang="es",
              alternates={"insurer": INS_ALT, "provider": [CLIN, "Rogelio Urdangarin"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def scanlow_partb(rng):
    mem = "Leopold K. Zagorski"
    m = mid(rng)
    nd = dt.date(2026, 5, 14)
    ended = dt.date(2026, 3, 31)
    ssa = dt.date(2026, 2, 20)
    v1, v2 = dt.date(2026, 4, 9), dt.date(2026, 4, 23)
    due = dt.date(2026, 7, 20)
    c = claim_no(rng)
    med = mbi(rng)
    PA = "Agnieszka Wolanin, PA-C"
    CLIN = "Tressany Valley Pulmonary Associates"
    p = ERSheet(footer="Page {n} of {nb}",
                run_hdr=f"ZAGORSKI, LEOPOLD K   {m}   {dmy_dash(nd)}   Enrollment notice   page {{n}}", run_hdr_all=True,
                run_foot=f"{SPONSOR}  \u00b7  {PLAN}  \u00b7  Enrollment & Billing  \u00b7  {mat('ENR')}")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, box="CLAIM NOT COVERED")
    W = p.W
    p.address_block([mem, "PO Box 318", "Thistlemore TY 58166"], 9.6)
    p.ln(3)
    p.cap_boxes([[("Date of this letter", dmy_dash(nd), 0.28), ("Member ID  /  Contract", f"{m}  /  {PLAN_ID}", 0.44),
                  ("Claim", c, 0.28)],
                 [("Visits", f"{slash(v1)}, {slash(v2)}", 0.28),
                  ("Billed by", f"{CLIN}", 0.44), ("Charges", n2(356.00), 0.28)]], size=8.8, h=9.6)
    p.set_font("Sans", "", 7.6)
    p.cell(W, 4, f"Seen by {PA} (office visits 99213)", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para("Dear Mr. Zagorski:", 9.8)
    p.para(f"We received a claim from {CLIN} for two office visits in April 2026. **We cannot pay it, because your "
           f"membership in {PLAN} ended on {long(ended)}.**", 9.4)
    p.columns([
        ("What happened", f"To stay in a Medicare cost plan you must keep Medicare Part B. Social Security wrote to "
         f"you on {long(ssa)} that your Part B premium of $202.90 a month had not been paid for three months and that "
         f"Part B would end. Medicare told us that your Part B ended on {long(ended)}, so your membership in our plan "
         "ended the same day."),
        ("What this means", "The visits on April 9 and April 23, 2026 were after your membership ended. We have "
         "told the clinic. If your Part B is put back with no break, your membership may be put back too, and the "
         "clinic can send the claim again."),
        ("Getting Part B back", "If you had a good reason for not paying, such as a stay in the hospital, you may ask "
         "Social Security to restore Part B. Ask soon: Social Security sets its own time limits. Call Social "
         "Security, or your State Health Insurance Assistance Program for free help."),
        ("Your Medicare number", f"{med}. This number is for Medicare and Social Security; it is not your "
         "Brackenshaw member ID."),
    ], n=2, size=8.7)
    p.heading("If you think we made a mistake", 10.4, rule=True)
    p.para(f"You may ask for an appeal. **Ask for an appeal no later than {long(due)}.** Send it to Brackenshaw "
           "Appeals, PO Box 7710, Linchmere, TY 58190, with any letter from Social Security or Medicare showing your "
           "Part B did not end.", 9.2)
    p.signature(["Enrollment & Billing", SPONSOR], 9.2)
    p.small(FOOT, 6.4)
    t = truth("denial_letter", "eligibility", insurer=SPONSOR, plan_id=PLAN_ID, member_id=m, member_name=mem, cases=[c],
              claim_amount="356.00", service_dates=[iso(v1), iso(v2)], denial_date=iso(nd), provider=CLIN,
              appeal_deadline=iso(due),
              alternates={"insurer": INS_ALT, "provider": [PA, "Agnieszka Wolanin"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def rotated_late(rng):
    pt = "Gwendolyn R. Hapgood"
    m = mid(rng)
    nd = dt.date(2026, 6, 5)
    dos = dt.date(2026, 1, 20)
    got = dt.date(2026, 5, 29)
    limit = plus(dos, 90)
    c = claim_no(rng)
    BILL = "Thistlemore Anesthesia Partners, LLC"
    CRNA = "Rosamund Bielawski, CRNA"
    MD = "Torvald Beitia, MD"
    npi = "1" + digits(rng, 9)
    batch = "CLH-0529-" + digits(rng, 5)
    lic = "CRNA-TY-" + digits(rng, 5)
    p = ERSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, box="PROVIDER CLAIM NOTICE",
         right=["Provider Services 1-866-555-0171", "Fax 1-866-555-0177", "Claims: PO Box 7702",
                "Linchmere TY 58190"])
    W = p.W
    y0 = p.get_y()
    p.address_block([BILL, "Billing Office", "45 Gannetgate Mews", "Thistlemore TY 58166"], 9.4)
    yb = p.beside([(upper(nd), "notice date"), (c, "claim number"), (pt, "patient"), (m, "member ID"),
                   (PLAN_ID, "contract-plan"), (n2(1284.50), "charges"), (slash(got), "claim received")],
                  p.l_margin + W * 0.45, y0, W * 0.55, size=8.8, h=5.0, split=0.6)
    p.set_xy(p.l_margin, max(yb, p.get_y()) + 4)
    p.prov_pair([("ANESTHETIST (RENDERING)", CRNA, f"license {lic}"),
                 ("MEDICAL DIRECTION", MD, BILL),
                 ("FACILITY", "Quorndale Memorial Hospital", "Outpatient Surgery Center")], size=8.4, ruled=True)
    p.table(["Date of service", "Code", "Service", "Units", "Charged", "Paid", "Reason"],
            [[slash(dos), "00790-QX", "Anesthesia, upper abdominal laparoscopy", "11", "1,284.50", "0.00", "CO-29"],
             ["", "", "Claim total", "", "1,284.50", "0.00", ""]],
            [W * 0.14, W * 0.11, W * 0.37, W * 0.07, W * 0.11, W * 0.08, W * 0.12], size=8.6, bold_last=True)
    p.heading("The claim was filed too late", 10.6)
    p.para(f"Your network agreement with {SPONSOR} says claims must reach us within 90 days after the date of "
           f"service. For this anesthesia, given on {long(dos)}, the last day was {long(limit)}. The claim reached us "
           f"on {long(got)} in clearinghouse batch {batch}. **The claim is denied for late filing.** Under your "
           "agreement you may not bill the member for it.", 9.2)
    p.para("If you sent the claim in time, send proof: a clearinghouse acceptance report or a rejection from us dated "
           f"on or before {slash(limit)}. A print-out from your own billing system is not proof of sending.", 9.2)
    p.heading("Payment reconsideration", 10.4)
    p.para("You may ask for a payment reconsideration in writing within 60 days of the date of this notice. Send it "
           "with your proof to Brackenshaw Provider Disputes, PO Box 7704, Linchmere, TY 58190. This is a provider "
           "dispute; the member's appeal rights are described in her own notices.", 9.2)
    p.signature(["Provider Claims", SPONSOR], 9.2)
    p.small(FOOT, 6.4)
    t = truth("denial_letter", "timely_filing", insurer=SPONSOR, plan_id=PLAN_ID, member_id=m, member_name=pt,
              cases=[c], claim_amount="1284.50", service_dates=[iso(dos)], denial_date=iso(nd),
              provider="Rosamund Bielawski", appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": INS_ALT, "provider": [CRNA, BILL, MD]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [Item(F + "born_digital_member_eob_hearing_center_rows_h17_h71_h7_legend_split", "born_digital",
                  [born_eob(rng)]),
             Item(F + "faxstd_cardiology_remittance_followup_and_echo_past_referral_co198_co243", "fax_standard_g4",
                  [faxstd_remit(rng)])]
    cover, docs = stack_hospice(rng)
    items.append(Item(F + "faxstd_stack_hospice_cover_radiation_original_medicare_p2_upside_down_appeal_ack",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 180}))
    items += [Item(F + "scanclean_inpatient_admission_for_hernia_repair_outpatient_setting", "scan_clean_300",
                   [scanclean_inpatient(rng)]),
              Item(F + "phone_es_cuidado_rutinario_de_los_pies", "phone_photo", [phone_es(rng)]),
              Item(F + "scanlow_part_b_ended_plan_membership_ended_pulmonary_visits", "scan_lowres_150",
                   [scanlow_partb(rng)]),
              Item(F + "rotated_anesthesia_claim_past_90_day_network_filing_limit", "rotated", [rotated_late(rng)])]
    return items
