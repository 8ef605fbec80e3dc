"""Family 'dialysis_monthly_eob_oon': a member Explanation of Benefits for one month of outpatient hemodialysis
(a facility claim billed monthly: one revenue-code 0821 line per session three times a week, with the ESA and iron
drug lines given during sessions), where the sessions are denied because the facility is out of the plan's network
or because the HMO member's primary care provider sent no referral (or the referral ran out mid-month).

Heatherpike Health Insurance Company (commercial EPO) and Selbourne Mutual Health Plan (HMO) are fictional, and so is
every facility, member and number (kit_roundab_famba). Three label sets, three letterheads; one Spanish statement;
one fully paid statement; one where a paid nephrologist's monthly ESRD visit claim is printed beside the denied
facility claim (a decoy claim number, period and amount); most captured by fax.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundab_famba import address, clinician, days, fdate, iso, m2, mixed, money, person, phone, usd

FAMILY = "dialysis_monthly_eob_oon"
LANG = "en"
ORGS = {
    "hp": dict(name="Heatherpike Health Insurance Company", short="HEATHERPIKE", sub="Health Insurance Company",
               parent="Heatherpike Financial Group", box="PO Box 7742", city="Cozad, NE 69130",
               product="Heatherpike Select EPO"),
    "sm": dict(name="Selbourne Mutual Health Plan", short="SELBOURNE", sub="Mutual Health Plan - HMO",
               parent="A member-owned health plan since 1962", box="PO Box 2290", city="Burwell, NE 68823",
               product="Selbourne Mutual HMO Gold"),
}
FACILITIES = ["Marlbeck Dialysis - Burwell", "Ravensgill Renal Partners", "Dunmarsh Kidney Center"]
NEPHRO = "Nurmsalu Nephrology Associates"
LABELS = [
    dict(date="Statement date", member="Member", mid="Member ID", group="Group number", plan="Plan ID",
         claim="Claim number", prov="Provider", period="Service period", recv="Claim received",
         cols=["Date", "Service", "Billed", "Allowed", "Not covered", "Plan paid", "You owe", "Remark"]),
    dict(date="Date issued", member="Patient", mid="ID number", group="Group #", plan="Plan",
         claim="Claim #", prov="Facility", period="Dates of service", recv="Received",
         cols=["Svc date", "Description", "Charges", "Approved", "Denied", "We paid", "Your share", "Code"]),
    dict(date="Processed", member="Patient name", mid="Subscriber ID", group="Employer group", plan="Benefit plan",
         claim="Claim ID", prov="Billed by", period="From - to", recv="Date received",
         cols=["DOS", "Procedure", "Amount billed", "Plan allowance", "Ineligible", "Benefit paid", "Patient resp.",
               "Rmk"]),
]
ES = dict(date="Fecha del estado", member="Paciente", mid="Número de miembro", group="Número de grupo", plan="Plan",
          claim="Número de reclamo", prov="Proveedor", period="Período de servicio", recv="Recibido",
          cols=["Fecha", "Servicio", "Facturado", "Permitido", "No cubierto", "Pagó el plan", "Usted debe", "Nota"])
REASONS = {
    "oon_kw": ("OON", "Out-of-network facility. Your EPO plan does not cover services from out-of-network providers "
               "except emergencies. Sessions denied.", "out_of_network"),
    "oon_plain": ("D7", "This dialysis center is not part of your plan's provider group. Your plan pays for dialysis "
                  "only at centers in the group, except for emergency care or when you are away from home for a "
                  "short time and ask us first. We did not pay these sessions.", "out_of_network"),
    "noref_plain": ("R2", "Your primary care provider did not send us a referral for care at this dialysis center, "
                    "so we could not pay for these sessions. Ask your primary care provider to send one; the "
                    "center may then ask us to look at the claim again.", "prior_authorization"),
    "noref_kw": ("NR", "No referral on file. HMO members need a referral from their primary care provider for "
                 "specialist and dialysis care. Lines denied.", "prior_authorization"),
    "ref_expired": ("RX", "Referral expired - no referral on file for these dates. Your referral covered sessions "
                    "through {ref_end}. Lines after that date were denied.", "prior_authorization"),
    "es_oon": ("FR", "Centro de diálisis fuera de la red. Su plan EPO no cubre servicios de proveedores fuera de la "
               "red, salvo emergencias. No pagamos estas sesiones.", "out_of_network"),
}


def _head(d: Doc, org: dict, variant: int) -> None:
    if variant == 0:
        d.font(8, "I")
        d.cell(0, 4, org["parent"], new_x="LMARGIN", new_y="NEXT")
        d.font(16, "B")
        d.cell(0, 7.5, org["name"], new_x="LMARGIN", new_y="NEXT")
        d.rule(0.6, 2)
    elif variant == 1:
        d.font(22, "B")
        d.cell(0, 9, org["short"], new_x="LMARGIN", new_y="NEXT")
        d.rule(1.0, 1)
        d.font(9)
        d.cell(0, 5, org["sub"] + "  -  " + org["box"] + ", " + org["city"], new_x="LMARGIN", new_y="NEXT")
        d.ln(2)
    else:
        d.font(9)
        for line in (org["name"], "Claims Department", f"{org['box']}, {org['city']}"):
            d.cell(0, 4.2, line, new_x="LMARGIN", new_y="NEXT")
        d.ln(3)


def _sessions(r: random.Random, start: dt.date) -> list[dt.date]:
    """Mon/Wed/Fri (or Tue/Thu/Sat) sessions in one calendar month."""
    first = start.replace(day=1)
    wd = r.choice([(0, 2, 4), (1, 3, 5)])
    out, d = [], first
    while d.month == first.month:
        if d.weekday() in wd:
            out.append(d)
        d = days(d, 1)
    return out


def _claim(r: random.Random, month: dt.date, facility: str, paid_through: dt.date | None, denied: bool) -> dict:
    sess = _sessions(r, month)
    rate = money(r, 1180, 1690)
    lines = []
    for k, s in enumerate(sess):
        lines.append((s, "0821 Hemodialysis, outpatient, per session", rate))
        if k % 4 == 1:
            lines.append((s, "J1756 Iron sucrose, 1 mg x 100", round(money(r, 140, 260), 2)))
        if k == 2:
            lines.append((s, "J0887 Epoetin beta (ESA), 1 mcg x 75", round(money(r, 620, 980), 2)))
    rows = []
    for s, desc, amt in lines:
        den = denied and (paid_through is None or s > paid_through)
        allowed = 0.0 if den else round(amt * 0.55, 2)
        paid = 0.0 if den else round(allowed * 0.8, 2)
        rows.append(dict(d=s, desc=desc, amt=amt, allowed=allowed, nc=amt if den else round(amt - allowed, 2),
                         paid=paid, you=0.0 if den else round(allowed - paid, 2), den=den))
    total = round(sum(x["amt"] for x in rows), 2)
    den_rows = [x for x in rows if x["den"]]
    return dict(no=mixed(r, "99999A9999999"), fac=facility, npi=None, rows=rows, s0=sess[0], s1=sess[-1],
                total=total, den_total=round(sum(x["amt"] for x in den_rows), 2),
                den_dates=sorted({x["d"] for x in den_rows}), recv=days(sess[-1], r.randint(3, 9)))


def _claim_box(d: Doc, lab: dict, f: dict, c: dict, code: str | None) -> None:
    ds, ms = f["ds"], f["ms"]
    d.set_fill_color(230, 230, 230)
    d.font(9.5, "B")
    d.cell(0, 6, f"{lab['claim']}: {c['no']}     {lab['prov']}: {c['fac']}", fill=True, new_x="LMARGIN",
           new_y="NEXT")
    d.font(8.5)
    net = c.get("net", "")
    d.cell(0, 4.6, f"{lab['period']}: {fdate(c['s0'], ds)} - {fdate(c['s1'], ds)}     {lab['recv']}: "
           f"{fdate(c['recv'], ds)}     {net}", new_x="LMARGIN", new_y="NEXT")
    rows = []
    for x in c["rows"]:
        rows.append([fdate(x["d"], "short" if ds in ("long", "es", "dmy", "upper", "abbr") else ds), x["desc"],
                     usd(x["amt"], ms), usd(x["allowed"], ms), usd(x["nc"], ms), usd(x["paid"], ms),
                     usd(x["you"], ms), code if (x["den"] and code) else ""])
    rows.append(["*" + ("Total" if f["lang"] == "es" else "Claim total"), "", usd(c["total"], ms),
                 usd(round(sum(x["allowed"] for x in c["rows"]), 2), ms),
                 usd(round(sum(x["nc"] for x in c["rows"]), 2), ms), usd(round(sum(x["paid"] for x in c["rows"]), 2), ms),
                 usd(round(sum(x["you"] for x in c["rows"]), 2), ms), ""])
    d.table(lab["cols"], rows, [17, 60, 19, 18, 18, 17, 17, 10], size=7.2, aligns="LLRRRRRC", row_h=3.9)


def eob(f: dict) -> bytes:
    es = f["lang"] == "es"
    org = f["org"]
    lab = ES if es else LABELS[f["labels"]]
    d = Doc("Helvetica", footer=f"{org['name']}  {f['form']}   {{p}}/{{n}}", margins=(14, 12, 14))
    d.add_page()
    _head(d, org, f["head"])
    d.text_line("EXPLICACIÓN DE BENEFICIOS - ESTO NO ES UNA FACTURA" if es else
                "EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12, "B", h=7)
    d.font(9)
    d.cell(0, 4.5, f["street"] + ", " + f["city"], new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    cells = [(lab["date"], fdate(f["notice"], f["ds"]), 36), (lab["member"], f["name"], 46),
             (lab["mid"], f["mid"], 38), (lab["group"], f["group"], 30)]
    if f.get("plan"):
        cells.append((lab["plan"], f["plan"], 32))
    d.boxes(cells, h=10.5, value_size=9)
    d.ln(3)
    for c in f["claims"]:
        _claim_box(d, lab, f, c, f["code"] if c is f["main"] and f["reason"] else None)
    if f["reason"]:
        code, txt, _ = REASONS[f["reason"]]
        d.text_line("Notas" if es else "Remark codes", 9.5, "B", h=5)
        d.para(f"{code}  " + txt.format(ref_end=fdate(f.get("ref_end") or f["notice"], f["ds"])), 8.5, gap=1.5)
    acc = (f"Deducible del año: {usd(f['ded'], f['ms'])} de {usd(f['ded_max'], f['ms'])}. Máximo de gastos de "
           f"bolsillo: {usd(f['oop'], f['ms'])} de {usd(f['oop_max'], f['ms'])}." if es else
           f"Plan year deductible met: {usd(f['ded'], f['ms'])} of {usd(f['ded_max'], f['ms'])}. Out-of-pocket "
           f"maximum met: {usd(f['oop'], f['ms'])} of {usd(f['oop_max'], f['ms'])}.")
    d.para(acc, 8.5, gap=1.5)
    if f["reason"]:
        if es:
            d.text_line("Sus derechos de apelación", 9.5, "B", h=5)
            d.para(f"Si no está de acuerdo, puede apelar por escrito dentro de 180 días a partir de la fecha de este "
                   f"estado. Escriba a Appeals, {org['box']}, {org['city']}, o llame al {f['ph']}. Si su salud "
                   "corre peligro, pida una apelación urgente (72 horas). También puede pedir una revisión externa "
                   "independiente dentro de 4 meses después de nuestra decisión final.", 8.5, gap=1.5)
        else:
            d.text_line("Your appeal rights", 9.5, "B", h=5)
            ask = ("You have 180 days from the date of this statement to ask us for an appeal." if f["dl"] == "days"
                   else f"Your written appeal must be received by {fdate(f['deadline'], f['ds'])}.")
            d.para(f"If you disagree with how we processed this claim, you may appeal. {ask} Write to Appeals, "
                   f"{org['box']}, {org['city']}, or call {f['ph']}. Urgent appeals are decided within 72 hours. "
                   "After our final decision you may ask for an independent external review within 4 months.",
                   8.5, gap=1.5)
    else:
        d.para(f"Questions? Call Member Services at {f['ph']}. Your referral and network status were on file for "
               "every session on this statement.", 8.5, gap=1.5)
    return pdf_bytes(d)


def facts(r: random.Random, reason: str | None, org: str, head: int, labels: int, ds: str, ms: str,
          dl: str = "days", lang: str = "en", decoy: bool = False, partial: bool = False) -> dict:
    month = dt.date(2026, r.randint(1, 8), 1)
    o = ORGS[org]
    fac = r.choice(FACILITIES)
    ref_end = None
    if partial:
        sess = _sessions(random.Random(r.random()), month)
        ref_end = month.replace(day=r.randint(11, 17))
    main = _claim(r, month, fac, ref_end, reason is not None)
    main["net"] = ("Fuera de la red" if lang == "es" else "Out of network") if reason and "oon" in reason else (
        "Red: sí" if lang == "es" else "In network")
    nxt = month.replace(month=month.month + 1)
    notice = days(nxt, r.randint(10, 24))
    claims = [main]
    if decoy:
        v = money(r, 260, 420)
        other = dict(no=mixed(r, "99999A9999999"), fac=NEPHRO, s0=month, s1=days(nxt, -1), total=v,
                     recv=days(nxt, r.randint(2, 6)), net="In network",
                     rows=[dict(d=month, desc="90960 ESRD services, monthly, 4+ visits", amt=v,
                                allowed=round(v * 0.7, 2), nc=round(v * 0.3, 2), paid=round(v * 0.56, 2),
                                you=round(v * 0.14, 2), den=False)])
        claims = [other, main]
    street, city = address(r, lang)
    f = dict(org=o, reason=reason, head=head, labels=labels, ds=ds, ms=ms, dl=dl, lang=lang, notice=notice,
             main=main, claims=claims, name=person(r, lang), street=street, city=city,
             mid=("HPK" if org == "hp" else "SMH") + mixed(r, "9999999-01"), group=mixed(r, "99-A9999"),
             plan=("EPO " + str(r.randint(2100, 2999))) if org == "hp" else None, ph=phone(r),
             code=REASONS[reason][0] if reason else None, ref_end=ref_end, deadline=days(notice, 180),
             ded=money(r, 300, 1500), ded_max=2000.0, oop=money(r, 1500, 4000), oop_max=6500.0,
             form="EOB-" + mixed(r, "AA99"))
    if dl == "date":
        f["deadline"] = days(notice, 180)
    return f


def eob_truth(f: dict) -> dict:
    c = f["main"]
    alts = {}
    dalts = []
    if f["reason"]:
        denial = REASONS[f["reason"]][2]
        den = c["den_dates"]
        sd = [iso(den[0], den[-1])]
        alts["service_dates"] = [[iso(x) for x in den]]
        if f["reason"] == "ref_expired":
            alts["service_dates"].append([iso(c["s0"], c["s1"])])
            alts["claim_amount"] = [m2(c["den_total"])]
        if denial == "prior_authorization":
            dalts = ["other"]
        if denial == "out_of_network":
            dalts = ["not_covered"]
        dl = iso(f["deadline"])
    else:
        denial, dl = None, None
        sd = [iso(c["s0"], c["s1"])]
        alts["service_dates"] = [sorted({iso(x["d"]) for x in c["rows"]})]
    return truth("eob", denial, lang=f["lang"], insurer=f["org"]["name"], plan_id=f["plan"],
                 group_number=f["group"], member_id=f["mid"], member_name=f["name"], case_numbers=[c["no"]],
                 claim_amount=m2(c["total"]), service_dates=sd, denial_date=iso(f["notice"]), provider=c["fac"],
                 appeal_deadline=dl, alternates=alts, denial_alternates=dalts,
                 type_alternates=[])


def documents(rng: random.Random) -> list[Item]:
    r = random.Random(110600)
    plan = [  # stem, condition, reason, org, head, labels, ds, ms, dl, lang, decoy, partial
        ("bd_oon_kw", "born_digital", "oon_kw", "hp", 0, 0, "long", "plain", "days", "en", False, False),
        ("scan300_paid", "scan_clean_300", None, "sm", 1, 1, "slash", "plain", "days", "en", False, False),
        ("faxfine_noref_plain", "fax_fine_g4", "noref_plain", "sm", 2, 2, "abbr", "nosign", "date", "en", False,
         False),
        ("faxstd_ref_expired", "fax_standard_g4", "ref_expired", "sm", 0, 0, "slash", "plain", "days", "en", False,
         True),
        ("rotated_oon_plain_decoy", "rotated", "oon_plain", "hp", 1, 1, "dmy", "plain", "date", "en", True, False),
        ("photocopy_es_oon", "photocopy", "es_oon", "hp", 2, 0, "es", "plain", "days", "es", False, False),
        ("lowres_noref_kw", "scan_lowres_150", "noref_kw", "sm", 1, 2, "upper", "space", "days", "en", False,
         False),
    ]
    items = []
    for stem, cond, reason, org, head, labels, ds, ms, dl, lang, decoy, partial in plan:
        f = facts(r, reason, org, head, labels, ds, ms, dl, lang, decoy, partial)
        items.append(Item(f"{FAMILY}_{stem}", cond, [(eob(f), eob_truth(f))]))
    return items
