"""An invented guild health fund for puppeteers, mask makers and theatre craft workers: the Tattercoat Guild Health
Fund of the Tattercoat Guild of Puppeteers, Mask Makers and Theatre Craftworkers (Board of Trustees and Fund
Office in Minneapolis), administered by Marotte Benefit Administrators, Inc., which prints some papers on its own
letterhead. The invented rules: a member earns coverage with 280 covered hours reported by signatory producers in a
work quarter, and those hours cover the benefit quarter that starts on the first day of the third month after the
work quarter ends (January-March hours cover June 1 through August 31); a member short by 60 hours or less may
self-pay before the quarter starts; an injury while working for a signatory producer, in its theatre or its build
shop, goes to the producer's workers' compensation first; care outside the Footlight Provider Network area is paid
only in an emergency, unless the member is on a touring roster a signatory producer filed with the Fund; outpatient
surgery and advanced imaging need the Fund's advance review; physical, occupational and hand therapy together are
paid for 36 visits a calendar year a person; treatments the Fund's medical policy calls investigational (such as
platelet-rich plasma injections) are not paid; appeals go to the Trustees' Appeals Committee within 180 days. Plan
ID TGHF-0612; groups are the signatory producers (P-1408 Tumbledown Marionette Theatre, P-1422 Lanternjaw Puppet
Company, P-1437 Papier Moon Mask Studio, P-1451 Orrery Street Scenic Works, P-1466 Punchinello Touring
Productions); member numbers "TG" + seven digits, a spouse or child written as the member's number with a suffix
("-02", "*03", " 03"); claim numbers "MC" + year and month + "-" + five digits; advance review numbers "AR" + the
same shape; appeal numbers "GA-26-" + four digits. Every producer, theatre, clinic, person, number and code is
invented (real towns, invented streets; phones 555); CPT and ICD-10 codes as themselves.

Documents (8 in 7 files):
- born_digital_family_eob_glance_column_spouse_therapy_visit_v9_on_page_two: a two-page family EOB (the brand in
  letter-spaced capitals over two lines with an "administered by" line); the claims table has a "Your plan at a
  glance" column beside it on page 1 and runs on to page 2, where the spouse's ("-02") second occupational therapy
  visit pays 0.00 under V9 (over 36 visits a year), told only in the remark list.
- faxstd_stack_company_manager_letter_cover_build_shop_injury_upside_down_then_spouse_surgery_approval: a
  standard-fax stack of a touring company manager's fax cover whose message is a letter to the member ("Dear ..."),
  the Fund's two-page letter sending a build-shop gouge injury to the producer's workers' compensation first (page 2
  upside down) and the Fund's advance review approval of the spouse's ("*02") knee arthroscopy (denies nothing).
- scanclean_es_horas_insuficientes_trimestre_de_beneficios: a clean-scan Spanish letter: 232 of 280 hours in the
  work quarter, no coverage for the benefit quarter.
- photocopy_festival_gig_not_on_touring_roster_urgent_care_outside_network: a photocopied letter with captions
  under their values: urgent care in another state during a non-signatory festival gig, not on a touring roster.
- rotated_appeals_committee_prp_injections_investigational: the Appeals Committee's two-page decision fed turned,
  keeping the refusal of platelet-rich plasma injections for a rod puppeteer's elbow (no further internal appeal).
- lowres_carpal_tunnel_release_without_advance_review_running_header: a 150 dpi letter with the member and claim
  numbers in a running header, refusing a carpal tunnel release done without advance review.
- faxfine_provider_notice_son_hand_therapy_not_necessary: a fine-fax provider notice from the administrator to a
  hand therapy clinic refusing 12 more visits for the member's son (" 03"), not medically necessary.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundel_famld import (ELSheet, abbr, day_long, digits, dmy_abbr, dmy_dash, dmy_dots, es_date, es_wday,
                               guild_address, iso, last_first, letter_cover, long, n2, people, phone, plus, slash,
                               tollfree, upper, usd, usd_tail, wday_long, ymd_slash, yy)
from public_kit import m2, out, truth

FAMILY = ("tattercoat_guild_puppeteers_mask_makers_theatre_crafts_health_fund_production_hours_workshop_injury_"
          "touring_and_therapy_limit_refusals")
LANG = "en"
SEED = 355113
FUND = "Tattercoat Guild Health Fund"
FUND_ALT = ["Tattercoat Guild", "Tattercoat", "Tattercoat Guild of Puppeteers, Mask Makers and Theatre Craftworkers",
            "Tattercoat Guild Health Fund Office"]
TPA = "Marotte Benefit Administrators, Inc."
TPA_ALT = ["Marotte Benefit Administrators", "Marotte", FUND]
GUILD = "Tattercoat Guild of Puppeteers, Mask Makers and Theatre Craftworkers"
PLAN_ID = "TGHF-0612"
OFFICE = "Fund Office, 1187 Flyloft St, Minneapolis, MN 55401"
PRODUCERS = {"P-1408": "Tumbledown Marionette Theatre", "P-1422": "Lanternjaw Puppet Company",
             "P-1437": "Papier Moon Mask Studio", "P-1451": "Orrery Street Scenic Works",
             "P-1466": "Punchinello Touring Productions"}


def member_no(rng):
    return "TG" + digits(rng, 7)


def claim_no(rng, d: dt.date, lead="MC"):
    return f"{lead}{d.strftime('%y%m')}-{digits(rng, 5)}"


def fund_head(p, rng, box=None, es=False):
    right = ([OFFICE, f"Línea para miembros {tollfree(rng)}", f"Fax {phone(rng, '612')}"] if es else
             [OFFICE, f"Member line {tollfree(rng)}", f"Fax {phone(rng, '612')}  \u00b7  TTY 711"])
    admin = (f"administrado por {TPA} para la Junta de Fideicomisarios" if es else
             f"administered by {TPA} for the Board of Trustees")
    p.spaced_brand("Tattercoat", "Guild Health Fund", admin, right, box=box)


def tpa_head(p, rng, title, sub):
    p.logo_title("MAROTTE", title, sub=sub,
                 note=f"{TPA}  \u00b7  claims administrator for the {FUND}  \u00b7  Providers "
                      f"{tollfree(rng, '888')}", logo_size=17, title_size=13, reverse=True)
    p.set_line_width(0.7)
    p.line_seg(p.l_margin, p.get_y(), p.w - p.r_margin, p.get_y())
    p.set_line_width(0.2)
    p.ln(4)


# ------------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    sub, sp, kid, ht, ot, ped, labdoc = people(rng, 7, sexes="MFFXXXX", guild=True)
    fam = sub.split()[-1]
    sp = f"{sp.split()[0]} {sp.split()[1]} {fam}"
    kid = f"{kid.split()[0]} {kid.split()[1]} {fam}"
    num = member_no(rng)
    grp = "P-1408"
    sd = dt.date(2026, 5, 19)
    addr = guild_address(rng)
    HT = "Gantlet Row Hand & Upper Limb Therapy"
    OT = "Thimblerig Occupational Therapy"
    PED = "Wicklamp Pediatrics"
    LAB = "Trundle Hill Reference Laboratory"
    # (who, suffix, provider, [(date, code, service, billed, allowed, paid, owe, remark)])
    claims = [
        (sub, "-01", HT, [(dt.date(2026, 4, 14), "97140", "Manual therapy, hand", 142.00, 96.40, 77.12, 19.28, "T4"),
                          (dt.date(2026, 4, 14), "97110", "Therapeutic exercise", 118.00, 81.25, 65.00, 16.25,
                           "T4")]),
        (kid, "-03", PED, [(dt.date(2026, 4, 16), "99213", "Office visit", 176.00, 118.30, 94.64, 23.66, "P1"),
                           (dt.date(2026, 4, 16), "87880", "Rapid strep test", 42.00, 21.15, 16.92, 4.23, "P1")]),
        (sub, "-01", HT, [(dt.date(2026, 4, 21), "97140", "Manual therapy, hand", 142.00, 96.40, 77.12, 19.28,
                           "T4")]),
        (sp, "-02", OT, [(dt.date(2026, 4, 22), "97535", "Self-care training", 136.00, 92.80, 74.24, 18.56, "T4"),
                         (dt.date(2026, 4, 29), "97535", "Self-care training", 136.00, 0.00, 0.00, 0.00, "V9")]),
        (sub, "-01", LAB, [(dt.date(2026, 4, 30), "80053", "Metabolic panel", 64.00, 18.90, 15.12, 3.78, "P1")]),
    ]
    head = ["Date", "Code", "Service", "Billed", "Allowed", "Fund paid", "You owe", "Note"]
    widths = [15, 11, 36, 15, 15, 14, 13, 11]
    aligns = ["L", "L", "L", "R", "R", "R", "R", "C"]
    pages = [[], []]
    bolds = [set(), set()]
    tb = ta = tp = to = 0.0
    den = None
    for k, (who, suf, prov, lines) in enumerate(claims):
        pg = 0 if k < 3 else 1
        cn = claim_no(rng, lines[0][0])
        rows = pages[pg]
        bolds[pg].add(len(rows))
        rows.append([f"{who}  \u00b7  {num}{suf}", "", "", "", "", "", "", ""])
        bolds[pg].add(len(rows))
        rows.append([f"Claim {cn}  \u00b7  {prov}", "", "", "", "", "", "", ""])
        sb = sa = spd = so = 0.0
        for d, code, svc, b, a, pd, ow, rm in lines:
            rows.append([yy(d), code, svc, n2(b), n2(a), n2(pd), n2(ow), rm])
            sb, sa, spd, so = sb + b, sa + a, spd + pd, so + ow
        rows.append(["", "", "Claim total", n2(sb), n2(sa), n2(spd), n2(so), ""])
        bolds[pg].add(len(rows) - 1)
        rows.append(["", "", "", "", "", "", "", ""])
        tb, ta, tp, to = tb + sb, ta + sa, tp + spd, to + so
        if any(ln[-1] == "V9" for ln in lines):
            den = (who, suf, cn, round(sb, 2), lines, prov)
    p = ELSheet(footer="Page {n} of {nb}", footer_left=f"MBA-EOB-TG (rev. 02/2026)  \u00b7  {sd.strftime('%m/%d/%y')}",
                run_hdr=f"{last_first(sub)}  \u00b7  Member no. {num}  \u00b7  Statement {upper(sd)}")
    p.set_margins(16, 13, 16)
    p.add_page()
    fund_head(p, rng, box="EXPLANATION OF BENEFITS")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    p.f(9.6, "B")
    p.cell(0, 5, "THIS IS NOT A BILL", new_x="LMARGIN", new_y="NEXT")
    p.f(9.8)
    for ln in [sub, *addr]:
        p.cell(0, 4.8, ln, new_x="LMARGIN", new_y="NEXT")
    p.kv_box([("Statement date", long(sd)), ("Member (subscriber)", sub), ("Member no.", num),
              ("Producer / group", f"{grp}  {PRODUCERS[grp]}")], p.l_margin + W - 104, y, 104, cap_w=36, size=8.6)
    p.set_y(max(p.get_y(), y + 27) + 3)
    p.para(f"This statement shows claims the Fund processed for you and the family members covered under your "
           f"membership. Family members are listed with your member number and their own two-digit suffix. Remark "
           "codes are explained on page 2.", 8.6)
    p.side_table(head, pages[0], widths, aligns, [
        ("Plan ID", PLAN_ID), ("Covered through", "May 31, 2026 (hours from Oct-Dec 2025)"),
        ("Next benefit quarter", "Jun 1 - Aug 31, 2026: 316 hours reported, eligible"),
        ("Family deductible", "$600.00, met $412.50"),
        ("Footlight Provider Network", tollfree(rng, "866")),
        ("Touring roster on file", "None this quarter")],
        side_w=46, side_title="Your plan at a glance", size=7.4, row_h=4.5, bold_rows=bolds[0], side_size=7.6)
    p.f(7.6)
    p.cell(0, 4, "Your claims continue on page 2.", new_x="LMARGIN", new_y="NEXT")
    p.add_page()
    p.heading("Your claims, continued", 10.6)
    p.bare_table(head, pages[1], [w * 1.3 for w in widths], aligns=aligns, size=7.8, row_h=4.6,
                 bold_rows=bolds[1],
                 totals=["", "", "Totals this statement", n2(tb), n2(ta), n2(round(tp, 2)), n2(round(to, 2)), ""])
    p.legend("Notes (remark codes)", [
        ("P1", "Paid at the Footlight network level after the deductible; the Fund pays 80% of the allowed amount."),
        ("T4", "Therapy visit counted toward the visits the Fund pays in the calendar year. Paid at 80%."),
        ("V9", "Not covered. The Fund pays for 36 physical, occupational and hand therapy visits in all for each "
               "person in a calendar year. This visit is over that number. The provider may bill you for it only if "
               "you agreed in writing before the visit.")], size=8)
    p.para("If you think a claim was handled wrongly, you may appeal to the Trustees' Appeals Committee within 180 "
           "days of the date of this statement. Write to the Fund Office with the claim number and any papers that "
           "support your appeal. For example, if you send receipts for $100.00, send copies and keep the originals.",
           8.6)
    p.nondiscrim(FUND, tollfree(rng))
    who, suf, cn, total, lines, prov = den
    refused = [ln for ln in lines if ln[-1] == "V9"][0]
    t = truth("eob", "not_covered", insurer=FUND, plan_id=PLAN_ID, group=grp, member_id=num + suf, member_name=who,
              cases=[cn], claim_amount=m2(total), service_dates=[iso(refused[0])], denial_date=iso(sd), provider=prov,
              appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": FUND_ALT, "member_id": [num], "claim_amount": [m2(refused[3])],
                          "service_dates": [[iso(ln[0]) for ln in lines]]},
              denial_alternates=["other"], type_alternates=["denial_letter"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    mem, mgr, sp, er, exam, surg, nurse = people(rng, 7, sexes="MFFXXXF", guild=True)
    sp = f"{sp.split()[0]} {sp.split()[1]} {mem.split()[-1]}"
    num = member_no(rng)
    grp = "P-1422"
    tour = PRODUCERS["P-1466"]
    sent = dt.date(2026, 6, 12)
    cover = letter_cover(
        tour, ["Company Management  \u00b7  on tour: \"The Lantern and the Crow\"",
               f"Touring office {phone(rng, '651')}  \u00b7  Fax {phone(rng, '651')}"],
        [("To:", mem), ("From:", f"{mgr}, Company Manager"), ("Fax:", f"{phone(rng, '515')} (hotel front desk)"),
         ("Phone:", phone(rng, "651")), ("Date:", slash(sent)), ("Pages:", "4 including this page")],
        f"Dear {mem.split()[0]},",
        ["Two letters from the Fund came to the touring office for you this week, since you asked us to hold your "
         "mail while we are on the road. I opened nothing; the Fund Office called and asked me to fax them to you "
         "so you would not miss any dates.",
         "The first is about the emergency room visit after the gouge slipped in the build shop. Lanternjaw's "
         "workers' comp carrier already has our incident report from that day, and I have their claim number if "
         "you need it. The second looks like good news for your wife's knee.",
         "We load out of Des Moines on Sunday after the matinee and open in Omaha on Wednesday. The hotel there will "
         "have a fax too."],
        ["Take care of that hand,", "", mgr, "Company Manager"],
        "This fax may contain private health information meant only for the person named above. If it reached you "
        "by mistake, please call the touring office and shred it.")
    # document 1: the Fund's letter on the build-shop injury (page 2 goes through upside down)
    inj = dt.date(2026, 5, 14)
    ld = dt.date(2026, 6, 9)
    rcvd = dt.date(2026, 5, 28)
    cn = claim_no(rng, inj)
    HOSP = "Marchpane Regional Medical Center"
    lines = [("99283", "Emergency department visit", 968.00), ("12002", "Simple repair of wound, 2.6-7.5 cm", 412.00),
             ("90715", "Tetanus booster (Tdap)", 74.00), ("90471", "Vaccine administration", 32.00)]
    tot = round(sum(x for *_, x in lines), 2)
    d = ELSheet(footer="Page {n} of {nb}", footer_left=f"TG-CL-7 (rev. 02/2026)  \u00b7  {ymd_slash(ld)}")
    d.set_margins(18, 14, 18)
    d.add_page()
    fund_head(d, rng)
    d.line(wday_long(ld), 10.2, "B")
    d.ln(2)
    for ln in [mem, f"c/o {tour}", "Company Management, 418 Wingspace Rd", "St. Paul, MN 55104"]:
        d.line(ln, 10)
    d.ln(3)
    W = d.w - d.l_margin - d.r_margin
    d.under([(num, "Member no."), (grp, "Producer (group)"), (cn, "Claim no."), (slash(inj), "Date of injury"),
             (usd(tot), "Billed")], [W * 0.2, W * 0.14, W * 0.24, W * 0.2, W * 0.22])
    d.subject("Your emergency room visit for a cut to the left hand")
    d.para(f"Dear {mem}:", 10)
    d.para(f"We received the claim from {HOSP} on {long(rcvd)}. The emergency room record says you cut your left "
           "palm with a carving gouge while shaping a puppet head in the build shop of Lanternjaw Puppet Company, "
           "where you were working as a puppet builder before you left on tour.", 10)
    d.para("The Fund does not pay first for an injury that happens while you are working for a signatory producer, "
           "in its theatre or its build shop. The producer's workers' compensation insurance must decide the claim "
           "first. Please give the hospital the carrier's name and claim number. If the carrier denies the claim, "
           "send us its written decision and we will look at the claim again.", 10)
    d.add_page()
    d.heading("The claim we received", 11, rule=True)
    d.zebra(["Date", "Code", "Service", "Billed", "Fund paid"],
            [[slash(inj), c, s, n2(x), "0.00"] for c, s, x in lines] + [["", "", "Total", n2(tot), "0.00"]],
            [W * 0.15, W * 0.12, W * 0.45, W * 0.14, W * 0.14], aligns=["L", "L", "L", "R", "R"], size=8.8)
    d.para(f"Provider: {HOSP}, Minneapolis, Minnesota. Attending physician: {er}, MD.", 9.4)
    d.heading("If you disagree", 10.6)
    d.para("You may appeal to the Trustees' Appeals Committee within 180 days of the date of this letter. Tell us "
           "why you think the Fund should pay first, for example if you were not working for the producer at the "
           "time, and send anything that supports your appeal.", 10)
    d.two_sigs([exam, "Claims examiner"], ["Fund Manager", FUND])
    t1 = truth("denial_letter", "other", insurer=FUND, group=grp, member_id=num, member_name=mem, cases=[cn],
               claim_amount=m2(tot), service_dates=[iso(inj)], denial_date=iso(ld), provider=HOSP,
               appeal_deadline=iso(plus(ld, 180)),
               alternates={"insurer": FUND_ALT, "provider": [f"{er}, MD", er]},
               denial_alternates=["not_covered"])
    # document 2: advance review approval of the spouse's knee arthroscopy (denies nothing)
    ad = dt.date(2026, 6, 10)
    sday = dt.date(2026, 6, 30)
    ar = claim_no(rng, ad, "AR")
    ASC = "Popinjay Orthopedic Surgery Center"
    a = ELSheet(footer=None, footer_left=f"TG-AR-2 (rev. 02/2026)  \u00b7  Advance review {ar}")
    a.set_margins(18, 14, 18)
    a.add_page()
    fund_head(a, rng, box="ADVANCE REVIEW: APPROVED")
    a.line(f"Date: {dmy_dash(ad)}", 10, "B")
    a.ln(2)
    a.addr_kv([mem, f"c/o {tour}", "Company Management, 418 Wingspace Rd", "St. Paul, MN 55104"],
              [("Patient", sp), ("Patient ID", f"{num}*02"), ("Member (subscriber)", f"{mem}, {num}"),
               ("Group", grp), ("Review no.", ar), ("Surgery date", long(sday)), ("Surgeon", f"Dr. {surg}")],
              w=100, cap_w=34)
    a.para(f"Dear {mem}:", 10)
    a.para(f"Dr. {surg} asked the Fund to review a planned arthroscopy of the right knee (CPT 29881, meniscus "
           f"repair) for your wife, {sp}, at {ASC} in Minneapolis. We reviewed the request and the MRI report. "
           "The surgery meets the Fund's medical policy and is approved as an outpatient procedure.", 10)
    a.decision_strip("APPROVED  \u00b7  outpatient knee arthroscopy", f"Review no. {ar}")
    a.para(f"This approval is good for surgery from {slash(plus(sday, -7))} through {slash(plus(sday, 30))} at a "
           "Footlight network surgery center. Your copay for outpatient surgery is $250.00; the Fund then pays 80% of "
           "the allowed amount after the family deductible. Physical therapy after surgery counts toward the 36 "
           "therapy visits a year.", 9.8)
    a.signoff(["Sincerely,", nurse + ", RN", f"Advance Review Nurse, {FUND}"], 9.6)
    t2 = truth("other", None, insurer=FUND, group=grp, member_id=f"{num}*02", member_name=sp, cases=[ar],
               service_dates=[iso(sday)], denial_date=iso(ad), provider=ASC,
               alternates={"insurer": FUND_ALT, "member_id": [num, f"{num}-02"],
                           "provider": [f"Dr. {surg}", surg]})
    return cover, [(out(d), t1), (out(a), t2)]


# ------------------------------------------------------------------------------------------------------------------
def scanclean_es(rng):
    mem, derm, exam = people(rng, 3, es=True, sexes="FXX", guild=True)
    num = member_no(rng)
    grp = "P-1437"
    ld = dt.date(2026, 6, 30)
    svc = dt.date(2026, 6, 9)
    cn = claim_no(rng, svc)
    CLIN = "Clínica de Dermatología Whirligig"
    billed = 318.00
    hours = [("P-1437", PRODUCERS["P-1437"], "máscaras de \"Carnaval de Papel\"", dt.date(2026, 1, 5),
              dt.date(2026, 2, 13), 148),
             ("P-1451", PRODUCERS["P-1451"], "pintura escénica de primavera", dt.date(2026, 2, 23),
              dt.date(2026, 3, 20), 84)]
    total_h = sum(h[-1] for h in hours)
    p = ELSheet(footer=None, footer_left=f"TG-EL-3S (rev. 02/2026)  \u00b7  {FUND}")
    p.set_margins(18, 14, 18)
    p.add_page()
    fund_head(p, rng, es=True)
    p.line(es_wday(ld), 10.2, "B")
    p.ln(2)
    p.addr_kv([mem, *guild_address(rng)],
              [("Miembro", mem), ("Núm. de miembro", num), ("Productor", grp), ("Reclamo", cn),
               ("Fecha del servicio", slash(svc)), ("Cargos", usd(billed))], w=96, cap_w=34)
    p.para(f"Estimada {mem}:", 10)
    p.para(f"Recibimos la factura de {CLIN} por su consulta del {es_date(svc)} por una dermatitis en las manos. "
           "El Fondo no puede pagar esta factura porque usted no tenía cobertura en esa fecha.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.zebra(["Productor", "Trabajo", "Fechas", "Horas"],
            [[f"{c} {n}", w_, f"{slash(a)} - {slash(b)}", str(h)] for c, n, w_, a, b, h in hours] +
            [["Total, enero a marzo de 2026", "", "", str(total_h)]],
            [W * 0.36, W * 0.3, W * 0.24, W * 0.1], aligns=["L", "L", "L", "R"], size=8.4,
            title="Horas reportadas por productores signatarios")
    p.para(f"Para tener cobertura del 1 de junio al 31 de agosto de 2026, un miembro necesita 280 horas cubiertas "
           f"en el trimestre de trabajo de enero a marzo de 2026. Los productores reportaron {total_h} horas a su "
           f"nombre, {280 - total_h} menos de las necesarias. Le enviamos un aviso de autopago el "
           f"{es_date(dt.date(2026, 4, 20))}; el pago de $412.00 debía llegar antes del {es_date(dt.date(2026, 5, 25))} "
           "y no lo recibimos.", 10)
    p.flow_cols([
        "Si cree que faltan horas, por ejemplo de una producción que no aparece en la tabla, puede apelar ante el "
        "Comité de Apelaciones de los Fideicomisarios dentro de 180 días a partir de la fecha de esta carta. "
        "Envíe talones de pago o contratos que muestren las horas.",
        f"Si tiene preguntas sobre sus horas, llame a la Oficina del Fondo. Sus horas de abril a junio de 2026 "
        "decidirán su cobertura del 1 de septiembre al 30 de noviembre de 2026.",
    ], n=2, size=9)
    p.signoff(["Atentamente,", exam, "Unidad de Elegibilidad, Oficina del Fondo"], 9.6)
    t = truth("denial_letter", "eligibility", insurer=FUND, group=grp, member_id=num, member_name=mem, cases=[cn],
              claim_amount=m2(billed), service_dates=[iso(svc)], denial_date=iso(ld), provider=CLIN,
              appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": FUND_ALT})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def photocopy_festival(rng):
    mem, np_, exam = people(rng, 3, sexes="FXX", guild=True)
    num = member_no(rng)
    grp = "P-1422"
    ld = dt.date(2026, 6, 18)
    fa, fb = dt.date(2026, 5, 22), dt.date(2026, 6, 5)
    svc = dt.date(2026, 5, 27)
    rcvd = dt.date(2026, 6, 8)
    cn = claim_no(rng, svc)
    UC = "Gimcrack Walk-In Clinic of Asheville"
    billed = 285.00
    p = ELSheet(footer=None, footer_left=f"TG-CL-4 (rev. 02/2026)  \u00b7  Letter of {dmy_dots(ld)}")
    p.set_margins(18, 14, 18)
    p.add_page()
    fund_head(p, rng)
    p.line(day_long(ld), 10.2, "B")
    p.ln(2)
    for ln in [mem, *guild_address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    W = p.w - p.l_margin - p.r_margin
    p.hung([(num, "Member number", W * 0.2), (grp, "Group", W * 0.12), (cn, "Claim", W * 0.22),
            (slash(rcvd), "Claim received", W * 0.18), (usd_tail(billed), "Charges", W * 0.28)])
    p.hung([(UC, "Provider", W * 0.44), (slash(svc), "Date of visit", W * 0.22), ("Asheville, NC", "Where",
                                                                                 W * 0.34)])
    p.ln(2)
    p.para(f"Dear {mem}:", 10)
    p.para(f"{UC} sent us a claim for your visit on {long(svc)} for a sinus infection. You were in Asheville, North "
           f"Carolina, performing at the Hurdy Gurdy Hollow Puppetry Festival from {long(fa)} through {long(fb)}.", 10)
    p.para("The Fund pays for care outside the Footlight Provider Network area only in an emergency, or while you "
           "are on a touring roster that a signatory producer has filed with the Fund. The festival engagement was "
           "your own booking, not a production of a signatory producer, and no touring roster with your name was "
           "on file for those dates. A sinus infection treated at a walk-in clinic is not an emergency under the "
           "plan, so the Fund cannot pay this claim. The clinic is not in the Footlight network and may bill you.",
           10)
    p.para("Before your next engagement out of town, ask the producer whether it will file a touring roster, or call "
           "the member line for a Footlight provider near you. Footlight has telehealth visits for $0.", 10)
    p.para(f"If you disagree, you may appeal to the Trustees' Appeals Committee. Your appeal must be received by "
           f"{long(plus(ld, 180))}. Please include the claim number.", 10)
    p.signoff(["Sincerely,", exam, f"Claims examiner, {FUND} Office"], 9.6)
    t = truth("denial_letter", "out_of_network", insurer=FUND, group=grp, member_id=num, member_name=mem, cases=[cn],
              claim_amount=m2(billed), service_dates=[iso(svc)], denial_date=iso(ld), provider=UC,
              appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": FUND_ALT}, denial_alternates=["not_covered", "eligibility"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def rotated_appeal(rng):
    mem, doc, chair, sec, rev = people(rng, 5, sexes="MXXXX", guild=True)
    num = member_no(rng)
    grp = "P-1408"
    dd = dt.date(2026, 8, 14)
    inj = [dt.date(2026, 4, 7), dt.date(2026, 5, 5)]
    ar = dt.date(2026, 7, 2)
    cn = claim_no(rng, inj[0])
    ap = f"GA-26-{digits(rng, 4)}"
    CLIN = "Bellows Yard Sports & Spine Medicine"
    per = 875.00
    billed = round(per * 2, 2)
    p = ELSheet(footer="Page {n} of {nb}", footer_left=f"TG-AD-1 (rev. 02/2026)  \u00b7  Decision mailed {slash(dd)}")
    p.set_margins(19, 15, 19)
    p.add_page()
    fund_head(p, rng, box="APPEAL DECISION")
    p.memo([("TO:", f"{mem}, member no. {num}, group {grp}"),
            ("FROM:", f"Appeals Committee, Board of Trustees, {FUND}"),
            ("DATE:", long(dd)),
            ("RE:", f"Appeal {ap}  \u00b7  claim {cn}")], size=9.8, cap_w=20)
    p.para(f"The Appeals Committee met on {long(plus(dd, -3))} and reviewed your appeal, received on {slash(ar)}, "
           f"of the Fund's refusal to pay {CLIN} {usd(billed)} for two platelet-rich plasma (PRP) injections into your "
           f"right elbow by Dr. {doc} on {long(inj[0])} and {long(inj[1])}.", 10)
    p.section("1", "What the Committee reviewed")
    p.bullets(["Your appeal letter and the letter of support from Dr. " + doc + ".",
               "The clinic's notes: lateral epicondylitis (M77.11) after years of rod-puppet work overhead, six "
               "weeks of therapy and a brace before the injections.",
               "The Fund's medical policy on injection treatments, reviewed by an independent orthopedic "
               f"surgeon, {rev}, MD, on {slash(plus(dd, -12))}.",
               "The claim (CPT 0232T, two dates) and the first decision."], 9.6)
    p.add_page()
    p.section("2", "Decision")
    p.para("The Committee keeps the Fund's decision. The Fund's medical policy lists PRP injections for tendon "
           "problems of the elbow as investigational: the studies so far do not show that they work better than "
           "other treatment. The plan does not pay for investigational treatment, even when a doctor recommends it "
           "and other treatment has not helped.", 10)
    p.para("The Committee noted that the therapy and the brace were paid, and that a surgical consultation would be "
           "covered if the pain continues.", 10)
    p.section("3", "Your rights")
    p.para("This is the Fund's final decision on your claim; there is no further appeal within the Fund. Because the "
           "decision involves a medical judgment, you may ask for an external review by an independent review "
           "organization within four months after you receive this letter. You also have the right to bring a civil "
           "action under section 502(a) of ERISA. You may ask for copies of all papers used, free of charge.", 9.6)
    p.two_sigs([chair, "Chair, Appeals Committee"], [sec, "Secretary, Board of Trustees"])
    t = truth("denial_letter", "experimental", insurer=FUND, group=grp, member_id=num, member_name=mem,
              cases=[ap, cn], claim_amount=m2(billed), service_dates=[iso(d) for d in inj], denial_date=iso(dd),
              provider=CLIN,
              alternates={"insurer": FUND_ALT, "case_numbers": [[ap], [cn]], "provider": [f"Dr. {doc}", doc]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def lowres_carpal(rng):
    mem, surg, exam = people(rng, 3, sexes="FXX", guild=True)
    num = member_no(rng)
    ld = dt.date(2026, 6, 26)
    sday = dt.date(2026, 5, 20)
    rcvd = dt.date(2026, 6, 10)
    cn = claim_no(rng, sday)
    ASC = "Cobweb Lane Surgery Center"
    lines = [("64721", "Carpal tunnel release, right", 3840.00), ("01810", "Anesthesia, forearm / wrist / hand",
                                                                   920.00),
             ("J2001", "Lidocaine injection", 36.00)]
    tot = round(sum(x for *_, x in lines), 2)
    p = ELSheet(footer="Page {n} of {nb}", every=f"{FUND}  \u00b7  {num}  \u00b7  {cn}  \u00b7  Page {{n}} of {{nb}}")
    p.set_margins(18, 14, 18)
    p.add_page()
    fund_head(p, rng)
    p.line(abbr(ld), 10.2, "B")
    p.ln(2)
    for ln in [mem, *guild_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.subject(f"Surgery at {ASC}")
    p.para(f"Dear {mem}:", 10)
    p.para(f"We received the surgery center's claim on {slash(rcvd)} for the release of the carpal tunnel in your "
           f"right wrist by Dr. {surg} on {long(sday)}. The claim lists these charges:", 10)
    W = p.w - p.l_margin - p.r_margin
    p.bare_table(["Code", "Service", "Charges"], [[c, s, n2(x)] for c, s, x in lines],
                 [W * 0.16, W * 0.6, W * 0.24], aligns=["L", "L", "R"], size=9.2, row_h=5.4,
                 totals=["", "Total", n2(tot)])
    p.para("Outpatient surgery needs the Fund's advance review before it is done, except in an emergency. The "
           "surgeon's office or you must call the Fund Office at least five working days before the surgery. We "
           "have no advance review request for this surgery; the surgeon's office first called on "
           f"{slash(plus(sday, 8))}, after the surgery. Because the surgery was planned and was not reviewed "
           "before it was done, the Fund cannot pay this claim.", 10)
    p.para("Your hand problem itself, numbness from years of sewing and carving masks, is covered by the plan. If "
           "you or the surgeon's office can show that a request was made before the surgery (for example, a fax "
           "confirmation), send it with an appeal.", 10)
    p.add_page()
    p.heading("Your right to appeal", 11, rule=True)
    p.para("You may appeal to the Trustees' Appeals Committee within 180 days of the date of this letter. Write to "
           "the Fund Office, sign your letter and include the claim number. The Committee meets every two months and "
           "decides most appeals at its next meeting. You may ask for copies of the papers we used, free of charge.",
           10)
    p.para("The surgery center agreed with the Footlight network not to bill you for services denied only because "
           "advance review was missing. If you get a bill, call us.", 10)
    p.signoff(["Sincerely,", exam, "Claims examiner, Fund Office"], 9.6)
    p.tagline_block(tollfree(rng))
    t = truth("denial_letter", "prior_authorization", insurer=FUND, member_id=num, member_name=mem,
              cases=[cn], claim_amount=m2(tot), service_dates=[iso(sday)], denial_date=iso(ld), provider=ASC,
              appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": FUND_ALT, "provider": [f"Dr. {surg}", surg]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxfine_son(rng):
    sub, son, ther, nurse, md = people(rng, 5, sexes="XMXFX", guild=True)
    son = f"{son.split()[0]} {son.split()[1]} {sub.split()[-1]}"
    num = member_no(rng)
    grp = "P-1451"
    nd = dt.date(2026, 6, 24)
    req = dt.date(2026, 6, 17)
    ra, rb = dt.date(2026, 6, 29), dt.date(2026, 8, 21)
    ar = claim_no(rng, nd, "AR")
    CL = "Quillpen Hand Therapy Center"
    p = ELSheet(footer="Page {n} of {nb}",
                fax_hdr=f"{upper(nd)} 11:42  FROM: MAROTTE ADV REVIEW 651 555 {digits(rng, 4)}  TO: {CL.upper()}  "
                        f"P. {{n}}")
    p.set_margins(17, 14, 17)
    p.add_page()
    tpa_head(p, rng, "Provider Notice", "Advance review of therapy visits")
    p.line(f"Notice date: {day_long(nd)}", 10, "B")
    p.ln(2)
    y = p.get_y()
    for ln in [CL, "Attn: Scheduling and Authorizations", "2290 Sackbut Ave", "St. Paul, MN 55108",
               f"Fax {phone(rng, '651')}"]:
        p.line(ln, 9.8)
    W = p.w - p.l_margin - p.r_margin
    p.set_y(y)
    p.grey_tabs([("Patient", son), ("Patient ID", f"{num} 03"), ("Subscriber", f"{sub}  ({num})"),
                 ("Group", grp), ("Review no.", ar), ("Received", slash(req))],
                x=p.l_margin + W - 100, w=100, cap_w=30, size=8.8, cap=6.2, h=6.2)
    p.set_y(max(p.get_y(), y + 30) + 2)
    p.grid([[("Service requested", "97110 / 97140 hand therapy, 12 visits"),
             ("Dates requested", f"{slash(ra)} through {slash(rb)}")],
            [("Treating therapist", f"{ther}, OTR/L, CHT"), ("Decision", "NOT APPROVED")]], size=8.8, cap=6.2, h=10)
    p.para(f"We reviewed the request for 12 more hand therapy visits for {son}, a marionette apprentice with "
           f"{PRODUCERS[grp]}, with the therapy notes the center sent. He has had 18 visits since his tendon repair "
           "in February. The notes show full finger motion and grip strength at 92% of the other hand, with the "
           "same measurements at the last three visits.", 9.8)
    p.para("The Fund's therapy guideline pays for visits while a patient is still making measurable progress toward "
           "goals that need a therapist's skill. His progress has leveled off and the remaining goals can be met "
           "with the home exercise program he already has, so the 12 visits are not medically necessary.", 9.8)
    p.para("The treating therapist may ask for a peer-to-peer talk with our reviewer within 5 business days of this "
           "notice. The member, or the center for the member, may appeal within 180 days of the date of this notice. "
           "An urgent appeal is decided within 72 hours.", 9.4)
    p.two_sigs([nurse + ", RN", "Advance review nurse"], [f"{md}, MD", "Physician reviewer"])
    t = truth("denial_letter", "medical_necessity", insurer=TPA, group=grp, member_id=f"{num} 03", member_name=son,
              cases=[ar], service_dates=[f"{iso(ra)}/{iso(rb)}"], denial_date=iso(nd), provider=CL,
              appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": TPA_ALT, "member_id": [num, f"{num}-03"], "service_dates": [[iso(ra)]],
                          "provider": [f"{ther}, OTR/L, CHT", ther]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [Item(F + "born_digital_family_eob_glance_column_spouse_therapy_visit_v9_on_page_two", "born_digital",
                  [born_eob(rng)])]
    cover, docs = faxstd_stack(rng)
    items.append(Item(F + "faxstd_stack_company_manager_letter_cover_build_shop_injury_upside_down_then_spouse_"
                          "surgery_approval", "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 180}))
    items += [
        Item(F + "scanclean_es_horas_insuficientes_trimestre_de_beneficios", "scan_clean_300", [scanclean_es(rng)]),
        Item(F + "photocopy_festival_gig_not_on_touring_roster_urgent_care_outside_network", "photocopy",
             [photocopy_festival(rng)]),
        Item(F + "rotated_appeals_committee_prp_injections_investigational", "rotated", [rotated_appeal(rng)]),
        Item(F + "lowres_carpal_tunnel_release_without_advance_review_running_header", "scan_lowres_150",
             [lowres_carpal(rng)]),
        Item(F + "faxfine_provider_notice_son_hand_therapy_not_necessary", "fax_fine_g4", [faxfine_son(rng)]),
    ]
    return items
