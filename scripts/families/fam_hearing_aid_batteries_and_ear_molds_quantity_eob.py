"""An invented commercial plan (Bellwether Sound Health Plan) limiting hearing aid supplies by quantity per plan
year: batteries (HCPCS V5266, 80 per plan year) and ear molds (V5264, one per ear per plan year), with the
audiology practice's statement and letter. HCPCS codes appear as themselves; the plan, its limits, the practice,
every person and number is invented.

Documents (8 in 7 files):
- bd_eob_two_page_spaced_table_battery_row_denied: member EOB, a claim table without ruling lines (columns aligned
  by spaces) that continues on page 2 under a repeated header; the March battery row in the middle denied over the
  yearly quantity; subscriber, plan year, an "allowed amount were $150.00" example and taglines as decoys.
- faxstd_provider_notice_ear_molds_attn_billing_office: the plan's claim notice to the practice (Attn: Billing
  Office) in 7 pt under a typed fax header; the third and fourth ear molds of the plan year denied; the earlier
  mold claim dated "3/4/26" and a 90-day provider appeal.
- scan300_practice_statement_plan_adjustments_in_brackets: the practice's statement to the patient, plan
  adjustments as bracketed negatives, the denied batteries billed to the patient (denies nothing).
- phone_two_page_member_letter_cover_then_facts_cc_practice: a denial letter whose page 1 is prose only and whose
  facts (member ID, claim, dates, amount) are in a box on page 2; "cc: Cattail Creek Audiology".
- rotated_practice_letter_to_plan_exception_request: the audiologist's letter to the plan asking an exception for
  more batteries (denies nothing); DOB and earlier claims as decoys.
- lowres_spanish_battery_quantity_denial: the battery denial in Spanish.
- photocopy_stack_upheld_mold_appeal_then_paid_eob: a typed fax cover, an upheld appeal on ear molds, then a paid
  EOB (denies nothing) upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddk_famdkf import DKSheet, bracket, dollars_words, ordinal_date, tiny_date
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "hearing_aid_batteries_and_ear_molds_quantity_eob"
LANG = "en"
SEED = 351805
PLAN = "Bellwether Sound Health Plan"
PRACTICE = "Cattail Creek Audiology"
AUD = "Rosalind T. Marchetti"
BAT = ("V5266", "Battery for use in hearing device")
MOLD = ("V5264", "Ear mold/insert, not disposable, any type")
CHECK = ("V5014", "Repair/modification of a hearing aid")
EXAM = ("92557", "Comprehensive audiometry")


def _ids(rng):
    return {"mid": "BWS" + digits(rng, 8), "grp": f"{digits(rng, 5)}-H", "plan": f"Sound Choice PPO {digits(rng, 2)}"}


def _logo(p: DKSheet, rng, dept: str, y: float = 12):
    p.set_y(y)
    p.set_fill_color(30, 70, 110)
    p.ellipse(p.l_margin, y, 11, 11, style="F")
    p.set_xy(p.l_margin + 14, y)
    p.f(13, "B")
    p.cell(0, 6, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 14)
    p.f(7.5)
    p.cell(0, 4, f"{dept}  |  PO Box {rng.randint(1000, 9999)}, Macon GA 312{rng.randint(10, 99)}  |  "
                 f"1-888-555-{digits(rng, 4)}  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 16)


def _rule_text(qty_used, qty):
    return (f"Your plan covers up to 80 hearing aid batteries ({BAT[0]}) per plan year. {qty_used} were already "
            f"paid this plan year, so the {qty} batteries on this claim are over the limit and are not covered.")


def bd_eob(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    sub = person(rng)[0]
    sd = dt.date(2026, 4, 13) + dt.timedelta(days=rng.randint(0, 5))
    d = [dt.date(2026, 1, rng.randint(5, 9)), dt.date(2026, 1, rng.randint(12, 16)), dt.date(2026, 2, rng.randint(2, 6)),
         dt.date(2026, 2, rng.randint(16, 20)), dt.date(2026, 3, rng.randint(2, 6)), dt.date(2026, 3, rng.randint(16, 20)),
         dt.date(2026, 3, rng.randint(23, 27)), dt.date(2026, 4, rng.randint(1, 3))]
    cl = [digits(rng, 10) for _ in d]
    spec = [(EXAM, 1, 95, 140), (BAT, 40, 38, 52), (MOLD, 2, 160, 220), (CHECK, 1, 60, 90), (BAT, 40, 38, 52),
            (BAT, 40, 38, 52), (CHECK, 1, 60, 90), (EXAM, 1, 95, 140)]
    rows, deny = [], 5
    tb = tp = to = 0.0
    for i, ((code, _), qty, lo, hi) in enumerate(spec):
        billed = amount(rng, lo, hi)
        if i == deny:
            allowed, paid, owe, rm = 0.0, 0.0, billed, "QL2"
            dbill = billed
        else:
            allowed = round(billed * 0.8, 2)
            paid = round(allowed * 0.8, 2)
            owe = round(allowed - paid, 2)
            rm = "" if code != CHECK[0] else "A1"
        tb, tp, to = tb + billed, tp + paid, to + owe
        rows.append([cl[i], fdate(d[i], "slash"), code, str(qty), money(billed, "nosign"), money(allowed, "nosign"),
                     money(paid, "nosign"), money(owe, "nosign"), rm])
    rows.append(["*TOTAL", "", "", "", money(tb, "nosign"), "", money(tp, "nosign"), money(to, "nosign"), ""])
    p = DKSheet(footer="Page {n} of {nb}", cont=f"{mem}  |  Member ID {ids['mid']}  |  Explanation of Benefits")
    p.set_margins(14, 12, 14)
    p.add_page()
    _logo(p, rng, "Explanation of Benefits - THIS IS NOT A BILL")
    p.right_block([("Statement date:", fdate(sd, "abbr")), ("Subscriber:", sub), ("Patient:", mem),
                   ("Member ID:", ids["mid"]), ("Group:", ids["grp"]), ("Plan:", ids["plan"]),
                   ("Plan year:", "01/01/2026 - 12/31/2026")], w=100, size=8.4)
    p.ln(3)
    p.para(f"Claims processed for hearing services from {PRACTICE} ({AUD}, Au.D.). Each line is a separate claim. "
           "Hearing aid supplies have yearly quantity limits; see the remark codes.", 8.6)
    p.para("How to read this statement: \"Allowed\" is the most your plan pays for a service; you pay 20% of it "
           "after your deductible. For example, if the allowed amount were $150.00, the plan would pay $120.00 and "
           "you would owe $30.00.", 8.6)
    p.spaced(["Claim", "Date", "Code", "Qty", "Billed", "Allowed", "Plan paid", "You owe", "Rmk"], rows,
             [11, 10, 6, 3, 9, 9, 9, 9, 4], size=7.6, right={3, 4, 5, 6, 7}, break_at=4,
             title_again="Claims processed (continued)")
    p.para(f"QL2  Claim {cl[deny]}: {_rule_text(80, 40)}", 8.4)
    p.para("A1  Hearing aid check and cleaning, paid under your hearing aid benefit.", 8.4)
    p.para(f"You may appeal a denied claim within 180 days of the date of this statement. If your health would be "
           f"seriously harmed by waiting, ask for an urgent appeal (decided within 72 hours). You may also ask for "
           f"an external review within 4 months of a final appeal decision. Member Services 1-888-555-{digits(rng, 4)}.",
           8.4)
    p.boilerplate(PLAN, f"1-888-555-{digits(rng, 4)}")
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[cl[deny]], claim_amount=m2(dbill), service_dates=[span(d[deny])],
              denial_date=sd.isoformat(), provider=PRACTICE, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"provider": [AUD]})
    return out(p), t


def faxstd_provider(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 5, 4) + dt.timedelta(days=rng.randint(0, 6))
    first = dt.date(2026, 1, rng.randint(12, 22))
    dos = dt.date(2026, 4, rng.randint(6, 17))
    billed = amount(rng, 170, 240)
    claim = "BS" + digits(rng, 9) + "-01"
    fax = (f"{tiny_date(nd)} 09:{rng.randint(10, 59)}  BELLWETHER SOUND HP  478-555-{digits(rng, 4)}  ->  CATTAIL "
           f"CREEK AUD  478-555-{digits(rng, 4)}  PAGE {{n}}/2")
    p = DKSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _logo(p, rng, "Provider Claims")
    p.f(7.4)
    for ln in [f"To: {PRACTICE}", "Attn: Billing Office", f"{rng.randint(100, 9800)} Sycamore Ave, Macon GA "
               f"312{rng.randint(10, 99)}"]:
        p.cell(0, 3.5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.line("PROVIDER CLAIM NOTICE - SERVICE LINE DENIED", 8.6, "B")
    p.ln(1)
    p.capgrid([
        [("Notice date", fdate(nd, "slash"), 30), ("Claim number", claim, 44), ("Billing NPI", digits(rng, 10), 36),
         ("Tax ID", f"58-{digits(rng, 7)}", 30), ("Patient account", f"CCA{digits(rng, 6)}", 40)],
        [("Member", mem, 50), ("Member ID", ids["mid"], 40), ("Group", ids["grp"], 30),
         ("Rendering", f"{AUD}, Au.D.", 60)],
        [("Date of service", fdate(dos, "slash"), 32), ("HCPCS", f"{MOLD[0]} RT/LT", 30), ("Units", "2", 16),
         ("Billed", money(billed), 28), ("Paid", "$0.00", 24), ("Remark", "QL4", 24)],
    ], cap=6, val=7.4)
    p.ln(1)
    p.para(f"QL4  Quantity limit. The plan covers one ear mold per ear per plan year (01/01/2026 - 12/31/2026). Ear "
           f"molds for both ears were paid on claim 31{digits(rng, 8)}-01 for {tiny_date(first)}. The two molds "
           f"billed for {fdate(dos, 'long')} are over the yearly limit and are denied.", 7.2)
    p.para("The member may not be billed for the denied molds unless the member agreed in writing, before the "
           "service, to pay for supplies over the plan's limit.", 7.2)
    p.add_page()
    p.band("PROVIDER APPEAL", 7.4)
    p.para("You may file a provider appeal within 90 days of the date of this notice. Include the audiologist's "
           "notes if the molds were remade because of a change in the ear canal (for example, after ear surgery "
           "or a weight change of more than 10 pounds). Corrected claims must be received within 180 days of the "
           "date of service.", 7.2)
    p.para(f"Provider Services 1-888-555-{digits(rng, 4)}. Form BSHP-PCN-31 (rev. 1/26).", 7.2)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=mem,
              cases=[claim], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=PRACTICE, appeal_deadline=plus(nd, 90).isoformat(), alternates={"provider": [AUD]})
    return out(p), t


def scan300_statement(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    sd = dt.date(2026, 5, 18) + dt.timedelta(days=rng.randint(0, 6))
    d = [dt.date(2026, 3, rng.randint(2, 6)), dt.date(2026, 3, rng.randint(16, 20)), dt.date(2026, 4, rng.randint(6, 10))]
    b = [amount(rng, 60, 90), amount(rng, 38, 52), amount(rng, 95, 140)]
    adj = [round(b[0] * 0.2, 2), 0.0, round(b[2] * 0.2, 2)]
    ins = [round((b[0] - adj[0]) * 0.8, 2), 0.0, round((b[2] - adj[2]) * 0.8, 2)]
    bal = [round(b[i] - adj[i] - ins[i], 2) for i in range(3)]
    acct = f"CCA{digits(rng, 6)}"
    p = DKSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 6, PRACTICE, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Hearing testing, hearing aids and supplies  |  Macon GA  |  478-555-{digits(rng, 4)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.line("PATIENT STATEMENT", 11, "B")
    p.right_block([("Statement date:", fdate(sd, "iso")), ("Account:", acct), ("Patient:", mem),
                   ("Insurance:", PLAN), ("Member ID:", ids["mid"])], w=100, size=8.5)
    p.ln(4)
    rows = []
    for i, (code, desc) in enumerate([(CHECK[0], "Hearing aid check/cleaning"), (BAT[0], "Batteries, 40 ct"),
                                      (EXAM[0], "Audiometry, comprehensive")]):
        rows.append([fdate(d[i], "slash"), code, desc, money(b[i], "nosign"), bracket(adj[i]) if adj[i] else "0.00",
                     bracket(ins[i]) if ins[i] else "DENIED", money(bal[i], "nosign")])
    rows.append(["*", "", "Balance due", money(sum(b), "nosign"), bracket(sum(adj)), bracket(sum(ins)),
                 money(sum(bal), "nosign")])
    p.spaced(["Date", "Code", "Description", "Charge", "Plan adj.", "Ins. paid", "Balance"], rows,
             [10, 5, 27, 8, 10, 10, 9], size=8, right={3, 4, 5, 6}, rule_under_head=True)
    p.para(f"{PLAN} did not pay for the batteries dispensed on {fdate(d[1], 'long')}: they were over your plan's "
           "yearly battery limit. You signed our supply agreement, so this line is billed to you: USD "
           f"{b[1]:,.2f} ({dollars_words(b[1])}).", 8.6)
    p.para("Please pay within 30 days. Ask about our battery club: 60 batteries a year for a flat fee.", 8.6)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, claim_amount=m2(b[1]),
              service_dates=[span(d[1])], denial_date=sd.isoformat(), provider=PRACTICE, unscored=["insurer"],
              alternates={"claim_amount": [m2(sum(bal)), m2(sum(b)), None],
                          "service_dates": [[span(x) for x in d]]})
    return out(p), t


def phone_member_letter(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 6))
    dos = plus(nd, -rng.randint(18, 30))
    prev = dt.date(2026, 1, rng.randint(8, 28))
    billed = amount(rng, 85, 120)
    claim = digits(rng, 11)
    p = DKSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    _logo(p, rng, "Member Services")
    p.line(nd.strftime("%-d %B %Y"), 10)
    p.ln(2)
    p.line(mem, 10)
    p.line(f"{rng.randint(100, 9800)} Railroad St", 10)
    p.line(f"Macon GA 312{rng.randint(10, 99)}", 10)
    p.ln(4)
    p.para(f"Dear {mem}:", 10)
    p.para(f"We reviewed a claim from your audiologist for a replacement ear mold for your hearing aid. We cannot "
           "pay for it. Your plan covers one ear mold per ear each plan year, and an ear mold for the same ear was "
           "already paid earlier this plan year. The claim details are in the box on page 2 of this letter.", 10)
    p.para("If your ear canal changed (for example, after ear surgery) and a new mold was needed for a medical "
           "reason, your audiologist can send us notes and we will look at the claim again.", 10)
    p.para("**If you disagree.** You may appeal within 180 days of the date of this letter. Call Member Services "
           "or write to the Appeals Unit at the address above. Urgent appeals are decided within 72 hours. "
           "After the plan's appeal you may ask for an external review (4 months).", 10)
    p.para(f"Sincerely,\nClaims Review\n{PLAN}", 10)
    p.para(f"cc: {PRACTICE}", 8.5)
    p.add_page()
    p.line("Claim details", 11, "B")
    p.ln(1)
    p.boxed_pairs([("Member", mem), ("Member ID", ids["mid"]), ("Group", ids["grp"]), ("Claim number", claim),
                   ("Provider", f"{PRACTICE} - {AUD}, Au.D."), ("Service", f"{MOLD[0]} ear mold, right ear, 1 unit"),
                   ("Date of service", fdate(dos, "dmy")), ("Amount billed", money(billed)),
                   ("Plan paid", "$0.00"), ("Earlier mold paid", tiny_date(prev)),
                   ("Letter date", fdate(nd, "slash"))], label_w=50, size=9.2)
    p.boilerplate(PLAN, f"1-888-555-{digits(rng, 4)}")
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=mem,
              cases=[claim], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=PRACTICE, appeal_deadline=plus(nd, 180).isoformat(), alternates={"provider": [AUD]})
    return out(p), t


def rotated_practice_letter(rng):
    ids = _ids(rng)
    mem, mf, _, ml = person(rng)
    ld = dt.date(2026, 5, 6) + dt.timedelta(days=rng.randint(0, 6))
    dos = plus(ld, -rng.randint(20, 30))
    dob = dt.date(rng.randint(1940, 1960), rng.randint(1, 12), rng.randint(1, 28))
    claim = digits(rng, 10)
    p = DKSheet(footer="Page {n} of {nb}")
    p.set_margins(24, 16, 24)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, PRACTICE, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Audiology  |  Macon GA  |  478-555-{digits(rng, 4)}  |  Fax 478-555-{digits(rng, 4)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.line(ordinal_date(ld) + f"   ({fdate(ld, 'dash')})", 10)
    p.ln(3)
    for ln in [f"To: {PLAN}", "Attn: Appeals Unit", f"Fax 1-888-555-{digits(rng, 4)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.re_block([f"{mem}, DOB {fdate(dob, 'slash')}", f"Member ID {ids['mid']}  |  Claim {claim}",
                f"Batteries {BAT[0]} x 40, dispensed {fdate(dos, 'slash')}"])
    p.para("To the Appeals Unit:", 10)
    p.para(f"I am asking for an exception to the yearly battery limit for my patient {mem}. {mf} wears two "
           "battery-powered hearing aids with wireless streaming, which drains a size 312 battery in "
           "about four days. Eighty batteries a year lasts a little over five months.", 10)
    p.para(f"Your plan paid 80 batteries on claims in January and February. The 40 dispensed on "
           f"{fdate(dos, 'long')} were denied. A device with rechargeable batteries is not an option: {mf} has "
           "limited finger dexterity and cannot seat the aids in a charger. Please cover the batteries as medically "
           "necessary.", 10)
    p.para(f"Sincerely,\n\n{AUD}, Au.D.\nClinical Audiologist, {PRACTICE}", 10)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, cases=[claim],
              service_dates=[span(dos)], denial_date=ld.isoformat(), provider=AUD,
              alternates={"insurer": [None], "provider": [PRACTICE]})
    return out(p), t


def lowres_spanish(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 4, 27) + dt.timedelta(days=rng.randint(0, 6))
    dos = plus(nd, -rng.randint(15, 25))
    billed = amount(rng, 38, 52)
    claim = digits(rng, 11)
    p = DKSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _logo(p, rng, "Servicios para Miembros")
    p.line("Aviso de denegación de reclamo", 12, "B")
    p.ln(2)
    p.pairs([("Fecha del aviso", fdate(nd, "long", "es")), ("Miembro", mem), ("Número de miembro", ids["mid"]),
             ("Número de reclamo", claim), ("Fecha de servicio", fdate(dos, "dmy", "es")),
             ("Proveedor", PRACTICE), ("Cargo facturado", money(billed))], label_w=48, size=9.4)
    p.ln(3)
    p.para(f"Estimado(a) {mem}:", 9.8)
    p.para(f"No podemos pagar las 40 pilas para audífonos ({BAT[0]}) que le entregó {PRACTICE} el "
           f"{fdate(dos, 'long', 'es')}. Su plan cubre hasta 80 pilas por año del plan (del 1 de enero al 31 de "
           "diciembre de 2026). Ya pagamos 80 pilas este año, por lo que estas superan el límite y no están "
           "cubiertas.", 9.8)
    p.para("**Sus derechos de apelación.** Puede apelar dentro de 180 días a partir de la fecha de este aviso. "
           "Si esperar pone en grave riesgo su salud, pida una apelación urgente (72 horas). Después puede pedir "
           "una revisión externa dentro de 4 meses.", 9.8)
    p.para(f"Servicios para Miembros, {PLAN}", 9.8)
    p.boilerplate(PLAN, f"1-888-555-{digits(rng, 4)}")
    t = truth("denial_letter", "not_covered", insurer=PLAN, member_id=ids["mid"], member_name=mem, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=PRACTICE,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es")
    return out(p), t


def photocopy_stack(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 6, 8) + dt.timedelta(days=rng.randint(0, 5))
    dos = dt.date(2026, 4, rng.randint(6, 17))
    billed = amount(rng, 170, 240)
    claim = digits(rng, 11)
    appeal = f"APL-{digits(rng, 7)}"
    rec = plus(nd, -rng.randint(20, 28))
    p = DKSheet(footer=None)
    p.set_margins(22, 14, 22)
    p.add_page()
    _logo(p, rng, "Appeals Unit")
    p.line(f"Appeal decision  -  {fdate(nd, 'upper')}", 11.5, "B")
    p.ln(2)
    p.pairs([("Appeal number", appeal), ("Claim number", claim), ("Member", mem), ("Member ID", ids["mid"]),
             ("Date received", fdate(rec, "slash")), ("Date of service", fdate(dos, "slash")),
             ("Amount billed", money(billed))], label_w=38, size=9.5)
    p.ln(2)
    p.para(f"Dear {mem}:", 10)
    p.para(f"You appealed our denial of two ear molds ({MOLD[0]}) from {PRACTICE}. An audiologist reviewer who "
           "was not part of the first decision looked at your appeal. **We upheld the denial.** Ear molds for both "
           "ears were already paid this plan year, and the notes do not show a change in the ear canal that "
           "needed new molds.", 10)
    p.para("You may ask for a second-level appeal within 60 days of the date of this letter, or for an external "
           "review within 4 months.", 10)
    p.para(f"Appeals Unit, {PLAN}", 10)
    doc1 = (out(p), truth("denial_letter", "not_covered", insurer=PLAN, member_id=ids["mid"], member_name=mem,
                          cases=[appeal, claim], claim_amount=m2(billed), service_dates=[span(dos)],
                          denial_date=nd.isoformat(), provider=PRACTICE, appeal_deadline=plus(nd, 60).isoformat(),
                          alternates={"case_numbers": [[appeal], [claim]]}))
    sd = plus(nd, rng.randint(5, 12))
    d2 = plus(sd, -rng.randint(14, 24))
    b = [amount(rng, 60, 90), amount(rng, 38, 52)]
    cl = digits(rng, 10)
    q = DKSheet(footer=None)
    q.set_margins(16, 14, 16)
    q.add_page()
    _logo(q, rng, "Explanation of Benefits - this is not a bill")
    q.right_block([("Issued:", fdate(sd, "slash")), ("Patient:", mem), ("Member ID:", ids["mid"]),
                   ("Claim:", cl)], w=92, size=8.6)
    q.ln(3)
    rows = [[fdate(d2, "slash"), CHECK[0], "Hearing aid check", money(b[0], "nosign"), money(b[0] * 0.8, "nosign"),
             money(b[0] * 0.64, "nosign"), money(b[0] * 0.16, "nosign")],
            [fdate(d2, "slash"), BAT[0], "Batteries x 24", money(b[1], "nosign"), money(b[1] * 0.8, "nosign"),
             money(b[1] * 0.64, "nosign"), money(b[1] * 0.16, "nosign")],
            ["*", "", "Claim total", money(sum(b), "nosign"), money(sum(b) * 0.8, "nosign"),
             money(sum(b) * 0.64, "nosign"), money(sum(b) * 0.16, "nosign")]]
    q.spaced(["Date", "Code", "Service", "Billed", "Allowed", "Paid", "You owe"], rows, [10, 5, 18, 8, 8, 8, 8],
             size=8.2, right={3, 4, 5, 6}, rule_under_head=True)
    q.para(f"Provider: {PRACTICE}. Batteries used this plan year: 24 of 80 after this claim (the count restarted "
           "when your coverage changed plans on 05/01/2026).", 8.8)
    doc2 = (out(q), truth("eob", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, cases=[cl],
                          claim_amount=m2(sum(b)), service_dates=[span(d2)], denial_date=sd.isoformat(),
                          provider=PRACTICE, type_alternates=["other"]))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_two_page_spaced_table_battery_row_denied", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_provider_notice_ear_molds_attn_billing_office", "fax_standard_g4", [faxstd_provider(rng)]),
        Item(F + "scan300_practice_statement_plan_adjustments_in_brackets", "scan_clean_300", [scan300_statement(rng)]),
        Item(F + "phone_two_page_member_letter_cover_then_facts_cc_practice", "phone_photo", [phone_member_letter(rng)]),
        Item(F + "rotated_practice_letter_to_plan_exception_request", "rotated", [rotated_practice_letter(rng)]),
        Item(F + "lowres_spanish_battery_quantity_denial", "scan_lowres_150", [lowres_spanish(rng)]),
        Item(F + "photocopy_stack_upheld_mold_appeal_then_paid_eob", "photocopy", photocopy_stack(rng),
             separators=["cover", None], turns={(1, 0): 180}),
    ]
