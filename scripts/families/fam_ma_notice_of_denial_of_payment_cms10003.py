"""Family 'ma_notice_of_denial_of_payment_cms10003': a Medicare Advantage plan's Notice of Denial of Payment for
services the member already received: the claim lines the plan will not pay, the amounts, why, and the member's
reconsideration (appeal) rights; one notice in Spanish.

Layout model: the published CMS-10003-NDMCP "Notice of Denial of Medical Coverage (or Payment)" in its payment
version (values invented): title, Date / Member number / Name block, "We have denied payment for the medical
services/items listed below", "Why did we deny your request?", "You have the right to appeal our decision"
(ask within 65 days from the date of this notice; standard payment appeal decided within 60 days; no fast appeal
for payment), "How to ask for an appeal with [plan]" (step 1, step 2), "What happens next?" (the independent
reviewer outside the plan), "Get help & more information" (plan, 1-800-MEDICARE, Medicare Rights Center, Elder
Care Locator), the form number and OMB line at the foot. Here the form's service list is a claim-line table.
Issuers (fictional): Helvellyn Senior Advantage (logo word over a rule), Thirlmere Medicare Health Plan (parent line
"A Wasdale Health Group company" above the centred name; return-address block on some).
Decoys: the date the claim was received, the date records were asked for, the plan's material number, the NPI, the
provider's patient account number, the 60-day decision time, 1-800-MEDICARE and other phone numbers, lines on the
same claim that were paid (named in a sentence), the Elder Care Locator.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundad_famda import (Page, address, clinician, days, digits, fdate, heading, iso, letterhead, local_phone,
                               mail_to, mixed, money, npi, pairs, person, phone, usd)

FAMILY = "ma_notice_of_denial_of_payment_cms10003"
LANG = "en"
ORGS = {
    "hv": dict(name="Helvellyn Senior Advantage", logo="HELVELLYN", parent="",
               line2="Medicare Advantage HMO | PO Box 4471 | Grenora, ND 58845", mid="HSA99999999",
               claim="9999A9999999", material="Y9999_NDP26_C"),
    "th": dict(name="Thirlmere Medicare Health Plan", logo="THIRLMERE", parent="A Wasdale Health Group company",
               line2="Claims Appeals Unit | 2250 Calgarth Road | Faith, SD 57626", mid="TM-999999-99",
               claim="99999999999", material="H9999_TMP_NDMCP26"),
}
PROV = {"pod": "Dunnerdale Foot and Ankle Clinic", "card": "Borrowdale Cardiology Associates",
        "ortho": "Langstrath Orthopedic Clinic", "img": "Keswick Imaging Center", "lab": "Haweswater Medical Laboratory",
        "pt": "Ullswater Physical Therapy", "dent": "Clínica Dental Grasmere"}
LINES = {
    "pod": [("11721", "Debridement of nails, 6 or more"), ("11055", "Paring of corn or callus, single")],
    "card": [("93306", "Echocardiogram, complete with Doppler"), ("93351", "Stress echocardiogram")],
    "ortho": [("20611", "Joint injection with ultrasound guidance"), ("J7325", "Hyaluronan injection, per dose")],
    "img": [("72148", "MRI lumbar spine without contrast")],
    "lab": [("81479", "Unlisted molecular pathology test"), ("36415", "Blood draw (venipuncture)")],
    "pt": [("97110", "Therapeutic exercise, 15 min (4 units)"), ("97140", "Manual therapy, 15 min (2 units)"),
           ("97530", "Therapeutic activities (2 units)")],
    "dent": [("D1110", "Limpieza dental (profilaxis), adulto"), ("D0274", "Radiografías de mordida, cuatro")],
}
# date, member number, name, claim number, provider, service, date of service, billed / not paid
LAB = {1: ["Date:", "Member number:", "Name:", "Claim number", "Provider", "Service or item", "Date of service",
           "Amount billed", "We will not pay"],
       2: ["Notice date:", "Member ID:", "Member name:", "Claim #", "Rendering provider", "Description", "Service date",
           "Billed", "Denied amount"],
       3: ["Date of notice:", "Plan member number:", "Enrollee:", "Claim reference", "Doctor or supplier",
           "What you received", "Dates of service", "Charges", "Not paid"],
       "es": ["Fecha:", "Número de miembro:", "Nombre:", "Número de reclamo", "Proveedor", "Servicio o artículo",
              "Fecha de servicio", "Monto facturado", "No pagaremos"]}

WHY = {
    "nc": ("Routine foot care, such as trimming nails and paring corns or calluses, is not covered by Medicare or "
           "by our plan unless you have a condition such as diabetes with loss of feeling in the feet. Our records "
           "do not show such a condition, so these services are not a covered benefit."),
    "oon": ("You got these services from a doctor who is not in our plan's network. As a member of our HMO plan you "
            "must get your care from doctors in our network, except for emergency or urgent care or when we give you "
            "approval first. These were scheduled visits, not emergency care, and we did not approve care outside "
            "the network. That is why we will not pay."),
    "mn": ("Our medical director reviewed the records your doctor sent. The stress echocardiogram was not medically "
           "necessary: you had a complete echocardiogram {gap} days before, your symptoms had not changed, and "
           "Medicare's coverage rules for this test were not met."),
    "pa": ("Our plan must approve this kind of imaging before you get it. We looked for an approval and did not find "
           "one: no one asked us ahead of time. Because the MRI was done without our approval, we will not pay the "
           "claim. Your doctor may send us a request to review it now with the records that show why it was needed."),
    "exp": ("The molecular test on this claim is considered experimental and investigational for your condition. "
            "Medicare does not cover it under its coverage rules, and our plan does not cover it either. The blood "
            "draw is denied with it because it was done only for this test."),
    "rec": ("We asked {prov} for the therapy notes and plan of care on {asked} so we could review these visits. We "
            "did not receive them. Without the records we cannot tell what was done, so we have denied payment. If "
            "your therapist sends the records, we will look at the claim again."),
    "es_nc": ("La limpieza dental de rutina y las radiografías no son un beneficio cubierto por Medicare ni por su "
              "plan. Su plan no incluye beneficios dentales adicionales. Por eso no pagaremos estos servicios."),
}
DENIAL = {"nc": "not_covered", "oon": "out_of_network", "mn": "medical_necessity", "pa": "prior_authorization",
          "exp": "experimental", "rec": "other", "es_nc": "not_covered"}


def facts(r: random.Random, spec: dict) -> dict:
    lang = spec.get("lang", "en")
    o = ORGS[spec["org"]]
    date = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 240))
    svc = days(date, -r.randint(40, 95))
    lines = []
    for k, (code, desc) in enumerate(LINES[spec["prov"]]):
        d2 = svc if not spec.get("spread") else days(svc, 7 * k)
        lines.append(dict(code=code, desc=desc, date=d2, billed=money(r, 45, 1900)))
    f = dict(spec, lang=lang, member=person(r, lang), mid=mixed(r, o["mid"]), claim=mixed(r, o["claim"]),
             date=date, lines=lines, addr=address(r, lang), ph=phone(r), tty="711", npi=npi(r),
             recv=days(svc, r.randint(6, 15)), asked=days(svc, r.randint(16, 25)), acct=digits(r, 9),
             fax=local_phone(r), doc=clinician(r), gap=r.randint(35, 80), material=o["material"])
    f["total"] = round(sum(ln["billed"] for ln in lines), 2)
    f["dl"] = days(date, 65)
    return f


def _d(f, x):
    return fdate(x, f["ds"])


def notice(f: dict) -> bytes:
    o = ORGS[f["org"]]
    L = LAB[f["lab"]]
    es = f["lang"] == "es"
    prov = PROV[f["prov"]]
    foot = (f"Form CMS 10003-NDMCP    OMB Approval 0938-0829    {o['material']}    "
            + ("Página {p} de {n}" if es else "Page {p} of {n}"))
    d = Page(foot=foot)
    d.add_page()
    letterhead(d, f["style"], o["name"], o["line2"], o["logo"], o["parent"])
    if f.get("mail"):
        mail_to(d, [f["member"], *f["addr"]])
    d.text_line("Aviso de denegación de cobertura médica (o de pago)" if es else
                "Notice of Denial of Medical Coverage (or Payment)", 14, "B", align="C", h=8)
    d.ln(1)
    pairs(d, [(L[0], _d(f, f["date"])), (L[1], f["mid"]), (L[2], f["member"])], kw=44, size=10)
    if es:
        d.para(f"{o['name']} ha denegado el pago de los servicios o artículos médicos que se indican abajo, que usted "
               f"recibió de {prov}:", 10)
    else:
        d.para(f"{o['name']} has denied payment for the medical services/items listed below that you received "
               f"from {prov}{' (NPI ' + f['npi'] + ')' if f.get('show_npi') else ''}:", 10)
    if f.get("table", True):
        head = [L[3], L[6], L[5], L[7], L[8]]
        rows = [[f["claim"], fdate(ln["date"], f.get("tds", f["ds"])), ln["desc"][:36], usd(ln["billed"], f["ms"]),
                 usd(ln["billed"], f["ms"])] for ln in f["lines"]]
        if len(rows) > 1:
            rows.append(["*Total", "", "", usd(f["total"], f["ms"]), usd(f["total"], f["ms"])])
        d.table(head, rows, [28, 26, 62, 26, 32], size=8.3, aligns="LLLRR", head_fill=True)
    else:
        for ln in f["lines"]:
            d.para(f"-  {ln['desc']} ({ln['code']}) on {_d(f, ln['date'])}, billed {usd(ln['billed'], f['ms'])}", 9.8,
                   gap=0.5)
        d.ln(1.5)
        d.para(f"{L[3]}: {f['claim']}.   Total charges we will not pay: {usd(f['total'], f['ms'])}.", 9.8)
    if f.get("decoy_paid"):
        d.para(f"The office visit billed by {prov} on the same claim was paid; see your Explanation of Benefits. "
               f"We received this claim on {_d(f, f['recv'])}. Provider's patient account: {f['acct']}.", 9.3)
    heading(d, "¿Por qué denegamos su solicitud?" if es else "Why did we deny your request?")
    d.para(("Denegamos el pago por esta razón: " if es else "We denied payment for the services/items listed above "
            "because: ") + WHY[f["why"]].format(gap=f["gap"], prov=prov, asked=_d(f, f["asked"])), 9.8)
    if es:
        heading(d, "Usted tiene derecho a apelar nuestra decisión")
        d.para("Tiene derecho a pedirle a " + o["name"] + " que revise (reconsidere) nuestra decisión. Si desea "
               "apelar, debe pedirlo dentro de 65 días a partir de la fecha de este aviso. Podemos darle más tiempo "
               "si tiene una buena razón para no cumplir el plazo. Le daremos una decisión por escrito sobre una "
               "solicitud de pago dentro de 60 días. No hay apelación rápida para solicitudes de pago.", 9.6)
        heading(d, "Cómo pedir una apelación")
        d.para(f"Paso 1: Usted, su representante o su médico debe pedir la apelación por escrito. Incluya su nombre, "
               f"dirección, número de miembro, las razones de su apelación y cualquier prueba. Paso 2: Envíela por "
               f"correo o fax a {o['name']}, {o['line2'].split(' | ', 1)[1]}, fax {f['fax']}.", 9.6)
        heading(d, "¿Qué pasa después?")
        d.para("Si apela, revisaremos nuestra decisión. Si seguimos denegando el pago, Medicare revisará su caso con "
               "un revisor independiente fuera de su plan.", 9.6)
        heading(d, "Obtenga ayuda y más información")
        d.para(f"{o['name']}: {f['ph']} (TTY {f['tty']}), 8 a.m. a 8 p.m., los 7 días.  1-800-MEDICARE "
               "(1-800-633-4227), TTY 1-877-486-2048.  Localizador de cuidado de ancianos: 1-800-677-1116.", 9.2)
        return pdf_bytes(d)
    d.add_page() if f.get("two_page") else None
    heading(d, "You have the right to appeal our decision")
    if f.get("dl_style") == "date":
        dl = (f"If you want to appeal, we must receive your request by {_d(f, f['dl'])} (65 days from the date of "
              "this notice).")
    else:
        dl = "If you want to appeal, you must ask within 65 days from the date of this notice."
    d.para(f"You have the right to ask {o['name']} to review (reconsider) our decision. {dl} We can give you more "
           "time if you have a good reason for missing the deadline. For a request for payment we will give you a "
           "decision within 60 days. A fast (expedited) appeal is not available for payment of care you already "
           "received.", 9.6)
    heading(d, f"How to ask for an appeal with {o['name']}")
    d.para("Step 1: You, your representative, or your doctor must ask for an appeal in writing. Your written request "
           "must include your name, address, member number, the reasons for appealing, and any evidence you wish to "
           "attach, such as medical records or a letter from your doctor.", 9.6)
    d.para(f"Step 2: Mail, fax, or deliver your appeal to {o['name']}, {o['line2'].split(' | ', 1)[1]}. "
           f"Fax: {f['fax']}. Keep a copy for your records.", 9.6)
    heading(d, "What happens next?")
    d.para("If you appeal, we will review our decision. If any of the services you asked us to pay for are still "
           "denied after our review, Medicare will provide you with a new and impartial review of your case by a "
           "reviewer outside of your Medicare health plan. If you disagree with that decision, you will have further "
           "appeal rights.", 9.6)
    heading(d, "Get help & more information")
    pairs(d, [(o["name"] + ":", f"{f['ph']}  TTY {f['tty']}  (8 a.m. to 8 p.m., 7 days a week)"),
              ("Medicare:", "1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048"),
              ("Medicare Rights Center:", "1-888-466-9050"),
              ("Elder Care Locator:", "1-800-677-1116")], kw=62, size=8.8)
    if f.get("cc"):
        d.para(f"A copy of this notice was sent to {prov}, attention {f['doc']}.", 9)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    o = ORGS[f["org"]]
    sd = sorted({iso(ln["date"]) for ln in f["lines"]})
    alts = {}
    if len(sd) > 1:
        alts["service_dates"] = [[iso(min(ln["date"] for ln in f["lines"]), max(ln["date"] for ln in f["lines"]))]]
    return truth("denial_letter", DENIAL[f["why"]], f["lang"], insurer=o["name"], member_id=f["mid"],
                 member_name=f["member"], case_numbers=[f["claim"]], claim_amount=f"{f['total']:.2f}",
                 service_dates=sd, denial_date=iso(f["date"]), provider=PROV[f["prov"]],
                 appeal_deadline=iso(f["dl"]), alternates=alts)


PLAN = [
    ("ma_notice_of_denial_of_payment_cms10003_bd_routine_foot_care", "born_digital",
     dict(org="hv", style="logo", lab=1, ds="long", tds="slash", ms="plain", why="nc", prov="pod", mail=True)),
    ("ma_notice_of_denial_of_payment_cms10003_bd_out_of_network_plain", "born_digital",
     dict(org="th", style="parent", lab=2, ds="slash", ms="nosign", why="oon", prov="ortho", spread=True,
          decoy_paid=True, cc=True)),
    ("ma_notice_of_denial_of_payment_cms10003_scan_stress_echo_not_necessary", "scan_clean_300",
     dict(org="hv", style="block", lab=3, ds="abbr", ms="plain", why="mn", prov="card", mail=True, show_npi=True,
          two_page=True, dl_style="date")),
    ("ma_notice_of_denial_of_payment_cms10003_lowres_mri_no_approval_plain", "scan_lowres_150",
     dict(org="th", style="logo", lab=1, ds="dmy", ms="space", why="pa", prov="img", table=False)),
    ("ma_notice_of_denial_of_payment_cms10003_copy_molecular_test_experimental", "photocopy",
     dict(org="hv", style="parent", lab=2, ds="iso", ms="nosign", why="exp", prov="lab", mail=True, cc=True)),
    ("ma_notice_of_denial_of_payment_cms10003_faxf_therapy_records_not_received", "fax_fine_g4",
     dict(org="th", style="block", lab=3, ds="upper", tds="slash", ms="plain", why="rec", prov="pt", spread=True,
          decoy_paid=False, show_npi=True)),
    ("ma_notice_of_denial_of_payment_cms10003_rotated_es_limpieza_dental", "rotated",
     dict(org="hv", style="logo", lab="es", ds="es", tds="es_abbr", ms="es", why="es_nc", prov="dent", lang="es",
          mail=True)),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, spec) in enumerate(PLAN):
        f = facts(random.Random(116500 + i), spec)
        items.append(Item(stem, cond, [(notice(f), make_truth(f))]))
    return items
