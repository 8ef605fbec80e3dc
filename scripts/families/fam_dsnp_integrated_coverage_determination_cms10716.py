"""Family 'dsnp_integrated_coverage_determination_cms10716': the Integrated Coverage Determination Notice an
integrated Medicare-Medicaid plan (a D-SNP / FIDE SNP that runs one appeal process for both programs) sends when it
denies, reduces or stops an item or service, or denies payment for one.

Modelled on the public CMS-10716 "Integrated Coverage Determination Notice" (the applicable integrated plans' notice):
Date / Member number / Name at the top, "<plan> has denied / reduced / stopped the ... listed below", "Why did we
make this decision?", "You have the right to appeal our decision" (integrated reconsideration within 60 calendar
days of the date of the notice), "If you want your benefits to continue during your appeal" (10 calendar days or
before the change takes effect), standard (30 days) and fast (72 hours) integrated reconsiderations, "What happens
next?" (automatic IRE review for Medicare items, State Fair Hearing for Medicaid items), "Get help & more
information", the form number at the foot. Wording ours; plans, members and numbers invented (kit_roundab_famba).
Three label sets, three letterheads, one Spanish notice, one partial approval.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundab_famba import address, clinician, days, digits, fdate, iso, m2, mixed, money, person, phone, usd

FAMILY = "dsnp_integrated_coverage_determination_cms10716"
LANG = "en"
ORGS = {
    "kw": dict(name="Ketterwick Health Plan", parent="Ketterwick Health Partners, Inc.", logo="KETTERWICK",
               sub="Health Plan  |  Ketterwick Dual Complete (HMO D-SNP)", product="Ketterwick Dual Complete (HMO D-SNP)",
               box="PO Box 6120", city="Cozad, NE 69130"),
    "bs": dict(name="Brambleshaw Integrated Care", parent="A Wendlebury Community Health Holdings company",
               logo="BRAMBLESHAW", sub="Integrated Care  |  Medicare + Medicaid in one plan (FIDE SNP)",
               product="Brambleshaw Together (HMO FIDE SNP)", box="PO Box 3318", city="Burwell, NE 68823"),
}
STATE = "Tillingbourne Department of Health Services"
LABELS = [
    dict(date="Date", mid="Member number", name="Name", case="Case number", prov="Your provider",
         svc="Service or item", when="Date of service", plan="Plan"),
    dict(date="Notice date", mid="Member ID", name="Member name", case="Request #", prov="Requesting provider",
         svc="What was requested", when="Requested date", plan="Contract/Plan ID"),
    dict(date="Date of notice", mid="Plan member no.", name="Enrollee", case="Reference no.", prov="Provider",
         svc="Item or service", when="Effective date", plan="Plan number"),
]
ES = dict(date="Fecha", mid="Número de miembro", name="Nombre", case="Número de caso", prov="Su proveedor",
          svc="Servicio o artículo", when="Fecha de vigencia", plan="Plan")


def _head(d: Doc, org: dict, variant: int) -> None:
    if variant == 0:
        d.font(8, "I")
        d.cell(0, 4, org["parent"], new_x="LMARGIN", new_y="NEXT")
        d.font(17, "B")
        d.cell(0, 8, org["name"], new_x="LMARGIN", new_y="NEXT")
        d.rule(0.6, 3)
    elif variant == 1:
        d.font(21, "B")
        d.cell(0, 9, org["logo"], new_x="LMARGIN", new_y="NEXT")
        d.rule(0.9, 1)
        d.font(9)
        d.cell(0, 5, org["sub"], new_x="LMARGIN", new_y="NEXT")
        d.ln(3)
    else:
        d.font(9)
        for line in (org["name"], f"Member Services - {org['box']}", org["city"]):
            d.cell(0, 4.3, line, new_x="LMARGIN", new_y="NEXT")
        d.ln(4)


def _facts_block(d: Doc, lab: dict, f: dict) -> None:
    rows = [(lab["date"], fdate(f["notice"], f["ds"])), (lab["mid"], f["mid"]), (lab["name"], f["name"])]
    if f.get("medicaid"):
        rows.append(("Medicaid ID" if f["lang"] == "en" else "N.º de Medicaid", f["medicaid"]))
    if f.get("plan"):
        rows.append((lab["plan"], f"{f['plan']}  {f['org']['product']}"))
    for k, v in rows:
        d.font(10, "B")
        d.cell(42, 5.2, k + ":")
        d.font(10)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def _service_box(d: Doc, lab: dict, f: dict) -> None:
    rows = [(lab["svc"], f["svc"]), (lab["prov"], f["prov"]), (lab["case"], f["case"])]
    if f.get("when_text"):
        rows.append((f.get("when_label") or lab["when"], f["when_text"]))
    if f.get("billed") is not None:
        rows.append(("Cantidad facturada" if f["lang"] == "es" else "Amount billed", usd(f["billed"], f["ms"])))
    y0 = d.get_y()
    for k, v in rows:
        d.set_x(d.l_margin + 2)
        d.font(9.5, "B")
        d.cell(44, 5.4, k + ":")
        d.font(9.5)
        d.multi_cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")
    d.rect(d.l_margin, y0 - 1, d.w - d.l_margin - d.r_margin, d.get_y() - y0 + 2)
    d.ln(4)


def notice(f: dict) -> bytes:
    es = f["lang"] == "es"
    org = f["org"]
    lab = ES if es else LABELS[f["labels"]]
    d = Doc("Helvetica", footer=("Form CMS-10716  " + f["material"] + "   {p}/{n}"))
    d.add_page()
    _head(d, org, f["head"])
    d.text_line("Aviso de determinación de cobertura integrada" if es else "Integrated Coverage Determination Notice",
                14, "B", h=8)
    d.ln(1)
    _facts_block(d, lab, f)
    d.para(f["lead"], 10)
    _service_box(d, lab, f)
    d.text_line("¿Por qué tomamos esta decisión?" if es else "Why did we make this decision?", 11, "B", h=6)
    d.para(f["why"], 10)
    if es:
        d.text_line("Usted tiene derecho a apelar nuestra decisión", 11, "B", h=6)
        d.para(f"Puede pedirle a {org['name']} una reconsideración integrada (apelación). Debe pedirla dentro de "
               f"60 días calendario a partir de la fecha de este aviso. Si desea que sus servicios continúen "
               f"durante la apelación, pídala dentro de 10 días calendario a partir de la fecha de este aviso o antes "
               f"del {fdate(f['effective'], f['ds'])}, lo que ocurra más tarde. Reconsideración estándar: le "
               "contestamos en 30 días calendario. Reconsideración rápida: en 72 horas si su salud lo requiere.", 9.5)
        d.text_line("¿Qué pasa después?", 11, "B", h=6)
        d.para(f"Si mantenemos nuestra decisión sobre un servicio de Medicaid, puede pedir una Audiencia Imparcial "
               f"Estatal al {STATE} dentro de 120 días de nuestra decisión. Llame a Servicios al Miembro al "
               f"{f['ph']} (TTY 711), de 8 a.m. a 8 p.m., los 7 días de la semana.", 9.5)
    else:
        d.text_line("You have the right to appeal our decision", 11, "B", h=6)
        if f["dl"] == "days":
            ask = ("You must ask us for an integrated reconsideration within 60 calendar days of the date of this "
                   "notice.")
        else:
            ask = (f"We must receive your request for an integrated reconsideration by "
                   f"{fdate(f['deadline'], f['ds'])} (60 calendar days from the date of this notice).")
        d.para(f"You have the right to ask {org['name']} for an integrated reconsideration (appeal) of our decision. "
               f"{ask} If you miss the deadline and have a good reason, we may give you more time.", 9.5)
        if f.get("continue"):
            d.text_line("If you want your benefits to continue during your appeal", 10.5, "B", h=6)
            d.para("You must ask for an integrated reconsideration within 10 calendar days of the date of this "
                   f"notice or before {fdate(f['effective'], f['ds'])}, the date the change takes effect, "
                   "whichever is later. Your services will continue while we decide.", 9.5)
        d.text_line("There are two kinds of integrated reconsiderations", 10.5, "B", h=6)
        d.para("Standard - we give you a written decision within 30 calendar days after we get your appeal. "
               "Fast - we give you a decision within 72 hours if waiting could seriously harm your health. "
               f"Call {f['ph']} (TTY 711) or write to Appeals, {org['box']}, {org['city']}.", 9.5)
        d.text_line("What happens next?", 10.5, "B", h=6)
        d.para("If we still deny a Medicare-covered item after your appeal, we send your case to the Independent "
               "Review Entity automatically. If we still deny a Medicaid-covered item, you can ask for a State Fair "
               f"Hearing from the {STATE} within 120 days of our reconsideration decision.", 9.5)
    d.font(8, "I")
    d.multi_cell(0, 3.8, ("Obtenga ayuda: 1-800-MEDICARE (1-800-633-4227); programa estatal de asistencia (SHIP). "
                          if es else "Get help & more information: 1-800-MEDICARE (1-800-633-4227), TTY "
                          "1-877-486-2048; your State Health Insurance Assistance Program (SHIP); the "
                          "Tillingbourne Ombudsman for integrated care. ")
                 + f"{org['name']} - {org['product']}.", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.font(9.5)
    d.cell(0, 5, f["signer"], new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 5, "Director, Utilization Management" if not es else "Directora de Gestión de Utilización",
           new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(d)


AGENCIES = ["Sudbrook Home Care Services", "Ockham Adult Day Health Center", "Fenstanton Rehabilitation Hospital",
            "Vaskjala Family Dental", "Cozad Ambulatory Surgery Center", "Selbourne Home Therapy Associates"]


def facts(r: random.Random, kind: str, org: str, head: int, labels: int, ds: str, ms: str, cond: str,
          dl: str = "days", lang: str = "en") -> dict:
    notice_d = dt.date(2026, r.randint(2, 9), r.randint(1, 27))
    o = ORGS[org]
    f = dict(kind=kind, org=o, head=head, labels=labels, ds=ds, ms=ms, cond=cond, dl=dl, lang=lang, notice=notice_d,
             name=person(r, lang), mid=("KW" if org == "kw" else "BIC") + mixed(r, "99999999"),
             case=mixed(r, ["ICD-26-999999", "26A99999999", "R9999-99999"][labels]), ph=phone(r), signer=clinician(r) + ", MD",
             material=("H6641" if org == "kw" else "H7390") + "_ICDN_" + digits(r, 4),
             deadline=days(notice_d, 60), billed=None, plan=None, medicaid=None, effective=days(notice_d, 12))
    f["alts"], f["dalts"], f["sd_alts"] = {}, [], []
    if r.random() < 0.6:
        f["plan"] = ("H6641-" if org == "kw" else "H7390-") + f"{r.randint(1, 30):03d}"
    if kind in ("reduce_pca", "es_stop_adhc", "oon"):
        f["medicaid"] = mixed(r, "TB99999999")
        f["alts"]["member_id"] = [f["medicaid"]]
    pname = o["name"]
    nd = lambda x: fdate(x, ds)  # noqa: E731
    if kind == "reduce_pca":
        eff = f["effective"]
        f.update(svc="Personal care services (Medicaid): from 30 hours to 20 hours each week", prov=AGENCIES[0],
                 when_text=nd(eff), sd=[iso(eff)], sd_alts=[[]], denial="medical_necessity", dalts=["level_of_care"],
                 cont=True, when_label="Change takes effect",
                 lead=f"{pname} has reduced the Medicaid service listed below that you are getting now:",
                 why=(f"A nurse from our plan visited you on {nd(days(notice_d, -r.randint(9, 20)))} and completed "
                      "your yearly assessment. You now dress and bathe with stand-by help only. Ten of your 30 "
                      "weekly hours are not medically necessary. Your aide will keep helping you 20 hours each "
                      "week starting on the effective date."))
    elif kind == "irf_to_snf":
        adm = days(notice_d, r.randint(2, 5))
        f.update(svc="Admission to an inpatient rehabilitation facility after your hip surgery",
                 prov=clinician(r), when_text=nd(adm), sd=[iso(adm)], denial="level_of_care",
                 dalts=["medical_necessity"], cont=False, fac=AGENCIES[2],
                 lead=f"{pname} has denied the Medicare service listed below that you or your provider requested:",
                 why=(f"You asked to go to {AGENCIES[2]} for intensive therapy. You can take part in about one hour "
                      "of therapy a day and need help from one person to move. This care can be given safely in a "
                      "skilled nursing facility, and we approved a stay there instead. You do not need the three "
                      "hours of therapy a day that a rehabilitation hospital gives."))
        f["alts"]["provider"] = [AGENCIES[2]]
    elif kind == "partial_pt":
        s0 = days(notice_d, r.randint(3, 6))
        mid_ = days(s0, 41)
        end = days(s0, 83)
        f.update(svc=(f"Home physical therapy: 24 visits requested {nd(s0)} through {nd(end)}. Approved: 12 visits "
                      f"{nd(s0)} through {nd(mid_)}. Denied: 12 visits {nd(days(mid_, 1))} through {nd(end)}."),
                 prov=AGENCIES[5], when_text=None, sd=[iso(days(mid_, 1), end)], sd_alts=[[iso(s0, end)]],
                 denial="medical_necessity", cont=False,
                 lead=f"{pname} has approved part of the service listed below and denied the rest:",
                 why=("Your therapist's notes show you walk 150 feet with a cane and climb stairs with the rail. "
                      "Twelve visits are enough to teach you a home exercise program. After that you can keep "
                      "doing the exercises on your own, so we did not approve the other twelve visits."))
    elif kind == "oon":
        v = days(notice_d, r.randint(8, 20))
        f.update(svc="Office visit and treatment planning with a dermatologic surgeon (Mohs surgery consult)",
                 prov=clinician(r) + " - Vaskjala Skin Surgery Center", when_text=nd(v), sd=[iso(v)],
                 denial="out_of_network", dalts=["not_covered"], cont=False,
                 lead=f"{pname} has denied the Medicare service listed below that you or your provider requested:",
                 why=("The provider you asked to see is out of network. Our plan has two dermatologic surgeons "
                      "within 30 miles of your home who do this surgery; Member Services can make the "
                      "appointment for you. Out-of-network care is covered only for emergencies, urgent care and "
                      "dialysis when you are away from home."))
        f["prov_truth"] = f["prov"].split(" - ")[0]
        f["alts"]["provider"] = ["Vaskjala Skin Surgery Center"]
    elif kind == "dental_pay":
        v = days(notice_d, -r.randint(25, 50))
        f.update(svc="Two porcelain crowns, teeth 3 and 14 (D2740)", prov=AGENCIES[3], when_text=nd(v), sd=[iso(v)],
                 denial="not_covered", dalts=["other"], cont=False, billed=money(r, 2100, 2900),
                 lead=f"{pname} has denied payment for the item listed below that you already received:",
                 why=("Crowns are not a covered benefit under your plan's supplemental dental benefit or under "
                      "Tillingbourne Medicaid for adults. Your plan covers exams, cleanings, X-rays, fillings and "
                      "extractions. The dental office may bill you for the crowns only if you agreed in writing "
                      "before they were made."))
    elif kind == "es_stop_adhc":
        eff = f["effective"]
        f.update(svc="Servicios de salud diurna para adultos (Medicaid), 3 días por semana", prov=AGENCIES[1],
                 when_text=nd(eff), sd=[iso(eff)], sd_alts=[[]], denial="medical_necessity",
                 dalts=["level_of_care"], cont=True,
                 lead=f"{pname} ha suspendido el servicio de Medicaid que usted recibe ahora:",
                 why=("Según la evaluación de su enfermera del plan, usted ya no necesita supervisión de enfermería "
                      "durante el día. Este servicio ya no es médicamente necesario para usted. Le ofrecemos "
                      "comidas a domicilio y un ayudante 6 horas por semana."))
    elif kind == "pa_pay":
        v = days(notice_d, -r.randint(20, 45))
        f.update(svc="Outpatient cataract surgery, right eye (66984)", prov=AGENCIES[4], when_text=nd(v),
                 sd=[iso(v)], denial="prior_authorization", dalts=["other"], cont=False,
                 billed=money(r, 3200, 5400),
                 lead=f"{pname} has denied payment for the service listed below that you already received:",
                 why=("The surgery center did not ask us for approval before your surgery, and our plan must "
                      "approve this surgery ahead of time. We have no request on file for that date. The center "
                      "may send us your records and ask us to review the claim."))
    f["continue"] = f["cont"]
    return f


def notice_truth(f: dict) -> dict:
    alts = dict(f["alts"])
    if f["sd_alts"]:
        alts["service_dates"] = f["sd_alts"]
    return truth("denial_letter", f["denial"], lang=f["lang"], insurer=f["org"]["name"], plan_id=f["plan"],
                 group_number=None, member_id=f["mid"], member_name=f["name"], case_numbers=[f["case"]],
                 claim_amount=m2(f["billed"]) if f["billed"] is not None else None, service_dates=f["sd"],
                 denial_date=iso(f["notice"]), provider=f.get("prov_truth", f["prov"]),
                 appeal_deadline=iso(f["deadline"]), alternates=alts, denial_alternates=f["dalts"])


def documents(rng: random.Random) -> list[Item]:
    r = random.Random(110500)
    plan = [  # stem, condition, kind, org, head, labels, date style, money style, deadline, lang
        ("bd_reduce_pca", "born_digital", "reduce_pca", "kw", 0, 0, "long", "plain", "days", "en"),
        ("bd_irf_to_snf", "born_digital", "irf_to_snf", "bs", 1, 1, "slash", "plain", "date", "en"),
        ("scan300_partial_pt", "scan_clean_300", "partial_pt", "kw", 2, 2, "abbr", "plain", "days", "en"),
        ("lowres_oon", "scan_lowres_150", "oon", "bs", 0, 0, "dmy", "plain", "days", "en"),
        ("photocopy_dental_pay", "photocopy", "dental_pay", "kw", 1, 1, "upper", "nosign", "date", "en"),
        ("phone_es_stop_adhc", "phone_photo", "es_stop_adhc", "bs", 2, 0, "es", "plain", "days", "es"),
        ("faxfine_pa_pay", "fax_fine_g4", "pa_pay", "bs", 0, 2, "iso", "space", "days", "en"),
    ]
    items = []
    for stem, cond, kind, org, head, labels, ds, ms, dl, lang in plan:
        f = facts(r, kind, org, head, labels, ds, ms, cond, dl, lang)
        items.append(Item(f"{FAMILY}_{stem}", cond, [(notice(f), notice_truth(f))]))
    return items
