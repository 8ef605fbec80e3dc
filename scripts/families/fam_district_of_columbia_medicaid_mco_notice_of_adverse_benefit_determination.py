"""Family 'district_of_columbia_medicaid_mco_notice_of_adverse_benefit_determination': an invented District of
Columbia Medicaid managed care plan (DC Healthy Families, DC Department of Health Care Finance) writing Notices of
Adverse Benefit Determination, mirrored for structure and wording only: what we decided, why, the rule used, how to
appeal to the plan within 60 days of the notice, then a fair hearing with the DC Office of Administrative Hearings
after the plan's appeal decision, continued benefits if asked within 10 days, a 72-hour expedited appeal.

Documents: a born-digital two-page notice denying outpatient physical therapy visits (dotted-leader label block,
running header, appeal rights on page 2); a photocopied Spanish notice refusing an out-of-network dermatologist; a
150 dpi member claims summary with four claims, the adult dental crown denied as not covered (short dates); a phone
photo of a pharmacy prior authorization denial in boxed grids (Rx number decoy); a sideways notice of appeal
resolution overturning the therapy denial (denies nothing, all-capitals dates); a standard-fax notice reducing
personal care aide hours (fax header line, table of hours); a scanned stack of a fax cover, a notice approving a
skilled nursing stay instead of inpatient rehabilitation with its duplex back, and the hospital's appeal request
fed upside down.
All people, plan, providers and numbers are invented; phones 555. The DC Department of Health Care Finance and the
DC Office of Administrative Hearings appear only as themselves.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundde_famdeb import Page, fd, out, pat, ph, plus

FAMILY = "district_of_columbia_medicaid_mco_notice_of_adverse_benefit_determination"
LANG = "en"
SEED = 350501
ORG = "Potomac Rowhouse Health Plan"
ORG_ADDR = ["Attn: Appeals and Grievances", "1400 Florida Ridge Avenue NE, Suite 600", "Washington, DC 20099"]
MEMBERS = ["Lavonne R. Ebberly", "Terrence J. Mabuza", "Odessa K. Whitlock", "Malik A. Brathwaite",
           "Corinne D. Habersham", "Isaiah P. Langhorne", "Gwendolyn S. Osei"]
MEMBER_ES = "Yesenia M. Portocarrero"
OAH = "the DC Office of Administrative Hearings"


def base(r, k):
    return dict(notice=dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 120)), member=MEMBERS[k],
                mid=pat(r, "7999999"), dob=dt.date(r.randint(1955, 2003), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"), addr=[f"{r.randint(100, 4999)} Quarles Street NE",
                                                                  "Washington, DC 20099"])


def letterhead(p, size=15):
    p.f(size, "B")
    p.cell(0, 7, ORG, new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, "A DC Healthy Families managed care plan  |  Member Services " + "(202) 555-0142  |  TTY 711",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(5)


def rights(p, size=9.2, days_text="within 60 days from the date of this notice"):
    p.head("Your right to appeal", 10.5, rule=True)
    p.para(f"If you disagree with our decision, you or someone you choose (including your provider, with your "
           f"written consent) may ask {ORG} for an appeal. You must ask {days_text}. You can call Member Services, "
           f"or write to us at: {', '.join(ORG_ADDR)}.", size)
    p.head("Expedited (fast) appeal", 10)
    p.para("If waiting for a standard appeal could seriously harm your life or health, ask for an expedited appeal. "
           "We will decide within 72 hours.", size)
    p.head("Fair hearing", 10)
    p.para(f"If you still disagree after our appeal decision, you may ask for a fair hearing with {OAH} within "
           "120 days of the date of our appeal decision notice. You may also contact the DC Health Care Ombudsman "
           "at (202) 555-0177 for free help.", size)
    p.head("Can my services continue?", 10)
    p.para("If we are stopping or reducing a service you already get, you may keep getting it during the appeal if "
           "you ask within 10 days of the date of this notice. You may have to pay for the services if you lose.",
           size)


def doc_pt_two_page(r):
    f = base(r, 0)
    n = f["notice"]
    ref = pat(r, "UM26-9999999")
    start = plus(n, 9)
    recv = plus(n, -6)
    p = Page(run_head=f"{f['member']}  -  Medicaid ID {f['mid']}  -  Page {{p}} of {{n}}", margins=(22, 16, 22))
    p.add_page()
    letterhead(p)
    p.ln_text(fd(n, "long"), 10)
    p.ln(3)
    for s in [f["member"]] + f["addr"]:
        p.ln_text(s, 10)
    p.ln(5)
    p.head("NOTICE OF ADVERSE BENEFIT DETERMINATION", 13)
    p.leaders([("Member name", f["member"]), ("Medicaid ID number", f["mid"]),
               ("Date of birth", fd(f["dob"], "slash")), ("Reference number", ref),
               ("Service requested", "Outpatient physical therapy, 24 visits (97110, 97140)"),
               ("Requested start date", fd(start, "slash")),
               ("Requesting provider", "Dr. Ambrose T. Kittredge"), ("Provider NPI", f["npi"]),
               ("Request received", fd(recv, "slash")), ("Date of this notice", fd(n, "slash"))],
              width=62, size=9.6)
    p.ln(4)
    p.head("What we decided", 11)
    p.para(f"{ORG} has denied the request for 24 visits of outpatient physical therapy. A physician reviewer "
           "looked at the records your provider sent.", 9.8)
    p.head("Why we made this decision", 11)
    p.para("The records show you finished 12 visits after your knee surgery and can now walk without a cane and "
           "climb stairs. Your therapist noted that you are doing your home exercise program. More visits with a "
           "therapist are not medically necessary because the goals of therapy can be met with your home program.",
           9.8)
    p.head("The rule we used", 11)
    p.para("Clinical Policy PRH-CP-0211 (Outpatient Rehabilitation Services) and 29 DCMR Chapter 9. You may ask "
           "for a free copy of the policy and of the records we used.", 9.8)
    p.add_page()
    rights(p, 9.6)
    p.ln(3)
    p.para(f"Sincerely,\n\nUtilization Management Department\n{ORG}\ncc: Dr. Ambrose T. Kittredge", 9.6)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[ref], service_dates=[start.isoformat()], denial_date=n.isoformat(),
              provider="Ambrose T. Kittredge", appeal_deadline=plus(n, 60).isoformat())
    return out(p), t


def doc_es_oon(r):
    f = base(r, 1)
    n = f["notice"]
    ref = pat(r, "REF-2026-99999")
    want = plus(n, 14)
    p = Page(serif=True, margins=(18, 14, 18), foot="PRH-NABD-ES (rev. 01/2026)")
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, ORG, align="C", new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(0, 4, "Servicios al Miembro (202) 555-0143  -  TTY 711  -  DC Healthy Families", align="C",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.ln_text(f"Washington, DC, {fd(n, 'es')}", 10)
    p.ln(3)
    for s in [MEMBER_ES] + f["addr"]:
        p.ln_text(s, 10)
    p.ln(4)
    p.head("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12.5)
    p.grid([("Nombre del miembro", MEMBER_ES, 62), ("Número de Medicaid", f["mid"], 44),
            ("Fecha de nacimiento", fd(f["dob"], "dmy"), 34), ("Número de referencia", ref, 40)])
    p.grid([("Servicio solicitado", "Consulta de dermatología (99204)", 80),
            ("Proveedor", "Dra. Philippa N. Okafor-Reyes", 60), ("Fecha solicitada", fd(want, "es"), 40)])
    p.ln(4)
    p.head("Lo que decidimos", 11)
    p.para("Hemos negado la solicitud de consulta con la Dra. Philippa N. Okafor-Reyes. La proveedora no "
           f"pertenece a la red de {ORG}.", 9.8)
    p.head("Por qué", 11)
    p.para("Hay dermatólogos de nuestra red que pueden verle dentro del plazo requerido (Certificado de Miembro, "
           "sección 4.3). Los servicios fuera de la red solo se cubren cuando la red no puede ofrecerlos. Llame a "
           "Servicios al Miembro y le ayudaremos a hacer una cita con un dermatólogo de la red.", 9.8)
    p.head("Su derecho a apelar", 11)
    p.para(f"Si no está de acuerdo, puede pedir una apelación dentro de los 60 días a partir de la fecha de este "
           f"aviso. Escriba a {', '.join(ORG_ADDR)} o llame al (202) 555-0143. Si su salud corre peligro, pida una "
           "apelación rápida; decidiremos en 72 horas. Después de nuestra decisión de apelación, puede pedir una "
           f"audiencia imparcial ante la Oficina de Audiencias Administrativas del DC dentro de 120 días.", 9.8)
    t = truth("denial_letter", "out_of_network", lang="es", insurer=ORG, member_id=f["mid"], member_name=MEMBER_ES,
              case_numbers=[ref], service_dates=[want.isoformat()], denial_date=n.isoformat(),
              provider="Philippa N. Okafor-Reyes", appeal_deadline=plus(n, 60).isoformat(),
              alternates={"service_dates": [[]]})
    return out(p), t


def doc_claims_summary(r):
    f = base(r, 2)
    n = f["notice"]
    d = [plus(n, -r.randint(40, 70)), plus(n, -r.randint(25, 38)), plus(n, -r.randint(15, 24)),
         plus(n, -r.randint(8, 14))]
    nums = [pat(r, "26") + pat(r, "999999999") for _ in d]
    billed = [r.randint(140, 320) + 0.0, 1485.0 + r.randint(0, 9) * 10, r.randint(60, 99) + 0.5,
              r.randint(190, 260) + 0.25]
    paid = [round(billed[0] * 0.62, 2), 0.0, round(billed[2] * 0.8, 2), round(billed[3] * 0.55, 2)]
    prov = ["Benning Road Family Health", "Capitol Crest Dental Arts", "Hillcrest Pharmacy #12",
            "Riverside Imaging Associates"]
    serv = ["Office visit", "Crown, porcelain (D2740)", "Lab panel", "X-ray, knee"]
    p = Page(margins=(14, 14, 14), foot="Form PRH-MCS-4  |  This is not a bill.")
    p.add_page()
    letterhead(p, 13)
    p.head("MEMBER CLAIMS SUMMARY", 12)
    p.leaders([("Member", f["member"]), ("Medicaid ID", f["mid"]), ("Summary date", fd(n, "short")),
               ("Claims processed", f"{fd(plus(n, -75), 'shortnp')} to {fd(plus(n, -3), 'shortnp')}")], width=45,
              size=9, dash=True)
    p.ln(3)
    rows = []
    for i in range(4):
        rows.append([fd(d[i], "short"), nums[i], prov[i], serv[i], f"${billed[i]:,.2f}", f"${paid[i]:,.2f}",
                     "$0.00", "D7" if i == 1 else "P1"])
    rows.append(["", "", "", "Totals", f"${sum(billed):,.2f}", f"${sum(paid):,.2f}", "$0.00", ""])
    p.ruled(["Date of|service", "Claim|number", "Provider|name", "Service|description", "Amount|billed",
             "Plan|paid", "You|owe", "Remark|code"], rows, [17, 27, 42, 36, 20, 19, 14, 13],
            aligns=["L", "L", "L", "L", "R", "R", "R", "C"], bold_last=True)
    p.head("Remark codes", 9.5)
    p.para("P1  Paid according to the DC Medicaid fee schedule.\nD7  Denied. Crowns on back teeth are not a covered "
           "adult dental benefit under DC Healthy Families (Member Handbook, Dental Services). The provider may not "
           "bill you unless you agreed in writing before the service.", 8.6)
    p.para(f"Questions? Call (202) 555-0142 (TTY 711). If you disagree with a denied claim, you may appeal within "
           f"60 days of the date of this summary by writing to {', '.join(ORG_ADDR)}. After the plan appeal, you may "
           f"ask for a fair hearing with {OAH}.", 8.6)
    t = truth("eob", "not_covered", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[nums[1]], claim_amount=f"{billed[1]:.2f}", service_dates=[d[1].isoformat()],
              denial_date=n.isoformat(), provider=prov[1], appeal_deadline=plus(n, 60).isoformat())
    return out(p), t


def doc_pharmacy_grid(r):
    f = base(r, 3)
    n = f["notice"]
    req = pat(r, "PA99999999")
    rx = pat(r, "Rx 9999999")
    recv = plus(n, -2)
    p = Page(margins=(16, 14, 16), foot="PRH Pharmacy Services  -  NABD-RX  -  Page {p} of {n}")
    p.add_page()
    p.f(11, "B")
    p.cell(0, 6, ORG.upper() + "  |  PHARMACY SERVICES", new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, "Pharmacy help desk (202) 555-0149  -  Fax (202) 555-0150", new_x="LMARGIN", new_y="NEXT")
    p.ln(5)
    p.head("Notice of Adverse Benefit Determination - Prescription Drug", 12)
    p.grid([("Member", f["member"], 60), ("Medicaid ID", f["mid"], 36), ("Date of birth", fd(f["dob"], "iso"), 30),
            ("Notice date", fd(n, "iso"), 30), ("Request #", req, 28)])
    p.grid([("Drug requested", "Adalimumab-xbrl 40 mg pen", 60), ("Prescriber", "Dr. Cecily V. Armistead", 56),
            ("Prescriber NPI", f["npi"], 30), ("Pharmacy claim", rx, 38)])
    p.grid([("Received", fd(recv, "iso"), 40), ("Pharmacy", "Hillcrest Pharmacy #12, NCPDP 0912345", 86),
            ("Pharmacy phone", ph(r), 58)])
    p.ln(5)
    p.para(f"Dr. Cecily V. Armistead asked us to approve the drug above. We have denied this request.", 10)
    p.para("Why: Under the DC Medicaid Preferred Drug List criteria for this drug, the records must show that you "
           "tried and did not respond to methotrexate for at least 3 months. The records we received do not show "
           "this trial, so the drug is not medically necessary for you at this time. Criteria: PDL Clinical "
           "Criteria RX-114.", 10)
    rights(p, 8.8)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[req], denial_date=n.isoformat(), provider="Cecily V. Armistead",
              appeal_deadline=plus(n, 60).isoformat(), denial_alternates=["prior_authorization"])
    return out(p), t


def doc_appeal_overturned(r):
    f = base(random.Random(SEED), 0)
    first = doc_pt_two_page(random.Random(SEED))[1]["fields"]
    n = plus(f["notice"], 38 + r.randint(0, 9))
    appeal = pat(r, "AP-26-99999")
    orig = first["case_numbers"][0]
    start = plus(n, 5)
    end = plus(start, 83)
    p = Page(serif=True, margins=(24, 18, 24))
    p.add_page()
    p.f(14, "B")
    p.cell(0, 7, ORG, align="R", new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, ", ".join(ORG_ADDR[1:]), align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(8)
    p.ln_text(fd(n, "upper"), 10)
    p.ln(3)
    for s in [f["member"]] + f["addr"]:
        p.ln_text(s, 10)
    p.ln(5)
    p.head("NOTICE OF APPEAL RESOLUTION", 12.5)
    p.para(f"Appeal number: {appeal}     Original reference: {orig}     Medicaid ID: {f['mid']}", 9.5)
    p.para(f"Dear {f['member']}:", 10)
    p.para(f"On {fd(plus(n, -21), 'upper')} we received your appeal of our decision to deny outpatient physical "
           "therapy requested by Dr. Ambrose T. Kittredge. A physical medicine physician who was not part of the "
           "first decision reviewed your appeal and the new therapy notes.", 10)
    p.para(f"We have reversed our decision. Your appeal is approved. {ORG} approves 24 visits of outpatient "
           f"physical therapy from {fd(start, 'upper')} through {fd(end, 'upper')}. Your provider has been told.",
           10)
    p.para("Because we decided in your favor, you do not need to do anything else. If you have questions, call "
           "Member Services at (202) 555-0142 (TTY 711).", 10)
    p.para(f"Sincerely,\n\nAppeals and Grievances Department\n{ORG}", 10)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[appeal, orig],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=n.isoformat(),
              provider="Ambrose T. Kittredge", alternates={"case_numbers": [[appeal]]}, unscored=["appeal_deadline"])
    return out(p), t


def doc_pca_fax(r):
    f = base(r, 4)
    n = f["notice"]
    ref = pat(r, "LTC-99999-26")
    eff = plus(n, 14)
    agency = "Petworth Home Care Partners"
    p = Page(margins=(18, 16, 18))
    p.add_page()
    p.fax_line(f"{fd(plus(n, 1), 'slash')} 08:14    FROM: PRH UM DEPT (202) 555-0151    TO: {agency.upper()}"
               "    P. 001/002")
    p.ln(6)
    letterhead(p, 13)
    p.ln_text(f"Date: {fd(n, 'abbr')}", 10)
    p.ln(2)
    p.ln_text(f"To: {f['member']}, {f['addr'][0]}, {f['addr'][1]}", 10)
    p.ln_text(f"Provider copy: {agency} (Medicaid provider no. {pat(r, '009999')})", 10)
    p.ln(3)
    p.head("NOTICE OF ADVERSE BENEFIT DETERMINATION - REDUCTION OF SERVICES", 11.5)
    p.para(f"Medicaid ID {f['mid']}  |  Reference {ref}  |  Date of birth {fd(f['dob'], 'abbr')}", 9.6)
    p.ruled(["Service", "Hours per week|now approved", "Hours per week|from " + fd(eff, "abbr"), "Change"],
            [["Personal care aide (T1019)", "35", "20", "reduced"],
             ["Homemaker (S5130)", "4", "4", "no change"]], [62, 36, 40, 30], size=8.8)
    p.para(f"We are reducing your personal care aide hours from 35 to 20 hours per week starting {fd(eff, 'abbr')}. "
           "The nurse assessment done in your home shows you can now bathe and dress with set-up help only. The "
           "extra hours are not medically necessary. Rule: 29 DCMR Chapter 50 and Clinical Policy PRH-LTSS-07.",
           9.6)
    rights(p, 8.6)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[ref], service_dates=[eff.isoformat()], denial_date=n.isoformat(), provider=agency,
              appeal_deadline=plus(n, 60).isoformat(), alternates={"service_dates": [[]]})
    return out(p), t


def stack_rehab(r):
    f = base(r, 5)
    n = f["notice"]
    ref = pat(r, "IP-2026-999999")
    adm = plus(n, 2)
    hosp = "Anacostia Heights Hospital"
    p = Page(margins=(20, 16, 20))
    p.add_page()
    letterhead(p, 14)
    p.ln_text(fd(n, "slash"), 10)
    p.ln(2)
    for s in [f["member"]] + f["addr"]:
        p.ln_text(s, 10)
    p.ln(4)
    p.head("Notice of Adverse Benefit Determination", 12.5, rule=True)
    p.leaders([("Member", f["member"]), ("Medicaid ID", f["mid"]), ("Case number", ref),
               ("Request", "Admission to inpatient rehabilitation facility"), ("Requested admission", fd(adm, "slash")),
               ("Requested by", hosp), ("Facility tax ID", pat(r, "52-9999999"))], width=48, size=9.4, dash=True)
    p.ln(3)
    p.para(f"We denied admission to an inpatient rehabilitation facility. We approved care in a skilled nursing "
           "facility instead. You need daily therapy, but you cannot yet take part in three hours of therapy a day, "
           "five days a week, which inpatient rehabilitation requires. A skilled nursing facility can safely give "
           "the care you need. Rule: Clinical Policy PRH-CP-0340.", 9.6)
    rights(p, 8.6)
    d1 = out(p)
    t1 = truth("denial_letter", "level_of_care", insurer=ORG, member_id=f["mid"], member_name=f["member"],
               case_numbers=[ref], service_dates=[adm.isoformat()], denial_date=n.isoformat(), provider=hosp,
               appeal_deadline=plus(n, 60).isoformat())
    q = Page(serif=True, margins=(22, 18, 22))
    q.add_page()
    q.f(13, "B")
    q.cell(0, 6, hosp, new_x="LMARGIN", new_y="NEXT")
    q.f(8.5)
    q.cell(0, 4, "Case Management  |  2200 Alabama Hollow Ave SE, Washington, DC 20099  |  (202) 555-0166",
           new_x="LMARGIN", new_y="NEXT")
    q.ln(8)
    ld = plus(n, 3)
    q.ln_text(fd(ld, "long"), 10)
    q.ln(3)
    q.para(f"{ORG}\n" + "\n".join(ORG_ADDR), 10)
    q.para(f"Re: Expedited appeal request - {f['member']}, Medicaid ID {f['mid']}, case {ref}", 10)
    q.para(f"We ask for an expedited appeal of the denial of admission to our inpatient rehabilitation unit for "
           f"{f['member']}, planned for {fd(adm, 'long')}. Since the stroke, the patient has tolerated 90 minutes of therapy twice a day and "
           "needs daily physician oversight for blood pressure. We attach the therapy notes and the attending "
           "physician's statement.", 10)
    q.para("Sincerely,\n\nRenata G. Sobieski, RN, Case Manager", 10)
    t2 = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[ref],
               service_dates=[adm.isoformat()], denial_date=ld.isoformat(), provider=hosp,
               alternates={"service_dates": [[]]}, unscored=["appeal_deadline", "denial_date"])
    return [(d1, t1), (out(q), t2)], ["cover", "duplex"]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_rehab(r(6))
    return [
        Item(f"{FAMILY}_bd_pt_visits_two_page", "born_digital", [doc_pt_two_page(r(0))]),
        Item(f"{FAMILY}_copy_aviso_es_dermatologia", "photocopy", [doc_es_oon(r(1))]),
        Item(f"{FAMILY}_lowres_claims_summary_dental_crown", "scan_lowres_150", [doc_claims_summary(r(2))]),
        Item(f"{FAMILY}_photo_pharmacy_pa_grid", "phone_photo", [doc_pharmacy_grid(r(3))]),
        Item(f"{FAMILY}_rotated_appeal_overturned_pt", "rotated", [doc_appeal_overturned(r(7))]),
        Item(f"{FAMILY}_faxstd_pca_hours_reduced", "fax_standard_g4", [doc_pca_fax(r(4))]),
        Item(f"{FAMILY}_scan300_stack_rehab_and_hospital_appeal", "scan_clean_300", docs, separators=seps,
             turns={(1, 0): 180}),
    ]
