"""An invented health plan for perfumers, flavorists, compounders, sensory panelists and other fragrance laboratory
workers: Ambrette & Tonka Health Plan of the Fragrance & Flavor Workers Welfare Trust ("a member of the Aroma Trades
Benefit Alliance"), claims administered by Ledgerwell Benefit Administrators, Inc. ("a Pendrith Holdings company"),
in an invented state, Vessany (VS). Employer groups: G-7104 Maison Sauvelle Parfums, G-7122 Brisgate Aroma
Laboratories, G-7139 Tindalle Flavor & Fragrance Works. Plans: AT-100 (salaried staff) and AT-150 (hourly compounding
and panel staff, covered by an hours bank: 360 hours reported in a work quarter buy the benefit quarter that begins
on the first day of the second month after it). Member numbers "ATK" + seven digits, dependants "-01", "-02"; claims
"AT26-" + six digits; reviews "UMR-26-" + five digits; network exceptions "NX-26-" + five digits. Invented rules:
work-related illness and exposure go to the employer's workers' compensation carrier first; tests an employer
requires for the job (smell acuity panels, respirator fit tests) are paid by the employer's occupational health
program; 80 patch-test allergens a calendar year; photo patch testing not covered; a bronchial challenge test once in
12 months; biologic injections need precertification; platelet-rich plasma investigational; the Scentline Provider
Network (care outside it paid only in emergencies or with a network exception); member appeals within 180 days,
provider reconsiderations within 90. Every person, company, number, address and amount is invented (phones 555);
CPT / HCPCS codes and claim adjustment reason and remark codes appear as themselves.

Documents (8 in 7 files):
- born_digital_household_eob_patch_test_rows_z4_z44_z41_key_split: family statement of a perfumer; four claims; her
  patch-test clinic's claim pays 0.00 on every row under look-alike notes Z4, Z44 and Z41, told only in a two-column
  key that breaks from page 1 to page 2 and lists codes no row uses; running caption lines without colons.
- faxstd_ledgerwell_remittance_methacholine_challenge_co151_and_50: the administrator's monospace remittance to an
  allergy and lung center (seven claims, rendering and billing side by side); a compounder's bronchial challenge, its
  evaluation and an exhaled nitric oxide test pay 0.00 under CO-151 and a bare 50, told only in the three-column code
  list on page 2; a deductible row paying 0.00 on another claim (PR-1) is no refusal.
- faxstd_stack_ehs_cover_asthma_stay_comp_first_p2_sideways_exception_approved: the
  employer safety office's fax memo, the plan's letter sending a three-day asthma stay after a spill at work to the
  workers' compensation carrier first (page 2 fed sideways), and the plan's network exception approval for an
  occupational lung clinic (denies nothing).
- faxfine_prp_olfactory_cleft_smell_loss_investigational: pre-service refusal of platelet-rich plasma for a perfumer's
  smell loss; captions in small capitals over shaded boxes.
- photocopy_wickersley_skin_institute_out_of_network_hand_eczema: two dermatology visits outside the network; two
  caption-value pairs on one line, prose in two columns, running footer.
- scanlow_es_omalizumab_sin_precertificacion: Spanish letter refusing two omalizumab injections given without
  precertification; ordering doctor and injecting nurse practitioner side by side.
- scanclean_short_hours_quarter_walk_in_visit_not_covered: an hourly compounder's walk-in visit refused because too
  few hours were reported for the benefit quarter; captions under boxes, hours table.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounder_famrd import ERSheet, ehs_cover
from kit_roundep_fampd import (abbr, digits, dmy, dmy_dash, es_date, iso, last_first, long, n2, plus, short_md,
                               slash, upper, usd, yy)
from public_kit import m2, out, truth

FAMILY = "ambrette_and_tonka_fragrance_trades_plan_patch_test_limit_challenge_frequency_asthma_comp_first_smell_prp_network_omalizumab_precert_short_hours_refusals"
LANG = "en"
SEED = 355173
PLAN = "Ambrette & Tonka Health Plan"
TRUST = "Fragrance & Flavor Workers Welfare Trust"
INS_ALT = ["Ambrette & Tonka", "Ambrette and Tonka Health Plan", "Ambrette and Tonka", TRUST]
ADMIN = "Ledgerwell Benefit Administrators, Inc."
ADM_ALT = ["Ledgerwell", "Ledgerwell BA", "Ledgerwell Benefit Administrators", PLAN, "Ambrette & Tonka"]
PARENT = "a member of the Aroma Trades Benefit Alliance"
TAG = "The health plan of the fragrance and flavor trades"
ADMIN_LINE = f"Administered by {ADMIN} \u00b7 PO Box 2290, Brisgate, VS 30418 \u00b7 claims 1-877-555-0152"
GROUPS = {"G-7104": "Maison Sauvelle Parfums", "G-7122": "Brisgate Aroma Laboratories",
          "G-7139": "Tindalle Flavor & Fragrance Works"}
FOOT = (f"{PLAN} is sponsored by the Board of Trustees of the {TRUST}, {PARENT}. The Plan is self-funded; it is not "
        f"insurance. Claims are administered by {ADMIN}. Work-related illness and injury go to the employer's "
        "workers' compensation carrier first. Tests an employer requires for the job, such as smell acuity panels "
        "and respirator fit tests, are paid by the employer's occupational health program.")
RIGHT = ["Member Services 1-877-555-0150", "Mon-Fri 7:30 a.m. - 6 p.m.", "Fund Office", "118 Distillery Lane",
         "Brisgate VS 30416"]


def mid(rng):
    return "ATK" + digits(rng, 7)


def claim_no(rng):
    return "AT26-" + digits(rng, 6)


def head(p, box=None, es=False):
    if es:
        p.tag_head("AMBRETTE & TONKA", "", "El plan de salud de los oficios de la fragancia y el sabor",
                   "miembro de la Aroma Trades Benefit Alliance",
                   f"Administrado por {ADMIN} \u00b7 PO Box 2290, Brisgate, VS 30416",
                   ["Health Plan \u00b7 Fondo de Bienestar"],
                   ["Servicios al Miembro 1-877-555-0150", "lunes a viernes, 7:30 a 18:00", "Fund Office",
                    "118 Distillery Lane, Brisgate VS 30416"], box=box, brand_size=19, serif=False,
                   initials="A&T", shape="tile")
    else:
        p.tag_head("AMBRETTE & TONKA", "", TAG, PARENT, ADMIN_LINE, ["Health Plan"], RIGHT, box=box,
                   brand_size=19, serif=False, initials="A&T", shape="tile")


# ------------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    sub = "Severine A. Hautecoeur"
    spouse = "Gideon L. Hautecoeur"
    son = "Remy T. Hautecoeur"
    m = mid(rng)
    sd = dt.date(2026, 6, 19)
    grp = "G-7104"
    ctl = "SC-" + digits(rng, 9)
    oh = "OH-7104-" + digits(rng, 4)
    CLIN = "Grasseby Skin & Patch Test Clinic"
    DOC = "Ysolde Nizard, MD"
    claims = [
        (claim_no(rng), spouse, m + "-01", "Brisgate Family Medicine", "Oona Ormesson, DO",
         [(dt.date(2026, 5, 11), "99213", "Office visit", 148.00, 96.40, 71.40, 25.00, "P1 P3")]),
        (claim_no(rng), son, m + "-02", "Tindalle Walk-In Clinic", "Fabien Rabaud, PA-C",
         [(dt.date(2026, 5, 18), "99213", "Walk-in visit", 165.00, 96.40, 71.40, 25.00, "P1 P3"),
          (dt.date(2026, 5, 18), "87880", "Strep test, rapid", 38.00, 16.20, 16.20, 0.00, "P1")]),
        (claim_no(rng), sub, m, "Tindalle Valley Allergy & Lung Center", "Kasimir Eklund-Mora, NP",
         [(dt.date(2026, 5, 27), "94010", "Breathing test (spirometry)", 96.00, 38.75, 38.75, 0.00, "P1"),
          (dt.date(2026, 5, 27), "99213", "Office visit", 165.00, 96.40, 71.40, 25.00, "P1 P3")]),
        (claim_no(rng), sub, m, CLIN, DOC,
         [(dt.date(2026, 6, 1), "95044", "Patch tests, 40 allergens", 740.00, 0.00, 0.00, 0.00, "Z4"),
          (dt.date(2026, 6, 1), "95052", "Photo patch tests, 6", 144.00, 0.00, 0.00, 0.00, "Z44"),
          (dt.date(2026, 6, 5), "99212", "Visit to read tests", 118.00, 0.00, 0.00, 0.00, "Z41")]),
    ]
    ref = claims[3]
    p = ERSheet(footer="page {n} of {nb}",
                run_hdr=f"Family statement  \u00b7  {sub}  \u00b7  Member ID {m}  \u00b7  {dmy(sd)}", run_hdr_all=False,
                run_foot=f"{PLAN}  \u00b7  statement control {ctl}  \u00b7  this is not a bill")
    p.set_margins(15, 13, 15)
    p.add_page()
    head(p, box="FAMILY BENEFIT STATEMENT")
    W = p.W
    y0 = p.get_y()
    p.address_block([sub, "27 Rue Vetiver Court", "Grasseby VS 30433"], 9.6)
    p.set_y(max(p.get_y(), y0 + 15) + 2)
    p.run_pairs([("Statement", dmy(sd)), ("Member ID", m), ("Group", grp)], sep="none", size=9.2, pair_gap=8)
    p.run_pairs([("Plan No", "AT-100"), ("Employer", GROUPS[grp])], sep="gap", size=9.2, pair_gap=8)
    p.run_pairs([("Covers", "you, your spouse and your son"), ("Network", "Scentline Provider Network")],
                sep="dash", size=8.6, pair_gap=8, bold_value=False)
    p.ln(1)
    p.small(f"This statement lists claims the Plan processed from May 16 to June 15, 2026 for you and the family "
            f"members on your coverage. Your employer's occupational health account ({oh}) is shown for tests "
            "Maison Sauvelle pays; it is not a plan number.", 7.6)
    widths = [W * 0.12, W * 0.08, W * 0.28, W * 0.1, W * 0.11, W * 0.1, W * 0.09, W * 0.12]
    rows, bold, shade = [], set(), set()
    billed = 0.0
    for cno, pt, pid, org, person, lines in claims:
        shade.add(len(rows))
        rows.append([f"{pt}  {pid}   Claim {cno}", "", "", "", "", "", "", ""])
        rows.append([f"      billed by {org}   \u00b7   seen by {person}", "", "", "", "", "", "", ""])
        tb = tp = to = 0.0
        for d, code, desc, b, al, pd, owe, note in lines:
            rows.append([slash(d), code, desc, f"${b:,.2f}", n2(al), n2(pd), n2(owe), note])
            tb, tp, to = tb + b, tp + pd, to + owe
        bold.add(len(rows))
        rows.append(["", "", "Claim total", f"${tb:,.2f}", "", n2(tp), n2(to), ""])
        if cno == ref[0]:
            billed = tb
    p.run_table(["Date", "Code", "Service", "Charged", "Plan allows", "Plan paid", "You pay", "Note"], rows, widths,
                aligns=["L", "L", "L", "R", "R", "R", "R", "C"], size=7.7, row_h=4.8, bold_rows=bold,
                shade_rows=shade, foot_room=22)
    p.cap_boxes([[("Family deductible 2026", "$300.00 met of $300.00", 0.34),
                  ("Family out-of-pocket 2026", "$418.60 of $5,000.00", 0.33),
                  ("Example", "a $100.00 visit costs you a $25 copay", 0.33)]], size=8.0, h=9.0)
    p.legend_split("Key to notes", [
        ("P1", "Paid at the Scentline network rate."),
        ("P3", "Your copay for this visit."),
        ("Z1", "Paid at the out-of-network rate after an emergency."),
        ("Z4", "More than the Plan's limit of 80 patch-test allergens in a calendar year. Our records show 80 "
               "allergens tested for you on 03/09/26."),
        ("Z14", "A test your employer requires for your job. Your employer's occupational health program pays."),
        ("Z40", "Allergy extract for more than 12 months of treatment."),
        ("Z41", "A visit only to read tests the Plan does not cover is not covered either."),
        ("Z44", "Photo patch testing (patch tests with ultraviolet light) is not a covered benefit of the Plan."),
        ("W4", "Work-related: send the bill to your employer's workers' compensation carrier."),
        ("N4", "The provider is not in the Scentline network."),
    ], split_at=4, cont_title="Key to notes (continued)", size=7.4, code_w=9, cols=2)
    p.set_font("Sans", "B", 9.8)
    p.cell(W, 5.5, "Questions or disagreement", new_x="LMARGIN", new_y="NEXT")
    p.small("Call Member Services first; many questions are settled by a call. If you disagree with how a claim was "
            "handled, you may appeal to the Board of Trustees in writing within 180 days of the date of this "
            "statement. Send the appeal to the Fund Office, 118 Distillery Lane, Brisgate, VS 30416. Include the "
            "claim number and any records you want the Trustees to read.", 7.8)
    p.small(FOOT, 6.4)
    t = truth("eob", "not_covered", insurer=PLAN, plan_id="AT-100", group=grp, member_id=m, member_name=sub,
              cases=[ref[0]], claim_amount=m2(billed), service_dates=[iso(dt.date(2026, 6, 1)), iso(dt.date(2026, 6, 5))],
              denial_date=iso(sd), provider=CLIN, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": INS_ALT, "provider": [DOC, "Ysolde Nizard"]},
              denial_alternates=["medical_necessity"], type_alternates=["denial_letter"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_remit(rng):
    rd = dt.date(2026, 5, 29)
    PAYEE = "Tindalle Valley Allergy & Lung Center, PA"
    npi = "1" + digits(rng, 9)
    tin = "62-" + digits(rng, 7)
    chk = "CHK " + digits(rng, 8)
    batch = "LBA-" + digits(rng, 10)
    REND = "Anselma Peyrefitte, MD"
    pts = [
        ("Benedetta C. Vallotton", "G-7104", "AT-100", "Kasimir Eklund-Mora, NP",
         [(dt.date(2026, 5, 4), "99213", 165.00, 96.40, 71.40, "CO-45 PR-3"),
          (dt.date(2026, 5, 4), "94010", 96.00, 38.75, 38.75, "CO-45")]),
        ("Marguerite S. Yvetot", "G-7122", "AT-150", "Priya Chaudhry-Weiss, PA-C",
         [(dt.date(2026, 5, 5), "95004", 420.00, 186.00, 0.00, "PR-1"),
          (dt.date(2026, 5, 5), "99204", 298.00, 171.30, 146.30, "CO-45 PR-3")]),
        ("Teodoro F. Belmonte-Ruiz", "G-7139", "AT-150", REND,
         [(dt.date(2026, 5, 6), "99214", 212.00, 131.20, 106.20, "CO-45 PR-3"),
          (dt.date(2026, 5, 6), "94060", 148.00, 61.80, 61.80, "CO-45")]),
        ("Cosimo R. Jolicoeur", "G-7139", "AT-150", REND,
         [(dt.date(2026, 5, 12), "95070", 310.00, 0.00, 0.00, "CO-151"),
          (dt.date(2026, 5, 12), "94070", 286.00, 0.00, 0.00, "CO-151"),
          (dt.date(2026, 5, 12), "95012", 64.00, 0.00, 0.00, "50 N130")]),
        ("Harriet E. Dabrowska", "G-7104", "AT-100", "Kasimir Eklund-Mora, NP",
         [(dt.date(2026, 5, 14), "95165", 180.00, 92.40, 92.40, "CO-45"),
          (dt.date(2026, 5, 14), "95117", 44.00, 21.60, 21.60, "CO-45")]),
        ("Anneliese V. Jankowiak", "G-7122", "AT-100", REND,
         [(dt.date(2026, 5, 18), "94729", 188.00, 82.10, 82.10, "CO-45"),
          (dt.date(2026, 5, 18), "94726", 232.00, 96.90, 96.90, "CO-45")]),
        ("Odhran P. Mwangi-Holt", "G-7139", "AT-100", "Priya Chaudhry-Weiss, PA-C",
         [(dt.date(2026, 5, 20), "99213", 165.00, 96.40, 71.40, "CO-45 PR-3")]),
    ]
    R = 3
    blocks = []
    info = {}
    tb_all = tp_all = 0.0
    for i, (pt, grp, plan, rend, lines) in enumerate(pts):
        c = claim_no(rng)
        m = mid(rng)
        pacct = "TV" + digits(rng, 7)
        out_lines, tb, tp = [], 0.0, 0.0
        for d, code, b, al, pd, adj in lines:
            out_lines.append(f" {yy(d)} {code:<6} {b:>9,.2f} {al:>9,.2f} {pd:>9,.2f}  {adj}")
            tb, tp = tb + b, tp + pd
        tb_all, tp_all = tb_all + tb, tp_all + tp
        blocks.append({"top": f"{c}  {last_first(pt):<24} {m}  PLAN {plan} GRP {grp}",
                       "sub": f" RENDERING {rend.upper():<28} BILLING {PAYEE.split(',')[0].upper()}  ACCT {pacct}",
                       "lines": out_lines,
                       "total": f" CLAIM TOTAL     {tb:>9,.2f} {'':>9} {tp:>9,.2f}"})
        if i == R:
            info = dict(pt=pt, m=m, c=c, billed=tb, grp=grp, plan=plan, dates=[iso(lines[0][0])])
    fax = (f"05/29/2026 14:55  LEDGERWELL BA PROV SVCS  +1 877 555 0153  TO: TVALC BILLING  "
           f"JOB {digits(rng, 4)}  PG {{p}}/{{nb}}")
    p = ERSheet(footer="Page {n} of {nb}", fax_hdr=fax,
                run_hdr=f"LEDGERWELL BA  \u00b7  REMITTANCE {slash(rd)}  \u00b7  {PAYEE}  \u00b7  {chk}  \u00b7  "
                        "page {n}")
    p.set_margins(12, 13, 12)
    p.add_page()
    p.tag_head("LEDGERWELL", "BA, Inc.", "Claims administration for multiemployer health plans",
               "a Pendrith Holdings company",
               f"Paying agent for {PLAN} of the {TRUST}", ["PO Box 2290, Brisgate VS 30418"],
               ["Provider Services 1-877-555-0152", "Fax 1-877-555-0153", "providers@ledgerwell.example"],
               box="PROVIDER REMITTANCE", brand_size=20, serif=True, initials="L", shape="ring")
    W = p.W
    y0 = p.get_y()
    p.address_block([PAYEE, "Patient Accounts", "904 Compounding Row", "Tindalle VS 30451"], 9.2)
    lm = p.l_margin
    for k, pairs in enumerate([[("Remit date", slash(rd))], [("Payee NPI", npi), ("TIN", tin)], [("Payment", chk)],
                               [("Batch", batch)]]):
        p.set_xy(lm + W * 0.5, y0 + k * 5.2)
        p.run_pairs(pairs, sep="gap", size=8.6, x=lm + W * 0.5, pair_gap=5)
    p.set_y(y0 + 24)
    p.small("Amounts in US dollars. Lines paid 0.00 carry the adjustment codes explained on the last page.", 7.8)
    p.remit([" DOS      CODE      CHARGED   ALLOWED      PAID  ADJUSTMENT"], blocks, size=8.0, foot_room=26,
            width_chars=96)
    p.set_font("Mono", "B", 8.2)
    p.cell(0, 4.4, f" REMITTANCE TOTAL  CHARGED {tb_all:,.2f}  PAID {tp_all:,.2f}  CLAIMS {len(pts)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    if p.get_y() > p.h - 80:
        p.add_page()
    p.legend_grid("Adjustment codes  (CO = contractual, do not bill the member;  PR = member responsibility)", [
        ("1", "Deductible: the member owes this amount."),
        ("3", "Copayment: the member owes this amount."),
        ("5", "Code not payable in this place of service."),
        ("15", "Authorization number missing or not valid."),
        ("45", "Charge above the network fee schedule; write off the difference."),
        ("50", "Not medically necessary under the Plan's medical policy for this service."),
        ("150", "Information sent does not support this level of service."),
        ("151", "Frequency: the Plan pays this test once in 12 months, and an earlier one was paid."),
        ("16", "Claim lacks information needed to process it."),
        ("19", "Work-related illness or injury: the workers' compensation carrier pays first."),
        ("96", "Not a covered charge under the Plan."),
        ("97", "Paid as part of another service on the same day."),
        ("242", "Not provided by a Scentline network provider."),
        ("N130", "See the Plan's medical policy for the limits on this test."),
        ("N13", "Payment based on professional/technical split."),
    ], cols=3, size=7.5, code_w=9.5)
    p.small("Reconsideration: a provider may ask for reconsideration of any claim on this remittance within 90 days of "
            "the date of this remittance. Write to Ledgerwell Provider Services, PO Box 2290, Brisgate, VS 30418, "
            "with the claim number and the medical records. The member may not be billed for CO amounts.", 7.8)
    p.small(f"{ADMIN} pays claims for {PLAN} of the {TRUST}; it does not insure them.", 6.6)
    t = truth("eob", "medical_necessity", insurer=ADMIN, plan_id=info["plan"], group=info["grp"],
              member_id=info["m"], member_name=info["pt"], cases=[info["c"]], claim_amount=m2(info["billed"]),
              service_dates=info["dates"], denial_date=iso(rd), provider="Anselma Peyrefitte",
              appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": ADM_ALT, "provider": [REND, PAYEE]},
              type_alternates=["denial_letter"], denial_alternates=["not_covered"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def stack_asthma(rng):
    mem = "Florentyna K. Grimaldi-Stone"
    m = mid(rng)
    grp = "G-7122"
    nd = dt.date(2026, 5, 20)
    ad = dt.date(2026, 5, 27)
    spill = dt.date(2026, 4, 30)
    a0, a1 = dt.date(2026, 5, 1), dt.date(2026, 5, 3)
    appt = dt.date(2026, 6, 9)
    w0, w1 = dt.date(2026, 6, 1), dt.date(2026, 8, 31)
    c = claim_no(rng)
    wc = "SCC-WC-26-" + digits(rng, 5)
    ir = "BAL-IR-0430-" + digits(rng, 2)
    nx = "NX-26-" + digits(rng, 5)
    HOSP = "Tindalle Valley General Hospital"
    ATT = "Benedikt Auerswald, MD"
    billed = 14862.30
    fax = f"MAY-28-2026 10:22  BRISGATE AROMA LABS EHS  555 0148  P.{{p}}/4"
    cover = ehs_cover("BRISGATE AROMA LABORATORIES", "Environmental Health & Safety", "61 Ketone Way, Brisgate VS 30419",
                      "Claims adjuster, workers' compensation", "Stellbrook Casualty Company", "(555) 014-2276",
                      "Desmond Ochieng-Barr, CIH", "May 28, 2026", "4", f"F. Grimaldi-Stone, spill of 04/30/26",
                      [f"Attached are the two letters our employee received from her health plan about the asthma "
                       f"attack after the benzaldehyde concentrate spill in Compounding Room 3. Our incident report "
                       f"is {ir}; your claim number is {wc}.",
                       "The plan is asking for your decision on the hospital stay. Please call me before Friday."],
                      fax_hdr=fax)
    # --- letter: stay goes to comp first (2 pages, page 2 sideways) ---------------------------------------------------
    p = ERSheet(footer="Page {n} of {nb}", fax_hdr=fax, fax_off=1,
                run_hdr=f"{mem}  \u00b7  {m}  \u00b7  Claim {c}  \u00b7  {long(nd)}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, box="CLAIM DECISION")
    W = p.W
    p.set_font("Sans", "", 9.4)
    p.cell(W, 5, long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.address_block([mem, "15 Orrisroot Lane", "Brisgate VS 30421"], 9.6)
    p.ln(3)
    p.run_pairs([("Member ID", m), ("Group", grp)], sep="none", size=9.2, pair_gap=10)
    p.run_pairs([("Plan No", "AT-100"), ("Employer", GROUPS[grp])], sep="gap", size=9.2, pair_gap=10)
    p.run_pairs([("Claim - Incident report", f"{c} - {ir}")], sep="none", size=9.2)
    p.ln(1)
    p.prov_pair([("HOSPITAL (BILLED)", HOSP, "NPI 1" + digits(rng, 9)),
                 ("ATTENDING PHYSICIAN", ATT, f"Hospital Medicine, {HOSP}")], size=8.8, ruled=True)
    p.para(f"Dear Ms. Grimaldi-Stone:", 9.8)
    p.para(f"{HOSP} sent us a claim for **{usd(billed)}** for your stay from {long(a0)} to {long(a1)}, when you were "
           "treated for a severe asthma attack. **The Plan will not pay this claim now.**", 9.4)
    p.heading("Why", 10.6)
    p.para(f"The hospital records say the attack began at work, on {long(spill)}, after a container of benzaldehyde "
           f"concentrate broke in Compounding Room 3 at {GROUPS[grp]}. Your employer has filed a workers' "
           f"compensation claim with Stellbrook Casualty Company (claim {wc}). Under the Plan's rules, an illness "
           "caused by work is paid by the employer's workers' compensation carrier first. The Plan pays only if the "
           "carrier denies the claim in writing.", 9.2)
    p.para("When you or the hospital send us Stellbrook's written denial, we will look at the claim again. You do "
           "not need to file an appeal for that.", 9.2)
    p.heading("Your right to appeal", 10.6, rule=True)
    p.para("If you believe the attack was not caused by work, you may appeal to the Board of Trustees. Your appeal "
           "must reach the Fund Office within 180 days of the date of this letter. Page 2 lists the claim.", 9.2)
    p.add_page()
    p.set_font("Sans", "B", 10)
    p.cell(W, 6, f"Claim {c}  \u00b7  {HOSP}", new_x="LMARGIN", new_y="NEXT")
    p.table(["Rev.", "Service", "Dates", "Charged", "Plan paid", "Note"],
            [["0111", "Room and board, medical (2 nights)", f"{yy(a0)}-{yy(a1)}", "5,380.00", "0.00", "W4"],
             ["0450", "Emergency department", yy(a0), "3,912.40", "0.00", "W4"],
             ["0410", "Respiratory therapy", f"{yy(a0)}-{yy(a1)}", "2,486.90", "0.00", "W4"],
             ["0250", "Pharmacy", f"{yy(a0)}-{yy(a1)}", "1,874.00", "0.00", "W4"],
             ["0301", "Laboratory", f"{yy(a0)}-{yy(a1)}", "1,209.00", "0.00", "W4"],
             ["", "Claim total", "", n2(billed), "0.00", ""]],
            [W * 0.08, W * 0.38, W * 0.2, W * 0.12, W * 0.11, W * 0.11], size=8.8, bold_last=True)
    p.small("W4: work-related illness or injury; bill the employer's workers' compensation carrier first.", 8)
    p.columns([
        ("How to appeal", "Write to the Board of Trustees, Ambrette & Tonka Health Plan, Fund Office, 118 Distillery "
         "Lane, Brisgate, VS 30416. Say why you disagree and send any records. You may ask for copies of the "
         "documents we used, free of charge."),
        ("Urgent care", "This letter is about a hospital stay that is over. For care you still need, you may ask "
         "for an urgent review; we answer within 72 hours."),
        ("After the appeal", "If the Trustees keep this decision, you may ask for an external review within four "
         "months, or bring a civil action under section 502(a) of ERISA."),
        ("Help", "Call Member Services at 1-877-555-0150. The Employee Benefits Security Administration can also "
         "help: 1-866-444-3272."),
    ], n=2, size=8.6)
    p.signature(["Claims Review", PLAN], 9.2)
    p.small(FOOT, 6.4)
    t1 = truth("denial_letter", "other", insurer=PLAN, plan_id="AT-100", group=grp, member_id=m, member_name=mem,
               cases=[c], claim_amount=m2(billed), service_dates=[f"{iso(a0)}/{iso(a1)}"], denial_date=iso(nd),
               provider=HOSP, appeal_deadline=iso(plus(nd, 180)),
               alternates={"insurer": INS_ALT, "provider": [ATT, "Benedikt Auerswald"],
                           "case_numbers": [[c, wc]],
                           "service_dates": [[iso(a0), iso(a1)], [iso(a0), iso(a0 + dt.timedelta(days=1)), iso(a1)]]},
               denial_alternates=["not_covered"])
    # --- approval (denies nothing) ----------------------------------------------------------------------------------
    q = ERSheet(footer=None, fax_hdr=fax, fax_off=3)
    q.set_margins(18, 14, 18)
    q.add_page()
    head(q, box="NETWORK EXCEPTION APPROVED")
    W = q.W
    q.address_block([mem, "15 Orrisroot Lane", "Brisgate VS 30421"], 9.6)
    q.ln(3)
    q.sc_boxes([[("Date", dmy_dash(ad), 0.25), ("Member ID", m, 0.25), ("Group - plan", f"{grp} - AT-100", 0.25),
                 ("Exception number", nx, 0.25)]], size=9.0, h=7.0)
    q.prov_pair([("APPROVED SPECIALIST", "Tuulikki Salonen-Park, MD, MPH", "Ferrandiz Occupational Lung Clinic"),
                 ("REQUESTED BY", "Kasimir Eklund-Mora, NP", "Tindalle Valley Allergy & Lung Center")], size=8.8)
    q.para(f"Dear Ms. Grimaldi-Stone:", 9.8)
    q.para(f"**We approved your request to see Dr. Salonen-Park at Ferrandiz Occupational Lung Clinic** for an "
           "evaluation of asthma that may be caused by your work. The clinic is not in the Scentline network, but "
           "no network doctor does this kind of evaluation, so the Plan will pay it at the network level.", 9.4)
    q.table(["What is approved", "Visits", "Approved period", "Your cost"],
            [["Occupational lung evaluation and tests", "up to 3", f"{slash(w0)} - {slash(w1)}",
              "$40.00 a visit"]],
            [W * 0.42, W * 0.12, W * 0.28, W * 0.18], size=8.6)
    q.para(f"The clinic has booked your first visit for {long(appt)}. While Stellbrook Casualty decides your "
           "workers' compensation claim, the Plan will pay for this evaluation; if the carrier later accepts the "
           "claim, we will ask it to pay us back. You will not be asked to pay more than your copays.", 9.2)
    q.para("This approval is for the evaluation only. Treatment the clinic suggests afterwards may need its own "
           "approval. Questions: Member Services, 1-877-555-0150.", 9.2)
    q.signature(["Care Management", PLAN], 9.2)
    q.small(FOOT, 6.4)
    t2 = truth("other", None, insurer=PLAN, plan_id="AT-100", group=grp, member_id=m, member_name=mem, cases=[nx],
               service_dates=[iso(appt)], denial_date=iso(ad), provider="Tuulikki Salonen-Park",
               alternates={"insurer": INS_ALT, "service_dates": [[], [f"{iso(w0)}/{iso(w1)}"]],
                           "provider": ["Tuulikki Salonen-Park, MD, MPH", "Ferrandiz Occupational Lung Clinic"]})
    return cover, [(out(p), t1), (out(q), t2)]


# ------------------------------------------------------------------------------------------------------------------
def faxfine_prp(rng):
    mem = "Lucien M. Giraudoux"
    m = mid(rng)
    grp = "G-7104"
    nd = dt.date(2026, 6, 24)
    got = dt.date(2026, 6, 16)
    planned = dt.date(2026, 7, 14)
    due = plus(nd, 180)
    umr = "UMR-26-" + digits(rng, 5)
    DOC = "Cassius Ingersoll-Bey, MD"
    CTR = "Brisgate Sinus & Smell Center"
    fax = f"JUN-24-2026 16:40  AMBRETTE & TONKA CARE MGMT  1-877-555-0159  P. {{p}}/{{nb}}"
    p = ERSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(18, 13, 18)
    p.add_page()
    head(p, box="PRE-SERVICE DECISION")
    W = p.W
    p.address_block([mem, "8 Neroli Passage, Apt 2B", "Grasseby VS 30433"], 9.6)
    p.ln(3)
    p.sc_boxes([[("Date of this notice", long(nd), 0.34), ("Member ID", m, 0.33), ("Group / plan", f"{grp} / AT-100", 0.33)],
                [("Review number", umr, 0.34), ("Request received", slash(got), 0.33),
                 ("Planned date", slash(planned), 0.33)]], size=9.0, h=7.0)
    p.prov_pair([("REQUESTING PHYSICIAN", DOC, f"Otolaryngology \u00b7 {CTR}"),
                 ("WHERE", CTR, "Suite 400, 2 Civet Street, Brisgate")], size=8.8)
    p.set_font("Sans", "B", 12)
    p.cell(W, 6.5, "Request denied: platelet-rich plasma for smell loss", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dear Mr. Giraudoux: Dr. Ingersoll-Bey asked us to approve injections of platelet-rich plasma (PRP) into "
           f"the olfactory cleft of the nose on {long(planned)}, to treat the loss of smell you have had since a "
           "viral illness in the winter. **We have denied this request.**", 9.4)
    p.heading("Why", 10.4)
    p.columns([
        ("", "The Plan does not pay for treatments that are investigational, meaning they have not been shown in "
         "published studies to work as well as or better than standard care. PRP for smell loss has been studied "
         "only in small trials; its benefit and the best dose are not yet known. Our medical policy MP-ENT-044 "
         "lists it as investigational."),
        ("", "Your records show a smell identification score of 22 out of 40 and twelve weeks of smell training. "
         "The Plan still covers visits with Dr. Ingersoll-Bey, smell testing he orders for your care, and a trial "
         "of the standard treatments he may suggest. The yearly smell panel Maison Sauvelle requires for your job "
         "is paid by its occupational health program."),
    ], n=2, size=8.8)
    p.heading("If you disagree", 10.4, rule=True)
    p.para(f"You or your doctor may appeal to the Board of Trustees. **Your appeal must reach us by {long(due)}.** "
           "Send it to the Fund Office, 118 Distillery Lane, Brisgate, VS 30416, or fax 1-877-555-0159. If waiting "
           "could seriously harm your health, ask for an urgent appeal; we decide within 72 hours. After the "
           "Trustees decide, you may ask for an external review within 4 months.", 9.2)
    p.para("Dr. Rosalind Hathaway-Quist, an otolaryngologist who reviews for the Plan, made this decision. Your "
           "doctor may call her at 1-877-555-0158 to discuss it.", 9.0)
    p.signature(["Care Management", PLAN], 9.2)
    p.small(FOOT, 6.4)
    t = truth("denial_letter", "experimental", insurer=PLAN, plan_id="AT-100", group=grp, member_id=m, member_name=mem,
              cases=[umr], service_dates=[iso(planned)], denial_date=iso(nd), provider="Cassius Ingersoll-Bey",
              appeal_deadline=iso(due),
              alternates={"insurer": INS_ALT, "provider": [DOC, CTR]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def photocopy_oon(rng):
    mem = "Valentin M. Sorel-Aubry"
    m = mid(rng)
    grp = "G-7139"
    nd = dt.date(2026, 5, 28)
    got = dt.date(2026, 5, 12)
    v1, v2 = dt.date(2026, 4, 7), dt.date(2026, 4, 21)
    c = claim_no(rng)
    SKIN = "Wickersley Skin Institute"
    PA = "Bellamy Virtanen-Cole, PA-C"
    SUP = "Honoria Oakenbarrow, MD"
    p = ERSheet(serif=True, footer="{n}/{nb}",
                run_foot=f"{mem}  \u00b7  Member ID {m}  Group {grp}  \u00b7  Claim {c}  \u00b7  {dmy(nd)}")
    p.set_margins(20, 15, 20)
    p.add_page()
    head(p)
    W = p.W
    p.set_font("Serif", "", 10)
    p.cell(W, 5, dmy(nd), align="R", new_x="LMARGIN", new_y="NEXT")
    p.address_block([mem, "400 Tincture Street", "Tindalle VS 30452"], 10)
    p.ln(3)
    p.run_pairs([("Member ID", m), ("Group", grp)], sep="none", size=9.4, pair_gap=10)
    p.run_pairs([("Plan No", "AT-100")], sep="gap", size=9.4)
    p.run_pairs([("Claim - Received", f"{c} - {slash(got)}")], sep="none", size=9.4)
    p.run_pairs([("Visits", f"{slash(v1)} and {slash(v2)}"), ("Charges", "$486.00")], sep="dash", size=9.4,
                pair_gap=10)
    p.ln(1)
    p.prov_pair([("SEEN BY", PA, f"supervised by {SUP}"), ("BILLED BY", SKIN, "not in the Scentline network")],
                size=8.8)
    p.set_font("Serif", "B", 12)
    p.cell(W, 6.5, "We cannot pay for these dermatology visits", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.columns([
        ("", f"Dear Mr. Sorel-Aubry, {SKIN} sent us a claim for two visits for the eczema on your hands, a new "
         f"patient visit on {long(v1)} (99204, $298.00) and a follow-up on {long(v2)} (99213, $188.00). The "
         "institute is not part of the Scentline Provider Network."),
        ("", "The Plan pays for care outside the network only in an emergency, or when we approve a network "
         "exception before the care because no network provider can give it. These were planned office visits, "
         "and no exception was asked for."),
        ("", "Network dermatologists near you who treat work-related and allergic skin problems include Tindalle "
         "Dermatology Partners (555-0163) and the Grasseby Skin & Patch Test Clinic (555-0171). Your copay there "
         "would be $40.00 a visit."),
        ("", "If your eczema came from handling essential oils at work, tell Tindalle Flavor & Fragrance Works: "
         "your employer's workers' compensation carrier may pay for that care."),
    ], n=2, size=9.0)
    p.set_font("Serif", "B", 10.6)
    p.cell(W, 6, "Appeal", new_x="LMARGIN", new_y="NEXT")
    p.para("You may appeal to the Board of Trustees within 180 days of the date of this letter. Write to the Fund "
           "Office, 118 Distillery Lane, Brisgate, VS 30416, and tell us why you think the visits should be paid. "
           "A decision on an appeal is made within 60 days.", 9.4)
    p.signature(["Yours sincerely,", "Claims Review Unit", PLAN], 9.4)
    p.small(FOOT, 6.6)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, plan_id="AT-100", group=grp, member_id=m,
              member_name=mem, cases=[c], claim_amount="486.00", service_dates=[iso(v1), iso(v2)],
              denial_date=iso(nd), provider=SKIN, appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": INS_ALT, "provider": [PA, "Bellamy Virtanen-Cole", SUP]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def scanlow_es(rng):
    mem = "Inmaculada P. Baztán"
    m = mid(rng)
    grp = "G-7122"
    nd = dt.date(2026, 6, 3)
    d1, d2 = dt.date(2026, 4, 2), dt.date(2026, 4, 30)
    c = claim_no(rng)
    CTR = "Brisgate Allergy & Asthma Center"
    MD = "Ximena Abarrategui, MD"
    NP = "Rocío Arrieta-Salas, NP"
    ndc = "50242-0040-" + digits(rng, 2)
    billed = 2 * (2860.00 + 38.00)
    p = ERSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, box="AVISO DE RECLAMACIÓN DENEGADA", es=True)
    W = p.W
    y0 = p.get_y()
    p.address_block([mem, "33 Calle del Jazmín", "Brisgate VS 30424"], 9.6)
    p.set_xy(p.l_margin + W * 0.52, y0)
    p.set_font("Sans", "", 9.4)
    p.cell(W * 0.48, 5, es_date(nd), align="R")
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 16) + 2)
    p.run_pairs([("Nº de miembro", m), ("Grupo", grp)], sep="none", size=9.2, pair_gap=10)
    p.run_pairs([("Plan", "AT-150"), ("Reclamación", c)], sep="gap", size=9.2, pair_gap=10)
    p.ln(1)
    p.prov_pair([("MÉDICA QUE LO ORDENÓ", MD, CTR), ("QUIEN LO ADMINISTRÓ", NP, CTR),
                 ("FACTURADO POR", CTR, "Centro de la red Scentline")], size=8.6, ruled=True)
    p.table(["Fecha", "Código", "Servicio", "Cargo", "Pagado"],
            [[slash(d1), "J2357", "Omalizumab, 300 mg (60 unidades)", "2,860.00", "0.00"],
             [slash(d1), "96372", "Inyección", "38.00", "0.00"],
             [slash(d2), "J2357", "Omalizumab, 300 mg (60 unidades)", "2,860.00", "0.00"],
             [slash(d2), "96372", "Inyección", "38.00", "0.00"],
             ["", "", "Total de la reclamación", n2(billed), "0.00"]],
            [W * 0.14, W * 0.12, W * 0.46, W * 0.14, W * 0.14], size=8.6, bold_last=True)
    p.para("Estimada Sra. Baztán:", 9.8)
    p.para(f"El {CTR} nos envió la factura de dos inyecciones de omalizumab para el asma, del {es_date(d1)} y del "
           f"{es_date(d2)}. **El Plan no pagará esta reclamación.**", 9.4)
    p.heading("Por qué", 10.4)
    p.para("Los medicamentos biológicos que se inyectan en el consultorio, como el omalizumab, necesitan la "
           "aprobación previa (precertificación) del Plan antes de la primera dosis. Nadie pidió esa aprobación. "
           "El centro es parte de la red y sabe que no le puede cobrar a usted esta factura.", 9.2)
    p.para(f"La Dra. Abarrategui puede pedir la precertificación ahora para las próximas dosis. Para sus registros: "
           f"NDC {ndc}. Si el Plan la aprueba, las dosis futuras tendrán un copago de $50.00.", 9.2)
    p.heading("Si no está de acuerdo", 10.4, rule=True)
    p.para("Puede apelar por escrito a la Junta de Fideicomisarios **dentro de 180 días a partir de la fecha de esta "
           "carta**. Envíe su apelación a la Fund Office, 118 Distillery Lane, Brisgate, VS 30416. Si su salud "
           "corre peligro por esperar, pida una revisión urgente: contestamos en 72 horas.", 9.2)
    p.signature(["Atentamente,", "Revisión de Reclamaciones", PLAN], 9.2)
    p.small(f"{PLAN} es patrocinado por la Junta de Fideicomisarios del {TRUST}. Las reclamaciones las administra "
            f"{ADMIN}. El Plan es autofinanciado; no es un seguro.", 6.6)
    t = truth("denial_letter", "prior_authorization", insurer=PLAN, plan_id="AT-150", group=grp, member_id=m,
              member_name=mem, cases=[c], claim_amount=m2(billed), service_dates=[iso(d1), iso(d2)],
              denial_date=iso(nd), provider=CTR, appeal_deadline=iso(plus(nd, 180)), lang="es",
              alternates={"insurer": INS_ALT, "provider": [MD, "Ximena Abarrategui", NP]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def scanclean_hours(rng):
    mem = "Wendell O. Yilmaz-Grant"
    m = mid(rng)
    grp = "G-7139"
    nd = dt.date(2026, 6, 12)
    dos = dt.date(2026, 5, 16)
    due = plus(nd, 180)
    c = claim_no(rng)
    CLIN = "Brisgate Walk-In Clinic"
    NP = "Tamsin Uotila, NP"
    p = ERSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, box="ELIGIBILITY DECISION")
    W = p.W
    p.address_block([mem, "71 Still House Road", "Tindalle VS 30455"], 9.6)
    p.ln(3)
    p.under_boxes([[(long(nd), "date of this letter", 0.3), (m, "member ID", 0.25), (f"AT-150  /  {grp}",
                    "plan / group", 0.25), (c, "claim", 0.2)],
                   [(slash(dos), "date of visit", 0.3), (CLIN, "billed by", 0.45), ("$264.00", "charges", 0.25)]],
                  size=9.2, h=7.4)
    p.set_font("Sans", "", 8.0)
    p.cell(W, 4, f"Seen by {NP}, family nurse practitioner, at {CLIN}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para("Dear Mr. Yilmaz-Grant:", 9.8)
    p.para(f"We received a claim from {CLIN} for your visit on {long(dos)} for a rash on your forearms. **The Plan "
           "cannot pay it, because you did not have coverage on that date.**", 9.4)
    p.heading("How your coverage is earned", 10.4)
    p.para("You are in plan AT-150, for hourly compounding and panel staff. Coverage for a benefit quarter is earned "
           "by hours your employer reports in an earlier work quarter: 360 hours worked from January through March "
           "give coverage from May 1 through July 31. Tindalle Flavor & Fragrance Works reported these hours for "
           "you:", 9.2)
    p.table(["Month worked", "Hours reported", "Date reported"],
            [["January 2026", "118.0", "02/10/2026"], ["February 2026", "96.0", "03/10/2026"],
             ["March 2026", "98.0", "04/09/2026"], ["Work quarter total", "312.0 of 360", ""]],
            [W * 0.4, W * 0.3, W * 0.3], size=8.8, bold_last=True)
    p.para("You were 48 hours short, so you had no coverage from May 1 through July 31, 2026. We mailed you a notice "
           "on April 14, 2026 offering to let you buy that quarter for $486.00 by April 30, 2026; no payment was "
           "received. Hours you work from April through June will count toward coverage starting August 1.", 9.2)
    p.heading("If you think your hours are wrong", 10.4, rule=True)
    p.para("Ask your employer's payroll office to check the hours it reported, and send us any pay stubs that show "
           f"more hours. You may also appeal to the Board of Trustees. **Send your appeal no later than {long(due)}** "
           "to the Fund Office, 118 Distillery Lane, Brisgate, VS 30416.", 9.2)
    p.signature(["Eligibility Unit", PLAN], 9.2)
    p.small(FOOT, 6.4)
    t = truth("denial_letter", "eligibility", insurer=PLAN, plan_id="AT-150", group=grp, member_id=m, member_name=mem,
              cases=[c], claim_amount="264.00", service_dates=[iso(dos)], denial_date=iso(nd), provider=CLIN,
              appeal_deadline=iso(due),
              alternates={"insurer": INS_ALT, "provider": [NP, "Tamsin Uotila"]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [Item(F + "born_digital_household_eob_patch_test_rows_z4_z44_z41_key_split", "born_digital",
                  [born_eob(rng)]),
             Item(F + "faxstd_ledgerwell_remittance_methacholine_challenge_co151_and_50", "fax_standard_g4",
                  [faxstd_remit(rng)])]
    cover, docs = stack_asthma(rng)
    items.append(Item(F + "faxstd_stack_ehs_cover_asthma_stay_comp_first_p2_sideways_exception_approved",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 90}))
    items += [Item(F + "faxfine_prp_olfactory_cleft_smell_loss_investigational", "fax_fine_g4", [faxfine_prp(rng)]),
              Item(F + "photocopy_wickersley_skin_institute_out_of_network_hand_eczema", "photocopy",
                   [photocopy_oon(rng)]),
              Item(F + "scanlow_es_omalizumab_sin_precertificacion", "scan_lowres_150", [scanlow_es(rng)]),
              Item(F + "scanclean_short_hours_quarter_walk_in_visit_not_covered", "scan_clean_300",
                   [scanclean_hours(rng)])]
    return items
