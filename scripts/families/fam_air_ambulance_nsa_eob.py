"""Family 'air_ambulance_nsa_eob': EOBs for an out-of-network air ambulance under the No Surprises Act (qualifying
payment amount, in-network cost sharing, "you cannot be balance billed" boilerplate, independent dispute resolution
text), some with a part denied because ground transport would have done.

Issuers: Cirrus Bay Health Insurance Co. ("CIRRUS BAY" logo word over a rule, the company name under it) and
Gunnerside Assurance Health Plan (parent line "Catterick Bainbridge Group" above, return address block). Air ambulance
companies are invented (Skyhaven Air Medical, LLC; Condor Flight Medical Transport, Inc.). Kinds: paid at the QPA
with in-network cost sharing, air paid at the ground rate (keyword "not medically necessary"), the same in Spanish,
a scheduled transfer flown without prior authorization, a whole flight refused in plain words ("could have been
moved safely by ground ambulance"), a page with a ground ambulance claim paid and the air claim partly refused, and
a payment after an independent dispute resolution decision. Decoys: the QPA and allowed amounts, the trip number,
pick-up and receiving hospitals, flight times, the ambulance's NPI, the received date, the 30-business-day open
negotiation period, an example amount.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_rounds_famsb import AIR, GROUND, RECEIVING, SENDING, address, days, digits, fdate, iso, m2, mixed, money, npi, person, phone, usd

FAMILY = "air_ambulance_nsa_eob"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CIR, THO = "Cirrus Bay Health Insurance Co.", "Gunnerside Assurance Health Plan"
REMARK = {"NS": "Out-of-network emergency air ambulance: paid under the No Surprises Act. Your cost share is the same "
                "as in network and is based on the qualifying payment amount (QPA).",
          "MN": "Air transport was not medically necessary; ground ambulance would have been appropriate. Paid at "
                "the ground ambulance rate. The rest is denied.",
          "PA": "This scheduled (non-emergency) transfer by air needs prior authorization. No authorization was on "
                "file, so the claim is denied.",
          "GR": "Your condition was stable and you could have been moved safely by ground ambulance. We do not pay "
                "for the flight.",
          "ID": "Payment follows the decision of a certified independent dispute resolution (IDR) entity on the "
                "out-of-network rate. Your cost share did not change.",
          "GP": "Ground ambulance, paid at the plan rate."}
REMARK_ES = {"NS": "Ambulancia aérea de emergencia fuera de la red: pagada según la Ley Sin Sorpresas. Su costo "
                   "compartido es el mismo que dentro de la red.",
             "MN": "El transporte aéreo no era médicamente necesario; una ambulancia terrestre habría sido "
                   "adecuada. Pagado a la tarifa terrestre. El resto se niega."}
# kind: (remark of the air lines, denial type, denial alternates)
KINDS = {"paid": ("NS", None, []), "partial": ("MN", "medical_necessity", ["level_of_care"]),
         "es": ("MN", "medical_necessity", ["level_of_care"]), "pa": ("PA", "prior_authorization", []),
         "ground": ("GR", "medical_necessity", ["level_of_care"]), "two": ("MN", "medical_necessity",
                                                                          ["level_of_care"]),
         "idr": ("ID", None, [])}


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(14, 12, 14))
        self.add_font("DejaVu", "B", BOLD)


def air_lines(r: random.Random, rm: str) -> list[tuple]:
    """(code, description, billed, qpa, allowed, paid, you owe, remark)."""
    fixed = r.random() < 0.35
    base = ("A0430", "Fixed wing air transport, one way") if fixed else ("A0431", "Rotary wing air transport, one way")
    mile = ("A0435", "Fixed wing air mileage, per statute mile") if fixed else ("A0436", "Rotary wing air mileage")
    miles = r.randint(38, 160)
    out = []
    for (code, desc), b in [(base, money(r, 31000, 58000)), (mile, round(miles * r.randint(180, 320), 2))]:
        qpa = round(b * r.uniform(0.28, 0.4), 2)
        if rm in ("NS", "ID"):
            al = qpa if rm == "NS" else round(qpa * r.uniform(1.2, 1.6), 2)
        elif rm == "MN":
            al = round(b * r.uniform(0.02, 0.06), 2)
        else:
            al = 0.0
        owe = min(250.0, al) if code in ("A0430", "A0431") else 0.0
        out.append((code, f"{desc}" + ("" if code in ("A0430", "A0431") else f" ({miles} mi)"), b, qpa, al,
                    round(al - owe, 2), owe, rm))
    return out


def facts(r: random.Random, kind: str, ins: str, ds: str, ms: str, app: str, lang: str = "en") -> dict:
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 180))
    trip = days(notice, -r.randint(25, 60))
    f = dict(kind=kind, ins=ins, ds=ds, ms=ms, app=app, lang=lang, notice=notice, trip=trip,
             recv=days(trip, r.randint(6, 15)), member=person(r, lang), addr=address(r, lang),
             mid=mixed(r, "CB9999999999" if ins == CIR else "TAH-999-99-9999"), grp=digits(r, 7),
             plan=mixed(r, "AAA-9999"), clm=mixed(r, "99A9999999999"), gclm=mixed(r, "99A9999999999"),
             air=r.choice(AIR), npi=npi(r), tripno=mixed(r, "TR-999999"), frm=r.choice(SENDING),
             to=r.choice(RECEIVING), ph=phone(r), lines=air_lines(r, KINDS[kind][0]),
             dl=days(notice, 180))
    f["ground"] = [("A0429", "Ground ambulance, basic life support, emergency", money(r, 900, 1800), 0, 0, 0, 0, "GP")]
    g = f["ground"][0]
    al = round(g[2] * 0.6, 2)
    f["ground"] = [(g[0], g[1], g[2], al, al, round(al - 100, 2), 100.0, "GP")]
    f["gnpi"] = npi(r)
    f["fd"] = lambda x: fdate(x, ds)
    return f


def head(d: Page, f: dict, es: bool) -> None:
    if f["ins"] == CIR:
        d.text_line("CIRRUS BAY", 19, "B", h=9)
        d.rule(0.8, 1)
        d.text_line(CIR, 9.5, h=5)
    else:
        d.text_line("Catterick Bainbridge Group", 8, h=4)
        d.text_line(THO, 14, "B", h=7)
        d.text_line("Claims Service Center  ·  PO Box 5120  ·  Casper, WY 82601", 8.4, h=4.4)
        d.rule(0.4, 1)
    d.text_line("Explicación de beneficios - Esto no es una factura" if es else
                "Explanation of Benefits  -  THIS IS NOT A BILL", 10, "B", h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.4, h=4.6)
    d.ln(2)
    lab = ([("Fecha del estado de cuenta", fdate(f["notice"], "es")), ("Afiliado", f["member"]),
            ("Número de afiliado", f["mid"]), ("Grupo", f["grp"]), ("Plan ID", f["plan"])] if es else
           [("Statement date", f["fd"](f["notice"])), ("Member", f["member"]), ("Member ID", f["mid"]),
            ("Group number", f["grp"]), ("Plan ID", f["plan"])])
    d.boxes([(k, v, w) for (k, v), w in zip(lab, [36, 44, 38, 28, 42])], h=11, value_size=9)
    d.ln(4)


def claim_block(d: Page, f: dict, lines: list, no: str, prov: str, es: bool, pnpi: str) -> None:
    d.set_fill_color(228, 228, 228)
    d.set_font("DejaVu", "B", 8.4)
    d.cell(0, 6, (f"  Reclamación {no}   Proveedor: {prov} (NPI {pnpi})" if es else
                  f"  Claim {no}   Provider: {prov} (out of network, NPI {pnpi})"), fill=True,
           new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 7.8)
    d.cell(0, 4.6, f"  Trip {f['tripno']}   From: {f['frm']}   To: {f['to']}", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.6, f"  Wheels up 14:52, landed 15:31   Claim received {f['fd'](f['recv'])}", new_x="LMARGIN",
           new_y="NEXT")
    ms = f["ms"]
    rows = [[f["fd"](f["trip"]) if not es else fdate(f["trip"], "es"), c, desc[:38], usd(b, ms), usd(q, ms) if rm != "GP" else "n/a",
             usd(al, ms), usd(p, ms), usd(o, ms), rm] for c, desc, b, q, al, p, o, rm in lines]
    tot = [sum(x[i] for x in lines) for i in (2, 3, 4, 5, 6)]
    rows.append(["*Total" if not es else "*Total", "", "", *[usd(v, ms) for v in tot], ""])
    head_ = (["Fecha", "Código", "Servicio", "Facturado", "QPA", "Permitido", "Pagado", "Usted debe", "Nota"] if es
             else ["Date", "Code", "Service", "Billed", "QPA", "Allowed", "Plan paid", "You owe", "Note"])
    d.table(head_, rows, [21, 12, 54, 20, 18, 19, 19, 16, 9], size=7.4, aligns="LLLRRRRRL")


def build(f: dict) -> bytes:
    es = f["lang"] == "es"
    d = Page(("TAHP" if f["ins"] == THO else "CBHI") + "-EOB-AIR 03/26   Page {p} of {n}")
    d.add_page()
    head(d, f, es)
    if f["kind"] == "two":
        claim_block(d, f, f["ground"], f["gclm"], GROUND, es, f["gnpi"])
    claim_block(d, f, f["lines"], f["clm"], f["air"], es, f["npi"])
    d.text_line("Notas" if es else "Notes", 9.5, "B", h=5.5)
    codes = sorted({x[7] for x in f["lines"] + (f["ground"] if f["kind"] == "two" else [])})
    for rm in codes:
        d.para(f"{rm} - {(REMARK_ES if es else REMARK)[rm]}", 8.2, gap=1)
    d.ln(1)
    if es:
        d.text_line("Sus protecciones contra facturas sorpresa", 9.5, "B", h=5.5)
        d.para("Usted no puede recibir una factura por saldo (balance billing) de la ambulancia aérea fuera de la "
               "red. Solo debe su costo compartido dentro de la red. Si el proveedor y el plan no acuerdan el pago, "
               "pueden usar el proceso de resolución independiente de disputas (IDR).", 8.2)
        d.text_line("Si no está de acuerdo", 9.5, "B", h=5.5)
        d.para("Puede apelar dentro de los 180 días a partir de la fecha de este estado de cuenta. Llame al "
               f"{f['ph']}.", 8.4)
        return pdf_bytes(d)
    d.text_line("Your protections from surprise bills", 9.5, "B", h=5.5)
    d.para("You cannot be balance billed for this air ambulance. The No Surprises Act protects you: the provider "
           "may bill you only your in-network cost share shown under 'You owe'. If the provider and we do not "
           "agree on payment, either may start a 30-business-day open negotiation period and then independent "
           "dispute resolution (IDR). That process does not change what you owe. If you get a bill for more, "
           f"call us at {f['ph']} or the federal No Surprises Help Desk.", 8.2)
    d.para("Example: if an air ambulance bills $50,000.00 and the QPA is $15,000.00, your cost share is figured "
           "from $15,000.00.", 7.6)
    if KINDS[f["kind"]][1]:
        d.text_line("Your right to appeal", 9.5, "B", h=5.5)
        t = ("You may appeal within 180 days of the date of this statement." if f["app"] == "stmt" else
             f"Send your appeal so that we receive it by {f['fd'](f['dl'])}.")
        d.para(t + " We decide standard appeals within 60 days; urgent appeals within 72 hours. You may also ask "
               "for an external review within 4 months of our final decision.", 8.4)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    rm, den, dalts = KINDS[f["kind"]]
    dl = None if den is None else (iso(days(f["notice"], 180)) if f["app"] == "stmt" else iso(f["dl"]))
    return truth("eob", den, f["lang"], insurer=f["ins"], plan_id=f["plan"], group_number=f["grp"],
                 member_id=f["mid"], member_name=f["member"], case_numbers=[f["clm"]],
                 claim_amount=m2(sum(x[2] for x in f["lines"])), service_dates=[iso(f["trip"])],
                 denial_date=iso(f["notice"]), provider=f["air"], appeal_deadline=dl, denial_alternates=dalts)


# (stem, condition, kind, insurer, date style, money style, appeal wording)
PLAN = [
    ("air_ambulance_nsa_eob_bd_paid_at_qpa", "born_digital", "paid", CIR, "long", "plain", "stmt"),
    ("air_ambulance_nsa_eob_bd_air_paid_as_ground", "born_digital", "partial", THO, "iso", "plain", "stmt"),
    ("air_ambulance_nsa_eob_scan_spanish_partial", "scan_clean_300", "es", CIR, "es", "plain", "stmt"),
    ("air_ambulance_nsa_eob_lowres_no_prior_auth", "scan_lowres_150", "pa", THO, "slash", "nosign", "date"),
    ("air_ambulance_nsa_eob_rot_ground_plain_words", "rotated", "ground", CIR, "abbr", "usd", "date"),
    ("air_ambulance_nsa_eob_faxf_ground_and_air", "fax_fine_g4", "two", THO, "dmy", "plain", "stmt"),
    ("air_ambulance_nsa_eob_copy_after_idr", "photocopy", "idr", CIR, "upper", "plain", "stmt"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, ds, ms, app) in enumerate(PLAN):
        r = random.Random(93200 + i)
        f = facts(r, kind, ins, ds, ms, app, "es" if kind == "es" else "en")
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
