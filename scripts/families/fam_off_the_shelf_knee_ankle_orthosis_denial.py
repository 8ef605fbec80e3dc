"""Family 'off_the_shelf_knee_ankle_orthosis_denial': Medicare Summary Notices (English and Spanish), a DME
contractor's redetermination, Medicare Advantage and commercial plan notices on prefabricated knee and ankle braces
(off-the-shelf L1833, L1851, L4361; custom-fitted L1843, L1845). Reasons: billed as custom-fitted without
documentation that a trained person fitted the brace, an order that came from the supplier's unsolicited
telephone call, a second brace within the same year, an upgraded brace the beneficiary agreed to pay for on an
Advance Beneficiary Notice (ABN). Headings of the MSN mirror the public CMS notice ("Medicare Summary Notice for
Part B", "Did Medicare Approve All Services or Supplies?", "Your Claims for Part B (Medical Insurance)"); the
Medicare Advantage denial mirrors the Notice of Denial of Medical Coverage (or Payment). Everything else invented.

Issuers: Medicare (MSN, es/en), Palomar Crest Medicare Solutions (fictional DME contractor; redetermination),
Tamarack Ridge Health Plan (Medicare Advantage: EOB and denial notice), Kestrel Valley Health Insurance Company
(commercial, faxed letter). Decoys: the ordering physician and NPIs, the approved line of a partly denied claim,
a paid office-visit claim on the EOB, date of birth, the earlier brace's delivery date, the ABN signature date,
the date the redetermination request was received, the MSN's "claims processed between" period.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from public_kit import MONTHS_ES, Page, fdate, m2, mbi, money, out, truth

FAMILY = "off_the_shelf_knee_ankle_orthosis_denial"
LANG = "en"
MED, PAL, TAM, KES = ("Medicare", "Palomar Crest Medicare Solutions", "Tamarack Ridge Health Plan",
                      "Kestrel Valley Health Insurance Company")
FIRST = ["Eulalia", "Bertram", "Oluwaseun", "Magdalena", "Vikram", "Imelda", "Thaddeus", "Noriko", "Gunnar",
         "Perpetua", "Lionel", "Soledad", "Achim", "Winifred"]
FIRST_ES = ["Remedios", "Anselmo", "Catalina", "Porfirio", "Leonor", "Eusebio"]
LAST = ["Brightwater", "Okafor", "Szymanski", "Delgado-Price", "Halvorsen", "Mukherjee", "Fitzsimmons", "Ngata",
        "Abramowitz", "Quarles", "Beaulieu", "Tsosie"]
LAST_ES = ["Ocasio", "Barrientos", "Quiñones", "Echeverría", "Maldonado", "Saavedra"]
SUPPLIERS = ["Ridgeback Orthotic & Brace Supply", "Summit Line Medical Equipment", "BraceDirect Home Delivery LLC",
             "Alder Gap Orthopedic Supply"]
DOCS = ["Dr. Ottoline Mbatha", "Dr. Fergus Lindholm", "Dr. Rosario Kaminski", "Dr. Wen-Li Osei",
        "Dr. Benedikt Adeyemi"]
SHORT = {"L1833": ("Knee orthosis, off-the-shelf", "Rodillera prefabricada"),
         "L1851": ("Knee orthosis, single upright", "Rodillera de un soporte"),
         "L4361": ("Walking boot, pneumatic", "Bota neumática"),
         "L1843": ("Knee orthosis, custom-fitted", "Rodillera ajustada"),
         "L1845": ("Knee brace, custom-fitted", "Rodillera ajustada a medida")}
CODES = {
    "L1833": ("Knee orthosis, adjustable joints, positional, off-the-shelf", "Rodillera con articulaciones ajustables"),
    "L1851": ("Knee orthosis, single upright, flexion/extension joint, off-the-shelf",
              "Rodillera de un soporte, articulación de flexión/extensión"),
    "L4361": ("Walking boot, pneumatic and/or vacuum, off-the-shelf", "Bota para caminar neumática"),
    "L1843": ("Knee orthosis, single upright, custom-fitted", "Rodillera de un soporte, ajustada a la medida"),
    "L1845": ("Knee orthosis, double upright, custom-fitted", "Rodillera de doble soporte, ajustada a la medida"),
}


def num(r: random.Random, pat: str) -> str:
    return "".join(str(r.randint(0, 9)) if c == "9" else r.choice("ABCDEFGHJKMNPRTUVWXY") if c == "A" else c
                   for c in pat)


def amt(r: random.Random, code: str) -> float:
    lo, hi = {"L1833": (95, 180), "L1851": (140, 260), "L4361": (210, 390), "L1843": (780, 1150),
              "L1845": (880, 1290)}[code]
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


def facts(i: int, kind: str, ins: str, ds: str, lang: str = "en") -> dict:
    r = random.Random(231500 + 40 + i)
    notice = dt.date(2026, 2, 3) + dt.timedelta(days=r.randint(0, 210))
    deliv = notice - dt.timedelta(days=r.randint(18, 50))
    codes = {"custom": ["L1843", "L4361"], "custom2": ["L1845"], "sameyear": ["L1851"], "sameyear2": ["L1833"],
             "tele": ["L4361"], "tele2": ["L1851", "L1833"], "abn": ["L1845", "L1851"]}[kind]
    side = r.choice(["RT", "LT"])
    lines = [(c, side, amt(r, c)) for c in codes]
    prior = deliv - dt.timedelta(days=r.randint(90, 300))
    if kind == "custom2":  # a redetermination comes months after delivery
        deliv = notice - dt.timedelta(days=r.randint(95, 150))
    if kind == "sameyear2":  # the earlier brace in the same calendar year
        notice = dt.date(2026, 5, 4) + dt.timedelta(days=r.randint(0, 90))
        deliv = notice - dt.timedelta(days=r.randint(18, 40))
        prior = dt.date(2026, 1, 6) + dt.timedelta(days=r.randint(0, 70))
    if lang == "es":
        name = f"{r.choice(FIRST_ES)} {r.choice('ABCDEFGJLMRT')}. {r.choice(LAST_ES)}"
    else:
        name = f"{r.choice(FIRST)} {r.choice('ABCDEFGJLMRT')}. {r.choice(LAST)}"
    sup = SUPPLIERS[2] if kind.startswith("tele") else r.choice([SUPPLIERS[0], SUPPLIERS[1], SUPPLIERS[3]])
    return dict(i=i, kind=kind, ins=ins, ds=ds, lang=lang, notice=notice, deliv=deliv, lines=lines,
                total=round(sum(x[2] for x in lines), 2), member=name, mbi=mbi(r),
                mid=num(r, "TRH99999999") if ins == TAM else num(r, "KVH-999-999-99") if ins == KES else None,
                grp=num(r, "99999") if ins == KES else None, plan="H" + num(r, "9999-999") if ins == TAM else None,
                claim=num(r, "99999999999999") if ins in (MED, PAL) else num(r, "T26-99999999") if ins == TAM
                else num(r, "KV9999999999"),
                claim2=num(r, "T26-99999999"), appeal=num(r, "9-99999999999"), sup=sup, doc=r.choice(DOCS),
                sup_ph=f"({r.randint(201, 989)}) 555-01{r.randint(10, 99)}",
                npi1="1" + num(r, "999999999"), npi2="1" + num(r, "999999999"),
                ph="1-8" + num(r, "88-555-0199"), fax="(" + num(r, "599") + ") " + num(r, "555-0199"),
                dob=dt.date(r.randint(1938, 1958), r.randint(1, 12), r.randint(1, 28)),
                prior=prior, abn=deliv - dt.timedelta(days=r.randint(0, 6)),
                addr=(f"{r.randint(100, 9899)} {r.choice(['Larch Bend Rd', 'Copperfield Ave', 'Calle Ceiba', 'Pinto Mesa Dr'])}",
                      r.choice(["Kingman Flats, AZ 86409", "Ocala Ridge, FL 34471", "Bastrop Hollow, TX 78602",
                                "Nampa Crossing, ID 83651"])),
                rng=r)


def dfmt(f: dict, d: dt.date, style: str | None = None) -> str:
    return fdate(d, style or f["ds"], f["lang"])


def approved(f: dict, code: str) -> bool:
    k = f["kind"]
    return (k == "custom" and code == "L4361") or (k == "abn" and code == "L1851")


# ---------------------------------------------------------------- Medicare Summary Notice (Part B), en / es
def msn(p: Page, f: dict) -> None:
    es, r = f["lang"] == "es", random.Random(f["i"] * 13)
    T = (lambda en, sp: sp if es else en)
    p.add_page()
    p.line(T("Medicare Summary Notice", "Resumen de Medicare"), 20, "B")
    p.line(T("for Part B (Medical Insurance)", "para la Parte B (Seguro Médico)"), 12, "B")
    p.line(T("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
             "El resumen oficial de sus reclamaciones de Medicare de los Centros de Servicios de Medicare y "
             "Medicaid"), 8)
    p.ln(3)
    y0 = p.get_y()
    p.line(T("Notice for ", "Aviso para ") + f["member"].upper(), 10.5, "B")
    for a in f["addr"]:
        p.line(a.upper(), 10)
    p.ln(2)
    start = f["notice"] - dt.timedelta(days=90)
    p.pairs([(T("Medicare Number", "Número de Medicare"), f["mbi"]),
             (T("Date of This Notice", "Fecha de este aviso"), dfmt(f, f["notice"], "long")),
             (T("Claims Processed Between", "Reclamaciones procesadas entre"),
              f"{dfmt(f, start, 'long')} - {dfmt(f, f['notice'], 'long')}")], label_w=62, size=9.5, h=5.2)
    p.ln(1)
    p.f(9.5, "B")
    p.set_xy(128, y0)
    p.multi_cell(70, 5, T("Your Deductible Status:\nYou have met your Part B deductible of $283.00 for 2026.",
                          "Su deducible:\nUsted ha pagado su deducible de la Parte B de $283.00 para 2026."),
                 border=1, align="L")
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 42))
    p.ln(3)
    rows, you = [], 0.0
    notes = {"custom": "A", "custom2": "A", "tele": "B", "tele2": "B", "abn": "C", "sameyear": "D",
             "sameyear2": "D"}
    for c, side, ch in f["lines"]:
        ok = approved(f, c)
        appr = round(ch * r.uniform(0.45, 0.6), 2) if ok else 0.0
        desc = SHORT[c][1 if es else 0]
        mod = f"{c}{side}" + ("GA" if f["kind"] == "abn" and not ok else "")
        mx = round(appr * 0.2, 2) if ok else (ch if f["kind"] == "abn" else 0.0)
        you += mx
        rows.append([f"{desc} ({mod})", T("Yes", "Sí") if ok else "No", money(ch), money(appr),
                     money(round(appr - round(appr * 0.2, 2), 2)), money(mx), "" if ok else notes[f["kind"]]])
    p.boxed_pairs([(T("Did Medicare Approve All Services or Supplies?", "¿Aprobó Medicare todos los servicios?"),
                    T("NO  - See page 2 to see what was denied.", "NO  - Vea la página 2.")),
                   (T("Total You May Be Billed", "Total que se le puede facturar"), money(you))],
                  label_w=100, size=9.5)
    p.heading(T("Be Informed!", "¡Manténgase informado!"), 11)
    p.para(T("Medicare never calls to sell you braces. Hang up on anyone who offers a free knee or back brace over "
             "the phone, and report it to 1-800-MEDICARE.",
             "Medicare nunca llama para venderle aparatos ortopédicos. Cuelgue si alguien le ofrece una rodillera "
             "gratis por teléfono y repórtelo al 1-800-MEDICARE."), 9)
    p.add_page()
    p.heading(T("Your Claims for Part B (Medical Insurance)", "Sus reclamaciones de la Parte B (Seguro Médico)"),
              12, rule=True)
    p.pairs([(T("Supplier", "Proveedor"), f"{f['sup']}, {f['sup_ph']}"),
             (T("Ordered by", "Ordenado por"), f["doc"]),
             (T("Service Date", "Fecha del servicio"), dfmt(f, f["deliv"])),
             (T("Claim Number", "Número de reclamación"), f["claim"])], label_w=48, size=9.5, h=5.2)
    p.ln(1)
    rows.append([T("Total for this claim", "Total para esta reclamación"), "", money(f["total"]), "", "", "", ""])
    p.table([T("Service Provided & Billing Code", "Servicio prestado y código de facturación"),
             T("Service Approved?", "¿Servicio aprobado?"), T("Amount Provider Charged", "Cantidad cobrada"),
             T("Medicare-Approved Amount", "Cantidad aprobada por Medicare"), T("Medicare Paid", "Medicare pagó"),
             T("Maximum You May Be Billed", "Lo máximo que se le puede facturar"), T("See Notes", "Notas")],
            rows, [70, 16, 20, 20, 18, 20, 10], size=7.5, aligns=["L", "L", "R", "R", "R", "R", "L"], bold_last=True)
    p.heading(T("Notes for Claims Above", "Notas sobre las reclamaciones"), 10.5)
    note = {
        "A": T("A  This item was billed as a custom-fitted brace, but the records do not show that a trained "
               "person fitted and adjusted it for you. Medicare won't pay for the item as billed. The supplier "
               "can't charge you for it.",
               ""),
        "B": T("B  Medicare won't pay for this item because the supplier contacted you by telephone without your "
               "written permission and you had not bought from this supplier in the last 15 months. The supplier "
               "can't bill you for this item.", ""),
        "C": T("", "C  Medicare no paga por una rodillera mejorada (más cara) que no es médicamente necesaria. "
                   f"Usted firmó un Aviso Anticipado al Beneficiario (ABN) el {dfmt(f, f['abn'], 'long')}, así que "
                   "usted es responsable de pagar esta cantidad. Medicare pagó la rodillera estándar."),
        "D": T("D  Medicare already paid for the same or a similar item for you within the last 12 months "
               f"(delivered {dfmt(f, f['prior'])}). Medicare won't pay for a replacement this soon.", ""),
    }[notes[f["kind"]]]
    p.para(note, 9)
    dl = f["notice"] + dt.timedelta(days=120)
    p.heading(T("How to Handle Denied Claims or File an Appeal", "Cómo presentar una apelación"), 10.5)
    if es:
        p.para(f"Si no está de acuerdo con una decisión de cobertura o de pago, puede apelar. Debe presentar su "
               f"apelación antes del {dfmt(f, dl, 'long')}. Escriba a "
               f"{PAL}, DME Redeterminations, PO Box 61770, Sandoval Junction, NV 89501.", 9)
    else:
        p.para(f"If you disagree with a coverage or payment decision on this notice, you can appeal. The deadline "
               f"to file an appeal is {dfmt(f, dl, 'long')}. Write to "
               f" {PAL}, DME Redeterminations, PO Box 61770, Sandoval Junction, NV 89501.", 9)
    p.line(T("Medicare Summary Notice", "Resumen de Medicare") + f"  {f['member'].upper()}", 7.5)


def msn_truth(f: dict) -> dict:
    den = {"custom": "coding_error", "tele2": "other", "abn": "medical_necessity"}[f["kind"]]
    da = {"custom": ["medical_necessity", "other"], "tele2": ["not_covered"], "abn": ["not_covered"]}[f["kind"]]
    return truth("eob", den, insurer=MED, member_id=f["mbi"], member_name=f["member"], cases=[f["claim"]],
                 claim_amount=m2(f["total"]), service_dates=[f["deliv"].isoformat()],
                 denial_date=f["notice"].isoformat(), provider=f["sup"],
                 appeal_deadline=(f["notice"] + dt.timedelta(days=120)).isoformat(), lang=f["lang"],
                 alternates={"insurer": ["Centers for Medicare & Medicaid Services"]}, denial_alternates=da)


# ---------------------------------------------------------------- DME contractor redetermination (upheld)
def redetermination(p: Page, f: dict) -> None:
    p.add_page()
    p.line(PAL.upper(), 14, "B")
    p.line("Durable Medical Equipment Medicare Administrative Contractor  ·  Jurisdiction W", 8.5)
    p.line("DME Redeterminations  ·  PO Box 61770  ·  Sandoval Junction, NV 89501", 8.5)
    super(Page, p).line(p.l_margin, p.get_y() + 1, p.w - p.r_margin, p.get_y() + 1)
    p.ln(5)
    p.line(dfmt(f, f["notice"]), 10)
    p.ln(2)
    for a in (f["member"], *f["addr"]):
        p.line(a, 10)
    p.ln(4)
    p.line("MEDICARE REDETERMINATION NOTICE", 13, "B")
    p.ln(1)
    recd = f["notice"] - dt.timedelta(days=41)
    p.pairs([("Beneficiary", f["member"]), ("Medicare Number", f["mbi"]), ("Appeal Number", f["appeal"]),
             ("Internal Control Number", f["claim"]), ("Supplier", f"{f['sup']} (NPI {f['npi1']})"),
             ("Ordering Physician", f"{f['doc']} (NPI {f['npi2']})"), ("Date Request Received", dfmt(f, recd)),
             ("Date of Service", dfmt(f, f["deliv"]))], label_w=52, size=9.5, h=5.3)
    p.ln(2)
    p.table(["HCPCS", "Description", "Billed", "Decision"],
            [[f"{c}-{s}", CODES[c][0], money(ch), "Unfavorable"] for c, s, ch in f["lines"]] +
            [["Total", "", money(f["total"]), ""]], [22, 100, 26, 26], size=8.5, aligns=["L", "L", "R", "L"],
            bold_last=True)
    p.heading("Decision", 11)
    p.para("The redetermination is **unfavorable**. Medicare will not pay for the brace billed on the claim "
           "above.")
    p.heading("Explanation of the decision", 11)
    p.para(f"{f['sup']} billed code L1845, a custom-fitted double-upright knee orthosis. A custom-fitted brace "
           "must be fitted, trimmed, bent or otherwise modified by a person with expertise in orthotics, and "
           "the supplier's records must describe what was done. The records we received contain a delivery "
           "ticket signed on the date of service and the physician's order, but no description of any fitting "
           "or modification. Without it, the item is an off-the-shelf brace and the claim as billed cannot be "
           "paid. The supplier may not bill you because it did not give you an Advance Beneficiary Notice.")
    p.heading("If you disagree with this decision", 11)
    p.para("You may ask for a reconsideration by a Qualified Independent Contractor. You must file your request "
           "within 180 days of the date of this letter. Use form CMS-20033 or write a letter that includes the "
           "appeal number shown above.")
    p.para(f"Questions? Call 1-800-MEDICARE (TTY 1-877-486-2048).\nSincerely,\nRedeterminations Unit, {PAL}", 9.5)


def redet_truth(f: dict) -> dict:
    return truth("denial_letter", "coding_error", insurer=PAL, member_id=f["mbi"], member_name=f["member"],
                 cases=[f["appeal"], f["claim"]], claim_amount=m2(f["total"]),
                 service_dates=[f["deliv"].isoformat()], denial_date=f["notice"].isoformat(), provider=f["sup"],
                 appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
                 alternates={"case_numbers": [[f["appeal"]]]}, denial_alternates=["medical_necessity"])


# ---------------------------------------------------------------- Tamarack Ridge MA: EOB and denial notice
def tam_head(p: Page, f: dict) -> None:
    p.line("Tamarack Ridge", 18, "B")
    p.line("HEALTH PLAN  ·  Tamarack Senior Advantage (HMO)", 9, "B")
    p.line(f"PO Box 2277, Wallowa Springs, OR 97885  ·  Member Services {f['ph']} (TTY 711)", 8)
    p.ln(4)


def tam_eob(p: Page, f: dict) -> None:
    r = random.Random(f["i"] * 17)
    p.add_page()
    tam_head(p, f)
    p.line("Your Explanation of Benefits (EOB)", 13, "B")
    p.line("This is not a bill. It shows how your Part B claims were processed.", 9)
    p.ln(2)
    p.boxed_pairs([("Member", f["member"]), ("Member ID", f["mid"]), ("Plan", f"Tamarack Senior Advantage (HMO) "
                                                                            f"{f['plan']}"),
                   ("Statement date", dfmt(f, f["notice"])),
                   ("Period", f"{dfmt(f, f['notice'] - dt.timedelta(days=30))} to "
                              f"{dfmt(f, f['notice'] - dt.timedelta(days=1))}")], label_w=40, size=9)
    visit = f["deliv"] - dt.timedelta(days=r.randint(8, 20))
    vch = round(r.randint(140, 260) + 0.0, 2)
    p.heading(f"Claim {f['claim2']}  ·  {f['doc']}, Orthopedic Surgery", 10.5)
    p.table(["Date", "Service", "Billed", "Plan approved", "Plan paid", "You pay"],
            [[dfmt(f, visit), "99214 Office visit, established", money(vch), money(round(vch * 0.62, 2)),
              money(round(vch * 0.62 - 20, 2)), "$20.00"]], [26, 70, 22, 24, 22, 20], size=8,
            aligns=["L", "L", "R", "R", "R", "R"])
    p.heading(f"Claim {f['claim']}  ·  {f['sup']}", 10.5)
    p.table(["Date", "Service", "Billed", "Plan approved", "Plan paid", "You pay"],
            [[dfmt(f, f["deliv"]), f"{c}-{s} {CODES[c][0][:30]}", money(ch), "$0.00", "$0.00", "$0.00"]
             for c, s, ch in f["lines"]] + [["", "Claim total", money(f["total"]), "$0.00", "$0.00", "$0.00"]],
            [26, 70, 22, 24, 22, 20], size=8, aligns=["L", "L", "R", "R", "R", "R"], bold_last=True)
    p.para(f"**Denied - same or similar equipment.** Our records show a knee orthosis was supplied to you on "
           f"{dfmt(f, f['prior'])}. Your plan covers one knee orthosis for the same knee in a 12-month period "
           "unless the brace was lost, stolen or damaged beyond repair, or your condition changed. The supplier "
           "may not bill you for this denied item.", 9)
    p.heading("Your right to appeal", 10.5)
    p.para("If you disagree with a decision on this EOB, you can ask us for a reconsideration. You must ask within "
           "65 days of the date of this notice. Call Member Services or write to Tamarack Ridge Appeals, PO Box "
           "2290, Wallowa Springs, OR 97885.", 9)


def tam_ndmcp(p: Page, f: dict) -> None:
    p.add_page()
    tam_head(p, f)
    p.line(dfmt(f, f["notice"]), 10)
    p.ln(2)
    p.line("Notice of Denial of Medical Coverage (or Payment)", 13, "B")
    p.ln(1)
    p.pairs([("Name", f["member"]), ("Member number", f["mid"]), ("Plan", f"Tamarack Senior Advantage (HMO), "
                                                                          f"{f['plan']}"),
             ("Claim number", f["claim"]), ("Supplier", f["sup"]), ("Prescriber on order", f["doc"])],
            label_w=44, size=9.5, h=5.3)
    p.ln(2)
    p.para(f"We have **denied payment** for the following items you received on {dfmt(f, f['deliv'])}:", 10)
    p.table(["Item", "Billed"], [[f"{c}-{s}  {CODES[c][0]}", money(ch)] for c, s, ch in f["lines"]] +
            [["Total billed", money(f["total"])]], [140, 34], size=8.5, aligns=["L", "R"], bold_last=True)
    p.heading("Why did we deny your request?", 11)
    p.para(f"{f['sup']} told us that it first contacted you by telephone. You had no earlier purchase from this "
           f"supplier, and {f['doc']} has no record of ordering a brace for you. Medicare rules, which your plan "
           "follows, do not allow payment for items a supplier sells through unsolicited telephone contact. "
           "The supplier must not bill you for these items.")
    p.heading("You have the right to appeal our decision", 11)
    p.para("You have the right to ask Tamarack Ridge Health Plan to review our decision by asking us for an "
           "appeal. If you want to appeal, you must ask within 65 days of the date of this notice. We can give "
           "you more time if you have a good reason for missing the deadline.")
    p.heading("What happens next?", 11)
    p.para("If you appeal and we continue to deny payment, your case is sent automatically to an independent "
           "reviewer. A fast (expedited) appeal does not apply to requests for payment.", 9.5)
    p.line("Form CMS-10003-NDMCP (fictional reproduction)", 7)


def tam_truth(f: dict) -> dict:
    den, da = ("not_covered", ["other"]) if f["kind"] == "sameyear" else ("other", ["not_covered"])
    return truth("eob" if f["kind"] == "sameyear" else "denial_letter", den, insurer=TAM, plan_id=f["plan"],
                 member_id=f["mid"], member_name=f["member"], cases=[f["claim"]], claim_amount=m2(f["total"]),
                 service_dates=[f["deliv"].isoformat()], denial_date=f["notice"].isoformat(), provider=f["sup"],
                 appeal_deadline=(f["notice"] + dt.timedelta(days=65)).isoformat(),
                 alternates={"plan_id": [None]}, denial_alternates=da)


# ---------------------------------------------------------------- Kestrel Valley commercial (faxed letter)
def kestrel(p: Page, f: dict) -> None:
    p.add_page()
    p.f(7.5)
    p.cell(0, 4, f"{dfmt(f, f['notice'], 'slash')} 14:2{f['i']}  FROM: KESTREL VALLEY UM  FAX {f['fax']}   "
                 f"TO: {f['sup'].upper()}   P.1/1", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.line(KES, 14, "B")
    p.line("Claims and Benefit Review  ·  77 Falconer Square, Rimrock Bluff, MT 59101", 8.5)
    p.ln(4)
    p.pairs([("Date", dfmt(f, f["notice"])), ("To", f"{f['member']}; cc {f['sup']}"),
             ("Subscriber ID", f["mid"]), ("Group", f["grp"]), ("Claim", f["claim"]),
             ("Date of birth", dfmt(f, f["dob"], "slash"))], label_w=34, size=10, h=5.4)
    p.ln(3)
    p.line("RE: Denial of claim for a knee brace", 11.5, "B")
    p.ln(1)
    c, s, ch = f["lines"][0]
    p.para(f"Dear {f['member']}:\n\nWe reviewed the claim from {f['sup']} for a knee orthosis (HCPCS {c}, "
           f"{s} knee) delivered on {dfmt(f, f['deliv'])}, billed at {money(ch)} and ordered by {f['doc']}. "
           f"We cannot pay this claim. Your plan's durable medical equipment benefit covers one knee orthosis per "
           f"knee per calendar year. We paid for a knee orthosis for the same knee delivered on "
           f"{dfmt(f, f['prior'])}, earlier this year. A second brace in the same calendar year is not a covered "
           "benefit unless the first one no longer fits because your condition changed.")
    p.para(f"If you think we made a mistake, you or {f['sup']} may appeal within 180 days after you receive this "
           f"letter. Send your appeal to the address above or fax it to {f['fax']}. Call {f['ph']} with questions.")
    p.para("Kestrel Valley Health Insurance Company\nBenefit Review Department", 10)


def kes_truth(f: dict) -> dict:
    return truth("denial_letter", "not_covered", insurer=KES, group=f["grp"], member_id=f["mid"],
                 member_name=f["member"], cases=[f["claim"]], claim_amount=m2(f["total"]),
                 service_dates=[f["deliv"].isoformat()], denial_date=f["notice"].isoformat(), provider=f["sup"],
                 appeal_deadline=None, denial_alternates=["other"], unscored=["appeal_deadline"])


# (stem suffix, condition, kind, issuer, date style, lang, builder, truth)
PLAN = [
    ("bd_msn_l1843_custom_fit_not_documented", "born_digital", "custom", MED, "abbr", "en", msn, msn_truth),
    ("bd_ma_eob_l1851_second_brace_within_12_months", "born_digital", "sameyear", TAM, "slash", "en", tam_eob,
     tam_truth),
    ("scan300_dme_redetermination_l1845_unfavorable", "scan_clean_300", "custom2", PAL, "long", "en",
     redetermination, redet_truth),
    ("copy_msn_spanish_abn_upgrade_l1845_ga", "photocopy", "abn", MED, "slash", "es", msn, msn_truth),
    ("faxfine_commercial_l1833_same_calendar_year", "fax_fine_g4", "sameyear2", KES, "dmy", "en", kestrel,
     kes_truth),
    ("rotated_ma_ndmcp_l4361_telemarketed_order", "rotated", "tele", TAM, "iso", "en", tam_ndmcp, tam_truth),
    ("phone_msn_l1851_l1833_unsolicited_call", "phone_photo", "tele2", MED, "abbr", "en", msn, msn_truth),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, ds, lang, build, mk) in enumerate(PLAN):
        f = facts(i, kind, ins, ds, lang)
        p = Page(footer="Page {n} of {nb}" if lang == "en" else "Página {n} de {nb}")
        build(p, f)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(out(p), mk(f))]))
    return items
