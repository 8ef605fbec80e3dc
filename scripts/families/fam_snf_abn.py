"""Family snf_abn: the Skilled Nursing Facility Advance Beneficiary Notice of Non-coverage (SNF ABN) a nursing
facility gives a Medicare resident BEFORE care that it expects Medicare not to pay for.

Modelled on the public SNF ABN (form CMS-10055), in our own words: lettered blanks (A) Notifier, (B) Patient Name,
(C) Identification Number (the facility's own resident or account number, or blank); the note that Medicare may not
pay for the care in (D); a table (D) care / (E) reason Medicare may not pay / (F) estimated cost (per day); what to
do now; (G) three options with check boxes, one ticked (option 1 asks the facility to send the claim to Medicare);
(H) additional information (the date the care would start, the last day Medicare is expected to pay, the admission
date, the attending physician, a Medicare number on some); (I) signature and (J) date; form and OMB numbers in the
footer. Invented facilities; reasons: custodial care only, no qualifying 3-day inpatient stay (observation days),
all 100 benefit days used, therapy goals met, a service more often than needed; one in Spanish. Nothing has been
decided by a payer, so each notice is `other` with no denial type; the estimated cost is a decoy.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundl_famv import DOCTORS, DOCTORS_ES, SNFS, address, days, digits, fdate, iso, mbi, mixed, person, phone, usd
from public_kit import Page, out, truth

FAMILY = "snf_abn"
LANG = "en"
BOX_ON, BOX_OFF = "\u2612", "\u2610"

# kind -> (D wording, E reason (may use {start}, {last}, {adm}), daily cost range)
KINDS = {
    "custodial": ("Skilled nursing facility care (room, board and nursing) beginning {start}",
                  "Medicare pays for a skilled nursing facility only while you need skilled nursing or therapy "
                  "every day. Your wound has healed and your therapy has ended; the help you still need with "
                  "bathing, dressing and walking is custodial care, which Medicare does not cover.", (360, 440)),
    "no3day": ("All care in our facility from admission on {start}",
               "Medicare Part A pays for skilled nursing facility care only after an inpatient hospital stay of at "
               "least 3 days. Your hospital records show you were an outpatient in observation for 2 days, not an "
               "inpatient, so this stay is not expected to qualify.", (380, 470)),
    "days100": ("Skilled nursing care and therapy from {start}",
                "Medicare pays for up to 100 days of skilled nursing facility care in each benefit period. Day "
                "100 of your current benefit period is {last}; care after that day is not covered.", (350, 420)),
    "therapy": ("Daily physical and occupational therapy and the stay that goes with it, starting {start}",
                "You have reached your therapy goals. The exercises you still do can be given by nursing aides as "
                "part of a restorative program; they no longer need a skilled therapist every day, so Medicare may "
                "not pay for the stay.", (330, 410)),
    "resp": ("Respiratory therapy treatments 3 times a day, starting {start}",
             "Your doctor's notes show your breathing has been stable for a week. Treatments this often are more "
             "than your condition needs, so Medicare may find them not reasonable and necessary.", (85, 140)),
    "custodial_es": ("Atención en un centro de enfermería especializada (habitación, comidas y enfermería) a partir "
                     "del {start}",
                     "Medicare paga por un centro de enfermería especializada solo mientras usted necesite "
                     "enfermería o terapia especializada todos los días. Su terapia terminó y la ayuda que necesita "
                     "ahora para bañarse, vestirse y comer es cuidado de custodia, que Medicare no cubre.", (340, 420)),
}
OPTS_EN = [("OPTION 1.", "I want the care listed in (D). You may ask me to pay now, but I also want you to bill "
            "Medicare for an official decision on payment, which Medicare will send me on a Medicare Summary Notice. "
            "I understand that if Medicare does not pay, I am responsible for the bill, but I can appeal to Medicare "
            "by following the directions on that notice. If Medicare pays, you will give back what I paid you, less "
            "any coinsurance or deductible."),
           ("OPTION 2.", "I want the care listed in (D), but do not bill Medicare. You may ask me to pay now, since I "
            "am responsible for payment. I cannot appeal if Medicare is not billed."),
           ("OPTION 3.", "I do not want the care listed in (D). I understand I will not be responsible for paying "
            "for it, and I cannot appeal to see whether Medicare would have paid.")]
OPTS_ES = [("OPCIÓN 1.", "Quiero la atención indicada en (D). Pueden pedirme el pago ahora, pero también quiero que "
            "facturen a Medicare para que tome una decisión oficial, que me llegará en un Resumen de Medicare. Si "
            "Medicare no paga, soy responsable del pago, pero puedo apelar siguiendo las instrucciones del Resumen."),
           ("OPCIÓN 2.", "Quiero la atención indicada en (D), pero no facturen a Medicare. Pueden pedirme el pago "
            "ahora porque yo soy responsable. No puedo apelar si no se factura a Medicare."),
           ("OPCIÓN 3.", "No quiero la atención indicada en (D). Entiendo que no tendré que pagarla y que no puedo "
            "apelar para saber si Medicare la habría pagado.")]


def _top(p: Page, es: bool, snf: str, name: str, ident: str, rng) -> None:
    a = address(rng, "es" if es else "en")
    lab = ("(A) Notificante:", "(B) Nombre del paciente:", "(C) Número de identificación:") if es else \
        (rng.choice(["(A) Notifier:", "(A) Notifier(s):"]), "(B) Patient Name:", "(C) Identification Number:")
    p.f(8.5, "B")
    p.cell(0, 4.6, lab[0], new_x="LMARGIN", new_y="NEXT", border="LTR")
    p.f(10.5, "B")
    p.cell(0, 5.2, "   " + snf, new_x="LMARGIN", new_y="NEXT", border="LR")
    p.f(9)
    p.cell(0, 4.8, f"   {a[0]}, {a[1]}   {'Tel.' if es else 'Phone'} {phone(rng)}", new_x="LMARGIN", new_y="NEXT",
           border="LRB")
    p.f(8.5, "B")
    p.cell(105, 6, lab[1], border="LTR")
    p.cell(0, 6, lab[2], border="LTR", new_x="LMARGIN", new_y="NEXT")
    p.f(10)
    p.cell(105, 6.5, "   " + name, border="LRB")
    p.cell(0, 6.5, "   " + ident, border="LRB", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)


def _dtable(p: Page, head, row, widths) -> None:
    """The ruled (D)/(E)/(F) table; the reason wraps."""
    p.f(8.5, "B")
    y, x = p.get_y(), p.l_margin
    for h, w in zip(head, widths):
        p.rect(x, y, w, 8.4)
        p.set_xy(x + 0.5, y)
        p.multi_cell(w - 1, 4.2, h, new_x="RIGHT", new_y="TOP", align="L")
        x += w
    y += 8.4
    p.f(9)
    n = max(len(p.multi_cell(w - 1, 4.4, c, dry_run=True, output="LINES")) for c, w in zip(row, widths))
    hgt, x = n * 4.4 + 1.5, p.l_margin
    for c, w in zip(row, widths):
        p.rect(x, y, w, hgt)
        p.set_xy(x + 0.5, y + 0.7)
        p.multi_cell(w - 1, 4.4, c, new_x="RIGHT", new_y="TOP", align="L")
        x += w
    p.set_xy(p.l_margin, y + hgt + 3)


def make(rng: random.Random, kind: str, snf_i: int, choice: int, ds: str, ms: str, *, ident: bool = True,
         show_mbi: bool = False, attending: bool = True):
    es = kind.endswith("_es")
    lang = "es" if es else "en"
    snf = SNFS[snf_i]
    name = person(rng, lang)
    first, last = name.split()[0], name.split()[-1]
    adm = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 100))
    start = adm if kind == "no3day" else days(adm, rng.randint(9, 40))
    lastpaid = days(start, -1)
    signed = days(start, -rng.choice([2, 2, 3])) if kind != "no3day" else adm
    d = (lambda x: fdate(x, "es")) if es else (lambda x: fdate(x, ds))  # noqa: E731
    doc = rng.choice(DOCTORS_ES if es else DOCTORS)
    m = mbi(rng)
    idn = rng.choice([f"Resident #{digits(rng, 6)}", mixed(rng, "RES-9999A9"), f"Acct {digits(rng, 8)}"]) if ident \
        else ""
    lo, hi = KINDS[kind][2]
    cost = rng.randint(lo, hi) + rng.choice([0, 0.5, 0.75])
    per = {"plain": " per day", "nosign": "/day", "bare": " daily", "usd": " per day"}[ms] if not es else " por día"
    p = Page(footer=None, footer_left=("Formulario CMS-10055-S (vence 09/30/2028)" if es else
                                       "Form CMS-10055 (Exp. 09/30/2028)") + "      OMB No. 0938-0781")
    p.add_page()
    _top(p, es, snf, name, idn, rng)
    p.f(12 if es else 13, "B")
    p.multi_cell(0, 6.5, "Aviso previo de no cobertura al beneficiario del centro de enfermería especializada "
                 "(SNF ABN)" if es else "Skilled Nursing Facility Advance Beneficiary Notice of Non-coverage (SNF ABN)",
                 align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para("**NOTA:** Si Medicare no paga por la atención indicada en (D), es posible que usted tenga que pagarla." if es
           else "**NOTE:** If Medicare does not pay for the care in (D) below, you may have to pay for it.", 10)
    p.para("Medicare no paga por todo, ni siquiera por toda la atención que usted o su proveedor creen que necesita. "
           "Esperamos que Medicare no pague por la atención indicada abajo." if es else
           "Medicare does not pay for everything, even some care that you or your health care provider have good "
           "reason to think you need. We expect that Medicare may not pay for the care listed below.", 9.5)
    fmt = dict(start=d(start), last=d(lastpaid), adm=d(adm))
    dtext, why = KINDS[kind][0].format(**fmt), KINDS[kind][1].format(**fmt)
    head = (["(D) Atención:", "(E) Razón por la que Medicare podría no pagar:", "(F) Costo estimado:"] if es else
            ["(D) Care:", rng.choice(["(E) Reason Medicare May Not Pay:", "(E) Why Medicare may not pay:"]),
             "(F) Estimated Cost:"])
    _dtable(p, head, [dtext, why, usd(cost, ms) + per], [56, 94, 30])
    p.heading("LO QUE DEBE HACER AHORA:" if es else "WHAT YOU NEED TO DO NOW:", 10)
    p.bullets(["Lea este aviso para tomar una decisión informada sobre su atención.",
               "Háganos las preguntas que tenga después de leerlo.",
               "Elija una opción abajo sobre si quiere recibir la atención indicada en (D)."] if es else
              ["Read this notice so that you can make an informed decision about your care.",
               "Ask us any questions you have after you finish reading.",
               "Choose an option below about whether to receive the care listed in (D)."], 9)
    p.heading("(G) OPCIONES: marque una sola casilla. No podemos marcarla por usted." if es else
              "(G) OPTIONS: Check only one box. We cannot choose a box for you.", 10, rule=True)
    for i, (lab, txt) in enumerate(OPTS_ES if es else OPTS_EN, 1):
        p.para(f"{BOX_ON if i == choice else BOX_OFF} **{lab}** {txt}", 9, gap=1.2)
    p.heading("(H) Información adicional:" if es else "(H) Additional Information:", 10)
    p.para(_extra(rng, kind, es, d, adm, start, lastpaid, doc if attending else None, m if show_mbi else None), 9)
    p.para("Al firmar abajo, usted confirma que recibió y entiende este aviso. Le daremos una copia." if es else
           "Signing below means that you have received and understand this notice. You also receive a copy.", 9)
    p.f(9, "B")
    p.cell(115, 6, "(I) Firma:" if es else "(I) Signature:", border=1)
    p.cell(0, 6, "(J) Fecha:" if es else "(J) Date:", border=1, new_x="LMARGIN", new_y="NEXT")
    p.f(10)
    p.cell(115, 7, f"   /s/ {first} {last}", border=1)
    p.cell(0, 7, "   " + d(signed), border=1, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para("Según la Ley de Reducción de Trámites, nadie tiene que responder a una recopilación de información que no "
           "muestre un número de control OMB válido; el de este aviso es 0938-0781." if es else
           "Under the Paperwork Reduction Act, no one has to respond to a collection of information unless it shows "
           "a valid OMB control number; this one is 0938-0781. It takes about 12 minutes to give this notice.", 7)
    alts = {"insurer": [None], "service_dates": [[]]}
    if attending:
        alts["provider"] = [doc]
    t = truth("other", None, insurer="Medicare", member_id=m if show_mbi else None, member_name=name,
              service_dates=[iso(start)], denial_date=signed.isoformat(), provider=snf, lang=lang, alternates=alts)
    return out(p), t


def _extra(rng, kind, es, d, adm, start, lastpaid, doc, m) -> str:
    """Box (H): the dates around the change, the attending doctor, sometimes the Medicare number."""
    if es:
        s = (f"Fecha de ingreso: {d(adm)}. Medicare pagaría hasta el {d(lastpaid)}; la atención indicada en (D) "
             f"empezaría el {d(start)}.")
        s += f" Médico de cabecera: {doc}." if doc else ""
        s += f" Número de Medicare: {m}." if m else ""
        return s + " Este aviso es nuestra opinión, no una decisión oficial de Medicare."
    parts = []
    if kind != "no3day":
        parts.append(rng.choice([f"Admitted to our facility on {d(adm)}. Last day we expect Medicare to pay: "
                                 f"{d(lastpaid)}. The care in (D) would begin {d(start)}.",
                                 f"Date of admission: {d(adm)}. Medicare-covered days are expected to end after "
                                 f"{d(lastpaid)}; non-covered care starts {d(start)}."]))
    else:
        parts.append(f"Date of admission: {d(adm)}. Hospital observation stay before admission: 2 days.")
    if doc:
        parts.append(f"Attending physician: {doc}.")
    if m:
        parts.append(f"Medicare number on file: {m}.")
    parts.append("You may ask us to send a claim to Medicare even if we expect it to be denied (option 1). This "
                 "notice is our opinion, not an official Medicare decision.")
    return " ".join(parts)


def documents(rng: random.Random) -> list[Item]:
    return [
        Item("snf_abn_bd_custodial", "born_digital", [make(rng, "custodial", 0, 1, "long", "plain")]),
        Item("snf_abn_bd_custodial_es", "born_digital", [make(rng, "custodial_es", 5, 1, "es", "plain",
                                                              show_mbi=True)]),
        Item("snf_abn_scan_no3day", "scan_clean_300", [make(rng, "no3day", 1, 1, "slash", "nosign")]),
        Item("snf_abn_lowres_days100", "scan_lowres_150", [make(rng, "days100", 2, 2, "dmy", "plain",
                                                                 ident=False)]),
        Item("snf_abn_copy_therapy", "photocopy", [make(rng, "therapy", 3, 1, "abbr", "bare", show_mbi=True)]),
        Item("snf_abn_rot_resp", "rotated", [make(rng, "resp", 4, 3, "iso", "usd", attending=False)]),
        Item("snf_abn_faxf_custodial", "fax_fine_g4", [make(rng, "custodial", 6, 2, "upper", "plain")]),
    ]
