"""Family 'panniculectomy_functional_vs_cosmetic_denial': plan and Medicaid letters and EOBs on removing an abdominal
panniculus after massive weight loss (CPT 15830 panniculectomy; 15847 abdominoplasty add-on), all invented.

Reasons: cosmetic because no rashes, skin ulcers or infections under the fold that resisted at least 3 months of
treatment (commercial pre-service letter; commercial EOB of the whole claim; Spanish Medicaid notice), the pannus
does not hang below the pubic symphysis (Medicaid notice), weight not stable for 6 months (commercial claim letter),
abdominoplasty excluded when billed with the panniculectomy (EOB: 15830 paid, 15847 denied), one approval after
photographs were sent. Decoys: the bariatric surgeon and the bariatric surgery date, weights and dates of weigh-ins,
the member's date of birth, NPIs, request received dates, a Medicaid ID beside the plan ID, the paid line's
amounts, the expedited appeal, the State Fair Hearing and continuation time limits.

Issuers: Quillmont Health Insurance Company (commercial; letter with a wordmark and rule, EOBs with a claim grid),
Sundara Community Care (Medicaid managed care; English and Spanish notices), Ravensholm Health Plan (commercial HMO;
letters with a grey title band). Providers (plastic surgery): Vellacourt Plastic & Reconstructive Surgery,
Brightwater Plastic Surgery Group, Okonjo-Lind Reconstructive Surgery Center.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import MONTHS_ES, Doc, pdf_bytes, truth

FAMILY = "panniculectomy_functional_vs_cosmetic_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

QM, SC, RH = "Quillmont Health Insurance Company", "Sundara Community Care", "Ravensholm Health Plan"
PRACTICES = {"VC": ("Vellacourt Plastic & Reconstructive Surgery", "315 Ambrose Quay, Suite 2, Dunmere, MO 65802"),
             "BW": ("Brightwater Plastic Surgery Group", "7702 Halyard Street, Corrabee, KS 66604"),
             "OL": ("Okonjo-Lind Reconstructive Surgery Center", "58 Tinder Row, Dunmere, MO 65804")}
SURGEONS = ["Dr. Ottilie V. Marchbanks, MD", "Dr. Kwabena S. Feldmann, MD", "Dr. Renata J. Szymanska, DO",
            "Dr. Ignatius P. Oyelowo, MD"]
BARIATRIC = ["Dr. Ravindra K. Mehta-Haas, MD", "Dr. Ines M. Carvalho, MD", "Dr. Declan O. Farrelly, DO",
             "Dr. Yevgenia T. Amadi, MD"]
FIRST = ["Marguerite", "Obinna", "Svetlana", "Leopold", "Anjali", "Cormac", "Fumiko", "Halvard", "Precious",
         "Benedikt"]
LAST = ["Thackeray", "Eze-Morgan", "Vukovic", "Ashdown", "Karmarkar", "O'Dalaigh", "Yoshimura", "Brekke",
        "Mahlangu", "Quenneville"]
FIRST_ES = ["Xochitl", "Rigoberto", "Maricela", "Anselmo", "Yesenia"]
LAST_ES = ["Quiñones", "Barrientos", "Olivares", "Zepeda", "Cienfuegos"]


def ids(r, pat):
    return "".join(r.choice("ACDEFGHJKMNPQRTUVWXY") if c == "A" else str(r.randint(0, 9)) if c == "9" else c
                   for c in pat)


def fd(d: dt.date, style: str) -> str:
    if style == "es":
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y")}[style]


def usd(v: float, style="plain") -> str:
    return f"${v:,.2f}" if style == "plain" else f"{v:,.2f}"


def add(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


class Page(Doc):
    def __init__(self):
        super().__init__("DejaVu", margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def kv(d: Page, rows, w1=50, size=9.5):
    for a, b in rows:
        d.font(size)
        d.cell(w1, 5.2, a)
        d.font(size, "B")
        d.cell(0, 5.2, b, new_x="LMARGIN", new_y="NEXT")


def facts(i: int, ins: str, prac: str, ds: str, lang: str = "en") -> dict:
    r = random.Random(200600 + i)
    es = lang == "es"
    name = f"{r.choice(FIRST_ES if es else FIRST)} {r.choice('BCDFGHJKLMNPRSTW')}. {r.choice(LAST_ES if es else LAST)}"
    letter = dt.date(2026, 1, 26) + dt.timedelta(days=r.randint(0, 190))
    f = dict(ins=ins, prac=PRACTICES[prac], ds=ds, name=name, letter=letter, surgeon=SURGEONS[i % 4],
             bariatric=BARIATRIC[(i + 2) % 4], snpi="1" + ids(r, "999999999"), pnpi="1" + ids(r, "999999999"),
             received=add(letter, -r.randint(5, 13)), bypass=add(letter, -r.randint(480, 900)),
             dob=dt.date(r.randint(1956, 1994), r.randint(1, 12), r.randint(1, 28)),
             mid={QM: ids(r, "QHI9999999-00"), SC: ids(r, "SCC9999999"), RH: ids(r, "RH999999999")}[ins],
             medicaid=ids(r, "99999999999"), grp={QM: ids(r, "99999"), SC: None, RH: ids(r, "RHG-99999")}[ins],
             ref=ids(r, {QM: "PR-99999999", SC: "SA-999999999", RH: "RHU99999999"}[ins]),
             claim=ids(r, {QM: "E26999999999", SC: "999999999999", RH: "RH-C-9999999"}[ins]),
             phone=f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}",
             fax=f"(555) {r.randint(200, 989)}-{r.randint(1000, 9999)}",
             addr=f"{r.randint(20, 9800)} {r.choice(['Corbel Street', 'Hassock Lane', 'Merriweather Road', 'Tolley Court'])}",
             city=r.choice(["Dunmere, MO 65807", "Corrabee, KS 66606", "Wexley Park, MO 64105"]),
             p_chg=r.choice([7850.0, 8420.0, 9135.5, 8990.0]), a_chg=r.choice([3275.0, 3610.0, 2980.5, 3405.0]),
             loss=r.choice([96, 112, 128, 141]), recent=r.choice([17, 22, 26]))
    f["planned"] = add(letter, r.randint(14, 35))
    f["surgery"] = add(letter, -r.randint(30, 62))
    return f


def p(f):
    return f["prac"][0]


# ---------------------------------------------------------------- letterheads
def qm_head(d: Page, f):
    d.text_line("QUILLMONT", 21, "B")
    d.text_line("Health Insurance Company", 10)
    d.set_line_width(0.8)
    d.line(d.l_margin, d.get_y() + 1, d.w - d.r_margin, d.get_y() + 1)
    d.set_line_width(0.2)
    d.ln(3)
    d.text_line(f"{QM}  ·  PO Box 40718, Corrabee, KS 66601  ·  Customer Care {f['phone']}  ·  TTY 711", 8)
    d.ln(6)


def rh_head(d: Page, f):
    d.set_fill_color(200, 200, 200)
    d.font(15, "B")
    d.cell(0, 11, "  Ravensholm Health Plan", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"HMO  ·  Utilization Management  ·  2 Greyfriars Court, Wexley Park, MO 64108  ·  {f['phone']}", 8)
    d.ln(6)


def sc_head(d: Page, f, es=False):
    d.text_line("Sundara Community Care", 17, "B", align="C")
    d.text_line("Plan de Medicaid administrado" if es else "Medicaid Managed Care Plan", 9.5, align="C")
    d.text_line(f"1180 Lantana Parkway, Dunmere, MO 65806  ·  {f['phone']}  ·  TTY 711", 8, align="C")
    d.rule(0.4, 5)


def to_member(d: Page, f):
    for ln in (f["name"], f["addr"], f["city"]):
        d.text_line(ln, 10)
    d.ln(4)


# ---------------------------------------------------------------- documents
def qm_rash_letter(d: Page, f):
    ds = f["ds"]
    d.add_page()
    qm_head(d, f)
    d.text_line(fd(f["letter"], ds), 10)
    d.ln(2)
    to_member(d, f)
    d.text_line("Coverage decision: panniculectomy request denied", 12, "B")
    d.ln(1)
    kv(d, [("Member", f["name"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Date of birth", fd(f["dob"], ds)),
           ("Request ID", f["ref"]), ("Service", "15830 Excision of excess skin and tissue, abdomen (panniculectomy)"),
           ("Requested by", f"{p(f)} - {f['surgeon']}"), ("Planned surgery", fd(f["planned"], ds)),
           ("Received", fd(f["received"], ds))], 38)
    d.ln(3)
    d.para(f"We reviewed the request to remove the fold of skin and fat that hangs over your lower abdomen "
           f"(panniculus). Your records say you lost {f['loss']} pounds after gastric bypass surgery by "
           f"{f['bariatric']} on {fd(f['bypass'], ds)}.", 10)
    d.para("Our policy (Panniculectomy and Abdominoplasty, CP-SURG-207) covers a panniculectomy only when the "
           "panniculus causes a medical problem: rashes, skin ulcers or infections under the fold that have not "
           "healed after at least 3 months of treatment (such as antifungal or barrier creams and hygiene). The "
           "notes from your surgeon describe the fold but no rash or ulcer treatment. Without that, removing the "
           "skin is considered cosmetic, and cosmetic surgery is not covered under your plan.", 10)
    d.para("If you disagree, you may appeal within 180 days of the date of this letter. Include photographs and "
           "treatment notes. Mail: Quillmont Appeals, PO Box 40719, Corrabee, KS 66601. Fax: " + f["fax"] + ".", 10)
    d.para("An urgent (expedited) appeal is decided within 72 hours when waiting could seriously harm your "
           "health.", 9.5)
    d.text_line("Medical Review, " + QM, 10)


def qm_eob_split(d: Page, f):
    ds = f["ds"]
    d.add_page()
    qm_head(d, f)
    d.text_line("Explanation of Benefits", 13, "B")
    d.text_line("This is not a bill.", 9)
    d.ln(2)
    d.boxes([("Patient", f["name"], 60), ("Member ID", f["mid"], 45), ("Group", f["grp"], 28),
             ("Statement date", fd(f["letter"], ds), 45)])
    d.boxes([("Claim #", f["claim"], 48), ("Provider", p(f), 92), ("Provider NPI", f["pnpi"], 38)])
    d.ln(4)
    allowed = round(f["p_chg"] * 0.62, 2)
    paid = round(allowed * 0.8, 2)
    you = round(allowed - paid, 2)
    total = f["p_chg"] + f["a_chg"]
    f["charge"] = total
    s = fd(f["surgery"], ds)
    d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Note"],
            [[s, "15830", "Panniculectomy", usd(f["p_chg"], "n"), usd(allowed, "n"), usd(paid, "n"), usd(you, "n"),
              "P1"],
             [s, "15847", "Abdominoplasty add-on", usd(f["a_chg"], "n"), "0.00", "0.00", usd(f["a_chg"], "n"), "X9"],
             ["*Totals", "", "", usd(total, "n"), usd(allowed, "n"), usd(paid, "n"), usd(you + f["a_chg"], "n"), ""]],
            [26, 14, 44, 20, 18, 20, 20, 12], 8.5, "LLLRRRRL")
    d.para("P1  Paid. Coinsurance 20% after deductible. The panniculectomy met the functional criteria.", 9)
    d.para("X9  Not covered. Abdominoplasty (tightening of the abdominal wall muscles, repair of diastasis, moving "
           "the navel) is a cosmetic procedure and is excluded from your plan, even when it is done at the same "
           "time as a covered panniculectomy. The provider may bill you for excluded "
           "services you agreed to in writing.", 9)
    d.para(f"Surgery by {f['surgeon']}. Deductible met this year: $1,500.00 of $1,500.00.", 8.5)
    d.text_line("How to appeal", 10, "B")
    d.para("You may ask us to review this decision within 180 days of the statement date. Call Customer Care or "
           "write to Quillmont Appeals, PO Box 40719, Corrabee, KS 66601.", 9)


def sc_notice(d: Page, f):
    ds = f["ds"]
    d.add_page()
    sc_head(d, f)
    d.text_line("Notice of Adverse Benefit Determination", 13, "B")
    d.ln(1)
    kv(d, [("Notice date:", fd(f["letter"], ds)), ("Member:", f["name"]), ("Plan ID number:", f["mid"]),
           ("Medicaid number:", f["medicaid"]), ("Authorization request:", f["ref"]),
           ("Requesting provider:", p(f)), ("Service:", "Panniculectomy (CPT 15830)"),
           ("Date of service requested:", fd(f["planned"], ds))], 52)
    d.ln(3)
    d.text_line("Sundara Community Care has denied this request.", 11, "B")
    d.para("The reason: Medicaid covers a panniculectomy only when the panniculus hangs at or below the level of "
           "the pubic symphysis (grade 2 or higher) and causes a documented medical problem. The photographs and "
           f"exam sent by {f['surgeon']} show a grade 1 panniculus that covers the hairline but does not reach "
           "below the pubis. The surgery is cosmetic under these rules and is not medically necessary.", 10)
    d.para(f"We also looked at the letter from your bariatric surgeon, {f['bariatric']}. It confirms your weight "
           "loss but does not change the criteria above.", 10)
    d.text_line("What you can do", 11, "B")
    d.para("Ask for an appeal within 60 days of the date on this notice. You can call us, write to Sundara "
           "Appeals, 1180 Lantana Parkway, Dunmere, MO 65806, or ask your provider to appeal for you. A fast appeal "
           "is decided within 72 hours. If you still disagree after the appeal, you may ask for a State Fair "
           "Hearing within 120 days of the appeal decision.", 9.5)
    d.para("Language assistance is free. Para ayuda en español llame al número de arriba.", 8)


def rh_weight_letter(d: Page, f):
    ds = f["ds"]
    deadline = add(f["letter"], 180)
    f["deadline"] = deadline
    d.add_page()
    rh_head(d, f)
    d.text_line(fd(f["letter"], ds), 10)
    d.ln(2)
    to_member(d, f)
    d.text_line("Your claim for panniculectomy was denied", 12, "B")
    d.ln(1)
    kv(d, [("Member:", f["name"]), ("ID number:", f["mid"]), ("Group:", f["grp"]), ("Claim:", f["claim"]),
           ("Surgeon:", f"{f['surgeon']}, {p(f)}"), ("Date of surgery:", fd(f["surgery"], ds)),
           ("Amount billed:", usd(f["p_chg"]))], 38)
    d.ln(3)
    d.para("We did not pay this claim. A panniculectomy after weight-loss surgery is covered when the weight has "
           "been stable for at least 6 months before the operation (no more than about 5% change). The records "
           f"from {f['bariatric']} show that you lost {f['recent']} more pounds in the 6 months before the surgery "
           "date. Because your weight was not stable, the surgery did not meet our medical policy and is "
           "considered cosmetic.", 10)
    d.para("We reviewed the operative report and the office notes sent with the claim. Because the provider is in "
           "our network, you do not have to pay this claim unless you agreed in writing to pay for a non-covered "
           "service.", 10)
    d.text_line("Appeal", 11, "B")
    d.para(f"Your appeal must be received by {fd(deadline, ds)}. Send it to Ravensholm Health Plan, Member "
           "Appeals, 2 Greyfriars Court, Wexley Park, MO 64108.", 10)
    d.text_line("Ravensholm Health Plan - Utilization Management", 10)


def rh_approval(d: Page, f):
    ds = f["ds"]
    d.add_page()
    rh_head(d, f)
    d.text_line(fd(f["letter"], ds), 10)
    d.ln(2)
    d.text_line(p(f), 10)
    d.text_line(f"Attn: {f['surgeon']}", 10)
    d.text_line(f["prac"][1], 10)
    d.ln(4)
    d.text_line("Prior authorization approved", 12.5, "B")
    d.ln(1)
    kv(d, [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Authorization #:", f["ref"]),
           ("Approved:", "15830 Panniculectomy - outpatient surgery center"),
           ("Not part of this approval:", "15847 abdominoplasty add-on (not requested)"),
           ("Surgery date:", fd(f["planned"], ds))], 50)
    d.ln(3)
    d.para("The photographs received show a panniculus that hangs below the pubic symphysis, with intertrigo and "
           "an ulcer in the fold that did not heal after more than 3 months of topical antifungal treatment. Weight "
           f"has been stable for 8 months per {f['bariatric']}'s notes. The request meets policy UM-PS-031.", 10)
    d.para("This authorization is valid for 90 days from the surgery date shown. Please bill with the "
           "authorization number. Benefits are subject to the member's eligibility and cost sharing.", 10)
    d.text_line("Ravensholm Health Plan - Utilization Management", 10)


def sc_notice_es(d: Page, f):
    ds = "es"
    d.add_page()
    sc_head(d, f, es=True)
    d.text_line("Aviso de determinación adversa de beneficios", 13, "B")
    d.ln(1)
    kv(d, [("Fecha del aviso:", fd(f["letter"], ds)), ("Afiliado(a):", f["name"]),
           ("Número de afiliado:", f["mid"]), ("Número de Medicaid:", f["medicaid"]),
           ("Número de solicitud:", f["ref"]), ("Proveedor que la pidió:", p(f)),
           ("Servicio:", "Paniculectomía (CPT 15830)"), ("Fecha pedida:", fd(f["planned"], ds))], 52)
    d.ln(3)
    d.text_line("Sundara Community Care negó esta solicitud.", 11, "B")
    d.para("El motivo: Medicaid cubre la paniculectomía solo cuando el pliegue de piel causa un problema médico, "
           "como sarpullidos, úlceras o infecciones debajo del pliegue que no mejoraron después de al menos 3 meses "
           f"de tratamiento. Las notas de {f['surgeon']} no muestran ese tratamiento. Sin esa documentación, la "
           "cirugía se considera cosmética y no es médicamente necesaria.", 10)
    d.para(f"Su cirugía bariátrica la hizo {f['bariatric']}; esa información no cambia los criterios.", 10)
    d.text_line("Lo que puede hacer", 11, "B")
    d.para("Puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Llame a Servicios al "
           "Afiliado o escriba a Sundara Appeals, 1180 Lantana Parkway, Dunmere, MO 65806. Una apelación rápida se "
           "decide en 72 horas. Si no está de acuerdo con la decisión de la apelación, puede pedir una audiencia "
           "imparcial estatal dentro de 120 días.", 9.5)
    d.para("Language help: call the number above for free help in English or other languages.", 8)


def qm_eob_denied(d: Page, f):
    ds = f["ds"]
    d.add_page()
    qm_head(d, f)
    d.text_line("Explanation of Benefits", 13, "B")
    d.text_line("This is not a bill.", 9)
    d.ln(2)
    d.boxes([("Patient", f["name"], 60), ("Member ID", f["mid"], 45), ("Group", f["grp"], 28),
             ("Statement date", fd(f["letter"], ds), 45)])
    d.boxes([("Claim #", f["claim"], 48), ("Provider", p(f), 92), ("Received", fd(f["received"], ds), 38)])
    d.ln(4)
    total = f["p_chg"] + f["a_chg"]
    f["charge"] = total
    s = fd(f["surgery"], ds)
    d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Note"],
            [[s, "15830", "Panniculectomy", usd(f["p_chg"], "n"), "0.00", "0.00", "0.00", "C4"],
             [s, "15847", "Abdominoplasty add-on", usd(f["a_chg"], "n"), "0.00", "0.00", "0.00", "C4"],
             ["*Totals", "", "", usd(total, "n"), "0.00", "0.00", "0.00", ""]],
            [26, 14, 44, 20, 18, 20, 20, 12], 8.5, "LLLRRRRL")
    d.para("C4  Denied as cosmetic. No documentation of rashes, ulcers or infections under the panniculus that "
           "continued despite at least 3 months of treatment. Policy CP-SURG-207. An in-network provider may not "
           "bill you for this amount.", 9)
    d.para(f"Referring physician: {f['bariatric']} (NPI {f['snpi']}).", 8.5)
    d.text_line("How to appeal", 10, "B")
    d.para("You may ask us to review this decision within 180 days of the statement date. Call Customer Care or "
           "write to Quillmont Appeals, PO Box 40719, Corrabee, KS 66601.", 9)


BUILD = {"rash": qm_rash_letter, "split": qm_eob_split, "pubis": sc_notice, "weight": rh_weight_letter,
         "ok": rh_approval, "es": sc_notice_es, "eob_denied": qm_eob_denied}


def build(f, mode) -> bytes:
    d = Page()
    BUILD[mode](d, f)
    return pdf_bytes(d)


def make_truth(f, mode) -> dict:
    base = dict(insurer=f["ins"], member_name=f["name"], member_id=f["mid"], group_number=f["grp"],
                provider=p(f), denial_date=f["letter"].isoformat())
    alts = {"provider": [f["surgeon"].split(",")[0]]}
    dl = lambda n: add(f["letter"], n).isoformat()  # noqa: E731
    planned = [f["planned"].isoformat()]
    surg = [f["surgery"].isoformat()]
    if mode == "rash":
        return truth("denial_letter", "medical_necessity", case_numbers=[f["ref"]], service_dates=planned,
                     appeal_deadline=dl(180), alternates=alts,
                     denial_alternates=["not_covered", "prior_authorization"], **base)
    if mode == "split":
        return truth("eob", "not_covered", case_numbers=[f["claim"]], claim_amount=f"{f['charge']:.2f}",
                     service_dates=surg, appeal_deadline=dl(180),
                     alternates={**alts, "claim_amount": [f"{f['a_chg']:.2f}"]}, **base)
    if mode == "pubis":
        return truth("denial_letter", "medical_necessity", case_numbers=[f["ref"]], service_dates=planned,
                     appeal_deadline=dl(60), alternates={**alts, "member_id": [f["medicaid"]]},
                     denial_alternates=["not_covered", "prior_authorization"], **base)
    if mode == "weight":
        return truth("denial_letter", "medical_necessity", case_numbers=[f["claim"]],
                     claim_amount=f"{f['p_chg']:.2f}", service_dates=surg,
                     appeal_deadline=f["deadline"].isoformat(), alternates=alts,
                     denial_alternates=["not_covered"], **base)
    if mode == "ok":
        return truth("other", None, case_numbers=[f["ref"]], service_dates=planned,
                     alternates={**alts, "service_dates": [[]]}, **base)
    if mode == "es":
        return truth("denial_letter", "medical_necessity", lang="es", case_numbers=[f["ref"]],
                     service_dates=planned, appeal_deadline=dl(60), alternates={**alts, "member_id": [f["medicaid"]]},
                     denial_alternates=["not_covered", "prior_authorization"], **base)
    return truth("eob", "not_covered", case_numbers=[f["claim"]], claim_amount=f"{f['charge']:.2f}",
                 service_dates=surg, appeal_deadline=dl(180), alternates=alts,
                 denial_alternates=["medical_necessity"], **base)


# (suffix, condition, insurer, practice, mode, date style, lang)
PLAN = [
    ("bd_letter_cosmetic_no_rash_treatment", "born_digital", QM, "VC", "rash", "long", "en"),
    ("bd_eob_abdominoplasty_line_excluded", "born_digital", QM, "BW", "split", "slash", "en"),
    ("scan300_medicaid_notice_pannus_not_below_pubis", "scan_clean_300", SC, "OL", "pubis", "abbr", "en"),
    ("copy_claim_letter_weight_not_stable", "photocopy", RH, "VC", "weight", "dmy", "en"),
    ("faxfine_approval_with_photos", "fax_fine_g4", RH, "BW", "ok", "iso", "en"),
    ("phone_medicaid_notice_es_cosmetico", "phone_photo", SC, "OL", "es", "es", "es"),
    ("lowres_eob_claim_denied_cosmetic", "scan_lowres_150", QM, "VC", "eob_denied", "short", "en"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, ins, prac, mode, ds, lang) in enumerate(PLAN):
        f = facts(i, ins, prac, ds, lang)
        pdf = build(f, mode)
        t = make_truth(f, mode)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, t)]))
    return items
