"""Minnesota Health Care Programs managed care plan: Notice of Denial, Termination, or Reduction of Services (DTR).

Public-ish: mirrors the structure of a Minnesota MHCP health plan's DTR notice (what we decided, why, the rule
used, appeal to the health plan within 60 days, state appeal (fair hearing) with the DHS Appeals Division within
120 days of the plan's appeal decision, continued services if you appeal within 10 days, the Ombudsperson for
Public Managed Health Care Programs). The plan, people and numbers are invented; phones use 555.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, pdf_bytes, truth
from kit_roundcz_famczc import band, fax_line, grid, label_col, plus, wrap_head_table

FAMILY = "minnesota_medical_assistance_health_plan_denial_termination_reduction_notice"
LANG = "en"
SEED = 349502
PLAN = "Tamarack Shores Health Plan"
ADDR = "PO Box 4471, St. Cloud, MN 56302"
PHONE = "1-855-555-0148"
TTY = "711"
OMB = "1-800-555-0172"
DHS_FAX = "651-555-0190"


def people(seed: int):
    r = Rand(seed)
    member = r.person()
    return {
        "r": r, "member": member[0], "mid": r.digits(8), "dob": r.date(dt.date(1958, 1, 1), 20000),
        "addr": r.address(), "plan_id": "MA-" + r.digits(2),
    }


def rights(d: Doc, notice: dt.date, size: float = 9.2, style: str = "long"):
    d.text_line("Your Right to Appeal", 11, "B")
    d.para("If you disagree with this decision, you or someone you choose (including your provider) can appeal to "
           f"{PLAN}. You must appeal within 60 days of the date of this notice. You can appeal by phone at "
           f"{PHONE} (TTY {TTY}) or in writing to {ADDR}. If you appeal by phone, you do not need to send a letter.",
           size)
    d.para("Fast appeal: if waiting 30 days could seriously harm your health, ask for an expedited appeal. We will "
           "decide within 72 hours.", size)
    d.para("Continuing services: if we are ending or reducing a service you already get, you can keep getting it "
           "during the appeal if you appeal within 10 days of the date of this notice or before the date the "
           "service is ended or reduced, whichever is later. You may have to pay for the service if you lose.", size)
    d.text_line("State Appeal (State Fair Hearing)", 11, "B")
    d.para("You must appeal to the health plan first. If you disagree with the health plan's appeal decision, you "
           "can ask for a state appeal (state fair hearing) with the Minnesota Department of Human Services, "
           "Appeals Division. You must ask within 120 days of the date of the health plan's appeal decision. Send "
           f"your request to Appeals Division, PO Box 64941, St. Paul, MN 55164 or fax {DHS_FAX}.", size)
    d.para("The Ombudsperson for Public Managed Health Care Programs can help you. Call " + OMB + " (TTY 711). "
           "This help is free.", size)


def dtr_head(d: Doc, f: dict, kind: str):
    band(d, PLAN, "Minnesota Health Care Programs  |  Medical Assistance / MinnesotaCare")
    d.ln(3)
    d.text_line("NOTICE OF DENIAL, TERMINATION, OR REDUCTION OF SERVICES", 12.5, "B", align="C")
    d.text_line(f"({kind})", 9.5, align="C")
    d.ln(3)


def doc_mri_bd(seed: int):
    f = people(seed)
    r = f["r"]
    notice = r.date(dt.date(2026, 2, 2), 40)
    received = notice - dt.timedelta(days=r.randint(5, 9))
    planned = plus(notice, r.randint(12, 20))
    dr = "Dr. " + r.person()[0]
    ref = f"DTR-{notice.year}-{r.digits(6)}"
    auth = f"PA{r.digits(9)}"
    d = Doc(footer=f"{PLAN}  -  MHCP DTR notice  -  page {{p}} of {{n}}")
    d.add_page()
    dtr_head(d, f, "Denial")
    label_col(d, [
        ("Notice date:", fmt_date(notice, "long")),
        ("Enrollee name:", f["member"]),
        ("MHCP ID number:", f["mid"]),
        ("Date of birth:", fmt_date(f["dob"], "slash")),
        ("Product:", f"Medical Assistance (PMAP)   Plan code {f['plan_id']}"),
        ("Reference number:", ref),
        ("Authorization request #:", auth),
        ("Request received:", fmt_date(received, "long")),
        ("Ordering provider:", f"{dr}   NPI {r.npi()}"),
        ("Service requested:", "MRI lumbar spine without contrast (CPT 72148)"),
        ("Planned service date:", fmt_date(planned, "long")),
    ], lw=52)
    d.text_line("What we decided", 11, "B")
    d.para("We denied the service listed above. This is a denial of services.", 9.6)
    d.text_line("Why we made this decision", 11, "B")
    d.para("The records sent show low back pain for three weeks with no weakness, numbness or other warning signs. "
           "Imaging is medically necessary only after six weeks of treatment such as physical therapy, or sooner "
           "if there are warning signs. The MRI is not medically necessary at this time.", 9.6)
    d.para("Rule used: Minnesota Statutes, section 256B.0625; plan medical policy MP-RAD-114 (advanced imaging of "
           "the spine). You can ask for a free copy of the rule.", 9.6)
    rights(d, notice)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, plan_id=f["plan_id"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[ref, auth], service_dates=[planned.isoformat()],
              denial_date=notice.isoformat(), provider=dr, appeal_deadline=plus(notice, 60).isoformat(),
              alternates={"plan_id": [None]})
    return pdf_bytes(d), t


def doc_pca_fax(seed: int):
    f = people(seed)
    r = f["r"]
    notice = r.date(dt.date(2026, 2, 10), 30)
    start = plus(notice, r.randint(11, 16))
    end = dt.date(start.year, 9, 30)
    agency = "Sauk River Home Care Agency"
    ref = f"{r.letters(2)}-{r.digits(7)}"
    d = Doc(footer=f"{PLAN}   Provider copy   {{p}}/{{n}}")
    d.add_page()
    fax_line(d, f"{fmt_date(notice, 'slash')} 14:{r.randint(10, 59)}  FROM: {PLAN} UM  FAX 320-555-0163   TO: "
                f"{agency}   P.{1:03d}/001")
    d.ln(2)
    dtr_head(d, f, "Reduction")
    grid(d, [
        [("Date of notice", fmt_date(notice, "slash"), 45), ("Enrollee", f["member"], 80),
         ("Member ID", f["mid"], 49)],
        [("Provider", agency, 80), ("Case number", ref, 50), ("Date of birth", fmt_date(f["dob"], "slash"), 44)],
        [("Service", "Personal care assistance (PCA)", 80),
         ("Reduced from / to", "6.5 hrs/day -> 4.0 hrs/day", 94)],
        [("Reduction effective", fmt_date(start, "slash"), 60), ("Through", fmt_date(end, "slash"), 60),
         ("Assessment done", fmt_date(notice - dt.timedelta(days=21), "slash"), 54)],
    ])
    d.text_line("Why we made this decision", 11, "B")
    d.para("Your new assessment shows you now need less hands-on help with bathing and dressing, and you walk "
           "without help. Based on the assessment, 4.0 hours per day of PCA services is medically necessary. "
           "More hours are not medically necessary.", 9.4)
    d.para("Rule used: Minnesota Statutes, section 256B.0659 (personal care assistance services).", 9.4)
    rights(d, notice, 8.8)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, member_id=f["mid"], member_name=f["member"],
              case_numbers=[ref], service_dates=[f"{start.isoformat()}/{end.isoformat()}"],
              denial_date=notice.isoformat(), provider=agency, appeal_deadline=plus(notice, 60).isoformat(),
              alternates={"service_dates": [[start.isoformat()]]})
    return pdf_bytes(d), t


def doc_es_photo(seed: int):
    f = people(seed)
    r = f["r"]
    member = r.person("es")[0]
    notice = r.date(dt.date(2026, 3, 2), 25)
    sdate = notice - dt.timedelta(days=r.randint(15, 30))
    clinic = "Clínica de Terapia Física Mississippi Bend"
    ref = f"{notice.year}{r.digits(7)}"
    billed = float(r.amount(300, 1200))
    d = Doc(footer=f"{PLAN} - Aviso DTR - página {{p}}")
    d.add_page()
    band(d, PLAN, "Programas de Atención Médica de Minnesota")
    d.ln(3)
    d.text_line("AVISO DE DENEGACIÓN, TERMINACIÓN O REDUCCIÓN DE SERVICIOS", 11.5, "B", align="C")
    d.ln(3)
    grid(d, [
        [("Fecha del aviso", fmt_date(notice, "es"), 62), ("Nombre del afiliado", member, 112)],
        [("Nº de identificación MHCP", f["mid"], 62), ("Nº de caso", ref, 56),
         ("Fecha de nacimiento", fmt_date(f["dob"], "es"), 56)],
        [("Proveedor", clinic, 112), ("Cargos facturados", fmt_money(billed), 62)],
        [("Fecha del servicio", fmt_date(sdate, "es"), 62), ("Servicio", "Evaluación y terapia física (97161, 97110)", 112)],
    ], h=11.5)
    d.text_line("Lo que decidimos", 11, "B")
    d.para("Denegamos el pago de los servicios indicados arriba. Estos servicios necesitan autorización previa de "
           f"{PLAN} y no recibimos una solicitud de autorización antes de la fecha del servicio.", 9.6)
    d.text_line("Su derecho a apelar", 11, "B")
    d.para("Si no está de acuerdo, puede apelar ante el plan de salud. Debe apelar dentro de los 60 días a partir "
           f"de la fecha de este aviso. Llame al {PHONE} (TTY 711) o escriba a {ADDR}. Si su salud corre peligro, "
           "pida una apelación rápida; decidiremos en 72 horas.", 9.4)
    d.para("Si no está de acuerdo con la decisión de la apelación del plan, puede pedir una apelación estatal "
           "(audiencia imparcial) al Departamento de Servicios Humanos de Minnesota dentro de los 120 días a partir "
           f"de la fecha de la decisión de la apelación del plan. Ombudsperson: {OMB}.", 9.4)
    t = truth("denial_letter", "prior_authorization", lang="es", insurer=PLAN, member_id=f["mid"],
              member_name=member, case_numbers=[ref], claim_amount=f"{billed:.2f}",
              service_dates=[sdate.isoformat()], denial_date=notice.isoformat(), provider=clinic,
              appeal_deadline=plus(notice, 60).isoformat())
    return pdf_bytes(d), t


def doc_eob_lowres(seed: int):
    f = people(seed)
    r = f["r"]
    stmt = r.date(dt.date(2026, 2, 20), 30)
    provs = ["Lake Country Family Clinic", "Brainerd Lakes Imaging Center", "Northland Podiatry Associates"]
    claims = []
    for i, p in enumerate(provs):
        sd = stmt - dt.timedelta(days=r.randint(12, 50))
        claims.append({"no": f"{stmt.strftime('%y')}{r.digits(9)}", "prov": p, "date": sd,
                       "billed": float(r.amount(140, 2400))})
    deny = r.randrange(3)
    d = Doc(footer=f"{PLAN}  -  Minnesota Health Care Programs  -  Page {{p}} of {{n}}")
    d.add_page()
    band(d, PLAN, "Explanation of Payment for Enrollees  -  this is not a bill")
    d.ln(2)
    label_col(d, [("Statement date", fmt_date(stmt, "upper")),
                  ("Enrollee", f["member"]), ("MHCP ID", f["mid"]),
                  ("Claims processed", f"{fmt_date(stmt - dt.timedelta(days=30), 'upper')} - "
                                       f"{fmt_date(stmt - dt.timedelta(days=1), 'upper')}")], lw=40, size=9.4)
    rows = []
    for i, c in enumerate(claims):
        paid = 0.0 if i == deny else round(c["billed"] * 0.54, 2)
        code = "N54" if i == deny else "-"
        rows.append([c["no"], fmt_date(c["date"], "upper"), c["prov"][:30], fmt_money(c["billed"], "nosign"),
                     fmt_money(paid, "nosign"), "0.00", code])
    wrap_head_table(d, ["Claim\nnumber", "Date of\nservice", "Provider\nname", "Amount\nbilled", "Plan\npaid",
                        "You\nowe", "Reason\ncode"], rows, [28, 24, 60, 20, 18, 12, 14], aligns="LLLRRRC")
    d.text_line("Reason code", 10, "B")
    d.para("N54: Routine foot care is not a covered service under Medical Assistance except for members with "
           "diabetes or poor circulation. This service is not covered. You do not owe the provider for this "
           "service.", 9)
    d.para(f"To appeal a denied claim, call {PHONE} or write to {ADDR} within 60 days of the date of this "
           "statement. You may ask for a state appeal within 120 days of the date of the plan's appeal decision.", 9)
    c = claims[deny]
    t = truth("eob", "not_covered", insurer=PLAN, member_id=f["mid"], member_name=f["member"],
              case_numbers=[c["no"]], claim_amount=f"{c['billed']:.2f}", service_dates=[c["date"].isoformat()],
              denial_date=stmt.isoformat(), provider=c["prov"], appeal_deadline=plus(stmt, 60).isoformat())
    return pdf_bytes(d), t


def doc_upheld_copy(seed: int):
    f = people(seed)
    r = f["r"]
    dec = r.date(dt.date(2026, 2, 16), 30)
    adm = dec - dt.timedelta(days=r.randint(30, 45))
    a, b = plus(adm, 6), plus(adm, 16)
    appeal_no = f"AP-{r.digits(7)}"
    hosp = "Range Regional Rehabilitation Hospital"
    d = Doc(footer=f"{PLAN}  |  Appeal decision  |  {{p}}", header=f"{f['member']}  -  Appeal {appeal_no}")
    d.add_page()
    d.text_line(PLAN, 14, "B")
    d.text_line(ADDR + "   " + PHONE, 8.5)
    d.ln(8)
    d.text_line(fmt_date(dec, "abbr"), 10)
    d.ln(4)
    d.text_line(f["member"], 10)
    d.text_line(f["addr"][0], 10)
    d.text_line(f["addr"][1], 10)
    d.ln(6)
    d.text_line(f"Dear {f['member'].split()[0]}:", 10)
    d.ln(2)
    for p in [
        f"Thank you for your appeal. We received it on {fmt_date(dec - dt.timedelta(days=24), 'abbr')} and gave "
        f"it appeal number {appeal_no}. Your MHCP ID number is {f['mid']}.",
        f"You asked us to pay for care at {hosp}, an acute inpatient rehabilitation hospital, from "
        f"{fmt_date(a, 'abbr')} through {fmt_date(b, 'abbr')}. We first denied these days on the grounds that "
        "you could get the care you needed in a skilled nursing facility.",
        "A doctor who was not part of the first decision reviewed your appeal and your records. You were able to "
        "take part in about one hour of therapy a day and did not need a doctor to see you every day. This care "
        "could be given safely at a lower level of care, a skilled nursing facility. We are upholding our first "
        "decision. This means the denial stands.",
        "Rule used: Minnesota Statutes, section 256B.0625 and the plan's inpatient rehabilitation criteria.",
        "If you disagree, you can ask for a state appeal (state fair hearing) with the Minnesota Department of "
        "Human Services, Appeals Division. You must ask within 120 days of the date of this appeal decision. "
        f"You can also ask for an external review. The Ombudsperson for Public Managed Health Care Programs can "
        f"help you at {OMB}.",
    ]:
        d.para(p, 10.2, 3.5)
    d.ln(4)
    d.text_line("Sincerely,", 10)
    d.text_line("Appeals and Grievances, " + PLAN, 10)
    t = truth("denial_letter", "level_of_care", insurer=PLAN, member_id=f["mid"], member_name=f["member"],
              case_numbers=[appeal_no], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=dec.isoformat(), provider=hosp, appeal_deadline=None)
    return pdf_bytes(d), t


def doc_approval_rotated(seed: int):
    f = people(seed)
    r = f["r"]
    notice = r.date(dt.date(2026, 2, 9), 30)
    a = plus(notice, 7)
    b = plus(a, 59)
    auth = f"{r.digits(4)}-{r.digits(6)}"
    prov = "North Shore Pediatric Therapy"
    d = Doc(footer=f"{PLAN}")
    d.add_page()
    band(d, PLAN, "Minnesota Health Care Programs")
    d.ln(4)
    d.text_line("NOTICE OF APPROVAL OF SERVICES", 12.5, "B", align="C")
    d.ln(3)
    label_col(d, [("Date:", fmt_date(notice, "iso")), ("Enrollee:", f["member"]), ("ID number:", f["mid"]),
                  ("Authorization number:", auth), ("Provider:", prov),
                  ("Service:", "Speech therapy, 2 visits per week (CPT 92507)"),
                  ("Approved from:", fmt_date(a, "iso")), ("Approved through:", fmt_date(b, "iso"))], lw=50)
    d.para("Good news. We approved the service listed above as requested. You do not need to do anything. "
           "Your provider has also been told about this decision.", 10)
    d.para("If you need more visits after the approved dates, your provider must send a new request at least "
           f"10 days before this approval ends. Questions? Call Member Services at {PHONE} (TTY 711).", 10)
    t = truth("other", None, insurer=PLAN, member_id=f["mid"], member_name=f["member"], case_numbers=[auth],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=notice.isoformat(), provider=prov,
              appeal_deadline=None)
    return pdf_bytes(d), t


def stack_termination(seed: int):
    f = people(seed)
    r = f["r"]
    notice = r.date(dt.date(2026, 2, 4), 30)
    end = plus(notice, 14)
    agency = "Headwaters Private Duty Nursing"
    ref = f"DTR-{r.digits(8)}"
    dr = "Dr. " + r.person()[0]
    d = Doc(footer=f"{PLAN}  -  Notice of Termination  -  page {{p}} of {{n}}",
            header=f"{PLAN}   Enrollee: {f['member']}   Reference {ref}")
    d.add_page()
    dtr_head(d, f, "Termination")
    label_col(d, [("Date of this notice", fmt_date(notice, "abbr")), ("Enrollee name", f["member"]),
                  ("ID number", f["mid"]), ("Reference number", ref), ("Provider", agency),
                  ("Service", "Private duty nursing, 8 hours per day"),
                  ("Last day of service", fmt_date(end, "abbr")),
                  ("Not covered from", fmt_date(plus(end, 1), "abbr"))], lw=46)
    d.text_line("What we decided", 11, "B")
    d.para(f"We are ending private duty nursing services. The last day we will cover these services is "
           f"{fmt_date(end, 'abbr')}.", 9.6)
    d.text_line("Why", 11, "B")
    d.para("Your tracheostomy was removed and you no longer need skilled nursing checks through the day. Your "
           "care can be given by a trained home health aide and your family. Private duty nursing is no longer "
           "medically necessary.", 9.6)
    d.add_page()
    rights(d, notice, 9.6)
    t1 = truth("denial_letter", "medical_necessity", insurer=PLAN, member_id=f["mid"], member_name=f["member"],
               case_numbers=[ref], service_dates=[plus(end, 1).isoformat()], denial_date=notice.isoformat(),
               provider=agency, appeal_deadline=plus(notice, 60).isoformat(),
               alternates={"service_dates": [[end.isoformat()], []]})
    ld = plus(notice, 5)
    d2 = Doc()
    d2.add_page()
    d2.text_line("Bemidji Lakes Pediatrics", 13, "B")
    d2.text_line("410 Paul Bunyan Dr NW, Bemidji, MN 56601   Tel 218-555-0135   Fax 218-555-0136", 8.5)
    d2.ln(8)
    d2.text_line(fmt_date(ld, "long"), 10)
    d2.ln(3)
    d2.text_line(f"{PLAN}, Appeals and Grievances", 10)
    d2.text_line(ADDR, 10)
    d2.ln(4)
    d2.text_line(f"Re: {f['member']}   MHCP ID {f['mid']}   Reference {ref}", 10, "B")
    d2.ln(3)
    for p in [
        f"I am the primary doctor for {f['member']} and I ask you to reconsider ending private duty nursing on "
        f"{fmt_date(end, 'long')}.",
        "Although the tracheostomy was removed, my patient still has frequent aspiration episodes and needs "
        "suctioning and oxygen adjustment several times each day. A home health aide cannot perform these tasks. "
        "I believe skilled nursing remains medically necessary for at least 90 more days.",
        "Please call my office with any questions.",
    ]:
        d2.para(p, 10.2, 3)
    d2.ln(6)
    d2.text_line("Sincerely,", 10)
    d2.ln(6)
    d2.text_line(dr + ", MD", 10)
    t2 = truth("other", None, insurer=PLAN, member_id=f["mid"], member_name=f["member"], case_numbers=[ref],
               service_dates=[], denial_date=ld.isoformat(), provider=dr, appeal_deadline=None,
               unscored=["insurer", "service_dates"])
    return [(pdf_bytes(d), t1), (pdf_bytes(d2), t2)], [None, "duplex"]


def documents(rng: random.Random) -> list[Item]:
    s = lambda i: SEED * 10 + i  # noqa: E731
    docs, seps = stack_termination(s(7))
    return [
        Item(f"{FAMILY}_bd_mri_denied_label_column", "born_digital", [doc_mri_bd(s(1))]),
        Item(f"{FAMILY}_faxfine_pca_hours_reduction_grid", "fax_fine_g4", [doc_pca_fax(s(2))]),
        Item(f"{FAMILY}_photo_aviso_es_therapy_no_auth", "phone_photo", [doc_es_photo(s(3))]),
        Item(f"{FAMILY}_lowres_eob_three_claims_foot_care", "scan_lowres_150", [doc_eob_lowres(s(4))]),
        Item(f"{FAMILY}_copy_rehab_appeal_upheld_prose", "photocopy", [doc_upheld_copy(s(5))]),
        Item(f"{FAMILY}_rotated_speech_therapy_approved", "rotated", [doc_approval_rotated(s(6))]),
        Item(f"{FAMILY}_scan300_stack_pdn_termination_and_doctor_letter", "scan_clean_300", docs,
             separators=seps, turns={(1, 0): 180}),
    ]
