"""Family 'onabotulinumtoxina_chronic_migraine_pa_denial': PBM and medical-benefit prior authorization letters, claim
letters and EOBs on onabotulinumtoxinA (Botox, HCPCS J0585 per unit; CPT 64615 chemodenervation for chronic
migraine) injections: denied because the headache diary shows fewer than 15 headache days a month, because fewer
than two preventive drug classes were tried, because the injection came sooner than 12 weeks after the last one,
or because the units billed are over the 155 / 195 unit limit; one approval for four treatment cycles; one Spanish
letter. All plans, people, practices and numbers are invented.

Letters show the member, member ID, group, the neurology practice (requesting / billing provider), the injecting
physician or the dispensing specialty pharmacy (decoys), the requested or injection dates, the earlier injection
date (decoy), J0585 units and billed amounts, a reference or claim number and the appeal deadline.

Issuers: Quillfeather Pharmacy Solutions (PBM; spaced caps wordmark over a double rule), Stonebridge Valley Health
Plan (centred letterhead, ruled boxes; its EOBs a plain statement), Plan de Salud Stonebridge Valley (Spanish).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "onabotulinumtoxina_chronic_migraine_pa_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PBM = "Quillfeather Pharmacy Solutions"
PLAN = "Stonebridge Valley Health Plan"
PLAN_ES = "Plan de Salud Stonebridge Valley"
MEMBERS = ["Annika J. Sjoberg", "Tobias R. Okonkwo", "Farida N. Haddad", "Lucian P. Moreau", "Keiko S. Whitfield",
           "Dmitri A. Volkonsky", "Siobhan E. Karlsson"]
MEMBERS_ES = ["Rosalba T. Villaseñor", "Eusebio M. Carvajal"]
PRACTICES = ["Ashgrove Headache & Neurology Associates", "Tamsin Ridge Neurology Group",
             "Corriveau Neurology Clinic"]
DOCTORS = ["Ilse M. Vantongeren, MD", "Babatunde K. Osei, DO", "Priyanka R. Lalwani, MD", "Henrik O. Lindqvist, MD"]
PHARMS = ["Foxhollow Specialty Pharmacy", "Emberlane Specialty Rx"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def fdate(d: dt.date, s: str) -> str:
    if s == "es":
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%d-%b-%Y"), "dsp": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y")}[s]


def usd(v: float, s: str = "plain") -> str:
    g = f"{v:,.2f}"
    return {"plain": f"${g}", "nosign": g, "usd": f"USD {g}"}[s]


def m2(v: float) -> str:
    return f"{v:.2f}"


def dd(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


class Page(Doc):
    def __init__(self, footer: str | None = None, header: str | None = None):
        super().__init__("DejaVu", footer=footer, header=header, margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def facts(i: int, ds: str, ms: str, lang: str = "en", units: int = 155) -> dict:
    r = random.Random(201500 + i)
    letter = dt.date(2026, 2, 3) + dt.timedelta(days=r.randint(0, 200))
    inj = dd(letter, -r.randint(12, 30))
    rate = r.choice([9.85, 10.40, 11.25, 8.90])
    admin = float(r.choice([486, 512, 548, 575])) + r.choice([0.0, 0.5])
    drug = round(rate * units, 2)
    return dict(
        r=r, ds=ds, ms=ms, lang=lang, letter=letter, inj=inj, prev=dd(inj, -r.randint(56, 70)),
        req=dd(letter, r.randint(10, 24)), recv=dd(letter, -r.randint(3, 9)),
        member=r.choice(MEMBERS_ES if lang == "es" else MEMBERS),
        mid=f"SVH{r.randint(100000000, 999999999)}", grp=f"{r.choice(['G', 'SV'])}{r.randint(20000, 89999)}",
        dob=dt.date(r.randint(1962, 2001), r.randint(1, 12), r.randint(1, 28)),
        practice=r.choice(PRACTICES), doctor=r.choice(DOCTORS), pharm=r.choice(PHARMS),
        npi=r.choice("12") + "".join(r.choice("0123456789") for _ in range(9)),
        ref=f"PA-{r.randint(2600000, 2699999)}", claim=f"{r.randint(26, 26)}{r.randint(10 ** 10, 10 ** 11 - 1)}",
        units=units, rate=rate, drug=drug, admin=admin, total=round(drug + admin, 2),
        bin=str(r.randint(610000, 619999)), pcn=r.choice(["QPSMED", "QFRX22"]),
        phone=f"1-855-{r.randint(200, 989)}-{r.randint(1000, 9999)}",
        fax=f"1-855-{r.randint(200, 989)}-{r.randint(1000, 9999)}",
        days=r.choice([9, 11, 12, 13]), hdays=r.choice([14, 15]))


def lab(d: Page, label: str, value: str, w1: float = 52, size: float = 9.5):
    d.font(size)
    d.cell(w1, 5.2, label)
    d.font(size, "B")
    d.cell(0, 5.2, value, new_x="LMARGIN", new_y="NEXT")


def plan_head(d: Page, f: dict, es: bool = False):
    d.text_line(PLAN_ES if es else PLAN, 15, "B", "C")
    d.text_line("Departamento de Administración de Utilización - Medicamentos de beneficio médico" if es else
                "Utilization Management - Medical Benefit Drugs", 9, "", "C")
    d.text_line(f"PO Box 4471, Pueblo, CO 81003   Tel. {f['phone']}   Fax {f['fax']}", 8.5, "", "C")
    d.rule(0.6, 4)


# ---------------------------------------------------------------- PBM letter: fewer than 15 headache days a month
def pbm_letter(f: dict) -> bytes:
    d = Page(footer="QPS-UM-PA-14  Page {p} of {n}", header=f"{f['member']}  Member ID {f['mid']}")
    d.add_page()
    ds = f["ds"]
    d.text_line("Q U I L L F E A T H E R", 18, "B")
    d.text_line("Pharmacy Solutions", 10)
    d.rule(0.8, 0.8)
    d.rule(0.3, 3)
    d.text_line(f"Clinical Review Department  |  Phone {f['phone']}  |  Fax {f['fax']}  |  TTY 711", 8)
    d.ln(4)
    d.text_line(fdate(f["letter"], ds), 10)
    d.ln(3)
    for ln in (f["member"], "2290 Juniper Drive", "Bangor, ME 04401"):
        d.text_line(ln, 10)
    d.ln(4)
    d.text_line("NOTICE OF PRIOR AUTHORIZATION DENIAL", 12, "B")
    d.ln(1)
    rows = [("Member:", f["member"]), ("Member ID:", f["mid"]), ("Group number:", f["grp"]),
            ("Date of birth:", fdate(f["dob"], ds)), ("RxBIN / RxPCN:", f"{f['bin']} / {f['pcn']}"),
            ("Reference number:", f["ref"]), ("Medication:", "Botox (onabotulinumtoxinA) 200 unit vial"),
            ("Requesting provider:", f["practice"]), ("Provider NPI:", f["npi"]),
            ("Dispensing pharmacy:", f["pharm"]), ("Request received:", fdate(f["recv"], ds)),
            ("Requested start date:", fdate(f["req"], ds))]
    for a, b in rows:
        lab(d, a, b, 48)
    d.ln(3)
    d.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:", 10)
    d.para(f"We received a request from {f['practice']} for Botox (onabotulinumtoxinA) for the prevention of chronic "
           "migraine. We reviewed the request under your prescription drug benefit and the Quillfeather clinical "
           "criteria for botulinum toxins. We are unable to approve this request.", 10)
    d.text_line("Why we denied the request", 10.5, "B")
    d.para(f"The criteria require chronic migraine: headache on 15 or more days per month for more than 3 months, "
           f"with migraine features on at least 8 of those days. The headache diary sent with the request shows "
           f"headache on {f['hdays'] - 5} to {f['hdays'] - 1} days per month over the last 3 months. This does not "
           "meet the definition of chronic migraine, so the drug is not medically necessary for you at this time.",
           10)
    d.para(f"Your doctor may send a new request with a diary showing 15 or more headache days per month. "
           f"{f['pharm']} will not ship the medicine unless a new request is approved.", 10)
    d.text_line("Your right to appeal", 10.5, "B")
    d.para("You or your prescriber may ask for a redetermination (appeal). Your appeal must be received within 180 "
           "days of the date of this letter. Send it to Quillfeather Pharmacy Solutions, Appeals Unit, PO Box 8832, "
           f"Lubbock, TX 79401, or fax {f['fax']}. If your health could be seriously harmed by waiting, ask for an "
           "expedited appeal; we will decide within 72 hours. You may also have the right to an external review "
           "by an independent review organization after the internal appeal.", 10)
    d.ln(2)
    d.text_line("Sincerely,", 10)
    d.text_line("Clinical Pharmacist Reviewer, Quillfeather Pharmacy Solutions", 10)
    return pdf_bytes(d)


# ---------------------------------------------------------------- plan letter: fewer than two preventive drugs
def preventive_letter(f: dict) -> bytes:
    d = Page(footer="SVHP MBD-DN 03/2026   {p}/{n}")
    d.add_page()
    ds = f["ds"]
    plan_head(d, f)
    d.text_line(f"Date: {fdate(f['letter'], ds)}", 10)
    d.ln(2)
    d.text_line(f["member"], 10)
    d.text_line("517 Quarry Street, Erie, PA 16501", 10)
    d.ln(3)
    d.text_line("Adverse Benefit Determination - Prior Authorization", 12, "B")
    d.ln(1)
    d.boxes([("Member name", f["member"], 60), ("Member ID", f["mid"], 50), ("Group no.", f["grp"], 32),
             ("Date of birth", fdate(f["dob"], ds), 38)])
    d.boxes([("Authorization request no.", f["ref"], 60), ("Service", "J0585 / 64615", 50),
             ("Planned injection date", fdate(f["req"], ds), 70)])
    d.boxes([("Requesting provider", f["practice"], 110), ("Injecting physician", f["doctor"], 70)])
    d.ln(4)
    d.para(f"{PLAN} reviewed the request from {f['practice']} for onabotulinumtoxinA (Botox) injections, "
           "155 units every 12 weeks, for chronic migraine. The request was reviewed by a board-certified "
           "neurologist. The request is DENIED.", 10)
    d.text_line("Reason for the decision", 10.5, "B")
    d.para("Our medical policy MP-7.112 (Botulinum Toxins) requires that the member has tried and not tolerated, "
           "or had no response after at least 8 weeks of, at least two preventive medicines from different classes "
           "(for example topiramate, propranolol or metoprolol, amitriptyline or venlafaxine, divalproex, or a "
           "CGRP antagonist). The records show a trial of topiramate only. Because fewer than two preventive "
           "medicines have been tried, the criteria are not met and the injections are not medically necessary.",
           10)
    d.text_line("What you can do", 10.5, "B")
    d.para("You may appeal this decision. Your written appeal must be filed within 180 days of the date of this "
           "notice. Your doctor may also ask for a peer-to-peer conversation with our reviewer within 14 days. "
           "If you are in urgent need, you may ask for an expedited appeal. After our final decision you may ask "
           "for an external review; that request must be made within 4 months of the final decision.", 10)
    d.para(f"Questions? Call Member Services at {f['phone']} (TTY 711), 8 a.m. to 8 p.m.", 10)
    d.ln(2)
    d.text_line("cc: " + f["practice"], 9)
    return pdf_bytes(d)


# ---------------------------------------------------------------- EOBs (units over limit, too soon)
def eob(f: dict, kind: str) -> bytes:
    d = Page(footer="Stonebridge Valley Health Plan - Explanation of Benefits - page {p} of {n}")
    d.add_page()
    ds, ms = f["ds"], f["ms"]
    d.text_line(PLAN.upper(), 13, "B")
    d.text_line("EXPLANATION OF BENEFITS      THIS IS NOT A BILL", 10, "B")
    d.rule(0.5, 3)
    for a, b in (("Statement date", fdate(f["letter"], ds)), ("Member", f["member"]), ("Member ID", f["mid"]),
                 ("Group", f["grp"]), ("Claim number", f["claim"]), ("Provider", f["practice"]),
                 ("Rendering physician", f["doctor"]), ("Date received", fdate(dd(f["inj"], 4), ds))):
        lab(d, a, b, 44, 9.5)
    d.ln(3)
    allowed_units = 155 if kind == "units155" else f["units"]
    if kind == "units155":
        paid_drug = round(allowed_units * f["rate"] * 0.8, 2)
        rows = [[fdate(f["inj"], ds), "64615", "Chemodenervation, migraine", "1", usd(f["admin"], ms),
                 usd(f["admin"] * 0.8, ms), "", ""],
                [fdate(f["inj"], ds), "J0585", "OnabotulinumtoxinA, 1 unit", str(f["units"]), usd(f["drug"], ms),
                 usd(paid_drug, ms), "U7", ""]]
    else:
        rows = [[fdate(f["inj"], ds), "64615", "Chemodenervation, migraine", "1", usd(f["admin"], ms),
                 usd(0, ms), "F2", ""],
                [fdate(f["inj"], ds), "J0585", "OnabotulinumtoxinA, 1 unit", str(f["units"]), usd(f["drug"], ms),
                 usd(0, ms), "F2", ""]]
    rows.append(["*Claim total", "", "", "", usd(f["total"], ms),
                 usd(sum(float(x[5].replace("$", "").replace(",", "")) for x in rows), ms), "", ""])
    d.table(["Service date", "Code", "Description", "Units", "Billed", "Plan paid", "Note", ""], rows,
            [26, 16, 52, 13, 26, 26, 12, 3], 8.5, "LLLRRRCL")
    d.text_line("Notes", 10, "B")
    if kind == "units155":
        d.para(f"U7 - Units over the limit. For chronic migraine the plan covers up to 155 units of J0585 per "
               f"treatment session (up to 195 units only with documented follow-the-pain dosing). {f['units']} units "
               f"were billed; {f['units'] - 155} units are denied. The administration (64615) was paid. "
               "CARC 151: payment adjusted because the information furnished does not support this many units.", 9)
    else:
        d.para(f"F2 - Frequency. The plan covers onabotulinumtoxinA for chronic migraine no more often than once "
               f"every 12 weeks (84 days). Our records show an injection on {fdate(f['prev'], ds)}; the injection on "
               f"{fdate(f['inj'], ds)} was {(f['inj'] - f['prev']).days} days later. The drug and the injection "
               "are denied. CARC 119: benefit maximum for this time period has been reached.", 9)
    d.para("You may be billed by your provider only for amounts shown under your share; an in-network provider may "
           "not bill you for denied units.", 9)
    d.text_line("Appeal rights", 10, "B")
    d.para("If you disagree, you may file an appeal. Appeals must be received within 180 days of the date of this "
           f"statement. Write to {PLAN}, Appeals, PO Box 4471, Pueblo, CO 81003, or call {f['phone']}. You also "
           "have the right to an external review once our appeal process is complete.", 9)
    return pdf_bytes(d)


# ---------------------------------------------------------------- provider claim denial letter (units over 195)
def provider_letter(f: dict) -> bytes:
    d = Page()
    d.add_page()
    ds, ms = f["ds"], f["ms"]
    plan_head(d, f)
    d.text_line(fdate(f["letter"], ds), 10)
    d.ln(2)
    for ln in (f["practice"], "Attn: Billing Department", "88 Fenwick Avenue, Suite 210", "Duluth, MN 55802"):
        d.text_line(ln, 10)
    d.ln(3)
    d.text_line("Claim Denial - Units Exceed Policy Limit", 12, "B")
    d.ln(1)
    for a, b in (("Patient", f["member"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Claim no.", f["claim"]),
                 ("Date of service", fdate(f["inj"], ds)), ("Billing NPI", f["npi"]),
                 ("Administered by", f["doctor"]), ("Total charges", usd(f["total"], ms))):
        lab(d, a + ":", b, 40)
    d.ln(2)
    d.table(["Code", "Description", "Units", "Charge", "Allowed units"],
            [["64615", "Chemodenervation for chronic migraine", "1", usd(f["admin"], ms), "1"],
             ["J0585", "Injection, onabotulinumtoxinA, 1 unit", str(f["units"]), usd(f["drug"], ms), "0"]],
            [20, 72, 16, 34, 28], 9, "LLRRR")
    d.para(f"The claim for J0585 was billed with {f['units']} units. Our reimbursement policy allows at most 195 "
           "units per session for chronic migraine (155 units for the fixed 31-site protocol plus 40 units of "
           "follow-the-pain dosing), including the discarded amount billed with the JW modifier. A line that "
           "exceeds the medically unlikely edit is denied in full; the claim is denied. You may submit a corrected "
           "claim with the units given and documented in the procedure note.", 10)
    d.para("To dispute this decision, send a provider appeal within 60 days of the date of this letter with the "
           "procedure note and the drug waste record. A corrected claim is not an appeal.", 10)
    d.ln(2)
    d.text_line("Provider Reimbursement Review", 10)
    d.text_line(PLAN, 10)
    return pdf_bytes(d)


# ---------------------------------------------------------------- approval for four cycles
def approval(f: dict) -> bytes:
    d = Page()
    d.add_page()
    ds = f["ds"]
    plan_head(d, f)
    d.text_line(fdate(f["letter"], ds), 10)
    d.ln(2)
    d.text_line(f["member"], 10)
    d.text_line("40 Sycamore Court, Fargo, ND 58102", 10)
    d.ln(3)
    d.text_line("Prior Authorization Approved", 12, "B")
    d.ln(1)
    end = dd(f["req"], 364)
    for a, b in (("Member", f["member"]), ("Member ID", f["mid"]), ("Group", f["grp"]),
                 ("Authorization number", f["ref"]), ("Provider", f["practice"]), ("Injecting physician", f["doctor"]),
                 ("Approved", "J0585 up to 155 units + 64615, 4 treatment cycles"),
                 ("Valid from", f"{fdate(f['req'], ds)} through {fdate(end, ds)}")):
        lab(d, a + ":", b, 48)
    d.ln(3)
    d.para(f"Good news. We approved the request from {f['practice']} for onabotulinumtoxinA injections for chronic "
           "migraine. The approval covers four treatment cycles, one every 12 weeks or longer, within the dates "
           f"above. The first injection is planned for {fdate(f['req'], ds)}.", 10)
    d.para("To continue after the fourth cycle, your doctor must send a new request showing that your headache "
           "days went down by at least 50 percent (or by at least 7 days a month) compared with before treatment.",
           10)
    d.para("This approval is not a guarantee of payment; you must be enrolled on the date of each injection and "
           f"the usual cost sharing applies. Questions: {f['phone']}.", 10)
    return pdf_bytes(d)


# ---------------------------------------------------------------- Spanish letter: fewer than two preventives
def spanish_letter(f: dict) -> bytes:
    d = Page(footer="SVHP-ES MBD  Página {p} de {n}")
    d.add_page()
    plan_head(d, f, es=True)
    d.text_line(fdate(f["letter"], "es"), 10)
    d.ln(2)
    d.text_line(f["member"], 10)
    d.text_line("1450 Calle Luna, Apt. 3", 10)
    d.text_line("Hialeah, FL 33010", 10)
    d.ln(3)
    d.text_line("AVISO DE DENEGACIÓN DE AUTORIZACIÓN PREVIA", 12, "B")
    d.ln(1)
    for a, b in (("Afiliado(a):", f["member"]), ("Número de afiliado:", f["mid"]), ("Número de grupo:", f["grp"]),
                 ("Fecha de nacimiento:", fdate(f["dob"], "es")), ("Número de solicitud:", f["ref"]),
                 ("Proveedor que solicita:", f["practice"]), ("Médico que aplica la inyección:", f["doctor"]),
                 ("Fecha de inyección solicitada:", fdate(f["req"], "es"))):
        lab(d, a, b, 62)
    d.ln(3)
    d.para(f"Estimado(a) {f['member'].split()[0]} {f['member'].split()[-1]}:", 10)
    d.para(f"Revisamos la solicitud de {f['practice']} para inyecciones de onabotulinumtoxinA (Botox, 155 "
           "unidades cada 12 semanas) para la migraña crónica. Hemos NEGADO la solicitud.", 10)
    d.text_line("Motivo de la decisión", 10.5, "B")
    d.para("Nuestra política médica exige que usted haya probado al menos dos medicamentos preventivos de "
           "diferentes clases (por ejemplo topiramato, propranolol, amitriptilina) durante al menos 8 semanas cada "
           "uno, sin mejoría o con efectos secundarios. Los expedientes muestran que usted probó solamente un "
           "medicamento preventivo. Por eso el tratamiento no es médicamente necesario en este momento.", 10)
    d.text_line("Su derecho a apelar", 10.5, "B")
    d.para("Usted puede apelar esta decisión. Debe presentar su apelación dentro de 180 días a partir de la fecha "
           "de esta carta. Si su salud corre peligro, puede pedir una apelación acelerada (72 horas). Después de "
           "nuestra decisión final puede pedir una revisión externa independiente.", 10)
    d.para(f"Si tiene preguntas, llame a Servicios al Afiliado al {f['phone']} (TTY 711).", 10)
    return pdf_bytes(d)


def deadline(f: dict, n: int) -> str:
    return dd(f["letter"], n).isoformat()


def docs_for(kind: str, f: dict) -> tuple[bytes, dict]:
    base = dict(member_name=f["member"], member_id=f["mid"], group_number=f["grp"], denial_date=f["letter"].isoformat())
    if kind == "pbm15":
        t = truth("denial_letter", "medical_necessity", case_numbers=[f["ref"]], service_dates=[f["req"].isoformat()],
                  provider=f["practice"], insurer=PBM, appeal_deadline=deadline(f, 180),
                  denial_alternates=["prior_authorization"], **base)
        return pbm_letter(f), t
    if kind == "prev2":
        t = truth("denial_letter", "medical_necessity", case_numbers=[f["ref"]], service_dates=[f["req"].isoformat()],
                  provider=f["practice"], insurer=PLAN, appeal_deadline=deadline(f, 180),
                  denial_alternates=["prior_authorization"], alternates={"provider": [f["doctor"]]}, **base)
        return preventive_letter(f), t
    if kind in ("units155", "soon"):
        t = truth("eob", "coding_error" if kind == "units155" else "medical_necessity", case_numbers=[f["claim"]],
                  claim_amount=m2(f["total"]), service_dates=[f["inj"].isoformat()], provider=f["practice"],
                  insurer=PLAN, appeal_deadline=deadline(f, 180),
                  denial_alternates=["medical_necessity"] if kind == "units155" else ["not_covered", "other"],
                  alternates={"provider": [f["doctor"]]} | ({"claim_amount": [m2(f["drug"])]}
                                                            if kind == "units155" else {}), **base)
        return eob(f, kind), t
    if kind == "units195":
        t = truth("denial_letter", "coding_error", case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
                  service_dates=[f["inj"].isoformat()], provider=f["practice"], insurer=PLAN,
                  appeal_deadline=deadline(f, 60), denial_alternates=["medical_necessity"],
                  alternates={"provider": [f["doctor"]]}, **base)
        return provider_letter(f), t
    if kind == "approval":
        end = dd(f["req"], 364)
        t = truth("other", None, case_numbers=[f["ref"]], service_dates=[f["req"].isoformat()],
                  provider=f["practice"], insurer=PLAN,
                  alternates={"service_dates": [[f"{f['req'].isoformat()}/{end.isoformat()}"]],
                              "provider": [f["doctor"]]}, **base)
        return approval(f), t
    if kind == "es":
        t = truth("denial_letter", "medical_necessity", "es", case_numbers=[f["ref"]],
                  service_dates=[f["req"].isoformat()], provider=f["practice"], insurer=PLAN_ES,
                  appeal_deadline=deadline(f, 180), denial_alternates=["prior_authorization"],
                  alternates={"insurer": [PLAN], "provider": [f["doctor"]]}, **base)
        return spanish_letter(f), t
    raise ValueError(kind)


# (stem suffix, condition, kind, date style, money style, units, separators)
PLAN_ITEMS = [
    ("bd_pbm_pa_fewer_than_15_headache_days", "born_digital", "pbm15", "long", "plain", 155, None),
    ("bd_eob_j0585_units_over_155", "born_digital", "units155", "slash", "plain", 200, None),
    ("scan300_plan_letter_fewer_than_two_preventives", "scan_clean_300", "prev2", "dsp", "plain", 155, None),
    ("copy_eob_injection_within_12_weeks", "photocopy", "soon", "dmy", "nosign", 155, None),
    ("faxf_cover_provider_letter_units_over_195", "fax_fine_g4", "units195", "abbr", "usd", 240, ["cover"]),
    ("rotated_approval_four_cycles", "rotated", "approval", "iso", "plain", 155, None),
    ("lowres_spanish_letter_un_solo_preventivo", "scan_lowres_150", "es", "es", "plain", 155, None),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds, ms, units, seps) in enumerate(PLAN_ITEMS):
        f = facts(i, ds, ms, "es" if kind == "es" else "en", units)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [docs_for(kind, f)], separators=seps))
    return items
