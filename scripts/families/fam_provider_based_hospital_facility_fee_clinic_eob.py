"""Family 'provider_based_hospital_facility_fee_clinic_eob': a doctor's visit at a clinic owned by a hospital billed
twice - the physician group's professional claim (place of service 22, on-campus outpatient hospital) and the
hospital's facility claim (type of bill 013x, revenue code 0510 clinic, HCPCS G0463). Plan EOBs where the facility
fee went to the deductible, a plan letter denying the facility fee under a (fictional) state law that bans facility
fees for office-type visits, a Medicare Summary Notice with both claims, a plan EOB denying the facility claim for a
missing off-campus location modifier stacked with the hospital's own statement, a Spanish out-of-network letter
(the physician group is in network, the hospital department is not), the hospital's answer to the patient's
complaint and the plan's answer to the member's complaint. All values invented.

Issuers: Penhallow Health Plan (logo word "PENHALLOW" over a rule; EOBs and the Spanish letter), Trevose Mutual
Health Insurance Company (return-address block; letters), Medicare (MSN, contractor Polperro Medicare
Administrative Services), St. Keverne Regional Medical Center and Tregony Valley Hospital (their own letterheads).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "provider_based_hospital_facility_fee_clinic_eob"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PEN, TRE, MED = "Penhallow Health Plan", "Trevose Mutual Health Insurance Company", "Medicare"
HOSP = [("St. Keverne Regional Medical Center", "St. Keverne Primary Care - Mullion Road", "St. Keverne Medical Group",
         "240 Coverack Street, Falmouth, ME 04105"),
        ("Tregony Valley Hospital", "Tregony Valley Heart & Vascular Clinic", "Tregony Valley Physicians, P.C.",
         "18 Probus Lane, Ashland, OR 97520")]
DOCTORS = ["Dr. Ifeoma R. Pendarves", "Dr. Kasimir J. Trelawny", "Dr. Anjali S. Rosewarne", "Dr. Bruno E. Carthew"]
FIRST = ["Oluwaseun", "Haruto", "Agnieszka", "Tomasz", "Leilani", "Dmitri", "Ximena", "Farid", "Greta", "Ngozi",
         "Pilar", "Soren"]
LAST = ["Marchbank", "Ferreira", "Dunmore", "Achebe", "Halvorsen", "Kealoha", "Pasternak", "Quiroga", "Bellweather"]
FIRST_ES = ["Graciela", "Rigoberto", "Xochitl", "Anselmo"]
LAST_ES = ["Olivares", "Cienfuegos", "Barragán", "Echeverría"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def mixed(r: random.Random, pattern: str) -> str:
    return "".join(r.choice("ACDEFHJKMNPRTUWXY") if c == "A" else str(r.randint(0, 9)) if c == "9" else c
                   for c in pattern)


def fdate(d: dt.date, s: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"),
            "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}"}[s]


def usd(v: float, s: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "space": f"$ {v:,.2f}"}[s]


def m2(v: float) -> str:
    return f"{v:.2f}"


def iso(d: dt.date) -> str:
    return d.isoformat()


def add(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


class Page(Doc):
    def __init__(self, footer: str | None = None):
        super().__init__("DejaVu", footer=footer, margins=(17, 13, 17))
        self.add_font("DejaVu", "B", BOLD)

    def pair(self, label: str, value: str, w1: float = 46, size: float = 9.5):
        self.font(size - 0.8)
        self.cell(w1, 5, label)
        self.font(size, "B")
        self.cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")


def facts(r: random.Random, kind: str, h: int, ds: str, ms: str, lang: str = "en") -> dict:
    hosp, clinic, group, haddr = HOSP[h]
    visit = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 150))
    notice = add(visit, r.randint(24, 50))
    fn, ln = (FIRST_ES, LAST_ES) if lang == "es" else (FIRST, LAST)
    member = f"{r.choice(fn)} {r.choice('BCDFGHJKLMNPRSTW')}. {r.choice(ln)}"
    prof = round(r.randint(145, 330) + r.choice([0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)
    fac = round(r.randint(190, 520) + r.choice([0, 0.75, r.randint(1, 99) / 100]), 2)
    return dict(kind=kind, ds=ds, ms=ms, lang=lang, hosp=hosp, clinic=clinic, group=group, haddr=haddr,
                doc=r.choice(DOCTORS), visit=visit, notice=notice, member=member,
                sub=f"{r.choice(FIRST)} {r.choice('BCDFGHJKLMNPRSTW')}. {member.split()[-1]}",
                mid=mixed(r, r.choice(["PHP9999999-01", "TMH 9999 9999", "A99999999"])),
                group_no=mixed(r, r.choice(["G-99999", "9999-AA", "AA99999"])),
                fclaim=mixed(r, "9999-999-99999"), pclaim=mixed(r, "9999-999-99999"),
                ref=mixed(r, "GR-2026-99999"), acct=mixed(r, "HA99999999"), npi=str(r.randint(1100000000, 1999999999)),
                prof=prof, fac=fac, dob=dt.date(r.randint(1948, 1996), r.randint(1, 12), r.randint(1, 28)),
                ph=f"1-8{r.randint(33, 88)}-{r.randint(200, 989)}-{r.randint(1000, 9999)}",
                mbi=f"{r.randint(1, 9)}{mixed(r, 'A')}{mixed(r, 'A9')}{r.randint(0, 9)}{mixed(r, 'AA')}"
                    f"{r.randint(0, 9)}{mixed(r, 'AA99')}",
                received=add(visit, r.randint(5, 12)), complaint=add(notice, r.randint(10, 25)))


def pen_head(d: Page, f: dict, title: str) -> None:
    d.text_line("PENHALLOW", 22, "B")
    d.rule(0.8)
    ms_label = "Servicios al Afiliado" if f["lang"] == "es" else "Member Services"
    d.text_line(f"{PEN}  |  PO Box 7316, Portland, ME 04112  |  {ms_label} {f['ph']}", 7.5)
    d.ln(3)
    d.text_line(title, 13, "B")
    d.ln(1)


def tre_head(d: Page, f: dict) -> None:
    d.text_line(TRE, 12, "B")
    d.text_line("Claims and Member Appeals", 9)
    d.text_line("1450 Mevagissey Parkway, Suite 600", 9)
    d.text_line("Salem, OR 97301", 9)
    d.text_line(f"Customer Service {f['ph']} (TTY 711)", 9)
    d.ln(6)


def hosp_head(d: Page, f: dict, dept: str) -> None:
    d.text_line(f["hosp"].upper(), 14, "B", "C")
    d.text_line(dept, 9, "", "C")
    d.text_line(f["haddr"], 8.5, "", "C")
    d.rule(0.5)
    d.ln(3)


def eob_deductible(f: dict) -> bytes:
    """Commercial EOB for the facility claim: whole allowed amount applied to the deductible (nothing denied)."""
    ds, ms = f["ds"], f["ms"]
    d = Page("Page {p} of {n}")
    d.add_page()
    pen_head(d, f, "EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL")
    allowed = round(f["fac"] * 0.78, 2)
    for a, b in (("Statement date", fdate(f["notice"], ds)), ("Subscriber", f["sub"]), ("Patient", f["member"]),
                 ("Member ID", f["mid"]), ("Group number", f["group_no"]), ("Claim number", f["fclaim"]),
                 ("Provider", f["hosp"]), ("Location", f["clinic"]),
                 ("Claim type", "Hospital outpatient (type of bill 0131)"), ("Patient account", f["acct"])):
        d.pair(a + ":", b)
    d.ln(3)
    d.table(["Date of service", "Rev / HCPCS", "Description", "Billed", "Allowed", "Deductible", "Plan paid", "Remark"],
            [[fdate(f["visit"], ds), "0510 / G0463", "Clinic visit - facility", usd(f["fac"], ms), usd(allowed, ms),
              usd(allowed, ms), usd(0, ms), "FF1"],
             ["*Claim total", "", "", usd(f["fac"], ms), usd(allowed, ms), usd(allowed, ms), usd(0, ms), ""]],
            [26, 24, 38, 20, 20, 20, 18, 14], 8, "LLLRRRRC")
    d.pair("Your responsibility:", usd(allowed, ms))
    d.ln(2)
    d.para(f"FF1 - This is the hospital's facility charge for your visit with {f['doc']} at {f['clinic']}, a clinic "
           f"that {f['hosp']} bills as an outpatient department of the hospital. Your plan pays hospital outpatient "
           "services under the Outpatient Hospital benefit, so the allowed amount was applied to your calendar-year "
           "deductible. You may owe this amount to the hospital.", 8.8)
    d.para(f"The physician's professional charge for the same visit ({f['group']}, claim {f['pclaim']}, billed "
           f"{usd(f['prof'], ms)}, place of service 22) is shown on a separate statement.", 8.8)
    d.rule(0.3)
    d.para("Your right to appeal: if you disagree with how this claim was processed, you may ask for an appeal within "
           "180 days of the date of this statement. Write to Penhallow Health Plan, Appeals, PO Box 7318, Portland, "
           f"ME 04112, or call {f['ph']}.", 8.5)
    return pdf_bytes(d)


def state_law_letter(f: dict) -> bytes:
    ds, ms = f["ds"], f["ms"]
    d = Page("TMH-FF-ABD 03/2026   Page {p} of {n}")
    d.add_page()
    tre_head(d, f)
    d.text_line(fdate(f["notice"], ds), 10)
    d.ln(3)
    d.text_line(f["member"], 10)
    d.text_line(f"{mixed(random.Random(f['mid']), '9999')} Jacobstow Road", 10)
    d.text_line("Medford, OR 97501", 10)
    d.ln(4)
    d.text_line("Notice of Adverse Benefit Determination - Hospital Facility Fee", 11.5, "B")
    d.ln(1)
    for a, b in (("Member", f["member"]), ("Member ID", f["mid"]), ("Group", f["group_no"]),
                 ("Claim number", f["fclaim"]), ("Date of service", fdate(f["visit"], ds)),
                 ("Billing provider", f"{f['hosp']} (facility claim, revenue code 0510)"),
                 ("Clinic location", f["clinic"]), ("Amount billed", usd(f["fac"], ms)),
                 ("Treating physician", f"{f['doc']}, {f['group']}, NPI {f['npi']}"),
                 ("Date claim received", fdate(f["received"], ds))):
        d.pair(a + ":", b, 44, 9.3)
    d.ln(3)
    d.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:")
    d.para(f"We received two claims for your visit on {fdate(f['visit'], ds)}: the professional claim of "
           f"{f['group']} for the doctor's services, which we paid under your office visit benefit, and a "
           f"separate facility fee from {f['hosp']} for the use of the clinic.")
    d.para("We have denied the facility claim. Section 743B.455 of the Revised Statutes (Facility Fee Limitation "
           "Act) does not allow a hospital to charge a facility fee for an evaluation and management visit provided "
           "at an off-campus clinic that it owns, and your plan does not cover a charge that the law does not allow. "
           "The visit was a routine office-type visit (CPT 99214 on the physician's claim); the hospital billed "
           "G0463 with revenue code 0510. You are not responsible for this charge, and the hospital may not bill "
           "you for it.")
    d.para("If you disagree, you or someone you name may file an appeal within 180 days of the date of this letter. "
           "Send it to the address above or fax it to 1-503-555-0148. You may ask for the documents used in this "
           "decision free of charge. If your health requires a decision within 72 hours, ask for an expedited appeal. "
           "After our final decision you may ask for external review within 4 months.")
    d.ln(2)
    d.text_line("Sincerely,", 10)
    d.text_line("Member Appeals Unit", 10)
    d.text_line(TRE, 10)
    return pdf_bytes(d)


def msn(f: dict) -> bytes:
    ds, ms = f["ds"], f["ms"]
    d = Page("Page {p} of {n}")
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 13, "B")
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5)
    d.rule(0.6)
    for a, b in ((f["member"].upper(), ""), ("Medicare Number", "XXXXXXX" + f["mbi"][-4:]),
                 ("Date of this notice", fdate(f["notice"], ds))):
        d.pair(a, b, 60)
    deadline = add(f["notice"], 120)
    d.ln(2)
    d.text_line(f"If you disagree with a coverage decision, appeal by {fdate(deadline, ds)}.", 10, "B")
    d.ln(3)
    ded = 283.00
    fac_ap, prof_ap = round(f["fac"] * 0.46, 2), round(f["prof"] * 0.52, 2)
    for prov, claim, code, desc, ch, ap in (
            (f["hosp"], f["fclaim"], "G0463", "Hospital outpatient clinic visit", f["fac"], fac_ap),
            (f"{f['group']}, {f['doc']}", f["pclaim"], "99214", "Office visit, est. patient",
             f["prof"], prof_ap)):
        d.text_line(f"{prov}", 10, "B")
        d.text_line(f"Service date {fdate(f['visit'], ds)}   Claim number {claim}", 8.5)
        d.table(["Service Provided & Code", "Approved?", "Provider Charged",
                 "Medicare-Approved", "Medicare Paid", "You May Be Billed", "Notes"],
                [[f"{desc} ({code})", "Yes", usd(ch, ms), usd(ap, ms), usd(round(ap * 0.8, 2), ms),
                  usd(round(ap * 0.2, 2), ms), "A"]], [56, 16, 24, 24, 20, 24, 10], 7.5, "LCRRRRC")
    d.text_line("Notes for Claims Above", 10, "B")
    d.para("A  This clinic is part of a hospital. You may get two bills for one visit: one from the doctor and one "
           "from the hospital for the facility. You pay coinsurance on both.", 8.5)
    d.para(f"Your deductible: you have now met {usd(ded, ms)} of your {usd(ded, ms)} Part B deductible for 2026.", 8.5)
    d.para("How to handle disputes: if you disagree with a coverage decision, fill out the Redetermination Request "
           "form or write to the Medicare contractor: Polperro Medicare Administrative Services, PO Box 6702, "
           "Hillsboro, OR 97123. Call 1-800-MEDICARE (1-800-633-4227).", 8.5)
    return pdf_bytes(d)


def eob_coding(f: dict) -> bytes:
    ds, ms = f["ds"], f["ms"]
    d = Page()
    d.add_page()
    pen_head(d, f, "Explanation of Benefits")
    d.boxes([("Member", f["member"], 52), ("Member ID", f["mid"], 40), ("Group", f["group_no"], 30),
             ("Issue date", fdate(f["notice"], ds), 38)])
    d.boxes([("Claim no.", f["fclaim"], 52), ("Provider (facility)", f["hosp"], 70), ("Received", fdate(f["received"], ds), 38)])
    d.ln(4)
    d.table(["Service date", "Rev", "HCPCS", "Charge", "Allowed", "Paid", "Code"],
            [[fdate(f["visit"], ds), "0510", "G0463", usd(f["fac"], ms), usd(0, ms), usd(0, ms), "M-PO"],
             ["*Total", "", "", usd(f["fac"], ms), usd(0, ms), usd(0, ms), ""]],
            [32, 18, 22, 28, 26, 24, 20], 8.5, "LLLRRRC")
    d.para("M-PO  DENIED. Lines billed by an off-campus, hospital-owned clinic (place of service 19 or 22, revenue "
           "code 051X) must carry the location modifier PO or PN. This claim was billed without it. The provider "
           "may send a corrected claim. You do not owe this amount; the provider may not bill you for it.", 8.8)
    d.para(f"Note: the professional claim of {f['doc']} ({f['group']}) for this visit was processed on claim "
           f"{f['pclaim']}.", 8.8)
    d.rule(0.3)
    d.para("You may appeal within 180 days of the issue date shown above. Penhallow Health Plan, Appeals, "
           "PO Box 7318, Portland, ME 04112.", 8.5)
    return pdf_bytes(d)


def hosp_statement(f: dict) -> bytes:
    ds, ms = f["ds"], f["ms"]
    sdate = add(f["notice"], 9)
    d = Page()
    d.add_page()
    hosp_head(d, f, "Patient Financial Services - Statement")
    for a, b in (("Statement date", fdate(sdate, ds)), ("Patient", f["member"]), ("Account number", f["acct"]),
                 ("Date of birth", fdate(f["dob"], ds)), ("Insurance", f"{PEN} / {f['mid']}")):
        d.pair(a + ":", b, 40)
    d.ln(3)
    d.table(["Date", "Description", "Charges", "Insurance", "Balance"],
            [[fdate(f["visit"], ds), f"Clinic facility fee - {f['clinic']}", usd(f["fac"], ms), "pending",
              usd(f["fac"], ms)],
             ["", "Insurance denied - corrected claim being sent", "", "", ""],
             ["*Amount due from you now", "", "", "", usd(0, ms)]], [24, 86, 22, 20, 22], 8.5, "LLRRR")
    d.para(f"Your doctor's services are billed separately by {f['group']}. Questions about this statement: "
           f"call 1-207-555-0119, Monday to Friday.", 8.8)
    return pdf_bytes(d)


def es_letter(f: dict) -> bytes:
    ds, ms = f["ds"], f["ms"]
    d = Page()
    d.add_page()
    pen_head(d, f, "Aviso de determinación adversa de beneficios")
    d.text_line(f"Fecha: {fdate(f['notice'], ds)}", 10)
    d.ln(2)
    for a, b in (("Afiliado", f["member"]), ("Núm. de identificación", f["mid"]), ("Grupo", f["group_no"]),
                 ("Número de reclamación", f["fclaim"]), ("Fecha del servicio", fdate(f["visit"], ds)),
                 ("Proveedor del centro", f["hosp"]), ("Cargo del centro facturado", usd(f["fac"], ms)),
                 ("Médico", f"{f['doc']} ({f['group']})")):
        d.pair(a + ":", b, 52, 9.3)
    d.ln(3)
    d.para(f"Estimado(a) {f['member'].split()[0]} {f['member'].split()[-1]}:")
    d.para(f"Su visita del {fdate(f['visit'], ds)} en {f['clinic']} generó dos cargos: el cargo profesional del "
           f"médico, que pagamos porque {f['group']} participa en la red de su plan, y un cargo de centro (facility "
           f"fee) de {f['hosp']}, que factura la clínica como departamento ambulatorio del hospital.")
    d.para(f"Negamos el cargo del centro. {f['hosp']} no participa en la red de su plan HMO para servicios "
           "hospitalarios ambulatorios, y su plan no cubre servicios de proveedores fuera de la red salvo en una "
           "emergencia. Puede que el hospital le facture este cargo.")
    d.para("Si no está de acuerdo, puede presentar una apelación dentro de 180 días a partir de la fecha de esta "
           f"carta. Llame a Servicios al Afiliado al {f['ph']} (TTY 711) o escriba a Penhallow Health Plan, "
           "Apelaciones, PO Box 7318, Portland, ME 04112. Si su salud está en peligro, puede pedir una apelación "
           "acelerada (72 horas).")
    d.ln(2)
    d.text_line("Atentamente,", 10)
    d.text_line("Departamento de Reclamaciones, Penhallow Health Plan", 10)
    return pdf_bytes(d)


def hosp_complaint(f: dict) -> bytes:
    ds, ms = f["ds"], f["ms"]
    d = Page()
    d.add_page()
    hosp_head(d, f, "Office of Patient Relations")
    d.text_line(fdate(f["complaint"], ds), 10)
    d.ln(3)
    d.text_line(f["member"], 10)
    d.text_line("77 Kynance Court, Apt 4", 10)
    d.text_line("Falmouth, ME 04105", 10)
    d.ln(4)
    d.text_line(f"Re: Your concern about the facility fee   Reference {f['ref']}", 10.5, "B")
    d.text_line(f"Account {f['acct']}   Visit date {fdate(f['visit'], ds)}", 9)
    d.ln(2)
    d.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]},")
    d.para(f"Thank you for writing to us about the two bills for your visit with {f['doc']} at {f['clinic']}. "
           f"We reviewed your account. {f['clinic']} is a provider-based department of {f['hosp']}; it is licensed "
           "as part of the hospital, and for that reason each visit produces two charges:")
    d.table(["Charge", "Billed by", "Amount"],
            [["Professional fee (doctor's services, CPT 99213)", f["group"], usd(f["prof"], ms)],
             ["Facility fee (revenue code 0510, G0463)", f["hosp"], usd(f["fac"], ms)]], [78, 62, 28], 8.8, "LLR")
    d.para("Your insurer processed the facility fee under your plan's outpatient hospital benefit and applied it to "
           "your deductible. We found that the charge was billed correctly, so we cannot remove it. We understand "
           "this was not explained at your visit; signs about provider-based billing are now posted at the front "
           "desk of the clinic.")
    d.para("If paying this balance is a hardship, you may apply for financial assistance or a payment plan by "
           "calling Patient Financial Services at 1-207-555-0119. Your account will not be sent to collections "
           "while your application is reviewed.")
    d.ln(2)
    d.text_line("Sincerely,", 10)
    d.text_line("Morwenna T. Polglase, Patient Relations Manager", 10)
    return pdf_bytes(d)


def plan_complaint(f: dict) -> bytes:
    ds, ms = f["ds"], f["ms"]
    d = Page()
    d.add_page()
    tre_head(d, f)
    d.text_line(fdate(f["complaint"], ds), 10)
    d.ln(3)
    d.text_line(f["member"], 10)
    d.text_line("3106 Lostwithiel Drive", 10)
    d.text_line("Ashland, OR 97520", 10)
    d.ln(4)
    d.text_line("Response to your complaint", 12, "B")
    for a, b in (("Member ID", f["mid"]), ("Group", f["group_no"]), ("Complaint number", f["ref"]),
                 ("Claim number", f["fclaim"]), ("Facility", f["hosp"]), ("Date of visit", fdate(f["visit"], ds)),
                 ("Facility fee billed", usd(f["fac"], ms))):
        d.pair(a + ":", b, 42, 9.3)
    d.ln(2)
    d.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:")
    d.para(f"You told us on {fdate(add(f['notice'], 5), ds)} that you were charged a hospital facility fee for a "
           f"routine visit at {f['clinic']}, although the physician's bill from {f['group']} had already been "
           "paid, and that our statement applied the facility fee to your deductible.")
    d.para("We agree with you. The clinic is off the hospital campus and the visit was an office-type visit. We "
           "reprocessed the facility claim: it is now paid under your office visit benefit with no deductible, and "
           "your deductible has been credited. A corrected Explanation of Benefits will follow. You owe nothing "
           "more for the facility fee.")
    d.para(f"Thank you for bringing this to our attention. If you have questions, call {f['ph']}.")
    d.ln(2)
    d.text_line("Sincerely,", 10)
    d.text_line("Grievance Coordinator, " + TRE, 10)
    return pdf_bytes(d)


def make_truth(f: dict, which: str) -> dict:
    k = f["kind"]
    vd, nd = iso(f["visit"]), iso(f["notice"])
    base = dict(member_name=f["member"], service_dates=[vd], provider=f["hosp"])
    alts: dict = {"provider": [f["clinic"]]}
    if which == "statement":
        alts["member_id"] = [None]
        return truth("other", None, f["lang"], unscored=["insurer", "denial_date"], claim_amount=m2(f["fac"]),
                     member_id=f["mid"],
                     denial_date=iso(add(f["notice"], 9)), alternates=alts, **base)
    if k == "deductible":
        alts["appeal_deadline"] = [iso(add(f["notice"], 180))]
        return truth("eob", None, insurer=PEN, member_id=f["mid"], group_number=f["group_no"],
                     case_numbers=[f["fclaim"]], claim_amount=m2(f["fac"]), denial_date=nd, alternates=alts, **base)
    if k == "statelaw":
        return truth("denial_letter", "not_covered", insurer=TRE, member_id=f["mid"], group_number=f["group_no"],
                     case_numbers=[f["fclaim"]], claim_amount=m2(f["fac"]), denial_date=nd,
                     appeal_deadline=iso(add(f["notice"], 180)), alternates=alts,
                     denial_alternates=["other", "coding_error"], **base)
    if k == "msn":
        alts.update(provider=[f["group"], f["doc"].replace("Dr. ", "")], claim_amount=[m2(f["prof"]), m2(f["prof"] + f["fac"])],
                    case_numbers=[[f["pclaim"]], [f["fclaim"], f["pclaim"]]], appeal_deadline=[None],
                    insurer=["Polperro Medicare Administrative Services"])
        return truth("eob", None, insurer=MED, member_id="XXXXXXX" + f["mbi"][-4:], case_numbers=[f["fclaim"]],
                     claim_amount=m2(f["fac"]), denial_date=nd, appeal_deadline=iso(add(f["notice"], 120)),
                     alternates=alts, **base)
    if k == "coding":
        return truth("eob", "coding_error", insurer=PEN, member_id=f["mid"], group_number=f["group_no"],
                     case_numbers=[f["fclaim"]], claim_amount=m2(f["fac"]), denial_date=nd,
                     appeal_deadline=iso(add(f["notice"], 180)), alternates=alts, type_alternates=["denial_letter"],
                     **base)
    if k == "es":
        return truth("denial_letter", "out_of_network", "es", insurer=PEN, member_id=f["mid"],
                     group_number=f["group_no"], case_numbers=[f["fclaim"]], claim_amount=m2(f["fac"]), denial_date=nd,
                     appeal_deadline=iso(add(f["notice"], 180)), alternates=alts, **base)
    if k == "hospcomplaint":
        alts["case_numbers"] = [[]]
        return truth("other", None, unscored=["insurer"], case_numbers=[f["ref"]], claim_amount=m2(f["fac"]),
                     denial_date=iso(f["complaint"]), alternates=alts, **base)
    if k == "plancomplaint":
        alts["case_numbers"] = [[f["ref"]], [f["fclaim"]]]
        return truth("other", None, insurer=TRE, member_id=f["mid"], group_number=f["group_no"],
                     case_numbers=[f["ref"], f["fclaim"]], claim_amount=m2(f["fac"]), denial_date=iso(f["complaint"]),
                     alternates=alts, **base)
    raise ValueError(k)


# (stem suffix, condition, kind, hospital, date style, money style)
PLAN = [
    ("bd_eob_facility_fee_applied_to_deductible", "born_digital", "deductible", 0, "slash", "plain"),
    ("bd_hospital_answers_facility_fee_complaint", "born_digital", "hospcomplaint", 0, "long", "plain"),
    ("scan300_state_law_bans_office_visit_facility_fee", "scan_clean_300", "statelaw", 1, "long", "plain"),
    ("lowres_msn_doctor_and_hospital_clinic_claims", "scan_lowres_150", "msn", 1, "abbr", "plain"),
    ("copy_stack_eob_missing_po_modifier_and_hospital_statement", "photocopy", "coding", 0, "iso", "nosign"),
    ("phone_spanish_hospital_department_out_of_network", "phone_photo", "es", 1, "es", "plain"),
    ("rotated_plan_answers_complaint_reprocessed", "rotated", "plancomplaint", 1, "dmy", "space"),
]
BUILD = {"deductible": eob_deductible, "statelaw": state_law_letter, "msn": msn, "coding": eob_coding, "es": es_letter,
         "hospcomplaint": hosp_complaint, "plancomplaint": plan_complaint}


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, h, ds, ms) in enumerate(PLAN):
        f = facts(random.Random(208500 + i), kind, h, ds, ms, "es" if kind == "es" else "en")
        docs = [(BUILD[kind](f), make_truth(f, "main"))]
        seps = None
        if kind == "coding":
            docs.append((hosp_statement(f), make_truth(f, "statement")))
            seps = ["blank", None]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
