"""Notices mirrored (structure and wording style only) from Indiana's Healthy Indiana Plan (HIP), the state's
Medicaid expansion run by the Indiana Family and Social Services Administration (FSSA) through managed care
entities: claims denied because HIP coverage was not yet active (the first POWER Account contribution had not
been paid, so coverage had not started on the date of service) or because the service is not covered under the
member's HIP benefit plan (HIP Basic has no routine vision or dental benefit). The program and FSSA appear as
themselves; the managed care entity (Limestone Ridge Health Plan), every provider, person, number, address and
amount is invented, as are the appeal time limits and contribution amounts used here.

Documents (8 in 7 files):
- bd_sidebar_box_coverage_not_active_power_account: the health plan's letter to the member, every fact in a ruled
  right-hand sidebar box with unusual labels ("Enrollee identifier", "Our file", "Dates of care", "Submitted
  charges", "Notice issued"); urgent care visit before coverage began (contribution paid later). Decoys: monthly
  POWER Account contribution, the invoice date, "our letter of" an older date, the plan's phone and fax.
- faxstd_grid_three_wide_hip_basic_vision_not_covered: a claim determination to an optometry practice, the facts
  in a grid of label/value boxes three wide; HIP Basic has no routine vision benefit. NPI, taxonomy, received
  date, 72-hour and fair-hearing limits as decoys.
- phone_spanish_dental_hip_basic_not_covered: Spanish notice to the member, dental cleaning not covered in HIP
  Basic.
- rotated_landscape_eob_four_claims_one_before_coverage: a landscape member EOB (claims table of four claims),
  one denied because the date of care is before HIP coverage began; the others paid.
- lowres_no_labels_letter_lab_before_start_date: a letter with no labels, every fact in sentences; lab work done
  before coverage started.
- photocopy_clinic_statement_three_lines_one_denied: the family clinic's statement to the member, three lines,
  one denied by the plan (denies nothing).
- finefax_stack_cover_power_account_invoice_then_appeal_upheld_turned: a fax cover, a POWER Account contribution
  invoice/welcome letter (denies nothing), then the plan's appeal decision upholding a denial (coverage not
  active), fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddk_famdkf import TAGLINES, tiny_date
from kit_rounddl_famdle import DLSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "healthy_indiana_plan_power_account_claim_denial"
LANG = "en"
SEED = 352103
MCE = "Limestone Ridge Health Plan"
FSSA = "Indiana Family and Social Services Administration"
ALT_INS = ["Limestone Ridge Health Plan of Indiana", "Limestone Ridge"]
URGENT = "Wabash Crossing Urgent Care"
OPTOM = "Tippecanoe Valley Eye Associates"
DENTAL = "Kokomo Family Dental Studio"
LAB = "Hoosier Heartland Reference Laboratory"
CLINIC = "Shelbyville Commons Family Medicine"
DOC = "Priya N. Castellano"


def mid(rng):
    """Plan member IDs invented for the family: three letters then nine digits (no O or I)."""
    return "LRH" + digits(rng, 9)


def rid(rng):
    """An Indiana Medicaid-style 12-digit recipient ID shape (invented)."""
    return "1" + digits(rng, 11)


def claim_no(rng):
    return f"26{rng.randint(100, 365)}{digits(rng, 8)}"


def _head(p: DLSheet, rng, unit: str = "Member Services"):
    p.f(13, "B")
    p.cell(0, 6, MCE, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, "A Healthy Indiana Plan (HIP) health plan", new_x="LMARGIN", new_y="NEXT")
    p.f(7.4)
    box = rng.randint(1100, 9800)
    p.cell(0, 4, f"{unit}  |  PO Box {box}, Indianapolis IN 46206  |  Phone 1-866-555-{digits(rng, 4)}  |  "
           f"Fax 317-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    y = p.get_y() + 1
    p.line_seg(p.l_margin, y, p.w - p.r_margin, y)
    p.set_y(y + 4)


def _rights(p: DLSheet, size=8.8, days=60):
    p.para(f"**Your right to appeal.** If you do not agree, you can ask {MCE} for an appeal. You must ask within "
           f"{days} days of the date of this notice. You can call us or write to us. If your health could be seriously "
           "harmed by waiting, ask for an expedited appeal; we will decide within 72 hours. After our appeal decision, "
           f"you may ask the {FSSA} for a State Fair Hearing within 120 days of the date of our appeal decision.", size)


def bd_sidebar(rng):
    name = person(rng)[0]
    m = mid(rng)
    nd = dt.date(2026, 3, rng.randint(9, 20))
    dos = dt.date(2026, 1, rng.randint(12, 27))
    start = dt.date(2026, 2, 1)
    billed = amount(rng, 180, 320)
    claim = claim_no(rng)
    inv = dt.date(2025, 12, rng.randint(2, 12))
    old = dt.date(2026, 1, 5)
    dob = dt.date(rng.randint(1970, 1998), rng.randint(1, 12), rng.randint(1, 28))
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    for ln in [name, f"{rng.randint(100, 9800)} Railroad St", f"Lafayette IN 479{rng.randint(10, 99)}"]:
        p.line(ln, 9.5)
    p.ln(4)
    p.line("Notice About a Claim for Your Care", 12, "B")
    p.ln(2)
    left = [f"Dear {name.split()[0]}:",
            f"We received a claim from {URGENT} for your visit. We cannot pay this claim. Your Healthy Indiana Plan "
            "coverage had not started on the date you got this care.",
            "Why: HIP coverage starts on the first day of the month in which we receive your first POWER Account "
            f"contribution. Your invoice dated {fdate(inv, 'slash')} asked for a contribution of $10.00 a month. We "
            f"received your first payment in {start.strftime('%B %Y')}, so your HIP Plus coverage started on "
            f"{fdate(start, 'long')}. The visit was before that date.",
            f"This is not the same as our letter of {fdate(old, 'long')}, which told you about your POWER Account "
            "balance. You do not need to pay the provider for care given while your application was pending "
            "unless you agreed to pay.",
            "If you think this is wrong, for example if you paid your contribution earlier, call Member Services "
            "and have your payment receipt ready."]
    facts = [("Notice issued", fdate(nd, "long")), ("Enrollee identifier", m), ("Enrollee", name),
             ("Birth date", fdate(dob, "slash")), ("Our file", claim), ("Treating facility", URGENT),
             ("Dates of care", fdate(dos, "slash")), ("Submitted charges", money(billed)),
             ("Plan pays", "$0.00"), ("Coverage start", fdate(start, "slash"))]
    p.box_col(left, facts, left_w=110, size=9.2, rsize=8.6, title="Claim facts")
    _rights(p)
    p.para("Sincerely,\nClaims Department\n" + MCE, 9)
    p.add_page()
    p.boilerplate(MCE, f"1-866-555-{digits(rng, 4)}")
    t = truth("denial_letter", "eligibility", insurer=MCE, member_id=m, member_name=name, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=URGENT,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT_INS})
    return out(p), t


def faxstd_grid(rng):
    name = person(rng)[0]
    m = mid(rng)
    nd = dt.date(2026, 4, rng.randint(6, 17))
    dos = plus(nd, -rng.randint(24, 38))
    billed = amount(rng, 140, 260)
    claim = claim_no(rng)
    fax = (f"{tiny_date(nd)} 09:{rng.randint(10, 59)}  LIMESTONE RIDGE CLAIMS  317-555-{digits(rng, 4)}  ->  "
           f"TIPPECANOE VALLEY EYE  765-555-{digits(rng, 4)}  PG {{n}}/2")
    p = DLSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Provider Services")
    p.line("PROVIDER CLAIM DETERMINATION - HEALTHY INDIANA PLAN", 9.5, "B")
    p.ln(1.5)
    w = 62
    p.capgrid([
        [("Mailed on", fdate(nd, "slash"), w), ("Tracking ID", claim, w), ("Rendering", OPTOM, w)],
        [("Beneficiary number", m, w), ("Beneficiary", name, w), ("Benefit plan", "HIP Basic", w)],
        [("From - Thru", f"{fdate(dos, 'slash')} - {fdate(dos, 'slash')}", w), ("Amount charged", money(billed), w),
         ("Allowed / Paid", "$0.00 / $0.00", w)],
        [("NPI", digits(rng, 10), w), ("Taxonomy", "152W00000X", w), ("Received", fdate(plus(dos, 9), "slash"), w)],
    ], cap=6, val=8.4, box_h=6.4)
    p.ln(1)
    p.para("Services: 92004 comprehensive eye exam, new patient; 92015 refraction.", 8.2)
    p.para("Reason N47: The member is enrolled in HIP Basic. HIP Basic does not include routine vision services "
           "such as eye exams for glasses for members age 21 and older. These services are not a covered benefit "
           "under the member's plan. Do not bill the member unless a signed waiver was obtained before the service.",
           8.2)
    p.add_page()
    p.band("PROVIDER DISPUTE AND APPEAL", 8)
    p.para("A provider may file a claim dispute or, for the member with the member's written consent, an appeal "
           "within 60 days of the date of this notice. Expedited appeals are decided within 72 hours. A State Fair "
           f"Hearing with {FSSA} may be asked for within 120 days of the appeal decision. Provider line "
           f"1-866-555-{digits(rng, 4)}. Form LRH-PCD-7.", 8)
    t = truth("denial_letter", "not_covered", insurer=MCE, member_id=m, member_name=name, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=OPTOM,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT_INS})
    return out(p), t


def phone_spanish(rng):
    name = person(rng)[0]
    m = mid(rng)
    nd = dt.date(2026, 5, rng.randint(4, 15))
    dos = plus(nd, -rng.randint(20, 31))
    billed = amount(rng, 160, 290)
    claim = claim_no(rng)
    p = DLSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.title_rule("AVISO SOBRE UN RECLAMO - PLAN HEALTHY INDIANA", 12)
    p.pairs([("Fecha de envío", fdate(nd, "long", "es")), ("Afiliado(a)", name), ("Identificación del afiliado", m),
             ("Número de control", claim), ("Fecha de atención", fdate(dos, "long", "es")),
             ("Dentista", DENTAL), ("Cargos presentados", money(billed))], label_w=56, size=9.3)
    p.ln(3)
    p.para(f"Estimado(a) {name}:", 9.6)
    p.para(f"No podemos pagar la limpieza dental y el examen (D1110, D0120) que {DENTAL} le dio. Usted está "
           "inscrito(a) en HIP Basic. HIP Basic no incluye servicios dentales para adultos. Este servicio no es un "
           "beneficio cubierto de su plan. Si paga sus contribuciones a la Cuenta POWER, puede pasar a HIP Plus, que "
           "sí incluye servicios dentales.", 9.6)
    p.para("**Si no está de acuerdo.** Puede pedir una apelación. Debe pedirla dentro de 60 días a partir de la fecha "
           "de este aviso. Si su salud corre peligro, pida una apelación rápida (72 horas). Después, puede pedir una "
           "Audiencia Imparcial del Estado dentro de 120 días.", 9.6)
    p.para(f"Departamento de Reclamos, {MCE}", 9.6)
    for t_ in TAGLINES[:2]:
        p.para(t_, 7.2, gap=0.4)
    t = truth("denial_letter", "not_covered", insurer=MCE, member_id=m, member_name=name, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=DENTAL,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es", alternates={"insurer": ALT_INS})
    return out(p), t


def rotated_eob(rng):
    name = person(rng)[0]
    m = mid(rng)
    sd = dt.date(2026, 4, rng.randint(20, 28))
    start = dt.date(2026, 3, 1)
    ds = [dt.date(2026, 2, rng.randint(16, 26)), dt.date(2026, 3, rng.randint(3, 9)),
          dt.date(2026, 3, rng.randint(12, 19)), dt.date(2026, 3, rng.randint(23, 30))]
    provs = [CLINIC, CLINIC, LAB, "Morgan County Physical Therapy"]
    codes = ["99203", "99213", "80053", "97110"]
    deny = 0
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page(orientation="L")
    p.f(13, "B")
    p.cell(150, 6, MCE)
    p.f(11, "B")
    p.cell(0, 6, "EXPLANATION OF BENEFITS", align="R", new_x="LMARGIN", new_y="NEXT")
    p.f(7.6)
    p.cell(0, 4, f"Healthy Indiana Plan  |  PO Box {rng.randint(1100, 9800)}, Indianapolis IN 46206  |  "
           f"1-866-555-{digits(rng, 4)}  |  This is not a bill", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.right_block([("Statement date:", fdate(sd, "abbr")), ("Member no.:", m), ("Member:", name),
                   ("Benefit plan:", "HIP Plus"), ("Coverage began:", fdate(start, "slash"))], w=110, size=8.6)
    p.ln(4)
    rows, bills = [], []
    for i, d in enumerate(ds):
        b = amount(rng, 110, 420)
        bills.append(b)
        c = claim_no(rng)
        if i == deny:
            deny_claim = c
            rows.append([c, fdate(d, "slash"), provs[i], codes[i], money(b, "nosign"), "0.00", "0.00", "E1"])
        else:
            allowed = round(b * 0.58, 2)
            rows.append([c, fdate(d, "slash"), provs[i], codes[i], money(b, "nosign"), money(allowed, "nosign"),
                         money(allowed, "nosign"), "--"])
    rows.append(["", "", "Totals", "", money(sum(bills), "nosign"), "", "", ""])
    p.table(["Claim number", "Date of care", "Provider", "Code", "Billed", "Allowed", "Plan paid", "Note"], rows,
            [40, 26, 72, 18, 26, 26, 26, 16], size=8.4, aligns=["L", "L", "L", "L", "R", "R", "R", "C"],
            bold_last=True)
    p.para(f"E1  Not paid: the date of care is before your HIP coverage began on {fdate(start, 'long')}. HIP "
           "coverage starts the first day of the month in which your first POWER Account contribution is received. "
           "Your POWER Account paid $0.00 toward this claim.", 8.6)
    p.para("You may appeal any claim on this statement within 60 days of the date of this statement. Expedited "
           "appeals: 72 hours. State Fair Hearing: 120 days after the appeal decision.", 8.6)
    t = truth("eob", "eligibility", insurer=MCE, member_id=m, member_name=name, cases=[deny_claim],
              claim_amount=m2(bills[deny]), service_dates=[span(ds[deny])], denial_date=sd.isoformat(),
              provider=provs[deny], appeal_deadline=plus(sd, 60).isoformat(), alternates={"insurer": ALT_INS})
    return out(p), t


def lowres_nolabels(rng):
    name = person(rng)[0]
    m = mid(rng)
    nd = dt.date(2026, 5, rng.randint(11, 22))
    dos = dt.date(2026, 3, rng.randint(16, 27))
    start = dt.date(2026, 4, 1)
    billed = amount(rng, 95, 240)
    claim = claim_no(rng)
    p = DLSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims Department")
    p.line(fdate(nd, "long"), 9.8)
    p.ln(3)
    for ln in [name, f"{rng.randint(100, 9800)} Sycamore Ave", f"Muncie IN 473{rng.randint(10, 99)}"]:
        p.line(ln, 9.8)
    p.ln(5)
    p.para(f"Dear {name}:", 9.8)
    p.para(f"We are writing about the blood tests that {LAB} did for you on {fdate(dos, 'long')} and billed to us "
           f"for {money(billed)} under claim {claim}. Your member number with us is {m}.", 9.8)
    p.para("We cannot pay this claim. Your Healthy Indiana Plan coverage began on "
           f"{fdate(start, 'long')}, the first day of the month in which we received your first POWER Account "
           "contribution. The tests were done before your coverage began, so there was no HIP coverage on that "
           "day.", 9.8)
    p.para("If you want to appeal, you must ask within 60 days of the date of this letter. Call us at the number at "
           "the top of this page or write to the address above. If waiting 30 days could harm your health, ask for "
           "a fast appeal and we will answer within 72 hours. If you still disagree after the appeal, you can ask the "
           f"{FSSA} for a State Fair Hearing.", 9.8)
    p.para(f"Sincerely,\n\nClaims Department\n{MCE}", 9.8)
    t = truth("denial_letter", "eligibility", insurer=MCE, member_id=m, member_name=name, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=LAB,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT_INS})
    return out(p), t


def photocopy_statement(rng):
    name = person(rng)[0]
    m = mid(rng)
    sd = dt.date(2026, 5, rng.randint(4, 14))
    ds = [dt.date(2026, 3, rng.randint(2, 9)), dt.date(2026, 3, rng.randint(16, 24)),
          dt.date(2026, 4, rng.randint(6, 14))]
    deny = 1
    acct = f"SC{digits(rng, 7)}"
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 6, CLINIC, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{rng.randint(100, 9800)} Harbor View Dr, Shelbyville IN 46176  |  Billing 317-555-{digits(rng, 4)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.line("PATIENT STATEMENT", 11, "B")
    p.right_block([("Statement date:", fdate(sd, "slash")), ("Guarantor acct:", acct), ("Patient:", name),
                   ("Insurance:", f"{MCE} (HIP)"), ("Insurance ID:", m)], w=112, size=8.6)
    p.ln(4)
    rows, bills = [], []
    items = [("99214", "Office visit, established"), ("92250", "Retinal photography"),
             ("99213", "Office visit, established")]
    for i, d in enumerate(ds):
        b = amount(rng, 120, 260)
        bills.append(b)
        if i == deny:
            rows.append([fdate(d, "slash"), items[i][0], items[i][1], money(b, "nosign"), "DENIED",
                         money(b, "nosign")])
        else:
            rows.append([fdate(d, "slash"), items[i][0], items[i][1], money(b, "nosign"), money(b, "nosign"),
                         "0.00"])
    rows.append(["", "", "Balance", money(sum(bills), "nosign"), money(sum(bills) - bills[deny], "nosign"),
                 money(bills[deny], "nosign")])
    p.table(["Date", "CPT", "Description", "Charge", "Plan payment/adj", "Your balance"], rows,
            [24, 16, 58, 24, 30, 26], size=8.4, aligns=["L", "L", "L", "R", "R", "R"], bold_last=True)
    p.para(f"Your health plan paid or adjusted two of the three visits. It denied the retinal photography on "
           f"{fdate(ds[deny], 'long')} as not covered under HIP Basic. Because you signed a waiver before the "
           "service, the balance is now yours. Please pay within 30 days or call to set up a payment plan.", 8.8)
    t = truth("other", None, insurer=MCE, member_id=m, member_name=name, claim_amount=m2(bills[deny]),
              service_dates=[span(ds[deny])], denial_date=sd.isoformat(), provider=CLINIC, unscored=["insurer"],
              alternates={"claim_amount": [None], "service_dates": [[span(d) for d in ds]]})
    return out(p), t


def finefax_stack(rng):
    name = person(rng)[0]
    m = mid(rng)
    idd = dt.date(2026, 2, rng.randint(2, 12))
    due = plus(idd, 60)
    p = DLSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "POWER Account Services")
    p.line(f"Invoice date: {fdate(idd, 'long')}", 9.5)
    p.ln(2)
    p.line(name, 9.5)
    p.ln(2)
    p.line("WELCOME TO HIP - YOUR POWER ACCOUNT CONTRIBUTION", 11, "B")
    p.pairs([("Member ID", m), ("Monthly contribution", "$5.00"), ("Payment due by", fdate(due, "slash")),
             ("Invoice no.", f"PWR-{digits(rng, 8)}")], label_w=46, size=9.4)
    p.ln(2)
    p.para("You have been found eligible for the Healthy Indiana Plan. To start HIP Plus coverage, pay your first "
           "POWER Account contribution. Your coverage starts the first day of the month in which we receive it. "
           "If your income is at or below the federal poverty level and you do not pay within 60 days, you will "
           "be placed in HIP Basic.", 9.4)
    p.para(f"{MCE}, POWER Account Services", 9.4)
    doc1 = (out(p), truth("other", None, insurer=MCE, member_id=m, member_name=name, denial_date=idd.isoformat(),
                          alternates={"insurer": ALT_INS}))
    rd = dt.date(2026, 5, rng.randint(11, 22))
    dos = dt.date(2026, 3, rng.randint(3, 20))
    billed = amount(rng, 420, 980)
    claim = claim_no(rng)
    apl = f"APL-{digits(rng, 7)}"
    q = DLSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Appeals and Grievances")
    q.title_rule("Appeal Decision", 11.5)
    q.pairs([("Date", fdate(rd, "long")), ("Member", name), ("Member ID", m), ("Appeal no.", apl),
             ("Original claim", claim), ("Service date", fdate(dos, "slash")), ("Provider", CLINIC),
             ("Billed", money(billed))], label_w=36, size=9.2)
    q.ln(2)
    q.para("You asked us to review our decision not to pay this claim. A reviewer who did not take part in the first "
           "decision looked at your file and your payment history. **We are upholding our decision.** Your first "
           f"POWER Account contribution was received on {fdate(dt.date(2026, 4, 2), 'slash')}. Your HIP coverage "
           "started on April 1, 2026, after the date of service, so there was no coverage on that date.", 9.4)
    q.para(f"You may ask the {FSSA} for a State Fair Hearing within 120 days of the date of this decision. Write to "
           "the FSSA Office of Hearings and Appeals or call the number on this page.", 9.4)
    q.para(f"Appeals Unit, {MCE}", 9.4)
    doc2 = (out(q), truth("denial_letter", "eligibility", insurer=MCE, member_id=m, member_name=name,
                          cases=[apl, claim], claim_amount=m2(billed), service_dates=[span(dos)],
                          denial_date=rd.isoformat(), provider=CLINIC,
                          alternates={"insurer": ALT_INS, "case_numbers": [[apl], [claim]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_sidebar_box_coverage_not_active_power_account", "born_digital", [bd_sidebar(rng)]),
        Item(F + "faxstd_grid_three_wide_hip_basic_vision_not_covered", "fax_standard_g4", [faxstd_grid(rng)]),
        Item(F + "phone_spanish_dental_hip_basic_not_covered", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_landscape_eob_four_claims_one_before_coverage", "rotated", [rotated_eob(rng)]),
        Item(F + "lowres_no_labels_letter_lab_before_start_date", "scan_lowres_150", [lowres_nolabels(rng)]),
        Item(F + "photocopy_clinic_statement_three_lines_one_denied", "photocopy", [photocopy_statement(rng)]),
        Item(F + "finefax_stack_cover_power_account_invoice_then_appeal_upheld_turned", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
