"""Family 'new_mexico_medicaid_managed_care_notice_of_action_es': an invented New Mexico Medicaid (Turquoise Care)
managed care organization's Notice of Action, in the structure of the state's MCO notice (the action, the services and
hours, the reason and the rule, how to appeal within 60 days, the state fair hearing after the appeal (90 days),
continuation of benefits when the appeal is filed within 10 days or before the change, expedited 72-hour appeal), with
its English/Spanish bilingual and Spanish-only versions.

Documents: a born-digital bilingual notice reducing personal care services (PCS) hours (bilingual labels); a phone
photo of a Spanish-only notice reducing home health aide visits; a photocopied letter from the PCS agency asking the
plan to restore the hours (denies nothing); a fine-fax Notice of Appeal Resolution upholding the PCS reduction; a
low-resolution Notice of Appeal Resolution reversing a home health reduction, told in sentences (denies nothing); a
scanned stack of a notice reducing PCS hours (duplex back) and the plan's confirmation that benefits continue during
the appeal, printed upside down (denies nothing); a sideways Spanish notice denying a request for more PCS hours.
Issuer (invented): Rio Encantado Health Plan. State pieces (Health Care Authority Fair Hearings Bureau, NMAC and CFR
citations) are public structure; every person, ID, phone (1-555) and date is invented.
Decoys: DOB, state Medicaid ID beside the plan's member ID, assessment dates, request-received dates, effective dates,
NMAC/CFR citations, 10-day continuation, 90-day fair hearing and 72-hour limits, provider Medicaid IDs, phones.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, iso, pdf_bytes, truth

FAMILY = "new_mexico_medicaid_managed_care_notice_of_action_es"
LANG = "en"
SEED = 347200
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MCO = "Rio Encantado Health Plan"
MCO_ADDR = "PO Box 26310, Albuquerque, NM 87199"
PCS_AGENCY = "Sandia Crest Home Care Agency"
HHA = "Piñon Ridge Home Health"
PCP = "Marisela D. Trujillo, MD"
MEMBERS = ["Eusebio T. Archuleta", "Guadalupe M. Sandoval", "Ramón F. Chávez", "Luz A. Montoya",
           "Efraín J. Baca", "Itzel R. Gallegos", "Héctor L. Vigil"]
RULE_PCS = "8.308.12 NMAC (Community Benefit) and 42 CFR 438.210"
RULE_APPEAL = "8.308.15 NMAC and 42 CFR 438.404 and 438.420"


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", **kw)
        self.add_font("DejaVu", "B", BOLD)


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def facts(k, ds):
    r = random.Random(SEED + k)
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 170))
    eff = notice + dt.timedelta(days=r.randint(11, 20))
    return dict(r=r, ds=ds, notice=notice, member=MEMBERS[k], eff=eff,
                end=dt.date(eff.year, 12, 31) if eff.month < 7 else dt.date(eff.year + 1, 6, 30),
                assess=notice - dt.timedelta(days=r.randint(10, 30)),
                received=notice - dt.timedelta(days=r.randint(4, 12)),
                dob=dt.date(r.randint(1938, 1975), r.randint(1, 12), r.randint(1, 28)),
                mid="REH" + dg(r, 8), mcd=dg(r, 10), noa="NOA-" + str(notice.year) + "-" + dg(r, 6),
                auth="PA" + dg(r, 8), appeal="APL-" + dg(r, 7), phone=f"1-555-0{dg(r, 2)}-{dg(r, 4)}",
                prov_id="NMPID " + dg(r, 6), old=r.choice([32, 35, 38]), new=r.choice([18, 21, 24]))


def D(f, d, style=None):
    return fmt_date(d, style or f["ds"])


def head(d, f, es=False):
    d.set_fill_color(30, 30, 30)
    d.rect(d.l_margin, d.get_y(), d.w - d.l_margin - d.r_margin, 1.5, "F")
    d.ln(3)
    y0 = d.get_y()
    d.font(16, "B")
    d.cell(110, 8, "Río Encantado" if es else "Rio Encantado")
    d.font(8.5)
    d.cell(0, 4.5, "A Turquoise Care managed care organization", align="R")
    d.set_xy(d.l_margin, y0 + 8)
    d.font(10)
    d.cell(110, 5, "Health Plan")
    d.font(8.5)
    d.cell(0, 4.5, f"{MCO_ADDR}   {f['phone']} (TTY 711)", align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)


def addr(d, f):
    r = random.Random(f["noa"])
    for ln in (f["member"], f"{r.randint(100, 9900)} Calle del Arroyo Seco", "Las Cruces, NM 88001"):
        d.text_line(ln, 10)
    d.ln(3)


def kv(d, rows, w1=58, size=9.3):
    for a, b in rows:
        d.font(size - 0.8)
        d.cell(w1, 5.2, a)
        d.font(size, "B")
        d.cell(0, 5.2, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def rights_en(d, f, size=8.8):
    d.text_line("YOUR RIGHTS", 10, "B")
    d.para(f"Appeal. If you do not agree with this action, you may ask {MCO} for an appeal within 60 calendar "
           "days of the date of this notice. You can appeal by phone or in writing. Someone you choose, including your "
           "provider, can appeal for you with your written consent.", size)
    d.para(f"Keep your services during the appeal. If you file the appeal within 10 days of the date of this notice "
           f"or before {D(f, f['eff'])}, whichever is later, and ask for it, your current services will continue "
           "until the appeal is decided. If the appeal is not in your favor, you may have to pay for the services "
           "you received while it was pending.", size)
    d.para("Fast appeal. If waiting could seriously harm your life, health or ability to function, ask for an "
           "expedited appeal. We will decide within 72 hours.", size)
    d.para("State fair hearing. After you receive our appeal decision, you may ask the New Mexico Health Care "
           "Authority Fair Hearings Bureau for a fair hearing within 90 days of the date of the appeal decision. "
           f"Legal basis: {RULE_APPEAL}.", size)


def rights_es(d, f, size=8.8):
    d.text_line("SUS DERECHOS", 10, "B")
    d.para(f"Apelación. Si no está de acuerdo con esta acción, puede pedir una apelación a {MCO} dentro de 60 días "
           "calendario a partir de la fecha de este aviso. Puede apelar por teléfono o por escrito.", size)
    d.para(f"Continuar sus servicios. Si presenta la apelación dentro de 10 días a partir de la fecha de este aviso o "
           f"antes del {D(f, f['eff'], 'es')}, sus servicios actuales continuarán hasta que se decida la apelación.",
           size)
    d.para("Apelación rápida: si esperar pone en grave riesgo su salud, pida una apelación acelerada. Decidiremos "
           "en 72 horas. Audiencia imparcial: después de nuestra decisión, puede pedir una audiencia imparcial a la "
           "Oficina de Audiencias Imparciales (Fair Hearings Bureau) de la Health Care Authority dentro de 90 días.",
           size)


# ---- 1: bilingual notice reducing PCS hours ---------------------------------------------------------------------
def doc_bilingual_pcs():
    f = facts(0, "long")
    d = Page(footer="Rio Encantado Health Plan  |  {p}/{n}")
    d.add_page()
    head(d, f)
    d.text_line(D(f, f["notice"]) + "  /  " + D(f, f["notice"], "es"), 10)
    d.ln(2)
    addr(d, f)
    d.text_line("NOTICE OF ACTION  /  AVISO DE ACCIÓN", 13, "B")
    d.ln(1)
    kv(d, [("Member / Miembro", f["member"]), ("Member ID / Núm. de miembro", f["mid"]),
           ("Medicaid ID / Núm. de Medicaid", f["mcd"]), ("Date of birth / Fecha de nacimiento", D(f, f["dob"], "slash")),
           ("Notice number / Núm. de aviso", f["noa"]), ("Authorization / Autorización", f["auth"]),
           ("Provider / Proveedor", f"{PCS_AGENCY} ({f['prov_id']})"),
           ("Service / Servicio", "Personal care services, agency-based (T1019)"),
           ("Effective / A partir del", D(f, f["eff"], "slash"))])
    d.set_fill_color(235, 235, 235)
    d.font(9.5, "B")
    d.multi_cell(0, 5.5, f"ACTION: We are REDUCING your personal care services from {f['old']} hours per week to "
                         f"{f['new']} hours per week for {D(f, f['eff'])} through {D(f, f['end'])}.", fill=True,
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para(f"Why: Your care coordinator completed a Comprehensive Needs Assessment in your home on "
           f"{D(f, f['assess'])}. It found that you now bathe and dress with standby help only and that a family "
           f"member prepares meals. The hours allowed for those tasks are lower. The decision follows {RULE_PCS}.",
           9.5)
    rights_en(d, f)
    d.add_page()
    d.text_line("EN ESPAÑOL", 12, "B")
    d.para(f"ACCIÓN: Vamos a REDUCIR sus servicios de cuidado personal de {f['old']} horas por semana a {f['new']} "
           f"horas por semana del {D(f, f['eff'], 'es')} al {D(f, f['end'], 'es')}.", 9.5)
    d.para(f"Razón: Su coordinador de cuidado hizo una evaluación integral de necesidades en su hogar el "
           f"{D(f, f['assess'], 'es')}. La evaluación encontró que ahora necesita menos ayuda para bañarse y "
           "vestirse.", 9.5)
    rights_es(d, f)
    d.para(f"Care Coordination / Coordinación de cuidado: {f['phone']}.", 9)
    dead = f["notice"] + dt.timedelta(days=60)
    t = truth("denial_letter", "medical_necessity", insurer=MCO, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["noa"], f["auth"]], service_dates=[iso(f["eff"], f["end"])],
              denial_date=iso(f["notice"]), provider=PCS_AGENCY, appeal_deadline=iso(dead),
              alternates={"member_id": [f["mcd"]], "service_dates": [[iso(f["eff"])]]})
    return pdf_bytes(d), t


# ---- 2: Spanish-only notice reducing home health aide visits -------------------------------------------------
def doc_es_home_health():
    f = facts(1, "es")
    d = Page()
    d.add_page()
    head(d, f, es=True)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(2)
    addr(d, f)
    d.text_line("AVISO DE ACCIÓN", 14, "B", "C")
    d.text_line("Reducción de servicios de salud en el hogar", 10, "", "C")
    d.ln(2)
    d.boxes([("Miembro", f["member"], 62), ("Núm. de miembro", f["mid"], 40), ("Núm. de aviso", f["noa"], 44),
             ("Nacimiento", D(f, f["dob"], "es_abbr"), 32)], label_size=6.2, value_size=9.5)
    d.ln(3)
    d.table(["Servicio", "Proveedor", "Antes", "Ahora", "Desde", "Hasta"],
            [["Auxiliar de salud en el hogar", HHA, "3 visitas/sem", "2 visitas/sem", D(f, f["eff"], "es_abbr"),
              D(f, f["end"], "es_abbr")]], [50, 44, 24, 24, 22, 22], 8.2)
    d.para(f"Motivo: La orden de su médico, {PCP}, recibida el {D(f, f['received'])}, indica que la herida ya sanó y "
           "que usted puede ducharse con ayuda mínima. Por eso, según 8.308.12 NMAC, dos visitas por semana son "
           "suficientes para sus necesidades médicas.", 9.5)
    rights_es(d, f, 9.2)
    d.para(f"Si necesita este aviso en inglés, en letra grande o en otro idioma, llame gratis al {f['phone']} "
           "(TTY 711). Número de autorización: " + f["auth"] + ".", 9)
    dead = f["notice"] + dt.timedelta(days=60)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=MCO, member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["noa"], f["auth"]], service_dates=[iso(f["eff"], f["end"])],
              denial_date=iso(f["notice"]), provider=HHA, appeal_deadline=iso(dead),
              alternates={"service_dates": [[iso(f["eff"])]], "provider": [PCP]})
    return pdf_bytes(d), t


# ---- 3: PCS agency letter asking to restore hours -----------------------------------------------------------
def doc_agency_letter():
    f = facts(2, "mdy_nopad")
    d = Page()
    d.add_page()
    d.text_line(PCS_AGENCY, 15, "B", "C")
    d.text_line("Personal Care Services  -  4410 Mesa Verde Blvd NE, Albuquerque, NM 87110  -  Tel 1-555-018-4400",
                8.5, "", "C")
    d.rule(0.5)
    sent = f["notice"] + dt.timedelta(days=5)
    d.text_line(D(f, sent), 10)
    d.ln(2)
    for ln in ("Care Coordination Department", MCO, MCO_ADDR):
        d.text_line(ln, 10)
    d.ln(3)
    d.text_line(f"Re: {f['member']}, member {f['mid']}, notice {f['noa']}", 10, "B")
    d.ln(2)
    d.para(f"We received a copy of your notice dated {D(f, f['notice'])} reducing our client's personal care hours "
           f"from {f['old']} to {f['new']} hours per week starting {D(f, f['eff'])}. We ask that you restore the "
           "hours. Our attendant's daily logs for the last 60 days show that the client needs hands-on help with "
           "transfers twice a day, and a fall on the bathroom floor was reported to the client's physician, "
           f"{PCP}.")
    d.para("The client and the family have also told us they will file an appeal and ask that services continue "
           "while it is pending. Our time sheets and the client's signed service plan are enclosed. Our provider "
           f"number is {f['prov_id']}.")
    d.para("Please contact me at 1-555-018-4400, extension 212, with any questions.")
    d.ln(3)
    d.text_line("Adelina P. Ortega, RN", 10)
    d.text_line("Director of Client Services", 9)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], case_numbers=[f["noa"]],
              service_dates=[], denial_date=iso(sent), provider=PCS_AGENCY,
              alternates={"insurer": [MCO], "service_dates": [[iso(f["eff"])]]},
              unscored=["insurer", "denial_date", "service_dates"])
    return pdf_bytes(d), t


# ---- 4: appeal resolution upholding PCS reduction (fine fax) -----------------------------------------------
def doc_resolution_upheld():
    f = facts(3, "slash")
    d = Page()
    d.add_page()
    head(d, f)
    res = f["notice"] + dt.timedelta(days=r_days(f, 20, 28))
    d.text_line("NOTICE OF APPEAL RESOLUTION", 13, "B")
    d.text_line("Aviso de resolución de apelación (vea la página de idiomas)", 8.5)
    d.ln(2)
    kv(d, [("Date of this notice:", D(f, res)), ("Member:", f["member"]), ("Member ID:", f["mid"]),
           ("Appeal number:", f["appeal"]), ("Original notice:", f"{f['noa']} dated {D(f, f['notice'])}"),
           ("Appeal received:", D(f, f["notice"] + dt.timedelta(days=8))),
           ("Service:", "Personal care services (T1019), " + PCS_AGENCY)], 44)
    d.para(f"Decision: We UPHOLD our decision. Your personal care services stay at {f['new']} hours per week from "
           f"{D(f, f['eff'])} through {D(f, f['end'])}.", 10)
    d.para(f"A nurse reviewer and a physician who did not take part in the first decision reviewed your appeal, the "
           f"assessment of {D(f, f['assess'])}, and the time sheets from {PCS_AGENCY}. The records show you need "
           "standby help, not hands-on help, with bathing and dressing. The hours meet your assessed needs under "
           f"{RULE_PCS}.", 9.5)
    d.para("Your services continued during the appeal. Because the decision was not in your favor, the reduced hours "
           "begin 10 days after the date of this notice unless you ask for a state fair hearing and for your "
           "benefits to continue within that time.", 9.3)
    d.text_line("STATE FAIR HEARING", 10, "B")
    d.para("You have the right to ask for a state fair hearing within 90 days of the date of this notice. Write to "
           "the New Mexico Health Care Authority, Fair Hearings Bureau, PO Box 2348, Santa Fe, NM 87504, or call "
           "1-555-019-6611. You may bring a lawyer or another person to help you.", 9)
    d.para(f"Questions: {MCO} Appeals, {f['phone']} (TTY 711).", 9)
    t = truth("denial_letter", "medical_necessity", insurer=MCO, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["appeal"], f["noa"]], service_dates=[iso(f["eff"], f["end"])],
              denial_date=iso(res), provider=PCS_AGENCY, appeal_deadline=None,
              alternates={"case_numbers": [[f["appeal"]]]})
    return pdf_bytes(d), t


def r_days(f, a, b):
    return random.Random(f["appeal"]).randint(a, b)


# ---- 5: appeal resolution reversing home health reduction, prose ------------------------------------------
def doc_resolution_reversed():
    f = facts(4, "long")
    d = Page()
    d.add_page()
    head(d, f)
    res = f["notice"] + dt.timedelta(days=r_days(f, 15, 25))
    d.text_line(D(f, res), 10)
    d.ln(2)
    addr(d, f)
    d.text_line(f"Dear {f['member']}:", 10)
    d.ln(1)
    d.para(f"This letter is our decision on appeal {f['appeal']}, which you filed about our Notice of Action "
           f"{f['noa']} of {D(f, f['notice'])}. That notice reduced your home health aide visits from {HHA} from "
           "three visits a week to two.")
    d.para(f"We have REVERSED that decision. Our physician reviewer read the new letter from {PCP} and the "
           "physical therapy notes, which show that you cannot stand in the shower without hands-on help. Three "
           f"visits a week are approved from {D(f, f['eff'])} through {D(f, f['end'])} under authorization "
           f"{f['auth']}. {HHA} has been told, and you do not need to do anything.")
    d.para(f"Your member ID is {f['mid']}. If you have questions, please call Member Services at {f['phone']}, "
           "TTY 711, Monday through Friday from 8 a.m. to 6 p.m. Mountain Time.")
    d.para("Si desea esta carta en español, llame al mismo número.")
    d.ln(2)
    d.text_line("Grievance and Appeals Department", 10)
    d.text_line(MCO, 10)
    t = truth("other", None, insurer=MCO, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["appeal"], f["noa"], f["auth"]], service_dates=[iso(f["eff"], f["end"])],
              denial_date=iso(res), provider=HHA, alternates={"provider": [PCP]})
    return pdf_bytes(d), t


# ---- 6: stack: notice reducing PCS (duplex back) + continuation confirmation (upside down) ----------------
def doc_stack_notice(f):
    d = Page()
    d.add_page()
    head(d, f)
    d.text_line("Notice date: " + D(f, f["notice"]), 10)
    d.ln(2)
    addr(d, f)
    d.text_line("Notice of Action - Change in Services", 13, "B")
    d.ln(1)
    d.table(["Member", "Member ID", "Notice #", "Effective"],
            [[f["member"], f["mid"], f["noa"], D(f, f["eff"])]], [58, 38, 44, 34], 9)
    d.table(["Service", "Provider", "Current", "New", "Period"],
            [["Personal care (T1019)", PCS_AGENCY, f"{f['old']} h/wk", f"{f['new']} h/wk",
              f"{D(f, f['eff'])} - {D(f, f['end'])}"]], [36, 56, 20, 20, 52], 8.6)
    d.para(f"Reason: the Comprehensive Needs Assessment done on {D(f, f['assess'])} found that your needs for help "
           "with meals and housekeeping are now met by the home-delivered meals program. Those tasks are removed "
           f"from your personal care plan. Rule: {RULE_PCS}. Medicaid ID {f['mcd']}.", 9.3)
    rights_en(d, f, 8.6)
    d.para("ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. Llame "
           f"al {f['phone']} (TTY 711).", 8.5)
    dead = f["notice"] + dt.timedelta(days=60)
    t = truth("denial_letter", "medical_necessity", insurer=MCO, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["noa"]], service_dates=[iso(f["eff"], f["end"])], denial_date=iso(f["notice"]),
              provider=PCS_AGENCY, appeal_deadline=iso(dead),
              alternates={"member_id": [f["mcd"]], "service_dates": [[iso(f["eff"])]]})
    return pdf_bytes(d), t


def doc_stack_continuation(f):
    d = Page()
    d.add_page()
    head(d, f)
    sent = f["notice"] + dt.timedelta(days=9)
    d.text_line(D(f, sent), 10)
    d.ln(2)
    addr(d, f)
    d.text_line("Your appeal was received - your services will continue", 12, "B")
    d.ln(1)
    kv(d, [("Appeal number", f["appeal"]), ("About notice", f["noa"]), ("Member ID", f["mid"]),
           ("Appeal received", D(f, f["notice"] + dt.timedelta(days=7)))], 40)
    d.para(f"We received your appeal within 10 days of our notice, and you asked to keep your services. Your "
           f"personal care services with {PCS_AGENCY} will continue at {f['old']} hours per week until we decide "
           "your appeal. We will send you our decision within 30 calendar days of the day we received your appeal.",
           9.5)
    d.para("You may send us more information at any time before we decide. You may also ask to see your case file "
           f"free of charge. Call {f['phone']} (TTY 711).", 9.5)
    t = truth("other", None, insurer=MCO, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["appeal"], f["noa"]], denial_date=iso(sent), provider=PCS_AGENCY,
              service_dates=[], unscored=["service_dates"])
    return pdf_bytes(d), t


# ---- 7: Spanish notice denying more PCS hours (sideways) ----------------------------------------------------
def doc_es_increase_denied():
    f = facts(6, "es")
    d = Page()
    d.add_page()
    head(d, f, es=True)
    d.text_line("Fecha del aviso: " + D(f, f["notice"]), 10)
    d.ln(2)
    addr(d, f)
    d.text_line("AVISO DE ACCIÓN: SOLICITUD DENEGADA", 13, "B")
    d.ln(1)
    kv(d, [("Nombre del miembro:", f["member"]), ("Identificación de miembro:", f["mid"]),
           ("Número de Medicaid:", f["mcd"]), ("Solicitud recibida:", D(f, f["received"])),
           ("Número de solicitud:", f["auth"]), ("Número de aviso:", f["noa"]),
           ("Proveedor que pidió el servicio:", PCS_AGENCY)], 60)
    d.para(f"Usted pidió aumentar sus servicios de cuidado personal de {f['new']} a {f['old']} horas por semana a "
           f"partir del {D(f, f['eff'])}. Negamos esta solicitud. La evaluación integral de necesidades del "
           f"{D(f, f['assess'])} muestra que las {f['new']} horas actuales cubren la ayuda que necesita para bañarse, "
           f"vestirse y tomar sus medicinas. Base legal: {RULE_PCS}.", 9.5)
    rights_es(d, f, 9)
    d.text_line("English: This notice denies your request for more personal care hours. Call " + f["phone"] + ".", 8.3)
    dead = f["notice"] + dt.timedelta(days=60)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=MCO, member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["auth"], f["noa"]], service_dates=[iso(f["eff"])],
              denial_date=iso(f["notice"]), provider=PCS_AGENCY, appeal_deadline=iso(dead),
              alternates={"member_id": [f["mcd"]], "service_dates": [[]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    fs = facts(5, "iso")
    return [
        Item(f"{FAMILY}_bd_bilingual_pcs_reduction", "born_digital", [doc_bilingual_pcs()]),
        Item(f"{FAMILY}_photo_aviso_es_home_health", "phone_photo", [doc_es_home_health()]),
        Item(f"{FAMILY}_copy_agency_restore_hours_letter", "photocopy", [doc_agency_letter()]),
        Item(f"{FAMILY}_faxfine_appeal_resolution_upheld", "fax_fine_g4", [doc_resolution_upheld()]),
        Item(f"{FAMILY}_lowres_appeal_reversed_prose", "scan_lowres_150", [doc_resolution_reversed()]),
        Item(f"{FAMILY}_scan300_stack_notice_and_continuation", "scan_clean_300",
             [doc_stack_notice(fs), doc_stack_continuation(fs)], separators=["duplex", None], turns={(1, 0): 180}),
        Item(f"{FAMILY}_rotated_aviso_es_more_hours_denied", "rotated", [doc_es_increase_denied()]),
    ]
