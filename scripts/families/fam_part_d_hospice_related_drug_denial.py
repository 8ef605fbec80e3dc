"""Family 'part_d_hospice_related_drug_denial': a Medicare Part D plan (a stand-alone PDP or a Medicare Advantage
plan's drug benefit) will not pay for a drug because the member elected hospice and the drug treats the terminal
illness or its symptoms, which the hospice must cover: the pharmacy-counter notice, the plan's coverage-determination
denial (to the member, to the prescriber by fax), a plain-words letter, a Spanish letter, and one approval issued
after the hospice stated that the drug is unrelated to the terminal illness.

Real public forms modelled (values invented): the plan letters follow CMS-10146, "Notice of Denial of Medicare
Prescription Drug Coverage" ("We have denied the drug(s) or the payment you requested for the reasons listed below",
"Why did we deny your request?", "What if I don't agree with this decision? You have the right to ask <plan> for a
redetermination (appeal) of our decision. You must ask for a redetermination within 65 days from the date of this
notice", standard 7 days / fast 72 hours, "Who may ask for a redetermination?", "Get help & more information",
1-800-MEDICARE) and its Spanish version; the counter notice follows CMS-10147, "Medicare Prescription Drug Coverage
and Your Rights" ("You have the right to request a coverage determination from your Medicare drug plan ...", "Be
ready to tell your Medicare drug plan: 1. The name of the prescription drug that was not filled ...") under the
pharmacy's rejection printout (NCPDP reject A3 "This product may be covered under hospice - Medicare A"). The
hospice attestation is CMS's "Hospice Information for Medicare Part D Plans" form (named, not drawn).
Issuers (fictional): Pevensey Medicare Rx (PDP; logo word "PEVENSEY" over a rule, or a return-address block),
Brockhampton Senior Health (HMO) (parent line "A Cheviot Health Group company" above the centred name).
Decoys: hospice name, NPI and election date, terminal diagnosis, prescription number, NDC, date written, the
pharmacy's NCPDP ID, contract form numbers (CMS-10146, material ID), the 7-day / 72-hour time frames, the IRE.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundab_fambc import (Page, address, clinician, days, digits, fax_header, fdate, iso, letterhead, m2,
                               mail_to, mixed, money, npi, pairs, person, phone, signature, usd)

FAMILY = "part_d_hospice_related_drug_denial"
LANG = "en"
PLANS = {
    "pv": dict(name="Pevensey Medicare Rx", full="Pevensey Medicare Rx (PDP)", logo="PEVENSEY", parent="",
               line2="Medicare Prescription Drug Plan | PO Box 71530 | Tucumcari, NM 88401",
               mid="PV9999999901", contract="S9999-999", mat="S9999_CD26_C", grp="PEVRX26"),
    "bh": dict(name="Brockhampton Senior Health", full="Brockhampton Senior Health (HMO)", logo="BROCKHAMPTON",
               parent="A Cheviot Health Group company",
               line2="Medicare Advantage with Part D | 610 Chipping Lane | Sidney, NE 69162",
               mid="BSH-999999999", contract="H9999-999", mat="H9999_DEN26_M", grp="BSHMAPD"),
}
HOSPICES = ["Morningtide Hospice", "Windlestraw Hospice and Palliative Care"]
PHARMACIES = ["Corfe Street Pharmacy", "Ottery Drug and Compounding"]
DRUGS = {"oxy": ("oxycodone ER 20 mg tablet", "60 tablets / 30 days", "pain"),
         "ond": ("ondansetron 8 mg orally disintegrating tablet", "30 tablets / 10 days", "nausea"),
         "lor": ("lorazepam 0.5 mg tablet", "60 tablets / 30 days", "anxiety"),
         "fur": ("furosemide 40 mg tablet", "60 tablets / 30 days", "swelling"),
         "lac": ("lactulose 10 g/15 mL oral solution", "946 mL / 30 days", "constipation"),
         "mor": ("sulfato de morfina de liberación prolongada 15 mg, tableta", "60 tabletas / 30 días", "dolor"),
         "pro": ("prochlorperazine maleate 10 mg tablet", "90 tablets / 30 days", "nausea")}
TERMINAL = {"oxy": "metastatic pancreatic cancer", "ond": "non-small cell lung cancer", "lor": "amyotrophic lateral "
            "sclerosis (ALS)", "fur": "end-stage heart failure", "lac": "metastatic colon cancer",
            "mor": "cáncer de hígado", "pro": "metastatic ovarian cancer"}
# member, member id, plan id, case no., drug, prescriber, date of fill attempt
LAB = {1: ["Enrollee's name", "Member number", "Contract/Plan", "Case number", "Drug requested", "Prescriber",
           "Date you tried to fill"],
       2: ["Member", "Member ID", "Plan ID", "Coverage determination #", "Medication", "Prescribing doctor",
           "Pharmacy claim date"],
       3: ["Patient", "ID number", "Plan (Contract-PBP)", "Reference no.", "Drug", "Ordering prescriber",
           "Date of pharmacy claim"],
       "es": ["Nombre del afiliado", "Número de afiliado", "Contrato/Plan", "Número de caso", "Medicamento",
              "Médico que recetó", "Fecha en que intentó surtir"]}


def _fd(f, x):
    return fdate(x, f["ds"])


def facts(r: random.Random, spec: dict, seed: int) -> dict:
    lang = spec.get("lang", "en")
    p = PLANS[spec["plan"]]
    member = person(r, lang)
    date = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 220))
    f = dict(spec, lang=lang, seed=seed, member=member, date=date, fill=days(date, -r.randint(3, 9)),
             mid=mixed(r, p["mid"]), contract=mixed(r, p["contract"]), case=mixed(r, "CD-26-9999999"),
             claimref=mixed(r, "99999999999"), rx=digits(r, 7), ndc=f"{digits(r, 5)}-{digits(r, 3)}-{digits(r, 2)}",
             hospice=r.choice(HOSPICES), pharmacy=r.choice(PHARMACIES), addr=address(r, lang), ph=phone(r),
             npi=npi(r), hnpi=npi(r), ncpdp=digits(r, 7), price=money(r, 38, 690))
    f["doc"] = clinician(r, member)
    f["mat"] = mixed(r, p["mat"])
    f["elect"] = days(f["fill"], -r.randint(12, 60))
    f["written"] = days(f["fill"], -r.randint(1, 5))
    f["dl"] = days(date, 65)
    f["until"] = dt.date(date.year, 12, 31)
    return f


def reason(f: dict) -> str:
    drug, _, what = DRUGS[f["drug"]]
    term = TERMINAL[f["drug"]]
    w = f["why"]
    if w == "kw":
        return (f"You elected the Medicare hospice benefit with {f['hospice']} on {_fd(f, f['elect'])}. The drug "
                f"you asked for, {drug}, is used for {what}, which is related to your terminal illness. Drugs for "
                "the terminal illness and related conditions are covered by your hospice under Medicare Part A and "
                "are not covered under Part D. Your hospice must provide this drug to you.")
    if w == "plain":
        return (f"Because you chose hospice care, your hospice, {f['hospice']}, must give you the medicines you need "
                f"for your {term} and for symptoms caused by it. Your doctor prescribed {drug} for {what} from "
                "your heart failure. We asked the hospice whether this medicine is for a different health problem; "
                "the hospice told us it is part of your hospice care. So our plan cannot pay for it. Please ask "
                "your hospice team to give it to you.")
    if w == "fax":
        return (f"The enrollee has elected hospice ({f['hospice']}, election {_fd(f, f['elect'])}). {drug} is a "
                "laxative, one of the drug categories CMS expects to be covered by the hospice for a hospice "
                "patient. We did not receive a Hospice Information for Medicare Part D Plans form or other "
                "statement that the drug is unrelated to the terminal illness. The request is denied: the drug is "
                "presumed related to the terminal prognosis and is the hospice's responsibility, not Part D's.")
    if w == "table":
        return (f"The member is enrolled in hospice for {term}. Prochlorperazine treats nausea caused by the cancer "
                "and its treatment. Under Medicare rules, the hospice pays for drugs related to the terminal "
                "illness; Part D does not pay for them while the hospice election is in effect.")
    return ""


def cms10146(f: dict) -> bytes:
    p = PLANS[f["plan"]]
    L = LAB[f["lab"]]
    to_md = f.get("to") == "md"
    d = Page(foot=f"Form CMS-10146   {f['mat']}   Page {{p}} of {{n}}")
    d.add_page()
    if f.get("fax"):
        fax_header(d, f"{fdate(f['date'], 'slash')} 09:17", p["name"], "(575) 555-6620", "PAGE 1/1")
    letterhead(d, f["style"], p["full"], p["line2"], p["logo"], p["parent"])
    d.text_line(("Date: " if f["why"] != "table" else "Notice date: ") + _fd(f, f["date"]), 10, h=6)
    if to_md:
        mail_to(d, [f"{f['doc']}, MD", "Fax (575) 555-6841"])
    else:
        mail_to(d, [f["member"], *f["addr"]])
    d.text_line("Notice of Denial of Medicare Prescription Drug Coverage", 12.5, "B", h=7)
    drug, qty, _ = DRUGS[f["drug"]]
    rows = [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["contract"] if f.get("show_plan") else None),
            (L[3], f["case"])]
    if f["why"] != "table":
        rows.append((L[4], f"{drug}, {qty}"))
    rows += [(L[5], f"{f['doc']}, MD (NPI {f['npi']})")]
    if f.get("show_fill", True):
        rows.append((L[6], _fd(f, f["fill"])))
    rows.append(("Hospice on file", f"{f['hospice']} (NPI {f['hnpi']}), elected {fdate(f['elect'], 'slash')}"))
    pairs(d, rows, kw=56)
    if to_md:
        d.para(f"Dear Dr. {f['doc'].split()[-1]}: this is to tell you that we have denied the coverage determination "
               f"you requested for your patient, {f['member']}. A copy of this notice was mailed to the enrollee.", 9.8)
    else:
        d.para("We have denied the drug(s) or the payment you requested for the reasons listed below.", 9.8)
    if f["why"] == "table":
        d.table(["Drug", "Quantity", "Decision"], [[drug, qty, "Denied - hospice responsibility"]], [78, 42, 54],
                size=9)
    d.text_line("Why did we deny your request?", 10.5, "B", h=6)
    d.para(reason(f), 9.8)
    d.text_line("What if I don't agree with this decision?", 10.5, "B", h=6)
    if f["why"] == "table":
        ap = (f"You have the right to ask {p['name']} for a redetermination (appeal) of our decision. Your request "
              f"must reach us by {_fd(f, f['dl'])}, 65 days from the date of this notice.")
    else:
        ap = (f"You have the right to ask {p['name']} for a redetermination (appeal) of our decision. You must ask "
              "for a redetermination within 65 days from the date of this notice. We can give you more time if you "
              "have a good reason for missing the deadline.")
    d.para(ap, 9.6)
    d.para("Standard request: we will give you a decision within 7 days. Fast request: if you or your doctor "
           "believe that waiting could seriously harm your health, ask for a fast redetermination; we will decide "
           "within 72 hours. If we deny your redetermination, an Independent Review Entity can review it.", 9.4)
    d.para(f"Who may ask for a redetermination? You, your prescriber or your representative. Call {f['ph']} "
           "(TTY 711), 8 a.m. to 8 p.m., 7 days a week, or 1-800-MEDICARE (1-800-633-4227).", 9.4)
    signature(d, ["Sincerely,", f"Pharmacy Coverage Determinations, {p['name']}"])
    return pdf_bytes(d)


def approval(f: dict) -> bytes:
    p = PLANS[f["plan"]]
    L = LAB[f["lab"]]
    d = Page(foot=f"{f['mat']}   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f["style"], p["full"], p["line2"], p["logo"], p["parent"])
    d.text_line(_fd(f, f["date"]), 10, h=6)
    mail_to(d, [f["member"], *f["addr"]])
    d.text_line("Coverage Determination Approval", 12.5, "B", h=7)
    drug, qty, _ = DRUGS[f["drug"]]
    pairs(d, [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["contract"]), (L[3], f["case"]),
              (L[4], f"{drug}, {qty}"), (L[5], f"{f['doc']}, MD"), (L[6], _fd(f, f["fill"]))], kw=56)
    d.para(f"Your pharmacy could not fill this prescription on {_fd(f, f['fill'])} because you are enrolled in hospice "
           f"with {f['hospice']} (elected {_fd(f, f['elect'])}). On {_fd(f, days(f['date'], -1))} the hospice sent us a "
           "Hospice Information for Medicare Part D Plans form stating that your lorazepam treats a panic disorder "
           f"you have had for many years and is unrelated to your {TERMINAL[f['drug']]}.", 9.8)
    d.para(f"We approved coverage of {drug} under your Part D benefit from {_fd(f, f['date'])} through "
           f"{_fd(f, f['until'])}. Your pharmacy can fill the prescription now; your usual copayment applies. If the "
           "hospice later says the drug is related to your terminal illness, the hospice will cover it instead.", 9.8)
    d.para(f"Questions? Call {f['ph']} (TTY 711), 8 a.m. to 8 p.m., 7 days a week.", 9.8)
    signature(d, ["Sincerely,", f"Pharmacy Coverage Determinations, {p['name']}"])
    return pdf_bytes(d)


def counter(f: dict) -> bytes:
    p = PLANS[f["plan"]]
    d = Page(foot="Form CMS-10147")
    d.add_page()
    d.text_line(f["pharmacy"].upper(), 14, "B", h=7)
    d.text_line(f"1184 Tintagel Way, Tucumcari, NM 88401   Tel (575) 555-6377   NCPDP {f['ncpdp']}", 8.5, h=4.5)
    d.rule(0.4, 2)
    d.text_line("PRESCRIPTION CLAIM NOT PAID BY YOUR DRUG PLAN", 11, "B", h=6)
    drug, qty, _ = DRUGS[f["drug"]]
    pairs(d, [("Date", fdate(f["date"], f["ds"])), ("Patient", f["member"]), ("Plan", p["full"]),
              ("Member ID", f["mid"]), ("RxBIN / RxPCN / RxGrp", f"61{digits(random.Random(f['seed']), 4)} / MEDDPRIME / {p['grp']}"),
              ("Rx #", f"{f['rx']}   written {fdate(f['written'], 'slash')}"), ("Drug", f"{drug}   NDC {f['ndc']}"),
              ("Quantity", qty), ("Prescriber", f"{f['doc']}, MD   NPI {f['npi']}"),
              ("Claim reference", f["claimref"]), ("Submitted price", usd(f["price"], "plain")),
              ("Reject", "A3 - This product may be covered under hospice - Medicare A")], kw=50, size=9.2)
    d.para("Your drug plan did not pay for this prescription because its records show you are in hospice care. "
           "Drugs for your terminal illness and related conditions are paid by your hospice, not by Part D.", 9.6)
    d.rule(0.3, 2)
    d.text_line("Medicare Prescription Drug Coverage and Your Rights", 12, "B", h=7)
    d.text_line("Your Medicare rights", 10, "B", h=5.5)
    d.para("You have the right to request a coverage determination from your Medicare drug plan if you disagree "
           "with information provided by the pharmacy. You also have the right to request a special type of "
           "coverage determination called an \"exception\" if you believe you need a drug that is not on your "
           "drug plan's list of covered drugs.", 9.2)
    d.text_line("What you need to do", 10, "B", h=5.5)
    d.para("You or your prescriber can contact your Medicare drug plan to ask for a coverage determination. Be "
           "ready to tell your Medicare drug plan: 1. The name of the prescription drug that was not filled. "
           "Include the dose and strength, if known. 2. The name of the pharmacy that attempted to fill your "
           "prescription. 3. The date you attempted to fill your prescription. 4. If you ask for an exception, "
           "your prescriber will need to provide your drug plan with a statement explaining why you need the "
           "off-formulary or prior-authorized drug.", 9.2)
    d.para(f"Your Medicare drug plan: {p['full']}, {f['ph']} (TTY 711). Refer to your plan materials or call "
           "1-800-MEDICARE for more information.", 9.2)
    return pdf_bytes(d)


def es_letter(f: dict) -> bytes:
    p = PLANS[f["plan"]]
    L = LAB["es"]
    d = Page(foot=f"Formulario CMS-10146   {f['mat']}   Página {{p}} de {{n}}")
    d.add_page()
    letterhead(d, f["style"], p["full"], p["line2"], p["logo"], p["parent"])
    d.text_line("Fecha: " + _fd(f, f["date"]), 10, h=6)
    mail_to(d, [f["member"], *f["addr"]])
    d.text_line("Aviso de denegación de cobertura de medicamentos recetados de Medicare", 11.5, "B", h=7)
    drug, qty, _ = DRUGS[f["drug"]]
    pairs(d, [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["contract"]), (L[3], f["case"]),
              (L[4], f"{drug}, {qty}"), (L[5], f"{f['doc']}, MD"), (L[6], _fd(f, f["fill"])),
              ("Hospicio", f"{f['hospice']}, elegido el {_fd(f, f['elect'])}")], kw=60)
    d.para("Hemos denegado el medicamento o el pago que solicitó por las razones indicadas a continuación.", 9.8)
    d.text_line("¿Por qué denegamos su solicitud?", 10.5, "B", h=6)
    d.para(f"Usted eligió el beneficio de hospicio de Medicare. La morfina que pidió es para el dolor causado por su "
           f"{TERMINAL[f['drug']]}, que es su enfermedad terminal. Su hospicio debe darle los medicamentos para esta "
           "enfermedad y sus síntomas; la Parte D no los cubre mientras usted esté en hospicio.", 9.8)
    d.text_line("¿Qué pasa si no estoy de acuerdo con esta decisión?", 10.5, "B", h=6)
    d.para(f"Usted tiene derecho a pedirle a {p['name']} una redeterminación (apelación) de nuestra decisión. Debe "
           "pedir la redeterminación dentro de los 65 días a partir de la fecha de este aviso. Solicitud estándar: "
           "decidimos en 7 días. Solicitud rápida: 72 horas.", 9.6)
    d.para(f"Llame al {f['ph']} (TTY 711) o al 1-800-MEDICARE (1-800-633-4227).", 9.6)
    signature(d, ["Atentamente,", f"Determinaciones de cobertura de farmacia, {p['name']}"])
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    p = PLANS[f["plan"]]
    common = dict(insurer=p["name"], member_id=f["mid"], member_name=f["member"], denial_date=iso(f["date"]),
                  provider=f"{f['doc']}")
    alts = {"insurer": [p["full"]]}
    if f["why"] == "counter":
        alts.update(provider=[f["doc"]])
        common.update(provider=f["pharmacy"], case_numbers=[f["claimref"]], claim_amount=m2(f["price"]),
                      service_dates=[iso(f["date"])], group_number=p["grp"])
        return truth("denial_letter", "not_covered", f["lang"], alternates=alts, type_alternates=["other"],
                     denial_alternates=["other", None], **common)
    common.update(case_numbers=[f["case"]], plan_id=f["contract"] if f.get("show_plan", True) else None,
                  service_dates=[iso(f["fill"])] if f.get("show_fill", True) else [])
    if f.get("show_plan", True):
        alts["plan_id"] = [None]
    if f["why"] == "approved":
        common["service_dates"] = [iso(f["date"], f["until"])]
        alts["service_dates"] = [[iso(f["fill"])], []]
        return truth("other", None, f["lang"], alternates=alts, **common)
    return truth("denial_letter", "not_covered", f["lang"], appeal_deadline=iso(f["dl"]), alternates=alts,
                 denial_alternates=["other"], **common)


PLAN = [
    ("part_d_hospice_related_drug_denial_bd_member_oxycodone", "born_digital",
     dict(plan="pv", style="logo", lab=1, ds="long", drug="oxy", why="kw", show_plan=True)),
    ("part_d_hospice_related_drug_denial_bd_counter_notice_ondansetron", "born_digital",
     dict(plan="bh", lab=2, ds="slash", drug="ond", why="counter")),
    ("part_d_hospice_related_drug_denial_scan_approved_unrelated", "scan_clean_300",
     dict(plan="pv", style="block", lab=2, ds="abbr", drug="lor", why="approved", show_plan=True)),
    ("part_d_hospice_related_drug_denial_rot_plain_furosemide", "rotated",
     dict(plan="bh", style="parent", lab=3, ds="abbr", drug="fur", why="plain", show_plan=True)),
    ("part_d_hospice_related_drug_denial_faxs_prescriber_lactulose", "fax_standard_g4",
     dict(plan="pv", style="logo", lab=2, ds="iso", drug="lac", why="fax", to="md", fax=True, show_fill=False,
          show_plan=False)),
    ("part_d_hospice_related_drug_denial_copy_es_morfina", "photocopy",
     dict(plan="bh", style="parent", lab="es", ds="es", drug="mor", why="es", lang="es", show_plan=True)),
    ("part_d_hospice_related_drug_denial_lowres_table_prochlorperazine", "scan_lowres_150",
     dict(plan="pv", style="block", lab=3, ds="dmy", drug="pro", why="table", show_plan=True)),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, spec) in enumerate(PLAN):
        f = facts(random.Random(112600 + i), spec, 112600 + i)
        maker = {"counter": counter, "approved": approval, "es": es_letter}.get(f["why"], cms10146)
        items.append(Item(stem, cond, [(maker(f), make_truth(f))]))
    return items
