"""Family 'dhmo_specialist_referral_denial': letters of a dental HMO (prepaid dental plan, members assigned to one
general dentist's office) on a referral to a specialist (endodontist, oral surgeon, periodontist, orthodontist) or a
claim from a dentist the member is not assigned to: member and subscriber, member / subscriber IDs, contract/group
and plan numbers, the assigned general dentist, the specialist, the requested CDT codes and tooth numbers (table or
prose), the reason (your general dentist can perform the service, not a covered benefit, no approved referral, not
your assigned office), a grievance within 180 days, and the state regulator paragraph (California Department of
Managed Health Care with Independent Medical Review, Texas Department of Insurance, Arizona Department of Insurance
and Financial Institutions). One approval; one Spanish letter (California plans send the notice in Spanish).

All values invented: Armenian and Samoan members and dentists, Galician names on the Spanish letter, fictional plans,
phones 1-555.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "dhmo_specialist_referral_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SEV, UPO, LAL = ("Sevan Prepaid Dental Plan, Inc.", "Upolu Dental HMO of Texas, Inc.", "Lalomanu Dental Care Plan")
ADDR = {SEV: ("1915 Ararat Boulevard, Suite 400", "Glendale Heights, CA 91208"),
        UPO: ("PO Box 77410", "Round Rock, TX 78681"),
        LAL: ("660 Savaii Road", "Mesa Verde, AZ 85210")}
PLANS = {SEV: "Sevan Smile 215 DHMO", UPO: "Upolu Basic Dental HMO 10", LAL: "Lalomanu Family Prepaid 300"}
MEM_EN = [("Anahit", "Vartanian"), ("Levon", "Hovsepian"), ("Siranush", "Tumanyan"), ("Malia", "Tuilagi"),
          ("Sione", "Faleolo"), ("Aram", "Sarkissian"), ("Lupe", "Leiataua"), ("Tavita", "Tuimavave")]
MEM_ES = [("Xoana", "Otero"), ("Brais", "Piñeiro"), ("Uxía", "Rodeiro")]
GDS = ["Dr. Narine K. Abrahamyan, DDS", "Dr. Pesaleli T. Sapolu, DMD", "Dr. Hrant M. Ghazarian, DDS",
       "Dr. Fetu L. Aumua, DDS"]
SPEC = {"endo": ["Dr. Armen V. Keshishian, DDS, MS (Endodontics)", "Dr. Talia S. Mauga, DMD (Endodontist)"],
        "os": ["Dr. Gevorg A. Manukyan, DDS (Oral & Maxillofacial Surgery)", "Dr. Iosefa P. Toleafoa, DMD, MD"],
        "perio": ["Dr. Lilit H. Avetisyan, DDS (Periodontics)", "Dr. Faamoe R. Lemalu, DDS (Periodontist)"],
        "ortho": ["Dr. Vahe N. Petrosyan, DDS, MS (Orthodontics)"]}
OFFICES = {"Dr. Narine K. Abrahamyan, DDS": "Glendale Heights Family Dentistry",
           "Dr. Pesaleli T. Sapolu, DMD": "Round Rock Smile Center",
           "Dr. Hrant M. Ghazarian, DDS": "Mesa Verde Dental Group",
           "Dr. Fetu L. Aumua, DDS": "Pflugerville Community Dental"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def fdate(d: dt.date, style: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
            "iso": d.isoformat(), "dmy": f"{d.day} {d.strftime('%b')} {d.year}",
            "abbr": d.strftime("%b %-d, %Y"), "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}"}[style]


def usd(v: float, style: str = "plain") -> str:
    g = f"{v:,.2f}"
    return {"plain": f"${g}", "nosign": g, "space": f"$ {g}"}[style]


def days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def phone(r: random.Random) -> str:
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


class Page(Doc):
    def __init__(self, footer=None):
        super().__init__("DejaVu", footer=footer, margins=(19, 14, 19))
        self.add_font("DejaVu", "B", BOLD)


# CDT codes and descriptions (English, Spanish) with a fee range
CDT = {"D3310": ("Endodontic therapy, anterior tooth", "Endodoncia, diente anterior", 650, 980),
       "D3346": ("Retreatment of previous root canal therapy, anterior", "Retratamiento de endodoncia, anterior",
                 800, 1200),
       "D3330": ("Endodontic therapy, molar tooth", "Endodoncia, molar", 950, 1450),
       "D7140": ("Extraction, erupted tooth or exposed root", "Extracción de diente erupcionado o raíz expuesta",
                 140, 260),
       "D7240": ("Removal of impacted tooth, completely bony", "Extracción de diente impactado, completamente óseo",
                 420, 690),
       "D4341": ("Periodontal scaling and root planing, 4+ teeth per quadrant",
                 "Raspado y alisado radicular, cuatro o más dientes por cuadrante", 210, 330),
       "D4910": ("Periodontal maintenance", "Mantenimiento periodontal", 120, 190),
       "D8090": ("Comprehensive orthodontic treatment of the adult dentition",
                 "Tratamiento de ortodoncia completo, dentición adulta", 5200, 6900),
       "D0150": ("Comprehensive oral evaluation, new or established patient", "Evaluación oral completa", 80, 140),
       "D0274": ("Bitewings, four radiographic images", "Radiografías de aleta de mordida, cuatro", 60, 105),
       "D2392": ("Resin-based composite, two surfaces, posterior", "Resina compuesta, dos superficies, posterior",
                 180, 290),
       "D0330": ("Panoramic radiographic image", "Radiografía panorámica", 95, 160)}


def facts(r: random.Random, i: int, kind: str, ins: str, ds: str, ms: str, lang: str) -> dict:
    es = lang == "es"
    first, last = MEM_ES[i % 3] if es else MEM_EN[i]
    dep = kind in ("os_ok", "ortho", "endo_es") or r.random() < 0.4
    member = f"{first} {r.choice('ABDEGKLMNST')}. {last}"
    sub_first = (["Manuel", "Sabela", "Iago"] if es else ["Garnik", "Ani", "Fiso", "Saia", "Karen", "Tigran"])[i % 3]
    subscriber = f"{sub_first} {r.choice('BCDFHJR')}. {last}" if dep else member
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 220))
    sub_id = {SEV: "SV", UPO: "UD", LAL: "LD"}[ins] + digits(r, 7)
    gd = {SEV: GDS[0], UPO: r.choice([GDS[1], GDS[3]]), LAL: GDS[2]}[ins]
    spec_kind = {"endo": "endo", "endo_es": "os", "claim_unassigned": None, "os_ok": "os", "perio_claim": "perio",
                 "ortho": "ortho", "retreat": "endo"}[kind]
    f = dict(kind=kind, ins=ins, ds=ds, ms=ms, lang=lang, member=member, subscriber=subscriber, dep=dep,
             first=first, last=last, notice=notice, sub_id=sub_id, mem_id=sub_id + ("-0" + str(r.randint(2, 4))
                                                                                      if dep else "-01"),
             group=f"{r.randint(10, 99)}{digits(r, 3)}-{digits(r, 3)}", plan_no=f"{ins[:2].upper()}{r.randint(100, 399)}",
             gd=gd, office=OFFICES[gd], spec=r.choice(SPEC[spec_kind]) if spec_kind else None,
             ref=f"R{digits(r, 9)}", claim=f"{notice.strftime('%y')}{digits(r, 3)}-{digits(r, 6)}",
             received=days(notice, -r.randint(5, 14)), ph=phone(r), dob=dt.date(r.randint(1962, 2012) if not dep else
                                                                                   r.randint(2009, 2014),
                                                                                   r.randint(1, 12), r.randint(1, 28)),
             npi=r.choice("12") + digits(r, 9), lic=f"{r.choice(['D', 'DDS-'])}{digits(r, 5)}")
    lines = {"endo": [("D3310", "8")], "endo_es": [("D7140", "4"), ("D0330", "")],
             "claim_unassigned": [("D0150", ""), ("D0274", ""), ("D2392", "30")],
             "os_ok": [("D7240", "17"), ("D7240", "32"), ("D0330", "")],
             "perio_claim": [("D4341", "UR"), ("D4341", "UL")], "ortho": [("D8090", "")],
             "retreat": [("D3346", "9")]}[kind]
    f["lines"] = [(c, t, round(r.randint(CDT[c][2], CDT[c][3]) + r.choice([0, 0.5]), 2)) for c, t in lines]
    f["total"] = round(sum(x[2] for x in f["lines"]), 2)
    f["claimish"] = kind in ("claim_unassigned", "perio_claim")
    if f["claimish"]:
        f["dos"] = days(notice, -r.randint(25, 60))
        f["received"] = days(f["dos"], r.randint(6, 15))
        if kind == "claim_unassigned":
            f["spec"] = "Dr. Mose K. Alapati, DDS"
            f["spec_office"] = "Cedar Park Walk-In Dental"
    if kind == "ortho":
        f["dob"] = dt.date(r.randint(1984, 1999), r.randint(1, 12), r.randint(1, 28))
    f["deadline"] = days(notice, 180)
    f["valid"] = days(notice, 90)
    return f


def box_rows(d, cells, value_size: float) -> None:
    """Ruled boxes, three to a row; a long value gets a row of its own so it never runs into the next box."""
    w = d.w - d.l_margin - d.r_margin
    row: list = []
    for a, b in cells:
        if len(b) > 28:
            if row:
                d.boxes([(x, y, w / len(row)) for x, y in row], h=11, value_size=value_size)
                row = []
            d.boxes([(a, b, w)], h=11, value_size=value_size)
            continue
        row.append((a, b))
        if len(row) == 3:
            d.boxes([(x, y, w / 3) for x, y in row], h=11, value_size=value_size)
            row = []
    if row:
        d.boxes([(x, y, w / len(row)) for x, y in row], h=11, value_size=value_size)


def letterhead(d: Page, f: dict, style: int) -> None:
    ins = f["ins"]
    a1, a2 = ADDR[ins]
    if ins == SEV:
        d.text_line("SEVAN", 24, "B")
        d.text_line("Prepaid Dental Plan", 10)
        d.rule(0.8, 1)
        d.text_line(f"{ins}  |  {a1}  |  {a2}  |  Member Services {f['ph']}", 7.5)
        d.ln(5)
    elif ins == UPO:
        d.text_line(ins, 14, "B", "C")
        d.text_line(f"{a1}  -  {a2}", 9, "", "C")
        d.text_line(f"Customer Service {f['ph']}  (TTY 711)", 9, "", "C")
        d.rule(0.4, 5)
    else:
        d.text_line(ins, 13, "B")
        d.text_line("A prepaid dental plan", 8.5)
        d.text_line(a1, 9)
        d.text_line(a2, 9)
        d.ln(5)


def kv(d: Page, a: str, b: str, w: float = 52) -> None:
    d.font(9.3)
    d.cell(w, 5, a)
    d.font(9.6, "B")
    d.cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")


def lines_table(d: Page, f: dict, decision: str) -> None:
    es, ms, ds = f["lang"] == "es", f["ms"], f["ds"]
    rows = []
    for c, t, fee in f["lines"]:
        desc = CDT[c][1] if es else CDT[c][0]
        rows.append([c, t or "-", desc[:60], usd(fee, ms), decision] if f["claimish"] else
                    [c, t or "-", desc[:60], decision])
    if f["claimish"]:
        head = ["CDT", "Tooth/Area", "Procedure", "Billed", "Status"]
        d.font(8.5)
        d.cell(0, 5, f"Date of service: {fdate(f['dos'], ds)}", new_x="LMARGIN", new_y="NEXT")
        rows.append(["*Total", "", "", usd(f["total"], ms), ""])
    else:
        head = (["CDT", "Diente", "Procedimiento", "Decisión"] if es else
                ["CDT code", "Tooth", "Procedure requested", "Decision"])
    widths = [18, 20, 96, 24, 18] if f["claimish"] else [22, 18, 110, 22]
    d.table(head, rows, widths, 8.4, "LLLRL" if f["claimish"] else "LLLL")


def reason(f: dict) -> str:
    k = f["kind"]
    if k == "endo":
        return (f"Root canal therapy on an anterior (front) tooth such as tooth #8 is within the scope of services "
                f"your assigned general dentist, {f['gd']}, provides under your plan. The x-rays and notes sent "
                f"with the request show a single straight canal with no calcification, no prior root canal and no "
                f"other complicating factor. A specialist referral is not medically necessary. Your general dentist "
                f"can perform this service at your plan copayment.")
    if k == "retreat":
        return ("Retreatment of a previous root canal (D3346) is not a covered benefit under your plan. Your Evidence "
                "of Coverage lists endodontic retreatment among the exclusions (Section 6, Exclusions and "
                "Limitations, item 14). Because the service is not covered, the plan cannot approve a referral to a "
                "specialist for it. You may choose to receive the service and pay the dentist's usual fee.")
    if k == "ortho":
        return ("Your plan covers comprehensive orthodontic treatment only for members under age 19 on the date "
                "banding begins. The member is 19 or older, and adult orthodontic treatment (D8090) is not a "
                "covered benefit under your plan. The referral to the orthodontist is denied. The orthodontist "
                "may offer treatment at the plan's discounted adult fee, which you would pay.")
    if k == "claim_unassigned":
        return (f"Under your dental HMO plan, you must receive covered general dental services from the general "
                f"dentist office you are assigned to. On the date of service you were assigned to {f['office']} "
                f"({f['gd']}). {f['spec_office']} is not your assigned office and is not a contracted provider for "
                f"your plan. Services from a dentist who is not your assigned dentist are not covered, except for "
                f"emergency care, and the services billed were not emergency services. The claim is denied.")
    if k == "perio_claim":
        return (f"Specialist care is covered only when your assigned general dentist refers you and the plan "
                f"approves the referral before the service. We have no approved referral to {f['spec']} on file "
                f"for these services. Because the specialist treated you without an approved referral, the claim "
                f"is denied. Your assigned dentist, {f['gd']}, may submit a referral request for future care.")
    if k == "endo_es":
        return (f"La extracción de un diente erupcionado (D7140) del diente #4 está dentro de los servicios que su "
                f"dentista general asignado, {f['gd']}, presta bajo su plan. Las radiografías enviadas no muestran "
                f"raíces curvas, dientes impactados ni otra complicación. La remisión a un cirujano oral no es "
                f"médicamente necesaria. Su dentista general puede realizar este servicio con el copago de su plan.")
    return ""


def state_paragraph(d: Page, f: dict) -> None:
    es = f["lang"] == "es"
    ins = f["ins"]
    if ins == SEV and es:
        d.para("El Departamento de Administración del Cuidado de la Salud de California es responsable de regular "
               "los planes de servicios de atención médica. Si tiene una queja contra su plan, primero debe llamar "
               f"a su plan al {f['ph']} y usar el proceso de quejas de su plan antes de comunicarse con el "
               "departamento. Si necesita ayuda con una queja relacionada con una emergencia, una queja que su plan "
               "no ha resuelto satisfactoriamente, o una queja que no se ha resuelto por más de 30 días, puede llamar "
               "al departamento al 1-555-466-0219 (TDD 1-555-930-0129). También puede ser elegible para una Revisión "
               "Médica Independiente (IMR).", 8.6)
    elif ins == SEV:
        d.para("The California Department of Managed Health Care is responsible for regulating health care service "
               f"plans. If you have a grievance against your health plan, you should first telephone your health "
               f"plan at {f['ph']} and use your health plan's grievance process before contacting the department. "
               "Utilizing this grievance procedure does not prohibit any potential legal rights or remedies that may "
               "be available to you. If you need help with a grievance involving an emergency, a grievance that has "
               "not been satisfactorily resolved by your health plan, or a grievance that has remained unresolved "
               "for more than 30 days, you may call the department for assistance. You may also be eligible for an "
               "Independent Medical Review (IMR). The department's toll-free number is 1-555-466-0219 and a TDD line "
               "1-555-930-0129. The department's internet website has complaint forms, IMR application forms and "
               "instructions online.", 8.6)
    elif ins == UPO:
        d.para("If you are not satisfied with the plan's resolution of your complaint, you may file a complaint "
               "with the Texas Department of Insurance, Consumer Protection, PO Box 149091, Austin, TX 78714, "
               "telephone 1-555-252-0439. You may also request review by an independent review organization when a "
               "denial is based on medical necessity.", 8.6)
    else:
        d.para("If you are not satisfied with the outcome of the grievance, you may file a complaint with the Arizona "
               "Department of Insurance and Financial Institutions, Consumer Protection Division, telephone "
               "1-555-325-0295. The department may review complaints about prepaid dental plans.", 8.6)


def grievance(d: Page, f: dict, style: int) -> None:
    es, ds = f["lang"] == "es", f["ds"]
    if es:
        d.text_line("Si no está de acuerdo con esta decisión", 10.5, "B")
        d.para(f"Usted o su dentista pueden presentar una queja (apelación) dentro de los 180 días a partir de la "
               f"fecha de esta carta. Llame a Servicios para Miembros al {f['ph']} o escriba a "
               f"{ADDR[f['ins']][0]}, {ADDR[f['ins']][1]}. Le responderemos dentro de 30 días.", 9.3)
    else:
        d.text_line("YOUR RIGHT TO FILE A GRIEVANCE" if style == 1 else "If you disagree with this decision",
                    10.5, "B")
        if style == 2:
            when = f"Your grievance must be received by {fdate(f['deadline'], ds)} (180 days after this letter)."
        else:
            when = "You must file the grievance within 180 calendar days of the date of this letter."
        d.para(f"You, your dentist or someone you name may file a grievance (appeal) with the plan. {when} Call "
               f"Member Services at {f['ph']}, write to {ADDR[f['ins']][0]}, {ADDR[f['ins']][1]}, or file online "
               f"in the member portal. A dentist who did not make this decision will review it, and we will answer "
               f"within 30 calendar days. If your dental condition is urgent, ask for an expedited review; we "
               f"will answer within 72 hours.", 9.3)
    state_paragraph(d, f)


def letter(f: dict, style: int) -> bytes:
    es, ds, ms = f["lang"] == "es", f["ds"], f["ms"]
    d = Page(footer=("Página {p} de {n}" if es else "Page {p} of {n}"))
    d.add_page()
    letterhead(d, f, style)
    d.text_line(fdate(f["notice"], ds), 10)
    d.ln(3)
    to = f["subscriber"] if f["dep"] else f["member"]
    d.text_line(to, 10)
    d.text_line(f"{1000 + len(f['last']) * 37} {'Ararat' if f['ins'] == SEV else 'Apia'} Street", 10)
    d.text_line(ADDR[f["ins"]][1], 10)
    d.ln(5)
    k = f["kind"]
    approved = k == "os_ok"
    if es:
        d.text_line("AVISO DE DENEGACIÓN DE REMISIÓN A UN ESPECIALISTA", 11.5, "B")
        d.ln(1)
        for a, b in (("Paciente:", f["member"]), ("Suscriptor:", f["subscriber"]), ("Nº de miembro:", f["mem_id"]),
                     ("Contrato/Grupo:", f["group"]), ("Plan:", PLANS[f["ins"]]),
                     ("Dentista general asignado:", f["gd"]), ("Especialista solicitado:", f["spec"]),
                     ("Número de remisión:", f["ref"]), ("Fecha de nacimiento:", fdate(f["dob"], ds)),
                     ("Fecha de recibo de la solicitud:", fdate(f["received"], ds))):
            kv(d, a, b, 58)
        d.ln(2)
        d.para(f"Estimado/a {f['first']} {f['last']}:" if not f["dep"] else
               f"Estimado/a {f['subscriber'].split()[0]} {f['last']}:", 10)
        d.para(f"Su dentista general solicitó una remisión a {f['spec']} para los servicios indicados abajo. "
               "Hemos negado la solicitud.", 10)
        lines_table(d, f, "Negado")
        d.text_line("Razón de la decisión", 10.5, "B")
        d.para(reason(f), 9.6)
        grievance(d, f, style)
        d.ln(2)
        d.text_line("Atentamente,", 10)
        d.text_line("Dra. Ani S. Mkrtchyan, DDS, Directora Dental", 10)
        d.text_line(f["ins"], 10)
        return pdf_bytes(d)
    title = {"claim_unassigned": "Notice of Claim Denial", "perio_claim": "Notice of Claim Denial",
             "os_ok": "Specialist Referral Approval"}.get(k, "Notice of Specialist Referral Denial")
    id_rows = [("Patient", f["member"]), ("Subscriber", f["subscriber"]),
               ("Member ID" if style != 1 else "MEMBER NO.", f["mem_id"]),
               ("Subscriber ID", f["sub_id"]), ("Contract/Group No." if style != 2 else "Group", f["group"])]
    if style == 1:
        id_rows.append(("Plan No.", f["plan_no"]))
    else:
        id_rows.append(("Plan", PLANS[f["ins"]]))
    id_rows.append(("Assigned general dentist", f"{f['gd']}, {f['office']}"))
    if f["claimish"]:
        id_rows += [("Billing dentist", f["spec"] + (f", {f['spec_office']}" if k == "claim_unassigned" else "")),
                    ("Claim number", f["claim"]), ("Claim received", fdate(f["received"], ds))]
    else:
        id_rows += [("Specialist", f["spec"]), ("Referral number" if style != 1 else "REFERRAL REQUEST #", f["ref"]),
                    ("Request received", fdate(f["received"], ds))]
    id_rows += [("Patient date of birth", fdate(f["dob"], ds)), ("Dentist NPI" if f["claimish"] else "Specialist NPI",
                                                                 f["npi"])]
    d.text_line(title.upper() if style == 1 else title, 12.5, "B")
    d.ln(2)
    if style == 1:
        box_rows(d, id_rows, 8.8)
        d.ln(4)
    else:
        for a, b in id_rows:
            kv(d, a + ":", b)
        d.ln(3)
    salute = f["subscriber"] if f["dep"] else f["member"]
    d.para(f"Dear {salute.split()[0]} {f['last']}:", 10)
    if approved:
        d.para(f"Your general dentist, {f['gd']}, asked us to approve a referral for {f['member']} to "
               f"{f['spec']} for the services listed below. We approved the referral. The approval is valid "
               f"through {fdate(f['valid'], ds)}; please call the specialist's office to schedule. You pay only "
               f"the specialist copayments listed in your Schedule of Benefits.", 10)
        lines_table(d, f, "Approved")
        d.para("Services that are not listed above need a new referral. Bring your member ID card to the visit.", 9.5)
    elif f["claimish"]:
        what = "your assigned general dentist's office" if k == "claim_unassigned" else "an approved referral"
        d.para(f"We received a claim from {f['spec']} for services provided to {f['member']} on "
               f"{fdate(f['dos'], ds)}, totaling {usd(f['total'], ms)}. We cannot pay this claim because the "
               f"services were not provided by {what}.", 10)
        lines_table(d, f, "Denied")
        d.text_line("Why the claim was denied" if style != 1 else "REASON FOR DENIAL", 10.5, "B")
        d.para(reason(f), 9.6)
    else:
        d.para(f"Your general dentist, {f['gd']}, asked us to approve a referral for {f['member']} to "
               f"{f['spec']}. We reviewed the request and the records sent with it. The referral is denied.", 10)
        lines_table(d, f, "Denied")
        d.text_line("Reason for our decision" if style != 1 else "REASON FOR DENIAL", 10.5, "B")
        d.para(reason(f), 9.6)
        d.para("This decision was made by a licensed dentist consultant. You or your dentist may ask for a copy of "
               "the guideline used, free of charge.", 9.2)
    if not approved:
        grievance(d, f, style)
    d.ln(2)
    d.text_line("Sincerely,", 10)
    d.text_line("Utilization Management, Dental Director's Office" if not f["claimish"] else "Claims Department", 10)
    d.text_line(f["ins"], 10)
    d.text_line(f"cc: {f['gd']}" + ("" if f["claimish"] else f"; {f['spec']}"), 8.5)
    return pdf_bytes(d)


DEN = {"endo": ("medical_necessity", ["level_of_care"]), "endo_es": ("medical_necessity", ["level_of_care"]),
       "retreat": ("not_covered", []), "ortho": ("not_covered", ["eligibility"]),
       "claim_unassigned": ("out_of_network", []), "perio_claim": ("prior_authorization", ["out_of_network"])}


def make_truth(f: dict) -> dict:
    k = f["kind"]
    alts: dict = {"member_id": [f["sub_id"]], "insurer": [PLANS[f["ins"]]]}
    prov = f["spec"].split(" (")[0]
    if not f["claimish"]:
        alts["provider"] = [f["gd"], f["spec"]]
    elif k == "claim_unassigned":
        alts["provider"] = [f["spec_office"]]
    common = dict(insurer=f["ins"], member_id=f["mem_id"], member_name=f["member"], group_number=f["group"],
                  denial_date=f["notice"].isoformat(), provider=prov)
    if f["claimish"]:
        common.update(case_numbers=[f["claim"]], claim_amount=f"{f['total']:.2f}",
                      service_dates=[f["dos"].isoformat()])
    else:
        common.update(case_numbers=[f["ref"]])
    if f["style"] == 1:
        common["plan_id"] = f["plan_no"]
    if k in ("os_ok",):
        return truth("other", None, f["lang"], alternates=alts, **common)
    common["appeal_deadline"] = f["deadline"].isoformat()
    den, dalt = DEN[k]
    return truth("denial_letter", den, f["lang"], alternates=alts, denial_alternates=dalt, **common)


# (suffix, condition, kind, insurer, style, date style, money style, lang)
PLAN = [
    ("bd_endodontist_referral_general_dentist_can_perform", "born_digital", "endo", SEV, 0, "long", "plain", "en"),
    ("bd_claim_not_assigned_office", "born_digital", "claim_unassigned", UPO, 2, "slash", "plain", "en"),
    ("scan300_oral_surgeon_referral_approved", "scan_clean_300", "os_ok", LAL, 1, "abbr", "plain", "en"),
    ("lowres_periodontist_claim_no_referral", "scan_lowres_150", "perio_claim", SEV, 1, "slash", "nosign", "en"),
    ("faxfine_orthodontist_adult_not_covered", "fax_fine_g4", "ortho", UPO, 0, "iso", "plain", "en"),
    ("phone_es_cirujano_oral_dentista_general_puede", "phone_photo", "endo_es", SEV, 0, "es", "plain", "es"),
    ("rotated_endodontic_retreatment_excluded", "rotated", "retreat", LAL, 2, "dmy", "space", "en"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, style, ds, ms, lang) in enumerate(PLAN):
        f = facts(random.Random(145550 + i), i, kind, ins, ds, ms, lang)
        f["style"] = style
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(letter(f, style), make_truth(f))]))
    return items
