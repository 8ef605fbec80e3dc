"""Family 'dental_sealant_fluoride_age_limit_eob': dental EOBs, a dental plan's claim letter and appeal decision,
and a Medicaid dental notice on sealants (D1351, per tooth) and fluoride varnish (D1206) denied over the age limit
or the frequency limit.

Cases: a commercial dental EOB for a 16-year-old dependent with per-tooth sealant lines denied over the plan's
age 15 limit (cleaning and varnish paid); a Spanish dental EOB (varnish over 2 per 12 months, a sealant paid); a
Medicaid dental notice of action denying sealant replacement on two molars within 36 months; a paid EOB for an
8-year-old's sealants and varnish (denies nothing); a faxed claim letter denying varnish for an adult (benefit ends
at age 19); a phone photo of an EOB denying sealants on premolars and on a restored molar; a second-level appeal
decision upholding the age limit, fed sideways.

Layouts are invented, modelled loosely on dental EOBs (ADA procedure codes, tooth and surface columns, remark
codes), dental claim letters and state Medicaid dental notices. All values invented: people, dental plans,
dental offices, addresses, IDs and amounts (1-555 phone numbers). Decoys: the subscriber (parent) vs the patient
(child), the treating dentist vs the practice, NPIs and license numbers, dates of birth, claim received dates,
the date of the earlier sealant or varnish, paid lines, allowed/paid/patient amounts, fair-hearing limits.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, m2, pdf_bytes, truth

FAMILY = "dental_sealant_fluoride_age_limit_eob"
LANG = "en"
SEED = 257600

FIRST = ["Juniper", "Caspian", "Marigold", "Desmond", "Anouk", "Fitzroy", "Saoirse", "Lazlo", "Temperance",
         "Bartholomew", "Isolde", "Emrys"]
LAST = ["Brackenridge", "Calloway", "Dunmore", "Esterhazy", "Fairweather", "Greenhalgh", "Holbrook",
        "Inglewood", "Jessamine", "Kilbride", "Lockhart", "Montrose"]
FIRST_ES = ["Yaretzi", "Eustaquio", "Dulce", "Leonel", "Maricruz", "Ulises"]
LAST_ES = ["Arredondo", "Betancourt", "Cisneros", "Dávila", "Escobedo", "Fajardo"]
STREETS = ["Gullwing Avenue", "Bramblewood Court", "Saltmarsh Road", "Kestrel Ridge Drive", "Hollyhock Lane"]
CITIES = [("Gullwing Bay", "OR", "97999"), ("Bramblewood", "VT", "05999"), ("Kestrel Ridge", "NE", "68999"),
          ("Saltmarsh", "DE", "19999")]
OFFICES = [("Saltmarsh Pediatric Dentistry", "Dr. Henrietta V. Quayle, DDS"),
           ("Kestrel Ridge Family Dental", "Dr. Amadou L. Petrakis, DMD"),
           ("Bramblewood Children's Dental Group", "Dr. Colette R. Yarborough, DDS"),
           ("Gullwing Smiles Dental Care", "Dr. Tobias N. Achterberg, DMD")]
SEAL = "Sealant - per tooth"
VARN = "Topical fluoride varnish"


def person(r, lang="en"):
    f, l = (FIRST_ES, LAST_ES) if lang == "es" else (FIRST, LAST)
    return f"{r.choice(f)} {r.choice('BCDEFGHJKLMNPRSTW')}. {r.choice(l)}"


def parent_of(r, child):
    return f"{r.choice(FIRST)} {r.choice('BCDEFGHJKLMNPRSTW')}. {child.split()[-1]}"


def pat(r, p):
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
                   for c in p)


def ph(r):
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def addr(r):
    c, s, z = r.choice(CITIES)
    return f"{r.randint(11, 9800)} {r.choice(STREETS)}", f"{c}, {s} {z}"


def fee(r, lo, hi):
    return float(r.randint(lo, hi))


def new_doc(footer="Page {p} of {n}", font="Helvetica"):
    d = Doc(footer=footer, font=font)
    d.add_page()
    return d


def head(d, name, lines, size=15):
    d.font(size, "B")
    d.cell(0, 7, name, new_x="LMARGIN", new_y="NEXT")
    for ln in lines:
        d.text_line(ln, 8.5)
    d.rule(0.5, 4)


def two_col(d, left, right, size=9.2, lw=30, vw=62):
    """Label/value pairs in two columns."""
    for i in range(max(len(left), len(right))):
        for pairs in (left, right):
            k, v = pairs[i] if i < len(pairs) else ("", "")
            d.font(size, "B")
            d.cell(lw, size * 0.55, k)
            d.font(size)
            d.cell(vw, size * 0.55, v)
        d.ln(size * 0.55)
    d.ln(3)


def kv(d, rows, w=46, size=10):
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, size * 0.52, k)
        d.font(size)
        d.multi_cell(0, size * 0.52, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def paras(d, items, size=9.6):
    for p in items:
        if p.startswith("#"):
            d.text_line(p[1:], size + 1.2, "B")
            d.ln(1)
        else:
            d.para(p, size)


def mailing(d, who, a):
    d.font(10)
    for ln in (who, *a):
        d.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)


def lines_table(d, rows, ds, ms, head_=None, size=8.2):
    """rows: (date, tooth, surf, code, desc, billed, allowed, paid, you, remark)."""
    head_ = head_ or ["Date", "Tooth", "Surf", "Code", "Description", "Submitted", "Allowed", "Plan paid",
                      "You owe", "Remark"]
    body = [[fmt_date(x[0], ds), x[1], x[2], x[3], x[4]] + [fmt_money(v, ms) for v in x[5:9]] + [x[9]]
            for x in rows]
    body.append(["*Totals", "", "", "", ""] + [fmt_money(sum(x[k] for x in rows), ms) for k in (5, 6, 7, 8)] + [""])
    d.table(head_, body, [20, 11, 9, 13, 40, 20, 18, 18, 16, 14], size, "LLLLLRRRRL", head_fill=True)
    return round(sum(x[5] for x in rows), 2)


# ---------------------------------------------------------------- 0: commercial EOB, sealants over age 15
def doc_age_eob(r):
    stmt = r.date(dt.date(2026, 2, 9), 150)
    child = person(r)
    sub = parent_of(r, child)
    office, dentist = OFFICES[0]
    sid, grp, claim = pat(r, "BDB999999999"), pat(r, "GRP-99999"), pat(r, "D26-999-99999")
    dos = stmt - dt.timedelta(days=r.randint(18, 30))
    dob = dos.replace(year=dos.year - 16) - dt.timedelta(days=r.randint(20, 300))
    recv = dos + dt.timedelta(days=r.randint(3, 8))
    p1 = ph(r)
    s, ms = "slash", "plain"
    pro, var, sea = fee(r, 85, 120), fee(r, 38, 55), fee(r, 52, 68)
    rows = [(dos, "", "", "D1120", "Prophylaxis - child", pro, pro * .8, pro * .8, 0.0, ""),
            (dos, "", "", "D1206", VARN, var, var * .8, var * .8, 0.0, "")]
    for tooth in r.sample(["2", "15", "18", "31"], 4):
        rows.append((dos, tooth, "O", "D1351", SEAL, sea, 0.0, 0.0, 0.0, "SA15"))
    d = new_doc(footer="BDB-EOB-2026  Page {p} of {n}")
    head(d, "Brightmoor Dental Benefits", ["Dental Explanation of Benefits  -  This is not a bill",
                                          f"PO Box 8830, Kestrel Ridge, NE 68999  |  {p1}"])
    two_col(d, [("Subscriber:", sub), ("Subscriber ID:", sid), ("Group:", grp), ("Patient:", child),
                ("Patient DOB:", fmt_date(dob, s))],
            [("EOB date:", fmt_date(stmt, s)), ("Claim #:", claim), ("Received:", fmt_date(recv, s)),
             ("Provider:", office), ("Treating dentist:", dentist)], lw=28, vw=64)
    total = lines_table(d, rows, s, ms)
    paras(d, [
        "#Remark codes",
        "SA15 - Sealants are a benefit on permanent first and second molars for patients through age 15. The "
        "patient was 16 on the date of service, so the sealants are not covered under your plan. A participating "
        "dentist may not charge you more than the plan's fee for a non-covered service.",
        "#Your right to request a review",
        "If you disagree with this decision, you may ask for a review within 180 days of the date of this EOB. "
        "Send a letter explaining why, with a copy of this EOB, to Brightmoor Dental Benefits, Appeals, PO Box "
        "8835, Kestrel Ridge, NE 68999. Your plan is governed by ERISA; you may have the right to bring a civil "
        "action under section 502(a) after the review."], 9.2)
    t = truth("eob", "not_covered", insurer="Brightmoor Dental Benefits", member_name=child, member_id=sid,
              group_number=grp, case_numbers=[claim], claim_amount=m2(total), service_dates=[dos.isoformat()],
              denial_date=stmt.isoformat(), provider=office,
              appeal_deadline=(stmt + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [dentist]}, denial_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: Spanish EOB, varnish frequency
def doc_es_eob(r):
    stmt = r.date(dt.date(2026, 3, 2), 140)
    child = person(r, "es")
    sub = f"{r.choice(FIRST_ES)} {r.choice('BCDEFGHJKLMNPRSTW')}. {child.split()[-1]}"
    office, dentist = "Clínica Dental Familiar Vista Sur", "Dra. Rocío M. Larrañaga, DMD"
    sid, claim = pat(r, "DSC-99999999"), pat(r, "99999999999")
    dos = stmt - dt.timedelta(days=r.randint(20, 35))
    prev1 = dos - dt.timedelta(days=r.randint(170, 200))
    prev2 = dos - dt.timedelta(days=r.randint(60, 90))
    p1 = ph(r)
    s, ms = "es_abbr", "space"
    var, sea = fee(r, 40, 58), fee(r, 50, 66)
    rows = [(dos, "", "", "D1206", "Barniz de fluoruro", var, 0.0, 0.0, 0.0, "F2"),
            (dos, "3", "O", "D1351", "Sellador por diente", sea, sea * .85, sea * .85, 0.0, "")]
    d = new_doc(footer="Página {p} de {n}")
    head(d, "DENTAL SOL CARIBE", ["Explicación de Beneficios Dentales (EOB)  -  ESTO NO ES UNA FACTURA",
                                  f"Apartado 4410, Caguas, PR 00725  -  Servicio al Cliente {p1}"])
    two_col(d, [("Asegurado:", sub), ("Núm. de socio:", sid), ("Paciente:", child)],
            [("Fecha del EOB:", fmt_date(stmt, s)), ("Reclamación:", claim), ("Proveedor:", office)],
            lw=30, vw=62)
    total = lines_table(d, rows, s, ms, ["Fecha", "Diente", "Sup.", "Código", "Descripción", "Facturado",
                                         "Permitido", "Pagado", "Usted paga", "Nota"])
    paras(d, [
        "#Notas",
        f"F2 - Su plan cubre el barniz de fluoruro 2 veces cada 12 meses. El paciente ya recibió este servicio "
        f"el {fmt_date(prev1, s)} y el {fmt_date(prev2, s)}. Este servicio excede la frecuencia permitida y no "
        "está cubierto.",
        f"Dentista que atendió: {dentist}.",
        "#Sus derechos de apelación",
        "Si no está de acuerdo, puede pedir una apelación dentro de 180 días a partir de la fecha de esta "
        "explicación de beneficios. Escriba a Dental Sol Caribe, Unidad de Apelaciones, Apartado 4415, Caguas, "
        f"PR 00725, o llame al {p1}."], 9.4)
    t = truth("eob", "not_covered", lang="es", insurer="Dental Sol Caribe", member_name=child, member_id=sid,
              case_numbers=[claim], claim_amount=m2(total), service_dates=[dos.isoformat()],
              denial_date=stmt.isoformat(), provider=office,
              appeal_deadline=(stmt + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [dentist]}, denial_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: Medicaid dental notice, 36 months
def doc_medicaid(r):
    notice = r.date(dt.date(2026, 2, 16), 150)
    child, a = person(r), addr(r)
    guard = parent_of(r, child)
    office, dentist = OFFICES[2]
    mid, tcn = pat(r, "99999999999"), pat(r, "TCN 9999999999999")
    tcn_v = tcn.replace("TCN ", "")
    dos = notice - dt.timedelta(days=r.randint(25, 40))
    prev = dos - dt.timedelta(days=r.randint(500, 700))
    dob = dt.date(dos.year - r.randint(9, 12), r.randint(1, 12), r.randint(1, 28))
    p1, p2 = ph(r), ph(r)
    s, ms = "long", "plain"
    sea = fee(r, 30, 42)
    teeth = ["19", "30"]
    d = new_doc(footer="KSM-NOA-D (01/26)  page {p} of {n}")
    head(d, "KEYSTONE SMILES MEDICAID DENTAL PROGRAM", ["Dental benefits administrator for the State Medicaid "
                                                        "and CHIP programs", f"PO Box 2290, Saltmarsh, DE 19999  "
                                                                             f"-  Member Services {p1}"])
    d.text_line(fmt_date(notice, s), 10)
    d.ln(2)
    mailing(d, f"To the parent or guardian of {child}", a)
    d.text_line("NOTICE OF ACTION - DENTAL SERVICES DENIED", 12, "B")
    d.ln(2)
    kv(d, [("Member:", child), ("Medicaid ID:", mid), ("Date of birth:", fmt_date(dob, s)),
           ("Claim (TCN):", tcn_v), ("Dental office:", f"{office}, {dentist}"),
           ("Date of service:", fmt_date(dos, s))], 40, 9.8)
    body = [[t_, "D1351", "Sealant, occlusal", fmt_money(sea, ms), "Denied", "Replaced within 36 months"]
            for t_ in teeth]
    body.append(["*Total billed", "", "", fmt_money(sea * 2, ms), "", ""])
    d.table(["Tooth", "Code", "Service", "Billed", "Action", "Reason"], body, [18, 18, 40, 24, 22, 58], 9)
    paras(d, [
        "#Why we took this action",
        f"Medicaid pays for one sealant per permanent molar every 36 months. Teeth 19 and 30 had sealants paid on "
        f"{fmt_date(prev, s)}. The new sealants were placed less than 36 months later, so they are not covered "
        "(State Dental Policy Manual, Section 4.3, Preventive Services). The dental office may not bill you for "
        "these services.",
        "#If you do not agree",
        f"You can ask us for an appeal within 60 days of the date of this notice. Call {p1} or write to Keystone "
        "Smiles Appeals, PO Box 2295, Saltmarsh, DE 19999. You must finish the appeal before you ask for a "
        f"State Fair Hearing. You can ask for a State Fair Hearing within 120 days of our appeal decision by "
        f"calling {p2}.",
        "Free help in other languages and free interpreter services are available. Call the number above."],
        9.6)
    t = truth("denial_letter", "not_covered", insurer="Keystone Smiles Medicaid Dental Program", member_name=child,
              member_id=mid, case_numbers=[tcn_v], claim_amount=m2(sea * 2), service_dates=[dos.isoformat()],
              denial_date=notice.isoformat(), provider=office,
              appeal_deadline=(notice + dt.timedelta(days=60)).isoformat(),
              alternates={"provider": [dentist], "insurer": ["Keystone Smiles"]},
              denial_alternates=["other", "medical_necessity"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: paid EOB (photocopy)
def doc_paid(r):
    stmt = r.date(dt.date(2026, 2, 2), 150)
    child = person(r)
    sub = parent_of(r, child)
    office, dentist = OFFICES[1]
    mid, grp, claim = pat(r, "RDC9999999"), pat(r, "99999"), pat(r, "9999-999999-99")
    dos = stmt - dt.timedelta(days=r.randint(14, 28))
    dob = dos.replace(year=dos.year - 8) - dt.timedelta(days=r.randint(20, 300))
    p1 = ph(r)
    s, ms = "abbr", "nosign"
    ex, var, sea = fee(r, 55, 75), fee(r, 36, 50), fee(r, 48, 62)
    rows = [(dos, "", "", "D0120", "Periodic oral evaluation", ex, ex * .9, ex * .9, 0.0, "P1"),
            (dos, "", "", "D1206", VARN, var, var * .9, var * .9, 0.0, "P1")]
    for tooth in ["3", "14", "19", "30"]:
        rows.append((dos, tooth, "O", "D1351", SEAL, sea, sea * .9, sea * .9, 0.0, "P1"))
    d = new_doc(footer="Ridgecrest Dental  -  {p}/{n}")
    head(d, "Ridgecrest Dental Insurance Company", ["STATEMENT OF DENTAL BENEFITS",
                                                   f"88 Hollyhock Lane, Bramblewood, VT 05999  -  {p1}"])
    two_col(d, [("Employee:", sub), ("ID number:", mid), ("Group no.:", grp), ("Patient:", child),
                ("Birth date:", fmt_date(dob, s))],
            [("Statement date:", fmt_date(stmt, s)), ("Claim no.:", claim), ("Dentist:", dentist),
             ("Office:", office), ("Network:", "In network")], lw=28, vw=64)
    total = lines_table(d, rows, s, ms)
    paras(d, [
        "P1 - Paid at the in-network fee schedule. Preventive services are paid at 100% of the allowed amount and "
        "do not count toward the deductible. Sealants on permanent molars are covered once per tooth through "
        "age 15.",
        f"Annual maximum used to date: {fmt_money(0, ms)} (preventive services do not reduce the maximum).",
        "If you have questions about this statement or want us to review a claim decision, write to us within "
        "180 days of the statement date."], 9.2)
    t = truth("eob", None, insurer="Ridgecrest Dental Insurance Company", member_name=child, member_id=mid,
              group_number=grp, case_numbers=[claim], claim_amount=m2(total), service_dates=[dos.isoformat()],
              denial_date=stmt.isoformat(), provider=office,
              appeal_deadline=(stmt + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [dentist], "appeal_deadline": [None]}, type_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: claim letter, adult varnish (fax std)
def doc_adult_letter(r):
    notice = r.date(dt.date(2026, 3, 9), 120)
    member, a = person(r), addr(r)
    office, dentist = OFFICES[3]
    mid, grp, claim = pat(r, "LPD-999999999"), pat(r, "LP99999"), pat(r, "99999999")
    dos = notice - dt.timedelta(days=r.randint(20, 35))
    dob = dt.date(dos.year - r.randint(30, 45), r.randint(1, 12), r.randint(1, 28))
    p1, p2 = ph(r), ph(r)
    s = "upper"
    var = fee(r, 42, 60)
    d = new_doc(footer=None)
    head(d, "LANTERNPOINT DENTAL PLAN", ["Claims Department  -  PO Box 505, Gullwing Bay, OR 97999",
                                        f"Phone {p1}  -  Fax {p2}"], 17)
    d.text_line(fmt_date(notice, "long"), 11.5)
    d.ln(2)
    mailing(d, member, a)
    d.text_line("Claim Denial Notice", 14, "B")
    d.ln(2)
    kv(d, [("Member:", member), ("Member ID:", mid), ("Group:", grp), ("Claim:", claim),
           ("Dentist:", f"{dentist}, {office}"), ("Date of service:", fmt_date(dos, s)),
           ("Procedure:", "D1206 topical application of fluoride varnish"),
           ("Amount billed:", fmt_money(var, "usd"))], 46, 11.5)
    paras(d, [
        f"We have denied payment for the fluoride varnish your dentist applied on {fmt_date(dos, s)}. Your plan "
        "covers topical fluoride only for members under age 19 (Dental Benefit Summary, Preventive Services). "
        "Our records show your date of birth as " + fmt_date(dob, s) + ". The note from your dentist about dry "
        "mouth was reviewed, but the plan has no exception to the age limit for fluoride.",
        "Because the service is not a covered benefit, you may be billed for it by the dental office.",
        "#How to appeal",
        "You may appeal in writing within 180 days of the date of this letter. Send your appeal to Lanternpoint "
        "Dental Plan, Appeals, PO Box 510, Gullwing Bay, OR 97999."], 11.2)
    t = truth("denial_letter", "not_covered", insurer="Lanternpoint Dental Plan", member_name=member, member_id=mid,
              group_number=grp, case_numbers=[claim], claim_amount=m2(var), service_dates=[dos.isoformat()],
              denial_date=notice.isoformat(), provider=dentist,
              appeal_deadline=(notice + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [office]}, denial_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: EOB photo, premolars and restored molar
def doc_premolar(r):
    stmt = r.date(dt.date(2026, 2, 23), 140)
    child = person(r)
    sub = parent_of(r, child)
    office, dentist = OFFICES[3]
    mid, grp, claim = pat(r, "OHD99999999"), pat(r, "9999-99"), pat(r, "C9999999999")
    dos = stmt - dt.timedelta(days=r.randint(20, 30))
    p1 = ph(r)
    s, ms = "iso", "plain"
    sea = fee(r, 46, 60)
    rows = [(dos, t_, "O", "D1351", SEAL, sea, 0.0, 0.0, sea, "N4") for t_ in ["4", "5", "12"]]
    rows.append((dos, "30", "O", "D1351", SEAL, sea, 0.0, 0.0, sea, "N7"))
    d = new_doc(footer=None)
    d.font(18, "B")
    d.cell(0, 8, "Oakhollow Dental Mutual", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"Dental Claim Statement  |  Member line {p1}", 11)
    d.rule(0.6, 4)
    kv(d, [("Issued:", fmt_date(stmt, s)), ("Patient:", child), ("Subscriber:", sub), ("Member ID:", mid),
           ("Group:", grp), ("Claim:", claim), ("Billing dentist:", office)], 36, 11.5)
    body = [[x[1], x[3], fmt_money(x[5], ms), fmt_money(x[7], ms), fmt_money(x[8], ms), x[9]] for x in rows]
    total = round(sum(x[5] for x in rows), 2)
    body.append(["*Total", "", fmt_money(total, ms), fmt_money(0, ms), fmt_money(total, ms), ""])
    d.text_line(f"Date of service: {fmt_date(dos, s)}", 11, "B")
    d.ln(1)
    d.table(["Tooth", "Code", "Charge", "Plan paid", "Your share", "Code"], body, [22, 24, 34, 34, 34, 20], 11,
            "LLRRRL", row_h=6.8)
    paras(d, [
        "N4 - Sealants are covered on permanent molars only. Premolars are not covered.",
        "N7 - A sealant is not covered on a tooth with an existing restoration on the occlusal surface.",
        "Appeals: you may request an appeal within 180 days of the date issued. Write to Oakhollow Dental "
        "Mutual, Appeals, PO Box 971, Saltmarsh, DE 19999."], 11)
    t = truth("eob", "not_covered", insurer="Oakhollow Dental Mutual", member_name=child, member_id=mid,
              group_number=grp, case_numbers=[claim], claim_amount=m2(total), service_dates=[dos.isoformat()],
              denial_date=stmt.isoformat(), provider=office,
              appeal_deadline=(stmt + dt.timedelta(days=180)).isoformat(), denial_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: appeal upheld, age limit (rotated)
def doc_appeal(r):
    notice = r.date(dt.date(2026, 3, 16), 110)
    child, a = person(r), addr(r)
    sub = parent_of(r, child)
    office, dentist = OFFICES[1]
    mid, grp, claim, app = pat(r, "SDA99999999"), pat(r, "999999"), pat(r, "SD-9999999"), pat(r, "AP26-99999")
    dos = notice - dt.timedelta(days=r.randint(70, 100))
    recv = notice - dt.timedelta(days=r.randint(12, 20))
    dob = dos.replace(year=dos.year - 17) - dt.timedelta(days=r.randint(20, 300))
    p1 = ph(r)
    s, ms = "dmy", "plain"
    sea = fee(r, 50, 64)
    total = sea * 2
    d = new_doc(footer="SDA-APL-1  {p}/{n}")
    head(d, "Sunfield Dental Alliance", ["Member Appeals Unit", f"410 Kestrel Ridge Drive, Kestrel Ridge, NE 68999"
                                                                f"  |  {p1}"])
    d.text_line(fmt_date(notice, s), 10)
    d.ln(2)
    mailing(d, sub, a)
    d.text_line("First-Level Appeal Decision - Denial Upheld", 12, "B")
    d.ln(2)
    kv(d, [("Patient:", child), ("Subscriber:", sub), ("Member ID:", mid), ("Group:", grp),
           ("Appeal number:", app), ("Claim number:", claim), ("Patient date of birth:", fmt_date(dob, s)),
           ("Dentist:", f"{dentist}, {office}"), ("Service:", "D1351 sealants, teeth 18 and 31"),
           ("Date of service:", fmt_date(dos, s)), ("Amount billed:", fmt_money(total, ms)),
           ("Appeal received:", fmt_date(recv, s))], 48, 9.8)
    paras(d, [
        "#Decision",
        f"A dental consultant who was not involved in the first decision reviewed your appeal, the claim and the "
        f"letter from {dentist}. Your plan covers sealants on permanent molars for children through age 15. "
        f"{child.split()[0]} was 17 on the date of service. The plan's age limit applies even when the teeth "
        "have deep grooves, so we upheld the denial.",
        "#Your next steps",
        "You may ask for a second-level appeal within 60 days of the date of this letter. Send it to Sunfield "
        "Dental Alliance, Member Appeals Unit, at the address above. You may also contact your state insurance "
        "department."], 9.8)
    t = truth("denial_letter", "not_covered", insurer="Sunfield Dental Alliance", member_name=child, member_id=mid,
              group_number=grp, case_numbers=[app, claim], claim_amount=m2(total), service_dates=[dos.isoformat()],
              denial_date=notice.isoformat(), provider=dentist,
              appeal_deadline=(notice + dt.timedelta(days=60)).isoformat(),
              alternates={"provider": [office], "case_numbers": [[app]]}, denial_alternates=["other"])
    return pdf_bytes(d), t


PLAN = [
    ("bd_eob_d1351_per_tooth_over_age_15", "born_digital", doc_age_eob),
    ("scan300_eob_es_d1206_frecuencia_barniz", "scan_clean_300", doc_es_eob),
    ("lowres_medicaid_notice_sealant_36_months", "scan_lowres_150", doc_medicaid),
    ("copy_eob_paid_sealants_age_8", "photocopy", doc_paid),
    ("faxstd_letter_d1206_adult_age_limit", "fax_standard_g4", doc_adult_letter),
    ("photo_eob_sealant_premolars_restored_molar", "phone_photo", doc_premolar),
    ("rotated_appeal_upheld_sealant_age_limit", "rotated", doc_appeal),
]


def documents(rng) -> list[Item]:
    return [Item(f"{FAMILY}_{suffix}", cond, [fn(Rand(SEED + i))]) for i, (suffix, cond, fn) in enumerate(PLAN)]
