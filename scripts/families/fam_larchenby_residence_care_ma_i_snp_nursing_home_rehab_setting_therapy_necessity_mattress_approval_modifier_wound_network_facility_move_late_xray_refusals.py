"""Papers mirrored (structure and plain wording style only) from a Medicare Advantage institutional special needs plan
(I-SNP): an HMO that enrols only people who live, or are expected to live for 90 days or more, in a nursing facility
the plan contracts with; the plan's own nurse practitioners round in the facility and make coverage decisions together
with the facility's care team; the plan pays the facility for skilled stays, therapy contractors, visiting doctors,
mobile x-ray and lab companies and medical suppliers; members get a monthly explanation of benefits; requests refused
before care get a "Notice of Denial of Medical Coverage" style letter with the appeal (reconsideration) within 65 days
of the notice, a fast 72-hour appeal, and the help of the long-term care ombudsman; a member who moves to a facility
the plan has no contract with leaves the plan at the end of that month. Here as an invented plan and sponsor:
Larchenby Residence Care (HMO I-SNP), offered by Quennevale Senior Health Plan, Inc. (contract-plan H6117-002; member
numbers "LR" + nine digits, sometimes printed grouped "LR 204 771 365"; claims 12 digits starting 26; requests
"AR-26-" and approvals "AU-26-" + seven digits), in an invented state, Corlander (CL), with invented contracted
facilities (Hollinsgate Care & Rehabilitation Center, Thornhaugh Manor) and an invented non-contracted one (Saint
Brevin's Residence). Every person, facility, company, number, address and amount is invented (phones 555); Medicare
and CPT / HCPCS codes and claim adjustment reason codes appear as themselves.

Documents (8 in 7 files):
- born_digital_member_eob_air_mattress_rental_code_a7_two_column_legend: the plan's monthly explanation of benefits
  for a Hollinsgate resident: four claims (nurse practitioner visits, podiatry, mobile lab, a medical supply claim);
  the powered air mattress rental line pays 0.00 with note A7, told only in a two-column legend that also lists codes
  no line uses; "Plan / Member No." in one box; letter ID, document control number, Medicare number, resident account
  and a $100.00 example as decoys.
- faxstd_provider_payment_statement_swallow_line_missing_gn_modifier: the plan's payment statement to a therapy
  contractor (seven residents in monospace claim blocks, rendering / billing / referring names on one line under each
  claim, the listing broken across pages); one swallowing treatment line refused CO-4 (no discipline modifier), told
  only in the two-column code list that also lists unused codes; fax transmission line with job number on every page;
  a batch document control number, EFT trace and NPI as decoys.
- faxstd_stack_facility_cover_rehab_hospital_refused_p2_sideways_snf_days_approved: Hollinsgate social services'
  fax cover to the ombudsman, the plan's notice refusing transfer to an inpatient rehabilitation hospital after hip
  surgery because skilled rehabilitation in the nursing facility meets the need (page 2 fed sideways), and the plan's
  approval of 20 skilled days at Hollinsgate (denies nothing) with the facility's tilted RECEIVED stamp.
- scanclean_more_physical_therapy_not_necessary_restorative_program: the plan's notice refusing eight more weeks of
  physical therapy at Thornhaugh Manor (requesting therapist, billing contractor and ordering nurse practitioner side by
  side; rights in two columns; running header; a letter ID and earlier therapy dates as decoys).
- phone_es_clinica_de_heridas_fuera_de_la_red: a Spanish notice that a wound clinic visit outside the network is not
  paid (the doctor's name with the clinic under it; room number, resident account and Medicaid number as decoys).
- scanlow_moved_to_non_contracted_facility_claims_after_disenrollment: the plan's notice that a psychiatrist's two
  visits after the member moved to a facility the plan has no contract with are not covered (disenrollment confirmation
  and document control numbers, a move date and a tilted SCANNED stamp as decoys; the appeal date printed).
- rotated_mobile_xray_claim_past_filing_limit_provider_notice: the plan's notice to a mobile x-ray company that its
  claim came after the 120-day filing limit (interpreting, billing and referring providers side by side; clearinghouse
  batch number and received dates as decoys).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeq_famqd import EQSheet, facility_cover, ordinal
from kit_roundep_fampd import (abbr, digits, dmy, dmy_dash, es_date, iso, last_first, long, n2, plus, short_md, slash,
                               upper, usd, yy)
from public_kit import m2, mbi, out, truth

FAMILY = ("larchenby_residence_care_ma_i_snp_nursing_home_rehab_setting_therapy_necessity_mattress_approval_modifier_"
          "wound_network_facility_move_late_xray_refusals")
LANG = "en"
SEED = 355063
PLAN = "Larchenby Residence Care"
PLAN_FULL = "Larchenby Residence Care (HMO I-SNP)"
SPONSOR = "Quennevale Senior Health Plan, Inc."
PLAN_ALT = ["Larchenby", PLAN_FULL, SPONSOR, "Quennevale Senior Health Plan"]
PLAN_ID = "H6117-002"
BRAMBLE = "Hollinsgate Care & Rehabilitation Center"
THORN = "Thornhaugh Manor"
NP_B = "Odalys Fenmarch, APRN"
NP_T = "Marek Lindqvist, APRN"
MEDDIR = "Caspar Wyndlow, MD"
FOOT = ("Larchenby Residence Care (HMO I-SNP) is offered by Quennevale Senior Health Plan, Inc., an HMO with a "
        "Medicare contract. Enrollment depends on contract renewal. The plan is open only to people who live in, or "
        "need the care given in, a nursing facility that contracts with the plan. This notice is available in other "
        "formats and languages; call Member Services.")


def mid(rng):
    return "LR" + digits(rng, 9)


def grouped(m: str) -> str:
    return f"{m[:2]} {m[2:5]} {m[5:8]} {m[8:]}"


def claim_no(rng):
    return "26" + digits(rng, 10)


def head(p, rng, unit, box=None, es=False):
    if es:
        p.split_brand("L A R C H E N B Y", "Residence Care  (HMO I-SNP)",
                      "Un plan Medicare Advantage para personas que viven en un hogar de ancianos",
                      "LRC", [unit, "PO Box 4410, Wyverstone, CL 60401"],
                      ["Servicios al Miembro 1-877-555-0146", "Llamada gratis, 8 a.m. a 8 p.m., 7 días",
                       "TTY 711"], box=box)
    else:
        p.split_brand("L A R C H E N B Y", "Residence Care  (HMO I-SNP)",
                      "Medicare Advantage for people who make their home in a nursing facility",
                      "LRC", [unit, "PO Box 4410, Wyverstone, CL 60401"],
                      ["Member Services 1-877-555-0146", "8 a.m. to 8 p.m., 7 days a week", "TTY 711",
                       "Fax 1-877-555-0189"], box=box)


def mat_id(kind):
    return f"H6117_LRC26{kind}_M"


# ------------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    mem = "Winifred A. Oakhurst"
    m = mid(rng)
    sd = dt.date(2026, 5, 12)
    lid = "LID-0512-" + digits(rng, 5)
    dcn = "DCN " + digits(rng, 11)
    med = mbi(rng)
    acct = f"55-0{digits(rng, 4)}"
    SUP = "Dorrimore Home Medical Supply"
    fitter = "Garrick Toller, CFm"
    r0, r1 = dt.date(2026, 4, 3), dt.date(2026, 4, 30)
    claims = [
        (claim_no(rng), f"{NP_B} (Larchenby clinical team)", "rounding visits in your nursing home",
         [(dt.date(2026, 4, 6), "99309", "Nursing facility visit, moderate", 168.00, 132.40, ""),
          (dt.date(2026, 4, 20), "99308", "Nursing facility visit, low", 121.00, 96.10, "")]),
        (claim_no(rng), "Feltham Foot & Ankle - Rosalind Imrie, DPM", "visit at Hollinsgate",
         [(dt.date(2026, 4, 9), "11721", "Nail debridement, 6 or more", 96.00, 52.80, "")]),
        (claim_no(rng), "Ploverfield Mobile Diagnostics", "blood drawn at Hollinsgate",
         [(dt.date(2026, 4, 14), "80048", "Basic metabolic panel", 44.00, 9.12, ""),
          (dt.date(2026, 4, 14), "85025", "Complete blood count", 31.00, 7.40, ""),
          (dt.date(2026, 4, 14), "36415", "Blood draw", 12.00, 3.00, "")]),
        (claim_no(rng), "Wyverstone General Hospital - emergency department", "fall, wrist x-ray",
         [(dt.date(2026, 4, 17), "99284", "Emergency visit, moderately high", 912.00, 388.20, ""),
          (dt.date(2026, 4, 17), "73110", "X-ray wrist, 3 views", 236.00, 61.90, ""),
          (dt.date(2026, 4, 17), "29125", "Short arm splint", 214.00, 70.15, "")]),
        (claim_no(rng), "Orrinsdale Vision Services - Dr. Ione Cavendish, OD", "eye visit at Hollinsgate",
         [(dt.date(2026, 4, 22), "92014", "Eye exam, established patient", 188.00, 104.35, ""),
          (dt.date(2026, 4, 22), "92015", "Refraction", 45.00, 0.00, "A2")]),
        (claim_no(rng), "Ferrandale Radiology Associates - portable x-ray read", "chest x-ray in your room",
         [(dt.date(2026, 4, 24), "71045", "Chest x-ray, 1 view", 96.00, 24.80, "")]),
        (claim_no(rng), f"{SUP} (supplier); ordered by {NP_B}", "delivered to your room",
         [(r0, "A6212", "Foam dressing, x10", 86.40, 61.30, ""),
          ((r0, r1), "E0277", "Powered air mattress, rental", 1140.00, 0.00, "A7")]),
    ]
    p = EQSheet(footer="Page {n} of {nb}", run_foot=f"{mem}  \u00b7  Member No. {grouped(m)}  \u00b7  Explanation of "
                                                    f"Benefits dated {long(sd)}  \u00b7  {lid}")
    p.set_margins(16, 14, 16)
    p.add_page()
    head(p, rng, "Member Claims", box="EXPLANATION OF BENEFITS")
    W = p.W
    y0 = p.get_y()
    p.address_block([mem, f"c/o {BRAMBLE}", "Room 118-A", "1400 Quernhill Road", "Wyverstone CL 60412"], 9.4)
    p.set_xy(p.l_margin + W * 0.46, y0)
    lm = p.l_margin
    p.set_left_margin(lm + W * 0.46)
    p.cap_boxes([[("Statement date", dmy(sd), 0.27), ("Plan / Member No.", f"{PLAN_ID} / {grouped(m)}", 0.46)],
                 [("Claims processed", "April 1 - 30, 2026", 0.27), ("Letter ID", lid, 0.46)]], size=8.8, h=9.6)
    p.set_left_margin(lm)
    p.set_xy(lm, max(p.get_y(), y0 + 26) + 1)
    p.small(f"THIS IS NOT A BILL. It tells you what {PLAN} paid for care you got in April 2026. Your Medicare number "
            f"({med}) is shown for your records only; please use your Larchenby member number with providers. "
            f"Nursing home resident account {acct} ({BRAMBLE}). {dcn}.", 7.6)
    p.heading("Your claims this month", 10.2, rule=True, gap=0.5)
    widths = [W * 0.19, W * 0.09, W * 0.33, W * 0.12, W * 0.1, W * 0.1, W * 0.07]
    rows, bold, shade = [], set(), set()
    refused = None
    for cno, prov, where, lines in claims:
        shade.add(len(rows))
        rows.append([f"Claim {cno}  \u00b7  {prov}  \u00b7  {where}", "", "", "", "", "", ""])
        tb = tp = 0.0
        for d, code, desc, b, paid, note in lines:
            ds = f"{yy(d[0])}-{yy(d[1])}" if isinstance(d, tuple) else slash(d)
            rows.append([ds, code, desc, n2(b), n2(paid if not note else 0.0), "0.00", note or "A1"])
            tb, tp = tb + b, tp + paid
        bold.add(len(rows))
        rows.append(["", "", "Claim total", n2(tb), n2(tp), "0.00", ""])
        if any(ln[5] == "A7" for ln in lines):
            refused = (cno, tb, prov)
    p.run_table(["Date(s) of service", "Code", "What it was", "Provider charged", "Plan paid", "You may owe",
                 "Note"], rows, widths, aligns=["L", "L", "L", "R", "R", "R", "C"], size=7.8, row_h=5.0,
                bold_rows=bold, shade_rows=shade, foot_room=28)
    p.heading("Your plan this year", 9.8)
    p.small("Maximum out-of-pocket for covered Part A and B services: $3,400.00 (you have paid $0.00; your Corlander "
            "Medicaid pays your cost sharing). Plan paid for you so far in 2026: 4,218.40. Example: if a network "
            "provider charges $100.00 for a visit, the plan pays what it agreed to pay and you owe no more than your "
            "copay.", 7.6)
    p.legend_grid("What the notes mean", [
        ("A1", "Paid. The plan paid its approved amount to the provider."),
        ("A2", "Routine refraction is not covered by Medicare; your plan's vision benefit paid for it in full "
               "through its vision vendor. You owe nothing."),
        ("A7", "This item is covered only when the plan approves it before it is supplied. The supplier did not "
               "get approval for these dates, so the plan paid nothing for the line. A network supplier may not bill "
               "you for it."),
        ("B3", "Part of another service on the same day; not paid on its own."),
        ("B6", "Your Medicare hospice benefit pays for care related to your terminal illness."),
        ("C2", "Another insurer, such as an auto or liability policy, should pay first. Send us its address."),
        ("C5", "The claim reached us after the time a provider has to bill us."),
        ("D1", "The provider is not in the plan's network, and the care was not urgent or approved."),
    ], cols=2, size=7.3)
    p.heading("If you disagree with a decision on this statement", 9.8)
    p.small("You have the right to ask for an appeal, also called a reconsideration. Your request must reach us within "
            "65 days of the date of this statement. Write to Larchenby Appeals & Grievances, PO Box 4418, Wyverstone, "
            "CL 60401, or call Member Services. If waiting could harm your health, ask for a fast appeal; we answer "
            "within 72 hours. The long-term care ombudsman can help you free of charge.", 7.6)
    p.legal_foot(FOOT + "  " + mat_id("EOB"))
    t = truth("eob", "prior_authorization", insurer=PLAN, plan_id=PLAN_ID, member_id=m, member_name=mem,
              cases=[refused[0]], claim_amount=m2(refused[1]), service_dates=[f"{iso(r0)}/{iso(r1)}"],
              denial_date=iso(sd), provider=SUP, appeal_deadline=iso(plus(sd, 65)),
              alternates={"insurer": PLAN_ALT, "claim_amount": ["1140.00"], "provider": ["Odalys Fenmarch", NP_B],
                          "service_dates": [[iso(r0)]]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_remit(rng):
    pd = dt.date(2026, 5, 19)
    fax_day = dt.date(2026, 5, 20)
    PAYEE = "Clovenstone Rehab Partners, LLC"
    therapists = {"PT": "Linnea Sorby, PT, DPT", "OT": "Ferdinand Ashdown, OTR/L", "SLP": "Hester Quayle, MS, CCC-SLP"}
    pts = [("Beatrix M. Colquhoun", BRAMBLE, NP_B, "PT"), ("Osbert L. Fairweather", THORN, NP_T, "OT"),
           ("Clementine R. Sowerby", BRAMBLE, NP_B, "PT"), ("Ambrose T. Scullthorpe", THORN, NP_T, "PT"),
           ("Philippa G. Ravenhill", THORN, NP_T, "OT"), ("Leopold S. Gathercole", BRAMBLE, NP_B, "PT"),
           ("Henrietta V. Ormsby", BRAMBLE, NP_B, "SLP"), ("Augustin P. Varga", BRAMBLE, NP_B, "SLP"),
           ("Georgiana F. Pellow", BRAMBLE, NP_B, "OT"), ("Thaddeus W. Nutbrown", THORN, NP_T, "SLP")]
    R = 7
    lines_by = {
        "PT": [("97110", "GP", 4, 168.00, 118.40), ("97116", "GP", 2, 84.00, 58.70), ("97530", "GP", 2, 96.00, 66.30)],
        "OT": [("97535", "GO", 3, 132.00, 91.20), ("97530", "GO", 2, 96.00, 66.30)],
        "SLP": [("92507", "GN", 1, 142.00, 97.60)],
    }
    blocks, ref = [], {}
    tb_all = tp_all = 0.0
    for i, (pt, fac, np_, disc) in enumerate(pts):
        c = claim_no(rng)
        m = mid(rng)
        d1 = dt.date(2026, 4, 6 + i * 2)
        d2 = plus(d1, 2)
        out_lines, tb, tp = [], 0.0, 0.0
        spec = list(lines_by[disc])
        if i == R:
            spec = [("92507", "GN", 1, 142.00, 97.60), ("92526", "", 1, 188.00, 0.0), ("92507", "GN", 1, 142.00,
                                                                                       97.60)]
        for j, (code, mod, u, b, a) in enumerate(spec):
            d = [d1, d2, plus(d2, 2)][j] if i == R else (d1 if j == 0 else d2)
            adj = "CO-4" if (i == R and code == "92526") else "CO-45"
            adj_amt = b if adj == "CO-4" else round(b - a, 2)
            out_lines.append(f"  {yy(d)}  {code:<6}{mod:<4}{u:>3}  {b:>9,.2f}  {a:>9,.2f}  {adj:<6}{adj_amt:>8,.2f}"
                             f"  {a:>9,.2f}")
            tb, tp = tb + b, tp + a
            if i == R and code == "92526":
                ref["d"] = d
        tb_all, tp_all = tb_all + tb, tp_all + tp
        blocks.append({"top": f"CLAIM {c}  {last_first(pt):<26} MBR {m}  {fac.split(' Care')[0].upper()}",
                       "sub": f"  RENDERING: {therapists[disc].upper()}   BILLING: {PAYEE.upper()}   "
                              f"REFERRING: {np_.upper()}",
                       "lines": out_lines,
                       "total": f"  CLAIM TOTAL{'':<12}{tb:>11,.2f}  {'':>9}  {'':<6}{tb - tp:>8,.2f}  {tp:>9,.2f}"})
        if i == R:
            ref.update(pt=pt, m=m, c=c, billed=tb, dates=[d1, d2, plus(d2, 2)])
    job = digits(rng, 5)
    batch = "B" + digits(rng, 10)
    p = EQSheet(footer="Page {n} of {nb}",
                fax_hdr=f"{slash(fax_day)} 09:14  LARCHENBY PROV PAYMENT  1-877-555-0189  ->  CLOVENSTONE BILLING  "
                        f"JOB#{job}  P. {{p}}/{{nb}}",
                run_hdr=f"Provider Payment Statement  \u00b7  {PAYEE}  \u00b7  payment date {slash(pd)}  \u00b7  "
                        "page {n}")
    p.set_margins(12, 13, 12)
    p.add_page()
    head(p, rng, "Provider Payment Services", box="PROVIDER PAYMENT STATEMENT")
    W = p.W
    y0 = p.get_y()
    p.address_block([PAYEE, "Attn: Billing", "77 Tallowkiln Lane, Suite 3", "Essling Mills CL 60477"], 9.2)
    npi = "1" + digits(rng, 9)
    tin = f"88-{digits(rng, 7)}"
    eft = digits(rng, 9)
    p.label_col([("Payment date", slash(pd)), ("Contract / plan", f"Medicare Advantage I-SNP, {PLAN_ID}"),
                 ("EFT trace no.", eft), ("Batch DCN", batch), ("Payee NPI / TIN", f"{npi} / {tin}"),
                 ("Claims in this statement", str(len(pts))), ("Total paid", usd(tp_all))],
                p.l_margin + W * 0.5, y0, W * 0.5, 38, size=8.2, h=4.4)
    p.set_y(max(p.get_y(), y0 + 22) + 3)
    p.remit([f"  {'DOS':<9} {'CODE':<6}{'MOD':<4}{'UNT':>3}  {'BILLED':>9}  {'ALLOWED':>9}  {'ADJ':<6}{'ADJ AMT':>8}"
             f"  {'PAID':>9}"], blocks, size=7.4, foot_room=26, width_chars=104)
    p.set_font("Mono", "B", 7.6)
    p.cell(0, 4, f"STATEMENT TOTALS   BILLED {tb_all:,.2f}   PAID {tp_all:,.2f}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.legend_grid("Adjustment codes", [
        ("CO-45", "Charge is more than the fee schedule or contracted rate. The difference is a contractual "
                  "write-off."),
        ("CO-4", "The procedure code needs a modifier that was not sent. Therapy lines must carry the discipline "
                 "modifier (GP, GO or GN) of the therapist who gave the care. Send a corrected claim."),
        ("CO-97", "Paid as part of another service on the same date; not paid separately."),
        ("CO-29", "The time limit for filing this claim has passed."),
        ("CO-197", "The plan's approval was required before the service and none is on file."),
        ("CO-50", "Not a medically necessary service under the plan's criteria."),
        ("CO-22", "Another payer may be primary. Bill that payer first."),
        ("CO-109", "Not covered by this payer; send to the correct payer or contractor."),
    ], cols=2, size=7.2, code_w=12)
    p.small("Corrected claims and reconsideration: a contracted provider may send a corrected claim, or ask for a "
            "payment reconsideration in writing within 60 days of the date of this statement, to Larchenby Provider "
            "Payment Services, PO Box 4425, Wyverstone, CL 60401. A resident may not be billed for amounts adjusted "
            "with a CO group code.", 7.4)
    p.legal_foot(FOOT)
    t = truth("eob", "coding_error", insurer=PLAN, plan_id=PLAN_ID, member_id=ref["m"], member_name=ref["pt"],
              cases=[ref["c"]], claim_amount=m2(ref["billed"]), service_dates=[iso(ref["d"])], denial_date=iso(pd),
              provider="Hester Quayle", appeal_deadline=iso(plus(pd, 60)),
              alternates={"insurer": PLAN_ALT, "plan_id": [None], "claim_amount": ["188.00"],
                          "provider": [PAYEE, "Hester Quayle, MS, CCC-SLP"],
                          "service_dates": [[iso(x) for x in ref["dates"]]]},
              type_alternates=["denial_letter"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def stack_rehab(rng):
    mem = "Harriet E. Pomfrey"
    son = "Everard N. Pomfrey"
    m = mid(rng)
    nd = dt.date(2026, 4, 16)
    got = dt.date(2026, 4, 14)
    surgery = dt.date(2026, 4, 9)
    start = dt.date(2026, 4, 17)
    end = dt.date(2026, 5, 6)
    fax_day = dt.date(2026, 4, 20)
    ar = "AR-26-" + digits(rng, 7)
    au = "AU-26-" + digits(rng, 7)
    lid = "NDMC-" + digits(rng, 8)
    lid2 = "APRV-" + digits(rng, 8)
    med = mbi(rng)
    SURG = "Hollis Marchetti, MD"
    HOSP = "Wyverstone General Hospital"
    IRF = "Askwillow Inpatient Rehabilitation Hospital"
    sw = "Prudence Hallam, LMSW"
    hdr = (f"APR-20-2026 11:52  FROM: HOLLINSGATE SOC SVC  (608) 555-0176  TO: 16085550133  "
           f"JOB 0{digits(rng, 3)}  P. {{p}}/4")
    cover = facility_cover(
        BRAMBLE, "Social Services Department", ["1400 Quernhill Road, Wyverstone, CL 60412",
                                                "Main (608) 555-0170  \u00b7  Social Services fax (608) 555-0176"],
        "Lorna Quist", "Wyver Valley Long-Term Care Ombudsman Program", "(608) 555-0133", sw, "(608) 555-0174",
        slash(fax_day), "4", f"Resident {mem} - Larchenby notices of April 16",
        [f"Lorna - as we discussed, here are the two notices Larchenby sent about Mrs. Pomfrey. Her son {son} is her "
         "health care agent and wants to appeal the rehab hospital decision. He asked that you call him.",
         "Prudence"], hdr.replace("{p}", "1"))
    # --- the refusal (2 pages; page 2 fed sideways)
    p = EQSheet(footer="Page {n} of {nb}", fax_hdr=hdr, fax_off=1,
                run_hdr=f"{mem}  \u00b7  Member No. {m}  \u00b7  Request {ar}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, rng, "Health Services - Coverage Decisions")
    W = p.W
    p.set_font("Sans", "B", 13)
    p.cell(W, 6.5, "Notice of Denial of Medical Coverage", align="C", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Sans", "", 8)
    p.cell(W, 4, "(a decision about care you asked for)", align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.cap_boxes([[("Date of notice", long(nd), 0.25), ("Plan / Member No.", f"{PLAN_ID} / {m}", 0.35),
                  ("Request no. - Letter ID", f"{ar} - {lid}", 0.4)],
                 [("Name", mem, 0.25), ("Lives at", BRAMBLE, 0.35), ("Medicare no. (records only)", med, 0.4)]],
                size=8.8, h=9.8)
    p.provider_trio([("Requested by", SURG, f"{HOSP} - Orthopaedic Surgery"),
                     ("Care asked for at", IRF, "inpatient rehabilitation hospital, 300 Trawlgate Road"),
                     ("Plan clinician on the care team", NP_B, "Larchenby nurse practitioner")],
                    size=8.4)
    p.para(f"Dear Mrs. Pomfrey:", 9.8)
    p.para(f"On {long(got)} Dr. Marchetti asked us to approve a move from {HOSP} to {IRF} for intensive "
           f"rehabilitation after your hip surgery of {slash(surgery)}, starting {long(start)}. **We have denied "
           f"coverage for care in an inpatient rehabilitation hospital.** We made this decision with your care team at "
           f"{BRAMBLE}.", 9.4)
    p.heading("Why we denied your request", 10.4)
    p.para("An inpatient rehabilitation hospital is for people who need, and can take part in, at least three hours "
           "of therapy a day, five days a week, with a rehabilitation doctor seeing them most days. Your hospital "
           "notes show you can take part in about one hour of therapy at a time, and your other health needs are "
           "stable. The care you need can be given safely at a lower level: skilled nursing with daily physical and "
           "occupational therapy in your nursing home. That care is covered. We sent a separate notice approving it.",
           9.2)
    p.para(f"This decision was made by {MEDDIR}, medical director, after talking with {NP_B} and the Hollinsgate "
           "director of nursing.", 9.2)
    p.add_page()
    p.heading("You have the right to appeal our decision", 10.6, rule=True)
    p.columns([
        ("Standard appeal", "You, your health care agent or your doctor can ask us for a standard appeal. We must "
         "get your request within 65 days of the date of this notice. We can give you more time if you have a good "
         "reason. We will answer within 30 days."),
        ("Fast appeal", "If waiting 30 days could seriously harm your health, ask for a fast appeal. If a doctor "
         "says you need one, we will give it. We will answer within 72 hours."),
        ("What to send", f"Write to Larchenby Appeals & Grievances, PO Box 4418, Wyverstone, CL 60401, or fax "
         f"1-877-555-0189. Give your name, member number and request number {ar}."),
        ("What happens next", "If we keep our decision, we send your case to an independent reviewer outside the "
         "plan automatically. You do not have to ask."),
        ("Help", "The long-term care ombudsman, your nursing home's social worker and Member Services can help you "
         "ask for an appeal. You can also name someone to act for you."),
        ("Your records", "You may ask for a free copy of the information we used, including the rehabilitation "
         "criteria."),
    ], n=2, size=8.6)
    p.signature(["Sincerely,", "Coverage Decisions Unit", PLAN], 9.2)
    p.legal_foot(FOOT + "  " + mat_id("NDMC"))
    t1 = truth("denial_letter", "level_of_care", insurer=PLAN, plan_id=PLAN_ID, member_id=m, member_name=mem,
               cases=[ar], service_dates=[iso(start)], denial_date=iso(nd), provider="Hollis Marchetti",
               appeal_deadline=iso(plus(nd, 65)),
               alternates={"insurer": PLAN_ALT, "provider": [IRF, HOSP], "service_dates": [[]]},
               denial_alternates=["medical_necessity"])
    # --- the approval (denies nothing)
    q = EQSheet(footer=None, fax_hdr=hdr, fax_off=3)
    q.set_margins(18, 14, 18)
    q.add_page()
    head(q, rng, "Health Services - Coverage Decisions", box="COVERAGE APPROVED")
    W = q.W
    q.recv_stamp(["RECEIVED", "APR 17 2026", "HOLLINSGATE ADMISSIONS"], q.l_margin + W * 0.62, q.get_y() + 2,
                 angle=-8, size=8.4)
    q.address_block([mem, f"c/o {son}", "58 Harnessmakers Close", "Wyverstone CL 60415"], 9.6)
    q.ln(3)
    q.cap_boxes([[("Date", slash(nd), 0.2), ("Member No.", m, 0.25), ("Approval no. / letter", f"{au} / {lid2}", 0.55)]],
                size=8.8, h=9.8)
    q.para(f"Dear Mrs. Pomfrey:", 9.8)
    q.para(f"Good news. **We approved** skilled nursing facility care with physical and occupational therapy at "
           f"{BRAMBLE}, your nursing home, after you leave {HOSP}.", 9.4)
    q.table(["What is approved", "Where", "From", "Through", "Days"],
            [["Skilled nursing care + therapy", "Hollinsgate", slash(start), slash(end), "20"]],
            [W * 0.38, W * 0.18, W * 0.15, W * 0.15, W * 0.14], size=8.8)
    q.para(f"Your care team will look at your progress again by {long(plus(start, 13))}. If you still need skilled "
           "care then, they will ask us for more days. You pay $0 for these days. Your room and board after a skilled "
           "stay ends stays with your Medicaid long-term care coverage, as before.", 9.2)
    q.para("You do not need to do anything. Keep this letter with your records.", 9.2)
    q.signature(["Coverage Decisions Unit", PLAN], 9.2)
    q.legal_foot(FOOT + "  " + mat_id("APR"))
    t2 = truth("other", None, insurer=PLAN, member_id=m, member_name=mem, cases=[au],
               service_dates=[f"{iso(start)}/{iso(end)}"], denial_date=iso(nd), provider=BRAMBLE,
               alternates={"insurer": PLAN_ALT, "case_numbers": [[]], "service_dates": [[]]})
    return cover, [(out(p), t1), (out(q), t2)]


# ------------------------------------------------------------------------------------------------------------------
def scanclean_pt(rng):
    mem = "Cornelius R. Hathersage"
    m = mid(rng)
    nd = dt.date(2026, 6, 2)
    got = dt.date(2026, 5, 28)
    start = dt.date(2026, 6, 8)
    ep0, ep1 = dt.date(2026, 4, 6), dt.date(2026, 5, 29)
    ar = "AR-26-" + digits(rng, 7)
    lid = "NDMC-" + digits(rng, 8)
    PT = "Linnea Sorby, PT, DPT"
    p = EQSheet(footer="Page {n} of {nb}", run_hdr=f"{PLAN}  \u00b7  {mem}  \u00b7  {grouped(m)}  \u00b7  {ar}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, rng, "Health Services - Coverage Decisions")
    W = p.W
    p.set_font("Sans", "B", 13)
    p.cell(W, 6.5, "Notice of Denial of Medical Coverage", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    y0 = p.get_y()
    p.address_block([mem, THORN, "Room 22", "9 Abbotsquire Mead", "Mossbridge Cross CL 60433"], 9.6)
    p.set_xy(p.l_margin + W * 0.44, y0)
    lm = p.l_margin
    p.set_left_margin(lm + W * 0.44)
    p.cap_boxes([[("Date of this notice", dmy(nd), 0.56)], [("Plan / Member No.", f"{PLAN_ID} / {grouped(m)}", 0.56)],
                 [("Request No.", ar, 0.28), ("Letter ID", lid, 0.28)]], size=8.8, h=9.4)
    p.set_left_margin(lm)
    p.set_xy(lm, max(p.get_y(), y0 + 26))
    p.provider_trio([("Requested by (therapist)", PT, "Clovenstone Rehab Partners, LLC"),
                     ("Billing provider", "Clovenstone Rehab Partners, LLC", "therapy contractor at Thornhaugh Manor"),
                     ("Ordering clinician", NP_T, "Larchenby clinical team")], size=8.4)
    p.para(f"Dear Mr. Hathersage:", 9.8)
    p.para(f"On {slash(got)} your physical therapist asked us to cover eight more weeks of physical therapy, three "
           f"times a week, starting {long(start)}, to work on walking. **We have denied this request.** It is not "
           "medically necessary for a therapist to give this care.", 9.4)
    p.heading("Why we denied your request", 10.4)
    p.para(f"You had physical therapy from {short_md(ep0)} to {short_md(ep1)} after a fall. By mid-May you walked "
           "about 40 feet with a walker and one helper, and the notes of the last four weeks show the same distance "
           "and help each week. The therapist wrote a walking program that the nursing assistants at Thornhaugh Manor "
           "now do with you twice a day as part of their restorative program. Keeping up what you can do with that "
           "program does not need a therapist's skills.", 9.2)
    p.heading("What the therapy notes show", 9.8)
    p.table(["Week of", "Walking distance", "Help needed", "Device", "Therapist's note"],
            [[dmy(dt.date(2026, 4, 6)), "10 feet", "2 helpers", "walker", "new fall, weak right leg"],
             [dmy(dt.date(2026, 4, 20)), "25 feet", "1 helper", "walker", "steady gains"],
             [dmy(dt.date(2026, 5, 4)), "40 feet", "1 helper", "walker", "goal of 40 feet met"],
             [dmy(dt.date(2026, 5, 11)), "40 feet", "1 helper", "walker", "no change"],
             [dmy(dt.date(2026, 5, 18)), "40 feet", "1 helper", "walker", "no change"],
             [dmy(dt.date(2026, 5, 25)), "35-40 feet", "1 helper", "walker", "tired after 35 feet twice"]],
            [W * 0.16, W * 0.18, W * 0.16, W * 0.12, W * 0.38], size=8.4)
    p.para("If your walking gets worse, or you have a new fall or illness, your care team can ask again and we will "
           "look at the request anew. This decision does not change your other care at Thornhaugh Manor.", 9.2)
    p.para(f"{MEDDIR}, our medical director, reviewed your records with {NP_T}.", 9.2)
    p.heading("Your right to appeal", 10.6, rule=True)
    p.columns([
        ("Ask for a standard appeal", "You, someone you name or your doctor may ask us to look at this decision "
         "again. Your request must reach us within 65 days of the date of this notice. We decide within 30 days."),
        ("Ask for a fast appeal", "If you or your doctor believe waiting could seriously harm your health, ask for a "
         "fast appeal. We decide within 72 hours."),
        ("How", "Call Member Services, or write to Larchenby Appeals & Grievances, PO Box 4418, Wyverstone, CL 60401. "
         "Send any new notes from your therapist or doctor."),
        ("After our appeal", "If we do not change the decision, an independent review entity outside the plan "
         "looks at it. We send it there for you."),
    ], n=2, size=8.5)
    p.signature(["Coverage Decisions Unit", PLAN], 9.2)
    p.legal_foot(FOOT + "  " + mat_id("NDMC"))
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, plan_id=PLAN_ID, member_id=m, member_name=mem,
              cases=[ar], service_dates=[iso(start)], denial_date=iso(nd), provider="Linnea Sorby",
              appeal_deadline=iso(plus(nd, 65)),
              alternates={"insurer": PLAN_ALT, "provider": ["Clovenstone Rehab Partners, LLC", NP_T]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def phone_es(rng):
    mem = "Remedios L. Altamirano"
    m = mid(rng)
    nd = dt.date(2026, 4, 15)
    visit = dt.date(2026, 3, 24)
    c = claim_no(rng)
    billed = 1482.00
    CLIN = "Vallecrest Wound & Hyperbaric Clinic"
    DOC = "Teodoro Quesnel, MD"
    mcaid = "CL" + digits(rng, 10)
    acct = f"55-0{digits(rng, 4)}"
    p = EQSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, rng, "Reclamaciones de Miembros", box="AVISO DE DENEGACIÓN", es=True)
    W = p.W
    y0 = p.get_y()
    p.address_block([mem, f"a/c {BRAMBLE}", "Habitación 214-B", "1400 Quernhill Road", "Wyverstone CL 60412"], 9.6)
    p.set_xy(p.l_margin + W * 0.46, y0)
    lm = p.l_margin
    p.set_left_margin(lm + W * 0.46)
    p.cap_boxes([[("Fecha del aviso", es_date(nd), 0.54)], [("Nº de plan / Nº de miembro", f"{PLAN_ID} / {m}", 0.54)],
                 [("Nº de reclamación", c, 0.54)]], size=8.8, h=9.4)
    p.set_left_margin(lm)
    p.set_xy(lm, max(p.get_y(), y0 + 26) + 1)
    p.set_font("Sans", "B", 12.5)
    p.cell(W, 6.5, "Aviso de denegación de pago", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.cap_boxes([[("Médico que la atendió", DOC, 0.34), ("Servicio", "Cuidado de herida, desbridamiento", 0.34),
                  ("Fecha del servicio", slash(visit), 0.16), ("Cargos", usd(billed), 0.16)]], size=8.4, h=9.6)
    p.set_font("Sans", "", 7.6)
    p.set_x(p.l_margin + 1.2)
    p.cell(W * 0.34, 3.6, CLIN, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para("Estimada Sra. Altamirano:", 9.8)
    p.para(f"La {CLIN} nos envió una factura por la visita del {es_date(visit)}, cuando el Dr. Quesnel le limpió una "
           f"herida por presión en el talón. **No pagaremos esta reclamación.**", 9.4)
    p.heading("Por qué", 10.4)
    p.para(f"La clínica no forma parte de la red de {PLAN}. Como su plan es un HMO, solo paga la atención fuera de la "
           "red cuando es una emergencia, cuando es atención urgente lejos de casa o cuando el plan la aprueba antes "
           "porque no hay un proveedor de la red que la pueda dar. Ninguna de estas cosas ocurrió: la enfermera "
           f"practicante del plan en {BRAMBLE} y el equipo de heridas que visita el hogar cada martes atienden heridas "
           "como la suya allí mismo.", 9.2)
    p.para("Usted no tiene que pagar esta factura mientras decide si apela. Si la clínica le cobra, llame a Servicios "
           "al Miembro.", 9.2)
    p.small(f"Para sus registros: cuenta de residente {acct}; Medicaid de Corlander {mcaid}. Estos números no son de "
            "Larchenby.", 7.4)
    p.heading("Si no está de acuerdo", 10.4)
    p.para("Usted o su representante puede pedir una apelación (reconsideración). Debemos recibir su pedido dentro de "
           "65 días a partir de la fecha de este aviso. Escriba a Larchenby Apelaciones y Quejas, PO Box 4418, "
           "Wyverstone, CL 60401. El ombudsman de cuidado a largo plazo le puede ayudar sin costo.", 9.2)
    p.signature(["Atentamente,", "Reclamaciones de Miembros", PLAN], 9.2)
    p.legal_foot("Larchenby Residence Care (HMO I-SNP) es ofrecido por Quennevale Senior Health Plan, Inc., un HMO "
                 "con contrato con Medicare. La inscripción depende de la renovación del contrato. " + mat_id("DNP_ES"))
    t = truth("denial_letter", "out_of_network", insurer=PLAN, plan_id=PLAN_ID, member_id=m, member_name=mem,
              cases=[c], claim_amount=m2(billed), service_dates=[iso(visit)], denial_date=iso(nd), provider=CLIN,
              appeal_deadline=iso(plus(nd, 65)), lang="es",
              alternates={"insurer": PLAN_ALT, "provider": ["Teodoro Quesnel", DOC]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def scanlow_moved(rng):
    mem = "Percival J. Dunmore"
    dau = "Marian Dunmore-Ashe"
    m = mid(rng)
    nd = dt.date(2026, 4, 28)
    moved = dt.date(2026, 2, 27)
    ended = dt.date(2026, 2, 28)
    v1, v2 = dt.date(2026, 3, 10), dt.date(2026, 3, 24)
    due = plus(nd, 65)
    c = claim_no(rng)
    dr = "DE-" + digits(rng, 9)
    dcn = digits(rng, 13)
    PRAC = "Ousemont Geriatric Psychiatry, PC"
    DOC = "Anselm Lidgerwood, MD"
    p = EQSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, rng, "Enrollment & Claims", box="CLAIM NOT COVERED")
    W = p.W
    p.recv_stamp(["SCANNED", "05/04/2026", "DUNMORE-ASHE FAMILY FILE"], p.l_margin + W * 0.58, p.get_y() + 1,
                 angle=7, size=8.2, round_=True)
    p.set_font("Sans", "", 9.4)
    p.cell(W, 5, dmy_dash(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address_block([mem, f"c/o {dau} (representative)", "31 Hoopmaker Row", "Essling Mills CL 60478"], 9.6)
    p.ln(3)
    p.boxed_pairs([("Member / Contract-Plan", f"{m} / {PLAN_ID}"),
                   ("Claim no. - Doc. control no.", f"{c} - {dcn}"),
                   ("Provider", f"{DOC}, {PRAC}"),
                   ("Dates of service", f"{slash(v1)} and {slash(v2)} (nursing facility visits, 99310)"),
                   ("Amount billed", f"{n2(412.00)}"),
                   ("Disenrollment confirmation", dr)], label_w=62, size=8.8)
    p.para(f"Dear Mr. Dunmore:", 9.8)
    p.para(f"We received a claim from {PRAC} for two visits by Dr. Lidgerwood at Saint Brevin's Residence. **We cannot "
           f"pay this claim, because you were not a member of {PLAN} on those dates.**", 9.4)
    p.heading("Why", 10.4)
    p.para(f"{PLAN} is a special needs plan only for people who live in a nursing facility that has a contract with "
           f"the plan. Our records, and the notice the family received in February, show you moved from Thornhaugh "
           f"Manor to Saint Brevin's Residence on {long(moved)}. Saint Brevin's has no contract with us, so your "
           f"membership ended on {long(ended)} and Original Medicare became your coverage from March 1, 2026 "
           "(disenrollment confirmation above).", 9.2)
    p.para("Dr. Lidgerwood's office should send these claims to Original Medicare and to Corlander Medicaid. Your "
           "disenrollment confirmation number and this letter's document control number are for reference; they are "
           "not claim numbers at Original Medicare.", 9.2)
    p.heading("If you think we made a mistake", 10.4)
    p.para(f"You may ask for an appeal. Ask for an appeal by {long(due)}. Send it to Larchenby Appeals & Grievances, "
           "PO Box 4418, Wyverstone, CL 60401. If you have papers showing you still lived in a Larchenby nursing home on "
           "the dates above, send copies.", 9.2)
    p.signature(["Enrollment & Claims", PLAN], 9.2)
    p.legal_foot(FOOT + "  " + mat_id("ENR"))
    t = truth("denial_letter", "eligibility", insurer=PLAN, plan_id=PLAN_ID, member_id=m, member_name=mem,
              cases=[c], claim_amount="412.00", service_dates=[iso(v1), iso(v2)], denial_date=iso(nd),
              provider=PRAC, appeal_deadline=iso(due),
              alternates={"insurer": PLAN_ALT, "provider": ["Anselm Lidgerwood", DOC]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def rotated_xray(rng):
    mem = "Lavinia M. Threlkeld"
    m = mid(rng)
    nd = dt.date(2026, 6, 22)
    dos = dt.date(2026, 1, 8)
    got = dt.date(2026, 6, 15)
    limit = plus(dos, 120)
    c = claim_no(rng)
    batch = f"CH-26-0615-{digits(rng, 4)}"
    BILL = "Sedgefold Portable Imaging, Inc."
    RAD = "Wystan Pelham, MD"
    npi = "1" + digits(rng, 9)
    p = EQSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, rng, "Provider Payment Services", box="PROVIDER CLAIM NOTICE")
    W = p.W
    y0 = p.get_y()
    p.address_block([BILL, "Billing Office", "210 Smeltery Street", "Wyverstone CL 60409"], 9.4)
    yb = p.beside([(upper(nd), "notice date"), (c, "claim no."), (mem, "resident"), (m, "member no."),
                   (THORN, "nursing facility"), (n2(265.00), "charged"), (npi, "billing NPI")],
                  p.l_margin + W * 0.44, y0, W * 0.56, size=8.8, h=5.0, split=0.6)
    p.set_xy(p.l_margin, max(yb, p.get_y()) + 4)
    p.provider_trio([("Interpreting (rendering)", RAD, "Ferrandale Radiology Associates"),
                     ("Billing", BILL, f"NPI {npi}"),
                     ("Referring", NP_T, f"Larchenby clinical team, {THORN}")], size=8.4)
    p.table(["Date of service", "Code", "Service", "Charged", "Paid", "Reason"],
            [[slash(dos), "71046", "Chest x-ray, 2 views (portable)", "148.00", "0.00", "CO-29"],
             [slash(dos), "R0070", "Transport of portable x-ray equipment", "117.00", "0.00", "CO-29"],
             ["", "", "Claim total", "265.00", "0.00", ""]],
            [W * 0.15, W * 0.1, W * 0.4, W * 0.12, W * 0.1, W * 0.13], size=8.6, bold_last=True)
    p.heading("Claim denied: filing limit", 10.6)
    p.para(f"Your agreement with {PLAN} says claims must reach us within 120 days after the date of service. For "
           f"this x-ray, done at Thornhaugh Manor on {long(dos)}, the last day was {long(limit)}. Our clearinghouse "
           f"delivered the claim on {long(got)} (batch {batch}). **The claim is denied for timely filing.** Under "
           "your contract you may not bill the resident or her family for it.", 9.2)
    p.para("If you sent the claim on time, send proof: a clearinghouse acceptance report or a payer rejection dated "
           f"on or before {slash(limit)}. A report that only shows the claim was created in your system is not proof "
           "that it was sent.", 9.2)
    p.heading("Reconsideration", 10.4)
    p.para("You may ask for a payment reconsideration in writing within 60 days of the date of this notice. Send it "
           "with your proof to Larchenby Provider Payment Services, PO Box 4425, Wyverstone, CL 60401. This is a "
           "provider dispute; the resident's appeal rights are described in her own notices.", 9.2)
    p.signature(["Provider Payment Services", PLAN], 9.2)
    p.legal_foot(FOOT)
    t = truth("denial_letter", "timely_filing", insurer=PLAN, member_id=m, member_name=mem, cases=[c],
              claim_amount="265.00", service_dates=[iso(dos)], denial_date=iso(nd), provider=BILL,
              appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": PLAN_ALT, "provider": ["Wystan Pelham", NP_T, "Marek Lindqvist"]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [Item(F + "born_digital_member_eob_air_mattress_rental_code_a7_two_column_legend", "born_digital",
                  [born_eob(rng)]),
             Item(F + "faxstd_provider_payment_statement_swallow_line_missing_gn_modifier", "fax_standard_g4",
                  [faxstd_remit(rng)])]
    cover, docs = stack_rehab(rng)
    items.append(Item(F + "faxstd_stack_facility_cover_rehab_hospital_refused_p2_sideways_snf_days_approved",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 90}))
    items += [Item(F + "scanclean_more_physical_therapy_not_necessary_restorative_program", "scan_clean_300",
                   [scanclean_pt(rng)]),
              Item(F + "phone_es_clinica_de_heridas_fuera_de_la_red", "phone_photo", [phone_es(rng)]),
              Item(F + "scanlow_moved_to_non_contracted_facility_claims_after_disenrollment", "scan_lowres_150",
                   [scanlow_moved(rng)]),
              Item(F + "rotated_mobile_xray_claim_past_filing_limit_provider_notice", "rotated", [rotated_xray(rng)])]
    return items
