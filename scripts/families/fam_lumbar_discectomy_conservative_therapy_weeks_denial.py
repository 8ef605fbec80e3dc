"""An invented commercial plan (Marrowstone Valley Health Plan) denying a lumbar microdiscectomy (CPT 63030, L5-S1)
as not medically necessary because 6 weeks of conservative therapy (physical therapy, medication, activity
change) are not documented before surgery, with the spine surgeon's letter to the plan, the ambulatory surgery
center's and the surgeon's claims, a member EOB, an upheld appeal and the surgery center's statement. CPT codes
appear as themselves; the plan, every person, practice, center and number is invented.

Documents (8 in 7 files):
- bd_preservice_denial_facts_column_right: pre-service denial to the member, a two-column letter with the facts
  (notice date, decision date, member ID with date of birth, PA number, request received, planned date) in a
  right column; "Dr. ... of Kestrel Ridge Spine Associates asked us to approve ..."; 3 weeks of therapy
  documented of the 6 required; 72-hour and external review decoys; 180-day appeal.
- faxstd_surgery_center_claim_notice_caption_boxes: small-type two-page provider notice to the surgery center,
  captions over ruled boxes (claim number with "-01" in the same row as the NPI and tax ID), an earlier claim's
  number and date in the text, 90-day provider appeal.
- copy_surgeon_letter_to_plan_two_page: the surgeon's two-page letter to the plan ("Dear Medical Director:")
  with a therapy table (dates From / To) and a repeated header on page 2 (denies nothing).
- scan300_eob_from_to_rows_total: member EOB, four claims with From and To columns (the therapy course, MRI,
  surgeon paid/denied, the surgery center's 23-hour stay across two days denied), total row, footnote with the
  span in words.
- phone_bilingual_surgeon_claim_denial_spanish_first: two-page notice to the member for the surgeon's claim,
  Spanish on page 1 and English on page 2, photographed.
- lowres_appeal_upheld_facts_column_left: first-level appeal upheld, the facts in a left column, 60-day second
  level and a 4-month external review decoy.
- rotated_stack_center_statement_then_plan_letter_to_surgeon: fax cover, the surgery center's statement (denies
  nothing), then the plan's claim denial addressed to the surgeon's office ("Dear Dr. ...:").
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddj_famdja import DJSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "lumbar_discectomy_conservative_therapy_weeks_denial"
LANG = "en"
SEED = 351600
PLAN = "Marrowstone Valley Health Plan"
SURG = "Ignatius P. Brannigan"
PRAC = "Kestrel Ridge Spine Associates"
ASC = "Fernhollow Ambulatory Surgery Center"
PT = "Clearbrook Physical Therapy"
IMG = "Tamarack Open MRI"
GREEN = (20, 100, 80)
PROC = "lumbar microdiscectomy at L5-S1 (CPT 63030)"


def _ids(rng):
    return {"mid": "MVH" + digits(rng, 9), "grp": f"{digits(rng, 6)}", "plan": f"PPO {rng.choice('ABC')}{digits(rng, 2)}"}


def _dob(rng):
    return dt.date(rng.randint(1962, 1996), rng.randint(1, 12), rng.randint(1, 28))


def _claim(rng):
    return digits(rng, 10) + "-01"


def _logo(p: DJSheet, rng, dept: str):
    p.head(PLAN, [f"{dept}  |  PO Box {rng.randint(1000, 9999)}, Boise ID 837{rng.randint(10, 99)}  |  "
                  f"1-877-555-{digits(rng, 4)}  TTY 711"], mark=GREEN)


def bd_preservice(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 2, 16) + dt.timedelta(days=rng.randint(0, 5))
    dec = plus(nd, -2)
    rec = plus(dec, -rng.randint(5, 9))
    planned = plus(nd, rng.randint(14, 24))
    pt0 = dt.date(2026, 1, 5)
    pt1 = plus(pt0, 18)
    pa = f"UM{digits(rng, 9)}"
    p = DJSheet(footer="Page {n} of {nb}", footer_left="MVHP-UM-DN-12 (01/26)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _logo(p, rng, "Utilization Management")
    p.line("Notice of Adverse Benefit Determination", 12.5, "B")
    p.ln(3)
    left = [f"Dear {mem}:",
            f"Dr. {SURG} of {PRAC} asked us to approve a {PROC} for you, to be done at {ASC}.",
            "What we decided: we did not approve the surgery. It is not medically necessary at this time under "
            "our medical policy for lumbar disc surgery.",
            "Why: the policy asks for at least 6 weeks of conservative therapy (physical therapy, anti-"
            f"inflammatory medicine and activity changes) before surgery, unless there is a worsening nerve "
            f"deficit or cauda equina syndrome. Your records show physical therapy at {PT} from "
            f"{fdate(pt0, 'long')} to {fdate(pt1, 'long')}, which is about 3 weeks, and no worsening weakness.",
            "What you can do: your surgeon may send records of more therapy, or you may appeal. A spine surgeon "
            "reviewed this request.",
            "Your right to appeal: you may appeal within 180 days of the date of this notice. If waiting could "
            "seriously harm your health, ask for an urgent appeal; we answer those within 72 hours. After our "
            "appeal you may ask for an external review within 4 months."]
    right = [("Date of this notice", fdate(nd, "long")), ("Date of decision", fdate(dec, "long")),
             ("Member", mem), ("Member ID", ids["mid"]), ("Date of birth", fdate(_dob(rng), "slash")),
             ("Group", ids["grp"]), ("Prior auth no.", pa), ("Request received", fdate(rec, "slash")),
             ("Planned surgery date", fdate(planned, "slash")), ("Requesting surgeon", f"Dr. {SURG}"),
             ("Facility", ASC)]
    p.two_col(left, right, left_w=114, size=9.6, rsize=8.5)
    p.ln(2)
    p.para(f"Sincerely,\n\nUtilization Management\n{PLAN}", 10)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[pa], service_dates=[span(planned)], denial_date=nd.isoformat(),
              provider=SURG, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"service_dates": [[]], "provider": [PRAC], "denial_date": [dec.isoformat()],
                          "appeal_deadline": [plus(dec, 180).isoformat()]})
    return out(p), t


def faxstd_asc_notice(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 4, 27) + dt.timedelta(days=rng.randint(0, 6))
    dos = plus(nd, -rng.randint(16, 24))
    mri = dt.date(2026, 3, 3)
    claim = _claim(rng)
    old = "31-" + digits(rng, 8)
    fac, impl = amount(rng, 9800, 14200), amount(rng, 380, 720)
    tot = round(fac + impl, 2)
    acct = f"FASC{digits(rng, 6)}"
    fax = (f"{nd.strftime('%d-%b-%Y').upper()} 10:{rng.randint(10, 59)}  MVHP PROVIDER CLAIMS 208-555-"
           f"{digits(rng, 4)}  ->  FERNHOLLOW ASC 208-555-{digits(rng, 4)}   PG {{n}}/2")
    p = DJSheet(footer=None, fax_hdr=fax)
    p.set_margins(13, 12, 13)
    p.add_page()
    p.f(11.5, "B")
    p.cell(0, 5, f"{PLAN}  -  Provider Claim Notice", new_x="LMARGIN", new_y="NEXT")
    p.f(7.2)
    p.cell(0, 3.6, f"To: {ASC}, Patient Financial Services, 1840 Fernhollow Pkwy, Meridian ID 83642",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.capgrid([
        [("Notice date", fdate(nd, "slash"), 26), ("Claim number", claim, 36), ("Billing NPI", digits(rng, 10), 32),
         ("Tax ID", f"82-{digits(rng, 7)}", 26), ("Patient account", acct, 32), ("Plan", ids["plan"], 22),
         ("Status", "DENIED", 18)],
        [("Patient", mem, 48), ("Member ID", ids["mid"], 38), ("Group", ids["grp"], 22),
         ("Date of birth", fdate(_dob(rng), "slash"), 26), ("Attending surgeon", f"{SURG}, MD", 58)],
        [("DOS", fdate(dos, "slash"), 26), ("Bill type", "0831", 20), ("Billed", money(tot), 28),
         ("Allowed", "$0.00", 24), ("Received", fdate(plus(dos, 5), "slash"), 26), ("Reason", "MN22", 20)],
    ], cap=5.8, val=7.3, box_h=5.0)
    p.ln(1)
    p.table(["Rev", "HCPCS/CPT", "Description", "DOS", "Billed", "Allowed"],
            [["0360", "63030", "Operating room, lumbar laminotomy/discectomy", fdate(dos, "short"),
              money(fac, "nosign"), "0.00"],
             ["0278", "C1713", "Implant / anchor, dural repair kit", fdate(dos, "short"), money(impl, "nosign"),
              "0.00"]],
            [14, 22, 92, 18, 20, 18], size=7.0, row_h=4.8, aligns=["L", "L", "L", "L", "R", "R"])
    p.para("MN22  Not medically necessary: the plan's lumbar disc surgery policy (MVHP-MP-7.14) requires "
           "documentation of at least 6 weeks of conservative therapy, or a progressive neurologic deficit, "
           "before surgery. The records received show 3 weeks of physical therapy. No prior authorization was "
           "approved for this service.", 7.1)
    p.para(f"The earlier claim {old} for {fdate(mri, 'long')} (lumbar MRI at {IMG}) was paid and is not part "
           "of this notice.", 7.1)
    p.add_page()
    p.band("PROVIDER APPEAL", 7.6)
    p.para("You may file a provider appeal within 90 days of the date of this notice. Send the operative report, "
           "therapy notes and office notes showing the weeks and kinds of conservative therapy. Corrected claims "
           "must be received within 365 days of the date of service. The member may not be billed for these "
           "services under your participation agreement.", 7.3)
    p.para(f"Provider Services 1-877-555-{digits(rng, 4)}. Form MVHP-PCN-4 (01/26).", 7.3)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"],
              member_id=ids["mid"], member_name=mem, cases=[claim], claim_amount=m2(tot),
              service_dates=[span(dos)], denial_date=nd.isoformat(), provider=ASC,
              appeal_deadline=plus(nd, 90).isoformat(), type_alternates=["eob"],
              denial_alternates=["prior_authorization"], alternates={"provider": [SURG]})
    return out(p), t


def copy_surgeon_letter(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    ld = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 5))
    den = plus(ld, -rng.randint(10, 16))
    pa = f"UM{digits(rng, 9)}"
    planned = plus(ld, rng.randint(18, 26))
    courses = [(dt.date(2025, 12, 1), dt.date(2025, 12, 19), "Home exercise program, naproxen 500 mg twice daily"),
               (dt.date(2026, 1, 5), dt.date(2026, 1, 23), f"Physical therapy, {PT}, 6 visits"),
               (dt.date(2026, 1, 26), dt.date(2026, 2, 13), "Oral steroid taper, then gabapentin; work restriction")]
    p = DJSheet(footer="Page {n} of {nb}", cont=f"{mem}  |  Member ID {ids['mid']}  |  Auth {pa}  |  continued")
    p.set_margins(22, 14, 22)
    p.add_page()
    p.head(PRAC, [f"Orthopedic and neurosurgical spine care  |  Meridian ID  |  208-555-{digits(rng, 4)}  |  "
                  f"Fax 208-555-{digits(rng, 4)}", f"NPI {digits(rng, 10)}"], mark=(90, 60, 30))
    p.line(fdate(ld, "long"), 10)
    p.ln(2)
    for s in [PLAN, "Attn: Medical Director, Utilization Management", f"Fax 208-555-{digits(rng, 4)}"]:
        p.line(s, 10)
    p.ln(3)
    p.line(f"Re: {mem}, DOB {fdate(_dob(rng), 'slash')}, Member ID {ids['mid']}", 10, "B")
    p.line(f"Request to reconsider prior authorization {pa}, {PROC}", 10, "B")
    p.ln(2)
    p.para("Dear Medical Director:", 10)
    p.para(f"I am writing about your decision of {fdate(den, 'long')} that denied the {PROC} I requested for my "
           f"patient. The letter states that only 3 weeks of conservative therapy were documented. My "
           "patient has in fact completed more than 10 weeks of conservative care, summarized below.", 10)
    p.table(["From", "To", "Conservative therapy"],
            [[fdate(a, "slash"), fdate(b, "slash"), c] for a, b, c in courses],
            [24, 24, 118], size=8.6)
    p.para("The MRI shows a large right paracentral disc extrusion at L5-S1 compressing the S1 nerve root. On "
           "examination there is a new absent right ankle reflex and weakness of plantar flexion (4/5), worse "
           "than at the first visit.", 10)
    p.add_page()
    p.para(f"Because the weakness is progressing despite more than 6 weeks of therapy, I ask you to approve the "
           f"surgery. We have reserved {fdate(planned, 'long')} at {ASC}. The therapy notes, the MRI report and "
           "my office notes are attached.", 10)
    p.para("I am available for a peer-to-peer discussion at the number above.", 10)
    p.para(f"Sincerely,\n\n{SURG}, MD\nOrthopedic Spine Surgery, {PRAC}", 10)
    p.para(f"cc: {mem}; {ASC}, scheduling", 8.5)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, cases=[pa],
              service_dates=[span(planned)], denial_date=ld.isoformat(), provider=SURG,
              alternates={"insurer": [None], "service_dates": [[]], "provider": [PRAC]})
    return out(p), t


def scan300_eob(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    sub = person(rng)[0]
    sd = dt.date(2026, 5, 18) + dt.timedelta(days=rng.randint(0, 5))
    s0 = dt.date(2026, 4, 13) + dt.timedelta(days=rng.randint(0, 3))
    s1 = plus(s0, 1)
    pt0 = dt.date(2026, 2, 23)
    pt1 = plus(pt0, 25)
    rows_src = [(PT, "Physical therapy, 8 visits", pt0, pt1, amount(rng, 1100, 1600), "Paid"),
                (IMG, "MRI lumbar spine", dt.date(2026, 3, 3), dt.date(2026, 3, 3), amount(rng, 1300, 1900), "Paid"),
                (PRAC, "Office visit, surgical consult", dt.date(2026, 3, 10), dt.date(2026, 3, 10),
                 amount(rng, 240, 320), "Paid"),
                (ASC, "Surgery and 23-hour stay", s0, s1, amount(rng, 11800, 16400), "Denied N7")]
    cl = [digits(rng, 10) + "-01" for _ in rows_src]
    p = DJSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _logo(p, rng, "Explanation of Benefits")
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 11, "B")
    p.ln(1)
    p.right_block([("Statement date:", fdate(sd, "long")), ("Subscriber:", sub), ("Patient:", mem),
                   ("Member ID:", ids["mid"]), ("Group:", ids["grp"]), ("Plan:", ids["plan"])], w=100, size=8.4,
                  y=p.get_y())
    p.ln(4)
    rows, tot = [], 0.0
    for (prov, svc, a, b, amt, st), c in zip(rows_src, cl):
        rows.append([c, prov, svc, fdate(a, "slash"), fdate(b, "slash"), money(amt, "nosign"), st])
        tot += amt
    rows.append(["", "Total billed", "", "", "", money(tot, "nosign"), ""])
    p.table(["Claim", "Provider", "Service", "From", "To", "Billed", "Status"], rows,
            [26, 50, 40, 18, 18, 18, 18], size=7.2, aligns=["L", "L", "L", "L", "L", "R", "L"], bold_last=True)
    p.para(f"N7  The lumbar microdiscectomy and 23-hour stay at {ASC} from {fdate(s0, 'long')} to "
           f"{fdate(s1, 'long')} are not covered: the records do not show 6 weeks of conservative therapy before "
           "surgery, so the surgery was not medically necessary under our policy. The surgeon's claim for the same "
           "surgery is shown on a separate statement.", 8.3)
    p.para("You may appeal within 180 days of the date of this statement. Plan year 01/01/2026 - 12/31/2026; "
           f"deductible met $1,500.00 of $1,500.00. Questions: 1-877-555-{digits(rng, 4)} (TTY 711).", 8.3)
    den = rows_src[3]
    t = truth("eob", "medical_necessity", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"],
              member_id=ids["mid"], member_name=mem, cases=[cl[3]], claim_amount=m2(den[4]),
              service_dates=[span(s0, s1)], denial_date=sd.isoformat(), provider=ASC,
              appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"plan_id": [None], "service_dates": [[span(s0)]]})
    return out(p), t


def phone_bilingual(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 5, 11) + dt.timedelta(days=rng.randint(0, 5))
    dos = dt.date(2026, 4, 14) + dt.timedelta(days=rng.randint(0, 4))
    claim = _claim(rng)
    amt = amount(rng, 3400, 5200)
    p = DJSheet(footer="Página / Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _logo(p, rng, "Servicios para Miembros / Member Services")
    p.line("AVISO DE DENEGACIÓN DE RECLAMO", 12.5, "B")
    p.ln(2)
    p.pairs([("Fecha del aviso", fdate(nd, "long", "es")), ("Miembro", mem), ("Número de miembro", ids["mid"]),
             ("Número de grupo", ids["grp"]), ("Número de reclamo", claim),
             ("Proveedor", f"Dr. {SURG}, {PRAC}"), ("Fechas de servicio", fdate(dos, "dmy", "es")),
             ("Cantidad facturada", money(amt))], label_w=46, size=9.4, h=5.2)
    p.ln(3)
    p.para(f"Estimado(a) {mem}:", 10)
    p.para(f"No pagamos el reclamo del Dr. {SURG} por la microdiscectomía lumbar (CPT 63030) del "
           f"{fdate(dos, 'long', 'es')}. Nuestra póliza médica exige al menos 6 semanas de tratamiento "
           "conservador documentado (terapia física, medicamentos y cambios de actividad) antes de la cirugía. "
           "Los registros muestran solo 3 semanas. Por eso la cirugía no fue médicamente necesaria según la "
           "póliza.", 10)
    p.para("Usted puede apelar dentro de los 180 días a partir de la fecha de este aviso. Si su salud corre "
           "peligro, pida una apelación urgente (respuesta en 72 horas). Después puede pedir una revisión "
           "externa dentro de 4 meses.", 10)
    p.para("La versión en inglés de este aviso está en la página siguiente.", 9)
    p.add_page()
    p.line("NOTICE OF CLAIM DENIAL", 12.5, "B")
    p.ln(2)
    p.para(f"Date of notice: {fdate(nd, 'long')}    Member ID: {ids['mid']}    Claim: {claim}", 9.5)
    p.para(f"We did not pay Dr. {SURG}'s claim for the lumbar microdiscectomy (CPT 63030) on "
           f"{fdate(dos, 'long')}, billed at {money(amt)}. Our medical policy requires at least 6 weeks of "
           "documented conservative therapy before surgery; the records show 3 weeks.", 10)
    p.para("You may appeal within 180 days of the date of this notice. Urgent appeals are decided within 72 "
           "hours. You may ask for an external review within 4 months after our appeal decision.", 10)
    p.para(f"Sincerely,\nClaims Department, {PLAN}\n1-877-555-{digits(rng, 4)} (TTY 711)", 10)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[claim], claim_amount=m2(amt), service_dates=[span(dos)],
              denial_date=nd.isoformat(), provider=SURG, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"provider": [PRAC]})
    return out(p), t


def lowres_appeal(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 6, 22) + dt.timedelta(days=rng.randint(0, 5))
    rec = plus(nd, -rng.randint(20, 28))
    dos = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 3))
    claim = _claim(rng)
    appeal = f"APL-{digits(rng, 7)}"
    amt = amount(rng, 3400, 5200)
    p = DJSheet(serif=True, footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _logo(p, rng, "Appeals and Grievances")
    p.line("Appeal Decision", 12.5, "B")
    p.ln(3)
    left = [("Date", fdate(nd, "slash")), ("Member", mem), ("Member ID", ids["mid"]), ("Appeal number", appeal),
            ("Claim number", claim), ("Appeal received", fdate(rec, "slash")), ("Date of service", fdate(dos, "slash")),
            ("Amount billed", money(amt)), ("Surgeon", f"{SURG}, MD")]
    right = [f"Dear {mem}:",
             f"You appealed our denial of the {PROC} that Dr. {SURG} performed on {fdate(dos, 'long')}.",
             "An orthopedic spine surgeon who was not part of the first decision reviewed your appeal, the office "
             "notes and the therapy records. We upheld our decision. Our policy requires at least 6 weeks of "
             "conservative therapy before lumbar disc surgery unless weakness is getting worse. The records show "
             "physical therapy for 3 weeks and stable strength at each visit.",
             "Next steps: you may ask for a second-level appeal within 60 days of the date of this letter. You may "
             "also ask for an external review by an independent review organization within 4 months of receiving "
             "this letter.",
             f"Sincerely,\nAppeals and Grievances, {PLAN}"]
    p.left_col(left, right, left_w=46, size=9.6, lsize=8.4, title="Appeal facts")
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, member_id=ids["mid"], member_name=mem,
              cases=[appeal, claim], claim_amount=m2(amt), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=SURG, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"case_numbers": [[appeal]]})
    return out(p), t


def rotated_stack(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    sd = dt.date(2026, 6, 8) + dt.timedelta(days=rng.randint(0, 4))
    s0 = dt.date(2026, 4, 27) + dt.timedelta(days=rng.randint(0, 3))
    s1 = plus(s0, 1)
    fac, anes, impl = amount(rng, 9800, 13800), amount(rng, 1400, 2100), amount(rng, 380, 720)
    tot = round(fac + anes + impl, 2)
    acct = f"FASC{digits(rng, 6)}"
    p = DJSheet(footer=None)
    p.set_margins(16, 14, 16)
    p.add_page()
    p.head(ASC, [f"1840 Fernhollow Pkwy, Meridian ID 83642  |  Billing 208-555-{digits(rng, 4)}  |  "
                 f"Tax ID 82-{digits(rng, 7)}"], mark=(60, 60, 60))
    p.line("STATEMENT OF ACCOUNT", 12, "B")
    p.ln(1)
    p.right_block([("Statement date:", fdate(sd, "slash")), ("Account no.:", acct), ("Patient:", mem),
                   ("Insurance:", PLAN), ("Member ID:", ids["mid"]), ("Surgeon:", f"Dr. {SURG}")], w=110,
                  size=8.6, y=p.get_y())
    p.ln(4)
    rows = [[fdate(s0, "slash"), fdate(s1, "slash"), "Operating room / recovery, 23-hour stay", money(fac, "nosign"),
             "Denied"],
            [fdate(s0, "slash"), fdate(s0, "slash"), "Anesthesia supplies and drugs", money(anes, "nosign"),
             "Denied"],
            [fdate(s0, "slash"), fdate(s0, "slash"), "Dural repair kit (C1713)", money(impl, "nosign"), "Denied"],
            ["", "", "Total charges", money(tot, "nosign"), ""]]
    p.table(["From", "To", "Description", "Charges", "Insurance"], rows, [24, 24, 86, 24, 22], size=8,
            aligns=["L", "L", "L", "R", "L"], bold_last=True)
    p.para(f"{PLAN} denied these charges (medical necessity). We have appealed on your behalf. You do not owe "
           "this balance while the appeal is open; under our contract with the plan you may not be billed for it.",
           8.6)
    p.para("Amount due now: $0.00", 9, )
    doc1 = (out(p), truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, claim_amount=m2(tot),
                          service_dates=[span(s0, s1)], denial_date=sd.isoformat(), provider=ASC,
                          unscored=["insurer"],
                          alternates={"provider": [SURG], "claim_amount": [None, "0.00"],
                                      "service_dates": [[span(s0)]]}))
    nd = plus(sd, rng.randint(4, 9))
    claim = _claim(rng)
    sur = amount(rng, 3400, 5200)
    q = DJSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _logo(q, rng, "Provider Claims")
    q.line(fdate(nd, "long"), 10)
    q.ln(2)
    for s in [f"Dr. {SURG}", PRAC, "Billing Office", "2975 E Overland Rd, Meridian ID 83642"]:
        q.line(s, 10)
    q.ln(3)
    q.capgrid([[("Claim number", claim, 44), ("Patient", mem, 56), ("Member ID", ids["mid"], 44),
                ("DOS", fdate(s0, "slash"), 30)],
               [("Billed", money(sur), 34), ("Rendering NPI", digits(rng, 10), 40), ("Group", ids["grp"], 30),
                ("Code", "63030", 24)]], cap=7, val=8.8)
    q.ln(2)
    q.para(f"Dear Dr. {SURG}:", 10)
    q.para(f"We denied your claim for the {PROC} on {fdate(s0, 'long')}. The prior authorization request was "
           "denied and the records sent with the claim do not document 6 weeks of conservative therapy or a "
           "progressive neurologic deficit, as our lumbar disc surgery policy requires.", 10)
    q.para("You may file a provider appeal within 90 days of the date of this letter. Include the therapy notes "
           "with dates. The member is held harmless for this claim.", 10)
    q.para(f"Sincerely,\nProvider Claims, {PLAN}", 10)
    doc2 = (out(q), truth("denial_letter", "medical_necessity", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
                          member_name=mem, cases=[claim], claim_amount=m2(sur), service_dates=[span(s0)],
                          denial_date=nd.isoformat(), provider=SURG, appeal_deadline=plus(nd, 90).isoformat(),
                          denial_alternates=["prior_authorization"], alternates={"provider": [PRAC]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_preservice_denial_facts_column_right", "born_digital", [bd_preservice(rng)]),
        Item(F + "faxstd_surgery_center_claim_notice_caption_boxes", "fax_standard_g4", [faxstd_asc_notice(rng)]),
        Item(F + "copy_surgeon_letter_to_plan_two_page", "photocopy", [copy_surgeon_letter(rng)]),
        Item(F + "scan300_eob_from_to_rows_total", "scan_clean_300", [scan300_eob(rng)]),
        Item(F + "phone_bilingual_surgeon_claim_denial_spanish_first", "phone_photo", [phone_bilingual(rng)]),
        Item(F + "lowres_appeal_upheld_facts_column_left", "scan_lowres_150", [lowres_appeal(rng)]),
        Item(F + "rotated_stack_center_statement_then_plan_letter_to_surgeon", "rotated", rotated_stack(rng),
             separators=["cover", "blank"]),
    ]
