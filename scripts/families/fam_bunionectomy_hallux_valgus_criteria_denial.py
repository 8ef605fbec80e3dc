"""Family 'bunionectomy_hallux_valgus_criteria_denial': plan letters, EOBs and a Medicare Summary Notice on bunion
surgery for hallux valgus (28296 distal metatarsal osteotomy, 28297 Lapidus-type first metatarsal and medial
cuneiform joint arthrodesis, 28740 midtarsal or tarsometatarsal arthrodesis, single joint).

Issuers (all invented except Medicare): Corvanna Health Plan (logo word "CORVANNA" with a tagline; letters and an
approval), Brackenfield Benefit Trust (self-funded plan, boxed header; EOB), Medicare (MSN layout mirrored from the
public Part B Medicare Summary Notice), Plan de Salud Alcaraván (a Puerto Rico plan; Spanish EOB). Contents: pre-service
denial as cosmetic (no pain limiting walking or shoe wear; not_covered); MSN with 28296 on both feet the same day,
the second foot denied; Spanish EOB denying 28296 for no trial of wide shoes or orthotics; 150 dpi approval for the
left foot only after the bilateral request was resubmitted; photocopied post-service letter denying 28297 + 28740 (no
orthotics trial); a fax of a pre-service letter to the podiatry office denying same-day bilateral surgery; a rotated
EOB with a primary care visit paid (decoy claim) and the 28296 claim denied as cosmetic. Decoys: the primary care
physician who referred, X-ray dates, hallux valgus angles, dates of birth, NPIs, received dates, phone numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "bunionectomy_hallux_valgus_criteria_denial"
LANG = "en"

CV, BB, MC, AL = "Corvanna Health Plan", "Brackenfield Benefit Trust", "Medicare", "Plan de Salud Alcaraván"
ADDR = {CV: ("PO Box 60331", "Merrow Point, OH 45999"), BB: ("1700 Ridderhof Lane", "Sallowfield, IA 52899"),
        MC: ("PO Box 1270", "Lenthall, SC 29999"), AL: ("Apartado 91744", "San Juan, PR 00936")}
PRACTICES = ["Greystoke Foot & Ankle Specialists", "Tallis Podiatry Associates", "Norcombe Foot and Ankle Institute"]
SURGEONS = ["Dr. Femi Ashgrove, DPM", "Dr. Katarzyna Villalobos, DPM", "Dr. Hideo Mbeki-Shaw, DPM",
            "Dr. Roisin Abaroa, DPM"]
PCPS = ["Dr. Lucian Osei-Barrett", "Dr. Maren Quintero", "Dr. Sanjay Holloway"]
PRAC_ES = ["Centro de Pie y Tobillo Las Mareas", "Podiatría Integral del Este"]
SURG_ES = ["Dra. Ileana Sotomayor Vélez", "Dr. Gilberto Arzuaga Ríos"]
PCP_ES = ["Dra. Yolanda Ferrer Cintrón", "Dr. Efraín Nazario Olmo"]
FIRST = ["Wilhelmina", "Chidi", "Rosalind", "Bartholomew", "Mei-Ling", "Aurelio", "Thandiwe", "Oskar", "Farida",
         "Genevieve", "Ibrahim", "Paulina", "Eamon", "Natsuki"]
LAST = ["Pemberton", "Okoro", "Castellanos", "Ivanova", "Fairbanks", "Nwachukwu", "Eriksdottir", "Moreau",
        "Sadowski", "Huang", "Abernathy", "Quaye", "Lindroos", "Vasquez-Hale"]
FIRST_ES = ["Maritza", "Héctor", "Carmen", "Wilfredo", "Nilda", "Rafael"]
LAST_ES = ["Rivera Oquendo", "Santiago Maldonado", "Colón Bermúdez", "Ortiz Pagán"]
STREETS = ["Wickham Lane", "Thistle Row", "Gannet Point Road", "Cooper's Hollow", "Windle Street"]
TOWNS = ["Merrow Point, OH 45999", "Sallowfield, IA 52899", "Lenthall, SC 29999", "Brockhurst, ME 04999"]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def mbi(r: random.Random) -> str:
    L = "ACDEFGHJKMNPQRTUVWXY"
    return (str(r.randint(1, 9)) + r.choice(L) + r.choice(L + "0123456789") + str(r.randint(0, 9)) + r.choice(L)
            + r.choice(L + "0123456789") + str(r.randint(0, 9)) + r.choice(L) + r.choice(L) + str(r.randint(0, 9))
            + str(r.randint(0, 9)))


def facts(r: random.Random, ins: str, ds: str) -> dict:
    es = ins == AL
    first, mid, last = r.choice(FIRST_ES if es else FIRST), r.choice("ABCDEFGHJKLMNPRSTVW"), r.choice(
        LAST_ES if es else LAST)
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 140))
    dos = notice - dt.timedelta(days=r.randint(20, 50))
    if ins == CV:
        mid_, grp, claim = "CVH" + digits(r, 8), "CV" + digits(r, 6), f"CV-{notice.strftime('%y')}-{digits(r, 7)}"
    elif ins == BB:
        mid_, grp, claim = f"BBT{digits(r, 6)}*{r.randint(1, 3):02d}", digits(r, 5), "B" + digits(r, 12)
    elif ins == AL:
        mid_, grp, claim = "ALC" + digits(r, 9), "PR-" + digits(r, 4), "RCL" + digits(r, 9)
    else:
        mid_, grp, claim = mbi(r), None, digits(r, 14)
    return dict(r=r, ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(14, 9870)} {r.choice(STREETS)}" if not es else
                      f"Calle {r.choice(['Luna', 'Almendro', 'Tabonuco'])} {r.randint(2, 480)}",
                      r.choice(TOWNS) if not es else "Caguas, PR 00725"),
                notice=notice, dos=dos, mid=mid_, grp=grp, claim=claim,
                practice=r.choice(PRAC_ES if es else PRACTICES), surgeon=r.choice(SURG_ES if es else SURGEONS),
                pcp=r.choice(PCP_ES if es else PCPS),
                dob=dt.date(r.randint(1948, 1990), r.randint(1, 12), r.randint(1, 28)), ph=phone(r), npi=npi(r),
                npi2=npi(r), xray=dos - dt.timedelta(days=r.randint(25, 60)), hva=r.randint(19, 27))


def D(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def letterhead(d: Doc, f: dict) -> None:
    a = ADDR[f["ins"]]
    if f["ins"] == CV:
        d.text_line("CORVANNA", 21, "B")
        d.text_line("Health Plan  -  caring for members across the Ohio Valley", 8.5)
        d.text_line(f"{a[0]}, {a[1]}   Member Services {f['ph']}", 8.5)
    elif f["ins"] == BB:
        d.set_draw_color(0)
        d.rect(18, 14, 180, 17)
        d.set_y(16)
        d.text_line(BB, 14, "B", align="C")
        d.text_line(f"Self-funded employee health plan  |  {a[0]}, {a[1]}", 8.5, align="C")
        d.set_y(34)
    else:
        d.text_line(AL, 15, "B")
        d.text_line(f"{a[0]}, {a[1]}  -  Servicios al Afiliado {f['ph']}", 8.5)
    d.ln(6)


def pairs(d: Doc, rows, lw: float = 52, size: float = 10) -> None:
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


def letter(f: dict, codes, amt, pre: bool, reason: str, denial: str, dalts: list[str], how: str = "letter",
           to_office: bool = False, fax: str | None = None, title: str = "Notice of Adverse Benefit Determination",
           days: int = 180) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    if to_office:
        for ln in (f["practice"], "Attn: Surgery Coordinator", f"Fax {phone(f['r'])}"):
            d.text_line(ln, 10.5)
        d.text_line(f"Copy to member: {f['name']}, {f['addr'][0]}, {f['addr'][1]}", 9.5)
        d.ln(5)
    else:
        addressee(d, f)
    d.text_line(title, 13, "B")
    d.ln(2)
    rows = [("Member name:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]),
            ("Birth date:", D(f, f["dob"])), ("Reference number:" if pre else "Claim number:", f["claim"]),
            ("Date of surgery requested:" if pre else "Date of surgery:", D(f, f["dos"])),
            ("Codes:", ";\n".join(f"{c} {t}" for c, t in codes)),
            ("Podiatrist:", f"{f['surgeon']}, {f['practice']}"), ("NPI:", f["npi"])]
    if pre:
        rows.append(("Date received:", D(f, f["notice"] - dt.timedelta(days=4))))
    else:
        rows.append(("Total charges:", fmt_money(amt)))
    pairs(d, rows)
    d.para(f"Dear {f['first']} {f['last']}:" if not to_office else f"Dear Dr. {f['surgeon'].split()[-2].rstrip(',')}:")
    d.para(f"We reviewed {'the request for' if pre else 'the claim for'} bunion surgery "
           f"{'planned for' if pre else 'done on'} {D(f, f['dos'])}. Your primary care physician, {f['pcp']}, "
           f"referred you to the podiatrist. We read the office notes and the foot X-ray report of {D(f, f['xray'])} "
           f"(hallux valgus angle {f['hva']} degrees).")
    d.text_line("The reason for our decision", 11, "B")
    d.ln(1)
    d.para(reason)
    d.para("Corvanna Medical Policy 7.01.118, Surgical Treatment of Hallux Valgus, was used. You may ask for a free "
           "copy of it and of all records used in this decision.", 9.5)
    d.text_line("If you disagree", 11, "B")
    d.ln(1)
    dl = f["notice"] + dt.timedelta(days=days)
    if how == "date":
        d.para(f"You have until {D(f, dl)} to send us a written appeal. Include any records or a letter from your "
               f"podiatrist. Call {f['ph']} (TTY 711) for help.")
    else:
        d.para(f"You or your doctor may appeal within {days} days of the date of this {how}. Include any records or "
               f"a letter from your podiatrist. Call {f['ph']} (TTY 711) for help.")
    d.para("If your health could be seriously harmed by waiting, ask for an expedited appeal; we decide those within "
           "72 hours. You may also have a right to an external review within 4 months after our final decision.",
           9.5)
    d.para(f"Sincerely,\nMedical Director\n{CV}", 10)
    t = truth("denial_letter", denial, insurer=CV, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount=None if amt is None else m2(amt),
              service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=f["practice"],
              appeal_deadline=iso(dl), alternates={"provider": [f["surgeon"]]}, denial_alternates=dalts)
    return pdf_bytes(d), t


def approval(f: dict, auth: str, note: str) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    addressee(d, f)
    d.text_line("Your surgery is approved", 13, "B")
    d.ln(2)
    pairs(d, [("Member name:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]),
              ("Approval number:", auth), ("Approved:", "28296-LT Correction of hallux valgus with distal first "
                                                       "metatarsal osteotomy, LEFT foot"),
              ("Podiatrist:", f"{f['surgeon']}, {f['practice']}"), ("Surgery date:", D(f, f["dos"])),
              ("Valid through:", D(f, f["dos"] + dt.timedelta(days=60)))])
    d.para(f"Dear {f['first']} {f['last']}:")
    d.para(note)
    d.para("This approval is based on medical necessity. Your deductible, copayment and coinsurance still apply, and "
           "you must be a member on the date of surgery.")
    d.para(f"Questions? Call {f['ph']} (TTY 711).")
    d.para(f"Sincerely,\nUtilization Management\n{CV}", 10)
    t = truth("other", None, insurer=CV, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[auth], claim_amount=None, service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]),
              provider=f["practice"], appeal_deadline=None, alternates={"provider": [f["surgeon"]]})
    return pdf_bytes(d), t


def eob_bb(f: dict) -> tuple[bytes, dict]:
    r = f["r"]
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("Explanation of Benefits - this is not a bill", 13, "B")
    d.ln(2)
    pairs(d, [("Date issued:", D(f, f["notice"])), ("Employee/member:", f["name"]), ("ID:", f["mid"]),
              ("Group:", f["grp"]), ("Date of birth:", D(f, f["dob"]))], lw=40, size=9.5)
    addressee(d, f)
    pcp_claim = "B" + digits(r, 12)
    pcp_dos = f["dos"] - dt.timedelta(days=r.randint(30, 60))
    lines = [("28296", "Bunionectomy w/ distal metatarsal osteotomy", 4275.00),
             ("28292", "Hallux valgus correction, resection of joint", 2140.00)]
    total = sum(x[2] for x in lines)
    d.text_line(f"Claim {pcp_claim}   Provider: {f['pcp']} (NPI {f['npi2']})", 9.5, "B")
    d.table(["Service date", "Code", "Description", "Charged", "Allowed", "Paid", "Your share", "Note"],
            [[D(f, pcp_dos), "99214", "Office visit", fmt_money(245.00), fmt_money(152.10), fmt_money(127.10),
              fmt_money(25.00), ""]], [22, 14, 58, 21, 19, 19, 18, 13], size=8, aligns="LLLRRRRL", border_head="TB")
    d.text_line(f"Claim {f['claim']}   Provider: {f['practice']} (NPI {f['npi']})", 9.5, "B")
    rows = [[D(f, f["dos"]), c, t, fmt_money(a), fmt_money(0), fmt_money(0), fmt_money(0), "X41"] for c, t, a in lines]
    rows.append(["Total", "", "", fmt_money(total), fmt_money(0), fmt_money(0), fmt_money(0), ""])
    d.table(["Service date", "Code", "Description", "Charged", "Allowed", "Paid", "Your share", "Note"], rows,
            [22, 14, 58, 21, 19, 19, 18, 13], size=8, aligns="LLLRRRRL", border_head="TB")
    d.text_line("Notes", 10, "B")
    d.para("X41  Cosmetic surgery is excluded. Bunion surgery is covered only when the bunion causes pain that limits "
           "walking or normal shoe wear despite conservative care; the records describe the appearance of the foot "
           "only. You may be responsible for these charges.", 8.8)
    dl = f["notice"] + dt.timedelta(days=180)
    d.para("Appeal rights: you may request a review of this decision within 180 days of the date of this "
           f"statement. Write to the Plan Administrator at the address above or call {f['ph']}.", 9)
    t = truth("eob", "not_covered", insurer=BB, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(f["notice"]), provider=f["practice"], appeal_deadline=iso(dl),
              alternates={"provider": [f["surgeon"]]}, denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


def msn(f: dict) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 15, "B")
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 9)
    d.ln(4)
    y0 = d.get_y()
    d.text_line(f["name"].upper(), 10)
    d.text_line(f["addr"][0].upper(), 10)
    d.text_line(f["addr"][1].upper(), 10)
    d.set_xy(118, y0)
    for k, v in [("Notice for", f["name"]), ("Medicare Number", f["mid"]), ("Date of This Notice", D(f, f["notice"])),
                 ("Claims Processed Between", f"{D(f, f['notice'] - dt.timedelta(days=90))} - {D(f, f['notice'])}")]:
        d.set_x(118)
        d.font(8.5, "B")
        d.cell(0, 4.6, k, new_x="LMARGIN", new_y="NEXT")
        d.set_x(118)
        d.font(9.5)
        d.cell(0, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 30) + 2)
    dl = f["notice"] + dt.timedelta(days=120)
    d.para(f"If you disagree with a coverage decision, file an appeal by {D(f, dl)}. See 'How to appeal' below.", 10)
    d.text_line("Your Claims for Part B (Medical Insurance)", 12, "B")
    d.para(f"{f['practice']}, Claim number {f['claim']}. Referred by {f['pcp']}.", 9.5, gap=1)
    lines = [("28296-RT", "Correction of bunion, right foot", 4380.00, 1102.36, 220.47, ""),
             ("28296-LT", "Correction of bunion, left foot", 4380.00, 0.0, 0.0, "A"),
             ("28740-RT", "Fusion of foot bones, single joint", 2260.00, 0.0, 0.0, "B")]
    rows = [[D(f, f["dos"]), c, t, fmt_money(a), fmt_money(ap), fmt_money(yb), n] for c, t, a, ap, yb, n in lines]
    tot = sum(x[2] for x in lines)
    rows.append(["Total", "", "", fmt_money(tot), fmt_money(1102.36), fmt_money(220.47), ""])
    d.table(["Date", "Code", "Service Provided", "Amount Charged", "Medicare Approved", "You May Be Billed", "See Notes"],
            rows, [19, 18, 47, 25, 28, 27, 16], size=8, aligns="LLLRRRL", border_head="TB")
    d.text_line("Notes for Part B", 10, "B")
    d.para("A  Medicare does not pay for the same bunion procedure on both feet on the same day when billed on "
           "separate lines with RT and LT. Bilateral surgery must be billed on one line with modifier 50. This line "
           "was denied as billed; the provider may correct and resubmit the claim.", 8.8, gap=1)
    d.para("B  This service is part of another service performed on the same day and is not paid separately.", 8.8)
    d.text_line("How to appeal", 11, "B")
    d.para(f"Circle the service(s) you disagree with, explain why, sign, and send it to {MC} Part B Claims, "
           f"{ADDR[MC][0]}, {ADDR[MC][1]} by {D(f, dl)}. Call 1-800-MEDICARE (1-800-633-4227) with questions.", 9)
    t = truth("eob", "coding_error", insurer=MC, member_id=f["mid"], member_name=f["name"], case_numbers=[f["claim"]],
              claim_amount=m2(tot), service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]),
              provider=f["practice"], appeal_deadline=iso(dl),
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"], "claim_amount": ["4380.00", "6640.00"]},
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


def eob_es(f: dict) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Página {p} de {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLICACIÓN DE BENEFICIOS", 15, "B")
    d.text_line("ESTO NO ES UNA FACTURA", 9, "B")
    d.ln(3)
    pairs(d, [("Fecha de emisión:", D(f, f["notice"])), ("Afiliado:", f["name"]), ("Núm. de afiliado:", f["mid"]),
              ("Grupo:", f["grp"]), ("Fecha de nacimiento:", D(f, f["dob"])), ("Reclamación:", f["claim"]),
              ("Proveedor:", f"{f['practice']} ({f['surgeon']})"), ("NPI:", f["npi"])], lw=46, size=9.5)
    addressee(d, f)
    lines = [("28296", "Corrección de juanete, osteotomía metatarsiana", 3960.00),
             ("J3301", "Triamcinolona, 10 mg", 38.00)]
    rows = [[D(f, f["dos"]), c, t, fmt_money(a), "$0.00", "$0.00", "J7"] for c, t, a in lines]
    tot = sum(x[2] for x in lines)
    rows.append(["Total", "", "", fmt_money(tot), "$0.00", "$0.00", ""])
    d.table(["Fecha", "Código", "Servicio", "Facturado", "Pagado", "Usted debe", "Nota"], rows,
            [30, 16, 66, 22, 18, 20, 12], size=8, aligns="LLLRRRL", border_head="TB")
    d.text_line("Notas", 10, "B")
    d.para("J7  Servicio no médicamente necesario. La cirugía de juanete se cubre cuando el dolor continúa después de "
           "al menos 3 meses de calzado ancho, almohadillas u ortesis. El expediente no muestra ese tratamiento. "
           f"Médico primario que refirió: {f['pcp']}.", 8.8)
    dl = f["notice"] + dt.timedelta(days=180)
    d.para("Derecho de apelación: puede apelar esta decisión dentro de los 180 días a partir de la fecha de esta "
           f"explicación. Escriba a la dirección de arriba o llame al {f['ph']} (TTY 711).", 9)
    d.para("Si necesita ayuda en otro idioma, llame al número de Servicios al Afiliado.", 8.5)
    t = truth("eob", "medical_necessity", lang="es", insurer=AL, member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=[f["claim"]], claim_amount=m2(tot), service_dates=[iso(f["dos"])],
              denial_date=iso(f["notice"]), provider=f["practice"], appeal_deadline=iso(dl),
              alternates={"provider": [f["surgeon"]]})
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []
    r = random.Random(221500)

    f = facts(random.Random(221501), CV, "long")
    f["dos"] = f["notice"] + dt.timedelta(days=r.randint(14, 30))
    items.append(Item(f"{FAMILY}_bd_preservice_cosmetic_no_pain_limiting_walking", "born_digital", [letter(
        f, [("28296", "Correction, hallux valgus, with distal metatarsal osteotomy, right")], None, True,
        "Your plan excludes cosmetic surgery. Bunion surgery is covered only when the bunion causes pain that limits "
        "walking or the wearing of normal shoes, or causes skin breakdown, and the pain continues after conservative "
        "care. The notes say your main concern is the look of the foot and that you walk and work without limits. "
        "The surgery is cosmetic under your plan and is not covered.", "not_covered", ["medical_necessity"],
        title="We cannot approve the surgery your podiatrist asked for")]))

    f = facts(random.Random(221502), MC, "slash")
    items.append(Item(f"{FAMILY}_bd_msn_bilateral_same_day_left_foot_denied", "born_digital", [msn(f)]))

    f = facts(random.Random(221503), AL, "es")
    items.append(Item(f"{FAMILY}_scan300_es_eob_sin_calzado_ancho_ni_ortesis", "scan_clean_300", [eob_es(f)]))

    f = facts(random.Random(221504), CV, "iso")
    f["dos"] = f["notice"] + dt.timedelta(days=r.randint(10, 24))
    items.append(Item(f"{FAMILY}_lowres_approval_left_foot", "scan_lowres_150", [approval(
        f, "CVA" + digits(r, 8),
        f"Your podiatrist first asked to operate on both feet on the same day. The request was sent again for the "
        f"left foot only. The X-rays of {D(f, f['xray'])} show a hallux valgus angle of {f['hva'] + 12} degrees on the "
        "left, and the notes show pain that limits walking after 4 months of wide shoes and custom orthotics. We "
        "approved surgery on the left foot.")]))

    f = facts(random.Random(221505), CV, "dmy")
    items.append(Item(f"{FAMILY}_copy_lapidus_no_orthotics_trial", "photocopy", [letter(
        f, [("28297", "Correction, hallux valgus, with first metatarsal and medial cuneiform joint arthrodesis"),
            ("28740", "Arthrodesis, midtarsal or tarsometatarsal, single joint")], 9815.00, False,
        "Our policy covers bunion correction when pain limits walking despite at least 3 months of conservative "
        "care: wider or deeper shoes, padding, and prescription or over-the-counter orthotics. The records show "
        "pain with walking but no trial of shoes or orthotics before surgery. The surgery was not medically "
        "necessary.", "medical_necessity", [], how="date", title="Claim Denial")]))

    f = facts(random.Random(221506), CV, "abbr")
    f["dos"] = f["notice"] + dt.timedelta(days=r.randint(14, 30))
    head = f"{fmt_date(f['notice'], 'short')}  14:18  CORVANNA UTILIZATION MGMT  {phone(r)}  PAGE 01"
    items.append(Item(f"{FAMILY}_faxs_bilateral_same_day_not_allowed", "fax_standard_g4", [letter(
        f, [("28296-50", "Correction, hallux valgus, distal metatarsal osteotomy, bilateral")], None, True,
        "Surgery on both feet on the same day is not medically necessary under our policy. After bunion surgery the "
        "patient must limit weight bearing on the operated foot for several weeks; with both feet operated on, "
        "safe walking is not possible and the risk of falls and blood clots goes up. We can review a request for "
        "one foot at a time. This request for bilateral surgery is denied.", "medical_necessity", [],
        how="notice", to_office=True, fax=head)]))

    f = facts(random.Random(221507), BB, "upper")
    items.append(Item(f"{FAMILY}_rot_eob_cosmetic_excluded", "rotated", [eob_bb(f)]))
    return items
