"""Family 'mail_room_mixed_stack': two or three unrelated pieces of one member's mail scanned together as one file:
an EOB, a denial letter, a plan newsletter page, a Notice of Privacy Practices or a request for information, each
one or two pages, each from its own sender.

Issuers (fictional): Ashbourne Health Plan (logo word "ASHBOURNE" over a rule), Greywethers Mutual Health Insurance
Company (parent line "A Greywethers Mutual Holdings company" above the centred name) and Clovelly Health Cooperative
(return-address block). The privacy notice follows the wording and layout of HHS's published model Notice of Privacy
Practices for health plans (values invented).
Truth: one document per piece. Newsletter pages and privacy notices are `other`, no denial, no deadline.
Decoys: plan timetable sentences (flu clinics, open enrollment), other dates (claim received, effective date),
NPIs, the customer-service line, another plan's name in a coordination sentence.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundx_famxc import (Page, address, clinician, days, digits, fdate, iso, letterhead, m2, mail_to, mixed,
                              money, npi, pairs, person, phone, usd)

FAMILY = "mail_room_mixed_stack"
LANG = "en"
INS = {
    "ash": dict(name="Ashbourne Health Plan", style="logo", logo="ASHBOURNE", line2="PO Box 6620, Ishpeming, MI 49849",
                claim="AH99999999", ref="ASH-99-99999", mid="AHP999999999", grp=True, plan=None),
    "grey": dict(name="Greywethers Mutual Health Insurance Company", style="parent",
                 parent="A Greywethers Mutual Holdings company", line2="Member Services - 410 Belstone Row, Ishpeming, MI 49849",
                 claim="9999-999999-99", ref="GM999999", mid="GWM99999999", grp=True, plan="GW-PPO-A9"),
    "clov": dict(name="Clovelly Health Cooperative", style="return",
                 line2="Claims and Appeals | PO Box 118 | Ishpeming, MI 49850", claim="C999999999",
                 ref="CR-9999-999", mid="99999999901", grp=False, plan=None),
}
# label sets: date, member, member id, group, plan, claim, provider, service date, billed
LAB = {1: ["Statement date", "Member", "Member ID", "Group number", "Plan", "Claim number", "Provider",
           "Date of service", "Total billed"],
       2: ["Date issued", "Patient", "Subscriber ID", "Group #", "Plan code", "Claim #", "Billing provider",
           "Service date", "Charges"],
       3: ["Processed on", "Patient name", "Identification no.", "Employer group", "Product", "Claim reference",
           "Treating provider", "DOS", "Amount billed"],
       "es": ["Fecha", "Paciente", "Número de miembro", "Grupo", "Plan", "Número de reclamación", "Proveedor",
              "Fecha de servicio", "Total facturado"]}
LETTER_REASONS = {
    "pa": ("prior_authorization", "Prior authorization required. The service below needed our approval before it was "
           "done, and no approval was requested by the provider. Because of this, the claim was denied."),
    "oon": ("out_of_network", "The provider is not in your plan's network. Your plan covers out-of-network care only "
            "for emergencies, and this visit was not an emergency."),
    "mnp": ("medical_necessity", "Our nurse and physician reviewers looked at the records sent by your doctor. The "
            "records do not show that this test was needed for your condition at this time, so we will not pay for it."),
    "es_nc": ("not_covered", "Este servicio no está cubierto por su plan. La Evidencia de Cobertura, Sección 8, excluye "
              "los audífonos y los exámenes para ajustarlos."),
}
EOB_REMARKS = {
    "mn": ("medical_necessity", "N27", "Not medically necessary based on the information submitted."),
    "dup": ("other", "D18", "Duplicate of a claim already processed (see claim in your prior statement)."),
    "tf": ("timely_filing", "T90", "The claim was received after the filing limit of 90 days from the date of service."),
    "paid": (None, "P01", "Processed according to your benefits."),
}
SERV = [("99214", "Office visit, established patient"), ("80053", "Comprehensive metabolic panel"),
        ("93306", "Echocardiogram, complete"), ("73721", "MRI knee without contrast"),
        ("97161", "Physical therapy evaluation"), ("92557", "Comprehensive hearing test")]


def _dl(f: dict, es: bool = False) -> str:
    if f["dl"] == "within":
        return ("Puede apelar dentro de 60 días a partir de la fecha de esta carta." if es else
                f"You may appeal this decision. Your appeal must be filed within {f['dldays']} days of the date of this "
                f"{f['noun']}.")
    if f["dl"] == "by":
        return f"To appeal, send us a written request that we receive by {fdate(f['deadline'], f['ds'])}."
    return (f"You have {f['dldays']} days from the day you receive this {f['noun']} to ask for an appeal.")


def eob(f: dict) -> bytes:
    i = INS[f["ins"]]
    L = LAB[f["lab"]]
    two = f["pages"] == 2
    d = Page(foot="Page {p} of {n}", header=f"{i['name']} - {L[5]} {f['claim']} - continued" if two else None)
    d.add_page()
    letterhead(d, i["style"], i["name"], i["line2"], i.get("logo", ""), i.get("parent", ""))
    d.text_line("EXPLANATION OF BENEFITS", 14, "B", h=7)
    d.text_line("THIS IS NOT A BILL", 10, "B", h=5)
    d.ln(2)
    mail_to(d, f["member"], *f["addr"])
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    pairs(d, [(L[0], fd(f["date"])), (L[1], f["member"]), (L[2], f["mid"]), (L[3], f["grp"]), (L[4], f["plan"]),
              (L[5], f["claim"]), (L[6], f["prov"]), ("Claim received", fd(f["received"]))])
    if two:
        d.para("Your claim details are on the next page. Keep this statement with your records; you may need it if "
               "you have other coverage. Open enrollment for next year runs from November 1 through December 15.", 9.5)
        d.add_page()
    den, code, text = EOB_REMARKS[f["kind"]]
    rows = []
    for (dos, (cpt, desc), billed), paid_line in zip(f["lines"], f["paid_lines"]):
        allowed = round(billed * 0.62, 2) if paid_line else 0.0
        rows.append([fd(dos), cpt, desc[:30], usd(billed, f["ms"]), usd(allowed, f["ms"]),
                     usd(0 if paid_line else billed, f["ms"]), "P01" if paid_line else code,
                     usd(round(allowed * 0.8, 2), f["ms"])])
    rows.append(["*" + L[8], "", "", usd(f["billed"], f["ms"]), "", "", "", ""])
    d.table(["Date", "Code", "Service", "Billed", "Allowed", "Not covered", "Remark", "Plan paid"], rows,
            [23, 14, 50, 22, 20, 22, 13, 20], size=8.3, aligns="LLLRRRCR")
    d.font(8.5)
    d.multi_cell(0, 4.2, f"Remark {code}: {text}" + ("" if code == "P01" else "  P01: Processed according to your "
                                                     "benefits."), new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    if den:
        d.para(_dl(f), 9.5)
    d.para(f"Questions? Call {f['ph']} (TTY 711), Monday through Friday, 8 a.m. to 6 p.m. Provider NPI {f['npi']}.", 8.5)
    return pdf_bytes(d)


def letter(f: dict) -> bytes:
    i = INS[f["ins"]]
    es = f["lang"] == "es"
    L = LAB["es" if es else f["lab"]]
    two = f["pages"] == 2
    d = Page(foot=("Página {p} de {n}" if es else "Page {p} of {n}") if two else None,
             header=f"{f['member']} - {f['ref']}" if two else None)
    d.add_page()
    letterhead(d, i["style"], i["name"], i["line2"], i.get("logo", ""), i.get("parent", ""))
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    d.text_line(fd(f["date"]), 10, h=6)
    d.ln(2)
    mail_to(d, f["member"], *f["addr"])
    ref_label = {1: "Reference number", 2: "Our ref.", 3: "Case ID", "es": "Número de referencia"}["es" if es else f["lab"]]
    pairs(d, [(L[1], f["member"]), (L[2], f["mid"]), (L[3], f["grp"]), (L[4], f["plan"]), (L[5], f["claim"]),
              (ref_label, f["ref"]),
              (L[6], f["prov"]), (L[7], fd(f["dos"])), (L[8], usd(f["billed"], f["ms"]))], kw=52)
    den, reason = LETTER_REASONS[f["kind"]]
    if es:
        d.text_line(f"Estimado/a {f['member'].split()[0]}:", 10.5, h=6)
        d.para("Hemos revisado la reclamación indicada arriba y no podemos pagarla. " + reason, 10.2)
        d.para(_dl(f, True) + " Si su salud está en grave peligro, pida una apelación rápida; decidiremos en 72 horas.", 10)
        d.para(f"Para preguntas llame al {f['ph']} (TTY 711).", 10)
    else:
        d.text_line(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:", 10.5, h=6)
        d.para(f"We reviewed the claim above, received on {fd(f['received'])}, and we are not able to pay it. "
               + reason, 10.2)
        if two:
            d.add_page()
        d.text_line("Your right to appeal", 11, "B", h=6)
        d.para(_dl(f) + " If waiting could seriously harm your health, ask for a fast (expedited) appeal and we will "
               "decide within 72 hours. You may also ask for an external review after our appeal decision.", 10)
        d.para(f"Questions? Call Member Services at {f['ph']} (TTY 711).", 10)
        d.ln(3)
        d.text_line("Sincerely,", 10, h=5)
        d.text_line(f"{f['signer']}, Claims Review", 10, h=5)
    return pdf_bytes(d)


def newsletter(f: dict) -> bytes:
    i = INS[f["ins"]]
    d = Page()
    d.add_page()
    letterhead(d, i["style"], i["name"], i["line2"], i.get("logo", ""), i.get("parent", ""))
    d.text_line(f"Healthy Living  -  {f['season']}", 18, "B", h=9)
    d.text_line("Member newsletter", 9, h=5)
    d.ln(2)
    mail_to(d, f["member"], *f["addr"])
    d.text_line("Get your flu shot early", 12, "B", h=6)
    d.para("Flu shots are covered at no cost at any in-network pharmacy. Our walk-in clinics run every Saturday "
           "from October 3 through November 21, 9 a.m. to 1 p.m. Bring your member ID card.", 10)
    d.text_line("Know where to go", 12, "B", h=6)
    d.para("For a sore throat or a sprain, an urgent care center usually costs less than the emergency room. Our "
           f"24-hour nurse line is {f['ph']}. In an emergency, call 911.", 10)
    d.text_line("Open enrollment is coming", 12, "B", h=6)
    d.para("If you buy your own coverage, open enrollment runs November 1 to January 15. Employer plans follow "
           "their own calendar: ask your benefits office.", 10)
    d.text_line("Recipe corner: lentil and spinach soup", 12, "B", h=6)
    d.para("Simmer one cup of lentils with onion, garlic and four cups of broth for 25 minutes, then stir in two "
           "handfuls of spinach. Serves four.", 10)
    return pdf_bytes(d)


def privacy(f: dict) -> bytes:
    """Modelled on the HHS model Notice of Privacy Practices for health plans (wording and order of sections)."""
    i = INS[f["ins"]]
    es = f["lang"] == "es"
    d = Page()
    d.add_page()
    letterhead(d, i["style"], i["name"], i["line2"], i.get("logo", ""), i.get("parent", ""))
    d.text_line(fdate(f["date"], f["ds"]), 10, h=6)
    mail_to(d, f["member"], *f["addr"])
    if es:
        d.text_line("Aviso de prácticas de privacidad", 15, "B", h=8)
        d.para("ESTE AVISO DESCRIBE CÓMO SE PUEDE USAR Y DIVULGAR SU INFORMACIÓN MÉDICA Y CÓMO USTED PUEDE OBTENER "
               "ACCESO A ESTA INFORMACIÓN. POR FAVOR, LÉALO CUIDADOSAMENTE.", 9.5)
        sections = [("Sus derechos", "Puede pedir una copia de sus registros de salud y de reclamaciones, pedirnos que "
                     "corrijamos sus registros y pedir comunicaciones confidenciales."),
                    ("Sus opciones", "Puede decirnos si desea que compartamos información con su familia."),
                    ("Nuestros usos y divulgaciones", "Usamos su información para ayudar a administrar el tratamiento "
                     "de salud que recibe, para administrar nuestra organización y para pagar sus servicios.")]
        eff = f"Fecha de vigencia de este aviso: {fdate(f['eff'], f['ds'])}"
    else:
        d.text_line("Your Information. Your Rights. Our Responsibilities.", 14, "B", h=8)
        d.para("This notice describes how medical information about you may be used and disclosed and how you can get "
               "access to this information. Please review it carefully.", 9.5)
        sections = [("Your Rights", "You have the right to: get a copy of your health and claims records; correct "
                     "your health and claims records; request confidential communication; ask us to limit the "
                     "information we share; get a list of those with whom we've shared your information; get a copy "
                     "of this privacy notice; choose someone to act for you; file a complaint if you believe your "
                     "privacy rights have been violated."),
                    ("Your Choices", "You have some choices in the way that we use and share information as we: "
                     "answer coverage questions from your family and friends; provide disaster relief; market our "
                     "services and sell your information."),
                    ("Our Uses and Disclosures", "We may use and share your information as we: help manage the health "
                     "care treatment you receive; run our organization; pay for your health services; administer "
                     "your health plan; help with public health and safety issues; do research; comply with the law."),
                    ("Our Responsibilities", "We are required by law to maintain the privacy and security of your "
                     "protected health information. We will let you know promptly if a breach occurs.")]
        eff = f"Effective date of this notice: {fdate(f['eff'], f['ds'])}"
    for h, t in sections:
        d.text_line(h, 11, "B", h=6)
        d.para(t, 9.5)
    d.para(eff + f"  |  Privacy Office {f['ph']}", 9)
    return pdf_bytes(d)


def rfi(f: dict) -> bytes:
    i = INS[f["ins"]]
    d = Page()
    d.add_page()
    letterhead(d, i["style"], i["name"], i["line2"], i.get("logo", ""), i.get("parent", ""))
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    d.text_line(fd(f["date"]), 10, h=6)
    mail_to(d, f["member"], *f["addr"])
    d.text_line("We need information from you", 13, "B", h=7)
    pairs(d, [(LAB[f["lab"]][1], f["member"]), (LAB[f["lab"]][2], f["mid"]), (LAB[f["lab"]][3], f["grp"]),
              (LAB[f["lab"]][5], f["claim"]), (LAB[f["lab"]][6], f["prov"]), (LAB[f["lab"]][7], fd(f["dos"])),
              (LAB[f["lab"]][8], usd(f["billed"], f["ms"]))])
    d.para("Before we can process this claim we need to know whether you have other health coverage, such as a "
           "spouse's employer plan or Medicare. Please complete the enclosed Other Coverage Questionnaire and return it "
           f"by {fd(days(f['date'], 45))}. This is not a denial: your claim is on hold until we hear from you.", 10)
    d.para(f"Questions? Call {f['ph']} (TTY 711).", 10)
    return pdf_bytes(d)


def facts(r: random.Random, ins: str, kind: str, lab, ds: str, date: dt.date, member: str, mid_map: dict,
          addr, lang="en", dl="within", pages=1, nlines=1, ms="plain") -> dict:
    i = INS[ins]
    if ins not in mid_map:
        mid_map[ins] = (mixed(r, i["mid"]), digits(r, 6) if i["grp"] else None,
                        mixed(r, i["plan"]) if i["plan"] else None)
    mid, grp, plan = mid_map[ins]
    dos = days(date, -r.randint(20, 70))
    lines = [(dos, SERV[r.randrange(len(SERV))], money(r, 90, 1400)) for _ in range(nlines)]
    f = dict(ins=ins, kind=kind, lab=lab, ds=ds, date=date, member=member, mid=mid, grp=grp,
             plan=plan, claim=mixed(r, i["claim"]), ref=mixed(r, i["ref"]), prov=clinician(r) + ", MD",
             dos=dos, lines=lines, received=days(dos, r.randint(5, 15)), addr=addr, lang=lang, dl=dl, pages=pages,
             ms=ms, ph=phone(r), npi=npi(r), noun="statement", dldays=180, signer=clinician(r), deadline=None)
    f["billed"] = round(sum(x[2] for x in lines), 2)
    f["paid_lines"] = [kind == "paid" or (nlines > 1 and k > 0) for k in range(nlines)]
    if kind == "paid":
        f["paid_lines"] = [True] * nlines
    if dl == "by":
        f["deadline"] = days(date, 180)
    return f


def t_money(f: dict, den: str | None, doc: str) -> dict:
    i = INS[f["ins"]]
    alts = {}
    if doc == "eob" and den and len(f["lines"]) > 1:
        alts["service_dates"] = [sorted({iso(x[0]) for x in f["lines"]})]
    dl = None
    if den:
        if f["dl"] == "within":
            dl = iso(days(f["date"], 60 if f["lang"] == "es" else f["dldays"]))
        elif f["dl"] == "by":
            dl = iso(f["deadline"])
        else:
            alts["appeal_deadline"] = [iso(days(f["date"], f["dldays"]))]
    if doc == "eob":
        dates = sorted({iso(x[0]) for x, p in zip(f["lines"], f["paid_lines"]) if not p or not den})
    else:
        dates = [iso(f["dos"])]
    prov = f["prov"].rsplit(",", 1)[0]
    return truth(doc, den, f["lang"], insurer=i["name"], member_id=f["mid"], group_number=f["grp"], plan_id=f["plan"],
                 member_name=f["member"], case_numbers=[f["claim"]] + ([f["ref"]] if doc == "denial_letter" else []),
                 claim_amount=m2(f["billed"]), service_dates=dates, denial_date=iso(f["date"]), provider=prov,
                 appeal_deadline=dl, alternates=alts)


def piece(r, spec, member, mids, addr, date, lang) -> tuple[bytes, dict]:
    kind, ins, lab, ds, extra = spec
    if kind.startswith("eob_"):
        f = facts(r, ins, kind[4:], lab, ds, date, member, mids, addr, **extra)
        den = EOB_REMARKS[f["kind"]][0]
        if den and f["dl"] == "within":
            f["dldays"] = 180
        if f["dl"] == "by":
            f["noun"] = "statement"
        t = t_money(f, den, "eob")
        return eob(f), t
    if kind.startswith("let_"):
        f = facts(r, ins, kind[4:], lab, ds, date, member, mids, addr, lang=lang if kind[4:].startswith("es") else "en",
                  **extra)
        f["noun"], f["dldays"] = "letter", 60
        den = LETTER_REASONS[f["kind"]][0]
        t = t_money(f, den, "denial_letter")
        return letter(f), t
    if kind == "rfi":
        f = facts(r, ins, "paid", lab, ds, date, member, mids, addr, **extra)
        t = truth("other", None, "en", insurer=INS[ins]["name"], member_id=f["mid"], group_number=f["grp"],
                  member_name=member, case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
                  service_dates=[iso(f["dos"])], denial_date=iso(date), provider=f["prov"].rsplit(",", 1)[0],
                  alternates={"claim_amount": [None]})
        return rfi(f), t
    if kind == "news":
        f = dict(ins=ins, member=member, addr=addr, season=f"{['Spring', 'Summer', 'Fall'][r.randint(0, 2)]} 2026",
                 ph=phone(r))
        return newsletter(f), truth("other", None, "en", insurer=INS[ins]["name"], member_name=member)
    # privacy notice
    es = lang == "es"
    f = dict(ins=ins, member=member, addr=addr, date=date, ds=ds, eff=dt.date(2026, 1, 1), lang="es" if es else "en",
             ph=phone(r))
    return privacy(f), truth("other", None, f["lang"], insurer=INS[ins]["name"], member_name=member,
                             denial_date=iso(date), alternates={"denial_date": [None]})


# (stem, condition, lang, date style, pieces [(kind, issuer, label set, date style override, extra)], separators)
PLAN = [
    ("mail_room_mixed_stack_bd_eob_privacy", "born_digital", "en",
     [("eob_mn", "ash", 1, "slash", dict(nlines=1)), ("privacy", "ash", 1, "long", {})], None),
    ("mail_room_mixed_stack_bd_letter_eob_news", "born_digital", "en",
     [("let_pa", "grey", 2, "long", dict(pages=2)), ("eob_paid", "grey", 2, "abbr", dict(nlines=2, ms="nosign")),
      ("news", "grey", 2, "long", {})], None),
    ("mail_room_mixed_stack_scan_news_oon", "scan_clean_300", "en",
     [("news", "clov", 3, "iso", {}), ("let_oon", "clov", 3, "iso", dict(dl="by"))], ["blank", None]),
    ("mail_room_mixed_stack_lowres_eob2p_rfi", "scan_lowres_150", "en",
     [("eob_mn", "grey", 3, "dmy", dict(pages=2, nlines=3, ms="space")), ("rfi", "ash", 1, "slash", {})], None),
    ("mail_room_mixed_stack_copy_es", "photocopy", "es",
     [("let_es_nc", "clov", "es", "es", {}), ("privacy", "clov", "es", "es", {})], None),
    ("mail_room_mixed_stack_rot_mnp_dup_news", "rotated", "en",
     [("let_mnp", "ash", 1, "upper", dict(dl="receive")), ("eob_dup", "ash", 2, "upper", dict(nlines=1)),
      ("news", "ash", 1, "upper", {})], ["duplex", None, None]),
    ("mail_room_mixed_stack_fax_two_plans", "fax_fine_g4", "en",
     [("eob_tf", "clov", 1, "abbr", dict(dl="by", ms="usd")), ("let_pa", "grey", 3, "abbr", {})], None),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, lang, specs, seps) in enumerate(PLAN):
        r = random.Random(99500 + i)
        member = person(r, lang)
        addr = address(r, lang)
        base = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 230))
        mids = {}
        docs = []
        for k, spec in enumerate(specs):
            docs.append(piece(r, spec, member, mids, addr, days(base, r.randint(0, 9) - 5 * k), lang))
        items.append(Item(stem, cond, docs, separators=seps))
    return items
