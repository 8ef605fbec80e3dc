"""An invented commercial plan (Brightwater Crest Health Plan) paying visits to a freestanding emergency room at the
urgent care level: the emergency facility fee (revenue code 0450, CPT 99284 / 99285) reduced to the plan's urgent
care facility rate after a prudent layperson review of the presenting symptoms, with the freestanding ER's
statement, the member's appeal letter, an upheld appeal and an overturned one. Revenue and CPT codes and the
prudent layperson standard appear as themselves; the plan, the freestanding ER, its physicians, every person and
number is invented.

Documents (8 in 7 files):
- bd_eob_three_claims_from_to_overnight: member EOB, three claims in a table with From and To columns (the
  facility claim of an overnight visit from 03/14 to 03/15 paid at the urgent care level, the ER physician and
  the laboratory paid), a total row, a footnote naming the reduced claim's span in words; subscriber, plan year
  and an earlier claim in the text as decoys.
- faxstd_provider_notice_captions: small-type notice to the freestanding ER (the provider is the addressee)
  under a typed fax header line, captions over ruled boxes (claim number with "-01", NPI and tax ID in the
  same row, member ID BCH + 9 digits, DOB next to From / To, billed, allowed), provider appeal in 90 days.
- phone_spanish_first_two_page_notice_captions: a bilingual notice, Spanish first ("Número de miembro",
  "Fecha del aviso", "Fechas de servicio", "Proveedor") in caption boxes, English on page 2; photographed.
- rotated_member_appeal_letter_to_plan: the member's letter "To the appeals unit:" (the plan the addressee),
  the earlier claim's number and date, the member's date of birth (denies nothing).
- lowres_fser_statement_from_to_date_time: the freestanding ER's statement with From and To date-time columns,
  the facility fee row reduced by the plan (denies nothing).
- copy_appeal_upheld_two_column: the upheld first-level appeal with the facts in a right-hand column for the
  page, a second-level appeal in 60 days, 72-hour and external review decoys.
- faxfine_stack_overturned_then_turned_eob: a typed fax cover sheet, an overturned appeal paying a visit at the
  emergency level (denies nothing), then an EOB for a dependent's visit paid at the urgent care level, fed
  sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddj_famdjf import DJSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "freestanding_er_facility_fee_urgent_care_level_eob"
LANG = "en"
SEED = 351605
PLAN = "Brightwater Crest Health Plan"
FSER = "Summit Ridge Emergency Center"
GROUP_MD = "Summit Ridge Emergency Physicians, PLLC"
ERDOC = "Anneliese J. Morrow"
LABCO = "Quarry Lane Clinical Laboratory"
UC = ("The plan reviewed the presenting symptoms and the diagnosis under the prudent layperson standard and "
      "found that the visit did not need emergency room care; the facility fee was paid at the urgent care "
      "facility rate.")


def _ids(rng):
    return {"mid": "BCH" + digits(rng, 9), "grp": f"G-{digits(rng, 6)}", "plan": f"EPO {digits(rng, 3)}"}


def _dob(rng):
    return dt.date(rng.randint(1958, 2004), rng.randint(1, 12), rng.randint(1, 28))


def _logo(p: DJSheet, rng, dept: str, y: float = 12):
    p.set_y(y)
    p.set_fill_color(20, 110, 130)
    p.ellipse(p.l_margin, y, 11, 11, style="F")
    p.set_xy(p.l_margin + 14, y)
    p.f(13, "B")
    p.cell(0, 6, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 14)
    p.f(7.5)
    p.cell(0, 4, f"{dept}  |  PO Box {rng.randint(1000, 9999)}, Boise ID 837{rng.randint(10, 99)}  |  "
                 f"1-888-555-{digits(rng, 4)}  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 16)


def _visit(rng, base=dt.date(2026, 3, 14)):
    d0 = base + dt.timedelta(days=rng.randint(0, 10))
    return d0, plus(d0, 1)


def _fees(rng):
    return amount(rng, 2600, 4200), amount(rng, 640, 980), amount(rng, 180, 360)


def bd_eob(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    sub = person(rng)[0]
    d0, d1 = _visit(rng)
    sd = plus(d1, rng.randint(24, 34))
    fac, phy, lab = _fees(rng)
    uc = amount(rng, 240, 320)
    cl = [digits(rng, 10) + "-01" for _ in range(3)]
    earlier = "31-" + digits(rng, 8)
    p = DJSheet(footer="Page {n} of {nb}", footer_left="BCHP-EOB-M (01/26)")
    p.set_margins(14, 12, 14)
    p.add_page()
    _logo(p, rng, "Explanation of Benefits - this is not a bill")
    p.right_block([("Statement date:", fdate(sd, "long")), ("Subscriber:", sub), ("Patient:", mem),
                   ("Member ID:", ids["mid"]), ("Group:", ids["grp"]), ("Plan:", ids["plan"])], w=100, size=8.5,
                  y=p.get_y())
    p.ln(3)
    rows = [[cl[0], FSER, fdate(d0, "slash"), fdate(d1, "slash"), money(fac, "nosign"), money(uc, "nosign"),
             money(uc * 0.8, "nosign"), "Reduced U9"],
            [cl[1], GROUP_MD, fdate(d0, "slash"), fdate(d0, "slash"), money(phy, "nosign"),
             money(phy * 0.7, "nosign"), money(phy * 0.56, "nosign"), "Paid"],
            [cl[2], LABCO, fdate(d1, "slash"), fdate(d1, "slash"), money(lab, "nosign"),
             money(lab * 0.6, "nosign"), money(lab * 0.48, "nosign"), "Paid"],
            ["", "Total", "", "", money(fac + phy + lab, "nosign"), money(uc + phy * 0.7 + lab * 0.6, "nosign"),
             money(uc * 0.8 + phy * 0.56 + lab * 0.48, "nosign"), ""]]
    p.table(["Claim", "Provider", "From", "To", "Billed", "Allowed", "Plan paid", "Status"], rows,
            [30, 52, 19, 19, 18, 17, 17, 16], size=7.6, aligns=["L", "L", "L", "L", "R", "R", "R", "L"],
            bold_last=True)
    p.para(f"U9  Claim {cl[0]}, the facility fee for the visit from {fdate(d0, 'long')} to {fdate(d1, 'long')} "
           f"(revenue code 0450, CPT 99284): {UC} The amount above the urgent care rate is not covered; "
           f"{FSER} is in network and may not bill you for it.", 8.4)
    p.para(f"Your earlier claim {earlier} for an office visit on {fdate(plus(d0, -40), 'abbr')} was processed on a "
           "previous statement. Plan year 01/01/2026 - 12/31/2026. Emergency room copay $250; urgent care "
           "copay $50.", 8.4)
    p.para("You may appeal within 180 days of the date of this statement. If waiting could seriously harm your "
           "health, ask for an urgent appeal; we decide those within 72 hours.", 8.4)
    t = truth("eob", "level_of_care", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[cl[0]], claim_amount=m2(fac), service_dates=[span(d0, d1)],
              denial_date=sd.isoformat(), provider=FSER, appeal_deadline=plus(sd, 180).isoformat(),
              denial_alternates=["medical_necessity"], alternates={"service_dates": [[span(d0)]]})
    return out(p), t


def faxstd_provider(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    d0, d1 = _visit(rng, dt.date(2026, 3, 2))
    nd = plus(d1, rng.randint(20, 30))
    fac = amount(rng, 2600, 4200)
    uc = amount(rng, 240, 320)
    claim = digits(rng, 10) + "-01"
    fax = (f"{nd.strftime('%d%b%Y').upper()} 11:{rng.randint(10, 59)}  BCHP CLAIMS 208-555-{digits(rng, 4)}"
           f"  >>  SUMMIT RIDGE EC 208-555-{digits(rng, 4)}   PAGE {{n}} OF 2")
    p = DJSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _logo(p, rng, "Provider Claims Review")
    p.f(8)
    p.multi_cell(0, 3.6, f"To: {FSER}, Patient Financial Services\n4100 Ridgecrest Pkwy, Meridian ID 836{rng.randint(10, 99)}",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.line("PROVIDER NOTICE - FACILITY FEE PAID AT URGENT CARE LEVEL", 9, "B")
    p.ln(1)
    p.capgrid([
        [("Notice date", fdate(nd, "slash"), 28), ("Claim number", claim, 40), ("Billing NPI", digits(rng, 10), 34),
         ("Tax ID", f"82-{digits(rng, 7)}", 28), ("Patient account", f"SREC{digits(rng, 7)}", 34),
         ("Bill type", "0131", 22)],
        [("Patient", mem, 50), ("Member ID", ids["mid"], 40), ("Date of birth", fdate(_dob(rng), "slash"), 28),
         ("From", f"{fdate(d0, 'slash')} 23:{rng.randint(10, 59)}", 34),
         ("To", f"{fdate(d1, 'slash')} 0{rng.randint(2, 4)}:{rng.randint(10, 59)}", 34)],
        [("Rev / CPT", "0450 / 99284", 34), ("Billed", money(fac), 30), ("Allowed (UC rate)", money(uc), 34),
         ("Group", ids["grp"], 32), ("Attending", f"{ERDOC}, MD", 56)],
    ], cap=6.0, val=7.6)
    p.ln(1)
    p.para(f"Remark U9: {UC} Presenting complaint on the claim: ankle pain after a fall; able to bear weight; "
           "X-ray negative; discharged with a splint. The difference between billed and allowed is provider "
           "liability under your agreement and may not be billed to the member.", 7.7)
    p.add_page()
    p.band("PROVIDER APPEAL", 7.8)
    p.para("You may file a provider appeal within 90 days of the date of this notice. Include the triage note, "
           "the nursing assessment and the physician's record; the prudent layperson review looks at the symptoms "
           "as they presented, not only at the final diagnosis. Corrected claims must be received within 365 days "
           "of the date of service.", 7.8)
    p.para(f"Provider Services 1-888-555-{digits(rng, 4)}. Form BCHP-PN-12 (01/26).", 7.8)
    t = truth("denial_letter", "level_of_care", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[claim], claim_amount=m2(fac), service_dates=[span(d0, d1)],
              denial_date=nd.isoformat(), provider=FSER, appeal_deadline=plus(nd, 90).isoformat(),
              denial_alternates=["medical_necessity"],
              alternates={"service_dates": [[span(d0)]], "provider": [ERDOC]})
    return out(p), t


def phone_spanish(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    d0, d1 = _visit(rng, dt.date(2026, 2, 20))
    nd = plus(d1, rng.randint(22, 30))
    fac = amount(rng, 2600, 4200)
    uc = amount(rng, 240, 320)
    claim = digits(rng, 10) + "-01"
    p = DJSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 12, 18)
    p.add_page()
    _logo(p, rng, "Servicios para Miembros / Member Services")
    p.line("Aviso de determinación de beneficios", 12, "B")
    p.line("Notice of benefit determination (English on page 2)", 8.5)
    p.ln(2)
    p.capgrid([
        [("Fecha del aviso", fdate(nd, "long", "es"), 44), ("Número de miembro", ids["mid"], 44),
         ("Número de reclamo", claim, 44), ("Grupo", ids["grp"], 44)],
        [("Miembro", mem, 60), ("Fecha de nacimiento", fdate(_dob(rng), "slash"), 36),
         ("Fechas de servicio", f"{fdate(d0, 'slash')} - {fdate(d1, 'slash')}", 52), ("Cargo", money(fac), 28)],
        [("Proveedor", FSER, 80), ("Pagado como", "Atención de urgencia (0456)", 56), ("Permitido", money(uc), 40)],
    ], cap=7, val=9)
    p.ln(2)
    p.para(f"Estimado/a {mem}:", 10)
    p.para(f"Revisamos el reclamo de {FSER} por su visita del {fdate(d0, 'long', 'es')} al "
           f"{fdate(d1, 'long', 'es')}. Según la norma de la persona prudente, revisamos los síntomas con los que "
           "llegó y el diagnóstico. La visita no necesitaba una sala de emergencias, así que pagamos el cargo del "
           "centro al nivel de atención de urgencia. El centro está en la red y no le puede cobrar la diferencia.",
           10)
    p.para("**Su derecho a apelar.** Puede apelar dentro de 180 días a partir de la fecha de este aviso. Si su salud "
           "corre peligro, pida una apelación urgente; la decidimos en 72 horas. Después puede pedir una revisión "
           "externa independiente dentro de 4 meses.", 9.5)
    p.add_page()
    p.line("Notice of benefit determination", 11.5, "B")
    p.ln(1)
    p.para(f"Date of notice: {fdate(nd, 'long')}.  Member: {mem}.  Member ID: {ids['mid']}.  Claim: {claim}.", 9.5)
    p.para(f"We reviewed the claim from {FSER} for your visit from {fdate(d0, 'long')} to {fdate(d1, 'long')}. "
           f"{UC} The center is in network and may not bill you for the difference.", 9.5)
    p.para("You may appeal within 180 days of the date of this notice. Urgent appeals are decided within 72 hours; "
           "an external review may be requested within 4 months.", 9.5)
    p.para(f"Sincerely,\nMember Services, {PLAN}", 9.5)
    t = truth("denial_letter", "level_of_care", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[claim], claim_amount=m2(fac), service_dates=[span(d0, d1)],
              denial_date=nd.isoformat(), provider=FSER, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              denial_alternates=["medical_necessity"], alternates={"service_dates": [[span(d0)]]})
    return out(p), t


def rotated_member_letter(rng):
    ids = _ids(rng)
    mem, mf, mm, ml = person(rng)
    d0, d1 = _visit(rng)
    nd = plus(d1, rng.randint(25, 32))
    ld = plus(nd, rng.randint(10, 20))
    fac = amount(rng, 2600, 4200)
    claim = digits(rng, 10) + "-01"
    earlier = "31-" + digits(rng, 8)
    p = DJSheet(footer="Page {n} of {nb}")
    p.set_margins(24, 18, 24)
    p.add_page()
    p.f(10)
    for ln in [mem, f"{rng.randint(100, 9899)} Sagebrush Loop", f"Nampa ID 836{rng.randint(10, 99)}",
               f"208-555-{digits(rng, 4)}"]:
        p.line(ln, 10)
    p.ln(5)
    p.line(fdate(ld, "long"), 10)
    p.ln(4)
    for ln in [PLAN, "Appeals and Grievances", f"PO Box {rng.randint(1000, 9999)}", "Boise ID 83707"]:
        p.line(ln, 10)
    p.ln(4)
    p.line(f"Re: Member ID {ids['mid']}, claim {claim}", 10, "B")
    p.ln(2)
    p.para("To the appeals unit:", 10.5)
    p.para(f"I am appealing how you paid my visit to {FSER} on the night of {fdate(d0, 'long')} (I was discharged "
           f"early on {fdate(d1, 'long')}). Your notice of {fdate(nd, 'long')} paid the facility charge of "
           f"{money(fac)} as if it were an urgent care visit.", 10.5)
    p.para("I went because I had sudden chest tightness and my left arm felt numb. I am 58 (date of birth "
           f"{fdate(dt.date(1967, rng.randint(6, 12), rng.randint(1, 28)), 'slash')}) and my father had a heart attack at 60. The urgent care near me closes at "
           "8 p.m. The ECG and blood tests showed it was not my heart, but I could not have known that. Under the "
           "prudent layperson standard a visit is judged by the symptoms, not by the diagnosis at the end.", 10.5)
    p.para(f"Please note this is a different visit from my earlier claim {earlier} for March 3, which I am not "
           "disputing.", 10.5)
    p.para(f"Sincerely,\n\n{mem}", 10.5)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, cases=[claim],
              claim_amount=m2(fac), service_dates=[span(d0, d1)], denial_date=ld.isoformat(), provider=FSER,
              alternates={"insurer": [None], "service_dates": [[span(d0)]], "claim_amount": [None]})
    return out(p), t


def lowres_statement(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    d0, d1 = _visit(rng, dt.date(2026, 4, 2))
    sd = plus(d1, rng.randint(35, 45))
    fac, phy, lab = _fees(rng)
    xr = amount(rng, 210, 380)
    uc = amount(rng, 240, 320)
    t0, t1 = f"{rng.randint(20, 23)}:{rng.randint(10, 59)}", f"0{rng.randint(1, 4)}:{rng.randint(10, 59)}"
    p = DJSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 12, 16)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 6, FSER, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Freestanding emergency department - open 24 hours  |  Meridian ID  |  208-555-{digits(rng, 4)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.line("STATEMENT OF ACCOUNT", 11.5, "B")
    acct = f"SREC{digits(rng, 7)}"
    p.right_block([("Statement date:", fdate(sd, "slash")), ("Account:", acct), ("Patient:", mem),
                   ("Insurance:", PLAN), ("Member ID:", ids["mid"])], w=104, size=8.5, y=p.get_y())
    p.ln(4)
    fa, fb = f"{fdate(d0, 'slash')} {t0}", f"{fdate(d1, 'slash')} {t1}"
    rows = [[fa, fb, "0450", "Emergency room facility, level 4 (99284)", money(fac, "nosign")],
            [fa, fa, "0320", "X-ray, ankle, 3 views", money(xr, "nosign")],
            [fa, fb, "0300", "Laboratory", money(lab, "nosign")],
            ["", "", "", "Insurance paid", "-" + money(uc * 0.8 + xr * 0.8 + lab * 0.8, "nosign")],
            ["", "", "", "Plan adjustment - facility paid at urgent care level", "-" + money(fac - uc, "nosign")],
            ["", "", "", "Other contractual adjustments", "-" + money(xr * 0.2 + lab * 0.2, "nosign")]]
    bal = round(fac + xr + lab - (uc * 0.8 + xr * 0.8 + lab * 0.8) - (fac - uc) - (xr * 0.2 + lab * 0.2), 2)
    rows.append(["", "", "", "Balance due from patient", money(bal, "nosign")])
    p.table(["From", "To", "Rev", "Description", "Amount"], rows, [32, 32, 14, 84, 22], size=8,
            aligns=["L", "L", "L", "L", "R"], bold_last=True)
    p.para(f"Your plan paid the facility fee for the visit of {fdate(d0, 'long')} to {fdate(d1, 'long')} at its "
           "urgent care rate. Because we are in your plan's network, we have written off the difference. The "
           f"physician's services are billed separately by {GROUP_MD}.", 9)
    p.para("Payment is due within 30 days of the statement date. Financial assistance applications are accepted "
           "for 240 days.", 9)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, claim_amount=m2(fac),
              service_dates=[span(d0, d1)], denial_date=sd.isoformat(), provider=FSER, unscored=["insurer"],
              alternates={"service_dates": [[span(d0)]], "claim_amount": [m2(fac + xr + lab), m2(bal), None]})
    return out(p), t


def copy_appeal_upheld(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    d0, d1 = _visit(rng, dt.date(2026, 2, 6))
    nd = plus(d1, rng.randint(60, 75))
    rec = plus(nd, -rng.randint(18, 28))
    fac = amount(rng, 2600, 4200)
    claim = digits(rng, 10) + "-01"
    appeal = f"AP26-{digits(rng, 6)}"
    p = DJSheet(footer="Page {n} of {nb}", footer_left="BCHP-APL-UP (01/26)")
    p.set_margins(16, 12, 16)
    p.add_page()
    _logo(p, rng, "Appeals and Grievances")
    p.line("First-level appeal decision", 12, "B")
    p.ln(2)
    facts = [("Decision date", fdate(nd, "long")), ("Member", mem), ("Member ID", ids["mid"]),
             ("Group", ids["grp"]), ("Appeal number", appeal), ("Claim number", claim),
             ("Appeal received", fdate(rec, "slash")), ("Visit from", fdate(d0, "slash")),
             ("Visit to", fdate(d1, "slash")), ("Facility", FSER), ("Billed", money(fac))]
    paras = [f"Dear {mem}:",
             f"You appealed the way we paid the facility charge for your visit to {FSER}. We have finished our "
             "review.",
             "**Decision: upheld.** A board-certified emergency physician who was not part of the first decision "
             "read the triage note, the nursing assessment and the physician's record. You arrived with a sore "
             "throat and a fever of 100.4 for two days, walked in without help and had normal vital signs. A "
             "prudent layperson with an average knowledge of health would not have expected serious harm without "
             "immediate emergency care, so the visit is paid at the urgent care level.",
             "**What you can do next.** You may ask for a second-level appeal within 60 days of the date of this "
             "letter. If a delay would seriously jeopardize your health, ask for an expedited appeal (72 hours). "
             "You may also ask for an external review by an independent review organization within 4 months.",
             f"Sincerely,\nAppeals and Grievances, {PLAN}"]
    p.side_facts(paras, facts, side="right", text_w=120, size=9.6, fsize=8.4)
    t = truth("denial_letter", "level_of_care", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[appeal, claim], claim_amount=m2(fac), service_dates=[span(d0, d1)],
              denial_date=nd.isoformat(), provider=FSER, appeal_deadline=plus(nd, 60).isoformat(),
              denial_alternates=["medical_necessity"],
              alternates={"case_numbers": [[appeal]], "service_dates": [[span(d0)]]})
    return out(p), t


def fax_stack(rng):
    ids = _ids(rng)
    mem, mf, mm, ml = person(rng)
    d0, d1 = _visit(rng, dt.date(2026, 1, 20))
    nd = plus(d1, rng.randint(70, 80))
    appeal = f"AP26-{digits(rng, 6)}"
    claim = digits(rng, 10) + "-01"
    p = DJSheet(footer=None)
    p.set_margins(22, 14, 22)
    p.add_page()
    _logo(p, rng, "Appeals and Grievances")
    p.line("Appeal decision - overturned", 11.5, "B")
    p.ln(2)
    p.pairs([("Date", fdate(nd, "abbr")), ("Appeal no.", appeal), ("Member", mem), ("Member ID", ids["mid"]),
             ("Claim", claim), ("Facility", FSER), ("Dates of service", f"{fdate(d0, 'slash')} - {fdate(d1, 'slash')}")],
            label_w=36, size=9.5)
    p.ln(3)
    p.para(f"Dear {mem}:", 10)
    p.para("We reversed our decision. You came in with sudden severe headache and vomiting; a prudent layperson "
           "would have thought this needed emergency care. We will reprocess the facility claim at the emergency "
           "room level within 30 days, less your $250 emergency room copay.", 10)
    p.para(f"Sincerely,\nAppeals and Grievances, {PLAN}", 10)
    doc1 = (out(p), truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem,
                          cases=[appeal, claim], service_dates=[span(d0, d1)], denial_date=nd.isoformat(),
                          provider=FSER, alternates={"case_numbers": [[appeal]], "service_dates": [[span(d0)]]}))
    kid = f"{person(rng)[1]} {rng.choice('ABCDEFGHJKLMN')}. {ml}"
    e0 = dt.date(2026, 4, 11) + dt.timedelta(days=rng.randint(0, 6))
    sd = plus(e0, rng.randint(21, 30))
    fac, phy, lab = _fees(rng)
    uc = amount(rng, 240, 320)
    cl = [digits(rng, 10) + "-01" for _ in range(2)]
    q = DJSheet(footer=None)
    q.set_margins(16, 12, 16)
    q.add_page()
    _logo(q, rng, "Explanation of Benefits")
    q.right_block([("Date:", fdate(sd, "slash")), ("Subscriber:", mem), ("Patient:", kid),
                   ("Member ID:", ids["mid"] + "-02")], w=96, size=8.5, y=q.get_y())
    q.ln(4)
    q.table(["Claim", "Provider", "From", "To", "Billed", "Allowed", "Paid", "Status"],
            [[cl[0], FSER, fdate(e0, "slash"), fdate(e0, "slash"), money(fac, "nosign"), money(uc, "nosign"),
              money(uc - 50, "nosign"), "Reduced U9"],
             [cl[1], GROUP_MD, fdate(e0, "slash"), fdate(e0, "slash"), money(phy, "nosign"),
              money(phy * 0.7, "nosign"), money(phy * 0.7, "nosign"), "Paid"]],
            [30, 52, 19, 19, 18, 17, 15, 18], size=7.6, aligns=["L", "L", "L", "L", "R", "R", "R", "L"])
    q.para(f"U9  {UC} Earache and low fever; seen and discharged within an hour.", 8.6)
    q.para("You may appeal within 180 days of the date of this statement.", 8.6)
    doc2 = (out(q), truth("eob", "level_of_care", insurer=PLAN, member_id=ids["mid"] + "-02", member_name=kid,
                          cases=[cl[0]], claim_amount=m2(fac), service_dates=[span(e0)], denial_date=sd.isoformat(),
                          provider=FSER, appeal_deadline=plus(sd, 180).isoformat(),
                          denial_alternates=["medical_necessity"], alternates={"member_id": [ids["mid"]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_three_claims_from_to_overnight", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_provider_notice_captions", "fax_standard_g4", [faxstd_provider(rng)]),
        Item(F + "phone_spanish_first_two_page_notice_captions", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_member_appeal_letter_to_plan", "rotated", [rotated_member_letter(rng)]),
        Item(F + "lowres_fser_statement_from_to_date_time", "scan_lowres_150", [lowres_statement(rng)]),
        Item(F + "copy_appeal_upheld_two_column", "photocopy", [copy_appeal_upheld(rng)]),
        Item(F + "faxfine_stack_overturned_then_turned_eob", "fax_fine_g4", fax_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
