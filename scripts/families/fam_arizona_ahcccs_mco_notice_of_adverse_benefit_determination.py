"""Family 'arizona_ahcccs_mco_notice_of_adverse_benefit_determination': an invented Arizona Medicaid (AHCCCS) managed
care health plan's Notice of Adverse Benefit Determination, in the structure of the AHCCCS notice (service
requested, what we decided, why, the rule the decision is based on, how to appeal within 60 days, state fair hearing
after the appeal, continuing services, expedited 72-hour appeal).

Documents: a born-digital English notice denying an outpatient lumbar MRI; a photocopied Spanish notice denying home
health skilled nursing visits; the ordering provider's scanned prior authorization request (denies nothing); a
fine-fax stack of a cover, the provider copy of a notice refusing home health therapy started without prior
authorization, and the agency's request; a phone photo of a notice denying a brain MRI because records were not
received; a sideways Notice of Appeal Resolution approving the lumbar MRI, told in sentences (denies nothing); a
low-resolution notice reducing home health visits (table).
All values invented; phones 1-555. Decoys: DOB, NPI, request-received dates, AHCCCS rule and AMPM policy numbers,
60/90-day fair hearing, 10-day continuation and 72-hour limits, provider IDs.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundcv_famcva import Page, addr, cover, fd, letterhead, lv, paras, pat, ph, plus, sidebar

FAMILY = "arizona_ahcccs_mco_notice_of_adverse_benefit_determination"
LANG = "en"
SEED = 345800
ORG = "Saguaro Vista Health Plan"
ORG_ADDR = "PO Box 71920, Tempe, AZ 85999"
PROGRAM = "AHCCCS Complete Care"
DOC = "Esperanza V. Dahlgren, MD"
DOC_BARE = "Esperanza V. Dahlgren"
CLINIC = "Ocotillo Family Medicine"
IMAGING = "Painted Mesa Imaging Center"
HHA = "Agave Trail Home Health Services"
MEMBERS = ["Dominic R. Tsosie", "Lucinda M. Harjo", "Wesley J. Abernethy", "Priya N. Castellanos",
           "Harlan B. Yazzie", "Theresa G. Montoya-Kline", "Calvin D. Begay"]
MEMBER_ES = "Rosaura I. Quiñónez"
RULE_MN = "Arizona Administrative Code (A.A.C.) R9-22-202 and AHCCCS Medical Policy Manual (AMPM) Policy 310-B"
RULE_HH = "A.A.C. R9-22-212 and AMPM Policy 310-I"


def base(r, k):
    notice = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 150))
    return dict(notice=notice, member=MEMBERS[k], addr=[f"{r.randint(100, 9800)} W. Ironwood Wash Road",
                                                        "Casa Grande, AZ 85999"],
                aid="A" + pat(r, "99999999"), phone=ph(r),
                dob=dt.date(r.randint(1950, 2004), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def rights(d, size=9.2, deadline_text="within 60 days of the date of this notice"):
    paras(d, [
        "#How do I file an appeal?",
        f"If you do not agree with this decision, you may file an appeal {deadline_text}. You may call Member "
        f"Services or write to {ORG} Appeals, {ORG_ADDR}. Your doctor or another person may appeal for you with "
        "your written permission.",
        "#What if my health is at risk?",
        "If waiting 30 days could seriously harm your health, ask for an expedited appeal. We will decide within "
        "72 hours.",
        "#Can my services continue during the appeal?",
        "If this notice stops or reduces a service you are getting now, you may ask to keep getting it during the "
        "appeal. You must ask within 10 calendar days of the date of this notice or before the change takes "
        "effect.",
        "#State Fair Hearing",
        "If you do not agree with our appeal decision, you may ask for a State Fair Hearing within 90 days of the "
        "date you receive the Notice of Appeal Resolution."], size=size)


def doc_mri_bd(r):
    f = base(r, 0)
    pa = pat(r, "99999999")
    planned = plus(f["notice"], r.randint(6, 14))
    got = plus(f["notice"], -r.randint(3, 8))
    d = Page(footer=f"{ORG}  |  {PROGRAM}  |  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, [f"An {PROGRAM} plan", ORG_ADDR, f"Member Services {f['phone']}  TTY 711"], 0)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 13, "B", "C")
    d.ln(2)
    lv(d, [("Date:", fd(f["notice"], "long")), ("Member Name:", f["member"]), ("AHCCCS ID:", f["aid"]),
           ("Date of Birth:", fd(f["dob"], "slash")), ("Prior Authorization #:", pa),
           ("Requesting Provider:", DOC), ("Provider NPI:", f["npi"]), ("Date Request Received:", fd(got, "long"))],
       w=48, size=9.4)
    paras(d, [
        f"Dear {f['member']}:",
        "This notice tells you about a decision we made on a service that was requested for you.",
        "#Service requested",
        f"MRI of the lumbar spine without contrast (CPT 72148), outpatient, at {IMAGING}, date of service "
        f"{fd(planned, 'long')}.",
        "#What we decided",
        "We have DENIED this service.",
        "#Why we made this decision",
        "The records show low back pain for 3 weeks with no weakness, numbness or loss of bladder control. An MRI "
        "is medically necessary when pain lasts at least 6 weeks despite physical therapy or medicine, or when "
        "there are warning signs. The service is not medically necessary at this time. Your doctor may ask again "
        "if your pain does not get better.",
        "#The law or rule this decision is based on",
        RULE_MN + "."], size=9.3)
    rights(d)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["aid"], member_name=f["member"],
              case_numbers=[pa], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=DOC, appeal_deadline=plus(f["notice"], 60).isoformat(),
              alternates={"provider": [DOC_BARE, IMAGING]})
    return pdf_bytes(d), t


def doc_hh_es(r):
    f = base(r, 1)
    pa = pat(r, "99999999")
    a, b = plus(f["notice"], 3), plus(f["notice"], 62)
    d = Page(footer=f"{ORG} - {PROGRAM} - Página {{p}} de {{n}}")
    d.add_page()
    letterhead(d, ORG, [f"Un plan de {PROGRAM}", ORG_ADDR, f"Servicios para Miembros {f['phone']}  TTY 711"], 1)
    d.text_line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12.5, "B", "C")
    d.ln(2)
    d.boxes([("Fecha", fd(f["notice"], "es"), 58), ("Nombre del miembro", MEMBER_ES, 62),
             ("Identificación de AHCCCS", f["aid"], 60)])
    d.boxes([("Número de autorización", pa, 58), ("Proveedor que lo solicitó", HHA, 122)])
    d.ln(4)
    paras(d, [
        f"Estimado(a) {MEMBER_ES}:",
        "Este aviso le informa sobre una decisión que tomamos sobre un servicio que se solicitó para usted.",
        "#Servicio solicitado",
        f"Visitas de enfermería especializada a domicilio (G0299), 2 visitas por semana del {fd(a, 'es')} al "
        f"{fd(b, 'es')}.",
        "#Lo que decidimos",
        "Hemos NEGADO este servicio.",
        "#Por qué tomamos esta decisión",
        "Su herida quirúrgica ya cerró y usted puede salir de su casa para ir a la clínica. Las visitas de "
        "enfermería a domicilio no son médicamente necesarias porque el cuidado que necesita se puede dar en el "
        "consultorio de su médico.",
        "#Ley o regla en la que se basa esta decisión",
        RULE_HH + ".",
        "#¿Cómo presento una apelación?",
        "Si no está de acuerdo con esta decisión, puede presentar una apelación dentro de 60 días a partir de la "
        f"fecha de este aviso. Llame a Servicios para Miembros o escriba a {ORG} Appeals, {ORG_ADDR}.",
        "Si esperar 30 días pudiera poner su salud en grave peligro, pida una apelación acelerada; la decidiremos "
        "dentro de 72 horas. Para seguir recibiendo un servicio durante la apelación, pídalo dentro de 10 días "
        "calendario. Si no está de acuerdo con la decisión de la apelación, puede pedir una Audiencia Imparcial "
        "Estatal dentro de 90 días."], size=9.3)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=ORG, member_id=f["aid"],
              member_name=MEMBER_ES, case_numbers=[pa], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=HHA,
              appeal_deadline=plus(f["notice"], 60).isoformat(), denial_alternates=["level_of_care"])
    return pdf_bytes(d), t


def doc_request(r):
    f = base(r, 2)
    planned = plus(f["notice"], r.randint(8, 15))
    d = Page()
    d.add_page()
    letterhead(d, CLINIC, ["1815 N. Pinal Avenue, Casa Grande, AZ 85999", "Phone 1-555-836-2210  Fax 1-555-836-2299"],
               1)
    d.text_line("OUTPATIENT PRIOR AUTHORIZATION REQUEST", 12, "B")
    d.text_line(f"To: {ORG} Prior Authorization  -  Fax 1-555-410-7781", 9)
    d.ln(2)
    d.boxes([("Date of request", fd(f["notice"], "dash"), 40), ("Urgent?", "No", 24),
             ("Health plan", ORG, 64), ("Line of business", "AHCCCS", 52)])
    d.boxes([("Member name", f["member"], 70), ("AHCCCS ID", f["aid"], 50), ("DOB", fd(f["dob"], "dash"), 60)])
    d.boxes([("Ordering provider", DOC, 70), ("NPI", f["npi"], 50), ("AHCCCS provider ID", pat(r, "999999"), 60)])
    d.boxes([("Rendering facility", IMAGING, 90), ("Requested date of service", fd(planned, "dash"), 90)])
    d.boxes([("CPT", "72148", 30), ("ICD-10", "M54.16, M51.26", 50), ("Description", "MRI lumbar spine w/o contrast",
                                                                       100)])
    d.ln(4)
    d.text_line("Clinical summary", 10.5, "B")
    d.para("Low back pain radiating to the left leg for 3 weeks after lifting at work. Naproxen and a home "
           "exercise sheet given. Mild decreased sensation left lateral foot reported by patient; strength "
           "normal. Requesting imaging to plan referral to physical therapy or pain management.", 9.8)
    d.ln(10)
    d.para(f"Signature: ______________________   {DOC}", 9.8)
    t = truth("other", None, insurer=None, member_id=f["aid"], member_name=f["member"],
              service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(), provider=DOC,
              unscored=["insurer"], alternates={"provider": [DOC_BARE, IMAGING]})
    return pdf_bytes(d), t


def stack_provider(r):
    f = base(r, 3)
    pa = pat(r, "99999999")
    start = plus(f["notice"], -r.randint(12, 20))
    end = plus(start, 27)
    sent = plus(f["notice"], -r.randint(4, 7))
    # provider copy of the notice (denial)
    d = Page(footer=f"{ORG} - Provider copy")
    d.add_page()
    letterhead(d, ORG, ["Prior Authorization Department", ORG_ADDR], 2)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION - PROVIDER COPY", 11.5, "B")
    d.ln(1)
    lv(d, [("Notice date", fd(f["notice"], "iso")), ("Provider", HHA), ("Member", f["member"]),
           ("AHCCCS ID", f["aid"]), ("Authorization request", pa), ("Request received", fd(sent, "iso")),
           ("Service", "Home health physical therapy, 8 visits (G0151)"),
           ("Dates of service", f"{fd(start, 'iso')} through {fd(end, 'iso')}"), ("Decision", "Denied")],
       w=46, size=9.4)
    paras(d, [
        "Reason: Home health services require prior authorization before care begins (AMPM Policy 310-I). This "
        "request was received after the visits had started, and no authorization was on file for these dates. "
        "The member may not be billed for these visits.",
        "The member was sent a Notice of Adverse Benefit Determination. The member, or the provider with the "
        "member's written consent, may appeal within 60 days of the date of this notice. Provider claim "
        "disputes follow A.R.S. 36-2903.01."], size=9.4)
    dec = pdf_bytes(d)
    t_dec = truth("denial_letter", "prior_authorization", insurer=ORG, member_id=f["aid"], member_name=f["member"],
                  case_numbers=[pa], service_dates=[f"{start.isoformat()}/{end.isoformat()}"],
                  denial_date=f["notice"].isoformat(), provider=HHA,
                  appeal_deadline=plus(f["notice"], 60).isoformat())
    # agency's request (denies nothing)
    d = Page(serif=True)
    d.add_page()
    letterhead(d, HHA, ["3360 E. Florence Boulevard, Casa Grande, AZ 85999", "Intake 1-555-836-5540"], 0)
    d.text_line(fd(sent, "slash"), 10)
    d.ln(3)
    addr(d, [f"{ORG} Prior Authorization", "Fax 1-555-410-7781"])
    paras(d, [
        f"Re: {f['member']}, AHCCCS ID {f['aid']}",
        f"Please authorize home health physical therapy, 2 visits a week for 4 weeks, from {fd(start, 'slash')} "
        f"through {fd(end, 'slash')}, for gait training after a right hip replacement. The patient was discharged "
        "home on a Friday evening and the first visit was made the next day for fall safety. Orders from the "
        "surgeon and the start-of-care assessment are attached.",
        "Thank you,", "Marisela P. Quintana, PT, Clinical Manager", HHA], size=10)
    req = pdf_bytes(d)
    t_req = truth("other", None, insurer=None, member_id=f["aid"], member_name=f["member"],
                  service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=sent.isoformat(),
                  provider=HHA, unscored=["insurer"])
    cov = cover(f"{HHA} - Intake", f"{ORG} Prior Authorization", "1-555-836-5541", "1-555-410-7781",
                fd(f["notice"], "slash"), 3, "Determination on your home health request, with your request "
                "attached.")
    return [(dec, t_dec), (req, t_req)], [cov, None]


def doc_records_photo(r):
    f = base(r, 4)
    pa = pat(r, "99999999")
    planned = plus(f["notice"], r.randint(5, 12))
    asked = plus(f["notice"], -r.randint(10, 14))
    d = Page(footer=f"{ORG} - {PROGRAM}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Services {f['phone']}"], 1)
    y0, y1 = sidebar(d, [("Notice date", fd(f["notice"], "dmy")), ("Member", f["member"]), ("AHCCCS ID", f["aid"]),
                         ("Reference", pa), ("Ordering doctor", DOC_BARE), ("Date of birth", fd(f["dob"], "dmy"))])
    d.set_xy(72, y0)
    d.set_left_margin(72)
    d.text_line("Notice of Adverse Benefit Determination", 12, "B")
    d.ln(2)
    paras(d, [
        f"Your doctor asked us to approve an MRI of the brain with and without contrast (CPT 70553) at {IMAGING} "
        f"on {fd(planned, 'dmy')}.",
        f"We asked your doctor's office for your office notes on {fd(asked, 'dmy')}. We did not get them. "
        "Without the records we cannot tell whether the MRI is needed, so we have denied the request. This is "
        "not a decision that you do not need the test. Your doctor may send a new request with the records.",
        "Rule: 42 CFR 438.210 and AMPM Policy 1020.",
        "You may appeal within 60 days of the date of this notice. Expedited appeals are decided within 72 hours. "
        "After the appeal you may ask for a State Fair Hearing within 90 days."], size=9.4)
    d.set_left_margin(18)
    t = truth("denial_letter", "other", insurer=ORG, member_id=f["aid"], member_name=f["member"], case_numbers=[pa],
              service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(), provider=DOC_BARE,
              appeal_deadline=plus(f["notice"], 60).isoformat(), denial_alternates=["medical_necessity"],
              alternates={"provider": [IMAGING]})
    return pdf_bytes(d), t


def doc_resolution(r):
    f = base(r, 5)
    f["notice"] = plus(f["notice"], 40)
    appeal, pa = "AP-" + pat(r, "99999"), pat(r, "99999999")
    first = plus(f["notice"], -r.randint(28, 40))
    got = plus(first, r.randint(5, 10))
    planned = plus(f["notice"], r.randint(5, 9))
    d = Page(serif=True, footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, ORG, ["Grievance and Appeals", ORG_ADDR], 0)
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("NOTICE OF APPEAL RESOLUTION", 12, "B")
    d.ln(1)
    paras(d, [
        f"Dear {f['member']}:",
        f"On {fd(got, 'long')} we received your appeal, number {appeal}, about our notice of "
        f"{fd(first, 'long')} that denied an MRI of your lower back requested by {DOC} (prior authorization "
        f"{pa}). Your AHCCCS ID is {f['aid']}.",
        "A doctor who did not make the first decision reviewed your appeal. Your new records show that your pain "
        "has lasted more than 8 weeks and did not get better with physical therapy. We have reversed our decision "
        f"and APPROVED the MRI. You may have it done at {IMAGING} on or after {fd(planned, 'long')}; the approval "
        "is good for 60 days.",
        "Because we approved your appeal, you do not need to do anything else. If you have questions, call "
        f"Member Services at {f['phone']} (TTY 711).",
        "Sincerely,", "Grievance and Appeals Department", ORG], size=10)
    t = truth("other", None, insurer=ORG, member_id=f["aid"], member_name=f["member"], case_numbers=[appeal, pa],
              service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(), provider=DOC,
              alternates={"provider": [DOC_BARE, IMAGING], "service_dates": [[]]})
    return pdf_bytes(d), t


def doc_reduce_lowres(r):
    f = base(r, 6)
    pa = pat(r, "99999999")
    a, b = plus(f["notice"], 11), plus(f["notice"], 70)
    d = Page(footer=f"{ORG}  {PROGRAM}  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Services {f['phone']}  TTY 711"], 2)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B")
    d.text_line("(Reduction of a requested service)", 9)
    d.ln(2)
    y = d.get_y()
    addr(d, [f["member"].upper(), *[s.upper() for s in f["addr"]]])
    d.set_y(y)
    lv(d, [("DATE", fd(f["notice"], "upper")), ("AHCCCS ID", f["aid"]), ("AUTH NO.", pa),
           ("DOB", fd(f["dob"], "upper"))], w=26, size=9, x=120)
    d.ln(2)
    d.table(["Service", "Requested", "Approved", "From", "To", "Provider"],
            [["Skilled nursing visits G0299", "16 visits", "6 visits", fd(a, "upper"), fd(b, "upper"), HHA]],
            [44, 20, 20, 24, 24, 50], size=8.2)
    paras(d, [
        "#Why we made this decision",
        "Your wound is healing and your caregiver has been taught to change the dressing. Six visits are enough to "
        "check the wound and finish teaching. More visits are not medically necessary.",
        "#Rule",
        RULE_HH + "."], size=9.4)
    rights(d, 9.0)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["aid"], member_name=f["member"],
              case_numbers=[pa], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=HHA,
              appeal_deadline=plus(f["notice"], 60).isoformat())
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_provider(r(3))
    return [
        Item(f"{FAMILY}_bd_lumbar_mri_denied", "born_digital", [doc_mri_bd(r(0))]),
        Item(f"{FAMILY}_copy_aviso_es_home_nursing", "photocopy", [doc_hh_es(r(1))]),
        Item(f"{FAMILY}_scan300_provider_pa_request", "scan_clean_300", [doc_request(r(2))]),
        Item(f"{FAMILY}_faxfine_stack_provider_copy_and_agency_request", "fax_fine_g4", docs, separators=seps),
        Item(f"{FAMILY}_photo_brain_mri_records_not_received", "phone_photo", [doc_records_photo(r(4))]),
        Item(f"{FAMILY}_rotated_appeal_resolution_approved_prose", "rotated", [doc_resolution(r(5))]),
        Item(f"{FAMILY}_lowres_home_nursing_visits_reduced", "scan_lowres_150", [doc_reduce_lowres(r(6))]),
    ]
