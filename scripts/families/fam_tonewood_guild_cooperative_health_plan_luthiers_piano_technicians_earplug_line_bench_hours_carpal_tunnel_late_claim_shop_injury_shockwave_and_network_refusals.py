"""An invented member-owned cooperative health plan for luthiers, piano technicians and instrument restorers: the
Tonewood Guild Cooperative Health Plan (Kalamazoo, Michigan), whose provider claims are processed by the invented
Kestell Claims Services, Inc. Invented rules: a member working in a member shop earns coverage with bench hours, 360
hours in a half-year (January-June or July-December) earning the six months that start two months after it ends
(July-December hours cover March-August); independent members pay a monthly share instead; a yearly hearing test and a
yearly breathing test (spirometry) for finish-room solvent and wood-dust exposure at no cost; hearing aids every 36
months up to $2,400 a pair with approval; hearing protection (custom earplugs included) is not part of the hearing
benefit; an injury at work goes first to the shop's workers' compensation insurer; hand surgery needs approval first;
shockwave therapy is treated as unproven; providers file within 180 days of the service; no out-of-network benefits
except emergencies; member appeals within 180 days. Plan codes TGC-B1 (bench members in member shops) and TGC-I2
(independent members), shop groups "WS-" + 4 digits, member numbers "TG" + 6 digits (a dependant's with "-01",
"-02"), plan claims "TGC" + date + "-" + 3 digits, reviews "PR-26-" + 5 digits, Kestell claim numbers 13 digits.
Every shop, person, clinic, number, amount and address is invented; real towns with invented streets; phones 555;
CPT/HCPCS and CARC codes as themselves.

Documents (8 in 7 files):
- lowres_household_statement_spouse_earplug_line_h4: a 150 dpi two-page statement to a piano technician (hexagon
  "TG" mark beside the name on two lines): seven claims for him, his wife and their son; the wife's custom earplug
  line (her name only in the small patient column) refused with note H4 after the page break, which prints no
  column headings; the note key in a ruled grid on page 2.
- faxstd_carpal_tunnel_release_not_yet: a standard-mode fax to a hand surgeon's office: carpal tunnel release not
  approved as not medically necessary yet (no splint trial, mild nerve study), in plain words, with tick boxes.
- faxstd_es_horas_de_banco_sin_cobertura: a standard-mode fax of a two-page Spanish letter: an urgent care claim
  refused because July-December bench hours were short (monthly hours table as decoys, running header).
- faxfine_kestell_remittance_late_claim: Kestell's two-page provider remittance (the processor large, the plan small)
  to a hand therapy clinic: five claims, a dependant's claim filed 212 days after the visits refused with CARC 29 on
  page 2 with no headings; "within 90 days of the remittance date".
- photocopy_stack_band_saw_comp_first_then_hearing_aids: a photocopied stack: a letter (fed sideways) sending a band
  saw cut at work to the shop's workers' compensation insurer first, a blank sheet, a hearing aid approval.
- bd_shockwave_elbow_unproven: a born-digital letter refusing three shockwave sessions for tennis elbow as unproven
  (prose in two columns, running footer), with a printed "by" date.
- phone_trigger_finger_surgeon_out_of_network: a photographed letter: trigger finger release by a surgeon outside
  the network (a side box of network surgeons nearby).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounden_famnc import (ENSheet, abbr, dash, dd_mon, digits, dmy_long, es_date, es_short,
                               first_last, flat, iso, long, m2, mon_day, n2, nopad, npi, out, person, phone, plus,
                               short, slash, surname, tollfree, truth, upper, usd, wday_long, workday)

FAMILY = ("tonewood_guild_cooperative_health_plan_luthiers_piano_technicians_earplug_line_bench_hours_carpal_tunnel_"
          "late_claim_shop_injury_shockwave_and_network_refusals")
LANG = "en"
SEED = 355132

PLAN = "Tonewood Guild Cooperative Health Plan"
PLAN_ALT = ["Tonewood Guild Cooperative", "Tonewood Guild"]
TPA = "Kestell Claims Services, Inc."
TPA_ALT = ["Kestell Claims Services", "Kestell"]
OFFICE = "1180 Bracewood Avenue, Kalamazoo, MI 49001"
BENCH, IND = "TGC-B1", "TGC-I2"

F = ["Agathe", "Brigid", "Cosima", "Dorit", "Elke", "Fenna", "Greer", "Hanne", "Ilse", "Jolien", "Kerstin", "Liesl",
     "Mette", "Nadja", "Oona", "Petra", "Rike", "Saskia", "Tove", "Ulla", "Wiebke", "Yvaine"]
M = ["Aurelio", "Bastiaan", "Cosimo", "Dietrich", "Eero", "Florian", "Gunnar", "Henrik", "Ivo", "Joost", "Kasimir",
     "Lorenz", "Nils", "Ottavio", "Piet", "Rainer", "Stellan", "Torben", "Ugo", "Vito", "Willem", "Anders"]
L = ["Bergstrand", "Castagnetti", "Drescher", "Eberhardt", "Falkenrath", "Hochstetler", "Isenhour", "Jachimowicz",
     "Kleinschmidt", "Lindemann", "Mottola", "Nussbaum", "Ostertag", "Pfalzgraf", "Quaglia", "Reinholt",
     "Schaeffler", "Tolliver", "Unverzagt", "Vandersloot", "Wehrli", "Zabriskie", "Amundsen", "Brockhaus"]
ES_M = ["Anselmo", "Baltasar", "Casimiro", "Desiderio", "Eleuterio", "Fermín", "Hilario", "Isidro", "Jacinto"]
ES_L = ["Alcántara", "Barrientos", "Cisneros", "Escamilla", "Fajardo", "Guardado", "Llamas", "Mondragón"]
TOWNS = [("Kalamazoo", "MI", "49008"), ("Elkhart", "IN", "46514"), ("Nazareth", "PA", "18064"),
         ("Bozeman", "MT", "59715"), ("Portage", "MI", "49024"), ("Goshen", "IN", "46526"),
         ("Asheville", "NC", "28806"), ("Tacoma", "WA", "98405")]
STREETS = ["Spruce Billet Ct", "Fret Mill Rd", "Resonance Ave", "Varnish House Rd", "Hammer Rail St",
           "Bridgepin Way", "Kerfing Ln", "Soundboard Dr"]
USED: set = set()


def who(rng, sex: str, last: str | None = None) -> str:
    return person(rng, F if sex == "F" else M, L, USED, last)


def doc(rng) -> str:
    return who(rng, rng.choice("FM"))


def addr(rng, name: str, town: tuple | None = None) -> list[str]:
    t, st, z = town or rng.choice(TOWNS)
    return [name, f"{rng.randint(14, 9760)} {rng.choice(STREETS)}", f"{t}, {st} {z}"]


def mno(rng) -> str:
    return "TG" + digits(rng, 6)


def shop(rng) -> str:
    return "WS-" + digits(rng, 4)


def tgc_claim(rng, d: dt.date) -> str:
    return f"TGC{d:%y%m%d}-{digits(rng, 3)}"


def head(p: ENSheet, rng, box: str | None = None, es: bool = False, tf: str | None = None):
    p.logo_head("TG", "TONEWOOD GUILD", "Plan de Salud Cooperativo \u00b7 Cooperative Health Plan" if es else
                "Cooperative Health Plan", [OFFICE, f"{'Servicios a socios' if es else 'Member-owner services'} "
                                                    f"{tf or tollfree(rng, '800')}", "Fax (269) 555-0187"],
                shape="hex", box=box, size=17)


# -----------------------------------------------------------------------------------------------------------------
def lowres_statement(rng):
    sub = who(rng, "M")
    wife = who(rng, "F", last=surname(sub))
    son = who(rng, "M", last=surname(sub))
    sid, ws = mno(rng), shop(rng)
    town = TOWNS[2]
    sd = workday(dt.date(2026, 5, rng.randint(4, 8)))
    ds = sorted(workday(plus(sd, -rng.randint(a, a + 3))) for a in (70, 58, 47, 36, 24, 12))
    d_aud = ds[4]
    claims = [
        dict(pt=sub, prov="Nazareth Hearing & Balance", lines=[(ds[0], "Hearing test, yearly", "92557", 164.00,
                                                               96.20, 96.20, 0.00, "H1")]),
        dict(pt=son, prov="Lehigh Gap Pediatrics", lines=[
            (ds[1], "Well-child visit", "99393", 236.00, 141.80, 141.80, 0.00, "P0"),
            (ds[1], "Tdap vaccine", "90715", 68.00, 44.10, 44.10, 0.00, "P0"),
            (ds[1], "Vaccine given", "90471", 32.00, 21.40, 21.40, 0.00, "P0")]),
        dict(pt=sub, prov="Bethlehem Pike Occupational Health", lines=[
            (ds[2], "Breathing test", "94010", 118.00, 52.60, 52.60, 0.00, "R1"),
            (ds[2], "Chest X-ray, 2 views", "71046", 172.00, 64.30, 51.44, 12.86, "K2")]),
        dict(pt=son, prov="Saucon Valley Urgent Care", lines=[
            (plus(ds[2], 4), "Urgent care visit", "99213", 189.00, 102.30, 72.30, 30.00, "K2"),
            (plus(ds[2], 4), "Splinter removal, skin", "10120", 246.00, 131.70, 105.36, 26.34, "K2")]),
        dict(pt=wife, prov="Nazareth Hand Center", lines=[
            (ds[3], "Injection, tendon sheath", "20550", 290.00, 118.70, 94.96, 23.74, "K2"),
            (ds[3], "Triamcinolone 10 mg", "J3301", 24.00, 4.80, 3.84, 0.96, "K2")]),
        dict(pt=wife, prov="Nazareth Hearing & Balance", lines=[
            (d_aud, "Hearing test, yearly", "92557", 164.00, 96.20, 96.20, 0.00, "H1"),
            (d_aud, "Tympanometry", "92567", 71.00, 30.40, 30.40, 0.00, "H1"),
            (d_aud, "Custom earplugs, musician's, pair", "V5264", 285.00, 0.00, 0.00, 285.00, "H4")]),
        dict(pt=sub, prov="Moravian Hand Therapy", lines=[
            (ds[5], "Therapeutic exercise, 2 units", "97110", 196.00, 88.40, 70.72, 17.68, "K2"),
            (ds[5], "Hand splint, custom", "L3808", 210.00, 122.90, 98.32, 24.58, "K2")]),
    ]
    for c in claims:
        c["no"] = tgc_claim(rng, c["lines"][0][0])
    den = claims[5]
    rows = []
    for k, c in enumerate(claims):
        rows.append(("span", f"{c['prov']}     claim {c['no']}"))
        for j, (d, what, code, b, a, pd, owe, note) in enumerate(c["lines"]):
            if k == 5 and j == 2:
                rows.append(("break",))
            rows.append([c["pt"], slash(d), what, code, flat(b), flat(a), flat(pd), flat(owe), note])
        cs = [sum(x[i] for x in c["lines"]) for i in (3, 4, 5, 6)]
        rows.append(("bold", ["", "", "claim total", "", flat(cs[0]), flat(cs[1]), flat(cs[2]), flat(cs[3]), ""]))
    tot = [sum(x[i] for c in claims for x in c["lines"]) for i in (3, 4, 5, 6)]
    rows.append(("bold", ["", "", "ALL CLAIMS", "", flat(tot[0]), flat(tot[1]), flat(tot[2]), flat(tot[3]), ""]))
    tf = tollfree(rng, "800")
    p = ENSheet(footer="{n}/{nb}", run_head=f"{sub.upper()}  \u2014  member-owner {sid}  \u2014  statement of "
                                            f"{long(sd)}")
    p.set_margins(16, 14, 16)
    p.add_page()
    head(p, rng, box="Your Claims Statement", tf=tf)
    y0 = p.get_y()
    for ln in addr(rng, sub, town):
        p.line(ln, 9.6)
    p.ln(3)
    p.id_strip([(long(sd), "statement date"), (sid, "member-owner number"), (BENCH, "plan"), (ws, "shop group")],
               size=8.8, widths=[30, 32, 18, 22])
    p.id_strip([("Hollerbach Piano Works", "member shop"), ("PA-" + digits(rng, 5), "patronage account"),
                ("512", "bench hours Jul-Dec 2025")], size=8.6, widths=[46, 28, 36])
    y_strips = p.get_y()
    yb = p.side_box(p.w - p.r_margin - 68, y0, 68, "Your family's year so far", [
        ("Deductible", "$500.00 / $500.00 met"), ("Family deductible", "$612.40 of $1,000.00"),
        ("Hand therapy visits", "4 of 24 used"), ("Hearing aids", "next eligible 2027"),
        "Patronage dividend credited to your share account in March: $42.10. It is not a payment on any claim."],
        size=7.2)
    p.set_y(max(y_strips, yb) + 1)
    p.f(8.6)
    p.multi_cell(p.W, 4.1, f"This statement is not a bill. It shows the claims the {PLAN} handled for you and "
                           "your family since your last statement, line by line. The last column is a note; the notes are "
                           "explained after the claims.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.side_box(p.l_margin, p.get_y(), p.W, "From the Guild office", [
        "Breathing tests: every member-owner who works near lacquer, spray finishes or hardwood dust can have one "
        "breathing test a year at no cost. Ask for it at your yearly visit or at any occupational health clinic in "
        "the network.",
        "The annual meeting of member-owners is June 20 in Kalamazoo. Proxy ballots were mailed with your March "
        "patronage notice; 3 board seats are open."], size=7.6)
    p.ln(3)
    W = p.W
    widths = [W * k / 100 for k in (21, 10, 25, 7, 8, 8, 8.5, 8, 4.5)]
    p.run_table(["Patient", "Date", "What was done", "Code", "Charged", "Allowed", "Guild paid", "You pay", ""],
                widths, ["L", "L", "L", "L", "R", "R", "R", "R", "C"], rows, size=6.9, row_h=4.4)
    p.code_key("Notes", [("H1", "Yearly hearing test and related tests: paid in full, no cost to you."),
                         ("H4", "Earplugs and other hearing protection aren't part of the hearing benefit, even "
                                "when they're custom-made for musicians or for tuning work."),
                         ("P0", "Preventive care: paid in full."),
                         ("R1", "Yearly breathing test for finish-room and dust exposure: no cost to you."),
                         ("K2", "Paid at 80% after the deductible; you pay the rest."),
                         ("W7", "Work injury: send to the shop's workers' compensation insurer first."),
                         ("N3", "The provider is not in the Guild network."),
                         ("T5", "Over the yearly limit of 24 hand therapy visits.")], ncol=2, size=7.2)
    p.cols([[("Questions or a mistake?", f"Call {tf}. If you think a claim was handled wrong, ask us to look at it "
                                         "again within 180 days from the date of this statement. Write to the "
                                         f"Member Review Committee, {PLAN}, {OFFICE}.")],
            [("What you owe", f"Pay providers only the amount under \"You pay\": ${tot[3]:,.2f} on this statement. "
                              "Example: if a provider bills you 45.00 for a line where you pay 12.86, call us.")]],
           size=7.6)
    den_total = sum(x[3] for x in den["lines"])
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=BENCH, group=ws, member_id=sid, member_name=wife,
              cases=[den["no"]], claim_amount=m2(den_total), service_dates=[iso(d_aud)], denial_date=iso(sd),
              provider="Nazareth Hearing & Balance", appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": PLAN_ALT, "claim_amount": ["285.00"]})
    return out(p), t


# -----------------------------------------------------------------------------------------------------------------
def fax_carpal_tunnel(rng):
    pt = who(rng, "M")
    surg, ref_doc = doc(rng), doc(rng)
    pid, ws = mno(rng), shop(rng)
    nd = workday(dt.date(2026, 4, rng.randint(20, 24)))
    recd = workday(plus(nd, -rng.randint(4, 6)))
    ncs = workday(plus(nd, -rng.randint(15, 19)))
    onset = plus(nd, -rng.randint(34, 38))
    planned = workday(plus(nd, rng.randint(16, 22)))
    rv = "PR-26-" + digits(rng, 5)
    dl = plus(nd, 180)
    group_name = "Lakeshore Hand & Upper Extremity Surgeons"
    ofax = phone(rng, "269")
    p = ENSheet(footer="page {n} of {nb}",
                fax_hdr=f"FROM TONEWOOD GUILD MEMBER CARE 2695550187   {dash(nd)} 16:21   TO {ofax}   PAGE {{n}}")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, rng, box="Pre-service review")
    p.f(9.2)
    ytop = p.get_y()
    p.multi_cell(110, 4.6, f"To: {surg}, M.D.\n{group_name}\nFax {ofax}\n\nAlso sent to the member by mail",
                 new_x="LMARGIN", new_y="NEXT")
    yl = p.get_y()
    p.set_xy(p.w - p.r_margin - 60, ytop)
    p.f(9.2)
    p.multi_cell(60, 4.6, f"Sent {abbr(nd)}\nReview {rv}\nRequest in {slash(recd)}", align="R", new_x="LMARGIN",
                 new_y="NEXT")
    p.set_y(max(yl, p.get_y()) + 4)
    p.boxed_pairs([("Member-owner", f"{pt}   ({pid})"), ("Plan / shop group", f"{BENCH}  /  {ws}"),
                   ("Member's work", "Luthier, fretting and setup bench"),
                   ("Asked for", "Right carpal tunnel release, open (CPT 64721)"),
                   ("Planned for", f"{wday_long(planned)}, outpatient surgery center")], label_w=46, size=9)
    p.f(9.6, "B")
    p.cell(0, 6, "Decision:", new_x="LMARGIN", new_y="NEXT")
    p.checks([(False, "Approved"), (True, "Not approved at this time"), (False, "Approved in part")])
    p.heading("Why we can't approve the surgery yet", 10.8)
    p.para(f"Your notes say {first_last(pt)}'s numbness and tingling in the right hand began about five weeks ago, "
           f"around {long(onset)}. The nerve study on {slash(ncs)} shows mild slowing only. There is no muscle "
           "wasting at the base of the thumb.", 9.2)
    p.para("The Guild's guideline for this surgery asks for one of these: six weeks of night splinting and a change "
           "in hand use (or a steroid injection) that did not help; a nerve study showing moderate or severe "
           "slowing; or weakness or wasting of the thumb muscles. None of these is in the records we have, so the "
           "surgery isn't medically necessary yet under the guideline.", 9.2)
    p.para(f"A custom night splint and up to 24 hand therapy visits a year are covered without approval. If the hand "
           "doesn't get better, please send new notes and we will look at the request again.", 9.2)
    p.para(f"Referred by {ref_doc}, D.O. (Michigan license 43010{digits(rng, 5)}). The review was done by a "
           "board-certified hand surgeon who does not practice in your group.", 8.8)
    p.heading("If you or the member disagree", 10.2)
    p.para(f"Ask for a second review by {slash(dl)}. Fax (269) 555-0187 or write to the Member Review Committee, "
           f"{PLAN}, {OFFICE}. A surgeon can also call us to talk it over with the reviewer.", 9.2)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, plan_id=BENCH, group=ws, member_id=pid,
              member_name=pt, cases=[rv], service_dates=[iso(planned)], denial_date=iso(nd), provider=surg,
              appeal_deadline=iso(dl), alternates={"insurer": PLAN_ALT, "provider": [group_name]})
    return out(p), t


# -----------------------------------------------------------------------------------------------------------------
def fax_es_hours(rng):
    pt = person(rng, ES_M, ES_L, USED)
    pid, ws = mno(rng), shop(rng)
    nd = workday(dt.date(2026, 4, rng.randint(13, 17)))
    sdv = workday(plus(nd, -rng.randint(20, 26)))
    claim = tgc_claim(rng, sdv)
    shop_name = "Taller de Reparación de Instrumentos Sotavento"
    clinic = "Riverbend Walk-In Clinic"
    lines = [("99204", "Consulta, paciente nuevo", 265.00), ("12001", "Reparación de herida simple", 318.00),
             ("90471", "Administración de vacuna", 32.00), ("90715", "Vacuna Tdap", 68.00)]
    total = sum(x[2] for x in lines)
    hours = [rng.randint(28, 48) for _ in range(6)]
    while sum(hours) >= 360 or sum(hours) < 180:
        hours = [rng.randint(28, 48) for _ in range(6)]
    sfax = phone(rng, "574")
    p = ENSheet(footer="Página {n} de {nb}", run_head=f"{pt} \u00b7 {pid} \u00b7 reclamo {claim} \u00b7 página {{n}}",
                fax_hdr=f"{short(plus(nd, 1))}  09:05  TONEWOOD GUILD  269 555 0187  >>  {sfax}  P{{n}}")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, rng, es=True)
    p.f(9.4)
    p.cell(0, 5, es_date(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in addr(rng, pt, TOWNS[1]):
        p.line(ln, 9.6)
    p.f(8.4)
    p.cell(0, 4.4, f"Copia por fax: oficina de {shop_name}", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.id_strip([(pid, "número de socio"), (ws, "grupo del taller"), (BENCH, "plan"), (claim, "reclamo")],
               size=9, widths=[34, 30, 26, 50])
    p.heading("Reclamo denegado: no tenía cobertura en la fecha del servicio", 11.2)
    p.para(f"Estimado {first_last(pt)}:", 9.6)
    p.para(f"Recibimos el reclamo de {clinic} por la atención que recibió el {es_date(sdv)}. Lo hemos denegado "
           "porque en esa fecha usted no tenía cobertura con el Plan.", 9.2)
    p.para(f"En el {PLAN}, las horas de banco que su taller reporta en un semestre le dan cobertura durante los seis "
           "meses que empiezan dos meses después. Las horas de julio a diciembre de 2025 cubren de marzo a agosto de "
           f"2026. Se necesitan 360 horas. Su taller reportó {sum(hours)} horas:", 9.2)
    W = p.W
    meses = ["julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
    p.table(["Mes (2025)", "Horas reportadas", "Fecha del reporte"],
            [[m, str(h), es_short(dt.date(2025, 8 + i, 10) if i < 5 else dt.date(2026, 1, 12))]
             for i, (m, h) in enumerate(zip(meses, hours))] + [["Total", str(sum(hours)), ""]],
            [W * 0.34, W * 0.33, W * 0.33], size=8.8, row_h=5.2, head_h=6, bold_last=True)
    p.para("El reclamo incluía:", 9.2)
    p.table(["Código", "Servicio", "Cargo"], [[c, w, usd(v)] for c, w, v in lines] + [["", "Total", usd(total)]],
            [W * 0.18, W * 0.54, W * 0.28], size=8.8, row_h=5.2, head_h=6, aligns=["L", "L", "R"], bold_last=True)
    p.add_page()
    p.heading("Qué puede hacer", 11)
    p.bullets(["Si su taller olvidó reportar horas, pídale que envíe una corrección. Si con ella llega a 360 horas, "
               "volveremos a procesar el reclamo.",
               "Puede mantener la cobertura pagando la cuota de socio independiente ($612.00 al mes) a partir del "
               "próximo mes. Llame a servicios a socios.",
               "Si cree que nos equivocamos, puede apelar dentro de 180 días a partir de la fecha de esta carta. "
               f"Escriba al Comité de Revisión de Socios, {PLAN}, {OFFICE}."], 9.2)
    p.para("Las horas de enero a junio de 2026 podrán darle cobertura de septiembre de 2026 a febrero de 2027.", 9.2)
    p.sign(["Atentamente,", "Elegibilidad y Cuotas", PLAN], 9.2)
    t = truth("denial_letter", "eligibility", insurer=PLAN, plan_id=BENCH, group=ws, member_id=pid, member_name=pt,
              cases=[claim], claim_amount=m2(total), service_dates=[iso(sdv)], denial_date=iso(nd), provider=clinic,
              appeal_deadline=iso(plus(nd, 180)), lang="es", alternates={"insurer": PLAN_ALT})
    return out(p), t


# -----------------------------------------------------------------------------------------------------------------
def faxfine_remittance(rng):
    clinic = "Bridgepin Hand Therapy, PLLC"
    rd = workday(dt.date(2026, 9, rng.randint(8, 11)))
    subs = [who(rng, rng.choice("FM")) for _ in range(5)]
    child = who(rng, "F", last=surname(subs[3]))
    ths = [doc(rng) for _ in range(2)]
    claims = []
    for k in range(5):
        pt = child if k == 3 else subs[k]
        base = mno(rng)
        mid_ = base + "-02" if k == 3 else base
        if k == 3:
            dts = [workday(plus(rd, -rng.randint(212, 216))), None]
            dts[1] = workday(plus(dts[0], 4))
            rec = plus(dts[0], 212)
        else:
            dts = [workday(plus(rd, -rng.randint(30, 60)))]
            dts.append(workday(plus(dts[0], 3)))
            rec = plus(dts[1], rng.randint(5, 14))
        lines = []
        for d in dts:
            lines.append((d, "97110", "2", 168.00, 0.00 if k == 3 else 92.40))
            lines.append((d, "97140", "1", 84.00, 0.00 if k == 3 else 41.60))
        claims.append(dict(pt=pt, id=mid_, ws=shop(rng), no="2026" + digits(rng, 9), rec=rec, lines=lines,
                           th=ths[k % 2], plan=BENCH if k != 1 else IND))
    rows = []
    for k, c in enumerate(claims):
        if k == 3:
            rows.append(("break",))
        rows.append(("span", f"PATIENT {c['pt'].upper()}   ID {c['id']}   {c['plan']}/{c['ws']}   ICN {c['no']}   "
                             f"RCVD {short(c['rec'])}"))
        rows.append(("note", f"    RENDERING {c['th'].upper()}, OTR/L, CHT"))
        for d, code, u, b, pd in c["lines"]:
            grp_code = ("CO-29" if k == 3 else "CO-45")
            rows.append([short(d), code, u, n2(b), n2(b - pd), n2(pd), grp_code,
                         "TF1" if k == 3 else "P1"])
        cb, cp = sum(x[3] for x in c["lines"]), sum(x[4] for x in c["lines"])
        rows.append(("bold", ["", "CLAIM", "", n2(cb), "", n2(cp), "", ""]))
    paid = sum(x[4] for c in claims for x in c["lines"])
    p = ENSheet(footer="PAGE {n} OF {nb}", run_head=f"KESTELL REMITTANCE {slash(rd)}   {clinic.upper()}   PAGE {{n}}",
                fax_hdr=f"{rd:%b %d %Y} 07:58   KESTELL CLAIMS SVCS   FAX 616-555-0130   #{{n}}")
    p.set_margins(14, 14, 14)
    p.add_page()
    p.contractor_head("Kestell", "Claims Services", f"claims processor for the {PLAN}",
                      ["PO Box 2260, Grand Rapids, MI 49501", "Provider line 1-877-555-0133", "Fax 616-555-0130"],
                      style="for", box="PROVIDER REMITTANCE", size=22)
    p.tab_boxes([[("PAYEE", clinic, 62), ("NPI", npi(rng), 34), ("REMITTANCE DATE", slash(rd), 40),
                  ("CHECK / EFT", "EFT " + digits(rng, 10), 52)]], size=8.8)
    p.f(7.8)
    p.multi_cell(p.W, 3.8, f"{TPA} processes these claims for the {PLAN}. Amounts are in dollars. Group codes and "
                           "reason codes are the standard claim adjustment codes; our own remark codes are explained at "
                           "the end.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    W = p.W
    widths = [W * k / 100 for k in (13, 10, 7, 13, 14, 13, 12, 10)]
    p.run_table(["SERV DATE", "CPT", "UNITS", "BILLED", "ADJUSTED", "PAID", "GRP-RSN", "REMARK"], widths,
                ["L", "L", "C", "R", "R", "R", "L", "L"], rows, size=7.2, row_h=4.3, face="Mono")
    p.ln(1)
    p.tab_boxes([[("TOTAL PAID", usd(paid), 46), ("CLAIMS", str(len(claims)), 24),
                  ("PROVIDER BALANCE FORWARD", "0.00", 58)]], size=9)
    p.code_key("Remark codes", [("P1", "Paid at the Guild's fee schedule."),
                                ("TF1", "Claim received more than 180 days after the date of service. The member may "
                                        "not be billed for these services."),
                                ("AU2", "Approval needed before the service."),
                                ("NW4", "Provider not in the Guild network on the date of service.")], ncol=2)
    p.para("Providers may ask for a reconsideration within 90 days of the remittance date. Send proof of timely filing "
           f"(such as a clearinghouse acceptance report) to Provider Appeals, {TPA}, PO Box 2260, Grand Rapids, MI "
           "49501.", 8.2)
    den = claims[3]
    t = truth("eob", "timely_filing", insurer=TPA, plan_id=den["plan"], group=den["ws"], member_id=den["id"],
              member_name=den["pt"], cases=[den["no"]], claim_amount=m2(sum(x[3] for x in den["lines"])),
              service_dates=sorted({iso(x[0]) for x in den["lines"]}), denial_date=iso(rd), provider=clinic,
              appeal_deadline=iso(plus(rd, 90)), alternates={"insurer": TPA_ALT, "provider": [den["th"]]})
    return out(p), t


# -----------------------------------------------------------------------------------------------------------------
def photocopy_stack(rng):
    # a: band saw cut at a member shop goes to the shop's compensation insurer first
    pt = who(rng, "M")
    pid, ws = mno(rng), shop(rng)
    er_doc = doc(rng)
    nd = workday(dt.date(2026, 2, rng.randint(16, 20)))
    inj = plus(nd, -rng.randint(24, 30))
    claim = tgc_claim(rng, inj)
    hosp = "Portage Creek Community Hospital"
    lines = [("99284", "Emergency visit", 1140.00), ("12002", "Wound repair, 2.6-7.5 cm", 684.00),
             ("73140", "X-ray of finger", 212.00), ("90715", "Tdap vaccine", 68.00)]
    total = sum(x[2] for x in lines)
    comp_no = "WC-" + digits(rng, 8)
    p = ENSheet(footer="Page {n} of {nb}", run_foot=f"{PLAN}  \u00b7  {OFFICE}")
    p.set_margins(19, 15, 19)
    p.add_page()
    head(p, rng)
    p.f(9.4)
    p.cell(0, 5, dmy_long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in addr(rng, pt, TOWNS[0]):
        p.line(ln, 9.6)
    p.ln(3)
    p.tab_boxes([[("MEMBER-OWNER", pt, 62), ("NUMBER", pid, 36), ("PLAN", BENCH, 28), ("SHOP GROUP", ws, 30)],
                 [("CLAIM", claim, 48), ("SEEN AT", hosp, 76), ("ON", dd_mon(inj), 32)]], size=9)
    p.heading("We can't pay this claim yet: the injury happened at work", 11.2)
    p.para(f"Dear {first_last(pt)}:", 9.6)
    p.para(f"{hosp} sent us a bill for the care you got after cutting your left index finger on a band saw. The "
           "hospital's notes and your shop's injury report say it happened at the shop during your work day.", 9.2)
    W = p.W
    p.table(["Code", "Service", "Charge"], [[c, w, n2(v)] for c, w, v in lines] + [["", "Total", n2(total)]],
            [W * 0.16, W * 0.56, W * 0.28], size=8.8, row_h=5.2, head_h=6, aligns=["L", "L", "R"], bold_last=True)
    p.para(f"An injury at work is paid first by the shop's workers' compensation insurer. Your shop, Hollowbody "
           f"Guitar Repair, carries it with Great Lakes Artisans Mutual, and its claim number for your injury is "
           f"{comp_no}. Please give the hospital that claim number so it can bill the right insurer.", 9.2)
    p.para("If the compensation insurer turns the claim down, send us its letter and we will pay under your Guild "
           "benefits. You don't need to do anything else for now.", 9.2)
    p.para(f"Treating physician: {er_doc}, M.D. Injury report dated {slash(plus(inj, 1))}.", 8.6)
    p.para("If you think we have this wrong, you may appeal within 180 days of the date of this letter. Write to the "
           f"Member Review Committee at {OFFICE}.", 9.2)
    p.sign(["Claims and Coordination", PLAN], 9)
    ta = truth("denial_letter", "other", insurer=PLAN, plan_id=BENCH, group=ws, member_id=pid, member_name=pt,
               cases=[claim], claim_amount=m2(total), service_dates=[iso(inj)], denial_date=iso(nd), provider=hosp,
               appeal_deadline=iso(plus(nd, 180)), alternates={"insurer": PLAN_ALT, "provider": [er_doc]})
    a = out(p)
    # b: hearing aids approved for a piano technician
    pb = who(rng, "F")
    aud = doc(rng)
    idb = mno(rng)
    nb = workday(plus(nd, rng.randint(3, 6)))
    fit = workday(plus(nb, rng.randint(14, 20)))
    apn = "PR-26-" + digits(rng, 5)
    audc = "Portage Hearing Associates"
    p = ENSheet(footer=None)
    p.set_margins(19, 15, 19)
    p.add_page()
    head(p, rng, box="Approval")
    p.f(9.4)
    p.cell(0, 5, long(nb), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in addr(rng, pb, TOWNS[4]):
        p.line(ln, 9.6)
    p.ln(3)
    p.cap_right([(idb, "member-owner number"), (f"{IND}", "plan (independent member)"), (apn, "approval number"),
                 (f"{aud}, Au.D.", "audiologist")], box_w=86, size=9)
    p.heading("Your hearing aids are approved", 11.5)
    p.para(f"Dear {first_last(pb)}:", 9.6)
    p.para(f"Good news. We approved the two behind-the-ear hearing aids (V5261) that {audc} asked for. The fitting is "
           f"planned for {long(fit)}. The Guild pays up to $2,400.00 for the pair, and the fitting and three follow-up "
           "visits are included. You pay any amount over $2,400.00 directly to the audiologist.", 9.2)
    p.para("Your last hearing aids were paid in 2022, so you are past the 36-month wait. Your next pair can be "
           "approved after the fitting date three years from now.", 9.2)
    p.para("Ear protection for tuning and voicing work, like custom earplugs, is not part of this benefit.", 9.2)
    p.sign(["Member Care", PLAN], 9)
    tb = truth("other", None, insurer=PLAN, plan_id=IND, member_id=idb, member_name=pb, cases=[apn],
               service_dates=[iso(fit)], denial_date=iso(nb), provider=aud,
               alternates={"insurer": PLAN_ALT, "provider": [audc], "service_dates": [[]]})
    return [(a, ta), (out(p), tb)]


# -----------------------------------------------------------------------------------------------------------------
def bd_shockwave(rng):
    pt = who(rng, "F")
    dr = doc(rng)
    pid, ws = mno(rng), shop(rng)
    nd = workday(dt.date(2026, 3, rng.randint(9, 13)))
    d1 = workday(plus(nd, -rng.randint(40, 44)))
    ds = [d1, plus(d1, 7), plus(d1, 14)]
    claim = tgc_claim(rng, d1)
    dl = plus(nd, 180)
    prac = "Kalamazoo Sports & Spine"
    per = 395.00
    p = ENSheet(footer="Page {n} of {nb}", run_foot=f"Claim {claim}  |  {pid}  |  {PLAN}  |  TG-L14 (rev. 11/25)")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, rng, box="About your claim")
    p.f(9.4)
    p.cell(0, 5, upper(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in addr(rng, pt, TOWNS[0]):
        p.line(ln, 9.6)
    p.ln(3)
    p.id_strip([(pt, "member-owner"), (pid, "number"), (BENCH, "plan"), (ws, "shop group"), (claim, "claim")],
               size=8.8, widths=[42, 26, 20, 22, 44])
    p.heading("The plan won't pay for shockwave treatment of your elbow", 11.2)
    p.para(f"Dear {first_last(pt)}:", 9.6)
    p.para(f"{prac} billed us for three shockwave treatments (CPT 0102T) for tennis elbow on your right arm, given "
           f"{mon_day(ds[0])}, {mon_day(ds[1])} and {mon_day(ds[2])}, {d1.year}. Each was billed at {usd(per)}, "
           f"{usd(per * 3)} in all. Dr. {dr} gave the treatments.", 9.2)
    W = p.W
    p.table(["Session", "Date", "Code", "Billed", "Plan pays"],
            [[str(k + 1), slash(d), "0102T", usd(per), "$0.00"] for k, d in enumerate(ds)],
            [W * 0.14, W * 0.24, W * 0.18, W * 0.22, W * 0.22], size=8.6, row_h=5, head_h=5.6,
            aligns=["L", "L", "L", "R", "R"])
    p.cols([[("Why", "The Guild treats shockwave therapy for elbow tendon pain as unproven. Studies so far have not "
                     "shown that it works better than rest, stretching and a brace, so it is not part of your "
                     "benefits. We look at new research every year and will tell members if this changes."),
             ("What is covered", "Hand and arm therapy (up to 24 visits a year), a brace, and a steroid injection if "
                                 "your doctor thinks it will help. Sanding and carving are hard on the elbow; a "
                                 "therapist can show you ways to ease the strain.")],
            [("If you already paid", "If the practice asked you to pay at the visit, that is between you and the "
                                     "practice. Ask them whether they told you before the treatment that the Guild "
                                     "might not pay.")]], size=8.6)
    p.ln(2)
    p.heading("If you disagree", 10.2)
    p.para(f"Send your appeal so that we receive it by {long(dl)}. Tell us why you think the treatment should be paid "
           f"and add anything from your doctor. Write to the Member Review Committee, {PLAN}, {OFFICE}.", 9.2)
    p.para("Questions? Call member-owner services at the number above, Monday to Friday, 8:30 to 5:00 Eastern.", 9)
    p.sign(["Claims Review", PLAN], 9)
    t = truth("denial_letter", "experimental", insurer=PLAN, plan_id=BENCH, group=ws, member_id=pid, member_name=pt,
              cases=[claim], claim_amount=m2(per * 3), service_dates=[iso(d) for d in ds], denial_date=iso(nd),
              provider=dr, appeal_deadline=iso(dl), alternates={"insurer": PLAN_ALT, "provider": [prac]})
    return out(p), t


# -----------------------------------------------------------------------------------------------------------------
def phone_network(rng):
    pt = who(rng, "M")
    surg = doc(rng)
    pid = mno(rng)
    nd = workday(dt.date(2026, 6, rng.randint(15, 19)))
    sdv = workday(plus(nd, -rng.randint(30, 36)))
    claim = tgc_claim(rng, sdv)
    ctr = "Bridger Canyon Hand Surgery"
    lines = [("26055", "Trigger finger release", 1860.00), ("64450", "Nerve block", 245.00)]
    total = sum(x[2] for x in lines)
    p = ENSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 15, 18)
    p.add_page()
    head(p, rng)
    p.f(9.4)
    p.cell(0, 5, nopad(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in addr(rng, pt, TOWNS[3]):
        p.line(ln, 9.6)
    p.ln(3)
    y0 = p.get_y()
    W = p.W
    p.set_right_margin(p.r_margin + 62)
    p.cap_right([(pid, "number"), (IND, "plan"), (claim, "claim")], box_w=52, size=9)
    p.heading("This surgeon isn't in the Guild's network", 11)
    p.para_w(f"Dear {first_last(pt)}:", W - 62, 9.6)
    p.para_w(f"Dr. {surg} of {ctr} sent us a bill for your trigger finger surgery on {long(sdv)}: release of the "
             f"tendon (26055) for {usd(lines[0][2])} and a nerve block (64450) for {usd(lines[1][2])}, "
             f"{usd(total)} in all.", W - 62, 9.2)
    p.para_w("Dr. " + surname(surg) + " and the center are not in the Guild's network. Your plan pays for planned "
             "care only from network providers; outside the network it pays only for emergencies. This surgery was "
             "planned, so the plan can't pay for it.", W - 62, 9.2)
    p.para_w("You may get a bill from the center. Network surgeons can't bill you more than your share, but "
             "providers outside the network can.", W - 62, 9.2)
    p.set_right_margin(18)
    y_text = p.get_y()
    yb = p.side_box(p.w - p.r_margin - 58, y0, 58, "Network surgeons nearby", [
        "Hand surgeons in the Guild network within 50 miles of Bozeman:", "Gallatin Hand & Wrist, 8 miles",
        "Bozeman Orthopaedic Partners, 3 miles", "Big Sky Upper Limb Clinic, 41 miles",
        "Call us to check any doctor before a planned visit."], size=7.4)
    p.set_xy(p.l_margin, max(y_text, yb) + 2)
    p.heading("If you disagree", 10.2)
    p.para("You can appeal within 180 days of the date of this letter. If no network surgeon could have seen you in "
           "time, tell us; we can make an exception when the network can't give the care you need. Write to the "
           f"Member Review Committee, {PLAN}, {OFFICE}.", 9.2)
    p.sign(["Claims Review", PLAN], 9)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, plan_id=IND, member_id=pid, member_name=pt,
              cases=[claim], claim_amount=m2(total), service_dates=[iso(sdv)], denial_date=iso(nd), provider=surg,
              appeal_deadline=iso(plus(nd, 180)), alternates={"insurer": PLAN_ALT, "provider": [ctr]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    b1 = lowres_statement(rng)
    b2 = fax_carpal_tunnel(rng)
    b3 = fax_es_hours(rng)
    b4 = faxfine_remittance(rng)
    b5 = photocopy_stack(rng)
    b6 = bd_shockwave(rng)
    b7 = phone_network(rng)
    return [
        Item(f"{f}_lowres_household_statement_spouse_earplug_line_h4", "scan_lowres_150", [b1]),
        Item(f"{f}_faxstd_carpal_tunnel_release_not_yet", "fax_standard_g4", [b2]),
        Item(f"{f}_faxstd_es_horas_de_banco_sin_cobertura", "fax_standard_g4", [b3]),
        Item(f"{f}_faxfine_kestell_remittance_late_claim", "fax_fine_g4", [b4]),
        Item(f"{f}_photocopy_stack_band_saw_comp_first_then_hearing_aids", "photocopy", b5,
             separators=["blank", None], turns={(0, 0): 90}),
        Item(f"{f}_bd_shockwave_elbow_unproven", "born_digital", [b6]),
        Item(f"{f}_phone_trigger_finger_surgeon_out_of_network", "phone_photo", [b7]),
    ]
