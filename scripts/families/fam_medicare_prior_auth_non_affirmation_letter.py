"""Family 'medicare_prior_auth_non_affirmation_letter': Medicare fee-for-service prior authorization decision letters
of a Medicare Administrative Contractor, modelled on the published CMS prior authorization programs' decision letters
(DMEPOS / power mobility devices, hospital outpatient department services, repetitive scheduled non-emergent
ambulance transport): a decision per HCPCS/CPT code ("Non-affirmed" / "Provisionally affirmed"), the Unique Tracking
Number (UTN) to put on the claim, the reasons for non-affirmation as a numbered list with the policy criteria not met,
the note that a non-affirmed request may be corrected and resubmitted any number of times and that a non-affirmation
is not an initial determination (no appeal rights until a claim is billed and denied); one letter where everything is
provisionally affirmed (nothing denied), one beneficiary copy in Spanish.

Issuers (fictional MACs): Irbe Federal Medicare Services, LLC (DME MAC; logo word "IRBE" over a rule), Abava
Government Health Administrators (A/B MAC; parent line "A Venta Federal Solutions company" above the centred name),
Engure Medicare Solutions, Inc. (return-address block). Values invented.
Truth: insurer the MAC; member_id the Medicare number (MBI); case_numbers the UTN (the letter's document control
number is a letter id, a decoy); provider the requester (supplier / hospital / ambulance supplier), the ordering or
performing practitioner accepted; service dates the anticipated date of service where printed (RSNAT: the requested
transport period), none for DMEPOS letters that print none; claim amount null; appeal deadline null (a
non-affirmation has no appeal rights; the letter says to resubmit); denial type medical_necessity (criteria not met),
"other" for a request sent without medical records (medical_necessity accepted).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundae_fameb import (Page, address, clinician, days, digits, fdate, iso, letterhead, mail_to, mbi, mixed,
                               npi, pairs, person, phone)

FAMILY = "medicare_prior_auth_non_affirmation_letter"
LANG = "en"
ISSUERS = {
    "irbe": dict(name="Irbe Federal Medicare Services, LLC", style="logo", logo="IRBE",
                 line2="DME Medicare Administrative Contractor, Jurisdiction C | PO Box 6610, Casper, WY 82602"),
    "abava": dict(name="Abava Government Health Administrators", style="parent",
                  parent="A Venta Federal Solutions company",
                  line2="Medicare Part A/B - Prior Authorization Unit | PO Box 3971, Lincoln, NE 68501"),
    "engure": dict(name="Engure Medicare Solutions, Inc.", style="block",
                   line2="Medicare Part B Prior Authorization | PO Box 772 | Enid, OK 73702"),
}
LABELS = {
    1: dict(ben="Beneficiary name", mid="Medicare number (MBI)", utn="Unique Tracking Number (UTN)",
            req="Requester", prac="Ordering practitioner", dos="Anticipated date of service", rec="Date received",
            code="HCPCS", desc="Description", dec="Decision", dcn="Document control no."),
    2: dict(ben="Patient", mid="MBI", utn="UTN", req="Submitter / supplier", prac="Treating physician",
            dos="Planned date of service", rec="Request received on", code="Code", desc="Item or service",
            dec="Determination", dcn="Letter ID"),
    3: dict(ben="Medicare beneficiary", mid="Medicare ID", utn="Tracking number (UTN)", req="Requesting provider",
            prac="Performing practitioner", dos="Date of service", rec="Received", code="CPT/HCPCS",
            desc="Service", dec="Result", dcn="DCN"),
    "es": dict(ben="Beneficiario(a)", mid="Número de Medicare", utn="Número de seguimiento único (UTN)",
               req="Proveedor que hizo la solicitud", prac="Médico que la ordenó", dos="Fecha prevista del servicio",
               rec="Fecha en que se recibió", code="HCPCS", desc="Descripción", dec="Decisión", dcn="Número de documento"),
}
# set -> (program, lines [(code, description, affirmed?)], reasons, denial type, requester kind)
SETS = {
    "pmd_g3": ("Power Mobility Device (PMD) prior authorization",
               [("K0856", "Power wheelchair, Group 3 standard, single power option, sling seat", False),
                ("E2310", "Power wheelchair accessory, electronic connection, one function", False)],
               ["The face-to-face examination note does not show that the beneficiary cannot use a cane, walker or "
                "manual wheelchair to do mobility-related activities of daily living in the home.",
                "The specialty evaluation by a physical or occupational therapist does not show a neurological "
                "condition, myopathy or congenital skeletal deformity required for a Group 3 power wheelchair.",
                "The home assessment was not signed and dated by the supplier."], "medical_necessity", "supplier"),
    "bleph": ("Hospital Outpatient Department (OPD) services prior authorization",
              [("15823", "Blepharoplasty, upper eyelid, with excessive skin weighting down lid", False),
               ("67904", "Repair of blepharoptosis, tarsal levator resection", True)],
              ["The visual field test does not show a superior field loss of at least 12 degrees or 30 percent "
               "with the eyelids at rest.",
               "The photographs do not show the upper eyelid skin resting on the eyelashes; the procedure as "
               "documented is not reasonable and necessary for a functional problem."], "medical_necessity", "hospital"),
    "cervical": ("Hospital Outpatient Department (OPD) services prior authorization",
                 [("22551", "Cervical fusion, anterior, with discectomy, single interspace", True),
                  ("63685", "Not requested on this submission - informational line", None)],
                 [], None, "hospital"),
    "knee_prosth": ("Lower Limb Prostheses prior authorization",
                    [("L5856", "Knee prosthesis, microprocessor control, swing and stance phase", False),
                     ("L5980", "All lower extremity prostheses, flex foot system", False)],
                    ["No medical records were received with the request. The request contained only the order and "
                     "the cover sheet.",
                     "Without the prosthetist's and the physician's records the functional level (K-level) cannot "
                     "be decided."], "other", "supplier"),
    "pmd_es": ("Dispositivos de movilidad motorizados (PMD): autorización previa",
               [("K0823", "Silla de ruedas motorizada, Grupo 2 estándar, asiento de capitán", False)],
               ["La nota de la consulta en persona no indica que el beneficiario no pueda usar un andador o una silla "
                "de ruedas manual dentro de su casa.",
                "No se documentó que el beneficiario pueda manejar la silla de ruedas de forma segura."],
               "medical_necessity", "supplier"),
    "pannic": ("Hospital Outpatient Department (OPD) services prior authorization",
               [("15830", "Excision, excessive skin and subcutaneous tissue, abdomen (panniculectomy)", False)],
               ["The records do not show that the panniculus hangs at or below the pubic symphysis.",
                "There is no record of skin infections or ulcers under the panniculus that did not get better with "
                "at least three months of treatment.",
                "Without a functional problem the procedure is done to improve appearance and is not reasonable and "
                "necessary under the Medicare rules."], "medical_necessity", "hospital"),
    "rsnat": ("Repetitive Scheduled Non-Emergent Ambulance Transport (RSNAT) prior authorization",
              [("A0428", "Ambulance service, basic life support, non-emergency transport", False),
               ("A0425", "Ground mileage, per statute mile", False)],
              ["The records show that the beneficiary walks with a cane and sits in a chair at the dialysis unit; "
               "other means of transport can be used without danger to the beneficiary's health.",
               "The physician certification statement is dated more than 60 days before the first transport."],
              "medical_necessity", "ambulance"),
}
REQUESTERS = {"supplier": ["Stende Mobility & Home Medical", "Rucava Orthotics and Prosthetics, Inc."],
              "hospital": ["Dundaga Valley Hospital", "Ugale Memorial Medical Center"],
              "ambulance": ["Skrunda County Ambulance Service"]}


def letter(f: dict) -> bytes:
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    i = ISSUERS[f["ins"]]
    prog, lines, reasons, den, _ = SETS[f["set"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    d = Page(foot=f"{i['name']}  -  {L['dcn']} {f['dcn']}  -  {{p}}/{{n}}")
    d.add_page()
    if i["style"] == "logo":
        letterhead(d, "logo", i["name"], i["line2"].split(" | ")[0] + "  " + i["line2"].split(" | ")[1], i["logo"])
    else:
        letterhead(d, i["style"], i["name"], i["line2"], parent=i.get("parent", ""))
    d.text_line(fd(f["date"]), 10, h=6)
    if es:
        mail_to(d, [f["member"]] + list(f["addr"]))
    else:
        mail_to(d, [f["requester"], f"Attn: Prior Authorization", f["req_addr"]])
    d.text_line("Decisión sobre la solicitud de autorización previa" if es else
                ("Prior Authorization Decision - Provisional Affirmation" if not den else
                 "Prior Authorization Request Decision: NON-AFFIRMED"), 12.5, "B", h=7)
    d.text_line(prog, 9.5, h=5)
    d.ln(1)
    dos = (f"{fd(f['start'])} through {fd(f['end'])}" if f["end"] else fd(f["start"])) if f["start"] else None
    pairs(d, [(L["ben"], f["member"]), (L["mid"], f["mid_print"]), (L["utn"], f["utn"]),
              (L["req"], f"{f['requester']} (NPI {f['npi']}, PTAN {f['ptan']})"),
              (L["prac"], f"{f['doc']}, MD"), (L["dos"], dos), (L["rec"], fd(f["received"]))], kw=66, size=9.2)
    if es:
        d.para("Esta es una copia para el beneficiario. Revisamos la solicitud de autorización previa que su proveedor "
               "envió a Medicare. Medicare NO afirmó (no aprobó por adelantado) lo que se pidió.", 10)
    elif den:
        d.para("We reviewed the prior authorization request for the item(s) or service(s) below against the Medicare "
               "coverage requirements. The request is non-affirmed: Medicare does not expect to pay for it as "
               "submitted. The decision for each code is shown below.", 9.8)
    else:
        d.para("We reviewed the prior authorization request below. The request is provisionally affirmed: the "
               "documentation meets Medicare's coverage, coding and payment rules. Put the UTN on the claim. A "
               "provisional affirmation is valid for 120 days from the date of this letter.", 9.8)
    rows = []
    for code, desc, ok in lines:
        if ok is None:
            continue
        st = ("NO AFIRMADO" if es else "NON-AFFIRMED") if not ok else "PROVISIONALLY AFFIRMED"
        rows.append([code, desc[:68], st])
    d.table([L["code"], L["desc"], L["dec"]], rows, [20, 118, 42], size=8.0)
    if den:
        d.text_line("Motivos de la decisión" if es else
                    ("Detailed decision reasons" if f["lab"] != 3 else "Reason(s) for non-affirmation"), 10.5, "B", h=6)
        for n, rsn in enumerate(reasons, 1):
            d.para(f"{n}. {rsn}", 9.3, gap=1.2)
        d.ln(1)
        if es:
            d.para("Su proveedor puede corregir la solicitud y enviarla otra vez. Una decisión de no afirmación no es "
                   "una determinación inicial y no se puede apelar. Si el servicio se presta y Medicare niega la "
                   "reclamación, usted recibirá un Resumen de Medicare con sus derechos de apelación.", 9.3)
        else:
            d.para("What to do next: the requester may correct the request and resubmit it an unlimited number of "
                   "times before the service is provided. A non-affirmation is not an initial determination and "
                   "cannot be appealed. If the item or service is furnished and the claim is submitted with this UTN, "
                   "the claim will be denied, and the appeal rights will be in the claim's remittance advice "
                   "(redetermination within 120 days of receipt of the initial determination).", 9.2)
    else:
        d.para("This affirmation does not guarantee payment; the claim must meet all other Medicare requirements, "
               "and the beneficiary must be eligible on the date of service.", 9.2)
    d.para(f"Questions? Call the Provider Contact Center at {f['ph']} (Monday-Friday). The policy used for this "
           f"review is local coverage determination {f['lcd']}." if not es else
           f"Si tiene preguntas, llame al 1-800-MEDICARE o a su proveedor. Política usada: {f['lcd']}.", 9)
    d.ln(2)
    d.font(8.6)
    d.multi_cell(0, 4.2, ("cc: beneficiario" if es else f"cc: {f['member']} (beneficiary); {f['doc']}, MD") +
                 f"\n{i['name']}  |  {L['dcn']} {f['dcn']}", new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(d)


def facts(r: random.Random, ins: str, sset: str, lab, ds: str, date: dt.date, dash: bool, lang: str = "en") -> dict:
    prog, lines, reasons, den, kind = SETS[sset]
    m = mbi(r)
    start = end = None
    if kind == "hospital":
        start = days(date, r.randint(10, 30))
    elif kind == "ambulance":
        start = days(date, r.randint(5, 12))
        end = days(start, 59)
    doc = clinician(r)
    ra = address(r)
    return dict(ins=ins, set=sset, lab=lab, ds=ds, date=date, lang=lang, den=den, member=person(r, lang),
                mid=m, mid_print=f"{m[:4]}-{m[4:7]}-{m[7:]}" if dash else m,
                utn=("A" if kind != "hospital" else "P") + mixed(r, "999999999A") + mixed(r, "AAA"),
                requester=r.choice(REQUESTERS[kind]), req_addr=f"{ra[0]}, {ra[1]}", npi=npi(r), ptan=digits(r, 6),
                doc=doc, ph=phone(r), addr=address(r, lang), start=start, end=end,
                received=days(date, -r.randint(3, 9)), dcn=mixed(r, "99999A99999"),
                lcd="L" + digits(r, 5))


def letter_truth(f: dict) -> dict:
    den = f["den"]
    alts = {"provider": [f["doc"]]}
    dates = [iso(f["start"], f["end"])] if f["start"] else []
    if f["end"]:
        alts["service_dates"] = [[iso(f["start"])]]
    return truth("denial_letter" if den else "other", den, f["lang"], insurer=ISSUERS[f["ins"]]["name"],
                 member_id=f["mid_print"], group_number=None, plan_id=None, member_name=f["member"],
                 case_numbers=[f["utn"]], claim_amount=None, service_dates=dates, denial_date=iso(f["date"]),
                 provider=f["requester"], appeal_deadline=None, alternates=alts,
                 denial_alternates=["medical_necessity"] if den == "other" else None)


# (stem, condition, issuer, set, labels, date style, MBI with dashes)
PLAN = [
    ("medicare_prior_auth_non_affirmation_letter_bd_pmd_group3", "born_digital", "irbe", "pmd_g3", 1, "long", False),
    ("medicare_prior_auth_non_affirmation_letter_bd_cervical_affirmed", "born_digital", "abava", "cervical", 2,
     "slash", False),
    ("medicare_prior_auth_non_affirmation_letter_scan_blepharoplasty", "scan_clean_300", "engure", "bleph", 3, "abbr",
     True),
    ("medicare_prior_auth_non_affirmation_letter_lowres_prosthesis_no_records", "scan_lowres_150", "irbe",
     "knee_prosth", 2, "iso", False),
    ("medicare_prior_auth_non_affirmation_letter_rot_es_pmd", "rotated", "irbe", "pmd_es", "es", "es", False),
    ("medicare_prior_auth_non_affirmation_letter_copy_panniculectomy", "photocopy", "abava", "pannic", 1, "dmy", True),
    ("medicare_prior_auth_non_affirmation_letter_faxf_rsnat", "fax_fine_g4", "engure", "rsnat", 3, "upper", False),
]


def documents(rng) -> list[Item]:
    items = []
    for n, (stem, cond, ins, sset, lab, ds, dash) in enumerate(PLAN):
        r = random.Random(120500 + n)
        date = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 250))
        lang = "es" if lab == "es" else "en"
        f = facts(r, ins, sset, lab, ds, date, dash, lang)
        items.append(Item(stem, cond, [(letter(f), letter_truth(f))]))
    return items
