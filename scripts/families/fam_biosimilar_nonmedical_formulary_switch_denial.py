"""Family 'biosimilar_nonmedical_formulary_switch_denial': PBM and health-plan letters refusing to keep paying for a
reference biologic after the formulary moved to a preferred biosimilar or interchangeable product (a non-medical
switch): formulary exclusion of the reference product, formulary exception denied because the records show no
documented failure of (or intolerance to) the preferred product, a one-time transition fill granted, an exception
approved, an appeal decision upholding the exception denial (external review only), a Spanish exclusion letter, and
a fax stack (the specialty pharmacy's cover sheet, the exception denial and the PBM's advance formulary-change notice).

Issuers (all invented): Thistlebrook Pharmacy Solutions (PBM; logo word over a rule, "administering pharmacy
benefits for" the plan), Carrowmore Health Plan (ruled serif letterhead, return-address block), Plan de Salud
Bahía Serena (Spanish). Drugs are printed by nonproprietary names with invented four-letter suffixes
(adalimumab-kqtz etc.); no brand names. Decoys: specialty pharmacy with NCPDP and phone, RxBIN / RxPCN / RxGRP,
prescriber NPI, date of birth, request-received date, formulary effective date, NDC, Rx number, copay amounts,
external-review 4 months.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "biosimilar_nonmedical_formulary_switch_denial"
LANG = "en"

TB, CM, BS = "Thistlebrook Pharmacy Solutions", "Carrowmore Health Plan", "Plan de Salud Bahía Serena"
ADDR = {TB: ("PO Box 61720", "Wrenfield, MO 64187"), CM: ("2200 Kelsall Parkway", "Ardmillan, VT 05678"),
        BS: ("Apartado 40912", "Mayagüez, PR 00681")}
FIRST = ["Oluwaseun", "Marguerite", "Tadeusz", "Anjali", "Fergus", "Yuki", "Rosalba", "Emeka", "Signe", "Dariush",
         "Leilani", "Bartholomew", "Xochitl", "Henrik"]
LAST = ["Adebayo-Quist", "Ferreira", "Nakashima", "Lindqvist", "MacAulay", "Okafor", "Brannigan", "Sorensen",
        "Haddad", "Kaminski", "Delacroix", "Pohjola", "Estrada", "Villeneuve"]
FIRST_ES = ["Maribel", "Wilfredo", "Yahaira", "Osvaldo", "Nereida"]
LAST_ES = ["Colón", "Rivera", "Quiñones", "Santiago", "Marrero"]
DOCS = ["Ines Harkavy", "Tomasz Wilk", "Chidinma Eze", "Rafael Olmedo", "Priya Venkataraman", "Graham Tulloch",
        "Noor Al-Sayegh"]
PHARM = ["Fennick Specialty Pharmacy", "Ridgeway Specialty Rx", "Alderbank Infusion & Specialty Pharmacy"]
DRUGS = {
    "ada": ("adalimumab (reference product) 40 mg/0.4 mL pen", "adalimumab-kqtz", "biosimilar",
            "rheumatoid arthritis"),
    "ifx": ("infliximab (reference product) 100 mg vial", "infliximab-vbrx", "biosimilar", "Crohn's disease"),
    "gla": ("insulin glargine (reference product) 100 units/mL pen", "insulin glargine-wmnp", "interchangeable",
            "type 1 diabetes"),
    "eta": ("etanercept (reference product) 50 mg/mL autoinjector", "etanercept-hlvd", "biosimilar",
            "psoriatic arthritis"),
}


def person(r: Rand, es: bool = False) -> str:
    return f"{r.choice(FIRST_ES if es else FIRST)} {r.choice('ABCDEFGHJKLMNPRSTVW')}. " \
           f"{r.choice(LAST_ES if es else LAST)}"


def facts(r: Rand, kind: str, ins: str, drug: str, ds: str) -> dict:
    es = ins == BS
    dec = dt.date(2026, 1, 6) + dt.timedelta(days=r.randint(0, 150))
    recv = dec - dt.timedelta(days=r.randint(2, 9))
    fill = dec - dt.timedelta(days=r.randint(3, 12))
    return dict(kind=kind, ins=ins, drug=drug, D=DRUGS[drug], ds=ds, es=es, dec=dec, recv=recv, fill=fill,
                eff=dt.date(2026, 1, 1), member=person(r, es), subscriber=person(r, es),
                addr=r.address("es" if es else "en"),
                mid=("TPS" + r.digits(9) if ins == TB else ("CHP-" + r.digits(4) + "-" + r.digits(5)) if ins == CM
                     else "BSE" + r.digits(8)),
                grp=("RX" + r.digits(5) if ins == TB else "G-" + r.digits(6)), bin=r.digits(6),
                pcn="TBRX" + r.letters(2), rxgrp="TB" + r.digits(4),
                case=("EX-" + r.digits(7) if ins == TB else "CM" + r.digits(2) + "-" + r.digits(6) if ins == CM
                      else "BS-" + r.digits(8)),
                appeal_no="AP-" + r.digits(7), auth="PA" + r.digits(9),
                doc=r.choice(DOCS), npi=r.npi(), pharm=r.choice(PHARM), ncpdp=r.digits(7), pphone=r.phone(),
                ph=r.phone(), rx=r.digits(8), ndc=f"{r.digits(5)}-{r.digits(4)}-{r.digits(2)}",
                cost=float(r.amount(2900, 7400)) if drug in ("ada", "eta") else float(r.amount(240, 690)),
                copay=r.choice([35.0, 50.0, 100.0, 150.0]),
                dob=dt.date(r.randint(1954, 1999), r.randint(1, 12), r.randint(1, 28)),
                plan_name=("Carrowmore Choice PPO" if ins != BS else "Bahía Serena Plus"))


def head(d: Doc, f: dict) -> None:
    ins, a = f["ins"], ADDR[f["ins"]]
    if ins == TB:
        d.text_line("THISTLEBROOK", 22, "B")
        d.rule(0.8, 1.2)
        d.text_line(f"{TB}  |  administering pharmacy benefits for {CM}", 8.5)
        d.text_line(f"{a[0]}, {a[1]}  |  Member Services {f['ph']} (TTY 711)", 8.5)
    elif ins == CM:
        d.set_font("Times", "B", 17)
        d.cell(0, 8, CM, align="C", new_x="LMARGIN", new_y="NEXT")
        d.set_font("Times", "", 9)
        d.cell(0, 4.5, f"{a[0]}  -  {a[1]}  -  Pharmacy Services {f['ph']}", align="C", new_x="LMARGIN",
               new_y="NEXT")
        d.rule(0.4, 2)
    else:
        d.text_line(BS, 15, "B")
        d.text_line(f"{a[0]}, {a[1]}", 9)
        d.text_line(f"Servicios al Afiliado {f['ph']} (TTY 711)", 9)
    d.ln(5)


def rows(d: Doc, pairs: list[tuple[str, str]], lw: float = 52, size: float = 9.8) -> None:
    for k, v in pairs:
        d.font(size, "B")
        d.cell(lw, 5.2, k)
        d.font(size)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def addressee(d: Doc, f: dict) -> None:
    for ln in (f["member"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(4)


def rights(d: Doc, f: dict, days: int = 180, word: str = "letter") -> None:
    d.text_line("Your right to appeal", 11, "B")
    d.para(f"You, your prescriber or someone you name to act for you may ask for an appeal. We must receive your "
           f"appeal within {days} days of the date of this {word}. Send it to {f['ins']}, Appeals Unit, "
           f"{ADDR[f['ins']][0]}, {ADDR[f['ins']][1]}, or fax it to {f['pphone'][:-4]}7710. If waiting could "
           "seriously harm your health, ask for an expedited appeal; we decide those within 72 hours.")
    d.para("External review: after our final decision you may ask an independent review organization to review it. "
           "You must ask within 4 months of receiving the final decision. You may also contact your state "
           "insurance department.", 9)


def exclusion(d: Doc, f: dict) -> None:
    """Formulary exclusion of the reference product (PBM, claim rejected at the specialty pharmacy)."""
    ref, pref, kindword, dx = f["D"]
    ds = f["ds"]
    d.add_page()
    head(d, f)
    d.text_line(fmt_date(f["dec"], ds), 10.5)
    d.ln(3)
    addressee(d, f)
    d.text_line("Notice of Pharmacy Claim Denial - Drug Not on Formulary", 13, "B")
    d.ln(2)
    rows(d, [("Member:", f["member"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]),
             ("RxBIN / RxPCN / RxGRP:", f"{f['bin']} / {f['pcn']} / {f['rxgrp']}"),
             ("Reference number:", f["case"]), ("Drug requested:", ref), ("NDC / Rx #:", f"{f['ndc']} / {f['rx']}"),
             ("Prescriber:", f"Dr. {f['doc']} (NPI {f['npi']})"),
             ("Pharmacy:", f"{f['pharm']} (NCPDP {f['ncpdp']})"),
             ("Date of fill attempt:", fmt_date(f["fill"], ds)),
             ("Amount submitted:", fmt_money(f["cost"]))])
    d.text_line("What we decided", 11, "B")
    d.para(f"We denied payment for {ref} filled at {f['pharm']} on {fmt_date(f['fill'], ds)}. Starting "
           f"{fmt_date(f['eff'], ds)}, your plan's formulary (drug list) no longer includes this product. The plan "
           f"now covers {pref}, a {kindword} product, as its preferred version. The reference product is excluded "
           "from the formulary and is not covered under your pharmacy benefit.")
    d.para(f"You do not need a new diagnosis to switch. Ask Dr. {f['doc'].split()[-1]} for a new prescription for "
           f"{pref}; your copay for the preferred product is {fmt_money(f['copay'])} for a 28-day supply. If your "
           "prescriber believes you cannot use the preferred product, they may ask for a formulary exception.")
    rights(d, f)


def exc_denial(d: Doc, f: dict, upheld: bool = False) -> None:
    """Formulary exception denied: no documented failure of the preferred product (plan or PBM letter)."""
    ref, pref, kindword, dx = f["D"]
    ds = f["ds"]
    d.add_page()
    head(d, f)
    if upheld:
        d.text_line(f"Date: {fmt_date(f['dec'], ds)}", 10.5)
    else:
        d.text_line(fmt_date(f["dec"], ds), 10.5)
    d.ln(3)
    addressee(d, f)
    title = "Appeal Decision - Formulary Exception (Final Internal Decision)" if upheld else \
        "Formulary Exception Request - Denied"
    d.text_line(title, 13, "B")
    d.ln(2)
    labs = [("Patient:", f["member"]), ("Date of birth:", fmt_date(f["dob"], "slash")),
            ("Member ID:", f["mid"]), ("Group number:", f["grp"])]
    if upheld:
        labs += [("Appeal number:", f["appeal_no"]), ("Original request:", f["case"])]
    else:
        labs += [("Request ID:", f["case"]), ("Request received:", fmt_date(f["recv"], ds))]
    labs += [("Medication:", ref), ("Fill date (claim rejected):", fmt_date(f["fill"], ds)),
             ("Prescriber:", f"Dr. {f['doc']}"), ("Dispensing pharmacy:", f["pharm"])]
    rows(d, labs)
    d.text_line("Why your request was denied" if not upheld else "Our decision", 11, "B")
    if upheld:
        d.para(f"We reviewed your appeal of our decision on request {f['case']}. A pharmacist and a board-certified "
               f"physician who were not involved in the first decision reviewed it. We are upholding the denial.")
    d.para(f"Your prescriber asked us to keep covering {ref} for {dx}. The plan's preferred product is {pref} "
           f"({kindword}). To approve the reference product, the plan's exception criteria require documentation "
           f"that you tried the preferred product and it did not work, or that you had an intolerance or adverse "
           f"reaction to it. The records we received do not document a trial or failure of {pref}. Stable use of "
           "the reference product alone does not meet the criteria, so the exception is not medically necessary "
           "under the plan's criteria.")
    if upheld:
        d.para("This is the plan's final internal decision. There is no further internal appeal.")
        d.text_line("External review", 11, "B")
        d.para(f"You may ask for an external review by an independent review organization. Your request must be "
               f"filed by {fmt_date(f['dec'] + dt.timedelta(days=120), ds)} (4 months from this decision). "
               f"Call {f['ph']} for the form.")
    else:
        rights(d, f, 180 if f["ins"] == CM else 60)


def transition(d: Doc, f: dict) -> None:
    """A one-time transition fill granted; nothing denied today."""
    ref, pref, kindword, dx = f["D"]
    ds = f["ds"]
    d.add_page()
    head(d, f)
    d.text_line(fmt_date(f["dec"], ds), 10.5)
    d.ln(3)
    addressee(d, f)
    d.text_line("Important: We Covered a Transition Fill of Your Medicine", 13, "B")
    d.ln(2)
    plan_paid = round(f["cost"] - f["copay"], 2)
    d.table(["Member ID", "Group", "Fill date", "Medicine", "Cost", "You paid"],
            [[f["mid"], f["grp"], fmt_date(f["fill"], ds), ref.split(" (")[0] + " (ref.)", fmt_money(f["cost"]),
              fmt_money(f["copay"])]], [30, 24, 26, 50, 22, 22], size=8.6, aligns="LLLLRR")
    d.para(f"On {fmt_date(f['fill'], ds)}, {f['pharm']} filled your prescription from Dr. {f['doc']} for {ref}. "
           f"This product is no longer on your formulary; the plan now prefers {pref} ({kindword}). Because you were "
           f"already taking it, we paid for a one-time transition supply (the plan paid {fmt_money(plan_paid)}).")
    end = f["fill"] + dt.timedelta(days=30)
    d.para(f"Future fills of the reference product after {fmt_date(end, ds)} will not be covered unless an "
           f"exception is approved. Please talk with your prescriber now about switching to {pref}, or about asking "
           f"for a formulary exception. Your pharmacist may substitute an interchangeable product without a new "
           "prescription where state law allows.")
    d.para(f"Questions? Call Member Services at {f['ph']}. Reference: {f['case']}.", 9.5)


def approval(d: Doc, f: dict) -> None:
    ref, pref, kindword, dx = f["D"]
    ds = f["ds"]
    d.add_page()
    head(d, f)
    d.text_line(fmt_date(f["dec"], ds), 10.5)
    d.ln(3)
    addressee(d, f)
    d.text_line("Formulary Exception Approved", 13, "B")
    d.ln(2)
    end = dt.date(f["fill"].year, 12, 31)
    d.boxes([("Member ID", f["mid"], 45), ("Group", f["grp"], 35), ("Approval number", f["auth"], 45),
             ("Request ID", f["case"], 50)])
    d.ln(3)
    rows(d, [("Medication approved:", ref), ("Approved from:", f"{fmt_date(f['fill'], ds)} through "
                                                            f"{fmt_date(end, ds)}"),
             ("Prescriber:", f"Dr. {f['doc']}"), ("Specialty pharmacy:", f"{f['pharm']}, {f['pphone']}")])
    d.para(f"Good news: we approved your prescriber's request to continue {ref}. Dr. {f['doc']} documented that you "
           f"had a skin reaction at the injection site after two doses of {pref}, so the plan's exception criteria "
           f"are met. Your copay is the preferred-brand copay of {fmt_money(f['copay'])}.")
    d.para("You will need a new exception request after the approval ends. This letter is not a bill.", 9.5)


def spanish(d: Doc, f: dict) -> None:
    ref, pref, kindword, dx = f["D"]
    ref_es = ref.replace("reference product", "producto de referencia")
    d.add_page()
    head(d, f)
    d.text_line(fmt_date(f["dec"], "es"), 10.5)
    d.ln(3)
    addressee(d, f)
    d.text_line("Aviso de denegación: medicamento excluido del formulario", 13, "B")
    d.ln(2)
    rows(d, [("Afiliado:", f["member"]), ("Número de afiliado:", f["mid"]), ("Grupo:", f["grp"]),
             ("Número de caso:", f["case"]), ("Medicamento:", ref_es),
             ("Fecha de la receta:", fmt_date(f["fill"], "es")), ("Médico que receta:", f"Dra. {f['doc']}"),
             ("Farmacia especializada:", f["pharm"]), ("Costo presentado:", fmt_money(f["cost"]))])
    d.para(f"Desde el {fmt_date(f['eff'], 'es')}, el formulario de su plan ya no incluye {ref_es}. El plan cubre "
           f"ahora {pref}, un producto intercambiable, como su versión preferida. El producto de referencia está "
           f"excluido del formulario y no está cubierto por su beneficio de farmacia. Por eso negamos la receta "
           f"presentada el {fmt_date(f['fill'], 'es')}.")
    d.text_line("Su derecho a apelar", 11, "B")
    d.para(f"Si no está de acuerdo, puede presentar una apelación dentro de 180 días a partir de la fecha de este "
           f"aviso. Envíela a {BS}, {ADDR[BS][0]}, {ADDR[BS][1]}. Puede pedir una revisión externa dentro de 4 meses "
           f"después de nuestra decisión final. Llame al {f['ph']} (TTY 711).")


def change_notice(d: Doc, f: dict) -> None:
    """PBM's advance formulary-change notice (denies nothing)."""
    ref, pref, kindword, dx = f["D"]
    ds = f["ds"]
    d.add_page()
    head(d, f)
    note = f["eff"] - dt.timedelta(days=45)
    d.text_line(fmt_date(note, ds), 10.5)
    d.ln(3)
    addressee(d, f)
    d.text_line("Your Drug List Is Changing", 13, "B")
    d.ln(2)
    d.para(f"Member ID: {f['mid']}    Group: {f['grp']}")
    d.para(f"Starting {fmt_date(f['eff'], ds)}, the formulary will cover {pref} ({kindword}) in place of {ref}. "
           f"Our records show you filled {ref.split(' (')[0]} in the last 120 days. You have time to talk with your "
           "prescriber about the change. No action is needed if you switch before the effective date.")
    d.para(f"Questions? Call {f['ph']}. This notice is not a denial of coverage.", 9.5)


def build(f: dict) -> bytes:
    d = Doc("Helvetica", footer=f"{f['ins']}  -  Page {{p}} of {{n}}")
    {"excl": exclusion, "exc": exc_denial, "upheld": lambda dd, ff: exc_denial(dd, ff, True),
     "trans": transition, "appr": approval, "es": spanish, "notice": change_notice}[f["kind"]](d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    ins_alt = {"insurer": [CM]} if f["ins"] == TB else {}
    base = dict(insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
                denial_date=f["dec"].isoformat(), provider=f["doc"])
    alts = dict(ins_alt)
    if k == "excl":
        alts["provider"] = [f["pharm"]]
        return truth("denial_letter", "not_covered", case_numbers=[f["case"]], claim_amount=f"{f['cost']:.2f}",
                     service_dates=[f["fill"].isoformat()],
                     appeal_deadline=(f["dec"] + dt.timedelta(days=180)).isoformat(), alternates=alts,
                     denial_alternates=["other"], **base)
    if k == "es":
        return truth("denial_letter", "not_covered", "es", case_numbers=[f["case"]],
                     claim_amount=f"{f['cost']:.2f}", service_dates=[f["fill"].isoformat()],
                     appeal_deadline=(f["dec"] + dt.timedelta(days=180)).isoformat(),
                     alternates={"provider": [f["pharm"]]}, denial_alternates=["other"], **base)
    if k in ("exc", "upheld"):
        days = 180 if f["ins"] == CM else 60
        cases = [f["appeal_no"], f["case"]] if k == "upheld" else [f["case"]]
        alts["service_dates"] = [[]]
        return truth("denial_letter", "medical_necessity", case_numbers=cases, service_dates=[f["fill"].isoformat()],
                     appeal_deadline=None if k == "upheld" else (f["dec"] + dt.timedelta(days=days)).isoformat(),
                     alternates=alts, denial_alternates=["not_covered", "prior_authorization"], **base)
    if k == "trans":
        alts["provider"] = [f["pharm"]]
        return truth("other", None, case_numbers=[f["case"]], claim_amount=f"{f['cost']:.2f}",
                     service_dates=[f["fill"].isoformat()], alternates=alts, type_alternates=["eob"], **base)
    if k == "appr":
        end = dt.date(f["fill"].year, 12, 31)
        alts["service_dates"] = [[f["fill"].isoformat()], []]
        return truth("other", None, case_numbers=[f["auth"], f["case"]],
                     service_dates=[f"{f['fill'].isoformat()}/{end.isoformat()}"], alternates=alts, **base)
    if k == "notice":
        note = f["eff"] - dt.timedelta(days=45)
        base.update(denial_date=note.isoformat(), group_number=f["grp"], provider=None)
        return truth("other", None, alternates=alts, unscored=["provider"], **base)
    raise ValueError(k)


# (stem suffix, condition, kind, issuer, drug, date style)
PLAN = [
    ("bd_pbm_reference_adalimumab_excluded", "born_digital", "excl", TB, "ada", "long"),
    ("bd_plan_infliximab_exception_no_biosimilar_trial", "born_digital", "exc", CM, "ifx", "slash"),
    ("scan300_transition_fill_insulin_glargine", "scan_clean_300", "trans", TB, "gla", "abbr"),
    ("lowres_exception_approved_etanercept", "scan_lowres_150", "appr", CM, "eta", "iso"),
    ("copy_spanish_glargine_excluded", "photocopy", "es", BS, "gla", "es"),
    ("rotated_appeal_upheld_adalimumab_external_review_only", "rotated", "upheld", CM, "ada", "dmy"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, drug, ds) in enumerate(PLAN):
        f = facts(Rand(186500 + i), kind, ins, drug, ds)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    # fax stack: the specialty pharmacy's cover sheet, the PBM's exception denial, the PBM's advance notice
    f1 = facts(Rand(186510), "exc", TB, "eta", "slash")
    f2 = dict(f1, kind="notice")
    items.append(Item(f"{FAMILY}_faxfine_stack_cover_exception_denied_and_change_notice", "fax_fine_g4",
                      [(build(f1), make_truth(f1)), (build(f2), make_truth(f2))], separators=["cover", None]))
    return items
