"""Family 'copay_accumulator_adjustment_program_letter': PBM and health plan letters and a claim statement on
manufacturer copay assistance that no longer counts toward the deductible or out-of-pocket maximum (copay
accumulator or maximizer programs), a specialty drug claim then left with a large member share, and an exception
for a drug without a generic equivalent under state law (invented plans, PBMs, pharmacies, people and numbers).

Letters show the member, member ID, group, RxBIN/RxPCN (routing codes, decoys), the specialty pharmacy (provider),
the prescriber (decoy), the fill date, the claim cost, the coupon amount applied, the member responsibility, a
reference number and an appeal or grievance deadline. One exception is granted; one letter is in Spanish.

Issuers: Halvorsen Rx Solutions (PBM; teal-less plain bold wordmark with a rule), Marrowfield Health Plan
(serif centred letterhead), Plan de Salud Marrowfield (the same plan's Spanish letter).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "copay_accumulator_adjustment_program_letter"
LANG = "en"
PBM = "Halvorsen Rx Solutions"
MHP = "Marrowfield Health Plan"
FIRST = ["Anneliese", "Obinna", "Perpetua", "Kazimierz", "Lucinda", "Haruto", "Evander", "Zainab", "Cormac",
         "Thandiwe", "Benedikt", "Graciela"]
FIRST_ES = ["Marisela", "Teodoro", "Yaritza", "Baltasar", "Nayeli"]
LAST = ["Wetherall", "Adeyemi-Cole", "Sorensen", "Vukovic", "Ashdown", "Matsumura", "Oyelowo", "Rosenquist",
        "Galbraith", "Ferreira-Lund"]
LAST_ES = ["Echeverría", "Maldonado", "Quiñones", "Arriaga", "Solís"]
PHARM = ["Kestrel Specialty Pharmacy", "Orchardline Specialty Rx", "Bellwether Infusion & Specialty Pharmacy"]
DRUGS = [("Humira (adalimumab) 40 mg/0.4 mL pen", "HUMIRA"), ("Stelara (ustekinumab) 90 mg/mL syringe", "STELARA"),
         ("Enbrel (etanercept) 50 mg/mL SureClick", "ENBREL"), ("Ocrevus (ocrelizumab) 300 mg/10 mL", "OCREVUS"),
         ("Cosentyx (secukinumab) 150 mg/mL pen", "COSENTYX")]


def dd(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def facts(seed: int, ds: str, lang: str = "en") -> dict:
    r = random.Random(199600 + seed)
    letter = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 220))
    fill = dd(letter, -r.randint(5, 25))
    cost = r.randint(5200, 16800) + r.choice([0.0, 0.42, 0.17, 0.89])
    coupon = float(r.choice([4800, 6000, 9500, 1500]))
    member = r.choice([1850.0, 2400.0, 3200.0, 4150.0])
    fn = r.choice(FIRST_ES if lang == "es" else FIRST)
    ln = r.choice(LAST_ES if lang == "es" else LAST)
    return dict(r=r, ds=ds, letter=letter, fill=fill, cost=m2(cost), coupon=m2(coupon), member=m2(member),
                name=f"{fn} {r.choice('ABCDEFGHJKLMNPRSTW')}. {ln}", mid=f"HRX{r.randint(10000000, 99999999)}",
                grp=f"{r.choice(['GR', 'EMP'])}{r.randint(10000, 99999)}", bin=str(r.randint(600000, 619999)),
                pcn=r.choice(["HRXSPEC", "MHPRX01", "ACCUM7"]), ref=f"ACP-{letter.year}-{r.randint(100000, 999999)}",
                claim=str(r.randint(10 ** 14, 10 ** 15 - 1)), pharm=r.choice(PHARM), drug=r.choice(DRUGS),
                prescriber=f"Dr. {r.choice(FIRST)} {r.choice(LAST)}",
                npi=r.choice("12") + "".join(r.choice("0123456789") for _ in range(9)),
                dob=dt.date(r.randint(1960, 2004), r.randint(1, 12), r.randint(1, 28)),
                ded=r.choice(["3000.00", "4500.00"]), oop=r.choice(["7350.00", "9200.00"]),
                phone=f"1-877-{r.randint(200, 999)}-{r.randint(1000, 9999)}")


def fd(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def labels(d: Doc, f: dict, rows: list[tuple[str, str]], w: float = 52) -> None:
    for k, v in rows:
        d.font(9.5, "B")
        d.cell(w, 5.2, k)
        d.font(9.5)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def head_pbm(d: Doc, f: dict) -> None:
    d.add_page()
    d.set_font("Helvetica", "B", 17)
    d.cell(0, 8, "HALVORSEN Rx", new_x="LMARGIN", new_y="NEXT")
    d.text_line(PBM + " - Pharmacy benefit manager for your employer's health plan", 8.5)
    d.text_line(f"PO Box 55102, Ridgeborough, AZ 85299   Member Services {f['phone']} (TTY 711)", 8)
    d.rule(0.6, 4)


def head_mhp(d: Doc, f: dict, es: bool = False) -> None:
    d.add_page()
    d.set_font("Times", "B", 17)
    d.cell(0, 7, "Plan de Salud Marrowfield" if es else MHP, align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "", 9)
    d.cell(0, 4.5, "2040 Cordwainer Boulevard, Suite 600, Lindqvist, MN 55488", align="C", new_x="LMARGIN",
           new_y="NEXT")
    d.ln(5)


def to(d: Doc, f: dict) -> None:
    for ln in (f["name"], f"{f['r'].randint(20, 9000)} Tamarack Row", "Eastwick, MN 55330"):
        d.text_line(ln, 10)
    d.ln(4)


def pbm_letter(f: dict, kind: str) -> bytes:
    d = Doc("Helvetica", footer="HRX-ACCUM-03 (2026)   Page {p} of {n}")
    head_pbm(d, f)
    d.text_line("Date: " + fd(f, f["letter"]), 10)
    d.ln(2)
    to(d, f)
    title = {"accum": "Important notice about your copay assistance and your specialty drug claim",
             "max": "Your specialty drug is now part of the Variable Copay (maximizer) program"}[kind]
    d.text_line(title, 11.5, "B")
    d.ln(1)
    labels(d, f, [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]),
                  ("RxBIN / RxPCN:", f"{f['bin']} / {f['pcn']}"), ("Reference number:", f["ref"]),
                  ("Drug:", f["drug"][0]), ("Dispensing pharmacy:", f["pharm"]),
                  ("Prescriber:", f"{f['prescriber']} (NPI {f['npi']})"), ("Date filled:", fd(f, f["fill"]))])
    if kind == "accum":
        d.para(f"Dear {f['name'].split()[0]}: Your plan includes a copay accumulator adjustment program. Starting "
               f"January 1, payments made by a drug manufacturer's copay card or coupon no longer count toward your "
               f"deductible ({fmt_money(f['ded'])}) or your out-of-pocket maximum ({fmt_money(f['oop'])}). Only the "
               f"amounts you pay yourself count.", 10)
        d.para(f"On the claim below, the manufacturer's assistance of {fmt_money(f['coupon'])} was applied to the "
               f"cost, but it was not credited to your deductible. Your coupon for this drug is now used up for the "
               f"year, so you are responsible for the remaining member share.", 10)
    else:
        d.para(f"Dear {f['name'].split()[0]}: {f['drug'][1]} is a non-essential health benefit specialty drug under "
               f"your plan. Its copay is set to the maximum value of the manufacturer's assistance program, and "
               f"amounts paid by the manufacturer do not count toward your deductible or out-of-pocket maximum. "
               f"Because you did not enroll in the manufacturer's program by the deadline, the full variable copay "
               f"now applies.", 10)
    d.table(["Claim number", "Total claim cost", "Coupon applied", "Plan paid", "You owe"],
            [[f["claim"], fmt_money(f["cost"]), fmt_money(f["coupon"]),
              fmt_money(m2(float(f["cost"]) - float(f["coupon"]) - float(f["member"]))), fmt_money(f["member"])]],
            [44, 34, 32, 32, 32], size=9, aligns="LRRRR")
    d.para(f"If you disagree with how this claim was processed, you may file an appeal within 180 days of the date "
           f"of this letter. You may also file a grievance about the program at any time. Call Member Services at "
           f"{f['phone']}. Your date of birth on file: {fd(f, f['dob'])}.", 10)
    d.para("Halvorsen Rx Solutions, Appeals Department", 10)
    return pdf_bytes(d)


def mhp_statement(f: dict) -> bytes:
    d = Doc("Times", footer="MHP pharmacy claim statement - not a bill")
    head_mhp(d, f)
    d.text_line("PHARMACY CLAIM STATEMENT", 13, "B", align="C")
    d.text_line("Statement date: " + fd(f, f["letter"]), 10, align="C")
    d.ln(4)
    to(d, f)
    d.boxes([("Member", f["name"], 62), ("ID number", f["mid"], 44), ("Group number", f["grp"], 36),
             ("BIN / PCN", f"{f['bin']}/{f['pcn']}", 38)])
    d.ln(4)
    d.table(["Fill date", "Drug", "Pharmacy", "Charged", "Mfr. assist.", "Your share"],
            [[fd(f, f["fill"]), f["drug"][1], f["pharm"], fmt_money(f["cost"], "nosign"),
              fmt_money(f["coupon"], "nosign"), fmt_money(f["member"], "nosign")]],
            [24, 26, 64, 22, 22, 22], size=8.5, aligns="LLLRRR")
    d.para(f"Claim ID {f['claim']}. Message 4A: Manufacturer copay assistance is not applied to your deductible "
           f"or out-of-pocket maximum under your plan's accumulator adjustment program. Deductible met to date: "
           f"$0.00 of {fmt_money(f['ded'])}. Prescribed by {f['prescriber']}.", 10)
    d.para(f"To appeal, write to us within 180 days of the statement date. Appeals must be received by "
           f"{fd(f, dd(f['letter'], 180))}.", 10)
    return pdf_bytes(d)


def mhp_exception(f: dict, granted: bool) -> bytes:
    d = Doc("Times", footer="MHP-EXC-11")
    head_mhp(d, f)
    d.text_line(fd(f, f["letter"]), 10.5)
    d.ln(2)
    to(d, f)
    d.text_line("Re: Request to count copay assistance toward your cost sharing", 11, "B")
    labels(d, f, [("Member", f["name"]), ("Member number", f["mid"]), ("Group number", f["grp"]),
                  ("Case number", f["ref"]), ("Drug", f["drug"][0]), ("Specialty pharmacy", f["pharm"]),
                  ("Fill date", fd(f, f["fill"])), ("Claim cost", fmt_money(f["cost"]))], 44)
    if granted:
        d.para(f"We reviewed your request. {f['drug'][1]} has no generic equivalent available. Under state law, "
               f"cost-sharing assistance paid on your behalf for a brand drug without a generic equivalent must be "
               f"counted toward your deductible and out-of-pocket maximum. Your request is APPROVED. We have "
               f"credited {fmt_money(f['coupon'])} of manufacturer assistance to your deductible and reprocessed "
               f"claim {f['claim']}. Your member share on this fill is now $0.00.", 10.5)
        d.para(f"No further action is needed. Your prescriber, {f['prescriber']}, has been told of this decision.",
               10.5)
    else:
        d.para(f"We reviewed your request. Your plan is a self-funded employer plan, and the state law on "
               f"copay assistance for drugs without a generic does not apply to it. The manufacturer assistance of "
               f"{fmt_money(f['coupon'])} will not count toward your deductible, and your member responsibility of "
               f"{fmt_money(f['member'])} remains. Your request is DENIED.", 10.5)
        d.para(f"You may file a grievance or appeal within 60 days of the date of this letter, no later than "
               f"{fd(f, dd(f['letter'], 60))}.", 10.5)
    return pdf_bytes(d)


def es_letter(f: dict) -> bytes:
    d = Doc("Helvetica", footer="MHP-ACCUM-ES   Página {p} de {n}")
    head_mhp(d, f, es=True)
    d.text_line("Fecha: " + fd(f, f["letter"]), 10)
    d.ln(2)
    to(d, f)
    d.text_line("Aviso importante sobre la ayuda para copagos del fabricante", 11.5, "B")
    labels(d, f, [("Afiliado(a):", f["name"]), ("Número de afiliado:", f["mid"]), ("Grupo:", f["grp"]),
                  ("RxBIN / RxPCN:", f"{f['bin']} / {f['pcn']}"), ("Número de referencia:", f["ref"]),
                  ("Medicamento:", f["drug"][0]), ("Farmacia especializada:", f["pharm"]),
                  ("Médico que receta:", f["prescriber"]), ("Fecha de surtido:", fd(f, f["fill"]))])
    d.para(f"Estimado(a) {f['name'].split()[0]}: Su plan tiene un programa de ajuste de acumuladores. Los pagos "
           f"hechos con la tarjeta de copago del fabricante ya no cuentan para su deducible ni para su máximo de "
           f"gastos de bolsillo.", 10)
    d.table(["Número de reclamo", "Costo total", "Cupón aplicado", "Usted paga"],
            [[f["claim"], fmt_money(f["cost"]), fmt_money(f["coupon"]), fmt_money(f["member"])]],
            [50, 40, 40, 40], size=9, aligns="LRRR")
    d.para(f"Si no está de acuerdo, puede presentar una apelación dentro de 180 días a partir de la fecha de esta "
           f"carta. Llame al {f['phone']}.", 10)
    return pdf_bytes(d)


def t_of(f: dict, issuer: str, doc: str = "denial_letter", denial: str | None = "not_covered", lang: str = "en",
         days: int | None = 180, cases: list | None = None) -> dict:
    kw = {"alternates": {"claim_amount": [f["member"]]}}
    if denial:
        kw["denial_alternates"] = ["other"]
    if doc == "eob":
        kw["type_alternates"] = ["denial_letter"]
    return truth(doc, denial, lang=lang, insurer=issuer, member_id=f["mid"], member_name=f["name"],
                 group_number=f["grp"], case_numbers=cases or [f["ref"], f["claim"]], claim_amount=f["cost"],
                 service_dates=[iso(f["fill"])], denial_date=iso(f["letter"]), provider=f["pharm"],
                 appeal_deadline=iso(dd(f["letter"], days)) if days else None, **kw)


def documents(rng: random.Random) -> list[Item]:
    out = []
    f = facts(1, "long")
    out.append(Item(f"{FAMILY}_be_pbm_accumulator", "born_digital", [(pbm_letter(f, "accum"), t_of(f, PBM))]))
    f = facts(2, "slash")
    out.append(Item(f"{FAMILY}_be_pbm_maximizer", "scan_clean_300", [(pbm_letter(f, "max"), t_of(f, PBM))]))
    f = facts(3, "dmy")
    out.append(Item(f"{FAMILY}_be_claim_statement", "photocopy",
                    [(mhp_statement(f), t_of(f, MHP, "eob", cases=[f["claim"]]))]))
    f = facts(4, "abbr")
    out.append(Item(f"{FAMILY}_be_exception_denied_self_funded", "scan_lowres_150",
                    [(mhp_exception(f, False), t_of(f, MHP, days=60, cases=[f["ref"]]))]))
    f = facts(5, "iso")
    t = t_of(f, MHP, "other", None, days=None, cases=[f["ref"], f["claim"]])
    t["alternates"] = {"case_numbers": [[f["ref"]]]}
    out.append(Item(f"{FAMILY}_be_exception_granted_no_generic", "born_digital", [(mhp_exception(f, True), t)]))
    f = facts(6, "es", "es")
    out.append(Item(f"{FAMILY}_be_carta_acumulador_es", "phone_photo",
                    [(es_letter(f), t_of(f, "Plan de Salud Marrowfield", lang="es"))]))
    f = facts(7, "upper")
    out.append(Item(f"{FAMILY}_be_rotated_pbm_accumulator", "rotated", [(pbm_letter(f, "accum"), t_of(f, PBM))]))
    return out
