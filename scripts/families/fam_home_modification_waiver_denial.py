"""Family 'home_modification_waiver_denial': Medicaid HCBS waiver notices (and a case manager's cover letter) on
home accessibility adaptations (environmental accessibility adaptations, HCPCS S5165): ramps, roll-in showers,
stair lifts and porch platform lifts.

Everything is invented: the Brackenridge Department of Aging and Disability Services ("COMMONWEALTH OF
BRACKENRIDGE" above it; Home and Community Independence Waiver), the Merrowfield Office of Community Living ("STATE
OF MERROWFIELD" above it; Supports for Community Living Waiver), the Thornbury Area Case Management Services
agency, the contractors, case managers and participants. Kinds: a ramp over the waiver's lifetime cap (paid to
date = the cap); a roll-in shower approved in part (shower in the existing footprint approved, moving a wall denied
as not the least costly way to meet the need); a stair lift refused because a first-floor bedroom meets the need
(stacked behind the case manager's cover letter); a ramp at a rented home with no landlord consent; a roll-in shower
over the 5-year cap (faxed to the contractor); a porch platform lift refused because a ramp costs less; a Spanish
notice on a stair lift in a rented apartment. Decoys: date of birth, request received date, the date the agency
asked for the landlord's consent, the next date the cap renews, the contractor's Medicaid provider number, the case
manager and her phone, notice IDs and form numbers, approved amounts, the fair hearing limit (90 days) where the
agency also offers its own reconsideration.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "home_modification_waiver_denial"
LANG = "en"
BR = "Brackenridge Department of Aging and Disability Services"
MF = "Merrowfield Office of Community Living"
CMA = "Thornbury Area Case Management Services"
PROG = {BR: "Home and Community Independence Waiver", MF: "Supports for Community Living Waiver"}
FIRST = ["Adaeze", "Bogdan", "Keala", "Siobhan", "Thanh", "Mirela", "Rustam", "Folasade", "Henrik", "Pania",
         "Dariusz", "Yasmin", "Osvaldo", "Leilani"]
LAST = ["Okafor-Lindqvist", "Vrabie", "Kahananui", "Brannigan", "Nguyen-Hale", "Dragomir", "Tashkentov", "Adeyemi",
        "Solberg", "Ruatapu", "Wieczorek", "Haddad", "Quiroga", "Makoa"]
FIRST_ES = ["Remedios", "Anselmo", "Yolotzin", "Fermín"]
LAST_ES = ["Barragán", "Echeverría", "Olmedo", "Cifuentes"]
CONTRACTORS = ["Ridgeback Accessibility Builders, LLC", "Hollis & Mbeki Home Access Contractors",
               "Stillwater Barrier-Free Remodeling", "Quenby Lift & Ramp Co."]
CMS = ["Ingrid Solvang-Reyes, MSW", "Tomasz Achebe, BSW", "Marguerite Oyelowo, RN", "Delphine Arkwright, LSW"]

# kind -> (agency, document type, denial type, denial alternates)
KINDS = {
    "ramp_cap": (BR, "denial_letter", "not_covered", ["other"]),
    "shower_partial": (MF, "denial_letter", "medical_necessity", ["not_covered", "other"]),
    "cover": (None, "other", None, []),
    "stairlift_least": (BR, "denial_letter", "medical_necessity", ["not_covered", "other"]),
    "ramp_rental": (BR, "denial_letter", "other", ["not_covered", "eligibility"]),
    "shower_cap": (MF, "denial_letter", "not_covered", ["other"]),
    "platform_least": (MF, "denial_letter", "medical_necessity", ["not_covered", "other"]),
    "stairlift_rental_es": (MF, "denial_letter", "other", ["not_covered", "eligibility"]),
}
ITEMS = {
    "ramp_cap": [("Modular aluminum ramp, 28 ft, with 2 landings and handrails", 8960.00)],
    "shower_partial": [("Curbless roll-in shower in existing bath, grab bars, hand shower", 7850.00),
                       ("Move hall wall 30 in. to enlarge bathroom; widen doorway to 36 in.", 6300.00)],
    "stairlift_least": [("Straight stair lift, 14 steps, with swivel seat and call stations", 11900.00)],
    "ramp_rental": [("Wood ramp, 22 ft, with landing, handrails and edge protection", 6475.00)],
    "shower_cap": [("Roll-in shower conversion, drain relocation, fold-down seat", 12380.00)],
    "platform_least": [("Vertical platform lift at front porch, 52 in. rise, with gate", 16780.00)],
    "stairlift_rental_es": [("Salvaescaleras recto, 13 escalones, asiento giratorio", 10450.00)],
}


def fd_of(style: str):
    if style == "dmy1":
        return lambda x: x.strftime("%-d %b %Y")
    return lambda x: fmt_date(x, style)


def facts(i: int, kind: str, ds: str, ms: str) -> dict:
    r = Rand(180500 + i)
    es = kind.endswith("_es")
    first = r.choice(FIRST_ES if es else FIRST)
    last = r.choice(LAST_ES if es else LAST)
    mid = r.choice("ABCDEFGHJKLMNPRSTVW")
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 150))
    agency = KINDS[kind][0] or BR
    f = dict(kind=kind, agency=agency, fd=fd_of(ds), mo=lambda v: fmt_money(v, ms), notice=notice,
             name=f"{first} {mid}. {last}", first=first, last=last, addr=list(r.address("es" if es else "en")),
             dob=dt.date(r.randint(1941, 1990), r.randint(1, 12), r.randint(1, 28)),
             contractor=r.choice(CONTRACTORS), cm=r.choice(CMS), cm_ph=f"({r.randint(301, 979)}) 555-{r.digits(4)}",
             ph=r.phone(), prov_no="PV" + r.digits(7), notice_id="NID-" + r.digits(8))
    town = r.choice(["Fallowfield, BK 20314", "Ashcombe, BK 20562", "Pellbrook, BK 20788"] if agency == BR else
                    ["Lanthorne, MF 58117", "Dunmere, MF 58340", "Corriswell, MF 58602"])
    f["addr"] = [f["addr"][0], town]
    f["received"] = notice - dt.timedelta(days=r.randint(18, 40))
    if agency == BR:
        f["mid"] = r.choice("2345678") + r.digits(9)
        f["req"] = "EM-2026-" + r.digits(5)
    else:
        f["mid"] = "MW" + r.digits(8)
        f["req"] = "HMA" + r.digits(7)
    f["case"] = r.digits(3) + "-" + r.digits(6) if agency == BR else None
    f["items"] = ITEMS.get(kind, ITEMS["stairlift_least"])
    f["total"] = round(sum(a for _, a in f["items"]), 2)
    f["start"] = notice + dt.timedelta(days=r.randint(20, 45))
    f["asked"] = f["received"] + dt.timedelta(days=r.randint(3, 8))
    return f


def letterhead(d: Doc, f: dict, fax_to: str | None = None) -> None:
    if fax_to:
        d.text_line(f"{fmt_date(f['notice'], 'slash')} 14:{int(f['mid'][-2:]) % 60:02d}  FROM: MERROWFIELD OCL WAIVER UNIT"
                    f"  TO: {fax_to.upper()}  PAGE 1", 7.5, h=4)
        d.ln(2)
    if f["agency"] == BR:
        d.text_line("COMMONWEALTH OF BRACKENRIDGE", 9, "B", align="C", h=4.5)
        d.text_line(BR, 13.5, "B", align="C", h=7)
        d.text_line("Waiver Services Unit  |  41 Capitol Square, Fallowfield, BK 20311  |  " + f["ph"], 8, align="C",
                    h=4.5)
        d.rule(0.6, 4)
    else:
        d.text_line("STATE OF MERROWFIELD", 8.5, h=4.5)
        d.text_line(MF, 15, "B", h=7.5)
        d.text_line("Division of Home and Community-Based Services", 9.5, h=4.5)
        d.text_line("PO Box 7720, Lanthorne, MF 58114    Waiver help line " + f["ph"] + " (TTY 711)", 8, h=4.5)
        d.ln(5)


def address_block(d: Doc, f: dict) -> None:
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 10, h=4.8)
    d.ln(4)


def items_table(d: Doc, f: dict, decided: list[str], head=None) -> None:
    mo = f["mo"]
    head = head or ["Code", "Adaptation requested", "Estimated cost", "Decision"]
    rows = [["S5165", desc, mo(a), dec] for (desc, a), dec in zip(f["items"], decided)]
    if len(rows) > 1:
        rows.append(["*", "Total estimate", mo(f["total"]), ""])
    d.table(head, rows, [16, 110, 26, 26], size=8.4, aligns="LLRL")


def hearing_br(f: dict, mode: str) -> str:
    fd = f["fd"]
    base = ("You have the right to a State Fair Hearing before an administrative law judge. Call "
            f"{f['ph']}, or write to the Office of Administrative Hearings, 41 Capitol Square, Fallowfield, BK 20311. ")
    if mode == "days":
        return base + ("You must ask for a hearing within 90 days of the date of this notice. You may bring a lawyer, "
                       "a friend or a relative to speak for you.")
    return base + (f"Your hearing request must be received by {fd(f['notice'] + dt.timedelta(days=90))}. You may "
                   "bring a lawyer, a friend or a relative to speak for you.")


def br_notice(f: dict) -> bytes:
    fd, mo, k = f["fd"], f["mo"], f["kind"]
    d = Doc("Helvetica", footer="DADS-HCBS-417 (rev. 01/26)   " + f["notice_id"] + "   Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    address_block(d, f)
    d.text_line("NOTICE OF ACTION", 13, "B", h=6.5)
    d.text_line("Environmental Accessibility Adaptation (Home Modification) Request", 10.5, "B", h=6)
    d.ln(1)
    if k == "ramp_rental":
        rows = [("Notice date", fd(f["notice"])), ("Participant", f["name"]), ("Medicaid ID", f["mid"]),
                ("Case no.", f["case"]), ("Waiver", PROG[BR]), ("Request no.", f["req"]),
                ("Request received", fd(f["received"])), ("Contractor", f["contractor"]),
                ("Contractor provider no.", f["prov_no"]), ("Case manager", f"{f['cm']}  {f['cm_ph']}")]
        for a, b in rows:
            d.font(9.8, "B")
            d.cell(50, 5, a + ":")
            d.font(9.8)
            d.cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
        d.ln(3)
    else:
        d.boxes([("Date of notice", fd(f["notice"]), 40), ("Participant", f["name"], 78),
                 ("Medicaid ID", f["mid"], 60)], value_size=9.5)
        d.boxes([("Waiver program", PROG[BR], 78), ("Case number", f["case"], 40), ("Request number", f["req"], 60)], value_size=9.5)
        d.boxes([("Contractor", f["contractor"], 78), ("Date of birth", fd(f["dob"]), 40),
                 ("Request received", fd(f["received"]), 60)], value_size=9.5)
        d.boxes([("Case manager", f["cm"], 78), ("Case manager phone", f["cm_ph"], 50),
                 ("Contractor provider no.", f["prov_no"], 50)], value_size=9.5)
        d.ln(4)
    d.text_line("What we decided", 11, "B", h=6)
    items_table(d, f, ["Denied"])
    if k == "ramp_cap":
        d.para(f"We denied the request from {f['contractor']} to build a ramp at your home. The {PROG[BR]} pays up "
               f"to {mo(15000)} in your lifetime for all home modifications together. The waiver has already paid "
               f"{mo(15000)} for earlier work at your home (a bathroom modification and a porch widening), so the "
               f"remaining amount is {mo(0)}. The cost of this ramp, {mo(f['total'])}, cannot be paid by the waiver.",
               10)
        d.para("Rule: 12 BAC 41-7.220 (environmental accessibility adaptations; lifetime limit). Your case manager can "
               "help you look for other help, such as a local ramp-building program.", 9.5)
        d.text_line("Your right to a hearing", 11, "B", h=6)
        d.para(hearing_br(f, "days"), 9.5)
    elif k == "stairlift_least":
        d.para(f"{f['contractor']} asked the waiver to pay for a stair lift so that you can reach your bedroom and full "
               "bathroom on the second floor. The waiver pays only for the least costly adaptation that meets the "
               "need found in your assessment. Your home has a first-floor den that your case manager and an "
               "occupational therapist found can be used as a bedroom, and a first-floor full bathroom that you can "
               "already use. Moving your bedroom to the first floor meets your need for safe access without a stair "
               "lift, so the stair lift is not the least costly option and is denied.", 10)
        d.para("Rule: 12 BAC 41-7.215 (least costly alternative). If your needs change, your case manager may send "
               "a new request.", 9.5)
        d.text_line("Your right to a hearing", 11, "B", h=6)
        d.para(hearing_br(f, "date"), 9.5)
    else:  # ramp_rental
        d.para(f"You rent your home. Before the waiver can pay for a permanent change to a rented home, we need the "
               f"written consent of the owner. We asked for the landlord's signed consent form (DADS-HCBS-420) on "
               f"{fd(f['asked'])} and did not receive it. Without it, the ramp from {f['contractor']} is denied. "
               "You may send a new request with the signed consent form at any time.", 10)
        d.para("Rule: 12 BAC 41-7.230 (adaptations to rented property).", 9.5)
        d.text_line("If you disagree", 11, "B", h=6)
        dl = f["notice"] + dt.timedelta(days=15)
        d.para(f"You may ask the Waiver Services Unit for an informal review no later than {fd(dl)}. Send the consent "
               "form or any other papers with your request. " + hearing_br(f, "days"), 9.5)
    d.para(f"Waiver Services Unit\n{BR}", 10)
    d.para(f"cc: {f['cm']}, case manager; {f['contractor']}", 8.5)
    return pdf_bytes(d)


def mf_notice(f: dict, fax_to: str | None = None) -> bytes:
    fd, mo, k = f["fd"], f["mo"], f["kind"]
    d = Doc("Times", footer="OCL-EAA-22  " + f["notice_id"] + "  - {p} -")
    d.add_page()
    letterhead(d, f, fax_to)
    d.text_line(fd(f["notice"]), 11, h=5.5)
    d.ln(2)
    address_block(d, f)
    title = {"shower_partial": "Your home modification request is approved in part",
             "shower_cap": "Your home modification request is denied",
             "platform_least": "Your request for a porch lift is denied"}[k]
    d.text_line(title, 13, "B", h=7)
    rows = [("RE", f"{f['name']}  -  Medicaid ID {f['mid']}"), ("Program", PROG[MF]),
            ("Home modification request #", f["req"]), ("Date received", fd(f["received"])),
            ("Contractor", f"{f['contractor']} (provider no. {f['prov_no']})"), ("Case manager", f["cm"])]
    if k == "shower_partial":
        rows.append(("Planned start of work", fd(f["start"])))
    for a, b in rows:
        d.font(10.5, "B")
        d.cell(58, 5.3, a + ":")
        d.font(10.5)
        d.cell(0, 5.3, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Dear {f['first']} {f['last']}:", 11)
    if k == "shower_partial":
        ok = f["items"][0][1]
        d.para(f"We reviewed the bathroom plan that {f['contractor']} sent for you. We approved the roll-in shower "
               f"built inside your current bathroom, with grab bars and a hand-held shower ({mo(ok)}). We denied "
               "the part of the plan that moves the hall wall to make the bathroom larger. The occupational "
               "therapist's home visit found that you can turn your wheelchair in the bathroom once the tub is "
               "removed, and that offset door hinges (included in the approved work) give you the doorway width you "
               "need. The waiver pays only for the least costly adaptation that meets your needs, so moving the "
               "wall is not approved.", 10.5)
        items_table(d, f, ["Approved", "Denied"])
        dl_text = ("If you disagree with the part we denied, you may ask the Office to reconsider within 30 days of "
                   "the date of this notice. ")
    elif k == "shower_cap":
        d.para(f"The {PROG[MF]} pays up to {mo(10000)} for home modifications in any 5-year period. The program paid "
               f"{mo(10000)} for your entry ramp in 2023, so nothing is left in the current 5-year period. A new "
               f"5-year period starts on {fd(f['notice'] + dt.timedelta(days=400))}. The roll-in shower from "
               f"{f['contractor']}, estimated at {mo(f['total'])}, is denied because it is over the limit.", 10.5)
        items_table(d, f, ["Denied"])
        dl = f["notice"] + dt.timedelta(days=30)
        dl_text = (f"If you think we made a mistake, you may ask us to reconsider. We must receive your request for "
                   f"reconsideration by {fd(dl)}. ")
    else:
        d.para(f"{f['contractor']} asked us to pay for a vertical platform lift at your front porch. The same "
               f"contractor also priced a 24-foot modular ramp at {mo(6240)}. Your porch rise and your yard leave room "
               "for the ramp, and the occupational therapist found that you can use a ramp in your power wheelchair. "
               "The program pays only for the least costly adaptation that meets your needs. The ramp meets them, "
               "so the lift is denied. You may ask your case manager to send a request for the ramp.", 10.5)
        items_table(d, f, ["Denied"])
        dl_text = "You may ask the Office to reconsider this decision within 30 days of the date of this notice. "
    d.text_line("Your rights", 11.5, "B", h=6)
    d.para(dl_text + "Send your request to the Division of Home and Community-Based Services at the address above "
           f"or call {f['ph']}. You also have the right to a State Fair Hearing: you must ask for it within 90 days "
           "of the date of this notice. You do not have to ask us to reconsider first.", 10)
    d.para(f"Sincerely,\n\nWaiver Review Team\n{MF}", 10.5)
    d.para(f"Copy: {f['cm']}; {f['contractor']}", 8.5)
    return pdf_bytes(d)


def mf_notice_es(f: dict) -> bytes:
    fd, mo = f["fd"], f["mo"]
    d = Doc("DejaVu", footer="OCL-EAA-22S  " + f["notice_id"] + "  - {p} -")
    d.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    d.add_page()
    d.text_line("ESTADO DE MERROWFIELD", 8.5, h=4.5)
    d.text_line(MF, 14, "B", h=7.5)
    d.text_line("División de Servicios en el Hogar y la Comunidad  -  Línea de ayuda " + f["ph"], 8.5, h=4.5)
    d.ln(5)
    d.text_line(fd(f["notice"]), 10.5, h=5.5)
    d.ln(2)
    address_block(d, f)
    d.text_line("AVISO DE ACCIÓN: su solicitud de modificación del hogar fue negada", 11.5, "B", h=7)
    rows = [("Participante", f["name"]), ("Número de Medicaid", f["mid"]), ("Programa", PROG[MF]),
            ("Solicitud núm.", f["req"]), ("Fecha de recibo", fd(f["received"])), ("Contratista", f["contractor"]),
            ("Administradora de caso", f["cm"])]
    for a, b in rows:
        d.font(10)
        d.cell(55, 5.2, a + ":")
        d.cell(0, 5.2, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Estimado(a) {f['first']} {f['last']}:", 10.5)
    d.para(f"{f['contractor']} pidió que el programa pague un salvaescaleras en el apartamento donde usted vive. "
           "Usted alquila su vivienda. Para pagar un cambio permanente en una vivienda alquilada necesitamos el "
           f"permiso por escrito del dueño. Se lo pedimos el {fd(f['asked'])} y no lo recibimos. Por eso negamos "
           "la solicitud. Puede enviar una nueva solicitud con el permiso firmado en cualquier momento.", 10)
    rows = [["S5165", desc, mo(a), "Negado"] for desc, a in f["items"]]
    d.table(["Código", "Adaptación solicitada", "Costo estimado", "Decisión"], rows, [18, 110, 28, 24], size=8.6,
            aligns="LLRL")
    d.text_line("Sus derechos", 11, "B", h=6)
    d.para("Si no está de acuerdo, puede pedir a la Oficina que revise de nuevo esta decisión dentro de 30 días a "
           "partir de la fecha de este aviso. También tiene derecho a una audiencia imparcial estatal: debe pedirla "
           f"dentro de 90 días a partir de la fecha de este aviso. Llame al {f['ph']} (TTY 711).", 9.8)
    d.para(f"Atentamente,\nEquipo de Revisión de Exenciones\n{MF}", 10)
    return pdf_bytes(d)


def cover_letter(f: dict) -> bytes:
    fd = f["fd"]
    date = f["notice"] + dt.timedelta(days=3)
    d = Doc("Helvetica", footer=None)
    d.add_page()
    d.text_line(CMA, 14, "B", h=7)
    d.text_line(f"Case management for the {PROG[BR]}  |  88 Mercer Row, Suite 4, Fallowfield, BK 20317", 8.5, h=4.5)
    d.rule(0.3, 5)
    d.text_line(fd(date), 10.5, h=5)
    d.ln(2)
    address_block(d, f)
    d.text_line(f"Re: Your stair lift request ({f['req']})", 11, "B", h=6)
    d.para(f"Dear {f['first']},", 10.5)
    d.para(f"I am sorry to tell you that the Waiver Services Unit did not approve the stair lift that "
           f"{f['contractor']} priced for you. Their notice is enclosed. In short, they decided that moving your "
           "bedroom to the den on the first floor meets your needs, so they will not pay for the lift.", 10.5)
    d.para("I know the upstairs bedroom matters to you. If you want to challenge the decision, the notice explains "
           "how to ask for a State Fair Hearing and the date your request must reach the hearing office. I can help "
           "you fill out the request and gather a letter from your doctor. I can also arrange help with moving your "
           "bed and dresser downstairs if you decide to use the den.", 10.5)
    d.para(f"Please call me at {f['cm_ph']} so we can talk about what you would like to do. I will visit on "
           f"{fd(date + dt.timedelta(days=9))} for your regular monthly check-in.", 10.5)
    d.para(f"Sincerely,\n\n{f['cm']}\nCase Manager, {CMA}", 10.5)
    d.para("Enclosure: Notice of Action", 8.5)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    agency, doc_type, denial, dalts = KINDS[k]
    n = f["notice"]
    lang = "es" if k.endswith("_es") else "en"
    cases = [f["req"]] + ([f["case"]] if f["case"] and k != "cover" else [])
    if k == "cover":
        return truth("other", None, member_id=None, member_name=f["name"], case_numbers=[f["req"]],
                     denial_date=iso(n + dt.timedelta(days=3)), unscored=["insurer", "provider"])
    alts, dl, svc = {}, None, []
    if k in ("ramp_cap",):
        alts["appeal_deadline"] = [iso(n + dt.timedelta(days=90))]
    if k == "stairlift_least":
        alts["appeal_deadline"] = [iso(n + dt.timedelta(days=90))]
    if k == "ramp_rental":
        dl = iso(n + dt.timedelta(days=15))
    if k in ("shower_partial", "platform_least", "stairlift_rental_es", "shower_cap"):
        dl = iso(n + dt.timedelta(days=30))
    if k == "shower_partial":
        svc = [iso(f["start"])]
        alts["service_dates"] = [[]]
        alts["claim_amount"] = [m2(f["items"][1][1]), None]
    else:
        alts["claim_amount"] = [None]
    if len(cases) > 1:
        alts["case_numbers"] = [[f["req"]]]
    return truth(doc_type, denial, lang, insurer=agency, member_id=f["mid"], member_name=f["name"],
                 case_numbers=cases, claim_amount=m2(f["total"]), service_dates=svc, denial_date=iso(n),
                 provider=f["contractor"], appeal_deadline=dl, alternates=alts, denial_alternates=dalts)


# (stem suffix, condition, kinds, date style, money style)
PLAN_ROWS = [
    ("bd_notice_ramp_over_lifetime_cap", "born_digital", ["ramp_cap"], "long", "plain"),
    ("bd_notice_roll_in_shower_partly_approved", "born_digital", ["shower_partial"], "slash", "plain"),
    ("scan300_stack_case_manager_cover_and_stair_lift_notice", "scan_clean_300", ["cover", "stairlift_least"],
     "long", "plain"),
    ("lowres_notice_ramp_rented_home_no_landlord_consent", "scan_lowres_150", ["ramp_rental"], "iso", "plain"),
    ("faxstd_notice_roll_in_shower_over_5_year_cap", "fax_standard_g4", ["shower_cap"], "dmy1", "nosign"),
    ("phone_notice_porch_lift_ramp_costs_less", "phone_photo", ["platform_least"], "abbr", "plain"),
    ("rotated_aviso_salvaescaleras_sin_permiso_del_dueno", "rotated", ["stairlift_rental_es"], "es", "plain"),
]


def build(f: dict) -> bytes:
    k = f["kind"]
    if k == "cover":
        return cover_letter(f)
    if k == "stairlift_rental_es":
        return mf_notice_es(f)
    if f["agency"] == BR:
        return br_notice(f)
    return mf_notice(f, fax_to=f["contractor"] if k == "shower_cap" else None)


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kinds, ds, ms) in enumerate(PLAN_ROWS):
        base = facts(i, kinds[-1], ds, ms)
        docs = []
        for k in kinds:
            f = dict(base, kind=k, agency=KINDS[k][0] or base["agency"])
            docs.append((build(f), make_truth(f)))
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs))
    return items
