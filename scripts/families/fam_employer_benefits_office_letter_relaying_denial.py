"""Family 'employer_benefits_office_letter_relaying_denial': an employer's HR / benefits office answering an
employee who asked about a denied claim under the company's self-funded plan. The letter is on the employer's
letterhead, quotes what the third-party administrator (TPA) decided (claim number, date of service, amount billed,
the reason, the TPA's letter or EOB date), explains that the employer cannot change the decision, and points to the
TPA's appeal process (address, the TPA's deadline). Decoys: the employee ID (payroll), the HR inquiry number, the date
the employee wrote or called, the TPA's EOB date, open-enrollment and payroll dates, the HR phone.
Scenarios: lumbar MRI not medically necessary (as a table), a child's out-of-network visit, a claim later paid after
the provider corrected it, a claim filed too late (Spanish), other insurance primary (coordination of benefits),
chiropractic visits over the yearly limit, a sleep study without prior approval.
Employers (fictional): Eysturoy Marine Electronics, Inc. (logo "EYSTUROY" over a rule), Tvoroyri Cooperative
Creamery (parent line "A member of the Sumba Dairy Federation"), Eidi County School District (return-address block);
TPAs Sandavagur Benefit Administrators, LLC and Kunoy Claims Services, Inc.
Truth (see the families README): the letter decides nothing, so it is `other` with no denial type (denial_letter and
the TPA's reason accepted) and no appeal deadline (the TPA's deadline accepted); insurer = the employer whose
letterhead issued it (the TPA accepted); case numbers = the TPA's claim number (the HR inquiry number is not, a list
with it accepted); denial date = the HR letter's date (the TPA's letter date accepted).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundah_famhc import (Page, address, days, digits, fdate, iso, letterhead, m2, mail_to, mixed, money,
                               pairs, person, phone, signature, usd)

FAMILY = "employer_benefits_office_letter_relaying_denial"
LANG = "en"
EMPLOYERS = {
    "eyst": dict(name="Eysturoy Marine Electronics, Inc.", style="logo", logo="EYSTUROY",
                 line2="Human Resources - Benefits | 880 Fugloy Road, Baraboo, WI 53913",
                 plan="Eysturoy Marine Electronics Employee Medical Plan", tpa="sand"),
    "tvor": dict(name="Tvoroyri Cooperative Creamery", style="parent", parent="A member of the Sumba Dairy Federation",
                 line2="Employee Benefits Office | 41 Creamery Lane, Decorah, IA 52101",
                 plan="Tvoroyri Cooperative Creamery Health Benefit Plan", tpa="kun"),
    "eidi": dict(name="Eidi County School District", style="block",
                 line2="Office of Human Resources | 1200 Streymoy Street | Viroqua, WI 54665",
                 plan="Eidi County School District Employee Health Plan", tpa="sand"),
}
TPAS = {"sand": dict(name="Sandavagur Benefit Administrators, LLC", addr="PO Box 6620, Milwaukee, WI 53201"),
        "kun": dict(name="Kunoy Claims Services, Inc.", addr="PO Box 3390, Des Moines, IA 50306")}
LABELS = {
    1: dict(pat="Patient", mid="Member ID (on your plan ID card)", grp="Group number", clm="Claim number",
            prov="Provider", dos="Date of service", amt="Amount billed", eob="Date of the TPA's notice",
            emp="Employee ID", inq="HR inquiry #"),
    2: dict(pat="Person who received care", mid="ID card number", grp="Group #", clm="TPA claim #",
            prov="Billed by", dos="Service date", amt="Charges", eob="EOB dated", emp="Payroll ID",
            inq="Our reference"),
    3: dict(pat="Covered person", mid="Member no.", grp="Plan group", clm="Claim ref.", prov="Rendering provider",
            dos="Date(s) of care", amt="Total billed", eob="TPA letter date", emp="Employee no.",
            inq="Ticket no."),
    "es": dict(pat="Paciente", mid="Número de miembro", grp="Número de grupo", clm="Número de reclamación",
               prov="Proveedor", dos="Fecha del servicio", amt="Cargos", eob="Fecha del aviso del administrador",
               emp="Número de empleado", inq="Referencia de Recursos Humanos"),
}
SCEN = {
    "mri": dict(den="medical_necessity", prov="Lambi Orthopedic and Spine Clinic",
                svc="MRI of the lower back (CPT 72148)",
                quote="The plan's medical reviewer found that an MRI was not medically necessary because you had "
                      "had back pain for only two weeks and had not yet tried physical therapy."),
    "oon": dict(den="out_of_network", prov="Gasadalur Pediatric Urgent Care",
                svc="Urgent care visit (CPT 99214)",
                quote="The clinic is not in the plan's network, and the plan pays for out-of-network care only in "
                      "an emergency. The TPA did not consider this visit an emergency."),
    "paid": dict(den=None, prov="Nordskali Family Medicine", svc="Annual physical and lab work (CPT 99396, 80053)",
                 quote="The claim was first denied because the provider billed it with a sick-visit code. The "
                       "provider sent a corrected claim, and the TPA paid it in full under your preventive care "
                       "benefit."),
    "es_late": dict(den="timely_filing", prov="Laboratorio Clínico Guayadeque", svc="Análisis de sangre (CPT 80061)",
                    quote="El administrador dice que el laboratorio envió la reclamación más de 365 días después de "
                          "la fecha del servicio, después del plazo del plan."),
    "cob": dict(den="other", prov="Tamadaba Physical Therapy", svc="Physical therapy, 4 visits (CPT 97110)",
                quote="The TPA's records show your spouse's plan through her employer covers you as well, and that "
                      "plan pays first. The TPA will not pay until it has the other plan's payment details."),
    "chiro": dict(den="not_covered", prov="Lambi Chiropractic", svc="Chiropractic adjustment (CPT 98941)",
                  quote="Your plan pays for up to 20 chiropractic visits a year. This visit was your 23rd this "
                        "year, so the plan paid nothing for it."),
    "sleep": dict(den="prior_authorization", prov="Decorah Sleep Disorders Center", svc="Overnight sleep study "
                  "(CPT 95810)",
                  quote="A sleep study done in a center must be approved before it is done. Nobody asked the TPA "
                        "to approve it, so the claim was denied."),
}


def letter(f: dict) -> bytes:
    s = SCEN[f["scen"]]
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    e = EMPLOYERS[f["emp"]]
    t = TPAS[e["tpa"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    d = Page(foot=f"{e['name']}  ·  Confidential employee benefits information  ·  {{p}}/{{n}}")
    d.add_page()
    letterhead(d, e["style"], e["name"], e["line2"], e.get("logo", ""), e.get("parent", ""))
    d.text_line(fd(f["date"]), 10, h=6)
    mail_to(d, [f["employee"]] + list(f["addr"]))
    d.text_line("Re: su pregunta sobre una reclamación denegada" if es else
                "Re: your question about a claim" if s["den"] is None else "Re: your question about a denied claim",
                11.5, "B", h=7)
    plan_line = f"{e['plan']}" + (f" (Plan No. {f['planno']})" if f["planno"] else "")
    if es:
        d.para(f"Estimado(a) {f['employee']}:", 9.8)
        d.para(f"Gracias por escribirnos el {fd(f['asked'])}. El {plan_line} es un plan autofinanciado; "
               f"{t['name']} administra las reclamaciones y decide si se pagan. Revisamos con el administrador "
               "la reclamación por la que usted preguntó:", 9.4)
    else:
        d.para(f"Dear {f['employee']}:", 9.8)
        who = "your question" if f["asked_how"] == "email" else "your call"
        d.para(f"Thank you for {who} on {fd(f['asked'])}. The {plan_line} is self-funded: "
               f"{t['name']} is the plan's third-party administrator and decides claims for the plan. We asked "
               "them about the claim you mentioned, and this is what they told us.", 9.4)
    dos = fd(f["start"])
    rows = [(L["pat"], f["member"]), (L["mid"], f["mid"]), (L["grp"], f["group"]), (L["emp"], f["empid"]),
            (L["clm"], f["clm"]), (L["prov"], s["prov"]), ("Service" if not es else "Servicio", s["svc"]),
            (L["dos"], dos), (L["amt"], usd(f["amt"], f["ms"])), (L["eob"], fd(f["eob"])), (L["inq"], f["inq"])]
    if f["table"]:
        tab = [rows[4], rows[5], rows[7], rows[8], rows[9]]
        d.table([r[0] for r in tab], [[r[1] for r in tab]], [34, 62, 30, 26, 28], size=8.2)
        pairs(d, rows[:4] + [rows[6]] + rows[10:], kw=70, size=9.1)
    else:
        pairs(d, rows, kw=70, size=9.1)
    if es:
        d.para("Lo que dice el administrador: " + s["quote"], 9.4)
        d.para("Recursos Humanos no puede cambiar esta decisión. Si no está de acuerdo, puede apelar ante "
               f"{t['name']}, {t['addr']}. Según su aviso, tiene 180 días a partir de la fecha de ese aviso para "
               f"apelar, es decir, hasta el {fd(f['tpa_deadline'])}. Llame a Recursos Humanos al {f['ph']} si "
               "necesita ayuda con el formulario.", 9.3)
    elif s["den"] is None:
        d.para("What the TPA told us: " + s["quote"], 9.4)
        d.para(f"The TPA paid {usd(f['paid'], f['ms'])} on {fd(f['paiddate'])}. You do not need to do anything. "
               "If the provider still sends you a bill, please call us at " + f["ph"] + ".", 9.3)
    else:
        d.para("What the TPA told us: " + s["quote"], 9.4)
        if f["dl"] == "days":
            ap = ("the TPA's notice says you have 180 days from the date of that notice to appeal, that is, until "
                  + fd(f["tpa_deadline"]))
        else:
            ap = "the TPA's notice says you may appeal within 180 days after you receive it"
        d.para("The benefits office cannot overturn a claim decision; only the TPA, on behalf of the plan, can do "
               f"that. If you disagree, you may appeal to {t['name']}, Appeals Unit, {t['addr']}: " + ap
               + ". Include the claim number and any records your provider can send. After the plan's final "
               "decision you may be able to ask for an external review.", 9.3)
    d.para(f"Open enrollment for next year runs from {fd(f['oe1'])} to {fd(f['oe2'])}. "
           if not es else f"La inscripción abierta es del {fd(f['oe1'])} al {fd(f['oe2'])}.", 8.8)
    signature(d, [f["signer"], "Especialista en Beneficios" if es else "Benefits Specialist, Human Resources",
                  e["name"], f["ph"]], "Atentamente," if es else "Sincerely,")
    d.font(8.5)
    d.cell(0, 4.3, f"cc: {t['name']} (Employer Services)", new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(d)


def facts(r: random.Random, emp: str, scen: str, lab, ds: str, date: dt.date, ms: str, dl: str, table: bool,
          child: bool, planno: bool) -> dict:
    lang = "es" if lab == "es" else "en"
    employee = person(r, lang)
    member = person(r, lang, taken=(employee.split()[0],)) if child else employee
    if child:
        member = member.split()[0] + " " + member.split()[1] + " " + employee.split()[-1]
    eob = days(date, -r.randint(12, 30))
    start = days(eob, -r.randint(25, 60) if scen != "es_late" else -r.randint(420, 470))
    amt = money(r, 180, 3900)
    mid = mixed(r, "SBA999999999") if EMPLOYERS[emp]["tpa"] == "sand" else mixed(r, "KCS-9999999")
    return dict(emp=emp, scen=scen, lab=lab, ds=ds, date=date, ms=ms, dl=dl, lang=lang, table=table,
                employee=employee, member=member, mid=mid, group=digits(r, 5), empid="E" + digits(r, 6),
                clm=digits(r, 11), inq=mixed(r, "HR-9999-999"), amt=amt, paid=round(amt * 0.82, 2),
                paiddate=days(eob, r.randint(5, 9)), start=start, eob=eob, asked=days(date, -r.randint(3, 9)),
                asked_how=r.choice(["email", "call"]), tpa_deadline=days(eob, 180),
                oe1=dt.date(2026, 11, 2), oe2=dt.date(2026, 11, 20), planno=str(r.randint(501, 599)) if planno
                else None, addr=address(r, lang), ph=phone(r), signer=person(r, "en"))


def doc_truth(f: dict) -> dict:
    s = SCEN[f["scen"]]
    e = EMPLOYERS[f["emp"]]
    alts = {"insurer": [TPAS[e["tpa"]]["name"]], "case_numbers": [[f["clm"], f["inq"]]],
            "denial_date": [iso(f["eob"])]}
    den = s["den"]
    if den is not None and f["dl"] == "days":
        alts["appeal_deadline"] = [iso(f["tpa_deadline"])]
    kw = dict(insurer=e["name"], member_id=f["mid"], group_number=f["group"], plan_id=f["planno"],
              member_name=f["member"], case_numbers=[f["clm"]], claim_amount=m2(f["amt"]),
              service_dates=[iso(f["start"])], denial_date=iso(f["date"]), provider=s["prov"],
              appeal_deadline=None, alternates=alts)
    if den is None:
        return truth("other", None, f["lang"], **kw)
    dalt = [den] + (["not_covered"] if den == "timely_filing" else [])
    return truth("other", None, f["lang"], type_alternates=["denial_letter"], denial_alternates=dalt, **kw)


# (stem, condition, employer, scenario, labels, date style, money style, deadline kind, table, child, plan no.)
PLAN = [
    ("employer_benefits_office_letter_relaying_denial_bd_mri_table", "born_digital", "eyst", "mri", 1, "long",
     "plain", "days", True, False, True),
    ("employer_benefits_office_letter_relaying_denial_bd_child_out_of_network", "born_digital", "tvor", "oon", 2,
     "slash", "plain", "days", False, True, False),
    ("employer_benefits_office_letter_relaying_denial_scan_later_paid", "scan_clean_300", "eidi", "paid", 3, "abbr",
     "plain", "days", False, False, True),
    ("employer_benefits_office_letter_relaying_denial_lowres_es_late_filing", "scan_lowres_150", "eyst", "es_late",
     "es", "es", "es", "days", False, False, False),
    ("employer_benefits_office_letter_relaying_denial_copy_other_insurance", "photocopy", "tvor", "cob", 1, "dmy",
     "nosign", "receive", True, False, False),
    ("employer_benefits_office_letter_relaying_denial_photo_chiro_limit", "phone_photo", "eidi", "chiro", 2, "iso",
     "plain", "days", False, False, True),
    ("employer_benefits_office_letter_relaying_denial_fax_sleep_study", "fax_fine_g4", "eyst", "sleep", 3, "upper",
     "plain", "receive", False, True, False),
]


def documents(rng) -> list[Item]:
    items = []
    for n, (stem, cond, emp, scen, lab, ds, ms, dl, table, child, planno) in enumerate(PLAN):
        r = random.Random(130600 + n)
        date = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 240))
        f = facts(r, emp, scen, lab, ds, date, ms, dl, table, child, planno)
        items.append(Item(stem, cond, [(letter(f), doc_truth(f))]))
    return items
