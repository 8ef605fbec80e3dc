"""Family 'emergency_room_facility_fee_letter': a health plan's letters to a member about a hospital's emergency-room
facility fee (UB-04 revenue code 045x): the visit level recoded down and the fee reduced, the visit judged not an
emergency under the prudent layperson standard, the emergency room judged the wrong setting (urgent care would have
served), paid in full, and a request for the hospital's ER records before a decision; each with a charges table
(revenue code, description, CPT/HCPCS, billed, allowed, paid); one in Spanish.

Issuers: Spindrift Health Insurance Company (logo word "SPINDRIFT" over a line, slogan under it) and Morrowfield
Mutual Health Plan (return address block at the top left, signature block of a named nurse reviewer).
Decoys: the emergency physician's separate professional claim and number, the treating doctor's name, the
arrival time, the date the claim was received, the allowed and paid amounts, the member's ER copay, the 72-hour
urgent appeal and external-review time limits, the nurse line's timetable.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundu_famuc import address, clinician, days, digits, fdate, iso, local_phone, m2, mixed, money, person, \
    phone, usd

FAMILY = "emergency_room_facility_fee_letter"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
H1 = "Spindrift Health Insurance Company"
H2 = "Morrowfield Mutual Health Plan"
HOSP = ["Kearney Plains Medical Center", "Mankato Riverside Hospital", "Cape Girardeau Lutheran Hospital"]
HOSP_ES = "Del Rio Border Community Hospital"
LABELS = {1: ["Date", "Member", "Member ID", "Group", "Claim number", "Facility", "Date of visit", "Total billed"],
          2: ["Letter date", "Patient", "ID no.", "Group no.", "Claim #", "Hospital", "Visit date", "Charges"],
          3: ["Date of this letter", "Patient name", "Subscriber ID", "Employer group", "Our reference",
              "Treating facility", "Emergency visit on", "Amount billed"],
          "es": ["Fecha", "Paciente", "Número de identificación", "Grupo", "Número de reclamación", "Hospital",
                 "Fecha de la visita", "Total facturado"]}
LEVEL = {"99285": "ER visit, level 5 (high severity)", "99284": "ER visit, level 4 (moderate-high)",
         "99283": "ER visit, level 3 (moderate)", "99282": "ER visit, level 2 (low)"}
ANC = [("0300", "Laboratory, general", "80053"), ("0320", "Radiology, diagnostic", "71046"),
       ("0250", "Pharmacy", "J1885"), ("0730", "EKG/ECG", "93005"), ("0350", "CT scan", "74177"),
       ("0260", "IV therapy", "96374")]


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(19, 15, 19))
        self.add_font("DejaVu", "B", BOLD)


def facts(r, ins, lab, ds, ms, lang, kind, billed_lvl, paid_lvl, n_anc, app):
    letter = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 240))
    visit = days(letter, -r.randint(30, 70))
    lines = [["0450" if billed_lvl != "99285" else "0455", LEVEL[billed_lvl], billed_lvl,
              money(r, 2400, 5200) if billed_lvl == "99285" else money(r, 1300, 3100)]]
    for rev, desc, code in r.sample(ANC, n_anc):
        lines.append([rev, desc, code, money(r, 90, 1900)])
    for ln in lines:
        if kind == "paid":
            ln += [round(ln[3] * 0.52, 2), round(ln[3] * 0.52 - (150 if ln is lines[0] else 0), 2)]
        elif kind in ("notemerg", "setting", "rfi"):
            ln += [0.0, 0.0]
        else:  # recoded: the level line allowed at the lower level, the rest paid
            allowed = round(ln[3] * (0.28 if ln is lines[0] else 0.5), 2)
            ln += [allowed, round(allowed * 0.8, 2)]
    f = dict(ins=ins, lab=LABELS[lab], ds=ds, ms=ms, lang=lang, kind=kind, letter=letter, visit=visit, lines=lines,
             billed=round(sum(x[3] for x in lines), 2), paid_lvl=paid_lvl, app=app,
             member=person(r, lang), addr=address(r, lang), hosp=HOSP_ES if lang == "es" else r.choice(HOSP),
             doc=clinician(r), mid=mixed(r, "SPD999999999") if ins == H1 else mixed(r, "MMH 999 999 999"),
             grp=mixed(r, "99999-A") if ins == H1 else digits(r, 7), claim=mixed(r, "E26999999999"),
             prof=mixed(r, "E26999999999"), recv=days(visit, r.randint(9, 20)), ph=phone(r), nurse=local_phone(r),
             box=digits(r, 4), arrive=f"{r.randint(1, 11)}:{r.randint(10, 59)} p.m.", ref="AR-" + digits(r, 5),
             copay=r.choice([150, 200, 250, 300]))
    f["dl"] = days(letter, r.choice([150, 180]))
    f["fd"] = lambda x: fdate(x, ds)
    return f


def letterhead(d, f):
    if f["ins"] == H1:
        d.text_line("SPINDRIFT", 22, "B", h=10)
        d.rule(0.9, 1)
        d.text_line(f"{H1}  ·  Health coverage that goes with you  ·  {f['ph']}", 8.3, h=4.3)
        d.ln(4)
    else:
        y = d.get_y()
        d.font(8.6)
        d.multi_cell(90, 4.2, f"{H2}\nClaims Review Department\nPO Box {f['box']}\nMankato, MN 56002-{f['box']}",
                     new_x="LMARGIN", new_y="NEXT")
        d.set_xy(120, y)
        d.font(10, "B")
        d.cell(0, 5, "MORROWFIELD MUTUAL", align="R")
        d.set_y(y + 21)


def re_block(d, f):
    L, fd, ms = f["lab"], f["fd"], f["ms"]
    rows = [(L[1], f["member"]), (L[2], f["mid"]), (L[3], f["grp"]), (L[4], f["claim"]), (L[5], f["hosp"]),
            (L[6], fd(f["visit"])), (L[7], usd(f["billed"], ms))]
    d.set_font("DejaVu", "B", 9.6)
    d.cell(0, 5.5, "Re:" if f["lang"] == "en" else "Asunto:", new_x="LMARGIN", new_y="NEXT")
    for k, v in rows:
        d.set_x(d.l_margin + 8)
        d.set_font("DejaVu", "", 9.2)
        d.cell(48, 4.9, k)
        d.set_font("DejaVu", "B" if k == L[4] else "", 9.4)
        d.cell(0, 4.9, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def charges(d, f):
    es, ms = f["lang"] == "es", f["ms"]
    head = (["Rev.", "Descripción", "CPT/HCPCS", "Facturado", "Permitido", "Pagado"] if es else
            ["Rev. code", "Description", "CPT/HCPCS", "Billed", "Allowed", "Plan paid"])
    rows = [[x[0], x[1], x[2], usd(x[3], ms), usd(x[4], ms), usd(x[5], ms)] for x in f["lines"]]
    rows.append(["*" + ("Total" if es else "Totals"), "", "", usd(f["billed"], ms),
                 usd(sum(x[4] for x in f["lines"]), ms), usd(sum(x[5] for x in f["lines"]), ms)])
    d.table(head, rows, [19, 58, 22, 25, 24, 24], size=8.4, aligns="LLLRRR", head_fill=True)


def explain(f) -> list[str]:
    fd, hosp, L = f["fd"], f["hosp"], f["lab"]
    opening = (f"We have finished reviewing the facility claim that {hosp} sent us for your emergency room visit on "
               f"{fd(f['visit'])}. We received the claim on {fd(f['recv'])}.")
    k = f["kind"]
    if k == "recode":
        return [opening, f"The hospital billed the visit as an {LEVEL[f['lines'][0][2]].split(' (')[0]}. Our "
                f"coding review found that the services documented in the record (one lab panel, one X-ray, no "
                f"critical care) support an {LEVEL[f['paid_lvl']].split(' (')[0]} (CPT {f['paid_lvl']}). We "
                f"recoded the level of the visit and paid the facility fee at that level. This is a partial denial: "
                f"the difference is not covered, and under your plan an in-network hospital may not bill you for it."]
    if k == "recode_plain":
        return [opening, f"The records from your visit show care that was less complex than the hospital's bill "
                f"says. We paid the emergency room fee as an {LEVEL[f['paid_lvl']].split(' (')[0]} instead of "
                f"the higher level billed. The rest of the charges were paid as usual."]
    if k == "notemerg":
        return [opening, "Your plan covers emergency room care when a prudent layperson, a person with an average "
                "knowledge of health and medicine, would reasonably expect that waiting could seriously harm their "
                "health. We look at your symptoms when you arrived, not only at the final diagnosis. The record "
                f"shows you came in at {f['arrive']} for a rash that had been present for two weeks, without fever, "
                "pain or trouble breathing. These symptoms would not lead a prudent layperson to expect serious "
                "harm from waiting, so the visit does not meet the plan's definition of an emergency and the "
                "facility charges are not covered."]
    if k == "setting":
        return [opening, "The care you received, a rapid strep test and a prescription, is care that an urgent care "
                "center or your doctor's office gives every day. Your plan covers the emergency room for "
                "emergencies; when the same care could safely have been given at an urgent care center, we cover "
                "it at that setting only. We denied the emergency room facility fee. You may ask the hospital to "
                "rebill the visit as urgent care."]
    if k == "rfi":
        return [opening, "Before we can decide this claim we need the emergency department record for this visit "
                "(triage notes, physician notes and discharge summary). We have asked the hospital for them. You do "
                "not need to do anything now; if we do not receive the records within 45 days, we will decide the "
                "claim with the information we have."]
    return [opening, f"Good news: we paid the claim. The visit was processed as an emergency, so your in-network "
            f"benefit applies. You owe your emergency room copay of ${f['copay']}.00 to the hospital."]


def explain_es(f) -> list[str]:
    fd = f["fd"]
    return [f"Revisamos la reclamación del hospital {f['hosp']} por su visita a la sala de emergencias del "
            f"{fd(f['visit'])}. Recibimos la reclamación el {fd(f['recv'])}.",
            "Su plan cubre la sala de emergencias cuando una persona prudente, con un conocimiento promedio de salud, "
            "esperaría que la demora pusiera su salud en grave peligro. Los registros muestran que usted llegó por "
            "una tos de diez días, sin fiebre ni dificultad para respirar. Estos síntomas no cumplen la definición de "
            "emergencia del plan; por eso los cargos del hospital no están cubiertos."]


def appeal(f) -> str:
    fd, a = f["fd"], f["app"]
    if f["lang"] == "es":
        return (f"Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta carta. Llame al "
                f"{f['ph']}.")
    if a == "letter":
        return (f"If you disagree, you or the hospital may appeal within {(f['dl'] - f['letter']).days} days of the "
                f"date of this letter. Urgent appeals are decided within 72 hours. You may also ask for an external "
                f"review within 4 months after a final decision.")
    if a == "date":
        return (f"If you disagree, send your appeal so that we receive it by {fd(f['dl'])}. Urgent appeals are "
                f"decided within 72 hours.")
    return ("If you disagree, you have 180 days after you receive this letter to ask for an appeal. You may also ask "
            "for an external review within 4 months after a final decision.")


def build(f) -> bytes:
    L, fd, es = f["lab"], f["fd"], f["lang"] == "es"
    d = Page(f"{'SHIC' if f['ins'] == H1 else 'MMHP'}-ERF-{f['ref']}   {{p}}/{{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(f"{L[0]}: {fd(f['letter'])}", 9.8, h=5.5)
    d.ln(2)
    d.font(9.8)
    d.multi_cell(90, 4.8, f"{f['member']}\n{f['addr'][0]}\n{f['addr'][1]}", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    re_block(d, f)
    d.para(f"Estimado(a) {f['member']}:" if es else f"Dear {f['member']}:", 10)
    for p in (explain_es(f) if es else explain(f)):
        d.para(p, 9.8)
    charges(d, f)
    if f["kind"] != "paid" and f["kind"] != "rfi":
        d.text_line("Su derecho a apelar" if es else "Your right to appeal", 10.5, "B", h=6)
        d.para(appeal(f), 9.6)
    d.para(("El médico de emergencias factura por separado (reclamación " if es else
            f"The emergency physician, {f['doc']}, MD, bills separately (professional claim ")
           + f"{f['prof']})" + ("." if es else "; that claim is explained in its own statement."), 9)
    d.para(f"24-hour Nurse Line: {f['nurse']}, every day of the year." if not es else
           f"Línea de enfermería las 24 horas: {f['nurse']}.", 8.8)
    if f["ins"] == H2:
        d.ln(2)
        d.para("Sincerely,\n\nRadomir T. Veldhoven, RN\nClinical Claims Reviewer\nMorrowfield Mutual Health Plan", 9.6)
    else:
        d.para("Atentamente,\nServicios al Miembro" if es else "Sincerely,\nMember Claims Services", 9.6)
    return pdf_bytes(d)


def make_truth(f) -> dict:
    k = f["kind"]
    den, dalt = {"recode": ("coding_error", ["medical_necessity"]), "recode_plain": ("coding_error",
                                                                                   ["medical_necessity"]),
                 "notemerg": ("medical_necessity", ["not_covered"]),
                 "setting": ("level_of_care", ["medical_necessity", "not_covered"]),
                 "rfi": (None, []), "paid": (None, [])}[k]
    if f["lang"] == "es":
        den, dalt = "medical_necessity", ["not_covered"]
    doc = "denial_letter" if den else "other"
    dl, alts = None, {}
    if den:
        if f["lang"] == "es":
            dl = iso(days(f["letter"], 180))
        elif f["app"] in ("letter", "date"):
            dl = iso(f["dl"])
        else:
            alts["appeal_deadline"] = [iso(days(f["letter"], 180)), iso(days(f["letter"], 185))]
    return truth(doc, den, f["lang"], insurer=f["ins"], group_number=f["grp"], member_id=f["mid"].replace(" ", ""),
                 member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
                 service_dates=[iso(f["visit"])], denial_date=iso(f["letter"]), provider=f["hosp"],
                 appeal_deadline=dl, alternates=alts, denial_alternates=dalt)


# (stem, condition, plan, labels, date style, money style, lang, kind, level billed, level paid, ancillary lines,
#  appeal wording)
PLAN = [
    ("emergency_room_facility_fee_letter_bd_level5_recoded", "born_digital", H1, 1, "long", "plain", "en", "recode",
     "99285", "99283", 3, "letter"),
    ("emergency_room_facility_fee_letter_bd_paid_in_full", "born_digital", H2, 2, "slash", "plain", "en", "paid",
     "99284", "99284", 4, "letter"),
    ("emergency_room_facility_fee_letter_scan_prudent_layperson", "scan_clean_300", H1, 2, "abbr", "nosign", "en",
     "notemerg", "99283", None, 1, "date"),
    ("emergency_room_facility_fee_letter_phone_level_reduced", "phone_photo", H2, 3, "dlong", "plain", "en",
     "recode_plain", "99284", "99282", 2, "recv"),
    ("emergency_room_facility_fee_letter_faxs_no_emergencia_es", "fax_standard_g4", H1, "es", "es", "es", "es",
     "notemerg", "99283", None, 2, "letter"),
    ("emergency_room_facility_fee_letter_rot_urgent_care_setting", "rotated", H2, 1, "iso", "plain", "en", "setting",
     "99283", None, 1, "letter"),
    ("emergency_room_facility_fee_letter_lowres_records_requested", "scan_lowres_150", H1, 3, "upper", "usd", "en",
     "rfi", "99285", None, 5, "letter"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, ins, lab, ds, ms, lang, kind, bl, pl, n, app) in enumerate(PLAN):
        r = random.Random(99520 + i)
        f = facts(r, ins, lab, ds, ms, lang, kind, bl, pl, n, app)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
