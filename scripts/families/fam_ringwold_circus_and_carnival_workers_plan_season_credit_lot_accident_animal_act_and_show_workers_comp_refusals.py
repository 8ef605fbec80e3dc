"""An invented health plan for circus and traveling carnival performers and crews: the Ringwold Circus and Carnival
Workers Health Plan, sponsored by the Ringwold Traveling Shows Benefit Trust, its Board of Trustees and Plan Office
in Sarasota, Florida, some claims and provider notices handled by the administrator Stakeline Benefit
Administrators, Inc. on its own letterhead. The invented rules: a worker is covered once he or she has 20 show days
on the payroll or under contract with a participating show in a touring season, and 100 show days in a season keep
coverage through the winter quarters; sickness is covered anywhere, but accidents only on the lot (set-up,
performance, teardown) or on the jump between towns in show vehicles; injuries caused by an animal in an animal act,
or while handling or caring for act animals, are excluded because the show's animal-act liability policy covers
them; crew on a show's payroll injured at work go to the show's workers' compensation first; surgery and hospital
stays that are not emergencies are approved ahead ("pre-certification"); claims must reach the plan within 90 days
of the date of service; appeals go to the Trustees within 180 days. Plan ID RWH-503; groups are the participating
shows (G-7310 Canvasback Bros. Circus, G-7325 Windjammer Midway Shows, G-7340 Kettledrum Family Circus, G-7355
Menagerie Lane Amusements); member numbers "RW" + eight digits (printed in groups of 2, 4 and 4); claim numbers
"RC" + year and month + "-" + five digits; approval numbers "RA" + the same shape; appeal numbers "AP26-" + four
digits. Every show, town lot, hospital, practice, person, number and code is invented (real towns, invented
streets; phones 555); CPT and HCPCS codes as themselves.

Documents (8 in 7 files):
- born_digital_eob_five_claims_liberty_horse_code_x7_on_page_two: a two-page EOB from the administrator to an
  aerialist (values over their captions in a box row, the town where the show stood in each claim's band), five
  claims in shaded bands; on page 2 an urgent care claim (visit, foot x-ray, cast) pays 0.00 under X7, an injury
  caused by an animal in an animal act, told only in the remark list; deductible tiles, a "$100.00" example and the
  other claims as decoys; "within 180 days of the date of this statement".
- faxstd_stack_office_wagon_cover_teardown_workers_comp_upside_down_then_hernia_precert: a standard-fax stack of
  a carnival's office wagon fax cover (this week's lot and the next stand as decoy towns and dates), the plan's
  two-page letter to a ride crew member hurt in a teardown (the show's workers' compensation first, page 2 upside
  down) and the plan's pre-certification of his hernia repair (an award panel; denies nothing).
- phone_es_operador_de_juegos_sin_veinte_dias: a photographed Spanish letter to a ride operator who fell ill
  before his 20th show day (show days in a strip as decoys; "dentro de 180 días a partir de la fecha de esta
  carta").
- scanclean_three_pages_dark_day_go_kart_member_number_only_in_band: a clean-scan three-page letter to a clown whose
  member number stands only in a dark band across the top of each page (no caption), the show's route card with the
  dark day and an excerpt of the lot incident log as decoys, refusing an accident at a go-kart park on a dark day
  ("within 180 days of the date of this letter").
- photocopy_hung_captions_winter_quarters_therapy_late_claim: a photocopied letter with the identifiers on a rule,
  captions hanging under the values, refusing three winter-quarters therapy visits filed after 90 days ("must be
  received by" a printed date).
- rotated_trustees_final_decision_shoulder_surgery_without_precert: the Trustees' final appeal decision fed turned,
  numbered findings, keeping the refusal of a trapeze artist's shoulder surgery done without pre-certification
  (no further plan appeal; no deadline).
- faxfine_provider_notice_stilt_walker_mri_not_necessary: a fine-fax pre-service notice from the administrator to an
  imaging center in right-captioned boxes refusing a lumbar MRI for a stilt walker before six weeks of therapy
  ("within 180 days of the date of this notice").
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundek_famka import (KASheet, day_long, digits, dmy_abbr, dmy_dots, es_date, es_wday, iso, last_first,
                               long, n2, people, phone, plus, show_address, slash, tollfree, upper, usd, usd_tail,
                               wagon_cover, wday_long, ymd_slash)
from public_kit import m2, out, truth

FAMILY = "ringwold_circus_and_carnival_workers_plan_season_credit_lot_accident_animal_act_and_show_workers_comp_refusals"
LANG = "en"
SEED = 355100
PLAN = "Ringwold Circus and Carnival Workers Health Plan"
ALT = ["Ringwold Circus & Carnival Workers Health Plan", "Ringwold Health Plan", "Ringwold",
       "Ringwold Traveling Shows Benefit Trust", "Ringwold Circus and Carnival Workers Health Plan Office"]
TPA = "Stakeline Benefit Administrators, Inc."
TPA_ALT = ["Stakeline Benefit Administrators", "Stakeline"]
PLAN_ID = "RWH-503"
OFFICE = "Plan Office, 2280 Bale Ring Blvd, Sarasota, FL 34234"
SHOWS = {"G-7310": "Canvasback Bros. Circus", "G-7325": "Windjammer Midway Shows",
         "G-7340": "Kettledrum Family Circus", "G-7355": "Menagerie Lane Amusements"}


def member_no(rng):
    return "RW" + digits(rng, 8)


def spaced(num):
    """RW 2210 4418 (the eval drops the grouping spaces)"""
    return f"{num[:2]} {num[2:6]} {num[6:]}"


def claim_no(rng, d: dt.date):
    return f"RC{d.strftime('%y%m')}-{digits(rng, 5)}"


def mids(num):
    return num, {"member_id": [num, num[2:]]}


def plan_head(p, rng, box=None, es=False):
    lines = ([f"{OFFICE}  \u00b7  Línea para miembros {tollfree(rng)}  \u00b7  Fax {phone(rng, '941')}"] if es else
             [f"{OFFICE}  \u00b7  Member line {tollfree(rng)}  \u00b7  Fax {phone(rng, '941')}",
              "Sponsored by the Ringwold Traveling Shows Benefit Trust  \u00b7  Board of Trustees"])
    p.marquee_head("Ringwold", "Circus and Carnival Workers Health Plan", lines, box=box)


def tpa_head(p, rng, box):
    y = p.get_y()
    p.f(15, "B")
    p.set_char_spacing(2.4)
    p.cell(0, 7, "STAKELINE", new_x="LMARGIN", new_y="NEXT")
    p.set_char_spacing(0)
    p.f(8.6)
    p.cell(0, 4.2, "Benefit Administrators, Inc.", new_x="LMARGIN", new_y="NEXT")
    p.f(7.4)
    p.cell(0, 3.6, f"{TPA}, claims administrator for the {PLAN}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 3.6, f"PO Box 31507, Tampa, FL 33631-3507  \u00b7  Claims {tollfree(rng, '888')}  \u00b7  "
                   f"Providers {tollfree(rng, '877')}  \u00b7  Fax {phone(rng, '813')}", new_x="LMARGIN", new_y="NEXT")
    p.f(11, "B")
    bw = p.get_string_width(box) + 10
    p.set_xy(p.w - p.r_margin - bw, y)
    p.cell(bw, 9, box, border=1, align="C")
    p.set_xy(p.l_margin, y + 20)
    p.set_line_width(1.2)
    p.line_seg(p.l_margin, p.get_y(), p.w - p.r_margin, p.get_y())
    p.set_line_width(0.2)
    p.ln(4)


# ------------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    mem, er1, uc, pt, chiro, hand = people(rng, 6, sexes="FXXXXX", show=True)
    num = member_no(rng)
    grp = "G-7340"
    sd = dt.date(2026, 5, 12)
    addr = show_address(rng)
    # (provider, town, [(date, code, service, billed, allowed, plan paid, you owe, remark)])
    claims = [
        ("Lake Hollingsworth Walk-In Care", "Lakeland, FL", [
            (dt.date(2026, 3, 18), "99213", "Office visit, sore throat", 184.00, 121.60, 97.28, 24.32, "S1"),
            (dt.date(2026, 3, 18), "87880", "Rapid strep test", 46.00, 22.10, 17.68, 4.42, "S1")]),
        ("Ocmulgee Bend Sports Therapy, LLC", "Macon, GA", [
            (dt.date(2026, 4, 2), "97110", "Therapeutic exercise, 2 units", 228.00, 146.40, 146.40, 0.00, "L2"),
            (dt.date(2026, 4, 2), "97140", "Manual therapy, 1 unit", 104.00, 68.90, 68.90, 0.00, "L2")]),
        (f"{chiro}, DC", "Augusta, GA", [
            (dt.date(2026, 4, 9), "98941", "Spinal manipulation, 3-4 regions", 96.00, 58.35, 46.68, 11.67, "S1")]),
        ("Tybee Reach Hand & Wrist Center", "Savannah, GA", [
            (dt.date(2026, 4, 16), "99213", "Office visit, wrist", 196.00, 128.75, 128.75, 0.00, "L2"),
            (dt.date(2026, 4, 16), "29125", "Short arm splint", 118.00, 71.20, 71.20, 0.00, "L2")]),
        ("Cooper Landing Urgent Care", "Charleston, SC", [
            (dt.date(2026, 4, 23), "99204", "New patient visit", 315.00, 0.00, 0.00, 0.00, "X7"),
            (dt.date(2026, 4, 23), "73630", "X-ray foot, 3 views", 142.00, 0.00, 0.00, 0.00, "X7"),
            (dt.date(2026, 4, 23), "29405", "Short leg cast", 268.00, 0.00, 0.00, 0.00, "X7")]),
    ]
    groups, den = [], None
    tb = ta = tp = to = 0.0
    for prov, town, lines in claims:
        cn = claim_no(rng, lines[0][0])
        rows = []
        sb = sa = sp = so = 0.0
        for d, code, svc, b, a, pd, ow, rm in lines:
            rows.append([slash(d), code, svc, n2(b), n2(a), n2(pd), n2(ow), rm])
            sb, sa, sp, so = sb + b, sa + a, sp + pd, so + ow
        tb, ta, tp, to = tb + sb, ta + sa, tp + sp, to + so
        groups.append({"band": f"Claim {cn}   \u00b7   {prov}   \u00b7   {town}",
                       "rows": rows, "sub": ["", "", "Claim total", n2(sb), n2(sa), n2(sp), n2(so), ""]})
        if lines[0][-1] == "X7":
            den = (cn, round(sb, 2), lines[0][0], prov)
    p = KASheet(footer="Page {n} of {nb}", footer_left=f"SBA-EOB-RW (rev. 01/2026)  \u00b7  Issued {slash(sd)}",
                run_hdr=f"{last_first(mem)}  \u00b7  Statement of {dmy_abbr(sd)}  \u00b7  Page {{n}} of {{nb}}")
    p.set_margins(15, 13, 15)
    p.add_page()
    tpa_head(p, rng, "EXPLANATION OF BENEFITS")
    p.f(9.6, "B")
    p.cell(0, 5, "THIS IS NOT A BILL", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    for ln in [mem, *addr]:
        p.line(ln, 10)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.over_boxes([(upper(sd), "Statement date", W * 0.15), (mem, "Member", W * 0.29),
                  (spaced(num), "Member number", W * 0.18), (grp, "Group (show)", W * 0.12),
                  (PLAN_ID, "Plan ID", W * 0.12), ("2026", "Touring season", W * 0.14)])
    p.tiles([("ACCIDENT DEDUCTIBLE (LOT)", "$0.00"), ("SICKNESS DEDUCTIBLE MET (OF $250.00)", "$250.00"),
             ("PLAN PAID ON THIS STATEMENT", usd(round(tp, 2))), ("YOU MAY OWE", usd(round(to, 2)))], size=11)
    p.para(f"This statement lists claims the administrator processed for you as a member of the {PLAN} through "
           f"{SHOWS[grp]}. The town shown with each claim is where the show was when you got care. Remark codes in "
           "the last column are explained on the last page.", 8.8)
    p.para("How the plan pays: sickness claims are paid at 80% of the allowed amount after the $250.00 sickness "
           "deductible; accidents on the lot or on the jump are paid at 100% with no deductible. For example, if "
           "the allowed amount for a visit is $100.00 and your deductible is met, the plan pays $80.00.", 8.4)
    widths = [18, 13, 52, 17, 17, 18, 17, W - 152]
    p.band_table(["Date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Remark"], groups,
                 widths, ["L", "L", "L", "R", "R", "R", "R", "C"], size=7.8, row_h=4.8,
                 cont="Your claims, continued",
                 totals=["", "", "Totals for this statement", n2(tb), n2(ta), n2(tp), n2(to), ""], foot_room=60)
    p.legend("Remark codes", [
        ("S1", "Sickness benefit: 80% of the allowed amount after the sickness deductible."),
        ("L2", "Lot accident benefit: paid in full. Accident on the lot reported by the show on its incident log."),
        ("X7", "Not covered. The injury was caused by an animal in a show's animal act. The plan excludes these "
               "injuries; the show's animal-act liability insurer is responsible for them. Ask the show's office "
               "for the insurer's claim form."),
        ("J4", "Accident on the jump between towns in a show vehicle: paid as a lot accident."),
        ("D9", "Duplicate of a claim already processed.")])
    p.para("If you disagree with how a claim was handled, you or someone you choose may appeal to the Board of "
           "Trustees within 180 days of the date of this statement. Write to the Plan Office and include the claim "
           "number. Urgent care appeals are decided within 72 hours.", 8.6)
    cn, total, d, prov = den
    mid, alt = mids(num)
    t = truth("eob", "not_covered", insurer=TPA, plan_id=PLAN_ID, group=grp, member_id=mid, member_name=mem,
              cases=[cn], claim_amount=m2(total), service_dates=[iso(d)], denial_date=iso(sd), provider=prov,
              appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": TPA_ALT, **alt}, denial_alternates=["other"],
              type_alternates=["denial_letter"])
    return out(p), t


def faxstd_stack(rng):
    mem, mgr, exam, nurse, surg, adv, er = people(rng, 7, sexes="MFXFXXX", show=True)
    num = member_no(rng)
    grp = "G-7325"
    show = SHOWS[grp]
    inj = dt.date(2026, 5, 16)
    ld = dt.date(2026, 6, 9)
    rcvd = dt.date(2026, 5, 29)
    cn = claim_no(rng, inj)
    HOSP = "Chipola Bend Regional Medical Center"
    sent = dt.date(2026, 6, 15)
    cover = wagon_cover(show, "Office wagon  \u00b7  Payroll and Benefits", f"Victory Drive fair lot, Columbus, "
                        f"GA  \u00b7  {slash(dt.date(2026, 6, 11))} - {slash(dt.date(2026, 6, 21))}",
                        f"Calhoun County Harvest Fair midway, Anniston, AL  \u00b7  opens {slash(dt.date(2026, 6, 25))}",
                        phone(rng, "334"), phone(rng, "334"), f"{adv}, Showfolks Aid Society", phone(rng, "941"),
                        f"{mgr}, office manager", slash(sent), 4,
                        [f"Here are the two letters {first_name(mem)} got from the plan. He asked us to send them "
                         "to you. The teardown injury went on our comp report the same night; I have the carrier's "
                         "claim number if you need it.", "We are in Columbus until the 21st."])
    # document 1: the plan's letter on the teardown injury; page 2 goes through upside down
    lines = [("99284", "Emergency department visit", 1186.00), ("72100", "X-ray lumbar spine, 2-3 views", 284.00),
             ("J1885", "Ketorolac injection", 36.50), ("96372", "Injection, IM", 92.00)]
    tot = round(sum(x for *_, x in lines), 2)
    d = KASheet(footer="Page {n} of {nb}", footer_left=f"RW-CL-4 (rev. 01/2026)  \u00b7  {ymd_slash(ld)}")
    d.set_margins(18, 14, 18)
    d.add_page()
    plan_head(d, rng)
    d.line(wday_long(ld), 10.2, "B")
    d.ln(2)
    y = d.get_y()
    for ln in [mem, f"c/o {show}", "Office wagon, General Delivery", "Columbus, GA 31901"]:
        d.line(ln, 10)
    d.right_caps([(spaced(num), "member number"), (grp, "group (show)"), (cn, "claim"),
                  (slash(inj), "date of injury"), (usd(tot), "billed")], d.w - d.r_margin - 84, y, 84)
    d.set_y(max(d.get_y(), y + 36) + 2)
    d.subject("Your emergency visit after the teardown in Dothan")
    d.para(f"Dear {mem}:", 10)
    d.para(f"We received {HOSP}'s claim on {long(rcvd)} for the care you got on the night of {long(inj)}. The "
           f"show's incident log says you hurt your back lifting a ride sweep during the teardown of the {show} "
           "midway on the Harvest Jubilee lot in Dothan, Alabama.", 10)
    d.para(f"The plan cannot pay this claim now. You are on {show}'s payroll as a ride crew member, and the injury "
           "happened while you were working. The show's workers' compensation insurance must pay for a work injury "
           "first. When the carrier has decided the claim, send us its decision. If the carrier refuses the claim, "
           "the plan will look at it again as a lot accident.", 10)
    d.para("The show's office can give you the carrier's name and claim number. You do not have to pay the "
           "hospital while the carrier decides.", 10)
    d.add_page()
    d.heading("The claim we received", 11, rule=True)
    W = d.w - d.l_margin - d.r_margin
    d.zebra(["Date", "Code", "Service", "Billed", "Plan paid"],
            [[slash(inj), c, s, n2(x), "0.00"] for c, s, x in lines] + [["", "", "Total", n2(tot), "0.00"]],
            [W * 0.15, W * 0.12, W * 0.45, W * 0.14, W * 0.14], aligns=["L", "L", "L", "R", "R"], size=8.8)
    d.para(f"Provider: {HOSP}, Dothan, Alabama. Attending physician: {er}, MD.", 9.4)
    d.heading("If you disagree", 10.6)
    d.para("You may appeal to the Board of Trustees within 180 days of the date of this letter. Tell us why you "
           "think the plan should pay first and send anything that supports your appeal.", 10)
    d.two_sigs([exam, "Claims examiner"], ["Plan Manager", PLAN])
    mid, alt = mids(num)
    t1 = truth("denial_letter", "other", insurer=PLAN, group=grp, member_id=mid, member_name=mem, cases=[cn],
               claim_amount=m2(tot), service_dates=[iso(inj)], denial_date=iso(ld), provider=HOSP,
               appeal_deadline=iso(plus(ld, 180)),
               alternates={"insurer": ALT, "provider": [f"{er}, MD", er], **alt},
               denial_alternates=["not_covered"])
    # document 2: pre-certification of a hernia repair (denies nothing)
    ad = dt.date(2026, 6, 2)
    sday = dt.date(2026, 6, 17)
    ra = f"RA{ad.strftime('%y%m')}-{digits(rng, 5)}"
    ASC = "Uchee Creek Surgery Center"
    est = 6480.00
    pay = 4935.20
    a = KASheet(footer=None, footer_left=f"RW-PC-1 (rev. 01/2026)  \u00b7  Pre-certification {ra}")
    a.set_margins(18, 14, 18)
    a.add_page()
    plan_head(a, rng, box="PRE-CERTIFICATION")
    a.line(f"Date: {ad.strftime('%d-%b-%Y')}", 10, "B")
    a.ln(2)
    a.addr_kv([mem, f"c/o {show}", "Office wagon, General Delivery", "Columbus, GA 31901"],
              [("Member", mem), ("Member no.", spaced(num)), ("Group", grp), ("Pre-cert no.", ra),
               ("Surgery date", long(sday)), ("Surgeon", f"Dr. {surg}")], w=92, cap_w=28)
    a.para(f"Dear {mem}:", 10)
    a.para(f"Dr. {surg} asked us to approve a repair of an inguinal hernia at {ASC} in Columbus, Georgia, while "
           "the show plays there. The hernia is a sickness under the plan, not a lot accident, so the sickness "
           "benefit applies. We approved the surgery as an outpatient procedure.", 10)
    a.award("PRE-CERTIFIED", [("CPT 49505, repair of inguinal hernia", ""), ("Estimated charges", usd(est)),
                              ("Plan pays 80% of the allowed amount", ""), ("Your sickness deductible", "met")],
            "The plan expects to pay", usd(pay))
    a.ln(2)
    a.para(f"This approval is good for surgery from {slash(plus(sday, -3))} through {slash(plus(sday, 14))}. If the "
           "show moves on before then, call us and we will move the approval to a surgeon in the next town.", 9.8)
    a.signoff(["Sincerely,", nurse + ", RN", "Utilization Review"], 9.6)
    t2 = truth("other", None, insurer=PLAN, group=grp, member_id=mid, member_name=mem, cases=[ra],
               claim_amount=m2(est), service_dates=[iso(sday)], denial_date=iso(ad), provider=ASC,
               alternates={"insurer": ALT, "provider": [f"Dr. {surg}", surg],
                           "claim_amount": [None, m2(pay)], **alt})
    return cover, [(out(d), t1), (out(a), t2)]


def first_name(full):
    return full.split()[0]


def phone_es(rng):
    mem, doc, ofc = people(rng, 3, es=True, sexes="MXF", show=True)
    num = member_no(rng)
    grp = "G-7355"
    show = SHOWS[grp]
    ld = dt.date(2026, 4, 27)
    ill = dt.date(2026, 4, 4)
    joined = dt.date(2026, 3, 20)
    cn = claim_no(rng, ill)
    HOSP = "Brazos Crossing Regional Hospital"
    billed = 7316.40
    p = KASheet(footer=None, footer_left=f"RW-CL-9S (rev. 01/2026)  \u00b7  {PLAN}")
    p.set_margins(18, 14, 18)
    p.add_page()
    plan_head(p, rng, es=True)
    p.line(es_wday(ld), 10.2, "B")
    p.ln(2)
    p.addr_kv([mem, f"a/c {show}", "Casa rodante 14, Old Hearne Road fair lot", "Bryan, TX 77803"],
              [("Miembro", mem), ("Núm. de miembro", spaced(num)), ("Grupo (feria)", grp),
               ("Reclamo", cn), ("Fecha del servicio", slash(ill)), ("Cargos", usd(billed))], w=94, cap_w=34)
    p.para(f"Estimado {mem}:", 10)
    p.para(f"Recibimos la factura de {HOSP} por su atención de urgencia del {es_date(ill)}, cuando le operaron del "
           f"apéndice. Usted empezó a trabajar como operador de juegos mecánicos en {show} el {es_date(joined)}.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.zebra(["Semana", "Lugar de la feria", "Días de función"],
            [["20 - 22 mar", "Harlingen, TX", "3"], ["26 - 29 mar", "McAllen, TX", "4"], ["1 - 3 abr", "Victoria, TX",
                                                                                          "3"],
             ["4 abr", "(enfermedad)", "0"], ["Total hasta el 4 de abril", "", "10"]],
            [W * 0.3, W * 0.45, W * 0.25], aligns=["L", "L", "R"], size=8.8,
            title="Sus días de función en la temporada 2026")
    p.para("El plan cubre a un trabajador cuando ha completado 20 días de función en la nómina de una feria o "
           "circo participante durante la temporada. El día de su operación usted tenía 10 días de función. Por eso "
           "todavía no tenía cobertura y el plan no puede pagar esta factura. Su cobertura empezó después, el "
           f"{es_date(dt.date(2026, 4, 24))}, cuando completó sus 20 días.", 10)
    p.flow_cols([
        "Si no está de acuerdo, puede apelar ante la Junta de Fideicomisarios dentro de 180 días a partir de la "
        "fecha de esta carta. Escriba a la Oficina del Plan y diga por qué cree que ya tenía cobertura; por ejemplo, "
        "si trabajó días que no están en la lista.",
        f"El hospital puede ofrecerle ayuda financiera. Pregunte por su programa de caridad. La oficina de la feria "
        f"también puede confirmar sus días de trabajo. Si tiene preguntas, llame a {ofc}, de nuestra oficina, al "
        f"{tollfree(rng)}.",
    ], n=2, size=9)
    p.signoff(["Atentamente,", "Oficina del Plan"], 9.6)
    mid, alt = mids(num)
    t = truth("denial_letter", "eligibility", insurer=PLAN, group=grp, member_id=mid, member_name=mem, cases=[cn],
              claim_amount=m2(billed), service_dates=[iso(ill)], denial_date=iso(ld), provider=HOSP,
              appeal_deadline=iso(plus(ld, 180)), lang="es", alternates={"insurer": ALT, **alt})
    return out(p), t


def scanclean_dark_day(rng):
    mem, er, exam, md = people(rng, 4, sexes="MXFX", show=True)
    num = member_no(rng)
    grp = "G-7310"
    show = SHOWS[grp]
    ld = dt.date(2026, 5, 5)
    acc = dt.date(2026, 4, 13)
    rcvd = dt.date(2026, 4, 24)
    cn = claim_no(rng, acc)
    HOSP = "Lantern Hill Medical Center of Florence"
    PARK = "Kartwheel Family Fun Park"
    lines = [("99283", "Emergency visit, moderate", 864.00), ("73110", "X-ray wrist, 3 views", 212.00),
             ("29125", "Short arm splint", 146.00), ("A4570", "Splint supplies", 38.00)]
    tot = round(sum(x for *_, x in lines), 2)
    p = KASheet(footer="Page {n} of {nb}", band=f"RINGWOLD HEALTH PLAN   \u00b7   {spaced(num)}   \u00b7   {cn}   "
                                                 f"\u00b7   PAGE {{n}} OF {{nb}}")
    p.set_margins(19, 16, 19)
    p.add_page()
    plan_head(p, rng)
    p.line(wday_long(ld), 10.2, "B")
    p.ln(2)
    for ln in [mem, *show_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.subject(f"Emergency care in Florence, South Carolina, on {long(acc)}")
    p.para(f"Dear {mem}:", 10)
    p.para(f"We have reviewed the claim from {HOSP} for the care of your wrist. This letter explains what we "
           "decided and why. Page 2 lists the claim and the show's records we looked at; page 3 gives the reason "
           "and your rights.", 10)
    p.para(f"We received the claim on {slash(rcvd)}. You are a member through {show} (group {grp}), and your "
           "coverage for the 2026 season was in force on the day of the accident.", 10)
    p.nondiscrim(PLAN, tollfree(rng))
    p.add_page()
    p.heading("The claim", 11.5, rule=True)
    W = p.w - p.l_margin - p.r_margin
    p.bare_table(["Date", "Code", "Service", "Billed"], [[slash(acc), c, s, n2(x)] for c, s, x in lines],
                 [W * 0.18, W * 0.14, W * 0.48, W * 0.2], aligns=["L", "L", "L", "R"], size=9, row_h=5.4,
                 totals=["", "", "Total billed", n2(tot)])
    p.para(f"Provider: {HOSP}, Florence, SC.  Treating physician: {er}, MD.", 9.4)
    p.zebra(["Dates", "Stand", "Lot", "Show days"],
            [[f"{slash(dt.date(2026, 4, 7))} - {slash(dt.date(2026, 4, 12))}", "Florence, SC",
              "Coit Road Fairgrounds", "6"],
             [slash(acc), "Florence, SC", "(dark day, no shows)", "0"],
             [f"{slash(dt.date(2026, 4, 14))} - {slash(dt.date(2026, 4, 19))}", "Fayetteville, NC",
              "Cape Fear Showgrounds lot", "6"]],
            [W * 0.3, W * 0.22, W * 0.33, W * 0.15], aligns=["L", "L", "L", "R"], size=8.6,
            title=f"{show} route card (excerpt)")
    p.excerpt("LOT INCIDENT LOG  \u00b7  EXCERPT", [
        f"SHOW: {show.upper()}   LOT: COIT ROAD FAIRGROUNDS   LOG NO. LI-{digits(rng, 5)}",
        f"{slash(dt.date(2026, 4, 11))}  19:40  PERFORMER SPRAINED ANKLE IN CLOWN ALLEY   FIRST AID",
        f"{slash(dt.date(2026, 4, 12))}  16:05  GUEST SLIPPED NEAR CONCESSION   REFERRED",
        f"{slash(acc)}  --:--  DARK DAY. NO ENTRIES.",
        f"{slash(dt.date(2026, 4, 14))}  08:30  LOT LAID OUT, FAYETTEVILLE. NO INCIDENTS."])
    p.add_page()
    p.heading("Why we made this decision", 11.5, rule=True)
    p.para(f"The plan pays for sickness anywhere, but it pays for an accident only when it happens on the show's lot "
           "during set-up, performances or teardown, or on the jump between towns in a show vehicle. The emergency "
           f"room record says you hurt your wrist when your go-kart hit a barrier at {PARK} in Florence on "
           f"{long(acc)}. That day was a dark day on {show}'s route: there were no performances, and the show's "
           "lot incident log has no entry for that day. An accident at a place of entertainment on your own time is "
           "not an accident the plan covers, so the plan cannot pay this claim.", 10)
    p.heading("If you disagree", 11)
    p.para("You may appeal to the Board of Trustees within 180 days of the date of this letter. Send a signed "
           "letter to the Plan Office and tell us why you think the plan should pay, for example if you were doing "
           "work for the show at the time. You may ask for copies of the papers we used, free of charge.", 10)
    p.two_sigs([exam, "Claims examiner"], [md, "Plan medical consultant"])
    p.tagline_block(tollfree(rng))
    mid, alt = mids(num)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=grp, member_id=mid, member_name=mem, cases=[cn],
              claim_amount=m2(tot), service_dates=[iso(acc)], denial_date=iso(ld), provider=HOSP,
              appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": ALT, "provider": [f"{er}, MD", er], **alt}, denial_alternates=["other"])
    return out(p), t


def photocopy_late(rng):
    mem, pt, exam = people(rng, 3, sexes="FXX", show=True)
    num = member_no(rng)
    grp = "G-7340"
    ld = dt.date(2026, 5, 19)
    visits = [dt.date(2026, 1, 6), dt.date(2026, 1, 13), dt.date(2026, 1, 20)]
    rcvd = dt.date(2026, 5, 4)
    by = dt.date(2026, 11, 16)
    cn = claim_no(rng, visits[0])
    PTC = "Tamiami Reach Physical Therapy"
    per = 165.00
    tot = round(per * 3, 2)
    p = KASheet(footer=None, footer_left=f"RW-CL-2 (rev. 01/2026)  \u00b7  Letter of {dmy_dots(ld)}")
    p.set_margins(18, 14, 18)
    p.add_page()
    plan_head(p, rng)
    p.line(day_long(ld), 10.2, "B")
    p.ln(2)
    for ln in [mem, *show_address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    W = p.w - p.l_margin - p.r_margin
    p.hung([(spaced(num), "Member number", W * 0.2), (grp, "Group", W * 0.12), (cn, "Claim", W * 0.2),
            (slash(rcvd), "Claim received", W * 0.18), (usd_tail(tot), "Total charges", W * 0.3)])
    p.hung([(PTC, "Provider", W * 0.4), (f"{dmy_abbr(visits[0])} - {dmy_abbr(visits[-1])}", "Visits",
                                          W * 0.35), ("Winter quarters", "Where", W * 0.25)])
    p.ln(2)
    p.para(f"Dear {mem}:", 10)
    p.para(f"{PTC} sent us a claim for three physical therapy visits you had in winter quarters in January. The "
           "visits and charges are listed below.", 10)
    p.leaders([(f"{dmy_abbr(v)}   97110 therapeutic exercise, 97140 manual therapy", n2(per)) for v in visits] +
              [("Total", n2(tot))], size=9.4)
    p.para(f"The plan must receive a claim within 90 days of the date of service. The last of these visits was on "
           f"{long(visits[-1])}, so the claim had to reach us by {long(plus(visits[-1], 90))} at the latest. We "
           f"received it on {long(rcvd)}. Because the claim came in after the time limit, the plan cannot pay it. "
           "The therapy office has been told, and under its agreement with the plan it may not bill you for these "
           "visits.", 10)
    p.para(f"If you or the therapy office can show that the claim was sent on time (for example, a fax "
           f"confirmation or a clearinghouse report), send it with an appeal. Your appeal must be received by "
           f"{long(by)}.", 10)
    p.signoff(["Sincerely,", exam, "Claims examiner, Plan Office"], 9.6)
    mid, alt = mids(num)
    t = truth("denial_letter", "timely_filing", insurer=PLAN, group=grp, member_id=mid, member_name=mem,
              cases=[cn], claim_amount=m2(tot), service_dates=[iso(v) for v in visits], denial_date=iso(ld),
              provider=PTC, appeal_deadline=iso(by),
              alternates={"insurer": ALT, "service_dates": [[f"{iso(visits[0])}/{iso(visits[-1])}"]], **alt})
    return out(p), t


def rotated_trustees(rng):
    mem, surg, chair, sec = people(rng, 4, sexes="FXXX", show=True)
    num = member_no(rng)
    grp = "G-7310"
    show = SHOWS[grp]
    dd = dt.date(2026, 7, 15)
    sday = dt.date(2026, 5, 29)
    ar = dt.date(2026, 6, 22)
    cn = claim_no(rng, sday)
    ap = f"AP26-{digits(rng, 4)}"
    HOSP = "Gantry Hill Orthopaedic Surgery Center"
    billed = 18942.00
    p = KASheet(footer=None, footer_left=f"RW-AD-3 (rev. 01/2026)  \u00b7  Decision mailed {slash(dd)}")
    p.set_margins(19, 15, 19)
    p.add_page()
    plan_head(p, rng, box="DECISION ON APPEAL")
    p.memo([("TO:", f"{mem}, member no. {spaced(num)}, group {grp}"),
            ("FROM:", "Board of Trustees, Ringwold Traveling Shows Benefit Trust"),
            ("DATE:", long(dd)),
            ("RE:", f"Appeal {ap}  \u00b7  claim {cn}  \u00b7  shoulder surgery of {slash(sday)}")], size=9.8,
           cap_w=20)
    p.para(f"The Board of Trustees met on {long(plus(dd, -2))} and reviewed your appeal, received on "
           f"{slash(ar)}, of the plan's refusal to pay {HOSP} {usd(billed)} for the repair of your right rotator "
           f"cuff by Dr. {surg} on {long(sday)}.", 10)
    p.section("1", "Findings")
    p.bullets([f"You are an aerialist under contract with {show}, and you were covered on the day of the surgery.",
               "The surgery was planned; it was not an emergency. The surgeon's notes show it was scheduled on "
               f"{slash(plus(sday, -16))}.",
               "The plan requires pre-certification of planned surgery at least 7 days before it is done. No "
               "request for pre-certification was received before the surgery.",
               "The surgeon's office asked for pre-certification on " + slash(plus(sday, 5)) + ", after the surgery "
               "was done."], 9.6)
    p.section("2", "Decision")
    p.para("The Trustees keep the plan's decision. The claim is denied because the surgery was not pre-certified "
           "as the plan requires. The Trustees noted that the injury itself, a fall from the trapeze during a "
           "performance, would have been a covered lot accident.", 10)
    p.section("3", "Your rights")
    p.para("This is the plan's final decision on your claim. There is no further appeal within the plan. You have "
           "the right to bring a civil action under section 502(a) of the Employee Retirement Income Security Act. "
           "You may ask for copies of every paper the Trustees used, free of charge.", 9.6)
    p.two_sigs([chair, "Chair, Board of Trustees"], [sec, "Secretary, Board of Trustees"])
    mid, alt = mids(num)
    t = truth("denial_letter", "prior_authorization", insurer=PLAN, group=grp, member_id=mid, member_name=mem,
              cases=[ap, cn], claim_amount=m2(billed), service_dates=[iso(sday)], denial_date=iso(dd), provider=HOSP,
              alternates={"insurer": ALT, "case_numbers": [[ap], [cn]], "provider": [f"Dr. {surg}", surg], **alt})
    return out(p), t


def faxfine_mri(rng):
    mem, orth, nurse, md = people(rng, 4, sexes="MXFX", show=True)
    num = member_no(rng)
    grp = "G-7325"
    nd = dt.date(2026, 6, 18)
    req = dt.date(2026, 6, 15)
    want = dt.date(2026, 6, 24)
    ra = f"RA{nd.strftime('%y%m')}-{digits(rng, 5)}"
    IMG = "Dauphin Isle Open MRI & Imaging"
    p = KASheet(footer="Page {n} of {nb}", fax_hdr=f"{upper(nd)} 15:12  FROM: STAKELINE UR  813 555 {digits(rng, 4)}"
                                                   f"  TO: {IMG.upper()}  P. {{n}}")
    p.set_margins(17, 14, 17)
    p.add_page()
    tpa_head(p, rng, "PROVIDER NOTICE")
    p.line(f"Notice date: {day_long(nd)}", 10, "B")
    p.ln(2)
    y = p.get_y()
    for ln in [IMG, "Attn: Scheduling and Authorizations", "612 Live Oak Pkwy", "Mobile, AL 36608",
               f"Fax {phone(rng, '251')}"]:
        p.line(ln, 9.8)
    W = p.w - p.l_margin - p.r_margin
    p.right_caps([(mem, "patient (member)"), (spaced(num), "member no."), (grp, "group"), (ra, "request no."),
                  (slash(req), "request received"), (slash(want), "requested date")],
                 p.w - p.r_margin - 92, y, 92)
    p.set_y(max(p.get_y(), y + 42) + 2)
    p.grid([[("Service requested", "72148 MRI lumbar spine without contrast"), ("Ordering provider",
                                                                                f"Dr. {orth}")],
            [("Diagnosis", "M54.50 low back pain, onset 05/30/2026"), ("Decision", "NOT APPROVED")]],
           size=8.8, cap=6.2, h=10)
    p.para(f"We reviewed the request for a lumbar MRI for {mem}, a stilt walker with {SHOWS[grp]}, with the office "
           f"notes Dr. {orth} sent. The notes describe low back pain for about two weeks after long parades, with no "
           "weakness, numbness or loss of bladder or bowel control, and no physical therapy yet.", 9.8)
    p.para("The plan's imaging guideline covers an MRI of the low back when pain has not improved after six weeks "
           "of treatment such as physical therapy, or sooner when there are warning signs. Those conditions are not "
           "met, so the MRI is not medically necessary at this time. Physical therapy does not need approval.",
           9.8)
    p.para("The ordering doctor may ask for a peer-to-peer talk with our reviewer within 14 days of this notice. "
           "The member, or the imaging center for the member, may appeal within 180 days of the date of this "
           "notice. An urgent appeal is decided within 72 hours.", 9.4)
    p.two_sigs([nurse + ", RN", "Utilization review nurse"], [f"{md}, MD", "Physician reviewer"])
    mid, alt = mids(num)
    t = truth("denial_letter", "medical_necessity", insurer=TPA, group=grp, member_id=mid, member_name=mem,
              cases=[ra], service_dates=[iso(want)], denial_date=iso(nd), provider=IMG,
              appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": TPA_ALT, "provider": [f"Dr. {orth}", orth], **alt})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [Item(F + "born_digital_eob_five_claims_liberty_horse_code_x7_on_page_two", "born_digital",
                  [born_eob(rng)])]
    cover, docs = faxstd_stack(rng)
    items.append(Item(F + "faxstd_stack_office_wagon_cover_teardown_workers_comp_upside_down_then_hernia_precert",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 180}))
    items += [
        Item(F + "phone_es_operador_de_juegos_sin_veinte_dias", "phone_photo", [phone_es(rng)]),
        Item(F + "scanclean_three_pages_dark_day_go_kart_member_number_only_in_band", "scan_clean_300",
             [scanclean_dark_day(rng)]),
        Item(F + "photocopy_hung_captions_winter_quarters_therapy_late_claim", "photocopy", [photocopy_late(rng)]),
        Item(F + "rotated_trustees_final_decision_shoulder_surgery_without_precert", "rotated",
             [rotated_trustees(rng)]),
        Item(F + "faxfine_provider_notice_stilt_walker_mri_not_necessary", "fax_fine_g4", [faxfine_mri(rng)]),
    ]
    return items
