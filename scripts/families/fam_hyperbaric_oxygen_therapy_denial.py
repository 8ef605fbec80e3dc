"""Family 'hyperbaric_oxygen_therapy_denial': Medicare Summary Notices, MAC remittances, plan EOBs and letters on
hyperbaric oxygen therapy (HBO) sessions for a diabetic foot ulcer: facility code G0277 (per 30 minutes, 3-4 units a
session) and physician supervision CPT 99183. Denied because the ulcer was not Wagner grade III or higher, because 30
days of standard wound care were not tried first, or because the sessions went past the number allowed (30 before
re-evaluation); one paid claim, one Spanish letter.

Issuers (fictional): Medicare (MSN shape, with a fictional contractor), Larchmont Point Health Plan, Saltmarsh
Mutual Health and Coquina Health Plan (Spanish). Wound centers are the provider; the supervising physician is a decoy,
as are NPIs, date of birth, date received, phone numbers, allowed/paid amounts and the 4-month external review.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import MONTHS_ES, Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "hyperbaric_oxygen_therapy_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MED, LP, SM, CQ = "Medicare", "Larchmont Point Health Plan", "Saltmarsh Mutual Health", "Coquina Health Plan"
CENTERS = ["Blue Heron Wound & Hyperbaric Center", "Ridgefield Advanced Wound Care Clinic",
           "Osprey Bay Hyperbaric Medicine"]
SUPERV = ["Dr. Fenella R. Whitcombe", "Dr. Oluwaseun T. Bakare", "Dr. Tomasz J. Wierzbicki"]
REASONS = {
    "wagner": ("Hyperbaric oxygen therapy is covered for a diabetic wound of the lower extremity only when the wound "
               "is classified as Wagner grade III or higher. The records describe a Wagner grade II ulcer, so the "
               "sessions are not medically necessary."),
    "swc": ("The records do not show at least 30 days of standard wound care (offloading, debridement, infection "
            "control and glucose management) before hyperbaric oxygen therapy began. The sessions are not medically "
            "necessary."),
    "count": ("Your plan allows {allow} hyperbaric oxygen sessions for this wound before a new evaluation shows "
              "measurable healing. Sessions after session {allow} were not covered; the sessions on this claim are sessions "
              "{first}-{last}."),
}
REASONS_ES = ("La terapia de oxígeno hiperbárico solo está cubierta para una úlcera de pie diabético de grado III o "
              "mayor en la escala de Wagner. Los expedientes describen una úlcera de grado II; las sesiones no son "
              "médicamente necesarias.")


class Page(Doc):
    def __init__(self, foot: str | None = "Page {p} of {n}"):
        super().__init__("DejaVu", footer=foot)
        self.add_font("DejaVu", "B", BOLD)


def facts(i: int, kind: str, ins: str, ds: str, ms: str) -> dict:
    r = Rand(167600 + i)
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 230))
    start = notice - dt.timedelta(days=r.randint(40, 60))
    n = 5 if kind != "count" else 4
    sess = [start + dt.timedelta(days=k) for k in range(0, n * 2, 2) if (start + dt.timedelta(days=k)).weekday() < 5]
    sess = sess or [start]
    lines = []
    for s in sess:
        lines.append([s, "G0277", "Hyperbaric oxygen under pressure, full body chamber, per 30 min", 4,
                      round(4 * r.randint(118, 260) + r.choice([0, .5]), 2)])
        lines.append([s, "99183", "Physician attendance and supervision of hyperbaric oxygen", 1,
                      round(r.randint(180, 420) + r.choice([0, .25, .75]), 2)])
    lang = "es" if kind == "es" else "en"
    mid = {MED: "1" + r.letters(1) + r.digits(1) + r.letters(1) + "-" + r.letters(1) + r.digits(2) + "-" + r.letters(2)
           + r.digits(2), LP: "LPH" + r.digits(8), SM: "SMH-" + r.digits(6) + "-0" + r.digits(1),
           CQ: "CQ" + r.digits(9)}[ins]
    return dict(kind=kind, ins=ins, ds=ds, ms=ms, lang=lang, notice=notice, sess=sess, lines=lines,
                billed=round(sum(x[4] for x in lines), 2), member=r.person(lang)[0], addr=r.address(lang),
                mid=mid, grp=None if ins in (MED,) else r.digits(6), claim=r.digits(2) + r.letters(1) + r.digits(9),
                center=r.choice(CENTERS), sup=r.choice(SUPERV), npi=r.npi(), ph=r.phone(), allow=30,
                first_no=31, dob=dt.date(r.randint(1940, 1975), r.randint(1, 12), r.randint(1, 28)),
                recv=notice - dt.timedelta(days=r.randint(5, 15)), other=r.person()[0], oclaim=r.digits(2) + r.letters(1)
                + r.digits(9), obilled=round(r.randint(900, 2400) + .5, 2))


def fd(f, d):
    return fmt_date(d, f["ds"])


def usd(f, v):
    return fmt_money(v, f["ms"])


def table(d: Page, f: dict, paid: bool, es: bool = False) -> None:
    rows = []
    for s, code, desc, u, b in f["lines"]:
        rows.append([fmt_date(s, "es_abbr" if es else "slash"), code, desc[:44], str(u), usd(f, b),
                     usd(f, round(b * .58, 2) if paid else 0), usd(f, round(b * .58 * .8, 2) if paid else 0)])
    rows.append(["*Total", "", "", "", usd(f, f["billed"]), "", ""])
    head = (["Fecha", "Código", "Descripción", "Uds", "Facturado", "Permitido", "Pagado"] if es else
            ["Date", "Code", "Service", "Units", "Billed", "Allowed", "Paid"])
    d.table(head, rows, [22, 14, 72, 10, 22, 20, 20], size=7.5, aligns="LLLRRRR", head_fill=True)


def build_msn(f: dict) -> bytes:
    d = Page("Medicare Summary Notice - Page {p} of {n}")
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 13, "B", h=7)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5,
                h=5)
    d.rule()
    d.text_line(f["member"], 10, "B", h=5)
    for ln in f["addr"]:
        d.text_line(ln, 10, h=5)
    d.ln(2)
    d.boxes([("Medicare number", f["mid"], 52), ("This notice is for claims processed", "in the last 3 months", 62),
             ("Notice date", fd(f, f["notice"]), 44)])
    d.ln(3)
    d.text_line(f"Claim number {f['claim']}  -  {f['center']}", 9.5, "B", h=5)
    d.text_line(f"Supervising physician: {f['sup']}   Received: {fmt_date(f['recv'], 'slash')}", 8.5, h=5)
    table(d, f, False)
    d.para("Notes: A  " + REASONS[f["kind"]].format(allow=f["allow"], first=f["first_no"], last=f["first_no"] + len(f["sess"]) - 1) +
           " Your provider may bill you only if you signed an Advance Beneficiary Notice.", 9)
    d.text_line("How to Handle Denied Claims or File an Appeal", 10.5, "B", h=6)
    d.para(f"If you disagree with a coverage decision, file an appeal. Appeals must be filed in writing by "
           f"{fd(f, f['notice'] + dt.timedelta(days=120))}. Call 1-800-MEDICARE for help.", 9.5)
    return pdf_bytes(d)


def build_eob(f: dict, paid: bool) -> bytes:
    d = Page("This is not a bill.  Page {p} of {n}")
    d.add_page()
    d.text_line(f["ins"].upper(), 17, "B", h=8)
    d.text_line("Member Services  PO Box 5512, Bangor, ME 04401", 8.5, h=4.5)
    d.rule()
    d.text_line("EXPLANATION OF BENEFITS", 12, "B", h=7)
    d.boxes([("Statement date", fd(f, f["notice"]), 40), ("Patient", f["member"], 52), ("Member #", f["mid"], 44),
             ("Group", f["grp"], 30)])
    d.ln(3)
    d.text_line(f"Claim {f['claim']}   Provider: {f['center']}   NPI {f['npi']}", 9, "B", h=5)
    d.text_line(f"Attending: {f['sup']}", 8.5, h=5)
    table(d, f, paid)
    if paid:
        d.para(f"This claim was paid. Session {len(f['sess'])} of {f['allow']} allowed for this wound. "
               f"Payment was sent to {f['center']}.", 9)
    else:
        d.para("Remark HB2: " + REASONS[f["kind"]].format(allow=f["allow"], first=f["first_no"], last=f["first_no"] + len(f["sess"]) - 1), 9)
        d.text_line("Appeal rights", 10, "B", h=6)
        d.para("You may appeal within 180 days of the date of this statement. External review may be requested "
               f"within 4 months of a final decision. Questions: {f['ph']}.", 9)
    return pdf_bytes(d)


def build_remit(f: dict) -> bytes:
    d = Page("Remittance advice - page {p} of {n}")
    d.add_page()
    d.text_line("Cormorant Ridge Medicare Services  -  Part A/B MAC", 12, "B", h=7)
    d.text_line(f"Medicare Remittance Advice   Payee: {f['center']}   Paid date {fd(f, f['notice'])}", 9, h=5)
    d.rule()
    for who, mid, claim, billed, den in [(f["other"], "8" + f["mid"][1:], f["oclaim"], f["obilled"], False),
                                         (f["member"], f["mid"], f["claim"], f["billed"], True)]:
        d.text_line(f"NAME {who}   MID {mid}   ICN {claim}", 8.5, "B", h=5)
        if den:
            rows = [[fmt_date(s, "slash"), c, str(u), usd(f, b), "CO-119", usd(f, 0)] for s, c, _, u, b in f["lines"]]
            rows.append(["*Claim total", "", "", usd(f, billed), "", usd(f, 0)])
        else:
            rows = [[fmt_date(f["sess"][0], "slash"), "G0277", "4", usd(f, billed), "", usd(f, round(billed * .6, 2))]]
        d.table(["DOS", "Proc", "Units", "Billed", "Adj", "Prov pd"], rows, [28, 20, 16, 30, 22, 30], size=8,
                aligns="LLRRLR")
    d.para(f"CO-119: Benefit maximum for this time period or occurrence has been reached. Sessions after session "
           f"{f['allow']} for this wound are not covered. Redetermination: within 120 days of the date of this notice.",
           8.5)
    return pdf_bytes(d)


def build_letter(f: dict) -> bytes:
    es = f["lang"] == "es"
    d = Page("Página {p} de {n}" if es else "Page {p} of {n}")
    d.add_page()
    d.text_line(f["ins"], 15, "B", h=7)
    d.text_line("Departamento de Revisión Clínica" if es else "Clinical Review Department", 9, h=5)
    d.rule()
    d.text_line(fmt_date(f["notice"], "es") if es else fd(f, f["notice"]), 10, h=6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(2)
    if es:
        d.text_line(f"Afiliado: {f['member']}   Número de afiliado: {f['mid']}   Grupo: {f['grp']}", 9.5, h=5)
        d.text_line(f"Número de caso: {f['claim']}   Fecha de nacimiento: {fmt_date(f['dob'], 'slash')}", 9.5, h=5)
        d.ln(2)
        d.text_line("AVISO DE DENEGACIÓN DE COBERTURA", 12, "B", h=7)
        d.para(f"Hemos revisado la solicitud de {f['center']} para terapia de oxígeno hiperbárico (G0277 y 99183) "
               f"del {fmt_date(f['sess'][0], 'es')} al {fmt_date(f['sess'][-1], 'es')}. Médico supervisor: "
               f"{f['sup']}. Total facturado: {usd(f, f['billed'])}.", 10)
        d.para("Motivo: " + REASONS_ES, 10)
        d.text_line("Su derecho a apelar", 10.5, "B", h=6)
        d.para("Puede apelar dentro de 60 días a partir de la fecha de esta carta. Puede pedir una revisión externa "
               f"dentro de 4 meses de la decisión final. Llame al {f['ph']} (TTY 711).", 10)
        return pdf_bytes(d)
    d.text_line(f"Member: {f['member']}   Member number: {f['mid']}   Group: {f['grp']}", 9.5, h=5)
    d.text_line(f"Case number: {f['claim']}   Date of birth: {fmt_date(f['dob'], 'slash')}", 9.5, h=5)
    d.ln(2)
    d.text_line("ADVERSE BENEFIT DETERMINATION", 12, "B", h=7)
    d.para(f"We reviewed the claim from {f['center']} for hyperbaric oxygen therapy sessions (G0277, 99183). "
           f"Supervising physician: {f['sup']}. We received the records on {fmt_date(f['recv'], 'slash')}.", 10)
    table(d, f, False)
    d.para("Why we denied it: " + REASONS[f["kind"]].format(allow=f["allow"], first=f["first_no"], last=f["first_no"] + len(f["sess"]) - 1), 10)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para(f"You must file your appeal by {fd(f, f['notice'] + dt.timedelta(days=180))}. You may also request an "
           f"external review within 4 months of a final decision. Call {f['ph']}.", 10)
    return pdf_bytes(d)


DEN = {"wagner": "medical_necessity", "swc": "medical_necessity", "count": "medical_necessity",
       "es": "medical_necessity", "paid": None}


def make_truth(f: dict, shape: str) -> dict:
    k = f["kind"]
    paid = k == "paid"
    add = {"msn": 120, "eob": 180, "remit": 120, "letter": 180, "es": 60}[shape]
    dl = None if paid else iso(f["notice"] + dt.timedelta(days=add))
    dates = [iso(s) for s in f["sess"]]
    alts = {"service_dates": [[iso(f["sess"][0], f["sess"][-1])]]}
    if shape == "es":
        dates = [iso(f["sess"][0], f["sess"][-1])]
        alts = {"service_dates": [[iso(f["sess"][0]), iso(f["sess"][-1])]]}
    dalts = ["not_covered"] if k == "count" else []
    doc = "eob" if shape in ("msn", "eob", "remit") else "denial_letter"
    return truth(doc, DEN[k], f["lang"], insurer="Cormorant Ridge Medicare Services" if shape == "remit" else f["ins"],
                 group_number=f["grp"], member_id=f["mid"], member_name=f["member"], case_numbers=[f["claim"]],
                 claim_amount=m2(f["billed"]), service_dates=dates, denial_date=iso(f["notice"]),
                 provider=f["center"], appeal_deadline=dl, alternates=alts, denial_alternates=dalts)


PLAN = [  # stem tail, condition, kind, issuer, date style, money style, shape
    ("bd_msn_wagner_grade_ii", "born_digital", "wagner", MED, "abbr", "plain", "msn"),
    ("bd_plan_eob_paid_sessions", "born_digital", "paid", LP, "slash", "plain", "eob"),
    ("scan300_plan_letter_no_standard_wound_care", "scan_clean_300", "swc", SM, "long", "plain", "letter"),
    ("lowres_mac_remit_two_patients_over_sessions", "scan_lowres_150", "count", MED, "slash", "nosign", "remit"),
    ("copy_plan_eob_wagner_grade_ii", "photocopy", "wagner", LP, "iso", "plain", "eob"),
    ("faxfine_spanish_letter_wagner", "fax_fine_g4", "es", CQ, "slash", "plain", "es"),
    ("photo_letter_sessions_past_allowed", "phone_photo", "count", SM, "dmy", "plain", "letter"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (tail, cond, kind, ins, ds, ms, shape) in enumerate(PLAN):
        f = facts(i, kind, ins, ds, ms)
        pdf = {"msn": lambda: build_msn(f), "eob": lambda: build_eob(f, kind == "paid"),
               "remit": lambda: build_remit(f), "letter": lambda: build_letter(f), "es": lambda: build_letter(f)}[shape]()
        items.append(Item(f"{FAMILY}_{tail}", cond, [(pdf, make_truth(f, shape))]))
    return items
