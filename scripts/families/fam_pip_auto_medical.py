"""Family pip_auto_medical: an auto insurer's personal injury protection (PIP / med-pay) decisions on medical bills.

Three invented issuers: Roadmere Mutual Auto Insurance Company writes prose letters to the injured person (English
and one in Spanish) with a copy to the provider; Axlewood Casualty & Indemnity Co. and a bill review company
(Milepost Medical Bill Review, LLC, reviewing for Cloudberry General Insurance Company) send explanation-of-review
tables. Every notice names the claim number, the policy number, the named insured and the injured person, the date
of loss (a decoy date), the bill or review number, the provider with tax ID and NPI, and CPT lines. Reasons:
treatment after the cut-off set by an independent medical exam (IME), fee-schedule reductions with a line billed
under the wrong code, treatment not related to the accident, a bill sent after the filing limit, PIP and med-pay
limits used up, a policy not in force on the date of loss (Spanish), and missed IME appointments.
Decoys: date of loss, date of the IME, date the bill was received, cut-off date, policy number, NPI, TIN, patient
account, document control number, allowed and paid amounts, the PIP limit.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundk_famt import (CLINICS, DOCTORS, FIRST_ES, LAST_ES, address, cents, days, digits, letters, npi, person,
                             phone)
from public_kit import MONTHS_ES, Page, fdate, m2, money, out, truth

FAMILY = "pip_auto_medical"
LANG = "en"
ROADMERE = "Roadmere Mutual Auto Insurance Company"
AXLE = "Axlewood Casualty & Indemnity Co."
MILE, CLOUD = "Milepost Medical Bill Review, LLC", "Cloudberry General Insurance Company"
CHIRO = [("98941", "Chiropractic manipulation, 3-4 regions", 75, 110), ("97110", "Therapeutic exercise, 15 min", 55, 80),
         ("97140", "Manual therapy, 15 min", 50, 75), ("97014", "Electrical stimulation, unattended", 30, 45),
         ("97010", "Hot/cold packs", 15, 25)]
MRI = [("72148", "MRI lumbar spine w/o contrast", 1400, 2200), ("99204", "Office visit, new patient", 240, 330)]
ORTHO = [("99214", "Office visit, est. patient", 180, 260), ("20552", "Trigger point injection, 1-2 muscles", 190, 280),
         ("J3301", "Triamcinolone acetonide, 10 mg", 20, 40)]


def es_date(d: dt.date) -> str:
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def _people(rng, lang="en", passenger=False):
    if lang == "es":
        injured = person(rng, FIRST_ES, lastnames=LAST_ES)
    else:
        injured = person(rng)
    insured = person(rng) if passenger else injured
    policy = rng.choice([f"PA-{digits(rng, 4)}-{letters(rng, 1)}{digits(rng, 5)}", f"{letters(rng, 3)}{digits(rng, 8)}",
                         f"{digits(rng, 3)} {digits(rng, 4)} {letters(rng, 1)}{digits(rng, 2)}"])
    claim = rng.choice([f"{letters(rng, 2)}{digits(rng, 2)}-{digits(rng, 6)}", f"{digits(rng, 2)}{letters(rng, 1)}"
                        f"{digits(rng, 7)}", f"PIP{digits(rng, 9)}"])
    return injured, insured, policy, claim


def _bill_lines(rng, spec, dates):
    lines = []
    for d in dates:
        for code, desc, lo, hi in spec:
            lines.append(dict(dos=d, code=code, desc=desc, billed=cents(rng, lo, hi)))
    return lines


def _ids(person_t, insured_t, policy):
    """Member ID = the policy number when the injured person is the named insured (null accepted); otherwise null."""
    own = person_t[0] == insured_t[0]
    pol = policy.replace(" ", "")
    return (pol if own else None), ({"member_id": [None]} if own else {"member_id": [pol]})


# ---------------------------------------------------------------- Roadmere prose letters

def _roadmere_head(p: Page, rng, lang="en") -> None:
    p.line("ROADMERE MUTUAL", 18, "B", h=8)
    p.line("Auto Insurance Company" + ("  \u2022  Unidad de Protección contra Lesiones Personales (PIP)" if lang == "es"
                                        else "  \u2022  Personal Injury Protection Claims"), 9.5, h=5)
    p.line(f"PO Box {rng.randint(40000, 49999)}, Athens, OH 45701   Tel. {phone(rng)}   Fax {phone(rng, False)}", 8,
           h=4.5)
    p.ln(5)


def roadmere_letter(rng, kind: str, ds: str, ms: str, dl: str, two_pages: bool = False):
    injured, insured, policy, claim = _people(rng, passenger=(kind == "exhausted"))
    name, first, last = injured
    loss = dt.date(2026, rng.randint(1, 4), rng.randint(1, 28))
    letter = days(loss, rng.randint(100, 160))
    clinic = CLINICS[9] if kind == "ime" else CLINICS[10]
    doc = rng.choice(DOCTORS)
    ime_doc = rng.choice([d for d in DOCTORS if d != doc])
    bill = f"B{digits(rng, 8)}"
    p = Page(serif=True, footer="Page {n} of {nb}", footer_left=f"Claim {claim}")
    p.add_page()
    _roadmere_head(p, rng)
    p.line(fdate(letter, ds), 10.5, h=7)
    for ln in [name] + address(rng):
        p.line(ln, 10.5, h=5.2)
    p.ln(3)
    p.pairs([("RE", "Personal injury protection (PIP) benefits"), ("Claim number", claim), ("Policy number", policy),
             ("Named insured", insured[0]), ("Injured person", name), ("Date of loss", fdate(loss, ds)),
             ("Provider", f"{clinic} ({doc})"), ("Bill ID", bill)], label_w=38, size=9.8, h=5)
    p.ln(3)
    p.para(f"Dear {first} {last}:", 10.5)
    if kind == "ime":
        ime = days(loss, rng.randint(55, 75))
        cut = days(ime, 10)
        a = days(cut, rng.randint(3, 9))
        b = days(a, rng.randint(17, 24))
        lines = _bill_lines(rng, CHIRO[:3], [a, days(a, 7), days(a, 14), b])
        total = round(sum(x["billed"] for x in lines), 2)
        p.para(f"At our request you were examined on {fdate(ime, 'long')} by {ime_doc}, an independent medical "
               "examiner. The examiner found that your neck and back sprain from the accident has resolved and that "
               "further chiropractic care is not reasonable or necessary for injuries caused by the accident.", 10.5)
        p.para(f"As we told you in our letter after the exam, PIP benefits for chiropractic treatment ended on "
               f"{fdate(cut, 'long')} (the cut-off date). {clinic} has since sent us bills for treatment from "
               f"{fdate(a, 'long')} through {fdate(b, 'long')}, four visits in all, with charges of "
               f"{money(total, ms)}. Because this treatment was given after the cut-off date, we are denying "
               "payment of these bills.", 10.5)
        svc = [f"{a.isoformat()}/{b.isoformat()}"]
        svc_alt = [[x.isoformat() for x in (a, days(a, 7), days(a, 14), b)]]
        dtype, dalt = "medical_necessity", None
    else:
        limit = rng.choice([10000, 15000])
        a = days(loss, rng.randint(70, 90))
        b = days(a, rng.randint(10, 20))
        lines = _bill_lines(rng, ORTHO, [a, b])
        total = round(sum(x["billed"] for x in lines), 2)
        p.para(f"You were hurt as a passenger in a car insured by {insured[0]}. The policy pays up to "
               f"{money(limit, ms)} in personal injury protection benefits for each injured person, plus "
               f"{money(5000, ms)} of medical payments coverage.", 10.5)
        p.para(f"With the bills we paid through {fdate(days(a, -3), 'long')}, both limits have been paid in full. "
               f"We received bills from {clinic} for care you had from {fdate(a, 'long')} through "
               f"{fdate(b, 'long')}, totaling {money(total, ms)}. No benefits remain under this policy, so we "
               "cannot pay these bills. Your own health insurance may pay them; send the bills to your health plan "
               "with a copy of this letter.", 10.5)
        svc = [f"{a.isoformat()}/{b.isoformat()}"]
        svc_alt = [[a.isoformat(), b.isoformat()]]
        dtype, dalt = "not_covered", ["other"]
    if two_pages:
        p.add_page()
        p.f(8.5)
        p.cell(0, 4, f"{name}  \u2013  Claim {claim}  \u2013  page 2", new_x="LMARGIN", new_y="NEXT")
        p.ln(3)
    p.heading("If you disagree", 11.5)
    if dl == "notice":
        p.para("You or your provider may ask us to reconsider. Send the request and any medical records that support "
               "it within 30 days of the date of this letter.", 10.5)
        deadline = days(letter, 30).isoformat()
    else:
        last_day = days(letter, 45)
        p.para(f"If you want us to reconsider, we must receive your written request no later than "
               f"{fdate(last_day, ds)}. Include the claim number and any records that support your request.", 10.5)
        deadline = last_day.isoformat()
    p.para("You also keep any right you have under state law to submit a PIP dispute to arbitration or to the courts; "
           "those time limits are set by law, not by this letter. Questions: call your claim representative at "
           f"{phone(rng)}.", 10)
    p.para("Sincerely,\n\nPersonal Injury Protection Claims\nRoadmere Mutual Auto Insurance Company", 10.5)
    p.para(f"cc: {clinic}, Billing Department (NPI {npi(rng)}, TIN {digits(rng, 2)}-{digits(rng, 7)})", 8.5)
    mid, alt = _ids(injured, insured, policy)
    alts = {**alt, "case_numbers": [[claim]], "provider": [doc], "service_dates": svc_alt,
            "plan_id": [policy.replace(" ", "")]}
    t = truth("denial_letter", dtype, insurer=ROADMERE, member_id=mid, member_name=name, cases=[claim, bill],
              claim_amount=m2(total), service_dates=svc, denial_date=letter.isoformat(), provider=clinic,
              appeal_deadline=deadline, alternates=alts, denial_alternates=dalt)
    return out(p), t


def roadmere_es(rng, ms: str):
    injured, insured, policy, claim = _people(rng, "es")
    name, first, last = injured
    loss = dt.date(2026, rng.randint(2, 5), rng.randint(1, 28))
    letter = days(loss, rng.randint(40, 70))
    lapse = days(loss, -rng.randint(6, 20))
    clinic, doc = CLINICS[11], rng.choice(DOCTORS)
    a = days(loss, 0)
    lines = _bill_lines(rng, [("99284", "Visita de emergencia, nivel 4", 700, 1100), ("72040", "Rayos X columna "
                                                                                        "cervical", 150, 240)], [a])
    total = round(sum(x["billed"] for x in lines), 2)
    bill = f"F-{digits(rng, 7)}"
    p = Page(footer="Página {n} de {nb}", footer_left=f"Reclamación {claim}")
    p.add_page()
    _roadmere_head(p, rng, "es")
    p.line(es_date(letter), 10.5, h=7)
    for ln in [name] + address(rng):
        p.line(ln, 10.5, h=5.2)
    p.ln(3)
    p.pairs([("Asunto", "Beneficios de protección contra lesiones personales (PIP)"), ("Número de reclamación", claim),
             ("Número de póliza", policy), ("Asegurado", insured[0]), ("Fecha del accidente", es_date(loss)),
             ("Factura n.º", bill), ("Proveedor", clinic)], label_w=48, size=9.8, h=5)
    p.ln(3)
    p.para(f"Estimado(a) {first} {last}:", 10.5)
    p.para(f"Recibimos la factura de {clinic} por la atención de emergencia que usted recibió el {es_date(a)}, por "
           f"un total de {money(total, ms)}. Lamentamos informarle que no podemos pagar esta factura.", 10.5)
    p.para(f"Motivo: su póliza fue cancelada por falta de pago el {es_date(lapse)} y no estaba vigente en la fecha "
           "del accidente. Por eso no hay cobertura de protección contra lesiones personales ni de gastos médicos "
           "para este accidente.", 10.5)
    p.heading("Si no está de acuerdo", 11.5)
    p.para("Puede pedirnos que reconsideremos esta decisión. Envíe su solicitud por escrito, con cualquier prueba de "
           "pago de la prima, dentro de 30 días a partir de la fecha de esta carta.", 10.5)
    p.para("También conserva los derechos que le da la ley estatal de pedir arbitraje o acudir a los tribunales. "
           f"Preguntas: {phone(rng)}.", 10)
    p.para(f"c.c.: {clinic} ({doc}), NPI {npi(rng)}", 8.5)
    pol = policy.replace(" ", "")
    alts = {"case_numbers": [[claim]], "provider": [doc], "member_id": [None], "plan_id": [pol]}
    t = truth("denial_letter", "eligibility", lang="es", insurer=ROADMERE, member_id=pol, member_name=name,
              cases=[claim, bill], claim_amount=m2(total), service_dates=[a.isoformat()],
              denial_date=letter.isoformat(), provider=clinic, appeal_deadline=days(letter, 30).isoformat(),
              alternates=alts, denial_alternates=["other"])
    return out(p), t


# ---------------------------------------------------------------- explanation of review tables

REASONS = {
    "FS": "Reduced to the amount allowed by the state PIP medical fee schedule.",
    "PD": "Paid as billed.",
    "CD": "Code 97014 is not payable under the fee schedule for this payer; unattended electrical stimulation must "
          "be billed as G0283. Resubmit with the correct code.",
    "NR": "The records do not show that this treatment is related to the injuries from this accident. The lumbar "
          "MRI was ordered for a condition documented before the date of loss.",
    "LT": "The bill was received more than 45 days after the date of service, the limit in the policy for "
          "submitting medical bills. Not payable.",
    "NS": "The injured person did not attend two scheduled independent medical examinations. Benefits are "
          "suspended under the policy's cooperation condition until an examination is attended.",
}


def eor(rng, kind: str, issuer: str, ds: str, ms: str, dl: str):
    passenger = kind in ("unrelated",)
    injured, insured, policy, claim = _people(rng, passenger=passenger)
    name = injured[0]
    loss = dt.date(2026, rng.randint(1, 5), rng.randint(1, 28))
    clinic = {"fee": CLINICS[5], "unrelated": CLINICS[2], "late": CLINICS[1], "noshow": CLINICS[9]}[kind]
    doc = rng.choice(DOCTORS)
    first_dos = days(loss, rng.randint(5, 20))
    if kind in ("fee", "noshow"):
        lines = _bill_lines(rng, CHIRO[:2] + CHIRO[3:4], [first_dos, days(first_dos, 3)])
    elif kind == "unrelated":
        lines = _bill_lines(rng, MRI, [first_dos])
    else:
        lines = _bill_lines(rng, ORTHO[:2], [first_dos])
    received = days(first_dos, rng.randint(12, 25) + (50 if kind == "late" else 0))
    review = days(received, rng.randint(6, 18))
    for ln in lines:
        if kind == "fee":
            if ln["code"] == "97014":
                ln["allow"], ln["rc"] = 0.0, "CD"
            else:
                ln["allow"], ln["rc"] = round(ln["billed"] * rng.uniform(0.6, 0.85), 2), "FS"
        elif kind == "unrelated":
            ln["allow"], ln["rc"] = (0.0, "NR") if ln["code"] == "72148" else (ln["billed"], "PD")
        else:
            ln["allow"], ln["rc"] = 0.0, {"late": "LT", "noshow": "NS"}[kind]
    billed = round(sum(x["billed"] for x in lines), 2)
    allowed = round(sum(x["allow"] for x in lines), 2)
    bill = f"{digits(rng, 2)}{letters(rng, 2)}{digits(rng, 6)}"
    p = Page(footer="Page {n} of {nb}", footer_left=f"PIP-EOR {rng.randint(100, 999)} 03/2025   DCN {digits(rng, 13)}")
    p.add_page()
    if issuer == "axle":
        p.line("Axlewood Casualty & Indemnity Co.", 15, "B", h=7)
        p.line("Auto Medical Bill Review Unit", 9.5, h=5)
        head, alts = AXLE, {}
    else:
        p.line("Milepost Medical Bill Review, LLC", 15, "B", h=7)
        p.line(f"Reviewing medical bills for {CLOUD}", 9.5, h=5)
        head, alts = MILE, {"insurer": [CLOUD]}
    p.line(f"PO Box {rng.randint(5000, 9999)}, Alpine, TX 79830  |  Provider line {phone(rng)}  |  "
           f"Fax {phone(rng, False)}", 7.8, h=4.5)
    super(Page, p).line(p.l_margin, p.get_y() + 1, p.w - p.r_margin, p.get_y() + 1)
    p.ln(4)
    for ln in [clinic, "Attn: PIP billing"] + address(rng):
        p.line(ln, 9.5, h=4.8)
    p.ln(2)
    p.line("EXPLANATION OF REVIEW \u2013 PERSONAL INJURY PROTECTION", 12, "B", align="C", h=7)
    rows = [("Review date", fdate(review, ds)), ("Claim no.", claim), ("Injured person", name),
            ("Named insured", insured[0]), ("Policy no.", policy), ("Date of loss", fdate(loss, ds)),
            ("Bill no.", bill), ("Bill received", fdate(received, ds)), ("Patient acct", digits(rng, 7)),
            ("Provider TIN", f"{digits(rng, 2)}-{digits(rng, 7)}"), ("Rendering provider", doc),
            ("Provider NPI", npi(rng))]
    half = (p.w - p.l_margin - p.r_margin) / 2
    y0 = p.get_y()
    for i, (k, v) in enumerate(rows):
        p.set_xy(p.l_margin + (i % 2) * half, y0 + (i // 2) * 5.6)
        p.f(8.5, "B")
        p.cell(36, 5.6, k + ":", border="LTB")
        p.f(8.5)
        p.cell(half - 36, 5.6, v, border="RTB")
    p.set_xy(p.l_margin, y0 + ((len(rows) + 1) // 2) * 5.6 + 3)
    trows = [[str(i + 1), fdate(ln["dos"], "slash"), ln["code"], ln["desc"], money(ln["billed"], ms),
              money(ln["allow"], ms), money(round(ln["billed"] - ln["allow"], 2), ms), ln["rc"]]
             for i, ln in enumerate(lines)]
    trows.append(["", "", "", "Totals", money(billed, ms), money(allowed, ms), money(round(billed - allowed, 2), ms),
                  ""])
    p.table(["Ln", "Date of service", "CPT/HCPCS", "Description", "Billed", "Allowed", "Reduction", "Reason"], trows,
            [8, 22, 18, 56, 20, 20, 20, 16], size=7.8, aligns=["C", "L", "L", "L", "R", "R", "R", "C"],
            bold_last=True)
    p.heading("Reason codes", 10, rule=True)
    for rc in sorted({ln["rc"] for ln in lines}):
        p.para(f"**{rc}**  {REASONS[rc]}", 8.6, gap=0.8)
    if allowed:
        p.para(f"Payment of {money(allowed, ms)} will be issued to the provider. PIP pays 80% of reasonable expenses "
               "under the policy; any balance may be billed to other coverage as the law allows.", 9)
    else:
        p.para("No payment is made on this bill.", 9)
    p.heading("Reconsideration", 10, rule=True)
    if dl == "notice":
        p.para("If you disagree with this review, you may request reconsideration within 60 days of the date of this "
               "explanation of review. Send the bill number, the lines in dispute and supporting records.", 8.8)
        deadline = days(review, 60).isoformat()
    elif dl == "date":
        last = days(review, 60)
        p.para(f"Reconsideration requests must be received by {fdate(last, ds)}. Send the bill number, the lines in "
               "dispute and supporting records.", 8.8)
        deadline = last.isoformat()
    else:
        p.para("A provider who disagrees may request reconsideration within 30 days after receiving this explanation "
               "of review. Send the bill number, the lines in dispute and supporting records.", 8.8)
        deadline = None
    p.para("Disputes not resolved on reconsideration may be submitted to arbitration as state law allows.", 8.3)
    denied = [ln for ln in lines if ln["rc"] not in ("FS", "PD")]
    mid, alt = _ids(injured, insured, policy)
    alts.update(alt)
    alts.update({"case_numbers": [[claim]], "provider": [clinic], "plan_id": [policy.replace(" ", "")]})
    if dl == "receive":
        alts["appeal_deadline"] = [days(review, 30).isoformat()]
    if kind in ("fee", "unrelated"):
        alts["claim_amount"] = [m2(sum(x["billed"] for x in denied))]
        alts["service_dates"] = [sorted({x["dos"].isoformat() for x in lines})]
    dtype, dalt = {"fee": ("coding_error", ["other"]), "unrelated": ("not_covered", ["other"]),
                   "late": ("timely_filing", None), "noshow": ("other", None)}[kind]
    t = truth("eob", dtype, insurer=head, member_id=mid, member_name=name, cases=[claim, bill],
              claim_amount=m2(billed), service_dates=sorted({x["dos"].isoformat() for x in denied}),
              denial_date=review.isoformat(), provider=doc, appeal_deadline=deadline, alternates=alts,
              denial_alternates=dalt, type_alternates=["denial_letter"])
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    r = random.Random(61480)
    return [Item("pip_auto_medical_bd_ime", "born_digital", [roadmere_letter(r, "ime", "long", "plain", "notice")]),
            Item("pip_auto_medical_bd_eor_fee", "born_digital", [eor(r, "fee", "axle", "slash", "plain", "notice")]),
            Item("pip_auto_medical_scan_unrelated", "scan_clean_300",
                 [eor(r, "unrelated", "mile", "iso", "nosign", "date")]),
            Item("pip_auto_medical_faxf_late", "fax_fine_g4", [eor(r, "late", "axle", "dmy", "usd", "receive")]),
            Item("pip_auto_medical_photo_es", "phone_photo", [roadmere_es(r, "plain")]),
            Item("pip_auto_medical_rot_exhausted", "rotated",
                 [roadmere_letter(r, "exhausted", "slash", "plain", "date", two_pages=True)]),
            Item("pip_auto_medical_lowres_noshow", "scan_lowres_150",
                 [eor(r, "noshow", "mile", "long", "plain", "notice")])]
