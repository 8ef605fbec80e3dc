"""Family 'dme_cgm_supplies_denial': continuous glucose monitor (CGM) sensors and supplies denied by health plans:
quantity over the allowed monthly amount, prescriber documentation missing (visit note / glucose log not received),
not covered without insulin use; pre-service letters, post-service letters and member EOBs; one Spanish letter and
one fully paid EOB.

The Medicare Advantage plan's letters follow the layout and wording of the public CMS-10003-NDMC "Notice of Denial
of Medical Coverage" (values invented): "We have denied coverage for the following medical items that you or your
doctor requested", "Why did we deny your request?", "You have the right to appeal our decision", 65 days, the
72-hour fast appeal, "Get help & more information", form number at the foot.

Layouts (three invented plans):
- Wantage Health Partners (commercial): logo word "WANTAGE" over a rule; member EOBs.
- Padworth Medicare Advantage (HMO): parent line "A Letcombe Health company" above the centred name; NDMC letters.
- Cholsey Community Health Plan: return-address block; post-service letters (one Spanish).
Decoys: supplier (Tidmarsh Diabetes Supply / Moulsford Home Medical) with its NPI, the prescriber's visit date,
the last fill date, the next eligible refill date, HCPCS codes, the plan's quantity rule ("3 sensors per 30 days").
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundaa_famab import address, clinician, days, digits, fdate, iso, m2, mixed, npi, pairs, person, phone, usd

FAMILY = "dme_cgm_supplies_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
INS = {"wan": "Wantage Health Partners", "pad": "Padworth Medicare Advantage", "cho": "Cholsey Community Health Plan"}
SUPPLIERS = ["Tidmarsh Diabetes Supply Co.", "Moulsford Home Medical"]
LABELS = {
    1: ["Date", "Name", "Member number", "Request / claim number", "Prescriber", "Item", "Date(s) of service",
        "Plan", "Amount billed", "Supplier", "Group number"],
    2: ["Notice date", "Member", "Member ID", "Reference #", "Ordering physician", "Supplies requested",
        "Start date", "Plan ID", "Total charges", "DME supplier", "Group #"],
    3: ["Date issued", "Patient", "ID number", "Claim number", "Prescribed by", "Equipment / supplies", "Service date",
        "Plan code", "Billed amount", "Billed by", "Employer group"],
    "es": ["Fecha del aviso", "Paciente", "Número de miembro", "Número de reclamación", "Médico que receta",
           "Artículo", "Fecha de servicio", "Plan", "Cantidad facturada", "Suplidor", "Número de grupo"],
}
SENSOR = ("CGM sensors, 10-day (A4239)", "sensores de MCG de 10 días (A4239)")
# kind -> (doc type, denial, denial alternates, language)
KINDS = {
    "qty_letter": ("denial_letter", "not_covered", ["medical_necessity"], "en"),
    "paid_eob": ("eob", None, None, "en"),
    "docs_letter": ("denial_letter", "other", ["medical_necessity"], "en"),
    "insulin_eob": ("eob", "not_covered", ["medical_necessity"], "en"),
    "es_qty_letter": ("denial_letter", "not_covered", ["medical_necessity"], "es"),
    "insulin_letter": ("denial_letter", "not_covered", ["medical_necessity"], "en"),
    "qty_eob": ("eob", "not_covered", ["medical_necessity"], "en"),
}


class Page(Doc):
    def __init__(self, foot: str | None):
        super().__init__("DejaVu", footer=foot, margins=(18, 15, 18))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == "wan":
        d.text_line("WANTAGE", 24, "B", h=10)
        d.rule(0.9, 1.5)
        d.text_line(f"Wantage Health Partners | PO Box 3391, Abiquiu, NM 87510 | Member Services {f['ph']}", 8, h=4)
        d.ln(5)
    elif f["ins"] == "pad":
        d.text_line("A Letcombe Health company", 7.5, align="C", h=3.8)
        d.text_line("Padworth Medicare Advantage (HMO)", 14, "B", align="C", h=7)
        d.text_line(f"Member Services {f['ph']} (TTY 711)  ·  8 a.m. - 8 p.m., 7 days a week", 8, align="C", h=4)
        d.rule(0.4, 5)
    else:
        for ln, sz, st in (("Cholsey Community Health Plan", 12.5, "B"), ("Durable Medical Equipment Claims", 9, ""),
                           ("PO Box 5527", 9, ""), ("Mosquero, NM 87733", 9, "")):
            d.text_line(ln, sz, st, h=4.8)
        d.ln(5)


def letter(f: dict) -> bytes:
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    d = Page("Página {p} de {n}" if es else "Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(f"{L[0]}: {fd(f['date'])}", 10, h=5)
    d.ln(2)
    for ln in (f["member"], *f["addr"]):
        d.text_line(ln, 10, h=4.8)
    d.ln(4)
    pre = f["kind"] in ("qty_letter", "insulin_letter")
    title = ("Aviso de denegación de pago" if es else "Notice of Denial of Medical Coverage" if pre
             else "Notice of Claim Denial")
    d.text_line(title, 13, "B", align="C", h=7)
    d.ln(1)
    item, fee = f["item"]
    when = fd(f["svc"]) if not f.get("svc_end") else f"{fd(f['svc'])} - {fd(f['svc_end'])}"
    rows = [(L[1], f["member"]), (L[2], f["mid"]), (L[7], f["plan"])]
    if f.get("grp"):
        rows.append((L[10], f["grp"]))
    rows += [(L[3], f["claim"]), (L[4], f"{f['doc']}, MD"), (L[9], f"{f['sup']} (NPI {f['snpi']})"),
             (L[5], item), (L[6], when)]
    if not pre:
        rows.append((L[8], usd(fee, f["mo"])))
    pairs(d, rows, kw=52)
    k = f["kind"]
    if es:
        d.para("Hemos denegado el pago de los artículos indicados arriba que su suplidor nos facturó.", 10)
        d.text_line("¿Por qué denegamos su solicitud?", 10.5, "B", h=6)
        d.para(f"Su plan cubre hasta 3 sensores cada 30 días. Su suplidor facturó {f['units']} sensores para el "
               f"mismo período. La cantidad es mayor que la permitida por su plan, por lo que no cubrimos los "
               f"sensores adicionales. Su última entrega fue el {fd(f['lastfill'])}; podrá recibir más sensores a "
               f"partir del {fd(f['refill'])}.", 10)
    elif k == "qty_letter":
        d.para("We have denied coverage for the following medical items that you or your doctor requested.", 10)
        d.text_line("Why did we deny your request?", 10.5, "B", h=6)
        d.para(f"QUANTITY LIMIT EXCEEDED. Your doctor asked for {f['units']} sensors every 30 days. Our coverage "
               "rules for continuous glucose monitors allow 3 ten-day sensors every 30 days (one sensor every 10 "
               "days). The amount requested is more than the plan allows each month, and your doctor did not send "
               "a reason you need extra sensors (for example, sensor failures reported to the maker). We approved "
               "3 sensors every 30 days under a separate reference.", 10)
    elif k == "insulin_letter":
        d.para("We have denied coverage for the following medical items that you or your doctor requested.", 10)
        d.text_line("Why did we deny your request?", 10.5, "B", h=6)
        d.para(f"Your doctor's notes from your visit on {fd(f['visit'])} show that you manage your diabetes with "
               "diet and pills, and that you do not take insulin. They also do not show repeated low blood sugar "
               "events. A continuous glucose monitor and its supplies are covered only for members who use "
               "insulin or who have a history of problematic low blood sugar. Because your records do not show "
               "either one, we cannot approve this request.", 10)
    else:
        d.para("We have denied payment for the items listed above.", 10)
        d.text_line("Why did we deny this claim?", 10.5, "B", h=6)
        d.para(f"To pay for a continuous glucose monitor supply order we need a note from a visit with your "
               f"prescriber in the last 6 months and your glucose log. We asked {f['sup']} for these records on "
               f"{fd(f['asked'])}. We did not receive them within 45 days, so we could not review the claim and it "
               "was denied. If the records are sent to us, we will review the claim again.", 10)
    d.text_line("Tiene derecho a apelar nuestra decisión" if es else "You have the right to appeal our decision",
                10.5, "B", h=6)
    d.para(f["appeal"], 9.6, gap=2)
    if pre:
        d.para("If waiting 30 days could seriously harm your health, ask for a fast appeal; we will decide within 72 "
               "hours.", 9, gap=2)
    d.text_line("Obtenga ayuda y más información" if es else "Get help & more information", 10.5, "B", h=6)
    d.para((f"Servicios al Miembro {f['ph']} (TTY 711)." if es else f"Member Services: {f['ph']} (TTY 711). ")
           + ("" if es else "Fax for records: 1-505-555-6140."), 9, gap=2)
    d.text_line(f"cc: {f['doc']}, MD, NPI {f['npi']}; {f['sup']}", 8.2, h=4.4)
    if f["ins"] == "pad":
        d.text_line(f"Form CMS-10003-NDMC  ·  {f['mat']}", 7.5, h=4)
    return pdf_bytes(d)


def eob(f: dict) -> bytes:
    L = LABELS[f["lab"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    mo = lambda v: usd(v, f["mo"])  # noqa: E731
    d = Page("Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12, "B", align="C", h=6)
    d.ln(2)
    y = d.get_y()
    for ln in (f["member"], *f["addr"]):
        d.text_line(ln, 9.6, h=4.8)
    d.set_xy(104, y)
    for k, v in ((L[0], fd(f["date"])), (L[1], f["member"]), (L[2], f["mid"]), (L[10], f["grp"]), (L[7], f["plan"])):
        d.set_x(104)
        d.font(8.8, "B")
        d.cell(40, 4.8, k)
        d.font(8.8)
        d.cell(0, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    for c in f["claims"]:
        d.font(9.4, "B")
        d.cell(0, 5.2, f"{L[3]} {c['no']}  ·  {L[9]}: {c['prov']}", new_x="LMARGIN", new_y="NEXT")
        head = ["Dates", "Item / service", "Units", "Billed", "Allowed", "Paid", "You owe", "Code"]
        rows = [[ln["d"], ln["s"][:36], str(ln["u"]), mo(ln["fee"]), mo(ln["al"]), mo(ln["pd"]), mo(ln["owe"]),
                 ln["rc"]] for ln in c["lines"]]
        rows.append(["*Claim total", "", "", mo(sum(x["fee"] for x in c["lines"])),
                     mo(sum(x["al"] for x in c["lines"])), mo(sum(x["pd"] for x in c["lines"])),
                     mo(sum(x["owe"] for x in c["lines"])), ""])
        d.table(head, rows, [36, 52, 10, 18, 18, 17, 15, 10], size=7.6, aligns="LLCRRRRC", head_fill=True)
    d.text_line("Codes", 9.6, "B", h=5)
    for code, txt in f["remarks"].items():
        d.para(f"{code}  {txt}", 8.8, gap=1)
    d.ln(1)
    d.para(f"Prescriber on file: {f['doc']}, MD (NPI {f['npi']}). Next refill eligible on or after "
           f"{fd(f['refill'])}. Deductible met for 2026: {mo(f['ded'])} of {mo(1500)}.", 8.8, gap=2)
    if f["den"]:
        d.text_line("Your right to appeal", 10.5, "B", h=6)
        d.para(f["appeal"], 9.4, gap=2)
    d.para(f"Questions? Call Member Services at {f['ph']} (TTY 711).", 8.8)
    return pdf_bytes(d)


def facts(r: random.Random, kind: str, ins: str, lab, ds: str, tds: str, mo: str, dl: str) -> dict:
    doc_type, den, dalt, lang = KINDS[kind]
    date = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 200))
    f = dict(kind=kind, ins=ins, lab=lab, ds=ds, tds=tds, mo=mo, lang=lang, date=date, doc_type=doc_type, den=den,
             dalt=dalt, member=person(r, lang), addr=address(r, lang), ph=phone(r), doc=clinician(r), npi=npi(r),
             snpi=npi(r), sup=r.choice(SUPPLIERS), mat=mixed(r, "H9999_AA99") + "_C",
             mid={"wan": mixed(r, "WHP999999999"), "pad": mixed(r, "A99999999") + "-00",
                  "cho": mixed(r, "CC9999999")}[ins],
             plan={"wan": "PPO " + digits(r, 3), "pad": "H" + digits(r, 4) + "-0" + digits(r, 2),
                   "cho": "CCH-" + mixed(r, "AA9")}[ins],
             grp=digits(r, 6) if ins == "wan" else None,
             claim={"wan": digits(r, 12), "pad": mixed(r, "DME-9999-999999"), "cho": mixed(r, "9999A999999")}[ins],
             units=r.choice([6, 9]))
    f["item"] = (SENSOR[1] if lang == "es" else SENSOR[0], round(f["units"] * r.choice([121.5, 98.75, 133.0]), 2))
    f["svc"] = days(date, r.randint(8, 16)) if kind in ("qty_letter", "insulin_letter") else days(date, -r.randint(20, 45))
    f["visit"] = days(date, -r.randint(30, 70))
    f["lastfill"] = days(f["svc"], -r.randint(8, 12))
    f["refill"] = days(f["lastfill"], 30)
    f["asked"] = days(date, -r.randint(50, 60))
    f["ded"] = float(r.choice([250, 600, 1500]))
    if doc_type == "eob":
        sup = f["sup"]
        per = r.choice([121.5, 133.0])
        if kind == "paid_eob":
            lines = [dict(d=fdate(f["svc"], tds), s=SENSOR[0], u=3, fee=3 * per, al=3 * 82.0, pd=3 * 82.0 * 0.8,
                          owe=3 * 82.0 * 0.2, rc="PD"),
                     dict(d=fdate(f["svc"], tds), s="CGM transmitter/receiver (A4238)", u=1, fee=64.0, al=41.0,
                          pd=32.8, owe=8.2, rc="PD")]
            f["claims"] = [dict(no=f["claim"], prov=sup, lines=lines)]
            f["remarks"] = {"PD": "Paid at your in-network DME benefit (80%). You owe the 20% coinsurance."}
        elif kind == "qty_eob":
            f["svc_end"] = days(f["svc"], 29)
            span = f"{fdate(f['svc'], tds)}-{fdate(f['svc_end'], tds)}"
            lines = [dict(d=span, s=SENSOR[0], u=3, fee=3 * per, al=3 * 82.0, pd=3 * 82.0 * 0.8, owe=3 * 82.0 * 0.2,
                          rc="PD"),
                     dict(d=span, s=SENSOR[0], u=f["units"] - 3, fee=(f["units"] - 3) * per, al=0.0, pd=0.0, owe=0.0,
                          rc="Q3")]
            f["claims"] = [dict(no=f["claim"], prov=sup, lines=lines)]
            f["remarks"] = {"PD": "Paid at your in-network DME benefit (80%).",
                            "Q3": "Exceeds quantity limit. Your plan covers 3 sensors per 30 days. The supplier may "
                                  "not bill you for the extra sensors."}
        else:  # insulin_eob: office visit claim paid, CGM claim denied
            lines = [dict(d=fdate(f["svc"], tds), s=SENSOR[0], u=3, fee=3 * per, al=0.0, pd=0.0, owe=0.0, rc="N7"),
                     dict(d=fdate(f["svc"], tds), s="CGM transmitter/receiver (A4238)", u=1, fee=64.0, al=0.0,
                          pd=0.0, owe=0.0, rc="N7")]
            v = days(f["svc"], -r.randint(5, 15))
            f["claims"] = [dict(no=digits(r, 12), prov=f"{f['doc']}, MD",
                                lines=[dict(d=fdate(v, tds), s="Office visit, established (99213)", u=1, fee=185.0,
                                            al=112.0, pd=82.0, owe=30.0, rc="PD")]),
                           dict(no=f["claim"], prov=sup, lines=lines)]
            f["remarks"] = {"PD": "Paid. You owe your office visit copay.",
                            "N7": "Your plan pays for glucose monitor supplies only when the member uses insulin "
                                  "or has documented problem low blood sugar. Our records show neither. You do not "
                                  "owe the supplier for this item."}
        dc = f["claims"][-1]
        f["amount"] = round(sum(x["fee"] for x in dc["lines"]), 2)
        f["prov"] = sup
    else:
        pre = kind in ("qty_letter", "insulin_letter")
        f["amount"] = None if pre else f["item"][1]
        f["prov"] = f["doc"] if pre else f["sup"]
    what = "statement" if doc_type == "eob" else "notice"
    if lang == "es":
        f["deadline"] = days(date, 60)
        f["appeal"] = ("Si no está de acuerdo, puede apelar dentro de 60 días a partir de la fecha de este aviso. "
                       "Envíe su apelación por escrito a la dirección de arriba.")
    elif dl == "within":
        n = 65 if ins == "pad" else 180
        f["deadline"] = days(date, n)
        f["appeal"] = (f"If you want to appeal, you must ask within {n} days of the date of this {what}. Write to "
                       "the Appeals Department at the address above and include any records from your doctor.")
    elif dl == "by":
        f["deadline"] = days(date, 60)
        f["appeal"] = (f"Appeal by {fdate(f['deadline'], ds)}. Send a letter telling us why you disagree, or have "
                       "your supplier send the missing records.")
    else:
        f["deadline"] = None
        f["dl_alt"] = days(date, 65)
        f["appeal"] = ("You may appeal within 65 days from the date you receive this notice. Call us or write to "
                       "the address above.")
    return f


def doc_truth(f: dict) -> dict:
    alts = {}
    alts["provider"] = [f["doc"] if f["prov"] == f["sup"] else f["sup"]]
    if f.get("dl_alt") and f["den"]:
        alts["appeal_deadline"] = [iso(f["dl_alt"])]
    return truth(f["doc_type"], f["den"], f["lang"], insurer=INS[f["ins"]], plan_id=f["plan"], group_number=f["grp"],
                 member_id=f["mid"], member_name=f["member"], case_numbers=[f["claim"]],
                 claim_amount=m2(f["amount"]) if f["amount"] is not None else None,
                 service_dates=[iso(f["svc"], f.get("svc_end"))], denial_date=iso(f["date"]), provider=f["prov"],
                 appeal_deadline=iso(f["deadline"]) if (f["deadline"] and f["den"]) else None, alternates=alts,
                 denial_alternates=f["dalt"])


ITEMS = [
    # suffix, condition, kind, insurer, labels, date style, table date style, money, deadline
    ("bd_quantity_letter", "born_digital", "qty_letter", "pad", 1, "long", "slash", "plain", "within"),
    ("bd_paid_eob", "born_digital", "paid_eob", "wan", 2, "slash", "slash", "plain", "within"),
    ("scan_records_not_received", "scan_clean_300", "docs_letter", "cho", 3, "abbr", "slash", "plain", "by"),
    ("low_no_insulin_eob", "scan_lowres_150", "insulin_eob", "wan", 3, "dlong", "short", "nosign", "within"),
    ("photo_es_cantidad", "phone_photo", "es_qty_letter", "cho", "es", "es", "es_abbr", "es", "within"),
    ("faxf_no_insulin_letter", "fax_fine_g4", "insulin_letter", "pad", 2, "dmy", "iso", "plain", "receive"),
    ("rot_quantity_eob", "rotated", "qty_eob", "wan", 1, "upper", "slash", "plain", "by"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suf, cond, kind, ins, lab, ds, tds, mo, dl) in enumerate(ITEMS):
        r = random.Random(108500 + i)
        f = facts(r, kind, ins, lab, ds, tds, mo, dl)
        pdf = eob(f) if f["doc_type"] == "eob" else letter(f)
        items.append(Item(f"{FAMILY}_{suf}", cond, [(pdf, doc_truth(f))]))
    return items
