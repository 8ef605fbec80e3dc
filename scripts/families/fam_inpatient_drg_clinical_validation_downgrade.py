"""Family 'inpatient_drg_clinical_validation_downgrade': a health plan's (or its clinical-validation vendor's)
letter after a post-payment or pre-payment clinical validation review of an inpatient hospital claim: a secondary
diagnosis (sepsis, acute respiratory failure, severe malnutrition, metabolic encephalopathy) is found not supported
by the medical record and removed, so the claim is repriced from the billed DRG to a lower one. Addressed to the
member with the hospital copied ("cc:"); admission and discharge dates, billed charges, the allowed amount under
the billed and the revised DRG, the hospital's patient account and medical record numbers, NPI, attending
physician, DRG relative weights, records-received date; one review that confirms the DRG as billed (no change),
one appeal decision that upholds the downgrade, one Spanish member letter.

Issuers (fictional): Habost Health Plan (logo word "HABOST" over a rule), Brevig Clinical Validation Services
(parent line "A Marvig Health Analytics company" above the centred name; reviews for Gress Valley Health Plan, named
in the letter), Orinsay Mutual Health (return-address block, "Payment Integrity - Inpatient Review"). Values
invented.
Truth: insurer the letterhead issuer (the plan reviewed for accepted); provider the hospital (the attending
physician accepted); service dates the stay as a span (admission date alone accepted); claim amount the total billed
charges (not the allowed amounts or the difference); denial type `coding_error` (the claim was repriced because a
billed diagnosis was not clinically valid; `medical_necessity` accepted, it is a clinical judgement).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundad_famdb import (Page, address, clinician, days, digits, fdate, iso, letterhead, mail_to, mixed, m2,
                               money, npi, pairs, person, phone, usd)

FAMILY = "inpatient_drg_clinical_validation_downgrade"
LANG = "en"
ISSUERS = {
    "habost": dict(name="Habost Health Plan", short="Habost Health Plan", style="logo", logo="HABOST",
                   line2="Habost Health Plan | PO Box 60218, Fargo, ND 58106", plan=None, grp=True),
    "brevig": dict(name="Brevig Clinical Validation Services", short="Brevig Clinical Validation Services",
                   style="parent", parent="A Marvig Health Analytics company",
                   line2="Inpatient Clinical Validation | 4410 Crowlista Parkway, Suite 300, Sioux Falls, SD 57106",
                   plan="Gress Valley Health Plan", grp=False),
    "orinsay": dict(name="Orinsay Mutual Health", short="Orinsay Mutual Health", style="block",
                    line2="Payment Integrity - Inpatient Review | PO Box 7734 | Rapid City, SD 57709", plan=None,
                    grp=True),
}
HOSPITALS = {"Scalpay Regional Medical Center": "Scalpay Regional Medical Center, 900 Valtos Avenue, Dickinson, ND 58601",
             "Bernera General Hospital": "Bernera General Hospital, 55 Lemreway Street, Williston, ND 58801",
             "Cromore Memorial Hospital": "Cromore Memorial Hospital, 2100 Kershader Drive, Pierre, SD 57501"}
LABELS = {
    1: dict(pat="Patient", mid="Member ID", grp="Group number", plan="Plan ID", claim="Claim number",
            case="Review number", hosp="Hospital", att="Attending physician", stay="Dates of stay",
            billed="Total billed charges", acct="Patient account no.", mrn="Medical record no."),
    2: dict(pat="Member", mid="ID #", grp="Group #", plan="Benefit plan", claim="Claim #", case="Case ID",
            hosp="Facility", att="Attending", stay="Admission - discharge", billed="Billed amount",
            acct="Hospital account #", mrn="MRN"),
    3: dict(pat="Member name", mid="Subscriber ID", grp="Employer group", plan="Plan code", claim="Claim ID",
            case="Audit reference", hosp="Provider", att="Treating doctor", stay="Inpatient stay",
            billed="Charges submitted", acct="Account number", mrn="Record number"),
    "es": dict(pat="Paciente", mid="Número de afiliado", grp="Grupo", plan="Plan", claim="Número de reclamo",
               case="Número de revisión", hosp="Hospital", att="Médico tratante", stay="Fechas de hospitalización",
               billed="Cargos facturados", acct="Número de cuenta del hospital", mrn="Expediente"),
}
# key -> (removed diagnosis, billed DRG, weight, revised DRG, weight, principal diagnosis)
CASES = {
    "sepsis": ("Sepsis, unspecified organism (A41.9)", ("871", "Septicemia or severe sepsis without MV >96 hours with MCC", "1.9346"),
               ("690", "Kidney and urinary tract infections without MCC", "0.8100"), "Acute pyelonephritis (N10)"),
    "arf": ("Acute respiratory failure with hypoxia (J96.01)", ("190", "Chronic obstructive pulmonary disease with MCC", "1.1560"),
            ("192", "Chronic obstructive pulmonary disease without CC/MCC", "0.7134"), "COPD with acute exacerbation (J44.1)"),
    "malnut": ("Severe protein-calorie malnutrition (E43)", ("193", "Simple pneumonia and pleurisy with MCC", "1.2925"),
               ("194", "Simple pneumonia and pleurisy with CC", "0.8773"), "Pneumonia, unspecified organism (J18.9)"),
    "enceph": ("Metabolic encephalopathy (G93.41)", ("689", "Kidney and urinary tract infections with MCC", "1.1021"),
               ("690", "Kidney and urinary tract infections without MCC", "0.8100"), "Urinary tract infection (N39.0)"),
}
REASONS = {
    "kw": ("coding_error",
           "Clinical validation finding: the secondary diagnosis {dx} is not supported by the clinical indicators in "
           "the medical record (vital signs, laboratory values, treatment given). The diagnosis was removed and the "
           "claim was re-grouped from DRG {d1} to DRG {d2}. Coding adjustment: DRG downgrade."),
    "plain": ("coding_error",
              "Our nurses and a doctor read the hospital records for this stay. The hospital listed {dx} on the bill. "
              "The records do not show the test results or the care that go with that condition, so we took it off "
              "the claim. Without it, the stay is paid at a lower rate (DRG {d2} instead of DRG {d1})."),
    "es": ("coding_error",
           "Nuestro equipo clínico revisó el expediente de la hospitalización. El hospital facturó el diagnóstico "
           "{dx}, pero los resultados de laboratorio y el tratamiento registrados no lo respaldan. Quitamos ese "
           "diagnóstico del reclamo y lo volvimos a calcular con el DRG {d2} en lugar del DRG {d1}."),
    "ok": (None,
           "Clinical validation review complete: the diagnoses billed are supported by the medical record. The claim "
           "was paid as billed under DRG {d1}. No change was made and no action is needed."),
    "upheld": ("coding_error",
               "Appeal decision: UPHELD. The hospital's appeal and the added records were reviewed by a physician "
               "who was not involved in the first review. The records still do not support {dx}. The earlier "
               "decision to remove the diagnosis and pay the claim under DRG {d2} instead of DRG {d1} stands."),
}


def letter(f: dict) -> bytes:
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    i = ISSUERS[f["ins"]]
    den, reason = REASONS[f["kind"]]
    dx, (d1, n1, w1), (d2, n2, w2), pdx = CASES[f["case"]]
    if f["kind"] == "ok":
        d2, n2, w2 = d1, n1, w1
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    u = lambda v: usd(v, f["ms"])  # noqa: E731
    d = Page(foot=f"{i['short']}  -  {f['letter_id']}  -  {{p}}/{{n}}")
    d.add_page()
    if i["style"] == "logo":
        name, rest = i["line2"].split(" | ")
        letterhead(d, "logo", name, rest, i["logo"])
    else:
        letterhead(d, i["style"], i["name"], i["line2"], parent=i.get("parent", ""))
    d.text_line(fd(f["date"]), 10, h=6)
    mail_to(d, [f["member"]] + list(f["addr"]))
    title = {"kw": "Notice of Inpatient Claim Adjustment - Clinical Validation",
             "plain": "We changed how your hospital stay was paid",
             "es": "Aviso de ajuste de su reclamo de hospitalización",
             "ok": "Clinical Validation Review - No Change",
             "upheld": "Appeal Decision - Inpatient Clinical Validation"}[f["kind"]]
    d.text_line(title, 13, "B", h=7)
    if i["plan"]:
        d.text_line(f"Revisión para {i['plan']}" if es else f"Review performed on behalf of {i['plan']}", 9, h=5)
    d.ln(1)
    stay = f"{fd(f['adm'])} - {fd(f['dis'])}" if f["lab"] != 2 else f"{fd(f['adm'])} to {fd(f['dis'])}"
    rows = [(L["pat"], f["member"]), (L["mid"], f["mid"]), (L["grp"], f["grp"]), (L["plan"], f["plan"]),
            (L["claim"], f["claim"]), (L["case"], f["case_no"]), (L["hosp"], f"{f['hosp']} (NPI {f['npi']})"),
            (L["att"], f"{f['att']}, MD"), (L["stay"], stay), (L["acct"], f["acct"]), (L["mrn"], f["mrn"])]
    if f["kind"] == "upheld":
        rows.append(("Appeal number", f["appeal"]))
        rows.append(("Appeal received", fd(f["app_rcv"])))
    else:
        rows.append(("Registros recibidos" if es else "Records received", fd(f["rec"])))
    pairs(d, rows, kw=58, size=9.2)
    if f["kind"] == "plain":
        d.para(f"The hospital billed {u(f['billed'])} for this stay. Under the first payment the allowed amount "
               f"was {u(f['allow1'])}; after our review the allowed amount is {u(f['allow2'])}. The difference, "
               f"{u(f['allow1'] - f['allow2'])}, will be taken back from the hospital.", 10)
    else:
        hd = (["", "DRG", "Descripción" if es else "Description", "Peso" if es else "Weight",
               "Permitido" if es else "Allowed"])
        tb = [["Facturado" if es else "As billed", d1, n1, w1, u(f["allow1"])],
              ["Revisado" if es else ("As reviewed" if f["kind"] == "ok" else "Revised"), d2, n2, w2,
               u(f["allow2"])]]
        d.table(hd, tb, [24, 14, 92, 18, 28], size=8.3)
        d.para(f"{L['billed']}: {u(f['billed'])}.  " +
               (f"Diferencia recuperada: {u(f['allow1'] - f['allow2'])}." if es else
                (f"Amount to be recovered from the hospital: {u(f['allow1'] - f['allow2'])}."
                 if f["kind"] != "ok" else "Amount to be recovered: none.")), 9.6)
    d.para(("Diagnóstico principal: " if es else "Principal diagnosis: ") + pdx, 9.5)
    d.text_line("Motivo:" if es else ("What we found" if f["kind"] != "upheld" else "Decision"), 10.5, "B", h=6)
    d.para(reason.format(dx=dx, d1=d1, d2=d2), 10)
    if f["kind"] != "ok":
        d.para("Usted no tiene que pagar la diferencia. El hospital no puede cobrarle más que su copago o coseguro."
               if es else
               "You do not have to pay the difference. The hospital is in network and may not bill you more than "
               "your usual copay or coinsurance for this stay.", 9.5)
        d.text_line("Sus derechos de apelación" if es else "Your appeal rights", 10.5, "B", h=6)
        d.para(f["appeal_text"], 9.5)
        d.para("Si no está de acuerdo con la decisión de la apelación, puede pedir una revisión externa dentro de "
               "4 meses." if es else
               "An external review by an independent review organization may be requested within 4 months after a "
               "final internal decision. Hospitals that disagree may also use the provider dispute process in their "
               "contract.", 9)
    d.para("Revisamos los reclamos de hospitalización dentro de 30 días después de recibir los registros." if es else
           "We complete inpatient clinical validation reviews within 30 days of receiving the records.", 8.8)
    d.ln(2)
    d.font(9)
    d.multi_cell(0, 4.4, ("Revisado por: " if es else "Reviewed by: ") + f"{f['reviewer']}, MD, " +
                 ("Director(a) médico(a)" if es else "Physician Reviewer, Clinical Validation") +
                 f"\n{f['ph']}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.multi_cell(0, 4.4, f"cc: {HOSPITALS[f['hosp']]}, Attn: Utilization Review / Patient Financial Services",
                 new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(d)


def facts(r: random.Random, ins: str, kind: str, case: str, lab, ds: str, date: dt.date, dl: str, ms: str,
          lang: str = "en") -> dict:
    i = ISSUERS[ins]
    adm = days(date, -r.randint(45, 110))
    dis = days(adm, r.randint(3, 8))
    att = clinician(r)
    billed = money(r, 38000, 96000)
    allow1 = money(r, 14000, 26000)
    allow2 = allow1 if kind == "ok" else round(allow1 * r.uniform(0.42, 0.68), 2)
    f = dict(ins=ins, kind=kind, case=case, lab=lab, ds=ds, date=date, lang=lang, ms=ms,
             member=person(r, lang), mid=mixed(r, "AAA999999999" if ins != "brevig" else "99999999901"),
             grp=digits(r, 6) if i["grp"] else None,
             plan=mixed(r, "AA-9999") if lab in (1, 3) and ins != "brevig" else None,
             claim=mixed(r, "99A999999999"), case_no=mixed(r, "CV-999999"), appeal="APL-" + mixed(r, "99999-A"),
             att=att, reviewer=clinician(r, att), npi=npi(r), ph=phone(r), 
             hosp=r.choice(sorted(HOSPITALS)), addr=address(r, lang), adm=adm, dis=dis,
             rec=days(date, -r.randint(8, 25)), app_rcv=days(date, -r.randint(10, 28)),
             acct=digits(r, 10), mrn=mixed(r, "M99999999"), billed=billed, allow1=allow1, allow2=allow2,
             letter_id=mixed(r, "CVL-9999-A"), deadline=None, dl_alt=None, appeal_text="")
    if dl == "within":
        f["deadline"] = days(date, 180)
        f["appeal_text"] = ("Usted o el hospital pueden apelar dentro de 180 días a partir de la fecha de esta carta."
                            if lang == "es" else
                            "You, or the hospital on your behalf, may appeal within 180 days of the date of this "
                            "letter. Send the appeal and any records to the address above.")
    elif dl == "by":
        f["deadline"] = days(date, 60)
        f["appeal_text"] = (f"If you disagree, you can appeal. We must receive your appeal by "
                            f"{fdate(f['deadline'], ds)}. Send a letter saying why you disagree with any records.")
    elif dl == "final":
        f["appeal_text"] = ("This is the final internal decision. You may request an external review within 4 "
                            "months of receiving this letter; the hospital may request arbitration under its contract.")
    else:
        f["dl_alt"] = days(date, 180)
        f["appeal_text"] = ("You may appeal within 180 days after you receive this letter. Send a letter saying why "
                            "you disagree, with any records from the hospital.")
    return f


def letter_truth(f: dict) -> dict:
    den, _ = REASONS[f["kind"]]
    i = ISSUERS[f["ins"]]
    alts = {"provider": [f["att"]], "service_dates": [[iso(f["adm"])]]}
    if i["plan"]:
        alts["insurer"] = [i["plan"]]
    if f["dl_alt"] and den:
        alts["appeal_deadline"] = [iso(f["dl_alt"])]
    cases = [f["claim"], f["case_no"]] + ([f["appeal"]] if f["kind"] == "upheld" else [])
    return truth("denial_letter" if den else "other", den, f["lang"], insurer=i["short"], member_id=f["mid"],
                 group_number=f["grp"], plan_id=f["plan"], member_name=f["member"], case_numbers=cases,
                 claim_amount=m2(f["billed"]), service_dates=[iso(f["adm"], f["dis"])],
                 denial_date=iso(f["date"]), provider=f["hosp"],
                 appeal_deadline=iso(f["deadline"]) if (den and f["deadline"]) else None, alternates=alts,
                 denial_alternates=["medical_necessity"] if den else None)


# (stem, condition, issuer, kind, case, labels, date style, deadline, money style)
PLAN = [
    ("inpatient_drg_clinical_validation_downgrade_bd_sepsis", "born_digital", "habost", "kw", "sepsis", 1, "long",
     "within", "plain"),
    ("inpatient_drg_clinical_validation_downgrade_bd_no_change", "born_digital", "brevig", "ok", "malnut", 2, "slash",
     "within", "plain"),
    ("inpatient_drg_clinical_validation_downgrade_scan_arf_plain", "scan_clean_300", "orinsay", "plain", "arf", 3,
     "abbr", "by", "plain"),
    ("inpatient_drg_clinical_validation_downgrade_lowres_malnut", "scan_lowres_150", "brevig", "kw", "malnut", 2,
     "iso", "receive", "nosign"),
    ("inpatient_drg_clinical_validation_downgrade_copy_appeal_upheld", "photocopy", "orinsay", "upheld", "enceph", 1,
     "dmy", "final", "plain"),
    ("inpatient_drg_clinical_validation_downgrade_phone_es_sepsis", "phone_photo", "habost", "es", "sepsis", "es",
     "es", "within", "plain"),
    ("inpatient_drg_clinical_validation_downgrade_faxf_enceph_plain", "fax_fine_g4", "habost", "plain", "enceph", 3,
     "upper", "within", "space"),
]


def documents(rng) -> list[Item]:
    items = []
    for n, (stem, cond, ins, kind, case, lab, ds, dl, ms) in enumerate(PLAN):
        r = random.Random(117500 + n)
        date = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 260))
        lang = "es" if kind == "es" else "en"
        f = facts(r, ins, kind, case, lab, ds, date, dl, ms, lang)
        items.append(Item(stem, cond, [(letter(f), letter_truth(f))]))
    return items
