"""Family 'behavioral_health_collaborative_care_cost_sharing_msn': invented Medicare Summary Notices (Part B),
Medicare Advantage EOBs and notices on psychiatric collaborative care management (CoCM) billed once a calendar
month by the treating practice: 99492 (first month, 70 minutes), 99493 (later months, 60 minutes) and 99494 (each
additional 30 minutes).

Statement-heavy: an MSN paying 99492 + 99494 with the Part B coinsurance applied (nothing denied); an MSN denying
99493 because the same practitioner billed a psychiatric diagnostic evaluation (90792) in the same month and the
time was counted twice; a Medicare Advantage EOB in boxed form (labels above values) denying 99492 because the
patient's consent to collaborative care was not documented; a Spanish MSN applying 99493 to the deductible and
coinsurance (nothing denied); a Medicare Advantage Notice of Denial of Medical Payment (consent not documented,
99493 + 99494); a Medicare Redetermination Notice from the Part B contractor upholding the same-month denial; a
two-month MA EOB paying 99493 with 20% coinsurance each month (nothing denied).

Layouts are invented, modelled loosely on the public MSN layout, the CMS model Part C EOB, CMS-10003 and MAC
redetermination letters. All values invented: plans, contractors, practices, clinicians, people, IDs, amounts;
phones 1-555. Decoys: the psychiatric consultant and the behavioral health care manager, the claims-processed
period, the received date, NPIs, contract-PBP numbers, the deductible, approved/paid/you-may-be-billed amounts.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "behavioral_health_collaborative_care_cost_sharing_msn"
LANG = "en"
SEED = 267600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MI = "BCDEFGHJKLMNPRSTW"
FIRST = ["Eudora", "Lucius", "Philomena", "Horatio", "Gwendolyn", "Osvaldo", "Rosamund", "Thelonious", "Verity"]
LAST = ["Cartwright", "Mwangi", "Rasmussen", "Delacroix-Fenn", "Harrowgate", "Ishikawa", "Penhaligon", "Sowerby"]
FIRST_ES = ["Eusebio", "Remedios", "Candelario", "Fidelina"]
LAST_ES = ["Covarrubias", "Altamirano", "Echeverría", "Bustamante"]
CITIES = [("Millbrook Falls", "IA", "52499"), ("Saltmarsh", "SC", "29977"), ("Granite Bend", "NH", "03799")]
CITIES_ES = [("Valle Verde", "TX", "78599"), ("Puerto Salinas", "FL", "33999")]
STREETS = ["Kingfisher Road", "Orchard Gate Lane", "Beacon Hill Drive", "Fallow Street", "Windrow Court"]
PRACTICES = [("Willowmere Primary Care", "Dr. Ansel W. Tremaine", "1400 Beacon Hill Drive, Millbrook Falls, IA 52499"),
             ("Saltmarsh Family Medicine, PA", "Dr. Corinna D. Oyelaran-Voss", "22 Fallow Street, Saltmarsh, SC 29977"),
             ("Granite Bend Internal Medicine", "Dr. Matthias P. Sandoval", "9 Windrow Court, Granite Bend, NH 03799"),
             ("Clínica Familiar Valle Verde", "Dra. Araceli N. Montemayor", "310 Kingfisher Road, Valle Verde, TX 78599")]
CONSULTANTS = ["Dr. Benedikt L. Aalto, Psychiatric Consultant", "Dr. Sabine Q. Okafor, Psychiatric Consultant",
               "Dr. Ilario M. Prentice, consulting psychiatrist", "Dr. Teodoro J. Sáenz, psiquiatra consultor"]
MANAGERS = ["Jolene R. Whitfield, LCSW, care manager", "Marcus T. Eberle, RN, care manager",
            "Nadia V. Holm, LICSW, care manager", "Yadira C. Robles, LCSW, administradora de atención"]
DESC = {"99492": "Psychiatric collaborative care, first month, 70 min",
        "99493": "Psychiatric collaborative care, later month, 60 min",
        "99494": "Psychiatric collaborative care, each add'l 30 min",
        "90792": "Psychiatric diagnostic evaluation with medical services"}
SHORT = {"99492": "Collaborative care, first month", "99493": "Collaborative care, later month",
         "99494": "Collaborative care, add'l 30 min", "90792": "Psychiatric diagnostic evaluation"}
DESC_ES = {"99493": "Atención colaborativa, mes siguiente", "99494": "Atención colaborativa, 30 min adic."}


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", **kw)
        self.add_font("DejaVu", "B", BOLD)

    def wtable(self, head, rows, widths, size=7.4, aligns=None, h=5.0):
        aligns = aligns or "L" * len(widths)
        self.font(size - 0.8, "B")
        lh = size * 0.42
        n = max(len(self.multi_cell(w, lh, t, dry_run=True, output="LINES")) for t, w in zip(head, widths))
        hh = n * lh + 1.2
        x0, y0 = self.get_x(), self.get_y()
        x = x0
        for t, w in zip(head, widths):
            self.rect(x, y0, w, hh)
            self.set_xy(x + 0.3, y0 + 0.5)
            self.multi_cell(w - 0.6, lh, t, new_x="RIGHT", new_y="TOP")
            x += w
        self.set_xy(x0, y0 + hh)
        for row in rows:
            bold = row[0].startswith("*")
            self.font(size, "B" if bold else "")
            for i, (c, w, a) in enumerate(zip(row, widths, aligns)):
                self.cell(w, h, c[1:] if (bold and i == 0) else c, border=1, align=a)
            self.ln(h)
        self.ln(2)


def ph(r):
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def pat(r, p):
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ACDEFGHJKMNPQRTUVWXY") if c == "A" else c
                   for c in p)


def npi(r):
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def mbi(r):
    return str(r.randint(1, 9)) + pat(r, "AA9AA9AA99")


def fee(r, lo, hi):
    return round(r.randint(lo, hi) + r.choice([0, 0.5, r.randint(1, 99) / 100]), 2)


def person(r, lang="en"):
    first = r.choice(FIRST_ES if lang == "es" else FIRST)
    last = r.choice(LAST_ES if lang == "es" else LAST)
    return f"{first} {r.choice(MI)}. {last}"


def addr(r, lang="en"):
    c, s, z = r.choice(CITIES_ES if lang == "es" else CITIES)
    return [f"{r.randint(14, 9870)} {r.choice(STREETS)}", f"{c}, {s} {z}"]


def month_end(d):
    nxt = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return nxt - dt.timedelta(days=1)


def kv(d, rows, w=46, size=9.5, h=5.2):
    for a, b in rows:
        d.font(size, "B")
        d.cell(w, h, a)
        d.font(size)
        d.multi_cell(0, h, b, new_x="LMARGIN", new_y="NEXT")


def ln(code, ch, appr=None, paid=None, you=None, ok=True, note="", dos=None):
    if not ok:
        appr = paid = you = 0.0
    else:
        paid = round(appr * 0.8, 2) if paid is None else paid
        you = round(appr - paid, 2) if you is None else you
    return dict(code=code, ch=ch, appr=appr, paid=paid, you=you, ok=ok, note=note, dos=dos)


# ---------------------------------------------------------------- MSN (English and Spanish)

EN = dict(title="Medicare Summary Notice for Part B (Medical Insurance)",
          sub="The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
          nf="Notice for", num="Medicare Number", date="Date of This Notice", per="Claims Processed Between",
          approve="Did Medicare Approve All Services?", total="Total You May Be Billed",
          provs="Providers with Claims This Period", ded="Your Deductible Status",
          claims="Your Claims for Part B (Medical Insurance)", cn="Claim number", by="Service Provided By",
          cm="Care manager", pc="Psychiatric consultant",
          head=["Service Provided & Billing Code", "Service Approved?", "Amount Provider Charged",
                "Medicare-Approved Amount", "Amount Medicare Paid", "Maximum You May Be Billed", "See Notes"],
          tot="Total for this claim", notes="Notes for Claims Above", yes="Yes", no="No", yn=("YES", "NO"),
          appeal="If you disagree with any claims decisions on this notice, you can file an appeal. "
                 "Appeals must be filed by {d}.",
          how="How to Handle Denied Claims or Appeal",
          steps=["Circle the service(s) or claim(s) you disagree with on this notice.",
                 "Explain in writing why you disagree with the decision, or fill out a Redetermination Request Form.",
                 "Include your name, full address and Medicare Number on all documents you send.",
                 "Send this notice, or a copy, to the Medicare contractor address listed under Customer Service."],
          help="Customer Service Information: 1-800-MEDICARE (1-800-633-4227). TTY users call 1-877-486-2048.")
ES = dict(title="Resumen de Medicare para la Parte B (Seguro Médico)",
          sub="El resumen oficial de sus reclamaciones de Medicare de los Centros de Servicios de Medicare y Medicaid",
          nf="Aviso para", num="Número de Medicare", date="Fecha de este aviso", per="Reclamaciones procesadas entre",
          approve="¿Aprobó Medicare todos los servicios?", total="Total que se le puede facturar",
          provs="Proveedores con reclamaciones en este período", ded="Estado de su deducible",
          claims="Sus reclamaciones de la Parte B (Seguro Médico)", cn="Número de reclamación",
          by="Servicio prestado por", cm="Administradora de atención", pc="Psiquiatra consultor",
          head=["Servicio prestado y código de facturación", "¿Servicio aprobado?", "Cantidad que cobró el proveedor",
                "Cantidad aprobada por Medicare", "Cantidad que pagó Medicare", "Lo máximo que se le puede facturar",
                "Ver notas"],
          tot="Total de la reclamación", notes="Notas sobre las reclamaciones", yes="Sí", no="No", yn=("SÍ", "NO"),
          appeal="Si no está de acuerdo con alguna decisión de este aviso, puede presentar una apelación. "
                 "Las apelaciones deben presentarse a más tardar el {d}.",
          how="Cómo manejar las reclamaciones denegadas o apelar",
          steps=["Encierre en un círculo los servicios o reclamaciones con los que no está de acuerdo.",
                 "Explique por escrito por qué no está de acuerdo con la decisión.",
                 "Incluya su nombre, dirección completa y Número de Medicare en todos los documentos.",
                 "Envíe este aviso, o una copia, a la dirección del contratista de Medicare."],
          help="Servicio al cliente: 1-800-MEDICARE (1-800-633-4227). Usuarios de TTY: 1-877-486-2048.")


def build_msn(f):
    es = f["lang"] == "es"
    T = ES if es else EN
    ds = f["ds"]
    desc = DESC_ES if es else SHORT
    d = Page(footer=("Página {p} de {n}" if es else "Page {p} of {n}"), margins=(14, 13, 14))
    d.add_page()
    d.text_line(T["title"], 14, "B")
    d.text_line(T["sub"], 8.2)
    d.ln(4)
    y0 = d.get_y()
    for t in (f["mem"].upper(), *[a.upper() for a in f["addr"]]):
        d.text_line(t, 10)
    d.set_xy(106, y0)
    for k, v in ((T["nf"], f["mem"]), (T["num"], f["mbi"]), (T["date"], fmt_date(f["notice"], ds)),
                 (T["per"], f"{fmt_date(f['period'][0], ds)} - {fmt_date(f['period'][1], ds)}")):
        d.set_x(106)
        d.font(7.0 if es else 7.6, "B")
        d.cell(48, 6.2, k)
        d.font(9)
        d.multi_cell(48, 6.2, v, new_x="LMARGIN", new_y="NEXT")
    d.rect(104, y0 - 1.5, 98, d.get_y() - y0 + 3)
    d.set_y(max(d.get_y() + 5, y0 + 32))
    ok = all(x["ok"] for x in f["lines"])
    you = sum(x["you"] for x in f["lines"])
    kv(d, [(T["approve"], T["yn"][0] if ok else T["yn"][1]), (T["total"], fmt_money(you))], 96 if es else 80, 10, 6)
    kv(d, [(T["provs"], f"{f['prac'][0]}   {fmt_date(f['dos'], ds)}"), (T["ded"], f["ded"])], 96 if es else 80, 9.2)
    d.ln(2)
    d.para(T["appeal"].format(d=fmt_date(f["deadline"], ds)), 9.5)
    d.para(T["help"], 8.4)
    d.text_line(T["claims"], 12, "B")
    d.rule(0.5, 1.5)
    d.text_line(f["prac"][0], 10, "B")
    d.text_line(f["prac"][2], 8.5)
    d.text_line(f"{T['by']}: {f['prac'][1]}", 8.5)
    d.text_line(f"{T['pc']}: {f['cons']}", 8.5)
    d.text_line(f"{T['cm']}: {f['mgr']}", 8.5)
    d.text_line(f"{T['cn']}: {f['claim']}", 8.5)
    d.ln(1)
    rows = [[f"{fmt_date(x['dos'] or f['dos'], f['ls'])}  {desc.get(x['code'], SHORT[x['code']])} ({x['code']})",
             T["yes"] if x["ok"] else T["no"], fmt_money(x["ch"]), fmt_money(x["appr"]), fmt_money(x["paid"]),
             fmt_money(x["you"]), x["note"]] for x in f["lines"]]
    tot = [round(sum(x[k] for x in f["lines"]), 2) for k in ("ch", "appr", "paid", "you")]
    rows.append(["*" + T["tot"], "", *[fmt_money(v) for v in tot], ""])
    d.wtable(T["head"], rows, [80, 15, 19, 19, 18, 18, 13], 7.1, "LCRRRRC")
    d.text_line(T["notes"], 10.5, "B")
    for k, v in f["notes"]:
        d.font(8.7, "B")
        d.cell(6, 4.5, k)
        d.font(8.7)
        d.multi_cell(0, 4.5, v, new_x="LMARGIN", new_y="NEXT")
        d.ln(0.8)
    d.ln(3)
    d.text_line(T["how"], 12, "B")
    d.rule(0.5, 1.5)
    d.para(T["appeal"].format(d=fmt_date(f["deadline"], ds)), 9.4)
    for i, s in enumerate(T["steps"], 1):
        d.font(9)
        d.cell(6, 4.8, f"{i}.")
        d.multi_cell(0, 4.8, s, new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(d)


def msn_case(r, kind, ds, ls):
    lang = "es" if kind == "es" else "en"
    notice = dt.date(2026, 3, 3) + dt.timedelta(days=r.randint(0, 150))
    dos = month_end(notice - dt.timedelta(days=r.randint(35, 60)))
    pi = {"coins": 0, "same": 1, "es": 3}[kind]
    f = dict(lang=lang, ds=ds, ls=ls, notice=notice, dos=dos, mem=person(r, lang), addr=addr(r, lang),
             mbi=mbi(r), prac=PRACTICES[pi], cons=CONSULTANTS[pi], mgr=MANAGERS[pi],
             period=(notice - dt.timedelta(days=r.randint(28, 32)), notice - dt.timedelta(days=r.randint(1, 4))),
             deadline=notice + dt.timedelta(days=120), claim=pat(r, "99-9999-9999-999"))
    if kind == "coins":
        a92, a94 = round(r.uniform(158, 166), 2), round(r.uniform(64, 70), 2)
        f["lines"] = [ln("99492", fee(r, 240, 320), a92, note="a"), ln("99494", fee(r, 95, 140), a94, note="a")]
        f["ded"] = "You have met your Part B deductible of $283.00 for 2026."
        f["notes"] = [("a", "This approved amount has been applied toward your coinsurance. You pay 20% of the "
                            "Medicare-approved amount for behavioral health care management services."),
                      ("b", "Collaborative care is billed once for each calendar month of care management.")]
    elif kind == "same":
        eval_dos = dos - dt.timedelta(days=r.randint(8, 20))
        a90 = round(r.uniform(180, 200), 2)
        f["lines"] = [ln("90792", fee(r, 300, 380), a90, note="a", dos=eval_dos),
                      ln("99493", fee(r, 190, 260), ok=False, note="c")]
        f["ded"] = "You have met your Part B deductible of $283.00 for 2026."
        f["notes"] = [("a", "This approved amount has been applied toward your coinsurance. You pay 20%."),
                      ("c", "Medicare does not pay for collaborative care management when the same practitioner "
                            "bills a psychiatric evaluation in the same month and the time spent on that visit is "
                            "counted toward the care management time. The provider billed this service incorrectly. "
                            "You do not have to pay this amount.")]
        f["eval_dos"] = eval_dos
    else:
        a93 = round(r.uniform(140, 148), 2)
        f["lines"] = [ln("99493", fee(r, 200, 260), a93, paid=round((a93 - 83.0) * 0.8, 2), you=None, note="a,b")]
        x = f["lines"][0]
        x["you"] = round(a93 - x["paid"], 2)
        f["ded"] = "Usted ha pagado $283.00 de su deducible de la Parte B de $283.00 para 2026."
        f["notes"] = [("a", "Se aplicaron $83.00 de esta cantidad aprobada a su deducible."),
                      ("b", "El resto de la cantidad aprobada se aplicó a su coseguro. Usted paga el 20%.")]
    f["total"] = round(sum(x["ch"] for x in f["lines"]), 2)
    return f


def msn_truth(f, denial=None):
    common = dict(insurer="Medicare", member_id=f["mbi"], member_name=f["mem"], case_numbers=[f["claim"]],
                  claim_amount=f"{f['total']:.2f}", denial_date=f["notice"].isoformat(), provider=f["prac"][0],
                  appeal_deadline=f["deadline"].isoformat())
    alts = {"insurer": ["Centers for Medicare & Medicaid Services"], "provider": [f["prac"][1]]}
    if denial is None:
        return truth("eob", None, lang=f["lang"], service_dates=[f["dos"].isoformat()],
                     alternates={**alts, "appeal_deadline": [None]}, **common)
    denied = f["lines"][1]
    return truth("eob", denial, service_dates=[f["dos"].isoformat()],
                 alternates={**alts, "claim_amount": [f"{denied['ch']:.2f}"],
                             "service_dates": [[f["eval_dos"].isoformat(), f["dos"].isoformat()]]},
                 denial_alternates=["not_covered"], **common)


def doc_msn_coins(r):
    f = msn_case(r, "coins", "long", "slash")
    return build_msn(f), msn_truth(f)


def doc_msn_same_month(r):
    f = msn_case(r, "same", "slash", "slash")
    return build_msn(f), msn_truth(f, "coding_error")


def doc_msn_es(r):
    f = msn_case(r, "es", "es", "es_abbr")
    return build_msn(f), msn_truth(f)


# ---------------------------------------------------------------- MA EOB, boxed form (consent not documented)

def doc_ma_eob_boxed(r):
    org, product, pbp = "Bluestem Prairie Health Plan", "Bluestem Prairie Medicare Advantage (HMO-POS)", "H4418-012"
    notice = dt.date(2026, 4, 1) + dt.timedelta(days=r.randint(0, 90))
    dos = month_end(notice - dt.timedelta(days=r.randint(35, 55)))
    recv = dos + dt.timedelta(days=r.randint(4, 12))
    mem, mid, claim = person(r), pat(r, "BP9999999999"), pat(r, "26A999999999")
    prac, doc, _ = PRACTICES[2]
    ch92, ch94 = fee(r, 250, 330), fee(r, 100, 150)
    total = round(ch92 + ch94, 2)
    d = Page(footer="H4418_EOB_2026_M  ·  Page {p} of {n}")
    d.add_page()
    d.font(19, "B")
    d.cell(0, 8, "BLUESTEM PRAIRIE", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"{org}  ·  PO Box 2260, Millbrook Falls, IA 52499  ·  Member Services {ph(r)} (TTY 711)", 8)
    d.ln(3)
    d.text_line(f"Explanation of Benefits  ·  {product}", 12.5, "B")
    d.text_line("THIS IS NOT A BILL. It tells you about the medical care your plan processed.", 8.6)
    d.ln(2)
    d.boxes([("Member name", mem, 62), ("Member ID", mid, 42), ("Plan (contract-PBP)", pbp, 36),
             ("Date of this notice", fmt_date(notice, "abbr"), 40)], h=12)
    d.boxes([("Claim number", claim, 62), ("Billing provider", prac, 78),
             ("Claim received", fmt_date(recv, "abbr"), 40)], h=12)
    d.boxes([("Rendering practitioner", doc, 62), ("Care manager", MANAGERS[2].split(",")[0], 42),
             ("Provider NPI", npi(r), 36), ("Network status", "In network", 40)], h=12)
    d.ln(4)
    rows = [[fmt_date(dos, "abbr"), "99492", "Collaborative care, first month", fmt_money(ch92), "$0.00", "$0.00",
             "$0.00", "CN1"],
            [fmt_date(dos, "abbr"), "99494", "Collaborative care, add'l 30 min", fmt_money(ch94), "$0.00", "$0.00",
             "$0.00", "CN1"],
            ["*Totals", "", "", fmt_money(total), "$0.00", "$0.00", "$0.00", ""]]
    d.wtable(["Date of service", "Code", "Service", "Amount billed", "Plan allowed", "Plan paid", "Your share",
              "Remark"], rows, [27, 15, 56, 21, 18, 17, 16, 10], 7.6, "LLLRRRRC")
    d.text_line("Remarks", 10.5, "B")
    d.para("CN1  Denied. Before collaborative care management can be paid, the practice must document that it "
           "told you about the service, that cost sharing applies, and that you agreed to receive it. The record "
           "sent with this claim has no documented consent. The practice may send the consent note with a "
           "corrected claim. A network provider may not bill you for these services.", 9)
    d.ln(1)
    d.text_line("If you disagree with this decision", 10.5, "B")
    d.para(f"You may ask for a reconsideration (appeal). You must ask within 65 days of the date of this notice. "
           f"Write to {org}, Appeals Department, PO Box 2266, Millbrook Falls, IA 52499, or call Member Services.",
           9)
    t = truth("eob", "other", insurer=org, plan_id=pbp, member_id=mid, member_name=mem, case_numbers=[claim],
              claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()], denial_date=notice.isoformat(),
              provider=prac, appeal_deadline=(notice + dt.timedelta(days=65)).isoformat(),
              alternates={"insurer": [product], "provider": [doc], "plan_id": [None]},
              denial_alternates=["medical_necessity", "not_covered"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- MA Notice of Denial of Medical Payment

def doc_ndmp(r):
    org, pbp = "Marrowstone Senior Health", "H7730-004"
    notice = dt.date(2026, 5, 4) + dt.timedelta(days=r.randint(0, 60))
    dos = month_end(notice - dt.timedelta(days=r.randint(35, 55)))
    mem, mid, claim = person(r), pat(r, "MSH-99999999"), pat(r, "C999999999-26")
    prac, doc, paddr = PRACTICES[0]
    ch93, ch94 = fee(r, 190, 250), fee(r, 100, 150)
    total = round(ch93 + ch94, 2)
    d = Page()
    d.add_page()
    d.font(17, "B")
    d.cell(0, 8, "Marrowstone Senior Health", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"Medicare Advantage  ·  Contract-PBP {pbp}  ·  Claims {ph(r)}  ·  TTY 711", 8.2)
    d.rule(0.5, 4)
    d.text_line(fmt_date(notice, "dmy"), 10)
    d.ln(2)
    for t in [mem, *addr(r)]:
        d.text_line(t, 10)
    d.ln(4)
    d.text_line("NOTICE OF DENIAL OF MEDICAL PAYMENT", 13, "B")
    d.ln(1)
    kv(d, [("Member name:", mem), ("Member number:", mid), ("Claim ID:", claim),
           ("Provider:", f"{prac}, {paddr}"), ("Treating practitioner:", doc),
           ("Month of service:", f"ending {fmt_date(dos, 'dmy')}"), ("Total billed:", fmt_money(total))], 44, 9.6)
    d.ln(2)
    d.wtable(["Code", "Service", "Billed", "Decision"],
             [["99493", DESC["99493"], fmt_money(ch93), "Denied"], ["99494", DESC["99494"], fmt_money(ch94), "Denied"]],
             [20, 112, 25, 25], 8.4, "LLRL")
    d.para(f"We have denied payment for the collaborative care management services billed by {prac} for the month "
           f"ending {fmt_date(dos, 'dmy')}. Our records do not show that you were told about collaborative care, "
           "including that a psychiatric consultant would review your care and that cost sharing applies, or that "
           "you agreed to it. Documented consent is required before the first month is billed. You are not "
           "responsible for these charges; the practice may resubmit the claim with the consent documented.", 9.8)
    d.text_line("Your right to appeal", 11, "B")
    d.para("If you disagree with our decision, you may ask us for a reconsideration. You must ask within 65 days of "
           f"the date of this notice. Write to {org}, Appeals & Grievances, PO Box 410, Granite Bend, NH 03799, or "
           "call the number above. Someone you name, such as a relative or your doctor, may appeal for you.", 9.8)
    d.text_line("Form CMS-10003-NDMP   Y0999_NDMP26_C", 7)
    t = truth("denial_letter", "other", insurer=org, plan_id=pbp, member_id=mid, member_name=mem,
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=notice.isoformat(), provider=prac,
              appeal_deadline=(notice + dt.timedelta(days=65)).isoformat(),
              alternates={"provider": [doc], "plan_id": [None]}, denial_alternates=["medical_necessity", "not_covered"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- Medicare Redetermination Notice (MAC)

def doc_mrn(r):
    mac = "Tidewater Plains Medicare Services"
    notice = dt.date(2026, 6, 1) + dt.timedelta(days=r.randint(0, 40))
    dos = month_end(notice - dt.timedelta(days=r.randint(90, 120)))
    recv = notice - dt.timedelta(days=r.randint(20, 45))
    mem, mb = person(r), mbi(r)
    claim, appeal = pat(r, "99-9999-9999-999"), pat(r, "RD26-9999999")
    prac, doc, _ = PRACTICES[1]
    ch93 = fee(r, 190, 260)
    d = Page(footer="Tidewater Plains Medicare Services · Part B Redeterminations · {p}/{n}")
    d.add_page()
    d.font(14, "B")
    d.cell(110, 7, "TIDEWATER PLAINS")
    d.font(8)
    d.multi_cell(0, 3.8, f"Medicare Part B Redeterminations\nPO Box 30880\nSaltmarsh, SC 29977\n{ph(r)}",
                 align="R", new_x="LMARGIN", new_y="NEXT")
    d.text_line("A Medicare Administrative Contractor", 8)
    d.rule(0.5, 4)
    d.text_line(fmt_date(notice, "long"), 10)
    d.ln(2)
    for t in [mem, *addr(r)]:
        d.text_line(t, 10)
    d.ln(3)
    d.text_line("MEDICARE REDETERMINATION NOTICE", 13, "B")
    d.ln(1)
    kv(d, [("Beneficiary:", mem), ("Medicare Number:", mb), ("Appeal number:", appeal), ("Claim number:", claim),
           ("Provider:", prac), ("Billing practitioner:", doc), ("Date of service:", fmt_date(dos, "long")),
           ("Service:", "99493 - collaborative care management, subsequent month"),
           ("Amount charged:", fmt_money(ch93, "usd")), ("Request received:", fmt_date(recv, "long"))], 44, 9.4, 5)
    d.ln(2)
    d.text_line("Summary of the decision: UNFAVORABLE", 11, "B")
    d.para(f"We received your request for a redetermination of the claim for collaborative care management (99493) "
           f"billed by {prac}. We decided that Medicare will not pay for this service.")
    d.text_line("Explanation", 11, "B")
    d.para(f"In the same calendar month, {doc} also billed a psychiatric diagnostic evaluation (90792), which Medicare "
           "paid. The clinical notes show that the minutes of that visit were also counted toward the 60 minutes "
           "of care management. Time spent on a separately billed service cannot be counted toward collaborative "
           "care management, and without those minutes the month does not reach the time required for 99493. "
           "The service was billed incorrectly. Because the provider should have known this, you are not "
           "responsible for the charge.")
    d.text_line("If you disagree with this decision", 11, "B")
    d.para("You may ask for a reconsideration by a Qualified Independent Contractor (QIC). You must file your "
           "request within 180 days of the date of this notice. Use the enclosed Medicare Reconsideration Request "
           "form (CMS-20033) or send a written request with your name, Medicare Number, the claim number and the "
           "service you disagree with.", 9.6)
    d.para("Medicare Part B Redeterminations Unit\nTidewater Plains Medicare Services", 9.6)
    t = truth("denial_letter", "coding_error", insurer=mac, member_id=mb, member_name=mem,
              case_numbers=[appeal, claim], claim_amount=f"{ch93:.2f}", service_dates=[dos.isoformat()],
              denial_date=notice.isoformat(), provider=prac,
              appeal_deadline=(notice + dt.timedelta(days=180)).isoformat(),
              alternates={"insurer": ["Medicare"], "provider": [doc], "case_numbers": [[appeal]]},
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- two-month MA EOB, paid with coinsurance

def doc_ma_eob_two_month(r):
    org, pbp = "Calloway Ridge Health Plans", "H5521-031"
    product = "Calloway Ridge Medicare Choice (PPO)"
    issued = dt.date(2026, 5, 18) + dt.timedelta(days=r.randint(0, 40))
    m2_ = month_end(issued - dt.timedelta(days=r.randint(20, 35)))
    m1 = month_end(m2_.replace(day=1) - dt.timedelta(days=1))
    mem, mid = person(r), pat(r, "CR99999999-01")
    claim = pat(r, "CRHP-26-9999999")
    prac, doc, _ = PRACTICES[2]
    ch = fee(r, 200, 250)
    appr = round(r.uniform(140, 147), 2)
    plan_pay = round(appr * 0.8, 2)
    you = round(appr - plan_pay, 2)
    total = round(ch * 2, 2)
    d = Page(margins=(16, 14, 16), footer="Calloway Ridge · Y0777_EOB2026 · page {p} of {n}")
    d.add_page()
    d.font(16, "B")
    d.cell(0, 8, "Calloway Ridge Health Plans", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"{product}  ·  {pbp}", 9)
    d.rule(0.6, 3)
    d.text_line("Your Explanation of Benefits (EOB) for Medical Services", 12, "B")
    d.ln(1)
    y0 = d.get_y()
    for t in [mem, *addr(r)]:
        d.text_line(t, 10)
    d.set_xy(110, y0)
    for k, v in (("Member ID:", mid), ("Issue date:", fmt_date(issued, "mdy_nopad")),
                 ("Questions:", f"{ph(r)} (TTY 711)")):
        d.set_x(110)
        d.font(8.6, "B")
        d.cell(28, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 22)
    d.text_line("Summary of your costs", 11, "B")
    d.table(["", "This EOB", "Year to date"],
            [["Total billed by providers", fmt_money(total, "space"), fmt_money(total + 812.4, "space")],
             ["Plan paid", fmt_money(plan_pay * 2, "space"), fmt_money(plan_pay * 2 + 540.12, "space")],
             ["Your share (coinsurance)", fmt_money(you * 2, "space"), fmt_money(you * 2 + 135.03, "space")]],
            [80, 40, 40], 8.8, "LRR", border_head="B")
    d.text_line(f"Claim {claim}  —  {prac}  (practitioner: {doc})", 9.4, "B")
    rows = [[fmt_date(m, "mdy_nopad"), "99493", "Collaborative care mgmt, subsequent month",
             fmt_money(ch, "space"), fmt_money(appr, "space"), fmt_money(plan_pay, "space"), fmt_money(you, "space")]
            for m in (m1, m2_)]
    rows.append(["*Total", "", "", fmt_money(total, "space"), fmt_money(appr * 2, "space"),
                 fmt_money(plan_pay * 2, "space"), fmt_money(you * 2, "space")])
    d.table(["Service date", "Code", "Description", "Billed", "Approved", "Plan paid", "You pay"], rows,
            [24, 14, 66, 20, 20, 20, 20], 8.2, "LLLRRRR", head_fill=True)
    d.para("Your plan pays 80% of the approved amount for behavioral health care management. You pay 20% "
           "coinsurance each month the service is billed. Your psychiatric consultant's reviews are included and "
           "are not billed to you separately.", 9)
    d.text_line("Appeal rights", 10.5, "B")
    d.para("If you think we made a mistake, you can ask for an appeal (reconsideration) within 65 days of the issue "
           "date of this EOB. Call us or write to Calloway Ridge Appeals, PO Box 771, Granite Bend, NH 03799.", 9)
    t = truth("eob", None, insurer=org, plan_id=pbp, member_id=mid, member_name=mem, case_numbers=[claim],
              claim_amount=f"{total:.2f}", service_dates=[m1.isoformat(), m2_.isoformat()],
              denial_date=issued.isoformat(), provider=prac,
              appeal_deadline=(issued + dt.timedelta(days=65)).isoformat(),
              alternates={"insurer": [product], "provider": [doc], "appeal_deadline": [None], "plan_id": [None]})
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    return [
        Item(f"{FAMILY}_bd_msn_99492_99494_coinsurance_applied", "born_digital", [doc_msn_coins(r(0))]),
        Item(f"{FAMILY}_scan300_msn_99493_same_month_90792", "scan_clean_300", [doc_msn_same_month(r(1))]),
        Item(f"{FAMILY}_lowres_ma_eob_boxed_consent_not_documented", "scan_lowres_150", [doc_ma_eob_boxed(r(2))]),
        Item(f"{FAMILY}_copy_msn_es_99493_deducible_coseguro", "photocopy", [doc_msn_es(r(3))]),
        Item(f"{FAMILY}_faxstd_ma_ndmp_99493_99494_no_consent", "fax_standard_g4", [doc_ndmp(r(4))]),
        Item(f"{FAMILY}_faxfine_mrn_redetermination_same_month_upheld", "fax_fine_g4", [doc_mrn(r(5))]),
        Item(f"{FAMILY}_rotated_ma_eob_two_months_99493_coinsurance", "rotated", [doc_ma_eob_two_month(r(6))]),
    ]
