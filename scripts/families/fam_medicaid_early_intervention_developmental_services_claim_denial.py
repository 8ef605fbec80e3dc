"""Colorado's Medicaid program (Health First Colorado, Colorado Department of Health Care Policy & Financing) and
its IDEA Part C early intervention program (Early Intervention Colorado, Colorado Department of Early Childhood):
notices on claims for developmental intervention sessions (HCPCS T1027, 15-minute units) given to infants and
toddlers under an individualized family service plan (IFSP), denied because the sessions fall outside the IFSP's
dates, because the rendering interventionist was not enrolled with Health First Colorado, or because the units are
over the IFSP's frequency. Mirrored for structure and wording style only; the programs appear as themselves, every
agency, interventionist, child, parent and number is invented.

Documents (8 in 7 files):
- bd_notice_two_column_facts_right: Notice of Action to the parent, the letter in a wide left column and a facts
  column on the right running down the page (notice date, child, Medicaid ID, DOB, claim number, "Services from" /
  "Services to", IFSP period as decoy); sessions after the IFSP ended; an earlier paid claim and its date in the
  text; 60-day appeal to the Office of Administrative Courts.
- faxstd_provider_notice_caption_boxes: small-type provider notice to the EI agency under a typed fax header line,
  captions over boxed values (claim number with "-01", billing NPI and tax ID in the same row, DOB, From / To),
  rendering interventionist not enrolled.
- scan300_member_eob_from_to_rows: member explanation of benefits with From and To columns, four rows and a total
  row, the developmental intervention row over the IFSP units denied, a footnote with the same span in words.
- phone_two_page_spanish_notice: two-page Spanish notice ("Aviso de acción"), Spanish labels, sessions before the
  IFSP began, photographed.
- rotated_agency_letter_to_appeals_unit_facts_left: the EI agency's letter to the Department's appeals unit (the
  program the addressee), facts column on the left, asking to reopen the not-enrolled denial (denies nothing).
- lowres_part_c_payor_of_last_resort_denial: Early Intervention Colorado's decision that Part C funds will not pay
  the sessions outside the IFSP either; dispute options (mediation, due process, a state complaint within one year)
  with no appeal deadline counted from the notice.
- copy_stack_ifsp_authorization_then_units_denial: the IFSP services authorization (denies nothing), a blank
  separator, then the Department's letter to the agency denying units over the IFSP, its page fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddj_famdjd import DJSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "medicaid_early_intervention_developmental_services_claim_denial"
LANG = "en"
SEED = 351503
HCPF = "Colorado Department of Health Care Policy & Financing"
HFC = "Health First Colorado"
EIC = "Early Intervention Colorado"
CDEC = "Colorado Department of Early Childhood"
AGENCY = "Bristlecone Developmental Therapies, LLC"
AGENCY_ALT = "Bristlecone Developmental Therapies"
SC = "Arapaho Peaks Early Intervention Services"
DI = "Marguerite O. Fennimore"
NEW = "Tomasz J. Albrecht"
SLP = "Priya N. Castellano"
CODE = "T1027"
INS_ALT = {"insurer": [HFC]}


def _mid(rng):
    return rng.choice("KPRT") + digits(rng, 6)


def _dob(rng):
    return dt.date(rng.choice([2024, 2025]), rng.randint(1, 12), rng.randint(1, 28))


def _claim(rng):
    return digits(rng, 11) + "-01"


def _head(p: DJSheet, rng, sub: str, who: str = "hcpf", y: float = 12):
    p.set_y(y)
    p.f(12.5, "B")
    p.cell(0, 6, HCPF if who == "hcpf" else CDEC, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, (f"{HFC} (Colorado's Medicaid Program)" if who == "hcpf" else EIC) + f"  |  {sub}",
           new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"1570 Grant Street, Denver CO 80203  |  1-800-555-{digits(rng, 4)}  |  TTY 711",
           new_x="LMARGIN", new_y="NEXT")
    p.line_seg(p.l_margin, p.get_y() + 1, p.w - p.r_margin, p.get_y() + 1)
    p.set_y(p.get_y() + 4)


def _visits(start: dt.date, n: int, step: int = 7) -> list[dt.date]:
    return [plus(start, i * step) for i in range(n)]


def bd_notice(rng):
    child, cf, cm, cl = person(rng)
    parent = person(rng)[0]
    mid, claim = _mid(rng), _claim(rng)
    nd = dt.date(2026, 5, 12) + dt.timedelta(days=rng.randint(0, 6))
    i0, i1 = dt.date(2025, 10, 1), dt.date(2026, 3, 31)
    vis = _visits(dt.date(2026, 4, 6) + dt.timedelta(days=rng.randint(0, 2)), 3, 7)
    units = 4 * len(vis)
    billed = round(units * rng.choice([28.5, 31.25, 33.8]), 2)
    prior = digits(rng, 11) + "-01"
    p = DJSheet(footer="Page {n} of {nb}", footer_left="HCPF NOA-CLM-EI (01/26)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Notice of Action")
    p.line("NOTICE OF ACTION - CLAIM DENIED", 12, "B")
    p.ln(3)
    paras = [f"{parent}\nParent of {child}\n{rng.randint(100, 9899)} Columbine Ct\nLoveland CO 805{rng.randint(10, 99)}",
             f"Dear {parent}:",
             f"{AGENCY} asked {HFC} to pay for developmental intervention visits that {DI} gave your child "
             f"{child} from {fdate(vis[0], 'long')} through {fdate(vis[-1], 'long')}. We denied this claim.",
             f"**Why we denied it.** Early intervention services are paid only when they are on your child's "
             f"Individualized Family Service Plan (IFSP) for the dates they are given. The IFSP on file ended on "
             f"{fdate(i1, 'long')}. A new IFSP was not in place on the dates of these visits. (Rule: early "
             "intervention services must be listed on a current IFSP.)",
             f"Your earlier claim {prior} for {fdate(dt.date(2026, 3, 3), 'long')} was paid; it is not changed by "
             "this notice. You do not have to pay the provider for the denied visits.",
             "**Your right to appeal.** If you disagree, you may ask for a State Fair Hearing. Your appeal must "
             "be received by the Office of Administrative Courts within 60 days of the date of this notice. You "
             "may speak for yourself or have someone speak for you. An expedited hearing may be asked for when "
             "waiting could seriously harm your child's health; it is decided within 3 working days.",
             f"Questions? Call the Member Contact Center at 1-800-555-{digits(rng, 4)} (TTY 711)."]
    facts = [("Notice date", fdate(nd, "slash")), ("Child", child), ("Medicaid ID", mid),
             ("Date of birth", fdate(_dob(rng), "slash")), ("Claim number", claim),
             ("Provider", AGENCY), ("Interventionist", DI), ("Services from", fdate(vis[0], "slash")),
             ("Services to", fdate(vis[-1], "slash")), ("Procedure / units", f"{CODE} x {units}"),
             ("Amount billed", money(billed)), ("IFSP period on file", f"{fdate(i0, 'slash')} - {fdate(i1, 'slash')}")]
    p.side_col(paras, facts, "right", col_w=50, size=9.5, fsize=8.6)
    t = truth("denial_letter", "prior_authorization", insurer=HCPF, member_id=mid, member_name=child,
              cases=[claim], claim_amount=m2(billed), service_dates=[span(vis[0], vis[-1])],
              denial_date=nd.isoformat(), provider=DI, appeal_deadline=plus(nd, 60).isoformat(),
              denial_alternates=["not_covered"],
              alternates={**INS_ALT, "provider": [AGENCY_ALT], "appeal_deadline": [None],
                          "service_dates": [[v.isoformat() for v in vis]]})
    return out(p), t


def faxstd_provider_notice(rng):
    child = person(rng)[0]
    mid, claim = _mid(rng), _claim(rng)
    nd = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 6))
    vis = _visits(dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 3)), 4, 7)
    rate = rng.choice([29.4, 31.25, 32.6])
    tot = round(rate * 4 * len(vis), 2)
    acct = f"BDT-{digits(rng, 6)}"
    fax = (f"{nd.strftime('%d%b%Y').upper()} 14:{rng.randint(10, 59)}  HCPF PROVIDER SVCS 303-555-{digits(rng, 4)}"
           f"  >>  BRISTLECONE DEV 970-555-{digits(rng, 4)}   P.{{n}}")
    p = DJSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Provider Services - Claims")
    p.line("PROVIDER CLAIM NOTICE - DENIED", 9.5, "B")
    p.f(7.6)
    p.multi_cell(0, 3.6, f"To: {AGENCY}, Billing Office, {rng.randint(100, 999)} Remington St, Fort Collins CO "
                         f"805{rng.randint(20, 29)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.capgrid([
        [("Notice date", fdate(nd, "slash"), 30), ("Claim number", claim, 46), ("Billing NPI", digits(rng, 10), 36),
         ("Tax ID", f"84-{digits(rng, 7)}", 30), ("Patient account", acct, 40)],
        [("Member", child, 52), ("Medicaid ID", mid, 34), ("Date of birth", fdate(_dob(rng), "slash"), 30),
         ("Rendering provider", NEW, 66)],
        [("Rendering NPI", digits(rng, 10), 36), ("From", fdate(vis[0], "slash"), 30),
         ("To", fdate(vis[-1], "slash"), 30), ("Billed", money(tot), 32), ("Paid", "$0.00", 26),
         ("Reason", "EI-41", 28)],
    ], cap=6.0, val=7.6)
    p.ln(1)
    p.table(["Line", "Date", "Proc", "Units", "Billed", "Allowed", "Reason"],
            [[str(i + 1), fdate(v, "short"), CODE, "4", money(rate * 4, "nosign"), "0.00", "EI-41"]
             for i, v in enumerate(vis)],
            [12, 24, 18, 14, 24, 24, 20], size=7.4, aligns=["L", "L", "L", "R", "R", "R", "L"])
    p.para(f"EI-41  The rendering provider ({NEW}) was not enrolled with {HFC} as an early intervention "
           "provider on the dates of service. Services by a provider who is not enrolled cannot be paid, even "
           "when the billing agency is enrolled. Enrollment is not back-dated past the date the application was "
           "received.", 7.5)
    p.para("Reconsideration: you may ask for a reconsideration of this decision within 60 days of the date of "
           "this notice. Claims must be received within 365 days of the date of service (timely filing). Do not "
           "bill the family for these services.", 7.5)
    t = truth("denial_letter", "out_of_network", insurer=HCPF, member_id=mid, member_name=child, cases=[claim],
              claim_amount=m2(tot), service_dates=[span(vis[0], vis[-1])], denial_date=nd.isoformat(),
              provider=NEW, appeal_deadline=plus(nd, 60).isoformat(), denial_alternates=["other", "eligibility"],
              alternates={**INS_ALT, "provider": [AGENCY_ALT], "service_dates": [[v.isoformat() for v in vis]]})
    return out(p), t


def scan300_eob(rng):
    child = person(rng)[0]
    parent = person(rng)[0]
    mid = _mid(rng)
    sd = dt.date(2026, 6, 15) + dt.timedelta(days=rng.randint(0, 5))
    m0, m1 = dt.date(2026, 5, 4), dt.date(2026, 5, 29)
    cls = [_claim(rng) for _ in range(4)]
    sc_amt, di_amt, slp_amt, over = (amount(rng, 180, 260), amount(rng, 480, 620), amount(rng, 300, 420),
                                     amount(rng, 240, 320))
    rows = [(cls[0], "Arapaho Peaks EI Services", "Service coordination", m0, m1, sc_amt, "Paid"),
            (cls[1], DI, f"Dev. intervention {CODE} x 16", m0, m1, di_amt, "Paid"),
            (cls[2], SLP, "Speech therapy 92507 x 4", dt.date(2026, 5, 6), dt.date(2026, 5, 27), slp_amt, "Paid"),
            (cls[3], DI, f"Dev. intervention {CODE} x 8", dt.date(2026, 5, 18), m1, over, "Denied U3")]
    p = DJSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Explanation of Benefits - this is not a bill")
    p.right_block([("Statement date:", fdate(sd, "slash")), ("Member:", child), ("Medicaid ID:", mid),
                   ("Mailed to:", parent), ("Processed:", "05/01/2026 - 05/31/2026")], w=96, size=8.5,
                  y=p.get_y())
    p.ln(4)
    tb = [[c, pr, d, fdate(a, "slash"), fdate(b, "slash"), money(v, "nosign"),
           money(v if s == "Paid" else 0, "nosign"), s] for c, pr, d, a, b, v, s in rows]
    tb.append(["", "Total", "", "", "", money(sum(r[5] for r in rows), "nosign"),
               money(sum(r[5] for r in rows[:3]), "nosign"), ""])
    p.table(["Claim", "Provider", "Service", "From", "To", "Billed", "Paid", "Status"], tb,
            [24, 38, 38, 17, 17, 15, 15, 18], size=6.7, aligns=["L", "L", "L", "L", "L", "R", "R", "L"],
            bold_last=True)
    p.para(f"U3  The developmental intervention visits from May 18 through May 29, 2026 (claim {cls[3]}) were over "
           "the 16 units a month on your child's IFSP (4 visits of one hour). Units over the IFSP are not paid "
           "unless the IFSP team changes the plan before the visits. The provider may not bill you for them.", 8.2)
    p.para(f"Provider for all rows: {AGENCY} (developmental intervention and speech therapy) and {SC} (service "
           "coordination). You may appeal a denied row within 60 days of the date of this statement by asking "
           "for a State Fair Hearing. Date of birth on file: " + fdate(_dob(rng), "slash") + ".", 8.2)
    t = truth("eob", "prior_authorization", insurer=HCPF, member_id=mid, member_name=child, cases=[cls[3]],
              claim_amount=m2(over), service_dates=[span(dt.date(2026, 5, 18), m1)], denial_date=sd.isoformat(),
              provider=DI, appeal_deadline=plus(sd, 60).isoformat(),
              denial_alternates=["medical_necessity", "not_covered"],
              alternates={**INS_ALT, "provider": [AGENCY_ALT], "appeal_deadline": [None]})
    return out(p), t


def phone_spanish(rng):
    child = person(rng)[0]
    parent = person(rng)[0]
    mid, claim = _mid(rng), _claim(rng)
    nd = dt.date(2026, 3, 23) + dt.timedelta(days=rng.randint(0, 5))
    i0 = dt.date(2026, 2, 16)
    vis = _visits(dt.date(2026, 1, 26), 3, 7)
    billed = round(12 * rng.choice([29.4, 31.25]), 2)
    p = DJSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Aviso de acción")
    p.line("AVISO DE ACCIÓN - RECLAMO DENEGADO", 12, "B")
    p.ln(2)
    p.pairs([("Fecha del aviso", fdate(nd, "long", "es")), ("Nombre del niño(a)", child),
             ("Número de miembro", mid), ("Fecha de nacimiento", fdate(_dob(rng), "dmy", "es")),
             ("Número de reclamo", claim), ("Proveedor", DI), ("Agencia", AGENCY),
             ("Fechas de servicio", f"{fdate(vis[0], 'dmy', 'es')} - {fdate(vis[-1], 'dmy', 'es')}"),
             ("Cantidad facturada", money(billed))], label_w=48, size=9.5)
    p.ln(3)
    p.para(f"Estimado(a) {parent}:", 10)
    p.para(f"{AGENCY} pidió a {HFC} que pagara las visitas de intervención del desarrollo que {DI} le dio a su "
           f"hijo(a) del {fdate(vis[0], 'long', 'es')} al {fdate(vis[-1], 'long', 'es')}. Denegamos este reclamo.",
           10)
    p.para(f"**Por qué lo denegamos.** Los servicios de intervención temprana se pagan solo cuando están en el Plan "
           f"Individualizado de Servicios para la Familia (IFSP) en las fechas en que se prestan. El IFSP de su "
           f"hijo(a) comenzó el {fdate(i0, 'long', 'es')}, después de estas visitas.", 10)
    p.para("Usted no tiene que pagarle al proveedor por estas visitas.", 10)
    p.add_page()
    p.line("SUS DERECHOS", 11, "B")
    p.ln(1)
    p.para("**Derecho a apelar.** Si no está de acuerdo, puede pedir una audiencia imparcial estatal. La Oficina de "
           "Tribunales Administrativos (Office of Administrative Courts) debe recibir su apelación dentro de 60 días "
           "a partir de la fecha de este aviso.", 10)
    p.para("Si esperar pudiera poner en grave peligro la salud de su hijo(a), puede pedir una audiencia acelerada; "
           "se decide dentro de 3 días hábiles.", 10)
    p.para(f"Para preguntas, llame al Centro de Contacto para Miembros al 1-800-555-{digits(rng, 4)} (TTY 711). "
           "Puede pedir este aviso en inglés o en otro formato sin costo.", 10)
    p.para(f"{HCPF}\n{HFC}", 10)
    t = truth("denial_letter", "prior_authorization", insurer=HCPF, member_id=mid, member_name=child,
              cases=[claim], claim_amount=m2(billed), service_dates=[span(vis[0], vis[-1])],
              denial_date=nd.isoformat(), provider=DI, appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              denial_alternates=["not_covered"],
              alternates={**INS_ALT, "provider": [AGENCY_ALT], "appeal_deadline": [None]})
    return out(p), t


def rotated_agency_letter(rng):
    child = person(rng)[0]
    mid, claim = _mid(rng), _claim(rng)
    ld = dt.date(2026, 5, 6) + dt.timedelta(days=rng.randint(0, 5))
    od = plus(ld, -rng.randint(12, 20))
    vis = _visits(dt.date(2026, 3, 3), 4, 7)
    eff = dt.date(2026, 2, 20)
    billed = round(16 * 31.25, 2)
    director = person(rng)[0]
    p = DJSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.set_y(12)
    p.f(13, "B")
    p.cell(0, 6, AGENCY, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Early intervention developmental therapy  |  Fort Collins CO  |  970-555-{digits(rng, 4)}  |  "
                 f"NPI {digits(rng, 10)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    facts = [("Date", fdate(ld, "long")), ("Child", child), ("Medicaid ID", mid), ("Claim number", claim),
             ("Notice dated", fdate(od, "slash")), ("Rendering provider", NEW),
             ("Dates of service", f"{fdate(vis[0], 'slash')} - {fdate(vis[-1], 'slash')}"),
             ("Amount billed", money(billed)), ("Enrollment effective", fdate(eff, "slash")),
             ("Our tax ID", f"84-{digits(rng, 7)}")]
    paras = [f"{HCPF}\nAppeals Unit - Provider Reconsiderations\n1570 Grant Street\nDenver CO 80203",
             "To the appeals unit:",
             f"We ask you to reconsider the denial dated {fdate(od, 'long')} of the claim for developmental "
             f"intervention visits that {NEW}, our developmental interventionist, gave {child} in March 2026. The "
             "notice says he was not enrolled with Health First Colorado on the dates of service.",
             f"His enrollment as a rendering provider was approved with an effective date of "
             f"{fdate(eff, 'long')}, before the first visit. A copy of the enrollment approval letter is attached. "
             "The visits were on the child's current IFSP and no units were over the plan.",
             "Please reprocess the claim. The family has not been billed.",
             f"Sincerely,\n\n{director}\nBilling and Compliance Director, {AGENCY}",
             f"Enclosures: enrollment approval; IFSP pages 4-6. cc: {SC}"]
    p.side_col(paras, facts, "left", col_w=48, size=9.8, fsize=8.6)
    t = truth("other", None, insurer=HCPF, member_id=mid, member_name=child, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(vis[0], vis[-1])], denial_date=ld.isoformat(),
              provider=AGENCY_ALT,
              alternates={"insurer": [HFC, None], "provider": [NEW], "claim_amount": [None]})
    return out(p), t


def lowres_part_c(rng):
    child = person(rng)[0]
    parent = person(rng)[0]
    cid = f"EIC-{digits(rng, 7)}"
    nd = dt.date(2026, 6, 2) + dt.timedelta(days=rng.randint(0, 6))
    i0, i1 = dt.date(2026, 5, 11), dt.date(2027, 5, 10)
    vis = _visits(dt.date(2026, 4, 13), 4, 7)
    billed = round(16 * 31.25, 2)
    hcpf_claim = _claim(rng)
    p = DJSheet(serif=True, footer="Page {n} of {nb}")
    p.set_margins(22, 14, 22)
    p.add_page()
    _head(p, rng, "Payor of Last Resort Review", who="cdec")
    p.line("Notice of Decision - Part C Payment", 12, "B")
    p.ln(2)
    p.pairs([("Date of notice", fdate(nd, "long")), ("Child", child), ("EI Colorado child ID", cid),
             ("Provider", AGENCY), ("Services", f"Developmental intervention, {fdate(vis[0], 'abbr')} - "
                                               f"{fdate(vis[-1], 'abbr')}"),
             ("Amount", money(billed)), ("Current IFSP", f"{fdate(i0, 'slash')} to {fdate(i1, 'slash')}")],
            label_w=44, size=9.5)
    p.ln(2)
    p.para(f"Dear {parent}:", 10)
    p.para(f"{HFC} denied the claim ({hcpf_claim}) for these visits because they were given before your child's "
           f"current IFSP began. {AGENCY} then asked {EIC} to pay for them with Part C funds, which pay for early "
           "intervention services only after other payers.", 10)
    p.para(f"We cannot pay for them either. Part C funds pay only for services on an IFSP that was in effect on the "
           f"date of service. Between the end of your child's last IFSP and {fdate(i0, 'long')} there was no IFSP.",
           10)
    p.para("If you disagree, you may ask for mediation, ask for a due process hearing, or file a written state "
           "complaint with the Colorado Department of Early Childhood. A state complaint must be about something "
           "that happened not more than one year before the complaint is received. Your service coordinator can "
           "help you.", 10)
    p.para(f"Sincerely,\n{EIC}, Colorado Department of Early Childhood\ncc: {SC}", 10)
    t = truth("denial_letter", "prior_authorization", insurer=EIC, member_name=child, cases=[cid, hcpf_claim],
              claim_amount=m2(billed), service_dates=[span(vis[0], vis[-1])], denial_date=nd.isoformat(),
              provider=AGENCY_ALT, denial_alternates=["not_covered"],
              alternates={"insurer": [CDEC], "case_numbers": [[hcpf_claim], [cid]], "member_id": [cid]})
    return out(p), t


def copy_stack(rng):
    child = person(rng)[0]
    parent = person(rng)[0]
    mid = _mid(rng)
    ad = dt.date(2026, 2, 9) + dt.timedelta(days=rng.randint(0, 4))
    i0, i1 = plus(ad, 3), plus(ad, 3 + 364)
    coord = person(rng)[0]
    p = DJSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "IFSP Services Authorization", who="cdec")
    p.line("IFSP Services Authorization", 12, "B")
    p.ln(2)
    p.pairs([("Date", fdate(ad, "long")), ("Child", child), ("Medicaid ID", mid), ("Service coordinator",
             f"{coord}, {SC}"), ("IFSP dates", f"{fdate(i0, 'slash')} - {fdate(i1, 'slash')}")], label_w=44,
            size=9.5)
    p.ln(2)
    p.para(f"Dear {parent}:", 10)
    p.para("Your child's IFSP team agreed on the services below. They are authorized for the IFSP dates above. "
           "Services are billed first to Health First Colorado; Part C funds pay what other payers do not.", 10)
    p.table(["Service", "Provider", "Frequency", "Units / month"],
            [["Developmental intervention (T1027)", AGENCY_ALT, "1 hour weekly", "16"],
             ["Speech-language therapy (92507)", SLP, "2 visits monthly", "2"],
             ["Service coordination", SC, "monthly", "1"]], [58, 56, 32, 26], size=8.4)
    p.para("This letter approves services; it does not deny any. Call your service coordinator to change the plan.",
           9.5)
    doc1 = (out(p), truth("other", None, insurer=EIC, member_id=mid, member_name=child, denial_date=ad.isoformat(),
                          provider=AGENCY_ALT,
                          alternates={"insurer": [CDEC], "provider": [SC, None], "service_dates": [[span(i0, i1)]]}))
    nd = dt.date(2026, 4, 27) + dt.timedelta(days=rng.randint(0, 5))
    vis = [dt.date(2026, 4, 6), dt.date(2026, 4, 8), dt.date(2026, 4, 13)]
    over = round(12 * 31.25, 2)
    claim = _claim(rng)
    q = DJSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Provider Services - Claims")
    for ln in [f"{AGENCY}", "Attn: Billing Office", f"{rng.randint(100, 999)} Remington St", "Fort Collins CO 80524"]:
        q.line(ln, 9.5)
    q.ln(3)
    q.nboxes([("Notice date", fdate(nd, "slash"), 34), ("Claim number", claim, 48), ("Medicaid ID", mid, 34),
              ("Billed", money(over), 30), ("Tax ID", f"84-{digits(rng, 7)}", 30)], h=12, cap=6.4, val=9)
    q.ln(3)
    q.para(f"Re: {child}, developmental intervention on {fdate(vis[0], 'slash')}, {fdate(vis[1], 'slash')} and "
           f"{fdate(vis[2], 'slash')}", 10)
    q.para(f"We denied these three extra visits billed by {DI}. The IFSP authorizes 16 units a month (one hour "
           "weekly); with these visits April 2026 reached 28 units. Units over the IFSP are not paid unless the "
           "IFSP team amends the plan first.", 10)
    q.para("You may ask for a reconsideration within 60 days of the date of this notice. Do not bill the family.",
           10)
    q.para(f"{HCPF} - Provider Services", 10)
    doc2 = (out(q), truth("denial_letter", "prior_authorization", insurer=HCPF, member_id=mid, member_name=child,
                          cases=[claim], claim_amount=m2(over), service_dates=[v.isoformat() for v in vis],
                          denial_date=nd.isoformat(), provider=DI, appeal_deadline=plus(nd, 60).isoformat(),
                          denial_alternates=["medical_necessity", "not_covered"],
                          alternates={**INS_ALT, "provider": [AGENCY_ALT],
                                      "service_dates": [[span(vis[0], vis[-1])]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_notice_two_column_facts_right", "born_digital", [bd_notice(rng)]),
        Item(F + "faxstd_provider_notice_caption_boxes", "fax_standard_g4", [faxstd_provider_notice(rng)]),
        Item(F + "scan300_member_eob_from_to_rows", "scan_clean_300", [scan300_eob(rng)]),
        Item(F + "phone_two_page_spanish_notice", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_agency_letter_to_appeals_unit_facts_left", "rotated", [rotated_agency_letter(rng)]),
        Item(F + "lowres_part_c_payor_of_last_resort_denial", "scan_lowres_150", [lowres_part_c(rng)]),
        Item(F + "copy_stack_ifsp_authorization_then_units_denial", "photocopy", copy_stack(rng),
             separators=["blank", None], turns={(1, 0): 90}),
    ]
