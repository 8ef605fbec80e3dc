"""Family 'discount_card_cash_pharmacy_purchase_reimbursement_denial': a member paid cash for a prescription with a
free discount (savings) card instead of the plan's pharmacy benefit, then asked the PBM to reimburse it; refused
because the pharmacy is out of network, or because no claim form or itemized pharmacy receipt came with the request.

Documents: a born-digital PBM reimbursement denial (label column); a scanned pharmacy register receipt (denies
nothing); a photocopied Spanish letter (claim form and receipt missing); a standard-fax stack of a cover, the
member's filled direct member reimbursement form and the PBM's boxed determination; a phone photo of a quarterly
pharmacy claims statement with three fills, the cash reimbursement refused; a sideways upheld appeal with ISO dates;
a low-resolution approval of a reimbursement at the network rate. Decoys: Rx numbers, NDC, RxBIN/PCN and card IDs,
pharmacy NPI/NCPDP, DOB, retail price and card savings, received dates, 72-hour and 4-month limits, form numbers.
All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import FIRST, LAST, Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "discount_card_cash_pharmacy_purchase_reimbursement_denial"
LANG = "en"
SEED = 335400
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CARD = "ThriftRx Savings Card"
DRUGS = [("Valacyclovir 1 g tablet", "30"), ("Rosuvastatin 20 mg tablet", "90"), ("Sumatriptan 50 mg tablet", "9"),
         ("Fluticasone 50 mcg nasal spray", "1"), ("Escitalopram 10 mg tablet", "30")]
PHARMACIES = ["Greer Family Pharmacy", "Lakeshore Apothecary", "Quarry Street Drug", "Pueblo Corner Pharmacy"]


class Page(Doc):
    def __init__(self, foot=None, header=None, margins=(18, 14, 18)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)

    def labels(self, rows, lw=46, size=9.4, h=5.3):
        for lab, val in rows:
            self.font(size, "B")
            self.cell(lw, h, lab)
            self.font(size)
            self.cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


def base(r: Rand, lang: str = "en") -> dict:
    name, first, mi, last = r.person(lang)
    fill = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 100))
    dob = dt.date(r.randint(1950, 2002), r.randint(1, 12), r.randint(1, 28))
    drug, qty = r.choice(DRUGS)
    retail = float(r.randint(60, 240)) + r.choice([0.99, 0.49, 0.0, 0.79])
    paid = round(retail * r.uniform(0.25, 0.5), 2)
    return dict(name=name, first=first, mi=mi, last=last, addr=r.address(lang), fill=fill, dob=dob, ph=r.phone(),
                npi=r.npi(), ncpdp=r.digits(7), rx=r.digits(7), ndc=f"{r.digits(5)}-{r.digits(4)}-{r.digits(2)}",
                drug=drug, qty=qty, retail=retail, paid=paid, pharm=r.choice(PHARMACIES),
                card_id=f"TRX{r.digits(8)}", presc=f"{r.choice(FIRST)} {r.choice(LAST)}")


# ---------------------------------------------------------------- 0: PBM denial letter (born digital)
def doc_denial(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Crestline Pharmacy Benefit Services"
    mid, grp, req = f"CPB{r.digits(9)}", f"RX{r.digits(5)}", f"DMR-{r.digits(8)}"
    notice = f["fill"] + dt.timedelta(days=r.randint(25, 40))
    recv = notice - dt.timedelta(days=r.randint(8, 14))
    d = Page("Crestline Pharmacy Benefit Services · CPBS-DMR-4 · page {p} of {n}", margins=(22, 16, 22))
    d.add_page()
    d.text_line("Crestline", 20, "B", h=9)
    d.text_line("Pharmacy Benefit Services  ·  for members of Northgate Employees Health Plan", 8.8, h=5)
    d.ln(6)
    d.para(f"{fmt_date(notice, 'long')}\n\n{f['name']}\n" + "\n".join(f["addr"]), 10)
    d.text_line("Direct Member Reimbursement - Request Denied", 12, "B", h=7)
    d.labels([("Member", f["name"]), ("Member ID", mid), ("Group", grp), ("RxBIN / PCN", "610884 / CPBS"),
              ("Request number", req), ("Request received", fmt_date(recv, "long")),
              ("Drug", f"{f['drug']}, qty {f['qty']} (NDC {f['ndc']})"), ("Rx number", f["rx"]),
              ("Date filled", fmt_date(f["fill"], "long")), ("Pharmacy", f"{f['pharm']} (NCPDP {f['ncpdp']})"),
              ("Amount you paid", fmt_money(f["paid"]))], lw=42, size=9.4)
    d.ln(3)
    d.para(f"You asked us to pay you back for a prescription you bought at {f['pharm']} and paid for with the "
           f"{CARD}. We cannot approve this request. {f['pharm']} is not in your plan's pharmacy network, and your "
           "plan does not cover prescriptions filled at out-of-network pharmacies except in an emergency or when "
           "you are traveling outside the network area. A discount card is not insurance; a price you paid with it "
           "is not a claim under your plan.", 10)
    d.para("What you can do: fill your prescriptions at a network pharmacy and show your Crestline member ID card. "
           "To find one, use our pharmacy locator.", 10)
    d.para(f"Your right to appeal: you may appeal within 180 days of the date of this letter. If your health is at "
           f"risk, ask for an expedited appeal; we answer within 72 hours. Call {f['ph']} (TTY 711).", 10)
    t = truth("denial_letter", "out_of_network", insurer=ins, group_number=grp, member_id=mid, member_name=f["name"],
              case_numbers=[req], claim_amount=m2(f["paid"]), service_dates=[iso(f["fill"])],
              denial_date=iso(notice), provider=f["pharm"], appeal_deadline=iso(notice + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: pharmacy register receipt (scan 300)
def doc_receipt(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    d = Page(None, margins=(62, 12, 62))
    d.add_page()
    d.set_font("Courier", "B", 11)
    d.cell(0, 6, f["pharm"].upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Courier", "", 8.4)
    save = f["retail"] - f["paid"]
    lines = [f"{f['addr'][0]}", f["addr"][1], f"PH {f['ph']}", f"NPI {f['npi']}  NCPDP {f['ncpdp']}", "-" * 36,
             f"DATE {f['fill'].strftime('%m/%d/%Y')}  REG 2  TRN {r.digits(5)}", f"PATIENT: {f['name'].upper()}",
             f"DOB: {f['dob'].strftime('%m/%d/%Y')}", f"RX# {f['rx']}  FILL 00", f"{f['drug'].upper()[:36]}",
             f"QTY {f['qty']}   NDC {f['ndc']}", f"PRESCRIBER: DR {f['presc'].upper()}", "-" * 36,
             f"{'RETAIL PRICE':<24}{f['retail']:>12.2f}", f"{'THRIFTRX CARD SAVINGS':<24}{-save:>12.2f}",
             f"{'  CARD ID ' + f['card_id']:<36}", f"{'  BIN 004682 PCN TRX':<36}",
             f"{'INSURANCE BILLED':<24}{'NONE':>12}", f"{'TOTAL':<24}{f['paid']:>12.2f}",
             f"{'CASH':<24}{f['paid'] + 20 - f['paid'] % 20:>12.2f}",
             f"{'CHANGE':<24}{20 - f['paid'] % 20:>12.2f}", "-" * 36,
             "CASH PURCHASE - NOT BILLED TO", "INSURANCE. KEEP THIS RECEIPT.", "RETURNS NOT ACCEPTED ON RX ITEMS",
             "THANK YOU"]
    for line in lines:
        d.cell(0, 4.4, line, align="C", new_x="LMARGIN", new_y="NEXT")
    t = truth("other", None, member_name=f["name"], claim_amount=m2(f["paid"]), service_dates=[iso(f["fill"])],
              denial_date=iso(f["fill"]), provider=f["pharm"],
              unscored=["insurer", "member_id", "group_number", "plan_id"],
              alternates={"claim_amount": [m2(f["retail"])], "provider": [f["presc"]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: Spanish letter, no claim form (photocopy)
def doc_es(r: Rand) -> tuple[bytes, dict]:
    f = base(r, "es")
    ins = "Farmacéutica Solvida PBM"
    mid, grp, claim = f"SV-{r.digits(9)}", f"{r.digits(6)}", f"{r.digits(4)}-{r.digits(6)}"
    notice = f["fill"] + dt.timedelta(days=r.randint(20, 35))
    recv = notice - dt.timedelta(days=9)
    d = Page(None, margins=(22, 16, 22))
    d.add_page()
    d.text_line("Farmacéutica Solvida PBM", 16, "B", h=8)
    d.text_line("Administrador de beneficios de farmacia · Apartado 2207, Caguas, PR 00725", 8.6, h=4.6)
    d.ln(6)
    d.para(f"{fmt_date(notice, 'es')}\n\n{f['name']}\n" + "\n".join(f["addr"]), 10)
    d.labels([("Afiliado:", f["name"]), ("Nº de afiliado:", mid), ("Grupo:", grp),
              ("Número de reclamación:", claim), ("Fecha de nacimiento:", fmt_date(f["dob"], "es"))], lw=50,
             size=9.6)
    d.ln(3)
    d.para(f"Estimado(a) {f['first']} {f['last']}:", 10)
    d.para(f"Recibimos el {fmt_date(recv, 'es')} su solicitud de reembolso por un medicamento ({f['drug']}) que "
           f"usted compró el {fmt_date(f['fill'], 'es')} en {f['pharm']} y pagó en efectivo con una tarjeta de "
           f"descuento, por un total de {fmt_money(f['paid'])}.", 10)
    d.para("No podemos procesar su solicitud. Para pagar un reembolso necesitamos el formulario de reclamación "
           "de reembolso al afiliado, firmado, y el recibo detallado de la farmacia con el número de receta, el "
           "código NDC y la cantidad. Usted nos envió solamente el comprobante de la tarjeta de descuento, que no "
           "muestra esa información. Por eso su solicitud fue denegada.", 10)
    d.para("Puede enviarnos de nuevo la solicitud con los documentos que faltan. Si no está de acuerdo con esta "
           "decisión, puede apelar dentro de 60 días a partir de la fecha de esta carta. Si su salud corre peligro, "
           f"pida una apelación acelerada (72 horas) llamando al {f['ph']}.", 10)
    d.para("Atentamente,\nUnidad de Reembolsos", 10)
    t = truth("denial_letter", "other", lang="es", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["name"], case_numbers=[claim], claim_amount=m2(f["paid"]),
              service_dates=[iso(f["fill"])], denial_date=iso(notice), provider=f["pharm"],
              appeal_deadline=iso(notice + dt.timedelta(days=60)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: fax stack: member's DMR form + determination
def doc_form(r: Rand, f: dict) -> tuple[bytes, dict]:
    signed = f["fill"] + dt.timedelta(days=r.randint(3, 9))
    f["signed"] = signed
    d = Page("Form OKR-DMR-22 (01/2026)", margins=(16, 12, 16))
    d.add_page()
    d.text_line("OAKRIDGE RX SOLUTIONS", 13, "B", h=7)
    d.text_line("Prescription Drug Direct Member Reimbursement Claim Form", 11, "B", h=6)
    d.para("Mail or fax to Oakridge Rx Solutions, Member Reimbursement, fax 1-855-410-2217. Attach the original "
           "pharmacy receipt. One prescription per section.", 8.4)
    d.text_line("Section 1 - Member information", 9.5, "B", h=6)
    d.boxes([("Member ID", f["mid"], 46), ("Group number", f["grp"], 36), ("Patient name", f["name"], 62),
             ("Date of birth", f["dob"].strftime("%m/%d/%Y"), 34)])
    d.boxes([("Address", ", ".join(f["addr"]), 118), ("Phone", f["ph"], 60)])
    d.ln(3)
    d.text_line("Section 2 - Prescription information", 9.5, "B", h=6)
    d.boxes([("Date filled", f["fill"].strftime("%m/%d/%Y"), 34), ("Rx number", f["rx"], 30),
             ("NDC", f["ndc"], 40), ("Quantity", f["qty"], 22), ("Amount paid", fmt_money(f["paid"]), 52)])
    d.boxes([("Pharmacy name", f["pharm"], 70), ("Pharmacy NPI", f["npi"], 40), ("Prescriber", f["presc"], 68)])
    d.ln(3)
    d.text_line("Section 3 - Reason for paying out of pocket", 9.5, "B", h=6)
    d.para("[ ] Pharmacy could not reach the plan   [ ] Emergency/travel   [X] Other: used a discount card because "
           "the card price was lower", 8.8)
    d.ln(2)
    d.boxes([("Member signature", f["name"], 110), ("Date signed", f["signed"].strftime("%m/%d/%Y"), 40)])
    t = truth("other", None, group_number=f["grp"], member_id=f["mid"], member_name=f["name"],
              claim_amount=m2(f["paid"]), service_dates=[iso(f["fill"])], denial_date=iso(signed),
              provider=f["pharm"], unscored=["insurer"], alternates={"denial_date": [None]})
    return pdf_bytes(d), t


def doc_determination(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Oakridge Rx Solutions"
    claim = f"{r.digits(3)} {r.digits(3)} {r.digits(4)}"
    notice = f["signed"] + dt.timedelta(days=r.randint(14, 24))
    d = Page(None, margins=(18, 14, 18))
    d.add_page()
    d.text_line("OAKRIDGE RX SOLUTIONS", 14, "B", h=7)
    d.text_line("REIMBURSEMENT CLAIM DETERMINATION", 10.5, h=6)
    d.ln(2)
    d.boxes([("Date of notice", fmt_date(notice, "dmy").upper(), 40), ("Member", f["name"], 60),
             ("Member ID", f["mid"], 42), ("Group", f["grp"], 36)])
    d.boxes([("Claim number", claim, 48), ("Date filled", fmt_date(f["fill"], "dmy").upper(), 36),
             ("Submitted", fmt_money(f["paid"], "usd"), 40), ("Form received", fmt_date(f["signed"] +
                                                                    dt.timedelta(days=5), "dmy").upper(), 54)])
    d.boxes([("Pharmacy", f"{f['pharm']} (NPI {f['npi']})", 118), ("Determination", "DENIED - M19", 60)])
    d.ln(4)
    d.para(f"M19 - Non-network pharmacy. The prescription was filled at {f['pharm']}, which does not participate in "
           "the Oakridge Rx network, and it was paid using a discount card program. Purchases made with a discount "
           "card outside the network are not reimbursed. Network pharmacies are listed at the member portal.", 9.4)
    d.para("You may request an appeal in writing within 180 days of the date of this notice. Expedited appeals "
           "(72 hours) are available when waiting could seriously jeopardize your health.", 9.4)
    t = truth("denial_letter", "out_of_network", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["name"], case_numbers=[claim.replace(" ", "")], claim_amount=m2(f["paid"]),
              service_dates=[iso(f["fill"])], denial_date=iso(notice), provider=f["pharm"],
              appeal_deadline=iso(notice + dt.timedelta(days=180)), type_alternates=["eob"])
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f["mid"], f["grp"] = f"OKR{r.digits(8)}", f"{r.digits(4)}-{r.letters(2)}"
    return Item(f"{FAMILY}_claim_form_and_determination_stack", "fax_standard_g4",
                [doc_form(r, f), doc_determination(r, f)], separators=["cover", None])


# ---------------------------------------------------------------- 4: quarterly pharmacy statement (phone photo)
def doc_statement(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Bellwether Scripts"
    mid, grp = f"BWS {r.digits(4)} {r.digits(4)}", f"{r.digits(6)}"
    q_end = dt.date(2026, 3, 31) if f["fill"] < dt.date(2026, 3, 20) else dt.date(2026, 6, 30)
    stmt = q_end + dt.timedelta(days=r.randint(8, 14))
    fills = []
    for k in range(2):
        drug, qty = r.choice(DRUGS)
        fills.append((f["fill"] - dt.timedelta(days=r.randint(10, 40)), drug, r.digits(12), float(r.randint(20, 140)),
                      "Network", "$10.00", "Paid"))
    cl = r.digits(12)
    d = Page(None, margins=(16, 12, 16))
    d.add_page()
    d.text_line("Bellwether Scripts", 16, "B", h=8)
    d.text_line("Your Prescription Claims Statement", 10.5, h=6)
    d.ln(2)
    d.labels([("Statement date", fmt_date(stmt, "abbr")), ("Period", f"{fmt_date(min(x[0] for x in fills).replace(day=1), 'abbr')}"
              f" - {fmt_date(q_end, 'abbr')}"), ("Member", f["name"]), ("ID", mid), ("Group", grp)],
             lw=36, size=9.2)
    d.ln(2)
    rows = [[fmt_date(v, "slash"), c, dr[:26], ph, fmt_money(a), cp, st] for v, dr, c, a, ph, cp, st in fills]
    rows.append([fmt_date(f["fill"], "slash"), cl, f["drug"][:26], f"{f['pharm'][:18]}*", fmt_money(f["paid"]),
                 "-", "Denied (R7)"])
    rows.sort(key=lambda x: x[0])
    d.table(["Filled", "Claim", "Drug", "Pharmacy", "Cost", "You paid", "Status"], rows, [18, 30, 46, 34, 20, 16, 20],
            size=7.8, border_head="TB")
    d.para(f"* Member reimbursement request. R7: the purchase was made at {f['pharm']}, an out-of-network pharmacy, "
           f"with the {CARD}; out-of-network fills are not reimbursed under your plan.", 8.6)
    d.para("Year-to-date: you have paid $60.00 toward your $1,500.00 pharmacy out-of-pocket maximum.", 8.6)
    d.para("To appeal a denied claim, write to us within 180 days from the date of this statement.", 8.6)
    t = truth("eob", "out_of_network", insurer=ins, group_number=grp, member_id=mid, member_name=f["name"],
              case_numbers=[cl], claim_amount=m2(f["paid"]), service_dates=[iso(f["fill"])], denial_date=iso(stmt),
              provider=f["pharm"], appeal_deadline=iso(stmt + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: upheld appeal (rotated)
def doc_upheld(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Crestline Pharmacy Benefit Services"
    mid, grp = f"CPB{r.digits(9)}", f"RX{r.digits(5)}"
    req, appeal = f"DMR-{r.digits(8)}", f"AP{r.digits(9)}"
    first = f["fill"] + dt.timedelta(days=30)
    notice = first + dt.timedelta(days=r.randint(30, 45))
    d = Page(None, margins=(22, 16, 22))
    d.add_page()
    d.text_line("Crestline", 20, "B", h=9)
    d.text_line("Pharmacy Benefit Services · Member Appeals", 8.8, h=5)
    d.ln(6)
    d.para(f"Date: {notice.isoformat()}\nTo: {f['name']}\nMember ID: {mid}    Group: {grp}\nAppeal number: {appeal}",
           10)
    d.text_line("First-Level Appeal Decision", 12, "B", h=7)
    d.para(f"You appealed our decision of {first.isoformat()} (request {req}) not to reimburse {fmt_money(f['paid'], 'space')} "
           f"that you paid at {f['pharm']} on {f['fill'].isoformat()} for {f['drug']}, using a discount card.", 10)
    d.para("Our decision: we upheld the denial. The pharmacy was not part of your plan's network on the date you "
           "filled the prescription, and you were not traveling or in an emergency. The lower price you paid with "
           "the discount card does not change the network rule.", 10)
    d.para("If you still disagree, you may file a second-level appeal within 60 days of the date of this letter. "
           "After that, you may request an external review within 4 months.", 10)
    t = truth("denial_letter", "out_of_network", insurer=ins, group_number=grp, member_id=mid, member_name=f["name"],
              case_numbers=[appeal, req], claim_amount=m2(f["paid"]), service_dates=[iso(f["fill"])],
              denial_date=iso(notice), provider=f["pharm"], appeal_deadline=iso(notice + dt.timedelta(days=60)),
              alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: approval (low-res)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Oakridge Rx Solutions"
    mid, claim = f"OKR{r.digits(8)}", f"{r.digits(3)}-{r.digits(3)}-{r.digits(4)}"
    notice = f["fill"] + dt.timedelta(days=r.randint(18, 30))
    net = round(f["paid"] * 0.8, 2)
    d = Page(None, margins=(20, 14, 20))
    d.add_page()
    d.text_line("OAKRIDGE RX SOLUTIONS", 14, "B", h=7)
    d.rule()
    d.para(f"{fmt_date(notice, 'abbr')}\n\n{f['name']}\n" + "\n".join(f["addr"]), 10)
    d.text_line("Your reimbursement request was approved", 12, "B", h=7)
    d.para(f"Member ID {mid}. Claim {claim}.", 10)
    d.para(f"On {fmt_date(f['fill'], 'abbr')} you paid {fmt_money(f['paid'])} at {f['pharm']}, a network pharmacy, "
           "because the pharmacy's system could not reach us. You sent a completed claim form and the pharmacy "
           f"receipt. We approved the claim and will send you {fmt_money(net)}: the network price minus your "
           "$10.00 copay. Expect the check within 14 days.", 10)
    d.para(f"Discount card purchases are not reimbursed; this purchase used your plan price. Questions: {f['ph']}.",
           10)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=f["name"], case_numbers=[claim],
              claim_amount=m2(f["paid"]), service_dates=[iso(f["fill"])], denial_date=iso(notice),
              provider=f["pharm"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_denial, "pbm_denial", "born_digital"), (1, doc_receipt, "pharmacy_receipt", "scan_clean_300"),
              (2, doc_es, "carta_es", "photocopy"), (4, doc_statement, "claims_statement", "phone_photo"),
              (5, doc_upheld, "appeal_upheld", "rotated"), (6, doc_approval, "approval", "scan_lowres_150")]
    out = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    out.insert(3, item_stack(Rand(SEED + 3)))
    return out
