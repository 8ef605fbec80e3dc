"""Family 'hra_fsa_reimbursement_denial': an employer HRA/FSA administrator's decisions on a participant's claims
for reimbursement, with a substantiation table (date of service, provider or merchant, expense, amount claimed,
amount approved, status).

Issuers: Wrayburn Benefit Administrators (logo word "WRAYBURN" over a rule, "Benefit Administrators · Reimbursement
Accounts" and a PO box line) and Coalbrook Flex Services, LLC (parent line "A Saxilby Financial Group company" above
the name, return address block at the right). Each letter names the employer's plan apart from the administrator
(Quernmore Tool & Die Health Reimbursement Arrangement, Alderwasley School District Flexible Spending Account).
Kinds: an ineligible expense (keyword and plain words), a missing itemized receipt (keyword, Spanish), an expense
outside the plan year (keyword and plain words), one approved reimbursement. Decoys: the plan year, the run-out
deadline, the date the claim was received, the account balance, a recent paid claim with its own number, date and
amount, the direct-deposit date.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundt_famta import address, clinician, days, digits, fdate, iso, local_phone, m2, mixed, money, person, \
    phone, usd

FAMILY = "hra_fsa_reimbursement_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
E = "Wrayburn Benefit Administrators"
F = "Coalbrook Flex Services, LLC"
PLANS = {E: ("Quernmore Tool & Die Health Reimbursement Arrangement", "HRA"),
         F: ("Alderwasley School District Flexible Spending Account", "FSA")}
LABELS = {1: ["Participant", "Participant ID", "Employer ID", "Claim number", "Plan code"],
          2: ["Account holder", "Member ID", "Group no.", "Claim #", "Plan ID"],
          3: ["Employee", "Account ID", "Employer group", "Reference number", "Benefit plan ID"],
          "es": ["Participante", "Número de participante", "Número de grupo", "Número de reclamo", "Código del plan"]}
# (expense, provider kind) per kind; provider kind "doc" = a clinician, else a merchant name
EXPENSES = {"inelig": ("Teeth whitening (cosmetic)", "doc"), "inelig_plain": ("Fitness center membership, 3 months",
                                                                              "Ironhollow Fitness Club"),
            "receipt": ("Office visit, card slip only", "doc"), "receipt_es": ("Lentes graduados (recibo de tarjeta)",
                                                                             "Óptica Vista Clara"),
            "year": ("Prescription eyeglasses", "Brightwater Opticians"), "year_plain": ("Orthotic shoe inserts",
                                                                                       "doc"),
            "approve": ("Physical therapy copays (4 visits)", "doc")}


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def facts(r: random.Random, kind: str, ins: str, lab, ds: str, ms: str, app: str, lang: str) -> dict:
    notice = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 180))
    plan_year = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    svc = days(notice, -r.randint(20, 60))
    if kind.startswith("year"):
        svc = dt.date(2025, 12, r.randint(3, 28))
    exp, pk = EXPENSES[kind]
    doc = clinician(r)
    f = dict(kind=kind, ins=ins, lab=LABELS[lab], ds=ds, ms=ms, app=app, lang=lang, notice=notice,
             member=person(r, lang), addr=address(r, lang),
             mid=mixed(r, "WBA-9999-9999") if ins == E else mixed(r, "CF99999999"),
             grp=mixed(r, "QTD-999") if ins == E else digits(r, 6), plan=PLANS[ins][0], acct=PLANS[ins][1],
             pcode=mixed(r, "HRA-26-A99") if ins == E else None,
             claim=mixed(r, "R26-999999") if ins == E else mixed(r, "99999-AA"), svc=svc, exp=exp,
             prov=doc if pk == "doc" else pk, prov_doc=pk == "doc", amt=money(r, 45, 1900),
             recv=days(notice, -r.randint(4, 15)), py=plan_year, runout=dt.date(2026, 3, 31),
             bal=money(r, 200, 2400), ph=phone(r), fax=local_phone(r), box=digits(r, 4),
             old_claim=mixed(r, "R26-999999") if ins == E else mixed(r, "99999-AA"),
             old_date=days(notice, -r.randint(70, 110)), old_amt=money(r, 20, 300), dep=days(notice, 3))
    f["dl"] = days(notice, 180)
    f["fd"] = lambda x: fdate(x, ds)
    f["mo"] = lambda v: usd(v, ms)
    return f


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == E:
        d.text_line("WRAYBURN", 22, "B", h=10)
        d.rule(0.8, 1.5)
        d.text_line(f"Benefit Administrators  ·  Reimbursement Accounts  ·  PO Box {f['box']}, Muncie, IN 47305",
                    8.5, h=4.5)
        d.text_line(E, 8.5, h=4.5)
    else:
        d.text_line("A Saxilby Financial Group company", 8, h=4)
        y = d.get_y()
        d.text_line(F, 14, "B", h=7)
        d.text_line("Flexible Spending and Reimbursement Services", 9, h=4.5)
        d.set_xy(140, y)
        d.font(8)
        d.multi_cell(0, 3.8, f"Return to:\nPO Box {f['box']}\nBemidji, MN 56601\nFax {f['fax']}", new_x="LMARGIN",
                     new_y="NEXT")
        d.rule(0.3, 2)
    d.ln(4)


def rows(d: Page, f: dict) -> None:
    L = f["lab"]
    es = f["lang"] == "es"
    pairs = [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["grp"])]
    pairs.append(("Plan" if not es else "Plan", f["plan"]))
    if f["pcode"]:
        pairs.append((L[4], f["pcode"]))
    pairs.append((L[3], f["claim"]))
    pairs.append(("Fecha de recibo" if es else "Date received", f["fd"](f["recv"])))
    for k, v in pairs:
        d.set_font("DejaVu", "B", 9)
        d.cell(48, 5, k + ":")
        d.set_font("DejaVu", "", 9.5)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def prov_text(f: dict) -> str:
    return f"Dr. {f['prov']}" if f["prov_doc"] else f["prov"]


def subst_table(d: Page, f: dict, status: str, approved: float) -> None:
    es = f["lang"] == "es"
    head = (["Fecha de servicio", "Proveedor o comercio", "Gasto", "Reclamado", "Aprobado", "Estado"] if es else
            ["Date of service", "Provider / merchant", "Expense", "Claimed", "Approved", "Status"])
    d.table(head, [[f["fd"](f["svc"]), prov_text(f), f["exp"], f["mo"](f["amt"]), f["mo"](approved), status]],
            [24, 46, 50, 20, 20, 18], size=7.5, aligns="LLLRRL", head_fill=True)


def appeal_text(f: dict) -> str:
    if f["lang"] == "es":
        return (f"Puede apelar esta decisión por escrito dentro de 180 días a partir de la fecha de esta carta. "
                f"Envíe su apelación por fax al {f['fax']} o llame al {f['ph']}.")
    if f["app"] == "stmt":
        return ("You may appeal this decision. Your written appeal must be filed within 180 days of the date of this "
                f"notice. Fax it to {f['fax']} with any documents that support your claim.")
    return f"If you disagree, send us a written appeal. We must receive it by {f['fd'](f['dl'])}."


def recent(d: Page, f: dict) -> None:
    d.set_font("DejaVu", "", 8.5)
    d.multi_cell(0, 4.2, f"Recent activity: claim {f['old_claim']} for services on {f['fd'](f['old_date'])}, "
                 f"{f['mo'](f['old_amt'])}, was paid in full. Available balance in your {f['acct']}: "
                 f"{f['mo'](f['bal'])}.", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def build(f: dict) -> bytes:
    kind, es = f["kind"], f["lang"] == "es"
    d = Page(f"{'WBA' if f['ins'] == E else 'CFS'}-{f['acct']}-{kind[:4].upper()} rev 01/26   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(f["fd"](f["notice"]), 10)
    d.ln(3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    py = f"{f['fd'](f['py'][0])} through {f['fd'](f['py'][1])}"
    if es:
        d.text_line("Decisión sobre su reclamo de reembolso", 11.5, "B", h=6)
        rows(d, f)
        d.para(f"Estimado(a) {f['member']}:", 10)
        d.para("Revisamos su reclamo de reembolso de su cuenta de gastos flexibles (FSA). No podemos pagarlo. "
               "Motivo: documentación insuficiente. El recibo de tarjeta no muestra qué se compró ni para quién. "
               "Necesitamos un recibo detallado (itemized receipt) o una explicación de beneficios de su seguro.", 10)
        subst_table(d, f, "Negado", 0.0)
        d.para(f"Si nos envía el recibo detallado antes del {f['fd'](f['runout'])}, volveremos a revisar el reclamo. "
               f"El año del plan es del {f['fd'](f['py'][0])} al {f['fd'](f['py'][1])}.", 10)
        d.text_line("Su derecho a apelar", 10.5, "B", h=6)
        d.para(appeal_text(f), 10)
        d.para("Atentamente,\nServicios de Reembolso\n" + f["ins"], 10)
        return pdf_bytes(d)
    titles = {"inelig": "Claim denied - ineligible expense", "receipt": "Claim denied - substantiation required",
              "year": "Claim denied - expense outside the plan year", "approve": "Reimbursement approved",
              "inelig_plain": "About your reimbursement request", "year_plain": "Your request for reimbursement"}
    d.text_line(titles[kind], 11.5, "B", h=6)
    rows(d, f)
    d.para(f"Dear {f['member']}:", 10)
    if kind == "approve":
        d.para(f"We approved your claim for reimbursement from your {f['acct']}. Payment of {f['mo'](f['amt'])} will "
               f"be deposited to your bank account on or about {f['fd'](f['dep'])}.", 10)
        subst_table(d, f, "Paid", f["amt"])
        recent(d, f)
        d.para(f"Questions? Call {f['ph']}, Monday to Friday.", 10)
        d.para("Sincerely,\nReimbursement Accounts\n" + f["ins"], 10)
        return pdf_bytes(d)
    if kind == "inelig":
        d.para(f"We reviewed your claim under the {f['plan']}. The expense below is not an eligible expense under "
               "the plan and Section 213(d) of the Internal Revenue Code. Cosmetic procedures are excluded. The claim "
               "is denied.", 10)
        subst_table(d, f, "Denied", 0.0)
    elif kind == "inelig_plain":
        d.para(f"Thank you for sending us your request for {f['mo'](f['amt'])}. We are sorry, but we cannot pay you "
               "back for this purchase. Your account pays only for care that treats or prevents an illness, and a "
               "gym membership for general health is something the plan does not pay for unless a doctor prescribes "
               "it for a specific condition.", 10)
        subst_table(d, f, "Not paid", 0.0)
    elif kind == "receipt":
        d.para("Substantiation required: the receipt you sent (a credit-card slip) does not show the date of service, "
               "the type of service or the patient. The claim is denied until we receive an itemized receipt or an "
               "explanation of benefits from your insurer.", 10)
        subst_table(d, f, "Denied", 0.0)
        d.para(f"Send the itemized receipt by {f['fd'](f['runout'])} (the plan's run-out date) and we will review "
               "the claim again.", 10)
    elif kind == "year":
        d.para(f"Your {f['acct']} plan year runs {py}. Expenses must be incurred during the plan year in which you "
               "are enrolled. The expense below was incurred before the plan year began, so it is ineligible for "
               "this year's account and the claim is denied.", 10)
        subst_table(d, f, "Denied", 0.0)
    else:  # year_plain
        d.para(f"You bought these on {f['fd'](f['svc'])}. Your account for this year only started on "
               f"{f['fd'](f['py'][0])}, and money in it can only pay for things you buy on or after that day. "
               "You were not in the account before that day, so we cannot pay this request.", 10)
        subst_table(d, f, "Not paid", 0.0)
    recent(d, f)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para(appeal_text(f) + f" We will decide your appeal within 30 days after we receive it.", 10)
    d.para("Sincerely,\nClaims Review\n" + f["ins"], 10)
    return pdf_bytes(d)


DENIAL = {"inelig": "not_covered", "inelig_plain": "not_covered", "receipt": "other", "receipt_es": "other",
          "year": "eligibility", "year_plain": "eligibility", "approve": None}


def make_truth(f: dict) -> dict:
    kind = f["kind"]
    den = DENIAL[kind]
    dtype = "other" if den is None else "denial_letter"
    alts: dict = {}
    dalt: list = []
    if den == "eligibility":
        dalt = ["not_covered", "timely_filing"]
    if den == "other":
        dalt = ["not_covered"]
    dl = None
    if den:
        dl = iso(f["dl"])
    return truth(dtype, den, f["lang"], insurer=f["ins"], plan_id=f["pcode"], group_number=f["grp"],
                 member_id=f["mid"], member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["amt"]),
                 service_dates=[iso(f["svc"])], denial_date=iso(f["notice"]), provider=f["prov"],
                 appeal_deadline=dl, alternates=alts, denial_alternates=dalt,
                 type_alternates=["eob"] if den else [])


# (stem, condition, kind, insurer, label set, date style, money style, appeal wording, lang)
PLAN = [
    ("hra_fsa_reimbursement_denial_bd_ineligible_cosmetic", "born_digital", "inelig", E, 1, "long", "plain", "stmt",
     "en"),
    ("hra_fsa_reimbursement_denial_bd_approved", "born_digital", "approve", F, 2, "slash", "nosign", "stmt", "en"),
    ("hra_fsa_reimbursement_denial_scan_no_itemized_receipt", "scan_clean_300", "receipt", F, 3, "abbr", "usd", "date",
     "en"),
    ("hra_fsa_reimbursement_denial_lowres_outside_plan_year", "scan_lowres_150", "year", E, 2, "dmy", "plain", "date",
     "en"),
    ("hra_fsa_reimbursement_denial_copy_gym_plain_words", "photocopy", "inelig_plain", F, 1, "iso", "bare", "stmt",
     "en"),
    ("hra_fsa_reimbursement_denial_photo_recibo_es", "phone_photo", "receipt_es", E, "es", "es", "es", "stmt", "es"),
    ("hra_fsa_reimbursement_denial_faxs_before_plan_year_plain", "fax_standard_g4", "year_plain", E, 3, "slash",
     "space", "stmt", "en"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, lab, ds, ms, app, lang) in enumerate(PLAN):
        r = random.Random(95000 + i)
        f = facts(r, kind, ins, lab, ds, ms, app, lang)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
