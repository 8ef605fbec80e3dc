"""Family 'minnesotacare_prepaid_health_plan_notice_of_denial': an invented MinnesotaCare prepaid health plan
(Northern Pines Community Health Plan) writing notices of denial, termination or reduction of services, mirrored for
structure and wording only from the MinnesotaCare (Minnesota Department of Human Services) managed care notices:
what we decided, why, the criteria used, ask the plan for an appeal within 60 days of the notice, then a State
Appeal (fair hearing) with the Minnesota Department of Human Services after the plan's appeal decision, services
continued if the appeal is asked within 10 days, a 72-hour expedited appeal, the Managed Care Ombudsperson.

Documents: a born-digital notice denying a lumbar MRI with its facts in a four-column label/value grid (labels
wrapping onto two lines); a two-page notice terminating home health skilled nursing visits (dot-leader label block,
appeal rights in a boxed panel on page 2, running footer with name, PMI and "Page x of y"; a daughter named as
caregiver); a photocopied Spanish notice denying an adult orthodontic claim (Spanish labels and dates, $1.234,50 in a
sentence); a letter to a surgery center under a typed fax header line with a multi-line "Re:" block (claim for a knee
arthroscopy without prior authorization; standard fax); a sideways notice of appeal decision reversing an MRI denial
(denies nothing); a phone photo of a notice reducing physical therapy visits (caption-over-value boxes); a 150 dpi
stack of a fax cover, a denial of an out-of-network neurology referral with its duplex back, and the member's
appeal letter fed upside down.
All people, plan, providers and numbers are invented; phones 555. MinnesotaCare, the Minnesota Department of Human
Services and the Ombudsperson for Public Managed Health Care Programs appear only as themselves.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_rounddf_famdfb import Sheet, fd, m2, money, npi, out, pat, ph, plus, tollfree

FAMILY = "minnesotacare_prepaid_health_plan_notice_of_denial"
LANG = "en"
SEED = 350701

PLAN = "Northern Pines Community Health Plan"
PLAN_ADDR = ["PO Box 4417", "Saint Cloud, MN 56302"]
DHS = "Minnesota Department of Human Services"


def _base(r) -> dt.date:
    return dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 40))


def _letterhead(p: Sheet, r, small=False):
    p.f(15 if not small else 12.5, "B")
    p.cell(0, 7, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(0, 4, "A MinnesotaCare prepaid health plan  |  " + "  ".join(PLAN_ADDR), new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"Member Services {tollfree(r)}  (TTY 711)  |  8 a.m. to 5 p.m., Monday through Friday",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(0.6, 4)


def _address(p: Sheet, name, street, city):
    for ln in (name.upper(), street.upper(), city.upper()):
        p.t(ln, 9.5)
    p.ln(5)


def _rights(p: Sheet, nd: dt.date, size=9.2):
    p.head("If you disagree with our decision", 10.5)
    p.p("You, or someone you choose to act for you, may ask us for an appeal. You must ask within 60 days of the "
        "date of this notice. You can call us, write to us or fill out the enclosed appeal form (form NP-APL-2). "
        "If your health is in serious danger, ask for an expedited appeal; we will decide within 72 hours.", size)
    p.p("If you want your services to continue while your appeal is decided, you must ask within 10 days of the date "
        "of this notice or before the date the change takes effect, whichever is later.", size)
    p.p(f"After our appeal decision, if you still disagree, you may ask for a State Appeal (a State Fair Hearing) with "
        f"the {DHS}. You must ask within 120 days of the date of our appeal decision. The Ombudsperson for Public "
        f"Managed Health Care Programs can help you: 651-555-0134 or 1-800-555-0161 (TTY 711).", size)


def doc_mri_four_column(r) -> tuple:
    """Born digital: denial of a lumbar MRI with the facts in a four-column grid."""
    name, first, mid, last = "Harriet J. Lindqvist", "Harriet", "J", "Lindqvist"
    pmi = pat(r, "0999999")
    nd = _base(r)
    svc = plus(nd, 11)
    rec = plus(nd, -6)
    auth = pat(r, "PA-26-099999")
    doc = "Marguerite Olstad, MD"
    p = Sheet(margins=(18, 14, 18), foot=f"NP-MNC-DEN (01/26)    Page {{p}} of {{n}}")
    p.add_page()
    _letterhead(p, r)
    _address(p, name, "2716 Quarry Street", "Duluth, MN 55802")
    p.t("NOTICE OF DENIAL OF SERVICES", 12.5, "B")
    p.t("MinnesotaCare - Prepaid Health Plan", 9.5)
    p.ln(3)
    p.quad([
        ("Member name", name, "Date of this notice", fd(nd, "slash")),
        ("MinnesotaCare ID number (PMI)", pmi, "Member date of birth", fd(dt.date(1968, 9, 23), "dot")),
        ("Requesting provider", f"{doc}, Lakes Country Spine Clinic", "Provider NPI", npi(r)),
        ("Service requested", "MRI lumbar spine without contrast (CPT 72148)", "Date service would start",
         fd(svc, "slash")),
        ("Authorization request number", auth, "Date we got the request", fd(rec, "dot")),
        ("Decision", "DENIED", "Criteria used", "NPCHP Medical Policy RAD-114, Imaging of the Low Back"),
    ])
    p.head("What we decided", 10.5)
    p.p(f"We denied the request from {doc} for an MRI of your low back (lumbar spine). Your plan will not pay "
        f"for this service.", 9.6)
    p.head("Why we made this decision", 10.5)
    p.p("The records we received do not show that the MRI is medically necessary for you right now. Our criteria "
        "ask for six weeks of treatment such as physical therapy or medicine before an MRI is done for low back pain, "
        "unless there are warning signs such as weakness, loss of bladder control or a recent injury. Your records "
        "show back pain for three weeks and no warning signs. A doctor who reviews these requests made this decision. "
        "You may ask for a free copy of the criteria and of the records we used.", 9.6)
    _rights(p, nd)
    p.p("Esta información es importante. Si necesita ayuda en español, llame al 1-800-555-0172 (TTY 711).", 8.5)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, member_id=pmi, member_name=name, case_numbers=[auth],
              service_dates=[svc.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"provider": ["Lakes Country Spine Clinic"], "service_dates": [[]]})
    return out(p), t


def doc_home_health_two_page(r) -> tuple:
    """Two pages: termination of skilled nursing visits; appeal rights boxed on page 2; running footer."""
    name = "Percy T. Rosenquist"
    pmi = pat(r, "0999999")
    nd = _base(r)
    eff = plus(nd, 12)
    case = pat(r, "HHN 2026 99999")
    agency = "Cedar Shore Home Health Care"
    p = Sheet(serif=True, margins=(22, 16, 22), foot_left=f"{name}   PMI {pmi}", foot="Page {p} of {n}")
    p.add_page()
    _letterhead(p, r, small=True)
    p.t(fd(nd, "long"), 10)
    p.ln(3)
    _address(p, name, "418 Juniper Drive", "Fargo, ND 58102")
    p.t("Notice of Termination of Services", 13, "B")
    p.ln(2)
    p.pairs([("Member", name), ("MinnesotaCare ID (PMI)", pmi), ("Case number", case),
             ("Provider", f"{agency} (NPI {npi(r)})"), ("Service", "Skilled nursing home visits (T1030)"),
             ("Authorized until now", f"3 visits a week, {fd(plus(nd, -70), 'dmy2')} to {fd(plus(nd, 20), 'dmy2')}"),
             ("Last covered visit", fd(plus(eff, -1), "slash")),
             ("Services end on", fd(eff, "slash"))], label_w=62, size=9.8, leader=".")
    p.ln(3)
    p.p(f"Dear {name.split()[0]} {name.split()[-1]}:", 10)
    p.p(f"We are ending your skilled nursing home visits from {agency}. Beginning {fd(eff, 'long')}, your plan "
        f"will no longer pay for these visits.", 10)
    p.p("Why: the nurse's notes from the last four weeks show that your wound has closed and that your daughter, "
        "Annika Rosenquist, who lives with you, has been taught to change the dressing. Skilled nursing is no longer "
        "medically necessary. We used the plan's Home Health Services guideline HH-07 and Minnesota Rules for home "
        "care nursing. You can get a free copy of the guideline by calling Member Services.", 10)
    p.p("What you can do: your doctor can still see you in the clinic, and the nurse line is open day and night at "
        "1-866-555-0108. If your wound opens again, your home health agency may send us a new request.", 10)
    p.p(f"Questions about this notice? Call Member Services at {tollfree(r)} (TTY 711). Date of birth on file: "
        f"{fd(dt.date(1949, 2, 14), 'nopad')}.", 10)
    p.add_page()
    p.panel("YOUR APPEAL RIGHTS", [
        f"**Ask the plan for an appeal.** You must ask within 60 days of the date of this notice. Write to "
        f"{PLAN}, Appeals Unit, {', '.join(PLAN_ADDR)}, fax (320) 555-0193, or call Member Services.",
        "**Keep your services during the appeal.** If you ask for an appeal within 10 days of the date of this "
        "notice or before your services end, whichever is later, your visits will continue until the appeal is "
        "decided. If you lose the appeal, you may have to pay for the visits you got during the appeal.",
        "**Fast appeal.** If waiting could seriously harm your health, ask for an expedited appeal. We will decide "
        "within 72 hours.",
        f"**State Appeal.** If you disagree with our appeal decision, you can ask for a State Appeal (State Fair "
        f"Hearing) with the {DHS}, Appeals Division, within 120 days of the date of our appeal decision. You may "
        f"bring a friend, relative, lawyer or other person to help you.",
        "**Help.** The Ombudsperson for Public Managed Health Care Programs: 651-555-0134 or 1-800-555-0161. "
        "Free legal help may be available from your local legal aid office.",
    ])
    p.p("Enclosed: Appeal Request form NP-APL-2; Notice of Rights and Language Help (NP-LANG-1).", 9)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, member_id=pmi, member_name=name, case_numbers=[case],
              service_dates=[eff.isoformat()], denial_date=nd.isoformat(), provider=agency,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"service_dates": [[]]})
    return out(p), t


def doc_es_orthodontic(r) -> tuple:
    """Photocopy: Spanish notice denying an adult orthodontic claim (not a covered service)."""
    name = "Xiomara L. Benítez"
    pmi = pat(r, "0999999")
    nd = _base(r)
    svc = plus(nd, -34)
    rec = plus(svc, 9)
    amt = round(r.randint(1100, 2900) + 0.5, 2)
    claim = pat(r, "26999999999")
    dent = "Itzel R. Montalvo, DDS"
    p = Sheet(margins=(20, 16, 20), foot="Página {p} de {n}")
    p.add_page()
    _letterhead(p, r)
    p.t(fd(nd, "es"), 10)
    p.ln(2)
    _address(p, name, "1204 Fenwick Avenue", "Bangor, ME 04401")
    p.t("AVISO DE DENEGACIÓN DE PAGO", 13, "B")
    p.t("MinnesotaCare - Plan de salud prepagado", 9.5)
    p.ln(3)
    p.pairs([("Nombre del afiliado:", name), ("Número de MinnesotaCare (PMI):", pmi),
             ("Fecha de nacimiento:", fd(dt.date(1990, 6, 3), "es")),
             ("Número de reclamo:", claim), ("Proveedor:", f"{dent}, Clínica Dental Río Vista"),
             ("Fecha del servicio:", fd(svc, "es")), ("Fecha en que recibimos el reclamo:", fd(rec, "es"))],
            label_w=70, size=9.8)
    p.ln(2)
    p.table(["Código", "Servicio", "Fecha", "Cargo", "Pagado"],
            [["D8090", "Ortodoncia integral, dentición adulta", fd(svc, "slash"), money(amt, "nosign"), "0.00"]],
            [20, 74, 26, 26, 24], aligns="LLLRR")
    p.head("Lo que decidimos", 10.5)
    p.p(f"No pagaremos el reclamo de {dent} por {money(amt, 'es')} por tratamiento de ortodoncia. La ortodoncia "
        f"para adultos de 21 años o más no es un servicio cubierto por MinnesotaCare, salvo en casos de paladar "
        f"hendido. Usted no tiene que pagarle al proveedor por este servicio si él no le informó antes por escrito "
        f"que no estaba cubierto.", 9.6)
    p.head("Si no está de acuerdo", 10.5)
    p.p("Usted puede pedirnos una apelación dentro de 60 días a partir de la fecha de este aviso. Llame a Servicios "
        "para Afiliados al 1-800-555-0172 (TTY 711) o escriba a la dirección de arriba. Si no está de acuerdo con "
        f"nuestra decisión sobre la apelación, puede pedir una Apelación Estatal (audiencia imparcial) al {DHS} "
        "dentro de 120 días a partir de la fecha de nuestra decisión. La Defensoría (Ombudsperson) de los "
        "programas públicos de atención médica administrada puede ayudarle: 651-555-0134.", 9.6)
    p.p("Su deducible del año del plan: $0. Copago dental del año: 0,00 USD.", 8.5)
    t = truth("denial_letter", "not_covered", lang="es", insurer=PLAN, member_id=pmi, member_name=name,
              case_numbers=[claim], claim_amount=m2(amt), service_dates=[svc.isoformat()],
              denial_date=nd.isoformat(), provider=dent, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"provider": ["Clínica Dental Río Vista"]})
    return out(p), t


def doc_fax_provider_no_pa(r) -> tuple:
    """Standard fax: letter to a surgery center, Re: block, claim denied for no prior authorization."""
    name = "Desmond K. Aaberg"
    pmi = pat(r, "0999999")
    nd = _base(r)
    svc = plus(nd, -28)
    rec = plus(svc, 6)
    amt = round(r.randint(3200, 6800) + r.choice([0, 0.4, 0.75]), 2)
    claim = pat(r, "99999999-99")
    surgeon = "Gideon P. Halvorsen, MD"
    center = "North Shore Surgery Center"
    p = Sheet(margins=(24, 18, 24))
    p.add_page()
    p.faxline(f"{fd(plus(nd, 1), 'fax')} 10:42  FROM:NPCHP PROVIDER SVCS  (320) 555-0177   TO:2185550123   P.001/001")
    p.ln(4)
    p.t(PLAN, 12, "B")
    p.t("Provider Services  |  " + ", ".join(PLAN_ADDR) + f"  |  Fax (320) 555-0177", 8.5)
    p.ln(6)
    p.t(fd(nd, "long"), 10)
    p.ln(4)
    for ln in ("Billing Office", center, "3310 Lantern Way", "Duluth, MN 55811"):
        p.t(ln, 10)
    p.ln(4)
    p.reblock([f"Patient: {name}", f"MinnesotaCare ID: {pmi}", f"Claim number: {claim}",
               f"Date of service: {fd(svc, 'slash')}", f"Rendering surgeon: {surgeon}"])
    p.p("Dear Billing Office:", 10)
    p.p(f"We received the claim above on {fd(rec, 'dot')} for an outpatient arthroscopic partial meniscectomy of the "
        f"right knee (CPT 29881) performed by {surgeon}, with total charges of {money(amt)}. The claim has been "
        f"denied. This procedure requires prior authorization under the MinnesotaCare prepaid health plan provider "
        f"manual, section 4.2, and no authorization was requested or approved for this date of service.", 10)
    p.p("Because the service was not authorized, the member may not be billed for it. If you believe the service "
        "was urgent, or that an authorization exists under a different number, you may request a provider appeal "
        "within 60 days of the date of this letter. Send the operative note and any authorization number to "
        "Provider Appeals, fax (320) 555-0188. A request for reconsideration does not replace the appeal.", 10)
    p.p(f"Your facility's tax ID 41-{pat(r, '9999999')} and NPI {npi(r)} are on file. Patient account no. "
        f"{pat(r, 'NSSC-999999')} was shown on the claim. Questions: Provider Services {ph(r, '320')}.", 10)
    p.ln(4)
    p.p("Sincerely,\n\nClaims Review Unit\n" + PLAN, 10)
    t = truth("denial_letter", "prior_authorization", insurer=PLAN, member_id=pmi, member_name=name,
              case_numbers=[claim], claim_amount=m2(amt), service_dates=[svc.isoformat()],
              denial_date=nd.isoformat(), provider=surgeon, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"provider": [center]})
    return out(p), t


def doc_appeal_reversed(r) -> tuple:
    """Rotated: notice of appeal decision reversing an MRI denial (denies nothing)."""
    name = "Naomi E. Bergstrom"
    pmi = pat(r, "0999999")
    nd = _base(r)
    appeal = pat(r, "APL-26-99999")
    orig = pat(r, "PA-26-099999")
    svc = plus(nd, 9)
    doc = "Sunita V. Raghunathan, MD"
    p = Sheet(margins=(20, 16, 20), foot="NP-MNC-APD  Page {p} of {n}")
    p.add_page()
    _letterhead(p, r)
    p.t(fd(nd, "upper"), 10)
    p.ln(2)
    _address(p, name, "77 Harbor View Road", "Erie, PA 16501")
    p.t("NOTICE OF APPEAL DECISION", 13, "B")
    p.t("Your appeal was approved", 10.5)
    p.ln(2)
    p.pairs([("Appeal number", appeal), ("Original request", orig), ("PMI", pmi),
             ("Service", "MRI brain with and without contrast (CPT 70553)"), ("Ordering provider", doc),
             ("Approved for", fd(svc, "slash")), ("Appeal received", fd(plus(nd, -18), "dot"))], label_w=45, size=9.8)
    p.ln(3)
    p.p(f"We reviewed your appeal of our earlier decision to deny the MRI requested by {doc}. A neurologist who was "
        f"not part of the first decision reviewed your records, including the new clinic notes sent with your appeal. "
        f"We have reversed our decision. The MRI is approved and your plan will pay for it.", 10)
    p.p("You do not need to do anything else. Please schedule the test with the imaging center your doctor chose. If "
        "you have questions, call Member Services at 1-800-555-0149 (TTY 711).", 10)
    p.p("You have the right to ask for copies of the records we used, free of charge.", 9)
    t = truth("other", None, insurer=PLAN, member_id=pmi, member_name=name, case_numbers=[appeal, orig],
              service_dates=[svc.isoformat()], denial_date=nd.isoformat(), provider=doc,
              alternates={"case_numbers": [[appeal]]})
    return out(p), t


def doc_pt_reduction(r) -> tuple:
    """Phone photo: notice reducing physical therapy visits, facts in caption-over-value boxes."""
    name = "Rufus A. Tollefson"
    pmi = pat(r, "0999999")
    nd = _base(r)
    start, end = plus(nd, 6), plus(nd, 96)
    ref = pat(r, "UM99999999")
    prov = "Range Physical Therapy"
    p = Sheet(margins=(16, 14, 16))
    p.add_page()
    _letterhead(p, r)
    p.t("Notice of Reduction of Services", 13, "B")
    p.ln(2)
    p.captions([("Member", name, 64), ("PMI", pmi, 38), ("Notice date", fd(nd, "nopad"), 40),
                ("Reference", ref, 42)])
    p.captions([("Provider", prov, 64), ("Requested", "24 visits", 38), ("Approved", "10 visits", 40),
                ("Denied", "14 visits", 42)])
    p.captions([("Service", "Physical therapy, therapeutic exercise (97110)", 102),
                ("Dates requested", f"{fd(start, 'slash')} - {fd(end, 'slash')}", 82)])
    p.ln(4)
    p.p(f"We approved 10 of the 24 physical therapy visits {prov} asked for. We did not approve the other 14 "
        f"visits. Your therapist's notes show that you are improving and can continue most exercises at home. Our "
        f"rehabilitation criteria (Medical Policy REH-03) allow more visits when the notes show you need a "
        f"therapist's skilled help to keep improving. After 10 visits your therapist may ask us again and send "
        f"new notes.", 9.8)
    _rights(p, nd, 9)
    p.p(f"Date of birth: {fd(dt.date(1975, 11, 30), 'dmy2')}   Rx member number on your card: {pat(r, 'RX9999999')}", 8.3)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, member_id=pmi, member_name=name, case_numbers=[ref],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=nd.isoformat(), provider=prov,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"service_dates": [[]]})
    return out(p), t


def stack_oon(r) -> tuple:
    """Stack: out-of-network referral denial (duplex back) and the member's appeal letter (upside down)."""
    name = "Ingrid M. Solberg"
    pmi = pat(r, "0999999")
    nd = _base(r)
    svc = plus(nd, 21)
    ref = pat(r, "REF-2026-99999")
    neuro = "Tobias W. Eckhart, MD"
    inst = "Rochester Lakes Neurology Institute"
    p = Sheet(margins=(20, 16, 20), foot="Page {p} of {n}")
    p.add_page()
    _letterhead(p, r)
    p.t(fd(nd, "abbr"), 10)
    p.ln(2)
    _address(p, name, "905 Sycamore Court", "Pueblo, CO 81003")
    p.t("NOTICE OF DENIAL - REFERRAL OUTSIDE OUR NETWORK", 12, "B")
    p.ln(2)
    p.pairs([("Member:", name), ("MinnesotaCare ID (PMI):", pmi), ("Referral number:", ref),
             ("Referred to:", f"{neuro}, {inst}"), ("Visit date asked for:", fd(svc, "slash")),
             ("Referring doctor:", "Colin B. Marchetti, MD (primary care)")], label_w=52, size=9.8)
    p.ln(2)
    p.p(f"We denied the referral to {neuro} at {inst}. This provider is not in our network. Our network has "
        f"neurologists who treat migraine within 60 miles of your home, including Iron Range Neurology and "
        f"Lakehead Headache Clinic, and one can see you within 30 days. Out-of-network care is covered only when "
        f"no network provider can give the care you need.", 9.8)
    _rights(p, nd, 9)
    d1 = (out(p), truth("denial_letter", "out_of_network", insurer=PLAN, member_id=pmi, member_name=name,
                        case_numbers=[ref], service_dates=[svc.isoformat()], denial_date=nd.isoformat(),
                        provider=neuro, appeal_deadline=plus(nd, 60).isoformat(),
                        alternates={"provider": [inst]}))
    ld = plus(nd, 9)
    q = Sheet(margins=(26, 22, 26))
    q.add_page()
    for ln in (name, "905 Sycamore Court", "Pueblo, CO 81003", ph(r, "719")):
        q.t(ln, 10.5)
    q.ln(4)
    q.t(fd(ld, "long"), 10.5)
    q.ln(4)
    for ln in (PLAN, "Appeals Unit", *PLAN_ADDR):
        q.t(ln, 10.5)
    q.ln(4)
    q.reblock([f"Appeal of referral number {ref}", f"Member: {name}, PMI {pmi}", f"Notice dated {fd(nd, 'slash')}"],
              10.5)
    q.p("To whom it may concern:", 10.5)
    q.p(f"I am asking for an appeal of your decision to deny my referral to {neuro}. I have had chronic migraine "
        f"for eleven years and have tried six preventive medicines. Dr. Eckhart treated me in 2023 and knows my "
        f"history. The network clinics you named told me their first opening is in three months. My husband, Arne "
        f"Solberg, drives me to appointments and can take me to Rochester on {fd(svc, 'long')}.", 10.5)
    q.p("Please continue to consider the referral while this appeal is reviewed. I have enclosed a letter from my "
        "primary care doctor. You can reach me at the phone number above.", 10.5)
    q.p("Sincerely,\n\n" + name, 10.5)
    d2 = (out(q), truth("other", None, insurer=PLAN, member_id=pmi, member_name=name, case_numbers=[ref],
                        service_dates=[svc.isoformat()], denial_date=ld.isoformat(), provider=neuro,
                        alternates={"insurer": [None], "denial_date": [None], "provider": [inst]}))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs = stack_oon(r(6))
    return [
        Item(f"{FAMILY}_bd_lumbar_mri_four_column", "born_digital", [doc_mri_four_column(r(0))]),
        Item(f"{FAMILY}_scan300_home_nursing_termination_two_page", "scan_clean_300", [doc_home_health_two_page(r(1))]),
        Item(f"{FAMILY}_copy_aviso_es_ortodoncia", "photocopy", [doc_es_orthodontic(r(2))]),
        Item(f"{FAMILY}_faxstd_surgery_center_no_prior_auth", "fax_standard_g4", [doc_fax_provider_no_pa(r(3))]),
        Item(f"{FAMILY}_rotated_appeal_reversed_mri", "rotated", [doc_appeal_reversed(r(4))]),
        Item(f"{FAMILY}_photo_pt_visits_reduced", "phone_photo", [doc_pt_reduction(r(5))]),
        Item(f"{FAMILY}_lowres_stack_oon_referral_and_member_appeal", "scan_lowres_150", docs,
             separators=["cover", "duplex"], turns={(1, 0): 180}),
    ]
