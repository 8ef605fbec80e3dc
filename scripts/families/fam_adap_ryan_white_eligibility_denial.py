"""Family 'adap_ryan_white_eligibility_denial': a state AIDS Drug Assistance Program (ADAP, Ryan White HIV/AIDS
Program Part B) notice that an application or recertification was denied, that enrollment is ending, or that a drug
is not on the ADAP formulary; plus one recertification approval.

Modelled from memory on the kind of notices state ADAPs mail (no real program copied): letterhead of a state health
department's HIV/AIDS bureau or a county Ryan White Part B consortium or the ADAP's pharmacy benefits manager; a
client box (Client ID / ADAP ID / URN, program name, application or recertification number, date of birth);
reasons: household income above the program's Federal Poverty Level limit (table of household size, annual income,
percent of FPL), proof of state residency missing, other coverage available (ADAP is the payer of last resort), drug
not on the ADAP formulary (pharmacy claim with NDC and fill date, or a formulary exception request); effective /
termination date; grievance and administrative fair hearing rights with a number of days; one Spanish letter.

Everything is invented: the State of Semien, Gondar County, Debre Pharmacy Solutions, people (Ethiopian and Eritrean
given names and surnames; Mapuche surnames in the Spanish letter), numbers and 555 phone numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, pdf_bytes, truth

FAMILY = "adap_ryan_white_eligibility_denial"
LANG = "en"

SEM = "Semien State Department of Public Health"
GON = "Gondar County Health Services Agency"
DEB = "Debre Pharmacy Solutions, LLC"
FIRST = ["Tesfaye", "Selamawit", "Dawit", "Meseret", "Yonas", "Hiwot", "Berhane", "Almaz", "Abebe", "Tsion"]
LAST = ["Mekonnen", "Alemu", "Kebede", "Negash", "Haile", "Gebremariam", "Tadesse", "Woldemichael", "Asfaw",
        "Bekele"]
FIRST_ES = ["Ayelén", "Nahuel", "Rayén"]
LAST_ES = ["Huenchullán", "Catrileo", "Millaqueo"]
DOCS = ["Dr. Lemlem Gidey", "Dr. Samuel Araya", "Dr. Feven Tsegaye", "Dr. Kidane Yohannes"]
CLINICS = ["Harar Street Community Health Center", "Awash Valley Infectious Disease Clinic",
           "Bahir Lake Family Medicine"]
STREETS = ["Dessie Avenue", "Jimma Road", "Sidamo Court", "Tana Street", "Axum Lane"]
TOWNS = [("Gondar Springs", "SM", "84610"), ("Lalibel", "SM", "84633"), ("Mekdela Falls", "SM", "84702")]


def d2(r: random.Random, pattern: str) -> str:
    return "".join(str(r.randint(0, 9)) if c == "9" else r.choice("ACDEFHJKMNPRTWXY") if c == "#" else c
                   for c in pattern)


def phone(r: random.Random) -> str:
    return f"(555) {r.randint(210, 980)}-{r.randint(1000, 9999)}"


def person(r: random.Random, es: bool = False) -> tuple[str, str, str]:
    first = r.choice(FIRST_ES if es else FIRST)
    last = r.choice(LAST_ES if es else LAST)
    mid = r.choice("BDGHKMSTWY")
    return f"{first} {mid}. {last}", first, last


def addr(r: random.Random) -> tuple[str, str]:
    t = r.choice(TOWNS)
    return f"{r.randint(40, 9800)} {r.choice(STREETS)}", f"{t[0]}, {t[1]} {t[2]}"


def money(v: float, style: str = "plain") -> str:
    return f"${v:,.2f}" if style == "plain" else f"{v:,.2f}" if style == "nosign" else f"$ {v:,.0f}"


def letterhead(d: Doc, f: dict) -> None:
    ins = f["ins"]
    if f.get("fax"):
        d.text_line(f"{f['fax_when']}   FROM: ADAP ELIGIBILITY UNIT   FAX {f['faxno']}   P. 01", 8)
        d.ln(2)
    if ins == SEM:
        d.text_line("STATE OF SEMIEN", 9, "B")
        d.text_line(SEM, 14, "B")
        d.text_line("HIV/AIDS Bureau  ·  AIDS Drug Assistance Program (ADAP)", 9.5)
        d.text_line(f"PO Box 4410  ·  Gondar Springs, SM 84610  ·  {f['ph']}  ·  TTY 711", 8.5)
        d.rule(0.6, 3)
    elif ins == GON:
        d.set_fill_color(230, 230, 230)
        d.font(13, "B")
        d.cell(0, 9, "  " + GON, fill=True, new_x="LMARGIN", new_y="NEXT")
        d.text_line("Ryan White Part B Consortium  -  Semien AIDS Drug Assistance Program", 9.5, "I")
        d.text_line(f"1180 Tana Street, Suite 300, Lalibel, SM 84633   Phone {f['ph']}", 8.5)
        d.ln(3)
    else:
        d.text_line("DEBRE", 22, "B")
        d.text_line(DEB, 10, "B")
        d.text_line(f"Pharmacy benefits manager for the Semien AIDS Drug Assistance Program  ·  {f['ph']}", 8.5)
        d.rule(0.3, 3)


def client_block(d: Doc, f: dict, rows: list[tuple[str, str]], style: str) -> None:
    if style == "boxes":
        cells = [(k, v, w) for (k, v), w in zip(rows, [46, 46, 42, 46])]
        d.boxes(cells[:4], h=11, label_size=6.3, value_size=9.5)
        if len(rows) > 4:
            d.boxes([(k, v, 60) for k, v in rows[4:7]], h=11, label_size=6.3, value_size=9.5)
        d.ln(4)
        return
    for k, v in rows:
        d.font(10, "B")
        d.cell(52, 5.4, k + (":" if not k.endswith(":") else ""))
        d.font(10)
        d.cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def rights(d: Doc, f: dict) -> None:
    n, ds = f["days"], f["ds"]
    es = f["lang"] == "es"
    if es:
        d.text_line("Su derecho a presentar una queja o pedir una audiencia imparcial", 11, "B")
        d.para(f"Si no está de acuerdo con esta decisión, puede presentar una queja (apelación) por escrito al "
               f"Coordinador de Quejas de ADAP dentro de {n} días a partir de la fecha de este aviso. Si la decisión "
               "sobre su queja no le favorece, puede pedir una audiencia administrativa imparcial dentro de 60 días "
               f"de esa decisión. Llame al {f['ph']} si necesita ayuda. Su administrador de casos también le puede "
               "ayudar.")
        return
    title = {"a": "YOUR RIGHT TO A GRIEVANCE AND A FAIR HEARING", "b": "If you disagree with this decision",
             "c": "Appeal rights"}[f["rv"]]
    d.text_line(title, 11, "B")
    if f["dl_mode"] == "date":
        d.para(f"You may ask us to review this decision by filing a written grievance with the ADAP Grievance "
               f"Coordinator. Your grievance must be received by {fmt_date(f['dl'], ds)}. If the grievance decision "
               "is not in your favor, you may then request an administrative fair hearing within 90 days of that "
               "decision.")
    elif f["dl_mode"] == "hearing_only":
        d.para(f"You have the right to request an administrative fair hearing. Your request must be made in writing "
               f"within {n} days of the date of this notice. Send it to the Office of Administrative Hearings, "
               f"PO Box 902, Gondar Springs, SM 84610, or fax it to {f['faxno']}.")
    else:
        d.para(f"You may appeal this decision by sending a written grievance to the ADAP Grievance Coordinator "
               f"within {n} days of the date of this letter. If the grievance decision is not in your favor, you "
               "may request an administrative fair hearing within 60 days of the grievance decision. Your case "
               "manager can help you file.")
    d.para("Filing a grievance will not change your ability to receive other Ryan White services. ADAP is the payer "
           "of last resort; services may be available through your medical provider's sliding fee program.", 9)


def reason_text(f: dict) -> list[str]:
    k, ds = f["kind"], f["ds"]
    if k == "income":
        return [f"Your household income is above the ADAP limit. ADAP serves people with household income at or "
                f"below {f['limit']}% of the Federal Poverty Level (FPL). Based on the documents you sent, your "
                f"household of {f['hh']} has an annual income of {money(f['inc'])}, which is {f['pct']}% of the "
                "FPL."]
    if k == "residency":
        return ["We did not receive proof that you live in the State of Semien. A current lease, utility bill, "
                "state ID or a letter from a shelter is required for every application and recertification. We "
                f"asked for this document on {fmt_date(f['asked'], ds)} and it was not received by the due date."]
    if k == "othercov":
        return [f"You have other coverage for your HIV medications. Our records show that you are enrolled in "
                f"{f['other']} as of {fmt_date(f['other_start'], ds)}. ADAP is the payer of last resort and cannot "
                "pay for medications that another plan covers. You may apply for ADAP insurance premium assistance "
                "instead."]
    if k == "formulary_claim":
        return [f"The medication {f['drug']} is not on the Semien ADAP formulary. The formulary lists the HIV "
                "antiretrovirals and the drugs for opportunistic infections that ADAP pays for. The pharmacy claim "
                "below was rejected. Your prescriber may ask for a formulary alternative."]
    if k == "formulary_pa":
        return [f"{f['prescriber']} asked ADAP to cover {f['drug']}. This drug is not on the ADAP formulary, and "
                "the request does not meet the program's rules for a formulary exception (it is not needed to treat "
                "HIV or an HIV-related condition and a covered alternative is available). The request is denied."]
    if k == "es_income":
        return [f"Sus ingresos familiares superan el límite del programa. ADAP atiende a personas con ingresos de "
                f"hasta el {f['limit']}% del Nivel Federal de Pobreza (FPL). Su hogar de {f['hh']} personas tiene "
                f"ingresos anuales de {money(f['inc'])}, que equivalen al {f['pct']}% del FPL."]
    return []


def build(f: dict) -> bytes:
    pg = "Página {p} de {n}" if f["lang"] == "es" else "Page {p} of {n}"
    d = Doc("Helvetica", footer=f"{f['form']}   {pg}")
    d.add_page()
    letterhead(d, f)
    ds, m, es, k = f["ds"], f["member"], f["lang"] == "es", f["kind"]
    d.text_line(("Fecha del aviso: " if es else f["datelabel"]) + fmt_date(f["dec"], ds), 10.5)
    d.ln(3)
    for ln in (m[0], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(4)
    d.text_line(f["title"], 13, "B")
    d.ln(2)
    client_block(d, f, f["rows"], f["block"])
    if k == "approve":
        d.para(f"Dear {m[1]} {m[2]}:")
        d.para(f"Good news. Your ADAP recertification has been APPROVED. You are enrolled in the full-pay medication "
               f"program from {fmt_date(f['eff'], ds)} through {fmt_date(f['thru'], ds)}. Your household income "
               f"is {f['pct']}% of the Federal Poverty Level, within the {f['limit']}% limit. Thank you for sending "
               "your proof of residency.")
        d.para(f"Your next recertification is due by {fmt_date(f['recert'], ds)}. Take your ADAP card to any "
               "participating pharmacy. Questions? Call " + f["ph"] + ".")
        return pdf_bytes(d)
    greet = "Estimado(a) " if es else "Dear "
    d.para(f"{greet}{m[1]} {m[2]}:")
    if es:
        d.para(f"Revisamos su solicitud de recertificación para el Programa de Asistencia con Medicamentos para el "
               f"SIDA (ADAP). Su solicitud fue NEGADA. Su inscripción en ADAP terminará el "
               f"{fmt_date(f['eff'], 'es')}.")
        d.text_line("Razón de la decisión", 11, "B")
    else:
        lead = {"income": f"We reviewed your ADAP recertification. Your recertification is DENIED and your ADAP "
                          f"enrollment will end on {fmt_date(f['eff'], ds)}.",
                "residency": f"Your ADAP application could not be approved. Your application is denied effective "
                             f"{fmt_date(f['eff'], ds)}.",
                "othercov": f"This letter is about your ADAP medication benefit. Effective {fmt_date(f['eff'], ds)}, "
                            "ADAP will no longer pay for your medications.",
                "formulary_claim": "ADAP cannot pay for a prescription your pharmacy submitted.",
                "formulary_pa": "We have made a decision on a formulary exception request."}[k]
        d.para(lead)
        d.text_line({"a": "Reason for this decision", "b": "Why?", "c": "Reason"}[f["rv"]], 11, "B")
    for p in reason_text(f):
        d.para(p)
    if k in ("income", "es_income"):
        head = ["Tamaño del hogar", "Ingresos anuales", "% del FPL", "Límite"] if es else \
            ["Household size", "Annual household income", "Percent of FPL", "Program limit"]
        d.table(head, [[str(f["hh"]), money(f["inc"]), f"{f['pct']}%", f"{f['limit']}%"]], [40, 50, 35, 35],
                size=9.5, border_head="TB")
    if k == "formulary_claim":
        d.table(["Rx date", "Drug / NDC", "Qty", "Amount submitted", "Status"],
                [[fmt_date(f["fill"], "slash"), f"{f['drug']} / {f['ndc']}", str(f["qty"]), money(f["amt"]),
                  "Rejected - 70"]], [24, 78, 12, 34, 26], size=8.8, border_head="TB")
        d.para(f"Pharmacy: {f['pharm']} (NCPDP {f['ncpdp']}).  Prescriber: {f['prescriber']}, NPI {f['npi']}.", 9)
    if k == "othercov":
        d.para("Please bring your new insurance card to your pharmacy. If your other coverage ends, call us right "
               "away so we can review your eligibility again.")
    if k == "residency":
        d.para("You may reapply at any time by sending a complete application with proof of residency to the ADAP "
               "Eligibility Unit.")
    rights(d, f)
    d.para(("Atentamente, Unidad de Elegibilidad de ADAP" if es else f"Sincerely,\n{f['signer']}"), 10)
    d.para(("Aviso sobre no discriminación: " if es else "Nondiscrimination notice: ") +
           ("ADAP no discrimina por raza, color, origen nacional, edad, discapacidad o sexo." if es else
            "The program does not discriminate on the basis of race, color, national origin, age, disability or "
            "sex. Language assistance is available free of charge: call " + f["ph"] + "."), 8)
    return pdf_bytes(d)


TITLES = {"income": "Notice of ADAP Recertification Denial", "residency": "ADAP Application - Notice of Denial",
          "othercov": "Notice of Termination of ADAP Medication Coverage",
          "formulary_claim": "Notice of Denied Pharmacy Claim - Drug Not on ADAP Formulary",
          "formulary_pa": "Formulary Exception Request - Denied", "approve": "Notice of ADAP Recertification Approval",
          "es_income": "Aviso de negación de recertificación de ADAP"}


def facts(seed: int, kind: str, ins: str, ds: str, block: str, rv: str, dl_mode: str, days: int,
          fax: bool = False, dec: dt.date | None = None, member=None, cid=None) -> dict:
    r = random.Random(seed)
    es = kind == "es_income"
    dec = dec or dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 200))
    member = member or person(r, es)
    cid = cid or d2(r, r.choice(["SM-ADAP-999999", "99999999", "#99-99999"]))
    f = dict(kind=kind, ins=ins, ds=ds, block=block, rv=rv, dl_mode=dl_mode, days=days, fax=fax, dec=dec,
             member=member, addr=addr(r), cid=cid, ph=f"1-555-{r.randint(210, 980)}-{r.randint(1000, 9999)}",
             faxno=phone(r), lang="es" if es else "en", title=TITLES[kind],
             form=r.choice(["ADAP-ELIG-12 (rev. 07/2025)", "RW-B 401", "SDPH ADAP N-3"]),
             datelabel=r.choice(["", "Date: ", "Notice date: "]),
             signer=r.choice(["ADAP Eligibility Unit", "Mahlet Bekele, ADAP Eligibility Specialist",
                              "Ryan White Part B Program Staff"]),
             dob=dt.date(r.randint(1958, 2000), r.randint(1, 12), r.randint(1, 28)))
    f["fax_when"] = f"{dec.strftime('%m/%d/%Y')} 10:{r.randint(10, 59)}"
    f["eff"] = dec + dt.timedelta(days=r.choice([14, 30, 31]))
    f["limit"] = r.choice([400, 500])
    f["hh"] = r.randint(2, 4) if es else r.randint(1, 4)
    f["pct"] = f["limit"] + r.randint(6, 80) if kind in ("income", "es_income") else r.randint(120, 380)
    f["inc"] = round(f["pct"] / 100 * (15960 + 5680 * (f["hh"] - 1)) + r.randint(0, 99), 2)
    f["asked"] = dec - dt.timedelta(days=r.randint(35, 50))
    f["other"] = r.choice(["Semien Medicaid (Semien Health Choice)", "an employer group health plan (Abay Mutual "
                           "Insurance Company)"])
    f["other_start"] = dec - dt.timedelta(days=r.randint(10, 40))
    f["drug"] = r.choice(["Tesamorelin 2 mg vial", "Ibalizumab-uiyk 200 mg/1.33 mL", "Pitavastatin 2 mg tablet"])
    f["ndc"] = d2(r, "99999-9999-99")
    f["qty"] = r.choice([30, 60, 4])
    f["amt"] = round(r.randint(380, 6400) + r.randint(0, 99) / 100, 2)
    f["fill"] = dec - dt.timedelta(days=r.randint(3, 12))
    f["pharm"] = r.choice(["Jimma Road Pharmacy", "Axum Lane Specialty Pharmacy"])
    f["ncpdp"] = d2(r, "9999999")
    f["prescriber"] = r.choice(DOCS)
    f["npi"] = r.choice("12") + d2(r, "999999999")
    f["reqno"] = d2(r, r.choice(["FE-2026-99999", "PA99999999"]))
    f["claimno"] = d2(r, "9999999999999")
    f["appno"] = d2(r, r.choice(["APP-99999", "RC-999999", "R#-9999-99"]))
    f["eff"], f["thru"] = (f["eff"], f["eff"] + dt.timedelta(days=r.choice([181, 364])))
    f["recert"] = f["thru"] - dt.timedelta(days=30)
    f["dl"] = dec + dt.timedelta(days=days)
    return f


def rows_for(f: dict, labels: int) -> list[tuple[str, str]]:
    k, ds = f["kind"], f["ds"]
    lab = [("Client ID", "Program", "Application No.", "Date of birth"),
           ("ADAP ID", "Program name", "Recertification #", "DOB"),
           ("URN / Client number", "Benefit", "Case number", "Birth date"),
           ("Número de cliente", "Programa", "Número de caso", "Fecha de nacimiento")][labels]
    prog = {"es_income": "Programa de Asistencia con Medicamentos para el SIDA (ADAP)"}.get(
        k, "Semien AIDS Drug Assistance Program (Ryan White Part B)" if labels != 1 else "ADAP - full pay")
    if f["block"] == "boxes":
        prog = "Semien ADAP (RW Part B)"
    rows = [(lab[0], f["cid"]), (lab[1], prog)]
    if k in ("formulary_claim",):
        rows.append(("Claim number", f["claimno"]))
    elif k == "formulary_pa":
        rows.append(("Request number", f["reqno"]))
    else:
        rows.append((lab[2], f["appno"]))
    rows.append((lab[3], fmt_date(f["dob"], "slash")))
    if k == "formulary_pa":
        rows.append(("Prescriber", f"{f['prescriber']} (NPI {f['npi']})"))
        rows.append(("Drug requested", f["drug"]))
    return rows


def make_truth(f: dict) -> dict:
    k = f["kind"]
    common = dict(insurer=f["ins"], member_id=f["cid"], member_name=f["member"][0], denial_date=f["dec"].isoformat())
    alts: dict = {}
    if f["ins"] == DEB:
        alts["insurer"] = [SEM]
    if k == "approve":
        return truth("other", None, "en", case_numbers=[f["appno"]], alternates=alts, **common)
    dl = (f["dec"] + dt.timedelta(days=f["days"])).isoformat()
    if k == "formulary_claim":
        return truth("denial_letter", "not_covered", "en", case_numbers=[f["claimno"]], claim_amount=f"{f['amt']:.2f}",
                     service_dates=[f["fill"].isoformat()], provider=f["prescriber"], appeal_deadline=dl,
                     alternates=dict(alts, provider=[f["pharm"]]), **common)
    if k == "formulary_pa":
        return truth("denial_letter", "not_covered", "en", case_numbers=[f["reqno"]], provider=f["prescriber"],
                     appeal_deadline=dl, alternates=alts, denial_alternates=["prior_authorization"], **common)
    da = {"income": None, "es_income": None, "residency": ["other"], "othercov": ["other"]}[k]
    if f["dl_mode"] == "hearing_only":
        alts["appeal_deadline"] = [None]
    return truth("denial_letter", "eligibility", f["lang"], case_numbers=[f["appno"]], appeal_deadline=dl,
                 alternates=alts, denial_alternates=da, **common)


# (suffix, condition, kind, issuer, date style, client block, label set, rights variant, deadline mode, days)
PLAN = [
    ("bd_income_over_400_fpl_recert", "born_digital", "income", SEM, "long", "list", 0, "a", "days", 30),
    ("bd_drug_not_on_formulary_claim", "born_digital", "formulary_claim", DEB, "slash", "list", 1, "b", "days", 60),
    ("fax_other_coverage_payer_last_resort", "fax_standard_g4", "othercov", SEM, "slash", "list", 2, "c", "days",
     30),
    ("phone_spanish_income_over_fpl", "phone_photo", "es_income", GON, "es", "list", 3, "a", "days", 30),
    ("rotated_formulary_exception_denied", "rotated", "formulary_pa", GON, "iso", "boxes", 2, "b", "hearing_only",
     45),
    ("lowres_residency_proof_missing", "scan_lowres_150", "residency", GON, "dmy", "boxes", 0, "c", "date", 30),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, ds, block, lab, rv, dlm, n) in enumerate(PLAN):
        f = facts(141500 + i, kind, ins, ds, block, rv, dlm, n, fax=cond.startswith("fax"))
        f["rows"] = rows_for(f, lab)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    # a case manager's scanned mail: the residency denial, then the approval after the proof arrived
    a = facts(141520, "residency", SEM, "abbr", "list", "a", "days", 60)
    a["rows"] = rows_for(a, 1)
    b = facts(141521, "approve", SEM, "abbr", "boxes", "a", "days", 60, dec=a["dec"] + dt.timedelta(days=33),
              member=a["member"], cid=a["cid"])
    b["addr"], b["title"] = a["addr"], TITLES["approve"]
    b["rows"] = rows_for(b, 1)
    items.insert(2, Item(f"{FAMILY}_scan300_stack_residency_denial_then_approval", "scan_clean_300",
                         [(build(a), make_truth(a)), (build(b), make_truth(b))], separators=[None, None]))
    return items
