"""Family 'fertility_exclusion_eob': an invented insurer's EOBs and letters on fertility treatment.

Glenbervie Mutual Health Insurance Company is fictional, and so are its clinics, doctors and numbers. Its EOBs list
an IVF cycle's lines (monitoring, retrieval, culture, ICSI, transfer) with the diagnostic lines paid and the IVF lines
denied as a plan exclusion; a household statement where the husband's semen analysis is paid and the wife's embryo
storage is denied; an ICSI claim sent after the filing limit; a statement where nothing is denied. Its letters deny
a frozen embryo transfer because the fertility lifetime maximum was reached (in Spanish), an IVF claim without the
rider's prior authorization, and an IVF request that does not meet the plan's definition of infertility. Decoys:
patient account numbers, NPI, claim received dates, the fertility benefit accumulator (maximum, used, remaining),
allowed and paid amounts.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundm_famzz import address, days, digits, fdate, iso, m2, mixed, money, npi, person, phone, usd

FAMILY = "fertility_exclusion_eob"
LANG = "en"
INSURER = "Glenbervie Mutual Health Insurance Company"
SANS_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CLINICS = [("Cordwainer Reproductive Medicine", "Dr. Hesketh Braithwaite, MD"),
           ("Lindisfarne Fertility Center", "Dr. Cosima Caldbeck, MD"),
           ("Kentmere Center for Reproductive Health", "Dr. Idris Kentmere, MD")]
LAB = ("Ravenglass Andrology Laboratory", "Dr. Rhiannon Troutbeck, MD")
STORE = ("Cartmel Cryostorage, Inc.", "Dr. Hesketh Braithwaite, MD")
IMAGING = ("Muncaster Women's Imaging", "Dr. Ambrose Tebay, MD")
CLINIC_ES = ("Clínica de Fertilidad Loweswater", "Dra. Itziar Staveley")
REMARKS = {
    "X7": "Fertility treatment (in vitro fertilization and related services) is excluded under your plan. See your "
          "certificate, section 9, Exclusions.",
    "P2": "Paid at the in-network benefit after your deductible and coinsurance.",
    "T4": "The claim was received after the 180-day filing limit in the provider's network agreement. The provider may "
          "not bill you for this amount.",
    "S6": "Storage of frozen embryos, eggs or sperm is not a covered benefit.",
}


def line(dos, code, desc, billed, paid_ok: bool, remark_no: str):
    return dict(dos=dos, code=code, desc=desc, billed=billed, paid_ok=paid_ok, remark=remark_no if not paid_ok else "P2")


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot + "   Page {p} of {n}")
        self.add_font("DejaVu", "B", SANS_B)


def letterhead(d: Page, f: dict, es: bool = False) -> None:
    y0 = d.get_y()
    d.set_font("DejaVu", "B", 19)
    d.cell(120, 8, "GLENBERVIE MUTUAL", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 10.5)
    d.cell(120, 5.5, "Seguro de salud / Health Insurance Company" if es else "Health Insurance Company")
    d.set_xy(130, y0)
    d.set_font("DejaVu", "", 7.6)
    d.multi_cell(0, 3.4, ("Servicio al Cliente" if es else "Member Services") +
                 f"\n{f['ph']}\nPO Box 27750\nGarden City, KS 67846", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 18)
    d.rule(0.5, 3)


def info_box(d: Page, left: list[tuple[str, str]], right: list[tuple[str, str]]) -> None:
    y0 = d.get_y()
    for col, x in ((left, 18), (right, 112)):
        d.set_xy(x, y0)
        for k, v in col:
            d.set_x(x)
            d.set_font("DejaVu", "B", 8.4)
            d.cell(34, 4.8, k)
            d.set_font("DejaVu", "", 8.4)
            d.cell(58, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 4.8 * max(len(left), len(right)) + 3)


def claim_table(d: Page, f: dict, c: dict) -> None:
    mo, fd = f["money"], f["fdt"]
    d.set_fill_color(230, 230, 230)
    d.set_font("DejaVu", "B", 8.6)
    d.cell(0, 6, f"{f['labels']['claim']} {c['claim']}   Patient: {c['patient']}   {f['labels']['prov']}: "
                 f"{c['prov']}", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_font("DejaVu", "", 7.8)
    d.cell(0, 4.6, f"Patient account {c['acct']}   NPI {c['npi']}   Received {fd(c['received'])}",
           new_x="LMARGIN", new_y="NEXT")
    head = ["Date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Remark"]
    widths = [19, 13, 62, 19, 18, 18, 18, 13]
    d.set_font("DejaVu", "B", 7.6)
    for h, w in zip(head, widths):
        d.cell(w, 5.5, h, border="B", align="R" if h in ("Billed", "Allowed", "Plan paid", "You owe") else "L")
    d.ln(5.8)
    d.set_font("DejaVu", "", 7.6)
    tb = ta = tp = to = 0.0
    for ln in c["lines"]:
        allowed = round(ln["billed"] * 0.62, 2) if ln["paid_ok"] else 0.0
        paid = round(allowed * 0.8, 2)
        owe = round(allowed - paid, 2) if ln["paid_ok"] else (0.0 if ln["remark"] == "T4" else ln["billed"])
        tb, ta, tp, to = tb + ln["billed"], ta + allowed, tp + paid, to + owe
        for v, w, a in zip([fd(ln["dos"]), ln["code"], ln["desc"], mo(ln["billed"]), mo(allowed), mo(paid), mo(owe),
                            ln["remark"]], widths, "LLLRRRRL"):
            d.cell(w, 5, v, align=a)
        d.ln(5.2)
    d.set_font("DejaVu", "B", 7.6)
    for v, w, a in zip(["", "", "Claim total", mo(tb), mo(ta), mo(tp), mo(to), ""], widths, "LLLRRRRL"):
        d.cell(w, 5.4, v, border="T", align=a)
    d.ln(8)
    c["totals"] = (round(tb, 2), round(tp, 2), round(to, 2))


def accumulator(d: Page, f: dict) -> None:
    mo = f["money"]
    d.set_font("DejaVu", "B", 8.4)
    d.cell(0, 5.5, "Your benefits so far this plan year", new_x="LMARGIN", new_y="NEXT")
    rows = [("Deductible (individual)", mo(f["ded"]), mo(f["ded_met"])),
            ("Out-of-pocket limit", mo(f["oop"]), mo(f["oop_met"])),
            ("Fertility diagnostic benefit, lifetime", mo(f["fmax"]), mo(f["fused"]))]
    d.set_font("DejaVu", "", 8.2)
    for k, a, b in rows:
        d.cell(75, 4.6, k)
        d.cell(35, 4.6, "limit " + a)
        d.cell(35, 4.6, "used " + b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def appeal_en(f: dict, what: str = "statement") -> str:
    fd = f["fd"]
    when = {"within": f"within {f['n']} days of the date of this {what}",
            "by": f"by {fd(f['deadline'])}" if f["deadline"] else "",
            "receive": f"within {f['n']} days after you receive this {what}"}[f["dl"]]
    return (f"If you think we made a mistake, you may appeal {when}. Write to {INSURER}, Appeals, PO Box 27790, "
            f"Garden City, KS 67846, or call {f['ph']}. Tell us the claim number and why you disagree. You may ask "
            "for free copies of the plan terms and records we used. If your appeal is denied, you may ask for an "
            "external review within 4 months.")


def build_eob(f: dict) -> bytes:
    d = Page(f"GMH-EOB {f['doc_no']}")
    d.add_page()
    letterhead(d, f)
    fd, lab = f["fd"], f["labels"]
    d.text_line("Explanation of Benefits", 14, "B", h=7)
    d.text_line("THIS IS NOT A BILL", 8.5, "B", h=5)
    d.ln(2)
    left = [(lab["date"], fd(f["notice"])), (lab["mem"], f["subscriber"]), (lab["mid"], f["mid"])]
    right = [(lab["grp"], f["group"]), ("Plan", "Glenbervie Choice PPO")]
    right += [("Plan ID", f["plan_id"])] if f["plan_id"] else []
    info_box(d, left, right)
    for ln in [f["subscriber"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.6)
    d.ln(4)
    for c in f["claims"]:
        claim_table(d, f, c)
    used = sorted({ln["remark"] for c in f["claims"] for ln in c["lines"]})
    d.text_line("Remark codes", 9, "B", h=5)
    for code in used:
        d.set_font("DejaVu", "B", 8)
        d.cell(10, 4.4, code)
        d.set_font("DejaVu", "", 8)
        d.multi_cell(0, 4.4, REMARKS[code], new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    accumulator(d, f)
    if f["denied"]:
        d.text_line("Your right to appeal", 9.5, "B", h=5.5)
        d.para(appeal_en(f), 8.6, gap=2)
    else:
        d.para(f"Questions about this statement? Call {INSURER} Member Services at {f['ph']}.", 8.6, gap=2)
    return pdf_bytes(d)


def letter_reason(f: dict) -> list[str]:
    fd, mo, c = f["fd"], f["money"], f["claims"][0]
    return {
        "pa": lambda: [f"{c['prov']} sent us a claim for the in vitro fertilization cycle from {fd(f['start'])} "
                       f"through {fd(f['end'])}, billed at {mo(c['billed'])}. Your employer added a fertility rider "
                       "to your plan, so IVF can be covered. The rider requires that we approve each IVF cycle "
                       "before it starts. We have no approval on file for this cycle, and none was requested, so "
                       "the claim is denied.",
                       "Your clinic can still ask us for approval of future cycles. Because the clinic is in our "
                       "network, it may not bill you for this denied claim."],
        "defn": lambda: [f"{c['prov']} asked us to approve an in vitro fertilization cycle for you, planned to start "
                         f"on {fd(f['start'])}. Your plan covers IVF only when a member has infertility as the plan "
                         "defines it: not getting pregnant after 12 months of regular unprotected intercourse (6 "
                         "months if you are 35 or older), or a medical condition known to cause infertility.",
                         "The records we received show about 5 months of trying, you are 31, and the tests so far "
                         "(hormone levels, ultrasound and the tubal study) were normal. So the request does not meet "
                         "the plan's definition, and we cannot approve it now. Your doctor may send it again when "
                         "the criteria are met, or send records we do not have."],
    }[f["kind"]]()


def build_letter(f: dict) -> bytes:
    d = Page(f"Letter {f['doc_no']}")
    d.add_page()
    letterhead(d, f)
    fd, lab, c = f["fd"], f["labels"], f["claims"][0]
    d.text_line(fd(f["notice"]), 10, h=5)
    d.ln(3)
    for ln in [c["patient"], *f["addr"]]:
        d.text_line(ln, 10, h=4.8)
    d.ln(4)
    title = "Claim denial notice" if f["kind"] == "pa" else "Notice of adverse benefit determination"
    d.text_line(title, 12.5, "B", h=7)
    d.ln(1)
    rows = [(lab["mem"], c["patient"]), (lab["mid"], f["mid"]), (lab["grp"], f["group"])]
    if f["kind"] == "pa":
        rows += [(lab["claim"], c["claim"]), (lab["prov"], c["prov"]), ("Treating physician", c["doc"]),
                 ("Dates of service", f"{fd(f['start'])} - {fd(f['end'])}"), ("Amount billed", f["money"](c["billed"])),
                 ("Claim received", fd(c["received"]))]
    else:
        rows += [("Request no.", f["ref"]), ("Requesting physician", c["doc"]), ("Clinic", c["prov"]),
                 ("Service requested", "In vitro fertilization cycle with ICSI (58970, 89250, 89280, 58974)"),
                 ("Planned start", fd(f["start"])), ("Request received", fd(c["received"]))]
    for k, v in rows:
        d.set_font("DejaVu", "B", 9)
        d.cell(46, 4.9, k)
        d.set_font("DejaVu", "", 9)
        d.cell(0, 4.9, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Dear {c['patient'].split()[0]} {c['patient'].split()[-1]}:", 9.8, gap=2)
    for t in letter_reason(f):
        d.para(t, 9.6, gap=2)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para(appeal_en(f, "letter"), 9.2, gap=2)
    d.para("Sincerely,\n\nUtilization Management\n" + INSURER, 9.4, gap=1)
    return pdf_bytes(d)


def build_es(f: dict) -> bytes:
    d = Page(f"Carta {f['doc_no']}")
    d.add_page()
    letterhead(d, f, es=True)
    fd, mo, c = f["fd"], f["money"], f["claims"][0]
    d.text_line(fd(f["notice"]), 10, h=5)
    d.ln(3)
    for ln in [c["patient"], *f["addr"]]:
        d.text_line(ln, 10, h=4.8)
    d.ln(4)
    d.text_line("Aviso de denegación de una reclamación", 12.5, "B", h=7)
    d.ln(1)
    rows = [("Afiliada", c["patient"]), ("Número de afiliado", f["mid"]), ("Número de grupo", f["group"]),
            ("Número de reclamación", c["claim"]), ("Proveedor", c["prov"]), ("Médica", c["doc"]),
            ("Fecha del servicio", fd(c["lines"][0]["dos"])), ("Monto facturado", mo(c["billed"])),
            ("Fecha de recibo", fd(c["received"]))]
    for k, v in rows:
        d.set_font("DejaVu", "B", 9)
        d.cell(48, 4.9, k)
        d.set_font("DejaVu", "", 9)
        d.cell(0, 4.9, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Estimada {c['patient'].split()[0]} {c['patient'].split()[-1]}:", 9.8, gap=2)
    d.para(f"Recibimos la reclamación de {c['prov']} por la transferencia de embriones congelados (códigos 89352 y "
           f"58974) del {fd(c['lines'][0]['dos'])}. Su plan paga los tratamientos de fertilidad hasta un máximo de "
           f"por vida de {mo(f['fmax'])} por afiliada. Con las reclamaciones que ya pagamos, usted llegó a ese "
           f"máximo: pagamos {mo(f['fused'])} en total, y el saldo disponible es {mo(0.0)}. Por eso no podemos "
           "pagar esta reclamación.", 9.6, gap=2)
    d.para("Los servicios de diagnóstico que no forman parte del tratamiento de fertilidad (por ejemplo, análisis "
           "de laboratorio por otras causas) siguen cubiertos como de costumbre.", 9.6, gap=2)
    d.text_line("Su derecho a apelar", 10.5, "B", h=6)
    d.para(f"Si no está de acuerdo, puede apelar dentro de {f['n']} días a partir de la fecha de esta carta. Escriba "
           f"a {INSURER}, Apelaciones, PO Box 27790, Garden City, KS 67846, o llame al {f['ph']}. Incluya el número "
           "de reclamación. Puede pedir copias gratuitas de los documentos que usamos. Si negamos su apelación, "
           "puede pedir una revisión externa independiente dentro de 4 meses.", 9.2, gap=2)
    d.para("Atentamente,\n\nDepartamento de Reclamaciones\n" + INSURER, 9.4, gap=1)
    return pdf_bytes(d)


def ivf_lines(r: random.Random, start: dt.date) -> list[dict]:
    ret = days(start, 11)
    return [line(days(start, 2), "76856", "Pelvic ultrasound, monitoring", money(r, 240, 380), True, ""),
            line(days(start, 2), "82670", "Estradiol level", money(r, 70, 140), True, ""),
            line(ret, "58970", "Follicle puncture for oocyte retrieval", money(r, 3100, 4200), False, "X7"),
            line(ret, "89250", "Culture of oocytes/embryos", money(r, 2100, 3300), False, "X7"),
            line(ret, "89280", "Assisted oocyte fertilization (ICSI)", money(r, 1400, 2100), False, "X7"),
            line(days(ret, 5), "58974", "Embryo transfer, intrauterine", money(r, 1900, 2900), False, "X7")]


LABELS = {
    0: dict(date="Statement date", mem="Member", mid="Member ID", grp="Group", claim="Claim number",
            prov="Provider"),
    1: dict(date="Date issued", mem="Subscriber", mid="Identification no.", grp="Group #", claim="Claim #",
            prov="Rendering provider"),
    2: dict(date="Notice date", mem="Insured", mid="ID no.", grp="Grp no.", claim="Claim no.", prov="Billed by"),
}


def claim(r, patient, prov_doc, lines, notice) -> dict:
    prov, doc = prov_doc
    c = dict(claim=mixed(r, r.choice(["GM26A999999", "99999AA9999", "2699-999999-A"])), patient=patient, prov=prov,
             doc=doc, acct=digits(r, 8), npi=npi(r), lines=lines, received=days(notice, -r.randint(8, 20)))
    c["billed"] = round(sum(ln["billed"] for ln in lines), 2)
    return c


def facts(r: random.Random, kind: str, ds: str, ms: str, dl: str, li: int, lang: str = "en") -> dict:
    notice = dt.date(2026, 1, 14) + dt.timedelta(days=r.randint(0, 160))
    sub = person(r, lang, sex="m")
    spouse = person(r, lang, last=sub.split()[-1], sex="f")
    f = dict(kind=kind, fd=lambda x: fdate(x, ds), fdt=lambda x: x.strftime("%m/%d/%y") if ds != "es" else
             fdate(x, "slash"), money=lambda v: usd(v, ms), dl=dl, labels=LABELS[li], n=180, notice=notice,
             subscriber=sub, spouse=spouse, addr=list(address(r, lang)),
             mid=mixed(r, r.choice(["GMH999999999", "AA9999999A", "9A99999999"])),
             group=r.choice([digits(r, 6), mixed(r, "GRA999"), mixed(r, "99-AA99")]), plan_id=None, ph=phone(r),
             doc_no=digits(r, 10), ded=r.choice([1500.0, 2500.0]), oop=r.choice([6000.0, 7500.0]),
             fmax=r.choice([10000.0, 15000.0, 20000.0]), start=None, end=None, denied=True, ref=None)
    f["ded_met"], f["oop_met"] = money(r, 300, 1400), money(r, 900, 3000)
    f["fused"] = money(r, 800, 4000)
    clinic = r.choice(CLINICS)
    if kind == "excl":
        start = days(notice, -r.randint(40, 70))
        f["claims"] = [claim(r, spouse, clinic, ivf_lines(r, start), notice)]
    elif kind == "storage":
        sdate = days(notice, -r.randint(20, 40))
        paid = [line(days(sdate, -r.randint(5, 15)), "89320", "Semen analysis, volume, count, motility",
                     money(r, 180, 290), True, "")]
        stor = [line(sdate, "89342", "Storage, embryo(s), 12 months", money(r, 620, 980), False, "S6")]
        f["claims"] = [claim(r, sub, LAB, paid, notice), claim(r, spouse, STORE, stor, notice)]
    elif kind == "paid":
        d0 = days(notice, -r.randint(20, 40))
        f["claims"] = [claim(r, spouse, IMAGING, [
            line(d0, "74740", "Hysterosalpingography, imaging", money(r, 380, 620), True, ""),
            line(d0, "58340", "Catheter placement for hysterosalpingography", money(r, 240, 410), True, ""),
            line(days(d0, -r.randint(3, 8)), "82166", "Anti-Mullerian hormone (AMH)", money(r, 95, 180), True,
                 "")], notice)]
        f["denied"] = False
        f["plan_id"] = mixed(r, "GCP-99A")
    elif kind == "late":
        d0 = days(notice, -r.randint(250, 300))
        f["claims"] = [claim(r, spouse, clinic, [
            line(d0, "89280", "Assisted oocyte fertilization (ICSI)", money(r, 1500, 2200), False, "T4"),
            line(d0, "89254", "Oocyte identification from follicular fluid", money(r, 420, 690), False, "T4")],
            notice)]
        f["claims"][0]["received"] = days(d0, r.randint(195, 230))
    elif kind == "lifetime":
        d0 = days(notice, -r.randint(25, 45))
        f["claims"] = [claim(r, spouse, CLINIC_ES, [
            line(d0, "89352", "Descongelación de embriones", money(r, 700, 1100), False, ""),
            line(d0, "58974", "Transferencia de embriones", money(r, 2000, 2900), False, "")], notice)]
        f["fused"] = f["fmax"]
    elif kind == "pa":
        f["start"] = days(notice, -r.randint(45, 70))
        lines = ivf_lines(r, f["start"])
        f["end"] = lines[-1]["dos"]
        f["claims"] = [claim(r, spouse, clinic, lines, notice)]
    elif kind == "defn":
        f["start"] = days(notice, r.randint(20, 40))
        f["claims"] = [claim(r, spouse, clinic, [], notice)]
        f["ref"] = mixed(r, "UM26-999999")
    f["deadline"] = days(notice, f["n"]) if dl == "by" else None
    return f


def make_truth(f: dict) -> dict:
    k = f["kind"]
    c = [c for c in f["claims"] if any(not ln["paid_ok"] for ln in c["lines"])] or f["claims"]
    c = c[-1]
    alts: dict = {}
    denied_lines = [ln for ln in c["lines"] if not ln["paid_ok"]] or c["lines"]
    dates = sorted({iso(ln["dos"]) for ln in denied_lines})
    if {iso(ln["dos"]) for ln in c["lines"]} != set(dates):
        alts["service_dates"] = [sorted({iso(ln["dos"]) for ln in c["lines"]})]
    amount = m2(c["billed"]) if c["lines"] else None
    if k == "excl":
        alts["claim_amount"] = [m2(sum(ln["billed"] for ln in denied_lines))]
    if k == "pa":
        dates = [iso(f["start"], f["end"])]
        alts["service_dates"] = [[iso(f["start"])]]
    if k == "defn":
        dates = [iso(f["start"])]
    cases = [c["claim"]] if k != "defn" else [f["ref"]]
    provider = c["doc"]                                 # letters name the doctor; the clinic is a second reading
    alts["provider"] = [c["prov"]]
    if k == "lifetime":                                 # "Dra." is a title: the name is the provider
        provider = c["doc"].removeprefix("Dra. ")
        alts["provider"] = [c["doc"], c["prov"]]
    if f["kind"] in ("excl", "storage", "paid", "late"):    # an EOB prints only the billing provider
        provider, alts["provider"] = c["prov"], []
    deadline = None
    if f["denied"]:
        deadline = {"within": days(f["notice"], f["n"]), "by": f["deadline"], "receive": None}[f["dl"]]
        if f["dl"] == "receive":
            alts["appeal_deadline"] = [iso(days(f["notice"], f["n"]))]
    denial, dalts, dtype, talts = {
        "excl": ("not_covered", [], "eob", ["denial_letter"]),
        "storage": ("not_covered", [], "eob", ["denial_letter"]),
        "paid": (None, [], "eob", []),
        "late": ("timely_filing", [], "eob", ["denial_letter"]),
        "lifetime": ("not_covered", ["other"], "denial_letter", []),
        "pa": ("prior_authorization", [], "denial_letter", []),
        "defn": ("medical_necessity", ["not_covered"], "denial_letter", []),
    }[k]
    return truth(dtype, denial, lang="es" if k == "lifetime" else "en", insurer=INSURER, plan_id=f["plan_id"],
                 group_number=f["group"], member_id=f["mid"], member_name=c["patient"], case_numbers=cases,
                 claim_amount=amount, service_dates=dates, denial_date=iso(f["notice"]), provider=provider,
                 appeal_deadline=iso(deadline) if deadline else None, alternates=alts, denial_alternates=dalts,
                 type_alternates=talts)


def build(f: dict) -> bytes:
    if f["kind"] == "lifetime":
        return build_es(f)
    return build_letter(f) if f["kind"] in ("pa", "defn") else build_eob(f)


# (stem, condition, kind, date style, money style, deadline style, labels, lang)
PLAN = [
    ("fertility_exclusion_eob_bd_ivf", "born_digital", "excl", "long", "plain", "within", 0, "en"),
    ("fertility_exclusion_eob_bd_es_lifetime", "born_digital", "lifetime", "es", "plain", "within", 0, "es"),
    ("fertility_exclusion_eob_scan_storage", "scan_clean_300", "storage", "abbr", "nosign", "receive", 1, "en"),
    ("fertility_exclusion_eob_photo_paid", "phone_photo", "paid", "slash", "plain", "within", 2, "en"),
    ("fertility_exclusion_eob_faxs_noauth", "fax_standard_g4", "pa", "dmy", "usd", "by", 1, "en"),
    ("fertility_exclusion_eob_rot_late", "rotated", "late", "iso", "bare", "within", 2, "en"),
    ("fertility_exclusion_eob_copy_definition", "photocopy", "defn", "long", "plain", "receive", 0, "en"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ds, ms, dl, li, lang) in enumerate(PLAN):
        r = random.Random(13500 + i)
        f = facts(r, kind, ds, ms, dl, li, lang)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
