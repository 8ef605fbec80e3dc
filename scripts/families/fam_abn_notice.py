"""Family abn_notice: the Medicare Advance Beneficiary Notice of Noncoverage (ABN) a provider or supplier hands a
patient BEFORE a service, and (in one stack) the Medicare Summary Notice page that later denies that service.

Modelled on the public ABN form (in our own words): lettered blanks A. Notifier, B. Patient Name, C. Identification
Number (the notifier's own, optional); a table D (item or service) / E (why Medicare may not pay) / F (estimated
cost); what to do now; G. three options with check boxes, one ticked; H. additional information; I. signature and
J. date; the form and OMB numbers at the foot. Kinds: laboratory tests (diagnosis not covered, too frequent), an
MRI at an imaging center, DME supplies (frequency, upgrade), chiropractic maintenance, and a Spanish version for a
DME supplier. Nothing has been decided by a payer, so each ABN is `other` with no denial type; the estimated cost
is a decoy. Decoys also: the notifier's identification number, NPI, the form number, OMB number, expiry date.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundi_famm import DME, DOCTORS, ELDERS, ES_FIRST, IMAGING, LABS, LAST, LAST_ES, THERAPY, address, cents
from kit_roundi_famm import digits, letters, npi, person, phone
from public_kit import Page, fdate, m2, money, mbi, out, plus, span, truth

FAMILY = "abn_notice"
BOX_ON, BOX_OFF = "\u2612", "\u2610"
LANG = "en"

# kind -> (notifier, column-D word, [(item, reason, low, high)])
KINDS = {
    "lab": (LABS[0], "Laboratory test(s)", [
        ("Vitamin D, 25-hydroxy (CPT 82306)", "Medicare pays for this test only for certain diagnoses; the "
         "diagnosis on your order is not one of them.", 38, 64),
        ("Hemoglobin A1c (CPT 83036)", "Medicare usually does not pay for this test more often than every 3 "
         "months; your last one was 6 weeks ago.", 22, 41)]),
    "lab2": (LABS[1], "Lab tests", [
        ("PSA, total (84153)", "Screening is paid once every 12 months. Your last screening was less than a year "
         "ago.", 29, 52),
        ("Lipid panel (80061)", "Paid for screening only once every 5 years when results were normal.", 31, 58)]),
    "mri": (IMAGING[0], "Imaging service", [
        ("MRI lumbar spine without contrast (72148)", "Medicare may find this scan not reasonable and necessary: "
         "your records do not show 6 weeks of therapy or a new neurologic problem first.", 690, 1180)]),
    "cpap": (DME[0], "Item(s)", [
        ("CPAP full face mask (A7030)", "Medicare pays for one full face mask every 3 months; you received one "
         "7 weeks ago.", 140, 210),
        ("Heated humidifier water chamber (A7046)", "Replacement allowed once every 6 months.", 28, 44)]),
    "chiro": (THERAPY[0], "Service", [
        ("Chiropractic manipulation, 3-4 regions (98941), 8 visits", "Medicare pays only for manipulation that "
         "improves your condition. Your care has become maintenance therapy: you are no longer improving.",
         380, 560)]),
    "dme_es": (DME[1], "Artículo", [
        ("Cojín para silla de ruedas, ancho ajustable (E2622)", "Medicare podría considerar que este cojín de lujo "
         "no es necesario; su médico no documentó úlceras por presión ni riesgo alto.", 390, 620),
        ("Brazos de silla ajustables (E0973)", "Medicare no paga por una mejora si el modelo estándar cubre su "
         "necesidad.", 95, 160)]),
}
OPTS_EN = [("OPTION 1.", "I want the {d} listed above. You may ask to be paid now, but I also want Medicare "
            "billed for an official decision on payment, which is sent to me on a Medicare Summary Notice (MSN). If "
            "Medicare does not pay, I know I will have to pay, and I can appeal to Medicare by following the MSN's "
            "directions. If Medicare does pay, you will refund any payments I made to you, less co-pays or "
            "deductibles."),
           ("OPTION 2.", "I want the {d} listed above, but do not bill Medicare. You may ask to be paid now as I "
            "am responsible for payment. I cannot appeal if Medicare is not billed."),
           ("OPTION 3.", "I do not want the {d} listed above. I understand that with this choice I am not "
            "responsible for payment, and I cannot appeal to see if Medicare would pay.")]
OPTS_ES = [("OPCIÓN 1.", "Quiero el {d} indicado arriba. Pueden pedirme el pago ahora, pero también quiero que se "
            "facture a Medicare para que tome una decisión oficial, que me llegará en un Resumen de Medicare (MSN). "
            "Si Medicare no paga, sé que tendré que pagar, y puedo apelar siguiendo las instrucciones del MSN."),
           ("OPCIÓN 2.", "Quiero el {d} indicado arriba, pero no facturen a Medicare. Pueden pedirme el pago ahora "
            "porque yo soy responsable. No puedo apelar si no se factura a Medicare."),
           ("OPCIÓN 3.", "No quiero el {d} indicado arriba. Entiendo que así no tengo que pagar y no puedo apelar "
            "para ver si Medicare pagaría.")]


def _header(p: Page, es: bool, notifier: str, patient: str, ident: str | None, rng, boxed: bool) -> None:
    a = address(rng)
    lines = [notifier, a[0] + ", " + a[1], f"{'Tel.' if es else 'Phone'} {phone(rng)}  NPI {npi(rng)}"]
    lab = ("A. Notificante(s):", "B. Nombre del paciente:", "C. Número de identificación:") if es else \
        (rng.choice(["A. Notifier:", "A. Notifier(s):"]), "B. Patient Name:", "C. Identification Number:")
    p.f(8.5, "B")
    p.cell(0, 4.6, lab[0], new_x="LMARGIN", new_y="NEXT", border="LTR" if boxed else 0)
    for ln in lines:
        p.f(9.5, "B" if ln == notifier else "")
        p.cell(0, 4.8, "   " + ln, new_x="LMARGIN", new_y="NEXT", border="LR" if boxed else 0)
    p.f(8.5, "B")
    p.cell(105, 6, lab[1] + " ", border=1 if boxed else 0)
    p.cell(0, 6, lab[2] + " ", border=1 if boxed else 0, new_x="LMARGIN", new_y="NEXT")
    p.f(10)
    p.cell(105, 6.5, "   " + patient, border="LRB" if boxed else 0)
    p.cell(0, 6.5, "   " + (ident or ""), border="LRB" if boxed else 0, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)


def abn(rng, kind: str, choice: int, ds: str, ms: str, *, sched: bool = True, doctor: bool = True,
        ident: bool = True, boxed: bool = True, patient=None):
    """One ABN page; returns (pdf, truth, facts) where facts feed a later MSN in a stack."""
    notifier, dword, items = KINDS[kind]
    es = kind.endswith("_es")
    name, first, last = patient or (person(rng, ES_FIRST, LAST_ES) if es else person(rng, ELDERS, LAST))
    signed = dt.date(2026, 1, 12) + dt.timedelta(days=rng.randint(0, 110))
    when = plus(signed, rng.choice([0, 0, 3, 9]))
    doc = rng.choice(DOCTORS)
    idn = rng.choice([f"ACCT {digits(rng, 8)}", f"{letters(rng, 3)}-{digits(rng, 6)}", digits(rng, 9)]) if ident else None
    d = (lambda x: fdate(x, "long", "es")) if es else (lambda x: fdate(x, ds))
    p = Page(footer=None, footer_left=("Formulario CMS-R-131-S (Vence 01/31/2026)" if es else
                                       "Form CMS-R-131 (Exp. 01/31/2026)") + "        Form Approved OMB No. 0938-0566")
    p.add_page()
    _header(p, es, notifier, name, idn, rng, boxed)
    p.line("Notificación previa de no cobertura al beneficiario (ABN)" if es else
           "Advance Beneficiary Notice of Noncoverage (ABN)", 14, "B", align="C", h=7)
    p.ln(2)
    p.para(("**NOTA:** Si Medicare no paga por el {d} de la sección D, es posible que usted tenga que pagar." if es else
            "**NOTE:** If Medicare doesn't pay for the {d} under D below, you may have to pay.").format(d=dword.lower()), 10)
    p.para("Medicare no paga todo, ni siquiera toda la atención que usted o su proveedor creen que necesita. "
           "Pensamos que Medicare podría no pagar por lo siguiente:" if es else
           "Medicare does not cover everything, even some care you or your provider have good reason to think you "
           "need. We expect that Medicare may not pay for what is listed below.", 9.5)
    rows, total = [], 0.0
    for it, why, lo, hi in items:
        c = cents(rng, lo, hi)
        total += c
        rows.append([it, why, money(c, ms)])
    head = [f"D. {dword}", "E. Razón por la que Medicare podría no pagar:" if es else
            rng.choice(["E. Reason Medicare May Not Pay:", "E. Why Medicare may not pay:"]),
            "F. Costo estimado" if es else "F. Estimated Cost"]
    _wrap_table(p, head, rows, [52, 100, 28])
    p.heading("LO QUE DEBE HACER AHORA:" if es else "WHAT YOU NEED TO DO NOW:", 10)
    p.bullets(["Lea este aviso para que pueda tomar una decisión informada sobre su atención.",
               "Háganos cualquier pregunta que tenga después de leerlo.",
               "Elija una opción abajo sobre si quiere recibir lo indicado en D."] if es else
              ["Read this notice so you can make an informed decision about your care.",
               "Ask us any questions you may have after you finish reading.",
               f"Choose an option below about whether to receive the {dword.lower()} listed above."], 9)
    p.heading(("G. OPCIONES: marque una sola casilla. No podemos marcarla por usted." if es else
               "G. OPTIONS: Check only one box. We cannot choose a box for you."), 10, rule=True)
    for i, (lab, txt) in enumerate(OPTS_ES if es else OPTS_EN, 1):
        p.para(f"{BOX_ON if i == choice else BOX_OFF} **{lab}** " + txt.format(d=dword.lower()), 9, gap=1.2)
    p.heading("H. Información adicional:" if es else "H. Additional Information:", 10)
    extra = []
    if doctor:
        extra.append((f"Ordenado por: {doc}." if es else f"Ordered by: {doc}."))
    if sched:
        extra.append((f"Fecha programada: {d(when)}." if es else
                      rng.choice(["Scheduled for ", "Date of service planned: ", "Appointment: "]) + d(when) + "."))
    p.para(" ".join(extra) + (" Este aviso es nuestra opinión, no una decisión oficial de Medicare. Si tiene "
                              "preguntas sobre este aviso o la facturación de Medicare, llame al 1-800-MEDICARE."
                              if es else " This notice is our opinion, not an official Medicare decision. For other "
                              "questions about this notice or Medicare billing, call 1-800-MEDICARE."), 9)
    p.para("Al firmar abajo, usted confirma que recibió y entiende este aviso. También recibe una copia." if es else
           "Signing below means that you received and understand this notice. You also receive a copy.", 9)
    p.f(9, "B")
    p.cell(115, 6, "I. Firma:" if es else "I. Signature:", border=1)
    p.cell(0, 6, "J. Fecha:" if es else "J. Date:", border=1, new_x="LMARGIN", new_y="NEXT")
    p.f(10)
    p.cell(115, 7, f"   /s/ {first} {last}", border=1)
    p.cell(0, 7, "   " + d(signed), border=1, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para("Under the Paperwork Reduction Act, no one must answer a collection of information unless it shows a "
           "valid OMB number; this one is 0938-0566. Giving this notice takes about 7 minutes. CMS does not "
           "discriminate in its programs and activities." if not es else
           "Según la Ley de Reducción de Trámites, nadie tiene que responder a una recopilación de información que "
           "no muestre un número OMB válido; el de este aviso es 0938-0566.", 7)
    alts = {"insurer": [None], "service_dates": [[]], "provider": [doc] if doctor else []}
    t = truth("other", None, insurer="Medicare", member_name=name, service_dates=[span(when)] if sched else [],
              denial_date=signed.isoformat(), provider=notifier, lang="es" if es else "en",
              alternates={k: v for k, v in alts.items() if v})
    return out(p), t, dict(name=name, first=first, last=last, when=when, signed=signed, notifier=notifier,
                           doc=doc, items=items, costs=rows)


def _wrap_table(p: Page, head, rows, widths) -> None:
    """A ruled D/E/F table whose middle cells wrap (reasons are sentences)."""
    p.f(8.5, "B")
    y = p.get_y()
    x = p.l_margin
    for h, w in zip(head, widths):
        p.rect(x, y, w, 8.4)
        p.set_xy(x + 0.5, y)
        p.multi_cell(w - 1, 4.2, h, new_x="RIGHT", new_y="TOP", align="L")
        x += w
    y += 8.4
    for row in rows:
        p.f(8.8)
        n = max(len(p.multi_cell(w, 4.4, c, dry_run=True, output="LINES")) for c, w in zip(row, widths))
        hgt = n * 4.4 + 1.5
        x = p.l_margin
        for c, w in zip(row, widths):
            p.rect(x, y, w, hgt)
            p.set_xy(x + 0.5, y + 0.7)
            p.multi_cell(w - 1, 4.4, c, new_x="RIGHT", new_y="TOP", align="L")
            x += w
        y += hgt
    p.set_xy(p.l_margin, y + 3)


def msn(rng, facts: dict):
    """The Medicare Summary Notice page that later denies the ABN's first test (option 1 was chosen)."""
    m = mbi(rng)
    notice = plus(facts["when"], rng.randint(40, 60))
    last = plus(notice, 120)
    claim = f"{rng.randint(21, 24)}-{digits(rng, 4)}-{digits(rng, 3)}-{digits(rng, 3)}"
    item = facts["items"][0][0].split(" (")[0]
    billed_denied, billed_ok = cents(rng, 48, 70), cents(rng, 30, 45)
    total = billed_denied + billed_ok
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    p.line("Medicare Summary Notice for Part B (Medical Insurance)", 14, "B", h=7)
    p.line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5, h=5)
    p.ln(2)
    p.pairs([("Notice date", fdate(notice, "long")), ("Your Medicare Number", m),
             ("Claims processed", f"{fdate(plus(notice, -92), 'long')} - {fdate(plus(notice, -2), 'long')}")],
            label_w=55, size=9.5)
    p.ln(1)
    p.line(facts["name"].upper(), 9.5, h=4.8)
    for ln in address(rng):
        p.line(ln.upper(), 9.5, h=4.8)
    p.ln(3)
    p.heading("Your Claims for Part B (Medical Insurance)", 11, rule=True)
    p.pairs([("Service provider", facts["notifier"]), ("Referred by", facts["doc"]), ("Date of service",
             fdate(facts["when"], "slash")), ("Claim number", claim)], label_w=40, size=9.5)
    p.table(["Service Provided & Billing Code", "Service Approved?", "Amount Provider Charged",
             "Medicare-Approved Amount", "Amount Medicare Paid", "Maximum You May Be Billed", "See Notes"],
            [["Metabolic panel (80053)", "Yes", money(billed_ok), money(billed_ok - 12.4),
              money(billed_ok - 12.4), "$0.00", ""],
             [facts["items"][0][0].replace("(CPT ", "("), "No", money(billed_denied), "$0.00", "$0.00",
              money(billed_denied), "A, B"],
             ["Total for this claim", "", money(total), money(billed_ok - 12.4), money(billed_ok - 12.4),
              money(billed_denied), ""]], [52, 18, 22, 22, 22, 22, 16], size=8, bold_last=True)
    p.heading("Notes for Claims Above", 10)
    p.para(f"**A** Medicare does not pay for {item} for the diagnosis your doctor reported. It was not reasonable and "
           "necessary for your condition.", 9)
    p.para("**B** You signed a notice before the service saying you might have to pay (an Advance Beneficiary "
           "Notice), so the provider may bill you for this amount.", 9)
    p.heading("How to Handle Denied Claims or File an Appeal", 10)
    p.para(f"If you disagree with a decision on this notice, you can file an appeal. **Appeals must be filed by "
           f"{fdate(last, 'long')}.** Circle the service you disagree with, explain why on a separate page, and "
           "send it with a copy of this page to the contractor below.", 9)
    p.para(f"Medicare Part B Claims Contractor, PO Box {rng.randint(3000, 9999)}, Greywater, KY 40577. Questions: "
           f"{phone(rng)}.", 9)
    t = truth("eob", "medical_necessity", insurer="Medicare", member_id=m, member_name=facts["name"], cases=[claim],
              claim_amount=m2(total), service_dates=[span(facts["when"])], denial_date=notice.isoformat(),
              provider=facts["notifier"], appeal_deadline=last.isoformat(),
              alternates={"claim_amount": [m2(billed_denied)], "insurer": ["Centers for Medicare & Medicaid Services"],
                          "provider": [facts["doc"]]},
              denial_alternates=["not_covered"])
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    stack_pdf, stack_t, facts = abn(rng, "lab", 1, "slash", "plain", sched=True, doctor=True)
    facts["items"] = [facts["items"][0]]
    items = [
        Item("abn_notice_bd_lab", "born_digital", [abn(rng, "lab", 1, "long", "plain")[:2]]),
        Item("abn_notice_bd_dme_es", "born_digital", [abn(rng, "dme_es", 2, "long", "plain", ident=False)[:2]]),
        Item("abn_notice_scan_mri", "scan_clean_300", [abn(rng, "mri", 3, "iso", "nosign", boxed=False)[:2]]),
        Item("abn_notice_lowres_lab", "scan_lowres_150", [abn(rng, "lab2", 1, "dmy", "flat", sched=False)[:2]]),
        Item("abn_notice_copy_cpap", "photocopy", [abn(rng, "cpap", 2, "abbr", "plain", doctor=False)[:2]]),
        Item("abn_notice_phone_chiro", "phone_photo", [abn(rng, "chiro", 1, "slash", "usd", boxed=False)[:2]]),
        Item("abn_notice_faxf_stack", "fax_fine_g4", [(stack_pdf, stack_t), msn(rng, facts)], ["cover", None]),
    ]
    return items
