"""Family 'pharmacy_quantity_limit_partial_approval': a pharmacy benefit manager's coverage decisions on
quantity-limit exception requests, written for the member or faxed to the prescriber: most approve a lower quantity
than asked (the rest denied: the plan's quantity limit / the dose above the labelled maximum), one approves the
full quantity, one denies a drug that is not on the formulary, one in Spanish.

Issuer: Pellingham Rx Benefit Services (logo word "PELLINGHAM Rx" over a line; parent line "Part of the Hollinsford
Group" above on two; return address block on the prescriber faxes), deciding for employer plans named in the member
block (Emberwick Employees' Health Plan, Stonegate Transit Workers Benefit Fund: decoy organisations).
Decoys: the dispensing pharmacy, RxBIN / PCN, the NDC, the request-received date, the previous fill date, the
72-hour expedited appeal, the external review's 4 months, the customer-care hours, the fax header's date and time.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundw_famwb import address, clinician, days, digits, fdate, iso, local_phone, mixed, npi, pairs, person, \
    phone

FAMILY = "pharmacy_quantity_limit_partial_approval"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PBM = "Pellingham Rx Benefit Services"
PLANS = ["Emberwick Employees' Health Plan", "Stonegate Transit Workers Benefit Fund"]
PHARMS = ["Nethercote Community Pharmacy", "Wickerby Road Drug"]
LABELS = {1: ["Date", "Member", "Member ID", "Group", "Case number", "Prescriber", "Coverage period requested"],
          2: ["Letter date", "Patient", "ID number", "Group no.", "PA reference #", "Prescribing physician",
              "Requested dates"],
          3: ["Date of notice", "Member name", "Member #", "Grp", "Request ID", "Prescriber name",
              "Period of coverage asked for"],
          "es": ["Fecha", "Afiliado", "Número de afiliado", "Grupo", "Número de caso", "Médico que receta",
                 "Período solicitado"]}
DRUGS = {"suma": ("sumatriptan 100 mg tablets", "00093-5372-56", "18 tablets per 30 days", "9 tablets per 30 days",
                  "9 tablets per 30 days"),
         "ondan": ("ondansetron ODT 8 mg", "68462-0158-13", "90 tablets per 30 days", "60 tablets per 30 days",
                   "60 tablets per 30 days"),
         "sema": ("semaglutide 2 mg/3 mL pen", "00169-4132-12", "2 pens per 28 days", "1 pen per 28 days",
                  "1 pen per 28 days"),
         "zolp": ("zolpidem 10 mg tablets", "00024-5421-31", "60 tablets per 30 days", "30 tablets per 30 days",
                  "30 tablets per 30 days"),
         "fluti": ("fluticasone/salmeterol 250/50 inhaler", "00173-0696-00", "2 inhalers per 30 days",
                   "2 inhalers per 30 days", "1 inhaler per 30 days"),
         "brand": ("Lorvexa (ezetimibe/rosuvastatin) 10/20 mg", "71021-0410-30", "30 tablets per 30 days", "0",
                   "not on the formulary"),
         "es": ("sumatriptán 50 mg tabletas", "00093-5371-56", "18 tabletas cada 30 días", "9 tabletas cada 30 días",
                "9 tabletas cada 30 días")}


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(19, 15, 19))
        self.add_font("DejaVu", "B", BOLD)


def facts(r, lab, ds, lang, kind, drug, span):
    notice = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 250))
    start = days(notice, r.randint(0, 3))
    f = dict(lab=LABELS[lab], ds=ds, lang=lang, kind=kind, drug=DRUGS[drug], dkey=drug, notice=notice, start=start,
             end=days(start, span), member=person(r, lang), addr=address(r, lang), doc=clinician(r), dnpi=npi(r),
             mid=mixed(r, "PRX999999999"), grp=mixed(r, "EWH99999"), case=mixed(r, "QL-2699999-A"),
             plan=r.choice(PLANS), pharm=r.choice(PHARMS), ph=phone(r), fax=local_phone(r), box=digits(r, 4),
             recv=days(notice, -r.randint(1, 3)), last=days(notice, -r.randint(20, 28)), bin=digits(r, 6),
             pcn="PLRX" + digits(r, 2))
    f["fd"] = lambda x: fdate(x, ds)
    return f


def letterhead(d, f, parent=False, block=False):
    if parent:
        d.text_line("Part of the Hollinsford Group", 7.6, h=4)
    d.text_line("PELLINGHAM Rx", 20, "B", h=9)
    d.rule(0.8, 1)
    d.text_line(f"{PBM}  ·  Clinical Review  ·  {f['ph']}", 8.3, h=4.3)
    if block:
        d.text_line(f"PO Box {f['box']}  ·  Cheyenne, WY 82003  ·  Fax {f['fax']}", 8.3, h=4.3)
    d.ln(4)


def build(f) -> bytes:
    L, fd, k, es = f["lab"], f["fd"], f["kind"], f["lang"] == "es"
    name, ndc, asked, approved, limit = f["drug"]
    d = Page(f"PRBS-QL-{f['box']}  ·  {{p}}/{{n}}")
    d.add_page()
    presc = k in ("fax", "fax_nf")
    if k == "fax":
        d.text_line(f"{fdate(f['notice'], 'slash')} 16:22   FROM PELLINGHAM Rx CLINICAL REVIEW   TO {f['fax']}   "
                    "PAGE 1 OF 1", 7.5, h=4)
        d.ln(2)
    letterhead(d, f, parent=k in ("partial", "approve"), block=presc)
    period = f"{fd(f['start'])} – {fd(f['end'])}" if not es else f"del {fd(f['start'])} al {fd(f['end'])}"
    rows = [(L[0], fd(f["notice"])), (L[1], f["member"]), (L[2], f["mid"]), (L[3], f["grp"]),
            ("Plan" if not es else "Plan de salud", f["plan"]), (L[4], f["case"]),
            ("Drug" if not es else "Medicamento", f"{name} (NDC {ndc})"), (L[5], f"{f['doc']}, MD (NPI {f['dnpi']})"),
            (L[6], period)]
    if presc:
        d.text_line("COVERAGE DETERMINATION — PRESCRIBER NOTIFICATION", 11.5, "B", h=6.5)
        d.text_line(f"To: {f['doc']}, MD   Fax {f['fax']}", 9.4, h=5.5)
        d.ln(1)
    if k == "table":
        d.boxes([(L[0], fd(f["notice"]), 36), (L[1], f["member"], 56), (L[2], f["mid"], 42), (L[3], f["grp"], 42)])
        d.ln(3)
        pairs(d, rows[4:], 58, 9.2, bold_keys=(L[4],))
    else:
        if not presc:
            d.font(9.8)
            d.multi_cell(90, 4.8, "\n".join([f["member"], f["addr"][0], f["addr"][1]]), new_x="LMARGIN",
                         new_y="NEXT")
            d.ln(3)
        pairs(d, rows, 58, 9.2, bold_keys=(L[4],))
    if es:
        d.para(f"Estimado(a) {f['member']}:", 10)
        d.para(f"Su médico pidió que cubriéramos {asked} de {name}. Aprobamos {approved}. Negamos la cantidad "
               "adicional porque supera el límite de cantidad de su plan para este medicamento. No hay información "
               "que muestre que usted necesita más de esa cantidad.", 9.8)
        d.para(f"Su farmacia, {f['pharm']}, puede surtir la cantidad aprobada desde hoy.", 9.6)
        d.text_line("Su derecho a apelar", 10.5, "B", h=6)
        d.para(f"Puede apelar dentro de 180 días a partir de la fecha de esta carta. Si su salud corre peligro, pida "
               f"una apelación acelerada (72 horas). Llame al {f['ph']}.", 9.4)
        d.para(f"Atentamente,\n{PBM}", 9.6)
        return pdf_bytes(d)
    if k == "approve":
        d.para(f"Dear {f['member']}:", 10)
        d.para(f"Good news. We approved your doctor's request for {asked} of {name} for the period above. Your "
               f"pharmacy, {f['pharm']}, can fill the full quantity now. Your usual copay applies.", 9.8)
        d.para(f"Questions? Call Customer Care at {f['ph']}, 24 hours a day.", 9.4)
        d.para(f"Sincerely,\nClinical Review, {PBM}", 9.6)
        return pdf_bytes(d)
    if k == "fax_nf":
        d.text_line("Decision: DENIED", 11, "B", h=6.5)
        d.para(f"{name} is not on the {f['plan']} formulary. Non-formulary drugs are not covered unless a formulary "
               "exception is approved, and the request did not show that the formulary alternatives (ezetimibe and "
               "rosuvastatin taken as separate tablets) were tried or cannot be used.", 9.6)
        d.para(f"Last paid fill at {f['pharm']}: {fd(f['last'])}. Request received {fd(f['recv'])}.", 8.8)
        d.para(f"The member may appeal by {fd(days(f['notice'], 60))}. The prescriber may call for a peer-to-peer "
               "review at the number above.", 9.2)
        return pdf_bytes(d)
    # partial approvals
    if k == "table":
        d.table(["", "Requested", "Approved", "Not approved"],
                [["Quantity", asked, approved, "the rest of the request"],
                 ["Dates", period, period, ""]], [30, 50, 50, 40], size=8.8)
    if presc:
        d.text_line("Decision: PARTIALLY APPROVED", 11, "B", h=6.5)
    else:
        d.para(f"Dear {f['member']}:", 10)
    if f["dkey"] == "sema":
        d.para(f"Your doctor asked us to cover {asked} of {name}. We approved {approved}. {asked.split()[0]} pens "
               "would give a dose twice the highest weekly dose on the drug's label, and your records do not explain "
               "why you need more. We did not approve the extra pen.", 9.8)
    elif k == "plain":
        d.para(f"We reviewed the request to cover {asked} of {name}. We will pay for {approved}, the most your plan "
               "allows for this drug. We are not able to pay for more than that amount.", 9.8)
    else:
        d.para(f"We received a request for {asked} of {name}, above the plan's quantity limit of {limit}. The "
               f"request is partially approved: {approved} is approved; the quantity above the limit is denied "
               "because the benefit limit for this drug was reached and the records do not show a medical reason "
               "for a higher quantity.", 9.8)
    d.para(f"Last paid fill at {f['pharm']}: {fd(f['last'])}. RxBIN {f['bin']}  PCN {f['pcn']}. Request received "
           f"{fd(f['recv'])}.", 8.6)
    d.text_line("Your right to appeal" if not presc else "Appeal rights", 10.5, "B", h=6)
    if k == "fax":
        d.para(f"The member or the prescriber on the member's behalf may appeal by {fd(days(f['notice'], 60))}. An "
               "expedited appeal is decided within 72 hours.", 9.2)
    else:
        d.para("You may appeal within 180 days of the date of this letter. If waiting could seriously harm your "
               "health, ask for an expedited appeal; we decide those within 72 hours. After our final decision you "
               "may ask for an external review within 4 months.", 9.2)
    d.para(f"Sincerely,\n\nClinical Pharmacist, {PBM}", 9.6)
    return pdf_bytes(d)


def make_truth(f) -> dict:
    k, dk = f["kind"], f["dkey"]
    if k == "approve":
        den, dalt = None, []
    elif k == "fax_nf":
        den, dalt = "not_covered", ["other"]
    elif dk == "sema":
        den, dalt = "medical_necessity", ["not_covered", "other"]
    else:
        den, dalt = "not_covered", ["medical_necessity", "other"]
    dl = None
    if den:
        dl = iso(days(f["notice"], 60 if k in ("fax", "fax_nf") else 180))
    alts = {"insurer": [f["plan"]], "service_dates": [[], [iso(f["start"])]]}
    return truth("other" if den is None else "denial_letter", den, f["lang"], insurer=PBM, group_number=f["grp"],
                 member_id=f["mid"], member_name=f["member"], case_numbers=[f["case"]],
                 service_dates=[iso(f["start"], f["end"])], denial_date=iso(f["notice"]), provider=f["doc"],
                 appeal_deadline=dl, alternates=alts, denial_alternates=dalt)


# (stem, condition, labels, date style, lang, kind, drug, span days)
PLAN = [
    ("pharmacy_quantity_limit_partial_approval_bd_sumatriptan_partial", "born_digital", 1, "long", "en", "partial",
     "suma", 364),
    ("pharmacy_quantity_limit_partial_approval_bd_inhaler_full_approval", "born_digital", 2, "slash", "en", "approve",
     "fluti", 179),
    ("pharmacy_quantity_limit_partial_approval_scan_ondansetron_table", "scan_clean_300", 3, "abbr", "en", "table",
     "ondan", 89),
    ("pharmacy_quantity_limit_partial_approval_photo_cantidad_es", "phone_photo", "es", "es", "es", "es", "es", 179),
    ("pharmacy_quantity_limit_partial_approval_rot_nonformulary_fax", "rotated", 1, "iso", "en", "fax_nf", "brand",
     364),
    ("pharmacy_quantity_limit_partial_approval_copy_semaglutide_dose", "photocopy", 2, "dmy", "en", "plain", "sema",
     179),
    ("pharmacy_quantity_limit_partial_approval_faxs_zolpidem_prescriber", "fax_standard_g4", 3, "mdy_nopad", "en",
     "fax", "zolp", 89),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, lab, ds, lang, kind, drug, span) in enumerate(PLAN):
        r = random.Random(95700 + i)
        f = facts(r, lab, ds, lang, kind, drug, span)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
