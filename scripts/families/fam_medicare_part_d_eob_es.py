"""Family 'medicare_part_d_eob_es': the monthly Part D Explanation of Benefits of the public CMS model ("Explicación
de Beneficios de la Parte D"), as two invented prescription drug plans print it in Spanish: 'ESTO NO ES UNA FACTURA'
box, month and claims-processed period, member block, payment summary this month and year to date, the drug payment
stage, the prescriptions-filled table, a rejected-claims section and a coverage-determination paragraph; one month
with nothing rejected.

Issuers: Planes de Salud Gennargentu, Inc. ("GENNARGENTU" over "Planes de Salud, Inc.", product "Gennargentu Rx
Esencial (PDP)") and Barbagia Senior Health Plans (parent line "Una compañía de Ogliastra Mutual", product "Barbagia
Medicare Rx Plus (PDP)"). Kinds: drug not on the Drug List; prior authorization needed; quantity limit; a
reimbursement request for an out-of-network pharmacy denied; step therapy decided as a coverage determination with its
number and a printed redetermination date; a paper claim sent after 36 months; a month with nothing rejected.
Decoys: claims-processed period, Rx numbers, NCPDP, RxBIN/RxPCN/RxGRP, paid fills by other prescribers, month and
year-to-date totals, the yearly out-of-pocket limit, a lower-cost example, material ID, printed date.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundu_famua import MESES, Page, address, days, digits, fdate, iso, m2, mixed, money, person, phone, usd

FAMILY = "medicare_part_d_eob_es"
LANG = "es"
GEN, BAR = "Planes de Salud Gennargentu, Inc.", "Barbagia Senior Health Plans"
PRODUCT = {GEN: "Gennargentu Rx Esencial (PDP)", BAR: "Barbagia Medicare Rx Plus (PDP)"}
PRESCRIBERS = ["Dr. Eulogio R. Sagastizabal", "Dra. Maite L. Olaetxea", "Dr. Gorka S. Ibarretxe",
               "Dra. Nerea V. Azkarate", "Dr. Imanol T. Elizegi"]
PHARMACIES = ["Farmacia Cedrino", "Botica Trexenta", "Sarrabus Drug & Discount", "Farmacia Comunitaria Goceano"]
PAID_DRUGS = [("atorvastatina 20 mg tab", "30 / 30"), ("metformina 500 mg tab", "60 / 30"),
              ("lisinopril 10 mg tab", "30 / 30"), ("levotiroxina 75 mcg tab", "30 / 30"),
              ("amlodipino 5 mg tab", "30 / 30"), ("sertralina 50 mg tab", "30 / 30")]
REJ = {"no_lista": ("rimegepant 75 mg ODT", "8 / 30"), "pa": ("apixabán 5 mg tab", "60 / 30"),
       "cantidad": ("sumatriptán 100 mg tab", "18 / 30"), "fuera_red": ("dulaglutida 1.5 mg/0.5 ml", "2 ml / 28"),
       "escalonada": ("pregabalina ER 165 mg", "30 / 30"), "tardio": ("insulina glargina 100 u/ml", "15 ml / 30")}
# three label sets: (notice date, member id, plan id)
LABELS = [("Fecha de este aviso", "Número de miembro", "Plan (Contrato-PBP)"),
          ("Fecha del aviso", "Nº de identificación del miembro", "ID del plan"),
          ("Fecha de emisión", "Número de afiliado", "Contrato/PBP")]


def facts(r: random.Random, kind: str, ins: str, ds: str, ms: str, lab: int, app: str) -> dict:
    month = r.randint(3, 10)
    notice = dt.date(2026, month + 1, r.randint(3, 12))
    start, end = dt.date(2026, month, 1), days(dt.date(2026, month + 1, 1), -1)
    pres = r.sample(PRESCRIBERS, 3)
    fills = []
    for drug, qty in r.sample(PAID_DRUGS, r.randint(2, 3)):
        cost = money(r, 9, 140)
        you = round(min(cost, r.choice([0, 1.25, 4.5, 11])), 2)
        fills.append(dict(drug=drug, qty=qty, rx=digits(r, 7), pres=pres[0] if kind == "pagado" else pres[1],
                          ph=r.choice(PHARMACIES), date=r.choice([days(start, r.randint(1, 26))]), cost=cost,
                          you=you, plan=round(cost - you, 2)))
    fills.sort(key=lambda x: x["date"])
    f = dict(kind=kind, ins=ins, ds=ds, ms=ms, L=LABELS[lab], app=app, notice=notice, start=start, end=end,
             member=person(r, "es"), addr=address(r, "es"), mid=mixed(r, "9AA9A99AA99"),
             plan=mixed(r, "S9999-0") + digits(r, 2), rxbin=digits(r, 6), pcn=mixed(r, "MEDDPDP"),
             rxgrp=mixed(r, "RX9999"), ph=phone(r), fills=fills, prod=PRODUCT[ins], mat=mixed(r, "S9999_ESAA99_C"),
             fd=lambda x: fdate(x, ds), ytd=money(r, 600, 1900))
    if kind != "pagado":
        drug, qty = REJ[kind]
        late = kind == "tardio"
        rdate = days(dt.date(2022, month, 1), r.randint(2, 20)) if late else days(start, r.randint(2, 26))
        f["rej"] = dict(drug=drug, qty=qty, pres=pres[2] if kind != "pagado" else pres[0], ph=r.choice(PHARMACIES),
                        ncpdp=digits(r, 7), date=rdate, amt=money(r, 180, 1400), ref=mixed(r, "99999A99999"),
                        code={"no_lista": "70", "pa": "75", "cantidad": "76", "fuera_red": "PN", "escalonada": "608",
                              "tardio": "81"}[kind])
        f["cd"] = mixed(r, "CD-99-999999")
    f["by"] = days(notice, 65)
    return f


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == GEN:
        d.text_line("GENNARGENTU", 22, "B", h=9)
        d.text_line("Planes de Salud, Inc.", 10, h=5)
        d.rule(0.7, 1)
        d.text_line("Planes de Salud Gennargentu, Inc.  ·  PO Box 40517  ·  Liberal, KS 67901", 8, h=4)
    else:
        d.text_line("Una compañía de Ogliastra Mutual", 8, h=4)
        d.text_line("Barbagia Senior Health Plans", 15, "B", h=7.5)
        for ln in ["Departamento de Servicios para Miembros", "PO Box 73144", "Marion, IN 46952"]:
            d.text_line(ln, 8.4, h=4.2)
        d.rule(0.4, 1)
    d.ln(2)


def build(f: dict) -> bytes:
    L, fd, ms = f["L"], f["fd"], f["ms"]
    d = Page(f"{f['mat']}   Página {{p}} de {{n}}", header=f"{f['member']}  ·  {f['prod']}")
    d.add_page()
    letterhead(d, f)
    d.text_line(f"{f['prod']}", 11, "B", h=6)
    d.text_line("Explicación de Beneficios de la Parte D (EOB)", 13, "B", h=7)
    d.text_line(f"Para el mes de {MESES[f['start'].month - 1]} de {f['start'].year}. Reclamos procesados del "
                f"{fdate(f['start'], 'short')} al {fdate(f['end'], 'short')}.", 9, h=5)
    y = d.get_y()
    d.set_xy(140, y)
    d.set_font("DejaVu", "B", 11)
    d.cell(58, 10, "ESTO NO ES UNA FACTURA", border=1, align="C")
    d.set_xy(14, y)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.8)
    d.ln(2)
    rows = [(L[0], fd(f["notice"])), (L[1], f["mid"]), (L[2], f["plan"])]
    if f["ins"] == BAR:
        rows.append(("RxBIN / RxPCN / RxGRP", f"{f['rxbin']} / {f['pcn']} / {f['rxgrp']}"))
    d.kv(rows, lw=62)
    d.ln(2)
    fills = f["fills"]
    tot = round(sum(x["cost"] for x in fills), 2)
    you = round(sum(x["you"] for x in fills), 2)
    d.head("Resumen de sus pagos")
    d.table(["", "Este mes", "Año hasta la fecha"],
            [["Costo total de medicamentos", usd(tot, ms), usd(tot + f["ytd"], ms)],
             ["Usted pagó", usd(you, ms), usd(round(you + f["ytd"] * 0.18, 2), ms)],
             ["Nuestro plan pagó", usd(round(tot - you, 2), ms), usd(round(tot - you + f["ytd"] * 0.82, 2), ms)]],
            [70, 40, 40], size=8.6, aligns="LRR", head_fill=True)
    d.para("Etapa de pago de medicamentos: usted está en la Etapa de cobertura inicial. Cuando lo que usted paga "
           "en el año llegue a $2,100.00, pasará a la Etapa de cobertura catastrófica y no pagará nada más por sus "
           "medicamentos cubiertos de la Parte D este año.", 8.6)
    d.head("Sus recetas surtidas este mes")
    d.table(["Medicamento (Nº de receta)", "Recetado por", "Farmacia / fecha", "Cant./días", "Costo total",
             "Plan pagó", "Usted pagó"],
            [[f"{x['drug']} (#{x['rx']})", x["pres"], f"{x['ph'][:18]} {fdate(x['date'], 'short')}", x["qty"],
              usd(x["cost"], ms), usd(x["plan"], ms), usd(x["you"], ms)] for x in fills],
            [50, 38, 38, 15, 16, 16, 15], size=6.9, aligns="LLLLRRR", head_fill=True)
    if f["kind"] == "pagado":
        d.para("Reclamos rechazados: este mes no se rechazó ningún reclamo. Todas sus recetas se pagaron según "
               "los beneficios de su plan.", 8.8)
        d.para(f"¿Preguntas? Llame a Servicios para Miembros al {f['ph']} (TTY 711), de 8 a.m. a 8 p.m., los 7 días "
               "de la semana.", 8.6)
        return pdf_bytes(d)
    x = f["rej"]
    d.head({0: "Reclamos rechazados", 1: "Recetas que no pagamos", 2: "Reclamos de medicamentos denegados"}[
        PLAN_LAB.get(f["kind"], 0)])
    amt_label = "Monto que usted pagó" if f["kind"] in ("fuera_red", "tardio") else "Monto presentado"
    d.table(["Fecha", "Medicamento", "Recetado por", "Farmacia (NCPDP)", amt_label, "Referencia", "Código"],
            [[fdate(x["date"], "short"), x["drug"], x["pres"], f"{x['ph'][:16]} ({x['ncpdp']})", usd(x["amt"], ms),
              x["ref"], x["code"]]],
            [16, 36, 38, 42, 22, 20, 14], size=6.9, aligns="LLLLRLL", head_fill=True)
    why = {"no_lista": f"Código 70: el medicamento {x['drug']} no está en la Lista de medicamentos cubiertos "
                       "(formulario) de nuestro plan, por lo que no está cubierto.",
           "pa": f"Código 75: {x['drug']} requiere autorización previa. Su médico no nos pidió la aprobación antes "
                 "de surtir la receta, así que la farmacia no pudo procesarla.",
           "cantidad": f"Código 76: la receta pasó el límite de cantidad del plan para {x['drug']} (9 tabletas cada "
                       "30 días). No pagamos la cantidad que supera ese límite.",
           "fuera_red": "Usted nos pidió que le devolviéramos lo que pagó en una farmacia que no pertenece a nuestra "
                        "red. No pagamos recetas surtidas fuera de la red salvo en emergencias o viajes, y esta "
                        "receta no cumple esas condiciones.",
           "escalonada": f"Código 608: {x['drug']} tiene terapia escalonada. Primero debe probar gabapentina, que "
                         "está en nuestra lista. Revisamos la solicitud de su médico y tomamos una determinación de "
                         f"cobertura (Nº {f['cd']}): no se cumplieron los requisitos del plan.",
           "tardio": "Código 81: recibimos su solicitud de reembolso en papel más de 36 meses después de la fecha en "
                     "que se surtió la receta. Las solicitudes deben llegarnos dentro de ese plazo."}[f["kind"]]
    d.para(why, 8.8)
    d.head("¿Qué puede hacer si no está de acuerdo?", 9.8)
    dl = {"cualquier": "Puede pedirnos una decisión de cobertura (también llamada determinación de cobertura) en "
                       "cualquier momento. Usted, su representante o la persona que le recetó pueden llamarnos o "
                       "escribirnos. Si su médico dice que usted necesita este medicamento, puede pedirnos una "
                       "excepción. Le daremos una respuesta en 72 horas (24 horas si pide una decisión rápida).",
          "65": "Como este aviso es nuestra decisión sobre su solicitud, puede pedir una redeterminación (apelación) "
                "dentro de 65 días a partir de la fecha de este aviso. Le responderemos en 7 días.",
          "fecha": f"Si no está de acuerdo con esta determinación de cobertura, pida una redeterminación a más "
                   f"tardar el {fd(f['by'])}. Para una decisión rápida, llámenos; respondemos en 72 horas.",
          "recibo": "Puede pedir una redeterminación dentro de 65 días a partir de la fecha en que reciba este "
                    "aviso. Respondemos en 7 días (72 horas si es una decisión rápida)."}[f["app"]]
    d.para(dl + f" Llame a Servicios para Miembros al {f['ph']} (TTY 711).", 8.6)
    d.para("Cambios en la Lista de medicamentos: a partir del 1 de enero, algunos medicamentos pueden cambiar de "
           "nivel. Ejemplo de ahorro: un medicamento genérico de $14.00 en lugar de uno de marca de $96.40.", 8.2)
    return pdf_bytes(d)


PLAN_LAB = {"pa": 1, "cantidad": 2, "tardio": 1}


def make_truth(f: dict) -> dict:
    k = f["kind"]
    alts: dict = {"insurer": [f["prod"]]}
    if k == "pagado":
        tot = m2(round(sum(x["cost"] for x in f["fills"]), 2))
        alts["claim_amount"] = [None]
        return truth("eob", None, "es", insurer=f["ins"], plan_id=f["plan"], member_id=f["mid"],
                     member_name=f["member"], claim_amount=tot, service_dates=[iso(x["date"]) for x in f["fills"]],
                     denial_date=iso(f["notice"]), provider=f["fills"][0]["pres"], alternates=alts)
    x = f["rej"]
    alts["provider"] = [x["ph"]]
    dl = {"cualquier": None, "65": iso(days(f["notice"], 65)), "fecha": iso(f["by"]), "recibo": None}[f["app"]]
    if f["app"] == "recibo":
        alts["appeal_deadline"] = [iso(days(f["notice"], 65))]
    den = {"no_lista": ("not_covered", []), "pa": ("prior_authorization", []),
           "cantidad": ("medical_necessity", ["not_covered", "prior_authorization", "other"]),
           "fuera_red": ("out_of_network", []), "escalonada": ("medical_necessity", ["prior_authorization"]),
           "tardio": ("timely_filing", [])}[k]
    cases = [x["ref"]] + ([f["cd"]] if k == "escalonada" else [])
    if k == "escalonada":
        alts["case_numbers"] = [[x["ref"]], [f["cd"]]]
    return truth("eob", den[0], "es", insurer=f["ins"], plan_id=f["plan"], member_id=f["mid"],
                 member_name=f["member"], case_numbers=cases, claim_amount=m2(x["amt"]), service_dates=[iso(x["date"])],
                 denial_date=iso(f["notice"]), provider=x["pres"], appeal_deadline=dl, alternates=alts,
                 denial_alternates=den[1],
                 type_alternates=["denial_letter"] if k in ("fuera_red", "tardio", "escalonada") else [])


# (stem, condition, kind, insurer, date style, money style, label set, appeal wording)
PLAN = [
    ("medicare_part_d_eob_es_bd_no_en_lista", "born_digital", "no_lista", GEN, "es", "plain", 0, "cualquier"),
    ("medicare_part_d_eob_es_bd_todo_pagado", "born_digital", "pagado", BAR, "slash", "nosign", 1, "cualquier"),
    ("medicare_part_d_eob_es_scan_autorizacion", "scan_clean_300", "pa", BAR, "es", "plain", 2, "cualquier"),
    ("medicare_part_d_eob_es_lowres_limite_cantidad", "scan_lowres_150", "cantidad", GEN, "es_abbr", "bare", 1,
     "cualquier"),
    ("medicare_part_d_eob_es_copy_reembolso_fuera_red", "photocopy", "fuera_red", GEN, "es", "usd", 0, "65"),
    ("medicare_part_d_eob_es_photo_terapia_escalonada", "phone_photo", "escalonada", BAR, "slash", "plain", 2,
     "fecha"),
    ("medicare_part_d_eob_es_faxs_reclamo_tardio", "fax_standard_g4", "tardio", GEN, "es", "space", 1, "recibo"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, ds, ms, lab, app) in enumerate(PLAN):
        f = facts(random.Random(98000 + i), kind, ins, ds, ms, lab, app)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
