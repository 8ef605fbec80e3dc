"""Family 'vision_plan_frame_allowance_eob': a vision benefit plan's Explanation of Benefits for eyewear where the
frame (or lenses) cost more than the plan's allowance: the allowance paid, the overage denied as the member's
responsibility; contact lenses in lieu of glasses (elective allowance exceeded, or a second pair in the same
benefit period); one fully paid eye exam; one in Spanish. A service-line table (CPT / V-code, billed, allowance,
plan paid, you owe, remark code) with a remark-code legend, or a prose "benefit summary" layout.

Issuers: Brightlens Vision Benefits (logo word over a line, parent company line "a Petrosyan Benefits company")
and Tresidder Eyecare Plan Administrators (return address block, statement box on the right). Decoys: the
member's copays, the next eligible date for frames (benefit period timetable), the optical store's NPI, a
second paid claim on the same statement, the date the claim was received.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundv_famva import address, days, digits, fdate, iso, m2, mixed, money, person, phone, usd

FAMILY = "vision_plan_frame_allowance_eob"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
H1 = "Brightlens Vision Benefits"
H2 = "Tresidder Eyecare Plan Administrators"
SHOPS = ["Cobblers Reach Optical", "Wintergreen Family Eye Center", "Ropewalk Vision Studio"]
SHOP_ES = "Óptica Nogales Centro"
LABELS = {1: ["Statement date", "Patient", "Member ID", "Group", "Claim number", "Provider", "Date of service",
              "Total billed"],
          2: ["Date issued", "Member", "ID #", "Group #", "Claim #", "Eye care provider", "Service date",
              "Charges"],
          3: ["Processed on", "For", "Subscriber number", "Plan group", "Claim ID", "Provider name",
              "Date(s) of service", "Amount billed"],
          "es": ["Fecha del estado", "Paciente", "Núm. de miembro", "Grupo", "Núm. de reclamación", "Proveedor",
                 "Fecha de servicio", "Total facturado"]}
ITEMS = {"exam": ("92014", "Comprehensive eye exam", "Examen completo de la vista"),
         "refr": ("92015", "Refraction", "Refracción"),
         "frame": ("V2020", "Frame", "Montura"),
         "lens": ("V2203", "Bifocal lenses, pair", "Lentes bifocales, par"),
         "prog": ("V2781", "Progressive lenses, pair", "Lentes progresivos, par"),
         "cl": ("V2520", "Contact lenses, elective, soft", "Lentes de contacto, electivos"),
         "fit": ("92310", "Contact lens fitting", "Adaptación de lentes de contacto"),
         "ar": ("V2750", "Anti-reflective coating", "Capa antirreflejo")}


class Page(Doc):
    def __init__(self, foot):
        super().__init__("DejaVu", footer=foot, margins=(17, 14, 17))
        self.add_font("DejaVu", "B", BOLD)


def line(r, key, kind):
    """(key, billed, allowance, plan paid, you owe, remark)."""
    if key == "exam":
        b = money(r, 140, 230)
        return [key, b, b, round(b - 10, 2), 10.0, "PD"]
    if key == "refr":
        b = money(r, 40, 70)
        return [key, b, b, b, 0.0, "PD"]
    if key == "frame":
        allow = 150.0 if kind != "frame_low" else 130.0
        b = money(r, 240, 460) if kind.startswith("frame") else money(r, 90, 140)
        paid = min(b, allow)
        return [key, b, allow, paid, round(b - paid, 2), "F7" if b > allow else "PD"]
    if key in ("lens", "prog"):
        allow = 25.0 if key == "lens" else 65.0
        b = money(r, 180, 320) if kind == "lens_over" or key == "prog" else 95.0
        paid = min(b, allow + 0.0)
        return [key, b, allow, paid, round(b - paid, 2), "L2" if b > allow else "PD"]
    if key == "cl":
        allow = 0.0 if kind == "cl_second" else 130.0
        b = money(r, 190, 300)
        paid = min(b, allow)
        return [key, b, allow, paid, round(b - paid, 2), "C4" if kind == "cl_second" else "C1"]
    if key == "fit":
        b = money(r, 60, 110)
        allow = 0.0 if kind == "cl_second" else 55.0
        return [key, b, allow, allow, round(b - allow, 2), "C4" if kind == "cl_second" else "C1"]
    b = money(r, 60, 120)
    return [key, b, 0.0, 0.0, b, "N3"]


REMARKS = {"PD": "Paid at the plan's contracted rate.",
           "F7": "Frame cost exceeds your frame allowance; the amount over the allowance is your responsibility.",
           "L2": "Lens charge exceeds the lens allowance for this benefit period; you owe the difference.",
           "C1": "Elective contact lenses are covered in lieu of glasses up to the contact lens allowance.",
           "C4": "Contact lenses in lieu of glasses already provided this benefit period; not covered.",
           "N3": "Lens option not covered by your plan."}
REMARKS_ES = {"PD": "Pagado según la tarifa contratada.",
              "F7": "El costo de la montura excede su asignación; la diferencia es su responsabilidad.",
              "L2": "El cargo de los lentes excede la asignación; usted debe la diferencia.",
              "N3": "Opción de lentes no cubierta por su plan."}


def facts(r, ins, lab, ds, ms, lang, kind, keys, layout):
    stmt = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 240))
    dos = days(stmt, -r.randint(14, 40))
    lines = [line(r, k, kind) for k in keys]
    f = dict(ins=ins, lab=LABELS[lab], ds=ds, ms=ms, lang=lang, kind=kind, layout=layout, stmt=stmt, dos=dos,
             lines=lines, billed=round(sum(x[1] for x in lines), 2), member=person(r, lang),
             addr=address(r, lang), mid=(mixed(r, "BLV999999999") if ins == H1 else digits(r, 11)),
             grp=(mixed(r, "VG-99999") if ins == H1 else digits(r, 5)), claim=(digits(r, 12) if ins == H1 else
                                                                             mixed(r, "TEP9999999A")),
             shop=SHOP_ES if lang == "es" else r.choice(SHOPS), ph=phone(r), box=digits(r, 4),
             recv=days(dos, r.randint(3, 9)), nxt=days(dos, r.choice([365, 730])),
             other_claim=digits(r, 12), other_amt=money(r, 40, 90), other_dos=days(dos, -r.randint(60, 200)))
    f["fd"] = lambda x: fdate(x, ds)
    return f


def letterhead(d, f):
    if f["ins"] == H1:
        d.set_font("DejaVu", "", 7.6)
        d.cell(0, 4, "a Petrosyan Benefits company", new_x="LMARGIN", new_y="NEXT")
        d.set_font("DejaVu", "B", 21)
        d.cell(0, 9, "BRIGHTLENS", new_x="LMARGIN", new_y="NEXT")
        d.rule(0.9, 1)
        d.set_font("DejaVu", "", 8.3)
        d.cell(0, 4.5, f"{H1}  ·  Member Services {f['ph']}", new_x="LMARGIN", new_y="NEXT")
    else:
        y = d.get_y()
        d.set_font("DejaVu", "B", 11)
        d.cell(0, 6, H2, new_x="LMARGIN", new_y="NEXT")
        d.set_font("DejaVu", "", 8.3)
        d.multi_cell(90, 4, f"Vision Claims Unit\nPO Box {f['box']}\nMedford, OR 97501-{f['box']}",
                     new_x="LMARGIN", new_y="NEXT")
        d.set_xy(125, y)
        d.set_font("DejaVu", "B", 12)
        d.cell(0, 6, "EXPLICACIÓN DE BENEFICIOS" if f["lang"] == "es" else "EXPLANATION OF BENEFITS", align="R")
        d.set_y(y + 19)
    d.ln(3)


def header(d, f):
    L, fd = f["lab"], f["fd"]
    d.set_font("DejaVu", "", 9.6)
    d.multi_cell(85, 4.8, f"{f['member']}\n{f['addr'][0]}\n{f['addr'][1]}", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.boxes([(L[0], fd(f["stmt"]), 40), (L[2], f["mid"], 48), (L[3], f["grp"], 32), (L[4], f["claim"], 62)],
            value_size=9.4)
    d.boxes([(L[1], f["member"], 60), (L[5], f["shop"], 78), (L[6], fd(f["dos"]), 44)], value_size=9.4)
    d.ln(4)


def table(d, f):
    es, ms = f["lang"] == "es", f["ms"]
    head = (["Código", "Servicio", "Facturado", "Asignación", "Pagó el plan", "Usted debe", "Nota"] if es else
            ["Code", "Service", "Billed", "Allowance", "Plan paid", "You owe", "Remark"])
    rows = [[ITEMS[x[0]][0], ITEMS[x[0]][2 if es else 1], usd(x[1], ms), usd(x[2], ms), usd(x[3], ms),
             usd(x[4], ms), x[5]] for x in f["lines"]]
    rows.append(["*Total", "", usd(f["billed"], ms), "", usd(sum(x[3] for x in f["lines"]), ms),
                 usd(sum(x[4] for x in f["lines"]), ms), ""])
    d.table(head, rows, [17, 56, 22, 22, 22, 22, 15], size=8.5, aligns="LLRRRRC", head_fill=True)
    for code in dict.fromkeys(x[5] for x in f["lines"]):
        d.para(f"{code}  {(REMARKS_ES if es else REMARKS)[code]}", 8.4, gap=0.8)
    d.ln(2)


def prose(d, f):
    ms, fd = f["ms"], f["fd"]
    d.text_line("Your benefit summary", 10.5, "B", h=6)
    for x in f["lines"]:
        code, name = ITEMS[x[0]][:2]
        d.para(f"{name} ({code}): {f['shop']} billed {usd(x[1], ms)}. Your plan's allowance is {usd(x[2], ms)}; "
               f"we paid {usd(x[3], ms)} and you owe {usd(x[4], ms)}. {REMARKS[x[5]]}", 9.2, gap=1.5)
    d.para(f"Total billed for this visit: {usd(f['billed'], ms)}.", 9.4)


def closing(d, f):
    es, fd, k = f["lang"] == "es", f["fd"], f["kind"]
    if k != "paid":
        if es:
            d.para("Si no está de acuerdo con esta decisión, puede apelar dentro de 180 días a partir de la fecha "
                   "de este estado. Llame a Servicios al Miembro.", 9)
        elif k in ("cl_second", "lens_over"):
            d.para("Your right to appeal: if you disagree with how this claim was processed, you may appeal in "
                   f"writing within 180 days of the date of this statement. Call {f['ph']} for help.", 9)
        else:
            d.para("You may ask us to review this decision. Send your written appeal within 180 days after you "
                   "receive this notice.", 9)
    d.para((f"Próxima fecha elegible para monturas: {fd(f['nxt'])}." if es else
            f"Your next eligible date for frames and lenses: {fd(f['nxt'])}. Exams: once every 12 months."), 8.8)
    if f["kind"] == "frame_two":
        d.para(f"Also on this statement: claim {f['other_claim']}, eye exam on {fd(f['other_dos'])}, "
               f"{usd(f['other_amt'], f['ms'])} paid in full.", 8.8)
    d.para(f"Received {fd(f['recv'])}.  This is not a bill." if not es else
           f"Recibida el {fd(f['recv'])}.  Esto no es una factura.", 8.4)


def build(f) -> bytes:
    d = Page(f"{'BLV' if f['ins'] == H1 else 'TEPA'} EOB {f['claim']}  page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    header(d, f)
    (prose if f["layout"] == "prose" else table)(d, f)
    closing(d, f)
    return pdf_bytes(d)


def make_truth(f) -> dict:
    k = f["kind"]
    den, dalt = {"paid": (None, []), "frame_over": ("not_covered", ["other"]), "frame_low": ("not_covered",
                                                                                             ["other"]),
                 "frame_two": ("not_covered", ["other"]), "lens_over": ("not_covered", ["other"]),
                 "cl_over": ("not_covered", ["other"]), "cl_second": ("not_covered", ["other"])}[k]
    dl, alts = None, {}
    if den:
        if f["lang"] == "es" or k in ("cl_second", "lens_over"):
            dl = iso(days(f["stmt"], 180))
        else:
            alts["appeal_deadline"] = [iso(days(f["stmt"], 180))]
    return truth("eob", den, f["lang"], insurer=f["ins"], group_number=f["grp"], member_id=f["mid"],
                 member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
                 service_dates=[iso(f["dos"])], denial_date=iso(f["stmt"]), provider=f["shop"],
                 appeal_deadline=dl, alternates=alts, denial_alternates=dalt)


# (stem, condition, plan, labels, date style, money style, lang, kind, lines, layout)
PLAN = [
    ("vision_plan_frame_allowance_eob_bd_frame_over_allowance", "born_digital", H1, 1, "slash", "plain", "en",
     "frame_over", ["exam", "frame", "lens"], "table"),
    ("vision_plan_frame_allowance_eob_bd_exam_paid", "born_digital", H2, 2, "long", "plain", "en", "paid",
     ["exam", "refr"], "table"),
    ("vision_plan_frame_allowance_eob_scan_progressive_lenses", "scan_clean_300", H2, 3, "abbr", "nosign", "en",
     "lens_over", ["prog", "frame", "ar"], "table"),
    ("vision_plan_frame_allowance_eob_copy_contacts_in_lieu", "photocopy", H1, 2, "iso", "plain", "en", "cl_over",
     ["fit", "cl"], "prose"),
    ("vision_plan_frame_allowance_eob_rot_second_contacts", "rotated", H1, 3, "dmy", "space", "en", "cl_second",
     ["fit", "cl"], "table"),
    ("vision_plan_frame_allowance_eob_faxs_montura_es", "fax_standard_g4", H2, "es", "es", "es", "es", "frame_low",
     ["exam", "frame", "lens"], "table"),
    ("vision_plan_frame_allowance_eob_lowres_frame_two_claims", "scan_lowres_150", H2, 1, "upper", "usd", "en",
     "frame_two", ["frame", "lens"], "prose"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, ins, lab, ds, ms, lang, kind, keys, layout) in enumerate(PLAN):
        f = facts(random.Random(91200 + i), ins, lab, ds, ms, lang, kind, keys, layout)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
