"""Family 'west_virginia_mountain_health_trust_mco_notice_of_action': an invented West Virginia Medicaid managed care
plan (Mountain Health Trust) and its Notices of Adverse Benefit Determination, in the structure of such notices
(the service asked for, what we decided, why, the rule, appeal to the plan within 60 days, a State Fair Hearing with
the Board of Review within 120 days of the appeal decision, continued benefits if asked within 10 days, a 72-hour
expedited appeal).

Documents: a born-digital knee MRI refusal (white-on-dark band, label column); personal care hours cut from 20 to
12 a week, told only in sentences, standard fax with a fax header line; a phone photo of a member claims summary with
three claims (header wrapping over two lines), the CT claim denied for no prior authorization; a sideways Notice of
Appeal Resolution approving a sleep study (denies nothing); a photocopied Spanish notice refusing physical therapy
(boxed label grids); a 150 dpi two-page upheld appeal of an inpatient rehabilitation admission (sidebar, running
header; Board of Review only); a 300 dpi stack of a CGM refusal for records not received, a blank separator, and the
endocrinologist's letter to the plan fed upside down.
All values invented; phones 1-555. Decoys: DOB, NPI, request-received dates, 42 CFR and policy manual chapters,
120-day, 10-day and 72-hour limits, other claims' numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddc_famdcd import KPage, addr, band, fd, lv, paras, pat, ph, plus, sidebar, two_columns
from public_kit import money, out, truth

FAMILY = "west_virginia_mountain_health_trust_mco_notice_of_action"
LANG = "en"
SEED = 350103
ORG = "Tygart River Health Partners"
ORG_ADDR = "PO Box 40917, Charleston, WV 25399"
PROGRAM = "Mountain Health Trust"
_R = random.Random(SEED)
MEMBERS = _R.sample(["Darlene F. Stalnaker", "Curtis W. McCoy", "Rhonda J. Ashcraft", "Dwayne L. Hatfield",
                     "Tammy R. Cuppett", "Garrett E. Bolyard", "Misty A. Shrewsbury", "Lonnie K. Hupp",
                     "Brenda S. Ferrebee"], 8)
MEMBER_ES = "Yaritza M. Oquendo"
ORTHO = "Dr. Colby N. Stutler"
ORTHO_BARE = "Colby N. Stutler"
IMAGING = "Elk River Imaging Center"
AGENCY = "Hilltop Homecare Services"
REHAB = "Monongahela Rehabilitation Hospital"
ENDO = "Dr. Priya L. Venkataraman"
ENDO_BARE = "Priya L. Venkataraman"
SLEEP = "Cheat Mountain Sleep Center"
PT = "Blackwater Physical Therapy"


def base(r, k):
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 150))
    return dict(notice=notice, member=MEMBERS[k], mid="9" + pat(r, "9999999999"), phone=ph(r),
                dob=dt.date(r.randint(1952, 2005), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"),
                addr=[f"{r.randint(100, 9800)} {r.choice(['Laurel Fork Road', 'Coal Run Hollow', 'Depot Street'])}",
                      r.choice(["Elkins, WV 26241", "Philippi, WV 26416", "Buckhannon, WV 26201"])])


def rights(d, size=9.0):
    two_columns(d, [
        "#Your right to appeal",
        "If you do not agree with this decision, you may ask for an appeal within 60 days of the date of this "
        f"notice. Call Member Services or write to {ORG} Appeals, {ORG_ADDR}. Someone else, such as your doctor, "
        "may appeal for you with your written consent.",
        "#Fast (expedited) appeal",
        "If waiting could seriously harm your health, ask for a fast appeal. We will decide within 72 hours."], [
        "#Keeping your services during the appeal",
        "If this notice ends or reduces a service you now get, you may keep it during the appeal if you ask within "
        "10 days of the date of this notice. You may have to pay for it if you lose the appeal.",
        "#State Fair Hearing",
        "If you still disagree after the appeal, you may ask for a State Fair Hearing with the Board of Review "
        "within 120 days of the date of the appeal decision."], size=size)


def doc_mri_bd(r):
    f = base(r, 0)
    ref = "UM" + pat(r, "99999999")
    planned, got = plus(f["notice"], r.randint(7, 14)), plus(f["notice"], -r.randint(3, 6))
    d = KPage(footer="Page {n} of {nb}", footer_left=f"{ORG} - a {PROGRAM} health plan")
    d.add_page()
    band(d, ORG, [f"A {PROGRAM} managed care plan for West Virginia Medicaid members", ORG_ADDR,
                  f"Member Services {f['phone']}   TTY 711"])
    d.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 13, "B", "C")
    d.ln(2)
    lv(d, [("Date of this notice", fd(f["notice"], "long")), ("Member", f["member"]), ("Medicaid ID", f["mid"]),
           ("Date of birth", fd(f["dob"], "slash")), ("Reference number", ref), ("Requesting provider", ORTHO),
           ("Provider NPI", f["npi"]), ("Request received", fd(got, "long"))], w=46)
    paras(d, [
        f"Dear {f['member']}:",
        "#What was asked for",
        f"An MRI of the right knee without contrast (CPT 73721) at {IMAGING}, planned for {fd(planned, 'long')}.",
        "#What we decided",
        "We DENIED this request.",
        "#Why",
        "Your records show knee pain for four weeks after a fall, a normal x-ray and no locking or giving way. "
        "Under our imaging guideline, an MRI is medically necessary after six weeks of treatment such as physical "
        "therapy or a brace, or sooner if there are signs of a torn ligament. The MRI is not medically necessary "
        "now. Your doctor may ask again if your knee does not improve.",
        "#The rule we used",
        "42 CFR 438.210 and the West Virginia Bureau for Medical Services Provider Manual, Chapter 528."])
    rights(d)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              cases=[ref], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(), provider=ORTHO,
              appeal_deadline=plus(f["notice"], 60).isoformat(), alternates={"provider": [ORTHO_BARE, IMAGING]})
    return out(d), t


def doc_hours_fax(r):
    f = base(r, 1)
    ref = pat(r, "PCS-9999-99999")
    a, b = plus(f["notice"], 14), plus(f["notice"], 14 + 90)
    stamp = f["notice"].strftime("%b %d %Y").upper()
    d = KPage(serif=True, footer=None, footer_left=f"{ORG}  {PROGRAM}",
              fax_line=f"{stamp} 14:07  FROM: {ORG.upper()} UM DEPT  FAX 1-555-640-2217   TO: 15553418890   P.{{p}}/1")
    d.add_page()
    band(d, ORG, ["Utilization Management", ORG_ADDR], dark=False, size=14)
    d.line(fd(f["notice"], "long"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']},",
        f"{AGENCY} asked us to approve 20 hours a week of personal care services for you from "
        f"{fd(a, 'long')} through {fd(b, 'long')}. We have looked at your assessment and we are writing to tell "
        "you that we approved 12 hours a week, not 20. This is a reduction of the hours that were asked for. "
        f"The number for this decision is {ref}, and your Medicaid ID is {f['mid']}.",
        "We made this decision because your most recent in-home assessment shows that you can bathe and dress with help "
        "from your daughter in the morning and that you walk in your home with a cane. Twelve hours a week cover "
        "the help with meals, housework and bathing that the assessment found you need. More hours are not "
        "medically necessary. We used 42 CFR 440.167 and the Bureau for Medical Services Personal Care Services "
        "policy manual, Chapter 517, to decide.",
        "If you do not agree, you can ask us for an appeal. You have 60 days from the date on this letter to ask. "
        "If you ask within 10 days, your current hours can continue while we decide. If your health could be "
        "seriously harmed by waiting, ask for a fast appeal and we will answer in 72 hours. After the appeal, you "
        "may ask the Board of Review for a State Fair Hearing within 120 days of our appeal decision.",
        f"Call Member Services at {f['phone']} (TTY 711) with any questions.",
        "Sincerely,", "Utilization Management Department", ORG], size=10)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              cases=[ref], service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=f["notice"].isoformat(),
              provider=AGENCY, appeal_deadline=plus(f["notice"], 60).isoformat(),
              denial_alternates=["level_of_care"])
    return out(d), t


def doc_claims_photo(r):
    f = base(r, 2)
    stmt = f["notice"]
    c = [("2" + pat(r, "99999999999"), plus(stmt, -r.randint(30, 40)), "Barbour Family Medicine", "99214",
          145.00, 98.12, 98.12, "Paid"),
         ("2" + pat(r, "99999999999"), plus(stmt, -r.randint(24, 29)), "Tucker Valley Hospital", "74177",
          2186.40, 0.0, 0.0, "Denied - P11"),
         ("2" + pat(r, "99999999999"), plus(stmt, -r.randint(15, 22)), "Randolph Lab Services", "80053",
          62.75, 11.30, 11.30, "Paid")]
    d = KPage(footer="Page {n} of {nb}", footer_left=f"{ORG} - {PROGRAM}")
    d.add_page()
    band(d, ORG, [f"{PROGRAM} - Member Claims Summary", ORG_ADDR])
    lv(d, [("Statement date", fd(stmt, "upper")), ("Member", f["member"]), ("Medicaid ID", f["mid"]),
           ("Claims processed", f"{fd(plus(stmt, -30), 'upper')} - {fd(plus(stmt, -1), 'upper')}")], w=40)
    paras(d, ["This is not a bill. It lists claims we processed for you. As a Medicaid member you owe nothing for "
              "covered services."], size=9)
    rows = [[n, fd(dos, "slash"), prov, code, money(b), money(al), money(p), st] for n, dos, prov, code, b, al, p, st in c]
    d.table(["Claim number", "Date of service", "Provider", "Proc. code", "Amount billed by provider",
             "Amount allowed by plan", "Plan paid", "Claim status"], rows, [30, 20, 38, 14, 20, 20, 16, 22],
            size=8, aligns=["L", "L", "L", "L", "R", "R", "R", "L"])
    paras(d, [
        "#Claim status codes",
        "P11 - Prior authorization was required for this service and was not on file. CT of the abdomen and pelvis "
        "needs prior approval. The hospital may not bill you for this service.",
        "#If you disagree",
        "You may appeal a denied claim within 60 days of the date of this statement by calling Member Services at "
        f"{f['phone']} or writing to {ORG} Appeals, {ORG_ADDR}. After our appeal decision you may ask the Board of "
        "Review for a State Fair Hearing within 120 days."], size=9)
    n, dos, prov, *_ = c[1]
    t = truth("eob", "prior_authorization", insurer=ORG, member_id=f["mid"], member_name=f["member"], cases=[n],
              claim_amount="2186.40", service_dates=[dos.isoformat()], denial_date=stmt.isoformat(), provider=prov,
              appeal_deadline=plus(stmt, 60).isoformat())
    return out(d), t


def doc_resolution_rot(r):
    f = base(r, 3)
    f["notice"] = plus(f["notice"], 35)
    appeal, ref = "APL-" + pat(r, "999999"), "UM" + pat(r, "99999999")
    first = plus(f["notice"], -r.randint(30, 40))
    got = plus(first, r.randint(6, 12))
    planned = plus(f["notice"], r.randint(8, 16))
    d = KPage(footer="Page {n} of {nb}", footer_left=ORG)
    d.add_page()
    band(d, ORG, ["Grievances and Appeals", ORG_ADDR], dark=False)
    d.line(fd(f["notice"], "iso"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    d.line("NOTICE OF APPEAL RESOLUTION", 12, "B")
    d.ln(1)
    paras(d, [
        f"Dear {f['member']}:",
        f"We received your appeal on {fd(got, 'iso')}. Your appeal number is {appeal}. You asked us to look again "
        f"at our notice dated {fd(first, 'iso')} (reference {ref}) that denied an overnight sleep study in a sleep "
        f"lab ordered by {ENDO}.",
        "A doctor who is board certified in sleep medicine and who was not part of the first decision reviewed your "
        "appeal. Your new records show that a home sleep test could not be done because you use oxygen at night. "
        f"We have changed our decision. The sleep study is APPROVED. {SLEEP} has scheduled it for "
        f"{fd(planned, 'iso')}.",
        "You do not need to do anything else. Your Medicaid ID is " + f["mid"] + ". If you have questions, call "
        f"Member Services at {f['phone']} (TTY 711).",
        "Sincerely,", "Grievances and Appeals", ORG], size=10)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], cases=[appeal, ref],
              service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(), provider=ENDO,
              unscored=["appeal_deadline"], alternates={"provider": [ENDO_BARE, SLEEP], "service_dates": [[]]})
    return out(d), t


def doc_pt_es(r):
    f = base(r, 4)
    ref = "UM" + pat(r, "99999999")
    a, b = plus(f["notice"], 5), plus(f["notice"], 47)
    d = KPage(footer="Página {n} de {nb}", footer_left=f"{ORG} - {PROGRAM}")
    d.add_page()
    band(d, ORG, [f"Un plan de {PROGRAM}", ORG_ADDR, f"Servicios para Miembros {f['phone']}  TTY 711"])
    d.line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12.5, "B", "C")
    d.ln(2)
    d.boxes([("Fecha del aviso", fd(f["notice"], "es"), 60), ("Nombre del miembro", MEMBER_ES, 60),
             ("Número de Medicaid", f["mid"], 60)])
    d.boxes([("Número de referencia", ref, 60), ("Proveedor que lo pidió", PT, 120)])
    d.ln(4)
    paras(d, [
        f"Estimado(a) {MEMBER_ES}:",
        "#Lo que se pidió",
        f"Fisioterapia ambulatoria (97110, 97140), 12 visitas del {fd(a, 'es')} al {fd(b, 'es')}.",
        "#Lo que decidimos",
        "Hemos NEGADO este servicio.",
        "#Por qué",
        "Usted ya terminó 24 visitas de fisioterapia y su fuerza y su marcha ya no mejoran de una visita a otra. "
        "Sus ejercicios se pueden hacer en casa con el programa que le dio su terapeuta. Más visitas no son "
        "médicamente necesarias.",
        "#Regla",
        "42 CFR 438.210; Manual de Proveedores de la Oficina de Servicios Médicos, Capítulo 515.",
        "#Su derecho a apelar",
        "Si no está de acuerdo, puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. "
        "Si esperar pudiera dañar gravemente su salud, pida una apelación rápida; la decidiremos dentro de 72 "
        "horas. Después de la apelación puede pedir una Audiencia Imparcial Estatal ante la Junta de Revisión "
        "(Board of Review) dentro de 120 días a partir de la decisión de la apelación."], size=9.4)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=ORG, member_id=f["mid"],
              member_name=MEMBER_ES, cases=[ref], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=PT, appeal_deadline=plus(f["notice"], 60).isoformat())
    return out(d), t


def doc_upheld_lowres(r):
    f = base(r, 5)
    f["notice"] = plus(f["notice"], 30)
    appeal, ref = "APL-" + pat(r, "999999"), "UM" + pat(r, "99999999")
    first = plus(f["notice"], -r.randint(25, 35))
    adm = plus(first, r.randint(1, 3))
    d = KPage(footer="Page {n} of {nb}", footer_left=f"{ORG} - {PROGRAM}",
              run_head=f"{f['member']}  -  Appeal {appeal}  -  {fd(f['notice'], 'dmy')}")
    d.add_page()
    band(d, ORG, ["Grievances and Appeals", ORG_ADDR, f"Member Services {f['phone']}"])
    y0, y1 = sidebar(d, [("Date", fd(f["notice"], "dmy")), ("Member", f["member"]), ("Medicaid ID", f["mid"]),
                         ("Appeal number", appeal), ("Original reference", ref), ("Date of birth", fd(f["dob"], "dmy"))])
    d.set_left_margin(74)
    d.set_xy(74, y0)
    d.line("NOTICE OF APPEAL RESOLUTION", 12, "B")
    d.ln(1)
    paras(d, [
        f"Dear {f['member']}:",
        f"You appealed our decision of {fd(first, 'dmy')} that denied admission to {REHAB} for inpatient "
        f"rehabilitation beginning {fd(adm, 'dmy')}, after your hospital stay for a broken hip.",
        "#Our decision",
        "We have reviewed your appeal and we are UPHOLDING our decision. The admission to the inpatient "
        "rehabilitation hospital remains denied.",
        "#Why",
        "A physical medicine and rehabilitation doctor who did not make the first decision reviewed your records. "
        "You could take part in about one hour of therapy a day, not the three hours a day five days a week that "
        "inpatient rehabilitation requires. Your care can be given safely in a skilled nursing facility, which we "
        "approved. The inpatient rehabilitation setting is not needed for your level of care."], size=9.4)
    d.set_left_margin(18)
    d.set_x(18)
    paras(d, [
        "#What we reviewed",
        f"Your appeal letter and the letter from your daughter; the hospital discharge summary; the therapy notes "
        f"from your hospital stay; the request and the records sent by {REHAB}; our first decision and the "
        "criteria used for it; and the notes of the doctor who reviewed your appeal. We also called the hospital "
        "case manager to ask how many minutes of therapy you were able to do each day. She told us that you "
        "needed rest breaks after 20 minutes of walking practice and that you could not yet stand long enough "
        "for occupational therapy at the sink.",
        "#Who decided",
        "Your appeal was decided by a doctor who is board certified in physical medicine and rehabilitation. "
        "This doctor did not take part in the first decision and does not work for the doctor who made it.",
        "#The rule we used",
        "42 CFR 438.210 and 438.408; Bureau for Medical Services Provider Manual, Chapter 510 (Hospital Services).",
        "#What you can do now",
        "This is our final decision on your appeal. If you do not agree, you may ask for a State Fair Hearing with "
        "the Board of Review. You must ask within 120 days of the date of this letter. You may ask for an expedited "
        "hearing if waiting could seriously harm your health. You may speak for yourself or have a lawyer, a "
        "relative, a friend or another person speak for you.",
        "If your services were continued during the appeal, you may keep them during the hearing if you ask within "
        "10 days of the date of this letter. If the Board of Review agrees with us, you may have to pay for the "
        "services you received while the hearing was pending.",
        "#Your right to your records",
        "You may ask for free copies of all documents, records and other information used to make this decision, "
        "including the medical necessity criteria.",
        "#Help with your hearing",
        "Legal Aid of West Virginia and other groups may help you for free. Call Member Services at "
        f"{f['phone']} (TTY 711) for their contact information, or to ask for this letter in another language "
        "or format.",
        "Sincerely,", "Grievances and Appeals", ORG])
    t = truth("denial_letter", "level_of_care", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              cases=[appeal, ref], service_dates=[adm.isoformat()], denial_date=f["notice"].isoformat(),
              provider=REHAB, appeal_deadline=None, denial_alternates=["medical_necessity"])
    return out(d), t


def stack_cgm(r):
    f = base(r, 6)
    ref = "UM" + pat(r, "99999999")
    planned = plus(f["notice"], r.randint(5, 10))
    asked = plus(f["notice"], -r.randint(12, 16))
    d = KPage(footer="Page {n} of {nb}", footer_left=f"{ORG} | {PROGRAM}")
    d.add_page()
    band(d, ORG, [ORG_ADDR, f"Member Services {f['phone']}  TTY 711"])
    d.line("Notice of Adverse Benefit Determination", 12.5, "B")
    d.ln(1)
    d.boxes([("Notice date", fd(f["notice"], "slash"), 45), ("Member", f["member"], 70),
             ("Medicaid ID", f["mid"], 59)])
    d.boxes([("Reference", ref, 45), ("Ordering provider", ENDO, 70), ("NPI", f["npi"], 59)])
    d.ln(4)
    paras(d, [
        "#What was asked for",
        f"A continuous glucose monitor (E2103) and a 90-day supply of sensors (A4239), to start {fd(planned, 'slash')}.",
        "#What we decided and why",
        f"We DENIED the request. On {fd(asked, 'slash')} we asked your doctor's office for your recent office "
        "notes and glucose log. We did not receive them, so we could not tell whether the monitor meets the "
        "coverage rules. This does not mean you do not need it. Your doctor may send a new request with the "
        "records.",
        "#Rule",
        "42 CFR 438.210; Bureau for Medical Services Provider Manual, Chapter 506 (Durable Medical Equipment)."])
    rights(d)
    t1 = truth("denial_letter", "other", insurer=ORG, member_id=f["mid"], member_name=f["member"], cases=[ref],
               service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(), provider=ENDO,
               appeal_deadline=plus(f["notice"], 60).isoformat(), denial_alternates=["medical_necessity"],
               alternates={"provider": [ENDO_BARE]})
    doc1 = out(d)
    sent = plus(f["notice"], r.randint(4, 8))
    d = KPage(serif=True, footer=None)
    d.add_page()
    band(d, "Allegheny Highlands Endocrinology", ["410 Randolph Avenue, Elkins, WV 26241",
                                                  "Phone 1-555-636-4410   Fax 1-555-636-4419"], dark=False, size=13)
    d.line(fd(sent, "abbr"), 10)
    d.ln(2)
    addr(d, [f"{ORG} Utilization Management", "Fax 1-555-640-2217"])
    paras(d, [
        f"Re: {f['member']}, Medicaid ID {f['mid']}, reference {ref}",
        "I am sending the office notes and the glucose log your letter said were missing. My patient has type 1 "
        "diabetes on four injections of insulin a day, checks her sugar six to eight times a day, and had two "
        "low-sugar episodes last month that needed help from her husband. A continuous glucose monitor is "
        "medically necessary for her safety. Please reconsider the request.",
        "Sincerely,", ENDO + ", MD", f"NPI {f['npi']}"], size=10.5)
    t2 = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], cases=[ref],
               denial_date=sent.isoformat(), provider=ENDO, unscored=["insurer", "appeal_deadline", "service_dates"],
               alternates={"provider": [ENDO_BARE, "Allegheny Highlands Endocrinology"]})
    return [(doc1, t1), (out(d), t2)]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    return [
        Item(f"{FAMILY}_bd_knee_mri_denied", "born_digital", [doc_mri_bd(r(0))]),
        Item(f"{FAMILY}_faxstd_personal_care_hours_cut_prose", "fax_standard_g4", [doc_hours_fax(r(1))]),
        Item(f"{FAMILY}_photo_claims_summary_ct_no_prior_auth", "phone_photo", [doc_claims_photo(r(2))]),
        Item(f"{FAMILY}_rotated_sleep_study_appeal_approved", "rotated", [doc_resolution_rot(r(3))]),
        Item(f"{FAMILY}_copy_aviso_es_fisioterapia", "photocopy", [doc_pt_es(r(4))]),
        Item(f"{FAMILY}_lowres_rehab_admission_appeal_upheld", "scan_lowres_150", [doc_upheld_lowres(r(5))]),
        Item(f"{FAMILY}_scan300_stack_cgm_records_and_doctor_letter", "scan_clean_300", stack_cgm(r(6)),
             separators=["blank", None], turns={(1, 0): 180}),
    ]
