"""An invented commercial plan (Kestrel Ridge Health Plan) whose behavioral health benefits are run by an invented
delegated manager (Quillmark Behavioral Health Partners, LLC) writing on its own letterhead "on behalf of" the plan:
partial hospitalization program (PHP) days denied as not medically necessary or as treatable at a lower level of
care (intensive outpatient), with the plan's own EOB, the program's statement and the psychiatrist's letter. The
plan, the manager, the program, every person and number is invented; CPT/HCPCS and revenue codes appear as
themselves.

Documents (8 in 7 files):
- faxstd_caption_form_concurrent_review_php_to_iop: the manager's concurrent review notice to the program, facts in
  small-caption boxes, the member ID in comb boxes (letters O / I among digits), denied days as a span.
- faxstd_small_type_member_letter_date_in_heading_cc_program: a 7 pt letter to the member whose only date is the
  heading "NOTICE OF ADVERSE BENEFIT DETERMINATION - <date>", the program only in the "cc:" line.
- phone_spanish_member_letter_lower_level_of_care: the Spanish denial.
- lowres_program_statement_one_day_denied: the program's statement to the patient (denies nothing), most PHP days
  paid by the plan, one day denied and left to the patient.
- rotated_plan_eob_php_claim_denied_per_manager_review: the plan's own EOB (its letterhead), four claims, the PHP
  claim denied "per review by Quillmark"; subscriber, plan year, an example and taglines as decoys.
- photocopy_upheld_appeal_decision_dated_in_title_id_split: the manager's appeal decision, "Decision dated ..." only
  in its title block, the member ID broken across a line in the text, previous claim numbers as decoys.
- faxfine_stack_psychiatrist_letter_then_overturned_appeal: a typed fax cover, the psychiatrist's letter on the
  program's letterhead asking for an expedited appeal (denies nothing), then the manager's overturned appeal
  (denies nothing) fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddh_famdhe import mixed_id
from kit_rounddk_famdkf import tiny_date
from kit_rounddl_famdlb import DLSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "behavioral_health_delegated_manager_partial_hospitalization_denial"
LANG = "en"
SEED = 352001
PLAN = "Kestrel Ridge Health Plan"
MGR = "Quillmark Behavioral Health Partners, LLC"
MGR_SHORT = "Quillmark Behavioral Health Partners"
PROG = "Foxglove Meadows Partial Hospitalization Program"
HOSPITAL = "Foxglove Meadows Behavioral Hospital"
PSY = "Imogen R. Castellanos"


def _ids(rng):
    return {"mid": mixed_id(rng, "KR", "cddcddcd"), "grp": f"{digits(rng, 4)}-BH-{digits(rng, 2)}",
            "plan": f"Kestrel Choice PPO {digits(rng, 2)}"}


def _mgr_head(p: DLSheet, rng, unit: str):
    p.letterhead(MGR, [f"{unit}  |  on behalf of {PLAN}",
                       f"PO Box {rng.randint(1000, 9999)}, Spokane WA 99210-{digits(rng, 4)}  |  1-877-555-{digits(rng, 4)}"
                       "  |  TTY 711"], mark=(90, 40, 110))


def _days(start, n):
    return [plus(start, i) for i in range(n)]


def faxstd_caption_form(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 3, 9) + dt.timedelta(days=rng.randint(0, 8))
    adm = plus(nd, -rng.randint(8, 12))
    d0 = plus(nd, 1)
    d1 = plus(d0, 4)
    ref = f"UM{digits(rng, 2)}-{digits(rng, 6)}"
    dob = dt.date(rng.randint(1975, 2004), rng.randint(1, 12), rng.randint(1, 28))
    fax = (f"{tiny_date(nd)} 16:{rng.randint(10, 59)}  QUILLMARK UM  509-555-{digits(rng, 4)}  ->  FOXGLOVE MEADOWS "
           f"PHP  509-555-{digits(rng, 4)}  PAGE {{n}}/2")
    p = DLSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _mgr_head(p, rng, "Utilization Management")
    p.line("CONCURRENT REVIEW DETERMINATION - PARTIAL HOSPITALIZATION", 9.4, "B")
    p.ln(1)
    p.comb([("Member ID", ids["mid"]), ("Group number", ids["grp"])], cap=6, val=8.6)
    p.capgrid([
        [("Determination date", fdate(nd, "slash"), 34), ("Review reference", ref, 40), ("Member", mem, 54),
         ("Date of birth", fdate(dob, "slash"), 30)],
        [("Facility / program", PROG, 92), ("Attending", f"{PSY}, MD", 52), ("Facility NPI", digits(rng, 10), 36)],
        [("Admitted to PHP", fdate(adm, "slash"), 32), ("Days requested", f"{fdate(d0, 'slash')} - {fdate(d1, 'slash')}", 56),
         ("Revenue / HCPCS", "0912 / H0035", 36), ("Decision", "NOT CERTIFIED", 40)],
    ], cap=5.6, val=7.6)
    p.ln(1)
    p.para(f"Reason: the member no longer meets {MGR_SHORT} criteria for partial hospitalization. Since "
           f"{fdate(plus(adm, 4), 'slash')} the record shows no self-harm urges, full attendance and a stable home. "
           "Treatment can continue safely at a lower level of care: intensive outpatient (IOP, 3 hours a day, "
           "3 days a week). IOP days are pre-certified under a new reference if requested.", 7.2)
    p.para("Peer-to-peer: the attending may call within 1 business day of this notice. Expedited appeal: decided "
           "within 72 hours.", 7.2)
    p.add_page()
    p.band("PROVIDER APPEAL RIGHTS", 7.4)
    p.para(f"The facility may appeal within 60 days of the date of this notice. This determination is made by "
           f"{MGR_SHORT} for {PLAN}, group {ids['grp']}. Claims for the days not certified will be denied. Member "
           "notice sent separately.", 7.2)
    p.para(f"Form QBH-CR-22  |  Provider line 1-877-555-{digits(rng, 4)}", 6.5)
    t = truth("denial_letter", "level_of_care", insurer=MGR, group=ids["grp"], member_id=ids["mid"], member_name=mem,
              cases=[ref], service_dates=[span(d0, d1)], denial_date=nd.isoformat(), provider=PROG,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": [PLAN], "provider": [PSY, HOSPITAL]}, denial_alternates=["medical_necessity"])
    return out(p), t


def faxstd_member_letter(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 3, 23) + dt.timedelta(days=rng.randint(0, 8))
    d0 = plus(nd, -rng.randint(12, 16))
    d1 = plus(d0, 4)
    billed = 5 * amount(rng, 640, 880)
    claim = f"{digits(rng, 4)}{mixed_id(rng, '', 'cddcdd')}"
    fax = (f"{fdate(nd, 'upper')} 11:{rng.randint(10, 59)}  QUILLMARK BH  FAX 509-555-{digits(rng, 4)}  P.{{n}}/1")
    p = DLSheet(footer=None, fax_hdr=fax)
    p.set_margins(16, 12, 16)
    p.add_page()
    _mgr_head(p, rng, "Member Appeals and Grievances")
    p.f(7.6, "B")
    p.cell(0, 4, f"NOTICE OF ADVERSE BENEFIT DETERMINATION - {fdate(nd, 'long').upper()}", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(1.5)
    p.f(7.2)
    for ln in [mem, f"{rng.randint(100, 9800)} Juniper Ln", f"Spokane WA 992{rng.randint(10, 99)}"]:
        p.cell(0, 3.3, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.pairs([("Member ID", ids["mid"]), ("Group", ids["grp"]), ("Plan", ids["plan"]), ("Claim", claim),
             ("Service", f"Partial hospitalization, {fdate(d0, 'slash')} through {fdate(d1, 'slash')}"),
             ("Billed", money(billed))], label_w=24, size=7.2, h=3.4)
    p.ln(1.5)
    p.para(f"Dear {mem}: {MGR_SHORT} manages mental health and substance use benefits for {PLAN}. We reviewed the "
           "claim above and decided the partial hospitalization days are not medically necessary. The program's "
           "notes show you attended groups on only 2 of the 5 days, and your treatment team had already planned "
           "your discharge. Days in a program you are not attending are not an active course of treatment.", 7.2)
    p.para("You may appeal within 180 days of the date of this notice. If waiting could seriously harm your health, "
           "ask for an expedited appeal (72 hours). After our final decision you may ask for an independent "
           "external review within 4 months. You may ask, free of charge, for copies of the criteria and records "
           "used. Example: if the plan's allowed amount were $500.00 a day, your coinsurance would be $100.00.", 7.2)
    p.para(f"Sincerely, Physician Reviewer, {MGR_SHORT}", 7.2)
    p.para(f"Nondiscrimination: {MGR_SHORT} and {PLAN} comply with federal civil rights laws. ATENCIÓN: si habla "
           f"español, llame al 1-877-555-{digits(rng, 4)} (TTY 711).", 6.2)
    p.para(f"cc: {PROG}", 7.2)
    t = truth("denial_letter", "medical_necessity", insurer=MGR, plan_id=ids["plan"], group=ids["grp"],
              member_id=ids["mid"], member_name=mem, cases=[claim], claim_amount=m2(billed),
              service_dates=[span(d0, d1)], denial_date=nd.isoformat(), provider=PROG,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": [PLAN]},
              denial_alternates=["level_of_care"])
    return out(p), t


def phone_spanish(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 4, 6) + dt.timedelta(days=rng.randint(0, 8))
    d0 = plus(nd, -rng.randint(10, 14))
    d1 = plus(d0, 2)
    billed = 3 * amount(rng, 640, 880)
    claim = digits(rng, 12)
    p = DLSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _mgr_head(p, rng, "Servicios para Miembros")
    p.line("Aviso de determinación adversa de beneficios", 12, "B")
    p.ln(1)
    p.pairs([("Fecha", fdate(nd, "long", "es")), ("Miembro", mem), ("Número de miembro", ids["mid"]),
             ("Grupo", ids["grp"]), ("Número de reclamo", claim),
             ("Fechas de servicio", f"del {fdate(d0, 'long', 'es')} al {fdate(d1, 'long', 'es')}"),
             ("Cantidad facturada", money(billed))], label_w=46, size=9.2)
    p.ln(2)
    p.para(f"Estimado(a) {mem}:", 9.6)
    p.para(f"{MGR_SHORT} administra los beneficios de salud mental de {PLAN}. Revisamos los días de hospitalización "
           f"parcial en {PROG}. Estos días no están cubiertos en ese nivel de atención: sus síntomas se podían tratar "
           "de forma segura en un programa ambulatorio intensivo (IOP), que es un nivel de atención menor.", 9.6)
    p.para("**Sus derechos.** Puede apelar dentro de 180 días a partir de la fecha de este aviso. Una apelación "
           "urgente se decide en 72 horas. Después puede pedir una revisión externa independiente dentro de 4 meses.",
           9.6)
    p.boilerplate(MGR_SHORT, f"1-877-555-{digits(rng, 4)}", size=6.4)
    t = truth("denial_letter", "level_of_care", insurer=MGR, group=ids["grp"], member_id=ids["mid"], member_name=mem,
              cases=[claim], claim_amount=m2(billed), service_dates=[span(d0, d1)], denial_date=nd.isoformat(),
              provider=PROG, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": [PLAN]}, denial_alternates=["medical_necessity"])
    return out(p), t


def lowres_statement(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    sd = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 6))
    start = dt.date(2026, 3, rng.randint(2, 9))
    days = _days(start, 5)
    deny = 3
    rate = amount(rng, 690, 840)
    rows, ins_tot, bal_tot = [], 0.0, 0.0
    for i, d in enumerate(days):
        if i == deny:
            ins, bal = 0.0, rate
        else:
            ins = round(rate * 0.8, 2)
            bal = round(rate - ins, 2)
        ins_tot, bal_tot = ins_tot + ins, bal_tot + bal
        rows.append([fdate(d, "slash"), "0912 H0035", "Partial hospitalization, full day", money(rate, "nosign"),
                     f"-{ins:,.2f}" if ins else "DENIED", money(bal, "nosign")])
    rows.append(["", "", "Totals", money(rate * 5, "nosign"), f"-{ins_tot:,.2f}", money(bal_tot, "nosign")])
    acct = f"FM-{digits(rng, 7)}"
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(15, 14, 15)
    p.add_page()
    p.letterhead(PROG, [f"A program of {HOSPITAL}  |  Patient Accounts 509-555-{digits(rng, 4)}"])
    p.line("STATEMENT OF ACCOUNT", 12, "B")
    p.right_block([("Statement date:", fdate(sd, "dmy")), ("Account no.:", acct), ("Patient:", mem),
                   ("Insurance:", PLAN), ("Member ID:", ids["mid"])], w=100, size=8.6)
    p.ln(3)
    p.table(["Date", "Rev / code", "Description", "Charge", "Insurance paid", "You owe"], rows,
            [24, 24, 58, 22, 28, 24], size=8.2, aligns=["L", "L", "L", "R", "R", "R"], bold_last=True)
    p.para(f"Your insurance paid the program days except {fdate(days[deny], 'long')}, which its behavioral health "
           f"manager found not medically necessary (you were seen for 1 hour that day). That day's charge of "
           f"{money(rate)} is now your responsibility, plus your 20% coinsurance on the other days.", 8.8)
    p.para("Payment is due within 30 days. Financial assistance applications are available at the front desk.", 8.8)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, claim_amount=m2(rate),
              service_dates=[span(days[deny])], denial_date=sd.isoformat(), provider=PROG, unscored=["insurer"],
              alternates={"claim_amount": [m2(bal_tot), m2(rate * 5), None], "provider": [HOSPITAL],
                          "service_dates": [[span(days[0], days[-1])]]})
    return out(p), t


def rotated_eob(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    sub = person(rng)[0]
    sd = dt.date(2026, 4, 13) + dt.timedelta(days=rng.randint(0, 6))
    php0 = dt.date(2026, 3, rng.randint(9, 16))
    php1 = plus(php0, 3)
    lines = [("Larchmont Counseling", "Psychotherapy (90837)", plus(php0, -rng.randint(20, 30)), None),
             ("Foxglove Meadows PHP", "Partial hosp. (H0035) x4", php0, php1),
             ("Larchmont Counseling", "Psychotherapy (90837)", plus(php1, rng.randint(6, 9)), None),
             ("Cedar Hollow Clinic", "Office visit (99214)", plus(php1, rng.randint(10, 14)), None)]
    deny = 1
    rows = []
    for i, (prov, svc, a, b) in enumerate(lines):
        billed = amount(rng, 150, 260) if i != deny else 4 * amount(rng, 640, 880)
        cl = digits(rng, 11)
        if i == deny:
            paid, owe, rm, dcl, dbill = 0.0, 0.0, "QB7", cl, billed
        else:
            paid = round(billed * 0.64, 2)
            owe, rm = round(billed * 0.16, 2), ""
        dates = fdate(a, "slash") + (f"-{fdate(b, 'slash')}" if b else "")
        rows.append([cl, prov, svc, dates, money(billed, "nosign"), money(paid, "nosign"), money(owe, "nosign"), rm])
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page()
    p.letterhead(PLAN, [f"Explanation of Benefits - THIS IS NOT A BILL  |  PO Box {rng.randint(1000, 9999)}, "
                        f"Spokane WA 99220-{digits(rng, 4)}  |  1-866-555-{digits(rng, 4)}"], mark=(20, 110, 80))
    p.right_block([("Statement date:", fdate(sd, "long")), ("Subscriber:", sub), ("Patient:", mem),
                   ("Member ID:", ids["mid"]), ("Group:", ids["grp"]), ("Plan:", ids["plan"]),
                   ("Plan year:", "01/01/2026 - 12/31/2026")], w=100, size=8.4)
    p.ln(3)
    p.table(["Claim", "Provider", "Service", "Dates", "Billed", "Plan paid", "You owe", "Rmk"], rows,
            [22, 34, 38, 37, 17, 17, 16, 9], size=7.2, aligns=["L", "L", "L", "L", "R", "R", "R", "C"])
    p.para(f"QB7  Claim {dcl} from {PROG} denied: not medically necessary per review by {MGR_SHORT}, which manages behavioral health "
           f"benefits for {PLAN}. You do not owe the provider for these days if it is in network.", 8.2)
    p.para("Your share: for example, if the allowed amount were $200.00, your 20% coinsurance would be $40.00. "
           "You may appeal a denied claim within 180 days of the date of this statement; behavioral health appeals "
           "are decided by Quillmark. Urgent appeals 72 hours; external review 4 months.", 8.2)
    p.boilerplate(PLAN, f"1-866-555-{digits(rng, 4)}")
    t = truth("eob", "medical_necessity", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[dcl], claim_amount=m2(dbill), service_dates=[span(php0, php1)],
              denial_date=sd.isoformat(), provider=PROG, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": [MGR]}, denial_alternates=["level_of_care"])
    return out(p), t


def photocopy_appeal(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    dd = dt.date(2026, 4, 27) + dt.timedelta(days=rng.randint(0, 8))
    d0 = dt.date(2026, 3, rng.randint(2, 12))
    d1 = plus(d0, 6)
    billed = 7 * amount(rng, 640, 880)
    appeal = f"AP-{digits(rng, 7)}"
    claim = digits(rng, 11)
    prev = [digits(rng, 11) for _ in range(2)]
    recd = plus(dd, -rng.randint(18, 26))
    mid = ids["mid"]
    p = DLSheet(footer=None)
    p.set_margins(22, 14, 22)
    p.add_page()
    _mgr_head(p, rng, "Appeals Department")
    p.set_fill_color(235, 235, 235)
    p.f(10.5, "B")
    p.multi_cell(0, 5.4, f"APPEAL DECISION\nDecision dated {fdate(dd, 'long')}\nLevel 1 member appeal", border=1,
                 fill=True, align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.pairs([("Appeal number", appeal), ("Claim number", claim), ("Member", mem), ("Appeal received", fdate(recd, "slash")),
             ("Services", f"Partial hospitalization {fdate(d0, 'slash')} - {fdate(d1, 'slash')}"),
             ("Billed", money(billed))], label_w=36, size=9.4)
    p.ln(2)
    p.f(9.8)
    w = p.w - p.l_margin - p.r_margin
    p.multi_cell(w, 4.6, f"Dear {mem}: This letter is about your appeal for member ID {mid[:5]}", new_x="LMARGIN",
                 new_y="NEXT")
    p.multi_cell(w, 4.6, f"{mid[5:]} of our decision on the partial hospitalization days at {PROG}.",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para("A board-certified psychiatrist who was not part of the first decision reviewed the records. **We upheld "
           "the decision.** During these days you were stable, sleeping and eating normally and attending work part "
           "time; your needs could be met at the intensive outpatient level of care, which your plan covers.", 9.8)
    p.para(f"Earlier claims for this program (previous claim {prev[0]}, {prev[1]}) were paid and are not part of "
           "this appeal.", 9.8)
    p.para("You may ask for a second-level appeal within 60 days of the date of this letter, or for an independent "
           "external review within 4 months. Expedited reviews are decided within 72 hours.", 9.8)
    p.para(f"Appeals Department, {MGR_SHORT}, on behalf of {PLAN}", 9.6)
    t = truth("denial_letter", "level_of_care", insurer=MGR, member_id=mid, member_name=mem, cases=[appeal, claim],
              claim_amount=m2(billed), service_dates=[span(d0, d1)], denial_date=dd.isoformat(), provider=PROG,
              appeal_deadline=plus(dd, 60).isoformat(),
              alternates={"insurer": [PLAN], "case_numbers": [[appeal], [claim]], "member_id": [None]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def faxfine_stack(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    ld = dt.date(2026, 5, 4) + dt.timedelta(days=rng.randint(0, 5))
    d0 = plus(ld, -rng.randint(6, 9))
    d1 = plus(d0, 4)
    ref = f"UM{digits(rng, 2)}-{digits(rng, 6)}"
    dob = dt.date(rng.randint(1980, 2005), rng.randint(1, 12), rng.randint(1, 28))
    p = DLSheet(footer=None)
    p.set_margins(22, 14, 22)
    p.add_page()
    p.letterhead(PROG, [f"{HOSPITAL}  |  Spokane WA  |  509-555-{digits(rng, 4)}  |  Fax 509-555-{digits(rng, 4)}"])
    p.line(fdate(ld, "long"), 10)
    p.ln(2)
    for ln in [MGR, "Attn: Expedited Appeals", f"Fax 509-555-{digits(rng, 4)}"]:
        p.line(ln, 9.8)
    p.ln(2)
    p.re_block([f"{mem}, DOB {fdate(dob, 'slash')}", f"Member ID {ids['mid']}   Review ref. {ref}",
                f"PHP days {fdate(d0, 'slash')} - {fdate(d1, 'slash')} not certified"])
    p.para("I ask for an expedited appeal of the decision not to certify these partial hospitalization days. My "
           "patient had a suicide attempt eleven days before admission, and her safety plan depends on daily "
           "structure. Stepping down to three IOP days a week now would leave four days without supervision.", 9.8)
    p.para(f"Sincerely,\n\n{PSY}, MD\nMedical Director, {PROG}", 9.8)
    doc1 = (out(p), truth("other", None, insurer=MGR, member_id=ids["mid"], member_name=mem, cases=[ref],
                          service_dates=[span(d0, d1)], denial_date=ld.isoformat(), provider=PSY,
                          alternates={"insurer": [None, PLAN], "provider": [PROG]}))
    ad = plus(ld, rng.randint(2, 3))
    appeal = f"EX-{digits(rng, 7)}"
    q = DLSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _mgr_head(q, rng, "Expedited Appeals")
    q.line("EXPEDITED APPEAL DECISION: OVERTURNED", 11.5, "B")
    q.pairs([("Date", fdate(ad, "slash")), ("Appeal number", appeal), ("Review reference", ref), ("Member", mem),
             ("Member ID", ids["mid"]), ("Days", f"{fdate(d0, 'slash')} - {fdate(d1, 'slash')}")], label_w=38, size=9.4)
    q.ln(2)
    q.para(f"Dear {mem}: A psychiatrist reviewer looked at your expedited appeal and the letter from {PSY}, MD. "
           "**We overturned the earlier decision.** The partial hospitalization days above are now certified, and "
           f"claims for them will be paid under your {PLAN} benefits.", 9.8)
    q.para("You do not need to do anything. This decision was made within 72 hours of your request.", 9.8)
    doc2 = (out(q), truth("other", None, insurer=MGR, member_id=ids["mid"], member_name=mem, cases=[appeal, ref],
                          service_dates=[span(d0, d1)], denial_date=ad.isoformat(), provider=PSY,
                          alternates={"insurer": [PLAN], "provider": [PROG, None],
                                      "case_numbers": [[appeal], [ref]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_caption_form_concurrent_review_php_to_iop", "fax_standard_g4", [faxstd_caption_form(rng)]),
        Item(F + "faxstd_small_type_member_letter_date_in_heading_cc_program", "fax_standard_g4",
             [faxstd_member_letter(rng)]),
        Item(F + "phone_spanish_member_letter_lower_level_of_care", "phone_photo", [phone_spanish(rng)]),
        Item(F + "lowres_program_statement_one_day_denied", "scan_lowres_150", [lowres_statement(rng)]),
        Item(F + "rotated_plan_eob_php_claim_denied_per_manager_review", "rotated", [rotated_eob(rng)]),
        Item(F + "photocopy_upheld_appeal_decision_dated_in_title_id_split", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "faxfine_stack_psychiatrist_letter_then_overturned_appeal", "fax_fine_g4", faxfine_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
