"""Family 'emergency_room_dental_abscess_medical_plan_dental_exclusion': an emergency-room visit for a dental
abscess. The medical plan pays the ER facility (revenue code 0450, 99284) and the emergency physician, but refuses
the dental procedure done there (D7510 incision and drainage of an intraoral abscess, D0220 periapical x-ray) under
its dental services exclusion; the dental plan may pay it instead.

Documents: born-digital three-claim EOB (facility and ER physician paid, the oral surgeon's claim denied);
scanned hospital statement (nothing denied); phone photo of a Spanish EOB; standard-fax TPA letter with facts only
in sentences; photocopied appeal upheld (external review only); sideways overturn (reprocessed as medical because
of facial cellulitis: nothing denied); low-resolution stack of a short label-column denial and the dental plan's
paid EOB, with a blank separator.

Decoys: NPIs, dates of birth, account and patient-control numbers, the paid claims on the same statement, the
received date, 72-hour and external-review limits, the dental plan's annual maximum. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "emergency_room_dental_abscess_medical_plan_dental_exclusion"
LANG = "en"
SEED = 333400
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
HOSP = "St. Aldric Regional Medical Center"
ERDOC = "Tallgrass Emergency Physicians"
SURGEONS = ["Dr. Wendell K. Marsh, DDS", "Dr. Priya S. Kandel, DMD", "Dr. Otto F. Brandvold, DDS"]
BRAMBLE = "Bramblecrest Health Plan"


class Page(Doc):
    def __init__(self, foot: str | None = None, head: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=head, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def base(r: Rand, lang: str = "en") -> dict:
    member, first, mid, last = r.person(lang)
    dos = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 120))
    d7510 = float(r.randint(420, 690)) + r.choice([0, 0.5, 0.25])
    d0220 = float(r.randint(38, 64))
    return dict(member=member, first=first, last=last, addr=r.address(lang), dos=dos, d7510=d7510, d0220=d0220,
                dental=round(d7510 + d0220, 2), fac=float(r.randint(2100, 3900)) + 0.4,
                erp=float(r.randint(520, 880)), surg=r.choice(SURGEONS), npi=r.npi(), ph=r.phone(),
                dob=dt.date(r.randint(1965, 2004), r.randint(1, 12), r.randint(1, 28)),
                recv=dos + dt.timedelta(days=r.randint(6, 14)))


def kv(d: Page, rows, lw=42, size=9.4, x=None):
    for lab, val in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, 5.2, lab)
        d.font(size)
        d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")


# ---------------------------------------------------------------- 0: three-claim EOB (born digital)
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    stmt = f["recv"] + dt.timedelta(days=r.randint(12, 22))
    mid, grp = f"BHP{r.digits(9)}", f"G-{r.digits(6)}"
    cf, cp, cd = (f"{r.digits(4)}-{r.digits(7)}" for _ in range(3))
    d = Page("Bramblecrest Health Plan · EOB · Page {p} of {n}", margins=(13, 12, 13))
    d.add_page()
    d.text_line("BRAMBLECREST", 19, "B", h=9)
    d.text_line(f"Health Plan  ·  PO Box 6120, Wichita, KS 67201  ·  Customer Care {f['ph']}", 8.4, h=4.5)
    d.rule(0.8, 3)
    d.text_line("Explanation of Benefits", 13, "B", h=7)
    d.text_line("This is not a bill.", 9, h=5)
    d.ln(2)
    y0 = d.get_y()
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 9.6, h=5)
    d.set_xy(112, y0)
    kv(d, [("Issued", fmt_date(stmt, "long")), ("Member ID", mid), ("Group no.", grp),
           ("Patient DOB", fmt_date(f["dob"], "slash"))], lw=30, size=9, x=112)
    d.ln(5)
    date = fmt_date(f["dos"], "slash")
    rows = [["*Claim " + cf + "  -  " + HOSP + " (facility)", "", "", "", ""],
            [date, "0450 / 99284 Emergency room", fmt_money(f["fac"]), fmt_money(round(f["fac"] * .62, 2)), ""],
            ["*Claim " + cp + "  -  " + ERDOC, "", "", "", ""],
            [date, "99284 ER physician visit", fmt_money(f["erp"]), fmt_money(round(f["erp"] * .7, 2)), ""],
            ["*Claim " + cd + "  -  " + f["surg"], "", "", "", ""],
            [date, "D7510 Incision & drainage, abscess", fmt_money(f["d7510"]), "$0.00", "DX9"],
            [date, "D0220 Periapical x-ray, first film", fmt_money(f["d0220"]), "$0.00", "DX9"],
            ["", "Claim total", fmt_money(f["dental"]), "$0.00", ""]]
    d.table(["Service date", "Service", "Billed", "Plan paid", "Remark"], rows, [28, 86, 26, 26, 18], size=8.4,
            aligns="LLRRL", head_fill=True)
    d.text_line("Remarks", 10, "B", h=6)
    d.para("DX9  Not covered. Your medical plan excludes dental services, including treatment of the teeth and gums "
           "and dental x-rays, even when given in an emergency room. The emergency room visit itself was covered. "
           "Send this claim to your dental plan.", 8.8)
    d.para("You may appeal within 180 days of the date of this statement. An urgent appeal is decided within 72 "
           "hours. External review may be requested within 4 months of a final decision.", 8.6)
    t = truth("eob", "not_covered", insurer=BRAMBLE, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[cd], claim_amount=m2(f["dental"]), service_dates=[iso(f["dos"])], denial_date=iso(stmt),
              provider=f["surg"], appeal_deadline=iso(stmt + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: hospital statement (scan clean)
def doc_hospital(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    stmt = f["dos"] + dt.timedelta(days=r.randint(45, 60))
    acct = f"{r.digits(8)}"
    paid = round(f["fac"] * .62, 2)
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.text_line(HOSP, 15, "B", h=7)
    d.text_line("Patient Financial Services  ·  900 Lamplighter Way, Hutchinson, KS 67501", 8.6, h=4.6)
    d.ln(4)
    bal = round(f["fac"] - paid - round(f["fac"] * .25, 2), 2)
    d.boxes([("Statement date", fmt_date(stmt, "dmy"), 40), ("Account number", acct, 40),
             ("Guarantor", f["member"], 60), ("Amount due", fmt_money(bal), 40)])
    d.ln(4)
    d.text_line(f"Emergency visit of {fmt_date(f['dos'], 'dot')} - patient {f['member']}", 10, "B", h=6)
    rows = [[fmt_date(f["dos"], "dmy"), "0450", "Emergency room level 4", fmt_money(round(f["fac"] - 310.4, 2))],
            [fmt_date(f["dos"], "dmy"), "0250", "Pharmacy (clindamycin IV)", "$182.00"],
            [fmt_date(f["dos"], "dmy"), "0320", "Radiology, facial x-ray", "$128.40"],
            ["*Total charges", "", "", fmt_money(f["fac"])],
            [fmt_date(stmt - dt.timedelta(days=12), "dmy"), "", "Bramblecrest Health Plan payment",
             "-" + fmt_money(paid)],
            [fmt_date(stmt - dt.timedelta(days=12), "dmy"), "", "Contractual adjustment",
             "-" + fmt_money(round(f["fac"] * .25, 2))],
            ["*Patient balance", "", "", fmt_money(round(f["fac"] - paid - round(f["fac"] * .25, 2), 2))]]
    d.table(["Date", "Rev", "Description", "Amount"], rows, [30, 16, 100, 34], size=9, aligns="LLLR")
    d.para("Your insurance has paid its share of this visit. The dental surgeon who treated you in our emergency "
           "department bills separately. Please pay the balance within 30 days. Ask about financial assistance at "
           "(620) 555-0190.", 9.4)
    t = truth("other", None, member_name=f["member"], claim_amount=m2(f["fac"]), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=HOSP, unscored=["insurer"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: Spanish EOB (phone photo)
def doc_eob_es(r: Rand) -> tuple[bytes, dict]:
    f = base(r, "es")
    ins = "Salud Horizonte del Valle"
    stmt = f["recv"] + dt.timedelta(days=r.randint(10, 20))
    mid = f"SHV-{r.digits(8)}"
    c1, c2 = r.digits(12), r.digits(12)
    d = Page("Salud Horizonte del Valle - Explicación de Beneficios - pág. {p}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Salud Horizonte del Valle", 17, "B", h=8)
    d.text_line(f"Apartado 3390, Laredo, TX 78041  ·  Servicios al Afiliado {f['ph']}", 8.4, h=4.5)
    d.ln(2)
    d.text_line("EXPLICACIÓN DE BENEFICIOS - ESTO NO ES UNA FACTURA", 12, "B", h=7)
    d.ln(1)
    kv(d, [("Fecha de emisión:", fmt_date(stmt, "es")), ("Afiliado:", f["member"]), ("Nº de afiliado:", mid),
           ("Fecha de nacimiento:", fmt_date(f["dob"], "es"))], lw=48, size=9.4)
    d.ln(3)
    date = fmt_date(f["dos"], "es_abbr")
    rows = [[c1, date, "St. Aldric Regional", "0450 Sala de emergencias", fmt_money(f["fac"]), fmt_money(round(f["fac"] * .6, 2)), "PG"],
            [c2, date, f["surg"], "D7510 Drenaje de absceso", fmt_money(f["d7510"]), "$0.00", "EX4"],
            ["", date, "", "D0220 Radiografía periapical", fmt_money(f["d0220"]), "$0.00", "EX4"],
            ["", "", "", "Total reclamación " + c2, fmt_money(f["dental"]), "$0.00", ""]]
    d.table(["Nº de reclamación", "Fecha", "Proveedor", "Servicio", "Facturado", "Pagado", "Nota"], rows,
            [30, 22, 40, 44, 20, 16, 12], size=7.4, aligns="LLLLRRL", head_fill=True)
    d.para("PG  Pagado según los beneficios de su plan médico.", 8.6, gap=1)
    d.para("EX4  No cubierto. Su plan médico excluye los servicios dentales, aunque se presten en una sala de "
           "emergencias. Presente esta reclamación a su plan dental.", 8.6)
    d.para("Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta declaración. Puede "
           "pedir una revisión externa dentro de 4 meses después de la decisión final.", 8.6)
    t = truth("eob", "not_covered", lang="es", insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[c2],
              claim_amount=m2(f["dental"]), service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=f["surg"],
              appeal_deadline=iso(stmt + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: TPA prose letter (fax standard)
def doc_tpa_letter(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Cobaltline Benefit Services"
    sent = f["recv"] + dt.timedelta(days=r.randint(8, 16))
    mid, grp = r.digits(10), f"{r.digits(5)}"
    ref = f"CB{r.digits(3)}-{r.digits(6)}"
    d = Page(None, head=f"{ins} - reference {ref}", margins=(24, 18, 24))
    d.add_page()
    d.text_line("Cobaltline Benefit Services", 14, "B", h=7)
    d.text_line("Claims administrator for the Prairie Fork School District Employee Health Plan", 8.8, h=5)
    d.ln(6)
    d.text_line(fmt_date(sent, "long"), 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(5)
    d.para(f"Dear {f['first']} {f['last']},", 10.5)
    d.para(f"We have reviewed claim reference {ref} from {f['surg']} for the care you received in the emergency room "
           f"at {HOSP} on {fmt_date(f['dos'], 'long')}. The claim was for {fmt_money(f['dental'])}, for draining a "
           f"dental abscess (D7510) and a dental x-ray (D0220). Your member number is {mid} and your group number is "
           f"{grp}.", 10.5)
    d.para("We cannot pay this claim. The Plan excludes dental services, which it defines as services to treat the "
           "teeth, the gums or the structures that support the teeth, no matter where they are provided. The "
           "emergency room and emergency physician claims for the same visit were paid separately.", 10.5)
    d.para("You or someone you name may appeal within 180 days of the date of this letter by writing to the Appeals "
           "Unit, Cobaltline Benefit Services, 77 Granary Street, Salina, KS 67401. If your situation is urgent, "
           "an expedited appeal is decided within 72 hours. You may also have the right to bring a civil action "
           "under ERISA section 502(a) after the appeal.", 10.5)
    d.add_page()
    d.para("We will give you, free of charge, copies of all documents relevant to your claim. The Plan's dental "
           "exclusion is in Section 9.4 of your Summary Plan Description. Interpreter services are available.", 10.5)
    d.para("Sincerely,\nClaims Review\nCobaltline Benefit Services", 10.5)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[ref], claim_amount=m2(f["dental"]), service_dates=[iso(f["dos"])], denial_date=iso(sent),
              provider=f["surg"], appeal_deadline=iso(sent + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: appeal upheld (photocopy)
def doc_upheld(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    dec = f["recv"] + dt.timedelta(days=r.randint(50, 70))
    mid, grp = f"BHP{r.digits(9)}", f"G-{r.digits(6)}"
    claim, app = f"{r.digits(4)}-{r.digits(7)}", f"AP{r.digits(7)}"
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line("Bramblecrest Health Plan", 14, "B", h=7)
    d.text_line("Member Appeals  ·  PO Box 6188, Wichita, KS 67201", 8.8, h=5)
    d.ln(5)
    d.text_line(fmt_date(dec, "dmy"), 10, h=6)
    d.ln(2)
    d.table(["Member", "Member ID", "Group", "Claim", "Appeal"], [[f["member"], mid, grp, claim, app]],
            [48, 36, 26, 32, 28], size=8.8, border_head="TB")
    d.para(f"Dear {f['first']} {f['last']}:", 10)
    d.para(f"We have finished reviewing your appeal of the claim from {f['surg']} for "
           f"{fmt_money(f['dental'])}, for services in the emergency room on {fmt_date(f['dos'], 'dmy')}.", 10)
    d.para("Decision: we uphold the denial. A dentist reviewed the records. The abscess was treated by draining it "
           "through the gum (D7510) and the infection had not spread beyond the mouth. This is a dental service, "
           "and dental services are excluded from your medical plan even in an emergency room.", 10)
    d.para("This is the final decision of Bramblecrest Health Plan. You may ask for an external review by an "
           "independent review organization within 4 months after you receive this letter.", 10)
    t = truth("denial_letter", "not_covered", insurer=BRAMBLE, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim, app], claim_amount=m2(f["dental"]), service_dates=[iso(f["dos"])],
              denial_date=iso(dec), provider=f["surg"], alternates={"case_numbers": [[app]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: overturned (rotated)
def doc_overturn(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Tamarack Mutual Health"
    dec = f["recv"] + dt.timedelta(days=r.randint(40, 55))
    mid = f"TMH {r.digits(4)} {r.digits(4)}"
    claim = r.digits(11)
    d = Page(None, margins=(24, 18, 24))
    d.add_page()
    d.text_line("TAMARACK MUTUAL HEALTH", 13, "B", h=7)
    d.ln(5)
    d.text_line(fmt_date(dec, "upper"), 10, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.text_line(f"RE: Claim {claim}   Member {mid}", 10, "B", h=6)
    d.ln(2)
    d.para(f"Dear {f['first']} {f['last']}, good news. We have reversed our decision on the claim from {f['surg']} "
           f"for {fmt_money(f['dental'])}, for your emergency room visit on {fmt_date(f['dos'], 'upper')}. The records "
           "you sent show the infection had spread into your face (facial cellulitis), so the drainage was medical "
           "care, not routine dental care.", 10)
    d.para("We reprocessed the claim under your medical benefits. A new Explanation of Benefits will follow within "
           "30 days. You do not need to do anything.", 10)
    t = truth("other", None, insurer=ins, member_id=mid.replace(" ", ""), member_name=f["member"], case_numbers=[claim],
              claim_amount=m2(f["dental"]), service_dates=[iso(f["dos"])], denial_date=iso(dec), provider=f["surg"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: stack: short denial + dental plan paid EOB
def doc_short_denial(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Ridgeway Health Partners"
    sent = f["recv"] + dt.timedelta(days=r.randint(5, 10))
    f["sent"] = sent
    claim = f"RH{r.digits(10)}"
    mid = f"RW{r.digits(8)}"
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line("Ridgeway Health Partners", 14, "B", h=7)
    d.text_line("Notice of claim decision", 10, h=6)
    d.ln(4)
    kv(d, [("Date of notice", fmt_date(sent, "iso")), ("Patient", f["member"]), ("Member number", mid),
           ("Claim number", claim), ("Provider", f["surg"]), ("Date of service", fmt_date(f["dos"], "iso")),
           ("Amount billed", fmt_money(f["dental"], "usd")), ("Decision", "Denied - dental exclusion")], lw=44)
    d.ln(3)
    d.para("Your medical coverage does not include dental care. Draining a tooth abscess (D7510) and dental x-rays "
           "are dental services. Your emergency room visit was paid on a separate claim. If you have dental "
           "coverage, send the bill to your dental plan.", 10)
    d.para("To appeal, write to us within 180 days of the date of this notice.", 10)
    t = truth("denial_letter", "not_covered", insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[claim],
              claim_amount=m2(f["dental"]), service_dates=[iso(f["dos"])], denial_date=iso(sent), provider=f["surg"],
              appeal_deadline=iso(sent + dt.timedelta(days=180)))
    return pdf_bytes(d), t


def doc_dental_eob(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Copperleaf Dental"
    stmt = f["sent"] + dt.timedelta(days=r.randint(20, 30))
    mid = f"CD{r.digits(9)}"
    claim = f"{r.digits(3)}-{r.digits(5)}-{r.digits(2)}"
    p1, p2 = round(f["d7510"] * .5, 2), round(f["d0220"] * .8, 2)
    d = Page(None, margins=(14, 12, 14))
    d.add_page()
    d.text_line("Copperleaf Dental", 15, "B", h=7)
    d.text_line(f"Dental Explanation of Benefits  ·  {fmt_date(stmt, 'abbr')}", 9.5, h=5)
    d.ln(3)
    kv(d, [("Subscriber / patient", f["member"]), ("Subscriber ID", mid), ("Claim", claim),
           ("Treating dentist", f["surg"])], lw=44, size=9)
    d.ln(3)
    rows = [[fmt_date(f["dos"], "abbr"), "D7510", "-", fmt_money(f["d7510"]), fmt_money(p1)],
            [fmt_date(f["dos"], "abbr"), "D0220", "-", fmt_money(f["d0220"]), fmt_money(p2)],
            ["*Totals", "", "", fmt_money(f["dental"]), fmt_money(round(p1 + p2, 2))]]
    d.table(["Date", "CDT", "Tooth", "Submitted", "Paid"], rows, [36, 24, 20, 34, 34], size=9, aligns="LLLRR")
    d.para("Paid under your dental benefits (oral surgery at 50%, diagnostic at 80%). Annual maximum remaining: "
           "$1,150.00. This is not a bill.", 9)
    t = truth("eob", None, insurer=ins, member_id=mid, member_name=f["member"], case_numbers=[claim],
              claim_amount=m2(f["dental"]), service_dates=[iso(f["dos"])], denial_date=iso(stmt), provider=f["surg"],
              type_alternates=["other"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r6 = Rand(SEED + 6)
    f6 = base(r6)
    return [Item(f"{FAMILY}_bd_three_claim_eob", "born_digital", [doc_eob(Rand(SEED))]),
            Item(f"{FAMILY}_scan_hospital_statement", "scan_clean_300", [doc_hospital(Rand(SEED + 1))]),
            Item(f"{FAMILY}_phone_eob_es", "phone_photo", [doc_eob_es(Rand(SEED + 2))]),
            Item(f"{FAMILY}_faxstd_tpa_letter", "fax_standard_g4", [doc_tpa_letter(Rand(SEED + 3))]),
            Item(f"{FAMILY}_photocopy_appeal_upheld", "photocopy", [doc_upheld(Rand(SEED + 4))]),
            Item(f"{FAMILY}_rotated_overturn", "rotated", [doc_overturn(Rand(SEED + 5))]),
            Item(f"{FAMILY}_lowres_stack_denial_dental_eob", "scan_lowres_150",
                 [doc_short_denial(r6, f6), doc_dental_eob(r6, f6)], separators=[None, "blank"])]
