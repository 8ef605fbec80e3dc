"""Family 'bone_anchored_hearing_implant_denial': plan, Medicaid and Medicare Advantage letters, EOBs and a
supplier's statement on bone-anchored (osseointegrated) hearing systems (CPT 69714; HCPCS L8690, L8691, L8692).

Issuers (all invented): Kestrelmoor Health (commercial; logo word "KESTRELMOOR" over a rule; letters and an EOB),
Amberlyn Medicare Choice (Medicare Advantage PPO, plan H4410-003; letter and EOB, right-aligned letterhead),
Calverton Medical Assistance Program (a state Medicaid agency; centred), Ridgefell Community Health Plan (Medicaid
managed care; Spanish notice), and Brookvale Hearing Implant Supply's patient statement. Contents: a pre-service
denial of 69714 + L8690 because the bone-conduction thresholds do not meet criteria, an EOB denying an L8691 sound
processor replaced within 5 years, a Medicaid approval of an L8692 softband for a child as DME, a fax stack (cover
sheet, the MA plan's denial of an adult's L8692 headband device under the hearing-aid exclusion, the supplier's
statement billing the member), a Spanish managed-care notice denying the implant for a child under 5, a 150 dpi
appeal decision upholding an implant denial, and a rotated MA EOB paying the surgery. Decoys: the audiologist who
tested (name, NPI, audiogram date), dates of birth, the prior processor's dispense date, the parent's name,
received dates, fair-hearing and continuation limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import MONTHS_ES, Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "bone_anchored_hearing_implant_denial"
LANG = "en"

KM, AM, CV, RF = ("Kestrelmoor Health", "Amberlyn Medicare Choice", "Calverton Medical Assistance Program",
                  "Ridgefell Community Health Plan")
SUP = "Brookvale Hearing Implant Supply"
ADDR = {KM: ("PO Box 77140", "Wexcombe, OR 97999"), AM: ("41 Amberlyn Commons", "Tarrant Mills, AZ 85999"),
        CV: ("500 Capitol Annex Boulevard", "Calverton, WV 25999"), RF: ("1180 Paseo Ridgefell", "San Aurelio, CA 93999")}
ENT = ["Harrowgate Otology and Neurotology Associates", "Sunmere Ear, Nose and Throat Group",
       "Pinecrest Hearing and Balance Clinic", "Ostrander Valley ENT Specialists"]
AUD = ["Ingrid Solheim-Patel, AuD", "Kofi Asante-Lindberg, AuD", "Mirela Vukovic, AuD", "Bernadette Oyelowo, AuD",
       "Tomasz Kaczmarek, AuD", "Lucinda Whitfield-Ramos, AuD"]
FIRST = ["Ansel", "Bronwyn", "Chidi", "Dagny", "Emeric", "Fatoumata", "Gustavo", "Hyacinth", "Ishaan", "Jolene",
         "Kenji", "Liesel", "Mordecai", "Nkechi"]
LAST = ["Ashcombe", "Bergstrom", "Chukwuma", "Dellacroce", "Eversley", "Fitzwalter", "Grabowski", "Halloran",
        "Ivanova", "Jorgensen", "Kiplagat", "Lamontagne", "Marchbanks", "Novakovic"]
KIDS = ["Wren", "Oskar", "Amara", "Tobiah", "Saoirse", "Mateo"]
FIRST_ES = ["Dulce", "Fermín", "Itzamara", "Rodrigo", "Nayeli", "Crisanto"]
LAST_ES = ["Zepeda", "Valdivia", "Orozco", "Bustamante", "Quintanilla", "Alcántar"]
STREETS = ["Heron Bend Road", "Tinsmith Lane", "Larkspur Circle", "Granary Street", "Foxglove Drive"]
TOWNS = ["Wexcombe, OR 97999", "Tarrant Mills, AZ 85999", "Calverton, WV 25999", "San Aurelio, CA 93999"]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def facts(seed: int, ins: str, ds: str, child: bool = False, lang: str = "en") -> dict:
    r = random.Random(seed)
    if lang == "es":
        first, last = r.choice(FIRST_ES), r.choice(LAST_ES)
        pfirst = r.choice(FIRST_ES)
    else:
        first, last = (r.choice(KIDS) if child else r.choice(FIRST)), r.choice(LAST)
        pfirst = r.choice(FIRST)
    mid = r.choice("ABCDEFGHJKLMNPRSTVW")
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 140))
    dob = (dt.date(r.randint(2021, 2023), r.randint(1, 12), r.randint(1, 28)) if child
           else dt.date(r.randint(1944, 1990), r.randint(1, 12), r.randint(1, 28)))
    ids = {KM: ("KMH" + digits(r, 9), "KM" + digits(r, 6), None),
           AM: ("AMC" + digits(r, 8), None, "H4410-003"),
           CV: (digits(r, 11), None, None),
           RF: ("RCH" + digits(r, 8), None, None)}[ins]
    return dict(r=r, ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                parent=f"{pfirst} {last}", addr=(f"{r.randint(14, 9870)} {r.choice(STREETS)}", (r.choice(TOWNS), ADDR[ins][1])[1]),
                notice=notice, dob=dob, mid=ids[0], grp=ids[1], plan=ids[2], ent=r.choice(ENT), aud=r.choice(AUD),
                ph=phone(r), npi=r.choice("12") + digits(r, 9), anpi=r.choice("12") + digits(r, 9),
                mcaid=digits(r, 10))


def D(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def letterhead(d: Doc, f: dict) -> None:
    ins = f["ins"]
    a = ADDR[ins]
    if ins == KM:
        d.text_line("KESTRELMOOR", 22, "B")
        d.rule(0.9, 1.2)
        d.text_line(f"{KM}  |  {a[0]}  |  {a[1]}  |  Customer Care {f['ph']}", 8.5)
    elif ins == AM:
        d.text_line(AM, 15, "B", align="R")
        d.text_line("Medicare Advantage PPO", 9, align="R")
        d.text_line(f"{a[0]}, {a[1]}  |  {f['ph']} (TTY 711)", 8.5, align="R")
    elif ins == CV:
        d.text_line("STATE DEPARTMENT OF HUMAN SERVICES  -  BUREAU FOR MEDICAL SERVICES", 9, "B", align="C")
        d.text_line(CV, 14, "B", align="C")
        d.text_line(f"{a[0]}, {a[1]}  -  Member line {f['ph']}", 8.5, align="C")
    else:
        d.text_line(RF, 15, "B")
        d.text_line("Plan de Medicaid administrado (Medi-Cal managed care)", 9)
        d.text_line(f"{a[0]}, {a[1]}  |  {f['ph']} (TTY 711)", 8.5)
    d.ln(6)


def pairs(d: Doc, rows, lw: float = 54, size: float = 10) -> None:
    for k, v in rows:
        if v is None:
            continue
        d.font(size, "B")
        d.cell(lw, 5.3, k)
        d.font(size)
        d.multi_cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def addressee(d: Doc, f: dict, to_parent: bool = False) -> None:
    lines = ([f"To the parent or guardian of {f['name']}", f"c/o {f['parent']}"] if to_parent else [f["name"]])
    for ln in (*lines, *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)


def letter(f: dict, title: str, rows, body: list[str], *, denial: str | None, cases: list[str], dates: list[str],
           amt: str | None, provider: str, appeal: str | None = "within", days: int = 180, dalts=(), alts=None,
           sign="", extra: list[str] = (), to_parent=False, medicaid=False, fax: str | None = None):
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    addressee(d, f, to_parent)
    d.text_line(title, 13, "B")
    d.ln(2)
    pairs(d, rows)
    d.para(f"Dear {f['parent'] if to_parent else f['first'] + ' ' + f['last']}:")
    for p in body:
        d.para(p)
    dl = None
    if appeal:
        dl = f["notice"] + dt.timedelta(days=days)
        d.text_line("Your right to appeal", 11, "B")
        d.ln(1)
        if appeal == "date":
            d.para(f"If you disagree, your appeal must reach us no later than {D(f, dl)}. Write to the Appeals "
                   f"Department at the address above or call {f['ph']} (TTY 711).")
        elif appeal == "second":
            d.para(f"You may request a second-level review within {days} days of the date of this letter. After "
                   "that review you may ask for an external review by an independent review organization.")
        else:
            d.para(f"If you disagree, you may appeal within {days} days of the date of this letter. Write to the "
                   f"Appeals Department at the address above or call {f['ph']} (TTY 711).")
        if medicaid:
            d.para("If you want your services to continue during the appeal, ask within 10 days. If we keep our "
                   "decision after the appeal, you may ask for a State Fair Hearing within 120 days of our appeal "
                   "decision.", 9.5)
    for p in extra:
        d.para(p, 9.5)
    d.para(f"Sincerely,\n\n{sign}\n{f['ins']}", 10)
    t = truth("denial_letter" if denial else "other", denial, insurer=f["ins"], member_id=f["mid"],
              group_number=f["grp"], plan_id=f["plan"], member_name=f["name"], case_numbers=cases,
              claim_amount=amt, service_dates=dates, denial_date=iso(f["notice"]), provider=provider,
              appeal_deadline=None if dl is None else iso(dl), alternates=alts or {}, denial_alternates=list(dalts))
    return pdf_bytes(d), t


def eob(f: dict, claim: str, provider: str, lines, remarks: list[tuple[str, str]], intro: str, denial, *,
        days: int, dalts=(), alts=None, extra: str = "") -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 15, "B")
    d.text_line("THIS IS NOT A BILL", 9, "B")
    d.ln(3)
    y0 = d.get_y()
    addressee(d, f)
    d.set_xy(112, y0)
    meta = [("Date issued", D(f, f["notice"])), ("Member", f["name"]), ("Member ID", f["mid"])]
    meta.append(("Group", f["grp"]) if f["grp"] else ("Plan", f["plan"]))
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
    d.cell(0, 6, f"Claim {claim}  -  {provider}", new_x="LMARGIN", new_y="NEXT")
    rows = [[D(f, ln[0]), ln[1], ln[2], fmt_money(ln[3]), fmt_money(ln[4]), fmt_money(ln[5]), fmt_money(ln[6]),
             ln[7]] for ln in lines]
    tot = [sum(x[i] for x in lines) for i in (3, 4, 5, 6)]
    rows.append(["*Total", "", "", *[fmt_money(v) for v in tot], ""])
    d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Note"], rows,
            [24, 14, 58, 20, 19, 19, 17, 11], size=8, aligns="LLLRRRRL", border_head="TB")
    d.text_line("Notes", 10, "B")
    for k, v in remarks:
        d.para(f"{k}  {v}", 8.8, gap=1)
    if extra:
        d.para(extra, 8.8)
    d.ln(2)
    dl = f["notice"] + dt.timedelta(days=days)
    d.para(f"If you disagree with how we processed this claim, you may appeal within {days} days of the date of "
           f"this notice. Call {f['ph']} (TTY 711) or write to the address above.", 9)
    t = truth("eob", denial, insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], plan_id=f["plan"],
              member_name=f["name"], case_numbers=[claim], claim_amount=m2(tot[0]),
              service_dates=sorted({iso(ln[0]) for ln in lines}), denial_date=iso(f["notice"]), provider=provider,
              appeal_deadline=iso(dl), alternates=alts or {}, denial_alternates=list(dalts))
    return pdf_bytes(d), t


def doc_criteria(seed: int):
    f = facts(seed, KM, "long")
    ref = "KR-" + digits(f["r"], 9)
    planned = f["notice"] + dt.timedelta(days=21)
    test = f["notice"] - dt.timedelta(days=33)
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Date of birth:", D(f, f["dob"])),
            ("Reference number:", ref), ("Requesting provider:", f"{f['ent']}, NPI {f['npi']}"),
            ("Audiologic testing by:", f"{f['aud']} (NPI {f['anpi']}) on {D(f, test)}"),
            ("Requested:", "69714 osseointegrated implant, temporal bone; L8690 auditory osseointegrated device, "
                           "left ear"),
            ("Planned surgery date:", D(f, planned))]
    body = [f"{f['ent']} asked us to approve surgery to place a bone-anchored hearing implant and sound processor "
            "for your left ear. We reviewed the request, the audiogram and the surgeon's notes.",
            "We denied the request because your hearing loss does not meet the plan's criteria for this device. "
            "Medical policy MP-214 (Bone-Anchored Hearing Systems) covers an implanted bone-anchored system for "
            "conductive or mixed hearing loss when the average bone-conduction threshold (500, 1000, 2000 and 3000 "
            "Hz) in the ear to be implanted is 45 dB HL or better for this device. Your audiogram shows an average "
            "bone-conduction threshold of 58 dB HL in the left ear. At that level the device is not expected to give "
            "useful benefit, so it is not medically necessary for you.",
            "Your surgeon may call us to discuss other options, such as a higher-power device or a cochlear implant "
            "evaluation."]
    return letter(f, "Notice of Adverse Benefit Determination (Pre-Service)", rows, body, denial="medical_necessity",
                  cases=[ref], dates=[iso(planned)], amt=None, provider=f["ent"], appeal="within", days=180,
                  dalts=["prior_authorization"], sign="Utilization Management")


def doc_processor_eob(seed: int):
    f = facts(seed, KM, "slash")
    claim = "KC" + digits(f["r"], 11)
    dos = f["notice"] - dt.timedelta(days=37)
    prior = dos.replace(year=dos.year - 3)
    lines = [(dos, "L8691", "External sound processor, replacement", 6480.00, 0, 0, 0, "R5"),
             (dos, "V5014", "Device programming and fitting", 185.00, 0, 0, 0, "R5")]
    rem = [("R5", f"Replacement of an osseointegrated sound processor is covered once every 5 years unless the "
                  f"device is lost or can no longer be repaired. Our records show a processor was supplied on "
                  f"{D(f, prior)}. The replacement is within 5 years, so it is not covered. The supplier's notes "
                  "describe a newer model, not a broken device.")]
    return eob(f, claim, SUP, lines, rem, "We processed the claim below. It was denied; see the note.",
               "not_covered", days=180, dalts=["other", "medical_necessity"],
               extra=f"Fitting audiologist on the claim: {f['aud']}, NPI {f['anpi']}.")


def doc_softband(seed: int):
    f = facts(seed, CV, "iso", child=True)
    pa = "PA" + digits(f["r"], 10)
    fit = f["notice"] + dt.timedelta(days=10)
    rows = [("Member (child):", f["name"]), ("Medicaid ID:", f["mid"]), ("Date of birth:", D(f, f["dob"])),
            ("Prior authorization number:", pa), ("Supplier:", f"{SUP}, NPI {f['npi']}"),
            ("Ordered after testing by:", f"{f['aud']}, Pediatric Audiology"),
            ("Item approved:", "L8692 bone-conduction sound processor on a softband (not implanted), 1 unit"),
            ("Approved as:", "Durable medical equipment (DME), rental-to-purchase waived"),
            ("Fitting date:", D(f, fit))]
    body = [f"We approved the request from {SUP} for a softband bone-conduction hearing device for {f['first']}. "
            "Children under the age of 5 cannot have the implant placed, and a device worn on an elastic softband "
            "is the standard treatment until then. The program covers it under the durable medical equipment "
            "benefit for children (EPSDT).",
            "You do not have to do anything. The supplier will contact you to schedule the fitting. Batteries and "
            "one replacement softband a year are also covered.",
            "This is an approval. If later requests are denied, you will receive a notice that explains your appeal "
            "rights."]
    return letter(f, "Notice of Approval: Durable Medical Equipment", rows, body, denial=None, cases=[pa],
                  dates=[iso(fit)], amt=None, provider=SUP, appeal=None, sign="Prior Authorization Unit",
                  to_parent=True)


def doc_headband_denial(f: dict, claim: str, dos: dt.date, amt: float):
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Plan:", f"{AM} (PPO) {f['plan']}"),
            ("Claim number:", claim), ("Supplier:", f"{SUP}, NPI {f['npi']}"),
            ("Hearing test by:", f"{f['aud']}, NPI {f['anpi']}"), ("Date of service:", D(f, dos)),
            ("Item billed:", "L8692 bone-conduction sound processor with headband (no implant)"),
            ("Amount billed:", fmt_money(amt)), ("Date of birth:", D(f, f["dob"]))]
    body = [f"{SUP} sent us a claim for a bone-conduction sound processor worn on a headband, dispensed to you on "
            f"{D(f, dos)}.",
            "We denied payment. Original Medicare and our plan cover a bone-anchored hearing device as a prosthetic "
            "only when it is attached to an implant (69714 with L8690). A sound processor worn on a headband, "
            "without an implant, works by pressing against the skin like a bone-conduction hearing aid. Hearing aids "
            "and devices that work like hearing aids are excluded from Medicare coverage (Section 1862(a)(7)). Your "
            "plan's supplemental hearing-aid allowance applies only to in-network hearing-aid providers, and the "
            "supplier is not one."]
    return letter(f, "Notice of Denial of Payment", rows, body, denial="not_covered", cases=[claim],
                  dates=[iso(dos)], amt=m2(amt), provider=SUP, appeal="within", days=65,
                  dalts=["other"], sign="Claims Department", alts={"plan_id": [None]},
                  extra=["Form CMS-10003-NDMCP (OMB 0938-0829). A fast (72-hour) appeal is not available for "
                         "payment requests."])


def doc_supplier_statement(f: dict, claim: str, dos: dt.date, amt: float):
    r = random.Random(229599)
    stmt = f["notice"] + dt.timedelta(days=9)
    acct = "BV-" + digits(r, 6)
    due = stmt + dt.timedelta(days=30)
    d = Doc("Courier", footer=None)
    d.add_page()
    d.text_line(SUP.upper(), 14, "B")
    d.text_line("Implant Audiology Products  -  88 Millrace Court, Tarrant Mills, AZ 85999", 9)
    d.text_line("Billing office (520) 555-0147", 9)
    d.rule(0.5, 4)
    d.text_line("PATIENT STATEMENT", 13, "B")
    d.ln(2)
    pairs(d, [("Statement date:", D(f, stmt)), ("Account:", acct), ("Patient:", f["name"]),
              ("Insurance:", f"{AM}  ID {f['mid']}"), ("Ins. claim no.:", claim),
              ("Please pay by:", D(f, due))], lw=46, size=9.5)
    d.table(["Date", "Code", "Description", "Charge", "Ins. paid", "Balance"],
            [[D(f, dos), "L8692", "BC processor w/ headband", fmt_money(amt), fmt_money(0), fmt_money(amt)],
             ["*", "", "Amount due from patient", "", "", fmt_money(amt)]],
            [26, 16, 66, 24, 22, 24], size=8.5, aligns="LLLRRR", border_head="TB")
    d.para(f"Your insurance denied this claim as a hearing aid exclusion. You signed an advance notice on {D(f, dos)} "
           "agreeing to pay if it was not covered. Payment plans are available; call the billing office.", 9.5)
    t = truth("other", None, insurer=AM, member_id=f["mid"], member_name=f["name"], case_numbers=[claim],
              claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(stmt), provider=SUP,
              unscored=["insurer", "denial_date"], alternates={"case_numbers": [[]]})
    return pdf_bytes(d), t


def doc_spanish(seed: int):
    f = facts(seed, RF, "es", child=True, lang="es")
    ref = "RF-" + digits(f["r"], 8)
    planned = f["notice"] + dt.timedelta(days=18)
    d = Doc("Helvetica", footer="Página {p} de {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    for ln in (f"Padre, madre o tutor de {f['name']}", *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)
    d.text_line("Aviso de determinación adversa de beneficios", 13, "B")
    d.text_line("Implante auditivo de anclaje óseo: solicitud negada", 10.5, "B")
    d.ln(2)
    pairs(d, [("Afiliado(a):", f["name"]), ("Nº de afiliado:", f["mid"]), ("Nº de Medi-Cal:", f["mcaid"]),
              ("Fecha de nacimiento:", D(f, f["dob"])), ("Número de referencia:", ref),
              ("Proveedor que lo pidió:", f"{f['ent']}, NPI {f['npi']}"),
              ("Prueba auditiva hecha por:", f["aud"]),
              ("Servicio:", "69714 implante osteointegrado; L8690 dispositivo auditivo osteointegrado"),
              ("Fecha de la cirugía propuesta:", D(f, planned))], lw=60)
    d.para(f"Estimado(a) padre, madre o tutor de {f['first']} {f['last']}:")
    d.para(f"{f['ent']} nos pidió aprobar la cirugía para colocar un implante auditivo de anclaje óseo. Negamos la "
           "solicitud porque no es médicamente necesaria en este momento: el implante está aprobado solo para "
           "niños de 5 años o más, y el hueso del cráneo de su hijo(a) todavía no tiene el grosor necesario. El "
           "tratamiento indicado hasta los 5 años es un procesador de sonido con banda suave (softband), que su "
           "plan cubre como equipo médico duradero.")
    dl = f["notice"] + dt.timedelta(days=60)
    d.text_line("Su derecho a apelar", 11, "B")
    d.ln(1)
    d.para("Si no está de acuerdo, puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. "
           f"Llámenos al {f['ph']} (TTY 711) o escríbanos. Si el plan mantiene su decisión, puede pedir una "
           "audiencia imparcial estatal dentro de 120 días. Una apelación rápida se decide en 72 horas.")
    d.para(f"Atentamente,\nDepartamento de Administración de Utilización\n{RF}", 10)
    t = truth("denial_letter", "medical_necessity", "es", insurer=RF, member_id=f["mid"], member_name=f["name"],
              case_numbers=[ref], service_dates=[iso(planned)], denial_date=iso(f["notice"]), provider=f["ent"],
              appeal_deadline=iso(dl), alternates={"member_id": [f["mcaid"]]},
              denial_alternates=["experimental", "not_covered"])
    return pdf_bytes(d), t


def doc_appeal(seed: int):
    f = facts(seed, KM, "dmy")
    apl, ref = "KA-" + digits(f["r"], 7), "KR-" + digits(f["r"], 9)
    planned = f["notice"] + dt.timedelta(days=30)
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Appeal number:", apl),
            ("Original reference:", ref), ("Surgeon:", f"{f['ent']}, NPI {f['npi']}"),
            ("Audiologist:", f"{f['aud']}, NPI {f['anpi']}"),
            ("Service:", "69714 and L8690, right ear, for single-sided deafness"),
            ("Requested surgery date:", D(f, planned)), ("Appeal received:", D(f, f["notice"] - dt.timedelta(days=19)))]
    body = ["You appealed our decision not to approve a bone-anchored hearing implant for single-sided deafness "
            "in your right ear. An otolaryngologist who did not make the first decision reviewed the appeal.",
            "Decision: the denial is upheld. Medical policy MP-214 covers a bone-anchored system for single-sided "
            "deafness only when the hearing ear has a pure-tone average air-conduction threshold of 20 dB HL or "
            "better and a trial with a headband device showed benefit. Your left (hearing) ear's average is 35 dB "
            "HL and no headband trial was documented. The criteria are not met."]
    return letter(f, "First-Level Appeal Decision", rows, body, denial="medical_necessity", cases=[apl, ref],
                  dates=[iso(planned)], amt=None, provider=f["ent"], appeal="second", days=90,
                  alts={"case_numbers": [[apl]]}, dalts=["prior_authorization"], sign="Appeals Department")


def doc_paid_eob(seed: int):
    f = facts(seed, AM, "abbr")
    claim = "AM" + digits(f["r"], 10)
    dos = f["notice"] - dt.timedelta(days=29)
    lines = [(dos, "69714", "Implant, osseointegrated, temporal bone", 3920.00, 1318.44, 1218.44, 100.00, "P1"),
             (dos, "L8690", "Auditory osseointegrated device", 7650.00, 4912.75, 4912.75, 0.00, "P1")]
    rem = [("P1", "Paid under your plan's prosthetic device and outpatient surgery benefits. Your specialist copay "
                  "applies to the surgery.")]
    return eob(f, claim, f["ent"], lines, rem, "Good news: the claim below was approved and paid.", None, days=65,
               alts={"appeal_deadline": [None], "plan_id": [None]}, extra=f"Preoperative audiogram: {f['aud']}.")


def documents(rng) -> list[Item]:
    fs = facts(229504, AM, "long")
    r = fs["r"]
    claim = "AM" + digits(r, 10)
    dos = fs["notice"] - dt.timedelta(days=34)
    stack_docs = [doc_headband_denial(fs, claim, dos, 4385.00), doc_supplier_statement(fs, claim, dos, 4385.00)]
    return [
        Item(f"{FAMILY}_bd_implant_bone_conduction_criteria", "born_digital", [doc_criteria(229501)]),
        Item(f"{FAMILY}_bd_eob_processor_within_5_years", "born_digital", [doc_processor_eob(229502)]),
        Item(f"{FAMILY}_scan300_medicaid_softband_child_approved", "scan_clean_300", [doc_softband(229503)]),
        Item(f"{FAMILY}_faxstd_stack_ma_headband_denial_and_statement", "fax_standard_g4", stack_docs,
             separators=["cover", None]),
        Item(f"{FAMILY}_phone_es_child_under_five_implant", "phone_photo", [doc_spanish(229505)]),
        Item(f"{FAMILY}_lowres_appeal_upheld_single_sided", "scan_lowres_150", [doc_appeal(229506)]),
        Item(f"{FAMILY}_rotated_ma_eob_surgery_paid", "rotated", [doc_paid_eob(229507)]),
    ]
