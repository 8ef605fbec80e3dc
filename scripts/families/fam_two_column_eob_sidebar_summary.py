"""Family 'two_column_eob_sidebar_summary': an Explanation of Benefits whose left third is a shaded sidebar (member,
IDs, statement date, totals for the statement, contact and appeal box) and whose right column holds one block per
claim (claim number, patient, provider, received date) over a line table (date, service, billed, allowed, plan paid,
you owe, remark); a remark legend under the claims. One denied line or claim among paid ones; one statement fully
paid; one Spanish.

Issuers (fictional): Ardgay Health Cooperative (logo word over a rule), Portsoy Health Insurance Company (parent line
"An Alyth Holdings company"). Decoys: claim received dates, the statement's total billed over all claims, the paid
claims' numbers, dates and providers, deductible met-to-date, the 72-hour urgent appeal.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundad_famdc import Page, address, days, fdate, iso, mixed, money, person, phone, usd

FAMILY = "two_column_eob_sidebar_summary"
LANG = "en"
ORGS = {
    "ar": dict(name="Ardgay Health Cooperative", logo="ARDGAY", parent="", mid="ARG999999999", grp="99-9999",
               plan="GY-Silver-99", claim="A99999999999"),
    "po": dict(name="Portsoy Health Insurance Company", logo="", parent="An Alyth Holdings company",
               mid="PHI-999-99-9999", grp="P99999", plan="PS99", claim="99A999999999"),
}
LAB = {1: ["Member", "Member ID", "Group number", "Plan", "Statement date", "Claim number", "Patient", "Provider"],
       2: ["Subscriber", "ID #", "Group #", "Plan ID", "Date issued", "Claim #", "For", "Seen by"],
       3: ["Covered person", "Identification number", "Employer group", "Benefit plan", "Date of this statement",
           "Claim ID", "Patient name", "Rendering provider"],
       "es": ["Afiliado", "Nº de miembro", "Grupo", "Plan", "Fecha del estado", "Número de reclamación", "Paciente",
              "Proveedor"]}
PROVS = ["Findhorn Family Medicine", "Nairn Valley Imaging", "Macduff Physical Therapy", "Brora Laboratory Services",
         "Cullen Dermatology Associates", "Huntly Orthopaedic Clinic"]  # the provider of SERV[i]
FORCE = {"pa": 1, "nc_plain": 4, "oon": 5, "tf": 2, "mn_plain": 2}  # the service each denial is about
SERV = {"en": [("Office visit", 90, 260), ("MRI lumbar spine", 1200, 2600), ("Physical therapy, 4 units", 180, 420),
               ("Lab panel", 60, 310), ("Skin lesion removal", 240, 880), ("X-ray, two views", 120, 340)],
        "es": [("Consulta médica", 90, 260), ("Resonancia lumbar", 1200, 2600), ("Terapia física", 180, 420),
               ("Análisis de laboratorio", 60, 310), ("Extirpación de lesión", 240, 880), ("Radiografía", 120, 340)]}
REM = {"pa": ("N54", "No prior authorization was on file for this service.",
              "No había autorización previa para este servicio.", "prior_authorization"),
       "nc": ("X19", "This service is not covered by your plan.", "", "not_covered"),
       "nc_plain": ("X19", "Your plan does not pay for cosmetic removal of skin growths.", "", "not_covered"),
       "oon": ("K7", "The provider is out of network and your EPO plan has no out-of-network benefits.", "",
               "out_of_network"),
       "tf": ("T2", "We received this claim more than 365 days after the date of service.", "", "timely_filing"),
       "mn_plain": ("M3", "Our reviewer found the records do not show this was needed for your condition.", "",
                    "medical_necessity"),
       "paid": ("P1", "Paid at the in-network rate.", "Pagado a la tarifa de la red.", None)}


def facts(r: random.Random, spec: dict) -> dict:
    lang = spec.get("lang", "en")
    o = ORGS[spec["org"]]
    date = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 280))
    member = person(r, lang)
    claims = []
    for k, c in enumerate(spec["claims"]):
        svc = days(date, -r.randint(20, 70)) if c != "tf" else days(date, -r.randint(400, 430))
        patient = member if k != spec.get("dep_claim", -1) else f"{r.choice(['Euan', 'Mhairi', 'Rhona'])} " \
                                                                   f"{r.choice('BCDF')}. {member.split()[-1]}"
        main = FORCE.get(c, None)
        if main is None:
            main = r.choice([0, 2, 3, 5])
        picks = [main] + ([0] if main != 0 and r.random() < 0.6 else []) + ([3] if main == 0 else [])
        lines = []
        for j, idx in enumerate(picks):
            desc, lo, hi = SERV[lang][idx]
            b = money(r, lo, hi)
            denied = c != "paid" and (spec.get("whole") or j == 0)
            allowed = 0.0 if denied else round(b * r.choice([0.55, 0.62, 0.7]), 2)
            paid = round(allowed * 0.8, 2)
            lines.append(dict(date=days(svc, j if spec.get("spread") else 0), desc=desc, billed=b, allowed=allowed,
                              paid=paid, owe=round(b if denied else allowed - paid, 2), rem=c if denied else "paid",
                              denied=denied))
        claims.append(dict(no=mixed(r, o["claim"]), patient=patient, prov=PROVS[main], recv=days(svc, r.randint(5, 12)),
                           lines=lines, total=round(sum(ln["billed"] for ln in lines), 2), kind=c))
    return dict(spec, lang=lang, member=member, date=date, mid=mixed(r, o["mid"]), grp=mixed(r, o["grp"]),
                plan=mixed(r, o["plan"]), addr=address(r), ph=phone(r), claims=claims,
                dl=days(date, spec.get("ndays", 180)))


def _fd(f, x):
    return fdate(x, f["ds"])


def statement(f: dict) -> bytes:
    o = ORGS[f["org"]]
    L = LAB[f["lab"]]
    es = f["lang"] == "es"
    ms = f.get("ms", "plain")
    d = Page(foot=o["name"] + ("   Página {p} de {n}" if es else "   Page {p} of {n}"))
    d.add_page()
    # header across the page
    if o["logo"]:
        d.text_line(o["logo"], 20, "B", h=9)
        d.rule(0.8, 1)
        d.text_line(o["name"], 8.5, h=4.5)
    else:
        d.text_line(o["parent"], 8, h=4)
        d.text_line(o["name"], 14, "B", h=7)
        d.rule(0.4, 1)
    d.text_line("EXPLICACIÓN DE BENEFICIOS - Esto no es una factura" if es else
                "EXPLANATION OF BENEFITS - This is not a bill", 11.5, "B", h=7)
    top = d.get_y() + 2
    # sidebar
    sw, sx = 58, d.l_margin
    d.set_fill_color(232, 232, 232)
    d.rect(sx, top, sw, 200, style="F")
    y = top + 3

    def side(label, value, bold=False):
        nonlocal y
        d.set_xy(sx + 2.5, y)
        d.font(7.3, "B")
        d.cell(sw - 5, 3.6, label.upper())
        y += 3.8
        d.set_xy(sx + 2.5, y)
        d.font(9.2, "B" if bold else "")
        d.multi_cell(sw - 5, 4.3, value)
        y = d.get_y() + 1.8

    side(L[4], _fd(f, f["date"]), True)
    side(L[0], f["member"] + "\n" + "\n".join(f["addr"]))
    side(L[1], f["mid"])
    side(L[2], f["grp"])
    side(L[3], f["plan"])
    cl = f["claims"]
    tb = sum(c["total"] for c in cl)
    tp = sum(ln["paid"] for c in cl for ln in c["lines"])
    to = sum(ln["owe"] for c in cl for ln in c["lines"])
    side("Resumen" if es else "This statement", "")
    y -= 5
    for k, v in ([("Facturado", tb), ("Pagó el plan", tp), ("Usted debe", to)] if es else
                 [("Billed", tb), ("Plan paid", tp), ("You may owe", to)]):
        d.set_xy(sx + 2.5, y)
        d.font(8.8)
        d.cell(26, 4.5, k)
        d.cell(sw - 31, 4.5, usd(v, ms), align="R")
        y += 4.8
    y += 2
    side("Deducible" if es else "Deductible met", f"{usd(f.get('ded', 640.0), ms)} / {usd(1500, ms)}")
    side("Preguntas" if es else "Questions", f"{f['ph']}\nTTY 711\n" + ("Lun-Vie 8-6" if es else "Mon-Fri 8-6"))
    if f.get("appeal", True):
        if es:
            txt = (f"Si no está de acuerdo, puede apelar dentro de {f.get('ndays', 180)} días a partir de la fecha "
                   "de este estado.")
        elif f.get("dl_style") == "date":
            txt = f"Appeal by {_fd(f, f['dl'])}. Urgent care: fast appeal decided in 72 hours."
        else:
            txt = (f"You may appeal within {f.get('ndays', 180)} days of the date of this statement. Urgent care: "
                   "fast appeal decided in 72 hours.")
        side("Apelaciones" if es else "Your right to appeal", txt)
    # right column
    rx = sx + sw + 5
    d.set_left_margin(rx)
    d.set_xy(rx, top)
    for c in cl:
        d.font(9.5, "B")
        d.cell(0, 5.5, f"{L[5]}: {c['no']}", new_x="LMARGIN", new_y="NEXT")
        d.font(8.6)
        d.cell(0, 4.6, f"{L[6]}: {c['patient']}    {L[7]}: {c['prov']}", new_x="LMARGIN", new_y="NEXT")
        d.cell(0, 4.6, ("Recibida" if es else "Received") + f": {_fd(f, c['recv'])}", new_x="LMARGIN", new_y="NEXT")
        head = (["Fecha", "Servicio", "Facturado", "Permitido", "Pagado", "Usted debe", "Nota"] if es else
                ["Date", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Rem."])
        rows = [[fdate(ln["date"], f.get("tds", "slash")), ln["desc"][:24], usd(ln["billed"], "nosign"),
                 usd(ln["allowed"], "nosign"), usd(ln["paid"], "nosign"), usd(ln["owe"], "nosign"),
                 REM[ln["rem"]][0]] for ln in c["lines"]]
        rows.append(["*Total", "", usd(c["total"], "nosign"), usd(sum(x["allowed"] for x in c["lines"]), "nosign"),
                     usd(sum(x["paid"] for x in c["lines"]), "nosign"), usd(sum(x["owe"] for x in c["lines"]),
                                                                            "nosign"), ""])
        d.table(head, rows, [18, 36, 16, 16, 16, 17, 10], size=7.6, aligns="LLRRRRL")
        d.ln(1)
    d.font(9, "B")
    d.cell(0, 5, "Notas" if es else "Remark codes", new_x="LMARGIN", new_y="NEXT")
    seen = []
    for c in cl:
        for ln in c["lines"]:
            if ln["rem"] not in seen:
                seen.append(ln["rem"])
    for k in seen:
        code, en, esx, _ = REM[k]
        d.para(f"{code}  {esx if es else en}", 8.4, 1)
    d.ln(1)
    if not es:
        d.para("Your provider may not bill you more than the amount in the You owe column for in-network care. Keep "
               "this statement for your records.", 8.4, 1)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    o = ORGS[f["org"]]
    den = [c for c in f["claims"] if c["kind"] != "paid"]
    c = den[0] if den else f["claims"][0]
    dl = [ln for ln in c["lines"] if ln["denied"]] or c["lines"]
    sd = sorted({iso(ln["date"]) for ln in dl})
    alts = {}
    alld = sorted({iso(ln["date"]) for ln in c["lines"]})
    if alld != sd:
        alts["service_dates"] = [alld]
    if len(dl) < len(c["lines"]):
        alts["claim_amount"] = [f"{sum(ln['billed'] for ln in dl):.2f}"]
    common = dict(insurer=o["name"], member_id=f["mid"], group_number=f["grp"], plan_id=f["plan"],
                  member_name=c["patient"], case_numbers=[c["no"]], claim_amount=f"{c['total']:.2f}",
                  service_dates=sd, denial_date=iso(f["date"]), provider=c["prov"])
    dlv = iso(f["dl"]) if f.get("appeal", True) else None
    if not den:
        alts["appeal_deadline"] = [None]
        return truth("eob", None, f["lang"], appeal_deadline=dlv, alternates=alts, **common)
    return truth("eob", REM[c["kind"]][3], f["lang"], appeal_deadline=dlv, alternates=alts, **common)


PLAN = [
    ("two_column_eob_sidebar_summary_bd_no_prior_auth_mri", "born_digital",
     dict(org="ar", lab=1, ds="long", claims=["paid", "pa", "paid"])),
    ("two_column_eob_sidebar_summary_bd_fully_paid", "born_digital",
     dict(org="po", lab=2, ds="slash", claims=["paid"], spread=True)),
    ("two_column_eob_sidebar_summary_scan_out_of_network_dependent", "scan_clean_300",
     dict(org="po", lab=3, ds="abbr", claims=["paid", "oon"], dep_claim=1, whole=True, ms="usd", tds="iso")),
    ("two_column_eob_sidebar_summary_lowres_cosmetic_plain", "scan_lowres_150",
     dict(org="ar", lab=2, ds="dmy", claims=["nc_plain", "paid"], dl_style="date")),
    ("two_column_eob_sidebar_summary_faxf_timely_filing", "fax_fine_g4",
     dict(org="po", lab=1, ds="iso", claims=["paid", "tf"], whole=True)),
    ("two_column_eob_sidebar_summary_faxs_necessity_plain", "fax_standard_g4",
     dict(org="ar", lab=3, ds="upper", claims=["mn_plain", "paid"], ndays=60)),
    ("two_column_eob_sidebar_summary_rotated_es_sin_autorizacion", "rotated",
     dict(org="po", lab="es", ds="es", claims=["paid", "pa"], lang="es", tds="slash")),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, spec) in enumerate(PLAN):
        f = facts(random.Random(118600 + i), spec)
        items.append(Item(stem, cond, [(statement(f), make_truth(f))]))
    return items
