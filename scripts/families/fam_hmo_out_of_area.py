"""Family 'hmo_out_of_area': an invented HMO's denial of out-of-area or non-referred care, with its inserts.

Cindermoor Community HMO (under its parent, Orrinvale Health Partners) is fictional. Its claim letters deny care
outside the HMO's rules: urgent care while travelling judged not urgent (one letter in Spanish), an air ambulance home
judged not needed, an out-of-network lab on a page of two claims of which only the lab's is denied, an out-of-area
claim sent after the filing limit (a span of visits in a sentence), visits after the member moved out of the service
area, a specialist seen without a referral. Two-line letterheads (the parent line above the HMO's name, or the name
split over two lines); a claim block or claim table with decoys (NPI, date received, letter number); every letter is
followed by a page of short notices in many languages (boilerplate with its own phone numbers) and a nondiscrimination
notice.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundl_famx import (LABS, OOA_PROVIDERS, SPECIALISTS, address, days, digits, fdate, iso, m2, mixed, money,
                             npi, person, phone, usd)

FAMILY = "hmo_out_of_area"
LANG = "en"
INSURER = "Cindermoor Community HMO"
PARENT = "Orrinvale Health Partners"
SANS_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
TAGLINES = [
    ("English", "Need this in another language or in large print? Help is free. Call {ph} (TTY 711)."),
    ("Español", "¿Habla español? Le ayudamos gratis en su idioma. Llame al {ph} (TTY 711)."),
    ("Tiếng Việt", "Nếu quý vị nói tiếng Việt, chúng tôi có dịch vụ hỗ trợ ngôn ngữ miễn phí. Hãy gọi số {ph} "
                   "(TTY 711)."),
    ("Tagalog", "Kung nagsasalita kayo ng Tagalog, may libreng tulong sa wika para sa inyo. Tumawag sa {ph} "
                "(TTY 711)."),
    ("Русский", "Если вы говорите по-русски, вам бесплатно помогут на вашем языке. Звоните по номеру {ph} (TTY 711)."),
    ("Kreyòl Ayisyen", "Si ou pale Kreyòl, nou ka ede w gratis nan lang ou. Rele {ph} (TTY 711)."),
    ("Français", "Si vous parlez français, une aide gratuite dans votre langue est à votre disposition. Appelez le "
                 "{ph} (ATS 711)."),
    ("Polski", "Jeśli mówisz po polsku, możesz bezpłatnie uzyskać pomoc w swoim języku. Zadzwoń pod numer {ph} "
               "(TTY 711)."),
    ("Português", "Se você fala português, oferecemos ajuda gratuita no seu idioma. Ligue para {ph} (TTY 711)."),
    ("Italiano", "Se parla italiano, può ricevere assistenza linguistica gratuita. Chiami il numero {ph} (TTY 711)."),
    ("Deutsch", "Wenn Sie Deutsch sprechen, erhalten Sie kostenlose Hilfe in Ihrer Sprache. Rufen Sie {ph} an "
                "(TTY 711)."),
    ("Українська", "Якщо ви розмовляєте українською, ми безкоштовно допоможемо вам вашою мовою. Телефонуйте {ph} "
                   "(TTY 711)."),
    ("Ελληνικά", "Αν μιλάτε ελληνικά, μπορείτε να λάβετε δωρεάν βοήθεια στη γλώσσα σας. Καλέστε {ph} (TTY 711)."),
    ("Հայերեն", "Եթե խոսում եք հայերեն, մենք անվճար կօգնենք ձեր լեզվով։ Զանգահարեք {ph} (TTY 711)։"),
]
NONDISC = {
    "en": ("Nondiscrimination notice",
           "{org} follows federal civil rights laws. We do not leave anyone out or treat anyone differently because "
           "of race, color, national origin, age, disability or sex. We give free aids to people with disabilities "
           "(sign language interpreters; written information in large print, audio and accessible electronic "
           "formats) and free language services (qualified interpreters; information written in other languages). "
           "To ask for them, call {ph}.\n\nIf you think we did not provide these services or treated you unfairly, "
           "you can file a grievance with our Civil Rights Coordinator: PO Box 51190, Kalispell, MT 59903; phone "
           "{ph2} (TTY 711); fax (555) 016-{fx}. You can also file a civil rights complaint with the U.S. Department "
           "of Health and Human Services, Office for Civil Rights, by mail, by phone at {ph3}, or online."),
    "es": ("Aviso de no discriminación",
           "{org} cumple con las leyes federales de derechos civiles. No excluimos ni tratamos de forma diferente a "
           "nadie por su raza, color, origen nacional, edad, discapacidad o sexo. Ofrecemos sin costo ayudas para "
           "personas con discapacidad (intérpretes de lenguaje de señas; información en letra grande, en audio y en "
           "formatos electrónicos accesibles) y servicios de idiomas (intérpretes calificados; información escrita "
           "en otros idiomas). Para pedirlos, llame al {ph}.\n\nSi cree que no le dimos estos servicios o que lo "
           "trataron de forma injusta, puede presentar una queja ante nuestro Coordinador de Derechos Civiles: PO "
           "Box 51190, Kalispell, MT 59903; teléfono {ph2} (TTY 711); fax (555) 016-{fx}. También puede presentar "
           "una queja ante la Oficina de Derechos Civiles del Departamento de Salud y Servicios Humanos de los "
           "EE. UU., por correo, por teléfono al {ph3} o por internet."),
}
# kind -> (denial, alternates, service description, billed range)
KINDS = {
    "urgent": ("out_of_network", ["not_covered", "medical_necessity"], "Urgent care visit, established patient (S9083)",
               (180, 420)),
    "ambulance": ("medical_necessity", [], "Air ambulance, fixed wing, transport to home area (A0430, A0435)",
                  (28000, 46000)),
    "lab": ("out_of_network", ["not_covered"],
            "Comprehensive metabolic panel; CBC; urine culture (80053, 85025, 87086)",
            (240, 610)),
    "late": ("timely_filing", [], "Wound care visits, 3 (97597)", (690, 1150)),
    "moved": ("eligibility", ["other"], "Physical therapy, 4 visits (97110, 97140)", (760, 1340)),
    "referral": ("prior_authorization", ["other"], "Specialist visit, new patient (99204)", (310, 520)),
    "es": ("out_of_network", ["not_covered", "medical_necessity"], "Visita de atención de urgencia (S9083)",
           (190, 380)),
}


class Letter(Doc):
    """Letter pages: the footer carries the letter number and page count."""

    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot + "   Page {p} of {n}")
        self.add_font("DejaVu", "B", SANS_B)


def letterhead(d: Letter, f: dict) -> None:
    y0 = d.get_y()
    if f["lh"] == 0:
        d.set_font("DejaVu", "", 8.5)
        d.cell(110, 4, PARENT.upper(), new_x="LMARGIN", new_y="NEXT")
        d.set_font("DejaVu", "B", 17)
        d.cell(110, 8, INSURER)
    else:
        d.set_font("DejaVu", "B", 20)
        d.cell(110, 8, "CINDERMOOR", new_x="LMARGIN", new_y="NEXT")
        d.set_font("DejaVu", "", 11.5)
        d.cell(110, 5.5, "Community HMO")
    d.set_xy(130, y0)
    d.set_font("DejaVu", "", 7.5)
    dept = "Departamento de Reclamaciones" if f["lang"] == "es" else "Claims Review Department"
    d.multi_cell(0, 3.4, f"{dept}\nPO Box 51020\nKalispell, MT 59903\n{f['ms']} (TTY 711)", align="R",
                 new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 20)
    d.rule(0.5, 3)


def claim_block(d: Letter, f: dict, rows: list[tuple[str, str]]) -> None:
    for k, v in rows:
        d.set_font("DejaVu", "B", 9.2)
        d.cell(50, 5, k)
        d.set_font("DejaVu", "", 9.2)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2.5)


def claims_table(d: Letter, f: dict) -> None:
    """Two claims from the same trip: the urgent care visit (paid) and the lab's claim (denied)."""
    mo, fd = f["money"], f["fd"]
    head = ["Claim number", "Provider", "Date of service", "Billed", "Plan paid", "Status"]
    widths = [30, 62, 26, 22, 20, 20]
    rows = [[f["paid_claim"], f["paid_prov"], fd(f["paid_dos"]), mo(f["paid_billed"]), mo(f["paid_plan"]), "Paid"],
            [f["claim"], f["prov"], fd(f["dos"]), mo(f["billed"]), mo(0.0), "Denied"]]
    d.set_font("DejaVu", "B", 8)
    for h, w in zip(head, widths):
        d.cell(w, 6, h, border=1)
    d.ln(6)
    d.set_font("DejaVu", "", 8)
    for row in rows:
        for v, w in zip(row, widths):
            d.cell(w, 5.5, v, border=1)
        d.ln(5.5)
    d.ln(3)


def body_en(f: dict) -> list[str]:
    fd, mo, k = f["fd"], f["money"], f["kind"]
    trip = f"while you were in {f['away']}"
    reason = {
        "urgent": lambda: f"You were seen at {f['prov']} on {fd(f['dos'])} {trip}. Your HMO covers care outside "
                  "our service "
                  "area only for emergencies and urgently needed care: care for a sudden illness or injury that "
                  "cannot wait until you are home. The records show the visit was to refill a blood pressure "
                  "medicine you take every day and to check a condition you have had for years. That care could "
                  "have waited until you came back, so it is not covered when it is given by a provider outside our "
                  "network.",
        "ambulance": lambda: f"After your emergency room visit {trip}, you were flown home by {f['prov']} on "
                     f"{fd(f['dos'])}. We paid the emergency room claim. We cannot pay for the air ambulance: the "
                     "records show you were stable, walking, and cleared to travel by commercial flight with a "
                     "companion. Air ambulance is covered only when a faster or more closely monitored trip is "
                     "medically necessary and other transport would put your health at risk.",
        "lab": lambda: f"We paid the urgent care visit {trip} (claim {f['paid_claim']}). The blood and urine "
               "tests from "
               f"that visit were sent to {f['prov']}, a laboratory that is not in our network. Our HMO pays for "
               "laboratory tests only at network laboratories unless the test had to be done right away as part "
               "of emergency care. These tests were routine, so the laboratory's claim is denied.",
        "late": lambda: f"{f['prov']} sent a claim for the wound care visits you had from {fd(f['dos'])} through "
                f"{fd(f['dos_end'])} {trip}. Providers outside our network must send claims within 365 days of the "
                f"date of service. We received this claim on {fd(f['received'])}, after that limit, so it is denied. "
                "Because the provider sent it late, the provider may not bill you for it.",
        "moved": lambda: f"Our records show your home address changed to {f['away']} on {fd(f['moved'])}, which "
                 "is outside "
                 "our service area. HMO coverage ends when a member lives outside the service area, and your "
                 f"coverage with us ended on {fd(f['ended'])}. The physical therapy visits {f['prov']} billed from "
                 f"{fd(f['dos'])} through {fd(f['dos_end'])} were after that date, so we cannot pay them.",
        "referral": lambda: f"You saw {f['doctor']} at {f['prov']} on {fd(f['dos'])}. Your HMO pays for "
                    "specialist care "
                    "only when your primary care provider refers you first. We have no referral on file for this "
                    "visit. It was not an emergency, so the claim is denied. Your primary care provider can send a "
                    "referral for future visits.",
    }[k]()
    return [f"We reviewed the claim described above and decided not to pay it. {reason}",
            f"Amount the provider billed: {mo(f['billed'])}. Amount we paid: {mo(0.0)}."]


def body_es(f: dict) -> list[str]:
    fd, mo = f["fd"], f["money"]
    return [f"Revisamos la reclamación descrita arriba y decidimos no pagarla. Usted fue atendido en {f['prov']} el "
            f"{fd(f['dos'])} mientras estaba de viaje en {f['away']}. Su HMO cubre la atención fuera de nuestra área "
            "de servicio solo en emergencias y cuando se necesita atención urgente: una enfermedad o lesión repentina "
            "que no puede esperar hasta que regrese a casa. Los registros muestran que la visita fue para un chequeo "
            "de rutina y para renovar una receta. Esa atención podía esperar hasta su regreso, por eso no está "
            "cubierta cuando la da un proveedor fuera de nuestra red.",
            f"Monto facturado por el proveedor: {mo(f['billed'])}. Monto que pagamos: {mo(0.0)}."]


def appeal_en(f: dict) -> list[str]:
    fd = f["fd"]
    when = {"within": f"within {f['n']} days of the date of this letter",
            "by": f"in writing. We must receive your appeal by {fd(f['deadline'])}" if f["deadline"] else "",
            "until": "in writing", "receive": f"within {f['n']} days after you receive this letter"}[f["dl"]]
    first = f"If you disagree, you or someone you name can appeal {when}."
    if f["dl"] == "until":
        first += f" You have until {fd(f['deadline'])} to send it."
    return [first + f" Write to {INSURER}, Appeals and Grievances, PO Box 51044, Kalispell, MT 59903, or call "
                    f"{f['ms']}. Include the claim number and any records that support your appeal.",
            "If your health is in danger, ask for an expedited appeal; we answer within 72 hours. If we uphold "
            "this decision, you may ask for an independent external review within 4 months of our final "
            "decision. You may ask for copies of the documents we used, free of charge."]


def appeal_es(f: dict) -> list[str]:
    return [f"Si no está de acuerdo, usted o la persona que usted nombre puede apelar dentro de {f['n']} días a partir "
            f"de la fecha de esta carta. Escriba a {INSURER}, Apelaciones y Quejas, PO Box 51044, Kalispell, MT 59903, "
            f"o llame al {f['ms']}. Incluya el número de reclamación y los registros que apoyen su apelación.",
            "Si su salud corre peligro, pida una apelación acelerada; le respondemos en 72 horas. Si mantenemos "
            "esta decisión, puede pedir una revisión externa independiente dentro de los 4 meses siguientes a "
            "nuestra decisión final."]


def inserts(d: Letter, f: dict) -> None:
    d.add_page()
    d.text_line("Servicios de idiomas / Language assistance" if f["lang"] == "es" else
                "Language assistance / Servicios de idiomas", 11.5, "B", h=6)
    d.ln(2)
    for lang, text in TAGLINES:
        d.set_font("DejaVu", "B", 8.4)
        d.cell(30, 4, lang)
        d.set_font("DejaVu", "", 8.4)
        d.multi_cell(0, 4, text.format(ph=f["tag_ph"]), new_x="LMARGIN", new_y="NEXT")
        d.ln(0.8)
    d.ln(3)
    d.rule(0.3, 3)
    title, text = NONDISC[f["lang"]]
    d.text_line(title, 11, "B", h=6)
    d.ln(1)
    d.para(text.format(org=INSURER, ph=f["tag_ph"], ph2=f["cr_ph"], ph3=f["ocr_ph"], fx=f["fx"]), 8.6, gap=2)
    d.para(f"Form CCH-NDT-{f['yr']} (taglines and notice, revised 01/{f['yr']})", 7.5)


def build(f: dict) -> bytes:
    es = f["lang"] == "es"
    d = Letter(("Carta nº " if es else "Letter no. ") + f["letter_no"])
    d.add_page()
    letterhead(d, f)
    fd, mo = f["fd"], f["money"]
    d.text_line(fd(f["notice"]), 10, h=5)
    d.ln(3)
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 10, h=4.8)
    d.ln(4)
    title = {"es": "Aviso de denegación de pago de una reclamación", "lab": "Explanation of your claims: one claim "
             "denied"}.get(f["lang"] if es else f["kind"], "Notice of claim denial")
    d.text_line(title, 12.5, "B", h=7)
    d.ln(1.5)
    lab = f["labels"]
    rows = [(lab["mem"], f["name"]), (lab["mid"], f["mid"])] + ([(lab["grp"], f["group"])] if f["group"] else [])
    if f["kind"] == "lab":
        rows += [("Trip dates (reported)", f"{fd(f['trip'][0])} - {fd(f['trip'][1])}"),
                 ("Letter no.", f["letter_no"])]
        claim_block(d, f, rows)
        claims_table(d, f)
    else:
        dos = fd(f["dos"]) if not f.get("dos_end") else f"{fd(f['dos'])} - {fd(f['dos_end'])}"
        rows += [(lab["claim"], f["claim"])] + ([(lab["ref"], f["ref"])] if f["ref"] else [])
        rows += [(lab["prov"], f["prov"]), ("NPI", f["npi"]), (lab["dos"], dos), (lab["amt"], mo(f["billed"])),
                 (lab["rcv"], fd(f["received"])), (lab["svc"], KINDS[f["kind"]][2])]
        claim_block(d, f, rows)
    d.para(("Estimado(a) " if es else "Dear ") + f["name"].split()[0] + " " + f["name"].split()[-1] + ":", 10, gap=2)
    for t in body_es(f) if es else body_en(f):
        d.para(t, 9.8, gap=2.2)
    d.text_line("Sus derechos de apelación" if es else "Your appeal rights", 10.5, "B", h=6)
    for t in appeal_es(f) if es else appeal_en(f):
        d.para(t, 9.4, gap=2)
    d.para(("Atentamente,\n\nDepartamento de Reclamaciones\n" if es else "Sincerely,\n\nClaims Review Department\n")
           + INSURER, 9.5, gap=1)
    inserts(d, f)
    return pdf_bytes(d)


LABELS = {
    0: dict(mem="Member:", mid="Member ID:", grp="Group no.:", claim="Claim number:", ref="Reference #:",
            prov="Provider:", dos="Date(s) of service:", amt="Amount billed:", rcv="Date received:", svc="Service:"),
    1: dict(mem="Patient", mid="Subscriber ID", grp="Employer group", claim="Claim #", ref="Case ref.",
            prov="Rendering provider", dos="Service date(s)", amt="Total charges", rcv="Claim received",
            svc="Service billed"),
    2: dict(mem="Afiliado:", mid="Número de afiliado:", grp="Grupo:", claim="Número de reclamación:",
            ref="Referencia:", prov="Proveedor:", dos="Fecha del servicio:", amt="Monto facturado:",
            rcv="Fecha de recibo:", svc="Servicio:"),
}
AWAY = ["Flagstaff, Arizona", "Savannah, Georgia", "Bend, Oregon", "Asheville, North Carolina"]


def facts(r: random.Random, kind: str, lang: str, ds: str, ms: str, dl: str, lh: int, li: int, n: int) -> dict:
    notice = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 200))
    org, doc = r.choice(SPECIALISTS if kind == "referral" else OOA_PROVIDERS)
    prov = {"ambulance": "Larkspire Air Medical Transport", "lab": r.choice(LABS), "referral": org,
            "moved": "Withybrook Physical Therapy"}.get(kind, org)
    lo, hi = KINDS[kind][3]
    f = dict(kind=kind, lang=lang, fd=lambda x: fdate(x, ds), money=lambda v: usd(v, ms), dl=dl, lh=lh,
             labels=LABELS[li], n=n, notice=notice, name=person(r, lang), addr=list(address(r, lang)),
             mid=mixed(r, r.choice(["CXM-9999999-99", "9AA99999A9", "CM99999999"])),
             group=r.choice([None, digits(r, 6), mixed(r, "AA-9999")]), prov=prov, doctor=doc, npi=npi(r),
             claim=mixed(r, r.choice(["26A9999999999", "9999-99999-99", "C26999999A"])),
             ref=r.choice([None, mixed(r, "OA-99999")]), billed=money(r, lo, hi), away=r.choice(AWAY),
             ms=phone(r), tag_ph=phone(r), cr_ph=phone(r), ocr_ph=phone(r), fx=r.randint(1000, 9999),
             letter_no=mixed(r, "L9999999A"), yr=str(notice.year), dos_end=None)
    f["dos"] = days(notice, -r.randint(30, 75))
    if kind == "late":
        f["dos"] = days(notice, -r.randint(420, 470))
        f["dos_end"] = days(f["dos"], 2)
        f["received"] = days(f["dos"], r.randint(380, 400))
    else:
        f["received"] = days(f["dos"], r.randint(6, 21))
    if kind == "moved":
        f["moved"] = days(f["dos"], -r.randint(40, 80))
        f["ended"] = (f["moved"].replace(day=1) + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        f["dos"] = days(f["ended"], r.randint(5, 20))
        f["dos_end"] = days(f["dos"], r.choice([9, 12, 16]))
        f["received"] = days(f["dos_end"], r.randint(5, 12))
    if kind == "lab":
        f.update(paid_claim=mixed(r, "26A9999999999"), paid_prov=org, paid_dos=f["dos"],
                 paid_billed=money(r, 160, 320), trip=(days(f["dos"], -4), days(f["dos"], 5)), ref=None)
        f["paid_plan"] = round(f["paid_billed"] * 0.6, 2)
    f["deadline"] = days(notice, n) if dl in ("by", "until") else None
    return f


def make_truth(f: dict) -> dict:
    denial, dalts = KINDS[f["kind"]][:2]
    alts: dict = {}
    cases = [f["claim"]] + ([f["ref"]] if f["ref"] else [])
    if f["ref"]:
        alts["case_numbers"] = [[f["claim"]]]
    if f["kind"] in ("urgent", "es", "referral"):
        alts["provider"] = [f["doctor"]]
    dates = [iso(f["dos"], f["dos_end"])]
    if f["dos_end"]:
        alts["service_dates"] = [[iso(f["dos"])]]
    deadline = {"within": days(f["notice"], f["n"]), "by": f["deadline"], "until": f["deadline"],
                "receive": None}[f["dl"]]
    if f["dl"] == "receive":
        alts["appeal_deadline"] = [iso(days(f["notice"], f["n"]))]
    return truth("denial_letter", denial, lang=f["lang"], insurer=INSURER, group_number=f["group"], member_id=f["mid"],
                 member_name=f["name"], case_numbers=cases, claim_amount=m2(f["billed"]), service_dates=dates,
                 denial_date=iso(f["notice"]), provider=f["prov"], appeal_deadline=iso(deadline) if deadline else None,
                 alternates=alts, denial_alternates=dalts)


# (stem, condition, kind, lang, date style, money style, deadline style, letterhead, labels, days)
PLAN = [
    ("hmo_out_of_area_bd_urgent", "born_digital", "urgent", "en", "long", "plain", "within", 0, 0, 180),
    ("hmo_out_of_area_bd_ambulance", "born_digital", "ambulance", "en", "slash", "plain", "by", 1, 1, 180),
    ("hmo_out_of_area_scan_lab", "scan_clean_300", "lab", "en", "abbr", "nosign", "receive", 0, 0, 180),
    ("hmo_out_of_area_photo_late", "phone_photo", "late", "en", "long", "plain", "until", 1, 0, 180),
    ("hmo_out_of_area_rot_moved", "rotated", "moved", "en", "iso", "usd", "within", 0, 1, 60),
    ("hmo_out_of_area_faxs_referral", "fax_standard_g4", "referral", "en", "slash", "plain", "within", 1, 1, 180),
    ("hmo_out_of_area_lowres_es", "scan_lowres_150", "es", "es", "es", "plain", "within", 0, 2, 180),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, lang, ds, ms, dl, lh, li, n) in enumerate(PLAN):
        r = random.Random(12800 + i)
        f = facts(r, kind, lang, ds, ms, dl, lh, li, n)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
