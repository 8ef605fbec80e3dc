"""Family 'part_d_late_enrollment_penalty_reconsideration_decision': the Medicare Part D independent review entity's
(IRE) decision on a beneficiary's request to reconsider a late enrollment penalty (LEP). Modelled from memory on the
public Part D IRE "Late Enrollment Penalty Reconsideration Decision" letters (42 CFR 423.46 and 423.56): the
beneficiary, the Medicare number (MBI), the drug plan and its contract-plan number, the IRE case number, the date the
request was received, the uncovered months counted, the coverage periods considered (creditable or not), the
decision (penalty upheld, reduced or removed), the new monthly penalty, and the closing paragraph that the decision is
final with no further appeal (an ALJ hearing is not offered for an LEP), only a reopening for new evidence.

Issuers: Krsko Review Partners, LLC (logo word "KRSKO" over a rule) and Sostanj Reconsideration Services (parent line
"A Zalec Federal Solutions company" above the name, return-address block). Decoys: the plan (name, contract number),
the plan's penalty notice date, the request received date, the initial enrollment period, coverage periods, the
national base beneficiary premium, the 180-day reopening sentence, the phone numbers. One Spanish decision.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundak_famkc import address, days, fdate, iso, mbi, mixed, month_year, person, tollfree, usd

FAMILY = "part_d_late_enrollment_penalty_reconsideration_decision"
LANG = "en"
KR, SO = "Krsko Review Partners, LLC", "Sostanj Reconsideration Services"
ADDR = {KR: ("PO Box 6612", "Trzin, PA 19406"), SO: ("1150 Menges Parkway, Suite 300", "Medvode, VA 23219")}
PLANS = [("Dolenc Rx Select (PDP)", "Ljutomer Health Plans", "S7731-012"),
         ("Mozirje Senior Rx (PDP)", "Radlje Benefit Company", "S4408-003"),
         ("Kozje Advantage Plus (HMO-POS)", "Lenart Health Alliance", "H6290-021")]
OTHER_COV = ["Dravograd County Retiree Health Plan", "Prevalje Steelworkers Benefit Trust",
             "Mezica School District Employee Plan", "Divaca Mutual Group Medical"]
BASE = 38.99   # the national base beneficiary premium printed in the letters (2026)
LABELS = [("Beneficiary", "Medicare Number", "IRE Case Number", "Decision Date", "Drug plan", "Contract/plan"),
          ("Enrollee name", "MBI", "Reconsideration No.", "Date of decision", "Part D plan", "Plan number"),
          ("Member", "Medicare ID", "Appeal / case #", "Date", "Plan name", "Contract-PBP"),
          ("Beneficiario(a)", "Número de Medicare", "Número de caso", "Fecha de la decisión",
           "Plan de medicamentos", "Contrato")]


def facts(r: random.Random, kind: str, ins: str, lab: int, ds: str, mode: str) -> dict:
    lang = "es" if lab == 3 else "en"
    dec = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 200))
    rcvd = days(dec, -r.randint(20, 75))
    plan_notice = days(rcvd, -r.randint(15, 50))
    iep_end = dt.date(r.randint(2019, 2023), r.randint(1, 12), 1)
    iep_end = (iep_end.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    months = r.randint(14, 46)
    enrolled = (iep_end + dt.timedelta(days=1))
    for _ in range(months):
        enrolled = (enrolled.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    cov_start, cov_months = iep_end + dt.timedelta(days=1), r.randint(6, months - 6)
    cov_end = cov_start
    for _ in range(cov_months):
        cov_end = (cov_end.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    cov_end -= dt.timedelta(days=1)
    new_months = {"upheld": months, "removed": 0, "reduced": months - cov_months}[kind]
    plan = PLANS[r.randrange(len(PLANS))]
    return dict(kind=kind, ins=ins, L=LABELS[lab], ds=ds, mode=mode, lang=lang, dec=dec, rcvd=rcvd,
                plan_notice=plan_notice, iep_end=iep_end, months=months, enrolled=enrolled, cov_start=cov_start,
                cov_end=cov_end, cov_months=cov_months, new_months=new_months, plan=plan, other=r.choice(OTHER_COV),
                member=person(r, lang), addr=address(r, lang), mbi=mbi(r),
                case=(mixed(r, "LEP-26-999999") if ins == KR else mixed(r, "26-L9999-9999")), ph=tollfree(r),
                analyst=f"{r.choice(['J.', 'R.', 'T.'])} {r.choice(['Skerlj', 'Kastelic'])}")


def penalty(months: int) -> float:
    return round(round(months * 0.01 * BASE / 0.10) * 0.10, 2)


def letterhead(d: Doc, f: dict) -> None:
    a = ADDR[f["ins"]]
    if f["ins"] == KR:
        d.text_line("KRSKO", 24, "B")
        d.rule(0.8, 1.5)
        d.text_line(f"{KR}  ·  Medicare Part D Independent Review Entity  ·  {a[0]}, {a[1]}", 8.5)
    else:
        d.text_line("A Zalec Federal Solutions company", 8)
        d.text_line(SO, 15, "B")
        d.text_line("Part D Independent Review Entity under contract with the Centers for Medicare & Medicaid "
                    "Services", 8.5)
        d.text_line(a[0], 8.5)
        d.text_line(a[1], 8.5)
    d.ln(5)


def body(d: Doc, f: dict) -> None:
    L, ds, m, es = f["L"], f["ds"], f["member"], f["lang"] == "es"
    d.text_line(fdate(f["dec"], ds), 10.5)
    d.ln(3)
    for ln in (m[0], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(4)
    plan, sponsor, contract = f["plan"]
    rows = [(L[0], m[0]), (L[1], f["mbi"]), (L[2], f["case"]), (L[3], fdate(f["dec"], ds)),
            (L[4], f"{plan}, offered by {sponsor}" if not es else f"{plan}, de {sponsor}"), (L[5], contract)]
    title = ("Decisión de reconsideración sobre la multa por inscripción tardía de la Parte D" if es else
             "Late Enrollment Penalty Reconsideration Decision")
    d.text_line(title, 13, "B")
    d.ln(2)
    if f["mode"] == "boxes":
        d.boxes([(L[0], m[0], 62), (L[1], f["mbi"], 42), (L[2], f["case"], 40), (L[3], fdate(f["dec"], ds), 36)])
        d.boxes([(L[4], plan, 92), (L[5], contract, 38), ("Sponsor", sponsor, 50)])
        d.ln(4)
    elif f["mode"] == "table":
        for k, v in rows:
            d.font(10, "B")
            d.cell(48, 5.6, k + ":")
            d.font(10)
            d.cell(0, 5.6, v, new_x="LMARGIN", new_y="NEXT")
        d.ln(4)
    else:
        d.para(f"RE: {m[0]}   {L[1]} {f['mbi']}   {L[2]} {f['case']}" if not es else
               f"Asunto: {m[0]}   {L[1]}: {f['mbi']}   {L[2]}: {f['case']}", 10, 3)
    pn, nn = penalty(f["months"]), penalty(f["new_months"])
    if es:
        d.para(f"Estimado(a) {m[1]} {m[3]}:", 10.5)
        d.para(f"Recibimos su solicitud de reconsideración el {fdate(f['rcvd'], 'es')}. Usted nos pidió revisar la "
               f"multa por inscripción tardía que le fijó {plan} en su aviso del {fdate(f['plan_notice'], 'es')}. "
               f"El plan contó {f['months']} meses sin cobertura acreditable de medicamentos después de que terminó "
               f"su período de inscripción inicial el {fdate(f['iep_end'], 'es')}.")
    else:
        d.para(f"Dear {m[1]} {m[3]}:", 10.5)
        d.para(f"We received your request for reconsideration on {fdate(f['rcvd'], ds)}. You asked us to review the "
               f"Part D late enrollment penalty (LEP) that {plan} told you about in its notice dated "
               f"{fdate(f['plan_notice'], ds)}. The plan counted {f['months']} months without creditable prescription "
               f"drug coverage after your initial enrollment period ended on {fdate(f['iep_end'], ds)} and before "
               f"your Part D coverage began on {fdate(f['enrolled'], ds)}.")
    hd = (["Cobertura revisada", "Desde", "Hasta", "¿Acreditable?"] if es else
          ["Coverage we considered", "From", "Through", "Creditable?"])
    ok = f["kind"] in ("removed", "reduced")
    yes, no = ("Sí", "No") if es else ("Yes", "No")
    d.table(hd, [[f["other"], fdate(f["cov_start"], ds), fdate(f["cov_end"], ds), yes if ok else no],
                 ["Medicare Part D (" + plan + ")", fdate(f["enrolled"], ds), "(ongoing)", yes]],
            [86, 32, 32, 24], size=9, head_fill=True)
    k = f["kind"]
    if es:
        d.text_line("Nuestra decisión", 11.5, "B")
        d.para(f"Hemos decidido que la multa es correcta. La carta de su antiguo empleador indica que la cobertura "
               f"de {f['other']} no era acreditable: se esperaba que pagara menos que la cobertura estándar de "
               f"medicamentos de Medicare. Por eso no podemos quitar los {f['months']} meses. Su multa sigue siendo "
               f"de {usd(pn)} al mes ({f['months']} meses x 1% x {usd(BASE)}, la prima base nacional de 2026, "
               "redondeado a los 10 centavos más cercanos).")
        d.para("Esta decisión es definitiva. No puede pedir una audiencia ante un juez de derecho administrativo "
               "sobre una multa por inscripción tardía. Si tiene pruebas nuevas, puede pedirnos que reabramos el "
               f"caso dentro de 180 días. Llame al {f['ph']} (TTY 711).")
        return
    d.text_line("Our decision", 11.5, "B")
    if k == "upheld" and f["mode"] == "prose":
        d.para(f"We agree with your plan. The papers you sent show that {f['other']} was expected to pay less, on "
               "average, than Medicare's standard drug benefit, so it does not count to stop the penalty. The "
               f"{f['months']} months stay as counted and your penalty stays at {usd(pn)} each month.")
    elif k == "upheld":
        d.para(f"UPHELD. The late enrollment penalty is correct. The notice from {f['other']} states that its drug "
               "coverage was not creditable coverage. We cannot remove any of the uncovered months. Your monthly "
               f"penalty remains {usd(pn)} ({f['months']} months x 1% x {usd(BASE)} national base beneficiary "
               "premium, rounded to the nearest $0.10).")
    elif k == "reduced":
        d.para(f"PARTIALLY FAVORABLE. We found that {f['other']} was creditable coverage from "
               f"{fdate(f['cov_start'], ds)} through {fdate(f['cov_end'], ds)}. We removed those {f['cov_months']} "
               f"months. The remaining {f['new_months']} months without creditable coverage still count, so a "
               f"penalty still applies. Your monthly penalty changes from {usd(pn)} to {usd(nn)}. Your plan will "
               "correct your premium within 30 days.")
    else:
        d.para(f"FAVORABLE. We found that you had creditable prescription drug coverage through {f['other']} for the "
               "whole period the plan counted, with no gap of 63 days or more. You owe no late enrollment penalty. "
               f"Your plan must remove the {usd(pn)} monthly penalty and refund any penalty amounts you paid.")
    d.text_line("What happens next", 11.5, "B")
    d.para("This decision is final and binding. The regulations do not give you the right to ask an "
           "Administrative Law Judge or the Medicare Appeals Council to review a late enrollment penalty decision. "
           "We may reopen this decision if you send new and material evidence within 180 days, or at any time if "
           f"there was fraud. Questions: call {f['ph']} (TTY 711), Monday to Friday.", 10)
    d.para(f"Sincerely,\n{f['analyst']}, Reconsideration Analyst\n{f['ins']}", 10)
    d.para(f"cc: {sponsor} (contract {contract})", 8.5)


def build(f: dict) -> bytes:
    d = Doc("Helvetica", footer=f"{f['case']}  ·  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    body(d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    common = dict(insurer=f["ins"], member_id=f["mbi"], member_name=f["member"][0], case_numbers=[f["case"]],
                  denial_date=iso(f["dec"]), alternates={"plan_id": [f["plan"][2]]})
    if k == "removed":
        return truth("other", None, f["lang"], **common)
    if k == "reduced":
        return truth("denial_letter", "other", f["lang"], type_alternates=["other"],
                     denial_alternates=["eligibility", None], **common)
    return truth("denial_letter", "other", f["lang"], denial_alternates=["eligibility"], **common)


# (stem suffix, condition, kind, issuer, label set, date style, layout)
PLAN = [
    ("bd_upheld_employer_plan_not_creditable", "born_digital", "upheld", KR, 0, "long", "table"),
    ("bd_removed_retiree_coverage_creditable", "born_digital", "removed", SO, 1, "slash", "boxes"),
    ("scan300_reduced_months_partly_creditable", "scan_clean_300", "reduced", KR, 2, "abbr", "prose"),
    ("lowres_upheld_plain_words", "scan_lowres_150", "upheld", SO, 0, "iso", "prose"),
    ("copy_reduced_boxes", "photocopy", "reduced", SO, 2, "dmy", "boxes"),
    ("faxstd_spanish_upheld", "fax_standard_g4", "upheld", KR, 3, "es", "table"),
    ("phone_removed_table", "phone_photo", "removed", KR, 1, "upper", "table"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, lab, ds, mode) in enumerate(PLAN):
        f = facts(random.Random(139500 + i), kind, ins, lab, ds, mode)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    return items
