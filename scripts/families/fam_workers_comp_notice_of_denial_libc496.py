"""Family 'workers_comp_notice_of_denial_libc496': modelled from memory on Pennsylvania's LIBC-496 "Notice of Workers'
Compensation Denial" (Bureau of Workers' Compensation form completed by the employer or its insurer): employee name
and address, date of injury, employer, insurer / third party administrator, WCAIS claim number and insurer claim
number, the checked reasons (no injury, not in the course of employment, not disabled, notice not given within 120
days, not an employee, other), the petition rights (a Claim Petition within three years of the injury), the name and
phone of the person completing the form, the date of the notice; some with an insurer cover letter and a medical bill
denial (employer's posted panel of providers in the first 90 days; treatment unrelated to the injury), one letter
withdrawing an earlier denial, one Spanish form. All values invented.

Insurers: Kutaisi Mutual Casualty Company ("KUTAISI MUTUAL" over a rule), Mtskheta Indemnity Company handled by
Telavi Claims Services, Inc. (TPA, parent-line letterhead "A Batumi Risk Group company"), Zugdidi Employers Insurance
Exchange (return-address block).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundak_famkb import address, days, fdate, iso, m2, mixed, money, npi, person, phone, usd

FAMILY = "workers_comp_notice_of_denial_libc496"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
KU, MT, TE, ZU = ("Kutaisi Mutual Casualty Company", "Mtskheta Indemnity Company", "Telavi Claims Services, Inc.",
                  "Zugdidi Employers Insurance Exchange")
INS_ADDR = {KU: ("PO Box 2210", "Wellsboro, PA 16901"), TE: ("410 Rustavi Avenue, Suite 300", "Honesdale, PA 18431"),
            ZU: ("88 Poti Street", "Tunkhannock, PA 18657")}
EMPLOYERS = [("Ambrolauri Fabricating LLC", "1200 Chiatura Road, Emporium, PA 15834"),
             ("Lagodekhi Cold Storage, Inc.", "75 Tkibuli Lane, Coudersport, PA 16915"),
             ("Ozurgeti Home Care Agency", "19 Sachkhere Court, Honesdale, PA 18431")]
PROVIDERS = [("Imereti Orthopedic & Spine Center", "Shalva K. Gabunia, MD"),
             ("Khashuri Physical Therapy Associates", "Tinatin R. Dadiani, PT")]
ADJ = ["Nestan B. Kobakhidze", "Paata G. Bakradze", "Guram L. Japaridze", "Elguja S. Kobakhidze"]
LABELS = [("Claim number", "Date of injury", "Date of this notice"),
          ("Claim #", "DOI", "Notice date"),
          ("Insurer claim no.", "Injury date", "Date mailed")]
REASONS = ["1. An injury did not take place.",
           "2. An injury took place, but it did not occur in the course of employment.",
           "3. The employee was injured, but the injury did not result in a loss of earnings (disability).",
           "4. Timely notice of the injury, as required by law, was not given (120 days).",
           "5. The claimant was not an employee of the employer named above.",
           "6. Other (explain):"]
REASONS_ES = ["1. No ocurrió ninguna lesión.",
              "2. Ocurrió una lesión, pero no en el curso del empleo.",
              "3. El empleado se lesionó, pero la lesión no causó pérdida de ingresos (incapacidad).",
              "4. No se dio aviso oportuno de la lesión según la ley (120 días).",
              "5. El reclamante no era empleado del empleador nombrado arriba.",
              "6. Otro (explique):"]


class Page(Doc):
    def __init__(self):
        super().__init__("DejaVu", margins=(16, 12, 16))
        self.add_font("DejaVu", "B", BOLD)


def facts(r: random.Random, kind: str, ins: str, lab: int, ds: str, ms: str) -> dict:
    lang = "es" if kind == "es" else "en"
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 200))
    doi = days(notice, -r.randint(14, 20) if kind != "late" else -r.randint(200, 260))
    emp = r.choice(EMPLOYERS)
    prov, clin = r.choice(PROVIDERS)
    carrier = MT if ins == TE else ins
    f = dict(kind=kind, ins=ins, carrier=carrier, L=LABELS[lab], ds=ds, ms=ms, lang=lang, notice=notice, doi=doi,
             worker=person(r, lang), addr=address(r), emp=emp, prov=prov, clin=clin, npi=npi(r),
             wcais=str(r.randint(7000000, 9899999)), claim=mixed(r, {KU: "KMC-WC-99-999999", TE: "TCS99A99999",
                                                                    ZU: "ZE-999999-W"}[ins]),
             policy=mixed(r, "WC 999-999999"), adj=r.choice(ADJ), ph=phone(r), fax=phone(r),
             ssn="XXX-XX-" + mixed(r, "9999"), first_notice=days(doi, r.randint(125, 170)),
             orig_notice=days(notice, -r.randint(20, 45)))
    if kind in ("panel", "bill"):
        n = 2 if kind == "panel" else 3
        d0 = days(doi, r.randint(3, 10))
        lines = []
        for i in range(n):
            code, desc, lo, hi = [("99204", "Office visit, new patient", 180, 320), ("72100", "X-ray lumbar spine", 70, 160),
                                  ("97110", "Therapeutic exercise", 60, 130), ("97140", "Manual therapy", 50, 110)][
                i if kind == "panel" else i + 1 if i < 2 else 3]
            lines.append(dict(date=days(d0, 7 * i if kind == "bill" else 0), code=code, desc=desc, ch=money(r, lo, hi)))
        f["lines"] = lines
        f["total"] = round(sum(x["ch"] for x in lines), 2)
        f["bill"] = mixed(r, "B99999999")
    return f


def reason_index(kind: str) -> int:
    return {"course": 1, "late": 3, "employee": 4, "es": 0, "panel": 5, "bill": 5, "withdrawn": 1}[kind]


def other_text(f: dict) -> str:
    if f["kind"] == "panel":
        return ("Medical bill only: treatment in the first 90 days after the injury was not with a provider on "
                "the employer's posted list of designated health care providers.")
    if f["kind"] == "bill":
        return ("Medical bill only: the treatment billed is for the left knee; the accepted injury is to the low "
                "back only, and the knee care is not related to the work injury.")
    return ""


def line(d: Page, label: str, value: str, w1: float = 58, size: float = 9):
    d.font(size - 1.2)
    d.cell(w1, 5, label)
    d.font(size, "B")
    d.cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")


def form(d: Page, f: dict) -> None:
    es = f["lang"] == "es"
    ds = f["ds"]
    d.add_page()
    d.text_line("COMMONWEALTH OF PENNSYLVANIA", 8.5, "B", "C")
    d.text_line("DEPARTMENT OF LABOR & INDUSTRY   BUREAU OF WORKERS' COMPENSATION", 8, "", "C")
    d.ln(1)
    d.text_line("AVISO DE DENEGACIÓN DE COMPENSACIÓN POR ACCIDENTES DE TRABAJO" if es else
                "NOTICE OF WORKERS' COMPENSATION DENIAL", 13, "B", "C")
    d.ln(1)
    d.rule(0.6)
    L = f["L"]
    w = f["worker"]
    rows = ([("Nombre del empleado", w), ("Dirección", ", ".join(f["addr"])), ("Núm. de Seguro Social", f["ssn"]),
             ("Fecha de la lesión", fdate(f["doi"], ds)), ("Empleador", f["emp"][0]), ("Dirección del empleador", f["emp"][1]),
             ("Asegurador", f["carrier"]), ("Número de póliza", f["policy"]),
             ("Núm. de reclamo de WCAIS", f["wcais"]), ("Núm. de reclamo del asegurador", f["claim"])]
            if es else
            [("Employee name", w), ("Employee address", ", ".join(f["addr"])), ("Social Security no.", f["ssn"]),
             (L[1], fdate(f["doi"], ds)), ("Employer", f["emp"][0]), ("Employer address", f["emp"][1]),
             ("Insurer / self-insured employer", f["carrier"]),
             ("Third party administrator", TE if f["ins"] == TE else "None"),
             ("Policy number", f["policy"]), ("WCAIS claim number", f["wcais"]), (L[0], f["claim"])])
    for a, b in rows:
        line(d, a + ":", b)
    d.ln(2)
    d.rule(0.3)
    d.para("El empleador o su asegurador niega que usted tenga derecho a beneficios de compensación por la(s) "
           "siguiente(s) razón(es):" if es else
           "The employer/insurer denies that you are entitled to compensation benefits for the following "
           "reason(s):", 9.5, 1.5)
    k = reason_index(f["kind"])
    for i, txt in enumerate(REASONS_ES if es else REASONS):
        d.font(9)
        d.cell(8, 5, "[X]" if i == k else "[  ]")
        d.cell(0, 5, txt, new_x="LMARGIN", new_y="NEXT")
        if i == 5 and k == 5:
            d.set_x(d.l_margin + 8)
            d.multi_cell(0, 4.6, other_text(f), new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.rule(0.3)
    if es:
        d.para("Si no está de acuerdo con esta denegación, puede presentar una Petición de Reclamo (Claim Petition) "
               "ante la Oficina de Compensación de Trabajadores. Debe presentarla dentro de los tres años "
               "siguientes a la fecha de la lesión. Este aviso debe enviarse al empleado dentro de los 21 días "
               "posteriores a la notificación de la lesión al empleador.", 8.8)
    else:
        d.para("If you disagree with this denial, you may file a Claim Petition with the Bureau of Workers' "
               "Compensation. The petition must be filed within three years from the date of injury. You may call "
               "the Bureau's Claim Information Services at 1-555-482-0167. This notice must be sent to the employee "
               "within 21 days after the employer has notice of the injury.", 8.8)
    d.ln(1)
    line(d, "Persona que completó el formulario:" if es else "Name of person completing form:",
         f"{f['adj']}, Claims Adjuster")
    line(d, "Teléfono:" if es else "Telephone:", f["ph"])
    line(d, "Fecha de este aviso:" if es else (L[2] + ":"), fdate(f["notice"], ds))
    d.ln(3)
    d.text_line("LIBC-496 REV 06-21" if not es else "LIBC-496S REV 06-21", 7)
    d.text_line("cc: Employer; Bureau of Workers' Compensation (via WCAIS)", 7)


def letterhead(d: Page, f: dict) -> None:
    ins = f["ins"]
    if ins == KU:
        d.text_line("KUTAISI MUTUAL", 22, "B")
        d.rule(0.8)
        d.text_line(f"{KU}  |  Workers' Compensation Claims  |  PO Box 2210, Wellsboro, PA 16901  |  {f['ph']}", 7.5)
    elif ins == TE:
        d.text_line("A Batumi Risk Group company", 7.5)
        d.text_line(TE, 15, "B")
        d.text_line(f"Third party administrator for {MT}", 8.5)
        d.text_line(f"{INS_ADDR[TE][0]}, {INS_ADDR[TE][1]}  Fax {f['fax']}", 8.5)
    else:
        d.text_line(ZU, 12, "B")
        for ln in INS_ADDR[ZU]:
            d.text_line(ln, 9)
        d.text_line(f"Claims line {f['ph']}", 9)
    d.ln(6)


def bill_letter(d: Page, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    L, ds = f["L"], f["ds"]
    d.text_line(fdate(f["notice"], ds), 10)
    d.ln(3)
    d.text_line(f["prov"], 10)
    d.text_line("Attn: Billing Office", 10)
    d.ln(3)
    d.text_line("Re: Denial of medical bill - workers' compensation", 11, "B")
    for a, b in (("Injured worker", f["worker"]), (L[0], f["claim"]), ("WCAIS claim", f["wcais"]),
                 (L[1], fdate(f["doi"], ds)), ("Employer", f["emp"][0]), ("Bill number", f["bill"]),
                 ("Treating provider", f"{f['clin']}  NPI {f['npi']}")):
        line(d, a + ":", b, 45, 9.5)
    d.ln(2)
    d.table(["Date of service", "Code", "Description", "Billed", "Paid"],
            [[fdate(x["date"], ds), x["code"], x["desc"], usd(x["ch"], f["ms"]), usd(0, f["ms"])] for x in f["lines"]]
            + [["*Total", "", "", usd(f["total"], f["ms"]), usd(0, f["ms"])]], [32, 18, 70, 28, 24], 9, "LLLRR")
    if f["kind"] == "panel":
        d.para(f"{f['emp'][0]} posted a list of at least six designated health care providers, and "
               f"{f['worker']} acknowledged the list in writing. Under the Act, treatment during the first 90 days "
               f"after the injury must be with a listed provider. {f['prov']} is not on the list, so we will not pay "
               "this bill. The employee is not responsible for it while the 90 days run.")
    else:
        d.para(f"We accepted the claim of {f['worker']} for a low back strain only. The bill above is for care of "
               "the left knee. Nothing in the records connects the knee to the work incident, so the insurer will "
               "not pay these charges. This does not change the benefits paid for the low back.")
    d.para("A provider who disagrees may file an application for fee review with the Bureau's Medical Fee Review "
           "Section within 30 days of the date of this notice. A Notice of Workers' Compensation Denial (LIBC-496) "
           "for the bill is enclosed.")
    d.ln(3)
    d.text_line(f["adj"], 10)
    d.text_line("Claims Adjuster", 10)
    d.text_line(f["ins"], 10)


def withdrawal(d: Page, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    L, ds = f["L"], f["ds"]
    d.text_line(fdate(f["notice"], ds), 10)
    d.ln(3)
    for ln in (f["worker"], *f["addr"]):
        d.text_line(ln, 10)
    d.ln(4)
    d.text_line("Withdrawal of Notice of Workers' Compensation Denial", 12, "B")
    d.ln(1)
    for a, b in ((L[0], f["claim"]), ("WCAIS claim number", f["wcais"]), (L[1], fdate(f["doi"], ds)),
                 ("Employer", f["emp"][0])):
        line(d, a + ":", b, 45, 9.5)
    d.ln(3)
    d.para(f"Dear {f['worker'].split()[0]} {f['worker'].split()[-1]}: On {fdate(f['orig_notice'], ds)} we sent you a "
           "Notice of Workers' Compensation Denial stating that your injury did not occur in the course of your "
           "employment. After receiving the statements of two co-workers and your supervisor's incident report, we "
           "withdraw that denial.")
    d.para("Your claim is accepted. A Notice of Compensation Payable (LIBC-495) is enclosed and filed with the "
           "Bureau. Weekly wage-loss payments begin with the next check run; medical bills for the accepted injury "
           "should be sent to us with the claim number above.")
    d.para(f"Questions: call {f['adj']} at {f['ph']}, Monday through Friday, 8:00 a.m. to 4:30 p.m.")
    d.ln(3)
    d.text_line("Sincerely,", 10)
    d.text_line(f["adj"], 10)
    d.text_line(f["ins"], 10)


def cover_note(d: Page, f: dict) -> None:
    """A short insurer cover page in front of the form."""
    d.add_page()
    letterhead(d, f)
    d.text_line(fdate(f["notice"], f["ds"]), 10)
    d.ln(3)
    for ln in (f["worker"], *f["addr"]):
        d.text_line(ln, 10)
    d.ln(4)
    d.para(f"Enclosed is a Notice of Workers' Compensation Denial about the injury you reported to {f['emp'][0]}. "
           "Please read it carefully; it explains the reason and how to file a Claim Petition if you disagree. "
           f"Our claim number is {f['claim']}.")
    d.text_line(f["adj"], 10)


def build(f: dict, mode: str) -> bytes:
    d = Page()
    if mode == "bill":
        bill_letter(d, f)
        form(d, f)
    elif mode == "withdrawn":
        withdrawal(d, f)
    elif mode == "cover":
        cover_note(d, f)
        form(d, f)
    else:
        form(d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    alts: dict = {"case_numbers": [[f["claim"]], [f["wcais"]]], "plan_id": [f["policy"]]}
    if f["ins"] == TE:
        alts["insurer"] = [TE]
    common = dict(insurer=f["carrier"], member_name=f["worker"], case_numbers=[f["claim"], f["wcais"]],
                  denial_date=iso(f["notice"]))
    if k == "withdrawn":
        return truth("other", None, f["lang"], alternates=alts, **common)
    if k in ("panel", "bill"):
        alts["provider"] = [f["clin"]]
        if f["ins"] == TE:
            alts["insurer"] = [TE]
        common.update(claim_amount=m2(f["total"]), service_dates=[iso(x["date"]) for x in f["lines"]],
                      provider=f["prov"], appeal_deadline=iso(days(f["notice"], 30)))
    den = {"course": "other", "late": "timely_filing", "employee": "eligibility", "es": "other",
           "panel": "out_of_network", "bill": "other"}[k]
    dalt = {"course": ["eligibility", "not_covered"], "late": ["other"], "employee": ["other"],
            "es": ["not_covered"], "panel": ["other"], "bill": ["not_covered"]}[k]
    return truth("denial_letter", den, f["lang"], alternates=alts, denial_alternates=dalt, **common)


# (stem suffix, condition, kind, insurer, mode, label set, date style, money style)
PLAN = [
    ("bd_form_not_in_course_of_employment", "born_digital", "course", KU, "form", 0, "slash", "plain"),
    ("bd_bill_denial_letter_not_panel_provider", "born_digital", "panel", ZU, "bill", 1, "long", "plain"),
    ("scan300_tpa_cover_notice_not_given_120_days", "scan_clean_300", "late", TE, "cover", 2, "abbr", "plain"),
    ("lowres_form_not_an_employee", "scan_lowres_150", "employee", ZU, "form", 1, "iso", "plain"),
    ("rotated_denial_withdrawn_claim_accepted", "rotated", "withdrawn", KU, "withdrawn", 0, "long", "plain"),
    ("copy_bill_denial_knee_unrelated", "photocopy", "bill", TE, "bill", 2, "dmy", "nosign"),
    ("faxfine_spanish_form_no_injury", "fax_fine_g4", "es", KU, "form", 0, "es", "plain"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, mode, lab, ds, ms) in enumerate(PLAN):
        f = facts(random.Random(138500 + i), kind, ins, lab, ds, ms)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f, mode), make_truth(f))]))
    return items
