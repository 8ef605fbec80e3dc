"""Family 'running_footer_case_facts_letter': a plan's two- or three-page decision letter whose identifiers sit mainly
in a running band printed on EVERY page (a header band, a footer band, or both: "Member: NAME | ID: X | Ref: Y |
Page 2 of 3"), while the body tells the decision in prose without a fact table. Decoys in and near the band: form
numbers with revision dates, print-job codes ("JOB 2611-40573 PRT09 0003/1288"), mail-stop codes, the letter
template ID, page numbers; in the body: the date the claim or request was received, the plan's timetable sentences
(72-hour expedited appeal, 4-month external review), a customer-service phone.

Issuers: Kamnik Health Plan (logo word "KAMNIK" over a rule), Vipava Mutual Health Insurance Company (parent line
"A Soca Financial Group company"), Bovec Health Assurance (return-address block). Kinds: sleep study not medically
necessary (keyword), lumbar MRI without prior approval (pre-service, plain words), knee surgery approved (denies
nothing), out-of-network claim (plain words), Spanish cosmetic exclusion, investigational treatment (keyword), a
child's claim after coverage ended (plain words).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundaf_famfa import address, clinician, days, digits, fdate, iso, mixed, money, person, phone, usd

FAMILY = "running_footer_case_facts_letter"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
KAM, VIP, BOV = "Kamnik Health Plan", "Vipava Mutual Health Insurance Company", "Bovec Health Assurance"
FORMS = {KAM: "Form KHP-UM-114 (Rev. 01/26)", VIP: "VMH 2207-D 09/25", BOV: "BHA-LTR-31 rev 11/2025"}
MAIL = {KAM: "Mail Stop 4C-117", VIP: "MS: CLM-22B", BOV: "M/S 61-405"}
KINDS = {
    "sleep": dict(svc="an in-lab sleep study (polysomnography)", prov="Vrhnika Sleep Disorders Center",
                  den="medical_necessity", claim=True),
    "mri": dict(svc="an MRI of the lower back (lumbar spine) without contrast", prov="Litija Imaging Associates",
                den="prior_authorization", claim=False),
    "approve": dict(svc="a total knee replacement (right knee) with a two-day inpatient stay",
                    prov="Trzic Orthopedic Surgery Center", den=None, claim=False),
    "oon": dict(svc="an office visit and allergy skin testing", prov="Cerknica Allergy and Asthma Clinic",
                den="out_of_network", claim=True),
    "es": dict(svc="una blefaroplastia de los párpados superiores", prov="Centro de Cirugía Plástica Domzale",
               den="not_covered", claim=True),
    "invest": dict(svc="transcranial magnetic stimulation with a theta-burst protocol",
                   prov="Ptuj Behavioral Health Institute", den="experimental", claim=True),
    "elig": dict(svc="an urgent care visit with a strep test", prov="Logatec Urgent Care", den="eligibility",
                 claim=True),
}


class Page(Doc):
    """Every page carries the band: header, footer or both."""

    def __init__(self, f: dict):
        super().__init__("DejaVu", margins=(20, 22, 20))
        self.add_font("DejaVu", "B", BOLD)
        self.f = f
        self.set_auto_page_break(True, margin=26)

    def band_text(self) -> tuple[str | None, str | None]:
        f, p = self.f, self.page_no()
        es = f["lang"] == "es"
        pg = f"Página {p} de {{nb}}" if es else f"Page {p} of {{nb}}"
        if f["band"] == "A":
            main = f"Member: {f['member']}  |  ID: {f['mid']}  |  Ref: {f['ref']}  |  {pg}"
        elif f["band"] == "B":
            main = f"{f['member']}  ·  Member no. {f['mid']}  ·  Case {f['ref']}  ·  p. {p}/{{nb}}"
        elif f["band"] == "C":
            main = (f"RE: {f['member']} / Subscriber ID {f['mid']} / Group {f['group']} / Claim # {f['ref']}  -  {pg}")
        else:
            main = (f"Afiliado(a): {f['member']}  |  Núm. de identificación: {f['mid']}  |  Referencia: {f['ref']}  |  "
                    f"{pg}")
        dec = f"{FORMS[f['ins']]}   {f['job']}   {MAIL[f['ins']]}   {f['tmpl']}"
        if f["where"] == "head":
            return main, dec
        if f["where"] == "foot":
            return None, main + "\n" + dec
        return main, main + "\n" + dec  # "both": the identifiers on top and again above the decoys below

    def header(self):
        top, _ = self.band_text()
        if top:
            self.set_y(8)
            self.set_font("DejaVu", "", 7.8)
            self.cell(0, 4, top, align="C", new_x="LMARGIN", new_y="NEXT")
            self.set_line_width(0.3)
            self.line(self.l_margin, 12.6, self.w - self.r_margin, 12.6)
            self.set_y(22)

    def footer(self):
        _, bottom = self.band_text()
        self.set_y(-19)
        self.set_line_width(0.3)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_font("DejaVu", "", 7.4)
        for i, ln in enumerate(bottom.split("\n")):
            self.cell(0, 3.8, ln, align="C", new_x="LMARGIN", new_y="NEXT")


def facts(r: random.Random, kind: str, ins: str, band: str, where: str, ds: str, deadline: str) -> dict:
    lang = "es" if kind == "es" else "en"
    date = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 220))
    k = KINDS[kind]
    svc = days(date, -r.randint(25, 90)) if k["claim"] else days(date, r.randint(10, 30))
    child = person(r) if kind == "elig" else None
    return dict(kind=kind, k=k, ins=ins, band=band, where=where, ds=ds, deadline=deadline, lang=lang, date=date,
                svc=svc, recv=days(date, -r.randint(6, 20)) if k["claim"] else days(date, -r.randint(2, 5)),
                member=child or person(r, lang), sub=person(r) if child else None, addr=address(r, lang),
                mid=mixed(r, "AAA999999999") if ins == KAM else mixed(r, "9999-9999-99") if ins == VIP
                else "B" + digits(r, 9),
                group=mixed(r, "99A99") if band == "C" else None,
                ref=(mixed(r, "KH-99999999") if ins == KAM else digits(r, 11) if ins == VIP else mixed(r, "A99999-99")),
                job=f"JOB {r.randint(2601, 2612)}-{r.randint(10000, 99999)} PRT{r.randint(1, 12):02d} "
                    f"{r.randint(1, 9):04d}/{r.randint(800, 3000)}",
                tmpl=f"LTR-{r.choice(['DEN', 'UM', 'CLM'])}-{r.randint(10, 99)}", billed=money(r, 180, 4800),
                md=clinician(r), ph=phone(r), ended=None, npi="1" + digits(r, 9))


def fd(f: dict, d: dt.date) -> str:
    return fdate(d, f["ds"])


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == KAM:
        d.text_line("KAMNIK", 22, "B", h=9.5)
        d.rule(0.9, 1)
        d.text_line(f"{KAM} · Utilization Management · 77 Bohinj Street · Hysham, MT 59038", 8, h=4.4)
    elif f["ins"] == VIP:
        d.text_line("A Soca Financial Group company", 8, align="C", h=4)
        d.text_line(VIP, 14, "B", align="C", h=7.5)
        d.rule(0.3, 2)
    else:
        d.text_line(BOV, 15, "B", h=7.5)
        for ln in ("Claims Review Department", "PO Box 5512", "Brewster, NE 68821"):
            d.text_line(ln, 8.6, h=4.2)
    d.ln(5)


def reason(f: dict) -> tuple[str, str]:
    """(decision paragraph, why paragraph)."""
    k, s = f["k"], f["k"]["svc"]
    kind = f["kind"]
    when = fd(f, f["svc"])
    billed = usd(f["billed"])
    if kind == "sleep":
        return (f"We reviewed the claim from {k['prov']} for {s} on {when}, billed at {billed}. We have decided not "
                "to pay this claim.",
                f"Our medical director, {f['md']}, MD, found the service not medically necessary. Your records show "
                "a home sleep test had not been tried first, and you have no heart or lung condition that would make "
                "a home test unreliable. Our sleep study guideline requires a home test first in that case.")
    if kind == "mri":
        return (f"Your doctor's office asked us on {fd(f, f['recv'])} to cover {s} at {k['prov']}, planned for "
                f"{when}. We cannot approve this request.",
                "The imaging center scheduled the MRI but our approval must be obtained before this kind of scan, "
                "and the request reached us after the scan had been booked without the clinical notes we need. "
                "If your doctor sends the notes from your last two visits, we will look at the request again.")
    if kind == "approve":
        return (f"Good news: we have approved {s} at {k['prov']}, planned for {when}. Your doctor asked for this on "
                f"{fd(f, f['recv'])}.",
                "The approval is good for 90 days from the planned date. Your usual deductible and coinsurance apply. "
                "If the surgery date changes, your surgeon's office must let us know.")
    if kind == "oon":
        return (f"We processed the claim from {k['prov']} for {s} on {when}. The amount billed was {billed}. Your "
                "plan will not pay for these services.",
                f"{k['prov']} does not have a contract with us, and your plan only pays for care from doctors and "
                "clinics in its own list, except in an emergency. This visit was not an emergency, and there were "
                "allergists in our list within 15 miles of your home.")
    if kind == "es":
        return (f"Revisamos la reclamación de {k['prov']} por {s} realizada el {when}, con un cargo de "
                f"{usd(f['billed'], 'es')}. Su plan no pagará este servicio.",
                "Su plan excluye los procedimientos cosméticos. Las fotografías y el examen del campo visual enviados "
                "no muestran que los párpados limiten su visión, por lo que la cirugía se considera cosmética y no "
                "está cubierta por su plan.")
    if kind == "invest":
        return (f"We reviewed the claim from {k['prov']} for {s} on {when} (billed {billed}). We have denied the "
                "claim.",
                f"Our reviewer, {f['md']}, MD, a board-certified psychiatrist, found that the theta-burst protocol "
                "used is investigational for your diagnosis: it is not yet shown in published studies to improve "
                "health outcomes for this condition, and our medical policy lists it as experimental.")
    return (f"We received a claim from {k['prov']} for {s} that {f['member']} received on {when}, billed at "
            f"{billed}. We cannot pay this claim.",
            f"{f['member']} was covered under {f['sub']}'s plan until {fd(f, f['ended'])}, the end of the month in "
            "which the dependent turned 26, as the plan rules say. The visit was after that date, when "
            f"{f['member']} no longer had coverage with us.")


def build(f: dict) -> bytes:
    es, k = f["lang"] == "es", f["k"]
    d = Page(f)
    d.add_page()
    letterhead(d, f)
    d.text_line(fd(f, f["date"]), 10, h=5)
    d.ln(2)
    to = f["sub"] or f["member"]
    for ln in (to, *f["addr"]):
        d.text_line(ln, 10, h=5)
    d.ln(4)
    title = {"approve": "Notice of Approval", "es": "Aviso de decisión sobre su reclamación",
             "mri": "Notice of Decision on Your Request for Coverage"}.get(f["kind"], "Notice of Claim Decision")
    d.text_line(title, 13, "B", h=7)
    d.ln(1)
    d.text_line(f"Estimado(a) {f['member']}:" if es else f"Dear {to}:", 10, h=6)
    decision, why = reason(f)
    d.para(decision, 10)
    if not es:
        d.para("The details of your case (your name, member ID and our reference number) are printed at the "
               + ("top" if f["where"] != "foot" else "bottom") + " of every page of this letter. Please include "
               "that line when you write to us.", 9.6)
    else:
        d.para("Los datos de su caso (nombre, número de identificación y número de referencia) aparecen en cada "
               "página de esta carta.", 9.6)
    d.text_line("Por qué tomamos esta decisión" if es else ("About your approval" if f["kind"] == "approve"
                                                            else "Why we made this decision"), 11, "B", h=6.5)
    d.para(why, 10)
    d.para(("Recibimos la reclamación el " if es else "We received the claim on " if k["claim"] else
            "We received the request on ") + fd(f, f["recv"]) + ".", 9.6)
    d.add_page()
    if f["kind"] == "approve":
        d.text_line("What you should know", 11, "B", h=6.5)
        d.para(f"This approval is for the services listed above only. It does not guarantee payment if you are not "
               f"a member on the date of service. Questions? Call Member Services at {f['ph']} (TTY 711), "
               "8 a.m. to 8 p.m., seven days a week.", 10)
        d.para("You do not need to do anything else. Keep this letter with your records.", 10)
    elif es:
        d.text_line("Su derecho a apelar", 11, "B", h=6.5)
        dl = {"plus": "dentro de 180 días a partir de la fecha de esta carta",
              "date": f"a más tardar el {fd(f, days(f['date'], 180))}",
              "recv": "dentro de 180 días después de recibir esta carta"}[f["deadline"]]
        d.para(f"Si no está de acuerdo, puede apelar {dl}. Envíe su apelación por escrito a la dirección de la "
               f"primera página o llame al {f['ph']}. Si su salud corre grave peligro, puede pedir una apelación "
               "acelerada; le responderemos en 72 horas.", 10)
        d.para("También puede pedir una revisión externa independiente dentro de 4 meses después de recibir nuestra "
               "decisión final sobre su apelación.", 9.6)
    else:
        d.text_line("Your right to appeal", 11, "B", h=6.5)
        dl = {"plus": "within 180 days of the date of this letter",
              "date": f"no later than {fd(f, days(f['date'], 180))}",
              "recv": "within 180 days after you receive this letter",
              "plus60": "within 60 days of the date of this notice"}[f["deadline"]]
        d.para(f"If you disagree with this decision, you or someone you name to act for you may ask for an appeal "
               f"{dl}. Send your appeal in writing to the address on the first page, or call us at {f['ph']} "
               "(TTY 711). Include the reference number printed on each page.", 10)
        d.para("If waiting for a standard appeal could seriously harm your health, ask for an expedited appeal; we "
               "will decide within 72 hours. After our final decision you may ask for an external review by an "
               "independent review organization within 4 months. External review is available for decisions "
               "based on medical necessity, appropriateness, health care setting, level of care, or effectiveness "
               "of a covered benefit, and for experimental or investigational treatment.", 9.6)
        d.para("You may ask for, free of charge, copies of all documents and records relevant to your claim, "
               "including the clinical criteria we used. You also have the right to bring a civil action under "
               "section 502(a) of ERISA after your appeal if your plan is an employer plan.", 9.6)
    d.ln(3)
    d.text_line("Atentamente," if es else "Sincerely,", 10, h=5)
    d.text_line(f"{f['md']}, MD" if f["kind"] in ("sleep", "invest") else
                ("Departamento de Reclamaciones" if es else "Member Services"), 10, h=5)
    d.text_line(f["ins"], 10, "B", h=5)
    if f["three"]:
        d.add_page()
        d.text_line("Nondiscrimination notice and language assistance", 11, "B", h=6.5)
        d.para(f"{f['ins']} complies with applicable Federal civil rights laws and does not discriminate on the basis "
               "of race, color, national origin, age, disability, or sex. We provide free aids and services to "
               "people with disabilities and free language services to people whose primary language is not "
               f"English. Call {f['ph']} (TTY 711).", 9.4)
        d.para("ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. "
               f"Llame al {f['ph']}.", 9.4)
        d.para(f"Return mail only: {MAIL[f['ins']]}, PO Box 5512, Brewster, NE 68821. Do not send claims to this "
               "address.", 9)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["k"]
    alts: dict = {}
    dl = None
    if f["kind"] != "approve":
        if f["deadline"] in ("plus", "date"):
            dl = iso(days(f["date"], 180))
        elif f["deadline"] == "plus60":
            dl = iso(days(f["date"], 60))
        else:
            alts["appeal_deadline"] = [iso(days(f["date"], 180))]
    common = dict(insurer=f["ins"], member_id=f["mid"], member_name=f["member"], group_number=f["group"],
                  case_numbers=[f["ref"]], claim_amount=f"{f['billed']:.2f}" if k["claim"] else None,
                  service_dates=[iso(f["svc"])], denial_date=iso(f["date"]), provider=k["prov"], appeal_deadline=dl)
    if f["kind"] == "approve":
        alts["case_numbers"] = [[]]
        return truth("other", None, alternates=alts, **common)
    dalt = {"mri": ["medical_necessity"], "invest": ["medical_necessity"]}.get(f["kind"])
    return truth("denial_letter", k["den"], f["lang"], alternates=alts, denial_alternates=dalt, **common)


# (stem suffix, condition, kind, insurer, band labels, band place, date style, deadline wording, 3 pages)
PLAN = [
    ("bd_sleep_study_header_and_footer", "born_digital", "sleep", KAM, "A", "both", "long", "plus", True),
    ("bd_mri_no_approval_footer", "born_digital", "mri", VIP, "B", "foot", "slash", "recv", False),
    ("clean_knee_surgery_approved", "scan_clean_300", "approve", BOV, "C", "head", "abbr", None, False),
    ("phone_out_of_network_footer", "phone_photo", "oon", BOV, "A", "foot", "dmy", "date", False),
    ("faxs_spanish_cosmetic_exclusion", "fax_standard_g4", "es", KAM, "D", "foot", "es", "plus", True),
    ("faxf_investigational_tms_header", "fax_fine_g4", "invest", VIP, "B", "head", "long", "plus60", True),
    ("rotated_dependent_aged_out", "rotated", "elig", KAM, "C", "both", "upper", "plus", False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, band, where, ds, dline, three) in enumerate(PLAN):
        f = facts(random.Random(122600 + i), kind, ins, band, where, ds, dline)
        f["three"] = three
        if kind == "elig":
            f["ended"] = dt.date(f["svc"].year, f["svc"].month, 1) - dt.timedelta(days=1)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    return items
