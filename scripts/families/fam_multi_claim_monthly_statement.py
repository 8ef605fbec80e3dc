"""Family 'multi_claim_monthly_statement': a plan's monthly member statement (explanation of benefits for every claim
processed in a month) listing 3-4 claims from different providers, most paid, one or two denied with a reason code
explained in a footnote legend, and a member summary box at the top (member, ID, statement date, this month / plan
year totals). The Medicare Advantage issuer follows the layout and wording of CMS's model Part C monthly EOB
("Your Medicare Advantage Explanation of Benefits", "THIS IS NOT A BILL", "Your claims this month" / "Claim
details", a totals box with "This month" and "This year" columns, "Need help?"); values invented.

Issuers: Wintercress Medicare Advantage (HMO) (logo word "WINTERCRESS" over a rule, one line "Medicare Advantage
(HMO) · Member Services") and Ferncliffe Health Insurance Company (parent line "A Radstock Financial Group
company", return address block, one claims table). Providers: Skylark Family Medicine, Wigeon Valley Imaging, P.C.,
Gadwall Orthopedic Associates and a podiatrist. Decoys: the statement period ("claims processed from ... to ..."),
the paid claims' numbers, dates and providers, plan-year totals, the 72-hour fast appeal, the external review.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundw_famwa import address, clinician, days, digits, fdate, iso, m2, mixed, money, person, phone, usd

FAMILY = "multi_claim_monthly_statement"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
WC, FC = "Wintercress Medicare Advantage (HMO)", "Ferncliffe Health Insurance Company"
PROVS = [("Skylark Family Medicine", "Office visit, established patient", "99214", "Consulta en consultorio"),
         ("Wigeon Valley Imaging, P.C.", "MRI lumbar spine without contrast", "72148", "Resonancia magnética lumbar"),
         ("Gadwall Orthopedic Associates", "Knee injection, hyaluronan", "J7325", "Inyección de rodilla"),
         ("POD", "Routine foot care, nail trimming", "11721", "Cuidado rutinario de los pies")]
LABELS = [("Statement date", "Member", "Member ID", "Group"),
          ("Date of this statement", "Member name", "ID number", "Group no."),
          ("Issued", "For", "Member #", "Employer group")]
LABELS_ES = ("Fecha de este estado", "Afiliado", "Número de afiliado", "Grupo")
# reason code -> (denial type, keyword text, plain text, Spanish text)
REASONS = {
    "N2": ("medical_necessity", "Not medically necessary: the records do not show the service was needed for "
           "your condition.", "Our doctor read the records and found that this test would not change your care "
           "right now, so we did not pay for it.", ""),
    "P4": ("prior_authorization", "Prior authorization required and not obtained before the service.", "", ""),
    "O7": ("out_of_network", "Out-of-network provider: your plan does not cover care from providers outside the "
           "network except emergencies.", "", ""),
    "X3": ("not_covered", "", "", "Servicio no cubierto: el cuidado rutinario de los pies no es un beneficio de "
           "su plan (exclusión)."),
    "T1": ("timely_filing", "", "The provider sent us this claim more than 180 days after the service. Your plan "
           "only pays claims we receive within 180 days, and the provider may not bill you for it.", ""),
    "D5": ("other", "Duplicate claim: this service was already processed on an earlier claim.", "", ""),
}


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(14, 12, 14))
        self.add_font("DejaVu", "B", BOLD)


def facts(r: random.Random, kind: str, ins: str, lab: int, ds: str, ms: str, app: str, codes: list) -> dict:
    lang = "es" if kind == "es" else "en"
    stmt = dt.date(2026, 2, 3) + dt.timedelta(days=r.randint(0, 220))
    p_end = days(stmt, -r.randint(2, 5))
    p_start = days(p_end.replace(day=1), 0) if p_end.day > 20 else days(p_end, -27)
    pod = clinician(r)
    claims = []
    for i, code in enumerate(codes):
        prov, en, cpt, es = PROVS[i]
        if prov == "POD":
            prov = f"{pod}, DPM"
        billed = money(r, 120, 420) if cpt in ("99214", "11721") else money(r, 900, 2600)
        dos = days(stmt, -r.randint(15, 70)) if code != "T1" else days(stmt, -r.randint(230, 300))
        denied = bool(code)
        allowed = 0.0 if denied else round(billed * r.choice([0.55, 0.62, 0.7]), 2)
        paid = round(allowed * 0.8, 2)
        claims.append(dict(no=mixed(r, "99999A99999") if ins == FC else mixed(r, "9999999999-9"), prov=prov,
                           pname=(f"{pod}" if cpt == "11721" else prov), en=en, es=es, cpt=cpt, billed=billed,
                           dos=dos, code=code, allowed=allowed, paid=paid,
                           owe=round(allowed - paid, 2) if not denied else (0.0 if code in ("T1", "O7x") else
                                                                          (billed if code == "O7" else 0.0))))
    claims.sort(key=lambda c: c["dos"])
    return dict(kind=kind, ins=ins, L=LABELS_ES if lang == "es" else LABELS[lab], ds=ds, ms=ms, app=app, lang=lang,
                stmt=stmt, p_start=p_start, p_end=p_end, claims=claims, member=person(r, lang),
                addr=address(r, lang), mid=mixed(r, "WMA99999999") if ins == WC else mixed(r, "FHI-999-99-9999"),
                grp=None if ins == WC else digits(r, 6), ph=phone(r), by=days(stmt, 65 if ins == WC else 180))


def fd(f: dict, d: dt.date) -> str:
    return fdate(d, f["ds"])


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == WC:
        d.text_line("WINTERCRESS", 22, "B", h=9)
        d.rule(0.7, 1)
        d.text_line("Medicare Advantage (HMO) · Member Services · PO Box 60281, Hibbing, MN 55746", 8.3, h=4.4)
    else:
        d.text_line("A Radstock Financial Group company", 7.8, h=4)
        d.text_line(FC, 14, "B", h=7)
        for ln in ["Member Claims Statements", "PO Box 33190", "Alamogordo, NM 88310"]:
            d.text_line(ln, 8.4, h=4.2)
        d.rule(0.3, 1)
    d.ln(3)


def summary_box(d: Page, f: dict) -> None:
    L, es, ms = f["L"], f["lang"] == "es", f["ms"]
    cl = f["claims"]
    cells = [(L[0], fd(f, f["stmt"]), 46), (L[1], f["member"], 58), (L[2], f["mid"], 44)]
    if f["grp"]:
        cells.append((L[3], f["grp"], 34))
    d.boxes(cells)
    d.ln(2)
    billed = sum(c["billed"] for c in cl)
    paid = sum(c["paid"] for c in cl)
    owe = sum(c["owe"] for c in cl)
    if es:
        head = ["Resumen", "Este mes", "Este año"]
        rows = [["Total cobrado por los proveedores", usd(billed, ms), usd(billed * 3.1, ms)],
                ["Total que pagó el plan", usd(paid, ms), usd(paid * 3.4, ms)],
                ["Total que usted puede deber", usd(owe, ms), usd(owe * 2.2 + 40, ms)]]
    else:
        head = ["Your totals", "This month", "This year"]
        rows = [["Amount providers charged", usd(billed, ms), usd(billed * 3.1, ms)],
                ["Total the plan paid", usd(paid, ms), usd(paid * 3.4, ms)],
                ["Total you may owe providers", usd(owe, ms), usd(owe * 2.2 + 40, ms)]]
    d.table(head, rows, [80, 40, 40], size=8.6, aligns="LRR", head_fill=True)
    d.font(8.3)
    d.cell(0, 4.5, (f"Reclamaciones procesadas del {fdate(f['p_start'], 'slash')} al {fdate(f['p_end'], 'slash')}"
                    if es else f"Claims processed {fdate(f['p_start'], 'slash')} to {fdate(f['p_end'], 'slash')}"),
           new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def claims_ma(d: Page, f: dict) -> None:
    es, ms = f["lang"] == "es", f["ms"]
    d.text_line("Detalles de sus reclamaciones" if es else "Your claims this month: claim details", 11, "B", h=6.5)
    for c in f["claims"]:
        d.font(8.8, "B")
        d.cell(0, 5, (f"Reclamación {c['no']}  -  {c['prov']}" if es else f"Claim number {c['no']}  -  {c['prov']}"),
               new_x="LMARGIN", new_y="NEXT")
        head = (["Fecha", "Servicio", "Código", "Cobrado", "Plan pagó", "Usted debe", "Nota"] if es else
                ["Date of service", "Service", "Code", "Charged", "Plan paid", "You may owe", "See note"])
        d.table(head, [[fdate(c["dos"], f["ds"]), c["es"] if es else c["en"], c["cpt"], usd(c["billed"], ms),
                        usd(c["paid"], ms), usd(c["owe"], ms), c["code"]]],
                [33, 56, 14, 22, 22, 24, 12], size=8, aligns="LLLRRRL")


def claims_table(d: Page, f: dict) -> None:
    ms = f["ms"]
    d.text_line("Claims processed this month", 11, "B", h=6.5)
    rows = [[c["no"], c["pname"][:30], fdate(c["dos"], f["ds"]), c["cpt"], usd(c["billed"], ms),
             usd(c["allowed"], ms), usd(c["paid"], ms), usd(c["owe"], ms), c["code"]] for c in f["claims"]]
    rows.append(["*Totals", "", "", "", usd(sum(c["billed"] for c in f["claims"]), ms),
                 usd(sum(c["allowed"] for c in f["claims"]), ms), usd(sum(c["paid"] for c in f["claims"]), ms),
                 usd(sum(c["owe"] for c in f["claims"]), ms), ""])
    d.table(["Claim #", "Provider", "Service date", "Code", "Billed", "Allowed", "Paid", "You owe", "Note"], rows,
            [24, 52, 23, 12, 18, 18, 17, 17, 9], size=7.6, aligns="LLLLRRRRL", head_fill=True)


def legend(d: Page, f: dict) -> None:
    es = f["lang"] == "es"
    den = [c for c in f["claims"] if c["code"]]
    d.text_line("Notas" if es else "Notes", 9.5, "B", h=5.5)
    if not den:
        d.para("All claims on this statement were paid under your plan. Amounts you owe are your copay or "
               "coinsurance.", 8.6)
        return
    for code in sorted({c["code"] for c in den}):
        _, kw, plain, esp = REASONS[code]
        text = esp if es else (plain if (f["kind"] == "plain" and plain) or not kw else kw)
        d.para(f"{code}  {text}", 8.6, gap=1.2)
    d.text_line("Cómo apelar" if es else "If you disagree: how to appeal", 9.5, "B", h=5.5)
    if es:
        t = "Puede apelar dentro de 65 días a partir de la fecha de este estado."
    else:
        n = 65 if f["ins"] == WC else 180
        t = {"notice": f"You may appeal within {n} days of the date of this statement.",
             "date": f"Your appeal must reach us by {fd(f, f['by'])}.",
             "recv": f"You have {n} days from the date you receive this statement to ask for an appeal."}[f["app"]]
    d.para(t + (" Si su salud corre peligro, pida una apelación rápida (72 horas)." if es else
                " If your health could be seriously harmed by waiting, ask for a fast appeal (72 hours)."
                + ("" if f["ins"] == WC else " External review: within 4 months of a final decision.")), 8.6)
    d.text_line(("¿Necesita ayuda? Llame al " if es else "Need help? Call Member Services at ") + f["ph"], 8.6, h=5)


def build(f: dict) -> bytes:
    es = f["lang"] == "es"
    foot = ("ESTO NO ES UNA FACTURA  -  Página {p} de {n}" if es else "THIS IS NOT A BILL  -  Page {p} of {n}")
    d = Page(foot)
    d.add_page()
    letterhead(d, f)
    if f["ins"] == WC:
        d.text_line("Su Explicación de Beneficios (EOB) de Medicare Advantage" if es else
                    "Your Medicare Advantage Explanation of Benefits (EOB)", 12.5, "B", h=7)
        d.text_line("ESTO NO ES UNA FACTURA" if es else "THIS IS NOT A BILL", 9.5, "B", h=5)
    else:
        d.text_line("Monthly Member Statement", 13, "B", h=7)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.7)
    d.ln(3)
    summary_box(d, f)
    (claims_ma if f["ins"] == WC else claims_table)(d, f)
    legend(d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    cl = f["claims"]
    den = [c for c in cl if c["code"]]
    common = dict(insurer=f["ins"], group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
                  denial_date=iso(f["stmt"]))
    if not den:
        return truth("eob", None, f["lang"], case_numbers=[c["no"] for c in cl],
                     service_dates=[iso(c["dos"]) for c in cl], unscored=["claim_amount", "provider"], **common)
    dl = {"notice": iso(f["by"]), "date": iso(f["by"]), "recv": None}[f["app"]]
    alts: dict = {}
    if f["app"] == "recv":
        alts["appeal_deadline"] = [iso(f["by"]), iso(days(f["by"], 5))]
    if len(den) > 1:
        alts["claim_amount"] = [m2(den[1]["billed"]), m2(sum(c["billed"] for c in den))]
        alts["provider"] = [c["prov"] for c in den[1:]]
        alts["case_numbers"] = [[c["no"]] for c in den]
        alts["service_dates"] = [[iso(c["dos"])] for c in den]
    if den[0]["cpt"] == "11721":
        alts["provider"] = [den[0]["pname"]]
    return truth("eob", REASONS[den[0]["code"]][0], f["lang"], case_numbers=[c["no"] for c in den],
                 claim_amount=m2(den[0]["billed"]), service_dates=sorted({iso(c["dos"]) for c in den}),
                 provider=den[0]["prov"], appeal_deadline=dl, alternates=alts, **common)


# (stem, condition, kind, issuer, label set, date style, money style, appeal wording, reason codes per claim)
PLAN = [
    ("multi_claim_monthly_statement_bd_ma_mri_not_necessary", "born_digital", "keyword", WC, 0, "long", "plain",
     "notice", ["", "N2", "", ""]),
    ("multi_claim_monthly_statement_bd_all_paid", "born_digital", "paid", FC, 1, "slash", "plain", "notice",
     ["", "", ""]),
    ("multi_claim_monthly_statement_scan_two_out_of_network", "scan_clean_300", "keyword", FC, 2, "abbr", "nosign",
     "recv", ["", "O7", "O7"]),
    ("multi_claim_monthly_statement_lowres_ma_no_prior_auth", "scan_lowres_150", "keyword", WC, 1, "dmy", "plain",
     "date", ["", "", "P4", ""]),
    ("multi_claim_monthly_statement_copy_spanish_foot_care", "photocopy", "es", WC, 0, "es", "plain", "notice",
     ["", "", "", "X3"]),
    ("multi_claim_monthly_statement_faxf_late_claim_plain", "fax_fine_g4", "plain", FC, 0, "iso", "bare", "notice",
     ["", "T1", ""]),
    ("multi_claim_monthly_statement_phone_duplicate", "phone_photo", "keyword", FC, 2, "slash", "usd", "date",
     ["", "", "D5", ""]),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, lab, ds, ms, app, codes) in enumerate(PLAN):
        f = facts(random.Random(94700 + i), kind, ins, lab, ds, ms, app, codes)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
