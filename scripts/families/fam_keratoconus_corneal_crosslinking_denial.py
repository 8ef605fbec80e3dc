"""Family 'keratoconus_corneal_crosslinking_denial': plan letters, EOBs and a vision-plan notice on corneal collagen
cross-linking (CPT 0402T, epithelium-off, with the riboflavin drug J2787) for progressive keratoconus.

Issuers (all invented): Quillmere Health Plan (logo word "QUILLMERE" over a rule; letters, one in Spanish),
Brackenridge Mutual Assurance Company (centred name under a parent line; member EOBs), Lumaveil Vision Plan (a
routine-vision plan; notice that cross-linking is a medical service, not a vision benefit). Contents: pre-service
denial of an epithelium-on (transepithelial) method as experimental (not FDA approved); post-service denial for no
documented progression (Kmax change under 1 diopter in 12 months, printed "must be received by" date); EOB where the
riboflavin drug J2787 billed separately is denied as included in 0402T (with the optometrist's paid exam as a decoy
claim); an approval for a 15-year-old (member = the child, subscriber = the parent); a Spanish post-service letter
(experimental epi-on); a phone photo of the vision plan's notice; a rotated EOB denying an epi-on 0402T claim as
investigational. Decoys: the referring optometrist, topography dates, dates of birth, NPIs, received dates, phones.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "keratoconus_corneal_crosslinking_denial"
LANG = "en"

QH, BM, LV = "Quillmere Health Plan", "Brackenridge Mutual Assurance Company", "Lumaveil Vision Plan"
ADDR = {QH: ("PO Box 58213", "Varnell Springs, NE 68961"), BM: ("4100 Oster Row, Floor 9", "Halcombe, IN 46981"),
        LV: ("PO Box 2290", "Menderby, NV 89931")}
PRACTICES = ["Harwick Cornea & Refractive Institute", "Saltmarsh Eye Specialists", "Orrin Lake Cornea Associates"]
SURGEONS = ["Dr. Amarachi Vesterholm", "Dr. Teodoro Blakiston", "Dr. Yun-Seo Marchetti", "Dr. Farida Quennell"]
OPTOMS = ["Dr. Priya Fenwick-Osei, OD", "Dr. Lachlan Ibarra, OD", "Dr. Noemi Kastelic, OD"]
FIRST = ["Anouk", "Bashir", "Coralie", "Desmond", "Emeka", "Freya", "Giacomo", "Hana", "Isidro", "Jovana", "Kwame",
         "Lucinda", "Mateo", "Nilufar"]
LAST = ["Abernathy-Oduya", "Bergstrom", "Castellanos", "Drummond", "Eze", "Falkenrath", "Guerrero", "Holmqvist",
        "Iwasaki", "Jablonski", "Kovalenko", "Lindgren", "Mbeki", "Novak"]
STREETS = ["Thistledown Road", "Marlpit Lane", "Copperbeech Court", "Wrenfield Drive", "Quarry Hollow Way"]
TOWNS = ["Varnell Springs, NE 68961", "Halcombe, IN 46981", "Menderby, NV 89931", "Ossory Bluff, WA 98977"]
CXL = ("0402T", "Collagen cross-linking of cornea, including removal of the corneal epithelium and intraoperative "
       "pachymetry")


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def facts(r: random.Random, ins: str, ds: str) -> dict:
    first, mid, last = r.choice(FIRST), r.choice("ABCDEFGHJKLMNPRSTVW"), r.choice(LAST)
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 150))
    dos = notice - dt.timedelta(days=r.randint(18, 50))
    if ins == QH:
        mid_, grp, claim = "QHP" + digits(r, 9), "Q" + digits(r, 6), f"QC-{notice.year}-{digits(r, 7)}"
    elif ins == BM:
        mid_, grp, claim = f"BMA {digits(r, 4)} {digits(r, 5)}", digits(r, 6), "BM" + digits(r, 11)
    else:
        mid_, grp, claim = "LV" + digits(r, 8), "LVG-" + digits(r, 4), f"{digits(r, 4)}-{digits(r, 6)}"
    return dict(r=r, ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", r.choice(TOWNS)), notice=notice, dos=dos,
                mid=mid_, grp=grp, claim=claim, practice=r.choice(PRACTICES), surgeon=r.choice(SURGEONS),
                optom=r.choice(OPTOMS), dob=dt.date(r.randint(1975, 2003), r.randint(1, 12), r.randint(1, 28)),
                ph=phone(r), npi=npi(r), npi2=npi(r), topo=dos - dt.timedelta(days=r.randint(40, 90)))


def D(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def letterhead(d: Doc, f: dict, es: bool = False) -> None:
    ins, a = f["ins"], ADDR[f["ins"]]
    if ins == QH:
        d.text_line("QUILLMERE", 22, "B")
        d.rule(0.9, 1.2)
        svc = "Servicios al Miembro" if es else "Member Services"
        d.text_line(f"{QH}  |  {a[0]}  |  {a[1]}  |  {svc} {f['ph']}", 8.5)
    elif ins == BM:
        d.text_line("Brackenridge Mutual Holdings - Health Division", 8, align="C")
        d.text_line(BM, 14, "B", align="C")
        d.text_line(f"{a[0]}, {a[1]}", 8.5, align="C")
    else:
        d.text_line(LV, 16, "B", align="R")
        d.text_line("Routine eye care benefits", 9, align="R")
        d.text_line(f"{a[0]}, {a[1]}", 9, align="R")
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


def addressee(d: Doc, f: dict, name: str | None = None) -> None:
    for ln in (name or f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)


# --------------------------------------------------------------------------------------------------- letters
def letter(f: dict, codes: list[tuple[str, str]], amt: float | None, pre: bool, reason: str, how: str,
           denial: str, dalts: list[str], title: str = "Notice of Adverse Benefit Determination") -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    addressee(d, f)
    d.text_line(title, 13, "B")
    d.ln(2)
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group number:", f["grp"]),
            ("Date of birth:", D(f, f["dob"])),
            ("Reference number:" if pre else "Claim number:", f["claim"]),
            ("Requested date of service:" if pre else "Date of service:", D(f, f["dos"])),
            ("Service(s):", ";\n".join(f"{c} {t}" for c, t in codes)),
            ("Treating provider:", f"{f['practice']} ({f['surgeon']})"), ("Provider NPI:", f["npi"])]
    rows.append(("Request received:", D(f, f["notice"] - dt.timedelta(days=5))) if pre else
                ("Amount billed:", fmt_money(amt)))
    pairs(d, rows)
    d.para(f"Dear {f['first']} {f['last']}:")
    what = "the request for corneal cross-linking planned for" if pre else "the claim for corneal cross-linking on"
    d.para(f"We reviewed {what} {D(f, f['dos'])} for keratoconus. Your eye care was first managed by "
           f"{f['optom']}, who referred you to {f['practice']}. We looked at the office notes and the corneal "
           f"topography reports, the most recent dated {D(f, f['topo'])}.")
    d.text_line("Why we made this decision", 11, "B")
    d.ln(1)
    d.para(reason)
    d.para("We used Quillmere Clinical Policy OPH-031, Corneal Collagen Cross-Linking. You or your doctor may ask for a "
           "free copy of the policy and of the records we used.", 9.5)
    d.text_line("Your right to appeal", 11, "B")
    d.ln(1)
    dl = f["notice"] + dt.timedelta(days=180)
    if how == "date":
        sent = f"Your written appeal must be received by {D(f, dl)}."
    else:
        sent = f"You have 180 days from the date of this {how} to ask for an appeal."
    d.para(sent + " Send your appeal to Quillmere Appeals, at the address above, with any records or a letter from "
           f"your eye doctor. For an urgent (72-hour) appeal call {f['ph']} (TTY 711).")
    d.para("After our final decision you may ask for an external review by an independent review organization within "
           "4 months.", 9.5)
    d.para(f"Sincerely,\nMedical Director, Utilization Management\n{QH}", 10)
    t = truth("denial_letter", denial, insurer=QH, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount=None if amt is None else m2(amt),
              service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=f["practice"],
              appeal_deadline=iso(dl), alternates={"provider": [f["surgeon"]]}, denial_alternates=dalts)
    return pdf_bytes(d), t


def letter_es(f: dict, amt: float) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Página {p} de {n}")
    d.add_page()
    letterhead(d, f, es=True)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    addressee(d, f)
    d.text_line("Aviso de determinación adversa de beneficios", 13, "B")
    d.ln(2)
    pairs(d, [("Miembro:", f["name"]), ("Número de miembro:", f["mid"]), ("Número de grupo:", f["grp"]),
              ("Fecha de nacimiento:", D(f, f["dob"])), ("Número de reclamación:", f["claim"]),
              ("Fecha del servicio:", D(f, f["dos"])),
              ("Servicio:", "0402T Entrecruzamiento de colágeno corneal (método transepitelial, epitelio intacto)"),
              ("Proveedor:", f"{f['practice']} ({f['surgeon']})"), ("Cantidad facturada:", fmt_money(amt))],
          lw=55)
    d.para(f"Estimado(a) {f['first']} {f['last']}:")
    d.para(f"Revisamos la reclamación por el entrecruzamiento corneal realizado el {D(f, f['dos'])} para tratar el "
           f"queratocono. Su optometrista, {f['optom']}, lo refirió a {f['practice']}.")
    d.text_line("Por qué tomamos esta decisión", 11, "B")
    d.ln(1)
    d.para("El procedimiento se hizo con el método transepitelial (\"epi-on\"), en el que no se retira el epitelio de "
           "la córnea. Este método y la riboflavina que usa no están aprobados por la FDA. Nuestra póliza lo "
           "considera experimental o en investigación, y los servicios experimentales no están cubiertos por su "
           "plan. Solo cubrimos el método con retiro del epitelio (\"epi-off\") aprobado por la FDA.")
    d.text_line("Su derecho a apelar", 11, "B")
    d.ln(1)
    dl = f["notice"] + dt.timedelta(days=180)
    d.para("Puede pedir una apelación dentro de los 180 días a partir de la fecha de esta carta. Envíela por escrito a "
           f"la dirección de arriba. Si tiene preguntas, llame al {f['ph']} (TTY 711). Tiene derecho a pedir una "
           "revisión externa independiente después de nuestra decisión final.")
    d.para(f"Atentamente,\nDirector Médico\n{QH}", 10)
    t = truth("denial_letter", "experimental", lang="es", insurer=QH, member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=[f["claim"]], claim_amount=m2(amt), service_dates=[iso(f["dos"])],
              denial_date=iso(f["notice"]), provider=f["practice"], appeal_deadline=iso(dl),
              alternates={"provider": [f["surgeon"]]})
    return pdf_bytes(d), t


def approval(f: dict, child: str, auth: str) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    addressee(d, f, f"Parent or guardian of {child}")
    d.text_line("Your request is approved", 13, "B")
    d.ln(2)
    pairs(d, [("Patient:", child), ("Subscriber:", f["name"]), ("Member ID:", f["mid"] + "-02"),
              ("Group number:", f["grp"]), ("Authorization number:", auth),
              ("Service:", f"{CXL[0]} {CXL[1]}, right eye; J2787 riboflavin 5'-phosphate ophthalmic solution"),
              ("Provider:", f"{f['practice']} ({f['surgeon']})"), ("Planned date of service:", D(f, f["dos"])),
              ("Approved through:", D(f, f["dos"] + dt.timedelta(days=90)))])
    d.para(f"Dear Parent or Guardian of {child.split()[0]}:")
    d.para(f"We approved the corneal cross-linking listed above. {child.split()[0]} is 15 years old, and the records "
           f"show keratoconus of the right eye with a Kmax increase of 1.8 diopters between topography done by "
           f"{f['optom']} and the exam of {D(f, f['topo'])}. Our policy covers the FDA-approved epithelium-off "
           "method for patients 14 years and older with documented progression.")
    d.para("This approval is for medical necessity only. Payment depends on eligibility on the date of service and on "
           f"your plan's cost sharing. Questions? Call Member Services at {f['ph']} (TTY 711).")
    d.para(f"Sincerely,\nUtilization Management\n{QH}", 10)
    t = truth("other", None, insurer=QH, member_id=f["mid"] + "-02", group_number=f["grp"], member_name=child,
              case_numbers=[auth], service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]),
              provider=f["practice"], alternates={"provider": [f["surgeon"]], "member_id": [f["mid"]]})
    return pdf_bytes(d), t


def vision_notice(f: dict, amt: float) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="LV-CLM-44 (rev. 2025)")
    d.add_page()
    letterhead(d, f)
    d.text_line("CLAIM DETERMINATION NOTICE", 14, "B")
    d.ln(2)
    y0 = d.get_y()
    addressee(d, f)
    d.set_xy(112, y0)
    for k, v in [("Notice date", D(f, f["notice"])), ("Member", f["name"]), ("Member ID", f["mid"]),
                 ("Group", f["grp"]), ("Claim", f["claim"])]:
        d.set_x(112)
        d.font(9, "B")
        d.cell(26, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 28) + 3)
    d.table(["Date of service", "Provider", "Service", "Charge", "Plan pays", "Note"],
            [[D(f, f["dos"]), f["practice"][:30], "0402T corneal cross-linking", fmt_money(amt, "nosign"), "0.00",
              "V17"]], [26, 58, 50, 20, 18, 12], size=8.5, aligns="LLLRRL")
    d.para("V17  Corneal collagen cross-linking is a medical and surgical service. It is not a routine vision benefit "
           "(eye exam, frames, lenses, contact lenses) and is not covered under your Lumaveil vision plan. Please ask "
           "the provider to submit this claim to your medical insurance carrier.", 9.5)
    d.para(f"Referring provider on the claim: {f['optom']} (routine exam paid on a separate claim).", 9)
    dl = f["notice"] + dt.timedelta(days=180)
    d.para(f"If you disagree, you may appeal in writing within 180 days of this notice to Lumaveil Appeals, "
           f"{ADDR[LV][0]}, {ADDR[LV][1]}. Call {f['ph']} with questions.", 9.5)
    t = truth("denial_letter", "not_covered", insurer=LV, member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=[f["claim"]], claim_amount=m2(amt), service_dates=[iso(f["dos"])],
              denial_date=iso(f["notice"]), provider=f["practice"], appeal_deadline=iso(dl),
              type_alternates=["eob"])
    return pdf_bytes(d), t


# --------------------------------------------------------------------------------------------------- EOBs
def eob(f: dict, claims: list[dict], denied_ix: int, legend: list[tuple[str, str]], denial: str, dalts: list[str],
        amount_alt: str | None = None) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("Explanation of Benefits", 15, "B")
    d.text_line("This is not a bill.", 9, "B")
    d.ln(3)
    y0 = d.get_y()
    addressee(d, f)
    d.set_xy(112, y0)
    for k, v in [("Date processed", D(f, f["notice"])), ("Patient", f["name"]), ("Member ID", f["mid"]),
                 ("Group", f["grp"]), ("Birth date", D(f, f["dob"]))]:
        d.set_x(112)
        d.font(9, "B")
        d.cell(30, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 28) + 3)
    for c in claims:
        d.font(10, "B")
        d.cell(0, 6, f"Claim {c['claim']}  |  {c['prov']}  |  NPI {c['npi']}", new_x="LMARGIN", new_y="NEXT")
        rows = [[D(f, c["dos"]), ln[0], ln[1], fmt_money(ln[2]), fmt_money(ln[3]), fmt_money(ln[4]),
                 fmt_money(ln[5]), ln[6]] for ln in c["lines"]]
        rows.append(["*Totals", "", "", fmt_money(sum(x[2] for x in c["lines"])),
                     fmt_money(sum(x[3] for x in c["lines"])), fmt_money(sum(x[4] for x in c["lines"])),
                     fmt_money(sum(x[5] for x in c["lines"])), ""])
        d.table(["Date", "Code", "Service", "Billed", "Allowed", "Paid", "You owe", "Note"],
                rows, [22, 14, 58, 21, 19, 19, 18, 13], size=8, aligns="LLLRRRRL", border_head="TB")
    d.text_line("Notes", 10, "B")
    for k, v in legend:
        d.para(f"{k}  {v}", 8.8, gap=1)
    d.ln(2)
    dl = f["notice"] + dt.timedelta(days=180)
    d.para("To appeal, write to us within 180 days of the date this claim was processed. Include the claim number and "
           f"any records you want us to review. Questions: {f['ph']} (TTY 711).", 9)
    c = claims[denied_ix]
    alts: dict = {}
    if amount_alt:
        alts["claim_amount"] = [amount_alt]
    t = truth("eob", denial, insurer=BM, member_id=f["mid"].replace(" ", ""), group_number=f["grp"],
              member_name=f["name"], case_numbers=[c["claim"]], claim_amount=m2(sum(x[2] for x in c["lines"])),
              service_dates=[iso(c["dos"])], denial_date=iso(f["notice"]), provider=c["prov"],
              appeal_deadline=iso(dl), alternates=alts, denial_alternates=dalts)
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []
    r = random.Random(218500)

    f = facts(random.Random(218501), QH, "long")
    f["dos"] = f["notice"] + dt.timedelta(days=r.randint(14, 30))
    f["topo"] = f["notice"] - dt.timedelta(days=r.randint(20, 40))
    items.append(Item(f"{FAMILY}_bd_preservice_epi_on_experimental", "born_digital", [letter(
        f, [("0402T", "Collagen cross-linking of cornea (transepithelial / epithelium-on technique requested)")],
        None, True,
        "Your doctor asked for cross-linking with a transepithelial (epithelium-on) method, in which the surface layer "
        "of the cornea is left in place. The only cross-linking system approved by the U.S. Food and Drug "
        "Administration uses the epithelium-off method. Epithelium-on cross-linking is not FDA approved and is "
        "considered experimental and investigational under our policy, because studies have not shown that it "
        "stops keratoconus from getting worse as well as the approved method. Experimental services are excluded "
        "from your plan.", "letter", "experimental", ["not_covered"])]))

    f = facts(random.Random(218502), BM, "slash")
    opt = dict(claim="BM" + digits(r, 11), prov=f"{f['optom'].split(',')[0]}, Fairlawn Family Optometry",
               npi=f["npi2"], dos=f["dos"] - dt.timedelta(days=r.randint(30, 60)),
               lines=[("92014", "Eye exam, established patient", 215.00, 142.80, 112.80, 30.00, ""),
                      ("92025", "Corneal topography", 95.00, 38.45, 38.45, 0.0, "")])
    cxl = dict(claim=f["claim"], prov=f["practice"], npi=f["npi"], dos=f["dos"],
               lines=[("0402T", "Corneal cross-linking, left eye", 3950.00, 2412.00, 1929.60, 482.40, ""),
                      ("J2787", "Riboflavin 5'-phosphate, 3 mL", 2880.00, 0.0, 0.0, 0.0, "D41")])
    legend = [("D41", "The riboflavin drug is included in the payment for the cross-linking procedure (0402T) and "
                      "is not paid separately. The provider may not bill you for this amount (CARC 97).")]
    items.append(Item(f"{FAMILY}_bd_eob_riboflavin_billed_separately", "born_digital",
                      [eob(f, [opt, cxl], 1, legend, "coding_error", ["not_covered"], amount_alt="2880.00")]))

    f = facts(random.Random(218503), QH, "slash")
    items.append(Item(f"{FAMILY}_scan300_no_documented_progression", "scan_clean_300", [letter(
        f, [CXL, ("J2787", "Riboflavin 5'-phosphate ophthalmic solution")], 6415.00, False,
        "Our policy covers cross-linking when keratoconus is getting worse, shown by an increase in maximum corneal "
        "curvature (Kmax) of 1 diopter or more, or a similar change in astigmatism or corneal thickness, within 12 "
        f"months. The topography of {D(f, f['topo'])} shows a Kmax of 51.2 D compared with 50.6 D eleven months "
        "earlier, a change of 0.6 diopters, and the corneal thickness did not change. Progression is not documented, "
        "so the service was not medically necessary.", "date", "medical_necessity", [],
        title="We denied payment for your eye procedure")]))

    f = facts(random.Random(218504), QH, "iso")
    f["dos"] = f["notice"] + dt.timedelta(days=r.randint(12, 28))
    f["topo"] = f["notice"] - dt.timedelta(days=r.randint(15, 30))
    child = f"{r.choice(FIRST)} {f['last']}"
    items.append(Item(f"{FAMILY}_lowres_teen_approval", "scan_lowres_150",
                      [approval(f, child, "QA" + digits(r, 9))]))

    f = facts(random.Random(218505), QH, "es")
    items.append(Item(f"{FAMILY}_copy_es_epi_on_experimental", "photocopy", [letter_es(f, 4275.00)]))

    f = facts(random.Random(218506), LV, "abbr")
    items.append(Item(f"{FAMILY}_phone_vision_plan_not_covered", "phone_photo", [vision_notice(f, 3600.00)]))

    f = facts(random.Random(218507), BM, "dmy")
    cxl = dict(claim=f["claim"], prov=f["practice"], npi=f["npi"], dos=f["dos"],
               lines=[("0402T", "Corneal cross-linking, transepithelial", 4125.00, 0.0, 0.0, 0.0, "X12"),
                      ("76514", "Corneal pachymetry", 140.00, 0.0, 0.0, 0.0, "X12")])
    legend = [("X12", "Transepithelial (epithelium-on) corneal cross-linking is experimental/investigational and "
                      "not covered under your plan. Referred by " + f["optom"] + ".")]
    items.append(Item(f"{FAMILY}_rot_eob_epi_on_investigational", "rotated",
                      [eob(f, [cxl], 0, legend, "experimental", ["not_covered"])]))
    return items
