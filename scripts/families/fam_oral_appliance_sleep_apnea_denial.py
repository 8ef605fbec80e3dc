"""Family 'oral_appliance_sleep_apnea_denial': medical-plan, DME MAC and dental-plan notices about a custom
mandibular advancement oral appliance (HCPCS E0486) for obstructive sleep apnea, written at first sight (round AS,
famasc). Everything is invented: issuers, people, dentists, sleep physicians, IDs and amounts.

Issuers: Halvorsen Bay Health Plan (Medicare Advantage / commercial medical plan; letters and a medical EOB),
Westmarch DME Medicare Services (a fictional DME Medicare contractor; notice to the beneficiary), Quillmere Dental
Benefits (the dental plan that got the claim instead of the medical plan), Salud Arboleda Plan de Salud (Spanish
letter). Reasons: sleep study AHI below the level the policy needs, dentist not enrolled as a DMEPOS supplier,
billed to the dental plan instead of the medical plan, CPAP not tried / not documented intolerant, no sleep study
in the records (Spanish), an office visit paid and the appliance denied on one EOB; one paid claim. Stack: the
dentist's cover letter to the patient (a provider letter, `other`) then the plan's denial, faxed.
Decoys: the sleep physician who read the study (and his NPI), the dentist's NPI, the date of the sleep study,
the date of birth, the date the claim was received, the impression date, D-codes, phone numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "oral_appliance_sleep_apnea_denial"
LANG = "en"

HB, WM, QD, SA = ("Halvorsen Bay Health Plan", "Westmarch DME Medicare Services", "Quillmere Dental Benefits",
                  "Salud Arboleda Plan de Salud")
ADDR = {HB: ("PO Box 48210", "Tillamook Flats, OR 97141"), WM: ("PO Box 6633", "Fargo Junction, ND 58108"),
        QD: ("1180 Enamel Court, Suite 300", "Lexton, KY 40512"), SA: ("Apartado 9127", "Ponce, PR 00732")}
FIRST = ["Tamar", "Oluwaseun", "Giorgi", "Aigerim", "Bronwen", "Rizal", "Kalani", "Dagny", "Emeka", "Sione",
         "Nilufar", "Caradog"]
LAST = ["Beridze", "Adeyemi-Cole", "Nurlanov", "Llewellyn", "Mabini", "Kahananui", "Sorensen-Vik", "Okafor",
        "Tupou", "Rashidova"]
FIRST_ES = ["Nayeli", "Ezequiel", "Yolotl", "Rosaura"]
LAST_ES = ["Quiñones", "Arroyo-Batista", "Maldonado", "Echevarría"]
DENTISTS = [("Marisa T. Keoghan, DDS", "Keoghan Dental Sleep Medicine"),
            ("Farid N. Osmanov, DMD", "Lakeshore Snoring & Sleep Dentistry"),
            ("Hine W. Tamatea, DDS", "Tamatea Family Dentistry"),
            ("Soren A. Lindqvist, DMD", "Brightwater Oral Appliance Center")]
SLEEP_DOCS = ["Dr. Ieuan P. Gwynedd", "Dr. Chiamaka R. Obi", "Dr. Teodor V. Marinescu", "Dr. Leilani K. Akana"]


class R(random.Random):
    def digits(self, n):
        return "".join(self.choice("0123456789") for _ in range(n))

    def pat(self, p):
        return "".join(self.choice("ACDEFGHJKLMNPRTUVWXY") if c == "A" else self.choice("0123456789") if c == "9"
                       else c for c in p)

    def person(self, lang="en"):
        f = self.choice(FIRST_ES if lang == "es" else FIRST)
        la = self.choice(LAST_ES if lang == "es" else LAST)
        mi = self.choice("BCDEFGHJKLMNPRSTW")
        return f"{f} {mi}. {la}", f, mi, la

    def phone(self):
        return f"({self.randint(201, 989)}) 555-{self.digits(4)}"

    def npi(self):
        return self.choice("12") + self.digits(9)


def facts(i: int, kind: str, ins: str, ds: str, lang: str = "en") -> dict:
    r = R(163500 + i)
    dec = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 200))
    dos = dec - dt.timedelta(days=r.randint(20, 55))
    study = dos - dt.timedelta(days=r.randint(50, 140))
    dentist, practice = r.choice(DENTISTS)
    fee = float(r.choice([1850, 2100, 2275, 2450, 2680, 2950])) + r.choice([0, 0.5, 0.75])
    mem = r.person(lang)
    city = r.choice([("Astoria Bend", "OR", "97103"), ("Sutter Mills", "CA", "95982"), ("Harlan Cove", "MI", "49601"),
                     ("Mayagüez", "PR", "00680")] if lang == "en" else [("Mayagüez", "PR", "00680")])
    return dict(i=i, kind=kind, ins=ins, ds=ds, lang=lang, dec=dec, dos=dos, study=study, received=dos +
                dt.timedelta(days=r.randint(3, 12)), impress=dos - dt.timedelta(days=r.randint(14, 30)),
                dentist=dentist, practice=practice, dnpi=r.npi(), sleep=r.choice(SLEEP_DOCS), snpi=r.npi(),
                fee=fee, ov=float(r.choice([145, 168, 192])), mem=mem,
                addr=(f"{r.randint(14, 9800)} {r.choice(['Kelp Harbor Rd', 'Calle Almendro', 'Wren Hollow Ln', 'Basalt Ave'])}",
                      f"{city[0]}, {city[1]} {city[2]}"),
                dob=dt.date(r.randint(1950, 1985), r.randint(1, 12), r.randint(1, 28)),
                mid=r.pat({HB: "HBH9999999-01", WM: "9AA9-AA9-AA99", QD: "QD 999 999 999", SA: "SAP99999999"}[ins]),
                grp=r.pat("GRP-99999") if ins in (HB, QD) and kind != "ma" else None,
                claim=r.pat({HB: "26A9999999999", WM: "2126999999990", QD: "QDC-9999999", SA: "SA-26-999999"}[ins]),
                ref=r.pat("UM-999999"), ph=f"1-8{r.randint(0, 8)}{r.randint(0, 9)}-555-{r.digits(4)}",
                dph=r.phone(), ahi=r.choice([7.8, 9.4, 11.2]))


def letterhead(d: Doc, f: dict) -> None:
    ins, a = f["ins"], ADDR[f["ins"]]
    if ins == HB:
        d.text_line("HALVORSEN BAY", 20, "B")
        d.text_line("HEALTH PLAN", 9, "B")
        d.rule(0.7, 1.5)
        d.text_line(f"{HB}  |  {a[0]}  |  {a[1]}  |  Member Services {f['ph']} (TTY 711)", 8)
    elif ins == WM:
        d.text_line(WM, 13, "B")
        d.text_line("A fictional DME Medicare contractor - Jurisdiction Q", 8.5)
        d.text_line(f"{a[0]}, {a[1]}   Beneficiary line {f['ph']}", 8.5)
        d.rule(0.3, 1)
    elif ins == QD:
        d.text_line(QD, 15, "B")
        d.text_line(f"{a[0]} · {a[1]} · {f['ph']}", 8.5)
        d.rule(1.2, 1)
    else:
        d.text_line(SA, 15, "B")
        d.text_line(f"{a[0]} · {a[1]} · Servicios al Miembro {f['ph']} (TTY 711)", 8.5)
        d.rule(0.5, 1)
    d.ln(5)


def kv(d: Doc, rows, w=52, size=10):
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, 5.3, k)
        d.font(size)
        d.cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def addressee(d: Doc, f: dict):
    for ln in (f["mem"][0], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(4)


REASON = {
    "ahi": ("Your plan covers an oral appliance for obstructive sleep apnea when a sleep study shows an "
            "apnea-hypopnea index (AHI) of 15 or more events per hour, or an AHI of 5 to 14 with documented "
            "symptoms such as excessive daytime sleepiness or high blood pressure. The sleep study done on {study} "
            "and read by {sleep} shows an AHI of {ahi}. The records do not document any of the listed symptoms. "
            "The appliance is not medically necessary under the plan's sleep apnea policy."),
    "cpap": ("An oral appliance is covered when the member has tried CPAP (positive airway pressure) and could "
             "not tolerate it, or when a doctor documents why CPAP cannot be used. The records we received do not "
             "show a CPAP trial or a reason CPAP cannot be used. For this reason the oral appliance is not "
             "medically necessary at this time."),
}


def plan_letter(d: Doc, f: dict) -> None:
    """Halvorsen Bay letter (ahi / cpap)."""
    d.add_page()
    letterhead(d, f)
    ds = f["ds"]
    d.text_line(fmt_date(f["dec"], ds), 10.5)
    d.ln(3)
    addressee(d, f)
    d.text_line("Notice of Adverse Benefit Determination", 13, "B")
    d.ln(2)
    rows = [("Member:", f["mem"][0]), ("Member ID:", f["mid"])]
    if f["grp"]:
        rows.append(("Group number:", f["grp"]))
    rows += [("Claim number:", f["claim"]), ("Date of service:", fmt_date(f["dos"], ds)),
             ("Item:", "E0486 Oral device, mandibular advancement, custom fabricated"),
             ("Amount billed:", fmt_money(f["fee"])), ("Billed by:", f"{f['dentist']}, {f['practice']}"),
             ("Dentist NPI:", f["dnpi"]), ("Claim received:", fmt_date(f["received"], ds))]
    kv(d, rows, 44)
    d.text_line("What we decided", 11, "B")
    d.para(f"We reviewed the claim from {f['dentist']} for a custom oral appliance. We will not pay for it.")
    d.text_line("Why we decided this", 11, "B")
    d.para(REASON[f["kind"]].format(study=fmt_date(f["study"], ds), sleep=f["sleep"], ahi=f["ahi"]))
    if f["kind"] == "cpap":
        d.para(f"The sleep study ordered by {f['sleep']} (NPI {f['snpi']}) was reviewed. A board-certified sleep "
               "medicine physician made this decision.")
    d.text_line("Your right to appeal", 11, "B")
    d.para(f"You or your dentist may appeal this decision. Your appeal must be received within 180 days of the date "
           f"of this letter. Send it to {HB}, Appeals Unit, {ADDR[HB][0]}, {ADDR[HB][1]}, or call {f['ph']}. "
           "If your health could be seriously harmed by waiting, you may ask for an expedited review (72 hours). "
           "You may also have the right to an external review by an independent review organization after the "
           "internal appeal.")
    d.para("Sincerely,\nUtilization Management Department", 10)


def dental_cover(d: Doc, f: dict) -> None:
    """The dentist's cover letter to the patient sent with the plan's denial (stack first doc)."""
    d.add_page()
    d.text_line(f["practice"], 15, "B")
    d.text_line(f"{f['dentist']}  ·  412 Juniper Mesa Drive, Harlan Cove, MI 49601  ·  Tel {f['dph']}", 8.5)
    d.rule(0.4, 2)
    d.ln(3)
    d.text_line(fmt_date(f["dec"] + dt.timedelta(days=4), f["ds"]), 10.5)
    d.ln(3)
    addressee(d, f)
    d.text_line(f"Re: your oral appliance (E0486) delivered {fmt_date(f['dos'], f['ds'])}", 10.5, "B")
    d.ln(2)
    d.para(f"Dear {f['mem'][1]},")
    d.para(f"Enclosed is the letter we received from {HB} about the custom sleep apnea appliance we made for you. "
           f"The plan did not approve our claim for {fmt_money(f['fee'])} because it says there is no record that "
           "you tried CPAP first.")
    d.para(f"We have asked {f['sleep']}, who read your sleep study, to send his or her notes about your CPAP trial. "
           "We will help you file an appeal; please read the plan's letter for the time limit. You will not receive "
           "a bill from our office while the appeal is open.")
    d.para(f"Our patient account number for you is PA-{f['dnpi'][-5:]}. Please call {f['dph']} with any questions.")
    d.para(f"Warm regards,\n\n{f['dentist']}", 10.5)


def dmac_notice(d: Doc, f: dict) -> None:
    """Westmarch: dentist not enrolled as a DMEPOS supplier."""
    d.add_page()
    letterhead(d, f)
    ds = f["ds"]
    d.text_line("MEDICARE NOTICE OF PAYMENT DENIAL - DURABLE MEDICAL EQUIPMENT", 12, "B")
    d.ln(2)
    d.boxes([("Notice date", fmt_date(f["dec"], ds), 45), ("Medicare Number", f["mid"], 55),
             ("Internal control number", f["claim"], 76)])
    d.ln(1)
    d.boxes([("Beneficiary", f["mem"][0], 70), ("Date of birth", fmt_date(f["dob"], ds), 40),
             ("Date received", fmt_date(f["received"], ds), 66)])
    d.ln(5)
    addressee(d, f)
    d.table(["Date of service", "HCPCS", "Description", "Billed", "Approved", "Paid"],
            [[fmt_date(f["dos"], ds), "E0486", "Oral device, mandib. advancement, custom", fmt_money(f["fee"]),
              "$0.00", "$0.00"], ["*Total", "", "", fmt_money(f["fee"]), "$0.00", "$0.00"]],
            [28, 18, 70, 22, 20, 18], size=8.8, aligns="LLLRRR")
    d.text_line(f"Supplier: {f['dentist']}  (NPI {f['dnpi']})", 10)
    d.text_line(f"Ordering physician: {f['sleep']}  (NPI {f['snpi']})", 10)
    d.ln(3)
    d.text_line("Reason for denial", 11, "B")
    d.para(f"Medicare can pay for an oral appliance for sleep apnea only when the supplier that bills it is enrolled "
           f"with Medicare as a DMEPOS supplier and meets the supplier standards. {f['dentist']} was not enrolled as "
           f"a Medicare DMEPOS supplier on the date of service. (CO-B7: this provider was not certified/eligible to be "
           "paid for this procedure/service on this date of service.)")
    d.para("Because the supplier did not accept assignment through an enrolled supplier number, you may be asked to "
           "pay. You may want to ask the dentist whether he or she gave you a written notice before the service.")
    d.text_line("If you disagree", 11, "B")
    d.para(f"You can ask for a redetermination. Your request must be filed within 120 days of the date you receive "
           f"this notice. We assume you received it 5 days after the notice date. File by "
           f"{fmt_date(f['dec'] + dt.timedelta(days=125), ds)}. Call {f['ph']} for help.")


def dental_eob(d: Doc, f: dict) -> None:
    """Quillmere Dental: billed to the dental plan instead of the medical plan."""
    d.add_page()
    letterhead(d, f)
    ds = f["ds"]
    d.text_line("DENTAL EXPLANATION OF BENEFITS", 13, "B")
    d.text_line("This is not a bill.", 9)
    d.ln(2)
    d.boxes([("Statement date", fmt_date(f["dec"], ds), 40), ("Subscriber / patient", f["mem"][0], 56),
             ("Member ID", f["mid"], 44), ("Group", f["grp"], 36)])
    d.ln(1)
    d.boxes([("Claim #", f["claim"], 40), ("Treating dentist", f["dentist"], 70), ("Dentist NPI", f["dnpi"], 36),
             ("Received", fmt_date(f["received"], ds), 30)])
    d.ln(5)
    addressee(d, f)
    d.table(["Date", "Code", "Procedure", "Submitted", "Allowed", "Plan pays", "Remark"],
            [[fmt_date(f["dos"], ds), "D9947", "Custom sleep apnea appliance fabrication", fmt_money(f["fee"]),
              "0.00", "0.00", "Q41"],
             ["*Totals", "", "", fmt_money(f["fee"]), "0.00", "0.00", ""]],
            [24, 14, 68, 24, 18, 20, 14], size=8.5, aligns="LLLRRRL")
    d.text_line("Remark codes", 10.5, "B")
    d.para("Q41 - Appliances for the treatment of obstructive sleep apnea or snoring are not a benefit of your "
           "dental plan. This service is a medical service. Please submit the claim to your medical plan with "
           "HCPCS code E0486 and a copy of the sleep study.", 9.5)
    d.para(f"Impression date on the claim: {fmt_date(f['impress'], ds)}. Annual maximum used to date: $0.00. "
           "Deductible met: $50.00 of $50.00.", 9)
    d.text_line("Appeal rights", 10.5, "B")
    d.para(f"If you disagree with this determination you may request a review. Write to {QD} within 180 days of "
           f"receipt of this statement. Include this EOB and any supporting documents.", 9.5)
    d.para(f"Questions? {f['ph']}", 9)


def spanish_letter(d: Doc, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    d.text_line(fmt_date(f["dec"], "es"), 10.5)
    d.ln(3)
    addressee(d, f)
    d.text_line("Aviso de denegación de pago", 13, "B")
    d.ln(2)
    kv(d, [("Número de miembro:", f["mid"]), ("Número de reclamación:", f["claim"]),
           ("Fecha de servicio:", fmt_date(f["dos"], "es")), ("Cantidad facturada:", fmt_money(f["fee"])),
           ("Proveedor:", f["dentist"]), ("Artículo:", "E0486 Aparato oral de avance mandibular, hecho a la medida")],
       54)
    d.para(f"Estimado(a) {f['mem'][1]} {f['mem'][3]}:")
    d.para(f"Revisamos la reclamación de {f['dentist']} por un aparato oral para la apnea obstructiva del sueño. "
           "No podemos pagar este artículo. Para cubrir el aparato, el plan necesita un estudio del sueño que "
           "muestre un índice de apnea-hipopnea (IAH) de 15 o más, o de 5 a 14 con síntomas. Los expedientes que "
           f"recibimos no incluyen ningún estudio del sueño. El médico {f['sleep']} refirió al paciente, pero no "
           "envió el resultado. Por eso el aparato no es médicamente necesario según la política del plan.")
    d.text_line("Su derecho a apelar", 11, "B")
    d.para(f"Si no está de acuerdo, puede apelar dentro de 60 días a partir de la fecha de este aviso. Envíe su "
           f"apelación a {SA}, {ADDR[SA][0]}, {ADDR[SA][1]}, o llame al {f['ph']}. También puede pedir una "
           "revisión rápida (72 horas) si su salud corre peligro.")
    d.para(f"Fecha de nacimiento en el expediente: {fmt_date(f['dob'], 'es')}.", 9)


def medical_eob(d: Doc, f: dict, paid: bool) -> None:
    d.add_page()
    letterhead(d, f)
    ds = f["ds"]
    d.text_line("Explanation of Benefits", 14, "B")
    d.text_line("THIS IS NOT A BILL", 9, "B")
    d.ln(2)
    rows = [("Statement date", fmt_date(f["dec"], ds)), ("Patient", f["mem"][0]), ("Member ID", f["mid"])]
    if f["grp"]:
        rows.append(("Group", f["grp"]))
    rows.append(("Claim number", f["claim"]))
    kv(d, rows, 40, 9.5)
    addressee(d, f)
    fee = f["fee"]
    lines = []
    if not paid:
        lines.append([fmt_date(f["dos"] - dt.timedelta(days=21), ds), "99203", "Office visit, new patient",
                      fmt_money(f["ov"]), fmt_money(f["ov"] * 0.62), fmt_money(f["ov"] * 0.62 - 30), ""])
        lines.append([fmt_date(f["dos"], ds), "E0486", "Oral appliance, custom", fmt_money(fee), "0.00", "0.00",
                      "N47"])
        total = f["ov"] + fee
    else:
        allowed = round(fee * 0.71, 2)
        lines.append([fmt_date(f["dos"], ds), "E0486", "Oral appliance, custom", fmt_money(fee), fmt_money(allowed),
                      fmt_money(round(allowed * 0.8, 2)), "P01"])
        total = fee
    f["total"] = total
    d.text_line(f"Provider: {f['dentist']} - {f['practice']}", 10, "B")
    d.table(["Service date", "Code", "Service", "Billed", "Allowed", "Plan paid", "Note"],
            lines + [["*Claim total", "", "", fmt_money(total), "", "", ""]],
            [28, 16, 52, 24, 22, 22, 12], size=8.6, aligns="LLLRRRL")
    if paid:
        d.para("P01 - Paid at the plan's allowed amount for the oral appliance. The sleep study of "
               f"{fmt_date(f['study'], ds)} (read by {f['sleep']}) shows moderate obstructive sleep apnea and the "
               "records show CPAP intolerance. Your share is 20% coinsurance.", 9.5)
        d.para("You do not need to do anything. Keep this statement for your records.", 9.5)
    else:
        d.para("N47 - Denied. The oral appliance is covered only with a sleep study showing an AHI of 15 or more, "
               "or 5 to 14 with symptoms. No sleep study result was sent with the claim, so we cannot determine "
               "that the appliance is medically necessary. The office visit was processed under your plan "
               "benefits.", 9.5)
        d.para(f"Appeal: you may file an appeal within 180 days of the date of this statement. Call {f['ph']} "
               f"or write to {ADDR[HB][0]}, {ADDR[HB][1]}.", 9.5)


def build(f: dict, fn) -> bytes:
    d = Doc("Helvetica" if f["lang"] == "en" else "DejaVu")
    if f["lang"] == "es":
        d.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    fn(d, f)
    return pdf_bytes(d)


def t_for(f: dict) -> dict:
    k = f["kind"]
    dec = f["dec"]
    prov_alts = [f["practice"]]
    common = dict(insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["mem"][0],
                  case_numbers=[f["claim"]], claim_amount=m2(f["fee"]), service_dates=[iso(f["dos"])],
                  denial_date=iso(dec), provider=f["dentist"])
    if k == "paid":
        common["claim_amount"] = m2(f["total"])
        return truth("other", None, type_alternates=["eob"], alternates={"provider": prov_alts}, **common)
    if k in ("ahi", "cpap"):
        return truth("denial_letter", "medical_necessity", appeal_deadline=iso(dec + dt.timedelta(days=180)),
                     alternates={"provider": prov_alts}, **common)
    if k == "dmac":
        return truth("denial_letter", "other", appeal_deadline=iso(dec + dt.timedelta(days=125)),
                     denial_alternates=["out_of_network", "not_covered"], type_alternates=["eob"],
                     alternates={"provider": prov_alts}, **common)
    if k == "dental":
        # "within 180 days of receipt of this statement": receipt date is not printed; statement date + 180 accepted
        return truth("eob", "not_covered", appeal_deadline=None, denial_alternates=["other"],
                     alternates={"provider": prov_alts,
                                 "appeal_deadline": [iso(dec + dt.timedelta(days=180))]}, **common)
    if k == "es":
        return truth("denial_letter", "medical_necessity", "es", appeal_deadline=iso(dec + dt.timedelta(days=60)),
                     alternates={"provider": prov_alts}, **common)
    if k == "eob":
        common["claim_amount"] = m2(f["total"])
        return truth("eob", "medical_necessity", appeal_deadline=iso(dec + dt.timedelta(days=180)),
                     alternates={"provider": prov_alts, "claim_amount": [m2(f["fee"])]}, **common)
    raise ValueError(k)


def cover_truth(f: dict) -> dict:
    d2 = f["dec"] + dt.timedelta(days=4)
    return truth("other", None, insurer=None, member_id=None, group_number=None, member_name=f["mem"][0],
                 case_numbers=[], claim_amount=m2(f["fee"]), service_dates=[iso(f["dos"])], denial_date=iso(d2),
                 provider=f["dentist"], alternates={"provider": [f["practice"]], "insurer": [HB]},
                 unscored=["insurer"], type_alternates=["denial_letter"])


def documents(rng) -> list[Item]:
    items = []
    f = facts(0, "ahi", HB, "long")
    items.append(Item(f"{FAMILY}_bd_ahi_below_policy_letter", "born_digital", [(build(f, plan_letter), t_for(f))]))
    f = facts(1, "paid", HB, "slash")
    pdf = build(f, lambda d, ff: medical_eob(d, ff, True))
    items.append(Item(f"{FAMILY}_bd_paid_appliance_eob", "born_digital", [(pdf, t_for(f))]))
    f = facts(2, "dmac", WM, "slash")
    items.append(Item(f"{FAMILY}_scan300_dentist_not_dmepos_supplier", "scan_clean_300",
                      [(build(f, dmac_notice), t_for(f))]))
    f = facts(3, "dental", QD, "iso")
    items.append(Item(f"{FAMILY}_lowres_billed_to_dental_plan", "scan_lowres_150",
                      [(build(f, dental_eob), t_for(f))]))
    f = facts(4, "cpap", HB, "dmy")
    cover = build(f, dental_cover)
    den = build(f, plan_letter)
    items.append(Item(f"{FAMILY}_fax_stack_dentist_cover_and_cpap_denial", "fax_standard_g4",
                      [(cover, cover_truth(f)), (den, t_for(f))]))
    f = facts(5, "es", SA, "es", "es")
    items.append(Item(f"{FAMILY}_phone_spanish_no_sleep_study", "phone_photo",
                      [(build(f, spanish_letter), t_for(f))]))
    f = facts(6, "eob", HB, "abbr")
    pdf = build(f, lambda d, ff: medical_eob(d, ff, False))
    items.append(Item(f"{FAMILY}_rotated_eob_visit_paid_appliance_denied", "rotated", [(pdf, t_for(f))]))
    return items
