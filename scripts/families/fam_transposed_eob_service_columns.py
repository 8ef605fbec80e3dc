"""Family 'transposed_eob_service_columns': an Explanation of Benefits whose service table is transposed: one
COLUMN per claim (or per service line of one claim), the row labels on the left (claim number, date of service,
provider, service code, amount billed, allowed, plan paid, you owe, remark code), a remark-code legend below.
Kinds: one denied column among paid ones (not covered, prior authorization in plain words, medical necessity,
duplicate, a Spanish one with a not-covered remark) and one statement where every column is paid (one claim whose
service lines are the columns: denies nothing). Issuers: Varena Health Cooperative (logo word over a rule) and
Rokiskis Life & Health Insurance Company (parent line, return-address block). Decoys: the statement period, the
other columns' claim numbers, dates and providers, the group number, the deductible meter, the 180-day appeal
sentence next to a 72-hour urgent timetable.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundae_famea import address, days, fdate, iso, m2, mixed, money, person, phone, usd

FAMILY = "transposed_eob_service_columns"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
VH, RK = "Varena Health Cooperative", "Rokiskis Life & Health Insurance Company"
PROVS = ["Kedainis Family Medicine", "Lusk Imaging Center", "Chinook Physical Therapy", "Wishek Lab Services",
         "Palanga Dermatology", "Trakai Orthopedic Clinic"]
PROVS_ES = ["Clínica Jayuya Norte", "Laboratorio Maricao", "Centro de Imágenes Jayuya"]
SERVICES = [("99214", "Office visit"), ("72148", "MRI lumbar spine"), ("97110", "Therapeutic exercise"),
            ("80053", "Metabolic panel"), ("17110", "Wart destruction"), ("20610", "Joint injection"),
            ("15780", "Dermabrasion"), ("97014", "Electrical stimulation")]
LABELS = [("Statement date", "Member", "Member ID", "Claim number", "Date of service", "Provider", "Amount billed",
           "Plan paid", "You owe"),
          ("Date issued", "Patient", "ID number", "Claim #", "Service date", "Rendering provider", "Charges",
           "Paid by plan", "Your share"),
          ("Processed on", "Patient name", "Subscriber ID", "Claim no.", "DOS", "Provider name", "Billed",
           "We paid", "Patient responsibility")]
LABELS_ES = ("Fecha del estado de cuenta", "Paciente", "Número de identificación", "Número de reclamo",
             "Fecha de servicio", "Proveedor", "Cantidad facturada", "Pagado por el plan", "Usted debe")
REMARK = {"not_covered": ("N12", "This service is not covered under your plan (benefit exclusion: cosmetic "
                                 "services)."),
          "prior_authorization": ("P7", "We did not receive approval before this service was done. Your plan "
                                        "requires us to agree to this test in advance."),
          "medical_necessity": ("M41", "Medical necessity not established: the records do not support this "
                                       "service for the diagnosis billed."),
          "other": ("D3", "Duplicate claim: this service was already processed on an earlier claim."),
          "es": ("N12", "Este servicio no está cubierto por su plan (exclusión de beneficios)."),
          "paid": None}
PAID_LEGEND = [("A1", "Paid at the in-network rate; you owe your copay or coinsurance."),
               ("A2", "Amount above the allowed amount is a provider write-off; you do not owe it.")]
PAID_LEGEND_ES = [("A1", "Pagado a la tarifa de la red; usted debe su copago o coaseguro.")]


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(14, 14, 14))
        self.add_font("DejaVu", "B", BOLD)


def facts(r: random.Random, kind: str, ins: str, lab: int, ds: str, ms: str, ncol: int) -> dict:
    lang = "es" if kind == "es" else "en"
    date = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 250))
    one_claim = kind == "paid"
    prov_pool = PROVS_ES if lang == "es" else PROVS
    shared_prov, shared_claim = r.choice(prov_pool), mixed(r, "99A999999999")
    svcs = r.sample(SERVICES[:6], ncol)
    if kind == "not_covered" or kind == "es":
        svcs[-1] = SERVICES[6]
    cols = []
    for j in range(ncol):
        dos = days(date, -r.randint(12, 60))
        billed = money(r, 90, 2400)
        allowed = round(billed * r.uniform(0.45, 0.8), 2)
        owe = round(min(allowed, r.choice([20, 30, 40, round(allowed * 0.2, 2)])), 2)
        cols.append(dict(claim=shared_claim if one_claim else mixed(r, "99A999999999"), dos=dos,
                         prov=shared_prov if one_claim else prov_pool[j % len(prov_pool)],
                         code=svcs[j][0], desc=svcs[j][1], billed=billed, allowed=allowed, paid=round(allowed - owe, 2),
                         owe=owe, remark="A1" if j % 2 == 0 else "A2"))
    den = None if one_claim else r.randrange(ncol)
    if den is not None:
        c = cols[den]
        c["allowed"], c["paid"], c["owe"] = 0.0, 0.0, c["billed"]
        c["remark"] = REMARK[kind][0]
        if kind == "other":
            c["prov"] = cols[(den + 1) % ncol]["prov"]
            c["owe"] = 0.0
    return dict(kind=kind, ins=ins, L=LABELS_ES if lang == "es" else LABELS[lab], ds=ds, ms=ms, lang=lang,
                date=date, cols=cols, den=den, member=person(r, lang), addr=address(r, lang),
                mid=mixed(r, "VHC999999999") if ins == VH else mixed(r, "RK9-999-9999"),
                grp=mixed(r, "G99999"), ph=phone(r), period=(days(date, -90), days(date, -1)),
                ded=(money(r, 500, 1500), money(r, 10, 400)))


def fd(f: dict, d: dt.date) -> str:
    return fdate(d, f["ds"])


def letterhead(d: Page, f: dict) -> None:
    es = f["lang"] == "es"
    if f["ins"] == VH:
        d.text_line("VARENA", 22, "B", h=9.5)
        d.rule(0.9, 1)
        d.text_line(f"{VH} · Claims Department · PO Box 5170 · Wishek, ND 58495", 8.2, h=4.4)
    else:
        d.text_line("Member of the Rokiskis Financial Group", 8, align="C", h=4)
        d.text_line(RK, 14, "B", align="C", h=7.5)
        d.rule(0.3, 2)
        for ln in ("Claims Processing Center", "88 Nemunas Way", "Chinook, MT 59523"):
            d.text_line(ln, 8.6, h=4.2)
    d.ln(3)
    d.text_line("Explicación de Beneficios" if es else "Explanation of Benefits", 14, "B", h=7)
    d.text_line("ESTO NO ES UNA FACTURA" if es else "THIS IS NOT A BILL", 9, "B", h=5)
    d.ln(1)


def build(f: dict) -> bytes:
    L, es, k = f["L"], f["lang"] == "es", f["kind"]
    d = Page("Página {p} de {n}" if es else "Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    left = [(L[0], fd(f, f["date"])), (L[1], f["member"]), (L[2], f["mid"]),
            ("Grupo" if es else "Group number", f["grp"]),
            ("Período" if es else "Claims period", f"{fd(f, f['period'][0])} - {fd(f, f['period'][1])}")]
    for a, b in left:
        d.font(9, "B")
        d.cell(48, 4.8, a + ":")
        d.font(9)
        d.cell(0, 4.8, b, new_x="LMARGIN", new_y="NEXT")
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9, h=4.4)
    d.ln(3)
    cols = f["cols"]
    n = len(cols)
    lw = 44
    cw = (d.w - d.l_margin - d.r_margin - lw) / n
    rows = [(L[3], [c["claim"] for c in cols]), (L[4], [fd(f, c["dos"]) for c in cols]),
            (L[5], [c["prov"] for c in cols]),
            ("Código" if es else "Service code", [c["code"] for c in cols]),
            ("Descripción" if es else "Description", [c["desc"] for c in cols]),
            (L[6], [usd(c["billed"], f["ms"]) for c in cols]),
            ("Cantidad permitida" if es else "Allowed amount", [usd(c["allowed"], f["ms"]) for c in cols]),
            (L[7], [usd(c["paid"], f["ms"]) for c in cols]), (L[8], [usd(c["owe"], f["ms"]) for c in cols]),
            ("Código de nota" if es else "Remark code", [c["remark"] for c in cols])]
    d.font(8.5, "B")
    d.set_fill_color(225, 225, 225)
    d.cell(lw, 6, "", border=1, fill=True)
    for j in range(n):
        d.cell(cw, 6, (f"Servicio {j + 1}" if es else f"Service {j + 1}"), border=1, align="C", fill=True)
    d.ln(6)
    for lab, vals in rows:
        d.font(8.2, "B")
        d.cell(lw, 5.6, lab, border=1)
        d.font(7.8 if n == 3 else 7)
        for v in vals:
            d.cell(cw, 5.6, v, border=1, align="R" if v.startswith(("$", "US")) or v[:1].isdigit() and "." in v
                   else "L")
        d.ln(5.6)
    d.ln(2)
    if f["den"] is None:
        d.text_line(f"Claim {cols[0]['claim']} total billed: {usd(sum(c['billed'] for c in cols), f['ms'])}; "
                    f"plan paid {usd(sum(c['paid'] for c in cols), f['ms'])}", 9, "B", h=5)
    d.ln(1)
    d.text_line("Notas" if es else "Remark codes", 10, "B", h=5.5)
    legend = list(PAID_LEGEND_ES if es else PAID_LEGEND)
    if f["den"] is not None:
        legend.append(REMARK[k])
    for code, txt in legend:
        d.para(f"{code}  {txt}", 8.8, 1)
    d.ln(1)
    d.para((f"Deducible anual {usd(f['ded'][0], f['ms'])}; cumplido {usd(f['ded'][1], f['ms'])}." if es else
            f"Annual deductible {usd(f['ded'][0], f['ms'])}; met to date {usd(f['ded'][1], f['ms'])}."), 8.8)
    if es:
        d.para("Si no está de acuerdo con alguna decisión, puede apelar dentro de 180 días a partir de la fecha de "
               "este estado de cuenta. Si su caso es urgente, decidiremos en 72 horas. "
               f"Llame al {f['ph']} (TTY 711).", 8.8)
    elif k == "paid":
        d.para("All services on this statement were paid. If you have questions about this statement call "
               f"{f['ph']} (TTY 711).", 8.8)
    else:
        d.para("If you disagree with a decision on this statement, you may appeal within 180 days of the date of "
               "this statement. Urgent appeals are decided within 72 hours. You may also have the right to an "
               f"external review. Call {f['ph']} (TTY 711).", 8.8)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    cols, k = f["cols"], f["kind"]
    base = dict(insurer=f["ins"], group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
                denial_date=iso(f["date"]))
    if f["den"] is None:
        return truth("eob", None, f["lang"], case_numbers=[cols[0]["claim"]],
                     claim_amount=m2(sum(c["billed"] for c in cols)),
                     service_dates=[iso(c["dos"]) for c in cols], provider=cols[0]["prov"], **base)
    c = cols[f["den"]]
    den = "not_covered" if k == "es" else k
    return truth("eob", den, f["lang"], case_numbers=[c["claim"]], claim_amount=m2(c["billed"]),
                 service_dates=[iso(c["dos"])], provider=c["prov"], appeal_deadline=iso(days(f["date"], 180)),
                 **base)


# (stem suffix, condition, kind, issuer, label set, date style, money style, columns)
PLAN = [
    ("bd_three_columns_one_not_covered", "born_digital", "not_covered", VH, 0, "slash", "plain", 3),
    ("bd_all_columns_paid", "born_digital", "paid", RK, 1, "long", "plain", 4),
    ("clean_prior_auth_plain_column", "scan_clean_300", "prior_authorization", RK, 2, "abbr", "nosign", 3),
    ("faxs_medical_necessity_column", "fax_standard_g4", "medical_necessity", VH, 1, "iso", "plain", 4),
    ("rotated_duplicate_column", "rotated", "other", RK, 0, "dmy", "plain", 3),
    ("copy_spanish_not_covered", "photocopy", "es", VH, 0, "es", "es", 3),
    ("lowres_four_columns_prior_auth", "scan_lowres_150", "prior_authorization", VH, 2, "short", "plain", 4),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, lab, ds, ms, n) in enumerate(PLAN):
        f = facts(random.Random(119600 + i), kind, ins, lab, ds, ms, n)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    return items
