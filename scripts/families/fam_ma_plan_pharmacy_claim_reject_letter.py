"""Family 'ma_plan_pharmacy_claim_reject_letter': a Medicare Advantage-Prescription Drug (MA-PD) plan's letter to a
member after a pharmacy claim was rejected at the counter. The lower half reprints the wording of the public CMS
notice "Medicare Prescription Drug Coverage and Your Rights" (form CMS-10147, the notice pharmacies hand out when a
Part D claim cannot be filled: the right to ask for a coverage determination or an exception, and the four things to
be ready to tell the plan), from memory of the published form; all values are invented.
Reasons: prior authorization required (NCPDP reject 75, keyword and plain-words versions), refill too soon (79;
keyword and plain words with an "earliest refill date" decoy), drug not on the formulary (70), one Spanish (not on
the formulary), and one transition-fill letter (the plan covered a temporary supply: denies nothing).

Issuers: Tindholmur Health Plan (product "Tindholmur Senior Advantage (HMO-POS)", logo word over a rule) and
Vestmanna Health Alliance (parent line "A Vestmanna Holdings company", product "Vestmanna Medicare Rx Advantage
(PPO)", return-address block). Decoys: Medicare number (MBI), RxBIN/RxPCN, Rx number, NDC, the pharmacy's NCPDP ID,
the prescriber's NPI, the material ID in the footer (H9999_xxx_C), the earliest refill date, the 72-hour / 24-hour
coverage-determination timetable and the 65-day redetermination limit (no appeal deadline: this is not a decision).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundz_famza import address, clinician, days, fdate, iso, m2, mixed, money, npi, person, phone, usd

FAMILY = "ma_plan_pharmacy_claim_reject_letter"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
TH, VE = "Tindholmur Health Plan", "Vestmanna Health Alliance"
PRODUCT = {TH: "Tindholmur Senior Advantage (HMO-POS)", VE: "Vestmanna Medicare Rx Advantage (PPO)"}
PHARM = ["Hvannasund Family Pharmacy", "Famjin Drug & Gift", "Selatrad Community Pharmacy #22",
         "Farmacia Oyndarfjordur"]
LABELS = [("Date of this letter", "Member name", "Member ID", "Claim reference", "Pharmacy", "Date of fill attempt",
           "Amount submitted"),
          ("Date", "Member", "Plan member number", "Transaction ID", "Dispensing pharmacy", "Fill date",
           "Submitted cost"),
          ("Letter date", "Name", "ID #", "Reject reference no.", "Pharmacy name", "Date claim sent",
           "Pharmacy price")]
LABELS_ES = ("Fecha de esta carta", "Nombre del afiliado", "Número de afiliado", "Referencia del reclamo", "Farmacia",
             "Fecha en que se intentó surtir", "Costo presentado")
DRUGS = {"pa": ("Velmocitan 50 mg tablets", "30 tablets / 30 days"),
         "pa_plain": ("Orbexiprane 10 mg capsules", "90 capsules / 90 days"),
         "toosoon": ("Calzimet ER 750 mg tablets", "60 tablets / 30 days"),
         "toosoon_plain": ("Drelnatide 0.5 mg/0.5 mL pen", "4 pens / 28 days"),
         "formulary": ("Fenquora 20 mg tablets", "30 tablets / 30 days"),
         "es": ("Lutrexamol 5 mg tabletas", "30 tabletas / 30 días"),
         "transition": ("Pravonel 200 mg tablets", "30 tablets / 30 days")}


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def facts(r: random.Random, kind: str, ins: str, lab: int, ds: str, ms: str, show_plan: bool) -> dict:
    lang = "es" if kind == "es" else "en"
    date = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 240))
    fill = days(date, -r.randint(2, 9))
    return dict(kind=kind, ins=ins, L=LABELS_ES if lang == "es" else LABELS[lab], ds=ds, ms=ms, lang=lang, date=date,
                fill=fill, early=days(fill, r.randint(6, 11)), last=days(fill, -r.randint(14, 20)),
                member=person(r, lang), addr=address(r, lang),
                mid=mixed(r, "TH99999999") if ins == TH else mixed(r, "V99999999-01"),
                mbi=mixed(r, "9AA9-AA9-AA99"), pbp=mixed(r, "H9999-999"), ref=mixed(r, "999999999999999"),
                rx=mixed(r, "9999999"), ndc=mixed(r, "99999-9999-99"), ncpdp=mixed(r, "9999999"),
                pharm=r.choice(PHARM[3:] if lang == "es" else PHARM[:3]), prescriber=clinician(r), npi=npi(r),
                ph=phone(r), amt=money(r, 120, 1900), mat=mixed(r, "H9999_AA99_C"), show_plan=show_plan)


def fd(f: dict, d: dt.date) -> str:
    return fdate(d, f["ds"])


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == TH:
        d.text_line("TINDHOLMUR", 22, "B", h=9.5)
        d.rule(0.9, 1)
        d.text_line(f"{TH} · {PRODUCT[TH]} · Pharmacy Services · PO Box 3308 · Circleville, UT 84723", 8.2, h=4.4)
    else:
        d.text_line("A Vestmanna Holdings company", 8, align="C", h=4)
        d.text_line(VE, 15, "B", align="C", h=7.5)
        d.text_line(PRODUCT[VE], 9.5, align="C", h=5)
        d.rule(0.3, 2)
        for ln in ("Part D Pharmacy Unit", "77 Kirkjubour Street", "Kemmerer, WY 83101"):
            d.text_line(ln, 8.6, h=4.2)
    d.ln(4)


def explain(f: dict) -> tuple[str, str]:
    k, drug = f["kind"], DRUGS[f["kind"]][0]
    if k == "pa":
        return "Reject code 75: Prior authorization required", (
            f"{drug} is on our drug list, but it needs prior authorization before we cover it. We had no approval "
            f"on file when {f['pharm']} sent the claim, so the claim was rejected. Your prescriber, "
            f"{f['prescriber']}, can ask us for prior authorization by phone or fax.")
    if k == "pa_plain":
        return "Why the pharmacy could not fill your prescription", (
            f"For {drug}, your doctor must first send us information showing why you need it, and we must say yes "
            "before the plan pays. We have not received that information yet. Once we say yes, the pharmacy can "
            "fill it.")
    if k == "toosoon":
        return "Reject code 79: Refill too soon", (
            f"Your last fill of {drug} was on {fd(f, f['last'])} for a 30-day supply. The claim was rejected as a "
            "refill too soon: our plan pays for a refill only after most of the last supply has been used.")
    if k == "toosoon_plain":
        return "What happened at the pharmacy", (
            f"You still had medicine left from your last fill of {drug}. Our plan does not pay for the next box "
            f"until you have used most of the last one. The pharmacy can fill it on or after {fd(f, f['early'])}. "
            "If you are traveling or your dose changed, call us and we may be able to help.")
    if k == "formulary":
        return "Reject code 70: Drug not on formulary", (
            f"{drug} is not on our plan's formulary (list of covered drugs), so it is not covered. Similar drugs on "
            "our list include atorvastatin and rosuvastatin. You or your prescriber may ask for a formulary "
            "exception.")
    if k == "es":
        return "Código de rechazo 70: El medicamento no está en el formulario", (
            f"{drug} no está en la lista de medicamentos cubiertos (formulario) de nuestro plan, por eso no está "
            "cubierto. Usted o su médico pueden pedir una excepción al formulario.")
    return "We covered a temporary supply", (
        f"{drug} is not on our drug list, but because you are new to our plan we covered a one-time transition "
        f"supply of 30 days at {f['pharm']}. The claim was paid. Before this supply runs out, talk to your "
        "prescriber about switching to a drug on our list or asking us for an exception.")


CMS_EN = [
    "Your Medicare rights",
    "You have the right to request a coverage determination from your Medicare drug plan if you disagree with "
    "information provided by the pharmacy. You also have the right to request a special type of coverage "
    "determination called an \"exception\" if you believe: you need a drug that is not on your drug plan's list of "
    "covered drugs; a coverage rule (such as prior authorization or a quantity limit) should not apply to you for "
    "medical reasons; or you need to take a non-preferred drug and you want the plan to cover the drug at the "
    "preferred drug price.",
    "What you need to do",
    "You or your prescriber can contact your Medicare drug plan to ask for a coverage determination. Be ready to "
    "tell your Medicare drug plan: 1. The name of the prescription drug that was not filled. Include the dose and "
    "strength, if known. 2. The name of the pharmacy that attempted to fill your prescription. 3. The date you "
    "attempted to fill your prescription. 4. If you ask for an exception, your prescriber will need to provide your "
    "drug plan with a statement explaining why you need the off-formulary or non-preferred drug or why a coverage "
    "rule should not apply to you.",
]
CMS_ES = [
    "Sus derechos de Medicare",
    "Usted tiene derecho a pedir una determinación de cobertura a su plan de medicamentos de Medicare si no está de "
    "acuerdo con la información que le dio la farmacia. También tiene derecho a pedir una \"excepción\" si cree que "
    "necesita un medicamento que no está en la lista de su plan o que una regla de cobertura no debe aplicarse a "
    "usted por razones médicas.",
    "Lo que debe hacer",
    "Usted o su médico pueden llamar a su plan para pedir una determinación de cobertura. Tenga a mano: 1. El nombre "
    "del medicamento que no se surtió. 2. El nombre de la farmacia. 3. La fecha en que intentó surtir la receta. "
    "4. Si pide una excepción, su médico debe enviar una declaración que explique por qué la necesita.",
]


def build(f: dict) -> bytes:
    L, es, k = f["L"], f["lang"] == "es", f["kind"]
    d = Page(f"{f['mat']}" + ("  ·  Página {p} de {n}" if es else "  ·  Page {p} of {n}"))
    d.add_page()
    letterhead(d, f)
    d.text_line(fd(f, f["date"]), 10, h=5)
    d.ln(1)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(3)
    title = ("Información importante sobre su receta" if es else
             "Important information: temporary supply of your drug" if k == "transition" else
             "Important information about a prescription the pharmacy could not fill")
    d.text_line(title, 12.5, "B", h=7)
    drug, qty = DRUGS[k]
    rows = [(L[0], fd(f, f["date"])), (L[1], f["member"]), (L[2], f["mid"]),
            ("Número de Medicare" if es else "Medicare number", f["mbi"])]
    if f["show_plan"]:
        rows.append(("Plan (contrato-plan)" if es else "Plan (contract-PBP)", f"{PRODUCT[f['ins']]}, {f['pbp']}"))
    rows += [("Medicamento" if es else "Drug", f"{drug}, {qty}"), ("NDC", f["ndc"]),
             ("Receta núm." if es else "Rx number", f["rx"]),
             ("Médico que recetó" if es else "Prescriber", f"{f['prescriber']}, MD (NPI {f['npi']})"),
             (L[4], f"{f['pharm']} (NCPDP {f['ncpdp']})"), (L[5], fd(f, f["fill"])),
             (L[6], usd(f["amt"], f["ms"])), (L[3], f["ref"]),
             ("RxBIN / RxPCN", "610" + f["ncpdp"][:3] + " / MAPD" + f["ncpdp"][3:5])]
    for a, b in rows:
        d.font(9, "B")
        d.cell(55, 4.9, a + ":")
        d.font(9)
        d.cell(0, 4.9, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    head, body = explain(f)
    d.text_line(head, 10.5, "B", h=5.8)
    d.para(body, 9.8)
    if k != "transition":
        if es:
            d.para("Si pide una determinación de cobertura, le responderemos en 72 horas (24 horas si es urgente). "
                   "Si la negamos, tendrá 65 días a partir de la fecha de esa decisión para apelar.", 9.4)
        else:
            d.para("This letter is not a coverage decision. If you ask for a coverage determination, we answer "
                   "within 72 hours (24 hours if your health requires it). If we deny it, you will have 65 days from "
                   "the date of that decision to ask for a redetermination.", 9.4)
    d.rule(0.5, 2)
    d.text_line("Cobertura de medicamentos de Medicare y sus derechos" if es else
                "Medicare Prescription Drug Coverage and Your Rights", 11, "B", h=6)
    cms = CMS_ES if es else CMS_EN
    for i, t in enumerate(cms):
        if i % 2 == 0:
            d.text_line(t, 9.5, "B", h=5)
        else:
            d.para(t, 8.8, 1.5)
    d.para(f"{PRODUCT[f['ins']]} · " + ("Servicios al Afiliado" if es else "Member Services") +
           f" {f['ph']} (TTY 711), 8 a.m. - 8 p.m., 7 days a week.", 8.4)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    alts: dict = {"member_id": [f["mbi"]], "provider": [f["prescriber"]], "insurer": [PRODUCT[f["ins"]]]}
    if f["show_plan"]:
        alts["plan_id"] = [None]
    common = dict(insurer=f["ins"], plan_id=f["pbp"] if f["show_plan"] else None, member_id=f["mid"],
                  member_name=f["member"], case_numbers=[f["ref"]], claim_amount=m2(f["amt"]),
                  service_dates=[iso(f["fill"])], denial_date=iso(f["date"]), provider=f["pharm"])
    if k == "transition":
        return truth("other", None, f["lang"], alternates=alts, type_alternates=["eob"], **common)
    den = {"pa": "prior_authorization", "pa_plain": "prior_authorization", "toosoon": "other",
           "toosoon_plain": "other", "formulary": "not_covered", "es": "not_covered"}[k]
    dalt = {"toosoon": ["not_covered"], "toosoon_plain": ["not_covered"]}.get(k)
    return truth("denial_letter", den, f["lang"], alternates=alts, denial_alternates=dalt,
                 type_alternates=["other"], **common)


# (stem suffix, condition, kind, issuer, label set, date style, money style, plan id printed)
PLAN = [
    ("bd_prior_auth_required", "born_digital", "pa", TH, 0, "long", "plain", True),
    ("bd_transition_supply_paid", "born_digital", "transition", VE, 1, "slash", "plain", True),
    ("rotated_not_on_formulary", "rotated", "formulary", TH, 2, "abbr", "plain", False),
    ("faxs_refill_too_soon", "fax_standard_g4", "toosoon", VE, 0, "upper", "nosign", False),
    ("copy_spanish_formulary", "photocopy", "es", TH, 0, "es", "es", True),
    ("lowres_prior_auth_plain", "scan_lowres_150", "pa_plain", VE, 2, "iso", "plain", True),
    ("phone_refill_too_soon_plain", "phone_photo", "toosoon_plain", TH, 1, "dmy", "plain", False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, lab, ds, ms, sp) in enumerate(PLAN):
        f = facts(random.Random(104600 + i), kind, ins, lab, ds, ms, sp)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    return items
