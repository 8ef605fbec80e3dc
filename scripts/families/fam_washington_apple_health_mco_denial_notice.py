"""Family 'washington_apple_health_mco_denial_notice': an invented Washington Apple Health managed care plan's
notice of action / adverse benefit determination, in the structure of the Apple Health notice (what was asked,
what we decided, why, the rule, appeal within 60 calendar days, expedited 72 hours, keep services within 10 days,
hearing with the Office of Administrative Hearings within 120 days of the appeal decision, independent review).

Documents: a born-digital notice denying speech therapy visits (label column); a fine-fax stack (cover, provider
copy refusing inpatient rehabilitation in favour of a skilled nursing facility, the physiatrist's letter to the plan
with its page fed upside down); a phone photo of a clinic statement with four lines, one refused by the plan; a
sideways appeal decision that reverses a denial, told in sentences; a scanned upheld appeal decision in a box grid;
a photocopied two-page notice refusing an out-of-network specialist (running header); a low-resolution Spanish
notice refusing payment for physical therapy given without prior authorization.
All invented; phones 1-555. Decoys: DOB, NPI, ProviderOne IDs, request-received dates, WAC numbers, 72-hour,
10-day, 120-day hearing and IRO limits, other lines on the statement.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundcy_famcyb import Page, addr, boxes, cover, fd, letterhead, lv, m2, out, paras, pat, ph, plus
from public_kit import truth

FAMILY = "washington_apple_health_mco_denial_notice"
LANG = "en"
SEED = 349301
ORG = "Salish Bluewater Health Plan"
ORG_ADDR = "PO Box 48217, Tacoma, WA 98499"
PROG = "Apple Health (Medicaid) Integrated Managed Care"
CLINIC = "Skagit Fernridge Family Clinic"
SLP_DOC = "Imogen T. Halvorsen, MD"
SLP_CLINIC = "Cedar Wren Pediatric Therapy"
PHYS = "Dr. Rupert K. Amundsen"
REHAB = "Olympic Larch Rehabilitation Hospital"
SNF = "Nisqually Grove Care Center"
ENDO = "Dr. Soraya L. Featherby"
ENDO_ORG = "Columbia Gorge Pediatric Endocrinology"
PT = "Tumwater Riverside Physical Therapy"
MEMBERS = ["Wendell P. Strandquist", "Amaya R. Lindqvist", "Bartholomew J. Oyelowo", "Corinne F. Tallchief",
           "Dashiell M. Varga", "Eleanor S. Pakootas", "Florencia G. Aldana"]


def base(r, k):
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 120))
    return dict(notice=notice, member=MEMBERS[k], p1=pat(r, "999999999") + "WA", phone=ph(r),
                addr=[f"{r.randint(100, 9800)} NE Madrona Hollow Rd", "Olympia, WA 98599"],
                dob=dt.date(r.randint(1955, 2019), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def rights(d, size=9.0):
    paras(d, [
        "#What if I disagree with this decision?",
        "You have the right to ask for an appeal. You must ask within 60 calendar days of the date of this letter. "
        f"Call {ORG} Member Services or write to us. Someone else, such as your provider, can ask for you with "
        "your written permission.",
        "#Expedited appeal",
        "If waiting could seriously harm your health, ask for an expedited (fast) appeal. We will decide within 72 "
        "hours.",
        "#Can I keep getting services?",
        "If we are stopping or reducing a service you already get, you can keep getting it during the appeal if you "
        "ask within 10 calendar days of the date of this letter. You may have to pay for services if the appeal "
        "decision is not in your favor.",
        "#Hearing and independent review",
        "If you disagree with our appeal decision, you can ask for a hearing with the Office of Administrative "
        "Hearings (OAH). You must ask within 120 calendar days of the date of the appeal decision. You may also "
        "ask for a review by an Independent Review Organization (IRO) after the hearing decision."], size)


def doc_speech_bd(r):
    f = base(r, 0)
    f["dob"] = dt.date(r.randint(2016, 2021), r.randint(1, 12), r.randint(1, 28))
    pa = "PA-" + pat(r, "99999999")
    got = plus(f["notice"], -r.randint(4, 9))
    a, b = plus(f["notice"], 7), plus(f["notice"], 7 + 83)
    d = Page(footer="Page {n} of {nb}", footer_left=f"{ORG} - {PROG}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Services {f['phone']}", "TTY 711"], 0)
    d.line(fd(f["notice"], "long"), 10)
    d.ln(3)
    addr(d, [f"Parent or guardian of {f['member']}", *f["addr"]])
    d.line("NOTICE OF ACTION - Adverse Benefit Determination", 12.5, "B")
    d.ln(2)
    lv(d, [("Member", f["member"]), ("ProviderOne Client ID", f["p1"]), ("Date of birth", fd(f["dob"], "slash")),
           ("Authorization number", pa), ("Requesting provider", SLP_DOC), ("Provider NPI", f["npi"]),
           ("Service location", SLP_CLINIC), ("Request received", fd(got, "slash")),
           ("Service", "Outpatient speech therapy (CPT 92507), 24 visits"),
           ("Dates requested", f"{fd(a, 'slash')} to {fd(b, 'slash')}"), ("Decision", "Denied")], w=50)
    paras(d, [
        "#Why did we make this decision?",
        "The records sent to us show that the speech therapy goals from the last 24 visits were met and the most "
        "recent evaluation scores are within the normal range for age. More visits are not medically necessary. "
        "A home practice program was recommended by the therapist.",
        "#What rule did we use?",
        "WAC 182-545-200 (outpatient rehabilitation) and WAC 182-500-0070 (medically necessary)."], 9.4)
    rights(d)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["p1"], member_name=f["member"],
              cases=[pa], service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=f["notice"].isoformat(),
              provider=SLP_DOC, appeal_deadline=plus(f["notice"], 60).isoformat(),
              alternates={"provider": ["Imogen T. Halvorsen", SLP_CLINIC]})
    return out(d), t


def stack_rehab(r):
    f = base(r, 1)
    ref = "UM" + pat(r, "9999999")
    adm = plus(f["notice"], 2)
    sent = plus(f["notice"], -2)
    d = Page(footer="Provider copy - page {n} of {nb}")
    d.add_page()
    letterhead(d, ORG, ["Utilization Management", ORG_ADDR, "UM fax 1-555-640-2217"], 1)
    d.line("NOTICE OF ACTION - PROVIDER COPY", 12, "B")
    d.ln(2)
    boxes(d, [("Notice date", fd(f["notice"], "iso"), 45), ("Reference #", ref, 45),
              ("ProviderOne ID", f["p1"], 45), ("DOB", fd(f["dob"], "iso"), 45)])
    boxes(d, [("Member", f["member"], 70), ("Requesting provider", PHYS, 60), ("NPI", f["npi"], 50)])
    boxes(d, [("Requested", f"Acute inpatient rehabilitation at {REHAB}", 125),
              ("Planned admission", fd(adm, "iso"), 55)])
    d.ln(4)
    paras(d, [
        "#Decision: DENIED as requested",
        "After a stroke the member walks 40 feet with a walker and moderate help and can take part in about one hour "
        "of therapy a day. The member does not meet the criteria for acute inpatient rehabilitation (three hours of "
        f"therapy a day, five days a week). Rehabilitation in a skilled nursing facility such as {SNF} is the "
        "appropriate level of care and is approved if requested.",
        "Rule: WAC 182-550-2561 (inpatient rehabilitation).",
        "The member may appeal within 60 calendar days of the date of this letter. The attending physician may ask "
        "for a peer-to-peer review by calling 1-555-640-2200 within 5 business days. Hearing with OAH: within 120 "
        "calendar days of the appeal decision."], 9.4)
    t1 = truth("denial_letter", "level_of_care", insurer=ORG, member_id=f["p1"], member_name=f["member"], cases=[ref],
               service_dates=[adm.isoformat()], denial_date=f["notice"].isoformat(), provider=PHYS,
               appeal_deadline=plus(f["notice"], 60).isoformat(), alternates={"provider": ["Rupert K. Amundsen", REHAB]})
    p1 = out(d)
    d = Page(footer=None)
    d.add_page()
    letterhead(d, "Harborview Ridge Stroke Service", ["Department of Physical Medicine and Rehabilitation",
                                                      "Phone 1-555-612-4400   Fax 1-555-612-4401"], 2)
    d.line(fd(sent, "long"), 10)
    d.ln(3)
    addr(d, [f"{ORG} Utilization Management", "Fax 1-555-640-2217"])
    paras(d, [
        f"Re: {f['member']}, ProviderOne ID {f['p1']}",
        "To the reviewing physician:",
        f"I am asking you to approve admission to {REHAB} for my patient, who had a left middle cerebral artery "
        f"stroke eleven days ago. The planned admission date is {fd(adm, 'long')}. My patient has right arm "
        "weakness and trouble finding words, and before the stroke lived alone and drove. Speech, occupational "
        "and physical therapy are all needed, and the team believes my patient can work up to three hours a day "
        "within the first week.",
        "A skilled nursing facility would offer less therapy each day and no daily physician visits. Please call "
        "me if you want to discuss this patient.",
        "Sincerely,", f"{PHYS}, Physical Medicine and Rehabilitation"], 10)
    t2 = truth("other", None, insurer=None, member_id=f["p1"], member_name=f["member"],
               service_dates=[adm.isoformat()], denial_date=sent.isoformat(), provider=PHYS, unscored=["insurer"],
               alternates={"provider": ["Rupert K. Amundsen", REHAB]})
    cov = cover("Harborview Ridge Stroke Service - Case Management", "Patient family / advocate",
                "1-555-612-4401", "1-555-330-1180", fd(f["notice"], "slash"), 3,
                "The plan's notice on the rehab admission and Dr. Amundsen's letter, as you asked.")
    return [(p1, t1), (out(d), t2)], [cov, None]


def doc_statement_photo(r):
    f = base(r, 2)
    acct = pat(r, "9999999")
    stmt = f["notice"]
    days = sorted(plus(stmt, -r.randint(20, 70)) for _ in range(4))
    lines = [("99214", "Office visit, established", 212.00, "Paid by plan", "0.00"),
             ("80053", "Comprehensive metabolic panel", 68.40, "Paid by plan", "0.00"),
             ("97802", "Medical nutrition therapy, 3 units", 186.75, "Denied - no referral on file", "0.00"),
             ("90686", "Influenza vaccine", 41.25, "Paid by plan", "0.00")]
    d = Page(footer=None)
    d.add_page()
    letterhead(d, CLINIC, ["2207 Riverbend Commons, Mount Vernon, WA 98299", "Billing 1-555-284-7730"], 1)
    d.line("STATEMENT", 14, "B")
    lv(d, [("Statement date", fd(stmt, "dmy")), ("Account no.", acct), ("Patient", f["member"]),
           ("Insurance", f"{ORG} (Apple Health)"), ("ProviderOne ID", f["p1"]),
           ("Patient DOB", fd(f["dob"], "dmy"))], w=40)
    rows = [[fd(dy, "dmy"), c, desc, f"${amt:,.2f}", st, f"${float(due):,.2f}"]
            for dy, (c, desc, amt, st, due) in zip(days, lines)]
    total = sum(x[2] for x in lines)
    rows.append(["", "", "Total charges", f"${total:,.2f}", "", "$0.00"])
    d.table(["Date", "Code", "Description", "Charge", "Insurance status", "You owe"], rows,
            [24, 16, 56, 22, 46, 16], size=8.3, bold_last=True)
    paras(d, [
        "Apple Health members are not billed for covered services. The nutrition therapy visit was denied by "
        "your health plan because a referral was not on file; our office has asked your primary care provider to "
        "send one and will resubmit the claim. You owe nothing today.",
        "Questions about this statement: call 1-555-284-7730, Monday to Friday, 8 to 5."], 9.4)
    t = truth("other", None, insurer=None, member_id=f["p1"], member_name=f["member"], claim_amount="186.75",
              service_dates=[days[2].isoformat()], denial_date=stmt.isoformat(), provider=CLINIC,
              unscored=["insurer"],
              alternates={"claim_amount": [m2(total)], "service_dates": [[x.isoformat() for x in days]]})
    return out(d), t


def doc_overturn_rotated(r):
    f = base(r, 3)
    appeal, pa = "AP" + pat(r, "9999999"), "PA-" + pat(r, "99999999")
    first = plus(f["notice"], -r.randint(30, 40))
    got = plus(first, r.randint(6, 12))
    surg = plus(f["notice"], r.randint(10, 20))
    d = Page(serif=True, footer=None)
    d.add_page()
    letterhead(d, ORG, ["Appeals Unit", ORG_ADDR], 2)
    d.line(fd(f["notice"], "long"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']}:",
        f"We received your appeal on {fd(got, 'long')}. You asked us to look again at our letter of "
        f"{fd(first, 'long')}, which denied the tonsillectomy and adenoidectomy requested by your child's surgeon, "
        "Dr. Anselm V. Corriveau.",
        f"Your appeal number is {appeal}. The prior authorization number is {pa}. Your ProviderOne Client ID is "
        f"{f['p1']}.",
        "A doctor who was not part of the first decision reviewed the sleep study and the school nurse's notes "
        "that you sent. The sleep study shows obstructive sleep apnea. We have changed our decision. The surgery is "
        f"now APPROVED for {fd(surg, 'long')} at Thurston Bay Surgery Center.",
        "You do not need to do anything else. If the date changes, your surgeon's office will tell us. If you "
        f"have questions, call Member Services at {f['phone']} (TTY 711).",
        "Sincerely,", "Appeals Unit", ORG], 10)
    t = truth("other", None, insurer=ORG, member_id=f["p1"], member_name=f["member"], cases=[appeal, pa],
              service_dates=[surg.isoformat()], denial_date=f["notice"].isoformat(),
              provider="Dr. Anselm V. Corriveau",
              alternates={"provider": ["Thurston Bay Surgery Center"], "service_dates": [[]]})
    return out(d), t


def doc_upheld_scan(r):
    f = base(r, 4)
    appeal, pa = "APL-" + pat(r, "999999"), "PA-" + pat(r, "99999999")
    first = plus(f["notice"], -r.randint(25, 35))
    planned = plus(f["notice"], r.randint(8, 20))
    d = Page(footer="Page {n} of {nb}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Services {f['phone']}  TTY 711"], 0)
    d.line("APPEAL DECISION - Notice of Appeal Resolution", 12.5, "B")
    d.ln(2)
    boxes(d, [("Date of this letter", fd(f["notice"], "upper"), 48), ("Appeal number", appeal, 44),
              ("Original authorization", pa, 46), ("Decision", "UPHELD", 42)])
    boxes(d, [("Member", f["member"], 64), ("ProviderOne client ID", f["p1"], 56),
              ("Date of birth", fd(f["dob"], "upper"), 60)])
    boxes(d, [("Service", "MRI right knee without contrast (CPT 73721)", 100),
              ("Requested date", fd(planned, "upper"), 40), ("Original notice", fd(first, "upper"), 40)])
    boxes(d, [("Ordering provider", "Orla B. Kettering, PA-C", 80), ("Imaging site", "Black Hills Imaging", 100)])
    d.ln(4)
    paras(d, [
        "#What we decided",
        "We reviewed your appeal and we are keeping our first decision. The MRI is still denied.",
        "#Why",
        "Your knee pain began five weeks ago. X-rays were normal and there is no locking or giving way. An MRI is "
        "medically necessary when symptoms last six weeks or more despite treatment such as physical therapy. "
        "The MRI is not medically necessary now. Your provider may send a new request later.",
        "#Rule used",
        "WAC 182-500-0070; Salish Bluewater clinical policy UM-RAD-114.",
        "#Your next steps",
        "This was your plan appeal. If you disagree, you can ask for a hearing with the Office of Administrative "
        "Hearings (OAH) within 120 calendar days of the date of this appeal decision. Call 1-555-664-8022 or write "
        "to OAH, PO Box 42489, Olympia, WA 98504. You may also ask for an independent review (IRO) after the "
        "hearing decision. If your health is at risk, ask for an expedited hearing; it will be decided within "
        "3 business days."], 9.2)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["p1"], member_name=f["member"],
              cases=[appeal, pa], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider="Orla B. Kettering", alternates={"provider": ["Black Hills Imaging"]})
    return out(d), t


def doc_oon_copy(r):
    f = base(r, 5)
    f["dob"] = dt.date(r.randint(2016, 2021), r.randint(1, 12), r.randint(1, 28))
    ref = pat(r, "9999-999999")
    visit = plus(f["notice"], r.randint(12, 25))
    hdr = f"{f['member']}  |  ProviderOne {f['p1']}  |  Ref. {ref}"
    d = Page(footer="Page {n} of {nb}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Services {f['phone']} (TTY 711)"], 1)
    d.line(fd(f["notice"], "dash"), 10)
    d.ln(3)
    addr(d, [f"To the parent or guardian of {f['member']}", *f["addr"]])
    d.line("Notice of Action: Out-of-Network Request", 12.5, "B")
    d.ln(1)
    lv(d, [("Reference number", ref), ("Client", f["member"]), ("ProviderOne Client ID", f["p1"]),
           ("Requested by", PHYS.replace("Rupert K. Amundsen", "Jonah E. Whitcombe") + ", primary care"),
           ("Specialist requested", f"{ENDO}, {ENDO_ORG} (Portland, OR)"),
           ("Appointment date", fd(visit, "dash")), ("Network status", "Out of network")], w=48)
    paras(d, [
        "#What we decided",
        f"We denied the request for your child to see {ENDO} at {ENDO_ORG}. This provider is not in the "
        f"{ORG} network and is outside Washington State.",
        "#Why",
        "Apple Health plans cover care outside the network when no network provider can give the care. We have "
        "three pediatric endocrinologists in network within 60 miles of your home who can see your child for "
        "growth hormone testing within 30 days. Because an in-network provider is available, the out-of-network "
        "visit is not approved. Our care coordinator can help make an appointment: call 1-555-640-2290.",
        "#Rule",
        "WAC 182-538-110 and 42 CFR 438.206(b)(4)."], 9.6)
    d.add_page()
    d.f(8.5)
    d.cell(0, 4.5, hdr, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    rights(d, 9.4)
    paras(d, [
        "#Where to send your appeal",
        f"{ORG} Appeals, {ORG_ADDR}. Fax 1-555-640-2299. You may also ask in person or by phone.",
        "#Free help",
        "You can get free help with your appeal or hearing from a legal aid office or the Washington Apple Health "
        "ombuds line at 1-555-730-4411. Interpreter services are free."], 9.4)
    t = truth("denial_letter", "out_of_network", insurer=ORG, member_id=f["p1"], member_name=f["member"], cases=[ref],
              service_dates=[visit.isoformat()], denial_date=f["notice"].isoformat(), provider=ENDO,
              appeal_deadline=plus(f["notice"], 60).isoformat(),
              alternates={"provider": ["Soraya L. Featherby", ENDO_ORG, "Dr. Jonah E. Whitcombe"]})
    return out(d), t


def doc_pt_es_lowres(r):
    f = base(r, 6)
    claim = pat(r, "99999999999")
    days = sorted({plus(f["notice"], -r.randint(30, 60)) for _ in range(3)})
    amt = 3 * 148.60
    d = Page(footer="Página {n} de {nb}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Servicios para Miembros {f['phone']}  TTY 711"], 2)
    d.line(fd(f["notice"], "es"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    d.line("AVISO DE ACCIÓN - Determinación adversa de beneficios", 12, "B")
    d.ln(1)
    lv(d, [("Miembro", f["member"]), ("ID de cliente ProviderOne", f["p1"]), ("Fecha de nacimiento",
           fd(f["dob"], "slash")), ("Número de reclamo", claim), ("Proveedor", PT),
           ("Monto facturado", f"${amt:,.2f}")], w=54)
    d.table(["Fecha del servicio", "Servicio", "Cargo", "Decisión"],
            [[fd(x, "es"), "Terapia física (97110)", "$148.60", "Negado"] for x in days],
            [50, 60, 30, 34], size=8.6)
    paras(d, [
        "#¿Por qué tomamos esta decisión?",
        "Estas visitas de terapia física necesitan autorización previa después de las primeras 12 visitas del "
        "año. No recibimos una solicitud de autorización antes de las visitas. Por eso no pagamos el reclamo. "
        "El proveedor no le puede cobrar a usted por estas visitas.",
        "#Regla",
        "WAC 182-545-200 y WAC 182-502-0160.",
        "#¿Qué pasa si no estoy de acuerdo?",
        "Puede pedir una apelación dentro de 60 días calendario a partir de la fecha de esta carta. Si su salud "
        "está en riesgo, pida una apelación acelerada; decidiremos dentro de 72 horas. Si no está de acuerdo con "
        "la decisión de la apelación, puede pedir una audiencia con la Oficina de Audiencias Administrativas (OAH) "
        "dentro de 120 días calendario a partir de la fecha de la decisión de la apelación. También puede pedir "
        "una revisión independiente (IRO)."], 9.2)
    t = truth("denial_letter", "prior_authorization", lang="es", insurer=ORG, member_id=f["p1"],
              member_name=f["member"], cases=[claim], claim_amount=m2(amt),
              service_dates=[x.isoformat() for x in days], denial_date=f["notice"].isoformat(), provider=PT,
              appeal_deadline=plus(f["notice"], 60).isoformat())
    return out(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_rehab(r(1))
    return [
        Item(f"{FAMILY}_bd_speech_therapy_denied", "born_digital", [doc_speech_bd(r(0))]),
        Item(f"{FAMILY}_faxfine_stack_rehab_snf_and_physiatrist_letter", "fax_fine_g4", docs, separators=seps,
             turns={(1, 0): 180}),
        Item(f"{FAMILY}_photo_clinic_statement_one_line_denied", "phone_photo", [doc_statement_photo(r(2))]),
        Item(f"{FAMILY}_rotated_appeal_overturned_prose", "rotated", [doc_overturn_rotated(r(3))]),
        Item(f"{FAMILY}_scan300_appeal_upheld_box_grid", "scan_clean_300", [doc_upheld_scan(r(4))]),
        Item(f"{FAMILY}_copy_out_of_network_two_page", "photocopy", [doc_oon_copy(r(5))]),
        Item(f"{FAMILY}_lowres_aviso_es_pt_no_auth", "scan_lowres_150", [doc_pt_es_lowres(r(6))]),
    ]
