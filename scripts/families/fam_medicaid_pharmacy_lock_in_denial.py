"""Family 'medicaid_pharmacy_lock_in_denial': a state Medicaid program's (and a Medicaid managed-care plan's)
Notices of Action for pharmacy claims denied because the member is enrolled in the lock-in (recipient
restriction) program: prescriptions must be filled at one assigned pharmacy and written by one assigned prescriber;
a fill at another pharmacy or from another prescriber is denied (eligibility: the member is not eligible for the
drug there). Notices say "Lock-In Program" or only plain words ("you can only get your medicines from the one
pharmacy ..."), one denies two fills in a table, one is addressed with a "Notice of Action" box table (Action /
Reason code), one approves a change of the assigned pharmacy (denies nothing), one Spanish.

Issuers: Tyndrum Department of Human Services (parent line "STATE OF TYNDRUM" above, "Division of Medical
Assistance · Pharmacy Lock-In Unit" line, field office return address) and Gairloch Community Care (logo word
"GAIRLOCH" over a rule, "Community Care · a Medicaid managed care plan" line). Pharmacies Portree Pharmacy, Brora
Drug & Surgical, Ullapool Apothecary, Durness Discount Drugs. Decoys: the assigned pharmacy and prescriber, the
lock-in period, Rx numbers, NDC, the state Medicaid ID beside the plan ID, the 90-day / 120-day state fair hearing,
the 10-day continuation of benefits, the pharmacy's NPI.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundx_famxa import address, clinician, days, fdate, iso, m2, mixed, money, npi, person, phone, usd

FAMILY = "medicaid_pharmacy_lock_in_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
TY, GC = "Tyndrum Department of Human Services", "Gairloch Community Care"
PHARM = ["Portree Pharmacy", "Brora Drug & Surgical", "Ullapool Apothecary", "Durness Discount Drugs"]
DRUGS = [("Oxycodone-acetaminophen 5-325 mg tablet", 60), ("Alprazolam 1 mg tablet", 30),
         ("Hydrocodone-acetaminophen 10-325 mg tablet", 90), ("Carisoprodol 350 mg tablet", 30),
         ("Tramadol 50 mg tablet", 120)]
LABELS = [("Notice date", "Member", "Medicaid ID", "Claim reference number", "Pharmacy", "Date of service"),
          ("Date of this notice", "Recipient name", "Recipient ID", "Reference #", "Dispensing pharmacy",
           "Fill date"),
          ("Date", "Name", "Member ID no.", "ICN", "Pharmacy that filled", "Date filled")]
LABELS_ES = ("Fecha del aviso", "Afiliado", "Número de afiliado", "Número de referencia", "Farmacia",
             "Fecha de servicio")


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def facts(r: random.Random, kind: str, ins: str, lab: int, ds: str, ms: str, app: str) -> dict:
    lang = "es" if kind == "es" else "en"
    date = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 210))
    ph = r.sample(PHARM, 3)
    n = 2 if kind == "two" else 1
    fills = []
    for k in range(n):
        drug, qty = r.choice(DRUGS)
        fills.append(dict(d=days(date, -r.randint(4, 12) - 9 * k), drug=drug, qty=qty, amt=money(r, 24, 380),
                          icn=mixed(r, "99999999999-999") if ins == TY else mixed(r, "RX99A9999999"),
                          rx=digits_rx(r), ndc=f"{r.randint(10000, 69999)}-{r.randint(100, 999)}-{r.randint(10, 99)}"))
    fills.sort(key=lambda x: x["d"])
    start = days(date, -r.randint(150, 300))
    return dict(kind=kind, ins=ins, L=LABELS_ES if lang == "es" else LABELS[lab], ds=ds, ms=ms, app=app, lang=lang,
                date=date, fills=fills, member=person(r, lang), addr=address(r, lang),
                mid=mixed(r, "99999999A") if ins == TY else mixed(r, "GCC-9999999"), sid=mixed(r, "99999999A"),
                pharm=ph[0], assigned=ph[1], newph=ph[2], presc=clinician(r), aprov=clinician(r), npi=npi(r),
                ph=phone(r), lstart=start, lend=days(start, 729), by=days(date, 30), req=days(date, -r.randint(5, 12)))


def digits_rx(r: random.Random) -> str:
    return str(r.randint(1000000, 9899999))


def fd(f: dict, d: dt.date) -> str:
    return fdate(d, f["ds"])


def letterhead(d: Page, f: dict) -> None:
    es = f["lang"] == "es"
    if f["ins"] == TY:
        d.text_line("STATE OF TYNDRUM", 8.5, "B", h=4.4)
        d.text_line(TY, 14, "B", h=7)
        d.text_line("Division of Medical Assistance · " + ("Pharmacy Services" if f["kind"] == "plain" else
                                                        "Pharmacy Lock-In Unit"), 8.6, h=4.4)
        d.text_line("Field Office, 220 Kingussie Plaza, Elko, NV 89801 · Fax (775) 555-7310", 8.2, h=4.4)
        d.rule(0.4, 1)
    else:
        d.text_line("GAIRLOCH", 22, "B", h=9)
        d.rule(0.8, 1)
        d.text_line("Community Care · " + ("un plan de atención administrada de Medicaid" if es else
                                          "a Medicaid managed care plan") + " · PO Box 3318, Hidalgo, TX 78557", 8.3, h=4.4)
    d.ln(4)


def build(f: dict) -> bytes:
    L, es, k, ms = f["L"], f["lang"] == "es", f["kind"], f["ms"]
    d = Page("Página {p} de {n}" if es else "Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(fd(f, f["date"]), 10, h=5)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    title = {"approve": "Notice of Decision: Lock-In Pharmacy Change Approved",
             "es": "AVISO DE ACCIÓN: Reclamación de farmacia denegada"}.get(k, "NOTICE OF ACTION: Pharmacy Claim Denied")
    d.text_line(title, 12.5, "B", h=7)
    d.ln(1)
    x = f["fills"][0]
    rows = [(L[1], f["member"]), (L[2], f["mid"])]
    if f["ins"] == GC:
        rows.append(("Número de Medicaid del estado" if es else "State Medicaid number", f["sid"]))
    if k != "approve":
        if k != "two":
            rows += [(L[3], x["icn"]), (L[4], f["pharm"]), (L[5], fd(f, x["d"]))]
    for a, b in rows:
        d.font(9.6, "B")
        d.cell(68, 5.2, a + ":")
        d.font(9.6)
        d.cell(0, 5.2, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    lk = f"{fdate(f['lstart'], 'slash')} - {fdate(f['lend'], 'slash')}"
    if k == "approve":
        d.para(f"We received your request on {fdate(f['req'], 'slash')} to change the pharmacy you are locked in to. "
               f"We approved your request. Starting {fd(f, days(f['date'], 7))}, your Lock-In pharmacy will be "
               f"{f['newph']} instead of {f['assigned']}. Your Lock-In prescriber stays {f['aprov']}, MD. Your "
               f"Lock-In period is {lk}.")
        d.para("You do not need to do anything. Bring this letter to your new pharmacy the first time you fill a "
               f"prescription there. Questions: {f['ph']} (TTY 711).")
    elif k == "es":
        d.para(f"Medicamento: {x['drug']}, cantidad {x['qty']}. Monto facturado por la farmacia: {usd(x['amt'], 'es')}. "
               f"Receta (Rx) núm. {x['rx']}, NDC {x['ndc']}.")
        d.para("Acción: Gairloch Community Care denegó el pago de esta receta. Motivo: usted está inscrito en el "
               "Programa de Restricción de Farmacia (lock-in). Solo puede surtir sus recetas de medicamentos "
               f"controlados en {f['assigned']}, la farmacia asignada, y la receta debe ser del médico asignado, "
               f"{f['aprov']}. La farmacia {f['pharm']} no es su farmacia asignada. Período de restricción: {lk}.")
        d.text_line("Sus derechos de apelación", 11, "B", h=6)
        d.para("Si no está de acuerdo, puede pedir una apelación al plan dentro de 60 días a partir de la fecha de "
               "este aviso. Después de la decisión de la apelación puede pedir una audiencia imparcial estatal "
               f"dentro de 120 días. Llame al {f['ph']}.")
    else:
        if k == "two":
            d.para("We denied payment for the prescriptions below:", 10)
            d.table([L[5], "Drug", "Qty", L[4], L[3], "Billed"],
                    [[fd(f, y["d"]), y["drug"][:30], str(y["qty"]), f["pharm"][:22], y["icn"], usd(y["amt"], ms)]
                     for y in f["fills"]], [26, 52, 10, 36, 34, 20], size=8, aligns="LLRLLR", head_fill=True)
        else:
            d.para(f"Prescription: {x['drug']}, quantity {x['qty']}, Rx #{x['rx']}, NDC {x['ndc']}, prescribed by "
                   f"{f['presc'] if k == 'prescriber' else f['aprov']}, MD. Amount billed by the pharmacy: "
                   f"{usd(x['amt'], ms)}.")
        if k == "table":
            d.boxes([("Action", "Denied", 34), ("Reason code", "LI-03", 34), ("Lock-In period", lk, 64),
                     ("Assigned pharmacy", f["assigned"][:24], 48)])
            d.ln(3)
            d.para("LI-03: Recipient restricted (Lock-In). The claim came from a pharmacy that is not the recipient's "
                   "assigned Lock-In pharmacy. The recipient is not eligible for this service at this provider.")
        elif k == "plain":
            d.para("What we decided: we will not pay for this prescription. Why: you can only get your medicines from "
                   f"the one pharmacy you chose for the next two years, {f['assigned']}. {f['pharm']} is a different "
                   "pharmacy, so we cannot pay it for this fill. You can take the prescription to "
                   f"{f['assigned']} and they can fill it.")
        elif k == "prescriber":
            d.para("Action: denied. Reason: you are in the Lock-In Program. Your controlled-substance prescriptions "
                   f"must be written by your assigned Lock-In prescriber, {f['aprov']}, MD. This prescription was "
                   f"written by {f['presc']}, MD, who is not your Lock-In prescriber, so it is not covered for you. "
                   f"Lock-In period: {lk}.")
        else:
            d.para("Action: denied. Reason: you are enrolled in the Pharmacy Lock-In Program. You must fill your "
                   f"prescriptions at your assigned pharmacy, {f['assigned']}. Claims from any other pharmacy are "
                   f"denied. Lock-In period: {lk}. Rule: Tyndrum Admin. Code 14-210-7.")
        d.text_line("Your right to appeal", 11, "B", h=6)
        a = {"notice30": "You may ask us to reconsider this decision within 30 days of the date of this notice.",
             "date": f"To ask for a reconsideration, your request must reach us by {fd(f, f['by'])}.",
             "notice60": "You may ask for a plan appeal within 60 days of the date on this notice."}[f["app"]]
        fh = (" You may also ask for a State Fair Hearing within 90 days of the date of this notice. If you ask within "
              "10 days, your benefits can continue while you wait." if f["ins"] == TY else
              " After the plan's appeal decision you may ask for a State Fair Hearing within 120 days.")
        d.para(a + fh + f" Call {f['ph']} (TTY 711) for help.")
    d.ln(2)
    d.text_line("Atentamente," if es else "Sincerely,", 10, h=5)
    d.text_line("Unidad de Farmacia" if es else ("Pharmacy Lock-In Unit" if f["ins"] == TY and k != "plain" else
                                                 "Pharmacy Services"),
                10, h=5)
    d.text_line(f"cc: {f['pharm'] if k != 'approve' else f['newph']} (NPI {f['npi']})", 8.5, h=4.5)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    if k == "approve":
        return truth("other", None, f["lang"], insurer=f["ins"], member_id=f["mid"], member_name=f["member"],
                     denial_date=iso(f["date"]), provider=f["newph"],
                     alternates={"provider": [None], **({"member_id": [f["sid"]]} if f["ins"] == GC else {})})
    dl = {"notice30": iso(days(f["date"], 30)), "date": iso(f["by"]), "notice60": iso(days(f["date"], 60))}[
        "notice60" if k == "es" else f["app"]]
    fills = f["fills"]
    alts: dict = {"provider": [f["presc"] if k == "prescriber" else f["aprov"]]}
    if k == "prescriber":
        alts["provider"] = [f["presc"]]
    if f["ins"] == GC:
        alts["member_id"] = [f["sid"]]
    if k == "two":
        alts["claim_amount"] = [m2(fills[1]["amt"]), m2(round(fills[0]["amt"] + fills[1]["amt"], 2))]
    return truth("denial_letter", "eligibility", f["lang"], insurer=f["ins"], member_id=f["mid"],
                 member_name=f["member"], case_numbers=[y["icn"] for y in fills], claim_amount=m2(fills[0]["amt"]),
                 service_dates=[iso(y["d"]) for y in fills], denial_date=iso(f["date"]), provider=f["pharm"],
                 appeal_deadline=dl, alternates=alts, denial_alternates=["other"])


# (stem, condition, kind, issuer, label set, date style, money style, appeal wording)
PLAN = [
    ("medicaid_pharmacy_lock_in_denial_bd_other_pharmacy", "born_digital", "keyword", TY, 0, "long", "plain",
     "notice30"),
    ("medicaid_pharmacy_lock_in_denial_bd_other_prescriber", "born_digital", "prescriber", GC, 1, "slash", "plain",
     "notice60"),
    ("medicaid_pharmacy_lock_in_denial_scan_plain_words", "scan_clean_300", "plain", TY, 2, "abbr", "plain", "date"),
    ("medicaid_pharmacy_lock_in_denial_lowres_change_approved", "scan_lowres_150", "approve", GC, 0, "dmy", "plain",
     "notice60"),
    ("medicaid_pharmacy_lock_in_denial_copy_spanish", "photocopy", "es", GC, 0, "es", "es", "notice60"),
    ("medicaid_pharmacy_lock_in_denial_phone_action_box", "phone_photo", "table", TY, 1, "iso", "nosign", "notice30"),
    ("medicaid_pharmacy_lock_in_denial_faxs_two_fills", "fax_standard_g4", "two", TY, 2, "upper", "plain", "date"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, lab, ds, ms, app) in enumerate(PLAN):
        f = facts(random.Random(97600 + i), kind, ins, lab, ds, ms, app)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
