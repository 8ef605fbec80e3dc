"""Family 'stairlift_home_modification_hcbs_waiver_cap_denial' (public-ish): a stair lift refused by a state
Medicaid home and community based services (HCBS, 1915(c)) waiver because environmental accessibility adaptations
are capped per waiver year and the member's cap was already used by a ramp and a bathroom modification.
Structure of the public state "Notice of Action" for waiver services (action checkboxes; what we are doing, why,
the rule we relied on; reconsideration, State fair hearing and continuation-of-benefits rights).
Documents: the born-digital Notice of Action; the stair-lift contractor's estimate (denies nothing); a Spanish
"Aviso de acción" (fair hearing only); a standard-fax stack (cover + a one-page notice of action + blank + the
support coordinator's next-steps letter, which denies nothing); a prose-only letter (phone photo); the approval in
the next waiver year (sideways); an Explanation of Medicaid Benefits with four waiver claims, only the stair lift
refused (150 dpi).
Issuer (fictional): New Calder Department of Aging and Disability Services (state Medicaid waiver agency).
Contractor: Summit Ridge Stairlift & Access, LLC. Support coordination: Brookfield Support Coordination.
Truth: not_covered (annual waiver limit; `other` accepted); provider = the contractor (the support coordination
agency accepted where it requests); claim amount = the stair lift's estimate/billed total; the State fair hearing
limit is never the appeal deadline, the agency reconsideration limit is.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcs_famcsd import (checkbox_rows, days, digits, fdate, hrule, letterhead, mail_to, mixed, phone,
                                signature, usd)
from public_kit import Page, m2, out

FAMILY = "stairlift_home_modification_hcbs_waiver_cap_denial"
LANG = "en"
SEED = 342800
DADS = "New Calder Department of Aging and Disability Services"
DADS_SUB = "Office of Home and Community Based Waivers  |  PO Box 2290, Ashford, NK 58300"
CONTR = "Summit Ridge Stairlift & Access"
COORD = "Brookfield Support Coordination"
WAIVER = "Community Living Supports Waiver"
MEMBERS = ["Eugenia F. Halvorsen", "Barnaby L. Achterberg", "Philomena D. Crowther", "Osgood H. Varnum",
           "Leontyne S. Pike", "Wilhelmina R. Foss", "Cornelius G. Thackeray"]
MEMBERS_ES = ["Altagracia M. Villanueva", "Teodoro J. Barragán", "Remedios C. Ocampo"]
STREETS = ["73 Linden Hollow Rd", "1408 Carraway St", "9 Orchard Terrace", "512 Millrace Ave, Unit 2"]
CITIES = ["Ashford, NK 58301", "Bellmere, NK 58344", "Dunlow, NK 58419"]
CAP = 10000.0


def facts(r: random.Random, lang: str = "en") -> dict:
    date = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 120))
    ramp = r.choice([6120.0, 6480.5, 6840.0, 7015.0])
    bath = round(CAP - ramp, 2)
    lift = r.choice([3285.0, 3640.0, 3975.0])
    install = r.choice([650.0, 725.0, 780.0])
    outlet = r.choice([185.0, 240.0])
    permit = r.choice([75.0, 95.0])
    items = [("Straight-rail stair lift, 14 steps, swivel seat, folding footrest", lift),
             ("Installation, rail anchoring to treads", install),
             ("Dedicated 110V outlet at top landing (licensed electrician)", outlet),
             ("Building permit and inspection fee", permit)]
    return dict(date=date, ramp=ramp, bath=bath, items=items, amt=round(lift + install + outlet + permit, 2),
                member=r.choice(MEMBERS_ES if lang == "es" else MEMBERS), addr=[r.choice(STREETS), r.choice(CITIES)],
                mid=digits(r, 10) + r.choice("ABCDK"), notice="NOA-" + mixed(r, "26-999999"),
                req=mixed(r, "SR999999"), est=mixed(r, "E-9999"), npi=r.choice("12") + digits(r, 9),
                prov_id=digits(r, 7), ph=phone(r), fax=phone(r), coord=r.choice(["Tamsin V. Okafor",
                                                                                 "Lionel B. Ashdown"]),
                recv=days(date, -r.randint(9, 20)), dob=dt.date(r.randint(1938, 1990), r.randint(1, 12),
                                                                 r.randint(1, 28)),
                install=days(date, r.randint(20, 40)))


def T(f, dtype, den, lang="en", cases=(), dead=None, amount=True, sd=(), prov=CONTR, alts=None, uns=None,
      date=None, ins=DADS, dalts=None):
    return truth(dtype, den, lang, insurer=ins, plan_id=None, group_number=None, member_id=f["mid"],
                 member_name=f["member"], case_numbers=list(cases), claim_amount=m2(f["amt"]) if amount else None,
                 service_dates=list(sd), denial_date=(date or f["date"]).isoformat(), provider=prov,
                 appeal_deadline=dead.isoformat() if dead else None, alternates=alts or {}, unscored=uns or [],
                 denial_alternates=dalts or [])


def noa(f, ds, ms, short=False) -> bytes:
    """The state Notice of Action: header block, action checkboxes, a service table, why, rules, rights."""
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left="DADS-1915c-NOA (Rev. 08/2025)")
    d.add_page()
    d.f(8.5, "B").cell(0, 4.5, "STATE OF NEW CALDER", align="C", new_x="LMARGIN", new_y="NEXT")
    letterhead(d, DADS, DADS_SUB, "center")
    d.line("NOTICE OF ACTION", 14, "B", align="C", h=8)
    d.line(f"Home and Community Based Services - {WAIVER}", 9.5, align="C", h=5)
    d.ln(3)
    y0 = d.get_y()
    mail_to(d, [f["member"]] + f["addr"], 9.5)
    yl = d.get_y()
    d.set_y(y0)
    d.pairs([("Date of notice", fd(f["date"])), ("Notice number", f["notice"]), ("Medicaid ID", f["mid"]),
             ("Service request", f["req"]), ("Request received", fd(f["recv"])),
             ("Support coordinator", f["coord"]), ("Agency", COORD)], label_w=37, size=8.6, x=100, h=4.9)
    d.set_y(max(yl, d.get_y()) + 3)
    d.line("What action are we taking?", 10.5, "B", h=6)
    checkbox_rows(d, [(True, "We DENIED the service you asked for."), (False, "We REDUCED a service you get now."),
                      (False, "We SUSPENDED or STOPPED a service you get now.")], 9.3)
    d.table(["Service", "Amount requested", "Amount approved", "Effective date"],
            [["Environmental accessibility adaptation - stair lift (S5165)", usd(f["amt"], ms), usd(0, ms),
              fd(days(f["date"], 10))]],
            [94, 28, 28, 24], size=7.8, head_h=8)
    d.pairs([("Provider", CONTR + ", LLC")], label_w=20, size=8.6, h=5)
    d.ln(2)
    d.line("Why are we taking this action?", 10.5, "B", h=6)
    d.para(f"Under the {WAIVER}, environmental accessibility adaptations are limited to {usd(CAP, ms)} per waiver "
           f"year (July 1 through June 30). This waiver year we have already paid {usd(f['ramp'], ms)} for an entry "
           f"ramp and {usd(f['bath'], ms)} for a bathroom modification, so {usd(0, ms)} of the limit is left. The "
           f"stair lift would go over the annual limit, and the waiver does not allow an exception to this limit.",
           9.2)
    if not short:
        d.para("You can ask for the stair lift again for the next waiver year. Your support coordinator can help you "
               "update your person-centered service plan.", 9.2)
    d.line("The rules we used", 10.5, "B", h=6)
    d.para("42 CFR 441.301(b) and 441.302; New Calder Administrative Code NKAC 22-H.0704; "
           f"{WAIVER} approved waiver, Appendix C-4 (limits on amount of services).", 8.8)
    d.line("Your rights", 10.5, "B", h=6)
    d.bullets([f"Reconsideration: you may ask this Office to reconsider this decision within 30 days of the date of "
               f"this notice. Call {f['ph']} or write to the address above. You do not have to ask for a "
               "reconsideration before asking for a hearing.",
               "State fair hearing: you may ask for a fair hearing with the Office of Administrative Hearings within "
               "90 days of the date of this notice. Use the enclosed form DADS-FH-2.",
               "Continuing services: if this notice reduces or stops a service you get now and you ask for a hearing "
               "within 10 days, the service can continue until the hearing decision. This does not apply to a new "
               "request."], 8.6)
    if not short:
        d.para("If you need this notice in another language or format, call Member Help at "
               f"{f['ph']} (TTY 711). Free help from Legal Aid of New Calder: {f['fax']}.", 8.4)
    return out(d)


def estimate(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(serif=True, footer=None, footer_left=f"NK Contractor Lic. 7{f['prov_id'][:5]}  |  Medicaid provider "
                                                  f"no. {f['prov_id']}  |  NPI {f['npi']}")
    d.add_page()
    letterhead(d, CONTR + ", LLC", "4471 Industrial Loop, Bellmere, NK 58344  |  Office " + f["fax"], "rule",
               "Stair lifts  -  Ramps  -  Accessible bathrooms")
    d.line(f"ESTIMATE  No. {f['est']}", 13, "B", h=8)
    d.pairs([("Date", fd(f["date"])), ("Customer", f["member"]), ("Job address", ", ".join(f["addr"])),
             ("Funding", f"New Calder Medicaid - {WAIVER}"), ("Medicaid ID", f["mid"]),
             ("Support coordinator", f"{f['coord']} ({COORD})")], label_w=40, size=9.3)
    d.ln(3)
    rows = [[str(i + 1), de, usd(v, ms)] for i, (de, v) in enumerate(f["items"])]
    rows.append(["", "TOTAL ESTIMATE", usd(f["amt"], ms)])
    d.table(["#", "Description", "Price"], rows, [10, 136, 28], size=8.8, aligns=["C", "L", "R"], bold_last=True)
    d.para("Measurements taken on site. Stair: straight run, 14 steps, 36 in. wide, left-side rail. Rail can be "
           "removed without damage to the stairs. Manufacturer warranty 5 years on motor, 1 year on parts.", 9.2)
    d.para("This estimate is valid for 60 days. Work will be scheduled after written funding approval from the "
           "waiver program. A 30-minute training is included at installation.", 9.2)
    signature(d, ["Hollis W. Greaves, Project Estimator", CONTR + ", LLC"], "")
    return out(d)


def aviso_es(f, ms) -> bytes:
    fd = lambda x: fdate(x, "es")  # noqa: E731
    d = Page(footer="Página {n} de {nb}", footer_left="DADS-1915c-NOA-S (Rev. 08/2025)")
    d.add_page()
    d.f(8.5, "B").cell(0, 4.5, "ESTADO DE NEW CALDER", align="C", new_x="LMARGIN", new_y="NEXT")
    letterhead(d, DADS, "Oficina de Exenciones de Servicios en el Hogar y la Comunidad  |  PO Box 2290, Ashford",
               "center")
    d.line("AVISO DE ACCIÓN", 14, "B", align="C", h=8)
    d.ln(2)
    mail_to(d, [f["member"]] + f["addr"], 9.5)
    d.boxed_pairs([("Fecha del aviso", fd(f["date"])), ("Número de aviso", f["notice"]),
                   ("N.º de Medicaid", f["mid"]), ("Programa", WAIVER),
                   ("Servicio solicitado", "Adaptación del hogar: silla salvaescaleras (S5165)"),
                   ("Proveedor", CONTR + ", LLC"), ("Costo estimado", usd(f["amt"], ms)),
                   ("Decisión", "DENEGADO")], label_w=48, size=9)
    d.para(f"Estimado(a) {f['member']}:", 10)
    d.para(f"Negamos su solicitud de una silla salvaescaleras. En el programa {WAIVER}, las adaptaciones del hogar "
           f"tienen un límite de {usd(CAP, ms)} por año de la exención (del 1 de julio al 30 de junio). Este año ya "
           f"pagamos una rampa de entrada ({usd(f['ramp'], ms)}) y una adaptación del baño ({usd(f['bath'], ms)}). "
           "No queda saldo en el límite anual y el programa no permite excepciones.", 9.6)
    d.para("Regla: 42 CFR 441.301(b); Código Administrativo de New Calder NKAC 22-H.0704.", 9)
    d.para("Sus derechos: si no está de acuerdo, puede pedir una audiencia imparcial estatal dentro de 90 días a "
           "partir de la fecha de este aviso. Si la acción reduce o suspende un servicio que ya recibe y pide la "
           "audiencia dentro de 10 días, el servicio puede continuar. Llame a su coordinador(a) de apoyo o al "
           f"{f['ph']} (TTY 711) si necesita ayuda.", 9.5)
    signature(d, ["Oficina de Exenciones HCBS", DADS], "Atentamente,")
    return out(d)


def coord_letter(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer=None, footer_left=f"{COORD}  |  Main line {f['fax']}")
    d.add_page()
    letterhead(d, COORD, "610 Depot Street, Suite 12, Dunlow, NK 58419", "right", "Person-centered planning since 2004")
    d.line(fd(f["cl"]), 10, h=7)
    mail_to(d, [f["member"]] + f["addr"], 9.8)
    d.para(f"Dear {f['member']},", 10)
    d.para(f"You should have received the State's Notice of Action dated {fd(f['date'])} (notice {f['notice']}) "
           f"about the stair lift from {CONTR}. I know this is disappointing. Here is what we can do next.", 10)
    d.bullets([f"The new waiver year starts on {fd(dt.date(2026, 7, 1))}. I will add the stair lift to your "
               "service plan for the new year and send the request again in June.",
               f"The contractor's estimate of {usd(f['amt'], ms)} is valid for 60 days, so we will ask for an "
               "updated estimate in June.",
               "If you want to ask for a reconsideration or a fair hearing, I can help you fill out the forms."], 9.8)
    d.para(f"Your next service plan meeting is on {fd(days(f['cl'], 21))} at 10:00 a.m. at your home. Please call me "
           f"at {f['fax']} with any questions. Your Medicaid ID for your records is {f['mid']}.", 10)
    signature(d, [f"{f['coord']}", "Support Coordinator", COORD], "Warm regards,")
    return out(d)


def prose_letter(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer=None, footer_left="DADS-WVR-L3")
    d.add_page()
    letterhead(d, DADS, DADS_SUB, "rule")
    d.line(fd(f["date"]), 10, h=7)
    mail_to(d, [f["member"]] + f["addr"], 10)
    d.para(f"Dear {f['member']}:", 10)
    d.para(f"Your support coordinator asked us on your behalf for a stair lift for your home, to be installed by "
           f"{CONTR} on {fd(f['install'])}. The contractor's price for the lift and its installation is "
           f"{usd(f['amt'], ms)}. We have given your request the number {f['req']}. We are sorry, but we cannot "
           f"approve it.", 10)
    d.para(f"The {WAIVER} pays for changes to a member's home up to {usd(CAP, ms)} in each waiver year, which runs "
           f"from July 1 to June 30. Earlier this waiver year the waiver paid for a ramp and for changes to your "
           f"bathroom, and together they used the whole amount. Because the limit has been reached, the waiver "
           f"cannot pay for the stair lift this year. This limit is part of the waiver that the federal government "
           f"approved and we are not able to make an exception.", 10)
    d.para(f"Your Medicaid ID is {f['mid']}. Please have it ready when you call us at {f['ph']}.", 10)
    d.para("If you disagree, you may ask us to look at this decision again (a reconsideration) within 30 days of "
           "the date of this letter. You may also ask for a State fair hearing within 90 days of the date of this "
           "letter; you do not need to ask for a reconsideration first. Your support coordinator can help you with "
           "both, and you can ask for the stair lift again once the new waiver year begins on July 1.", 10)
    signature(d, ["Waiver Services Review Unit", DADS])
    return out(d)


def approval(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left="DADS-1915c-NOA-A (Rev. 08/2025)")
    d.add_page()
    d.f(8.5, "B").cell(0, 4.5, "STATE OF NEW CALDER", new_x="LMARGIN", new_y="NEXT")
    letterhead(d, DADS, DADS_SUB, "rule")
    d.line("NOTICE OF APPROVAL - WAIVER SERVICE AUTHORIZATION", 12, "B", h=7)
    mail_to(d, [f["member"]] + f["addr"], 9.5)
    d.table(["Notice date", "Medicaid ID", "Authorization no.", "Service request", "Waiver year"],
            [[fd(f["date"]), f["mid"], f["auth"], f["req"], "07/01/2026 - 06/30/2027"]], [30, 32, 34, 30, 48],
            size=8.3)
    d.para(f"Good news: we APPROVED your request for an environmental accessibility adaptation (stair lift, S5165) "
           f"for {usd(f['amt'], ms)}, to be installed by {CONTR}. The new waiver year began on July 1 and your "
           f"annual limit of {usd(CAP, ms)} was reset, so the stair lift is within the limit.", 9.6)
    d.pairs([("Provider", CONTR + ", LLC"), ("Scheduled installation", fd(f["install"])),
             ("Amount authorized", usd(f["amt"], ms)), ("Limit left this waiver year", usd(CAP - f["amt"], ms))],
            label_w=52, size=9.3)
    d.ln(2)
    d.para("The contractor must finish the work and send the claim within 90 days of the installation date. Call "
           f"your support coordinator or {f['ph']} if the date changes.", 9.3)
    signature(d, ["Waiver Services Review Unit", DADS])
    return out(d)


def eomb(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left="DADS-EOMB-1 (Rev. 03/2025)  This is not a bill.")
    d.add_page()
    letterhead(d, DADS, "Medicaid Recipient Services  |  PO Box 2295, Ashford, NK 58300  |  " + f["ph"], "box")
    d.line("EXPLANATION OF MEDICAID BENEFITS", 12.5, "B", h=7)
    y0 = d.get_y()
    mail_to(d, [f["member"]] + f["addr"], 9.3)
    yl = d.get_y()
    d.set_y(y0)
    d.pairs([("Date", fd(f["date"])), ("Recipient ID", f["mid"]), ("Program", "HCBS - CLS Waiver"),
             ("Period", f"{fd(days(f['date'], -62))} to {fd(days(f['date'], -3))}")], label_w=26, size=8.6, x=110,
            h=5)
    d.set_y(max(yl, d.get_y()) + 2)
    d.para("This notice lists services that Medicaid paid or denied for you. Please check that you received them.",
           8.8)
    pc = round(f["pc_units"] * 6.12, 2)
    ad = round(f["ad_days"] * 71.5, 2)
    meals = round(f["meals"] * 8.4, 2)
    rows = [[f["icn1"], "Hearthside Home Care", f"{fd(f['pc_from'])} to {fd(f['pc_to'])}", f"T1019 x {f['pc_units']}",
             usd(pc, ms), usd(pc, ms), "Paid", ""],
            [f["icn2"], "Maple Court Adult Day", f"{fd(f['pc_from'])} to {fd(f['pc_to'])}", f"S5100 x {f['ad_days']}",
             usd(ad, ms), usd(ad, ms), "Paid", ""],
            [f["icn3"], "Meals on Route", f"{fd(f['pc_from'])} to {fd(f['pc_to'])}", f"S5170 x {f['meals']}",
             usd(meals, ms), usd(meals, ms), "Paid", ""],
            [f["clm"], CONTR, fd(f["install"]), "S5165 x 1", usd(f["amt"], ms), usd(0, ms), "Denied", "4471"]]
    d.table(["Claim (ICN)", "Provider", "Date(s) of service", "Service", "Billed", "Medicaid paid", "Status",
             "Code"], rows, [24, 41, 39, 18, 15, 15, 12, 10], size=6.5, head_h=8, row_h=5.4,
            aligns=["L", "L", "L", "L", "R", "R", "L", "L"])
    d.line("Explanation of codes", 9.5, "B", h=6)
    d.para(f"4471  Denied. Environmental accessibility adaptations are limited to {usd(CAP, ms)} per waiver year "
           "(July 1 - June 30). The limit for this waiver year has been reached. The provider may not bill you for "
           "this service.", 8.4)
    hrule(d)
    d.para("Your rights: if you disagree with a decision on this notice you may ask the Office of Home and Community "
           "Based Waivers for a reconsideration within 30 days of the date of this notice, or ask for a State fair "
           "hearing within 90 days. To report a service you did not receive, call the Medicaid fraud line "
           f"{f['fax']}.", 8.4)
    return out(d)


def documents(rng) -> list[Item]:
    items, P = [], FAMILY + "_"
    f = facts(random.Random(SEED + 1))
    items.append(Item(P + "bd_notice_of_action", "born_digital",
                      [(noa(f, "slash", "plain"),
                        T(f, "denial_letter", "not_covered", cases=[f["notice"], f["req"]], dead=days(f["date"], 30),
                          dalts=["other"], alts={"provider": [COORD]}))]))
    f = facts(random.Random(SEED + 2))
    items.append(Item(P + "scan_contractor_estimate", "scan_clean_300",
                      [(estimate(f, "long", "plain"),
                        T(f, "other", None, ins=None, uns=["insurer"], alts={"claim_amount": [None]}))]))
    f = facts(random.Random(SEED + 3), "es")
    items.append(Item(P + "copy_aviso_de_accion_es", "photocopy",
                      [(aviso_es(f, "plain"),
                        T(f, "denial_letter", "not_covered", "es", cases=[f["notice"]], dalts=["other"]))]))
    r = random.Random(SEED + 4)
    f = facts(r)
    f["cl"] = days(f["date"], r.randint(4, 9))
    t1 = T(f, "denial_letter", "not_covered", cases=[f["notice"], f["req"]], dead=days(f["date"], 30),
           dalts=["other"], alts={"provider": [COORD]})
    t2 = T(f, "other", None, cases=[f["notice"]], ins=None, uns=["insurer"], date=f["cl"],
           alts={"provider": [COORD, f["coord"]]})
    items.append(Item(P + "faxstd_stack_notice_and_coordinator_letter", "fax_standard_g4",
                      [(noa(f, "dmy", "flat", short=True), t1), (coord_letter(f, "long", "plain"), t2)],
                      separators=["cover", "blank"]))
    f = facts(random.Random(SEED + 5))
    items.append(Item(P + "photo_prose_letter", "phone_photo",
                      [(prose_letter(f, "long", "plain"),
                        T(f, "denial_letter", "not_covered", cases=[f["req"]], sd=[f["install"].isoformat()],
                          dead=days(f["date"], 30), dalts=["other"]))]))
    r = random.Random(SEED + 6)
    f = facts(r)
    f.update(date=dt.date(2026, 7, 1) + dt.timedelta(days=r.randint(2, 20)), auth="PA" + mixed(r, "26-999999"))
    f["install"] = days(f["date"], r.randint(14, 30))
    items.append(Item(P + "rot_approval_new_waiver_year", "rotated",
                      [(approval(f, "iso", "plain"),
                        T(f, "other", None, cases=[f["auth"], f["req"]], sd=[f["install"].isoformat()]))]))
    r = random.Random(SEED + 7)
    f = facts(r)
    f["install"] = days(f["date"], -r.randint(20, 35))
    f.update(clm=digits(r, 13), icn1=digits(r, 13), icn2=digits(r, 13), icn3=digits(r, 13),
             pc_from=days(f["date"], -60), pc_to=days(f["date"], -31), pc_units=r.randint(80, 140),
             ad_days=r.randint(6, 12), meals=r.randint(20, 30))
    items.append(Item(P + "lowres_eomb_four_claims", "scan_lowres_150",
                      [(eomb(f, "upper_dmy", "nosign"),
                        T(f, "eob", "not_covered", cases=[f["clm"]], sd=[f["install"].isoformat()],
                          dead=days(f["date"], 30), dalts=["other"]))]))
    return items
