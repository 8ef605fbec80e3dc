"""Family 'home_ventilator_capped_rental_month_limit_medicare_msn' (public-ish): Medicare Summary Notices for Part B
durable medical equipment, in the structure and wording of the CMS MSN (and its older one-page layout and Spanish
"Resumen de Medicare"), where several DME items sit on one notice and only the 14th rental month of a home
ventilator is denied because Medicare already paid the 13 months allowed for a capped-rental item.

Documents: the current-format MSN with three supplier claims, one denied (born digital); the supplier's rental
statement (scan 300); the DME contractor's redetermination notice upholding the denial, told in sentences
(photocopy); a fine-fax stack of a cover sheet, the supplier's redetermination cover letter and the filled
CMS-20027-style request (turned upside down); the previous quarter's MSN with everything approved (phone photo);
a Spanish MSN for another beneficiary (sideways); an older-layout MSN for a third beneficiary with a relative
120-day appeal limit (150 dpi). Everything invented (people, supplier, contractor, numbers). Decoys: DOB, NPI,
rental start dates, claims-processed periods, deductible status, account and serial numbers, referring doctors,
other claims, 1-800-MEDICARE and TTY numbers, form/OMB numbers, QIC 180-day and 72-hour limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, mbi, money, out

FAMILY = "home_ventilator_capped_rental_month_limit_medicare_msn"
LANG = "en"
SEED = 342200

MAC = {"org": "Kestrel Point Medicare Solutions", "sub": "DME Medicare Administrative Contractor - Jurisdiction E",
       "addr": "PO Box 7731, Wrenfield, IA 50311", "phone": "1-866-555-0748", "fax": "1-866-555-0761"}
SUP = {"org": "Halyard Point Respiratory Care", "full": "Halyard Point Respiratory Care, LLC",
       "addr": "4120 Corvell Road, Wrenfield, IA 50315", "phone": "(515) 555-0126", "fax": "(515) 555-0127"}
SUP2 = {"org": "Winterhaven Medical Supply", "addr": "77 Pelham Street, Wrenfield, IA 50309", "phone": "(515) 555-0190"}
DOCS = ["Imogen Sarratt", "Lucius Abernethy", "Priya Gonsalves"]
PEOPLE = ["Wendell F. Achterberg", "Paulette M. Lindgren", "Harold J. Dunleavy", "Rosalind T. Featherstone",
          "Clifford B. Yarborough", "Esteban R. Salcedo", "Colleen V. Iwamoto"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]
INS_ALT = ["Centers for Medicare & Medicaid Services", "Medicare Part B"]


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds):
    if ds == "es":
        return f"{d.day} de {MES[d.month - 1]} de {d.year}"
    return fdate(d, ds)


def addm(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    return dt.date(d.year + y, m + 1, min(d.day, 28))


def ccn(r):
    return "21" + dg(r, 12)


def base(r, i):
    start = dt.date(2024, 12, 3) + dt.timedelta(days=r.randint(0, 150))
    start = start.replace(day=min(start.day, 28))
    m14 = addm(start, 13)
    notice = m14 + dt.timedelta(days=r.randint(30, 50))
    rent = r.choice([1118.40, 1162.75, 1189.00, 1204.50])
    appr = round(rent * r.uniform(0.74, 0.82), 2)
    return dict(start=start, m14=m14, notice=notice, rent=rent, appr=appr, member=PEOPLE[i], mid=mbi(r),
                claim=ccn(r), doc=r.choice(DOCS), npi="1" + dg(r, 9),
                dob=dt.date(r.randint(1938, 1958), r.randint(1, 12), r.randint(1, 28)),
                acct="HPR-" + dg(r, 6), serial="VX" + dg(r, 7),
                street=f"{r.randint(100, 9800)} {r.choice(['Coldbrook Rd', 'Aster Lane', 'Fallow Street'])}")


def msn_head(p, f, es=False):
    if es:
        p.line("Resumen de Medicare para la Parte B (Seguro Médico)", 15, "B")
        p.line("El resumen oficial de sus reclamaciones de Medicare de los Centros de Servicios de Medicare y "
               "Medicaid", 8.5)
    else:
        p.line("Medicare Summary Notice for Part B (Medical Insurance)", 15, "B")
        p.line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5)
    p.ln(4)


def claim_block(p, c, ds, es=False):
    p.f(9.5, "B")
    p.cell(0, 5.5, c["sup"], new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(0, 4.4, c["saddr"], new_x="LMARGIN", new_y="NEXT")
    lab = ("Referido por" if es else "Referred by") + f": {c['ref']}"
    p.cell(0, 4.4, lab, new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4.4, ("Número de reclamación" if es else "Claim Number") + f": {c['no']}", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(1)
    head = (["Fecha", "Servicio provisto", "Código de facturación", "¿Servicio aprobado?",
             "Cantidad que cobró el proveedor", "Cantidad aprobada por Medicare", "Medicare pagó",
             "Lo máximo que se le puede facturar", "Vea las notas"]
            if es else ["Date", "Service Provided", "Billing Code", "Service Approved?", "Amount Provider Charged",
                        "Medicare-Approved Amount", "Medicare Paid", "Maximum You May Be Billed", "See Notes Below"])
    rows = []
    for ln in c["lines"]:
        ok = ln["ok"]
        rows.append([fd(ln["d"], ds), ln["desc"], ln["code"], ("Sí" if es else "Yes") if ok else "No",
                     money(ln["ch"]), money(ln["ap"] if ok else 0), money(round(ln["ap"] * 0.8, 2) if ok else 0),
                     money(round(ln["ap"] * 0.2, 2) if ok else 0), ln["note"]])
    if len(c["lines"]) > 1:
        tot = sum(x["ch"] for x in c["lines"])
        rows.append(["Total", "", "", "", money(tot), "", "", "", ""])
    p.table(head, rows, [26, 40, 18, 14, 18, 18, 15, 17, 12], size=7, row_h=5.2)


def msn_current(f, ds, es=False, denied=True):
    """Current CMS MSN structure: page 1 summary, page 2 claims, page 3 appeals."""
    p = Page(footer=("Página {n} de {nb}" if es else "Page {n} of {nb}"))
    p.add_page()
    msn_head(p, f, es)
    y0 = p.get_y()
    p.para(f"{f['member'].upper()}\n{f['street'].upper()}\nWRENFIELD IA 50317", 9.5)
    p.set_xy(112, y0)
    p.set_fill_color(235, 235, 235)
    p.rect(110, y0 - 1, 88, 36, style="F")
    rows = ([("Aviso para", f["member"]), ("Número de Medicare", f["mid"]),
             ("Fecha de este aviso", fd(f["notice"], ds)),
             ("Reclamaciones procesadas", f"{fd(f['p0'], ds)}"), ("", f"al {fd(f['p1'], ds)}")] if es else
            [("Notice for", f["member"]), ("Medicare Number", f["mid"]), ("Date of This Notice", fd(f["notice"], ds)),
             ("Claims Processed Between", f"{fd(f['p0'], ds)} and"), ("", fd(f["p1"], ds))])
    y = y0
    for k, v in rows:
        p.set_xy(112, y)
        p.f(8, "B")
        p.cell(41, 5.6, k)
        p.f(8.5)
        p.cell(44, 5.6, v)
        y += 6.4
    p.set_xy(p.l_margin, y0 + 40)
    if es:
        p.heading("Sus reclamaciones y costos en este período", 12, rule=True)
        p.para("**¿Aprobó Medicare todos los servicios?**  NO. Negamos 1 servicio. Vea la página 2.", 10)
        p.para(f"**Cantidad total que se le puede facturar:**  {money(f['youtot'])}", 10)
        p.para(f"**Estado de su deducible:** usted ha pagado su deducible de la Parte B de $283.00 para "
               f"{f['notice'].year}.", 9.5)
        p.heading("Proveedores con reclamaciones en este período", 10.5)
    else:
        p.heading("Your Claims & Costs This Period", 12, rule=True)
        p.para("**Did Medicare Approve All Services?**  " + ("NO. We denied 1 service. See page 2 to find out why."
               if denied else "YES."), 10)
        p.para(f"**Total You May Be Billed:**  {money(f['youtot'])}", 10)
        p.para(f"**Your Deductible Status:** You have met your Part B deductible of $283.00 for "
               f"{f['notice'].year}.", 9.5)
        p.heading("Providers with Claims This Period", 10.5)
    for c in f["claims"]:
        p.para(f"{fd(c['lines'][0]['d'], ds)}   {c['sup']}", 9.5, gap=0.5)
    p.ln(3)
    p.para("Be Informed: Watch for charges for equipment you never received. Call 1-800-MEDICARE "
           "(1-800-633-4227), TTY 1-877-486-2048." if not es else
           "Esté informado: esté atento a cargos por equipo que nunca recibió. Llame al 1-800-MEDICARE "
           "(1-800-633-4227), TTY 1-877-486-2048.", 8.5)
    p.add_page()
    p.heading("Sus reclamaciones de la Parte B (Seguro Médico)" if es else "Your Claims for Part B (Medical Insurance)",
              12, rule=True)
    p.para("La Parte B cubre equipo médico duradero como ventiladores y concentradores de oxígeno." if es else
           "Part B covers durable medical equipment such as ventilators, oxygen equipment and supplies.", 9)
    for c in f["claims"]:
        claim_block(p, c, ds, es)
    p.heading("Notas sobre las reclamaciones" if es else "Notes for Claims Above", 10.5)
    if es:
        p.para("A  Este equipo se paga como alquiler mensual.\nB  Medicare no pagará este alquiler porque ya pagó el "
               "número máximo de meses permitido (13) para este tipo de equipo. El proveedor no puede cobrarle este "
               "mes.\nC  Suministros aprobados; su coseguro es el 20%.", 9)
    else:
        p.para("A  This equipment is being paid as a monthly rental.\n" + ("B  Medicare won't pay for this rental "
               "because it has already paid the maximum number of rental months allowed (13) for this type of "
               "equipment. The supplier can't bill you for this month.\n" if denied else "") +
               "C  Supplies approved; your coinsurance is 20%.", 9)
    p.add_page()
    if es:
        p.heading("Cómo tramitar las reclamaciones negadas o presentar una apelación", 12, rule=True)
        p.para(f"Si no está de acuerdo con una decisión de cobertura o pago, puede apelar. **Debe presentar su "
               f"apelación a más tardar el {fd(f['deadline'], ds)}.** Encierre en un círculo el servicio en este "
               "aviso, explique por qué no está de acuerdo y firme. Envíelo a:", 10)
        p.para(f"{MAC['org']}\n{MAC['addr']}", 10)
        p.para("Puede usar el formulario de solicitud de redeterminación de Medicare. Si necesita ayuda, llame al "
               f"1-800-MEDICARE. Para preguntas sobre esta reclamación llame al {MAC['phone']}.", 9.5)
    else:
        p.heading("How to Handle Denied Claims or File an Appeal", 12, rule=True)
        p.para("If you disagree with a coverage or payment decision on this notice, you can file an appeal. "
               f"**Appeals must be filed by {fd(f['deadline'], ds)}.** Follow these steps:", 10)
        p.bullets(["Circle the service(s) you disagree with on this notice.",
                   "Explain in writing why you disagree, or fill out a Medicare Redetermination Request Form.",
                   "Sign and include your phone number and Medicare Number.",
                   f"Send this notice, or a copy, to: {MAC['org']}, {MAC['addr']}."])
        p.para("If you want help with your appeal, a friend, family member, or supplier can act for you. Call "
               f"{MAC['phone']} with questions about this claim, or 1-800-MEDICARE for general help.", 9.5)
    return out(p)


def msn_old(f, ds):
    """Older single-sheet MSN layout: customer-service box, assigned-claims table, notes, relative appeal limit."""
    p = Page(footer="Page {n} of {nb}", footer_left="THIS IS NOT A BILL - Keep this notice for your records.")
    p.add_page()
    p.line("MEDICARE SUMMARY NOTICE", 16, "B")
    p.ln(2)
    y0 = p.get_y()
    p.para(f"{f['member']}\n{f['street']}\nWrenfield, IA 50317", 10)
    p.set_xy(110, y0)
    p.rect(108, y0 - 1, 90, 40)
    p.f(8, "B")
    p.cell(0, 4.5, "CUSTOMER SERVICE INFORMATION", new_x="LEFT", new_y="NEXT")
    p.f(8.5)
    for t in [f"Your Medicare Number: {f['mid']}", "If you have questions, write or call:", MAC["org"],
              MAC["addr"], f"Local: {MAC['phone']}", "TTY for Hearing Impaired: 1-877-486-2048"]:
        p.set_x(110)
        p.cell(86, 4.6, t, new_x="LEFT", new_y="NEXT")
    p.set_xy(p.l_margin, y0 + 42)
    p.line(f"{fd(f['notice'], ds).upper()}", 10, "B")
    p.para("BE INFORMED: Beware of people who offer free medical equipment in exchange for your Medicare number.", 8.5)
    p.heading("PART B MEDICAL INSURANCE - ASSIGNED CLAIMS", 11)
    rows = []
    for c in f["claims"]:
        rows.append([f"Claim number {c['no']}", "", "", "", "", "", ""])
        rows.append([f"{c['sup']}, Referred by: {c['ref']}", "", "", "", "", "", ""])
        for ln in c["lines"]:
            ok = ln["ok"]
            rows.append([fd(ln["d"], ds), f"1 {ln['desc']} ({ln['code']})", money(ln["ch"], "flat"),
                         money(ln["ap"] if ok else 0, "flat"), money(round(ln["ap"] * 0.8, 2) if ok else 0, "flat"),
                         money(round(ln["ap"] * 0.2, 2) if ok else 0, "flat"), ln["note"].lower()])
    p.table(["Dates of Service", "Services and Service Codes", "Amount Charged", "Medicare Approved",
             "Medicare Paid Provider", "You May Be Billed", "See Notes Section"], rows,
            [26, 62, 19, 19, 19, 18, 11], size=7.3, border=0, row_h=4.9)
    p.heading("Notes Section:", 10)
    p.para("a  This equipment is paid as a monthly rental.\nb  Payment is denied because Medicare has already paid "
           "for the 13 months of rental allowed for this capped rental item. You do not have to pay this amount.\n"
           "c  This approved amount has been applied toward your coinsurance.", 8.5)
    p.heading("Deductible Information:", 10)
    p.para(f"You have met the Part B deductible for {f['notice'].year}.", 8.5)
    p.heading("Appeals Information - Part B", 10)
    p.para("If you disagree with any claims decision on this notice, you can request an appeal within 120 days "
           "from the date of this notice. Follow the instructions below: 1) Circle the item(s) you disagree with "
           "and explain why. 2) Sign here and send this notice to the Customer Service address above.", 8.5)
    p.para("Signature: ____________________   Phone number: (____) ________", 8.5)
    return out(p)


def sup_statement(f, ds):
    p = Page(serif=True, footer=None, footer_left=f"NPI {f['npi']}  ·  Accreditation ACHC-{f['npi'][-5:]}")
    p.add_page()
    p.line(SUP["full"], 15, "B")
    p.line(f"{SUP['addr']}  ·  {SUP['phone']}  ·  24-hour ventilator line (515) 555-0111", 8.5)
    p.ln(4)
    p.line("RENTAL EQUIPMENT STATEMENT", 12, "B")
    p.ln(1)
    p.pairs([("Statement date", fd(f["stmt"], ds)), ("Account", f["acct"]), ("Patient", f["member"]),
             ("Medicare number", f["mid"]), ("Date of birth", fd(f["dob"], ds)),
             ("Equipment", f"Home ventilator E0465, serial {f['serial']}"),
             ("Rental began", fd(f["start"], ds)), ("Ordering physician", f"Dr. {f['doc']}")], 40, 9)
    p.ln(2)
    rows = []
    for n in (11, 12, 13):
        d = addm(f["start"], n - 1)
        rows.append([f"Month {n}", fd(d, ds), money(f["rent"], "nosign"), money(round(f["appr"] * 0.8, 2), "nosign"),
                     "Paid"])
    rows.append(["Month 14", fd(f["m14"], ds), money(f["rent"], "nosign"), "0.00",
                 f"Denied by Medicare, claim {f['claim']}"])
    p.table(["Rental month", "Billing date", "Charge", "Medicare paid", "Status"], rows, [26, 28, 24, 26, 74],
            size=8.5, border=0, aligns=["L", "L", "R", "R", "L"])
    p.para("Medicare denied month 14, saying the 13-month rental cap was reached. We believe your ventilator is "
           "not a capped-rental item and have asked Medicare for a redetermination. You owe nothing for month 14 "
           "while the appeal is open. Your secondary insurer has been billed for the 20% coinsurance on months 11 "
           "to 13.", 9)
    p.line("Balance due from patient:  $0.00", 10, "B")
    return out(p)


def redetermination(f, ds):
    """DME contractor's redetermination notice, facts in sentences (public 'Medicare Redetermination Notice')."""
    p = Page(serif=True, footer="Page {n} of {nb}")
    p.add_page()
    p.line(MAC["org"], 15, "B")
    p.line(MAC["sub"], 9)
    p.line(f"{MAC['addr']}  ·  {MAC['phone']}", 8.5)
    p.ln(4)
    p.line(fd(f["rdate"], ds), 10)
    p.ln(3)
    p.para(f"{f['member']}\n{f['street']}\nWrenfield, IA 50317", 10)
    p.line("MEDICARE REDETERMINATION NOTICE", 12.5, "B")
    p.ln(2)
    first, last = f["member"].split()[0], f["member"].split()[-1]
    p.para(f"Dear {first} {last}:", 10)
    p.para(f"This letter is about your request for a redetermination (first level of appeal) of Medicare claim "
           f"{f['claim']}. We received the request from {SUP['full']}, acting for you, on "
           f"{fd(f['rdate'] - dt.timedelta(days=24), ds)} and gave it appeal number {f['apl']}. Your Medicare number "
           f"is {f['mid']}.", 10)
    p.heading("Summary of the Facts", 10.5)
    p.para(f"The supplier billed {money(f['rent'])} for the rental of a home ventilator (E0465) for the month "
           f"beginning {fd(f['m14'], ds)}. The rental began on {fd(f['start'], ds)}, and Medicare has paid 13 monthly "
           "rental claims for this equipment. The initial determination denied the claim because the rental cap was "
           "reached.", 10)
    p.heading("Decision", 10.5)
    p.para("Our decision is unfavorable. Medicare will not pay for the fourteenth rental month.", 10)
    p.heading("Explanation of the Decision", 10.5)
    p.para("The claim was billed with the capped-rental modifier, and the records sent do not show the frequent and "
           "substantial servicing that would place the device in a different payment category. Under the capped "
           "rental rules, Medicare pays no more than 13 continuous months of rental.", 10)
    p.heading("Who Is Responsible for the Bill?", 10.5)
    p.para("You are not responsible for this charge. The supplier may not bill you for rental months after the cap.",
           10)
    p.heading("What to Include in Your Request for an Independent Appeal", 10.5)
    p.para("If you disagree, you may ask for a reconsideration by a Qualified Independent Contractor. You must file "
           "your request within 180 days of the date you receive this notice; we presume you received it 5 days "
           "after the date of this notice. Send the attached form with any new evidence. If you need a fast "
           "decision because of your health, the QIC decides expedited requests within 72 hours.", 10)
    p.para(f"Sincerely,\n\nRedetermination Unit, {MAC['org']}", 10)
    return out(p)


def sup_letter(f, ds):
    p = Page(footer=None)
    p.add_page()
    p.line(SUP["full"], 14, "B")
    p.line(f"{SUP['addr']}  ·  Phone {SUP['phone']}  ·  Fax {SUP['fax']}", 8.5)
    p.ln(5)
    p.line(fd(f["sdate"], ds), 10)
    p.ln(3)
    p.para(f"{MAC['org']}\nAttn: Redeterminations\n{MAC['addr']}", 10)
    p.pairs([("Beneficiary", f["member"]), ("Medicare number", f["mid"]), ("Claim number", f["claim"]),
             ("Item", "E0465 RR - home ventilator, rental month 14"), ("Date of service", fd(f["m14"], ds)),
             ("Billed", money(f["rent"])), ("Supplier NPI", f["npi"])], 36, 9.5)
    p.ln(2)
    p.para("We ask for a redetermination of the claim above, which was denied as over the 13-month capped rental "
           "limit. The patient uses the ventilator for life support, 20 hours a day; our respiratory therapists "
           "visit every two weeks. A ventilator in this use is paid as frequent and substantial servicing, a "
           f"continuous rental. The treating pulmonologist, Dr. {f['doc']}, agrees; her letter and our service logs "
           "are enclosed with the signed request form.", 10)
    p.para(f"Please call our billing office at {SUP['phone']} with any questions.\n\nSincerely,\n\nBilling Manager",
           10)
    return out(p)


def cms20027(f, ds):
    p = Page(footer=None, footer_left="Form CMS-20027 (12/10)    OMB No. 0938-1009 (fictional copy)")
    p.add_page()
    p.line("DEPARTMENT OF HEALTH AND HUMAN SERVICES", 8.5, "B")
    p.line("CENTERS FOR MEDICARE & MEDICAID SERVICES", 8.5, "B")
    p.ln(2)
    p.line("MEDICARE REDETERMINATION REQUEST FORM - 1st LEVEL OF APPEAL", 12, "B")
    p.ln(3)
    p.boxed_pairs([("1. Beneficiary's name", f["member"]), ("2. Medicare number", f["mid"]),
                   ("3. Item or service you wish to appeal", f"E0465 ventilator rental, month 14 - claim {f['claim']}"),
                   ("4. Date the service or item was received", fd(f["m14"], ds)),
                   ("5. Date of the initial determination notice", fd(f["notice"], ds))], 78, 9)
    p.f(9, "B")
    p.cell(0, 6, "6. I do not agree with the determination of my claim. MY REASONS ARE:", new_x="LMARGIN",
           new_y="NEXT")
    p.para("Ventilator is a frequent and substantial servicing item, not capped rental. See supplier letter and "
           "physician letter attached.", 9.5)
    p.boxed_pairs([("7. Requester's name", SUP["full"]), ("8. Relationship to the beneficiary", "Supplier"),
                   ("9. Requester's address", SUP["addr"]), ("10. Requester's telephone number", SUP["phone"]),
                   ("11. Requester's signature", "/s/ M. Okafor, Billing Manager"),
                   ("12. Date signed", fd(f["sdate"], ds))], 78, 9)
    p.para("[X] I have evidence to submit. Please attach the evidence to this form or attach a statement "
           "explaining what you intend to submit and when.", 8.5)
    return out(p)


def line(d, desc, code, ch, ap, ok, note):
    return dict(d=d, desc=desc, code=code, ch=ch, ap=ap, ok=ok, note=note)


def claims_for(f, r, paid=False):
    """Three supplier claims on one notice; on the denial notices the ventilator month 14 claim is denied."""
    oxy_d = f["m14"] + dt.timedelta(days=r.randint(2, 9))
    sup_d = f["m14"] + dt.timedelta(days=r.randint(10, 16))
    oxy = dict(no=ccn(r), sup=SUP["org"], saddr=f"{SUP['addr']}, {SUP['phone']}", ref=f"Dr. {f['doc']}",
               lines=[line(oxy_d, "Oxygen concentrator, rental", "E1390 RR", 212.00, 158.76, True, "A"),
                      line(oxy_d, "Portable oxygen, rental", "E0431 RR", 41.50, 30.39, True, "A")])
    sup = dict(no=ccn(r), sup=SUP2["org"], saddr=f"{SUP2['addr']}, {SUP2['phone']}", ref=f"Dr. {f['doc']}",
               lines=[line(sup_d, "Tracheostomy tube", "A7520", 96.00, 71.45, True, "C"),
                      line(sup_d, "Heat/moisture exch. x30", "A4483", 84.00, 63.30, True, "C")])
    if paid:
        m12, m13 = addm(f["start"], 11), addm(f["start"], 12)
        v12 = dict(no=ccn(r), sup=SUP["org"], saddr=f"{SUP['addr']}, {SUP['phone']}", ref=f"Dr. {f['doc']}",
                   lines=[line(m12, "Ventilator, rental month 12", "E0465 RR", f["rent"], f["appr"], True, "A")])
        v13 = dict(no=ccn(r), sup=SUP["org"], saddr=f"{SUP['addr']}, {SUP['phone']}", ref=f"Dr. {f['doc']}",
                   lines=[line(m13, "Ventilator, rental month 13", "E0465 RR", f["rent"], f["appr"], True, "A")])
        return [v12, v13, sup]
    vent = dict(no=f["claim"], sup=SUP["org"], saddr=f"{SUP['addr']}, {SUP['phone']}", ref=f"Dr. {f['doc']}",
                lines=[line(f["m14"], "Ventilator, rental month 14", "E0465 RR", f["rent"], f["appr"], False, "B")])
    return [vent, oxy, sup]


ITEMS = [
    ("bd_msn_three_claims_month14_denied", "born_digital", "msn", "long"),
    ("scan300_supplier_rental_statement", "scan_clean_300", "stmt", "slash"),
    ("copy_redetermination_unfavorable_sentences", "photocopy", "redet", "long"),
    ("faxfine_stack_supplier_letter_and_cms20027", "fax_fine_g4", "stack", "slash"),
    ("photo_msn_previous_quarter_all_approved", "phone_photo", "paid", "abbr"),
    ("rotated_resumen_de_medicare_es", "rotated", "es", "es"),
    ("lowres_msn_older_layout_120_days", "scan_lowres_150", "old", "short"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        f["deadline"] = f["notice"] + dt.timedelta(days=120)
        f["p0"] = f["notice"] - dt.timedelta(days=r.randint(85, 92))
        f["p1"] = f["notice"] - dt.timedelta(days=r.randint(2, 5))
        sd = [f["m14"].isoformat()]
        common = dict(member_id=f["mid"], member_name=f["member"], provider=SUP["org"])
        if kind in ("msn", "es", "old"):
            f["claims"] = claims_for(f, r)
            f["youtot"] = round(sum(round(ln["ap"] * 0.2, 2) for c in f["claims"] for ln in c["lines"] if ln["ok"]), 2)
            dl = f["deadline"].isoformat()
            doc = msn_old(f, ds) if kind == "old" else msn_current(f, ds, es=(kind == "es"))
            t = truth("eob", "not_covered", lang="es" if kind == "es" else "en", insurer="Medicare",
                      case_numbers=[f["claim"]], claim_amount=m2(f["rent"]), service_dates=sd, denial_date=nd,
                      appeal_deadline=dl, alternates={"insurer": INS_ALT + ([MAC["org"]] if kind == "old" else [])},
                      denial_alternates=["other"], type_alternates=["denial_letter"], **common)
            items.append(Item(name, cond, [(doc, t)]))
        elif kind == "stmt":
            f["stmt"] = f["notice"] + dt.timedelta(days=r.randint(6, 14))
            t = truth("other", None, insurer=None, case_numbers=[f["claim"]], claim_amount=m2(f["rent"]),
                      service_dates=sd, denial_date=f["stmt"].isoformat(), unscored=["insurer"], **common)
            items.append(Item(name, cond, [(sup_statement(f, ds), t)]))
        elif kind == "redet":
            f["rdate"] = f["notice"] + dt.timedelta(days=r.randint(50, 70))
            f["apl"] = "RD" + dg(r, 9)
            t = truth("denial_letter", "not_covered", insurer=MAC["org"], case_numbers=[f["claim"], f["apl"]],
                      claim_amount=m2(f["rent"]), service_dates=sd, denial_date=f["rdate"].isoformat(),
                      appeal_deadline=None, denial_alternates=["other"],
                      alternates={"insurer": ["Medicare"],
                                  "appeal_deadline": [(f["rdate"] + dt.timedelta(days=185)).isoformat()]},
                      **common)
            items.append(Item(name, cond, [(redetermination(f, ds), t)]))
        elif kind == "stack":
            f["sdate"] = f["notice"] + dt.timedelta(days=r.randint(12, 30))
            t1 = truth("other", None, insurer=MAC["org"], case_numbers=[f["claim"]], claim_amount=m2(f["rent"]),
                       service_dates=sd, denial_date=f["sdate"].isoformat(),
                       alternates={"insurer": ["Medicare", None]}, **common)
            t2 = truth("other", None, insurer="Medicare", case_numbers=[f["claim"]], service_dates=sd,
                       denial_date=f["sdate"].isoformat(), alternates={"insurer": INS_ALT + [None]}, **common)
            items.append(Item(name, cond, [(sup_letter(f, ds), t1), (cms20027(f, ds), t2)],
                              separators=["cover", None], turns={(1, 0): 180}))
        else:  # paid previous-quarter MSN
            f["notice"] = addm(f["start"], 12) + dt.timedelta(days=r.randint(28, 40))
            f["deadline"] = f["notice"] + dt.timedelta(days=120)
            f["p0"] = f["notice"] - dt.timedelta(days=90)
            f["p1"] = f["notice"] - dt.timedelta(days=3)
            f["m14"] = addm(f["start"], 12)  # supplies dated after month 13
            f["claims"] = claims_for(f, r, paid=True)
            f["youtot"] = round(sum(round(ln["ap"] * 0.2, 2) for c in f["claims"] for ln in c["lines"]), 2)
            doc = msn_paid(f, ds)
            t = truth("eob", None, insurer="Medicare", member_id=f["mid"], member_name=f["member"],
                      case_numbers=[c["no"] for c in f["claims"]],
                      service_dates=sorted({ln["d"].isoformat() for c in f["claims"] for ln in c["lines"]}),
                      denial_date=f["notice"].isoformat(), appeal_deadline=f["deadline"].isoformat(),
                      unscored=["claim_amount", "provider"],
                      alternates={"insurer": INS_ALT, "appeal_deadline": [None]})
            items.append(Item(name, cond, [(doc, t)]))
    return items


def msn_paid(f, ds):
    """The current layout with every service approved (page 1 says YES)."""
    return msn_current(f, ds, denied=False)
