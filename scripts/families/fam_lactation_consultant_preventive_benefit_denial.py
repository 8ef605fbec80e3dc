"""Family 'lactation_consultant_preventive_benefit_denial': plan EOBs and letters on lactation counseling (S9443,
99401 with Z39.1) and breast pump rentals, which plans must cover as preventive care without cost sharing.

Documents: an EOB applying an out-of-network lactation consultant's visits to the deductible; the plan's letter that
it reprocessed the claim at no cost sharing because no in-network consultant was available (nothing denied); a
letter denying an IBCLC who is not a licensed provider type under the plan (claim under the baby's ID, dependent
suffix); a hospital-grade pump rental (E0604) denied as not medically necessary; a Spanish letter charging the
deductible on an out-of-network 99401 + Z39.1 visit; a phone photo of an EOB where 99401 without Z39.1 was paid as a
sick visit with a copay (coding); an upheld appeal (in-network consultants available). Decoys: the pediatrician who
referred, the baby's date of birth, the date received, deductible figures, NPIs, phone numbers. All invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "lactation_consultant_preventive_benefit_denial"
LANG = "en"

WREN = "Wrenfield Health Plan"
MARR = "Marrowgate Mutual Health Insurance Company"
TIER = "Plan de Salud Tierra Clara"
ADDR = {WREN: ("PO Box 40417", "Ashcombe, MN 55990"), MARR: ("1180 Quaystone Parkway", "Dunmore Falls, OH 45891"),
        TIER: ("Apartado 2261", "Caguas, PR 00726")}
PRACTICES = ["Milkweed Lactation Partners, LLC", "Cradle & Cove Lactation Care", "Nestwell Breastfeeding Clinic"]
IBCLC = ["Saoirse Lindqvist, IBCLC", "Adaeze Marchetti, IBCLC", "Rosalba Quennell, IBCLC"]
PEDS = ["Dr. Tomasz Achebe-Varga", "Dr. Priyanka Holmgren", "Dr. Leopold Nakashima", "Dr. Ifeoma Castellanos"]
DME = "Hollyhock Maternal Medical Supply"
MOMS = [("Ottilie", "Brennagh"), ("Farida", "Oyelowo"), ("Keiko", "Vandersloot"), ("Marisol", "Dunleavy"),
        ("Agnieszka", "Ferreira"), ("Thandiwe", "Kowalski"), ("Yesenia", "Montalvo")]
BABIES = ["Emeka", "Liesel", "Rafferty", "Noor", "Ilse", "Tariq", "Soledad"]


def dig(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '855', '877'])}-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def letterhead(d: Doc, ins: str, ph: str, style: int) -> None:
    a = ADDR[ins]
    if style == 0:
        d.text_line(ins.split()[0].upper(), 22, "B")
        d.rule(0.8, 1.5)
        d.text_line(f"{ins}  |  {a[0]}, {a[1]}  |  {ph}", 8.5)
    elif style == 1:
        d.text_line("A member of the Quaystone Mutual Group", 8)
        d.text_line(ins, 14, "B", align="C")
        d.text_line(f"{a[0]}  -  {a[1]}", 8.5, align="C")
    else:
        d.text_line(ins, 13, "B")
        d.text_line(a[0], 9)
        d.text_line(a[1], 9)
        d.text_line(f"Servicios al Afiliado: {ph} (TTY 711)" if ins == TIER else f"Member Services {ph}", 9)
    d.ln(5)


def pairs(d: Doc, rows: list[tuple[str, str]], w: float = 52) -> None:
    for k, v in rows:
        d.font(9.8, "B")
        d.cell(w, 5.3, k + ":")
        d.font(9.8)
        d.cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def facts(i: int) -> dict:
    r = random.Random(217500 + i)
    mf, ml = MOMS[i]
    dec = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 150))
    v1 = dec - dt.timedelta(days=r.randint(30, 70))
    baby_dob = v1 - dt.timedelta(days=r.randint(4, 20))
    return dict(r=r, mom=f"{mf} {r.choice('ABCDEFGHJKLMNPRST')}. {ml}", mf=mf, ml=ml,
                baby=f"{BABIES[i]} {r.choice('ABCDEFGHJKLMNPRST')}. {ml}", dec=dec, v1=v1,
                v2=v1 + dt.timedelta(days=r.randint(5, 12)), dob=baby_dob, ph=phone(r),
                prac=PRACTICES[i % 3], ibclc=IBCLC[i % 3], ped=PEDS[i % 4], npi="1" + dig(r, 9),
                street=f"{r.randint(14, 9800)} {r.choice(['Lantern Way', 'Quarry Street', 'Fenwick Avenue'])}",
                city=r.choice(["Fargo, ND 58102", "Erie, PA 16501", "Bangor, ME 04401"]))


def addressee(d: Doc, f: dict, name: str | None = None) -> None:
    for ln in (name or f["mom"], f["street"], f["city"]):
        d.text_line(ln, 10)
    d.ln(4)


# 1. EOB: out-of-network consultant's two visits applied to the deductible
def eob_deductible(i: int):
    f = facts(i)
    r = f["r"]
    ins = MARR
    mid, grp, claim = f"MMH{dig(r, 9)}", f"G-{dig(r, 5)}", f"26{dig(r, 11)}"
    a1, a2 = 185.00, 160.00
    total = a1 + a2
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, ins, f["ph"], 1)
    d.text_line("EXPLANATION OF BENEFITS", 13, "B")
    d.text_line("THIS IS NOT A BILL", 9)
    d.ln(2)
    pairs(d, [("Statement date", fmt_date(f["dec"], "slash")), ("Member", f["mom"]), ("Member ID", mid),
              ("Group number", grp), ("Claim number", claim), ("Provider", f"{f['prac']} (out of network)"),
              ("Referred by", f"{f['ped']}, Pediatrics"), ("Claim received", fmt_date(f["dec"] - dt.timedelta(days=16), "slash"))])
    d.table(["Date of service", "Service", "Billed", "Allowed", "Deductible", "Plan paid", "You owe", "Remark"],
            [[fmt_date(f["v1"], "slash"), "S9443 Lactation classes", fmt_money(a1), "150.00", "150.00", "0.00",
              "150.00", "N12"],
             [fmt_date(f["v2"], "slash"), "S9443 Lactation classes", fmt_money(a2), "150.00", "150.00", "0.00",
              "150.00", "N12"],
             ["*Claim total", "", fmt_money(total), "300.00", "300.00", "0.00", "300.00", ""]],
            [24, 40, 20, 18, 20, 18, 18, 16], size=8.2, aligns="LLRRRRRC")
    d.para("N12: This provider is not in your plan's network. Out-of-network lactation services are subject to your "
           "out-of-network deductible ($1,500.00 per year; $1,200.00 met to date) and coinsurance. Preventive "
           "lactation support is covered with no cost sharing only when received from a network provider.", 9)
    d.para("If no network lactation consultant was available to you, call us and we will review the claim again. "
           f"You may appeal this decision within 180 days of the date of this statement. Member Services {f['ph']}.", 9)
    t = truth("eob", "out_of_network", insurer=ins, group_number=grp, member_id=mid, member_name=f["mom"],
              case_numbers=[claim], claim_amount=m2(total), service_dates=[iso(f["v1"]), iso(f["v2"])],
              denial_date=iso(f["dec"]), provider=f["prac"],
              appeal_deadline=iso(f["dec"] + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# 2. reprocessed at no cost sharing (nothing denied)
def reprocessed(i: int):
    f = facts(i)
    r = f["r"]
    ins = WREN
    mid, claim, adj = f"WHP-{dig(r, 3)}-{dig(r, 5)}", f"C{dig(r, 10)}", f"C{dig(r, 10)}"
    amt = 420.00
    d = Doc("Times")
    d.add_page()
    letterhead(d, ins, f["ph"], 0)
    d.text_line(fmt_date(f["dec"], "long"), 11)
    d.ln(3)
    addressee(d, f)
    d.text_line("Your lactation support claim has been reprocessed", 12.5, "B")
    d.ln(2)
    pairs(d, [("Member ID", mid), ("Original claim number", claim), ("Adjusted claim number", adj),
              ("Date of service", fmt_date(f["v1"], "long")), ("Provider", f["prac"]),
              ("Amount billed", fmt_money(amt))])
    d.para(f"Dear {f['mf']} {f['ml']}: we first processed this claim for 99401 (preventive counseling, Z39.1 "
           "encounter for care of lactating mother) and S9443 as out of network and applied your deductible. "
           "You told us that no network lactation consultant was available within 30 miles of your home in the "
           "first two weeks after your baby was born. We checked our directory and agree.", 11)
    d.para("Under the preventive services rules, when no network provider can give a covered preventive service, "
           "the plan must cover it from an out-of-network provider without cost sharing. We reprocessed the claim "
           f"and paid {f['prac']} in full. You owe nothing for this visit. Any amount you already paid toward the "
           "deductible will be credited back to you.", 11)
    d.para(f"Your baby's pediatrician, {f['ped']}, is not affected by this change. Questions? Call {f['ph']}.", 11)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["mom"], case_numbers=[claim, adj],
              claim_amount=m2(amt), service_dates=[iso(f["v1"])], denial_date=iso(f["dec"]), provider=f["prac"],
              alternates={"case_numbers": [[adj], [claim]]})
    return pdf_bytes(d), t


# 3. IBCLC not a licensed provider type under the plan (claim under the baby's ID)
def not_licensed(i: int):
    f = facts(i)
    r = f["r"]
    ins = WREN
    base = f"WHP-{dig(r, 3)}-{dig(r, 5)}"
    mid_baby = base + "-03"
    claim = f"C{dig(r, 10)}"
    amt = 275.00
    dl = f["dec"] + dt.timedelta(days=180)
    d = Doc("Helvetica")
    d.add_page()
    letterhead(d, ins, f["ph"], 0)
    d.text_line(fmt_date(f["dec"], "abbr"), 10.5)
    d.ln(3)
    addressee(d, f)
    d.text_line("Notice of Adverse Benefit Determination", 13, "B")
    d.ln(2)
    pairs(d, [("Patient", f["baby"]), ("Patient date of birth", fmt_date(f["dob"], "abbr")),
              ("Subscriber", f["mom"]), ("Subscriber ID", base), ("Patient ID", mid_baby), ("Claim #", claim),
              ("Service date", fmt_date(f["v1"], "abbr")), ("Billed", fmt_money(amt)),
              ("Billing provider", f"{f['prac']}  NPI {f['npi']}"), ("Rendering", f["ibclc"])])
    d.text_line("What we decided", 11, "B")
    d.para(f"We denied this claim for a home lactation visit (S9443) for {f['baby']}. The visit was given by "
           f"{f['ibclc']}, an International Board Certified Lactation Consultant. Your plan pays for lactation "
           "counseling only when it is given by a licensed provider (a physician, physician assistant, nurse "
           "practitioner, registered nurse or certified nurse midwife) or billed under one. In this state the "
           "IBCLC credential is not a license, so the plan cannot pay this provider.", 10)
    d.para(f"You can still get lactation help at no cost from a network provider. Ask {f['ped']} or call us for "
           "a list.", 10)
    d.text_line("Your right to appeal", 11, "B")
    d.para(f"Your written appeal must be received by {fmt_date(dl, 'abbr')}. Send it to the address above or fax "
           f"1-855-{r.randint(200, 900)}-{r.randint(1000, 9999)}. If your appeal is denied you may ask for an "
           "external review within 4 months.", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mid_baby, member_name=f["baby"],
              case_numbers=[claim], claim_amount=m2(amt), service_dates=[iso(f["v1"])], denial_date=iso(f["dec"]),
              provider=f["prac"], appeal_deadline=iso(dl),
              alternates={"member_id": [base], "provider": [f["ibclc"].replace(", IBCLC", "")]},
              denial_alternates=["other"])
    return pdf_bytes(d), t


# 4. hospital-grade pump rental denied as not medically necessary
def pump_rental(i: int):
    f = facts(i)
    r = f["r"]
    ins = MARR
    mid, grp, ref = f"MMH{dig(r, 9)}", f"G-{dig(r, 5)}", f"UM-{dig(r, 7)}"
    amt = 2 * 95.00
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, ins, f["ph"], 1)
    d.text_line(fmt_date(f["dec"], "dmy"), 10.5)
    d.ln(3)
    addressee(d, f)
    d.text_line("Breast pump rental: claim denied", 13, "B")
    d.ln(1)
    d.boxes([("Member ID", mid, 44), ("Group", grp, 30), ("Reference", ref, 40), ("Rental start", fmt_date(f["v1"], "dmy"), 36),
             ("Billed", fmt_money(amt), 30)])
    d.ln(4)
    d.para(f"{DME} billed two months of rental of a hospital-grade electric breast pump (E0604, modifier RR) "
           f"for {f['mom']}, starting {fmt_date(f['v1'], 'dmy')}. Your plan covers one personal double electric "
           "pump (E0603) per birth at no cost, which we paid last month. A hospital-grade pump is covered only when "
           "the baby is in a neonatal intensive care unit, cannot feed at the breast because of a medical condition, "
           "or the mother's milk supply is at risk because of a documented medical condition.", 10)
    d.para(f"The order from {f['ped']} says the baby was born at term, went home with the mother and is feeding "
           "well. The hospital-grade rental is therefore not medically necessary. This decision was made by a "
           "nurse reviewer and a physician reviewer, Dr. Mattias Reinholt.", 10)
    d.para("You or your provider may appeal within 180 days of the date of this letter. Urgent appeals are decided "
           f"within 72 hours. Call {f['ph']}.", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["mom"], case_numbers=[ref], claim_amount=m2(amt), service_dates=[iso(f["v1"])],
              denial_date=iso(f["dec"]), provider=DME, appeal_deadline=iso(f["dec"] + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# 5. Spanish letter: out-of-network 99401 + Z39.1 charged the deductible
def spanish(i: int):
    f = facts(i)
    r = f["r"]
    ins = TIER
    mid, claim = f"TC{dig(r, 8)}-01", f"{dig(r, 4)}-{dig(r, 6)}"
    amt = 210.00
    d = Doc("DejaVu")
    d.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    d.add_page()
    letterhead(d, ins, f["ph"], 2)
    d.text_line(fmt_date(f["dec"], "es"), 10.5)
    d.ln(3)
    addressee(d, f)
    d.text_line("Aviso sobre su reclamación de consejería de lactancia", 12.5)
    d.ln(2)
    pairs(d, [("Número de afiliado", mid), ("Número de reclamación", claim),
              ("Fecha del servicio", fmt_date(f["v1"], "es")), ("Proveedor", f["prac"]),
              ("Cantidad facturada", fmt_money(amt)), ("Deducible aplicado", fmt_money(amt))], w=58)
    d.para(f"Estimada {f['mf']} {f['ml']}: recibimos la reclamación de {f['prac']} por una visita de consejería "
           "de lactancia (99401, diagnóstico Z39.1). Este proveedor no participa en nuestra red. Por eso aplicamos "
           "la cantidad completa a su deducible fuera de la red y el plan no pagó nada.", 10)
    d.para("La consejería de lactancia es un servicio preventivo. Si en su área no había una consultora de lactancia "
           "de la red, el plan debe cubrir la visita sin costo para usted. Puede enviarnos esa información con su "
           "apelación.", 10)
    d.para(f"Si no está de acuerdo, puede apelar dentro de 60 días a partir de la fecha de esta carta. Llame al "
           f"{f['ph']} (TTY 711). La pediatra de su bebé, {f['ped']}, no tiene que hacer nada.", 10)
    t = truth("denial_letter", "out_of_network", lang="es", insurer=ins, member_id=mid, member_name=f["mom"],
              case_numbers=[claim], claim_amount=m2(amt), service_dates=[iso(f["v1"])], denial_date=iso(f["dec"]),
              provider=f["prac"], appeal_deadline=iso(f["dec"] + dt.timedelta(days=60)),
              type_alternates=["eob"])
    return pdf_bytes(d), t


# 6. EOB: 99401 billed without Z39.1 paid as a sick visit with copay
def coding_eob(i: int):
    f = facts(i)
    r = f["r"]
    ins = WREN
    mid, claim = f"WHP-{dig(r, 3)}-{dig(r, 5)}", f"C{dig(r, 10)}"
    a1, a2 = 165.00, 120.00
    total = a1 + a2
    d = Doc("Helvetica")
    d.add_page()
    letterhead(d, ins, f["ph"], 0)
    d.text_line("Explanation of Benefits - Statement date " + fmt_date(f["dec"], "iso"), 12, "B")
    d.ln(2)
    pairs(d, [("Member", f["mom"]), ("ID", mid), ("Claim", claim), ("Provider", f["prac"]),
              ("Total billed", fmt_money(total))], w=32)
    d.table(["Service date", "Code", "Diagnosis", "Billed", "Allowed", "Copay", "Paid", "Code"],
            [[fmt_date(f["v1"], "iso"), "99401", "O92.70", fmt_money(a1), "130.00", "40.00", "90.00", "D7"],
             [fmt_date(f["v1"], "iso"), "S9443", "O92.70", fmt_money(a2), "0.00", "0.00", "0.00", "D7"]],
            [26, 18, 22, 22, 22, 20, 20, 14], size=8.5, aligns="LLLRRRRC")
    d.para("D7: The diagnosis on the claim (O92.70, lactation disorder) is not the preventive lactation diagnosis "
           "Z39.1. The visit was processed as a problem visit with your office copay, and the class (S9443) was "
           "denied. If the visit was routine lactation support, the provider may send a corrected claim with "
           "Z39.1.", 9)
    d.para(f"To appeal, write to us within 180 days of the date of this statement. Member Services {f['ph']}.", 9)
    t = truth("eob", "coding_error", insurer=ins, member_id=mid, member_name=f["mom"], case_numbers=[claim],
              claim_amount=m2(total), service_dates=[iso(f["v1"])], denial_date=iso(f["dec"]), provider=f["prac"],
              appeal_deadline=iso(f["dec"] + dt.timedelta(days=180)), denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# 7. appeal upheld: network consultants were available
def upheld(i: int):
    f = facts(i)
    r = f["r"]
    ins = MARR
    mid, grp, claim, app = f"MMH{dig(r, 9)}", f"G-{dig(r, 5)}", f"26{dig(r, 11)}", f"APL-{dig(r, 6)}"
    amt = 340.00
    d = Doc("Times")
    d.add_page()
    letterhead(d, ins, f["ph"], 1)
    d.text_line(fmt_date(f["dec"], "upper"), 11)
    d.ln(3)
    addressee(d, f)
    d.text_line("Appeal Decision - Denial Upheld", 13, "B")
    d.ln(2)
    pairs(d, [("Member", f["mom"]), ("Member ID", mid), ("Group", grp), ("Appeal number", app),
              ("Claim number", claim), ("Date of service", fmt_date(f["v1"], "upper")),
              ("Provider", f["prac"]), ("Charges", fmt_money(amt)),
              ("Appeal received", fmt_date(f["dec"] - dt.timedelta(days=24), "upper"))])
    d.para(f"You asked us to pay the lactation visit with {f['prac']} at no cost sharing because it is a "
           "preventive service. The plan covers preventive lactation counseling without cost sharing from network "
           "providers. An out-of-network provider is covered that way only if no network provider could give the "
           "service.", 11)
    d.para("Our records show three network lactation clinics within 12 miles of your home that had appointments "
           f"within two days in the week of {fmt_date(f['v1'], 'upper')}. We therefore uphold the decision to "
           "process the claim under your out-of-network benefits. This is the first-level appeal decision.", 11)
    d.para("You may ask for a second-level appeal within 60 days of the date of this letter, or for an external "
           f"review within four months. Call {f['ph']}.", 11)
    t = truth("denial_letter", "out_of_network", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["mom"], case_numbers=[app, claim], claim_amount=m2(amt), service_dates=[iso(f["v1"])],
              denial_date=iso(f["dec"]), provider=f["prac"], appeal_deadline=iso(f["dec"] + dt.timedelta(days=60)))
    return pdf_bytes(d), t


PLAN = [("bd_eob_oon_visits_to_deductible", "born_digital", eob_deductible),
        ("bd_reprocessed_no_network_consultant", "born_digital", reprocessed),
        ("scan300_ibclc_not_licensed_baby_id", "scan_clean_300", not_licensed),
        ("lowres_hospital_grade_pump_rental", "scan_lowres_150", pump_rental),
        ("copy_es_deducible_fuera_de_red", "photocopy", spanish),
        ("phone_eob_99401_without_z391", "phone_photo", coding_eob),
        ("rotated_appeal_upheld_network_available", "rotated", upheld)]


def documents(rng) -> list[Item]:
    return [Item(f"{FAMILY}_{s}", c, [fn(i)]) for i, (s, c, fn) in enumerate(PLAN)]
