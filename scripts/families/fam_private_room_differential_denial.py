"""Family 'private_room_differential_denial': hospital-stay EOBs, member letters, a provider remittance and an
appeal decision that pay only the semi-private room rate (revenue code 0120) for a private room (0110) and deny the
difference as not medically necessary (no isolation ordered), or deny convenience items (television rental, guest
meals); one letter approving the private room because isolation was ordered; one Spanish EOB. Written at first
sight (round AS, famasc); everything invented.

Issuers: Kestrelwood Health Insurance Company (member EOBs, letters, appeal decision), Brightmoor Community Health
Plan (member letters, provider remittance), Plan de Salud Mirador (Spanish EOB). Hospitals: St. Ilse Regional
Medical Center, Tenpenny Valley Hospital, Hospital San Bartolo. Decoys: admitting physician, hospital NPI and
patient account number, daily rates, the allowed and paid amounts, the member's date of birth, the date the claim
was received, plan-year deductible.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "private_room_differential_denial"
LANG = "en"
KW, BM, MI = "Kestrelwood Health Insurance Company", "Brightmoor Community Health Plan", "Plan de Salud Mirador"
ADDR = {KW: ("PO Box 20417", "Cedar Rapids Falls, IA 52499"), BM: ("77 Foundry Square", "Lowell Ridge, MA 01899"),
        MI: ("PO Box 5521", "San Antonio Viejo, TX 78299")}
HOSP = {"stilse": ("St. Ilse Regional Medical Center", "2400 Marrow Hill Road, Cedar Rapids Falls, IA 52404"),
        "tenpenny": ("Tenpenny Valley Hospital", "19 Kiln Street, Lowell Ridge, MA 01852"),
        "sanbartolo": ("Hospital San Bartolo", "801 Avenida Encino, San Antonio Viejo, TX 78207")}
FIRST = ["Agnieszka", "Tavita", "Bodhi", "Ilse", "Kofi", "Marjatta", "Anouk", "Rahim", "Setareh", "Cormac"]
LAST_ASCII = ["Wisniewska", "Faleolo", "Haverkamp", "Mensah", "Lahtinen", "Brandvold", "Siddiqui", "Tehrani",
              "Brannagh", "Vandersloot"]
FIRST_ES = ["Abigail", "Fulgencio", "Marisela", "Teodoro"]
LAST_ES = ["Garza-Leal", "Cantú", "Villarreal", "Zúñiga"]
DOCS = ["Dr. Ngozi H. Eze", "Dr. Pieter J. Roux", "Dr. Yusra K. Haddad", "Dr. Alasdair F. Munro"]


class R(random.Random):
    def digits(self, n):
        return "".join(self.choice("0123456789") for _ in range(n))

    def pat(self, p):
        return "".join(self.choice("ACDEFGHJKLMNPRTUVWXY") if c == "A" else self.choice("0123456789") if c == "9"
                       else c for c in p)


def facts(i: int, kind: str, ins: str, hosp: str, ds: str, lang: str = "en") -> dict:
    r = R(163600 + i)
    adm = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 180))
    nights = r.randint(3, 7)
    dis = adm + dt.timedelta(days=nights)
    dec = dis + dt.timedelta(days=r.randint(18, 45))
    if lang == "es":
        first, last = r.choice(FIRST_ES), r.choice(LAST_ES)
    else:
        first, last = r.choice(FIRST), LAST_ASCII[r.randrange(len(LAST_ASCII))]
    mi = r.choice("BCDEFGHJKLMNPRSTW")
    semi = float(r.choice([1480, 1625, 1790, 1935]))
    priv = semi + float(r.choice([240, 310, 385, 425]))
    tv = float(r.choice([12, 15, 18]))
    meals = float(r.choice([14.5, 16.75, 19.25]))
    other = [("0250", "Pharmacy", round(r.randint(600, 2400) + r.random(), 2)),
             ("0300", "Laboratory", round(r.randint(400, 1500) + r.random(), 2)),
             ("0450", "Emergency room", round(r.randint(900, 3100) + r.random(), 2))]
    return dict(i=i, kind=kind, ins=ins, hosp=HOSP[hosp][0], haddr=HOSP[hosp][1], ds=ds, lang=lang, adm=adm,
                dis=dis, nights=nights, dec=dec, received=dis + dt.timedelta(days=r.randint(3, 9)),
                mem=(f"{first} {mi}. {last}", first, mi, last),
                addr=(f"{r.randint(11, 9900)} {r.choice(['Tamarack Row', 'Grist Mill Lane', 'Calle Nogal', 'Heron Point Dr'])}",
                      r.choice(["Marion Springs, IA 52302", "Dracut Falls, MA 01826", "Seguin Park, TX 78155"])),
                dob=dt.date(r.randint(1944, 1990), r.randint(1, 12), r.randint(1, 28)),
                mid=r.pat({KW: "KWH-9999-99999", BM: "BM99999999", MI: "MIR 9999 9999"}[ins]),
                grp=r.pat("99999-AA") if ins == KW else (r.pat("G999999") if ins == BM else None),
                claim=r.pat({KW: "K26-9999999-00", BM: "BM2699999999", MI: "MR-26-99999"}[ins]),
                ref=r.pat("APL-26-99999"), acct=r.pat("PA99999999"), hnpi=r.choice("12") + r.digits(9),
                doc=r.choice(DOCS), semi=semi, priv=priv, tv=tv, meals=meals, other=other,
                ph=f"1-8{r.randint(0, 8)}{r.randint(0, 9)}-555-{r.digits(4)}")


def charges(f: dict, room_code: str = "0110", conv: bool = False) -> list:
    n = f["nights"]
    rate = f["priv"] if room_code == "0110" else f["semi"]
    rows = [(room_code, f"Room & board, {'private' if room_code == '0110' else 'semi-private'} ({n} days x "
             f"{fmt_money(rate)})", round(rate * n, 2))]
    rows += f["other"]
    if conv:
        rows.append(("0990", f"Television rental ({n} days)", round(f["tv"] * n, 2)))
        rows.append(("0990", "Guest meal trays (4)", round(f["meals"] * 4, 2)))
    return rows


def letterhead(d: Doc, f: dict) -> None:
    ins, a = f["ins"], ADDR[f["ins"]]
    if ins == KW:
        d.text_line("Kestrelwood", 22, "B")
        d.text_line(f"{KW}  ·  {a[0]}, {a[1]}", 8.5)
        d.rule(0.5, 1.5)
    elif ins == BM:
        d.text_line(BM.upper(), 13, "B")
        d.text_line(f"{a[0]}  |  {a[1]}  |  {f['ph']}", 8.5)
        d.rule(1.0, 1.5)
    else:
        d.text_line(MI, 16, "B")
        d.text_line(f"{a[0]} · {a[1]} · Servicios para Miembros {f['ph']} (TTY 711)", 8.5)
        d.rule(0.5, 1.5)
    d.ln(4)


def addressee(d: Doc, f: dict):
    for ln in (f["mem"][0], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(4)


def kv(d: Doc, rows, w=50, size=10):
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, 5.3, k)
        d.font(size)
        d.cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def member_eob(d: Doc, f: dict) -> None:
    """Kestrelwood member EOB: private room billed, semi-private allowed, difference denied."""
    d.add_page()
    letterhead(d, f)
    ds = f["ds"]
    d.text_line("EXPLANATION OF BENEFITS - HOSPITAL STAY", 13, "B")
    d.text_line("This is not a bill. Keep it for your records.", 9)
    d.ln(2)
    d.boxes([("Statement date", fmt_date(f["dec"], ds), 38), ("Patient", f["mem"][0], 56),
             ("Member ID", f["mid"], 44), ("Group no.", f["grp"], 38)])
    d.ln(1)
    d.boxes([("Claim number", f["claim"], 48), ("Hospital", f["hosp"], 80), ("Received", fmt_date(f["received"], ds),
                                                                          48)])
    d.ln(4)
    addressee(d, f)
    d.text_line(f"Admitted {fmt_date(f['adm'], ds)} - Discharged {fmt_date(f['dis'], ds)}   "
                f"Attending: {f['doc']}", 9.5)
    d.ln(2)
    rows, tb = [], 0.0
    n = f["nights"]
    for code, desc, amt in charges(f):
        if code == "0110":
            allowed = round(f["semi"] * n * 0.82, 2)
            rows.append([code, desc, fmt_money(amt), fmt_money(allowed), fmt_money(round(amt - f["semi"] * n, 2)),
                         "R7"])
        else:
            rows.append([code, desc, fmt_money(amt), fmt_money(round(amt * 0.78, 2)), "0.00", ""])
        tb += amt
    f["total"] = round(tb, 2)
    f["diff"] = round((f["priv"] - f["semi"]) * n, 2)
    rows.append(["*Total", "", fmt_money(f["total"]), "", fmt_money(f["diff"]), ""])
    d.table(["Rev", "Description", "Billed", "Allowed", "Not covered", "Code"], rows, [14, 78, 24, 24, 26, 12],
            size=8.5, aligns="LLRRRL")
    d.text_line("Explanation of codes", 10, "B")
    d.para(f"R7 - Your plan pays for a semi-private room. A private room is covered only when your doctor orders "
           f"isolation or a private room is medically necessary. No isolation order was in the hospital record, so "
           f"we allowed the semi-private rate of {fmt_money(f['semi'])} per day and denied the difference of "
           f"{fmt_money(f['priv'] - f['semi'])} per day as not medically necessary. You may be billed for the "
           "difference.", 9.5)
    d.para("Plan-year deductible met: $1,500.00 of $1,500.00. Out-of-pocket met: $2,870.00 of $6,000.00.", 9)
    d.text_line("Your right to appeal", 10, "B")
    d.para(f"You may file an appeal within 180 days from the date of this statement. Call {f['ph']} or write to "
           f"{KW}, Appeals, {ADDR[KW][0]}, {ADDR[KW][1]}.", 9.5)


def approval_letter(d: Doc, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    ds = f["ds"]
    d.text_line(fmt_date(f["dec"], ds), 10.5)
    d.ln(3)
    addressee(d, f)
    d.text_line("Your private room has been approved", 13, "B")
    d.ln(2)
    kv(d, [("Member", f["mem"][0]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Claim number", f["claim"]),
           ("Hospital", f["hosp"]), ("Dates of stay", f"{fmt_date(f['adm'], ds)} to {fmt_date(f['dis'], ds)}")], 40)
    total = round(sum(a for _, _, a in charges(f)), 2)
    f["total"] = total
    d.para(f"Dear {f['mem'][1]} {f['mem'][3]}, we reviewed the claim from {f['hosp']} for your stay. The hospital "
           f"billed {fmt_money(total)}, including a private room (revenue code 0110) at {fmt_money(f['priv'])} per "
           "day. Your plan normally pays the semi-private rate (revenue code 0120). In your case the attending "
           f"physician, {f['doc']}, ordered contact isolation on the day you were admitted. A private room was "
           "medically necessary, so we approved the full private-room rate for all days of the stay.")
    d.para("You will not be billed for the difference between the private and semi-private rates. Any amount you "
           "owe will be your usual deductible and coinsurance, shown on your Explanation of Benefits.")
    d.para(f"Questions? Call Member Services at {f['ph']}.")
    d.para("Sincerely,\nClaims Review, Brightmoor Community Health Plan" if f["ins"] == BM else
           "Sincerely,\nClaims Review", 10)


def denial_letter(d: Doc, f: dict, conv: bool) -> None:
    d.add_page()
    letterhead(d, f)
    ds = f["ds"]
    d.text_line(fmt_date(f["dec"], ds), 10.5)
    d.ln(3)
    addressee(d, f)
    d.text_line("Notice of Adverse Benefit Determination", 13, "B")
    d.ln(2)
    n = f["nights"]
    ch = charges(f, "0120" if conv else "0110", conv)
    total = round(sum(a for _, _, a in ch), 2)
    f["total"] = total
    rows = [("Patient:", f["mem"][0]), ("Member ID:", f["mid"])]
    if f["grp"]:
        rows.append(("Group:", f["grp"]))
    rows += [("Claim:", f["claim"]), ("Hospital:", f"{f['hosp']} (NPI {f['hnpi']})"),
             ("Admission:", fmt_date(f["adm"], ds)), ("Discharge:", fmt_date(f["dis"], ds)),
             ("Total charges:", fmt_money(total)), ("Date of birth:", fmt_date(f["dob"], ds))]
    kv(d, rows, 36)
    if conv:
        denied = round(f["tv"] * n + f["meals"] * 4, 2)
        f["denied"] = denied
        d.table(["Rev code", "Item", "Billed", "Decision"],
                [["0990", f"Television rental ({n} days)", fmt_money(f["tv"] * n), "Denied"],
                 ["0990", "Guest meal trays (4)", fmt_money(f["meals"] * 4), "Denied"],
                 ["0120", f"Semi-private room ({n} days)", fmt_money(f["semi"] * n), "Paid"]],
                [22, 80, 30, 30], size=9, aligns="LLRL")
        d.text_line("Why we denied these items", 11, "B")
        d.para("Your plan does not cover personal comfort and convenience items. A television rental and meals for "
               "guests are convenience items; they are not needed to treat your illness. The rest of the stay was "
               f"processed under your inpatient benefit. The hospital may bill you the {fmt_money(denied)} for these "
               "items.")
    else:
        diff = round((f["priv"] - f["semi"]) * n, 2)
        f["denied"] = diff
        d.text_line("What we decided", 11, "B")
        d.para(f"{f['hosp']} billed revenue code 0110 (private room) at {fmt_money(f['priv'])} a day for {n} days. "
               f"We paid the semi-private room rate (revenue code 0120) of {fmt_money(f['semi'])} a day. We denied "
               f"the private room difference of {fmt_money(diff)}.")
        d.text_line("Why", 11, "B")
        d.para("A private room is covered only when it is medically necessary, for example when the doctor orders "
               "isolation for an infection or to protect a patient with a weak immune system. The records from "
               f"{f['hosp']} show no isolation order and no other medical reason for a private room. The private "
               f"room was not medically necessary. The admitting physician was {f['doc']}.")
    d.text_line("How to appeal", 11, "B")
    days = 180
    d.para(f"If you disagree, send a written appeal within {days} days of the date of this letter to "
           f"{f['ins']}, Member Appeals, {ADDR[f['ins']][0]}, {ADDR[f['ins']][1]}. You may send records or a letter "
           "from your doctor. If your plan is subject to ERISA, you may also have the right to bring a civil action "
           "after your appeal. External review may be available after the plan's final decision.")
    d.para(f"Member Services: {f['ph']} (TTY 711)", 9.5)


def remittance(d: Doc, f: dict) -> None:
    """Brightmoor provider remittance to the hospital (landscape-ish table)."""
    d.add_page()
    letterhead(d, f)
    ds = f["ds"]
    d.text_line("PROVIDER REMITTANCE ADVICE", 13, "B")
    d.ln(1)
    d.boxes([("Remit date", fmt_date(f["dec"], ds), 34), ("Payee", f["hosp"], 72), ("Payee NPI", f["hnpi"], 34),
             ("Check/EFT", "EFT " + f["acct"][2:], 36)])
    d.ln(4)
    n = f["nights"]
    d.font(8.5, "B")
    d.cell(0, 5, f"PATIENT: {f['mem'][3].upper()}, {f['mem'][1].upper()} {f['mem'][2]}   MEMBER ID: {f['mid']}   "
                 f"ICN: {f['claim']}", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 5, f"PAT ACCT: {f['acct']}", new_x="LMARGIN", new_y="NEXT")
    d.font(9)
    d.cell(0, 5, f"STMT FROM {fmt_date(f['adm'], ds)} THRU {fmt_date(f['dis'], ds)}   TYPE OF BILL 0111   "
                 f"RECEIVED {fmt_date(f['received'], ds)}", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    rows, tb = [], 0.0
    for code, desc, amt in charges(f):
        if code == "0110":
            allow = round(f["semi"] * n, 2)
            rows.append([code, "Room & board, private", f"{n}", fmt_money(amt, 'nosign'), fmt_money(allow, 'nosign'),
                         fmt_money(amt - allow, 'nosign'), "PR-96 N130"])
        else:
            rows.append([code, desc, "1", fmt_money(amt, 'nosign'), fmt_money(amt, 'nosign'), "0.00", ""])
        tb += amt
    f["total"] = round(tb, 2)
    f["diff"] = round((f["priv"] - f["semi"]) * n, 2)
    rows.append(["*CLAIM TOTALS", "", "", fmt_money(f["total"], 'nosign'), fmt_money(f["total"] - f["diff"], 'nosign'),
                 fmt_money(f["diff"], 'nosign'), ""])
    d.table(["REV", "DESCRIPTION", "UNITS", "BILLED", "ALLOWED", "DENIED", "ADJ / RARC"], rows,
            [14, 62, 14, 26, 26, 22, 28], size=8.2, aligns="LLRRRRL")
    d.text_line("Adjustment and remark codes", 9.5, "B")
    d.para("PR-96 Non-covered charge(s). N130 Consult plan benefit documents/guidelines for information about "
           "restrictions for this service. Private room accommodation paid at the semi-private rate: no physician "
           "order for isolation and no medical necessity for a private room. The member may be billed the "
           "difference.", 8.8)
    d.para(f"Provider reconsideration requests must be received within 90 days of the remit date. Members may "
           f"appeal within 180 days of their EOB. Provider services {f['ph']}.", 8.8)


def spanish_eob(d: Doc, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    d.text_line("Explicación de Beneficios (EOB) - Estancia en el hospital", 13, "B")
    d.text_line("Esto no es una factura.", 9)
    d.ln(2)
    kv(d, [("Fecha del estado de cuenta:", fmt_date(f["dec"], "es")), ("Paciente:", f["mem"][0]),
           ("Número de miembro:", f["mid"]), ("Número de reclamación:", f["claim"]), ("Hospital:", f["hosp"]),
           ("Ingreso:", fmt_date(f["adm"], "es_abbr")), ("Alta:", fmt_date(f["dis"], "es_abbr"))], 58, 9.5)
    addressee(d, f)
    n = f["nights"]
    rows, tb = [], 0.0
    for code, desc, amt in charges(f):
        es = {"0110": f"Habitación privada ({n} días x {fmt_money(f['priv'])})", "0250": "Farmacia",
              "0300": "Laboratorio", "0450": "Sala de emergencias"}[code]
        if code == "0110":
            rows.append([code, es, fmt_money(amt), fmt_money(f["semi"] * n), fmt_money(amt - f["semi"] * n), "HP"])
        else:
            rows.append([code, es, fmt_money(amt), fmt_money(amt * 0.8), "0.00", ""])
        tb += amt
    f["total"] = round(tb, 2)
    f["diff"] = round((f["priv"] - f["semi"]) * n, 2)
    rows.append(["*Total", "", fmt_money(f["total"]), "", fmt_money(f["diff"]), ""])
    d.table(["Código", "Servicio", "Facturado", "Permitido", "No cubierto", "Nota"], rows, [16, 76, 24, 24, 24, 12],
            size=8.5, aligns="LLRRRL")
    d.para(f"HP - Su plan paga una habitación semiprivada (código 0120). La habitación privada se cubre solo si el "
           f"médico ordena aislamiento. No hubo orden de aislamiento; la diferencia de {fmt_money(f['diff'])} no es "
           "médicamente necesaria y no está cubierta.", 9.5)
    d.para(f"Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de este estado de cuenta. "
           f"Llame al {f['ph']} o escriba a {MI}, {ADDR[MI][0]}, {ADDR[MI][1]}.", 9.5)


def appeal_upheld(d: Doc, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    ds = f["ds"]
    d.text_line(fmt_date(f["dec"], ds), 10.5)
    d.ln(3)
    addressee(d, f)
    d.text_line("First-Level Appeal Decision", 13, "B")
    d.ln(2)
    n = f["nights"]
    total = round(sum(a for _, _, a in charges(f)), 2)
    f["total"] = total
    f["diff"] = round((f["priv"] - f["semi"]) * n, 2)
    kv(d, [("Appeal number:", f["ref"]), ("Claim number:", f["claim"]), ("Member:", f["mem"][0]),
           ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Facility:", f["hosp"]),
           ("Stay:", f"{fmt_date(f['adm'], ds)} - {fmt_date(f['dis'], ds)}"),
           ("Appeal received:", fmt_date(f["dec"] - dt.timedelta(days=24), ds))], 40)
    d.para(f"You asked us to pay the private room difference of {fmt_money(f['diff'])} from your stay at "
           f"{f['hosp']} (total charges {fmt_money(total)}). A physician reviewer board-certified in internal "
           "medicine reviewed your appeal, the hospital records and the letter from your doctor.")
    d.text_line("Decision: we upheld our original decision", 11, "B")
    d.para("Your doctor's letter says you preferred a quiet room to rest. The records show no isolation order, no "
           "infection that needed isolation and no other medical reason for a private room. The private room "
           "difference is not medically necessary and remains denied. The semi-private rate was paid.")
    d.text_line("Next steps", 11, "B")
    d.para(f"You may ask for a second-level appeal within 60 days of the date of this letter. After the second-level "
           f"decision you may ask for an independent external review within 4 months. Call {f['ph']}.")


def build(f: dict, fn) -> bytes:
    d = Doc("DejaVu")
    d.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    fn(d, f)
    return pdf_bytes(d)


def base(f: dict) -> dict:
    return dict(insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["mem"][0],
                case_numbers=[f["claim"]], claim_amount=m2(f["total"]), service_dates=[iso(f["adm"], f["dis"])],
                denial_date=iso(f["dec"]), provider=f["hosp"])


def documents(rng) -> list[Item]:
    items = []
    dd = lambda f, n: iso(f["dec"] + dt.timedelta(days=n))  # noqa: E731

    f = facts(0, "eob", KW, "stilse", "slash")
    pdf = build(f, member_eob)
    items.append(Item(f"{FAMILY}_bd_member_eob_no_isolation_order", "born_digital",
                      [(pdf, truth("eob", "medical_necessity", appeal_deadline=dd(f, 180),
                                   denial_alternates=["not_covered"],
                                   alternates={"claim_amount": [m2(f["diff"])]}, **base(f)))]))

    f = facts(1, "approve", BM, "tenpenny", "long")
    pdf = build(f, approval_letter)
    items.append(Item(f"{FAMILY}_bd_private_room_approved_isolation", "born_digital",
                      [(pdf, truth("other", None, **base(f)))]))

    f = facts(2, "deny", KW, "stilse", "abbr")
    pdf = build(f, lambda d, ff: denial_letter(d, ff, False))
    items.append(Item(f"{FAMILY}_scan300_letter_private_room_difference", "scan_clean_300",
                      [(pdf, truth("denial_letter", "medical_necessity", appeal_deadline=dd(f, 180),
                                   denial_alternates=["not_covered"],
                                   alternates={"claim_amount": [m2(f["denied"])]}, **base(f)))]))

    f = facts(3, "remit", BM, "tenpenny", "dmy")
    pdf = build(f, remittance)
    items.append(Item(f"{FAMILY}_photocopy_provider_remittance_0110_0120", "photocopy",
                      [(pdf, truth("eob", "medical_necessity", appeal_deadline=dd(f, 90),
                                   denial_alternates=["not_covered"],
                                   alternates={"claim_amount": [m2(f["diff"])], "appeal_deadline": [None]},
                                   **dict(base(f), group_number=None)))]))

    f = facts(4, "conv", BM, "tenpenny", "wlong")
    pdf = build(f, lambda d, ff: denial_letter(d, ff, True))
    items.append(Item(f"{FAMILY}_fax_tv_and_guest_meals_convenience", "fax_fine_g4",
                      [(pdf, truth("denial_letter", "not_covered", appeal_deadline=dd(f, 180),
                                   denial_alternates=["other"],
                                   alternates={"claim_amount": [m2(f["denied"])]}, **base(f)))]))

    f = facts(5, "es", MI, "sanbartolo", "es", "es")
    pdf = build(f, spanish_eob)
    items.append(Item(f"{FAMILY}_phone_spanish_eob_habitacion_privada", "phone_photo",
                      [(pdf, truth("eob", "medical_necessity", "es", appeal_deadline=dd(f, 180),
                                   denial_alternates=["not_covered"],
                                   alternates={"claim_amount": [m2(f["diff"])]}, **base(f)))]))

    f = facts(6, "upheld", KW, "stilse", "iso")
    pdf = build(f, appeal_upheld)
    b = base(f)
    b["case_numbers"] = [f["ref"], f["claim"]]
    items.append(Item(f"{FAMILY}_lowres_first_level_appeal_upheld", "scan_lowres_150",
                      [(pdf, truth("denial_letter", "medical_necessity", appeal_deadline=dd(f, 60),
                                   denial_alternates=["not_covered"],
                                   alternates={"claim_amount": [m2(f["diff"])], "case_numbers": [[f["ref"]]]},
                                   **b))]))
    return items
