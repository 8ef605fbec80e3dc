"""An invented beekeepers' and apiary workers' cooperative health plan: the Combhaven Beekeepers' Cooperative, owned by
commercial beekeepers who truck their hives from the North Dakota prairie to the California almond orchards each
winter, then to Washington's cherry and apple orchards, and home for the summer honey flow, runs the Combhaven
Cooperative Health Plan for its owner-operators and their families (group CBC-100) and for the seasonal apiary crews
its members hire (group CBC-300). Claims are administered by Skeldergate Benefit Administrators, LLC, which writes
some letters on its own letterhead. The invented rules: each operation files its route with the plan, and care on
the route (the states and date windows filed) is paid at network level at the plan's "route partner" providers,
while off the route only emergency care is paid; sting and anaphylaxis care is always an emergency benefit, but
epinephrine auto-injectors are limited to three two-packs a person a plan year and venom immunotherapy needs the
plan's approval first (rush build-up as an outpatient in an allergy clinic, not as a hospital stay); a crew member
is covered from the first day on a member's crew roster to the 15th day after the roster ends; an injury at work to
a crew member on an operator's payroll goes first to that operator's workers' compensation carrier; providers must
file within 180 days of the service. Member numbers are "CBV" + seven digits, each dependant the same number with a
suffix ("*01" spouse, "*02", "*03" children; "-03" on papers printed by the administrator). Every cooperative,
operation, hospital, clinic, pharmacy, carrier, person, number, code, route and amount is invented (phones 555);
CPT, HCPCS and ICD-10 codes appear as themselves. No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_family_eob_spaced_brand_route_side_column_fourth_auto_injector_q4: a two-page EOB under the
  letter-spaced brand with a honeycomb mark and an "administered by" line; the subscriber's number in a box, each
  claim's patient with a "*0n" number; six claims in an unruled listing with a side column (route on file, plan at a
  glance, help); the son's fourth auto-injector two-pack refused under Q4, told only in the code list on page 2
  beside unused codes for off-route care, work injury and no coverage; the father's paid auto-injector as decoy.
- phone_extractor_hand_injury_workers_comp_first_hung_captions: a photographed letter to a crew member refusing the
  emergency care of a hand caught in an uncapping machine because the operator's workers' compensation carrier pays
  first (carrier's claim number, injury report date, apiary license as decoys); captions hung in the margin.
- photocopy_es_clinica_fuera_de_ruta_hija_guion_03: a photocopied Spanish letter signed by the administrator about
  a crew member's daughter ("-03") seen at a clinic in Idaho between two stops of the filed route (a route strip of
  date windows); not an emergency; "a más tardar" a printed date.
- lowres_venom_immunotherapy_approval_household_box_values_on_rule: a 150 dpi approval of maintenance venom
  immunotherapy for an operator's wife ("*01"), a household box with each person's number beside the address, values
  on a rule with captions hanging under them; denies nothing.
- rotated_crew_season_ended_physical_therapy_ticket_block: a letter fed turned refusing two physical therapy
  visits after the crew roster ended and the 15 days after it ran out (roster table with start, end and coverage-end
  dates as decoys); values first with captions after them in a framed block; 90 days of the notice.
- clean300_administrator_letterhead_late_er_claim_facts_column: the administrator's own letter to a hospital: an
  emergency visit for stings filed 200-odd days after it (facts in a ruled column at the right with new captions;
  received date as decoy); 60 days of the notice.
- stdfax_stack_dear_routing_note_build_up_no_approval_sideways_then_rush_inpatient: a standard-mode fax from an allergy
  clinic's billing office: its routing note whose message opens "Dear Mr. ...", the plan's two-page letter refusing
  the son's six venom build-up visits given without approval (the claim table on page 2, fed sideways), and the
  plan's answer on the wife's rush build-up: not as a hospital stay, approved in the clinic instead.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundel_famlc import (ELSheet, abbr, cents, dashed, dear_cover, digits, dmy_abbr, dots, es_date, first_last,
                               iso, kin, long, m2, n2, nth, out, people, phone, plus, slash, surname, tollfree, truth,
                               usd, wday, workday)

FAMILY = ("combhaven_beekeepers_cooperative_health_plan_auto_injector_limit_pollination_route_crew_season_and_"
          "extractor_injury_refusals")
LANG = "en"
SEED = 355112
PLAN = "Combhaven Cooperative Health Plan"
COOP = "Combhaven Beekeepers' Cooperative"
PLAN_ALT = [COOP, "Combhaven", "Combhaven Beekeepers Cooperative", "COMBHAVEN Cooperative Health Plan",
            "Combhaven Beekeepers' Cooperative Health Plan"]
TPA = "Skeldergate Benefit Administrators, LLC"
ADDR = "PO Box 1180, Sweetbriar Falls, ND 58402"
STREET = "77 Drone Hollow Road, Sweetbriar Falls, ND 58401"
PLAN_CODE = "CHP-26"
G_OWN, G_CREW = "CBC-100", "CBC-300"


def cbv(rng):
    return "CBV" + digits(rng, 7)


def head(p, rng, right=None):
    p.spaced_brand("Combhaven", "Beekeepers' Cooperative", PLAN,
                   [STREET, f"Member line {tollfree(rng, '877')}  |  TTY 711  |  Fax {phone(rng, '701')}"],
                   admin=f"administered by {TPA}", right=right, mark="hex", size=18, spacing=2.8)


def route(rng, year=2026):
    a = dt.date(year, 2, rng.randint(1, 4))
    b = dt.date(year, 3, rng.randint(12, 18))
    c = plus(b, rng.randint(8, 12))
    d_ = dt.date(year, 5, rng.randint(6, 10))
    e = plus(d_, rng.randint(9, 12))
    f = dt.date(year, 9, 30)
    return [("Kern County, CA", "almonds", f"{slash(a)} - {slash(b)}"),
            ("Yakima County, WA", "cherries, apples", f"{slash(c)} - {slash(d_)}"),
            ("Stutsman County, ND", "honey flow (home yards)", f"{slash(e)} - {slash(f)}")], (a, b, c, d_, e, f)


# ---------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    sub, wife, kid, kid2, dr_er, dr_all, dr_fam, dr_or = people(rng, 8, sexes="MFMFXXXX")
    wife, kid, kid2 = kin(wife, sub), kin(kid, sub), kin(kid2, sub)
    base = cbv(rng)
    n_w, n_k, n_k2 = f"{base}*01", f"{base}*02", f"{base}*03"
    sd = workday(dt.date(2026, 5, rng.randint(11, 15)))
    stops, (a, b, c, d_, e, f) = route(rng)
    operation = f"{surname(sub)} Apiaries"
    pharm = "Ridgeline Pharmacy #14"
    er_date = plus(a, rng.randint(6, 20))
    fill1 = plus(e, -rng.randint(14, 20))
    fill_ref = plus(fill1, rng.randint(2, 5))
    flut = plus(fill1, -rng.randint(3, 8))
    test_date = plus(c, rng.randint(4, 12))
    or_date = plus(c, rng.randint(14, 24))
    rx = [f"RX{digits(rng, 7)}" for _ in range(3)]
    cls = [f"C26{digits(rng, 8)}" for _ in range(6)]
    ndc_epi, ndc_flu = f"{digits(rng, 5)}-0{digits(rng, 3)}-02", f"{digits(rng, 5)}-0{digits(rng, 3)}-01"
    epi_b = cents(rng, 380, 460)
    head_ = ["Date", "Service", "Code / NDC", "Billed", "Allowed", "Plan paid", "You pay", "Note"]
    widths = [17, 40, 22, 14, 14, 14, 14, 10]
    al = ["L", "L", "L", "R", "R", "R", "R", "C"]
    rows = []
    tots = [0.0] * 4
    REF = 3

    def claim(i, who, num, prov, extra, items):
        rows.append(("span", f"Claim {cls[i]}   {who}   {num}"))
        rows.append(("span", f"{prov}   {extra}"))
        sb = [0.0] * 4
        for d, svc, code, billed, note in items:
            if note == "Q4":
                al_, pd, yp = 0.0, 0.0, billed
            else:
                al_ = round(billed * rng.uniform(0.55, 0.72), 2)
                yp = round(al_ * 0.1, 2) if note != "R1" else 25.0
                yp = min(yp, al_)
                pd = round(al_ - yp, 2)
            rows.append([slash(d), svc, code, n2(billed), n2(al_), n2(pd), n2(yp), note])
            for k, v in enumerate((billed, al_, pd, yp)):
                sb[k] += v
                tots[k] += v
        rows.append(("bold", ["", "Claim total", "", *[n2(v) for v in sb], ""]))
        rows.append(("gap",))
        return sb[0]

    claim(0, wife, n_w, "Kern Valley Community Hospital", f"Attending: {dr_er}",
          [(er_date, "Emergency visit, level 4", "99284", cents(rng, 1150, 1450), "P1"),
           (er_date, "IV push, first drug", "96374", cents(rng, 260, 340), "P1"),
           (er_date, "Diphenhydramine 50 mg", "J1200", cents(rng, 25, 45), "P1"),
           (er_date, "Methylprednisolone 125 mg", "J2930", cents(rng, 30, 55), "P1")])
    claim(1, kid2, n_k2, "Sweetbriar Allergy & Asthma", f"Rendering: {dr_all}",
          [(test_date, "New patient visit", "99204", cents(rng, 330, 410), "P1"),
           (test_date, "Venom IgE, each of 5", "86003 x5", cents(rng, 210, 290), "P1")])
    claim(2, sub, base, pharm, f"Rx {rx[0]}   Prescriber: {dr_fam}",
          [(fill1, "Epinephrine auto-inj 0.3 mg 2pk", ndc_epi, epi_b, "R1")])
    ref_amt = claim(3, kid, n_k, pharm, f"Rx {rx[1]}   Prescriber: {dr_fam}",
                    [(fill_ref, "Epinephrine auto-inj 0.3 mg 2pk", ndc_epi, epi_b, "Q4")])
    claim(4, kid, n_k, pharm, f"Rx {rx[2]}   Prescriber: {dr_fam}",
          [(flut, "Fluticasone nasal 50 mcg", ndc_flu, cents(rng, 28, 44), "P1")])
    claim(5, sub, base, "Yakima Orchard Health Clinic", f"Rendering: {dr_or}",
          [(or_date, "Office visit, established", "99213", cents(rng, 170, 230), "P1"),
           (or_date, "X-ray wrist, 3 views", "73110", cents(rng, 140, 190), "P1")])
    rows.append(("bold", ["", "Totals, this statement", "", *[n2(v) for v in tots], ""]))
    p = ELSheet(footer="Page {n} of {nb}", footer_left=f"{PLAN}  |  CHP-EOB (2026)  |  Statement {slash(sd)}")
    p.set_margins(14, 13, 14)
    p.add_page()
    head(p, rng, right=["EXPLANATION OF BENEFITS", "This is not a bill"])
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [sub, operation, f"{rng.randint(1200, 9800)} 38th Street SE", "Sweetbriar Falls, ND 58401"]:
        p.set_x(p.l_margin)
        p.line(ln, 9.6)
    yk = p.kv_box([("Statement date", long(sd)), ("Subscriber", sub), ("Subscriber no.", base),
                   ("Group", G_OWN), ("Plan code", PLAN_CODE)], p.l_margin + W * 0.52, y0, W * 0.48, cap_w=30,
                  size=8.6)
    p.set_xy(p.l_margin, max(p.get_y(), yk) + 3)
    p.para(f"Claims we finished for your family from {abbr(plus(sd, -30))} to {abbr(plus(sd, -1))}. Each person on "
           "your plan has your subscriber number with their own two-digit ending. Notes are explained on page 2.", 8.4)
    side = [("Your route on file", [f"**{s[0]}**  {s[1]}, {s[2]}" for s in stops]
             + ["Family at home: North Dakota all year.", f"Route filing RF-{digits(rng, 5)}"]),
            ("Plan at a glance", [("kv", "Deductible (family)", "$3,000.00"), ("kv", "Met", usd(cents(rng, 1400, 2200))),
                                  ("kv", "Coinsurance", "10%"), "Epinephrine auto-injectors: three two-packs a person "
                                  "each plan year, $25.00 each."]),
            ("Questions", [f"{tollfree(rng, '877')}", "Mon-Sat 7-7 Central (March-May 6-6 Pacific)"])]
    p.side_listing(head_, rows, widths, al, side, side_w=52, size=6.6, row_h=3.9, cont="Claims (continued)")
    p.add_page()
    p.glossary("Notes", [
        ("P1", "Paid at the network level under your plan."),
        ("R1", "Epinephrine auto-injector two-pack paid; you pay the $25.00 copay."),
        ("Q4", "The plan pays for three epinephrine auto-injector two-packs for each person in a plan year. This "
               "fill is more than that number for this person, so the plan did not pay it. The pharmacy may bill "
               "you its charge."),
        ("R2", "Care outside the states and dates on the route your operation filed, and not an emergency."),
        ("W1", "This may be an injury at work; the operator's workers' compensation carrier must be billed first."),
        ("E9", "The person was not covered on the date of service.")], size=7.6)
    p.heading("How the plan paid", 9.4)
    p.para("For example: if a network clinic bills $200.00 and the allowed amount is $140.00, the plan pays 90% of "
           "$140.00 ($126.00) once the deductible is met and you pay $14.00.", 8.4)
    p.heading("If you think we got it wrong", 9.4)
    p.para(f"Call the member line first. You may appeal in writing within 180 days after the date on this "
           f"statement. Write to the Appeals Committee, {PLAN}, {ADDR}, and tell us the claim number. You may "
           "send papers, such as a letter from your doctor. If the plan is governed by ERISA, you may bring a civil "
           "action after the appeal.", 8.4)
    p.rights(PLAN, tollfree(rng, "877"))
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=PLAN_CODE, group=G_OWN, member_id=n_k, member_name=kid,
              cases=[cls[3]], claim_amount=m2(ref_amt), service_dates=[iso(fill_ref)], denial_date=iso(sd),
              provider=pharm, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": PLAN_ALT, "provider": [dr_fam, "Ridgeline Pharmacy"]},
              denial_alternates=["other"])
    return out(p), t


def phone_extractor(rng):
    pat, dr, op_owner, adj, rev = people(rng, 5, sexes="MXMXX")
    num = cbv(rng)
    inj = dt.date(2026, 7, rng.randint(6, 17))
    ld = workday(plus(inj, rng.randint(30, 40)))
    rep = plus(inj, 1)
    cl = f"C26{digits(rng, 8)}"
    operation = f"{surname(op_owner)} Honey Farms"
    carrier = "Prairie Sentinel Mutual Insurance Company"
    wc = f"WC-{digits(rng, 3)}-{digits(rng, 6)}"
    hosp = "Jamesfield Regional Hospital"
    lines = [("99283", "Emergency visit, level 3", cents(rng, 640, 820)),
             ("12002", "Wound repair, 2.6 to 7.5 cm", cents(rng, 520, 690)),
             ("73130", "X-ray hand, 3 views", cents(rng, 210, 280)),
             ("90715", "Tdap vaccine", cents(rng, 85, 120)),
             ("90471", "Vaccine given", cents(rng, 30, 45))]
    total = round(sum(b for _, _, b in lines), 2)
    p = ELSheet(footer="Page {n} of {nb}", footer_left=f"{PLAN}  |  Claim {cl}  |  Mailed {slash(ld)}")
    p.set_margins(20, 16, 20)
    p.add_page()
    head(p, rng, right=["Claims Department", nth(ld)])
    for ln in [pat, f"c/o {operation}", f"{rng.randint(1000, 9900)} 27th Avenue SW", "Jamesfield, ND 58405"]:
        p.line(ln, 10)
    p.ln(4)
    p.hang([("Crew member", f"{pat}  ({num})"), ("Plan group", f"{G_CREW} seasonal apiary crew"),
            ("Claim", cl), ("Hospital", hosp), ("Date of injury", long(inj)), ("Billed", f"${n2(total)}"),
            ("Operator", f"{operation}, ND apiary license {digits(rng, 5)}")], cap_w=32, size=9.4)
    p.para(f"Dear {first_last(pat)},", 10)
    p.para(f"We have the emergency room claim from {hosp} for the care you got on {long(inj)}, when your left hand "
           f"was caught in the uncapping machine in the {operation} honey house. The plan has not paid it.", 10)
    p.para(f"The plan pays for an injury at work only after the employer's workers' compensation carrier has "
           f"decided. You were working on the payroll of {operation} that day, and {operation} reported the "
           f"injury to its carrier, {carrier}, on {slash(rep)} (carrier claim {wc}, adjuster {adj}). The hospital "
           "should send its bill to the carrier. If the carrier refuses the claim, send us its written decision and "
           "we will look at our claim again.", 10)
    p.table(["Code", "Service", "Date", "Billed"], [[c, s, dots(inj), n2(b)] for c, s, b in lines] +
            [["", "Total", "", n2(total)]], [22, 86, 30, 32], size=8.8, aligns=["L", "L", "L", "R"], bold_last=True)
    p.para(f"Attending physician on the claim: {dr}.", 9)
    p.para("If you disagree, you may appeal within 60 days of the date of this letter by writing to the Appeals "
           f"Committee, {ADDR}. Please keep copies of everything you send.", 10)
    p.para(f"Sincerely,\n{rev}\nClaims Department, {PLAN}", 9.6)
    t = truth("denial_letter", "other", insurer=PLAN, plan_id=None, group=G_CREW, member_id=num, member_name=pat,
              cases=[cl], claim_amount=m2(total), service_dates=[iso(inj)], denial_date=iso(ld), provider=hosp,
              appeal_deadline=iso(plus(ld, 60)), alternates={"insurer": PLAN_ALT, "provider": [dr]})
    return out(p), t


def photocopy_es(rng):
    sub, kid, dr, op_owner, rev = people(rng, 5, es=True, sexes="MFXMX")
    kid = kin(kid, sub)
    base = cbv(rng)
    num = f"{base}-03"
    stops, (a, b, c, d_, e, f) = route(rng)
    vd = plus(d_, rng.randint(2, 5))
    ld = workday(plus(vd, rng.randint(30, 40)))
    by = plus(ld, 180)
    cl = f"C26{digits(rng, 8)}"
    clinic = "Clínica Familiar Río Serpiente"
    operation = "Gammage Pollination Services"
    b1, b2 = cents(rng, 150, 190), cents(rng, 30, 55)
    total = round(b1 + b2, 2)
    roster = f"CR-{digits(rng, 6)}"
    p = ELSheet(footer="Página {n} de {nb}", footer_left=f"{TPA} para {PLAN}  |  Reclamación {cl}")
    p.set_margins(19, 16, 19)
    p.add_page()
    head(p, rng, right=["Servicios a miembros", "Se habla español"])
    p.addr_kv([sub, f"{rng.randint(100, 990)} Calle del Colmenar", "Delano, CA 93215"],
              [("Fecha", es_date(ld)), ("Paciente", kid), ("N.º de miembro", num), ("Titular", f"{sub} {base}"),
               ("Grupo", G_CREW), ("Reclamación", cl)], w=94, cap_w=30)
    p.para(f"Estimado señor {surname(sub)}:", 10)
    p.para(f"Recibimos la cuenta de {clinic}, en Minidoka Flats, Idaho, por la consulta de su hija {kid} del "
           f"{es_date(vd)} (otitis, consulta y prueba rápida; total {usd(total)}). El plan no la pagará.", 10)
    p.route_strip("Ruta registrada por su empleador (" + operation + ")",
                  [(s[0], {"almonds": "almendros", "cherries, apples": "cerezos, manzanos"}.get(s[1], "miel (casa)"),
                    s[2]) for s in stops],
                  note=f"Registro de ruta RF-{digits(rng, 5)}. Las fechas son las ventanas registradas, no fechas "
                       "de servicio.")
    p.para("Por qué: el plan paga la atención de rutina en los estados y fechas de la ruta que registró su empleador, "
           "con los proveedores asociados de la ruta. Fuera de la ruta solo paga emergencias. Idaho no está en la "
           f"ruta, {clinic} no es proveedor asociado y los registros muestran una infección de oído sin señales de "
           "emergencia.", 10)
    p.table(["Código", "Servicio", "Fecha", "Cobrado"],
            [["99203", "Consulta, paciente nuevo", slash(vd), n2(b1)], ["87880", "Prueba rápida de estreptococo",
                                                                        slash(vd), n2(b2)]],
            [22, 90, 30, 32], size=8.8, aligns=["L", "L", "L", "R"])
    p.para(f"Si no está de acuerdo, puede apelar. Su apelación debe llegarnos a más tardar el {es_date(by)}. "
           f"Escriba al Comité de Apelaciones, {ADDR}. Incluya la lista de cuadrilla {roster} si la tiene.", 10)
    p.para(f"Atentamente,\n{rev}\n{TPA}, administrador de reclamaciones de {PLAN}", 9.4)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, plan_id=None, group=G_CREW, member_id=num,
              member_name=kid, cases=[cl], claim_amount=m2(total), service_dates=[iso(vd)], denial_date=iso(ld),
              provider=clinic, appeal_deadline=iso(by), lang="es", alternates={"insurer": PLAN_ALT + [TPA]})
    return out(p), t


def lowres_approval(rng):
    sub, wife, kid, dr, nurse = people(rng, 5, sexes="MFXXF")
    wife, kid = kin(wife, sub), kin(kid, sub)
    base = cbv(rng)
    n_w = f"{base}*01"
    ld = workday(dt.date(2026, 5, rng.randint(18, 22)))
    start = dt.date(2026, 6, 1)
    end = dt.date(2027, 5, 31)
    appr = f"VA-26-{digits(rng, 5)}"
    old = f"VA-25-{digits(rng, 5)}"
    clinic = "Sweetbriar Allergy & Asthma"
    p = ELSheet(footer="Page {n} of {nb}", footer_left=f"{PLAN}  |  Approval {appr}  |  {slash(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, rng, right=["Care Review", "Approval notice"])
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [wife, f"{rng.randint(100, 990)} Linden Coulee Rd", "Sweetbriar Falls, ND 58401"]:
        p.set_x(p.l_margin)
        p.line(ln, 10)
    yh = p.household("People on this plan", [("Subscriber", sub, base), ("Spouse", wife, n_w),
                                             ("Child", kid, f"{base}*02")], p.l_margin + W * 0.48, y0, W * 0.52)
    p.set_xy(p.l_margin, max(p.get_y(), yh) + 4)
    p.hung([(wday(ld), "Date of this notice", W * 0.38), (appr, "Approval number", W * 0.27),
            (G_OWN, "Group", W * 0.15), (PLAN_CODE, "Plan code", W * 0.2)])
    p.hung([(clinic, "Asked for by", W * 0.45), (dr, "Allergist", W * 0.30), (n_w, "Patient's number", W * 0.25)])
    p.para(f"Dear {first_last(wife)},", 10)
    p.para(f"We approved the venom immunotherapy that {dr} asked for. You may now get maintenance allergy shots for "
           "honey bee venom at the clinic. The approval covers:", 10)
    p.table(["Code", "What", "How many", "From", "Through"],
            [["95117", "Allergy injections, two or more", "up to 24 visits", slash(start), slash(end)],
             ["95145", "Venom extract, single insect, per dose", "up to 24 doses", slash(start), slash(end)]],
            [18, 68, 32, 26, 26], size=8.6)
    p.para(f"Your earlier approval {old} for the build-up doses ends on {slash(plus(start, -1))}. Your usual "
           "deductible and 10% coinsurance apply. Keep carrying your epinephrine auto-injectors in the bee yards.", 10)
    p.para("This letter does not refuse anything. If the clinic asks for more visits, it can send a new request.", 10)
    p.para(f"{nurse}, RN, Care Review\n{PLAN}", 9.4)
    t = truth("other", None, insurer=PLAN, plan_id=PLAN_CODE, group=G_OWN, member_id=n_w, member_name=wife,
              cases=[appr], claim_amount=None, service_dates=[], denial_date=iso(ld), provider=clinic,
              appeal_deadline=None, alternates={"insurer": PLAN_ALT, "provider": [dr],
                                                "service_dates": [[f"{iso(start)}/{iso(end)}"]]})
    return out(p), t


def rotated_season(rng):
    pat, boss, pt, rev = people(rng, 4, sexes="MXXX")
    num = cbv(rng)
    r_start = dt.date(2026, 2, rng.randint(2, 6))
    r_end = dt.date(2026, 4, 30)
    cov_end = plus(r_end, 15)
    v1 = plus(cov_end, rng.randint(9, 12))
    v2 = plus(v1, 7)
    ld = workday(plus(v2, rng.randint(18, 25)))
    cl = f"C26{digits(rng, 8)}"
    operation = "Gammage Pollination Services"
    clinic = "Yakima Valley Physical Therapy"
    ls = []
    for d in (v1, v2):
        ls += [(d, "97110", "Therapeutic exercise, 2 units", cents(rng, 150, 190)),
               (d, "97140", "Manual therapy, 1 unit", cents(rng, 70, 95))]
    total = round(sum(x[3] for x in ls), 2)
    p = ELSheet(footer="Page {n} of {nb}", footer_left=f"{PLAN}  |  Notice date {slash(ld)}")
    p.set_margins(20, 16, 20)
    p.add_page()
    head(p, rng, right=["Eligibility Unit", dmy_abbr(ld)])
    p.letter_with_ticket([pat, f"{rng.randint(100, 990)} Fruitvale Blvd Unit {rng.randint(2, 40)}",
                          "Yakima, WA 98902"],
                         [(num, "crew member no."), (G_CREW, "group"), (cl, "claim"), (f"${n2(total)}", "billed"),
                          (clinic, "billed by")], w=92, title="ABOUT THIS CLAIM")
    p.para(f"Dear {first_last(pat)}:", 10)
    p.para(f"We cannot pay {clinic} for your physical therapy on {long(v1)} and {long(v2)}. You were not covered by "
           "the plan on those days.", 10)
    p.para(f"A seasonal crew member is covered from the first day on a cooperative member's crew roster until 15 "
           f"days after the roster ends. {operation} listed you on its roster from {slash(r_start)} to "
           f"{slash(r_end)}, so your coverage ended on {long(cov_end)}.", 10)
    p.wrap_table(["Roster", "Start", "End", "Covered through"],
                 [[f"{operation} (crew lead {boss})", dots(r_start), dots(r_end), dots(cov_end)]],
                 [76, 28, 28, 38], size=8.6)
    p.wrap_table(["Date", "Code", "Service", "Billed"], [[slash(d), c, s, n2(b)] for d, c, s, b in ls] +
                 [["", "", "Total", n2(total)]], [26, 20, 92, 32], size=8.6, aligns=["L", "L", "L", "R"],
                 bold_last=True)
    p.para(f"Treating therapist: {pt}. If you joined another member's crew after {slash(r_end)}, ask that member to "
           "send us its roster and we will look again.", 9.6)
    p.para(f"You may appeal within 90 days of the date of this notice. Write to the Appeals Committee, {ADDR}.", 10)
    p.para(f"{rev}\nEligibility Unit, {PLAN}", 9.4)
    t = truth("denial_letter", "eligibility", insurer=PLAN, plan_id=None, group=G_CREW, member_id=num,
              member_name=pat, cases=[cl], claim_amount=m2(total), service_dates=[iso(v1), iso(v2)],
              denial_date=iso(ld), provider=clinic, appeal_deadline=iso(plus(ld, 90)),
              alternates={"insurer": PLAN_ALT, "provider": [pt]})
    return out(p), t


def clean_tpa_late(rng):
    pat, dr, rev = people(rng, 3, sexes="FXX")
    num = cbv(rng)
    dos = dt.date(2026, 2, rng.randint(9, 20))
    recv = plus(dos, rng.randint(200, 215))
    ld = workday(plus(recv, rng.randint(8, 14)))
    cl = f"C26{digits(rng, 8)}"
    hosp = "Lost Hills Memorial Hospital"
    acct = f"{digits(rng, 9)}"
    billed = cents(rng, 2800, 3900)
    p = ELSheet(serif=True, footer="Page {n} of {nb}",
                ids_foot=f"{TPA}  |  Claim {cl}  |  Notice {iso(ld)}")
    p.set_margins(20, 16, 20)
    p.add_page()
    p.set_font("Serif", "B", 15)
    p.cell(0, 7, "Skeldergate Benefit Administrators, LLC", new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    p.cell(0, 4, f"Claims administrator for the {PLAN}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"2250 Mill Race Parkway, Suite 300, Fargo, ND 58103  |  Provider line {tollfree(rng, '844')}",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(4)
    p.line(long(ld), 10)
    p.ln(3)
    for ln in [hosp, "Patient Financial Services", f"{rng.randint(100, 990)} Orchard Row", "Lost Hills, CA 93249"]:
        p.line(ln, 10)
    p.ln(4)
    p.facts_right([("Who got care", pat), ("Crew member no.", num), ("Group", G_CREW), ("Claim", cl),
                   ("Your account", acct), ("Visit", slash(dos)), ("Charges", usd(billed)),
                   ("We got the claim", slash(recv))],
                  [f"Re: emergency visit of {pat}",
                   f"Your claim for the emergency care of {pat} on {long(dos)} reached us on {long(recv)}. She "
                   "was treated for many bee stings with hives and swelling of the lips, and the care itself is "
                   "covered by the plan.",
                   "We cannot pay the claim. The plan's provider agreement and plan document ask providers to file "
                   "claims within 180 days after the date of service. This claim came to us more than 180 days after "
                   "the visit, and we found no earlier claim for it from your hospital or from any clearinghouse.",
                   f"Under the plan's rules a network provider may not bill {pat} for a claim refused for late "
                   "filing.",
                   "If you have proof that the claim was sent on time (a clearinghouse acceptance report or a "
                   "rejection from us dated within the 180 days), send it with a request for review within 60 days "
                   f"of the date of this notice to {TPA}, Provider Reviews, at the address above.",
                   f"Emergency physician on the claim: {dr}."], side_w=62, size=9.6, title="Claim facts")
    p.para(f"{rev}\nProvider Claims Review", 9.6)
    t = truth("denial_letter", "timely_filing", insurer=TPA, plan_id=None, group=G_CREW, member_id=num,
              member_name=pat, cases=[cl], claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(ld),
              provider=hosp, appeal_deadline=iso(plus(ld, 60)),
              alternates={"insurer": [PLAN, "Skeldergate Benefit Administrators", "Skeldergate"],
                          "provider": [dr]})
    return out(p), t


def stdfax_stack(rng):
    sub, wife, kid, dr, clerk, nurse, md = people(rng, 7, sexes="MFMXFXX")
    wife, kid = kin(wife, sub), kin(kid, sub)
    base = cbv(rng)
    n_w, n_k = f"{base}*01", f"{base}*02"
    clinic = "Sweetbriar Allergy & Asthma"
    home = [f"{rng.randint(1000, 9800)} Apiary Lane", "Sweetbriar Falls, ND 58401"]
    # 1: build-up injections without approval
    d0 = dt.date(2026, 3, rng.randint(2, 6))
    days = [plus(d0, 7 * k) for k in range(6)]
    ld = workday(plus(days[-1], rng.randint(20, 26)))
    cl = f"C26{digits(rng, 8)}"
    ls = []
    for d in days:
        ls += [(d, "95117", "Allergy injections, 2 or more", cents(rng, 38, 52)),
               (d, "95145", "Venom extract, single insect", cents(rng, 190, 240))]
    total = round(sum(x[3] for x in ls), 2)
    p = ELSheet(footer="Page {n} of {nb}", every=f"{sub}  |  Subscriber {base}  |  Letter of {slash(ld)}")
    p.set_margins(20, 16, 20)
    p.add_page()
    head(p, rng, right=["Care Review"])
    p.addr_pairs_right([sub, *home], [("Date", long(ld)), ("Patient", kid), ("Patient no.", n_k), ("Claim", cl),
                                      ("Group", G_OWN)], split=0.46, cap_w=28)
    p.para(f"Dear {first_last(sub)}:", 10)
    p.para(f"{clinic} gave your son {kid} six build-up doses of honey bee venom immunotherapy between "
           f"{long(days[0])} and {long(days[-1])}. The plan will not pay for them.", 10)
    p.para("Venom immunotherapy is covered when the plan approves it before it starts. The clinic did not ask us "
           "for approval before the first dose, and our records show no request for these dates. Page 2 lists the "
           "services on the claim.", 10)
    p.para("The clinic can still ask us to approve the rest of the treatment. Your son's earlier allergy test visit "
           "was paid.", 10)
    p.para("You may appeal within 180 days of the date of this letter. Write to the Appeals Committee, "
           f"{ADDR}, or call {tollfree(rng, '877')}.", 10)
    p.para(f"{nurse}, RN, Care Review, {PLAN}", 9.4)
    p.add_page()
    p.heading("Services on claim " + cl, 10.5)
    p.wrap_table(["Date", "Code", "Service", "Billed"], [[slash(d), c, s, n2(b)] for d, c, s, b in ls] +
                 [["", "", "Total billed", n2(total)]], [26, 20, 92, 32], size=8.6, aligns=["L", "L", "L", "R"],
                 bold_last=True)
    p.para(f"Ordering allergist: {dr}. Diagnosis on the claim: Z91.030 (bee allergy status).", 9)
    t1 = truth("denial_letter", "prior_authorization", insurer=PLAN, plan_id=None, group=G_OWN, member_id=n_k,
               member_name=kid, cases=[cl], claim_amount=m2(total), service_dates=[iso(d) for d in days],
               denial_date=iso(ld), provider=clinic, appeal_deadline=iso(plus(ld, 180)),
               alternates={"insurer": PLAN_ALT, "provider": [dr]})
    doc1 = out(p)
    # 2: rush build-up as a hospital stay
    nd = workday(plus(ld, rng.randint(2, 5)))
    planned = plus(nd, rng.randint(10, 16))
    req = f"VR-26-{digits(rng, 5)}"
    recv = plus(nd, -rng.randint(3, 5))
    hosp = "Sweetbriar Falls General Hospital"
    q = ELSheet(footer="Page {n} of {nb}", footer_left=f"{PLAN}  |  Request {req}")
    q.set_margins(20, 16, 20)
    q.add_page()
    head(q, rng, right=["Care Review", dashed(nd)])
    q.addr_pairs_right([wife, *home], [("Notice date", dashed(nd)), ("Patient no.", n_w), ("Subscriber", base),
                                       ("Request", req), ("Received", dots(recv)), ("Planned", slash(planned))],
                       split=0.46, cap_w=28)
    q.para(f"Dear {first_last(wife)}:", 10)
    q.para(f"{dr} of {clinic} asked us to approve a two-day stay at {hosp} starting {long(planned)} for rush "
           "build-up of honey bee venom immunotherapy.", 10)
    q.para("What we decided: we do not approve the hospital stay. We do approve the same rush build-up as an "
           f"outpatient in the clinic's treatment room at {clinic} on the same dates. The records show no earlier "
           "severe reaction to allergy shots and no heart or lung condition that would need hospital monitoring "
           "overnight; the clinic has the staff and equipment to treat a reaction.", 10)
    q.para(f"A doctor reviewer, {md}, MD, made this decision. You or the clinic may appeal within 60 days of the "
           f"date of this notice by writing to the Appeals Committee, {ADDR}. If a delay would put your health at "
           "serious risk, ask for a fast appeal; we answer within 72 hours.", 10)
    q.para(f"Care Review, {PLAN}", 9.4)
    t2 = truth("denial_letter", "level_of_care", insurer=PLAN, plan_id=None, group=None, member_id=n_w,
               member_name=wife, cases=[req], claim_amount=None, service_dates=[iso(planned)], denial_date=iso(nd),
               provider=clinic, appeal_deadline=iso(plus(nd, 60)),
               alternates={"insurer": PLAN_ALT, "provider": [dr, hosp]}, denial_alternates=["medical_necessity"])
    doc2 = out(q)
    fd = plus(nd, rng.randint(1, 3))
    cover = dear_cover("ROUTING NOTE", clinic, ["Billing Office", f"{rng.randint(100, 990)} Prairie Rose Avenue, "
                                                "Sweetbriar Falls, ND 58401",
                                                f"Tel {phone(rng, '701')}  |  Fax {phone(rng, '701')}"],
                       [("To:", first_last(sub)), ("Fax:", phone(rng, "701")), ("Date:", dmy_abbr(fd)),
                        ("From:", clerk), ("Pages:", "5 incl. this note"), ("Acct:", digits(rng, 7))],
                       f"Dear Mr. {surname(sub)},",
                       ["I am sorry to send these by fax, but you asked for them quickly. Combhaven mailed us copies "
                        f"of two letters: one about {first_last(kid)}'s build-up shots and one about "
                        f"{first_last(wife)}'s rush schedule.",
                        f"We are asking Combhaven to look again at the shots. Until we hear back, please do not pay "
                        f"the statement dated {slash(plus(fd, -9))}. The rush schedule will be done here in our "
                        "treatment room, as the letter says; the front desk will call you with a time."],
                       ["With thanks,", clerk, "Billing Office"], serif=True)
    return [(doc1, t1), (doc2, t2)], cover


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_family_eob_spaced_brand_route_side_column_fourth_auto_injector_q4", "born_digital",
             [born_eob(rng)]),
        Item(F + "phone_extractor_hand_injury_workers_comp_first_hung_captions", "phone_photo",
             [phone_extractor(rng)]),
        Item(F + "photocopy_es_clinica_fuera_de_ruta_hija_guion_03", "photocopy", [photocopy_es(rng)]),
        Item(F + "lowres_venom_immunotherapy_approval_household_box_values_on_rule", "scan_lowres_150",
             [lowres_approval(rng)]),
        Item(F + "rotated_crew_season_ended_physical_therapy_ticket_block", "rotated", [rotated_season(rng)]),
        Item(F + "clean300_administrator_letterhead_late_er_claim_facts_column", "scan_clean_300",
             [clean_tpa_late(rng)]),
    ]
    docs, cover = stdfax_stack(rng)
    items.append(Item(F + "stdfax_stack_dear_routing_note_build_up_no_approval_sideways_then_rush_inpatient",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 90}))
    return items
