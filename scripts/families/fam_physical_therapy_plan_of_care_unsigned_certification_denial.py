"""An invented commercial plan (Kestrel Hollow Health Plan) denying outpatient physical therapy visits because the
therapist's plan of care was not certified (signed and dated) by the referring physician or practitioner in time:
under its invented Therapy Plan of Care Certification policy (RH-207) visits after the initial evaluation are payable
only while a signed plan of care is on file (signed within 30 days of the evaluation, recertified at least every 90
days). The referring or certifying physician is never the provider of the denied care (a decoy on every paper).
Every plan, provider, person, number, address, amount and rule here is invented; CPT codes appear as themselves.

Documents (8 in 7 files):
- scan_eob_claim_blocks_paid_to_line: a member EOB in claim blocks, each headed "Claim no. / Paid to / Received";
  four claims (the referring doctor's visit, an X-ray, the PT evaluation, the later PT visits), the visits claim
  denied: four visit dates only inside its lines.
- faxstd_caption_boxes_provider_notice: a provider claim notice as a standard fax, a header of small captioned boxes
  (group and rendering therapist, certifying physician, evaluation date, plan-of-care received date, "Dates of
  service 03/02/2026 - 03/06/2026", a claim number with dashes).
- phone_spanish_member_letter_day_first: Spanish member letter, the visits "del 2 de marzo de 2026 al 13 de marzo
  de 2026" and "02/03/2026 - 13/03/2026" (day first); the therapist and clinic only in a sentence.
- rotated_clinic_statement_remit_to: the PT clinic's own statement (remit-to address elsewhere), five visits, one
  denied by the plan and written off (denies nothing).
- lowres_no_labels_late_signature: a letter with no labels: the doctor signed the plan of care 47 days after the
  evaluation; visits "from March 3 through April 17, 2026" denied; follow-up visit date and medical director decoys.
- photocopy_stack_appeal_upheld_then_reprocessing_turned: an upheld first-level appeal carrying an appeal number,
  the claim number, a therapy notification number and an older letter reference; a blank separator; then a
  reprocessing notice for another claim (paid after the signed plan arrived; denies nothing) fed upside down.
- finefax_sidebar_recert_lapsed_group_practice: a member letter with a right-hand sidebar, recertification lapsed
  after 90 days, visits "May 4, 2026 - May 22, 2026" at an orthopedic group practice with the therapist under it;
  "Respond by" date in the sidebar.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddn_famdnc import TAGLINES, DNSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "physical_therapy_plan_of_care_unsigned_certification_denial"
LANG = "en"
SEED = 352402
PLAN = "Kestrel Hollow Health Plan"
ALT_INS = ["Kestrel Hollow"]
RIDGE = "Ridgeline Motion Physical Therapy"
TAMSIN = "Tamsin Creek Rehab & Sports Therapy"
ALDER = "Alder Gulch Orthopedic Group"


def member_no(rng):
    return f"KHW{digits(rng, 9)}"


def group_no(rng):
    return f"00{digits(rng, 5)}"


def _head(p: DNSheet, rng, unit: str = "Claims Department"):
    p.f(14, "B")
    p.cell(0, 7, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Spokane WA 992{rng.randint(10, 99)}  |  "
                 f"1-888-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def _visits(start: dt.date, n: int, rng) -> list[dt.date]:
    out_, d = [], start
    for _ in range(n):
        out_.append(d)
        d = plus(d, rng.choice([2, 2, 3]))
    return out_


def scan_eob(rng):
    pat = person(rng)[0]
    mno, grp = member_no(rng), group_no(rng)
    nd = dt.date(2026, 4, rng.randint(14, 24))
    ref_doc = person(rng)[0]
    ev = dt.date(2026, 3, rng.randint(2, 5))
    visits = _visits(plus(ev, 4), 4, rng)
    p = DNSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Member Claims")
    p.line("EXPLANATION OF BENEFITS", 13, "B")
    p.line("This is not a bill.", 8.5)
    p.ln(1)
    p.capboxes([[("Member", pat), ("Member ID", mno), ("Group", grp), ("Statement date", fdate(nd, "long"))],
                [("Plan", "Kestrel Choice PPO"), ("Plan year", "01/01/2026 - 12/31/2026"),
                 ("Deductible met", f"{money(amount(rng, 200, 700))} of $1,500.00"), ("PCP", f"Dr. {ref_doc}")]],
               size=8.4)
    claims = []

    def block(paid_to, lines, deny=False):
        n = f"26{digits(rng, 3)}-{digits(rng, 6)}"
        tot = round(sum(c for _, _, c in lines), 2)
        claims.append((n, tot))
        p.f(8.6, "B")
        p.cell(0, 5, f"Claim no. {n}    Paid to: {paid_to if not deny else paid_to + ' (no payment)'}    "
                     f"Received {fdate(plus(lines[-1][0], rng.randint(6, 12)), 'slash')}",
               new_x="LMARGIN", new_y="NEXT")
        rows = []
        for d, code, c in lines:
            if deny:
                rows.append([fdate(d, "short"), code, money(c, "nosign"), "0.00", "0.00", "0.00", "TC7"])
            else:
                al = round(c * 0.68, 2)
                co = round(al * 0.2, 2)
                rows.append([fdate(d, "short"), code, money(c, "nosign"), money(al, "nosign"), money(co, "nosign"),
                             money(al - co, "nosign"), "A1"])
        rows.append(["", "Claim total", money(tot, "nosign"), "", "", "", ""])
        p.table(["Service date", "Service", "Billed", "Allowed", "You owe", "Plan paid", "Note"], rows,
                [22, 72, 20, 18, 16, 22, 14], size=8, row_h=5, head_h=6, bold_last=True,
                aligns=["L", "L", "R", "R", "R", "R", "C"])
        return n, tot

    block(f"Dr. {ref_doc}", [(plus(ev, -9), "Office visit 99214", amount(rng, 160, 260))])
    block("Copper Valley Imaging", [(plus(ev, -9), "X-ray knee, 3 views 73562", amount(rng, 90, 180))])
    block(RIDGE, [(ev, "PT evaluation, moderate 97162", amount(rng, 180, 260))])
    vl = []
    for d in visits:
        vl.append((d, "Ther. exercise 97110 x2, manual 97140", amount(rng, 150, 230)))
    n, tot = block(RIDGE, vl, deny=True)
    p.para("**A1** Paid under your plan; you owe the amount shown. **TC7** These therapy visits are not payable: "
           "we have no plan of care signed and dated by your referring doctor or practitioner for these dates "
           "(Therapy Plan of Care Certification policy RH-207). The therapist may not bill you for them.", 8.4)
    p.para("You may appeal within 180 days of the date of this statement. Call Member Services or write to the "
           "address above. You may ask for an external review after our appeal decision.", 8.4)
    t = truth("eob", "other", insurer=PLAN, group=grp, member_id=mno, member_name=pat, cases=[n],
              claim_amount=m2(tot), service_dates=[span(d) for d in visits], denial_date=nd.isoformat(),
              provider=RIDGE, appeal_deadline=plus(nd, 180).isoformat(), plan_id=None,
              alternates={"insurer": ALT_INS, "service_dates": [[span(visits[0], visits[-1])]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def faxstd_boxes(rng):
    pat = person(rng)[0]
    mno, grp = member_no(rng), group_no(rng)
    nd = dt.date(2026, 4, rng.randint(6, 15))
    s0, s1 = dt.date(2026, 3, 2), dt.date(2026, 3, 6)
    ev = dt.date(2026, 1, rng.randint(12, 20))
    billed = amount(rng, 520, 980)
    claim = f"KH-2026-{digits(rng, 4)}-{digits(rng, 4)}"
    ther = person(rng)
    ther_name = f"{ther[1]} {ther[2]}. {ther[3]}"
    cert = person(rng)[0]
    fax = f"APR {nd.day:02d} 2026 09:{rng.randint(10, 59)}  KESTREL HOLLOW PROV SVC  509 555 {digits(rng, 4)}  #{{n}}"
    p = DNSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Provider Services")
    p.line("PROVIDER CLAIM NOTICE - THERAPY CERTIFICATION", 11.5, "B")
    p.ln(1)
    W = 188
    p.capboxes([[("Notice date", fdate(nd, "slash")), ("Claim number", claim), ("Member ID", mno),
                 ("Group", grp)],
                [("Patient", pat), ("Group / billing provider", TAMSIN), ("Rendering therapist",
                  f"{ther_name}, PT")],
                [("Certifying physician", f"Dr. {cert}"), ("PT evaluation", fdate(ev, "slash")),
                 ("POC received", fdate(plus(ev, rng.randint(8, 14)), "slash")), ("POC signature", "None")],
                [("Dates of service", f"{fdate(s0, 'slash')} - {fdate(s1, 'slash')}"), ("Total charges",
                  money(billed)), ("Plan payment", "$0.00"), ("Reason", "TC7")]],
               widths=[[W / 4] * 4, [44, 80, 64], [62, 42, 42, 42], [W / 4] * 4], size=8.6)
    p.para("**TC7** The plan of care we received for this patient is not signed or dated by the certifying physician "
           "or non-physician practitioner. Under policy RH-207, visits after the evaluation are payable only for "
           "dates on which a certified plan of care is on file. The evaluation itself was processed separately.", 9)
    p.para("To have these visits reviewed, send the plan of care signed and dated by the physician with a request for "
           "reconsideration within 90 days of the notice date. Do not send a new claim. You may not bill the member "
           "for these visits.", 9)
    p.para(f"Provider Services 1-888-555-{digits(rng, 4)}  |  Fax 509-555-{digits(rng, 4)}", 8.6)
    t = truth("denial_letter", "other", insurer=PLAN, group=grp, member_id=mno, member_name=pat, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(s0, s1)], denial_date=nd.isoformat(), provider=TAMSIN,
              appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"insurer": ALT_INS, "provider": [ther_name]}, denial_alternates=["medical_necessity"])
    return out(p), t


def phone_spanish(rng):
    pat = person(rng)[0]
    mno, grp = member_no(rng), group_no(rng)
    nd = dt.date(2026, 4, rng.randint(8, 17))
    s0, s1 = dt.date(2026, 3, 2), dt.date(2026, 3, 13)
    billed = amount(rng, 900, 1500)
    claim = f"26{digits(rng, 3)}-{digits(rng, 6)}"
    ther = person(rng)
    ther_name = f"{ther[1]} {ther[2]}. {ther[3]}"
    doc = person(rng)[0]
    p = DNSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line(fdate(nd, "long", "es"), 10)
    p.ln(2)
    p.line(pat, 9.8)
    p.line(f"{rng.randint(100, 9800)} Calle Las Flores, Yuma AZ 853{rng.randint(10, 99)}", 9.8)
    p.ln(3)
    p.line("Sus visitas de fisioterapia no fueron pagadas", 12, "B")
    p.ln(1)
    p.capboxes([[("Número de miembro", mno), ("Grupo", grp), ("Número de reclamación", claim)],
                [("Fechas de servicio", f"{fdate(s0, 'dmy', 'es')} - {fdate(s1, 'dmy', 'es')}"),
                 ("Cargos facturados", money(billed)), ("Pagado por el plan", "$0.00")]], size=9)
    p.para(f"Estimado(a) {pat}:", 9.8)
    p.para(f"Recibimos la reclamación por la fisioterapia que la terapeuta {ther_name} le dio en {RIDGE} del "
           f"{fdate(s0, 'long', 'es')} al {fdate(s1, 'long', 'es')}. No podemos pagar estas visitas.", 9.8)
    p.para(f"**Por qué.** Su plan paga las visitas de terapia solo cuando su médico firma y fecha el plan de atención "
           f"de la terapeuta. El plan de atención que nos enviaron no tiene la firma del Dr. {doc}, quien le refirió "
           "a terapia. Sin un plan de atención certificado, las visitas no se consideran médicamente necesarias "
           "(política RH-207). La clínica no puede cobrarle a usted estas visitas.", 9.8)
    p.para("**Si no está de acuerdo.** Puede apelar dentro de 180 días a partir de la fecha de esta carta. Envíe una "
           "copia del plan de atención firmado. Si su salud corre grave peligro, pida una apelación urgente (72 "
           "horas). Después de la apelación, puede pedir una revisión externa independiente.", 9.8)
    p.para(f"{PLAN}, Servicios para Miembros, 1-888-555-{digits(rng, 4)} (TTY 711)", 9.4)
    for tg in TAGLINES[:2]:
        p.para(tg, 7, gap=0.4)
    t = truth("denial_letter", "other", insurer=PLAN, group=grp, member_id=mno, member_name=pat, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(s0, s1)], denial_date=nd.isoformat(), provider=ther_name,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT_INS, "provider": [RIDGE]}, denial_alternates=["medical_necessity"])
    return out(p), t


def rotated_statement(rng):
    pat, guar = person(rng)[0], None
    mno = member_no(rng)
    sd = dt.date(2026, 5, rng.randint(4, 12))
    acct = f"TC{digits(rng, 6)}"
    visits = _visits(dt.date(2026, 3, rng.randint(3, 9)), 5, rng)
    deny = 3
    rows, prices = [], []
    for i, d in enumerate(visits):
        c = amount(rng, 140, 230)
        prices.append(c)
        if i == deny:
            rows.append([fdate(d, "slash"), "97110 x2, 97140", money(c), "Denied - POC unsigned", money(c), "0.00"])
        else:
            rows.append([fdate(d, "slash"), "97110 x2, 97140", money(c), "Paid", money(round(c * 0.55, 2)),
                         money(round(c * 0.09, 2))])
    p = DNSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(15, "B")
    p.cell(0, 7, TAMSIN, new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, f"Clinic: {rng.randint(100, 9800)} Old Mill Rd, Bangor ME 044{rng.randint(10, 99)}  |  "
                 f"207-555-{digits(rng, 4)}  |  NPI {digits(rng, 10)}", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)
    p.line("PATIENT STATEMENT", 11.5, "B")
    p.pairs([("Statement date", fdate(sd, "upper")), ("Account", acct), ("Patient", pat),
             ("Primary insurance", PLAN), ("Member ID", mno)], label_w=40, size=9.2)
    p.ln(2)
    p.table(["Visit date", "Services", "Charge", "Insurance status", "Ins. paid / adj.", "Your part"], rows,
            [24, 36, 22, 44, 28, 22], size=8.4)
    due = round(sum(round(c * 0.09, 2) for i, c in enumerate(prices) if i != deny), 2)
    p.line(f"Amount due from you: {money(due)}", 10, "B")
    p.ln(2)
    p.para(f"The visit of {fdate(visits[deny], 'slash')} was denied by your insurance because your doctor had not yet "
           "signed your plan of care. We have written it off; you do not owe for that visit. Your other visits show "
           "your coinsurance.", 9)
    p.line("Remit to:", 9, "B")
    p.para(f"Tamsin Creek Rehab Billing Office, PO Box {rng.randint(1200, 9800)}, Portland ME 041{rng.randint(10, 99)}"
           f"  |  Billing questions 207-555-{digits(rng, 4)}", 9)
    t = truth("other", None, insurer=PLAN, member_id=mno, member_name=pat, claim_amount=m2(prices[deny]),
              service_dates=[span(visits[deny])], denial_date=sd.isoformat(), provider=TAMSIN, unscored=["insurer"],
              alternates={"claim_amount": [None], "service_dates": [[span(d) for d in visits]]})
    return out(p), t


def lowres_no_labels(rng):
    pat = person(rng)[0]
    mno = member_no(rng)
    nd = dt.date(2026, 5, rng.randint(4, 12))
    ev = dt.date(2026, 3, 2)
    s0, s1 = dt.date(2026, 3, 3), dt.date(2026, 4, 17)
    signed = plus(ev, 47)
    billed = amount(rng, 1800, 2900)
    claim = f"26{digits(rng, 3)}-{digits(rng, 6)}"
    ther = person(rng)
    ther_name = f"{ther[1]} {ther[2]}. {ther[3]}"
    doc, md = person(rng)[0], person(rng)[0]
    p = DNSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Clinical Review")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [pat, f"{rng.randint(100, 9800)} Prospect Hill Rd", f"Dayton OH 454{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {pat}:", 10)
    p.para(f"We have finished reviewing the claim for the physical therapy that {ther_name}, PT, DPT gave you at "
           f"{RIDGE} from March 3 through April 17, 2026. The claim number is {claim}, the total charge was "
           f"{money(billed)}, and your member number is {mno}.", 10)
    p.para(f"Your therapist evaluated you on {fdate(ev, 'long')} and wrote a plan of care. Your plan pays for therapy "
           "visits only when the doctor who referred you signs and dates that plan of care within 30 days of the "
           f"evaluation. Dr. {doc} signed it on {fdate(signed, 'long')}, which is 47 days after the evaluation. We "
           "cannot pay for the visits before the signature date, so we have denied this claim. Visits from the "
           "signature date on are covered under your plan's benefits.", 10)
    p.para(f"Your next visit, on {fdate(plus(nd, 5), 'long')}, is covered by the signed plan of care and is not "
           "affected by this letter. The therapist may not bill you for the denied visits.", 10)
    p.para("If you disagree, you may appeal. Write to us within 180 days of the date of this letter and tell us why. "
           "You may send a letter from your doctor or therapist. If your appeal is denied, you may ask for an "
           "independent external review within four months of that decision.", 10)
    p.para(f"Sincerely,\n\nDr. {md}\nAssociate Medical Director", 10)
    t = truth("denial_letter", "other", insurer=PLAN, member_id=mno, member_name=pat, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(s0, s1)], denial_date=nd.isoformat(), provider=ther_name,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT_INS, "provider": [RIDGE]})
    return out(p), t


def photocopy_stack(rng):
    pat = person(rng)[0]
    mno, grp = member_no(rng), group_no(rng)
    nd = dt.date(2026, 6, rng.randint(2, 10))
    visits = _visits(dt.date(2026, 3, rng.randint(9, 13)), 3, rng)
    billed = amount(rng, 480, 720)
    claim = f"26{digits(rng, 3)}-{digits(rng, 6)}"
    apl = f"AP-{digits(rng, 3)} {digits(rng, 4)}"
    tn = f"TN{digits(rng, 7)}"
    old = f"LTR-26-{digits(rng, 5)}"
    ther = person(rng)[0]
    p = DNSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Appeals Unit")
    p.line("FIRST-LEVEL APPEAL DECISION", 12.5, "B")
    p.ln(1)
    p.pairs([("Decision date", fdate(nd, "slash")), ("Member", pat), ("Member ID", mno), ("Group", grp),
             ("Appeal no.", apl), ("Claim no.", claim), ("Therapy notification", tn),
             ("Visit dates", ", ".join(fdate(d, "slash") for d in visits)), ("Charges", money(billed)),
             ("Provider", RIDGE)], label_w=46, size=9.3, h=5)
    p.ln(2)
    p.para(f"You appealed our denial of three physical therapy visits with {ther}, PT. Our letter {old} explained "
           "that the plan of care was not signed by your referring doctor for these dates.", 9.6)
    p.para("**Decision: the denial is upheld.** The plan of care sent with your appeal is signed, but it is dated after "
           "these visits. A signature cannot be dated back. Registering visits with us (the therapy notification "
           "above) does not replace the doctor's certification.", 9.6)
    p.para("You may ask for a second-level appeal within 60 days of the date of this letter, or an independent "
           "external review within four months. For urgent care, an expedited review is decided in 72 hours.", 9.6)
    p.para(f"{PLAN} Appeals Unit", 9.6)
    doc1 = (out(p), truth("denial_letter", "other", insurer=PLAN, group=grp, member_id=mno, member_name=pat,
                          cases=[apl, claim], claim_amount=m2(billed), service_dates=[span(d) for d in visits],
                          denial_date=nd.isoformat(), provider=RIDGE, appeal_deadline=plus(nd, 60).isoformat(),
                          alternates={"insurer": ALT_INS, "provider": [ther],
                                      "case_numbers": [[apl], [claim], [apl, claim, tn]]},
                          denial_alternates=["medical_necessity"]))
    rd = plus(nd, rng.randint(3, 8))
    claim2 = f"26{digits(rng, 3)}-{digits(rng, 6)}"
    later = _visits(dt.date(2026, 4, rng.randint(13, 17)), 3, rng)
    c2 = amount(rng, 480, 720)
    paid = round(c2 * 0.55, 2)
    q = DNSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng)
    q.line("CLAIM REPROCESSED", 12, "B")
    q.ln(1)
    q.pairs([("Date", fdate(rd, "long")), ("Member", pat), ("Member ID", mno), ("Claim", claim2),
             ("Dates of service", f"{fdate(later[0], 'slash')} - {fdate(later[-1], 'slash')}"),
             ("Charges", money(c2)), ("Now paid", money(paid)), ("Paid to", RIDGE)], label_w=40, size=9.3)
    q.ln(2)
    q.para("We received the plan of care signed and dated by your doctor. The visits on this claim were on or after "
           "the signature date, so we have reprocessed the claim and paid it. You owe only your coinsurance.", 9.6)
    doc2 = (out(q), truth("other", None, insurer=PLAN, member_id=mno, member_name=pat, cases=[claim2],
                          claim_amount=m2(c2), service_dates=[span(later[0], later[-1])], denial_date=rd.isoformat(),
                          provider=RIDGE,
                          alternates={"insurer": ALT_INS, "case_numbers": [[]],
                                      "service_dates": [[span(d) for d in later]]}))
    return [doc1, doc2]


def finefax_sidebar(rng):
    pat = person(rng)[0]
    mno, grp = member_no(rng), group_no(rng)
    nd = dt.date(2026, 6, rng.randint(8, 16))
    s0, s1 = dt.date(2026, 5, 4), dt.date(2026, 5, 22)
    cert_d = dt.date(2026, 1, 28)
    billed = amount(rng, 1100, 1900)
    claim = f"26{digits(rng, 3)}-{digits(rng, 6)}"
    ther = person(rng)
    ther_name = f"{ther[1]} {ther[2]}. {ther[3]}"
    surgeon = person(rng)[0]
    by = plus(nd, 180)
    fax = f"{nd.month}/{nd.day}/2026 13:{rng.randint(10, 59)} FROM: KHHP MEMBER SVC 509-555-{digits(rng, 4)} P{{n}}"
    p = DNSheet(footer=None, fax_hdr=fax)
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Member Services")
    y0 = p.get_y()
    sx, sw = 132, 66
    p.sidebar([("Member ID", mno), ("Group", grp), ("Claim", claim), ("Letter date", fdate(nd, "long")),
               ("Visits", f"{fdate(s0, 'abbr')} - {fdate(s1, 'abbr')}"), ("Charges", money(billed)),
               ("Treating provider", f"{ALDER}\n{ther_name}, PT"), ("Certifying physician", f"Dr. {surgeon}"),
               ("Last certification", fdate(cert_d, "slash")), ("Respond by", fdate(by, "long"))],
              sx, y0, sw, "Claim details", size=8.2)
    p.set_y(y0)
    cw = sx - p.l_margin - 6
    for ln in [pat, f"{rng.randint(100, 9800)} N Bishop Blvd", f"Lubbock TX 794{rng.randint(10, 99)}"]:
        p.set_x(p.l_margin)
        p.cell(cw, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(5)
    p.col_para("**Therapy visits not covered: plan of care not recertified**", cw, 10)
    p.col_para(f"Dear {pat}:", cw)
    p.col_para("Your physical therapy plan of care must be recertified (signed again by your doctor) at least every "
               f"90 days. It was last certified on {fdate(cert_d, 'slash')}. The recertification was due by "
               f"{fdate(plus(cert_d, 90), 'slash')} and we have not received it.", cw)
    p.col_para("The physical therapy visits in May 2026 shown in the box were given after the certification ran out, "
               "so we cannot pay for them. The group may not bill you for them.", cw)
    p.col_para("If your doctor signs a new plan of care, future visits can be paid. If you disagree with this "
               "decision, you may appeal. Your appeal must reach us by the Respond by date. For urgent care, ask for "
               "a 72-hour expedited review.", cw)
    p.col_para(f"{PLAN} Member Services", cw)
    p.set_y(max(p.get_y(), 205))
    for tg in TAGLINES:
        p.para(tg, 7, gap=0.4)
    t = truth("denial_letter", "other", insurer=PLAN, group=grp, member_id=mno, member_name=pat, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(s0, s1)], denial_date=nd.isoformat(), provider=ALDER,
              appeal_deadline=by.isoformat(), alternates={"insurer": ALT_INS, "provider": [ther_name]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "scan_eob_claim_blocks_paid_to_line", "scan_clean_300", [scan_eob(rng)]),
        Item(F + "faxstd_caption_boxes_provider_notice", "fax_standard_g4", [faxstd_boxes(rng)]),
        Item(F + "phone_spanish_member_letter_day_first", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_clinic_statement_remit_to", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_no_labels_late_signature", "scan_lowres_150", [lowres_no_labels(rng)]),
        Item(F + "photocopy_stack_appeal_upheld_then_reprocessing_turned", "photocopy", photocopy_stack(rng),
             separators=["blank", None], turns={(1, 0): 180}),
        Item(F + "finefax_sidebar_recert_lapsed_group_practice", "fax_fine_g4", [finefax_sidebar(rng)]),
    ]
