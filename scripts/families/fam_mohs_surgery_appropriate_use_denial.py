"""Family 'mohs_surgery_appropriate_use_denial': plan letters, EOBs and a Medicare Summary Notice on Mohs
micrographic surgery (CPT 17311 first stage, 17312 each additional stage, 17313 / 17314 trunk and extremities,
17315 additional blocks).

Written at first sight from how such notices read: the Mohs appropriate use criteria (AUC) sort a lesion by area
(H, M, L - the trunk and extremities are area L), tumour type and size; a primary superficial basal cell carcinoma
or a small nodular one on the trunk in a healthy patient scores "inappropriate", so the plan says standard excision
or curettage would do. Other reasons: additional stages billed over the plan's per-day unit limit, the layered
repair (12032 / 13101) bundled into the Mohs code, a pre-service denial by a Medicare Advantage plan, an appeal
decision that upholds the AUC denial, and an approval for a lesion on the nose (area H). One Spanish EOB.

Issuers (all invented): Tindale Mutual Health (commercial; letter, EOB, Spanish EOB), Veldmere Senior Advantage
(Medicare Advantage; pre-service denial and approval), Wrexcombe Health Insurance Company (appeal decision) and
Medicare (MSN). Dermatology practices: Foxbourne Dermatology & Mohs Surgery, PC; Caddock Skin Cancer Center;
Emberly Dermatologic Surgery Associates. Decoys: the referring physician, the dermatopathology laboratory and its
pathologist, the Mohs surgeon's NPI, the biopsy date, the date of birth, the date the claim was received, phone
numbers, the amount paid and the member's share.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import FIRST, LAST, Doc, fmt_date, pdf_bytes, truth

FAMILY = "mohs_surgery_appropriate_use_denial"
LANG = "en"

TI, VE, WR, MC = ("Tindale Mutual Health", "Veldmere Senior Advantage", "Wrexcombe Health Insurance Company",
                  "Medicare")
PRACTICES = {"fox": ("Foxbourne Dermatology & Mohs Surgery, PC", "2207 Alderney Court", "Pueblo, CO 81003"),
             "cad": ("Caddock Skin Cancer Center", "48 Wickham Square, Suite 310", "Erie, PA 16501"),
             "emb": ("Emberly Dermatologic Surgery Associates", "915 Lantern Way", "Fargo, ND 58102")}
SURGEONS = ["Dr. Ottoline Vance-Mbeki", "Dr. Casimir Ferreira", "Dr. Hyun-woo Baek", "Dr. Saoirse Lindahl",
            "Dr. Tomasz Okafor"]
REFERRERS = ["Dr. Philippa Arkwright", "Dr. Benedikt Ramaswamy", "Dr. Lucinda Achebe", "Dr. Anwar Petrossian"]
PATHOLOGISTS = ["Dr. Imogen Castellanos", "Dr. Ravi Sutherland", "Dr. Elodie Nakashima"]
LAB = "Sollano Dermatopathology Laboratory"
FIRST_ES = ["Guadalupe", "Ramón", "Itzel", "Efraín", "Xiomara", "Joaquín", "Milagros", "Héctor"]
LAST_ES = ["Figueroa", "Santiago", "Benítez", "Montalvo", "Irizarry", "Zamora", "Villalobos", "Acevedo"]


def phone(r: random.Random) -> str:
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def usd(v: float, style: str = "plain") -> str:
    g = f"{v:,.2f}"
    return {"plain": f"${g}", "nosign": g, "flat": f"${v:.2f}"}[style]


def facts(r: random.Random, lang: str = "en") -> dict:
    if lang == "es":
        first, last = r.choice(FIRST_ES), r.choice(LAST_ES)
    else:
        first, last = r.choice(FIRST), r.choice(LAST)
    mid = r.choice("ABCDEFGHJKLMNPRSTVW")
    dec = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 160))
    dos = dec - dt.timedelta(days=r.randint(20, 45))
    city = r.choice([("Bellingham", "WA", "98225"), ("Duluth", "MN", "55802"), ("Macon", "GA", "31201"),
                     ("Lubbock", "TX", "79401"), ("Yuma", "AZ", "85364")])
    return dict(first=first, last=last, mid=mid, name=f"{first} {mid}. {last}", dec=dec, dos=dos,
                biopsy=dos - dt.timedelta(days=r.randint(18, 40)), received=dec - dt.timedelta(days=r.randint(6, 14)),
                dob=dt.date(r.randint(1941, 1975), r.randint(1, 12), r.randint(1, 28)),
                addr=(f"{r.randint(14, 9870)} {r.choice(['Birchwood Lane', 'Quarry Street', 'Fenwick Avenue', 'Juniper Drive'])}",
                      f"{city[0]}, {city[1]} {city[2]}"),
                surgeon=r.choice(SURGEONS), referrer=r.choice(REFERRERS), path=r.choice(PATHOLOGISTS),
                npi=r.choice("12") + digits(r, 9), ph=phone(r), first_stage=float(r.randint(690, 940)) + 0.5 * r.randint(0, 1),
                add_stage=float(r.randint(360, 520)))


def lines_for(f: dict, stages: int, repair: tuple[str, str, float] | None = None) -> list[tuple]:
    out = [("17311", "Mohs surgery, head/neck/hands/feet/genitalia, 1st stage, up to 5 blocks"
            if f.get("area") == "H" else "Mohs surgery, 1st stage, up to 5 tissue blocks", 1, f["first_stage"])]
    if f.get("trunk"):
        out[0] = ("17313", "Mohs surgery, trunk/arms/legs, 1st stage, up to 5 blocks", 1, f["first_stage"])
    if stages > 1:
        code = "17314" if f.get("trunk") else "17312"
        out.append((code, "Each additional stage, up to 5 blocks", stages - 1, f["add_stage"] * (stages - 1)))
    if repair:
        out.append((repair[0], repair[1], 1, repair[2]))
    return out


def total(lines) -> float:
    return round(sum(x[3] for x in lines), 2)


def m2(v: float) -> str:
    return f"{v:.2f}"


def pairs(d: Doc, rows, lw: float = 52, size: float = 9.8, h: float = 5.3) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(lw, h, k)
        d.font(size)
        d.cell(0, h, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def addressee(d: Doc, f: dict) -> None:
    for ln in (f["name"].upper(), f["addr"][0].upper(), f["addr"][1].upper()):
        d.text_line(ln, 10)
    d.ln(5)


# ---- 1. commercial letter: AUC not met (trunk, superficial BCC) ------------------------------------------------

def doc_letter_auc(r: random.Random) -> tuple[bytes, dict]:
    f = facts(r)
    f["trunk"] = True
    prac = PRACTICES["fox"]
    mid, grp, claim = f"TMH{digits(r, 9)}", f"GR-{digits(r, 5)}", f"{digits(r, 4)}-{digits(r, 7)}"
    lines = lines_for(f, 2)
    tot = total(lines)
    ds = "long"
    d = Doc("Helvetica", footer="Tindale Mutual Health  |  Form TMH-ADV-02  |  Page {p} of {n}")
    d.add_page()
    d.font(20, "B")
    d.cell(0, 9, "TINDALE", new_x="LMARGIN", new_y="NEXT")
    d.text_line("Mutual Health  -  PO Box 40118, Duluth, MN 55802  -  Member Services " + f["ph"], 8.5)
    d.rule(0.6, 6)
    d.text_line(fmt_date(f["dec"], ds), 10)
    d.ln(4)
    addressee(d, f)
    d.text_line("Notice of Adverse Benefit Determination", 13, "B")
    d.ln(2)
    pairs(d, [("Member:", f["name"]), ("Member ID:", mid), ("Group number:", grp), ("Claim number:", claim),
              ("Date of service:", fmt_date(f["dos"], ds)),
              ("Provider:", f"{prac[0]} ({f['surgeon']}, NPI {f['npi']})"),
              ("Referred by:", f["referrer"]), ("Amount billed:", usd(tot)),
              ("Claim received:", fmt_date(f["received"], ds))])
    d.table(["CPT", "Description", "Units", "Billed"],
            [[c, desc, str(u), usd(a)] for c, desc, u, a in lines] + [["*Total", "", "", usd(tot)]],
            [20, 112, 16, 28], size=9, aligns="LLRR")
    d.text_line("What we decided", 11, "B")
    d.para(f"We denied payment for the Mohs micrographic surgery that {prac[0]} performed on "
           f"{fmt_date(f['dos'], ds)}. The pathology report from {LAB} ({f['path']}), dated "
           f"{fmt_date(f['biopsy'], ds)}, describes a primary superficial basal cell carcinoma measuring 0.9 cm on the "
           "left upper back. Under the Mohs appropriate use criteria that Tindale Mutual Health follows, a primary "
           "superficial basal cell carcinoma on the trunk (area L) in a patient who is not immunosuppressed is "
           "rated \"inappropriate\" for Mohs surgery. Standard excision, curettage or topical treatment would be "
           "expected to give the same result. The service is therefore not medically necessary under your plan.")
    d.para("Plan provision: Certificate of Coverage, Section 6.4, Medically Necessary Services; Medical Policy "
           "DERM-114, Mohs Micrographic Surgery.")
    d.text_line("Your right to appeal", 11, "B")
    d.para("You or your provider may ask for an appeal. Your written appeal must be sent within 180 days of the "
           "date of this letter to Tindale Mutual Health, Appeals Unit, PO Box 40127, Duluth, MN 55802. You may "
           "ask for a copy of the criteria we used, free of charge. If your health plan is subject to ERISA, you "
           "may also bring a civil action under section 502(a) after the appeal.")
    d.para(f"Questions? Call Member Services at {f['ph']} (TTY 711), Monday through Friday, 8 a.m. to 6 p.m.")
    t = truth("denial_letter", "medical_necessity", insurer=TI, member_id=mid, group_number=grp,
              member_name=f["name"], case_numbers=[claim], claim_amount=m2(tot), service_dates=[f["dos"].isoformat()],
              denial_date=f["dec"].isoformat(), provider=prac[0],
              appeal_deadline=(f["dec"] + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [f["surgeon"]]})
    return pdf_bytes(d), t


# ---- 2. commercial EOB: additional stages over the unit limit ---------------------------------------------------

def doc_eob_stages(r: random.Random) -> tuple[bytes, dict]:
    f = facts(r)
    f["area"] = "H"
    prac = PRACTICES["cad"]
    mid, grp, claim = f"TMH{digits(r, 9)}", f"GR-{digits(r, 5)}", f"E{digits(r, 10)}"
    ok_units = 3
    billed_units = 5
    paid_extra = round(f["add_stage"] * (ok_units - 1), 2)
    denied_extra = round(f["add_stage"] * (billed_units - ok_units), 2)
    rows = [("17311", 1, f["first_stage"], round(f["first_stage"] * 0.62, 2), ""),
            ("17312", ok_units - 1, paid_extra, round(paid_extra * 0.62, 2), ""),
            ("17312", billed_units - ok_units, denied_extra, 0.0, "M74")]
    tot = round(sum(x[2] for x in rows), 2)
    ds = "slash"
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    d.font(15, "B")
    d.cell(110, 7, "Tindale Mutual Health")
    d.font(11, "B")
    d.cell(0, 7, "EXPLANATION OF BENEFITS", align="R", new_x="LMARGIN", new_y="NEXT")
    d.text_line("THIS IS NOT A BILL", 8.5, "B", align="R")
    d.rule(0.3, 3)
    d.boxes([("Statement date", fmt_date(f["dec"], ds), 42), ("Member", f["name"], 62), ("Member ID", mid, 44),
             ("Group", grp, 34)])
    d.boxes([("Claim number", claim, 42), ("Patient date of birth", fmt_date(f["dob"], ds), 42),
             ("Rendering provider", prac[0], 98)])
    d.ln(4)
    d.font(9)
    d.cell(0, 5, f"Service date {fmt_date(f['dos'], ds)}  -  Lesion: left nasal ala (area H)  -  Referring: "
                 f"{f['referrer']}", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    body = []
    for c, u, b, allowed, code in rows:
        plan = round(allowed * 0.8, 2)
        body.append([fmt_date(f["dos"], ds), c, str(u), usd(b, "nosign"), usd(allowed, "nosign"), usd(plan, "nosign"),
                     usd(round(allowed - plan, 2), "nosign"), code])
    body.append(["*Claim total", "", "", usd(tot, "nosign"), "", "", "", ""])
    d.table(["Date", "Code", "Units", "Billed", "Allowed", "Plan paid", "You owe", "Remark"], body,
            [24, 18, 14, 26, 26, 26, 26, 20], size=8.5, aligns="LLRRRRRL", head_fill=True)
    d.text_line("Remark codes", 10, "B")
    d.para(f"M74 - Units of service over the plan limit. Additional Mohs stages (17312) are limited to "
           f"{ok_units - 1} units per lesion on one date of service unless operative notes show the need for more. "
           f"{billed_units - ok_units} units were denied. Your provider may not bill you for the denied units.", 9)
    d.text_line("Appeal rights", 10, "B")
    d.para("If you disagree with this decision, you may file an appeal. Your appeal must be received within 180 "
           "days of the date of this statement. Send it to Appeals, Tindale Mutual Health, PO Box 40127, Duluth, "
           f"MN 55802, or call {f['ph']}.", 9)
    t = truth("eob", "coding_error", insurer=TI, member_id=mid, group_number=grp, member_name=f["name"],
              case_numbers=[claim], claim_amount=m2(tot), service_dates=[f["dos"].isoformat()],
              denial_date=f["dec"].isoformat(), provider=prac[0],
              appeal_deadline=(f["dec"] + dt.timedelta(days=180)).isoformat(),
              alternates={"claim_amount": [m2(denied_extra)]},
              denial_alternates=["medical_necessity", "not_covered"])
    return pdf_bytes(d), t


# ---- 3. Medicare Summary Notice: repair bundled ------------------------------------------------------------------

def doc_msn_repair(r: random.Random) -> tuple[bytes, dict]:
    f = facts(r)
    f["area"] = "H"
    prac = PRACTICES["emb"]
    let = "ACDEFGHJKMNPQRTUVWXY"
    mbi = (f"{r.randint(1, 9)}{r.choice(let)}{r.choice(let)}{r.randint(0, 9)}-{r.choice(let)}{r.choice(let)}"
           f"{r.randint(0, 9)}-{r.choice(let)}{r.choice(let)}{r.randint(10, 99)}")
    claim = digits(r, 14)
    lines = lines_for(f, 2, ("13132", "Repair, complex, forehead/cheeks/chin/mouth/neck, 2.6-7.5 cm", 612.0))
    tot = total(lines)
    due = f["dec"] + dt.timedelta(days=120)
    ds = "abbr"
    d = Doc("Helvetica", footer=f"{f['name'].upper()}  |  Page {{p}} of {{n}}")
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 15, "B")
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5)
    d.rule(0.5, 4)
    y = d.get_y()
    d.set_xy(18, y)
    d.font(10, "B")
    d.cell(90, 5, f["name"].upper(), new_x="LMARGIN", new_y="NEXT")
    for ln in f["addr"]:
        d.font(10)
        d.cell(90, 5, ln.upper(), new_x="LMARGIN", new_y="NEXT")
    d.set_xy(112, y)
    d.font(9.5)
    for k, v in (("Medicare Number", mbi), ("Date of This Notice", fmt_date(f["dec"], ds)),
                 ("Claims Processed Between", f"{fmt_date(f['dos'] - dt.timedelta(days=30), ds)} - "
                                              f"{fmt_date(f['dec'] - dt.timedelta(days=3), ds)}")):
        d.set_x(112)
        d.font(8.5, "B")
        d.cell(42, 5, k)
        d.font(8.5)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    d.set_fill_color(230, 230, 230)
    d.font(11, "B")
    d.cell(0, 7, " Did Medicare Approve All Services?  NO - see Note A", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 7, f" If you disagree, appeals must be filed by {fmt_date(due, ds)}", fill=True, new_x="LMARGIN",
           new_y="NEXT")
    d.ln(4)
    d.text_line("Your Claims for Part B (Medical Insurance)", 12, "B")
    d.para(f"{prac[0]}, {prac[1]}, {prac[2]}\nService provided by {f['surgeon']}; referred by {f['referrer']}\n"
           f"Date of service: {fmt_date(f['dos'], ds)}    Claim number: {claim}", 9.5)
    rows = []
    for c, desc, u, a in lines:
        ok = c != "13132"
        appr = round(a * 0.55, 2) if ok else 0.0
        rows.append([f"{desc[:34]} ({c})", "Yes" if ok else "No", usd(a), usd(appr), usd(round(appr * 0.8, 2)),
                     usd(round(appr * 0.2, 2)) if ok else "$0.00", "" if ok else "A"])
    rows.append(["*Total for this claim", "", usd(tot), "", "", "", ""])
    d.table(["Service & Billing Code", "Approved?", "Provider Charged", "Medicare Approved", "Medicare Paid",
             "You May Be Billed", "Notes"], rows, [60, 16, 24, 25, 20, 25, 10], size=7.4, aligns="LLRRRRL")
    d.text_line("Notes for Your Claims", 11, "B")
    d.para("A  The payment for this service is included in the payment for another service you received on the "
           "same day (the Mohs surgery). The repair is not paid separately. You do not have to pay this amount.", 9)
    d.text_line("How to Handle Denied Claims or File an Appeal", 11, "B")
    d.para(f"If you disagree with a coverage decision, you can file an appeal. Appeals must be filed by "
           f"{fmt_date(due, ds)}. Circle the service(s) you disagree with, explain why, sign the page and send it to "
           "the Medicare contractor at the address in the Appeals section. Call 1-800-MEDICARE (TTY 1-877-486-2048).",
           9)
    t = truth("eob", "coding_error", insurer=MC, member_id=mbi, member_name=f["name"], case_numbers=[claim],
              claim_amount=m2(tot), service_dates=[f["dos"].isoformat()], denial_date=f["dec"].isoformat(),
              provider=prac[0], appeal_deadline=due.isoformat(),
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"], "claim_amount": ["612.00"],
                          "provider": [f["surgeon"]]},
              denial_alternates=["other", "not_covered"])
    return pdf_bytes(d), t


# ---- 4. Medicare Advantage approval (nose, area H) ---------------------------------------------------------------

def doc_approval(r: random.Random) -> tuple[bytes, dict]:
    f = facts(r)
    prac = PRACTICES["cad"]
    mid = f"VSA{digits(r, 8)}"
    auth = f"PA-{f['dec'].year}-{digits(r, 6)}"
    planned = f["dec"] + dt.timedelta(days=r.randint(9, 21))
    ds = "dmy"
    d = Doc("Times", footer="Veldmere Senior Advantage (HMO)  H{0}-00{1}  Page {{p}} of {{n}}".format(
        digits(r, 4), r.randint(1, 9)))
    d.add_page()
    d.font(17, "B")
    d.cell(0, 8, "Veldmere Senior Advantage", align="C", new_x="LMARGIN", new_y="NEXT")
    d.text_line("A Medicare Advantage HMO plan  *  PO Box 7781, Macon, GA 31201  *  " + f["ph"], 9, align="C")
    d.ln(8)
    d.text_line(fmt_date(f["dec"], ds), 11)
    d.ln(3)
    addressee(d, f)
    d.text_line("Notice of Approval of Medical Services", 13, "B")
    d.ln(2)
    pairs(d, [("Member name", f["name"]), ("Member ID", mid), ("Authorization number", auth),
              ("Service approved", "Mohs micrographic surgery, 17311 and 17312 (up to 3 additional stages)"),
              ("Treating provider", f"{prac[0]}, {f['surgeon']}"), ("Requested by", f["referrer"] + " (PCP referral)"),
              ("Approved for", fmt_date(planned, ds)), ("Request received", fmt_date(f["received"], ds))], lw=50)
    d.para(f"Good news: we approved your provider's request for Mohs surgery to remove a nodular basal cell carcinoma "
           f"on the right nasal ala. The lesion is in area H (the central face), and the Mohs appropriate use "
           f"criteria rate Mohs surgery as appropriate for this tumour. The approval is valid from "
           f"{fmt_date(planned, ds)} for 60 days at {prac[0]}, {prac[1]}, {prac[2]}.", 11)
    d.para("Your usual specialist copayment applies. A layered closure or flap on the same day is reviewed with the "
           "claim. You do not need to do anything else. If you have questions, call Member Services at "
           f"{f['ph']} (TTY 711), 8 a.m. to 8 p.m., seven days a week.", 11)
    t = truth("other", None, insurer=VE, member_id=mid, member_name=f["name"], case_numbers=[auth],
              service_dates=[planned.isoformat()], denial_date=f["dec"].isoformat(), provider=prac[0],
              alternates={"provider": [f["surgeon"]], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---- 5. Spanish EOB: AUC not met ---------------------------------------------------------------------------------

def doc_eob_es(r: random.Random) -> tuple[bytes, dict]:
    f = facts(r, "es")
    f["trunk"] = True
    prac = PRACTICES["emb"]
    mid, grp, claim = f"TMH{digits(r, 9)}", f"GR-{digits(r, 5)}", f"E{digits(r, 10)}"
    lines = lines_for(f, 3)
    tot = total(lines)
    d = Doc("Helvetica", footer="Página {p} de {n}")
    d.add_page()
    d.font(15, "B")
    d.cell(110, 7, "Tindale Mutual Health")
    d.font(11, "B")
    d.cell(0, 7, "EXPLICACIÓN DE BENEFICIOS", align="R", new_x="LMARGIN", new_y="NEXT")
    d.text_line("ESTO NO ES UNA FACTURA", 8.5, "B", align="R")
    d.rule(0.3, 3)
    pairs(d, [("Fecha de la explicación:", fmt_date(f["dec"], "es")), ("Afiliado(a):", f["name"]),
              ("Número de afiliado:", mid), ("Número de grupo:", grp), ("Número de reclamación:", claim),
              ("Proveedor:", prac[0]), ("Médico que refirió:", f["referrer"]),
              ("Fecha de nacimiento:", fmt_date(f["dob"], "es"))], lw=58, size=9.5)
    rows = []
    for c, desc, u, a in lines:
        rows.append([fmt_date(f["dos"], "es_abbr"), c, str(u), usd(a), "$0.00", "$0.00", "N12"])
    rows.append(["*Total", "", "", usd(tot), "$0.00", "$0.00", ""])
    d.table(["Fecha de servicio", "Código", "Unid.", "Monto facturado", "Permitido", "Pagado por el plan", "Nota"],
            rows, [30, 18, 14, 32, 26, 32, 20], size=8.5, aligns="LLRRRRL", head_fill=True)
    d.text_line("Nota N12", 10, "B")
    d.para("No es médicamente necesario. El informe de patología describe un carcinoma basocelular nodular primario de "
           "0.6 cm en el tronco (zona L), en un paciente sin inmunosupresión. Según los criterios de uso apropiado "
           "de la cirugía de Mohs, este tumor en el tronco y por debajo del tamaño mínimo no cumple los criterios; "
           "una extirpación estándar daría el mismo resultado. El proveedor no puede cobrarle este monto si no "
           "firmó un acuerdo por escrito antes del servicio.", 9.5)
    d.text_line("Su derecho a apelar", 10, "B")
    d.para("Si no está de acuerdo, puede presentar una apelación dentro de 180 días a partir de la fecha de esta "
           "explicación. Escriba a Tindale Mutual Health, Apelaciones, PO Box 40127, Duluth, MN 55802, o llame al "
           f"{f['ph']} (TTY 711).", 9.5)
    t = truth("eob", "medical_necessity", lang="es", insurer=TI, member_id=mid, group_number=grp,
              member_name=f["name"], case_numbers=[claim], claim_amount=m2(tot),
              service_dates=[f["dos"].isoformat()], denial_date=f["dec"].isoformat(), provider=prac[0],
              appeal_deadline=(f["dec"] + dt.timedelta(days=180)).isoformat())
    return pdf_bytes(d), t


# ---- 6. Medicare Advantage pre-service denial --------------------------------------------------------------------

def doc_preservice(r: random.Random) -> tuple[bytes, dict]:
    f = facts(r)
    prac = PRACTICES["fox"]
    mid = f"VSA{digits(r, 8)}"
    case = f"OD{digits(r, 9)}"
    planned = f["dec"] + dt.timedelta(days=r.randint(10, 20))
    ds = "iso"
    d = Doc("Helvetica", footer="H{0}_MOHS26_C  Page {{p}} of {{n}}".format(digits(r, 4)))
    d.add_page()
    d.font(16, "B")
    d.cell(0, 8, "Veldmere Senior Advantage", new_x="LMARGIN", new_y="NEXT")
    d.text_line("PO Box 7781, Macon, GA 31201   Phone " + f["ph"] + "   TTY 711", 8.5)
    d.rule(0.4, 4)
    d.text_line("NOTICE OF DENIAL OF MEDICAL COVERAGE", 13, "B", align="C")
    d.ln(3)
    pairs(d, [("Date:", fmt_date(f["dec"], ds)), ("Name:", f["name"]), ("Member number:", mid),
              ("Case number:", case), ("Date of birth:", fmt_date(f["dob"], ds))], lw=40)
    d.text_line("Your request was denied", 11, "B")
    d.para(f"We denied the medical services listed below that {prac[0]} ({f['surgeon']}) asked for: Mohs "
           f"micrographic surgery, CPT 17313 with 17314 for additional stages, planned for {fmt_date(planned, ds)}, "
           f"to remove a primary superficial basal cell carcinoma, 0.8 cm, on the right flank. The biopsy was read "
           f"by {f['path']} of {LAB} on {fmt_date(f['biopsy'], ds)}.")
    d.text_line("Why did we deny your request?", 11, "B")
    d.para("We denied this request because it is not medically necessary. Medicare coverage rules and our plan's "
           "policy follow the Mohs appropriate use criteria. The lesion is on the trunk (area L), is smaller than "
           "2 cm, is a primary (not recurrent) superficial tumour, and you do not have a weakened immune system. "
           "For this kind of lesion the criteria rate Mohs surgery as inappropriate. Your doctor can treat it with "
           "standard excision, electrodesiccation and curettage, or a topical medicine, which the plan covers.")
    d.text_line("You have the right to appeal our decision", 11, "B")
    d.para("You have the right to ask Veldmere Senior Advantage to review our decision by asking us for an appeal. "
           "Ask for an appeal within 65 days of the date of this notice. We can give you more time if you have a "
           "good reason for missing the deadline. If your doctor says that waiting could seriously harm your "
           "health, ask for a fast (expedited) appeal; we will answer within 72 hours.")
    d.para(f"Call {f['ph']} (TTY 711), 8 a.m. to 8 p.m., seven days a week, or write to Appeals, PO Box 7790, "
           "Macon, GA 31201.")
    t = truth("denial_letter", "medical_necessity", insurer=VE, member_id=mid, member_name=f["name"],
              case_numbers=[case], service_dates=[planned.isoformat()], denial_date=f["dec"].isoformat(),
              provider=prac[0], appeal_deadline=(f["dec"] + dt.timedelta(days=65)).isoformat(),
              alternates={"provider": [f["surgeon"]]})
    return pdf_bytes(d), t


# ---- 7. appeal decision upheld (trunk lesion under the size threshold) --------------------------------------------

def doc_upheld(r: random.Random) -> tuple[bytes, dict]:
    f = facts(r)
    f["trunk"] = True
    prac = PRACTICES["cad"]
    mid, grp = f"WX-{digits(r, 3)}-{digits(r, 6)}", digits(r, 6)
    claim, appeal = digits(r, 12), f"APL-{digits(r, 7)}"
    lines = lines_for(f, 2)
    tot = total(lines)
    ds = "abbr"
    d = Doc("Times", footer="Wrexcombe Health Insurance Company  -  Appeal {0}  -  page {{p}}".format(appeal))
    d.add_page()
    d.font(14, "B")
    d.cell(0, 7, "WREXCOMBE HEALTH INSURANCE COMPANY", new_x="LMARGIN", new_y="NEXT")
    d.text_line("Grievance and Appeals Department  |  3300 Tolland Road, Bangor, ME 04401  |  " + f["ph"], 9)
    d.ln(6)
    d.text_line(fmt_date(f["dec"], ds), 11)
    d.ln(3)
    addressee(d, f)
    d.font(11, "B")
    d.multi_cell(0, 5.5, f"RE: Appeal decision - denial upheld\nAppeal number {appeal}  |  Claim {claim}  |  "
                         f"Member ID {mid}  |  Group {grp}", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Dear {f['first']} {f['last']}:", 11)
    d.para(f"We received your appeal on {fmt_date(f['received'], ds)} about the denied claim for Mohs surgery "
           f"(CPT {', '.join(c for c, *_ in lines)}) performed by {f['surgeon']} at {prac[0]} on "
           f"{fmt_date(f['dos'], ds)}, billed at {usd(tot)}. You were referred by {f['referrer']}.", 11)
    d.para("A board-certified dermatologist who was not involved in the first decision reviewed your appeal, the "
           "operative note and the pathology report. The tumour was a primary nodular basal cell carcinoma of 0.5 cm "
           "on the mid back. Under the plan's Mohs surgery policy, lesions on the trunk and extremities qualify only "
           "if they are 2 cm or larger, recurrent, aggressive, or in an immunocompromised patient. This lesion is "
           "under the size threshold and has none of the other features. We have upheld the denial as not medically "
           "necessary.", 11)
    d.para("If you disagree, you may request a second-level appeal within 60 days of the date of this letter. You may "
           "also ask for an external review by an independent review organization within four months.", 11)
    d.para("Sincerely,\nAppeals Coordinator, Wrexcombe Health Insurance Company", 11)
    t = truth("denial_letter", "medical_necessity", insurer=WR, member_id=mid, group_number=grp,
              member_name=f["name"], case_numbers=[appeal, claim], claim_amount=m2(tot),
              service_dates=[f["dos"].isoformat()], denial_date=f["dec"].isoformat(), provider=prac[0],
              appeal_deadline=(f["dec"] + dt.timedelta(days=60)).isoformat(),
              alternates={"provider": [f["surgeon"]], "case_numbers": [[appeal], [claim]]})
    return pdf_bytes(d), t


PLAN = [("bd_letter_superficial_bcc_trunk", "born_digital", doc_letter_auc),
        ("bd_eob_extra_stages_over_limit", "born_digital", doc_eob_stages),
        ("scan300_msn_repair_bundled", "scan_clean_300", doc_msn_repair),
        ("lowres_ma_approval_nasal_ala", "scan_lowres_150", doc_approval),
        ("copy_eob_es_trunk_auc", "photocopy", doc_eob_es),
        ("phone_ma_preservice_denial_flank", "phone_photo", doc_preservice),
        ("rotated_appeal_upheld_under_threshold", "rotated", doc_upheld)]


def documents(rng) -> list[Item]:
    return [Item(f"{FAMILY}_{stem}", cond, [fn(random.Random(203500 + i))])
            for i, (stem, cond, fn) in enumerate(PLAN)]
