"""Family 'specialty_rx_reauthorization': an invented pharmacy benefit manager's decisions on renewing the prior
authorization of a specialty biologic.

Issuer: Pellucid Rx Solutions ("PELLUCID" over "Rx Solutions, Inc.", or the full name under a parent line "ARBORLINE
HEALTH HOLDINGS"), deciding for an invented health plan. Re-authorization denied because the response to treatment
was not documented (English letter, Spanish letter, prescriber fax), a dose increase over the plan's quantity limit,
a fill at a pharmacy outside the specialty network (a claim with an amount), a fill after the authorization had
expired with no renewal request (a claim), and one renewal approved (nothing denied). Decoys: the expiring
authorization's dates, the specialty pharmacy (an organisation that is not the provider), RxBIN/PCN, NDC, dose and
quantity, the request received date, a form number, an example copay in an insert.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundp_famp1 import (address, days, digits, fdate, iso, local_phone, m2, mixed, money, npi, person, phone,
                              usd)

FAMILY = "specialty_rx_reauthorization"
LANG = "en"
INS = "Pellucid Rx Solutions, Inc."
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PLANS = ["Sutterfield Health Plan", "Quarrington Community Health"]
PHARMACY = "Calloway Specialty Pharmacy"
OON_PHARMACY = "Birchgrove Apothecary"
PRESCRIBERS = ["Dr. Leontyne Aske, MD", "Dr. Caspian Morrow-Bell, MD", "Dr. Ottilie Framingham, DO",
               "Dr. Benedikt Harrowby, MD"]
DRUGS = [("adalimumab 40 mg/0.4 mL pen", "moderate to severe plaque psoriasis", "PASI score", "every 14 days",
          "2 pens per 28 days", "00074-0554-02"),
         ("ustekinumab 90 mg/mL prefilled syringe", "Crohn's disease", "CDAI score", "every 8 weeks",
          "1 syringe per 56 days", "57894-0061-03"),
         ("dupilumab 300 mg/2 mL pen", "atopic dermatitis", "EASI score", "every 14 days", "2 pens per 28 days",
          "00024-5915-02")]
KINDS = {"no_response": ("medical_necessity", ["prior_authorization"]),
         "qty": ("not_covered", ["medical_necessity"]), "oon": ("out_of_network", []),
         "expired": ("prior_authorization", []), "approve": (None, [])}
LABELS = [dict(member="Member", mid="Member ID", grp="Group", ref="PA reference #", doc="Prescriber"),
          dict(member="Patient", mid="ID number", grp="Group no.", ref="Case ID", doc="Prescribing physician"),
          dict(member="Enrollee", mid="Member #", grp="Grp", ref="Authorization request no.", doc="Prescriber")]


class Letter(Doc):
    def __init__(self, foot: str, font: str = "DejaVu"):
        super().__init__(font, footer=foot, margins=(19, 15, 19))
        if font == "DejaVu":
            self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Letter, f: dict) -> None:
    y0 = d.get_y()
    if f["split"]:
        d.set_font(d.base_font, "B", 19)
        d.cell(110, 8, "PELLUCID", new_x="LMARGIN", new_y="NEXT")
        d.set_font(d.base_font, "", 10.5)
        d.cell(110, 5, "Rx Solutions, Inc.", new_x="LMARGIN", new_y="NEXT")
    else:
        d.set_font(d.base_font, "", 7.5)
        d.cell(110, 4, "ARBORLINE HEALTH HOLDINGS", new_x="LMARGIN", new_y="NEXT")
        d.set_font(d.base_font, "B", 14)
        d.cell(110, 8, INS, new_x="LMARGIN", new_y="NEXT")
    d.set_xy(124, y0)
    d.set_font(d.base_font, "", 7.6)
    head = "Revisión clínica de farmacia" if f["es"] else "Specialty Clinical Review"
    d.multi_cell(0, 3.8, f"{head}\nPO Box 92260, Scottsdale, AZ 85252\n{f['ph']}\nFax {f['fax']}", align="R",
                 new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 20)
    d.rule(0.5, 4)


def block(d: Letter, f: dict) -> None:
    lb = f["lb"]
    drug = f["drug"]
    if f["es"]:
        rows = [("Afiliado", f["pat"]), ("Nº de afiliado", f["mid"]), ("Grupo", f["group"]),
                ("Plan de salud", f["plan"]), ("Número de caso", f["ref"]), ("Médico que receta", f["doc"]),
                ("Medicamento", drug[0]), ("Dosis", f"1 dosis {drug[3].replace('every', 'cada').replace('days', 'días').replace('weeks', 'semanas')}"),
                ("NDC", drug[5]), ("Farmacia especializada", PHARMACY),
                ("Autorización actual", f"{f['fd'](f['pa_start'])} al {f['fd'](f['pa_end'])}"),
                ("Período solicitado", f"{f['fd'](f['req_start'])} al {f['fd'](f['req_end'])}")]
    else:
        rows = [(lb["member"], f["pat"]), (lb["mid"], f["mid"]), (lb["grp"], f["group"]), ("Health plan", f["plan"]),
                (lb["ref"], f["ref"]), (lb["doc"], f["doc"]), ("Prescriber NPI", f["npi"]), ("Drug", drug[0]),
                ("Dose and quantity", f"{drug[3]}; {drug[4]}"), ("NDC", drug[5]), ("Specialty pharmacy", PHARMACY),
                ("RxBIN / PCN", f"{f['bin']} / PLX{f['pcn']}")]
        if f["kind"] in ("oon", "expired"):
            rows += [("Claim number", f["claim"]), ("Date filled", f["fd"](f["fill"])),
                     ("Amount billed", usd(f["billed"], f["ms"]))]
        rows += [("Current authorization" if f["kind"] != "expired" else "Authorization (ended)",
                  f"{f['fd'](f['pa_start'])} to {f['fd'](f['pa_end'])}")]
        if f["kind"] not in ("oon", "expired"):
            rows += [("Renewal requested", f"{f['fd'](f['req_start'])} to {f['fd'](f['req_end'])}")]
    for k, v in rows:
        d.set_font(d.base_font, "B", 8.6)
        d.cell(48, 4.8, k + ":")
        d.set_font(d.base_font, "", 8.6)
        d.cell(0, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def reason(f: dict) -> str:
    fd, drug = f["fd"], f["drug"]
    if f["es"]:
        return (f"Su médico pidió renovar la autorización previa de {drug[0]} para {f['dx_es']}. Para renovar, el "
                "plan exige pruebas de que el medicamento ha dado resultado: una mejoría medida desde el inicio del "
                f"tratamiento ({drug[2]}). Las notas que recibimos el {fd(f['rcv'])} no muestran esa mejoría. Por eso "
                "no es médicamente necesario seguir cubriéndolo y hemos denegado la renovación.")
    return {
        "no_response": f"The request to continue {drug[0]} for {drug[1]} arrived on {fd(f['rcv'])}. To renew, the "
                       "plan's criteria ask for chart notes showing the patient has improved on the drug, such as a "
                       f"{drug[2]} at the start of treatment and a current one. The notes sent do not document any "
                       "response to treatment. Without that, continuing the drug is not medically necessary under "
                       "the criteria, and the re-authorization is denied.",
        "qty": f"The renewal asks for weekly doses, twice the plan's quantity limit of {drug[4]}. Your plan does "
               "not cover amounts above the limit for this drug; the higher dose is an exclusion of the benefit. "
               "The usual dose can be renewed if your doctor sends a new request.",
        "oon": f"This fill was dispensed by {OON_PHARMACY}, which is not part of your plan's specialty pharmacy "
               f"network. Your benefit covers specialty drugs only when filled by the network specialty pharmacy, "
               f"{PHARMACY}. The claim was denied because the pharmacy is out of network.",
        "expired": f"The prior authorization for this drug ended on {fd(f['pa_end'])}. We did not receive a request "
                   "to renew it, so the fill after that date had no approval on file and the claim was rejected. "
                   "A new prior authorization request from the prescriber is required before we can pay.",
        "approve": f"We approved the renewal. The notes document a clear response to treatment ({drug[2]} improved "
                   "from the start of therapy). Fills through the specialty pharmacy are covered for the approved "
                   "period shown above. Nothing was denied.",
    }[f["kind"]]


def build_letter(f: dict) -> bytes:
    foot = (f"Formulario PRX-{f['form']}  Página {{p}} de {{n}}" if f["es"]
            else f"PRX-{f['form']}  Document control {f['docno']}  Page {{p}} of {{n}}")
    d = Letter(foot, f["font"])
    d.add_page()
    letterhead(d, f)
    if f["prescriber_fax"]:
        d.text_line(f"FAX TO: {f['doc']}   Fax {local_phone(random.Random(f['docno']))}", 9, "B")
    d.text_line(f"{f['datelabel']}: {f['fd'](f['notice'])}", 9.5)
    d.ln(2)
    for ln in [f["pat"], *f["addr"]]:
        d.text_line(ln, 9.3, h=4.5)
    d.ln(3)
    d.text_line(f["title"], 12, "B", h=7)
    d.ln(1)
    block(d, f)
    d.text_line("Motivo de la decisión" if f["es"] else "Reason for our decision", 10.5, "B", h=6)
    d.para(reason(f), 9.1)
    if f["kind"] != "approve":
        appeal(d, f)
    pr = f["fd"](days(f["notice"], -1))
    d.para(f"Ejemplo: un copago de especialidad de $150.00 por surtido. Guía PRX-G-8812. Impreso {pr}." if f["es"]
           else f"Example from the benefit guide: a specialty copay of $150.00 per fill. Guide reference PRX-G-8812. "
           f"Printed {pr}.", 7.8)
    return pdf_bytes(d)


def appeal(d: Letter, f: dict) -> None:
    fd, n = f["fd"], f["n"]
    if f["es"]:
        when = {"within": f"dentro de {n} días a partir de la fecha de esta carta",
                "by": f"a más tardar el {fd(days(f['notice'], n))}",
                "receive": f"dentro de {n} días después de recibir esta carta"}[f["dl"]]
        d.text_line("Su derecho a apelar", 10.5, "B", h=6)
        d.para(f"Usted o su médico pueden apelar {when}. Escriba a {INS}, Apelaciones, PO Box 92261, Scottsdale, AZ "
               "85252. Si su salud corre peligro, pida una apelación rápida: decidimos en 72 horas.", 8.8)
        return
    when = {"within": f"within {n} days of the date of this letter",
            "by": f"no later than {fd(days(f['notice'], n))}",
            "receive": f"within {n} days after you receive this letter"}[f["dl"]]
    d.text_line("How to appeal", 10.5, "B", h=6)
    d.para(f"You or the prescriber may appeal {when}. Send the appeal and new chart notes to {INS}, Appeals, PO Box "
           f"92261, Scottsdale, AZ 85252, or fax {f['fax']}. Urgent appeals are decided within 72 hours. You may also "
           "ask for an external review by an independent reviewer.", 8.8)


def facts(r: random.Random, kind: str, ds: str, dl: str, lab: int, font: str, split: bool, title: str,
          datelabel: str, ms: str = "plain", es: bool = False, pfax: bool = False) -> dict:
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 180))
    pa_end = days(notice, r.randint(5, 25))
    if kind == "expired":
        pa_end = days(notice, -r.randint(20, 40))
    drug = r.choice(DRUGS)
    f = dict(kind=kind, dl=dl, lb=LABELS[lab], font=font, split=split, title=title, datelabel=datelabel, ms=ms,
             es=es, prescriber_fax=pfax, fd=lambda x: fdate(x, ds), notice=notice, pa_end=pa_end,
             pa_start=days(pa_end, -181), req_start=days(pa_end, 1), req_end=days(pa_end, 182),
             pat=person(r), addr=address(r), plan=r.choice(PLANS), drug=drug,
             dx_es={"PASI score": "psoriasis en placas", "CDAI score": "enfermedad de Crohn",
                    "EASI score": "dermatitis atópica"}[drug[2]],
             mid=mixed(r, r.choice(["SFH9999A999", "A99999999", "99AA99999"])),
             group=mixed(r, r.choice(["G99A9", "QCH-9999", "9999AA"])), doc=r.choice(PRESCRIBERS),
             ref=mixed(r, r.choice(["PA26-999999-A", "RX9A99999", "99999A99"])), npi=npi(r), ph=phone(r),
             fax=local_phone(r), form=str(r.randint(100, 999)), docno=digits(r, 9), n=r.choice([180, 60]),
             bin=digits(r, 6), pcn=digits(r, 3), rcv=days(notice, -r.randint(2, 9)),
             claim=mixed(r, "999999999999A"), billed=money(r, 6200, 14800))
    f["fill"] = days(notice, -r.randint(6, 14))
    return f


def make_truth(f: dict) -> dict:
    denial, dalts = KINDS[f["kind"]]
    doc = f["doc"].replace("Dr. ", "").rsplit(",", 1)[0]
    alts: dict = {"insurer": [f["plan"]]}
    common = dict(insurer=INS, group_number=f["group"], member_id=f["mid"], member_name=f["pat"],
                  denial_date=iso(f["notice"]), provider=doc)
    lang = "es" if f["es"] else "en"
    deadline = None if f["dl"] == "receive" or f["kind"] == "approve" else iso(days(f["notice"], f["n"]))
    if f["dl"] == "receive":
        alts["appeal_deadline"] = [iso(days(f["notice"], f["n"]))]
    if f["kind"] in ("oon", "expired"):
        cases = [f["claim"]]
        alts["case_numbers"] = [[f["claim"], f["ref"]]]
        if f["kind"] == "oon":
            alts["provider"] = [OON_PHARMACY]
        return truth("denial_letter", denial, lang, case_numbers=cases, claim_amount=m2(f["billed"]),
                     service_dates=[iso(f["fill"])], appeal_deadline=deadline, alternates=alts,
                     denial_alternates=dalts, **common)
    alts["service_dates"] = [[iso(f["req_start"])], []]
    return truth("other" if f["kind"] == "approve" else "denial_letter", denial, lang, case_numbers=[f["ref"]],
                 service_dates=[iso(f["req_start"], f["req_end"])], appeal_deadline=deadline, alternates=alts,
                 denial_alternates=dalts, **common)


# (stem, condition, kind, date style, deadline, labels, font, split, title, date label, money, es, prescriber fax)
ROWS = [
    ("specialty_rx_reauthorization_bd_no_response", "born_digital", "no_response", "long", "within", 0, "DejaVu",
     False, "Renewal of prior authorization denied", "Date", "plain"),
    ("specialty_rx_reauthorization_bd_es", "born_digital", "no_response", "es", "within", 0, "DejaVu", True,
     "Aviso de denegación: renovación de autorización previa", "Fecha", "plain", True),
    ("specialty_rx_reauthorization_faxf_prescriber", "fax_fine_g4", "no_response", "slash", "by", 1, "Helvetica",
     True, "Re-authorization request: NOT APPROVED", "Date sent", "plain", False, True),
    ("specialty_rx_reauthorization_scan_approval", "scan_clean_300", "approve", "abbr", "within", 2, "DejaVu", False,
     "Your specialty drug renewal is approved", "Date"),
    ("specialty_rx_reauthorization_rotated_qty", "rotated", "qty", "dmy", "receive", 2, "Helvetica", False,
     "Renewal denied: quantity above the plan limit", "Notice date"),
    ("specialty_rx_reauthorization_photocopy_oon", "photocopy", "oon", "iso", "within", 1, "DejaVu", True,
     "Specialty pharmacy claim denied", "Date", "usd"),
    ("specialty_rx_reauthorization_photo_expired", "phone_photo", "expired", "upper", "within", 0, "DejaVu", False,
     "Pharmacy claim rejected: authorization expired", "Date", "bare"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, row in enumerate(ROWS):
        r = random.Random(16200 + i)
        f = facts(r, *row[2:])
        items.append(Item(row[0], row[1], [(build_letter(f), make_truth(f))]))
    return items
