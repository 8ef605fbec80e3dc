"""Family 'medicare_savings_program_application_denial': a state or county Medicaid agency's notice of decision on an
application for a Medicare Savings Program (QMB, SLMB, QI), modelled on the layout of the county social services
"Notice of Decision on your Application for Medical Assistance" that state Medicaid agencies mail (decision box at
the top, a budget table of counted income and resources against the program limits, the rule cited, the fair
hearing rights on the back with the 90-day deadline, the caseworker's name and line). Values are invented.
Scenarios: QMB denied, income over the limit (keyword); SLMB approved (nothing denied); resources over the limit in
plain words; a Spanish QMB denial for income; QI denied for want of Medicare Part A (plain words); an application
denied because the proof asked for was not returned; QI denied because the applicant already has full Medicaid.
Issuers (fictional): Kedainiai County Department of Social Services (logo "KEDAINIAI COUNTY DSS" over a rule),
Telsiai Health Benefits Agency (parent line "State Department of Human Services"), Ignalina Valley Medical
Assistance Office (return-address block).
Truth: member ID = the applicant's Medicare number (MBI) as printed; case numbers = the case number; no claim
amount, no provider; service dates [] (an application covers no service; the requested start of coverage is
accepted as an alternate); appeal deadline null (the only review is the state fair hearing, whose date is accepted
as an alternate); denial type eligibility.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundaj_famjc import (Page, address, days, fdate, iso, letterhead, mail_to, mixed, pairs, person, phone,
                               signature, staff, usd)

FAMILY = "medicare_savings_program_application_denial"
LANG = "en"
ISSUERS = {
    "ked": dict(name="Kedainiai County Department of Social Services", style="logo", logo="KEDAINIAI COUNTY DSS",
                line2="Medical Assistance Unit | 210 Siauliai Avenue, Colby, KS 67701"),
    "tel": dict(name="Telsiai Health Benefits Agency", style="parent", parent="State Department of Human Services",
                line2="Medicare Savings Program Unit | PO Box 4418, Goodland, KS 67735"),
    "ign": dict(name="Ignalina Valley Medical Assistance Office", style="block",
                line2="Eligibility Section | 77 Panevezys Street | Pratt, KS 67124"),
}
LABELS = {
    1: dict(date="Notice date", name="Applicant", mbi="Medicare number", case="Case number", app="Date of application",
            prog="Program applied for", worker="Caseworker", start="Coverage requested from"),
    2: dict(date="Date of notice", name="Name", mbi="Medicare Beneficiary Identifier (MBI)", case="Case #",
            app="Application received", prog="Benefit", worker="Your worker", start="Requested start date"),
    3: dict(date="Date mailed", name="Person applying", mbi="Medicare ID", case="Eligibility case no.",
            app="Applied on", prog="Medicare Savings Program", worker="Eligibility specialist",
            start="First month asked for"),
    "es": dict(date="Fecha del aviso", name="Solicitante", mbi="Número de Medicare", case="Número de caso",
               app="Fecha de la solicitud", prog="Programa solicitado", worker="Trabajador(a) del caso",
               start="Cobertura pedida desde"),
}
PROG = {"QMB": "Qualified Medicare Beneficiary (QMB)", "SLMB": "Specified Low-Income Medicare Beneficiary (SLMB)",
        "QI": "Qualifying Individual (QI)"}
# monthly income limit for one person, resource limit for one person (the agency's published figures; invented here)
LIM = {"QMB": 1335.0, "SLMB": 1602.0, "QI": 1799.0}
RES = 9950.0
SCEN = {
    "income": dict(prog="QMB", kind="deny", alt=None,
                   why="Your application for {prog} is denied. Your countable income of {inc} a month exceeds the "
                       "program's income limit of {lim} a month for a household of one.",
                   rule="42 U.S.C. 1396d(p); 42 CFR 435.601 (financial methodologies)"),
    "approved": dict(prog="SLMB", kind="ok", alt=None,
                     why="Your application for {prog} is approved. Your countable income of {inc} a month is under "
                         "the limit of {lim}, and your resources are under {res}. Beginning {start}, the State will "
                         "pay your monthly Medicare Part B premium. It can take two to three months for the premium "
                         "to stop being taken from your Social Security check; any premiums taken after your start "
                         "month will be paid back to you by Social Security.",
                     rule="42 U.S.C. 1396a(a)(10)(E)(iii)"),
    "resources": dict(prog="QMB", kind="deny", alt=["other"],
                      why="We cannot give you {prog}. We counted what you own: your savings account, a certificate "
                          "of deposit and the cash value of a life insurance policy add up to {cres}. A person can "
                          "have no more than {res} to get this help. Your home and one car were not counted.",
                      rule="42 CFR 435.845; 20 CFR 416.1201"),
    "es_income": dict(prog="QMB", kind="deny", alt=None,
                      why="Su solicitud de {prog} ha sido denegada. Su ingreso contable de {inc} al mes es mayor que "
                          "el límite de ingresos del programa de {lim} al mes para una persona.",
                      rule="42 U.S.C. 1396d(p); 42 CFR 435.601"),
    "no_part_a": dict(prog="QI", kind="deny", alt=["not_covered"],
                      why="To get {prog} a person must have Medicare Part B and be entitled to Medicare Part A. "
                          "Social Security told us you have Part B only and have not signed up for Part A, so you "
                          "cannot get this help now. You may sign up for Part A during the general enrollment "
                          "period, January 1 to March 31, and apply again.",
                      rule="42 U.S.C. 1396a(a)(10)(E)(iv); 42 CFR 435.4"),
    "proof": dict(prog="SLMB", kind="deny", alt=["other"],
                  why="On {asked} we asked you to send proof of your pension income and your bank statements by "
                      "{due}. We did not get them, so we could not decide whether you can get {prog}. Your "
                      "application is denied for failure to provide verification.",
                  rule="42 CFR 435.952; 42 CFR 435.913"),
    "full_mcd": dict(prog="QI", kind="deny", alt=["other"],
                     why="A person who gets full Medicaid cannot also get {prog}. You already have full Medicaid "
                         "coverage under case {other}, and that coverage already pays your Medicare Part B premium. "
                         "You do not lose any benefit because of this decision.",
                     rule="42 U.S.C. 1396a(a)(10)(E)(iv)"),
}


def notice(f: dict) -> bytes:
    s = SCEN[f["scen"]]
    es = f["lang"] == "es"
    L = LABELS["es" if es else f["lab"]]
    i = ISSUERS[f["ins"]]
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    mo = lambda v: usd(v, f["ms"])  # noqa: E731
    d = Page(foot=f"{i['name']}  ·  Form MA-{f['form']}  ·  page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, i["style"], i["name"], i["line2"], i.get("logo", ""), i.get("parent", ""))
    mail_to(d, [f["member"]] + list(f["addr"]))
    title = ("AVISO DE DECISIÓN SOBRE SU SOLICITUD DEL PROGRAMA DE AHORROS DE MEDICARE" if es else
             "NOTICE OF DECISION ON YOUR APPLICATION FOR A MEDICARE SAVINGS PROGRAM")
    d.text_line(title, 11.5, "B", h=7)
    prog = PROG[s["prog"]]
    rows = [(L["date"], fd(f["date"])), (L["name"], f["member"]), (L["mbi"], f["mbi"]), (L["case"], f["case"]),
            (L["app"], fd(f["app"])), (L["prog"], prog), (L["start"], fd(f["start"])),
            (L["worker"], f"{f['worker']}  {f['wph']}")]
    if f["boxes"]:
        d.boxes([(L["case"], f["case"], 46), (L["mbi"], f["mbi"], 56), (L["date"], fd(f["date"]), 46)], h=11)
        d.ln(3)
        rows = [r for r in rows if r[0] not in (L["case"], L["mbi"], L["date"])]
    pairs(d, rows, kw=66, size=9.1)
    fmt = dict(prog=prog, inc=mo(f["inc"]), lim=mo(LIM[s["prog"]]), res=mo(RES), cres=mo(f["cres"]),
               start=fd(f["start"]), asked=fd(f["asked"]), due=fd(days(f["asked"], 10)), other=f["other"])
    d.text_line("Lo que decidimos" if es else ("What we decided" if f["lab"] != 3 else "Decision"), 10.5, "B", h=6)
    d.para(s["why"].format(**fmt), 9.6)
    if f["table"]:
        head = (["", "Contado", "Límite"] if es else ["", "Counted", "Program limit"])
        rows = [["Ingreso mensual contable" if es else "Countable monthly income", mo(f["inc"]), mo(LIM[s["prog"]])],
                ["Recursos" if es else "Resources", mo(f["cres"]), mo(RES)],
                ["Descuento general de ingresos" if es else "General income disregard", mo(20), "-"]]
        d.table(head, rows, [80, 45, 45], size=8.8, aligns="LRR")
        d.ln(1)
    d.para(("Regla aplicada: " if es else "The rule we used: ") + s["rule"] + ".", 9.0)
    if f["decoy"]:
        d.para("Medicare Part B premiums are taken from Social Security checks on the third of each month. "
               f"Our office will be closed on {fd(f['holiday'])}. Extra Help with Part D drug costs is a "
               "separate program of Social Security.", 8.8)
    if es:
        d.text_line("SU DERECHO A UNA AUDIENCIA IMPARCIAL", 10.5, "B", h=6)
        d.para("Si cree que esta decisión es incorrecta, puede pedir una audiencia imparcial estatal. Debe pedirla "
               f"dentro de 90 días a partir de la fecha de este aviso, es decir, a más tardar el {fd(f['hear'])}. "
               f"Llame al {f['ph']} o escriba a la dirección de arriba. Puede traer a un abogado o a un amigo.",
               9.2)
    elif s["kind"] == "deny":
        d.text_line("YOUR RIGHT TO A FAIR HEARING", 10.5, "B", h=6)
        hw = (f"You must ask for a hearing by {fd(f['hear'])}." if f["hw"] == "date" else
              "You must ask for a hearing within 90 days of the date of this notice.")
        d.para("If you think our decision is wrong, you can ask for a State fair hearing (42 CFR 431.221). " + hw +
               f" To ask, call {f['ph']}, or write to the Office of Administrative Hearings at the address above. "
               "You may have a lawyer, a relative or a friend speak for you. Free legal help may be available "
               "from your local legal aid office. You may reapply at any time.", 9.2)
    else:
        d.para("If you disagree with any part of this decision, you may ask for a State fair hearing within 90 days "
               f"of the date of this notice by calling {f['ph']}. You must report changes in income or resources "
               "within 10 days. Your eligibility will be renewed each year.", 9.0)
    signature(d, [f["worker"], "Trabajador(a) de elegibilidad" if es else "Eligibility Caseworker", i["name"]],
              "Atentamente," if es else "Sincerely,")
    return pdf_bytes(d)


def facts(r: random.Random, ins, scen, lab, ds, ms, boxes, table, decoy, hw) -> dict:
    lang = "es" if lab == "es" else "en"
    s = SCEN[scen]
    date = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 230))
    app = days(date, -r.randint(20, 40))
    start = app.replace(day=1) + dt.timedelta(days=31)
    start = start.replace(day=1)
    lim = LIM[s["prog"]]
    inc = round(lim + r.randint(40, 380) + r.randint(0, 99) / 100, 2) if scen in ("income", "es_income") else \
        round(lim - r.randint(60, 300) - r.randint(0, 99) / 100, 2)
    cres = round(RES + r.randint(800, 9000) + 0.37, 2) if scen == "resources" else float(r.randint(400, 5200))
    mbi = mixed(r, "9AA9A99AA99")
    if f_dash := (lab == 2):
        mbi = f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}"
    del f_dash
    return dict(ins=ins, scen=scen, lab=lab, ds=ds, ms=ms, lang=lang, boxes=boxes, table=table, decoy=decoy, hw=hw,
                date=date, app=app, start=start, inc=inc, cres=cres, member=person(r, lang), addr=address(r, lang),
                mbi=mbi, case=mixed(r, "99A999999" if ins == "ked" else "MSP-9999999"), worker=staff(r),
                wph=phone(r), ph=phone(r), form=str(r.randint(300, 899)), asked=days(app, 5),
                other=mixed(r, "AA99999A"), hear=days(date, 90), holiday=days(date, r.randint(5, 30)))


def doc_truth(f: dict) -> dict:
    s = SCEN[f["scen"]]
    alts = {"service_dates": [[iso(f["start"])]]}
    kw = dict(insurer=ISSUERS[f["ins"]]["name"], member_id=f["mbi"], member_name=f["member"],
              case_numbers=[f["case"]], denial_date=iso(f["date"]))
    if s["kind"] == "ok":
        return truth("other", None, f["lang"], alternates=alts, **kw)
    alts["appeal_deadline"] = [iso(f["hear"])]
    return truth("denial_letter", "eligibility", f["lang"], denial_alternates=s["alt"], alternates=alts, **kw)


# (stem, condition, issuer, scenario, labels, date style, money style, boxes, budget table, decoy line, hearing wording)
PLAN = [
    ("medicare_savings_program_application_denial_bd_qmb_income_over_limit", "born_digital", "ked", "income", 1,
     "long", "plain", True, True, True, "date"),
    ("medicare_savings_program_application_denial_bd_slmb_approved", "born_digital", "tel", "approved", 2, "slash",
     "plain", False, True, False, "days"),
    ("medicare_savings_program_application_denial_scan_resources_plain_words", "scan_clean_300", "ign", "resources",
     3, "abbr", "nosign", False, True, True, "days"),
    ("medicare_savings_program_application_denial_lowres_es_qmb_ingresos", "scan_lowres_150", "tel", "es_income",
     "es", "es", "es", True, True, False, "date"),
    ("medicare_savings_program_application_denial_rot_qi_no_part_a", "rotated", "ked", "no_part_a", 2, "dmy",
     "plain", False, False, True, "date"),
    ("medicare_savings_program_application_denial_copy_proof_not_returned", "photocopy", "ign", "proof", 1, "iso",
     "plain", True, False, False, "days"),
    ("medicare_savings_program_application_denial_faxstd_qi_has_full_medicaid", "fax_standard_g4", "tel",
     "full_mcd", 3, "upper", "usd", False, False, True, "date"),
]


def documents(rng) -> list[Item]:
    items = []
    for n, (stem, cond, ins, scen, lab, ds, ms, boxes, table, decoy, hw) in enumerate(PLAN):
        r = random.Random(136500 + n)
        f = facts(r, ins, scen, lab, ds, ms, boxes, table, decoy, hw)
        items.append(Item(stem, cond, [(notice(f), doc_truth(f))]))
    return items
