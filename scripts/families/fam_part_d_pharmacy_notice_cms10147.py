"""Family 'part_d_pharmacy_notice_cms10147': the Medicare Part D pharmacy notice "Medicare Prescription Drug Coverage
and Your Rights" (Form CMS-10147, OMB 0938-0975) handed at the counter when a prescription cannot be filled as
written, stapled to the pharmacy's printed claim-reject receipt.

Modelled from memory on the public CMS-10147 (optional "Enrollee's Name" and "Drug and Prescription Number" lines,
"Your Medicare rights", the three exception bullets, "What you need to do", the four things to tell the plan,
1-800-MEDICARE line, PRA statement) and its Spanish version ("Cobertura de medicamentos recetados de Medicare y sus
derechos", paraphrased), and on a pharmacy system's claim-response print: store, NCPDP and NPI, Rx number, NDC,
quantity / days supply, prescriber, BIN / PCN / group, member ID, NCPDP reject codes with their messages (75 prior
authorization required, 76 plan limitations exceeded, 70 product/service not covered, 88 DUR reject, 569 provide
the CMS notice), submitted ingredient cost / fee / gross amount due, usual-and-customary price and an estimated
copay (decoys). Two receipt styles: a narrow thermal receipt and a full-width "claim response" print. One Spanish
counter (Spanish receipt and notice), one fax from the pharmacy with its own cover page, one claim paid after a
pharmacist's DUR override (nothing denied). Everything is invented: pharmacies, plans, people, numbers; telephone
numbers are 555 numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, iso, m2, pdf_bytes, truth

FAMILY = "part_d_pharmacy_notice_cms10147"
LANG = "en"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MONO_B = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"

PEOPLE = [("Adebayo", "T", "Okonjo"), ("Halina", "M", "Wojcieszak"), ("Thanh", "V", "Nguyen"),
          ("Eleftheria", "K", "Papadakis"), ("Muthulakshmi", "R", "Raghunathan"), ("Declan", "P", "Fitzmaurice"),
          ("Jiyeon", "S", "Baek"), ("Tavita", "L", "Faleolo")]
PEOPLE_ES = [("Rosaura", "E", "Villaseñor"), ("Apolinar", "G", "Cuevas")]
PRESCRIBERS = ["Mariam Karanikolas, MD", "Jorge Ocampo-Reyes, MD", "Priyanka Venkataraman, DO",
               "Colm Ua Bhriain, MD", "Hannelore Steinsdottir, NP", "Babatunde Adeyemi, MD"]
PHARMACIES = [("PENHALLOW PHARMACY #2217", "418 Tresillian Road", "Fowey Springs, OR 97413"),
              ("MOSTYN COMMUNITY DRUG", "77 Llanberis Street", "Caernarvon, WI 53946"),
              ("BRIGHTWATER APOTHECARY", "1904 Sedgemoor Avenue", "Kilkhampton, NE 68722"),
              ("FARMACIA LA CEIBA", "2210 Calle Almendro", "San Benito Oeste, TX 78587")]
PLANS = [("Kestrel Ridge Medicare Rx", "(PDP)", "S5917-012"), ("Halvard Senior Health Plan", "(HMO)", "H7730-004"),
         ("Cormorant Bay Rx Advantage", "(PDP)", "S8264-001")]

# kind: (reject code, reject text, message lines, drug, qty, days, ingredient cost range)
KINDS = {
    "pa": ("75", "PRIOR AUTHORIZATION REQUIRED", ["PA REQUIRED FOR GLP-1 AGONIST - CONFIRM DX OF TYPE 2",
                                                   "DIABETES. PRESCRIBER CALL PLAN HELP DESK."],
           ("TRULICITY 1.5 MG/0.5 ML PEN", "00002-1433-80"), 2, 28, (880, 990)),
    "ql": ("76", "PLAN LIMITATIONS EXCEEDED", ["QTY LIMIT: MAX 9 TABS PER 30 DAYS", "SUBMITTED QTY 18 EXCEEDS LIMIT"],
           ("SUMATRIPTAN 100 MG TABLET", "65862-0148-09"), 18, 30, (60, 140)),
    "nf": ("70", "PRODUCT/SERVICE NOT COVERED", ["NON-FORMULARY DRUG. FORMULARY ALTERNATIVES:",
                                                  "EZETIMIBE 10 MG + SIMVASTATIN 40 MG (SEPARATE TABS)"],
           ("EZETIMIBE-SIMVASTATIN 10-40 MG TAB", "66993-0577-30"), 30, 30, (150, 260)),
    "dur": ("88", "DUR REJECT ERROR", ["DUR REASON HD - CUMULATIVE MME 240 EXCEEDS PLAN", "LIMIT OF 200 MME/DAY.",
                                       "CANNOT BE OVERRIDDEN AT POINT OF SALE."],
            ("OXYCODONE HCL 30 MG TABLET", "00406-8530-01"), 120, 30, (90, 180)),
    "es_pa": ("75", "SE REQUIERE AUTORIZACIÓN PREVIA", ["SE REQUIERE AUTORIZACIÓN PREVIA PARA AGONISTA GLP-1.",
                                                         "EL MÉDICO DEBE LLAMAR AL PLAN."],
              ("OZEMPIC 1 MG/DOSIS PLUMA 3 ML", "00169-4130-13"), 1, 28, (930, 1010)),
    "excl": ("70", "PRODUCT/SERVICE NOT COVERED", ["DRUG EXCLUDED FROM PART D BY LAW", "(AGENTS FOR WEIGHT LOSS)."],
             ("PHENTERMINE HCL 37.5 MG TABLET", "00591-0794-01"), 30, 30, (18, 45)),
    "override": ("88", "DUR REJECT ERROR", ["DUR REASON HD - CUMULATIVE MME 96 EXCEEDS 90 MME/DAY",
                                            "PHARMACIST CONSULT WITH PRESCRIBER REQUIRED"],
                 ("HYDROCODONE-ACETAMINOPHEN 10-325 MG TAB", "00406-0367-01"), 180, 30, (30, 70)),
}


def facts(i: int, kind: str, pharm: int, plan: int, style: str, ds: str, es: bool = False) -> dict:
    r = random.Random(146500 + i)
    first, mid, last = (PEOPLE_ES if es else PEOPLE)[i % (2 if es else len(PEOPLE))]
    code, rtext, msg, (drug, ndc), qty, days, (lo, hi) = KINDS[kind]
    ing = round(r.uniform(lo, hi), 2)
    fee = r.choice([1.75, 2.10, 2.50, 0.85])
    gross = round(ing + fee, 2)
    d = dt.date(2026, 1, 6) + dt.timedelta(days=r.randint(0, 170))
    pname, plan_suffix, contract = PLANS[plan]
    dig = lambda n: "".join(r.choice("0123456789") for _ in range(n))  # noqa: E731
    letters = "ABCDEFGHJKLMNPRTUVWXY"
    return dict(kind=kind, es=es, style=style, ds=ds, name=f"{first} {mid}. {last}", first=first, mid=mid, last=last,
                dob=dt.date(r.randint(1938, 1959), r.randint(1, 12), r.randint(1, 28)), date=d,
                time=f"{r.randint(9, 19):02d}:{r.randint(0, 59):02d}", rx=dig(7), code=code, rtext=rtext, msg=msg,
                drug=drug, ndc=ndc, qty=qty, days=days, ing=ing, fee=fee, gross=gross,
                uc=round(gross * r.uniform(1.08, 1.3), 2), copay=r.choice([4.90, 12.15, 47.00, 35.00, 11.20]),
                prescriber=PRESCRIBERS[i % len(PRESCRIBERS)], presc_npi=r.choice("12") + dig(9),
                pharm=PHARMACIES[pharm], ncpdp=dig(7), pnpi=r.choice("12") + dig(9),
                pphone=f"({r.choice(['541', '608', '402', '956'])}) 555-01{dig(2)}",
                plan=pname, plan_suffix=plan_suffix, contract=contract,
                bin=dig(6), pcn=r.choice(["KRMD", "HVPD", "CBRX", "MEDDPRIME"]),
                grp=r.choice(["KRX", "HSP", "CBA"]) + dig(4) + r.choice(letters),
                mid_=r.choice(letters) + r.choice(letters) + dig(8), ref=dig(15), ref2=dig(15),
                help=f"1-8{r.choice(['55', '66', '77'])}-555-0{dig(3)}", rph=r.choice(
                    ["J. Tremayne, RPh", "A. Quispe, PharmD", "S. Oyelowo, RPh", "K. Halloran, PharmD"]),
                show_contract=(i % 3 == 0))


def mono(d: Doc, size: float, bold: bool = False) -> None:
    d.set_font("Mono", "B" if bold else "", size)


def receipt_narrow(d: Doc, f: dict) -> None:
    """A thermal receipt copied onto a letter page: a narrow column in a thin frame."""
    es = f["es"]
    x0, w, lh, sz = 58, 100, 3.9, 8.2
    y0 = 16
    lines: list[tuple[str, bool]] = []
    name, street, town = f["pharm"]
    lines += [(name, True), (street, False), (town, False), (f"Ph {f['pphone']}  NCPDP {f['ncpdp']}", False),
              (f"NPI {f['pnpi']}", False), ("-" * 42, False)]
    ds = fmt_date(f["date"], f["ds"])
    if es:
        lines += [("AVISO DE RECHAZO DE RECLAMACIÓN", True), (f"Fecha: {ds}  {f['time']}", False),
                  (f"Paciente: {f['last'].upper()}, {f['first'].upper()} {f['mid']}", False),
                  (f"Fecha de nac.: {f['dob'].strftime('%d/%m/%Y')}", False), (f"Rx#: {f['rx']}  Nueva", False),
                  (f"Medicamento: {f['drug']}", False), (f"NDC: {f['ndc']}", False),
                  (f"Cant.: {f['qty']}  Días de suministro: {f['days']}", False),
                  (f"Médico: {f['prescriber'].upper()}", False), (f"NPI médico: {f['presc_npi']}", False),
                  ("-" * 42, False), (f"PLAN: {f['plan'].upper()} {f['plan_suffix']}", True),
                  (f"BIN {f['bin']}  PCN {f['pcn']}  GRP {f['grp']}", False),
                  (f"No. de miembro: {f['mid_']}", False), ("Código de persona: 01", False),
                  (f"Ref. de reclamación: {f['ref']}", False), ("-" * 42, False),
                  ("ESTADO: RECHAZADA", True), (f"Código {f['code']}: {f['rtext']}", True)]
        lines += [(m, False) for m in f["msg"]]
        lines += [("Código 569: ENTREGAR AVISO CMS-10147", False), ("-" * 42, False),
                  (f"Costo de ingred. presentado {f['ing']:>10.2f}", False),
                  (f"Cargo de despacho presentado {f['fee']:>9.2f}", False),
                  (f"Monto bruto presentado {f['gross']:>15,.2f}", True),
                  (f"Precio usual y acostumbrado {f['uc']:>10,.2f}", False),
                  (f"Copago estimado si se aprueba {f['copay']:>8.2f}", False), ("-" * 42, False),
                  (f"Línea de ayuda del plan: {f['help']}", False),
                  ("Se entregó el aviso CMS-10147 al paciente.", False), (f"Farmacéutico: {f['rph']}", False)]
    else:
        paid = f["kind"] == "override"
        lines += [("CLAIM RESPONSE RECEIPT" if paid else "CLAIM REJECTION NOTICE", True),
                  (f"Date: {ds}  {f['time']}", False),
                  (f"Patient: {f['last'].upper()}, {f['first'].upper()} {f['mid']}", False),
                  (f"DOB: {f['dob'].strftime('%m/%d/%Y')}", False), (f"Rx#: {f['rx']}  {'Refill 2' if paid else 'New'}",
                                                                      False),
                  (f"Drug: {f['drug']}", False), (f"NDC: {f['ndc']}", False),
                  (f"Qty: {f['qty']}   Days supply: {f['days']}", False),
                  (f"Prescriber: {f['prescriber'].upper()}", False), (f"Prescriber NPI: {f['presc_npi']}", False),
                  ("-" * 42, False), (f"PLAN: {f['plan'].upper()} {f['plan_suffix']}", True)]
        if f["show_contract"]:
            lines.append((f"CMS contract-PBP: {f['contract']}", False))
        lines += [(f"BIN {f['bin']}  PCN {f['pcn']}  GRP {f['grp']}", False), (f"Member ID: {f['mid_']}", False),
                  ("Person code: 01", False)]
        if paid:
            lines += [("-" * 42, False), (f"TXN 1  {f['time']}  REJECTED", True), (f"  Ref {f['ref2']}", False),
                      (f"  Reject {f['code']}: {f['rtext']}", False)] + [("  " + m, False) for m in f["msg"]]
            lines += [("TXN 2  RESUBMITTED WITH DUR/PPS CODES", True), ("  Reason HD  Prof svc M0  Result 1G", False),
                      ("  (PRESCRIBER CONSULTED - FILLED WITH", False), ("   PRESCRIBER APPROVAL)", False),
                      (f"  Claim ref #: {f['ref']}", False), ("STATUS: PAID", True), ("-" * 42, False),
                      (f"Submitted ingredient cost {f['ing']:>12.2f}", False),
                      (f"Submitted dispensing fee {f['fee']:>13.2f}", False),
                      (f"Gross amount due (submitted) {f['gross']:>9,.2f}", True),
                      (f"Plan paid {f['gross'] - f['copay']:>28,.2f}", False),
                      (f"Patient pay (copay) {f['copay']:>18.2f}", True), ("-" * 42, False),
                      (f"Plan help desk: {f['help']}", False), (f"Pharmacist: {f['rph']}", False)]
        else:
            lines += [(f"Claim ref #: {f['ref']}", False), ("-" * 42, False), ("STATUS: REJECTED", True),
                      (f"Reject {f['code']}: {f['rtext']}", True)] + [(m, False) for m in f["msg"]]
            lines += [("Reject 569: PROVIDE NOTICE: MEDICARE", False), ("  PRESCRIPTION DRUG COVERAGE AND YOUR", False),
                      ("  RIGHTS (CMS-10147)", False), ("-" * 42, False),
                      (f"Submitted ingredient cost {f['ing']:>12.2f}", False),
                      (f"Submitted dispensing fee {f['fee']:>13.2f}", False),
                      (f"Gross amount due (submitted) {f['gross']:>9,.2f}", True),
                      (f"Usual & customary price {f['uc']:>14,.2f}", False),
                      (f"Est. copay if approved {f['copay']:>15.2f}", False), ("-" * 42, False),
                      (f"Plan help desk: {f['help']}", False), ("CMS-10147 notice given to patient", False),
                      (f"Pharmacist: {f['rph']}", False)]
    h = len(lines) * lh + 8
    d.set_draw_color(150, 150, 150)
    d.rect(x0 - 4, y0 - 4, w + 8, h)
    d.set_draw_color(0, 0, 0)
    y = y0
    for text, bold in lines:
        d.set_xy(x0, y)
        mono(d, sz, bold)
        d.cell(w, lh, text, align="C" if text == name or text.startswith(("CLAIM R", "AVISO")) else "L")
        y += lh


def receipt_wide(d: Doc, f: dict) -> None:
    """A full-width pharmacy-system print of the claim response."""
    name, street, town = f["pharm"]
    d.set_font("DejaVu", "B", 13)
    d.cell(0, 6, name.title().replace("#", "#"), new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 9)
    d.cell(0, 4.5, f"{street}, {town}   Phone {f['pphone']}", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.5, f"NCPDP Provider ID {f['ncpdp']}   Pharmacy NPI {f['pnpi']}", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.set_font("DejaVu", "B", 12)
    d.cell(0, 6, "Third-Party Claim Response - Rejected", new_x="LMARGIN", new_y="NEXT")
    d.rule(0.5, 2)
    ds = fmt_date(f["date"], f["ds"])
    rows = [("Date of service", f"{ds}   {f['time']}"), ("Cardholder / patient", f"{f['first']} {f['mid']}. {f['last']}"),
            ("Date of birth", f["dob"].strftime("%m/%d/%Y")), ("Prescription number", f["rx"]),
            ("Drug dispensed", f["drug"]), ("NDC", f["ndc"]), ("Quantity / days supply", f"{f['qty']} / {f['days']}"),
            ("Prescriber", f"{f['prescriber']}  (NPI {f['presc_npi']})"),
            ("Third-party plan", f"{f['plan']} {f['plan_suffix']}")]
    if f["show_contract"]:
        rows.append(("Contract-PBP", f["contract"]))
    rows += [("RxBIN / RxPCN / RxGroup", f"{f['bin']} / {f['pcn']} / {f['grp']}"), ("Cardholder ID", f["mid_"]),
             ("Transaction reference", f["ref"])]
    for k, v in rows:
        d.set_font("DejaVu", "B", 9.5)
        d.cell(55, 5.2, k)
        d.set_font("DejaVu", "", 9.5)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.table(["Reject code", "Description"], [[f["code"], f["rtext"]]] + [["", m] for m in f["msg"]] +
            [["569", "PROVIDE NOTICE: MEDICARE PRESCRIPTION DRUG COVERAGE AND YOUR RIGHTS"]], [28, 150], size=9)
    d.table(["Pricing (submitted)", "Amount"],
            [["Ingredient cost submitted", f"{f['ing']:,.2f}"], ["Dispensing fee submitted", f"{f['fee']:,.2f}"],
             ["*Gross amount due", f"${f['gross']:,.2f}"], ["Usual and customary charge", f"${f['uc']:,.2f}"],
             ["Patient pay amount if approved (estimate)", f"${f['copay']:,.2f}"]], [120, 40], size=9, aligns="LR")
    d.set_font("DejaVu", "", 9)
    d.multi_cell(0, 4.5, f"Plan pharmacy help desk: {f['help']}. The patient was given the notice \"Medicare "
                 f"Prescription Drug Coverage and Your Rights\" (CMS-10147). Pharmacist on duty: {f['rph']}.",
                 new_x="LMARGIN", new_y="NEXT")


NOTICE_EN = {
    "rights": ("You have the right to request a coverage determination from your Medicare drug plan if you disagree "
               "with information provided by the pharmacy. You also have the right to request a special type of "
               "coverage determination called an \u201cexception\u201d if you believe:"),
    "bullets": ["you need a drug that is not on your drug plan\u2019s list of covered drugs. The list of covered drugs "
                "is called a \u201cformulary;\u201d",
                "a coverage rule (such as prior authorization or a quantity limit) should not apply to you for "
                "medical reasons; or",
                "you need to take a non-preferred drug and you want the plan to cover the drug at a preferred drug "
                "price."],
    "do": ("You or your prescriber can contact your Medicare drug plan to ask for a coverage determination by calling "
           "the plan\u2019s toll-free phone number on the back of your plan membership card, or by going to your "
           "plan\u2019s website. You or your prescriber can request an expedited (24 hour) decision if your health "
           "could be seriously harmed by waiting up to 72 hours for a decision. Be ready to tell your Medicare drug "
           "plan:"),
    "four": ["The name of the prescription drug that was not filled. Include the dose and strength, if known.",
             "The name of the pharmacy that attempted to fill your prescription.",
             "The date you attempted to fill your prescription.",
             "If you ask for an exception, your prescriber will need to provide your drug plan with a statement "
             "explaining why you need the off-formulary or non-preferred drug or why a coverage rule should not "
             "apply to you."],
    "read": "Read your drug plan\u2019s materials or call 1-800-MEDICARE for more information.",
    "pra": ("PRA Disclosure Statement: According to the Paperwork Reduction Act of 1995, no persons are required to "
            "respond to a collection of information unless it displays a valid OMB control number. The valid OMB "
            "control number for this information collection is 0938-0975. The time required to complete this "
            "information collection is estimated to average 1 minute per response, including the time to review "
            "instructions, search existing data resources, gather the data needed, and complete and review the "
            "information collection."),
}
NOTICE_ES = {
    "rights": ("Usted tiene derecho a pedirle a su plan de medicamentos de Medicare una determinación de cobertura si "
               "no está de acuerdo con la información que le dio la farmacia. También tiene derecho a pedir un tipo "
               "especial de determinación de cobertura llamado \u201cexcepción\u201d si cree que:"),
    "bullets": ["necesita un medicamento que no está en la lista de medicamentos cubiertos de su plan. Esta lista se "
                "llama \u201cformulario\u201d;",
                "una regla de cobertura (como la autorización previa o un límite de cantidad) no debería aplicarse "
                "a usted por razones médicas; o",
                "necesita tomar un medicamento no preferido y quiere que el plan lo cubra al precio de un "
                "medicamento preferido."],
    "do": ("Usted o la persona que le recetó pueden comunicarse con su plan de medicamentos de Medicare para pedir "
           "una determinación de cobertura llamando al número gratuito que aparece al dorso de su tarjeta de "
           "miembro, o en el sitio web de su plan. Pueden pedir una decisión rápida (24 horas) si esperar hasta 72 "
           "horas podría perjudicar gravemente su salud. Esté preparado para decirle a su plan:"),
    "four": ["El nombre del medicamento recetado que no se surtió, con la dosis y la concentración, si las sabe.",
             "El nombre de la farmacia que intentó surtir su receta.",
             "La fecha en que intentó surtir su receta.",
             "Si pide una excepción, la persona que le recetó deberá darle al plan una declaración que explique por "
             "qué necesita el medicamento fuera del formulario o no preferido, o por qué una regla de cobertura no "
             "debería aplicarse a usted."],
    "read": "Lea los materiales de su plan de medicamentos o llame al 1-800-MEDICARE para más información.",
    "pra": ("Declaración de la Ley de Reducción de Trámites (PRA): el número de control válido de la OMB para esta "
            "recopilación de información es 0938-0975. Se calcula que completarla toma en promedio 1 minuto por "
            "respuesta."),
}


def notice(d: Doc, f: dict) -> None:
    es = f["es"]
    t = NOTICE_ES if es else NOTICE_EN
    d.set_font("DejaVu", "", 8)
    d.cell(0, 4, ("Formulario CMS-10147" if es else "Form CMS-10147") + "      OMB Approval No. 0938-0975",
           align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.set_font("DejaVu", "B", 16)
    d.multi_cell(0, 7.5, "Cobertura de medicamentos recetados de Medicare y sus derechos" if es else
                 "Medicare Prescription Drug Coverage and Your Rights", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.set_font("DejaVu", "", 10)
    lab1 = "Nombre del afiliado: (Opcional)" if es else "Enrollee\u2019s Name: (Optional)"
    lab2 = "Medicamento y número de receta: (Opcional)" if es else "Drug and Prescription Number: (Optional)"
    for lab, val in ((lab1, f"{f['first']} {f['mid']}. {f['last']}"),
                     (lab2, f"{f['drug']}   Rx {f['rx']}")):
        d.set_font("DejaVu", "B", 10)
        d.cell(max(d.get_string_width(lab1), d.get_string_width(lab2)) + 3, 6, lab)
        d.set_font("Mono", "", 10)
        d.cell(0, 6, val, border="B", new_x="LMARGIN", new_y="NEXT")
        d.ln(1)
    d.ln(3)
    d.set_font("DejaVu", "B", 12)
    d.cell(0, 6, "Sus derechos de Medicare" if es else "Your Medicare rights", new_x="LMARGIN", new_y="NEXT")
    d.para(t["rights"], 10, 1.5)
    for b in t["bullets"]:
        d.set_x(d.l_margin + 4)
        d.set_font("DejaVu", "", 10)
        d.cell(5, 4.8, "\u2022")
        d.multi_cell(0, 4.8, b, new_x="LMARGIN", new_y="NEXT")
        d.ln(0.6)
    d.ln(2)
    d.set_font("DejaVu", "B", 12)
    d.cell(0, 6, "Lo que usted debe hacer" if es else "What you need to do", new_x="LMARGIN", new_y="NEXT")
    d.para(t["do"], 10, 1.5)
    for k, b in enumerate(t["four"], 1):
        d.set_x(d.l_margin + 4)
        d.set_font("DejaVu", "", 10)
        d.cell(6, 4.8, f"{k}.")
        d.multi_cell(0, 4.8, b, new_x="LMARGIN", new_y="NEXT")
        d.ln(0.6)
    d.ln(2)
    d.para(t["read"], 10, 3)
    # the pharmacy's stamp with the plan's name and number (written on the counter copy)
    d.set_draw_color(90, 90, 90)
    y = d.get_y()
    d.rect(d.l_margin, y, 120, 17)
    d.set_xy(d.l_margin + 2, y + 1.5)
    d.set_font("Mono", "B", 9)
    d.cell(0, 4.5, ("SU PLAN: " if es else "YOUR PLAN: ") + f"{f['plan'].upper()} {f['plan_suffix']}",
           new_x="LMARGIN", new_y="NEXT")
    d.set_x(d.l_margin + 2)
    d.set_font("Mono", "", 9)
    d.cell(0, 4.5, ("Teléfono para determinaciones de cobertura: " if es else "Coverage determinations: ") + f["help"],
           new_x="LMARGIN", new_y="NEXT")
    d.set_x(d.l_margin + 2)
    d.cell(0, 4.5, f"{f['pharm'][0]}  {f['pphone']}", new_x="LMARGIN", new_y="NEXT")
    d.set_draw_color(0, 0, 0)
    d.set_y(y + 22)
    d.set_font("DejaVu", "", 7.5)
    d.multi_cell(0, 3.5, t["pra"], new_x="LMARGIN", new_y="NEXT")


def new_doc() -> Doc:
    d = Doc("DejaVu")
    d.add_font("DejaVu", "B", DEJAVU_B)
    d.add_font("Mono", "", MONO)
    d.add_font("Mono", "B", MONO_B)
    return d


def build(f: dict, order: str) -> bytes:
    d = new_doc()
    parts = [lambda: (receipt_narrow if f["style"] == "narrow" else receipt_wide)(d, f), lambda: notice(d, f)]
    for p in (parts if order == "receipt_first" else parts[::-1]):
        d.add_page()
        p()
    return pdf_bytes(d)


def fax_cover(f: dict) -> bytes:
    d = new_doc()
    d.add_page()
    name, street, town = f["pharm"]
    d.set_font("DejaVu", "B", 20)
    d.cell(0, 10, "FAX", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "B", 12)
    d.cell(0, 6, name.title(), new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 10)
    d.cell(0, 5, f"{street}, {town}   Phone {f['pphone']}", new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    for k, v in (("To", f"Office of {f['prescriber']}"), ("Fax", "(402) 555-0139"), ("From", f["rph"]),
                 ("Pages", "3 including cover"), ("Re", f"Patient {f['first']} {f['last']} - Rx {f['rx']} not filled")):
        d.set_font("DejaVu", "B", 11)
        d.cell(30, 8, k + ":")
        d.set_font("DejaVu", "", 11)
        d.cell(0, 8, v, border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.para("The patient's Medicare drug plan rejected this prescription today. The plan's claim response and the "
           "notice we gave the patient are attached. If you prescribe a covered alternative, please send a new "
           "prescription. Thank you.", 11)
    d.para("CONFIDENTIAL: this fax contains protected health information intended only for the addressee.", 8.5)
    return pdf_bytes(d)


DENIAL = {"pa": ("prior_authorization", None), "es_pa": ("prior_authorization", None),
          "ql": ("not_covered", ["medical_necessity", "other"]), "nf": ("not_covered", None),
          "excl": ("not_covered", None), "dur": ("other", ["medical_necessity", "not_covered"])}


def make_truth(f: dict) -> dict:
    alts = {"insurer": [f"{f['plan']} {f['plan_suffix']}"],
            "provider": [f["prescriber"], f["prescriber"].split(",")[0]]}
    if f["show_contract"]:
        alts["plan_id"] = [None]
    common = dict(insurer=f["plan"], plan_id=f["contract"] if f["show_contract"] else None, group_number=f["grp"],
                  member_id=f["mid_"], member_name=f["name"], case_numbers=[f["ref"]], claim_amount=m2(f["gross"]),
                  service_dates=[iso(f["date"])], denial_date=iso(f["date"]),
                  provider=f["pharm"][0].title().replace("#", "#"), appeal_deadline=None)
    lang = "es" if f["es"] else "en"
    if f["kind"] == "override":
        alts["case_numbers"] = [[f["ref"], f["ref2"]]]
        return truth("other", None, lang, alternates=alts, type_alternates=["eob"], **common)
    den, da = DENIAL[f["kind"]]
    return truth("denial_letter", den, lang, alternates=alts, type_alternates=["other"], denial_alternates=da, **common)


# (stem suffix, condition, kind, pharmacy, plan, receipt style, date style, order, es)
PLAN = [
    ("bd_reject75_prior_auth_glp1", "born_digital", "pa", 0, 0, "narrow", "slash", "receipt_first", False),
    ("bd_reject76_quantity_limit_wide", "born_digital", "ql", 2, 1, "wide", "long", "receipt_first", False),
    ("scan300_reject70_non_formulary", "scan_clean_300", "nf", 1, 2, "narrow", "iso", "notice_first", False),
    ("lowres_reject88_opioid_mme_edit", "scan_lowres_150", "dur", 2, 0, "wide", "dmy", "receipt_first", False),
    ("copy_es_rechazo75_autorizacion", "photocopy", "es_pa", 3, 1, "narrow", "es_abbr", "receipt_first", True),
    ("fax_cover_reject70_weight_loss_excluded", "fax_fine_g4", "excl", 0, 2, "narrow", "abbr", "receipt_first",
     False),
    ("phone_paid_after_dur_override", "phone_photo", "override", 1, 0, "narrow", "mdy_nopad", "receipt_first", False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ph, pl, style, ds, order, es) in enumerate(PLAN):
        f = facts(i, kind, ph, pl, style, ds, es)
        pdf = build(f, order)
        if suffix.startswith("fax_cover"):
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, make_truth(f))], separators=[fax_cover(f)]))
        else:
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, make_truth(f))]))
    return items
