"""New Hampshire Medicaid Care Management plan notices of action (public-ish structure, invented plan and people).

Mirrors the structure of an NH Medicaid Care Management notice: appeal to the plan within 60 calendar days of the
notice, State Fair Hearing with the Administrative Appeals Unit (AAU) within 120 calendar days of the appeal
decision, continued benefits if asked within 10 days, expedited appeals in 72 hours. Plan: Granite Notch Health
Partners (fictional). Round DB, helper famdbc, seed 349902.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Rand
from kit_rounddb_famdbc import Letter, d, fmt_money, iso, m2, out, plus, truth

FAMILY = "new_hampshire_medicaid_care_management_mco_notice"
LANG = "en"
INS = "Granite Notch Health Partners"
FOOT = "Granite Notch Health Partners - NH Medicaid Care Management  |  Page {p} of {n}"
SVC = "Member Services 1-603-555-0188 (TTY 711)"


def rights(p: Letter, nd_rel=True):
    p.heading("Your Right to Appeal", 11)
    p.para("You may ask Granite Notch Health Partners for an appeal within 60 calendar days of the date of this "
           "notice. You may ask by phone or in writing. If your health could be seriously harmed by waiting, you "
           "may ask for an expedited appeal; we will decide within 72 hours.", 9.5)
    p.para("Continuing benefits: if you are already receiving this service and you ask for an appeal within 10 "
           "calendar days of the date of this notice, your services can continue while the appeal is pending.", 9.5)
    p.heading("State Fair Hearing", 11)
    p.para("If you do not agree with our appeal decision, you may ask for a State Fair Hearing with the NH "
           "Department of Health and Human Services, Administrative Appeals Unit (AAU), within 120 calendar days "
           "of the date of the appeal decision. AAU, 105 Pleasant Street, Concord, NH 03301 (fictional routing "
           "code AAU-7). Fax 1-603-555-0170.", 9.5)


def doc_mri(r: Rand):
    name, *_ = r.person()
    nd = dt.date(2026, 3, 4)
    svc = dt.date(2026, 3, 16)
    mid = r.digits(11)
    ref = "NOA-" + r.digits(7)
    prov = "Dr. Celeste Varnum"
    p = Letter(footer=FOOT)
    p.band(INS, "NH Medicaid Care Management Program  |  " + SVC)
    p.addr([name, *r.address()])
    p.heading("NOTICE OF ACTION - Adverse Benefit Determination")
    p.labels([("Date of notice:", d("slash", nd)), ("Member name:", name), ("Medicaid ID:", mid),
              ("Date of birth:", d("slash", dt.date(1979, 6, 21))), ("Reference number:", ref),
              ("Request received:", d("slash", dt.date(2026, 2, 27))),
              ("Service requested:", "MRI lumbar spine without contrast (72148)"),
              ("Planned date of service:", d("slash", svc)),
              ("Requesting provider:", prov + ", Merrimack Spine Associates"), ("Provider NPI:", r.npi())])
    p.heading("What action are we taking?", 11)
    p.para("We have denied the service listed above. The service is not medically necessary. Our review found "
           "that you have not yet completed six weeks of physical therapy or other conservative treatment, and "
           "your records do not show warning signs that would call for imaging sooner. A physician reviewer "
           "made this decision using plan guideline UM-RAD-014.", 9.5)
    rights(p)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=name,
              case_numbers=[ref], service_dates=[iso(svc)], denial_date=iso(nd), provider=prov,
              appeal_deadline=iso(plus(nd, 60)))
    return out(p), t


def doc_rehab_prose(r: Rand):
    name, *_ = r.person()
    nd = dt.date(2026, 3, 11)
    a, b = dt.date(2026, 3, 9), dt.date(2026, 3, 20)
    mid = r.digits(11)
    ref = r.digits(4) + "-" + r.digits(6)
    prov = "Dr. Ephraim Castellano"
    dl = plus(nd, 60)
    p = Letter(footer=FOOT, fax="MAR-11-2026 14:02  FROM: GNHP UM DEPT 1-603-555-0199  TO: 16035550123   P.{p}")
    p.plainhead(INS, ["Utilization Management", "PO Box 4410, Manchester, NH 03108", SVC])
    p.addr([d("long", nd), "", name, *r.address()])
    p.addr([f"Medicaid ID {mid}"], 9.5)
    p.para(f"Dear {name.split()[0]},", 10)
    p.para(f"On March 6, 2026 we received a request from {prov} of Seacoast Regional Hospital for you to be "
           f"admitted to an acute inpatient rehabilitation unit from {d('long', a)} through {d('long', b)}. "
           f"We have given this request the reference number {ref}.", 10)
    p.para("We are not approving the inpatient rehabilitation stay. Our medical director reviewed your records "
           "and found that your needs can be met safely at a lower level of care. You can tolerate about one hour "
           "of therapy a day, which a skilled nursing facility can provide. We have approved a skilled nursing "
           "facility stay for the same dates instead.", 10)
    p.para(f"If you disagree, you or your representative must ask us for an appeal by {d('long', dl)}, which is "
           "60 calendar days from the date of this notice. If you ask within 10 days, your current services may "
           "continue during the appeal. If waiting could seriously harm your health, ask for a fast appeal "
           "(decided within 72 hours).", 10)
    p.para("If we uphold our decision, you may ask the Administrative Appeals Unit for a State Fair Hearing within "
           "120 days of our appeal decision.", 10)
    p.para("Sincerely,\nCare Management Team, Granite Notch Health Partners", 10)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=mid, member_name=name,
              case_numbers=[ref], service_dates=[iso(a, b)], denial_date=iso(nd), provider=prov,
              appeal_deadline=iso(dl))
    return out(p), t


def doc_es(r: Rand):
    name, *_ = r.person("es")
    nd = dt.date(2026, 4, 2)
    svc = dt.date(2026, 4, 20)
    mid = r.digits(11)
    ref = "GN" + r.digits(8)
    prov = "Dra. Rosalba Quiñones"
    p = Letter(footer="Granite Notch Health Partners - Medicaid de New Hampshire  |  Página {p}")
    p.band(INS, "Programa de Administración de Cuidados de Medicaid de NH")
    p.addr([name, *r.address("es")])
    p.heading("AVISO DE ACCIÓN (Determinación adversa de beneficios)")
    p.labels([("Fecha del aviso:", d("es", nd)), ("Nombre del afiliado:", name), ("Número de Medicaid:", mid),
              ("Fecha de nacimiento:", d("es", dt.date(1988, 11, 2))), ("Número de referencia:", ref),
              ("Servicio:", "Tratamiento de ortodoncia (D8080)"), ("Fecha prevista:", d("es", svc)),
              ("Proveedor solicitante:", prov)], lw=55)
    p.para("Hemos negado el servicio indicado. El tratamiento de ortodoncia para adultos no es un beneficio "
           "cubierto por el programa de Medicaid de New Hampshire para afiliados de 21 años o más.", 9.5)
    p.heading("Su derecho a apelar", 11)
    p.para("Puede pedir una apelación dentro de 60 días calendario a partir de la fecha de este aviso. Si pide la "
           "apelación dentro de 10 días, sus servicios pueden continuar. Una apelación acelerada se decide en 72 "
           "horas. Después de nuestra decisión, puede pedir una Audiencia Imparcial Estatal ante la Unidad de "
           "Apelaciones Administrativas (AAU) dentro de 120 días. Servicios al Afiliado: 1-603-555-0188.", 9.5)
    t = truth("denial_letter", "not_covered", lang="es", insurer=INS, member_id=mid, member_name=name,
              case_numbers=[ref], service_dates=[iso(svc)], denial_date=iso(nd), provider=prov,
              appeal_deadline=iso(plus(nd, 60)))
    return out(p), t


def doc_eob(r: Rand):
    name, *_ = r.person()
    sd = dt.date(2026, 2, 24)
    mid = r.digits(11)
    claims = [("26041" + r.digits(6), dt.date(2026, 1, 12), "Concord Family Medicine", "99214", 212.00, "Paid", ""),
              ("26041" + r.digits(6), dt.date(2026, 1, 19), "Lakes Region Imaging LLC", "73721", 1184.50,
               "Denied", "N3"),
              ("26041" + r.digits(6), dt.date(2026, 1, 28), "Monadnock Pharmacy Clinic", "90686", 48.75, "Paid", "")]
    den = claims[1]
    p = Letter(footer=FOOT, header=f"{INS}  -  Member EOB  -  Medicaid ID {mid}")
    p.band(INS, "Explanation of Benefits  -  THIS IS NOT A BILL")
    p.addr([name, *r.address()])
    p.labels([("Statement date", d("iso", sd)), ("Medicaid ID", mid), ("Member", name),
              ("Processed period", "2026-01-01 to 2026-02-20")], lw=40)
    rows = [[c[0], d("iso", c[1]), c[2], c[3], fmt_money(c[4]), fmt_money(0 if c[5] == "Denied" else c[4]),
             c[5] + (" " + c[6] if c[6] else "")] for c in claims]
    p.wrapped_table(["Claim|number", "Date of|service", "Provider", "Proc.|code", "Amount|billed", "Plan|paid",
                     "Status /|reason"], rows, [28, 22, 46, 14, 22, 20, 24])
    p.para("N3 - The provider is not in the Granite Notch network and the service was not approved as an "
           "out-of-network exception. In-network imaging was available within the access standard.", 9)
    p.para("Medicaid members do not owe for covered services. If you disagree with a denied claim, you may "
           "appeal within 60 calendar days of the date of this statement. State Fair Hearing requests go to the "
           "Administrative Appeals Unit within 120 days of our appeal decision.", 9)
    t = truth("eob", "out_of_network", insurer=INS, member_id=mid, member_name=name, case_numbers=[den[0]],
              claim_amount=m2(den[4]), service_dates=[iso(den[1])], denial_date=iso(sd), provider=den[2],
              appeal_deadline=iso(plus(sd, 60)))
    return out(p), t


def doc_approval(r: Rand):
    name, *_ = r.person()
    nd = dt.date(2026, 3, 18)
    a, b = dt.date(2026, 3, 23), dt.date(2026, 6, 19)
    mid = r.digits(11)
    auth = "PA" + r.digits(9)
    prov = "Kearsarge Physical Therapy"
    p = Letter(footer=FOOT)
    p.band(INS, "NH Medicaid Care Management  |  " + SVC)
    p.addr([d("dmy", nd), "", name, *r.address()])
    p.heading("Notice of Approval")
    p.labels([("Member", name), ("Medicaid ID", mid), ("Authorization #", auth), ("Provider", prov),
              ("Approved", "24 physical therapy visits (97110, 97140)"),
              ("Dates", f"{d('dmy', a)} to {d('dmy', b)}")], lw=40)
    p.para("Good news: we approved the services listed above. No action is needed from you. This approval is not "
           "a guarantee of payment if you lose Medicaid eligibility. Questions? Call Member Services.", 9.5)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=name, case_numbers=[auth],
              service_dates=[iso(a, b)], denial_date=iso(nd), provider=prov)
    return out(p), t


def doc_upheld(r: Rand):
    name, *_ = r.person()
    nd = dt.date(2026, 4, 14)
    svc = dt.date(2026, 1, 30)
    mid = r.digits(11)
    apn = "APL-2026-" + r.digits(5)
    orig = r.digits(4) + "-" + r.digits(6)
    amt = 3412.60
    prov = "Dr. Marguerite Sokolov"
    p = Letter(footer=FOOT, header=f"Appeal {apn}  |  {name}  |  Medicaid ID {mid}")
    p.plainhead(INS, ["Appeals and Grievances", "PO Box 4412, Manchester, NH 03108", "Fax 1-603-555-0177"])
    p.addr([d("long", nd), "", name, *r.address()])
    p.heading("Notice of Appeal Resolution")
    p.labels([("Appeal number:", apn), ("Original reference:", orig), ("Medicaid ID:", mid)], lw=45)
    p.para(f"You asked us to review our denial of the claim from {prov} for an outpatient sleep study done on "
           f"{d('long', svc)}, billed at {fmt_money(amt)}. A physician who was not part of the first decision "
           "reviewed your appeal.", 10)
    p.para("Decision: we are upholding (not changing) our denial. The sleep study needed prior authorization "
           "from Granite Notch Health Partners before it was done. No request for authorization was received "
           "before the date of service, and the records do not show an emergency.", 10)
    p.para("This ends the plan appeal process. " * 1 + "Your provider may not bill you for this service.", 10)
    p.add_page()
    p.heading("If you still disagree: State Fair Hearing", 11)
    p.para("You may ask for a State Fair Hearing with the NH DHHS Administrative Appeals Unit within 120 calendar "
           "days of the date of this notice. You may bring a lawyer or another person to help you. Call the AAU "
           "at 1-603-555-0160. If you ask within 10 days, your services may continue during the hearing.", 10)
    p.para("Free legal help may be available from a legal aid office. You may ask for copies of all documents "
           "used in this decision at no cost.", 10)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=mid, member_name=name,
              case_numbers=[apn, orig], claim_amount=m2(amt), service_dates=[iso(svc)], denial_date=iso(nd),
              provider=prov, appeal_deadline=None)
    return out(p), t


def doc_elig(r: Rand):
    name, *_ = r.person()
    nd = dt.date(2026, 5, 6)
    svc = dt.date(2026, 4, 8)
    mid = r.digits(11)
    clm = "C" + r.digits(10)
    amt = 865.00
    prov = "Androscoggin Valley Urgent Care"
    p = Letter(footer=FOOT)
    p.band(INS, "NH Medicaid Care Management")
    p.addr([name, *r.address()])
    p.heading("NOTICE OF ACTION")
    p.boxes([("Notice date", d("upper", nd), 40), ("Medicaid ID", mid, 45), ("Claim number", clm, 45),
             ("Billed", fmt_money(amt), 44)])
    p.ln(2)
    p.boxes([("Member", name, 70), ("Date of service", d("slash", svc), 40), ("Provider", prov, 64)])
    p.ln(4)
    p.para("We denied payment for this claim. Our records show that your enrollment with Granite Notch Health "
           "Partners ended on March 31, 2026, before the date of service. You were not eligible with our plan on "
           "that date. The claim should be sent to your new plan or to NH Medicaid fee-for-service.", 9.5)
    rights(p)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=name, case_numbers=[clm],
              claim_amount=m2(amt), service_dates=[iso(svc)], denial_date=iso(nd), provider=prov,
              appeal_deadline=iso(plus(nd, 60)))
    return out(p), t


def doc_statement(r: Rand, name, mid):
    sd = dt.date(2026, 5, 12)
    svc = dt.date(2026, 4, 8)
    prov = "Androscoggin Valley Urgent Care"
    p = Letter(footer="Androscoggin Valley Urgent Care - Berlin, NH - Billing 1-603-555-0131")
    p.plainhead("ANDROSCOGGIN VALLEY URGENT CARE", ["PATIENT STATEMENT", "12 Main Street, Berlin, NH 03570"])
    p.labels([("Statement date:", d("abbr", sd)), ("Patient:", name), ("Account no.:", "AV" + r.digits(7)),
              ("Insurance on file:", f"{INS} (ID {mid})"), ("Payment due by:", d("abbr", plus(sd, 30)))], lw=44)
    p.table(["Date", "Description", "Code", "Charge"],
            [[d("slash", svc), "Urgent care visit, level 4", "99204", "$410.00"],
             [d("slash", svc), "X-ray wrist, 3 views", "73110", "$295.00"],
             [d("slash", svc), "Splint application", "29125", "$160.00"],
             ["*", "Total charges", "", "$865.00"]], [30, 90, 25, 30], aligns="LLLR")
    p.para("Your insurance denied this claim (coverage not active). Please update your insurance information "
           "or call our billing office.", 9.5)
    t = truth("other", None, insurer=None, member_id=mid, member_name=name, claim_amount="865.00",
              service_dates=[iso(svc)], denial_date=iso(sd), provider=prov, unscored=["insurer", "denial_date"])
    return out(p), t


def documents(rng):
    r = Rand(349902)
    items = [Item(FAMILY + "_bd_notice_mri_labels", "born_digital", [doc_mri(r)]),
             Item(FAMILY + "_faxfine_rehab_prose", "fax_fine_g4", [doc_rehab_prose(r)]),
             Item(FAMILY + "_photo_aviso_es_ortodoncia", "phone_photo", [doc_es(r)]),
             Item(FAMILY + "_lowres_eob_three_claims", "scan_lowres_150", [doc_eob(r)]),
             Item(FAMILY + "_rotated_approval_pt", "rotated", [doc_approval(r)]),
             Item(FAMILY + "_photocopy_appeal_upheld_two_page", "photocopy", [doc_upheld(r)])]
    e = doc_elig(r)
    s = doc_statement(r, e[1]["fields"]["member_name"], e[1]["fields"]["member_id"])
    items.append(Item(FAMILY + "_scan300_stack_notice_statement", "scan_clean_300", [e, s],
                      separators=["cover", None], turns={(1, 0): 180}))
    return items
