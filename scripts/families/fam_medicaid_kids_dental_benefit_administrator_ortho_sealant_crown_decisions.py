"""Papers of an invented regional Medicaid dental benefit administrator (Brightwater Dental Benefit Administrators,
running the children's dental benefit "Kids Smile Dental" of Medicaid and CHIP for an invented Region 4) to parents
and to dental offices: remittances listing several children, claim decisions, prior authorization decisions for
orthodontics, crowns and space maintainers. Everything is invented: the administrator, the program and region,
its plan codes, every limit and time limit (one sealant per permanent molar in 36 months, crowns on permanent teeth
approved before they are placed, an orthodontic score of 26, 180 days to send a claim, 60 days to ask for an
appeal), every office, dentist, orthodontist, billing service, child, parent, number and address; phones use 555.
Procedure codes are CDT-style codes as dental offices print them. No heading names the kind of refusal; each
reason is said in plain words.

Documents (8 in 7 files):
- bd_remittance_three_children_one_sealant_refused: a provider remittance advice to a pediatric office: three
  children's claims with "LAST, FIRST M" headers (Medicaid ID printed in groups, ICN, plan, rendering dentist), two-
  digit-year dates, tooth and surface columns, four money columns (adjustments in parentheses), claim subtotals and
  a totals row; one sealant row refused because that tooth had a sealant paid to another office in January
  (not_covered), told only in the reason legend; payee billing service, RA no. and EFT trace as decoys; "within 60
  days of the remittance date".
- faxstd_claim_determination_crown_without_approval: a standard-fax claim determination to a dental office with
  short captions left of and under their boxes ("Pt", "Rcpt ID", "Tth", "Chg", "Dt", "Pln"), ISO date of service;
  a ceramic crown seated on a permanent molar nobody had approved beforehand (prior_authorization); "USD 845.00";
  "within 90 days from the Dt above".
- lowres_parent_letter_coverage_ended_before_fillings: a 150 dpi letter to a parent, values with their captions
  under them; the child's Medicaid ended at the end of March, the fillings were on "Tuesday, April 14, 2026"
  (eligibility); dentist and office only in a sentence, the amount only in a sentence; "within 60 days from the
  date on this letter" (the fair hearing's 120 days is not the deadline).
- photocopy_office_notice_primary_crown_code_on_permanent_molars: a photocopied notice to an office with a tooth
  chart strip (a row of decoy tooth numbers); the stainless steel crown code for baby teeth was billed on two
  permanent first molars "on May 5 and May 12, 2026" (coding_error); amounts without "$" or commas; "within 45
  days; the 45 days count from the date of this notice".
- phone_es_aviso_ortodoncia_puntaje_hld: a photographed Spanish notice to a parent with a facts box at the right:
  braces not approved because the bite score is 19 and the program needs 26 (medical_necessity); the orthodontist,
  the referring dentist (decoy) and the planned start "8 de junio de 2026"; "US$ 4.850,00" beside "$4,850.00";
  "a más tardar el <fecha>".
- rotated_parent_letter_space_maintainer_approved: a letter fed sideways approving a space maintainer (denies
  nothing), planned visit "Thursday, May 21, 2026", approval number with an S among digits.
- scan300_stack_late_school_claim_blank_then_out_of_area_parent_letter_sideways: a clean-scan stack: a numbered-box
  claim notice to a school-based mobile dental program refusing a claim that arrived 209 days after the first
  visit (timely_filing; dates as 14-Jan-2026 in the table, a totals row, the billing service that sent it; a stated
  reconsideration deadline), a blank separator, then turned sideways a letter to a parent refusing a routine
  cleaning at an office outside the program's network in another city (out_of_network; "USD 268.00"; "within 60
  days after you get this letter", nothing to count from: null).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeb_famfd import FDSheet, cash, es_long, grouped, listed, names, phone, plus, wd, workday
from public_kit import digits, fdate, m2, out, truth

FAMILY = "medicaid_kids_dental_benefit_administrator_ortho_sealant_crown_decisions"
LANG = "en"
SEED = 355013
INS = "Brightwater Dental Benefit Administrators"
ALT = ["Brightwater Dental Benefit Administrators, Inc.", "Brightwater Dental", "Brightwater"]
PROG = "Kids Smile Dental (Medicaid & CHIP) - Region 4"
PLAN_M, PLAN_C = "MCD-KD04", "CHIP-KD04"


def mid(rng):
    return digits(rng, 10)


def icn(rng):
    return f"26{digits(rng, 3)}{digits(rng, 8)}"


def _head(p, rng, unit="Kids Smile Dental - Region 4"):
    p.right_head(INS, f"{unit}  |  administrator for the state Medicaid and CHIP children's dental benefit",
                 [f"PO Box {rng.randint(31000, 31999)}", f"Cedar Falls IA 50613-{digits(rng, 4)}",
                  f"Members {phone(rng, '866')}  Offices {phone(rng, '866')}", "TTY 711"])


def bd_remittance(rng):
    kids = names(rng, "xxx", "kid")
    dent1, dent2 = names(rng, "fm")
    office = "Little Lighthouse Pediatric Dentistry"
    biller = "Crown Ledger Dental Billing"
    ra_date = workday(dt.date(2026, 4, rng.randint(6, 17)))
    dos = [plus(ra_date, -rng.randint(18, 30)) for _ in kids]
    ids = [mid(rng) for _ in kids]
    icns = [icn(rng) for _ in kids]
    plans = [PLAN_M, PLAN_M, PLAN_C]
    prior = dt.date(2026, 1, rng.randint(12, 28))
    claims = [
        [("", "", "D0120", "Periodic oral evaluation", 62.00, 38.50, ""),
         ("", "", "D1120", "Prophylaxis - child", 78.00, 47.25, ""),
         ("", "", "D1206", "Fluoride varnish", 41.00, 26.00, "")],
        [("", "", "D0120", "Periodic oral evaluation", 62.00, 38.50, ""),
         ("3", "O", "D1351", "Sealant - per tooth", 56.00, 31.00, ""),
         ("19", "O", "D1351", "Sealant - per tooth", 56.00, 0.0, "S7")],
        [("K", "", "D2930", "Prefab. stainless steel crown - primary", 265.00, 174.80, ""),
         ("K", "", "D3220", "Therapeutic pulpotomy", 172.00, 98.60, "")],
    ]
    rows, tot, subs = [], [0.0, 0.0, 0.0, 0.0], []
    for k, (kid, i, c, pl, d, lines) in enumerate(zip(kids, ids, icns, plans, dos, claims)):
        rend = dent1 if k != 2 else dent2
        rows.append([f"{listed(kid)}   ID {grouped(i, [4, 3])}   ICN {c}   Plan {pl}   Rendering: Dr. {rend}",
                     "", "", "", "", "", "", "", "", ""])
        sub = [0.0, 0.0, 0.0, 0.0]
        for tooth, surf, code, txt, billed, allowed, rsn in lines:
            adj = round(billed - allowed, 2)
            rows.append(["", fdate(d, "short"), tooth, surf, code, txt, cash(billed, "nosign"),
                         cash(allowed, "nosign"), cash(allowed, "nosign"), (cash(adj, "paren") + " " + (rsn or "P1"))])
            sub = [a + b for a, b in zip(sub, [billed, allowed, allowed, adj])]
        rows.append(["", "", "", "", "", "Claim subtotal", cash(sub[0], "nosign"), cash(sub[1], "nosign"),
                     cash(sub[2], "nosign"), cash(sub[3], "paren")])
        subs.append(sub)
        tot = [a + b for a, b in zip(tot, sub)]
    rows.append(["TOTALS", "", "", "", "", "", cash(tot[0], "nosign"), cash(tot[1], "nosign"), cash(tot[2], "nosign"),
                 cash(tot[3], "paren")])
    p = FDSheet(footer="Page {n} of {nb}", footer_left=f"RA {ra_date.strftime('%Y%m%d')}-{digits(rng, 4)}")
    p.set_margins(12, 12, 12)
    p.add_page()
    _head(p, rng, unit="Provider Services")
    y0 = p.get_y()
    p.f(12, "B")
    p.cell(90, 6, "PROVIDER REMITTANCE ADVICE", new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.multi_cell(95, 3.9, f"{PROG}\nClaims finalized for the week ending {fdate(plus(ra_date, -3), 'short')}",
                 new_x="LMARGIN", new_y="NEXT")
    end = p.refblock([("Remittance date", fdate(ra_date, "slash")), ("RA no.", f"RA-{digits(rng, 8)}"),
                      ("Billing provider", office), ("Provider Medicaid no.", f"DP{digits(rng, 7)}"),
                      ("Payee", biller), ("EFT trace", digits(rng, 12))], y=y0, w=92, cap_w=34)
    p.set_xy(p.l_margin, max(p.get_y(), end) + 3)
    W = p.w - p.l_margin - p.r_margin
    widths = [4, 17, 10, 8, 13, 58, 17, 17, 17, W - 161]
    # the patient header rows span the row: draw the table by hand-sized cells
    p.f(7.2, "B")
    for h, w, a in zip(["", "DOS", "Tooth", "Surf", "CDT", "Service", "Billed", "Allowed", "Paid", "Adj. / Rsn"],
                       widths, "LLCCLLRRRR"):
        p.cell(w, 6, h, border="B", align=a)
    p.ln(6.4)
    for r in rows:
        if r[0] and r[0] != "TOTALS":
            p.f(7.4, "B")
            p.set_fill_color(232, 232, 232)
            p.cell(W, 5.2, " " + r[0], fill=True, new_x="LMARGIN", new_y="NEXT")
            continue
        bold = r[0] == "TOTALS" or r[5] == "Claim subtotal"
        p.f(7.6, "B" if bold else "")
        for c, w, a in zip(r, widths, "LLCCLLRRRR"):
            p.cell(w, 4.9, c, align=a, border="T" if r[0] == "TOTALS" else 0)
        p.ln(5.0)
    p.ln(3)
    p.note_box("Reason codes on this remittance",
               "P1  Paid at the program's fee; the office may not bill the family for the difference.\n"
               f"S7  Tooth 19 already had a sealant paid for this child on {fdate(prior, 'short')}, to a different "
               "office. The program pays for one sealant on each permanent molar in 36 months. Nothing paid on this "
               "line.")
    p.para("Reconsideration requests must reach Provider Services within 60 days of the remittance date. Show the ICN "
           "and attach the chart notes and X-rays for the line you question.", 8.6)
    t = truth("eob", "not_covered", insurer=INS, plan_id=plans[1], member_id=ids[1], member_name=kids[1],
              cases=[icns[1]], claim_amount=m2(56.00), service_dates=[dos[1].isoformat()],
              denial_date=ra_date.isoformat(), provider=office, appeal_deadline=plus(ra_date, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [dent1], "claim_amount": [m2(subs[1][0])]})
    return out(p), t


def faxstd_crown(rng):
    kid, dentist, consultant = names(rng, "xfm", "kid")
    office = "Maple Hollow Family Dentistry"
    i, c = mid(rng), icn(rng)
    dos = dt.date(2026, 4, rng.randint(6, 10))
    nd = workday(plus(dos, rng.randint(18, 26)))
    chg = 845.00
    fax = (f"{fdate(nd, 'short')} {rng.randint(8, 17)}:{rng.randint(10, 59)}  BRIGHTWATER DBA PROV SVCS  "
           f"{phone(rng, '319')}  TO: {office.upper()}  PG {{n}}")
    p = FDSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 14, 14)
    p.add_page()
    _head(p, rng, unit="Provider Services")
    p.title_bar("CLAIM DETERMINATION - OFFICE COPY", "Keep with the patient's chart. Questions: Provider Services.",
                size=13)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Pt", kid, W * 0.42, "L"), ("Rcpt ID", grouped(i, [3, 3, 4]), W * 0.32, "L"),
                ("Pln", PLAN_M, W * 0.26, "L")], size=10.5, h=8.5, cap=7.5)
    p.capcells([("Office", office, W * 0.55, "B"), ("Tx dentist", f"Dr. {dentist}", W * 0.45, "B")], size=10.5,
               h=8.5, cap=7.5)
    p.capcells([("ICN", c, W * 0.34, "B"), ("DOS", dos.isoformat(), W * 0.22, "B"), ("Tth", "30", W * 0.12, "B"),
                ("CDT", "D2740", W * 0.14, "B"), ("Chg", cash(chg, "usd"), W * 0.18, "B")], size=10.5, h=8.5,
               cap=7.5)
    p.capcells([("Dt", fdate(nd, "slash"), W * 0.3, "L"), ("Paid", "0.00", W * 0.3, "L"),
                ("DOB", fdate(dt.date(2013, rng.randint(1, 12), rng.randint(1, 28)), "slash"), W * 0.4, "L")],
               size=10.5, h=8.5, cap=7.5)
    p.ln(2)
    p.para("We are not paying this claim. A crown on a permanent tooth is paid only when our dental consultant "
           "agreed to it before the crown was seated. We looked for a request from your office for tooth 30 of this "
           "child and found none, and the claim does not show that the tooth had to be treated that day as an "
           "emergency.", 10.5)
    p.para(f"The family may not be billed for this crown. You may send the pre-treatment X-rays and a short narrative "
           f"and ask us to review the claim within 90 days from the Dt above. Dental consultant: {consultant}, DDS.",
           10.5)
    t = truth("denial_letter", "prior_authorization", insurer=INS, plan_id=PLAN_M, member_id=i, member_name=kid,
              cases=[c], claim_amount=m2(chg), service_dates=[dos.isoformat()], denial_date=nd.isoformat(),
              provider=office, appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [dentist]}, type_alternates=["eob"])
    return out(p), t


def lowres_ended(rng):
    kid, parent, dentist, sig = names(rng, "xfmx", "kid")
    office = "Cedar Run Family Dental"
    i, c = mid(rng), icn(rng)
    end_cov = dt.date(2026, 3, 31)
    dos = dt.date(2026, 4, 14)
    nd = workday(plus(dos, rng.randint(16, 24)))
    amt = 412.00
    p = FDSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, unit="Member Services")
    p.line(fdate(nd, "long"), 10.5)
    p.ln(2)
    for ln in [f"To the parent or guardian of {kid}", parent, f"{rng.randint(100, 2999)} Walnut Grove Rd",
               "Waterloo IA 50701"]:
        p.line(ln, 10.5)
    p.ln(3)
    p.under([(kid, "Child"), (grouped(i, [5, 5], "-"), "Medicaid ID"), (c, "Claim"), (PLAN_M, "Plan")],
            size=10.5, cap=7.2)
    p.ln(4)
    p.para(f"Dear {parent}:", 10.5)
    p.para(f"Dr. {dentist} at {office} filled two teeth for {kid} on {wd(dos)}, and the office sent the claim to us. "
           f"The office billed $412.00. We cannot pay it.", 10.5)
    p.para(f"The state sends us the list of children who have Medicaid each month. It shows that {kid.split()[0]}'s "
           f"Medicaid ended on {fdate(end_cov, 'long')}, because the renewal form was not sent back. On the day of "
           "the visit there was no coverage, so there is nothing we can pay on this claim.", 10.5)
    p.para("If the state has since put the coverage back for April, or you have a letter from the state showing "
           "the coverage did not end, send us a copy and we will look again. You can also ask us for an appeal. "
           "Call or write to us within 60 days from the date on this letter. If you still disagree after the "
           "appeal, you can ask for a State fair hearing within 120 days of our appeal decision.", 10.5)
    p.para("To renew coverage, call your county office. It may be able to start coverage again from April 1.", 10.5)
    p.para(f"Sincerely,\n{sig}\nMember Services", 10.5)
    t = truth("denial_letter", "eligibility", insurer=INS, plan_id=PLAN_M, member_id=grouped(i, [5, 5], "-"),
              member_name=kid, cases=[c],
              claim_amount=m2(amt), service_dates=[dos.isoformat()], denial_date=nd.isoformat(), provider=office,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [dentist], "member_id": [i]})
    return out(p), t


def photocopy_code(rng):
    kid, dentist, sig = names(rng, "xmf", "kid")
    office = "Tidepool Kids Dental Group"
    i, c = mid(rng), icn(rng)
    d1, d2 = dt.date(2026, 5, 5), dt.date(2026, 5, 12)
    nd = workday(plus(d2, rng.randint(14, 20)))
    each = 265.00
    acct = f"TKD-{digits(rng, 5)}"
    batch = f"B{digits(rng, 6)}"
    p = FDSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, unit="Provider Services")
    p.f(12, "B")
    p.cell(0, 6, "Notice to the Dental Office", new_x="LMARGIN", new_y="NEXT")
    p.line(f"Date of this notice: {fdate(nd, 'abbr')}", 10)
    p.ln(1)
    p.beside([[("Office", office), ("Treating", f"Dr. {dentist}")],
              [("Patient", kid), ("Medicaid ID", grouped(i, [4, 4]))],
              [("ICN", grouped(c, [5, 8])), ("Your acct", acct)],
              [("Plan", PLAN_M), ("Batch", batch)]], cap_w=22, size=9.2)
    p.tooth_strip(["3", "30"], label="Teeth on this claim (universal numbering, boxed)")
    p.table(["Date", "Tooth", "Code", "Billed", "Status"],
            [[fdate(d1, "slash"), "30", "D2930", cash(each, "bare"), "Not paid"],
             [fdate(d2, "slash"), "3", "D2930", cash(each, "bare"), "Not paid"],
             ["", "", "Claim total", cash(2 * each, "bare"), ""]],
            [34, 20, 32, 30, 30], size=9, aligns=["L", "C", "L", "R", "L"], bold_last=True)
    p.para(f"Your office sent a claim for stainless steel crowns for {kid} on May 5 and May 12, 2026. The code on both "
           "lines, D2930, is the one for a ready-made stainless steel crown on a primary (baby) tooth. The tooth "
           "numbers on the lines, 3 and 30, are permanent first molars, which have their own code. A claim with a "
           "code that cannot go with its tooth number cannot be paid as sent.", 10)
    p.para("Please check the chart. If the crowns were on permanent molars, send a corrected claim with the right "
           "code; if they were on baby teeth, send it with the right tooth letters. A corrected claim is a new claim, "
           "not an appeal. If you believe the claim was right as sent, ask for reconsideration within 45 days; the "
           "45 days count from the date of this notice.", 10)
    p.para(f"{sig}\nClaims Review, Provider Services", 10)
    t = truth("denial_letter", "coding_error", insurer=INS, plan_id=PLAN_M, member_id=i, member_name=kid, cases=[c],
              claim_amount=m2(2 * each), service_dates=[d1.isoformat(), d2.isoformat()], denial_date=nd.isoformat(),
              provider=office, appeal_deadline=plus(nd, 45).isoformat(),
              alternates={"insurer": ALT, "provider": [dentist], "claim_amount": [m2(each)]})
    return out(p), t


def phone_es(rng):
    kid, parent, ortho, referring, sig = names(rng, "xffmx", "es")
    office = "Riverbend Orthodontics"
    i = mid(rng)
    pa = f"PA26-{digits(rng, 3)}S{digits(rng, 3)}"
    rec = dt.date(2026, 5, rng.randint(4, 12))
    nd = workday(plus(rec, rng.randint(9, 13)))
    start = dt.date(2026, 6, 8)
    dl = workday(plus(nd, 60))
    cost = 4850.00
    p = FDSheet(footer="Página {n} de {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.right_head(INS, "Kids Smile Dental (Medicaid y CHIP) - Región 4",
                 [f"PO Box {rng.randint(31000, 31999)}", "Cedar Falls IA 50613", f"Servicios al miembro "
                                                                                  f"{phone(rng, '866')}",
                  "TTY 711"])
    p.title_bar("AVISO SOBRE UNA SOLICITUD DE TRATAMIENTO DENTAL")
    for ln in [f"Padre, madre o tutor de {kid}", parent, f"{rng.randint(100, 2999)} Calle Robles",
               "Marshalltown IA 50158"]:
        p.line(ln, 9.8)
    p.ln(3)
    p.facts_right([("Fecha del aviso", es_long(nd)), ("Niño(a)", kid), ("Número de Medicaid", grouped(i, [3, 3, 4])),
                   ("Solicitud núm.", pa), ("Ortodoncista", f"Dra. {ortho}, {office}"),
                   ("Lo refirió", f"Dr. {referring}"), ("Inicio previsto", es_long(start)),
                   ("Costo total pedido", f"$4,850.00 ({cash(cost, 'es')})"), ("Plan", PLAN_M),
                   ("Apelar a más tardar", es_long(dl))],
                  [f"Estimado(a) {parent}:",
                   f"La Dra. {ortho}, de {office}, nos pidió aprobar frenos (tratamiento completo de ortodoncia) para "
                   f"{kid}. El tratamiento empezaría el {es_long(start)} y costaría {cash(cost, 'es')}.",
                   "No lo vamos a aprobar. Nuestro dentista revisor midió los modelos y las radiografías con la hoja "
                   "de medición de la mordida (HLD). El resultado fue 19 puntos. El programa paga los frenos de niños "
                   "cuando la mordida llega a 26 puntos o más, o cuando hay un problema que daña la boca, como un "
                   "paladar hendido o dientes de abajo que lastiman el paladar. Los dientes de su hijo(a) están algo "
                   "chuecos, pero eso solo no basta.",
                   f"Si no está de acuerdo, pida una apelación a más tardar el {es_long(dl)}. Puede llamarnos o "
                   "escribirnos. La ortodoncista puede mandar más información. Después de la apelación también puede "
                   "pedir una audiencia imparcial del estado.",
                   f"Atentamente,\n{sig}\nRevisión Dental"], side_w=66, size=9.2, title="Datos de la solicitud")
    t = truth("denial_letter", "medical_necessity", insurer=INS, plan_id=PLAN_M, member_id=i, member_name=kid,
              cases=[pa], claim_amount=m2(cost), service_dates=[start.isoformat()], denial_date=nd.isoformat(),
              provider=office, appeal_deadline=dl.isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [ortho], "claim_amount": [None]})
    return out(p), t


def rotated_approved(rng):
    kid, parent, dentist, sig = names(rng, "xmfx", "kid")
    office = "Prairie Lantern Children's Dentistry"
    i = mid(rng)
    pa = f"PA26-{digits(rng, 3)}S{digits(rng, 3)}"
    nd = workday(dt.date(2026, 5, rng.randint(4, 8)))
    appt = dt.date(2026, 5, 21)
    good = plus(nd, 90)
    p = FDSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, unit="Member Services")
    y = p.get_y()
    end = p.address_left([fdate(nd, "long"), "", parent, f"{rng.randint(100, 2999)} Linden St", "Ames IA 50010"], y)
    end2 = p.refblock([("Child", kid), ("Medicaid ID", grouped(i, [2, 4, 4])), ("Approval no.", pa),
                       ("Plan", PLAN_C)], y=y, w=80, cap_w=28)
    p.set_xy(p.l_margin, max(end, end2) + 4)
    p.para(f"Dear {parent}:", 10.5)
    p.para(f"Good news. Dr. {dentist} at {office} asked us to approve a space maintainer for {kid}. We approved it.",
           10.5)
    p.table(["Service", "Teeth", "Decision", "Visit planned", "Approval good through"],
            [["Space maintainer, fixed, lower, both sides (D1516)", "L, S", "Approved", fdate(appt, "slash"),
              fdate(good, "slash")]], [70, 16, 22, 30, p.w - p.l_margin - p.r_margin - 138], size=8.6)
    p.para(f"A space maintainer holds the space left by a baby tooth that came out early, so the adult tooth can "
           f"come in straight. The office told us the visit is planned for {wd(appt)}. If the visit moves, it is still "
           "approved as long as it happens by the date in the table. There is nothing for you to pay.", 10.5)
    p.para(f"Questions? Call Member Services. {sig}, Dental Review", 10.5)
    t = truth("other", None, insurer=INS, plan_id=PLAN_C, member_id=i, member_name=kid, cases=[pa],
              service_dates=[appt.isoformat()], denial_date=nd.isoformat(), provider=office, appeal_deadline=None,
              alternates={"insurer": ALT, "provider": [dentist],
                          "service_dates": [[f"{appt.isoformat()}/{good.isoformat()}"]]})
    return out(p), t


def scan300_stack(rng):
    kid, hyg, supv = names(rng, "xfm", "kid")
    office = "Sunnyside Smiles Mobile Dental"
    sender = "Toothline Claims Services"
    i, c = mid(rng), icn(rng)
    d1, d2 = dt.date(2026, 1, 14), dt.date(2026, 1, 28)
    rec = plus(d1, 209)
    nd = workday(plus(rec, rng.randint(6, 10)))
    dl = plus(nd, 60)
    lines = [(d1, "D0120", "Periodic oral evaluation", "", 62.00), (d1, "D1120", "Prophylaxis - child", "", 78.00),
             (d1, "D1206", "Fluoride varnish", "", 41.00), (d2, "D1351", "Sealant", "14", 56.00),
             (d2, "D1351", "Sealant", "30", 56.00)]
    total = round(sum(x[4] for x in lines), 2)
    p = FDSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, unit="Provider Services")
    p.f(12.5, "B")
    p.cell(0, 7, "CLAIM NOTICE", new_x="LMARGIN", new_y="NEXT")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("1  ICN", c), ("2  Received", fdate(rec, "slash")), ("3  Notice date", fdate(nd, "slash"))],
                [W * 0.4, W * 0.3, W * 0.3], size=9.4)
    p.form_band([("4  Member", kid), ("5  Medicaid ID", grouped(i, [4, 3, 3])), ("6  Plan", PLAN_C)],
                [W * 0.4, W * 0.3, W * 0.3], size=9.4)
    p.form_band([("7  Billing provider", office), ("8  Sent to us by", sender)], [W * 0.5, W * 0.5], size=9.4)
    p.form_band([("9  Supervising dentist", f"Dr. {supv}"), ("10  Hygienist", f"{hyg}, RDH"),
                 ("11  Reconsideration deadline", dl.strftime("%d-%b-%Y"))], [W * 0.36, W * 0.3, W * 0.34],
                size=9.4)
    p.ln(4)
    p.table(["Date", "Code", "Service", "Tooth", "Billed", "Paid"],
            [[d.strftime("%d-%b-%Y"), code, txt, tooth, cash(b, "nosign"), "0.00"] for d, code, txt, tooth, b in lines]
            + [["Totals", "", "", "", cash(total, "nosign"), "0.00"]],
            [28, 20, 70, 16, 24, W - 158], size=8.8, aligns=["L", "L", "L", "C", "R", "R"], bold_last=True)
    p.para(f"This claim for visits at the school on {fdate(d1, 'slash')} and {fdate(d2, 'slash')} reached us on "
           f"{fdate(rec, 'slash')}, 209 days after the first visit. The program takes a claim only when it reaches us "
           "within 180 days from the day the service was given. Both visits are past that time, so nothing is "
           "paid. The child's family may not be billed.", 9.8)
    p.para("If the claim reached us earlier (for example a first claim we rejected for missing information), send "
           "proof of the first date we received it and ask for reconsideration by the deadline in box 11.", 9.8)
    d_a = (out(p), truth("denial_letter", "timely_filing", insurer=INS, plan_id=PLAN_C, member_id=i, member_name=kid,
                         cases=[c], claim_amount=m2(total), service_dates=[d1.isoformat(), d2.isoformat()],
                         denial_date=nd.isoformat(), provider=office, appeal_deadline=dl.isoformat(),
                         alternates={"insurer": ALT, "provider": [supv]}, type_alternates=["eob"]))
    kid2, parent2, dentist2, sig2 = names(rng, "xmfx", "kid")
    office2 = "Harborview Dental Studio"
    i2, c2 = mid(rng), icn(rng)
    dos = dt.date(2026, 6, 1)
    nd2 = workday(plus(dos, rng.randint(17, 24)))
    amt = 268.00
    q = FDSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, unit="Member Services")
    q.line(fdate(nd2, "long"), 10.5)
    q.ln(2)
    y = q.get_y()
    end = q.address_left([parent2, f"{rng.randint(100, 2999)} Prospect Ave", "Mason City IA 50401"], y)
    end2 = q.refblock([("Member", kid2), ("Medicaid ID", grouped(i2, [5, 5])), ("Claim no.", c2),
                       ("Plan", PLAN_M)], y=y, w=78, cap_w=26)
    q.set_xy(q.l_margin, max(end, end2) + 4)
    q.para(f"Dear {parent2}:", 10.5)
    q.para(f"{office2} in Omaha sent us a bill for a checkup and cleaning for {kid2} on {fdate(dos, 'dmy')}, "
           f"USD 268.00 in all. Dr. {dentist2} did the visit.", 10.5)
    q.para(f"{office2} is not one of the offices that have signed up with Brightwater to see children in Kids Smile "
           "Dental, and it is outside Region 4. We pay an office like that only when a child needs care right away "
           "while away from home, such as a bad toothache, swelling or a broken tooth. A checkup and cleaning can "
           "wait for a visit to a Kids Smile dentist, so we did not pay this bill.", 10.5)
    q.para("You can find a Kids Smile dentist near you by calling Member Services. If you think we made a mistake, "
           "you can ask for an appeal within 60 days after you get this letter.", 10.5)
    q.para(f"Sincerely,\n{sig2}\nMember Services", 10.5)
    d_b = (out(q), truth("denial_letter", "out_of_network", insurer=INS, plan_id=PLAN_M, member_id=i2,
                         member_name=kid2, cases=[c2], claim_amount=m2(amt), service_dates=[dos.isoformat()],
                         denial_date=nd2.isoformat(), provider=office2, appeal_deadline=None,
                         alternates={"insurer": ALT, "provider": [dentist2]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "bd_remittance_three_children_one_sealant_refused", "born_digital", [bd_remittance(rng)]),
        Item(F + "faxstd_claim_determination_crown_without_approval", "fax_standard_g4", [faxstd_crown(rng)]),
        Item(F + "lowres_parent_letter_coverage_ended_before_fillings", "scan_lowres_150", [lowres_ended(rng)]),
        Item(F + "photocopy_office_notice_primary_crown_code_on_permanent_molars", "photocopy",
             [photocopy_code(rng)]),
        Item(F + "phone_es_aviso_ortodoncia_puntaje_hld", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_parent_letter_space_maintainer_approved", "rotated", [rotated_approved(rng)]),
        Item(F + "scan300_stack_late_school_claim_blank_then_out_of_area_parent_letter_sideways", "scan_clean_300",
             scan300_stack(rng), separators=["blank", None], turns={(1, 0): 90}),
    ]
