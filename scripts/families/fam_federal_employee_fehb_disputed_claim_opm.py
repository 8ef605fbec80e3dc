"""Family 'federal_employee_fehb_disputed_claim_opm': a Federal Employees Health Benefits (FEHB) carrier's claim
decisions and reconsideration decisions (upheld / overturned) that quote the OPM disputed-claims review right
("you may ask OPM to review ... within 90 days after the date of our letter"), one Spanish.

Layout model (real public form, values invented): the FEHB brochure's Section 8 "The disputed claims process" and
the carriers' reconsideration letters that follow it: "We have reconsidered our initial decision", the enrollment
code, the OPM address (United States Office of Personnel Management, Healthcare and Insurance, Federal Employee
Insurance Operations, FEHB 1, 1900 E Street NW, Washington, DC 20415-3610), "you must write to us within 6 months
from the date of our decision" for the first step.
Issuers (fictional): Coppergate Federal Employee Benefit Plan (parent line "Sponsored by the Coppergate Association of
Federal Workers" above the centred name), Stonemarsh Government Workers Health Association (logo
word "SGWHA" over a rule); the third letterhead is a return-address block.
Decoys: OPM and its address, the enrollment code, the retirement / agency line, the date the reconsideration request
was received, the date of the initial decision, the 6-month timetable sentence, a claim-filing-deadline sentence.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundaa_famac import (Page, address, clinician, days, digits, fdate, iso, letterhead, m2, mail_to, mixed,
                               money, npi, pairs, person, phone, signature, usd)

FAMILY = "federal_employee_fehb_disputed_claim_opm"
LANG = "en"
CARRIERS = {
    "cfe": dict(name="Coppergate Federal Employee Benefit Plan", style="parent", logo="",
                parent="Sponsored by the Coppergate Association of Federal Workers",
                line2="Claims Review Unit | PO Box 44719 | Kewanee, IL 61443", mid="R99999999", enr="999",
                claim="99999999999", opt="Standard Option (fee-for-service)"),
    "sgw": dict(name="Stonemarsh Government Workers Health Association", style="logo", logo="SGWHA", parent="",
                line2="Stonemarsh Government Workers Health Association | Appeals | PO Box 2231 | Wahpeton, ND 58075",
                mid="SGW999999999", enr="A99", claim="SG-99-9999999", opt="High Option HMO"),
}
PROVS = ["Barnstaple Surgical Associates", "Tolpuddle Family Medicine", "Mossbank Regional Hospital"]
# member, id, enrollment code, claim no, provider, date(s) of service, billed, appeal/ref no.
LAB = {1: ["Patient", "Member ID", "Enrollment code", "Claim number", "Provider", "Date of service", "Amount billed",
           "Reconsideration no."],
       2: ["Member", "Identification no.", "Enrollment code", "Claim #", "Provider of service", "Service date",
           "Charges", "Appeal number"],
       3: ["Covered person", "ID", "Enrollment code", "Claim ID", "Rendered by", "Dates of service", "Total charge",
           "Reference no."],
       "es": ["Paciente", "Núm. de miembro", "Código de inscripción", "Núm. de reclamación", "Proveedor",
              "Fecha de servicio", "Cantidad facturada", "Núm. de reconsideración"]}
OPM_ADDR = ("United States Office of Personnel Management, Healthcare and Insurance, Federal Employee Insurance "
            "Operations, FEHB 1, 1900 E Street NW, Washington, DC 20415-3610")


def _fd(f, x):
    return fdate(x, f["ds"])


def facts(r: random.Random, spec: dict, seed: int) -> dict:
    lang = spec.get("lang", "en")
    c = CARRIERS[spec["car"]]
    member = person(r, lang)
    date = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 250))
    first = days(date, -r.randint(70, 140))
    dos = days(first, -r.randint(20, 60) - (700 if spec.get("why") == "tf" else 0))
    span = spec.get("span", 0)
    f = dict(spec, lang=lang, seed=seed, member=member, date=date, first=first, dos=dos,
             end=days(dos, span) if span else None, recv=days(date, -r.randint(10, 25)),
             mid=mixed(r, c["mid"]), enr=mixed(r, c["enr"]), claim=mixed(r, c["claim"]),
             ref=mixed(r, "RC-9999-99999"), prov=r.choice(PROVS), doc=clinician(r, member), addr=address(r, lang),
             ph=phone(r), billed=money(r, 600, 24000), npi=npi(r))
    sub = person(r, lang)
    f["subscriber"] = " ".join(sub.split()[:2] + member.split()[2:]) if spec.get("dependent") else None
    f["dl6"] = days(date, 182)
    return f


REASONS = {
    "oon": ("You received these services from {prov}, which is not a Plan provider. Under the High Option HMO you "
            "must receive care from Plan providers, except for emergencies and services your primary care doctor "
            "refers you for with our approval. There was no referral and the records do not show an emergency. "
            "We therefore affirm our denial: out-of-network services are not covered under your HMO benefits."),
    "exp": ("The whole-genome sequencing test billed by {prov} is experimental or investigational for the condition "
            "shown on the claim. Section 6 of the brochure excludes services that are experimental or "
            "investigational, and our medical policy does not list this use as proven."),
    "mn": ("Our medical director reviewed the operative report and office notes. They do not show the breathing "
           "problems, failed nasal sprays or imaging findings that would make the nasal surgery needed. We have "
           "decided the surgery was not needed for your care, and we are keeping our decision."),
    "precert": ("The inpatient admission was not precertified. The brochure requires you, your doctor or the "
                "hospital to call us for precertification before a non-emergency admission. No precertification was "
                "requested, so under the precertification rules we reduced the room and board benefit by $500 and "
                "denied the days we could not review."),
    "nc": ("Hearing aids for adults are covered up to $2,500 every 3 calendar years. We already paid that amount on "
           "an earlier claim in this period, so this claim goes beyond the benefit and is not payable."),
}


def body_en(d: Page, f: dict) -> None:
    c = CARRIERS[f["car"]]
    if f["kind"] == "initial":
        d.text_line("Notice of Claim Denial", 13, "B", h=7)
    elif f["kind"] == "overturned":
        d.text_line("Reconsideration Decision - Initial Decision Reversed", 13, "B", h=7)
    else:
        d.text_line("Reconsideration Decision - Initial Decision Affirmed", 13, "B", h=7)
    L = LAB[f["lab_set"]]
    dates = _fd(f, f["dos"]) + (f" - {_fd(f, f['end'])}" if f["end"] else "")
    rows = [(L[0], f["member"]), ("Enrollee (subscriber)", f["subscriber"]), (L[1], f["mid"]),
            (L[2], f"{f['enr']} - {c['opt']}"), (L[3], f["claim"]), (L[4], f["prov"]), (L[5], dates),
            (L[6], usd(f["billed"], f["ms"]))]
    if f["kind"] != "initial":
        rows += [(L[7], f["ref"]), ("Request received", _fd(f, f["recv"]))]
    pairs(d, rows, kw=54)
    d.text_line(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:", 10, h=6)
    if f["kind"] == "initial":
        d.para(f"We processed the claim above under the {c['name']} brochure for this year. We are not able to pay "
               "it, for the reason below.", 10)
        d.para(REASONS[f["why"]].format(prov=f["prov"]), 10)
        d.text_line("If you disagree - the disputed claims process", 11, "B", h=6)
        d.para(f"Step 1: Ask us in writing to reconsider our decision. You must write to us within 6 months from the "
               f"date of our decision, that is by {_fd(f, f['dl6'])}. Include this letter, the claim number and any "
               "records that support your request. Step 2: If we keep our decision, you may then ask the Office of "
               "Personnel Management (OPM) to review it within 90 days after the date of our reconsideration letter.",
               10)
        return
    d.para(f"We received your request on {_fd(f, f['recv'])} to reconsider our decision of "
           f"{_fd(f, f['first'])} on the claim above. A reviewer who did not take part in the first decision looked "
           "at the claim, your letter and the records.", 10)
    if f["kind"] == "overturned":
        d.para(f"We have reversed our initial decision. The records from {f['prov']} show that the service met the "
               f"brochure's conditions. We will reprocess the claim and pay {usd(round(f['billed'] * 0.7, 2), f['ms'])} "
               "to the provider under your benefits; you will receive a new explanation of benefits. You are "
               "responsible only for your deductible and coinsurance.", 10)
        d.para(f"Questions? Call Customer Service at {f['ph']}.", 10)
        return
    d.para(REASONS[f["why"]].format(prov=f["prov"]), 10)
    d.text_line("Your right to ask OPM to review our decision", 11, "B", h=6)
    d.para("If you do not agree with our decision, you may ask OPM to review it. You must write to OPM within 90 days "
           "after the date of this letter. Write to: " + OPM_ADDR + ". Send a statement of why you believe our "
           "decision is wrong, copies of documents that support your claim, a copy of this letter and of your "
           "request to us. OPM's review is the final step of the disputed claims process; if you disagree with "
           "OPM's decision you may file a lawsuit against OPM in Federal court.", 9.6)
    d.para("Filing deadline note: claims must be filed by December 31 of the year after the year you received the "
           "service.", 9)


def body_es(d: Page, f: dict) -> None:
    c = CARRIERS[f["car"]]
    L = LAB["es"]
    d.text_line("Decisión de reconsideración - Se confirma la decisión inicial", 13, "B", h=7)
    pairs(d, [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f"{f['enr']} - {c['opt']}"), (L[3], f["claim"]),
              (L[4], f["prov"]), (L[5], _fd(f, f["dos"])), (L[6], usd(f["billed"], f["ms"])), (L[7], f["ref"])],
          kw=58)
    d.text_line(f"Estimado(a) {f['member'].split()[0]} {f['member'].split()[-1]}:", 10, h=6)
    d.para(f"Recibimos su solicitud para reconsiderar nuestra decisión del {_fd(f, f['first'])}. Revisamos de nuevo la "
           "reclamación y mantenemos la denegación.", 10)
    d.para(f"La reclamación de {f['prov']} nos llegó después del plazo de presentación: las reclamaciones se deben "
           "presentar a más tardar el 31 de diciembre del año siguiente al año en que recibió el servicio. No hubo "
           "una razón administrativa o de incapacidad que impidiera presentarla a tiempo.", 10)
    d.text_line("Su derecho a pedir que OPM revise nuestra decisión", 11, "B", h=6)
    d.para("Si no está de acuerdo, puede pedir a la Oficina de Administración de Personal (OPM) que revise nuestra "
           "decisión. Debe escribir a OPM dentro de 90 días a partir de la fecha de esta carta, a: " + OPM_ADDR + ".",
           9.6)
    d.para(f"Si tiene preguntas, llame al {f['ph']} (TTY 711).", 10)


def letter(f: dict) -> bytes:
    c = CARRIERS[f["car"]]
    es = f["lang"] == "es"
    d = Page(foot=("FEHB - Página {p} de {n}" if es else "Federal Employees Health Benefits Program  -  Page {p} of {n}"))
    d.add_page()
    letterhead(d, f.get("style") or c["style"], c["name"], c["line2"], c["logo"], c["parent"])
    d.text_line(_fd(f, f["date"]), 10, h=6)
    mail_to(d, f["subscriber"] or f["member"], *f["addr"])
    (body_es if es else body_en)(d, f)
    signature(d, ["Atentamente," if es else "Sincerely,", f"{f['doc']}, MD" if f["kind"] != "initial" else
                  "Claims Review Unit", ("Director médico, " if es else "Medical Director, " if f["kind"] != "initial"
                                         else "") + c["name"]])
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    c = CARRIERS[f["car"]]
    sd = iso(f["dos"], f["end"])
    cases = [f["claim"]] + ([f["ref"]] if f["kind"] != "initial" else [])
    common = dict(insurer=c["name"], member_id=f["mid"], group_number=None, member_name=f["member"],
                  plan_id=f["enr"], case_numbers=cases, claim_amount=m2(f["billed"]), service_dates=[sd],
                  denial_date=iso(f["date"]), provider=f["prov"])
    alts = {"plan_id": [None]}
    if f["kind"] == "overturned":
        return truth("other", None, f["lang"], alternates=alts, **common)
    dl = iso(f["dl6"]) if f["kind"] == "initial" else iso(days(f["date"], 90))
    if f["kind"] != "initial":
        alts["appeal_deadline"] = [None]
    denial, dalt = {"oon": ("out_of_network", None), "exp": ("experimental", None), "mn": ("medical_necessity", None),
                    "precert": ("prior_authorization", None), "nc": ("not_covered", None),
                    "tf": ("timely_filing", None)}[f["why"]]
    return truth("denial_letter", denial, f["lang"], appeal_deadline=dl, alternates=alts, denial_alternates=dalt,
                 **common)


PLAN = [
    ("federal_employee_fehb_disputed_claim_opm_bd_upheld_hmo_non_plan_provider", "born_digital",
     dict(car="sgw", kind="upheld", why="oon", lab_set=1, ds="long", ms="plain")),
    ("federal_employee_fehb_disputed_claim_opm_bd_initial_genome_investigational", "born_digital",
     dict(car="cfe", kind="initial", why="exp", lab_set=2, ds="slash", ms="plain", dependent=True)),
    ("federal_employee_fehb_disputed_claim_opm_scan_overturned_paid", "scan_clean_300",
     dict(car="cfe", kind="overturned", why="", lab_set=3, ds="abbr", ms="nosign", style="block")),
    ("federal_employee_fehb_disputed_claim_opm_rot_upheld_septoplasty_plain", "rotated",
     dict(car="sgw", kind="upheld", why="mn", lab_set=3, ds="dmy", ms="plain")),
    ("federal_employee_fehb_disputed_claim_opm_copy_upheld_no_precert", "photocopy",
     dict(car="cfe", kind="upheld", why="precert", lab_set=1, ds="abbr", ms="plain", span=3)),
    ("federal_employee_fehb_disputed_claim_opm_faxs_upheld_hearing_aid_max", "fax_standard_g4",
     dict(car="cfe", kind="upheld", why="nc", lab_set=2, ds="iso", ms="space", style="block", dependent=True)),
    ("federal_employee_fehb_disputed_claim_opm_lowres_es_plazo", "scan_lowres_150",
     dict(car="sgw", kind="upheld", why="tf", lab_set="es", ds="es", ms="es", lang="es")),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, spec) in enumerate(PLAN):
        f = facts(random.Random(109600 + i), spec, 109600 + i)
        items.append(Item(stem, cond, [(letter(f), make_truth(f))]))
    return items
