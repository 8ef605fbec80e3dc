"""Family 'ada_dental_claim_form_with_denial': a copy of a filled ADA Dental Claim Form (2019) returned by the dental
plan with its denial or partial-payment note: a cover letter on top, a letter behind the form, or a rubber stamp and a
typed note on the form itself. Modelled from memory on the published ADA Dental Claim Form (c 2019 American Dental
Association, J430): header information 1-2, insurance company 3, other coverage 4-11, policyholder/subscriber
12-17, patient 18-23, record of services provided 24-31 (procedure date, area of oral cavity, tooth system, tooth
numbers, surfaces, procedure code, diag. pointer, qty, description, fee), 31a other fee(s), 32 total fee, 33 missing
teeth information, 34 diagnosis code list, 35 remarks, authorizations 36-37, ancillary claim/treatment 38-47,
billing dentist 48-52a, treating dentist 53-58. All values invented.

Payers: Ribnica Dental Mutual (logo word over a rule) and Koper Dental Benefit Company (parent line "A Krsko Holdings
company", return address block). Practices: Kocevje Family Dentistry, Ljutomer Dental Group. Reasons: frequency limit
in plain words, a paid claim, a partial payment (missing tooth clause on one line), coverage ended (keyword
eligibility), other coverage primary (COB), no predetermination for a crown (plain words), Spanish cover note on a
waiting period for major services.
"""

from __future__ import annotations

import datetime as dt
import io
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundak_famka import address, clinician, days, fdate, iso, m2, mixed, money, npi, person, phone, tollfree, usd

FAMILY = "ada_dental_claim_form_with_denial"
LANG = "en"
RI, KO = "Ribnica Dental Mutual", "Koper Dental Benefit Company"
PAYER_ADDR = {RI: ("PO Box 7310", "Bowbells, ND 58721"), KO: ("PO Box 2264", "Chloride, AZ 86431")}
PRACT = {"Kocevje Family Dentistry": ("418 Kocevje Court", "Gorenje Falls, OR 97352"),
         "Ljutomer Dental Group": ("90 Ljutomer Avenue", "Chloride, AZ 86431")}
LABELS = [("Claim number", "Date of notice", "Total fee billed", "Date(s) of service"),
          ("Claim #", "Processed on", "Submitted charges", "Procedure date"),
          ("Claim reference", "Notice date", "Amount charged", "Service date")]
# kind -> lines (date offset, area, tooth, surface, code, description, lo, hi)
LINES = {
    "freq": [(0, "", "", "", "D1110", "Prophylaxis - adult", 90, 140), (0, "", "", "", "D0120",
             "Periodic oral evaluation", 50, 80), (0, "", "", "", "D0274", "Bitewings - four radiographic images",
             60, 95)],
    "paid": [(0, "", "", "", "D0150", "Comprehensive oral evaluation", 80, 130),
             (0, "", "", "", "D0210", "Intraoral - complete series", 120, 170),
             (14, "", "19", "MO", "D2392", "Resin-based composite - two surfaces, posterior", 190, 260)],
    "partial": [(0, "", "30", "", "D2740", "Crown - porcelain/ceramic", 1050, 1400),
                (0, "", "3-5", "", "D6240", "Pontic - porcelain fused to high noble", 980, 1250)],
    "elig": [(0, "", "14", "MOD", "D2393", "Resin-based composite - three surfaces, posterior", 230, 320),
             (0, "", "", "", "D0220", "Intraoral - periapical first image", 25, 45)],
    "cob": [(0, "", "", "", "D0120", "Periodic oral evaluation", 50, 80),
            (0, "", "", "", "D1110", "Prophylaxis - adult", 90, 140)],
    "pa": [(0, "", "8", "", "D2750", "Crown - porcelain fused to high noble metal", 1100, 1450),
           (0, "", "8", "", "D2950", "Core buildup, including any pins", 240, 330)],
    "es": [(0, "", "31", "", "D3330", "Endodontic therapy, molar tooth", 980, 1300),
           (0, "", "31", "", "D2950", "Core buildup, including any pins", 240, 330)],
}
PRACT_OF = {"freq": "Kocevje Family Dentistry", "paid": "Ljutomer Dental Group", "partial": "Ljutomer Dental Group",
            "elig": "Kocevje Family Dentistry", "cob": "Kocevje Family Dentistry", "pa": "Ljutomer Dental Group",
            "es": "Kocevje Family Dentistry"}


class Form(Doc):
    def __init__(self):
        super().__init__("Helvetica", margins=(8, 8, 8))
        self.set_auto_page_break(False)


def facts(r: random.Random, kind: str, ins: str, lab: int, ds: str, ms: str) -> dict:
    lang = "es" if kind == "es" else "en"
    dec = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 220))
    dos = days(dec, -r.randint(18, 50))
    lines = []
    for off, area, tooth, surf, code, desc, lo, hi in LINES[kind]:
        lines.append(dict(date=days(dos, off), area=area, tooth=tooth, surf=surf, code=code, desc=desc,
                          fee=money(r, lo, hi)))
    total = round(sum(x["fee"] for x in lines), 2)
    member = person(r, lang)
    dep = kind in ("freq", "cob", "partial")
    sub = member
    if dep:
        p = person(r, lang)
        sub = (f"{p[1]} {p[2]}. {member[3]}", p[1], p[2], member[3])
    pr = PRACT_OF[kind]
    paid_line = round(lines[0]["fee"] * 0.5, 2) if kind == "partial" else 0
    return dict(kind=kind, ins=ins, L=LABELS[lab], ds=ds, ms=ms, lang=lang, dec=dec, lines=lines, total=total,
                member=member, sub=sub, dep=dep, addr=address(r, lang), pract=pr, doc=clinician(r),
                bill_npi=npi(r), doc_npi=npi(r), lic=mixed(r, "DDS-99999"), tin=mixed(r, "99-9999999"),
                sdob=dt.date(r.randint(1955, 1988), r.randint(1, 12), r.randint(1, 28)),
                pdob=dt.date(r.randint(1990, 2012), r.randint(1, 12), r.randint(1, 28)),
                acct=mixed(r, "KFD-99999") if pr.startswith("Kocevje") else mixed(r, "LDG99999A"),
                mid=("RDM" + mixed(r, "99999999")) if ins == RI else mixed(r, "K99-999-9999"),
                grp=mixed(r, "99999-R") if ins == RI else mixed(r, "KDB-A9999"),
                emp=r.choice(["Bowbells Grain Cooperative", "Chloride Mining Supply LLC", "Gorenje Falls School District"]),
                claim=("RD" + mixed(r, "9999999999")) if ins == RI else mixed(r, "2026-999-99999"),
                other_ins="Velika Planina Dental Insurance Co.", other_id=mixed(r, "VP999999999"),
                ph=tollfree(r), fax=phone(r), pph=phone(r), paid_line=paid_line,
                cover_end=days(dos, -r.randint(8, 40)), last_clean=days(dos, -r.randint(60, 150)),
                eff=days(dos, -r.randint(90, 170)))


def box(d: Form, x: float, y: float, w: float, h: float, label: str, lines: list[str], vs: float = 8.2) -> None:
    d.rect(x, y, w, h)
    d.set_xy(x + 0.6, y + 0.4)
    d.set_font("Helvetica", "", 5.0)
    d.cell(w - 1.2, 2.4, label)
    yy = y + 3.0
    for ln in lines:
        d.set_xy(x + 1, yy)
        d.set_font("Courier", "", vs)
        d.cell(w - 2, vs * 0.42, ln)
        yy += vs * 0.42


def section(d: Form, x: float, y: float, w: float, title: str) -> None:
    d.set_fill_color(215, 215, 215)
    d.set_xy(x, y)
    d.set_font("Helvetica", "B", 6.2)
    d.cell(w, 3.6, title, border=1, fill=True)


def form(d: Form, f: dict, y0: float = 8) -> float:
    x0, W = 8, 199
    d.set_xy(x0, y0)
    d.set_font("Helvetica", "B", 14)
    d.cell(120, 7, "ADA American Dental Association  Dental Claim Form")
    y = y0 + 8
    section(d, x0, y, 100, "HEADER INFORMATION")
    y += 3.6
    box(d, x0, y, 100, 8, "1. Type of Transaction (Mark all applicable boxes)",
        ["[X] Statement of Actual Services  [ ] Predetermination"], vs=7)
    box(d, x0, y + 8, 100, 7, "2. Predetermination/Preauthorization Number", [""])
    section(d, x0, y + 15, 100, "INSURANCE COMPANY/DENTAL BENEFIT PLAN INFORMATION")
    a = PAYER_ADDR[f["ins"]]
    box(d, x0, y + 18.6, 100, 14, "3. Company/Plan Name, Address, City, State, Zip Code",
        [f["ins"].upper(), a[0].upper(), a[1].upper()])
    section(d, x0, y + 32.6, 100, "OTHER COVERAGE (Mark applicable box and complete items 5-11.)")
    cob = f["kind"] == "cob"
    box(d, x0, y + 36.2, 100, 7, "4. Dental?  Medical?   (If both, complete 5-11 for dental only.)",
        ["[X] Dental  [ ] Medical" if cob else "[ ] Dental  [ ] Medical   NONE"])
    s = f["sub"]
    box(d, x0, y + 43.2, 100, 7, "5. Name of Policyholder/Subscriber in #4 (Last, First, Middle Initial, Suffix)",
        [f"{s[3].upper()}, {s[1].upper()} {s[2]}" if cob else ""])
    box(d, x0, y + 50.2, 34, 7, "6. Date of Birth (MM/DD/CCYY)", [f["sdob"].strftime("%m/%d/%Y") if cob else ""])
    box(d, x0 + 34, y + 50.2, 16, 7, "7. Gender", [""])
    box(d, x0 + 50, y + 50.2, 50, 7, "8. Policyholder/Subscriber ID (Assigned by Plan)",
        [f["other_id"] if cob else ""])
    box(d, x0, y + 57.2, 40, 7, "9. Plan/Group Number", [""])
    box(d, x0 + 40, y + 57.2, 60, 7, "10. Patient's Relationship to Person named in #5",
        ["Self [X]" if cob else ""], vs=7)
    box(d, x0, y + 64.2, 100, 9, "11. Other Insurance Company/Dental Benefit Plan Name, Address, City, State, Zip",
        [f["other_ins"].upper() if cob else ""])
    # right column: policyholder and patient
    xr, wr = x0 + 100, 99
    section(d, xr, y, wr, "POLICYHOLDER/SUBSCRIBER INFORMATION (Assigned by Plan Named in #3)")
    ad = f["addr"]
    box(d, xr, y + 3.6, wr, 14, "12. Policyholder/Subscriber Name (Last, First, Middle Initial, Suffix), Address, "
        "City, State, Zip Code", [f"{s[3].upper()}, {s[1].upper()} {s[2]}", ad[0].upper(), ad[1].upper()])
    box(d, xr, y + 17.6, 34, 7, "13. Date of Birth (MM/DD/CCYY)", [f["sdob"].strftime("%m/%d/%Y")])
    box(d, xr + 34, y + 17.6, 15, 7, "14. Gender", [""])
    box(d, xr + 49, y + 17.6, 50, 7, "15. Policyholder/Subscriber ID (Assigned by Plan)", [f["mid"]])
    box(d, xr, y + 24.6, 40, 7, "16. Plan/Group Number", [f["grp"]])
    box(d, xr + 40, y + 24.6, 59, 7, "17. Employer Name", [f["emp"].upper()], vs=7)
    section(d, xr, y + 31.6, wr, "PATIENT INFORMATION")
    box(d, xr, y + 35.2, 64, 7, "18. Relationship to Policyholder/Subscriber in #12 Above",
        ["Dependent Child [X]" if f["dep"] else "Self [X]"], vs=7)
    box(d, xr + 64, y + 35.2, 35, 7, "19. Reserved For Future Use", [""])
    m = f["member"]
    box(d, xr, y + 42.2, wr, 14, "20. Name (Last, First, Middle Initial, Suffix), Address, City, State, Zip Code",
        [f"{m[3].upper()}, {m[1].upper()} {m[2]}", ad[0].upper(), ad[1].upper()])
    box(d, xr, y + 56.2, 34, 7, "21. Date of Birth (MM/DD/CCYY)",
        [(f["pdob"] if f["dep"] else f["sdob"]).strftime("%m/%d/%Y")])
    box(d, xr + 34, y + 56.2, 15, 7, "22. Gender", [""])
    box(d, xr + 49, y + 56.2, 50, 7, "23. Patient ID/Account # (Assigned by Dentist)", [f["acct"]])
    y += 73.2
    section(d, x0, y, W, "RECORD OF SERVICES PROVIDED")
    y += 3.6
    heads = [("", 5), ("24. Procedure Date (MM/DD/CCYY)", 26), ("25. Area of Oral Cavity", 11),
             ("26. Tooth System", 10), ("27. Tooth Number(s) or Letter(s)", 22), ("28. Tooth Surface", 14),
             ("29. Procedure Code", 17), ("29a. Diag. Pointer", 11), ("29b. Qty.", 8), ("30. Description", 53),
             ("31. Fee", 22)]
    x = x0
    for lab, w in heads:
        d.rect(x, y, w, 6)
        d.set_xy(x + 0.4, y + 0.3)
        d.set_font("Helvetica", "", 4.6)
        d.multi_cell(w - 0.8, 1.9, lab)
        x += w
    y += 6
    for n in range(10):
        ln = f["lines"][n] if n < len(f["lines"]) else None
        x = x0
        vals = [str(n + 1)] + ([ln["date"].strftime("%m/%d/%Y"), ln["area"], "JP", ln["tooth"], ln["surf"], ln["code"],
                               "A", "1", ln["desc"][:36], usd(ln["fee"], "nosign")] if ln else [""] * 10)
        for (lab, w), v in zip(heads, vals):
            d.rect(x, y, w, 5)
            d.set_xy(x + 0.5, y + 0.8)
            d.set_font("Courier", "", 6.4 if lab.startswith("30") else 7.8)
            d.cell(w - 1, 3.6, v, align="R" if lab.startswith("31") else "L")
            x += w
        y += 5
    miss = f["lines"][0]["tooth"] if f["kind"] == "partial" else ""
    box(d, x0, y, 120, 12, "33. Missing Teeth Information (Place an 'X' on each missing tooth.)",
        ["1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16" + ("   X on 4" if f["kind"] == "partial" else ""),
         "32 31 30 29 28 27 26 25 24 23 22 21 20 19 18 17" + ("   X on 30" if miss else "")], vs=6.6)
    box(d, x0 + 120, y, 57, 6, "31a. Other Fee(s)", [""])
    box(d, x0 + 177, y, 22, 6, "", [""])
    box(d, x0 + 120, y + 6, 57, 6, "32. Total Fee", [""])
    box(d, x0 + 177, y + 6, 22, 6, "", [usd(f["total"], "nosign")])
    y += 12
    box(d, x0, y, 100, 7, "34. Diagnosis Code List Qualifier (ICD-10 = AB)  34a. Diagnosis Code(s)",
        ["AB   A K0530" if f["kind"] in ("freq", "cob") else "AB   A K029"])
    rem = {"cob": "PRIMARY EOB TO FOLLOW", "partial": "TOOTH 30 EXTRACTED 2019", "pa": "FX INCISAL EDGE"}
    box(d, x0 + 100, y, 99, 7, "35. Remarks", [rem.get(f["kind"], "")])
    y += 7
    section(d, x0, y, 100, "AUTHORIZATIONS")
    section(d, x0 + 100, y, 99, "ANCILLARY CLAIM/TREATMENT INFORMATION")
    y += 3.6
    box(d, x0, y, 100, 10, "36. I have been informed of the treatment plan and associated fees...",
        [f"SIGNATURE ON FILE   DATE {f['lines'][0]['date'].strftime('%m/%d/%Y')}"], vs=7)
    box(d, x0 + 100, y, 50, 10, "38. Place of Treatment (e.g. 11=office)", ["11"])
    box(d, x0 + 150, y, 49, 10, "39. Enclosures (Y or N)", ["N"])
    y += 10
    box(d, x0, y, 100, 10, "37. I hereby authorize and direct payment of the dental benefits...",
        ["SIGNATURE ON FILE"], vs=7)
    box(d, x0 + 100, y, 99, 10, "40. Is Treatment for Orthodontics?  43. Replacement of Prosthesis?  45. Treatment "
        "Resulting from", ["NO           NO           N/A"], vs=7)
    y += 10
    section(d, x0, y, 100, "BILLING DENTIST OR DENTAL ENTITY")
    section(d, x0 + 100, y, 99, "TREATING DENTIST AND TREATMENT LOCATION INFORMATION")
    y += 3.6
    pa, pb = PRACT[f["pract"]]
    box(d, x0, y, 100, 14, "48. Name, Address, City, State, Zip Code",
        [f["pract"].upper(), pa.upper(), pb.upper()])
    box(d, x0 + 100, y, 99, 14, "53. I hereby certify that the procedures as indicated by date are in progress...",
        [f"SIGNED (Treating Dentist) {f['doc'].upper()} DDS", f"DATE {f['lines'][-1]['date'].strftime('%m/%d/%Y')}"],
        vs=7)
    y += 14
    box(d, x0, y, 30, 7, "49. NPI", [f["bill_npi"]], vs=7.4)
    box(d, x0 + 30, y, 30, 7, "50. License Number", [f["lic"]], vs=7.4)
    box(d, x0 + 60, y, 40, 7, "51. SSN or TIN", [f["tin"]], vs=7.4)
    box(d, x0 + 100, y, 33, 7, "54. NPI", [f["doc_npi"]], vs=7.4)
    box(d, x0 + 133, y, 33, 7, "55. License Number", [f["lic"]], vs=7.4)
    box(d, x0 + 166, y, 33, 7, "56a. Provider Specialty Code", ["1223G0001X"], vs=7)
    y += 7
    box(d, x0, y, 100, 7, "52. Phone Number", [f["pph"]], vs=7.4)
    box(d, x0 + 100, y, 99, 7, "57. Phone Number", [f["pph"]], vs=7.4)
    y += 7
    d.set_xy(x0, y + 0.8)
    d.set_font("Helvetica", "", 5.6)
    d.cell(0, 3, "(c)2019 American Dental Association   J430   To reorder call 800.947.4746 or go online at "
                 "ADAcatalog.org")
    return y + 4


def stamp(d: Form, f: dict, x: float = 96, y: float = 120) -> None:
    word = {"paid": "PAID", "partial": "PARTIALLY PAID", "elig": "DENIED"}.get(f["kind"], "DENIED")
    d.set_draw_color(160, 30, 30)
    d.set_text_color(160, 30, 30)
    with d.rotation(8, x + 50, y + 12):
        d.set_line_width(0.9)
        d.rect(x, y, 100, 24)
        d.set_line_width(0.2)
        d.set_xy(x, y + 2)
        d.set_font("Helvetica", "B", 18)
        d.cell(100, 9, word, align="C")
        d.set_xy(x, y + 12)
        d.set_font("Helvetica", "B", 8.5)
        d.cell(100, 4.5, f["ins"].upper(), align="C")
        d.set_xy(x, y + 17)
        d.cell(100, 4.5, f"{fdate(f['dec'], 'slash')}   CLAIM {f['claim']}", align="C")
    d.set_draw_color(0, 0, 0)
    d.set_text_color(0, 0, 0)


def reason(f: dict) -> str:
    k = f["kind"]
    if k == "freq":
        return ("Your plan pays for two cleanings, two periodic exams and one set of bitewing X-rays in a benefit "
                "year, and no sooner than 6 months apart. Our records show these services were last paid on "
                f"{fdate(f['last_clean'], f['ds'])}, so this visit came too soon and is not payable.")
    if k == "paid":
        return "All procedures on this claim were paid at the plan's allowance. The enclosed EOB shows your share."
    if k == "partial":
        t = f["lines"][0]
        return (f"Line 1 (D2740, tooth 30) was paid. Line 2 (D6240) is denied under the missing tooth clause: the "
                "teeth replaced by this bridge were missing before your coverage began (see box 33), and your "
                f"plan does not pay to replace them. Plan payment {usd(f['paid_line'], f['ms'])} for tooth {t['tooth']}.")
    if k == "elig":
        return ("Eligibility: the patient was not eligible for benefits on the date of service. Coverage under group "
                f"{f['grp']} ended on {fdate(f['cover_end'], f['ds'])}.")
    if k == "cob":
        return (f"Box 4 of the claim shows other dental coverage with {f['other_ins']}. That plan pays first for this "
                "patient. Send us the primary plan's explanation of benefits and we will consider the balance; "
                "until then this claim is denied.")
    if k == "pa":
        return ("Your plan requires that we review crowns on front teeth before the work is done. We did not receive "
                "a predetermination request from the dentist before the crown was seated, so we cannot pay for it.")
    return ("Su plan tiene un período de espera de 12 meses para servicios mayores (tratamiento de conducto y "
            f"reconstrucción). Su cobertura comenzó el {fdate(f['eff'], 'es')}, por lo que estos servicios todavía "
            "no están cubiertos.")


def appeal_text(f: dict) -> str:
    k = f["kind"]
    if k == "paid":
        return f"Questions? Call Member Services at {f['ph']}."
    if k == "es":
        return ("Si no está de acuerdo, puede pedir una apelación dentro de 180 días a partir de la fecha de este "
                f"aviso. Llame al {f['ph']}.")
    if f["ins"] == RI:
        return (f"You may ask for an appeal within 180 days of the date of this notice. Write to Ribnica Dental Mutual "
                f"Appeals, PO Box 7311, Bowbells, ND 58721 or fax {f['fax']}.")
    return (f"To appeal, your written request must reach us by {fdate(f['deadline'], f['ds'])}. Koper Dental Benefit "
            f"Company, Appeals Unit, PO Box 2265, Chloride, AZ 86431. Phone {f['ph']}.")


def dates_text(f: dict) -> str:
    return " and ".join(fdate(x, f["ds"]) for x in sorted({ln["date"] for ln in f["lines"]}))


def note(d: Form, f: dict, y: float) -> None:
    L = f["L"]
    d.set_xy(8, y)
    d.set_font("Helvetica", "B", 8.6)
    d.cell(0, 4, f"{f['ins']} - claim processing note")
    d.set_xy(8, y + 4.5)
    d.set_font("Courier", "", 7.8)
    pairs = [(L[0], f["claim"]), (L[1], fdate(f["dec"], f["ds"])), (L[2], usd(f["total"], f["ms"])),
             (L[3], dates_text(f))]
    d.multi_cell(199, 3.5, "   ".join(f"{a}: {b}" for a, b in pairs))
    d.set_x(8)
    d.set_font("Helvetica", "", 7.8)
    d.multi_cell(199, 3.5, reason(f) + " " + appeal_text(f))


def letterhead(d: Doc, f: dict) -> None:
    if f["ins"] == RI:
        d.text_line("RIBNICA", 22, "B")
        d.rule(0.8)
        d.text_line(f"{RI}  |  Dental Claims  |  PO Box 7310, Bowbells, ND 58721  |  {f['ph']}", 8)
    else:
        d.text_line("A Krsko Holdings company", 7.5)
        d.text_line(KO, 15, "B")
        d.text_line("Claims Correspondence", 8.5)
        d.text_line("PO Box 2264, Chloride, AZ 86431", 8.5)
    d.ln(6)


def letter(f: dict) -> Doc:
    d = Doc("Helvetica")
    d.add_page()
    letterhead(d, f)
    es, L = f["lang"] == "es", f["L"]
    who = f["sub"]
    d.text_line(fdate(f["dec"], f["ds"]), 10)
    d.ln(4)
    for ln in (who[0], *f["addr"]):
        d.text_line(ln, 10)
    d.ln(5)
    pt, amt = f["member"][0], usd(f["total"], f["ms"])
    if es:
        d.text_line("Nota sobre su reclamación dental - copia del formulario adjunta", 11.5, "B")
        d.ln(2)
        rows = [("Paciente", pt), ("Número de reclamación", f["claim"]), ("Dentista", f["pract"]),
                ("Fecha del servicio", dates_text(f)), ("Cargos facturados", amt),
                ("Número de identificación", f["mid"]), ("Grupo", f["grp"])]
    else:
        d.text_line({"paid": "Your dental claim was paid", "partial": "Your dental claim was partly paid"}.get(
            f["kind"], "Your dental claim was denied"), 11.5, "B")
        d.ln(2)
        rows = [("Patient", pt), (L[0], f["claim"]), ("Dentist", f["pract"]), (L[3], dates_text(f)),
                (L[2], amt), ("Subscriber ID", f["mid"]), ("Group number", f["grp"])]
    for a, b in rows:
        d.font(10, "B")
        d.cell(55, 5.2, a + ":")
        d.font(10)
        d.cell(0, 5.2, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    if es:
        d.para(f"Estimado/a {who[1]} {who[3]}: Recibimos el formulario de reclamación dental de la ADA que "
               f"{f['pract']} nos envió por los servicios de {pt}. " + reason(f))
        d.para("El número de cuenta del paciente (casilla 23) y el NPI (casilla 49) son del consultorio dental, "
               "no de nuestro plan.")
    else:
        d.para(f"Dear {who[1]} {who[3]}: We received the ADA dental claim form below from {f['pract']} for "
               f"services to {pt}. " + reason(f))
        d.para("A copy of the claim as we received it is " + ("behind" if f.get("behind") else "attached to")
               + " this letter. Your benefit year runs January 1 through December 31; the annual maximum is "
               "$1,500.00 per person.")
    d.para(appeal_text(f))
    d.ln(3)
    d.text_line("Atentamente," if es else "Sincerely,", 10)
    d.text_line("Departamento de Reclamaciones Dentales" if es else "Dental Claims Review", 10)
    d.text_line(f["ins"], 10)
    return d


def merge(*srcs: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter  # noqa: PLC0415
    w = PdfWriter()
    for src in srcs:
        for p in PdfReader(io.BytesIO(src)).pages:
            w.add_page(p)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def build(f: dict, mode: str) -> bytes:
    fm = Form()
    fm.add_page()
    y = form(fm, f)
    if mode == "stamp":
        stamp(fm, f)
        note(fm, f, y + 1)
        return pdf_bytes(fm)
    lt = pdf_bytes(letter(f))
    return merge(pdf_bytes(fm), lt) if mode == "letter_behind" else merge(lt, pdf_bytes(fm))


def make_truth(f: dict) -> dict:
    k = f["kind"]
    alts: dict = {"provider": [f["doc"]]}
    dl = None
    if k != "paid":
        dl = f["deadline"] if f["ins"] == KO and k != "es" else days(f["dec"], 180)
    common = dict(insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["member"][0],
                  case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
                  service_dates=[iso(x) for x in {ln["date"] for ln in f["lines"]}], denial_date=iso(f["dec"]),
                  provider=f["pract"], appeal_deadline=None if dl is None else iso(dl))
    if k == "paid":
        return truth("other", None, f["lang"], alternates=alts, type_alternates=["eob"], **common)
    den = {"freq": "not_covered", "partial": "not_covered", "elig": "eligibility", "cob": "other",
           "pa": "prior_authorization", "es": "not_covered"}[k]
    extra = {"denial_alternates": ["eligibility"]} if k == "es" else {}
    if k == "partial":
        alts["service_dates"] = [[iso(f["lines"][1]["date"])]]
    return truth("denial_letter", den, f["lang"], alternates=alts, **extra, **common)


# (stem suffix, condition, kind, payer, mode, label set, date style, money style)
PLAN = [
    ("bd_letter_on_top_cleaning_too_soon", "born_digital", "freq", RI, "letter", 0, "long", "plain"),
    ("bd_paid_stamp_exam_and_filling", "born_digital", "paid", KO, "stamp", 1, "slash", "plain"),
    ("scan300_partial_bridge_missing_tooth", "scan_clean_300", "partial", KO, "letter_behind", 2, "abbr", "nosign"),
    ("lowres_stamp_coverage_ended", "scan_lowres_150", "elig", RI, "stamp", 1, "iso", "plain"),
    ("copy_other_coverage_primary", "photocopy", "cob", KO, "letter", 0, "dmy", "usd"),
    ("phone_stamp_crown_no_predetermination", "phone_photo", "pa", RI, "stamp", 2, "upper", "plain"),
    ("faxfine_spanish_cover_waiting_period", "fax_fine_g4", "es", RI, "letter", 0, "es", "plain"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, mode, lab, ds, ms) in enumerate(PLAN):
        f = facts(random.Random(137500 + i), kind, ins, lab, ds, ms)
        f["deadline"] = days(f["dec"], 180)
        f["behind"] = mode == "letter_behind"
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f, mode), make_truth(f))]))
    return items
