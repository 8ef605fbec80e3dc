"""Family 'appeal_dismissal_missing_representative_form_notice': notices that dismiss or hold an appeal filed by a
relative or a provider without an Appointment of Representative form (CMS-1696) or a signed authorization.

Issuers (all invented): Kestrelmoor Government Benefit Administrators, LLC (a Part A/B Medicare Administrative
Contractor; redetermination dismissed and, later, reinstated), Solano Ridge Health Plan (a Medicare Advantage HMO:
reconsideration held with a time to cure, dismissed, a Spanish dismissal, a non-contracted provider's payment appeal
dismissed without a Waiver of Liability), Brantwell Mutual Health Insurance Company (commercial: an appeal sent by the
doctor's office closed without the member's signed authorization). Decoys: the date the appeal was received, dates
of birth, NPIs, the appellant's relationship, the IRE / ALJ time limits, the representative form's OMB number, the
original denial date, phone numbers. Dismissals are `denial_letter` with denial type `other` (the underlying
claim's reason accepted); a hold (time to cure) and a reinstatement are `other` with no deadline.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "appeal_dismissal_missing_representative_form_notice"
LANG = "en"

MAC = "Kestrelmoor Government Benefit Administrators, LLC"
MA = "Solano Ridge Health Plan"
MA_PROD = "Solano Ridge Medicare Advantage (HMO)"
COM = "Brantwell Mutual Health Insurance Company"
FIRST = ["Aurelio", "Birgitta", "Chidi", "Dagny", "Esperanza", "Fintan", "Gulnara", "Hiroshi", "Isolde", "Jovan",
         "Kalani", "Leopold", "Maren", "Nnamdi", "Oksana", "Pradeep"]
LAST = ["Achterberg", "Balogun", "Cienfuegos", "Drummond", "Ekwueme", "Forsythe", "Gallardo", "Haugland",
        "Inoue", "Jablonski", "Kowalczyk", "Lindqvist", "Mbeki-Ross", "Novotny", "Ostrowski", "Pacheco"]
FIRST_ES = ["Remedios", "Anselmo", "Consuelo", "Teodoro", "Araceli", "Baltasar", "Nereida"]
LAST_ES = ["Echeverría", "Olmedo", "Cárdenas", "Quiñones", "Barragán", "Sepúlveda", "Galindo"]
PROVIDERS = ["Fallowfield Orthopedic & Spine Center", "Ravensholt Cardiology Associates",
             "Marisma Home Health Services", "Tidewell Physical Therapy Group", "Greyfriars Imaging Center",
             "Clarabel Ambulatory Surgery Center", "Hollin Creek Dermatology"]
STREETS = ["Thistledown Lane", "Cormorant Way", "Old Tannery Road", "Wrenfield Court", "Saltmarsh Avenue"]
TOWNS = ["Ardlow, KM 60412", "Hesketh Falls, KM 60477", "Poldark Bay, KM 60455", "Sennet, KM 60491"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def phone(r: random.Random) -> str:
    return f"1-8{r.choice('0345678')}{r.randint(0, 9)}-555-{digits(r, 4)}"


def mbi(r: random.Random) -> str:
    a = "ACDEFGHJKMNPQRTUVWXY"
    return (f"{r.randint(1, 9)}{r.choice(a)}{r.choice(a + '0123456789')}{r.randint(0, 9)}-{r.choice(a)}"
            f"{r.choice(a + '0123456789')}{r.randint(0, 9)}-{r.choice(a)}{r.choice(a)}{r.randint(10, 99)}")


def facts(seed: int, ds: str, lang: str = "en", prov: str | None = None) -> dict:
    r = random.Random(seed)
    fn, ln = (r.choice(FIRST_ES), r.choice(LAST_ES)) if lang == "es" else (r.choice(FIRST), r.choice(LAST))
    rel_first = r.choice(FIRST_ES if lang == "es" else FIRST)
    mid = r.choice("ABCDEFGHJKLMNPRSTVW")
    dos = dt.date(2025, 9, 1) + dt.timedelta(days=r.randint(0, 120))
    denied = dos + dt.timedelta(days=r.randint(20, 45))
    received = denied + dt.timedelta(days=r.randint(20, 50))
    return dict(r=r, ds=ds, lang=lang, name=f"{fn} {mid}. {ln}", first=fn, last=ln, mbi=mbi(r),
                rel=f"{rel_first} {ln}", addr=(f"{r.randint(12, 9870)} {r.choice(STREETS)}", r.choice(TOWNS)),
                dob=dt.date(r.randint(1934, 1958), r.randint(1, 12), r.randint(1, 28)), dos=dos, denied=denied,
                received=received, prov=prov or r.choice(PROVIDERS), npi=r.choice("12") + digits(r, 9), ph=phone(r))


def D(f: dict, d: dt.date) -> str:
    if f["lang"] == "es":
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    return fmt_date(d, f["ds"])


def pairs(d: Doc, rows: list, lw: float = 52, size: float = 10) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(lw, 5.3, k)
        d.font(size)
        d.cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def addressee(d: Doc, name: str, addr: tuple) -> None:
    for line in (name, *addr):
        d.text_line(line, 10.5)
    d.ln(5)


def mac_head(d: Doc, f: dict) -> None:
    d.text_line("KESTRELMOOR", 20, "B")
    d.text_line("Government Benefit Administrators, LLC  -  Medicare Part A/B Jurisdiction 17", 9)
    d.text_line(f"Redeterminations, PO Box 7714, Ardlow, KM 60401   {f['ph']}", 9)
    d.rule(0.8, 5)


def ma_head(d: Doc, f: dict, es: bool = False) -> None:
    d.text_line(MA, 15, "B", align="C")
    d.text_line(MA_PROD, 10, align="C")
    d.text_line(("Departamento de Apelaciones y Quejas" if es else "Appeals & Grievances Department") +
                f"  |  PO Box 2290, Sennet, KM 60490  |  {f['ph']} (TTY 711)", 8.5, align="C")
    d.ln(6)


def com_head(d: Doc, f: dict) -> None:
    d.text_line(COM, 13.5, "B")
    d.text_line("Member Appeals Unit", 9.5)
    d.text_line(f"1180 Lockkeeper Street, Hesketh Falls, KM 60470   Phone {f['ph']}   Fax {phone(f['r'])}", 8.5)
    d.rule(0.4, 6)


def mac_dismissal(f: dict, notice: dt.date, amt: float, icn: str, appeal_no: str, reason: str) -> tuple:
    d = Doc("Helvetica", footer=f"{appeal_no}   Page {{p}} of {{n}}")
    d.add_page()
    mac_head(d, f)
    d.text_line(D(f, notice), 10.5)
    d.ln(4)
    addressee(d, f["rel"], f["addr"])
    d.text_line("Notice of Dismissal - Medicare Redetermination Request", 13, "B")
    d.ln(2)
    pairs(d, [("Beneficiary:", f["name"]), ("Medicare Number:", f["mbi"]), ("Appeal number:", appeal_no),
              ("Claim number (ICN):", icn), ("Provider:", f["prov"]), ("Date(s) of service:", D(f, f["dos"])),
              ("Billed amount:", fmt_money(amt)), ("Request received:", D(f, f["received"])),
              ("Filed by:", f"{f['rel']} (relationship given: family member)")])
    d.para(f"Dear {f['rel']}:")
    d.para(f"We received a request for a redetermination of the claim shown above on {D(f, f['received'])}. The "
           f"request was signed by you, but you are not the beneficiary, the provider or the supplier, and we did not "
           "receive an Appointment of Representative form (CMS-1696) or another written statement signed by the "
           f"beneficiary naming you as representative. Our letter dated {D(f, f['received'] + dt.timedelta(days=4))} "
           "asked for it. Because no valid appointment was filed, we are dismissing this request (42 CFR 405.952(b)).")
    d.para(f"The claim was originally denied on {D(f, f['denied'])}: {reason} That decision stands. This dismissal "
           "is not a decision on the merits of the claim.")
    d.text_line("What you can do", 11, "B")
    d.ln(1)
    dl = notice + dt.timedelta(days=180)
    d.para("You may ask us to vacate this dismissal if you send the signed CMS-1696 (or a signed statement with the "
           "same content) and show good cause. Your request to vacate must be filed within 180 days of the date of "
           "this notice. You may instead ask a Qualified Independent Contractor to review the dismissal within 60 "
           "days of the date you receive this notice. The beneficiary may also file a new request himself or "
           "herself if still within the 120-day appeal time limit.")
    d.para("The CMS-1696 form (OMB No. 0938-0950) is available at Medicare.gov or by calling 1-800-MEDICARE.", 9)
    d.para(f"Sincerely,\nRedetermination Unit, {MAC}", 10)
    d.para(f"cc: {f['name']}; {f['prov']} (NPI {f['npi']})", 8.5)
    t = truth("denial_letter", "other", insurer=MAC, member_id=f["mbi"], member_name=f["name"],
              case_numbers=[appeal_no, icn], claim_amount=m2(amt), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=f["prov"], appeal_deadline=iso(dl),
              alternates={"insurer": ["Medicare"]}, denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


def mac_reinstated(f: dict, notice: dt.date, amt: float, icn: str, appeal_no: str) -> tuple:
    d = Doc("Helvetica", footer="KGBA-RD-7")
    d.add_page()
    mac_head(d, f)
    d.text_line(D(f, notice), 10.5)
    d.ln(4)
    addressee(d, f["rel"], f["addr"])
    d.text_line("Your redetermination request has been reinstated", 13, "B")
    d.ln(2)
    d.table(["Beneficiary", "Medicare Number", "Appeal number", "Claim number"],
            [[f["name"], f["mbi"], appeal_no, icn]], [48, 38, 44, 46], size=9.5, border_head="TB")
    d.table(["Date of service", "Provider", "Billed"], [[D(f, f["dos"]), f["prov"], fmt_money(amt)]],
            [36, 104, 36], size=9.5, border_head="TB", aligns="LLR")
    d.para(f"On {D(f, notice - dt.timedelta(days=9))} we received the Appointment of Representative form (CMS-1696) "
           f"signed by {f['name']} and by you. The dismissal of this request has been vacated and the appeal is open "
           "again. The 60-day time frame for our decision starts on the date we received the form.")
    d.para("You do not need to send anything else. If you have more medical records, send them with the appeal "
           "number on each page. We will mail our decision to you and to the beneficiary.")
    d.para(f"Questions? Call {f['ph']}.", 9.5)
    t = truth("other", None, insurer=MAC, member_id=f["mbi"], member_name=f["name"], case_numbers=[appeal_no, icn],
              claim_amount=m2(amt), service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["prov"],
              alternates={"insurer": ["Medicare"]})
    return pdf_bytes(d), t


def ma_hold(f: dict, notice: dt.date, case: str, amt: float | None, claim: str | None, cure_days: int) -> tuple:
    d = Doc("Times", footer=f"H7731_AG{digits(f['r'], 4)}_C")
    d.add_page()
    ma_head(d, f)
    d.text_line(D(f, notice), 11)
    d.ln(3)
    addressee(d, f["rel"], f["addr"])
    d.text_line("We need more information before we can review your appeal", 12.5, "B")
    d.ln(2)
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Appeal case #:", case)]
    if claim:
        rows += [("Claim #:", claim), ("Amount billed:", fmt_money(amt))]
    rows += [("Service date:", D(f, f["dos"])), ("Provider:", f["prov"]), ("Appeal received:", D(f, f["received"]))]
    pairs(d, rows, lw=40, size=10.5)
    cure = f["received"] + dt.timedelta(days=cure_days)
    d.para(f"On {D(f, f['received'])} we received a request for reconsideration of our decision about the service "
           f"above. The request was filed by you on behalf of {f['name']}. To act for a member, a person who is not "
           "the member must send us an Appointment of Representative form (CMS-1696) or an equivalent written notice "
           "signed by the member and by the representative.", 11)
    d.para(f"Your appeal is on hold. We must receive the signed form by {D(f, cure)}. Our time to decide does not "
           "start until we get it. If we do not receive it by that date, we will dismiss the request and the "
           "decision on the service will stand. You can fax the form to " + phone(f["r"]) + ".", 11)
    d.para(f"Questions: Member Services {f['ph']}, 8 a.m. to 8 p.m., seven days a week.", 10)
    t = truth("other", None, insurer=MA, member_id=f["mid"], member_name=f["name"],
              case_numbers=[case] + ([claim] if claim else []), claim_amount=m2(amt) if amt else None,
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["prov"],
              alternates={"insurer": [MA_PROD], "appeal_deadline": [iso(cure)]}, type_alternates=["denial_letter"])
    return pdf_bytes(d), t, cure


def ma_dismissal(f: dict, notice: dt.date, case: str, amt: float | None, claim: str | None, cure: dt.date,
                 service: str) -> tuple:
    d = Doc("Times", footer="Page {p} of {n}")
    d.add_page()
    ma_head(d, f)
    d.text_line(D(f, notice), 11)
    d.ln(3)
    addressee(d, f["rel"], f["addr"])
    d.text_line("NOTICE OF DISMISSAL OF YOUR REQUEST FOR RECONSIDERATION", 12, "B", align="C")
    d.ln(3)
    cells = [("Member name", f["name"], 62), ("Member ID", f["mid"], 40), ("Case number", case, 74)]
    d.boxes(cells)
    cells2 = [("Service", service, 76), ("Date of service", D(f, f["dos"]), 40), ("Provider", f["prov"], 60)]
    d.boxes(cells2, value_size=8.5)
    if claim:
        d.boxes([("Claim number", claim, 62), ("Billed amount", fmt_money(amt), 40),
                 ("Filed by", f["rel"], 74)])
    d.ln(4)
    d.para(f"We are dismissing the request for reconsideration filed by {f['rel']} for {f['name']}. We asked for "
           f"an Appointment of Representative form (CMS-1696) or other signed representation statement by "
           f"{D(f, cure)}. We did not receive it, so the request was not filed by a party who may appeal.", 11)
    dl = notice + dt.timedelta(days=60)
    d.para("If you disagree with this dismissal: the member, or a representative with a valid appointment, may ask the "
           "Independent Review Entity to review the dismissal. Your request must be made in writing within 60 days "
           "of the date of this notice. You may also ask us to vacate the dismissal within 6 months if you can show "
           "good cause, for example that the form was sent on time.", 11)
    d.para(f"If you have questions, call Member Services at {f['ph']} (TTY 711).", 10)
    t = truth("denial_letter", "other", insurer=MA, member_id=f["mid"], member_name=f["name"],
              case_numbers=[case] + ([claim] if claim else []), claim_amount=m2(amt) if amt else None,
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=f["prov"], appeal_deadline=iso(dl),
              alternates={"insurer": [MA_PROD]})
    return pdf_bytes(d), t


def ma_waiver(f: dict, notice: dt.date, case: str, claim: str, lines: list) -> tuple:
    total = round(sum(x[2] for x in lines), 2)
    d = Doc("Helvetica", footer=f"SRHP-PRV-DSM  Case {case}")
    d.add_page()
    ma_head(d, f)
    d.text_line(f"Date: {D(f, notice)}", 10.5)
    d.ln(2)
    addressee(d, f["prov"], ("Attn: Billing / Appeals", f"{f['r'].randint(100, 990)} {f['r'].choice(STREETS)}, "
                             f"{f['r'].choice(TOWNS)}"))
    d.text_line("Dismissal of Non-Contracted Provider Payment Appeal", 12.5, "B")
    d.ln(2)
    pairs(d, [("Provider:", f"{f['prov']}  (NPI {f['npi']})"), ("Enrollee:", f["name"]),
              ("Enrollee ID:", f["mid"]), ("Enrollee date of birth:", D(f, f["dob"])), ("Case no.:", case),
              ("Claim no.:", claim), ("Appeal received:", D(f, f["received"]))], lw=48, size=9.5)
    d.table(["Date of service", "Code", "Description", "Billed"],
            [[D(f, f["dos"]), c, s, fmt_money(a, "nosign")] for c, s, a in lines] +
            [["*Total billed", "", "", fmt_money(total)]], [32, 20, 92, 32], size=9, aligns="LLLR")
    d.para("A provider that has no contract with Solano Ridge Health Plan may appeal a payment denial only if it "
           "signs a Waiver of Liability statement agreeing not to bill the enrollee for the service, whatever the "
           f"outcome of the appeal. We asked for the signed waiver on {D(f, f['received'] + dt.timedelta(days=3))} "
           "and did not receive it within the time allowed. Your request for reconsideration is dismissed.", 10)
    dl = notice + dt.timedelta(days=60)
    d.para("You may ask the Independent Review Entity to review this dismissal. Send a written request within 60 days "
           "of the date of this notice, with the signed Waiver of Liability statement. The claim denial remains in "
           "effect and the enrollee may not be billed for a denied service while an appeal is possible.", 10)
    t = truth("denial_letter", "other", insurer=MA, member_id=f["mid"], member_name=f["name"],
              case_numbers=[case, claim], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=f["prov"], appeal_deadline=iso(dl),
              alternates={"insurer": [MA_PROD]})
    return pdf_bytes(d), t


def ma_dismissal_es(f: dict, notice: dt.date, case: str, claim: str, amt: float) -> tuple:
    d = Doc("DejaVu", footer="Página {p} de {n}")
    d.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    d.add_page()
    ma_head(d, f, es=True)
    d.text_line(D(f, notice), 10.5)
    d.ln(3)
    addressee(d, f["rel"], f["addr"])
    d.text_line("Aviso de desestimación de su solicitud de reconsideración", 12.5, "B")
    d.ln(2)
    pairs(d, [("Afiliado:", f["name"]), ("N.º de identificación:", f["mid"]), ("Número de caso:", case),
              ("Número de reclamo:", claim), ("Fecha del servicio:", D(f, f["dos"])), ("Proveedor:", f["prov"]),
              ("Cantidad facturada:", fmt_money(amt)), ("Fecha de recibo:", D(f, f["received"]))], lw=50, size=10)
    d.para(f"Recibimos una solicitud de reconsideración presentada por {f['rel']} en nombre de {f['name']}. Para "
           "apelar en nombre de un afiliado, otra persona debe enviar el formulario de Nombramiento de Representante "
           "(CMS-1696) o una declaración escrita firmada por el afiliado y por el representante. No recibimos ese "
           "formulario en el plazo indicado en nuestra carta anterior, por lo que desestimamos la solicitud. La "
           "decisión original sobre el reclamo no cambia.")
    dl = notice + dt.timedelta(days=60)
    d.para(f"Si no está de acuerdo, puede pedir a la Entidad de Revisión Independiente que revise esta desestimación. "
           f"Su solicitud por escrito debe recibirse a más tardar el {D(f, dl)}. También puede pedirnos que anulemos "
           "la desestimación si tiene una buena razón, por ejemplo, si envió el formulario a tiempo.")
    d.para(f"Si tiene preguntas, llame a Servicios para Miembros al {f['ph']} (TTY 711).", 9.5)
    t = truth("denial_letter", "other", lang="es", insurer=MA, member_id=f["mid"], member_name=f["name"],
              case_numbers=[case, claim], claim_amount=m2(amt), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=f["prov"], appeal_deadline=iso(dl),
              alternates={"insurer": [MA_PROD]})
    return pdf_bytes(d), t


def com_closed(f: dict, notice: dt.date, claim: str, appeal: str, amt: float, group: str, reason: str) -> tuple:
    d = Doc("Helvetica", footer="BMH-APL-114 (rev. 2025)")
    d.add_page()
    com_head(d, f)
    d.text_line(D(f, notice), 10.5)
    d.ln(3)
    addressee(d, f["name"], f["addr"])
    d.font(10.5, "B")
    d.multi_cell(0, 5.2, f"RE: Appeal {appeal} - claim {claim} - {f['prov']} - date of service {D(f, f['dos'])} - "
                 f"billed {fmt_money(amt)}", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    pairs(d, [("Member", f["name"]), ("Member ID", f["mid"]), ("Group number", group),
              ("Date of birth", D(f, f["dob"]))], lw=38, size=10)
    d.para(f"Dear {f['first']} {f['last']}:")
    d.para(f"On {D(f, f['received'])} we received an appeal of the claim above from the office of {f['prov']}. A "
           "provider may appeal for you only if you sign an Authorized Representative Designation form naming the "
           "provider. No signed form came with the appeal, and none arrived after our request, so we have closed "
           "the appeal without a decision. The claim denial is unchanged.")
    d.para(f"Why the claim was denied: {reason}")
    dl = f["denied"] + dt.timedelta(days=180)
    d.para(f"You can still appeal. You, or the provider with your signed designation, must file the appeal by "
           f"{D(f, dl)} (180 days from the claim denial of {D(f, f['denied'])}). Send it to the Member Appeals Unit at "
           "the address above. You may also request external review after a final internal decision.")
    d.para(f"cc: {f['prov']}", 9)
    t = truth("denial_letter", "other", insurer=COM, group_number=group, member_id=f["mid"], member_name=f["name"],
              case_numbers=[appeal, claim], claim_amount=m2(amt), service_dates=[iso(f["dos"])],
              denial_date=iso(notice), provider=f["prov"], appeal_deadline=iso(dl),
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []
    r = random.Random(215500)

    f = facts(215501, "long", prov="Greyfriars Imaging Center")
    amt = 1846.00
    items.append(Item(f"{FAMILY}_bd_mac_redetermination_dismissed_no_cms1696", "born_digital", [mac_dismissal(
        f, f["received"] + dt.timedelta(days=r.randint(38, 45)), amt, digits(r, 13), "RD-" + digits(r, 9),
        "the documentation did not show that the MRI of the lumbar spine was reasonable and necessary.")]))

    f = facts(215502, "slash")
    f["mid"] = "SR" + digits(r, 9)
    notice = f["received"] + dt.timedelta(days=62)
    items.append(Item(f"{FAMILY}_bd_com_provider_appeal_closed_no_authorization", "born_digital", [com_closed(
        f, notice, digits(r, 12), "APL" + digits(r, 8), 3275.50, "GRP-" + digits(r, 5),
        "the service needed prior authorization and none was on file.")]))
    f_com = f

    f = facts(215503, "abbr", prov="Tidewell Physical Therapy Group")
    f["mid"] = "SR" + digits(r, 9)
    case = "RC-" + digits(r, 7)
    claim = digits(r, 11)
    amt = 612.40
    hold_pdf, hold_t, cure = ma_hold(f, f["received"] + dt.timedelta(days=3), case, amt, claim, 44)
    dism = ma_dismissal(f, cure + dt.timedelta(days=r.randint(5, 9)), case, amt, claim, cure,
                        "Physical therapy, 8 visits (97110)")
    items.append(Item(f"{FAMILY}_faxfine_stack_hold_then_dismissal", "fax_fine_g4",
                      [(hold_pdf, hold_t), dism], separators=["cover", None]))

    f = facts(215504, "iso", prov="Fallowfield Orthopedic & Spine Center")
    f["mid"] = "SR" + digits(r, 9)
    notice = f["received"] + dt.timedelta(days=r.randint(40, 55))
    items.append(Item(f"{FAMILY}_copy_ma_provider_no_waiver_of_liability", "photocopy", [ma_waiver(
        f, notice, "PA-" + digits(r, 8), digits(r, 11),
        [("29881", "Knee arthroscopy, meniscectomy", 4120.00), ("J3301", "Triamcinolone, 10 mg", 46.25)])]))

    f = facts(215505, "es", lang="es")
    f["mid"] = "SR" + digits(r, 9)
    notice = f["received"] + dt.timedelta(days=r.randint(48, 58))
    items.append(Item(f"{FAMILY}_lowres_spanish_ma_dismissal", "scan_lowres_150", [ma_dismissal_es(
        f, notice, "RC-" + digits(r, 7), digits(r, 11), 388.00)]))

    f = facts(215506, "dmy")
    f["mid"] = "SR" + digits(r, 9)
    case = "RC-" + digits(r, 7)
    hold = ma_hold(f, f["received"] + dt.timedelta(days=2), case, None, None, 30)
    items.append(Item(f"{FAMILY}_scan300_ma_preservice_appeal_on_hold", "scan_clean_300", [hold[:2]]))

    f = facts(215507, "upper")
    notice = f["received"] + dt.timedelta(days=r.randint(50, 70))
    items.append(Item(f"{FAMILY}_rotated_mac_dismissal_vacated_reinstated", "rotated", [mac_reinstated(
        f, notice, 958.75, digits(r, 13), "RD-" + digits(r, 9))]))
    del f_com
    return items
