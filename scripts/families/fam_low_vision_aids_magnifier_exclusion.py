"""Family 'low_vision_aids_magnifier_exclusion': vision plan, Medicare Advantage and Medicaid letters and EOBs on low
vision aids (electronic magnifiers V2600, telescopic lenses V2615, low vision evaluation 92499).

Issuers (all invented): Clearmont Vision Benefits (vision plan; an EOB paying the evaluation and denying the
magnifier, a claim letter on telescopic spectacles, an appeal upheld), Harrowgate Health (Medicare Advantage,
"Harrowgate Medicare Complete (HMO)", plan H5182-007; a notice of denial of medical coverage for telescopic lenses as
eyeglasses, an EOB denying a handheld magnifier as eyeglasses), Tallowmere Community Care (Medicaid managed care; a
Spanish notice denying an electronic magnifier, a waiver / state blind services approval). Decoys: the referring
ophthalmologist, NPIs, dates of birth, request-received dates, visual acuity figures, the evaluation line that was
paid.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "low_vision_aids_magnifier_exclusion"
LANG = "en"

CV, HG, TM = "Clearmont Vision Benefits", "Harrowgate Health", "Tallowmere Community Care"
HG_PLAN, HG_PID = "Harrowgate Medicare Complete (HMO)", "H5182-007"
ADDR = {CV: ("PO Box 40917", "Larkspur Falls, OR 97999"), HG: ("1800 Harrowgate Commons", "Ridgeport, KY 40999"),
        TM: ("77 Quillon Street, 4th Floor", "Port Adair, NM 87999")}
CLINICS = ["Beaconlight Low Vision Center", "Northmere Low Vision & Optical", "Arden Vale Vision Rehabilitation Clinic"]
OPHTHS = ["Dr. Ingeborg T. Achterberg, MD (ophthalmology)", "Dr. Kofi E. Mensah-Boateng, MD, retina specialist",
          "Dr. Soraya L. Haddadi, MD (referring ophthalmologist)"]
OPTOMS = ["Dr. Paulette R. Winterbourne, OD", "Dr. Anand K. Sreedharan, OD", "Dr. Marguerite Oyelowo, OD, FAAO"]
FIRST = ["Wilhelmina", "Ezekiel", "Rosalind", "Tadeusz", "Hyun-woo", "Clementine", "Obadiah", "Philippa", "Nnamdi",
         "Ottilie", "Bartholomew", "Imelda"]
LAST = ["Thistlewood", "Okonkwo", "Lindqvist", "Barrington", "Castellanos", "Przybylski", "Ashdown", "Mukherjee",
        "Galloway", "Rautenberg"]
FIRST_ES = ["Socorro", "Evaristo", "Maricela", "Abundio", "Rosaura"]
LAST_ES = ["Echeverría", "Quiñones", "Baltazar", "Olivares", "Sepúlveda"]
STREETS = ["Heronsgate Road", "Millbrook Lane", "Tamarind Court", "Oakhurst Drive", "Plover Street"]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]


def D(f: dict, d: dt.date) -> str:
    if f["ds"] == "es":
        return f"{d.day} de {MES[d.month - 1]} de {d.year}"
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y")}[f["ds"]]


def facts(r: random.Random, ins: str, ds: str, es: bool = False) -> dict:
    first = r.choice(FIRST_ES if es else FIRST)
    last = r.choice(LAST_ES if es else LAST)
    mid = r.choice("ABCDEFGHJKLMNPRSTVW")
    notice = dt.date(2026, 3, 9) + dt.timedelta(days=r.randint(0, 150))
    ids = {CV: ("CVB" + digits(r, 8), "G-" + digits(r, 6)), HG: ("HG" + digits(r, 9) + "M", None),
           TM: ("TMC" + digits(r, 9), None)}[ins]
    dob = dt.date(r.randint(1941, 1958) if ins == HG else r.randint(1950, 1998), r.randint(1, 12), r.randint(1, 28))
    return dict(ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(12, 9870)} {r.choice(STREETS)}",
                      r.choice(["Larkspur Falls, OR 97999", "Ridgeport, KY 40999", "Port Adair, NM 87999"])),
                notice=notice, plan=notice + dt.timedelta(days=r.randint(8, 24)),
                recv=notice - dt.timedelta(days=r.randint(2, 7)), mid=ids[0], grp=ids[1],
                claim=digits(r, 3) + digits(r, 8), ref="LV-" + digits(r, 7), clinic=r.choice(CLINICS),
                optom=r.choice(OPTOMS), ophth=r.choice(OPHTHS), npi=npi(r), npi2=npi(r), ph=phone(r), dob=dob,
                va=r.choice(["20/200", "20/250", "20/400", "20/160"]))


def letterhead(d: Doc, f: dict) -> None:
    a = ADDR[f["ins"]]
    if f["ins"] == CV:
        d.text_line(CV, 17, "B")
        d.text_line(f"{a[0]}  -  {a[1]}  -  Member Care {f['ph']}", 8.5)
        d.rule(0.6, 1)
    elif f["ins"] == HG:
        d.text_line("HARROWGATE", 20, "B", align="R")
        d.text_line(f"{HG}  |  {HG_PLAN}", 9, align="R")
        d.text_line(f"{a[0]}, {a[1]}  |  Member Services {f['ph']} (TTY 711), 8 a.m. - 8 p.m., 7 days a week", 8,
                    align="R")
        d.rule(0.3, 1)
    else:
        d.text_line(TM, 15, "B", align="C")
        d.text_line("A Medicaid managed care plan" if f["ds"] != "es" else "Un plan de atención administrada de "
                    "Medicaid", 9, align="C")
        d.text_line(f"{a[0]}, {a[1]}   {f['ph']}   TTY 711", 8.5, align="C")
        d.rule(0.5, 1)
    d.ln(5)


def pairs(d: Doc, rows, lw: float = 50, size: float = 10) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(lw, 5.3, k)
        d.font(size)
        d.multi_cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def truth_for(f, doc_type, denial, *, cases, sdates, provider, amt, dl, alts=None, dalts=(), lang="en"):
    alts = dict(alts or {})
    if f["ins"] == HG:
        alts.setdefault("insurer", [HG_PLAN])
    return truth(doc_type, denial, lang, insurer=f["ins"], member_id=f["mid"], group_number=f["grp"],
                 plan_id=HG_PID if f["ins"] == HG else None, member_name=f["name"], case_numbers=cases,
                 claim_amount=None if amt is None else m2(amt), service_dates=sdates, denial_date=iso(f["notice"]),
                 provider=provider, appeal_deadline=None if dl is None else iso(dl),
                 alternates={k: v for k, v in alts.items() if v}, denial_alternates=list(dalts))


def letter(f: dict, title: str, rows, body: list[str], *, denial, appeal: str | None, days: int = 180, cases,
           sdates, provider, amt=None, alts=None, dalts=(), sign="Utilization Review", fax: str | None = None,
           to: tuple[str, str] | None = None, es: bool = False) -> tuple[bytes, dict]:
    """appeal: None, 'days', 'dated', 'second'."""
    d = Doc("Helvetica", footer="Página {p} de {n}" if es else "Page {p} of {n}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    if to:
        for ln in (f"To: {to[0]}, {to[1]}", f"Fax: {phone(random.Random(f['npi2']))}", f"Member: {f['name']}"):
            d.text_line(ln, 10)
    else:
        for ln in (f["name"], *f["addr"]):
            d.text_line(ln, 10.5)
    d.ln(5)
    d.text_line(title, 13, "B")
    d.ln(2)
    pairs(d, rows)
    d.para((f"Estimado(a) {f['first']} {f['last']}:" if es else
            (f"Dear {to[0]}:" if to else f"Dear {f['first']} {f['last']}:")))
    for p in body:
        d.para(p)
    dl = None
    if appeal:
        d.text_line("Cómo apelar" if es else "Your right to appeal", 11, "B")
        d.ln(1)
        dl = f["notice"] + dt.timedelta(days=days)
        if es:
            d.para(f"Si no está de acuerdo, puede pedir una apelación dentro de {days} días a partir de la fecha de "
                   f"este aviso. Llame al {f['ph']} o escriba a la dirección de arriba. Después de la apelación puede "
                   "pedir una audiencia imparcial estatal dentro de 120 días.")
        elif appeal == "days":
            d.para(f"If you disagree, you or your provider may appeal within {days} days of the date of this letter. "
                   f"Call {f['ph']} or write to the address above.")
        elif appeal == "dated":
            d.para(f"Your appeal must be received by {D(f, dl)}. Mail it to the address above or call {f['ph']}.")
        else:
            d.para(f"You may ask for a second-level review within {days} days of the date of this letter. You may "
                   "also ask for an independent external review within 4 months.")
    d.para(("Atentamente,\n" if es else "Sincerely,\n") + f"{sign}\n{f['ins']}", 10)
    t = truth_for(f, "denial_letter" if denial else "other", denial, cases=cases, sdates=sdates, provider=provider,
                  amt=amt, dl=dl, alts=alts, dalts=dalts, lang="es" if es else "en")
    return pdf_bytes(d), t


def ma_notice(f: dict, *, service: str, reason: str, cases, sdates, provider, alts=None, dalts=()):
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("Notice of Denial of Medical Coverage", 15, "B", align="C")
    d.ln(3)
    pairs(d, [("Date:", D(f, f["notice"])), ("Name:", f["name"]), ("Member number:", f["mid"]),
              ("Plan:", f"{HG_PLAN}, {HG_PID}"), ("Case number:", f["ref"]), ("Date of birth:", D(f, f["dob"])),
              ("Requested by:", f"{f['clinic']} ({f['optom']})"), ("Referred by:", f["ophth"])], lw=40)
    d.text_line("Your request was denied", 11.5, "B")
    d.para(f"We denied the item listed below that you or your doctor requested: {service}")
    d.text_line("Why did we deny your request?", 11.5, "B")
    d.para(reason)
    d.text_line("You have the right to appeal our decision", 11.5, "B")
    dl = f["notice"] + dt.timedelta(days=65)
    d.para("You have the right to ask Harrowgate Health to review our decision by asking us for an appeal. Ask for an "
           "appeal within 65 days of the date of this notice. We can give you more time if you have a good reason "
           "for missing the deadline.")
    d.para("If you or your doctor believe that waiting for a standard decision could seriously harm your health, "
           "ask for a fast appeal; we will decide within 72 hours.", 9.5)
    d.para(f"Call {f['ph']} (TTY 711) or write to {ADDR[HG][0]}, {ADDR[HG][1]}.", 9.5)
    d.text_line("Form CMS-10003-NDMCP   OMB Approval 0938-0829", 7)
    t = truth_for(f, "denial_letter", "not_covered", cases=cases, sdates=sdates, provider=provider, amt=None,
                  dl=dl, alts=alts, dalts=dalts)
    return pdf_bytes(d), t


def eob(f: dict, provider: str, lines, remarks, intro: str, denial, *, sdates, days=180, dalts=(), alts=None,
        header_extra=(), amt=None) -> tuple[bytes, dict]:
    """lines: (date, code, description, billed, allowed, paid, you owe, remark)."""
    ma = f["ins"] == HG
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("Explanation of Benefits" if ma else "Vision Benefits Statement (EOB)", 14.5, "B")
    d.text_line("THIS IS NOT A BILL", 9, "B")
    d.ln(3)
    y0 = d.get_y()
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    labs = [("Statement date", D(f, f["notice"])), ("Patient", f["name"]), ("Member ID", f["mid"])]
    labs += [("Plan", HG_PID)] if ma else [("Group", f["grp"])]
    labs += [("Date of birth", D(f, f["dob"]))]
    d.set_xy(112, y0)
    for k, v in labs:
        d.set_x(112)
        d.font(9, "B")
        d.cell(34, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 28) + 3)
    d.para(intro, 9.5)
    d.font(10, "B")
    d.cell(0, 6, f"Claim {f['claim']}  -  {provider}", new_x="LMARGIN", new_y="NEXT")
    for x in header_extra:
        d.font(9)
        d.cell(0, 5, x, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    rows = [[D(f, a), b, c, fmt_money(e), fmt_money(g), fmt_money(h), fmt_money(i), j]
            for a, b, c, e, g, h, i, j in lines]
    tot = [sum(x[i] for x in lines) for i in (3, 4, 5, 6)]
    rows.append(["Total", "", "", *[fmt_money(v) for v in tot], ""])
    d.table(["Date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"], rows,
            [22, 13, 60, 20, 18, 19, 18, 10], size=7.6, aligns="LLLRRRRL", border_head="TB")
    d.text_line("Notes", 10, "B")
    for k, v in remarks:
        d.para(f"{k}  {v}", 8.8, gap=1)
    d.ln(2)
    dl = f["notice"] + dt.timedelta(days=days)
    d.para(f"If you disagree with a decision on this statement, you may appeal within {days} days of the date of "
           f"this statement. Call {f['ph']} (TTY 711).", 9)
    t = truth_for(f, "eob", denial, cases=[f["claim"]], sdates=sdates, provider=provider,
                  amt=tot[0] if amt is None else amt, dl=dl, alts=alts, dalts=dalts)
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []

    # 1 born digital: vision plan EOB, evaluation 92499 paid, electronic magnifier V2600 excluded
    f = facts(random.Random(249501), CV, "slash")
    ev = f["notice"] - dt.timedelta(days=38)
    dv = ev + dt.timedelta(days=14)
    lines = [(ev, "92499", "Low vision evaluation", 225.00, 160.00, 160.00, 0, ""),
             (dv, "V2600", "Electronic desktop video magnifier (CCTV)", 2895.00, 0, 0, 2895.00, "X41")]
    rem = [("X41", "Low vision aids, including hand-held, spectacle-mounted and electronic magnifiers, are excluded "
                   "under your vision plan. The evaluation is covered once every 12 months."),
           ("", f"Referring physician on claim: {f['ophth']}, NPI {f['npi2']}.")]
    items.append(Item(f"{FAMILY}_bd_eob_evaluation_paid_cctv_excluded", "born_digital", [eob(
        f, f["clinic"], lines, rem, "We processed the claim below. The evaluation was paid; the magnifier was not "
        "covered.", "not_covered", sdates=[iso(dv)],
        header_extra=[f"Rendering: {f['optom']}   NPI {f['npi']}"],
        alts={"claim_amount": ["2895.00"], "service_dates": [[iso(ev), iso(dv)]], "provider": [f["optom"]]})]))

    # 2 born digital: MA notice, telescopic lenses denied as eyeglasses
    f = facts(random.Random(249502), HG, "long")
    reason = ("Your eye care provider asked for bioptic telescopic spectacles (V2615, telescopic lens, per lens, "
              f"two lenses) for macular degeneration, to be dispensed on {D(f, f['plan'])}. Original Medicare and "
              "our plan do not cover eyeglasses or contact lenses except after cataract surgery with an intraocular "
              "lens. Telescopic and other low vision lenses are eyeglasses under this rule, no matter how strong "
              f"they are. Your best corrected vision of {f['va']} does not change this. This is a benefit exclusion, "
              f"not a decision about medical need. Request received {D(f, f['recv'])}.")
    items.append(Item(f"{FAMILY}_bd_ma_notice_telescopic_lenses_as_eyeglasses", "born_digital", [ma_notice(
        f, service="Bioptic telescopic spectacles (V2615 x 2).", reason=reason, cases=[f["ref"]],
        sdates=[iso(f["plan"])], provider=f["clinic"], alts={"provider": [f["optom"]]})]))

    # 3 scan 300: Spanish Medicaid notice, electronic magnifier denied
    f = facts(random.Random(249503), TM, "es", es=True)
    rows = [("Miembro:", f["name"]), ("Número de miembro:", f["mid"]), ("Número de caso:", f["ref"]),
            ("Fecha de nacimiento:", D(f, f["dob"])), ("Proveedor:", f"{f['clinic']} ({f['optom']})"),
            ("Médico que refiere:", f["ophth"]), ("Artículo:", "V2600 Lupa electrónica portátil"),
            ("Fecha solicitada:", D(f, f["plan"])), ("Recibido:", D(f, f["recv"])), ("Decisión:", "Denegado")]
    body = [f"{f['clinic']} pidió que cubriéramos una lupa electrónica portátil para usted. Su plan de Medicaid no "
            "cubre ayudas para baja visión como lupas, lupas electrónicas o telescopios; estos artículos están "
            "excluidos de los beneficios de visión para adultos de 21 años o más.",
            "La evaluación de baja visión sigue cubierta. Puede pedir ayuda para obtener la lupa a la Comisión "
            "Estatal de Servicios para Ciegos; le enviamos su información de contacto por separado."]
    items.append(Item(f"{FAMILY}_scan300_es_medicaid_lupa_electronica_denegada", "scan_clean_300", [letter(
        f, "Aviso de denegación de cobertura", rows, body, denial="not_covered", appeal="days", days=60,
        cases=[f["ref"]], sdates=[iso(f["plan"])], provider=f["clinic"], sign="Departamento de Revisión de Servicios",
        alts={"provider": [f["optom"]]}, es=True)]))

    # 4 150 dpi: vision plan claim letter, telescopic spectacles excluded (post-service, billed per lens)
    f = facts(random.Random(249504), CV, "abbr")
    sd = f["notice"] - dt.timedelta(days=27)
    rows = [("Patient", f["name"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Claim number", f["claim"]),
            ("Provider", f"{f['clinic']}, NPI {f['npi']}"), ("Date of service", D(f, sd)),
            ("V2615 Telescopic lens, right", fmt_money(1180.00)), ("V2615 Telescopic lens, left", fmt_money(1180.00)),
            ("Total billed", fmt_money(2360.00)), ("Plan payment", fmt_money(0))]
    body = [f"We received a claim from {f['clinic']} for telescopic spectacle lenses. Section 7.3 of your vision "
            "benefit booklet excludes low vision aids and the lenses, frames and mountings that hold them. The "
            "claim is denied and no benefit is payable.",
            f"Dr. {f['ophth'].split('Dr. ')[1].split(',')[0]} is listed on the claim as the referring eye doctor. "
            "This decision is about what your plan covers, not about what your doctors recommended."]
    items.append(Item(f"{FAMILY}_lowres_letter_telescopic_spectacles_excluded", "scan_lowres_150", [letter(
        f, "Claim Denial Notice", rows, body, denial="not_covered", appeal="dated", days=180, cases=[f["claim"]],
        sdates=[iso(sd)], provider=f["clinic"], amt=2360.00, sign="Claims Review")]))

    # 5 photocopy: vision plan appeal upheld, electronic magnifier
    f = facts(random.Random(249505), CV, "dmy")
    appeal_no = "CVA-" + digits(random.Random(249515), 7)
    sd = f["notice"] - dt.timedelta(days=61)
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Appeal no.:", appeal_no),
            ("Original claim:", f["claim"]), ("Provider:", f"{f['clinic']} ({f['optom']})"),
            ("Item:", "V2600 Portable electronic magnifier, 7 inch"), ("Date of service:", D(f, sd)),
            ("Billed:", fmt_money(1649.00)), ("Visual acuity:", f"{f['va']} (better eye)")]
    body = ["You asked us to reconsider our denial of a portable electronic magnifier. A licensed optometrist who "
            f"was not part of the first decision reviewed your appeal and a letter from {f['ophth']}.",
            "Decision: the denial is upheld. Your plan excludes low vision aids of every kind. The letter explains "
            "why the magnifier helps you read, but the plan cannot pay for an item the contract excludes."]
    items.append(Item(f"{FAMILY}_photocopy_appeal_magnifier_upheld", "photocopy", [letter(
        f, "Appeal Decision", rows, body, denial="not_covered", appeal="second", days=60,
        cases=[appeal_no, f["claim"]], sdates=[iso(sd)], provider=f["clinic"], amt=1649.00, sign="Appeals Unit",
        alts={"case_numbers": [[appeal_no]], "provider": [f["optom"]]})]))

    # 6 rotated: Medicaid waiver / state blind services approval (no denial)
    f = facts(random.Random(249506), TM, "iso")
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Authorization:", f["ref"]),
            ("Program:", "Home and Community-Based Waiver, with the State Commission for the Blind"),
            ("Vendor:", f"{f['clinic']}, NPI {f['npi']}"), ("Referred by:", f["ophth"]),
            ("Approved:", "V2600 Electronic desktop magnifier x1; V2615 telescopic lens x2"),
            ("Delivery on or after:", D(f, f["plan"])), ("Received:", D(f, f["recv"]))]
    body = ["Good news: your request for low vision devices is approved through your waiver services. These items are "
            "not covered under the regular Medicaid vision benefit, but the waiver and the State Commission for the "
            "Blind share the cost as assistive technology. You pay nothing.",
            f"{f['clinic']} will contact you to schedule delivery and training. Keep this letter."]
    items.append(Item(f"{FAMILY}_rotated_medicaid_waiver_devices_approved", "rotated", [letter(
        f, "Approval of Waiver Services - Assistive Technology", rows, body, denial=None, appeal=None,
        cases=[f["ref"]], sdates=[iso(f["plan"])], provider=f["clinic"], sign="Waiver Services Unit")]))

    # 7 fax standard: MA EOB, handheld magnifier denied as eyeglasses/low vision aid, exam paid
    f = facts(random.Random(249507), HG, "short")
    sd = f["notice"] - dt.timedelta(days=33)
    lines = [(sd, "92004", "Eye exam, new patient, comprehensive", 210.00, 142.60, 114.08, 28.52, ""),
             (sd, "V2600", "Hand-held magnifier, illuminated", 385.00, 0, 0, 385.00, "N12")]
    rem = [("N12", "Medicare does not cover eyeglasses, magnifiers or other low vision aids. You may have to pay "
                   "this amount. The exam was paid at your specialist copay share."),
           ("", f"Referring: {f['ophth']}.")]
    fax = f"{D(f, f['notice'])} 09:12 FROM: HARROWGATE MBR SVCS  {phone(random.Random(249517))}  P.1/1"
    d_eob = eob(f, f["clinic"], lines, rem, "This statement shows a claim for vision care. Part of it was denied.",
                "not_covered", sdates=[iso(sd)], days=65, header_extra=[fax],
                alts={"claim_amount": ["385.00"], "provider": [f["optom"]]})
    items.append(Item(f"{FAMILY}_faxstd_ma_eob_magnifier_denied_as_eyeglasses", "fax_standard_g4", [d_eob]))
    return items
