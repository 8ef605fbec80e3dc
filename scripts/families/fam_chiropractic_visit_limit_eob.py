"""Family 'chiropractic_visit_limit_eob': explanations of benefits for chiropractic manipulation visits over a yearly
visit limit, with a benefit-used-to-date box; claims hold several visits and only the later ones are denied; one
Spanish statement, one statement with nothing denied.

Issuers: Vilsandi Health Insurance Company ("VILSANDI" logo word over "Health Insurance Company") and Endla Benefit
Plan (parent line "Tuhala Insurance Holdings" above the name, return address block). Kinds: one claim with four
visits, the last two over the 20-visit limit (remark keyword); the same with a limit shared with physical therapy
(plain words); two claims on one statement, the first all paid, the second partly denied; a Spanish statement; a
statement with nothing denied; a claim with one visit over the limit and maintenance wording; a statement with the
appeal date printed. Decoys: the plan-year span, the date the limit was reached, visits used, paid amounts,
the clinic's patient account, the 30-day appeal timetable, the external-review time limit.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundt_famtb import (CHIRO_CLINICS, CHIROS, address, days, digits, fdate, iso, m2, mixed, person, phone,
                              usd)

FAMILY = "chiropractic_visit_limit_eob"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
VIL, END = "Vilsandi Health Insurance Company", "Endla Benefit Plan"
CODES = [("98941", "Chiro manip. 3-4 regions"), ("98940", "Chiro manip. 1-2 regions"),
         ("97140", "Manual therapy, each 15 min"), ("97012", "Mechanical traction")]
# three label sets: (statement date, patient, member id, group, claim, provider)
LABELS = [("Statement date", "Patient", "Member ID", "Group", "Claim number", "Provider"),
          ("Date issued", "Member", "ID no.", "Group #", "Claim #", "Rendering provider"),
          ("Processed", "Patient name", "Subscriber ID", "Grp no.", "Reference", "Treating chiropractor")]


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(14, 12, 14))
        self.add_font("DejaVu", "B", BOLD)


def claim(r: random.Random, start: dt.date, first_visit: int, n: int, limit: int) -> dict:
    """A claim of n visits numbered from first_visit; visits past the limit are denied."""
    lines, d = [], start
    for k in range(n):
        code, desc = CODES[0] if k % 2 == 0 else CODES[1]
        billed = float(r.choice([68, 72, 75, 85, 94])) + r.choice([0, 0.5])
        vn = first_visit + k
        over = vn > limit
        allowed = 0.0 if over else round(billed * 0.62, 2)
        paid = 0.0 if over else round(allowed - 25, 2)
        lines.append(dict(vn=vn, date=d, code=code, desc=desc, billed=billed, allowed=allowed, paid=paid,
                          owe=billed if over else 25.0, over=over))
        d = days(d, r.choice([3, 4, 7]))
    return dict(no=mixed(r, "99A999999999"), lines=lines, billed=round(sum(x["billed"] for x in lines), 2),
                denied=round(sum(x["billed"] for x in lines if x["over"]), 2))


def facts(r: random.Random, kind: str, ins: str, ds: str, ms: str, lab: int, app: str) -> dict:
    lang = "es" if kind == "es" else "en"
    limit = 20 if ins == VIL else 24
    stmt = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 220))
    start = days(stmt, -r.randint(30, 45))
    if kind == "paid":
        c = claim(r, start, 6, 3, limit)
    elif kind == "one_over":
        c = claim(r, start, limit - 2, 3, limit)
    else:
        c = claim(r, start, limit - 1, 4, limit)
    f = dict(kind=kind, ins=ins, ds=ds, ms=ms, L=LABELS[lab], app=app, lang=lang, stmt=stmt, limit=limit, c=c,
             member=person(r, lang), addr=address(r, lang), mid=mixed(r, "VH999999999"), grp=digits(r, 6),
             chiro=r.choice(CHIROS), clinic=r.choice(CHIRO_CLINICS), acct=mixed(r, "CH-99999"), ph=phone(r),
             by=days(stmt, 180), py=dt.date(2026, 1, 1))
    if kind == "two_claims":
        f["c0"] = claim(r, days(start, -40), limit - 6, 3, limit)
    f["fd"] = (lambda x: fdate(x, "es")) if lang == "es" else (lambda x: fdate(x, ds))
    used = [x["vn"] for x in c["lines"] if not x["over"]]
    f["used"] = min(max(used) if used else limit, limit)
    reached = [x["date"] for x in c["lines"] if x["vn"] == limit]
    f["reached"] = reached[0] if reached else None
    return f


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == VIL:
        d.text_line("VILSANDI", 21, "B", h=9)
        d.text_line("Health Insurance Company", 10, h=5)
        d.rule(0.6, 1)
    else:
        d.text_line("Tuhala Insurance Holdings", 8, h=4)
        d.text_line("Endla Benefit Plan", 15, "B", h=7.5)
        for ln in ["Claims Service Center", "PO Box 61180", "Pocatello, ID 83201"]:
            d.text_line(ln, 8.6, h=4.3)
        d.rule(0.4, 1)
    d.ln(3)


def ctable(d: Page, f: dict, c: dict, es: bool = False) -> None:
    ms, fd = f["ms"], (lambda x: fdate(x, "short"))
    head = (["Visita", "Fecha", "Código", "Descripción", "Facturado", "Permitido", "Pagado", "Usted debe", "Nota"]
            if es else ["Visit #", "Date", "Code", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Note"])
    rows = [[str(x["vn"]), fd(x["date"]), x["code"], x["desc"][:26], usd(x["billed"], ms), usd(x["allowed"], ms),
             usd(x["paid"], ms), usd(x["owe"], ms), "VL1" if x["over"] else ""] for x in c["lines"]]
    rows.append(["*Total" if not es else "*Total", "", "", "", usd(c["billed"], ms),
                 usd(sum(x["allowed"] for x in c["lines"]), ms), usd(sum(x["paid"] for x in c["lines"]), ms),
                 usd(sum(x["owe"] for x in c["lines"]), ms), ""])
    d.table(head, rows, [13, 17, 13, 48, 20, 20, 19, 20, 10], size=7.8, aligns="LLLLRRRRL", head_fill=True)


def used_box(d: Page, f: dict, es: bool = False) -> None:
    x, y = d.get_x(), d.get_y()
    d.set_fill_color(235, 235, 235)
    d.rect(x, y, 120, 17, "DF")
    d.set_xy(x + 2, y + 1.5)
    d.set_font("DejaVu", "B", 8.8)
    if es:
        d.cell(0, 4.5, f"Beneficio usado a la fecha (año del plan {fdate(f['py'], 'short')} - 12/31/26)",
               new_x="LMARGIN", new_y="NEXT")
        txt = f"Visitas quiroprácticas: {f['used']} de {f['limit']} usadas"
    else:
        d.cell(0, 4.5, f"Benefit used to date (plan year {fdate(f['py'], 'short')} - 12/31/26)",
               new_x="LMARGIN", new_y="NEXT")
        shared = " (shared with physical therapy)" if f["kind"] == "shared" else ""
        txt = f"Chiropractic visits: {f['used']} of {f['limit']} used{shared}"
    d.set_x(x + 2)
    d.set_font("DejaVu", "", 8.8)
    d.cell(0, 4.5, txt, new_x="LMARGIN", new_y="NEXT")
    if f["reached"]:
        d.set_x(x + 2)
        d.cell(0, 4.5, ("Límite alcanzado el " if es else "Limit reached on ") + fdate(f["reached"], "short"),
               new_x="LMARGIN", new_y="NEXT")
    d.set_xy(x, y + 20)


def build_en(f: dict) -> bytes:
    L, fd = f["L"], f["fd"]
    tag = "VHIC" if f["ins"] == VIL else "EBP"
    d = Page(f"{tag}-EOB-CH  This is not a bill.   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 13, "B", h=7)
    d.text_line("This is not a bill.", 9, h=5)
    d.ln(1)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.8)
    d.ln(3)
    d.boxes([(L[0], fd(f["stmt"]), 40), (L[1], f["member"], 56), (L[2], f["mid"], 44), (L[3], f["grp"], 40)])
    d.ln(4)
    used_box(d, f)
    claims = ([f["c0"]] if f["kind"] == "two_claims" else []) + [f["c"]]
    for c in claims:
        d.set_font("DejaVu", "B", 9)
        d.cell(0, 5, f"{L[4]}: {c['no']}    {L[5]}: {f['chiro']}, {f['clinic']}", new_x="LMARGIN", new_y="NEXT")
        d.set_font("DejaVu", "", 8.2)
        d.cell(0, 4.5, f"Patient account {f['acct']}    Received {fdate(days(c['lines'][-1]['date'], 5), 'short')}",
               new_x="LMARGIN", new_y="NEXT")
        ctable(d, f, c)
    d.text_line("Remark codes", 9.5, "B", h=5.5)
    note = {"shared": ("VL1  Your plan pays for up to 24 visits a year for chiropractic care and physical therapy "
                       "together. You had used all of them before these dates, so we did not pay for these "
                       "visits. You may owe the provider the full charge."),
            "one_over": ("VL1  Visit limit reached: this visit is beyond the yearly chiropractic visit maximum. "
                         "Care that maintains your condition rather than improving it is also not covered.")}.get(
        f["kind"], "VL1  Visit limit reached: chiropractic benefit maximum of "
                   f"{f['limit']} visits per plan year has been met. This service is not covered.")
    if f["kind"] == "paid":
        note = "No visits on this claim were denied. You pay your $25 copay per visit."
    d.para(note, 8.8)
    if f["kind"] != "paid":
        d.text_line("Your right to appeal", 9.5, "B", h=5.5)
        t = {"180": "You may appeal within 180 days of the date of this statement.",
             "date": f"To appeal, send us a written request by {fd(f['by'])}.",
             "recv": "You have 180 days after you receive this statement to appeal."}[f["app"]]
        d.para(t + " We decide appeals within 30 days. You may ask for an external review within 4 months of a "
               f"final decision. Questions: {f['ph']} (TTY 711).", 8.8)
    return pdf_bytes(d)


def build_es(f: dict) -> bytes:
    d = Page("VHIC-EOB-CH-SP  Esto no es una factura.   Página {p} de {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLICACIÓN DE BENEFICIOS", 13, "B", h=7)
    d.text_line("Esto no es una factura.", 9, h=5)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.8)
    d.ln(3)
    d.boxes([("Fecha del estado", fdate(f["stmt"], "es"), 46), ("Paciente", f["member"], 56),
             ("Número de afiliado", f["mid"], 40), ("Grupo", f["grp"], 38)])
    d.ln(4)
    used_box(d, f, es=True)
    c = f["c"]
    d.set_font("DejaVu", "B", 9)
    d.cell(0, 5, f"Reclamación: {c['no']}    Proveedor: {f['chiro']}, {f['clinic']}", new_x="LMARGIN",
           new_y="NEXT")
    ctable(d, f, c, es=True)
    d.para("VL1  Se alcanzó el límite de visitas: su plan cubre hasta "
           f"{f['limit']} visitas quiroprácticas por año del plan. Estas visitas no están cubiertas.", 8.8)
    d.text_line("Su derecho a apelar", 9.5, "B", h=5.5)
    d.para("Puede apelar dentro de los 180 días a partir de la fecha de este estado de cuenta. Llame al "
           f"{f['ph']} (TTY 711).", 8.8)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k, c = f["kind"], f["c"]
    ok = k == "paid"
    dl = {"180": iso(days(f["stmt"], 180)), "date": iso(f["by"]), "recv": None}[f["app"]]
    alts: dict = {"provider": [f["clinic"]]}
    if f["app"] == "recv":
        alts["appeal_deadline"] = [iso(days(f["stmt"], 180)), iso(days(f["stmt"], 185))]
    all_dates = [iso(x["date"]) for x in c["lines"]]
    den = [iso(x["date"]) for x in c["lines"] if x["over"]]
    if not ok:
        alts["service_dates"] = [sorted(all_dates)]
        alts["claim_amount"] = [m2(c["denied"])]
    return truth("eob", None if ok else "not_covered", f["lang"], insurer=f["ins"], group_number=f["grp"],
                 member_id=f["mid"], member_name=f["member"], case_numbers=[c["no"]], claim_amount=m2(c["billed"]),
                 service_dates=all_dates if ok else den, denial_date=iso(f["stmt"]), provider=f["chiro"],
                 appeal_deadline=None if ok else dl, alternates=alts,
                 denial_alternates=[] if ok else ["other"])


# (stem, condition, kind, insurer, date style, money style, label set, appeal wording)
PLAN = [
    ("chiropractic_visit_limit_eob_bd_last_two_denied", "born_digital", "keyword", VIL, "long", "plain", 0, "180"),
    ("chiropractic_visit_limit_eob_bd_all_paid", "born_digital", "paid", END, "slash", "nosign", 1, "180"),
    ("chiropractic_visit_limit_eob_scan_spanish", "scan_clean_300", "es", VIL, "es", "plain", 0, "180"),
    ("chiropractic_visit_limit_eob_lowres_two_claims", "scan_lowres_150", "two_claims", END, "abbr", "plain", 2,
     "date"),
    ("chiropractic_visit_limit_eob_rot_shared_pt_limit", "rotated", "shared", END, "dmy", "usd", 1, "recv"),
    ("chiropractic_visit_limit_eob_photo_one_over", "phone_photo", "one_over", VIL, "iso", "bare", 2, "180"),
    ("chiropractic_visit_limit_eob_faxs_appeal_by_date", "fax_standard_g4", "keyword", VIL, "slash", "plain", 1,
     "date"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, ds, ms, lab, app) in enumerate(PLAN):
        f = facts(random.Random(96200 + i), kind, ins, ds, ms, lab, app)
        pdf = build_es(f) if kind == "es" else build_en(f)
        items.append(Item(stem, cond, [(pdf, make_truth(f))]))
    return items
