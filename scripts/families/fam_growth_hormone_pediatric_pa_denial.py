"""Family 'growth_hormone_pediatric_pa_denial': pharmacy-benefit and health-plan prior authorization letters on
somatropin (growth hormone) for a child, addressed to the parent or guardian: denied because two provocative
stimulation tests were not done, because the IGF-1 level was normal, because no growth velocity was documented,
because idiopathic short stature is excluded by the plan, because a renewal showed no growth response; one approval
for 12 months; one Spanish Medicaid managed-care letter.

Issuers (all invented): Larkspur Rx Review (PBM utilization management; "LARKSPUR Rx REVIEW" over a rule, "prior
authorization for Brackenfield Health Plan"), Brackenfield Health Plan (centred serif letterhead), Plan Comunitario
Sierra Alondra (Spanish Medicaid plan). Member = the child; the parent in the address block is a decoy; provider =
the pediatric endocrinologist who asked; decoys: specialty pharmacy (phone), DOB, request received date, bone age,
height percentile, IGF-1 values, prescriber NPI, 72-hour expedited review, external review 4 months, fair hearing
120 days.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, pdf_bytes, truth

FAMILY = "growth_hormone_pediatric_pa_denial"
LANG = "en"

LR, BH, SA = "Larkspur Rx Review", "Brackenfield Health Plan", "Plan Comunitario Sierra Alondra"
ADDR = {LR: ("PO Box 30418", "Cedar Hollow, KS 66251"), BH: ("910 Tamarind Boulevard", "Orvale, OR 97390"),
        SA: ("Apartado Postal 5512", "El Paso, TX 79901")}
KIDS = ["Tobiah", "Amara", "Kenji", "Soraya", "Declan", "Nia", "Mateus", "Ilse", "Rohan", "Zofia"]
KIDS_ES = ["Santiago", "Ximena", "Emiliano", "Valentina", "Josué"]
PARENTS = ["Halima", "Bjorn", "Priyanka", "Cormac", "Ngozi", "Lucinda", "Farrukh", "Greta"]
PARENTS_ES = ["Marisela", "Eduardo", "Rocío", "Fidel"]
LASTS = ["Okonkwo-Reyes", "Lindgren", "Chaudhry", "Fitzmaurice", "Abernethy", "Takahashi", "Mbeki", "Halloran",
         "Szymanski", "Vaillancourt"]
LASTS_ES = ["Arredondo", "Cisneros", "Ledesma", "Bustamante", "Ordóñez"]
ENDOS = ["Maren Oyelowo, MD", "Stellan Brightwater, DO", "Ayesha Kapoor-Lind, MD", "Teodoro Vance, MD",
         "Ingeborg Haldane, MD"]
CLINIC = ["Riverbend Children's Endocrinology", "Northgate Pediatric Specialists", "Cloverdale Children's Clinic"]
PHARM = ["Pinebrook Specialty Pharmacy", "Crescent Specialty Rx", "Harrowgate Specialty Pharmacy Services"]
DRUG = "somatropin injection 5 mg/1.5 mL cartridge"


def facts(r: Rand, kind: str, ins: str, ds: str) -> dict:
    es = ins == SA
    dec = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 140))
    recv = dec - dt.timedelta(days=r.randint(3, 10))
    start = dec + dt.timedelta(days=r.randint(5, 14))
    last = r.choice(LASTS_ES if es else LASTS)
    child = f"{r.choice(KIDS_ES if es else KIDS)} {r.choice('ABCDEFGHJKLMNPRSTVW')}. {last}"
    parent = f"{r.choice(PARENTS_ES if es else PARENTS)} {last}"
    return dict(kind=kind, ins=ins, ds=ds, es=es, dec=dec, recv=recv, start=start, child=child, parent=parent,
                addr=r.address("es" if es else "en"),
                mid=("LRX" + r.digits(8) if ins == LR else f"BH{r.digits(3)}-{r.digits(6)}" if ins == BH
                     else r.digits(9)),
                grp=(f"{r.digits(5)}-{r.letters(2)}" if ins != SA else None),
                case=("PA-" + r.digits(8) if ins == LR else f"UM{r.digits(2)}-{r.digits(5)}" if ins == BH
                      else "AUT" + r.digits(8)),
                endo=r.choice(ENDOS), clinic=r.choice(CLINIC), npi=r.npi(), pharm=r.choice(PHARM),
                pphone=r.phone(), ph=r.phone(),
                dob=dt.date(2026 - r.randint(5, 12), r.randint(1, 12), r.randint(1, 28)),
                igf=r.randint(180, 310), peak=round(r.uniform(10.5, 14.8), 1), hv=round(r.uniform(3.4, 4.1), 1),
                pct=r.choice(["1.2", "0.8", "2.1", "1.6"]))


def head(d: Doc, f: dict) -> None:
    ins, a = f["ins"], ADDR[f["ins"]]
    if ins == LR:
        d.text_line("LARKSPUR Rx REVIEW", 20, "B")
        d.rule(0.8, 1.2)
        d.text_line(f"{LR}  |  prior authorization for {BH} pharmacy benefits", 8.5)
        d.text_line(f"{a[0]}, {a[1]}  |  Member line {f['ph']} (TTY 711)", 8.5)
    elif ins == BH:
        d.set_font("Times", "B", 18)
        d.cell(0, 8, BH, align="C", new_x="LMARGIN", new_y="NEXT")
        d.set_font("Times", "", 9)
        d.cell(0, 4.5, f"Utilization Management  *  {a[0]}, {a[1]}  *  {f['ph']}", align="C",
               new_x="LMARGIN", new_y="NEXT")
        d.rule(0.4, 2)
    else:
        d.text_line(SA, 15, "B")
        d.text_line("Programa de Medicaid administrado - Texas", 9)
        d.text_line(f"{a[0]}, {a[1]}  -  Servicios para Miembros {f['ph']} (TTY 711)", 9)
        d.rule(0.3, 2)
    d.ln(4)


def rows(d: Doc, pairs, lw: float = 56, size: float = 9.8) -> None:
    for k, v in pairs:
        d.font(size, "B")
        d.cell(lw, 5.2, k)
        d.font(size)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def addressee(d: Doc, f: dict, es: bool = False) -> None:
    lines = [("A los padres o tutores de " if es else "To the parent or guardian of ") + f["child"],
             f"c/o {f['parent']}", *f["addr"]]
    for ln in lines:
        d.text_line(ln, 10.5)
    d.ln(4)


def facts_block(d: Doc, f: dict, labels: str) -> None:
    ds = f["ds"]
    if labels == "a":
        pairs = [("Member:", f["child"]), ("Date of birth:", fmt_date(f["dob"], "slash")),
                 ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("PA request #:", f["case"]),
                 ("Drug requested:", DRUG), ("Prescriber:", f"{f['endo']} (NPI {f['npi']})"),
                 ("Request received:", fmt_date(f["recv"], ds)),
                 ("Requested start date:", fmt_date(f["start"], ds)),
                 ("Specialty pharmacy:", f"{f['pharm']}, {f['pphone']}")]
        rows(d, pairs)
    else:
        d.boxes([("Patient", f["child"], 58), ("Member ID", f["mid"], 40), ("Group no.", f["grp"], 30),
                 ("Reference no.", f["case"], 46)])
        d.ln(3)
        rows(d, [("Requesting provider:", f"{f['endo']}, {f['clinic']}"),
                 ("Patient date of birth:", fmt_date(f["dob"], "slash")),
                 ("Medication:", DRUG), ("Date request received:", fmt_date(f["recv"], ds)),
                 ("Proposed therapy start:", fmt_date(f["start"], ds))])


REASONS = {
    "stim": ("Two growth hormone stimulation tests not done",
             "The plan's criteria for growth hormone deficiency in children require a peak growth hormone level "
             "below 10 ng/mL on two separate provocative stimulation tests (for example arginine and clonidine), or "
             "one test for a child with a known pituitary lesion. The records show one arginine stimulation test "
             "with a peak of {peak} ng/mL. A second stimulation test was not done. The request does not meet the "
             "criteria, so we find it not medically necessary at this time."),
    "igf": ("IGF-1 level within the normal range",
            "The records show an IGF-1 of {igf} ng/mL, which is within the normal range for age and pubertal stage. "
            "The plan's criteria require a low IGF-1 (below -2 SD) together with failed stimulation testing. With "
            "a normal IGF-1 and no other sign of deficiency, somatropin is not medically necessary for this child."),
    "gv": ("Growth velocity not documented",
           "The criteria require a growth velocity below the 25th percentile for age measured over at least "
           "6 months (two or more heights at least 6 months apart on a growth chart). We received a single height "
           "at the {pct} percentile and a bone age x-ray, but no prior heights, so growth velocity is not documented. "
           "Without it, medical necessity cannot be established. Your child's doctor may send the growth chart with "
           "a new request."),
    "iss": ("Idiopathic short stature is not covered",
            "The diagnosis on the request is idiopathic short stature (short stature with normal growth hormone "
            "testing and no identified cause). Your plan's pharmacy benefit excludes growth hormone for idiopathic "
            "short stature. This is a benefit exclusion under the Evidence of Coverage, section 7.4 (Excluded "
            "drugs); it is not a decision about whether the drug would help your child."),
    "renew": ("Renewal: growth response not shown",
              "This was a request to continue somatropin after the first 12 months. To renew, the criteria require "
              "growth velocity during treatment of at least 2 cm per year above the pre-treatment rate, shown by "
              "heights measured during the last 12 months. The records show a growth velocity of {hv} cm per year "
              "on treatment, which does not show the required response, and the epiphyses are not documented as "
              "open. Continued treatment is not medically necessary under the renewal criteria."),
}


def denial(d: Doc, f: dict) -> None:
    ds = f["ds"]
    d.add_page()
    head(d, f)
    d.text_line(("Date of notice: " if f["ins"] == BH else "") + fmt_date(f["dec"], ds), 10.5)
    d.ln(3)
    addressee(d, f)
    title, why = REASONS[f["kind"]]
    d.text_line("Notice of Prior Authorization Denial - Growth Hormone", 13, "B")
    d.ln(2)
    facts_block(d, f, "a" if f["ins"] == LR else "b")
    d.text_line(f"Why we denied the request: {title}", 11, "B")
    d.para(f"{f['endo'].split(',')[0]} asked us to approve {DRUG} for your child, {f['child']}. We reviewed the "
           "request and the medical records sent with it. A pediatric endocrinology reviewer looked at the request.")
    d.para(why.format(**f))
    d.para(f"This decision is not a bill. {f['pharm']} will not ship the medicine unless it is approved or you "
           "choose to pay for it yourself.", 9.5)
    d.text_line("Your right to appeal", 11, "B")
    days = 180 if f["ins"] == BH else 60
    if f["kind"] == "renew":
        dl = f["dec"] + dt.timedelta(days=days)
        d.para(f"You or the doctor may appeal. We must receive the appeal by {fmt_date(dl, ds)}. Send it to "
               f"{f['ins']}, Appeals, {ADDR[f['ins']][0]}, {ADDR[f['ins']][1]}.")
    else:
        d.para(f"You, your child's doctor or someone you name may appeal this decision within {days} days of the date "
               f"of this notice. Send it to {f['ins']}, Appeals, {ADDR[f['ins']][0]}, {ADDR[f['ins']][1]}, or call "
               f"{f['ph']}.")
    d.para("If waiting could seriously harm your child's health, ask for an expedited appeal; we answer within "
           "72 hours. After our final decision you may ask for an external review within 4 months.", 9)


def approval(d: Doc, f: dict) -> None:
    ds = f["ds"]
    d.add_page()
    head(d, f)
    d.text_line(fmt_date(f["dec"], ds), 10.5)
    d.ln(3)
    addressee(d, f)
    d.text_line("Prior Authorization Approved", 13, "B")
    d.ln(2)
    end = f["start"] + dt.timedelta(days=364)
    facts_block(d, f, "b")
    rows(d, [("Approved:", DRUG), ("Approval period:", f"{fmt_date(f['start'], ds)} to {fmt_date(end, ds)}"),
             ("Dispensing pharmacy:", f"{f['pharm']}, {f['pphone']}")])
    d.para(f"Good news: we approved the request from {f['endo'].split(',')[0]} for 12 months. Two stimulation tests "
           f"showed peak growth hormone levels below 10 ng/mL and growth velocity is below the 10th percentile, so "
           "the criteria are met. To continue after the approval period, the doctor must send heights from the "
           "first year of treatment showing a growth response.")
    d.para(f"{f['pharm']} will call you to set up delivery. Questions? Call {f['ph']}. This letter is not a bill.",
           9.5)


def spanish(d: Doc, f: dict) -> None:
    d.add_page()
    head(d, f)
    d.text_line(f"Fecha del aviso: {fmt_date(f['dec'], 'es')}", 10.5)
    d.ln(3)
    addressee(d, f, True)
    d.text_line("Aviso de denegación de autorización previa", 13, "B")
    d.ln(2)
    rows(d, [("Miembro:", f["child"]), ("Fecha de nacimiento:", fmt_date(f["dob"], "slash")),
             ("Número de Medicaid:", f["mid"]), ("Número de autorización:", f["case"]),
             ("Medicamento:", "somatropina inyectable 5 mg/1.5 mL"),
             ("Médico que lo pidió:", f"Dra. {f['endo'].split(',')[0]} (endocrinología pediátrica)"),
             ("Fecha de solicitud recibida:", fmt_date(f["recv"], "es")),
             ("Fecha de inicio solicitada:", fmt_date(f["start"], "es")),
             ("Farmacia especializada:", f["pharm"])])
    d.text_line("Por qué negamos la solicitud", 11, "B")
    d.para(f"Los criterios del plan para la deficiencia de hormona de crecimiento en niños piden dos pruebas de "
           f"estimulación con un pico menor de 10 ng/mL. El expediente muestra solo una prueba, con un pico de "
           f"{f['peak']} ng/mL. No se hizo la segunda prueba de estimulación. Por eso, el medicamento no es "
           "médicamente necesario en este momento.")
    d.text_line("Su derecho a apelar", 11, "B")
    d.para(f"Puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Llame al {f['ph']} o "
           f"escriba a {SA}, {ADDR[SA][0]}, {ADDR[SA][1]}. Después de la apelación puede pedir una audiencia imparcial "
           "del estado dentro de 120 días. Si su hijo está recibiendo el medicamento, pida que continúe dentro de "
           "10 días.")


def build(f: dict) -> bytes:
    d = Doc("Helvetica", footer=f"{f['ins']}  -  {{p}}/{{n}}")
    {"appr": approval, "es": spanish}.get(f["kind"], denial)(d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    base = dict(insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["child"],
                denial_date=f["dec"].isoformat(), provider=f["endo"].split(",")[0], case_numbers=[f["case"]])
    alts = {"service_dates": [[]]}
    if f["ins"] == LR:
        alts["insurer"] = [BH]
    if k == "appr":
        end = f["start"] + dt.timedelta(days=364)
        alts["service_dates"] = [[f["start"].isoformat()]]
        return truth("other", None, service_dates=[f"{f['start'].isoformat()}/{end.isoformat()}"],
                     alternates=alts, **base)
    days = 60 if f["ins"] != BH else 180
    dl = (f["dec"] + dt.timedelta(days=days)).isoformat()
    if k == "es":
        return truth("denial_letter", "medical_necessity", "es", service_dates=[f["start"].isoformat()],
                     appeal_deadline=dl, alternates=alts, **base)
    if k == "iss":
        return truth("denial_letter", "not_covered", service_dates=[f["start"].isoformat()], appeal_deadline=dl,
                     alternates=alts, denial_alternates=["medical_necessity"], **base)
    return truth("denial_letter", "medical_necessity", service_dates=[f["start"].isoformat()], appeal_deadline=dl,
                 alternates=alts, denial_alternates=["prior_authorization"], **base)


# (stem suffix, condition, kind, issuer, date style)
PLAN = [
    ("bd_pbm_second_stimulation_test_missing", "born_digital", "stim", LR, "long"),
    ("bd_plan_igf1_normal", "born_digital", "igf", BH, "slash"),
    ("scan300_growth_velocity_not_documented", "scan_clean_300", "gv", LR, "abbr"),
    ("lowres_idiopathic_short_stature_excluded", "scan_lowres_150", "iss", BH, "iso"),
    ("copy_renewal_no_growth_response", "photocopy", "renew", LR, "dmy"),
    ("rotated_approved_12_months", "rotated", "appr", BH, "long"),
    ("faxstd_spanish_medicaid_stimulation_tests", "fax_standard_g4", "es", SA, "es"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, ds) in enumerate(PLAN):
        f = facts(Rand(191500 + i), kind, ins, ds)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    return items
