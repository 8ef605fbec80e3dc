"""Papers mirrored (structure and plain wording style only) from a Texas county indigent health care program
(CIHCP, Texas Health and Safety Code chapter 61): the county pays approved assistance providers, at Medicaid rates,
for basic health care of residents whose income and resources are under the program's limits, as the payer of last
resort; the county's liability for one person in a state fiscal year (September 1 to August 31) ends at $30,000.00
or 30 days of hospital care, it pays no more than three prescriptions a month, non-emergency care has to come from
the county's approved providers on a referral, and a provider must file within 95 days of the service. The county
(Tehuacana County, Texas), its office, hearing officer, hospitals, clinics, pharmacy, imaging center, every person,
number, address, form number, amount and time limit other than the program's own $30,000 / 30-day / three-a-month /
95-day rules are invented (phones 555); CPT, HCPCS and revenue codes appear as themselves. No heading names the kind
of refusal.

Documents (8 in 7 files):
- born_digital_provider_claims_report_one_stay_past_annual_maximum_code_on_page_two: a two-page claims report to the
  county hospital under a seal letterhead: eleven claims for eight clients in an unruled listing that breaks over
  the page (headings repeated, a "continued" strip), the client number only in a table cell, one three-day stay
  refused with code L30 whose meaning stands only in the code list on page 2; warrant, vendor, TIN and NPI numbers,
  an example amount in the boilerplate; reconsideration "within 30 days of the report date".
- lowres_es_aviso_cuarta_receta_del_mes: a Spanish notice at 150 dpi: four April prescriptions at the county's
  pharmacy, the fourth refused (code R3, explained in a box under the table); Rx numbers, the prescriber, the
  eligibility case number; "dentro de 90 días a partir de la fecha de este aviso".
- photocopy_three_column_residency_denial_hospital_application: an application the hospital's financial counselor
  filed for a two-day stay, denied because the applicant lives in the next county; three newspaper columns of
  prose, application / received / interview dates, the hospital account number, the charges only in a sentence;
  a review request "must reach our office by" a printed date.
- clean300_claim_decision_boxes_captioned_under_unapproved_orthopaedic_group: a claim decision set in ruled value
  boxes with captions under them; an orthopaedic group that is not a county assistance provider, seen without a
  referral from the client's medical home; three lines refused; "within 90 days of the notice date shown above".
- rotated_eligibility_approved_wallet_card: an approval with the six-month period, the medical home, a
  benefit-year counter and a wallet card under a dashed cut line (denies nothing).
- phone_hearing_decision_legal_caption_resources_over_limit: the hearing officer's decision with a Texas-style
  caption (section-sign column), numbered findings (a savings account and a second vehicle against the $2,000.00
  limit), "Signed on the 14th day of ..." and review by the Commissioners Court "within 15 days after the date of
  this decision".
- faxstd_stack_routing_slip_late_imaging_claim_then_medicaid_first_upside_down: a standard-mode fax of the county
  office's routing slip, a letter to an imaging center on typed underlined blanks refusing a CT claim received
  after 95 days, and a two-page notice to the client (page 1 upside down) that an emergency room claim waits for
  Medicaid, which pays first.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundek_famkc import (KCSheet, day_of, dmy_abbr, es_date, first_last, iso, last_first, long, m2, n2,
                               nodash, out, people, phone, plus, routing_slip, slash, truth, upper, usd, workday,
                               yy)
from public_kit import digits

FAMILY = "county_indigent_health_care_program_annual_maximum_prescription_limit_approved_provider_and_residency_refusals"
LANG = "en"
SEED = 355002
COUNTY = "Tehuacana County"
PROG = "Tehuacana County Indigent Health Care Program"
PROG_ALT = ["Tehuacana County", "Tehuacana County Indigent Health Care", "Tehuacana County Indigent Health Care Office",
            "County Indigent Health Care Program"]
PROG_ES = "Programa de Atención Médica para Indigentes del Condado de Tehuacana"
OFFICE = "Indigent Health Care Office"
ADDR = "410 W. Comanche Street, Suite 104, Sandoval Bend, TX 76642"
HOSP = "Llano Seco Memorial Hospital"
HOSP2 = "Tortuga Creek Regional Medical Center"
CLINIC = "Comanche Wells Family Clinic"
ORTHO = "Mescal Flat Orthopaedic Associates"
IMAGING = "Cibolo Flats Imaging Center"
PHARM = "Farmacia San Fidel"
OTHER_COUNTY = "Ocotillo County"


def client_no(rng):
    return f"TCI-{digits(rng, 6)}"


def case_no(rng):
    return f"E-26-{digits(rng, 5)}"


def claim_no(rng, mo):
    return f"IHC26{mo:02d}{digits(rng, 5)}"


def town_addr(rng):
    street = rng.choice(["Mesquite Ln", "County Road 218", "Old San Fidel Hwy", "Pecos St Apt 3", "Railroad Ave",
                         "Huisache Dr", "FM 1365 Lot 14", "Live Oak Ct"])
    town, z = rng.choice([("Sandoval Bend", "76642"), ("Arroyo Zacate", "76651"), ("Blanquillo", "76667")])
    return [f"{rng.randint(104, 9880)} {street}", f"{town}, TX {z}"]


def county_head(p, rng, left=None, right=None, es=False):
    if es:
        p.county_head("Condado de Tehuacana", PROG_ES,
                      [f"Oficina de Atención Médica para Indigentes  |  {ADDR}",
                       f"Teléfono {phone(rng)}  |  Fax {phone(rng)}  |  Lunes a viernes, 8:00 a 5:00"], left, right)
    else:
        p.county_head(COUNTY, PROG, [f"{OFFICE}  |  {ADDR}",
                                     f"Telephone {phone(rng)}  |  Fax {phone(rng)}  |  Monday to Friday, 8:00 to 5:00"],
                      left, right)


# ---------------------------------------------------------------------------------------------------------------
def born_report(rng):
    names = people(rng, 15)
    rd = workday(dt.date(2026, 4, rng.randint(15, 17)))
    nos = {n: client_no(rng) for n in names}
    rows, refused = [], None
    desc = {"0450": "Emergency room", "0320": "X-ray, diagnostic", "0636": "Drugs, detail coded",
            "0300": "Laboratory", "0250": "Pharmacy", "0420": "Physical therapy", "0350": "CT scan",
            "0730": "EKG/ECG", "0510": "Clinic visit", "0402": "Ultrasound", "0360": "Outpatient surgery",
            "0480": "Cardiology", "0270": "Medical supplies"}
    REF = 11
    others = [n for i, n in enumerate(names) if i != 4]
    plan = [rng.choice(others) for _ in range(25)]
    tot_b = tot_a = tot_p = 0.0
    for i in range(26):
        if i == REF:
            n = names[4]
            start = dt.date(2026, 3, rng.randint(9, 12))
            end = plus(start, 2)
            rev, svc = "0120", "Inpatient, 3 days"
        else:
            n = plan.pop()
            start = dt.date(2026, rng.choice([1, 2, 3]), rng.randint(2, 27))
            end = start
            rev = rng.choice(sorted(desc))
            svc = desc[rev]
        cl = claim_no(rng, 4)
        if i == REF:
            billed = round(rng.randint(16800, 19400) + rng.choice([0.6, 0.35, 0.8]), 2)
            allowed = paid = 0.0
            code = "L30"
            refused = dict(name=n, no=nos[n], claim=cl, start=start, end=end, billed=billed)
        else:
            billed = round(rng.randint(140, 3900) + rng.randint(0, 99) / 100, 2)
            allowed = round(billed * rng.uniform(0.31, 0.46), 2)
            paid = allowed
            code = rng.choice(["PD", "PD", "AJ"])
        tot_b += billed
        tot_a += allowed
        tot_p += paid
        rows.append([last_first(n), nos[n], cl, yy(start), yy(end), f"{rev} {svc}", n2(billed), n2(allowed),
                     n2(paid), code])
    warrant = digits(rng, 7)
    p = KCSheet(footer="Page {n} of {nb}", footer_left=f"Form TC-IHC 214 (rev. 10/2025)  |  Run {slash(rd)} 06:14")
    p.set_margins(14, 13, 14)
    p.add_page()
    county_head(p, rng, left=["Commissioners Court", "Indigent Health Care"],
                right=[f"Report date {long(rd)}", f"Warrant no. {warrant}", f"Vendor no. V-{digits(rng, 5)}"])
    p.title_bar("ASSISTANCE PROVIDER CLAIMS REPORT", "Claims processed for payment by the county  |  This report is "
                                                     "not a bill to any client")
    W = p.w - p.l_margin - p.r_margin
    p.addr_pair("Payee", [HOSP, "Patient Business Office", "2200 Ranch Road 7", "Sandoval Bend, TX 76642"],
                "Payee numbers", [f"Tax ID 74-{digits(rng, 7)}", f"NPI {digits(rng, 10)}",
                                  f"Medicaid TPI {digits(rng, 9)}", f"Warrant date {slash(plus(rd, 3))}"], size=8.8)
    p.ln(2)
    y_ = p.money_box("This report", [("Claims on this report", "26"), ("Billed", usd(tot_b)), ("Allowed", usd(tot_a)),
                                ("Amount of warrant", usd(tot_p))], w=W * 0.5, size=8.6)
    p.set_xy(p.l_margin, y_ + 4)
    widths = [40, 16, 21, 12, 12, 29, 17, 16, 15, 0]
    widths[-1] = W - sum(widths)
    head = ["Client", "", "Claim", "From", "Thru", "Rev. code / service", "Billed", "Allowed", "Paid", "Code"]
    al = ["L", "L", "L", "L", "L", "L", "R", "R", "R", "C"]
    p.bare_table(head, rows[:19], widths, aligns=al, size=6.9, row_h=5.0)
    p.carry("claims continue on page 2")
    p.add_page()
    p.f(9.4, "B")
    p.cell(0, 5, f"{HOSP}  -  claims report of {long(rd)}, continued", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.bare_table(head, rows[19:], widths, aligns=al, size=6.9, row_h=5.0,
                 totals=["", "", "", "", "", "Report totals", n2(tot_b), n2(tot_a), n2(tot_p), ""])
    p.glossary("What the codes mean", [
        ("PD", "Paid at the Texas Medicaid rate for the service."),
        ("AJ", "Paid at the Medicaid rate after lines the Medicaid fee schedule bundles were combined."),
        ("L30", "Not paid. The county's liability for this client for state fiscal year 2026 (September 1, 2025 - "
                "August 31, 2026) reached the $30,000.00 maximum before this claim was processed. The county pays no "
                "more claims for this client until September 1, 2026."),
        ("D95", "Not paid. Received more than 95 days after the date of service."),
        ("NR", "Not paid. Non-emergency service without a referral from the client's medical home.")], size=7.6)
    p.heading("How we priced these claims", 9.6)
    p.para("The county pays an assistance provider what Texas Medicaid would pay for the same service. For example, "
           "a line billed at $1,000.00 whose Medicaid rate is $412.00 is paid $412.00, and the difference may not be "
           "billed to the client. Amounts under $5.00 are carried to the next report.", 8.4)
    p.heading("Reconsideration", 9.6)
    p.para("A provider that disagrees with how a claim on this report was handled may ask for reconsideration in "
           f"writing within 30 days of the report date. Send the claim number, the client's name and a short "
           f"statement to the {OFFICE}, {ADDR}, or fax {phone(rng)}. A corrected claim is not a reconsideration "
           "request and must be filed as a new claim.", 8.4)
    r = refused
    t = truth("eob", "not_covered", insurer=PROG, member_id=r["no"], member_name=r["name"], cases=[r["claim"]],
              claim_amount=m2(r["billed"]), service_dates=[f"{iso(r['start'])}/{iso(r['end'])}"],
              denial_date=iso(rd), provider=HOSP, appeal_deadline=iso(plus(rd, 30)),
              alternates={"insurer": PROG_ALT,
                          "service_dates": [[iso(r["start"])], [iso(r["start"]), iso(r["end"])]]},
              denial_alternates=["other"])
    return out(p), t


def lowres_es(rng):
    pat, doc = people(rng, 2, es=True, sexes="FF")
    nd = workday(dt.date(2026, 5, rng.randint(5, 8)))
    no, case = client_no(rng), case_no(rng)
    fills = sorted(dt.date(2026, 4, d) for d in rng.sample(range(2, 29), 4))
    drugs = [("Metformina 500 mg, 60 tabletas", 18.42), ("Lisinopril 20 mg, 30 tabletas", 11.07),
             ("Atorvastatina 40 mg, 30 tabletas", 22.9), ("Insulina glargina, 5 plumas",
                                                           round(rng.randint(78, 96) + rng.randint(1, 99) / 100, 2))]
    rng.shuffle(drugs)
    rows = []
    claims = []
    for i, (d, (name, cost)) in enumerate(zip(fills, drugs)):
        cl = f"RX26-{digits(rng, 6)}"
        claims.append(cl)
        rows.append([f"{d.day}/{d.month}/{d.year}", digits(rng, 7), name, f"{cost:,.2f}", cl,
                     "Pagada" if i < 3 else "R3"])
    ref_cost, ref_day, ref_claim = drugs[3][1], fills[3], claims[3]
    p = KCSheet(footer="Página {n} de {nb}", footer_left="Formulario TC-IHC 310-S (rev. 08/2025)")
    p.set_margins(18, 15, 18)
    p.add_page()
    county_head(p, rng, es=True)
    W = p.w - p.l_margin - p.r_margin
    p.addr_pairs_right([pat, *town_addr(rng)],
                       [("Fecha del aviso", es_date(nd)), ("Número de cliente", no), ("Núm. de caso", case),
                        ("Mes de beneficio", "abril de 2026"), ("Límite mensual", "3 recetas")], size=9.4,
                       cap_w=38)
    p.ln(3)
    p.subject("Aviso sobre sus recetas de abril de 2026")
    p.para(f"Estimado/a {first_last(pat)}:", 10)
    p.para(f"Este aviso le informa lo que el programa hizo con las recetas que usted surtió en {PHARM}, la farmacia "
           f"contratada por el condado, durante abril de 2026. Las recetas fueron escritas por Dra. {doc}. La columna "
           "«Resultado» de la tabla dice lo que pasó con cada una.", 10)
    p.table(["Fecha de surtido", "Núm. de receta", "Medicamento", "Costo (US$)", "Reclamación", "Resultado"], rows,
            [W * 0.15, W * 0.14, W * 0.33, W * 0.12, W * 0.15, W * 0.11], size=8.8,
            aligns=["L", "L", "L", "R", "L", "C"])
    p.para("Usted no tiene que pagar las recetas marcadas «Pagada». Si la farmacia le cobró una receta que no se "
           "pagó, guarde su recibo.", 9.6)
    p.reasons([("R3", "El programa paga hasta tres recetas en cada mes. Las tres recetas de este mes ya se habían "
                      "pagado cuando se surtió esta. Su médico puede pedirnos una excepción si el medicamento es "
                      "necesario para su salud, o usted puede surtirla el mes siguiente."),
               ("R7", "La receta se surtió en una farmacia que no tiene contrato con el condado.")],
              size=9.2, title="Códigos de la columna Resultado")
    p.heading("Si no está de acuerdo", 10.6)
    p.para("Puede pedir una revisión de esta decisión dentro de 90 días a partir de la fecha de este aviso. Llame a "
           f"la oficina o escriba a la dirección de arriba; incluya su número de cliente. Ejemplo: si un medicamento "
           "cuesta $25.00 y usted ya pagó $10.00, el condado no le devuelve la diferencia sin un recibo.", 9.6)
    p.para(f"Si tiene preguntas, llame al {phone(rng)}. Si necesita este aviso en inglés, pídalo.", 9.6)
    t = truth("denial_letter", "not_covered", insurer=PROG_ES, member_id=no, member_name=pat, cases=[ref_claim],
              claim_amount=m2(ref_cost), service_dates=[iso(ref_day)], denial_date=iso(nd), provider=PHARM,
              appeal_deadline=iso(plus(nd, 90)), lang="es",
              alternates={"insurer": [PROG] + PROG_ALT, "case_numbers": [[ref_claim, case]], "provider": [doc]},
              denial_alternates=["other"])
    return out(p), t


def photocopy_residency(rng):
    pat, counselor, worker = people(rng, 3)
    ld = workday(dt.date(2026, 4, rng.randint(20, 23)))
    adm = dt.date(2026, 3, rng.randint(2, 20))
    dis = plus(adm, 1)
    app = f"A-26-{digits(rng, 5)}"
    recv = plus(dis, rng.randint(4, 9))
    interview = plus(recv, rng.randint(6, 10))
    charges = round(rng.randint(8200, 11400) + rng.choice([0.4, 0.15, 0.9]), 2)
    acct = f"HA{digits(rng, 8)}"
    by = plus(ld, 30)
    home = ["2716 Ranch Road 3314", f"Quitaque Draw, TX 7966{rng.randint(0, 9)}"]
    p = KCSheet(serif=True, footer="Page {n} of {nb}", footer_left=f"TC-IHC 122  |  Application {app}")
    p.set_margins(17, 15, 17)
    p.add_page()
    county_head(p, rng, left=["Notice of Decision", "on an Application"])
    W = p.w - p.l_margin - p.r_margin
    p.line(long(ld), 10)
    p.ln(2)
    for ln in [pat, *home]:
        p.line(ln, 10)
    p.ln(3)
    p.idstrip([("Application no.", app), ("Received", slash(recv)), ("Interview", slash(interview)),
               ("Filed for you by", f"{counselor}, {HOSP2}")], size=8.4)
    p.heading("We cannot approve your application", 12)
    paras = [
        f"Dear {first_last(pat)}, on {long(recv)} our office received an application for county indigent health care "
        f"in your name. A financial counselor at {HOSP2}, {counselor}, filed it for you so that the county might pay "
        f"for your care there from {long(adm)} through {long(dis)}. The hospital's charges for that stay come to "
        f"${charges:,.2f}.",
        "**What we decided.** We have denied the application. To get help from this program a person must live in "
        "Tehuacana County on the date of the application and mean to stay here. The address on your application and "
        f"on your Texas identification card is in {OTHER_COUNTY}. At your interview on {long(interview)} you told "
        f"{worker} that you have lived at that address for four years and came to {HOSP2} because it is the closest "
        "emergency room to you.",
        "Staying in a hospital, a shelter or a relative's home in this county for a short time does not make someone "
        "a resident. The rule comes from chapter 61 of the Texas Health and Safety Code, which makes each county "
        "responsible for its own residents.",
        f"**Where to apply instead.** {OTHER_COUNTY} runs its own indigent health care program. Its office may be "
        "able to look at the same stay. The hospital's financial counselor can help you send the same papers there. "
        "You may also be able to get help from the hospital's own charity care policy.",
        "**Your income and resources.** Because you do not live in this county we did not finish checking your "
        "income or resources. Nothing in this notice says whether you would meet those limits.",
        "**If you disagree.** You may ask for a review of this decision by the county's hearing officer. Your "
        f"written request must reach our office by {long(by)}. Say why you think you live in Tehuacana County and "
        "send any proof, such as a lease, a utility bill or a letter from your landlord, dated before the "
        "application. You may bring someone to help you.",
        f"If you have questions, call {worker}, eligibility worker, at {phone(rng)}. Hospital account {acct} is "
        "shown only so the hospital can match this notice to your bill."]
    p.flow(paras, ncols=3, size=8.8, gap=5, rule=True)
    p.ln(2)
    p.signoff(["Sincerely,", worker, "Eligibility Worker, Indigent Health Care Office"], 9.4)
    p.f(7.8)
    p.cell(0, 4, f"cc: {HOSP2}, Patient Financial Services (account {acct})", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "eligibility", insurer=PROG, member_name=pat, cases=[app], claim_amount=m2(charges),
              service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(ld), provider=HOSP2, appeal_deadline=iso(by),
              alternates={"insurer": PROG_ALT, "claim_amount": [None],
                          "service_dates": [[iso(adm)], [iso(adm), iso(dis)]]})
    return out(p), t


def clean_unapproved(rng):
    pat, surgeon, home_doc = people(rng, 3)
    nd = workday(dt.date(2026, 4, rng.randint(6, 9)))
    no = client_no(rng)
    cl = claim_no(rng, 3)
    v1 = dt.date(2026, 2, rng.randint(9, 13))
    v2 = plus(v1, rng.randint(7, 10))
    recv = plus(v2, rng.randint(12, 20))
    lines = [(slash(v1), "99204", "New patient office visit", 318.0),
             (slash(v1), "20610", "Injection, major joint (knee)", 264.0),
             (slash(v2), "73721", "MRI, knee, without contrast", round(rng.randint(1480, 1890) + 0.5, 2))]
    billed = round(sum(x[3] for x in lines), 2)
    elig_from = dt.date(2026, 1, 1)
    p = KCSheet(footer="Page {n} of {nb}", footer_left="TC-IHC 230 (rev. 01/2026)")
    p.set_margins(17, 14, 17)
    p.add_page()
    county_head(p, rng, right=["NOTICE OF CLAIM DECISION", "Keep this notice with your papers"])
    W = p.w - p.l_margin - p.r_margin
    for ln in [pat, *town_addr(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.under_grid([[("Date of this notice", long(nd), W * 0.3), ("Client", pat, W * 0.4), ("Client no.", no, W * 0.3)],
                  [("Claim no.", cl, W * 0.3), ("Claim received", slash(recv), W * 0.3),
                   ("Amount billed", usd(billed), W * 0.4)],
                  [("Billed by", ORTHO, W * 0.45), ("Treating doctor", f"{surgeon}, MD", W * 0.3),
                   ("Billing NPI", digits(rng, 10), W * 0.25)],
                  [("Your medical home", CLINIC, W * 0.45), ("Primary doctor", f"{home_doc}, MD", W * 0.3),
                   ("Eligible since", slash(elig_from), W * 0.25)]], size=9.4)
    p.table(["Date", "Code", "Service", "Billed", "County pays", "Reason"],
            [[d, c, s, usd(b), "$0.00", "NA"] for d, c, s, b in lines] + [["", "", "Total", usd(billed), "$0.00",
                                                                         ""]],
            [W * 0.14, W * 0.1, W * 0.38, W * 0.14, W * 0.14, W * 0.1], size=9,
            aligns=["L", "L", "L", "R", "R", "C"], bold_last=True)
    p.heading("Reason NA", 10.6)
    p.para(f"{ORTHO} is not one of the county's assistance providers, and the county did not send you there. Except "
           f"in an emergency, the county pays only for care from its approved providers. Care from a specialist is "
           f"paid when your medical home, {CLINIC}, refers you and our office approves the referral before the visit. "
           "We have no referral for these services. The group may not bill the county for them again; whether it "
           "bills you is between you and the group.", 9.6)
    p.heading("What you can do", 10.6)
    p.bullets([f"If your knee still needs care, make an appointment at {CLINIC}. If you need a specialist, the "
               "clinic will ask us to approve a referral to one of the county's orthopaedic providers.",
               "If you think this was an emergency, or that we did approve a referral, you may ask for a review. "
               "Your request must be made within 90 days of the notice date shown above, in writing or by phone.",
               f"Questions: call the {OFFICE} at {phone(rng)}. TTY: Relay Texas 711."], 9.4)
    p.para("The county's liability for you in a state fiscal year is limited to $30,000.00 or 30 days in a hospital, "
           "whichever comes first. Nothing on this notice counts toward that limit.", 8.6)
    t = truth("denial_letter", "out_of_network", insurer=PROG, member_id=no, member_name=pat, cases=[cl],
              claim_amount=m2(billed), service_dates=[iso(v1), iso(v2)], denial_date=iso(nd), provider=ORTHO,
              appeal_deadline=iso(plus(nd, 90)),
              alternates={"insurer": PROG_ALT, "provider": [surgeon]}, denial_alternates=["prior_authorization"])
    return out(p), t


def rotated_approval(rng):
    pat, spouse, worker = people(rng, 3)
    nd = workday(dt.date(2026, 3, rng.randint(23, 26)))
    no, case = client_no(rng), case_no(rng)
    start = dt.date(2026, 3, 1)
    end = dt.date(2026, 8, 31)
    recv = dt.date(2026, 3, rng.randint(3, 9))
    p = KCSheet(footer=None, footer_left="TC-IHC 120-A (rev. 10/2025)")
    p.set_margins(18, 15, 18)
    p.add_page()
    county_head(p, rng, left=["Notice of Eligibility"], right=[f"Case {case}"])
    W = p.w - p.l_margin - p.r_margin
    p.addr_kv([pat, *town_addr(rng)], [("Date of notice", upper(nd)), ("Client no.", no), ("Case no.", case),
                                       ("Application received", slash(recv)), ("Household size", "2")],
              w=W * 0.48, cap_w=36, size=9)
    p.ln(3)
    p.heading("Your application is APPROVED", 13)
    p.para(f"Dear {first_last(pat)}: you can get health care through the {PROG}. Your coverage runs from "
           f"{long(start)} through {long(end)}. Your spouse, {spouse}, was counted in your household but was not "
           "approved, because your spouse already has Medicare.", 10)
    p.leaders([("Coverage begins", long(start)), ("Coverage ends", long(end)),
               ("Your medical home", CLINIC), ("Phone for appointments", phone(rng)),
               ("County payments for you so far in state fiscal year 2026", "$0.00 of $30,000.00"),
               ("Hospital days used so far", "0 of 30"), ("Prescriptions a month", "up to 3")], size=9.4,
              w=W * 0.9)
    p.ln(1)
    p.para("Call your medical home first for care that is not an emergency. We pay only our approved providers, and "
           "a specialist only with a referral from your medical home. Show the card below at every visit. You must "
           "tell us within 14 days if your address, income or household changes.", 9.4)
    p.para("If you think the date your coverage begins is wrong, you may ask for a review within 30 days of the date "
           f"of this notice. Your eligibility worker is {worker}.", 9.4)
    p.wallet_card("TEHUACANA COUNTY", "Indigent Health Care Program  |  Not insurance  |  Not Medicaid",
                  [("Client", pat), ("Client no.", no), ("Valid", f"{yy(start)} - {yy(end)}"),
                   ("Medical home", CLINIC)],
                  ["Providers: file claims within 95 days of the service to the Indigent Health Care Office, "
                   f"{ADDR}.", "The county pays at Medicaid rates and is the payer of last resort.",
                   f"Eligibility line {phone(rng)}  |  After hours, call 911 for an emergency."])
    t = truth("other", None, insurer=PROG, member_id=no, member_name=pat, cases=[case], denial_date=iso(nd),
              alternates={"insurer": PROG_ALT, "case_numbers": [[]], "provider": [CLINIC],
                          "appeal_deadline": [iso(plus(nd, 30))]})
    return out(p), t


def phone_hearing(rng):
    pat, officer, worker = people(rng, 3, sexes="F")
    dd = workday(dt.date(2026, 4, rng.randint(13, 16)))
    no, case = client_no(rng), case_no(rng)
    hno = f"IHC-H-26-{rng.randint(10, 48):03d}"
    term = dt.date(2026, 2, rng.randint(23, 27))
    req = plus(term, rng.randint(8, 12))
    heard = plus(dd, -rng.randint(9, 13))
    savings = round(rng.randint(2300, 2900) + rng.randint(1, 99) / 100, 2)
    truck = rng.choice([3150.0, 2875.0, 3400.0])
    p = KCSheet(serif=True, footer=None)
    p.set_margins(20, 16, 20)
    p.add_page()
    W = p.w - p.l_margin - p.r_margin
    p.set_font("Serif", "", 8.6)
    p.cell(W, 4, f"{PROG}  |  Hearings  |  {ADDR}", align="C", new_x="LMARGIN", new_y="NEXT")
    p.line_seg(p.l_margin, p.get_y() + 1, p.l_margin + W, p.get_y() + 1)
    p.ln(3)
    p.set_font("Serif", "B", 11)
    p.cell(W, 5, f"{hno}", align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.legal_caption(["IN THE MATTER OF", pat.upper(), f"Client No. {no}", "Appellant"],
                    ["BEFORE THE INDIGENT HEALTH", "CARE HEARING OFFICER", "TEHUACANA COUNTY, TEXAS",
                     f"Date of decision: {slash(dd)}"], size=10)
    p.set_font("Serif", "B", 12.5)
    p.cell(W, 7, "DECISION OF THE HEARING OFFICER", align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"On {long(term)} the {OFFICE} ended the Appellant's eligibility in case {case} at her six-month review. "
           f"The Appellant asked for a hearing on {long(req)}. The hearing was held by telephone on {long(heard)}. "
           f"The Appellant spoke for herself; {worker}, eligibility worker, spoke for the county.", 10.2)
    p.heading("Findings of fact", 11)
    p.bullets([f"1. The Appellant's household is the Appellant alone. No one in it is 60 or older or disabled, so "
               "the resource limit is $2,000.00.",
               f"2. On the review date the Appellant had {usd(savings)} in a savings account at Sandoval Bend Federal "
               "Credit Union. The statement shows the money had been there since December 2025.",
               f"3. The Appellant owns two vehicles. The first is excluded. The second, a 2011 pickup, has a "
               f"countable value of {usd(truck)}; the Appellant says it does not run.",
               "4. The Appellant did not show that either resource was unavailable to her."], 10, mark="")
    p.heading("Conclusion and decision", 11)
    p.para(f"The Appellant's countable resources are more than $2,000.00 even without the pickup. The county was "
           f"right to end her eligibility. The action of {long(term)} is SUSTAINED. The Appellant may apply again "
           "at any time; a new application is judged on the resources she has on the day she applies.", 10.2)
    p.para("Either party may ask the Tehuacana County Commissioners Court to review this decision by filing a "
           "written request with the County Judge within 15 days after the date of this decision.", 10.2)
    p.para(f"Signed on {day_of(dd)}.", 10.2)
    p.ln(6)
    p.line("______________________________", 10)
    p.line(f"{officer}, Hearing Officer", 10)
    t = truth("denial_letter", "eligibility", insurer=PROG, member_id=no, member_name=pat, cases=[hno, case],
              denial_date=iso(dd), appeal_deadline=iso(plus(dd, 15)),
              alternates={"insurer": PROG_ALT + ["Tehuacana County Commissioners Court"],
                          "case_numbers": [[hno]]})
    return out(p), t


def faxstd_stack(rng):
    pat_a, pat_b, radiol, clerk, er_doc = people(rng, 5, sexes="XF")
    ld = workday(dt.date(2026, 5, rng.randint(4, 7)))
    # letter A: late imaging claim
    no_a = client_no(rng)
    cl_a = claim_no(rng, 5)
    dos = dt.date(2026, 1, rng.randint(2, 8))
    recv = plus(dos, rng.randint(99, 110))
    ct = round(rng.randint(1120, 1680) + 0.25, 2)
    a = KCSheet(footer="Page {n} of {nb}", footer_left="TC-IHC 233 (rev. 01/2026)",
                fax_hdr=f"{yy(ld)} 15:4{rng.randint(0, 9)}  TEHUACANA CO IHC  FAX {phone(rng)}  P. {{n}}")
    a.set_margins(20, 15, 20)
    a.add_page()
    county_head(a, rng, left=["Provider Services"])
    W = a.w - a.l_margin - a.r_margin
    a.line(long(ld), 10.4)
    a.ln(2)
    for ln in [IMAGING, "Attn: Billing Office", "88 Depot Street", "Sandoval Bend, TX 76642"]:
        a.line(ln, 10.4)
    a.ln(3)
    a.blanks([[("Client", pat_a, W * 0.58), ("Client no.", no_a, W * 0.42)],
              [("Claim no.", cl_a, W * 0.5), ("Date of service", slash(dos), W * 0.5)],
              [("Date we received the claim", slash(recv), W * 0.58), ("Billed", usd(ct), W * 0.42)],
              [("Reading radiologist", f"{radiol}, MD", W * 1.0)]], size=10.4, cap=8.4, h=8.2)
    a.para("We have denied the claim above. An assistance provider must file a claim with the county within 95 days "
           "of the date of service. We received this claim more than 95 days after the CT scan of the abdomen and "
           "pelvis (74177) it lists, and our records show no earlier claim from your office for this client on that "
           "date.", 10.4)
    a.para("Under your agreement with the county, you may not bill the client for a service the county denied "
           "because it was filed late.", 10.4)
    a.para("If you have proof that you filed the claim in time (a clearinghouse acceptance report or a fax "
           "confirmation dated within the 95 days), send it with a request for reconsideration within 30 days of the "
           "date of this letter.", 10.4)
    a.signoff(["Provider Services", clerk, f"{OFFICE}  |  {phone(rng)}"], 10)
    ta = truth("denial_letter", "timely_filing", insurer=PROG, member_id=no_a, member_name=pat_a, cases=[cl_a],
               claim_amount=m2(ct), service_dates=[iso(dos)], denial_date=iso(ld), provider=IMAGING,
               appeal_deadline=iso(plus(ld, 30)), alternates={"insurer": PROG_ALT, "provider": [radiol]})
    # letter B: Medicaid pays first (a copy goes to the imaging center, which billed the ultrasound)
    no_b = client_no(rng)
    cl_b = claim_no(rng, 4)
    ld_b = plus(ld, -rng.randint(1, 3))
    us = dt.date(2026, 3, rng.randint(20, 30))
    us_amt = round(rng.randint(380, 640) + 0.7, 2)
    b = KCSheet(footer="Page {n} of {nb}", footer_left="TC-IHC 241 (rev. 01/2026)",
                fax_hdr=f"{yy(ld)} 15:5{rng.randint(0, 9)}  TEHUACANA CO IHC  FAX {phone(rng)}  P. {{n}}",
                ids_foot=f"{pat_b}  {no_b}")
    b.set_margins(20, 15, 20)
    b.add_page()
    county_head(b, rng)
    W = b.w - b.l_margin - b.r_margin
    y0 = b.get_y()
    for ln in [dmy_abbr(ld_b), "", pat_b, *town_addr(rng)]:
        b.line(ln, 10.4)
    yb = b.side_caps([(no_b, "client no."), (cl_b, "claim no."), (slash(us), "date of service"),
                      (usd(us_amt), "amount billed"), (IMAGING, "billed by")], b.l_margin + W * 0.46, y0, W * 0.54,
                     size=9.6)
    b.set_xy(b.l_margin, max(b.get_y(), yb) + 4)
    b.subject("Your ultrasound: Medicaid must be asked first")
    b.para(f"Dear {first_last(pat_b)}: {IMAGING} sent us a claim for the pregnancy ultrasound (76805) that "
           f"{er_doc}, MD, of {CLINIC} ordered for you. We are not paying it now. On your last review you told us "
           "you are expecting a baby. A pregnant woman with your household's income can usually get Texas Medicaid, "
           "and Medicaid can pay for care up to three months before the month she applies.", 10.4)
    b.para("This program pays only when no other program or insurance will. That is why you must apply for "
           "Medicaid and we must see the answer before we can look at this claim again.", 10.4)
    b.heading("What to do", 11)
    b.bullets(["Apply for Medicaid for pregnant women online, by phone at 2-1-1, or at any Texas Health and Human "
               "Services office. Ask that the application cover March 2026.",
               "When you get a letter saying you were approved or denied, bring or mail us a copy.",
               "If Medicaid denies you, we will process the claim again from the date we receive that letter."], 10)
    b.add_page()
    b.heading("If you disagree", 11)
    b.para("You may ask for a hearing within 90 days of the date of this letter. Call or write to the office. A "
           "hearing officer who did not make this decision will hear your case.", 10.4)
    b.para("You keep your county coverage while Medicaid decides. Other claims, for example your visits to "
           f"{CLINIC}, will be paid as usual. {IMAGING} has been asked not to bill you while the claim waits.",
           10.4)
    b.signoff(["Sincerely,", clerk, "Claims Unit"], 10)
    b.f(8.4)
    b.cell(0, 4, f"cc: {IMAGING}, Billing Office", new_x="LMARGIN", new_y="NEXT")
    tb = truth("denial_letter", "other", insurer=PROG, member_id=no_b, member_name=pat_b, cases=[cl_b],
               claim_amount=m2(us_amt), service_dates=[iso(us)], denial_date=iso(ld_b), provider=IMAGING,
               appeal_deadline=iso(plus(ld_b, 90)), alternates={"insurer": PROG_ALT, "provider": [er_doc]},
               denial_alternates=["eligibility"])
    cover = routing_slip(f"Tehuacana County {OFFICE}", [ADDR, f"Phone {phone(rng)}  |  Fax {phone(rng)}"],
                         [("To", f"{IMAGING}, Billing Office"), ("Fax", phone(rng)), ("From", clerk),
                          ("Date", nodash(ld)), ("Subject", "Two claim letters for your office")],
                         4, {"As you asked", "For your information"},
                         [f"Two letters follow. The first is our decision on your claim for {first_last(pat_a)}. "
                          f"The second is your copy of the letter we sent {first_last(pat_b)} about her ultrasound, "
                          "which your billing office asked about by phone."])
    return cover, [(out(a), ta), (out(b), tb)]


# ---------------------------------------------------------------------------------------------------------------
def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_provider_claims_report_one_stay_past_annual_maximum_code_on_page_two", "born_digital",
             [born_report(rng)]),
        Item(F + "lowres_es_aviso_cuarta_receta_del_mes", "scan_lowres_150", [lowres_es(rng)]),
        Item(F + "photocopy_three_column_residency_denial_hospital_application", "photocopy",
             [photocopy_residency(rng)]),
        Item(F + "clean300_claim_decision_boxes_captioned_under_unapproved_orthopaedic_group", "scan_clean_300",
             [clean_unapproved(rng)]),
        Item(F + "rotated_eligibility_approved_wallet_card", "rotated", [rotated_approval(rng)]),
        Item(F + "phone_hearing_decision_legal_caption_resources_over_limit", "phone_photo", [phone_hearing(rng)]),
    ]
    cover, docs = faxstd_stack(rng)
    items.append(Item(F + "faxstd_stack_routing_slip_late_imaging_claim_then_medicaid_first_upside_down",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(1, 0): 180}))
    return items
