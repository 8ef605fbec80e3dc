"""Family 'ground_ambulance_nonemergency_denial': a health plan's EOBs and letters about non-emergency ground
ambulance transports (HCPCS A0428 BLS non-emergency, A0426 ALS non-emergency, A0425 ground mileage): denied because
the member could have travelled safely by other means (car, wheelchair van), denied because no physician
certification statement (PCS) was on file for scheduled repetitive trips (dialysis), one return trip home denied on
an EOB where the emergency trip was paid, one EOB paid in full (bed-confined discharge transport), one letter to the
ambulance company, one in Spanish.

Issuers: Orrinwood Health Insurance Company (logo word "ORRINWOOD" over a line; EOB grid) and Tansyfield Community
Health Plan (return address block, signature block).
Decoys: the trip/run number, the ambulance company's NPI, the pick-up and drop-off addresses, loaded miles, allowed and
paid amounts, the date the claim was received, the paid emergency claim's number and charges, the external-review
time limit, the member services timetable.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundv_famvc import address, days, digits, fdate, iso, local_phone, m2, mixed, money, npi, pairs, person, \
    phone, usd

FAMILY = "ground_ambulance_nonemergency_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
H1 = "Orrinwood Health Insurance Company"
H2 = "Tansyfield Community Health Plan"
AMB = ["Ithaca Valley Ambulance Service", "Tupelo Lifeline EMS", "Ruidoso Mountain Ambulance"]
AMB_ES = "Amarillo Plains Ambulance Co."
DIAL = ["Cressfield Dialysis Center", "Marlpit Kidney Care"]
LABELS = {1: ["Statement date", "Patient", "Member ID", "Group number", "Claim number", "Ambulance provider",
              "Date of transport", "Billed"],
          2: ["Date", "Member", "ID #", "Group", "Claim no.", "Provider", "Trip date", "Amount charged"],
          3: ["Date of notice", "Patient name", "Identification number", "Employer group", "Reference #",
              "Transport company", "Dates of service", "Total charges"],
          "es": ["Fecha", "Paciente", "Número de miembro", "Grupo", "Número de reclamación", "Proveedor",
                 "Fechas del traslado", "Total facturado"]}


class Page(Doc):
    def __init__(self, foot: str, orientation: str = "P"):
        super().__init__("DejaVu", footer=foot, margins=(17, 15, 17), orientation=orientation)
        self.add_font("DejaVu", "B", BOLD)


def facts(r, ins, lab, ds, ms, lang, kind):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 230))
    trip = days(notice, -r.randint(25, 60))
    n = 4 if kind in ("pcs", "pcs_es", "provider") else 1
    trips = [days(trip, 2 * i + (i // 2)) for i in range(n)]
    miles = r.randint(6, 19)
    per = money(r, 420, 690)
    mile_rate = r.choice([13.5, 14.25, 15.0])
    lines = []
    for t in trips:
        lines.append([t, "A0426" if kind == "other_means_als" else "A0428", "Ambulance, non-emergency transport", per])
        lines.append([t, "A0425", f"Ground mileage, {miles} loaded miles", round(miles * mile_rate, 2)])
    f = dict(ins=ins, lab=LABELS[lab], ds=ds, ms=ms, lang=lang, kind=kind, notice=notice, trips=trips, lines=lines,
             billed=round(sum(x[3] for x in lines), 2), miles=miles, member=person(r, lang), addr=address(r, lang),
             amb=AMB_ES if lang == "es" else r.choice(AMB), anpi=npi(r), dial=r.choice(DIAL),
             mid=mixed(r, "ORW999999999") if ins == H1 else mixed(r, "TCH-99999-99"),
             grp=mixed(r, "G-99999") if ins == H1 else digits(r, 6), claim=mixed(r, "AMB9999999999"),
             claim2=mixed(r, "AMB9999999999"), run="RUN " + digits(r, 6), recv=days(trip, r.randint(8, 15)),
             ph=phone(r), lph=local_phone(r), box=digits(r, 4), em_billed=money(r, 900, 1500), ref=digits(r, 9))
    f["fd"] = lambda x: fdate(x, ds)
    f["dl"] = days(notice, 180)
    return f


def letterhead(d, f):
    if f["ins"] == H1:
        d.text_line("ORRINWOOD", 22, "B", h=10)
        d.rule(0.9, 1)
        d.text_line(f"{H1}  ·  PO Box {f['box']}, Ithaca, NY 14852  ·  {f['ph']}", 8.3, h=4.3)
        d.ln(3)
    else:
        y = d.get_y()
        d.font(8.6)
        d.multi_cell(90, 4.2, f"{H2}\nTransportation Claims Unit\nPO Box {f['box']}\nRuidoso, NM 88355",
                     new_x="LMARGIN", new_y="NEXT")
        d.set_xy(120, y)
        d.font(11, "B")
        d.cell(0, 5, "TANSYFIELD", align="R")
        d.set_y(y + 21)


def line_table(d, f, decision, es=False):
    fd, ms = f["fd"], f["ms"]
    head = (["Fecha", "Código", "Descripción", "Facturado", "Pagado"] if es else
            ["Date", "Code", "Description", "Billed", "Allowed", "Plan paid", "Remark"])
    rows = []
    for t, code, desc, amt in f["lines"]:
        paid = decision != "deny"
        if es:
            rows.append([fd(t), code, desc.replace("Ambulance, non-emergency transport", "Ambulancia, no urgente")
                         .replace("Ground mileage", "Millaje").replace("loaded miles", "millas"), usd(amt, ms),
                         usd(0, ms)])
        else:
            allowed = round(amt * 0.7, 2) if paid else 0.0
            rows.append([fd(t), code, desc, usd(amt, ms), usd(allowed, ms), usd(round(allowed * 0.8, 2), ms),
                         "" if paid else "N41"])
    if es:
        rows.append(["*Total", "", "", usd(f["billed"], ms), usd(0, ms)])
        d.table(head, rows, [30, 18, 74, 30, 24], size=8.4, aligns="LLLRR", head_fill=True)
    else:
        rows.append(["*Claim total", "", "", usd(f["billed"], ms), "", "", ""])
        d.table(head, rows, [24, 15, 55, 22, 22, 22, 14], size=8.2, aligns="LLLRRRL", head_fill=True)


def build_eob(f) -> bytes:
    L, fd, k, ms = f["lab"], f["fd"], f["kind"], f["ms"]
    d = Page(f"Orrinwood EOB  {f['ref']}  page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12, "B", h=7)
    d.boxes([(L[0], fd(f["notice"]), 40), (L[1], f["member"], 58), (L[2], f["mid"], 42), (L[3], f["grp"], 42)])
    d.ln(3)
    d.font(9.6)
    d.multi_cell(90, 4.7, f"{f['member']}\n{f['addr'][0]}\n{f['addr'][1]}", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    if k == "return_trip":
        d.text_line(f"Claim {f['claim2']}  ·  {f['amb']}  ·  emergency transport {fd(f['trips'][0])}  ·  PAID", 9.4, "B")
        d.para(f"A0427 Ambulance, ALS emergency: billed {usd(f['em_billed'], ms)}, plan paid "
               f"{usd(round(f['em_billed'] * 0.64, 2), ms)}. Nothing was denied on this claim.", 9)
        f["trips"] = [days(f["trips"][0], 3)]
        f["lines"] = [[f["trips"][0]] + ln[1:] for ln in f["lines"]]
    d.text_line(f"{L[4]}: {f['claim']}   {L[5]}: {f['amb']} (NPI {f['anpi']})   {f['run']}", 9.4, "B", h=6)
    d.text_line(f"Claim received {fd(f['recv'])}   Picked up at: {f['addr'][0]}   Loaded miles: {f['miles']}", 8.8)
    d.ln(2)
    line_table(d, f, "pay" if k == "paid" else "deny")
    if k == "paid":
        d.para("Your ambulance trip from the hospital to the nursing facility was covered: the records show you were "
               "confined to bed and could not be moved safely any other way. You may owe your 20% coinsurance to the "
               "ambulance company.", 9.4)
    else:
        d.text_line("Remark N41", 9.6, "B")
        d.para(("Non-emergency ambulance transport is covered only when other means of transportation would "
                "endanger your health. The records show you could walk with help and sit in a wheelchair, so you "
                "could have travelled safely by car or wheelchair van. This service is not medically necessary "
                "and is denied.") if k != "return_trip" else
               ("The return trip home from the hospital was not an emergency. The records show you were able to sit "
                "up and walk with a cane, so the trip could have been made by car or taxi. Ambulance transport was "
                "not medically necessary for this trip."), 9.4)
        d.text_line("Your appeal rights", 10, "B", h=6)
        d.para("You may appeal within 180 days from the date of this statement. Send your appeal to the address "
               "above. After our final decision you may ask for an external review within 4 months.", 9.2)
    d.para(f"Customer Service {f['ph']}, Monday to Friday 8 a.m. to 6 p.m.", 8.6)
    return pdf_bytes(d)


def build_letter(f) -> bytes:
    L, fd, k, ms, es = f["lab"], f["fd"], f["kind"], f["ms"], f["lang"] == "es"
    d = Page(f"TCHP-AMB-{f['ref']}   {{p}}/{{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(f"{L[0]}: {fd(f['notice'])}", 9.8, h=5.5)
    d.ln(2)
    d.font(9.8)
    to = ([f["amb"], "Attn: Billing Office", f["addr"][1]] if k == "provider" else
          [f["member"], f["addr"][0], f["addr"][1]])
    d.multi_cell(90, 4.8, "\n".join(to), new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    tr = f["trips"]
    span = fd(tr[0]) if len(tr) == 1 else ", ".join(fd(t) for t in tr)
    pairs(d, [(L[1], f["member"]), (L[2], f["mid"]), (L[3], f["grp"]), (L[4], f["claim"]), (L[5], f["amb"]),
              (L[6], span), (L[7], usd(f["billed"], ms))], 50, 9.4, bold_keys=(L[4],))
    if es:
        d.para(f"Estimado(a) {f['member']}:", 10)
        d.para(f"Recibimos la reclamación de {f['amb']} por {len(tr)} traslados en ambulancia, no urgentes, entre su "
               f"casa y el centro de diálisis {f['dial']}. No podemos pagar estos traslados. Para los traslados "
               "programados y repetidos, su plan exige un certificado de necesidad médica firmado por su médico "
               "(Physician Certification Statement) antes del traslado. No recibimos ese certificado.", 9.8)
        line_table(d, f, "deny", es=True)
        d.text_line("Su derecho a apelar", 10.5, "B", h=6)
        d.para(f"Puede apelar dentro de 60 días a partir de la fecha de esta carta. Llame al {f['ph']}.", 9.6)
        d.para("Atentamente,\nUnidad de Reclamaciones de Transporte", 9.6)
        return pdf_bytes(d)
    d.para("Dear Billing Office:" if k == "provider" else f"Dear {f['member']}:", 10)
    if k in ("pcs", "provider"):
        d.para(f"We reviewed the claim for {len(tr)} scheduled non-emergency ambulance trips between the member's home "
               f"and {f['dial']}. For repetitive scheduled non-emergency transports, the plan requires a physician "
               "certification statement (PCS), signed by the attending physician no earlier than 60 days before the "
               "trips, stating why the member cannot be transported by other means. No PCS was submitted with the "
               "claim or in response to our request. Without it, medical necessity for ambulance transport is not "
               "established and the trips are denied.", 9.6)
    else:
        d.para(f"We reviewed the claim from {f['amb']} for the ambulance ride on {fd(tr[0])} from your home to a "
               "doctor's appointment. You were able to get in and out of a car with help, and nothing in the trip "
               "record shows that you needed oxygen, monitoring or a stretcher during the ride. You could have gone "
               "by car, taxi or wheelchair van, so we cannot pay for the ambulance.", 9.6)
    line_table(d, f, "deny")
    d.text_line("Appeal rights", 10.5, "B", h=6)
    if k == "provider":
        d.para("You may ask for a reconsideration within 120 days of the date of this notice; include the signed PCS "
               "and the trip sheets. The member may not be billed for these trips unless a signed waiver is on "
               "file.", 9.4)
    elif k == "pcs":
        d.para("If you disagree, you may appeal within 180 days of the date of this letter. Ask your doctor to send "
               "us the signed certification with your appeal.", 9.4)
    else:
        d.para(f"If you disagree, your written appeal must be received by {fd(f['dl'])}. You may also ask for an "
               "external review within 4 months after our final decision.", 9.4)
    d.para(f"Sincerely,\n\nCorliss D. Ravensworth, RN\nTransportation Claims Review\n{H2}"
           if f["ins"] == H2 else "Sincerely,\nOrrinwood Claims Review", 9.4)
    d.para(f"Questions: {f['ph']} (TTY 711), weekdays 7 a.m. to 7 p.m.; local {f['lph']}.", 8.6)
    return pdf_bytes(d)


def make_truth(f) -> dict:
    k = f["kind"]
    if k == "paid":
        den, dalt = None, []
    elif k in ("pcs", "pcs_es", "provider"):
        den, dalt = "medical_necessity", ["other", "prior_authorization"]
    else:
        den, dalt = "medical_necessity", []
    doc = "other" if den is None else ("eob" if k in ("other_means", "return_trip") else "denial_letter")
    if k == "paid":
        doc = "eob"
    days_n = {"other_means": 180, "return_trip": 180, "pcs": 180, "pcs_es": 60, "provider": 120}.get(k)
    dl = None if den is None else iso(days(f["notice"], days_n)) if days_n else iso(f["dl"])
    return truth(doc, den, f["lang"], insurer=f["ins"], group_number=f["grp"], member_id=f["mid"],
                 member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
                 service_dates=[iso(t) for t in f["trips"]], denial_date=iso(f["notice"]), provider=f["amb"],
                 appeal_deadline=dl, denial_alternates=dalt)


# (stem, condition, plan, labels, date style, money style, lang, kind)
PLAN = [
    ("ground_ambulance_nonemergency_denial_bd_eob_other_means", "born_digital", H1, 1, "slash", "plain", "en",
     "other_means"),
    ("ground_ambulance_nonemergency_denial_bd_letter_no_pcs", "born_digital", H2, 3, "long", "plain", "en", "pcs"),
    ("ground_ambulance_nonemergency_denial_scan_eob_paid", "scan_clean_300", H1, 2, "abbr", "nosign", "en", "paid"),
    ("ground_ambulance_nonemergency_denial_lowres_letter_car_or_van", "scan_lowres_150", H2, 2, "dmy", "plain",
     "en", "other_means_als"),
    ("ground_ambulance_nonemergency_denial_copy_sin_certificado_es", "photocopy", H2, "es", "es", "es", "es",
     "pcs_es"),
    ("ground_ambulance_nonemergency_denial_phone_eob_return_trip", "phone_photo", H1, 3, "iso", "plain", "en",
     "return_trip"),
    ("ground_ambulance_nonemergency_denial_faxs_provider_notice", "fax_standard_g4", H2, 1, "upper", "usd", "en",
     "provider"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, ins, lab, ds, ms, lang, kind) in enumerate(PLAN):
        r = random.Random(93600 + i)
        f = facts(r, ins, lab, ds, ms, lang, kind)
        pdf = build_eob(f) if kind in ("other_means", "paid", "return_trip") else build_letter(f)
        items.append(Item(stem, cond, [(pdf, make_truth(f))]))
    return items
