"""Family 'family_eob_several_patients': a subscriber's Explanation of Benefits statement covering the claims of
several family members, one section per patient (the subscriber, a spouse, children), each with its claim number,
provider, service lines and claim totals, and exactly one denied claim for one dependent; one statement where
everything is paid; one Spanish statement.

Issuers (fictional): Amula Mutual Health Insurance Company (logo word "AMULA MUTUAL" over a rule), Mersrags Health
Plan (parent line "A Pape Health Holdings company" above the centred name), Salacgriva Benefit Administrators
(third-party administrator, return-address block, for the "Liepupe Tool & Die Employee Health Plan"). Values invented.
Truth: insurer the letterhead issuer (for the TPA, the employer plan accepted); member_id the subscriber's ID (the
patient's suffixed ID accepted where printed); member_name the patient of the denied claim (a dependent); case
numbers, claim amount, service dates and provider those of the denied claim; denial_date the statement date;
appeal deadline "within 180 days of the date of this statement" computed, or a printed date, or null for "after you
receive" (the 180-day date accepted). On the all-paid statement, the patient, claim, provider, dates and amount are
genuinely undefined (several claims for several patients, none singled out): those fields are unscored.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundae_fameb import (FIRST, FIRST_ES, Page, address, days, digits, fdate, iso, letterhead, mail_to, mixed,
                               money, npi, pairs, phone, usd)

FAMILY = "family_eob_several_patients"
LANG = "en"
ISSUERS = {
    "amula": dict(name="Amula Mutual Health Insurance Company", style="logo", logo="AMULA MUTUAL",
                  line2="Health Insurance Company | PO Box 80412, Cheyenne, WY 82003", plan=None, product="Amula Family PPO 3000"),
    "mersrags": dict(name="Mersrags Health Plan", style="parent", parent="A Pape Health Holdings company",
                     line2="Member Services | 2207 Kursa Street, Sioux Falls, SD 57104", plan=None,
                     product="Mersrags Choice HMO Silver"),
    "salac": dict(name="Salacgriva Benefit Administrators", style="block",
                  line2="Claims Administrator | PO Box 1188 | Tulsa, OK 74101",
                  plan="Liepupe Tool & Die Employee Health Plan", product="Liepupe Tool & Die Employee Health Plan"),
}
LABELS = {
    1: dict(date="Statement date", sub="Subscriber", mid="Member ID", grp="Group number", plan="Plan ID",
            claim="Claim number", prov="Provider", pat="Patient", rel="Relationship", head=["Date of service", "Code",
            "Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"]),
    2: dict(date="Date issued", sub="Policyholder", mid="ID #", grp="Group #", plan="Plan code", claim="Claim #",
            prov="Rendering provider", pat="Member", rel="Relation", head=["DOS", "CPT", "Description", "Charges",
            "Allowed amt", "Paid", "Your share", "Rmk"]),
    3: dict(date="Notice date", sub="Insured", mid="Identification no.", grp="Employer group", plan="Benefit plan no.",
            claim="Claim no.", prov="Billed by", pat="For", rel="Relationship", head=["Date", "Procedure", "What it was",
            "Amount billed", "Plan allows", "We paid", "You may owe", "Code"]),
    "es": dict(date="Fecha del estado de cuenta", sub="Suscriptor", mid="Número de miembro", grp="Grupo",
               plan="Código del plan", claim="Número de reclamación", prov="Proveedor", pat="Paciente",
               rel="Parentesco", head=["Fecha", "Código", "Servicio", "Facturado", "Permitido", "Pagó el plan",
               "Usted debe", "Nota"]),
}
REL = {"en": {"self": "Self (subscriber)", "spouse": "Spouse", "child": "Child"},
       "es": {"self": "Titular (suscriptor)", "spouse": "Cónyuge", "child": "Hijo(a)"}}
PROVIDERS = ["Kandava Family Medicine", "Sabile Pediatrics, PC", "Aizpute Imaging Center", "Stende Orthopedic Clinic",
             "Rucava Allergy & Asthma Associates", "Ugale Laboratory Services", "Dundaga Urgent Care",
             "Skrunda Physical Therapy"]
SVC = [("99213", "Office visit, established"), ("99214", "Office visit, moderate"), ("85025", "Blood count (CBC)"),
       ("80053", "Metabolic panel"), ("97110", "Therapeutic exercise"), ("73030", "X-ray, shoulder"),
       ("90686", "Flu vaccine"), ("87880", "Strep test, rapid"), ("99393", "Well child visit")]
# denial set -> (denied lines [(code, desc)], denial type, note text, the patient's relationship)
DENIALS = {
    "oon_allergy": ([("95004", "Allergy skin tests, 40 tests"), ("95024", "Intradermal allergy tests, 12 tests")],
                    "out_of_network", "The provider is not in the plan's network. Your EPO plan pays for out-of-network "
                    "care only in an emergency.", "child"),
    "mri_pa": ([("72148", "MRI lumbar spine without contrast")], "prior_authorization",
               "This service needed prior authorization and none was on file when the claim was processed.", "spouse"),
    "sports_phys": ([("99394", "Sports physical exam, age 12-17")], "not_covered",
                    "Physical exams needed only for school sports are not a covered benefit under this plan.", "child"),
    "genetic": ([("81408", "Genomic sequence analysis panel")], "experimental",
                "This test is investigational for this diagnosis under medical policy MP-GEN-0412.", "child"),
    "cob_es": ([("99284", "Visita a la sala de emergencias"), ("71046", "Radiografía de tórax")], "other",
               "Otro seguro es primario. Envíe la reclamación primero al otro plan y luego mándenos su explicación "
               "de beneficios.", "spouse"),
    "age_out": ([("99203", "Office visit, new patient"), ("20610", "Joint injection, major joint")], "eligibility",
                "The patient was not covered on this date: dependent children are covered until age 26 and coverage "
                "for this dependent ended before this service.", "child"),
}


def statement(f: dict) -> bytes:
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    i = ISSUERS[f["ins"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    mo = lambda v: usd(v, f["ms"])  # noqa: E731
    d = Page(foot=f"{i['name']}  -  {f['doc_id']}  -  {{p}}/{{n}}", header=f"{L['sub']}: {f['sub']}  {L['mid']} {f['mid']}")
    d.add_page()
    letterhead(d, i["style"], i["name"] if i["style"] != "logo" else i["line2"].split(" | ")[0],
               i["line2"] if i["style"] != "logo" else i["line2"].split(" | ")[1], i.get("logo", ""),
               i.get("parent", ""))
    d.text_line("Explicación de beneficios - estado de cuenta familiar" if es else
                "Family Explanation of Benefits", 13, "B", h=7)
    d.text_line("ESTO NO ES UNA FACTURA" if es else "THIS IS NOT A BILL", 10, "B", h=6)
    y = d.get_y()
    mail_to(d, [f["sub"]] + list(f["addr"]))
    d.set_xy(118, y)
    d.font(9)
    rows = [(L["date"], fd(f["date"])), (L["sub"], f["sub"]), (L["mid"], f["mid"]), (L["grp"], f["grp"]),
            (L["plan"], f["plan"]), ("Plan" if not es else "Producto", i["product"]),
            ("Claims processed" if not es else "Periodo procesado", f"{fd(f['p0'])} - {fd(f['p1'])}")]
    for k, v in rows:
        if v:
            d.set_x(118)
            d.font(8.6, "B")
            d.cell(38, 4.6, k)
            d.font(8.6)
            d.multi_cell(0, 4.6, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y + 34) + 2)
    if i["plan"]:
        d.para(f"Claims administrator for the {i['plan']}. {i['name']} does not insure this plan.", 8.6)
    tot_b = sum(c["billed"] for c in f["claims"])
    tot_p = sum(c["paid"] for c in f["claims"])
    d.para((f"Resumen: {len(f['claims'])} reclamaciones para {len(f['patients'])} personas. Total facturado "
            f"{mo(tot_b)}; el plan pagó {mo(tot_p)}.") if es else
           (f"Summary: {len(f['claims'])} claims for {len(f['patients'])} family members were processed. Total billed "
            f"{mo(tot_b)}; your plan paid {mo(tot_p)}."), 9.6)
    for pname, rel in f["patients"]:
        d.set_fill_color(232, 232, 232)
        d.font(10, "B")
        d.cell(0, 6.5, f"{L['pat']}: {pname}    {L['rel']}: {REL['es' if es else 'en'][rel]}"
               + (f"    ID {f['mid']}-{f['suffix'][pname]}" if f["suffixed"] else ""), fill=True,
               new_x="LMARGIN", new_y="NEXT")
        d.ln(1)
        for c in [c for c in f["claims"] if c["pat"] == pname]:
            d.font(8.8)
            d.cell(0, 5, f"{L['claim']} {c['no']}    {L['prov']}: {c['prov']} (NPI {c['npi']})    "
                   + ("Recibida" if es else "Received") + f" {fd(c['recv'])}", new_x="LMARGIN", new_y="NEXT")
            rows = [[fd(c["dos"]), code, desc[:34], mo(b), mo(a), mo(p), mo(o), c["rc"] if c["denied"] else ""]
                    for code, desc, b, a, p, o in c["lines"]]
            rows.append(["*" + ("Total de la reclamación" if es else "Claim total"), "", "", mo(c["billed"]),
                         mo(c["allowed"]), mo(c["paid"]), mo(c["owe"]), ""])
            d.table(L["head"], rows, [24, 16, 52, 20, 20, 18, 18, 10], size=7.8, aligns="LLLRRRRL")
    if f["den"]:
        c = f["dclaim"]
        d.text_line("Notas" if es else ("Remark codes" if f["lab"] != 3 else "What the codes mean"), 10, "B", h=6)
        d.para(f"{c['rc']}  {DENIALS[f['set']][2]}", 9.2)
    d.text_line("Deductible and out-of-pocket (family)" if not es else "Deducible y gastos de bolsillo (familia)",
                9.5, "B", h=5.5)
    d.para(f"{'Deducible' if es else 'Deductible'}: {mo(f['ded_met'])} {'de' if es else 'met of'} {mo(f['ded'])}.  "
           f"{'Máximo de gastos' if es else 'Out-of-pocket'}: {mo(f['oop_met'])} {'de' if es else 'met of'} "
           f"{mo(f['oop'])}.", 9)
    d.text_line("Sus derechos de apelación" if es else "Your appeal rights", 10, "B", h=6)
    d.para(f["appeal_text"], 9)
    d.para(("Llame a Servicios al Miembro: " if es else "Questions? Member Services: ") + f"{f['ph']} (TTY 711).", 8.8)
    return pdf_bytes(d)


def facts(r: random.Random, ins: str, sset: str | None, lab, ds: str, ms: str, date: dt.date, dl: str, kids: int,
          suffixed: bool, lang: str = "en") -> dict:
    i = ISSUERS[ins]
    last = r.choice(["Kandava", "Sabile", "Dundaga", "Stende"] if lang == "en" else ["Zaldibia", "Lizartza"])
    pool = list(FIRST_ES if lang == "es" else FIRST)
    r.shuffle(pool)
    ini = lambda: r.choice("ABCDEFGHJKLMNPRSTVW")  # noqa: E731
    sub = f"{pool[0]} {ini()}. {last}"
    patients = [(sub, "self"), (f"{pool[1]} {ini()}. {last}", "spouse")] + \
               [(f"{pool[2 + k]} {ini()}. {last}", "child") for k in range(kids)]
    provs = list(PROVIDERS)
    r.shuffle(provs)
    claims = []
    den_pat = None
    if sset:
        rel = DENIALS[sset][3]
        den_pat = [p for p, rl in patients if rl == rel][-1]
    for k, (pname, rel) in enumerate(patients):
        n = 2 if k == 0 else 1
        for j in range(n):
            lines = []
            for code, desc in r.sample(SVC, r.randint(1, 2)):
                b = money(r, 60, 420)
                a = round(b * r.choice([0.55, 0.6, 0.72]), 2)
                o = round(min(a, r.choice([0, 25, 30, 40])), 2)
                lines.append((code, desc, b, a, round(a - o, 2), o))
            claims.append(dict(pat=pname, lines=lines, denied=False))
        if pname == den_pat:
            lines = []
            for code, desc in DENIALS[sset][0]:
                b = money(r, 180, 2400)
                lines.append((code, desc, b, 0.0, 0.0, b))
            claims.append(dict(pat=pname, lines=lines, denied=True))
    p0 = days(date, -r.randint(40, 60))
    for n, c in enumerate(claims):
        c.update(no=mixed(r, "E2699999999900") if ins != "mersrags" else mixed(r, "99-999999-99"),
                 prov=provs[n % len(provs)], npi=npi(r), dos=days(p0, r.randint(0, 25)), recv=None,
                 rc=mixed(r, "A9"), billed=round(sum(x[2] for x in c["lines"]), 2),
                 allowed=round(sum(x[3] for x in c["lines"]), 2), paid=round(sum(x[4] for x in c["lines"]), 2),
                 owe=round(sum(x[5] for x in c["lines"]), 2))
        c["recv"] = days(c["dos"], r.randint(3, 12))
    dclaim = next((c for c in claims if c["denied"]), None)
    f = dict(ins=ins, set=sset, lab=lab, ds=ds, ms=ms, date=date, lang=lang, den=DENIALS[sset][1] if sset else None,
             sub=sub, patients=patients, claims=claims, dclaim=dclaim, suffixed=suffixed,
             suffix={p: f"{k:02d}" for k, (p, _) in enumerate(patients)},
             mid=mixed(r, "AMU999999999") if ins == "amula" else (mixed(r, "9999999999") if ins == "mersrags"
                                                                   else mixed(r, "LTD99999")),
             grp=digits(r, 6) if lab != 2 else mixed(r, "G-99999"), plan=mixed(r, "AA99") if lab != 1 or ins == "amula"
             else None, addr=address(r, lang), ph=phone(r), doc_id="EOB" + digits(r, 9), p0=p0,
             p1=days(date, -r.randint(2, 6)), ded=r.choice([3000.0, 6000.0]), oop=r.choice([8000.0, 12000.0]),
             deadline=None, dl_alt=None)
    f["ded_met"] = money(r, 400, 2900)
    f["oop_met"] = round(f["ded_met"] + money(r, 100, 900), 2)
    es = lang == "es"
    if dl == "within180":
        f["deadline"] = days(date, 180)
        f["appeal_text"] = ("Si no está de acuerdo con una decisión, puede apelar dentro de 180 días a partir de la "
                            "fecha de este estado de cuenta." if es else
                            "If you disagree with a decision on this statement, you may appeal within 180 days of "
                            "the date of this statement. Call us or write to the address above.")
    elif dl == "by":
        f["deadline"] = days(date, 180)
        f["appeal_text"] = (f"To appeal a decision on this statement, we must receive your written request by "
                            f"{fdate(f['deadline'], ds)}. An external review may be asked for within 4 months "
                            "after our final internal decision.")
    else:
        f["dl_alt"] = days(date, 180)
        f["appeal_text"] = ("You have 180 days after you receive this statement to ask for an appeal. Urgent appeals "
                            "are decided within 72 hours.")
    return f


def statement_truth(f: dict) -> dict:
    i = ISSUERS[f["ins"]]
    alts = {}
    if i["plan"]:
        alts["insurer"] = [i["plan"]]
    c = f["dclaim"]
    if not c:
        return truth("eob", None, f["lang"], insurer=i["name"], member_id=f["mid"], group_number=f["grp"],
                     plan_id=f["plan"], member_name=None, case_numbers=[], claim_amount=None, service_dates=[],
                     denial_date=iso(f["date"]), provider=None, appeal_deadline=None, alternates=alts or None,
                     unscored=["member_name", "case_numbers", "claim_amount", "service_dates", "provider"],
                     type_alternates=["other"])
    if f["suffixed"]:
        alts["member_id"] = [f"{f['mid']}-{f['suffix'][c['pat']]}"]
    if f["dl_alt"]:
        alts["appeal_deadline"] = [iso(f["dl_alt"])]
    return truth("eob", f["den"], f["lang"], insurer=i["name"], member_id=f["mid"], group_number=f["grp"],
                 plan_id=f["plan"], member_name=c["pat"], case_numbers=[c["no"]], claim_amount=f"{c['billed']:.2f}",
                 service_dates=[iso(c["dos"])], denial_date=iso(f["date"]), provider=c["prov"],
                 appeal_deadline=iso(f["deadline"]) if f["deadline"] else None, alternates=alts or None,
                 type_alternates=["denial_letter"])


# (stem, condition, issuer, denial set, labels, date style, money style, deadline, kids, suffixed IDs)
PLAN = [
    ("family_eob_several_patients_bd_allergy_oon", "born_digital", "amula", "oon_allergy", 1, "long", "plain",
     "within180", 2, True),
    ("family_eob_several_patients_bd_all_paid", "born_digital", "mersrags", None, 2, "slash", "nosign", "by", 2, False),
    ("family_eob_several_patients_scan_spouse_mri_pa", "scan_clean_300", "salac", "mri_pa", 3, "abbr", "plain",
     "receive", 1, False),
    ("family_eob_several_patients_lowres_sports_physical", "scan_lowres_150", "mersrags", "sports_phys", 1, "iso",
     "bare", "within180", 2, False),
    ("family_eob_several_patients_copy_genetic_test", "photocopy", "amula", "genetic", 2, "dmy", "usd", "by", 1, True),
    ("family_eob_several_patients_phone_es_cob", "phone_photo", "amula", "cob_es", "es", "es", "plain", "within180", 1,
     False),
    ("family_eob_several_patients_faxs_dependent_age_out", "fax_standard_g4", "salac", "age_out", 3, "upper", "plain",
     "within180", 2, False),
]


def documents(rng) -> list[Item]:
    items = []
    for n, (stem, cond, ins, sset, lab, ds, ms, dl, kids, suf) in enumerate(PLAN):
        r = random.Random(120600 + n)
        date = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 240))
        lang = "es" if lab == "es" else "en"
        f = facts(r, ins, sset, lab, ds, ms, date, dl, kids, suf, lang)
        items.append(Item(stem, cond, [(statement(f), statement_truth(f))]))
    return items
