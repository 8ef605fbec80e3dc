"""An invented health plan for harbour pilots, tugboat crews and ferry crews: Kedge Health Plan (the trade name of the
Brannoch Estuary Marine Crews Welfare Fund; claims administered under contract by Halliard Claims Services, LLC).
Eligibility is earned by duty days reported by the employers (a pilots' association, a towing company, an island
ferry service): 60 duty days in a quarter make a member eligible for the quarter after the next. The plan pays after
any workers' compensation or vessel owner's (P&I) cover for injuries at work, pays observation rather than inpatient
when a stay does not need inpatient care, does not pay for hearing protection worn for work (the employer's safety
equipment) or for investigational treatment, and takes claims for 120 days after the date of service. Member numbers
"KD" + seven digits + "-" + a two-digit person code, claims "26-" + five digits + "-00", utilization reviews "UR-26-"
+ five digits. Everything is invented (phones 555); CPT / HCPCS codes and adjustment reason codes appear as themselves.

Documents (8 in 7 files):
- born_digital_claims_statement_custom_ear_plugs_line_code_n7: the member's claims statement: three claims in ruled
  blocks, each opening with a dark strip holding claim number, patient and provider; the audiology claim's two custom
  ear mould lines refused by code N7, explained in the code list; duty-day bank and license numbers as decoys.
- faxstd_payment_register_claim_no_first_modifier_and_bundled_lines: the plan's provider payment register
  to a medical group (ten claims): claim number first, then patient and member number, a rendered-by / billed-by row under each
  claim, one claim's office visit (no modifier 25) and injection (bundled) refused; a P&I club's claim number on
  another patient's claim; the register's table broken across pages with its head repeated.
- faxstd_stack_dispatch_cover_ladder_fall_comp_first_p2_upside_down_then_duty_days: the pilots'
  association dispatch office's fax cover to the compensation carrier's adjuster, the plan's letter refusing a pilot's
  wrist surgery after a fall from a pilot ladder as a work injury (the comp carrier's claim number, the pilot's
  credential and license numbers printed; page 2 upside down), and the plan's duty-day eligibility notice (denies
  nothing).
- scanlow_es_hipotermia_agua_fria_observacion: a Spanish notice that a ferry deckhand's two-day
  stay for cold-water hypothermia is paid as observation; identifiers reverse-printed in a dark band; a Coast Guard
  case number as a decoy.
- faxfine_child_claim_not_eligible_duty_days_captions_beside: the plan's notice that a tug deckhand's daughter's
  visit is not covered because the employer reported too few duty days; captions to the right of values; a
  self-payment deadline and a per-day price as decoys; the appeal date printed.
- photocopy_rtms_tinnitus_investigational_dark_band: pre-service notice that repetitive transcranial
  magnetic stimulation for noise-induced tinnitus is investigational; dark band with member number, review number and
  date of notice; rights in two columns; the hearing aid benefit amount and an audiogram date as decoys.
- scanclean_late_claim_after_pi_club_returned_it: the plan's notice that a ferry mate's walk-in clinic claim came in
  after the 120-day limit, after the vessel owner's P&I club had returned it (the club's claim number printed).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundep_fampd import (EPSheet, abbr, digits, dispatch_cover, dmy, dmy_dash, es_date, iso, long, n2, phone,
                               plus, short_md, slash, tollfree, upper, usd, wday, yy)
from public_kit import m2, out, truth

FAMILY = ("kedge_harbour_pilots_tug_and_ferry_crews_plan_duty_day_eligibility_ear_plugs_modifier_ladder_fall_comp_"
          "cold_water_stay_tinnitus_rtms_late_claim_refusals")
LANG = "en"
SEED = 355153
PLAN = "Kedge Health Plan"
FUND = "Brannoch Estuary Marine Crews Welfare Fund"
ADMIN = "Halliard Claims Services, LLC"
PLAN_ALT = ["Kedge", FUND, "Kedge Health Plan for harbour pilots, tug & ferry crews"]
PILOTS = ("Brannoch Bar Pilots' Association", "PIL-0107")
TUG = ("Osgarth Harbour Towing Co.", "TUG-0522")
FERRY = ("Kilvenna Island Ferry Service", "FRY-0630")
FOOT = ("Kedge Health Plan is the trade name of the Brannoch Estuary Marine Crews Welfare Fund, a multiemployer "
        "plan run by a Board of Trustees. Halliard Claims Services, LLC administers claims under contract with the "
        "Board and does not insure any benefit.")


def kid(rng, person="00"):
    return f"KD{digits(rng, 7)}-{person}"


def claim_no(rng):
    return f"26-{digits(rng, 5)}-00"


def kedge_head(p, rng, unit, box=None, es=False):
    if es:
        p.brand_head("KEDGE", "Plan de salud para prácticos de puerto, tripulaciones de remolcadores y de ferris",
                     [unit, f"PO Box 6{digits(rng, 3)}, Port Osgarth, BE 71520"],
                     [f"Servicios al Miembro {tollfree(rng, '855')}", "Español: opción 3", "TTY 711"], mark="anchor",
                     desc_over="Estuario de Brannoch  \u00b7  desde 1974", box=box, serif_brand=True, brand_size=26)
    else:
        p.brand_head("KEDGE", "Health Plan for harbour pilots, tug & ferry crews",
                     [unit, f"PO Box 6{digits(rng, 3)}, Port Osgarth, BE 71520"],
                     [f"Member Services {tollfree(rng, '855')}", f"Fax {phone(rng, '207')}", "TTY 711"],
                     mark="anchor", desc_over="Brannoch Estuary  \u00b7  since 1974", box=box, serif_brand=True,
                     brand_size=26)


def claim_block(p, head: list[tuple[str, str, float]], rows, widths, aligns, size=8.2):
    """A claim in its own ruled block: a dark strip with its identifiers, then its service lines."""
    p.band(head, dark=True, size=8.8, cap=6.0, h=9.2)
    p.set_y(p.get_y() - 3)
    p.run_table(["Date", "Service", "Charged", "Plan allows", "Plan paid", "Your part", "Code"], rows, widths,
                aligns=aligns, size=size, row_h=5.0, bold_rows={len(rows) - 1}, head_fill=235)


# ------------------------------------------------------------------------------------------------------------------
def born_statement(rng):
    pilot = "Evander J. Rosskelly"
    wife = "Marit S. Rosskelly"
    AUD = "Tollmarsh Hearing & Audiology"
    aud = "Oona Blackadder, AuD"
    sd = dt.date(2026, 4, 17)
    base = f"KD{digits(rng, 7)}"
    mid, mid_w = base + "-00", base + "-01"
    mmc = "MMC " + digits(rng, 7)
    lic = "BP-" + digits(rng, 3)
    claims = [
        (wife, mid_w, "Greywell Dermatology - Dr. Imogen Faircloth", dt.date(2026, 3, 3),
         [("99203", "New patient visit", 240.00, 151.20, 30.24, ""), ("11102", "Skin biopsy", 195.00, 98.60,
                                                                       19.72, "")]),
        (pilot, mid, f"{AUD} - {aud}", dt.date(2026, 3, 16),
         [("92557", "Hearing test, comprehensive", 165.00, 88.40, 17.68, ""),
          ("92567", "Tympanometry", 60.00, 27.10, 5.42, ""),
          ("V5264", "Ear mould, custom, x2", 190.00, 0.00, 0.00, "N7")]),
        (pilot, mid, "Port Osgarth Family Practice - Dr. Ruairi Cadwallader", dt.date(2026, 3, 27),
         [("99214", "Office visit", 226.00, 141.80, 28.36, ""), ("93000", "ECG", 58.00, 19.30, 3.86, "")]),
    ]
    cnos = [claim_no(rng) for _ in claims]
    p = EPSheet(footer="Page {n} of {nb}", run_foot=f"Claims statement  \u00b7  {pilot}  \u00b7  Member no. {mid}  "
                                                     f"\u00b7  17 April 2026")
    p.set_margins(16, 14, 16)
    p.add_page()
    kedge_head(p, rng, "Member Claims  \u00b7  administered by Halliard Claims Services", box="CLAIMS STATEMENT")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.address_block([f"CAPT {pilot.upper()}", f"{rng.randint(10, 99)} SKERRY LANE", "PORT OSGARTH BE 71523"], 9.4)
    p.label_col([("Statement of", "17 April 2026"), ("Member", pilot), ("Member no.", mid),
                 ("Employer group", f"{PILOTS[0]} ({PILOTS[1]})"), ("Benefit plan", "KHP-A (full benefits)"),
                 ("Duty-day bank", "212 days at 31 March 2026")], p.l_margin + W * 0.46, y0, W * 0.54, 30, size=8.6,
                h=4.6)
    p.set_y(p.get_y() + 3)
    p.small("This is not a bill. It shows what Kedge Health Plan did with claims we processed from 1 March to 15 "
            "April 2026 for you and your family. Amounts are in US dollars. A code in the last column is explained under "
            "Codes, after the claims.", 8)
    widths = [W * 0.13, W * 0.31, W * 0.11, W * 0.12, W * 0.11, W * 0.11, W * 0.11]
    aligns = ["L", "L", "R", "R", "R", "R", "C"]
    for (pt, m, prov, d, lines), c in zip(claims, cnos):
        rows, tb, tp, ty = [], 0.0, 0.0, 0.0
        for code, desc, b, a, co, rmk in lines:
            paid = round(a - co, 2)
            you = b if rmk else co
            rows.append([dmy_dash(d), f"{code} {desc}", n2(b), n2(a), n2(paid), n2(you), rmk])
            tb, tp, ty = tb + b, tp + paid, ty + you
        rows.append(["", "Claim total", n2(tb), "", n2(tp), n2(ty), ""])
        p.ln(1)
        claim_block(p, [("Claim", c, 0.2), ("Patient", f"{pt}  {m}", 0.34), ("Provider", prov, 0.46)], rows, widths,
                    aligns)
    p.ln(1)
    p.glossary("Codes", [
        ("N7", "Hearing protection made or fitted for use at work, such as custom ear moulds or plugs for engine-room "
               "or deck noise, is safety equipment the employer provides. It is excluded under Plan Rule 9.4(k). "
               "Kedge pays nothing for this line; you may owe the provider."),
        ("(blank)", "Paid under your plan. Your part is the 20% coinsurance after the deductible."),
    ], size=7.8, code_w=15)
    p.heading("Year to date (calendar 2026)", 9.4)
    p.small("Deductible: 400.00 of 400.00 met (member); 512.16 of 800.00 met (family).  Out-of-pocket: 688.40 of "
            "4,000.00.  Hearing aid benefit: 2,400.00 every 36 months, none used.", 7.8)
    p.heading("If you disagree", 9.4)
    p.small("You may appeal to the Board of Trustees in writing within 180 days of the date of this statement. Send "
            "your letter, the claim number and any papers to Kedge Appeals, PO Box 6120, Port Osgarth, BE 71520. For "
            "urgent care the appeal is decided within 72 hours.", 7.8)
    p.small(f"Your credentials on file (for fitness-for-duty claims only): {mmc}; state pilot license {lic}.", 7.2)
    p.signature([ADMIN, "for the Board of Trustees"], 8.4)
    p.small(FOOT, 6.6)
    t = truth("eob", "not_covered", insurer=PLAN, plan_id="KHP-A", group=PILOTS[1], member_id=mid, member_name=pilot,
              cases=[cnos[1]], claim_amount="415.00", service_dates=[iso(claims[1][3])], denial_date=iso(sd),
              provider=AUD, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": PLAN_ALT, "claim_amount": ["190.00"],
                          "provider": [aud, "Oona Blackadder", f"{AUD} - {aud}"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_register(rng):
    pd = dt.date(2026, 5, 8)
    GROUP = "Kilvenna Harbour Medical Group"
    docs = ["Hamish Tulloch, MD", "Ines Kowalewska, DO", "Noor Haddad, NP"]
    pts = [("Torvald B. Nyquist", TUG), ("Saoirse L. McAndrew", FERRY), ("Ezekiel P. Varnham", PILOTS),
           ("Wilhelmina C. Trask", FERRY), ("Rufus D. Penhallow", TUG), ("Ottoline F. Grange", FERRY),
           ("Barnabas H. Creed", TUG), ("Perdita J. Ollerenshaw", PILOTS), ("Lucius V. Tregothnan", FERRY),
           ("Jessamy R. Polwhele", TUG)]
    R = 1
    dates = [dt.date(2026, 4, 6), dt.date(2026, 4, 7), dt.date(2026, 4, 9), dt.date(2026, 4, 13),
             dt.date(2026, 4, 14), dt.date(2026, 4, 16), dt.date(2026, 4, 20), dt.date(2026, 4, 21),
             dt.date(2026, 4, 23), dt.date(2026, 4, 24)]
    plans = [
        [("99213", "", 172.00, 108.40, 86.72, "")],
        [("99214", "", 230.00, 0.00, 0.00, "C4"), ("20610", "RT", 295.00, 112.50, 90.00, ""),
         ("J1030", "", 28.00, 5.80, 4.64, ""), ("96372", "", 45.00, 0.00, 0.00, "C9")],
        [("99395", "", 260.00, 174.00, 174.00, "")],
        [("99213", "", 172.00, 108.40, 86.72, ""), ("87880", "", 44.00, 15.60, 12.48, "")],
        [("12002", "", 310.00, 141.30, 113.04, "P2"), ("90715", "", 68.00, 41.20, 32.96, "P2")],
        [("99212", "", 118.00, 72.90, 58.32, "")],
        [("99214", "25", 230.00, 152.60, 122.08, ""), ("69210", "", 132.00, 48.70, 38.96, "")],
        [("99204", "", 345.00, 228.90, 183.12, ""), ("92552", "", 52.00, 22.40, 17.92, "")],
        [("99213", "", 172.00, 108.40, 86.72, ""), ("94010", "", 88.00, 31.70, 25.36, ""),
         ("94640", "", 41.00, 14.90, 11.92, "")],
        [("99396", "", 275.00, 186.30, 186.30, ""), ("90471", "", 32.00, 19.10, 19.10, ""),
         ("90686", "", 38.00, 22.75, 22.75, "")],
    ]
    pi = f"TR-PI-26-{digits(rng, 4)}"
    rows, bold, shade = [], set(), set()
    ref = {}
    tb_all = tp_all = 0.0
    for i, ((pt, (emp, grp)), d, lines) in enumerate(zip(pts, dates, plans)):
        c = claim_no(rng)
        m = kid(rng, rng.choice(["00", "00", "01", "02"]) if i != R else "01")
        rd = docs[i % 3] if i != R else docs[1]
        shade.add(len(rows))
        tb = tp = 0.0
        first = True
        for code, mod, b, a, paid, rc in lines:
            lead = [c, pt, m] if first else ["", "", ""]
            rows.append(lead + [yy(d), code + (f"-{mod}" if mod else ""), n2(b), n2(a), n2(paid), rc])
            first = False
            tb, tp = tb + b, tp + paid
        note = f"   Rendered by {rd}  \u00b7  Billed by {GROUP}  \u00b7  {emp}"
        rows.append([note, "", "", "", "", "", "", "", ""])
        if i == 4:
            rows.append([f"   Primary payer: Tern Rock P&I Assn, its claim {pi} (paid 0.00, crew injury aboard)", "", "",
                         "", "", "", "", "", ""])
        bold.add(len(rows))
        rows.append(["", "Claim total", "", "", "", n2(tb), "", n2(tp), ""])
        tb_all, tp_all = tb_all + tb, tp_all + tp
        if i == R:
            ref = dict(pt=pt, m=m, c=c, d=d, billed=tb, rd=rd, grp=grp)
    fax_no = phone(rng, "207")
    p = EPSheet(footer="Page {n} of {nb}",
                fax_hdr=f"MAY-08-2026 15:21  KEDGE HEALTH PLAN PROV SVCS  {fax_no}  >> KILVENNA HBR MED GRP  P.{{n}}",
                run_hdr=f"Provider payment register  \u00b7  payment date {slash(pd)}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(11, 13, 11)
    p.add_page()
    kedge_head(p, rng, "Provider Services", box="PROVIDER PAYMENT REGISTER")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.address_block([GROUP, "Attn: Billing Office", f"{rng.randint(2, 90)} Ferry Slip Road", "Kilvenna BE 71588"],
                    9.2)
    npi = "1" + digits(rng, 9)
    tin = f"01-{digits(rng, 7)}"
    chk = digits(rng, 8)
    p.label_col([("Payment date", slash(pd)), ("Check / EFT no.", chk), ("Payee NPI", npi), ("Payee tax ID", tin),
                 ("Claims in this register", str(len(pts))), ("Total paid", usd(tp_all))],
                p.l_margin + W * 0.55, y0, W * 0.45, 34, size=8.4, h=4.5)
    p.set_y(max(p.get_y(), y0 + 20) + 3)
    p.run_table(["Claim no.", "Patient", "Member no.", "DOS", "Code", "Billed", "Allowed", "Paid", "Rsn"], rows,
                [W * 0.12, W * 0.2, W * 0.13, W * 0.09, W * 0.09, W * 0.1, W * 0.1, W * 0.1, W * 0.07],
                aligns=["L", "L", "L", "L", "L", "R", "R", "R", "C"], size=7.6, row_h=4.8, bold_rows=bold,
                shade_rows=shade, foot_room=30)
    p.set_font("Sans", "B", 8.4)
    p.cell(0, 5, f"Register totals: billed {n2(tb_all)}   paid {n2(tp_all)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.glossary("Reason codes", [
        ("C4", "CARC 4: the procedure code is inconsistent with the modifier used, or a required modifier is missing. "
               "An office visit billed on the same day as a joint injection needs modifier 25 and notes showing a "
               "separate problem. Not paid; may not be billed to the member. Send a corrected claim."),
        ("C9", "CARC 97: the injection administration is included in the joint injection (20610) on the same day. "
               "Not paid separately; may not be billed to the member."),
        ("P2", "Paid as secondary. The vessel owner's P&I club was billed first for an injury aboard."),
        ("(blank)", "Paid at the Kedge fee schedule less member coinsurance."),
    ], size=7.4, code_w=15)
    p.small("Reconsideration: a provider may ask Kedge Health Plan to reconsider a line in writing within 90 days of "
            "the payment date of this register. A corrected claim with the right modifier is not a reconsideration; "
            "send it within the 120-day filing limit from the date of service. Interest on late payments is "
            "figured at the state rate (for example, 12% a year on 100.00 for 30 days is 0.99).", 7.6)
    p.small(FOOT, 6.6)
    t = truth("eob", "coding_error", insurer=PLAN, member_id=ref["m"], member_name=ref["pt"],
              cases=[ref["c"]], claim_amount=m2(ref["billed"]), service_dates=[iso(ref["d"])], denial_date=iso(pd),
              provider=ref["rd"].split(",")[0], appeal_deadline=iso(plus(pd, 90)),
              alternates={"insurer": PLAN_ALT, "claim_amount": ["275.00"],
                          "provider": [GROUP, ref["rd"], "Dr. " + ref["rd"].split(",")[0]]},
              type_alternates=["denial_letter"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def stack_ladder(rng):
    pilot = "Alasdair N. Trevanion"
    ORTHO = "Osgarth Bay Orthopaedics"
    surg = "Linnea Vardakis"
    adj = "Celandine Aske"
    disp = "Jory Penrose"
    fall = dt.date(2026, 3, 9)
    surgery = dt.date(2026, 3, 11)
    ld = dt.date(2026, 4, 7)
    ed = dt.date(2026, 4, 10)
    fax_day = dt.date(2026, 4, 14)
    mid = kid(rng)
    c = claim_no(rng)
    comp = f"MC-26-{digits(rng, 5)}"
    mmc = digits(rng, 7)
    lic = "BP-" + digits(rng, 3)
    incident = f"BBPA-IR-26-{digits(rng, 3)}"
    billed = 11240.00
    cover = dispatch_cover(
        PILOTS[0].upper(), ["Dispatch Office", "Pilot Station, Breakwater Road, Port Osgarth BE 71521",
                            f"Tel {phone(rng, '207')}"],
        f"{adj}, Marine Comp Claims, Teal Harbor Mutual", phone(rng, "401"), f"{disp}, dispatcher", slash(fax_day),
        "4", f"Capt. {pilot} - your claim {comp}",
        [f"Celandine - Capt. {pilot.split()[-1]} asked us to send you the two letters he got from Kedge. Kedge says "
         "the wrist surgery goes to comp first. He is off the board until cleared.", "Jory"],
        [(slash(fall), "MV HALCYON STAR (inbound)", f"Capt. {pilot.split()[-1]} - boarding, ladder"),
         (slash(plus(fall, 1)), "TB OSGARTH PRIDE (assist)", "reassigned"),
         (slash(plus(fall, 2)), "MV NORTHERN TALLY (outbound)", "reassigned")])
    # --- the refusal (2 pages)
    p = EPSheet(footer="Page {n} of {nb}", run_hdr=f"Kedge Health Plan  \u00b7  {pilot}  \u00b7  claim {c}")
    p.set_margins(18, 15, 18)
    p.add_page()
    kedge_head(p, rng, "Claims Review", box="CLAIM DENIAL")
    W = p.w - p.l_margin - p.r_margin
    p.band([("Member no.", mid, 0.3), ("Claim no.", c, 0.3), ("Date of notice", slash(ld), 0.4)], dark=False,
           title="KEDGE")
    p.address_block([f"Capt. {pilot}", f"{rng.randint(3, 80)} Capstan Row", "Port Osgarth BE 71522"], 9.8)
    p.ln(4)
    p.boxed_pairs([("Employer group", f"{PILOTS[0]}  ({PILOTS[1]})"),
                   ("Provider", f"{ORTHO} - Dr. {surg}"),
                   ("Service", "Open treatment of wrist fracture, left (CPT 25607)"),
                   ("Date of service", long(surgery)), ("Charged", usd(billed)),
                   ("Other coverage", f"Teal Harbor Mutual Insurance Co., claim {comp}")], label_w=44, size=9)
    p.para(f"Dear Captain {pilot.split()[-1]}:", 9.8)
    p.para(f"{ORTHO} billed Kedge Health Plan for your wrist surgery. **We are denying this claim** because the "
           f"injury happened at work: the report from the Association (incident {incident}) says you fell from the "
           f"pilot ladder while boarding an inbound vessel on {long(fall)}.", 9.6)
    p.para("Under Plan Rule 11.2, the Plan does not pay for an injury or illness that arises out of a member's work "
           "when workers' compensation, the Longshore Act, maintenance and cure or another employer-provided cover "
           "applies. Your Association carries compensation coverage for its pilots with Teal Harbor Mutual. That "
           "carrier should be billed first.", 9.6)
    p.add_page()
    p.heading("What happens next", 10.4)
    p.bullets(["Ask the surgeon's office to bill Teal Harbor Mutual under the claim number above.",
               "If Teal Harbor Mutual denies the claim in writing (for example, because it finds the fall was not "
               "work-related), send us its denial. We will then process the claim under your Kedge benefits.",
               "While you are off the dispatch board because of this injury, the Plan credits you with disability "
               "duty days, so your eligibility is not affected."], 9.2)
    p.heading("Your right to appeal", 10.4)
    p.para("You may appeal this decision to the Board of Trustees. Your written appeal must be received within 180 "
           "days of the date of this letter. Send it to Kedge Appeals, PO Box 6120, Port Osgarth, BE 71520. You may "
           "see the claim file and the Plan Rules free of charge.", 9.2)
    p.small(f"On file for this member: US Coast Guard merchant mariner credential no. {mmc}; state pilot license "
            f"{lic}. These are not claim numbers.", 7.4)
    p.signature(["Claims Review", ADMIN, "Contract administrator to the Board of Trustees"], 9.2)
    p.small(FOOT, 6.6)
    t1 = truth("denial_letter", "other", insurer=PLAN, group=PILOTS[1], member_id=mid, member_name=pilot, cases=[c],
               claim_amount=m2(billed), service_dates=[iso(surgery)], denial_date=iso(ld), provider=ORTHO,
               appeal_deadline=iso(plus(ld, 180)),
               alternates={"insurer": PLAN_ALT, "provider": [f"Dr. {surg}", surg, f"{ORTHO} - Dr. {surg}"]})
    # --- the duty-day notice (denies nothing)
    q = EPSheet(footer=None)
    q.set_margins(18, 15, 18)
    q.add_page()
    kedge_head(q, rng, "Eligibility Office", box="ELIGIBILITY NOTICE")
    W = q.w - q.l_margin - q.r_margin
    y0 = q.get_y()
    q.address_block([f"Capt. {pilot}", f"{rng.randint(3, 80)} Capstan Row", "Port Osgarth BE 71522"], 9.8)
    yb = q.beside([(abbr(ed), "date of this notice"), (mid, "member no."), (PILOTS[1], "employer group"),
                   ("KHP-A", "benefit plan")], q.l_margin + W * 0.5, y0, W * 0.5, size=9, h=5.2)
    q.set_xy(q.l_margin, max(yb, q.get_y()) + 6)
    q.heading("You are eligible for the quarter beginning July 1, 2026", 11)
    q.para(f"Dear Captain {pilot.split()[-1]}:", 9.8)
    q.para("Eligibility under Kedge Health Plan is earned by duty days your employer reports. Sixty duty days in a "
           "work quarter make you eligible for the benefit quarter that starts three months after it ends.", 9.6)
    q.table(["Work quarter", "Duty days reported", "Disability days credited", "Total", "Benefit quarter"],
            [["Jan 1 - Mar 31, 2026", "58", "17", "75", "Jul 1 - Sep 30, 2026"]],
            [W * 0.22, W * 0.2, W * 0.22, W * 0.12, W * 0.24], size=8.8)
    q.para(f"The 17 disability days are for {short_md(plus(fall, 1))} through 3/31/2026, after your injury of "
           f"{short_md(fall)}. You have full benefits (plan KHP-A) for you and your enrolled family through "
           "September 30, 2026. Your duty-day bank now holds 189 days.", 9.4)
    q.para("You do not need to do anything. If the numbers above do not match your dispatch records, call the "
           "Eligibility Office within 60 days.", 9.4)
    q.signature(["Eligibility Office", "Kedge Health Plan"], 9.4)
    q.small(FOOT, 6.6)
    t2 = truth("other", None, insurer=PLAN, plan_id="KHP-A", group=PILOTS[1], member_id=mid, member_name=pilot,
               denial_date=iso(ed), alternates={"insurer": PLAN_ALT})
    return cover, [(out(p), t1), (out(q), t2)]


# ------------------------------------------------------------------------------------------------------------------
def scanlow_es(rng):
    mem = "Rigoberto A. Zamarripa"
    HOSP = "Kilvenna Island Regional Hospital"
    dra = "Itzel Bocanegra"
    nd = dt.date(2026, 3, 16)
    a, b = dt.date(2026, 2, 21), dt.date(2026, 2, 23)
    mid = kid(rng)
    c = claim_no(rng)
    uscg = f"26-{digits(rng, 4)}-KV"
    billed = 14906.35
    p = EPSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 15, 18)
    p.add_page()
    kedge_head(p, rng, "Revisión de Hospitalizaciones", box="AVISO DE DECISIÓN", es=True)
    W = p.w - p.l_margin - p.r_margin
    p.band([("Nº de miembro", mid, 0.3), ("Nº de reclamación", c, 0.3), ("Fecha del aviso", es_date(nd), 0.4)],
           dark=True)
    p.address_block([mem, f"{rng.randint(10, 99)} Calle del Muelle", "Kilvenna BE 71589"], 9.8)
    p.ln(4)
    p.pairs([("Grupo", f"{FERRY[0]} ({FERRY[1]})"), ("Hospital", HOSP), ("Médica a cargo", f"Dra. {dra}"),
             ("Estancia", f"del {es_date(a)} al {es_date(b)}"), ("Cargos del hospital", usd(billed))], label_w=44,
            size=9.4)
    p.ln(2)
    p.para(f"Estimado Sr. {mem.split()[-1]}:", 9.8)
    p.para(f"El {es_date(a)} usted llegó al {HOSP} con hipotermia después de caer al agua fría cuando se volcó su "
           f"kayak, en un día libre. El hospital lo ingresó y usted salió el {es_date(b)}.", 9.6)
    p.heading("Nuestra decisión", 10.4)
    p.para("**Kedge pagará esta estancia como observación, no como hospitalización.** Revisamos el expediente: su "
           "temperatura volvió a lo normal en las primeras horas con mantas térmicas y líquidos tibios, los análisis "
           "del corazón y de los riñones fueron normales y no necesitó cuidados intensivos. Según los criterios de "
           "Kedge, esta atención corresponde a una estancia de observación en el hospital. El nivel de atención de "
           "hospitalización se deniega.", 9.4)
    p.para("El hospital es parte de la red de Kedge y no puede cobrarle la diferencia. Usted paga el coaseguro de "
           "servicios ambulatorios (20 %), no el copago de hospitalización de $350.00.", 9.4)
    p.para(f"La Guardia Costera registró su rescate con el número de caso {uscg}. Ese número no es de Kedge y no "
           "cambia esta decisión.", 9.4)
    p.heading("Si no está de acuerdo", 10.4)
    p.para("Usted, el hospital o la Dra. " + dra.split()[-1] + " pueden apelar ante la Junta de Fideicomisarios. La "
           "apelación debe recibirse dentro de 180 días de la fecha de este aviso. Si su salud corre peligro, pida "
           "una apelación urgente: se decide en 72 horas.", 9.2)
    p.signature(["Atentamente,", "Revisión de Hospitalizaciones, Kedge Health Plan",
                 "Halliard Claims Services, LLC, administrador por contrato"], 9.2)
    p.small("Kedge Health Plan es el nombre comercial del Brannoch Estuary Marine Crews Welfare Fund. Halliard Claims "
            "Services, LLC administra las reclamaciones y no asegura ningún beneficio.", 6.8)
    t = truth("denial_letter", "level_of_care", insurer=PLAN, group=FERRY[1], member_id=mid, member_name=mem,
              cases=[c], claim_amount=m2(billed), service_dates=[f"{iso(a)}/{iso(b)}"], denial_date=iso(nd),
              provider=HOSP, appeal_deadline=iso(plus(nd, 180)), lang="es",
              alternates={"insurer": PLAN_ALT, "provider": [f"Dra. {dra}", dra]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxfine_child(rng):
    dad = "Cormac D. Lennox"
    kid_ = "Aoife M. Lennox"
    PED = "Brannoch Pediatrics"
    ped = "Cosima Haverfield"
    nd = dt.date(2026, 5, 5)
    visit = dt.date(2026, 4, 14)
    selfpay = dt.date(2026, 5, 29)
    due = dt.date(2026, 11, 1)
    base = f"KD{digits(rng, 7)}"
    mid_dad, mid_kid = base + "-00", base + "-02"
    c = claim_no(rng)
    billed = 286.00
    p = EPSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 15, 18)
    p.add_page()
    kedge_head(p, rng, "Eligibility Office  \u00b7  Claims", box="NOTICE OF DENIED CLAIM")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.address_block([dad, f"{rng.randint(100, 990)} Towpath Road", "Osgarth Mills BE 71540"], 9.8)
    yb = p.beside([(upper(nd), "notice date"), (kid_, "patient"), (mid_kid, "patient's member no."), (c, "claim"),
                   (f"Dr. {ped}, {PED}", "provider"), (slash(visit), "date of service"), (n2(billed), "charged"),
                   (mid_dad, "member (parent)"), (TUG[1], "employer group")], p.l_margin + W * 0.44, y0, W * 0.56,
                  size=8.8, h=5.0, split=0.62)
    p.set_xy(p.l_margin, max(yb, p.get_y()) + 6)
    p.para(f"Dear Mr. {dad.split()[-1]}:", 9.8)
    p.para(f"We received a claim from {PED} for {kid_.split()[0]}'s visit on {long(visit)}. **Kedge cannot pay it, "
           "because you and your family were not eligible for benefits on that date.**", 9.6)
    p.heading("Why", 10.4)
    p.para(f"Eligibility for April 1 - June 30, 2026 depends on the duty days {TUG[0]} reported for the work quarter "
           "October 1 - December 31, 2025. You needed 60 duty days. Your employer reported 38:", 9.4)
    p.table(["Month", "Vessel(s)", "Duty days", "Duty hours"],
            [["October 2025", "TB Osgarth Pride", "16", "192"], ["November 2025", "TB Osgarth Pride", "14", "168"],
             ["December 2025", "TB Marram (relief)", "8", "96"], ["Quarter total", "", "38", "456"]],
            [W * 0.25, W * 0.35, W * 0.2, W * 0.2], size=8.8, bold_last=True)
    p.para("Your duty-day bank was empty at the end of September 2025, so no banked days could make up the "
           "difference. Coverage for you and your dependants ended on March 31, 2026.", 9.4)
    p.heading("Ways to restore coverage", 10.4)
    p.para(f"You may buy the 22 missing duty days at $41.50 a day ($913.00) by self-payment. The Eligibility Office "
           f"must receive it by {long(selfpay)}. If it does, coverage is restored from April 1 and this claim will be "
           "processed again. If your employer left out days you worked, ask it to send a corrected report.", 9.4)
    p.heading("Your right to appeal", 10.4)
    p.para(f"You may appeal to the Board of Trustees. Your written appeal must be received by {long(due)}. Send it "
           "to Kedge Appeals, PO Box 6120, Port Osgarth, BE 71520, with any pay stubs or logbook pages that show "
           "more duty days.", 9.2)
    p.signature(["Eligibility Office", "Kedge Health Plan", f"({ADMIN}, administrator)"], 9.2)
    p.small(FOOT, 6.6)
    t = truth("denial_letter", "eligibility", insurer=PLAN, group=TUG[1], member_id=mid_kid, member_name=kid_,
              cases=[c], claim_amount=m2(billed), service_dates=[iso(visit)], denial_date=iso(nd), provider=PED,
              appeal_deadline=iso(due),
              alternates={"insurer": PLAN_ALT, "provider": [f"Dr. {ped}", ped, f"Dr. {ped}, {PED}"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def photocopy_rtms(rng):
    mem = "Sigrid E. Holmquist"
    CLIN = "Brannoch Tinnitus & Balance Clinic"
    doc = "Ansel Kroenke"
    rev = "Perpetua Lisgar"
    nd = dt.date(2026, 5, 20)
    got = dt.date(2026, 5, 11)
    start = dt.date(2026, 6, 8)
    audio = dt.date(2025, 11, 4)
    mid = kid(rng)
    ur = "UR-26-" + digits(rng, 5)
    p = EPSheet(footer="Page {n} of {nb}", run_hdr=f"{mem}  \u00b7  review {ur}")
    p.set_margins(17, 15, 17)
    p.add_page()
    kedge_head(p, rng, "Utilization Review", box="PRE-SERVICE DECISION")
    W = p.w - p.l_margin - p.r_margin
    p.band([("Member no.", mid, 0.28), ("Review no.", ur, 0.28), ("Date of notice", dmy(nd), 0.22),
            ("Group", FERRY[1], 0.22)], dark=True, title="KEDGE")
    y0 = p.get_y()
    p.address_block([mem, f"{rng.randint(10, 99)} Lighthouse Terrace", "Kilvenna BE 71587"], 9.8)
    p.label_col([("Requested by", f"{CLIN} - Dr. {doc}"), ("Treatment", "Repetitive transcranial magnetic "
                 "stimulation (rTMS), 20 sessions"), ("Planned start", long(start)), ("Request received", slash(got))],
                p.l_margin + W * 0.45, y0, W * 0.55, 28, size=8.8, h=4.5)
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 16) + 4)
    p.para(f"Dear Ms. {mem.split()[-1]}:", 9.8)
    p.para(f"Dr. {doc} asked Kedge Health Plan to approve a course of rTMS for the ringing in your ears (tinnitus). "
           "**We are not approving it. Kedge considers rTMS for tinnitus investigational (experimental).**", 9.6)
    p.heading("Why", 10.4)
    p.para(f"Your records show hearing loss from engine-room noise, with tinnitus in both ears; your last audiogram "
           f"was on {long(audio)}. Dr. {rev}, an ear, nose and throat surgeon who reviews for the Plan, found that "
           "studies of rTMS for tinnitus are small and their results conflict, and no professional group recommends "
           "it for this use. Plan Rule 9.2 excludes treatment that is investigational or experimental for the "
           "condition being treated.", 9.4)
    p.para("Care the Plan does cover for tinnitus includes hearing aids with sound generators (the hearing aid "
           "benefit is $2,400.00 every 36 months), sound therapy devices and cognitive behavioural therapy with a "
           "network counsellor.", 9.4)
    p.heading("Your rights", 10.6, rule=True)
    p.columns([
        ("Appeal to the Board", "You or your doctor may appeal. Your appeal must be received within 180 days of the "
         "date of this notice. Write to Kedge Appeals, PO Box 6120, Port Osgarth, BE 71520, or fax (207) 555-0148."),
        ("Urgent appeal", "If waiting could seriously harm your health, call us for an urgent appeal; it is decided "
         "within 72 hours."),
        ("External review", "After the Board's decision you may ask for an independent external review within "
         "4 months."),
        ("Copies", "You may have free copies of the records, the rule and the reviewer's qualifications."),
    ], n=2, size=8.6)
    p.signature(["Utilization Review Nurse", ADMIN, "on behalf of the Board of Trustees"], 9.2,
                script="T. Marchbanks, RN")
    p.small(FOOT, 6.6)
    t = truth("denial_letter", "experimental", insurer=PLAN, group=FERRY[1], member_id=mid, member_name=mem,
              cases=[ur], service_dates=[iso(start)], denial_date=iso(nd), provider=CLIN,
              appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [f"Dr. {doc}", doc, f"{CLIN} - Dr. {doc}"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def scanclean_late(rng):
    mate = "Lachlan R. Murchison"
    CLIN = "Harbourside Walk-In Clinic"
    pa = "Pieter Lindeboom, PA-C"
    nd = dt.date(2026, 6, 9)
    visit = dt.date(2026, 1, 6)
    got = dt.date(2026, 6, 2)
    returned = dt.date(2026, 5, 21)
    limit = plus(visit, 120)
    mid = kid(rng)
    c = claim_no(rng)
    pi = f"TR-PI-26-{digits(rng, 4)}"
    billed = 198.00
    p = EPSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 15, 18)
    p.add_page()
    kedge_head(p, rng, "Member Claims", box="CLAIM DECISION")
    W = p.w - p.l_margin - p.r_margin
    p.set_font("Sans", "", 9.6)
    p.cell(0, 5, wday(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    y0 = p.get_y()
    p.address_block([mate, f"{rng.randint(10, 99)} Quayside Flats", "Kilvenna BE 71586"], 9.8)
    yb = p.beside([(mid, "member no."), (c, "claim no."), (FERRY[1], "group"),
                   (f"{pa}, {CLIN}", "treated by"), (dmy(visit), "date of visit"), (usd(billed), "charged"),
                   (abbr(got), "we received the claim")], p.l_margin + W * 0.42, y0, W * 0.58, size=8.8, h=5,
                  split=0.62)
    p.set_xy(p.l_margin, max(yb, p.get_y()) + 6)
    p.heading("This claim reached us too late to be paid", 11)
    p.para(f"Dear Mr. {mate.split()[-1]}:", 9.8)
    p.para(f"{CLIN} billed Kedge Health Plan for your visit on {long(visit)}, when {pa} stitched a cut on your hand. "
           f"Kedge Plan Rule 6.1 says a claim must reach us within 120 days after the date of service, which for this "
           f"visit was {long(limit)}. We received it on {long(got)}. **The claim is denied because it was not filed "
           "on time.**", 9.6)
    p.para(f"The clinic first sent the bill to the Tern Rock Protection & Indemnity Association (its claim "
           f"{pi}), the vessel owner's P&I club, as if you had been hurt aboard. The club returned it on "
           f"{slash(returned)} because the cut happened at home. A claim sent to the wrong payer does not stop the "
           "Plan's 120-day limit unless the provider shows it could not have known which payer to bill.", 9.4)
    p.para("Because the clinic is in the Kedge network, its agreement says it may not bill you for a claim denied "
           "for late filing.", 9.4)
    p.heading("If you or the clinic disagree", 10.4)
    p.para("You may appeal to the Board of Trustees within 180 days of the date of this letter. The clinic may send "
           "proof that it filed on time (for example, a clearinghouse acceptance report dated before the limit). "
           "Write to Kedge Appeals, PO Box 6120, Port Osgarth, BE 71520.", 9.2)
    p.signature(["Member Claims", ADMIN, "for Kedge Health Plan"], 9.2)
    p.small(FOOT, 6.6)
    t = truth("denial_letter", "timely_filing", insurer=PLAN, group=FERRY[1], member_id=mid, member_name=mate,
              cases=[c], claim_amount=m2(billed), service_dates=[iso(visit)], denial_date=iso(nd), provider=CLIN,
              appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [pa, "Pieter Lindeboom", f"{pa}, {CLIN}"]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [Item(F + "born_digital_claims_statement_custom_ear_plugs_line_code_n7", "born_digital",
                  [born_statement(rng)]),
             Item(F + "faxstd_payment_register_claim_no_first_modifier_and_bundled_lines", "fax_standard_g4",
                  [faxstd_register(rng)])]
    cover, docs = stack_ladder(rng)
    items.append(Item(F + "faxstd_stack_dispatch_cover_ladder_fall_comp_first_p2_upside_down_then_duty_days",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 180}))
    items += [Item(F + "scanlow_es_hipotermia_agua_fria_observacion", "scan_lowres_150", [scanlow_es(rng)]),
              Item(F + "faxfine_child_claim_not_eligible_duty_days_captions_beside", "fax_fine_g4",
                   [faxfine_child(rng)]),
              Item(F + "photocopy_rtms_tinnitus_investigational_dark_band", "photocopy", [photocopy_rtms(rng)]),
              Item(F + "scanclean_late_claim_after_pi_club_returned_it", "scan_clean_300", [scanclean_late(rng)])]
    return items
