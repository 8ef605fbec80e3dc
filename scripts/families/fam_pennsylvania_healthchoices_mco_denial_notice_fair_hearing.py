"""Family 'pennsylvania_healthchoices_mco_denial_notice_fair_hearing': an invented Pennsylvania Medical Assistance
HealthChoices physical-health managed care organization (Laurel Gorge Health Partners) writing the notices such a
plan sends: a DENIAL NOTICE in the structure of the HealthChoices template (what was asked for, what we decided, why,
what the decision is based on, then the grievance, fair hearing, continued-benefits and expedited rights), with the
grievance decision letter and the member/provider paper around it.

Documents: a born-digital denial of a continuous glucose monitor (not medically necessary); the endocrinologist's
scanned letter asking for a grievance for the member (denies nothing); a photocopied grievance decision upholding a
hyperbaric oxygen denial, told only in sentences (its next steps are the external grievance review and fair hearing,
so no appeal deadline); a standard-fax stack of a cover sheet, a two-page notice refusing payment for a sleep study
done without prior authorization and the member's filled grievance request form; a phone photo of a Spanish notice
refusing an out-of-network specialist; a sideways notice approving a skilled nursing facility stay instead of the
inpatient rehabilitation requested; a low-resolution approval notice for physical therapy (denies nothing).
Decoys: date of birth, NPI, request-received dates, ACCESS card numbers, form numbers, 10-day continued-benefits,
15-day external grievance, 120-day fair hearing and 72-hour limits, Member Services and TTY numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcx_famcxa import Page, cover, fd, fee, lv, paras, pat, pdf_bytes, ph, plus, sidebar, usd

FAMILY = "pennsylvania_healthchoices_mco_denial_notice_fair_hearing"
LANG = "en"
SEED = 348100
ORG = "Laurel Gorge Health Partners"
PROG = "Pennsylvania Medical Assistance HealthChoices"
ADDR = "PO Box 61840, Harrisburg, PA 17106"
GRV = f"{ORG}, Complaints and Grievances Unit, {ADDR}"
FORM = "LGHP-DN-01 (Rev. 01/2026)"
MEMBERS = ["Rosalind E. Yarborough", "Obinna K. Featherstone", "Paulette J. Kowalczyk", "Lamar T. Blackwood",
           "Xiomara L. Acevedo", "Tobias R. Lindgren", "Colleen A. Dunleavy"]
ENDO, ENDO_BARE = "Helena M. Voss, MD", "Helena M. Voss"
HBO, HBO_BARE = "Grant W. Okonkwo, MD", "Grant W. Okonkwo"
SLEEP = "Schuylkill Bend Sleep Center"
PEDS, PEDS_BARE = "Dra. Teresa Ibarra", "Teresa Ibarra"
REHAB = "Conodoguinet Valley Rehabilitation Hospital"
PT = "Blue Marsh Physical Therapy"


def base(r: random.Random, k: int) -> dict:
    return dict(date=dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 120)), member=MEMBERS[k],
                mid=pat(r, "99 9999 9999"), dob=dt.date(r.randint(1958, 2008), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"), phone=ph(r), ref=pat(r, "PA26-9999999"),
                street=f"{r.randint(100, 2900)} {r.choice(['Market St', 'Locust Ave', 'N 3rd St', 'Walnut Ln'])}",
                city=r.choice(["Lebanon, PA 17042", "Pottsville, PA 17901", "Carlisle, PA 17013"]))


def letterhead(d: Page, style: int, phone: str) -> None:
    if style == 0:
        d.text_line(ORG.upper(), 17, "B", h=8)
        d.text_line(f"A {PROG} Plan", 9, h=4.5)
        d.text_line(f"{ADDR}  |  Member Services {phone}  |  TTY 711", 8.4, h=4.5)
        d.rule(0.8, 4)
    elif style == 1:
        d.text_line(ORG, 15, "B", "C", h=7)
        d.text_line("HealthChoices Physical Health", 9.5, align="C", h=5)
        d.text_line(ADDR, 8.6, align="C", h=4.4)
        d.ln(5)
    else:
        d.font(20, "B")
        d.cell(22, 11, "LG", border=1, align="C")
        d.set_x(d.l_margin + 26)
        d.font(12.5, "B")
        d.cell(0, 6, ORG, new_x="LMARGIN", new_y="NEXT")
        d.set_x(d.l_margin + 26)
        d.font(8.5)
        d.cell(0, 5, f"{PROG}  -  {ADDR}", new_x="LMARGIN", new_y="NEXT")
        d.ln(6)


def rights(d: Page, deadline: str, size: float = 9.2) -> None:
    paras(d, [
        "#If you do not agree with this decision",
        f"You may ask for a Grievance. {deadline} You can call Member Services or write to {GRV}. Your provider "
        "can file a grievance for you if you give written permission.",
        "#Fair Hearing",
        "After you receive our grievance decision, you may ask the Department of Human Services for a Fair "
        "Hearing. You must ask within 120 days from the mail date on the grievance decision notice.",
        "#Continued services",
        "If this notice ends or reduces a service you already get, your services will continue if you file a "
        "grievance that is hand-delivered or postmarked within 10 days of the mail date on this notice.",
        "#Expedited (fast) grievance",
        "If your doctor or dentist believes the usual timeframe could harm your health, call us to ask for an "
        "expedited grievance. We will decide within 72 hours of getting it."], size=size)


def doc_cgm(r: random.Random):
    f = base(r, 0)
    got = plus(f["date"], -r.randint(4, 9))
    start = plus(f["date"], r.randint(7, 15))
    d = Page(footer=f"{FORM}    Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, 0, f["phone"])
    d.text_line("DENIAL NOTICE", 14, "B", "C", h=8)
    d.ln(2)
    d.boxes([("Mail date", fd(f["date"], "long"), 52), ("Member name", f["member"], 70),
             ("Member ID (ACCESS card)", f["mid"], 52)])
    d.boxes([("Date of birth", fd(f["dob"], "slash"), 52), ("Prescriber", ENDO, 70), ("Prescriber NPI", f["npi"], 52)])
    d.boxes([("Request number", f["ref"], 52), ("Date request received", fd(got, "slash"), 70),
             ("Requested start", fd(start, "slash"), 52)])
    d.ln(4)
    paras(d, [
        f"Dear {f['member']}:",
        "#What was asked for",
        "A continuous glucose monitoring system with a receiver and a 90-day supply of sensors (HCPCS E2103, "
        "A4239), ordered by your endocrinologist.",
        "#What we decided",
        "This request is DENIED.",
        "#Why",
        "Your records show type 2 diabetes treated with metformin and one injection of long-acting insulin a day, "
        "with finger-stick testing twice a day and no low blood sugar episodes reported. The plan covers a "
        "continuous glucose monitor when a member uses insulin three or more times a day or an insulin pump, or "
        "has had low blood sugar episodes that needed help. The monitor is not medically necessary for you now.",
        "#What we based our decision on",
        "Laurel Gorge Health Partners Medical Policy MP-DME-114, Continuous Glucose Monitoring; 55 Pa. Code "
        "Chapter 1123. The decision was made by Clifford N. Rinaldi, MD, a physician reviewer."], size=9.3)
    rights(d, "You must ask within 60 days of the date of this notice.")
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"].replace(" ", ""),
              member_name=f["member"], case_numbers=[f["ref"]], service_dates=[start.isoformat()],
              denial_date=f["date"].isoformat(), provider=ENDO, appeal_deadline=plus(f["date"], 60).isoformat(),
              alternates={"provider": [ENDO_BARE], "service_dates": [[]]})
    return pdf_bytes(d), t, f, start


def doc_provider_letter(r: random.Random, cgm: dict, start: dt.date):
    date = plus(cgm["date"], r.randint(9, 16))
    d = Page(serif=True)
    d.add_page()
    d.text_line("Tulpehocken Endocrine & Diabetes Associates", 14, "B", h=7)
    d.text_line("410 Cumberland Street, Suite 2  -  Lebanon, PA 17042  -  Tel 1-555-274-8100  -  Fax 1-555-274-8199",
                8.4, h=4.4)
    d.rule(0.4, 6)
    d.text_line(fd(date, "abbr"), 10.5, h=6)
    d.ln(3)
    for ln in ["Complaints and Grievances Unit", ORG, ADDR]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(4)
    lv(d, [("RE:", f"{cgm['member']}  (DOB {fd(cgm['dob'], 'slash')})"), ("Recipient ID:", cgm["mid"]),
           ("Your reference:", cgm["ref"]), ("Denial notice dated:", fd(cgm["date"], "slash"))], w=40, size=10)
    d.ln(3)
    paras(d, [
        "To the Grievance Review Committee:",
        f"I am writing, with my patient's written permission (enclosed), to file a grievance about your decision "
        f"to deny a continuous glucose monitor with sensors that I ordered to begin on {fd(start, 'long')}.",
        "Since the request was sent, her insulin was changed to a basal-bolus regimen with mealtime insulin three "
        "times a day. She had two episodes of low blood sugar in the last month, one of which needed help from "
        "her daughter. These facts meet the criteria in your own policy. I also ask that a physician who "
        "specializes in endocrinology take part in the grievance review.",
        "Please contact my office at the number above with any questions. Thank you for your review.",
        "Sincerely,", "", ENDO, "NPI " + cgm["npi"]], size=10.3)
    t = truth("other", None, insurer=None, member_id=cgm["mid"].replace(" ", ""), member_name=cgm["member"],
              case_numbers=[cgm["ref"]], service_dates=[start.isoformat()], denial_date=date.isoformat(),
              provider=ENDO, unscored=["insurer"],
              alternates={"provider": [ENDO_BARE], "denial_date": [cgm["date"].isoformat()]})
    return pdf_bytes(d), t


def doc_grievance_decision(r: random.Random):
    f = base(r, 1)
    first = plus(f["date"], -r.randint(40, 55))
    got = plus(first, r.randint(12, 20))
    a = plus(f["date"], r.randint(6, 12))
    b = plus(a, 39)
    gno = pat(r, "GRV-26-99999")
    d = Page(serif=True, footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, 1, f["phone"])
    d.text_line(fd(f["date"], "long"), 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], f["street"], f["city"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(5)
    paras(d, [
        f"Dear {f['member']}:",
        f"We received your grievance on {fd(got, 'long')}. Your grievance was about our notice dated "
        f"{fd(first, 'long')} that denied 20 sessions of hyperbaric oxygen therapy asked for by {HBO}. The "
        f"sessions were planned from {fd(a, 'long')} through {fd(b, 'long')}. Your grievance number is {gno} and "
        f"the request number is {f['ref']}. Your Medical Assistance ID is {f['mid']}.",
        "A committee of three people who were not involved in the first decision met on the date of this letter. "
        "One of them is a licensed physician who practices wound care. You and your doctor were invited to take "
        "part by phone.",
        "The committee decided to uphold the denial. Your foot wound has been treated for three weeks. Hyperbaric "
        "oxygen therapy is covered for a diabetic foot wound that has not healed after 30 days of standard wound "
        "care and that reaches the bone or deeper tissue. Your records show the wound is getting smaller with "
        "standard care and does not reach the bone. The sessions are not medically necessary at this time. Your "
        "doctor may ask again if the wound stops healing.",
        "If you do not agree with this decision, you may ask for an external grievance review by an independent "
        "reviewer. You must ask within 15 days from the date you receive this letter. You may also ask for a Fair "
        "Hearing from the Department of Human Services within 120 days from the mail date on this letter. If you "
        "ask for both, the Fair Hearing will be decided first. If you need help, call Member Services at "
        f"{f['phone']} (TTY 711) or the Pennsylvania Health Law Project at 1-555-236-6310.",
        "Sincerely,", "Complaints and Grievances Unit", ORG], size=10)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"].replace(" ", ""),
              member_name=f["member"], case_numbers=[gno, f["ref"]], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["date"].isoformat(), provider=HBO, appeal_deadline=None,
              alternates={"provider": [HBO_BARE], "case_numbers": [[gno]]})
    return pdf_bytes(d), t


def stack_sleep(r: random.Random):
    f = base(r, 2)
    svc = plus(f["date"], -r.randint(25, 45))
    clm = pat(r, "2026099999999")
    billed = fee(r, 1600, 3400)
    d = Page(footer=f"{FORM} - Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, 2, f["phone"])
    d.text_line("DENIAL NOTICE - PAYMENT FOR A SERVICE YOU RECEIVED", 12, "B", h=7)
    d.ln(2)
    y0 = d.get_y()
    for ln in [f["member"].upper(), f["street"].upper(), f["city"].upper()]:
        d.text_line(ln, 10, h=5)
    d.set_y(y0)
    lv(d, [("Mail Date", fd(f["date"], "upper")), ("Member ID", f["mid"]), ("Claim No.", clm),
           ("Date of Birth", fd(f["dob"], "upper"))], w=28, size=9.2, x=118)
    d.ln(6)
    d.table(["Date of service", "Service", "Provider", "Billed", "Plan paid"],
            [[fd(svc, "upper"), "Polysomnography, attended (95810)", SLEEP, usd(billed, "nosign"), "0.00"]],
            [28, 58, 56, 20, 18], size=8.6)
    paras(d, [
        "#What we decided",
        "We will not pay for this service.",
        "#Why",
        "An attended sleep study in a sleep center needs approval from us before it is done (prior authorization). "
        "We did not get a request for approval before the date of service, and no approval is on file. Because "
        "the provider is in our network, the provider may not bill you for this service.",
        "#What we based our decision on",
        "Laurel Gorge Health Partners Provider Manual, Section 7, Services Requiring Prior Authorization."],
        size=9.3)
    d.add_page()
    rights(d, "You must ask within 60 days from the date you get this notice.", 9.4)
    den = pdf_bytes(d)
    t_den = truth("denial_letter", "prior_authorization", insurer=ORG, member_id=f["mid"].replace(" ", ""),
                  member_name=f["member"], case_numbers=[clm], claim_amount=f"{billed:.2f}",
                  service_dates=[svc.isoformat()], denial_date=f["date"].isoformat(), provider=SLEEP,
                  appeal_deadline=None, alternates={"appeal_deadline": [plus(f["date"], 60).isoformat()]})
    # member's grievance request form
    filed = plus(f["date"], r.randint(8, 20))
    d = Page(footer="LGHP-GR-02  Grievance Request Form")
    d.add_page()
    letterhead(d, 1, f["phone"])
    d.text_line("GRIEVANCE REQUEST FORM", 13, "B", "C", h=7)
    d.ln(3)
    d.boxes([("Member name", f["member"], 90), ("Member ID", f["mid"], 84)])
    d.boxes([("Date of birth", fd(f["dob"], "slash"), 60), ("Phone", ph(r), 60), ("Today's date", fd(filed, "slash"), 54)])
    d.boxes([("Notice or claim number you disagree with", clm, 110), ("Date of notice", fd(f["date"], "slash"), 64)])
    d.ln(4)
    d.text_line("Tell us why you disagree:", 10, "B", h=6)
    d.para(f"My doctor sent me to {SLEEP} on {fd(svc, 'slash')} and the sleep center said the plan had approved "
           "it. I stopped breathing many times at night. I should not be blamed for the paperwork. Please pay the "
           "claim.", 10.5)
    d.ln(6)
    d.text_line("Signature: ____________________________", 10, h=8)
    frm = pdf_bytes(d)
    t_frm = truth("other", None, insurer=ORG, member_id=f["mid"].replace(" ", ""), member_name=f["member"],
                  case_numbers=[clm], service_dates=[svc.isoformat()], denial_date=filed.isoformat(), provider=SLEEP,
                  alternates={"denial_date": [f["date"].isoformat()], "insurer": [None]})
    cov = cover("Laurel Gorge Complaints & Grievances", f"{f['member']} (member)", "1-555-718-2044", "(none)",
                fd(filed, "slash"), 4, "Grievance about the sleep study bill. The denial notice and my form are "
                "attached.")
    return [(den, t_den), (frm, t_frm)], [cov, "duplex"]


def doc_es(r: random.Random):
    f = base(r, 4)
    got = plus(f["date"], -r.randint(3, 8))
    appt = plus(f["date"], r.randint(10, 25))
    d = Page(footer="LGHP-DN-01S  Página {p} de {n}")
    d.add_page()
    letterhead(d, 0, f["phone"])
    d.text_line("AVISO DE DENEGACIÓN", 14, "B", "C", h=8)
    d.ln(2)
    lv(d, [("Fecha del aviso:", fd(f["date"], "es")), ("Nombre del miembro:", f["member"]),
           ("Número de identificación:", f["mid"]), ("Fecha de nacimiento:", fd(f["dob"], "es")),
           ("Número de solicitud:", f["ref"]), ("Proveedor que lo pidió:", PEDS),
           ("Fecha en que recibimos la solicitud:", fd(got, "es"))], w=66, size=9.4)
    d.ln(3)
    paras(d, [
        f"Estimado(a) {f['member']}:",
        "#Lo que se pidió",
        "Una consulta con un neurólogo pediátrico fuera de nuestra red, Allegheny Summit Children's Neurology, "
        f"para la cita del {fd(appt, 'es')}.",
        "#Lo que decidimos",
        "Esta solicitud ha sido DENEGADA.",
        "#Por qué",
        "Este proveedor no participa en la red de Laurel Gorge Health Partners. Tenemos neurólogos pediátricos "
        "de la red a menos de 30 millas de su casa que pueden verle dentro de los plazos exigidos. Solo "
        "aprobamos un proveedor fuera de la red cuando no hay un proveedor de la red que pueda prestar el "
        "servicio.",
        "#Sus derechos",
        "Puede presentar una queja formal (Grievance) dentro de 60 días a partir de la fecha de este aviso. "
        "Después de la decisión de la queja formal, puede pedir una Audiencia Imparcial (Fair Hearing) dentro "
        "de 120 días. Si su salud corre peligro, pida una queja formal acelerada; la decidimos en 72 horas. "
        f"Llame a Servicios para Miembros al {f['phone']} (TTY 711)."], size=9.3)
    t = truth("denial_letter", "out_of_network", lang="es", insurer=ORG, member_id=f["mid"].replace(" ", ""),
              member_name=f["member"], case_numbers=[f["ref"]], service_dates=[appt.isoformat()],
              denial_date=f["date"].isoformat(), provider=PEDS, appeal_deadline=plus(f["date"], 60).isoformat(),
              alternates={"provider": [PEDS_BARE, "Allegheny Summit Children's Neurology"]})
    return pdf_bytes(d), t


def doc_loc(r: random.Random):
    f = base(r, 5)
    adm = plus(f["date"], r.randint(1, 3))
    d = Page(footer=f"{FORM}")
    d.add_page()
    letterhead(d, 2, f["phone"])
    y0, y1 = sidebar(d, [("Date of notice", fd(f["date"], "iso")), ("Member", f["member"]), ("ID", f["mid"]),
                         ("Request #", f["ref"]), ("Admit date", fd(adm, "iso")), ("Born", fd(f["dob"], "iso")),
                         ("Facility NPI", f["npi"])])
    d.set_xy(74, y0)
    d.set_left_margin(74)
    d.text_line("DENIAL NOTICE", 13, "B", h=7)
    d.text_line("(Different level of care approved)", 9, h=5)
    d.ln(2)
    paras(d, [
        f"{REHAB} asked us to approve an admission to an inpatient rehabilitation hospital after your hip "
        "fracture surgery.",
        "#What we decided",
        "We DENIED the inpatient rehabilitation hospital admission. We APPROVED care in a skilled nursing "
        "facility instead.",
        "#Why",
        "Inpatient rehabilitation is for patients who can take part in at least three hours of therapy a day, "
        "five days a week. Your therapy notes show you can do about one hour a day. Your needs can be met "
        "safely in a skilled nursing facility, which is a lower level of care.",
        "#Based on",
        "InterQual Rehabilitation criteria and 55 Pa. Code 1163."], size=9.2)
    d.set_left_margin(18)
    d.set_y(max(d.get_y(), y1) + 2)
    rights(d, "You must ask within 60 days of the date of this notice.", 8.9)
    t = truth("denial_letter", "level_of_care", insurer=ORG, member_id=f["mid"].replace(" ", ""),
              member_name=f["member"], case_numbers=[f["ref"]], service_dates=[adm.isoformat()],
              denial_date=f["date"].isoformat(), provider=REHAB, appeal_deadline=plus(f["date"], 60).isoformat())
    return pdf_bytes(d), t


def doc_approval(r: random.Random):
    f = base(r, 6)
    a = plus(f["date"], r.randint(3, 8))
    b = plus(a, 55)
    d = Page(footer="LGHP-AP-01")
    d.add_page()
    letterhead(d, 1, f["phone"])
    d.text_line(fd(f["date"], "nopad"), 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], f["street"], f["city"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(4)
    d.text_line("APPROVAL NOTICE", 13, "B", h=7)
    d.para(f"Good news. We approved the service below for {f['member']} (ID {f['mid']}).", 10)
    d.table(["Approval #", "Service", "Visits", "From", "Through", "Provider"],
            [[f["ref"], "Physical therapy (97110, 97140)", "12", fd(a, "nopad"), fd(b, "nopad"), PT]],
            [28, 52, 14, 22, 22, 36], size=8.4)
    paras(d, [
        "Please keep this letter. If you need more visits after the approved dates, your therapist must ask us "
        "before the last visit. Your copay is $0. Questions? Call Member Services at " + f["phone"] + " (TTY 711)."],
        size=9.8)
    t = truth("other", None, insurer=ORG, member_id=f["mid"].replace(" ", ""), member_name=f["member"],
              case_numbers=[f["ref"]], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["date"].isoformat(), provider=PT)
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    cgm_pdf, cgm_t, cgm, start = doc_cgm(r(0))
    docs, seps = stack_sleep(r(3))
    return [
        Item(f"{FAMILY}_bd_cgm_denial_notice", "born_digital", [(cgm_pdf, cgm_t)]),
        Item(f"{FAMILY}_scan300_endocrinologist_grievance_letter", "scan_clean_300",
             [doc_provider_letter(r(1), cgm, start)]),
        Item(f"{FAMILY}_copy_grievance_decision_hbo_upheld_prose", "photocopy", [doc_grievance_decision(r(2))]),
        Item(f"{FAMILY}_faxstd_stack_sleep_study_denial_and_grievance_form", "fax_standard_g4", docs,
             separators=seps),
        Item(f"{FAMILY}_photo_aviso_es_out_of_network_neurology", "phone_photo", [doc_es(r(4))]),
        Item(f"{FAMILY}_rotated_rehab_denied_snf_approved_sidebar", "rotated", [doc_loc(r(5))]),
        Item(f"{FAMILY}_lowres_pt_approval_notice", "scan_lowres_150", [doc_approval(r(6))]),
    ]
