"""An invented travel medical insurer, Wickmoor Passage Insurance Company (Roamer Essential and Roamer Plus
certificates for trips abroad, some sold to a college for its study-abroad groups), whose 24-hour assistance company,
Saltmarsh Compass Assistance, arranges care, guarantees, medical transport home and claims for it. The papers pay or
refuse the bills of hospitals and clinics abroad in their own currencies (CRC, MXN/USD, JPY, EUR, COP, ISK, THB), each
printed the way its country writes it beside the US-dollar figure and a rate. The company, its certificates, rules
(companion costs, room upgrades, the 180-day claim limit, the 30-metre diving limit, excess cover over a job-based
plan, transport home only when its own doctors find it needed and arrange it), codes (PD, N4, N7), rates, time
limits, the assistance company, every hospital, clinic, transport company, billing agent, college, person, number
and address are invented; currencies, countries, cities and CPT codes appear as themselves; US phones use 555.
No heading names the kind of denial; each reason is put in plain words of the writer's own.

Documents (8 in 7 files):
- faxstd_landscape_settlement_costa_rica_suite_and_companion: a landscape settlement advice on a standard fax to a
  San José hospital paid through a billing agent (short captions under and left of boxes: "Settlement Dt",
  "Payee", "Hosp.", "Roamer ID" in groups, "Claim", "Case ref.", "Adm", "Disch", "Passport", "Hosp. acct"), rows
  in CRC with From / To ISO dates, a "Rendering" column, billed / eligible / paid / not payable with a trailing minus
  and TOTALS; the suite upgrade and the companion's bed and meals refused (N7, N4; not_covered), legend only;
  "within 90 days of the Settlement Dt".
- born_digital_assistance_letter_air_ambulance_cancun_not_needed: a letter on the assistance company's letterhead
  (the issuer; the insurer accepted) with an identifier panel (Roamer ID with dashes, case ref., claim, passport as
  a decoy) and a parties box (transport company, Cancún hospital, the company's medical officer, Houston hospital):
  the family's air ambulance home on "Sunday, March 22, 2026" (USD 38,500.00) is refused because the company's
  doctor had found a seat on a scheduled flight with a nurse safe and had booked it (medical_necessity); "no later
  than Friday 12 June 2026".
- lowres_letter_kyoto_clinic_claim_after_180_days: a 150 dpi letter with odd captions under boxes ("Ltr Dt" in ISO
  form, "Roamer ID", "Clm", "Trip" 01/05/26 - 01/19/26, "Treated" Thu 01/08/26, "Rcvd"): a Kyoto clinic's bill
  reached the company 204 days after the visit (timely_filing); "¥84,300" and "562.11 US dollars" only in a sentence;
  "within 45 days after you receive this letter" (nothing to count from: no deadline).
- photocopy_letter_munich_stay_after_group_cover_ended: a photocopied letter on a study-abroad group certificate
  (group no., group name, cover dates as decoys) with a table of dotted German dates, EUR, USD billed / paid / not
  paid in parentheses and totals: the emergency visit on the last day of cover is paid, the stay "8-12 Mar 2026"
  after it is refused (eligibility); "within 60 days of the date of this letter".
- phone_es_carta_bogota_seguro_en_exceso: a photographed Spanish letter with hung captions: a Bogotá clinic stay
  "COP 4.250.000,00 = US$ 1.062,50 (USD 1,062.50)" cannot be paid until the job-based plan that pays first has
  decided (other); "dentro de los 60 días siguientes a la fecha de esta carta".
- rotated_paid_statement_reykjavik_clinic_reimbursed: a statement paying the traveller back for a Reykjavik clinic
  visit billed in ISK (deductible in parentheses), fed upside down (denies nothing).
- clean_stack_hospital_cover_letter_then_diving_denial_sideways: a Phuket hospital's international patient office
  cover letter forwarding the insurer's letter and asking for payment by a date that is no appeal deadline (its own
  document, THB only), a blank separator, then the insurer's two-page letter refusing hyperbaric treatment after a
  dive to 42 metres beyond the 30-metre limit (not_covered; ISO dates in a table; "within 90 days from the date at
  the top of this letter"), its second page fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundec_famgc import (ECSheet, confusable, dash_span, dm_span, dotted, es_date, es_money, grouped, lastfirst,
                               n2, paren, people, plus, trail, uk, wd, wlong, workday, yy)
from public_kit import digits, fdate, m2, out, truth

FAMILY = "travel_medical_insurance_foreign_hospital_assistance_company_repatriation_denial"
LANG = "en"
SEED = 355022
INS = "Wickmoor Passage Insurance Company"
ALT = ["Wickmoor Passage", "Wickmoor Passage Insurance", "Wickmoor"]
ASSIST = "Saltmarsh Compass Assistance"
HOSP_CR = "Hospital Clínica Cerro Lindo"
AGENT_CR = "Puente Claro Billing Agents S.A."
AIRAMB = "Falconer Ridge Air Medical"
HOSP_MX = "Hospital Arrecife del Caribe"
HOSP_TX = "Bayou Crest Medical Center"
CLINIC_JP = "Kamogawa Riverside Clinic"
HOSP_DE = "Isarhain Klinik München"
HOSP_CO = "Clínica Los Nogales del Norte"
CLINIC_IS = "Esjuberg Health Clinic"
HOSP_TH = "Andaman Pearl Hospital"
COLLEGE = "Brackenridge College Study Abroad"


def roamer_id(rng):
    return "RM" + confusable(rng, 8, 2)


def claim_no(rng):
    return f"WP26-{digits(rng, 6)}"


def case_ref(rng):
    return f"SCA-26-{confusable(rng, 5, 1)}"


def passport(rng):
    return f"{rng.choice('56')}{digits(rng, 8)}"


def us_address(rng):
    town, st, z = rng.choice([("Tulsa", "OK", "74105"), ("Boise", "ID", "83706"), ("Fort Wayne", "IN", "46805"),
                              ("Lubbock", "TX", "79410"), ("Rochester", "MN", "55901"), ("Greenville", "SC", "29601"),
                              ("Flagstaff", "AZ", "86001"), ("Billings", "MT", "59101")])
    street = rng.choice(["S Harvard Ave", "Warm Springs Ave", "Crescent Ave Apt 9", "Indiana Ave", "Fifth St SW",
                         "Augusta Rd", "N Beaver St", "Poly Dr"])
    return [f"{rng.randint(100, 8999)} {street}", f"{town}, {st} {z}"]


def _head(p, rng, unit="Travel Medical Claims", size=15, tag=None):
    p.rule_head(INS, unit, [f"PO Box {rng.randint(60000, 60999)}, Hartford, CT 06160",
                            f"Claims 1-866-555-{digits(rng, 4)}  |  from abroad +1 860 555 {digits(rng, 4)}",
                            f"Assistance 24 hours: {ASSIST}"], size=size, tag=tag)


# 1 -------------------------------------------------------------------------------------------------------------
def faxstd_settlement(rng):
    member, dr_er, dr_rad, dr_surg = people(rng, 4)
    rid = roamer_id(rng)
    clm, case = claim_no(rng), case_ref(rng)
    a, e = dt.date(2026, 3, 4), dt.date(2026, 3, 7)
    sd = workday(dt.date(2026, 4, rng.randint(6, 15)))
    rate = 0.001985
    W = 279.4 - 24
    fax = (f"{yy(sd)} {rng.randint(9, 12)}:{rng.randint(10, 59)}  WICKMOOR PASSAGE FOREIGN CLAIMS  "
           f"+1 860 555 {digits(rng, 4)}  >>  {AGENT_CR.upper()}  p.{{n}}")
    p = ECSheet(footer="Page {n} of {nb}", footer_left="WP-SA-3 (rev. 11/25)", fax_hdr=fax)
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng, unit="Foreign Claims  -  provider settlements", size=13)
    p.title_bar("SETTLEMENT ADVICE  -  HOSPITAL ABROAD")
    p.capcells([("Settlement Dt", yy(sd), 34, "B"), ("Payee", AGENT_CR, 84, "L"), ("Hosp.", HOSP_CR, 66, "B"),
                ("Roamer ID", grouped(rid, [2, 4, 4]), W - 184, "B")])
    p.capcells([("Claim", clm, 46, "L"), ("Case ref.", case, 38, "B"), ("Adm", yy(a), 24, "B"),
                ("Disch", yy(e), 24, "B"), ("Passport", passport(rng), 34, "B"),
                ("Hosp. acct", f"CL-{digits(rng, 7)}", 40, "B"), ("Insured", lastfirst(member), W - 206, "B")])
    items = [(a, a, "Emergency dept. visit", f"Dr. {dr_er}", 148500.00, None),
             (a, a, "CT abdomen and pelvis", f"Dr. {dr_rad}", 312000.00, None),
             (a, a, "Appendectomy, laparoscopic", f"Dr. {dr_surg}", 1150000.00, None),
             (a, e, "Room, semi-private, 3 nights", "", 540000.00, None),
             (a, e, "Suite upgrade, 3 nights", "", 225000.00, "N7"),
             (a, e, "Companion bed and meals", "", 96000.00, "N4"),
             (plus(a, 1), plus(a, 1), "Pharmacy and supplies", "", 187350.00, None)]
    rows, tot_crc, tot = [], 0.0, [0.0] * 4
    for f_, t_, desc, rend, crc, code in items:
        u = round(crc * rate, 2)
        elig = 0.0 if code else u
        paid = elig
        notp = u if code else 0.0
        rows.append([f_.isoformat(), t_.isoformat(), desc, rend, f"{crc:,.2f}", n2(u), n2(elig), n2(paid),
                     trail(notp) if code else "0.00", code or "PD"])
        tot_crc += crc
        tot = [x + y for x, y in zip(tot, [u, elig, paid, notp])]
    tot = [round(x, 2) for x in tot]
    rows.append(["TOTALS", "", "", "", f"{tot_crc:,.2f}", n2(tot[0]), n2(tot[1]), n2(tot[2]), trail(tot[3]), ""])
    p.table(["From", "To", "Item", "Rendering", "Billed CRC", "Billed USD", "Eligible USD", "Paid USD",
             "Not payable", "Cd"], rows, [20, 20, 52, 44, 26, 20, 20, 20, 20, W - 242], size=7.2,
            aligns=["L", "L", "L", "L", "R", "R", "R", "R", "R", "C"], bold_last=True, row_h=5.0)
    p.leaders([("Rate used (colones to US dollars, day of admission)", "0.001985"),
               ("Deductible", "met on an earlier claim"), ("Paid to payee by wire", f"USD {n2(tot[2])}")],
              size=8.2, w=140)
    p.f(7.8, "B")
    p.cell(0, 4, "Codes", new_x="LMARGIN", new_y="NEXT")
    p.para("PD  Paid as eligible.   N7  The certificate pays a semi-private room. A suite or private room is paid "
           "only when the treating doctor orders it for a medical reason; the upgrade was chosen at admission at the "
           "family's request.   N4  A companion's bed, meals and other costs are paid only when the insured is under "
           "18 years old.", 7.8, gap=0.8)
    p.para("Queries on this settlement must reach us within 90 days of the Settlement Dt. The hospital may ask the "
           "insured for the amounts not payable.", 7.8)
    t = truth("eob", "not_covered", insurer=INS, member_id=rid, member_name=member, cases=[clm, case],
              claim_amount=m2(tot[0]), service_dates=[f"{a.isoformat()}/{e.isoformat()}"],
              denial_date=sd.isoformat(), provider=HOSP_CR, appeal_deadline=plus(sd, 90).isoformat(),
              alternates={"insurer": ALT, "case_numbers": [[clm]], "claim_amount": [m2(tot_crc), m2(tot[3])],
                          "service_dates": [[a.isoformat(), e.isoformat()]], "provider": [f"Dr. {dr_surg}"]},
              type_alternates=["denial_letter"])
    return out(p), t


# 2 -------------------------------------------------------------------------------------------------------------
def bd_air_ambulance(rng):
    member, mo, sig = people(rng, 3)
    rid = roamer_id(rng)
    shown = grouped(rid, [2, 4, 4], "-")
    clm, case = claim_no(rng), case_ref(rng)
    fall, call, booked, flown = dt.date(2026, 3, 16), dt.date(2026, 3, 20), dt.date(2026, 3, 23), dt.date(2026, 3, 22)
    nd = dt.date(2026, 4, 24)
    dl = dt.date(2026, 6, 12)
    amt = 38500.00
    p = ECSheet(footer="Page {n} of {nb}", footer_left=f"Case {case}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.rule_head(ASSIST, f"Medical assistance and claims administration for {INS}",
                [f"Operations centre +1 617 555 {digits(rng, 4)} (24 hours)",
                 f"Claims desk 1-888-555-{digits(rng, 4)}", "PO Box 5120, Quincy, MA 02171"], size=15)
    p.line(fdate(nd, "long"), 10)
    p.ln(2)
    for ln in [member, *us_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.id_panel([("Roamer ID", shown, f"your certificate with {INS}"),
                ("Case ref.", case, "our file for the trip"),
                ("Claim", clm, "the air ambulance invoice"),
                ("Passport", passport(rng), "from your travel papers - not a certificate number")],
               title="References")
    p.para(f"Dear {member}:", 10)
    p.para(f"On {wlong(flown)}, your family had you flown from Cancún to Houston in an air ambulance run by "
           f"{AIRAMB}. The company sent us its invoice for USD {n2(amt)} and asked us to pay it under your Roamer "
           f"Plus certificate. We have looked at it with the medical records from {HOSP_MX}.", 10)
    p.para(f"You broke your lower leg on {fall.strftime('%B %-d')} and the hospital fixed it with surgery the next "
           f"day. On {call.strftime('%B %-d')}, our medical officer, Dr. {mo}, spoke with your surgeon. You were "
           "sitting up, walking a few steps with crutches and needed no oxygen or monitoring. Dr. "
           f"{mo.split()[-1]} decided you could fly home safely on a scheduled flight with a nurse beside you and a "
           f"row of seats for your leg, and we booked those seats for {wlong(booked)}. Your family cancelled them "
           "and hired the air ambulance the day before.", 10)
    p.para("We are not able to pay the air ambulance. Your certificate pays for a medical transport home that our "
           "doctors find necessary and that we arrange, and only the kind of transport your condition calls for. An "
           "air ambulance with an intensive care crew was more than your condition called for, and we had already "
           "arranged a safe way home.", 10)
    p.parties([("Transport company", AIRAMB, f"invoice FR-{digits(rng, 5)}"),
               ("Treating hospital", f"{HOSP_MX}, Cancún", "discharged you on March 22"),
               ("Our medical officer", f"Dr. {mo}", ASSIST),
               ("Receiving hospital", f"{HOSP_TX}, Houston", "admitted you on March 22")], cap_w=40, size=8.6)
    p.para(f"If you disagree, write to us no later than {uk(dl, True)} and send any medical papers that show why "
           "an air ambulance was needed. A doctor who did not take part in this decision will look at it.", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Administration, {ASSIST}\non behalf of {INS}", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ASSIST, member_id=shown, member_name=member,
              cases=[clm, case], claim_amount=m2(amt), service_dates=[flown.isoformat()], denial_date=nd.isoformat(),
              provider=AIRAMB, appeal_deadline=dl.isoformat(),
              alternates={"insurer": [INS, "Saltmarsh Compass", *ALT], "case_numbers": [[clm]]},
              denial_alternates=["level_of_care", "prior_authorization"])
    return out(p), t


# 3 -------------------------------------------------------------------------------------------------------------
def lowres_kyoto(rng):
    member, sig = people(rng, 2)
    rid = roamer_id(rng)
    clm = claim_no(rng)
    t0, t1 = dt.date(2026, 1, 5), dt.date(2026, 1, 19)
    seen = dt.date(2026, 1, 8)
    rcvd = dt.date(2026, 7, 31)
    ld = dt.date(2026, 8, 6)
    late = (rcvd - seen).days
    jpy, usd_ = 84300, 562.11
    p = ECSheet(footer=None)
    p.set_margins(18, 15, 18)
    p.add_page()
    p.head(INS, "WP", [f"Travel Medical Claims  |  PO Box {rng.randint(60000, 60999)}, Hartford, CT 06160  |  "
                       f"1-866-555-{digits(rng, 4)}"], size=12.5)
    for ln in [member, *us_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Ltr Dt", ld.isoformat(), 30, "B"), ("Roamer ID", rid, 40, "B"), ("Clm", clm, 34, "B"),
                ("Trip", dash_span(t0, t1), 44, "B"), ("Treated", wd(seen), W - 148, "B")], cap=6.0)
    p.capcells([("Rcvd", yy(rcvd), 30, "B"), ("Plan", "Roamer Essential", 40, "B"),
                ("Days from treatment to receipt", str(late), W - 70, "B")], cap=6.0)
    p.para(f"Dear {member}:", 10)
    p.para(f"We received the bill from {CLINIC_JP} in Kyoto, Japan, where Dr. Keisuke Imamura treated you for a "
           f"bad ear infection during your trip. The bill was ¥84,300, which is 562.11 US dollars at the rate for "
           "the day you were treated.", 10)
    p.para(f"Your certificate asks that a claim reach us within 180 days from the day of the treatment. This one "
           f"reached us on {fdate(rcvd, 'long')}, {late} days after the visit, and nothing sent with it explains the "
           "delay. We are sorry, but we cannot pay it.", 10)
    p.para("If you were in hospital or could not send the claim in time for another serious reason, send us proof "
           "within 45 days after you receive this letter and we will look at the claim again.", 10)
    p.para(f"Sincerely,\n{sig}\nTravel Medical Claims", 10)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=rid, member_name=member, cases=[clm],
              claim_amount=m2(usd_), service_dates=[seen.isoformat()], denial_date=ld.isoformat(),
              provider=CLINIC_JP, appeal_deadline=None,
              alternates={"insurer": ALT, "claim_amount": [m2(jpy)], "provider": ["Dr. Keisuke Imamura"],
                          "plan_id": ["Roamer Essential"]})
    return out(p), t


# 4 -------------------------------------------------------------------------------------------------------------
def photocopy_munich(rng):
    member, sig = people(rng, 2)
    rid = roamer_id(rng)
    grp = f"BC-{digits(rng, 4)}"
    clm = claim_no(rng)
    c0, c1 = dt.date(2026, 1, 9), dt.date(2026, 3, 6)
    a, e = dt.date(2026, 3, 8), dt.date(2026, 3, 12)
    nd = dt.date(2026, 5, 11)
    rate = 1.0876
    items = [(dotted(c1), "Notaufnahme / emergency dept.", 486.20, False),
             (dotted(a), "Notaufnahme / emergency dept.", 412.00, True),
             (dotted(a), "MRT Knie / knee MRI", 612.00, True),
             (f"{dotted(a)}-{dotted(e)}", "Station, 4 Tage / ward, 4 days", 3960.00, True),
             (dotted(plus(a, 2)), "Physiotherapie / physiotherapy", 145.00, True)]
    rows, teur, tot = [], 0.0, [0.0] * 3
    for d, desc, eur, refuse in items:
        u = round(eur * rate, 2)
        paid = 0.0 if refuse else u
        notp = u if refuse else 0.0
        rows.append([d, desc, "EUR " + f"{eur:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."), n2(u),
                     n2(paid), paren(notp) if refuse else "0.00"])
        teur += eur
        tot = [x + y for x, y in zip(tot, [u, paid, notp])]
    tot = [round(x, 2) for x in tot]
    eur_s = "EUR " + f"{teur:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    rows.append(["Total", "", eur_s, n2(tot[0]), n2(tot[1]), paren(tot[2])])
    p = ECSheet(footer="Page {n} of {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, unit="Group Travel Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *us_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.beside([[("Certificate", grouped(rid, [2, 4, 4])), ("Group no.", grp)],
              [("Group", COLLEGE), ("Cover ran", dash_span(c0, c1))],
              [("Claim", clm), ("Hosp. ref.", f"IK-{digits(rng, 8)}")]], cap_w=22, size=8.6)
    p.para(f"Dear {member}:", 10)
    p.para(f"{HOSP_DE} sent us its invoice for your care there. Dr. med. Ansgar Kühnel first saw you in its "
           f"emergency department on Friday, March 6, 2026 for a twisted knee. You came back on Sunday, March 8 "
           f"and stayed on the ward until Thursday, March 12 ({dm_span(a, e)}).", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Date", "Service", "Billed (EUR)", "Billed USD", "We paid USD", "Not paid USD"], rows,
            [40, 56, 24, 22, 22, W - 164], size=7.8, aligns=["L", "L", "R", "R", "R", "R"], bold_last=True)
    p.para(f"Your cover under the {COLLEGE} group certificate ran from January 9 through March 6, 2026, the "
           "semester dates your college gave us when it enrolled you. Cover ends on its last day even when a "
           "traveller stays on in the country, and nobody asked us to extend it. We paid the emergency visit on "
           "March 6. The visit on March 8, the stay and everything after it came when you no longer had cover, so "
           "we cannot pay them. The rate used is 1.0876 US dollars to the euro.", 10)
    p.para("If your college or you did ask for more time before March 6, or if you think we have the dates wrong, "
           "you may ask us to look at this again within 60 days of the date of this letter.", 10)
    p.para(f"Sincerely,\n{sig}\nGroup Travel Claims", 10)
    t = truth("denial_letter", "eligibility", insurer=INS, group=grp, member_id=rid, member_name=member, cases=[clm],
              claim_amount=m2(tot[0]), service_dates=[f"{a.isoformat()}/{e.isoformat()}"], denial_date=nd.isoformat(),
              provider=HOSP_DE, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "claim_amount": [m2(round(teur, 2)), m2(tot[2])],
                          "provider": ["Dr. med. Ansgar Kühnel"],
                          "service_dates": [[a.isoformat(), plus(a, 2).isoformat(), e.isoformat()],
                                            [a.isoformat(), e.isoformat()]]})
    return out(p), t


# 5 -------------------------------------------------------------------------------------------------------------
def phone_es(rng):
    member, sig = people(rng, 2, es=True)
    rid = roamer_id(rng)
    clm, case = claim_no(rng), case_ref(rng)
    a, e = dt.date(2026, 3, 4), dt.date(2026, 3, 9)
    nd = dt.date(2026, 4, 14)
    usd_ = 1062.50
    p = ECSheet(footer="Página {n} de {nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    p.rule_head(INS, "Reclamos de Viaje - Servicio en español",
                [f"Apartado {rng.randint(60000, 60999)}, Hartford, CT 06160", f"1-866-555-{digits(rng, 4)}",
                 f"Asistencia 24 horas: {ASSIST}"], size=14)
    p.para(es_date(nd), 10)
    for ln in [member, *us_address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.hang([("Identificación Roamer", rid), ("Reclamo", clm), ("Caso de asistencia", case),
            ("Clínica", f"{HOSP_CO}, Bogotá, Colombia"), ("Ingreso", es_date(a, True)), ("Alta", es_date(e, True)),
            ("Cobrado", f"COP 4.250.000,00  =  {es_money(usd_)} (USD {n2(usd_)})"),
            ("Seguro principal", f"plan de salud de su empleo, ID TPH-{digits(rng, 9)}")], cap_w=38, size=9.2)
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"Recibimos la cuenta de {HOSP_CO} por su estancia en Bogotá, donde la Dra. Paula Andrea Restrepo lo(a) "
           f"atendió por dengue. La clínica cobró COP 4.250.000,00, unos {es_money(usd_)} al cambio del día de "
           "ingreso.", 10)
    p.para("Por ahora no podemos pagar esta cuenta. Su certificado Roamer Plus es un seguro en exceso: paga solo "
           "lo que queda después de que su seguro médico principal decide. Usted nos dijo que tiene un plan de "
           "salud por su empleo, y ese plan todavía no nos ha enviado su explicación de beneficios para esta "
           "estancia. Cuando la tengamos, veremos qué parte le toca pagar a su certificado.", 10)
    p.para("Puede enviarnos esa explicación en cualquier momento dentro del año siguiente a su alta. Si cree que "
           "nuestra decisión es incorrecta, puede pedir una revisión dentro de los 60 días siguientes a la fecha "
           "de esta carta.", 10)
    p.para(f"Atentamente,\n{sig}\nReclamos de Viaje", 10)
    t = truth("denial_letter", "other", insurer=INS, member_id=rid, member_name=member, cases=[clm, case],
              claim_amount=m2(usd_), service_dates=[f"{a.isoformat()}/{e.isoformat()}"], denial_date=nd.isoformat(),
              provider=HOSP_CO, appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "case_numbers": [[clm]], "claim_amount": [m2(4250000.00)],
                          "service_dates": [[a.isoformat(), e.isoformat()]],
                          "provider": ["Dra. Paula Andrea Restrepo"]})
    return out(p), t


# 6 -------------------------------------------------------------------------------------------------------------
def rotated_paid(rng):
    member, dr = people(rng, 2)
    rid = roamer_id(rng)
    clm = claim_no(rng)
    seen = dt.date(2026, 2, 17)
    sd = dt.date(2026, 3, 16)
    rate = 0.00724
    lines = [("Walk-in visit", 38900), ("X-ray, ankle, 3 views", 21400)]
    rows, tot_isk, tot = [], 0, [0.0] * 2
    for desc, isk in lines:
        u = round(isk * rate, 2)
        rows.append([seen.isoformat(), desc, f"{isk:,}".replace(",", ".") + " kr.", n2(u), n2(u)])
        tot_isk += isk
        tot = [tot[0] + u, tot[1] + u]
    tot = [round(x, 2) for x in tot]
    ded = 50.00
    paid = round(tot[1] - ded, 2)
    rows.append(["Total", "", f"{tot_isk:,}".replace(",", ".") + " kr.", n2(tot[0]), n2(tot[1])])
    p = ECSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, unit="Travel Medical Claims")
    p.title_bar("CLAIM SETTLED  -  PAYMENT TO YOU")
    p.addr_pair("Paid to", [member, *us_address(rng)], "This statement",
                [f"Statement date {fdate(sd, 'abbr')}", f"Roamer ID {rid}", f"Claim {clm}",
                 f"Bank transfer to account ending {digits(rng, 4)}"])
    p.para(f"You paid {CLINIC_IS} in Reykjavik, Iceland, by card after Dr. {dr} saw you there for a sprained "
           "ankle, and you sent us the receipt. Here is what we paid back.", 9.6)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Date", "Service", "You paid (ISK)", "In US dollars", "Eligible"], rows, [28, 60, 32, 30, W - 150],
            size=8.4, aligns=["L", "L", "R", "R", "R"], bold_last=True)
    p.leaders([("Eligible", n2(tot[1])), ("Deductible for this trip", paren(ded)),
               ("Paid to you", f"USD {n2(paid)}")], size=9.0, w=110)
    p.para("Rate used: 0.00724 US dollars to the krona, on the day of the visit. Nothing on this claim was refused; "
           "your trip deductible is now met. Keep this statement with your trip papers.", 9.4)
    t = truth("eob", None, insurer=INS, member_id=rid, member_name=member, cases=[clm], claim_amount=m2(tot[0]),
              service_dates=[seen.isoformat()], denial_date=sd.isoformat(), provider=CLINIC_IS,
              alternates={"insurer": ALT, "claim_amount": [m2(tot_isk)], "provider": [f"Dr. {dr}"]},
              type_alternates=["other"])
    return out(p), t


# 7 -------------------------------------------------------------------------------------------------------------
def clean_stack(rng):
    member, coord, sig = people(rng, 3)
    rid = roamer_id(rng)
    clm, case = claim_no(rng), case_ref(rng)
    dates = [dt.date(2026, 3, 14), dt.date(2026, 3, 15), dt.date(2026, 3, 16)]
    nd = dt.date(2026, 4, 21)
    cd = dt.date(2026, 5, 4)
    pay_by = dt.date(2026, 5, 29)
    thb, usd_ = 186400.00, 5219.20
    inv = f"APH-26-{digits(rng, 5)}"
    addr = us_address(rng)
    hyper_dr = "Dr. Kittipong Srisawat"
    # the hospital's cover letter
    c = ECSheet(footer=None)
    c.set_margins(22, 16, 22)
    c.add_page()
    c.office_head(HOSP_TH, "International Patient Services",
                  f"{rng.randint(10, 99)}/4 Thepkrasattri Road, Phuket 83000, Thailand  |  +66 76 555 {digits(rng, 3)}",
                  small="Hyperbaric and Diving Medicine Centre")
    c.line(uk(cd), 10)
    c.ln(3)
    for ln in [member, *addr, "United States"]:
        c.line(ln, 10)
    c.ln(3)
    c.memo([("Re:", f"Your treatment from {uk(dates[0])} to {uk(dates[-1])}"), ("", f"Our invoice {inv}"),
            ("", f"Your insurer: {INS}, Roamer ID {rid}")], size=9.6, cap_w=12)
    c.para(f"Dear {member},", 10)
    c.para(f"Please find enclosed a copy of the letter {INS} sent us on {uk(nd)}. The insurer has declined to pay "
           f"for your treatment in our hyperbaric chamber under {hyper_dr} (its claim number {clm}).", 10)
    c.para(f"Our invoice {inv} of THB 186,400.00 therefore remains open. We would be grateful if you could settle "
           f"it by {uk(pay_by)}, by card over the telephone or by bank transfer to the account shown on the invoice.",
           10)
    c.para("If you ask the insurer to review its decision, please tell us, and we will hold the account while the "
           "review is open. We wish you a full recovery.", 10)
    c.para(f"Yours sincerely,\n\n{coord}\nInternational Patient Coordinator", 10)
    c.enclosures([f"Letter from {INS} (2 pages)", f"Copy of invoice {inv}"])
    d_a = (out(c), truth("other", None, insurer=None, member_id=rid, member_name=member, cases=[clm],
                         claim_amount=m2(thb), service_dates=[f"{dates[0].isoformat()}/{dates[-1].isoformat()}"],
                         denial_date=cd.isoformat(), provider=HOSP_TH, unscored=["insurer"],
                         alternates={"provider": [hyper_dr], "case_numbers": [[clm, inv], []],
                                     "service_dates": [[dates[0].isoformat(), dates[-1].isoformat()],
                                                       [d.isoformat() for d in dates]]}))
    # the insurer's letter, two pages
    q = ECSheet(footer="Page {n} of {nb}", footer_left=f"Claim {clm}")
    q.set_margins(18, 14, 18)
    q.add_page()
    _head(q, rng, unit="Travel Medical Claims")
    q.line(fdate(nd, "long"), 10)
    q.ln(2)
    for ln in [member, *addr]:
        q.line(ln, 10)
    q.ln(3)
    W = q.w - q.l_margin - q.r_margin
    q.capcells([("Roamer ID", grouped(rid, [2, 4, 4]), 58, "L"), ("Claim", clm, 48, "L"),
                ("Case ref.", case, W - 106, "L")])
    q.capcells([("Plan", "Roamer Plus", 58, "L"), ("Hospital", f"{HOSP_TH}, Phuket", W - 58, "L")])
    q.para(f"Dear {member}:", 10)
    q.para(f"{HOSP_TH} treated you for decompression sickness (the bends) after a dive near Phuket. {hyper_dr} gave "
           "you three treatments in the hospital's hyperbaric chamber and you stayed two nights. The hospital billed "
           f"THB 186,400.00, which is USD {n2(usd_)} at the rate of 0.028 US dollars to the baht.", 10)
    rows = [[dates[0].isoformat(), "Recompression treatment 1", "THB 52,800.00", n2(52800 * 0.028)],
            [dates[1].isoformat(), "Recompression treatment 2", "THB 41,600.00", n2(41600 * 0.028)],
            [dates[2].isoformat(), "Recompression treatment 3", "THB 41,600.00", n2(41600 * 0.028)],
            [f"{dates[0].isoformat()} to {dates[-1].isoformat()}", "Room, 2 nights; doctor and nursing",
             "THB 50,400.00", n2(50400 * 0.028)],
            ["Total", "", "THB 186,400.00", n2(usd_)]]
    q.table(["Date", "Service", "Billed", "US dollars"], rows, [50, 66, 30, W - 146], size=8.6,
            aligns=["L", "L", "R", "R"], bold_last=True)
    q.para("We are not able to pay this claim. Your certificate covers scuba diving for fun only down to 30 metres "
           "(about 100 feet) and only when you dive with a certified partner. The dive shop's log and the record "
           "from your own dive computer, which the hospital sent us, show that your last dive on March 14 went down "
           "to 42 metres. An illness or injury that comes from a dive deeper than 30 metres is not covered, and the "
           "hospital's treatment was for that illness.", 10)
    q.add_page()
    q.heading("If you do not agree", 11.5)
    q.para("Ask for a review within 90 days from the date at the top of this letter. Write to us at the address "
           "above, give your claim number, and send anything that shows the dive stayed within 30 metres or that "
           "the illness had another cause. Someone who did not make this decision will look at the claim.", 10)
    q.heading("Other things to know", 11.5)
    q.bullets(["The hospital may ask you to pay its invoice. You may show it this letter.",
               f"Your trip's other claims are not affected. The assistance case stays open under {case}.",
               "If you have other health cover, that plan may pay part of the bill. Send it a copy of the invoice.",
               f"{ASSIST} answers the 24-hour line for us; it does not decide claims."], 9.6)
    q.para(f"Sincerely,\n{sig}\nTravel Medical Claims, {INS}", 10)
    d_b = (out(q), truth("denial_letter", "not_covered", insurer=INS, member_id=rid, member_name=member,
                         cases=[clm, case], claim_amount=m2(usd_),
                         service_dates=[f"{dates[0].isoformat()}/{dates[-1].isoformat()}"],
                         denial_date=nd.isoformat(), provider=HOSP_TH, appeal_deadline=plus(nd, 90).isoformat(),
                         alternates={"insurer": ALT, "case_numbers": [[clm]], "claim_amount": [m2(thb)],
                                     "provider": [hyper_dr],
                                     "service_dates": [[d.isoformat() for d in dates],
                                                       [dates[0].isoformat(), dates[-1].isoformat()]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_landscape_settlement_costa_rica_suite_and_companion", "fax_standard_g4",
             [faxstd_settlement(rng)]),
        Item(F + "born_digital_assistance_letter_air_ambulance_cancun_not_needed", "born_digital",
             [bd_air_ambulance(rng)]),
        Item(F + "lowres_letter_kyoto_clinic_claim_after_180_days", "scan_lowres_150", [lowres_kyoto(rng)]),
        Item(F + "photocopy_letter_munich_stay_after_group_cover_ended", "photocopy", [photocopy_munich(rng)]),
        Item(F + "phone_es_carta_bogota_seguro_en_exceso", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_paid_statement_reykjavik_clinic_reimbursed", "rotated", [rotated_paid(rng)]),
        Item(F + "clean_stack_hospital_cover_letter_then_diving_denial_sideways", "scan_clean_300", clean_stack(rng),
             separators=["blank", None], turns={(1, 1): 90}),
    ]
