"""Family 'cms1500_claim_copy_with_payer_rejection': a copy of a filled CMS-1500 (02/12) professional claim form
returned by the payer with its rejection letter on top (or behind it), or with a rubber stamp and a typed note on the
form itself. Modelled from memory on the public NUCC 1500 Health Insurance Claim Form (02/12): carrier block, item 1
program boxes, 1a insured's I.D. number, 2 patient's name, 3 birth date/sex, 4 insured's name, 5-7 addresses and
relationship, 9-11d other insurance / condition / 11 insured's policy group or FECA number / 11c insurance plan name,
12-13 signatures, 14-23 dates, referring provider, 21 ICD indicator and diagnoses A-L, 22 resubmission, 23 prior
authorization number, 24A-J service lines, 25 federal tax ID, 26 patient's account no., 27 accept assignment, 28 total
charge, 29 amount paid, 31 signature of physician, 32 service facility, 33 billing provider info & ph #, footer
"APPROVED OMB-0938-1197 FORM 1500 (02-12)". All values invented.

Payers: Alytus Mutual Health Company (logo word over a rule) and Kedainiai Benefit Plan (parent line "A Pasvalys
Financial Group company", return-address block). Practices: Telsiai Family Medicine, Druskininkai Orthopedic
Associates, Rietavas Dermatology Group. Reasons: no prior authorization (CO-197 keyword), not needed in plain words,
out of network (stamp), duplicate claim (letter behind the form), cosmetic exclusion in plain words (stamp, phone
photo), coverage ended before the service (Spanish cover letter), and one paid claim (denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundaj_famja import (address, clinician, days, fdate, form_date, iso, m2, mixed, money, npi, person, phone,
                               tollfree, usd)

FAMILY = "cms1500_claim_copy_with_payer_rejection"
LANG = "en"
AL, KE = "Alytus Mutual Health Company", "Kedainiai Benefit Plan"
PAYER_ADDR = {AL: ("PO Box 4417", "Sisseton, SD 57262"), KE: ("PO Box 880", "Tarkio, MO 64491")}
PRACT = {"Telsiai Family Medicine": ("312 Telsiai Avenue", "Oshoto, WY 82721"),
         "Druskininkai Orthopedic Associates": ("77 Taurage Court", "Saco, MT 59261"),
         "Rietavas Dermatology Group": ("1405 Siauliai Road", "Sisseton, SD 57262")}
LABELS = [("Claim number", "Date of this notice", "Amount billed", "Dates of service"),
          ("Reference no.", "Notice date", "Total charge", "Service date(s)"),
          ("Payer claim ID", "Processed", "Charges submitted", "Date(s) of service")]
# kind -> service lines (CPT, modifier, description for the letter, lo, hi), diagnosis codes, POS
LINES = {"pa": ([("72148", "26", "MRI lumbar spine without contrast", 380, 900), ("99214", "25", "", 140, 260)],
                ["M5416", "M545"], "11"),
         "paid": ([("99213", "", "", 90, 180), ("93000", "", "", 40, 90), ("36415", "", "", 8, 20)],
                  ["I10", "E785"], "11"),
         "mednec": ([("20610", "RT", "joint injection", 160, 320), ("J3301", "", "", 10, 40),
                     ("76942", "", "ultrasound guidance", 120, 260)], ["M1711"], "11"),
         "oon": ([("99204", "", "", 220, 380), ("73562", "LT", "", 90, 210)], ["S8392XA", "M25562"], "11"),
         "dup": ([("99213", "", "", 90, 180), ("97110", "GP", "", 60, 120)], ["M25511", "M7541"], "11"),
         "cosm": ([("17110", "", "", 140, 290), ("11102", "", "", 110, 240)], ["L821", "D229"], "11"),
         "es": ([("99203", "", "", 150, 280), ("11900", "", "", 90, 180)], ["L700"], "11")}
PRACT_OF = {"pa": "Druskininkai Orthopedic Associates", "paid": "Telsiai Family Medicine",
            "mednec": "Druskininkai Orthopedic Associates", "oon": "Druskininkai Orthopedic Associates",
            "dup": "Telsiai Family Medicine", "cosm": "Rietavas Dermatology Group", "es": "Rietavas Dermatology Group"}


class Form(Doc):
    def __init__(self):
        super().__init__("Helvetica", margins=(8, 8, 8))
        self.set_auto_page_break(False)


def facts(r: random.Random, kind: str, ins: str, lab: int, ds: str, ms: str) -> dict:
    lang = "es" if kind == "es" else "en"
    dec = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 240))
    dos = days(dec, -r.randint(20, 55))
    specs, dx, pos = LINES[kind]
    lines = []
    for i, (cpt, mod, desc, lo, hi) in enumerate(specs):
        d = days(dos, 7) if kind == "dup" and i == 1 else dos
        lines.append(dict(date=d, cpt=cpt, mod=mod, desc=desc, ch=money(r, lo, hi), units=1 if cpt != "97110" else 2,
                          ptr="A" if i == 0 or len(dx) == 1 else "AB"))
    total = round(sum(x["ch"] for x in lines), 2)
    member = person(r, lang)
    dep = kind in ("mednec", "cosm")
    insured = member
    if dep:
        p = person(r, lang)
        insured = (f"{p[1]} {p[2]}. {member[3]}", p[1], p[2], member[3])
    pr = PRACT_OF[kind]
    return dict(kind=kind, ins=ins, L=LABELS[lab], ds=ds, ms=ms, lang=lang, dec=dec, lines=lines, total=total,
                dx=dx, pos=pos, member=member, insured=insured, dep=dep, addr=address(r, lang), pract=pr,
                doc=clinician(r), doc_npi=npi(r), grp_npi=npi(r), ref=clinician(r), ref_npi=npi(r),
                dob=dt.date(r.randint(1948, 2010), r.randint(1, 12), r.randint(1, 28)),
                idob=dt.date(r.randint(1950, 1985), r.randint(1, 12), r.randint(1, 28)),
                onset=days(dos, -r.randint(5, 60)), signed=days(dos, r.randint(1, 6)),
                acct=mixed(r, "TFM-999999") if pr.startswith("Telsiai") else mixed(r, "99999-A"),
                tin=mixed(r, "99-9999999"),
                mid="AMH" + mixed(r, "999999999") if ins == AL else mixed(r, "KBP-9999999-0") + ("2" if dep else "1"),
                grp=mixed(r, "99999") if ins == AL else mixed(r, "GRP-A99999"),
                plan=("ALYTUS MUTUAL PPO 1500" if ins == AL else "KEDAINIAI CHOICE EPO"),
                claim="AM" + mixed(r, "9999999999") if ins == AL else mixed(r, "99-99999-99999"),
                orig=mixed(r, "99-99999-99999"), ph=tollfree(r), fax=phone(r), pph=phone(r),
                cover_end=days(dos, -r.randint(10, 40)))


def box(d: Form, x: float, y: float, w: float, h: float, label: str, lines: list[str], vs: float = 8.4) -> None:
    d.rect(x, y, w, h)
    d.set_xy(x + 0.7, y + 0.4)
    d.set_font("Helvetica", "", 5.0)
    d.cell(w - 1.4, 2.4, label)
    yy = y + 3.0
    for ln in lines:
        d.set_xy(x + 1, yy)
        d.set_font("Courier", "", vs)
        d.cell(w - 2, vs * 0.42, ln)
        yy += vs * 0.42


def form(d: Form, f: dict, y0: float = 8) -> float:
    x0 = 8
    d.set_draw_color(170, 20, 20)
    ins, ad = f["ins"], PAYER_ADDR[f["ins"]]
    d.set_xy(125, y0)
    d.set_font("Courier", "", 8.4)
    for i, ln in enumerate((ins.upper(), "CLAIMS", ad[0].upper(), ad[1].upper())):
        d.set_xy(125, y0 + i * 3.5)
        d.cell(80, 3.5, ln)
    d.set_xy(x0, y0 + 2)
    d.set_font("Helvetica", "B", 13)
    d.cell(100, 6, "HEALTH INSURANCE CLAIM FORM")
    d.set_xy(x0, y0 + 8)
    d.set_font("Helvetica", "", 6)
    d.cell(100, 3, "APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12")
    y = y0 + 15
    box(d, x0, y, 128, 8, "1. MEDICARE   MEDICAID   TRICARE   CHAMPVA   GROUP HEALTH PLAN   FECA BLK LUNG   OTHER",
        ["                             [X] GROUP HEALTH PLAN"])
    box(d, x0 + 128, y, 71, 8, "1a. INSURED'S I.D. NUMBER   (For Program in Item 1)", [f["mid"]])
    y += 8
    m, i_ = f["member"], f["insured"]
    box(d, x0, y, 72, 8, "2. PATIENT'S NAME (Last Name, First Name, Middle Initial)",
        [f"{m[3].upper()}, {m[1].upper()}, {m[2]}"])
    box(d, x0 + 72, y, 56, 8, "3. PATIENT'S BIRTH DATE  MM DD YY      SEX",
        [f"{form_date(f['dob'])}      {'F' if m[1] in ('Egle', 'Ramune', 'Jurgita', 'Ruperta', 'Clotilde') else 'M'}"])
    box(d, x0 + 128, y, 71, 8, "4. INSURED'S NAME (Last Name, First Name, Middle Initial)",
        [f"{i_[3].upper()}, {i_[1].upper()}, {i_[2]}"])
    y += 8
    a = f["addr"]
    box(d, x0, y, 72, 12, "5. PATIENT'S ADDRESS (No., Street)", [a[0].upper(), a[1].upper(), f["pph"]])
    box(d, x0 + 72, y, 56, 12, "6. PATIENT RELATIONSHIP TO INSURED",
        ["Self [ ] Spouse [ ] Child [X]" if f["dep"] else "Self [X] Spouse [ ] Child [ ]"])
    box(d, x0 + 128, y, 71, 12, "7. INSURED'S ADDRESS (No., Street)", ["SAME"])
    y += 12
    box(d, x0, y, 72, 16, "9. OTHER INSURED'S NAME   a. OTHER INSURED'S POLICY OR GROUP NUMBER",
        ["NONE"])
    box(d, x0 + 72, y, 56, 16, "10. IS PATIENT'S CONDITION RELATED TO:",
        ["a. EMPLOYMENT?  NO", "b. AUTO ACCIDENT? NO", "c. OTHER ACCIDENT? NO"], vs=7.4)
    box(d, x0 + 128, y, 71, 8, "11. INSURED'S POLICY GROUP OR FECA NUMBER", [f["grp"]])
    box(d, x0 + 128, y + 8, 71, 8, "a. INSURED'S DATE OF BIRTH   b. OTHER CLAIM ID",
        [form_date(f["idob"] if f["dep"] else f["dob"])])
    y += 16
    box(d, x0, y, 128, 8, "10d. CLAIM CODES (Designated by NUCC)", [""])
    box(d, x0 + 128, y, 71, 8, "c. INSURANCE PLAN NAME OR PROGRAM NAME", [f["plan"]])
    y += 8
    box(d, x0, y, 128, 8, "12. PATIENT'S OR AUTHORIZED PERSON'S SIGNATURE",
        [f"SIGNATURE ON FILE            DATE {form_date(f['signed'])}"])
    box(d, x0 + 128, y, 71, 8, "13. INSURED'S OR AUTHORIZED PERSON'S SIGNATURE", ["SIGNATURE ON FILE"])
    y += 8
    box(d, x0, y, 64, 8, "14. DATE OF CURRENT ILLNESS, INJURY, or PREGNANCY (LMP)",
        [f"{form_date(f['onset'])}  QUAL 431"])
    box(d, x0 + 64, y, 64, 8, "15. OTHER DATE", [""])
    box(d, x0 + 128, y, 71, 8, "16. DATES PATIENT UNABLE TO WORK", [""])
    y += 8
    box(d, x0, y, 128, 8, "17. NAME OF REFERRING PROVIDER OR OTHER SOURCE     17b. NPI",
        [f"DN {f['ref'].upper()}        {f['ref_npi']}"])
    box(d, x0 + 128, y, 71, 8, "18. HOSPITALIZATION DATES RELATED TO CURRENT SERVICES", [""])
    y += 8
    box(d, x0, y, 128, 8, "19. ADDITIONAL CLAIM INFORMATION (Designated by NUCC)", [""])
    box(d, x0 + 128, y, 71, 8, "20. OUTSIDE LAB?   $ CHARGES", ["NO"])
    y += 8
    dxl = "   ".join(f"{c}. {v}" for c, v in zip("ABCD", f["dx"]))
    box(d, x0, y, 128, 12, "21. DIAGNOSIS OR NATURE OF ILLNESS OR INJURY  Relate A-L to service line below (24E)  "
        "ICD Ind. 0", [dxl, "E.          F.          G.          H."])
    box(d, x0 + 128, y, 71, 6, "22. RESUBMISSION CODE    ORIGINAL REF. NO.", [""])
    box(d, x0 + 128, y + 6, 71, 6, "23. PRIOR AUTHORIZATION NUMBER", [""])
    y += 12
    heads = [("24. A. DATE(S) OF SERVICE  From  To", 46), ("B. PLACE OF SERVICE", 14), ("C. EMG", 9),
             ("D. PROCEDURES, SERVICES  CPT/HCPCS  MODIFIER", 46), ("E. DIAG. POINTER", 16), ("F. $ CHARGES", 24),
             ("G. DAYS OR UNITS", 12), ("H. EPSDT", 8), ("I. ID QUAL", 8), ("J. RENDERING PROVIDER ID. #", 16)]
    x = x0
    for lab, w in heads:
        d.rect(x, y, w, 7)
        d.set_xy(x + 0.5, y + 0.4)
        d.set_font("Helvetica", "", 4.6)
        d.multi_cell(w - 1, 2.1, lab)
        x += w
    y += 7
    for n in range(6):
        ln = f["lines"][n] if n < len(f["lines"]) else None
        x = x0
        d.rect(x0, y, 199, 8)
        d.set_xy(x0 + 0.5, y + 0.3)
        d.set_font("Helvetica", "", 5)
        d.cell(6, 2.4, str(n + 1))
        if ln:
            vals = [f"{form_date(ln['date'])}  {form_date(ln['date'])}", f["pos"], "", f"{ln['cpt']}  {ln['mod']}",
                    ln["ptr"], usd(ln["ch"], "nosign").replace(".", " "), str(ln["units"]), "", "NPI", f["doc_npi"]]
            for (lab, w), v in zip(heads, vals):
                d.set_xy(x + 0.8, y + 3.6)
                d.set_font("Courier", "", 8.4 if not lab.startswith("J") else 7.2)
                d.cell(w - 1.6, 3.8, v, align="R" if lab.startswith("F") else "L")
                x += w
        y += 8
    box(d, x0, y, 46, 9, "25. FEDERAL TAX I.D. NUMBER  SSN EIN", [f"{f['tin']}  [X]EIN"])
    box(d, x0 + 46, y, 40, 9, "26. PATIENT'S ACCOUNT NO.", [f["acct"]])
    box(d, x0 + 86, y, 28, 9, "27. ACCEPT ASSIGNMENT?", ["YES"])
    box(d, x0 + 114, y, 30, 9, "28. TOTAL CHARGE", [f"$ {usd(f['total'], 'nosign').replace('.', ' ')}"])
    box(d, x0 + 144, y, 30, 9, "29. AMOUNT PAID", ["$ 0 00"])
    box(d, x0 + 174, y, 25, 9, "30. Rsvd for NUCC Use", [""])
    y += 9
    pa, pb = PRACT[f["pract"]]
    box(d, x0, y, 56, 20, "31. SIGNATURE OF PHYSICIAN OR SUPPLIER INCLUDING DEGREES OR CREDENTIALS",
        [f["doc"].upper() + " MD", "", f"DATE {form_date(f['signed'])}"], vs=7.6)
    box(d, x0 + 56, y, 70, 20, "32. SERVICE FACILITY LOCATION INFORMATION",
        [f["pract"].upper(), pa.upper(), pb.upper(), f"a. {f['grp_npi']}"], vs=7.6)
    box(d, x0 + 126, y, 73, 20, "33. BILLING PROVIDER INFO & PH #",
        [f["pract"].upper(), pa.upper(), pb.upper(), f"a. {f['grp_npi']}"], vs=7.6)
    y += 20
    d.set_draw_color(0, 0, 0)
    d.set_xy(x0, y + 1)
    d.set_font("Helvetica", "", 5.8)
    d.cell(0, 3, "NUCC Instruction Manual available at: www.nucc.org    PLEASE PRINT OR TYPE    "
                 "APPROVED OMB-0938-1197 FORM 1500 (02-12)")
    return y + 5


def stamp(d: Form, f: dict, x: float = 92, y: float = 150) -> None:
    word = {"paid": "PAID", "oon": "REJECTED", "cosm": "NOT COVERED"}.get(f["kind"], "DENIED")
    d.set_draw_color(40, 40, 160)
    d.set_text_color(40, 40, 160)
    with d.rotation(-7, x + 50, y + 12):
        d.set_line_width(0.9)
        d.rect(x, y, 100, 24)
        d.set_line_width(0.2)
        d.set_xy(x, y + 2)
        d.set_font("Helvetica", "B", 20)
        d.cell(100, 9, word, align="C")
        d.set_xy(x, y + 12)
        d.set_font("Helvetica", "B", 8.5)
        d.cell(100, 4.5, f["ins"].upper(), align="C")
        d.set_xy(x, y + 17)
        d.cell(100, 4.5, f"{fdate(f['dec'], 'slash')}   CLM {f['claim']}", align="C")
    d.set_draw_color(0, 0, 0)
    d.set_text_color(0, 0, 0)


def reason(f: dict) -> tuple[str, str]:
    k, p = f["kind"], f["pract"]
    if k == "pa":
        return "CO-197", ("Precertification/authorization absent. The lumbar MRI on this claim requires prior "
                          f"authorization under your plan. We have no approved authorization on file from {p} for "
                          "this service, so the claim is denied. Box 23 of the claim form is blank.")
    if k == "mednec":
        return "", ("We asked our physician reviewer to look at the office notes sent with this claim. The notes do "
                    "not show that a third knee injection with ultrasound guidance was needed for the patient's "
                    "condition at this time, so the plan will not pay for these services.")
    if k == "oon":
        return "CO-242", (f"Services not provided by network/primary care providers. {p} is out-of-network for "
                          "your EPO plan and this was not an emergency, so no benefits are payable.")
    if k == "dup":
        return "CO-18", ("Exact duplicate claim/service. This claim repeats a claim for the same patient, provider, "
                         f"services and dates that we already processed as claim {f['orig']}.")
    if k == "cosm":
        return "", ("Your plan does not pay for removing skin lesions for appearance. The diagnosis codes on this "
                    "claim (seborrheic keratosis) describe a benign growth and no symptoms are documented.")
    if k == "es":
        return "", ("Su cobertura con nosotros terminó el " + fdate(f["cover_end"], "es") + ", antes de la fecha "
                    "del servicio. No había una póliza vigente ese día, por lo tanto la reclamación no se paga.")
    return "", "This claim was paid under your plan's office visit benefit. Your Explanation of Benefits shows " \
               "the amount you owe, if any."


def appeal_text(f: dict) -> str:
    if f["kind"] == "paid":
        return f"Questions? Call {f['ph']} (TTY 711)."
    if f["kind"] == "es":
        return ("Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta carta. Llame al "
                f"{f['ph']} (TTY 711).")
    if f["ins"] == AL:
        return ("You may appeal within 180 days of the date of this notice. Write to Alytus Mutual Appeals, PO Box "
                f"4418, Sisseton, SD 57262 or fax {f['fax']}.")
    return (f"If you disagree, your appeal must reach us by {fdate(f['deadline'], f['ds'])}. Kedainiai Benefit Plan, "
            f"Appeals, PO Box 881, Tarkio, MO 64491. Phone {f['ph']}.")


def dates_text(f: dict) -> str:
    ds = sorted({ln["date"] for ln in f["lines"]})
    return " and ".join(fdate(x, f["ds"]) for x in ds)


def note(d: Form, f: dict, y: float) -> None:
    L = f["L"]
    d.set_xy(8, y)
    d.set_font("Helvetica", "B", 9)
    d.cell(0, 4.5, f"{f['ins']} - claim note")
    d.set_xy(8, y + 5)
    d.set_font("Courier", "", 8.2)
    code, text = reason(f)
    pairs = [(L[0], f["claim"]), (L[1], fdate(f["dec"], f["ds"])), (L[2], usd(f["total"], f["ms"])),
             (L[3], dates_text(f))]
    d.multi_cell(199, 3.8, "   ".join(f"{a}: {b}" for a, b in pairs))
    d.set_x(8)
    d.set_font("Helvetica", "", 8.4)
    d.multi_cell(199, 3.8, (f"Reason {code}: " if code else "") + text + " " + appeal_text(f))


def letterhead(d: Doc, f: dict) -> None:
    if f["ins"] == AL:
        d.text_line("ALYTUS", 22, "B")
        d.rule(0.8)
        d.text_line(f"{AL}  |  Claims Services  |  PO Box 4417, Sisseton, SD 57262  |  {f['ph']}", 8)
    else:
        d.text_line("A Pasvalys Financial Group company", 7.5)
        d.text_line(KE, 15, "B")
        d.text_line("Member Claims Correspondence", 8.5)
        d.text_line("PO Box 880, Tarkio, MO 64491", 8.5)
    d.ln(6)


def letter(f: dict) -> bytes:
    d = Doc("Helvetica")
    d.add_page()
    letterhead(d, f)
    es, L = f["lang"] == "es", f["L"]
    who = f["insured"] if f["dep"] else f["member"]
    d.text_line(fdate(f["dec"], f["ds"]), 10)
    d.ln(4)
    for ln in (who[0], *f["addr"]):
        d.text_line(ln, 10)
    d.ln(5)
    code, text = reason(f)
    pt, amt = f["member"][0], usd(f["total"], f["ms"])
    if es:
        d.text_line("Aviso sobre su reclamación - copia de la reclamación adjunta", 11.5, "B")
        d.ln(2)
        rows = [("Paciente", pt), ("Número de reclamación", f["claim"]), ("Proveedor", f["pract"]),
                ("Fecha del servicio", dates_text(f)), ("Cargos facturados", amt),
                ("Número de identificación", f["mid"])]
    else:
        d.text_line("Your claim was denied" if f["kind"] != "paid" else "Claim processed", 11.5, "B")
        d.ln(2)
        rows = [("Patient", pt), (L[0], f["claim"]), ("Provider", f["pract"]), (L[3], dates_text(f)),
                (L[2], amt), ("Member ID", f["mid"]), ("Group", f["grp"])]
    for a, b in rows:
        d.font(10, "B")
        d.cell(55, 5.2, a + ":")
        d.font(10)
        d.cell(0, 5.2, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    if es:
        d.para(f"Estimado/a {who[1]} {who[3]}: Recibimos la reclamación adjunta (formulario 1500) que "
               f"{f['pract']} nos envió por los servicios de {pt}. " + text)
        d.para("La copia del formulario que sigue a esta carta es la reclamación tal como la recibimos. Los "
               "números de cuenta del paciente y de identificación fiscal del proveedor son del proveedor, no de "
               "nuestro plan.")
    else:
        intro = (f"Dear {who[1]} {who[3]}: We received the attached CMS-1500 claim form from {f['pract']} for "
                 f"services to {pt}. ")
        d.para(intro + (f"Reason code {code}. " if code else "") + text)
        if f["kind"] == "dup":
            d.para("The first claim was processed on its own and you received a separate Explanation of Benefits "
                   "for it. This copy is not a new bill.")
        d.para("A copy of the claim as we received it is " + ("behind" if f.get("behind") else "attached to")
               + " this letter. Your plan year runs January 1 through December 31; claims must be filed within "
               "365 days of the service.")
    d.para(appeal_text(f))
    d.ln(4)
    d.text_line("Atentamente," if es else "Sincerely,", 10)
    d.text_line("Departamento de Reclamaciones" if es else "Claims Review Department", 10)
    d.text_line(f["ins"], 10)
    return d


def build(f: dict, mode: str) -> bytes:
    if mode == "stamp":
        d = Form()
        d.add_page()
        y = form(d, f)
        stamp(d, f)
        note(d, f, y + 2)
        return pdf_bytes(d)
    d = letter(f)
    if mode == "letter_behind":
        # form first, letter behind it: rebuild with the form page first
        d2 = Form()
        d2.add_page()
        form(d2, f)
        from pypdf import PdfReader, PdfWriter  # noqa: PLC0415
        import io  # noqa: PLC0415
        w = PdfWriter()
        for src in (pdf_bytes(d2), pdf_bytes(d)):
            for p in PdfReader(io.BytesIO(src)).pages:
                w.add_page(p)
        out = io.BytesIO()
        w.write(out)
        return out.getvalue()
    d.set_auto_page_break(False)
    d.set_margins(8, 8, 8)
    d.add_page()
    form(d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    alts: dict = {"provider": [f["doc"]]}
    dl = None
    if k != "paid":
        dl = f["deadline"] if f["ins"] == KE and k != "es" else days(f["dec"], 180)
    common = dict(insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["member"][0],
                  case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
                  service_dates=[iso(x) for x in {ln["date"] for ln in f["lines"]}], denial_date=iso(f["dec"]),
                  provider=f["pract"], appeal_deadline=None if dl is None else iso(dl))
    if k == "paid":
        return truth("other", None, f["lang"], alternates=alts, type_alternates=["eob"], **common)
    den = {"pa": "prior_authorization", "mednec": "medical_necessity", "oon": "out_of_network", "dup": "other",
           "cosm": "not_covered", "es": "eligibility"}[k]
    return truth("denial_letter", den, f["lang"], alternates=alts, **common)


# (stem suffix, condition, kind, payer, mode, label set, date style, money style)
PLAN = [
    ("bd_letter_on_top_no_prior_auth_mri", "born_digital", "pa", AL, "letter", 0, "long", "plain"),
    ("bd_paid_stamp_office_visit", "born_digital", "paid", KE, "stamp", 1, "slash", "plain"),
    ("scan300_letter_injection_not_needed", "scan_clean_300", "mednec", KE, "letter", 2, "abbr", "nosign"),
    ("lowres_rejected_stamp_out_of_network", "scan_lowres_150", "oon", AL, "stamp", 1, "iso", "plain"),
    ("copy_duplicate_letter_behind_form", "photocopy", "dup", KE, "letter_behind", 0, "dmy", "usd"),
    ("phone_stamp_cosmetic_lesion_removal", "phone_photo", "cosm", AL, "stamp", 2, "upper", "plain"),
    ("faxfine_spanish_cover_coverage_ended", "fax_fine_g4", "es", AL, "letter", 0, "es", "plain"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, mode, lab, ds, ms) in enumerate(PLAN):
        f = facts(random.Random(134500 + i), kind, ins, lab, ds, ms)
        f["deadline"] = days(f["dec"], 180)
        f["behind"] = mode == "letter_behind"
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f, mode), make_truth(f))]))
    return items
