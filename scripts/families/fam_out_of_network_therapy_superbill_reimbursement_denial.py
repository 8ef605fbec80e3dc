"""Family 'out_of_network_therapy_superbill_reimbursement_denial': health plans' EOBs and letters on superbills a
member sent in for out-of-network psychotherapy (CPT 90834 45-minute, 90837 60-minute sessions), and one
therapist's superbill photographed together with the EOB that answered it (invented plans, people and numbers).

Reasons: no diagnosis code on the superbill, no NPI or license number for the therapist, sessions past the plan's
claim submission window (12 months from the date of service), and one claim paid at the out-of-network allowed
amount after the deductible. Decoys: the member's own name and home address as the payee (reimbursement goes to
the member, never a provider), the subscriber when the patient is a dependent, the therapist's license number
and NPI, check / EFT numbers, the date the superbill was received, the deductible and out-of-pocket figures,
allowed and paid amounts, customer-service and fax numbers.

Issuers: Quillmont Health Insurance Company (EOB statement: "QUILLMONT" wordmark, member panel, session table
with remark codes; Spanish "Explicación de beneficios"), Aldermere Health Plan, Inc. (letters and a
two-column EOB).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "out_of_network_therapy_superbill_reimbursement_denial"
LANG = "en"
QU = "Quillmont Health Insurance Company"
AL = "Aldermere Health Plan, Inc."
ADDR = {QU: ("PO Box 66120", "Harrowgate, WI 53590"), AL: ("1 Aldermere Plaza", "Cobb Landing, NC 27390")}
PLANS = {QU: "Quillmont Open Access PPO 2500", AL: "Aldermere Choice POS"}
FIRST = ["Ifeoma", "Caspian", "Marisela", "Declan", "Yuki", "Anika", "Rasmus", "Soledad", "Tariq", "Perpetua",
         "Lorcan", "Delphine", "Emeka", "Ilse", "Joaquin", "Wilhelmina"]
FIRST_ES = ["Araceli", "Teodoro", "Yadira", "Nicanor", "Fabiola", "Eusebio"]
LAST = ["Mahlangu", "Oyelowo", "Bergström", "Tran", "Kavanagh", "Quiroga", "Lindahl", "Ozturk", "Ferreira",
        "Nwachukwu", "Haddad", "Dziedzic", "Rosenthal"]
LAST_ES = ["Arriaga", "Celis", "Barragán", "Olivares", "Sotelo", "Cárdenas"]
THERAPISTS = [("Ottilie R. Brandvold, LCSW", "Brandvold Counseling PLLC", "LCSW"),
              ("Ignatius P. Oyelowo-Parr, PsyD", "Parr Psychological Services", "PSY"),
              ("Marguerite S. Achterberg, LMFT", "Stillpoint Family Therapy", "LMFT"),
              ("Tomasz K. Wieczorek, LPC", "Kestrel Lane Counseling", "LPC"),
              ("Graciela M. Fontanilla, LMHC", "Fontanilla Therapy Studio", "LMHC")]
STREETS = ["Tamsin Way", "Orchard Knoll Rd", "Bexley Court", "Marrow Street", "Cinder Hill Ave"]
TOWNS = [("Harrowgate", "WI", "53594"), ("Cobb Landing", "NC", "27391"), ("Wrenfield", "OH", "43077"),
         ("Santa Leonor", "TX", "78531")]


def facts(r: random.Random, kind: str, ins: str, ds: str, lang: str = "en") -> dict:
    fn = r.choice(FIRST_ES if lang == "es" else FIRST)
    ln = r.choice(LAST_ES if lang == "es" else LAST)
    mid = r.choice("ABCDEFGHJKLMNPRSTW")
    dep = r.random() < 0.4 and kind not in ("timely",)
    if dep:
        sub = (r.choice(FIRST_ES if lang == "es" else FIRST), r.choice("ABCDEFGHJKLMNPRSTW"))
    dec = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 140))
    th = r.choice(THERAPISTS)
    code = r.choice(["90834", "90837"])
    fee = {"90834": r.choice([150, 165, 175, 180]), "90837": r.choice([195, 210, 225, 240])}[code]
    allowed = {"90834": r.choice([98.42, 104.16, 111.30]), "90837": r.choice([131.87, 142.05, 150.66])}[code]
    n = r.randint(3, 5)
    if kind == "timely":
        first = dec - dt.timedelta(days=r.randint(430, 480))
    elif kind == "partial_timely":
        first = dec - dt.timedelta(days=r.randint(360, 380))
    else:
        first = dec - dt.timedelta(days=r.randint(45, 80))
    sess = [first + dt.timedelta(days=7 * i + r.choice([0, 0, 1])) for i in range(n)]
    received = dec - dt.timedelta(days=r.randint(8, 20))
    window_end = lambda d: dt.date(d.year + 1, d.month, min(d.day, 28))  # noqa: E731
    late = [s for s in sess if window_end(s) < received] if "timely" in kind else []
    if kind == "partial_timely" and (not late or len(late) == len(sess)):
        received = window_end(sess[1]) + dt.timedelta(days=1)
        dec = received + dt.timedelta(days=12)
        late = [s for s in sess if window_end(s) < received]
    ded_left = r.choice([250.0, 400.0, 500.0])
    rows, ded_used = [], 0.0
    for s in sess:
        if kind == "paid" or (kind == "partial_timely" and s not in late):
            ded = round(min(allowed, ded_left - ded_used), 2)
            ded_used += ded
            coins = round((allowed - ded) * 0.4, 2)
            paid = round(allowed - ded - coins, 2)
            rows.append(dict(d=s, billed=fee, allowed=allowed, ded=ded, coins=coins, paid=paid, rc="OA1"))
        else:
            rows.append(dict(d=s, billed=fee, allowed=0.0, ded=0.0, coins=0.0, paid=0.0,
                             rc={"dx": "D17", "npi": "N40", "timely": "T12", "partial_timely": "T12"}[kind]))
    town = r.choice(TOWNS)
    name = f"{fn} {mid}. {ln}"
    if ins == QU:
        mid_, grp, claim = f"QHI{r.randint(100000000, 999999999)}", f"{r.randint(100000, 999999)}", \
            f"26{r.randint(100, 365)}Q{r.randint(1000000, 9999999)}"
    else:
        mid_, grp, claim = f"ALD-{r.randint(10000, 99999)}-0{r.randint(1, 4)}", f"G{r.randint(40000, 49999)}", \
            f"E{r.randint(100000000, 999999999)}"
    return dict(kind=kind, ins=ins, ds=ds, lang=lang, dec=dec, name=name, first=fn, last=ln,
                subscriber=(f"{sub[0]} {sub[1]}. {ln}" if dep else name), dep=dep,
                addr=(f"{r.randint(20, 9900)} {r.choice(STREETS)}", f"{town[0]}, {town[1]} {town[2]}"),
                th=th, code=code, rows=rows, total=round(fee * n, 2), allowed_total=round(sum(x["allowed"] for x in rows), 2),
                paid_total=round(sum(x["paid"] for x in rows), 2), received=received, late=late,
                mid=mid_, grp=grp, claim=claim, lic=f"{th[2]}-{r.randint(10000, 99999)}",
                npi=f"1{r.randint(100000000, 999999999)}", phone=f"1-888-555-{r.randint(1000, 1999)}",
                fax=f"1-877-555-{r.randint(3000, 3999)}", check=f"{r.randint(40000000, 49999999)}",
                ded_left=ded_left, ref=f"RQ-{r.randint(100000, 999999)}",
                dx=r.choice(["F41.1", "F33.1", "F43.23", "F32.1"]),
                tax=f"{r.randint(10, 99)}-{r.randint(1000000, 9999999)}",
                tph=f"(555) 01{r.randint(0, 9)}-{r.randint(1000, 9999)}")


def fd(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


REMARKS = {
    "OA1": "Out-of-network provider. Paid at the out-of-network allowed amount after your deductible and 40% "
           "coinsurance. The provider may bill you for the difference between the billed and allowed amounts.",
    "D17": "Denied. The claim has no diagnosis (ICD-10) code. Ask your provider for a superbill that lists the "
           "diagnosis and send it to us with this statement.",
    "N40": "Denied. The provider's National Provider Identifier (NPI) was not on the superbill. We cannot "
           "process the claim until we can identify and confirm the provider.",
    "T12": "Denied. Claim received after the claim submission deadline (12 months from the date of service).",
}
REMARKS_ES = {
    "D17": "Denegado. La reclamación no incluye un código de diagnóstico (ICD-10). Pida a su proveedor un recibo "
           "detallado (superbill) con el diagnóstico y envíelo con esta explicación.",
}


def q_eob(d: Doc, f: dict) -> None:
    es = f["lang"] == "es"
    d.add_page()
    d.set_font("Helvetica", "B", 22)
    d.cell(95, 10, "QUILLMONT")
    d.set_font("Helvetica", "B", 11)
    d.cell(0, 10, "Explicación de beneficios" if es else "Explanation of Benefits", align="R",
           new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 8)
    d.cell(95, 4, f"{QU}  -  {ADDR[QU][0]}, {ADDR[QU][1]}")
    d.cell(0, 4, ("ESTO NO ES UNA FACTURA" if es else "THIS IS NOT A BILL"), align="R", new_x="LMARGIN",
           new_y="NEXT")
    d.rule(0.8, 4)
    y = d.get_y()
    for ln in (f["subscriber"].upper(), f["addr"][0].upper(), f["addr"][1].upper()):
        d.text_line(ln, 10)
    panel = ([("Fecha del estado de cuenta", fd(f, f["dec"])), ("Miembro", f["name"]),
              ("Suscriptor", f["subscriber"]), ("ID de miembro", f["mid"]), ("Grupo", f["grp"]),
              ("Plan", PLANS[QU]), ("Número de reclamación", f["claim"])] if es else
             [("Statement date", fd(f, f["dec"])), ("Patient", f["name"]), ("Subscriber", f["subscriber"]),
              ("Member ID", f["mid"]), ("Group number", f["grp"]), ("Plan", PLANS[QU]), ("Claim number", f["claim"])])
    d.set_xy(112, y)
    for k, v in panel:
        d.set_x(112)
        d.font(8.3, "B")
        d.cell(38, 4.6, k)
        d.font(8.3)
        d.cell(0, 4.6, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    th = f["th"]
    if es:
        d.para(f"Proveedor: {th[0]} ({th[1]}) - fuera de la red. Recibo detallado (superbill) enviado por el "
               f"miembro; recibido el {fd(f, f['received'])}.", size=9)
    else:
        d.para(f"Provider: {th[0]} ({th[1]}) - out of network. Member-submitted superbill received "
               f"{fd(f, f['received'])}.", size=9)
    head = (["Fecha de servicio", "Servicio", "Facturado", "Permitido", "Deducible", "Coseguro", "Pagado", "Nota"]
            if es else ["Date of service", "Service", "Billed", "Allowed", "Deductible", "Coinsurance",
                        "Plan paid", "Remark"])
    rows = [[fd(f, x["d"]), f"Psicoterapia {f['code']}" if es else f"Psychotherapy {f['code']}",
             fmt_money(x["billed"]), fmt_money(x["allowed"]), fmt_money(x["ded"]), fmt_money(x["coins"]),
             fmt_money(x["paid"]), x["rc"]] for x in f["rows"]]
    rows.append(["*Total", "", fmt_money(f["total"]), fmt_money(f["allowed_total"]),
                 fmt_money(sum(x["ded"] for x in f["rows"])), fmt_money(sum(x["coins"] for x in f["rows"])),
                 fmt_money(f["paid_total"]), ""])
    d.table(head, rows, [27, 33, 20, 20, 21, 22, 20, 14], size=8.2, aligns="LLRRRRRL", border_head="TB",
            head_fill=True)
    you_owe = round(f["total"] - f["paid_total"], 2)
    d.para(("Usted puede deber al proveedor: " if es else "You may owe the provider: ") + fmt_money(you_owe), size=9.5)
    d.text_line("Notas" if es else "Remark codes", 10.5, "B")
    d.ln(1)
    for rc in sorted({x["rc"] for x in f["rows"]}):
        d.para(f"{rc}  {(REMARKS_ES if es else REMARKS)[rc]}", size=8.8, gap=1.2)
    d.ln(2)
    if f["paid_total"] > 0:
        d.para(f"Payment of {fmt_money(f['paid_total'])} was sent to the payee below by check no. {f['check']}. "
               f"Payee: {f['subscriber']}, {f['addr'][0]}, {f['addr'][1]}.", size=9)
    else:
        d.para(("No se emitió ningún pago. " if es else "No payment was issued. ") +
               (f"Beneficiario: {f['subscriber']}, {f['addr'][0]}, {f['addr'][1]}." if es else
                f"Payee on file: {f['subscriber']}, {f['addr'][0]}, {f['addr'][1]}."), size=9)
    d.text_line("Sus derechos de apelación" if es else "Your appeal rights", 10.5, "B")
    d.ln(1)
    if es:
        d.para(f"Si no está de acuerdo, puede presentar una apelación dentro de 180 días a partir de la fecha de "
               f"este estado de cuenta. Llame al {f['phone']} o escriba a {ADDR[QU][0]}, {ADDR[QU][1]}.", size=9)
    else:
        d.para(f"If you disagree with how this claim was processed, you may file an appeal within 180 days of the "
               f"date of this statement. Call {f['phone']} (TTY 711) or write to Appeals, {ADDR[QU][0]}, "
               f"{ADDR[QU][1]}. You may also have the right to an external review after the internal appeal.",
               size=9)


def q_letter(d: Doc, f: dict) -> None:
    """Quillmont letter: past the claim submission window."""
    d.add_page()
    d.set_font("Helvetica", "B", 22)
    d.cell(0, 10, "QUILLMONT", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 8)
    d.cell(0, 4, f"{QU}  -  Member Claims  -  {ADDR[QU][0]}, {ADDR[QU][1]}  -  {f['phone']}",
           new_x="LMARGIN", new_y="NEXT")
    d.rule(0.8, 6)
    d.text_line(fd(f, f["dec"]), 10.5)
    d.ln(3)
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)
    for k, v in [("Member", f["name"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Claim number", f["claim"]),
                 ("Provider", f"{f['th'][0]} (out of network)"), ("Total billed", fmt_money(f["total"]))]:
        d.font(10, "B")
        d.cell(40, 5.4, k + ":")
        d.font(10)
        d.cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Your reimbursement request was received too late", 12.5, "B")
    d.ln(2)
    d.para(f"Dear {f['first']} {f['last']}:")
    d.para(f"We received your superbill for psychotherapy sessions with {f['th'][0]} on {fd(f, f['received'])}. "
           f"Your plan requires that claims for services from out-of-network providers be submitted within 12 "
           f"months of the date of service. The sessions below were provided more than 12 months before we "
           f"received the claim, so the plan cannot pay them.")
    d.table(["Session date", "CPT", "Billed", "Status"],
            [[fd(f, x["d"]), f["code"], fmt_money(x["billed"]), "Denied - past filing limit"] for x in f["rows"]]
            + [["*Total", "", fmt_money(f["total"]), ""]], [38, 22, 28, 80], size=9, aligns="LLRL")
    d.para("If you were unable to send the claim on time for a reason outside your control (for example, a "
           "hospital stay), tell us in your appeal and include proof.")
    d.text_line("How to appeal", 11, "B")
    d.ln(1)
    dl = f["dec"] + dt.timedelta(days=180)
    d.para(f"Your written appeal must be received by {fd(f, dl)}. Send it to Quillmont Appeals, {ADDR[QU][0]}, "
           f"{ADDR[QU][1]}, or fax {f['fax']}. Include your claim number {f['claim']}.")
    d.para(f"Sincerely,\nMember Claims Unit\n{QU}")


def a_letter(d: Doc, f: dict) -> None:
    """Aldermere letter: no NPI/license on the superbill."""
    d.add_page()
    d.set_font("Times", "B", 18)
    d.cell(0, 8, "Aldermere Health Plan", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "", 9)
    d.cell(0, 4.5, f"{ADDR[AL][0]}  |  {ADDR[AL][1]}  |  Member Services {f['phone']}", new_x="LMARGIN",
           new_y="NEXT")
    d.ln(8)
    d.set_font("Times", "", 11)
    y = d.get_y()
    for ln in (f["subscriber"], *f["addr"]):
        d.cell(0, 5.2, ln, new_x="LMARGIN", new_y="NEXT")
    d.set_xy(120, y)
    for k, v in [("Date", fd(f, f["dec"])), ("Reference", f["ref"]), ("Claim", f["claim"])]:
        d.set_x(120)
        d.set_font("Times", "B", 10)
        d.cell(24, 5.2, k)
        d.set_font("Times", "", 10)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    d.set_font("Times", "B", 12)
    d.cell(0, 6, "Re: Out-of-network claim for therapy sessions - not processed", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.set_font("Times", "", 10.5)
    who = (f"your dependent, {f['name']}" if f["dep"] else "you")
    body = [f"Dear {f['subscriber'].split()[0]} {f['last']}:",
            f"Thank you for the superbill you sent for the therapy sessions {who} had with {f['th'][0]} "
            f"(Patient: {f['name']}; Member ID {f['mid']}; Group {f['grp']}). The superbill lists the sessions, "
            f"the CPT code and the fees, but it does not show the therapist's National Provider Identifier (NPI) "
            f"or state license number. We need both to confirm that the provider is a licensed behavioral health "
            f"professional, which your plan requires for out-of-network mental health benefits.",
            "Because this information is missing, we have denied the claim below:"]
    for p in body:
        d.multi_cell(0, 5, p, new_x="LMARGIN", new_y="NEXT")
        d.ln(2)
    d.set_font("Times", "", 10)
    d.table(["Date of service", "Procedure", "Amount billed", "Amount paid"],
            [[fd(f, x["d"]), f"{f['code']} psychotherapy", fmt_money(x["billed"]), fmt_money(0)] for x in f["rows"]]
            + [["*Claim total", "", fmt_money(f["total"]), fmt_money(0)]], [40, 50, 35, 35], size=9.5,
            aligns="LLRR")
    d.set_font("Times", "", 10.5)
    for p in ["You can ask the therapist for a new superbill that shows the NPI and license number and send it "
              "with a copy of this letter. A corrected claim is reviewed as a new claim.",
              f"If you think we made a mistake, you may appeal in writing within 180 days of the date of this "
              f"letter. Mail your appeal to Aldermere Appeals, {ADDR[AL][0]}, {ADDR[AL][1]}, or fax it to "
              f"{f['fax']}. If your appeal is denied you may ask for an external review.",
              "Sincerely,", "Claims Resolution Department", AL]:
        d.multi_cell(0, 5, p, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.5)


def a_eob(d: Doc, f: dict) -> None:
    """Aldermere EOB: paid after deductible, or some sessions past the submission window."""
    d.add_page()
    d.set_font("Times", "B", 16)
    d.cell(110, 8, "Aldermere Health Plan")
    d.set_font("Helvetica", "B", 10)
    d.cell(0, 8, "EXPLANATION OF BENEFITS", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 8)
    d.cell(0, 4, f"{AL}  |  {ADDR[AL][0]}, {ADDR[AL][1]}", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.boxes([("Date issued", fd(f, f["dec"]), 32), ("Member ID", f["mid"], 36), ("Group", f["grp"], 22),
             ("Claim", f["claim"], 36), ("Plan", PLANS[AL], 54)])
    d.boxes([("Patient", f["name"], 60), ("Subscriber", f["subscriber"], 60),
             ("Rendering provider (out of network)", f["th"][0], 60)], value_size=8.6)
    d.ln(4)
    d.font(9)
    d.cell(0, 5, f"Superbill received {fd(f, f['received'])}.  Provider license {f['lic']}  NPI {f['npi']}",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    rows = [[fd(f, x["d"]), f["code"], fmt_money(x["billed"]), fmt_money(x["allowed"]), fmt_money(x["ded"]),
             fmt_money(x["coins"]), fmt_money(x["paid"]), x["rc"]] for x in f["rows"]]
    rows.append(["*Totals", "", fmt_money(f["total"]), fmt_money(f["allowed_total"]),
                 fmt_money(sum(x["ded"] for x in f["rows"])), fmt_money(sum(x["coins"] for x in f["rows"])),
                 fmt_money(f["paid_total"]), ""])
    d.table(["Service date", "CPT", "Charges", "OON allowed", "Deductible", "Coinsurance", "Paid", "Code"], rows,
            [28, 16, 22, 24, 22, 24, 22, 14], size=8.6, aligns="LLRRRRRL")
    d.font(9, "B")
    d.cell(0, 5, "What the codes mean", new_x="LMARGIN", new_y="NEXT")
    for rc in sorted({x["rc"] for x in f["rows"]}):
        d.para(f"{rc}: {REMARKS[rc]}", size=8.6, gap=1)
    d.ln(2)
    pay = (f"Payment: {fmt_money(f['paid_total'])} by EFT/check {f['check']} payable to {f['subscriber']}, "
           f"{f['addr'][0]}, {f['addr'][1]}." if f["paid_total"] > 0 else
           f"No payment was issued. Payee on file: {f['subscriber']}, {f['addr'][0]}, {f['addr'][1]}.")
    d.para(f"{pay} Out-of-network deductible met so far this plan year: "
           f"{fmt_money(sum(x['ded'] for x in f['rows']))} of {fmt_money(f['ded_left'])}.", size=9)
    if f["kind"] == "paid":
        d.para(f"Questions? Call {f['phone']}. If you disagree with this decision you may appeal within 180 days "
               f"of the date this statement was issued.", size=9)
    else:
        dl = f["dec"] + dt.timedelta(days=180)
        d.para(f"Some sessions on this claim were denied. To appeal, send your request by {fd(f, dl)} to "
               f"Aldermere Appeals, {ADDR[AL][0]}, {ADDR[AL][1]} (fax {f['fax']}).", size=9)


def superbill(f: dict) -> bytes:
    """The therapist's superbill as the member received it (license shown, no NPI)."""
    d = Doc("Helvetica")
    d.add_page()
    th = f["th"]
    d.set_font("Helvetica", "B", 14)
    d.cell(0, 7, th[1], align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 9)
    d.cell(0, 4.5, f"{th[0]}  -  Phone {f['tph']}", align="C", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.5, "418 Pellham Row, Suite 3, " + ADDR[QU][1].replace("53590", "53592"), align="C",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("SUPERBILL / STATEMENT FOR INSURANCE REIMBURSEMENT", 12, "B", align="C")
    d.ln(4)
    sb_date = f["received"] - dt.timedelta(days=9)
    rows = [("Statement date", fd(f, sb_date)), ("Client", f["name"]), ("Insured / subscriber", f["subscriber"]),
            ("Client address", f"{f['addr'][0]}, {f['addr'][1]}"), ("Insurance", f"{QU} - ID {f['mid']}"),
            ("Diagnosis (ICD-10)", f["dx"]), ("Tax ID", f["tax"]), ("License", f["lic"]),
            ("Place of service", "11 - office")]
    for k, v in rows:
        d.font(9.5, "B")
        d.cell(45, 5.6, k, border="B")
        d.font(9.5)
        d.cell(0, 5.6, v, border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.table(["Date", "CPT", "Description", "Fee", "Paid by client"],
            [[fd(f, x["d"]), f["code"], "Individual psychotherapy", fmt_money(x["billed"]), fmt_money(x["billed"])]
             for x in f["rows"]] + [["*Total", "", "", fmt_money(f["total"]), fmt_money(f["total"])]],
            [32, 18, 62, 28, 34], size=9, aligns="LLLRR")
    d.para("Paid in full by the client at the time of service. Please reimburse the client directly.", size=9.5)
    d.ln(6)
    d.para(f"Provider signature: /s/ {th[0]}", size=9.5)
    return pdf_bytes(d), sb_date


def build(f: dict) -> bytes:
    d = Doc("Helvetica")
    {"qe": q_eob, "ql": q_letter, "al": a_letter, "ae": a_eob}[f["layout"]](d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    th = f["th"]
    alts = {"provider": [th[1]]}
    common = dict(insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
                  claim_amount=m2(f["total"]), service_dates=[iso(x["d"]) for x in f["rows"]],
                  denial_date=iso(f["dec"]), provider=th[0])
    cases = [f["claim"]] + ([f["ref"]] if f["layout"] == "al" else [])
    dl = iso(f["dec"] + dt.timedelta(days=180))
    if f["layout"] == "ae":
        alts["plan_id"] = [PLANS[AL]]
    if f["layout"] == "qe":
        alts["plan_id"] = [PLANS[QU]]
    if k == "paid":
        alts["appeal_deadline"] = [None]
        return truth("eob", None, f["lang"], case_numbers=cases, appeal_deadline=dl, alternates=alts,
                     type_alternates=["other"], **common)
    if k == "partial_timely":
        late = [iso(x) for x in f["late"]]
        alts["service_dates"] = [late]
        alts["claim_amount"] = [m2(sum(x["billed"] for x in f["rows"] if x["d"] in f["late"]))]
        return truth("eob", "timely_filing", f["lang"], case_numbers=cases, appeal_deadline=dl, alternates=alts,
                     **common)
    den = {"dx": "coding_error", "npi": "other", "timely": "timely_filing"}[k]
    da = {"dx": ["other"], "npi": ["coding_error"]}.get(k)
    doc = "eob" if f["layout"] in ("qe", "ae") else "denial_letter"
    ta = ["denial_letter"] if doc == "eob" else None
    return truth(doc, den, f["lang"], case_numbers=cases, appeal_deadline=dl, alternates=alts,
                 denial_alternates=da, type_alternates=ta, **common)


def superbill_truth(f: dict, sb_date: dt.date) -> dict:
    return truth("other", None, "en", insurer=None, member_id=f["mid"], member_name=f["name"],
                 claim_amount=m2(f["total"]), service_dates=[iso(x["d"]) for x in f["rows"]],
                 denial_date=iso(sb_date), provider=f["th"][0],
                 alternates={"provider": [f["th"][1]], "member_id": [None], "denial_date": [None]},
                 unscored=["insurer"])


# (stem suffix, condition, kind, issuer, layout, date style, lang)
PLAN = [
    ("bd_eob_no_diagnosis_code", "born_digital", "dx", QU, "qe", "slash", "en"),
    ("bd_eob_paid_oon_allowed_after_deductible", "born_digital", "paid", AL, "ae", "abbr", "en"),
    ("scan300_letter_no_npi_or_license", "scan_clean_300", "npi", AL, "al", "long", "en"),
    ("rotated_letter_past_submission_window", "rotated", "timely", QU, "ql", "long", "en"),
    ("faxf_eob_some_sessions_past_window", "fax_fine_g4", "partial_timely", AL, "ae", "iso", "en"),
    ("copy_spanish_eob_sin_diagnostico", "photocopy", "dx", QU, "qe", "es_abbr", "es"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, layout, ds, lang) in enumerate(PLAN):
        f = facts(random.Random(189600 + i), kind, ins, ds, lang)
        f["layout"] = layout
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    f = facts(random.Random(189620), "npi", QU, "dmy")
    f["layout"] = "qe"
    sb, sb_date = superbill(f)
    items.append(Item(f"{FAMILY}_phone_stack_superbill_and_eob", "phone_photo",
                      [(sb, superbill_truth(f, sb_date)), (build(f), make_truth(f))]))
    return items
