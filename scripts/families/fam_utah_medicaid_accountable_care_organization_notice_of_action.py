"""Utah Medicaid ACO notice of adverse benefit determination (public-ish; invented ACO and people).

Mirrors the structure of a Utah Medicaid accountable care organization's notice: appeal to the plan within 60
days of the notice, a state fair hearing with the Utah Department of Health and Human Services within 120 days
of the plan's appeal decision, expedited appeal in 72 hours, continued benefits if asked in time.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Rand, m2, pdf_bytes, truth
from kit_rounddb_famdbb import (address_block, band, fd, heading, labels, new, paras, plus, sidebar, two_col, usd,
                                wrapped_table)

FAMILY = "utah_medicaid_accountable_care_organization_notice_of_action"
LANG = "en"
SEED = 349901
_pick = random.Random(SEED)
ACO = "Bonneville Peaks Community Care"
ACO_SUB = "A Utah Medicaid Accountable Care Organization  |  PO Box 45012, Ogden, UT 84401"
PHONE = "1-855-555-0148"
FAXN = "1-855-555-0172"
HEAR = ("If you do not agree with our appeal decision, you may ask for a State Fair Hearing with the Utah "
        "Department of Health and Human Services, Division of Integrated Healthcare, Formal Hearings. You must ask "
        "within 120 days of the date of our appeal decision.")
EXP = ("If waiting 30 days could seriously harm your health, ask for an expedited (fast) appeal. We will decide "
       "a fast appeal within 72 hours.")
CONT = ("If you are getting this service now and want it to continue during your appeal, you must ask within 10 "
        "days of the date of this notice or before the effective date of the action, whichever is later.")


def _who(r: Rand):
    name, first, mid, last = r.person()
    return name, first, mid, last, "0" + r.digits(9)


def doc_bd(r: Rand):
    """Label column NOABD: home health visits refused as not medically necessary (pre-service)."""
    name, first, mid, last, mid_id = _who(r)
    d0 = dt.date(2026, 3, 4) + dt.timedelta(days=r.randint(0, 20))
    recv = plus(d0, -9)
    start = plus(d0, 12)
    case = f"UA-{r.digits(7)}"
    prov = f"{r.choice(['Kestrel', 'Cottonwood', 'Red Butte'])} Home Health Services"
    deadline = plus(d0, 60)
    d = new(footer=f"{ACO}  |  Notice of Adverse Benefit Determination  |  Page {{p}} of {{n}}")
    band(d, ACO, ACO_SUB)
    address_block(d, [f"{first} {mid}. {last}", *r.address()])
    heading(d, "NOTICE OF ADVERSE BENEFIT DETERMINATION")
    labels(d, [("Notice date:", fd(d0, "slash")), ("Member:", name), ("Medicaid ID:", mid_id),
               ("Date of birth:", fd(dt.date(1961, 5, 2), "slash")), ("Reference #:", case),
               ("Requesting provider:", prov), ("Provider NPI:", r.npi()),
               ("Request received:", fd(recv, "slash")), ("Service requested:", "Skilled nursing home health visits, 12 visits"),
               ("Requested start date:", fd(start, "slash"))])
    paras(d, [
        f"We reviewed the request from {prov} for home health visits. We have denied this request. Our "
        "physician reviewer found the visits are not medically necessary: your records show you can safely "
        "leave home for outpatient care and your wound is healing with weekly clinic care.",
        f"YOUR RIGHT TO APPEAL: You may appeal this decision to {ACO}. You must ask for an appeal within 60 days "
        "of the date of this notice. Call us at " + PHONE + " or fax " + FAXN + ".",
        EXP, CONT, HEAR])
    t = truth("denial_letter", "medical_necessity", insurer=ACO, member_id=mid_id, member_name=name,
              case_numbers=[case], service_dates=[start.isoformat()], denial_date=d0.isoformat(), provider=prov,
              appeal_deadline=deadline.isoformat())
    return pdf_bytes(d), t


def doc_fax_prose(r: Rand):
    """Facts told only in sentences; level of care (inpatient rehab refused, skilled nursing facility offered)."""
    name, first, mid, last, mid_id = _who(r)
    d0 = dt.date(2026, 2, 10) + dt.timedelta(days=r.randint(0, 20))
    adm = plus(d0, -3)
    case = f"{r.digits(4)}-{r.digits(5)}"
    prov = f"Dr. {r.choice(['Lydia', 'Marcus', 'Oren'])} {r.choice(['Halvorsen', 'Petrakis', 'Nguyen'])}"
    hosp = "Jordan Valley Rehabilitation Hospital"
    faxl = f"{fd(d0, 'slash')} 14:{r.randint(10, 59)}  FROM: BPCC UM DEPT  FAX {FAXN}  TO: 801-555-0193  P.{{p}}"
    d = new(fax=faxl, footer=f"{ACO} - Utah Medicaid ACO")
    band(d, ACO, ACO_SUB, dark=False)
    d.text_line(fd(d0, "long"), 10)
    d.ln(3)
    address_block(d, [f"{first} {mid}. {last}", *r.address()])
    paras(d, [
        f"Dear {first} {last},",
        f"This letter is about the request your doctor, {prov}, sent to us on behalf of {hosp}. Your Medicaid "
        f"ID number is {mid_id} and our case number for this request is {case}. The request was for an "
        f"inpatient rehabilitation stay beginning {fd(adm, 'long')}.",
        "We have decided not to approve the inpatient rehabilitation level of care. Based on the information we "
        "received, you can get the therapy you need in a skilled nursing facility. We have approved a skilled "
        "nursing facility stay instead. This is a decision about the setting of your care.",
        "You have the right to appeal. If you want to appeal, you must do so within 60 days of the date of this "
        f"letter. You can call Member Services at {PHONE} (TTY 711).",
        EXP, HEAR,
        "Sincerely,", "Utilization Management, " + ACO])
    t = truth("denial_letter", "level_of_care", insurer=ACO, member_id=mid_id, member_name=name, case_numbers=[case],
              service_dates=[adm.isoformat()], denial_date=d0.isoformat(), provider=prov,
              appeal_deadline=plus(d0, 60).isoformat(), alternates={"provider": [hosp]})
    return pdf_bytes(d), t


def doc_eob_photo(r: Rand):
    """Member statement with three claims, one denied (not a covered Medicaid benefit)."""
    name, first, mid, last, mid_id = _who(r)
    d0 = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 10))
    claims = []
    for i in range(3):
        claims.append((f"{26}{r.digits(9)}", plus(d0, -r.randint(15, 50)), float(r.amount(120, 2400))))
    deny = 1
    prov = "Uinta Basin Family Medicine"
    rows = []
    for i, (cn, sd, amt) in enumerate(claims):
        paid = 0.0 if i == deny else round(amt * 0.62, 2)
        rows.append([cn, fd(sd, "slash"), usd(amt), usd(paid), "N14" if i == deny else "P01"])
    d = new(footer=f"{ACO}  |  Member Explanation of Benefits")
    band(d, ACO, ACO_SUB)
    heading(d, "MEMBER EXPLANATION OF BENEFITS - THIS IS NOT A BILL")
    labels(d, [("Statement date", fd(d0, "abbr")), ("Member", name), ("Medicaid ID", mid_id),
               ("Provider", prov), ("Claims processed", f"{fd(plus(d0, -30), 'slash')} - {fd(plus(d0, -1), 'slash')}")])
    wrapped_table(d, ["Claim number", "Date of service", "Amount billed", "Plan paid", "Remark code"], rows,
                  [44, 32, 34, 30, 30])
    paras(d, ["P01: Paid according to your Medicaid benefit.",
              "N14: Denied. Adult dental implants are not a covered Utah Medicaid benefit for your eligibility group.",
              "You may appeal a denied claim within 60 days of the date of this statement. A State Fair Hearing may "
              "be asked within 120 days of our appeal decision."], 9)
    cn, sd, amt = claims[deny]
    t = truth("eob", "not_covered", insurer=ACO, member_id=mid_id, member_name=name, case_numbers=[cn],
              claim_amount=m2(amt), service_dates=[sd.isoformat()], denial_date=d0.isoformat(), provider=prov,
              appeal_deadline=plus(d0, 60).isoformat())
    return pdf_bytes(d), t


def doc_es(r: Rand):
    """Spanish notice: out-of-network specialist refused."""
    name, first, mid, last = r.person("es")
    mid_id = "0" + r.digits(9)
    d0 = dt.date(2026, 3, 3) + dt.timedelta(days=r.randint(0, 15))
    sd = plus(d0, 15)
    case = f"UA-{r.digits(7)}"
    prov = "Dra. Rocío Almanza, Clínica Oftalmológica del Valle"
    dl = plus(d0, 60)
    d = new(footer=f"{ACO} — Organización de Atención Responsable de Medicaid de Utah")
    band(d, ACO, "Organización de Atención Responsable de Medicaid de Utah")
    address_block(d, [name, *r.address("es")])
    heading(d, "AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS")
    labels(d, [("Fecha del aviso:", fd(d0, "es")), ("Miembro:", name), ("Número de Medicaid:", mid_id),
               ("Número de referencia:", case), ("Proveedor:", prov), ("Fecha del servicio:", fd(sd, "es"))], lw=52)
    paras(d, [
        "Hemos negado la solicitud de consulta y cirugía de cataratas con este proveedor. El proveedor no "
        "pertenece a nuestra red y hay oftalmólogos de la red disponibles cerca de usted.",
        f"Usted puede apelar. Debe pedir la apelación a más tardar el {fd(dl, 'es')} (60 días a partir de la fecha "
        f"de este aviso). Llame al {PHONE}.",
        "Si no está de acuerdo con nuestra decisión de apelación, puede pedir una Audiencia Imparcial Estatal "
        "dentro de los 120 días a partir de la fecha de nuestra decisión. Una apelación rápida se decide en 72 horas."])
    t = truth("denial_letter", "out_of_network", lang="es", insurer=ACO, member_id=mid_id, member_name=name,
              case_numbers=[case], service_dates=[sd.isoformat()], denial_date=d0.isoformat(), provider=prov,
              appeal_deadline=dl.isoformat(), alternates={"provider": ["Rocío Almanza"]})
    return pdf_bytes(d), t


def doc_upheld(r: Rand):
    """Two-page appeal decision, upheld (medical necessity), two-column body and running header."""
    name, first, mid, last, mid_id = _who(r)
    d0 = dt.date(2026, 3, 16) + dt.timedelta(days=r.randint(0, 9))
    sd = plus(d0, -40)
    case, appeal = f"UA-{r.digits(7)}", f"APL-26-{r.digits(5)}"
    prov = "Wasatch Sleep and Lung Center"
    d = new(header=f"{name} | Appeal {appeal} | continued", footer=f"{ACO}  -  page {{p}}")
    band(d, ACO, ACO_SUB)
    d.text_line(fd(d0, "iso"), 10)
    d.ln(2)
    address_block(d, [name, *r.address()])
    heading(d, "NOTICE OF APPEAL RESOLUTION")
    labels(d, [("Member ID", mid_id), ("Appeal number", appeal), ("Original reference", case),
               ("Provider", prov), ("Service", "Home bilevel ventilator (E0466)"), ("Date of service", fd(sd, "dmy2"))])
    two_col(d, [
        "You appealed our decision to deny a home ventilator. A doctor who was not part of the first decision "
        "reviewed your appeal, your sleep study and the letter from your provider.",
        "DECISION: We are upholding our first decision. The records do not show that you meet the criteria for a "
        "home ventilator. Your oxygen levels and carbon dioxide levels do not show chronic respiratory failure."],
        ["A bilevel device without a backup rate may meet your needs. Your provider can ask for that device.",
         "This ends the plan appeal process."])
    d.add_page()
    heading(d, "State Fair Hearing")
    paras(d, [HEAR, "To ask for a hearing, send the hearing request form (DHHS form 490S) to Formal Hearings, "
              "PO Box 143105, Salt Lake City, UT 84114, or fax it to 801-555-0145.",
              "If you want your benefits to continue during the hearing, you must ask within 10 days of this notice.",
              f"Questions? Call {PHONE}. Sincerely, Appeals and Grievances Unit"])
    t = truth("denial_letter", "medical_necessity", insurer=ACO, member_id=mid_id, member_name=name,
              case_numbers=[appeal, case], service_dates=[sd.isoformat()], denial_date=d0.isoformat(), provider=prov)
    return pdf_bytes(d), t


def doc_approved(r: Rand):
    """Approval: denies nothing."""
    name, first, mid, last, mid_id = _who(r)
    d0 = dt.date(2026, 3, 9) + dt.timedelta(days=r.randint(0, 9))
    a, b = plus(d0, 5), plus(d0, 95)
    auth = f"PA{r.digits(8)}"
    prov = "Dr. Sienna Okafor"
    d = new(footer=ACO)
    band(d, ACO, ACO_SUB)
    d.text_line(fd(d0, "MON"), 10)
    d.ln(2)
    address_block(d, [name, *r.address()])
    heading(d, "Notice of Approval")
    labels(d, [("Member", name), ("Medicaid ID", mid_id), ("Authorization no.", auth), ("Provider", prov),
               ("Approved dates", f"{fd(a, 'MON')} through {fd(b, 'MON')}")])
    paras(d, ["Good news. We approved the physical therapy your provider asked for: 24 visits in the dates above. "
              "You do not need to do anything. This approval is not a guarantee of payment if you lose Medicaid "
              f"eligibility. Questions? Call {PHONE}."])
    t = truth("other", None, insurer=ACO, member_id=mid_id, member_name=name, case_numbers=[auth],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=d0.isoformat(), provider=prov)
    return pdf_bytes(d), t


def doc_stack_notice(r: Rand):
    """Prior authorization missing: claim denied (sidebar layout)."""
    name, first, mid, last, mid_id = _who(r)
    d0 = dt.date(2026, 2, 20) + dt.timedelta(days=r.randint(0, 9))
    sd = plus(d0, -25)
    claim = f"{26}{r.digits(9)}"
    amt = float(r.amount(900, 6000))
    prov = "Timpanogos Imaging Associates"
    d = new(footer=f"{ACO}  |  Utah Medicaid")
    band(d, ACO, ACO_SUB)
    d.text_line(fd(d0, "long"), 10)
    d.ln(2)
    sidebar(d, "Need help?", [f"Member Services {PHONE}", "TTY 711", f"Fax {FAXN}", "Mon-Fri 8am-6pm MT"])
    for ln in [name, *r.address()]:
        d.text_line(ln, 10)
    d.ln(12)
    heading(d, "Notice of Adverse Benefit Determination - Claim")
    labels(d, [("Claim #", claim), ("Medicaid ID", mid_id), ("Member", name), ("Billed by", prov),
               ("Service date", fd(sd, "slash")), ("Billed amount", usd(amt))])
    paras(d, ["We denied payment of this claim. The MRI of the lumbar spine needed prior authorization and none "
              "was requested before the service. You can appeal within 60 days of the date of this notice.", HEAR])
    t = truth("denial_letter", "prior_authorization", insurer=ACO, member_id=mid_id, member_name=name,
              case_numbers=[claim], claim_amount=m2(amt), service_dates=[sd.isoformat()],
              denial_date=d0.isoformat(), provider=prov, appeal_deadline=plus(d0, 60).isoformat())
    return pdf_bytes(d), t, name, mid_id


def doc_stack_bill(r: Rand, name: str, mid_id: str):
    """Provider statement that follows the notice in the stack."""
    d0 = dt.date(2026, 3, 1) + dt.timedelta(days=r.randint(0, 9))
    sd = plus(d0, -30)
    acct = f"A{r.digits(7)}"
    prov = "Timpanogos Imaging Associates"
    lines = [("72148", "MRI lumbar spine w/o contrast", float(r.amount(1400, 2200))),
             ("76000", "Fluoroscopy", float(r.amount(120, 300)))]
    total = sum(x[2] for x in lines)
    d = new(footer=f"{prov}  |  1-801-555-0126")
    band(d, prov, "1220 N University Ave, Provo, UT 84604  |  Billing 1-801-555-0126", dark=False)
    heading(d, "PATIENT STATEMENT")
    labels(d, [("Statement date", fd(d0, "slash")), ("Patient", name), ("Account no.", acct),
               ("Insurance", ACO), ("Insurance ID", mid_id)])
    d.table(["Date", "Code", "Description", "Charge"],
            [[fd(sd, "slash"), c, t, usd(v)] for c, t, v in lines] + [["*", "", "Total charges", usd(total)]],
            [30, 24, 90, 30], aligns="LLLR")
    paras(d, ["Your insurance denied this claim. Please call us about a payment plan."])
    t = truth("other", None, insurer=None, member_id=mid_id, member_name=name, claim_amount=m2(total),
              service_dates=[sd.isoformat()], denial_date=d0.isoformat(), provider=prov,
              unscored=["insurer"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    base = rng.randint(0, 10 ** 6)

    def r(i):
        return Rand(base * 31 + i)

    b1 = doc_stack_notice(r(6))
    b2 = doc_stack_bill(r(7), b1[2], b1[3])
    return [
        Item(f"{FAMILY}_bd_home_health_label_column", "born_digital", [doc_bd(r(0))]),
        Item(f"{FAMILY}_faxfine_rehab_level_of_care_prose", "fax_fine_g4", [doc_fax_prose(r(1))]),
        Item(f"{FAMILY}_photo_member_eob_three_claims", "phone_photo", [doc_eob_photo(r(2))]),
        Item(f"{FAMILY}_rotated_aviso_es_out_of_network", "rotated", [doc_es(r(3))]),
        Item(f"{FAMILY}_copy_two_page_appeal_upheld", "photocopy", [doc_upheld(r(4))]),
        Item(f"{FAMILY}_lowres_approval_pt", "scan_lowres_150", [doc_approved(r(5))]),
        Item(f"{FAMILY}_scan300_stack_notice_and_bill", "scan_clean_300", [b1[:2], b2],
             separators=["cover", "duplex"], turns={(1, 0): 180}),
    ]
