"""Family 'enteral_formula_medical_food_denial': a state Medicaid agency's, a Medicaid managed care plan's or a
commercial insurer's papers on enteral nutrition or metabolic formula (HCPCS B4150-B4162, B4100 food thickener,
B9002 pump, B4035 supplies) for a child or an adult: the formula is taken by mouth rather than by tube, it is a
food / nutritional supplement and not a covered benefit, WIC must be billed first, or the quantity billed exceeds
the prescription; a commercial EOB, a letter to the DME supplier, notices to the member or to a parent, one
approval of a smaller quantity than requested, and one Spanish notice.

All agencies, plans, suppliers, prescribers, people, numbers and phones are invented (555 numbers). Decoys:
the child's and parent's dates of birth, the prescriber's and supplier's NPIs, calories per day and units per
month, the request-received date, the WIC clinic's phone, the fair-hearing time limit, the other claim lines.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, pdf_bytes, truth

FAMILY = "enteral_formula_medical_food_denial"
LANG = "en"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

MEDICAID = [("Vennor State Medical Assistance Program", "Vennor Medicaid", "PO Box 44120", "Castlebrook, VN 58921",
             "Department of Family Health Services"),
            ("Tallis County Health Plan", "Tallis Kids Medicaid Managed Care", "PO Box 9305", "Orrin Falls, OR 97499",
             "a Medicaid managed care plan")]
COMMERCIAL = [("Grayhaven Mutual Health Insurance Company", "Grayhaven Select PPO", "PO Box 77018",
               "Brenton, NE 68199"),
              ("Solace Ridge Health Plans", "Solace Ridge Gold HMO 2000", "PO Box 2184", "Marrow Creek, WI 53799")]
SUPPLIERS = ["Brightwell Home Nutrition Services", "Cedarline Enteral & Medical Supply", "NutriPath Homecare, LLC",
             "Kindred Meadow Pediatric Supply"]
PRESCRIBERS = ["Dr. Anjali Ramaswamy", "Dr. Tobias Edelmann", "Dr. Folake Adebayo-Reyes", "Dr. Henrik Solvang",
               "Dr. Miriam Castellanos"]
CHILD_FIRST = ["Oluwaseun", "Maëlys", "Tamsin", "Idris", "Saoirse", "Nikolai", "Amaya", "Bartholomew"]
ADULT_FIRST = ["Ignatius", "Radhika", "Cornelius", "Ludmila", "Evander", "Perpetua"]
PARENT_FIRST = ["Adaeze", "Siobhan", "Rasmus", "Yolanda", "Karsten", "Noor"]
LAST = ["Okonkwo-Bright", "Thorvaldsen", "Mbeki", "Castellane", "Ruiz-Whitfield", "Haverford", "Nakashima",
        "Lindqvist"]
FIRST_ES = ["Ximena", "Santiago", "Valentina", "Emiliano"]
PARENT_ES = ["Marisela", "Rogelio", "Esperanza"]
LAST_ES = ["Echeverría", "Salcedo", "Montoya", "Quintanilla"]

CODES = {"B4150": "Enteral formula, nutritionally complete, intact nutrients, 100 cal = 1 unit",
         "B4152": "Enteral formula, nutritionally complete, calorically dense, 100 cal = 1 unit",
         "B4154": "Enteral formula, special metabolic needs, non-inherited disease, 100 cal = 1 unit",
         "B4160": "Enteral formula, pediatric, calorically dense, 100 cal = 1 unit",
         "B4161": "Enteral formula, pediatric, hydrolyzed/amino acids and peptide chain, 100 cal = 1 unit",
         "B4162": "Enteral formula, pediatric, special metabolic needs, inherited disease of metabolism, 100 cal = 1 unit",
         "B4100": "Food thickener, administered orally, per oz",
         "B9002": "Enteral nutrition infusion pump, any type (rental, per month)",
         "B4035": "Enteral feeding supply kit; pump fed, per day"}
PRODUCTS = {"B4150": "Nutrivance 1.0 Standard", "B4152": "Calorix 1.5 Plus", "B4154": "RenaNour Balance",
            "B4160": "PediCal Junior 1.5", "B4161": "AminoPure Infant EAA", "B4162": "PheSafe Junior (PKU)"}


def digits(r, n):
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def usd(v):
    return f"${v:,.2f}"


def new_doc(footer="Page {p} of {n}"):
    d = Doc("DejaVu", footer=footer)
    d.add_font("DejaVu", "B", DEJAVU_B)
    return d


def kv(d, rows, w=55, size=9.5):
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, 5.2, k)
        d.font(size)
        d.multi_cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")


def facts(r, payer, who, code, lang="en"):
    pay = r.choice(MEDICAID if payer == "medicaid" else COMMERCIAL)
    date = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 170))
    svc = date - dt.timedelta(days=r.randint(18, 45))
    if lang == "es":
        first, last, pfirst = r.choice(FIRST_ES), r.choice(LAST_ES), r.choice(PARENT_ES)
    else:
        first = r.choice(CHILD_FIRST if who == "child" else ADULT_FIRST)
        last, pfirst = r.choice(LAST), r.choice(PARENT_FIRST)
    mid, pmid = r.choice("ABCDEFGHJKLMNPRST"), r.choice("ABCDEFGHJKLMNPRST")
    age_years = r.randint(1, 9) if who == "child" else r.randint(34, 78)
    dob = dt.date(svc.year - age_years, r.randint(1, 12), r.randint(1, 28))
    units = r.choice([186, 248, 279, 310, 372, 434])  # 100-calorie units per month
    rate = round(r.uniform(0.62, 2.95), 2) if code != "B4162" else round(r.uniform(4.1, 6.8), 2)
    return dict(pay=pay, date=date, svc=svc, svc_end=svc + dt.timedelta(days=29), first=first, last=last, mid=mid,
                name=f"{first} {mid}. {last}", parent=f"{pfirst} {pmid}. {last}", pfirst=pfirst, dob=dob,
                pdob=dt.date(r.randint(1978, 1996), r.randint(1, 12), r.randint(1, 28)),
                mid_id=(digits(r, 11) if payer == "medicaid" and pay is MEDICAID[0] else
                        f"TK{digits(r, 8)}" if payer == "medicaid" else f"{'GHM' if pay[0].startswith('Gray') else 'SRH'}{digits(r, 9)}"),
                group=f"{r.choice(['0', '1'])}{digits(r, 5)}-{r.randint(10, 99)}" if payer == "commercial" else None,
                sup=r.choice(SUPPLIERS if who == "child" else SUPPLIERS[:3]), sup_npi="1" + digits(r, 9), presc=r.choice(PRESCRIBERS),
                presc_npi="1" + digits(r, 9), code=code, units=units, rate=rate, billed=round(units * rate, 2),
                claim=f"{date.year % 100:02d}{digits(r, 11)}", ref=f"PA-{digits(r, 8)}",
                recv=date - dt.timedelta(days=r.randint(3, 9)), kcal=units * 100 // 30,
                phone=f"(555) {r.randint(200, 989)}-{r.randint(1000, 9999)}",
                wic=f"(555) {r.randint(200, 989)}-{r.randint(1000, 9999)}")


REASONS = {
    "oral": "The records show that {who} takes the formula by mouth. Enteral formula is covered only when it is "
            "given through a feeding tube (nasogastric, gastrostomy or jejunostomy tube), or when it is the sole "
            "source of nutrition because of a documented condition that prevents eating regular food. No feeding "
            "tube is documented and the formula is not the sole source of nutrition. Orally taken formula is not "
            "a covered benefit under the {plan} enteral nutrition policy.",
    "food": "Nutritional formula taken in place of or in addition to regular meals is considered food or a "
            "nutritional supplement. Food, infant formula, nutritional supplements and medical foods are excluded "
            "under your plan (Certificate of Coverage, Section 7.4, Exclusions), except enteral formula given "
            "through a feeding tube or formula for an inherited disease of amino acid or organic acid metabolism. "
            "Neither exception applies, so this service is not a covered benefit.",
    "qty": "The quantity billed is more than the quantity on the prescription. The prescription on file orders "
           "{rx} units (100 calories each) per month. The claim billed {units} units for the month. Units above "
           "the prescribed amount are not medically necessary and are denied; the supplier may not bill the member "
           "for them.",
    "wic": "{child} is under 5 years old and the formula requested is a standard infant/toddler formula that the "
           "Special Supplemental Nutrition Program for Women, Infants, and Children (WIC) provides. Federal rules make "
           "Medicaid the payer of last resort for formula that WIC covers. WIC must be billed (or must deny the "
           "formula in writing) before Medicaid can pay. We did not receive a WIC denial, so this request is denied.",
}


def member_notice(f, ds, reason, parent=True):
    """Medicaid / MCO Notice of Action to the member or to the child's parent."""
    D = lambda x: fmt_date(x, ds)  # noqa: E731
    d = new_doc()
    d.add_page()
    d.text_line(f["pay"][0], 14, "B")
    d.text_line(f"{f['pay'][1]}  |  {f['pay'][4]}", 9)
    d.text_line(f"{f['pay'][2]}, {f['pay'][3]}   Member Services {f['phone']}   TTY 711", 8.5)
    d.rule(0.6, 4)
    d.text_line(f"Date of notice: {D(f['date'])}", 10.5)
    d.ln(3)
    addressee = f"Parent or guardian of {f['name']}" if parent else f["name"]
    for ln in ((f["parent"], addressee) if parent else (addressee,)) + ("418 Wexley Row, Apt 3", "Castlebrook, VN 58903"):
        d.text_line(ln, 10)
    d.ln(3)
    d.text_line("NOTICE OF ACTION - Denial of Enteral Nutrition", 12.5, "B")
    d.ln(1)
    kv(d, [("Member name:", f["name"]), ("Member ID:", f["mid_id"]), ("Member date of birth:", fmt_date(f["dob"], "slash")),
           ("Request number:", f["ref"]), ("Date request received:", D(f["recv"])),
           ("Item requested:", f"{f['code']} {PRODUCTS.get(f['code'], '')}, {f['units']} units per month"),
           ("Requested start date:", D(f["svc"])),
           ("Prescriber:", f"{f['presc']}, MD (NPI {f['presc_npi']})"),
           ("Supplier:", f"{f['sup']} (NPI {f['sup_npi']})")], 55)
    d.ln(3)
    d.para(f"Dear {f['pfirst'] if parent else f['first']} {f['last']}:")
    d.para(f"We reviewed the request for enteral formula for {f['first']}. The request is DENIED.")
    d.text_line("Why we made this decision", 11, "B")
    who = f["first"]
    d.para(REASONS[reason].format(who=who, plan=f["pay"][1], child=f["first"], rx=f.get("rx"), units=f["units"]))
    if reason == "wic":
        d.para(f"Your local WIC office can help: call {f['wic']}. Once WIC decides, ask the supplier to send us the "
               "WIC decision with a new request.")
    d.text_line("Your right to appeal", 11, "B")
    d.para(f"If you do not agree with this decision, you may ask for an appeal. Your appeal must be received within "
           f"60 days of the date of this notice. Call {f['phone']} or write to the address above. If your "
           f"child's health is at serious risk, ask for a fast (expedited) appeal and we will decide within 72 hours.")
    d.para("If you still disagree after the appeal, you may ask for a State Fair Hearing within 120 days of the "
           "date of the appeal decision letter. You may ask someone, such as a relative, friend or lawyer, to help you.")
    d.para(f"Sincerely,\nPharmacy and DME Utilization Management\n{f['pay'][0]}", 9.5)
    return pdf_bytes(d), f["date"] + dt.timedelta(days=60)


def eob(f, ds, reason_code):
    """Commercial member EOB: an enteral formula claim from the supplier denied as food / supplement."""
    D = lambda x: fmt_date(x, ds)  # noqa: E731
    d = new_doc()
    d.add_page()
    d.text_line(f["pay"][0], 14, "B")
    d.text_line(f"{f['pay'][2]}, {f['pay'][3]}   Customer Service {f['phone']}", 8.5)
    d.rule(0.6, 3)
    d.text_line("EXPLANATION OF BENEFITS", 13, "B")
    d.text_line("THIS IS NOT A BILL", 9, "B")
    d.ln(2)
    kv(d, [("Statement date:", D(f["date"])), ("Member:", f["name"]), ("Member ID:", f["mid_id"]),
           ("Group number:", f["group"]), ("Plan:", f["pay"][1]), ("Claim number:", f["claim"]),
           ("Provider:", f"{f['sup']}"), ("Received:", D(f["recv"]))], 45, 9)
    d.ln(2)
    d.text_line("CLAIM DETAIL", 10, "B")
    supply = round(60 * 1.15, 2) if f.get("with_supply") else 0
    rows = [[f"{D(f['svc'])} - {D(f['svc_end'])}", f["code"], str(f["units"]), usd(f["billed"]), "$0.00", "$0.00",
             usd(f["billed"]), reason_code]]
    total = f["billed"]
    if supply:
        rows.append([f"{D(f['svc'])} - {D(f['svc_end'])}", "B4100", "60", usd(supply), "$0.00", "$0.00", usd(supply),
                     reason_code])
        total = round(total + supply, 2)
    rows.append(["*Claim totals", "", "", usd(total), "$0.00", "$0.00", usd(total), ""])
    d.table(["Dates of service", "Code", "Units", "Billed", "Allowed", "Plan paid", "You may owe", "Note"], rows,
            [40, 15, 12, 25, 21, 21, 26, 14], size=8)
    f["total"] = total
    d.text_line("NOTES", 10, "B")
    d.para(f"{reason_code}  {f['code']} {CODES[f['code']]}; B4100 {CODES['B4100']}: these items are "
           "food or nutritional supplements and are not covered benefits under your plan. Enteral formula is covered only when given by feeding tube. (CARC 96 - "
           "non-covered charge)", 8.5)
    d.para("Your doctor ordered the formula to be taken by mouth with thickened liquids. No feeding tube is "
           "reported on the claim.", 8.5)
    d.para("Year-to-date: deductible met $1,250.00 of $2,500.00; out-of-pocket met $1,712.40 of $6,000.00.", 8.5)
    d.text_line("YOUR RIGHT TO APPEAL", 10, "B")
    d.para(f"You may appeal this decision. Send your written appeal within 180 days of the date of this statement "
           f"to Appeals, {f['pay'][0]}, {f['pay'][2]}, {f['pay'][3]}. You may also have the right to an external "
           "review after our final decision; you must request it within 4 months of that decision.", 8.5)
    return pdf_bytes(d), f["date"] + dt.timedelta(days=180)


def supplier_letter(f, ds, reason, with_pump=False):
    """Letter to the DME supplier denying a claim (quantity over the prescription, or pump + formula by mouth)."""
    D = lambda x: fmt_date(x, ds)  # noqa: E731
    d = new_doc()
    d.add_page()
    d.text_line(f["pay"][0], 14, "B")
    d.text_line(f"Provider Claims Review  |  {f['pay'][2]}, {f['pay'][3]}  |  {f['phone']}", 8.5)
    d.rule(0.6, 4)
    d.text_line(D(f["date"]), 10.5)
    d.ln(3)
    for ln in (f["sup"], "Attn: Billing Department", f"NPI {f['sup_npi']}"):
        d.text_line(ln, 10)
    d.ln(3)
    d.text_line("Claim Denial - Enteral Nutrition", 12.5, "B")
    d.ln(1)
    kv(d, [("Member:", f["name"]), ("Member ID:", f["mid_id"]), ("Date of birth:", fmt_date(f["dob"], "slash")),
           ("Claim number:", f["claim"]), ("Ordering provider:", f"{f['presc']} (NPI {f['presc_npi']})")], 48)
    d.ln(2)
    rows = [[f["code"], PRODUCTS[f["code"]], str(f["units"]), usd(f["rate"]), usd(f["billed"]), usd(f["paid"])]]
    total = f["billed"]
    if with_pump:
        pump = round(f["pump"], 2)
        kit = round(30 * 11.40, 2)
        rows += [["B9002", "Enteral infusion pump, rental", "1", usd(pump), usd(pump), "$0.00"],
                 ["B4035", "Supply kit, pump fed, per day", "30", "$11.40", usd(kit), "$0.00"]]
        total = round(total + pump + kit, 2)
    rows.append(["*Total", "", "", "", usd(total), usd(f["paid"])])
    d.text_line(f"Dates of service: {D(f['svc'])} through {D(f['svc_end'])}", 9.5)
    d.table(["HCPCS", "Description", "Units", "Unit price", "Billed", "Paid"], rows, [18, 62, 14, 22, 26, 24], size=8.5)
    f["total"] = total
    d.text_line("Reason for denial", 11, "B")
    if with_pump:
        d.para(REASONS["oral"].format(who="the member", plan=f["pay"][1]))
        d.para("A feeding pump and pump supply kits are covered only for tube feeding that cannot be given by "
               "syringe or gravity. Because no feeding tube is documented, the pump and kits are also denied.")
    else:
        d.para(REASONS["qty"].format(rx=f["rx"], units=f["units"]))
        d.para(f"We paid {f['rx']} units. Please correct future claims to match the written order.")
    d.text_line("Provider reconsideration", 11, "B")
    d.para(f"You may ask for a reconsideration of this decision within {f['appeal_days']} days of the date of this "
           "letter. Send the written order, delivery records and any tube-placement documentation with your request. "
           "Members have separate appeal and state fair hearing rights.")
    d.para(f"Sincerely,\nClaims Review Unit\n{f['pay'][0]}", 9.5)
    return pdf_bytes(d), f["date"] + dt.timedelta(days=f["appeal_days"])


def medical_food_letter(f, ds):
    """Commercial letter to an adult member: metabolic formula / medical food exclusion."""
    D = lambda x: fmt_date(x, ds)  # noqa: E731
    d = new_doc()
    d.add_page()
    d.text_line(f["pay"][0], 15, "B")
    d.text_line(f"{f['pay'][2]} · {f['pay'][3]}", 8.5)
    d.rule(0.6, 5)
    d.text_line(D(f["date"]), 10.5)
    d.ln(2)
    d.text_line(f["name"], 10)
    d.text_line("77 Larch Hollow Road", 10)
    d.text_line("Marrow Creek, WI 53704", 10)
    d.ln(3)
    d.text_line(f"Re: Coverage decision, reference {f['ref']}", 10.5, "B")
    d.text_line(f"Member ID {f['mid_id']}   Group {f['group']}", 10)
    d.ln(2)
    d.para(f"Dear {f['first']} {f['last']}:")
    d.para(f"On {D(f['recv'])} we received a request from {f['presc']} for {PRODUCTS[f['code']]} ({f['code']}), "
           f"{f['units']} units a month, supplied by {f['sup']}, starting {D(f['svc'])}. After review, we are "
           "denying coverage.")
    d.para(REASONS["food"])
    d.para(f"The request lists a diagnosis of chronic kidney disease, stage 4, with weight loss and notes that you "
           f"drink the formula (about {f['kcal']} calories a day). It does not list an inherited metabolic disorder, and no "
           "feeding tube is in place.")
    d.text_line("If you disagree", 11, "B")
    d.para(f"You or your doctor may file an appeal. We must receive your appeal within 180 days of the date of this "
           f"letter. Call {f['phone']} or write to Member Appeals at the address above. You have the right to an "
           "external review by an independent review organization after our appeal decision.")
    d.para(f"Sincerely,\n\nK. Abernathy-Lowe, RD\nClinical Pharmacy and Nutrition Review\n{f['pay'][0]}", 10)
    return pdf_bytes(d), f["date"] + dt.timedelta(days=180)


def approval(f, ds):
    """Medicaid approval of a smaller quantity than the supplier requested (the prescribed amount)."""
    D = lambda x: fmt_date(x, ds)  # noqa: E731
    d = new_doc()
    d.add_page()
    d.text_line(f["pay"][0], 14, "B")
    d.text_line(f"{f['pay'][1]}  |  {f['pay'][2]}, {f['pay'][3]}  |  {f['phone']}", 8.5)
    d.rule(0.6, 4)
    d.text_line(D(f["date"]), 10.5)
    d.ln(3)
    for ln in (f["parent"], f"Parent of {f['name']}", "2906 Tamber Street", f["pay"][3][:-2] + "02"):
        d.text_line(ln, 10)
    d.ln(3)
    d.text_line("Approval of Enteral Nutrition", 12.5, "B")
    d.ln(1)
    kv(d, [("Member:", f["name"]), ("Member ID:", f["mid_id"]), ("Authorization number:", f["ref"]),
           ("Formula:", f"{f['code']} {PRODUCTS[f['code']]}"),
           ("Requested:", f"{f['units']} units (100 calories each) per month"),
           ("Approved:", f"{f['rx']} units per month"),
           ("Approved dates:", f"{D(f['svc'])} to {D(f['svc'] + dt.timedelta(days=179))}"),
           ("Supplier:", f["sup"]), ("Prescriber:", f["presc"])], 52)
    d.ln(3)
    d.para(f"Good news: the request for tube-feeding formula for {f['first']} is APPROVED for six months.")
    d.para(f"We approved {f['rx']} units each month, which is the amount on {f['first']}'s prescription "
           f"(about {f['rx'] * 100 // 30} calories a day). The supplier asked for {f['units']} units. If "
           f"{f['first']} needs more formula, the prescriber can send a new order and we will review it.")
    d.para("You do not need to do anything. The supplier will deliver the formula each month. Please keep this "
           "letter for your records.")
    d.para(f"Sincerely,\nUtilization Management\n{f['pay'][0]}", 9.5)
    return pdf_bytes(d)


ES = dict(title="AVISO DE ACCIÓN - Denegación de fórmula nutricional")


def spanish_notice(f, ds):
    """Spanish notice to a parent: WIC must pay first."""
    D = lambda x: fmt_date(x, ds)  # noqa: E731
    d = new_doc("Página {p} de {n}")
    d.add_page()
    d.text_line(f["pay"][0], 14, "B")
    d.text_line(f"{f['pay'][1]}  |  {f['pay'][2]}, {f['pay'][3]}", 9)
    d.text_line(f"Servicios para Miembros {f['phone']}   TTY 711", 8.5)
    d.rule(0.6, 4)
    d.text_line(f"Fecha de este aviso: {D(f['date'])}", 10.5)
    d.ln(3)
    for ln in (f["parent"], f"Padre/madre o tutor de {f['name']}", "1502 Calle Ocotillo", "Castlebrook, VN 58911"):
        d.text_line(ln, 10)
    d.ln(3)
    d.text_line(ES["title"], 12.5, "B")
    d.ln(1)
    kv(d, [("Nombre del miembro:", f["name"]), ("Número de miembro:", f["mid_id"]),
           ("Fecha de nacimiento:", fmt_date(f["dob"], "slash")), ("Número de solicitud:", f["ref"]),
           ("Fecha en que recibimos la solicitud:", D(f["recv"])),
           ("Fórmula solicitada:", f"{f['code']} {PRODUCTS[f['code']]}, {f['units']} unidades al mes"),
           ("Fecha de inicio solicitada:", D(f["svc"])), ("Proveedor:", f["sup"]), ("Médico:", f["presc"])], 72)
    d.ln(3)
    d.para(f"Estimado/a {f['pfirst']} {f['last']}:")
    d.para(f"Revisamos la solicitud de fórmula para {f['first']}. La solicitud fue NEGADA.")
    d.text_line("Por qué tomamos esta decisión", 11, "B")
    d.para(f"{f['first']} es menor de 5 años y la fórmula solicitada es una fórmula estándar que el Programa "
           "Especial de Nutrición Suplementaria para Mujeres, Bebés y Niños (WIC) proporciona. Medicaid paga solo "
           "después de WIC. Primero se debe facturar a WIC, o WIC debe negar la fórmula por escrito. No recibimos "
           f"una negación de WIC. Llame a su oficina local de WIC al {f['wic']}.")
    d.text_line("Su derecho a apelar", 11, "B")
    d.para(f"Si no está de acuerdo, puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. "
           f"Llame al {f['phone']} o escriba a la dirección de arriba. Si la salud de su hijo/a está en grave "
           "peligro, pida una apelación rápida; decidiremos en 72 horas. Después de la apelación, puede pedir una "
           "audiencia imparcial estatal dentro de 120 días de la decisión de la apelación.")
    d.para(f"Atentamente,\nAdministración de Utilización\n{f['pay'][0]}", 9.5)
    return pdf_bytes(d), f["date"] + dt.timedelta(days=60)


PLAN = [
    ("bd_notice_parent_formula_by_mouth", "born_digital", "notice_oral", "medicaid", "child", "B4161", "long", "en"),
    ("bd_eob_formula_food_not_covered", "born_digital", "eob", "commercial", "adult", "B4152", "slash", "en"),
    ("scan300_supplier_letter_quantity_over_rx", "scan_clean_300", "qty", "medicaid", "child", "B4162", "abbr", "en"),
    ("lowres_approval_smaller_quantity", "scan_lowres_150", "approval", "medicaid", "child", "B4160", "iso", "en"),
    ("copy_aviso_wic_primero", "photocopy", "wic_es", "medicaid", "child", "B4160", "es", "es"),
    ("faxfine_supplier_pump_formula_by_mouth", "fax_fine_g4", "pump", "medicaid", "adult", "B4150", "dmy", "en"),
    ("phone_letter_medical_food_exclusion", "phone_photo", "medfood", "commercial", "adult", "B4154", "long", "en"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, payer, who, code, ds, lang) in enumerate(PLAN):
        r = random.Random(156500 + i)
        f = facts(r, payer, who, code, lang)
        if kind in ("notice_oral", "wic_es"):
            f["pay"] = MEDICAID[0]
            f["mid_id"] = digits(r, 11)
        f["appeal_days"] = r.choice([30, 60, 90])
        if kind in ("notice_oral", "wic_es", "medfood", "approval"):  # pre-service: the planned start follows the request
            f["svc"] = f["date"] + dt.timedelta(days=r.randint(3, 12))
        f["rx"] = f["units"] - r.choice([31, 62, 93])
        ins = f["pay"][0]
        base = dict(insurer=ins, member_id=f["mid_id"], member_name=f["name"], denial_date=f["date"].isoformat(),
                    group_number=f["group"])
        if kind == "notice_oral":
            pdf, dl = member_notice(f, ds, "oral", parent=True)
            t = truth("denial_letter", "not_covered", denial_alternates=["medical_necessity"],
                      case_numbers=[f["ref"]], service_dates=[f["svc"].isoformat()], provider=f["presc"],
                      appeal_deadline=dl.isoformat(), alternates={"provider": [f["sup"]], "service_dates": [[]],
                                                                   "insurer": [f["pay"][1]]}, **base)
        elif kind == "eob":
            f["with_supply"] = True
            pdf, dl = eob(f, ds, "N47")
            t = truth("eob", "not_covered", case_numbers=[f["claim"]], claim_amount=f"{f['total']:.2f}",
                      service_dates=[f"{f['svc'].isoformat()}/{f['svc_end'].isoformat()}"], provider=f["sup"],
                      appeal_deadline=dl.isoformat(), plan_id=None,
                      alternates={"plan_id": [f["pay"][1]], "service_dates": [[f["svc"].isoformat(), f["svc_end"].isoformat()]]}, **base)
        elif kind in ("qty", "pump"):
            f["paid"] = round(f["rx"] * f["rate"], 2) if kind == "qty" else 0.0
            f["pump"] = r.choice([148.20, 162.75, 171.10])
            pdf, dl = supplier_letter(f, ds, kind, with_pump=(kind == "pump"))
            t = truth("denial_letter", "medical_necessity" if kind == "qty" else "not_covered",
                      denial_alternates=["other", "not_covered"] if kind == "qty" else ["medical_necessity"],
                      case_numbers=[f["claim"]], claim_amount=f"{f['total']:.2f}",
                      service_dates=[f"{f['svc'].isoformat()}/{f['svc_end'].isoformat()}"], provider=f["sup"],
                      appeal_deadline=dl.isoformat(),
                      alternates={"service_dates": [[f["svc"].isoformat(), f["svc_end"].isoformat()]],
                                  "insurer": [f["pay"][1]], "provider": [f["presc"]]}, **base)
        elif kind == "approval":
            pdf = approval(f, ds)
            t = truth("other", None, case_numbers=[f["ref"]],
                      service_dates=[f"{f['svc'].isoformat()}/{(f['svc'] + dt.timedelta(days=179)).isoformat()}"],
                      provider=f["sup"], appeal_deadline=None, type_alternates=["denial_letter"],
                      alternates={"provider": [f["presc"]], "service_dates": [[f["svc"].isoformat()], []],
                                  "insurer": [f["pay"][1]]}, **base)
        elif kind == "wic_es":
            pdf, dl = spanish_notice(f, ds)
            t = truth("denial_letter", "other", lang="es", denial_alternates=["not_covered"],
                      case_numbers=[f["ref"]], service_dates=[f["svc"].isoformat()], provider=f["presc"],
                      appeal_deadline=dl.isoformat(), alternates={"provider": [f["sup"]], "service_dates": [[]],
                                                                   "insurer": [f["pay"][1]]}, **base)
        else:
            pdf, dl = medical_food_letter(f, ds)
            t = truth("denial_letter", "not_covered", case_numbers=[f["ref"]], service_dates=[f["svc"].isoformat()],
                      provider=f["presc"], appeal_deadline=dl.isoformat(),
                      alternates={"provider": [f["sup"]], "service_dates": [[]]}, **base)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, t)]))
    return items
