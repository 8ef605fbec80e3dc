"""Notices mirrored (structure and wording style only) from Health First Colorado, Colorado's Medicaid program (the
Colorado Department of Health Care Policy and Financing, HCPF, the Office of Administrative Courts and the
State Fair Hearing as themselves), issued by an invented regional organization that runs a capitated health plan
for Health First Colorado members (Cottonwood Divide Regional Health Alliance). The notices keep the state's
order (what we decided, why, the rule, your right to appeal within 60 days, State Fair Hearing after the appeal,
continued benefits if asked within 10 days, a 72-hour fast appeal) in plain words. CARC codes appear as
themselves; the organization, its rules and codes, every provider, person, number and address are invented.

Documents (8 in 7 files):
- bd_claims_summary_icn_from_thru_duplicate_row: a landscape member claims summary, five rows with ICN, From /
  Thru, Rendering and Billing columns; one physical therapy row paid nothing because the same visit was already
  paid on the row above (CARC 18); a credit row in parentheses; letter ID, batch number and a DOB as decoys.
- faxstd_request_id_inpatient_stay_outpatient_setting: a provider copy on a standard fax: the knee surgery may be
  done but not as an inpatient stay (outpatient surgery setting); "Request ID" beside letter ID, NPI, tax ID and
  fax numbers; planned date.
- phone_es_aviso_otro_seguro_paga_primero: Spanish notice, an emergency visit the member's other insurance must
  pay first; "Número de referencia", dates written out, amount "USD".
- rotated_claim_no_approval_addresses_side_by_side: a claim notice with the member's and the imaging center's
  address blocks side by side; an MRI given without the approval the plan asks for; "Claim #" and account no.
- lowres_prose_document_control_number_coverage_ended: no labels, "the care you received on or about", services
  between two dates in prose, the doctor only named in a sentence; Health First Colorado coverage had ended.
- photocopy_appeal_upheld_weight_program_not_a_benefit: appeal decision upholding a refusal of a commercial
  weight-loss program membership ("Grievance/Appeal No." with the claim); only a State Fair Hearing is left.
- finefax_stack_cover_home_health_approval_then_sleep_study_not_needed: a fax cover, an approval of home health
  visits ("Authorization number"; denies nothing), then a sleep study refused as not needed ("Reference No.").
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddp_famdpc import DPSheet, people
from public_kit import STREETS, amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "health_first_colorado_medicaid_notice_of_action"
LANG = "en"
SEED = 352702
INS = "Cottonwood Divide Regional Health Alliance"
ALT = ["Cottonwood Divide", "CDRHA"]
LET = "ACDEFHJKLMNPRTUVWXY"


def hfc_id(rng):
    """A Health First Colorado ID shape: one letter and six digits (no O or I)."""
    return rng.choice(LET) + digits(rng, 6)


def address(rng):
    """A southern Colorado mailing address (invented house numbers)."""
    city, z = rng.choice([("Pueblo CO", "810"), ("Trinidad CO", "810"), ("Walsenburg CO", "810"),
                          ("Canon City CO", "812"), ("La Junta CO", "810"), ("Alamosa CO", "811")])
    return [f"{rng.randint(100, 9899)} {rng.choice(STREETS)}", f"{city} {z}{rng.randint(10, 99)}"]


def icn(rng):
    return "10" + digits(rng, 11)


def dob(rng):
    return dt.date(rng.randint(1958, 2001), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DPSheet, rng, unit: str = "Member Services", size: float = 14):
    p.f(size, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"A Health First Colorado regional organization  |  {unit}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"PO Box {rng.randint(1200, 9800)}, Pueblo CO 810{rng.randint(10, 99)}  |  1-888-555-"
                 f"{digits(rng, 4)}  |  TTY 711  |  Fax 719-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def _rights(p: DPSheet, size: float = 8.8, deadline: bool = True):
    if deadline:
        p.bar("YOUR RIGHT TO APPEAL", 9.2)
        p.para("If you do not agree with this decision, you may ask us for an appeal. You must ask within 60 days "
               "of the date of this notice. You can ask by phone or in writing. A provider or another person may "
               "appeal for you if you give written permission.", size)
        p.para("**Fast appeal.** If waiting could seriously harm your health, ask for a fast (expedited) appeal. We "
               "will decide within 72 hours.", size)
        p.para("**Keep your benefits.** If this notice ends or reduces a service you already get, you may ask to "
               "keep it during the appeal. Ask within 10 days of the date of this notice.", size)
    p.para("**State Fair Hearing.** After our appeal decision you may ask for a State Fair Hearing with the Office "
           "of Administrative Courts within 120 days of the date of the appeal decision. The Health First Colorado "
           "Ombudsman can help you for free.", size)


def bd_summary(rng):
    patient, pt_doc, pcp = people(rng, 3)
    mid = hfc_id(rng)
    sd = dt.date(2026, 4, rng.randint(6, 17))
    base = dt.date(2026, 3, rng.randint(2, 9))
    clinic = "Arkansas Bend Physical Therapy"
    rows_src = [
        (base, base, f"Dr. {pcp}", "Fountain Creek Family Clinic", "99213 Office visit", None),
        (plus(base, 2), plus(base, 2), pt_doc, clinic, "97110 Therapeutic exercise x3", None),
        (plus(base, 2), plus(base, 2), pt_doc, clinic, "97110 Therapeutic exercise x3", "dup"),
        (plus(base, 4), plus(base, 11), "Plains Ridge Home Medical", "Plains Ridge Home Medical", "E0114 Crutches rental", None),
    ]
    deny = 2
    rows, icns, billed = [], [], []
    for i, (f, t, rend, bill, svc, flag) in enumerate(rows_src):
        c = amount(rng, 90, 260) if i != deny else None
        if i == deny:
            c = billed[1]
        billed.append(c)
        n = icn(rng)
        icns.append(n)
        if flag == "dup":
            rows.append([n, fdate(f, "slash"), fdate(t, "slash"), rend, bill, svc, money(c), "$0.00", "$0.00", "18"])
        else:
            al = round(c * 0.64, 2)
            rows.append([n, fdate(f, "slash"), fdate(t, "slash"), rend, bill, svc, money(c), money(al), money(al),
                         "45"])
    adj = round(billed[0] * 0.1, 2)
    rows.append([icn(rng), fdate(base, "slash"), fdate(base, "slash"), f"Dr. {pcp}", "Fountain Creek Family Clinic",
                 "Adjustment to earlier claim", "", "", f"({adj:,.2f})", "A1"])
    p = DPSheet(footer="Page {n} of {nb}", footer_left=f"Letter ID CDL-{digits(rng, 8)}  |  Form CD-CS-3 (01/2026)")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("MEMBER CLAIMS SUMMARY  -  THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Member", patient), ("Health First Colorado ID", mid), ("Date of birth", fdate(dob(rng), "slash")),
                ("Summary date", fdate(sd, "long")), ("Batch", f"B{digits(rng, 7)}")], [62, 52, 34, 56, 51.4])
    p.ln(3)
    p.table(["ICN", "From", "Thru", "Rendering", "Billing provider", "Service", "Billed", "Allowed", "Paid", "CARC"],
            rows, [27, 17, 17, 40, 46, 44, 19, 17, 17, 11], size=7.9,
            aligns=["L", "L", "L", "L", "L", "L", "R", "R", "R", "C"])
    p.para("**What the codes mean.** 45: the charge is more than the Health First Colorado fee schedule; the "
           "provider may not bill you for the difference. 18: this visit was already sent to us on another claim "
           "for the same day and service, and we paid it there, so nothing more is paid on this line. A1: an "
           "earlier payment was corrected; the amount in parentheses was taken back from the provider.", 8.6)
    p.para("You do not owe anything for services Health First Colorado covers. Appeal: you may ask for an appeal "
           "within 60 days of the date of this summary. State Fair Hearing: within 120 days of our appeal decision.",
           8.6)
    t = truth("eob", "other", insurer=INS, member_id=mid, member_name=patient, cases=[icns[deny]],
              claim_amount=m2(billed[deny]), service_dates=[span(rows_src[deny][0])], denial_date=sd.isoformat(),
              provider=pt_doc.replace("Dr. ", ""), appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [clinic]})
    return out(p), t


def faxstd_setting(rng):
    patient, surgeon, md = people(rng, 3)
    mid = hfc_id(rng)
    nd = dt.date(2026, 5, rng.randint(4, 15))
    planned = plus(nd, rng.randint(10, 20))
    rec = plus(nd, -rng.randint(3, 6))
    rid = f"UM{digits(rng, 8)}"
    hosp = "Sangre Vista Medical Center"
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)} FROM: CDRHA UTIL MGMT 719-555-{digits(rng, 4)} TO: 303-555-{digits(rng, 4)} P.{{n}}"
    p = DPSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("NOTICE OF ACTION  -  PROVIDER COPY", 12.5, "B")
    p.ln(1)
    p.capstrip([("Notice date", fdate(nd, "slash")), ("Request ID", rid), ("Letter ID", f"L-{digits(rng, 9)}"),
                ("Received", fdate(rec, "slash"))])
    p.capstrip([("Member", patient), ("Health First Colorado ID", mid), ("DOB", fdate(dob(rng), "slash"))],
               [70, 55, 58.9])
    p.capstrip([("Requesting provider", f"Dr. {surgeon}"), ("NPI", digits(rng, 10)), ("Tax ID", f"84-{digits(rng, 7)}")],
               [70, 55, 58.9])
    p.capstrip([("Facility", hosp), ("Planned date", fdate(planned, "slash")), ("Setting asked for", "Inpatient, 2 days")],
               [70, 55, 58.9])
    p.ln(2)
    p.bar("WHAT WE DECIDED")
    p.para(f"Dr. {surgeon} asked us to approve a right knee arthroscopy with meniscus repair (CPT 29882) as an "
           f"inpatient stay of two days at {hosp}. We approve the surgery, but not the hospital stay. The surgery "
           "can be done safely in the hospital's outpatient surgery department, and the member can go home the "
           "same day. The records show no heart, lung or bleeding problem that would call for an overnight stay.",
           9.3)
    p.bar("WHY")
    p.para("Our reviewer, a board-certified orthopedic surgeon, used the plan's surgical setting guideline SG-14. "
           "Health First Colorado pays for the place of care that meets the member's needs. If the surgery is "
           "done as an outpatient, send the claim with place of service 22 and no new request is needed.", 9.3)
    _rights(p, 8.6)
    p.para(f"Questions: call Utilization Management at 1-888-555-{digits(rng, 4)}; fax 719-555-{digits(rng, 4)}.\n"
           f"Dr. {md}, Associate Medical Director", 8.6)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=mid, member_name=patient, cases=[rid],
              service_dates=[span(planned)], denial_date=nd.isoformat(), provider=surgeon,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [hosp]})
    return out(p), t


def phone_es(rng):
    patient = people(rng, 1)[0]
    mid = hfc_id(rng)
    nd = dt.date(2026, 4, rng.randint(13, 24))
    sv = dt.date(2026, 3, rng.randint(14, 28))
    billed = amount(rng, 1200, 3400)
    ref = f"CD-{digits(rng, 4)}-{digits(rng, 6)}"
    er = "Hospital Valle del Huerfano"
    other_ins = "Grayling Point Employee Health Plan"
    p = DPSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("AVISO DE ACCIÓN", 13, "B")
    p.ln(1)
    p.pairs([("Fecha de este aviso", fdate(nd, "long", "es")), ("Número de referencia", ref),
             ("Miembro", patient), ("Número de Health First Colorado", mid),
             ("Fecha del servicio", fdate(sv, "long", "es")), ("Cargo facturado", money(billed, "usd"))],
            label_w=66, size=9.6)
    p.ln(2)
    p.para(f"Estimado(a) {patient}:", 9.8)
    p.para(f"{er} nos envió un reclamo por la atención de emergencia que usted recibió el "
           f"{fdate(sv, 'long', 'es')}. Nuestros registros muestran que usted también tiene seguro de "
           f"{other_ins}. Health First Colorado paga solo después de que su otro seguro haya pagado su parte. El "
           "hospital debe enviar primero el reclamo a su otro seguro y luego a nosotros con la explicación de "
           "pagos de ese seguro. Por eso no pagamos este reclamo por ahora.", 9.8)
    p.para("Si su otro seguro terminó, llámenos y envíe una carta que lo demuestre.", 9.8)
    p.bar("SU DERECHO A APELAR", 9.4)
    p.para("Puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Si esperar podría "
           "poner en grave peligro su salud, pida una apelación rápida: decidiremos en 72 horas. Después de nuestra "
           "decisión puede pedir una Audiencia Imparcial Estatal (State Fair Hearing) ante la Oficina de "
           "Tribunales Administrativos dentro de 120 días.", 9.2)
    p.taglines()
    t = truth("denial_letter", "other", insurer=INS, member_id=mid, member_name=patient, cases=[ref],
              claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(), provider=er,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es", alternates={"insurer": ALT})
    return out(p), t


def rotated_noauth(rng):
    patient, rad, reff = people(rng, 3)
    mid = hfc_id(rng)
    nd = dt.date(2026, 6, rng.randint(2, 12))
    sv = dt.date(2026, 4, rng.randint(20, 30))
    billed = amount(rng, 1400, 2600)
    clm = f"{digits(rng, 4)}{rng.choice('ACDEFHJKLMNPRTUVWXY')}{digits(rng, 6)}"
    imaging = "Fountain Mesa Imaging"
    p = DPSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Claims")
    p.addr_pair("Member", [patient, *address(rng)], "Provider",
                [imaging, f"Attn: Billing  |  Acct no. FMI-{digits(rng, 7)}", *address(rng)])
    p.pairs([("Date", fdate(nd, "abbr")), ("Claim #", clm), ("Health First Colorado ID", mid),
             ("Service", "MRI lumbar spine without contrast (CPT 72148)"), ("DOS", fdate(sv, "dash")),
             ("Amount billed", money(billed, "nosign")), ("We paid", "0.00")], label_w=52, size=9.6)
    p.ln(2)
    p.bar("WHY WE DID NOT PAY")
    p.para(f"This MRI was ordered by Dr. {reff} and read by Dr. {rad}. Our plan asks the provider to get our "
           "okay before an MRI of the spine is done, except in an emergency. We had no request for this MRI "
           "before the date it was done, and the records do not show an emergency. The imaging center may not "
           "bill you for this service.", 9.5)
    p.para("The imaging center can send us the records and ask us to review the MRI now. If the MRI met our "
           "guideline on the day it was done, we will pay the claim.", 9.5)
    _rights(p, 8.6)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=mid, member_name=patient, cases=[clm],
              claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(), provider=imaging,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [rad, reff]})
    return out(p), t


def lowres_prose(rng):
    patient, doc = people(rng, 2)
    mid = hfc_id(rng)
    nd = dt.date(2026, 5, rng.randint(18, 28))
    a = dt.date(2026, 3, rng.randint(2, 9))
    b = plus(a, 7)
    ended = plus(a, -rng.randint(3, 12))
    billed = amount(rng, 600, 1500)
    dcn = f"{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 5)}"
    clinic = "Huerfano Springs Wound Care Center"
    p = DPSheet(footer=None, footer_left=f"{INS}  |  Document Control Number {dcn}  |  CD-NOA-2 (01/2026)")
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Eligibility and Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {patient} (Health First Colorado ID {mid}):", 10)
    p.para(f"We received a claim for {money(billed)} from Dr. {doc} at {clinic} for the care you received on or "
           f"about {fdate(a, 'long')}. The claim lists wound care services between {a.strftime('%B %-d')} and "
           f"{b.strftime('%-d')}, {b.year} ({fdate(a, 'slash')} - {fdate(b, 'slash')}).", 10)
    p.para(f"Your Health First Colorado coverage through our plan stopped on {fdate(ended, 'long')}, when your "
           "yearly renewal packet was not returned. The services were given after that day, so we cannot pay "
           "for them. If your coverage has been restored back to that date, call us and we will look at the claim "
           "again. You can check your coverage in the PEAK portal or with your county human services office.", 10)
    p.para("If you think we are wrong, you may ask us for an appeal within 60 days of the date of this letter. "
           "After our appeal decision you may ask for a State Fair Hearing within 120 days. Call 1-888-555-"
           f"{digits(rng, 4)} (TTY 711). Please keep the number at the bottom of this page.", 10)
    p.para(f"Sincerely,\nEligibility and Claims\n{INS}", 10)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=patient, cases=[dcn],
              claim_amount=m2(billed), service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [clinic]})
    return out(p), t


def photocopy_appeal(rng):
    patient, doc, md = people(rng, 3)
    mid = hfc_id(rng)
    nd = dt.date(2026, 6, rng.randint(8, 19))
    sv = dt.date(2026, 3, rng.randint(2, 20))
    billed = amount(rng, 280, 480)
    apl = f"GA-{digits(rng, 6)}"
    clm = icn(rng)
    prog = "Summit Steps Weight Program"
    p = DPSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Grievances and Appeals")
    p.line("NOTICE OF APPEAL RESOLUTION", 13, "B")
    p.ln(1)
    p.grid([[("Date of this notice", fdate(nd, "upper")), ("Grievance/Appeal No.", apl), ("ICN", clm)],
            [("Member", patient), ("Health First Colorado ID", mid), ("Appeal received", fdate(plus(nd, -24), "slash"))],
            [("Service", "12-month program membership"), ("Start date", fdate(sv, "slash")), ("Billed", money(billed, "flat"))],
            [("Provider", prog), ("Referred by", f"Dr. {doc}"), ("Phone", f"719-555-{digits(rng, 4)}")]], size=8.8)
    p.para(f"You asked us to pay for a year's membership in {prog} that Dr. {doc} suggested for you. You wrote that "
           "the program helped you lose weight and lower your blood sugar.", 9.4)
    p.para("**Our decision: we agree with the first decision.** Memberships in commercial weight-loss programs are "
           "not part of what Health First Colorado pays for. Your plan does cover visits with your doctor and a "
           "dietitian about your weight and diabetes, and we can help you find one. A doctor who did not make the "
           "first decision reviewed your appeal.", 9.4)
    _rights(p, 8.8, deadline=False)
    p.para("You may also ask to keep getting a service during the State Fair Hearing if you ask within 10 days of the "
           "date of this notice. This does not apply to a service you did not already receive from us.", 8.8)
    p.para(f"Sincerely,\n\nDr. {md}\nMedical Director, {INS}", 9.2)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=patient, cases=[apl, clm],
              claim_amount=m2(billed), service_dates=[span(sv)], denial_date=nd.isoformat(), provider=prog,
              alternates={"insurer": ALT, "case_numbers": [[apl], [clm]], "provider": [doc]})
    return out(p), t


def finefax_stack(rng):
    patient, rn, pulm = people(rng, 3)
    mid = hfc_id(rng)
    ad = dt.date(2026, 6, rng.randint(1, 10))
    a0, a1 = plus(ad, 3), plus(ad, 62)
    auth = f"PA{digits(rng, 9)}"
    agency = "Columbine Trail Home Health"
    p = DPSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("NOTICE OF APPROVAL", 12, "B")
    p.pairs([("Date", fdate(ad, "long")), ("Member", patient), ("Health First Colorado ID", mid),
             ("Authorization number", auth), ("Provider", agency), ("Nurse in charge", rn),
             ("Approved", "Skilled nursing home health visits, 18 visits"),
             ("Dates approved", f"{fdate(a0, 'slash')} through {fdate(a1, 'slash')}")], label_w=50, size=9.4)
    p.ln(2)
    p.para("We approved all of the visits your home health agency asked for. You do not need to do anything. If "
           "you need more visits after the last date above, the agency will ask us.", 9.6)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=patient, cases=[auth],
                          service_dates=[span(a0, a1)], denial_date=ad.isoformat(), provider=agency,
                          alternates={"insurer": ALT, "case_numbers": [[]], "service_dates": [[]]}))
    nd = plus(ad, rng.randint(5, 12))
    planned = plus(nd, rng.randint(9, 16))
    ref = f"R-26-{digits(rng, 6)}"
    lab = "Pikes Gate Sleep Center"
    q = DPSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Utilization Management")
    q.line("NOTICE OF ACTION", 12, "B")
    q.pairs([("Date", fdate(nd, "long")), ("Reference No.", ref), ("Member", patient),
             ("Health First Colorado ID", mid), ("Service asked for", "Attended sleep study in a lab (CPT 95810)"),
             ("Date planned", fdate(planned, "iso"))], label_w=48, size=9.4)
    q.ln(2)
    q.para(f"We received the request from Dr. {pulm} at {lab}. We are not able to approve the sleep study. The "
           "records say you snore but do not show daytime sleepiness, pauses in breathing that someone saw, or a "
           "heart or lung problem. The plan's guideline calls for a home sleep test first when a lab study is not "
           "needed, and the records do not show why you need a lab study instead.", 9.6)
    _rights(q, 8.6)
    doc2 = (out(q), truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=patient,
                          cases=[ref], service_dates=[span(planned)], denial_date=nd.isoformat(), provider=pulm,
                          appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [lab]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_claims_summary_icn_from_thru_duplicate_row", "born_digital", [bd_summary(rng)]),
        Item(F + "faxstd_request_id_inpatient_stay_outpatient_setting", "fax_standard_g4", [faxstd_setting(rng)]),
        Item(F + "phone_es_aviso_otro_seguro_paga_primero", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_claim_no_approval_addresses_side_by_side", "rotated", [rotated_noauth(rng)]),
        Item(F + "lowres_prose_document_control_number_coverage_ended", "scan_lowres_150", [lowres_prose(rng)]),
        Item(F + "photocopy_appeal_upheld_weight_program_not_a_benefit", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "finefax_stack_cover_home_health_approval_then_sleep_study_not_needed", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None]),
    ]
