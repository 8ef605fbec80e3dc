"""Connecticut HUSKY Health notices of action from an invented medical administrative services organization.

Public-ish: mirrors the structure of a HUSKY Health notice of action (what we decided, why, the rule, how to ask
for an appeal and an administrative hearing within 60 days, continued benefits if asked before the effective
date). Organization, people and numbers are invented; phones use 555.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, m2, pdf_bytes, truth
from kit_rounddb_famdba import band, fax_line, heading, labels, plus, wrapped_head_table

FAMILY = "connecticut_husky_health_notice_of_action_denial"
LANG = "en"
SEED = 349900
ORG = "Charter Oak Medical Administrative Services"
SUB = "Administrative Services Organization for HUSKY Health - Connecticut Department of Social Services"
ADDR = "PO Box 5550, Wallingford, CT 06492  |  Member Services 1-800-555-0147  |  TTY 711"
HEAR = ("Department of Social Services, Office of Legal Counsel, Regulations and Administrative Hearings, "
        "55 Farmington Avenue, Hartford, CT 06105")


def base(r: Rand, lang="en"):
    notice = dt.date(2026, r.randint(1, 9), r.randint(1, 28))
    name, first, mid, last = r.person(lang)
    return dict(notice=notice, name=name, first=first, last=last, mid=mid, addr=r.address(lang),
                mid_id=r.choice("ABCDEFGHJK") + r.digits(8), case=f"NOA-{notice.year}-{r.digits(6)}",
                dob=dt.date(r.randint(1950, 2010), r.randint(1, 12), r.randint(1, 28)))


def rights(d: Doc, notice: dt.date, eff: dt.date, size=9.2):
    heading(d, "YOUR RIGHT TO AN APPEAL AND AN ADMINISTRATIVE HEARING", 10)
    d.para("If you do not agree with this decision, you may ask for an appeal and an administrative hearing. "
           "You must ask within 60 days of the date of this notice. Call Member Services at 1-800-555-0147 or "
           f"write to us. You may also write to the {HEAR}.", size)
    d.para("If waiting for a standard decision could seriously harm your health, ask for an expedited appeal; "
           "we will decide within 72 hours.", size)
    d.para(f"CONTINUED BENEFITS: If you are already getting this service, you may keep getting it while you wait "
           f"for a decision if you ask before the effective date of this action, {fmt_date(eff, 'long')}. If the "
           "decision is not in your favor you may have to pay for services you received while waiting.", size)
    d.para("You may bring a friend, relative, legal representative or other person to help you. Free legal help "
           "may be available; call 1-800-555-0190.", size)


def doc_mri_bd(r: Rand):
    """Two-page notice of action with a label column: lumbar MRI not medically necessary."""
    f = base(r)
    prov = f"Dr. {r.person()[0]}"
    planned = plus(f["notice"], r.randint(8, 20))
    recv = plus(f["notice"], -r.randint(3, 9))
    d = Doc(footer=ORG + "  -  HUSKY Health  -  page {p} of {n}", header=f"Notice of Action - {f['name']} - page 2")
    d.add_page()
    band(d, ORG, SUB)
    d.text_line(fmt_date(f["notice"], "long"))
    d.ln(2)
    for line in (f["name"], *f["addr"]):
        d.text_line(line, 10)
    d.ln(3)
    d.text_line("NOTICE OF ACTION", 14, "B", h=7)
    d.text_line("Denial of a request for a HUSKY Health covered service", 10)
    d.ln(2)
    labels(d, [("Member:", f["name"]), ("HUSKY Client ID:", f["mid_id"]), ("Date of birth:", fmt_date(f["dob"], "slash")),
               ("Reference number:", f["case"]), ("Requesting provider:", prov),
               ("Provider NPI:", r.npi()), ("Service requested:", "MRI lumbar spine without contrast (72148)"),
               ("Requested date of service:", fmt_date(planned, "slash")),
               ("Request received:", fmt_date(recv, "slash")), ("Decision:", "DENIED")])
    heading(d, "WHY WE MADE THIS DECISION")
    d.para(f"Your provider asked for an MRI of your lower back. We reviewed the records we received. The records "
           "show back pain for three weeks without weakness, numbness, or loss of bladder control. The clinical "
           "guideline requires six weeks of treatment such as physical therapy or medication before imaging "
           "unless there are red-flag signs. The service is not medically necessary at this time.")
    d.para("Rule used: Regulations of Connecticut State Agencies, Section 17b-259b (definition of medical "
           "necessity), and the imaging clinical guideline for low back pain.", 9.5)
    d.add_page()
    rights(d, f["notice"], plus(f["notice"], 10))
    heading(d, "OTHER HELP", 10)
    d.para("You may ask for free copies of all records and the guideline we used. Fax: 1-800-555-0148. "
           "Form NOA-MED-03 (rev. 2025).", 9.2)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid_id"], member_name=f["name"],
              case_numbers=[f["case"]], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=prov, appeal_deadline=plus(f["notice"], 60).isoformat())
    return pdf_bytes(d), t


def doc_noauth_fax(r: Rand):
    """Fax of a notice that tells its facts only in sentences: a claim with no prior authorization."""
    f = base(r)
    prov = f"{r.choice(['Shoreline', 'Quinnipiac', 'Housatonic'])} Home Infusion Services"
    svc = plus(f["notice"], -r.randint(30, 60))
    amt = r.amount(600, 4800)
    claim = f"{r.digits(4)}{r.digits(7)}"
    d = Doc()
    d.add_page()
    fax_line(d, f"{fmt_date(plus(f['notice'], 1), 'slash')} 09:14  FROM: 203-555-0162  TO: 860-555-0119  P. 1/1")
    band(d, ORG, "HUSKY Health", dark=False)
    d.para(f"{fmt_date(f['notice'], 'abbr')}\n\n{f['name']}\n{f['addr'][0]}\n{f['addr'][1]}", 10)
    d.text_line("Notice of Action", 13, "B", h=7)
    d.ln(2)
    d.para(f"Dear {f['first']} {f['last']}, we are writing about the home infusion services you received on "
           f"{fmt_date(svc, 'long')} from {prov}. Your HUSKY Client ID is {f['mid_id']} and this notice is "
           f"reference {claim}. The provider billed {fmt_money(amt)} for these services.")
    d.para("We denied payment because the provider did not get prior authorization before giving the service, "
           "as HUSKY Health requires for home infusion therapy. Because this is a provider billing issue, the "
           "provider may not bill you for this service.")
    d.para("If you disagree, you may ask for an appeal and an administrative hearing within 60 days of the date "
           "of this notice by calling 1-800-555-0147. An expedited appeal is decided within 72 hours. You may "
           f"also write to the {HEAR}.")
    d.para("Sincerely,\nUtilization Management Department\nCharter Oak Medical Administrative Services", 10)
    t = truth("denial_letter", "prior_authorization", insurer=ORG, member_id=f["mid_id"], member_name=f["name"],
              case_numbers=[claim], claim_amount=m2(float(amt)), service_dates=[svc.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prov, appeal_deadline=plus(f["notice"], 60).isoformat())
    return pdf_bytes(d), t


def doc_es_photo(r: Rand):
    """Spanish notice of action: inpatient rehabilitation denied, a skilled nursing facility offered (setting)."""
    f = base(r, "es")
    hosp = "Hospital de Rehabilitación Gaylord Hills"
    a = plus(f["notice"], 3)
    b = plus(a, 13)
    d = Doc(footer=ORG + " - HUSKY Health - página {p}")
    d.add_page()
    band(d, ORG, "Organización de Servicios Administrativos de HUSKY Health")
    d.text_line(fmt_date(f["notice"], "es"))
    d.ln(2)
    for line in (f["name"], *f["addr"]):
        d.text_line(line, 10)
    d.ln(3)
    d.text_line("AVISO DE ACCIÓN", 14, "B", h=7)
    labels(d, [("Miembro:", f["name"]), ("Número de cliente HUSKY:", f["mid_id"]), ("Número de referencia:", f["case"]),
               ("Proveedor:", hosp), ("Servicio:", "Rehabilitación para pacientes hospitalizados"),
               ("Fechas pedidas:", f"{fmt_date(a, 'slash')} - {fmt_date(b, 'slash')}"),
               ("Fecha de nacimiento:", fmt_date(f["dob"], "slash"))], lw=56)
    heading(d, "¿Por qué tomamos esta decisión?")
    d.para("Usted puede hacer su terapia en un centro de enfermería especializada. No necesita el nivel de "
           "atención de un hospital de rehabilitación. Aprobamos la atención en un centro de enfermería "
           "especializada para las mismas fechas.")
    heading(d, "Su derecho a una apelación y a una audiencia administrativa", 10)
    d.para("Si no está de acuerdo, puede pedir una apelación y una audiencia administrativa dentro de 60 días a "
           "partir de la fecha de este aviso. Llame al 1-800-555-0147. Si su salud está en riesgo, pida una "
           "apelación acelerada; decidiremos dentro de 72 horas. Puede seguir recibiendo el servicio si lo pide "
           f"antes de la fecha de vigencia, {fmt_date(plus(f['notice'], 10), 'es')}.", 9.3)
    t = truth("denial_letter", "level_of_care", lang="es", insurer=ORG, member_id=f["mid_id"],
              member_name=f["name"], case_numbers=[f["case"]], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=hosp,
              appeal_deadline=plus(f["notice"], 60).isoformat(), denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


def doc_approval_scan(r: Rand):
    """An approval notice with a boxed label grid: denies nothing."""
    f = base(r)
    prov = f"Dr. {r.person()[0]}"
    auth = f"PA{r.digits(9)}"
    s = plus(f["notice"], 5)
    e = plus(s, 89)
    d = Doc(footer="Charter Oak Medical Administrative Services for HUSKY Health")
    d.add_page()
    band(d, ORG, SUB)
    d.text_line(fmt_date(f["notice"], "iso"))
    d.ln(2)
    d.text_line("NOTICE OF APPROVAL", 14, "B", h=7)
    d.ln(1)
    d.boxes([("Member name", f["name"], 70), ("HUSKY Client ID", f["mid_id"], 45), ("Authorization", auth, 64)])
    d.boxes([("Ordering provider", prov, 70), ("Approved from", fmt_date(s, "slash"), 45),
             ("Approved through", fmt_date(e, "slash"), 64)])
    d.ln(4)
    d.para("Good news. We approved the request for a continuous glucose monitor and sensors (E2103, A4239) for "
           "the period shown above. You do not need to do anything. If you have questions call Member Services "
           "at 1-800-555-0147 (TTY 711).")
    d.para("This approval is not a guarantee of payment if you lose HUSKY Health eligibility during the period.", 9)
    t = truth("other", None, insurer=ORG, member_id=f["mid_id"], member_name=f["name"], case_numbers=[auth],
              service_dates=[f"{s.isoformat()}/{e.isoformat()}"], denial_date=f["notice"].isoformat(), provider=prov)
    return pdf_bytes(d), t


def doc_claims_rotated(r: Rand):
    """A member claims summary with three claims, one denied as not covered (wrapped table header)."""
    f = base(r)
    stmt = f["notice"]
    rows, claims = [], []
    provs = [f"Dr. {r.person()[0]}", "Middlesex Valley Dental Arts", "Naugatuck Radiology Group"]
    for i, p in enumerate(provs):
        svc = plus(stmt, -r.randint(20, 70))
        amt = float(r.amount(140, 2200))
        no = f"{r.digits(2)}{r.digits(10)}"
        denied = i == 1
        paid = 0.0 if denied else round(amt * 0.55, 2)
        claims.append((no, svc, amt, p))
        rows.append([no, fmt_date(svc, "slash"), p[:28], fmt_money(amt, "nosign"), fmt_money(paid, "nosign"),
                     "D7" if denied else "P1"])
    d = Doc(orientation="L", footer=ORG + "  |  Member Claims Summary  |  {p}")
    d.add_page()
    band(d, ORG, "HUSKY Health - Member Claims Summary (this is not a bill)")
    labels(d, [("Statement date:", fmt_date(stmt, "upper")), ("Member:", f["name"]), ("Client ID:", f["mid_id"]),
               ("Period:", f"{fmt_date(plus(stmt, -90), 'slash')} to {fmt_date(stmt, 'slash')}")])
    wrapped_head_table(d, [("Claim", "number"), ("Service", "date"), ("Provider", "name"), ("Amount", "billed"),
                           ("HUSKY", "paid"), ("Remark", "code")], rows, [48, 28, 70, 30, 30, 24],
                       aligns="LLLRRL")
    d.para("P1 - Paid according to the HUSKY Health fee schedule.  D7 - Denied: adult cosmetic tooth whitening "
           "is not a covered service under HUSKY Health. You may ask for an appeal and an administrative hearing "
           "within 60 days of the date of this statement. Call 1-800-555-0147.", 9)
    no, svc, amt, p = claims[1]
    t = truth("eob", "not_covered", insurer=ORG, member_id=f["mid_id"], member_name=f["name"], case_numbers=[no],
              claim_amount=m2(amt), service_dates=[svc.isoformat()], denial_date=stmt.isoformat(), provider=p,
              appeal_deadline=plus(stmt, 60).isoformat())
    return pdf_bytes(d), t


def doc_upheld_copy(r: Rand):
    """Appeal decision that upholds a denial (a two-column body)."""
    f = base(r)
    prov = f"Dr. {r.person()[0]}"
    appeal = f"APL-{r.digits(7)}"
    svc = plus(f["notice"], r.randint(10, 30))
    d = Doc(footer="HUSKY Health appeal decision - " + ORG)
    d.add_page()
    band(d, ORG, SUB)
    d.text_line(fmt_date(f["notice"], "dmy"))
    d.ln(2)
    d.text_line("APPEAL DECISION - DENIAL UPHELD", 13, "B", h=7)
    d.ln(1)
    y = d.get_y()
    d.set_xy(d.l_margin, y)
    d.font(9.5)
    d.multi_cell(85, 4.6, f"Member: {f['name']}\nClient ID: {f['mid_id']}\nAppeal number: {appeal}\n"
                 f"Original reference: {f['case']}\nProvider: {prov}\nService: Bilateral breast reduction "
                 f"(19318)\nPlanned date: {fmt_date(svc, 'slash')}\nDOB: {fmt_date(f['dob'], 'slash')}")
    d.set_xy(d.l_margin + 92, y)
    d.multi_cell(0, 4.6, "A physician reviewer board-certified in plastic surgery reviewed your appeal and the "
                 "records from your provider. The records do not show the required documentation of symptoms "
                 "and a tissue weight estimate meeting the criteria. The procedure is not medically necessary. "
                 "We uphold our earlier decision.")
    d.set_y(max(d.get_y(), y + 40) + 4)
    d.para("You have finished the appeal process with us. If you do not agree, you may ask for an administrative "
           f"hearing within 120 days of the date of this decision. Write to the {HEAR}. Hearing Request Form "
           "W-1441.", 9.3)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid_id"], member_name=f["name"],
              case_numbers=[appeal, f["case"]], service_dates=[svc.isoformat()], denial_date=f["notice"].isoformat(),
              provider=prov)
    return pdf_bytes(d), t


def stack_docs(r: Rand):
    """A doctor's letter to the organization, then a notice of action denying the request as experimental."""
    f = base(r)
    dname = r.person()[0]
    prov = f"Dr. {dname}"
    planned = plus(f["notice"], 21)
    letter_date = plus(f["notice"], -12)
    d1 = Doc()
    d1.add_page()
    d1.text_line("Elm City Neurology Associates", 14, "B", h=7)
    d1.text_line("300 George Street, New Haven, CT 06511  -  Tel 203-555-0175  -  Fax 203-555-0176", 8.5)
    d1.rule()
    d1.text_line(fmt_date(letter_date, "long"))
    d1.ln(2)
    d1.para(f"To: Utilization Management, {ORG}\nRe: {f['name']}, HUSKY Client ID {f['mid_id']}")
    d1.para(f"I am writing to request authorization of transcranial magnetic stimulation for my patient, "
            f"{f['name']} (DOB {fmt_date(f['dob'], 'slash')}), who has treatment-resistant migraine after trials "
            "of four preventive medications. A single-pulse device is planned for home use. Records of the "
            "trials are attached.")
    d1.para(f"Sincerely,\n\n{prov}\nNPI {r.npi()}")
    t1 = truth("other", None, member_id=f["mid_id"], member_name=f["name"], denial_date=letter_date.isoformat(),
               provider=prov, unscored=["insurer", "denial_date"])
    d2 = Doc(footer=ORG + " - page {p} of {n}")
    d2.add_page()
    band(d2, ORG, SUB)
    d2.text_line(fmt_date(f["notice"], "slash"))
    d2.text_line("NOTICE OF ACTION", 14, "B", h=7)
    labels(d2, [("Member", f["name"]), ("Client ID", f["mid_id"]), ("Reference #", f["case"]),
                ("Requesting provider", prov), ("Service", "Single-pulse TMS device (E0766)"),
                ("Date of service", fmt_date(planned, "slash"))])
    d2.para("We denied this request. Single-pulse transcranial magnetic stimulation for migraine is considered "
            "experimental and investigational under the HUSKY Health coverage guideline; its effect on outcomes "
            "has not been shown in published studies.")
    rights(d2, f["notice"], plus(f["notice"], 10), 9)
    t2 = truth("denial_letter", "experimental", insurer=ORG, member_id=f["mid_id"], member_name=f["name"],
               case_numbers=[f["case"]], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
               provider=prov, appeal_deadline=plus(f["notice"], 60).isoformat())
    return [(pdf_bytes(d1), t1), (pdf_bytes(d2), t2)]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: Rand(SEED + i)  # noqa: E731
    return [
        Item(f"{FAMILY}_bd_two_page_mri_label_column", "born_digital", [doc_mri_bd(r(0))]),
        Item(f"{FAMILY}_faxfine_prose_no_prior_auth_claim", "fax_fine_g4", [doc_noauth_fax(r(1))]),
        Item(f"{FAMILY}_photo_aviso_es_rehab_setting", "phone_photo", [doc_es_photo(r(2))]),
        Item(f"{FAMILY}_scan300_approval_box_grid", "scan_clean_300", [doc_approval_scan(r(3))]),
        Item(f"{FAMILY}_rotated_claims_summary_one_denied", "rotated", [doc_claims_rotated(r(4))]),
        Item(f"{FAMILY}_copy_appeal_upheld_two_column", "photocopy", [doc_upheld_copy(r(5))]),
        Item(f"{FAMILY}_lowres_stack_doctor_letter_and_noa", "scan_lowres_150", stack_docs(r(6)),
             separators=["blank", None], turns={(1, 0): 180}),
    ]
