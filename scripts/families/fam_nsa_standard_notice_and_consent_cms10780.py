"""Family 'nsa_standard_notice_and_consent_cms10780': the No Surprises Act "Standard Notice and Consent Documents"
(CMS-10780, the "Surprise Billing Protection Form") that an out-of-network provider or facility gives a patient
before scheduled or post-stabilization care: the notice that the provider is not in the patient's network with a
good-faith estimate, and the patient's consent to give up balance-billing protections.

Modelled from memory on the public CMS-10780 standard notice (values invented): page 1 "Surprise Billing Protection
Form" ("The purpose of this document is to let you know about your protections from unexpected medical bills ...",
"You're getting this notice because this provider or facility isn't in your health plan's network", "If you sign
this form, you may pay more because ..."); page 2 "Estimate of what you could pay" (patient name, out-of-network
provider(s) or facility, total cost estimate, itemized estimate, "Questions about your rights?", prior
authorization paragraph); page 3 "Understanding your options" and "Consent to be treated by out-of-network
providers" ("By signing, I give up my federal consumer protections ...", "I was given a written notice on ...",
signature and date and time of signature). One Spanish form ("Formulario de protección contra facturas sorpresa").

Five files are the form alone (document type other, no denial; decoys: date of birth, patient account number,
NPI, signature date and time, estimate valid-until date, in-network alternatives, the 72-hour rule). Two are
not one-sided: a photocopied stack of a plan's EOB denying the out-of-network claim (EPO without out-of-network
benefits) followed by the signed form, and a phone photo of a plan's letter processing the claim at the
out-of-network level with the signed form enclosed behind it (one five-page document).
Invented: Welsh place names for practices, Georgian/Samoan/Hungarian/Spanish names, 555 numbers. Seeds 144550+.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from public_kit import Page, fdate, m2, money, out, plus, truth

FAMILY = "nsa_standard_notice_and_consent_cms10780"
LANG = "en"

FIRST = ["Tamar", "Giorgi", "Levan", "Ketevan", "Malia", "Sione", "Tevita", "Lusia", "Zsofia", "Bence", "Eszter",
         "Gergely", "Irakli", "Nino", "Salote", "Laszlo", "Maka", "Agnes"]
LAST = ["Kvaratskhelia", "Tsereteli", "Faleolo", "Tuilagi", "Leota", "Fonoti", "Halasz", "Szekely", "Bakradze",
        "Mamulashvili", "Toleafoa", "Aumua", "Borbely", "Lomidze", "Sapolu", "Vargha"]
FIRST_ES = ["Xiomara", "Anselmo", "Rocío", "Baltasar", "Maribel"]
LAST_ES = ["Villalobos", "Arriaga", "Quiñones", "Echeverría", "Solórzano"]
CLIN = ["Dr. Rhodri Pryce-Evans", "Dr. Carys Llewellyn", "Dr. Owain Tudor", "Dr. Bethan Gwynne", "Dr. Idris Vaughan",
        "Dr. Seren Maddox", "Dr. Emrys Powell"]

# (issuer, address lines, phone, kind of service, lines [(desc, code, amount)], facility where performed)
CASES = {
    "knee": ("Brynmawr Orthopaedic Surgeons, PC", ["1408 Ebbw Vale Rd, Suite 200", "Tredegar, WV 25601"],
             "1-555-640-2231", [("Total knee arthroplasty, surgeon's fee", "27447"),
                                ("Post-operative visits (90-day global)", "incl."),
                                ("Knee X-ray, 3 views, interpretation", "73562-26")],
             "Ystrad Valley General Hospital (in-network hospital)"),
    "cataract": ("Tenby Eye Surgery Center", ["72 Harbour Walk", "Saundersfoot, KS 67152"], "1-555-318-9904",
                 [("Cataract removal with intraocular lens, facility fee", "66984"),
                  ("Intraocular lens, standard", "V2632"), ("Surgeon's fee, cataract surgery", "66984")],
                 "Tenby Eye Surgery Center (out-of-network ambulatory surgical center)"),
    "poststab": ("Aberdaron Regional Medical Center", ["3300 Lleyn Peninsula Hwy", "Pwllheli, WV 26330"],
                 "1-555-702-4418", [("Inpatient room and board, medical/surgical, per day (3 days)", "0120"),
                                    ("Cardiac telemetry monitoring, per day (3 days)", "0214"),
                                    ("Pharmacy and supplies (estimated)", "0250")],
                 "Aberdaron Regional Medical Center (out-of-network hospital)"),
    "plastic": ("Cirugía Plástica Cowbridge, P.A.", ["5120 Vale of Glamorgan Blvd", "Barry, KS 67208"],
                "1-555-227-6093", [("Reconstrucción mamaria con colgajo, honorarios del cirujano", "19357"),
                                   ("Consulta preoperatoria", "99204")],
                "Hospital Bridgend del Valle (hospital de la red)"),
    "bariatric": ("Machynlleth Bariatric & Metabolic Surgery", ["18 Dyfi Bridge Rd", "Aberdyfi, WV 25425"],
                  "1-555-483-1176", [("Laparoscopic sleeve gastrectomy, surgeon's fee", "43775"),
                                     ("Assistant at surgery by the same group", "43775-80"),
                                     ("Nutrition follow-up, 6 visits", "97803")],
                  "Dolgellau Memorial Hospital (in-network hospital)"),
    "spine": ("Llandrindod Spine Institute", ["900 Radnor Forest Dr", "Rhayader, KS 67654"], "1-555-915-3307",
              [("Lumbar laminectomy, one level, surgeon's fee", "63047"),
               ("Additional level", "63048")],
              "Builth Wells Community Hospital (in-network hospital)"),
    "derm": ("Porthcawl Mohs & Skin Surgery", ["41 Rest Bay Rd", "Kenfig, WV 26201"], "1-555-566-0182",
             [("Mohs surgery, first stage, head/neck", "17311"), ("Mohs surgery, additional stage", "17312"),
              ("Adjacent tissue transfer repair", "14040")],
             "Porthcawl Mohs & Skin Surgery (out-of-network office)"),
}


def person(r: random.Random, lang: str = "en") -> tuple[str, str, str, str]:
    first = r.choice(FIRST_ES if lang == "es" else FIRST)
    last = r.choice(LAST_ES if lang == "es" else LAST)
    mid = r.choice("ABCDEFGHJKLMNPRSTVW")
    return f"{first} {mid}. {last}", first, mid, last


def facts(i: int, case: str, lang: str, ds: str) -> dict:
    r = random.Random(144550 + i)
    name, addr, ph, lines, where = CASES[case]
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 180))
    dos = notice + dt.timedelta(days=(0 if case == "poststab" else r.randint(5, 30)))
    amounts = [round(r.randint(300, 6000) + r.choice([0, 0.5, 0.25]), 2) if code != "incl." else 0.0
               for _, code in lines]
    est = [(d, c, a) for (d, c), a in zip(lines, amounts)]
    total = round(sum(amounts), 2)
    p = person(r, lang)
    clin = r.choice(CLIN)
    return dict(i=i, case=case, lang=lang, ds=ds, org=name, addr=addr, ph=ph, where=where, est=est, total=total,
                notice=notice, dos=dos, dos_end=(dos + dt.timedelta(days=3) if case == "poststab" else None),
                sig=notice + dt.timedelta(days=(0 if case == "poststab" else r.randint(0, 3))),
                sig_time=f"{r.randint(8, 11)}:{r.randint(10, 59)} AM", patient=p,
                dob=dt.date(r.randint(1950, 1990), r.randint(1, 12), r.randint(1, 28)),
                acct=f"{r.choice(['PA', 'HAR', 'ACC'])}{r.randint(1000000, 9999999)}", npi=str(r.randint(10 ** 9, 2 * 10 ** 9 - 1)),
                clin=clin, valid=notice + dt.timedelta(days=r.choice([60, 90])),
                alt=[r.choice(["Powys Joint Replacement Associates", "Cwmbran Surgical Group",
                               "Ceredigion Eye Physicians", "Montgomery Valley Surgeons"]),
                     r.choice(["Glyncorrwg Health Partners", "Neath Port Medical Group"])])


def head(p: Page, f: dict) -> None:
    p.line(f["org"], 13, "B")
    p.line(f"{f['addr'][0]}  ·  {f['addr'][1]}  ·  {f['ph']}", 8.5)
    p.line(f"NPI {f['npi']}", 8)
    p.ln(3)


def form_en(p: Page, f: dict) -> None:
    ds = f["ds"]
    n = f["patient"]
    p.add_page()
    head(p, f)
    p.line("Surprise Billing Protection Form", 16, "B")
    p.line("Standard Notice and Consent Documents Under the No Surprises Act", 9)
    p.ln(2)
    p.para("The purpose of this document is to let you know about your protections from unexpected medical bills. "
           "It also asks whether you would like to give up those protections and pay more for out-of-network care.",
           10)
    p.para("**IMPORTANT:** You aren't required to sign this form and shouldn't sign it if you didn't have a choice "
           "of health care provider when you received care. You can choose to get care from a provider or facility "
           "in your health plan's network, which may cost you less.", 9.5)
    p.para("If you'd like assistance with this document, ask your provider or a patient advocate. Take a picture "
           "and/or keep a copy of this form for your records.", 9.5)
    p.heading("You're getting this notice because this provider or facility isn't in your health plan's network. "
              "This means the provider or facility doesn't have an agreement with your plan.", 10.5)
    p.para("**Getting care from this provider or facility could cost you more.**", 9.5)
    p.para("If your plan covers the item or service you're getting, federal law protects you from higher bills:",
           9.5)
    p.bullets(["When you get emergency care from out-of-network providers and facilities, or",
               "When an out-of-network provider treats you at an in-network hospital or ambulatory surgical center "
               "without your knowledge or consent."])
    p.para("Ask your health care provider or patient advocate if you need help knowing if these protections apply "
           "to you.", 9.5)
    p.heading("If you sign this form, you may pay more because:", 10.5)
    p.bullets(["You are giving up your protections under the law.",
               "You may owe the full costs billed for items and services received.",
               "Your health plan might not count any of the amount you pay towards your deductible and "
               "out-of-pocket limit. Contact your health plan for more information."])
    p.para("You shouldn't sign this form if you didn't have a choice of providers when receiving care. For example, "
           "if a doctor was assigned to you with no opportunity to make a change.", 9.5)
    p.para("Before deciding whether to sign this form, you can contact your health plan to find an in-network "
           "provider or facility. If there isn't one, your health plan might work out an agreement with this "
           "provider or facility, or another one.", 9.5)
    p.para("See the next page for your cost estimate.", 9.5)
    p.line("Form CMS-10780    OMB Control Number: 0938-1401", 7.5)

    p.add_page()
    head(p, f)
    p.heading("Estimate of what you could pay", 14, rule=True)
    rows = [("Patient name", n[0]), ("Date of birth", fdate(f["dob"], "slash")), ("Patient account #", f["acct"]),
            ("Out-of-network provider(s) or facility name", f["org"]), ("Treating clinician", f["clin"]),
            ("Where the care will be given", f["where"]),
            ("Date of notice", fdate(f["notice"], ds)),
            ("Scheduled date of service" if not f["dos_end"] else "Expected dates of continued care",
             fdate(f["dos"], ds) if not f["dos_end"] else f"{fdate(f['dos'], ds)} - {fdate(f['dos_end'], ds)}"),
            ("Total cost estimate of what you may be asked to pay", money(f["total"]))]
    p.boxed_pairs(rows, label_w=78, size=9)
    p.para("**Review your detailed estimate.** The estimate below lists each item or service you'll get. This "
           f"estimate is valid until {fdate(f['valid'], ds)}.", 9.5)
    p.table(["Item or service", "Service code", "Estimated amount"],
            [[d, c, money(a) if a else "included"] for d, c, a in f["est"]] + [["Total", "", money(f["total"])]],
            [112, 32, 36], size=8.8, aligns=["L", "L", "R"], bold_last=True)
    p.para("**Call your health plan.** Your plan may have better information about how much you will be asked to "
           "pay. You also can ask about what's covered under your plan and your provider options.", 9.5)
    p.para(f"**Questions about this notice and estimate?** Call our patient financial counselor at {f['ph']}.", 9.5)
    p.para("**Questions about your rights?** Contact the No Surprises Help Desk at 1-555-010-3059 or your state "
           "department of insurance.", 9.5)
    p.para("**Prior authorization or other care management limitations.** Except in an emergency, your health plan "
           "may require prior authorization (or other limitations) for certain items and services. This means you "
           "may need your plan's approval that it will cover an item or service before you get them. If prior "
           "authorization is required, ask your health plan about what information is necessary to get coverage.",
           9.5)

    p.add_page()
    head(p, f)
    p.heading("Understanding your options", 12.5, rule=True)
    p.para("You can also get the items or services described in this notice from these providers who are "
           f"in-network with your health plan: {f['alt'][0]}; {f['alt'][1]}. More information about your rights and "
           "protections is available from your health plan.", 9.5)
    p.para("For scheduled care, this notice must be given at least 72 hours before the date of service (or at the "
           "time the appointment is made if it is made within 72 hours). You may revoke your consent in writing "
           "before you get the services.", 9)
    p.heading("Consent to be treated by out-of-network providers", 12.5)
    p.para("**Only sign this form if you want to give up your protections from surprise billing and you had a "
           "choice of provider.**", 9.5)
    p.para("By signing, I give up my federal consumer protections and agree to pay more for out-of-network care.",
           9.5)
    p.para("With my signature, I am saying that I agree to get the items or services from (select all that apply):",
           9.5)
    is_fac = f["case"] in ("cataract", "poststab")
    p.bullets([f"[X]  {f['clin']}, {f['org']}" if not is_fac else f"[ ]  Doctor's or provider's name: ________",
               f"[X]  Facility: {f['org']}" if is_fac else "[ ]  Facility name: ________"], mark="")
    p.para("With my signature, I acknowledge that I am consenting of my own free will and am not being coerced or "
           "pressured. I also understand that:", 9.5)
    p.bullets(["I'm giving up some consumer billing protections under federal law.",
               "I may get a bill for the full charges for these items and services, or have to pay out-of-network "
               "cost-sharing under my health plan.",
               f"I was given a written notice on {fdate(f['notice'], ds)} explaining that my provider or facility "
               "isn't in my health plan's network, the estimated cost of services, and what I may owe if I agree "
               "to be treated by this provider or facility.",
               "I got the notice either on paper or electronically, consistent with my choice.",
               "I fully and completely understand that some or all amounts I pay might not count toward my health "
               "plan's deductible or out-of-pocket limit.",
               "I can end this agreement by notifying the provider or facility in writing before getting services."],
              size=9)
    p.para("**IMPORTANT:** You don't have to sign this form. But if you don't sign, this provider or facility might "
           "not treat you. You can choose to get care from a provider or facility in your health plan's network.",
           9.5)
    p.pairs([("Patient's name", n[0]), ("Signature of Patient or Guardian", f"/s/ {n[1]} {n[3]}"),
             ("Date and time of signature", f"{fdate(f['sig'], 'slash')}  {f['sig_time']}")], label_w=62, size=9.5)
    p.ln(2)
    p.para("Take a picture and/or keep a copy of this form. It contains important information about your rights "
           "and protections.", 9)


def form_es(p: Page, f: dict) -> None:
    n, ds = f["patient"], "long"
    p.add_page()
    head(p, f)
    p.line("Formulario de protección contra facturas sorpresa", 15, "B")
    p.line("Documentos estándar de aviso y consentimiento según la Ley Sin Sorpresas (No Surprises Act)", 9)
    p.ln(2)
    p.para("El propósito de este documento es informarle sobre sus protecciones contra facturas médicas "
           "inesperadas. También le pregunta si desea renunciar a esas protecciones y pagar más por atención fuera "
           "de la red.", 10)
    p.para("**IMPORTANTE:** No está obligado a firmar este formulario y no debe firmarlo si no tuvo la opción de "
           "elegir a su proveedor de atención médica. Puede elegir recibir atención de un proveedor o centro de la "
           "red de su plan de salud, lo que puede costarle menos.", 9.5)
    p.heading("Recibe este aviso porque este proveedor o centro no pertenece a la red de su plan de salud.", 10.5)
    p.para("Si su plan cubre el artículo o servicio que recibe, la ley federal lo protege de facturas más altas "
           "cuando recibe atención de emergencia fuera de la red, o cuando un proveedor fuera de la red lo atiende "
           "en un hospital o centro quirúrgico ambulatorio de la red sin su conocimiento o consentimiento.", 9.5)
    p.heading("Si firma este formulario, podría pagar más porque:", 10.5)
    p.bullets(["Renuncia a sus protecciones según la ley.",
               "Podría deber el costo total facturado por los artículos y servicios recibidos.",
               "Es posible que su plan de salud no cuente lo que usted pague para su deducible ni para su límite de "
               "gastos de bolsillo."])
    p.line("Formulario CMS-10780    Número de control OMB: 0938-1401", 7.5)
    p.ln(3)
    p.heading("Estimación de lo que podría pagar", 13, rule=True)
    rows = [("Nombre del paciente", n[0]), ("Fecha de nacimiento", fdate(f["dob"], "dmy", "es")),
            ("Número de cuenta del paciente", f["acct"]),
            ("Proveedor(es) o centro fuera de la red", f["org"]), ("Médico tratante", f["clin"]),
            ("Lugar de la atención", f["where"]),
            ("Fecha del aviso", fdate(f["notice"], ds, "es")),
            ("Fecha programada del servicio", fdate(f["dos"], ds, "es")),
            ("Costo total estimado que se le podría pedir pagar", money(f["total"]))]
    p.boxed_pairs(rows, label_w=82, size=9)
    p.table(["Artículo o servicio", "Código", "Monto estimado"],
            [[d, c, money(a)] for d, c, a in f["est"]] + [["Total", "", money(f["total"])]],
            [112, 32, 36], size=8.8, aligns=["L", "L", "R"], bold_last=True)
    p.para(f"**¿Preguntas sobre este aviso y la estimación?** Llame al {f['ph']}. **¿Preguntas sobre sus "
           "derechos?** Comuníquese con la línea de ayuda Sin Sorpresas al 1-555-010-3059.", 9.5)

    p.add_page()
    head(p, f)
    p.heading("Consentimiento para recibir tratamiento de proveedores fuera de la red", 12.5, rule=True)
    p.para("También puede recibir estos servicios de proveedores de la red de su plan: "
           f"{f['alt'][0]}; {f['alt'][1]}.", 9.5)
    p.para("Al firmar, renuncio a mis protecciones federales como consumidor y acepto pagar más por la atención "
           "fuera de la red. Con mi firma, acepto recibir los artículos o servicios de:", 9.5)
    p.bullets([f"[X]  {f['clin']}, {f['org']}", "[ ]  Centro: ________"], mark="")
    p.bullets(["Renuncio a algunas protecciones de facturación según la ley federal.",
               "Podría recibir una factura por el cargo total de estos artículos y servicios.",
               f"Recibí un aviso por escrito el {fdate(f['notice'], ds, 'es')} que explica que mi proveedor no "
               "pertenece a la red de mi plan de salud, el costo estimado de los servicios y lo que podría deber.",
               "Puedo terminar este acuerdo avisando por escrito al proveedor antes de recibir los servicios."],
              size=9)
    p.para("**IMPORTANTE:** No tiene que firmar este formulario. Pero si no lo firma, es posible que este proveedor "
           "no lo atienda.", 9.5)
    p.pairs([("Nombre del paciente", n[0]), ("Firma del paciente o tutor", f"/s/ {n[1]} {n[3]}"),
             ("Fecha y hora de la firma", f"{fdate(f['sig'], 'dmy', 'es')}  {f['sig_time']}")], label_w=62,
            size=9.5)
    p.para("Tome una foto o guarde una copia de este formulario. Contiene información importante sobre sus "
           "derechos y protecciones.", 9)


def form_truth(f: dict) -> dict:
    span = [f["dos"].isoformat()] if not f["dos_end"] else [f"{f['dos'].isoformat()}/{f['dos_end'].isoformat()}"]
    alts = {"claim_amount": [None], "provider": [f["clin"]]}
    if f["sig"] != f["notice"]:
        alts["denial_date"] = [f["sig"].isoformat()]
    if f["dos_end"]:
        alts["service_dates"] = [[f["dos"].isoformat()]]
    return truth("other", None, insurer=None, member_name=f["patient"][0], claim_amount=m2(f["total"]),
                 service_dates=span, denial_date=f["notice"].isoformat(), provider=f["org"], lang=f["lang"],
                 alternates=alts, unscored=["insurer"])


PLANS = {"R": ("Rioni Valley Health Plan", "PO Box 5071, Kolkheti, KS 67880", "1-555-771-2036"),
         "M": ("Mtkvari Health Insurance Company", "PO Box 12250, Tiflis Springs, WV 26840", "1-555-449-8820")}


def plan_facts(f: dict, r: random.Random) -> dict:
    dec = f["dos"] + dt.timedelta(days=r.randint(30, 55))
    allowed = round(f["total"] * r.uniform(0.35, 0.5), 2)
    ded = 1500.00 if r.random() < 0.5 else 1000.00
    paid = round(max(allowed - ded, 0) * 0.6, 2)
    return dict(dec=dec, mid=f"{r.choice(['RVH', 'MTK'])}{r.randint(10 ** 8, 10 ** 9 - 1)}",
                grp=f"{r.randint(100000, 999999)}-{r.choice(['01', '02', '10'])}",
                claim=f"{dec.strftime('%y')}{r.randint(10 ** 9, 10 ** 10 - 1)}", allowed=allowed, ded=ded, paid=paid,
                sub=person(r), recv=f["dos"] + dt.timedelta(days=r.randint(5, 12)))


def eob(p: Page, f: dict, pf: dict) -> None:
    ins, addr, ph = PLANS["R"]
    ds = "abbr"
    p.add_page()
    p.line("RIONI VALLEY", 18, "B")
    p.line(f"Health Plan  ·  {addr}  ·  Member Services {ph} (TTY 711)", 8.5)
    p.ln(3)
    p.line("EXPLANATION OF BENEFITS", 13, "B")
    p.line("THIS IS NOT A BILL", 9, "B")
    p.ln(2)
    p.pairs([("Statement date", fdate(pf["dec"], ds)), ("Subscriber", pf["sub"][0]), ("Patient", f["patient"][0]),
             ("Member ID", pf["mid"]), ("Group number", pf["grp"]), ("Plan", "Rioni Select EPO"),
             ("Claim number", pf["claim"]), ("Claim received", fdate(pf["recv"], ds)),
             ("Provider", f"{f['org']} (out-of-network)")], label_w=40, size=9.5)
    p.ln(2)
    rows = [[fdate(f["dos"], "slash"), f"{d[:32]} ({c})", money(a), "0.00", "0.00", money(a), "N1"]
            for d, c, a in f["est"] if a]
    p.table(["Date of service", "Service", "Amount billed", "Plan allowed", "Plan paid", "You owe", "Note"],
            rows + [["", "Claim total", money(f["total"]), "0.00", "0.00", money(f["total"]), ""]],
            [24, 66, 24, 20, 18, 20, 12], size=8, aligns=["L", "L", "R", "R", "R", "R", "L"], bold_last=True)
    p.heading("Notes", 10.5)
    p.para(f"**N1** Not covered: out-of-network provider. Your Rioni Select EPO plan does not pay for non-emergency "
           f"care from providers outside the network. {f['org']} told you in writing on "
           f"{fdate(f['notice'], ds)} that it is not in your network, and you signed a consent to give up your "
           "surprise billing protections, so the No Surprises Act limits do not apply to this service and the "
           "provider may bill you for the full amount.", 9)
    p.heading("Your right to appeal", 10.5)
    p.para("If you disagree with how we processed this claim, you may file an appeal within 180 days of the date of "
           f"this statement. Write to Appeals, {addr}, or call {ph}. You may also ask for an external review after "
           "our final decision.", 9)


def letter(p: Page, f: dict, pf: dict) -> None:
    ins, addr, ph = PLANS["M"]
    ds = "long"
    p.add_page()
    p.line("A Kartli Holdings company", 8)
    p.line(ins, 15, "B")
    p.line(f"{addr}  ·  {ph}", 8.5)
    p.ln(5)
    p.line(fdate(pf["dec"], ds), 10)
    p.ln(3)
    p.line(f["patient"][0], 10)
    p.line("2716 Aberystwyth Ln", 10)
    p.line("Tiflis Springs, WV 26841", 10)
    p.ln(4)
    p.line("Your claim was processed at your out-of-network benefit level", 12.5, "B")
    p.ln(2)
    p.boxed_pairs([("Member", f["patient"][0]), ("Member ID", pf["mid"]), ("Group", pf["grp"]),
                   ("Claim number", pf["claim"]), ("Provider", f"{f['clin']}, {f['org']}"),
                   ("Date of service", fdate(f["dos"], ds)), ("Amount billed", money(f["total"])),
                   ("Out-of-network allowed amount", money(f["allowed"] if "allowed" in f else pf["allowed"])),
                   ("Plan paid", money(pf["paid"]))], label_w=70, size=9.5)
    p.para(f"Dear {f['patient'][1]} {f['patient'][3]}:", 10)
    p.para(f"We reduced payment for this claim. {f['org']} is not in your PPO network. Before your surgery on "
           f"{fdate(f['dos'], ds)} the provider gave you the Surprise Billing Protection Form (enclosed), and you "
           f"signed it on {fdate(f['sig'], ds)}. By signing, you agreed to give up your No Surprises Act "
           "protections for this care. So we processed the claim under your out-of-network benefits: we allowed "
           f"{money(pf['allowed'])}, applied your {money(pf['ded'])} out-of-network deductible and paid 60% of the "
           "rest. The in-network cost sharing does not apply, and the provider may bill you the difference between "
           "the amount billed and what we paid.", 10)
    p.heading("If you disagree", 11)
    p.para("You or your representative may appeal this decision within 180 days of the date of this letter. Send "
           f"your appeal, the claim number and any records to Appeals Department, {addr}. If your care is urgent, "
           "ask for an expedited (72-hour) appeal. After our final decision you may ask for an independent external "
           "review within 4 months.", 10)
    p.para(f"Questions? Call Member Services at {ph} (TTY 711), Monday to Friday, 8 a.m. to 8 p.m.", 10)
    p.para("Enclosure: copy of the Surprise Billing Protection Form you signed (3 pages)", 9)


def plan_truth(f: dict, pf: dict, kind: str) -> dict:
    ins = PLANS["R" if kind == "eob" else "M"][0]
    alts = {"provider": [f["clin"]]}
    if kind == "eob":
        return truth("eob", "out_of_network", insurer=ins, group=pf["grp"], member_id=pf["mid"],
                     member_name=f["patient"][0], cases=[pf["claim"]], claim_amount=m2(f["total"]),
                     service_dates=[f["dos"].isoformat()], denial_date=pf["dec"].isoformat(), provider=f["org"],
                     appeal_deadline=plus(pf["dec"], 180).isoformat(), alternates=alts,
                     type_alternates=["denial_letter"], denial_alternates=["not_covered"])
    return truth("denial_letter", "out_of_network", insurer=ins, group=pf["grp"], member_id=pf["mid"],
                 member_name=f["patient"][0], cases=[pf["claim"]], claim_amount=m2(f["total"]),
                 service_dates=[f["dos"].isoformat()], denial_date=pf["dec"].isoformat(), provider=f["org"],
                 appeal_deadline=plus(pf["dec"], 180).isoformat(), alternates=alts, type_alternates=["eob"])


# (suffix, condition, case, lang, date style, kind)
PLAN = [
    ("bd_orthopedic_surgeon_knee_replacement", "born_digital", "knee", "en", "long", "form"),
    ("bd_oon_surgery_center_cataract", "born_digital", "cataract", "en", "slash", "form"),
    ("scan300_post_stabilization_hospital_stay", "scan_clean_300", "poststab", "en", "iso", "form"),
    ("lowres_spanish_breast_reconstruction", "scan_lowres_150", "plastic", "es", "long", "form"),
    ("copy_stack_epo_eob_denied_then_consent", "photocopy", "spine", "en", "dmy", "eob"),
    ("phone_letter_oon_level_with_consent_enclosed", "phone_photo", "derm", "en", "abbr", "letter"),
    ("faxfine_bariatric_surgeon_with_cover", "fax_fine_g4", "bariatric", "en", "slash", "form"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, case, lang, ds, kind) in enumerate(PLAN):
        f = facts(i, case, lang, ds)
        name = f"{FAMILY}_{suffix}"
        if kind == "form":
            p = Page(footer="Page {n} of {nb}")
            (form_es if lang == "es" else form_en)(p, f)
            seps = ["cover"] if cond == "fax_fine_g4" else None
            items.append(Item(name, cond, [(out(p), form_truth(f))], separators=seps))
            continue
        pf = plan_facts(f, random.Random(144580 + i))
        if kind == "eob":
            a = Page(footer="Page {n} of {nb}")
            eob(a, f, pf)
            b = Page(footer="Page {n} of {nb}")
            form_en(b, f)
            items.append(Item(name, cond, [(out(a), plan_truth(f, pf, "eob")), (out(b), form_truth(f))]))
        else:
            p = Page(footer=None)
            letter(p, f, pf)
            form_en(p, f)
            items.append(Item(name, cond, [(out(p), plan_truth(f, pf, "letter"))]))
    return items
