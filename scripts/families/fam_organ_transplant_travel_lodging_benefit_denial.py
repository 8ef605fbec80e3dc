"""Family 'organ_transplant_travel_lodging_benefit_denial': health plans' letters and reimbursement statements on
travel and lodging claims for a transplant at a Center of Excellence (mileage, airfare, hotel nights, a companion).

Everything is invented: Kestrelmoor Health Plan (letters in a sans and a serif layout, a Spanish letter) and
Auberon Mutual Health Insurance Company (a ruled "Transplant Travel & Lodging Reimbursement Statement" and a
letter), the transplant centers, hotels, coordinators and members. Kinds: hotel nights over the $50 per-night
lodging limit (paid in part, mileage paid); a second companion's airfare and room (statement; one companion covered);
follow-up travel after the $10,000 lifetime travel maximum was used up; a claim without itemized hotel folio and
receipts; mileage for three clinic days when the center is less than 60 miles from home (faxed); a companion's
travel for a follow-up visit after the first year (Spanish); lodging after the benefit period ended 90 days after
discharge (statement). Decoys: transplant and discharge dates, the hotel (name, phone, confirmation number), the
transplant coordinator, request-received dates, mileage rates and per-night limits, amounts paid earlier, the
amount paid on this claim, the lifetime maximum and the date the benefit period ended.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "organ_transplant_travel_lodging_benefit_denial"
LANG = "en"
KM = "Kestrelmoor Health Plan"
AU = "Auberon Mutual Health Insurance Company"
CENTERS = ["Halcyon Ridge Transplant Institute", "St. Brigid of the Lakes Transplant Center",
           "Wexmoor University Hospital Transplant Center"]
HOTELS = [("Marlowe Suites Downtown", "221 Tanner Street"), ("Larkhaven Extended Stay", "9 Commons Loop"),
          ("Gable House Hospitality Lodge", "1407 Orchard Terrace")]
COORD = ["Renske Abubakar, RN", "Tevita Lindholm, RN", "Priyanka Castellanos, RN", "Oisin Nakagawa, RN"]
FIRST = ["Ngozi", "Lars", "Amihan", "Radu", "Chiara", "Tenzin", "Zofia", "Kofi", "Aroha", "Emeric"]
LAST = ["Szczepanski", "Mabuza", "Villanueva-Roe", "Ekström", "Okonkwo", "Dalca", "Whitcombe", "Tamatea"]
FIRST_ES = ["Evangelina", "Rigoberto", "Marisela"]
LAST_ES = ["Arismendi", "Quiñones", "Valderrama"]

# kind -> (insurer, document type, denial type, denial alternates, type alternates)
KINDS = {
    "per_diem_partial": (KM, "denial_letter", "not_covered", ["other"], ["eob"]),
    "second_companion": (AU, "eob", "not_covered", ["other", "eligibility"], ["denial_letter"]),
    "lifetime_max": (KM, "denial_letter", "not_covered", ["other"], []),
    "receipts_missing": (AU, "denial_letter", "other", ["not_covered"], []),
    "mileage_distance": (KM, "denial_letter", "not_covered", ["eligibility", "other"], []),
    "companion_es": (KM, "denial_letter", "not_covered", ["other", "eligibility"], []),
    "after_period": (AU, "eob", "not_covered", ["other"], ["denial_letter"]),
}


def fd_of(style: str):
    if style == "dmy1":
        return lambda x: x.strftime("%-d %b %Y")
    return lambda x: fmt_date(x, style)


def facts(i: int, kind: str, ds: str, ms: str) -> dict:
    r = Rand(180700 + i)
    es = kind.endswith("_es")
    first = r.choice(FIRST_ES if es else FIRST)
    last = r.choice(LAST_ES if es else LAST)
    mid = r.choice("ABCDEFGHJKLMNPRSTVW")
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 140))
    ins = KINDS[kind][0]
    hotel = r.choice(HOTELS)
    f = dict(kind=kind, ins=ins, fd=fd_of(ds), mo=lambda v: fmt_money(v, ms), notice=notice,
             name=f"{first} {mid}. {last}", first=first, last=last, addr=list(r.address("es" if es else "en")),
             center=r.choice(CENTERS), hotel=hotel[0], hotel_addr=hotel[1], hotel_ph=f"({r.randint(301, 979)}) 555-{r.digits(4)}",
             conf="HC" + r.digits(8), coord=r.choice(COORD), ph=r.phone(), fax=r.phone(),
             dob=dt.date(r.randint(1950, 1998), r.randint(1, 12), r.randint(1, 28)))
    if ins == KM:
        f["mid"] = "KHP" + r.digits(9)
        f["group"] = r.digits(5) + "-" + r.letters(2)
        f["claim"] = "TR" + r.digits(9)
        f["case"] = "TX-" + r.digits(6)
    else:
        f["mid"] = "AU" + r.digits(9)
        f["group"] = "G-" + r.digits(7)
        f["claim"] = r.digits(4) + "-" + r.digits(7)
        f["case"] = None
    f["received"] = notice - dt.timedelta(days=r.randint(12, 30))
    end = f["received"] - dt.timedelta(days=r.randint(6, 20))
    nights = {"per_diem_partial": 8, "second_companion": 6, "lifetime_max": 2, "receipts_missing": 5,
              "companion_es": 3, "after_period": 12, "mileage_distance": 0}[kind]
    f["start"], f["end"], f["nights"] = end - dt.timedelta(days=nights), end, nights
    f["tx_date"] = f["start"] - dt.timedelta(days={"lifetime_max": 120, "after_period": 100, "companion_es": 420}
                                              .get(kind, r.randint(2, 6)))
    f["discharge"] = f["tx_date"] + dt.timedelta(days=9)
    f["period_end"] = f["discharge"] + dt.timedelta(days=90)
    rate = float(r.choice([159, 174, 189, 212]))
    miles = r.choice([286, 342, 418, 496])
    mrate = 0.21
    fmt_mi = lambda m: round(m * mrate, 2)  # noqa: E731
    if kind == "mileage_distance":
        d1 = notice - dt.timedelta(days=r.randint(40, 50))
        f["trip_dates"] = [d1, d1 + dt.timedelta(days=7), d1 + dt.timedelta(days=14)]
        lines = [(x, None, "Mileage, home to clinic and back, 82 miles", fmt_mi(82)) for x in f["trip_dates"]]
    elif kind == "second_companion":
        lines = [(f["start"], None, "Airfare, companion 2 (outbound)", 318.40),
                 (f["end"], None, "Airfare, companion 2 (return)", 296.75),
                 (f["start"], f["end"], f"Second hotel room, {nights} nights", round(rate * nights, 2))]
    elif kind == "companion_es":
        lines = [(f["start"], f["end"], f"Hotel del acompañante, {nights} noches", round(rate * nights, 2)),
                 (f["start"], None, f"Millaje del acompañante, {miles} millas", fmt_mi(miles))]
    else:
        lines = [(f["start"], f["end"], f"Lodging, {nights} nights at {fmt_money(rate)}",
                  round(rate * nights, 2)),
                 (f["start"], f["end"], f"Mileage, round trip, {miles} miles at $0.21", fmt_mi(miles))]
    f["lines"] = lines
    f["total"] = round(sum(x[3] for x in lines), 2)
    f["rate"], f["miles"] = rate, miles
    if kind == "per_diem_partial":
        f["paid"] = round(50.0 * nights + fmt_mi(miles), 2)
    return f


def km_head(d: Doc, f: dict, serif: bool, fax_to: str | None = None) -> None:
    fd = f["fd"]
    if fax_to:
        d.text_line(f"FAX  {fmt_date(f['notice'], 'slash')}  KESTRELMOOR TRANSPLANT BENEFITS  {f['fax']}  ->  {fax_to}"
                    "   Pg 1", 7.5, h=4)
        d.ln(2)
    if serif:
        d.set_font("Times", "B", 20)
        d.cell(0, 9, "KESTRELMOOR", new_x="LMARGIN", new_y="NEXT")
        d.text_line("Health Plan  -  Transplant Centers of Excellence Program", 9.5, h=4.5)
        d.text_line("PO Box 3318, Wexmoor, OR 97322  |  Transplant case management " + f["ph"], 8, h=4.5)
        d.ln(4)
        d.text_line("Date: " + fd(f["notice"]), 11, h=5.5)
    else:
        d.text_line(KM, 16, "B", h=8)
        d.text_line("Transplant Centers of Excellence  |  Travel and Lodging Benefit  |  " + f["ph"], 8.5, h=4.5)
        d.rule(0.5, 5)
        d.text_line(fd(f["notice"]), 10.5, h=5)
    d.ln(2)
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5)
    d.ln(5)


def pairs(d: Doc, rows: list, w: float = 55, size: float = 10) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, 5, k + ":")
        d.font(size)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def dates_of(f: dict, a: dt.date, b: dt.date | None) -> str:
    return f["fd"](a) if b is None else f"{f['fd'](a)} - {f['fd'](b)}"


def line_table(d: Doc, f: dict, paid: list[float] | None = None, size: float = 8.6) -> None:
    mo = f["mo"]
    if paid is None:
        rows = [[dates_of(f, a, b), desc, mo(amt)] for a, b, desc, amt in f["lines"]]
        rows.append(["*Total claimed", "", mo(f["total"])])
        d.table(["Date(s)", "Expense", "Amount claimed"], rows, [64, 86, 30], size=size, aligns="LLR")
    else:
        rows = [[dates_of(f, a, b), desc, mo(amt), mo(p)] for (a, b, desc, amt), p in zip(f["lines"], paid)]
        rows.append(["*Total", "", mo(f["total"]), mo(sum(paid))])
        d.table(["Date(s)", "Expense", "Claimed", "Paid"], rows, [64, 68, 24, 24], size=size, aligns="LLRR")


def appeal_km(f: dict, how: str) -> str:
    fd = f["fd"]
    lead = {"days": "You may appeal within 180 days of the date of this letter. ",
            "date": f"We must receive your appeal by {fd(f['notice'] + dt.timedelta(days=180))}. "}[how]
    return (lead + f"Write to {KM}, Appeals Unit, PO Box 3340, Wexmoor, OR 97322, or fax {f['fax']}. Include this "
            "letter and any receipts or records you want us to consider. You may also ask for an external review "
            "after our final decision.")


def km_letter(f: dict) -> bytes:
    fd, mo, k = f["fd"], f["mo"], f["kind"]
    serif = k == "lifetime_max"
    d = Doc("Times" if serif else "Helvetica", footer="KHP-TX-TL-04   page {p} of {n}")
    d.add_page()
    km_head(d, f, serif, fax_to=f["center"].upper() + " SOCIAL WORK" if k == "mileage_distance" else None)
    title = {"per_diem_partial": "Travel and lodging reimbursement: paid in part",
             "lifetime_max": "Your travel and lodging claim is denied",
             "mileage_distance": "Mileage reimbursement denied"}[k]
    d.text_line(title, 13, "B", h=7)
    rows = [("Member", f["name"]), ("Member ID", f["mid"]), ("Group", f["group"]),
            ("Reimbursement claim no.", f["claim"]), ("Transplant case no.", f["case"]),
            ("Transplant center", f["center"]), ("Transplant coordinator", f["coord"]),
            ("Request received", fd(f["received"]))]
    if k == "mileage_distance":
        rows.insert(6, ("Clinic visit dates", ", ".join(fd(x) for x in f["trip_dates"])))
    else:
        rows.insert(6, ("Travel dates", f"{fd(f['start'])} to {fd(f['end'])}"))
        rows.insert(7, ("Hotel", f"{f['hotel']}, {f['hotel_addr']}, {f['hotel_ph']}"))
    pairs(d, rows, size=10.5 if serif else 9.8)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    if k == "per_diem_partial":
        paid = [50.0 * f["nights"], f["lines"][1][3]]
        d.para(f"Thank you for sending your receipts for your stay near {f['center']} for your transplant on "
               f"{fd(f['tx_date'])}. Your plan pays lodging up to $50.00 per night for you and your companion "
               f"together, and mileage at $0.21 a mile. Your hotel charged {mo(f['rate'])} a night. We paid "
               f"{mo(paid[0])} for the {f['nights']} nights and all of the mileage, a total of {mo(f['paid'])}. The "
               "rest of the hotel charge is over the per-night lodging limit and is not covered.", 10)
        line_table(d, f, paid)
    elif k == "lifetime_max":
        d.para(f"Your plan pays up to $10,000.00 in your lifetime for travel and lodging for a transplant at a "
               f"Center of Excellence. We have already paid $10,000.00 for your travel and lodging for your transplant "
               f"at {f['center']} on {fd(f['tx_date'])}. Your travel benefit has reached its lifetime maximum, so "
               "we cannot pay this claim for your follow-up visit.", 10.5)
        line_table(d, f)
    else:
        d.para(f"You asked us to pay mileage for three clinic days at {f['center']}. Your plan pays travel only when "
               "the Center of Excellence is more than 60 miles from your home. The center is 41 miles from your "
               "home, so mileage to the center is not covered under your travel and lodging benefit.", 10)
        line_table(d, f)
    d.text_line("Your right to appeal", 11, "B", h=6)
    d.para(appeal_km(f, "date" if serif else "days"), 9.8)
    d.para(f"Sincerely,\nTransplant Benefits Team\n{KM}", 10)
    return pdf_bytes(d)


def km_letter_es(f: dict) -> bytes:
    fd, mo = f["fd"], f["mo"]
    d = Doc("DejaVu", footer="KHP-TX-TL-04S   página {p} de {n}")
    d.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    d.add_page()
    d.text_line(KM, 16, "B", h=8)
    d.text_line("Centros de Excelencia para Trasplantes  |  Beneficio de viaje y alojamiento  |  " + f["ph"], 8.5, h=4.5)
    d.rule(0.5, 5)
    d.text_line(fd(f["notice"]), 10.5, h=5)
    d.ln(2)
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5)
    d.ln(5)
    d.text_line("Su reclamo de viaje y alojamiento fue negado", 13, "B", h=7)
    pairs(d, [("Miembro", f["name"]), ("Núm. de miembro", f["mid"]), ("Grupo", f["group"]),
              ("Núm. de reclamo", f["claim"]), ("Caso de trasplante", f["case"]),
              ("Centro de trasplantes", f["center"]), ("Fechas del viaje", f"{fd(f['start'])} al {fd(f['end'])}"),
              ("Hotel", f"{f['hotel']}, {f['hotel_ph']}"), ("Fecha de recibo", fd(f["received"]))], size=9.8)
    d.para(f"Estimado(a) {f['first']} {f['last']}:", 10.5)
    d.para(f"Usted pidió que le reembolsemos el viaje y el hotel de su acompañante para su visita de control en "
           f"{f['center']}. Su trasplante fue el {fd(f['tx_date'])}. Su plan cubre los gastos de un acompañante "
           "solo durante el primer año después del trasplante. Esta visita fue después de ese año, por lo que los "
           "gastos del acompañante no están cubiertos. Sus propios gastos de viaje no forman parte de este reclamo.",
           10)
    rows = [[dates_of(f, a, b), desc, mo(amt)] for a, b, desc, amt in f["lines"]]
    rows.append(["*Total reclamado", "", mo(f["total"])])
    d.table(["Fecha(s)", "Gasto", "Monto reclamado"], rows, [72, 78, 30], size=8.6, aligns="LLR")
    d.text_line("Su derecho a apelar", 11, "B", h=6)
    d.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Escriba a Kestrelmoor Health Plan, "
           f"Unidad de Apelaciones, PO Box 3340, Wexmoor, OR 97322, o envíe un fax al {f['fax']}.", 9.8)
    d.para(f"Atentamente,\nEquipo de Beneficios de Trasplante\n{KM}", 10)
    return pdf_bytes(d)


def au_head(d: Doc, f: dict) -> None:
    d.text_line(AU, 14, "B", h=7)
    d.text_line("Transplant Travel Services  -  2 Ferrous Way, Calder Springs, NE 68504  -  " + f["ph"], 8.2, h=4.5)
    d.ln(4)


def au_statement(f: dict) -> bytes:
    fd, mo, k = f["fd"], f["mo"], f["kind"]
    d = Doc("Helvetica", footer="AMH-TTL-STMT  {p}/{n}   This is not a bill.")
    d.add_page()
    au_head(d, f)
    d.text_line("Transplant Travel & Lodging Reimbursement Statement", 12.5, "B", h=7)
    d.boxes([("Statement date", fd(f["notice"]), 36), ("Member", f["name"], 62), ("Member ID", f["mid"], 44),
             ("Group", f["group"], 36)], value_size=9.5)
    d.boxes([("Claim number", f["claim"], 36), ("Transplant center", f["center"], 88),
             ("Date received", fd(f["received"]), 54)], value_size=9.5)
    d.boxes([("Transplant date", fd(f["tx_date"]), 36), ("Hotel", f["hotel"], 88),
             ("Hotel confirmation #", f["conf"], 54)], value_size=9.5)
    d.ln(5)
    code = "T21" if k == "second_companion" else "T34"
    rows = [[dates_of(f, a, b), desc, mo(amt), mo(0), code] for a, b, desc, amt in f["lines"]]
    rows.append(["*Total", "", mo(f["total"]), mo(0), ""])
    d.table(["Date(s)", "Expense", "Claimed", "Paid", "Code"], rows, [50, 78, 22, 18, 12], size=8.2,
            aligns="LLRRL", head_fill=True)
    d.text_line("Codes", 10, "B", h=5.5)
    if k == "second_companion":
        d.para("T21: Your plan covers travel and lodging for you and one companion. We already paid for one companion "
               "on this trip. Expenses for a second companion are not covered.", 9.2)
    else:
        d.para(f"T34: Lodging is covered until 90 days after you leave the hospital after your transplant. You left "
               f"the hospital on {fd(f['discharge'])}, so the lodging benefit ended on {fd(f['period_end'])}. "
               "Lodging and travel after that date are not covered.", 9.2)
    d.text_line("Appeal rights", 10, "B", h=5.5)
    d.para(f"You may appeal within 180 days of the date of this statement. Write to {AU}, Appeals, 2 Ferrous Way, "
           f"Calder Springs, NE 68504, or call {f['ph']}. An external review is available after the final decision.",
           9)
    return pdf_bytes(d)


def au_letter(f: dict) -> bytes:
    fd, mo = f["fd"], f["mo"]
    d = Doc("Helvetica", footer="AMH-TTL-RM  Page {p} of {n}")
    d.add_page()
    au_head(d, f)
    d.text_line(fd(f["notice"]), 10.5, h=5)
    d.ln(2)
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5)
    d.ln(5)
    d.text_line("We could not pay your travel claim: receipts are missing", 12.5, "B", h=7)
    pairs(d, [("Patient", f["name"]), ("ID number", f["mid"]), ("Group no.", f["group"]), ("Claim ID", f["claim"]),
              ("Transplant center", f["center"]), ("Dates of travel", f"{fd(f['start'])} through {fd(f['end'])}"),
              ("Total claimed", mo(f["total"])), ("Received", fd(f["received"]))], w=45)
    d.para(f"Dear {f['first']} {f['last']},", 10.5)
    d.para(f"We received your claim for lodging and mileage for your transplant care at {f['center']}. To pay "
           "lodging we need the hotel's itemized folio showing each night and the amount paid; a credit card "
           "statement is not enough. To pay mileage we need your mileage log with the addresses and dates. Your "
           "claim came with neither, so we denied it.", 10)
    line_table(d, f)
    d.para("If you send the folio and the log, we will look at the claim again. You can also appeal: send your "
           "appeal within 180 days after you receive this letter to Appeals, 2 Ferrous Way, Calder Springs, NE "
           f"68504, or call {f['ph']}.", 9.8)
    d.para(f"Transplant Travel Services\n{AU}", 10)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    ins, doc_type, denial, dalts, talts = KINDS[k]
    n = f["notice"]
    cases = [f["claim"]] + ([f["case"]] if f["case"] else [])
    alts = {}
    if f["case"]:
        alts["case_numbers"] = [[f["claim"]]]
    if k == "mileage_distance":
        svc = [iso(x) for x in f["trip_dates"]]
    else:
        svc = [iso(f["start"], f["end"])]
        alt = [[iso(f["start"])]]
        if k == "second_companion":
            alt.append([iso(f["start"]), iso(f["end"])])
            alt.append([iso(f["start"]), iso(f["end"]), iso(f["start"], f["end"])])
        alts["service_dates"] = alt
    dl = iso(n + dt.timedelta(days=180))
    if k == "receipts_missing":
        dl = None
        alts["appeal_deadline"] = [iso(n + dt.timedelta(days=180))]
    if k == "per_diem_partial":
        alts["claim_amount"] = [m2(f["total"] - f["paid"])]
    return truth(doc_type, denial, "es" if k.endswith("_es") else "en", insurer=ins, group_number=f["group"],
                 member_id=f["mid"], member_name=f["name"], case_numbers=cases, claim_amount=m2(f["total"]),
                 service_dates=svc, denial_date=iso(n), provider=f["center"], appeal_deadline=dl,
                 alternates=alts, denial_alternates=dalts, type_alternates=talts)


PLAN_ROWS = [
    ("bd_letter_hotel_over_per_night_limit_paid_in_part", "born_digital", "per_diem_partial", "long", "plain"),
    ("bd_statement_second_companion_not_covered", "born_digital", "second_companion", "slash", "plain"),
    ("scan300_letter_lifetime_travel_maximum_reached", "scan_clean_300", "lifetime_max", "dmy1", "plain"),
    ("photocopy_letter_hotel_folio_and_mileage_log_missing", "photocopy", "receipts_missing", "iso", "plain"),
    ("faxfine_letter_mileage_center_within_60_miles", "fax_fine_g4", "mileage_distance", "abbr", "plain"),
    ("phone_carta_acompanante_despues_del_primer_ano", "phone_photo", "companion_es", "es", "plain"),
    ("lowres_statement_lodging_after_benefit_period", "scan_lowres_150", "after_period", "slash", "nosign"),
]


def build(f: dict) -> bytes:
    k = f["kind"]
    if k == "companion_es":
        return km_letter_es(f)
    if k in ("second_companion", "after_period"):
        return au_statement(f)
    if k == "receipts_missing":
        return au_letter(f)
    return km_letter(f)


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds, ms) in enumerate(PLAN_ROWS):
        f = facts(i, kind, ds, ms)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    return items
