"""Family 'pharmacy_rejection': a pharmacy benefit manager's notices after a claim was rejected at the pharmacy counter.

Kinglet Rx Solutions is fictional; it runs the drug benefit of the fictional Brambleton Mutual Health. When a
pharmacy claim is rejected the member gets a notice with the NCPDP reject code and its meaning in plain words
(70 product not covered, 75 prior authorization required, 76 plan limitations exceeded, 79 refill too soon,
65 patient not covered), the drug with its NDC and Rx number (decoys), the prescriber, the pharmacy with its NCPDP ID,
the card's RxBIN / RxPCN / RxGrp (the RxGrp is the group number), the claim's transaction reference and the price the
pharmacy submitted. One notice reports a paid claim (denies nothing); one is in Spanish.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, pdf_bytes, truth
from kit_roundj_famr import DOCTORS, FIRST_ES, LAST_ES, days, digits, letters, money, person

FAMILY = "pharmacy_rejection"
LANG = "en"
INSURER = "Kinglet Rx Solutions"
PLAN_NAME = "Brambleton Mutual Health"
PHARMACIES = ["Thimbleberry Pharmacy #0412", "Corner Mill Drug", "Wyvern Street Apothecary",
              "Farmacia Los Almendros", "Gullhaven Community Pharmacy"]
# kind -> (denial, reject code, meaning, plain explanation, drug, quantity)
KINDS = {
    "r75": ("prior_authorization", "75", "Prior authorization required",
            "Your plan covers this drug only after your prescriber shows us that you meet the plan's criteria. No "
            "approval was on file when the pharmacy sent the claim. Ask your prescriber to request approval.",
            "Rivendrola 40 mg tablets", "30 tablets / 30 days"),
    "r70": ("not_covered", "70", "Product/service not covered",
            "This drug is not on your plan's drug list (formulary) and your plan excludes drugs used for weight "
            "loss. The plan will not pay for it at any pharmacy.", "Semlorix 2.4 mg pen", "4 pens / 28 days"),
    "r70b": ("not_covered", "70", "Product/service not covered",
             "Over-the-counter and cosmetic products are excluded from your benefit. This product is not covered.",
             "Dermaclair 0.1% cream", "45 g / 30 days"),
    "r76": ("not_covered", "76", "Plan limitations exceeded",
            "Your plan allows at most 9 tablets every 30 days for this drug. The pharmacy asked for 18, which is more "
            "than the plan limit.", "Zolmatrex 5 mg tablets", "18 tablets / 30 days"),
    "r79": ("other", "79", "Refill too soon",
            "You filled this prescription 12 days ago for a 30-day supply. The plan pays for a refill once 75% of the "
            "last supply should have been used.", "Lamovetra 100 mg tablets", "60 tablets / 30 days"),
    "r65": ("eligibility", "65", "Paciente no cubierto (patient not covered)",
            "Nuestros registros muestran que su cobertura terminó antes de la fecha de esta receta. El plan no "
            "puede pagar medicamentos surtidos después de esa fecha.", "Metfaxil 500 mg tabletas", "90 tabletas / 90 días"),
    "paid": (None, "", "", "", "Cardiolen 10 mg tablets", "90 tablets / 90 days"),
}
PLAN = [  # (stem, condition, kind, date style, money style, deadline, lang)
    ("pharmacy_rejection_bd_r75", "born_digital", "r75", "long", "plain", "within", "en"),
    ("pharmacy_rejection_bd_paid", "born_digital", "paid", "slash", "plain", None, "en"),
    ("pharmacy_rejection_scan_r70", "scan_clean_300", "r70", "abbr", "nosign", "by", "en"),
    ("pharmacy_rejection_faxs_r76", "fax_standard_g4", "r76", "slash", "plain", "within", "en"),
    ("pharmacy_rejection_photo_r79", "phone_photo", "r79", "dmy", "usd", "receive", "en"),
    ("pharmacy_rejection_copy_es", "photocopy", "r65", "es", "plain", "within", "es"),
    ("pharmacy_rejection_rot_r70b", "rotated", "r70b", "iso", "plain", "by", "en"),
]
L = {"en": dict(title="Notice of Rejected Pharmacy Claim", paid="Pharmacy Claim Statement: Claim Paid",
                date="Notice date", member="Member", mid="Member ID", drug="Drug", qty="Quantity / days supply",
                ndc="NDC", rx="Rx #", pres="Prescriber", pharm="Pharmacy", fill="Date filled (date of service)",
                ref="Claim reference #", sub="Pharmacy submitted price", code="Reject code", why="What this means"),
     "es": dict(title="Aviso de reclamación de farmacia rechazada", paid="", date="Fecha del aviso",
                member="Miembro", mid="Nº de identificación", drug="Medicamento", qty="Cantidad / días",
                ndc="NDC", rx="Nº de receta", pres="Médico que receta", pharm="Farmacia",
                fill="Fecha de surtido", ref="Nº de referencia de la reclamación", sub="Precio enviado por la farmacia",
                code="Código de rechazo", why="Qué significa")}


def build(r: Rand, kind: str, style: str, mstyle: str, dl: str | None, lang: str) -> tuple[bytes, dict]:
    t = L[lang]
    f, mf = (lambda x: fmt_date(x, style)), (lambda v: fmt_money(v, mstyle))
    denial, code, meaning, why, drug, qty = KINDS[kind]
    name = person(r, FIRST_ES, lastnames=LAST_ES)[0] if lang == "es" else person(r)[0]
    mid, grp = f"KRX{digits(r, 9)}", f"BMH{digits(r, 4)}"
    fill = dt.date(2026, r.randint(1, 9), r.randint(1, 28))
    notice = days(fill, r.randint(1, 4))
    written = days(fill, -r.randint(2, 20))
    prescriber, pharmacy = r.choice(DOCTORS), r.choice(PHARMACIES if lang == "es" else PHARMACIES[:3] + PHARMACIES[4:])
    price = money(r, 38, 1450)
    ref = f"{fill.strftime('%y%j')}{digits(r, 7)}"
    d = Doc("Helvetica", footer=f"Kinglet Rx Solutions  |  KRX-MBR-{letters(r, 2)}-2025  |  {{p}}/{{n}}",
            margins=(18, 15, 18))
    d.add_page()
    d.text_line("Kinglet Rx", size=20, style="B", h=9)
    d.text_line("Solutions  -  pharmacy benefit manager for " + PLAN_NAME, size=9, style="I")
    d.text_line("PO Box 40917, Larch Harbor, WI 53401  |  Pharmacy help desk 1-877-555-0148", size=8)
    d.ln(4)
    d.text_line(f"{t['date']}: {f(notice)}", size=10)
    d.ln(2)
    d.text_line(name, size=10, h=4.8)
    d.text_line(f"{r.randint(10, 990)} Cloverdale Row", size=10, h=4.8)
    d.text_line("Larch Harbor, WI 53403", size=10, h=4.8)
    d.ln(4)
    d.text_line(t["paid"] if kind == "paid" else t["title"], size=12.5, style="B", h=7)
    card = f"RxBIN {digits(r, 6)}   RxPCN {letters(r, 3)}{digits(r, 2)}   RxGrp {grp}"
    rows = [(t["member"], name), (t["mid"], mid), ("Card" if lang == "en" else "Tarjeta", card),
            (t["drug"], drug), (t["qty"], qty), (t["ndc"], f"{digits(r, 5)}-{digits(r, 4)}-{digits(r, 2)}"),
            (t["rx"], digits(r, 7)), (t["pres"], f"{prescriber} (NPI {'1' + digits(r, 9)})"),
            ("Date written" if lang == "en" else "Fecha de la receta", f(written)),
            (t["pharm"], f"{pharmacy} (NCPDP {digits(r, 7)})"), (t["fill"], f(fill)), (t["ref"], ref),
            (t["sub"], mf(price))]
    if kind == "paid":
        plan_paid = round(price * 0.8, 2)
        rows += [("Plan paid", mf(plan_paid)), ("You paid (copay)", mf(round(price - plan_paid, 2)))]
    else:
        rows.append((t["code"], f"{code} - {meaning}"))
    for k, v in rows:
        d.font(9.2, "B")
        d.cell(62, 5.2, k + ":")
        d.font(9.2)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    if kind == "paid":
        d.para(f"Your pharmacy claim was processed and paid. {drug}, filled {f(fill)} at {pharmacy}. No action is "
               f"needed. Keep this statement for your records.", size=9.3)
    else:
        d.text_line(t["why"], size=10.5, style="B", h=6)
        d.para(why, size=9.3)
        d.para(("La farmacia no le cobró la receta completa. " if lang == "es" else
                "The pharmacy did not fill the prescription under your plan. ") +
               ("Si tiene otra cobertura, muestre esa tarjeta en la farmacia." if lang == "es" else
                "You may ask your prescriber about a covered alternative."), size=9.3)
    deadline = days(notice, 180)
    if dl:
        d.text_line("Sus derechos" if lang == "es" else "Your rights", size=10.5, style="B", h=6)
        text = {"within": "You may ask for a coverage review (appeal) within 180 days of the date of this notice.",
                "by": f"You may ask for a coverage review (appeal). Deadline to request an appeal: {f(deadline)}.",
                "receive": "You may ask for a coverage review (appeal) within 180 days after you receive this notice."}[dl]
        if lang == "es":
            text = "Puede pedir una apelación dentro de 180 días a partir de la fecha de este aviso."
        d.para(text + (" Si su salud corre peligro, pida una revisión acelerada (72 horas)." if lang == "es" else
                       " If waiting could seriously harm your health, ask for an expedited review (72 hours)."),
               size=9)
    d.para("Kinglet Rx Solutions, Member Services 1-877-555-0140 (TTY 711), 24 hours a day.", size=8.5)
    alts: dict = {"provider": [prescriber], "insurer": [PLAN_NAME]}
    dl_truth = iso(deadline) if dl in ("within", "by") else None
    if dl == "receive":
        alts["appeal_deadline"] = [iso(deadline)]
    dalts = {"r76": ["medical_necessity", "other"], "r79": ["not_covered"]}.get(kind)
    tr = truth("other" if kind == "paid" else "denial_letter", denial, lang, insurer=INSURER, plan_id=None,
               group_number=grp, member_id=mid, member_name=name, case_numbers=[ref], claim_amount=f"{price:.2f}",
               service_dates=[iso(fill)], denial_date=iso(notice), provider=pharmacy, appeal_deadline=dl_truth,
               alternates=alts, denial_alternates=dalts, type_alternates=["eob"] if kind == "paid" else None)
    return pdf_bytes(d), tr


def documents(rng) -> list[Item]:
    return [Item(stem, cond, [build(Rand(69400 + i), kind, style, ms, dl, lang)])
            for i, (stem, cond, kind, style, ms, dl, lang) in enumerate(PLAN)]
