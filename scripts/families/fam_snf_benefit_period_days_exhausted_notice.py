"""Family 'snf_benefit_period_days_exhausted_notice': Medicare Summary Notices (Part A), Medicare Advantage letters
and EOBs, a contractor's redetermination and a Medicare Supplement letter on skilled nursing facility (SNF) days.

Issuers (all invented except Medicare): Medicare (Part A MSN headings, English and Spanish "Resumen de Medicare");
Fenwold Health Plan (Medicare Advantage HMO, logo word "FENWOLD" over a rule; a payment denial and a paid claim
summary); Velloran Health Alliance (Medicare Advantage PPO, boxed name; monthly EOB); Pellandine Federal Claims
Services, LLC (fictional Part A/B Medicare Administrative Contractor; redetermination notice); Oxenbridge Mutual
Life & Health (Medicare Supplement Plan G; claim letter faxed by the facility behind its own cover sheet).
Contents: MSN with coinsurance days 87-100 paid and days 101-112 not covered; MA plan's own 100-day limit (letter
and EOB); a readmission 38 days after discharge that did not start a new benefit period (60 days not passed),
redetermination unfavorable; Spanish MSN (días de coseguro and days after day 100); Medigap Plan G paying nothing
after day 100; MA claim summary paying days 21-44 with the daily copay (nothing denied).
Decoys: the attending physician, benefit-period start dates, prior discharge dates, dates of birth, NPIs, received
dates, daily coinsurance amounts, Medicare-paid amounts, phone numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "snf_benefit_period_days_exhausted_notice"
LANG = "en"

MC, FW, VL = "Medicare", "Fenwold Health Plan", "Velloran Health Alliance"
PF, OX = "Pellandine Federal Claims Services, LLC", "Oxenbridge Mutual Life & Health"
ADDR = {FW: ("PO Box 41877", "Harrowgate Falls, MO 65899"), VL: ("900 Quell Street, Suite 300", "Denholm, OR 97988"),
        PF: ("PO Box 7720", "Corrib Junction, KY 40999"), OX: ("1 Oxenbridge Plaza", "Stourhaven, CT 06899")}
SNFS = ["Heronfield Post-Acute & Rehabilitation", "Gorsebrook Skilled Nursing Center",
        "Tessmoor Care and Rehabilitation", "Brightcombe Nursing & Rehab"]
SNF_ES = "Centro de Cuidado Especializado Los Almendros"
DOCS = ["Dr. Theodora Nkemelu", "Dr. Anders Pihlajamaa", "Dr. Rukmini Saldanha", "Dr. Evariste Mbemba",
        "Dr. Consolata Ferreira-Hale"]
FIRST = ["Augustin", "Birdie", "Casimir", "Dorotea", "Elmer", "Fiorella", "Gunnar", "Hortensia", "Ignatius",
         "Juniper", "Kazuo", "Lavinia", "Mordecai", "Nkechi", "Ottilie", "Perpetua"]
LAST = ["Abernethy-Cole", "Brannigan", "Czerwinski", "Delacourt", "Eskildsen", "Fairweather", "Grzelak", "Hallorann",
        "Iturbide", "Jessup", "Kettleborough", "Lindqvist", "Makhubela", "Nordahl"]
FIRST_ES = ["Eusebio", "Rosalba", "Clemente", "Maximina", "Anselmo", "Herminia"]
LAST_ES = ["Bracamonte", "Villaseñor", "Echeverría", "Quiñones", "Arredondo"]
STREETS = ["Fallowfield Road", "Keeper's Lane", "Osier Court", "Bramblewick Drive", "Tamarind Way"]
TOWNS = ["Harrowgate Falls, MO 65899", "Denholm, OR 97988", "Corrib Junction, KY 40999", "Stourhaven, CT 06899"]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def mbi(r: random.Random) -> str:
    L = "ACDEFGHJKMNPQRTUVWXY"
    a = lambda: r.choice(L + "0123456789")  # noqa: E731
    return (str(r.randint(1, 9)) + r.choice(L) + a() + str(r.randint(0, 9)) + r.choice(L) + a() + str(r.randint(0, 9))
            + r.choice(L) + r.choice(L) + str(r.randint(0, 9)) + str(r.randint(0, 9)))


def facts(r: random.Random, ins: str, ds: str, es: bool = False) -> dict:
    first, last = r.choice(FIRST_ES if es else FIRST), r.choice(LAST_ES if es else LAST)
    mid = r.choice("ABCDEFGHJKLMNPRSTVW")
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 120))
    if ins == FW:
        mid_, claim = "FW" + digits(r, 9), f"FWC{digits(r, 10)}"
    elif ins == VL:
        mid_, claim = f"VHA-{digits(r, 4)}-{digits(r, 5)}", f"{digits(r, 4)} {digits(r, 4)} {digits(r, 3)}"
    elif ins == OX:
        mid_, claim = "G" + digits(r, 8) + "-01", f"OX-{notice.year}-{digits(r, 6)}"
    else:
        mid_, claim = mbi(r), digits(r, 5) + digits(r, 9)
    return dict(r=r, ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(11, 9800)} {r.choice(STREETS)}", r.choice(TOWNS)), notice=notice,
                mid=mid_, claim=claim, snf=SNF_ES if es else r.choice(SNFS), doc=r.choice(DOCS),
                dob=dt.date(r.randint(1930, 1958), r.randint(1, 12), r.randint(1, 28)), ph=phone(r), npi=npi(r),
                mbi=mbi(r))


def D(f: dict, d: dt.date, style: str | None = None) -> str:
    return fmt_date(d, style or f["ds"])


def days(a: dt.date, n: int) -> dt.date:
    return a + dt.timedelta(days=n)


def pairs(d: Doc, rows: list[tuple[str, str | None]], lw: float = 52, size: float = 10, x: float | None = None) -> None:
    for k, v in rows:
        if v is None:
            continue
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, 5.2, k)
        d.font(size)
        d.multi_cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2.5)


def addressee(d: Doc, f: dict, upper: bool = False) -> None:
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln.upper() if upper else ln, 10.5)
    d.ln(4)


def letterhead(d: Doc, f: dict) -> None:
    ins = f["ins"]
    if ins == FW:
        d.text_line("FENWOLD", 22, "B")
        d.rule(0.9, 1.2)
        d.text_line(f"Health Plan  |  Medicare Advantage  |  {ADDR[FW][0]}, {ADDR[FW][1]}", 8.5)
    elif ins == VL:
        y = d.get_y()
        d.rect(d.l_margin, y, 96, 15)
        d.set_xy(d.l_margin + 2, y + 2)
        d.text_line("Velloran Health Alliance", 14, "B")
        d.set_x(d.l_margin + 2)
        d.text_line("Medicare Advantage Plans", 8.5)
        d.set_y(y + 17)
        d.text_line(f"{ADDR[VL][0]}, {ADDR[VL][1]}   Member Services {f['ph']} (TTY 711)", 8.5)
    elif ins == PF:
        d.text_line(PF, 13, "B")
        d.text_line("A Medicare Administrative Contractor - Part A Redeterminations", 9)
        d.text_line(f"{ADDR[PF][0]}  {ADDR[PF][1]}", 9)
        d.rule(0.4, 1)
    else:
        d.text_line("Oxenbridge Mutual", 17, "B")
        d.text_line("Life & Health  -  Medicare Supplement Claims", 9.5)
        d.text_line(f"{ADDR[OX][0]}, {ADDR[OX][1]}   Claims {f['ph']}", 8.5)
        d.rule(0.5, 1)
    d.ln(5)


# ----------------------------------------------------------------------------------------------------- MSN
def msn(f: dict, start: dt.date, bp: dt.date, first_day: int, n_cov: int, n_non: int, rate: float,
        es: bool = False) -> tuple[bytes, dict]:
    """Part A MSN: one SNF claim, covered coinsurance days then days after the 100th (not covered)."""
    r = f["r"]
    cov_end = days(start, n_cov - 1)
    non_start, non_end = days(start, n_cov), days(start, n_cov + n_non - 1)
    daily = round(r.randint(690, 880) + r.choice([0, 0.5]), 2)
    charged_cov, charged_non = round(daily * n_cov, 2), round(daily * n_non, 2)
    coins = round(rate * n_cov, 2)
    total = round(charged_cov + charged_non, 2)
    paid = round(charged_cov * 0.62 - coins, 2)
    dl = days(f["notice"], 120)
    S = (lambda d_: D(f, d_, "slash"))
    d = Doc("Helvetica", footer=("Página {p} de {n}" if es else "Page {p} of {n}"))
    d.add_page()
    if es:
        d.text_line("Resumen de Medicare para la Parte A (Seguro de Hospital)", 14, "B")
        d.text_line("El resumen oficial de sus reclamaciones de Medicare de los Centros de Servicios de Medicare y "
                    "Medicaid", 8)
    else:
        d.text_line("Medicare Summary Notice for Part A (Hospital Insurance)", 14, "B")
        d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
                    8.5)
    d.ln(4)
    y0 = d.get_y()
    addressee(d, f, upper=True)
    d.set_xy(104, y0)
    lab = (["Aviso para", "Número de Medicare", "Fecha de este aviso", "Reclamaciones procesadas entre"] if es else
           ["Notice for", "Medicare Number", "Date of This Notice", "Claims Processed Between"])
    vals = [f["name"], f["mid"], D(f, f["notice"]),
            f"{S(days(f['notice'], -92))} - {S(days(f['notice'], -2))}"]
    for k, v in zip(lab, vals):
        d.set_x(104)
        d.font(8.5, "B")
        d.cell(52, 5, k)
        d.font(8.5)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 26) + 4)
    if es:
        d.text_line("Sus períodos de beneficios", 12, "B")
        d.para(f"Período de beneficios que comenzó el {S(bp)}: usted ha usado {first_day + n_cov - 1} de 100 días "
               f"de cuidado en un centro de enfermería especializada (SNF). Le quedan 0 días en este período.", 9.5)
        d.text_line("Sus reclamaciones de la Parte A (Seguro de Hospital)", 12, "B")
        d.para(f"¿Aprobó Medicare todos los servicios? NO. Si no está de acuerdo con alguna decisión, puede apelar. "
               f"Las apelaciones deben presentarse a más tardar el {D(f, dl, 'es')}.", 9.5)
    else:
        d.text_line("Your Benefit Periods", 12, "B")
        d.para(f"Benefit period beginning {S(bp)}: you have used {first_day + n_cov - 1} of 100 days of skilled "
               f"nursing facility (SNF) care. Days remaining in this benefit period: 0.", 9.5)
        d.text_line("Your Claims for Part A (Hospital Insurance)", 12, "B")
        d.para(f"Did Medicare Approve All Services? NO. If you disagree with a claims decision, you can file an "
               f"appeal. Appeals must be filed by {D(f, dl)}.", 9.5)
    d.ln(1)
    if es:
        d.para(f"{f['snf']}\n{f['addr'][1]}\nMédico que lo atendió: {f['doc']}\nNúmero de reclamación: {f['claim']}\n"
               f"Fecha de recibo de la reclamación: {S(days(f['notice'], -7))}", 9)
        head = ["Fechas del servicio", "Servicio", "Días usados", "Cobrado", "Medicare pagó",
                "Máximo a facturar", "Nota"]
        svc1, svc2 = f"SNF días {first_day}-{first_day + n_cov - 1}", f"SNF después del día 100"
        tot = "*Total de la reclamación"
    else:
        d.para(f"{f['snf']}\n{f['addr'][1]}\nAttending physician: {f['doc']}\nClaim Number: {f['claim']}\n"
               f"Received on: {S(days(f['notice'], -7))}", 9)
        head = ["Dates of Service", "Service Provided", "Days Used", "Charged", "Medicare Paid",
                "You May Be Billed", "Notes"]
        svc1, svc2 = f"SNF days {first_day}-{first_day + n_cov - 1}", "SNF days after day 100"
        tot = "*Total for This Claim"
    rows = [[f"{S(start)} - {S(cov_end)}", svc1, str(n_cov), fmt_money(charged_cov), fmt_money(paid),
             fmt_money(coins), "B"],
            [f"{S(non_start)} - {S(non_end)}", svc2, "0", fmt_money(charged_non), fmt_money(0), fmt_money(charged_non),
             "A"],
            [tot, "", "", fmt_money(total), fmt_money(paid), fmt_money(coins + charged_non), ""]]
    d.table(head, rows, [44, 36, 16, 22, 20, 24, 12], size=7.6, aligns="LLRRRRL", border_head="TB")
    if es:
        d.text_line("Notas para las reclamaciones de arriba", 10, "B")
        d.para(f"A  Usted ha usado los 100 días de cuidado en un centro de enfermería especializada de este período "
               f"de beneficios. Medicare no paga los días después del día 100. El centro le puede cobrar estos días.",
               9)
        d.para(f"B  Por los días 21 a 100 usted paga un coseguro de {fmt_money(rate)} por día.", 9)
        d.text_line("Cómo presentar una apelación", 11, "B")
        d.para(f"Encierre en un círculo los servicios con los que no está de acuerdo, explique por qué y envíe esta "
               f"página a la dirección del contratista de Medicare. Las apelaciones deben presentarse a más tardar "
               f"el {D(f, dl, 'es')}. Ayuda: 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048.", 9)
    else:
        d.text_line("Notes for Claims Above", 10, "B")
        d.para("A  You have used all 100 days of skilled nursing facility care in this benefit period. Medicare does "
               "not pay for days after the 100th day. The facility may bill you for these days.", 9)
        d.para(f"B  For days 21 through 100 you pay a coinsurance amount of {fmt_money(rate)} per day.", 9)
        d.text_line("How to Handle Denied Claims or File an Appeal", 11, "B")
        d.para(f"Circle the services you disagree with, explain why in writing, sign, and send this page to the "
               f"Medicare contractor at the address on the last page. Appeals must be filed by {D(f, dl)}. "
               f"Get help: 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048.", 9)
    t = truth("eob", "not_covered", lang="es" if es else "en", insurer=MC, member_id=f["mid"],
              member_name=f["name"], case_numbers=[f["claim"]], claim_amount=m2(total),
              service_dates=[iso(non_start, non_end)], denial_date=iso(f["notice"]), provider=f["snf"],
              appeal_deadline=iso(dl), denial_alternates=["other"], type_alternates=["denial_letter"],
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"],
                          "service_dates": [[iso(start, non_end)]], "claim_amount": [m2(charged_non)]})
    return pdf_bytes(d), t


# --------------------------------------------------------------------------------------------- MA letter
def fenwold_denial(f: dict, start: dt.date, n: int, bp: dt.date) -> tuple[bytes, dict]:
    r = f["r"]
    end = days(start, n - 1)
    billed = round(n * (r.randint(640, 820) + 0.5), 2)
    case = f"FW-SNF-{digits(r, 6)}"
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(3)
    addressee(d, f)
    d.text_line("Notice of Denial of Payment", 14, "B")
    d.text_line("Skilled nursing facility days over your plan's limit", 10.5)
    d.ln(2)
    rows = [("Member name", f["name"]), ("Member ID", f["mid"]),
            ("Plan", "Fenwold Medicare Select (HMO)  H7391-012"), ("Claim number", f["claim"]),
            ("Case number", case), ("Facility", f"{f['snf']}  (NPI {f['npi']})"), ("Attending physician", f["doc"]),
            ("Dates billed", f"{D(f, start)} through {D(f, end)} ({n} days)"), ("Amount billed", fmt_money(billed))]
    w = d.w - d.l_margin - d.r_margin
    for k, v in rows:
        d.font(9.5, "B")
        d.cell(50, 6.2, " " + k, border=1)
        d.font(9.5)
        d.cell(w - 50, 6.2, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("What we decided", 11.5, "B")
    d.para(f"We denied payment for the skilled nursing facility days listed above. Fenwold Medicare Select covers "
           f"up to 100 days of skilled nursing facility care in each benefit period. Your current benefit period "
           f"began on {D(f, bp)}, and our records show that the 100th covered day was {D(f, days(start, -1))}. "
           f"Days 101 and after are not a covered benefit under your plan's Evidence of Coverage (Chapter 4, "
           f"Medical Benefits Chart, \"Skilled nursing facility care\").")
    d.para(f"{f['doc']} told us that you still need daily therapy. This decision is not about whether the care "
           f"was needed; the days are over the plan's limit. A new benefit period begins after you have gone 60 days "
           f"in a row without hospital or skilled nursing care.")
    d.text_line("Your right to appeal", 11.5, "B")
    d.para(f"You have the right to ask Fenwold Health Plan for a reconsideration (appeal) of this decision. You must "
           f"ask within 65 days of the date of this notice. Call {f['ph']} (TTY 711) or write to Fenwold Appeals and "
           f"Grievances, {ADDR[FW][0]}, {ADDR[FW][1]}. Payment appeals are not expedited; a fast (72-hour) appeal "
           f"is only for care you have not received.")
    d.para("If we uphold our decision, we will send your case to an Independent Review Entity automatically.", 9.5)
    d.para("Sincerely,\nUtilization and Claims Review\nFenwold Health Plan", 10)
    d.text_line("H7391_SNFDEN26_M  Form CMS-10003-NDMCP (approved)", 7)
    t = truth("denial_letter", "not_covered", insurer=FW, plan_id="H7391-012", member_id=f["mid"],
              member_name=f["name"], case_numbers=[f["claim"], case], claim_amount=m2(billed),
              service_dates=[iso(start, end)], denial_date=iso(f["notice"]), provider=f["snf"],
              appeal_deadline=iso(days(f["notice"], 65)), denial_alternates=["other"],
              alternates={"insurer": ["Fenwold Medicare Select"], "plan_id": [None]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------------------------------------ MA EOB
def velloran_eob(f: dict, start: dt.date, first_day: int, n_cov: int, n_non: int, copay: float) -> tuple[bytes, dict]:
    r = f["r"]
    cov_end, non_start, non_end = days(start, n_cov - 1), days(start, n_cov), days(start, n_cov + n_non - 1)
    rate = r.randint(700, 860)
    b1, b2 = float(rate * n_cov), float(rate * n_non)
    allowed = round(b1 * 0.71, 2)
    yours = round(copay * n_cov, 2)
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("Your Explanation of Benefits (EOB)", 14, "B")
    d.text_line(f"Velloran Advantage Plus (PPO)   H4820-007   This notice is not a bill.", 9)
    d.ln(3)
    y0 = d.get_y()
    addressee(d, f)
    d.set_xy(112, y0)
    for k, v in [("Statement date", D(f, f["notice"])), ("Member", f["name"]), ("Member ID", f["mid"]),
                 ("Claims processed in", f["notice"].replace(day=1).strftime("%B %Y"))]:
        d.set_x(112)
        d.font(9, "B")
        d.cell(34, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 26) + 3)
    d.text_line("Your claims this month", 11.5, "B")
    d.font(9.5, "B")
    d.cell(0, 5.5, f"{f['snf']}  -  Claim {f['claim']}", new_x="LMARGIN", new_y="NEXT")
    d.font(9)
    d.cell(0, 5, f"Facility NPI {f['npi']}   Attending: {f['doc']}   Received {D(f, days(f['notice'], -18))}",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    rows = [[f"{D(f, start)} - {D(f, cov_end)}", f"SNF days {first_day}-{first_day + n_cov - 1}", fmt_money(b1),
             fmt_money(allowed), fmt_money(allowed - yours), fmt_money(yours), "C1"],
            [f"{D(f, non_start)} - {D(f, non_end)}", "SNF days 101 and after", fmt_money(b2), fmt_money(0),
             fmt_money(0), fmt_money(b2), "X7"],
            ["*Claim total", "", fmt_money(b1 + b2), fmt_money(allowed), fmt_money(allowed - yours),
             fmt_money(yours + b2), ""]]
    d.table(["Dates", "Service", "Billed", "Plan approved", "Plan paid", "Your share", "Note"], rows,
            [42, 38, 22, 22, 20, 20, 10], size=8, aligns="LLRRRRL", border_head="TB", head_fill=True)
    d.text_line("Notes", 10, "B")
    d.para(f"C1  Your plan covers days 21 through 100 of a skilled nursing facility stay with a copay of "
           f"{fmt_money(copay)} a day.", 9)
    d.para("X7  Your plan covers up to 100 days of skilled nursing facility care per benefit period, and you reached "
           "that limit. These days are not covered. The facility can bill you for them.", 9)
    d.text_line("This month and year to date", 10, "B")
    d.table(["", "This month", "Year to date"],
            [["Total billed", fmt_money(b1 + b2), fmt_money(b1 + b2 + 18420.00)],
             ["Plan paid", fmt_money(allowed - yours), fmt_money(allowed - yours + 9361.40)],
             ["Your share (counts toward your $5,900.00 maximum out of pocket)", fmt_money(yours),
              fmt_money(yours + 2210.00)]], [100, 35, 35], size=8.5, aligns="LRR")
    d.para(f"If you disagree with a decision on this EOB, you can ask for an appeal within 65 days of the date of this "
           f"statement. Call Member Services at {f['ph']} (TTY 711), 8 a.m. to 8 p.m., 7 days a week.", 9)
    t = truth("eob", "not_covered", insurer=VL, plan_id="H4820-007", member_id=f["mid"], member_name=f["name"],
              case_numbers=[f["claim"].replace(" ", "")], claim_amount=m2(b1 + b2),
              service_dates=[iso(non_start, non_end)], denial_date=iso(f["notice"]), provider=f["snf"],
              appeal_deadline=iso(days(f["notice"], 65)), denial_alternates=["other"],
              alternates={"plan_id": [None], "insurer": ["Velloran Advantage Plus"], "claim_amount": [m2(b2)],
                          "service_dates": [[iso(start, non_end)]]})
    return pdf_bytes(d), t


# --------------------------------------------------------------------------------------- redetermination
def redetermination(f: dict) -> tuple[bytes, dict]:
    r = f["r"]
    bp = days(f["notice"], -r.randint(230, 260))
    dis1 = days(bp, 108)                      # SNF discharge after the 100th day (days 101+ were private pay)
    readm = days(dis1, 38)                    # hospital readmission 38 days later
    start = days(readm, 6)                    # SNF readmission
    end = days(start, 20)
    billed = float(21 * r.randint(690, 790))
    appeal_no = f"1-{digits(r, 9)}"
    icn = digits(r, 13)
    rec = days(f["notice"], -r.randint(35, 50))
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(3)
    addressee(d, f)
    d.text_line("MEDICARE REDETERMINATION NOTICE", 14, "B")
    d.ln(1)
    pairs(d, [("Appeal number:", appeal_no), ("Beneficiary:", f["name"]), ("Medicare number:", f["mid"]),
              ("Provider:", f"{f['snf']} (skilled nursing facility)"), ("Attending physician:", f["doc"]),
              ("Dates of service:", f"{D(f, start)} to {D(f, end)}"), ("Claim (ICN):", icn),
              ("Amount billed:", fmt_money(billed, "nosign")),
              ("Appeal received:", D(f, rec))], lw=44, size=9.8)
    d.text_line("The decision on your redetermination is UNFAVORABLE.", 11.5, "B")
    d.ln(1)
    d.text_line("Summary of the facts", 11, "B")
    d.para(f"Your benefit period began when you were admitted to the hospital on {D(f, bp)}. You then used all 100 "
           f"days of skilled nursing facility care in that benefit period and were discharged from the facility on "
           f"{D(f, dis1)}. You were admitted to the hospital again on {D(f, readm)}, 38 days after that discharge, "
           f"and to {f['snf']} on {D(f, start)}. Medicare denied the facility's claim for this second stay. You asked "
           f"us to look at the claim again.")
    d.text_line("Explanation of the decision", 11, "B")
    d.para("A benefit period ends only when you have not received hospital or skilled nursing facility care for 60 "
           "days in a row. Because fewer than 60 days passed between your discharge and your readmission, a new "
           "benefit period did not begin. The second stay is part of the same benefit period, in which no skilled "
           "nursing facility days remain. Medicare Part A cannot pay for these days (Medicare Benefit Policy "
           "Manual, Chapter 3, section 10.4).")
    d.text_line("Who is responsible for the bill?", 11, "B")
    d.para("You are responsible for the facility's charges for these days, unless you have other insurance that "
           "pays for them.")
    d.text_line("What to include / If you disagree", 11, "B")
    d.para("If you disagree with this decision, you may ask for a reconsideration by a Qualified Independent "
           "Contractor (QIC). You must file your request within 180 days of receiving this notice. We presume you "
           "received it 5 days after the date above. Use form CMS-20033 or write to the QIC named on the enclosed "
           "page. Include the appeal number and any new evidence.", 10)
    d.para(f"Pellandine Federal Claims Services, LLC  -  Customer service {f['ph']}", 9)
    dl = days(f["notice"], 180)
    t = truth("denial_letter", "not_covered", insurer=PF, member_id=f["mid"], member_name=f["name"],
              case_numbers=[appeal_no, icn], claim_amount=m2(billed), service_dates=[iso(start, end)],
              denial_date=iso(f["notice"]), provider=f["snf"], appeal_deadline=None,
              denial_alternates=["eligibility", "other"],
              alternates={"insurer": ["Medicare"], "appeal_deadline": [iso(dl), iso(days(dl, 5))],
                          "case_numbers": [[appeal_no]]})
    return pdf_bytes(d), t


# -------------------------------------------------------------------------------------------- Medigap + cover
def medigap_letter(f: dict, start: dt.date, n: int, fax: str) -> tuple[bytes, dict]:
    r = f["r"]
    end = days(start, n - 1)
    billed = float(n * r.randint(720, 830))
    mcn = f["mbi"]
    d = Doc("Times", footer="Page {p} of {n}")
    d.add_page()
    d.text_line(fax, 8)
    d.ln(2)
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 11)
    d.ln(3)
    addressee(d, f)
    d.text_line("Medicare Supplement Claim Determination", 13, "B")
    d.ln(1)
    pairs(d, [("Insured:", f["name"]), ("Policy number:", f["mid"]), ("Plan:", "Medicare Supplement Plan G"),
              ("Medicare number:", mcn), ("Our claim number:", f["claim"]), ("Provider:", f["snf"]),
              ("Service:", "Skilled nursing facility care"), ("From - through:", f"{D(f, start)} - {D(f, end)}"),
              ("Total charges:", fmt_money(billed)), ("Medicare paid:", fmt_money(0))], lw=42, size=10.5)
    d.para(f"Dear {f['first']} {f['last']}:", 11)
    d.para(f"We received the Medicare crossover claim for your stay at {f['snf']}. Medicare paid nothing for these "
           f"dates because you had used all 100 skilled nursing facility days in your benefit period (Medicare "
           f"remark: benefit days exhausted).", 11)
    d.para("Your Plan G policy pays the skilled nursing facility coinsurance for days 21 through 100 of a benefit "
           "period. It does not pay for days after day 100, because Medicare does not cover them. For this reason we "
           "cannot pay any part of this claim. We paid the coinsurance for your earlier days 21-100 on a separate "
           "claim.", 11)
    d.para(f"If you think we made a mistake, you may ask us to review this decision. Send your request in writing "
           f"within 60 days of the date of this letter to Oxenbridge Claims Review, {ADDR[OX][0]}, {ADDR[OX][1]}. "
           f"Questions: {f['ph']}.", 11)
    d.para("Sincerely,\nMedicare Supplement Claims Unit", 11)
    t = truth("denial_letter", "not_covered", insurer=OX, member_id=f["mid"], member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount=m2(billed), service_dates=[iso(start, end)],
              denial_date=iso(f["notice"]), provider=f["snf"], appeal_deadline=iso(days(f["notice"], 60)),
              denial_alternates=["other"], type_alternates=["eob"])
    return pdf_bytes(d), t


def snf_cover(f: dict, pages: int) -> bytes:
    r = f["r"]
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(f["snf"], 16, "B")
    d.text_line("Business Office", 11)
    d.text_line(f"Phone {phone(r)}   Fax {phone(r)}", 9)
    d.ln(8)
    d.text_line("FAX TRANSMITTAL", 22, "B")
    d.ln(4)
    son = f"Leopold {r.choice('BCDFG')}. {f['last']}"
    pairs(d, [("To:", f"{son} (power of attorney for {f['name']})"), ("Fax:", phone(r)),
              ("From:", "Resident Accounts"), ("Date:", fmt_date(days(f["notice"], 4), "slash")),
              ("Pages:", f"{pages} including this cover"), ("Re:", "Supplement insurance letter - days after day 100")],
          lw=26, size=11.5)
    d.para(f"As we discussed, your parent's Medicare and supplement coverage for the skilled nursing stay has ended. "
           f"The attached letter from the supplement carrier explains it. Starting on day 101 the private daily rate "
           f"applies. Our resident account number is {digits(r, 7)}. Please call us to set up a payment plan or to "
           f"discuss Medicaid eligibility.", 10.5)
    d.para("CONFIDENTIALITY NOTICE: This transmission contains protected health information. If you received it in "
           "error, notify the sender and destroy it.", 8.5)
    return pdf_bytes(d)


# -------------------------------------------------------------------------------------- paid claim summary
def fenwold_paid(f: dict, start: dt.date, first_day: int, n: int, copay: float) -> tuple[bytes, dict]:
    r = f["r"]
    end = days(start, n - 1)
    rate = r.randint(660, 780) + 0.25
    billed = round(rate * n, 2)
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("Claim Summary  -  Explanation of Benefits", 13, "B")
    d.text_line("THIS IS NOT A BILL", 9, "B")
    d.ln(2)
    pairs(d, [("Date issued", D(f, f["notice"])), ("Member", f["name"]), ("Member ID", f["mid"]),
              ("Plan", "Fenwold Medicare Select (HMO) H7391-012"), ("Claim #", f["claim"]),
              ("Facility", f["snf"]), ("Attending", f["doc"])], lw=34, size=10)
    rows = [[f"{D(f, start)} - {D(f, end)}", f"Skilled nursing, days {first_day}-{first_day + n - 1}", str(n),
             fmt_money(billed), fmt_money(round(copay * n, 2))]]
    d.table(["Dates", "Service", "Days", "Billed", "You pay"], rows, [48, 62, 14, 26, 24], size=9, aligns="LLRRR",
            border_head="TB")
    d.para(f"Paid. Days 1-20 of a skilled nursing stay have a $0 copay. For days {first_day} through "
           f"{first_day + n - 1} you pay {fmt_money(copay)} per day; the plan paid the rest of the approved amount "
           f"to the facility. You have {100 - (first_day + n - 1)} skilled nursing days left in this benefit period.",
           9.5)
    d.para(f"Questions? Call Member Services at {f['ph']} (TTY 711).", 9)
    t = truth("other", None, insurer=FW, plan_id="H7391-012", member_id=f["mid"], member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount=m2(billed), service_dates=[iso(start, end)],
              denial_date=iso(f["notice"]), provider=f["snf"], type_alternates=["eob"],
              alternates={"plan_id": [None], "insurer": ["Fenwold Medicare Select"]})
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []

    f = facts(random.Random(221501), MC, "long")
    start = days(f["notice"], -r_days(221501, 40, 60))
    items.append(Item(f"{FAMILY}_bd_msn_days_after_100_not_covered", "born_digital",
                      [msn(f, start, days(start, -86 - 4), 87, 14, 12, 217.00)]))

    f = facts(random.Random(221502), FW, "long")
    start = days(f["notice"], -r_days(221502, 30, 50))
    items.append(Item(f"{FAMILY}_bd_ma_plan_100_day_limit_payment_denial", "born_digital",
                      [fenwold_denial(f, start, 16, days(start, -104))]))

    f = facts(random.Random(221503), VL, "abbr")
    start = days(f["notice"], -r_days(221503, 35, 55))
    items.append(Item(f"{FAMILY}_scan300_ma_eob_days_101_denied", "scan_clean_300",
                      [velloran_eob(f, start, 89, 12, 9, 203.00)]))

    f = facts(random.Random(221504), PF, "dmy")
    items.append(Item(f"{FAMILY}_lowres_redetermination_no_new_benefit_period", "scan_lowres_150",
                      [redetermination(f)]))

    f = facts(random.Random(221505), MC, "slash", es=True)
    start = days(f["notice"], -r_days(221505, 40, 60))
    items.append(Item(f"{FAMILY}_copy_msn_es_dias_despues_del_100", "photocopy",
                      [msn(f, start, days(start, -95), 91, 10, 15, 217.00, es=True)]))

    f = facts(random.Random(221506), OX, "iso")
    start = days(f["notice"], -r_days(221506, 30, 45))
    head = f"{fmt_date(days(f['notice'], 4), 'slash')} 14:07  FROM: {f['snf'][:24].upper()}  BUS OFC  P.2/2"
    items.append(Item(f"{FAMILY}_faxfine_stack_snf_cover_and_medigap_letter", "fax_fine_g4",
                      [medigap_letter(f, start, 18, head)], separators=[snf_cover(f, 2)]))

    f = facts(random.Random(221507), FW, "slash")
    start = days(f["notice"], -r_days(221507, 25, 40))
    items.append(Item(f"{FAMILY}_phone_ma_claim_summary_copay_days_paid", "phone_photo",
                      [fenwold_paid(f, start, 21, 24, 196.00)]))
    return items


def r_days(seed: int, lo: int, hi: int) -> int:
    return random.Random(seed * 7).randint(lo, hi)
