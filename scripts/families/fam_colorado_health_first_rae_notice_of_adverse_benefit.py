"""Family 'colorado_health_first_rae_notice_of_adverse_benefit': an invented Health First Colorado (Colorado Medicaid)
regional accountable entity's Notice of Adverse Benefit Determination, in the structure of the state's notice (what
was asked for, what we decided, why, the rules, 60-day appeal, State Fair Hearing with the Office of Administrative
Courts after the appeal, continued benefits if asked within 10 days, expedited 72-hour appeal).

Documents: a born-digital two-page notice refusing an intensive outpatient program as a higher level of care than
needed; a photocopied Spanish notice refusing psychological testing (boxed grid); a standard-fax stack of a cover,
the provider copy of a refusal of residential substance-use treatment started without prior authorization, and
the program's letter to the plan; a phone photo of a letter refusing an out-of-network therapist told only in
sentences; a sideways Notice of Appeal Resolution upholding the intensive outpatient refusal; a low-resolution
approval of outpatient therapy (denies nothing); a clean scan of a claims notice with three claims, one refused
for timely filing.
All values invented; phones 1-555. Decoys: DOB, NPI, request-received dates, 10 CCR 2505-10 rule numbers,
120-day fair hearing, 10-day continuation and 72-hour limits, other claims' numbers, processed dates.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundcy_famcye import Page, addr, cover, fd, fee, letterhead, lv, paras, pat, ph, plus, usd

FAMILY = "colorado_health_first_rae_notice_of_adverse_benefit"
LANG = "en"
SEED = 349304
ORG = "High Plains Columbine Health Partnership"
ORG_ADDR = "PO Box 48217, Greeley, CO 80699"
PROGRAM = "Health First Colorado"
RAE = "Regional Accountable Entity for Region 2"
DOC = "Marguerite A. Lindqvist, PsyD"
DOC_BARE = "Marguerite A. Lindqvist"
CLINIC = "Pawnee Butte Behavioral Health Center"
IOP = "Cache la Poudre Recovery Services"
THER = "Juniper Ridge Counseling, LLC"
MEMBERS = ["Corbin T. Wexford", "Alondra P. Saenz-Whitaker", "Gideon L. Marchetti", "Shayla R. Two Feathers",
           "Emmett J. Vandersloot", "Priscilla K. Oduya", "Rowan E. Castellano"]
MEMBER_ES = "Maricela T. Ybarra Quezada"
RULE = "10 CCR 2505-10, Section 8.076 and 42 CFR 438.210"
RULE_BH = "10 CCR 2505-10, Section 8.209 and the Colorado Medicaid behavioral health benefit"


def base(r, k):
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 160))
    return dict(notice=notice, member=MEMBERS[k], addr=[f"{r.randint(100, 9800)} Meadowlark Drive",
                                                        "Sterling, CO 80799"],
                mid=pat(r, "A999999"), phone=ph(r),
                dob=dt.date(r.randint(1958, 2008), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def rights(d, size=9.2):
    paras(d, [
        "#Your right to appeal",
        "If you do not agree with this decision, you may ask for an appeal. You must ask within 60 calendar days "
        f"from the date of this notice. You may call us or write to {ORG}, Attn: Appeals, {ORG_ADDR}. Someone "
        "else, such as your provider, may appeal for you if you give written permission.",
        "#Fast (expedited) appeal",
        "If waiting for a standard appeal could seriously harm your life or health, ask for an expedited appeal. "
        "We will decide within 72 hours.",
        "#Continued benefits",
        "If this notice stops or reduces a service you already get, you may keep getting it during your appeal. "
        "You must ask within 10 calendar days from the date of this notice. If you lose the appeal, you may have "
        "to pay for the services you got during the appeal.",
        "#State Fair Hearing",
        "If you do not agree with our appeal decision, you may ask for a State Fair Hearing with the Office of "
        "Administrative Courts, 1525 Sherman Street, Denver, CO. You must ask within 120 calendar days from the "
        "date of the appeal decision letter.",
        "#Free help",
        "You may ask for free copies of all documents and the criteria used to make this decision. The Health "
        "First Colorado Ombudsman for Managed Care can help you for free: 1-555-303-1422."], size=size)


def doc_iop_bd(r):
    f = base(r, 0)
    pa = "UM" + pat(r, "9999999")
    got = plus(f["notice"], -r.randint(3, 6))
    a, b = plus(f["notice"], 4), plus(f["notice"], 46)
    d = Page(footer=f"{ORG} - {PROGRAM} - Page {{p}} of {{n}}",
             header=f"{f['member']}  |  Medicaid ID {f['mid']}  |  Notice of Adverse Benefit Determination")
    d.add_page()
    letterhead(d, ORG, [f"{PROGRAM} {RAE}", ORG_ADDR, f"Member Support {f['phone']}  State Relay 711"], 0)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 13, "B", "C")
    d.ln(2)
    lv(d, [("Notice Date:", fd(f["notice"], "long")), ("Member:", f["member"]), ("Medicaid ID:", f["mid"]),
           ("Birth Date:", fd(f["dob"], "slash")), ("Authorization Request #:", pa),
           ("Requesting Provider:", DOC), ("Provider NPI:", f["npi"]), ("Request Received:", fd(got, "long"))],
       w=50, size=9.4)
    paras(d, [
        f"Dear {f['member']}:",
        "#What was asked for",
        f"Intensive outpatient program (IOP), H0015, 3 hours a day, 3 days a week, at {CLINIC}, from "
        f"{fd(a, 'long')} through {fd(b, 'long')}.",
        "#What we decided",
        "We DENIED the intensive outpatient program. We APPROVED individual outpatient therapy once a week instead.",
        "#Why we decided this",
        "Your records show that your mood is improving, you have not needed a crisis visit in the past 3 months "
        "and you are working part time. An intensive outpatient program is a higher level of care than you need "
        "right now. Weekly outpatient therapy is the right level of care for you.",
        "#Rules we used",
        RULE_BH + "."], size=9.4)
    rights(d)
    t = truth("denial_letter", "level_of_care", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[pa], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=DOC, appeal_deadline=plus(f["notice"], 60).isoformat(),
              denial_alternates=["medical_necessity"], alternates={"provider": [DOC_BARE, CLINIC]})
    return pdf_bytes(d), t


def doc_testing_es(r):
    f = base(r, 1)
    pa = "UM" + pat(r, "9999999")
    planned = plus(f["notice"], r.randint(8, 16))
    d = Page(footer=f"{ORG} - {PROGRAM} - Página {{p}} de {{n}}")
    d.add_page()
    letterhead(d, ORG, [f"{PROGRAM} - Entidad Regional Responsable", ORG_ADDR, f"Apoyo a Miembros {f['phone']}"], 1)
    d.text_line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12.5, "B", "C")
    d.ln(2)
    d.boxes([("Fecha del aviso", fd(f["notice"], "es"), 60), ("Nombre del miembro", MEMBER_ES, 70),
             ("Núm. de Medicaid", f["mid"], 50)])
    d.boxes([("Núm. de solicitud", pa, 50), ("Proveedor que lo pidió", DOC, 80),
             ("Fecha de nacimiento", fd(f["dob"], "slash"), 50)])
    d.ln(4)
    paras(d, [
        f"Estimado(a) {MEMBER_ES}:",
        "#Lo que se pidió",
        f"Evaluación psicológica (96130, 96136), 8 horas, en {CLINIC}, con fecha programada del "
        f"{fd(planned, 'es')}.",
        "#Lo que decidimos",
        "Hemos NEGADO este servicio.",
        "#Por qué",
        "Usted tuvo una evaluación psicológica completa hace 7 meses. No hay cambios nuevos en sus síntomas que "
        "muestren que otra evaluación cambiaría su tratamiento. Por eso, el servicio no es médicamente necesario.",
        "#Reglas que usamos",
        RULE + ".",
        "#Su derecho a apelar",
        "Si no está de acuerdo, puede pedir una apelación dentro de 60 días calendario a partir de la fecha de "
        f"este aviso. Llame o escriba a {ORG}, Attn: Appeals, {ORG_ADDR}. Si esperar pudiera dañar su salud, "
        "pida una apelación rápida; decidiremos dentro de 72 horas. Para seguir recibiendo un servicio durante "
        "la apelación, pídalo dentro de 10 días calendario. Después de la apelación, puede pedir una Audiencia "
        "Imparcial Estatal ante la Oficina de Tribunales Administrativos dentro de 120 días calendario."],
        size=9.3)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=ORG, member_id=f["mid"],
              member_name=MEMBER_ES, case_numbers=[pa], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=DOC,
              appeal_deadline=plus(f["notice"], 60).isoformat(), alternates={"provider": [DOC_BARE, CLINIC]})
    return pdf_bytes(d), t


def stack_residential(r):
    f = base(r, 2)
    pa = "UM" + pat(r, "9999999")
    start = plus(f["notice"], -r.randint(10, 18))
    end = plus(start, 20)
    sent = plus(f["notice"], -r.randint(4, 7))
    d = Page(footer=f"{ORG} - Provider copy")
    d.add_page()
    letterhead(d, ORG, ["Utilization Management", ORG_ADDR, "UM Fax 1-555-356-8810"], 2)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION - PROVIDER COPY", 11.5, "B")
    d.ln(1)
    lv(d, [("Notice date", fd(f["notice"], "iso")), ("Provider", IOP), ("Member", f["member"]),
           ("Medicaid ID", f["mid"]), ("Authorization request", pa), ("Request received", fd(sent, "iso")),
           ("Service", "Residential SUD treatment, ASAM level 3.5 (H2036)"),
           ("Dates of service", f"{fd(start, 'iso')} through {fd(end, 'iso')}"), ("Decision", "Denied")],
       w=46, size=9.4)
    paras(d, [
        "Reason: Residential substance use disorder treatment requires prior authorization within 1 business day "
        "of admission (10 CCR 2505-10, Section 8.746). The request was received after that time and no "
        "authorization was on file for these dates. The member may not be billed for these days.",
        "The member was sent a Notice of Adverse Benefit Determination. The member, or the provider with the "
        "member's written permission, may appeal within 60 calendar days from the date of this notice. A State "
        "Fair Hearing may be requested within 120 calendar days of the appeal decision."], size=9.4)
    dec = pdf_bytes(d)
    t_dec = truth("denial_letter", "prior_authorization", insurer=ORG, member_id=f["mid"], member_name=f["member"],
                  case_numbers=[pa], service_dates=[f"{start.isoformat()}/{end.isoformat()}"],
                  denial_date=f["notice"].isoformat(), provider=IOP,
                  appeal_deadline=plus(f["notice"], 60).isoformat())
    d = Page(serif=True)
    d.add_page()
    letterhead(d, IOP, ["2210 Riverbend Parkway, Fort Collins, CO 80599", "Admissions 1-555-482-7730"], 0)
    d.text_line(fd(sent, "slash"), 10)
    d.ln(3)
    addr(d, [f"{ORG} Utilization Management", "Fax 1-555-356-8810"])
    paras(d, [
        f"Re: {f['member']}, Medicaid ID {f['mid']}",
        f"We ask you to authorize residential treatment at ASAM level 3.5 from {fd(start, 'slash')} through "
        f"{fd(end, 'slash')}. The member came to us on a holiday weekend after two relapses in one month and "
        "could not be safely treated at a lower level. Our admissions line was unable to reach your on-call "
        "reviewer that weekend. The ASAM assessment and nursing notes are attached.",
        "Thank you for your review.", "Desmond O. Farraday, LAC, Clinical Director", IOP], size=10)
    req = pdf_bytes(d)
    t_req = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"],
                  service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=sent.isoformat(),
                  provider=IOP, unscored=["insurer"])
    cov = cover(f"{IOP} - Admissions", f"{ORG} Utilization Management", "1-555-482-7731", "1-555-356-8810",
                fd(f["notice"], "slash"), 3, "Determination on your residential request, with your letter attached.")
    return [(dec, t_dec), (req, t_req)], [cov, None]


def doc_oon_photo(r):
    f = base(r, 3)
    ref = "REF-" + pat(r, "999999")
    planned = plus(f["notice"], r.randint(5, 12))
    d = Page(serif=True, footer=f"{ORG} - {PROGRAM}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Support {f['phone']}"], 1)
    d.text_line(fd(f["notice"], "dmy"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']}:",
        f"Your counselor at {THER} asked us on your behalf to cover weekly family therapy sessions starting "
        f"{fd(planned, 'dmy')}. We looked at this request, which we filed under reference {ref}, and we cannot "
        "approve it.",
        f"{THER} is not enrolled with Health First Colorado and is not in our provider network. We can only pay "
        "out-of-network providers when no network provider can give you the care you need. We found three "
        "family therapists in our network within 20 miles of your home who are taking new members, and our "
        "care coordinator can help you make an appointment with one of them.",
        f"Your Medicaid ID is {f['mid']}. If you do not agree with this decision, you may appeal within 60 "
        "calendar days from the date of this notice. If your health could be seriously harmed by waiting, ask "
        "for a fast appeal and we will decide within 72 hours. After the appeal, you may ask for a State Fair "
        "Hearing within 120 calendar days of our appeal decision.",
        "Sincerely,", "Care Coordination and Utilization Management", ORG], size=9.8)
    t = truth("denial_letter", "out_of_network", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[ref], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=THER, appeal_deadline=plus(f["notice"], 60).isoformat())
    return pdf_bytes(d), t


def doc_appeal_upheld(r):
    f = base(r, 4)
    notice = f["notice"]
    first = plus(notice, -r.randint(30, 40))
    got = plus(first, r.randint(6, 12))
    appeal, pa = "APL-26-" + pat(r, "99999"), "UM" + pat(r, "9999999")
    a, b = plus(notice, 5), plus(notice, 40)
    d = Page(footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, ORG, ["Appeals Department", ORG_ADDR, f"Member Support {f['phone']}"], 2)
    d.text_line("NOTICE OF APPEAL RESOLUTION", 12.5, "B")
    d.ln(1)
    lv(d, [("Date", fd(notice, "mon")), ("Member", f["member"]), ("Medicaid ID", f["mid"]),
           ("Appeal number", appeal), ("Original request", pa), ("Appeal received", fd(got, "mon")),
           ("Provider", CLINIC)], w=40, size=9.4)
    paras(d, [
        f"We received your appeal of our notice dated {fd(first, 'long')} that denied a partial hospitalization "
        f"program at {CLINIC} from {fd(a, 'long')} to {fd(b, 'long')}. A psychiatrist who was not part of the first "
        "decision reviewed your records and the letter from your therapist.",
        "#Decision: DENIAL UPHELD",
        "Partial hospitalization is for people who need daily treatment to stay out of the hospital. Your records "
        "show you are stable on your medicine and attend your outpatient visits. Partial hospitalization is not "
        "medically necessary. Outpatient therapy and medication management remain approved.",
        "#What you can do next",
        "You may ask for a State Fair Hearing with the Office of Administrative Courts within 120 calendar days "
        "from the date of this letter. You may ask for continued benefits during the hearing within 10 calendar "
        "days from the date of this letter. The Ombudsman for Managed Care can help you for free: 1-555-303-1422."],
        size=9.4)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[appeal, pa], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=notice.isoformat(), provider=CLINIC, appeal_deadline=None,
              denial_alternates=["level_of_care"],
              alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


def doc_approval_lowres(r):
    f = base(r, 5)
    pa = "UM" + pat(r, "9999999")
    a, b = plus(f["notice"], 2), plus(f["notice"], 182)
    d = Page(footer=f"{ORG}  {PROGRAM}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Support {f['phone']}  State Relay 711"], 0)
    d.text_line("NOTICE OF APPROVAL", 12.5, "B")
    d.ln(2)
    y = d.get_y()
    addr(d, [f["member"].upper(), *[s.upper() for s in f["addr"]]])
    d.set_y(y)
    lv(d, [("DATE", fd(f["notice"], "upper")), ("MEDICAID ID", f["mid"]), ("AUTH NO.", pa),
           ("DOB", fd(f["dob"], "upper"))], w=28, size=9, x=118)
    d.ln(2)
    d.table(["Service", "Requested", "Approved", "From", "To", "Provider"],
            [["Outpatient therapy 90837", "26 visits", "26 visits", fd(a, "upper"), fd(b, "upper"), THER]],
            [44, 20, 20, 24, 24, 50], size=8.2)
    paras(d, [
        "Good news: we approved the service listed above. You do not need to do anything. Bring your Health First "
        "Colorado card to your visits. If your provider asks for more visits, we will send you a new notice.",
        "This approval is not a guarantee of payment if you lose Health First Colorado eligibility."], size=9.4)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[pa],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=f["notice"].isoformat(),
              provider=THER)
    return pdf_bytes(d), t


def doc_claims_scan(r):
    f = base(r, 6)
    c1, c2, c3 = (pat(r, "2026999999999") for _ in range(3))
    d1 = plus(f["notice"], -r.randint(150, 170))
    d2, d3 = plus(f["notice"], -r.randint(30, 40)), plus(f["notice"], -r.randint(12, 20))
    amt1, amt2, amt3 = fee(r, 140, 260), fee(r, 90, 180), fee(r, 140, 260)
    proc = plus(f["notice"], -2)
    d = Page(footer=f"{ORG} - Claims Notice")
    d.add_page()
    letterhead(d, ORG, [f"{PROGRAM} Behavioral Health Claims", ORG_ADDR, f"Claims line {f['phone']}"], 1)
    d.text_line("CLAIMS DECISION NOTICE", 12.5, "B")
    d.ln(1)
    lv(d, [("Statement date", fd(f["notice"], "slash")), ("Member", f["member"]), ("Medicaid ID", f["mid"]),
           ("Provider", CLINIC), ("Processed period", f"{fd(plus(proc, -6), 'slash')} - {fd(proc, 'slash')}")],
       w=40, size=9.2)
    d.table(["Claim #", "Service date", "Service", "Billed", "Paid", "Status"],
            [[c1, fd(d1, "slash"), "90834 Psychotherapy", usd(amt1), "$0.00", "DENIED - T1"],
             [c2, fd(d2, "slash"), "90832 Psychotherapy", usd(amt2), usd(round(amt2 * 0.6, 2)), "PAID"],
             [c3, fd(d3, "slash"), "90834 Psychotherapy", usd(amt3), usd(round(amt3 * 0.6, 2)), "PAID"]],
            [40, 24, 40, 24, 24, 28], size=8.4)
    paras(d, [
        "T1: The claim was received more than 120 days after the date of service. Health First Colorado claims "
        "must be filed within 120 days (timely filing). You are not responsible for this amount; the provider "
        "may not bill you.",
        "If you disagree with the denial of a claim on this notice, you may appeal within 60 calendar days from "
        "the date of this notice. You may ask for a State Fair Hearing within 120 calendar days of the appeal "
        "decision."], size=9.2)
    t = truth("eob", "timely_filing", insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[c1],
              claim_amount=f"{amt1:.2f}", service_dates=[d1.isoformat()], denial_date=f["notice"].isoformat(),
              provider=CLINIC, appeal_deadline=plus(f["notice"], 60).isoformat())
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_residential(r(2))
    return [
        Item(f"{FAMILY}_bd_iop_level_of_care", "born_digital", [doc_iop_bd(r(0))]),
        Item(f"{FAMILY}_copy_aviso_es_psych_testing", "photocopy", [doc_testing_es(r(1))]),
        Item(f"{FAMILY}_faxstd_stack_residential_no_pa_and_request", "fax_standard_g4", docs, separators=seps),
        Item(f"{FAMILY}_photo_out_of_network_prose", "phone_photo", [doc_oon_photo(r(3))]),
        Item(f"{FAMILY}_rotated_appeal_upheld_php", "rotated", [doc_appeal_upheld(r(4))]),
        Item(f"{FAMILY}_lowres_therapy_approved", "scan_lowres_150", [doc_approval_lowres(r(5))]),
        Item(f"{FAMILY}_scan300_claims_notice_timely_filing", "scan_clean_300", [doc_claims_scan(r(6))]),
    ]
