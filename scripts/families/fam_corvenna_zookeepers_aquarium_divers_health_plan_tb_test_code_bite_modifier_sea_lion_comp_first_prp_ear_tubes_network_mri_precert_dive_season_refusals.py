"""An invented health plan for zookeepers, aquarium divers, marine mammal trainers and other animal care staff: the
Corvenna Keepers & Aquarists Health Plan, sponsored by the Zoological and Aquarium Employees Welfare Trust of the
Merrisloe Coast (a multiemployer trust of a zoo, an aquarium and a wildlife park) and administered by Strathdene
Benefit Administrators, Inc., which prints provider papers on its own letterhead. Invented rules: full-time staff are
on plan CKH-A; seasonal aquarium divers on dive-season contracts are on plan CKH-S, covered for the contract and 30
days after it; injuries and illnesses from work (bites, scratches, dive injuries on the job) go first to the employer's
workers' compensation carrier; tests the employers require of animal-contact staff (tuberculosis skin tests, yearly
zoonotic screening) are paid by each employer's occupational health program, not the plan; MRI, CT and surgery need
approval first; platelet-rich plasma and similar injections are investigational; care outside the Kelpline
network is paid only in an emergency or with an approved network exception; an office visit billed with a procedure
on the same day needs modifier 25; members appeal within 120 days of a notice, providers within 90 days of a
remittance. Member numbers "CVN" + seven digits + "-01" (subscriber), "-02" (spouse), "-03" (child); claims
"CK26-" + six digits; reviews "UM26-" + five digits; groups ZP-1108 (Merrisloe Zoological Park), AQ-2240 (Blackfenn
Aquarium & Marine Center), WP-3017 (Yelvercombe Wildlife Park). Everything is invented (phones 555); CPT / HCPCS and claim
adjustment reason codes appear as themselves.

Documents (8 in 7 files):
- born_digital_household_statement_tb_skin_test_line_three_column_key: the plan's household benefit statement for a
  zookeeper's family (six claims of three people); the keeper's TB skin test line at a cough visit pays 0.00 with
  note Z4, told only in a three-column key that also lists codes no line uses; "Group/Member No." owns two numbers;
  the zoo's occupational health account, a statement control number and a $100.00 example as decoys.
- faxstd_remittance_dog_bite_visit_no_modifier_25_group_member_box: Strathdene's remittance to an urgent care clinic
  (eight claims in a ruled table broken across pages, rendering / billing / referring on a line under each claim); a
  child's new-patient visit beside a laceration repair refused CO-4 (no modifier 25), told only in the two-column
  code list; fax transmission line with a job number on every page; a comp carrier's claim number on another
  patient's claim, check and batch numbers as decoys.
- faxstd_stack_hr_cover_sea_lion_bite_comp_first_p2_upside_down_rabies_approval: the aquarium's HR fax cover to the
  comp adjuster, the plan's letter refusing a trainer's flexor tendon repair after a sea lion bite on the training
  platform as a work injury (page 2 upside down; comp claim, incident report and exhibitor licence numbers printed),
  and the plan's network-exception approval of her rabies shots after a bat in her house (denies nothing; RECEIVED
  stamp).
- faxfine_prp_shoulder_investigational_received_stamp: pre-service notice to a wildlife park keeper that platelet-rich
  plasma injections for a rotator cuff strained lifting hay bales are investigational; doctor with his practice under
  his name; the office's RECEIVED stamp; the planned date and "must reach us by" date printed.
- photocopy_ear_tubes_after_dive_trip_out_of_network_three_columns: a letter refusing an ear specialist's consult and
  ear tube surgery for an aquarium diver's barotrauma after a holiday dive, because the center is outside the network
  (prose in three columns, running header and footer; diver certification number and dive date as decoys).
- scanlow_es_resonancia_lumbar_sin_aprobacion: a Spanish letter refusing a lumbar MRI done without approval first
  (ordering, reading and billing providers side by side).
- rotated_diver_season_ended_fish_tank_granuloma_claims: a letter that a seasonal diver's two dermatology visits for a
  fish tank granuloma came after her dive-season coverage ended (contract number and next season's dates as decoys).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeq_famqd import EQSheet, hr_cover, ordinal
from kit_roundep_fampd import (abbr, digits, dmy, dmy_dash, es_date, iso, last_first, long, n2, plus, short_md, slash,
                               upper, usd, yy)
from public_kit import m2, out, truth

FAMILY = ("corvenna_zookeepers_aquarium_divers_health_plan_tb_test_code_bite_modifier_sea_lion_comp_first_prp_ear_"
          "tubes_network_mri_precert_dive_season_refusals")
LANG = "en"
SEED = 355163
PLAN = "Corvenna Keepers & Aquarists Health Plan"
TRUST = "Zoological and Aquarium Employees Welfare Trust of the Merrisloe Coast"
ADMIN = "Strathdene Benefit Administrators, Inc."
PLAN_ALT = ["Corvenna", "Corvenna Keepers and Aquarists Health Plan", TRUST,
            "Zoological and Aquarium Employees Welfare Trust"]
ZOO = ("Merrisloe Zoological Park", "ZP-1108")
AQ = ("Blackfenn Aquarium & Marine Center", "AQ-2240")
WP = ("Yelvercombe Wildlife Park", "WP-3017")
FOOT = ("The Corvenna Keepers & Aquarists Health Plan is sponsored by the Zoological and Aquarium Employees Welfare "
        "Trust of the Merrisloe Coast, a multiemployer plan governed by a Board of Trustees. Strathdene Benefit "
        "Administrators, Inc. processes claims for the Trust and does not insure any benefit.")


def cvn(rng):
    return "CVN" + digits(rng, 7)


def claim_no(rng):
    return "CK26-" + digits(rng, 6)


def head(p, unit, box=None, es=False):
    if es:
        p.split_brand("CORVENNA", "Keepers & Aquarists Health Plan",
                      "Beneficios de salud para quienes cuidan animales: zoológicos, acuarios y parques",
                      "CK", [unit, "PO Box 2207, Port Wending, ML 70214"],
                      ["Servicios al Miembro 1-866-555-0150", "Español: opción 2", "TTY 711"], shape="tile",
                      box=box, char_gap=3.2, spaced_size=18, rule="single")
    else:
        p.split_brand("CORVENNA", "Keepers & Aquarists Health Plan",
                      "Health benefits for the people who care for animals: zoos, aquariums, wildlife parks",
                      "CK", [unit, "PO Box 2207, Port Wending, ML 70214"],
                      ["Member Services 1-866-555-0150", "Fax 1-866-555-0158", "TTY 711"], shape="tile", box=box,
                      char_gap=3.2, spaced_size=18, rule="single")


def admin_head(p, unit, box=None):
    p.split_brand("S T R A T H D E N E", "Benefit Administrators",
                  f"claims administrator for the {PLAN}", "RB",
                  [unit, "1180 Gaffsail Row, Suite 400, Port Wending, ML 70211"],
                  ["Provider Services 1-866-555-0155", "Fax 1-866-555-0152", "Mon-Fri 8:00-5:30"], shape="ring",
                  box=box, spaced_size=17, second_size=10.5)


# ------------------------------------------------------------------------------------------------------------------
def born_statement(rng):
    keeper = "Isidore V. Penhaligon"
    wife = "Ottilie R. Penhaligon"
    son = "Caspian L. Penhaligon"
    base = cvn(rng)
    m1, m2_, m3 = base + "-01", base + "-02", base + "-03"
    sd = dt.date(2026, 5, 27)
    ohp = "OHP-ZP-" + digits(rng, 4)
    scn = "SCN " + digits(rng, 10)
    CLIN = "Merrisloe Urgent & Occupational Care"
    cough = dt.date(2026, 4, 21)
    claims = [
        (wife, m2_, "Dunnockley Dermatology - Dr. Rohan Esterbrook",
         [(dt.date(2026, 4, 2), "99203", "New patient visit", 236.00, 150.10, 30.02, "Z2")]),
        (son, m3, "Wending Children's Clinic - Dr. Abigail Fenchurch",
         [(dt.date(2026, 4, 8), "99392", "Well-child visit", 198.00, 141.00, 0.00, "Z1"),
          (dt.date(2026, 4, 8), "90700", "DTaP vaccine", 64.00, 38.20, 0.00, "Z1")]),
        (keeper, m1, CLIN,
         [(cough, "99213", "Office visit, cough", 168.00, 104.60, 20.92, "Z2"),
          (cough, "71046", "Chest x-ray, 2 views", 142.00, 48.30, 9.66, "Z2"),
          (cough, "86580", "TB skin test", 38.00, 0.00, 0.00, "Z4")]),
        (keeper, m1, "Yelvercombe Sports & Spine Medicine - Tobiah Greenhalgh, PT",
         [(dt.date(2026, 4, 23), "97110", "Therapeutic exercise, 3 units", 171.00, 96.90, 19.38, "Z2"),
          (dt.date(2026, 4, 30), "97110", "Therapeutic exercise, 3 units", 171.00, 96.90, 19.38, "Z2")]),
        (wife, m2_, "Kelpline Labs",
         [(dt.date(2026, 5, 4), "80061", "Lipid panel", 58.00, 14.20, 0.00, "Z1"),
          (dt.date(2026, 5, 4), "83036", "Hemoglobin A1c", 41.00, 10.40, 0.00, "Z1")]),
        (son, m3, "Port Wending Urgent Care & Wound Clinic - Marguerite Ebdon, PA-C",
         [(dt.date(2026, 5, 9), "99213", "Office visit, sprained ankle", 168.00, 104.60, 20.92, "Z2")]),
    ]
    cnos = [claim_no(rng) for _ in claims]
    p = EQSheet(footer="Page {n} of {nb}", run_hdr=f"Household benefit statement  \u00b7  {keeper}  \u00b7  "
                                                   f"Group/Member No. {ZOO[1]} / {m1}  \u00b7  page {{n}}",
                run_foot=f"{PLAN}  \u00b7  statement date {iso(sd)}  \u00b7  {scn}")
    p.set_margins(15, 14, 15)
    p.add_page()
    head(p, "Member Claims  \u00b7  administered by Strathdene Benefit Administrators, Inc.",
         box="HOUSEHOLD BENEFIT STATEMENT")
    W = p.W
    y0 = p.get_y()
    p.address_block([keeper.upper(), "44 OTTER RUN LANE", "PORT WENDING ML 70216"], 9.4)
    p.set_xy(p.l_margin + W * 0.45, y0)
    lm = p.l_margin
    p.set_left_margin(lm + W * 0.45)
    p.cap_boxes([[("Statement date", iso(sd), 0.3), ("Group/Member No.", f"{ZOO[1]} / {m1}", 0.7)],
                 [("Plan", "CKH-A (full-time staff)", 0.3), ("Employer", ZOO[0], 0.7)]], size=8.6, h=9.4)
    p.set_left_margin(lm)
    p.set_xy(lm, max(p.get_y(), y0 + 22) + 1)
    p.small("This is not a bill. It lists claims the Plan finished between April 1 and May 22, 2026 for you and the "
            "family members on your coverage. Each line's note is explained in the key at the end of this statement. "
            f"Tests your employer requires of animal-contact staff are billed to the zoo's occupational health program "
            f"(account {ohp}), not to this Plan.", 7.6)
    widths = [W * 0.12, W * 0.08, W * 0.3, W * 0.12, W * 0.12, W * 0.1, W * 0.09, W * 0.07]
    rows, bold, shade = [], set(), set()
    ref = None
    for (pt, m, prov, lines), c in zip(claims, cnos):
        shade.add(len(rows))
        rows.append([f"{c}   {pt} ({m})   {prov}", "", "", "", "", "", "", ""])
        if prov == CLIN:
            rows.append(["   rendering: Philippa Oxley, MD   \u00b7   billing: the clinic   \u00b7   referred by: none",
                         "", "", "", "", "", "", ""])
        tb = tp = ty = 0.0
        for d, code, desc, b, a, you, note in lines:
            paid = round(a - you, 2)
            rows.append([slash(d), code, desc, n2(b), n2(a), n2(paid), n2(you), note])
            tb, tp, ty = tb + b, tp + paid, ty + you
        bold.add(len(rows))
        rows.append(["", "", "Claim total", n2(tb), "", n2(tp), n2(ty), ""])
        if any(ln[6] == "Z4" for ln in lines):
            ref = (c, tb)
    p.run_table(["Service date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"], rows,
                widths, aligns=["L", "L", "L", "R", "R", "R", "R", "C"], size=7.7, row_h=4.9, bold_rows=bold,
                shade_rows=shade, foot_room=30)
    p.heading("Deductible and out-of-pocket, 2026", 9.4)
    p.small("Deductible: $500.00 a person, $1,000.00 a family; family met $640.28. Out-of-pocket limit: $3,500.00 a "
            "person; you have paid 182.94. Example: if a network doctor bills $100.00 and the allowed amount is "
            "$62.00, you pay 20% of $62.00 after the deductible, never the other $38.00.", 7.5)
    p.legend_grid("Key to notes", [
        ("Z1", "Paid in full; no deductible or coinsurance for this preventive care."),
        ("Z2", "Paid after your deductible and 20% coinsurance."),
        ("Z3", "Paid at the out-of-network level because the care was an emergency."),
        ("Z4", "A test your employer requires of animal-contact staff, such as a yearly tuberculosis skin test, is "
               "paid by the employer's occupational health program. The Plan excludes it. Ask the provider to bill "
               "the employer."),
        ("Z6", "An injury or illness from work; the employer's workers' compensation carrier pays first."),
        ("Z7", "Approval was needed before this service and none is on file."),
        ("Z9", "The provider is outside the Kelpline network; not an emergency."),
        ("Y2", "Received more than 180 days after the service."),
        ("Y5", "The yearly fit-to-dive exam was already paid in the last 12 months."),
    ], cols=3, size=7.1, code_w=7)
    p.heading("Questions or appeals", 9.4)
    p.small("If you disagree with how a claim was handled, you may appeal to the Board of Trustees. Your written appeal "
            "must be received within 120 days of the date of this statement. Write to Corvenna Appeals, PO Box 2209, "
            "Port Wending, ML 70214. Urgent care appeals are decided within 72 hours.", 7.5)
    p.legal_foot(FOOT)
    t = truth("eob", "not_covered", insurer=PLAN, plan_id="CKH-A", group=ZOO[1], member_id=m1, member_name=keeper,
              cases=[ref[0]], claim_amount=m2(ref[1]), service_dates=[iso(cough)], denial_date=iso(sd),
              provider=CLIN, appeal_deadline=iso(plus(sd, 120)),
              alternates={"insurer": PLAN_ALT, "claim_amount": ["38.00"],
                          "provider": ["Philippa Oxley", "Philippa Oxley, MD"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_remit(rng):
    rd = dt.date(2026, 6, 30)
    fax_day = dt.date(2026, 7, 2)
    CLIN = "Port Wending Urgent Care & Wound Clinic"
    staff = ["Marguerite Ebdon, PA-C", "Lucan Fairbairn, MD", "Saffron Ilsley, NP"]
    pts = [("Horatio B. Quennell", ZOO, "01", 0), ("Juniper A. Haybarrow", AQ, "03", 0),
           ("Winnifred S. Dalgleish", WP, "02", 1), ("Barnaby C. Tolhurst", ZOO, "01", 2),
           ("Perpetua N. Gladwin", AQ, "01", 1), ("Edmund R. Ashworth", WP, "03", 2),
           ("Rosalie T. Vantongeren", ZOO, "02", 0), ("Fergus H. Mallinder", AQ, "01", 1)]
    R = 1
    dates = [dt.date(2026, 5, 26), dt.date(2026, 5, 28), dt.date(2026, 6, 1), dt.date(2026, 6, 2),
             dt.date(2026, 6, 4), dt.date(2026, 6, 8), dt.date(2026, 6, 10), dt.date(2026, 6, 11)]
    plans = [
        [("99213", "", 168.00, 104.60, 83.68, "")],
        [("99204", "", 310.00, 0.00, 0.00, "CO-4"), ("12032", "", 465.00, 228.40, 182.72, ""),
         ("90715", "", 72.00, 41.30, 33.04, "")],
        [("99214", "", 226.00, 148.20, 118.56, ""), ("87880", "", 44.00, 15.60, 12.48, "")],
        [("99213", "25", 168.00, 104.60, 83.68, ""), ("11042", "", 295.00, 131.80, 105.44, "")],
        [("99212", "", 118.00, 72.90, 58.32, "")],
        [("99213", "", 168.00, 104.60, 83.68, ""), ("29515", "", 186.00, 88.10, 70.48, "")],
        [("99203", "", 236.00, 150.10, 120.08, ""), ("10060", "", 240.00, 112.70, 90.16, "")],
        [("99213", "", 168.00, 104.60, 0.00, "CO-23"), ("12002", "", 250.00, 118.40, 0.00, "CO-23")],
    ]
    comp = f"TMW-26-{digits(rng, 5)}"
    rows, bold, shade, ref = [], set(), set(), {}
    tb_all = tp_all = 0.0
    for i, ((pt, (emp, grp), pc, si), d, lines) in enumerate(zip(pts, dates, plans)):
        c = claim_no(rng)
        m = cvn(rng) + "-" + pc
        plan = "CKH-S" if (grp == AQ[1] and i in (4,)) else "CKH-A"
        shade.add(len(rows))
        rows.append([f"Claim {c}   Patient {last_first(pt)}   Group/Member No. {grp} / {m}   Plan {plan}", "", "",
                     "", "", "", "", ""])
        rows.append([f"   Rendering: {staff[si]}      Billing: {CLIN}      Referring: none", "", "", "", "", "", "",
                     ""])
        if i == 7:
            rows.append([f"   Primary: Gannetmoor Mutual (workers' comp), claim {comp}; paid 0.00 as secondary", "", "",
                         "", "", "", "", ""])
        tb = tp = 0.0
        for code, mod, b, a, paid, rc in lines:
            rows.append(["", yy(d), code, mod, n2(b), n2(a), n2(paid), rc])
            tb, tp = tb + b, tp + paid
        bold.add(len(rows))
        rows.append(["", "", "", "Total", n2(tb), "", n2(tp), ""])
        tb_all, tp_all = tb_all + tb, tp_all + tp
        if i == R:
            ref = dict(pt=pt, m=m, c=c, d=d, billed=tb, rd=staff[si], grp=grp, plan=plan)
    job = digits(rng, 5)
    chk = digits(rng, 9)
    batch = "RB-" + digits(rng, 8)
    p = EQSheet(footer="Page {n} of {nb}",
                fax_hdr=f"JUL 02 2026  08:31   STRATHDENE BENEFIT ADM   FAX 1-866-555-0152   TO PW URGENT CARE BILLING"
                        f"   JOB#{job}   P.{{p}}/{{nb}}",
                run_hdr=f"Remittance advice  \u00b7  {CLIN}  \u00b7  {abbr(rd)}  \u00b7  check {chk}")
    p.set_margins(12, 13, 12)
    p.add_page()
    admin_head(p, "Provider Payment Unit", box="REMITTANCE ADVICE")
    W = p.W
    y0 = p.get_y()
    p.address_block([CLIN, "Attn: Patient Accounts", "62 Capstanhead Avenue", "Port Wending ML 70219"], 9.2)
    npi = "1" + digits(rng, 9)
    p.label_col([("Remittance date", abbr(rd)), ("Check no.", chk), ("Batch", batch), ("Payee NPI", npi),
                 ("Plan", PLAN), ("Claims", str(len(pts))), ("Amount of check", usd(tp_all))],
                p.l_margin + W * 0.5, y0, W * 0.5, 34, size=8.2, h=4.4)
    p.set_y(max(p.get_y(), y0 + 22) + 3)
    p.run_table(["Claim / patient", "DOS", "Code", "Mod", "Billed", "Allowed", "Paid", "Adj."], rows,
                [W * 0.26, W * 0.1, W * 0.1, W * 0.07, W * 0.12, W * 0.12, W * 0.12, W * 0.11],
                aligns=["L", "L", "L", "L", "R", "R", "R", "C"], size=7.5, row_h=4.7, bold_rows=bold,
                shade_rows=shade, foot_room=30)
    p.set_font("Sans", "B", 8.2)
    p.cell(0, 5, f"Totals this remittance: billed {n2(tb_all)}, paid {n2(tp_all)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.legend_grid("Adjustment codes", [
        ("CO-4", "The code billed needs a modifier that is missing. A new-patient or office visit on the same day as "
                 "a minor procedure is paid only with modifier 25 and notes showing a separate problem. Not paid; "
                 "do not bill the patient; a corrected claim may be sent."),
        ("CO-23", "Paid after the primary payer's payment; the primary paid in full."),
        ("CO-16", "The claim lacks information needed to process it."),
        ("CO-27", "Care given after the member's coverage ended."),
        ("CO-96", "A service the Plan does not cover."),
        ("CO-242", "The provider is not in the Kelpline network."),
    ], cols=2, size=7.2, code_w=12)
    p.small("Provider reconsideration: send a written request within 90 days of the date of this remittance to "
            "Strathdene Benefit Administrators, Provider Payment Unit, at the address above, with the claim number and "
            "notes. Interest on late payment follows state law (for example, 1.5% a month on $200.00 is $3.00).", 7.4)
    p.legal_foot(FOOT)
    t = truth("eob", "coding_error", insurer=ADMIN, plan_id=ref["plan"], group=ref["grp"], member_id=ref["m"],
              member_name=ref["pt"], cases=[ref["c"]], claim_amount=m2(ref["billed"]), service_dates=[iso(ref["d"])],
              denial_date=iso(rd), provider="Marguerite Ebdon", appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": [PLAN, "Strathdene", "Strathdene Benefit Administrators"] + PLAN_ALT,
                          "claim_amount": ["310.00"], "provider": [CLIN, ref["rd"]]},
              type_alternates=["denial_letter"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def stack_sea_lion(rng):
    mem = "Rosamund T. Achterley"
    m = cvn(rng) + "-01"
    bite = dt.date(2026, 3, 17)
    surgery = dt.date(2026, 3, 19)
    ld = dt.date(2026, 4, 8)
    ad = dt.date(2026, 4, 10)
    doses = [dt.date(2026, 4, 9), dt.date(2026, 4, 12), dt.date(2026, 4, 16), dt.date(2026, 4, 23)]
    fax_day = dt.date(2026, 4, 14)
    c = claim_no(rng)
    um = "UM26-" + digits(rng, 5)
    comp = f"TW-WC-26-{digits(rng, 5)}"
    ir = f"BF-IR-0317-{digits(rng, 2)}"
    lic = f"58-C-{digits(rng, 4)}"
    SURG = "Wendingham Hand & Upper Limb Surgery"
    doc = "Ysolde Farrant, MD"
    billed = 6875.50
    hdr = f"APR-14-2026 15:03   BLACKFENN AQUARIUM HR   (207) 555-0124   P.{{p}}/4"
    cover = hr_cover(AQ[0], "Human Resources - Benefits Desk", "9 Fulmarsh Parade, Blackfenn, ML 70231",
                     "Ansel Creevy, claims adjuster, Gannetmoor Mutual", "(207) 555-0187", "Nell Brisco, benefits",
                     slash(fax_day), "4", f"Rosamund Achterley - your claim {comp}",
                     ["Ansel -", "Rosamund asked us to send you both letters she got from Corvenna this month. The "
                      "first says the hand surgery after the sea lion bite goes to comp. The second (rabies shots after "
                      "the bat in her house) is not a work matter; she just wanted you to have everything.", "Nell"],
                     hdr.replace("{p}", "1"), initials="BA")
    # --- the refusal, 2 pages, page 2 upside down
    p = EQSheet(footer="Page {n} of {nb}", fax_hdr=hdr, fax_off=1,
                run_hdr=f"{mem}  \u00b7  {m}  \u00b7  claim {c}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, "Claims Review")
    W = p.W
    p.set_font("Sans", "", 9.6)
    p.cell(W, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address_block([mem, "17 Gullery Steps", "Blackfenn ML 70233"], 9.8)
    p.ln(3)
    p.cap_boxes([[("Group/Member No.", f"{AQ[1]} / {m}", 0.36), ("Plan - Claim", f"CKH-A - {c}", 0.34),
                  ("Charged", usd(billed), 0.3)],
                 [("Treating surgeon", doc, 0.36), ("Date of surgery", dmy(surgery), 0.34),
                  ("Service", "Flexor tendon repair, 26356", 0.3)]], size=8.8, h=9.8)
    p.set_font("Sans", "", 7.6)
    p.set_x(p.l_margin + 1.2)
    p.cell(W, 3.6, SURG + ", 300 Beaconsfold Road, Port Wending", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.para("Dear Ms. Achterley:", 9.8)
    p.para(f"{SURG} billed the Plan for the repair of the tendons in your right hand. **The Plan will not pay this "
           f"claim now, because the injury happened at work.** The aquarium's incident report ({ir}) says a California "
           f"sea lion bit your hand during a training session on the stadium platform on {long(bite)}.", 9.4)
    p.para("Under Plan Rule 7.3, the Plan does not pay for an injury or illness that arises out of work for a "
           "contributing employer when workers' compensation covers it. Blackfenn Aquarium & Marine Center insures "
           f"its staff with Gannetmoor Mutual Insurance Co., which opened claim {comp}. The surgeon's office should bill "
           "Gannetmoor Mutual.", 9.4)
    p.add_page()
    p.heading("If Gannetmoor Mutual denies the claim", 10.4)
    p.para("If the carrier denies the claim in writing, for example because it decides the bite did not happen at "
           "work, send us its letter. We will then process the surgery under your Plan benefits, and the date we "
           "received the first bill will count for the filing limit.", 9.2)
    p.heading("Your right to appeal", 10.4)
    p.para("You may appeal this decision to the Board of Trustees. Your written appeal must be received within 120 "
           "days of the date of this letter. Send it to Corvenna Appeals, PO Box 2209, Port Wending, ML 70214. You "
           "may see the claim file free of charge.", 9.2)
    p.small(f"The aquarium's USDA exhibitor licence ({lic}) and the incident report number are printed for the "
            "carrier's file; they are not Plan numbers.", 7.4)
    p.signature(["Claims Review", "Strathdene Benefit Administrators, Inc.", f"for the {PLAN}"], 9.2)
    p.legal_foot(FOOT)
    t1 = truth("denial_letter", "other", insurer=PLAN, plan_id="CKH-A", group=AQ[1], member_id=m, member_name=mem,
               cases=[c], claim_amount=m2(billed), service_dates=[iso(surgery)], denial_date=iso(ld),
               provider=SURG, appeal_deadline=iso(plus(ld, 120)),
               alternates={"insurer": PLAN_ALT, "provider": ["Ysolde Farrant", doc]})
    # --- the approval (denies nothing)
    CL = "Pennantree Travel & Tropical Medicine Clinic"
    q = EQSheet(footer=None, fax_hdr=hdr, fax_off=3)
    q.set_margins(18, 14, 18)
    q.add_page()
    head(q, "Care Management", box="APPROVAL")
    W = q.W
    q.recv_stamp(["RECEIVED", "APR 13 2026", "BLACKFENN AQUARIUM HR"], q.l_margin + W * 0.52, q.get_y() - 3,
                 angle=-7, size=8.6)
    q.address_block([mem, "17 Gullery Steps", "Blackfenn ML 70233"], 9.8)
    q.ln(3)
    q.cap_boxes([[("Date of notice", abbr(ad), 0.24), ("Group/Member No.", f"{AQ[1]} / {m}", 0.4),
                  ("Review no.", um, 0.36)]], size=8.8, h=9.8)
    q.para("Dear Ms. Achterley:", 9.8)
    q.para(f"After a bat was found in your bedroom, your doctor asked us to approve rabies shots at {CL}, which is "
           "outside the Kelpline network. No network provider within 50 miles keeps rabies immune globulin in "
           "stock, so **we approved a network exception**: the Plan pays these shots at the network level.", 9.4)
    q.table(["Approved care", "Provider", "Dates"],
            [["Rabies IG 90375 + vaccine 90675, 4 doses", CL, f"{short_md(doses[0])} - {short_md(doses[-1])}"]],
            [W * 0.38, W * 0.42, W * 0.2], size=8.2)
    q.para(f"Dose days: {abbr(doses[0])}, {abbr(doses[1])}, {abbr(doses[2])} and {abbr(doses[3])}. The clinic "
           "bills us directly. You pay the network copay of $25.00 a visit.", 9.2)
    q.signature(["Care Management", f"Strathdene Benefit Administrators, Inc., for the {PLAN}"], 9.2)
    q.legal_foot(FOOT)
    t2 = truth("other", None, insurer=PLAN, group=AQ[1], member_id=m, member_name=mem, cases=[um],
               service_dates=[f"{iso(doses[0])}/{iso(doses[-1])}"], denial_date=iso(ad), provider=CL,
               alternates={"insurer": PLAN_ALT, "case_numbers": [[]],
                           "service_dates": [[], [iso(d) for d in doses]]})
    return cover, [(out(p), t1), (out(q), t2)]


# ------------------------------------------------------------------------------------------------------------------
def faxfine_prp(rng):
    mem = "Barnaby J. Gorrindge"
    m = cvn(rng) + "-01"
    nd = dt.date(2026, 7, 7)
    got = dt.date(2026, 6, 29)
    planned = dt.date(2026, 7, 20)
    us = dt.date(2026, 6, 18)
    due = plus(nd, 120)
    um = "UM26-" + digits(rng, 5)
    DOC = "Benedikt Sallis, DO"
    PRAC = "Yelvercombe Sports & Spine Medicine"
    p = EQSheet(footer="Page {n} of {nb}",
                fax_hdr=f"07/07/2026 16:20  CORVENNA CARE MGMT  1-866-555-0158  ->  YELVERCOMBE SPORTS SPINE  "
                        f"P. {{p}}/{{nb}}",
                run_hdr=f"{mem}  \u00b7  review {um}  \u00b7  page {{n}}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, "Care Management  \u00b7  Pre-Service Review", box="PRE-SERVICE DECISION")
    W = p.W
    p.recv_stamp(["RECEIVED", "JUL 08 2026", "YELVERCOMBE SPORTS & SPINE"], p.l_margin + W * 0.63, p.get_y() + 1,
                 angle=8, size=8.4)
    y0 = p.get_y()
    p.address_block([mem, "Keeper's Cottage 3", "Yelvercombe Wildlife Park", "Yelvercombe ML 70259"], 9.6)
    p.set_y(max(p.get_y(), y0 + 22) + 2)
    p.cap_boxes([[("Notice date", slash(nd), 0.2), ("Group/Member No.", f"{WP[1]} / {m}", 0.34),
                  ("Review no.", um, 0.22), ("Plan", "CKH-A", 0.24)]], size=8.8, h=9.8, below=True)
    p.set_font("Sans", "B", 9.2)
    p.cell(W, 5, "Requested by", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Sans", "", 9.4)
    p.cell(W, 4.8, DOC, new_x="LMARGIN", new_y="NEXT")
    p.set_font("Sans", "", 8.2)
    p.cell(W, 4.2, PRAC, new_x="LMARGIN", new_y="NEXT")
    p.cell(W, 4.2, "71 Shepherds Rise, Yelvercombe", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.para(f"Dear Mr. Gorrindge:", 9.8)
    p.para(f"On {long(got)} Dr. Sallis asked the Plan to approve two platelet-rich plasma (PRP) injections into your "
           f"right shoulder, the first planned for {long(planned)}, for a rotator cuff tendon strained lifting hay "
           "bales. **We are not approving the injections. The Plan treats PRP injections for tendon problems as "
           "investigational.**", 9.4)
    p.heading("How we decided", 10.2)
    p.columns([
        ("What we looked at", f"Dr. Sallis's notes, your shoulder ultrasound of {slash(us)}, which shows a strained "
         "but not torn supraspinatus tendon, and the six weeks of physical therapy you have had."),
        ("What the studies show", "Trials of PRP for rotator cuff tendon problems are small and do not agree; "
         "no standard preparation or dose has been shown to work better than therapy alone."),
        ("The Plan rule", "Plan Rule 9.1(f) excludes drugs, devices and procedures that are investigational or "
         "experimental for the condition treated. PRP for tendon problems is on the Plan's list of such services."),
        ("Who decided", "An orthopaedic surgeon who reviews for the Plan and who had no part in your care."),
    ], n=2, size=8.6)
    p.para("The Plan does cover more physical therapy, a steroid injection if Dr. Sallis advises one, and surgery "
           "with approval if the tendon tears.", 9.2)
    p.heading("Appeal", 10.2)
    p.para(f"You or Dr. Sallis may appeal to the Board of Trustees. Your appeal must reach us by {long(due)}. Write to "
           "Corvenna Appeals, PO Box 2209, Port Wending, ML 70214, or fax 1-866-555-0158. Urgent appeals are "
           "decided within 72 hours. After the Board decides, you may ask for an external review within 4 months.",
           9.2)
    p.signature(["Care Management Nurse Reviewer", "Strathdene Benefit Administrators, Inc.",
                 f"on behalf of the {PLAN}"], 9.2, script="Wren Halloway, RN")
    p.legal_foot(FOOT)
    t = truth("denial_letter", "experimental", insurer=PLAN, plan_id="CKH-A", group=WP[1], member_id=m,
              member_name=mem, cases=[um], service_dates=[iso(planned)], denial_date=iso(nd), provider="Benedikt Sallis",
              appeal_deadline=iso(due), alternates={"insurer": PLAN_ALT, "provider": [PRAC, DOC]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def photocopy_ears(rng):
    mem = "Delphine M. Cludderley"
    m = cvn(rng) + "-01"
    nd = dt.date(2026, 6, 16)
    dive = dt.date(2026, 5, 3)
    v1, v2 = dt.date(2026, 5, 12), dt.date(2026, 5, 19)
    c = claim_no(rng)
    cert = "SDC-" + digits(rng, 5)
    CTR = "Harbourmead Ear & Sinus Center"
    DOC = "Caius Vennor, MD"
    p = EQSheet(serif=True, footer="Page {n} of {nb}", run_hdr=f"{PLAN}  \u00b7  {mem}  \u00b7  claim {c}",
                run_hdr_all=True, run_foot=f"Group/Member No. {AQ[1]} / {m}  \u00b7  letter of {dmy(nd)}")
    p.set_margins(16, 14, 16)
    p.add_page()
    head(p, "Member Claims", box="CLAIM DECISION")
    W = p.W
    y0 = p.get_y()
    p.address_block([mem, "Flat 6, Wherrybank Court", "Blackfenn ML 70232"], 9.8)
    yb = p.beside([(dmy(nd), "date of letter"), (c, "claim"), ("CKH-A", "plan"), (n2(2340.00), "charged"),
                   (f"{short_md(v1)}, {short_md(v2)}", "dates of care")], p.l_margin + W * 0.5, y0, W * 0.5,
                  size=9, h=5.0, split=0.6)
    p.set_xy(p.l_margin, max(yb, p.get_y()) + 3)
    p.set_font("Serif", "B", 9.4)
    p.cell(W, 5, f"Provider: {DOC}", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Serif", "", 8.6)
    p.cell(W, 4.4, f"{CTR}, 12 Sloethorne Hill, Lenmouth", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.set_font("Serif", "B", 12)
    p.cell(W, 6, "We can't pay for care outside the Kelpline network", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.columns([
        ("What was billed", f"Dr. Vennor saw you on {long(v1)} for ear pain and muffled hearing after a holiday dive "
         f"on {long(dive)}, and on {long(v2)} put a small tube in your left eardrum (69433). The center billed "
         "$285.00 for the visit and $2,055.00 for the procedure."),
        ("Why we can't pay", f"{CTR} is not in the Kelpline network. The Plan pays care outside the network only "
         "for an emergency or when we approve a network exception before the care. Your care was planned a week "
         "ahead and no exception was asked for. Four network ear, nose and throat practices are within 20 miles of "
         "your home."),
        ("What you may owe", "Because the center is outside the network, it may bill you. Ask it whether it will "
         "accept a payment plan. Amounts you pay outside the network do not count toward your out-of-pocket limit."),
        ("Not a work claim", f"You told us the dive was on holiday, not for the aquarium, so this is not a workers' "
         f"compensation matter. Your diver certification ({cert}) is shown only because the center sent it."),
        ("Your right to appeal", "You may appeal to the Board of Trustees. Your written appeal must be received "
         "within 120 days of the date of this letter, at Corvenna Appeals, PO Box 2209, Port Wending, ML 70214."),
        ("Help", "Member Services can find a network ear specialist for any follow-up visits and can tell you how "
         "to ask for a network exception in future."),
    ], n=3, size=8.2, gutter=5)
    p.signature(["Member Claims", "Strathdene Benefit Administrators, Inc.", f"for the {PLAN}"], 9.2)
    p.legal_foot(FOOT)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, plan_id="CKH-A", group=AQ[1], member_id=m,
              member_name=mem, cases=[c], claim_amount="2340.00", service_dates=[iso(v1), iso(v2)],
              denial_date=iso(nd), provider=CTR, appeal_deadline=iso(plus(nd, 120)),
              alternates={"insurer": PLAN_ALT, "provider": ["Caius Vennor", DOC]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def scanlow_es(rng):
    mem = "Evaristo J. Montañez"
    m = cvn(rng) + "-01"
    nd = dt.date(2026, 6, 22)
    mri = dt.date(2026, 6, 3)
    c = claim_no(rng)
    billed = 1960.00
    CTR = "Port Wending Imaging Center"
    RAD = "Hamnet Loxley, MD"
    ORD = "Solveig Arriaga, MD"
    lic = "IMG-ML-" + digits(rng, 4)
    p = EQSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, "Reclamaciones de Miembros", box="DECISIÓN SOBRE SU RECLAMACIÓN", es=True)
    W = p.W
    p.set_font("Sans", "", 9.6)
    p.cell(W, 5, f"Port Wending, {es_date(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address_block([mem, "8 Calle del Faro", "Port Wending ML 70217"], 9.8)
    p.ln(3)
    p.cap_boxes([[("Grupo/Nº de miembro", f"{ZOO[1]} / {m}", 0.36), ("Nº de reclamación", c, 0.24),
                  ("Plan", "CKH-A", 0.14), ("Cargos", usd(billed), 0.26)]], size=8.8, h=9.8)
    p.provider_trio([("Ordenó el estudio", ORD, "Clínica Familiar Merrisloe"),
                     ("Leyó el estudio", RAD, CTR),
                     ("Facturó", CTR, f"licencia estatal {lic}")], size=8.4)
    p.para("Estimado Sr. Montañez:", 9.8)
    p.para(f"El {CTR} nos cobró una resonancia magnética de la columna lumbar (72148) que le hicieron el "
           f"{es_date(mri)}. **El Plan no pagará esta reclamación.**", 9.4)
    p.heading("Por qué", 10.4)
    p.para("Las resonancias magnéticas, las tomografías y las cirugías necesitan la aprobación del Plan antes de "
           "hacerse (Regla 5.2 del Plan). Ni la Dra. Arriaga ni el centro pidieron esa aprobación, y no hay ninguna "
           "en su expediente. El centro está en la red Kelpline; por su contrato no puede cobrarle a usted este "
           "estudio.", 9.2)
    p.para("Si su médica cree que el estudio era necesario, puede pedir una revisión con sus notas. Si la revisión "
           "encuentra que el estudio cumplía los criterios, pagaremos la reclamación.", 9.2)
    p.heading("Su derecho a apelar", 10.4)
    p.para("Puede apelar ante la Junta de Fideicomisarios. Debemos recibir su apelación por escrito dentro de 120 "
           "días a partir de la fecha de esta carta. Escriba a Corvenna Appeals, PO Box 2209, Port Wending, "
           "ML 70214.", 9.2)
    p.signature(["Atentamente,", "Reclamaciones de Miembros",
                 f"Strathdene Benefit Administrators, Inc., para el {PLAN}"], 9.2)
    p.legal_foot("El Corvenna Keepers & Aquarists Health Plan es patrocinado por el Zoological and Aquarium Employees "
                 "Welfare Trust of the Merrisloe Coast. Strathdene Benefit Administrators, Inc. procesa las "
                 "reclamaciones y no asegura ningún beneficio.")
    t = truth("denial_letter", "prior_authorization", insurer=PLAN, plan_id="CKH-A", group=ZOO[1], member_id=m,
              member_name=mem, cases=[c], claim_amount=m2(billed), service_dates=[iso(mri)], denial_date=iso(nd),
              provider=CTR, appeal_deadline=iso(plus(nd, 120)), lang="es",
              alternates={"insurer": PLAN_ALT, "provider": ["Hamnet Loxley", "Solveig Arriaga"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def rotated_season(rng):
    mem = "Fenella J. Orrick"
    m = cvn(rng) + "-01"
    nd = dt.date(2026, 8, 11)
    c0, c1 = dt.date(2026, 3, 1), dt.date(2026, 5, 31)
    cov_end = dt.date(2026, 6, 30)
    v1, v2 = dt.date(2026, 7, 14), dt.date(2026, 7, 28)
    nxt = dt.date(2026, 9, 1)
    due = plus(nd, 120)
    c = claim_no(rng)
    dsc = "DSC-26-" + digits(rng, 4)
    CL = "Blackfenn Skin Clinic"
    DOC = "Leontine Marwood, MD"
    p = EQSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, "Eligibility & Claims", box="CLAIM DENIED")
    W = p.W
    y0 = p.get_y()
    p.address_block([mem, "Boathouse Lane 2", "Blackfenn ML 70234"], 9.8)
    p.set_xy(p.l_margin + W * 0.48, y0)
    lm = p.l_margin
    p.set_left_margin(lm + W * 0.48)
    p.cap_boxes([[("Date", dmy_dash(nd), 0.5), ("Claim", c, 0.5)],
                 [("Group/Member No.", f"{AQ[1]} / {m}", 1.0)],
                 [("Plan", "CKH-S (seasonal diver)", 0.5), ("Dive-season contract", dsc, 0.5)]], size=8.6, h=9.4)
    p.set_left_margin(lm)
    p.set_xy(lm, max(p.get_y(), y0 + 20) + 2)
    p.table(["Date of service", "Provider", "Service", "Charged", "Plan paid"],
            [[slash(v1), f"{DOC}, {CL}", "99203 New patient visit", "245.00", "0.00"],
             [slash(v2), f"{DOC}, {CL}", "99213 Office visit", "152.00", "0.00"],
             ["", "", "Total", "397.00", "0.00"]],
            [W * 0.13, W * 0.43, W * 0.22, W * 0.11, W * 0.11], size=8.2, bold_last=True)
    p.para(f"Dear Ms. Orrick:", 9.8)
    p.para(f"Dr. Marwood billed the Plan for two visits to treat a skin infection on your hand (a fish tank "
           f"granuloma). **The Plan cannot pay, because your coverage had ended before these visits.**", 9.4)
    p.heading("Your coverage", 10.4)
    p.para(f"Seasonal divers are covered under plan CKH-S for the length of their dive-season contract with "
           f"{AQ[0]} and for 30 days after it. Your contract ran from {long(c0)} to {long(c1)}, so your coverage "
           f"ended on {long(cov_end)}. The visits on {short_md(v1)} and {short_md(v2)} came after that date.", 9.2)
    p.para(f"Your next contract starts on {long(nxt)}; coverage begins again that day. If the infection came from "
           "your work in the aquarium's tanks, ask the aquarium's human resources office about a workers' "
           "compensation claim; that would be a separate matter from this Plan.", 9.2)
    p.heading("If you disagree", 10.4)
    p.para(f"You may appeal to the Board of Trustees. We must receive your appeal no later than {long(due)}. Send it "
           "to Corvenna Appeals, PO Box 2209, Port Wending, ML 70214, with any contract papers that show other "
           "dates.", 9.2)
    p.signature(["Eligibility & Claims", "Strathdene Benefit Administrators, Inc.", f"for the {PLAN}"], 9.2)
    p.legal_foot(FOOT)
    t = truth("denial_letter", "eligibility", insurer=PLAN, plan_id="CKH-S", group=AQ[1], member_id=m, member_name=mem,
              cases=[c], claim_amount="397.00", service_dates=[iso(v1), iso(v2)], denial_date=iso(nd), provider=CL,
              appeal_deadline=iso(due), alternates={"insurer": PLAN_ALT, "provider": ["Leontine Marwood", DOC]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [Item(F + "born_digital_household_statement_tb_skin_test_line_three_column_key", "born_digital",
                  [born_statement(rng)]),
             Item(F + "faxstd_remittance_dog_bite_visit_no_modifier_25_group_member_box", "fax_standard_g4",
                  [faxstd_remit(rng)])]
    cover, docs = stack_sea_lion(rng)
    items.append(Item(F + "faxstd_stack_hr_cover_sea_lion_bite_comp_first_p2_upside_down_rabies_approval",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 180}))
    items += [Item(F + "faxfine_prp_shoulder_investigational_received_stamp", "fax_fine_g4", [faxfine_prp(rng)]),
              Item(F + "photocopy_ear_tubes_after_dive_trip_out_of_network_three_columns", "photocopy",
                   [photocopy_ears(rng)]),
              Item(F + "scanlow_es_resonancia_lumbar_sin_aprobacion", "scan_lowres_150", [scanlow_es(rng)]),
              Item(F + "rotated_diver_season_ended_fish_tank_granuloma_claims", "rotated", [rotated_season(rng)])]
    return items
