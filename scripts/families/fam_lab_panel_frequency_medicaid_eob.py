"""Family 'lab_panel_frequency_medicaid_eob': a state Medicaid program's recipient EOBs and a Medicaid managed-care
plan's member EOBs / notice for outpatient lab panels denied because the test was billed more often than the program
allows (frequency limit) or because the diagnosis on the claim does not support the test; one fully paid EOB.

Layout model (real public form, values invented): the state "Recipient Explanation of Medicaid Benefits" (REOMB)
that state Medicaid agencies mail to recipients asking them to check the services billed in their name ("This is
not a bill", a table of provider / date of service / service / amount billed / amount paid, a fraud-hotline box).
Issuers (fictional): Arrowmere Medical Assistance Program (parent line "State of Arrowmere - Department of Family and
Health Services" above the centred name; fee-for-service, REOMB layout, only a State Fair Hearing right), Kestrelgate
Community Health Plan (logo word "KESTRELGATE" over a rule; a Medicaid managed-care plan with a plan-level appeal).
Decoys: the date the program last paid the same test, the ordering physician, the lab's NPI, a paid second claim,
the fair-hearing time limit, the frequency timetable sentence ("once every 12 months").
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundz_famzc import (Page, address, clinician, days, digits, fdate, iso, letterhead, m2, mail_to, mixed,
                              money, npi, pairs, person, phone, usd)

FAMILY = "lab_panel_frequency_medicaid_eob"
LANG = "en"
PLANS = {
    "arr": dict(name="Arrowmere Medical Assistance Program", style="parent",
                parent="State of Arrowmere - Department of Family and Health Services",
                line2="Recipient Services - PO Box 30418, Poteau, OK 74953", mid="99999999999", claim="9926999999999",
                plan=None),
    "kes": dict(name="Kestrelgate Community Health Plan", style="logo", logo="KESTRELGATE",
                line2="A Medicaid managed care plan | Member Services | PO Box 7720 | Wapakoneta, OH 45895",
                mid="KCH99999999", claim="K9999-999999", plan="KCH-MCD-999"),
}
LABS = ["Brockhurst Diagnostic Laboratory", "Harrowdene Clinical Labs"]
# claim, patient, member id, provider, date of service, billed, ordering physician, plan
LAB = {1: ["Claim number", "Recipient", "Medicaid ID", "Provider", "Date of service", "Amount billed",
           "Ordering physician", "Plan ID"],
       2: ["ICN", "Member", "Member ID", "Billing provider", "Service date", "Billed amount", "Referring provider",
           "Plan"],
       3: ["Internal control no.", "Patient", "Recipient ID no.", "Performed by", "DOS", "Charges", "Ordered by",
           "Program ID"],
       "es": ["Número de reclamación", "Miembro", "Núm. de miembro", "Laboratorio", "Fecha de servicio",
              "Cantidad facturada", "Médico que ordenó", "Plan"]}
TESTS = {"80061": "Lipid panel", "80053": "Comprehensive metabolic panel", "83036": "Hemoglobin A1c",
         "84443": "TSH (thyroid stimulating hormone)", "84439": "Free thyroxine (T4)", "82306": "Vitamin D, 25-hydroxy",
         "85025": "CBC with differential", "80048": "Basic metabolic panel"}
TESTS_ES = {"80061": "Panel de lípidos", "85025": "Hemograma completo"}


def _fd(f, x):
    return fdate(x, f["ds"])


def facts(r: random.Random, spec: dict, seed: int) -> dict:
    lang = spec.get("lang", "en")
    p = PLANS[spec["plan"]]
    member = person(r, lang)
    date = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 240))
    dos = days(date, -r.randint(25, 60))
    lines = [(c, money(r, 18, 160)) for c in spec["codes"]]
    f = dict(spec, lang=lang, seed=seed, member=member, date=date, dos=dos, lines=lines,
             billed=round(sum(a for _, a in lines), 2), mid=mixed(r, p["mid"]), claim=mixed(r, p["claim"]),
             planid=mixed(r, p["plan"]) if p["plan"] else None, lab=r.choice(LABS), doc=clinician(r, member),
             addr=address(r, lang), ph=phone(r), npi=npi(r), last=days(dos, -r.randint(70, 200)))
    if spec.get("other"):
        f["other"] = dict(claim=mixed(r, p["claim"]), dos=days(dos, r.randint(5, 15)), code="85025",
                          billed=money(r, 20, 60), prov=clinician(r, member, f["doc"]))
    return f


def reason_text(f: dict) -> str:
    t = [TESTS[c] for c, _ in f["lines"] if c in f["denied"]]
    what = " and ".join(t)
    why = f["why"]
    if why == "freq_limit":
        return (f"Benefit limit reached. The program pays for a {what.lower()} once every 12 months. We already paid "
                f"for this test on {_fd(f, f['last'])}.")
    if why == "freq_plain":
        return (f"Your plan pays for thyroid blood tests ({what}) up to 2 times in 12 months. The lab billed a third "
                f"test; the earlier tests were done on {_fd(f, f['last'])} and after. We did not pay this test.")
    if why == "freq_mn":
        return (f"Exceeds frequency limit: the {what.lower()} was repeated sooner than the diagnosis billed supports. "
                "Not medically necessary at this frequency.")
    if why == "dx":
        return (f"The diagnosis code the lab sent (Z00.00, routine adult exam) does not support the {what}. "
                "The test is paid only for diagnoses such as diabetes or abnormal glucose. Not medically necessary "
                "for the diagnosis billed.")
    return ""


def eob(f: dict) -> bytes:
    p = PLANS[f["plan"]]
    es = f["lang"] == "es"
    L = LAB["es" if es else f["lab_set"]]
    reomb = f["plan"] == "arr"
    d = Page(foot=("Página {p} de {n}  -  Esto no es una factura" if es else "Page {p} of {n}  -  THIS IS NOT A BILL"))
    d.add_page()
    letterhead(d, p["style"], p["name"], p["line2"], p.get("logo", ""), p.get("parent", ""))
    if reomb:
        d.text_line("RECIPIENT EXPLANATION OF MEDICAID BENEFITS", 13.5, "B", align="C", h=7)
        d.text_line("THIS IS NOT A BILL", 9.5, "B", align="C", h=5)
    else:
        d.text_line("EXPLICACIÓN DE BENEFICIOS PARA EL MIEMBRO" if es else "MEMBER EXPLANATION OF BENEFITS", 13.5, "B",
                    h=7)
        d.text_line("ESTO NO ES UNA FACTURA" if es else "This is not a bill", 9.5, h=5)
    mail_to(d, f["member"], *f["addr"])
    rows = [("Fecha del estado de cuenta" if es else ("Notice date" if reomb else "Statement date"), _fd(f, f["date"])),
            (L[1], f["member"]), (L[2], f["mid"])]
    if f["planid"]:
        rows.append((L[7], f["planid"]))
    pairs(d, rows, kw=56)
    if reomb:
        d.para("Medicaid paid the providers below for services billed under your name. Please check each line. If you "
               "did not receive a service listed, call the Program Integrity hotline at (918) 555-7190. You do not "
               "need to do anything if the services are correct.", 9.5)
    tests = TESTS_ES if es else TESTS
    head = (["Fecha", "Servicio", "Facturado", "Pagado", "Código"] if es else
            ["Date of service", "Service", "Amount billed", "Medicaid paid" if reomb else "Plan paid", "Reason"])
    w = [26, 70, 28, 28, 22]
    if f.get("other"):
        oc = f["other"]
        d.text_line(f"{L[0]}: {oc['claim']}   {L[3]}: {oc['prov']}", 9, "B", h=5)
        d.table(head, [[_fd(f, oc["dos"]), f"85025 {tests['85025']}", usd(oc["billed"], f["ms"]),
                        usd(round(oc["billed"] * 0.55, 2), f["ms"]), "00"]], w, size=8.3, aligns="LLRRC")
    d.text_line(f"{L[0]}: {f['claim']}   {L[3]}: {f['lab']}   NPI {f['npi']}", 9, "B", h=5)
    d.text_line(f"{L[6]}: {f['doc']}, MD", 9, h=5)
    rows = []
    for code, amt in f["lines"]:
        denied = code in f["denied"]
        paid = 0 if denied else round(amt * 0.55, 2)
        rows.append([_fd(f, f["dos"]), f"{code} {tests[code]}"[:36], usd(amt, f["ms"]), usd(paid, f["ms"]),
                     f["code"] if denied else "00"])
    rows.append(["*Total" if not es else "*Total", "", usd(f["billed"], f["ms"]), "", ""])
    d.table(head, rows, w, size=8.3, aligns="LLRRC")
    d.text_line("Códigos" if es else "Reason codes", 10, "B", h=6)
    d.para("00 - Pagado." if es else "00 - Paid according to the Medicaid fee schedule. You owe nothing.", 9.3)
    if f["why"] == "freq_es":
        d.para(f"{f['code']} - Límite de frecuencia: el plan paga un panel de lípidos una vez cada 12 meses. El "
               f"beneficio máximo ya se alcanzó (último pago: {_fd(f, f['last'])}). Usted no tiene que pagar este "
               "servicio.", 9.3)
    elif f["why"] != "paid":
        d.para(f"{f['code']} - {reason_text(f)} The lab may not bill you for this test.", 9.3)
    d.ln(1)
    if es:
        d.text_line("Si no está de acuerdo", 10.5, "B", h=6)
        d.para("Puede pedir una apelación al plan dentro de 60 días de la fecha de este estado de cuenta. Después de la "
               "apelación puede pedir una audiencia imparcial del estado (120 días).", 9.3)
        d.para(f"Servicios al Miembro: {f['ph']} (TTY 711).", 9)
    elif reomb:
        if f["why"] != "paid":
            d.text_line("Your hearing rights", 10.5, "B", h=6)
            d.para("If you disagree with a service that was not paid, you may ask for a State Fair Hearing within 90 "
                   "days of the date of this notice. Write to the Office of Administrative Hearings, PO Box 30460, "
                   "Poteau, OK 74953.", 9.3)
        d.para(f"Recipient Services: {f['ph']}, 7 a.m. to 7 p.m. Central.", 9)
    else:
        d.text_line("Your appeal rights", 10.5, "B", h=6)
        d.para("You or your provider may ask Kestrelgate for an appeal within 60 days of the date of this statement. "
               "If we keep our decision you may then ask for a State Fair Hearing within 120 days.", 9.3)
        d.para(f"Member Services: {f['ph']} (TTY 711).", 9)
    return pdf_bytes(d)


def letter(f: dict) -> bytes:
    p = PLANS[f["plan"]]
    L = LAB[f["lab_set"]]
    d = Page(foot="Page {p} of {n}")
    d.add_page()
    letterhead(d, p["style"], p["name"], p["line2"], p.get("logo", ""), p.get("parent", ""))
    d.text_line(_fd(f, f["date"]), 10, h=6)
    mail_to(d, f["member"], *f["addr"])
    d.text_line("Notice of Adverse Benefit Determination", 13, "B", h=7)
    rows = [(L[1], f["member"]), (L[2], f["mid"]), (L[7], f["planid"]), (L[0], f["claim"]), (L[3], f["lab"]),
            (L[6], f"{f['doc']}, MD"), (L[4], _fd(f, f["dos"])), (L[5], usd(f["billed"], f["ms"]))]
    pairs(d, rows, kw=52)
    d.text_line("What we decided", 11, "B", h=6)
    d.para(f"We denied payment for the vitamin D test (82306) billed by {f['lab']}. Vitamin D screening is not a "
           "covered service under your Medicaid benefits when it is billed with a general screening diagnosis "
           "(Z13.21). It is covered for conditions such as chronic kidney disease, malabsorption or osteoporosis.",
           10)
    d.para("The lab cannot bill you for this test. If your doctor sends records showing one of the covered "
           "conditions, the claim can be looked at again.", 10)
    d.text_line("How to appeal", 11, "B", h=6)
    d.para(f"Ask for an appeal by {_fd(f, f['dl'])}. Call {f['ph']} or write to Kestrelgate Appeals, PO Box 7744, "
           "Wapakoneta, OH 45895. If you need a fast decision because waiting could harm your health, ask for an "
           "expedited appeal (72 hours). After our appeal decision you may ask for a State Fair Hearing within 120 "
           "days.", 10)
    d.ln(1)
    d.text_line("Sincerely,", 10, h=5)
    d.text_line("Utilization Management, Kestrelgate Community Health Plan", 10, h=5)
    return pdf_bytes(d)


def make_truth(f: dict, kind: str) -> dict:
    p = PLANS[f["plan"]]
    common = dict(insurer=p["name"], member_id=f["mid"], group_number=None, member_name=f["member"],
                  plan_id=f["planid"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
                  service_dates=[iso(f["dos"])], denial_date=iso(f["date"]), provider=f["lab"])
    alts = {"provider": [f["doc"]]}
    if kind == "paid":
        return truth("eob", None, f["lang"], alternates=alts, **common)
    dl = None
    if f["plan"] == "kes":
        dl = iso(f["dl"]) if kind == "letter" else iso(days(f["date"], 60))
    denial, alt = {"freq_limit": ("not_covered", ["medical_necessity"]),
                   "freq_plain": ("not_covered", ["medical_necessity"]),
                   "freq_es": ("not_covered", ["medical_necessity"]),
                   "freq_mn": ("medical_necessity", ["not_covered"]),
                   "dx": ("medical_necessity", ["not_covered"]),
                   "vitd": ("not_covered", ["medical_necessity"])}[f["why"]]
    return truth("denial_letter" if kind == "letter" else "eob", denial, f["lang"], appeal_deadline=dl,
                 alternates=alts, denial_alternates=alt, **common)


PLAN = [
    ("lab_panel_frequency_medicaid_eob_bd_reomb_lipid_limit", "born_digital", "eob",
     dict(plan="arr", lab_set=1, ds="slash", ms="plain", codes=["80061", "85025"], denied=["80061"], why="freq_limit",
          code="F12")),
    ("lab_panel_frequency_medicaid_eob_bd_mco_a1c_diagnosis", "born_digital", "eob",
     dict(plan="kes", lab_set=2, ds="long", ms="plain", codes=["83036", "80053"], denied=["83036"], why="dx",
          code="D07")),
    ("lab_panel_frequency_medicaid_eob_scan_reomb_paid", "scan_clean_300", "paid",
     dict(plan="arr", lab_set=3, ds="abbr", ms="nosign", codes=["80048", "85025"], denied=[], why="paid", code="")),
    ("lab_panel_frequency_medicaid_eob_lowres_mco_thyroid_third", "scan_lowres_150", "eob",
     dict(plan="kes", lab_set=1, ds="dmy", ms="plain", codes=["84443", "84439"], denied=["84443", "84439"],
          why="freq_plain", code="N30", other=True)),
    ("lab_panel_frequency_medicaid_eob_copy_vitamin_d_notice", "photocopy", "letter",
     dict(plan="kes", lab_set=3, ds="abbr", ms="plain", codes=["82306"], denied=["82306"], why="vitd", code="")),
    ("lab_panel_frequency_medicaid_eob_phone_reomb_cmp_repeat", "phone_photo", "eob",
     dict(plan="arr", lab_set=2, ds="iso", ms="space", codes=["80053"], denied=["80053"], why="freq_mn",
          code="F30", other=True)),
    ("lab_panel_frequency_medicaid_eob_faxf_es_lipidos", "fax_fine_g4", "eob",
     dict(plan="kes", lab_set="es", ds="es", ms="es", codes=["80061"], denied=["80061"], why="freq_es", code="F12",
          lang="es")),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, spec) in enumerate(PLAN):
        f = facts(random.Random(106500 + i), spec, 106500 + i)
        f["dl"] = days(f["date"], 60)
        pdf = letter(f) if kind == "letter" else eob(f)
        items.append(Item(stem, cond, [(pdf, make_truth(f, kind))]))
    return items
