"""Family 'ub04_claim_copy_with_payer_denial_stamp': a copy of a hospital's UB-04 (CMS-1450) institutional claim,
sent back to the patient by the payer with a rubber stamp ("DENIED", "NO PAGADO - DENEGADO", "PROCESSED - PAID") over
the service lines and a short typed note at the foot of the sheet (claim number, decision date, reason code and
reason, appeal sentence). The form follows the public UB-04 layout from memory: numbered form locators (FL) in
ruled boxes - 1 billing provider, 3a patient control no., 3b medical record no., 4 type of bill, 5 federal tax no.,
6 statement covers period, 8 patient name, 10 birthdate, 12 admission date, 31 occurrence code/date, 42-47 revenue
code / description / HCPCS / service date / units / total charges, the "PAGE 1 OF 1 ... CREATION DATE ... TOTALS"
line, 50 payer, 51 health plan ID, 54 prior payments, 55 estimated amount due, 56 NPI, 58 insured's name, 59 patient
relationship, 60 insured's unique ID, 61 group name, 62 insurance group no., 63 treatment authorization codes, 64
document control number, 65 employer, 67 principal diagnosis, 76 attending physician NPI/name, 80 remarks; footer
"UB-04 CMS-1450 APPROVED OMB NO. 0938-0997 NUBC". All values invented.

Payers: Ouessant Health Insurance Company (logo word over a rule above the form, "Member copy" line) and Molene
Mutual Health Plan (parent line "A Crozon Benefit Holdings company", return-address block). Hospitals: Sizun Regional
Medical Center, Pontivy Valley Hospital, Rostrenen Community Hospital. Reasons: no authorization (CO-197 keyword),
not medically necessary in plain words, inpatient stay that should have been observation (dependent patient, the
insured parent as a decoy), filed late (received date decoy), out of network, duplicate claim in Spanish, and one
paid claim (denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundag_famga import address, clinician, days, fdate, iso, m2, mixed, money, npi, person, phone, usd

FAMILY = "ub04_claim_copy_with_payer_denial_stamp"
LANG = "en"
OU, MO = "Ouessant Health Insurance Company", "Molene Mutual Health Plan"
FORM_PAYER = {OU: "OUESSANT HEALTH INS CO", MO: "MOLENE MUTUAL HEALTH PLAN"}
HOSP = {"Sizun Regional Medical Center": ("400 Huelgoat Avenue", "Gettysburg, SD 57442"),
        "Pontivy Valley Hospital": ("18 Pleyben Street", "Roundup, MT 59072"),
        "Rostrenen Community Hospital": ("2200 Treguier Lane", "Hazen, ND 58545")}
NOTE_LABELS = [("Claim number", "Date processed", "Reason code", "Billed"),
               ("ICN", "Decision date", "Adjustment reason", "Total charges"),
               ("Payer claim #", "Stamped on", "Remark", "Amount billed")]
OUTPT = {"noauth": [("0610", "MRI BRAIN", "70553", 1), ("0636", "DRUG/DETAIL CODE", "A9585", 1)],
         "mednec": [("0921", "PERIPHERAL VASC LAB", "93923", 1), ("0300", "LABORATORY", "80053", 1)],
         "oon": [("0450", "EMERGENCY ROOM", "99284", 1), ("0320", "DX X-RAY", "71046", 1),
                 ("0300", "LABORATORY", "85025", 1)],
         "paid": [("0360", "OR SERVICES", "29881", 1), ("0370", "ANESTHESIA", "01400", 1),
                  ("0710", "RECOVERY ROOM", "", 1), ("0250", "PHARMACY", "", 4)],
         "es": [("0424", "PHYS THERP/EVAL", "97163", 1), ("0420", "PHYSICAL THERP", "97110", 3)]}
INPT = {"loc": [("0120", "ROOM-BOARD/SEMI", "1450.00", 2), ("0250", "PHARMACY", "", 14), ("0300", "LABORATORY", "", 9),
                ("0730", "EKG/ECG", "", 2)],
        "timely": [("0120", "ROOM-BOARD/SEMI", "1380.00", 3), ("0250", "PHARMACY", "", 22),
                   ("0270", "MED-SUR SUPPLIES", "", 6), ("0324", "DX X-RAY/CHEST", "", 1)]}
DX = {"noauth": "G43909", "mednec": "I739", "oon": "R0789", "paid": "S83241A", "es": "M25561", "loc": "R079",
      "timely": "J189"}


class Form(Doc):
    def __init__(self):
        super().__init__("Helvetica", margins=(8, 8, 8))
        self.set_auto_page_break(False)


def facts(r: random.Random, kind: str, ins: str, hosp: str, lab: int, ds: str, ms: str) -> dict:
    lang = "es" if kind == "es" else "en"
    dec = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 220))
    inpt = kind in INPT
    start = days(dec, -r.randint(150, 200) if kind == "timely" else -r.randint(24, 60))
    end = days(start, len([1 for _ in range(INPT[kind][0][3])])) if inpt else start
    lines = []
    for rev, desc, code, units in (INPT[kind] if inpt else OUTPT[kind]):
        if rev == "0120":
            ch = float(code) * units
            code = code  # the room rate printed in FL44
        else:
            ch = money(r, 60, 2400) if units == 1 else round(money(r, 20, 140) * units, 2)
        lines.append(dict(rev=rev, desc=desc, code=code, units=units, ch=ch))
    total = round(sum(x["ch"] for x in lines), 2)
    member = person(r, lang)
    dep = kind == "loc"
    insured = person(r, lang) if dep else member
    if dep:
        insured = (f"{insured[1]} {insured[2]}. {member[3]}", insured[1], insured[2], member[3])
    return dict(kind=kind, ins=ins, hosp=hosp, L=NOTE_LABELS[lab], ds=ds, ms=ms, lang=lang, dec=dec, start=start,
                end=end, inpt=inpt, lines=lines, total=total, member=member, insured=insured, dep=dep,
                addr=address(r, lang), dob=dt.date(r.randint(1941, 2012), r.randint(1, 12), r.randint(1, 28)),
                onset=days(start, -r.randint(3, 40)), created=days(end, r.randint(2, 9)),
                received=days(end, r.randint(120, 140)) if kind == "timely" else days(end, r.randint(5, 15)),
                pcn=mixed(r, "99999999"), mrn=mixed(r, "MR9999999"), tin=mixed(r, "99-9999999"), npi=npi(r),
                att=clinician(r), att_npi=npi(r),
                mid=mixed(r, "OHX999999999") if ins == OU else mixed(r, "MMH99999999") + ("-02" if dep else "-01"),
                grp=mixed(r, "999999") if ins == OU else mixed(r, "G-99999"), hpid=mixed(r, "9999999999"),
                gname=r.choice(["BRIEC COOPERATIVE GRAIN", "ELORN RURAL ELECTRIC", "AULNE SCHOOL DIST 4"]),
                claim=mixed(r, "2026999999999") if ins == OU else mixed(r, "MM-99999-999"),
                ph=phone(r), hph=phone(r))


def box(d: Form, x: float, y: float, w: float, h: float, label: str, lines: list[str], vs: float = 8.2) -> None:
    d.rect(x, y, w, h)
    d.set_xy(x + 0.8, y + 0.5)
    d.set_font("Helvetica", "", 5.2)
    d.cell(w - 1.6, 2.4, label)
    yy = y + 3.2
    for ln in lines:
        d.set_xy(x + 1, yy)
        d.set_font("Courier", "", vs)
        d.cell(w - 2, vs * 0.42, ln)
        yy += vs * 0.42


def sd(dte: dt.date) -> str:
    return dte.strftime("%m/%d/%y")


def top(d: Form, f: dict) -> None:
    if f["ins"] == OU:
        d.set_xy(8, 7)
        d.set_font("Helvetica", "B", 17)
        d.cell(0, 7, "OUESSANT")
        d.set_line_width(0.8)
        d.line(8, 15, 207, 15)
        d.set_line_width(0.2)
        d.set_xy(8, 16)
        d.set_font("Helvetica", "", 7.5)
        copy = "Copia para el afiliado" if f["lang"] == "es" else "Member copy of the claim your provider sent us"
        d.cell(0, 3.5, f"{OU} · Claims Department · PO Box 7310 · Gettysburg, SD 57442 · {copy}")
    else:
        d.set_xy(8, 6)
        d.set_font("Helvetica", "", 7)
        d.cell(0, 3, "A Crozon Benefit Holdings company")
        d.set_xy(8, 9.5)
        d.set_font("Helvetica", "B", 12)
        d.cell(0, 5, MO)
        d.set_font("Helvetica", "", 7)
        for i, ln in enumerate(("Claims Review Unit", "PO Box 2048", "Roundup, MT 59072")):
            d.set_xy(150, 6 + i * 3.2)
            d.cell(0, 3, ln)
    d.set_y(21)


def form(d: Form, f: dict) -> float:
    x0, y = 8, 21
    hs, (ha, hc) = f["hosp"], HOSP[f["hosp"]]
    box(d, x0, y, 66, 17, "1", [hs.upper(), ha.upper(), hc.upper(), f["hph"]])
    box(d, x0 + 66, y, 50, 17, "2", [])
    box(d, x0 + 116, y, 52, 8.5, "3a PAT. CNTL #", [f["pcn"]])
    box(d, x0 + 116, y + 8.5, 52, 8.5, "b. MED. REC. #", [f["mrn"]])
    box(d, x0 + 168, y, 31, 17, "4 TYPE OF BILL", ["0111" if f["inpt"] else "0131"])
    y += 17
    box(d, x0 + 90, y, 34, 8.5, "5 FED. TAX NO.", [f["tin"]])
    box(d, x0 + 124, y, 50, 8.5, "6 STATEMENT COVERS PERIOD  FROM / THROUGH",
        [f"{sd(f['start'])}  {sd(f['end'])}"])
    box(d, x0 + 174, y, 25, 8.5, "7", [])
    box(d, x0, y, 90, 8.5, "8 PATIENT NAME  a", [f"b {f['member'][3].upper()}, {f['member'][1].upper()} {f['member'][2]}"])
    y += 8.5
    box(d, x0, y, 199, 8.5, "9 PATIENT ADDRESS", [f"{f['addr'][0].upper()}  {f['addr'][1].upper()}"])
    y += 8.5
    cells = [("10 BIRTHDATE", sd(f["dob"]), 26), ("11 SEX", "F" if f["member"][1] in ("Gwenola", "Azilis", "Maela",
             "Ildefonsa", "Escolastica") else "M", 12), ("12 ADMISSION DATE", sd(f["start"]), 28),
             ("13 HR", "08" if f["inpt"] else "", 10), ("14 TYPE", "1" if f["kind"] in ("oon", "loc") else "3", 12),
             ("15 SRC", "1", 10), ("16 DHR", "11" if f["inpt"] else "", 10), ("17 STAT", "01", 12),
             ("18-28 CONDITION CODES", "", 39), ("31 OCCURRENCE CODE/DATE", f"11 {sd(f['onset'])}", 40)]
    x = x0
    for lab, val, w in cells:
        box(d, x, y, w, 8.5, lab, [val])
        x += w
    y += 8.5
    # service lines
    heads = [("42 REV. CD.", 18), ("43 DESCRIPTION", 58), ("44 HCPCS / RATE / HIPPS CODE", 36), ("45 SERV. DATE", 22),
             ("46 SERV. UNITS", 18), ("47 TOTAL CHARGES", 27), ("48 NON-COVERED CHARGES", 20)]
    x = x0
    for lab, w in heads:
        box(d, x, y, w, 5, lab, [])
        x += w
    y += 5
    y_lines = y
    d.rect(x0, y, 199, 62)
    for ln in f["lines"]:
        x = x0
        vals = [ln["rev"], ln["desc"], ln["code"], "" if f["inpt"] else sd(f["start"]), str(ln["units"]),
                usd(ln["ch"], "nosign"), ""]
        for (lab, w), v in zip(heads, vals):
            d.set_xy(x + 1, y + 0.8)
            d.set_font("Courier", "", 8.2)
            d.cell(w - 2, 3.6, v, align="R" if lab.startswith(("46", "47")) else "L")
            x += w
        y += 4.4
    y = y_lines + 56
    d.set_xy(x0 + 1, y)
    d.set_font("Courier", "", 8.2)
    d.cell(30, 4, "0001")
    d.cell(46, 4, "PAGE  1  OF  1")
    d.cell(58, 4, f"CREATION DATE {sd(f['created'])}")
    d.cell(18, 4, "TOTALS")
    d.cell(25, 4, usd(f["total"], "nosign"), align="R")
    y = y_lines + 62
    box(d, x0, y, 62, 8.5, "50 PAYER NAME", [FORM_PAYER[f["ins"]]])
    box(d, x0 + 62, y, 30, 8.5, "51 HEALTH PLAN ID", [f["hpid"]])
    box(d, x0 + 92, y, 14, 8.5, "52 REL INFO", ["Y"])
    box(d, x0 + 106, y, 14, 8.5, "53 ASG BEN", ["Y"])
    box(d, x0 + 120, y, 24, 8.5, "54 PRIOR PAYMENTS", ["0.00"])
    box(d, x0 + 144, y, 27, 8.5, "55 EST. AMOUNT DUE", [usd(f["total"], "nosign")])
    box(d, x0 + 171, y, 28, 8.5, "56 NPI", [f["npi"]])
    y += 8.5
    ins = f["insured"]
    box(d, x0, y, 62, 8.5, "58 INSURED'S NAME", [f"{ins[3].upper()}, {ins[1].upper()} {ins[2]}"])
    box(d, x0 + 62, y, 14, 8.5, "59 P. REL", ["19" if f["dep"] else "18"])
    box(d, x0 + 76, y, 42, 8.5, "60 INSURED'S UNIQUE ID", [f["mid"]])
    box(d, x0 + 118, y, 48, 8.5, "61 GROUP NAME", [f["gname"]])
    box(d, x0 + 166, y, 33, 8.5, "62 INSURANCE GROUP NO.", [f["grp"]])
    y += 8.5
    box(d, x0, y, 70, 8.5, "63 TREATMENT AUTHORIZATION CODES", [])
    box(d, x0 + 70, y, 64, 8.5, "64 DOCUMENT CONTROL NUMBER", [])
    box(d, x0 + 134, y, 65, 8.5, "65 EMPLOYER NAME", [f["gname"]])
    y += 8.5
    box(d, x0, y, 40, 8.5, "66 DX  67 PRIN. DX", [DX[f["kind"]]])
    box(d, x0 + 40, y, 30, 8.5, "69 ADMIT DX", [DX[f["kind"]] if f["inpt"] else ""])
    box(d, x0 + 70, y, 129, 8.5, "76 ATTENDING   NPI / LAST / FIRST",
        [f"{f['att_npi']}  {f['att'].split()[-1].upper()}  {f['att'].split()[0].upper()}"])
    y += 8.5
    box(d, x0, y, 199, 10, "80 REMARKS", ["ORIGINAL CLAIM" if f["kind"] != "es" else "CLAIM SUBMITTED TWICE BY BILLER"])
    y += 10
    d.set_xy(x0, y + 0.5)
    d.set_font("Helvetica", "", 5.8)
    d.cell(0, 3, "UB-04 CMS-1450    APPROVED OMB NO. 0938-0997    NUBC National Uniform Billing Committee    "
                 "THE CERTIFICATIONS ON THE REVERSE APPLY TO THIS BILL AND ARE MADE A PART HEREOF.")
    return y_lines


def stamp(d: Form, f: dict, y_lines: float) -> None:
    word = {"paid": "PROCESSED - PAID", "es": "NO PAGADO - DENEGADO"}.get(f["kind"], "DENIED")
    x, y = 96, y_lines + 14
    d.set_draw_color(150, 20, 20)
    d.set_text_color(150, 20, 20)
    with d.rotation(8, x + 50, y + 12):
        d.set_line_width(0.9)
        d.rect(x, y, 100, 24)
        d.set_line_width(0.2)
        d.set_xy(x, y + 2)
        d.set_font("Helvetica", "B", 20 if len(word) < 10 else 15)
        d.cell(100, 9, word, align="C")
        d.set_xy(x, y + 12)
        d.set_font("Helvetica", "B", 8.5)
        d.cell(100, 4.5, FORM_PAYER[f["ins"]], align="C")
        d.set_xy(x, y + 17)
        d.cell(100, 4.5, f"{sd(f['dec'])}   #{f['claim']}", align="C")
    d.set_draw_color(0, 0, 0)
    d.set_text_color(0, 0, 0)


def note_text(f: dict) -> tuple[str, str]:
    k, h = f["kind"], f["hosp"]
    if k == "noauth":
        return "CO-197", ("Precertification/authorization/notification absent. The MRI on this claim needed prior "
                          "authorization from us before it was done, and we have no authorization on file from "
                          f"{h}. Your plan does not pay for it.")
    if k == "mednec":
        return "CO-50", ("Our nurse reviewer read the records sent with this claim. They do not show that the "
                         "vascular tests were needed for your condition at this time, so we will not pay for them.")
    if k == "loc":
        return "N-10", ("This hospital stay was billed as an inpatient admission. Your chest pain was checked and you "
                        "went home after testing; care of this kind is covered as outpatient observation, not as an "
                        "inpatient stay, so the inpatient claim is not paid. The hospital may bill again as "
                        "observation.")
    if k == "timely":
        return "CO-29", (f"We received this claim on {fdate(f['received'], f['ds'])}. Your plan requires claims to "
                         "reach us within 90 days of the date of discharge. The time limit for filing has expired, "
                         "so the claim is denied. The hospital may not bill you for this amount if it is in our "
                         "network.")
    if k == "oon":
        return "CO-242", (f"{h} is not in your plan's network and your plan has no out-of-network benefits except "
                          "for emergencies. We reviewed the visit and it did not meet the emergency definition, so "
                          "the services are not covered.")
    if k == "es":
        return "CO-18", ("Reclamación duplicada: ya recibimos y procesamos una reclamación por estos mismos servicios "
                         "y fechas del mismo hospital. Esta segunda copia no se paga.")
    return "", "We paid this claim under your plan's hospital outpatient benefit. See your Explanation of Benefits " \
               "for your share (deductible and coinsurance)."


def note(d: Form, f: dict) -> None:
    L, es, k = f["L"], f["lang"] == "es", f["kind"]
    y = 206
    d.set_xy(8, y)
    d.set_font("Helvetica", "B", 9.5)
    d.cell(0, 5, "Nota del plan sobre esta reclamación" if es else f"Note from {f['ins']} about this claim")
    d.set_xy(8, y + 5.5)
    d.set_font("Courier", "", 8.6)
    code, text = note_text(f)
    if es:
        pairs = [("Número de reclamación", f["claim"]), ("Fecha de la decisión", fdate(f["dec"], f["ds"])),
                 ("Código", code), ("Cargos facturados", usd(f["total"], f["ms"]))]
    else:
        pairs = [(L[0], f["claim"]), (L[1], fdate(f["dec"], f["ds"]))]
        if code:
            pairs.append((L[2], code))
        pairs.append((L[3], usd(f["total"], f["ms"])))
    d.cell(0, 4, "   ".join(f"{a}: {b}" for a, b in pairs))
    d.set_xy(8, y + 10)
    d.set_font("Helvetica", "", 8.6)
    tail = ""
    if k == "es":
        tail = (" Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta nota. "
                f"Llame al {f['ph']}.")
    elif k == "paid":
        tail = f" Questions: {f['ph']}."
    elif f["ins"] == OU:
        tail = (" You may appeal this decision within 180 days of the date of this notice. Write to Appeals, "
                f"PO Box 7311, Gettysburg, SD 57442, or call {f['ph']} (TTY 711).")
    else:
        tail = (f" To appeal, send your request so that we receive it by {fdate(f['deadline'], f['ds'])}. "
                f"Appeals Unit, PO Box 2049, Roundup, MT 59072. Phone {f['ph']}.")
    d.multi_cell(199, 3.9, text + tail)


def build(f: dict) -> bytes:
    d = Form()
    d.add_page()
    top(d, f)
    y_lines = form(d, f)
    stamp(d, f, y_lines)
    note(d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    alts: dict = {"plan_id": [f["hpid"]], "provider": [f["att"]], "insurer": [FORM_PAYER[f["ins"]]]}
    dl = None
    if k not in ("paid",):
        dl = f["deadline"] if f["ins"] == MO and k != "es" else days(f["dec"], 180)
    common = dict(insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["member"][0],
                  case_numbers=[f["claim"]], claim_amount=m2(f["total"]), service_dates=[iso(f["start"],
                  f["end"] if f["inpt"] else None)], denial_date=iso(f["dec"]), provider=f["hosp"],
                  appeal_deadline=None if k == "paid" else iso(dl))
    if f["inpt"]:
        alts["service_dates"] = [[iso(f["start"])]]
    if k == "paid":
        return truth("other", None, f["lang"], alternates=alts, type_alternates=["eob"], **common)
    den = {"noauth": "prior_authorization", "mednec": "medical_necessity", "loc": "level_of_care",
           "timely": "timely_filing", "oon": "out_of_network", "es": "other"}[k]
    dalt = {"loc": ["medical_necessity"], "oon": ["not_covered"]}.get(k)
    return truth("denial_letter", den, f["lang"], alternates=alts, denial_alternates=dalt, type_alternates=["eob"],
                 **common)


# (stem suffix, condition, kind, payer, hospital, note label set, date style, money style)
PLAN = [
    ("bd_no_authorization_mri", "born_digital", "noauth", OU, "Sizun Regional Medical Center", 0, "long", "plain"),
    ("bd_paid_knee_arthroscopy", "born_digital", "paid", MO, "Pontivy Valley Hospital", 1, "slash", "plain"),
    ("scan300_vascular_not_needed_plain", "scan_clean_300", "mednec", MO, "Rostrenen Community Hospital", 2, "abbr",
     "nosign"),
    ("lowres_inpatient_should_be_observation", "scan_lowres_150", "loc", OU, "Pontivy Valley Hospital", 1, "iso",
     "plain"),
    ("rotated_filed_late", "rotated", "timely", MO, "Sizun Regional Medical Center", 0, "upper", "usd"),
    ("copy_out_of_network_er", "photocopy", "oon", OU, "Rostrenen Community Hospital", 2, "dmy", "plain"),
    ("faxfine_spanish_duplicate", "fax_fine_g4", "es", OU, "Sizun Regional Medical Center", 0, "es", "plain"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, hosp, lab, ds, ms) in enumerate(PLAN):
        f = facts(random.Random(125500 + i), kind, ins, hosp, lab, ds, ms)
        f["deadline"] = days(f["dec"], 180)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    return items
