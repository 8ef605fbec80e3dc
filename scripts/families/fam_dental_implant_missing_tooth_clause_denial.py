"""Family 'dental_implant_missing_tooth_clause_denial': dental plan EOBs, predetermination replies and letters on
a single-tooth implant (CDT D6010 endosteal implant body, D6057 custom abutment, D6065 implant-supported porcelain/
ceramic crown): denied under the missing-tooth clause (the tooth was extracted before the member's coverage began),
denied as cosmetic (a serviceable removable partial denture already replaces the tooth), or paid as an alternate
benefit (the plan pays what a three-unit fixed bridge or a removable partial denture would cost). One approved
predetermination (tooth lost in an accident while covered), one Spanish EOB (Plan Dental Costa Serena), one fax
stack (a cover sheet in front of the plan's letter to the member).

All issuers, people, dentists and numbers are invented: Marrowby Dental Benefit Company ("MARROWBY DENTAL" logo
word), Selkirk Shore Dental Plans, Inc. (serif letters and predeterminations), Plan Dental Costa Serena (Spanish).
Decoys: the extraction date and the coverage effective date, date of birth, dentist NPI and license number, the
claim received date, a paid exam/cleaning claim on the same statement, annual maximum and deductible amounts.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "dental_implant_missing_tooth_clause_denial"
LANG = "en"
MA, SE, CS = "Marrowby Dental Benefit Company", "Selkirk Shore Dental Plans, Inc.", "Plan Dental Costa Serena"
ADDR = {MA: ("PO Box 44180", "Tolliver, OH 43710"), SE: ("880 Quayside Parkway, Suite 300", "Dunmore Harbor, ME 04672"),
        CS: ("Apartado 20931", "Kissimmee, FL 34741")}
OFFICES = [("Anjali R. Verhoeven", "DDS", "Lakeshore Implant & Family Dentistry", "2214 Wexford Road", "Tolliver, OH 43712"),
           ("Tomasz K. Adeyemi-Ruiz", "DMD", "Harbor Point Oral Surgery & Implants", "61 Beacon Mill Lane",
            "Dunmore Harbor, ME 04673"),
           ("Reinaldo J. Ocasio", "DMD", "Clínica Dental Buenavista", "455 Calle Almendro", "Kissimmee, FL 34744"),
           ("Fenella M. Strachan", "DDS", "Brookhollow Prosthodontics", "19 Orchard Terrace", "Tolliver, OH 43715")]
CODES = {"D6010": "Surgical placement of implant body: endosteal implant",
         "D6057": "Custom fabricated abutment - includes placement",
         "D6065": "Implant supported porcelain/ceramic crown",
         "D0120": "Periodic oral evaluation - established patient",
         "D1110": "Prophylaxis - adult",
         "D0274": "Bitewings - four radiographic images"}
CODES_ES = {"D6010": "Colocación quirúrgica de implante endoóseo", "D6057": "Pilar hecho a la medida",
            "D6065": "Corona de porcelana/cerámica sobre implante"}


def facts(i: int, kind: str, ins: str, ds: str, ms: str, office: int, lang: str = "en") -> dict:
    r = Rand(162500 + i)
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 200))
    d1 = notice - dt.timedelta(days=r.randint(110, 160))        # implant placed
    d2 = d1 + dt.timedelta(days=r.randint(84, 100))              # abutment and crown
    eff = dt.date(r.choice([2024, 2025]), r.choice([1, 1, 7]), 1)
    extracted = eff - dt.timedelta(days=r.randint(200, 900))
    if kind in ("approved", "cosmetic"):
        d2 = None
    fees = {"D6010": float(r.randint(1850, 2600)), "D6057": float(r.randint(520, 890)),
            "D6065": float(r.randint(1150, 1590))}
    tooth = {"mtc_eob": "30", "approved": "8", "alt_letter": "19", "cosmetic": "10", "es_eob": "14",
             "fax_letter": "3", "alt_eob": "30"}[kind]
    member = r.person(lang)
    subscriber = r.person(lang) if kind == "alt_eob" else member
    if kind == "alt_eob":
        subscriber = (f"{subscriber[1]} {subscriber[2]}. {member[3]}", subscriber[1], subscriber[2], member[3])
    return dict(i=i, kind=kind, ins=ins, ds=ds, ms=ms, lang=lang, notice=notice, d1=d1, d2=d2, eff=eff,
                extracted=extracted, fees=fees, tooth=tooth, member=member, subscriber=subscriber,
                addr=r.address(lang), dob=dt.date(r.randint(1954, 1996), r.randint(1, 12), r.randint(1, 28)),
                mid={MA: f"MDB{r.digits(9)}", SE: f"SSD-{r.digits(4)}-{r.digits(5)}", CS: f"CS{r.digits(8)}"}[ins],
                grp={MA: f"{r.digits(6)}-0{r.randint(1, 9)}", SE: f"G{r.digits(5)}", CS: f"GR-{r.digits(5)}"}[ins],
                claim={MA: f"{r.digits(4)} {r.digits(4)} {r.digits(3)}", SE: f"{r.digits(2)}-{r.digits(7)}",
                       CS: f"R{r.digits(10)}"}[ins],
                predet=f"PD{r.digits(8)}", office=OFFICES[office], npi=r.npi(), lic=f"DN{r.digits(5)}",
                ph=r.phone(), received=notice - dt.timedelta(days=r.randint(8, 20)),
                exam_claim=f"{r.digits(4)} {r.digits(4)} {r.digits(3)}", exam_date=notice - dt.timedelta(days=r.randint(30, 60)),
                employer=r.choice(["Pellworth Freight Lines", "Cobblestone Credit Union", "Ardmore County Schools",
                                   "Veridian Glassworks"]))


def fd(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def mo(f: dict, v: float) -> str:
    return fmt_money(v, f["ms"])


def provider(f: dict) -> str:
    return f"{f['office'][0]}, {f['office'][1]}"


def letterhead(d: Doc, f: dict) -> None:
    ins, a = f["ins"], ADDR[f["ins"]]
    if ins == MA:
        d.text_line("MARROWBY DENTAL", 22, "B")
        d.rule(0.9, 1.2)
        d.text_line(f"{MA}  |  {a[0]}  |  {a[1]}  |  Customer Service {f['ph']}", 8)
    elif ins == SE:
        d.set_font("Times", "B", 17)
        d.cell(0, 8, ins, align="C", new_x="LMARGIN", new_y="NEXT")
        d.set_font("Times", "I", 9.5)
        d.cell(0, 5, f"{a[0]}  ~  {a[1]}  ~  {f['ph']}", align="C", new_x="LMARGIN", new_y="NEXT")
        d.rule(0.3, 1)
    else:
        d.text_line("COSTA SERENA", 20, "B")
        d.text_line(f"{CS}  ·  {a[0]}  ·  {a[1]}  ·  Servicios al Miembro {f['ph']} (TTY 711)", 8)
        d.rule(0.6, 1)
    d.ln(4)


def kv(d: Doc, rows: list[tuple[str, str]], w: float = 52, size: float = 9.5) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, size * 0.55, k)
        d.font(size)
        d.cell(0, size * 0.55, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def lines_of(f: dict) -> list[tuple[dt.date | None, str, float]]:
    if f["d2"] is None:
        return [(None, c, f["fees"][c]) for c in ("D6010", "D6057", "D6065")]
    return [(f["d1"], "D6010", f["fees"]["D6010"]), (f["d2"], "D6057", f["fees"]["D6057"]),
            (f["d2"], "D6065", f["fees"]["D6065"])]


def total(f: dict) -> float:
    return round(sum(f["fees"].values()), 2)


MTC = ("Missing tooth clause: the plan does not pay to replace a tooth that was missing (extracted) before the "
       "member's coverage under this plan began. Our records and the x-rays show tooth #{t} was extracted on {x}; "
       "your coverage began on {e}.")


def eob(f: dict) -> bytes:
    d = Doc("Helvetica", footer="MDB-EOB-07 (rev. 2025)   Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLANATION OF DENTAL BENEFITS", 14, "B")
    d.text_line("This is not a bill.", 9)
    d.ln(3)
    m, s = f["member"], f["subscriber"]
    d.boxes([("Statement date", fd(f, f["notice"]), 40), ("Subscriber", s[0], 50), ("Member ID", f["mid"], 46),
             ("Group number", f["grp"], 42)])
    if f["kind"] == "alt_eob":
        d.boxes([("Patient", m[0], 70), ("Patient date of birth", fmt_date(f["dob"], "slash"), 46),
                 ("Employer", f["employer"], 62)])
    else:
        d.boxes([("Employer", f["employer"], 178)])
    d.ln(4)
    o = f["office"]
    claims = []
    if f["kind"] == "alt_eob":
        claims.append(("exam", f["exam_claim"], [(f["exam_date"], "D0120", 62.0, 62.0, 62.0, ""),
                                                 (f["exam_date"], "D1110", 118.0, 104.0, 104.0, ""),
                                                 (f["exam_date"], "D0274", 86.0, 71.0, 71.0, "")]))
    rows_d = []
    for dd, c, fee in lines_of(f):
        if f["kind"] == "mtc_eob":
            rows_d.append((dd, c, fee, 0.0, 0.0, "M14"))
        else:  # alternate benefit: implant body and crown paid at bridge allowances, abutment denied
            allow = {"D6010": 780.0, "D6057": 0.0, "D6065": 640.0}[c]
            rows_d.append((dd, c, fee, allow, round(allow * 0.5, 2), "AB2" if allow else "AB3"))
    claims.append(("implant", f["claim"], rows_d))
    for kind, num, rows_c in claims:
        d.set_fill_color(230, 230, 230)
        d.font(9, "B")
        d.cell(0, 6, f"Claim number {num}    Patient: {f['member'][0]}    Treating dentist: {provider(f)}",
               fill=True, new_x="LMARGIN", new_y="NEXT")
        d.font(8)
        d.cell(0, 4.5, f"{o[2]}, {o[3]}, {o[4]}   NPI {f['npi']}   Received {fmt_date(f['received'], 'slash')}",
               new_x="LMARGIN", new_y="NEXT")
        d.ln(1)
        body = [[fmt_date(dd, "slash"), f["tooth"] if c.startswith("D6") else "", c, CODES[c][:33], mo(f, fee),
                 mo(f, al), mo(f, pd), rc] for dd, c, fee, al, pd, rc in rows_c]
        tf = sum(x[2] for x in rows_c)
        tp = sum(x[4] for x in rows_c)
        body.append(["*Claim total", "", "", "", mo(f, tf), "", mo(f, tp), ""])
        d.table(["Date", "Tooth", "Code", "Description", "Submitted", "Allowed", "Plan paid", "Remark"], body,
                [20, 12, 14, 62, 20, 18, 18, 14], size=7.8, aligns="LCLLRRRC")
    d.text_line("Remark codes", 10, "B")
    if f["kind"] == "mtc_eob":
        d.para("M14 - " + MTC.format(t=f["tooth"], x=fmt_date(f["extracted"], "slash"), e=fmt_date(f["eff"], "slash"))
               + " You may be billed for the full submitted amount.", 8.8)
    else:
        d.para("AB2 - Alternate benefit. Your plan pays for the least costly professionally accepted treatment. An "
               f"implant to replace tooth #{f['tooth']} is paid at the allowance for a three-unit fixed bridge "
               "(pontic D6240 and retainer crown D6750). The difference is your responsibility.", 8.8)
        d.para("AB3 - Not payable when an alternate benefit is applied: the custom abutment is part of the implant "
               "treatment, which is not a covered benefit.", 8.8)
    d.para(f"Annual maximum $1,500.00; used to date {mo(f, 1186.0)}. Deductible met.", 8.5)
    d.text_line("Your right to appeal", 10, "B")
    d.para("If you disagree with how this claim was processed, you or your dentist may ask for a review. Send your "
           "written appeal within 180 days of the date of this statement to Marrowby Dental Appeals, "
           f"{ADDR[MA][0]}, {ADDR[MA][1]}. Include the claim number and any x-rays or records.", 8.8)
    return pdf_bytes(d)


def eob_es(f: dict) -> bytes:
    d = Doc("DejaVu", footer="Página {p} de {n}")
    d.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLICACIÓN DE BENEFICIOS DENTALES", 14)
    d.text_line("Esto no es una factura.", 9)
    d.ln(3)
    m = f["member"]
    kv(d, [("Fecha del aviso:", fmt_date(f["notice"], "es")), ("Afiliado:", m[0]), ("Nº de afiliado:", f["mid"]),
           ("Número de grupo:", f["grp"]), ("Número de reclamación:", f["claim"]),
           ("Dentista:", f"{provider(f)} — {f['office'][2]}"), ("NPI del dentista:", f["npi"]),
           ("Fecha de nacimiento:", fmt_date(f["dob"], "es_abbr"))], w=56)
    body = [[fmt_date(dd, "es_abbr"), f["tooth"], c, CODES_ES[c], fmt_money(fee, "nosign"), "0.00", "0.00", "MT"]
            for dd, c, fee in lines_of(f)]
    body.append(["*Total", "", "", "", fmt_money(total(f), "nosign"), "0.00", "0.00", ""])
    d.table(["Fecha", "Diente", "Código", "Servicio", "Facturado", "Permitido", "Pagado", "Nota"], body,
            [22, 13, 15, 60, 20, 18, 16, 12], size=7.8, aligns="LCLLRRRC")
    d.text_line("Nota MT - Cláusula de diente ausente", 10)
    d.para(f"El plan no paga el reemplazo de un diente que ya faltaba antes de que comenzara su cobertura. El diente "
           f"#{f['tooth']} fue extraído el {fmt_date(f['extracted'], 'es')} y su cobertura comenzó el "
           f"{fmt_date(f['eff'], 'es')}. Por eso no pagamos el implante, el pilar ni la corona.", 9)
    d.text_line("Su derecho a apelar", 10)
    d.para("Si no está de acuerdo, puede pedir una apelación por escrito dentro de 180 días a partir de la fecha de "
           f"este aviso. Llame al {f['ph']} o escriba a {CS}, {ADDR[CS][0]}, {ADDR[CS][1]}.", 9)
    return pdf_bytes(d)


def letter(f: dict) -> bytes:
    """Selkirk letters: alternate benefit, missing tooth clause (fax stack), cosmetic predetermination, approval."""
    k = f["kind"]
    d = Doc("Times", footer="Selkirk Shore Dental Plans, Inc.  -  SSD-L{p}")
    d.add_page()
    letterhead(d, f)
    m, o = f["member"], f["office"]
    d.font(11)
    d.cell(0, 6, fd(f, f["notice"]), new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    for ln in (m[0], *f["addr"]):
        d.cell(0, 5.2, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    title = {"alt_letter": "Notice of Claim Determination - Alternate Benefit Applied",
             "fax_letter": "Notice of Adverse Benefit Determination",
             "cosmetic": "Predetermination of Benefits - Treatment Not Covered",
             "approved": "Predetermination of Benefits - Approved"}[k]
    d.set_font("Times", "B", 13)
    d.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    pre = k in ("cosmetic", "approved")
    rows = [("Member:", m[0]), ("Member ID:", f["mid"]), ("Group No.:", f["grp"]),
            (("Predetermination No.:", f["predet"]) if pre else ("Claim No.:", f["claim"])),
            ("Treating dentist:", f"{provider(f)}, {o[2]}"),
            ("Date of birth:", fmt_date(f["dob"], "slash")), ("Date received:", fd(f, f["received"]))]
    if k == "cosmetic":
        rows.insert(4, ("Proposed treatment date:", fd(f, f["d1"])))
    d.set_font("Times", "", 10.5)
    for a, b in rows:
        d.set_font("Times", "B", 10.5)
        d.cell(48, 5.5, a)
        d.set_font("Times", "", 10.5)
        d.cell(0, 5.5, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.base_font = "Times"
    if k == "alt_letter":
        allow = {"D6010": 780.0, "D6057": 0.0, "D6065": 640.0}
        body = [[fd(f, dd), f"#{f['tooth']}", c, CODES[c][:32], mo(f, fee), mo(f, allow[c]),
                 "Alternate benefit" if allow[c] else "Not payable"] for dd, c, fee in lines_of(f)]
        body.append(["*Total", "", "", "", mo(f, total(f)), mo(f, 1420.0), ""])
        d.table(["Date", "Tooth", "Code", "Procedure", "Billed", "Allowed", "Status"], body,
                [26, 13, 14, 60, 21, 20, 26], size=8.6, aligns="LCLLRRL")
        d.para(f"Dear {m[1]} {m[3]}: Your plan covers a fixed bridge to replace a single missing back tooth, but not "
               f"an implant. When a less costly, professionally accepted treatment would restore tooth #{f['tooth']}, "
               "the plan pays an alternate benefit: the amount it would allow for a three-unit fixed bridge "
               f"({mo(f, 1420.0)}), less your 50% coinsurance. The custom abutment is not payable. The rest of "
               f"the {mo(f, total(f))} charged is your responsibility under your agreement with your dentist.", 10.5)
        appeal = ("You may appeal this decision. Your written appeal must be received within 180 days of the date of "
                  "this letter.")
    elif k == "fax_letter":
        body = [[fd(f, dd), f"#{f['tooth']}", c, CODES[c][:36], mo(f, fee), "Denied"] for dd, c, fee in lines_of(f)]
        body.append(["*Total charges", "", "", "", mo(f, total(f)), ""])
        d.table(["Date of service", "Tooth", "CDT", "Procedure", "Charge", "Status"], body,
                [30, 13, 14, 66, 24, 22], size=8.6, aligns="LCLLRL")
        d.para(f"We reviewed the claim from {provider(f)} for an implant, abutment and crown on tooth #{f['tooth']}. "
               f"The enrollment x-rays dated {fd(f, f['eff'] + dt.timedelta(days=40))} show that tooth #{f['tooth']} "
               f"was already missing. Your dentist's records show it was extracted on {fd(f, f['extracted'])}, before "
               f"your coverage started on {fd(f, f['eff'])}. Section 6.4 of your Evidence of Coverage (Missing "
               "Tooth Limitation) excludes the replacement of a tooth lost before coverage. This claim is denied.",
               10.5)
        appeal = ("If you disagree, you may file an appeal. Your appeal must be received by "
                  f"{fd(f, f['notice'] + dt.timedelta(days=180))}.")
    elif k == "cosmetic":
        body = [[f"#{f['tooth']}", c, CODES[c][:40], mo(f, fee), "Not covered"] for _, c, fee in lines_of(f)]
        body.append(["*Total submitted", "", "", mo(f, total(f)), ""])
        d.table(["Tooth", "CDT", "Procedure", "Submitted fee", "Determination"], body,
                [16, 16, 80, 30, 30], size=8.8, aligns="CLLRL")
        d.para(f"Our dental consultant reviewed the treatment plan and x-rays. Tooth #{f['tooth']} is replaced today "
               "by a removable partial denture that the plan paid for and that is still serviceable. Replacing a "
               "serviceable prosthesis with an implant to improve appearance is cosmetic, and cosmetic services "
               "are excluded under your plan (Exclusions, item 3). This predetermination is denied. This is not a "
               "guarantee of payment or non-payment; benefits depend on eligibility on the date the work is done.",
               10.5)
        appeal = ("You may appeal. Send your request in writing within 180 days of the date of this letter, with "
                  "any records showing the partial denture can no longer be used.")
    else:
        body = [[f"#{f['tooth']}", c, CODES[c][:40], mo(f, fee), mo(f, round(fee * 0.5, 2)), "Approved"]
                for _, c, fee in lines_of(f)]
        body.append(["*Total submitted", "", "", mo(f, total(f)), mo(f, round(total(f) * 0.5, 2)), ""])
        d.table(["Tooth", "CDT", "Procedure", "Submitted fee", "Plan estimate", "Determination"], body,
                [14, 14, 70, 28, 26, 26], size=8.6, aligns="CLLRRL")
        d.para(f"Good news: the implant treatment for tooth #{f['tooth']} is approved. Tooth #{f['tooth']} was lost "
               "in an accident while you were covered, so the missing tooth limitation does not apply. The plan "
               "estimate is 50% of the allowed fee, subject to your annual maximum of $2,000.00. This estimate is "
               "valid for 12 months and is not a guarantee of payment; benefits depend on eligibility on the date "
               "the work is done.", 10.5)
        appeal = None
    if appeal:
        d.set_font("Times", "B", 11)
        d.cell(0, 6, "Your right to appeal", new_x="LMARGIN", new_y="NEXT")
        d.para(appeal + f" Write to Selkirk Shore Dental Plans, Appeals Unit, {ADDR[SE][0]}, {ADDR[SE][1]}, or call "
               f"{f['ph']}. You may ask for copies of the documents we used, free of charge.", 10.5)
    d.ln(2)
    d.para(f"cc: {provider(f)}, {o[2]}, {o[3]}, {o[4]}   License {f['lic']}   NPI {f['npi']}", 9)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    o = f["office"]
    dates = [iso(x) for x in (f["d1"], f["d2"]) if x and k not in ("approved",)]
    if k == "cosmetic":
        dates = [iso(f["d1"])]
    if k == "approved":
        dates = []
    pre = k in ("cosmetic", "approved")
    dl = None if k == "approved" else iso(f["notice"] + dt.timedelta(days=180))
    alts = {"provider": [o[2], f"{o[0]}, {o[1]}"]}
    common = dict(insurer=f["ins"], group_number=f["grp"], member_id=f["mid"], member_name=f["member"][0],
                  case_numbers=[f["predet"] if pre else f["claim"].replace(" ", "")], claim_amount=m2(total(f)),
                  service_dates=dates, denial_date=iso(f["notice"]), provider=o[0], appeal_deadline=dl)
    if k == "approved":
        return truth("other", None, f["lang"], alternates=alts, **common)
    if k == "cosmetic":
        alts["service_dates"] = [[]]
    den_alt = ["other"] if k in ("alt_letter", "alt_eob") else None
    doc = "eob" if k in ("mtc_eob", "es_eob", "alt_eob") else "denial_letter"
    return truth(doc, "not_covered", f["lang"], alternates=alts, denial_alternates=den_alt, **common)


# (stem suffix, condition, kind, issuer, date style, money style, office, lang, separators)
PLAN = [
    ("bd_eob_tooth30_extracted_before_coverage", "born_digital", "mtc_eob", MA, "slash", "plain", 0, "en", None),
    ("bd_predetermination_approved_tooth8_accident", "born_digital", "approved", SE, "long", "plain", 1, "en", None),
    ("scan300_letter_alternate_benefit_bridge", "scan_clean_300", "alt_letter", SE, "abbr", "plain", 3, "en", None),
    ("lowres_predetermination_cosmetic_partial_denture", "scan_lowres_150", "cosmetic", SE, "iso", "usd", 1, "en",
     None),
    ("copy_eob_es_diente_ausente", "photocopy", "es_eob", CS, "es", "nosign", 2, "es", None),
    ("faxstd_stack_cover_missing_tooth_letter", "fax_standard_g4", "fax_letter", SE, "dmy", "plain", 1, "en",
     ["cover"]),
    ("phone_eob_exam_paid_implant_alternate_benefit", "phone_photo", "alt_eob", MA, "slash", "nosign", 0, "en", None),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, ds, ms, off, lang, sep) in enumerate(PLAN):
        f = facts(i, kind, ins, ds, ms, off, lang)
        pdf = eob(f) if kind in ("mtc_eob", "alt_eob") else eob_es(f) if kind == "es_eob" else letter(f)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, make_truth(f))], separators=sep))
    return items
