"""Papers mirrored (structure and plain wording style only) from the Colorado Indigent Care Program (CICP), the
program of the Colorado Department of Health Care Policy and Financing (HCPF) that pays participating clinics and
hospitals so that low-income Coloradans who are not on Health First Colorado or CHP+ pay a discounted copay set by
a CICP rating. CICP, HCPF, Health First Colorado and CHP+ appear as themselves; the hospital (Pinyon Gulch Regional
Hospital), the clinic (Sotol Creek Community Health Clinic), the billing service, every doctor, counselor, patient,
number, form, address and time limit is invented (the limits are written in the style of a program notice, not
quoted). The patient's discount is refused or reduced; the provider that issues each paper is its letterhead.

Documents (8 in 7 files):
- bd_application_denied_income_over_limit: a born-digital hospital CICP eligibility determination refusing the
  application (household income over the program's limit), the ER visit's charges in a sentence (eligibility).
- clean_discount_statement_five_visits_one_not_cicp_service: a clean-scan "explanation of CICP discount" of five
  visits (Billed / CICP allowed / Program adj. / You owe, totals), the cosmetic removal row not a CICP service
  (not_covered).
- faxstd_rating_form_anesthesia_group_not_participating: a standard-fax clinic caption form: the surgery's
  anesthesia group does not take part in CICP, so its bill gets no discount (out_of_network).
- photocopy_visit_before_application_window: a photocopied letter: a visit more than 90 days before the
  application, outside the rating's look-back (timely_filing; eligibility accepted).
- phone_es_two_column_medicaid_first: a photographed two-column Spanish notice: the patient was on Health First
  Colorado on the visit date, so CICP does not apply (other), amount "US$ 1.234,50".
- rotated_rating_approval_card_letter: the clinic's CICP rating approval with the copay table, fed sideways
  (denies nothing).
- lowres_stack_documents_not_returned_then_reduced_rating_upside_down: a 150 dpi stack of a letter refusing the
  discount because proof of income never came (other), a blank separator, and upside down the billing service's
  letter applying a higher rating after the household's income was recounted (eligibility).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddz_famdzc import DZSheet, es_money, people
from public_kit import amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "colorado_indigent_care_program_cicp_provider_denial"
LANG = "en"
SEED = 354702
HOSP = "Pinyon Gulch Regional Hospital"
CLIN = "Sotol Creek Community Health Clinic"
BILL = "Cutbank Hollow Patient Billing Services"
ANES = "Tamarisk Flats Anesthesia Partners"
PROG = ["Colorado Indigent Care Program", "CICP"]


def cid(rng):
    return f"C{digits(rng, 7)}"


def phone(rng, area="719"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng):
    return dt.date(rng.randint(1958, 1999), rng.randint(1, 12), rng.randint(1, 28))


def addr(rng):
    return [f"{rng.randint(100, 9800)} {rng.choice(['Arroyo Seco Rd', 'E Pitkin Ave', 'Cholla Way', 'N Santa Fe Ave'])}",
            f"Pinyon Gulch CO 810{rng.randint(10, 99)}"]


def head(p, rng, org, unit):
    p.f(14, "B")
    p.cell(0, 7, org, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  {rng.randint(200, 2900)} Cañon Vista Blvd, Pinyon Gulch CO 810{rng.randint(10, 99)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.f(7.2)
    p.cell(0, 3.6, "A Colorado Indigent Care Program (CICP) participating provider", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def bd_income(rng):
    pt, fc, erdoc, pcp = people(rng, 4)
    m = cid(rng)
    v = dt.date(2026, 2, rng.randint(3, 25))
    app = plus(v, rng.randint(5, 12))
    nd = plus(app, rng.randint(10, 20))
    appno = f"CICP-{digits(rng, 6)}"
    acct = f"PG{digits(rng, 8)}"
    b = amount(rng, 1800, 4200)
    p = DZSheet(footer="Page {n} of {nb}")
    p.add_page()
    head(p, rng, HOSP, "Patient Financial Services - CICP Office")
    p.title_bar("CICP ELIGIBILITY DETERMINATION", "Form PGRH-CICP-1 (rev. 08/2025)")
    p.line(fdate(nd, "long"), 10)
    p.ln(1)
    for ln in [pt, *addr(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.boxed_pairs([("CICP Application No.", appno), ("CICP Client ID", m), ("Application received", fdate(app, "slash")),
                   ("Patient Acct", acct), ("Date of birth", fdate(dob(rng), "slash")),
                   ("Financial counselor", fc)], label_w=52)
    p.para(f"**Decision: not eligible.** You applied for a CICP rating so that your bill for the emergency room visit "
           f"on {fdate(v, 'long')} (seen by Dr. {erdoc}, charges {money(b)}) could be discounted. CICP helps Colorado "
           "residents whose household income is at or under 250% of the federal poverty guidelines. The pay stubs you "
           "gave us show a household income above that line for a household of your size, so we cannot give you a "
           "rating and the full charges stay on your account.", 9.6)
    p.para(f"Your family doctor, Dr. {pcp}, sent you to us; this decision does not change any care you get there. "
           "You may also qualify for Health First Colorado or a plan through the state's marketplace.", 9.6)
    p.heading("If you think we made a mistake", 10.5, rule=True)
    p.para("Ask for a reconsideration within 60 days of the date on this notice. Bring or send proof of income we did "
           "not see. Questions about how CICP works can also go to the Colorado Department of Health Care Policy and "
           f"Financing. A payment plan is available: call {phone(rng)}.", 9.4)
    t = truth("denial_letter", "eligibility", insurer=HOSP, member_id=m, member_name=pt, cases=[appno],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=HOSP,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": PROG, "provider": [erdoc], "claim_amount": [None], "member_id": [None]})
    return out(p), t


def clean_statement(rng):
    pt, derm, fc, pcp = people(rng, 4)
    m = cid(rng)
    sd = dt.date(2026, 5, rng.randint(4, 26))
    acct = f"PG{digits(rng, 8)}"
    inv = f"INV-{digits(rng, 6)}"
    rows, info = [], []
    specs = [("Clinic visit", CLIN, False, 140, 220), ("Lab panel", HOSP, False, 90, 160),
             ("Removal of skin tags (cosmetic)", CLIN, True, 260, 420), ("X-ray chest", HOSP, False, 180, 260),
             ("Follow-up visit", CLIN, False, 120, 200)]
    tot = [0.0] * 4
    d = plus(sd, -70)
    for desc, who, den, lo, hi in specs:
        d = plus(d, rng.randint(6, 12))
        ref = f"V{digits(rng, 7)}"
        b = amount(rng, lo, hi)
        if den:
            al, adj, owe = 0.0, 0.0, b
            code = "NC"
        else:
            owe = float(rng.choice([7, 15, 15, 25]))
            al = b
            adj = round(b - owe, 2)
            code = "R"
        rows.append([ref, fdate(d, "slash"), desc, who, money(b, "nosign"), money(al, "nosign"),
                     money(adj, "nosign"), money(owe, "nosign"), code])
        tot = [a + x for a, x in zip(tot, [b, al, adj, owe])]
        info.append((ref, d, b, den))
    rows.append(["TOTALS", "", "", ""] + [money(x, "nosign") for x in tot] + [""])
    p = DZSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page()
    head(p, rng, HOSP, "Patient Financial Services")
    p.title_bar("EXPLANATION OF YOUR CICP DISCOUNT - STATEMENT", "PGRH-CICP-ST (rev. 01/2026)")
    p.addr_pair("Guarantor / patient", [pt, *addr(rng)], "Your CICP rating",
                [f"CICP Client ID {m}", f"Rating: C  (valid 01/15/2026 - 01/14/2027)", f"Acct {acct}",
                 f"Invoice {inv}"])
    p.capstrip([("STATEMENT DATE", fdate(sd, "slash")), ("DOB", fdate(dob(rng), "slash")),
                ("PCP", f"Dr. {pcp}"), ("COUNSELOR", fc)], [42, 30, 60, 59.9])
    p.ln(2)
    p.table(["Visit ref", "Date", "Service", "Where", "Billed", "CICP allowed", "Program adj.", "You owe", "Code"],
            rows, [20, 18, 40, 50, 14, 14, 14, 13, 8.9], size=7.0, aligns=["L"] * 4 + ["R"] * 4 + ["C"],
            bold_last=True)
    ref, d, b, _ = info[2]
    p.para(f"**Codes.** R: CICP copay for your rating. NC: not a CICP service. The removal of skin tags done by "
           f"Dr. {derm} at {CLIN} on {fdate(d, 'long')} was cosmetic; CICP discounts only medically needed care, so "
           "the full charge is yours.", 8.6)
    p.para(f"If you disagree with a code, write to the CICP Office no later than {fdate(plus(sd, 45), 'long')}. "
           "Your rating is reviewed every year; report a change in household income within 10 days.", 8.6)
    t = truth("eob", "not_covered", insurer=HOSP, member_id=m, member_name=pt, cases=[ref], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=sd.isoformat(), provider=derm,
              appeal_deadline=plus(sd, 45).isoformat(),
              alternates={"insurer": PROG, "provider": [CLIN], "case_numbers": [[]]}, type_alternates=["other"])
    return out(p), t


def faxstd_anes(rng):
    pt, surg, crna, fc, rev = people(rng, 5)
    m = cid(rng)
    v = dt.date(2026, 3, rng.randint(2, 26))
    nd = plus(v, rng.randint(25, 40))
    ref = f"RF{digits(rng, 7)}"
    inv = f"{digits(rng, 6)}"
    acct = f"SC{digits(rng, 7)}"
    b = amount(rng, 900, 1600)
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  SOTOL CREEK CHC CICP  {phone(rng)}  P.{{n}}"
    p = DZSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p, rng, CLIN, "CICP Enrollment")
    p.title_bar("CICP DISCOUNT DECISION", "SCCHC-CICP-4 rev. 10/2025")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("1. NOTICE DATE", fdate(nd, "slash")), ("2. PATIENT", pt), ("3. CICP CLIENT ID", m)],
                [36, 80, W - 116])
    p.form_band([("4. REFERENCE", ref), ("5. CLINIC ACCT", acct), ("6. BILLER INVOICE", inv), ("7. DOB", fdate(dob(rng), "slash"))],
                [44, 44, 44, W - 132])
    p.form_band([("8. BILLED BY", ANES), ("9. DATE OF SERVICE", fdate(v, "slash"))], [110, W - 110])
    p.form_band([("10. SURGEON", f"Dr. {surg}"), ("11. ANESTHETIST", f"{crna}, CRNA"), ("12. AMT BILLED", money(b))],
                [64, 64, W - 128])
    p.ln(3)
    p.checks("13. DECISION", [(False, "CICP copay applies"), (True, "No CICP discount on this bill"),
                              (False, "More information needed")], cols=3)
    p.para(f"14. WHY: Your gallbladder surgery at {HOSP} was discounted under your CICP rating. The anesthesia for it "
           f"was given by {crna}, CRNA, of {ANES}, a group that is not a CICP provider. CICP pays only providers that "
           "take part in the program, so their bill cannot be discounted. Ask the group about its own charity or "
           "payment plan.", 9)
    p.para(f"15. REVIEWED BY: {rev}, CICP coordinator; counselor {fc}. To disagree, ask for a review within 45 days of "
           "the notice date (box 1). An urgent review for care you have not yet had is answered in 72 hours.", 8.8)
    t = truth("denial_letter", "out_of_network", insurer=CLIN, member_id=m, member_name=pt, cases=[ref],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=ANES,
              appeal_deadline=plus(nd, 45).isoformat(), alternates={"insurer": PROG, "provider": [crna]})
    return out(p), t


def photocopy_lookback(rng):
    pt, doc, fc, lab = people(rng, 4)
    m = cid(rng)
    v = dt.date(2026, 1, rng.randint(5, 20))
    app = plus(v, rng.randint(100, 115))
    nd = plus(app, rng.randint(8, 14))
    conf = f"{digits(rng, 9)}"
    acct = f"PG{digits(rng, 8)}"
    b1, b2 = amount(rng, 320, 520), amount(rng, 110, 240)
    p = DZSheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    head(p, rng, HOSP, "CICP Office")
    p.para(fdate(nd, "abbr"), 10)
    for ln in [pt, *addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Re", "Your CICP discount"), ("Confirmation", conf), ("CICP Client ID", m), ("Hospital Acct", acct)],
            label_w=34, size=9.6)
    p.ln(2)
    p.para(f"Dear {pt}:", 10)
    p.para(f"Thank you for applying for CICP. We received your application on {fdate(app, 'long')} and gave you a "
           f"rating, which discounts care from that day on. You also asked us to discount the visit of "
           f"{fdate(v, 'long')}, when Dr. {doc} saw you at our walk-in clinic and {lab} ran your blood tests.", 10)
    p.table(["Date", "Service", "Charges"],
            [[fdate(v, "slash"), "Walk-in clinic visit", money(b1, "nosign")],
             [fdate(v, "slash"), "Blood tests", money(b2, "nosign")],
             ["", "Total for the visit", money(b1 + b2, "nosign")]], [30, 100, 36], size=9,
            aligns=["L", "L", "R"], bold_last=True)
    p.para("A rating can reach back only to care given in the 90 days before we receive the application. This visit "
           "was earlier than that, so no discount is applied to it and the charges stay as billed.", 10)
    p.para(f"If you disagree, tell us within 65 days. Your counselor is {fc}. Phone {phone(rng)}.", 10)
    p.para(f"Sincerely,\n{fc}\nCICP Office, {HOSP}", 10)
    t = truth("denial_letter", "timely_filing", insurer=HOSP, member_id=m, member_name=pt, cases=[conf],
              claim_amount=m2(b1 + b2), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 65).isoformat(), denial_alternates=["eligibility"],
              alternates={"insurer": PROG, "provider": [HOSP], "case_numbers": [[]]})
    return out(p), t


def phone_es(rng):
    pt, doc, fc, ph = people(rng, 4)
    m = cid(rng)
    mcd = f"{rng.choice('ABCDFGHJKLMNPRTVWXY')}{digits(rng, 6)}"
    v = dt.date(2026, 4, rng.randint(3, 24))
    nd = plus(v, rng.randint(20, 35))
    ref = f"SC-{digits(rng, 6)}"
    acct = f"SC{digits(rng, 7)}"
    b = amount(rng, 1100, 1900)
    p = DZSheet(footer="Página {n} de {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    head(p, rng, CLIN, "Oficina del CICP")
    p.line("AVISO SOBRE SU DESCUENTO DEL CICP", 12, "B")
    p.ln(2)
    p.line(fdate(nd, "long", "es"), 10)
    for ln in [pt, *addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.two_col([
        f"Estimado(a) {pt}:",
        f"El {fdate(v, 'long', 'es')} la Dra. {doc} le atendió en nuestra clínica y le hizo un ultrasonido. El total "
        f"de la cuenta fue {es_money(b)}. {ph}, de la farmacia de la clínica, le entregó los medicamentos.",
        "El Programa de Atención para Personas de Bajos Recursos de Colorado (CICP) no se aplica a personas que tienen "
        "Health First Colorado (Medicaid de Colorado) o CHP+. Según el sistema del estado, usted tenía Health First "
        "Colorado en la fecha de la visita. Por eso no aplicamos el descuento del CICP y enviamos la cuenta a Health "
        "First Colorado.",
        "Si no está de acuerdo, pida una revisión dentro de 60 días a partir de la fecha de este aviso. Si Health "
        "First Colorado le niega la cuenta, puede pedir una audiencia imparcial estatal dentro de 120 días de su "
        "aviso. Llame al " + phone(rng) + " (TTY 711).",
        f"Atentamente,\n{fc}\nOficina del CICP"],
        "Datos del caso", [("Número de referencia", ref), ("ID de cliente del CICP", m),
                           ("ID de Health First Colorado", mcd), ("Cuenta de la clínica", acct),
                           ("Cargos de la visita (USD)", f"{b:.2f}"), ("Fecha de nacimiento", fdate(dob(rng), "dmy", "es")), ("Consejero(a)", fc)],
        split=0.62, size=9.4)
    t = truth("denial_letter", "other", insurer=CLIN, member_id=m, member_name=pt, cases=[ref], claim_amount=m2(b),
              service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": PROG, "provider": [CLIN], "member_id": [mcd]})
    return out(p), t


def rotated_approval(rng):
    pt, fc, pcp, spouse = people(rng, 4)
    m = cid(rng)
    app = dt.date(2026, 6, rng.randint(2, 20))
    nd = plus(app, rng.randint(7, 15))
    end = plus(app, 364)
    appno = f"CICP-{digits(rng, 6)}"
    p = DZSheet(footer="Page {n} of {nb}")
    p.add_page()
    head(p, rng, CLIN, "CICP Enrollment")
    p.title_bar("YOUR CICP RATING", "SCCHC-CICP-2 (rev. 10/2025)")
    p.line(fdate(nd, "long"), 10)
    for ln in [pt, *addr(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.grid([[("CICP Client ID", m), ("Application No.", appno), ("Rating", "B")],
            [("Valid from", fdate(app, "slash")), ("Valid through", fdate(end, "slash")), ("Household size", "2")],
            [("Counselor", fc), ("Primary care", f"Dr. {pcp}"), ("Also covered", spouse)]], size=8.8)
    p.para("Good news: you and your household qualify for CICP. Show this letter and your photo ID each time you get "
           "care at a CICP provider. You pay the copay for your rating, not the full charge.", 9.8)
    p.table(["Type of care", "Your copay (rating B)"],
            [["Clinic visit", "$15.00"], ["Emergency room visit", "$25.00"], ["Outpatient surgery", "$50.00"],
             ["Hospital stay", "$50.00"], ["Prescription (each)", "$7.00"]], [90, 60], size=9)
    p.para("Tell us within 10 days if your income or household changes. If you are found eligible for Health First "
           "Colorado or CHP+, those programs pay first.", 9.4)
    t = truth("other", None, insurer=CLIN, member_id=m, member_name=pt, cases=[appno], denial_date=nd.isoformat(),
              provider=CLIN, service_dates=[],
              alternates={"insurer": PROG, "case_numbers": [[]], "provider": [None, pcp]})
    return out(p), t


def lowres_stack(rng):
    pt, doc, fc, rn = people(rng, 4)
    m = cid(rng)
    v = dt.date(2026, 5, rng.randint(4, 20))
    nd = plus(v, rng.randint(30, 40))
    ref = f"PG-CICP-{digits(rng, 5)}"
    acct = f"PG{digits(rng, 8)}"
    b = amount(rng, 5200, 9800)
    by = plus(nd, 30)
    p = DZSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    head(p, rng, HOSP, "CICP Office")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [pt, *addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Reference: {ref}     Acct: {acct}     CICP Client ID: {m}", 9.4)
    p.para(f"Dear {pt}:", 10)
    p.para(f"You stayed with us from {fdate(v, 'long')} to {fdate(plus(v, 2), 'long')} under the care of Dr. {doc}; "
           f"{rn}, RN, our case manager, helped you apply for CICP while you were here. We wrote to you twice asking "
           "for proof of your household income. We have not received it, so we cannot finish your application and "
           f"the stay, charged at {money(b)}, is not discounted.", 10)
    p.para(f"Send the pay stubs or a letter from your employer by {fdate(by, 'long')} and we will look at your "
           f"application again. Your counselor is {fc}, {phone(rng)}.", 10)
    d1 = (out(p), truth("denial_letter", "other", insurer=HOSP, member_id=m, member_name=pt, cases=[ref],
                        claim_amount=m2(b), service_dates=[f"{v.isoformat()}/{plus(v, 2).isoformat()}"],
                        denial_date=nd.isoformat(), provider=HOSP, appeal_deadline=by.isoformat(),
                        alternates={"insurer": PROG, "provider": [doc],
                                    "service_dates": [[v.isoformat(), plus(v, 2).isoformat()], [v.isoformat()]]}))
    pt2, son, doc2, fc2, clerk = people(rng, 5)
    m2_ = cid(rng)
    v2 = dt.date(2026, 6, rng.randint(2, 22))
    nd2 = plus(v2, rng.randint(18, 30))
    inv = f"CH-{digits(rng, 7)}"
    acct2 = f"PG{digits(rng, 8)}"
    b2 = amount(rng, 2200, 3600)
    q = DZSheet(footer="Page {n} of {nb}")
    q.set_margins(22, 16, 22)
    q.add_page()
    q.f(13, "B")
    q.cell(0, 6, BILL, new_x="LMARGIN", new_y="NEXT")
    q.f(8)
    q.cell(0, 4, f"Billing agent for {HOSP}  |  {phone(rng, '303')}", new_x="LMARGIN", new_y="NEXT")
    q.rule(3)
    q.para(fdate(nd2, "long"), 10)
    for ln in [pt2, *addr(rng)]:
        q.line(ln, 10)
    q.ln(2)
    q.pairs([("Invoice", inv), ("Hospital account", acct2), ("CICP Client ID", m2_), ("Billing clerk", clerk)],
            label_w=36, size=9.4)
    q.ln(2)
    q.para(f"Dear {pt2}:", 10)
    q.para(f"When the hospital recounted your household, it found that your son {son} had moved out and now files his "
           "own taxes. With one person fewer, your income is a larger share of the poverty guideline, and your CICP "
           "rating went from A to D. The higher rating means a higher copay.", 10)
    q.para(f"Your outpatient procedure with Dr. {doc2} on {fdate(v2, 'long')} ({money(b2)} charged) is now billed "
           "at the rating D copay instead of the rating A copay. Earlier visits keep the old copay.", 10)
    q.para(f"If you think the recount is wrong, contact the hospital's CICP counselor, {fc2}, within 30 days of the "
           "date of this letter.", 10)
    d2 = (out(q), truth("denial_letter", "eligibility", insurer=BILL, member_id=m2_, member_name=pt2, cases=[],
                        claim_amount=m2(b2), service_dates=[v2.isoformat()], denial_date=nd2.isoformat(),
                        provider=doc2, appeal_deadline=plus(nd2, 30).isoformat(),
                        alternates={"insurer": [HOSP] + PROG, "provider": [HOSP], "case_numbers": [[inv]]},
                        type_alternates=["other"]))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_application_denied_income_over_limit", "born_digital", [bd_income(rng)]),
        Item(F + "clean_discount_statement_five_visits_one_not_cicp_service", "scan_clean_300",
             [clean_statement(rng)]),
        Item(F + "faxstd_rating_form_anesthesia_group_not_participating", "fax_standard_g4", [faxstd_anes(rng)]),
        Item(F + "photocopy_visit_before_application_window", "photocopy", [photocopy_lookback(rng)]),
        Item(F + "phone_es_two_column_medicaid_first", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_rating_approval_card_letter", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_stack_documents_not_returned_then_reduced_rating_upside_down", "scan_lowres_150",
             lowres_stack(rng), separators=["blank", None], turns={(1, 0): 180}),
    ]
