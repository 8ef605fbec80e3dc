"""Family 'billing_dispute_response_letter': a health plan's answer to a member's complaint about a provider's bill:
the claim was looked at again and reprocessed, some lines are now paid, and a part is still denied (another plan
pays first - coordination of benefits; a line billed twice - duplicate; a service the plan does not cover), with
what the member owes now; one complaint resolved entirely in the member's favour, one letter in Spanish.

Layout model (common public practice, values invented): the grievance resolution letters health plans send after a
member complaint ("We received your complaint on DATE about a bill from PROVIDER ... What we found ... What we did
... What you owe now ... If you are not satisfied"), a RE block with the complaint (grievance) number and the
claim number, a line table (before review / after review / plan paid / you owe), the member's appeal rights.
Issuers (fictional): Abbotsley Health Plan (logo word "ABBOTSLEY" over a rule, Member Grievances), Cutcombe Health
Partners (parent line "A Pennard Holdings company" above the centred name); a return-address block on some.
Decoys: the date the member called, the provider's statement date and patient account number, the original EOB
date, the reprocessed (adjusted) claim number, the earlier claim that a duplicate line matched, the other plan's
name and ID (COB), the amount paid and what the member owes, the state insurance department's complaint line,
the 30-day grievance time frame.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundac_famcc import (Page, address, clinician, days, digits, fdate, iso, letterhead, local_phone,
                               mail_to, mixed, money, npi, pairs, person, phone, signature, usd)

FAMILY = "billing_dispute_response_letter"
LANG = "en"
ORGS = {
    "ab": dict(name="Abbotsley Health Plan", logo="ABBOTSLEY", parent="",
               line2="Member Grievances and Appeals | PO Box 5120 | Kadoka, SD 57543",
               mid="aBH99999999", grp="G-99999", claim="9999999999999", adj="9999999999999", grv="GRV-99-999999",
               planid="aBH-POS-99"),
    "cu": dict(name="Cutcombe Health Partners", logo="CUTCOMBE", parent="A Pennard Holdings company",
               line2="Member Services - Complaints | 77 Corwen Terrace | Medora, ND 58645",
               mid="CHP999999999", grp="999999", claim="C99999999999", adj="C99999999999", grv="CHP-C-9999999",
               planid=None),
}
PROVIDERS = {"derm": "Treborough Dermatology", "pt": "Chargot Physical Therapy", "lab": "Withycombe Medical Laboratory",
             "img": "Oareford Imaging Center", "ortho": "Hawkridge Orthopedics"}
OTHER_PLAN = "Chargot Valley Teachers' Health Trust"
# member, member id, group, complaint no., claim no., provider, service date, billed
LAB = {1: ["Member", "Member ID", "Group", "Complaint number", "Claim number", "Provider", "Date of service",
           "Amount billed", "Plan ID"],
       2: ["Patient", "ID #", "Group #", "Grievance #", "Claim #", "Billed by", "Service date", "Total billed",
           "Plan"],
       3: ["Covered person", "Subscriber ID", "Employer group", "Case reference", "Claim reference", "Provider name",
           "Dates of service", "Charges", "Benefit plan"],
       "es": ["Paciente", "Número de miembro", "Grupo", "Número de queja", "Número de reclamo", "Proveedor",
              "Fecha de servicio", "Cargos facturados", "Plan"]}
LINES = {
    "derm": [("99214", "Office visit, established patient"), ("11102", "Skin biopsy, first lesion"),
             ("17110", "Destruction of benign lesions (warts), up to 14")],
    "pt": [("97110", "Therapeutic exercise, 4 units"), ("97140", "Manual therapy, 2 units"),
           ("97124", "Massage therapy, 2 units")],
    "derm_es": [("99214", "Consulta, paciente establecido"), ("11102", "Biopsia de piel, primera lesión"),
                ("17110", "Destrucción de verrugas benignas")],
    "lab": [("80053", "Comprehensive metabolic panel"), ("85025", "Complete blood count"),
            ("83036", "Hemoglobin A1c")],
    "img": [("73721", "MRI knee without contrast"), ("73721", "MRI knee without contrast")],
    "ortho": [("99204", "New patient visit"), ("20610", "Joint injection, major joint"), ("J3301", "Triamcinolone 10 mg")],
}


def facts(r: random.Random, spec: dict, seed: int) -> dict:
    lang = spec.get("lang", "en")
    o = ORGS[spec["org"]]
    member = person(r, lang)
    date = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 230))
    svc = days(date, -r.randint(70, 140))
    lines = []
    for k, (code, desc) in enumerate(LINES[spec["prov"] + ("_es" if lang == "es" else "")]):
        d2 = svc if spec.get("same_day", True) or k == 0 else days(svc, 7 * k)
        lines.append(dict(date=d2, code=code, desc=desc, billed=money(r, 60, 1400) if spec["prov"] != "img"
                          else 0))
    if spec["prov"] == "img":
        b = money(r, 1100, 2600)
        for ln in lines:
            ln["billed"] = b
    f = dict(spec, lang=lang, seed=seed, member=member, date=date, svc=svc, lines=lines,
             mid=mixed(r, o["mid"]), grp=mixed(r, o["grp"]), claim=mixed(r, o["claim"]), adj=mixed(r, o["adj"]),
             grv=mixed(r, o["grv"]), planid=mixed(r, o["planid"]) if o["planid"] else None,
             prior=mixed(r, o["claim"]), addr=address(r, lang), ph=phone(r), npi=npi(r),
             called=days(date, -r.randint(12, 28)), stmt=days(date, -r.randint(30, 45)),
             eob=days(svc, r.randint(18, 30)), acct=digits(r, 8), other_id=mixed(r, "CVT999999"),
             state_ph=local_phone(r))
    f["sub"] = f"{r.choice(['Alastair', 'Godfrey', 'Merryn', 'Benedek'])} {r.choice('BDFKLMRT')}. {member.split()[-1]}"
    f["doc"] = clinician(r, member)
    f["dl"] = days(date, spec.get("ndays", 180))
    den = spec["deny"]  # index of the line(s) still denied
    for k, ln in enumerate(lines):
        denied = k in den
        ln["denied"] = denied
        ln["paid"] = 0.0 if denied else round(ln["billed"] * r.choice([0.62, 0.7, 0.74]), 2)
        ln["owe"] = (ln["billed"] if denied and spec["why"] == "nc" else 0.0) if denied else \
            round(min(ln["billed"] - ln["paid"], r.choice([20.0, 35.0, 0.0])), 2)
    f["total"] = round(sum(ln["billed"] for ln in lines), 2)
    return f


def _fd(f, x):
    return fdate(x, f["ds"])


BEFORE = {"en": "Denied", "es": "Denegado"}


def after_text(f, ln) -> str:
    es = f["lang"] == "es"
    if not ln["denied"]:
        return "Pagado" if es else "Paid"
    return {"cob": "Otro plan paga primero" if es else "Other plan primary", "dup": "Duplicate - not paid",
            "nc": "No cubierto" if es else "Not covered"}[f["why"]]


def findings(f: dict) -> str:
    w, prov = f["why"], PROVIDERS[f["prov"]]
    den = [ln for ln in f["lines"] if ln["denied"]]
    if w == "cob":
        if f.get("plain"):
            return (f"When we first got this claim our records showed that you also have health coverage through "
                    f"{OTHER_PLAN} (ID {f['other_id']}). That plan has to look at the bill first, and we pay only "
                    f"what it leaves. You told us that coverage ended, but the other plan has not confirmed it. Until "
                    f"it does, we cannot pay the {den[0]['desc'].lower()} line. Please send us the letter from "
                    f"{OTHER_PLAN} showing the date your coverage ended, or its explanation of benefits.")
        return ("The claim was first denied for coordination of benefits: our records list other coverage with "
                f"{OTHER_PLAN} (ID {f['other_id']}), which is the primary plan for the patient. You sent us that "
                "plan's explanation of benefits. We reprocessed the claim with it and paid our secondary share of "
                "the lines it shows. The other plan's explanation of benefits does not include the line(s) marked "
                "below, so they remain denied for coordination of benefits until we receive the primary plan's "
                "decision on them.\n")
    if w == "dup":
        if f.get("plain"):
            return (f"{prov} sent us the same service twice. We paid it once on claim {f['prior']}. The second "
                    "time it came in on this claim, we did not pay it, because it had already been paid. You do "
                    f"not owe for the second one. We have asked {prov} to correct your bill.")
        return (f"The claim shows two identical lines for the same service on the same date. The first was paid. "
                f"The second line is a duplicate of a line already processed on claim {f['prior']} and was denied "
                "as a duplicate claim line. The provider may not bill you for a duplicate line.")
    if w == "nc":
        d = den[0]["desc"].lower()
        if f["lang"] == "es":
            return (f"Revisamos el reclamo otra vez. Las líneas de la visita se pagaron. La línea de {d} no tiene "
                    "cobertura: su plan no cubre este servicio (exclusión de la sección 8 del certificado de "
                    "cobertura). Por eso usted debe el monto de esa línea al proveedor.")
        return (f"We reviewed the claim again. The visit lines were reprocessed and paid. The {d} line remains "
                "denied: this service is not a covered benefit under your plan (see Exclusions, section 8 of your "
                "certificate of coverage). You are responsible for the amount of that line.")
    return (f"We found that the claim was denied by mistake: your coverage was active on the date of service, but our "
            f"system had the wrong start date. We corrected your enrollment and reprocessed the whole claim. All "
            f"lines are now paid. You owe only the amount shown in the table; {prov} will receive our payment "
            f"within 30 days.")


def letter(f: dict) -> bytes:
    o = ORGS[f["org"]]
    L = LAB[f["lab"]]
    es = f["lang"] == "es"
    prov = PROVIDERS[f["prov"]]
    d = Page(foot=(o["name"] + ("   Página {p} de {n}" if es else "   Page {p} of {n}")))
    d.add_page()
    letterhead(d, f["style"], o["name"], o["line2"], o["logo"], o["parent"])
    d.text_line(_fd(f, f["date"]), 10, h=6)
    mail_to(d, [f["sub"], *f["addr"]])
    d.text_line("Respuesta a su queja sobre una factura" if es else
                {"ok": "Your billing complaint has been resolved"}.get(f["why"], "Response to your billing complaint"),
                12, "B", h=7)
    dates = sorted({ln["date"] for ln in f["lines"]})
    svc_txt = ", ".join(_fd(f, x) for x in dates)
    rows = [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["grp"]), (L[8], f["planid"]), (L[3], f["grv"]),
            (L[4], f["claim"])]
    if f.get("adj"):
        rows.append(("Nuevo número de reclamo" if es else "Adjusted claim number", f["adj"]))
    rows += [(L[5], f"{prov} (NPI {f['npi']})"), (L[6], svc_txt), (L[7], usd(f["total"], f.get("ms", "plain"))),
             ("Cuenta del paciente" if es else "Patient account no.", f["acct"])]
    pairs(d, rows, kw=52, size=9.2)
    first = f["sub"].split()
    greet = f"Estimado(a) {first[0]} {first[-1]}:" if es else f"Dear {first[0]} {first[-1]}:"
    d.text_line(greet, 10, h=6)
    who = f["member"] if f["member"] != f["sub"] else ("usted" if es else "you")
    if es:
        d.para(f"Gracias por llamarnos el {_fd(f, f['called'])} sobre el estado de cuenta de {prov} con fecha "
               f"{_fd(f, f['stmt'])}. Usted nos dijo que le cobraron servicios que su plan debió pagar. Revisamos "
               "su queja y el reclamo.", 9.6)
        d.text_line("Lo que encontramos", 10.5, "B", h=6)
    else:
        d.para(f"Thank you for contacting us on {_fd(f, f['called'])} about a statement from {prov} dated "
               f"{_fd(f, f['stmt'])} for care given to {who}. You told us the provider billed you for services our "
               f"explanation of benefits of {_fd(f, f['eob'])} showed as denied. We reviewed your complaint and the "
               "claim.", 9.6)
        d.text_line("What we found", 10.5, "B", h=6)
    d.para(findings(f), 9.6)
    if f.get("table", True):
        head = (["Fecha", "Código", "Servicio", "Facturado", "Antes", "Después", "Pagado", "Debe"] if es else
                ["Date", "Code", "Service", "Billed", "Before review", "After review", "Plan paid", "You owe"])
        rows_t = [[fdate(ln["date"], "slash" if not es else "es_abbr"), ln["code"], ln["desc"][:30],
                   usd(ln["billed"], "nosign"), BEFORE[f["lang"]], after_text(f, ln), usd(ln["paid"], "nosign"),
                   usd(ln["owe"], "nosign")] for ln in f["lines"]]
        rows_t.append(["*Total", "", "", usd(f["total"], "nosign"), "", "",
                       usd(sum(ln["paid"] for ln in f["lines"]), "nosign"),
                       usd(sum(ln["owe"] for ln in f["lines"]), "nosign")])
        d.table(head, rows_t, [20, 13, 44, 19, 20, 28, 16, 16], size=7.6, aligns="LLLRLLRR")
    else:
        owe = sum(ln["owe"] for ln in f["lines"])
        paid = sum(ln["paid"] for ln in f["lines"])
        d.para(f"After review we paid {usd(paid)} of the {usd(f['total'])} billed. You owe the provider "
               f"{usd(owe)} for this claim.", 9.6)
    if f["why"] == "ok":
        d.text_line("What you owe now", 10.5, "B", h=6)
        d.para(f"Your complaint is resolved in your favour and is now closed. If {prov} still bills you more than the "
               f"amount above after {_fd(f, days(f['date'], 45))}, call us at {f['ph']}. You may also contact the "
               f"state Department of Insurance at {f['state_ph']}.", 9.6)
        signature(d, ["Sincerely,", "Member Grievance Coordinator", o["name"]])
        return pdf_bytes(d)
    if es:
        d.text_line("Si no está de acuerdo", 10.5, "B", h=6)
        d.para(f"Puede apelar la parte que sigue denegada dentro de {f['ndays']} días a partir de la fecha de esta "
               f"carta. Escriba a la dirección de arriba o llame al {f['ph']} (TTY 711). Respondemos las apelaciones "
               f"en 30 días. También puede llamar al Departamento de Seguros del estado al {f['state_ph']}.", 9.4)
        signature(d, ["Atentamente,", "Coordinadora de quejas", o["name"]])
        return pdf_bytes(d)
    d.text_line("If you are not satisfied", 10.5, "B", h=6)
    if f.get("dl_style") == "date":
        ap = f"You may appeal the part of the claim that is still denied. We must receive your appeal by {_fd(f, f['dl'])}."
    else:
        ap = (f"You may appeal the part of the claim that is still denied within {f['ndays']} days of the date of "
              "this letter.")
    d.para(ap + f" Write to the address above or call {f['ph']}. We decide appeals within 30 days. You may also "
           f"contact the state Department of Insurance at {f['state_ph']}.", 9.4)
    signature(d, ["Sincerely,", "Member Grievance Coordinator", o["name"]])
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    o = ORGS[f["org"]]
    den = [ln for ln in f["lines"] if ln["denied"]]
    all_dates = sorted({iso(ln["date"]) for ln in f["lines"]})
    sd = sorted({iso(ln["date"]) for ln in den}) if den else all_dates
    cases = [f["claim"], f["grv"]]
    alts = {"case_numbers": [[f["claim"]]]}
    if f.get("adj"):
        alts["case_numbers"].append([f["claim"], f["adj"], f["grv"]])
    if sd != all_dates:
        alts["service_dates"] = [all_dates]
    common = dict(insurer=o["name"], member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
                  plan_id=f["planid"], case_numbers=cases, claim_amount=f"{f['total']:.2f}", service_dates=sd,
                  denial_date=iso(f["date"]), provider=PROVIDERS[f["prov"]])
    if f["why"] == "ok":
        return truth("other", None, f["lang"], alternates=alts, **common)
    denial, dalt = {"cob": ("other", None), "dup": ("other", None), "nc": ("not_covered", None)}[f["why"]]
    return truth("denial_letter", denial, f["lang"], appeal_deadline=iso(f["dl"]), alternates=alts,
                 denial_alternates=dalt, **common)


PLAN = [
    ("billing_dispute_response_letter_bd_cob_spouse_plan_primary", "born_digital",
     dict(org="ab", style="logo", lab=1, ds="long", why="cob", prov="lab", deny=[1, 2], adj=True, ndays=180)),
    ("billing_dispute_response_letter_bd_resolved_in_member_favour", "born_digital",
     dict(org="cu", style="parent", lab=2, ds="slash", why="ok", prov="ortho", deny=[], adj=True)),
    ("billing_dispute_response_letter_scan_duplicate_mri_line", "scan_clean_300",
     dict(org="cu", style="block", lab=3, ds="abbr", why="dup", prov="img", deny=[1], ndays=180, dl_style="date")),
    ("billing_dispute_response_letter_lowres_massage_not_covered", "scan_lowres_150",
     dict(org="ab", style="block", lab=2, ds="dmy", why="nc", prov="pt", deny=[2], same_day=False, adj=True,
          ndays=60)),
    ("billing_dispute_response_letter_rotated_es_verrugas_no_cubierto", "rotated",
     dict(org="cu", style="parent", lab="es", ds="es", why="nc", prov="derm", deny=[2], lang="es", ndays=180)),
    ("billing_dispute_response_letter_faxs_duplicate_plain_words", "fax_standard_g4",
     dict(org="ab", style="logo", lab=3, ds="iso", why="dup", prov="derm", deny=[0], plain=True, table=False,
          ndays=180)),
    ("billing_dispute_response_letter_copy_other_coverage_plain_words", "photocopy",
     dict(org="cu", style="logo", lab=1, ds="upper", why="cob", prov="pt", deny=[1], plain=True, ndays=180,
          dl_style="date", same_day=False)),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, spec) in enumerate(PLAN):
        f = facts(random.Random(115600 + i), spec, 115600 + i)
        if not spec.get("adj"):
            f["adj"] = None
        items.append(Item(stem, cond, [(letter(f), make_truth(f))]))
    return items
