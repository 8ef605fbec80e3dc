"""Family 'power_mobility_device_pa_denial': prior authorization decisions on power mobility devices (power
wheelchairs, HCPCS K08xx): an invented DME Medicare Administrative Contractor's fee-for-service PA decision letters
(non-affirmed / affirmed, Unique Tracking Number, resubmission paragraph; a non-affirmation is not appealable) and an
invented Medicare Advantage plan's CMS-10003-style Notices of Denial of Medical Coverage (65-day reconsideration),
one in Spanish. Reasons: face-to-face examination / seven-element order missing, home assessment missing, mobility
needs met by a lower-level device. All people, numbers and organisations invented; phones 555-01xx.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, iso, pdf_bytes, truth

FAMILY = "power_mobility_device_pa_denial"
LANG = "en"
MAC, MA = "Penarth Federal Medicare Services, LLC", "Aberdaron Health Plan"
SUPS = ["Llanelli Mobility Supply", "Caerphilly Rehab Equipment, Inc.", "Kano Street Home Medical"]
FIRST = ["Bethan", "Emrys", "Tegwen", "Huw", "Nasiru", "Jae-won", "Carys", "Iolo"]
FIRST_ES = ["Remedios", "Abelardo", "Consuelo", "Eusebio"]
LAST = ["Rowlands", "Howell", "Griffiths", "Bello", "Yusuf", "Cadwalader", "Parry", "Morgan"]
LAST_ES = ["Alcántara", "Berrios", "Quiñones", "Echevarría"]
DEV = {"K0823": "Power wheelchair, Group 2 standard, captain's chair", "K0856": "Power wheelchair, Group 3 "
       "standard, single power option, sling/solid seat/back", "K0825": "Power wheelchair, Group 2 heavy duty, "
       "captain's chair", "K0822": "Power wheelchair, Group 2 standard, sling/solid seat/back",
       "K0861": "Power wheelchair, Group 3 standard, multiple power option", "E2310": "Power wheelchair "
       "accessory, electronic connection between controller and one power seating system motor"}
REASON = {
    "f2f": ["The face-to-face examination by the treating practitioner was not submitted, or it does not document a "
            "mobility examination within 6 months before the order.",
            "The written order is missing required elements of the seven-element order (beneficiary name, item, "
            "date of the face-to-face examination, pertinent diagnoses, length of need, practitioner signature, "
            "date of the practitioner signature)."],
    "home": ["The supplier's on-site home assessment was not in the request. An evaluation of the beneficiary's "
             "home must verify that the device can be used in the home (doorways, floor surfaces, turning space) "
             "before delivery."],
    "lower": ["The medical record shows that the beneficiary's mobility needs in the home can be met by a lower "
              "level device (an optimally configured manual wheelchair or a Group 2 power wheelchair). The "
              "criteria for a Group 3 power wheelchair (a neurologic condition, myopathy or congenital skeletal "
              "deformity) are not met."],
}


def facts(r, kind, issuer, code, ds, lang="en"):
    dec = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 200))
    fn = r.choice(FIRST_ES if lang == "es" else FIRST).replace("-", "")
    ln = r.choice(LAST_ES if lang == "es" else LAST)
    mid = r.choice("BCDFGHJKLMNPRT")
    let = "ACDEFGHJKMNPQRTUVWXY"
    mbi = str(r.randint(1, 9)) + r.choice(let) + str(r.randint(0, 9)) + r.choice(let) + r.choice(let) + \
        str(r.randint(10, 99)) + r.choice(let) + r.choice(let) + str(r.randint(10, 99))
    return dict(kind=kind, issuer=issuer, code=code, ds=ds, lang=lang, dec=dec, recv=dec - dt.timedelta(days=r.randint(3, 9)),
                name=(f"{fn} {mid}. {ln}", fn, mid, ln), mbi=mbi,
                mid=f"ABH{r.randint(10000000, 99999999)}", sup=r.choice(SUPS), npi=str(r.randint(1000000000, 1999999999)),
                ptan=f"{r.randint(1000000, 9999999)}{r.choice('ABC')}", doc=r.choice(["Dr. Siân Bowditch",
                "Dr. Ibrahim Danladi", "Dr. Hye-jin Oh"]),
                utn=f"{r.choice('JKLM')}{r.randint(10, 99)}{r.choice('ABCDE')}{r.randint(10**10, 10**11 - 1)}",
                ref=f"OD-{r.randint(2026000, 2026999)}-{r.randint(10, 99)}",
                dob=dt.date(r.randint(1940, 1958), r.randint(1, 12), r.randint(1, 28)),
                ph=f"1-866-555-01{r.randint(10, 99)}", fax=f"(803) 555-01{r.randint(10, 99)}",
                dcn=f"DCN {r.randint(10**9, 10**10 - 1)}")


def mac_letter(d, f):
    D = lambda x: fmt_date(x, f["ds"])  # noqa: E731
    n = f["name"]
    d.text_line("PENARTH", 22, "B")
    d.rule(0.8)
    d.text_line(f"{MAC}  ·  DME Medicare Administrative Contractor  ·  PO Box 6600, Columbia, SC 29260", 8)
    d.ln(5)
    d.text_line(D(f["dec"]), 10.5)
    d.ln(2)
    for l in (f["sup"], "Attn: Prior Authorization", "2200 Heol Las, Wheeling, WV 26003"):
        d.text_line(l, 10)
    d.ln(3)
    aff = f["kind"] == "affirmed"
    d.text_line("Prior Authorization Request Decision: " + ("AFFIRMED" if aff else "NON-AFFIRMED"), 12.5, "B")
    d.ln(1)
    rows = [("Beneficiary", f"{n[1]} {n[2]}. {n[3]}"), ("Medicare Number (MBI)", f["mbi"]),
            ("Date of birth", D(f["dob"])), ("Unique Tracking Number (UTN)", f["utn"]),
            ("Requester (supplier)", f"{f['sup']}  NPI {f['npi']}  PTAN {f['ptan']}"),
            ("Treating practitioner", f["doc"]), ("Request received", D(f["recv"]))]
    for k, v in rows:
        d.font(9.5, "B")
        d.cell(55, 5.2, k + ":")
        d.font(9.5)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    codes = [f["code"]] + (["E2310"] if f["code"] == "K0861" else [])
    d.table(["HCPCS", "Description", "Decision"], [[c, DEV[c][:62], "Affirmed" if aff else "Non-affirmed"]
                                                    for c in codes], [22, 122, 30], size=8.5)
    if aff:
        d.para(f"We reviewed the prior authorization request for {n[1]} {n[3]} and the documents sent with it. The "
               "request meets Medicare's coverage, coding and payment rules. Put the UTN on the claim when you bill "
               "for the item. The affirmed decision is valid for 6 months from the date of this letter. A claim "
               "with an affirmed UTN may still be denied for technical requirements.")
    else:
        d.text_line("Reasons for non-affirmation", 11, "B")
        for i, t in enumerate(REASON[f["kind"]], 1):
            d.para(f"{i}. {t}", 9.5, 1.5)
        d.para("Policy used: Local Coverage Determination L33789, Power Mobility Devices.", 9)
        d.text_line("Resubmission", 11, "B")
        d.para("You may correct the missing information and resubmit the request as many times as needed. A "
               "resubmitted request is reviewed within 10 business days.")
        d.text_line("Appeal rights", 11, "B")
        d.para("A non-affirmed prior authorization decision is not an initial determination on a claim and cannot "
               "be appealed. If the item is delivered and the claim is denied, you may ask for a redetermination "
               "within 120 days of receipt of the initial determination.")
    d.para(f"Questions: call {f['ph']}. Fax documents to {f['fax']}. Copy sent to the beneficiary. {f['dcn']}", 8.5)


def ma_letter(d, f):
    es = f["lang"] == "es"
    D = lambda x: fmt_date(x, f["ds"])  # noqa: E731
    n = f["name"]
    d.text_line("A Dinas Health Holdings company", 8)
    d.text_line(MA, 16, "B")
    d.text_line("Medicare Advantage HMO  ·  PO Box 4410, Scranton, PA 18505", 8.5)
    d.ln(5)
    d.text_line(D(f["dec"]), 10.5)
    d.ln(2)
    for l in (f"{n[1]} {n[2]}. {n[3]}", f"{random.Random(f['utn']).randint(100, 990)} Penrhyn Road",
              "Johnstown, PA 15901"):
        d.text_line(l, 10)
    d.ln(3)
    d.text_line("Aviso de denegación de cobertura médica" if es else "Notice of Denial of Medical Coverage", 13, "B")
    d.ln(1)
    L = (["Nombre del miembro", "Número de miembro", "Número de referencia", "Proveedor", "Médico que ordenó",
          "Artículo solicitado", "Fecha de entrega prevista"] if es else
         ["Member name", "Member ID", "Reference number", "Supplier", "Ordering physician", "Item requested",
          "Planned delivery date"])
    rows = list(zip(L, [f"{n[1]} {n[2]}. {n[3]}", f["mid"], f["ref"], f"{f['sup']} (NPI {f['npi']})", f["doc"],
                        f"{f['code']} {DEV[f['code']][:48]}", D(f["plan"])]))
    for k, v in rows:
        d.font(9.5, "B")
        d.cell(52, 5.2, k + ":")
        d.font(9.5)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    if es:
        d.para(f"{MA} negó la solicitud de su silla de ruedas eléctrica. Motivo: no recibimos el examen en persona "
               "(cara a cara) de su médico que evalúe su movilidad en los 6 meses antes de la orden, ni la orden "
               "escrita con sus siete elementos. Sin estos documentos, la silla no es médicamente necesaria según "
               "las reglas de Medicare.")
        d.text_line("Su derecho a apelar", 11, "B")
        d.para("Puede pedir una apelación (reconsideración) dentro de 65 días a partir de la fecha de este aviso. Si "
               "su salud está en grave peligro, pida una apelación rápida (72 horas). Llame al " + f["ph"] +
               " (TTY 711).")
        return
    d.text_line("Why we denied your request", 11, "B")
    d.para(f"We denied the power wheelchair ({f['code']}) that {f['sup']} asked for on your behalf. "
           + " ".join(REASON[f["kind"]]).replace("beneficiary's", "member's").replace("The beneficiary", "You"))
    d.text_line("You have the right to appeal our decision", 11, "B")
    d.para("You may ask us for an appeal (reconsideration). Your request must be received within 65 days of the "
           "date of this notice. If waiting could seriously harm your health, ask for a fast (72-hour) appeal. "
           f"Call {f['ph']} (TTY 711) or write to Appeals, {MA}, PO Box 4410, Scranton, PA 18505.")
    d.para("Form CMS-10003-NDMCP  ·  H4471_PMD26_C", 7.5)


def build(f):
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    (mac_letter if f["issuer"] == MAC else ma_letter)(d, f)
    return pdf_bytes(d)


def make_truth(f):
    alts = {"provider": [f["doc"], f["doc"][4:]]}
    common = dict(insurer=f["issuer"], member_name=f["name"][0], denial_date=iso(f["dec"]), provider=f["sup"])
    if f["issuer"] == MAC:
        common.update(member_id=f["mbi"], case_numbers=[f["utn"]])
        if f["kind"] == "affirmed":
            return truth("other", None, alternates=alts, **common)
        return truth("denial_letter", "medical_necessity", alternates=alts,
                     denial_alternates=["prior_authorization", "other"], **common)
    common.update(member_id=f["mid"], case_numbers=[f["ref"]], service_dates=[iso(f["plan"])],
                  appeal_deadline=iso(f["dec"] + dt.timedelta(days=65)))
    return truth("denial_letter", "medical_necessity", f["lang"], alternates=alts,
                 denial_alternates=["prior_authorization"] + (["other"] if f["kind"] == "f2f" else []), **common)


PLAN = [("bd_mac_group2_no_face_to_face", "born_digital", "f2f", MAC, "K0823", "long"),
        ("bd_ma_group3_lower_level_device", "born_digital", "lower", MA, "K0856", "slash"),
        ("scan300_mac_no_home_assessment", "scan_clean_300", "home", MAC, "K0825", "abbr"),
        ("lowres_mac_affirmed_group2", "scan_lowres_150", "affirmed", MAC, "K0823", "iso"),
        ("copy_ma_spanish_no_face_to_face", "photocopy", "f2f", MA, "K0822", "es"),
        ("rotated_mac_group3_lower_level", "rotated", "lower", MAC, "K0861", "dmy"),
        ("faxs_cover_ma_no_home_assessment", "fax_standard_g4", "home", MA, "K0823", "long")]


def documents(rng) -> list[Item]:
    items = []
    for i, (suf, cond, kind, iss, code, ds) in enumerate(PLAN):
        r = random.Random(142600 + i)
        f = facts(r, kind, iss, code, ds, "es" if ds == "es" else "en")
        f["plan"] = f["dec"] + dt.timedelta(days=r.randint(10, 25))
        sep = ["cover"] if cond == "fax_standard_g4" else None
        items.append(Item(f"{FAMILY}_{suf}", cond, [(build(f), make_truth(f))], separators=sep))
    return items
