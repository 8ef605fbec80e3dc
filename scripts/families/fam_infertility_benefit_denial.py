"""Family 'infertility_benefit_denial': letters on fertility benefits (IVF, fertility preservation) with a benefits
table (benefit, lifetime maximum, used to date, remaining): the lifetime maximum of retrievals or dollars reached
(keyword, plain words, Spanish), an IVF request without the plan's infertility diagnosis (12 months of trying) and
its upheld appeal, egg freezing before chemotherapy excluded ("not covered under the plan"), and one approval.

Issuers: Kakheti Health Insurance Company (logo word "KAKHETI" over a rule, one line "Health Insurance Company ·
Fertility Benefits Unit · PO Box") and Borjomi Health Plan (parent line "Sighnaghi Mutual Holdings" above the name,
"Reproductive Health Services" address block, a signature block by a medical director). Claims (post-service, with
a charges table and total) and requests (pre-service, planned cycle start date, no amount). Decoys: the date the
request or claim was received, the clinic's NPI and fax, the benefit year, earlier cycles' dates in the benefits
table, policy number RH-nnn, the 72-hour expedited sentence, the 4-month external review.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundu_famub import address, days, digits, fdate, iso, m2, mixed, money, phone, usd, woman

FAMILY = "infertility_benefit_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
KA, BO = "Kakheti Health Insurance Company", "Borjomi Health Plan"
DOCS = [("Dr. Nodar G. Kiknadze", "Rustaveli Fertility Center"), ("Dr. Maia E. Tsiklauri", "Mestia Reproductive Medicine"),
        ("Dr. Shota P. Bregvadze", "Rustaveli Fertility Center")]
IVF = [("58970", "Oocyte retrieval", "Recuperación de óvulos"), ("89250", "Embryo culture, 4-6 days",
                                                                   "Cultivo de embriones"),
       ("89258", "Embryo cryopreservation", "Criopreservación de embriones"),
       ("58974", "Embryo transfer", "Transferencia de embriones")]
LABELS = [dict(mem="Member", mid="Member ID", grp="Group", ref="Reference number", prov="Provider",
               dos="Date(s) of service", plan="Planned cycle start", amt="Total billed"),
          dict(mem="Patient", mid="ID number", grp="Group #", ref="Case #", prov="Treating physician",
               dos="Service dates", plan="Requested start date", amt="Charges"),
          dict(mem="Name", mid="Subscriber ID", grp="Employer group", ref="Claim/Request no.",
               prov="Requesting provider", dos="Dates of treatment", plan="Date of planned retrieval",
               amt="Amount billed")]
ES = dict(mem="Afiliada", mid="Número de afiliado", grp="Grupo", ref="Número de reclamación", prov="Médico",
          dos="Fechas de servicio", plan="Fecha planeada", amt="Total facturado")


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(19, 15, 19))
        self.add_font("DejaVu", "B", BOLD)


def facts(r: random.Random, kind: str, ins: str, lab: int, ds: str, ms: str, app: str) -> dict:
    lang = "es" if kind == "es_max" else "en"
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 210))
    post = kind in ("max", "es_max", "plain_max")
    lines = []
    if post:
        d0 = days(notice, -r.randint(30, 50))
        for k, (code, en, es) in enumerate(IVF if kind != "plain_max" else IVF[:2]):
            lines.append(dict(code=code, desc=es if lang == "es" else en,
                              date=d0 if k < 3 else days(d0, 5), billed=money(r, 900, 7800)))
    doc, clinic = r.choice(DOCS)
    f = dict(kind=kind, ins=ins, L=ES if lang == "es" else LABELS[lab], ds=ds, ms=ms, app=app, lang=lang,
             notice=notice, lines=lines, total=round(sum(x["billed"] for x in lines), 2), post=post,
             member=woman(r, lang), addr=address(r, lang), doc=doc, clinic=clinic, npi=digits(r, 10),
             mid=mixed(r, "KHI99999999") if ins == KA else mixed(r, "BHP-999-9999"),
             grp=digits(r, 6) if ins == KA else mixed(r, "GR99A9"),
             ref=mixed(r, "FB-26-999999") if ins == KA else digits(r, 11),
             appeal=mixed(r, "AP-99999"), auth=mixed(r, "AUTH99999"), planned=days(notice, r.randint(14, 40)),
             recv=days(notice, -r.randint(5, 12)), ph=phone(r), fax=phone(r), by=days(notice, 180),
             prev=[dt.date(2024, 4, 9), dt.date(2024, 11, 19), dt.date(2025, 6, 3)], pol=f"RH-{r.randint(100, 399)}")
    return f


def fd(f: dict, d: dt.date) -> str:
    return fdate(d, f["ds"])


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == KA:
        d.text_line("KAKHETI", 23, "B", h=9)
        d.rule(0.7, 1)
        d.text_line("Health Insurance Company · Fertility Benefits Unit · PO Box 5120, Kenosha, WI 53140", 8.3, h=4.4)
    else:
        d.text_line("Sighnaghi Mutual Holdings", 7.8, h=4)
        d.text_line(BO, 15, "B", h=7.5)
        for ln in ["Reproductive Health Services", "PO Box 818", "Altoona, PA 16601"]:
            d.text_line(ln, 8.4, h=4.2)
        d.rule(0.3, 1)
    d.ln(4)


def benefits_table(d: Page, f: dict) -> None:
    es, ms = f["lang"] == "es", f["ms"]
    k = f["kind"]
    used_ret = 3 if k in ("max", "plain_max") else (1 if k == "approve" else 0)
    rows = [["IVF egg retrievals" if not es else "Recuperaciones de óvulos (FIV)", "3" if not es else "3",
             str(used_ret), str(3 - used_ret)],
            ["Fertility drugs and treatment (dollars)" if not es else "Medicamentos y tratamiento (dólares)",
             usd(15000, ms), usd(15000 if k == "es_max" else 6210.4, ms), usd(0 if k == "es_max" else 8789.6, ms)],
            ["Artificial insemination (IUI)" if not es else "Inseminación artificial", "6", "2", "4"],
            ["Fertility preservation (egg/sperm freezing)" if not es else "Preservación de la fertilidad",
             "Not covered" if not es else "No cubierto", "-", "-"]]
    head = (["Benefit", "Lifetime maximum", "Used to date", "Remaining"] if not es else
            ["Beneficio", "Máximo de por vida", "Usado a la fecha", "Disponible"])
    d.text_line("Your fertility benefits" if not es else "Sus beneficios de fertilidad", 10, "B", h=6)
    d.table(head, rows, [78, 34, 32, 30], size=8.2, aligns="LRRR", head_fill=True)
    if k in ("max", "plain_max"):
        d.para("Retrievals paid: " + ", ".join(fdate(x, "slash") for x in f["prev"]) + ".", 8.2)


def facts_block(d: Page, f: dict) -> None:
    L = f["L"]
    rows = [(L["mem"], f["member"]), (L["mid"], f["mid"]), (L["grp"], f["grp"]), (L["ref"], f["ref"]),
            (L["prov"], f"{f['doc']}, {f['clinic']}")]
    if f["post"]:
        dates = sorted({x["date"] for x in f["lines"]})
        rows += [(L["dos"], " - ".join(fd(f, x) for x in dates) if len(dates) > 1 else fd(f, dates[0])),
                 (L["amt"], usd(f["total"], f["ms"]))]
    else:
        rows.append((L["plan"], fd(f, f["planned"])))
    for lab, val in rows:
        d.font(9.3, "B")
        d.cell(52, 5.2, lab + ":")
        d.font(9.3)
        d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def lines_table(d: Page, f: dict) -> None:
    es, ms = f["lang"] == "es", f["ms"]
    rows = [[fdate(x["date"], "slash"), x["code"], x["desc"], usd(x["billed"], ms), usd(0, ms)] for x in f["lines"]]
    rows.append(["*Total", "", "", usd(f["total"], ms), usd(0, ms)])
    d.table(["Fecha", "Código", "Servicio", "Facturado", "Pagado"] if es else
            ["Date", "Code", "Service", "Billed", "Paid"], rows, [26, 18, 74, 28, 28], size=8.2, aligns="LLLRR")


def appeal(d: Page, f: dict) -> None:
    es = f["lang"] == "es"
    if es:
        d.text_line("Su derecho a apelar", 10, "B", h=6)
        d.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Si su salud corre peligro, pida "
               f"una apelación urgente: decidimos en 72 horas. Llame al {f['ph']}.", 9)
        return
    d.text_line("Your right to appeal", 10, "B", h=6)
    t = {"notice": "You may appeal within 180 days of the date of this letter.",
         "date": f"Your written appeal must reach us by {fd(f, f['by'])}.",
         "recv": "You have 180 days from the day you receive this letter to file an appeal."}[f["app"]]
    d.para(t + " Send it to the address above or fax it to " + f["fax"] + ". Urgent appeals are decided within 72 "
           "hours. After our final decision you may ask for an independent external review within 4 months. This "
           "review may look at decisions based on medical necessity, appropriateness, level of care, "
           "experimental treatment or a plan exclusion.", 8.8)


def build(f: dict) -> bytes:
    k, es = f["kind"], f["lang"] == "es"
    tag = "KHI-FB" if f["ins"] == KA else "BHP-RHS"
    d = Page(f"{tag}-{f['pol']}   " + ("Página {p} de {n}" if es else "Page {p} of {n}"))
    d.add_page()
    letterhead(d, f)
    d.text_line(fd(f, f["notice"]), 10, h=5.5)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.8, h=4.8)
    d.ln(4)
    facts_block(d, f)
    subj = {"max": "Claim decision: fertility benefit lifetime maximum reached",
            "plain_max": "About your claim from " + f["clinic"],
            "es_max": "Decisión sobre su reclamación de fertilidad",
            "diag": "Decision on your request for in vitro fertilization (IVF)",
            "pres": "Decision on your request for fertility preservation",
            "approve": "Your IVF cycle is approved",
            "upheld": "Appeal decision: denial upheld"}[k]
    d.text_line(subj, 11, "B", h=6.5)
    d.text_line(("Estimada " if es else "Dear ") + f["member"] + ":", 9.8, h=5.5)
    d.ln(1)
    recv = fdate(f["recv"], "abbr")
    body = {
        "max": f"We received the claim from {f['clinic']} on {recv} for an IVF cycle. We denied this claim. "
               "Reason: lifetime maximum reached. Your plan pays for up to three egg retrievals in your lifetime, "
               "and you have used all three (see the table below). This claim is not covered.",
        "plain_max": f"{f['clinic']} sent us a bill for your egg retrieval and embryo culture. We can't pay it. "
                     "Your plan pays for three egg retrievals over your whole life, and we already paid for three "
                     "of them. Because there are none left, the plan pays nothing for this one, and the clinic may "
                     "bill you for it.",
        "es_max": f"Recibimos la reclamación de {f['clinic']} el {fdate(f['recv'], 'es')}. La negamos porque se "
                  "alcanzó el máximo de por vida de su beneficio de fertilidad ($15,000). Ya usó todo el beneficio, "
                  "como muestra la tabla. El plan no paga estos servicios.",
        "diag": f"On {recv} {f['doc']} asked us to approve an IVF cycle for you. We cannot approve it. Your plan "
                "covers IVF only for members with a diagnosis of infertility: 12 months of trying to conceive "
                "(6 months if you are 35 or older), or a medical cause of infertility. The records sent show 5 "
                "months of trying and no medical cause. The diagnosis requirement is not met, so IVF is not "
                f"covered at this time (medical policy {f['pol']}).",
        "pres": f"On {recv} {f['doc']} asked us to approve egg retrieval and freezing before your chemotherapy. "
                "We are sorry to tell you that fertility preservation is not covered under your plan. Your "
                "certificate of coverage lists freezing of eggs, sperm or embryos as an exclusion, even when the "
                "cause is a medical treatment. We did not review medical necessity.",
        "approve": f"On {recv} {f['doc']} asked us to approve an IVF cycle. We approved it. Authorization number "
                   f"{f['auth']} covers one egg retrieval and one embryo transfer from {fd(f, f['planned'])} for "
                   "90 days. After this cycle you will have one retrieval left. Your usual copays apply.",
        "upheld": f"You appealed our denial of the IVF cycle {f['doc']} requested (appeal number {f['appeal']}). "
                  "A board-certified reproductive endocrinologist who was not part of the first decision reviewed "
                  "your appeal. The plan covers IVF only with a diagnosis of infertility, and the records still "
                  "show fewer than 12 months of trying to conceive. We uphold the denial. This is our final "
                  "decision.",
    }[k]
    d.para(body, 9.6)
    if f["post"]:
        lines_table(d, f)
    benefits_table(d, f)
    if k == "upheld":
        d.text_line("External review", 10, "B", h=6)
        d.para("You have exhausted the plan's internal appeals. You may ask for an independent external review "
               "within 4 months of the date of this letter. Call " + f["ph"] + ".", 8.8)
    elif k != "approve":
        appeal(d, f)
    else:
        d.para(f"Questions? Call {f['ph']}. This approval is not a guarantee of payment if your coverage ends.", 8.8)
    d.ln(2)
    if f["ins"] == BO:
        d.text_line("Sincerely,", 9.5, h=5)
        d.text_line("Davit R. Natadze, MD, Medical Director", 9.5, h=5)
        d.text_line(BO, 9.5, h=5)
    else:
        d.text_line("Fertility Benefits Unit, " + KA, 9.5, h=5)
    d.text_line(f"cc: {f['clinic']} (NPI {f['npi']}, fax {f['fax']})", 8, h=4.5)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    ok = k == "approve"
    dl = None if ok or k == "upheld" else {"notice": iso(days(f["notice"], 180)), "date": iso(f["by"]),
                                            "recv": None}[f["app"]]
    alts: dict = {"provider": [f["clinic"]]}
    if f["app"] == "recv" and not ok:
        alts["appeal_deadline"] = [iso(days(f["notice"], 180)), iso(days(f["notice"], 185))]
    cases = [f["ref"]] + ([f["appeal"]] if k == "upheld" else []) + ([f["auth"]] if ok else [])
    sd = sorted({iso(x["date"]) for x in f["lines"]}) if f["post"] else [iso(f["planned"])]
    if ok:
        alts["service_dates"] = [[iso(f["planned"], days(f["planned"], 90))], []]
    den = None if ok else "not_covered"
    dalts = ["medical_necessity"] if k in ("diag", "upheld") else ([] if ok else ["other"])
    if len(sd) > 1:
        alts.setdefault("service_dates", []).append([iso(f["lines"][0]["date"], f["lines"][-1]["date"])])
    return truth("other" if ok else "denial_letter", den, f["lang"], insurer=f["ins"], group_number=f["grp"],
                 member_id=f["mid"], member_name=f["member"], case_numbers=cases,
                 claim_amount=m2(f["total"]) if f["post"] else None, service_dates=sd, denial_date=iso(f["notice"]),
                 provider=f["doc"], appeal_deadline=dl, alternates=alts, denial_alternates=dalts)


# (stem, condition, kind, issuer, label set, date style, money style, appeal wording)
PLAN = [
    ("infertility_benefit_denial_bd_lifetime_max", "born_digital", "max", KA, 0, "long", "plain", "notice"),
    ("infertility_benefit_denial_bd_ivf_approved", "born_digital", "approve", BO, 1, "slash", "plain", "notice"),
    ("infertility_benefit_denial_scan_diagnosis_not_met", "scan_clean_300", "diag", BO, 2, "abbr", "plain", "date"),
    ("infertility_benefit_denial_lowres_preservation_excluded", "scan_lowres_150", "pres", KA, 1, "dmy", "plain",
     "recv"),
    ("infertility_benefit_denial_rot_maximo_es", "rotated", "es_max", KA, 0, "es", "plain", "notice"),
    ("infertility_benefit_denial_photo_plain_words_max", "phone_photo", "plain_max", BO, 0, "iso", "nosign",
     "notice"),
    ("infertility_benefit_denial_faxs_appeal_upheld", "fax_standard_g4", "upheld", KA, 2, "slash", "plain", "notice"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, lab, ds, ms, app) in enumerate(PLAN):
        f = facts(random.Random(99100 + i), kind, ins, lab, ds, ms, app)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
