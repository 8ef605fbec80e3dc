"""Family 'medicare_moon_style_ma_plan_letter': a Medicare Advantage plan's letters about a hospital stay covered as
outpatient observation instead of inpatient care (level of care), modelled on CMS's public Notice of Denial of
Medical Coverage (or Payment) (IDN, form CMS-10003) and the Medicare Outpatient Observation Notice (MOON, CMS-10611)
wording ("You're a hospital outpatient receiving observation services. You are not an inpatient because ...");
values invented. One approval of an inpatient admission; one plan reconsideration that upholds the decision
(automatically forwarded to the independent review entity); one in Spanish.

Issuers: Ravensgate Health Plan (logo word "RAVENSGATE" over a line, "Senior Advantage (HMO)" under it) and Wrexford
Senior Health Plan (parent company line above, return address block, signature block).
Decoys: the MOON delivery date, the emergency-room arrival date, the hospital's NPI, the plan's material number
(H-number form code), the 72-hour fast appeal, the 8 a.m. to 8 p.m. timetable, the original notice's date.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundv_famvc import address, clinician, days, digits, fdate, iso, m2, mixed, money, npi, pairs, person, \
    phone, usd

FAMILY = "medicare_moon_style_ma_plan_letter"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
H1 = "Ravensgate Health Plan"
H2 = "Wrexford Senior Health Plan"
HOSP = ["Natchez Trace Regional Medical Center", "Ithaca Lakeshore Hospital", "Ruidoso Pines Hospital"]
HOSP_ES = "Amarillo Westgate Hospital"
LABELS = {1: ["Date", "Name", "Member number", "Claim number", "Hospital", "Dates of stay", "Amount billed"],
          2: ["Notice date", "Enrollee", "Member ID", "Claim #", "Facility", "Admission - discharge", "Charges"],
          3: ["Date of this notice", "Member name", "Plan member no.", "Reference number", "Where you stayed",
              "Service dates", "Total charges"],
          "es": ["Fecha", "Nombre", "Número de miembro", "Número de reclamación", "Hospital", "Fechas de la estadía",
                 "Cantidad facturada"]}


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(19, 15, 19))
        self.add_font("DejaVu", "B", BOLD)


def facts(r, ins, lab, ds, ms, lang, kind):
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 220))
    adm = days(notice, -r.randint(20, 60))
    dis = days(adm, r.randint(2, 4))
    f = dict(ins=ins, lab=LABELS[lab], ds=ds, ms=ms, lang=lang, kind=kind, notice=notice, adm=adm, dis=dis,
             er=days(adm, -1), moon=days(adm, 1), member=person(r, lang), addr=address(r, lang),
             hosp=HOSP_ES if lang == "es" else r.choice(HOSP), doc=clinician(r), hnpi=npi(r),
             mid=mixed(r, "RVG99999999") if ins == H1 else mixed(r, "WX9-999-9999"),
             claim=mixed(r, "26A99999999") if ins == H1 else digits(r, 12), billed=money(r, 14800, 38900),
             ref="UM-" + digits(r, 8), appeal="RC-" + mixed(r, "99999-A"), ph=phone(r), box=digits(r, 4),
             mat=mixed(r, "H9999_IDN26_A") if ins == H1 else mixed(r, "Y9999_W99_M"), orig=days(notice, -r.randint(40, 70)))
    f["fd"] = lambda x: fdate(x, ds)
    f["obs_allowed"] = round(f["billed"] * 0.21, 2)
    return f


def letterhead(d, f):
    if f["ins"] == H1:
        d.text_line("RAVENSGATE", 22, "B", h=10)
        d.rule(0.9, 1)
        d.text_line(f"{H1}  ·  Senior Advantage (HMO)  ·  Member Services {f['ph']}", 8.3, h=4.3)
        d.ln(4)
    else:
        d.text_line("A member of the Wrexford Health Alliance family of companies", 7.6, h=4)
        d.text_line(H2.upper(), 13, "B", h=7)
        d.font(8.4)
        d.multi_cell(100, 4, f"Utilization Management\nPO Box {f['box']}\nTupelo, MS 38802-{f['box']}",
                     new_x="LMARGIN", new_y="NEXT")
        d.ln(4)


def build(f) -> bytes:
    L, fd, es, k, ms = f["lab"], f["fd"], f["lang"] == "es", f["kind"], f["ms"]
    d = Page(f"{f['mat']}   {{p}}/{{n}}")
    d.add_page()
    letterhead(d, f)
    if k in ("idn_pay", "idn_plain", "idn_es", "idn_partial"):
        d.text_line("Aviso de denegación de cobertura médica (o de pago)" if es else
                    "Notice of Denial of Medical Coverage (or Payment)", 13, "B", h=8)
        d.ln(1)
    elif k == "recon":
        d.text_line("Notice of Reconsideration Decision", 13, "B", h=8)
    elif k == "approve":
        d.text_line("Notice of Inpatient Admission Approval", 13, "B", h=8)
    else:
        d.text_line("Important information about your hospital stay", 13, "B", h=8)
    rows = [(L[0], fd(f["notice"])), (L[1], f["member"]), (L[2], f["mid"])]
    if k not in ("concurrent", "approve"):
        rows.append((L[3], f["claim"]))
    if k == "recon":
        rows.append(("Appeal number", f["appeal"]))
    if k in ("concurrent", "approve"):
        rows.append(("Review number", f["ref"]))
    rows += [(L[4], f["hosp"]), (L[5], f"{fd(f['adm'])} - {fd(f['dis'])}")]
    if k not in ("concurrent", "approve"):
        rows.append((L[6], usd(f["billed"], ms)))
    pairs(d, rows, 50, 9.6, bold_keys=(L[3],))
    d.font(9.8)
    d.multi_cell(90, 4.8, f"{f['member']}\n{f['addr'][0]}\n{f['addr'][1]}", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    hosp, adm, dis = f["hosp"], fd(f["adm"]), fd(f["dis"])
    if es:
        d.text_line("Denegamos el pago", 11, "B", h=6)
        d.para(f"Hemos denegado el pago de los siguientes servicios: su estadía como paciente hospitalizado en "
               f"{hosp} del {adm} al {dis}. Usted llegó a la sala de emergencias el {fd(f['er'])}.", 9.8)
        d.text_line("Por qué denegamos el pago", 11, "B", h=6)
        d.para("Usted era paciente ambulatorio recibiendo servicios de observación. No era paciente hospitalizado "
               "porque su médico no escribió una orden de admisión y su estado no necesitaba el nivel de atención "
               "de hospitalización. Pagamos la estadía como servicios de observación para pacientes ambulatorios. "
               f"El hospital le entregó el Aviso MOON el {fd(f['moon'])}.", 9.8)
        d.text_line("Usted tiene derecho a apelar nuestra decisión", 11, "B", h=6)
        d.para("Si desea apelar, debe pedir una apelación dentro de 65 días a partir de la fecha de este aviso. "
               "Si su salud lo requiere, pida una apelación rápida (72 horas). Llame al "
               f"{f['ph']}, de 8 a.m. a 8 p.m., los 7 días de la semana.", 9.6)
        d.para("Atentamente,\nDepartamento de Administración de la Utilización", 9.6)
        return pdf_bytes(d)
    if k == "approve":
        d.para(f"Good news. {hosp} asked us on {fd(f['adm'])} to approve your admission as an inpatient. We reviewed "
               f"the request with your doctor, {f['doc']}, MD, and we approved inpatient hospital care from {adm} "
               f"through {dis}. You do not need to do anything. Your inpatient hospital copay applies.", 9.8)
        d.para("This approval is not a promise of payment if you were not enrolled in our plan on the dates of "
               f"service. Questions? Call Member Services at {f['ph']}, 8 a.m. to 8 p.m., 7 days a week.", 9.4)
        d.para(f"Sincerely,\nUtilization Management\n{f['ins']}", 9.6)
        return pdf_bytes(d)
    if k == "concurrent":
        d.para(f"Your doctor asked us to cover your stay at {hosp} that began on {adm} as an inpatient admission. "
               "We reviewed your medical records against Medicare's two-midnight rule and our coverage rules.", 9.8)
        d.text_line("Our decision", 11, "B", h=6)
        d.para(f"You're a hospital outpatient receiving observation services. You are not an inpatient because your "
               f"condition did not need the inpatient level of care. We will cover your stay from {adm} through "
               f"{dis} as outpatient observation services, not as an inpatient admission. Observation services are "
               "covered under your plan's outpatient hospital benefit, and your outpatient copays apply.", 9.8)
        d.text_line("If you disagree", 11, "B", h=6)
        d.para(f"You may ask for a plan appeal. Your appeal must reach us by {fd(days(f['notice'], 65))}. If waiting "
               "could seriously harm your health, ask for a fast appeal; we will decide within 72 hours.", 9.6)
    elif k == "recon":
        d.para(f"On {fd(f['orig'])} we sent you a notice that we denied payment for the inpatient part of your stay "
               f"at {hosp}. You asked us to reconsider. A physician who did not take part in the first decision "
               "reviewed your appeal and the hospital's records.", 9.8)
        d.text_line("Decision: we did not change our decision", 11, "B", h=6)
        d.para("The records show you were placed in observation for chest pain, your tests were normal, and you went "
               "home in good condition. Your care was appropriately given as outpatient observation. We upheld our "
               "denial of inpatient payment.", 9.8)
        d.text_line("What happens next", 11, "B", h=6)
        d.para("Because we did not decide fully in your favor, we have automatically sent your case to the "
               "Independent Review Entity (IRE), an organization that contracts with Medicare. You do not need to "
               "do anything. The IRE will write to you about its decision.", 9.6)
    else:
        d.text_line("We have denied payment for the following services", 11, "B", h=6)
        if k == "idn_partial":
            head = ["Service", "Dates", "Billed", "Decision"]
            room = round(f["billed"] * 0.62, 2)
            rows2 = [["Inpatient room and board (rev. 0120)", f"{adm} - {dis}", usd(room, ms), "Denied"],
                     ["Observation hours (rev. 0762)", adm, usd(f["billed"] - room - 400, ms), "Paid"],
                     ["Emergency room (rev. 0450)", fd(f["er"]), usd(400, ms), "Paid"],
                     ["*Total", "", usd(f["billed"], ms), ""]]
            d.table(head, rows2, [66, 52, 28, 26], size=8.6, aligns="LLRL", head_fill=True)
        else:
            d.para(f"Inpatient hospital stay at {hosp} (hospital NPI {f['hnpi']}) from {adm} to {dis}.", 9.8)
        d.text_line("We denied payment because", 11, "B", h=6)
        if k == "idn_plain":
            d.para("The hospital billed your stay as an inpatient admission. Your records show you were kept for "
                   "tests and monitoring and went home within two days; there was no order admitting you as an "
                   "inpatient. This care should have been billed as outpatient observation. We paid the stay as "
                   f"outpatient observation ({usd(f['obs_allowed'], ms)} allowed) and denied the inpatient "
                   "charges.", 9.8)
        else:
            d.para("Level of care: you were a hospital outpatient receiving observation services. You were not an "
                   "inpatient because your condition did not meet inpatient criteria. The hospital gave you the "
                   f"Medicare Outpatient Observation Notice (MOON) on {fd(f['moon'])}. The inpatient claim is denied; "
                   "the hospital may bill the stay again as outpatient observation.", 9.8)
        d.text_line("You have the right to appeal our decision", 11, "B", h=6)
        d.para("If you want to appeal, you must ask for a plan appeal within 65 days of the date of this notice. We "
               "can give you more time if you have a good reason for missing the deadline. For a fast appeal, "
               f"call {f['ph']}; we will decide within 72 hours.", 9.6)
    if f["ins"] == H2:
        d.para(f"Sincerely,\n\n{f['doc']}, MD\nMedical Director, {H2}", 9.6)
    else:
        d.para("Sincerely,\nRavensgate Utilization Management", 9.6)
    d.para(f"Member Services: {f['ph']}, 8 a.m. to 8 p.m., 7 days a week. TTY 711.", 8.6)
    return pdf_bytes(d)


def make_truth(f) -> dict:
    k = f["kind"]
    den = None if k == "approve" else "level_of_care"
    doc = "other" if den is None else "denial_letter"
    dl, cases, amt = None, [f["claim"]], m2(f["billed"])
    if k in ("idn_pay", "idn_plain", "idn_es", "idn_partial"):
        dl = iso(days(f["notice"], 65))
    if k == "concurrent":
        dl, cases, amt = iso(days(f["notice"], 65)), [f["ref"]], None
    if k == "approve":
        cases, amt = [f["ref"]], None
    if k == "recon":
        cases = [f["claim"], f["appeal"]]
    return truth(doc, den, f["lang"], insurer=f["ins"], member_id=f["mid"], member_name=f["member"],
                 case_numbers=cases, claim_amount=amt, service_dates=[iso(f["adm"], f["dis"])],
                 denial_date=iso(f["notice"]), provider=f["hosp"], appeal_deadline=dl,
                 alternates={"member_id": [f["mid"].replace("-", "")]} if "-" in f["mid"] else {},
                 denial_alternates=["medical_necessity"] if den else [])


# (stem, condition, plan, labels, date style, money style, lang, kind)
PLAN = [
    ("medicare_moon_style_ma_plan_letter_bd_idn_observation", "born_digital", H1, 1, "long", "plain", "en", "idn_pay"),
    ("medicare_moon_style_ma_plan_letter_bd_admission_approved", "born_digital", H2, 2, "slash", "plain", "en",
     "approve"),
    ("medicare_moon_style_ma_plan_letter_scan_concurrent_review", "scan_clean_300", H2, 3, "abbr", "plain", "en",
     "concurrent"),
    ("medicare_moon_style_ma_plan_letter_lowres_idn_plain_words", "scan_lowres_150", H1, 2, "iso", "nosign", "en",
     "idn_plain"),
    ("medicare_moon_style_ma_plan_letter_rot_aviso_es", "rotated", H1, "es", "es", "es", "es", "idn_es"),
    ("medicare_moon_style_ma_plan_letter_copy_reconsideration_upheld", "photocopy", H2, 1, "dlong", "plain", "en",
     "recon"),
    ("medicare_moon_style_ma_plan_letter_faxf_idn_room_board", "fax_fine_g4", H2, 3, "upper", "usd", "en",
     "idn_partial"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, ins, lab, ds, ms, lang, kind) in enumerate(PLAN):
        r = random.Random(93500 + i)
        f = facts(r, ins, lab, ds, ms, lang, kind)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
