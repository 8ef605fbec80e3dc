"""Family 'hyperhidrosis_treatment_cosmetic_denial': commercial, Medicare Advantage, Medicaid and self-funded plan
letters and EOBs on treatment of excessive sweating: botulinum toxin type A (J0585, per unit) with chemodenervation
of eccrine glands (64650 both axillae, 64653 other area) and microwave thermolysis of the underarms (billed as the
unlisted procedure 17999).

Cases: a pre-service botulinum toxin request denied because prescription-strength topical antiperspirant was not
tried (commercial letter, born digital); microwave thermolysis denied as cosmetic on a commercial EOB with the
consultation paid; an approval of axillary injections photographed with a phone; a Spanish letter denying palmar
injections (topical treatment and iontophoresis not tried), faxed; a Medicare Advantage reconsideration upholding a
cosmetic denial of injections (photocopy); a Medicaid notice of adverse benefit determination denying microwave
thermolysis as an excluded cosmetic service (150 dpi scan); a paid EOB from a third-party administrator (rotated).

Layouts are invented, modelled loosely on published insurer letters, EOBs, Medicare Advantage reconsideration
notices and Medicaid managed-care notices. All values invented: people, insurers, providers, addresses, IDs and
amounts (555 phone numbers). Decoys: dates of birth, request received dates, NPIs, medical policy numbers, the
referring primary care doctor, allowed/paid/you-owe amounts, HDSS scores, patient account numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundbx_fambxc import eob, fd, letter, m2, money, npi, pat, ph

FAMILY = "hyperhidrosis_treatment_cosmetic_denial"
LANG = "en"
SEED = 256500
FIRST = ["Rosalind", "Emeric", "Tamsin", "Ozias", "Perpetua", "Lucan", "Henrietta", "Bastian", "Wilhelmina",
         "Corentin", "Marguerite", "Anders"]
LAST = ["Cattermole", "Lindqvist", "Okafor-Reyes", "Ashdown", "Vantongeren", "Merriweather", "Halvorsen",
        "Dunmore", "Kirkpatrick-Lowe", "Teasdale", "Ravelston", "Abercrombie"]
FIRST_ES = ["Eulalia", "Fermín", "Araceli", "Teodoro", "Maricruz"]
LAST_ES = ["Arredondo", "Quiñones", "Valenzuela", "Sepúlveda", "Mondragón"]
DERMS = [("Nadia R. Whitcombe, MD", "Larchmont Dermatology Group"),
         ("Emil T. Baptiste, DO", "Harbor Skin & Laser Center"),
         ("Priya S. Vandermeer, MD", "Cedar Crest Dermatology, PC"),
         ("Graciela M. Ontiveros, MD", "Dermatología Integral del Valle")]
PCPS = ["Dr. Howell J. Ashcombe", "Dr. Lucinda F. Merrow", "Dr. Ravi K. Stanton", "Dr. Delfina O. Barragán"]
ADDR = [("418 Foxhall Road", "Marlow Springs, OH 45877"), ("22 Tidewater Lane", "Port Ancel, ME 04988"),
        ("7190 Juniper Bluff Drive", "Cold Harbor, MN 55988"), ("Calle Robles 31, Apt 4", "Laredo, TX 78040")]


def person(r, lang="en"):
    first = r.choice(FIRST_ES if lang == "es" else FIRST)
    last = r.choice(LAST_ES if lang == "es" else LAST)
    return f"{first} {r.choice('BCDEFGHJKLMNPRSTW')}. {last}"


ORGS = {
    "ridge": dict(name="Ridgeline Mutual Health Plan", tag="Utilization Management Department",
                  addr="PO Box 40917, Marlow Springs, OH 45877", contact="Member Services 1-555-318-2200  |  "
                  "Fax 1-555-318-2291  |  TTY 711"),
    "bluefen": dict(name="Bluefen Health Insurance Company", tag="Explanation of Benefits",
                    addr="Claims Office, PO Box 6620, Port Ancel, ME 04988",
                    contact="Customer Care 1-555-604-7711  |  bluefenhealth.example"),
    "cairn": dict(name="Cairnmoor Health", tag="Clinical Review Services",
                  addr="2000 Heathgate Parkway, Cold Harbor, MN 55988", contact="Phone 1-555-872-4100  |  "
                  "Fax 1-555-872-4199"),
    "arbol": dict(name="Plan de Salud Arboleda", tag="Departamento de Autorizaciones",
                  addr="Apartado Postal 1180, Laredo, TX 78040", contact="Servicios al Miembro 1-555-640-3030  |  "
                  "TTY 711"),
    "tamsin": dict(name="Tamsin Valley Health Plan, Inc.", tag="Tamsin Valley Medicare Advantage (HMO)",
                   addr="Appeals & Grievances, PO Box 9902, Marlow Springs, OH 45877",
                   contact="Member Services 1-555-227-9000 (TTY 711), 8 a.m. to 8 p.m., 7 days a week"),
    "keel": dict(name="Keelhaven Community Health Plan", tag="Medicaid Managed Care",
                 addr="PO Box 3307, Cold Harbor, MN 55988", contact="Member Services 1-555-391-6060  |  TTY 711"),
    "harrow": dict(name="Harrowgate Benefit Administrators", tag="Third-party administrator for the Stonebridge "
                   "Tool & Die Employee Health Plan", addr="PO Box 11044, Port Ancel, ME 04988",
                   contact="Questions? 1-555-455-0808  |  www.harrowgate-tpa.example"),
}


def make(i: int, kind: str, ds: str, ms: str) -> dict:
    r = random.Random(SEED + i)
    lang = "es" if kind == "es" else "en"
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 200))
    di = {"topical": 0, "thermo": 1, "approve": 2, "es": 3, "upheld": 0, "mcd": 1, "paid": 2}[kind]
    doc, prac = DERMS[di]
    member = person(r, lang)
    a1, a2 = ADDR[3] if lang == "es" else r.choice(ADDR[:3])
    f = dict(kind=kind, lang=lang, ds=ds, ms=ms, notice=notice, notice_s=fd(notice, ds), member=member, doc=doc,
             prac=prac, pcp=PCPS[di], npi=npi(r), tin=f"{r.randint(10, 99)}-{r.randint(1000000, 9999999)}",
             dob=dt.date(r.randint(1958, 2004), r.randint(1, 12), r.randint(1, 28)),
             to=[member.upper(), a1, a2], phone=ph(r))
    f["r"] = r
    f["received"] = notice - dt.timedelta(days=r.randint(4, 12))
    f["dos"] = notice - dt.timedelta(days=r.randint(20, 45))
    f["plan_dos"] = notice + dt.timedelta(days=r.randint(10, 25))
    units = r.choice([100, 100, 200])
    unit_fee = r.choice([6.85, 7.10, 7.42, 8.05])
    f["units"] = units
    f["drug"] = round(units * unit_fee, 2)
    f["proc"] = round(r.randint(420, 690) + r.choice([0, .5, .75]), 2)
    f["thermo"] = round(r.randint(2600, 3600) + r.choice([0, .0, .5]), 2)
    f["consult"] = round(r.randint(145, 240) + .0, 2)
    return f


def rights_180(org):
    return ["#Your right to appeal",
            f"If you disagree with this decision, you or your doctor may ask for an appeal. Your written appeal "
            f"must be received within 180 days of the date of this letter. Send it to {org['name']}, Appeals Unit, "
            f"{org['addr']}, or fax it to the number above. Include this letter and any records that support your "
            "request.",
            "If your health could be seriously harmed by waiting, you may ask for an expedited (fast) appeal; we "
            "will decide within 72 hours. After the internal appeal you may have the right to an external review "
            "by an Independent Review Organization within 4 months of our final decision.",
            "You may ask for free copies of all documents, records and the clinical criteria used to make this "
            "decision."]


def build_topical(f):
    o = ORGS["ridge"]
    f.update(org=o, req=pat(f["r"], "UM-2026-999999"), ref=pat(f["r"], "RMH99999999"),
             mid=pat(f["r"], "RMH-999-99-9999"), group=pat(f["r"], "G-99999"))
    rows = [("Member:", f["member"]), ("Date of birth:", fd(f["dob"], "slash")), ("Member ID:", f["mid"]),
            ("Group number:", f["group"]), ("Request number:", f["req"]), ("Reference:", f["ref"]),
            ("Requesting provider:", f"{f['doc']}, {f['prac']} (NPI {f['npi']})"),
            ("Referred by:", f["pcp"]), ("Request received:", fd(f["received"], f["ds"])),
            ("Service requested:", "64650 Chemodenervation of eccrine glands, both axillae; "
                                   f"J0585 onabotulinumtoxinA, {f['units']} units"),
            ("Planned date of service:", fd(f["plan_dos"], f["ds"]))]
    body = ["Dear " + f["member"] + ":",
            "We received a request from your dermatologist for botulinum toxin injections to treat excessive "
            "underarm sweating (primary axillary hyperhidrosis). A board-certified dermatologist reviewed the request "
            "under Medical Policy MP-2.145, Treatment of Hyperhidrosis.",
            "#Our decision: NOT APPROVED",
            "Botulinum toxin for axillary hyperhidrosis is covered when the member has tried a prescription-strength "
            "topical antiperspirant (aluminum chloride hexahydrate 20%) for at least 6 months and it did not work or "
            "could not be tolerated. The notes we received do not show that a prescription topical treatment was "
            "tried. The records list an over-the-counter antiperspirant only. Because the criteria are not met, the "
            "service is not medically necessary for you at this time.",
            "Your doctor may send a new request with records of a topical treatment trial. Your doctor may also ask "
            f"for a peer-to-peer discussion with our reviewer by calling {f['phone']}."]
    f["sign"] = ["Sincerely,", "", "Marisa K. Delacorte, MD", "Medical Director, Ridgeline Mutual Health Plan"]
    f["cc"] = f"cc: {f['doc']}, {f['prac']}"
    return letter(f, "Notice of Adverse Benefit Determination", rows, body, after=rights_180(o), lw=50)


def build_thermo(f):
    o = ORGS["bluefen"]
    r = f["r"]
    f.update(org=o, claim=pat(r, "9926-99999-9"), mid=pat(r, "BFH999999999"), group=pat(r, "99999-A"),
             acct=pat(r, "PT99999"))
    cdate = f["dos"] - dt.timedelta(days=r.randint(14, 30))
    f["cdate"] = cdate
    ms = f["ms"]
    total = round(f["consult"] + f["thermo"], 2)
    f["total"] = total
    allowed_c = round(f["consult"] * .62, 2)
    paid_c = round(allowed_c - 30, 2)
    lines = [[fd(cdate, f["ds"]), "99203", "New patient office visit", money(f["consult"], ms), money(allowed_c, ms),
              money(paid_c, ms), money(30, ms), "PD1"],
             [fd(f["dos"], f["ds"]), "17999", "Microwave thermolysis, axillae", money(f["thermo"], ms), money(0, ms),
              money(0, ms), money(f["thermo"], ms), "CX4"],
             ["*Claim total", "", "", money(total, ms), money(allowed_c, ms), money(paid_c, ms),
              money(f["thermo"] + 30, ms), ""]]
    boxes = [[("Patient", f["member"], 62), ("Member ID", f["mid"], 44), ("Group", f["group"], 32),
              ("Statement date", f["notice_s"], 44)],
             [("Claim number", f["claim"], 62), ("Provider", f["prac"], 76), ("Patient account", f["acct"], 44)],
             [("Rendering physician", f["doc"], 62), ("Provider NPI", f["npi"], 44),
              ("Claim received", fd(f["received"], f["ds"]), 32), ("Plan", "Bluefen Choice PPO", 44)]]
    legend = [("PD1", "Paid at the in-network rate. Your copay applies."),
              ("CX4", "Not covered. Microwave thermolysis (miraDry) to reduce underarm sweat glands is considered "
                      "cosmetic under your plan's exclusion for cosmetic procedures (Certificate section 7.3) and "
                      "Bluefen clinical policy DERM-044. Because the provider is in network and no prior approval "
                      "was requested, you may be billed for this service only if you agreed in writing beforehand.")]
    rights = ["#Appeal rights",
              "If you do not agree with how we processed this claim, you may file an appeal within 180 days from "
              "the date of this statement. Call Customer Care or write to Bluefen Appeals, PO Box 6621, Port Ancel, "
              "ME 04988. You may also ask for the plan provisions and clinical policy used, free of charge."]
    return eob(f, "Explanation of Benefits", boxes,
               ["Service date", "Code", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Remark"], lines,
               [24, 14, 46, 20, 20, 20, 20, 18], "LLLRRRRL", legend, rights,
               summary=[("Deductible remaining (in network):", money(0, ms)),
                        ("Out-of-pocket maximum met to date:", money(1240.55, ms))])


def build_approve(f):
    o = ORGS["cairn"]
    r = f["r"]
    f.update(org=o, auth=pat(r, "CH-A99999999"), mid=pat(r, "CMH99999999"), group=pat(r, "GRP99999"))
    f["start"] = f["notice"] + dt.timedelta(days=r.randint(3, 8))
    f["end"] = f["start"] + dt.timedelta(days=179)
    rows = [("Patient name", f["member"]), ("Member number", f["mid"]), ("Group", f["group"]),
            ("Authorization number", f["auth"]), ("Ordering/treating doctor", f"{f['doc']} ({f['prac']})"),
            ("Approved services", f"64650 x1 and J0585 up to {f['units']} units per treatment, 2 treatments"),
            ("Approved from", f"{fd(f['start'], f['ds'])} through {fd(f['end'], f['ds'])}"),
            ("Date we got the request", fd(f["received"], f["ds"]))]
    body = [f"Dear {f['member']},",
            "Good news. We have approved the request for botulinum toxin injections to treat severe underarm "
            "sweating. The records show a six-month trial of aluminum chloride 20% that caused skin irritation, and a "
            "Hyperhidrosis Disease Severity Scale score of 4.",
            "This approval covers the services and dates listed above when they are given by an in-network provider "
            "and you are a member on the date of service. Your usual specialist copay or coinsurance applies.",
            "Approval is not a guarantee of payment. If you need treatment after the end date, your doctor must ask "
            f"for a new approval. Questions? Call us at {f['phone']}."]
    f["sign"] = ["Clinical Review Services", "Cairnmoor Health"]
    return letter(f, "Your request is approved", rows, body, lw=56)


def build_es(f):
    o = ORGS["arbol"]
    r = f["r"]
    f.update(org=o, case=pat(r, "ARB-99-999999"), mid=pat(r, "PSA999999999"))
    f["to"] = [f["member"], "Calle Robles 31, Apt 4", "Laredo, TX 78040"]
    rows = [("Miembro:", f["member"]), ("Fecha de nacimiento:", fd(f["dob"], "es")),
            ("Número de miembro:", f["mid"]), ("Número de caso:", f["case"]),
            ("Proveedor solicitante:", f"{f['doc']}, {f['prac']}"), ("NPI del proveedor:", f["npi"]),
            ("Servicio solicitado:", "64653 Quimiodenervación de glándulas sudoríparas (ambas manos); "
                                     f"J0585 toxina botulínica tipo A, {f['units']} unidades"),
            ("Fecha prevista del servicio:", fd(f["plan_dos"], "es")),
            ("Fecha en que recibimos la solicitud:", fd(f["received"], "es"))]
    body = [f"Estimado(a) {f['member']}:",
            "Revisamos la solicitud de su dermatólogo para inyecciones de toxina botulínica en las palmas de las "
            "manos para tratar la sudoración excesiva (hiperhidrosis palmar).",
            "#Nuestra decisión: DENEGADO",
            "El plan cubre este tratamiento solo cuando el miembro ya probó un antitranspirante tópico con receta "
            "(cloruro de aluminio) y la iontoforesis con agua de la llave durante al menos 4 semanas, sin resultado. "
            "Los registros médicos no muestran que usted haya probado estos tratamientos. Por eso, el servicio no es "
            "médicamente necesario en este momento.",
            "#Su derecho a apelar",
            "Si no está de acuerdo, puede pedir una apelación dentro de 60 días a partir de la fecha de esta carta. "
            "Llame al 1-555-640-3030 o escriba a Plan de Salud Arboleda, Apelaciones, Apartado Postal 1180, Laredo, "
            "TX 78040. Si su salud está en peligro, puede pedir una apelación rápida (72 horas).",
            "Puede pedir copias gratuitas de los documentos y criterios que usamos para tomar esta decisión."]
    f["sign"] = ["Atentamente,", "", "Dr. Aurelio B. Castañeda", "Director Médico"]
    f["footer"] = "Página {p} de {n}"
    return letter(f, "Aviso de denegación de servicios", rows, body, lw=64, date_label="Fecha:")


def build_upheld(f):
    o = ORGS["tamsin"]
    r = f["r"]
    f.update(org=o, claim=pat(r, "99999999999"), appeal=pat(r, "REC-2026-99999"), mid=pat(r, "TVH99999999A"))
    ms = f["ms"]
    f["total"] = round(f["drug"] + f["proc"], 2)
    rows = [("Enrollee:", f["member"]), ("Member ID:", f["mid"]), ("Plan:", "Tamsin Valley Medicare Advantage (HMO) "
            "H4471-012"), ("Reconsideration no.:", f["appeal"]), ("Claim no.:", f["claim"]),
            ("Provider:", f"{f['doc']}, {f['prac']}"), ("Date of service:", fd(f["dos"], f["ds"])),
            ("Amount billed:", money(f["total"], ms)),
            ("Appeal received:", fd(f["received"] - dt.timedelta(days=20), f["ds"]))]
    tbl = (["Code", "Description", "Billed", "Decision"],
           [["64650", "Chemodenervation, eccrine glands, both axillae", money(f["proc"], ms), "Denied"],
            ["J0585", f"OnabotulinumtoxinA, {f['units']} units", money(f["drug"], ms), "Denied"]],
           [20, 100, 30, 30], 8.2, "LLRL")
    body = [f"Dear {f['member']}:",
            "You asked us to reconsider our decision not to pay for botulinum toxin injections for underarm "
            "sweating. A physician who was not involved in the first decision reviewed your case.",
            "#Decision: we are upholding our denial",
            "Medicare covers treatment of hyperhidrosis only when the sweating causes a medical problem, such as "
            "repeated skin infections or skin breakdown, and topical treatment has failed. Your records describe "
            "sweating that is embarrassing and stains clothing, with no skin complications. Treatment to improve "
            "appearance or comfort is cosmetic and is not covered by Medicare or by your plan.",
            "#What happens next",
            "Because we did not decide fully in your favor, we are required to send your case to the Independent "
            "Review Entity for a new review. You do not need to do anything. The Independent Review Entity will "
            "send you its decision. If you disagree with that decision, you will have 60 days from its date to ask "
            "for a hearing with an Administrative Law Judge."]
    f["sign"] = ["Sincerely,", "", "Appeals & Grievances Department", "Tamsin Valley Health Plan, Inc."]
    f["form"] = "H4471_RECON26_M   OMB Approval 0938-1386"
    return letter(f, "Notice of Reconsideration Decision", rows, body, tbl, lw=42)


def build_mcd(f):
    o = ORGS["keel"]
    r = f["r"]
    f.update(org=o, case=pat(r, "NABD-99999999"), claim=pat(r, "99A99999999"), mid=pat(r, "99999999"))
    ms = f["ms"]
    f["total"] = f["thermo"]
    rows = [("Member name:", f["member"]), ("Medicaid ID:", f["mid"]), ("Date of birth:", fd(f["dob"], f["ds"])),
            ("Notice number:", f["case"]), ("Claim number:", f["claim"]),
            ("Provider:", f"{f['prac']}, {f['doc']}"), ("Service:", "17999 Microwave thermolysis of axillary "
             "sweat glands (miraDry), both sides"), ("Date of service:", fd(f["dos"], f["ds"])),
            ("Amount billed:", money(f["total"], ms))]
    body = ["#What we decided",
            "We denied payment for the service listed above. Keelhaven Community Health Plan follows the state "
            "Medicaid rules. Cosmetic procedures, including treatments that destroy sweat glands to reduce sweating, "
            "are not a covered Medicaid benefit (State Medicaid Provider Manual, Chapter 12, Excluded Services). The "
            "provider cannot bill you for this service.",
            "#If you disagree",
            "You can ask for an appeal with Keelhaven. You must ask within 60 days from the date of this notice. "
            "Call Member Services or send a letter or the enclosed form to Keelhaven Appeals, PO Box 3307, Cold "
            "Harbor, MN 55988.",
            "After the plan appeal, if you still disagree you can ask for a State Fair Hearing within 120 days of "
            "the appeal decision. You can ask someone, like a family member or lawyer, to help you.",
            "Free help with language, large print or Braille: call 1-555-391-6060 (TTY 711)."]
    f["sign"] = ["Keelhaven Community Health Plan", "Utilization Management"]
    return letter(f, "NOTICE OF ADVERSE BENEFIT DETERMINATION", rows, body, lw=40, date_label="Notice date:")


def build_paid(f):
    o = ORGS["harrow"]
    r = f["r"]
    f.update(org=o, claim=pat(r, "HBA99999999"), mid=pat(r, "STD999999"), group=pat(r, "999999"))
    ms = f["ms"]
    total = round(f["drug"] + f["proc"], 2)
    f["total"] = total
    ad, ap = round(f["drug"] * .8, 2), round(f["proc"] * .6, 2)
    coins = round((ad + ap) * .2, 2)
    lines = [[fd(f["dos"], "dmy"), "64650", "Chemodenervation, axillae", money(f["proc"], ms), money(ap, ms),
              money(round(ap - ap * .2, 2), ms), money(round(ap * .2, 2), ms), "01"],
             [fd(f["dos"], "dmy"), "J0585", f"Botulinum toxin A x{f['units']}", money(f["drug"], ms), money(ad, ms),
              money(round(ad - ad * .2, 2), ms), money(round(ad * .2, 2), ms), "01"],
             ["*Totals", "", "", money(total, ms), money(ad + ap, ms), money(ad + ap - coins, ms), money(coins, ms),
              ""]]
    boxes = [[("Employee / patient", f["member"], 62), ("ID number", f["mid"], 40), ("Group no.", f["group"], 32),
              ("Date issued", f["notice_s"], 48)],
             [("Claim no.", f["claim"], 62), ("Treating provider", f"{f['doc']}", 72),
              ("NPI", f["npi"], 48)]]
    legend = [("01", "Processed under your plan's in-network benefit; coinsurance of 20% applies. Prior "
                     "authorization was on file.")]
    rights = ["#Questions",
              "Stonebridge Tool & Die Employee Health Plan is self-funded; Harrowgate Benefit Administrators "
              "processes claims for the plan and does not insure the benefits. If you have questions about this "
              "claim, call the number above. Keep this statement for your records."]
    return eob(f, "Explanation of Benefits", boxes,
               ["Date", "Code", "Service", "Charged", "Allowed", "Paid", "Your share", "Note"], lines,
               [24, 14, 46, 21, 21, 20, 20, 16], "LLLRRRRL", legend, rights,
               summary=[("Paid to provider:", money(ad + ap - coins, ms)),
                        ("Check/EFT date:", fd(f["notice"] + dt.timedelta(days=2), "dmy"))])


def dl(f, n):
    return (f["notice"] + dt.timedelta(days=n)).isoformat()


def truth_of(f):
    k = f["kind"]
    c = dict(insurer=f["org"]["name"], member_name=f["member"], member_id=f["mid"], denial_date=f["notice"].isoformat())
    if k == "topical":
        return truth("denial_letter", "medical_necessity", group_number=f["group"], case_numbers=[f["req"], f["ref"]],
                     service_dates=[f["plan_dos"].isoformat()], provider=f["doc"], appeal_deadline=dl(f, 180),
                     alternates={"provider": [f["prac"]], "case_numbers": [[f["req"]]], "service_dates": [[]]},
                     denial_alternates=["prior_authorization"], **c)
    if k == "thermo":
        return truth("eob", "not_covered", group_number=f["group"], case_numbers=[f["claim"]],
                     claim_amount=m2(f["total"]), service_dates=[f["dos"].isoformat()], provider=f["doc"],
                     appeal_deadline=dl(f, 180),
                     alternates={"provider": [f["prac"]], "claim_amount": [m2(f["thermo"])],
                                 "service_dates": [[f["cdate"].isoformat(), f["dos"].isoformat()]]}, **c)
    if k == "approve":
        return truth("other", None, group_number=f["group"], case_numbers=[f["auth"]],
                     service_dates=[f"{f['start'].isoformat()}/{f['end'].isoformat()}"], provider=f["doc"],
                     alternates={"provider": [f["prac"]], "service_dates": [[], [f["start"].isoformat()]]}, **c)
    if k == "es":
        return truth("denial_letter", "medical_necessity", lang="es", case_numbers=[f["case"]],
                     service_dates=[f["plan_dos"].isoformat()], provider=f["doc"], appeal_deadline=dl(f, 60),
                     alternates={"provider": [f["prac"]], "service_dates": [[]]},
                     denial_alternates=["prior_authorization"], **c)
    if k == "upheld":
        return truth("denial_letter", "not_covered", plan_id="H4471-012", case_numbers=[f["appeal"], f["claim"]],
                     claim_amount=m2(f["total"]), service_dates=[f["dos"].isoformat()], provider=f["doc"],
                     appeal_deadline=None,
                     alternates={"provider": [f["prac"]], "plan_id": [None],
                                 "insurer": ["Tamsin Valley Medicare Advantage (HMO)"]},
                     denial_alternates=["medical_necessity"], **c)
    if k == "mcd":
        return truth("denial_letter", "not_covered", case_numbers=[f["case"], f["claim"]], claim_amount=m2(f["total"]),
                     service_dates=[f["dos"].isoformat()], provider=f["prac"], appeal_deadline=dl(f, 60),
                     alternates={"provider": [f["doc"]], "case_numbers": [[f["claim"]]]}, **c)
    if k == "paid":
        return truth("eob", None, group_number=f["group"], case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
                     service_dates=[f["dos"].isoformat()], provider=f["doc"], appeal_deadline=None,
                     alternates={"insurer": ["Stonebridge Tool & Die Employee Health Plan"]}, **c)
    raise ValueError(k)


BUILD = {"topical": build_topical, "thermo": build_thermo, "approve": build_approve, "es": build_es,
         "upheld": build_upheld, "mcd": build_mcd, "paid": build_paid}

PLAN = [
    ("bd_letter_j0585_64650_topical_not_tried", "born_digital", "topical", "long", "plain"),
    ("scan300_eob_microwave_thermolysis_cosmetic", "scan_clean_300", "thermo", "slash", "plain"),
    ("photo_letter_approval_axillary_botox", "phone_photo", "approve", "abbr", "plain"),
    ("faxfine_es_carta_64653_palmar_topico", "fax_fine_g4", "es", "es", "plain"),
    ("copy_ma_reconsideration_upheld_cosmetic", "photocopy", "upheld", "dmy", "usd"),
    ("lowres_medicaid_notice_thermolysis_excluded", "scan_lowres_150", "mcd", "mdy_nopad", "space"),
    ("rotated_tpa_eob_botox_paid", "rotated", "paid", "upper", "nosign"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds, ms) in enumerate(PLAN):
        f = make(i, kind, ds, ms)
        pdf = BUILD[kind](f)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, truth_of(f))]))
    return items
