"""Family 'remote_patient_monitoring_sixteen_day_denial': invented Medicare Summary Notices, Medicare Advantage EOBs, a
MAC redetermination notice and a monitoring vendor's statement on remote physiologic monitoring (RPM: 99453 set-up
and education, 99454 device supply with daily recordings each 30 days, 99457/99458 treatment management).

Cases: an MSN denying 99454 because fewer than 16 days of readings were transmitted in the 30-day period (99457 on
the same claim paid, an unrelated office visit paid); an MA EOB denying 99453/99454 billed by a second practice in a
30-day period already paid to another practice; a Spanish MA EOB (fewer than 16 days); an MSN denying 99453/99454/
99457 because the readings came from a consumer app that is not a medical device as the FDA defines it; a MAC
redetermination notice upholding a 16-day denial (fax); a paid MA EOB (no denial, phone photo); the monitoring
vendor's patient statement after the plan denied 99454 (a provider bill, rotated).

Layouts are invented, modelled loosely on the CMS Medicare Summary Notice, MA plan monthly EOBs and MAC
redetermination letters. All values invented: plans, contractors, practices, people, IDs, amounts; phones 1-555.
Decoys: ordering/supervising clinicians, NPIs, dates of birth, claim received dates, earlier paid dates, days-of-
readings counts, account numbers, approved/paid/you-owe amounts, plan contract numbers, material numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "remote_patient_monitoring_sixteen_day_denial"
LANG = "en"
SEED = 263500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MI = "BCDEFGHJKLMNPRSTW"


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", **kw)
        self.add_font("DejaVu", "B", BOLD)


def ph(r):
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def pat(r, p):
    """An ID after a pattern: 9 a digit, A a letter, anything else kept."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ACDEFGHJKMNPQRTUVWXY") if c == "A" else c
                   for c in p)


def npi(r):
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def fee(r, lo, hi):
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


def kv(d, rows, w=48, size=9.5):
    for a, b in rows:
        d.font(size, "B")
        d.cell(w, size * 0.55, a)
        d.font(size)
        d.cell(0, size * 0.55, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def paras(d, items, size=10):
    for p in items:
        if p.startswith("#"):
            d.text_line(p[1:], size + 0.8, "B")
            d.ln(0.5)
        else:
            d.para(p, size)


FIRST = ["Wilhelmina", "Barnaby", "Oksana", "Cornelius", "Delphine", "Ignatius", "Rosalind", "Fitzgerald",
         "Henrietta", "Lucius"]
LAST = ["Pendergast", "Okonkwo-Hale", "Thistlewood", "Marchbanks", "Lindqvist", "Ravensworth", "Abernethy",
        "Castellanos-Reed", "Fairweather", "Brockhurst"]
FIRST_ES = ["Eusebio", "Altagracia", "Casimiro", "Dulcinea"]
LAST_ES = ["Valderrama", "Arreola", "Campuzano", "Villaseñor"]
CITIES = ["Quimby Hollow, OH 43999", "Ardmore Flats, WI 54899", "Pelham Cove, SC 29099", "Kettering Bluff, IA 50099"]
STREETS = ["Gristmill Road", "Tanager Lane", "Bellflower Court", "Ironbridge Way", "Wicklow Drive"]
PRACTICES = ["Quimby Hollow Heart Associates", "Ardmore Flats Internal Medicine", "Pelham Cove Family Physicians",
             "Kettering Bluff Cardiology Group"]
VENDORS = ["PulseHarbor Remote Care, LLC", "VitalTether Monitoring Services", "Centro Médico San Lázaro"]
CLINICIANS = ["Dr. Augustin P. Mercado-Lowe", "Dr. Saoirse K. Whitlock", "Dr. Emeka J. Varga", "Dr. Ilse N. Barbosa",
              "Dr. Thornton G. Achebe"]
NPS = ["Gwendolyn R. Ashby, NP", "Marcus T. Oyelowo, PA-C", "Kirsten L. Haugland, RN"]
CODES = {"99453": "Remote monitoring set-up and patient education", "99454": "Remote monitoring device supply, each 30 days",
         "99457": "Remote monitoring treatment mgmt, first 20 min", "99458": "Remote monitoring treatment mgmt, addl 20 min",
         "99214": "Office/outpatient visit, established patient"}
CODES_ES = {"99453": "Configuración de monitoreo remoto y educación", "99454": "Suministro de dispositivo, cada 30 días",
            "99457": "Manejo de monitoreo remoto, primeros 20 min"}
RANGES = {"99453": (45, 95), "99454": (95, 165), "99457": (85, 145), "99458": (70, 115), "99214": (160, 235)}
APPROVED = {"99453": 19.73, "99454": 46.17, "99457": 47.87, "99458": 38.49, "99214": 118.42}


def person(r, lang="en"):
    return f"{r.choice(FIRST_ES if lang == 'es' else FIRST)} {r.choice(MI)}. {r.choice(LAST_ES if lang == 'es' else LAST)}"


def base(r, lang="en"):
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 180))
    return dict(notice=notice, member=person(r, lang),
                addr=(f"{r.randint(14, 9800)} {r.choice(STREETS)}", r.choice(CITIES)), phone=ph(r), npi=npi(r),
                dob=dt.date(r.randint(1936, 1959), r.randint(1, 12), r.randint(1, 28)))


def line(r, code, dos, status="paid", ratio=0.8):
    ch = fee(r, *RANGES[code])
    ap = APPROVED[code] if status == "paid" else 0.0
    return dict(code=code, dos=dos, ch=ch, ap=ap, paid=round(ap * ratio, 2), you=round(ap * (1 - ratio), 2),
                status=status)


def total(lines):
    return round(sum(x["ch"] for x in lines), 2)


def days(d0, n):
    return d0 + dt.timedelta(days=n)


# ---------------------------------------------------------------- MSN (Part B) used by docs 0 and 3
def msn(d, f, claims, notes, ds, ms="plain"):
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 14, "B")
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5)
    d.rule(0.6, 4)
    y = d.get_y()
    for s in (f["member"].upper(), *(a.upper() for a in f["addr"])):
        d.text_line(s, 10)
    d.set_xy(108, y)
    d.font(9.5, "B")
    d.cell(0, 5, f"Notice for {f['member']}", new_x="LEFT", new_y="NEXT")
    for a, b in (("Medicare Number", f["mbi"]), ("Date of This Notice", fmt_date(f["notice"], ds)),
                 ("Claims Processed Between", f"{fmt_date(f['p0'], ds)} - {fmt_date(f['p1'], ds)}")):
        d.set_x(108)
        d.font(8.5)
        d.cell(42, 4.6, a)
        d.font(8.5, "B")
        d.cell(0, 4.6, b, new_x="LEFT", new_y="NEXT")
    d.set_x(108)
    d.font(8.5)
    d.cell(0, 4.6, f"Customer Service: 1-800-MEDICARE (1-555-633-4227)", new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.set_fill_color(232, 232, 232)
    d.font(11, "B")
    d.cell(0, 7, "  Your Claims for Part B (Medical Insurance)", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.para("Part B Medical Insurance helps pay for doctors' services, diagnostic tests, ambulance services, and other "
           "health care services.", 8.5)
    for c in claims:
        d.ln(1)
        d.font(9.5, "B")
        d.cell(0, 5.5, f"{c['prov']}", new_x="LMARGIN", new_y="NEXT")
        d.font(8.3)
        d.cell(0, 4.3, f"{c['paddr']}   |   Claim Number: {c['claim']}", new_x="LMARGIN", new_y="NEXT")
        if c.get("by"):
            d.cell(0, 4.3, f"Ordered by: {c['by']}", new_x="LMARGIN", new_y="NEXT")
        d.ln(1)
        rows = []
        for x in c["lines"]:
            ok = x["status"] == "paid"
            rows.append([fmt_date(x["dos"], ds), f"{x['code']} {CODES[x['code']][:31]}", "Yes" if ok else "NO",
                         fmt_money(x["ch"], ms), fmt_money(x["ap"], ms), fmt_money(x["paid"], ms),
                         fmt_money(x["you"], ms) if ok else fmt_money(0, ms), x.get("note", "")])
        rows.append(["*Total for this claim", "", "", fmt_money(total(c["lines"]), ms),
                     fmt_money(sum(x["ap"] for x in c["lines"]), ms), fmt_money(sum(x["paid"] for x in c["lines"]), ms),
                     fmt_money(sum(x["you"] for x in c["lines"]), ms), ""])
        d.table(["Date", "Service Provided & Billing Code", "OK?", "Charged", "Approved", "Medicare Paid",
                 "You May Owe", "Notes"], rows, [20, 55, 11, 18, 18, 21, 19, 10], size=7.2, aligns="LLLRRRRL",
                head_fill=True)
    d.font(10, "B")
    d.cell(0, 6, "Notes for Claims Above", new_x="LMARGIN", new_y="NEXT")
    for k, v in notes:
        d.font(8.8, "B")
        d.cell(7, 4.6, k)
        d.font(8.8)
        d.multi_cell(0, 4.4, v, new_x="LMARGIN", new_y="NEXT")
        d.ln(1)
    d.ln(2)
    d.font(11, "B")
    d.cell(0, 7, "  How to Handle Denied Claims or File an Appeal", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.para("If you disagree with a coverage decision on this notice, you can file an appeal. Circle the service(s) "
           "you disagree with, explain in writing why you disagree, and send this notice or a copy to the Medicare "
           "contractor at the address below. Call 1-800-MEDICARE if you need help.", 8.8)
    d.font(9.5, "B")
    d.cell(0, 5, f"The deadline for filing an appeal is {fmt_date(f['deadline'], ds)}.", new_x="LMARGIN", new_y="NEXT")
    d.font(8.5)
    d.cell(0, 4.6, f"Send appeals to: {f['mac']}, Part B Redeterminations, PO Box 6150, Pelham Cove, SC 29099",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para("Your Medicare Number is private. If someone calls you asking for it, hang up and call 1-800-MEDICARE. "
           "To report fraud, call 1-555-447-8477.", 8)


# ---------------------------------------------------------------- 0: MSN, 99454 with fewer than 16 days
def doc_msn_16(r):
    f = base(r)
    prac, vis = PRACTICES[0], PRACTICES[1]
    dos = days(f["notice"], -r.randint(24, 40))
    dos2 = days(dos, r.randint(3, 9))
    n_days = r.randint(9, 14)
    denied = line(r, "99454", dos, "denied")
    denied["note"] = "A"
    l2 = line(r, "99457", dos)
    l2["note"] = "B"
    visit = line(r, "99214", dos2)
    claim, claim2 = pat(r, "99-9999-9999-999"), pat(r, "99-9999-9999-999")
    f.update(mbi=pat(r, "9AA9-AA9-AA99"), p0=days(f["notice"], -31), p1=days(f["notice"], -2),
             deadline=days(f["notice"], 120), mac="Tidemark Medicare Services")
    ds = "long"
    d = Page(footer="Page {p} of {n}   |   Medicare Summary Notice")
    claims = [dict(prov=prac, paddr="1420 Gristmill Road, Quimby Hollow, OH 43999", claim=claim,
                   by=CLINICIANS[0], lines=[denied, l2]),
              dict(prov=vis, paddr="88 Tanager Lane, Ardmore Flats, WI 54899", claim=claim2, lines=[visit])]
    notes = [("A", f"Medicare pays for remote monitoring device supply (99454) only when the device collected and "
                   f"transmitted readings on at least 16 days of the 30-day period. The records show readings on "
                   f"{n_days} days. This service is denied. The provider may not bill you for it unless you signed a "
                   "notice before the service saying you would pay. (CARC 50)"),
             ("B", "This approved amount is what Medicare allows for 20 minutes of monitoring management. You owe "
                   "your 20% coinsurance.")]
    msn(d, f, claims, notes, ds)
    t = truth("eob", "medical_necessity", insurer="Medicare", member_id=f["mbi"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total([denied, l2]):.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prac, appeal_deadline=f["deadline"].isoformat(),
              denial_alternates=["not_covered"],
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"], "claim_amount": [f"{denied['ch']:.2f}"],
                          "provider": [CLINICIANS[0]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- MA plan EOB used by docs 1 and 5
def ma_eob(d, p, f, claims, notes, ds, ms, paid_msg=None):
    d.add_page()
    d.set_fill_color(225, 225, 225)
    d.font(14, "B")
    d.cell(0, 9, "  " + p["product"], fill=True, new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"{p['org']}  |  {p['addr']}  |  Member Services {f['phone']} (TTY 711)", 8.2)
    d.ln(3)
    d.text_line("Your Explanation of Benefits (EOB)", 13, "B")
    d.text_line(f"for medical services processed in {f['notice'].strftime('%B %Y')}   -   THIS IS NOT A BILL", 9)
    d.ln(3)
    d.boxes([("Member", f["member"], 58), ("Member ID", f["mid"], 40), ("Plan", p["hnum"], 32),
             ("Date issued", fmt_date(f["notice"], ds), 46)])
    d.ln(4)
    for c in claims:
        d.font(10, "B")
        d.cell(0, 6, f"Claim {c['claim']}  -  {c['prov']}", new_x="LMARGIN", new_y="NEXT")
        d.font(8.3)
        d.cell(0, 4.4, f"Treating clinician: {c['by']}   |   NPI {c['npi']}   |   Received {fmt_date(c['rcv'], ds)}",
               new_x="LMARGIN", new_y="NEXT")
        d.ln(1)
        rows = [[fmt_date(x["dos"], ds), x["code"], CODES[x["code"]][:31], fmt_money(x["ch"], ms),
                 fmt_money(x["ap"], ms), fmt_money(x["paid"], ms), fmt_money(x["you"], ms), x.get("note", "")]
                for x in c["lines"]]
        rows.append(["*Claim total", "", "", fmt_money(total(c["lines"]), ms),
                     fmt_money(sum(x["ap"] for x in c["lines"]), ms), fmt_money(sum(x["paid"] for x in c["lines"]), ms),
                     fmt_money(sum(x["you"] for x in c["lines"]), ms), ""])
        d.table(["Service date", "Code", "Description", "Provider charged", "Plan approved", "Plan paid", "You owe",
                 "Note"], rows, [20, 12, 48, 27, 23, 17, 16, 11], size=7.3, aligns="LLLRRRRL")
    d.text_line("Explanation of notes", 10.5, "B")
    for k, v in notes:
        d.font(8.8, "B")
        d.cell(9, 4.6, k)
        d.font(8.8)
        d.multi_cell(0, 4.4, v, new_x="LMARGIN", new_y="NEXT")
        d.ln(1)
    d.ln(2)
    paras(d, [f"#{paid_msg or 'If you disagree with a decision on this EOB'}",
              "You can ask us to reconsider a payment decision. Your request must reach us within 65 days of the date "
              f"this EOB was issued. Write to {p['org']}, Attn: Appeals & Grievances, {p['addr']}, or call "
              f"{f['phone']}. You may name someone, including your doctor, to appeal for you.",
              f"{p['hnum']}_EOB26_C  Approved"], 8.8)


PLANS = [dict(org="Lowmoor Senior Health Plan, Inc.", product="Lowmoor Medicare Advantage Classic (HMO)",
              hnum="H4471-006", addr="PO Box 22870, Kettering Bluff, IA 50099"),
         dict(org="Rivergate Health Company", product="Rivergate Medicare Select (PPO)", hnum="H8823-012",
              addr="PO Box 5104, Ardmore Flats, WI 54899"),
         dict(org="Plan de Salud Girasol, Inc.", product="Girasol Medicare Advantage (HMO)", hnum="H3319-001",
              addr="PO Box 771, Pelham Cove, SC 29099")]


# ---------------------------------------------------------------- 1: MA EOB, second practice in the same 30 days
def doc_ma_dup(r):
    f = base(r)
    p = PLANS[0]
    vend = VENDORS[1]
    first_paid = days(f["notice"], -r.randint(40, 48))
    dos = days(first_paid, r.randint(9, 16))
    l1 = line(r, "99453", dos, "denied")
    l2 = line(r, "99454", dos, "denied")
    l1["note"], l2["note"] = "D17", "D18"
    lab = line(r, "99214", days(dos, -r.randint(2, 6)))
    claim, claim2 = pat(r, "E99999999999"), pat(r, "E99999999999")
    f.update(mid=pat(r, "LSM9999999999"))
    ds, ms = "slash", "plain"
    d = Page(footer="Lowmoor Senior Health Plan  -  page {p} of {n}")
    claims = [dict(claim=claim, prov=vend, by=NPS[2], npi=f["npi"], rcv=days(dos, 6), lines=[l1, l2]),
              dict(claim=claim2, prov=PRACTICES[3], by=CLINICIANS[4], npi=npi(r), rcv=days(lab["dos"], 4),
                   lines=[lab])]
    notes = [("D17", f"Set-up and education (99453) is paid once for each episode of monitoring. It was already paid "
                     f"to {PRACTICES[3]} for {fmt_date(first_paid, ds)}. Denied as a duplicate service."),
             ("D18", "Device supply (99454) may be paid to only one practitioner for each 30-day period, even when "
                     f"more than one practice bills it. We already paid 99454 to {PRACTICES[3]} for the 30-day period "
                     f"that began {fmt_date(first_paid, ds)}. Denied as a duplicate. A network provider may not bill "
                     "you for this amount.")]
    ma_eob(d, p, f, claims, notes, ds, ms)
    t = truth("eob", "other", insurer=p["org"], plan_id=p["hnum"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total([l1, l2]):.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=vend,
              appeal_deadline=days(f["notice"], 65).isoformat(), denial_alternates=["not_covered"],
              alternates={"insurer": [p["product"]], "plan_id": [None], "provider": [NPS[2]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: Spanish MA EOB, fewer than 16 days
def doc_es(r):
    f = base(r, "es")
    p = PLANS[2]
    prov = VENDORS[2]
    dos = days(f["notice"], -r.randint(25, 38))
    l1 = line(r, "99454", dos, "denied")
    l2 = line(r, "99457", dos)
    l1["note"], l2["note"] = "N1", "N2"
    claim = pat(r, "GS-99999999-99")
    f.update(mid=pat(r, "G99999999-01"))
    n_days = r.randint(8, 13)
    ds, ms = "es", "usd"
    d = Page(footer="Página {p} de {n}  -  Plan de Salud Girasol")
    d.add_page()
    d.text_line(p["product"], 14, "B")
    d.text_line(f"{p['org']}  ·  {p['addr']}  ·  Servicios al Miembro {f['phone']} (TTY 711)", 8.2)
    d.rule(0.5, 4)
    d.text_line("EXPLICACIÓN DE BENEFICIOS", 13, "B", "C")
    d.text_line("ESTO NO ES UNA FACTURA", 9, "", "C")
    d.ln(3)
    for s in (f["member"], *f["addr"]):
        d.text_line(s, 10)
    d.ln(3)
    kv(d, [("Fecha de emisión:", fmt_date(f["notice"], ds)), ("Miembro:", f["member"]),
           ("Número de identificación:", f["mid"]), ("Número de reclamo:", claim), ("Proveedor:", prov),
           ("Médico supervisor:", CLINICIANS[3]), ("Fecha de nacimiento:", fmt_date(f["dob"], "slash")),
           ("Reclamo recibido:", fmt_date(days(dos, 5), "es_abbr"))], w=50, size=9.3)
    rows = [[fmt_date(x["dos"], "es_abbr"), x["code"], CODES_ES[x["code"]], fmt_money(x["ch"], ms),
             fmt_money(x["ap"], ms), fmt_money(x["paid"], ms), fmt_money(x["you"], ms), x["note"]] for x in (l1, l2)]
    rows.append(["*Total", "", "", fmt_money(total([l1, l2]), ms), fmt_money(l2["ap"], ms), fmt_money(l2["paid"], ms),
                 fmt_money(l2["you"], ms), ""])
    d.table(["Fecha", "Código", "Servicio", "Cargo", "Aprobado", "Plan pagó", "Usted debe", "Nota"], rows,
            [22, 13, 60, 22, 20, 20, 17, 8], size=7.3, aligns="LLLRRRRL")
    paras(d, [
        "#Notas",
        f"N1  Negado. El plan paga el suministro del dispositivo de monitoreo (99454) solo cuando el dispositivo "
        f"transmitió lecturas en 16 días o más del período de 30 días. Los registros muestran lecturas en {n_days} "
        "días. Un proveedor de la red no puede cobrarle este monto.",
        "N2  Pagado. Usted paga su coseguro del 20%.",
        "#Si no está de acuerdo",
        "Puede pedirnos que reconsideremos esta decisión. Su solicitud debe llegarnos dentro de 65 días a partir de "
        f"la fecha de este aviso. Escriba a {p['org']}, Apelaciones y Quejas, {p['addr']}, o llame al {f['phone']}.",
        "H3319_EOB26_S  Aprobado"], 9.2)
    t = truth("eob", "medical_necessity", lang="es", insurer=p["org"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total([l1, l2]):.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prov,
              appeal_deadline=days(f["notice"], 65).isoformat(), denial_alternates=["not_covered"],
              alternates={"insurer": [p["product"]], "claim_amount": [f"{l1['ch']:.2f}"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: MSN, device not a medical device (consumer app)
def doc_msn_fda(r):
    f = base(r)
    prac = PRACTICES[2]
    dos = days(f["notice"], -r.randint(26, 44))
    lines = [line(r, "99453", dos, "denied"), line(r, "99454", dos, "denied"), line(r, "99457", dos, "denied")]
    for x in lines:
        x["note"] = "C"
    claim = pat(r, "99-9999-9999-999")
    f.update(mbi=pat(r, "9AA9-AA9-AA99"), p0=days(f["notice"], -30), p1=days(f["notice"], -3),
             deadline=days(f["notice"], 120), mac="Tidemark Medicare Services")
    ds = "abbr"
    d = Page(footer="Page {p} of {n}")
    claims = [dict(prov=prac, paddr="3070 Bellflower Court, Pelham Cove, SC 29099", claim=claim, by=CLINICIANS[2],
                   lines=lines)]
    notes = [("C", "Medicare pays for remote physiologic monitoring only when the readings come from a device that "
                   "meets the Food and Drug Administration (FDA) definition of a medical device. The readings on this "
                   "claim were entered by you in a fitness watch app, which is not a medical device. These services "
                   "are not covered. You may be billed for them only if you signed an Advance Beneficiary Notice."),
             ("D", "Your Part B deductible of $283.00 has been met for 2026.")]
    msn(d, f, claims, notes, ds, "nosign")
    t = truth("eob", "not_covered", insurer="Medicare", member_id=f["mbi"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total(lines):.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prac, appeal_deadline=f["deadline"].isoformat(),
              denial_alternates=["medical_necessity"],
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"], "provider": [CLINICIANS[2]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: MAC redetermination, unfavorable (fax)
def doc_mrn(r):
    f = base(r)
    mac = "Tidemark Medicare Services"
    prac = PRACTICES[3]
    dos = [days(f["notice"], -r.randint(110, 125))]
    dos.append(days(dos[0], 30))
    lines = [line(r, "99454", x, "denied") for x in dos]
    claim, dcn = pat(r, "99999999999999"), pat(r, "9999999999999A")
    f.update(mbi=pat(r, "9AA9-AA9-AA99"))
    rcv = days(f["notice"], -r.randint(30, 52))
    ds, ms = "iso", "bare"
    d = Page(footer=f"{mac}  |  Jurisdiction 11 Part B  |  MRN-B 26.1")
    d.add_page()
    d.text_line(f"{fmt_date(f['notice'], 'short')} 09:{r.randint(10, 59)}  FROM: TIDEMARK MEDICARE  TO: "
                f"{prac.upper()}  P.1/2", 7.5)
    d.ln(2)
    d.text_line(mac.upper(), 15, "B")
    d.text_line("A CMS Medicare Administrative Contractor  ·  Part B Redeterminations  ·  PO Box 6150, Pelham Cove, "
                "SC 29099", 8.3)
    d.text_line(f"Provider Contact Center 1-555-260-{r.randint(1000, 9999)}   Beneficiaries call 1-800-MEDICARE", 8.3)
    d.rule(0.5, 4)
    d.text_line("MEDICARE REDETERMINATION NOTICE", 13, "B", "C")
    d.ln(2)
    kv(d, [("Date of notice:", fmt_date(f["notice"], ds)), ("Beneficiary:", f["member"]),
           ("Medicare Number:", f["mbi"]), ("Appeal number (DCN):", dcn), ("Claim number:", claim),
           ("Provider/supplier:", prac), ("Supervising physician:", f"{CLINICIANS[1]}, NPI {f['npi']}"),
           ("Request received:", fmt_date(rcv, ds))], w=48, size=9.2)
    d.table(["Date of service", "Procedure", "Billed", "Decision"],
            [[fmt_date(x["dos"], ds), "99454 RPM device supply, 30 days", fmt_money(x["ch"], ms), "Unfavorable"]
             for x in lines] + [["*Total billed", "", fmt_money(total(lines), ms), ""]],
            [34, 76, 28, 36], size=8.5, aligns="LLRL")
    paras(d, [
        "#Summary of the facts",
        f"{prac} billed device supply for remote physiologic monitoring (99454) for the dates above. The initial "
        "determination denied both services. The practice asked for a redetermination and sent the device "
        "transmission logs and the monthly monitoring notes.",
        "#Decision",
        "UNFAVORABLE. Our decision is that Medicare will not pay for these services.",
        "#Explanation of the decision",
        "Code 99454 describes a device that records and transmits data on at least 16 days in each 30-day period. "
        "The logs show blood pressure readings on 12 days in the first period and on 14 days in the second period. "
        "A partial month does not meet the code's requirement, and Medicare does not pay 99454 for fewer than 16 "
        "days of data. The records do not change the initial decision.",
        "#Who is responsible for the bill?",
        "The beneficiary was not given an Advance Beneficiary Notice, so the provider is responsible and may not "
        "collect payment from the beneficiary for these services.",
        "#If you disagree with this decision",
        "You may request a reconsideration by a Qualified Independent Contractor (QIC). You must file your request "
        "within 180 days of the date you receive this letter. We presume you received it 5 days after the date of "
        "this notice unless you show otherwise. Use form CMS-20033 and send it to the QIC named on the form."], 9.2)
    t = truth("denial_letter", "medical_necessity", insurer=mac, member_id=f["mbi"], member_name=f["member"],
              case_numbers=[dcn, claim], claim_amount=f"{total(lines):.2f}", service_dates=[x.isoformat() for x in dos],
              denial_date=f["notice"].isoformat(), provider=prac,
              appeal_deadline=days(f["notice"], 185).isoformat(), denial_alternates=["not_covered"],
              alternates={"insurer": ["Medicare"], "appeal_deadline": [days(f["notice"], 180).isoformat(), None],
                          "case_numbers": [[dcn], [claim]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: paid MA EOB (no denial)
def doc_paid(r):
    f = base(r)
    p = PLANS[1]
    prac = PRACTICES[1]
    dos = days(f["notice"], -r.randint(20, 33))
    lines = [line(r, "99454", dos), line(r, "99457", dos), line(r, "99458", dos)]
    for x in lines:
        x["note"] = "P1"
    claim = pat(r, "99999A999999")
    f.update(mid=pat(r, "RG999999999"))
    ds, ms = "dmy", "space"
    d = Page()
    claims = [dict(claim=claim, prov=prac, by=CLINICIANS[1], npi=f["npi"], rcv=days(dos, 3), lines=lines)]
    notes = [("P1", "Paid. 22 days of readings were received for the 30-day period and 45 minutes of interactive "
                    "communication were documented in the calendar month. You pay your 20% coinsurance.")]
    ma_eob(d, p, f, claims, notes, ds, ms, "Questions about this EOB")
    t = truth("eob", None, insurer=p["org"], plan_id=p["hnum"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total(lines):.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prac,
              appeal_deadline=days(f["notice"], 65).isoformat(),
              alternates={"insurer": [p["product"]], "plan_id": [None], "appeal_deadline": [None],
                          "provider": [CLINICIANS[1]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: vendor's patient statement after denial
def doc_statement(r):
    f = base(r)
    vend = VENDORS[0]
    plan = "Rivergate Health Company"
    dos = [days(f["notice"], -r.randint(70, 80))]
    dos.append(days(dos[0], 30))
    lines = [line(r, "99454", x, "denied") for x in dos]
    claim = pat(r, "99999A999999")
    acct = pat(r, "PH-999999")
    f.update(mid=pat(r, "RG999999999"))
    ds, ms = "upper", "plain"
    due = sum(x["ch"] for x in lines)
    d = Page()
    d.add_page()
    d.text_line(vend, 15, "B")
    d.text_line("Billing Office  ·  500 Ironbridge Way, Suite 12, Kettering Bluff, IA 50099  ·  1-555-318-7702", 8.5)
    d.rule(0.4, 4)
    d.text_line("PATIENT STATEMENT", 13, "B")
    d.ln(2)
    d.boxes([("Statement date", fmt_date(f["notice"], ds), 40), ("Account number", acct, 40),
             ("Please pay", fmt_money(due, ms), 36), ("Due by", fmt_date(days(f["notice"], 30), ds), 40)])
    d.ln(4)
    for s in (f["member"], *f["addr"]):
        d.text_line(s, 10)
    d.ln(3)
    kv(d, [("Patient:", f["member"]), ("Insurance:", f"{plan} (Medicare Advantage)"), ("Insurance ID:", f["mid"]),
           ("Insurance claim #:", claim), ("Ordering clinician:", CLINICIANS[4])], w=40, size=9.4)
    rows = []
    for x in lines:
        rows.append([fmt_date(x["dos"], ds), "99454", "Blood pressure monitor supply, 30 days", fmt_money(x["ch"], ms),
                     fmt_money(0, ms), fmt_money(x["ch"], ms)])
    rows.append(["*Totals", "", "", fmt_money(due, ms), fmt_money(0, ms), fmt_money(due, ms)])
    d.table(["Date", "Code", "Description", "Charges", "Insurance paid", "Your balance"], rows,
            [26, 14, 70, 24, 24, 24], size=8.3, aligns="LLLRRR")
    paras(d, [
        "#Message from our billing office",
        f"Your insurance, {plan}, denied these charges because fewer than 16 days of readings were sent from "
        "your monitor in each 30-day period. Your plan's EOB explains the decision. If you think your monitor "
        "sent readings that were not counted, call us before the due date; we can send the device logs with an "
        "appeal to your plan.",
        "Payment plans are available. Pay online at the patient portal or mail the coupon below.",
        "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -",
        f"Remit to {vend}, PO Box 4490, Kettering Bluff, IA 50099   Account {acct}   Amount enclosed: ______"], 9.2)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], case_numbers=[claim],
              claim_amount=f"{due:.2f}", service_dates=[x.isoformat() for x in dos],
              denial_date=f["notice"].isoformat(), provider=vend, unscored=["insurer"],
              alternates={"case_numbers": [[]]})
    return pdf_bytes(d), t


PLAN = [
    ("bd_msn_99454_fewer_than_16_days", "born_digital", doc_msn_16),
    ("scan300_ma_eob_99453_99454_second_practice_same_30_days", "scan_clean_300", doc_ma_dup),
    ("lowres_eob_es_menos_de_16_dias", "scan_lowres_150", doc_es),
    ("copy_msn_consumer_app_not_fda_device", "photocopy", doc_msn_fda),
    ("faxfine_mac_redetermination_unfavorable_16_days", "fax_fine_g4", doc_mrn),
    ("photo_ma_eob_rpm_paid", "phone_photo", doc_paid),
    ("rotated_vendor_statement_after_denial", "rotated", doc_statement),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build) in enumerate(PLAN):
        out = build(random.Random(SEED + i))
        items.append(Item(f"{FAMILY}_{suffix}", cond, [out]))
    return items
