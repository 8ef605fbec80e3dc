"""Family 'hospice_revocation_claim_denial': Medicare Advantage plans' payment denials and EOBs for claims billed
while the member was under a Medicare hospice election: services related to the terminal condition are the
hospice's to provide (not covered by the plan), or the plan tells the provider to bill Original Medicare during the
election (payer responsibility); one letter after the member revoked hospice (services before the revocation date
denied); one paid EOB for a claim unrelated to the terminal condition; one Spanish letter.

Letters follow the layout and wording of the CMS-10003-NDMCP "Notice of Denial of Medical Coverage (or Payment)"
(values invented): title, "Name / Member number", "We have denied payment for the following service(s)", "Why did we
deny your request?", "You have the right to appeal our decision", "you must ask within 65 days from the date of this
notice", "Get help & more information".

Layouts (three invented MA plans):
- Boscastle Senior Health Plan (HMO): logo word "BOSCASTLE" over a rule, contract/PBP line.
- Trebarwith Medicare Advantage (PPO): parent line "A Morwenstow Health Group company" above the centred name.
- Glastonbury Prairie Health (HMO-POS): return-address block.
Decoys: hospice election date, revocation date, hospice name and its NPI, the terminal diagnosis, other claims on
the EOB (one paid, unrelated), "Original Medicare" as another payer, 72-hour fast appeal.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundz_famzb import (address, clinician, days, digits, fdate, iso, m2, mixed, npi, pairs, person, phone,
                              usd)

FAMILY = "hospice_revocation_claim_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
INS = {"bos": "Boscastle Senior Health Plan", "tre": "Trebarwith Medicare Advantage",
       "gla": "Glastonbury Prairie Health"}
HOSPICES = ["Kirkbymoorside Hospice & Palliative Care", "Holme Valley Hospice"]
CLINICS = ["Stoodleigh Cardiology Associates", "Loftus Ambulatory Infusion Center", "Guisborough Family Medicine"]
LABELS = {
    1: ["Date", "Name", "Member number", "Claim number", "Provider", "Service", "Date(s) of service", "Plan (Contract-PBP)",
        "Amount billed"],
    2: ["Notice date", "Member", "Member ID", "Claim #", "Billed by", "Services", "Service date", "Plan ID",
        "Total charges"],
    3: ["Date issued", "Enrollee", "Enrollee ID", "Claim reference", "Rendering provider", "Service(s)",
        "When", "Contract/Plan", "Charges"],
    "es": ["Fecha del aviso", "Nombre", "Número de miembro", "Número de reclamación", "Proveedor", "Servicio",
           "Fecha(s) de servicio", "Plan (Contrato-PBP)", "Cantidad facturada"],
}
SERV = [("Echocardiogram, complete (93306)", 1240.00, "congestive heart failure"),
        ("Office visit, established patient (99214)", 265.00, "metastatic lung cancer"),
        ("IV hydration, first hour (96360)", 588.50, "end-stage COPD")]
UNREL = ("Cataract surgery follow-up visit (99213)", 198.00)
# kind -> (doc type, denial, denial alternates)
KINDS = {
    "related_letter": ("denial_letter", "not_covered", ["other"]),
    "two_claim_eob": ("eob", "not_covered", ["other"]),
    "bill_om_letter": ("denial_letter", "other", ["not_covered"]),
    "revoked_letter": ("denial_letter", "not_covered", ["other"]),
    "es_letter": ("denial_letter", "not_covered", ["other"]),
    "paid_eob": ("eob", None, None),
    "related_eob": ("eob", "not_covered", ["other"]),
}


class Page(Doc):
    def __init__(self, foot: str | None):
        super().__init__("DejaVu", footer=foot, margins=(18, 15, 18))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == "bos":
        d.text_line("BOSCASTLE", 24, "B", h=10)
        d.rule(0.9, 1.5)
        d.text_line(f"Boscastle Senior Health Plan (HMO) | PO Box 7702, Rapid Falls, SD 57701 | {f['ph']}", 8, h=4)
        d.ln(5)
    elif f["ins"] == "tre":
        d.text_line("A Morwenstow Health Group company", 7.5, align="C", h=3.8)
        d.text_line("Trebarwith Medicare Advantage", 14, "B", align="C", h=7)
        d.text_line(f"Member Services {f['ph']} (TTY 711)  ·  8 a.m. - 8 p.m., 7 days a week", 8, align="C", h=4)
        d.rule(0.4, 5)
    else:
        for ln, sz, st in (("Glastonbury Prairie Health", 12.5, "B"), ("Claims Department", 9, ""),
                           ("PO Box 4418", 9, ""), ("Sheridan Flats, WY 82801", 9, "")):
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
    d.text_line("Aviso de denegación de pago" if es else "Notice of Denial of Payment", 13, "B", align="C", h=7)
    d.ln(1)
    serv, fee, dx = f["serv"]
    rows = [(L[1], f["member"]), (L[2], f["mid"]), (L[7], f["plan"]), (L[3], f["claim"]),
            (L[4], f"{f['doc']}, MD, {f['clinic']}"), (L[5], serv), (L[6], fd(f["svc"])), (L[8], usd(fee, f["mo"]))]
    pairs(d, rows, kw=50)
    hos, el = f["hospice"], fd(f["elect"])
    if es:
        d.para("Hemos denegado el pago de los servicios indicados arriba que usted o su proveedor solicitaron.",
               10)
        d.text_line("¿Por qué denegamos su solicitud?", 10.5, "B", h=6)
        d.para(f"Usted eligió el beneficio de hospicio de Medicare el {el} con {hos}. Mientras esté en hospicio, "
               f"la atención relacionada con su enfermedad terminal ({dx}) debe darla o coordinarla su hospicio. "
               "Nuestro plan no paga estos servicios: NO ESTÁN CUBIERTOS por el plan durante la elección de "
               "hospicio. El proveedor puede pedir el pago al hospicio.", 10)
    elif f["kind"] == "related_letter":
        d.para("We have denied payment for the medical service(s) listed above that you or your provider asked "
               "us to pay.", 10)
        d.text_line("Why did we deny your request?", 10.5, "B", h=6)
        d.para(f"NOT COVERED - HOSPICE ELECTION. Our records show you elected the Medicare hospice benefit on {el} "
               f"with {hos}. While you are in hospice, care related to your terminal illness ({dx}) must be given "
               "or arranged by your hospice, and Medicare pays the hospice for it. This service is related to your "
               "terminal illness, so our plan cannot pay it. Your provider may ask the hospice for payment.", 10)
    elif f["kind"] == "bill_om_letter":
        d.para("We have denied payment for the medical service(s) listed above that you or your provider asked "
               "us to pay.", 10)
        d.text_line("Why did we deny your request?", 10.5, "B", h=6)
        d.para(f"You started hospice care with {hos} on {el}. When a member of a Medicare health plan elects "
               "hospice, Original Medicare (not our plan) pays for hospice care and for Part A and Part B services "
               "while the election lasts, even services that are not related to the terminal illness. Your "
               "provider must send this bill to Original Medicare. We still cover your extra benefits, such as "
               "dental and vision.", 10)
    else:
        d.para("We have denied payment for the medical service(s) listed above that you or your provider asked "
               "us to pay.", 10)
        d.text_line("Why did we deny your request?", 10.5, "B", h=6)
        d.para(f"You elected hospice with {hos} on {el} and signed a statement revoking (ending) hospice care "
               f"on {fd(f['revoke'])}. Services from the revocation date on are covered by our plan again. This "
               "service was given before that date, while you were still in hospice, and it was for your "
               f"terminal condition ({dx}). The hospice was responsible for it, so we cannot pay it.", 10)
    d.text_line("Tiene derecho a apelar nuestra decisión" if es else "You have the right to appeal our decision",
                10.5, "B", h=6)
    d.para(f["appeal"], 9.6, gap=2)
    d.para(("Si cree que esperar podría dañar gravemente su salud, pida una apelación rápida; decidiremos en 72 "
            "horas.") if es else
           ("Payment appeals are not decided in 72 hours; a fast (expedited) appeal is only for care you have not "
            "received yet."), 9, gap=2)
    d.text_line("Obtenga ayuda y más información" if es else "Get help & more information", 10.5, "B", h=6)
    d.para((f"Servicios al Miembro {f['ph']} (TTY 711). " if es else f"Member Services: {f['ph']} (TTY 711). ")
           + ("Medicare: 1-800-MEDICARE." if es else "1-800-MEDICARE (1-800-633-4227), 24 hours a day."), 9, gap=2)
    d.text_line(f"cc: {f['doc']}, MD, NPI {f['npi']}; {hos}, NPI {f['hnpi']}", 8.2, h=4.4)
    d.text_line(f"Form CMS-10003-NDMCP  ·  {f['mat']}", 7.5, h=4)
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
    for k, v in ((L[0], fd(f["date"])), (L[1], f["member"]), (L[2], f["mid"]), (L[7], f["plan"])):
        d.set_x(104)
        d.font(8.8, "B")
        d.cell(40, 4.8, k)
        d.font(8.8)
        d.cell(0, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    for c in f["claims"]:
        d.font(9.4, "B")
        d.cell(0, 5.2, f"{L[3]} {c['no']}  ·  {L[4]}: {c['prov']}", new_x="LMARGIN", new_y="NEXT")
        head = ["Date", "Service", "Billed", "Plan allowed", "Plan paid", "You owe", "Note"]
        rows = [[fdate(ln["d"], f["tds"]), ln["s"][:40], mo(ln["fee"]), mo(ln["al"]), mo(ln["pd"]), mo(ln["owe"]),
                 ln["rc"]] for ln in c["lines"]]
        rows.append(["*Claim total", "", mo(sum(x["fee"] for x in c["lines"])),
                     mo(sum(x["al"] for x in c["lines"])), mo(sum(x["pd"] for x in c["lines"])),
                     mo(sum(x["owe"] for x in c["lines"])), ""])
        d.table(head, rows, [22, 62, 20, 20, 18, 18, 14], size=7.8, aligns="LLRRRRC", head_fill=True)
    d.text_line("Notes", 9.6, "B", h=5)
    for code, txt in f["remarks"].items():
        d.para(f"{code}  {txt}", 8.8, gap=1)
    d.ln(1)
    d.para(f"Hospice on file: {f['hospice']}, election date {fd(f['elect'])}.", 8.8, gap=2)
    if f["den"]:
        d.text_line("Your right to appeal", 10.5, "B", h=6)
        d.para(f["appeal"], 9.4, gap=2)
    d.para(f"Questions? Call Member Services at {f['ph']} (TTY 711). {f['mat']}", 8.8)
    return pdf_bytes(d)


def facts(r: random.Random, kind: str, ins: str, lab, ds: str, tds: str, mo: str, dl: str) -> dict:
    doc_type, den, dalt = KINDS[kind]
    lang = "es" if kind == "es_letter" else "en"
    date = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 200))
    f = dict(kind=kind, ins=ins, lab=lab, ds=ds, tds=tds, mo=mo, lang=lang, date=date, doc_type=doc_type, den=den,
             dalt=dalt, member=person(r, lang), addr=address(r, lang),
             mid=mixed(r, "A99999999") + ("-01" if ins == "tre" else ""),
             plan={"bos": "H" + digits(r, 4) + "-0" + digits(r, 2), "tre": "H" + digits(r, 4) + "-" + digits(r, 3),
                   "gla": "H" + digits(r, 4) + "-0" + digits(r, 2)}[ins],
             claim=digits(r, 11) if ins != "gla" else mixed(r, "GP99A9999999"), doc=clinician(r),
             clinic=r.choice(CLINICS), npi=npi(r), hnpi=npi(r), ph=phone(r), hospice=r.choice(HOSPICES),
             serv=r.choice(SERV), mat=mixed(r, "Y9999_AA99") + "_M")
    f["svc"] = days(date, -r.randint(25, 50))
    f["elect"] = days(f["svc"], -r.randint(20, 90))
    f["revoke"] = days(f["svc"], r.randint(4, 12))
    if doc_type == "eob":
        serv, fee, dx = f["serv"]
        other = clinician(r)
        if kind == "paid_eob":
            al = round(UNREL[1] * 0.72, 2)
            f["claims"] = [dict(no=f["claim"], prov=f"{f['doc']}, MD", denied=False,
                                lines=[dict(d=f["svc"], s=UNREL[0], fee=UNREL[1], al=al, pd=al - 20, owe=20.0,
                                            rc="P2")])]
            f["remarks"] = {"P2": "Paid. This visit is not related to your terminal illness (hospice diagnosis), so "
                                  "your plan benefits apply. You owe your $20.00 copay."}
            f["serv"] = (UNREL[0], UNREL[1], dx)
        else:
            lines = [dict(d=f["svc"], s=serv, fee=fee, al=0.0, pd=0.0, owe=0.0, rc="H7")]
            if kind == "related_eob":
                lines.append(dict(d=f["svc"], s="Venipuncture (36415)", fee=32.0, al=0.0, pd=0.0, owe=0.0, rc="H7"))
            f["claims"] = [dict(no=f["claim"], prov=f"{f['doc']}, MD", denied=True, lines=lines)]
            if kind == "two_claim_eob":
                d2 = days(f["svc"], r.randint(3, 9))
                al = round(UNREL[1] * 0.72, 2)
                f["claims"].append(dict(no=digits(r, 11), prov=f"{other}, OD", denied=False,
                                        lines=[dict(d=d2, s=UNREL[0], fee=UNREL[1], al=al, pd=al - 20, owe=20.0,
                                                    rc="P2")]))
                f["remarks"] = {"H7": "Not covered: related to the terminal condition for which you elected hospice. "
                                      "The hospice is responsible for this care. You do not owe this amount.",
                                "P2": "Paid. Not related to your hospice diagnosis. You owe the copay."}
            else:
                f["remarks"] = {"H7": f"Denied - member under hospice election ({dx}); the hospice must provide or "
                                      "pay for care related to the terminal illness. Provider may not bill you."}
    if lang == "es":
        f["deadline"] = days(date, 65)
        f["appeal"] = ("Si desea apelar, debe pedirlo dentro de 65 días a partir de la fecha de este aviso. "
                       "Envíe su pedido por escrito a la dirección de arriba o llame a Servicios al Miembro.")
    elif dl == "within":
        f["deadline"] = days(date, 65)
        what = "statement" if doc_type == "eob" else "notice"
        f["appeal"] = (f"If you want to appeal, you must ask within 65 days from the date of this {what}. Write "
                       "to our Appeals Department at the address above and explain why you disagree.")
    elif dl == "by":
        f["deadline"] = days(date, 65)
        f["appeal"] = (f"To appeal, your written request must reach us by {fdate(f['deadline'], ds)}. You may send "
                       "records from your doctor or the hospice with your request.")
    else:
        f["deadline"] = None
        f["dl_alt"] = days(date, 65)
        f["appeal"] = ("You may appeal within 65 days from the date you receive this notice. Call us or write to "
                       "the address above.")
    return f


def doc_truth(f: dict) -> dict:
    alts = {"provider": [f["clinic"]]} if f["doc_type"] != "eob" else {}
    if f.get("dl_alt") and f["den"]:
        alts["appeal_deadline"] = [iso(f["dl_alt"])]
    alts["plan_id"] = [None]
    c = f["claims"][0] if f["doc_type"] == "eob" else None
    amount = m2(sum(x["fee"] for x in c["lines"])) if c else m2(f["serv"][1])
    return truth(f["doc_type"], f["den"], f["lang"], insurer=INS[f["ins"]], plan_id=f["plan"], member_id=f["mid"],
                 member_name=f["member"], case_numbers=[f["claim"]], claim_amount=amount,
                 service_dates=[iso(f["svc"])], denial_date=iso(f["date"]), provider=f["doc"],
                 appeal_deadline=iso(f["deadline"]) if (f["deadline"] and f["den"]) else None, alternates=alts,
                 denial_alternates=f["dalt"])


ITEMS = [
    # suffix, condition, kind, insurer, labels, date style, table date style, money, deadline
    ("bd_related_letter", "born_digital", "related_letter", "bos", 1, "long", "slash", "plain", "within"),
    ("bd_two_claim_eob", "born_digital", "two_claim_eob", "tre", 2, "slash", "slash", "plain", "within"),
    ("scan_bill_original_medicare", "scan_clean_300", "bill_om_letter", "gla", 3, "abbr", "slash", "plain", "receive"),
    ("low_revoked_letter", "scan_lowres_150", "revoked_letter", "tre", 3, "dlong", "slash", "plain", "by"),
    ("photo_es_letter", "phone_photo", "es_letter", "bos", "es", "es", "es_abbr", "es", "within"),
    ("faxf_paid_unrelated_eob", "fax_fine_g4", "paid_eob", "gla", 1, "dmy", "iso", "nosign", "within"),
    ("copy_related_eob", "photocopy", "related_eob", "bos", 2, "upper", "short", "plain", "within"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suf, cond, kind, ins, lab, ds, tds, mo, dl) in enumerate(ITEMS):
        r = random.Random(105500 + i)
        f = facts(r, kind, ins, lab, ds, tds, mo, dl)
        pdf = eob(f) if f["doc_type"] == "eob" else letter(f)
        items.append(Item(f"{FAMILY}_{suf}", cond, [(pdf, doc_truth(f))]))
    return items
