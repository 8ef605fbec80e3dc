"""Family 'cord_blood_banking_exclusion_letter': private umbilical cord blood collection and storage (S2140 cord
blood harvesting, 38205 progenitor cell harvesting, S2142 cord blood transplant) refused as excluded "storage for
possible future use", while a directed donation for a sibling with a transplant indication is approved.

Documents: a commercial plan's two-column pre-service letter with a grey member sidebar refusing private collection
and first-year storage (requested by the obstetrician, the private bank named); a scanned stack of the delivery EOB
(obstetric global care paid, the S2140 line denied) and the obstetric group's claim form copy (boxed, label above
value); a Spanish Medicaid managed care notice (Aviso de Determinacion Adversa de Beneficios) refusing storage
(60 days from the notice, 120-day state fair hearing and 10-day continuation as decoys); the private cord blood
bank's invoice (photocopy); a standard-fax approval of a directed donation for a sibling with sickle cell disease;
an upheld appeal fed sideways; a TPA notice photographed by phone refusing a hospital's 38205 line as the wrong
code for cord blood collection at delivery.

Decoys: the baby's birth date and name, DOB, NPIs, tax IDs, patient account and invoice numbers, enrollment
numbers of the bank, paid lines, plan-paid/you-owe, received dates, external review 4 months, 72-hour limits,
fair hearing and continuation limits, form numbers. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "cord_blood_banking_exclusion_letter"
LANG = "en"
SEED = 290600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
BANK = "Evergreen Legacy Cord Blood Bank"


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)

    def kv(self, pairs, x: float, lw: float, vw: float, size: float = 9, h: float = 4.9):
        for lab, val in pairs:
            self.set_x(x)
            self.font(size, "B")
            self.cell(lw, h, lab)
            self.font(size)
            self.cell(vw, h, val, new_x="LMARGIN", new_y="NEXT")


def ph(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def dob(r: Rand) -> dt.date:
    return dt.date(r.randint(1986, 2001), r.randint(1, 12), r.randint(1, 28))


# ------------------------------------------------------------------ 0: two-column pre-service letter (born digital)
def doc_preservice(r: Rand) -> tuple[bytes, dict]:
    member, *_ = r.person()
    ob, *_ = r.person()
    ins = "Saltmarsh Health Partners"
    mid, grp = f"SHP-{r.digits(3)}-{r.digits(5)}", f"{r.letters(3)}{r.digits(4)}"
    ref = f"UM{r.digits(9)}"
    d0 = dt.date(2026, 2, 10) + dt.timedelta(days=r.randint(0, 70))
    edd = d0 + dt.timedelta(days=r.randint(35, 70))
    d = Page("Saltmarsh Health Partners  ·  SHP-UM-DEN-3 (01/26)  ·  {p}/{n}", margins=(12, 12, 12))
    d.add_page()
    d.text_line("SALTMARSH", 20, "B", h=9)
    d.text_line("Health Partners", 11, h=5.5)
    d.text_line(f"Utilization Management  ·  PO Box 2281, Erie, PA 16501  ·  Member Services {r.phone()}", 8.2, h=4.6)
    d.rule(0.8, 4)
    top = d.get_y()
    d.set_fill_color(232, 232, 232)
    d.rect(12, top, 56, 150, style="F")
    y = top + 3
    for lab, val in [("Letter date", fmt_date(d0, "long")), ("Member", member), ("Member ID", mid), ("Group", grp),
                     ("Request number", ref), ("Expected delivery", fmt_date(edd, "long")),
                     ("Requesting provider", f"{ob}, MD"), ("Storage facility", BANK.replace(" Cord", "\nCord")),
                     ("Member date of birth", fmt_date(dob(r), "long"))]:
        d.set_xy(15, y)
        d.font(6.6, "B")
        d.cell(50, 3.2, lab.upper())
        d.set_xy(15, y + 3.4)
        d.font(8.8)
        d.multi_cell(50, 4.4, val)
        y = d.get_y() + 3
    d.set_xy(74, top)
    d.set_left_margin(74)
    d.text_line("We denied a request for cord blood services", 12, "B", h=7)
    d.para(f"Dear {member},", 10)
    d.para(f"Dr. {ob.split()[0]} {ob.split()[-1]} ({ob}, MD) asked us to cover the collection of your baby's "
           "umbilical cord blood at delivery (HCPCS S2140) and its processing and first year of storage at "
           f"{BANK}, a private family bank. We received the request on "
           f"{fmt_date(d0 - dt.timedelta(days=r.randint(4, 9)), 'long')}.", 9.8)
    d.para("Decision: not covered. Your Evidence of Coverage, Chapter 6, Exclusions, item (q), excludes the "
           "collection, processing and storage of umbilical cord blood for possible future use by the child or a "
           "family member when no transplant is planned. Your request does not name a family member with a "
           "condition that is treated with a stem cell transplant.", 9.8)
    d.para("If a brother or sister of the baby has a disease for which a transplant is planned (for example sickle "
           "cell disease, thalassemia or leukemia), a directed donation can be covered with prior approval. Your "
           "doctor can send a new request with the transplant center's letter.", 9.8)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para("You may appeal within 180 days of the date of this letter. Send your appeal to Saltmarsh Appeals, "
           "PO Box 2290, Erie, PA 16501, or fax 1-555-018-7714. If we uphold our decision you may ask for an "
           "external review within 4 months. Urgent appeals are decided within 72 hours. You can get free copies "
           "of the documents we used.", 9.6)
    d.para("Sincerely,\nNadia Berne, RN, Utilization Management", 9.6)
    d.set_left_margin(12)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=member,
              case_numbers=[ref], service_dates=[iso(edd)], denial_date=iso(d0), provider=ob,
              appeal_deadline=iso(d0 + dt.timedelta(days=180)),
              alternates={"provider": [BANK], "service_dates": [[]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 1: stack: delivery EOB + claim form copy
def doc_delivery_eob(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Cobalt Ridge Health Insurance"
    d0 = f["d0"]
    d = Page("Cobalt Ridge Health Insurance - Explanation of Benefits - Page {p} of {n}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Cobalt Ridge", 16, "B", h=7.5)
    d.text_line("Health Insurance", 10, h=5)
    d.text_line(f"PO Box 8804, Pueblo, CO 81003   ·   {f['ph']}", 8.2, h=4.6)
    d.ln(2)
    d.text_line("EXPLANATION OF BENEFITS        THIS IS NOT A BILL", 11.5, "B", h=6.5)
    d.ln(1)
    d.kv([("Statement date:", fmt_date(d0, "slash")), ("Patient:", f["member"]), ("Member ID:", f["mid"]),
          ("Group #:", f["grp"]), ("Claim #:", f["claim"]), ("Provider:", f["group"]),
          ("Patient account:", f["acct"]), ("Date received:", fmt_date(f["recv"], "slash"))], 14, 34, 120, 9)
    d.ln(3)
    rows = []
    for a, code, ds, b, denied in f["lines"]:
        al = 0.0 if denied else round(b * 0.64, 2)
        when = fmt_date(a, "slash") if denied else f"{fmt_date(a, 'slash')}-{fmt_date(f['birth'], 'slash')}"
        rows.append([when, code, ds, fmt_money(b, "nosign"), fmt_money(al, "nosign"),
                     fmt_money(round(al * 0.9, 2), "nosign"), fmt_money(b if denied else round(al * 0.1, 2), "nosign"),
                     "CB2" if denied else ""])
    rows.append(["*Claim total", "", "", fmt_money(f["total"], "nosign"), "", "", "", ""])
    d.table(["Service dates", "Code", "Description", "Charges", "Allowed", "Paid", "You owe", "Note"], rows,
            [36, 14, 58, 19, 18, 18, 18, 10], size=7.9, aligns="LLLRRRRL", head_fill=True)
    d.text_line("Notes", 9.6, "B", h=5.5)
    d.para("CB2  Collection and storage of umbilical cord blood for private banking is excluded under your plan "
           "(Certificate of Coverage, Exclusions, item 41). Directed donation for a sibling who needs a transplant "
           "is covered only with prior approval. Your obstetric care and delivery were paid at the in-network "
           "level.", 8.7)
    d.para("Appeal: you may appeal within 180 days of the date of this statement. Write to Cobalt Ridge Appeals, "
           "PO Box 8810, Pueblo, CO 81003. Ask for an expedited (72-hour) review only for urgent care.", 8.7)
    den = [x for x in f["lines"] if x[4]][0]
    t = truth("eob", "not_covered", insurer=ins, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["claim"]], claim_amount=m2(f["total"]), service_dates=[iso(den[0])],
              denial_date=iso(d0), provider=f["group"], appeal_deadline=iso(d0 + dt.timedelta(days=180)),
              alternates={"claim_amount": [m2(den[3])], "service_dates": [[f["span"]], [f["span"], iso(den[0])]],
                          "insurer": ["Cobalt Ridge"]})
    return pdf_bytes(d), t


def doc_claim_form(r: Rand, f: dict) -> tuple[bytes, dict]:
    signed = f["recv"] - dt.timedelta(days=r.randint(2, 6))
    d = Page(None, margins=(10, 10, 10))
    d.add_page()
    d.text_line("HEALTH INSURANCE CLAIM FORM  -  PROVIDER COPY", 12, "B", h=6.5)
    d.text_line("Payer: Cobalt Ridge Health Insurance, PO Box 8804, Pueblo, CO 81003", 8.4, h=5)
    d.ln(1)
    d.boxes([("1a. Insured's ID number", f["mid"], 64), ("2. Patient's name (last, first, MI)",
             f"{f['last'].upper()}, {f['first'].upper()} {f['mi']}", 70), ("3. Patient's birth date",
             fmt_date(f["dob"], "slash"), 50)])
    d.boxes([("4. Insured's name", f["member"], 64), ("11. Insured's policy group", f["grp"], 70),
             ("21. Diagnosis", "O80  Z38.00  Z41.8", 50)])
    d.ln(3)
    rows = []
    for a, code, ds, b, _ in f["lines"]:
        e = a if code != "59400" else f["span"].split("/")[1]
        e = dt.date.fromisoformat(e) if isinstance(e, str) else e
        rows.append([fmt_date(a, "slash"), fmt_date(e, "slash"), "21" if code != "59400" else "11", code, ds[:30],
                     fmt_money(b, "nosign"), "1", f["npi"]])
    d.table(["24A From", "To", "POS", "CPT/HCPCS", "Description", "F. Charges", "Units", "J. Rendering NPI"], rows,
            [23, 23, 11, 20, 52, 22, 12, 30], size=8, aligns="LLLLLRRL", head_fill=True)
    d.boxes([("25. Federal tax ID", f"84-{r.digits(7)}", 40), ("26. Patient account no.", f["acct"], 44),
             ("28. Total charge", fmt_money(f["total"], "nosign"), 40), ("29. Amount paid", "0.00", 30),
             ("30. Rsvd", "", 42)])
    d.boxes([("31. Signature of physician", f"{f['doc']}, MD   {fmt_date(signed, 'slash')}", 84),
             ("33. Billing provider info & ph #", f"{f['group']}  {ph(r)}", 112)], h=13)
    d.ln(3)
    d.para("Copy kept by the practice. The cord blood collection kit was supplied by the family's private bank; "
           "the collection was billed at the family's request.", 8.4)
    t = truth("other", None, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
              claim_amount=m2(f["total"]), service_dates=[f["span"], iso(f["birth"])], denial_date=iso(signed),
              provider=f["group"], unscored=["insurer"],
              alternates={"denial_date": [None], "provider": [f["doc"]],
                          "service_dates": [[iso(f["birth"])], [f["span"]]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    member, first, mi, last = r.person()
    birth = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 80))
    start = birth - dt.timedelta(days=r.randint(200, 230))
    lines = [(start, "59400", "Routine obstetric care, vaginal delivery", float(r.randint(4200, 5600)), False),
             (birth, "S2140", "Cord blood harvesting", float(r.randint(380, 720)), True)]
    f = dict(member=member, first=first, mi=mi, last=last, mid=f"CRH{r.digits(9)}", grp=f"{r.digits(6)}",
             claim=f"{r.digits(4)}-{r.digits(6)}-{r.digits(2)}", acct=f"OB{r.digits(7)}", ph=r.phone(), npi=r.npi(),
             group="Mesa Verde Women's Health Associates", doc=r.person()[0], dob=dob(r), lines=lines,
             total=sum(x[3] for x in lines), span=iso(start, birth), birth=birth)
    f["recv"] = birth + dt.timedelta(days=r.randint(8, 15))
    f["d0"] = f["recv"] + dt.timedelta(days=r.randint(12, 25))
    return Item(f"{FAMILY}_eob_claim_form_stack", "scan_clean_300", [doc_delivery_eob(r, f), doc_claim_form(r, f)])


# ------------------------------------------------------------------ 2: Spanish Medicaid MCO notice (low-res scan)
def doc_es_medicaid(r: Rand) -> tuple[bytes, dict]:
    member, *_ = r.person("es")
    ins = "Plan de Salud Bahía Clara"
    mid = f"{r.digits(9)}{r.letters(1)}"
    d0 = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 80))
    edd = d0 + dt.timedelta(days=r.randint(20, 50))
    aviso = f"NA-{r.digits(3)}-{r.digits(6)}"
    caso = f"{r.digits(10)}"
    ob, *_ = r.person("es")
    d = Page("Plan de Salud Bahía Clara  ·  Aviso BCL-NABD-ES (2026)  ·  página {p} de {n}")
    d.add_page()
    d.text_line("Plan de Salud Bahía Clara", 15, "B", h=7.5)
    d.text_line("Plan de atención administrada de Medicaid de Florida  ·  Servicios al Miembro " + r.phone(), 8.4, h=4.6)
    d.rule(0.5, 4)
    d.text_line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12, "B", h=7)
    d.ln(1)
    d.kv([("Fecha del aviso:", fmt_date(d0, "es")), ("Nombre del miembro:", member), ("Número de Medicaid:", mid),
          ("Número de aviso:", aviso), ("Número de caso del hogar:", caso),
          ("Proveedor que lo solicitó:", f"Dra. {ob}")], 16, 58, 110, 9.4, 5.2)
    d.ln(3)
    d.para(f"Estimado(a) {member}:", 10)
    d.para("Hemos revisado la solicitud de su proveedora para la recolección y el almacenamiento privado de la "
           "sangre del cordón umbilical de su bebé (códigos S2140 y S2142), con fecha prevista del parto el "
           f"{fmt_date(edd, 'es')}. Esta solicitud ha sido denegada.", 10)
    d.para("Motivo: el almacenamiento de sangre del cordón umbilical en un banco privado para un posible uso "
           "futuro no es un servicio cubierto por Medicaid de Florida ni por su plan (Manual del Miembro, "
           "sección 5, Servicios no cubiertos; regla 59G-1.010 del Código Administrativo de Florida). Su parto "
           "y la atención de su bebé sí están cubiertos.", 10)
    d.text_line("Sus derechos", 10.5, "B", h=6)
    d.para("Puede pedir una apelación al plan dentro de 60 días a partir de la fecha de este aviso. Llame a "
           "Servicios al Miembro o escriba a Apelaciones, Plan de Salud Bahía Clara, PO Box 4470, Hialeah, FL "
           "33010. Si su salud está en peligro, pida una apelación rápida (72 horas).", 10)
    d.para("Después de la apelación al plan, puede pedir una audiencia imparcial estatal dentro de 120 días de la "
           "fecha de la decisión de la apelación. Si pide la apelación dentro de 10 días, sus servicios actuales "
           "pueden continuar. Puede pedir copias gratuitas de todos los documentos usados para esta decisión.", 10)
    t = truth("denial_letter", "not_covered", lang="es", insurer=ins, member_id=mid, member_name=member,
              case_numbers=[aviso], service_dates=[iso(edd)], denial_date=iso(d0), provider=ob,
              appeal_deadline=iso(d0 + dt.timedelta(days=60)), alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 3: private bank's invoice (photocopy)
def doc_bank_invoice(r: Rand) -> tuple[bytes, dict]:
    member, *_ = r.person()
    baby = r.choice(["Oliver", "Ada", "Felix", "Ruby"]) + " " + member.split()[-1]
    birth = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 70))
    inv_d = birth + dt.timedelta(days=r.randint(40, 60))
    inv = f"INV-{r.digits(6)}"
    enr = f"EL{r.digits(7)}"
    lines = [("Enrollment and collection kit", float(r.randint(150, 250))),
             ("Courier transport to laboratory", float(r.randint(120, 180))),
             ("Processing and cryopreservation (S2140)", float(r.randint(1350, 1900))),
             ("Storage, year 1", float(r.randint(175, 240)))]
    tot = sum(x[1] for x in lines)
    d = Page(None, margins=(18, 16, 18))
    d.add_page()
    d.text_line(BANK, 15, "B", h=7.5)
    d.text_line(f"Family cord blood and cord tissue banking  ·  4400 Lantern Way, Fargo, ND 58102  ·  {ph(r)}", 8.2,
                h=4.6)
    d.rule(0.5, 4)
    d.text_line("INVOICE", 14, "B", h=7)
    d.kv([("Invoice date", fmt_date(inv_d, "abbr")), ("Invoice no.", inv), ("Client (parent)", member),
          ("Enrollment no.", enr), ("Newborn", baby), ("Collection date", fmt_date(birth, "abbr")),
          ("Newborn date of birth", fmt_date(birth, "abbr"))], 18, 46, 120, 9.4, 5.2)
    d.ln(3)
    rows = [[ds, fmt_money(b)] for ds, b in lines]
    rows.append(["Insurance payment (claim denied by your health plan: private storage excluded)", "0.00"])
    rows.append(["*Total due", fmt_money(tot)])
    d.table(["Description", "Amount"], rows, [140, 38], size=9, aligns="LR")
    d.para("We submitted the collection and processing to your health plan as a courtesy. Your plan denied the "
           "claim because private cord blood storage is excluded. Payment is due within 30 days. Annual storage "
           f"of $185.00 will be billed on the baby's birthday each year. Tax ID 46-{r.digits(7)}.", 9.2)
    t = truth("other", None, member_name=member, claim_amount=m2(tot), service_dates=[iso(birth)],
              denial_date=iso(inv_d), provider=BANK, unscored=["insurer"],
              alternates={"member_name": [baby], "case_numbers": [[inv]], "service_dates": [[]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 4: directed donation approved (standard fax)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    member, *_ = r.person()
    sib = r.choice(["Mateo", "Naomi", "Jasper", "Leticia"]) + " " + r.choice("ABCDEFG") + ". " + member.split()[-1]
    ins = "Granite Peak Health Plan"
    mid, grp = f"GP{r.digits(10)}", f"{r.digits(4)}-{r.digits(3)}"
    d0 = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 60))
    edd = d0 + dt.timedelta(days=r.randint(25, 55))
    auth = f"A{r.digits(4)}-{r.digits(5)}"
    hem, *_ = r.person()
    d = Page("Granite Peak Health Plan  ·  approval  ·  page {p} of {n}", margins=(18, 14, 18))
    d.add_page()
    d.text_line("GRANITE PEAK HEALTH PLAN", 14, "B", h=7)
    d.text_line(f"Care Management  ·  {r.phone()}  ·  Fax {ph(r)}", 8.6, h=4.8)
    d.rule(0.5, 4)
    d.text_line("PRIOR AUTHORIZATION APPROVAL", 12, "B", h=7)
    d.table(["", ""], [["Date", fmt_date(d0, "mdy_nopad")], ["Member", member], ["Member ID", mid], ["Group", grp],
                       ["Authorization number", auth], ["Requesting physician", f"{hem}, MD (pediatric hematology)"],
                       ["Service", "Directed cord blood collection and processing (S2140, 38205)"],
                       ["Approved for delivery on or about", fmt_date(edd, "mdy_nopad")]],
            [62, 110], size=9.4, border_head="")
    d.para(f"We approved the request from {hem}, MD, for collection of umbilical cord blood at your delivery as a "
           f"directed donation for your child {sib}, who has sickle cell disease and is being evaluated for a "
           "stem cell transplant at Northern Plains Children's Transplant Program. The collection, processing "
           "and storage until the transplant are covered under the sibling directed-donation benefit. Private "
           "storage for possible future use is still not covered.", 9.8)
    d.para("This approval is valid for 120 days from the date above. Give your delivery hospital the "
           "authorization number. This is not a guarantee of payment if you are not eligible on the date of "
           "service.", 9.8)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=member, case_numbers=[auth],
              service_dates=[iso(edd)], denial_date=iso(d0), provider=hem,
              alternates={"service_dates": [[]], "member_name": [sib]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 5: upheld appeal (rotated)
def doc_upheld(r: Rand) -> tuple[bytes, dict]:
    member, *_ = r.person()
    ins = "Harrow Valley Assurance"
    mid, grp = f"HVA{r.digits(8)}", f"{r.digits(6)}"
    birth = dt.date(2025, 10, 6) + dt.timedelta(days=r.randint(0, 60))
    d0 = birth + dt.timedelta(days=r.randint(120, 160))
    apl, clm = f"GA{r.digits(8)}", f"{r.digits(11)}"
    amt = float(r.randint(1800, 2600)) + 0.75
    d = Page("Harrow Valley Assurance  ·  Grievances and Appeals", header=f"Appeal {apl}  ·  continued",
             margins=(20, 16, 20))
    d.add_page()
    d.text_line("Harrow Valley Assurance", 16, "B", h=8)
    d.text_line("Grievances and Appeals  ·  77 Quarry Street, Bangor, ME 04401", 8.8, h=5)
    d.ln(5)
    d.kv([("Date", fmt_date(d0, "dmy")), ("Member", member), ("Member ID", mid), ("Group", grp),
          ("Appeal number", apl), ("Claim number", clm), ("Provider", BANK),
          ("Date of service", fmt_date(birth, "dmy")), ("Amount billed", fmt_money(amt, "usd"))], 20, 38, 120, 9.6, 5.4)
    d.ln(4)
    d.text_line("Appeal decision: the denial is upheld", 11.5, "B", h=7)
    d.para(f"Dear {member}: you asked us to reconsider our denial of {BANK}'s claim for collecting, processing and "
           "storing your newborn's cord blood. A board-certified obstetrician who was not involved in the first "
           "decision reviewed your appeal and the bank's records.", 10)
    d.para("We upheld the denial. Your Certificate of Coverage excludes cord blood banking for possible future "
           "use (Exclusions, item 28). The records do not show a family member with a diagnosis that needs a "
           "stem cell transplant, so the directed-donation benefit does not apply.", 10)
    d.para("This completes the internal appeal process. You may request an external review by an independent "
           "review organization within 4 months after you receive this letter, or 72 hours for urgent "
           "situations. You may also contact the Maine Bureau of Insurance consumer assistance line.", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=member,
              case_numbers=[apl, clm], claim_amount=m2(amt), service_dates=[iso(birth)], denial_date=iso(d0),
              provider=BANK, alternates={"case_numbers": [[apl]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 6: TPA coding notice (phone photo)
def doc_tpa_coding(r: Rand) -> tuple[bytes, dict]:
    member, *_ = r.person()
    ins = "Keystone Plains Benefit Services"
    mid, grp = f"{r.digits(3)}{r.letters(2)}{r.digits(5)}", f"KP{r.digits(5)}"
    birth = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 60))
    d0 = birth + dt.timedelta(days=r.randint(30, 45))
    clm = f"{r.digits(3)} {r.digits(4)} {r.digits(4)}"
    hosp = "Lubbock Plains Birthing Center"
    amt = float(r.randint(900, 1500))
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line("KEYSTONE PLAINS BENEFIT SERVICES", 13, "B", h=7)
    d.text_line("Claims administrator for the Lubbock Area Builders Health Trust", 8.6, h=4.8)
    d.ln(3)
    d.text_line("NOTICE OF CLAIM DENIAL", 12, "B", h=7)
    d.text_line(f"Notice date {fmt_date(d0, 'upper')}     Claim {clm}     Member ID {mid}     Group {grp}", 9, h=6)
    d.ln(2)
    d.para(f"Patient: {member}.  Provider: {hosp}.  Service: 38205, blood-derived progenitor cell harvesting, "
           f"allogeneic, on {fmt_date(birth, 'upper')}.  Charge: {fmt_money(amt)}.", 9.8)
    d.para("Why the claim was denied: code 38205 describes harvesting stem cells from a living donor for a planned "
           "transplant. The records show a routine collection of cord blood at delivery for storage, which is "
           "not reported with 38205. The claim cannot be processed as billed. If the collection was a directed "
           "donation approved by the plan, the provider may send a corrected claim with the correct code and the "
           "authorization number within 90 days of the date of this notice.", 9.8)
    d.para("You may appeal this decision within 180 days of the date of this notice by writing to Keystone Plains "
           "Benefit Services, Appeals, PO Box 1045, Lubbock, TX 79401. Cord blood storage for future use is also "
           "excluded under your plan.", 9.8)
    t = truth("denial_letter", "coding_error", insurer=ins, group_number=grp, member_id=mid, member_name=member,
              case_numbers=[clm.replace(" ", "")], claim_amount=m2(amt), service_dates=[iso(birth)],
              denial_date=iso(d0), provider=hosp, appeal_deadline=iso(d0 + dt.timedelta(days=180)),
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_preservice, "sidebar_letter", "born_digital"), (2, doc_es_medicaid, "es_medicaid", "scan_lowres_150"),
              (3, doc_bank_invoice, "bank_invoice", "photocopy"), (4, doc_approval, "directed_approval", "fax_standard_g4"),
              (5, doc_upheld, "upheld_appeal", "rotated"), (6, doc_tpa_coding, "tpa_coding", "phone_photo")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
