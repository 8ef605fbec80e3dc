"""Notices mirrored (structure and wording style only) from California's Breast and Cervical Cancer Treatment
Program (BCCTP) under Medi-Cal: the California Department of Health Care Services (DHCS), Medi-Cal, BCCTP (federal
full scope and state-only), Every Woman Counts, the Notice of Action / Notice of Appeal Resolution, the State
Hearing and the Independent Medical Review (IMR) appear as themselves; the Medi-Cal managed care plan (Sandpiper
Mesa Health Plan), every oncology group, hospital, imaging centre, doctor, patient, number, address and the
plan's own time limits are invented. Reasons are put in the writer's own words; CPT/HCPCS and CARC/RARC codes
appear as themselves.

Documents (8 in 7 files):
- bd_remittance_three_claims_drug_line_no_authorization: a landscape provider remittance advice to an oncology
  group: three patients' claims of two to four lines each (infusion centre as place of service, rendering NPIs);
  the trastuzumab drug line of one claim is refused (CO-197 / M62, legend) while its infusion lines are paid.
- faxstd_noa_pet_ct_not_needed: a Notice of Action form on a standard fax, captions in small type in boxes:
  the oncologist asked for a PET/CT at an imaging centre; not needed during hormone therapy without new symptoms;
  reviewer, case manager, received date and form number as decoys.
- photocopy_noa_checkbox_reconstruction_out_of_network: a photocopied Notice of Action with ticked boxes:
  reconstruction by a plastic surgeon at a hospital with no contract; the referring breast surgeon as decoy.
- phone_es_aviso_radioterapia_despues_de_fin_de_cobertura: a photographed Spanish notice: radiation sessions after
  the state-only BCCTP coverage ended; the end date and the 18-month rule as decoys.
- rotated_nar_inpatient_chemo_days_upheld: a Notice of Appeal Resolution fed sideways keeping the refusal of
  three inpatient days for chemotherapy that could be given in the infusion centre; only the State Hearing (120
  days) and IMR left, so no appeal deadline.
- lowres_late_surgeon_claim_no_labels: a no-label 150 dpi letter to a surgical group: the lumpectomy claim reached
  the plan long after the plan's time limit.
- finefax_stack_cover_dhcs_approval_then_other_coverage_first: a fax cover sheet, a DHCS BCCTP approval notice
  (denies nothing), then (upside down) the plan's letter asking the other health coverage to pay first.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddr_famdrf import DRSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "breast_and_cervical_cancer_treatment_program_medicaid_denial"
LANG = "en"
SEED = 353305
INS = "Sandpiper Mesa Health Plan"
ALT = ["Sandpiper Mesa"]
DHCS = "California Department of Health Care Services"
GROUP_ONC = "Coastline Hematology Oncology Medical Group"
INFUSION = "Tidewater Infusion Center"
LETTERS = "ACDEFGHJKMNPRTUVWXY"


def address(rng):
    """An invented California street address (the members live in the plan's service area)."""
    city, z = rng.choice([("Oxnard", "930"), ("Ventura", "930"), ("Salinas", "939"), ("Fresno", "937"),
                          ("Santa Maria", "934")])
    return [f"{rng.randint(100, 9899)} {rng.choice(['Camino Robles', 'Palm Ter', 'E Vineyard Ave', 'Orchid Ct'])}",
            f"{city} CA {z}{rng.randint(10, 99)}"]


def cin(rng):
    """A Medi-Cal client index number shape: 8 digits and a letter (no O or I)."""
    return f"9{digits(rng, 7)}{rng.choice(LETTERS)}"


def icn(rng):
    return f"26{digits(rng, 3)}{digits(rng, 8)}"


def phone(rng, area="888"):
    return f"{area}-555-{digits(rng, 4)}"


def npi(rng):
    return "1" + digits(rng, 9)


def dob(rng, lo=1961, hi=1990):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _head(p, rng, unit="Utilization Management"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"A Medi-Cal managed care plan  |  {unit}  |  PO Box {rng.randint(1200, 9800)}, Oxnard CA "
                 f"93031-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"Member Services {phone(rng)} (TTY 711)  |  Monday - Friday, 8 a.m. - 6 p.m.", new_x="LMARGIN",
           new_y="NEXT")
    p.rule(4)


def _rights(p, nd, size=8.8, days=60, es=False):
    if es:
        p.bar("SUS DERECHOS", 9.2)
        p.para(f"Si no está de acuerdo, puede pedir una apelación al plan dentro de {days} días a partir de la fecha "
               "de este aviso. Si su salud corre peligro, pida una apelación rápida: la decidimos en 72 horas. "
               "Después de la decisión de la apelación puede pedir una Audiencia Estatal (State Hearing) al "
               "Departamento de Servicios Sociales de California dentro de 120 días, y una Revisión Médica "
               "Independiente (IMR).", size)
        return
    p.bar("YOUR RIGHTS", 9.2)
    p.para(f"If you do not agree, you can ask the plan for an appeal within {days} days of the date of this notice. "
           "If waiting could seriously harm your health, ask for an expedited appeal; we decide those within 72 "
           "hours. After the plan decides your appeal, you may ask for a State Hearing within 120 days of the "
           "Notice of Appeal Resolution, and you may ask the Department of Managed Health Care for an Independent "
           "Medical Review (IMR). You will not lose your Medi-Cal by asking.", size)


def bd_remittance(rng):
    pats = people(rng, 3)
    docs = people(rng, 3)
    rd = dt.date(2026, 4, rng.randint(3, 24))
    rows, claims = [], []
    deny_i = 1
    totals = [0.0, 0.0, 0.0, 0.0]
    den = None
    for i, (pt, dr) in enumerate(zip(pats, docs)):
        dos = plus(rd, -rng.randint(18, 40))
        n = icn(rng)
        c_cin = cin(rng)
        if i == deny_i:
            lines = [("96413", "Chemo IV infusion, 1st hr", 1, amount(rng, 420, 560), True),
                     ("96415", "Chemo IV infusion, addl hr", 1, amount(rng, 95, 140), True),
                     ("J9355", "Trastuzumab 10 mg", 42, amount(rng, 5200, 6900), False),
                     ("J1100", "Dexamethasone 1 mg", 10, amount(rng, 18, 40), True)]
        elif i == 0:
            lines = [("99214", "Office visit, est pt", 1, amount(rng, 190, 260), True),
                     ("85025", "CBC w/ diff", 1, amount(rng, 30, 60), True)]
        else:
            lines = [("96372", "Injection SC/IM", 1, amount(rng, 60, 110), True),
                     ("J2506", "Pegfilgrastim 0.5 mg", 12, amount(rng, 3100, 4200), True),
                     ("99213", "Office visit, est pt", 1, amount(rng, 140, 190), True)]
        rows.append([f"{pt.split()[-1].upper()}, {pt.split()[0].upper()} {pt.split()[1][0]}", c_cin, n, "", "",
                     f"Dr. {dr} (rendering) NPI {npi(rng)}", "", "", "", "", ""])
        billed_sum = 0.0
        for j, (code, desc, u, b, ok) in enumerate(lines, 1):
            billed_sum += b
            if ok:
                al = round(b * rng.uniform(0.55, 0.75), 2)
                pd, rem = al, "1"
            else:
                al, pd, rem = 0.0, 0.0, "CO-197 M62"
            totals[0] += b
            totals[1] += al
            totals[2] += pd
            rows.append(["", "", f"  line {j}", fdate(dos, "slash"), code, desc, str(u), money(b, "nosign"),
                         money(al, "nosign"), money(pd, "nosign"), rem])
        rows.append(["", "", "", "", "", "Claim total", "", money(billed_sum, "nosign"), "", "", ""])
        if i == deny_i:
            den = (pt, c_cin, n, dr, dos, round(billed_sum, 2))
    rows.append(["", "", "", "", "", "REMITTANCE TOTAL", "", money(totals[0], "nosign"), money(totals[1], "nosign"),
                 money(totals[2], "nosign"), ""])
    p = DRSheet(footer="Page {n} of {nb}", footer_left="SMHP-RA-3 (Rev. 11/2025)")
    p.set_margins(10, 11, 10)
    p.add_page(orientation="L")
    p.f(14, "B")
    p.cell(150, 7, INS)
    p.f(12, "B")
    p.cell(0, 7, "PROVIDER REMITTANCE ADVICE", align="R", new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Medi-Cal Managed Care  |  Provider Services {phone(rng)}  |  PO Box {rng.randint(1200, 9800)}, "
                 f"Oxnard CA 93031-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)
    p.capstrip([("Payee", GROUP_ONC), ("Payee NPI", npi(rng)), ("Tax ID", f"9{digits(rng, 1)}-{digits(rng, 7)}"),
                ("Remittance date", fdate(rd, "slash")), ("EFT trace no.", digits(rng, 12))],
               [92, 34, 30, 40, 61.4])
    p.capstrip([("Place of service", f"{INFUSION} (POS 19)"), ("RA number", f"RA{digits(rng, 9)}"),
                ("Program", "Medi-Cal / BCCTP members"), ("Paid through", fdate(plus(rd, -2), "slash"))],
               [92, 50, 60, 55.4])
    p.ln(3)
    p.table(["Patient", "Medi-Cal ID (CIN)", "Claim (ICN) / line", "Date of service", "Code", "Description",
             "Units", "Billed", "Allowed", "Paid", "CARC / RARC"], rows,
            [36, 22, 27, 19, 12, 67, 8, 18, 16, 16, 16.4], size=7.2, row_h=4.8,
            aligns=["L", "L", "L", "L", "L", "L", "R", "R", "R", "R", "L"], bold_last=True)
    p.para("**Codes.** 1: paid at the contracted rate. CO-197: we have no approval on file for this drug; the "
           "contract asks for an approved authorization before a specialty drug is given, so this line is not "
           "paid and the member may not be billed for it. M62: the authorization number was missing on the claim "
           "line.", 7.8)
    p.para("**Disputes.** You may file a provider dispute within 365 days of the date of this remittance advice. "
           "Member appeals and State Hearing time limits do not apply to provider disputes. Keep the EFT trace "
           "number for your records.", 7.8)
    pt, c_cin, n, dr, dos, billed = den
    t = truth("eob", "prior_authorization", insurer=INS, member_id=c_cin, member_name=pt, cases=[n],
              claim_amount=m2(billed), service_dates=[dos.isoformat()], denial_date=rd.isoformat(), provider=dr,
              appeal_deadline=plus(rd, 365).isoformat(), alternates={"insurer": ALT, "provider": [GROUP_ONC]})
    return out(p), t


def faxstd_noa(rng):
    pt, onc, rev, cm = people(rng, 4)
    c = cin(rng)
    nd = dt.date(2026, 3, rng.randint(4, 26))
    rcv = plus(nd, -rng.randint(3, 5))
    plan = plus(nd, rng.randint(9, 16))
    ar = f"SMA-{digits(rng, 7)}"
    center = "Mesa Ridge Imaging Center"
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  SMHP UM  {phone(rng, '805')}  P.{{n}}"
    p = DRSheet(footer="Page {n} of {nb}", footer_left="SMHP-NOA-MN (Rev. 01/2026)", fax_hdr=fax)
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng)
    p.line("NOTICE OF ACTION", 13, "B", align="C")
    p.line("About Your Treatment Request", 10, align="C")
    p.ln(2)
    p.capstrip([("1. Notice date", fdate(nd, "slash")), ("2. Member name", pt), ("3. Medi-Cal ID (CIN)", c),
                ("4. Date of birth", fdate(dob(rng), "slash"))], [34, 58, 45, 46.9], cap=5.4, size=8.6)
    p.capstrip([("5. Program", "BCCTP - full scope Medi-Cal"), ("6. Request number", ar),
                ("7. Request received", fdate(rcv, "slash")), ("8. Case manager", f"{cm}, RN")],
               [52, 42, 40, 49.9], cap=5.4, size=8.6)
    p.capstrip([("9. Requesting provider", f"Dr. {onc}"), ("10. Medical group", GROUP_ONC)],
               [64, 119.9], cap=5.4, size=8.6)
    p.capstrip([("11. Service asked for", "PET/CT skull base to mid-thigh (CPT 78815)"),
                ("12. Planned date", fdate(plan, "slash"))], [118, 65.9], cap=5.4, size=8.6)
    p.capstrip([("13. Service location", center), ("14. Reviewer", f"Dr. {rev}, Medical Director")],
               [84, 99.9], cap=5.4, size=8.6)
    p.ln(4)
    p.para(f"Dear {pt}:", 9.6)
    p.para(f"{INS} has DENIED the request listed in box 11. Our reason: you finished surgery and radiation last "
           "year and now take hormone pills. Your recent exam and blood tests were normal and your doctor's notes "
           "do not describe any new pain, lump or other sign that the cancer has come back. A whole-body PET/CT "
           "scan on a schedule, when nothing new has been found, does not change treatment for someone in your "
           "situation, so it is not medically necessary. Your doctor can ask again if new symptoms appear.", 9.6)
    p.para(f"This decision was made by Dr. {rev}, a medical director who is board certified in oncology. Your "
           "doctor may call to discuss it. We used the plan's guideline on imaging after breast cancer "
           "treatment; you can ask for a free copy.", 9.6)
    _rights(p, nd)
    p.para(f"Questions? Call your case manager, {cm}, at {phone(rng)} or Member Services (TTY 711). "
           f"cc: Dr. {onc}; {center}", 8.8)
    p.taglines()
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=c, member_name=pt, cases=[ar],
              service_dates=[plan.isoformat()], denial_date=nd.isoformat(), provider=onc,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [center]})
    return out(p), t


def photocopy_checkbox(rng):
    pt, plast, breast, rev = people(rng, 4)
    c = cin(rng)
    nd = dt.date(2026, 5, rng.randint(4, 26))
    plan = plus(nd, rng.randint(14, 30))
    ar = f"SMA-{digits(rng, 7)}"
    hosp = "Bayfront Surgical Hospital"
    p = DRSheet(footer="Page {n} of {nb}", footer_left="SMHP-NOA-2 (Rev. 07/2025)")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng)
    p.line("NOTICE OF ACTION - DENIAL", 13, "B")
    p.ln(1)
    p.grid([[("Date of notice", fdate(nd, "long")), ("Member", pt), ("Member CIN", c)],
            [("Authorization no.", ar), ("Surgeon asking (plastic surgery)", f"Dr. {plast}"),
             ("Facility", hosp)],
            [("Referred by", f"Dr. {breast}, breast surgery"), ("Planned surgery date", fdate(plan, "slash")),
             ("Procedure", "Breast reconstr. CPT 19364")]], size=8.2, cap=5.8, h=10)
    p.checks("Decision", [(False, "Approved"), (False, "Approved in part"), (True, "Denied"),
                          (False, "Delayed - more information needed")], cols=4)
    p.checks("Reason", [
        (False, "The service is not medically necessary"),
        (False, "The service is not a Medi-Cal benefit"),
        (True, "The surgeon and the facility are not in our network, and a surgeon in our network can do this "
               "surgery at one of our hospitals within the time your doctor asked for"),
        (False, "We did not receive the information we asked for"),
    ])
    p.para("Reconstruction after breast cancer surgery is a covered benefit, and this notice does not say "
           "otherwise. We are denying it only at this surgeon and hospital: neither has signed a contract with us, "
           "and our network has plastic surgeons who do this surgery at contracted hospitals in your county. Your "
           "case manager can help you choose one and will send the referral.", 9.4)
    p.para(f"Reviewed by Dr. {rev}, Medical Director.", 9.2)
    _rights(p, nd, size=8.6)
    p.taglines()
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=c, member_name=pt, cases=[ar],
              service_dates=[plan.isoformat()], denial_date=nd.isoformat(), provider=plast,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [hosp]})
    return out(p), t


def phone_es(rng):
    pt, rad, sig = people(rng, 3)
    c = cin(rng)
    end = dt.date(2026, 2, 28)
    d0 = plus(end, rng.randint(3, 8))
    d1 = plus(d0, 13)
    nd = plus(d1, rng.randint(25, 40))
    billed = round(rng.choice([612.0, 655.0, 698.0]) * 10, 2)
    n = icn(rng)
    center = "Centro de Radioterapia Alameda"
    p = DRSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("AVISO DE ACCIÓN", 13, "B", align="C")
    p.ln(2)
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [pt, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Estimada {pt}:", 10)
    p.para(f"Usted recibió 10 sesiones de radioterapia en {center} del {fdate(d0, 'long', 'es')} al "
           f"{fdate(d1, 'long', 'es')}, indicadas por la Dra. {rad}. El centro nos cobró {money(billed)} y "
           f"tramitamos el cobro con el número de reclamo {n}. Su número de Medi-Cal (CIN) es {c}.", 10)
    p.para("No vamos a pagar esas sesiones. Usted tenía Medi-Cal por medio del Programa de Tratamiento del Cáncer "
           "de Seno y Cervical (BCCTP) con cobertura solo estatal, que para el cáncer de seno dura 18 meses. "
           f"Según el Departamento de Servicios de Atención Médica (DHCS), esa cobertura terminó el "
           f"{fdate(end, 'long', 'es')}. Las sesiones fueron después de esa fecha, cuando usted ya no estaba "
           "inscrita en nuestro plan.", 10)
    p.para("Si todavía necesita tratamiento, llame a su oficina del condado o a su médico para ver si califica "
           "para otro programa de Medi-Cal. El centro puede enviarnos pruebas si cree que la cobertura seguía "
           "vigente.", 10)
    _rights(p, nd, size=9.2, es=True)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    p.taglines()
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=c, member_name=pt, cases=[n],
              claim_amount=m2(billed), service_dates=[span(d0, d1)], denial_date=nd.isoformat(), provider=center,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [rad]})
    return out(p), t


def rotated_nar(rng):
    pt, att, rev, cm = people(rng, 4)
    c = cin(rng)
    a0 = dt.date(2026, 2, rng.randint(2, 20))
    a1 = plus(a0, 2)
    nd = plus(a1, rng.randint(60, 80))
    billed = amount(rng, 18500, 26500)
    n = icn(rng)
    ap = f"APL-26-{digits(rng, 5)}"
    hosp = "Harbor Crest Medical Center"
    p = DRSheet(footer="Page {n} of {nb}", footer_left=f"Appeal {ap}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Appeals and Grievances")
    p.line("NOTICE OF APPEAL RESOLUTION", 13, "B")
    p.ln(1)
    p.pairs([("Date", fdate(nd, "long")), ("Member", pt), ("CIN", c), ("Appeal number", ap), ("Claim", n),
             ("Hospital", hosp), ("Attending doctor", f"Dr. {att}"),
             ("Dates of stay", f"{fdate(a0, 'slash')} - {fdate(a1, 'slash')}"), ("Amount billed", money(billed)),
             ("Appeal received", fdate(plus(nd, -rng.randint(20, 28)), "slash"))], label_w=42, size=9.4, h=5.2)
    p.ln(2)
    p.para(f"Dear {pt}:", 10)
    p.para("You asked us to pay your three-day hospital stay for chemotherapy. A doctor who treats cancer and "
           "who did not make the first decision reviewed your appeal and your hospital records.", 10)
    p.heading("Our decision: we are keeping our first decision", 11, rule=True)
    p.para("Your chemotherapy was a standard schedule that takes about six hours. You had no fever, your blood "
           "counts and kidney tests were normal, and you did not need monitoring overnight. This treatment is "
           f"given safely in an infusion center, such as {INFUSION}, where you go home the same day. We paid the "
           "drugs and the infusion as outpatient care; we are not paying the room and board for the three days. "
           "The hospital may not bill you for those days.", 10)
    p.heading("What you can do now", 11, rule=True)
    p.para("You have finished the plan's appeal process. If you still disagree, you may ask for a State Hearing "
           "with the California Department of Social Services within 120 days of the date of this Notice of "
           "Appeal Resolution, and you may ask for an Independent Medical Review. You do not have to pay for "
           f"either. Your case manager is {cm}, RN.", 10)
    p.para(f"Sincerely,\n\nDr. {rev}\nAssociate Medical Director", 10)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=c, member_name=pt, cases=[ap, n],
              claim_amount=m2(billed), service_dates=[span(a0, a1)], denial_date=nd.isoformat(), provider=hosp,
              appeal_deadline=None,
              alternates={"insurer": ALT, "provider": [att], "case_numbers": [[ap], [n]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def lowres_late(rng):
    pt, surg, sig = people(rng, 3)
    c = cin(rng)
    dos = dt.date(2026, 1, rng.randint(5, 20))
    got = plus(dos, rng.randint(200, 230))
    nd = plus(got, rng.randint(10, 20))
    billed = amount(rng, 2400, 3900)
    n = icn(rng)
    grp = "Harbor Crest Surgical Associates"
    p = DRSheet(footer=None)
    p.set_margins(24, 18, 24)
    p.add_page()
    _head(p, rng, "Provider Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [grp, "Attn: Billing Office", *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para("Dear Billing Office:", 10)
    p.para(f"Dr. {surg} of your group removed a breast lump (lumpectomy with sentinel node biopsy) for our member "
           f"{pt}, Medi-Cal ID {c}, on {fdate(dos, 'long')}. Your group billed {money(billed)} for the surgery. The "
           f"claim reached us on {fdate(got, 'long')}, and we entered it as {n}.", 10)
    p.para("Your agreement with us asks for a first claim within 180 days after the surgery. This one came more "
           "than 200 days after, and we found no earlier claim from your group for this member and date, so we "
           "cannot pay it. The member's BCCTP coverage was active that day; the only problem is the time the claim "
           "took to reach us. Under your agreement you may not bill the member.", 10)
    p.para("If you sent this claim on time, you may file a provider dispute within 365 days of the date of this "
           "letter with proof, such as a clearinghouse report showing we accepted it. Do not send a new claim.", 10)
    p.para(f"Sincerely,\n{sig}\nProvider Claims Services\n{INS}", 10)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=c, member_name=pt, cases=[n],
              claim_amount=m2(billed), service_dates=[dos.isoformat()], denial_date=nd.isoformat(), provider=surg,
              appeal_deadline=plus(nd, 365).isoformat(), alternates={"insurer": ALT, "provider": [grp]})
    return out(p), t


def finefax_stack(rng):
    pt, worker, onc, sig = people(rng, 4)
    c = cin(rng)
    ad = dt.date(2026, 1, rng.randint(6, 26))
    start = dt.date(ad.year, ad.month, 1)
    # DHCS approval notice (denies nothing)
    p = DRSheet(footer="Page {n} of {nb}", footer_left="BCCTP NOA (Rev. 06/2025)")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, "State of California - Health and Human Services Agency", new_x="LMARGIN", new_y="NEXT")
    p.f(12, "B")
    p.cell(0, 6, DHCS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Breast and Cervical Cancer Treatment Program  |  MS {rng.randint(4000, 4999)}  |  "
                 f"PO Box {rng.randint(99000, 99999)}, Sacramento CA 95899  |  {phone(rng, '800')}",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(3)
    p.line("NOTICE OF ACTION - APPROVAL OF BCCTP MEDI-CAL", 12, "B")
    p.ln(1)
    p.pairs([("Date", fdate(ad, "slash")), ("Name", pt), ("CIN", c), ("Date of birth", fdate(dob(rng), "slash")),
             ("Screening provider", f"Dr. {onc}, {GROUP_ONC} (Every Woman Counts)"),
             ("Eligibility worker", worker)], label_w=44, size=9.4)
    p.ln(2)
    p.para(f"Good news. You are approved for full-scope Medi-Cal through the Breast and Cervical Cancer Treatment "
           f"Program beginning {fdate(start, 'long')}. Your coverage continues as long as you need cancer "
           "treatment and meet the program's rules. You will get a Benefits Identification Card in the mail.", 10)
    p.para(f"You will be enrolled in a Medi-Cal health plan. Unless you choose another plan, your plan is {INS}. "
           "Keep this notice. If you think this notice is wrong, you may ask for a State Hearing within 90 days.",
           10)
    doc1 = (out(p), truth("other", None, insurer=DHCS, member_id=c, member_name=pt, denial_date=ad.isoformat(),
                          alternates={"insurer": ["Department of Health Care Services", "DHCS"],
                                      "provider": [onc]}))
    # plan letter: other coverage first
    dos = plus(ad, rng.randint(30, 50))
    nd = plus(dos, rng.randint(30, 45))
    billed = amount(rng, 380, 980)
    n = icn(rng)
    other = "Kestrel Point Employers Health Trust"
    q = DRSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Coordination of Benefits")
    q.para(fdate(nd, "long"), 10)
    for ln in [pt, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.para(f"Member CIN: {c}      Claim: {n}", 10, gap=3)
    q.para(f"Dear {pt}:", 10)
    q.para(f"Dr. {onc} at {GROUP_ONC} sent us a bill of {money(billed)} for your office visit and blood tests on "
           f"{fdate(dos, 'long')}.", 10)
    q.para(f"Our records show that you also have health coverage through your job with {other}. Medi-Cal pays "
           "after every other health plan. We have sent the claim back to the doctor's office so that it can bill "
           f"{other} first and then send us that plan's explanation of benefits. We will then pay what is left "
           "under Medi-Cal rules. You do not owe anything for this visit now.", 10)
    q.para("If your other coverage has ended, call us with the end date. You may ask for an appeal within 60 days "
           "of the date of this letter; a State Hearing may be requested after the appeal.", 10)
    q.para(f"Sincerely,\n{sig}\nCoordination of Benefits Unit", 10)
    doc2 = (out(q), truth("denial_letter", "other", insurer=INS, member_id=c, member_name=pt, cases=[n],
                          claim_amount=m2(billed), service_dates=[dos.isoformat()], denial_date=nd.isoformat(),
                          provider=onc, appeal_deadline=plus(nd, 60).isoformat(),
                          alternates={"insurer": ALT, "provider": [GROUP_ONC]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_remittance_three_claims_drug_line_no_authorization", "born_digital", [bd_remittance(rng)]),
        Item(F + "faxstd_noa_pet_ct_not_needed", "fax_standard_g4", [faxstd_noa(rng)]),
        Item(F + "photocopy_noa_checkbox_reconstruction_out_of_network", "photocopy", [photocopy_checkbox(rng)]),
        Item(F + "phone_es_aviso_radioterapia_despues_de_fin_de_cobertura", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_nar_inpatient_chemo_days_upheld", "rotated", [rotated_nar(rng)]),
        Item(F + "lowres_late_surgeon_claim_no_labels", "scan_lowres_150", [lowres_late(rng)]),
        Item(F + "finefax_stack_cover_dhcs_approval_then_other_coverage_first", "fax_fine_g4", finefax_stack(rng),
             separators=["cover", None], turns={(1, 0): 180}),
    ]
