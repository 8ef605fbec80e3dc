"""Family 'oncology_pathway_regimen_denial': an oncology benefit manager's (or a plan's oncology unit's) decision on
a chemotherapy or immunotherapy regimen requested off its clinical pathway: letters to the ordering oncologist and to
the member, a regimen table (drug, HCPCS code, dose, schedule, cycles), the on-pathway alternatives, peer-to-peer
offer, appeal rights; one regimen approved on pathway, one partly approved (an add-on drug denied), one review of a
cycle already given without approval (a claim), one Spanish member letter.

Issuers (fictional): Calderwick Oncology Solutions, LLC (logo word "CALDERWICK" over a rule; reviews cancer
treatment for Wolsingham Health Plan, named in the letter), Thursby Cancer Care Management (parent line "A
Crackenthorpe Health Services company" above the centred name; reviews for Lowick Community Health Plan), Salcombe
Health Plan (return-address block, "Oncology Medical Management"). Values invented.
Truth: insurer the letterhead issuer (the plan it reviews for accepted); provider the ordering oncologist (the
practice accepted); service dates the requested treatment period as a span (the start date alone accepted).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundac_famcb import (Page, address, clinician, days, digits, fdate, iso, letterhead, local_phone, mail_to,
                               mixed, m2, money, npi, pairs, person, phone, usd)

FAMILY = "oncology_pathway_regimen_denial"
LANG = "en"
ISSUERS = {
    "calderwick": dict(name="Calderwick Oncology Solutions, LLC", short="Calderwick Oncology Solutions", style="logo",
                       logo="CALDERWICK", line2="Oncology Solutions, LLC | PO Box 30417, Billings, MT 59107",
                       plan="Wolsingham Health Plan", grp=True, ref="COS-99999999"),
    "thursby": dict(name="Thursby Cancer Care Management", short="Thursby Cancer Care Management", style="parent",
                    parent="A Crackenthorpe Health Services company",
                    line2="Clinical Review | 1800 Lowther Avenue, Suite 210, Bismarck, ND 58501",
                    plan="Lowick Community Health Plan", grp=False, ref="TC99-999999"),
    "salcombe": dict(name="Salcombe Health Plan", short="Salcombe Health Plan", style="block",
                     line2="Oncology Medical Management | PO Box 5521 | Cheyenne, WY 82003", plan=None, grp=True,
                     ref="ONC9999999"),
}
PRACTICES = ["Helston Valley Cancer Center", "Prairie Ridge Hematology & Oncology", "Bodmin Court Oncology Associates"]
LABELS = {
    1: dict(pat="Patient", mid="Member ID", grp="Group number", plan="Plan ID", ref="Request number",
            prov="Ordering oncologist", dx="Diagnosis", per="Requested treatment period", rec="Request received"),
    2: dict(pat="Member", mid="ID #", grp="Group #", plan="Benefit plan ID", ref="Case ID",
            prov="Requesting physician", dx="Condition", per="Dates requested", rec="Received on"),
    3: dict(pat="Member name", mid="Subscriber ID", grp="Employer group", plan="Plan code", ref="Reference no.",
            prov="Treating physician", dx="Cancer type", per="Treatment dates", rec="Date we got the request"),
    "es": dict(pat="Afiliado(a)", mid="Número de afiliado", grp="Grupo", plan="Plan", ref="Número de caso",
               prov="Médico que lo solicitó", dx="Diagnóstico", per="Periodo de tratamiento solicitado",
               rec="Fecha en que recibimos la solicitud"),
}
# regimen key -> (diagnosis, line of therapy, [(drug, code, dose, schedule)], cycle days, cycles)
REGIMENS = {
    "nivo_ipi": ("Non-small cell lung cancer, stage IV (C34.12), PD-L1 60%", "first line",
                 [("nivolumab", "J9299", "360 mg", "every 3 weeks"), ("ipilimumab", "J9228", "1 mg/kg", "every 6 weeks")],
                 21, 6),
    "folfoxiri_bev": ("Colon cancer, metastatic to liver (C18.7)", "first line",
                      [("oxaliplatin", "J9263", "85 mg/m2", "day 1"), ("irinotecan", "J9206", "165 mg/m2", "day 1"),
                       ("fluorouracil", "J9190", "3200 mg/m2 over 48 h", "day 1"),
                       ("bevacizumab", "J9035", "5 mg/kg", "day 1")], 14, 12),
    "tdxd_gastric": ("Gastric adenocarcinoma, HER2 IHC 0 (C16.9)", "second line",
                     [("fam-trastuzumab deruxtecan", "J9358", "6.4 mg/kg", "every 3 weeks")], 21, 6),
    "pembro_chemo": ("Triple-negative breast cancer (C50.912), stage II", "neoadjuvant",
                     [("pembrolizumab", "J9271", "200 mg", "every 3 weeks"), ("carboplatin", "J9045", "AUC 5", "every 3 weeks"),
                      ("paclitaxel", "J9267", "80 mg/m2", "weekly")], 21, 4),
    "polar_chp": ("Diffuse large B-cell lymphoma (C83.38)", "first line",
                  [("polatuzumab vedotin", "J9309", "1.8 mg/kg", "day 1"), ("rituximab", "Q5115", "375 mg/m2", "day 1"),
                   ("cyclophosphamide", "J9070", "750 mg/m2", "day 1")], 21, 6),
    "folfox_bev": ("Rectal cancer, metastatic (C20)", "first line",
                   [("oxaliplatin", "J9263", "85 mg/m2", "day 1"), ("leucovorin", "J0640", "400 mg/m2", "day 1"),
                    ("fluorouracil", "J9190", "2400 mg/m2 over 46 h", "day 1"), ("bevacizumab", "Q5107", "5 mg/kg", "day 1")],
                   14, 12),
    "carbo_tax_bev": ("Ovarian cancer, stage IIIC (C56.9)", "first line",
                      [("carboplatin", "J9045", "AUC 6", "every 3 weeks"), ("paclitaxel", "J9267", "175 mg/m2", "every 3 weeks"),
                       ("bevacizumab", "J9035", "15 mg/kg", "every 3 weeks")], 21, 6),
}
# kind -> (denial type, audience, reason, on-pathway alternative text)
REASONS = {
    "mn_kw": ("medical_necessity", "md",
              "DENIED - not medically necessary. The requested regimen is not on the Calderwick Lung Cancer Pathway "
              "for first-line treatment with PD-L1 of 50% or higher. Clinical information does not show a reason "
              "(such as a contraindication) that the on-pathway options cannot be used.",
              "On-pathway options: pembrolizumab alone, or pembrolizumab with carboplatin and pemetrexed."),
    "mn_plain": ("medical_necessity", "mbr",
                 "Our cancer doctors looked at the records your doctor sent. The four-drug combination your doctor "
                 "asked for gives more side effects and has not been shown to help people with your cancer live "
                 "longer than the three-drug treatment. We did not approve it because it is not needed for your "
                 "care.",
                 "Your doctor can ask us to approve FOLFOX or FOLFIRI with bevacizumab instead. These are on our list."),
    "exp": ("experimental", "md",
            "Denied as experimental/investigational for this use. The requested drug is supported for HER2-positive "
            "gastric cancer; for HER2 IHC 0 disease it is studied only in clinical trials and is not listed in the "
            "compendia at category 2A or higher.",
            "On-pathway second-line options: ramucirumab with paclitaxel, or a clinical trial."),
    "pa": ("prior_authorization", "mbr",
           "The first cycle of this treatment was given before anyone asked us to approve it. Your plan requires "
           "prior authorization for chemotherapy and immunotherapy, so the claim for that cycle is denied. The "
           "later cycles are still under review.",
           "If your doctor sends the records, we will review the later cycles within 15 days."),
    "es_mn": ("medical_necessity", "mbr",
              "Nuestros médicos revisaron los expedientes. El régimen solicitado no forma parte de la guía clínica "
              "(pathway) para el linfoma en primera línea y no cumple los criterios de necesidad médica. No hay "
              "información que muestre que el tratamiento de la guía no se pueda usar.",
              "Su médico puede pedir R-CHOP, que sí está en la guía."),
    "ok": (None, "md",
           "APPROVED. The requested regimen is on pathway (Colorectal Pathway, first line, metastatic). All drugs "
           "and cycles below are authorized for the dates shown.",
           "No further review is needed unless the regimen or dose changes by more than 10%."),
    "partial": ("medical_necessity", "md",
                "PARTLY APPROVED. Carboplatin and paclitaxel are approved as requested. Bevacizumab is not approved: "
                "adding it in first-line treatment is not on the Ovarian Cancer Pathway and the records do not show "
                "the criteria for adding it (stage IV or suboptimal debulking). Medical necessity not met for "
                "bevacizumab.",
                "If the member's disease progresses, bevacizumab may be requested again with the new findings."),
}


def letter(f: dict) -> bytes:
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    i = ISSUERS[f["ins"]]
    den, aud, reason, alt = REASONS[f["kind"]]
    dx, line, drugs, every, cycles = REGIMENS[f["reg"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    d = Page(foot=f"{i['short']}  -  {f['letter_id']}  -  {{p}}/{{n}}")
    d.add_page()
    if i["style"] == "logo":
        name, rest = i["line2"].split(" | ")
        letterhead(d, "logo", name, rest, i["logo"])
    else:
        letterhead(d, i["style"], i["name"], i["line2"], parent=i.get("parent", ""))
    d.text_line(fd(f["date"]), 10, h=6)
    if aud == "md":
        mail_to(d, [f"{f['doc']}, MD", f["practice"], f"Fax {f['fax']}"])
    else:
        mail_to(d, [f["member"]] + list(f["addr"]))
    title = {"md": "Oncology Treatment Request - Determination", "mbr": "Notice of Denial of Cancer Treatment Coverage",
             "es": "Aviso de denegación de tratamiento contra el cáncer"}["es" if es else aud]
    if f["kind"] == "ok":
        title = "Oncology Treatment Request - Approval"
    d.text_line(title, 13, "B", h=7)
    if i["plan"]:
        d.text_line((f"Revisión para {i['plan']}" if es else f"Review performed on behalf of {i['plan']}"), 9, h=5)
    d.ln(1)
    period = f"{fd(f['start'])} - {fd(f['end'])}" if f["lab"] != 2 else f"{fd(f['start'])} through {fd(f['end'])}"
    pairs(d, [(L["pat"], f["member"]), (L["mid"], f["mid"]), (L["grp"], f["grp"]), (L["plan"], f["plan"]),
              (L["ref"], f["ref"]), (L["prov"], f"{f['doc']}, MD (NPI {f['npi']})"),
              ("Práctica" if es else "Practice", f["practice"]), (L["dx"], f"{dx}; {line}"),
              (L["per"], period), (L["rec"], fd(f["received"])),
              ("Pathway", f"{f['pathway']}" if not es else "")], kw=60, size=9.2)
    d.table(["Medicamento" if es else "Drug", "HCPCS", "Dosis" if es else "Dose", "Schedule" if not es else "Frecuencia",
             "Ciclos" if es else "Cycles", "Decisión" if es else "Decision"],
            [[n, c, dose, sch, str(cycles),
              (("Aprobado" if es else "Approved") if (f["kind"] == "ok" or (f["kind"] == "partial" and n != "bevacizumab")) else
               ("No aprobado" if es else "Cycle 1 denied" if f["kind"] == "pa" else "Not approved"))] for n, c, dose, sch in drugs],
            [48, 18, 40, 34, 16, 26], size=8.5)
    if f["kind"] == "pa":
        d.para(f"Claim {f['claim']} for cycle 1, given {fd(f['start'])}: total billed {usd(f['amt'], f['ms'])}.", 9.5)
    d.text_line("Motivo de la decisión:" if es else ("Decision:" if aud == "md" else "Why we made this decision:"),
                10.5, "B", h=6)
    d.para(reason, 10)
    d.para(alt, 9.5)
    if f["kind"] == "ok":
        d.para(f"Authorization number {f['ref']}. Authorized {fd(f['start'])} through {fd(f['end'])}.", 10)
    if den:
        if aud == "md" and not es:
            d.para(f"Peer-to-peer: you may discuss this decision with the reviewing oncologist, {f['reviewer']}, MD, by "
                   f"calling {f['ph']} by {fd(days(f['date'], 14))}. A copy of this letter was mailed to the member.",
                   9.5)
        d.text_line("Derecho a apelar" if es else "Appeal rights", 10.5, "B", h=6)
        d.para(f["appeal_text"], 9.5)
        d.para("Si su salud está en grave peligro, pida una apelación urgente: decidiremos en 72 horas. Después puede "
               "pedir una revisión externa independiente dentro de 4 meses." if es else
               "If waiting could seriously harm the member's health, an urgent appeal can be requested and will be "
               "decided within 72 hours. After the internal appeal, the member may request an external review within "
               "4 months.", 9)
    d.ln(2)
    d.font(9)
    d.multi_cell(0, 4.4, ("Revisado por: " if es else "Reviewed by: ") + f"{f['reviewer']}, MD, " +
                 ("Oncólogo(a) revisor(a)" if es else "Medical Director, Oncology") + f"\n{f['ph']}  |  TTY 711",
                 new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(d)


def facts(r: random.Random, ins: str, kind: str, reg: str, lab, ds: str, date: dt.date, dl: str, ms: str,
          lang: str = "en") -> dict:
    i = ISSUERS[ins]
    dx, line, drugs, every, cycles = REGIMENS[reg]
    post = kind == "pa"
    start = days(date, -r.randint(20, 40)) if post else days(date, r.randint(6, 20))
    end = days(start, every * cycles - 1)
    doc = clinician(r)
    f = dict(ins=ins, kind=kind, reg=reg, lab=lab, ds=ds, date=date, lang=lang, ms=ms,
             member=person(r, lang), mid=mixed(r, "AAA999999999" if ins != "thursby" else "99999999999"),
             grp=digits(r, 6) if i["grp"] else None,
             plan=mixed(r, "AA-999-A") if lab in (1, 3) and ins != "thursby" else None,
             ref=mixed(r, i["ref"]), doc=doc, reviewer=clinician(r, doc), npi=npi(r), ph=phone(r),
             fax=local_phone(r), practice=r.choice(PRACTICES), addr=address(r, lang), start=start, end=end,
             received=days(date, -r.randint(2, 6)), pathway=f"v2026.{r.randint(1, 3)}, reviewed {fdate(days(date, -r.randint(60, 120)), ds)}",
             letter_id=mixed(r, "LTR-99999-A"), amt=money(r, 9000, 26000) if post else None,
             claim=mixed(r, "9999999999999") if post else None, deadline=None, dl_alt=None)
    if dl == "within":
        f["deadline"] = days(date, 180)
        f["appeal_text"] = ("Usted o su médico pueden apelar dentro de 180 días a partir de la fecha de esta carta."
                            if lang == "es" else
                            "The member, or the physician on the member's behalf, may appeal within 180 days of the "
                            "date of this letter. Send the appeal and any records to the address above.")
    elif dl == "by":
        f["deadline"] = days(date, 60)
        f["appeal_text"] = (f"You can appeal. Your appeal must be received by {fdate(f['deadline'], ds)}. Send a "
                            "letter saying why you disagree, with any records from your doctor.")
    else:
        f["dl_alt"] = days(date, 180)
        f["appeal_text"] = ("You may appeal within 180 days after you receive this letter. Send a letter saying why "
                            "you disagree, with any records from your doctor.")
    return f


def letter_truth(f: dict) -> dict:
    den, aud, _, _ = REASONS[f["kind"]]
    i = ISSUERS[f["ins"]]
    alts = {"provider": [f["practice"]],
            "service_dates": [[iso(f["start"], f["end"])] if f["kind"] == "pa" else [iso(f["start"])]]}
    if i["plan"]:
        alts["insurer"] = [i["plan"]]
    if f["dl_alt"] and den:
        alts["appeal_deadline"] = [iso(f["dl_alt"])]
    cases = [f["ref"]] + ([f["claim"]] if f["claim"] else [])
    if f["claim"]:
        alts["case_numbers"] = [[f["claim"]], [f["ref"]]]
    return truth("denial_letter" if den else "other", den, f["lang"], insurer=i["short"], member_id=f["mid"],
                 group_number=f["grp"], plan_id=f["plan"], member_name=f["member"], case_numbers=cases,
                 claim_amount=m2(f["amt"]) if f["amt"] else None,
                 service_dates=[iso(f["start"]) if f["kind"] == "pa" else iso(f["start"], f["end"])],
                 denial_date=iso(f["date"]), provider=f["doc"],
                 appeal_deadline=iso(f["deadline"]) if (den and f["deadline"]) else None, alternates=alts)


# (stem, condition, issuer, kind, regimen, labels, date style, deadline, money style)
PLAN = [
    ("oncology_pathway_regimen_denial_bd_md_nivo", "born_digital", "calderwick", "mn_kw", "nivo_ipi", 1, "long",
     "within", "plain"),
    ("oncology_pathway_regimen_denial_bd_md_ok", "born_digital", "thursby", "ok", "folfox_bev", 2, "slash", "within",
     "plain"),
    ("oncology_pathway_regimen_denial_scan_mbr_plain", "scan_clean_300", "salcombe", "mn_plain", "folfoxiri_bev", 2,
     "abbr", "by", "plain"),
    ("oncology_pathway_regimen_denial_lowres_md_exp", "scan_lowres_150", "thursby", "exp", "tdxd_gastric", 3, "iso",
     "within", "plain"),
    ("oncology_pathway_regimen_denial_copy_mbr_pa", "photocopy", "calderwick", "pa", "pembro_chemo", 1, "dmy",
     "receive", "space"),
    ("oncology_pathway_regimen_denial_rot_mbr_es", "rotated", "salcombe", "es_mn", "polar_chp", "es", "es", "within",
     "plain"),
    ("oncology_pathway_regimen_denial_faxs_md_partial", "fax_standard_g4", "calderwick", "partial", "carbo_tax_bev", 3,
     "slash", "within", "plain"),
]


def documents(rng) -> list[Item]:
    items = []
    for n, (stem, cond, ins, kind, reg, lab, ds, dl, ms) in enumerate(PLAN):
        r = random.Random(114600 + n)
        date = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 260))
        lang = "es" if kind.startswith("es_") else "en"
        f = facts(r, ins, kind, reg, lab, ds, date, dl, ms, lang)
        items.append(Item(stem, cond, [(letter(f), letter_truth(f))]))
    return items
