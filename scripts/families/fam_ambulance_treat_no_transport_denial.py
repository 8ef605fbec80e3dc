"""Family 'ambulance_treat_no_transport_denial': plan, Medicare and Medicaid notices on ambulance calls where the
crew treated the patient at the scene but did not transport.

Issuers (all invented except the program name Medicare): Brindlewood Health Assurance (logo word "BRINDLEWOOD" over
a rule; commercial EOB and letters), Medicare (Part B Medicare Summary Notice headings), Lindenfall Medical
Assistance Program (a state Medicaid agency's notice), Tallowmere Community Care (Medicaid managed care plan; a
Spanish notice), Orchard Crest Health Plans (Medicare Advantage EOB). Contents: commercial EOB denying an ALS
emergency response (A0427) and zero-mile mileage as no transport; MSN denying a BLS emergency call where the patient
refused transport (signed refusal); the Medicaid agency's notice paying a treat-in-place claim (A0998 with an ED
physician telehealth consult) under its treat-in-place model; a 150 dpi letter denying a lift assist; a faxed
Medicaid managed care notice denying a community paramedicine home visit; a Spanish managed care notice (phone
photo) denying a call where the patient refused transport; a photocopied MA EOB paying the treat-in-place base and
denying the mileage. Decoys: the hospital named as the destination not reached, the incident / run number, NPIs,
dates of birth, received dates, the fair-hearing and continuation time limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import MONTHS_ES, Doc, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "ambulance_treat_no_transport_denial"
LANG = "en"

BW, MC, LF, TM, OC = ("Brindlewood Health Assurance", "Medicare", "Lindenfall Medical Assistance Program",
                      "Tallowmere Community Care", "Orchard Crest Health Plans")
ADDR = {BW: ("PO Box 30752", "Caddington, KS 66999"), LF: ("1400 Statehouse Annex Drive", "Lindenfall City, NM 87599"),
        TM: ("225 Rosemere Plaza", "Harlow Springs, TX 78999"), OC: ("9 Orchard Crest Way", "Pennock, MI 49999")}
SERVICES = ["Cinder Ridge Fire Protection District", "Weyburn Valley Ambulance Service",
            "North Calder County EMS Authority", "Fallowmere Fire Rescue", "Tamsin Hollow Volunteer Ambulance Corps"]
HOSPITALS = ["Havenport General Hospital", "Oakhaven Community Hospital", "St. Aldric Regional Medical Center",
             "Briarwood Valley Hospital"]
FIRST = ["Wilhelmina", "Thaddeus", "Ngozi", "Barnaby", "Ximena", "Evander", "Sigrun", "Mateus", "Perpetua", "Ravi",
         "Oona", "Cornelius", "Yusra", "Leander"]
LAST = ["Whitcombe", "Abiodun", "Fennimore", "Ostrowski", "Delgado-Marsh", "Kurokawa", "Brannagh", "Sithole",
        "Vantongeren", "Quillfeather", "Esterhazy", "Mancini-Oduya", "Rasmussen", "Tobolowsky"]
FIRST_ES = ["Rosaura", "Anselmo", "Maricruz", "Teodoro", "Yesenia", "Benigno"]
LAST_ES = ["Olivárez", "Cienfuegos", "Barragán", "Quiñones", "Ledesma", "Arredondo"]
STREETS = ["Saltmarsh Road", "Pinfold Lane", "Kestrel Heights Drive", "Oxbow Court", "Lamplighter Street"]
TOWNS = ["Caddington, KS 66999", "Pennock, MI 49999", "Harlow Springs, TX 78999", "Lindenfall City, NM 87599"]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def mbi(r: random.Random) -> str:
    let, an = "ACDEFGHJKMNPQRTUVWXY", "ACDEFGHJKMNPQRTUVWXY0123456789"
    return "".join([str(r.randint(1, 9)), r.choice(let), r.choice(an), str(r.randint(0, 9)), r.choice(let),
                    r.choice(an), str(r.randint(0, 9)), r.choice(let), r.choice(let), str(r.randint(0, 9)),
                    str(r.randint(0, 9))])


def D(f: dict, d: dt.date) -> str:
    s = f["ds"]
    if s == "es":
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y")}[s]


def facts(r: random.Random, ins: str, ds: str, lang: str = "en") -> dict:
    if lang == "es":
        first, last = r.choice(FIRST_ES), r.choice(LAST_ES)
    else:
        first, last = r.choice(FIRST), r.choice(LAST)
    mid = r.choice("ABCDEFGHJKLMNPRSTVW")
    notice = dt.date(2026, 1, 26) + dt.timedelta(days=r.randint(0, 150))
    dos = notice - dt.timedelta(days=r.randint(20, 50))
    ids = {BW: ("BWA" + digits(r, 9), "BW" + digits(r, 5), "BW" + digits(r, 11)),
           MC: (mbi(r), None, digits(r, 13)),
           LF: (digits(r, 10), None, f"TCN {digits(r, 4)}-{digits(r, 6)}-{digits(r, 3)}"),
           TM: ("TCC" + digits(r, 8), None, "TC" + digits(r, 10)),
           OC: (f"OC{digits(r, 8)}-01", "H5899-014", "OC" + digits(r, 10))}[ins]
    return dict(r=r, ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(14, 9870)} {r.choice(STREETS)}", r.choice(TOWNS)), notice=notice, dos=dos,
                mid=ids[0], grp=ids[1], claim=ids[2], svc=r.choice(SERVICES), hosp=r.choice(HOSPITALS),
                dob=dt.date(r.randint(1938, 1990), r.randint(1, 12), r.randint(1, 28)), ph=phone(r), npi=npi(r),
                run=f"{dos.year}-{digits(r, 6)}", mcaid=digits(r, 9))


def letterhead(d: Doc, f: dict) -> None:
    ins = f["ins"]
    a = ADDR[ins]
    if ins == BW:
        d.text_line("BRINDLEWOOD", 22, "B")
        d.rule(0.9, 1.2)
        d.text_line(f"{BW}  |  {a[0]}  |  {a[1]}  |  Member Services {f['ph']}", 8.5)
    elif ins == LF:
        d.text_line("STATE DEPARTMENT OF HEALTH AND HUMAN SERVICES", 9, "B", align="C")
        d.text_line(LF, 14, "B", align="C")
        d.text_line(f"{a[0]}, {a[1]}  -  Member line {f['ph']}", 8.5, align="C")
    elif ins == TM:
        d.text_line(TM, 15, "B")
        d.text_line("Plan de Medicaid administrado  |  Medicaid managed care plan", 9)
        d.text_line(f"{a[0]}, {a[1]}  |  {f['ph']} (TTY 711)", 8.5)
    else:
        d.text_line(OC, 14, "B", align="R")
        d.text_line("Orchard Crest Medicare Advantage (HMO)", 9, align="R")
        d.text_line(f"{a[0]}, {a[1]}", 8.5, align="R")
    d.ln(6)


def pairs(d: Doc, rows: list[tuple[str, str]], lw: float = 52, size: float = 10) -> None:
    for k, v in rows:
        if v is None:
            continue
        d.font(size, "B")
        d.cell(lw, 5.3, k)
        d.font(size)
        d.multi_cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def addressee(d: Doc, f: dict) -> None:
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)


def claim_table(d: Doc, f: dict, lines: list[tuple], head=None) -> list[float]:
    """lines: (code, description, billed, allowed, paid, you owe, remark)."""
    rows = [[D(f, f["dos"]), ln[0], ln[1], fmt_money(ln[2]), fmt_money(ln[3]), fmt_money(ln[4]), fmt_money(ln[5]),
             ln[6]] for ln in lines]
    tot = [sum(x[i] for x in lines) for i in (2, 3, 4, 5)]
    rows.append(["*Total", "", "", *[fmt_money(v) for v in tot], ""])
    d.table(head or ["Date of service", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Remark"],
            rows, [25, 13, 55, 20, 19, 19, 18, 13], size=8, aligns="LLLRRRRL", border_head="TB")
    return tot


def eob(f: dict, lines, remarks, intro: str, denial: str | None, dalts=(), amount_alt=None, title="EXPLANATION OF BENEFITS",
        appeal_days: int = 180, extra_alts=None, type_alts=()) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(title, 15, "B")
    d.text_line("THIS IS NOT A BILL", 9, "B")
    d.ln(3)
    y0 = d.get_y()
    addressee(d, f)
    d.set_xy(112, y0)
    meta = [("Date processed", D(f, f["notice"])), ("Member", f["name"]), ("Member ID", f["mid"])]
    if f["grp"]:
        meta.append(("Plan" if f["ins"] == OC else "Group", f["grp"]))
    meta.append(("Birth date", D(f, f["dob"])))
    for k, v in meta:
        d.set_x(112)
        d.font(9, "B")
        d.cell(30, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 28) + 3)
    d.para(intro, 9.5)
    d.font(10, "B")
    d.cell(0, 6, f"Claim {f['claim']}  -  {f['svc']}  (NPI {f['npi']})", new_x="LMARGIN", new_y="NEXT")
    d.font(9)
    d.cell(0, 5, f"Incident/run no. {f['run']}   Destination on call record: {f['hosp']} (not transported)",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    tot = claim_table(d, f, lines)
    d.text_line("Remarks", 10, "B")
    for k, v in remarks:
        d.para(f"{k}  {v}", 8.8, gap=1)
    d.ln(2)
    dl = f["notice"] + dt.timedelta(days=appeal_days)
    d.para(f"Appeals: if you disagree with this decision, you may appeal within {appeal_days} days of the date of "
           f"this notice. Call {f['ph']} (TTY 711) or write to the address above.", 9)
    alts = dict(extra_alts or {})
    if amount_alt:
        alts["claim_amount"] = [amount_alt]
    if denial is None:
        alts["appeal_deadline"] = [None]
    t = truth("eob", denial, insurer=f["ins"], member_id=f["mid"], group_number=None if f["ins"] == OC else f["grp"],
              plan_id=f["grp"] if f["ins"] == OC else None, member_name=f["name"], case_numbers=[f["claim"]],
              claim_amount=m2(tot[0]), service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]),
              provider=f["svc"], appeal_deadline=iso(dl), alternates={**alts, **({"plan_id": [None]} if f["ins"] == OC
                                                                                  else {})},
              denial_alternates=list(dalts), type_alternates=list(type_alts))
    return pdf_bytes(d), t


def letter(f: dict, title: str, rows, body: list[str], amt: float | None, denial: str | None, appeal: str | None,
           cases: list[str], dalts=(), sign="Claims Department", fax: str | None = None, days: int = 180,
           medicaid: bool = False, extra_alts=None, type_alts=()) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    addressee(d, f)
    d.text_line(title, 13, "B")
    d.ln(2)
    pairs(d, rows)
    d.para(f"Dear {f['first']} {f['last']}:")
    for p in body:
        d.para(p)
    dl = None
    if appeal:
        dl = f["notice"] + dt.timedelta(days=days)
        d.text_line("Your right to appeal", 11, "B")
        d.ln(1)
        if appeal == "date":
            d.para(f"If you disagree, your appeal must reach us by {D(f, dl)}. Write to the address above or call "
                   f"{f['ph']} (TTY 711).")
        else:
            d.para(f"If you disagree, you may appeal within {days} days of the date of this letter. Write to the "
                   f"address above or call {f['ph']} (TTY 711).")
        if medicaid:
            d.para("If you want your services to continue during the appeal, you must ask within 10 days of the "
                   "date of this letter. If we keep our decision after your appeal, you may ask for a State Fair "
                   "Hearing within 120 days of the date of our appeal decision. A fast (72-hour) appeal is "
                   "available when waiting could harm your health.", 9.5)
    d.para(f"Sincerely,\n{sign}\n{f['ins']}", 10)
    t = truth("denial_letter" if denial else "other", denial, insurer=f["ins"], member_id=f["mid"],
              group_number=f["grp"], member_name=f["name"], case_numbers=cases,
              claim_amount=None if amt is None else m2(amt), service_dates=[iso(f["dos"])],
              denial_date=iso(f["notice"]), provider=f["svc"], appeal_deadline=None if dl is None else iso(dl),
              alternates={k: v for k, v in (extra_alts or {}).items() if v}, denial_alternates=list(dalts),
              type_alternates=list(type_alts))
    return pdf_bytes(d), t


def msn(f: dict, lines, notes) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 14, "B")
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 9)
    d.text_line("THIS IS NOT A BILL", 10, "B")
    d.rule(0.6, 3)
    dl = f["notice"] + dt.timedelta(days=120)
    y0 = d.get_y()
    d.font(10, "B")
    d.cell(0, 5, f"Notice for {f['name']}", new_x="LMARGIN", new_y="NEXT")
    d.font(9.5)
    for k, v in [("Medicare Number", f["mid"]), ("Date of This Notice", D(f, f["notice"])),
                 ("Claims Processed Between", f"{D(f, f['notice'] - dt.timedelta(days=90))} - {D(f, f['notice'])}")]:
        d.cell(50, 5, k)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    addressee(d, f)
    d.set_xy(118, y0)
    d.multi_cell(78, 4.8, f"If you disagree with any claims decisions, you can file an appeal. Appeals must be "
                 f"filed by {D(f, dl)}. See page 2 for how to appeal.\n\nCall 1-800-MEDICARE (TTY 1-877-486-2048) "
                 "with questions.", border=1, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 48) + 3)
    d.text_line("Your Claims for Part B (Medical Insurance)", 11.5, "B")
    d.ln(1)
    d.para(f"{D(f, f['dos'])}   {f['svc']}, Ambulance Billing, PO Box 118\n"
           f"Claim number {f['claim']}   Destination listed: {f['hosp']} (no transport)", 9)
    rows = [[ln[0], ln[1], fmt_money(ln[2]), fmt_money(ln[3]), fmt_money(ln[4]), fmt_money(ln[5]), ln[6]]
            for ln in lines]
    tot = [sum(x[i] for x in lines) for i in (2, 3, 4, 5)]
    rows.append(["*Total for this claim", "", fmt_money(tot[0]), fmt_money(tot[1]), fmt_money(tot[2]),
                 fmt_money(tot[3]), ""])
    d.table(["Service & Billing Code", "Approved?", "Charged", "Approved Amt", "Medicare Paid", "You May Be Billed",
             "Notes"], rows, [64, 16, 21, 21, 21, 26, 11], size=7.8,
            aligns="LLRRRRL", border_head="TB")
    d.text_line("Notes for Claims Above", 10.5, "B")
    for k, v in notes:
        d.para(f"{k}  {v}", 8.8, gap=1)
    d.add_page()
    d.text_line("How to Handle Denied Claims or File an Appeal", 12, "B")
    d.ln(2)
    d.para(f"If you disagree with a coverage decision or payment, circle the service(s) on this notice, explain in "
           f"writing why you disagree, and send it to the contractor at the address below. Appeals must be filed "
           f"by {D(f, dl)}.")
    d.para("Medicare Part B claims appeals: Prairieline Medicare Administrators, Part B Redeterminations, "
           "PO Box 66120, Caddington, KS 66999")
    d.para("If you need help, call 1-800-MEDICARE or your State Health Insurance Assistance Program.", 9.5)
    t = truth("eob", "not_covered", insurer=MC, member_id=f["mid"], member_name=f["name"], case_numbers=[f["claim"]],
              claim_amount=m2(tot[0]), service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]),
              provider=f["svc"], appeal_deadline=iso(dl),
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"]},
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


def spanish(f: dict, amt: float) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Página {p} de {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    addressee(d, f)
    d.text_line("Aviso de determinación adversa de beneficios", 13, "B")
    d.text_line("Servicio de ambulancia: pago denegado", 10.5, "B")
    d.ln(2)
    pairs(d, [("Afiliado:", f["name"]), ("Nº de afiliado:", f["mid"]), ("Nº de Medicaid:", f["mcaid"]),
              ("Número de reclamo:", f["claim"]), ("Proveedor:", f"{f['svc']}, NPI {f['npi']}"),
              ("Fecha del servicio:", D(f, f["dos"])),
              ("Servicio:", "A0427 Ambulancia ALS1, emergencia; A0425 millaje"),
              ("Monto facturado:", fmt_money(amt)),
              ("Fecha de nacimiento:", D(f, f["dob"]))], lw=48)
    d.para(f"Estimado(a) {f['first']} {f['last']}:")
    d.para(f"El {D(f, f['dos'])} una ambulancia de {f['svc']} acudió a su domicilio. El equipo le atendió en el "
           f"lugar, pero usted no aceptó ser trasladado(a) a {f['hosp']} y firmó un formulario de rechazo de "
           "traslado.")
    d.para("Qué decidimos: negamos el pago de este reclamo. Su plan cubre el servicio de ambulancia de emergencia "
           "cuando usted es trasladado(a) al hospital u otro centro adecuado. Cuando no hay traslado, el cargo de la "
           "ambulancia no es un beneficio cubierto por su plan (regla de beneficios de transporte, sección 7.2). "
           "El proveedor no puede cobrarle a usted más de lo permitido por Medicaid.")
    dl = f["notice"] + dt.timedelta(days=60)
    d.text_line("Su derecho a apelar", 11, "B")
    d.ln(1)
    d.para("Si no está de acuerdo, puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. "
           f"Llámenos al {f['ph']} (TTY 711) o escríbanos a la dirección de arriba. Si pide la apelación, puede "
           "solicitar que sus servicios continúen dentro de 10 días. Después de la apelación, puede pedir una "
           "audiencia imparcial estatal dentro de 120 días de nuestra decisión.")
    d.para(f"Atentamente,\nDepartamento de Reclamos\n{TM}", 10)
    t = truth("denial_letter", "not_covered", "es", insurer=TM, member_id=f["mid"], member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount=m2(amt), service_dates=[iso(f["dos"])],
              denial_date=iso(f["notice"]), provider=f["svc"], appeal_deadline=iso(dl),
              alternates={"member_id": [f["mcaid"]]}, denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []
    r = random.Random(226600)

    # 1 commercial EOB: ALS emergency response, treated at the scene, no transport
    f = facts(random.Random(226601), BW, "long")
    lines = [("A0427", "ALS1 emergency response", 1845.00, 0, 0, 1845.00, "NT1"),
             ("A0425", "Ground mileage, per mile (0 mi)", 0.0, 0, 0, 0, "NT1"),
             ("A0398", "ALS routine disposable supplies", 165.00, 0, 0, 165.00, "NT1")]
    rem = [("NT1", "Ambulance benefits are payable only when the member is transported to the nearest appropriate "
                   "facility. The crew treated the patient at the scene and did not transport. Treatment without "
                   "transport is not a covered ambulance service under your plan (Certificate, Section 5.4).")]
    items.append(Item(f"{FAMILY}_bd_eob_als_treated_not_transported", "born_digital", [eob(
        f, lines, rem, "We processed the ambulance claim below. It was not paid; see the remark.", "not_covered",
        dalts=["other"])]))

    # 2 MSN: BLS emergency call, patient refused transport
    f = facts(random.Random(226602), MC, "slash")
    lines = [("Ambulance, BLS emergency (A0429)", "No", 1120.00, 0, 0, 1120.00, "A"),
             ("Ground mileage, per mile (A0425)", "No", 42.50, 0, 0, 42.50, "A")]
    notes = [("A", "Medicare pays for ambulance services only when you are transported to a hospital or other "
                   f"covered destination. Our records show you refused transport to {f['hosp']} after the crew "
                   "examined you. This service is not covered without transport."),
             ("B", "You may be billed for this service because the supplier followed Medicare's rules.")]
    items.append(Item(f"{FAMILY}_bd_msn_bls_patient_refused_transport", "born_digital", [msn(f, lines, notes)]))

    # 3 state Medicaid notice: treat-in-place claim paid
    f = facts(random.Random(226603), LF, "iso")
    amt = 612.00
    body = [f"On {D(f, f['dos'])}, {f['svc']} answered a 911 call for you. The paramedics treated you at home and, "
            f"after a video consult with an emergency physician at {f['hosp']}, you did not need to go to the "
            "emergency room.",
            f"Under the program's treat-in-place model, we paid {f['svc']} for the response and treatment at the "
            "scene (A0998 with modifier ET) even though you were not transported. You owe nothing for this "
            "service. The provider may not bill you.",
            "This notice is for your information. You do not need to do anything."]
    rows = [("Member:", f["name"]), ("Medicaid ID:", f["mid"]), ("Claim (TCN):", f["claim"].replace("TCN ", "")),
            ("Ambulance provider:", f"{f['svc']}, NPI {f['npi']}"), ("Date of service:", D(f, f["dos"])),
            ("Service:", "A0998-ET Ambulance response and treatment, no transport"),
            ("Amount billed:", fmt_money(amt)), ("Amount paid:", fmt_money(388.40)), ("Your share:", "$0.00")]
    items.append(Item(f"{FAMILY}_scan300_medicaid_treat_in_place_paid", "scan_clean_300", [letter(
        f, "Notice of Payment: Ambulance Treatment in Place", rows, body, amt, None, None,
        [f["claim"].replace("TCN ", "")], sign="Claims Unit", type_alts=["eob"])]))

    # 4 150 dpi: lift assist denied
    f = facts(random.Random(226604), BW, "abbr")
    amt = 475.00
    body = [f"{f['svc']} billed for a call to your home on {D(f, f['dos'])}. The run report says the crew helped "
            "you up from the floor after a fall (a \"lift assist\"), checked you over, found no injury, and did not "
            f"take you to {f['hosp']}.",
            "Your plan covers ambulance transportation when other transport could endanger your health. A lift "
            "assist, with no medical treatment and no transport, is not an ambulance service covered by your plan. "
            "We denied the claim as not covered.",
            "Many fire districts do not charge residents for lift assists; you may ask the district about this."]
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Claim number:", f["claim"]),
            ("Provider:", f"{f['svc']}, NPI {f['npi']}"), ("Date of service:", D(f, f["dos"])),
            ("Billed:", "A0428 BLS non-emergency response (lift assist)"), ("Amount billed:", fmt_money(amt)),
            ("Claim received:", D(f, f["notice"] - dt.timedelta(days=11)))]
    items.append(Item(f"{FAMILY}_lowres_lift_assist_not_covered", "scan_lowres_150", [letter(
        f, "Claim Denial Notice", rows, body, amt, "not_covered", "within", [f["claim"]],
        dalts=["medical_necessity"])]))

    # 5 fax fine: Medicaid managed care notice denying a community paramedicine visit
    f = facts(random.Random(226605), TM, "dmy")
    amt = 265.00
    body = [f"{f['svc']} asked to be paid for a community paramedicine home visit on {D(f, f['dos'])}: a "
            f"paramedic checked your blood pressure and medicines at home after your discharge from {f['hosp']}.",
            "We denied payment. Community paramedicine visits are covered only when the provider is enrolled with "
            "us as an approved community paramedicine program and the visit was ordered by your primary care "
            f"provider. {f['svc']} is enrolled only as an emergency ambulance provider, and no order was on file. "
            "This service is not covered as billed. You do not have to pay for it."]
    rows = [("Member:", f["name"]), ("Plan member ID:", f["mid"]), ("Medicaid ID:", f["mcaid"]),
            ("Claim number:", f["claim"]), ("Provider:", f"{f['svc']}, NPI {f['npi']}"),
            ("Date of service:", D(f, f["dos"])), ("Service:", "A0998-CP Community paramedicine home visit"),
            ("Amount billed:", fmt_money(amt, "nosign"))]
    fax = f"{D(f, f['notice'])} 14:07  TALLOWMERE UM/CLAIMS  FAX {phone(r)}  P. 1/2"
    items.append(Item(f"{FAMILY}_faxfine_medicaid_community_paramedicine_visit", "fax_fine_g4", [letter(
        f, "Notice of Adverse Benefit Determination", rows, body, amt, "not_covered", "within", [f["claim"]],
        dalts=["other"], sign="Utilization Management", fax=fax, days=60, medicaid=True,
        extra_alts={"member_id": [f["mcaid"]]})]))

    # 6 phone photo, Spanish: refused transport
    f = facts(random.Random(226606), TM, "es", lang="es")
    items.append(Item(f"{FAMILY}_phone_es_refused_transport", "phone_photo", [spanish(f, 1392.00)]))

    # 7 photocopy: MA EOB, treat-in-place base paid, mileage denied
    f = facts(random.Random(226607), OC, "abbr")
    lines = [("A0998", "Treatment in place, no transport", 640.00, 402.35, 352.35, 50.00, ""),
             ("A0425", "Ground mileage, 7 miles", 119.00, 0, 0, 0, "M40")]
    rem = [("M40", "Mileage is paid only for miles traveled with the patient on board. No patient was transported, "
                   "so the mileage line is denied. The provider may not bill you for it.")]
    items.append(Item(f"{FAMILY}_copy_ma_eob_mileage_denied_treat_in_place", "photocopy", [eob(
        f, lines, rem, "Your plan paid the ambulance response under its treat-in-place benefit. One line was denied.",
        "not_covered", dalts=["coding_error"], amount_alt="119.00", appeal_days=65)]))
    return items
