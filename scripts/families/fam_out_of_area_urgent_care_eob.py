"""Family 'out_of_area_urgent_care_eob': a home plan's EOBs for urgent care and emergency-room visits while the member
was travelling, processed through a BlueCard-style host plan, so two insurers' names are on the page: denied as not
an emergency, denied because the clinic is outside the host plan's network, or paid; one claim split across two pages,
one EOB with two claims of which only the second is denied, one in Spanish.

Issuers (home plans): Windermoor Shield Health Plan (logo word "WINDERMOOR SHIELD" over a line, return address block)
and Redwater Health Insurance Company (parent line "A Lakeshire Mutual company" above the name). Host plans named in
the claim block: Ashwater Health Alliance (Nevada/Utah) and Pinefold Health Services (Arizona). Decoys: the host
plan's name and its claim number, the trip's other claim, the allowed and paid amounts, deductible counters, the
date the host plan priced the claim, a 'Traveler Network' sentence with its timetable.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundt_famtc import TRAVEL_PROVIDERS, address, days, digits, fdate, iso, m2, mixed, money, person, phone, usd

FAMILY = "out_of_area_urgent_care_eob"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
H1 = "Windermoor Shield Health Plan"
H2 = "Redwater Health Insurance Company"
HOSTS = {"NV": "Ashwater Health Alliance", "UT": "Ashwater Health Alliance", "AZ": "Pinefold Health Services"}
LABELS = {1: ["Statement date", "Member", "Member ID", "Group", "Claim number", "Host plan claim ID", "Provider",
              "Billed"],
          2: ["Date issued", "Patient", "Identification no.", "Group no.", "Claim #", "Host claim (SCCF)",
              "Provided by", "Charges"],
          3: ["Issue date", "Patient name", "Subscriber ID", "Employer group", "Home plan claim", "Host plan ref.",
              "Rendering provider", "Amount billed"],
          "es": ["Fecha de emisión", "Paciente", "Número de identificación", "Grupo", "Número de reclamación",
                 "Reclamación del plan anfitrión", "Proveedor", "Cargos"]}
ER = [("99284", "ER visit, moderate"), ("71046", "Chest X-ray, 2 views"), ("85025", "Complete blood count"),
      ("80053", "Metabolic panel"), ("93005", "ECG tracing"), ("J1885", "Ketorolac injection"),
      ("96374", "IV push, single drug"), ("81003", "Urinalysis, automated"), ("87880", "Strep test, rapid"),
      ("J7030", "Saline infusion 1000 cc"), ("36415", "Venipuncture"), ("A4216", "Sterile saline, 10 ml")]
UC = [("S9083", "Urgent care visit, global"), ("87804", "Influenza test, rapid"), ("12002", "Simple wound repair"),
      ("90715", "Tdap vaccine")]
REMARK = {"notemerg": ("N41", "Your plan pays for care outside its service area only for an emergency or urgent "
                       "care. The records show this visit was not an emergency, so it is not covered away from home."),
          "oon": ("K7", "This clinic does not take part in the host plan's network where you were travelling. "
                  "Your coverage does not include non-network providers outside your home area."),
          "paid": ("A1", "Processed under the Traveler Network program. You owe only the amount shown.")}
REMARK_ES = ("N41", "Su plan cubre la atención fuera de su área solo en una emergencia o para atención urgente. Los "
             "registros muestran que esta visita no fue una emergencia; por eso no está cubierta.")


class Page(Doc):
    def __init__(self, foot: str, head: str | None = None):
        super().__init__("DejaVu", footer=foot, header=head, margins=(16, 14, 16))
        self.add_font("DejaVu", "B", BOLD)


def claim(r, kind, lines, ins):
    urgent = [TRAVEL_PROVIDERS[0], TRAVEL_PROVIDERS[2]]
    prov, town = r.choice(urgent if lines <= 4 else [TRAVEL_PROVIDERS[1], TRAVEL_PROVIDERS[3]])
    st = town.split(", ")[1]
    codes = (ER if lines > 4 else UC)[:lines]
    ls = []
    for code, desc in codes:
        b = money(r, 1200, 2400) if code == "99284" else money(r, 160, 320) if code == "S9083" else money(r, 35, 640)
        allowed = round(b * r.uniform(0.45, 0.7), 2)
        paid = 0.0 if kind != "paid" else round(allowed * 0.8, 2)
        ls.append([code, desc, b, allowed, paid])
    return dict(kind=kind, prov=prov, town=town, host=HOSTS[st], st=st, lines=ls,
                no=mixed(r, "9999A99999999") if ins == H1 else mixed(r, "RW-999999-99"),
                host_no=mixed(r, "A99999999999"), billed=round(sum(x[2] for x in ls), 2))


def facts(r, ins, lab, ds, ms, lang, app, kinds, lines):
    stmt = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 230))
    svc = days(stmt, -r.randint(18, 40))
    cl = [claim(r, k, n, ins) for k, n in zip(kinds, lines)]
    for k, c in enumerate(cl):
        c["date"] = days(svc, k)
    if len(cl) > 1:  # the ER visit paid, the next day's clinic visit denied
        for c, (p, t) in zip(cl, (TRAVEL_PROVIDERS[3], TRAVEL_PROVIDERS[0])):
            c["prov"], c["town"], c["st"] = p, t, t.split(", ")[1]
            c["host"] = HOSTS[c["st"]]
    f = dict(ins=ins, lab=LABELS[lab], ds=ds, ms=ms, lang=lang, app=app, stmt=stmt, claims=cl,
             member=person(r, lang), addr=address(r, lang),
             mid=mixed(r, "WMS999999999") if ins == H1 else mixed(r, "RWH 9999 9999"),
             grp=digits(r, 6) if ins == H1 else mixed(r, "G-99999"), ph=phone(r), box=digits(r, 4),
             priced=days(stmt, -r.randint(4, 9)))
    f["fd"] = lambda x: fdate(x, ds)
    return f


def letterhead(d, f):
    if f["ins"] == H1:
        y = d.get_y()
        d.font(8.5)
        d.multi_cell(80, 4.2, f"{H1}\nClaims Department\nPO Box {f['box']}\nBismarck, ND 58506", new_x="LMARGIN",
                     new_y="NEXT")
        d.set_xy(110, y)
        d.font(17, "B")
        d.cell(0, 9, "WINDERMOOR SHIELD", align="R", new_x="LMARGIN", new_y="NEXT")
        d.set_y(y + 19)
        d.rule(0.7, 2)
    else:
        d.text_line("A Lakeshire Mutual company", 8.5, h=4.2)
        d.text_line(H2, 14, "B", h=7)
        d.text_line(f"PO Box {f['box']}  ·  Twin Falls, ID 83303  ·  Customer Service {f['ph']}", 8.5, h=4.4)
        d.rule(0.4, 2)
    d.ln(1)


def rows(d, pairs, w=48):
    for k, v in pairs:
        d.set_font("DejaVu", "B", 8.8)
        d.cell(w, 4.8, k + ":")
        d.set_font("DejaVu", "", 9.3)
        d.cell(0, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def lines_table(d, f, c, part):
    ms, es = f["ms"], f["lang"] == "es"
    head = (["Código", "Servicio", "Cargos", "Permitido", "Pagado", "Nota"] if es else
            ["Code", "Service", "Billed", "Allowed", "Plan paid", "Remark"])
    code = REMARK[c["kind"]][0]
    body = [[x[0], x[1], usd(x[2], ms), usd(x[3], ms), usd(x[4], ms), code] for x in part]
    d.table(head, body, [18, 62, 24, 24, 24, 16], size=8.3, aligns="LLRRRL", head_fill=True)


def claim_block(d, f, c, split=False):
    L, fd, ms, es = f["lab"], f["fd"], f["ms"], f["lang"] == "es"
    d.text_line(("Reclamación " if es else "Claim ") + c["no"], 10, "B", h=5.5)
    rows(d, [(L[4], c["no"]), (L[5], c["host_no"]),
             ("Plan anfitrión" if es else "Host plan", f"{c['host']} ({c['st']})"),
             (L[6], f"{c['prov']}, {c['town']}"),
             ("Fecha de servicio" if es else "Date of service", fd(c["date"]))])
    if split:
        n = 8
        lines_table(d, f, c, c["lines"][:n])
        d.text_line(f"Claim {c['no']} continues on the next page.", 8.5, h=4.5)
        d.add_page()
        d.text_line(f"Claim {c['no']} (continued)", 10, "B", h=5.5)
        lines_table(d, f, c, c["lines"][n:])
    else:
        lines_table(d, f, c, c["lines"])
    tot = [usd(c["billed"], ms), usd(sum(x[3] for x in c["lines"]), ms), usd(sum(x[4] for x in c["lines"]), ms)]
    d.text_line(("Total de la reclamación" if es else "Claim total") + f"  {L[7]} {tot[0]}  ·  "
                + ("Permitido" if es else "Allowed") + f" {tot[1]}  ·  " + ("Pagado" if es else "Paid") + f" {tot[2]}",
                9, "B", h=5)
    d.para(f"{REMARK[c['kind']][0]}: " + (REMARK_ES[1] if es else REMARK[c["kind"]][1]), 8.8)


def appeal(f):
    a = f["app"]
    if f["lang"] == "es":
        return "Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de este estado de cuenta."
    if a == "stmt180":
        return "You may appeal a denied claim within 180 days of the date of this statement."
    if a == "date":
        return f"To appeal, write to us no later than {f['fd'](f['dl'])}."
    return "You have 180 days after you receive this statement to file an appeal."


def build(f) -> bytes:
    L, fd, es = f["lab"], f["fd"], f["lang"] == "es"
    tag = "WSHP" if f["ins"] == H1 else "RHIC"
    d = Page(f"{tag}-EOB-OOA  {{p}} / {{n}}", head=f"{f['member']}  ·  {f['mid']}  ·  {L[0]} {fd(f['stmt'])}")
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLICACIÓN DE BENEFICIOS - Esto no es una factura" if es else
                "EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 11.5, "B", h=6.5)
    rows(d, [(L[0], fd(f["stmt"])), (L[1], f["member"]), (L[2], f["mid"]), (L[3], f["grp"])])
    d.para("Este reclamo fue atendido fuera de su área a través del programa Traveler Network: el plan anfitrión "
           "del lugar donde recibió la atención fijó el precio y nosotros, su plan, decidimos el pago." if es else
           "Care you receive away from home is handled through the Traveler Network program: the host plan where you "
           f"got care prices the claim (priced {fd(f['priced'])}) and we, your home plan, decide your benefits. "
           "Traveler Network claims are usually processed within 30 days.", 8.8)
    for k, c in enumerate(f["claims"]):
        claim_block(d, f, c, split=f["split"] and k == 0)
    if any(c["kind"] != "paid" for c in f["claims"]):
        d.text_line("Sus derechos de apelación" if es else "Your appeal rights", 10, "B", h=5.5)
        d.para(appeal(f) + (f" Llame al {f['ph']}." if es else f" Call {f['ph']}."), 9)
    d.para(("Deducible del año usado: " if es else "Deductible met this year: ") + usd(f["ded"], f["ms"]), 8.5)
    return pdf_bytes(d)


def make_truth(f) -> dict:
    den_c = [c for c in f["claims"] if c["kind"] != "paid"]
    c = den_c[0] if den_c else f["claims"][0]
    den = {"notemerg": "out_of_network", "oon": "out_of_network", "paid": None}[c["kind"]]
    dl, alts, dalt = None, {}, []
    if den:
        if f["app"] == "stmt180" or f["lang"] == "es":
            dl = iso(days(f["stmt"], 180))
        elif f["app"] == "date":
            dl = iso(f["dl"])
        else:
            alts["appeal_deadline"] = [iso(days(f["stmt"], 180)), iso(days(f["stmt"], 185))]
        if c["kind"] == "notemerg":
            dalt = ["medical_necessity", "not_covered"]
        else:
            dalt = ["not_covered"]
    alts["case_numbers"] = [[c["no"]]]
    return truth("eob", den, f["lang"], insurer=f["ins"], group_number=f["grp"], member_id=f["mid"].replace(" ", ""),
                 member_name=f["member"], case_numbers=[c["no"], c["host_no"]], claim_amount=m2(c["billed"]),
                 service_dates=[iso(c["date"])], denial_date=iso(f["stmt"]), provider=c["prov"],
                 appeal_deadline=dl, alternates=alts, denial_alternates=dalt)


# (stem, condition, home plan, labels, date style, money style, lang, appeal, claim kinds, lines per claim, split)
PLAN = [
    ("out_of_area_urgent_care_eob_bd_er_not_emergency", "born_digital", H1, 1, "long", "plain", "en", "stmt180",
     ["notemerg"], [6], False),
    ("out_of_area_urgent_care_eob_bd_urgent_care_paid", "born_digital", H2, 2, "abbr", "plain", "en", "stmt180",
     ["paid"], [3], False),
    ("out_of_area_urgent_care_eob_scan_clinic_out_of_network", "scan_clean_300", H1, 3, "slash", "nosign", "en",
     "recv", ["oon"], [2], False),
    ("out_of_area_urgent_care_eob_lowres_split_two_pages", "scan_lowres_150", H2, 1, "dmy", "plain", "en", "date",
     ["notemerg"], [12], True),
    ("out_of_area_urgent_care_eob_rot_two_claims", "rotated", H1, 2, "iso", "plain", "en", "date",
     ["paid", "oon"], [5, 2], False),
    ("out_of_area_urgent_care_eob_faxf_eob_es", "fax_fine_g4", H2, "es", "es", "es", "es", "stmt180",
     ["notemerg"], [5], False),
    ("out_of_area_urgent_care_eob_copy_er_paid", "photocopy", H1, 3, "abbr", "usd", "en", "recv", ["paid"], [7],
     False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, ins, lab, ds, ms, lang, app, kinds, lines, split) in enumerate(PLAN):
        r = random.Random(97200 + i)
        f = facts(r, ins, lab, ds, ms, lang, app, kinds, lines)
        f["split"], f["dl"], f["ded"] = split, days(f["stmt"], 180), money(r, 150, 1500)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
