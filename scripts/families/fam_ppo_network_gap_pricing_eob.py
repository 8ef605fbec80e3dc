"""Family 'ppo_network_gap_pricing_eob': PPO Explanations of Benefits for out-of-network claims that the plan sent
to a repricing (rental / wrap) network: a "Pricing" box with the repricing network's name and its repricing
reference number (a decoy: it is the network's number, not the claim's), network savings, the allowed amount, and a
balance-billing note (the provider agreed to the network rate and may not bill more, or did not agree and may bill
the difference). One fully paid; one line denied as not covered among paid lines; the whole claim denied because the
plan tier covers no out-of-network care; precertification not obtained; a duplicate line; late filing; one Spanish
(a line not medically necessary).

Issuers: Concarneau Benefit Life Insurance Company (parent line "A member of the Concarneau Financial Group" above
the centred name, "Choice PPO" product line, Plan ID printed) and Roscoff Health Plan (logo word "ROSCOFF" over a
rule, return address). Repricing networks: Paimpol Pricing Network, Vannes Negotiated Rate Services. Providers
Belle-Ile Orthopaedic Surgeons, Quiberon Imaging Associates, Lorient Anesthesia Group, Hennebont Surgical Center.
Decoys: the repricing reference, the network's phone, deductible-met sentence with its own date, the
claims-processing timetable sentence, the provider's Tax ID, the check / EFT number.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundy_famya import address, days, fdate, iso, m2, mixed, person, phone, usd

FAMILY = "ppo_network_gap_pricing_eob"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CB, RH = "Concarneau Benefit Life Insurance Company", "Roscoff Health Plan"
NETS = ["Paimpol Pricing Network", "Vannes Negotiated Rate Services"]
PROVS = {"ortho": ("Belle-Ile Orthopaedic Surgeons", [("99204", "Office visit, new patient"),
                                                      ("73721", "MRI knee without contrast"),
                                                      ("20610", "Joint injection, major joint")]),
         "img": ("Quiberon Imaging Associates", [("70553", "MRI brain with and without contrast"),
                                                 ("A9579", "Gadolinium contrast, per ml")]),
         "anes": ("Lorient Anesthesia Group", [("01400", "Anesthesia, knee procedure"),
                                               ("64447", "Femoral nerve block")]),
         "asc": ("Hennebont Surgical Center", [("29881", "Knee arthroscopy/meniscectomy"),
                                               ("J3490", "Unclassified drug"), ("L1833", "Knee brace, prefabricated")])}
LABELS = [("Statement date", "Patient", "Member ID", "Group number", "Claim number", "Provider"),
          ("Date issued", "Member", "Subscriber ID", "Group #", "Claim #", "Rendering provider"),
          ("Processed", "Patient name", "ID no.", "Employer group", "Claim ref.", "Provider name")]
LABELS_ES = ("Fecha del estado de cuenta", "Paciente", "Número de afiliado", "Número de grupo",
             "Número de reclamación", "Proveedor")


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(14, 12, 14))
        self.add_font("DejaVu", "B", BOLD)


def facts(r: random.Random, kind: str, ins: str, lab: int, ds: str, ms: str, prov: str, agreed: bool) -> dict:
    lang = "es" if kind == "es" else "en"
    date = dt.date(2026, 2, 10) + dt.timedelta(days=r.randint(0, 220))
    svc = days(date, -(r.randint(400, 430) if kind == "timely" else r.randint(14, 50)))
    name, codes = PROVS[prov]
    lines = []
    for j, (code, desc) in enumerate(codes):
        billed = round(r.randint(180, 4200) + r.choice([0, 0.5, r.randint(1, 99) / 100]), 2)
        allowed = round(billed * r.uniform(0.42, 0.7), 2)
        lines.append(dict(d=svc if not (kind == "partial" and j == len(codes) - 1) else days(svc, 7), code=code,
                          desc=desc, billed=billed, allowed=allowed))
    net = r.choice(NETS)
    reprice = "PPN-" + mixed(r, "99999999-99") if net == NETS[0] else "VNR" + mixed(r, "9999999999")
    return dict(kind=kind, ins=ins, L=LABELS_ES if lang == "es" else LABELS[lab], ds=ds, ms=ms, lang=lang, date=date,
                svc=svc, lines=lines, prov=name, agreed=agreed, net=net, reprice=reprice, member=person(r, lang),
                addr=address(r, lang), mid=mixed(r, "CBL999999999") if ins == CB else mixed(r, "RHP-9999-9999"),
                grp=mixed(r, "999999") if ins == CB else "G" + mixed(r, "99999"),
                plan="CBP-" + mixed(r, "9999"), claim=mixed(r, "2699999999999") if ins == CB else mixed(r, "99A999999"),
                ph=phone(r), nph=phone(r),
                tin=mixed(r, "99-9999999"), chk=mixed(r, "EFT99999999"), ded_date=days(date, -r.randint(30, 90)),
                coins=r.choice([0.2, 0.3, 0.4]))


def denied_idx(f: dict) -> list[int]:
    n = len(f["lines"])
    return {"paid": [], "partial": [n - 1], "oon": list(range(n)), "pa": list(range(n)), "es": [0],
            "timely": list(range(n)), "dup": [n - 1]}[f["kind"]]


REMARK = {"partial": ("NC7", "Not a covered benefit. Your plan excludes prefabricated braces and supplies from a "
                             "surgical center."),
          "oon": ("OX2", "Out-of-network services are not covered under your plan tier (Choice PPO Select). "
                         "Only in-network providers are covered except for emergencies."),
          "pa": ("PC1", "Precertification required. This service needed prior authorization and none was obtained."),
          "es": ("MN3", "No es médicamente necesario según la información que recibimos."),
          "timely": ("TF1", "The claim was received more than 365 days after the date of service (filing limit)."),
          "dup": ("DP2", "This service was already processed on an earlier claim.")}


def fd(f: dict, d: dt.date) -> str:
    return fdate(d, f["ds"])


def letterhead(d: Page, f: dict) -> None:
    es = f["lang"] == "es"
    if f["ins"] == CB:
        d.text_line("A member of the Concarneau Financial Group", 8, align="C", h=4)
        d.text_line(CB, 14, "B", align="C", h=7)
        d.text_line("Choice PPO · Claims Service Center · PO Box 7731 · Hood River, OR 97031", 8.2, align="C", h=4.4)
        d.rule(0.4, 2)
    else:
        d.text_line("ROSCOFF", 24, "B", h=10)
        d.rule(0.9, 1)
        d.text_line("Health Plan · 210 Quimperle Street · Thief River Falls, MN 56701", 8.3, h=4.4)
        d.ln(2)
    d.text_line("EXPLICACIÓN DE BENEFICIOS" if es else "EXPLANATION OF BENEFITS", 14, "B", h=7)
    d.text_line("ESTO NO ES UNA FACTURA" if es else "THIS IS NOT A BILL", 9, "B", h=5)
    d.ln(2)


def build(f: dict) -> bytes:
    L, es, k, ms = f["L"], f["lang"] == "es", f["kind"], f["ms"]
    d = Page("Página {p} de {n}" if es else "Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    top = d.get_y()
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.8)
    d.set_y(top)
    pairs = [(L[0], fd(f, f["date"])), (L[1], f["member"]), (L[2], f["mid"]), (L[3], f["grp"])]
    if f["ins"] == CB:
        pairs.append(("Plan ID", f["plan"]))
    pairs += [(L[4], f["claim"]), (L[5], f["prov"]), ("Network status" if not es else "Estado de la red",
                                                       "Out-of-network" if not es else "Fuera de la red")]
    for a, b in pairs:
        d.set_x(96 if es else 108)
        d.font(8.6, "B")
        d.cell(50 if es else 38, 4.8, a + ":")
        d.font(8.6)
        d.cell(0, 4.8, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    net = f["net"]
    d.boxes([("Priced by" if not es else "Precio fijado por", net, 78),
             ("Repricing reference" if not es else "Referencia de precio", f["reprice"], 52),
             ("Network phone" if not es else "Teléfono de la red", f["nph"], 46)], h=11, value_size=9)
    d.ln(3)
    den = denied_idx(f)
    rows, tb = [], dict(b=0.0, s=0.0, a=0.0, ded=0.0, co=0.0, p=0.0, o=0.0)
    ded_left = 250.0 if k != "paid" else 0.0
    for j, x in enumerate(f["lines"]):
        if j in den:
            s, a, ded, co, p, o, rm = 0.0, 0.0, 0.0, 0.0, 0.0, (0.0 if k in ("pa", "timely", "dup") and f["agreed"]
                                                                else x["billed"]), REMARK[k][0]
        else:
            s, a = round(x["billed"] - x["allowed"], 2), x["allowed"]
            ded = min(ded_left, a)
            ded_left -= ded
            co = round((a - ded) * f["coins"], 2)
            p = round(a - ded - co, 2)
            o = round(ded + co + (0 if f["agreed"] else s), 2)
            rm = "RP1" if f["agreed"] else "RP2"
        for key, v in zip("b s a ded co p o".split(), (x["billed"], s, a, ded, co, p, o)):
            tb[key] = round(tb[key] + v, 2)
        rows.append([fdate(x["d"], "slash" if f["ds"] not in ("es",) else "slash"), f"{x['code']} {x['desc']}"[:27],
                     usd(x["billed"], ms if ms != "es" else "nosign"), m2(s), m2(a), m2(ded), m2(co), m2(p), m2(o), rm])
    rows.append(["*Total" if not es else "*Total", "", usd(tb["b"], ms if ms != "es" else "nosign"), m2(tb["s"]),
                 m2(tb["a"]), m2(tb["ded"]), m2(tb["co"]), m2(tb["p"]), m2(tb["o"]), ""])
    head = (["Fecha", "Servicio", "Cargos", "Ahorro red", "Permitido", "Deducible", "Coaseguro", "Pagado",
             "A pagar", "Nota"] if es else
            ["Date", "Service", "Billed", "Net savings", "Allowed", "Deductible", "Coinsurance", "Plan paid",
             "You owe", "Remark"])
    d.table(head, rows, [17, 40, 19, 19, 16, 17, 18, 15, 15, 11], size=7.4, aligns="LLRRRRRRRL", head_fill=True)
    d.font(8.3, "B")
    d.cell(0, 4.6, "Notas" if es else "Remarks", new_x="LMARGIN", new_y="NEXT")
    notes = []
    if k != "paid":
        notes.append(f"{REMARK[k][0]} - {REMARK[k][1]}")
    if f["agreed"]:
        notes.append(("RP1 - El proveedor aceptó la tarifa de " + net + "; no puede cobrarle la diferencia.") if es else
                     f"RP1 - This provider agreed to the {net} rate. The provider may not bill you for the network "
                     "savings (balance billing); you owe only the amount in 'You owe'.")
    else:
        notes.append(f"RP2 - Priced by {net}, but this provider did not sign an agreement for this claim. The provider "
                     "may bill you the difference between the billed and allowed amounts (balance billing). That "
                     "difference is included in 'You owe'.")
    for n in notes:
        d.para(n, 8.3, gap=1)
    d.ln(2)
    if es:
        d.para(f"Su deducible: se han cumplido $250.00 de $1,500.00 al {fd(f, f['ded_date'])}. Procesamos la mayoría "
               "de las reclamaciones dentro de 30 días.", 8.5)
        d.para("Si no está de acuerdo con esta decisión, puede apelar dentro de 180 días a partir de la fecha de este "
               f"estado de cuenta. Llame al {f['ph']}.", 8.5)
    else:
        d.para(f"Your deductible: $250.00 of $1,500.00 met as of {fd(f, f['ded_date'])}. Most claims are processed "
               f"within 30 days of receipt. Payment to provider: {f['chk']} (Tax ID {f['tin']}).", 8.5)
        if k != "paid":
            d.para("Appeal rights: If you disagree with this decision, you may file an appeal within 180 days of the "
                   f"date of this statement. Call {f['ph']} or write to the address above. You may also have the "
                   "right to an external review.", 8.5)
        else:
            d.para(f"Questions about this claim? Call {f['ph']}.", 8.5)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    den = denied_idx(f)
    total = round(sum(x["billed"] for x in f["lines"]), 2)
    all_dates = sorted({iso(x["d"]) for x in f["lines"]})
    sd = sorted({iso(f["lines"][j]["d"]) for j in den}) if den else all_dates
    alts: dict = {}
    if sd != all_dates:
        alts["service_dates"] = [all_dates]
    common = dict(insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
                  case_numbers=[f["claim"]], claim_amount=m2(total), service_dates=sd, denial_date=iso(f["date"]),
                  provider=f["prov"], plan_id=f["plan"] if f["ins"] == CB else None)
    if k == "paid":
        return truth("eob", None, f["lang"], alternates=alts, **common)
    dt_ = {"partial": "not_covered", "oon": "out_of_network", "pa": "prior_authorization", "es": "medical_necessity",
           "timely": "timely_filing", "dup": "other"}[k]
    return truth("eob", dt_, f["lang"], appeal_deadline=iso(days(f["date"], 180)), alternates=alts, **common)


# (stem suffix, condition, kind, issuer, label set, date style, money style, provider, agreed to the network rate)
PLAN = [
    ("bd_fully_paid_agreed_rate", "born_digital", "paid", CB, 0, "long", "plain", "anes", True),
    ("bd_brace_not_covered", "born_digital", "partial", RH, 1, "slash", "plain", "asc", True),
    ("scan_tier_no_oon_benefit", "scan_clean_300", "oon", CB, 2, "abbr", "nosign", "ortho", False),
    ("lowres_mri_no_precert", "scan_lowres_150", "pa", RH, 0, "iso", "plain", "img", True),
    ("copy_spanish_not_necessary", "photocopy", "es", CB, 0, "es", "es", "ortho", True),
    ("faxf_late_filing", "fax_fine_g4", "timely", RH, 2, "dmy", "plain", "img", False),
    ("phone_duplicate_line", "phone_photo", "dup", CB, 1, "upper", "space", "asc", False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, lab, ds, ms, prov, agreed) in enumerate(PLAN):
        f = facts(random.Random(101520 + i), kind, ins, lab, ds, ms, prov, agreed)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    return items
