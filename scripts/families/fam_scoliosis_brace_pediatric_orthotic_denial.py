"""Family 'scoliosis_brace_pediatric_orthotic_denial': plan and Medicaid managed care letters and EOBs on a custom
thoracolumbosacral orthosis (TLSO) for adolescent idiopathic scoliosis (L1300 body jacket molded to patient model,
L1310 post-operative body jacket, L1005 tension based scoliosis orthosis).

Issuers (all invented): Wendlebrook Family Health Plan (logo word "WENDLEBROOK" over a rule; letters, EOBs),
Sorrelmoor Community Care (Medicaid managed care plan; English and Spanish notices, fair hearing paragraph), Harwick
Cooperative Health (centred name under a parent line; EOB photographed). Contents: pre-service denial for a Cobb angle
under 25 degrees; EOB with the orthopedic surgeon's visit paid (decoy claim) and a night-time bending brace denied as
not covered; Spanish Medicaid notice denying a second brace within 12 months for growth; 150 dpi approval after a
new X-ray; photocopied Medicaid notice (Cobb under 25, appeal 60 days, fair hearing 120 days decoy); fax stack of the
orthotics company's cover sheet and the plan's growth-replacement denial addressed to it; phone photo of an EOB
denying a brace for a Cobb angle under 25. The member is the child, the subscriber a parent; IDs carry dependent
suffixes (the subscriber's -01 suffix is a decoy). Decoys: the orthopedic surgeon who ordered the brace, X-ray dates,
dates of birth, NPIs, received dates, phone numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "scoliosis_brace_pediatric_orthotic_denial"
LANG = "en"

WB, SC, HC = "Wendlebrook Family Health Plan", "Sorrelmoor Community Care", "Harwick Cooperative Health"
ADDR = {WB: ("PO Box 52817", "Tressilian, WI 54987"), SC: ("1450 Marrowgate Boulevard", "Velasquez Park, NM 87599"),
        HC: ("300 Linthwaite Plaza, 9th Floor", "Cardrona, IA 52999")}
OPS = ["Brightrail Orthotics & Prosthetics", "Kestrelmark O&P Labs", "Pinecastle Orthotic and Prosthetic Services"]
SURGEONS = ["Dr. Anneliese Okafor-Brandt", "Dr. Rafferty Kimura", "Dr. Soledad Varga", "Dr. Emeka Thorvaldsen"]
KIDS = ["Amara", "Tobias", "Saoirse", "Kenji", "Yasmin", "Elodie", "Ravi", "Ingrid", "Zainab", "Mateus", "Linnea",
        "Ximena", "Dashiell", "Noor"]
PARENTS = ["Farida", "Gustavo", "Helena", "Ikechukwu", "Josefina", "Laszlo", "Minh", "Oksana", "Rupert", "Teodora"]
KIDS_ES = ["Valentina", "Santiago", "Ximena", "Emiliano", "Renata", "Mateo"]
PARENTS_ES = ["Rosaura", "Eduardo", "Marisela", "Rigoberto", "Yolanda", "Fermín"]
LAST = ["Abernethy-Sato", "Mbeki", "Grünwald", "Castellanos", "Okonjo", "Pettersen", "Haddad", "Kowalczyk",
        "Nwachukwu", "Ferreira", "Lindgren", "Tanaka-Reyes", "Baptiste", "Ostrowski"]
LAST_ES = ["Quiñones", "Barragán", "Echeverría", "Olivares", "Zúñiga", "Montoya"]
STREETS = ["Larkspur Hollow Road", "Copperleaf Drive", "Mossgiel Court", "Tanager Lane", "Hatchery Row"]
TOWNS = ["Tressilian, WI 54987", "Velasquez Park, NM 87599", "Cardrona, IA 52999", "Oakmere, VT 05999"]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def facts(r: random.Random, ins: str, ds: str, es: bool = False) -> dict:
    first = r.choice(KIDS_ES if es else KIDS)
    mid, last = r.choice("ABCDEFGHJKLMNPRSTVW"), r.choice(LAST_ES if es else LAST)
    pfirst = r.choice(PARENTS_ES if es else PARENTS)
    notice = dt.date(2026, 2, 11) + dt.timedelta(days=r.randint(0, 140))
    dos = notice - dt.timedelta(days=r.randint(18, 50))
    suf = r.choice(["02", "03", "04"])
    if ins == WB:
        base = "WFH" + digits(r, 8)
        mid_, sub = f"{base}-{suf}", f"{base}-01"
        grp = "WB" + digits(r, 6)
        claim = f"WB{notice.strftime('%y')}-{digits(r, 7)}"
    elif ins == SC:
        base = digits(r, 9)
        mid_, sub = f"{base}-{suf}", f"{base}-01"
        grp = None
        claim = f"SCC-{notice.strftime('%y')}{digits(r, 6)}"
    else:
        base = "HCH" + digits(r, 7)
        mid_, sub = f"{base}-{suf}", f"{base}-01"
        grp = digits(r, 6)
        claim = digits(r, 11)
    return dict(r=r, ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                parent=f"{pfirst} {last}", addr=(f"{r.randint(12, 9870)} {r.choice(STREETS)}", r.choice(TOWNS)),
                notice=notice, dos=dos, mid=mid_, sub=sub, grp=grp, claim=claim, op=r.choice(OPS),
                surgeon=r.choice(SURGEONS), dob=dt.date(r.randint(2011, 2015), r.randint(1, 12), r.randint(1, 28)),
                ph=phone(r), npi=npi(r), npi2=npi(r), xray=dos - dt.timedelta(days=r.randint(20, 60)))


def D(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def letterhead(d: Doc, f: dict) -> None:
    ins, a = f["ins"], ADDR[f["ins"]]
    if ins == WB:
        d.text_line("WENDLEBROOK", 22, "B")
        d.rule(0.9, 1.2)
        d.text_line(f"{WB}  |  {a[0]}  |  {a[1]}  |  Member Services {f['ph']}", 8.5)
    elif ins == HC:
        d.text_line("A member of the Harwick Cooperative Group", 8, align="C")
        d.text_line(HC, 14, "B", align="C")
        d.text_line(f"{a[0]}, {a[1]}", 8.5, align="C")
    else:
        d.text_line(SC, 14, "B")
        d.text_line("A Medicaid managed care plan" if not f.get("es") else "Un plan de atención administrada de Medicaid", 9)
        d.text_line(a[0], 9)
        d.text_line(a[1], 9)
    d.ln(6)


def pairs(d: Doc, rows: list, lw: float = 54, size: float = 10) -> None:
    for k, v in rows:
        if v is None:
            continue
        d.font(size, "B")
        d.cell(lw, 5.3, k)
        d.font(size)
        d.multi_cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def addressee(d: Doc, f: dict) -> None:
    pre = "Padre/madre o tutor de " if f.get("es") else "Parent or guardian of "
    for ln in (f"{pre}{f['name']}", f["parent"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)


def letter(f: dict, codes: list, amt: float | None, pre: bool, reason: str, how: str, denial: str, dalts: list,
           to_office: bool = False, fax: str | None = None, title: str = "Notice of Adverse Benefit Determination",
           days: int = 180, medicaid: bool = False) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    if to_office:
        for ln in (f["op"], "Attn: Insurance Verification", f"Fax {phone(f['r'])}"):
            d.text_line(ln, 10.5)
        d.text_line(f"cc: {f['parent']} for {f['name']}, {f['addr'][0]}, {f['addr'][1]}", 9.5)
        d.ln(5)
    else:
        addressee(d, f)
    d.text_line(title, 13, "B")
    d.ln(2)
    rows = [("Member (patient):", f["name"]), ("Member ID:", f["mid"]), ("Subscriber:", f["parent"]),
            ("Subscriber ID:", f["sub"]), ("Group number:", f["grp"]), ("Patient date of birth:", D(f, f["dob"])),
            ("Request number:" if pre else "Claim number:", f["claim"]),
            ("Requested delivery date:" if pre else "Delivery date:", D(f, f["dos"])),
            ("Item(s):", ";\n".join(f"{c} {t}" for c, t in codes)),
            ("Supplier:", f"{f['op']} (NPI {f['npi']})"), ("Ordering physician:", f"{f['surgeon']}, orthopedic surgery")]
    if pre:
        rows.append(("Request received:", D(f, f["notice"] - dt.timedelta(days=5))))
    else:
        rows.append(("Amount billed:", fmt_money(amt)))
    pairs(d, rows)
    d.para(f"Dear Dr. {f['surgeon'].split()[-1]} and {f['op']}:" if to_office else f"Dear {f['parent']}:")
    what = "the request for a brace to be delivered on" if pre else "the claim for a brace delivered on"
    d.para(f"We reviewed {what} {D(f, f['dos'])} for {f['name']}, who is being treated for adolescent idiopathic "
           f"scoliosis by {f['surgeon']}. We looked at the office notes and the standing spine X-ray of "
           f"{D(f, f['xray'])}.")
    d.text_line("Why we made this decision", 11, "B")
    d.ln(1)
    d.para(reason)
    d.para("The coverage policy we used is Orthotic Devices for Scoliosis (DME-118). You may ask us for a free copy of "
           "it and of all records we used.", 9.5)
    d.text_line("How to appeal", 11, "B")
    d.ln(1)
    dl = f["notice"] + dt.timedelta(days=days)
    if how == "date":
        sent = f"Your written appeal must be received by {D(f, dl)}."
    else:
        sent = f"You may appeal this decision. Your appeal must be filed within {days} days of the date of this {how}."
    d.para(sent + " Send it to the Appeals Unit at the address above with any X-rays, notes or letters you want us "
           f"to consider. If waiting could seriously harm the child's health, you may ask for an expedited (72-hour) "
           f"appeal. Call {f['ph']} (TTY 711) with questions.")
    if medicaid:
        d.para("State fair hearing: if we uphold our decision, you may ask for a state fair hearing within 120 days of "
               "the date of our appeal decision letter. You may keep receiving services during the appeal if you ask "
               "within 10 days.", 9.5)
    else:
        d.para("After our final appeal decision you may have the right to an external review by an independent "
               "review organization. You must ask for it within 4 months of the final decision.", 9.5)
    d.para(f"Sincerely,\nMedical Director, Utilization Management\n{f['ins']}", 10)
    t = truth("denial_letter", denial, insurer=f["ins"], member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=[f["claim"]], claim_amount=None if amt is None else m2(amt),
              service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=f["op"],
              appeal_deadline=iso(dl), denial_alternates=dalts)
    return pdf_bytes(d), t


def spanish_notice(f: dict, amt: float) -> tuple[bytes, dict]:
    d = Doc("DejaVu", footer="Página {p} de {n}")
    d.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    d.add_page()
    letterhead(d, f)
    d.text_line(fmt_date(f["notice"], "es"), 10.5)
    d.ln(4)
    addressee(d, f)
    d.text_line("Aviso de determinación adversa de beneficios", 13, "B")
    d.ln(2)
    pairs(d, [("Afiliado (paciente):", f["name"]), ("Núm. de afiliado:", f["mid"]), ("Suscriptor:", f["parent"]),
              ("Núm. del suscriptor:", f["sub"]), ("Fecha de nacimiento:", fmt_date(f["dob"], "es")),
              ("Núm. de reclamación:", f["claim"]), ("Fecha de entrega:", fmt_date(f["dos"], "es")),
              ("Artículo:", "L1300 Ortesis toracolumbosacra a la medida (corsé moldeado), reemplazo"),
              ("Proveedor:", f"{f['op']} (NPI {f['npi']})"),
              ("Médico que ordenó:", f"{f['surgeon']}, cirugía ortopédica"),
              ("Cantidad facturada:", fmt_money(amt))])
    prev = f["dos"] - dt.timedelta(days=f["r"].randint(150, 260))
    d.para(f"Estimado(a) {f['parent']}:")
    d.para(f"Revisamos la reclamación por un segundo corsé para {f['name']}, entregado el {fmt_date(f['dos'], 'es')}. "
           f"Nuestro plan ya pagó un corsé L1300 entregado el {fmt_date(prev, 'es')}.")
    d.text_line("Por qué tomamos esta decisión", 11, "B")
    d.ln(1)
    d.para("Medicaid cubre un corsé a la medida cada 12 meses. Se cubre un reemplazo antes de ese plazo solo cuando el "
           "corsé ya no se puede ajustar al crecimiento del niño y el proveedor lo documenta con medidas nuevas. No "
           "recibimos medidas ni notas que muestren que el corsé anterior no se podía ajustar. Por eso, el reemplazo "
           "no está cubierto en este momento.")
    d.text_line("Su derecho a apelar", 11, "B")
    d.ln(1)
    d.para("Puede apelar esta decisión. Debe presentar su apelación dentro de 60 días a partir de la fecha de este "
           f"aviso. Llame al {f['ph']} (TTY 711) o escriba a la dirección de arriba. Si esperar pudiera poner en "
           "grave peligro la salud del niño, puede pedir una apelación acelerada (72 horas).")
    d.para("Audiencia imparcial estatal: si mantenemos nuestra decisión, puede pedir una audiencia imparcial estatal "
           "dentro de 120 días a partir de la fecha de nuestra carta de decisión de la apelación.", 9.5)
    d.para(f"Atentamente,\nDirector Médico\n{SC}", 10)
    dl = f["notice"] + dt.timedelta(days=60)
    t = truth("denial_letter", "not_covered", lang="es", insurer=SC, member_id=f["mid"], member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount=m2(amt), service_dates=[iso(f["dos"])],
              denial_date=iso(f["notice"]), provider=f["op"], appeal_deadline=iso(dl),
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


def approval(f: dict, auth: str, codes: list, note: str) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    addressee(d, f)
    d.text_line("Prior Authorization Approved", 13, "B")
    d.ln(2)
    pairs(d, [("Member (patient):", f["name"]), ("Member ID:", f["mid"]), ("Subscriber:", f["parent"]),
              ("Group number:", f["grp"]), ("Authorization number:", auth),
              ("Item(s):", ";\n".join(f"{c} {t}" for c, t in codes)), ("Supplier:", f["op"]),
              ("Ordering physician:", f["surgeon"]), ("Planned delivery date:", D(f, f["dos"])),
              ("Authorization valid through:", D(f, f["dos"] + dt.timedelta(days=90)))])
    d.para(f"Dear {f['parent']}:")
    d.para(note)
    d.para("This approval is for medical necessity only. Payment depends on eligibility on the delivery date and on "
           "the plan's deductible and coinsurance.")
    d.para(f"Questions? Call Member Services at {f['ph']} (TTY 711).")
    d.para(f"Sincerely,\nUtilization Management\n{f['ins']}", 10)
    t = truth("other", None, insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[auth], service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=f["op"])
    return pdf_bytes(d), t


def eob(f: dict, claims: list, denied_ix: int, legend: list, denial: str, dalts: list) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 15, "B")
    d.text_line("THIS IS NOT A BILL", 9, "B")
    d.ln(3)
    y0 = d.get_y()
    addressee(d, f)
    d.set_xy(112, y0)
    for k, v in [("Statement date", D(f, f["notice"])), ("Patient", f["name"]), ("Member ID", f["mid"]),
                 ("Subscriber", f"{f['parent']} ({f['sub']})"), ("Group no.", f["grp"]),
                 ("Patient DOB", D(f, f["dob"]))]:
        d.set_x(112)
        d.font(9, "B")
        d.cell(28, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 32) + 3)
    d.para("We processed the claims below. One or more services were not paid; see the remark codes.", 9.5)
    for c in claims:
        d.font(10, "B")
        d.cell(0, 6, f"Claim {c['claim']}  -  {c['prov']}  (NPI {c['npi']})", new_x="LMARGIN", new_y="NEXT")
        rows = [[D(f, c["dos"]), ln[0], ln[1], fmt_money(ln[2]), fmt_money(ln[3]), fmt_money(ln[4]),
                 fmt_money(ln[5]), ln[6]] for ln in c["lines"]]
        rows.append(["*Claim total", "", "", fmt_money(sum(x[2] for x in c["lines"])),
                     fmt_money(sum(x[3] for x in c["lines"])), fmt_money(sum(x[4] for x in c["lines"])),
                     fmt_money(sum(x[5] for x in c["lines"])), ""])
        d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Remark"],
                rows, [22, 14, 58, 21, 19, 19, 18, 13], size=8, aligns="LLLRRRRL", border_head="TB")
    d.text_line("Remark codes", 10, "B")
    for k, v in legend:
        d.para(f"{k}  {v}", 8.8, gap=1)
    d.ln(2)
    dl = f["notice"] + dt.timedelta(days=180)
    d.para("You may appeal this decision. Your appeal must be filed within 180 days of the date of this statement. "
           "Send it to the address above with any records you want us to consider.", 9)
    d.para(f"Questions? Call Member Services at {f['ph']} (TTY 711), Monday - Friday, 8 a.m. - 6 p.m.", 9)
    c = claims[denied_ix]
    t = truth("eob", denial, insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[c["claim"]], claim_amount=m2(sum(x[2] for x in c["lines"])),
              service_dates=[iso(c["dos"])], denial_date=iso(f["notice"]), provider=c["prov"],
              appeal_deadline=iso(dl), denial_alternates=dalts)
    return pdf_bytes(d), t


def op_cover(f: dict, pages: int) -> bytes:
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(f["op"], 16, "B")
    d.text_line("Billing & Insurance Verification", 11)
    d.ln(8)
    d.text_line("FAX COVER SHEET", 20, "B")
    d.ln(6)
    pairs(d, [("To:", f"{f['surgeon']} - Spine Clinic"), ("Fax:", phone(f["r"])), ("From:", "Insurance Verification"),
              ("Phone:", phone(f["r"])), ("Date:", fmt_date(f["notice"] + dt.timedelta(days=2), "slash")),
              ("Pages (including cover):", str(pages)),
              ("Re:", f"Patient {f['name']} - replacement TLSO denied, please send new measurements / X-ray")],
          lw=58, size=12)
    d.ln(6)
    d.para("CONFIDENTIAL: this fax contains protected health information. If you received it in error, call the "
           "sender and destroy all copies.", 9)
    return pdf_bytes(d)


L1300 = ("L1300", "Body jacket TLSO, custom molded to patient model")
COBB = ("Bracing for adolescent idiopathic scoliosis is medically necessary when the child is still growing "
        "(Risser grade 0 to 2) and the Cobb angle of the main curve is 25 to 40 degrees, or 20 degrees or more with "
        "documented progression of at least 5 degrees. The X-ray of {x} shows a main thoracic curve of {a} degrees "
        "with no earlier film to show progression. The brace does not meet these criteria, so it is not medically "
        "necessary.")


def documents(rng) -> list[Item]:
    items = []
    r = random.Random(219500)

    f = facts(random.Random(219501), WB, "long")
    f["dos"] = f["notice"] + dt.timedelta(days=r.randint(12, 30))
    items.append(Item(f"{FAMILY}_bd_preservice_cobb_under_25", "born_digital", [letter(
        f, [L1300], None, True, COBB.format(x=D(f, f["xray"]), a=19), "letter", "medical_necessity", [])]))

    f = facts(random.Random(219502), WB, "slash")
    visit = dict(claim=f"WB{f['notice'].strftime('%y')}-{digits(r, 7)}", prov=f"{f['surgeon']}, Orthopedic Surgery",
                 npi=f["npi2"], dos=f["dos"] - dt.timedelta(days=r.randint(20, 40)),
                 lines=[("99214", "Office visit, established patient", 265.00, 162.40, 132.40, 30.00, ""),
                        ("72082", "X-ray entire spine, 2-3 views", 310.00, 118.75, 118.75, 0.00, "")])
    night = dict(claim=f["claim"], prov=f["op"], npi=f["npi"], dos=f["dos"],
                 lines=[("L1300", "TLSO body jacket, custom (night-time bending)", 4280.00, 0.0, 0.0, 0.0, "NB7"),
                        ("L2999", "Orthotic procedure, unlisted (overbend pad)", 385.00, 0.0, 0.0, 0.0, "NB7")])
    items.append(Item(f"{FAMILY}_bd_eob_night_time_brace_not_covered", "born_digital", [eob(
        f, [visit, night], 1, [("NB7", "Night-time only (nocturnal bending) scoliosis braces are not a covered benefit "
                                       "under your plan. See Exclusions, section 8.4.")], "not_covered", [])]))

    f = facts(random.Random(219503), SC, "es", es=True)
    f["es"] = True
    items.append(Item(f"{FAMILY}_scan300_es_medicaid_second_brace_within_year", "scan_clean_300",
                      [spanish_notice(f, 3965.00)]))

    f = facts(random.Random(219504), HC, "iso")
    f["dos"] = f["notice"] + dt.timedelta(days=r.randint(10, 25))
    f["xray"] = f["notice"] - dt.timedelta(days=r.randint(8, 16))
    items.append(Item(f"{FAMILY}_lowres_approval_after_new_xray", "scan_lowres_150", [approval(
        f, "HA" + digits(r, 8), [L1300],
        f"We approved the brace listed above. An earlier request was denied because the curve measured under 25 "
        f"degrees. {f['surgeon']} sent a new standing X-ray dated {D(f, f['xray'])} showing a main thoracic Cobb angle "
        f"of 29 degrees (Risser 1), up from 21 degrees. The request now meets our criteria.")]))

    f = facts(random.Random(219505), SC, "dmy")
    items.append(Item(f"{FAMILY}_copy_medicaid_notice_cobb_under_25", "photocopy", [letter(
        f, [L1300], 4125.00, False, COBB.format(x=D(f, f["xray"]), a=22), "notice", "medical_necessity", [],
        title="Notice of Adverse Benefit Determination (Medicaid)", days=60, medicaid=True)]))

    f = facts(random.Random(219506), WB, "abbr")
    head = f"FROM: WENDLEBROOK UM  {fmt_date(f['notice'], 'slash')} 10:42  PAGE 2"
    den = letter(f, [("L1310", "Post-operative body jacket TLSO, custom"), L1300], 5210.00, False,
                 "Your plan covers one custom spinal orthosis every 12 months. A second brace within 12 months is "
                 "covered only when growth means the first brace can no longer be adjusted, shown by new measurements "
                 "or an X-ray in the brace. The claim was sent without these records, so the replacement brace is not "
                 "covered. You may send the records with an appeal.", "date", "not_covered", ["medical_necessity"],
                 to_office=True, fax=head)
    items.append(Item(f"{FAMILY}_faxf_stack_op_cover_growth_replacement_denial", "fax_fine_g4", [den],
                      separators=[op_cover(f, 3)]))

    f = facts(random.Random(219507), HC, "upper")
    c = dict(claim=f["claim"], prov=f["op"], npi=f["npi"], dos=f["dos"],
             lines=[("L1300", "TLSO body jacket, custom molded", 3890.00, 0.0, 0.0, 0.0, "C25"),
                    ("L1005", "Tension based scoliosis orthosis pads", 640.00, 0.0, 0.0, 0.0, "C25")])
    items.append(Item(f"{FAMILY}_phone_eob_brace_cobb_under_25", "phone_photo", [eob(
        f, [c], 0, [("C25", "Not medically necessary: Cobb angle under 25 degrees without documented progression. "
                            f"Ordering physician on claim: {f['surgeon']}.")], "medical_necessity", [])]))
    return items
