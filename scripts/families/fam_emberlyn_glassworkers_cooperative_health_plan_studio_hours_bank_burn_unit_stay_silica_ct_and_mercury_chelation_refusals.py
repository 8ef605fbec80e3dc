"""An invented cooperative health plan for glassblowers, neon benders and kiln workers: the Emberlyn Cooperative
Health Plan of the Emberlyn Glass Trades Cooperative (studio owners and gaffers, studio employees, neon and sign
shops, kiln, casting and foundry workers in invented towns of Ohio and West Virginia), administered by Pontilwick
Benefit Services, LLC. Its invented rules: a member is covered in a benefit quarter when the studios report at least
350 hours of glass work for the member in the work quarter two quarters before (up to 700 hours banked); silica
screening for batch and kiln workers is a chest X-ray read by a B reader and a breathing test every 36 months (a
chest CT is not a screening test the plan pays for); burns are treated in the burn clinic unless the burn center's
admission criteria are met; infrared ("glassblower's") cataract surgery and infrared-filter safety eyewear (an
allowance every 24 months) are covered; chelation for mercury without poisoning is investigational; custom
compression garments need prior approval; employees hurt at work go to the studio's workers' compensation carrier
first; claims must be filed within 180 days. Every person, studio, clinic, hospital, supplier, member number
(family account "EGC-" + six digits, each person's letter after a dash: A subscriber, B spouse, C and D children),
claim, request, approval and carrier number, group, plan code and amount is invented (phones 555); CPT, HCPCS, ICD-10
and CARC codes appear as themselves. No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_household_eob_side_column_screening_ct_line_s6: a two-page household EOB under the plan's letterhead
  (a drawn blowpipe and gather, the plan's name, the cooperative under it and a small lower-case "administered by"
  line); six claims for three people in an unruled listing with a side column (hours bank, screening schedule,
  help); the subscriber's silica screening claim pays the X-ray and breathing test and refuses only the chest CT
  line under S6, explained only in the two-column legend on page 2 beside unused S7, W1 and H0.
- phone_burn_center_stay_strip_captions_under_burn_clinic_level: a photographed letter to a neon bender: the
  identifiers in ruled strips with lower-case captions under them; a three-night burn center stay for a 4% forearm
  burn refused because burn clinic care was the right level; 180 days of the letter.
- photocopy_es_banco_de_horas_trimestre_corto_columna: a photocopied Spanish letter: a kiln worker's visit in a
  benefit quarter with no coverage because the work quarter's hours fell short (an hours-bank ledger, the
  self-payment amount and its due date as decoys); "dentro de 90 días".
- lowres_infrared_cataract_approval_side_column_eyewear_allowance: a 150 dpi approval of cataract surgery for a
  gaffer's infrared cataract with a shaded side column and the eyewear allowance; denies nothing.
- rotated_mercury_chelation_investigational_captions_under_boxes: a pre-service refusal of IV chelation for a neon
  bender's raised blood mercury without poisoning, fed turned; values in ruled boxes captioned under them; lab
  results, accession number and the lab's dates as decoys.
- clean300_hospital_late_claim_glass_cut_legend_two_columns: a letter to a hospital's billing office refusing an
  emergency visit for a glass cut filed 212 days after it (T1 in a claim line, the legend in two columns); 60 days.
- stdfax_stack_coop_routing_note_workers_comp_first_sideways_then_garments_no_approval: a standard-mode fax from the
  cooperative's member advocate: its routing note whose message opens "Dear Mr. ...", the plan's two-page letter
  sending a studio employee's burn claims to the studio's workers' compensation carrier first (page 2 with the
  claims table fed sideways), and a letter refusing his custom compression garments supplied without prior approval.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundem_fammc import (EMSheet, abbr, bare, cents, dashed, dear_cover, digits, dmy, dmy_abbr, dots, es_abbr,
                               es_date, first_last, given, iso, kin, last_first, long, m2, n2, nodash, nth, out,
                               people, phone, plus, slash, surname, tollfree, truth, upper, usd, wday, workday, ymd,
                               yy)

FAMILY = ("emberlyn_glassworkers_cooperative_health_plan_studio_hours_bank_burn_unit_stay_silica_ct_and_mercury_"
          "chelation_refusals")
LANG = "en"
SEED = 355122
INS = "Emberlyn Cooperative Health Plan"
INS_ALT = ["Emberlyn Cooperative", "Emberlyn Glass Trades Cooperative", "Emberlyn Cooperative Health Plan of the "
           "Emberlyn Glass Trades Cooperative", "Emberlyn"]
ADMIN = "administered by Pontilwick Benefit Services, LLC"
ADDR = "PO Box 2290, Marverton, OH 43702-2290"
STREET = "18 Lehr Street, Marverton, OH 43701"
PLAN_ID = "ECHP-26"


def acct(rng):
    return "EGC-" + digits(rng, 6)


def head(p, rng, right=None):
    p.admin_head("Emberlyn Cooperative Health Plan", "of the Emberlyn Glass Trades Cooperative", ADMIN,
                 [STREET, f"Member line {tollfree(rng, '877')}  |  TTY 711"], right=right, mark="gather", size=14.5)


# ---------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    sub, wife, kid, dr_occ, dr_eye, dr_burn, dr_ped, rad = people(rng, 8, sexes="MFFXXXXX")
    wife, kid = kin(wife, sub), kin(kid, sub)
    base = acct(rng)
    n_sub, n_wife, n_kid = f"{base}-A", f"{base}-B", f"{base}-C"
    sd = workday(dt.date(2026, 5, rng.randint(11, 14)))
    group = "GB-40"
    studio = "Siltmoor Kiln & Casting Works"
    cl = {k: f"E{digits(rng, 9)}" for k in ("scr", "eye", "burn", "hg", "ped", "fu")}
    scr_d = dt.date(2026, 4, rng.randint(6, 10))
    eye_d = plus(scr_d, rng.randint(8, 12))
    burn_d = dt.date(2026, 4, rng.randint(13, 17))
    fu_d = plus(burn_d, 7)
    hg_d = plus(burn_d, rng.randint(1, 3))
    ped_d = dt.date(2026, 4, rng.randint(20, 24))
    last_scr = dt.date(2022, rng.randint(2, 11), rng.randint(1, 28))
    tot = [0.0, 0.0, 0.0, 0.0]

    def claim(key, who, num, prov, rend, items):
        rows = [("span", f"{who} - member {num} - claim {cl[key]}"), ("span", f"   {prov}  /  {rend}")]
        sb = 0.0
        for d, code, text, billed, note in items:
            if note == "S6":
                a = pd = y = 0.0
            else:
                a = round(billed * rng.uniform(0.55, 0.7), 2)
                if note in ("P0", "S1"):
                    pd, y = a, 0.0
                elif note == "C3":
                    y = 30.0
                    pd = round(a - y, 2)
                else:
                    y = round(a * 0.15, 2)
                    pd = round(a - y, 2)
            rows.append([dots(d), code, text, n2(billed), n2(a), n2(pd), n2(y), note])
            sb += billed
            for i, v in enumerate((billed, a, pd, y)):
                tot[i] += v
        rows.append(("bold", ["", "", "claim total", n2(sb), "", "", "", ""]))
        rows.append(("gap",))
        return rows, round(sb, 2)
    ct_b = cents(rng, 410, 520)
    c_scr, scr_total = claim("scr", sub, n_sub, "Kilnhouse Occupational Clinic", dr_occ,
                             [(scr_d, "99214", "Exposure history and exam", cents(rng, 180, 230), "C3"),
                              (scr_d, "71046", "Chest X-ray, 2 views (B read)", cents(rng, 120, 160), "S1"),
                              (scr_d, "94010", "Spirometry", cents(rng, 70, 95), "S1"),
                              (scr_d, "71271", "CT chest, low dose", ct_b, "S6")])
    c_eye, _ = claim("eye", sub, n_sub, "Annealton Eye Associates", dr_eye,
                     [(eye_d, "92004", "Eye exam, comprehensive, new", cents(rng, 190, 240), "C3")])
    c_burn, _ = claim("burn", wife, n_wife, "Fritwell Regional Burn Clinic", dr_burn,
                      [(burn_d, "99203", "Office visit, new patient", cents(rng, 170, 220), "C3"),
                       (burn_d, "16020", "Dressing, small burn", cents(rng, 140, 190), "P1")])
    c_hg, _ = claim("hg", wife, n_wife, "Glimmerford Reference Laboratory", dr_burn,
                    [(hg_d, "83825", "Mercury, blood", cents(rng, 60, 90), "P1")])
    c_fu, _ = claim("fu", wife, n_wife, "Fritwell Regional Burn Clinic", dr_burn,
                    [(fu_d, "99213", "Office visit, follow-up", cents(rng, 120, 160), "C3"),
                     (fu_d, "16020", "Dressing, small burn", cents(rng, 140, 190), "P1")])
    c_ped, _ = claim("ped", kid, n_kid, "Crizzle Creek Family Practice", dr_ped,
                     [(ped_d, "99393", "Well child visit, 5-11 years", cents(rng, 200, 250), "P0"),
                      (ped_d, "92551", "Hearing screen", cents(rng, 30, 45), "P0")])
    all_rows = c_eye + c_burn + c_hg + c_ped + c_fu + c_scr
    cut = len(c_eye) + len(c_burn) + len(c_hg) + len(c_ped) + len(c_fu) + 2 + 1   # page 1 ends after the exam line
    p = EMSheet(footer="page {n} of {nb}", footer_left=f"ECHP-EOB (rev. 01/2026)  |  {INS}",
                run_hdr=f"Benefit statement for the household of {sub}  |  {dashed(sd)}")
    p.set_margins(14, 13, 14)
    p.add_page()
    head(p, rng, right=["BENEFIT STATEMENT", "not a bill", f"issued {abbr(sd)}"])
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [sub, f"{rng.randint(20, 980)} Frit Kiln Road", "Annealton, OH 43760"]:
        p.set_x(p.l_margin)
        p.line(ln, 9.6)
    yk = p.kv_box([("Statement date", long(sd)), ("Subscriber", f"{sub}  ({n_sub})"), ("Group", group),
                   ("Plan", PLAN_ID), ("Studio reporting hours", studio)],
                  p.l_margin + W * 0.46, y0, W * 0.54, cap_w=38, size=8.2)
    p.set_xy(p.l_margin, max(p.get_y(), yk) + 3)
    p.para("These are the claims we finished for your household since your last statement. Dates are day.month.year. "
           "A note code after each line is explained on page 2.", 8.4)
    head_ = ["Date", "Code", "What was done", "Charged", "Allowed", "Plan paid", "Your part", "Note"]
    widths = [16, 11, 44, 14, 14, 14, 14, 10]
    al = ["L", "L", "L", "R", "R", "R", "R", "C"]
    side = [("your hours bank", [("kv", "Hours banked", str(rng.randint(420, 640))),
                                 ("kv", "Covered through", slash(dt.date(2026, 9, 30))),
                                 "Studios report your hours each quarter. 350 hours in a work quarter keep you "
                                 "covered two quarters later."]),
            ("screening schedule", ["Kiln, batch and casting workers: chest X-ray (B read) and breathing test "
                                    "every 36 months.", ("kv", "Last screening", slash(last_scr)),
                                    "Eye exam for infrared exposure: once a year."]),
            ("help", [tollfree(rng, "877"), "weekdays 7:30 to 5:00 Eastern"])]
    p.side_listing(head_, all_rows[:cut], widths, al, side, side_w=48, size=6.7, row_h=3.95)
    p.carry("the last claim continues on page 2")
    p.add_page()
    p.f(9.2, "B")
    p.cell(0, 5, "Claims, continued", new_x="LMARGIN", new_y="NEXT")
    rest = [("span", f"{sub} - member {n_sub} - claim {cl['scr']} (continued)")] + all_rows[cut:]
    rest.append(("bold", ["", "", "statement totals", n2(tot[0]), n2(tot[1]), n2(tot[2]), n2(tot[3]), ""]))
    k = W / sum(widths)
    p.listing(head_, rest, [w * k for w in widths], al, size=6.7, row_h=3.95)
    p.ln(2)
    p.legend_pair("What the note codes mean",
                  [("P1", "Paid by the plan after your 15% share."),
                   ("P0", "Preventive care for a child: paid in full."),
                   ("C3", "Paid after your $30 office copay."),
                   ("S1", "Silica screening: paid in full once every 36 months."),
                   ("S6", "A chest CT scan is not a screening test this plan covers for silica exposure. The "
                          "plan pays for a chest X-ray read by a B reader and a breathing test instead.")],
                  [("S7", "Silica screening sooner than 36 months after the last one."),
                   ("W1", "Hurt at work: send this claim to the studio's workers' compensation carrier first."),
                   ("H0", "The hours bank was short for the work quarter, so there was no coverage on this "
                          "date."),
                   ("E2", "Safety eyewear paid up to the allowance of $180.00 every 24 months.")],
                  heads=("note", "meaning"))
    p.heading("Example", 9)
    p.para("If a visit is allowed at $100.00, your 15% share is $15.00 and the plan pays $85.00.", 8.2)
    p.heading("Questions or disagree?", 9)
    p.para(f"Call us first. To appeal a decision on this statement, write to the Emberlyn Appeals Committee, {ADDR}, "
           "within 180 days of the date of this statement. Tell us which claim and line. The committee meets "
           "monthly; an urgent appeal is decided within 72 hours.", 8.2)
    p.rights(INS, tollfree(rng, "877"), title="Help in your language and your rights")
    t = truth("eob", "not_covered", insurer=INS, plan_id=PLAN_ID, group=group, member_id=n_sub, member_name=sub,
              cases=[cl["scr"]], claim_amount=m2(scr_total), service_dates=[iso(scr_d)], denial_date=iso(sd),
              provider="Kilnhouse Occupational Clinic", appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": INS_ALT, "claim_amount": [m2(ct_b)], "provider": [dr_occ]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def phone_burn(rng):
    pat, dr, rev, nurse = people(rng, 4, sexes="MXXF")
    num = f"{acct(rng)}-A"
    ld = workday(dt.date(2026, 3, rng.randint(23, 27)))
    adm = dt.date(2026, 2, rng.randint(9, 20))
    dis = plus(adm, 3)
    cl = f"E{digits(rng, 9)}"
    billed = cents(rng, 18500, 24500)
    group = "GB-30"
    hosp = "Fritwell Regional Burn Center"
    shop = "Cobalt Alley Neon & Sign"
    acctno = digits(rng, 9)
    p = EMSheet(footer="page {n} of {nb}", footer_left=f"{INS}  |  claim {cl}  |  mailed {slash(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, rng, right=["Claims Review", nth(ld)])
    for ln in [pat, f"{rng.randint(14, 960)} Tube Bender Alley, Apt {rng.randint(2, 19)}", "Glimmerford, WV 26150"]:
        p.line(ln, 10)
    p.ln(4)
    W = p.w - p.l_margin - p.r_margin
    p.strip_under([(pat, "member", W * 0.36), (num, "member number", W * 0.28), (group, "group", W * 0.18),
                   (PLAN_ID, "plan", W * 0.18)], size=8.6)
    p.strip_under([(cl, "claim", W * 0.2), (hosp, "hospital", W * 0.34),
                   (f"{slash(adm)} to {slash(dis)}", "stay", W * 0.3), (f"${n2(billed)}", "charged", W * 0.16)],
                  size=8.6)
    p.strip_under([(acctno, "hospital account", W * 0.2), (dashed(plus(dis, rng.randint(9, 14))), "claim received",
                                                          W * 0.2), (dr, "attending", W * 0.3),
                   (shop, "studio where you work", W * 0.3)], size=8.6)
    p.para(f"Dear {first_last(pat)},", 10)
    p.para(f"{hosp} sent us a claim for your stay from {long(adm)} to {long(dis)}, after a burn to your left forearm "
           "from a pan fire in your kitchen at home. We are sorry you were hurt. We will not pay the claim for the inpatient stay.", 10)
    p.heading("Why we decided this", 10.5)
    p.para("The hospital's records describe a partial-thickness burn covering about 4% of your body, on the forearm "
           "only, not on the face, hands, feet, joints or groin. You had no breathing injury, no electrical or "
           "chemical burn and no other illness that made the burn riskier. Your pain was controlled with pills "
           "from the first day. Under the plan's burn care rule, a burn like this is treated in the burn clinic, "
           "with dressing changes and check-ups as an outpatient. The burn center's own admission criteria were not "
           "met. The care you needed could have been given safely at the outpatient level.", 10)
    p.para("If the hospital sends a new claim for the emergency visit and the dressing changes as outpatient "
           "services, we will pay them under your usual share. Your burn clinic visits after the stay are not "
           "affected by this letter.", 10)
    p.heading("What you can do", 10.5)
    p.para(f"You may appeal within 180 days of the date of this letter. Send your appeal to the Emberlyn Appeals "
           f"Committee, {ADDR}. If you are still being treated and waiting would harm you, ask for an urgent appeal "
           "(72 hours).", 10)
    p.para(f"{rev}, MD, a surgeon who reviews claims for the plan, made this decision. Call {nurse}, RN, at "
           f"{phone(rng, '740')} with questions.", 9.6)
    p.para(f"Pontilwick Benefit Services, LLC, for the {INS}", 9)
    t = truth("denial_letter", "level_of_care", insurer=INS, plan_id=PLAN_ID, group=group, member_id=num,
              member_name=pat, cases=[cl], claim_amount=m2(billed), service_dates=[f"{iso(adm)}/{iso(dis)}"],
              denial_date=iso(ld), provider=hosp, appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": INS_ALT, "provider": [dr], "service_dates": [[iso(adm)]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def photocopy_es(rng):
    pat, dr, clerk = people(rng, 3, es=True, sexes="MXF")
    num = f"{acct(rng)}-A"
    ld = workday(dt.date(2026, 5, rng.randint(18, 22)))
    dos = dt.date(2026, 4, rng.randint(14, 24))
    cl = f"E{digits(rng, 9)}"
    billed = cents(rng, 210, 290)
    group = "GB-40"
    prov = "Crizzle Creek Family Practice"
    studios = ["Siltmoor Kiln & Casting Works", "Batchworth Glass Foundry"]
    # the bank after each work quarter: 402 - 350 = 52; 212 + 52 = 264, short of 350, kept; 366 + 264 - 350 = 280
    rows = [["jul-sep 2025", "402", "350", "52", "ene-mar 2026", "sí"],
            ["oct-dic 2025", "212", "350", "264", "abr-jun 2026", "no"],
            ["ene-mar 2026", "366", "350", "280", "jul-sep 2026", "sí"]]
    selfpay = cents(rng, 560, 690)
    p = EMSheet(serif=True, footer="página {n} de {nb}", ids_foot=f"{pat}  |  {num}  |  reclamación {cl}")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, rng, right=["Elegibilidad y reclamaciones", es_date(ld)])
    for ln in [pat, f"{rng.randint(100, 4800)} Calle del Horno", "Annealton, OH 43760"]:
        p.line(ln, 10)
    p.ln(3)
    p.aside([f"Estimado señor {surname(pat)}:",
             f"Recibimos la reclamación de {prov} por su consulta del {es_date(dos)}. El consultorio cobró "
             f"{usd(billed)}. No podemos pagarla porque usted no tenía cobertura del plan en esa fecha.",
             "Su cobertura depende de las horas de trabajo en vidrio que los talleres reportan cada trimestre. Para "
             "tener cobertura en un trimestre de beneficios, usted necesita 350 horas en el trimestre de trabajo de "
             "dos trimestres antes, contando las horas guardadas en su banco. Para abril a junio de 2026 contaba el "
             "trimestre de octubre a diciembre de 2025: los talleres reportaron 212 horas y su banco tenía 52. En "
             "total 264 horas, menos de las 350 que pide el plan.",
             f"Puede apelar dentro de 90 días a partir de la fecha de esta carta. Escriba al Comité de Apelaciones "
             f"de Emberlyn, {ADDR}. Si un taller no reportó horas que usted trabajó, envíe sus talones de pago "
             "con la apelación."],
            [("su número", [("Miembro", pat), ("Número de miembro", num), ("Grupo", group), ("Plan", PLAN_ID)]),
             ("pago propio", ["Usted pudo pagar la cuota propia del trimestre para mantener la cobertura:",
                              ("Cuota del trimestre", f"${n2(selfpay)}"),
                              ("Fecha límite que pasó", slash(dt.date(2026, 3, 15)))]),
             ("ayuda", [tollfree(rng, "877"), "Se habla español"])],
            side_w=54, size=9.4, heads={1: "Lo que decidimos", 2: "Por qué", 3: "Si no está de acuerdo"})
    p.hours_bank("Su banco de horas", ["Trimestre de trabajo", "Horas reportadas", "Se necesitan",
                                        "Banco después", "Paga el trimestre", "¿Cubierto?"], rows,
                 [34, 28, 24, 26, 34, 24], mark_row=1,
                 note=f"Talleres que reportan sus horas: {studios[0]} y {studios[1]}. Las horas de enero a marzo de "
                      "2026 le dan cobertura de julio a septiembre de 2026.")
    p.para(f"Atentamente,\n{clerk}, Servicios de Elegibilidad\nPontilwick Benefit Services, LLC, por el {INS}", 9.2)
    t = truth("denial_letter", "eligibility", insurer=INS, plan_id=PLAN_ID, group=group, member_id=num,
              member_name=pat, cases=[cl], claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(ld),
              provider=prov, appeal_deadline=iso(plus(ld, 90)), lang="es",
              alternates={"insurer": INS_ALT + ["Pontilwick Benefit Services, LLC"]})
    return out(p), t


def lowres_approval(rng):
    pat, dr, nurse = people(rng, 3, sexes="FXF")
    num = f"{acct(rng)}-A"
    ld = workday(dt.date(2026, 2, rng.randint(16, 20)))
    surg = plus(ld, rng.randint(16, 24))
    appr = f"PA-{digits(rng, 7)}"
    group = "GB-10"
    clinic = "Annealton Eye Associates"
    asc = "Marverton Surgery Center"
    p = EMSheet(footer="page {n} of {nb}", footer_left=f"{INS}  |  approval {appr}")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, rng, right=["Care Approvals", dmy(ld)])
    for ln in [pat, f"{rng.randint(12, 990)} Glory Hole Lane", "Marverton, OH 43701"]:
        p.line(ln, 10)
    p.ln(3)
    p.aside([f"Dear {first_last(pat)},",
             f"Good news. We approved the cataract surgery that {dr}, MD, of {clinic} asked for: removal of the "
             f"cataract in your right eye with a standard lens implant (66984), planned for {long(surg)} at {asc}.",
             f"{surname(dr)}'s notes say the cataract is the kind that forms in the back of the lens after years of looking into "
             "a furnace. The plan covers it like any other cataract. Your usual share for outpatient surgery "
             "applies.",
             "Your plan also pays up to $180.00 every 24 months toward safety glasses with infrared-filter lenses. "
             "Ask the clinic for a prescription after your eye has healed; a new pair protects the other eye too.",
             "This letter does not refuse any service. If the date of surgery changes, the approval still holds "
             "for 90 days."],
            [("at a glance", [("Approval number", appr), ("Member number", num), ("Group", group),
                              ("Plan", PLAN_ID), ("Eye", "right"), ("Surgeon", f"{dr}, MD")]),
             ("eyewear allowance", [("Amount", "$180.00"), ("How often", "every 24 months"),
                                    ("Last used", "never")]),
             ("questions", [tollfree(rng, "877")])],
            left=False, side_w=56, size=9.6, heads={1: "What we approved", 3: "Safety glasses"})
    p.para(f"{nurse}, RN, Care Approvals, for the {INS}", 9.2)
    t = truth("other", None, insurer=INS, plan_id=PLAN_ID, group=group, member_id=num, member_name=pat,
              cases=[appr], claim_amount=None, service_dates=[], denial_date=iso(ld), provider=clinic,
              appeal_deadline=None,
              alternates={"insurer": INS_ALT, "provider": [dr, asc], "service_dates": [[iso(surg)]]})
    return out(p), t


def rotated_chelation(rng):
    pat, dr, rev = people(rng, 3, sexes="MXX")
    num = f"{acct(rng)}-A"
    ld = workday(dt.date(2026, 4, rng.randint(6, 10)))
    planned = plus(ld, rng.randint(10, 15))
    req = f"RQ-{digits(rng, 4)}-{digits(rng, 4)}"
    group = "GB-30"
    clinic = "Opalmere Environmental Medicine"
    lab1 = plus(ld, -rng.randint(30, 40))
    lab2 = plus(ld, -rng.randint(8, 14))
    acc = f"ACC{digits(rng, 8)}"
    p = EMSheet(footer="page {n} of {nb}", ids_foot=f"request {req}  |  {pat}  |  {num}")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, rng, right=["Care Approvals", upper(ld)])
    for ln in [pat, f"{rng.randint(12, 990)} Argon Way", "Glimmerford, WV 26150"]:
        p.line(ln, 10)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.under_grid([[("Request", req, W * 0.3), ("Member number", num, W * 0.3), ("Group", group, W * 0.18),
                   ("Plan", PLAN_ID, W * 0.22)],
                  [("Asked for by", f"{dr}, MD, {clinic}", W * 0.7), ("Planned start", slash(planned), W * 0.3)],
                  [("Lab accession", acc, W * 0.26), ("Blood mercury", f"{rng.randint(14, 22)} mcg/L on {slash(lab2)}",
                                                      W * 0.37),
                   ("Earlier result", f"{rng.randint(11, 18)} mcg/L on {slash(lab1)}", W * 0.37)]], size=8.8)
    p.para(f"Dear {first_last(pat)}:", 10)
    p.para(f"{dr}, MD, asked us to approve ten IV chelation treatments with DMPS (J3490) and the infusion visits "
           f"(96365), starting {long(planned)}, for mercury in your blood from years of bending neon tubes in your own "
           "shop. We do not approve them.", 10)
    p.para("Why: your blood mercury is above the usual level but well below the level at which poisoning is seen, "
           "and you have no signs of poisoning: no tremor, no kidney changes and a normal nerve examination. For "
           "people without poisoning, chelation has not been shown in good studies to improve health, and DMPS "
           "given by vein is not approved by the FDA. Under the plan's rule on experimental and investigational "
           "treatment, we cannot cover it.", 10)
    p.para("What the plan does cover: repeat blood and urine mercury tests every three months, a visit with an "
           "occupational medicine doctor, and a shop check of ventilation and mercury handling by the "
           "cooperative's safety office at no cost to you.", 10)
    p.para(f"If you disagree, you or your doctor may appeal within 180 days of the date of this letter. Write to "
           f"the Emberlyn Appeals Committee, {ADDR}. A doctor who did not make this decision will review it.", 10)
    p.para(f"{rev}, MD, Medical Reviewer, Pontilwick Benefit Services, LLC, for the {INS}", 9.2)
    t = truth("denial_letter", "experimental", insurer=INS, plan_id=PLAN_ID, group=group, member_id=num,
              member_name=pat, cases=[req], claim_amount=None, service_dates=[iso(planned)], denial_date=iso(ld),
              provider=clinic, appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": INS_ALT, "provider": [dr]})
    return out(p), t


def clean_late(rng):
    pat, dr, clerk = people(rng, 3, sexes="FXF")
    num = f"{acct(rng)}-B"
    sub_n = num[:-1] + "A"
    dos = dt.date(2026, 2, rng.randint(2, 20))
    recv = plus(dos, 212)
    ld = workday(plus(recv, rng.randint(6, 10)))
    cl = f"E{digits(rng, 9)}"
    group = "GB-20"
    hosp = "Marverton General Hospital"
    npi = digits(rng, 10)
    lines = [("0450", "99284", "Emergency dept visit", cents(rng, 1100, 1500)),
             ("0450", "12002", "Simple repair, 2.6-7.5 cm", cents(rng, 520, 760)),
             ("0320", "73130", "X-ray hand, 3 views", cents(rng, 210, 290)),
             ("0636", "90715", "Tdap vaccine", cents(rng, 70, 110))]
    total = round(sum(b for *_, b in lines), 2)
    p = EMSheet(footer="page {n} of {nb}", footer_left=f"{INS}  |  provider correspondence")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, rng, right=["Provider Services", slash(ld)])
    p.addr_kv([hosp, "Patient Financial Services", f"{rng.randint(100, 999)} Furnace Hill Road",
               "Marverton, OH 43701"],
              [("Date", long(ld)), ("Patient", pat), ("Member no.", num), ("Group", group), ("Claim", cl),
               ("Billing NPI", npi)], w=88, cap_w=26)
    p.para("Re: claim received after the plan's filing limit", 10)
    p.para("To the billing office:", 10)
    p.para(f"We received your claim for {pat}'s emergency visit of {long(dos)} on {long(recv)}, 212 days after the "
           "date of service. The plan pays claims that reach us within 180 days of the date of service. Your claim "
           "came too late, and the plan will not pay it. Under your agreement with the plan, you may not bill the "
           "member for a claim refused for late filing.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Rev", "Code", "Service", "Date", "Charged", "Paid", "Note"],
            [[r, c, t, slash(dos), n2(b), "0.00", "T1"] for r, c, t, b in lines] +
            [["", "", "Claim total", "", f"${n2(total)}", "$0.00", ""]],
            [14, 16, 58, 26, 24, 18, 14], size=8.6, aligns=["L", "L", "L", "L", "R", "R", "C"], bold_last=True)
    p.legend_pair("Notes",
                  [("T1", "Received more than 180 days after the date of service."),
                   ("T2", "A corrected claim received more than 365 days after the date of service.")],
                  [("W1", "Hurt at work: bill the studio's workers' compensation carrier first."),
                   ("D4", "Same claim already processed.")], heads=("note", "meaning"))
    p.para("If you can show that you sent the claim on time (a clearinghouse acceptance report dated within 180 "
           "days, or proof that another payer was billed first in good faith), send it with a written request for "
           f"review within 60 days of the date of this letter to Pontilwick Provider Appeals, {ADDR}.", 10)
    p.para(f"Subscriber for this member: account {sub_n}. Questions: provider line {tollfree(rng, '877')}.", 8.6)
    p.para(f"{clerk}\nClaims Resolution, Pontilwick Benefit Services, LLC, for the {INS}", 9.2)
    t = truth("denial_letter", "timely_filing", insurer=INS, group=group, member_id=num, member_name=pat, cases=[cl],
              claim_amount=m2(total), service_dates=[iso(dos)], denial_date=iso(ld), provider=hosp,
              appeal_deadline=iso(plus(ld, 60)), alternates={"insurer": INS_ALT})
    return out(p), t


def stdfax_stack(rng):
    pat, adv, dr, sup_rep, carrier_adj, rev = people(rng, 6, sexes="MFXXXX")
    num = f"{acct(rng)}-A"
    group = "GB-20"
    studio = "Punty Hill Studio Glass"
    home = f"{rng.randint(20, 700)} Marver Court"
    carrier = "Sandrake Mutual Casualty"
    inj = dt.date(2026, 2, rng.randint(2, 13))
    ld = workday(plus(inj, rng.randint(48, 60)))
    hosp = "Fritwell Regional Burn Center"
    cls = []
    vis = [inj, plus(inj, 3), plus(inj, 7), plus(inj, 14)]
    for d in vis:
        cls.append((d, f"E{digits(rng, 9)}"))
    bills = [cents(rng, 1600, 2200), cents(rng, 280, 360), cents(rng, 280, 360), cents(rng, 220, 300)]
    wc_no = f"WC-{digits(rng, 2)}-{digits(rng, 6)}"
    p = EMSheet(footer="page {n} of {nb}", footer_left=f"{INS}  |  {pat}  |  {num}")
    p.set_margins(20, 15, 20)
    p.add_page()
    head(p, rng, right=["Claims Review", long(ld)])
    p.addr_kv([pat, home, "Annealton, OH 43760"],
              [("Letter date", long(ld)), ("Member", pat), ("Member no.", num), ("Group", group),
               ("Employer studio", studio), ("Date of injury", slash(inj))], w=92, cap_w=30)
    p.para(f"Dear {first_last(pat)}:", 10)
    p.para(f"We received four claims from {hosp} for care of the burn to your right hand on {long(inj)}. The "
           f"emergency record says a gather of hot glass fell from the pipe while you were working at {studio}, "
           "where you are an employee.", 10)
    p.heading("What we decided", 10.5)
    p.para("We will not pay these claims now. The plan does not pay for an injury that happened at work while the "
           "employer's workers' compensation carrier is responsible for it. The studio's carrier must decide the "
           "claims first.", 10)
    p.para(f"The studio told us its carrier is {carrier}, claim number {wc_no}, adjuster {carrier_adj}. Please ask "
           "the burn center to send its bills to the carrier. If the carrier refuses the claim in writing because "
           "the injury did not happen at work, send us its letter and we will process the claims under your plan.",
           10)
    p.add_page()
    p.heading("The claims", 10.5)
    p.table(["Claim", "Date", "Service", "Charged", "Plan paid", "Note"],
            [[c, dmy_abbr(d), s, n2(b), "0.00", "W1"] for (d, c), s, b in
             zip(cls, ["Emergency visit and burn care", "Burn clinic, dressing change", "Burn clinic, dressing "
                       "change", "Burn clinic, follow-up"], bills)] +
            [["", "", "Total charged", n2(sum(bills)), "0.00", ""]],
            [30, 26, 62, 22, 20, 12], size=8.6, aligns=["L", "L", "L", "R", "R", "C"], bold_last=True)
    p.para("W1: hurt at work; the workers' compensation carrier pays first.", 8.6)
    p.heading("If you disagree", 10.5)
    p.para(f"You may appeal within 180 days of the date of this letter to the Emberlyn Appeals Committee, {ADDR}. "
           "Tell us if you were not working when you were hurt, or if you are an owner-member the studio's policy "
           "does not cover.", 10)
    p.para(f"{rev}\nClaims Review, Pontilwick Benefit Services, LLC, for the {INS}", 9.2)
    t1 = truth("denial_letter", "other", insurer=INS, plan_id=None, group=group, member_id=num, member_name=pat,
               cases=[c for _, c in cls], claim_amount=m2(sum(bills)), service_dates=[iso(d) for d in vis],
               denial_date=iso(ld), provider=hosp, appeal_deadline=iso(plus(ld, 180)),
               alternates={"insurer": INS_ALT, "claim_amount": [m2(bills[0])]})
    doc1 = out(p)
    # compression garments
    ld2 = workday(plus(ld, rng.randint(2, 5)))
    sup = "Quenchwood Compression Garments"
    g_d = plus(ld2, -rng.randint(12, 18))
    cl2 = f"E{digits(rng, 9)}"
    g_b1, g_b2 = cents(rng, 380, 460), cents(rng, 260, 330)
    q = EMSheet(footer="page {n} of {nb}", footer_left=f"{INS}  |  claim {cl2}")
    q.set_margins(20, 15, 20)
    q.add_page()
    head(q, rng, right=["Claims Review", dashed(ld2)])
    q.addr_kv([pat, home, "Annealton, OH 43760"],
              [("Date", dashed(ld2)), ("Member no.", num), ("Claim", cl2), ("Supplier", sup),
               ("Delivered", slash(g_d)), ("Charged", f"${n2(g_b1 + g_b2)}")], w=92, cap_w=26)
    q.para(f"Dear {first_last(pat)}:", 10)
    q.para(f"{sup} billed us for a custom compression glove (A6501) and a custom compression arm sleeve (A6502) it "
           f"delivered to you on {long(g_d)} for scars from an old burn. The plan will not pay this claim.", 10)
    q.para("Why: custom compression garments need the plan's approval before they are made. The supplier did not ask "
           "for approval, and there is no approval on file for you. This is about the missing approval, not about "
           f"whether you need the garments. The supplier may still ask for a review; it may not bill you for this "
           f"claim while it does.", 10)
    q.para(f"You may appeal within 180 days of the date of this letter. Write to the Emberlyn Appeals Committee, "
           f"{ADDR}.", 10)
    q.para(f"Claims Review, Pontilwick Benefit Services, LLC, for the {INS}", 9.2)
    t2 = truth("denial_letter", "prior_authorization", insurer=INS, group=None, member_id=num, member_name=pat,
               cases=[cl2], claim_amount=m2(g_b1 + g_b2), service_dates=[iso(g_d)], denial_date=iso(ld2),
               provider=sup, appeal_deadline=iso(plus(ld2, 180)), alternates={"insurer": INS_ALT})
    doc2 = out(q)
    fdate = plus(ld2, rng.randint(1, 3))
    cover = dear_cover("ROUTING NOTE", "Emberlyn Glass Trades Cooperative",
                       ["Member Advocate's Office", f"{rng.randint(10, 99)} Cullet Row, Marverton, OH 43701",
                        f"Phone {phone(rng, '740')}  |  Fax {phone(rng, '740')}"],
                       [("To:", first_last(pat)), ("Fax:", phone(rng, "740")), ("Date:", slash(fdate)),
                        ("From:", adv), ("Pages:", "4 incl. this note"), ("Re:", "two plan letters")],
                       f"Dear Mr. {surname(pat)},",
                       ["The plan's administrator copied the co-op office on two letters about your claims, and I "
                        "am sending them on so you have them at home: the letter about the burn at the studio, and "
                        "the one about your garments.",
                        f"For the burn, call the studio's carrier first. For the garments, ask the supplier to "
                        f"send the approval request. Your co-op member card number is M-{digits(rng, 5)}."],
                       ["In solidarity,", adv, "Member Advocate"])
    return [(doc1, t1), (doc2, t2)], cover


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_household_eob_side_column_screening_ct_line_s6", "born_digital", [born_eob(rng)]),
        Item(F + "phone_burn_center_stay_strip_captions_under_burn_clinic_level", "phone_photo", [phone_burn(rng)]),
        Item(F + "photocopy_es_banco_de_horas_trimestre_corto_columna", "photocopy", [photocopy_es(rng)]),
        Item(F + "lowres_infrared_cataract_approval_side_column_eyewear_allowance", "scan_lowres_150",
             [lowres_approval(rng)]),
        Item(F + "rotated_mercury_chelation_investigational_captions_under_boxes", "rotated",
             [rotated_chelation(rng)]),
        Item(F + "clean300_hospital_late_claim_glass_cut_legend_two_columns", "scan_clean_300", [clean_late(rng)]),
    ]
    docs, cover = stdfax_stack(rng)
    items.append(Item(F + "stdfax_stack_coop_routing_note_workers_comp_first_sideways_then_garments_no_approval",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 90}))
    return items
