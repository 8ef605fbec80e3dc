"""Family 'otc_covid_test_kit_reimbursement_denial': plan and PBM letters, a member reimbursement statement and
member reimbursement claim forms with the plan's reply on over-the-counter (OTC) at-home COVID-19 antigen test
kits bought at a retailer or pharmacy and sent in for reimbursement.

Invented at first sight (all names, IDs, amounts fictional). Issuers: Tamberlane Rx Solutions (PBM; logo word
"TAMBERLANE" over a rule, "Pharmacy benefits for the Orchard Vale Employees Health Plan"), Halvorsen Health Plan
(return-address block at the right; claim form "Member Reimbursement Form - Over-the-Counter COVID-19 Tests"),
Plan de Salud Mirasol (Spanish letter, centred name). Reasons: more than 8 tests per member per 30 days (member
letter with a table of the tests already reimbursed in the 30-day window as a decoy; a point-of-sale pharmacy
claim rejected with NCPDP reject 76 behind a fax cover), bought after the program ended (Spanish letter; a claim
form photographed with the plan's "DENIED" stamp), receipt without the UPC barcode number (reply letter in front of
the member's claim form), bulk resale cases from an online marketplace, and one claim paid at $12 per test.
Decoys: date of birth, date received, earlier purchases, program end date, UPCs, RxBIN/PCN, NCPDP and NPI numbers,
Rx numbers, phone and fax numbers, amount paid, the $12 limit.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "otc_covid_test_kit_reimbursement_denial"
LANG = "en"
TAM, HAL, MIR = "Tamberlane Rx Solutions", "Halvorsen Health Plan", "Plan de Salud Mirasol"
TAM_PLAN = "Orchard Vale Employees Health Plan"
ADDR = {TAM: ("PO Box 60218", "Lubbock, TX 79401"), HAL: ("PO Box 4471", "Duluth, MN 55802"),
        MIR: ("Apartado 9021", "Santa Ana, CA 92701")}
PRODUCTS = [("SwiftSure COVID-19 Antigen Self-Test", 2, 23.99), ("ClearLine At-Home COVID-19 Test", 1, 11.49),
            ("VeriNasal Rapid Antigen Test, 2-pack", 2, 19.88), ("Lumora COVID-19 Home Test Kit", 2, 27.50)]
STORES = [("Fernhill Pharmacy #0412", "1180 Quarry Street, Duluth, MN 55802"),
          ("Bramblecourt Drug", "45 Fenwick Avenue, Erie, PA 16501"),
          ("Lindqvist Family Pharmacy", "702 Lantern Way, Fargo, ND 58102"),
          ("QuickCart Supercenter Pharmacy", "3300 Harbor View Road, Macon, GA 31201")]
END = {HAL: dt.date(2026, 4, 30), MIR: dt.date(2026, 3, 31), TAM: dt.date(2026, 9, 30)}


def fake_phone(r: Rand) -> str:
    """Toll-free numbers in the 555-01xx block set aside for fiction."""
    return f"1-{r.choice(['800', '855', '877', '888'])}-555-01{r.digits(2)}"

def upc(r: Rand) -> str:
    return "0" + r.digits(11)


def purchases(r: Rand, start: dt.date, n_dates: int, boxes: tuple[int, int], prod: int | None = None) -> list:
    """Rows (date, product, tests per box, boxes, price per box, upc)."""
    out, d = [], start
    for _ in range(n_dates):
        p = PRODUCTS[prod if prod is not None else r.randrange(len(PRODUCTS))]
        out.append((d, p[0], p[1], r.randint(*boxes), p[2], upc(r)))
        d = d + dt.timedelta(days=r.randint(3, 9))
    return out


def total(rows: list) -> float:
    return round(sum(b * price for _, _, _, b, price, _ in rows), 2)


def tests(rows: list) -> int:
    return sum(t * b for _, _, t, b, _, _ in rows)


def letterhead(d: Doc, ins: str, f: dict) -> None:
    a = ADDR[ins]
    if ins == TAM:
        d.text_line("TAMBERLANE", 22, "B")
        d.rule(0.8, 1.2)
        d.text_line(f"{TAM}  |  Pharmacy benefits for the {TAM_PLAN}", 8.5)
        d.text_line(f"{a[0]}, {a[1]}  |  Member Services {f['ph']}  |  TTY 711", 8.5)
    elif ins == HAL:
        y = d.get_y()
        d.set_xy(120, y)
        for i, ln in enumerate((HAL, "Member Reimbursement Unit", *a, f"Phone {f['ph']}")):
            d.set_x(120)
            d.font(12 if i == 0 else 9, "B" if i == 0 else "")
            d.cell(0, 5 if i == 0 else 4.2, ln, new_x="LMARGIN", new_y="NEXT")
    else:
        d.text_line(MIR, 16, "B", align="C")
        d.text_line(f"{a[0]}  -  {a[1]}  -  Servicios al Miembro {f['ph']} (TTY 711)", 8.5, align="C")
    d.ln(6)


def kv(d: Doc, rows: list, w: float = 52, size: float = 10) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, size * 0.52, k)
        d.font(size)
        d.cell(0, size * 0.52, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def addressee(d: Doc, f: dict) -> None:
    for ln in (f["member"][0], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(4)


def purchase_table(d: Doc, rows: list, ds: str, es: bool = False, show_upc: bool = True, mstyle: str = "plain"):
    if es:
        head = ["Fecha de compra", "Producto", "Pruebas", "Cajas", "Precio", "Total"]
    else:
        head = ["Purchase date", "Product", "Tests/box", "Boxes", "Price", "Amount"]
    widths = [28, 74, 18, 14, 20, 24]
    if show_upc and not es:
        head = head[:2] + ["UPC"] + head[2:]
        widths = [26, 56, 28, 16, 12, 18, 22]
    body = []
    for dd, prod, t, b, price, u in rows:
        line = [fmt_date(dd, ds), prod[:34], str(t), str(b), fmt_money(price, mstyle), fmt_money(b * price, mstyle)]
        if show_upc and not es:
            line.insert(2, u)
        body.append(line)
    tot = ["*" + ("Total reclamado" if es else "Total claimed")] + [""] * (len(head) - 2) + \
        [fmt_money(total(rows), mstyle)]
    d.table(head, body + [tot], widths, size=8.4, aligns="LLLRRRR"[:len(head)] if show_upc and not es
            else "LLRRRR")


def member_block(r: Rand, lang: str = "en") -> dict:
    return dict(member=r.person(lang), addr=r.address(lang), dob=dt.date(r.randint(1950, 2001), r.randint(1, 12),
                                                                          r.randint(1, 28)))


# ---------------------------------------------------------------- 0: PBM letter, over 8 tests per 30 days
def over_limit_letter(i: int):
    r = Rand(207500 + i)
    f = member_block(r)
    f.update(ph=fake_phone(r), mid="TRX" + r.digits(9), grp="OV-" + r.digits(5))
    dec = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 40))
    earlier = purchases(r, dec - dt.timedelta(days=30), 2, (2, 2), prod=0)  # 8 tests already paid
    this = purchases(r, earlier[-1][0] + dt.timedelta(days=4), 1, (2, 3), prod=2)
    store, saddr = STORES[1]
    claim = f"RX-{r.digits(4)}-{r.digits(6)}"
    prior = f"RX-{r.digits(4)}-{r.digits(6)}"
    recv = dec - dt.timedelta(days=r.randint(6, 14))
    d = Doc("Helvetica", footer=f"{TAM}  |  OTC test reimbursement  |  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, TAM, f)
    d.text_line(fmt_date(dec, "long"))
    d.ln(3)
    addressee(d, f)
    d.text_line("Your request for reimbursement of at-home COVID-19 tests was denied", 12.5, "B")
    d.ln(2)
    kv(d, [("Member", f["member"][0]), ("Member ID", f["mid"]), ("Group", f["grp"]),
           ("Date of birth", fmt_date(f["dob"], "slash")), ("Claim number", claim),
           ("Date received", fmt_date(recv, "slash")), ("Store", f"{store}, {saddr}")])
    d.para(f"Dear {f['member'][1]} {f['member'][3]}: We reviewed your request to be paid back for over-the-counter "
           f"COVID-19 tests you bought at {store} on {fmt_date(this[0][0], 'long')}. You asked for "
           f"{fmt_money(total(this))} for {tests(this)} tests.")
    d.text_line("What you bought", 11, "B")
    purchase_table(d, this, "slash")
    d.text_line("Why we denied your request", 11, "B")
    d.para(f"Your plan pays for up to 8 over-the-counter COVID-19 tests per member in any 30-day period. In the 30 "
           f"days before this purchase we already paid you for 8 tests (claim {prior}). The tests on this request "
           "are over that limit, so we cannot pay for them. A box of two tests counts as two tests.")
    d.table(["Already reimbursed", "Product", "Tests", "Paid"],
            [[fmt_date(dd, "slash"), p[:34], str(t * b), fmt_money(min(price, 12 * t) * b)]
             for dd, p, t, b, price, _ in earlier], [34, 80, 20, 30], size=8.4, aligns="LLRR")
    d.para("Tests your doctor orders and a lab processes are covered under your medical benefit and do not count "
           "toward this limit.")
    d.text_line("If you disagree", 11, "B")
    d.para(f"You may appeal. Send your appeal in writing within 180 days of the date of this letter to {TAM}, "
           f"Appeals, {ADDR[TAM][0]}, {ADDR[TAM][1]}, or fax it to {fake_phone(r)}. Include this letter and your "
           f"receipt. Questions? Call {f['ph']} (TTY 711).")
    t = truth("denial_letter", "not_covered", insurer=TAM, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"][0], case_numbers=[claim], claim_amount=m2(total(this)),
              service_dates=[iso(x[0]) for x in this], denial_date=iso(dec), provider=store,
              appeal_deadline=iso(dec + dt.timedelta(days=180)),
              alternates={"insurer": [TAM_PLAN]}, denial_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: paid statement at $12 per test
def paid_statement(i: int):
    r = Rand(207500 + i)
    f = member_block(r)
    f.update(ph=fake_phone(r), mid="HHP" + r.digits(8), grp=r.digits(6))
    dec = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 60))
    d1 = dec - dt.timedelta(days=r.randint(20, 35))
    rows = [(d1, PRODUCTS[0][0], 2, 2, 29.99, upc(r)),
            (d1 + dt.timedelta(days=r.randint(3, 8)), PRODUCTS[1][0], 1, 2, 11.49, upc(r))]
    store = STORES[0][0]
    claim = "MR" + r.digits(10)
    paid = round(sum(min(price, 12 * t) * b for _, _, t, b, price, _ in rows), 2)
    d = Doc("Helvetica")
    d.add_page()
    letterhead(d, HAL, f)
    d.set_y(18)
    d.text_line("MEMBER REIMBURSEMENT STATEMENT", 14, "B")
    d.text_line("This is not a bill.", 9)
    d.set_y(52)
    addressee(d, f)
    d.boxes([("Statement date", fmt_date(dec, "abbr"), 32), ("Member ID", f["mid"], 34), ("Group no.", f["grp"], 24),
             ("Reimbursement no.", claim, 36), ("Patient", f["member"][0], 54)], h=11, value_size=8.6)
    d.ln(4)
    d.para(f"We received your Member Reimbursement Form for over-the-counter COVID-19 tests bought at {store}. "
           "We pay up to $12.00 per test (or the price you paid, if lower), up to 8 tests per member every 30 days.")
    body = []
    for dd, p, t, b, price, _ in rows:
        body.append([fmt_date(dd, "slash"), p[:32], str(t * b), fmt_money(b * price), fmt_money(min(price, 12 * t) * b)])
    body.append(["*Totals", "", str(tests(rows)), fmt_money(total(rows)), fmt_money(paid)])
    d.table(["Date bought", "Product", "Tests", "You claimed", "We paid"], body, [28, 74, 16, 30, 30], size=8.8,
            aligns="LLRRR", head_fill=True)
    d.para(f"Payment of {fmt_money(paid)} was sent to you by check on {fmt_date(dec, 'abbr')}. The amount over "
           "$12.00 per test is not reimbursable and is your cost. Tests counted toward your 30-day limit: "
           f"{tests(rows)} of 8.")
    d.para(f"If you think we made a mistake, you may ask for an appeal within 180 days of the date of this statement. "
           f"Call {f['ph']} (TTY 711) or write to {HAL}, Appeals, {ADDR[HAL][0]}, {ADDR[HAL][1]}.", 9)
    t = truth("eob", None, insurer=HAL, member_id=f["mid"], group_number=f["grp"], member_name=f["member"][0],
              case_numbers=[claim], claim_amount=m2(total(rows)), service_dates=[iso(x[0]) for x in rows],
              denial_date=iso(dec), provider=store, type_alternates=["other"],
              alternates={"appeal_deadline": [iso(dec + dt.timedelta(days=180))]})
    return pdf_bytes(d), t


def claim_form(d: Doc, f: dict, rows: list, store: tuple, signed: dt.date, upc_blank: bool,
               plan_box: tuple | None = None) -> None:
    """Halvorsen's member reimbursement form, filled in by the member (Courier as if typed)."""
    d.add_page()
    d.text_line(HAL, 11, "B")
    d.text_line("MEMBER REIMBURSEMENT FORM - OVER-THE-COUNTER COVID-19 TESTS", 12, "B")
    d.text_line("Use one form per member. Attach the itemized store receipt showing the date, the product and "
                "its UPC barcode number.", 8)
    d.ln(2)
    m = f["member"]
    d.boxes([("1. Member name (first, MI, last)", f"{m[1]} {m[2]}. {m[3]}", 70), ("2. Member ID", f["mid"], 50),
             ("3. Group number", f["grp"], 30), ("4. Date of birth", fmt_date(f["dob"], "slash"), 30)],
            value_size=9.5)
    d.boxes([("5. Mailing address", f"{f['addr'][0]}, {f['addr'][1]}", 120),
             ("6. Daytime phone", f["mph"], 60)], value_size=9.5)
    d.boxes([("7. Store or pharmacy name", store[0], 80), ("8. Store address", store[1], 100)], value_size=9)
    d.ln(2)
    d.text_line("9. Tests purchased", 9, "B")
    body = []
    for dd, p, t, b, price, u in rows:
        body.append([fmt_date(dd, "slash"), p[:36], "" if upc_blank else u, str(t), str(b), fmt_money(b * price)])
    body.append(["*Total amount requested", "", "", "", "", fmt_money(total(rows))])
    d.table(["Date purchased", "Product name", "UPC (12 digits)", "Tests/box", "Qty", "Amount"], body,
            [28, 64, 32, 18, 12, 26], size=8.6, aligns="LLLRRR", border_head="TB")
    d.text_line("10. I certify that these tests are for my personal use or the use of my covered family member "
                "and not for resale,", 8)
    d.text_line("and that I have not been paid back for them by any other plan or account (FSA/HSA).", 8)
    d.ln(3)
    d.font(10)
    d.cell(120, 6, f"Member signature:  /s/ {m[1]} {m[3]}")
    d.cell(0, 6, f"Date: {fmt_date(signed, 'slash')}", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    y = d.get_y()
    d.rect(d.l_margin, y, 180, 22)
    d.set_xy(d.l_margin + 2, y + 1)
    d.font(7.5, "B")
    d.cell(0, 4, "FOR PLAN USE ONLY", new_x="LMARGIN", new_y="NEXT")
    if plan_box:
        for ln in plan_box:
            d.set_x(d.l_margin + 2)
            d.set_font("Courier", "", 9)
            d.cell(0, 4.4, ln, new_x="LMARGIN", new_y="NEXT")
    d.set_y(y + 26)
    d.text_line(f"Mail to: {HAL}, Member Reimbursement Unit, {ADDR[HAL][0]}, {ADDR[HAL][1]}.  Form HHP-OTC-7 (01/26)",
                7.5)


# ---------------------------------------------------------------- 2: reply letter + claim form, receipt without UPC
def upc_missing(i: int):
    r = Rand(207500 + i)
    f = member_block(r)
    f.update(ph=fake_phone(r), mph=f"({r.digits(3)}) 555-{r.digits(4)}", mid="HHP" + r.digits(8), grp=r.digits(6))
    dec = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 40))
    rows = purchases(r, dec - dt.timedelta(days=r.randint(40, 50)), 2, (1, 2), prod=3)
    store = STORES[2]
    signed = rows[-1][0] + dt.timedelta(days=5)
    recv = signed + dt.timedelta(days=r.randint(6, 10))
    ref = f"{r.digits(3)}-{r.digits(5)}-OTC"
    deadline = dec + dt.timedelta(days=180)
    d = Doc("Helvetica")
    d.add_page()
    letterhead(d, HAL, f)
    d.set_y(18)
    d.text_line(fmt_date(dec, "dmy"), 10.5)
    d.set_y(50)
    addressee(d, f)
    d.text_line(f"Re: Member reimbursement form received {fmt_date(recv, 'dmy')}", 11, "B")
    kv(d, [("Reference no.:", ref), ("Member ID:", f["mid"]), ("Group:", f["grp"]),
           ("Amount requested:", fmt_money(total(rows))), ("Store:", store[0])], w=42)
    d.para(f"Dear {f['member'][1]} {f['member'][3]},")
    d.para("Thank you for your form for over-the-counter COVID-19 tests bought on "
           + " and ".join(fmt_date(x[0], "dmy") for x in rows) + ". We are unable to pay this request.")
    d.para("Reason: the receipt you sent does not show the UPC (the 12-digit barcode number) of the tests, and the "
           "UPC boxes on your form are empty. We need the UPC to confirm that each item is an FDA-authorized "
           "COVID-19 test. Without it the request is denied.")
    d.para("What you can do: ask the store for an itemized receipt that shows the UPC, or cut the barcode from "
           "the test box, and send it with a copy of this letter. You may also appeal this decision. Your new "
           f"receipt or appeal must reach us by {fmt_date(deadline, 'dmy')}.")
    d.para(f"Member Reimbursement Unit, {HAL}. Phone {f['ph']} (TTY 711).", 9.5)
    d.text_line("Enclosure: copy of your form", 9)
    claim_form(d, f, rows, store, signed, True,
               plan_box=(f"Rec'd {fmt_date(recv, 'slash')}   Ref {ref}", "Status: DENIED - UPC not on receipt"))
    t = truth("denial_letter", "other", insurer=HAL, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"][0], case_numbers=[ref], claim_amount=m2(total(rows)),
              service_dates=[iso(x[0]) for x in rows], denial_date=iso(dec), provider=store[0],
              appeal_deadline=iso(deadline), denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: PBM letter, bulk resale cases
def resale(i: int):
    r = Rand(207500 + i)
    f = member_block(r)
    f.update(ph=fake_phone(r), mid="TRX" + r.digits(9), grp="OV-" + r.digits(5))
    dec = dt.date(2026, 5, 4) + dt.timedelta(days=r.randint(0, 50))
    seller = "Gadwall Online Marketplace (seller: Brisk Wholesale Medical)"
    bought = dec - dt.timedelta(days=r.randint(20, 30))
    rows = [(bought, "SwiftSure Antigen Test - professional case, 25 tests", 25, 2, 187.50, upc(r))]
    claim = f"RX-{r.digits(4)}-{r.digits(6)}"
    deadline = dec + dt.timedelta(days=180)
    d = Doc("Helvetica")
    d.add_page()
    letterhead(d, TAM, f)
    d.text_line("NOTICE OF DENIED REIMBURSEMENT REQUEST", 13, "B", align="C")
    d.ln(3)
    kv(d, [("Notice date", fmt_date(dec, "upper")), ("Member", f["member"][0]), ("Member ID", f["mid"]),
           ("Group", f["grp"]), ("Request number", claim), ("Purchased from", seller),
           ("Purchase date", fmt_date(bought, "upper")), ("Amount requested", fmt_money(total(rows), "usd"))], w=46)
    addressee(d, f)
    d.para(f"We received your request to be paid back {fmt_money(total(rows), 'usd')} for two cases of 25 "
           "COVID-19 antigen tests each (50 tests) that you bought online.")
    d.text_line("Decision: Denied", 11, "B")
    d.para("The tests are sold in bulk cases marked \"Professional use - not for individual retail sale\". Your "
           "plan pays only for over-the-counter tests sold to consumers for personal use, up to 8 tests per member "
           "every 30 days. Tests bought in bulk or for resale are not a covered benefit. We could not pay part "
           "of the request because the cases cannot be split into individually packaged tests.")
    d.table(["UPC", "Product", "Cases", "Tests", "Price per case"],
            [[rows[0][5], rows[0][1], "2", "50", fmt_money(187.50, "usd")]], [30, 84, 16, 16, 30], size=8.4,
            aligns="LLRRR")
    d.text_line("Your right to appeal", 11, "B")
    d.para(f"If you disagree, you or someone you name may appeal. We must receive your written appeal no later "
           f"than {fmt_date(deadline, 'upper')}. Mail it to {TAM}, Member Appeals, {ADDR[TAM][0]}, {ADDR[TAM][1]}. "
           f"For help call {f['ph']}; TTY 711. RxBIN 610{r.digits(3)}  PCN OVX{r.digits(2)}.")
    t = truth("denial_letter", "not_covered", insurer=TAM, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"][0], case_numbers=[claim], claim_amount=m2(total(rows)),
              service_dates=[iso(bought)], denial_date=iso(dec), provider="Gadwall Online Marketplace",
              appeal_deadline=iso(deadline), alternates={"insurer": [TAM_PLAN],
                                                         "provider": ["Brisk Wholesale Medical"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: Spanish letter, bought after the program ended
def spanish_ended(i: int):
    r = Rand(207500 + i)
    f = member_block(r, "es")
    f.update(ph=fake_phone(r), mid="MS-" + r.digits(7), grp=r.digits(5))
    end = END[MIR]
    bought = end + dt.timedelta(days=r.randint(8, 25))
    dec = bought + dt.timedelta(days=r.randint(25, 40))
    rows = [(bought, "Prueba casera COVID-19 VeriNasal (2 pruebas)", 2, 2, 19.88, upc(r))]
    store = "Farmacia San Lázaro"
    claim = "RB-" + r.digits(8)
    d = Doc("Helvetica")
    d.add_page()
    letterhead(d, MIR, f)
    d.text_line(f"Santa Ana, {fmt_date(dec, 'es')}")
    d.ln(3)
    addressee(d, f)
    d.text_line("Aviso de denegación de reembolso - pruebas caseras de COVID-19", 12, "B")
    d.ln(2)
    kv(d, [("Afiliado(a):", f["member"][0]), ("Número de afiliado:", f["mid"]), ("Grupo:", f["grp"]),
           ("Número de reclamación:", claim), ("Farmacia:", store), ("Cantidad reclamada:", fmt_money(total(rows)))],
       w=50)
    d.para(f"Estimado(a) {f['member'][1]} {f['member'][3]}:")
    d.para(f"Recibimos su solicitud de reembolso por pruebas de COVID-19 de venta libre que compró en {store} el "
           f"{fmt_date(bought, 'es')}. Lamentamos informarle que no podemos pagar su solicitud.")
    d.para(f"Motivo: el programa de reembolso de pruebas caseras de COVID-19 de {MIR} terminó el "
           f"{fmt_date(end, 'es')}. Las pruebas compradas después de esa fecha no tienen cobertura. Las pruebas "
           "que ordene su médico y que procese un laboratorio siguen cubiertas por su beneficio médico.")
    purchase_table(d, rows, "es", es=True)
    d.text_line("Su derecho a apelar", 11, "B")
    d.para(f"Si no está de acuerdo con esta decisión, puede apelar por escrito dentro de 60 días a partir de la "
           f"fecha de esta carta. Envíe su apelación a {MIR}, Departamento de Apelaciones, {ADDR[MIR][0]}, "
           f"{ADDR[MIR][1]}. Llame al {f['ph']} (TTY 711), de lunes a viernes, de 8 a.m. a 8 p.m.")
    d.para("Atentamente,\nUnidad de Reembolsos a Miembros")
    t = truth("denial_letter", "not_covered", "es", insurer=MIR, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"][0], case_numbers=[claim], claim_amount=m2(total(rows)),
              service_dates=[iso(bought)], denial_date=iso(dec), provider=store,
              appeal_deadline=iso(dec + dt.timedelta(days=60)), denial_alternates=["eligibility"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: point-of-sale reject notice (behind a fax cover)
def pos_reject(i: int):
    r = Rand(207500 + i)
    f = member_block(r)
    f.update(ph=fake_phone(r), mid="TRX" + r.digits(9), grp="OV-" + r.digits(5))
    filled = dt.date(2026, 6, 1) + dt.timedelta(days=r.randint(0, 60))
    dec = filled + dt.timedelta(days=r.randint(1, 4))
    store, saddr = STORES[3]
    rows = [(filled, PRODUCTS[0][0], 2, 3, 23.99, upc(r))]
    claim = f"{r.digits(11)}"
    d = Doc("Helvetica")
    d.add_page()
    letterhead(d, TAM, f)
    d.text_line("Pharmacy Claim Denial Notice", 13, "B")
    d.text_line(f"Date of notice: {fmt_date(dec, 'iso')}", 10)
    d.ln(2)
    d.text_line(f"To: {f['member'][0]}    cc: {store}", 10)
    d.ln(2)
    d.table(["Field", "Value"], [
        ["Member ID", f["mid"]], ["Group", f["grp"]], ["Date of birth", fmt_date(f["dob"], "iso")],
        ["Claim ID", claim], ["Pharmacy", f"{store}, {saddr}"], ["Pharmacy NCPDP / NPI", f"{r.digits(7)} / {r.npi()}"],
        ["Date of service (fill date)", fmt_date(filled, "iso")], ["Rx number", r.digits(7)],
        ["Item", f"{PRODUCTS[0][0]} x3 boxes (6 tests)"], ["Submitted amount", fmt_money(total(rows))],
        ["Reject code", "76 - Plan limitations exceeded"]], [62, 118], size=9)
    d.para(f"On {fmt_date(filled, 'iso')} {store} sent us a claim for 6 over-the-counter COVID-19 tests at the "
           "counter. We denied the claim. Your plan covers up to 8 tests per member in a rolling 30-day period, "
           "and pharmacy records show 4 tests already covered in the 30 days before this fill. Six more would bring "
           "you to 10. The pharmacy may fill up to 4 tests now; the rest may be covered after the 30-day period.")
    d.text_line("Appeal rights", 11, "B")
    d.para("You, your pharmacy or your doctor may ask us to review this decision. Your request must be made within "
           f"180 days of the date of this notice. Call {f['ph']} (TTY 711) or fax {fake_phone(r)}.")
    t = truth("denial_letter", "not_covered", insurer=TAM, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"][0], case_numbers=[claim], claim_amount=m2(total(rows)),
              service_dates=[iso(filled)], denial_date=iso(dec), provider=store,
              appeal_deadline=iso(dec + dt.timedelta(days=180)), alternates={"insurer": [TAM_PLAN]},
              denial_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: claim form with the plan's DENIED stamp
def stamped_form(i: int):
    r = Rand(207500 + i)
    f = member_block(r)
    f.update(ph=fake_phone(r), mph=f"({r.digits(3)}) 555-{r.digits(4)}", mid="HHP" + r.digits(8), grp=r.digits(6))
    end = END[HAL]
    rows = purchases(r, end + dt.timedelta(days=r.randint(5, 20)), 1, (1, 2), prod=0)
    store = STORES[0]
    signed = rows[0][0] + dt.timedelta(days=3)
    stamp_d = signed + dt.timedelta(days=r.randint(12, 20))
    ref = "MR" + r.digits(10)
    d = Doc("Helvetica")
    claim_form(d, f, rows, store, signed, False, plan_box=(f"Claim {ref}", f"Rec'd {fmt_date(signed + dt.timedelta(days=6), 'slash')}"))
    x, y = 60, 150
    if True:  # a straight rubber stamp
        d.set_draw_color(150, 20, 20)
        d.set_text_color(150, 20, 20)
        d.set_line_width(1.0)
        d.rect(x, y, 96, 40)
        d.set_xy(x, y + 2)
        d.set_font("Helvetica", "B", 22)
        d.cell(96, 10, "DENIED", align="C")
        d.set_font("Helvetica", "B", 8.5)
        for k, ln in enumerate((f"{HAL.upper()}", f"DATE {fmt_date(stamp_d, 'slash')}   CLAIM {ref}",
                                f"PURCHASED AFTER PROGRAM END DATE {fmt_date(end, 'slash')}",
                                "APPEAL WITHIN 180 DAYS OF THIS DATE")):
            d.set_xy(x, y + 13 + k * 5.6)
            d.cell(96, 5, ln, align="C")
    d.set_text_color(0, 0, 0)
    d.set_draw_color(0, 0, 0)
    t = truth("denial_letter", "not_covered", insurer=HAL, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"][0], case_numbers=[ref], claim_amount=m2(total(rows)),
              service_dates=[iso(x[0]) for x in rows], denial_date=iso(stamp_d), provider=store[0],
              appeal_deadline=iso(stamp_d + dt.timedelta(days=180)), denial_alternates=["eligibility"],
              type_alternates=["other"])
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    return [
        Item(f"{FAMILY}_bd_pbm_over_8_tests_per_30_days", "born_digital", [over_limit_letter(0)]),
        Item(f"{FAMILY}_bd_paid_12_per_test_statement", "born_digital", [paid_statement(1)]),
        Item(f"{FAMILY}_scan300_reply_and_form_receipt_without_upc", "scan_clean_300", [upc_missing(2)]),
        Item(f"{FAMILY}_lowres_bulk_resale_cases", "scan_lowres_150", [resale(3)]),
        Item(f"{FAMILY}_copy_spanish_after_program_end", "photocopy", [spanish_ended(4)]),
        Item(f"{FAMILY}_fax_cover_pharmacy_reject_76_limit", "fax_standard_g4", [pos_reject(5)],
             separators=["cover"]),
        Item(f"{FAMILY}_phone_form_denied_stamp_program_ended", "phone_photo", [stamped_form(6)]),
    ]
