"""An invented tribal nation's self-insured employee health plan: the Red Cedar River Nation, as employer, pays its
employees' and their families' claims from its own funds through the Red Cedar River Nation Employee Health Plan
(plan code RCR-EHP1, group 40612), administered by Kingfisher Point Benefit Administrators, with its own Employee
Benefits Appeal Board. Invented rules: members who may use the Nation's Health Center (and its purchased/referred
care office, PRC) see an outside specialist only with a Health Center referral; for members eligible for PRC the
Plan pays last, after the PRC office has decided what it pays; another employer's plan pays first for a spouse it
covers; an outside emergency admission must be reported to the Health Center or the Plan within 72 hours; children
are covered to the end of the month they turn 26 (disabled adult children longer, with a guardian acting for them);
hearing aids for adults are not a benefit; appeals go to the Board within 180 days, and the Board's decision is the
Plan's last word. Every nation, plan, administrator, board, health center, hospital, clinic, practice, person,
number, address, code, form number, revision date and time limit is invented (phones 555). No heading names the
kind of refusal; each reason is put in plain words.

Documents (8 in 7 files):
- born_digital_family_statement_child_ent_visit_without_health_center_referral: a two-page family statement of
  benefits to the employee (subscriber) listing himself, his wife and his child; page 2 is a landscape claims page of
  thirteen narrow columns grouped by patient (person code, suffix, "Member ID RC..*03" in each patient's head line),
  "Referred by" beside the performing provider; only the child's ENT visit and hearing test are refused (no referral
  from the Health Center); the statement date as "Mar. 10, '26" on page 1 and "03/10/2026" on page 2; "This is not a
  bill" beside the amount the family may owe; "within 180 days after you receive this statement" (no deadline a reader
  can count).
- scan_appeal_board_upholds_spouse_mri_other_plan_pays_first: a scanned decision of the Nation's Employee Benefits
  Appeal Board to the employee about his wife's MRI (her school district's plan pays first and never sent its
  explanation): a key/value box with shaded captions ("Docket", "Claim no.", "Enrollee #" with the suffix "*02",
  "Your reference" with the employee's letter date as decoy), the referring Health Center doctor and the reading
  radiologist both named, a dashed claims-history box of her earlier claims paid after the other plan (decoys),
  "the 12th of March 2026", the amount in digits and words, the Board's decision final (no deadline).
- faxstd_provider_letter_stress_echo_send_to_prc_office_first: a standard-fax letter to a hospital's cardiology
  department: form boxes with the value above its caption ("Enrollee #", "Person code", "Plan code", "Contract" as a
  decoy, "Group"), "24FEB26" in the claim line, the referring Health Center doctor and the performing cardiologist,
  the reason (the Nation's purchased/referred care office must decide first; the Plan pays what is left) without the
  usual words; "within 90 days of this notice".
- phone_es_hija_cumplio_26_anos_cobertura_termino_fin_de_mes: a photographed Spanish letter to the employee (the
  mother) about her daughter's urgent-care visit after her coverage ended at the end of the month she turned 26;
  "N.º de afiliado" with the suffix "-03"; "USD 412.00" and the amount in Spanish words; "4 de marzo de 2026" dates;
  "dentro de 180 días a partir de la fecha de esta carta".
- rotated_referral_approved_to_guardian_adult_son_neurology: a letter, fed turned, to the court-appointed guardian
  (named at the top) of the employee's disabled adult son approving a neurology consultation and EEG the Health
  Center asked for: form boxes with values above captions, "Auth ref." with B and 8 and O and 0 side by side, the
  referring and the consulting doctors; "This is not a bill" (denies nothing).
- photocopy_emergency_admission_not_reported_in_72_hours_tear_off_slip: a photocopied letter to the employee
  refusing the inpatient part of an outside emergency admission reported nine days late (the emergency room visit
  paid, in a claims-history box as decoy): a narrow identifier column at the right where the enrollee number breaks
  over two lines, "Matter no." and "Claim no.", "USD 29,113.45", the stay "from 02/14/2026 to
  02/17/2026", "no later than the 60th day after the date at the top of this letter", a tear-off return slip with the
  Board's P.O. box repeating the identifiers in full.
- lowres_stack_hearing_practice_statement_blank_then_hearing_aids_letter_upside_down: a 150 dpi stack of a hearing
  practice's statement to the employee as guarantor for his wife (the plan's refusal shown as a line, balance due;
  denies nothing), a blank separator, and the administrator's two-page letter refusing the hearing aids as outside
  the Plan's benefits ("Our file", "Your reference" with the practice's account as decoy), page 2 upside down with
  "within 180 days of the date of this letter" and the Board's P.O. box.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeg_famka import (EGSheet, apos, dmy_caps, es_date, kin, long, n2, palabras, people, people_sexed,
                               phone, plus, slash, the_nth, tollfree, twin, usd, usd_code, workday)
from public_kit import digits, m2, out, truth

FAMILY = "tribal_nation_self_insured_employee_health_plan_referral_and_payer_of_last_resort_refusals"
LANG = "en"
SEED = 355060
NATION = "Red Cedar River Nation"
PLAN = "Red Cedar River Nation Employee Health Plan"
TPA = "Kingfisher Point Benefit Administrators"
BOARD = "Employee Benefits Appeal Board"
HC = "Red Cedar River Nation Health Center"
PLAN_CODE = "RCR-EHP1"
GROUP = "40612"
CONTRACT = "KPB-C-2291"
TPA_ALT = [PLAN, NATION, "Kingfisher Point", f"{TPA}, Inc."]
NATION_ALT = [BOARD, f"{NATION} {BOARD}", f"{NATION} - {BOARD}", PLAN]
BOARD_BOX = [NATION, BOARD, "c/o Tribal Government Center", "P.O. Box 118", "Lac Platte, MN 56661-0118"]
ENT = "Lakehead Pediatric Ear, Nose & Throat"
PT = "Fernleaf Physical Therapy"
LAB = "Pineward Clinical Laboratory"
IMAGING = "Ironwood Ridge Imaging"
HEART = "Loon Narrows Regional Hospital"
URGENT = "Birchmont Urgent Care"
NEURO = "Aspen Hollow Neurology"
HOSP = "Northfield Pines Medical Center"
HEARING = "Northbank Hearing Services"


def enrollee(rng):
    """RC41I278B3: letters that look like digits beside the digits they look like."""
    return f"RC{digits(rng, 1)}{twin(rng, 'I')}{digits(rng, 2)}{twin(rng, 'B')}{digits(rng, 1)}"


def mn_address(rng):
    town, z = rng.choice([("Lac Platte", "56661"), ("Bemidji", "56601"), ("Cass Lake", "56633"),
                          ("Walker", "56484"), ("Grand Rapids", "55744"), ("Park Rapids", "56470"),
                          ("Blackduck", "56630"), ("Deer River", "56636")])
    street = rng.choice(["Birch Point Rd", "Migizi Dr NW", "Lakeview Loop", "Elder Ln Apt 3", "Sugarbush Trl",
                         "Old Agency Rd", "Pine Ridge Ct", "Otter Tail Dr"])
    return [f"{rng.randint(100, 9999)} {street}", f"{town}, MN {z}"]


def tpa_head(p, rng, box=None, extra=None):
    p.head(TPA, "KPB", [extra or f"Claims administrator for the {PLAN} (self-funded by the {NATION})",
                        f"P.O. Box 3390, Fargo, ND 58108-3390  |  Member line {tollfree(rng)}  |  TTY 711"],
           box=box, size=12.5)


def nation_head(p, rng, unit):
    p.f(15, "B")
    p.cell(0, 7, NATION.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    p.f(10, "B")
    p.cell(0, 5, unit, align="C", new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    p.cell(0, 4.2, f"Tribal Government Center  |  P.O. Box 118, Lac Platte, MN 56661-0118  |  {phone(rng, '218')}",
           align="C", new_x="LMARGIN", new_y="NEXT")
    p.set_line_width(0.7)
    p.rule(1)
    p.set_line_width(0.2)
    p.rule(4)


# ---------------------------------------------------------------------------------------------------------------
def born_family_statement(rng):
    sub, wife, kid, ent, hcdoc, ptist, labdoc = people_sexed(rng, "mf?????")
    wife, kid = kin(wife, sub), kin(kid, sub)
    eid = enrollee(rng)
    sd = workday(dt.date(2026, 3, rng.randint(9, 11)))
    claims = {k: f"KP26{digits(rng, 7)}" for k in ("sub", "wife", "kid")}
    d_lab, d_pt, d_kid = dt.date(2026, 2, 3), dt.date(2026, 2, 6), dt.date(2026, 2, 12)
    # (patient key, provider, referred by, date, code, billed, allowed, deductible, copay, paid, remark)
    lines = {
        "sub": [(LAB, f"Dr. {hcdoc.split()[-1]}", d_lab, "80061", 94.0, 41.2, 0.0, 0.0, 41.2, "P1"),
                (LAB, f"Dr. {hcdoc.split()[-1]}", d_lab, "83036", 62.0, 18.75, 0.0, 0.0, 18.75, "P1")],
        "wife": [(PT, f"Dr. {hcdoc.split()[-1]}", d_pt, "97110", 168.0, 121.4, 0.0, 25.0, 96.4, "P1")],
        "kid": [(ENT, "none on file", d_kid, "99204", 305.0, 0.0, 0.0, 0.0, 0.0, "R7"),
                (ENT, "", d_kid, "92557", 118.0, 0.0, 0.0, 0.0, 0.0, "R7")],
    }
    people_rows = [("sub", sub, "01"), ("wife", wife, "02"), ("kid", kid, "03")]
    refused = round(sum(x[4] for x in lines["kid"]), 2)
    p = EGSheet(footer="Page {n} of {nb}", footer_left="KPB-FS-2 (Revised 11/2024)")
    p.set_margins(15, 14, 15)
    p.add_page()
    tpa_head(p, rng, box="FAMILY STATEMENT OF BENEFITS")
    p.line(f"Statement date: {apos(sd)}", 10, "B")
    p.ln(1)
    p.kv_beside([("Enrollee #", eid), ("Plan code", PLAN_CODE), ("Group", GROUP), ("Plan", "Employee Health Plan\n"
                 "(self-funded)")], [sub, *mn_address(rng)], w=92, cap_w=30, size=9.0)
    W = p.w - p.l_margin - p.r_margin
    p.heading("Your family's claims at a glance", 11)
    tots = [0.0, 0.0, 0.0]
    rows = []
    for key, name, pc in people_rows:
        b = sum(x[4] for x in lines[key])
        pd_ = sum(x[8] for x in lines[key])
        owe = sum(x[7] for x in lines[key]) + (b if key == "kid" else 0.0)
        rows.append([pc, name, n2(b), n2(pd_), n2(owe)])
        tots = [tots[0] + b, tots[1] + pd_, tots[2] + owe]
    rows.append(["", "Family total", n2(tots[0]), n2(tots[1]), n2(tots[2])])
    p.table(["Person code", "Name", "Billed", "Plan paid", "You may owe"], rows,
            [W * 0.14, W * 0.38, W * 0.16, W * 0.16, W * 0.16], size=9, aligns=["C", "L", "R", "R", "R"],
            bold_last=True)
    p.f(9.2, "B")
    p.cell(0, 5, f"This is not a bill. Wait for a bill from the provider before you pay the {n2(tots[2])}.",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"Outside the Health Center, the Plan pays for a specialist's care when the {HC} has referred the patient "
           "first. One visit on this statement had no referral on file; the claims page explains it under code R7.",
           9.6)
    p.para("**Questions or disagreement.** Call the member line. You, or someone you name in writing, may appeal "
           f"to the {NATION} {BOARD} within 180 days after you receive this statement. Write to {BOARD_BOX[0]} "
           f"{BOARD_BOX[1]}, {BOARD_BOX[3]}, {BOARD_BOX[4]}, with the claim number and why you disagree.", 9.6)
    p.add_page(orientation="L")
    W = p.w - p.l_margin - p.r_margin
    p.heading(f"Claims detail - statement of {slash(sd)}  -  Enrollee # {eid}", 10.5)
    groups = []
    for key, name, pc in people_rows:
        g_rows = []
        for i, (prov, ref, d, code, b, al, ded, cop, pd_, rem) in enumerate(lines[key]):
            g_rows.append([claims[key] if i == 0 else "", prov if i == 0 else "", ref, d.strftime("%m/%d/%y"), code,
                           n2(b), n2(b - al) if rem == "R7" else "0.00", n2(al), n2(ded), n2(cop), n2(pd_),
                           n2(b) if rem == "R7" else n2(ded + cop), rem])
        groups.append({"head": f"Patient: {name}    Person code {pc}    Suffix {pc}    Member ID {eid}*{pc}",
                       "rows": g_rows})
    allowed = round(sum(x[5] for k in lines for x in lines[k]), 2)
    widths = [22, 60, 28, 15, 12, 15, 15, 15, 14, 13, 15, 15, 9]
    widths[1] += W - sum(widths)
    p.grouped_ledger(["Claim no.", "Provider", "Referred by", "Svc date", "Code", "Billed", "Not covered", "Allowed",
                      "Deduct.", "Copay", "Plan paid", "You owe", "Rmk"], groups, widths,
                     ["L", "L", "L", "L", "L", "R", "R", "R", "R", "R", "R", "R", "C"], size=7.6, row_h=4.8,
                     totals=["Totals", "", "", "", "", n2(tots[0]), n2(refused), n2(allowed), "",
                             n2(sum(x[7] for k in lines for x in lines[k])), n2(tots[1]), n2(tots[2]), ""])
    p.legend("Remark codes", [
        ("P1", "Paid at the Plan's rate. The Health Center referred the patient."),
        ("R7", f"An outside specialist's visit needs a referral from the {HC} before the visit. We found none for "
               f"this visit with Dr. {ent} at {ENT}, so the Plan paid nothing. If the Health Center sends the "
               "referral, the practice may send the claim again.")], size=8.2)
    p.para(f"Referring doctor (Health Center): Dr. {hcdoc}. Performing clinicians: {LAB} - Dr. {labdoc}; "
           f"{PT} - {ptist}, PT; {ENT} - Dr. {ent}.", 8.0)
    t = truth("eob", "prior_authorization", insurer=TPA, plan_id=PLAN_CODE, group=GROUP, member_id=f"{eid}*03",
              member_name=kid, cases=[claims["kid"]], claim_amount=m2(refused), service_dates=[d_kid.isoformat()],
              denial_date=sd.isoformat(), provider=ENT,
              alternates={"insurer": TPA_ALT, "member_id": [eid], "provider": [f"Dr. {ent}", ent]})
    return out(p), t


def scan_board(rng):
    sub, wife, hcdoc, rad, chair, clerk = people_sexed(rng, "mf????")
    eid = enrollee(rng)
    docket = f"EBAB-26-{digits(rng, 3)}"
    claim = f"KP26{digits(rng, 7)}"
    mri = dt.date(2026, 1, rng.randint(19, 23))
    asked = dt.date(2026, 2, rng.randint(2, 6))
    dd = workday(dt.date(2026, 3, 12))
    billed = 2840.0
    hist = [(f"KP25{digits(rng, 7)}", dt.date(2025, 10, rng.randint(6, 20)), 486.0, 61.4),
            (f"KP25{digits(rng, 7)}", dt.date(2025, 12, rng.randint(1, 12)), 212.0, 38.0)]
    p = EGSheet(footer="Page {n} of {nb}", footer_left="EBAB form 4 (Revised 11/2024)")
    p.set_margins(18, 15, 18)
    p.add_page()
    nation_head(p, rng, BOARD)
    p.line(f"Date: {long(dd)}", 10, "B")
    p.ln(1)
    p.kv_beside([("Docket", docket), ("Claim no.", claim), ("Enrollee #", f"{eid}*02"), ("Patient", wife),
                 ("Your reference", f"your letter of {slash(asked)}")], [sub, *mn_address(rng)], w=98, cap_w=32,
                size=9.0, title="IN THE MATTER OF AN APPEAL")
    p.para(f"Dear {sub}:", 10)
    p.para(f"On {the_nth(dd)} the Board met and decided your appeal for your wife, {wife}. {IMAGING} billed the "
           f"Plan {n2(billed)} (two thousand eight hundred forty dollars) for the MRI of her lower back on "
           f"{long(mri)}. Dr. {hcdoc} of the {HC} sent her there, and Dr. {rad} read the images. "
           f"{TPA} paid nothing, and you asked us to change that.", 10)
    p.para("**What the Board decided.** We agree with the administrator. The Plan will not pay this claim as it "
           "stands.", 10)
    p.para("**Why.** Your wife is also covered by the Lac Platte School District's plan through her own job. Under "
           f"the {PLAN}, that plan pays her bills first, and this Plan looks at what is left once the other plan has "
           "decided. The administrator wrote to the imaging center and to you twice for the other plan's "
           "explanation of benefits. None has come in. Your letter says the school district's plan told you it would "
           "pay, but without its explanation nobody can tell what is left for this Plan to pay.", 10)
    p.para("When the other plan's explanation reaches the administrator, it will process the claim again without a "
           "new appeal. Her earlier claims were handled the same way:", 10)
    W = p.w - p.l_margin - p.r_margin
    p.history("Claims history - earlier claims for the same patient (paid after the other plan)",
              ["Claim no.", "Service", "Billed", "Plan paid"],
              [[h[0], slash(h[1]), n2(h[2]), n2(h[3])] for h in hist], [W * 0.3, W * 0.25, W * 0.22, W * 0.23],
              aligns=["L", "L", "R", "R"])
    p.para(f"**This decision is final within the Plan.** There is no further appeal inside the {PLAN}. Nothing in "
           f"this letter waives the sovereign immunity of the {NATION}; any other rights you may have are set out in "
           "the Nation's employee benefits code.", 9.6)
    p.signoff(["For the Board,", chair, "Chair", f"Board clerk: {clerk}"], 9.6)
    t = truth("denial_letter", "other", insurer=NATION, plan_id=None, member_id=f"{eid}*02", member_name=wife,
              cases=[docket, claim], claim_amount=m2(billed), service_dates=[mri.isoformat()],
              denial_date=dd.isoformat(), provider=IMAGING,
              alternates={"insurer": NATION_ALT, "member_id": [eid], "case_numbers": [[docket], [claim]],
                          "provider": [f"Dr. {rad}", rad]})
    return out(p), t


def faxstd_provider(rng):
    pat, card, hcdoc, sig = people(rng, 4)
    eid = enrollee(rng)
    claim = f"KP26{digits(rng, 7)}"
    dos = dt.date(2026, 2, 24)
    ld = workday(dt.date(2026, 3, rng.randint(16, 18)))
    lines = [("93351", "Stress echocardiogram, complete", 2146.0), ("93351-26", "Professional reading", 388.0)]
    billed = round(sum(x[2] for x in lines), 2)
    fax = f"{slash(ld)} 09:{rng.randint(10, 59)}  KINGFISHER PT BENEFIT ADM   {phone(rng, '701')}   P. {{n}}"
    p = EGSheet(footer="Page {n} of {nb}", footer_left="KPB-PL-6 (Revised 11/2024)", fax_hdr=fax)
    p.set_margins(17, 14, 17)
    p.add_page()
    tpa_head(p, rng, extra=f"Provider services  |  {PLAN}")
    W = p.w - p.l_margin - p.r_margin
    p.line(f"Date: {slash(ld)}", 10, "B")
    p.ln(1)
    for ln in [HEART, "Cardiology - Stress Laboratory", "Attn: billing office", "1200 Narrows Rd NE",
               "Bemidji, MN 56601"]:
        p.line(ln, 9.8)
    p.ln(3)
    p.foot_caps([(eid, "Enrollee #", W * 0.22), ("01", "Person code", W * 0.12), (PLAN_CODE, "Plan code", W * 0.18),
                 (CONTRACT, "Contract", W * 0.2), (GROUP, "Group", W * 0.12), (claim, "Claim no.", W * 0.16)],
                size=9.0)
    p.para(f"Patient: {pat}    Referred by: Dr. {hcdoc}, {HC}    Performed by: Dr. {card}", 9.4)
    p.table(["Svc date", "Code", "Service", "Billed", "Plan paid"],
            [[dmy_caps(dos), c, s, n2(b), "0.00"] for c, s, b in lines] + [["", "", "Claim total", n2(billed), "0.00"]],
            [W * 0.15, W * 0.14, W * 0.43, W * 0.14, W * 0.14], size=8.8, aligns=["L", "L", "L", "R", "R"],
            bold_last=True)
    p.para(f"We have not paid the claim above for the stress echocardiogram of {long(dos)}.", 10)
    p.para(f"**Why.** {pat} can use the {HC} and its purchased/referred care office. For patients like this one the "
           "Plan comes last: the Health Center's purchased/referred care office must first decide what it will pay "
           "for care it referred out, and the Plan then looks at what is left. Our records show no decision from "
           "that office on this claim; it was sent straight to us.", 10)
    p.para("**What to do.** Send the claim to the Health Center's purchased/referred care office with the referral "
           "number on the Health Center's referral form. When you receive its payment notice, send the claim to us "
           "again with a copy of the notice. Please do not bill the patient while this is under way.", 10)
    p.para("**Review.** A provider may ask for a review in writing within 90 days of this notice. Send it to the "
           "P.O. box above, attention Provider Reviews, with the claim number.", 10)
    p.signoff(["Provider Services", sig, f"cc: {pat}"], 9.4)
    t = truth("denial_letter", "other", insurer=TPA, plan_id=PLAN_CODE, group=GROUP, member_id=eid, member_name=pat,
              cases=[claim], claim_amount=m2(billed), service_dates=[dos.isoformat()], denial_date=ld.isoformat(),
              provider=HEART, appeal_deadline=plus(ld, 90).isoformat(),
              alternates={"insurer": TPA_ALT, "member_id": [f"{eid}01"],
                          "provider": [f"Dr. {card}", card, f"{HEART} Cardiology"]})
    return out(p), t


def phone_es(rng):
    mom, hija, doc, sig = people_sexed(rng, "ffm?", es=True)
    eid = enrollee(rng)
    claim = f"KP26{digits(rng, 7)}"
    bday = dt.date(2026, 1, rng.randint(6, 12))
    ended = dt.date(2026, 1, 31)
    visit = dt.date(2026, 2, rng.randint(16, 20))
    ld = dt.date(2026, 3, 4)
    amt = 412.0
    p = EGSheet(footer="Página {n} de {nb}", footer_left="KPB-ES-3 (rev. 11/2024)")
    p.set_margins(18, 15, 18)
    p.add_page()
    tpa_head(p, rng, extra=f"Administrador de reclamos del {PLAN} (fondos propios de la {NATION})")
    p.line(f"Fecha: {es_date(ld)}", 10, "B")
    p.ln(1)
    p.kv_beside([("N.º de afiliado", f"{eid}-03"), ("Paciente", hija), ("Reclamo n.º", claim),
                 ("Código de plan", PLAN_CODE)], [mom, *mn_address(rng)], w=96, cap_w=34, size=9.2)
    p.heading("Sobre la visita de su hija a la clínica de urgencias", 11.5)
    p.para(f"Estimada señora {mom.split()[-1]}:", 10)
    p.para(f"{URGENT} nos envió un reclamo por la visita de su hija, {hija}, con el Dr. {doc} el {es_date(visit)}. "
           f"La clínica cobró USD {n2(amt)} ({palabras(amt)}). El plan no pagará esta visita.", 10)
    p.para(f"Le explicamos por qué. Su hija cumplió 26 años el {es_date(bday)}. El plan incluye a los hijos de la "
           f"persona empleada hasta el último día del mes en que cumplen 26 años, así que su hija tuvo el plan "
           f"hasta el {es_date(ended)}. La visita fue después de esa fecha. Le enviamos un aviso sobre este cambio en "
           "diciembre.", 10)
    p.para("Su hija puede buscar su propio seguro; si lo pide dentro de 60 días del fin de su cobertura, puede "
           "inscribirse fuera del período normal. Si ella puede usar el Centro de Salud de la Nación, pregunte allí "
           "por su programa de atención comprada y referida.", 10)
    p.para(f"**Si no está de acuerdo.** Usted o su hija pueden apelar ante la Junta de Apelaciones de Beneficios "
           f"({BOARD}) dentro de 180 días a partir de la fecha de esta carta. Escriba a {BOARD_BOX[3]}, "
           f"{BOARD_BOX[4]}, con el número de reclamo.", 10)
    p.signoff(["Atentamente,", sig, "Servicio al afiliado"], 9.8)
    t = truth("denial_letter", "eligibility", insurer=TPA, plan_id=PLAN_CODE, member_id=f"{eid}-03",
              member_name=hija, cases=[claim], claim_amount=m2(amt), service_dates=[visit.isoformat()],
              denial_date=ld.isoformat(), provider=URGENT, appeal_deadline=plus(ld, 180).isoformat(), lang="es",
              alternates={"insurer": TPA_ALT, "member_id": [eid], "provider": [f"Dr. {doc}", doc]})
    return out(p), t


def rotated_approval(rng):
    mom, son, neuro, hcdoc, sig = people_sexed(rng, "fm???")
    son = kin(son, mom)
    eid = enrollee(rng)
    auth = f"KP{digits(rng, 2)}-{twin(rng, 'B')}{digits(rng, 2)}-{twin(rng, 'O')}{digits(rng, 1)}"
    ld = workday(dt.date(2026, 3, rng.randint(23, 26)))
    visit = dt.date(2026, 4, 7)
    p = EGSheet(footer="Page {n} of {nb}", footer_left="KPB-RA-1 (Revised 11/2024)")
    p.set_margins(18, 14, 18)
    p.add_page()
    tpa_head(p, rng, box="REFERRAL APPROVED")
    W = p.w - p.l_margin - p.r_margin
    p.f(9.6, "B")
    p.cell(0, 5, f"Court-appointed guardian: {mom}   (letters of guardianship on file)", new_x="LMARGIN",
           new_y="NEXT")
    p.f(9.4)
    p.cell(0, 4.8, f"Date: {long(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.foot_caps([(auth, "Auth ref.", W * 0.2), (son, "Member", W * 0.26), (f"{eid}*04", "Enrollee # / suffix", W * 0.2),
                 (PLAN_CODE, "Plan code", W * 0.17), (GROUP, "Group", W * 0.17)], size=9.2)
    for ln in [mom, *mn_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {mom}:", 10)
    p.para(f"Dr. {hcdoc} of the {HC} asked us to approve a visit for your son, {son}, with Dr. {neuro} at "
           f"{NEURO}, and an EEG there. We have approved both. The visit is set for {long(visit)}.", 10)
    p.table(["Approved", "Where", "When", "Visits"],
            [["Consultation, new patient", NEURO, slash(visit), "1"],
             ["EEG, awake and drowsy", NEURO, "same day or later", "1"]],
            [W * 0.32, W * 0.3, W * 0.24, W * 0.14], size=8.8)
    p.para("Because your son can use the Health Center's purchased/referred care office, the practice sends its bill "
           "there first; the Plan pays what is left under its benefits. You may owe the Plan's usual specialist "
           "copay.", 9.8)
    p.f(9.8, "B")
    p.cell(0, 5.2, "This is not a bill. Keep this letter with your son's papers.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para("If the visit moves to another date before the end of June, the approval still holds. Call the member line "
           "with the Auth ref. for anything else.", 9.6)
    p.signoff(["Sincerely,", sig, "Care Coordination"], 9.6)
    t = truth("other", None, insurer=TPA, plan_id=PLAN_CODE, group=GROUP, member_id=f"{eid}*04", member_name=son,
              cases=[auth], service_dates=[visit.isoformat()], denial_date=ld.isoformat(), provider=NEURO,
              alternates={"insurer": TPA_ALT, "member_id": [eid], "provider": [f"Dr. {neuro}", neuro],
                          "service_dates": [[]]})
    return out(p), t


def photocopy_admission(rng):
    emp, att, sig = people(rng, 3)
    eid = enrollee(rng)
    matter = f"MTR-{digits(rng, 5)}"
    claim = f"KP26{digits(rng, 7)}"
    er_claim = f"KP26{digits(rng, 7)}"
    adm, dis = dt.date(2026, 2, 14), dt.date(2026, 2, 17)
    told = dt.date(2026, 2, 23)
    ld = workday(dt.date(2026, 3, rng.randint(23, 26)))
    billed = round(rng.randint(24800, 29900) + rng.choice([0.45, 0.8, 0.15]), 2)
    er = round(rng.randint(2100, 2900) + 0.0, 2)
    p = EGSheet(footer="Page {n} of {nb}", footer_left="KPB-IP-9 (Revised 11/2024)")
    p.set_margins(17, 14, 17)
    p.add_page()
    tpa_head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    col = 48
    y0 = p.get_y()
    bottom = p.narrow_ids([("Date", long(ld)), ("Enrollee #", f"{eid[:6]}\n{eid[6:]}"), ("Matter no.", matter),
                           ("Claim no.", claim), ("Plan code", PLAN_CODE)], p.w - p.r_margin - col, y0, col, size=9.0)
    p.set_xy(p.l_margin, y0 + 2)
    for ln in [emp, *mn_address(rng)]:
        p.line(ln, 10)
    p.set_y(max(p.get_y(), y0 + 22))
    p.ln(3)
    p.set_right_margin(17 + col + 5)
    p.para(f"Dear {emp}:", 10)
    p.para(f"You were admitted to {HOSP} through its emergency room on {long(adm)} and went home on {long(dis)}. "
           f"The hospital's claim for the stay, from {slash(adm)} to {slash(dis)}, is for {usd_code(billed)}. We "
           "paid the emergency room visit itself. We will not pay the rest of the stay.", 10)
    p.set_y(max(p.get_y(), bottom + 2))
    p.set_right_margin(17)
    p.para("**Why.** When a member is admitted to a hospital outside the Health Center after an emergency, someone - "
           "the member, family or the hospital - has to tell the Health Center or us within 72 hours of the "
           f"admission, so that the Health Center can arrange the stay or a transfer. The first call about your stay "
           f"came from the hospital on {long(told)}, nine days after you were admitted. The hospital's notes show "
           f"that by the second day you were awake and able to talk with staff, and that Dr. {att} expected you to "
           "stay two more days.", 10)
    p.history(f"Your recent claims from {HOSP} (for reference)", ["Claim no.", "Dates", "What", "Billed", "Status"],
              [[er_claim, slash(adm), "Emergency room visit", n2(er), "paid"],
               [claim, f"{slash(adm)}-{slash(dis)}", "Inpatient stay, 3 days", n2(billed), "not paid"]],
              [W * 0.19, W * 0.23, W * 0.32, W * 0.13, W * 0.13], aligns=["L", "L", "L", "R", "L"])
    p.para("**If you disagree.** Your appeal must reach the Employee Benefits Appeal Board no later than the 60th day "
           "after the date at the top of this letter. Tell the Board why the call could not be made in time and send "
           "any record of an earlier call. The Board decides within 30 days of receiving everything it needs.", 10)
    p.signoff(["Sincerely,", sig, "Utilization Review"], 9.6)
    p.tear_slip("Appeal - return this part", [("Member", emp), ("Enrollee #", eid), ("Matter no.", matter),
                                               ("Claim no.", claim)], BOARD_BOX, size=8.8)
    t = truth("denial_letter", "prior_authorization", insurer=TPA, plan_id=PLAN_CODE, member_id=eid,
              member_name=emp, cases=[matter, claim], claim_amount=m2(billed),
              service_dates=[f"{adm.isoformat()}/{dis.isoformat()}"], denial_date=ld.isoformat(), provider=HOSP,
              appeal_deadline=plus(ld, 60).isoformat(),
              alternates={"insurer": TPA_ALT, "case_numbers": [[claim], [matter]], "provider": [f"Dr. {att}", att]},
              denial_alternates=["other"])
    return out(p), t


def lowres_stack(rng):
    emp, wife, aud, sig = people_sexed(rng, "mf??")
    eid = enrollee(rng)
    acct = f"NHS-{digits(rng, 6)}"
    claim = f"KP26{digits(rng, 7)}"
    ourfile = f"KPB/HA/{digits(rng, 5)}"
    d = dt.date(2026, 2, 10)
    st = dt.date(2026, 3, 20)
    ld = workday(dt.date(2026, 3, rng.randint(2, 5)))
    items = [("V5261", "Hearing aids, pair, behind the ear", 4980.0), ("V5011", "Fitting and programming", 380.0)]
    billed = round(sum(x[2] for x in items), 2)
    addr = mn_address(rng)
    # the practice's statement
    a = EGSheet(footer=None, footer_left=f"{HEARING}  |  account {acct}")
    a.set_margins(18, 15, 18)
    a.add_page()
    a.head(HEARING, "NHS", [f"{rng.randint(100, 990)} Paul Bunyan Dr NW, Bemidji, MN 56601  |  Billing "
                            f"{phone(rng, '218')}"], box="STATEMENT")
    a.addr_pair("Guarantor", [emp, *addr], "Patient", [wife, f"Insurance ID {eid}*02", PLAN])
    a.beside([[("Statement date", slash(st)), ("Account", acct)]], cap_w=26)
    W = a.w - a.l_margin - a.r_margin
    rows = [[slash(d), c, s, n2(b)] for c, s, b in items]
    rows += [["", "", "Total charges", n2(billed)],
             [slash(plus(ld, 2)), "", "Insurance: not paid (not a plan benefit)", "0.00"],
             ["", "", "Balance due", n2(billed)]]
    a.table(["Date", "Code", "Description", "Amount"], rows, [W * 0.15, W * 0.13, W * 0.54, W * 0.18], size=8.8,
            aligns=["L", "L", "L", "R"], bold_last=True)
    a.para(f"Your insurance did not pay for {wife}'s hearing aids. The balance is now yours. Call us to set up "
           f"monthly payments; there is no interest for 12 months. Audiologist: {aud}, AuD.", 9.4)
    d_a = (out(a), truth("other", None, insurer=None, member_id=f"{eid}*02", member_name=wife,
                         claim_amount=m2(billed), service_dates=[d.isoformat()], denial_date=st.isoformat(),
                         provider=HEARING, unscored=["insurer"],
                         alternates={"insurer": [TPA, PLAN], "member_id": [eid], "claim_amount": [None],
                                     "service_dates": [[]], "provider": [aud, f"{aud}, AuD"]}))
    # the administrator's letter
    b = EGSheet(footer="Page {n} of {nb}", footer_left="KPB-NB-1 (Revised 11/2024)",
                every=f"{wife}  |  Enrollee # {eid}*02  |  Our file {ourfile}")
    b.set_margins(18, 16, 18)
    b.add_page()
    tpa_head(b, rng)
    b.line(f"Date: {long(ld)}", 10, "B")
    b.ln(1)
    b.kv_beside([("Our file", ourfile), ("Claim no.", claim), ("Your reference", acct), ("Patient", wife),
                 ("Plan code / Group", f"{PLAN_CODE} / {GROUP}")], [emp, *addr], w=98, cap_w=34, size=9.0)
    b.para(f"Dear {emp}:", 10)
    b.para(f"{HEARING} sent us a claim for the hearing aids your wife, {wife}, received on {long(d)}, with their "
           f"fitting: {usd(billed)} in all. The Plan will not pay this claim.", 10)
    b.para(f"**Why.** The {PLAN} pays for hearing tests, and it pays for hearing aids for members under 19. It does "
           "not include hearing aids or their fitting for adults. Your wife's hearing test in January was paid. The "
           "Plan book lists what the Plan pays for on pages 14 to 22; hearing aids for adults are on the list of "
           "things it leaves out, on page 31.", 10)
    b.para("You may find help with the cost elsewhere: some hearing aid makers offer payment plans, and the Health "
           "Center's social services office keeps a list of programs.", 10)
    b.add_page()
    b.heading("If you disagree", 11)
    b.para(f"You may appeal to the {NATION} {BOARD} within 180 days of the date of this letter. Write to the address "
           "below, say why you think the Plan should pay, and send anything that supports you, such as a doctor's "
           "letter. The Board may ask you or your wife to speak at a meeting; you may bring someone to help you.", 10)
    b.pairs([("Write to", ", ".join(BOARD_BOX))], label_w=22, size=9.2, h=5.0)
    b.para("If you need help reading this letter, call the member line. Hay ayuda en español.", 9.6)
    b.signoff(["Sincerely,", sig, "Claims Review"], 9.6)
    d_b = (out(b), truth("denial_letter", "not_covered", insurer=TPA, plan_id=PLAN_CODE, group=GROUP,
                         member_id=f"{eid}*02", member_name=wife, cases=[ourfile, claim], claim_amount=m2(billed),
                         service_dates=[d.isoformat()], denial_date=ld.isoformat(), provider=HEARING,
                         appeal_deadline=plus(ld, 180).isoformat(),
                         alternates={"insurer": TPA_ALT, "member_id": [eid], "case_numbers": [[claim], [ourfile]],
                                     "provider": [aud, f"{aud}, AuD"]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_family_statement_child_ent_visit_without_health_center_referral", "born_digital",
             [born_family_statement(rng)]),
        Item(F + "scan_appeal_board_upholds_spouse_mri_other_plan_pays_first", "scan_clean_300", [scan_board(rng)]),
        Item(F + "faxstd_provider_letter_stress_echo_send_to_prc_office_first", "fax_standard_g4",
             [faxstd_provider(rng)]),
        Item(F + "phone_es_hija_cumplio_26_anos_cobertura_termino_fin_de_mes", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_referral_approved_to_guardian_adult_son_neurology", "rotated", [rotated_approval(rng)]),
        Item(F + "photocopy_emergency_admission_not_reported_in_72_hours_tear_off_slip", "photocopy",
             [photocopy_admission(rng)]),
    ]
    items.append(Item(F + "lowres_stack_hearing_practice_statement_blank_then_hearing_aids_letter_upside_down",
                      "scan_lowres_150", lowres_stack(rng), separators=["blank", None], turns={(1, 1): 180}))
    return items
