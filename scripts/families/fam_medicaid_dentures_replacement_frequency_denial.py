"""Family 'medicaid_dentures_replacement_frequency_denial': invented state Medicaid notices, Medicaid managed-care
dental plan letters and EOBs on complete and partial dentures (D5110, D5120, D5213, D5214) replaced before the state's
once-in-5-years or once-in-8-years replacement limit.

Form- and statement-heavy: a state Medicaid dental prior-authorization Notice of Action laid out as a boxed state form
(labels above values, check boxes), an MCO dental plan's EOB paying an exam and cleaning and denying a partial denture
replacement, a faxed stack (cover sheet, the dental plan's denial letter on upper and lower dentures inside the
8-year limit, the dental office's treatment estimate), a Spanish state notice (Aviso de acción) on a partial denture,
a dental plan's appeal decision upholding the denial (only the state fair hearing is left), a paid dental EOB for a
replacement made after the limit (nothing denied), and a state claim-denial notice with a printed appeal-by date.

Layouts are invented, modelled loosely on state Medicaid notice-of-action forms, Medicaid dental benefit
administrators' letters and dental EOBs. All values invented: states' agencies, plans, dentists, people, IDs, amounts;
phones 1-555. Decoys: dates the earlier dentures were paid, request-received dates, dates of birth, NPIs, provider
numbers, the next eligible date, fair-hearing and continuation-of-benefits limits, allowed/paid amounts, account
numbers and form numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "medicaid_dentures_replacement_frequency_denial"
LANG = "en"
SEED = 268600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MI = "BCDEFGHJKLMNPRSTW"


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", **kw)
        self.add_font("DejaVu", "B", BOLD)


def ph(r):
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def pat(r, p):
    """An ID after a pattern: 9 a digit, A a letter, anything else kept."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKMNPRTUVWXY") if c == "A" else c
                   for c in p)


def npi(r):
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def fee(r, lo, hi):
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


def kv(d, rows, w=50, size=9.5):
    for a, b in rows:
        d.font(size, "B")
        d.cell(w, size * 0.55, a)
        d.font(size)
        d.cell(0, size * 0.55, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def paras(d, items, size=10):
    for p in items:
        if p.startswith("#"):
            d.text_line(p[1:], size + 0.5, "B")
            d.ln(1)
        else:
            d.para(p, size)


def address_block(d, who, addr):
    for s in (who, *addr):
        d.text_line(s, 10)
    d.ln(4)


def check(d, on, text, size=9):
    d.font(size)
    d.cell(7, 5, "[X]" if on else "[  ]")
    d.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")


FIRST = ["Ozella", "Virgil", "Bernadine", "Cletus", "Ernestine", "Lyman", "Velma", "Horace", "Mavis", "Elmer",
         "Odessa", "Wilbur"]
LAST = ["Hatchett", "Bramblett", "Culpepper", "Dinwiddie", "Eubanks", "Fugate", "Grimsley", "Honeycutt",
        "Kincannon", "Lunsford", "Pettibone", "Satterfield"]
FIRST_ES = ["Remedios", "Anacleto", "Consuelo", "Teodoro", "Amparo", "Baldomero"]
LAST_ES = ["Olivares", "Bustamante", "Echeverría", "Cienfuegos", "Landaverde", "Quiñones"]
CITIES = ["Tillman Crossing, WV 25999", "Osage Bend, MO 65999", "Larchmont Ridge, ME 04999", "Bitterroot, MT 59999"]
STREETS = ["Possum Trot Road", "Depot Street", "Church Hill Lane", "Creamery Road", "Waterworks Avenue"]
DENTISTS = ["Dr. Lavinia R. Huckabee, DDS", "Dr. Obadiah T. Merriweather, DMD", "Dr. Rosalind K. Achebe, DDS",
            "Dr. Fletcher W. Ingersoll, DMD"]
OFFICES = ["Tillman Crossing Family Dentistry", "Osage Bend Denture & Implant Center", "Larchmont Smiles Dental, PA",
           "Riverbend Community Dental Clinic"]
D = {"D5110": "Complete denture - maxillary", "D5120": "Complete denture - mandibular",
     "D5213": "Upper partial denture, cast metal", "D5214": "Lower partial denture, cast metal",
     "D0120": "Periodic oral evaluation", "D1110": "Prophylaxis - adult", "D0220": "Intraoral periapical image",
     "D5130": "Immediate denture - maxillary"}


def base(r, lang="en"):
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 190))
    fn, ln = (FIRST_ES, LAST_ES) if lang == "es" else (FIRST, LAST)
    return dict(notice=notice, member=f"{r.choice(fn)} {r.choice(MI)}. {r.choice(ln)}",
                addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", r.choice(CITIES)), phone=ph(r), npi=npi(r),
                dob=dt.date(r.randint(1938, 1970), r.randint(1, 12), r.randint(1, 28)))


def years_ago(d, y, r):
    return dt.date(d.year - y, d.month, min(d.day, 28)) + dt.timedelta(days=r.randint(20, 200))


# ---------------------------------------------------------------- 0: state PA Notice of Action, boxed form
def doc_state_form(r):
    f = base(r)
    agency = "Kanawha Valley Department of Health and Human Resources"
    dentist, office = DENTISTS[0], OFFICES[0]
    req = f["notice"] - dt.timedelta(days=r.randint(6, 12))
    prior = years_ago(f["notice"], 3, r)
    elig = dt.date(prior.year + 5, prior.month, prior.day)
    pa = pat(r, "9999999999")
    rid = pat(r, "99999999999")
    ds = "slash"
    d = Page(footer="Form DHHR-DEN-NOA-7 (rev. 01/2026)   Page {p} of {n}")
    d.add_page()
    d.text_line("KANAWHA VALLEY DEPARTMENT OF HEALTH AND HUMAN RESOURCES", 11.5, "B", "C")
    d.text_line("Bureau for Medical Services - Medicaid Dental Program", 9.5, "", "C")
    d.text_line(f"350 Capitol Depot Street, Tillman Crossing, WV 25999   Recipient help line {f['phone']}", 8.2, "",
                "C")
    d.ln(2)
    d.set_line_width(0.6)
    d.rect(18, d.get_y(), 180, 10)
    d.text_line("NOTICE OF ACTION - DENIAL OF PRIOR AUTHORIZATION REQUEST", 12, "B", "C", h=10)
    d.set_line_width(0.2)
    d.ln(2)
    d.boxes([("1. Date of notice", fmt_date(f["notice"], ds), 45), ("2. Recipient name", f["member"], 80),
             ("3. Medicaid ID number", rid, 55)], h=12)
    d.boxes([("4. Date of birth", fmt_date(f["dob"], ds), 45), ("5. PA number", pa, 80),
             ("6. Date request received", fmt_date(req, ds), 55)], h=12)
    d.boxes([("7. Requesting dentist", dentist, 72), ("8. Provider number / NPI", f["npi"], 38),
             ("9. Office", office, 70)], h=12)
    d.ln(4)
    d.text_line("10. SERVICE REQUESTED", 9, "B")
    d.table(["Procedure code", "Description", "Tooth / arch", "Action"],
            [["D5110", D["D5110"], "UA", "DENIED"]], [30, 80, 30, 40], size=8.8, border_head="TB")
    d.text_line("11. REASON FOR ACTION (the box checked applies)", 9, "B")
    d.ln(1)
    check(d, False, "The service is not medically necessary for the recipient's dental health.")
    check(d, True, f"The service exceeds a program limit. Medicaid pays for one complete denture per arch every 5 "
                   f"years. A maxillary complete denture was paid for this recipient on {fmt_date(prior, ds)}. The "
                   f"recipient is next eligible on {fmt_date(elig, ds)}. The records do not show that the denture "
                   "was lost or destroyed through no fault of the recipient, or cannot be relined or repaired.")
    check(d, False, "The recipient was not eligible for Medicaid on the date of the request.")
    check(d, False, "The information needed to decide the request was not sent.")
    d.ln(2)
    d.text_line("Legal basis: 64 KVCSR 14.7.3 (removable prosthodontics - replacement limits).", 8.5)
    d.ln(2)
    d.text_line("12. YOUR RIGHTS", 9, "B")
    paras(d, [
        "Reconsideration: you or your dentist may ask the Dental Program to look at this decision again. Your "
        "request must be received within 30 days of the date of this notice. Send new records (for example, a "
        "statement that the denture was lost in a nursing facility, or the dentist's note that it cannot be "
        "relined) to Medicaid Dental Reconsiderations, PO Box 2211, Tillman Crossing, WV 25999.",
        "Fair hearing: you may also ask for a state fair hearing within 90 days of the date of this notice by "
        "calling the Board of Review at 1-555-341-7701 or returning the hearing request form (DHHR-BOR-1).",
        "Free legal help may be available from Mountain Legal Aid, 1-555-341-9020."], size=8.8)
    t = truth("denial_letter", "not_covered", insurer=agency, member_id=rid, member_name=f["member"],
              case_numbers=[pa], denial_date=f["notice"].isoformat(), provider=dentist,
              appeal_deadline=(f["notice"] + dt.timedelta(days=30)).isoformat(),
              denial_alternates=["medical_necessity"],
              alternates={"provider": [office], "insurer": ["Kanawha Valley Medicaid Dental Program"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: MCO dental plan EOB, partial denture denied
def doc_dental_eob(r):
    f = base(r)
    plan = "Bluestem Dental Partners"
    dentist, office = DENTISTS[1], OFFICES[1]
    dos = f["notice"] - dt.timedelta(days=r.randint(18, 30))
    prior = years_ago(dos, 2, r)
    claim = pat(r, "9999999999-99")
    sid, grp = pat(r, "BDP99999999"), pat(r, "MCD-999")
    lines = [("D0120", "", fee(r, 45, 70), True), ("D1110", "", fee(r, 80, 120), True),
             ("D5213", "#UA", fee(r, 1350, 1900), False)]
    total = round(sum(x[2] for x in lines), 2)
    ds, ms = "abbr", "plain"
    d = Page(footer="Bluestem Dental Partners - dental benefits for Show-Me Health Connect members - {p}/{n}")
    d.add_page()
    d.text_line("BLUESTEM DENTAL PARTNERS", 16, "B")
    d.text_line("Dental benefits administrator for Show-Me Health Connect (Medicaid managed care)", 8.8)
    d.text_line(f"PO Box 9036, Osage Bend, MO 65999   Member line {f['phone']}   TTY 711", 8.5)
    d.rule(0.5, 4)
    d.text_line("Dental Explanation of Benefits", 13, "B")
    d.text_line("THIS IS NOT A BILL", 9.5, "B")
    d.ln(2)
    y = d.get_y()
    kv(d, [("Date issued:", fmt_date(f["notice"], ds)), ("Patient:", f["member"]), ("Subscriber ID:", sid),
           ("Group:", grp)], w=32, size=9.2)
    y2 = d.get_y()
    d.set_y(y)
    for a, b in [("Claim #:", claim), ("Treating dentist:", dentist), ("Billing office:", office),
                 ("Received:", fmt_date(dos + dt.timedelta(days=5), ds))]:
        d.set_x(100)
        d.font(9.2, "B")
        d.cell(34, 5, a)
        d.font(9.2)
        d.cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(y2, d.get_y()) + 2)
    rows = []
    for code, tooth, ch, ok in lines:
        al = round(ch * 0.62, 2) if ok else 0.0
        rows.append([fmt_date(dos, ds), code, D[code][:34], tooth, fmt_money(ch, ms), fmt_money(al, ms),
                     fmt_money(al, ms), fmt_money(0, ms), "" if ok else "R52"])
    al_t = round(sum(round(x[2] * 0.62, 2) for x in lines if x[3]), 2)
    rows.append(["*Totals", "", "", "", fmt_money(total, ms), fmt_money(al_t, ms), fmt_money(al_t, ms),
                 fmt_money(0, ms), ""])
    d.table(["DOS", "Code", "Procedure", "Th/Ar", "Submitted", "Allowed", "Paid", "Pt resp.", "Rsn"], rows,
            [22, 13, 55, 12, 21, 18, 17, 15, 9], size=7.6, aligns="LLLLRRRRL", head_fill=True)
    paras(d, [
        "#Reason codes",
        f"R52  Replacement of a partial denture is allowed once in 5 years per arch. A maxillary partial denture "
        f"(D5213) was paid for this patient on {fmt_date(prior, ds)}. Exceptions require documentation that the "
        "prosthesis was lost, stolen or damaged beyond repair through no fault of the member. None was received. "
        "As a Medicaid member you cannot be billed for this service.",
        "#Appeals",
        "If you do not agree with this decision, you can file an appeal with Bluestem Dental Partners within 60 "
        "days from the date issued on this EOB. Call the member line or write to Bluestem Appeals, PO Box 9040, "
        "Osage Bend, MO 65999. After our appeal decision you may ask for a state fair hearing within 120 days.",
        "Your provider may also ask for a claim review by sending the records to the address above."], size=8.8)
    t = truth("eob", "not_covered", insurer=plan, group_number=grp, member_id=sid, member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=office,
              appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              denial_alternates=["medical_necessity"],
              alternates={"provider": [dentist], "insurer": ["Show-Me Health Connect"],
                          "claim_amount": [f"{lines[2][2]:.2f}"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2a: dental plan denial letter (8-year limit)
def stack_letter(r, f):
    plan = "Northwoods Medicaid Dental Plan"
    dentist, office = DENTISTS[2], OFFICES[2]
    planned = f["notice"] + dt.timedelta(days=r.randint(14, 24))
    prior = years_ago(f["notice"], 6, r)
    ref = pat(r, "ND-26-999999")
    mid = pat(r, "ME9999999999")
    c1, c2 = fee(r, 1200, 1600), fee(r, 1200, 1600)
    ds = "long"
    d = Page(footer="NMDP-ADV-LTR 2026   Northwoods Medicaid Dental Plan   page {p} of {n}")
    d.add_page()
    d.text_line("Northwoods Medicaid Dental Plan", 15, "B")
    d.text_line("A Pine State Care (Medicaid) dental plan   |   41 Creamery Road, Larchmont Ridge, ME 04999", 8.6)
    d.text_line(f"Member Services {f['phone']}   |   Fax 1-555-602-1184", 8.6)
    d.rule(0.4, 4)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(2)
    address_block(d, f["member"], f["addr"])
    d.text_line(f"Reference number: {ref}", 10, "B")
    d.text_line(f"Member ID: {mid}", 10)
    d.ln(2)
    d.text_line("We denied your dentist's request for new dentures", 12, "B")
    d.ln(1)
    paras(d, [
        f"Dear {f['member']}:",
        f"{dentist} of {office} asked us to approve a new upper complete denture (D5110) and a new lower complete "
        f"denture (D5120), planned for {fmt_date(planned, ds)}. The estimated cost is {fmt_money(c1 + c2)}.",
        f"We cannot approve this request. Your plan covers new complete dentures once every 8 years. Our records "
        f"show that your current dentures were made on {fmt_date(prior, ds)}, less than 8 years ago. We can make an "
        "exception if your dentures were lost or broken in an accident, a fire or a move to a care facility, or "
        "if a health change means they can no longer be fixed or relined. Your dentist did not send information "
        "showing one of these reasons.",
        "Your plan does cover a reline or repair of your current dentures. Ask your dentist about these options.",
        "#You can appeal",
        "If you disagree, you or someone you choose can ask for an appeal. You must ask within 60 days of the "
        "date on this letter. Call Member Services or send a letter to Northwoods Appeals, 41 Creamery Road, "
        "Larchmont Ridge, ME 04999. After the appeal, you can ask for a state fair hearing within 120 days.",
        "Sincerely,", "Dental Director, Northwoods Medicaid Dental Plan"], size=9.4)
    t = truth("denial_letter", "not_covered", insurer=plan, member_id=mid, member_name=f["member"],
              case_numbers=[ref], claim_amount=None, service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=dentist,
              appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              denial_alternates=["medical_necessity", "prior_authorization"],
              alternates={"provider": [office], "service_dates": [[]], "claim_amount": [f"{c1 + c2:.2f}"]})
    return pdf_bytes(d), t, dict(planned=planned, ref=ref, mid=mid, c1=c1, c2=c2, dentist=dentist, office=office)


# ---------------------------------------------------------------- 2b: dental office treatment estimate
def stack_estimate(r, f, k):
    est_date = f["notice"] + dt.timedelta(days=r.randint(3, 6))
    acct = pat(r, "99999")
    ds, ms = "mdy_nopad", "nosign"
    total = round(k["c1"] + k["c2"], 2)
    d = Page()
    d.add_page()
    d.text_line(k["office"], 14, "B", "C")
    d.text_line("88 Church Hill Lane, Larchmont Ridge, ME 04999   (office) 1-555-602-7730", 8.6, "", "C")
    d.rule(0.4, 4)
    d.text_line("TREATMENT PLAN AND PATIENT COST ESTIMATE", 12, "B")
    d.ln(1)
    kv(d, [("Date:", fmt_date(est_date, ds)), ("Patient:", f["member"]), ("Chart #:", acct),
           ("Dentist:", k["dentist"]), ("Insurance:", "Northwoods Medicaid Dental Plan"),
           ("Insurance ID:", k["mid"]), ("Plan reference:", k["ref"]),
           ("Insurance status:", "DENIED - frequency (8 years)")], w=40, size=9.4)
    d.table(["Code", "Description", "Fee", "Ins. est.", "Patient est."],
            [["D5110", D["D5110"], fmt_money(k["c1"], ms), "0.00", fmt_money(k["c1"], ms)],
             ["D5120", D["D5120"], fmt_money(k["c2"], ms), "0.00", fmt_money(k["c2"], ms)],
             ["*Total", "", fmt_money(total, ms), "0.00", fmt_money(total, ms)]],
            [20, 82, 24, 22, 26], size=8.8, aligns="LLRRR")
    paras(d, [
        "Option B (covered by your plan): hard reline of upper and lower dentures (D5750, D5751), no cost to you.",
        f"Appointment held for {fmt_date(k['planned'], ds)}. If you choose to pay for new dentures yourself, we "
        "ask for half of the patient estimate at the impression visit. Pine State Care members cannot be charged for "
        "covered services; this estimate applies only to services your plan has denied and that you choose to "
        "receive after signing the waiver below.",
        "Patient signature: ______________________________    Date: ____________"], size=9.2)
    t = truth("other", None, member_id=k["mid"], member_name=f["member"], case_numbers=[k["ref"]],
              claim_amount=f"{total:.2f}", service_dates=[k["planned"].isoformat()],
              denial_date=est_date.isoformat(), provider=k["office"], unscored=["insurer"],
              type_alternates=["denial_letter"], denial_alternates=["not_covered"],
              alternates={"case_numbers": [[]], "provider": [k["dentist"]], "service_dates": [[]],
                          "member_id": [None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: Spanish state notice (Aviso de accion)
def doc_spanish(r):
    f = base(r, "es")
    f["addr"] = (f["addr"][0], "Las Cruces, NM 88001")
    agency = "Departamento de Servicios de Salud de Rio Grande Sur"
    dentist, office = "Dra. Pilar E. Arriaga, DDS", "Clínica Dental Valle Verde"
    dos_plan = f["notice"] + dt.timedelta(days=r.randint(10, 20))
    prior = years_ago(f["notice"], 4, r)
    num = pat(r, "RGS-9999999")
    mid = pat(r, "999999999A")
    ds = "es"
    d = Page(footer="Formulario RGS-NOA-DEN-S (01/2026)  -  página {p} de {n}")
    d.add_page()
    d.text_line("DEPARTAMENTO DE SERVICIOS DE SALUD DE RIO GRANDE SUR", 11.5, "B", "C")
    d.text_line("Programa Medicaid - Servicios Dentales", 9.5, "", "C")
    d.text_line(f"PO Box 4410, Las Cruces, NM 88001   Línea de ayuda {f['phone']}", 8.4, "", "C")
    d.rule(0.5, 4)
    d.text_line(f"Fecha: {fmt_date(f['notice'], ds)}", 10)
    d.ln(2)
    address_block(d, f["member"], f["addr"])
    d.text_line("AVISO DE ACCIÓN: SERVICIO DENEGADO", 12.5, "B")
    d.ln(1)
    kv(d, [("Nombre del beneficiario:", f["member"]), ("Número de Medicaid:", mid),
           ("Número de solicitud:", num), ("Dentista que lo pidió:", dentist), ("Consultorio:", office),
           ("Servicio:", "D5213 dentadura parcial superior (armazón de metal)"),
           ("Fecha prevista:", fmt_date(dos_plan, ds)),
           ("Fecha de nacimiento:", fmt_date(f["dob"], ds))], w=56, size=9.3)
    paras(d, [
        f"Estimado(a) {f['member']}:",
        "Su dentista pidió una dentadura parcial superior nueva. Hemos negado esta solicitud.",
        "#Motivo",
        f"Medicaid paga una dentadura parcial por arcada cada 5 años. Según nuestros registros, se pagó una "
        f"dentadura parcial superior el {fmt_date(prior, ds)}. Todavía no han pasado 5 años. No recibimos pruebas "
        "de que la dentadura se perdiera o se dañara sin culpa suya, ni de que no se pueda reparar.",
        "#Sus derechos",
        "Si no está de acuerdo, puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. "
        "Llame a la línea de ayuda o escriba a: Apelaciones Dentales, PO Box 4415, Las Cruces, NM 88001. También "
        "puede pedir una audiencia imparcial del estado dentro de 90 días. Si necesita ayuda legal gratuita, "
        "llame al 1-555-330-8844.",
        "Atentamente,", "Unidad de Autorizaciones Dentales"], size=9.4)
    t = truth("denial_letter", "not_covered", lang="es", insurer=agency, member_id=mid, member_name=f["member"],
              case_numbers=[num], service_dates=[dos_plan.isoformat()], denial_date=f["notice"].isoformat(),
              provider=dentist, appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              denial_alternates=["medical_necessity"],
              alternates={"provider": [office], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: dental plan appeal decision upheld
def doc_appeal(r):
    f = base(r)
    plan = "Big Sky Smiles Medicaid Dental"
    dentist, office = DENTISTS[3], OFFICES[3]
    dos = f["notice"] - dt.timedelta(days=r.randint(60, 90))
    prior = years_ago(dos, 3, r)
    claim, appeal = pat(r, "99999999"), pat(r, "GA99999")
    mid = pat(r, "9999999999")
    c1 = fee(r, 1250, 1700)
    rec = f["notice"] - dt.timedelta(days=r.randint(15, 25))
    ds = "dmy"
    d = Page(footer="Big Sky Smiles Medicaid Dental - Grievances & Appeals - {p}/{n}")
    d.add_page()
    d.text_line("BIG SKY SMILES", 18, "B", "R")
    d.text_line("Medicaid Dental   |   PO Box 771, Bitterroot, MT 59999   |   " + f["phone"], 8.4, "", "R")
    d.rule(0.5, 4)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(2)
    address_block(d, f["member"], f["addr"])
    d.text_line("APPEAL RESOLUTION NOTICE", 12.5, "B")
    kv(d, [("Appeal #", appeal), ("Claim #", claim), ("Member", f["member"]), ("Medicaid ID", mid),
           ("Dentist", dentist), ("Dental office", office), ("Date of service", fmt_date(dos, ds)),
           ("Procedure", "D5110 complete denture, maxillary"), ("Billed", fmt_money(c1, "usd")),
           ("Appeal received", fmt_date(rec, ds))], w=40, size=9.3)
    paras(d, [
        f"Dear {f['member']}:",
        "You asked us to review our decision not to pay for your new upper denture. A dentist who did not make "
        "the first decision looked at your appeal, your dentist's letter and your dental records.",
        "#What we decided",
        f"We are keeping our decision (the denial is upheld). Montana Medicaid covers a new complete denture once "
        f"every 5 years. Your last upper denture was paid on {fmt_date(prior, ds)}. Your dentist's letter says the "
        "denture is loose, but the records show it was not relined first and do not show that it was lost or "
        "broken beyond repair. A reline (D5750) is covered and can be done now.",
        "#If you still disagree",
        "You have finished the plan's appeal process. You can ask for a State Fair Hearing with the Department of "
        "Public Health and Human Services within 120 days of the date of this notice. Call 1-555-444-2170 or "
        "write to the Office of Fair Hearings, PO Box 1723, Bitterroot, MT 59999. If you want your benefits to "
        "continue during the hearing you must ask within 10 days.",
        "Sincerely,", "Appeals Coordinator, Big Sky Smiles Medicaid Dental"], size=9.3)
    t = truth("denial_letter", "not_covered", insurer=plan, member_id=mid, member_name=f["member"],
              case_numbers=[appeal, claim], claim_amount=f"{c1:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=office, appeal_deadline=None,
              denial_alternates=["medical_necessity"],
              alternates={"provider": [dentist], "case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: paid dental EOB (replacement after the limit)
def doc_paid(r):
    f = base(r)
    plan = "Prairie Lantern Dental Plan"
    dentist, office = DENTISTS[0], OFFICES[0]
    dos = f["notice"] - dt.timedelta(days=r.randint(15, 25))
    prior = years_ago(dos, 6, r) - dt.timedelta(days=400)
    claim = pat(r, "PL99999999999")
    mid = pat(r, "99999-99999")
    lines = [("D5110", fee(r, 1100, 1500)), ("D5120", fee(r, 1100, 1500))]
    total = round(sum(x[1] for x in lines), 2)
    ds, ms = "iso", "plain"
    d = Page(footer="Prairie Lantern Dental Plan  |  Medicaid dental benefit  |  EOB")
    d.add_page()
    d.text_line("Prairie Lantern Dental Plan", 14, "B")
    d.text_line(f"Customer service {f['phone']}  -  PO Box 120, Tillman Crossing, WV 25999", 8.5)
    d.rule(0.4, 3)
    d.text_line("EXPLANATION OF DENTAL BENEFITS", 12, "B", "C")
    d.ln(2)
    d.table(["Issue date", "Member", "Member #", "Claim #"],
            [[fmt_date(f["notice"], ds), f["member"], mid, claim]], [30, 62, 36, 48], size=9, border_head="TB")
    d.table(["Dental office", "Treating dentist", "Office NPI"],
            [[office, dentist, f["npi"]]], [70, 70, 36], size=9, border_head="TB")
    rows = []
    for c, ch in lines:
        al = round(ch * 0.7, 2)
        rows.append([fmt_date(dos, ds), c, D[c], fmt_money(ch, ms), fmt_money(al, ms), fmt_money(al, ms),
                     fmt_money(0, ms)])
    al_t = round(sum(round(x[1] * 0.7, 2) for x in lines), 2)
    rows.append(["*Claim total", "", "", fmt_money(total, ms), fmt_money(al_t, ms), fmt_money(al_t, ms),
                 fmt_money(0, ms)])
    d.table(["Service date", "Code", "Description", "Charge", "Allowed", "Paid to office", "Member owes"], rows,
            [24, 14, 56, 22, 20, 22, 22], size=7.8, aligns="LLLRRRR")
    paras(d, [
        f"Both dentures were approved and paid. Your last complete dentures were paid on {fmt_date(prior, ds)}, "
        "more than 5 years ago, so these replacements meet your plan's frequency rule. Your next replacement "
        "will be eligible 5 years after the service date above.",
        "Medicaid members owe nothing for covered services. If you receive a bill for these services, call us.",
        "If you have a question or disagree with this statement you may request a review within 60 days of the "
        "issue date."], size=9.2)
    t = truth("eob", None, insurer=plan, member_id=mid, member_name=f["member"], case_numbers=[claim],
              claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(),
              provider=office, appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              type_alternates=["other"], alternates={"provider": [dentist], "appeal_deadline": [None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: state claim-denial notice, printed deadline
def doc_claim_notice(r):
    f = base(r)
    agency = "Osage Plains Medicaid Agency"
    dentist, office = DENTISTS[1], OFFICES[1]
    dos = f["notice"] - dt.timedelta(days=r.randint(25, 40))
    prior = years_ago(dos, 4, r)
    tcn = pat(r, "99999999999999")
    mid = pat(r, "OP99999999")
    c1, c2 = fee(r, 1300, 1800), fee(r, 1300, 1800)
    total = round(c1 + c2, 2)
    by = f["notice"] + dt.timedelta(days=30)
    ds = "upper"
    d = Page(footer="OPMA-CLM-DEN-3   Osage Plains Medicaid Agency   Page {p} of {n}")
    d.add_page()
    y = d.get_y()
    d.text_line("OSAGE PLAINS MEDICAID AGENCY", 13, "B")
    d.text_line("Dental Claims Unit", 9.5)
    d.text_line("PO Box 6602, Osage Bend, MO 65999", 9)
    d.text_line(f"Recipient services {f['phone']}", 9)
    d.set_xy(120, y)
    for a, b in [("Notice date", fmt_date(f["notice"], ds)), ("Recipient", f["member"]), ("Recipient ID", mid),
                 ("Transaction control no.", tcn), ("Appeal by", fmt_date(by, ds))]:
        d.set_x(120)
        d.font(7.5)
        d.cell(0, 3.6, a.upper(), new_x="LMARGIN", new_y="NEXT")
        d.set_x(120)
        d.font(10, "B")
        d.cell(0, 5.4, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    address_block(d, f["member"], f["addr"])
    d.text_line("Notice of Denied Dental Claim", 13, "B")
    d.ln(1)
    paras(d, [
        f"The agency received a claim from {office} (dentist: {dentist}) for the services below. The claim was "
        "denied. This notice tells you why and what you can do."], size=9.6)
    d.table(["Date of service", "Code", "Service", "Billed", "Paid", "Reason"],
            [[fmt_date(dos, ds), "D5213", D["D5213"][:36], fmt_money(c1), "$0.00", "N-204"],
             [fmt_date(dos, ds), "D5214", D["D5214"][:36], fmt_money(c2), "$0.00", "N-204"],
             ["*Claim total", "", "", fmt_money(total), "$0.00", ""]], [28, 16, 66, 24, 20, 20], size=8.4,
            aligns="LLLRRL", border_head="TB")
    paras(d, [
        f"N-204  Partial dentures are covered once every 5 years per arch. The agency paid upper and lower partial "
        f"dentures on {fmt_date(prior, ds)}. A new partial denture sooner is paid only when the old one was lost "
        "or destroyed through no fault of the recipient, or when teeth were lost and it cannot be added to. "
        "No such record came with the claim. The dental office may not bill you for these services.",
        "#How to appeal",
        f"To appeal, your written request must reach us by {fmt_date(by, ds)}. Send it to Dental Claims Appeals, "
        "PO Box 6610, Osage Bend, MO 65999, with any records your dentist can give you. You may also ask for a "
        "state hearing within 90 days of the notice date; call 1-555-751-3300.",
        "This notice does not affect other Medicaid services you receive."], size=9.2)
    t = truth("denial_letter", "not_covered", insurer=agency, member_id=mid, member_name=f["member"],
              case_numbers=[tcn], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=office, appeal_deadline=by.isoformat(),
              type_alternates=["eob"], denial_alternates=["medical_necessity"],
              alternates={"provider": [dentist]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    items = []
    single = [("bd_state_pa_notice_of_action_boxed_form", "born_digital", doc_state_form),
              ("scan300_dental_plan_eob_partial_within_5_years", "scan_clean_300", doc_dental_eob)]
    for i, (suffix, cond, build) in enumerate(single):
        items.append(Item(f"{FAMILY}_{suffix}", cond, [build(random.Random(SEED + i))]))
    r = random.Random(SEED + 2)
    f = base(r)
    pdf_a, t_a, k = stack_letter(r, f)
    pdf_b, t_b = stack_estimate(r, f, k)
    items.append(Item(f"{FAMILY}_faxstd_stack_cover_denial_and_office_estimate", "fax_standard_g4",
                      [(pdf_a, t_a), (pdf_b, t_b)], separators=["cover", None]))
    rest = [("copy_spanish_aviso_partial_denture", "photocopy", doc_spanish),
            ("lowres_appeal_upheld_fair_hearing_only", "scan_lowres_150", doc_appeal),
            ("photo_paid_dental_eob_after_limit", "phone_photo", doc_paid),
            ("rotated_state_claim_denial_appeal_by_date", "rotated", doc_claim_notice)]
    for j, (suffix, cond, build) in enumerate(rest, start=3):
        items.append(Item(f"{FAMILY}_{suffix}", cond, [build(random.Random(SEED + j))]))
    return items
