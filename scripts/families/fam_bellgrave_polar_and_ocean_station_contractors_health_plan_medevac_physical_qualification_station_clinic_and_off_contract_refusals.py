"""An invented health plan for contractors who work at remote polar and ocean research stations: the Bellgrave
Remote Station Contractors Health Plan, sponsored by Bellgrave Polar Logistics, Inc. (which staffs an Antarctic
plateau station, a Greenland ice-sheet station and a research vessel working out of Punta Arenas), insured by
Thulewind Health Assurance Company, with medical assistance, evacuations and care abroad reviewed by Driftice
Medical Assistance, LLC (which prints some papers on its own letterhead). The invented rules: a contractor is
covered from the first day of travel to the station until 30 days after the contract ends, the family at home all
contract long; the station clinic's care is given by Bellgrave's own physician and is never billed to the plan;
examinations, tests and dental work needed to become physically qualified ("PQ") for deployment are paid by
Bellgrave's Physical Qualification Program, not the plan; an evacuation flight is paid only when the station
physician and Driftice's medical director find that waiting for the next scheduled flight is not safe; planned
care outside the United States needs Driftice's approval first; an injury at work goes first to Bellgrave's
workers' compensation carrier; claims must reach the plan within 90 days of the service. Every company, station,
vessel, clinic, hospital, aircraft operator, person, number, code and amount is invented (real gateway cities with
invented streets and hospitals; phones 555); CPT and CDT codes appear as themselves. Member numbers are "TW" + nine
digits, a spouse or child carrying the contractor's number with a suffix written " 01" / " 02" or "*01"; claim
numbers "TC26-" + six digits; Driftice case numbers "DMA-" + five digits.

Documents (8 in 7 files):
- born_digital_eob_split_brand_member_box_pq_dental_code_q4_on_page_two: a two-page EOB under a brand split over
  two lines ("THULE" / "WIND"), a member box printed beside the claims table (the contractor and his family's
  suffixed numbers), four claims, the contractor's PQ dental claim refused under Q4 on page 2, told only in the
  legend.
- faxstd_stack_dear_cover_medevac_not_necessary_upside_down_then_air_ambulance_invoice: the sponsor's benefits desk
  fax cover that reads like a letter ("Dear Kiri,"), the insurer's letter refusing a dedicated air ambulance from the
  plateau station because the scheduled flight six days later was safe (page 2 upside down), and the air ambulance
  operator's invoice (denies nothing).
- phone_es_logo_beside_title_care_after_coverage_ended: a Spanish letter to a ship's technician refusing a clinic
  visit in Punta Arenas after coverage ended 30 days after his contract.
- rotated_driftice_guarantee_of_payment_knee_surgery: Driftice's guarantee of payment to a Christchurch hospital
  for a planned knee reconstruction (denies nothing).
- scanclean_three_columns_crush_injury_workers_comp_first: a letter in three columns, captions under boxed values,
  refusing hand surgery at home after a work injury at the Greenland station (workers' compensation first).
- photocopy_split_brand_hernia_repair_abroad_without_approval: a letter with section heads in a left column refusing
  a planned hernia repair in Christchurch that Driftice never approved.
- lowres_spaced_brand_spouse_star_suffix_late_claim: a notice refusing the contractor's wife's ("*01") urgent care
  claim that reached the plan more than 90 days after the visit.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundel_famla import (LASheet, apos, day_long, digits, dmy0, dmy_abbr, dtg, es_date, iso, letter_cover, long,
                               n2, plus, slash, upper, usd, usd_tail, wday_long, ymd_dots, ymd_slash)
from public_kit import m2, out, truth

FAMILY = ("bellgrave_polar_and_ocean_station_contractors_health_plan_medevac_physical_qualification_station_clinic_"
          "and_off_contract_refusals")
LANG = "en"
SEED = 355110
INS = "Thulewind Health Assurance Company"
PLAN = "Bellgrave Remote Station Contractors Health Plan"
SPONSOR = "Bellgrave Polar Logistics, Inc."
DMA = "Driftice Medical Assistance, LLC"
ALT = [INS, "Thulewind Health Assurance", "Thulewind", PLAN, "Bellgrave Remote Station Contractors Health Plan "
       "(Thulewind Health Assurance Company)"]
PLAN_ID = "BRS-2026-A"
GROUP = "G-71460"
BOX = "P.O. Box 30418, Anchorage, AK 99503-0418"


def mem_no(rng) -> str:
    return "TW" + digits(rng, 9)


def g3(n: str) -> str:
    """TW 318 604 227"""
    return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"


def claim(rng) -> str:
    return "TC26-" + digits(rng, 6)


def case(rng) -> str:
    return "DMA-" + digits(rng, 5)


def tel(rng, area="907") -> str:
    return f"({area}) 555-{digits(rng, 4)}"


def thule_right(rng) -> list[str]:
    return ["Remote Station Benefits", BOX, "Member line 1-877-555-0126", "24-hour assistance +1 907 555 0190",
            "TTY 711"]


# ------------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    sub, wife, kid = "Torvald E. Hjelmstad", "Sigrun P. Hjelmstad", "Petter L. Hjelmstad"
    no = mem_no(rng)
    sd = dt.date(2026, 3, 11)
    DENT = "Ouzel Creek Dental Group"
    d_x, d_c = dt.date(2026, 1, 13), dt.date(2026, 1, 20)
    c_den, c_w, c_k, c_t = claim(rng), claim(rng), claim(rng), claim(rng)
    # (date, code, service, billed, allowed, member owes, plan paid, note)
    Lw = [(dt.date(2026, 2, 3), "99214", "Office visit, established", 212.00, 138.60, 27.72, 110.88, "P1")]
    Lk = [(dt.date(2026, 2, 11), "99203", "Urgent care visit, new patient", 245.00, 152.30, 40.00, 112.30, "P2"),
          (dt.date(2026, 2, 11), "73610", "X-ray ankle, 3 views", 118.00, 61.25, 0.00, 61.25, "P2")]
    Lt = [(dt.date(2026, 1, 26), "90636", "Hepatitis A and B vaccine", 164.00, 129.80, 0.00, 129.80, "P4"),
          (dt.date(2026, 1, 26), "90471", "Immunization administration", 38.00, 24.10, 0.00, 24.10, "P4")]
    Ld = [(d_x, "D0150", "Comprehensive oral evaluation", 96.00, 0.00, 96.00, 0.00, "Q4"),
          (d_x, "D0210", "Intraoral x-rays, complete series", 168.00, 0.00, 168.00, 0.00, "Q4"),
          (d_c, "D2740", "Crown, porcelain/ceramic, tooth 30", 1385.00, 0.00, 1385.00, 0.00, "Q4")]
    den_total = round(sum(x[3] for x in Ld), 2)
    allL = Lw + Lk + Lt + Ld
    tb = round(sum(x[3] for x in allL), 2)
    tp = round(sum(x[6] for x in allL), 2)
    to = round(sum(x[5] for x in allL), 2)

    def rws(lines):
        return [[iso(d), c, s, n2(b), n2(a), n2(o), n2(pd), k] for d, c, s, b, a, o, pd, k in lines]

    def tot(lines, label="Claim total"):
        return ["", "", label, n2(sum(x[3] for x in lines)), n2(sum(x[4] for x in lines)),
                n2(sum(x[5] for x in lines)), n2(sum(x[6] for x in lines)), ""]

    p = LASheet(footer="Page {n} of {nb}", footer_left=f"{INS}  \u00b7  TWH-EOB-5 (08/2025)",
                strip=f"Explanation of Benefits  \u00b7  {sub}  \u00b7  {g3(no)}  \u00b7  {dmy0(sd)}  \u00b7  page {{n}}")
    p.set_margins(14, 12, 14)
    p.add_page()
    p.split_head("THULE", "WIND", ["Health Assurance Company", "Explanation of Benefits - this is not a bill"],
                 thule_right(rng)[1:4],
                 admin=f"Insurer of the {PLAN}  \u00b7  plan sponsor {SPONSOR}  \u00b7  medical assistance by {DMA}")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [sub.upper(), "c/o Bellgrave Polar Logistics - Sable Col Station", "Mail Stop SC-14",
               "5280 Quartermaster Way", "Centennial, CO 80112"]:
        p.line(ln, 9.2)
    p.right_caps([(dmy0(sd), "statement date"), (PLAN_ID, "plan"), (GROUP, "group"),
                  (f"TWE-{digits(rng, 8)}", "statement no.")], p.w - p.r_margin - 80, y0, 80, size=8.8)
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 28) + 2)
    p.para("We processed these claims for you and your family. Mail reaches the station only on scheduled flights; "
           "you can also read this statement in the member portal. Amounts are in US dollars.", 8.6)
    side_w = 50
    tw = W - side_w - 4
    widths = [18, 12, 36, 15, 15, 14, 14, 9.9]
    sc = tw / sum(widths)
    widths = [w * sc for w in widths]
    aligns = ["L", "L", "L", "R", "R", "R", "R", "C"]
    head = ["Service date", "Code", "Description", "Billed", "Allowed", "Member owes", "Plan paid", "Rmk"]
    yt = p.get_y() + 1
    ys = p.sidebar([("Contractor (subscriber)", sub), ("Member no.", g3(no)),
               ("Spouse", f"{wife}\n{no} 01"), ("Child", f"{kid}\n{no} 02"),
               ("Station", "Sable Col Station (winter-over)"),
               ("Contract", f"{dmy_abbr(dt.date(2026, 2, 9))} - {dmy_abbr(dt.date(2026, 11, 6))}"),
               ("Deductible met", "$350.00 of $400.00"),
               ("Out-of-pocket met", "$412.72 of $3,000.00")],
              p.l_margin + W - side_w, yt, side_w, title="Member box", size=7.8)
    p.set_xy(p.l_margin, yt)
    rows, bold = [], set()
    for who, num, cno, prov, lines in ((wife, f"{no} 01", c_w, "Juniper Draw Family Medicine", Lw),
                                       (kid, f"{no} 02", c_k, "Foothills Kids Urgent Care", Lk)):
        bold.add(len(rows))
        rows.append([f"{who}  \u00b7  {num}  \u00b7  claim {cno}", "", "", "", "", "", "", ""])
        rows.append(["", "", prov, "", "", "", "", ""])
        rows += rws(lines)
        bold.add(len(rows))
        rows.append(tot(lines))
    p.ledger_rules(head, rows, widths, aligns, size=6.9, row_h=4.7, bold=bold, shade=set(bold))
    p.set_xy(p.l_margin, max(p.get_y(), yt) + 2)
    p.f(7)
    p.set_x(p.l_margin)
    p.cell(tw, 3.4, "More claims on page 2", new_x="LMARGIN", new_y="NEXT")
    p.set_y(max(p.get_y(), ys) + 4)
    p.tiles([("Billed", usd(tb)), ("Plan paid", usd(tp)), ("Member owes", usd(to))], size=12, h=13,
            note="Totals for all claims on this statement.")
    p.ln(2)
    p.framed("Good to know: care you receive in a station clinic is given by Bellgrave's physician at no cost to "
             "you and is never billed to the Plan. Keep your clinic visit slips with your records.", size=8.2)
    p.add_page()
    p.f(9, "B")
    p.cell(0, 5, "Claims processed (continued)", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    rows, bold = [], set()
    for who, num, cno, prov, lines in ((sub, g3(no), c_t, "Boreal Travel Health Clinic", Lt),
                                       (sub, g3(no), c_den, DENT, Ld)):
        bold.add(len(rows))
        rows.append([f"{who}  \u00b7  {num}  \u00b7  claim {cno}", "", "", "", "", "", "", ""])
        rows.append(["", "", prov, "", "", "", "", ""])
        rows += rws(lines)
        bold.add(len(rows))
        rows.append(tot(lines))
    wf = [w * W / tw for w in widths]
    p.ledger_rules(head, rows, wf, aligns, size=7.6, row_h=5.0, bold=bold, shade=set(bold))
    p.ledger_rules(head, [["", "", "All claims on this statement", n2(tb), n2(sum(x[4] for x in allL)), n2(to),
                           n2(tp), ""]], wf, aligns, size=7.6, row_h=5.0, bold={0}, heads=False)
    p.glossary("Remarks (Rmk)", [
        ("P1", "Paid at the network rate after the deductible; 20% coinsurance."),
        ("P2", "Urgent care: $40.00 copay, the rest paid at the network rate."),
        ("P4", "Immunization for travel to a station: paid in full."),
        ("Q4", "Exams, x-rays and treatment needed to become physically qualified (PQ) for deployment are paid by "
               "Bellgrave's Physical Qualification Program, not by the Plan. Send the dentist's bill and the PQ "
               "dental form to the PQ Program office. The Plan has not paid these lines."),
        ("S2", "Care at a station clinic is given by Bellgrave's physician and is not billed to the Plan."),
        ("E6", "The flight was not approved by Driftice Medical Assistance before it took place.")], size=7.6)
    p.para("Example of how the deductible works (not one of your claims): if your first claim of the year is allowed "
           "at $500.00, the first $400.00 is your deductible and the Plan pays 80% of the other $100.00.", 7.8)
    p.f(9.2, "B")
    p.cell(0, 5, "Asking for a review", new_x="LMARGIN", new_y="NEXT")
    p.para("If you disagree with how a claim was handled, you or someone you choose may appeal within 180 days of the "
           f"statement date. Write to {INS}, Appeals, {BOX}, or send a message in the portal. If you are at a "
           "station, you may appeal by e-mail through the station's communications office. You may see the records "
           "we used, free of charge.", 8.4)
    t = truth("eob", "not_covered", insurer=INS, plan_id=PLAN_ID, group=GROUP, member_id=no, member_name=sub,
              cases=[c_den], claim_amount=m2(den_total), service_dates=[iso(d_x), iso(d_c)], denial_date=iso(sd),
              provider=DENT, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": ALT, "service_dates": [[f"{iso(d_x)}/{iso(d_c)}"]]},
              denial_alternates=["other"], type_alternates=["denial_letter"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    mem = "Kiri A. Ellingboe"
    no = mem_no(rng)
    OP = "Southwing Aeromedical Ltd."
    DRS = "Dr. Signe Malmqvist"
    DRD = "Dr. Lucan Featherby"
    fl = dt.date(2026, 2, 14)
    sched = dt.date(2026, 2, 20)
    inv_d = dt.date(2026, 2, 27)
    rcv = dt.date(2026, 3, 6)
    nd = dt.date(2026, 3, 27)
    sent = dt.date(2026, 4, 2)
    cno, dno = claim(rng), case(rng)
    inv_no = f"SWA-{digits(rng, 6)}"
    lines = [("Dedicated ski-equipped air ambulance, Sable Col Station to Christchurch, 2,180 nm", 131400.00),
             ("Flight physician and flight nurse, 19.5 hours", 12800.00),
             ("Medical supplies, drugs and oxygen", 1150.00),
             ("Ground ambulance, Christchurch airport to hospital", 3250.00)]
    total = round(sum(x[1] for x in lines), 2)
    cover = letter_cover(
        SPONSOR, ["Deployment Benefits Desk", "5280 Quartermaster Way", "Centennial, CO 80112",
                  f"Desk {tel(rng, '303')}"],
        mem, tel(rng, "720"), "Agnieszka Rusk", tel(rng, "303"), tel(rng, "303"),
        slash(sent), 4, "Dear Kiri,",
        ["Welcome home, and I am glad to hear from your team lead that you are feeling well again. As promised when "
         "we spoke, I am faxing the two papers that reached our desk about your flight out of Sable Col in "
         "February: Thulewind's letter about the flight and the operator's invoice.",
         "I know the number on the invoice is frightening. Please do not pay it. Southwing has agreed to wait while "
         "you appeal, and Bellgrave's medical office will send the station physician's full notes with your appeal "
         "if you sign the release I mailed last week.",
         "Call me any weekday. We will get through this together."],
        ["Best regards,", "Agnieszka Rusk", "Benefits Coordinator, Deployment Benefits Desk"],
        re=f"Your evacuation flight of {long(fl)} - papers enclosed")
    # --- the insurer's letter (2 pages) ---
    p = LASheet(footer="Page {n} of {nb}", foot_ids=f"{g3(no)}  \u00b7  Claim {cno}  \u00b7  Case {dno}")
    p.set_margins(20, 14, 20)
    p.add_page()
    p.spaced_head("Thulewind", INS + "  \u00b7  Remote Station Benefits", thule_right(rng)[1:],
                  admin=f"Medical review by {DMA} for the {PLAN}")
    W = p.w - p.l_margin - p.r_margin
    p.addr_kv([mem, "2207 Ptarmigan Ridge Rd", "Golden, CO 80401"],
              [("Date", long(nd)), ("Member no.", g3(no)), ("Plan", PLAN_ID), ("Claim", cno),
               ("Assistance case", dno)], w=86, cap_w=30, size=8.6)
    p.subject("Your claim for the flight from Sable Col Station")
    p.para(f"Dear {mem}:", 10)
    p.para(f"We received {OP}'s claim on {long(rcv)} for the air ambulance that flew you from Sable Col Station "
           f"to Christchurch, New Zealand, on {long(fl)}, with a flight physician and nurse on board. The claim is "
           f"for {usd(total)}.", 9.6)
    p.para("The Plan pays for an evacuation flight when the station physician and Driftice's medical director "
           "agree that the member cannot safely wait for the next scheduled flight from the station. A scheduled "
           f"crew flight was planned to leave Sable Col on {long(sched)}, six days later, with a seat held for "
           "medical travel.", 9.6)
    p.excerpt("STATION CLINIC LOG - EXCERPT SENT WITH THE CLAIM", [
        f"{dtg(fl - dt.timedelta(days=1))} 2140Z  flank pain L, onset 1900Z. Vitals stable. Urinalysis: blood.",
        f"{dtg(fl - dt.timedelta(days=1))} 2305Z  pain 6/10 after ketorolac. Tolerating fluids.",
        f"{dtg(fl)} 0420Z  pain 2/10. No fever. Bedside ultrasound: no hydronephrosis.",
        f"{dtg(fl)} 0615Z  call with operator; dedicated aircraft available 1100Z. Member requests flight.",
        f"{dtg(fl)} 0650Z  no call logged to Driftice medical director before departure."], size=7.6)
    p.wrap_table(["The claim", ""], [["Operator", OP], ["Invoice", f"{inv_no} of {day_long(inv_d)}"],
                                     ["Route", "Sable Col Station skiway to Christchurch International Airport, "
                                               "then by road to hospital"],
                                     ["Crew", "flight physician, flight nurse, two pilots"],
                                     ["Billed", f"{total:,.2f} USD"], ["Station physician", DRS]],
                 [42, W - 42], size=8.8)
    p.para("The decision and your rights are on the next page.", 8.6)
    p.add_page()
    p.f(11, "B")
    p.cell(0, 6, "What we decided and why", new_x="LMARGIN", new_y="NEXT")
    p.para(f"{DRD}, a Driftice medical director who is board certified in emergency medicine, read the station "
           f"clinic log, {DRS}'s notes and the flight record. The records show that your pain was controlled, your "
           "vital signs stayed normal, you had no fever and the ultrasound showed no blockage. Care at the station "
           "clinic could continue safely until the scheduled flight. Driftice was not asked before the aircraft "
           "left.", 9.6)
    p.para("For these reasons the dedicated flight was not medically necessary, and the Plan will not pay the "
           f"claim of {usd(total)}. Your care at the hospital in Christchurch after you arrived is a separate "
           "claim, and the Plan paid it.", 9.6)
    p.f(10, "B")
    p.cell(0, 5.6, "Your right to appeal", new_x="LMARGIN", new_y="NEXT")
    p.para(f"You may appeal within 180 days of the date of this letter. Write to {INS}, Appeals, {BOX}. Tell us "
           "why you disagree and send anything you want us to read, such as a letter from the station physician. "
           "A doctor who did not make this decision will review your appeal. If you are not satisfied after the "
           "appeal, you may ask for an independent external review within 4 months of our appeal decision.", 9.4)
    p.two_sigs([DRD, "Medical Director, Driftice Medical Assistance"], ["Oona B. Strandqvist", "Claims Manager, "
                                                                          "Remote Station Benefits"])
    p.nondiscrim(INS, "1-877-555-0126", size=7.0)
    t1 = truth("denial_letter", "medical_necessity", insurer=INS, plan_id=PLAN_ID, member_id=no, member_name=mem,
               cases=[cno, dno], claim_amount=m2(total), service_dates=[iso(fl)], denial_date=iso(nd),
               provider=OP, appeal_deadline=iso(plus(nd, 180)),
               alternates={"insurer": ALT, "case_numbers": [[cno]]}, denial_alternates=["not_covered"])
    d1 = out(p)
    # --- the operator's invoice ---
    q = LASheet(footer=None, footer_left=f"{OP}  \u00b7  Company no. {digits(rng, 7)}  \u00b7  Remit to ANZ account "
                                         f"ending {digits(rng, 4)}")
    q.set_margins(18, 14, 18)
    q.add_page()
    W = q.w - q.l_margin - q.r_margin
    q.f(17, "B")
    q.cell(W * 0.6, 8, "SOUTHWING", new_x="LMARGIN", new_y="NEXT")
    q.f(9)
    q.cell(W * 0.6, 4.6, "Aeromedical Ltd.  \u00b7  Polar and long-range air ambulance", new_x="LMARGIN",
           new_y="NEXT")
    q.f(7.6)
    q.cell(W * 0.6, 3.8, "Hangar 9, 44 Katabatic Drive, Christchurch 8053, New Zealand", new_x="LMARGIN", new_y="NEXT")
    q.cell(W * 0.6, 3.8, "Operations +64 3 555 0147  \u00b7  accounts@southwing.example", new_x="LMARGIN",
           new_y="NEXT")
    q.set_xy(q.l_margin + W * 0.6, 14)
    q.f(15, "B")
    q.cell(W * 0.4, 8, "INVOICE", align="R")
    q.kv_box([("Invoice no.", inv_no), ("Invoice date", day_long(inv_d)), ("Mission", f"SWM-{dtg(fl)}-02"),
              ("Aircraft", "ZK-SWJ"), ("Terms", "30 days")], q.l_margin + W * 0.56, 24, W * 0.44, cap_w=28, size=8.4)
    q.set_xy(q.l_margin, 40)
    q.f(7.4, "B")
    q.cell(80, 4, "BILL TO", new_x="LMARGIN", new_y="NEXT")
    for ln in [mem, "2207 Ptarmigan Ridge Rd", "Golden, CO 80401", "USA"]:
        q.line(ln, 9.4)
    q.set_y(max(q.get_y(), 62) + 4)
    q.pairs([("Patient", mem), ("Flight date", day_long(fl)), ("From / to", "Sable Col Station skiway - Christchurch "
                                                                             "International Airport"),
             ("Insurer", INS), ("Member no.", g3(no))], label_w=30, size=8.8, h=4.8)
    q.ln(3)
    q.wrap_table(["Description", "Amount (USD)"], [[s, n2(v)] for s, v in lines] +
                 [["Total due", usd(total)]], [W - 40, 40], size=8.8, aligns=["L", "R"], bold_last=True)
    q.para("We have sent a copy of this invoice to the insurer named above. Any amount the insurer does not pay is "
           "due from the patient. Payment received after 30 days may attract a late fee of 1.5% a month.", 8.6)
    t2 = truth("other", None, insurer=None, member_id=no, member_name=mem, claim_amount=m2(total),
               service_dates=[iso(fl)], denial_date=iso(inv_d), provider=OP,
               alternates={"member_id": [None]}, unscored=["insurer"])
    return cover, [(d1, t1), (out(q), t2)]


# ------------------------------------------------------------------------------------------------------------------
def phone_es(rng):
    mem = "Ignacio R. Pailamilla"
    no = mem_no(rng)
    CLI = "Clínica Cabo Froward"
    DR = "Dra. Aurelia Huenchumán"
    c_end = dt.date(2026, 1, 31)
    cov_end = plus(c_end, 30)
    sv = dt.date(2026, 3, 18)
    rcv = dt.date(2026, 3, 30)
    nd = dt.date(2026, 4, 15)
    cno = claim(rng)
    lines = [("99204", "Consulta médica, paciente nuevo", 248.00), ("76770", "Ecografía renal", 296.00),
             ("81001", "Análisis de orina", 68.00)]
    total = round(sum(x[2] for x in lines), 2)
    p = LASheet(footer="Página {n} de {nb}", footer_left=f"{INS}  \u00b7  TWH-ES-3")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_title("THULEWIND", "Aviso de decisión sobre su reclamación",
                 [f"{INS}  \u00b7  Beneficios para estaciones remotas  \u00b7  {BOX}",
                  f"Aseguradora del {PLAN}"],
                 ["Línea de miembros 1-877-555-0126", "Asistencia 24 horas +1 907 555 0190", "TTY 711"])
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [mem, "Pasaje Los Coigües 1480", "Punta Arenas", "Región de Magallanes, Chile"]:
        p.line(ln, 9.8)
    p.kv_box([("Fecha", es_date(nd)), ("N.º de miembro", g3(no)), ("Plan", PLAN_ID), ("Reclamación", cno),
              ("Recibida", slash(rcv))], p.w - p.r_margin - 84, y0, 84, cap_w=30, size=8.6)
    p.set_xy(p.l_margin, y0 + 33)
    p.para(f"Estimado Sr. {mem.split()[-1]}:", 10)
    p.para(f"Recibimos la reclamación de {CLI} por la atención que le dio la {DR} el {es_date(sv)} en Punta "
           f"Arenas: una consulta, una ecografía renal y un análisis de orina, por un total de USD {total:,.2f}.",
           9.6)
    p.timeline([(0.05, slash(dt.date(2026, 1, 2)), "inicio del contrato\nR/V Marram Petrel"),
                (0.45, slash(c_end), "fin del\ncontrato"), (0.72, slash(cov_end), "fin de la\ncobertura"),
                (0.93, slash(sv), "fecha de la\natención")], title="Sus fechas")
    p.para("El Plan cubre a cada contratista desde el primer día de viaje hacia la estación o el buque hasta 30 "
           f"días después de que termina su contrato. Su contrato con {SPONSOR} a bordo del buque de investigación "
           f"Marram Petrel terminó el {es_date(c_end)}, y su cobertura terminó el {es_date(cov_end)}. La atención "
           "fue después de esa fecha. Por eso el Plan no puede pagar esta reclamación.", 9.6)
    p.para("Si comienza un contrato nuevo con Bellgrave, su cobertura empezará de nuevo el primer día de viaje. Si "
           "cree que su contrato terminó en otra fecha, envíenos una copia de la carta de fin de contrato.", 9.6)
    p.para("Puede apelar esta decisión dentro de 180 días a partir de la fecha de esta carta. Escriba a "
           f"{INS}, Apelaciones, {BOX}, o envíe un mensaje por el portal. Puede pedir copias gratuitas de los "
           "documentos que usamos.", 9.6)
    p.para("Ejemplo (no es su caso): un contrato que termina el 10 de junio da cobertura hasta el 10 de julio.", 8.2)
    p.signoff(["Atentamente,", "Reclamaciones - Beneficios para estaciones remotas", INS])
    t = truth("denial_letter", "eligibility", insurer=INS, plan_id=PLAN_ID, member_id=no, member_name=mem,
              cases=[cno], claim_amount=m2(total), service_dates=[iso(sv)], denial_date=iso(nd), provider=CLI,
              appeal_deadline=iso(plus(nd, 180)), lang="es",
              alternates={"insurer": ALT, "provider": [DR, "Aurelia Huenchumán"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def rotated_gop(rng):
    mem = "Breda M. Quaintance"
    no = mem_no(rng)
    HOSP = "Avonside Private Hospital"
    SURG = "Mr. Hamish Tolleson"
    adm, dis = dt.date(2026, 5, 12), dt.date(2026, 5, 14)
    nd = dt.date(2026, 5, 4)
    req = dt.date(2026, 4, 28)
    gop = f"GOP-26-{digits(rng, 4)}"
    dno = case(rng)
    est_nzd = 38400.00
    est = 22656.00
    pay = 20390.40
    p = LASheet(footer=None, footer_left=f"{DMA}  \u00b7  DMA-GOP-2")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.spaced_head("Driftice Medical Assistance", "24-hour medical assistance for remote and polar work  \u00b7  "
                  "Anchorage  \u00b7  Christchurch", ["Assistance +1 907 555 0190", "Fax +1 907 555 0194",
                                                     "gop@driftice.example"],
                  admin=f"acting for {INS}, insurer of the {PLAN}", spacing=2.2)
    W = p.w - p.l_margin - p.r_margin
    p.f(14, "B")
    p.cell(0, 8, "GUARANTEE OF PAYMENT", align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    y0 = p.get_y()
    p.f(7.4, "B")
    p.cell(80, 4, "TO", new_x="LMARGIN", new_y="NEXT")
    for ln in [HOSP, "Patient Accounts - International", "17 Tussock Row", "Christchurch 8011", "New Zealand"]:
        p.line(ln, 9.4)
    p.right_caps([(day_long(nd), "date issued"), (gop, "guarantee no."), (dno, "assistance case"),
                  (g3(no), "member no."), (GROUP, "group")], p.w - p.r_margin - 82, y0, 82, size=8.8)
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 36) + 3)
    p.para(f"At the request of {SURG}, orthopaedic surgeon, received on {long(req)}, we confirm that the "
           f"{PLAN} will pay for the care below for our member {mem}, who left Sable Col Station on the scheduled "
           "crew flight of May 8, 2026.", 9.6)
    p.stay_box("Approved stay", long(adm), long(dis),
               [("Procedure", "Arthroscopic anterior cruciate ligament reconstruction, right knee (CPT 29888)"),
                ("Surgeon", SURG), ("Hospital", HOSP)], size=9.0)
    p.award("What the Plan will pay", [("Estimated charges (NZD)", f"NZ$ {est_nzd:,.2f}"),
                                       ("Estimated charges (USD at 0.59)", f"USD {est:,.2f}"),
                                       ("Member's share (10%)", f"USD {est - pay:,.2f}")],
            "The Plan will pay up to", f"USD {pay:,.2f}")
    p.para("Please send the final account to Driftice, quoting the guarantee number, within 60 days after "
           "discharge. Charges for days or services beyond those approved need a new guarantee. This guarantee "
           "is valid for an admission from May 10 to May 24, 2026 and ends if the member's coverage ends.", 9.0)
    p.para("This guarantee is not a refusal of anything. If the surgeon finds that more care is needed, call the "
           "assistance line at any hour before it is given.", 9.0)
    p.two_sigs(["Dr. Priya Anand-Whitlock", "Medical Director, Driftice Medical Assistance"],
               ["Rangi T. Mowbray", "Case Manager, Christchurch office"])
    p.para(f"cc: {mem}; Bellgrave Polar Logistics medical office  \u00b7  Issued {ymd_dots(nd)}", 7.4)
    t = truth("other", None, insurer=DMA, plan_id=None, group=GROUP, member_id=no, member_name=mem,
              cases=[gop, dno], claim_amount=m2(est), service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(nd),
              provider=HOSP,
              alternates={"insurer": [DMA, "Driftice Medical Assistance", "Driftice"] + ALT,
                          "claim_amount": [None, m2(pay)], "provider": [SURG, "Hamish Tolleson"],
                          "service_dates": [[iso(adm)], [iso(adm), iso(dis)]], "case_numbers": [[gop], [dno]]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def scanclean_wc(rng):
    mem = "Hollis R. Garthwaite"
    no = mem_no(rng)
    HC = "Foothills Hand & Upper Limb Center"
    DR = "Dr. Verity Pendlecross"
    inj = dt.date(2026, 2, 2)
    sv = dt.date(2026, 3, 10)
    rcv = dt.date(2026, 3, 24)
    nd = dt.date(2026, 4, 6)
    cno = claim(rng)
    total = 9860.00
    wc = "Fettercairn Mutual Casualty Company"
    wc_no = f"FMC-WC-{digits(rng, 7)}"
    ir = f"KH-IR-26-{digits(rng, 4)}"
    p = LASheet(footer="Page {n} of {nb}", foot_ids=f"{mem}  \u00b7  Member {g3(no)}  \u00b7  Claim {cno}  \u00b7  "
                                                    f"Letter {slash(nd)}")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.logo_title("THULEWIND", "Claim Decision", [f"{INS}  \u00b7  Remote Station Benefits  \u00b7  {BOX}",
                                                  f"Insurer of the {PLAN}"],
                 ["Member line 1-877-555-0126", "TTY 711"])
    W = p.w - p.l_margin - p.r_margin
    for ln in [wday_long(nd), "", mem, "611 Pika Hollow Rd", "Palmer, AK 99645"]:
        p.line(ln, 9.8)
    p.ln(3)
    p.over_boxes([(g3(no), "member no.", W * 0.24), (cno, "claim", W * 0.2), (long(sv), "date of surgery",
                  W * 0.26), (f"{total:,.2f} USD", "billed", W * 0.3)], size=9.0)
    p.over_boxes([(HC, "provider", W * 0.44), (DR, "surgeon", W * 0.26), (PLAN_ID + "  /  " + GROUP,
                  "plan / group", W * 0.3)], size=9.0)
    p.ln(2)
    p.flow_cols([
        "What happened",
        f"On {long(inj)} you injured your left hand in the vehicle maintenance shop at Kettleholm Station, when a "
        "sledge runner you were repairing slipped off its stand. The station physician treated you in the station "
        "clinic and you flew home on the next scheduled flight.",
        f"On {long(sv)}, {DR} at {HC} repaired two tendons and set a fracture of your fourth finger. We received "
        f"the claim on {long(rcv)}.",
        "What we decided",
        f"Your injury happened while you were doing your job at a Bellgrave station. {SPONSOR} carries workers' "
        f"compensation insurance with {wc}, and that carrier pays first for work injuries. The Plan does not pay "
        "for care that workers' compensation covers. We are not paying this claim.",
        f"The station's incident report ({ir}) was sent to the carrier, which opened claim {wc_no}. Please ask "
        f"{HC} to bill the carrier under that number.",
        "If the carrier refuses",
        "If the carrier decides that your injury is not covered by workers' compensation, send us its written "
        "decision. We will then look at the claim again under the Plan, without a new time limit for that claim.",
        "Your right to appeal",
        f"You may appeal within 180 days of the date of this letter. Write to {INS}, Appeals, {BOX}. You may send "
        "records and ask for copies of what we used, free of charge."], n=3, size=8.6, heads={0, 3, 6, 8})
    p.signoff(["Sincerely,", "Claims Department, Remote Station Benefits", INS])
    p.nondiscrim(INS, "1-877-555-0126", size=7.0)
    t = truth("denial_letter", "other", insurer=INS, plan_id=PLAN_ID, group=GROUP, member_id=no, member_name=mem,
              cases=[cno], claim_amount=m2(total), service_dates=[iso(sv)], denial_date=iso(nd), provider=HC,
              appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": ALT, "provider": [DR, "Verity Pendlecross"]},
              denial_alternates=["not_covered"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def photocopy_abroad(rng):
    mem = "Yusuf T. Allardyce"
    no = mem_no(rng)
    HOSP = "Riccarton Park Surgical Hospital"
    SURG = "Ms. Tamsin Ruakere"
    sv = dt.date(2026, 3, 3)
    rcv = dt.date(2026, 3, 16)
    nd = dt.date(2026, 4, 1)
    due = dt.date(2026, 9, 28)
    cno = claim(rng)
    nzd = 19060.00
    usd_amt = 11245.40
    p = LASheet(footer="Page {n} of {nb}", run_hdr=f"{mem}  \u00b7  {g3(no)}  \u00b7  {cno}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.split_head("THULE", "WIND", ["Health Assurance Company", "Remote Station Benefits"], thule_right(rng)[1:4],
                 admin=f"insurer of the {PLAN}  \u00b7  care abroad reviewed by {DMA}")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [mem, "48 Snowmass Bend", "Fairbanks, AK 99709"]:
        p.line(ln, 10)
    p.set_y(y0)
    p.after_ids([(day_long(nd), "date"), (g3(no), "member no."), (cno, "claim"), (PLAN_ID, "plan")],
                x=p.w - p.r_margin - 74, w=74, size=8.8)
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 26) + 3)
    p.para(f"Dear {mem}:", 10)
    p.side_heads([
        ("The claim", f"{HOSP} in Christchurch sent us a claim for the repair of an inguinal hernia by {SURG} on "
                      f"{long(sv)}, while you were in Christchurch on your way home from Sable Col Station. The "
                      f"hospital billed NZ$ {nzd:,.2f}, which is USD {usd_amt:,.2f} at the rate on the day of "
                      f"surgery. We received the claim on {long(rcv)}."),
        ("Our decision", "We are not paying this claim."),
        ("Why", "Planned care outside the United States must be approved by Driftice Medical Assistance before it is "
                "given. Emergency care does not need approval. The hospital's records show that the hernia was found "
                "at your station physical in November and that the surgery was booked two weeks ahead. It was not "
                "an emergency, and no one asked Driftice to approve it. If Driftice had been asked, it could have "
                "approved the surgery in Christchurch or arranged it at home."),
        ("What you can do", "If you believe the surgery was approved, or that it was urgent, you can appeal. Your "
                            f"appeal must reach us no later than {long(due)}. Write to {INS}, Appeals, {BOX}, and "
                            "send any records or messages that show approval or urgency."),
        ("Questions", "Call the member line at 1-877-555-0126. From outside the United States, call the 24-hour "
                      "line at +1 907 555 0190.")], head_w=34, size=9.3)
    p.excerpt("DRIFTICE CASE SEARCH", [f"Member {g3(no)}   searched {ymd_dots(rcv)}",
                                       "Approvals on file for 2026: none",
                                       f"Calls logged {dtg(dt.date(2026, 2, 20))} - {dtg(sv)}: 0"], size=7.8)
    p.signoff(["Sincerely,", "Claims Department", INS])
    t = truth("denial_letter", "prior_authorization", insurer=INS, plan_id=PLAN_ID, member_id=no, member_name=mem,
              cases=[cno], claim_amount=m2(usd_amt), service_dates=[iso(sv)], denial_date=iso(nd), provider=HOSP,
              appeal_deadline=iso(due),
              alternates={"insurer": ALT, "claim_amount": [m2(nzd)], "provider": [SURG, "Tamsin Ruakere"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def lowres_late(rng):
    sub, wife = "Magnus O. Trevethan", "Eloise N. Trevethan"
    no = mem_no(rng)
    UC = "Boulder Creekside Urgent Care"
    sv = dt.date(2026, 1, 8)
    rcv = dt.date(2026, 4, 20)
    nd = dt.date(2026, 4, 28)
    cno = claim(rng)
    lines = [("99213", "Urgent care visit", 198.00), ("87880", "Rapid strep test", 42.00),
             ("J0696", "Ceftriaxone injection, 250 mg", 64.00)]
    total = round(sum(x[2] for x in lines), 2)
    p = LASheet(footer="Page {n} of {nb}", footer_left=f"TWH-TF-1  \u00b7  {apos(nd)}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.spaced_head("Thulewind", f"{INS}  \u00b7  {BOX}", ["Member line 1-877-555-0126", "TTY 711"],
                  admin=f"Insurer of the {PLAN}, sponsored by {SPONSOR}", spacing=3.4, size=16)
    W = p.w - p.l_margin - p.r_margin
    p.window_addr(f"{no}*00  {nd.strftime('%m%d')}  TF", [sub.upper(), "1936 Quandary Ct", "Boulder, CO 80304"],
                  right=[(long(nd), "date of this notice"), (cno, "claim"), (f"{no}*01", "patient's member no."),
                         (GROUP, "group")], right_w=84)
    p.f(11.5, "B")
    p.cell(0, 6, "About a claim for Eloise", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dear {sub}:", 10)
    p.para(f"We received a claim from {UC} on {long(rcv)} for the care your wife, {wife}, received there on "
           f"{long(sv)}. The claim is for ${total:,.2f}:", 9.6)
    p.wrap_table(["Code", "Service", "Billed"], [[c, s, n2(v)] for c, s, v in lines] +
                 [["", "Total", n2(total)]], [22, W - 22 - 34, 34], size=8.8, aligns=["L", "L", "R"],
                 bold_last=True)
    p.para("The Plan pays claims that reach us within 90 days of the date of the service. For care given at a "
           "station or abroad, the time is 90 days after the contractor returns home. Eloise's visit was in "
           "Colorado, and 90 days from it ended on April 8, 2026. The claim reached us 102 days after the visit, "
           "so the Plan cannot pay it. The urgent care center may not bill you for a claim it sent late, if it is "
           "in the network.", 9.6)
    p.para("If the claim was sent on time and lost, or if something kept it from being sent, such as a mistake in "
           "the patient's member number, tell us. You may appeal within 180 days of the date of this notice. Write "
           f"to {INS}, Appeals, {BOX}, and include proof of when the claim was first sent.", 9.6)
    ys = p.sidebar([("Your plan", f"{PLAN_ID}  \u00b7  {GROUP}"), ("Contractor", f"{sub}  {no}*00"),
               ("Spouse", f"{wife}  {no}*01"), ("Your station", "Kettleholm Station, Greenland")],
              p.l_margin, p.get_y() + 1, W * 0.62, title="Who is covered", size=8.0)
    p.set_y(ys + 4)
    p.signoff(["Sincerely,", "Claims Department", INS])
    t = truth("denial_letter", "timely_filing", insurer=INS, plan_id=PLAN_ID, group=GROUP, member_id=f"{no}*01",
              member_name=wife, cases=[cno], claim_amount=m2(total), service_dates=[iso(sv)], denial_date=iso(nd),
              provider=UC, appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": ALT, "member_id": [no, f"{no}*00"]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [Item(F + "born_digital_eob_split_brand_member_box_pq_dental_code_q4_on_page_two", "born_digital",
                  [born_eob(rng)])]
    cover, docs = faxstd_stack(rng)
    items.append(Item(F + "faxstd_stack_dear_cover_medevac_not_necessary_upside_down_then_air_ambulance_invoice",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 180}))
    items += [
        Item(F + "phone_es_logo_beside_title_care_after_coverage_ended", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_driftice_guarantee_of_payment_knee_surgery", "rotated", [rotated_gop(rng)]),
        Item(F + "scanclean_three_columns_crush_injury_workers_comp_first", "scan_clean_300", [scanclean_wc(rng)]),
        Item(F + "photocopy_split_brand_hernia_repair_abroad_without_approval", "photocopy",
             [photocopy_abroad(rng)]),
        Item(F + "lowres_spaced_brand_spouse_star_suffix_late_claim", "scan_lowres_150", [lowres_late(rng)]),
    ]
    return items
