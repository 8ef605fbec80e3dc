"""Pennsylvania Community HealthChoices (CHC) notices denying or reducing home and community-based services.

Community HealthChoices is Pennsylvania's Department of Human Services (DHS) managed long-term services and
supports program; a CHC managed care organization writes the participant's person-centered service plan and
sends a notice when it denies or reduces a service. The participant may file a grievance with the MCO within
60 days of the notice, keep services if the grievance is filed within 10 days, and then ask DHS's Bureau of
Hearings and Appeals for a fair hearing within 120 days of the grievance decision. The program, DHS and the
Bureau appear only as themselves, mirrored for structure and wording; the MCO ("Conestoga Ridge Community
Health Plan"), every participant, service coordinator, agency, number, phone and address is invented.

Documents (8 in 7 files):
  pas_reduction_sidebar   notice reducing personal assistance services hours: right-aligned header block,
                          boxed "Questions?" sidebar, paragraphs (clean scan)
  home_adaptation_tearoff two-page denial of a bathroom adaptation (lifetime limit used), page 2 a tear-off
                          grievance / fair hearing request with the ID and reference pre-printed (photocopy)
  aviso_es_adult_day      Spanish notice reducing adult daily living days (phone photo)
  grievance_overturned    grievance decision reversing a PAS reduction (denies nothing, born digital)
  respite_claim_fax       letter to a respite agency denying its claim (no authorization) under a fax header,
                          abbreviated labels (Mbr #, ICN, Auth #), the ICN split at a line end (fax, fine)
  meals_upheld_prose      grievance decision upholding a home-delivered meals denial, facts only in
                          sentences (150 dpi)
  stack                   medication dispenser denial + blank separator, then a fax cover and the
                          participant's daughter's grievance letter fed upside down (fax, standard)
"""

from __future__ import annotations

import datetime as dt
import random

from fpdf import FPDF

from capture import Item
from kit_rounddg_famdgf import (blank_lines, cut_line, d_abbr, d_abbr_nc, d_dash2, d_dash4, d_es, d_iso, d_long,
                                d_nopad, d_nth, d_slash, d_upper, fax_line, hrule, m_plain, m_usd, m_whole, panel,
                                right_block, spaced)
from public_kit import Page, m2, out, plus, truth

FAMILY = "pennsylvania_community_healthchoices_ltss_service_plan_denial"
LANG = "en"
SEED = 350905

MCO = "Conestoga Ridge Community Health Plan"
MCO_ADDR = ["Conestoga Ridge Community Health Plan", "Grievances and Complaints Unit", "P.O. Box 60714",
            "Harrisburg, PA 17106-0714"]
PHONE, FAX, TTY = "1-844-555-0162", "1-717-555-0178", "1-844-555-0163"
BHA = "Department of Human Services, Bureau of Hearings and Appeals, P.O. Box 2675, Harrisburg, PA 17105-2675"
PEOPLE = [("Eleanor", "Wojcik"), ("Chester", "Balogun"), ("Rosemary", "Kachmar"), ("Vernon", "Delgado-Price"),
          ("Agnes", "Shearer"), ("Stanley", "Hrabovsky"), ("Loretta", "Amankwah"), ("Walter", "Pietrowski"),
          ("Dolores", "Fenstermacher"), ("Irving", "Castellucci")]
PEOPLE_ES = [("Carmen", "Ortiz Rivera"), ("Evaristo", "Maldonado"), ("Nilda", "Quiñones"), ("Rafael", "Arroyo")]
AGENCIES = ["Keystone Hearth Home Care, LLC", "Blue Mountain Personal Care Services", "Lehigh Gap Home Assistance",
            "Schuylkill Valley Attendant Care"]
COORDS = ["Marisa Todd", "Gregory Haldeman", "Tamika Brandt", "Owen Stoltzfus"]
CITIES = [("Allentown", "PA", "18102"), ("Reading", "PA", "19601"), ("Pottsville", "PA", "17901"),
          ("Lancaster", "PA", "17603"), ("Lebanon", "PA", "17042")]
STREETS = ["N Ninth St", "Linden Ave", "Chestnut Hill Rd", "Walnut St", "Orchard Ln", "Penn Ave"]


def participant(rng, lang="en"):
    first, last = rng.choice(PEOPLE_ES if lang == "es" else PEOPLE)
    mi = rng.choice("ABCDEFGHJKLMNPRSTVW")
    city, st, z = rng.choice(CITIES)
    fem = first in ("Eleanor", "Rosemary", "Agnes", "Loretta", "Dolores", "Carmen", "Nilda")
    return dict(name=f"{first} {mi}. {last}", first=first, last=last, mi=mi, fem=fem,
                mid=f"{rng.randint(1, 9)}{rng.randint(100000000, 999999999)}",
                dob=dt.date(rng.randint(1938, 1968), rng.randint(1, 12), rng.randint(1, 28)),
                street=f"{rng.randint(14, 2890)} {rng.choice(STREETS)}", city=f"{city}, {st} {z}",
                agency=rng.choice(AGENCIES), coord=rng.choice(COORDS),
                npi=f"1{rng.randint(100000000, 999999999)}")


def letterhead(p, small="Community HealthChoices  |  Participant Services " + PHONE + "  |  TTY " + TTY):
    p.f(15, "B")
    p.cell(0, 7, "Conestoga Ridge", new_x="LMARGIN", new_y="NEXT")
    p.f(9.5)
    p.cell(0, 4.5, "Community Health Plan", new_x="LMARGIN", new_y="NEXT")
    p.f(7)
    p.cell(0, 3.8, small, new_x="LMARGIN", new_y="NEXT")
    hrule(p, 0.7, 4)


def address_block(p, m, size=10):
    for ln in [m["name"], m["street"], m["city"]]:
        p.line(ln, size)


def ref(rng, kind, d):
    return f"CHC-{kind}-{d.strftime('%y%m')}-{rng.randint(100000, 999999)}"


# ---- 1. PAS reduction: right-aligned header block, Questions? sidebar --------------------------------------

def pas_reduction_sidebar(rng):
    m = participant(rng)
    nd = dt.date(2026, 3, rng.randint(2, 20))
    start = dt.date(2026, 4, 1)
    end = dt.date(2026, 9, 30)
    rn = ref(rng, "UM", nd)
    prev = ref(rng, "UM", dt.date(2025, 9, 1))
    rec = plus(nd, -rng.randint(8, 14))
    p = Page(serif=False, footer="{n}/{nb}", footer_left="CRCHP-NOD-LTSS-3 (01/2026)")
    p.set_margins(20, 16, 18)
    p.add_page()
    letterhead(p)
    y_top = p.get_y()
    address_block(p, m)
    right_block(p, [("Notice date:", d_abbr(nd)), ("Reference:", rn),
                    ("Member ID:", spaced(m["mid"], (2, 4, 4))), ("Date of birth:", d_dash2(m["dob"]))],
                y=y_top, w=82, label_w=30)
    p.set_y(max(p.get_y(), y_top + 20) + 6)
    p.line("NOTICE OF DENIAL", 13, "B")
    p.line("Your person-centered service plan: change in Personal Assistance Services", 10, "B")
    p.ln(3)
    y0 = p.get_y()
    sb_w = 50
    bottom = panel(p, p.l_margin, y0, sb_w, "Questions?", [
        "*Participant Services", PHONE, "Mon-Fri 8 a.m. to 8 p.m.", "*TTY", TTY, "*Fax", FAX,
        "*Your service coordinator", f"{m['coord']}", "717-555-0140 ext. 22",
        "*Help with a grievance", "PA Health Law Project (free): 1-800-555-0191"], size=7.8)
    left = p.l_margin + sb_w + 6
    p.set_left_margin(left)
    p.set_xy(left, y0)
    p.para(f"Dear {m['first']} {m['last']}:", 10)
    p.para(f"Your service coordinator asked us to continue 35 hours per week of Personal Assistance Services from "
           f"{m['agency']} in your person-centered service plan for {d_slash(start)} through {d_slash(end)}. We "
           f"received the request on {d_slash(rec)}.", 10)
    p.para("**What we decided.** We approved 22 hours per week. We denied 13 hours per week. Your hours will "
           f"change on {d_slash(start)}.", 10)
    p.para("**Why.** Your most recent comprehensive needs assessment shows that you now bathe and dress with "
           "standby help only and that your " + ("husband, Leonard," if m["fem"] else "wife, Leona,") +
           " is home in the evenings. A registered nurse "
           "reviewer found that more than 22 hours per week is not medically necessary to meet your assessed "
           "needs. We used the CHC Personal Assistance Services guideline CR-LTSS-014 and 55 Pa. Code Chapter "
           "52. You may ask for a free copy of the guideline.", 10)
    p.para(f"Your previous notice, {prev}, dated {d_nth(dt.date(2025, 9, 18))}, approved 35 hours per week for "
           "the service plan year 01/01/2026 - 12/31/2026 pending reassessment.", 9.5)
    p.para("**If you disagree.** You may file a grievance with us within 60 days from the date of this notice. "
           "If you file within 10 days of the date this notice was mailed, your 35 hours will continue until the "
           "grievance is decided. If you are not satisfied with the grievance decision, you may ask for a fair "
           "hearing with the Department of Human Services within 120 days of the date of the grievance "
           "decision. You can have a friend, relative, lawyer or other person help you.", 10)
    p.set_left_margin(20)
    p.set_x(20)
    if p.get_y() < bottom:
        p.set_y(bottom + 2)
    p.para(f"Provider in your service plan: {m['agency']} (NPI {m['npi']}).  Sincerely, LTSS Utilization "
           f"Management, {MCO}.", 8.5)
    t = truth("denial_letter", "medical_necessity", insurer=MCO, member_id=m["mid"], member_name=m["name"],
              cases=[rn], service_dates=[f"{d_iso(start)}/{d_iso(end)}"], denial_date=d_iso(nd),
              provider=m["agency"], appeal_deadline=d_iso(plus(nd, 60)),
              alternates={"service_dates": [[d_iso(start)]]})
    return out(p), t


# ---- 2. two-page notice with tear-off grievance / hearing request ------------------------------------------

def home_adaptation_tearoff(rng):
    m = participant(rng)
    nd = dt.date(2026, 2, rng.randint(2, 25))
    rn = ref(rng, "HA", nd)
    est = round(rng.randint(9800, 16800) + rng.choice([0.0, 0.5, 0.75]), 2)
    used = rng.randint(17200, 19400)
    contractor = rng.choice(["Tri-County Accessible Homes", "Millbrook Barrier-Free Builders"])
    prev_ref = ref(rng, "HA", dt.date(2024, 7, 1))
    p = Page(serif=True, footer="Page {n} of {nb}", footer_left=f"{m['name']}  Mbr # {m['mid']}  Ref No. {rn}")
    p.set_margins(24, 18, 22)
    p.add_page()
    letterhead(p)
    p.line(d_long(nd), 10)
    p.ln(3)
    address_block(p, m)
    p.ln(4)
    p.pairs([("Participant", m["name"]), ("Mbr #", m["mid"]), ("Ref No.", rn), ("Service", "Home adaptation: "
             "roll-in shower conversion"), ("Service coordinator", m["coord"]),
             ("Contractor estimate", f"{m_plain(est)} ({contractor}, est. E-{rng.randint(3000, 3999)})")],
            label_w=44, size=9.5, h=5)
    p.ln(3)
    p.line("We denied your request for a home adaptation.", 11.5, "B")
    p.ln(1)
    p.para("Community HealthChoices covers home adaptations up to a lifetime limit of $20,000 for each "
           f"participant. Our records show {m_whole(used)} was already paid for the ramp and stair glide installed "
           f"under authorization {prev_ref} on {d_dash2(dt.date(2024, 8, 14))}. The estimate for the roll-in "
           "shower is more than what remains of the lifetime limit, so we cannot approve it. This decision is "
           "based on the limit in the CHC waiver service definitions, not on whether you need the shower.", 10)
    p.para("Your service coordinator can help you look for other funding, such as a county or Area Agency on "
           "Aging program, and can add a tub transfer bench to your service plan.", 10)
    p.line("Your right to a grievance and a fair hearing", 11, "B")
    p.para("You may file a grievance within 60 days from the date of this notice, by phone, in writing or with "
           "the form on page 2. You may also ask for a fair hearing with the Department of Human Services after "
           "the grievance decision (within 120 days of that decision). If your health is in immediate danger, ask "
           "for an expedited grievance; we will decide within 72 hours.", 10)
    p.para(f"Participant Services {PHONE} (TTY {TTY}). Fax {FAX}.", 9)
    p.add_page()
    p.line("GRIEVANCE AND FAIR HEARING REQUEST", 12.5, "B", align="C")
    p.line("Tear off and mail to the address below, or fax it. Keep page 1 for your records.", 8.5, align="C")
    p.ln(3)
    cut_line(p, "tear here")
    p.ln(3)
    p.boxed_pairs([("Participant ID (pre-printed)", spaced(m["mid"], (4, 3, 3))), ("Reference number", rn),
                   ("Notice date", d_slash(nd)), ("Service denied", "Home adaptation (roll-in shower)")],
                  label_w=62, size=9.5)
    p.line("[  ] I want to file a grievance with Conestoga Ridge Community Health Plan.", 10)
    p.line("[  ] I want an expedited (fast) review because my health is in immediate danger.", 10)
    p.ln(2)
    blank_lines(p, ["Participant name:", "Phone:", "Best time to call:", "Why I disagree:", "", "",
                    "Person helping me (name and relationship):", "Signature:", "Date:"])
    p.ln(4)
    p.para("Mail to: " + ", ".join(MCO_ADDR) + f". Fax: {FAX}. After the grievance decision, fair hearing "
           f"requests go to the {BHA}.", 8.5)
    t = truth("denial_letter", "not_covered", insurer=MCO, member_id=m["mid"], member_name=m["name"], cases=[rn],
              claim_amount=m2(est), denial_date=d_iso(nd), provider=contractor,
              appeal_deadline=d_iso(plus(nd, 60)),
              alternates={"claim_amount": [None], "provider": [None]}, denial_alternates=["other"])
    return out(p), t


# ---- 3. Spanish notice: adult daily living reduction -------------------------------------------------------

def aviso_es_adult_day(rng):
    m = participant(rng, "es")
    nd = dt.date(2026, 1, rng.randint(8, 28))
    start, end = dt.date(2026, 2, 1), dt.date(2026, 7, 31)
    rn = ref(rng, "UM", nd)
    center = rng.choice(["Centro Diurno Las Palmas de Reading", "Casa del Sol Adult Day Center"])
    p = Page(serif=False, footer="Página {n} de {nb}")
    p.set_margins(18, 16, 18)
    p.add_page()
    letterhead(p, "Community HealthChoices  |  Servicios al Participante " + PHONE + "  |  TTY " + TTY)
    p.line("AVISO DE DENEGACIÓN", 13, "B", align="C")
    p.line("Cambio en su plan de servicios centrado en la persona", 9.5, align="C")
    p.ln(3)
    rows = [("Fecha del aviso", d_es(nd)), ("Participante", m["name"]),
            ("Número de identificación", spaced(m["mid"], (3, 3, 4), "-")),
            ("Fecha de nacimiento", d_slash(m["dob"]).replace("/", ".")),
            ("Número de referencia", rn), ("Proveedor", center),
            ("Periodo del servicio", f"del {d_es(start)} al {d_es(end)}"),
            ("Solicitud recibida", d_es(plus(nd, -rng.randint(6, 12))))]
    p.boxed_pairs(rows, label_w=58, size=9.5)
    p.para(f"Estimado/a {m['first']} {m['last']}:", 10)
    p.para("Su coordinador de servicios pidió cinco días por semana de Servicios de Vida Diaria para Adultos. "
           "Aprobamos tres días por semana y negamos dos días por semana. La evaluación de necesidades más "
           "reciente muestra que su hija, quien vive con usted, le ayuda los martes y jueves. Un revisor "
           "determinó que los dos días adicionales no son médicamente necesarios.", 10)
    p.para("**Su derecho a presentar una queja formal (grievance).** Puede presentar una queja formal dentro de "
           "60 días a partir de la fecha de este aviso. Si la presenta dentro de 10 días de la fecha de envío, "
           "sus cinco días continuarán hasta la decisión. Después de la decisión puede pedir una audiencia "
           "imparcial al Departamento de Servicios Humanos dentro de 120 días.", 10)
    p.para(f"Preguntas: {PHONE}, TTY {TTY}, fax {FAX}. Año del plan de servicios: 01/01/2026 - 12/31/2026. "
           "Formulario CRCHP-NOD-ES-2.", 8.5)
    t = truth("denial_letter", "medical_necessity", lang="es", insurer=MCO, member_id=spaced(m["mid"], (3, 3, 4), "-"),
              member_name=m["name"], cases=[rn], service_dates=[f"{d_iso(start)}/{d_iso(end)}"],
              denial_date=d_iso(nd), provider=center, appeal_deadline=d_iso(plus(nd, 60)),
              alternates={"service_dates": [[d_iso(start)]]})
    return out(p), t


# ---- 4. grievance decision reversing a PAS reduction (denies nothing) ------------------------------------

def grievance_overturned(rng):
    m = participant(rng)
    nd = dt.date(2026, 4, rng.randint(2, 24))
    grv = f"GRV-{rng.randint(2600000, 2699999)}"
    orig = ref(rng, "UM", plus(nd, -50))
    od = plus(nd, -rng.randint(45, 55))
    start, end = plus(nd, 1), dt.date(2026, 12, 31)
    p = Page(serif=False, footer=None)
    p.set_margins(26, 20, 26)
    p.add_page()
    p.f(11, "B")
    p.cell(0, 6, "CONESTOGA RIDGE COMMUNITY HEALTH PLAN", align="C", new_x="LMARGIN", new_y="NEXT")
    p.f(7.5)
    p.cell(0, 4, "a Community HealthChoices managed care organization  -  P.O. Box 60714, Harrisburg, PA 17106-0714",
           align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.line(d_nopad(nd), 10)
    p.ln(2)
    address_block(p, m)
    p.ln(4)
    p.line("GRIEVANCE DECISION: WE HAVE REVERSED OUR DECISION", 11.5, "B")
    p.ln(2)
    p.pairs([("Grievance number", grv), ("Original notice", f"{orig} ({d_abbr_nc(od)})"),
             ("Member ID", m["mid"]), ("Personal assistance provider", m["agency"]),
             ("Representative", "Janice Whitcomb (niece, authorized representative)")],
            label_w=58, size=9.5, h=5)
    p.ln(3)
    p.para(f"Dear {m['first']} {m['last']}:", 10)
    p.para("A grievance committee that included a physician who was not part of the first decision reviewed "
           "your grievance, your updated needs assessment and the letter from your primary care doctor. The "
           "committee decided that the reduction of your Personal Assistance Services was not supported.", 10)
    p.para(f"**Your 30 hours per week are approved** from {d_slash(start)} through {d_slash(end)}. We told "
           f"{m['agency']} and your service coordinator, {m['coord']}. You do not need to do anything else.", 10)
    p.para(f"Grievance received {d_dash2(plus(nd, -rng.randint(20, 30)))}. Questions: {PHONE}, TTY {TTY}.", 9)
    t = truth("other", None, insurer=MCO, member_id=m["mid"], member_name=m["name"], cases=[grv, orig],
              service_dates=[f"{d_iso(start)}/{d_iso(end)}"], denial_date=d_iso(nd), provider=m["agency"],
              alternates={"case_numbers": [[grv]], "service_dates": [[d_iso(start)]]})
    return out(p), t


# ---- 5. claim denial to a respite agency, under a fax header ----------------------------------------------

def respite_claim_fax(rng):
    m = participant(rng)
    nd = dt.date(2026, 3, rng.randint(3, 27))
    agency = rng.choice(["Hawk Mountain Respite Partners", "Swatara Creek Respite Care"])
    icn = f"2026{rng.randint(100, 365):03d}{rng.randint(1000000, 9999999)}"
    s0 = plus(nd, -rng.randint(25, 40))
    s1 = plus(s0, 4)
    units = 5 * 96
    rate = 6.12
    billed = round(units * rate / 4 * 1.0, 2)
    other_icn = f"2026{rng.randint(10, 99)}{rng.randint(10000000, 99999999)}"
    other_amt = round(rng.randint(300, 900) + 0.5, 2)
    acct = f"RSP-{rng.randint(10000, 99999)}"
    tax = f"23-{rng.randint(1000000, 9999999)}"
    p = Page(serif=False, footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    fax_line(p, f"{d_dash2(nd)} 10:47  FROM: CRCHP PROV CLAIMS 717 555 0179   TO: 5705550126   P. 1/1")
    p.ln(2)
    letterhead(p, "Provider Services 1-844-555-0166  |  Claims fax " + FAX)
    p.f(10)
    p.cell(0, 5, d_slash(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in [agency, "Attn: Billing Office", "410 Market St, Suite 2", "Pottsville, PA 17901"]:
        p.line(ln, 10)
    p.ln(4)
    p.line("CLAIM DENIAL NOTICE  -  LTSS RESPITE", 11.5, "B")
    p.ln(1)
    p.f(9)
    p.multi_cell(0, 4.8, f"Mbr: {m['name']}    Mbr # {m['mid']}    DOB {d_slash(m['dob'])}\n"
                         f"ICN {icn}    Auth #: none on file    Acct {acct}    TIN {tax}    NPI {m['npi']}",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.table(["Date(s)\nof service", "Proc.\ncode", "Description", "Units", "Amount\nbilled", "Status"],
            [[f"{d_slash(s0)}-{d_slash(s1)}", "T1005", "Respite care, in home, per 15 min", str(units),
              f"{billed:,.2f}", "DENIED"]],
            [40, 16, 60, 14, 22, 22], size=8.5, aligns=["L", "L", "L", "R", "R", "L"])
    p.para(f"We denied the claim for respite care you provided to the participant named above from {d_long(s0)} "
           f"through {d_long(s1)} because no prior authorization was on file for these dates (remark N54: respite "
           "must be authorized in the person-centered service plan before it is provided).", 9.5, gap=0)
    p.f(9.5)
    p.cell(0, 4.6, "A corrected claim with a valid authorization number may be submitted; it must refer to ICN "
                   f"{icn[:7]}-", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4.6, f"{icn[7:]}, received on {d_abbr(plus(s1, 6))}.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2.5)
    p.para(f"Your claim ICN {other_icn} for {m_plain(other_amt)} was paid in the same cycle and is not affected.",
           9.5)
    p.para("To dispute this decision, send a written provider appeal within 30 days of the date of this notice to "
           "Provider Disputes, P.O. Box 60722, Harrisburg, PA 17106-0722, or fax 717-555-0179. The participant "
           "keeps separate grievance and fair hearing rights.", 9.5)
    t = truth("denial_letter", "prior_authorization", insurer=MCO, member_id=m["mid"], member_name=m["name"],
              cases=[icn], claim_amount=m2(billed), service_dates=[f"{d_iso(s0)}/{d_iso(s1)}"],
              denial_date=d_iso(nd), provider=agency, appeal_deadline=d_iso(plus(nd, 30)),
              alternates={"service_dates": [[d_iso(s0), d_iso(s1)]]})
    return out(p), t


# ---- 6. grievance decision upheld, facts only in sentences -------------------------------------------------

def meals_upheld_prose(rng):
    m = participant(rng)
    nd = dt.date(2026, 3, rng.randint(2, 27))
    grv = f"GRV-{rng.randint(2600000, 2699999)}"
    od = plus(nd, -rng.randint(40, 50))
    orig = ref(rng, "UM", od)
    start, end = dt.date(2026, 3, 1), dt.date(2026, 8, 31)
    meals = rng.choice(["Penn Table Home-Delivered Meals", "Red Rose Meals on Call"])
    p = Page(serif=True, footer=None)
    p.set_margins(30, 24, 30)
    p.add_page()
    p.f(12, "B")
    p.cell(0, 6, MCO, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, "Grievances and Complaints Unit  *  P.O. Box 60714, Harrisburg, PA 17106-0714", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(8)
    p.line(d_long(nd), 10.5)
    p.ln(3)
    address_block(p, m, 10.5)
    p.ln(5)
    p.para(f"Dear {m['first']} {m['last']},", 10.5)
    p.para(f"We received your grievance, number {grv}, on {d_nth(plus(od, 12))}. You asked us to reconsider our "
           f"notice {orig} of {d_long(od)}, which denied the home-delivered meals that {meals} would have brought "
           f"to you from March 1 through August 31, 2026.", 10.5)
    p.para(f"A grievance committee met on {d_abbr(plus(nd, -3))}. A physician reviewer who did not take part in "
           "the first decision looked at your needs assessment, your service plan and what you told us on the "
           "phone. Your assessment shows that your son prepares your evening meal each day and that you can heat "
           "meals he leaves for you. The committee decided that home-delivered meals are not medically necessary "
           "for you at this time, and it upholds the denial.", 10.5)
    p.para("If you disagree with this decision, you may ask for a fair hearing with the Department of Human "
           "Services, Bureau of Hearings and Appeals, within 120 days of the date of this letter. You may call us "
           f"at {PHONE} (TTY {TTY}) and we will help you ask. Your member number is {m['mid']}, and your date of "
           f"birth on our records is {d_slash(m['dob'])}.", 10.5)
    p.para(f"Sincerely,\n\nDeborah Kline, RN\nGrievance Coordinator, {MCO}", 10.5)
    t = truth("denial_letter", "medical_necessity", insurer=MCO, member_id=m["mid"], member_name=m["name"],
              cases=[grv, orig], service_dates=[f"{d_iso(start)}/{d_iso(end)}"], denial_date=d_iso(nd),
              provider=meals, appeal_deadline=None, alternates={"case_numbers": [[grv]]},
              denial_alternates=["not_covered"])
    return out(p), t


# ---- 7. stack: medication dispenser denial + daughter's grievance letter ---------------------------------

def dispenser_denial(rng):
    m = participant(rng)
    nd = dt.date(2026, 2, rng.randint(2, 26))
    rn = ref(rng, "AT", nd)
    planned = plus(nd, rng.randint(10, 20))
    vendor = "Susquehanna Assistive Technology Co."
    p = Page(serif=False, footer="Page {n} of {nb}")
    p.set_margins(20, 16, 20)
    p.add_page()
    letterhead(p)
    right_block(p, [("Date:", d_upper(nd)), ("Ref:", rn), ("ID:", m["mid"])], w=70, label_w=16)
    p.ln(3)
    address_block(p, m)
    p.ln(4)
    p.line("Notice of Denial - Assistive Technology", 12, "B")
    p.ln(1)
    p.para(f"Your service coordinator asked us to add an automated medication dispenser with monitoring from "
           f"{vendor} to your service plan, to start on {d_slash(planned)}. We denied this request.", 10)
    p.para("A pharmacist and a nurse reviewer found that the dispenser is not medically necessary for you. Your "
           "records show you take two medicines once a day and that your visiting nurse fills a weekly pill "
           "organizer. Guideline CR-LTSS-031 applies.", 10)
    p.para("You may file a grievance within 60 days from the date of this notice. After the grievance decision "
           "you may ask the Department of Human Services for a fair hearing. To keep any service you already "
           f"have while you wait, file within 10 days. Call {PHONE} or TTY {TTY}.", 10)
    t = truth("denial_letter", "medical_necessity", insurer=MCO, member_id=m["mid"], member_name=m["name"],
              cases=[rn], service_dates=[d_iso(planned)], denial_date=d_iso(nd), provider=vendor,
              appeal_deadline=d_iso(plus(nd, 60)), alternates={"service_dates": [[]], "provider": [None]})
    return out(p), t, m, rn, nd


def daughter_letter(rng, m, rn, dn):
    ld = plus(dn, rng.randint(9, 16))
    rel, sub, pro = ("mother", "she", "her") if m["fem"] else ("father", "he", "his")
    daughter = f"Patricia {m['last']}-Moyer"
    p = Page(serif=False, footer=None)
    p.set_margins(28, 24, 28)
    p.add_page()
    for ln in [daughter, "88 Hickory Ridge Dr", "Lebanon, PA 17042", "", d_dash4(ld), ""] + MCO_ADDR + [""]:
        p.line(ln, 10.5)
    p.para(f"Re: grievance for my {rel}, {m['name']}, ID {m['mid']}, your reference {rn}", 10.5)
    p.para("To the Grievance Unit:", 10.5)
    p.para(f"I am my {rel}'s power of attorney and I am filing a grievance about your denial of the medication "
           f"dispenser. My {rel}'s memory has gotten worse since the nurse's last visit and twice last month {sub} "
           f"took {pro} evening pills in the morning as well. The doctor's note is enclosed. Please call me at 717-555-0134 "
           f"before the committee meets. My {rel}'s date of birth is {d_slash(m['dob'])}.", 10.5)
    p.para(f"Thank you,\n\n{daughter}", 10.5)
    t = truth("other", None, insurer=MCO, member_id=m["mid"], member_name=m["name"], cases=[rn],
              denial_date=d_iso(ld), alternates={"insurer": [None], "denial_date": [None]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY
    items = [
        Item(f"{F}_pas_reduction_sidebar", "scan_clean_300", [pas_reduction_sidebar(rng)]),
        Item(f"{F}_home_adaptation_tearoff", "photocopy", [home_adaptation_tearoff(rng)]),
        Item(f"{F}_aviso_es_adult_day", "phone_photo", [aviso_es_adult_day(rng)]),
        Item(f"{F}_grievance_overturned", "born_digital", [grievance_overturned(rng)]),
        Item(f"{F}_respite_claim_fax", "fax_fine_g4", [respite_claim_fax(rng)]),
        Item(f"{F}_meals_upheld_prose", "scan_lowres_150", [meals_upheld_prose(rng)]),
    ]
    pdf, t, m, rn, nd = dispenser_denial(rng)
    items.append(Item(f"{F}_stack", "fax_standard_g4", [(pdf, t), daughter_letter(rng, m, rn, nd)],
                      separators=["blank", "cover"], turns={(1, 0): 180}))
    return items
