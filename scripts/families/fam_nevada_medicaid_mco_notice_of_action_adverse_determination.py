"""Family 'nevada_medicaid_mco_notice_of_action_adverse_determination': an invented Nevada Medicaid managed care
organization (Tonopah Crest Health Plan) sends notices of action (adverse benefit determinations): appeal to the
plan within 60 days of the notice, then a State Fair Hearing through the Division of Health Care Financing and
Policy (DHCFP) Hearings Office within 120 days of the appeal decision; continued benefits if asked within 10
days; 72-hour expedited appeals.

Documents: a physical therapy reduction under a white-on-dark band with a label column (born digital); a fine-fax
stack (cover, the provider copy of a home health aide reduction with a fax header line and a two-line table
header, the doctor's letter to the plan fed upside down); a Spanish Aviso de Acción in a boxed grid refusing an
MRI without prior authorization (phone photo); an upheld appeal told only in sentences (inpatient rehabilitation
refused, skilled nursing approved; rotated); a member EOB with three claims, one refused out of network (150 dpi);
a two-column approval with a shaded sidebar (scan 300); a two-page notice refusing an air conditioner as not a
covered benefit with a running header and the appeal date printed (born digital).
All people, IDs, plans and providers are invented; phones use 555.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth
from kit_roundda_famdab import Page, band, kv, ph, plus, shade_head, wrap_table

FAMILY = "nevada_medicaid_mco_notice_of_action_adverse_determination"
LANG = "en"
SEED = 349701
INS = "Tonopah Crest Health Plan"
ADDR = "Tonopah Crest Health Plan  ·  Member Appeals  ·  PO Box 5583, Reno, NV 89502"
HEAR = ("If you are not happy with our appeal decision, you may ask for a State Fair Hearing. You must ask within "
        "120 days of the date of the appeal decision letter. Write to the Division of Health Care Financing and "
        "Policy (DHCFP), Hearings Office, 1100 E. William Street, Suite 101, Carson City, NV 89701, or call "
        "(555) 684-3600. You may speak for yourself or have a lawyer, relative, friend or other person speak "
        "for you.")
CONT = ("If we are reducing, suspending or stopping a service you already get, you may keep getting it during your "
        "appeal if you ask within 10 days of the date of this notice or before the change takes effect. If the "
        "appeal decision is not in your favor, you may have to pay for services you got while the appeal was "
        "pending.")
FAST = ("If waiting 30 days could seriously harm your health, ask for an expedited (fast) appeal. We will decide "
        "within 72 hours.")


def base(r: Rand, lang="en") -> dict:
    member, first, mid, last = r.person(lang)
    return dict(member=member, first=first, last=last, addr=r.address(lang),
                mid=f"TCH{r.digits(9)}", mcd=r.digits(11),
                dob=dt.date(r.randint(1955, 2012), r.randint(1, 12), r.randint(1, 28)),
                ref=f"NOA-{r.digits(2)}-{r.digits(6)}", npi=r.npi())


def addr_block(d: Page, f, size=9.6):
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, size, h=5)


# ---------------------------------------------------------------- 0: PT reduction, label column, dark band
def doc_pt(r: Rand):
    f = base(r)
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 60))
    recv = notice - dt.timedelta(days=r.randint(4, 9))
    start = notice + dt.timedelta(days=r.randint(3, 8))
    end = start + dt.timedelta(days=55)
    ther = r.person()[0]
    clinic = "Truckee Meadows Therapy Associates"
    d = Page(f"{INS}  ·  Nevada Medicaid and Nevada Check Up  ·  NV-NOA-01 (rev. 07/2025)  ·  Page {{p}} of {{n}}")
    d.add_page()
    band(d, "TONOPAH CREST HEALTH PLAN", "A Nevada Medicaid Managed Care Organization  ·  Member Services "
         "1-800-555-0143 (TTY 711)")
    d.text_line("NOTICE OF ACTION", 14, "B", h=7)
    d.text_line("(Notice of Adverse Benefit Determination)", 10, h=5.5)
    d.ln(3)
    y = d.get_y()
    addr_block(d, f)
    d.set_y(y)
    kv(d, [("Notice date:", fmt_date(notice, "slash")), ("Member ID:", f["mid"]), ("Medicaid ID:", f["mcd"]),
           ("Date of birth:", fmt_date(f["dob"], "slash")), ("Reference #:", f["ref"])], lw=30, size=8.8, x=112)
    d.ln(5)
    kv(d, [("Service requested:", "Outpatient physical therapy (97110, 97140), 24 visits"),
           ("Requested by:", f"{ther}, PT, {clinic}"), ("Provider NPI:", f["npi"]),
           ("Request received:", fmt_date(recv, "slash")),
           ("Dates requested:", f"{fmt_date(start, 'slash')} to {fmt_date(end, 'slash')}"),
           ("Our decision:", "Partly approved: 12 visits approved, 12 visits denied")], lw=42, size=9.2)
    d.ln(3)
    shade_head(d, "Why we made this decision")
    d.para("Your therapist asked for 24 visits. The progress notes show you have met most of your goals for walking "
           "and balance, and you can do the remaining exercises in a home program. Twelve more visits are "
           "medically necessary; the other twelve are not medically necessary. We used the plan's outpatient "
           "rehabilitation criteria (UM-PT-04). You may ask for a free copy of the criteria.", 9.4)
    shade_head(d, "Your right to appeal")
    d.para("If you disagree, you may ask Tonopah Crest Health Plan for an appeal. You must ask within 60 days of "
           "the date of this notice. You can call us or write to us at the address below. " + FAST, 9.4)
    d.para(CONT, 9.0)
    d.para(HEAR, 9.0)
    d.para(ADDR + "  ·  Fax " + ph(r), 8.4)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["ref"]], service_dates=[iso(start, end)], denial_date=iso(notice), provider=ther,
              appeal_deadline=iso(plus(notice, 60)),
              alternates={"member_id": [f["mcd"]], "provider": [clinic]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: fax stack: home health reduction + MD letter
def doc_hh(r: Rand, f: dict, faxline: str):
    d = Page(f"{INS}  ·  provider copy  ·  page {{p}}", faxline=faxline, margins=(15, 14, 15))
    d.add_page()
    d.text_line("Tonopah Crest Health Plan", 15, "B", h=7)
    d.text_line("Utilization Management  ·  9410 W. Sahara Avenue, Las Vegas, NV 89117  ·  Fax " + ph(r), 8.4, h=5)
    d.rule(0.5, 3)
    d.text_line("Notice of Action  -  PROVIDER COPY", 12, "B", h=7)
    kv(d, [("Date of this notice", fmt_date(f["notice"], "long")), ("To provider", f["agency"]),
           ("Member", f["member"]), ("Member ID", f["mid"]), ("Authorization request", f["auth"]),
           ("Date of birth", fmt_date(f["dob"], "long"))], lw=48, size=9)
    d.ln(3)
    wrap_table(d, ["Service (HCPCS)", "Hours per week requested", "Hours per week approved",
                   "Effective period of change", "Decision"],
               [["Home health aide (G0156)", "20", "12",
                 f"{fmt_date(f['start'], 'slash')} - {fmt_date(f['end'], 'slash')}", "Reduced"]],
               [44, 30, 30, 48, 26], size=8.2)
    d.para("Reason: the assessment of your needs shows you can bathe and dress with standby help and that your "
           "caregiver is home in the evenings. Twelve hours per week of aide services meet your needs. The extra "
           "eight hours are not medically necessary under the plan's home health criteria.", 9.2)
    d.para(f"Appeal: the member, or the provider with the member's written consent, may appeal within 60 days of "
           f"the date of this notice. {CONT}", 9.0)
    d.para(HEAR, 8.8)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["auth"]], service_dates=[iso(f["start"], f["end"])], denial_date=iso(f["notice"]),
              provider=f["agency"], appeal_deadline=iso(plus(f["notice"], 60)))
    return pdf_bytes(d), t


def doc_md_letter(r: Rand, f: dict, faxline: str):
    doc = f["doc"]
    ldate = plus(f["notice"], r.randint(5, 12))
    d = Page(None, faxline=faxline, margins=(24, 20, 24), serif=True)
    d.add_page()
    d.text_line("Washoe Valley Family Medicine", 14, "B", h=7)
    d.text_line(f"2875 Lantern Way, Sparks, NV 89431  ·  Phone {ph(r)}  ·  Fax {ph(r)}", 8.6, h=5)
    d.ln(8)
    d.text_line(fmt_date(ldate, "long"), 10.5, h=6)
    d.ln(2)
    d.text_line("Tonopah Crest Health Plan, Member Appeals", 10.5, h=5.2)
    d.text_line("PO Box 5583, Reno, NV 89502", 10.5, h=5.2)
    d.ln(5)
    d.para(f"Re: {f['member']}, member ID {f['mid']}, authorization request {f['auth']}", 10.5)
    d.para("To the appeals reviewer:", 10.5)
    d.para(f"I am the primary care physician for {f['first']} {f['last']}. I ask you to restore twenty hours a week "
           f"of home health aide services. Since a fall last autumn my patient needs hands-on help, not standby "
           f"help, to get in and out of the shower, and the caregiver works evenings three days a week. The "
           f"reduction for {fmt_date(f['start'], 'long')} through {fmt_date(f['end'], 'long')} puts my patient "
           f"at real risk of another fall.", 10.5)
    d.para("My notes from the last two visits and the physical therapist's home safety report are enclosed. "
           "Please call my office if you need more information.", 10.5)
    d.para(f"Sincerely,\n\n{doc}, MD\nNPI {r.npi()}", 10.5)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[f["auth"]],
              service_dates=[iso(f["start"], f["end"])], denial_date=iso(ldate), provider=doc,
              unscored=["insurer"], alternates={"denial_date": [None], "case_numbers": [[]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f["notice"] = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 60))
    f["start"] = plus(f["notice"], 12)
    f["end"] = plus(f["start"], 89)
    f["agency"] = "High Desert Home Health Services"
    f["auth"] = f"HH{r.digits(8)}"
    f["doc"] = r.person()[0]
    fx = f"{f['notice'].strftime('%m/%d/%Y')} 14:{r.randint(10, 59)}  FROM: TCHP UM  FAX {ph(r)}  TO: {ph(r)}  P.{{p}}"
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [doc_hh(r, f, fx), doc_md_letter(r, f, fx)],
                separators=["cover", None], turns={(1, 0): 180})


# ---------------------------------------------------------------- 2: Spanish Aviso de Acción, boxed grid
def doc_es(r: Rand):
    f = base(r, "es")
    notice = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 40))
    dos = plus(notice, r.randint(6, 14))
    doc = r.person("es")[0]
    d = Page(f"{INS}  ·  Aviso de Acción  ·  Página {{p}} de {{n}}", margins=(14, 14, 14))
    d.add_page()
    d.text_line("Tonopah Crest Health Plan", 15, "B", h=7)
    d.text_line("Plan de atención administrada de Nevada Medicaid  ·  Servicios al Miembro 1-800-555-0143", 8.4, h=5)
    d.ln(2)
    d.text_line("AVISO DE ACCIÓN", 13, "B", h=7)
    d.text_line("(Aviso de Determinación Adversa de Beneficios)", 9.5, h=5)
    d.ln(2)
    d.boxes([("Fecha del aviso", fmt_date(notice, "es"), 52), ("Miembro", f["member"], 70),
             ("Nº de miembro", f["mid"], 58)], h=12)
    d.boxes([("Nº de Medicaid", f["mcd"], 46), ("Fecha de nacimiento", fmt_date(f["dob"], "es"), 58),
             ("Número de referencia", f["ref"], 76)], h=12)
    d.boxes([("Servicio", "Resonancia magnética (RM) de rodilla, 73721", 84), ("Médico que lo pidió", doc, 56),
             ("Fecha prevista", fmt_date(dos, "es"), 40)], h=12)
    d.ln(4)
    shade_head(d, "¿Por qué negamos este servicio?")
    d.para("La resonancia magnética necesita autorización previa del plan. Su médico no pidió la autorización "
           "antes de programar el estudio y no recibimos la información clínica. Por eso negamos el servicio por "
           "falta de autorización previa. Su médico puede enviar una nueva solicitud en cualquier momento.", 9.4)
    shade_head(d, "Su derecho a apelar")
    d.para("Si no está de acuerdo, puede pedir una apelación dentro de 60 días de la fecha de este aviso. Si "
           "esperar podría dañar gravemente su salud, pida una apelación rápida; decidiremos en 72 horas.", 9.4)
    d.para("Si no está conforme con la decisión de la apelación, puede pedir una audiencia imparcial estatal a la "
           "Oficina de Audiencias de la División de Financiamiento y Políticas de Atención Médica (DHCFP) dentro "
           "de 120 días de la fecha de la carta de decisión de la apelación.", 9.0)
    d.para("Puede pedir copias gratis de todos los documentos usados para tomar esta decisión. Tonopah Crest "
           "Health Plan, PO Box 5583, Reno, NV 89502. Fax " + ph(r) + ".", 8.8)
    t = truth("denial_letter", "prior_authorization", "es", insurer=INS, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["ref"]], service_dates=[iso(dos)], denial_date=iso(notice), provider=doc,
              appeal_deadline=iso(plus(notice, 60)), alternates={"member_id": [f["mcd"]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: upheld appeal, only sentences (rotated)
def doc_upheld(r: Rand):
    f = base(r)
    admit = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 50))
    notice = plus(admit, r.randint(25, 35))
    first = plus(admit, -1)
    appeal = f"APL-{r.digits(7)}"
    doc = r.person()[0]
    d = Page(f"{INS}  —  Appeals Unit", margins=(26, 22, 26), serif=True)
    d.add_page()
    d.text_line("Tonopah Crest Health Plan", 16, "B", h=8)
    d.text_line("Appeals Unit  ·  PO Box 5583, Reno, NV 89502", 8.8, h=5)
    d.ln(10)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    d.ln(3)
    addr_block(d, f, 10.5)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"You asked us to look again at our decision about your stay after your hospital discharge. Dr. {doc} "
           f"asked us to approve admission to an inpatient rehabilitation facility beginning "
           f"{fmt_date(admit, 'long')}. On {fmt_date(first, 'long')} we decided that you could get the care you "
           f"need in a skilled nursing facility instead, and we approved a skilled nursing stay. Your appeal "
           f"number is {appeal} and your member ID is {f['mid']}.", 10.5)
    d.para("A doctor who specializes in physical medicine and rehabilitation, and who did not make the first "
           "decision, reviewed your hospital records and the therapy notes. You could take part in about one hour "
           "of therapy a day, not the three hours a day that inpatient rehabilitation requires. We have upheld our "
           "decision: inpatient rehabilitation is not approved, and your skilled nursing facility stay remains "
           "approved. This is the plan's final decision on your appeal.", 10.5)
    d.para(HEAR, 10.5)
    d.para(f"You may ask us for free copies of the records and criteria we used. Call 1-800-555-0143 (TTY 711). "
           f"Your date of birth on file is {fmt_date(f['dob'], 'long')}.", 10.0)
    d.para("Sincerely,\n\nAppeals Coordinator\nTonopah Crest Health Plan", 10.5)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=f["mid"], member_name=f["member"],
              case_numbers=[appeal], service_dates=[iso(admit)], denial_date=iso(notice), provider=doc,
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: member EOB, 3 claims, one out of network
def doc_eob(r: Rand):
    f = base(r)
    stmt = dt.date(2026, 2, 10) + dt.timedelta(days=r.randint(0, 60))
    d1, d2, d3 = (plus(stmt, -r.randint(20, 50)) for _ in range(3))
    c1, c2, c3 = (f"{r.digits(4)}{r.letters(1)}{r.digits(6)}" for _ in range(3))
    a1, a2 = float(r.randint(140, 260)), float(r.randint(90, 180)) + 0.5
    lines3 = [("99204", "Office visit, new patient", float(r.randint(280, 390))),
              ("95810", "Sleep study, attended", float(r.randint(1400, 2300)) + 0.75)]
    tot3 = sum(x[2] for x in lines3)
    prov3 = "Sierra Sleep Diagnostics of Utah"
    d = Page(f"Tonopah Crest Health Plan  ·  Explanation of Benefits  ·  This is not a bill  ·  {{p}}/{{n}}",
             margins=(12, 12, 12))
    d.add_page()
    band(d, "Explanation of Benefits", INS + "  ·  Nevada Medicaid Managed Care", size=13)
    y = d.get_y()
    addr_block(d, f, 9.2)
    d.set_y(y)
    kv(d, [("Statement date:", fmt_date(stmt, "iso")), ("Member ID:", f["mid"]), ("Member:", f["member"]),
           ("Claims processed:", f"{fmt_date(plus(stmt, -30), 'iso')} to {fmt_date(plus(stmt, -1), 'iso')}")],
       lw=34, size=8.6, h=4.8, x=112)
    d.ln(5)
    head = ["Claim / provider", "Date of service", "Service", "Billed", "Plan paid", "You owe", "Note"]
    w = [50, 24, 48, 20, 20, 16, 10]
    d.table(head, [[f"{c1} Reno Pediatric Clinic", fmt_date(d1, "iso"), "99213 office visit", fmt_money(a1),
                    fmt_money(a1 * 0.6), "$0.00", "A1"],
                   [f"{c2} Lakeview Lab Services", fmt_date(d2, "iso"), "80053 metabolic panel", fmt_money(a2),
                    fmt_money(a2 * 0.4), "$0.00", "A1"]],
            w, size=7.6, aligns="LLLRRRL", head_fill=True)
    d.text_line(f"Claim {c3}  ·  {prov3} (not in network)", 9, "B", h=5.5)
    rows = [[f"line {i + 1}", fmt_date(d3, "iso"), f"{c} {s}", fmt_money(b), "$0.00", "$0.00", "N4"]
            for i, (c, s, b) in enumerate(lines3)]
    rows.append(["*Claim total", "", "", fmt_money(tot3), "$0.00", "$0.00", ""])
    d.table(head, rows, w, size=7.6, aligns="LLLRRRL", head_fill=True)
    d.text_line("Notes", 10, "B", h=6)
    d.para("A1  Paid. Nevada Medicaid members do not pay copays for this service.\nN4  Denied: the provider is "
           "not in the Tonopah Crest network and the service was not authorized as an out-of-network service. "
           "Out-of-network care is covered only for emergencies or when we approve it first. The provider may "
           "not bill you for this denied claim.", 8.6)
    d.para("If you disagree with a denied claim, you may appeal within 60 days of the date of this statement. "
           + FAST + " After the appeal you may ask for a State Fair Hearing with the DHCFP Hearings Office within "
           "120 days of the appeal decision.", 8.6)
    t = truth("eob", "out_of_network", insurer=INS, member_id=f["mid"], member_name=f["member"], case_numbers=[c3],
              claim_amount=m2(tot3), service_dates=[iso(d3)], denial_date=iso(stmt), provider=prov3,
              appeal_deadline=iso(plus(stmt, 60)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: approval, two-column sidebar (scan 300)
def doc_approval(r: Rand):
    f = base(r)
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 60))
    dos = plus(notice, r.randint(7, 20))
    auth = f"PA{r.digits(9)}"
    doc = r.person()[0]
    d = Page(f"{INS}  ·  Nevada Medicaid MCO", margins=(12, 14, 14))
    d.add_page()
    band(d, "Tonopah Crest Health Plan", "Notice of Approval  ·  Prior Authorization")
    top = d.get_y()
    d.set_fill_color(236, 236, 236)
    d.rect(12, top, 58, 110, style="F")
    d.set_xy(14, top + 3)
    for lab, val in [("DATE", fmt_date(notice, "upper")), ("MEMBER", f["member"]), ("MEMBER ID", f["mid"]),
                     ("MEDICAID ID", f["mcd"]), ("AUTHORIZATION", auth), ("SERVICE DATE", fmt_date(dos, "upper")),
                     ("ORDERING DOCTOR", doc), ("DATE OF BIRTH", fmt_date(f["dob"], "iso"))]:
        d.set_x(14)
        d.font(7, "B")
        d.cell(54, 4, lab, new_x="LMARGIN", new_y="NEXT")
        d.set_x(14)
        d.font(9)
        d.cell(54, 5.5, val, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.5)
    d.set_xy(76, top)
    d.set_left_margin(76)
    addr_block(d, f, 10)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para(f"Good news. We approved the request from {doc} for a colonoscopy with biopsy (45380) at Carson Valley "
           f"Endoscopy Center, planned for {fmt_date(dos, 'long')}. This approval is valid for 90 days.", 10)
    d.para("Nothing was denied. You do not need to do anything. If the date changes, your doctor does not need to "
           "ask us again within the 90 days. This letter is not a guarantee of payment if you lose Medicaid "
           "eligibility before the service.", 10)
    d.para("Questions? Call Member Services at 1-800-555-0143 (TTY 711), Monday to Friday, 8 a.m. to 5 p.m.", 10)
    d.set_left_margin(12)
    t = truth("other", None, insurer=INS, member_id=f["mid"], member_name=f["member"], case_numbers=[auth],
              service_dates=[iso(dos)], denial_date=iso(notice), provider=doc,
              alternates={"member_id": [f["mcd"]], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: two-page not covered, running header
def doc_ac(r: Rand):
    f = base(r)
    notice = dt.date(2026, 3, 1) + dt.timedelta(days=r.randint(0, 45))
    dl = plus(notice, 60)
    req = plus(notice, -r.randint(5, 10))
    sup = "Silver State Medical Supply"
    d = Page(f"Form TCH-NOA-3  ·  {INS}  ·  Page {{p}} of {{n}}",
             header=f"{f['member']}   ·   Member ID {f['mid']}   ·   Reference {f['ref']}", margins=(18, 16, 18))
    d.add_page()
    d.text_line("TONOPAH CREST HEALTH PLAN", 14, "B", h=7)
    d.text_line("Nevada Medicaid Managed Care  ·  9410 W. Sahara Avenue, Las Vegas, NV 89117", 8.6, h=5)
    d.rule(0.6, 4)
    d.text_line(fmt_date(notice, "abbr"), 10, h=6)
    d.ln(2)
    addr_block(d, f, 10)
    d.ln(5)
    d.text_line("Notice of Action: Service Denied", 12.5, "B", h=7)
    d.ln(1)
    d.para(f"Dear {f['first']} {f['last']},", 10)
    d.para(f"On {fmt_date(req, 'abbr')} we received a request from {sup} for a room air conditioning unit "
           f"(E1399) for you. We have denied this request. Reference number {f['ref']}.", 10)
    shade_head(d, "Reason for our decision")
    d.para("An air conditioner is an environmental item. It is not primarily medical in nature and is not a "
           "covered benefit under the Nevada Medicaid State Plan or the durable medical equipment chapter of the "
           "Medicaid Services Manual. Because it is not a covered benefit, we did not review medical necessity.", 10)
    d.para("Other help may be available: Nevada's energy assistance program and your care coordinator can help "
           "you look for cooling resources in the summer.", 10)
    d.add_page()
    shade_head(d, "Your appeal rights")
    d.para(f"You have the right to appeal this decision. Your appeal must be received by {fmt_date(dl, 'long')}. "
           f"You may call us at 1-800-555-0143 or write to the address on page 1. If you call, we may ask you to "
           f"follow up in writing. " + FAST, 10)
    d.para(HEAR, 10)
    d.para("You may ask for free copies of all documents, records and other information relevant to this decision. "
           "Date of birth on file: " + fmt_date(f["dob"], "abbr") + ".", 10)
    d.para("Nondiscrimination notice: Tonopah Crest Health Plan complies with federal civil rights laws. ATENCIÓN: "
           "si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. Llame al "
           "1-800-555-0143 (TTY 711).", 8.8)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["ref"]], denial_date=iso(notice), provider=sup, appeal_deadline=iso(dl))
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_pt, "pt_reduction", "born_digital"), (2, doc_es, "aviso_es_mri", "phone_photo"),
              (3, doc_upheld, "appeal_upheld", "rotated"), (4, doc_eob, "member_eob", "scan_lowres_150"),
              (5, doc_approval, "approval", "scan_clean_300"), (6, doc_ac, "not_covered_2p", "born_digital")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
