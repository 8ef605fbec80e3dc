"""Family 'periodontal_maintenance_frequency_dental_eob': an invented dental carrier refuses periodontal maintenance
(CDT D4910) beyond two per benefit year as a frequency limitation, while the exam, x-rays and other lines on the
same claim are paid: a multi-line member EOB, the dentist's patient statement, a Spanish EOB, an approved
predetermination (four maintenance visits a year for a documented periodontitis history), a member EOB with three
claims of which only the third maintenance visit is refused, a stack of an upheld appeal and the periodontist's
letter with a blank separator, and a prose notice.

Issuers: Tidewell Dental Benefits (lower-case wordmark with a tooth-arc rule, "a dental benefits company" under it)
and Saltmarsh Dental Insurance Company (two-line upper-case name, claims office address right). Dentists:
Halvorsen Family Dentistry (Dr. Marta K. Lindqvist, DMD) and Ridgeview Periodontics (Dr. Ansel P. Varga, DDS).
Decoys: earlier D4910 dates in the history box, benefit period, annual maximum, DOB, provider NPI and tax ID,
patient account, claim received date, 72-hour and external-review limits, form numbers.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Rand, fmt_date, fmt_money, iso, pdf_bytes, truth
from kit_famcoa import Page, days

FAMILY = "periodontal_maintenance_frequency_dental_eob"
LANG = "en"
SEED = 337400
TW, SM = "Tidewell Dental Benefits", "Saltmarsh Dental Insurance Company"
HALV, RIDGE = "Halvorsen Family Dentistry", "Ridgeview Periodontics"
LIND, VARGA = "Marta K. Lindqvist", "Ansel P. Varga"
FEES = {"D0120": ("Periodic oral evaluation", 68.00), "D0274": ("Bitewings - four films", 92.00),
        "D4910": ("Periodontal maintenance", 186.00), "D4381": ("Local antimicrobial, per tooth", 124.00),
        "D1208": ("Topical fluoride", 42.00), "D0150": ("Comprehensive oral evaluation", 118.00)}
FEES_ES = {"D0120": "Evaluación oral periódica", "D0274": "Radiografías de aleta (4)",
           "D4910": "Mantenimiento periodontal", "D1208": "Fluoruro tópico"}


def tw_head(d: Page):
    d.set_font("DejaVu", "B", 24)
    d.cell(0, 10, "tidewell", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 8)
    d.cell(0, 4, "Tidewell Dental Benefits, a dental benefits company  ·  PO Box 7720, Macon, GA 31201  ·  1-855-555-0133", new_x="LMARGIN",
           new_y="NEXT")
    d.rule(1.0, 5)


def sm_head(d: Page):
    y = d.get_y()
    d.set_font("DejaVu", "B", 13)
    d.cell(110, 6, "SALTMARSH DENTAL", new_x="LMARGIN", new_y="NEXT")
    d.cell(110, 6, "INSURANCE COMPANY", new_x="LMARGIN", new_y="NEXT")
    d.set_xy(130, y)
    d.set_font("DejaVu", "", 8)
    d.multi_cell(0, 3.8, "Claims Office\n1140 Estuary Parkway\nErie, PA 16501", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y + 16)
    d.rule(0.3, 1)
    d.set_font("DejaVu", "", 7.5)
    d.cell(0, 4, "Saltmarsh Dental Insurance Company is a licensed dental insurer. NAIC 99817.", new_x="LMARGIN",
           new_y="NEXT")
    d.ln(3)


def lines_for(codes, den_code="D4910", es=False):
    out = []
    for c in codes:
        desc, fee = FEES[c]
        den = c == den_code
        allowed = 0.0 if den else round(fee * 0.78, 2)
        out.append(dict(code=c, desc=FEES_ES.get(c, desc) if es else desc, fee=fee, allowed=allowed,
                        paid=0.0 if den else round(allowed * (1.0 if c in ("D0120", "D0274", "D1208") else 0.8), 2),
                        den=den))
    return out


def line_table(d: Page, s: dt.date, ls, ds: str, ms: str, es=False, tooth=False, note="F12"):
    head = (["Fecha", "Código", "Descripción", "Cargo", "Permitido", "Pagado", "Nota"] if es else
            ["Date of service", "CDT", "Procedure", "Submitted", "Allowed", "Plan pays", "Code"])
    rows = [[fmt_date(s, ds), x["code"], x["desc"], fmt_money(x["fee"], ms), fmt_money(x["allowed"], ms),
             fmt_money(x["paid"], ms), note if x["den"] else ""] for x in ls]
    tot = sum(x["fee"] for x in ls)
    rows.append(["*Total" if not es else "*Total", "", "", fmt_money(tot, ms),
                 fmt_money(sum(x["allowed"] for x in ls), ms), fmt_money(sum(x["paid"] for x in ls), ms), ""])
    d.table(head, rows, [28, 14, 54, 24, 22, 22, 14], size=8.4, aligns="LLLRRRL", head_fill=True)
    return tot


# --- A: born-digital Tidewell EOB, one claim, four lines, D4910 refused ------------------------------------------
def doc_a(r: Rand):
    name, first, _, _ = r.person()
    stmt, svc = dt.date(2026, 3, 4), dt.date(2026, 2, 9)
    mid, grp, claim = "TDB" + r.digits(8), "TW" + r.digits(5), "26" + r.digits(3) + "-" + r.digits(6)
    d = Page("TDB-EOB-D (01/26)  This is not a bill.  Page {p} of {n}")
    d.add_page()
    tw_head(d)
    d.text_line("EXPLANATION OF DENTAL BENEFITS", 12.5, "B", h=7)
    d.ln(1)
    d.boxes([("Statement date", fmt_date(stmt, "long"), 42), ("Patient", name, 52), ("Member ID", mid, 40),
             ("Group", grp, 44)])
    d.boxes([("Claim number", claim, 42), ("Treating dentist", f"Dr. {LIND}, DMD", 52),
             ("Provider NPI", r.npi(), 40), ("Claim received", fmt_date(days(stmt, -16), "slash"), 44)])
    d.ln(3)
    d.text_line(f"Dentist office: {HALV}, 418 Juniper Drive, Macon, GA 31201", 8.6)
    d.ln(1)
    ls = lines_for(["D0120", "D0274", "D4910", "D1208"])
    tot = line_table(d, svc, ls, "slash", "plain")
    d.set_font("DejaVu", "B", 8.6)
    d.cell(0, 5, "Benefit history (periodontal maintenance, benefit year 01/01/2026 - 12/31/2026)", new_x="LMARGIN",
           new_y="NEXT")
    d.set_font("DejaVu", "", 8.6)
    d.cell(0, 4.6, "D4910  01/05/2026  paid     D4910  01/26/2026  paid     Frequency: 2 per benefit year",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para("F12  Frequency limitation. Your plan covers periodontal maintenance twice per benefit year. This service "
           "exceeds that limit and is not a covered benefit. The dentist may not charge you more than the allowed fee "
           "for covered services; for this line you may be billed the dentist's fee.", 8.8)
    d.para("Annual maximum $1,500.00; used to date $412.40. Deductible $50.00 met.", 8.4)
    d.para("Your right to appeal: you may ask us to review this decision within 180 days of the date of this "
           "statement. Write to Tidewell Dental Benefits, Appeals, PO Box 7720, Macon, GA 31201.", 8.8)
    t = truth("eob", "not_covered", insurer=TW, group_number=grp, member_id=mid, member_name=name,
              case_numbers=[claim], claim_amount=f"{tot:.2f}", service_dates=[iso(svc)], denial_date=iso(stmt),
              provider=LIND, appeal_deadline=iso(days(stmt, 180)),
              alternates={"provider": [f"{LIND}, DMD", HALV], "claim_amount": ["186.00"]},
              denial_alternates=["other"])
    return pdf_bytes(d), t


# --- B: scan_clean_300, the dentist's patient statement (no denial of its own) ----------------------------------
def doc_b(r: Rand):
    name, first, mid_i, last = r.person()
    sd, svc = dt.date(2026, 4, 17), dt.date(2026, 2, 26)
    acct, mid = r.digits(6), "TDB" + r.digits(8)
    d = Page(f"Please detach and return the bottom portion with your payment.  Account {acct}")
    d.add_page()
    d.text_line(HALV, 15, "B", h=8)
    d.text_line(f"{LIND}, DMD  ·  418 Juniper Drive, Macon, GA 31201  ·  (478) 555-0162  ·  Tax ID 58-{r.digits(7)}",
                8.3, h=4.5)
    d.rule(0.4, 5)
    d.text_line("PATIENT STATEMENT", 12, "B", h=7)
    d.labels([("Statement date", fmt_date(sd, "mdy_nopad")), ("Account no.", acct), ("Patient", name),
              ("Primary insurance", f"{TW}  ID {mid}")], lw=40)
    fee = FEES["D4910"][1]
    rows = [[fmt_date(svc, "mdy_nopad"), "D0120", "Periodic oral evaluation", "68.00"],
            [fmt_date(svc, "mdy_nopad"), "D4910", "Periodontal maintenance", f"{fee:.2f}"],
            [fmt_date(svc, "mdy_nopad"), "D4381", "Arestin, tooth #19", "124.00"],
            [fmt_date(days(sd, -12), "mdy_nopad"), "", "Insurance payment - Tidewell", "-150.02"],
            [fmt_date(days(sd, -12), "mdy_nopad"), "", "Ins. denied D4910 - frequency; moved to patient", "0.00"]]
    d.table(["Date", "Code", "Description", "Amount"], rows, [28, 18, 100, 28], size=8.8, aligns="LLLR")
    tot = 68.00 + fee + 124.00
    bal = round(tot - 150.02, 2)
    d.labels([("Total charges", f"{tot:.2f}"), ("Insurance paid", "150.02"), ("Balance due from you", f"${bal:.2f}")],
             lw=50)
    d.para(f"Your insurance paid for two periodontal maintenance visits this year and denied the third. Dr. "
           f"{LIND.split()[-1]} recommends cleanings every three months because of your gum disease history; you may "
           "ask Tidewell for a review, and we are glad to send a letter. Payment plans are available.", 9.4)
    t = truth("other", None, member_id=mid, member_name=name, claim_amount=f"{tot:.2f}", service_dates=[iso(svc)],
              denial_date=iso(sd), provider=LIND, unscored=["insurer"],
              alternates={"provider": [f"{LIND}, DMD", HALV], "claim_amount": [f"{bal:.2f}", None],
                          "member_id": [None]},
              type_alternates=["eob"])
    return pdf_bytes(d), t


# --- C: photocopied Spanish EOB (Saltmarsh) --------------------------------------------------------------------
def doc_c(r: Rand):
    name, _, _, _ = r.person("es")
    stmt, svc = dt.date(2026, 5, 12), dt.date(2026, 4, 20)
    mid, grp, claim = "SDI-" + r.digits(7), r.digits(5) + "-ES", "C" + r.digits(9)
    d = Page("SDI-EOB-ES 03/2026   Esto no es una factura.   Página {p} de {n}")
    d.add_page()
    sm_head(d)
    d.text_line("EXPLICACIÓN DE BENEFICIOS DENTALES", 12.5, "B", h=7)
    d.labels([("Fecha de emisión:", fmt_date(stmt, "es")), ("Paciente:", name), ("Número de miembro:", mid),
              ("Grupo:", grp), ("Número de reclamo:", claim),
              ("Dentista:", f"Dr. {VARGA}, DDS - {RIDGE}"),
              ("Recibido:", fmt_date(days(stmt, -15), "es_abbr")),
              ("Período de beneficios:", "01-ene-2026 al 31-dic-2026")], lw=48)
    ls = lines_for(["D0120", "D4910", "D1208"], es=True)
    tot = line_table(d, svc, ls, "es_abbr", "nosign", es=True, note="LF")
    d.para("LF - Límite de frecuencia: su plan cubre el mantenimiento periodontal dos veces por año de beneficios. "
           "Ya se pagaron dos servicios (19-ene-2026 y 16-mar-2026). Este servicio no está cubierto.", 9)
    d.para("Derecho a apelar: puede pedir una revisión dentro de 180 días a partir de la fecha de esta declaración. "
           "Si su caso es urgente, decidiremos en 72 horas. Llame al 1-888-555-0174 (TTY 711).", 9)
    t = truth("eob", "not_covered", "es", insurer=SM, group_number=grp, member_id=mid, member_name=name,
              case_numbers=[claim], claim_amount=f"{tot:.2f}", service_dates=[iso(svc)], denial_date=iso(stmt),
              provider=VARGA, appeal_deadline=iso(days(stmt, 180)),
              alternates={"provider": [RIDGE], "claim_amount": ["186.00"]}, denial_alternates=["other"])
    return pdf_bytes(d), t


# --- D: fax_standard_g4, predetermination approved (Saltmarsh) ---------------------------------------------------
def doc_d(r: Rand):
    name, _, _, _ = r.person()
    dd, plan = dt.date(2026, 6, 3), dt.date(2026, 6, 22)
    mid, grp, pre = "SDI-" + r.digits(7), r.digits(5) + "-01", "PD-" + r.digits(8)
    d = Page("SDI-PRED-1  Faxed to provider and mailed to member")
    d.add_page()
    sm_head(d)
    d.text_line("PREDETERMINATION OF BENEFITS - APPROVED", 12, "B", h=7)
    d.text_line(fmt_date(dd, "dmy"), 10)
    d.ln(2)
    d.text_line(f"Provider: {RIDGE}, attn. Dr. {VARGA}    Fax 814-555-0119", 9.5)
    d.text_line(f"Patient: {name}    Member #{mid}    Group {grp}    Predetermination {pre}", 9.5)
    d.ln(3)
    fee = FEES["D4910"][1]
    d.table(["CDT", "Procedure", "Frequency approved", "Proposed fee", "Est. plan payment"],
            [["D4910", "Periodontal maintenance", "4 per benefit year", f"{fee:.2f}", f"{fee * 0.78 * 0.8:.2f}"]],
            [18, 56, 40, 30, 36], size=9)
    d.para(f"Based on the periodontal charting and radiographs received, the plan approves periodontal maintenance up "
           f"to four times in the benefit year, beginning with the visit planned for {fmt_date(plan, 'dmy')}. This is "
           "an estimate, not a guarantee of payment: eligibility and the annual maximum apply on the date of service. "
           "Predeterminations are valid for 12 months.", 9.5)
    t = truth("other", None, insurer=SM, group_number=grp, member_id=mid, member_name=name, case_numbers=[pre],
              claim_amount=f"{fee:.2f}", service_dates=[iso(plan)], denial_date=iso(dd), provider=VARGA,
              alternates={"provider": [RIDGE], "claim_amount": [None]})
    return pdf_bytes(d), t


# --- E: phone photo, Tidewell EOB with three claims (only the third D4910 refused) -------------------------------
def doc_e(r: Rand):
    name, _, _, _ = r.person()
    sub, _, _, _ = r.person()
    stmt = dt.date(2026, 9, 28)
    mid, grp = "TDB" + r.digits(8), "TW" + r.digits(5)
    d = Page("TDB-EOB-D (01/26)  Not a bill", margins=(14, 12, 14))
    d.add_page()
    tw_head(d)
    d.text_line(f"Statement date: {fmt_date(stmt, 'abbr')}", 10, "B")
    d.text_line(f"Subscriber: {sub}    Patient: {name}    ID {mid}    Group {grp}", 9)
    d.ln(2)
    claims = [("D" + r.digits(10), dt.date(2026, 2, 2), ["D0150", "D4910"], False),
              ("D" + r.digits(10), dt.date(2026, 5, 11), ["D4910"], False),
              ("D" + r.digits(10), dt.date(2026, 8, 24), ["D4910", "D0274"], True)]
    den = None
    for no, s, codes, isden in claims:
        d.set_font("DejaVu", "B", 9)
        d.cell(0, 5.5, f"Claim {no}   {RIDGE}   Dr. {VARGA}", new_x="LMARGIN", new_y="NEXT", border="B")
        ls = lines_for(codes, den_code="D4910" if isden else "none")
        tot = line_table(d, s, ls, "slash", "nosign", note="F12")
        if isden:
            den = (no, s, tot)
    d.para("F12 - Exceeds frequency: periodontal maintenance is limited to two per benefit year (calendar year). Not "
           "covered.", 8.8)
    d.para("To appeal, write within 180 days of the date of this statement. Claims for a dependent are mailed to the "
           "subscriber.", 8.8)
    no, s, tot = den
    t = truth("eob", "not_covered", insurer=TW, group_number=grp, member_id=mid, member_name=name, case_numbers=[no],
              claim_amount=f"{tot:.2f}", service_dates=[iso(s)], denial_date=iso(stmt), provider=VARGA,
              appeal_deadline=iso(days(stmt, 180)), alternates={"provider": [RIDGE], "claim_amount": ["186.00"]},
              denial_alternates=["other"])
    return pdf_bytes(d), t


# --- F: rotated stack: upheld appeal (Tidewell) + the periodontist's letter, blank separator ----------------------
def doc_f(r: Rand):
    name, first, _, _ = r.person()
    ad, svc, first_d = dt.date(2026, 10, 30), dt.date(2026, 7, 13), dt.date(2026, 8, 3)
    mid, grp, claim, apl = "TDB" + r.digits(8), "TW" + r.digits(5), "26" + r.digits(3) + "-" + r.digits(6), \
        "AP" + r.digits(7)
    d = Page("TDB-APL-2")
    d.add_page()
    tw_head(d)
    d.text_line(fmt_date(ad, "wlong"), 10)
    d.ln(2)
    d.text_line(name, 10)
    d.ln(3)
    d.text_line(f"Appeal {apl}  ·  Claim {claim}  ·  Member ID {mid}  ·  Group {grp}", 9.5, "B")
    d.ln(2)
    d.para(f"Dear {name}, we reviewed your appeal of the {fmt_date(first_d, 'abbr')} statement that did not pay for "
           f"periodontal maintenance (D4910) on {fmt_date(svc, 'abbr')} by Dr. {VARGA} of {RIDGE}, billed at $186.00.",
           10)
    d.para("A dentist consultant reviewed the letter from your periodontist. Your plan document (Section 5.3) limits "
           "periodontal maintenance to two visits per benefit year, whatever the clinical need; there is no exception "
           "process for this limit. We therefore uphold the denial. This is our final internal decision.", 10)
    d.para("You may ask for an external review within four months of this letter. Call 1-855-555-0133 for help.", 10)
    t1 = truth("denial_letter", "not_covered", insurer=TW, group_number=grp, member_id=mid, member_name=name,
               case_numbers=[apl, claim], claim_amount="186.00", service_dates=[iso(svc)], denial_date=iso(ad),
               provider=VARGA, alternates={"provider": [RIDGE], "case_numbers": [[apl]]}, denial_alternates=["other"])
    ld = days(first_d, 9)
    e = Page(None)
    e.add_page()
    e.text_line(RIDGE.upper(), 14, "B", h=7)
    e.text_line(f"Ansel P. Varga, DDS, MS - Diplomate, American Board of Periodontology - NPI {r.npi()}", 8.4)
    e.rule(0.3, 4)
    e.text_line(ld.strftime("%-d %B %Y"), 10)
    e.text_line("To: Tidewell Dental Benefits - Appeals", 10)
    e.ln(2)
    e.para(f"Re: {name}, ID {mid}, claim {claim}", 10)
    e.para(f"My patient has a history of stage III periodontitis treated with scaling and root planing. Probing depths "
           f"remain 5-6 mm in the posterior sextants and bleed on probing. Maintenance every three months is the "
           f"standard of care; the visit of {fmt_date(svc, 'slash')} was the third this year. Please pay it.", 10)
    e.para("Sincerely,\nAnsel P. Varga, DDS, MS", 10)
    t2 = truth("other", None, member_id=mid, member_name=name, case_numbers=[claim], service_dates=[iso(svc)],
               denial_date=iso(ld), provider=VARGA, unscored=["insurer"],
               alternates={"provider": [RIDGE], "case_numbers": [[]], "service_dates": [[]]})
    return [(pdf_bytes(d), t1), (pdf_bytes(e), t2)]


# --- G: low-res prose notice (Saltmarsh), "Appeal by" date ------------------------------------------------------
def doc_g(r: Rand):
    name, first, _, last = r.person()
    nd, svc = dt.date(2026, 11, 16), dt.date(2026, 10, 27)
    mid, grp, claim = "SDI-" + r.digits(7), r.digits(5) + "-02", "C" + r.digits(9)
    by = days(nd, 180)
    d = Page("SDI-NCD-4 (2026)")
    d.add_page()
    sm_head(d)
    d.text_line(fmt_date(nd, "upper"), 10)
    d.ln(2)
    d.text_line(name, 10)
    d.ln(2)
    d.text_line("NOTICE OF CLAIM DETERMINATION", 11, "B")
    d.ln(2)
    d.para(f"Dear {first} {last}: We processed claim {claim} from {HALV} for the dental visit of "
           f"{fmt_date(svc, 'upper')} with Dr. {LIND}. The periodontal maintenance (D4910, $186.00 of the $254.00 "
           f"billed) was not paid because it is more than the two periodontal maintenance visits your plan allows in "
           "a benefit year; the periodic evaluation on the same claim was paid.", 10)
    d.para(f"Your member ID is {mid} and your group is {grp}. Your date of birth on file is "
           f"{fmt_date(dt.date(r.randint(1960, 1990), 6, 14), 'upper')}.", 10)
    d.para(f"Appeal by {fmt_date(by, 'upper')}: send a letter and any records to our Appeals Unit. Urgent reviews are "
           "completed within 72 hours.", 10)
    t = truth("denial_letter", "not_covered", insurer=SM, group_number=grp, member_id=mid, member_name=name,
              case_numbers=[claim], claim_amount="254.00", service_dates=[iso(svc)], denial_date=iso(nd),
              provider=LIND, appeal_deadline=iso(by),
              alternates={"provider": [f"{LIND}, DMD", HALV], "claim_amount": ["186.00"]},
              denial_alternates=["other"], type_alternates=["eob"])
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    r = Rand(SEED)
    a, b, c, dd, e, f, g = doc_a(r), doc_b(r), doc_c(r), doc_d(r), doc_e(r), doc_f(r), doc_g(r)
    return [Item(f"{FAMILY}_bd_four_line_eob", "born_digital", [a]),
            Item(f"{FAMILY}_scan_dentist_statement", "scan_clean_300", [b]),
            Item(f"{FAMILY}_copy_spanish_eob", "photocopy", [c]),
            Item(f"{FAMILY}_faxs_predetermination_approved", "fax_standard_g4", [dd]),
            Item(f"{FAMILY}_photo_three_claims", "phone_photo", [e]),
            Item(f"{FAMILY}_rot_stack_upheld_appeal_letter", "rotated", f, separators=["blank", None]),
            Item(f"{FAMILY}_lowres_prose_notice", "scan_lowres_150", [g])]
