"""An invented health plan for sommeliers, vineyard and cellar workers: the Brixhollow Wine Trades Health Plan
(Lodi, California), a multiemployer plan of member wineries, vineyard management companies, wine bars and
restaurants. Invented rules: three plans, BWT-YR (year-round cellar, vineyard, tasting-room and floor staff,
sommeliers included), BWT-HC (pruning and harvest crews, covered from the first of the month after 80 hours in a
month to the last day of the month after the month of the employer's last reported hours) and BWT-OW (owner-
operators of member wineries, who have no workers' compensation for themselves); a yearly pesticide monitoring
benefit (cholinesterase tests) for people who handle sprays; work injuries and exposures go first to the employer's
workers' compensation carrier; eyewear (safety goggles too) is not a benefit; imaging such as MRI needs
precertification; chelation for pesticide exposure is unproven; inpatient stays are reviewed for level of care; no
benefits outside the network except emergencies; member appeals within 180 days. Employer groups "WG-" + 5 digits,
member numbers "BX" + 7 digits (a dependant's with "-02"), claims "C-26-" + 6 digits, precertification requests
"PX" + 7 digits, utilization reviews "UR-26-" + 5 digits. Every winery, vineyard, restaurant, clinic, hospital,
carrier, person, number, amount and address is invented; real towns with invented streets; phones 555; CPT, HCPCS
and revenue codes as themselves.

Documents (8 in 7 files):
- lowres_eob_spouse_goggles_line_e4: a 150 dpi two-page EOB about the subscriber's wife with two name boxes side by
  side (subscriber with his number and birth date; patient with hers); five claims, the eye claim's prescription
  safety goggles line alone at the top of page 2 after the break (no headings), note E4 in the notes grid.
- faxstd_es_resonancia_rodilla_precertificacion: a standard-fax Spanish precertification notice in lettered boxes
  ("E. Número de solicitud", "H. Fecha programada"): a knee MRI not approved before six weeks of treatment, told in
  plain words (no word for "denied").
- faxstd_stack_co2_tank_comp_first_then_sinus_ct: a standard-fax stack: the plan's fax cover, a two-page
  letter to a hospital (page 2 upside down) on a cellar worker overcome by CO2 while cleaning a tank at work (the
  winery's compensation carrier first; its claim number as decoy), and a sinus CT approval for a sommelier with
  smell loss (captions at the right of ruled boxes; denies nothing).
- faxfine_crew_hours_coverage_ended_pipe_captions: a fine-fax letter to a pruning crew member: an urgent care visit
  after crew coverage ended ("value | caption" identifiers, weekly hours table, a 60-day self-pay decoy).
- bd_chelation_pesticide_unproven_two_columns: a born-digital letter in two prose columns refusing three EDTA
  chelation sessions for pesticide exposure as unproven (captions under values, a running footer with the IDs, a
  printed reply date).
- scan_barrel_rack_fall_inpatient_numbered_boxes: a clean-scan two-page letter to an owner-operator in numbered boxes:
  a two-night stay after a fall from a barrel rack approved only at observation level; nine revenue lines; the
  rights and the signature on page 2; a printed reply date.
- phone_allergist_outside_network_tab_boxes: a photographed letter to a sommelier (captions on tabs above the boxes):
  an allergist outside the network, a side box of network allergists.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeo_famoc import (EOSheet, abbr, dash, digits, dmy_abbr, dmy_long, dotted, es_date, es_short, fax_cover,
                               first_last, iso, long, m2, n2, nopad, npi, out, person, plus, short, slash, surname,
                               th, truth, upper, usd, wday_long, workday)

FAMILY = ("brixhollow_wine_trades_health_plan_sommeliers_vineyard_cellar_workers_goggles_knee_mri_co2_tank_comp_first_"
          "crew_hours_chelation_barrel_fall_allergist_refusals")
LANG = "en"
SEED = 355142

PLAN = "Brixhollow Wine Trades Health Plan"
PLAN_ALT = ["Brixhollow Wine Trades", "Brixhollow"]
OFFICE = ["4410 Lees Crossing Road", "Lodi, CA 95242"]
YR, HC, OW = "BWT-YR", "BWT-HC", "BWT-OW"

F = ["Adelina", "Beatrix", "Carlotta", "Dorotea", "Eleonora", "Fiorella", "Giuliana", "Hortense", "Isaura",
     "Josiane", "Liliane", "Madeleine", "Nicoletta", "Ornella", "Perpetua", "Rosaria", "Solange", "Vittoria"]
M = ["Achille", "Benedetto", "Clement", "Donatien", "Evariste", "Faustino", "Gaspard", "Honore", "Ilario",
     "Jacquelin", "Lazare", "Marcellin", "Norberto", "Orazio", "Prosper", "Raimondo", "Severin", "Tiberio"]
L = ["Albarello", "Bonnefoy", "Castellucci", "Dufresne", "Ferracane", "Giraudeau", "Laurencin", "Malvezzi",
     "Nardoni", "Peyrolle", "Quintavalle", "Roussillac", "Sabatini", "Tessaro", "Vaudrey", "Zanardelli",
     "Brunetiere", "Cavallero", "Desrosiers"]
ES_M = ["Aurelio", "Bonifacio", "Crisanto", "Eusebio", "Florencio", "Gumersindo", "Hipólito", "Leandro"]
ES_L = ["Albarrán", "Barajas", "Cuevas", "Hinojosa", "Jaramillo", "Magaña", "Pantoja", "Quezada", "Villaseñor"]
TOWNS = [("Lodi", "CA", "95240"), ("Healdsburg", "CA", "95448"), ("Paso Robles", "CA", "93446"),
         ("Plymouth", "CA", "95669"), ("Sonoma", "CA", "95476"), ("Murphys", "CA", "95247"),
         ("Walla Walla", "WA", "99362"), ("Acampo", "CA", "95220")]
STREETS = ["Cooperage Ln", "Tank Row Rd", "Trellis Wire Way", "Press House Rd", "Racking Ave", "Gondola Rd",
           "Old Lees Rd", "Punchdown St", "Bottling Line Dr", "Hillside Terrace Rd"]
USED: set = set()


def who(rng, sex: str, last: str | None = None) -> str:
    return person(rng, F if sex == "F" else M, L, USED, last)


def addr(rng, name: str, town: tuple | None = None) -> list[str]:
    t, st, z = town or rng.choice(TOWNS)
    return [name, f"{rng.randint(18, 9640)} {rng.choice(STREETS)}", f"{t}, {st} {z}"]


def mno(rng) -> str:
    return "BX" + digits(rng, 7)


def grp(rng) -> str:
    return "WG-" + digits(rng, 5)


def claim_no(rng) -> str:
    return "C-26-" + digits(rng, 6)


def px(rng) -> str:
    return "PX" + digits(rng, 7)


def head(p: EOSheet, box: str | None = None, es: bool = False):
    p.grape_head("Brixhollow", "Wine Trades Health Plan" + (" \u00b7 Plan de salud" if es else ""),
                 OFFICE + [("Servicios a miembros" if es else "Member services") + " 1-877-555-0164",
                           "Fax (209) 555-0169"], box=box,
                 small=("Para sommeliers y trabajadores de bodega y viñedo, y sus familias" if es else
                        "For sommeliers, cellar and vineyard workers and their families"))


# -----------------------------------------------------------------------------------------------------------------
def lowres_eob(rng):
    sub = who(rng, "M")
    wife = who(rng, "F", last=surname(sub))
    sid = mno(rng)
    wid = sid + "-02"
    wg = grp(rng)
    sd = workday(dt.date(2026, 4, rng.randint(7, 9)))
    d_a = workday(plus(sd, -rng.randint(44, 48)))
    d_b = workday(plus(sd, -rng.randint(27, 31)))
    d_c = workday(plus(sd, -rng.randint(12, 16)))
    od = who(rng, "F")
    eye = "Mokelumne Eye Associates"
    claims = [
        dict(no=claim_no(rng), prov="Old Vine Lane Family Medicine", rend=who(rng, "M"), lines=[
            (d_a, "Preventive visit, 40-64", "99396", 268.00, 171.20, 171.20, 0.00, "P0"),
            (d_a, "Lipid panel", "80061", 64.00, 18.90, 18.90, 0.00, "P0")]),
        dict(no=claim_no(rng), prov="San Joaquin Skin Clinic", rend=who(rng, "F"), lines=[
            (plus(d_a, 9), "Office visit, new patient", "99203", 226.00, 141.30, 113.04, 28.26, "K1"),
            (plus(d_a, 9), "Patch tests, 24", "95044", 312.00, 168.00, 134.40, 33.60, "K1")]),
        dict(no=claim_no(rng), prov="Lodi Valley Laboratory", rend="Lab director", lines=[
            (plus(d_a, 10), "Cholinesterase, serum", "82480", 58.00, 21.40, 21.40, 0.00, "M1"),
            (plus(d_a, 10), "Cholinesterase, red cells", "82482", 66.00, 24.10, 24.10, 0.00, "M1"),
            (plus(d_a, 10), "Blood draw", "36415", 18.00, 6.20, 6.20, 0.00, "M1")]),
        dict(no=claim_no(rng), prov=eye, rend=od, lines=[
            (d_b, "Eye exam, new patient", "92004", 245.00, 160.00, 128.00, 32.00, "K1"),
            (d_b, "Visual field test", "92083", 118.00, 71.50, 57.20, 14.30, "K1"),
            (d_b, "Safety goggles, prescription, side shields", "V2799", 189.00, 0.00, 0.00, 189.00, "E4")]),
        dict(no=claim_no(rng), prov="Delta Row Physical Therapy", rend=who(rng, "M"), lines=[
            (d_c, "Therapeutic exercise, 2 units", "97110", 172.00, 98.60, 78.88, 19.72, "K1"),
            (d_c, "Manual therapy", "97140", 86.00, 49.10, 39.28, 9.82, "K1")]),
    ]
    den = claims[3]
    rows = []
    for k, c in enumerate(claims):
        rows.append(("span", f"Claim {c['no']}   {c['prov']}   Rendering: {c['rend']}"))
        for j, (d, w, code, b, a, pd, yo, nt) in enumerate(c["lines"]):
            if k == 3 and j == 2:
                rows.append(("break",))
            rows.append([short(d), w, code, n2(b), n2(a), n2(pd), n2(yo), nt])
        rows.append(("bold", ["", "Claim total", "", n2(sum(x[3] for x in c["lines"])),
                              n2(sum(x[4] for x in c["lines"])), n2(sum(x[5] for x in c["lines"])),
                              n2(sum(x[6] for x in c["lines"])), ""]))
        rows.append(("gap",))
    tb = sum(x[3] for c in claims for x in c["lines"])
    tp = sum(x[5] for c in claims for x in c["lines"])
    ty = sum(x[6] for c in claims for x in c["lines"])
    p = EOSheet(footer="Page {n} of {nb}", run_head=f"Explanation of benefits for {first_last(wife)} \u00b7 "
                                                      f"subscriber {first_last(sub)} \u00b7 page {{n}}")
    p.set_margins(17, 15, 17)
    p.add_page()
    head(p, box="EXPLANATION OF BENEFITS")
    ytop = p.get_y()
    for ln in addr(rng, sub, TOWNS[0]):
        p.line(ln, 9.6)
    yl = p.get_y()
    p.set_y(ytop)
    p.under_boxes([(upper(sd), "statement date", 36), ("THIS IS NOT A BILL", "", 44)], x=p.w - p.r_margin - 80,
                  size=9.2)
    p.set_y(max(yl, p.get_y()) + 4)
    p.twin(("SUBSCRIBER", [("Name", sub), ("Member no.", sid), ("Born", slash(dt.date(1971, 9, 14))),
                           ("Plan", YR), ("Employer group", wg), ("Employer", "Calaveras Bend Cellars")]),
           ("PATIENT ON THIS STATEMENT", [("Name", wife), ("Member no.", wid), ("Born", slash(dt.date(1974, 2, 6))),
                                          ("Relationship", "Spouse")]), size=8.6, label_w=27)
    p.f(8.8)
    p.multi_cell(p.W, 4.2, f"The {PLAN} processed these claims for {first_last(wife)}. Billed {usd(tb)}. The plan paid "
                           f"{usd(tp)}. You may owe the providers {usd(ty)}. Deductible met so far this year: $350.00 "
                           "of $500.00.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    yb = p.side_box(p.l_margin, p.get_y(), p.W, "From the plan office", [
        "Spray season starts soon. Anyone who mixes, loads or applies pesticides can have cholinesterase blood tests "
        "once a year at no cost (note M1). Ask your doctor or any network lab.",
        "The Trustees meet on May 19 in Lodi. Member employers' contribution reports for April are due May 15."],
        size=7.6)
    p.set_y(yb + 1)
    W = p.W
    widths = [W * k / 100 for k in (11, 33, 9, 9.5, 9.5, 9.5, 9.5, 9)]
    p.run_table(["Date", "Service", "Code", "Billed", "Allowed", "Plan paid", "You owe", "Note"], widths,
                ["L", "L", "L", "R", "R", "R", "R", "C"], rows, size=7.6, row_h=4.7)
    p.code_key("Notes", [("P0", "Preventive care: paid in full."),
                         ("K1", "Paid at 80% of the allowed amount after the deductible."),
                         ("E4", "Eyewear is not a benefit of the plan. This includes prescription safety and sports "
                                "goggles. Safety eyewear for work is for the employer to provide."),
                         ("W2", "Work injury or exposure: bill the employer's workers' compensation carrier first."),
                         ("N5", "The provider is not in the plan's network."),
                         ("M1", "Pesticide monitoring test: paid in full once a year.")], ncol=2, size=7.4)
    p.cols([[("Questions?", "Call member services at 1-877-555-0164, Monday to Friday, 7 a.m. to 6 p.m. Pacific "
                            "time.")],
            [("Example", "If a provider bills $200.00 and the allowed amount is $140.00, the plan pays 80% of $140.00 "
                         "after the deductible and the provider may not bill you the $60.00 difference.")],
            [("If you disagree", "You may appeal within 180 days of the date of this statement. Write to the Appeals "
                                 f"Committee, {PLAN}, {OFFICE[0]}, {OFFICE[1]}.")]], size=7.6)
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=YR, group=wg, member_id=wid, member_name=wife,
              cases=[den["no"]], claim_amount=m2(sum(x[3] for x in den["lines"])), service_dates=[iso(d_b)],
              denial_date=iso(sd), provider=eye, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": PLAN_ALT, "claim_amount": ["189.00"], "provider": [od]})
    return out(p), t


# -----------------------------------------------------------------------------------------------------------------
def faxstd_es_mri(rng):
    pt = person(rng, ES_M, ES_L, USED)
    pid, wg = mno(rng), grp(rng)
    ld = workday(dt.date(2026, 5, rng.randint(11, 13)))
    recd = workday(plus(ld, -rng.randint(5, 7)))
    onset = plus(ld, -rng.randint(20, 24))
    planned = workday(plus(ld, rng.randint(8, 12)))
    req = px(rng)
    orth = person(rng, ES_M, ES_L, USED)
    group_name = "Cosumnes Orthopaedic Group"
    p = EOSheet(footer="Página {n} de {nb}",
                fax_hdr=f"{short(ld)} 14:52  BRIXHOLLOW WTHP PRECERT  (209) 555-0169  ->  (209) 555-0144  P.{{n}}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, box="AVISO DE PRECERTIFICACIÓN", es=True)
    p.f(9.6)
    p.cell(0, 5, f"Lodi, California, {es_date(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in addr(rng, pt, TOWNS[7]):
        p.line(ln, 9.6)
    p.f(8.2)
    p.cell(0, 4.4, f"Copia por fax: Dr. {orth}, {group_name}", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    W = p.W
    p.num_boxes([
        [("A. Afiliado", pt, W * 0.4), ("B. Número de afiliado", pid, W * 0.3), ("C. Plan", YR, W * 0.3)],
        [("D. Grupo del empleador", wg, W * 0.4), ("E. Número de solicitud", req, W * 0.3),
         ("F. Solicitud recibida", es_short(recd), W * 0.3)],
        [("G. Servicio solicitado", "Resonancia magnética de la rodilla derecha, sin contraste (73721)", W * 0.7),
         ("H. Fecha programada", es_short(planned), W * 0.3)],
        [("I. Médico que lo solicitó", f"Dr. {orth}, {group_name}", W * 0.7),
         ("J. Lugar", "Mokelumne Imaging Center", W * 0.3)],
    ], size=8.8)
    p.heading("Lo que decidimos", 11)
    p.para(f"Estimado {first_last(pt)}:", 9.6)
    p.para(f"El {PLAN} revisó la solicitud de su médico para una resonancia magnética de la rodilla derecha. No "
           "podemos aprobar la resonancia por ahora.", 9.4)
    p.heading("Por qué", 11)
    p.para(f"Según las notas de su médico, el dolor de la rodilla empezó el {es_date(onset)}, después de torcerse la "
           "rodilla jugando fútbol. Las radiografías salieron normales. La rodilla no se traba, usted puede apoyar el "
           "pie y no hay señales de una lesión grave.", 9.2)
    p.para("Las guías del plan piden primero seis semanas de tratamiento (fisioterapia, medicina para el dolor y, si "
           "hace falta, una rodillera) antes de una resonancia, salvo cuando hay señales de una lesión grave. Usted "
           "lleva unas tres semanas con el dolor y todavía no ha recibido fisioterapia. Por eso la resonancia no es "
           "médicamente necesaria en este momento.", 9.2)
    p.heading("Qué puede hacer", 11)
    p.bullets(["La fisioterapia está cubierta sin precertificación (hasta 20 visitas al año).",
               "Si la rodilla no mejora después de seis semanas de tratamiento, su médico puede enviar una nueva "
               "solicitud con las notas de la fisioterapia.",
               "Usted o su médico pueden apelar esta decisión dentro de 180 días a partir de la fecha de esta carta. "
               f"Escriba al Comité de Apelaciones, {PLAN}, {OFFICE[0]}, {OFFICE[1]}, o mande un fax al (209) "
               "555-0169.",
               "Si su salud corre peligro por esperar, pida una apelación urgente: le contestamos en 72 horas. "
               "Después de nuestra decisión final, puede pedir una revisión externa independiente dentro de 4 "
               "meses."], 9.0)
    p.para("Un médico del plan, especialista en ortopedia, revisó la solicitud. Su médico puede llamarnos al "
           "1-877-555-0164 para hablar con él.", 9.0)
    p.sign(["Atentamente,", "Departamento de Precertificación", PLAN], 9.2)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, plan_id=YR, group=wg, member_id=pid, member_name=pt,
              cases=[req], service_dates=[iso(planned)], denial_date=iso(ld), provider=orth,
              appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": PLAN_ALT, "provider": [group_name]})
    return out(p), t


# -----------------------------------------------------------------------------------------------------------------
def co2_letter(rng):
    pt = who(rng, "M")
    pid, wg = mno(rng), grp(rng)
    ld = workday(dt.date(2026, 4, rng.randint(13, 15)))
    er = workday(plus(ld, -rng.randint(33, 37)))
    recd = workday(plus(er, rng.randint(16, 20)))
    reported = plus(er, 1)
    claim = claim_no(rng)
    hosp = "Tokay Oaks Regional Medical Center"
    erdoc = who(rng, "F")
    winery = "Mokelumne Ridge Winery"
    lines = [("0450", "99285", "Emergency department visit, high severity", 1284.00),
             ("0300", "82803", "Blood gases", 196.00), ("0460", "94760", "Pulse oximetry", 48.00),
             ("0320", "71046", "Chest X-ray, 2 views", 264.00), ("0730", "93005", "Electrocardiogram, tracing", 142.00)]
    total = sum(x[3] for x in lines)
    p = EOSheet(footer="Page {n} of {nb}")
    p.set_margins(19, 15, 19)
    p.add_page()
    head(p)
    p.f(9.6)
    p.cell(0, 5, dmy_long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in [hosp, "Patient Financial Services", "2100 Racking Ave", "Lodi, CA 95240"]:
        p.line(ln, 9.6)
    p.f(8.2)
    p.cell(0, 4.4, f"Copy mailed to the member, {pt}", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.under_boxes([(first_last(pt), "patient", 50), (pid, "member no.", 34), (YR, "plan", 28), (wg, "employer group", 34),
                   (claim, "claim", 32)], size=9.0)
    p.under_boxes([(slash(er), "date of the emergency visit", 46), (usd(total), "billed", 32),
                   (slash(recd), "claim received", 34)], size=9.0)
    p.heading(f"Emergency visit of {long(er)}: the workers' compensation carrier pays first", 11.4)
    p.para("The emergency department notes sent with this claim say that the patient was overcome by carbon dioxide "
           f"while cleaning out a fermentation tank at {winery}, where he works as a cellar worker. He was treated "
           "with oxygen, watched for several hours and sent home the same day.", 9.2)
    p.para(f"{winery} reported the exposure to its workers' compensation carrier, Ironstake Mutual Casualty Company, on "
           f"{slash(reported)}. The carrier's claim number is WC26-{digits(rng, 7)}.", 9.2)
    p.para(f"The {PLAN} does not pay for care of an injury or illness that happens at work when workers' "
           "compensation covers it. Please send this bill to Ironstake Mutual Casualty Company. If the carrier turns "
           "the claim down in writing, send us its letter with a copy of this claim and we will process the claim "
           "under the plan.", 9.2)
    p.add_page()
    p.heading("Charges on this claim", 10.8)
    W = p.W
    p.table(["Rev. code", "CPT", "Service", "Billed"], [[r, c, w_, n2(b)] for r, c, w_, b in lines] +
            [["", "", "Total", n2(total)]], [W * 0.13, W * 0.13, W * 0.56, W * 0.18], size=8.8, row_h=5.6,
            head_h=6.2, aligns=["L", "L", "L", "R"], bold_last=True)
    p.para(f"Attending physician: {erdoc}, MD.", 9.0)
    p.heading("If you disagree", 10.8)
    p.para("The member, or the hospital acting for the member, may appeal within 180 days of the date of this letter. "
           f"Write to the Appeals Committee, {PLAN}, {OFFICE[0]}, {OFFICE[1]}. Include anything that shows the "
           "exposure did not happen at work or that workers' compensation does not cover it.", 9.2)
    p.para("A member who has finished the plan's appeals may have the right to bring a civil action under section "
           "502(a) of ERISA.", 8.6)
    p.sign(["Sincerely,", "Claims Department", PLAN], 9.2)
    t = truth("denial_letter", "other", insurer=PLAN, plan_id=YR, group=wg, member_id=pid, member_name=pt,
              cases=[claim], claim_amount=m2(total), service_dates=[iso(er)], denial_date=iso(ld), provider=hosp,
              appeal_deadline=iso(plus(ld, 180)), alternates={"insurer": PLAN_ALT, "provider": [erdoc]})
    return out(p), t, ld


def sinus_approval(rng, ld):
    pt = who(rng, "F")
    pid, wg = mno(rng), grp(rng)
    d = workday(plus(ld, 1))
    planned = workday(plus(d, rng.randint(9, 13)))
    ent = who(rng, "M")
    appr = px(rng)
    p = EOSheet(footer=None)
    p.set_margins(19, 15, 19)
    p.add_page()
    head(p, box="PRECERTIFICATION APPROVED")
    p.f(9.6)
    p.cell(0, 5, f"Date: {dotted(d)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    ytop = p.get_y()
    for ln in [f"{ent}, MD", "Tokay Oaks Regional Medical Center", "Ear, Nose and Throat Clinic", "2100 Racking Ave",
               "Lodi, CA 95240"]:
        p.line(ln, 9.4)
    p.set_y(ytop)
    p.cap_right([(appr, "approval no."), (pt, "member"), (pid, "member no."), (YR, "plan"), (wg, "group"),
                 (slash(planned), "planned date")], box_w=46, x=p.w - p.r_margin - 80, size=8.8, h=6.2)
    p.ln(2)
    p.para(f"We approved your request for {first_last(pt)}, a sommelier at Old Lees Wine Bar & Kitchen, who has lost "
           "much of her sense of smell over the past four months:", 9.4)
    p.bullets(["CT of the sinuses without contrast (70486), one study",
               "Smell identification test, one test",
               f"Approved for services from {slash(planned)} through {slash(plus(planned, 60))}"], 9.2)
    p.para("Precertification says the service is medically necessary. Payment still depends on the member's coverage "
           "on the date of service and the plan's other terms. The member's share is 20% of the allowed amount after "
           "the deductible.", 9.0)
    p.para("If the CT is moved to another facility or to a date outside the dates above, please call us for a new "
           "approval.", 9.0)
    p.sign(["Precertification Department", PLAN, "Fax (209) 555-0169"], 9.2)
    t = truth("other", None, insurer=PLAN, plan_id=YR, group=wg, member_id=pid, member_name=pt, cases=[appr],
              service_dates=[iso(planned)], denial_date=iso(d), provider=ent,
              alternates={"insurer": PLAN_ALT, "provider": ["Tokay Oaks Regional Medical Center"],
                          "service_dates": [[iso(planned, plus(planned, 60))], []]})
    return out(p), t


def stack_co2(rng):
    a, ta, ld = co2_letter(rng)
    b, tb = sinus_approval(rng, ld)
    cover = fax_cover(PLAN, ["Claims Department", f"{OFFICE[0]}, {OFFICE[1]}",
                             "Phone 1-877-555-0164   Fax (209) 555-0169"],
                      [("To", "Patient Financial Services"), ("Company", "Tokay Oaks Regional Medical Center"),
                       ("Fax", "(209) 555-0157"), ("Date", nopad(workday(plus(ld, 1)))),
                       ("Pages", "4, cover included"), ("Re", "A claim letter and a precertification")],
                      ["Two papers for your hospital: our letter on an emergency claim and an approval for your ENT "
                       "clinic. Please route them."],
                      fax_hdr=f"{workday(plus(ld, 1)):%b %d %Y} 11:06 BRIXHOLLOW WTHP 2095550169 PAGE {{n}}",
                      title="FAX")
    return [(a, ta), (b, tb)], cover


# -----------------------------------------------------------------------------------------------------------------
def faxfine_hours(rng):
    pt = who(rng, "M")
    pid, wg = mno(rng), grp(rng)
    ld = workday(dt.date(2026, 6, rng.randint(1, 3)))
    dos = workday(dt.date(2026, 5, rng.randint(13, 15)))
    claim = claim_no(rng)
    clinic = "Vinewood Walk-In Care"
    clin = who(rng, "F")
    lines = [("99214", "Office visit", 218.00), ("87880", "Rapid strep test", 46.00)]
    total = sum(x[2] for x in lines)
    weeks = [dt.date(2026, 1, 9) + dt.timedelta(days=7 * k) for k in range(11)]
    hrs = [rng.randint(30, 44) for _ in weeks]
    employer = "Three Presses Vineyard Management, LLC"
    p = EOSheet(footer="Page {n} of {nb}",
                fax_hdr=f"{ld:%m/%d/%Y} 08:31  BRIXHOLLOW ELIGIBILITY  (209) 555-0169  TO (209) 555-0121  #{{n}}")
    p.set_margins(19, 14, 19)
    p.add_page()
    head(p)
    p.f(9.6)
    p.cell(0, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    ytop = p.get_y()
    for ln in addr(rng, pt, TOWNS[0]):
        p.line(ln, 9.6)
    yl = p.get_y()
    p.set_y(ytop)
    p.pipe_ids([(pid, "member no."), (HC, "plan"), (wg, "employer group"), (claim, "claim"),
                (abbr(dos), "date of care")], x=p.w - p.r_margin - 72, size=9.0, w=72)
    p.set_y(max(yl, p.get_y()) + 3)
    p.heading("Your crew coverage had ended before this visit", 11.6)
    p.para(f"Dear {first_last(pt)},", 9.6)
    p.para(f"{clinic} sent us a claim for your visit with {clin}, PA-C, on {long(dos)} ({usd(total)}). We can't pay "
           "the claim, because you did not have coverage with the plan on that date.", 9.2)
    p.para(f"Crew members in plan {HC} are covered from the first day of the month after they work 80 hours in a "
           "month for a member employer, until the last day of the month after the month in which the employer last "
           f"reported hours for them. {employer} last reported hours for you for the week ending March 20, 2026. "
           "Your coverage ended on April 30, 2026.", 9.2)
    W = p.W
    half = (len(weeks) + 1) // 2
    p.table(["Week ending", "Hours", "Week ending", "Hours"],
            [[short(weeks[i]), str(hrs[i]), short(weeks[i + half]) if i + half < len(weeks) else "",
              str(hrs[i + half]) if i + half < len(weeks) else ""] for i in range(half)],
            [W * 0.3, W * 0.2, W * 0.3, W * 0.2], size=8.6, row_h=5.0, head_h=5.8, aligns=["L", "R", "L", "R"])
    p.table(["Code", "Service", "Billed"], [[c, w_, n2(b)] for c, w_, b in lines] + [["", "Total", n2(total)]],
            [W * 0.2, W * 0.55, W * 0.25], size=8.6, row_h=5.0, head_h=5.8, aligns=["L", "L", "R"], bold_last=True)
    p.heading("What you can do", 10.8)
    p.bullets(["If your employer left out hours you worked, ask it to send a correction. If the correction keeps your "
               "coverage in force on the date of the visit, we will process the claim again.",
               "You may keep coverage by paying for it yourself ($486.00 a month for you alone). You must choose this "
               "within 60 days of the date your coverage ended, and pay for the months back to May 1, 2026.",
               "When you go back to work with a member employer, coverage starts again on the first day of the month "
               "after you work 80 hours in a month.",
               "If you think we made a mistake, you may appeal within 180 days of the date of this letter. Write to "
               f"the Appeals Committee, {PLAN}, {OFFICE[0]}, {OFFICE[1]}."], 9.0)
    p.sign(["Eligibility Department", PLAN], 9.2)
    t = truth("denial_letter", "eligibility", insurer=PLAN, plan_id=HC, group=wg, member_id=pid, member_name=pt,
              cases=[claim], claim_amount=m2(total), service_dates=[iso(dos)], denial_date=iso(ld), provider=clinic,
              appeal_deadline=iso(plus(ld, 180)), alternates={"insurer": PLAN_ALT, "provider": [clin]})
    return out(p), t


# -----------------------------------------------------------------------------------------------------------------
def bd_chelation(rng):
    pt = who(rng, "M")
    pid, wg = mno(rng), grp(rng)
    ld = workday(dt.date(2026, 5, rng.randint(5, 7)))
    s1 = workday(dt.date(2026, 4, rng.randint(1, 3)))
    ss = [s1, plus(s1, 7), plus(s1, 14)]
    chol = workday(dt.date(2026, 3, rng.randint(9, 11)))
    claim = claim_no(rng)
    clinic = "Sierra Foothill Integrative Medicine"
    md = who(rng, "F")
    per = [("M0300", "IV chelation therapy", 385.00), ("J0600", "Edetate calcium disodium, up to 1,000 mg", 96.00)]
    total = sum(x[2] for x in per) * len(ss)
    reply = plus(ld, 180)
    p = EOSheet(serif=True, footer="Page {n} of {nb}",
                run_foot=f"Member {pid} \u00b7 Claim {claim} \u00b7 Letter of {slash(ld)} \u00b7 page {{n}}")
    p.set_margins(19, 15, 19)
    p.add_page()
    head(p)
    p.f(9.6)
    p.cell(0, 5, th(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in addr(rng, pt, TOWNS[3]):
        p.line(ln, 9.6)
    p.ln(3)
    p.id_strip([(pt, "member"), (YR, "plan"), (wg, "group"), ("Saltgrass Hill Vineyards", "employer")], size=9,
               widths=[52, 26, 30, 58])
    p.f(10.2, "B")
    p.multi_cell(p.W, 5, f"Re: claim {claim} from {clinic}: three chelation infusions", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(2)
    p.para(f"Dear {first_last(pt)},", 9.6)
    p.cols([[("What we received", f"{clinic} sent us a claim for three infusions of EDTA chelation given to you by "
                                  f"{md}, MD, on {long(ss[0])}, {long(ss[1])} and {long(ss[2])}. Each visit was billed "
                                  f"as M0300 ($385.00) and J0600 ($96.00), {usd(total)} in all. The notes say the "
                                  "infusions were given to clear pesticides from your body after years of running a "
                                  "spray rig in the vineyards."),
             ("What we decided", "The plan will not pay for these infusions. We consider chelation for pesticide "
                                 "exposure unproven, so it is on the plan's list of experimental and investigational "
                                 "services, which the plan does not cover.")],
            [("Why", "Chelation binds metals such as lead so the body can pass them. Studies have not shown that it "
                     "removes organophosphate or other farm pesticides, or that it helps people who were exposed to "
                     "them. It can lower calcium and harm the kidneys."),
             ("Your pesticide monitoring benefit", f"Your cholinesterase blood tests of {slash(chol)} were paid in full "
                                                   "under the plan's yearly monitoring benefit and were in the normal "
                                                   "range. (Applicator certificate on file: QAC "
                                                   f"{digits(rng, 6)}; county illness report PIR-26-{digits(rng, 4)}.)"),
             ("If you disagree", f"Send your appeal so that it reaches us no later than {long(reply)}. Write to the "
                                 f"Appeals Committee, {PLAN}, {OFFICE[0]}, {OFFICE[1]}. You may send a doctor's "
                                 "letter or studies you want us to read. After our final decision you may ask for an "
                                 "independent external review.")]], size=8.8)
    W = p.W
    p.table(["Date", "Code", "Service", "Billed"],
            [[slash(d), c, w_, n2(b)] for d in ss for c, w_, b in per] + [["", "", "Total", n2(total)]],
            [W * 0.18, W * 0.14, W * 0.5, W * 0.18], size=8.6, row_h=5.0, head_h=5.8, aligns=["L", "L", "L", "R"],
            bold_last=True)
    p.sign(["Sincerely,", "Medical Management", PLAN], 9.2)
    t = truth("denial_letter", "experimental", insurer=PLAN, plan_id=YR, group=wg, member_id=pid, member_name=pt,
              cases=[claim], claim_amount=m2(total), service_dates=[iso(d) for d in ss], denial_date=iso(ld),
              provider=clinic, appeal_deadline=iso(reply), alternates={"insurer": PLAN_ALT, "provider": [md]})
    return out(p), t


# -----------------------------------------------------------------------------------------------------------------
def scan_barrel_fall(rng):
    pt = who(rng, "M")
    pid = mno(rng)
    ld = workday(dt.date(2026, 4, rng.randint(27, 29)))
    adm = workday(plus(ld, -rng.randint(16, 19)))
    dis = plus(adm, 2)
    claim = claim_no(rng)
    ur = "UR-26-" + digits(rng, 5)
    hosp = "Amador Foothills Hospital"
    att, nurse = who(rng, "F"), who(rng, "F")
    winery = f"{surname(pt)} Family Cellars"
    rev = [("0110", "Room and board, medical/surgical, 2 days", 4860.00),
           ("0250", "Pharmacy", 612.40), ("0300", "Laboratory", 488.00), ("0320", "X-ray, wrist and chest", 742.00),
           ("0350", "CT scan, head and chest", 3210.00), ("0450", "Emergency department", 1975.00),
           ("0636", "Drugs requiring detailed coding", 214.60), ("0420", "Physical therapy", 268.00),
           ("0270", "Supplies, splint", 156.00)]
    total = sum(x[2] for x in rev)
    reply = plus(ld, 181)
    p = EOSheet(footer="Page {n} of {nb}", run_head=f"{PLAN} \u00b7 review {ur} \u00b7 page {{n}}")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, box="INPATIENT REVIEW DECISION")
    p.f(9.6)
    p.cell(0, 5, dash(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in addr(rng, pt, TOWNS[3]):
        p.line(ln, 9.6)
    p.ln(3)
    W = p.W
    p.num_boxes([
        [("1. Member", pt, W * 0.4), ("1a. Member no.", pid, W * 0.3), ("2. Plan", OW, W * 0.3)],
        [("3. Hospital", hosp, W * 0.4), ("3a. Attending", f"{att}, MD", W * 0.3), ("4. Review no.", ur, W * 0.3)],
        [("5. Claim no.", claim, W * 0.28), ("6. Admitted", slash(adm), W * 0.24),
         ("7. Discharged", slash(dis), W * 0.24), ("8. Billed", n2(total), W * 0.24)],
    ], size=9.0)
    p.heading("Decision: the stay is approved at the observation level only", 11.2)
    p.para(f"You were admitted to {hosp} on {long(adm)} after a fall from a barrel rack in the cellar at {winery}. "
           "The X-rays showed a broken right wrist, which was set and splinted, and two cracked ribs. The CT scans "
           "showed no bleeding in the head or chest. Your blood pressure, pulse and oxygen level stayed normal, and "
           "your pain was controlled with tablets from the first evening.", 9.2)
    p.para("Our nurse reviewer and a physician reviewer who is board-certified in emergency medicine read the "
           "records. They found that your care (watching you, pain tablets, a splint and a visit from the therapist) "
           "could have been given safely as outpatient observation, which usually lasts less than two days. An "
           "inpatient admission was not needed for this care.", 9.2)
    p.para("The plan will pay the hospital for observation care once the hospital sends a corrected claim. The "
           "doctors' own bills are not affected. Because you own your winery and have no workers' compensation "
           "coverage for yourself, the plan covers this injury as any other.", 9.2)
    p.heading("Hospital charges on this claim", 10.6)
    rows = [[r, w_, n2(b)] for r, w_, b in rev]
    rows.append(("bold", ["", "Total charges", n2(total)]))
    p.run_table(["Rev. code", "Description", "Charges"], [W * 0.16, W * 0.6, W * 0.24], ["L", "L", "R"], rows,
                size=8.6, row_h=5.2)
    p.heading("If you disagree", 10.6)
    p.para(f"You, your doctor or the hospital may appeal. Your appeal must reach us by {long(reply)}. Write to the "
           f"Appeals Committee, {PLAN}, {OFFICE[0]}, {OFFICE[1]}, or fax (209) 555-0169. If your health could be "
           "harmed by waiting, ask for a fast appeal and we will answer within 72 hours.", 9.2)
    p.para("You may ask for free copies of the records and the guideline we used. A member who has finished the "
           "plan's appeals may have the right to an independent external review and to bring a civil action under "
           "section 502(a) of ERISA.", 8.8)
    p.sign(["Sincerely,", f"{nurse}, RN, Utilization Review", PLAN], 9.2)
    t = truth("denial_letter", "level_of_care", insurer=PLAN, plan_id=OW, member_id=pid, member_name=pt,
              cases=[claim, ur], claim_amount=m2(total), service_dates=[iso(adm, dis)], denial_date=iso(ld),
              provider=hosp, appeal_deadline=iso(reply),
              alternates={"insurer": PLAN_ALT, "provider": [att], "case_numbers": [[claim], [ur]]})
    return out(p), t


# -----------------------------------------------------------------------------------------------------------------
def phone_allergist(rng):
    pt = who(rng, "F")
    pid, wg = mno(rng), grp(rng)
    ld = workday(dt.date(2026, 3, rng.randint(16, 18)))
    dos = workday(plus(ld, -rng.randint(20, 24)))
    claim = claim_no(rng)
    practice = "Carneros Allergy Partners"
    alg = who(rng, "M")
    pcp = who(rng, "F")
    lines = [("99204", "New patient visit", 310.00), ("95004", "Skin prick tests, 40", 360.00)]
    total = sum(x[2] for x in lines)
    p = EOSheet(footer="Page {n} of {nb}")
    p.set_margins(19, 15, 19)
    p.add_page()
    head(p)
    p.f(9.6)
    p.cell(0, 5, dmy_abbr(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in addr(rng, pt, TOWNS[4]):
        p.line(ln, 9.6)
    p.ln(2)
    W = p.W
    p.tab_boxes([[("MEMBER", pt, W * 0.38), ("MEMBER NO.", pid, W * 0.24), ("PLAN", YR, W * 0.18),
                  ("GROUP", wg, W * 0.2)],
                 [("CLAIM", claim, W * 0.26), ("SEEN ON", slash(dos), W * 0.2), ("BILLED", n2(total), W * 0.18),
                  ("PROVIDER", practice, W * 0.36)]], size=9.0)
    p.heading("Why we can't pay for your allergy visit", 11.4)
    p.para(f"Dear {first_last(pt)},", 9.6)
    p.para(f"{practice} in Sonoma sent us a claim for your visit with {alg}, MD, on {long(dos)}: a new patient visit "
           f"and 40 skin prick tests for the flushing and hives you have had after wine tastings. We can't pay this "
           f"claim, because {practice} is not in the plan's network and the visit was not an emergency.", 9.2)
    p.para("The plan pays for care outside its network only for emergencies, for urgent care while you are away from "
           "home, or when we approve it ahead of time because no network provider can give the care. Allergists in "
           "the network can do the same tests, including tests for sulfites.", 9.2)
    p.side_box(p.l_margin, p.get_y(), W, "Allergists in the network near you", [
        ("Lodi Allergy and Asthma Center", "(209) 555-0182"),
        ("Napa Valley Allergy Associates", "(707) 555-0136"),
        ("Central Coast Allergy Clinic, Paso Robles", "(805) 555-0117")], size=8.4)
    p.ln(2)
    p.para(f"(Referred by {pcp}, MD, on {slash(plus(dos, -12))}. A referral from a network doctor does not make an "
           "out-of-network provider part of the network.)", 8.4)
    p.heading("If you disagree", 10.6)
    p.para("You may appeal within 180 days of the date of this letter. Tell us why you needed this provider, for "
           f"example if no network allergist could see you in time. Write to the Appeals Committee, {PLAN}, "
           f"{OFFICE[0]}, {OFFICE[1]}.", 9.2)
    p.sign(["Claims Department", PLAN], 9.2)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, plan_id=YR, group=wg, member_id=pid, member_name=pt,
              cases=[claim], claim_amount=m2(total), service_dates=[iso(dos)], denial_date=iso(ld), provider=practice,
              appeal_deadline=iso(plus(ld, 180)), alternates={"insurer": PLAN_ALT, "provider": [alg]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    b1 = lowres_eob(rng)
    b2 = faxstd_es_mri(rng)
    b3, cover = stack_co2(rng)
    b4 = faxfine_hours(rng)
    b5 = bd_chelation(rng)
    b6 = scan_barrel_fall(rng)
    b7 = phone_allergist(rng)
    return [
        Item(f"{f}_lowres_eob_spouse_goggles_line_e4", "scan_lowres_150", [b1]),
        Item(f"{f}_faxstd_es_resonancia_rodilla_precertificacion", "fax_standard_g4", [b2]),
        Item(f"{f}_faxstd_stack_co2_tank_comp_first_then_sinus_ct", "fax_standard_g4", b3, separators=[cover, None],
             turns={(0, 1): 180}),
        Item(f"{f}_faxfine_crew_hours_coverage_ended_pipe_captions", "fax_fine_g4", [b4]),
        Item(f"{f}_bd_chelation_pesticide_unproven_two_columns", "born_digital", [b5]),
        Item(f"{f}_scan_barrel_rack_fall_inpatient_numbered_boxes", "scan_clean_300", [b6]),
        Item(f"{f}_phone_allergist_outside_network_tab_boxes", "phone_photo", [b7]),
    ]
