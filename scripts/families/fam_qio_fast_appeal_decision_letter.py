"""Family 'qio_fast_appeal_decision_letter': a Medicare BFCC-QIO (Beneficiary and Family Centered Care Quality
Improvement Organization) decision letter on a fast appeal, modelled from memory on the published shape of those
letters (the QIO's letterhead, "This letter is to inform you of the decision on your request for an immediate
review", "our physician reviewer agreed / did not agree", the date Medicare coverage ends, then the next appeal step:
reconsideration by the QIO within 60 days for a hospital discharge, or an expedited reconsideration by the QIC by
noon of the next day for SNF / home health / hospice services ending). All values invented.
Kinds: hospital discharge upheld (facts table and prose versions, one Spanish), SNF services ending upheld, home
health ending upheld (plain words), hospice ending upheld, and one reversed (coverage continues: denies nothing).

Issuers: Merkine Quality Review Group (logo word over a rule) and Dzukija Health Quality Partners (parent line
"A Dzukija Health Research Institute affiliate", return-address block). Decoys: the QIO's contract number, the
facility's CCN, the date the NOMNC / discharge notice was delivered, the date and time the request was received, the
admission / start-of-care date, the MA plan's name, the 72-hour / noon timetable.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundae_famea import address, clinician, days, fdate, iso, mixed, person, phone

FAMILY = "qio_fast_appeal_decision_letter"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MQ, DZ = "Merkine Quality Review Group", "Dzukija Health Quality Partners"
FAC = {"hosp": ["Anyksciai Regional Medical Center", "Plunge County Hospital"],
       "snf": ["Utena Gardens Skilled Nursing", "Moletai Rehabilitation and Care Center"],
       "hha": ["Varena Home Health Services", "Rokiskis Visiting Nurses"],
       "hospice": ["Silale Hospice of the Plains", "Silale Hospice of the Plains"],
       "es": ["Hospital Regional Biržai de Maricao", "Hospital Regional Biržai de Maricao"]}
SERV = {"hosp": "inpatient hospital services", "snf": "skilled nursing facility services",
        "hha": "home health services", "hospice": "hospice services"}
LABELS = [("Date", "Beneficiary", "Medicare Number", "QIO Case Number", "Provider", "Coverage end date"),
          ("Letter date", "Patient name", "Medicare ID (MBI)", "Case #", "Facility / agency", "Last covered day"),
          ("Date of decision", "Medicare beneficiary", "MBI", "Review ID", "Health care provider",
           "Date your services end")]
LABELS_ES = ("Fecha", "Beneficiario", "Número de Medicare", "Número de caso del QIO", "Proveedor",
             "Fecha en que termina la cobertura")


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(20, 14, 20))
        self.add_font("DejaVu", "B", BOLD)


def facts(r: random.Random, kind: str, outcome: str, qio: str, lab: int, ds: str, table: bool) -> dict:
    lang = "es" if kind == "es" else "en"
    date = dt.date(2026, 2, 3) + dt.timedelta(days=r.randint(0, 230))
    end = days(date, r.randint(0, 1))
    svc = "hosp" if kind == "es" else kind
    adm = days(date, -r.randint(4, 40) if svc != "hospice" else -r.randint(60, 200))
    return dict(kind=kind, svc=svc, outcome=outcome, qio=qio, L=LABELS_ES if lang == "es" else LABELS[lab], ds=ds,
                lang=lang, date=date, end=end, adm=adm, notice=days(date, -r.randint(1, 2)), table=table,
                member=person(r, lang), addr=address(r, lang), mbi=mixed(r, "9AA9-AA9-AA99"),
                case=mixed(r, "AAA-99-99999") if qio == MQ else mixed(r, "9999-999999"),
                contract=mixed(r, "99AAAA99999"), ccn=mixed(r, "999999"),
                fac=r.choice(FAC[kind]), rev=clinician(r), attend=clinician(r), ph=phone(r),
                hour=r.choice(["10:42 a.m.", "2:15 p.m.", "3:58 p.m.", "11:06 a.m."]),
                plan=r.choice([None, "Nemunas Senior Advantage (HMO)"]))


def fd(f: dict, d: dt.date) -> str:
    return fdate(d, f["ds"])


def letterhead(d: Page, f: dict) -> None:
    if f["qio"] == MQ:
        d.text_line("MERKINE", 22, "B", h=9.5)
        d.rule(0.9, 1)
        d.text_line(f"{MQ} · Medicare Beneficiary and Family Centered Care QIO · 410 Trakai Lane · Lusk, WY 82225",
                    8, h=4.4)
    else:
        d.text_line("A Dzukija Health Research Institute affiliate", 8, align="C", h=4)
        d.text_line(DZ, 15, "B", align="C", h=7.5)
        d.text_line("BFCC-QIO for Medicare Region 8", 9.5, align="C", h=5)
        d.rule(0.3, 2)
        for ln in ("Beneficiary Appeals Unit", "2290 Palanga Street", "Chinook, MT 59523"):
            d.text_line(ln, 8.6, h=4.2)
    d.ln(4)


def build(f: dict) -> bytes:
    L, es, svc, up = f["L"], f["lang"] == "es", f["svc"], f["outcome"] == "upheld"
    d = Page(f"QIO contract {f['contract']}" + ("  ·  Página {p} de {n}" if es else "  ·  Page {p} of {n}"))
    d.add_page()
    letterhead(d, f)
    d.text_line(f"{L[0]}: {fd(f, f['date'])}", 10, h=5)
    d.ln(1)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(3)
    if es:
        d.text_line("Decisión sobre su apelación rápida (revisión inmediata)", 12.5, "B", h=7)
    else:
        d.text_line("Notice of Decision: Your Request for an Immediate (Fast) Appeal", 12.5, "B", h=7)
    rows = [(L[1], f["member"]), (L[2], f["mbi"]), (L[3], f["case"]), (L[4], f"{f['fac']} (CCN {f['ccn']})"),
            ("Fecha de admisión" if es else "Admission / start of care", fd(f, f["adm"])),
            (L[5], fd(f, f["end"]))]
    if f["plan"] and not es:
        rows.append(("Medicare health plan", f["plan"]))
    if f["table"]:
        for a, b in rows:
            d.font(9, "B")
            d.cell(58, 4.9, a + ":")
            d.font(9)
            d.cell(0, 4.9, b, new_x="LMARGIN", new_y="NEXT")
        d.ln(2)
    d.text_line(f"Estimado(a) {f['member']}:" if es else f"Dear {f['member']}:", 10, h=6)
    if es:
        d.para(f"Esta carta le informa la decisión de {f['qio']} sobre su pedido de una revisión inmediata de su "
               f"alta de {f['fac']}. Recibimos su pedido el {fd(f, f['notice'])} a las {f['hour']}. Su número de "
               f"caso es {f['case']} y su número de Medicare es {f['mbi']}.", 9.8)
        d.para(f"Nuestro médico revisor, {f['rev']}, MD, examinó sus expedientes médicos y habló con su médico. "
               f"El revisor estuvo de acuerdo con el hospital: usted ya no necesita atención hospitalaria como "
               f"paciente internado y puede recibir la atención que necesita de forma segura fuera del hospital. "
               f"Por lo tanto, Medicare no pagará su estadía en el hospital después del {fd(f, f['end'])}.", 9.8)
        d.text_line("Si no está de acuerdo con esta decisión", 10.5, "B", h=6)
        d.para("Puede pedir una reconsideración a nuestra organización. Debe pedirla por escrito o por teléfono "
               "dentro de 60 días a partir de la fecha de esta carta. Si pide la reconsideración, le responderemos "
               f"en un plazo de 14 días. Llame al {f['ph']} (TTY 711).", 9.6)
        return pdf_bytes(d)
    what = SERV[svc]
    if not f["table"]:
        d.para(f"This letter is to inform you of the decision by {f['qio']} on your request for an immediate review "
               f"of the decision to end your Medicare-covered {what} at {f['fac']}. Your Medicare Number is "
               f"{f['mbi']} and your case number is {f['case']}.", 9.8)
    else:
        d.para(f"This letter is to inform you of the decision on your request for an immediate review of the end "
               f"of your Medicare-covered {what}.", 9.8)
    d.para(f"You received the notice from your provider on {fd(f, f['notice'])} and we received your request on "
           f"the same day at {f['hour'].rstrip('.')}. We asked {f['fac']} for your medical records and reviewed them together "
           f"with the information you and your attending physician, {f['attend']}, gave us.", 9.8)
    d.text_line("Our decision", 10.5, "B", h=6)
    if up:
        body = {
            "hosp": f"Our physician reviewer, {f['rev']}, MD, agreed with the hospital that you are medically ready "
                    "for discharge: you no longer need inpatient hospital care, and your care can safely be given "
                    f"at home or in another setting. Medicare will not pay for your hospital stay after "
                    f"{fd(f, f['end'])}. If you stay, you may have to pay for the days after that date.",
            "snf": f"Our physician reviewer, {f['rev']}, MD, agreed with your provider that your skilled nursing "
                   "facility services should end. The records show you no longer need daily skilled nursing or "
                   f"therapy services. Medicare coverage of your care at {f['fac']} ends on {fd(f, f['end'])}.",
            "hha": f"A doctor working for us, {f['rev']}, MD, looked at your records. You can now walk and do your "
                   "exercises on your own, and your wound has healed, so you do not need a nurse or therapist to "
                   f"come to your home any more. Your visits will stop. Medicare will pay for visits through "
                   f"{fd(f, f['end'])} only.",
            "hospice": f"Our physician reviewer, {f['rev']}, MD, agreed with the hospice that you are no longer "
                       "terminally ill as Medicare defines it (a life expectancy of six months or less). Medicare "
                       f"coverage of your hospice services ends on {fd(f, f['end'])}.",
        }[svc]
    else:
        body = (f"Our physician reviewer, {f['rev']}, MD, did not agree with {f['fac']} that your {what} should "
                "end. The decision to end your services has been reversed. Medicare will continue to cover your "
                f"{what} for as long as they are medically necessary; the planned end date of {fd(f, f['end'])} "
                "no longer applies, and your provider must give you a new notice before your services end.")
    d.para(body, 9.8)
    d.text_line("What happens next" if not up else "If you disagree with this decision", 10.5, "B", h=6)
    if not up:
        d.para("You do not need to do anything. You will not be charged for these services while this decision "
               "stands. Keep this letter with your records.", 9.6)
    elif svc == "hosp":
        d.para("You may ask us for a reconsideration of this decision. Your request must be made within 60 days of "
               "the date of this letter, in writing or by phone. If you are still in the hospital when you ask, "
               "we will answer within 72 hours; otherwise we will answer within 14 days.", 9.6)
    else:
        d.para("You may ask for an expedited reconsideration by the Qualified Independent Contractor (QIC) named "
               "on the back of this letter. You must ask no later than noon of the calendar day after you receive "
               "this decision. The QIC will decide within 72 hours of your request.", 9.6)
    d.para(f"Questions? Call {f['qio']} at {f['ph']} (TTY 711), Monday through Friday, 9 a.m. to 5 p.m.; weekends "
           "and holidays 11 a.m. to 3 p.m.", 9.2)
    d.ln(2)
    d.text_line("Sincerely,", 10, h=5)
    d.text_line("Beneficiary Appeals Unit", 10, h=5)
    d.text_line(f["qio"], 10, "B", h=5)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    up = f["outcome"] == "upheld"
    alts: dict = {"service_dates": [[iso(days(f["end"], 1))]]}  # "after <date>": the first uncovered day
    if f["svc"] == "hosp":
        alts["service_dates"].append([iso(f["adm"], f["end"])])
    common = dict(insurer=f["qio"], member_id=f["mbi"], member_name=f["member"], case_numbers=[f["case"]],
                  claim_amount=None, service_dates=[iso(f["end"])], denial_date=iso(f["date"]), provider=f["fac"],
                  appeal_deadline=iso(days(f["date"], 60)) if up and f["svc"] == "hosp" else None)
    if not up:
        alts["service_dates"] = [[]]
        return truth("other", None, f["lang"], alternates=alts, **common)
    den = "medical_necessity"
    dalt = ["level_of_care"] if f["svc"] in ("hosp", "snf") else None
    return truth("denial_letter", den, f["lang"], alternates=alts, denial_alternates=dalt, **common)


# (stem suffix, condition, kind, outcome, qio, label set, date style, facts table)
PLAN = [
    ("bd_hospital_discharge_upheld", "born_digital", "hosp", "upheld", MQ, 0, "long", True),
    ("clean_snf_ending_upheld", "scan_clean_300", "snf", "upheld", DZ, 1, "slash", True),
    ("rotated_home_health_reversed", "rotated", "hha", "reversed", MQ, 2, "abbr", True),
    ("copy_hospice_ending_upheld", "photocopy", "hospice", "upheld", DZ, 0, "dmy", False),
    ("faxf_spanish_hospital_upheld", "fax_fine_g4", "es", "upheld", MQ, 0, "es", True),
    ("phone_home_health_plain_upheld", "phone_photo", "hha", "upheld", DZ, 2, "iso", False),
    ("lowres_hospital_prose_upheld", "scan_lowres_150", "hosp", "upheld", DZ, 1, "upper", False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, outc, qio, lab, ds, tb) in enumerate(PLAN):
        f = facts(random.Random(119500 + i), kind, outc, qio, lab, ds, tb)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    return items
