"""Family 'donor_human_milk_after_nicu_discharge_not_a_benefit_denial': an invented Medicaid managed-care plan
refuses pasteurized donor human milk (HCPCS T2101) for a premature baby at home after NICU discharge as
nutrition (food), not a covered benefit; a State fair hearing reverses it.

Documents: the plan's Notice of Adverse Benefit Determination with fair-hearing rights (born digital); the milk
bank's invoice to the family (scan 300, denies nothing); a standard-fax stack of a cover, the provider notice of a
claim denial to the milk bank and the neonatologist's letter of medical necessity (denies nothing); a Spanish
"Aviso de determinación adversa" (photocopy); a member EOB with three claims, only the milk bank's refused (phone
photo); the fair-hearing decision reversing the plan (rotated, denies nothing); a prose-only letter refusing the
parent's reimbursement request (150 dpi). Everything invented.
Decoys: DOB, gestational age, NICU discharge date, request/claim received dates, Medicaid ID, NPI, invoice and
account numbers, 72-hour, 10-day, 120-day, 30-day judicial-review limits, ounces and per-ounce prices, form numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "donor_human_milk_after_nicu_discharge_not_a_benefit_denial"
LANG = "en"
SEED = 342600

MCO = ("Larkspur Family Health Plan", "PO Box 62018, Bramwell, NA 47730", "1-877-555-0186",
       "larkspurfamily.example")
BANK = ("Tamarack Mothers' Milk Bank", "310 Orchard Gate Blvd, Bramwell, NA 47734", "(317) 555-0119")
NEO = "Imogen V. Ashworth"
NICU = "St. Brendan Regional Children's Hospital"
HEAR = ("State Department of Family Health", "Office of Administrative Hearings - Medicaid Unit",
        "1 Capitol Mall, Suite 900, Bramwell, NA 47701")
FAM = [("Leticia Kessler", "Nora E. Kessler"), ("Mateo Quintero", "Elias J. Quintero"),
       ("Brianna Holloway", "June P. Holloway"), ("Xiomara Zamora", "Luz M. Zamora"),
       ("Naomi Strand", "Oliver T. Strand"), ("Sunita Tanaka", "Aiko R. Tanaka"), ("Ingrid Fairchild", "Rose A. Fairchild")]
OZ_PRICE = 4.75
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds):
    if ds == "es":
        return f"{d.day} de {MES[d.month - 1]} de {d.year}"
    if ds == "updash":
        return d.strftime("%d-%b-%Y").upper()
    return fdate(d, ds)


def base(r, i):
    notice = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 110))
    dis = notice - dt.timedelta(days=r.randint(8, 15))
    start = dis + dt.timedelta(days=1)
    end = start + dt.timedelta(days=59)
    oz = 60 * r.choice([16, 18, 20, 24])
    return dict(notice=notice, dis=dis, start=start, end=end, oz=oz, total=round(oz * OZ_PRICE, 2),
                recv=notice - dt.timedelta(days=r.randint(3, 6)), parent=FAM[i][0], kid=FAM[i][1],
                mid="LFP" + dg(r, 8), mcd=dg(r, 10), npi="1" + dg(r, 9), req="UM-" + dg(r, 8),
                dob=dis - dt.timedelta(days=r.randint(40, 75)), ga=r.choice(["28", "29", "30", "31"]),
                street=f"{r.randint(100, 9800)} {r.choice(['Larch St', 'Mercer Ave', 'Foxglove Ct'])}")


def head(p, es=False):
    p.line(MCO[0], 15, "B")
    p.line(("Un plan de atención administrada de Medicaid" if es else "A Medicaid managed care plan") +
           f"   {MCO[1]}", 8.5)
    p.line(f"Member Services {MCO[2]} (TTY 711)   {MCO[3]}", 8.5)
    p.ln(5)


def addr(p, f, es=False):
    p.para(f"{f['parent']}\n{'Madre/padre de' if es else 'Parent of'} {f['kid']}\n{f['street']}\n"
           "Bramwell, NA 47736", 10)


def nabd(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="LFHP-NABD-01 (Rev. 2025)")
    p.add_page()
    head(p)
    y = p.get_y()
    addr(p, f)
    p.set_xy(120, y)
    p.f(9)
    p.multi_cell(72, 5, f"Notice date: {fd(f['notice'], ds)}\nMember ID: {f['mid']}\nMedicaid ID: {f['mcd']}\n"
                 f"Reference: {f['req']}", border=1, new_x="LMARGIN", new_y="NEXT")
    p.ln(8)
    p.heading("NOTICE OF ADVERSE BENEFIT DETERMINATION", 13, rule=True)
    p.para(f"Dear {f['parent']}:", 10)
    p.para(f"We received a request on {fd(f['recv'], ds)} for the service below for your baby, {f['kid']}. "
           "We have denied the request.", 10)
    p.table(["Service requested", "Requested by", "Dates requested", "Amount"],
            [["T2101 Donor human milk, " + f"{f['oz']:,} oz", BANK[0],
              f"{fd(f['start'], ds)} - {fd(f['end'], ds)}", money(f["total"], "plain")]],
            [60, 52, 44, 24], size=8.3)
    p.pairs([("Ordering doctor", f"Dr. {NEO}, Neonatology, NPI {f['npi']}"),
             ("Baby's date of birth", f"{fd(f['dob'], ds)} (born at {f['ga']} weeks)"),
             ("NICU discharge", fd(f["dis"], ds))], 40, 9)
    p.ln(2)
    p.para("**Why we denied it.** Donor human milk given at home is food (nutrition). Food and infant formula "
           "that can be bought in stores are not covered benefits under your Medicaid plan, except formula that "
           "is the only source of nutrition for a listed metabolic disorder. Donor milk is covered only while the "
           "baby is an inpatient in the NICU. Rule used: Member Handbook section 6.12 (Nutrition products).", 9.5)
    p.para("**You can appeal.** If you disagree, you can ask us for an appeal within 60 days of the date of this "
           f"notice. Call {MCO[2]} or write to Appeals, {MCO[1]}. If your baby's health is at serious risk, ask for "
           "a fast appeal; we decide fast appeals within 72 hours.", 9.5)
    p.para("**State fair hearing.** If we deny your appeal, you can ask the State for a fair hearing within 120 "
           "days of our appeal decision. If you are already getting this service and want to keep it during the "
           "appeal, you must ask within 10 days.", 9.5)
    p.para("Help in your language is free. Ayuda gratis en su idioma: llame al " + MCO[2] + ".", 8.5)
    return out(p)


def invoice(f, ds):
    p = Page(serif=True, footer=None, footer_left="Tamarack is a nonprofit member of a national milk-banking "
                                                  "association. Tax ID 47-" + f["tax"])
    p.add_page()
    p.line(BANK[0], 16, "B")
    p.line(f"{BANK[1]}   {BANK[2]}   Screened donors - Holder pasteurized", 8.5)
    p.ln(4)
    p.line("INVOICE", 14, "B")
    p.pairs([("Invoice no.", f["inv"]), ("Invoice date", fd(f["notice"], ds)), ("Bill to", f["parent"]),
             ("Recipient infant", f["kid"]), ("Infant DOB", fd(f["dob"], ds)),
             ("Prescriber", f"Dr. {NEO}"), ("Insurance on file", f"{MCO[0]}  ID {f['mid']}")], 38, 9.5)
    p.ln(2)
    rows = [[fd(d, ds), f"Donor milk, 3 oz bottles x {n}", f"{3 * n} oz", money(OZ_PRICE, "plain"),
             money(3 * n * OZ_PRICE, "plain")] for d, n in f["ships"]]
    rows.append(["", "Cold-chain shipping (no charge)", "", "", "$0.00"])
    rows.append(["", "TOTAL", "", "", money(f["total"], "plain")])
    p.table(["Ship date", "Item", "Quantity", "Per oz", "Amount"], rows, [26, 70, 24, 22, 28], size=8.8,
            border=0, aligns=["L", "L", "R", "R", "R"], bold_last=True)
    p.para("Insurance status: your plan has told us it will not pay for donor milk at home. The balance is "
           "yours; ask us about our hardship fund and payment plans. Please pay within 30 days.", 9.5)
    return out(p)


def provider_notice(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="LFHP-PRV-CD-3")
    p.add_page()
    head(p)
    p.line("PROVIDER NOTICE OF CLAIM DENIAL", 12, "B")
    p.line(f"To: {BANK[0]}, Billing   Fax {BANK[2]}", 9)
    p.ln(2)
    p.boxed_pairs([("DATE OF NOTICE", fd(f["notice"], ds)), ("CLAIM NUMBER", f["clm"]),
                   ("PATIENT / MEMBER ID", f"{f['kid']} / {f['mid']}"), ("BILLING NPI", f["npi"]),
                   ("SERVICE DATES", "; ".join(fd(d, ds) for d, _ in f["ships"])),
                   ("PROCEDURE", "T2101 x " + str(sum(3 * n for _, n in f["ships"])) + " oz"),
                   ("TOTAL BILLED", money(f["total"], "usd")), ("CLAIM RECEIVED", fd(f["recv"], ds))], 58, 8.5)
    p.para("DENIAL REASON N27: DONOR HUMAN MILK FOR HOME USE IS A NUTRITIONAL PRODUCT (FOOD) AND IS NOT A COVERED "
           "BENEFIT OF THE MEDICAID PLAN. NICU INPATIENT USE IS PAID WITHIN THE HOSPITAL RATE.", 8.5)
    p.para("A PROVIDER MAY ASK FOR RECONSIDERATION OF THIS CLAIM WITHIN 60 DAYS OF THE DATE OF THIS NOTICE. "
           "CORRECTED CLAIMS MUST BE RECEIVED WITHIN 365 DAYS OF THE SERVICE DATE.", 8.5)
    return out(p)


def lmn(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(NICU, 14, "B")
    p.line("Division of Neonatology   2200 Lyle Parkway, Bramwell, NA 47702", 8.5)
    p.ln(5)
    p.line(fd(f["lmn"], ds), 10)
    p.ln(2)
    p.para(f"Appeals Unit\n{MCO[0]}\n{MCO[1]}", 10)
    p.para(f"Re: {f['kid']}, member ID {f['mid']} - donor human milk after NICU discharge", 10)
    p.para(f"{f['kid'].split()[0]} was born at {f['ga']} weeks and spent {(f['dis'] - f['dob']).days} days in our "
           f"NICU. The baby went home on {fd(f['dis'], ds)}, still fed pasteurized donor milk because the mother's "
           "supply is low and two trials of preterm formula caused feeding intolerance with blood in the stool. "
           "For this baby donor milk is a medical treatment to lower the risk of necrotizing enterocolitis and "
           "poor growth, not ordinary food. I ask that you cover 60 days of donor milk from "
           f"{BANK[0]}.", 10)
    p.para(f"Sincerely,\n\nDr. {NEO}\nAttending Neonatologist", 10)
    return out(p)


def spanish(f, ds):
    p = Page(footer="Página {n} de {nb}", footer_left="LFHP-NABD-01-SP")
    p.add_page()
    head(p, es=True)
    p.line(fd(f["notice"], "es"), 10)
    p.ln(2)
    addr(p, f, es=True)
    p.heading("Aviso de determinación adversa de beneficios", 13, rule=True)
    p.pairs([("Bebé (miembro)", f["kid"]), ("Número de miembro", f["mid"]), ("Número de Medicaid", f["mcd"]),
             ("Número de solicitud", f["req"]), ("Proveedor", BANK[0]),
             ("Fechas solicitadas", f"del {fd(f['start'], 'es')} al {fd(f['end'], 'es')}"),
             ("Monto", "US$ " + money(f["total"], "nosign")), ("Alta de la UCIN", fd(f["dis"], "es"))], 48, 9.5)
    p.ln(2)
    p.para("Negamos la leche humana pasteurizada de donante para su bebé en casa. La leche de donante fuera del "
           "hospital es un alimento (nutrición) y no es un beneficio cubierto por su plan de Medicaid. Solo se "
           "cubre durante la hospitalización en la UCIN.", 10)
    p.para("Puede pedir una apelación dentro de los 60 días a partir de la fecha de este aviso. Si la salud de su "
           "bebé corre peligro, pida una apelación rápida (72 horas). Después de la apelación puede pedir una "
           "audiencia imparcial estatal dentro de 120 días. Para seguir recibiendo el servicio durante la "
           "apelación, pídala dentro de 10 días.", 10)
    return out(p)


def eob(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="LFHP-EOB-M")
    p.add_page()
    head(p)
    p.line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12, "B")
    p.ln(1)
    p.pairs([("Statement date", fd(f["notice"], ds)), ("Member", f["kid"]), ("Member ID", f["mid"]),
             ("Date of birth", fd(f["dob"], ds)), ("Plan", "Larkspur Medicaid Kids")], 36, 9)
    p.ln(2)
    for c in f["claims"]:
        p.f(9, "B")
        p.cell(0, 5, f"Claim {c['no']}  -  {c['prov']}", new_x="LMARGIN", new_y="NEXT")
        rows = [[fd(d, ds), desc, money(b, "nosign"), money(pd, "nosign"), code] for d, desc, b, pd, code
                in c["lines"]]
        if len(c["lines"]) > 1:
            rows.append(["", "Claim total", money(sum(x[2] for x in c["lines"]), "nosign"), "0.00", ""])
        p.table(["Service date", "Service", "Billed", "Plan paid", "Code"], rows, [26, 84, 24, 24, 16], size=8,
                border=0, aligns=["L", "L", "R", "R", "C"])
    p.para("P0  Paid. Medicaid members owe nothing for covered services.\n"
           "N27  Denied. Donor human milk for use at home is nutrition, not a covered benefit of your plan.", 8.5)
    p.para("To appeal a denied claim, contact us within 60 days of the date of this statement. A fast appeal is "
           "decided within 72 hours. State fair hearing rights are in your Member Handbook.", 8.5)
    return out(p)


def hearing(f, ds):
    p = Page(serif=True, footer="Page {n} of {nb}", footer_left="OAH-MED-DO")
    p.add_page()
    p.line(HEAR[0], 14, "B")
    p.line(f"{HEAR[1]}   {HEAR[2]}", 8.5)
    p.ln(5)
    p.heading("DECISION AND ORDER", 13, rule=True)
    p.pairs([("Docket No.", f["docket"]), ("Appellant", f"{f['parent']} for {f['kid']}"),
             ("Member ID", f["mid"]), ("Respondent", MCO[0]), ("Plan reference", f["req"]),
             ("Hearing held", fd(f["held"], ds)), ("Decision date", fd(f["notice"], ds))], 38, 9.5)
    p.ln(2)
    p.para("**Issue.** Whether the respondent correctly denied pasteurized donor human milk for home use after "
           "NICU discharge as a non-covered nutritional product.", 10)
    p.para(f"**Findings.** The infant was born prematurely and discharged on {fd(f['dis'], ds)}. The treating "
           f"neonatologist, Dr. {NEO}, testified that formula trials failed and that donor milk is ordered as "
           "treatment. The State plan covers medically necessary enteral nutrition when it is the treatment "
           "of a medical condition; it does not exclude donor milk.", 10)
    p.para("**Order.** The respondent's action is REVERSED. The respondent shall authorize pasteurized donor human "
           f"milk from {BANK[0]} for {fd(f['start'], ds)} through {fd(f['end'], ds)} within 72 hours of this "
           "order and pay claims already submitted.", 10)
    p.para("A party who disagrees may seek judicial review within 30 days of this decision.", 9)
    p.para("Administrative Law Judge Renata Okafor", 10)
    return out(p)


def prose(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    head(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(3)
    addr(p, f)
    p.para(f"Dear {f['parent']}:", 10)
    p.para(f"On {fd(f['recv'], ds)} you asked us to pay you back {money(f['total'], 'plain')} for donor milk you "
           f"bought from {BANK[0]} for {f['kid']} on {fd(f['ships'][0][0], ds)} and {fd(f['ships'][1][0], ds)}. "
           f"We gave your request claim number {f['clm']}. Your baby's member ID is {f['mid']}.", 10)
    p.para("We are sorry, but we cannot pay it. Donor milk used at home is nutrition, and food is not a covered "
           "benefit under your Medicaid plan. We pay for donor milk only while a baby is in the hospital.", 10)
    p.para("If you think we are wrong, you can ask for an appeal within 60 days of the date of this letter. "
           "After the appeal you can ask for a State fair hearing. Call us if you need help with the form.", 10)
    p.para("Sincerely,\nMember Claims Department", 10)
    return out(p)


ITEMS = [
    ("bd_notice_adverse_benefit_determination", "born_digital", "nabd", "slash"),
    ("scan300_milk_bank_invoice", "scan_clean_300", "invoice", "abbr"),
    ("faxstd_stack_provider_claim_denial_and_lmn", "fax_standard_g4", "stack", "updash"),
    ("copy_aviso_determinacion_adversa_es", "photocopy", "es", "es"),
    ("photo_member_eob_three_claims", "phone_photo", "eob", "short"),
    ("rotated_fair_hearing_decision_reversed", "rotated", "hearing", "long"),
    ("lowres_prose_reimbursement_denial", "scan_lowres_150", "prose", "long"),
]


def ships(r, f, k):
    out_ = []
    for j in range(k):
        out_.append((f["start"] + dt.timedelta(days=2 + 7 * j + r.randint(0, 2)), r.choice([40, 48, 56])))
    return out_


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        name = f"{FAMILY}_{suffix}"
        if kind in ("invoice", "stack", "eob", "prose"):
            f["ships"] = ships(r, f, 3 if kind == "invoice" else 2)
            f["total"] = round(sum(3 * n * OZ_PRICE for _, n in f["ships"]), 2)
            f["notice"] = f["ships"][-1][0] + dt.timedelta(days=r.randint(20, 35))
            f["recv"] = f["notice"] - dt.timedelta(days=r.randint(9, 15))
        nd = f["notice"].isoformat()
        dl60 = (f["notice"] + dt.timedelta(days=60)).isoformat()
        span = [f"{f['start'].isoformat()}/{f['end'].isoformat()}"]
        common = dict(insurer=MCO[0], member_id=f["mid"], member_name=f["kid"], provider=BANK[0])
        if kind == "nabd":
            t = truth("denial_letter", "not_covered", case_numbers=[f["req"]], claim_amount=m2(f["total"]),
                      service_dates=span, denial_date=nd, appeal_deadline=dl60,
                      alternates={"provider": [f"Dr. {NEO}", NEO], "member_id": [f["mcd"]]}, **common)
            items.append(Item(name, cond, [(nabd(f, ds), t)]))
        elif kind == "invoice":
            f["inv"] = "INV-" + dg(r, 6)
            f["tax"] = dg(r, 7)
            t = truth("other", None, case_numbers=[], claim_amount=m2(f["total"]),
                      service_dates=[d.isoformat() for d, _ in f["ships"]], denial_date=nd, unscored=["insurer"],
                      alternates={"case_numbers": [[f["inv"]]]}, **dict(common, insurer=None))
            items.append(Item(name, cond, [(invoice(f, ds), t)]))
        elif kind == "stack":
            f["clm"] = "26" + dg(r, 10)
            f["lmn"] = f["notice"] + dt.timedelta(days=r.randint(4, 9))
            sd = [d.isoformat() for d, _ in f["ships"]]
            t1 = truth("denial_letter", "not_covered", case_numbers=[f["clm"]], claim_amount=m2(f["total"]),
                       service_dates=sd, denial_date=nd, appeal_deadline=dl60, **common)
            t2 = truth("other", None, case_numbers=[], denial_date=f["lmn"].isoformat(), unscored=["insurer"],
                       alternates={"provider": [NEO, NICU, BANK[0]]},
                       **dict(common, insurer=None, provider=f"Dr. {NEO}"))
            items.append(Item(name, cond, [(provider_notice(f, ds), t1), (lmn(f, ds), t2)],
                              separators=["cover", None]))
        elif kind == "es":
            t = truth("denial_letter", "not_covered", lang="es", case_numbers=[f["req"]],
                      claim_amount=m2(f["total"]), service_dates=span, denial_date=nd, appeal_deadline=dl60,
                      alternates={"member_id": [f["mcd"]]}, **common)
            items.append(Item(name, cond, [(spanish(f, ds), t)]))
        elif kind == "eob":
            r2 = random.Random(SEED + 60)
            tot = round(sum(3 * n * OZ_PRICE for _, n in f["ships"]), 2)
            f["clm"] = "26" + dg(r2, 10)
            d1 = f["dis"] + dt.timedelta(days=3)
            d2 = f["dis"] + dt.timedelta(days=5)
            f["claims"] = [
                dict(no="26" + dg(r2, 10), prov="Bramwell Pediatrics", lines=[(d1, "Newborn follow-up visit 99391",
                                                                              185.00, 96.40, "P0")]),
                dict(no=f["clm"], prov=BANK[0], lines=[(d, f"Donor milk T2101, {3 * n} oz", 3 * n * OZ_PRICE, 0.0,
                                                        "N27") for d, n in f["ships"]]),
                dict(no="26" + dg(r2, 10), prov="Bloom Lactation Services", lines=[(d2, "Lactation visit S9443",
                                                                                   120.00, 58.00, "P0")]),
            ]
            t = truth("eob", "not_covered", case_numbers=[f["clm"]], claim_amount=m2(tot),
                      service_dates=[d.isoformat() for d, _ in f["ships"]], denial_date=nd, appeal_deadline=dl60,
                      alternates={"claim_amount": [m2(3 * n * OZ_PRICE) for _, n in f["ships"]]}, **common)
            items.append(Item(name, cond, [(eob(f, ds), t)]))
        elif kind == "hearing":
            f["docket"] = "OAH-" + dg(r, 2) + "-" + dg(r, 5)
            f["held"] = f["notice"] - dt.timedelta(days=r.randint(7, 14))
            t = truth("other", None, case_numbers=[f["docket"], f["req"]], service_dates=span, denial_date=nd,
                      alternates={"insurer": [MCO[0], HEAR[1]], "case_numbers": [[f["docket"]]]},
                      **dict(common, insurer=HEAR[0]))
            items.append(Item(name, cond, [(hearing(f, ds), t)]))
        else:
            f["clm"] = "RB" + dg(r, 9)
            t = truth("denial_letter", "not_covered", case_numbers=[f["clm"]], claim_amount=m2(f["total"]),
                      service_dates=[d.isoformat() for d, _ in f["ships"]], denial_date=nd, appeal_deadline=dl60,
                      **common)
            items.append(Item(name, cond, [(prose(f, ds), t)]))
    return items
