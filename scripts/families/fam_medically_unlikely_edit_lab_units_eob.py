"""Family 'medically_unlikely_edit_lab_units_eob': an invented commercial plan refusing laboratory lines billed
with more units than the Medically Unlikely Edit (MUE) allows for one patient on one day (e.g. 87798 x 6, 82306 x 2),
while the claim's other lab lines are paid; the lab's corrected claim later paid.

Cases: a born-digital member EOB with three claims (office visit paid, the lab claim with one line refused for
MUE units, an imaging claim paid); a scanned provider remittance advice with three patients (ours CO-151/N362 on
one line); a photocopied EOB paying the corrected claim (nothing denied); a standard-fax stack of a cover sheet,
the plan's provider claim notice and the lab's letter to the patient; a phone photo of the lab's patient statement;
a sideways Spanish member EOB; a low-resolution letter with the facts in sentences.

All invented: plan, lab, people, IDs, amounts; phones 1-555. Decoys: DOB, NPIs, CLIA number, patient account,
received dates, processing periods, other claims and patients, 365-day corrected-claim and 72-hour limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "medically_unlikely_edit_lab_units_eob"
LANG = "en"
SEED = 337600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PLAN_NAME = "Larkspur Valley Health Plan"
LAB = "Quillmont Diagnostic Laboratories"
DOCTOR = "Dr. Evangeline R. Stroud"


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", **kw)
        self.add_font("DejaVu", "B", BOLD)


def pat(r, p):
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
                   for c in p)


def ph(r):
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def fee(r, lo, hi):
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


def kv(d, rows, w=50, size=9.5):
    for a, b in rows:
        d.font(size, "B")
        d.cell(w, size * 0.55, a)
        d.font(size)
        d.cell(0, size * 0.55, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def paras(d, items, size=10):
    for p in items:
        if p.startswith("#"):
            d.text_line(p[1:], size + 0.5, "B")
            d.ln(1)
        else:
            d.para(p, size)


def head(d, style, phone):
    if style == 0:
        d.text_line(PLAN_NAME, 15, "B")
        d.text_line(f"PO Box 40417, Cinderford, OR 97999  |  Member Services {phone} (TTY 711)", 8.5)
        d.rule(0.5, 5)
    elif style == 1:
        d.text_line("larkspur valley", 18, "B")
        d.text_line(f"Larkspur Valley Health Plan  ·  Provider Services  ·  {phone}", 8.3)
        d.rule(0.3, 5)
    else:
        d.set_fill_color(226, 226, 226)
        d.font(12.5, "B")
        d.cell(0, 9, "  LARKSPUR VALLEY HEALTH PLAN", fill=True, new_x="LMARGIN", new_y="NEXT")
        d.text_line(f"  Claims Department, 77 Ferrier Street, Cinderford, OR 97999   Tel {phone}", 8.3)
        d.ln(4)


PEOPLE = [("Harriet", "Pennycook"), ("Ambrose", "Kettleby"), ("Delphine", "Arkwright"), ("Cyrus", "Wetherell"),
          ("Maude", "Fennimore"), ("Luz", "Benítez"), ("Rupert", "Grandison")]

# lab lines: code, description, units billed, units allowed by MUE (0 = not limited), unit fee range
LINES = [("80053", "Comprehensive metabolic panel", 1, 0, (38, 62)),
         ("85025", "CBC with differential", 1, 0, (22, 40)),
         ("87798", "Infectious agent detection, NAA, each organism", 6, 3, (58, 84)),
         ("83036", "Hemoglobin A1c", 1, 0, (30, 48)),
         ("82306", "Vitamin D, 25-hydroxy", 2, 1, (70, 95))]


def base(r, k):
    first, last = PEOPLE[k]
    notice = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 180))
    return dict(notice=notice, member=f"{first} {r.choice('BCDEFGHJKLMNPRSTW')}. {last}",
                mid=pat(r, "LVH999999999"), grp=pat(r, "GR-99999"), phone=ph(r),
                dob=dt.date(r.randint(1955, 1998), r.randint(1, 12), r.randint(1, 28)),
                addr=(f"{r.randint(12, 9800)} {r.choice(['Sorrel Way', 'Bramble Hill Rd', 'Tansy Court'])}",
                      r.choice(["Cinderford, OR 97999", "Hollins Ferry, WA 98999", "Larch Bend, ID 83899"])))


def lab_claim(r, picks, over):
    """Lines of one lab claim: (code, desc, units, allowed units, charge, denied?)."""
    out = []
    for i in picks:
        code, desc, units, mue, (lo, hi) = LINES[i]
        unit = fee(r, lo, hi)
        out.append(dict(code=code, desc=desc, units=units, mue=mue, ch=round(unit * units, 2),
                        denied=(i == over)))
    return out, round(sum(x["ch"] for x in out), 2)


# ---------------------------------------------------------------- 0: member EOB, three claims, one lab line MUE
def doc_member_eob(r):
    f = base(r, 0)
    ds, ms = "slash", "plain"
    dos = f["notice"] - dt.timedelta(days=r.randint(18, 30))
    lines, total = lab_claim(r, [0, 1, 2], 2)
    claim = pat(r, "26-999-9999999")
    visit_no, img_no = pat(r, "26-999-9999999"), pat(r, "26-999-9999999")
    visit_ch, img_ch = fee(r, 160, 240), fee(r, 300, 480)
    d = Page(footer="Larkspur Valley Health Plan  |  Explanation of Benefits  |  Form LV-EOB-3  |  Page {p} of {n}")
    d.add_page()
    head(d, 0, f["phone"])
    d.text_line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12.5, "B")
    d.ln(1)
    d.boxes([("Statement date", fmt_date(f["notice"], ds), 36), ("Member", f["member"], 54),
             ("Member ID", f["mid"], 44), ("Group", f["grp"], 30)], h=11)
    d.ln(2)
    d.text_line(f"Claims processed {fmt_date(f['notice'] - dt.timedelta(days=31), ds)} through "
                f"{fmt_date(f['notice'] - dt.timedelta(days=1), ds)}", 9)
    d.ln(2)
    rows = [[f"*Claim {visit_no}", f"{DOCTOR}, family medicine", "", "", "", ""],
            [fmt_date(dos, ds), "99214 Office visit", fmt_money(visit_ch, ms), fmt_money(visit_ch * .6, ms),
             fmt_money(visit_ch * .6 - 30, ms), "A1"],
            [f"*Claim {claim}", LAB, "", "", "", ""]]
    for x in lines:
        rows.append([fmt_date(dos, ds), f"{x['code']} x{x['units']} {x['desc'][:30]}", fmt_money(x["ch"], ms),
                     "$0.00" if x["denied"] else fmt_money(x["ch"] * .45, ms),
                     "$0.00" if x["denied"] else fmt_money(x["ch"] * .45, ms), "MU4" if x["denied"] else "A1"])
    rows.append(["", "Claim total", fmt_money(total, ms), "", "", ""])
    img_dos = dos + dt.timedelta(days=r.randint(3, 9))
    rows += [[f"*Claim {img_no}", "Cinderford Imaging Center", "", "", "", ""],
             [fmt_date(img_dos, ds), "71046 Chest x-ray, 2 views", fmt_money(img_ch, ms), fmt_money(img_ch * .5, ms),
              fmt_money(img_ch * .5, ms), "A1"]]
    d.table(["Date of service", "Service", "Billed", "Allowed", "Plan paid", "Code"], rows,
            [28, 78, 20, 20, 20, 14], size=7.8, aligns="LLRRRL")
    paras(d, [
        "#What the codes mean",
        "A1  Paid under your in-network benefit. Any copay or deductible is shown as your share.",
        "MU4  The units billed for this test are more than the maximum that can reasonably be provided to one "
        "patient on one day (Medically Unlikely Edit). The line is denied in full; the provider may send a corrected "
        "claim. An in-network laboratory may not bill you for this line.",
        "#Appeals",
        f"You may appeal a decision on this statement within 180 days of the statement date. Call {f['phone']} or "
        "write to Larkspur Valley Appeals, PO Box 40419, Cinderford, OR 97999. Urgent appeals are decided within "
        "72 hours."], size=9)
    t = truth("eob", "coding_error", insurer=PLAN_NAME, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[claim], claim_amount=f"{total:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=LAB,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"claim_amount": [f"{lines[2]['ch']:.2f}"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: provider remittance, three patients
def doc_remit(r):
    f = base(r, 1)
    ds, ms = "slash", "nosign"
    ra_no, eft = pat(r, "RA99999999"), pat(r, "EFT999999999")
    pts = []
    for k, (first, last) in enumerate([("Norbert", "Vail"), (f["member"].split()[0], "Kettleby"), ("Odile", "Marchbank")]):
        name = f["member"] if k == 1 else f"{first} {r.choice('ABCDEFG')}. {last}"
        over = 4 if k == 1 else -1
        lines, total = lab_claim(r, [3, 4] if k == 1 else [0, 3], over)
        pts.append(dict(name=name, icn=pat(r, "9999999999999"), acct=pat(r, "QDL-999999"),
                        mid=f["mid"] if k == 1 else pat(r, "LVH999999999"), lines=lines, total=total,
                        dos=f["notice"] - dt.timedelta(days=r.randint(14, 30))))
    d = Page(orientation="P", footer="Larkspur Valley Health Plan  Provider Remittance Advice  Page {p}")
    d.add_page()
    head(d, 1, f["phone"])
    d.font(8.8)
    d.text_line("PROVIDER REMITTANCE ADVICE", 12, "B")
    kv(d, [("Payee", f"{LAB}  NPI 1{pat(r, '999999999')}  CLIA 38D{pat(r, '9999999')}"),
           ("Remittance date", fmt_date(f["notice"], ds)), ("RA number", ra_no), ("EFT trace", eft)], w=38, size=8.8)
    for p in pts:
        last = p["name"].split()[-1].upper()
        first, mi = p["name"].split()[0].upper(), p["name"].split()[1][0]
        d.text_line(f"PATIENT {last}, {first} {mi}   ID {p['mid']}   ICN {p['icn']}   PT ACCT {p['acct']}", 8.2, "B")
        rows = []
        for x in p["lines"]:
            pay = 0 if x["denied"] else round(x["ch"] * .45, 2)
            rows.append([fmt_date(p["dos"], ds), x["code"], str(x["units"]), fmt_money(x["ch"], ms),
                         fmt_money(pay, ms), "CO-151 N362" if x["denied"] else "CO-45",
                         fmt_money(x["ch"] if x["denied"] else x["ch"] - pay, ms)])
        rows.append(["", "CLAIM", "", fmt_money(p["total"], ms), "", "", ""])
        d.table(["DOS", "CPT", "Units", "Billed", "Paid", "Adj codes", "Adj amt"], rows,
                [22, 18, 14, 26, 24, 40, 26], size=7.8, aligns="LLRRRLR")
    paras(d, [
        "CO-151  Payment adjusted because the payer deems the information submitted does not support this many or "
        "frequency of services.  N362  The number of days or units of service exceeds our acceptable maximum "
        "(Medically Unlikely Edit).  CO-45  Charge exceeds fee schedule/maximum allowable.",
        "A corrected claim with the right units may be sent within 365 days of the date of service. To dispute a "
        "denial, request a provider reconsideration within 90 days of the remittance date."], size=8.4)
    ours = pts[1]
    t = truth("eob", "coding_error", insurer=PLAN_NAME, member_id=f["mid"], member_name=f["member"],
              case_numbers=[ours["icn"]], claim_amount=f"{ours['total']:.2f}", service_dates=[ours["dos"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=LAB,
              appeal_deadline=(f["notice"] + dt.timedelta(days=90)).isoformat(),
              alternates={"appeal_deadline": [None], "claim_amount": [f"{ours['lines'][1]['ch']:.2f}"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: corrected claim paid (nothing denied)
def doc_corrected(r):
    f = base(r, 2)
    ds, ms = "iso", "space"
    dos = f["notice"] - dt.timedelta(days=r.randint(50, 70))
    claim, old = pat(r, "26-999-9999999"), pat(r, "26-999-9999999")
    code, desc, _, mue, (lo, hi) = LINES[2]
    unit = fee(r, lo, hi)
    ch = round(unit * mue, 2)
    d = Page(footer="Larkspur Valley Health Plan - this is not a bill")
    d.add_page()
    head(d, 2, f["phone"])
    d.text_line("Explanation of Benefits (corrected claim)", 12.5, "B")
    kv(d, [("Issue date", fmt_date(f["notice"], ds)), ("Patient", f["member"]), ("Member ID", f["mid"]),
           ("Group", f["grp"]), ("Claim", claim), ("Replaces claim", old), ("Provider", LAB),
           ("Ordering physician", DOCTOR), ("Received", fmt_date(f["notice"] - dt.timedelta(days=12), ds))], w=44)
    al = round(ch * .45, 2)
    d.table(["Service date", "Code", "Units", "Billed", "Allowed", "Paid", "You owe"],
            [[fmt_date(dos, ds), code, str(mue), fmt_money(ch, ms), fmt_money(al, ms), fmt_money(al, ms),
              fmt_money(0, ms)]], [28, 18, 14, 28, 28, 28, 24], size=8.8, aligns="LLRRRRR")
    paras(d, [
        f"The laboratory sent a corrected claim billing {mue} units of {code}. The corrected line was paid in full "
        "at the contracted rate. The earlier line denied for units over the Medically Unlikely Edit is replaced by "
        "this claim.",
        "Questions? Call Member Services. If you disagree with this decision you may appeal within 180 days of the "
        "issue date."], size=9.5)
    t = truth("eob", None, insurer=PLAN_NAME, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{ch:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=LAB,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"appeal_deadline": [None], "case_numbers": [[claim, old]]}, type_alternates=["other"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: stack: provider claim notice + lab letter
def doc_stack(r):
    f = base(r, 3)
    ds, ms = "upper", "plain"
    dos = f["notice"] - dt.timedelta(days=r.randint(15, 25))
    lines, total = lab_claim(r, [0, 2, 3], 2)
    claim = pat(r, "26-999-9999999")
    acct = pat(r, "QDL-999999")
    d = Page(footer="LVHP-PCN-11   Provider Claim Notice")
    d.add_page()
    head(d, 1, f["phone"])
    d.text_line(f"PROVIDER CLAIM NOTICE        DATE {fmt_date(f['notice'], ds)}", 11, "B")
    d.ln(2)
    d.text_line(f"TO: {LAB} - Billing Office, 5 Assay Row, Hollins Ferry, WA 98999", 9.5)
    d.ln(2)
    kv(d, [("PATIENT", f["member"]), ("MEMBER NO", f["mid"]), ("DOB", fmt_date(f["dob"], ds)), ("CLAIM NO", claim),
           ("PATIENT ACCT", acct), ("DATE OF SERVICE", fmt_date(dos, ds)), ("TOTAL CHARGES", fmt_money(total, ms)),
           ("CLAIM RECEIVED", fmt_date(f["notice"] - dt.timedelta(days=8), ds))], w=46, size=9.2)
    d.table(["CPT", "UNITS", "CHARGE", "MUE", "STATUS"],
            [[x["code"], str(x["units"]), fmt_money(x["ch"], ms), str(x["mue"]) if x["mue"] else "-",
              "DENIED N362" if x["denied"] else "PAID"] for x in lines], [24, 18, 30, 18, 50], size=8.8,
            aligns="LRRRL")
    paras(d, [
        "THE UNITS BILLED FOR 87798 EXCEED THE MEDICALLY UNLIKELY EDIT FOR THIS CODE (3 PER DATE OF SERVICE). THE "
        "LINE IS DENIED AND THE MEMBER MAY NOT BE BILLED. SUBMIT A CORRECTED CLAIM (FREQUENCY CODE 7) WITHIN 365 "
        "DAYS OF THE DATE OF SERVICE, OR REQUEST A RECONSIDERATION WITHIN 60 DAYS OF THIS NOTICE."], size=9)
    t1 = truth("eob", "coding_error", insurer=PLAN_NAME, member_id=f["mid"], member_name=f["member"],
               case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
               denial_date=f["notice"].isoformat(), provider=LAB,
               appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
               alternates={"claim_amount": [f"{lines[1]['ch']:.2f}"], "appeal_deadline": [None]},
               type_alternates=["denial_letter"])
    later = f["notice"] + dt.timedelta(days=r.randint(4, 9))
    e = Page()
    e.add_page()
    e.text_line(LAB, 14, "B")
    e.text_line("5 Assay Row, Hollins Ferry, WA 98999  ·  Patient billing 1-555-388-0410", 8.5)
    e.rule(0.4, 5)
    e.text_line(fmt_date(later, "long"), 10)
    e.ln(3)
    for s in (f["member"], *f["addr"]):
        e.text_line(s, 10)
    e.ln(4)
    paras(e, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]},",
        f"Your health plan, {PLAN_NAME}, did not pay one test on our claim for your blood and swab tests of "
        f"{fmt_date(dos, 'long')} because of how many units we billed. This was our billing error, not yours. We "
        "are sending a corrected claim. You do not owe anything for this test, and you can ignore any statement "
        "that shows it as your balance.",
        f"Your account number with us is {acct}. Thank you for your patience.",
        "Patient Billing Team"], size=10)
    t2 = truth("other", None, member_name=f["member"], claim_amount=None, service_dates=[dos.isoformat()],
               denial_date=later.isoformat(), provider=LAB, unscored=["insurer"],
               alternates={"denial_date": [None]})
    return [(pdf_bytes(d), t1), (pdf_bytes(e), t2)]


# ---------------------------------------------------------------- 4: lab patient statement (nothing denied)
def doc_statement(r):
    f = base(r, 4)
    ds = "abbr"
    dos = f["notice"] - dt.timedelta(days=r.randint(30, 50))
    lines, total = lab_claim(r, [0, 3, 4], -1)
    lines[2]["units"] = 1
    lines[2]["ch"] = round(lines[2]["ch"] / 2, 2)
    total = round(sum(x["ch"] for x in lines), 2)
    acct = pat(r, "QDL-999999")
    paid = round(total * .42, 2)
    adj = round(total - paid - 18.4, 2)
    d = Page()
    d.add_page()
    d.text_line(LAB, 13, "B", "C")
    d.text_line("Patient Statement", 11, "", "C")
    d.rule(0.4, 4)
    d.boxes([("Statement date", fmt_date(f["notice"], ds), 38), ("Account no.", acct, 38),
             ("Amount due", "$18.40", 32), ("Pay by", fmt_date(f["notice"] + dt.timedelta(days=30), ds), 36)], h=11)
    d.ln(4)
    kv(d, [("Patient", f["member"]), ("Ordering physician", DOCTOR),
           ("Insurance", f"{PLAN_NAME}  ID {f['mid']}  Group {f['grp']}")], w=42)
    rows = [[fmt_date(dos, ds), x["code"], x["desc"][:34], fmt_money(x["ch"])] for x in lines]
    rows += [["", "", "Total charges", fmt_money(total)], ["", "", "Insurance payment", f"-{fmt_money(paid)}"],
             ["", "", "Contractual adjustment", f"-{fmt_money(adj)}"], ["*", "", "Your balance (deductible)", "$18.40"]]
    d.table(["Date", "Test", "Description", "Amount"], rows, [30, 20, 90, 30], size=8.8, aligns="LLLR")
    paras(d, ["Your insurance processed this claim. The balance is your deductible. Questions: 1-555-388-0410."],
          size=9.5)
    t = truth("other", None, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(),
              provider=LAB, unscored=["insurer"], alternates={"claim_amount": ["18.40", None]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: Spanish member EOB
def doc_es(r):
    f = base(r, 5)
    ds, ms = "es_abbr", "plain"
    dos = f["notice"] - dt.timedelta(days=r.randint(15, 28))
    lines, total = lab_claim(r, [1, 3, 4], 4)
    claim, other = pat(r, "26-999-9999999"), pat(r, "26-999-9999999")
    oth_ch = fee(r, 150, 220)
    d = Page(footer="Larkspur Valley Health Plan - Explicación de beneficios - Esto no es una factura")
    d.add_page()
    head(d, 0, f["phone"])
    d.text_line("Explicación de Beneficios", 13, "B")
    kv(d, [("Fecha del estado de cuenta:", fmt_date(f["notice"], ds)), ("Paciente:", f["member"]),
           ("Nº de afiliado:", f["mid"]), ("Grupo:", f["grp"])], w=60, size=9.4)
    d.text_line(f"Reclamación {other} - {DOCTOR}", 9.4, "B")
    d.table(["Fecha", "Servicio", "Facturado", "Pagado", "Nota"],
            [[fmt_date(dos, ds), "99213 Consulta", fmt_money(oth_ch, ms), fmt_money(oth_ch * .6, ms), "A1"]],
            [30, 80, 26, 26, 16], size=8.4, aligns="LLRRL")
    d.text_line(f"Reclamación {claim} - {LAB}", 9.4, "B")
    d.table(["Fecha", "Servicio", "Facturado", "Pagado", "Nota"],
            [[fmt_date(dos, ds), f"{x['code']} x{x['units']} unid.", fmt_money(x["ch"], ms),
              "$0.00" if x["denied"] else fmt_money(x["ch"] * .45, ms), "MU4" if x["denied"] else "A1"]
             for x in lines] + [["*Total", "", fmt_money(total, ms), "", ""]],
            [30, 80, 26, 26, 16], size=8.4, aligns="LLRRL")
    paras(d, [
        "A1  Pagado según su beneficio dentro de la red.",
        "MU4  Las unidades facturadas superan el máximo que se puede prestar a un paciente en un día (Edición de "
        "Unidades Médicamente Improbables). Esta línea se deniega; el laboratorio puede enviar una reclamación "
        "corregida y no puede cobrarle a usted.",
        "#Apelaciones",
        "Puede apelar dentro de 180 días a partir de la fecha de este estado de cuenta. Las apelaciones urgentes se "
        "deciden en 72 horas."], size=9)
    t = truth("eob", "coding_error", lang="es", insurer=PLAN_NAME, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[claim], claim_amount=f"{total:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=LAB,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"claim_amount": [f"{lines[2]['ch']:.2f}"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: prose letter
def doc_prose(r):
    f = base(r, 6)
    dos = f["notice"] - dt.timedelta(days=r.randint(20, 35))
    lines, total = lab_claim(r, [0, 1, 2, 4], 2)
    claim = pat(r, "26-999-9999999")
    ds = "mdy_nopad"
    d = Page(footer="Larkspur Valley Health Plan  ·  LV-CL-22")
    d.add_page()
    head(d, 0, f["phone"])
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    for s in (f["member"], *f["addr"]):
        d.text_line(s, 10)
    d.ln(5)
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:",
        f"We are writing about claim {claim}, which {LAB} sent us for laboratory tests done on {fmt_date(dos, ds)}. "
        f"The claim's charges were {fmt_money(total)}. Your member ID is {f['mid']}.",
        "We paid three of the four tests. We denied the line for 87798 (infectious agent detection by nucleic acid "
        "amplification) because six units were billed and no more than three units can be paid for one patient on "
        "one day under the Medically Unlikely Edit for that code. This is a billing (coding) matter between the plan "
        "and the laboratory, and the laboratory may not bill you for the denied line.",
        "If you disagree, you or the laboratory may appeal within 180 days of the date of this letter. Write to "
        "Larkspur Valley Appeals, PO Box 40419, Cinderford, OR 97999. You may also ask for the code edit we used, "
        "free of charge.",
        "Sincerely,", "Claims Review, Larkspur Valley Health Plan"], size=10)
    t = truth("denial_letter", "coding_error", insurer=PLAN_NAME, member_id=f["mid"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=LAB,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(), type_alternates=["eob"])
    return pdf_bytes(d), t


PLAN = [
    ("bd_member_eob_three_claims_mue_line", "born_digital", doc_member_eob, None),
    ("scan300_remittance_three_patients", "scan_clean_300", doc_remit, None),
    ("copy_corrected_claim_paid", "photocopy", doc_corrected, None),
    ("faxstd_stack_provider_notice_lab_letter", "fax_standard_g4", doc_stack, ["cover", None]),
    ("photo_lab_patient_statement", "phone_photo", doc_statement, None),
    ("rotated_eob_es_unidades", "rotated", doc_es, None),
    ("lowres_prose_letter", "scan_lowres_150", doc_prose, None),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build, seps) in enumerate(PLAN):
        out = build(random.Random(SEED + i))
        docs = out if isinstance(out, list) else [out]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
