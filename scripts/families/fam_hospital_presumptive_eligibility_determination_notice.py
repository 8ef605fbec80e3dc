"""Family 'hospital_presumptive_eligibility_determination_notice': hospital and state Medicaid notices on hospital
presumptive eligibility (HPE), the temporary Medicaid a qualified hospital may grant on the spot (42 CFR 435.1110):
coverage from the determination date to the last day of the next month, or until the state decides a full
application filed by then.

Issuers (all invented): Ashcombe General Hospital (Patient Financial Services, return-address block at the left) and
Quenby Valley Medical Center (logo word "QUENBY VALLEY" over a rule; one Spanish notice), the hospitals that decide;
the Tallowmere Department of Health Services, Division of Medical Assistance (state line above the centred name, the
program name "TallowCare Medicaid" in a box), which ends the period and pays or denies claims. Contents: approval with
the temporary period (adult group; pregnancy), denial for household income over the limit (table; Spanish), denial
for a presumptive period already used in the last 12 months (hospital; state), the period ending because no full
application was filed (fax), claims for visits after the period ended denied (letter with a 30-day agency review;
an explanation of Medicaid benefits behind the approval in a stack with a blank separator). Decoys: the county
office that takes full applications, dates of birth, the earlier period, the full-application due date, the
continued-benefits date, fair hearing limits (never the appeal deadline, as in the corpus's Medicaid notices).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "hospital_presumptive_eligibility_determination_notice"
LANG = "en"

AG, QV = "Ashcombe General Hospital", "Quenby Valley Medical Center"
ST = "Tallowmere Department of Health Services"
PROGRAM = "TallowCare Medicaid"
COUNTY = {AG: ("Brisco County Department of Social Services", "220 Tanner Street, Brisco, TM 60814"),
          QV: ("Fennick County Human Services Office", "41 Old Courthouse Square, Fennick, TM 60927")}
HADDR = {AG: ("1500 Hollis Ferry Road", "Brisco, TM 60812"), QV: ("88 Lantern Hill Drive", "Fennick, TM 60925")}
FIRST = ["Desta", "Marcus", "Iolanthe", "Tenzin", "Bronwyn", "Kofi", "Ludmila", "Emeka", "Sinead", "Ravi",
         "Josefina", "Thuy", "Augustin", "Delphine"]
LAST = ["Abebe", "Wexford", "Lindahl", "Okoro", "Papadakis", "Strickland", "Nguyen-Boyd", "Halloran", "Ferrante",
        "Mwale", "Iqbal", "Castellvi", "Bergstrom"]
FIRST_ES = ["Guadalupe", "Ramón", "Itzel", "Efraín", "Xiomara", "Joaquín", "Milagros", "Héctor"]
LAST_ES = ["Figueroa", "Santiago", "Benítez", "Montalvo", "Irizarry", "Zamora", "Villalobos", "Acevedo"]
STREETS = ["Cobbler's Row", "Wickham Avenue", "Sedge Meadow Lane", "Ironbridge Road", "Plover Court"]
TOWNS = ["Brisco, TM 60813", "Fennick, TM 60926", "Halsey Mills, TM 60871"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def phone(r: random.Random) -> str:
    return f"({r.randint(300, 899)}) {r.randint(200, 989)}-{digits(r, 4)}"


def month_end_next(d: dt.date) -> dt.date:
    """Last day of the month after d."""
    y, m = d.year, d.month + 2
    if m > 12:
        y, m = y + 1, m - 12
    return dt.date(y, m, 1) - dt.timedelta(days=1)


def facts(r: random.Random, hosp: str, ds: str, lang: str = "en") -> dict:
    if lang == "es":
        first, last = r.choice(FIRST_ES), r.choice(LAST_ES)
    else:
        first, last = r.choice(FIRST), r.choice(LAST)
    mid = r.choice("ABCDEFGHJKLMNPRSTVW")
    det = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 120))
    return dict(r=r, hosp=hosp, ds=ds, lang=lang, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(12, 9870)} {r.choice(STREETS)}", r.choice(TOWNS)), det=det,
                end=month_end_next(det), dob=dt.date(r.randint(1968, 2004), r.randint(1, 12), r.randint(1, 28)),
                mid=digits(r, 11), app="HPE-" + det.strftime("%y%m") + "-" + digits(r, 5), ph=phone(r),
                cph=phone(r), notice_no="N" + digits(r, 8), county=COUNTY[hosp])


def D(f: dict, d: dt.date) -> str:
    if f["lang"] == "es":
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    return fmt_date(d, f["ds"])


def pairs(d: Doc, rows: list[tuple[str, str]], lw: float = 55, size: float = 10, x: float | None = None) -> None:
    for k, v in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, 5.3, k)
        d.font(size)
        d.cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def hosp_head(d: Doc, f: dict, es: bool = False) -> None:
    h, a = f["hosp"], HADDR[f["hosp"]]
    if h == AG:
        d.text_line(AG, 13, "B")
        d.text_line("Patient Financial Services - Presumptive Eligibility Unit", 9)
        d.text_line(f"{a[0]}, {a[1]}", 9)
        d.text_line(f"Phone {f['ph']}", 9)
    else:
        d.text_line("QUENBY VALLEY", 22, "B")
        d.rule(0.9, 1.2)
        d.text_line(f"{QV}  |  {'Asesoría Financiera' if es else 'Financial Counseling'}  |  {a[0]}, {a[1]}  |  "
                    f"{f['ph']}", 8.5)
    d.ln(6)


def state_head(d: Doc, f: dict) -> None:
    d.text_line("STATE OF TALLOWMERE", 9, "B", align="C")
    d.text_line(ST, 14, "B", align="C")
    d.text_line("Division of Medical Assistance  |  PO Box 4470, Ardlow, TM 60701", 9, align="C")
    y = d.get_y() + 2
    d.set_xy(150, y)
    d.font(9, "B")
    d.cell(44, 7, PROGRAM, border=1, align="C")
    d.set_xy(d.l_margin, y + 10)


def addressee(d: Doc, f: dict) -> None:
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)


def apply_text(f: dict) -> str:
    c = f["county"]
    return (f"To keep Medicaid after this temporary period, you must file a full Medicaid application. Apply online, "
            f"by phone, or in person at the {c[0]}, {c[1]}, phone {f['cph']}.")


# --------------------------------------------------------------------------------------------------- hospital notices
def hpe_approval(f: dict, group: str) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer=f"HPE-N1 (01/2026)   Page {{p}} of {{n}}")
    d.add_page()
    hosp_head(d, f)
    addressee(d, f)
    d.text_line("Hospital Presumptive Eligibility Notice of Determination", 13, "B")
    d.text_line("Decision: APPROVED for temporary Medicaid", 11, "B")
    d.ln(2)
    pairs(d, [("Date of determination:", D(f, f["det"])), ("Applicant:", f["name"]),
              ("Date of birth:", D(f, f["dob"])), ("Medicaid ID (temporary):", f["mid"]),
              ("HPE application number:", f["app"]), ("Coverage group:", group),
              ("Coverage begins:", D(f, f["det"])), ("Coverage ends:", D(f, f["end"])),
              ("Qualified hospital:", f["hosp"])])
    d.para(f"Dear {f['first']} {f['last']}:")
    d.para(f"Based on the information you gave us on {D(f, f['det'])}, {f['hosp']} has found you presumptively "
           f"eligible for {PROGRAM}. Your temporary coverage starts on {D(f, f['det'])} and ends on "
           f"{D(f, f['end'])}. It pays for covered services from any provider that accepts Medicaid, not only from "
           "this hospital. Show your temporary Medicaid ID when you get care.")
    d.text_line("What you must do next", 11, "B")
    d.ln(1)
    d.para(apply_text(f) + f" If you file by {D(f, f['end'])}, your temporary coverage continues until the state "
           "decides your application. If you do not, it ends on the date above and claims for later services will "
           "be denied.")
    d.para("This is a temporary decision based on what you told us. It does not mean you will be approved for full "
           "Medicaid. You may receive presumptive eligibility only once in a 12-month period.", 9.5)
    d.para(f"{f['hosp']} - Presumptive Eligibility Unit", 10)
    t = truth("other", None, insurer=f["hosp"], member_id=f["mid"], member_name=f["name"], case_numbers=[f["app"]],
              service_dates=[], denial_date=iso(f["det"]), provider=f["hosp"],
              alternates={"service_dates": [[iso(f["det"], f["end"])]], "insurer": [PROGRAM]})
    return pdf_bytes(d), t


def hpe_denial_income(f: dict, size: int, income: float, limit: float) -> tuple[bytes, dict]:
    es = f["lang"] == "es"
    d = Doc("Helvetica", footer="HPE-N2" + ("S" if es else "") + " (01/2026)   {p}/{n}")
    d.add_page()
    hosp_head(d, f, es)
    addressee(d, f)
    if es:
        d.text_line("Aviso de determinación de elegibilidad presunta del hospital", 13, "B")
        d.text_line("Decisión: NEGADA", 11, "B")
        d.ln(2)
        pairs(d, [("Fecha de la determinación:", D(f, f["det"])), ("Solicitante:", f["name"]),
                  ("Fecha de nacimiento:", D(f, f["dob"])), ("Número de solicitud:", f["app"]),
                  ("Hospital calificado:", f["hosp"])], lw=58)
        d.para(f"Estimado(a) {f['first']} {f['last']}:")
        d.para(f"El {D(f, f['det'])}, {f['hosp']} revisó la información que usted nos dio para la elegibilidad "
               f"presunta de {PROGRAM}. Usted no reúne los requisitos porque el ingreso mensual de su hogar es "
               "mayor que el límite para el tamaño de su hogar.")
        head = ["Personas en el hogar", "Ingreso mensual contado", "Límite mensual"]
    else:
        d.text_line("Hospital Presumptive Eligibility Notice of Determination", 13, "B")
        d.text_line("Decision: NOT ELIGIBLE", 11, "B")
        d.ln(2)
        pairs(d, [("Determination date:", D(f, f["det"])), ("Applicant:", f["name"]),
                  ("Birth date:", D(f, f["dob"])), ("Application #:", f["app"]), ("Hospital:", f["hosp"])])
        d.para(f"Dear {f['first']} {f['last']}:")
        d.para(f"On {D(f, f['det'])}, {f['hosp']} reviewed the information you gave for {PROGRAM} presumptive "
               "eligibility. You do not qualify because your household's monthly income is over the limit for your "
               "household size.")
        head = ["Household size", "Monthly income counted", "Monthly income limit"]
    d.table(head, [[str(size), fmt_money(income), fmt_money(limit)]], [50, 55, 55], size=10, aligns="LRR",
            border_head="B")
    c = f["county"]
    if es:
        d.para("No se puede apelar una decisión de elegibilidad presunta y no tiene derecho a una audiencia imparcial "
               "sobre esta decisión. Usted todavía puede solicitar Medicaid completo: el estado revisará toda su "
               f"información. Presente la solicitud en {c[0]}, {c[1]}, teléfono {f['cph']}, o por internet.")
        d.para(f"Si tiene preguntas, llame a {f['hosp']} al {f['ph']}. Es posible que califique para la asistencia "
               "financiera del hospital.")
    else:
        d.para("You cannot appeal a presumptive eligibility decision and there is no fair hearing on it. You can still "
               "apply for full Medicaid; the state will look at all of your information. " + apply_text(f).split(
                   "must file a full Medicaid application. ")[1])
        d.para(f"Questions: {f['hosp']} Patient Financial Services, {f['ph']}. You may also qualify for the hospital's "
               "financial assistance program.")
    t = truth("denial_letter", "eligibility", lang=f["lang"], insurer=f["hosp"], member_name=f["name"],
              case_numbers=[f["app"]], service_dates=[], denial_date=iso(f["det"]), provider=f["hosp"],
              appeal_deadline=None, denial_alternates=["other"])
    return pdf_bytes(d), t


def hpe_denial_prior(f: dict, prev: tuple[dt.date, dt.date]) -> tuple[bytes, dict]:
    d = Doc("Times", footer="HPE-N2 (01/2026)")
    d.add_page()
    hosp_head(d, f)
    d.text_line(D(f, f["det"]), 11)
    d.ln(3)
    addressee(d, f)
    d.text_line("NOTICE: Hospital Presumptive Eligibility Not Approved", 12.5, "B")
    d.ln(2)
    pairs(d, [("Applicant", f["name"]), ("Medicaid ID on file", f["mid"]), ("Application no.", f["app"]),
              ("Date of birth", D(f, f["dob"])), ("Earlier presumptive period", f"{D(f, prev[0])} - {D(f, prev[1])}")],
          lw=55, size=10.5)
    d.para(f"Dear {f['first']} {f['last']}: We cannot give you presumptive eligibility at this time. State rules "
           "allow one period of presumptive eligibility in any 12-month period. Our records show you already had a "
           f"presumptive period from {D(f, prev[0])} to {D(f, prev[1])}, which is less than 12 months ago.", 11)
    d.para("This decision cannot be appealed, and you do not have a right to a fair hearing on a presumptive "
           "eligibility decision. It does not stop you from getting full Medicaid. " +
           apply_text(f).split("must file a full Medicaid application. ")[1], 11)
    d.para(f"Presumptive Eligibility Unit, {f['hosp']}, {f['ph']}", 11)
    t = truth("denial_letter", "eligibility", insurer=f["hosp"], member_id=f["mid"], member_name=f["name"],
              case_numbers=[f["app"]], service_dates=[], denial_date=iso(f["det"]), provider=f["hosp"],
              appeal_deadline=None, denial_alternates=["other"])
    return pdf_bytes(d), t


# --------------------------------------------------------------------------------------------------- state notices
def hearing_text(f: dict, notice: dt.date, style: str) -> tuple[str, dt.date]:
    dl = notice + dt.timedelta(days=90)
    if style == "date":
        return (f"If you think we are wrong, you can ask for a fair hearing. We must receive your request by "
                f"{D(f, dl)}. If you ask by {D(f, notice + dt.timedelta(days=10))}, you may be able to keep your "
                "coverage until the hearing decision.", dl)
    return ("If you think we are wrong, you can ask for a fair hearing within 90 days of the date of this notice. "
            "Call or write to the Office of Administrative Hearings, PO Box 4471, Ardlow, TM 60701.", dl)


def state_ending(f: dict, notice: dt.date, fax: str | None) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer=f"Notice no. {f['notice_no']}   DMA-PE-3   Page {{p}} of {{n}}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    state_head(d, f)
    pairs(d, [("Date of notice:", D(f, notice)), ("Name:", f["name"]), ("Medicaid ID:", f["mid"]),
              ("Case number:", f["app"]), ("Qualified hospital:", f["hosp"])], lw=45)
    addressee(d, f)
    d.text_line("Your temporary Medicaid coverage is ending", 13, "B")
    d.ln(2)
    d.para(f"On {D(f, f['det'])}, {f['hosp']} found you presumptively eligible for {PROGRAM}. That temporary "
           f"coverage started on {D(f, f['det'])}. To keep it, a full Medicaid application had to be filed by "
           f"{D(f, f['end'])}.")
    d.para(f"We did not receive a full application from you by that date. Your presumptive eligibility ends on "
           f"{D(f, f['end'])}. Services you receive after that date will not be paid by {PROGRAM}.")
    d.para("Rule: Tallowmere Administrative Code 18-4.210 (presumptive eligibility ends on the last day of the month "
           "after the month it began when no application is filed).", 9)
    d.para(f"You may still apply. If you apply, the state will decide if you qualify. Contact the "
           f"{f['county'][0]}, {f['county'][1]}, {f['cph']}.")
    d.text_line("Your right to a fair hearing", 11, "B")
    d.ln(1)
    sent, dl = hearing_text(f, notice, "date")
    d.para(sent)
    t = truth("denial_letter", "eligibility", insurer=ST, member_id=f["mid"], member_name=f["name"],
              case_numbers=[f["app"]], service_dates=[], denial_date=iso(notice), provider=f["hosp"],
              appeal_deadline=None, denial_alternates=["other"],
              alternates={"appeal_deadline": [iso(dl)], "insurer": [PROGRAM],
                          "service_dates": [[iso(f["end"])], [iso(f["det"], f["end"])]]})
    return pdf_bytes(d), t


def state_prior(f: dict, notice: dt.date, prev: tuple[dt.date, dt.date]) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer=f"DMA-PE-2   Notice no. {f['notice_no']}")
    d.add_page()
    state_head(d, f)
    addressee(d, f)
    d.text_line("Notice of Decision: Presumptive Eligibility Denied", 13, "B")
    d.ln(2)
    d.table(["Notice date", "Client", "Client ID", "HPE request no."],
            [[D(f, notice), f["name"], f["mid"], f["app"]]], [32, 58, 40, 46], size=9.5, border_head="TB")
    d.para(f"{f['hosp']} sent us a hospital presumptive eligibility request for you dated {D(f, f['det'])}. "
           "We denied it. Under 42 CFR 435.1102 and state policy, a person can have only one presumptive "
           f"eligibility period in 12 months. You had a presumptive period from {D(f, prev[0])} through "
           f"{D(f, prev[1])}.")
    d.para("What this means: you do not have temporary Medicaid from this request. The hospital may bill you for "
           "services unless you are found eligible for full Medicaid. " +
           apply_text(f).split("must file a full Medicaid application. ")[1])
    sent, dl = hearing_text(f, notice, "days")
    d.text_line("Fair hearing", 11, "B")
    d.ln(1)
    d.para(sent)
    d.para(f"Questions: Medicaid Customer Service 1-800-{digits(f['r'], 3)}-{digits(f['r'], 4)} (TTY 711).", 9.5)
    t = truth("denial_letter", "eligibility", insurer=ST, member_id=f["mid"], member_name=f["name"],
              case_numbers=[f["app"]], service_dates=[], denial_date=iso(notice), provider=f["hosp"],
              appeal_deadline=None, denial_alternates=["other"],
              alternates={"appeal_deadline": [iso(dl)], "insurer": [PROGRAM]})
    return pdf_bytes(d), t


def state_claim_letter(f: dict, notice: dt.date, prov: str, dos: dt.date, lines: list) -> tuple[bytes, dict]:
    total = round(sum(x[2] for x in lines), 2)
    icn = digits(f["r"], 13)
    d = Doc("Helvetica", footer="DMA-CD-1   Page {p} of {n}")
    d.add_page()
    state_head(d, f)
    d.text_line(D(f, notice), 10.5)
    d.ln(3)
    addressee(d, f)
    d.text_line("Notice of Denied Claim", 13, "B")
    d.ln(2)
    pairs(d, [("Recipient:", f["name"]), ("Medicaid ID:", f["mid"]), ("Claim number (ICN):", icn),
              ("Provider:", prov), ("Date of service:", D(f, dos)), ("Amount billed:", fmt_money(total)),
              ("Presumptive period:", f"{D(f, f['det'])} to {D(f, f['end'])}"),
              ("Determined by:", f["hosp"])], lw=50)
    d.table(["Code", "Service", "Billed", "Paid"], [[c, s, fmt_money(a), "$0.00"] for c, s, a in lines],
            [22, 100, 28, 24], size=9.5, aligns="LLRR")
    d.para(f"We denied this claim. The recipient was not eligible for {PROGRAM} on the date of service. Your "
           f"temporary (presumptive) coverage ended on {D(f, f['end'])} because no full Medicaid application was "
           "filed, and this service was on a later date. (Denial reason 177: recipient not eligible on date of "
           "service.)")
    d.para(f"If you have filed a full application and it is approved for this date, ask {prov} to bill again. "
           f"Full applications are taken by the {f['county'][0]} ({f['cph']}).")
    d.text_line("If you disagree", 11, "B")
    d.ln(1)
    dl = notice + dt.timedelta(days=30)
    d.para("You may ask us to review this claim decision. Your request for a review must be made within 30 days of "
           "the date of this notice. After our review you may ask for a fair hearing within 90 days of the review "
           "decision.")
    t = truth("denial_letter", "eligibility", insurer=ST, member_id=f["mid"], member_name=f["name"],
              case_numbers=[icn], claim_amount=m2(total), service_dates=[iso(dos)], denial_date=iso(notice),
              provider=prov, appeal_deadline=iso(dl), alternates={"insurer": [PROGRAM]}, denial_alternates=["other"])
    return pdf_bytes(d), t


def state_emb(f: dict, notice: dt.date, prov: str, dos: dt.date, lines: list) -> tuple[bytes, dict]:
    total = round(sum(x[2] for x in lines), 2)
    icn = digits(f["r"], 13)
    d = Doc("Helvetica", footer="DMA-EMB   Page {p} of {n}")
    d.add_page()
    state_head(d, f)
    d.text_line("Explanation of Medicaid Benefits", 14, "B")
    d.text_line("This is not a bill", 9)
    d.ln(2)
    y0 = d.get_y()
    addressee(d, f)
    d.set_xy(115, y0)
    for k, v in [("Date issued", D(f, notice)), ("Recipient", f["name"]), ("Recipient ID", f["mid"])]:
        d.set_x(115)
        d.font(9, "B")
        d.cell(28, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 22) + 3)
    d.font(10, "B")
    d.cell(0, 6, f"ICN {icn}   Billing provider: {prov}", new_x="LMARGIN", new_y="NEXT")
    rows = [[D(f, dos), c, s, fmt_money(a), "$0.00", "177"] for c, s, a in lines]
    rows.append(["*Total", "", "", fmt_money(total), "$0.00", ""])
    d.table(["Service date", "Code", "Description", "Billed", "Medicaid paid", "Reason"], rows,
            [26, 18, 74, 24, 24, 16], size=8.5, aligns="LLLRRL", border_head="TB")
    d.para(f"177  Recipient not eligible on the date of service. Presumptive eligibility ({D(f, f['det'])} - "
           f"{D(f, f['end'])}) ended before this date; no full Medicaid application was filed.", 9)
    dl = notice + dt.timedelta(days=30)
    d.para("To ask for a review of this decision, write to us within 30 days of the date of this notice. If you "
           "still disagree after the review, you may ask for a fair hearing.", 9)
    t = truth("eob", "eligibility", insurer=ST, member_id=f["mid"], member_name=f["name"], case_numbers=[icn],
              claim_amount=m2(total), service_dates=[iso(dos)], denial_date=iso(notice), provider=prov,
              appeal_deadline=iso(dl), alternates={"insurer": [PROGRAM]}, denial_alternates=["other"],
              type_alternates=["denial_letter"])
    return pdf_bytes(d), t


# --------------------------------------------------------------------------------------------------- plan
def documents(rng) -> list[Item]:
    items = []
    r = random.Random(205600)

    f = facts(random.Random(205601), AG, "long")
    items.append(Item(f"{FAMILY}_bd_hospital_approval_adult_group", "born_digital",
                      [hpe_approval(f, "Adults age 19-64")]))

    f = facts(random.Random(205602), AG, "slash")
    notice = f["end"] + dt.timedelta(days=r.randint(30, 50))
    dos = f["end"] + dt.timedelta(days=r.randint(6, 18))
    items.append(Item(f"{FAMILY}_bd_state_claim_denied_after_period_ended", "born_digital", [state_claim_letter(
        f, notice, "Larkspur Row Family Medicine", dos,
        [("99214", "Office visit, established patient", 214.00), ("85025", "Complete blood count", 38.50)])]))

    f = facts(random.Random(205603), QV, "abbr")
    notice = f["end"] + dt.timedelta(days=r.randint(25, 45))
    dos = f["end"] + dt.timedelta(days=r.randint(3, 12))
    items.append(Item(f"{FAMILY}_scan300_stack_approval_pregnancy_and_emb_after_end", "scan_clean_300",
                      [hpe_approval(f, "Pregnant women"),
                       state_emb(f, notice, QV, dos, [("0450", "Emergency room", 1875.00),
                                                      ("0300", "Laboratory", 412.25)])],
                      separators=["blank", None]))

    f = facts(random.Random(205604), AG, "iso")
    prev0 = f["det"] - dt.timedelta(days=r.randint(150, 250))
    items.append(Item(f"{FAMILY}_lowres_hospital_prior_period_within_12_months", "scan_lowres_150",
                      [hpe_denial_prior(f, (prev0, month_end_next(prev0)))]))

    f = facts(random.Random(205605), QV, "es", lang="es")
    items.append(Item(f"{FAMILY}_copy_spanish_income_over_limit", "photocopy",
                      [hpe_denial_income(f, 3, 3412.60, 3064.75)]))

    f = facts(random.Random(205606), AG, "dmy")
    notice = f["end"] - dt.timedelta(days=r.randint(3, 8))
    fax = (f"FROM: {AG.upper()} PFS  FAX {phone(r)}  TO: {f['name'].upper()}  "
           f"{fmt_date(notice + dt.timedelta(days=2), 'slash')}  P.1/1")
    items.append(Item(f"{FAMILY}_faxstd_state_ending_no_full_application", "fax_standard_g4",
                      [state_ending(f, notice, fax)]))

    f = facts(random.Random(205607), QV, "upper")
    notice = f["det"] + dt.timedelta(days=r.randint(5, 12))
    prev0 = f["det"] - dt.timedelta(days=r.randint(120, 220))
    items.append(Item(f"{FAMILY}_rotated_state_prior_period_denied", "rotated",
                      [state_prior(f, notice, (prev0, month_end_next(prev0)))]))
    return items
