"""An invented health plan for church musicians: the Cantoria Health Plan, for organists, choir directors, cantors,
handbell and carillon ringers and tower bell ringers, run by its Board of Trustees and administered by Harlowfield
Benefit Administrators, Inc. (which prints the plan's papers under the plan's name and its own provider notices on its
own letterhead). Rules invented for the family: coverage is earned parish by parish: each participating parish
(a church that signed the plan's participation agreement, with its own parish group number P-nnnn) reports the hours
of music ministry a member gives it each month and pays a contribution on them; a member is covered in a month when
the participating parishes together reported at least 40 hours for the second month before it (January hours
give March coverage); hours reported by a parish that has left the plan do not count; a self-payment can keep a month.
Benefits: a hearing test every calendar year, custom filtered musician's earplugs once in 24 months, hearing aids
only from network dispensers; physical and occupational therapy 24 visits a calendar year counted together; MRI
and surgery need prior approval; shockwave therapy for tendon problems is treated as investigational; injuries
that happen while serving a parish (climbing a bell tower to ring, moving an organ console) belong to that parish's
workers' compensation insurer. Network: the Sheafbrook Health Network. Every parish, practice, hospital, person,
number, code, rule and amount is invented (phones 555); CPT codes appear as themselves.

Documents (8 in 7 files):
- born_digital_family_eob_four_claims_25th_therapy_visit_code_pv: a two-page family EOB with the plan name over a
  lower-case "administered by" line and a bell; identifiers in ruled boxes with captions under the values; one
  listing of four claims for three family members, broken across the pages; the subscriber's 25th therapy visit of
  the year pays nothing under code PV, told only in the two-column code legend on page 2.
- lowres_parish_hours_short_eligibility_side_column: a 150 dpi letter with a "your plan at a glance" column at the
  left of the prose: an orthopaedic visit in March refused because only 21 January hours were reported (the second
  parish had left the plan).
- phone_es_caida_en_la_torre_compensacion_laboral: a photographed Spanish letter refusing a ringer's emergency room
  claim after a fall on the tower ladder on the way to ring for a service (the parish's workers' compensation pays).
- photocopy_shoulder_mri_no_prior_approval_boxes_under: a photocopied letter with numbered boxes (captions under the
  values) refusing a shoulder MRI done without prior approval.
- rotated_earplug_pre_approval_boxes: a pre-approval of custom filtered earplugs fed turned (denies nothing).
- faxfine_administrator_provider_notice_hearing_aids_out_of_network: the administrator's own provider notice to an
  out-of-network hearing center: no benefit for hearing aids outside the network; a two-column remark legend.
- scanclean_stack_parish_memo_appeal_decision_shockwave_page_two_sideways_then_statement: a clean-scan stack of a
  parish office memo, the Trustees' two-page appeal decision keeping the refusal of shockwave therapy as
  investigational (page 2 turned 90 degrees) and the shockwave clinic's statement to the organist (denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundem_fammd import (EMSheet, cap_day, digits, dmy_abbr, dmy_dash, es_date, hills_address, iso, long, n2,
                               parish_memo, people, phone, plus, short_md, slash, tollfree, usd, wday_long)
from public_kit import m2, out, truth

FAMILY = ("cantoria_health_plan_church_musicians_organists_bell_ringers_per_parish_hours_hearing_tower_fall_shoulder_"
          "wrist_refusals")
LANG = "en"
SEED = 355123
PLAN = "Cantoria Health Plan"
PLAN_ALT = ["Cantoria Health Plan for Church Musicians", "Cantoria"]
ADMIN = "Harlowfield Benefit Administrators, Inc."
ADMIN_ALT = ["Harlowfield Benefit Administrators", "Harlowfield"]
PLAN_ID = "CHP-26B"
NETWORK = "Sheafbrook Health Network"
PARISH = {"swithun": ("St. Swithun's Episcopal Church", "Keene, NH", "P-1147"),
          "grace": ("Grace Lutheran Church", "Brattleboro, VT", "P-0862"),
          "comforter": ("Church of the Holy Comforter", "Concord, NH", "P-1309"),
          "birinus": ("St. Birinus Catholic Parish", "Claremont, NH", "P-0735"),
          "walpole": ("First Congregational Church of Walpole", "Walpole, NH", "P-1421")}
PROV = {"fell": ("Fellbeck Audiology Group", "41 Court St, Keene, NH 03431"),
        "holl": ("Hollinhurst Physical Therapy", "230 West St, Keene, NH 03431"),
        "crow": ("Crowsfoot Urgent Care", "9 Marlboro Rd, Keene, NH 03431"),
        "high": ("Highgreen Pediatrics", "77 Maple Ave, Keene, NH 03431"),
        "thorn": ("Thornley Orthopaedic & Hand Surgery", "500 Main St, Brattleboro, VT 05301"),
        "ash": ("Ashuelot Valley Hospital", "1 Riverside Dr, Claremont, NH 03743"),
        "scar": ("Scarcroft Imaging", "18 Loudon Rd, Concord, NH 03301"),
        "raven": ("Ravenscar Hearing Center", "612 Elm St, Manchester, NH 03101"),
        "bolst": ("Bolsterstone Sports & Shockwave Clinic", "44 Pleasant St, Concord, NH 03301")}


def member_no(rng):
    """'CH' and seven digits (printed 'CH 441 8207' on some papers, grouping spaces dropped in the truth)."""
    return "CH" + digits(rng, 7)


def spaced(mid: str) -> str:
    return f"{mid[:2]} {mid[2:5]} {mid[5:]}"


def claim_no(rng):
    return f"C26{digits(rng, 8)}"


def plan_mast(p, rng, box=None, es=False):
    p.mast(PLAN, f"administrado por {ADMIN}" if es else f"administered by {ADMIN}",
           ([f"Apartado postal 3{digits(rng, 3)}", "Concord, NH 03302", f"Servicios a miembros {tollfree(rng, '877')}",
             "cantoriaplan.example"] if es else
            [f"PO Box 3{digits(rng, 3)}, Concord, NH 03302-{digits(rng, 4)}",
             f"Member services {tollfree(rng, '877')}", f"Fax {phone(rng, '603')}", "cantoriaplan.example"]),
           emblem="bell", sub=("para organistas, directores de coro, cantores y campaneros" if es else
                               "for organists, choir directors, cantors and bell ringers"), box=box)


# ------------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    sub, spouse, child, pt = people(rng, 4, sexes="MFFX", plan=True)
    last = sub.split()[-1]
    spouse = f"{spouse.split()[0]} {spouse.split()[1]} {last}"
    child = f"{child.split()[0]} {child.split()[1]} {last}"
    mid = member_no(rng)
    PN, PTOWN, PG = PARISH["swithun"]
    sd = dt.date(2026, 4, 21)
    FE, FE_A = PROV["fell"]
    HO, HO_A = PROV["holl"]
    CR, CR_A = PROV["crow"]
    HI, HI_A = PROV["high"]
    c_aud, c_uc, c_pt, c_ped = (claim_no(rng) for _ in range(4))
    d_aud, d_uc, d_ped = dt.date(2026, 3, 4), dt.date(2026, 3, 11), dt.date(2026, 3, 19)
    v1, v2, v3 = dt.date(2026, 3, 17), dt.date(2026, 3, 24), dt.date(2026, 3, 31)
    pt_lines = [(v1, "Therapeutic exercise, manual therapy (97110 x2, 97140)", 214.00, "NP, CI"),
                (v2, "Therapeutic exercise, manual therapy (97110 x2, 97140)", 214.00, "NP, CI"),
                (v3, "Therapeutic exercise (97110 x2)", 171.00, "PV")]
    pt_total = round(sum(x[2] for x in pt_lines), 2)
    p = EMSheet(footer="Page {n} of {nb}", foot_ids=f"Issued {slash(sd)}  \u00b7  Member ID {mid}  \u00b7  "
                                                    "This is not a bill")
    p.set_margins(15, 13, 15)
    p.add_page()
    plan_mast(p, rng, box="EXPLANATION OF BENEFITS")
    addr = hills_address(rng)
    y0 = p.get_y()
    p.f(10, "B")
    p.cell(0, 5, sub.upper(), new_x="LMARGIN", new_y="NEXT")
    p.f(10)
    for ln in addr:
        p.cell(0, 5, ln.upper(), new_x="LMARGIN", new_y="NEXT")
    W = p.w - p.l_margin - p.r_margin
    p.set_xy(p.l_margin + W * 0.5, y0)
    p.f(8.4)
    p.multi_cell(W * 0.5, 4, "This statement shows how the plan processed claims for you and the family members "
                             "covered with you. Keep it with your records. Questions? Call member services at the "
                             "number above, weekdays 8:00 to 5:00.", new_x="LMARGIN", new_y="NEXT")
    p.set_y(max(p.get_y(), y0 + 17) + 3)
    p.boxes_under([[(spaced(mid), "Member ID", 0.22), (sub, "Subscriber", 0.3), (PLAN_ID, "Benefit plan", 0.16),
                    (PG, "Parish group", 0.14), (sd.strftime("%-d %B %Y"), "Statement date", 0.18)],
                   [(PN + ", " + PTOWN, "Reporting parish", 0.52), (NETWORK, "Network", 0.48)]], size=9.2, h=10)
    head = ["Service date", "Service", "Billed", "Network discount", "Plan paid", "You owe", "Code"]
    widths = [20, 77, 17, 18, 18, 17, 18]
    aligns = ["L", "L", "R", "R", "R", "R", "C"]
    rows = []

    def claim(patient, rel, prov, paddr, cno, lines):
        rows.append({"band": f"{patient} ({rel})  \u00b7  {prov}, {paddr}  \u00b7  Claim {cno}"})
        tb = tdisc = tpaid = towe = 0.0
        for d, desc, billed, code in lines:
            if code == "PV":
                disc, paid, owe = 0.0, 0.0, billed
            elif code in ("PC", "HX, NP"):
                disc = round(billed * 0.22, 2)
                paid, owe = round(billed - disc, 2), 0.0
            else:
                disc = round(billed * 0.24, 2)
                paid = round((billed - disc) * 0.8, 2)
                owe = round(billed - disc - paid, 2)
            rows.append([slash(d), desc, n2(billed), n2(disc), n2(paid), n2(owe), code])
            tb += billed
            tdisc += disc
            tpaid += paid
            towe += owe
        rows.append({"cells": ["", "Claim total", n2(tb), n2(tdisc), n2(tpaid), n2(towe), ""], "bold": True})
        return tb, tpaid, towe

    sums = [claim(sub, "self", FE, FE_A, c_aud, [(d_aud, "Hearing test, pure tone and speech (92557)", 146.00,
                                                  "HX, NP")]),
            claim(spouse, "spouse", CR, CR_A, c_uc, [(d_uc, "Office visit, established patient (99213)", 189.00,
                                                      "NP, CI"), (d_uc, "Rapid strep test (87880)", 38.00, "NP, CI")]),
            claim(child, "daughter", HI, HI_A, c_ped, [(d_ped, "Well child visit, age 12 to 17 (99394)", 232.00,
                                                        "PC")])]
    mark = len(rows)
    sums.append(claim(sub, "self", HO, HO_A, c_pt, pt_lines))
    rows.insert(mark + 3, {"break": True})
    yb = p.get_y()
    y1 = p.money_box("Summary of this statement",
                     [("Total billed by providers", f"${sum(s[0] for s in sums):,.2f}"),
                      ("Plan paid providers", f"${sum(s[1] for s in sums):,.2f}"),
                      ("Your share (may be billed)", f"${sum(s[2] for s in sums):,.2f}")], w=W * 0.48, size=8.8)
    p.set_xy(p.l_margin + W * 0.52, yb)
    y2 = p.money_box("Family deductible and out-of-pocket, 2026",
                     [("Deductible met", "$800.00 of $800.00"), ("Out-of-pocket met", "$1,146.29 of $6,000.00"),
                      ("Plan year", "Jan 1 - Dec 31, 2026")], x=p.l_margin + W * 0.52, w=W * 0.48, size=8.8,
                     bold_last=False)
    p.set_xy(p.l_margin, max(y1, y2) + 3)
    p.bar("Messages for you", 9.2)
    p.flow_cols([f"Ringers and organists: loud bells and full organ can harm your hearing over the years. A hearing "
                 f"test is covered every calendar year, and filtered earplugs once in 24 months (ask for "
                 f"pre-approval).",
                 f"Your coverage for June 2026 depends on the hours {PN} reports for April. Hours reported so far "
                 f"for February: 26. Check that your parish reports every month.",
                 "Claims must reach us within 12 months of the date of service. A claim for a visit on "
                 "January 5, 2026, for example, must arrive by January 5, 2027."], n=3, size=7.8)
    p.heading("Claims processed for your family", 11.5)
    p.split_table(head, rows, widths, aligns, size=7.6, row_h=4.8, cont="Claims processed for your family "
                  "(continued)", foot_room=22)
    p.legend2("What the codes mean", [
        ("NP", f"Network price: the provider is in the {NETWORK} and agreed to this discount. You don't owe it."),
        ("CI", "After the deductible you pay 20% coinsurance of the network price."),
        ("HX", "A hearing test is covered once every calendar year, with no coinsurance when done by a network "
               "audiologist."),
        ("PC", "Preventive care is paid at 100% of the network price."),
        ("PV", "Physical and occupational therapy are limited to 24 visits in a calendar year, counted together. "
               "This visit is over the limit, so the plan pays nothing for it. The network provider may bill you."),
        ("PA", "Prior approval was required and not on file."),
        ("WC", "The injury happened while serving a parish. Send the bill to the parish's workers' compensation "
               "insurer."),
        ("DP", "Duplicate of a claim already processed."),
    ], size=7.8, note="Codes PA, WC and DP are listed for reference and are not used on this statement.")
    p.heading("Your right to appeal", 10.2)
    p.para("If you disagree with how a claim was processed, you or someone you name may appeal in writing to the "
           "Board of Trustees within 180 days of the date of this statement. Send the claim number, the reason you "
           f"disagree and any records to the plan at the address above. For example, if a therapy visit was counted "
           "twice, send the therapist's visit log for the year.", 8.8)
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=PLAN_ID, group=PG, member_id=mid, member_name=sub,
              cases=[c_pt], claim_amount=m2(pt_total), service_dates=[iso(v3)], denial_date=iso(sd), provider=HO,
              appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": PLAN_ALT, "claim_amount": [m2(171.00)],
                          "service_dates": [[iso(v1), iso(v2), iso(v3)]]},
              type_alternates=["denial_letter"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def lowres_eligibility(rng):
    mem, surg, rev = people(rng, 3, sexes="FMX", plan=True)
    mid = member_no(rng)
    SN, ST, SG = PARISH["swithun"]
    GN, GT, GG = PARISH["grace"]
    TH, TH_A = PROV["thorn"]
    nd = dt.date(2026, 4, 8)
    dos = dt.date(2026, 3, 12)
    rcv = dt.date(2026, 3, 20)
    cno = claim_no(rng)
    lines = [("Office visit, new patient (99204)", 312.00), ("X-ray, shoulder, 2 views (73030)", 94.00)]
    billed = round(sum(x for _, x in lines), 2)
    selfpay = 618.00
    p = EMSheet(footer="Page {n} of {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    plan_mast(p, rng)
    p.f(10)
    p.cell(0, 5, wday_long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in [mem, *hills_address(rng)]:
        p.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.f(10.4, "B")
    p.multi_cell(0, 5.2, f"Re: claim {cno} from {TH} for services on {slash(dos)}", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(2)
    p.side_left("Your plan at a glance",
                [("Member ID", spaced(mid)), ("Benefit plan", PLAN_ID), ("Your parishes", f"{SN} ({SG})\n"
                                                                                        f"{GN} ({GG}), left the plan "
                                                                                        "12/31/2025"),
                 ("Hours needed", "40 a month, all parishes together"),
                 ("How it works", "Hours reported for one month give coverage for the second month after it"),
                 ("Self-payment for one month", usd(selfpay))],
                [f"Dear {mem.split()[0]} {mem.split()[-1]}:",
                 f"We received the claim above on {long(rcv)}. It is for your first visit with Dr. {surg} and "
                 f"shoulder x-rays, billed at ${billed:,.2f}.",
                 "**We cannot pay this claim.** You were not covered by the plan on the date of the visit.",
                 "Your coverage is earned through the parishes you serve. Coverage for March 2026 depends on the "
                 "hours your participating parishes reported for January 2026. Those reports show 21 hours from "
                 f"{SN}. {GN} left the plan at the end of 2025, so the hours you gave it in January can't be "
                 "counted. 21 hours is short of the 40 hours needed, so you had no coverage in March.",
                 "You did not make a self-payment for March. The last day to make one for March has passed. Your "
                 "coverage starts again in any month for which your parishes report 40 hours for the second month "
                 "before it."],
                side_w=62, size=9.2)
    W = p.w - p.l_margin - p.r_margin
    p.heading("Hours reported for you", 10.2)
    p.wrap_table(["Parish", "Parish group", "Nov 2025", "Dec 2025", "Jan 2026", "Feb 2026"],
                 [[SN, SG, "18", "22", "21", "24"], [GN, GG, "20", "26", "(left plan)", "(left plan)"],
                  ["Total counted", "", "38", "48", "21", "24"]],
                 [W * 0.36, W * 0.14, W * 0.125, W * 0.125, W * 0.125, W * 0.125], size=8.6,
                 aligns=["L", "L", "R", "R", "R", "R"], bold_last=True)
    p.para("If your parish reported your hours late or wrong, ask the parish administrator to send a corrected "
           "report; we will look at the claim again when it arrives.", 9.2)
    p.heading("If you disagree", 10.2)
    p.para("You may appeal to the Board of Trustees within 60 days of the date of this letter. Write to the plan at "
           "the address above and include this letter and any proof of the hours you served, such as a parish "
           "bulletin or a pay record.", 9.2)
    p.signoff(["Sincerely,", "", rev, "Eligibility Unit, for the Board of Trustees"], 9.4)
    t = truth("denial_letter", "eligibility", insurer=PLAN, plan_id=PLAN_ID, group=SG, member_id=mid,
              member_name=mem, cases=[cno], claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(nd),
              provider=TH, appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": PLAN_ALT, "group_number": [None, GG], "provider": [f"Dr. {surg}", surg]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def phone_es(rng):
    mem, dr, rev, pastor = people(rng, 4, es=True, sexes="FMXM", plan=True)
    mid = member_no(rng)
    BN, BT, BG = PARISH["birinus"]
    AV, AV_A = PROV["ash"]
    nd = dt.date(2026, 3, 27)
    fall = dt.date(2026, 3, 1)
    cno = claim_no(rng)
    wc_pol = f"WC-{digits(rng, 7)}"
    lines = [("Atención de emergencia, nivel 4 (99284)", 1184.00), ("Radiografía de muñeca, 3 vistas (73110)", 246.00),
             ("Férula de antebrazo (29125)", 312.40)]
    billed = round(sum(x for _, x in lines), 2)
    p = EMSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 15, 18)
    p.add_page()
    plan_mast(p, rng, es=True)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.f(10)
    for ln in [mem, *hills_address(rng)]:
        p.cell(W * 0.5, 5, ln, new_x="LMARGIN", new_y="NEXT")
    ya = p.get_y()
    p.set_xy(p.l_margin + W * 0.48, y0)
    p.dotted([("Fecha", es_date(nd)), ("N.º de miembro", mid), ("Parroquia", BG), ("Plan", PLAN_ID),
              ("N.º de reclamo", cno), ("Fecha del servicio", fall.strftime("%d/%m/%Y")), ("Total facturado", f"${billed:,.2f}")],
             x=p.l_margin + W * 0.48, w=W * 0.52, size=8.8)
    p.set_xy(p.l_margin, max(ya, p.get_y()) + 5)
    p.f(12, "B")
    p.cell(0, 6, "Aviso sobre su reclamo", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Estimada señora {mem.split()[-1]}:", 10)
    p.para(f"Recibimos el reclamo de {AV} por la atención que usted recibió en la sala de emergencias el "
           f"{es_date(fall)}, cuando se fracturó la muñeca. El médico que la atendió fue el Dr. {dr}.", 10)
    p.para("**No podemos pagar este reclamo.** Según el informe de la sala de emergencias y la carta del párroco, "
           f"{pastor}, usted se cayó en la escalera de la torre de {BN} mientras subía a tocar las campanas para la "
           "misa del domingo. Usted recibe un pago de la parroquia por tocar las campanas, así que la lesión "
           "ocurrió mientras trabajaba para ella.", 10)
    p.para("El plan no paga lesiones que ocurren mientras un miembro sirve a una parroquia. Esos gastos los paga el "
           f"seguro de compensación laboral de la parroquia (póliza {wc_pol}). Pida al hospital que envíe la "
           "cuenta a ese seguro. Si el seguro de compensación laboral niega el reclamo, envíenos su carta de "
           "negación y revisaremos el reclamo otra vez.", 10)
    p.wrap_table(["Servicio", "Facturado"], [[d, f"{x:,.2f}"] for d, x in lines] + [["Total", f"{billed:,.2f}"]],
                 [W * 0.75, W * 0.25], size=9, aligns=["L", "R"], bold_last=True)
    p.heading("Si no está de acuerdo", 10.4)
    p.para("Puede apelar por escrito a la Junta de Fideicomisarios dentro de 60 días de la fecha de esta carta. "
           "Incluya esta carta y cualquier documento que muestre que la caída no ocurrió mientras servía a la "
           "parroquia.", 10)
    p.signoff(["Atentamente,", rev, "Unidad de Reclamos"], 10)
    t = truth("denial_letter", "other", insurer=PLAN, plan_id=PLAN_ID, group=BG, member_id=mid, member_name=mem,
              cases=[cno], claim_amount=m2(billed), service_dates=[iso(fall)], denial_date=iso(nd), provider=AV,
              appeal_deadline=iso(plus(nd, 60)), lang="es",
              alternates={"insurer": PLAN_ALT, "provider": [f"Dr. {dr}", dr]},
              denial_alternates=["not_covered"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def photocopy_mri(rng):
    mem, dr, rev = people(rng, 3, sexes="MFX", plan=True)
    mid = member_no(rng)
    CN, CT, CG = PARISH["comforter"]
    SC, SC_A = PROV["scar"]
    nd = dt.date(2026, 3, 16)
    dos = dt.date(2026, 2, 24)
    cno = claim_no(rng)
    billed = 1642.00
    p = EMSheet(footer="Page {n} of {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    plan_mast(p, rng, box="CLAIM DECISION")
    p.f(10)
    for ln in [mem, *hills_address(rng)]:
        p.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.boxes_under([[(mem, "Patient", 0.34), (spaced(mid), "Member ID", 0.22), (CG, "Parish group", 0.18),
                    (dmy_dash(nd), "Date of this notice", 0.26)],
                   [(cno, "Claim number", 0.34), (slash(dos), "Date of service", 0.22),
                    (f"${billed:,.2f}", "Amount billed", 0.18), ("$0.00", "Plan pays", 0.26)],
                   [(SC, "Provider", 0.56), (f"Dr. {dr}", "Ordering physician", 0.44)]], size=9.2, num=True)
    p.f(11, "B")
    p.cell(0, 6, "MRI of the left shoulder without contrast (73221)", new_x="LMARGIN", new_y="NEXT")
    p.para("The plan will not pay for this MRI. Under the plan's rules an MRI must be approved by the plan before it "
           "is done, except in an emergency. We have no request for approval on file for this scan, and the "
           f"records show it was scheduled a week ahead, so it was not an emergency.", 9.8)
    p.para(f"Because {SC} is in the {NETWORK}, it agreed to ask for approval before the scan. It may not bill you "
           "for the scan, except for any amount you agreed in writing to pay.", 9.8)
    p.para("If the scan was needed, your doctor may still send the records with an appeal. The plan looks at "
           "whether the MRI would have been approved had it been asked for; the reviewer uses the plan's imaging "
           "guideline IMG-14 (for example, six weeks of therapy first for shoulder pain without injury).", 9.8)
    p.heading("Your right to appeal", 10.4)
    p.para("You, your doctor or someone you name may appeal to the Board of Trustees within 180 days of the date of "
           "this notice. Send a letter with the claim number and any records to the plan's address above.", 9.8)
    p.signoff(["", rev, "Utilization Management, for the Cantoria Health Plan"], 9.6)
    t = truth("denial_letter", "prior_authorization", insurer=PLAN, plan_id=None, group=CG, member_id=mid,
              member_name=mem, cases=[cno], claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(nd),
              provider=SC, appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [f"Dr. {dr}", dr]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def rotated_approval(rng):
    mem, aud = people(rng, 2, sexes="FX", plan=True)
    mid = member_no(rng)
    WN, WT, WG = PARISH["walpole"]
    FE, FE_A = PROV["fell"]
    nd = dt.date(2026, 4, 29)
    fit = dt.date(2026, 5, 14)
    good = dt.date(2026, 7, 31)
    last = dt.date(2023, 9, 6)
    pa = f"PA-{digits(rng, 6)}"
    quote = 389.00
    pays = 311.20
    lic = f"AUD-{digits(rng, 4)}"
    p = EMSheet(footer=None)
    p.set_margins(18, 15, 18)
    p.add_page()
    plan_mast(p, rng, box="PRE-APPROVAL")
    p.f(10)
    for ln in [mem, *hills_address(rng)]:
        p.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.boxes_under([[(pa, "Pre-approval number", 0.3), (mem, "Member", 0.4), (short_md(nd), "Date approved", 0.3)],
                   [(spaced(mid), "Member ID", 0.3), (WG, "Parish group", 0.4), (PLAN_ID, "Benefit plan", 0.3)],
                   [(FE, "Provider", 0.6), (f"{aud}, AuD", "Audiologist", 0.4)],
                   [(long(fit), "Fitting scheduled", 0.3), (usd(quote), "Provider's quote", 0.4),
                    (usd(pays), "The plan will pay", 0.3)]], size=9.6, h=11)
    p.f(11, "B")
    p.cell(0, 6, "Approved: custom filtered musician's earplugs, one pair", new_x="LMARGIN", new_y="NEXT")
    p.para(f"Good news. We approved the earplugs your audiologist asked for. As a carillonneur at {WN} you qualify "
           "for one pair of custom filtered earplugs every 24 months. Your last pair was paid on "
           f"{slash(last)}, so you are due for a new pair.", 9.8)
    p.para(f"The plan pays 80% of the network price after your deductible, which you have met. The provider's "
           f"license ({lic}) and network status were confirmed. This approval is good through {long(good)}; after "
           "that date the audiologist must ask again.", 9.8)
    p.para("This approval is not a promise of payment if you are not covered on the date of the fitting. Your "
           "coverage depends on the hours your parish reports.", 9.4)
    p.signoff(["", "Hearing Benefits Desk", PLAN], 9.6)
    t = truth("other", None, insurer=PLAN, plan_id=PLAN_ID, group=WG, member_id=mid, member_name=mem, cases=[pa],
              claim_amount=m2(quote), service_dates=[iso(fit)], denial_date=iso(nd), provider=FE,
              alternates={"insurer": PLAN_ALT, "claim_amount": [None, m2(pays)], "service_dates": [[]],
                          "provider": [aud, f"{aud}, AuD"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxfine_oon(rng):
    mem, aud, rev = people(rng, 3, sexes="MFX", plan=True)
    mid = member_no(rng)
    SN, ST, SG = PARISH["swithun"]
    RV, RV_A = PROV["raven"]
    nd = dt.date(2026, 3, 9)
    dos = dt.date(2026, 2, 19)
    by = dt.date(2026, 9, 8)
    cno = claim_no(rng)
    npi = digits(rng, 10)
    lines = [("V5261", "Hearing aid, binaural, behind the ear", 4680.00, "N7"),
             ("V5160", "Dispensing fee, binaural", 300.00, "N7"),
             ("V5275", "Ear impression, each", 0.00, "")]
    billed = round(sum(x[2] for x in lines), 2)
    p = EMSheet(footer="Page {n} of {nb}", every=f"Claim {cno}  \u00b7  page {{n}}")
    p.set_margins(17, 15, 17)
    p.add_page()
    p.mast(ADMIN, "third-party administrator for self-funded health plans", [
        f"PO Box 8{digits(rng, 3)}, Manchester, NH 03105", f"Provider services {tollfree(rng, '888')}",
        f"Fax {phone(rng, '603')}"], serif=False, size=15, rule="single")
    p.f(12.5, "B")
    p.cell(0, 6.5, "Provider Claim Notice", new_x="LMARGIN", new_y="NEXT")
    p.f(9.6)
    p.cell(0, 5, f"Notice date {iso(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.addr_pairs_right([RV, "Billing Office", *RV_A.split(", ", 1)],
                       [("Plan", f"{PLAN} ({PLAN_ID})"), ("Patient", mem), ("Member ID", mid),
                        ("Parish group", SG), ("Claim", cno), ("Received", dmy_abbr(dt.date(2026, 2, 26))),
                        ("Dispenser", f"{aud}, AuD"), ("Your NPI", npi)], split=0.42, size=8.8, cap_w=30)
    W = p.w - p.l_margin - p.r_margin
    p.wrap_table(["Date", "Code", "Description", "Billed", "Allowed", "Paid", "Remark"],
                 [[slash(dos), c, d, n2(x), "0.00", "0.00", r] for c, d, x, r in lines] +
                 [["", "", "Claim total", n2(billed), "0.00", "0.00", ""]],
                 [W * 0.12, W * 0.09, W * 0.37, W * 0.11, W * 0.1, W * 0.09, W * 0.12], size=8.4,
                 aligns=["L", "L", "L", "R", "R", "R", "C"], bold_last=True)
    p.para(f"{PLAN} pays for hearing aids only when they are fitted and sold by a dispenser in the {NETWORK}. Your "
           "office is not in the network, and the plan has no out-of-network benefit for hearing aids. The member "
           f"was referred to network dispensers in a letter dated {slash(dt.date(2026, 1, 22))}.", 9.2)
    p.legend2("Remark codes", [
        ("N7", "Service from a provider outside the network; the plan has no out-of-network benefit for it."),
        ("N9", "Network exception approved; paid at the network level."),
        ("R2", "Claim reprocessed; see the earlier notice for the first payment."),
        ("E1", "Emergency care outside the network, paid at the network level."),
        ("M4", "Member liability: the member may be billed for the amount shown."),
        ("X0", "Informational line; no charge."),
    ], size=7.8)
    p.heading("Reconsideration", 10.2)
    p.para(f"A provider may ask for reconsideration of this notice no later than {long(by)}. Include a copy of "
           "this notice and any network exception approval. A request for reconsideration does not replace the "
           "member's own appeal rights.", 9.2)
    p.signoff([rev, f"Claims Department, {ADMIN}"], 9.2)
    t = truth("denial_letter", "out_of_network", insurer=ADMIN, plan_id=PLAN_ID, group=SG, member_id=mid,
              member_name=mem, cases=[cno], claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(nd),
              provider=RV, appeal_deadline=iso(by),
              alternates={"insurer": ADMIN_ALT, "provider": [aud]},
              type_alternates=["eob"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def scanclean_stack(rng):
    org, phys, chair, admin_p, rector = people(rng, 5, sexes="MFXFM", plan=True)
    mid = member_no(rng)
    HN, HT, HG = PARISH["comforter"]
    BO, BO_A = PROV["bolst"]
    sess = [dt.date(2026, 1, 13), dt.date(2026, 1, 20), dt.date(2026, 1, 27)]
    per = 625.00
    billed = round(per * len(sess), 2)
    cno = claim_no(rng)
    ap = f"APL-26-{digits(rng, 4)}"
    nd = dt.date(2026, 5, 12)
    heard = dt.date(2026, 5, 5)
    filed = dt.date(2026, 3, 18)
    st_d = dt.date(2026, 5, 20)
    acct = f"BS-{digits(rng, 6)}"
    memo = parish_memo(HN, ["Parish Office  \u00b7  14 Pleasant St, Concord, NH 03301",
                            f"Telephone {phone(rng, '603')}"],
                       f"{org} (Organist and Choirmaster)", f"{admin_p}, Parish Administrator", long(dt.date(2026, 5, 22)),
                       "Your mail from the health plan and the clinic",
                       ["These two items came to the parish office addressed to you, I think because the plan "
                        "still has the office as your mailing address. I've scanned them so you have them before "
                        "Sunday; the originals are in your mailbox in the choir room.",
                        f"{rector.split()[0]} asked me to say that the vestry is happy to write a letter for you if "
                        "it would help. Please let me know."],
                       f"\u2014 {admin_p.split()[0]}")
    # document 1: the Trustees' appeal decision (page 2 turned sideways)
    p = EMSheet(footer="Page {n} of {nb}", serif=True, run_hdr=f"{org}  \u00b7  Appeal {ap}  \u00b7  Claim {cno}")
    p.set_margins(20, 16, 20)
    p.add_page()
    plan_mast(p, rng)
    p.set_font("Serif", "B", 13)
    p.cell(0, 7, "Decision of the Board of Trustees on Your Appeal", new_x="LMARGIN", new_y="NEXT")
    p.f(10)
    p.cell(0, 5, long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in [org, f"c/o {HN}", "14 Pleasant St", "Concord, NH 03301"]:
        p.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.pairs([("Member ID", spaced(mid)), ("Parish group", HG), ("Appeal number", ap), ("Claim number", cno),
             ("Provider", BO), ("Treating physician", f"Dr. {phys}"),
             ("Services", "Extracorporeal shockwave therapy, right shoulder (0101T), 3 sessions"),
             ("Dates", ", ".join(slash(d) for d in sess)), ("Amount billed", usd(billed))], label_w=42, size=9.8,
            h=5.2)
    p.ln(2)
    p.para(f"Dear {org.split()[0]} {org.split()[-1]}:", 10.4)
    p.para(f"The Board of Trustees heard your appeal at its meeting on {long(heard)}. You appealed on "
           f"{slash(filed)} after the plan denied the claim above. The Trustees read your letter, the letter from "
           f"Dr. {phys.split()[-1]} and the clinic's notes, and the opinion of an independent orthopaedic reviewer.",
           10.4)
    p.set_font("Serif", "B", 11)
    p.cell(0, 6, "The Trustees decided to keep the denial.", new_x="LMARGIN", new_y="NEXT")
    p.para("The plan does not pay for services that are experimental or investigational. The plan's medical policy "
           "MP-31 treats shockwave therapy for calcific tendinitis of the shoulder as investigational, because "
           "the published studies are small, their results differ, and no study shows lasting benefit compared "
           "with therapy and injections. The reviewer agreed that the evidence does not yet show that it works "
           "for this condition.", 10.4)
    p.para("We understand that the shoulder pain keeps you from playing for long services and that you tried "
           "therapy first. The Trustees have no power to pay for a service the plan excludes, even when a doctor "
           "recommends it.", 10.4)
    p.add_page()
    p.heading("The independent reviewer's opinion", 11)
    p.para(f"The reviewer is a board-certified orthopaedic surgeon with no tie to the plan, to {BO} or to you "
           f"(review reference IR-{digits(rng, 5)}). In summary, the reviewer wrote that the x-rays show a "
           "calcium deposit in the rotator cuff, that six weeks of therapy and one steroid injection did not end "
           "the pain, and that shockwave therapy is one of several options doctors try at this point; but the "
           "studies of it are too few and too small to call it a proven treatment. The reviewer noted that "
           "needle lavage and, if needed, arthroscopic removal of the deposit are covered treatments the plan "
           "would consider with prior approval.", 10.4)
    p.heading("What happens next", 11)
    p.para("This is the plan's final decision. You may ask for an external review by an independent review "
           "organization within four months of the date you receive this letter. You also have the right to bring "
           "a civil action under section 502(a) of ERISA. You may ask for copies of all papers used in deciding "
           "your appeal, free of charge.", 10.4)
    p.signoff(["For the Board of Trustees,", "", chair, "Chair, Appeals Committee"], 10.4)
    t1 = truth("denial_letter", "experimental", insurer=PLAN, group=HG, member_id=mid, member_name=org,
               cases=[ap, cno], claim_amount=m2(billed), service_dates=[iso(d) for d in sess], denial_date=iso(nd),
               provider=BO, appeal_deadline=None,
               alternates={"insurer": PLAN_ALT, "case_numbers": [[ap], [cno]],
                           "provider": [f"Dr. {phys}", phys]})
    # document 2: the clinic's statement (a bill; denies nothing)
    s = EMSheet(footer=None)
    s.set_margins(16, 14, 16)
    s.add_page()
    s.set_font("Cond", "B", 15)
    s.cell(0, 7, BO, new_x="LMARGIN", new_y="NEXT")
    s.f(8)
    s.cell(0, 4, f"{BO_A}  \u00b7  Billing {phone(rng, '603')}", new_x="LMARGIN", new_y="NEXT")
    s.ln(3)
    W = s.w - s.l_margin - s.r_margin
    y0 = s.get_y()
    s.f(10)
    for ln in [org, f"c/o {HN}", "14 Pleasant St", "Concord, NH 03301"]:
        s.cell(W * 0.5, 5, ln, new_x="LMARGIN", new_y="NEXT")
    s.set_xy(s.l_margin + W * 0.52, y0)
    s.kv_box([("Statement date", cap_day(st_d)), ("Account", acct), ("Amount due", usd(billed)),
              ("Due by", slash(dt.date(2026, 6, 19)))], s.l_margin + W * 0.52, y0, W * 0.48, cap_w=30, size=9.2,
             title="PATIENT STATEMENT")
    s.set_xy(s.l_margin, y0 + 34)
    s.split_table(["Date", "Description", "Code", "Charges", "Payments / adjustments", "Balance"],
                  [[slash(d), "Shockwave therapy, right shoulder", "0101T", n2(per), "", ""] for d in sess] +
                  [[slash(dt.date(2026, 3, 11)), f"{PLAN}: denied, claim {cno}", "", "", "0.00", ""],
                   {"cells": ["", "Balance due from patient", "", n2(billed), "0.00", n2(billed)], "bold": True}],
                  [22, 68, 16, 22, 32, 24], ["L", "L", "L", "R", "R", "R"], size=8.4, row_h=5.6)
    s.para(f"Insurance on file: {PLAN}, ID {mid}, parish group {HG}. Your plan has denied these visits. The balance "
           "is now yours to pay. If your appeal is decided in your favor, we will refund any payment. Ask us about "
           "a payment plan; for example, $100.00 a month with no interest.", 9.2)
    s.coupon("Payment coupon", [[(acct, "Account", 0.5), (usd(billed), "Amount due", 0.5)],
                                [(slash(dt.date(2026, 6, 19)), "Due by", 0.5), ("$ __________", "Amount paid", 0.5)]],
             [org, "Make checks payable to", BO], y=s.h - 70)
    t2 = truth("other", None, insurer=None, group=HG, member_id=mid, member_name=org, cases=[cno],
               claim_amount=m2(billed), service_dates=[iso(d) for d in sess], denial_date=iso(st_d), provider=BO,
               alternates={"case_numbers": [[]]}, unscored=["insurer"])
    return memo, [(out(p), t1), (out(s), t2)]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [Item(F + "born_digital_family_eob_four_claims_25th_therapy_visit_code_pv", "born_digital",
                  [born_eob(rng)]),
             Item(F + "lowres_parish_hours_short_eligibility_side_column", "scan_lowres_150",
                  [lowres_eligibility(rng)]),
             Item(F + "phone_es_caida_en_la_torre_compensacion_laboral", "phone_photo", [phone_es(rng)]),
             Item(F + "photocopy_shoulder_mri_no_prior_approval_boxes_under", "photocopy", [photocopy_mri(rng)]),
             Item(F + "rotated_earplug_pre_approval_boxes", "rotated", [rotated_approval(rng)]),
             Item(F + "faxfine_administrator_provider_notice_hearing_aids_out_of_network", "fax_fine_g4",
                  [faxfine_oon(rng)])]
    memo, docs = scanclean_stack(rng)
    items.append(Item(F + "scanclean_stack_parish_memo_appeal_decision_shockwave_page_two_sideways_then_statement",
                      "scan_clean_300", docs, separators=[memo, None], turns={(0, 1): 90}))
    return items
