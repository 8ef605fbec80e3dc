"""Family 'refractive_surgery_lasik_exclusion_letter': health-plan, vision-plan and FSA letters (and one EOB) on
LASIK / PRK laser vision correction (HCPCS S0800 LASIK, S0810 PRK, CPT 66999 unlisted).

LASIK excluded as refractive surgery (the plan's exclusion list), a vision plan that denies a member's reimbursement
claim and offers its LASIK discount program instead, PRK approved as medically necessary after a corneal injury
(an approval, nothing denied), an FSA claim denied because the card receipt is not itemized, an EOB denying both
eyes and the topography, an appeal decision upholding a PRK denial (refractive error only), and a Spanish letter.

Decoys: the co-managing optometrist (pre- and post-operative care), the surgeon's NPI, date of birth, the date the
claim was received, the discount amounts, the FSA plan-year dates and the employer.
Issuers (invented): Vantreece Health Insurance Company (and its Spanish letters as "Vantreece Seguros de Salud"),
Lumora Vision Benefits, Tallyhall Benefit Accounts (FSA administrator), Harrowvale Health Plan.
Surgery centers: Amberlune Laser Eye Center, Clearhaven Refractive Surgery Center, Brisbury Eye Surgery Institute.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "refractive_surgery_lasik_exclusion_letter"
LANG = "en"
VAN = "Vantreece Health Insurance Company"
VAN_ES = "Vantreece Seguros de Salud"
LUM = "Lumora Vision Benefits"
TALLY = "Tallyhall Benefit Accounts"
HARROW = "Harrowvale Health Plan"
CENTERS = ["Amberlune Laser Eye Center", "Clearhaven Refractive Surgery Center", "Brisbury Eye Surgery Institute"]
SURGEONS = ["Dr. Folasade M. Whitcombe, MD", "Dr. Anders J. Quispe, MD", "Dr. Meiling R. Castellvi, MD"]
OPTOMS = ["Dr. Linnea P. Szymanski, OD", "Dr. Kofi B. Ravensworth, OD", "Dr. Yesenia L. Marchbanks, OD"]
FIRST = ["Niamh", "Oluwaseun", "Katarina", "Rajesh", "Bettina", "Hamid", "Cordelia", "Takeshi", "Wilhelmina",
         "Dario", "Amira", "Lachlan"]
LAST = ["Everhart", "Okoro", "Lindgren", "Balasubramanian", "Ferrante", "Hosseini", "Blackwood", "Morikawa",
        "Vanderberg", "Castellano", "Nwachukwu", "Halloran"]
FIRST_ES = ["Rocío", "Esteban", "Maricela", "Fausto", "Anabel"]
LAST_ES = ["Villaseñor", "Orozco", "Galindo", "Barrientos", "Cordero"]


def dd(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def facts(i: int, ds: str, lang: str = "en") -> dict:
    r = Rand(204600 + i)
    surg = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 210))
    letter = dd(surg, r.randint(20, 45))
    per_eye = float(r.choice([1850, 2100, 2295, 2450, 1995]))
    name = (f"{r.choice(FIRST_ES if lang == 'es' else FIRST)} {r.choice('ABCDEFGHJKLMNPRSTW')}. "
            f"{r.choice(LAST_ES if lang == 'es' else LAST)}")
    return dict(r=r, ds=ds, surg=surg, letter=letter, per_eye=per_eye, topo=float(r.choice([95, 120, 145])),
                name=name, mid=f"{r.letters(1)}{r.digits(8)}", grp=f"{r.digits(6)}", claim=f"{r.digits(4)}-{r.digits(7)}",
                center=CENTERS[i % 3], surgeon=SURGEONS[i % 3], optom=OPTOMS[(i + 1) % 3], npi=r.npi(),
                dob=dt.date(r.randint(1972, 2001), r.randint(1, 12), r.randint(1, 28)),
                recv=dd(surg, r.randint(4, 14)), phone=r.phone())


def fd(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"]) if f["ds"] != "dmon" else d.strftime("%-d %b %Y")


def labels(d: Doc, rows: list[tuple[str, str]], w: float = 48, size: float = 9.5) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, size * 0.55, k)
        d.font(size)
        d.cell(0, size * 0.55, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def address(d: Doc, f: dict) -> None:
    r = f["r"]
    for ln in (f["name"], f"{r.randint(20, 9900)} {r.choice(['Greyfriars Road', 'Millrace Court', 'Osprey Bluff Drive'])}",
               r.choice(["Wendover Springs, NC 27419", "Calloway Point, OR 97388", "East Tamsin, IA 50244"])):
        d.text_line(ln, 10)
    d.ln(4)


def van_head(d: Doc, f: dict, es: bool = False) -> None:
    d.add_page()
    d.set_font("Helvetica", "B", 16)
    d.cell(0, 7, VAN_ES if es else VAN, new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 8.5)
    d.cell(0, 4.5, ("Servicios al Afiliado " if es else "Member Services ") + f["phone"] +
           "  |  PO Box 20418, Fallbrook Heights, NC 27690", new_x="LMARGIN", new_y="NEXT")
    d.set_draw_color(90, 90, 90)
    d.rule(1.2, 5)


# ---------------------------------------------------------------- documents

def van_letter(f: dict) -> bytes:
    """Post-service claim for bilateral LASIK denied under the refractive surgery exclusion."""
    d = Doc("Helvetica", footer="VHI-EXCL-RS (2026)   Page {p} of {n}")
    van_head(d, f)
    d.text_line(fd(f, f["letter"]), 10)
    d.ln(2)
    address(d, f)
    d.text_line("Your claim for laser vision correction was denied", 12, "B")
    d.ln(1)
    labels(d, [("Member", f["name"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Claim number", f["claim"]),
               ("Service date", fd(f, f["surg"])), ("Facility", f["center"]),
               ("Surgeon", f"{f['surgeon']} (NPI {f['npi']})"), ("Total charges", fmt_money(2 * f["per_eye"]))], 40)
    d.para(f"We received a claim from {f['center']} for LASIK (S0800) on both eyes. Your plan does not cover "
           f"surgery to correct nearsightedness, farsightedness or astigmatism, including LASIK, PRK and other "
           f"refractive keratoplasty. See the Exclusions section of your Certificate of Coverage, item 31 (Refractive "
           f"eye surgery). The claim is denied. You may be responsible for the charges.", 10)
    d.para(f"Pre- and post-operative visits with your co-managing optometrist, {f['optom']}, are part of the same "
           f"excluded surgery and will also be denied if billed to the plan.", 10)
    d.para("If you think this decision is wrong, you can appeal. Your appeal must be filed within 180 days of the "
           "date of this letter. Include your member ID, the claim number and any records that support your appeal. "
           "You may also ask, free of charge, for copies of the documents we used.", 10)
    d.para("Vantreece Health Insurance Company\nClaims Review Department", 10)
    return pdf_bytes(d)


def lumora_letter(f: dict) -> bytes:
    """Vision plan: member's out-of-network reimbursement claim for LASIK denied, discount program offered."""
    d = Doc("Times", footer="Lumora Vision Benefits - LVB-1187")
    d.add_page()
    d.set_font("Times", "BI", 22)
    d.cell(0, 10, "Lumora", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "", 9)
    d.cell(0, 4.5, "VISION BENEFITS  -  88 Lanternwood Plaza, Corrigan, MO 65099  -  " + f["phone"], align="R",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.text_line(fd(f, f["letter"]), 11)
    d.ln(2)
    address(d, f)
    f["disc"] = float(f["r"].choice([500, 600, 800]))
    d.boxes([("Member", f["name"], 60), ("Vision member ID", f["mid"], 44), ("Claim no.", f["claim"], 38),
             ("Date of service", fd(f, f["surg"]), 38)])
    d.boxes([("Provider", f["center"], 100), ("Amount submitted", fmt_money(2 * f["per_eye"], "space"), 40),
             ("Received", fd(f, f["recv"]), 40)])
    d.ln(5)
    d.para(f"Dear {f['name'].split()[0]},", 11)
    d.para("Thank you for sending us your receipt for LASIK surgery. Laser vision correction is not a covered "
           "benefit under your Lumora vision plan, which pays for eye exams, frames, lenses and contact lenses only. "
           "We are unable to reimburse this claim, and it has been denied.", 11)
    d.para(f"Your plan does include the Lumora LASIK Savings Program: members who use a surgeon in the program pay a "
           f"discounted price, up to 15% off the usual price or {fmt_money(f['disc'])} off per eye. The discount is "
           f"not insurance and must be arranged before surgery. Your optometrist, {f['optom']}, can refer you to a "
           f"participating surgeon for a future procedure.", 11)
    dl = dd(f["letter"], 180)
    d.para(f"You may appeal this decision in writing. Your appeal must be received no later than {fd(f, dl)}. "
           f"Send it to Lumora Vision Benefits, Appeals, 88 Lanternwood Plaza, Corrigan, MO 65099.", 11)
    d.para("Sincerely,\nLumora Member Care", 11)
    return pdf_bytes(d)


def prk_approval(f: dict) -> bytes:
    """PRK approved as medically necessary after a corneal injury."""
    d = Doc("Helvetica", footer="VHI-PA-APPROVE")
    van_head(d, f)
    d.text_line(fd(f, f["letter"]), 10)
    d.ln(2)
    address(d, f)
    f["auth"] = f"PA{f['r'].digits(9)}"
    d.text_line("Prior authorization approved", 12, "B")
    d.ln(1)
    labels(d, [("Member", f["name"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Authorization number", f["auth"]),
               ("Service", "S0810 Photorefractive keratectomy (PRK), right eye"),
               ("Diagnosis", "H17.11 Central corneal opacity, right eye; S05.01XS corneal injury"),
               ("Approved date of service", fd(f, f["surg"])), ("Facility", f["center"]),
               ("Requesting surgeon", f["surgeon"]), ("Date of birth", fd(f, f["dob"]))], 50)
    d.para(f"We approved the request from {f['center']}. Refractive surgery is usually excluded, but your records "
           f"show scarring and irregular astigmatism of the right cornea after a corneal injury that glasses and "
           f"contact lenses cannot correct. PRK to treat this condition is medically necessary under Medical Policy "
           f"VIS-042 (Refractive surgery after corneal trauma or disease). This approval covers the right eye only. "
           f"Your co-managing optometrist, {f['optom']}, may bill the post-operative visits under this approval.", 10)
    d.para("This approval is valid for 90 days from the approved date of service. Benefits are subject to your "
           "deductible, coinsurance and eligibility on the date of service.", 10)
    return pdf_bytes(d)


def fsa_letter(f: dict) -> bytes:
    """FSA administrator: claim denied, the receipt is not itemized."""
    d = Doc("Courier", footer="TBA FSA-CLM-DN   Page {p} of {n}")
    d.add_page()
    d.set_font("Helvetica", "B", 15)
    d.cell(0, 7, TALLY.upper(), new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 8.5)
    d.cell(0, 4.5, "Flexible Spending Accounts  |  PO Box 6120, Brannock, TN 37099  |  " + f["phone"],
           new_x="LMARGIN", new_y="NEXT")
    d.rule(0.5, 4)
    d.text_line("FSA CLAIM DENIAL NOTICE", 12, "B")
    d.text_line("Notice date: " + fd(f, f["letter"]), 10)
    d.ln(2)
    address(d, f)
    f["acct"] = f"FSA-{f['r'].digits(7)}"
    f["amt"] = 2 * f["per_eye"]
    d.table(["Participant", "Account ID", "Employer", "Plan year"],
            [[f["name"], f["acct"], "Hollenbeck Tooling Co.", "01/01/2026 - 12/31/2026"]], [50, 36, 50, 44], size=9)
    d.table(["Claim #", "Service date", "Provider (as submitted)", "Requested", "Status"],
            [[f["claim"], fd(f, f["surg"]), f["center"], fmt_money(f["amt"]), "DENIED"]], [28, 28, 72, 28, 24],
            size=8.5, aligns="LLLRL")
    d.para("Reason: the document you sent is a credit card slip that shows only the amount and the merchant. IRS "
           "rules require us to confirm that each expense is for medical care. An itemized receipt must show the "
           "patient's name, the date of service, a description of the service and the amount charged. LASIK is an "
           "eligible FSA expense once it is documented.", 10)
    d.para("To have the claim paid, send an itemized receipt from the surgery center or an explanation of benefits "
           "from your health plan. You may also appeal this denial in writing within 180 days of the date of this "
           f"notice. Your post-operative visits with {f['optom']} can be claimed separately.", 10)
    return pdf_bytes(d)


def van_eob(f: dict) -> bytes:
    """EOB: both eyes and corneal topography denied, exclusion remark."""
    d = Doc("Helvetica", orientation="L", footer="Vantreece Health Insurance Company - Explanation of Benefits - "
                                                  "THIS IS NOT A BILL")
    van_head(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 13, "B")
    d.text_line(f"Date issued: {fd(f, f['letter'])}", 10)
    d.ln(2)
    d.boxes([("Member", f["name"], 70), ("ID", f["mid"], 44), ("Group", f["grp"], 34), ("Claim", f["claim"], 44)],
            value_size=9)
    d.boxes([("Provider", f["center"], 110), ("Received", fd(f, f["recv"]), 40)], value_size=9)
    d.ln(4)
    rows = [[fd(f, f["surg"]), "S0800-RT", "LASIK, right eye", fmt_money(f["per_eye"], "nosign"), "0.00", "0.00",
             "X31"],
            [fd(f, f["surg"]), "S0800-LT", "LASIK, left eye", fmt_money(f["per_eye"], "nosign"), "0.00", "0.00",
             "X31"],
            [fd(f, dd(f["surg"], -14)), "92025", "Corneal topography", fmt_money(f["topo"], "nosign"), "0.00", "0.00",
             "X31"],
            ["*Claim total", "", "", fmt_money(2 * f["per_eye"] + f["topo"], "nosign"), "0.00", "0.00", ""]]
    d.table(["Date", "Code", "Service", "Charges", "Allowed", "Paid", "Remark"], rows, [30, 26, 70, 30, 28, 28, 20],
            size=9, aligns="LLLRRRL", head_fill=True)
    d.para("X31: Refractive eye surgery (LASIK, PRK) and the tests done to prepare for it are excluded under your "
           "plan. Member responsibility: the provider may bill you for these charges.", 9.5)
    d.para(f"Co-managing optometrist: {f['optom']}. Surgeon NPI {f['npi']}.", 9.5)
    d.para("Appeal rights: you may appeal within 180 days of the date of this EOB. Call Member Services or write to "
           "Vantreece Health Insurance Company, Appeals, PO Box 20419, Fallbrook Heights, NC 27690.", 9.5)
    return pdf_bytes(d)


def harrow_appeal(f: dict) -> bytes:
    """Appeal decision upholding a PRK denial: no corneal injury or disease, refractive error only."""
    d = Doc("Times", footer="HHP Appeals - Notice of appeal decision")
    d.add_page()
    d.set_font("Times", "B", 17)
    d.cell(0, 8, HARROW, align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "", 9)
    d.cell(0, 4.5, "Grievances and Appeals  -  2217 Tollgate Road, Brimley Falls, VT 05677  -  " + f["phone"],
           align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.text_line(fd(f, f["letter"]), 11)
    d.ln(2)
    address(d, f)
    f["appeal"] = f"HA-{f['r'].digits(6)}"
    f["amt"] = f["per_eye"] * 2
    d.font(10.5, "B")
    d.multi_cell(0, 5.2, f"Appeal No.: {f['appeal']}\nMember: {f['name']}   ID No.: {f['mid']}   Group: {f['grp']}\n"
                 f"Claim No.: {f['claim']}   Date(s) of service: {fd(f, f['surg'])}\n"
                 f"Provider: {f['center']}   Amount: {fmt_money(f['amt'], 'usd')}", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Dear {f['name'].split()[0]} {f['name'].split()[-1]}:", 11)
    d.para("You appealed our denial of photorefractive keratectomy (PRK, S0810) on both eyes. You wrote that your "
           "optometrist, " + f["optom"] + ", recommended PRK rather than LASIK because your corneas are thin. An "
           "ophthalmologist reviewed your appeal and the records from the surgery center.", 11)
    d.para("Our decision: the denial is UPHELD. The records show myopia and astigmatism that can be corrected with "
           "glasses or contact lenses, with no corneal injury, scarring or disease. PRK done to reduce the need for "
           "glasses is refractive surgery, which your plan excludes (Member Handbook, Section 11, item 14). A thin "
           "cornea is a reason to choose PRK over LASIK; it does not make the surgery medically necessary.", 11)
    dl = dd(f["letter"], 60)
    d.para(f"If you disagree, you may file a second-level appeal within 60 days of the date of this letter, by "
           f"{fd(f, dl)}. You may also contact the state insurance department.", 11)
    d.para("Sincerely,\nAppeals Review Nurse, Harrowvale Health Plan", 11)
    return pdf_bytes(d)


def es_letter(f: dict) -> bytes:
    """Spanish: LASIK excluded, discount program mentioned."""
    d = Doc("Helvetica", footer="VHI-EXCL-RS-ES   Página {p} de {n}")
    van_head(d, f, es=True)
    d.text_line("Fecha: " + fd(f, f["letter"]), 10)
    d.ln(2)
    address(d, f)
    d.text_line("Aviso de denegación de su reclamo de cirugía refractiva", 12, "B")
    d.ln(1)
    labels(d, [("Afiliado(a):", f["name"]), ("Número de afiliado:", f["mid"]), ("Grupo:", f["grp"]),
               ("Número de reclamo:", f["claim"]), ("Fecha del servicio:", fd(f, f["surg"])),
               ("Centro de cirugía:", f["center"]), ("Optometrista:", f"{f['optom']} (cuidado pre y postoperatorio)"),
               ("Monto facturado:", fmt_money(2 * f["per_eye"]))], 46)
    d.para(f"Estimado(a) {f['name'].split()[0]}: Recibimos un reclamo de {f['center']} por cirugía LASIK (S0800) en "
           f"ambos ojos. Su plan no cubre la cirugía para corregir la miopía, la hipermetropía o el astigmatismo "
           f"(cirugía refractiva). Esta exclusión aparece en su Certificado de Cobertura, Exclusiones, punto 31. Por "
           f"eso denegamos el reclamo.", 10)
    d.para("Como afiliado, puede usar el programa de descuentos para LASIK de nuestra red de ojos, que ofrece un "
           "precio reducido con cirujanos participantes. El descuento no es un beneficio del seguro.", 10)
    d.para("Si no está de acuerdo, puede presentar una apelación dentro de 180 días a partir de la fecha de esta "
           "carta. Llame a Servicios al Afiliado o escriba a Apelaciones, PO Box 20419, Fallbrook Heights, NC 27690.",
           10)
    return pdf_bytes(d)


# ---------------------------------------------------------------- truth and items

def surgeon(f: dict) -> str:
    return f["surgeon"].replace("Dr. ", "").split(",")[0]


def base(f: dict, insurer: str, **kw) -> dict:
    c = dict(insurer=insurer, member_id=f["mid"], member_name=f["name"], group_number=f["grp"],
             provider=f["center"], service_dates=[iso(f["surg"])], denial_date=iso(f["letter"]),
             case_numbers=[f["claim"]], claim_amount=m2(2 * f["per_eye"]))
    c.update(kw)
    return c


def documents(rng: random.Random) -> list[Item]:
    out = []
    f = facts(1, "long")
    out.append(Item(f"{FAMILY}_bg_bd_plan_letter_lasik_excluded", "born_digital", [(van_letter(f), truth(
        "denial_letter", "not_covered", **base(f, VAN, appeal_deadline=iso(dd(f["letter"], 180)),
                                              alternates={"provider": [surgeon(f)]})))]))
    f = facts(2, "abbr")
    pdf = lumora_letter(f)
    out.append(Item(f"{FAMILY}_bg_bd_vision_plan_discount_offered", "born_digital", [(pdf, truth(
        "denial_letter", "not_covered", **base(f, LUM, group_number=None,
                                                appeal_deadline=iso(dd(f["letter"], 180)))))]))
    f = facts(3, "slash")
    f["surg"] = dd(f["letter"], 24)  # an approval before the surgery
    pdf = prk_approval(f)
    out.append(Item(f"{FAMILY}_bg_scan300_prk_approved_corneal_injury", "scan_clean_300", [(pdf, truth(
        "other", None, **base(f, VAN, case_numbers=[f["auth"]], claim_amount=None, appeal_deadline=None,
                              service_dates=[iso(f["surg"])], alternates={"provider": [surgeon(f)]})))]))
    f = facts(4, "dmy")
    pdf = fsa_letter(f)
    out.append(Item(f"{FAMILY}_bg_lowres_fsa_no_itemized_receipt", "scan_lowres_150", [(pdf, truth(
        "denial_letter", "other", **base(f, TALLY, member_id=f["acct"], group_number=None,
                                          appeal_deadline=iso(dd(f["letter"], 180)),
                                          denial_alternates=["not_covered"])))]))
    f = facts(5, "iso")
    pdf = van_eob(f)
    tot = m2(2 * f["per_eye"] + f["topo"])
    out.append(Item(f"{FAMILY}_bg_copy_eob_both_eyes_denied", "photocopy", [(pdf, truth(
        "eob", "not_covered", **base(f, VAN, claim_amount=tot, appeal_deadline=iso(dd(f["letter"], 180)),
                                      service_dates=[iso(dd(f["surg"], -14)), iso(f["surg"])],
                                      alternates={"service_dates": [[iso(f["surg"])]]})))]))
    f = facts(6, "dmon")
    pdf = harrow_appeal(f)
    out.append(Item(f"{FAMILY}_bg_faxstd_appeal_upheld_prk", "fax_standard_g4", [(pdf, truth(
        "denial_letter", "not_covered", **base(f, HARROW, case_numbers=[f["appeal"], f["claim"]],
                                                appeal_deadline=iso(dd(f["letter"], 60)),
                                                alternates={"case_numbers": [[f["appeal"]]]},
                                                denial_alternates=["medical_necessity"])))]))
    f = facts(7, "es", "es")
    pdf = es_letter(f)
    out.append(Item(f"{FAMILY}_bg_phone_carta_lasik_excluida_es", "phone_photo", [(pdf, truth(
        "denial_letter", "not_covered", lang="es", **base(f, VAN_ES, appeal_deadline=iso(dd(f["letter"], 180)))))]))
    return out
