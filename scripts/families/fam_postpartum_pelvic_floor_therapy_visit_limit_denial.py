"""Family 'postpartum_pelvic_floor_therapy_visit_limit_denial': invented commercial, Medicaid managed-care, HMO and
employer-plan letters on pelvic floor physical therapy after delivery (97110 therapeutic exercise, 97140 manual
therapy, 97530 therapeutic activities, 97161-97163 evaluations) denied for going over the plan's rehabilitation
visit limit or for having no referral on file.

Letter-heavy: a commercial pre-service notice denying 12 more visits over the 20-visit combined therapy limit; a
Medicaid managed-care notice denying four visits billed without the required referral from the obstetric provider;
a Spanish Medicaid notice (Aviso) denying visits over the plan's 24-visit limit; a first-level appeal decision
upholding a denied extension (no measurable progress, home program); an approval of 8 more visits faxed to the
physical therapy clinic (nothing denied); an EOB paying visits up to the limit and denying the visits over it; an HMO
letter denying visits given after the referral had expired.

Layouts are invented, modelled loosely on published utilization-review letters, state Medicaid managed-care notices
of adverse benefit determination and commercial EOBs. All values invented: plans, clinics, therapists, people, IDs,
amounts; phones 1-555. Decoys: delivery dates, dates of birth, NPIs, referring obstetric providers, visits used,
request-received dates, allowed/paid amounts, patient account numbers, policy numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "postpartum_pelvic_floor_therapy_visit_limit_denial"
LANG = "en"
SEED = 269600
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


def lv(d, rows, w=46, size=9.6):
    """Label: value lines, label in plain text, value bold (a letter's reference block)."""
    for a, b in rows:
        d.font(size)
        d.cell(w, size * 0.55, a)
        d.font(size, "B")
        d.cell(0, size * 0.55, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def paras(d, items, size=10):
    for p in items:
        if p.startswith("#"):
            d.text_line(p[1:], size + 0.3, "B")
            d.ln(0.5)
        else:
            d.para(p, size)


def address_block(d, who, addr):
    for s in (who, *addr):
        d.text_line(s, 10)
    d.ln(4)


def letterhead(d, name, lines, style=0):
    if style == 0:
        d.text_line(name, 15, "B")
        for s in lines:
            d.text_line(s, 8.6)
        d.rule(0.5, 5)
    elif style == 1:
        d.text_line(name, 14, "B", "C")
        d.text_line("  |  ".join(lines), 8, "", "C")
        d.ln(2)
        d.rule(0.3, 5)
    else:
        d.set_fill_color(40, 40, 40)
        d.set_text_color(255, 255, 255)
        d.font(13, "B")
        d.cell(0, 10, "  " + name, fill=True, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0, 0, 0)
        for s in lines:
            d.text_line(s, 8.4)
        d.ln(4)


def person(r, firsts, lasts):
    return f"{r.choice(firsts)} {r.choice(MI)}. {r.choice(lasts)}"


FIRST = ["Rosalind", "Imelda", "Junia", "Annika", "Clementine", "Felicity", "Magnolia", "Tamsin", "Oriel",
         "Ximena", "Wren", "Ysolde"]
LAST = ["Harcastle", "Nwachukwu", "Lindqvist-Moor", "Penrose", "Quartermaine", "Ellsworth", "Vashti",
        "Brennagh", "Tolliver", "Amadi-Scott", "Corcoran", "Weatherby"]
FIRST_ES = ["Yesenia", "Marisela", "Anabel", "Rocío", "Jimena", "Graciela"]
LAST_ES = ["Echevarría", "Portillo", "Cienfuegos", "Barrientos", "Olmedo", "Saldívar"]
CITIES = ["Fernhollow, WI 54999", "Castlemere, NC 27999", "Petrel Bay, ME 04999", "Sandmere, NE 68999"]
CITIES_ES = ["Villa Serena, TX 78999", "Los Álamos del Río, NM 87999"]
STREETS = ["Larchmont Terrace", "Brookhaven Close", "Tidewater Lane", "Orchard Crest Road", "Pewter Mill Way"]
CLINICS = ["Blue Heron Pelvic Health & Physical Therapy", "Meadowlark Women's Rehabilitation, LLC",
           "Northgate Physical Therapy - Pelvic Floor Program", "Solace Pelvic Wellness PT",
           "Clínica de Terapia Física Río Claro"]
THERAPISTS = ["Danielle F. Okonkwo, PT, DPT", "Harriet M. Sundqvist, PT, DPT, WCS", "Lena J. Prakash, DPT",
              "Sabine R. Holloway-Cruz, PT", "Marisol E. Quiroga, PT, DPT"]
OBS = ["Dr. Constance B. Ferreira, MD", "Adaeze N. Whitfield, CNM", "Dr. Rupert G. Halvorsen, DO",
       "Dra. Elena T. Baeza"]
CODES = [("97110", "Therapeutic exercise, each 15 min"), ("97140", "Manual therapy techniques, each 15 min"),
         ("97530", "Therapeutic activities, each 15 min")]


def base(r, lang="en"):
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 190))
    es = lang == "es"
    return dict(notice=notice, member=person(r, FIRST_ES if es else FIRST, LAST_ES if es else LAST),
                addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", r.choice(CITIES_ES if es else CITIES)),
                phone=ph(r), npi=npi(r), delivery=notice - dt.timedelta(days=r.randint(70, 160)),
                dob=dt.date(r.randint(1986, 2001), r.randint(1, 12), r.randint(1, 28)))


def visits(start, n, gap=7):
    return [start + dt.timedelta(days=gap * k) for k in range(n)]


# ---------------------------------------------------------------- 0: commercial pre-service, 20-visit limit
def doc_preservice_limit(r):
    f = base(r)
    org = "Thornbury Life & Health Insurance Company"
    clinic, pt = CLINICS[0], THERAPISTS[0]
    req = f["notice"] - dt.timedelta(days=r.randint(3, 6))
    start = f["notice"] + dt.timedelta(days=r.randint(5, 10))
    ref = pat(r, "UM99999999")
    mid, grp = pat(r, "TLH999999999"), pat(r, "9999999")
    ds = "long"
    d = Page(footer="Thornbury Life & Health Insurance Company | Utilization Management | Page {p} of {n}")
    d.add_page()
    letterhead(d, "Thornbury Life & Health Insurance Company",
               ["Utilization Management Department", "4100 Larchmont Terrace, Castlemere, NC 27999",
                f"Phone {f['phone']}   Fax 1-555-207-3381"])
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B")
    d.ln(1)
    lv(d, [("Patient:", f["member"]), ("Member ID:", mid), ("Group number:", grp), ("Reference number:", ref),
           ("Requesting provider:", pt), ("Clinic:", clinic),
           ("Services requested:", "12 visits of pelvic floor physical therapy (97110, 97140, 97530)"),
           ("Requested start date:", fmt_date(start, ds)), ("Date we received the request:", fmt_date(req, ds))],
       w=60, size=9.4)
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:",
        "We reviewed a request from your physical therapist for 12 more visits of pelvic floor physical therapy "
        f"after the birth of your baby on {fmt_date(f['delivery'], ds)}. We are not able to approve this request.",
        "#Reason for our decision",
        "Your plan covers up to 20 outpatient rehabilitation visits per calendar year for physical, occupational "
        "and speech therapy combined (Schedule of Benefits, Outpatient Rehabilitation Services). Our records show "
        "that 20 visits have already been used this year. Visits beyond this limit are not a covered benefit, even "
        "when they are medically appropriate. This decision was not based on medical necessity.",
        "#Your right to appeal",
        "You, your therapist or someone you name to act for you may ask us to review this decision. Your appeal "
        "must be sent within 180 days after you receive this notice. If waiting would seriously harm your health, "
        "you may ask for an expedited appeal, which we decide within 72 hours. Send your appeal to Thornbury "
        "Appeals, PO Box 7730, Castlemere, NC 27999, or fax 1-555-207-3390.",
        "You may ask for copies of all documents, records and other information relevant to your claim, free of "
        "charge. If your plan is governed by ERISA, you may have the right to bring a civil action under section "
        "502(a) after your appeal. You may contact the state Department of Insurance consumer line at "
        "1-555-410-6620 for help.",
        "Sincerely,", "Utilization Management Department"], size=9.5)
    t = truth("denial_letter", "not_covered", insurer=org, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[ref], service_dates=[start.isoformat()],
              denial_date=f["notice"].isoformat(), provider=pt, appeal_deadline=None,
              denial_alternates=["medical_necessity"],
              alternates={"provider": [clinic, "Danielle F. Okonkwo"], "service_dates": [[]],
                          "appeal_deadline": [(f["notice"] + dt.timedelta(days=180)).isoformat()]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: Medicaid MCO, no referral on file
def doc_medicaid_no_referral(r):
    f = base(r)
    org, product = "Prairie Lantern Health Plan", "Prairie Lantern Medicaid (STAR Family)"
    clinic, pt, ob = CLINICS[1], THERAPISTS[1], OBS[1]
    first = f["delivery"] + dt.timedelta(days=r.randint(42, 56))
    vs = visits(first, 4)
    claim = pat(r, "PL99999999999")
    notice_no = pat(r, "NABD-2026-99999")
    mid = pat(r, "999999999")
    lines = [("97161", "PT evaluation, low complexity", fee(r, 140, 180))] + \
            [(c, dsc, fee(r, 45, 70)) for c, dsc in CODES]
    per_visit = [lines[0][2] + lines[1][2]] + [lines[1][2] + lines[2][2] + lines[3][2]] * 3
    total = round(sum(per_visit), 2)
    ds, ms = "slash", "plain"
    d = Page(footer="Prairie Lantern Health Plan  -  Notice of Adverse Benefit Determination  -  {p}/{n}")
    d.add_page()
    letterhead(d, "Prairie Lantern Health Plan", [product, "PO Box 5120, Sandmere, NE 68999",
                                                  f"Member Services {f['phone']} (TTY 711)"], 1)
    d.text_line(f"Notice date: {fmt_date(f['notice'], ds)}", 10)
    d.text_line(f"Notice number: {notice_no}", 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line("Notice of Adverse Benefit Determination", 12.5, "B")
    d.text_line("About payment for services you already received", 9.5)
    d.ln(2)
    lv(d, [("Member:", f["member"]), ("Medicaid ID:", mid), ("Claim number:", claim),
           ("Provider who gave the service:", f"{clinic}"), ("Therapist:", pt)], w=58, size=9.4)
    rows = [[fmt_date(v, ds), "97161, 97110" if i == 0 else "97110, 97140, 97530", fmt_money(a, ms), "Denied"]
            for i, (v, a) in enumerate(zip(vs, per_visit))]
    rows.append(["*Total", "", fmt_money(total, ms), ""])
    d.table(["Date of service", "Procedure codes", "Billed", "Decision"], rows, [34, 70, 30, 30], size=8.8,
            aligns="LLRL")
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:",
        "#What we decided",
        "Prairie Lantern Health Plan has denied payment for the physical therapy visits listed above.",
        "#Why we made this decision",
        "Your plan needs a referral from your primary care provider or your obstetric provider before you see a "
        "physical therapist. We did not have a referral on file for these visits. Your obstetric provider, "
        f"{ob}, last saw you on {fmt_date(f['delivery'] + dt.timedelta(days=40), ds)} but did not send a "
        "referral for physical therapy. Your provider can send the referral and ask us to look at the claim again. "
        "You do not have to pay for these visits: the provider may not bill you for services we denied for this "
        "reason.",
        "#What you can do if you disagree",
        "You can ask for an appeal within 60 days from the date on this notice. You can call us, or write to "
        "Appeals Department, Prairie Lantern Health Plan, PO Box 5128, Sandmere, NE 68999. You can ask someone, "
        "like a family member or your provider, to appeal for you. If you need a fast decision, ask for an "
        "expedited appeal.",
        "If we do not decide in your favor, you can ask for a State Fair Hearing within 120 days of our appeal "
        "decision. Your postpartum Medicaid coverage lasts for 12 months after the end of your pregnancy."],
        size=9.3)
    t = truth("denial_letter", "prior_authorization", insurer=org, member_id=mid, member_name=f["member"],
              case_numbers=[notice_no, claim], claim_amount=f"{total:.2f}", service_dates=[v.isoformat() for v in vs],
              denial_date=f["notice"].isoformat(), provider=clinic,
              appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(), denial_alternates=["other"],
              alternates={"insurer": [product], "provider": [pt, "Harriet M. Sundqvist"], "case_numbers": [[claim]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: Spanish Medicaid notice, 24-visit limit
def doc_es(r):
    f = base(r, "es")
    org, product = "Salud Alameda Health Plan, Inc.", "Salud Alameda Medicaid"
    clinic, pt = CLINICS[4], THERAPISTS[4]
    first = f["notice"] - dt.timedelta(days=r.randint(30, 40))
    vs = visits(first, 3, 6)
    claim = pat(r, "SA-9999999999")
    mid = pat(r, "99999999999")
    per = [fee(r, 150, 210) for _ in vs]
    total = round(sum(per), 2)
    ds, ms = "es", "plain"
    d = Page(footer="Salud Alameda Health Plan - Medicaid - página {p} de {n}")
    d.add_page()
    letterhead(d, "Salud Alameda Health Plan, Inc.", [product, "Apartado 2281, Villa Serena, TX 78999",
                                                      f"Servicios para Miembros {f['phone']} (TTY 711)"], 2)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12.5, "B")
    d.ln(1)
    lv(d, [("Miembro:", f["member"]), ("Número de Medicaid:", mid), ("Número de reclamo:", claim),
           ("Proveedor:", clinic), ("Terapeuta:", pt),
           ("Fecha de nacimiento:", fmt_date(f["dob"], "slash"))], w=48, size=9.4)
    rows = [[fmt_date(v, "es_abbr"), "97110, 97140, 97530", fmt_money(a, ms), "Negado"] for v, a in zip(vs, per)]
    rows.append(["*Total facturado", "", fmt_money(total, ms), ""])
    d.table(["Fecha del servicio", "Códigos", "Cantidad facturada", "Decisión"], rows, [38, 62, 36, 30],
            size=8.8, aligns="LLRL")
    paras(d, [
        f"Estimada {f['member'].split()[0]} {f['member'].split()[-1]}:",
        "#¿Qué decidimos?",
        "Negamos el pago de las visitas de fisioterapia del piso pélvico que aparecen arriba.",
        "#¿Por qué?",
        "Su plan cubre hasta 24 visitas de terapia física ambulatoria por año de beneficios. Usted ya recibió 24 "
        "visitas este año, incluidas las visitas después de su parto del "
        f"{fmt_date(f['delivery'], ds)}. Las visitas que pasan este límite no están cubiertas. Su terapeuta puede "
        "pedir una excepción si hay una razón médica.",
        "#Si no está de acuerdo",
        "Usted puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Llame al "
        f"{f['phone']} o escriba a: Apelaciones, Salud Alameda Health Plan, Apartado 2281, Villa Serena, TX 78999. "
        "Si su salud corre peligro, pida una apelación acelerada.",
        "Después de la apelación, puede pedir una audiencia imparcial estatal dentro de 120 días a partir de la "
        "fecha de la carta con la decisión de la apelación. Su proveedor no puede cobrarle por estas visitas.",
        "Tiene derecho a recibir gratis copias de los documentos que usamos para tomar esta decisión."], size=9.4)
    t = truth("denial_letter", "not_covered", lang="es", insurer=org, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[v.isoformat() for v in vs],
              denial_date=f["notice"].isoformat(), provider=clinic,
              appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              denial_alternates=["medical_necessity"],
              alternates={"insurer": [product], "provider": [pt, "Marisol E. Quiroga"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: first-level appeal upheld
def doc_upheld(r):
    f = base(r)
    org = "Copperline Health Benefits, Inc."
    clinic, pt = CLINICS[2], THERAPISTS[2]
    orig = f["notice"] - dt.timedelta(days=r.randint(35, 50))
    start = orig + dt.timedelta(days=r.randint(6, 10))
    rec = f["notice"] - dt.timedelta(days=r.randint(20, 28))
    appeal, orig_ref = pat(r, "APL-99-99999"), pat(r, "PA99999999")
    mid, grp = pat(r, "CHB99999999"), pat(r, "CL-9999")
    ds = "abbr"
    d = Page(footer="Copperline Health Benefits  -  Appeals Unit  -  page {p} of {n}")
    d.add_page()
    letterhead(d, "Copperline Health Benefits, Inc.", ["Member Appeals Unit", "PO Box 330, Petrel Bay, ME 04999",
                                                       f"{f['phone']}  |  fax 1-555-621-0043"])
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line("Appeal Decision - Denial Upheld", 12.5, "B")
    d.ln(1)
    lv(d, [("Member", f["member"]), ("Member ID", mid), ("Group", grp), ("Appeal number", appeal),
           ("Original request number", orig_ref), ("Treating therapist", pt), ("Clinic", clinic),
           ("Service", "Pelvic floor PT, 10 more visits (97110, 97140, 97530)"),
           ("Requested start", fmt_date(start, ds)), ("Appeal received", fmt_date(rec, ds))], w=50, size=9.3)
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:",
        f"You appealed our decision of {fmt_date(orig, ds)} not to approve 10 more visits of pelvic floor "
        "physical therapy. Your appeal was reviewed by a physical medicine and rehabilitation physician who was "
        "not part of the first decision.",
        "#Decision",
        "We have upheld our original decision. The additional visits are not medically necessary.",
        "#Reason",
        "Copperline Medical Policy MP-PT-07 covers visits beyond the first 12 when the records show measurable "
        "progress toward functional goals and a need for skilled care. Your therapist's notes from your last six "
        "visits show the same scores on the pelvic floor distress inventory and the same number of leakage "
        "episodes each week. You have learned a home exercise program, and the records do not show that skilled "
        "therapy is still needed to continue it.",
        "#Next steps",
        "If you disagree, you may ask for a second-level appeal. Your request must be made within 60 days of the "
        "date of this letter. You may also ask for an external review by an independent review organization "
        "within 4 months of this letter; see the enclosed notice. You may ask for the medical policy and the "
        "reviewer's credentials free of charge.",
        "Sincerely,", "Member Appeals Unit, Copperline Health Benefits, Inc."], size=9.4)
    t = truth("denial_letter", "medical_necessity", insurer=org, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[appeal, orig_ref], service_dates=[start.isoformat()],
              denial_date=f["notice"].isoformat(), provider=pt,
              appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              alternates={"case_numbers": [[appeal]], "service_dates": [[]],
                          "provider": [clinic, "Lena J. Prakash"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: approval of 8 visits faxed to the clinic
def doc_approval(r):
    f = base(r)
    org = "Gannet Bay Health Partners"
    clinic, pt, ob = CLINICS[3], THERAPISTS[3], OBS[2]
    start = f["notice"] + dt.timedelta(days=r.randint(2, 6))
    end = start + dt.timedelta(days=59)
    auth = pat(r, "AUTH-99999999")
    mid, grp = pat(r, "GBH-9999999"), pat(r, "99999-99")
    ds = "mdy_nopad"
    d = Page(footer="Gannet Bay Health Partners  |  Confidential health information  |  {p}/{n}")
    d.add_page()
    d.font(8)
    d.cell(0, 4, f"{fmt_date(f['notice'], 'slash')} 09:14  FROM: GANNET BAY UM  1-555-880-2290   TO: SOLACE PELVIC "
                 "WELLNESS PT   P.1/1", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    letterhead(d, "Gannet Bay Health Partners", ["Care Management - Rehabilitation Services",
                                                 "77 Tidewater Lane, Petrel Bay, ME 04999"], 0)
    d.text_line("AUTHORIZATION APPROVAL", 13, "B")
    d.text_line(f"Date: {fmt_date(f['notice'], ds)}", 10)
    d.ln(2)
    d.text_line(f"To: {pt}, {clinic}", 10)
    d.text_line("Fax: 1-555-880-4471", 10)
    d.ln(3)
    lv(d, [("Authorization number", auth), ("Member", f["member"]), ("Member ID", mid), ("Group", grp),
           ("Date of birth", fmt_date(f["dob"], ds)), ("Referring provider", ob),
           ("Approved", "8 visits, pelvic floor physical therapy (97110, 97140, 97530)"),
           ("Valid", f"{fmt_date(start, ds)} through {fmt_date(end, ds)}"),
           ("Diagnosis", "O90.89, N39.3 (postpartum stress incontinence)")],
       w=50, size=9.3)
    paras(d, [
        "The request for additional outpatient physical therapy visits has been approved as shown above. These 8 "
        "visits are in addition to the 16 visits the member has used this year. Visits must be used within the "
        "dates shown. Please request a new review before the last approved visit if more therapy is needed, and "
        "send updated goals and objective measures.",
        "This approval confirms medical necessity only. Payment depends on the member's eligibility and benefits "
        "on the date of service. Please include the authorization number on every claim.",
        "Questions: Rehabilitation Services Care Management, 1-555-880-2290, Monday to Friday, 8 a.m. to 5 p.m.",
        "A copy of this notice has been mailed to the member."], size=9.4)
    t = truth("other", None, insurer=org, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[auth], service_dates=[f"{start.isoformat()}/{end.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=pt,
              alternates={"service_dates": [[], [start.isoformat()]], "provider": [clinic, "Sabine R. Holloway-Cruz"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: EOB, visits over the limit
def doc_eob(r):
    f = base(r)
    org = "Wexcombe Mutual Insurance Company"
    clinic, pt = CLINICS[1], THERAPISTS[1]
    first = f["notice"] - dt.timedelta(days=r.randint(30, 40))
    vs = visits(first, 4)
    claim = pat(r, "9999-999999-99")
    mid, grp = pat(r, "WMX99999999"), pat(r, "99999")
    per = [fee(r, 160, 220) for _ in vs]
    total = round(sum(per), 2)
    ds, ms = "dmy", "nosign"
    d = Page(footer="Wexcombe Mutual Insurance Company")
    d.add_page()
    d.text_line("WEXCOMBE MUTUAL", 16, "B", "R")
    d.text_line(f"Insurance Company  |  PO Box 9910, Fernhollow, WI 54999  |  {f['phone']}", 8.2, "", "R")
    d.rule(0.4, 3)
    d.text_line("Explanation of Benefits", 13, "B")
    d.text_line("THIS IS NOT A BILL", 9)
    d.ln(2)
    lv(d, [("Date of statement", fmt_date(f["notice"], ds)), ("Patient", f["member"]), ("Member no.", mid),
           ("Group no.", grp), ("Claim no.", claim), ("Provider", clinic)], w=40, size=9.2)
    rows = []
    for i, (v, a) in enumerate(zip(vs, per)):
        ok = i < 2
        al = round(a * 0.6, 2)
        rows.append([fmt_date(v, ds), "97110/97140/97530", fmt_money(a, ms), fmt_money(al if ok else 0, ms),
                     fmt_money(al - 30 if ok else 0, ms), fmt_money(30 if ok else a, ms), "" if ok else "V20"])
    rows.append(["*Total", "", fmt_money(total, ms), "", "", "", ""])
    d.table(["Service date", "Codes", "Billed", "Allowed", "Paid", "Member owes", "Note"], rows,
            [26, 40, 22, 22, 22, 26, 14], size=8.2, aligns="LLRRRRL")
    paras(d, [
        "#Notes",
        "V20  Benefit maximum reached. Your plan pays for 30 outpatient physical therapy visits per plan year. "
        f"The visits on {fmt_date(vs[2], ds)} and {fmt_date(vs[3], ds)} were visits 31 and 32. These visits are "
        "not covered and you may owe the provider for them.",
        "Your copay of 30.00 applied to each covered visit.",
        "#Appeals",
        "You may appeal within 180 days of the date of this statement. Write to Wexcombe Mutual Appeals, PO Box "
        "9914, Fernhollow, WI 54999. Your therapist may also ask for a benefit exception based on medical need.",
        "Plan policy WMX-26-PPO-4401."], size=8.9)
    t = truth("eob", "not_covered", insurer=org, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[v.isoformat() for v in vs[2:]],
              denial_date=f["notice"].isoformat(), provider=clinic,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"service_dates": [[v.isoformat() for v in vs]], "claim_amount": [f"{sum(per[2:]):.2f}"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: HMO, visits after the referral expired
def doc_hmo_expired_referral(r):
    f = base(r)
    org = "Ridgeback Valley HMO, Inc."
    clinic, pt, ob = CLINICS[2], THERAPISTS[2], OBS[0]
    ref_start = f["delivery"] + dt.timedelta(days=45)
    ref_end = ref_start + dt.timedelta(days=59)
    vs = [ref_end + dt.timedelta(days=r.randint(3, 6)), ref_end + dt.timedelta(days=r.randint(10, 13))]
    claim, referral = pat(r, "RV999999999"), pat(r, "REF-999999")
    mid, grp = pat(r, "RVH9999999"), pat(r, "99999")
    per = [fee(r, 170, 230) for _ in vs]
    total = round(sum(per), 2)
    ds, ms = "wlong", "plain"
    d = Page(footer="Ridgeback Valley HMO, Inc.  -  Claims Determination  -  Page {p} of {n}")
    d.add_page()
    letterhead(d, "Ridgeback Valley HMO, Inc.", ["Claims Determination Unit", "2600 Orchard Crest Road, Fernhollow, "
                                                 f"WI 54999  -  {f['phone']}"], 0)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line(f"RE: Claim {claim} - Physical therapy after referral end date", 11, "B")
    d.ln(1)
    lv(d, [("Enrollee", f["member"]), ("Enrollee ID", mid), ("Group", grp), ("Rendering provider", f"{pt}"),
           ("Facility", clinic), ("Referral", f"{referral}, from {ob}"),
           ("Referral valid", f"{fmt_date(ref_start, 'slash')} to {fmt_date(ref_end, 'slash')}"),
           ("Visits denied", f"{fmt_date(vs[0], 'slash')}, {fmt_date(vs[1], 'slash')}"),
           ("Total charges", fmt_money(total, ms))], w=44, size=9.3)
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:",
        "As an HMO member you need a current referral from your obstetric or primary care provider for care from "
        "a specialist or therapist. Your referral for pelvic floor physical therapy covered 6 visits within the "
        "dates shown above. The two visits listed were given after the referral ended, and no new referral was "
        "sent. We have therefore denied the claim for these visits.",
        "Your provider is a participating provider and has agreed not to bill you for services denied because a "
        "referral was missing. If you receive a bill, please call us.",
        "If more therapy is needed, your obstetric provider can send a new referral. Your therapist may send a "
        "copy of a referral that covered these dates with a request to reprocess the claim.",
        "#Your right to file a grievance or appeal",
        "You may file an appeal within 180 days of the date on this letter. Write to Ridgeback Valley HMO Appeals, "
        "PO Box 2611, Fernhollow, WI 54999, or call Member Services. You have the right to an independent external "
        "review if we uphold our decision. Free help in other languages: call Member Services."], size=9.4)
    t = truth("denial_letter", "prior_authorization", insurer=org, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[claim], claim_amount=f"{total:.2f}",
              service_dates=[v.isoformat() for v in vs], denial_date=f["notice"].isoformat(), provider=pt,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(), denial_alternates=["other"],
              alternates={"provider": [clinic, "Lena J. Prakash"]})
    return pdf_bytes(d), t


PLAN = [
    ("bd_preservice_twenty_visit_limit_reached", "born_digital", doc_preservice_limit),
    ("scan300_medicaid_nabd_no_ob_referral", "scan_clean_300", doc_medicaid_no_referral),
    ("lowres_aviso_es_limite_24_visitas", "scan_lowres_150", doc_es),
    ("copy_first_level_appeal_upheld_no_progress", "photocopy", doc_upheld),
    ("faxfine_approval_eight_more_visits_to_clinic", "fax_fine_g4", doc_approval),
    ("photo_eob_visits_31_32_over_limit", "phone_photo", doc_eob),
    ("rotated_hmo_visits_after_referral_expired", "rotated", doc_hmo_expired_referral),
]


def documents(rng: random.Random) -> list[Item]:
    return [Item(f"{FAMILY}_{suffix}", cond, [build(random.Random(SEED + i))])
            for i, (suffix, cond, build) in enumerate(PLAN)]
