"""Family 'compounded_drug_pbm_exclusion_letter': a pharmacy benefit manager's letter about a compounded prescription
claim: bulk powder ingredients excluded, the ingredient list with NDCs, quantities and the pharmacy's submitted cost,
the claim's fill date, the pharmacy's NCPDP number and the Rx number (decoys), the BIN / PCN / Rx Group from the
member's card, and the plan's compound policy quoted.
Scenarios: a topical pain cream of bulk powders excluded (keyword); a compound approved and the claim paid after the
prescriber showed the formulary alternative failed (nothing denied); a compound over the plan's cost threshold
without prior authorization; a Spanish bulk-powder exclusion; a compound with no FDA-approved ingredient (plain
words); a compounded copy of a commercially available product (plain words, no amount printed); a letter faxed to
the prescriber (fax transmission header over the letter).
Issuers (fictional): Kernave Pharmacy Solutions (logo "KERNAVE Rx" over a rule), Druskininkai Prescription Benefit
Services (parent line "A Birstonas Health company"), Merkys Rx Management (return-address block).
Truth: member ID = the card's member ID; group number = the Rx Group (RxGRP) on the card; BIN and PCN are not plan
IDs (plan_id null); case numbers = the claim reference number (and the coverage request number where printed); the
Rx number and NCPDP number are decoys; claim amount = the total submitted by the pharmacy where printed;
service date = the fill date; provider = the prescriber (the pharmacy accepted as alternate).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundaj_famjc import (Page, address, clinician, days, digits, fdate, iso, letterhead, m2, mail_to, mixed,
                               pairs, person, phone, staff, signature, usd)

FAMILY = "compounded_drug_pbm_exclusion_letter"
LANG = "en"
ISSUERS = {
    "ker": dict(name="Kernave Pharmacy Solutions", style="logo", logo="KERNAVE Rx",
                line2="Clinical Review Department | PO Box 6120, Scott City, KS 67871"),
    "dru": dict(name="Druskininkai Prescription Benefit Services", style="parent", parent="A Birstonas Health company",
                line2="Coverage Review | 1800 Juodkrante Parkway, Leoti, KS 67861"),
    "mer": dict(name="Merkys Rx Management", style="block",
                line2="Pharmacy Claims Review | 45 Sventoji Court | WaKeeney, KS 67672"),
}
PHARM = ["Dubysa Compounding Pharmacy", "Rumsiskes Apothecary and Compounding"]
LABELS = {
    1: dict(mem="Member", mid="Member ID", clm="Claim reference", fill="Date filled", rx="Rx number",
            ncpdp="Pharmacy NCPDP", pres="Prescriber", pharm="Pharmacy", total="Total submitted", req="Request number"),
    2: dict(mem="Patient", mid="ID number", clm="Claim #", fill="Fill date", rx="Prescription #",
            ncpdp="NCPDP ID", pres="Prescribing physician", pharm="Dispensing pharmacy", total="Amount billed",
            req="Coverage review #"),
    3: dict(mem="Cardholder / patient", mid="Cardholder ID", clm="Transaction reference", fill="Date of service",
            rx="Rx #", ncpdp="Pharmacy ID (NCPDP)", pres="Prescriber name", pharm="Pharmacy name",
            total="Pharmacy's submitted charge", req="Case number"),
    "es": dict(mem="Afiliado(a)", mid="Número de identificación", clm="Número de reclamación",
               fill="Fecha de surtido", rx="Número de receta", ncpdp="NCPDP de la farmacia", pres="Médico que recetó",
               pharm="Farmacia", total="Total presentado", req="Número de solicitud"),
}
INGR = {
    "pain": [("Ketoprofen powder (bulk)", 12.0, "g"), ("Gabapentin powder (bulk)", 9.0, "g"),
             ("Lidocaine HCl powder (bulk)", 6.0, "g"), ("Cyclobenzaprine HCl powder (bulk)", 3.0, "g"),
             ("Lipoderm cream base", 120.0, "g")],
    "scar": [("Baclofen powder (bulk)", 4.5, "g"), ("Ethoxy diglycol liquid", 15.0, "mL"),
             ("Versapro cream base", 150.0, "g")],
    "copy": [("Diclofenac sodium powder (bulk)", 4.5, "g"), ("PLO gel base", 150.0, "g")],
}
POLICY = ("Compounded prescriptions are covered only when every active ingredient is an FDA-approved drug that "
          "requires a prescription, the compound is not a copy of a commercially available product, and no "
          "formulary drug is appropriate. Bulk powders, bulk chemicals and proprietary compounding bases are "
          "excluded from coverage. Compounds with a submitted cost over $200.00 require prior authorization.")
POLICY_ES = ("Los medicamentos compuestos están cubiertos solo si cada ingrediente activo es un medicamento aprobado "
             "por la FDA que requiere receta. Los polvos a granel (bulk), los químicos a granel y las bases "
             "patentadas para preparación están excluidos de la cobertura.")
SCEN = {
    "bulk": dict(kind="deny", den="not_covered", alt=None, ingr="pain",
                 why="Your plan excludes bulk powder ingredients. The compounded cream your pharmacy submitted is "
                     "made from bulk powders of ketoprofen, gabapentin, lidocaine and cyclobenzaprine in a "
                     "proprietary base. These ingredients are excluded, so the claim was denied."),
    "approved": dict(kind="ok", den=None, alt=None, ingr="scar",
                     why="Your prescriber sent records showing that you used tizanidine tablets, the formulary "
                         "alternative, for 60 days without relief and could not tolerate oral baclofen. Based on "
                         "this, we approved the compound as a one-time exception for 12 months. The claim was "
                         "reprocessed and paid; your copay is {copay}."),
    "pa": dict(kind="deny", den="prior_authorization", alt=None, ingr="pain",
               why="The pharmacy's submitted cost for this compound is over $200.00, and the plan requires prior "
                   "authorization for compounds above that amount. No prior authorization was on file on the fill "
                   "date, so the claim was rejected. Your prescriber may ask for approval by calling {ph}."),
    "es_bulk": dict(kind="deny", den="not_covered", alt=None, ingr="pain",
                    why="Su plan excluye los ingredientes en polvo a granel. La crema compuesta que presentó su "
                        "farmacia contiene polvos a granel, por lo que la reclamación fue denegada."),
    "no_fda": dict(kind="deny", den="not_covered", alt=["experimental"], ingr="scar",
                   why="We looked at each ingredient in this prescription. None of them is a drug the FDA has "
                       "approved in the form submitted: the baclofen is a bulk chemical and the other two are a "
                       "solvent and a cream base. Your plan pays for a compound only when it contains at least one "
                       "approved prescription drug, so we cannot pay for this one."),
    "copy": dict(kind="deny", den="not_covered", alt=["medical_necessity"], ingr="copy",
                 why="This compound is diclofenac in a gel. A diclofenac 1% gel made by a drug company is on your "
                     "plan's drug list and is available at any pharmacy. Your plan does not pay for a compounded "
                     "copy of a product that can be bought ready-made."),
    "fax": dict(kind="deny", den="not_covered", alt=None, ingr="pain",
                why="The compound you prescribed contains bulk powder ingredients, which are excluded under the "
                    "member's pharmacy benefit. The claim submitted by the pharmacy was denied. Covered "
                    "alternatives on the formulary include diclofenac 1% gel and lidocaine 5% patches."),
}


def letter(f: dict) -> bytes:
    s = SCEN[f["scen"]]
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    i = ISSUERS[f["ins"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    mo = lambda v: usd(v, f["ms"])  # noqa: E731
    d = Page(foot=f"{i['name']}  ·  {'Documento' if es else 'Letter'} CMP-{f['form']}  ·  page {{p}} of {{n}}")
    d.add_page()
    if f["scen"] == "fax":
        d.font(8.5)
        d.cell(0, 4.5, f"FAX  {fdate(f['date'], 'slash')} 14:{f['min']:02d}  FROM: {i['name'].upper()}  "
                       f"{f['fax']}  TO: {f['presfax']}  P. 1/1", new_x="LMARGIN", new_y="NEXT")
        d.ln(2)
    letterhead(d, i["style"], i["name"], i["line2"], i.get("logo", ""), i.get("parent", ""))
    d.text_line(fd(f["date"]), 10, h=6)
    to = [f["pres"], f["presaddr"][0], f["presaddr"][1]] if f["scen"] == "fax" else [f["member"]] + list(f["addr"])
    mail_to(d, to)
    title = ("Aviso de denegación de medicamento compuesto" if es else
             "Compound prescription approved" if s["kind"] == "ok" else
             "Notice to prescriber: compound claim denied" if f["scen"] == "fax" else
             "Compounded prescription claim decision")
    d.text_line(title, 12.5, "B", h=8)
    rows = [(L["mem"], f["member"]), (L["mid"], f["mid"]), ("BIN / PCN / RxGRP",
                                                            f"{f['bin']} / {f['pcn']} / {f['grp']}"),
            (L["clm"], f["clm"]), (L["req"], f["req"]), (L["fill"], fd(f["fill"])), (L["rx"], f["rx"]),
            (L["pharm"], f["pharm"]), (L["ncpdp"], f["ncpdp"]), (L["pres"], f["pres"])]
    if f["boxes"]:
        d.boxes([(L["mid"], f["mid"], 44), ("BIN", f["bin"], 26), ("PCN", f["pcn"], 30), ("RxGRP", f["grp"], 34),
                 (L["fill"], fd(f["fill"]), 44)], h=11)
        d.ln(3)
        rows = [r for r in rows if r[0] not in (L["mid"], "BIN / PCN / RxGRP", L["fill"])]
    pairs(d, rows, kw=62, size=9.1)
    if f["scen"] == "fax":
        d.para(f"Dear {f['pres']}:", 9.8)
        d.para(f"We reviewed the compound prescription you wrote for your patient, {f['member']}.", 9.5)
    else:
        d.para(f"Estimado(a) {f['member']}:" if es else f"Dear {f['member']}:", 9.8)
    d.para(s["why"].format(copay=mo(f["copay"]), ph=f["ph"]), 9.5)
    if f["table"]:
        rows = [[n, f"{q:g} {u}", ndc, mo(c)] for (n, q, u), ndc, c in zip(INGR[s["ingr"]], f["ndcs"], f["costs"])]
        rows.append(["Total" if not es else "Total", "", "", mo(f["total"])])
        d.table(["Ingrediente" if es else "Ingredient", "Cantidad" if es else "Quantity", "NDC",
                 "Costo presentado" if es else "Submitted cost"], rows, [70, 26, 38, 36], size=8.5, aligns="LRLR")
        d.ln(1)
    d.font(8.9)
    d.set_x(d.l_margin + 8)
    d.multi_cell(d.w - d.l_margin - d.r_margin - 16, 4.3,
                 ("Política de compuestos del plan: " + POLICY_ES) if es else ("Plan compound policy: " + POLICY),
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    if s["kind"] == "deny":
        if es:
            ap = ("Usted tiene derecho a apelar. Debe pedir la apelación dentro de 180 días a partir de la fecha de "
                  "esta carta.")
        elif f["dl"] == "days":
            ap = "You have the right to appeal within 180 days of the date of this letter."
        elif f["dl"] == "date":
            ap = f"If you disagree, your appeal must reach us by {fd(f['deadline'])}."
        else:
            ap = "You may file an appeal within 180 days after you receive this notice."
        who = " You or your patient may appeal." if f["scen"] == "fax" else ""
        d.para(ap + who + (f" Llame al {f['ph']} o envíe un fax al {f['fax']}." if es else
                           f" Call {f['ph']} or fax {f['fax']}. If waiting could seriously harm health, ask for an "
                           "expedited appeal; we decide those within 72 hours."), 9.2)
    if f["decoy"]:
        d.para(f"Your plan year renews {fd(f['renew'])}. Mail-order refills ship within 10 days. The plan sponsor is "
               f"{f['sponsor']}.", 8.8)
    signature(d, [f["signer"], "Farmacéutico(a) clínico(a)" if es else "Clinical Pharmacist", i["name"]],
              "Atentamente," if es else "Sincerely,")
    return pdf_bytes(d)


def facts(r: random.Random, ins, scen, lab, ds, ms, dl, boxes, table, decoy) -> dict:
    lang = "es" if lab == "es" else "en"
    date = dt.date(2026, 1, 26) + dt.timedelta(days=r.randint(0, 240))
    fill = days(date, -r.randint(6, 25))
    ingr = INGR[SCEN[scen]["ingr"]]
    costs = [round(q * (r.uniform(6.5, 24.0) if "bulk" in n else r.uniform(0.3, 1.2)), 2) for n, q, _u in ingr]
    total = round(sum(costs), 2)
    pres = clinician(r)
    return dict(ins=ins, scen=scen, lab=lab, ds=ds, ms=ms, dl=dl, lang=lang, boxes=boxes, table=table, decoy=decoy,
                date=date, fill=fill, member=person(r, lang), addr=address(r, lang), mid=mixed(r, "KRX999999999")
                if ins == "ker" else mixed(r, "A99999999-01"), bin=digits(r, 6), pcn=mixed(r, "AAA9A"),
                grp=mixed(r, "RX9999A"), clm=mixed(r, "99999A9999999"),
                req=mixed(r, "CR-99999999") if scen in ("approved", "pa") else None,
                rx=digits(r, 7), ncpdp=digits(r, 7), pharm=r.choice(PHARM), pres=pres,
                presaddr=address(r), ndcs=[f"{digits(r, 5)}-{digits(r, 4)}-{digits(r, 2)}" for _ in ingr],
                costs=costs, total=total, copay=float(r.choice([25, 40, 60])), ph=phone(r), fax=phone(r),
                presfax=phone(r), min=r.randint(0, 59), form=digits(r, 4), signer=staff(r),
                renew=days(date, r.randint(60, 200)), sponsor=r.choice(["Rumsiskes Unified School District 402",
                                                                        "Dubysa Grain Cooperative"]),
                deadline=days(date, 180))


def doc_truth(f: dict) -> dict:
    s = SCEN[f["scen"]]
    alts = {"provider": [f["pharm"]]}
    cases = [f["clm"]] + ([f["req"]] if f["req"] else [])
    dead = None
    if s["kind"] == "deny":
        if f["dl"] == "receive" and f["lang"] == "en":
            alts["appeal_deadline"] = [iso(f["deadline"]), iso(days(f["date"], 185))]
        else:
            dead = iso(f["deadline"])
    kw = dict(insurer=ISSUERS[f["ins"]]["name"], member_id=f["mid"], group_number=f["grp"], plan_id=None,
              member_name=f["member"], case_numbers=cases, claim_amount=m2(f["total"]) if f["table"] else None,
              service_dates=[iso(f["fill"])], denial_date=iso(f["date"]), provider=f["pres"],
              appeal_deadline=dead, alternates=alts)
    if s["kind"] == "ok":
        return truth("other", None, f["lang"], **kw)
    return truth("denial_letter", s["den"], f["lang"], denial_alternates=s["alt"], **kw)


# (stem, condition, issuer, scenario, labels, date style, money style, deadline kind, boxes, table, decoy)
PLAN = [
    ("compounded_drug_pbm_exclusion_letter_bd_bulk_powder_pain_cream", "born_digital", "ker", "bulk", 1, "long",
     "plain", "days", True, True, True),
    ("compounded_drug_pbm_exclusion_letter_bd_approved_after_formulary_alternative", "born_digital", "dru",
     "approved", 2, "slash", "plain", "days", False, True, False),
    ("compounded_drug_pbm_exclusion_letter_scan_over_threshold_no_pa", "scan_clean_300", "mer", "pa", 3, "abbr",
     "nosign", "date", False, True, True),
    ("compounded_drug_pbm_exclusion_letter_lowres_es_polvos_a_granel", "scan_lowres_150", "dru", "es_bulk", "es",
     "es", "es", "days", True, True, False),
    ("compounded_drug_pbm_exclusion_letter_rot_no_fda_approved_ingredient", "rotated", "ker", "no_fda", 2, "dmy",
     "plain", "receive", False, True, False),
    ("compounded_drug_pbm_exclusion_letter_photo_commercial_copy_plain_words", "phone_photo", "mer", "copy", 1,
     "iso", "usd", "date", True, False, True),
    ("compounded_drug_pbm_exclusion_letter_faxfine_to_prescriber", "fax_fine_g4", "ker", "fax", 3, "upper",
     "plain", "days", False, True, False),
]


def documents(rng) -> list[Item]:
    items = []
    for n, (stem, cond, ins, scen, lab, ds, ms, dl, boxes, table, decoy) in enumerate(PLAN):
        r = random.Random(136550 + n)
        f = facts(r, ins, scen, lab, ds, ms, dl, boxes, table, decoy)
        items.append(Item(stem, cond, [(letter(f), doc_truth(f))]))
    return items
