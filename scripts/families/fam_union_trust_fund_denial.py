"""Family 'union_trust_fund_denial': letters from invented Taft-Hartley (union) health and welfare trust funds: claim
denials, an appeal decision of the Board of Trustees, and a paid-in-full notice.

Two funds. The Ironvale Pipefitters Local 418 Health & Welfare Fund prints its own letterhead (fund name over a
rule, "Fund Office" address, a line naming the Board of Trustees, union and employer trustees). The Keelson
Millwrights and Glaziers Health Trust is run by a contract administrator, Pellston Benefit Administrators, Inc.,
named on a line above the fund name (the letterhead issuer is the fund; the administrator is accepted). Letters
cite the plan document ("Article V, Section 5.03(b)") and show a table of hours reported by contributing employers
by work month (decoy months and hours), a claim table, and the fund's EIN and plan number as decoy numbers.
Reasons: not eligible because too few hours were worked in the qualifying quarter (eligibility), an exclusion
(not_covered), a work-related injury that workers' compensation must pay ('other'), a claim filed after the
12-month limit (timely_filing), no precertification (a Spanish letter), and the Trustees' appeal decision upholding
a medical necessity denial (plain words, no further internal appeal). One letter pays the claim in full.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_rounds_famsa import (MESES, address, days, fdate, iso, local_phone, m2, mixed, money, npi, person, staff,
                              usd)

FAMILY = "union_trust_fund_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FUND = {"I": "Ironvale Pipefitters Local 418 Health & Welfare Fund", "K": "Keelson Millwrights and Glaziers Health Trust"}
TPA = "Pellston Benefit Administrators, Inc."
PROVS = [("Brackwater Regional Hospital", "Outpatient surgery, shoulder arthroscopy"),
         ("Dr. Lucinda Farrowfield", "Office visits and injections"),
         ("Quarrystone Orthopedic Center", "MRI of the right knee"),
         ("Pinfold Community Clinic", "Laboratory tests and office visit"),
         ("Gorsebank Dental Surgery", "Dental implants (2)")]
KINDS = {"hours": "eligibility", "excl": "not_covered", "wc": "other", "timely": "timely_filing",
         "precert": "prior_authorization", "upheld": "medical_necessity", "paid": None}


class Letter(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(20, 15, 20))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Letter, f: dict) -> None:
    if f["fund"] == "I":
        d.text_line(FUND["I"].upper(), 12.5, "B", h=6.5)
        d.rule(0.8, 1)
        d.text_line("Fund Office: 2217 Foundry Row, Sheridan, WY 82801   Tel. " + f["ph"], 8.5, h=4.5)
        d.text_line("Board of Trustees: Wendell O. Marchbank, Chair (Union)  -  Corliss T. Ferrante, Secretary "
                    "(Employer)", 7.8, h=4.2)
    else:
        d.text_line(f"Administered by {TPA}, Contract Administrator", 8, h=4.2)
        d.text_line(FUND["K"], 15, "B", h=7)
        d.text_line("PO Box 5540, Beatrice, NE 68310   Participant Services " + f["ph"], 8.5, h=4.5)
        d.rule(0.5, 1)
    d.ln(3)


def pairs(d: Letter, rows: list[tuple[str, str]], w: float = 48) -> None:
    for k, v in rows:
        d.set_font("DejaVu", "B", 8.8)
        d.cell(w, 5.2, k)
        d.set_font("DejaVu", "", 9.2)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def claim_table(d: Letter, f: dict, es: bool = False) -> None:
    rows = [[fdate(x["dos"], f["tds"]), x["svc"], usd(x["billed"], f["ms"]), usd(x["paid"], f["ms"])]
            for x in f["lines"]]
    rows.append(["*Total" if not es else "*Total", "", usd(f["billed"], f["ms"]), usd(sum(x["paid"] for x in f["lines"]), f["ms"])])
    d.table(["Date of service" if not es else "Fecha de servicio", "Service" if not es else "Servicio",
             "Charge" if not es else "Cargo", "Fund paid" if not es else "Pagado por el Fondo"], rows,
            [32, 76, 26, 38], size=8.6, aligns="LLRR")


def hours_table(d: Letter, f: dict) -> None:
    rows = [[m.strftime("%B %Y"), e, str(h)] for m, e, h in f["hours"]]
    rows.append(["*Total qualifying quarter", "", str(sum(h for _, _, h in f["hours"]))])
    d.table(["Work month", "Contributing employer", "Hours reported"], rows, [45, 85, 30], size=8.6, aligns="LLR")


REASON = {
    "hours": lambda f: ("Under Article III, Section 3.02(a) of the Plan, you are eligible for benefits in a "
                        "benefit quarter only if contributing employers reported at least 300 hours of covered "
                        f"work for you in the qualifying quarter. Only {sum(h for *_, h in f['hours'])} hours were "
                        "reported, so you were not eligible on the date of service and the claim was denied."),
    "excl": lambda f: ("Article V, Section 5.03(b) of the Plan excludes dental implants and related surgery, "
                       "except after an accidental injury to sound natural teeth. The claim does not show an "
                       "accidental injury, so the service is not covered by the Plan."),
    "wc": lambda f: ("The claim and the accident questionnaire you returned show that the injury happened at "
                     "work. Article VII, Section 7.01 of the Plan does not pay for an injury or illness arising "
                     "out of employment; the employer's workers' compensation carrier must pay these charges."),
    "timely": lambda f: ("Article VIII, Section 8.04 of the Plan requires claims to be filed with the Fund Office "
                         "within 12 months after the date of service. This claim was received on "
                         f"{f['fd'](f['recv'])}, more than 12 months later, so it cannot be paid."),
    "upheld": lambda f: ("The Trustees reviewed the records from the provider, the report of the independent "
                         "orthopedic consultant and your letter. The records do not show that surgery was needed "
                         "at that time: six weeks of physical therapy and injections had not been tried, and the "
                         "imaging showed no tear that required repair."),
}


def build_en(f: dict) -> bytes:
    d = Letter(f"{'IPF' if f['fund'] == 'I' else 'KMG'}-{f['form']}  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(f["fd"](f["notice"]), 9.5, h=5)
    d.ln(2)
    for ln in [f["to"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.6)
    d.ln(3)
    title = {"upheld": "Decision of the Board of Trustees on Your Appeal",
             "paid": "Notice of Claim Payment - Paid in Full"}.get(f["kind"], "Notice of Claim Denial")
    d.text_line(title, 12, "B", h=7)
    lbl = [("Participant", "Participant ID", "Patient", "Claim number"),
           ("Member", "Fund ID no.", "Claimant", "Claim no."),
           ("Employee", "SSN substitute ID", "Patient name", "Claim reference")][f["lab"]]
    rows = [(lbl[0], f["part"]), (lbl[1], f["mid"])]
    if f["pat"] != f["part"]:
        rows.append((lbl[2], f["pat"]))
    rows += [(lbl[3], f["claim"])]
    if f["kind"] == "upheld":
        rows.append(("Appeal number", f["appeal"]))
    rows += [("Provider", f["prov"]), ("Fund EIN / Plan no.", f"{f['ein']} / 501"),
             ("Local union", "Local 418" if f["fund"] == "I" else "District Council 7")]
    pairs(d, rows)
    d.para(f"Dear {f['part'].split()[0]} {f['part'].split()[-1]}:", 9.5)
    if f["kind"] == "paid":
        d.para(f"The Fund Office has processed the claim from {f['prov']} for services on "
               f"{f['fd'](f['lines'][0]['dos'])}. The claim was paid in full at the Plan's in-network rate; you owe "
               "the provider nothing for these services beyond any amount shown below.", 9.3)
        claim_table(d, f)
        d.para("Your eligibility for the next benefit quarter depends on hours reported by your employers. Hours "
               "worked in the current quarter are shown on the Fund's website.", 9)
    elif f["kind"] == "upheld":
        d.para(f"On {f['fd'](f['orig'])} the Fund denied the claim below. You appealed on {f['fd'](f['appd'])}. "
               f"The Board of Trustees considered your appeal at its quarterly meeting on "
               f"{f['fd'](f['meeting'])} and decided to uphold the denial.", 9.3)
        claim_table(d, f)
        d.text_line("Reasons for the decision", 10.5, "B", h=6)
        d.para(REASON["upheld"](f), 9.3)
        d.para("This is the final decision on appeal under the Plan; there is no further internal appeal. You have "
               "the right to bring a civil action under section 502(a) of ERISA. You may also ask for external "
               "review by an independent review organization within four months of receiving this letter.", 9.1)
    else:
        d.para(f"The Fund Office has reviewed the claim below and cannot pay it.", 9.3)
        claim_table(d, f)
        if f["kind"] == "hours":
            hours_table(d, f)
        d.text_line("Why the claim was denied" if f["lab"] != 1 else "Reason", 10.5, "B", h=6)
        d.para(REASON[f["kind"]](f), 9.3)
        d.text_line("Your right to appeal to the Board of Trustees", 10.5, "B", h=6)
        if f["dl"] == "date":
            dl = f"Your written appeal must be received by the Fund Office no later than {f['fd'](f['deadline'])}."
        else:
            dl = "You may appeal in writing to the Board of Trustees within 180 days of the date of this letter."
        d.para(f"{dl} The Trustees meet quarterly and decide appeals at the next meeting after the appeal arrives. "
               "You may send documents, ask for copies of the plan documents free of charge, and be represented. "
               f"Fax {f['fax']}.", 9.1)
    d.ln(2)
    d.para(f"Sincerely,\n{f['signer']}\nFund Manager, on behalf of the Board of Trustees", 9.3)
    return pdf_bytes(d)


def build_es(f: dict) -> bytes:
    d = Letter(f"KMG-{f['form']}-ES  Página {{p}} de {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(f["fd"](f["notice"]), 9.5, h=5)
    d.ln(2)
    for ln in [f["to"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.6)
    d.ln(3)
    d.text_line("Aviso de denegación de reclamación", 12, "B", h=7)
    pairs(d, [("Participante", f["part"]), ("Número de identificación", f["mid"]), ("Paciente", f["pat"]),
              ("Número de reclamación", f["claim"]), ("Proveedor", f["prov"]),
              ("EIN del Fondo / Plan núm.", f"{f['ein']} / 501")], w=56)
    d.para(f"Estimado(a) {f['part'].split()[0]} {f['part'].split()[-1]}:", 9.5)
    d.para("La Oficina del Fondo revisó la reclamación que se indica abajo y no puede pagarla.", 9.3)
    claim_table(d, f, es=True)
    d.text_line("Motivo", 10.5, "B", h=6)
    d.para("El Artículo VI, Sección 6.02 del Plan exige la precertificación del Fondo antes de una cirugía "
           "ambulatoria. El proveedor no pidió la precertificación antes de la fecha del servicio, por lo que "
           "el Fondo no puede pagar la reclamación.", 9.3)
    d.text_line("Su derecho a apelar", 10.5, "B", h=6)
    d.para("Puede apelar por escrito a la Junta de Síndicos (Board of Trustees) dentro de los 180 días siguientes a "
           f"la fecha de esta carta, es decir, a más tardar el {fdate(f['deadline'], 'es')}. Puede enviar documentos "
           f"y pedir copias gratuitas de los documentos del Plan. Fax {f['fax']}.", 9.1)
    d.para(f"Atentamente,\n{f['signer']}\nAdministrador(a) del Fondo, en nombre de la Junta de Síndicos", 9.3)
    return pdf_bytes(d)


def facts(r: random.Random, kind: str, fund: str, lab: int, ds: str, tds: str, ms: str, dl: str, dep: bool,
          lang: str = "en") -> dict:
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 160))
    part = person(r, lang)
    pat = person(r, lang, last=part.split()[-1]) if dep else part
    prov, svc = PROVS[4] if kind == "excl" else PROVS[0] if kind in ("upheld", "precert") else r.choice(PROVS[:4])
    if kind == "precert":
        svc = "Cirugía ambulatoria, artroscopia de hombro"
    f = dict(kind=kind, fund=fund, lab=lab, ds=ds, tds=tds, ms=ms, dl=dl, notice=notice, fd=lambda x: fdate(x, ds),
             part=part, pat=pat, to=part, addr=address(r, lang), prov=prov, npi=npi(r),
             mid=mixed(r, "IPF999999" if fund == "I" else "KM-99999-A"), claim=mixed(r, "9999-99999-99"),
             appeal=mixed(r, "AP-26-999"), ein=f"{r.randint(10, 99)}-{r.randint(1000000, 9999999)}",
             ph=local_phone(r), fax=local_phone(r), form=str(r.randint(100, 400)), signer=staff(r))
    dos0 = days(notice, -r.randint(430, 480) if kind == "timely" else -r.randint(30, 90))
    if kind == "upheld":
        dos0 = days(notice, -r.randint(160, 220))
    lines = []
    for j in range(r.randint(1, 3)):
        billed = money(r, 150, 3800)
        lines.append(dict(dos=days(dos0, 2 * j), svc=svc, billed=billed, paid=billed if kind == "paid" else 0.0))
    f["lines"], f["billed"] = lines, round(sum(x["billed"] for x in lines), 2)
    f["recv"] = days(notice, -r.randint(10, 20))
    f["orig"] = days(dos0, r.randint(30, 45))
    f["appd"] = days(f["orig"], r.randint(20, 50))
    f["meeting"] = days(notice, -r.randint(5, 12))
    q = dt.date(dos0.year, dos0.month, 1)
    months = [dt.date((q.month - k - 4) // 12 + q.year, (q.month - k - 4) % 12 + 1, 1) for k in range(3)][::-1]
    f["hours"] = [(m, r.choice(["Brandtvold Mechanical", "Tillery Piping Contractors", "Sorrelwood Glass Co."]),
                   r.randint(40, 95)) for m in months]
    f["deadline"] = days(notice, 180)
    return f


def make_truth(f: dict, lang: str = "en") -> dict:
    denial = KINDS[f["kind"]]
    alts: dict = {"plan_id": ["501"]}
    if f["fund"] == "K":
        alts["insurer"] = [TPA]
    if f["prov"].startswith("Dr. "):
        alts["provider"] = [f["prov"][4:]]
    cases = [f["claim"]] + ([f["appeal"]] if f["kind"] == "upheld" else [])
    if f["kind"] == "upheld":
        alts["case_numbers"] = [[f["claim"]]]
    deadline = None if f["kind"] in ("paid", "upheld") else iso(f["deadline"])
    doc = "other" if f["kind"] == "paid" else "denial_letter"
    return truth(doc, denial, lang=lang, insurer=FUND[f["fund"]], member_id=f["mid"], member_name=f["pat"],
                 case_numbers=cases, claim_amount=m2(f["billed"]), service_dates=[iso(x["dos"]) for x in f["lines"]],
                 denial_date=iso(f["notice"]), provider=f["prov"], appeal_deadline=deadline, alternates=alts,
                 type_alternates=["eob"] if f["kind"] == "paid" else None,
                 denial_alternates={"wc": ["not_covered"], "timely": None, "hours": None}.get(f["kind"]))


# (stem, condition, kind, fund, label set, date style, table date style, money style, deadline, dependent, lang)
PLAN = [
    ("union_trust_fund_denial_bd_hours", "born_digital", "hours", "I", 0, "long", "slash", "plain", "days", False,
     "en"),
    ("union_trust_fund_denial_bd_paid", "born_digital", "paid", "K", 1, "slash", "slash", "nosign", "days", True,
     "en"),
    ("union_trust_fund_denial_scan_excl", "scan_clean_300", "excl", "K", 2, "abbr", "iso", "plain", "date", True,
     "en"),
    ("union_trust_fund_denial_lowres_upheld", "scan_lowres_150", "upheld", "I", 1, "long", "short", "plain", "days",
     False, "en"),
    ("union_trust_fund_denial_rot_wc", "rotated", "wc", "I", 2, "dmy", "slash", "usd", "date", False, "en"),
    ("union_trust_fund_denial_faxs_timely", "fax_standard_g4", "timely", "K", 0, "iso", "slash", "plain", "days",
     True, "en"),
    ("union_trust_fund_denial_photo_es", "phone_photo", "precert", "K", 0, "es", "es_abbr", "plain", "days", False,
     "es"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, fund, lab, ds, tds, ms, dl, dep, lang) in enumerate(PLAN):
        r = random.Random(92200 + i)
        f = facts(r, kind, fund, lab, ds, tds, ms, dl, dep, lang)
        pdf = build_es(f) if lang == "es" else build_en(f)
        items.append(Item(stem, cond, [(pdf, make_truth(f, lang))]))
    return items
