"""Family 'marketplace_eligibility_determination_notice': modelled from memory on the federal Health Insurance
Marketplace "Eligibility Determination Notice" ("Your eligibility results"): notice date, application date and
application ID in a box at the top, a household table (each member: Marketplace plan yes/no, advance premium tax
credit per month, cost-sharing reductions, Medicaid/CHIP), "What this means" paragraphs per member, next steps with the
enrollment window (decoy dates), documents to send, and the right to appeal within 90 days of the notice. Issued here
by two invented state-based marketplaces on the federal layout. Results: everyone eligible with APTC and CSR
(approval), one member not eligible because immigration documents never came, no APTC because income is over 400% of
the poverty level, children referred to CHIP (approval), household not eligible because it moved out of the state,
APTC ended for failure to file and reconcile, and a Spanish notice where one member has an affordable job-based
offer. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundak_famkb import LAST, LAST_ES, address, days, fdate, iso, mixed, person, tollfree, usd

FAMILY = "marketplace_eligibility_determination_notice"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
TK, LG = "Tkibuli Coverage Exchange", "Lagodekhi Health Connector"
LABELS = [("Notice date", "Application date", "Application ID"),
          ("Date of notice", "Date you applied", "Application #"),
          ("Date issued", "Application submitted", "Application ID number")]


class Page(Doc):
    def __init__(self):
        super().__init__("DejaVu", margins=(16, 14, 16), footer="{p} of {n}")
        self.add_font("DejaVu", "B", BOLD)


def facts(r: random.Random, kind: str, ex: str, lab: int, ds: str, ms: str) -> dict:
    lang = "es" if kind == "es" else "en"
    notice = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 260))
    last = r.choice(LAST_ES if lang == "es" else LAST)
    a = person(r, lang, last)
    b = person(r, lang, last, taken=(a.split()[0],))
    c = person(r, lang, last, taken=(a.split()[0], b.split()[0]))
    members = [a, b, c] if kind in ("approve", "chip", "es", "lawful") else [a, b]
    start = dt.date(notice.year, notice.month, 1) + dt.timedelta(days=32)
    start = dt.date(start.year, start.month, 1)
    return dict(kind=kind, ex=ex, L=LABELS[lab], ds=ds, ms=ms, lang=lang, notice=notice,
                applied=days(notice, -r.randint(1, 6)), app_id=str(r.randint(10 ** 9, 10 ** 10 - 1)),
                members=members, addr=address(r), aptc=r.randint(180, 960) + r.choice([0, 0.5, 0.17]),
                income=r.randint(58000, 76000) if kind != "over400" else r.randint(131000, 170000),
                start=start, sep_end=days(notice, 60), docs_due=days(notice, 90),
                ph=tollfree(r), prior_id=str(r.randint(10 ** 9, 10 ** 10 - 1)), tax_year=notice.year - 2)


def results(f: dict) -> list[list[str]]:
    k, ms = f["kind"], f["ms"]
    ap = usd(f["aptc"], ms) + "/mo"
    es = f["lang"] == "es"
    yes, no = ("Sí", "No") if es else ("Yes", "No")
    rows = []
    for i, m in enumerate(f["members"]):
        if k == "approve":
            rows.append([m, yes, ap if i == 0 else "(household)", "73% plan", no])
        elif k == "lawful":
            rows.append([m, no if i == 1 else yes, "-" if i == 1 else ap if i == 0 else "(household)",
                         "-" if i == 1 else "87% plan", no])
        elif k == "over400":
            rows.append([m, yes, "$0 - not eligible", no, no])
        elif k == "chip":
            rows.append([m, yes if i == 0 else no, ap if i == 0 else "-", no,
                         no if i == 0 else "CHIP - referred to state"])
        elif k == "resident":
            rows.append([m, no, "-", "-", no])
        elif k == "ftr":
            rows.append([m, yes, "$0 - ended", no, no])
        else:  # es
            rows.append([m, yes, "No - oferta de empleador" if i == 1 else ap if i == 0 else "(hogar)",
                         "No" if i == 1 else "Plan 73%", no])
    return rows


def denied(f: dict) -> str | None:
    k, m = f["kind"], f["members"]
    return {"lawful": m[1], "over400": m[0], "resident": m[0], "ftr": m[0], "es": m[1]}.get(k)


def explain(f: dict) -> list[str]:
    k, m, ds = f["kind"], f["members"], f["ds"]
    inc = usd(f["income"], "plain")
    if k == "approve":
        return [f"{', '.join(m)} qualify to buy a health plan through the Marketplace, with advance payments of the "
                f"premium tax credit of up to {usd(f['aptc'], f['ms'])} a month for the household and cost-sharing "
                "reductions on silver plans, based on an expected yearly household income of " + inc + "."]
    if k == "lawful":
        return [f"{m[0]} and {m[2]} qualify for a Marketplace plan with savings.",
                f"{m[1]} is not eligible to enroll in a Marketplace plan. We asked for documents that show "
                "lawful presence in the United States and did not receive them by the due date, so we could not "
                "verify the immigration status."]
    if k == "over400":
        return [f"Your household can buy a Marketplace plan at full price. You don't qualify for advance payments "
                f"of the premium tax credit because your expected income of {inc} is above 400% of the federal "
                "poverty level for a household of 2. You also don't qualify for cost-sharing reductions."]
    if k == "chip":
        return [f"{m[0]} qualifies for a Marketplace plan with advance payments of the premium tax credit.",
                f"{m[1]} and {m[2]} may be eligible for the Children's Health Insurance Program (CHIP). We sent "
                "their information to the state CHIP agency, which will make the final decision and contact you."]
    if k == "resident":
        return [f"You told us your household moved to another state. Because {m[0]} and {m[1]} do not live in the "
                "service area of this Marketplace, they are not eligible to enroll in a plan through us. You can "
                "apply in your new state."]
    if k == "ftr":
        return [f"Your advance payments of the premium tax credit have ended. Our records show that tax credits were "
                f"paid for you in {f['tax_year']}, but you did not file a federal income tax return and reconcile "
                "them (Form 8962). You can keep your plan at full price."]
    return [f"{m[0]} y {m[2]} califican para un plan del Mercado con pagos por adelantado del crédito fiscal.",
            f"{m[1]} no es elegible para el crédito fiscal porque tiene una oferta de cobertura de su empleador que "
            "es asequible y cumple con el valor mínimo. Puede inscribirse en un plan del Mercado a precio completo."]


def letterhead(d: Page, f: dict) -> None:
    if f["ex"] == TK:
        d.text_line("TKIBULI", 22, "B")
        d.rule(0.8)
        d.text_line(f"{TK}  |  PO Box 6120, Coudersport, PA 16915  |  {f['ph']}  |  TTY 711", 8)
    else:
        d.text_line("Official state health insurance marketplace", 7.5)
        d.text_line(LG, 15, "B")
        d.text_line("Eligibility & Enrollment Center, 300 Lagodekhi Plaza, Emporium, PA 15834", 8.5)
    d.ln(4)


def build(f: dict) -> bytes:
    es, L, ds = f["lang"] == "es", f["L"], f["ds"]
    d = Page()
    d.add_page()
    letterhead(d, f)
    for ln in (f["members"][0], *f["addr"]):
        d.text_line(ln, 10)
    d.ln(4)
    d.boxes([("Fecha del aviso" if es else L[0], fdate(f["notice"], ds), 55),
             ("Fecha de solicitud" if es else L[1], fdate(f["applied"], ds), 60),
             ("Número de solicitud" if es else L[2], f["app_id"], 60)])
    d.ln(4)
    d.text_line("Sus resultados de elegibilidad" if es else "Your Eligibility Results", 14, "B")
    d.text_line("Aviso de determinación de elegibilidad del Mercado" if es else
                "Marketplace eligibility determination notice", 9.5)
    d.ln(2)
    head = (["Miembro del hogar", "Plan del Mercado", "Crédito fiscal (APTC)", "Reducción de costos", "Medicaid/CHIP"]
            if es else ["Household member", "Marketplace plan", "Tax credit (APTC)", "Cost-sharing reductions",
                        "Medicaid/CHIP"])
    d.table(head, results(f), [46, 26, 40, 34, 38], 8.5, head_fill=True)
    d.text_line("Lo que esto significa" if es else "What this means", 11, "B")
    for p in explain(f):
        d.para(p, 9.5)
    d.text_line("Próximos pasos" if es else "Next steps", 11, "B")
    if f["kind"] in ("resident",):
        d.para(f"Your current coverage through us ends on {fdate(days(f['start'], -1), ds)}.", 9.5)
    elif es:
        d.para(f"Elija un plan antes del {fdate(f['sep_end'], ds)}. Si elige un plan a tiempo, la cobertura puede "
               f"empezar el {fdate(f['start'], ds)}. La inscripción abierta va del 1 de noviembre al 15 de enero.", 9.5)
    else:
        d.para(f"Pick a plan by {fdate(f['sep_end'], ds)}. If you enroll in time, coverage can start "
               f"{fdate(f['start'], ds)}. Open Enrollment runs November 1 through January 15 each year.", 9.5)
    if f["kind"] == "lawful":
        d.para(f"If you now have the documents, send them and we will review the decision. Your earlier application "
               f"{f['prior_id']} is closed.", 9.5)
    d.text_line("Su derecho a apelar" if es else "Your right to appeal", 11, "B")
    dl = f["deadline_printed"]
    if es:
        d.para("Si cree que cometimos un error, puede apelar. Tiene 90 días a partir de la fecha de este aviso para "
               f"pedir una apelación. Llame al {f['ph']} o escriba a la oficina de apelaciones.", 9.5)
    elif dl:
        d.para("If you think we made a mistake, you can appeal this decision. Your appeal request must be received "
               f"by {fdate(dl, ds)}. Call {f['ph']} or send the appeal request form to our Appeals Office.", 9.5)
    else:
        d.para("If you think we made a mistake, you can appeal. You have 90 days from the date of this notice to "
               f"request an appeal. Call {f['ph']} or go online to ask for one.", 9.5)
    d.para("You may also have a right to a fair hearing with the state Medicaid agency about a Medicaid or CHIP "
           "decision; the state's notice will explain it." if not es else
           "Las decisiones de Medicaid o CHIP las toma la agencia estatal, que le enviará su propio aviso.", 8.5)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    dl = f["deadline_printed"] or days(f["notice"], 90)
    who = denied(f) or f["members"][0]
    alts: dict = {}
    if who != f["members"][0]:
        alts["member_name"] = [f["members"][0]]
    if k != "resident":
        alts["service_dates"] = [[iso(f["start"])]]
    common = dict(insurer=f["ex"], member_name=who, case_numbers=[f["app_id"]], denial_date=iso(f["notice"]),
                  appeal_deadline=iso(dl))
    if k in ("approve", "chip"):
        alts["appeal_deadline"] = [iso(dl)]
        common["appeal_deadline"] = None
        return truth("other", None, f["lang"], alternates=alts, **common)
    return truth("denial_letter", "eligibility", f["lang"], alternates=alts, type_alternates=["other"], **common)


# (stem suffix, condition, kind, exchange, label set, date style, money style, printed deadline?)
PLAN = [
    ("bd_household_qualifies_aptc_csr", "born_digital", "approve", TK, 0, "long", "plain", False),
    ("bd_one_member_no_lawful_presence_documents", "born_digital", "lawful", LG, 1, "slash", "plain", True),
    ("scan300_no_tax_credit_income_over_400", "scan_clean_300", "over400", TK, 2, "abbr", "plain", False),
    ("lowres_children_referred_to_chip", "scan_lowres_150", "chip", LG, 0, "iso", "nosign", False),
    ("copy_not_resident_moved_out_of_state", "photocopy", "resident", TK, 1, "dmy", "plain", True),
    ("phone_aptc_ended_failure_to_reconcile", "phone_photo", "ftr", LG, 2, "long", "plain", False),
    ("faxstd_spanish_employer_offer_no_aptc", "fax_standard_g4", "es", TK, 0, "es", "plain", False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ex, lab, ds, ms, printed) in enumerate(PLAN):
        f = facts(random.Random(138550 + i), kind, ex, lab, ds, ms)
        f["deadline_printed"] = days(f["notice"], 90) if printed else None
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    return items
