"""Family 'insurer_mail_not_a_denial': insurer mail that decides no claim - a premium past-due notice, an ID-card
mailer, a plan-change notice, a wellness (tobacco) surcharge notice, a Form 1095-B cover letter with the form, a
network change notice, and a Spanish premium notice. All are document type other with no denial; the dates, IDs and
amounts they print (invoice numbers, due dates, grace-period ends, effective dates, RxBIN/PCN, premiums, surcharges,
the provider leaving the network) are decoys.

Layout model: the 1095-B page follows the published IRS Form 1095-B (Health Coverage) layout - Part I Responsible
Individual (lines 1-8), Part III Issuer or Other Coverage Provider (lines 10-16), Part IV Covered Individuals with
the "Covered all 12 months" and month boxes; values invented. The other papers follow common insurer practice.
Issuers (fictional): Strathpeffer Health Insurance Company (logo word over a rule), Balquhidder Health Plan (parent
line "A Glenisla Financial Group company"), Kirkcudbright Mutual Health (return-address block).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundad_famdc import (Page, address, days, fdate, iso, letterhead, mail_to, mixed, money, pairs, person,
                               phone, signature, usd)

FAMILY = "insurer_mail_not_a_denial"
LANG = "en"
ORGS = {
    "st": dict(name="Strathpeffer Health Insurance Company", logo="STRATHPEFFER", parent="",
               line2="Member Services | PO Box 4471 | Glasgow, MT 59230", mid="STH999999999", grp="G-99999",
               plan="SPH-9999-99", ein="81-9999999"),
    "ba": dict(name="Balquhidder Health Plan", logo="", parent="A Glenisla Financial Group company",
               line2="PO Box 2208 · Wibaux, MT 59353 · balquhidderhealth.example", mid="BQ99999999", grp="999999",
               plan="BQP-99A", ein="83-9999999"),
    "ki": dict(name="Kirkcudbright Mutual Health", logo="", parent="",
               line2="Enrollment and Billing | 88 Alyth Plaza, Suite 300 | Ekalaka, MT 59324",
               mid="KM9999999-01", grp="KMG99999", plan="KMH 9999", ein="84-9999999"),
}
LAB = {1: ["Member", "Member ID", "Group number", "Plan ID"],
       2: ["Subscriber", "Subscriber ID #", "Group #", "Plan"],
       3: ["Name of insured", "Identification no.", "Employer group", "Benefit plan number"],
       "es": ["Afiliado", "Número de miembro", "Grupo", "Plan"]}


def facts(r: random.Random, spec: dict) -> dict:
    lang = spec.get("lang", "en")
    o = ORGS[spec["org"]]
    f = dict(spec, lang=lang, member=person(r, lang), date=dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 300)),
             mid=mixed(r, o["mid"]), grp=mixed(r, o["grp"]) if spec.get("grp", True) else None,
             plan=mixed(r, o["plan"]) if spec.get("plan", True) else None, addr=address(r, lang), ph=phone(r),
             inv=mixed(r, "INV-99999999"), prem=money(r, 180, 960), sur=r.choice([25.0, 40.0, 50.0]),
             ein=mixed(r, o["ein"]), rxbin=mixed(r, "999999"), pcn=mixed(r, "AAA99"))
    f["due"] = days(f["date"], r.randint(8, 20))
    f["grace"] = days(f["due"], 30)
    f["eff"] = dt.date(f["date"].year + (1 if f["date"].month > 9 else 0), 1 if f["date"].month > 9 else
                       min(12, f["date"].month + 1), 1)
    return f


def _fd(f, x):
    return fdate(x, f["ds"])


def head(d: Page, f: dict) -> None:
    o = ORGS[f["org"]]
    letterhead(d, f["style"], o["name"], o["line2"], o["logo"], o["parent"])
    d.text_line(_fd(f, f["date"]), 10, h=6)
    mail_to(d, [f["member"], *f["addr"]])


def ids(d: Page, f: dict, extra=()) -> None:
    L = LAB[f["lab"]]
    pairs(d, [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["grp"]), (L[3], f["plan"]), *extra], kw=50, size=9.4)


def premium(d: Page, f: dict) -> None:
    es = f["lang"] == "es"
    if es:
        d.text_line("AVISO DE PRIMA VENCIDA", 13, "B", h=8)
        ids(d, f, [("Número de factura", f["inv"]), ("Monto vencido", usd(f["prem"], "es")),
                   ("Fecha de vencimiento", _fd(f, f["due"]))])
        d.para(f"Estimado(a) {f['member'].split()[0]}: No hemos recibido su prima mensual de {usd(f['prem'], 'es')}. "
               f"Para mantener su cobertura, pague antes del {_fd(f, f['due'])}. Su período de gracia termina el "
               f"{_fd(f, f['grace'])}. Si no recibimos el pago para esa fecha, podríamos cancelar su cobertura. "
               "Los reclamos de servicios recibidos durante el período de gracia podrían quedar pendientes.", 9.8)
        d.para(f"Si ya pagó, no tome en cuenta este aviso. Preguntas: {f['ph']} (TTY 711), lunes a viernes, "
               "de 8 a.m. a 6 p.m. Este aviso no es una decisión sobre un reclamo.", 9.8)
        signature(d, ["Atentamente,", "Departamento de Facturación", ORGS[f["org"]]["name"]])
    else:
        d.text_line("PREMIUM PAST-DUE NOTICE", 13, "B", h=8)
        ids(d, f, [("Invoice number", f["inv"]), ("Amount past due", usd(f["prem"])),
                   ("Payment due", _fd(f, f["due"]))])
        d.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}: We have not received your monthly premium of "
               f"{usd(f['prem'])} for coverage starting {_fd(f, days(f['due'], -f['due'].day + 1))}. Please pay by "
               f"{_fd(f, f['due'])}. Your grace period ends on {_fd(f, f['grace'])}; if we do not receive payment by "
               "then, your coverage may end and claims for care you get during the grace period may be pended.",
               9.8)
        d.table(["Billing period", "Premium", "Paid", "Balance"],
                [[_fd(f, days(f["due"], -f["due"].day + 1)), usd(f["prem"]), usd(0.0), usd(f["prem"])],
                 ["*Total due", "", "", usd(f["prem"])]], [60, 35, 35, 35], aligns="LRRR")
        d.para(f"Already paid? Please disregard this notice. Questions? Call {f['ph']} (TTY 711). This notice is about "
               "your premium only; it is not a decision on any claim.", 9.6)
        d.ln(4)
        d.set_draw_color(90, 90, 90)
        d.text_line("- - - - - - - - - - - - - - - - - - - detach and return with your payment - - - - - - - - - - - - - - - - - - -",
                    8, align="C", h=5)
        pairs(d, [("Invoice", f["inv"]), ("Amount due", usd(f["prem"])), ("Due date", _fd(f, f["due"])),
                  ("Amount enclosed", "$ ____________")], kw=40, size=9)


def idcard(d: Page, f: dict) -> None:
    o = ORGS[f["org"]]
    d.text_line("Your new member ID card is enclosed", 13, "B", h=8)
    d.para(f"Welcome! Your coverage with {o['name']} begins on {_fd(f, f['eff'])}. Carry your card and show it every "
           "time you get care. Your primary care provider is shown on the card; you can change your choice at any "
           f"time by calling {f['ph']}.", 9.8)
    x, y = d.l_margin + 10, d.get_y() + 3
    d.set_line_width(0.6)
    d.rect(x, y, 90, 55, round_corners=True)
    d.set_xy(x + 3, y + 3)
    d.font(10, "B")
    d.cell(84, 5, o["name"])
    rows = [("Member", f["member"]), ("ID", f["mid"]), ("Group", f["grp"]), ("Plan", f["plan"]),
            ("Effective", fdate(f["eff"], "slash")), ("PCP", f"Dr. {f['pcp']}"), ("RxBIN", f["rxbin"]),
            ("RxPCN", f["pcn"]), ("Copays", "PCP $25 / Spec $50 / ER $250")]
    yy = y + 10
    for k, v in rows:
        d.set_xy(x + 3, yy)
        d.font(8, "B")
        d.cell(18, 4.4, k)
        d.font(8.5)
        d.cell(66, 4.4, v)
        yy += 4.6
    d.set_xy(x + 95, y + 5)
    d.font(8)
    d.multi_cell(70, 4, f"Member Services {f['ph']}\nNurse line 24/7 1-855-555-3911\nSubmit claims to PO Box 2208, "
                         f"Wibaux, MT 59353\nPayer ID 55{f['rxbin'][:3]}", new_x="LMARGIN")
    d.set_y(y + 62)
    d.para("This card does not guarantee coverage. Keep your old card until your new coverage starts.", 9)
    signature(d, ["Sincerely,", "Member Enrollment", o["name"]])


def planchange(d: Page, f: dict) -> None:
    d.text_line(f"Important changes to your plan starting {_fd(f, f['eff'])}", 13, "B", h=8)
    ids(d, f)
    d.para("Each year we review your benefits. The table below shows what changes on the date above. You do not need "
           "to do anything to keep this plan. If you want to change plans, open enrollment runs from "
           f"{_fd(f, days(f['date'], 14))} through {_fd(f, days(f['date'], 45))}.", 9.8)
    d.table(["Benefit", "Now", "Starting " + fdate(f["eff"], "slash")],
            [["Annual deductible", usd(1500), usd(1750)], ["Specialist copay", usd(45), usd(50)],
             ["Out-of-pocket maximum", usd(6800), usd(7200)], ["Generic drugs (30-day)", usd(10), usd(10)],
             ["Monthly premium", usd(f["prem"]), usd(round(f["prem"] * 1.06, 2))]], [70, 40, 50], aligns="LRR")
    d.para("Prior approval will be required for outpatient sleep studies and for genetic testing starting on the date "
           f"above. Questions? Call {f['ph']}. This notice does not change any claim we have already processed.", 9.6)
    signature(d, ["Sincerely,", "Plan Administration", ORGS[f["org"]]["name"]])


def surcharge(d: Page, f: dict) -> None:
    d.text_line("Wellness program: tobacco surcharge notice", 13, "B", h=8)
    ids(d, f, [("Surcharge", f"{usd(f['sur'])} per month"), ("Starts", _fd(f, f["eff"]))])
    d.para(f"Your health questionnaire of {_fd(f, days(f['date'], -40))} shows tobacco use. Under your employer's "
           f"wellness program, a surcharge of {usd(f['sur'])} a month will be added to your premium starting "
           f"{_fd(f, f['eff'])}. You can avoid the surcharge: finish the free Quit for Good program by "
           f"{_fd(f, days(f['eff'], 90))}, or ask us for a reasonable alternative standard if a medical condition "
           "makes this hard for you. Your doctor may be involved.", 9.8)
    d.para(f"This is not a claim decision and does not change your benefits. To enroll, call {f['ph']}.", 9.8)
    signature(d, ["Sincerely,", "Wellness Program Team", ORGS[f["org"]]["name"]])


def network(d: Page, f: dict) -> None:
    d.text_line("A change in our provider network", 13, "B", h=8)
    ids(d, f)
    d.para(f"Our records show you saw {f['leaving']} in the past 12 months. Starting {_fd(f, f['eff'])}, "
           f"{f['leaving']} will no longer be in the {ORGS[f['org']]['name']} network. Care you get there after that "
           "date will be paid at the out-of-network level, unless you qualify for continuity of care (for example, "
           "if you are pregnant or in active treatment). You may ask for continuity of care for up to 90 days.", 9.8)
    d.table(["In-network choices near you", "Phone", "Accepting new patients"],
            [["Nairn Valley Family Medicine", "(406) 555-3140", "Yes"], ["Cullen Street Clinic", "(406) 555-3177",
                                                                        "Yes"],
             ["Montrose Community Health", "(406) 555-3162", "No"]], [80, 40, 40])
    d.para(f"Call us at {f['ph']} to choose a new doctor. This letter does not affect claims for care before "
           f"{_fd(f, f['eff'])}.", 9.6)
    signature(d, ["Sincerely,", "Network Management", ORGS[f["org"]]["name"]])


def f1095(d: Page, f: dict) -> None:
    o = ORGS[f["org"]]
    yr = f["date"].year - 1
    d.text_line(f"Your {yr} Form 1095-B, Health Coverage", 13, "B", h=8)
    ids(d, f)
    d.para(f"Enclosed is your Form 1095-B for tax year {yr}. It shows the months you and your family had minimum "
           f"essential coverage with {o['name']}. Keep it with your tax records; you do not need to attach it to "
           f"your return. If something on the form is wrong, call {f['ph']} by {_fd(f, days(f['date'], 60))}.", 9.8)
    signature(d, ["Sincerely,", "Tax Reporting", o["name"]])
    d.add_page()
    d.font(8)
    d.cell(40, 5, "Form 1095-B")
    d.font(13, "B")
    d.cell(110, 5, "Health Coverage", align="C")
    d.font(8)
    d.cell(0, 5, f"OMB No. 1545-2252   {yr}", align="R", new_x="LMARGIN", new_y="NEXT")
    d.rule(0.6, 1)
    d.text_line("Part I  Responsible Individual", 9.5, "B", h=6)
    first, mi, last = f["member"].split()
    d.boxes([("1 Name of responsible individual-First name, middle name, last name", f"{first} {mi[0]} {last}", 120),
             ("2 Social security number (SSN) or other TIN", "XXX-XX-" + f["inv"][-4:], 64)])
    d.boxes([("3 Date of birth (if no SSN/TIN)", "", 60),
             ("4 Street address", f["addr"][0], 124)])
    d.boxes([("5 City or town / 6 State / 7 ZIP", f["addr"][1], 120), ("8 Origin of the health coverage", "C", 64)])
    d.ln(2)
    d.text_line("Part III  Issuer or Other Coverage Provider", 9.5, "B", h=6)
    d.boxes([("10 Name", o["name"], 120), ("11 Employer identification number (EIN)", f["ein"], 64)])
    d.boxes([("12 Contact telephone number", f["ph"], 60), ("13 Street address", o["line2"].split("|")[1].strip()
                                                            if "|" in o["line2"] else "PO Box 2208", 124)])
    d.ln(2)
    d.text_line("Part IV  Covered Individuals", 9.5, "B", h=6)
    d.font(7, "B")
    for h, w in [("(a) Name of covered individual(s)", 56), ("(b) SSN or TIN", 28), ("(c) DOB", 22),
                 ("(d) All 12 mo.", 18)]:
        d.cell(w, 5, h, border=1)
    for m in "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split():
        d.cell(5, 5, m[0], border=1, align="C")
    d.ln(5)
    for name, dob in [(f"{first} {mi[0]} {last}", ""), (f["dep"], fdate(dt.date(yr - 9, 4, 17), "slash"))]:
        d.font(8)
        d.cell(56, 5.5, name, border=1)
        d.cell(28, 5.5, "XXX-XX-" + mixed(random.Random(name), "9999"), border=1)
        d.cell(22, 5.5, dob, border=1)
        d.cell(18, 5.5, "X", border=1, align="C")
        for _ in range(12):
            d.cell(5, 5.5, "", border=1)
        d.ln(5.5)
    d.ln(3)
    d.text_line("For Privacy Act and Paperwork Reduction Act Notice, see separate instructions.   Form 1095-B", 7)


KIND = {"premium": premium, "idcard": idcard, "planchange": planchange, "surcharge": surcharge, "network": network,
        "1095": f1095}


def letter(f: dict) -> bytes:
    es = f["lang"] == "es"
    d = Page(foot=ORGS[f["org"]]["name"] + ("   Página {p} de {n}" if es else "   Page {p} of {n}"))
    d.add_page()
    head(d, f)
    KIND[f["kind"]](d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    o = ORGS[f["org"]]
    unsc = ["provider"] if f["kind"] in ("idcard", "network") else None
    return truth("other", None, f["lang"], insurer=o["name"], member_id=f["mid"], group_number=f["grp"],
                 plan_id=f["plan"], member_name=f["member"], case_numbers=[], claim_amount=None, service_dates=[],
                 denial_date=iso(f["date"]), provider=None, unscored=unsc)


PLAN = [
    ("insurer_mail_not_a_denial_bd_premium_past_due", "born_digital",
     dict(org="st", style="logo", lab=1, ds="long", kind="premium")),
    ("insurer_mail_not_a_denial_bd_id_card_mailer", "born_digital",
     dict(org="ba", style="parent", lab=2, ds="slash", kind="idcard")),
    ("insurer_mail_not_a_denial_scan_plan_change_notice", "scan_clean_300",
     dict(org="ki", style="block", lab=3, ds="iso", kind="planchange")),
    ("insurer_mail_not_a_denial_lowres_tobacco_surcharge", "scan_lowres_150",
     dict(org="st", style="logo", lab=2, ds="abbr", kind="surcharge")),
    ("insurer_mail_not_a_denial_copy_form_1095b_cover", "photocopy",
     dict(org="ba", style="parent", lab=3, ds="dmy", kind="1095", plan=False)),
    ("insurer_mail_not_a_denial_phone_network_change", "phone_photo",
     dict(org="ki", style="block", lab=1, ds="upper", kind="network")),
    ("insurer_mail_not_a_denial_rotated_es_prima_vencida", "rotated",
     dict(org="st", style="logo", lab="es", ds="es", kind="premium", lang="es")),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, spec) in enumerate(PLAN):
        r = random.Random(118500 + i)
        f = facts(r, spec)
        f["pcp"] = f"{r.choice(['Innes', 'Rhona', 'Struan'])} {r.choice('BDKLMR')}. Macduff"
        f["leaving"] = "Dalwhinnie Orthopaedic Associates"
        f["dep"] = f"{r.choice(['Euan', 'Mhairi'])} {r.choice('CFHP')}. {f['member'].split()[-1]}"
        items.append(Item(stem, cond, [(letter(f), make_truth(f))]))
    return items
