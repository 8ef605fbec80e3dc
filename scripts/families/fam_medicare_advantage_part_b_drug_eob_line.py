"""Family 'medicare_advantage_part_b_drug_eob_line': an invented Medicare Advantage plan's member Explanation of
Benefits where a Part B drug line (HCPCS J-code with units) given in a doctor's office is denied for step therapy
or a missing authorization, among paid office-visit and administration lines.

Cindergate Health Plan (parent line "Selkirk Cairnfield Health Holdings") is fictional, and so is every practice,
member and number. The page follows the order of the public CMS model Part C Explanation of Benefits ("Your
Medicare Advantage EOB for DATE", the summary of "Amount providers charged / Plan's share / Your share", "Your
claims in detail" with one box per claim, notes keyed by letter, "How to ask for an appeal", Medicare-required
sentences) in our own words; values invented. Three label sets; one Spanish EOB; one fully paid EOB (the drug line
paid because the step was on file); on three EOBs a second, fully paid claim from another provider is a decoy.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundaa_famaa import address, days, fdate, iso, m2, mixed, money, npi, person, phone, usd

FAMILY = "medicare_advantage_part_b_drug_eob_line"
LANG = "en"
INSURER = "Cindergate Health Plan"
PARENT = "Selkirk Cairnfield Health Holdings"
PRACTICES = ["Pencarrow Rheumatology Associates", "Galax Valley Eye Surgeons", "Caerwen Oncology & Infusion",
             "Heddwyn Bone Health Clinic", "Bryngarth Neurology Partners", "Quiller Allergy and Asthma Center"]
DRUGS = [  # code, description, units, per-unit charge, step drug words
    ("J1745", "Injection, infliximab, excludes biosimilar, 10 mg", 50, 118.4, "a biosimilar infliximab (Q5103)"),
    ("J0178", "Injection, aflibercept, 1 mg", 2, 1012.0, "bevacizumab (J9035) injections into the eye"),
    ("J9312", "Injection, rituximab, 10 mg", 70, 96.3, "a biosimilar rituximab (Q5119)"),
    ("J0897", "Injection, denosumab, 1 mg", 60, 27.9, "an oral bisphosphonate such as alendronate"),
    ("J2350", "Injection, ocrelizumab, 1 mg", 600, 14.6, "glatiramer or an interferon beta drug"),
    ("J2357", "Injection, omalizumab, 5 mg", 60, 41.7, "a high-dose inhaled steroid with a long-acting inhaler"),
]
LABELS = [
    dict(member="Member name", mid="Member ID", plan="Plan ID", claim="Claim number", prov="Provider",
         date="Date of service", svc="Service provided", charged="Amount the provider charged",
         allowed="Plan's approved amount", plan_paid="Plan's share", you="Your share", note="See note",
         issued="Date of this notice"),
    dict(member="Name", mid="ID number", plan="Contract/Plan", claim="Claim #", prov="Rendering provider",
         date="Service date", svc="Service", charged="Billed", allowed="Allowed", plan_paid="Plan paid",
         you="You may owe", note="Note", issued="Statement date"),
    dict(member="Enrollee", mid="Cindergate ID", plan="Plan number", claim="Claim ID", prov="Billed by",
         date="Visit date", svc="What you got", charged="Charges", allowed="Approved", plan_paid="We paid",
         you="Your cost", note="Notes", issued="Issued"),
]
ES = dict(member="Nombre del afiliado", mid="N.º de identificación", plan="ID del plan", claim="N.º de reclamo",
          prov="Proveedor", date="Fecha de servicio", svc="Servicio", charged="Cargo",
          allowed="Aprobado", plan_paid="Pagó el plan", you="Usted debe", note="Nota", issued="Fecha")
STEP_ES = {"J1745": "un infliximab biosimilar (Q5103)", "J0178": "inyecciones de bevacizumab (J9035) en el ojo",
           "J9312": "un rituximab biosimilar (Q5119)", "J0897": "un bisfosfonato oral como el alendronato",
           "J2350": "glatiramer o un interferón beta",
           "J2357": "un esteroide inhalado en dosis alta con un inhalador de acción prolongada"}
ADMIN = {"J1745": ("96365", "IV infusion, therapeutic, first hour"),
         "J0178": ("67028", "Injection into the eye"),
         "J9312": ("96413", "Chemo/biologic infusion, first hour"),
         "J0897": ("96372", "Injection under skin or into muscle"),
         "J2350": ("96365", "IV infusion, therapeutic, first hour"),
         "J2357": ("96372", "Injection under skin or into muscle")}
REASONS = {
    "step_kw": ("Step therapy required. This Part B drug is covered after {step} has been tried first; no record "
                "of that trial was sent to us. Line denied.", "medical_necessity"),
    "step_plain": ("Our plan pays for this medicine only after a patient has used {step} and it did not work or "
                   "could not be used. We found no sign that you used it, so we did not pay this line.",
                   "medical_necessity"),
    "pa_kw": ("Prior authorization required - no authorization on file for this drug on the date it was given. "
              "Line denied.", "prior_authorization"),
    "pa_plain": ("Your doctor needed to get our approval before giving you this medicine. We had no approval for "
                 "it, so we did not pay this line. Your doctor may ask us now and send us the records.",
                 "prior_authorization"),
    "es_step": ("Se requiere terapia escalonada: el plan cubre este medicamento de la Parte B solo después de "
                "probar {step}. No recibimos constancia de ese tratamiento, por eso no pagamos esta línea.",
                "medical_necessity"),
}


def _claim(r: random.Random, drug: tuple, practice: str, dos: dt.date, denied: bool) -> dict:
    code, desc, units, per, step = drug
    visit = money(r, 140, 290)
    admin_code, admin_desc = ADMIN[code]
    admin = money(r, 90, 420)
    drug_amt = round(units * per, 2)
    lines = [("99214", "Office visit, established patient", visit, round(visit * 0.62, 2), False),
             (admin_code, admin_desc, admin, round(admin * 0.58, 2), False),
             (code, f"{desc} x {units} units", drug_amt, 0.0 if denied else round(drug_amt * 0.74, 2), denied)]
    return dict(no=mixed(r, "CG99999999999"), practice=practice, npi=npi(r), dos=dos, lines=lines,
                total=round(sum(l[2] for l in lines), 2), step=step, code=code, units=units)


def _head(d: Doc, lab: dict, f: dict, variant: int, es: bool) -> None:
    if variant == 0:
        d.font(8, "I")
        d.cell(0, 4, PARENT, new_x="LMARGIN", new_y="NEXT")
        d.font(17, "B")
        d.cell(0, 8, "Cindergate Health Plan", new_x="LMARGIN", new_y="NEXT")
    elif variant == 1:
        d.font(20, "B")
        d.cell(0, 9, "CINDERGATE", new_x="LMARGIN", new_y="NEXT")
        d.font(10)
        d.cell(0, 5, "Health Plan  -  Medicare Advantage", new_x="LMARGIN", new_y="NEXT")
    else:
        d.font(15, "B")
        d.cell(0, 7, "Cindergate Health Plan", new_x="LMARGIN", new_y="NEXT")
        d.font(8)
        d.cell(0, 4, "Attn: Member Services - PO Box 4417, Galax, VA 24333", new_x="LMARGIN", new_y="NEXT")
    d.rule(0.7, 3)
    d.font(13, "B")
    title = ("Su Explicación de Beneficios (EOB) de Medicare Advantage" if es else
             "Your Medicare Advantage Explanation of Benefits (EOB)")
    d.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    d.font(9)
    per = (f"Reclamos procesados del {fdate(f['p0'], f['ds'])} al {fdate(f['p1'], f['ds'])}" if es else
           f"Claims processed {fdate(f['p0'], f['ds'])} to {fdate(f['p1'], f['ds'])}")
    d.cell(0, 5, per + ("  -  ESTO NO ES UNA FACTURA" if es else "  -  THIS IS NOT A BILL"),
           new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    rows = [(lab["member"], f["name"]), (lab["mid"], f["mid"]), (lab["plan"], f"{f['plan']}  {f['product']}"),
            (lab["issued"], fdate(f["notice"], f["ds"]))]
    if f.get("group"):
        rows.insert(2, ("Grupo" if es else "Retiree group", f["group"]))
    for k, v in rows:
        d.font(9.5, "B")
        d.cell(46, 5, k + ":")
        d.font(9.5)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.font(9)
    d.cell(0, 5, f["street"] + ", " + f["city"], new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def _claim_box(d: Doc, lab: dict, c: dict, f: dict, note_letter: str | None, es: bool) -> None:
    d.font(10, "B")
    d.set_fill_color(232, 232, 232)
    d.cell(0, 6, f"{lab['claim']}: {c['no']}", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.font(9)
    d.cell(0, 5, f"{lab['prov']}: {c['practice']}  (NPI {c['npi']})", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 5, f"{lab['date']}: {fdate(c['dos'], f['ds'])}", new_x="LMARGIN", new_y="NEXT")
    rows = []
    for code, desc, amt, paid, denied in c["lines"]:
        allowed = 0.0 if denied else round(paid / 0.8, 2)
        you = 0.0 if denied else round(allowed - paid, 2)
        rows.append([f"{code} {desc}"[:58], usd(amt, f["ms"]), usd(allowed, f["ms"]), usd(paid, f["ms"]),
                     usd(you, f["ms"]), note_letter if (denied and note_letter) else ""])
    rows.append(["*" + ("Total del reclamo" if es else "Claim total"), usd(c["total"], f["ms"]), "", "", "", ""])
    d.table([lab["svc"], lab["charged"], lab["allowed"], lab["plan_paid"], lab["you"], lab["note"]], rows,
            [78, 24, 22, 20, 22, 13], size=7.8, aligns="LRRRRC")


def eob(f: dict) -> bytes:
    es = f["lang"] == "es"
    lab = ES if es else LABELS[f["labels"]]
    d = Doc("Helvetica", footer=f"{f['material']}   Page {{p}} of {{n}}")
    d.add_page()
    _head(d, lab, f, f["head"], es)
    d.font(9)
    if es:
        d.multi_cell(0, 4.4, f"Resumen de este período: los proveedores cobraron {usd(f['sum_charged'], f['ms'])}; "
                     f"el plan pagó {usd(f['sum_paid'], f['ms'])}. Lo que ha pagado en el año: "
                     f"{usd(f['ytd'], f['ms'])} de su máximo de {usd(f['moop'], f['ms'])}.",
                     new_x="LMARGIN", new_y="NEXT")
    else:
        d.multi_cell(0, 4.4, f"Summary for this period: providers charged {usd(f['sum_charged'], f['ms'])}; "
                     f"the plan's share was {usd(f['sum_paid'], f['ms'])}. So far this year you have paid "
                     f"{usd(f['ytd'], f['ms'])} toward your {usd(f['moop'], f['ms'])} maximum out-of-pocket amount.",
                     new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.text_line("Sus reclamos en detalle" if es else "Your claims in detail", 11, "B", h=6)
    claims = f["claims"]
    for c in claims:
        _claim_box(d, lab, c, f, "A" if c is f["main"] and f["reason"] else None, es)
    if f["reason"]:
        d.text_line("Notas" if es else "Notes", 10, "B", h=5)
        step = STEP_ES[f["main"]["code"]] if es else f["main"]["step"]
        txt = REASONS[f["reason"]][0].format(step=step)
        d.para(f"A  {txt}", 9, gap=2)
        if es:
            d.text_line("Cómo pedir una apelación", 10, "B", h=5)
            d.para(f"Si no está de acuerdo, puede pedir una apelación (reconsideración). Debe pedirla dentro de "
                   f"{f['n']} días a partir de la fecha de este aviso. Llame al {f['ph']} (TTY 711) o escriba a "
                   "Cindergate Health Plan, Appeals and Grievances, PO Box 4418, Galax, VA 24333. Si su salud "
                   "podría sufrir daños graves, pida una apelación rápida; le contestamos en 72 horas.", 9, gap=2)
        elif f["dl"] == "days":
            d.text_line("How to ask for an appeal", 10, "B", h=5)
            d.para(f"If you disagree with a decision on this EOB, you can ask us for an appeal (a reconsideration). "
                   f"You must ask within {f['n']} days of the date of this notice. Call {f['ph']} (TTY 711) or "
                   "write to Appeals and Grievances, PO Box 4418, Galax, VA 24333. If waiting 30 days could "
                   "seriously harm your health, ask for a fast appeal; we answer within 72 hours.", 9, gap=2)
        else:
            d.text_line("Your right to appeal", 10, "B", h=5)
            d.para(f"To appeal the denied line, send us a written request. Your request must reach us by "
                   f"{fdate(f['deadline'], f['ds'])}. A fast (72-hour) appeal can be asked for by phone at "
                   f"{f['ph']}. Your doctor can ask for the appeal for you.", 9, gap=2)
    else:
        d.para("Every service on this EOB was paid under your plan's Part B benefit. If you have questions, "
               f"call Member Services at {f['ph']} (TTY 711), 8 a.m. to 8 p.m., seven days a week.", 9, gap=2)
    d.font(7.5, "I")
    tail = ("Cindergate Health Plan es un plan HMO con contrato con Medicare. La inscripción depende de la "
            "renovación del contrato. El Período de Inscripción Anual es del 15 de octubre al 7 de diciembre."
            if es else "Cindergate Health Plan is an HMO plan with a Medicare contract. Enrollment depends on "
            "contract renewal. The Annual Enrollment Period runs October 15 to December 7 each year; your new "
            "plan year starts January 1.")
    d.multi_cell(0, 3.6, tail, new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(d)


def facts(r: random.Random, reason: str | None, ds: str, ms: str, labels: int, head: int, decoy: bool,
          lang: str = "en", dl: str = "days", group: bool = False) -> dict:
    notice = dt.date(2026, r.randint(2, 9), r.randint(1, 26))
    dos = days(notice, -r.randint(16, 40))
    k = r.randrange(len(DRUGS))
    drug, practice = DRUGS[k], PRACTICES[k]
    main = _claim(r, drug, practice, dos, reason is not None)
    claims = [main]
    if decoy:
        other = dict(no=mixed(r, "CG99999999999"), practice=r.choice([p for p in PRACTICES if p != practice]),
                     npi=npi(r), dos=days(dos, r.randint(3, 9)), step="", code="", units=0)
        v = money(r, 120, 260)
        other["lines"] = [("99213", "Office visit, established patient", v, round(v * 0.64, 2), False)]
        other["total"] = v
        claims = [other, main] if r.random() < 0.5 else [main, other]
    street, city = address(r, lang)
    f = dict(lang=lang, reason=reason, ds=ds, ms=ms, labels=labels, head=head, notice=notice, main=main,
             claims=claims, name=person(r, lang), mid="CGH" + mixed(r, "999999999"),
             plan=f"H{r.randint(3100, 3999)}-{r.randint(1, 40):03d}",
             product=r.choice(["Cindergate Advantage Plus (HMO)", "Cindergate Classic Rx (HMO-POS)"]),
             material=f"H{r.randint(3100, 3999)}_EOB26_M", p0=days(notice, -r.randint(30, 34)),
             p1=days(notice, -r.randint(2, 5)), ph=phone(r), n=65, dl=dl, street=street, city=city,
             ytd=money(r, 300, 2800), moop=r.choice([4900.0, 5500.0, 6700.0]),
             group=("RG-" + mixed(r, "99999")) if group else None)
    f["deadline"] = days(notice, 65)
    f["sum_charged"] = round(sum(c["total"] for c in claims), 2)
    f["sum_paid"] = round(sum(l[3] for c in claims for l in c["lines"]), 2)
    return f


def eob_truth(f: dict) -> dict:
    reason = f["reason"]
    c = f["main"]
    denial = REASONS[reason][1] if reason else None
    alts = {}
    if denial == "medical_necessity":
        alts = ["prior_authorization", "not_covered"]
    dl = None
    if reason:
        dl = iso(f["deadline"])
    return truth("eob", denial, lang=f["lang"], insurer=INSURER, plan_id=f["plan"], group_number=f["group"],
                 member_id=f["mid"], member_name=f["name"], case_numbers=[c["no"]], claim_amount=m2(c["total"]),
                 service_dates=[iso(c["dos"])], denial_date=iso(f["notice"]), provider=c["practice"],
                 appeal_deadline=dl, denial_alternates=alts)


def documents(rng: random.Random) -> list[Item]:
    r = random.Random(107500)
    plan = [  # stem, condition, reason, date style, money style, labels, head, decoy claim, lang, deadline, group
        ("bd_step_kw", "born_digital", "step_kw", "long", "plain", 0, 0, False, "en", "days", False),
        ("bd_pa_plain_decoy", "born_digital", "pa_plain", "slash", "nosign", 1, 1, True, "en", "date", False),
        ("scan300_paid", "scan_clean_300", None, "abbr", "plain", 2, 2, False, "en", "days", False),
        ("lowres_step_plain_decoy", "scan_lowres_150", "step_plain", "dmy", "plain", 2, 0, True, "en", "days", True),
        ("photocopy_pa_kw_decoy", "photocopy", "pa_kw", "upper", "space", 0, 1, True, "en", "days", False),
        ("phone_es_step", "phone_photo", "es_step", "es", "plain", 0, 2, False, "es", "days", False),
        ("faxstd_step_kw", "fax_standard_g4", "step_kw", "short", "plain", 1, 2, False, "en", "date", False),
    ]
    items = []
    for stem, cond, reason, ds, ms, labels, head, decoy, lang, dl, group in plan:
        f = facts(r, reason, ds, ms, labels, head, decoy, lang, dl, group)
        items.append(Item(f"{FAMILY}_{stem}", cond, [(eob(f), eob_truth(f))]))
    return items
