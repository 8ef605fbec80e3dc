"""Family 'laser_hair_removal_pilonidal_disease_cosmetic_denial': an invented commercial plan refusing laser hair
removal (CPT 17999, billed per session) over the sacrococcygeal area after pilonidal cyst excision as cosmetic,
though the surgeon asked for it to stop the disease coming back. Documents: the pre-service determination with a
label column, the dermatology laser clinic's patient statement (denies nothing), a three-claim member EOB where only
the laser claim is refused, a fine-fax stack of the provider claim denial and the colorectal surgeon's letter of
medical necessity, a Spanish member letter photographed by phone, an upheld first-level appeal told only in
sentences (fed sideways) and a low-resolution overturned second-level appeal (denies nothing).
Decoys: DOB, NPI, tax ID, account numbers, the excision date, request-received and appeal-received dates,
processing periods, the other claims, 72-hour and 4-month external-review limits, form and policy numbers.

Issuers (fictional): Calloway Bay Health Plan; Summit Lane Dermatology & Laser (clinic); Dr. Prudence K. Alvarado
(colorectal surgeon, Harrowgate Surgical Associates). All values invented.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "laser_hair_removal_pilonidal_disease_cosmetic_denial"
LANG = "en"
SEED = 344300
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
INS = "Calloway Bay Health Plan"
INS_ADDR = "PO Box 77120, Tacoma, WA 98402"
CLINIC = "Summit Lane Dermatology & Laser"
SURGEON = "Prudence K. Alvarado"
SURG_PRACTICE = "Harrowgate Surgical Associates"
DERM = "Dr. Ansel W. Fairbank"


class Page(Doc):
    def __init__(self, footer: str | None = None):
        super().__init__("DejaVu", footer=footer, margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def facts(i: int, lang: str = "en") -> dict:
    r = Rand(SEED + i)
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 120))
    pat = r.person(lang)
    s1 = notice - dt.timedelta(days=r.randint(75, 95))
    sessions = [s1 + dt.timedelta(days=28 * k) for k in range(3)]
    rate = float(r.choice([385, 410, 437.5, 462]))
    f = dict(notice=notice, pat=pat[0], sub=r.person(lang)[0], addr=r.address(lang), mid="CBH" + r.digits(9),
             grp="G-" + r.digits(6), plan="CB-PPO-" + r.digits(3), claim=r.digits(2) + r.letters(1) + r.digits(9),
             auth="PA" + r.digits(8), appeal="APL-" + r.digits(7), npi=r.npi(), npi2=r.npi(), ph=r.phone(),
             fax=r.phone(), dob=dt.date(r.randint(1988, 2006), r.randint(1, 12), r.randint(1, 28)),
             excision=s1 - dt.timedelta(days=r.randint(120, 200)), recv=notice - dt.timedelta(days=r.randint(6, 14)),
             acct="SL-" + r.digits(6), sessions=sessions, rate=rate, planned=notice + dt.timedelta(days=r.randint(12, 30)))
    f["total1"] = rate
    f["total3"] = round(rate * 3, 2)
    return f


def head(d: Page, style: int, f: dict):
    if style == 0:
        d.text_line("CALLOWAY BAY", 19, "B")
        d.text_line("HEALTH PLAN", 10, "B")
        d.text_line(INS_ADDR + "  ·  Member Services " + f["ph"] + " (TTY 711)", 8)
        d.rule(0.8)
    elif style == 1:
        d.text_line(INS, 13, "B", "C")
        d.text_line("Clinical Coverage Review  ·  " + INS_ADDR, 8.5, "", "C")
        d.text_line("Fax " + f["fax"], 8.5, "", "C")
        d.rule(0.3)
    else:
        d.text_line(INS + "  |  Appeals Unit", 11, "B")
        d.text_line(INS_ADDR, 8.5)
        d.ln(2)
    d.ln(3)


def kv(d: Page, rows, w: float = 48, size: float = 9.3, x: float | None = None):
    for k, v in rows:
        if x is not None:
            d.set_x(x)
        d.font(size)
        d.cell(w, 5, k)
        d.font(size, "B")
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


COMMON = ("This service is excluded under your plan as cosmetic. Laser hair removal is covered only to treat a "
          "documented medical condition for which the Plan's policy (Medical Policy DERM.114, Hair Removal) "
          "lists it as covered; hair removal over the sacrococcygeal area after pilonidal surgery is not on that "
          "list, and the Plan treats it as a cosmetic service meant to change appearance.")


def doc_preservice(f: dict) -> bytes:
    """Born-digital pre-service determination: label column, decision table, rights on page 2."""
    d = Page(footer="CBHP-UM-NOD (rev. 07/2025)   Page {p} of {n}")
    d.add_page()
    head(d, 0, f)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B")
    d.text_line("Pre-service request", 9.5)
    d.ln(2)
    kv(d, [("Date of notice", fmt_date(f["notice"], "slash")), ("Member", f["pat"]),
           ("Member ID", f["mid"]), ("Group number", f["grp"]), ("Plan ID", f["plan"]),
           ("Date of birth", fmt_date(f["dob"], "slash")), ("Request number", f["auth"]),
           ("Request received", fmt_date(f["recv"], "slash")), ("Requesting provider", DERM),
           ("Provider NPI", f["npi"]), ("Facility", CLINIC)])
    d.text_line("What was requested", 10.5, "B")
    d.table(["Code", "Service", "Planned start", "Sessions", "Decision"],
            [["17999", "Laser hair removal, sacrococcygeal area", fmt_date(f["planned"], "slash"), "6", "DENIED"]],
            [18, 72, 30, 20, 28], 8.8)
    d.text_line("Why we denied it", 10.5, "B")
    d.para(COMMON + " Your records show a pilonidal cyst excision on " + fmt_date(f["excision"], "slash") +
           "; the surgery itself was covered. Our medical director, a board-certified dermatologist, reviewed the "
           "request.", 9.5)
    d.add_page()
    d.text_line("Your right to appeal", 10.5, "B")
    d.para("You or your provider may ask for an appeal within 180 days of the date of this notice. Send it to "
           "Calloway Bay Health Plan, Appeals Unit, " + INS_ADDR + ", or fax " + f["fax"] + ". If waiting could "
           "seriously harm your health you may ask for an expedited appeal; we decide those within 72 hours. "
           "After our final decision you may ask for an external review within 4 months.", 9.5)
    d.para("You may ask, free of charge, for copies of all documents relevant to your request, including "
           "Medical Policy DERM.114. Call Member Services at " + f["ph"] + ".", 9.5)
    d.ln(4)
    d.text_line("Utilization Management Department", 9.5)
    d.text_line("cc: " + DERM + ", " + CLINIC, 8.5)
    return pdf_bytes(d)


def doc_statement(f: dict) -> bytes:
    """Clinic patient statement: address block, right label column, three session lines, the plan's refusal."""
    d = Page()
    d.add_page()
    d.text_line(CLINIC, 15, "B")
    d.text_line("1450 Larkspur Row, Suite 210, Olympia, WA 98501  ·  Billing (360) 555-0147", 8.5)
    d.text_line("Tax ID 91-" + f["acct"][-6:] + "7", 7.5)
    d.ln(4)
    y = d.get_y()
    d.text_line(f["sub"], 10)
    d.text_line(f["addr"][0], 10)
    d.text_line(f["addr"][1], 10)
    d.set_y(y)
    kv(d, [("Statement date", fmt_date(f["notice"], "long")), ("Account #", f["acct"]),
           ("Patient", f["pat"]), ("Insurance", INS), ("Member ID", f["mid"]),
           ("Insurer claim #", f["claim"])], w=34, size=8.8, x=112)
    d.ln(4)
    rows = []
    for k, s in enumerate(f["sessions"]):
        rows.append([fmt_date(s, "slash"), "17999", f"Laser hair removal, session {k + 1} (sacral)",
                     fmt_money(f["rate"])])
    rows.append([fmt_date(f["notice"] - dt.timedelta(days=9), "slash"), "", "Insurance: " + INS +
                 " - denied (cosmetic)", "$0.00"])
    d.table(["Date", "Code", "Description", "Amount"], rows, [28, 18, 100, 28], 8.8, "LLLR")
    d.font(10.5, "B")
    d.cell(0, 6, "Total charges " + fmt_money(f["total3"]) + "      Please pay " + fmt_money(f["total3"]),
           new_x="LMARGIN", new_y="NEXT", align="R")
    d.ln(3)
    d.para("Your insurance company did not pay these visits. If you have questions about your balance, call our "
           "billing office. Payment plans are available. Treating provider: " + DERM + ".", 9)
    d.ln(6)
    d.text_line("- - - - - - - - - - - - - - - detach and return with payment - - - - - - - - - - - - - - -", 8)
    kv(d, [("Account #", f["acct"]), ("Amount enclosed", "$ ________")], w=40, size=9)
    return pdf_bytes(d)


def doc_eob(f: dict) -> bytes:
    """Photocopied member EOB: three claims, the laser claim refused; the total in a sentence."""
    d = Page(footer="This is not a bill.   Page {p}")
    d.add_page()
    head(d, 1, f)
    d.text_line("EXPLANATION OF BENEFITS", 13, "B")
    d.ln(1)
    kv(d, [("Issued", fmt_date(f["notice"], "upper")), ("Subscriber", f["sub"]), ("Patient", f["pat"]),
           ("ID no.", f["mid"]), ("Group", f["grp"]),
           ("Claims processed", fmt_date(f["notice"] - dt.timedelta(days=30), "upper") + " - " +
            fmt_date(f["notice"] - dt.timedelta(days=1), "upper"))], w=40)
    s = f["sessions"][0]
    ov = s - dt.timedelta(days=11)
    rows = [["Claim 26A0" + f["claim"][-6:-1] + "4", "", "", "", "", ""],
            [fmt_date(ov, "upper"), "Office visit (99213)", "Harrowgate Surgical Assoc.", "212.00", "148.40", "PAID"],
            ["*Claim " + f["claim"], "", "", "", "", ""],
            [fmt_date(s, "upper"), "Laser hair removal 17999", CLINIC, m2(f["rate"]), "0.00", "DENIED X27"],
            ["Claim 26A0" + f["claim"][-6:-1] + "9", "", "", "", "", ""],
            [fmt_date(ov, "upper"), "Wound culture (87070)", "Pinecrest Reference Lab", "64.00", "41.10", "PAID"]]
    d.table(["Date", "Service", "Provider", "Billed", "Plan paid", "Status"], rows, [27, 42, 52, 18, 18, 22], 8.2,
            "LLLRRL")
    d.para("Claim " + f["claim"] + " from " + CLINIC + " was billed at " + fmt_money(f["rate"]) + " and was not "
           "paid. X27: " + COMMON + " You owe the provider for this service.", 9)
    d.para("If you disagree, you may appeal within 180 days of the date of this statement. Call " + f["ph"] + ".", 9)
    return pdf_bytes(d)


def doc_provider_notice(f: dict) -> bytes:
    """Provider claim denial notice (fax stack, first document): boxes, 04-MAR-2026 dates."""
    d = Page()
    d.add_page()
    head(d, 1, f)
    d.text_line("PROVIDER NOTICE OF CLAIM DENIAL", 12, "B")
    d.text_line("Sent by fax to " + CLINIC + " on " + fmt_date(f["notice"], "dmy").upper(), 9)
    d.ln(2)
    d.boxes([("Claim number", f["claim"], 50), ("Date of notice", fmt_date(f["notice"], "dmy").upper(), 38),
             ("Billed", fmt_money(f["total1"], "nosign"), 30), ("Rendering provider", DERM, 56)])
    d.boxes([("Patient", f["pat"], 50), ("Member ID", f["mid"], 38), ("Group", f["grp"], 30),
             ("Rendering NPI", f["npi"], 56)])
    d.boxes([("Date of service", fmt_date(f["sessions"][1], "dmy").upper(), 50), ("CPT", "17999", 38),
             ("Patient DOB", fmt_date(f["dob"], "dmy").upper(), 30), ("Received", fmt_date(f["recv"], "dmy").upper(), 56)])
    d.ln(4)
    d.para("Determination: DENIED - plan exclusion, cosmetic services. " + COMMON, 9.5)
    d.para("A provider may request reconsideration within 180 days of the date of this notice. Corrected claims "
           "must be filed within 365 days of the date of service.", 9.5)
    return pdf_bytes(d)


def doc_surgeon_letter(f: dict) -> bytes:
    d = Page()
    d.add_page()
    d.text_line(SURG_PRACTICE, 14, "B")
    d.text_line("Colon & Rectal Surgery  ·  88 Cobblestone Way, Olympia, WA 98502  ·  NPI " + f["npi2"], 8.5)
    d.rule()
    d.ln(3)
    d.text_line(fmt_date(f["notice"] + dt.timedelta(days=5), "long"), 10)
    d.ln(3)
    d.text_line("To: Calloway Bay Health Plan, Appeals Unit", 10)
    d.text_line("Re: " + f["pat"] + ", ID " + f["mid"] + ", claim " + f["claim"], 10)
    d.ln(3)
    d.text_line("LETTER OF MEDICAL NECESSITY", 11, "B")
    d.para("I excised a recurrent pilonidal sinus for this patient on " + fmt_date(f["excision"], "long") + ". "
           "Coarse hair in the natal cleft is the main driver of recurrence; published series show a lower "
           "recurrence rate after laser epilation. The sessions at " + CLINIC + " are therefore treatment of "
           "disease, not cosmetic. I ask that the denial be reversed.", 10)
    d.ln(6)
    d.text_line("Dr. " + SURGEON + ", MD, FACS", 10)
    return pdf_bytes(d)


def doc_spanish(f: dict) -> bytes:
    d = Page()
    d.add_page()
    d.text_line(INS, 14, "B")
    d.text_line("Servicios para Miembros " + f["ph"] + " (TTY 711)  ·  " + INS_ADDR, 8.5)
    d.rule()
    d.ln(2)
    d.text_line(fmt_date(f["notice"], "es"), 10)
    d.ln(2)
    d.text_line(f["pat"], 10)
    d.text_line(f["addr"][0], 10)
    d.text_line(f["addr"][1], 10)
    d.ln(3)
    d.text_line("AVISO DE DENEGACIÓN DE RECLAMACIÓN", 12, "B")
    d.ln(1)
    kv(d, [("Número de afiliado", f["mid"]), ("Número de grupo", f["grp"]), ("Número de reclamación", f["claim"]),
           ("Fecha de nacimiento", fmt_date(f["dob"], "es_abbr"))], w=52)
    d.para("Recibimos la reclamación de " + CLINIC + " por la depilación láser realizada por el " + DERM + " el " +
           fmt_date(f["sessions"][2], "es") + ", por un monto facturado de " + fmt_money(f["total1"]) + ". "
           "Denegamos esta reclamación porque su plan excluye los servicios cosméticos. La depilación láser "
           "de la zona sacrococcígea después de una cirugía de quiste pilonidal no figura en la Política Médica "
           "DERM.114 como tratamiento cubierto.", 10)
    d.para("Usted puede apelar dentro de 180 días a partir de la fecha de este aviso. Si su salud corre grave "
           "peligro, puede pedir una apelación acelerada (72 horas). Puede solicitar una revisión externa dentro "
           "de 4 meses después de nuestra decisión final.", 10)
    d.ln(2)
    d.text_line("Departamento de Reclamaciones", 10)
    return pdf_bytes(d)


def doc_upheld(f: dict) -> bytes:
    """First-level appeal upheld; every fact in sentences."""
    d = Page()
    d.add_page()
    head(d, 2, f)
    d.text_line(fmt_date(f["notice"], "iso"), 10)
    d.ln(3)
    d.text_line(f["pat"], 10)
    d.text_line(f["addr"][0], 10)
    d.text_line(f["addr"][1], 10)
    d.ln(4)
    d.para("Dear " + f["pat"].split()[0] + ",", 10)
    d.para("We have finished reviewing the appeal you sent us, which we received on " + fmt_date(
        f["recv"], "iso") + " and logged as appeal " + f["appeal"] + ". You asked us to pay claim " + f["claim"] +
           " from " + CLINIC + " for laser hair removal by " + DERM + " on " + fmt_date(f["sessions"][0], "iso") +
           ", " + fmt_date(f["sessions"][1], "iso") + " and " + fmt_date(f["sessions"][2], "iso") +
           ", billed at " + fmt_money(f["total3"]) + " in all. Your member number is " + f["mid"] +
           " and your group number is " + f["grp"] + ".", 10)
    d.para("A board-certified dermatologist who took no part in the first decision reviewed your appeal and the "
           "letter from your surgeon. We are upholding our decision. " + COMMON, 10)
    d.para("If you disagree, you may ask for a second-level appeal within 60 days of the date of this letter. You "
           "may also ask for an independent external review within 4 months of this letter. Call us at " +
           f["ph"] + " with any questions.", 10)
    d.ln(3)
    d.text_line("Sincerely,", 10)
    d.text_line("Appeals Unit, " + INS, 10)
    return pdf_bytes(d)


def doc_overturned(f: dict) -> bytes:
    d = Page()
    d.add_page()
    head(d, 1, f)
    d.text_line("APPEAL DECISION - OVERTURNED", 12.5, "B")
    d.ln(2)
    kv(d, [("Date", fmt_date(f["notice"], "abbr")), ("Member name", f["pat"]), ("Member ID", f["mid"]),
           ("Group no.", f["grp"]), ("Appeal no.", f["appeal"]), ("Claim no.", f["claim"]),
           ("Provider", DERM + " (" + CLINIC + ")"),
           ("Dates of service", ", ".join(fmt_date(s, "abbr") for s in f["sessions"])),
           ("Amount billed", fmt_money(f["total3"]))])
    d.para("Good news: after second-level review we have reversed our earlier decision. The surgeon's records show "
           "recurrent pilonidal disease, and laser hair removal is approved as treatment under an exception to "
           "Medical Policy DERM.114. The claim will be reprocessed and paid under your plan's benefits within 30 "
           "days; you will receive a new Explanation of Benefits.", 10)
    d.para("You do not need to do anything further.", 10)
    return pdf_bytes(d)


def fax_cover(f: dict) -> bytes:
    d = Page()
    d.add_page()
    d.text_line("FAX", 28, "B")
    d.ln(4)
    kv(d, [("To:", "Patient Billing Advocate"), ("From:", CLINIC + ", billing office"),
           ("Date:", fmt_date(f["notice"] + dt.timedelta(days=7), "slash")), ("Pages:", "3 including cover"),
           ("Re:", "denial and surgeon letter for your file")], w=25, size=12)
    d.ln(6)
    d.para("CONFIDENTIAL: this transmission contains protected health information.", 9)
    return pdf_bytes(d)


def documents(rng) -> list[Item]:
    base = dict(insurer=INS)
    items = []
    f = facts(0)
    items.append(Item(f"{FAMILY}_bd_preservice_denial_label_column", "born_digital", [(doc_preservice(f), truth(
        "denial_letter", "not_covered", denial_alternates=["medical_necessity"], **base, plan_id=f["plan"],
        group_number=f["grp"], member_id=f["mid"], member_name=f["pat"], case_numbers=[f["auth"]],
        service_dates=[iso(f["planned"])], denial_date=iso(f["notice"]), provider=DERM.replace("Dr. ", ""),
        alternates={"provider": [CLINIC]}, appeal_deadline=iso(f["notice"] + dt.timedelta(days=180))))]))
    f = facts(1)
    items.append(Item(f"{FAMILY}_scan300_clinic_statement", "scan_clean_300", [(doc_statement(f), truth(
        "other", None, insurer=None, unscored=["insurer"], member_id=f["mid"], member_name=f["pat"],
        case_numbers=[f["claim"]], alternates={"case_numbers": [[]], "provider": [DERM.replace("Dr. ", "")]},
        claim_amount=m2(f["total3"]), service_dates=[iso(s) for s in f["sessions"]], denial_date=iso(f["notice"]),
        provider=CLINIC))]))
    f = facts(2)
    items.append(Item(f"{FAMILY}_copy_eob_three_claims_laser_denied", "photocopy", [(doc_eob(f), truth(
        "eob", "not_covered", denial_alternates=["medical_necessity"], **base, group_number=f["grp"],
        member_id=f["mid"], member_name=f["pat"], case_numbers=[f["claim"]], claim_amount=m2(f["rate"]),
        service_dates=[iso(f["sessions"][0])], denial_date=iso(f["notice"]), provider=CLINIC,
        appeal_deadline=iso(f["notice"] + dt.timedelta(days=180))))]))
    f = facts(3)
    t1 = truth("denial_letter", "not_covered", denial_alternates=["medical_necessity"], **base,
               group_number=f["grp"], member_id=f["mid"], member_name=f["pat"], case_numbers=[f["claim"]],
               claim_amount=m2(f["total1"]), service_dates=[iso(f["sessions"][1])], denial_date=iso(f["notice"]),
               provider=DERM.replace("Dr. ", ""), alternates={"provider": [CLINIC]},
               appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)))
    t2 = truth("other", None, insurer=None, unscored=["insurer"], member_id=f["mid"], member_name=f["pat"],
               case_numbers=[f["claim"]], alternates={"case_numbers": [[]]},
               denial_date=iso(f["notice"] + dt.timedelta(days=5)), provider=SURGEON)
    items.append(Item(f"{FAMILY}_faxfine_stack_provider_denial_and_surgeon_letter", "fax_fine_g4",
                      [(doc_provider_notice(f), t1), (doc_surgeon_letter(f), t2)], separators=[fax_cover(f), None]))
    f = facts(4, "es")
    items.append(Item(f"{FAMILY}_photo_carta_miembro_es", "phone_photo", [(doc_spanish(f), truth(
        "denial_letter", "not_covered", lang="es", denial_alternates=["medical_necessity"], **base,
        group_number=f["grp"], member_id=f["mid"], member_name=f["pat"], case_numbers=[f["claim"]],
        claim_amount=m2(f["total1"]), service_dates=[iso(f["sessions"][2])], denial_date=iso(f["notice"]),
        provider=DERM.replace("Dr. ", ""), alternates={"provider": [CLINIC]},
        appeal_deadline=iso(f["notice"] + dt.timedelta(days=180))))]))
    f = facts(5)
    items.append(Item(f"{FAMILY}_rotated_upheld_appeal_prose", "rotated", [(doc_upheld(f), truth(
        "denial_letter", "not_covered", denial_alternates=["medical_necessity"], **base, group_number=f["grp"],
        member_id=f["mid"], member_name=f["pat"], case_numbers=[f["appeal"], f["claim"]],
        claim_amount=m2(f["total3"]), service_dates=[iso(s) for s in f["sessions"]], denial_date=iso(f["notice"]),
        provider=DERM.replace("Dr. ", ""), alternates={"provider": [CLINIC]},
        appeal_deadline=iso(f["notice"] + dt.timedelta(days=60))))]))
    f = facts(6)
    items.append(Item(f"{FAMILY}_lowres_overturned_appeal", "scan_lowres_150", [(doc_overturned(f), truth(
        "other", None, **base, group_number=f["grp"], member_id=f["mid"], member_name=f["pat"],
        case_numbers=[f["appeal"], f["claim"]], claim_amount=m2(f["total3"]),
        service_dates=[iso(s) for s in f["sessions"]], denial_date=iso(f["notice"]),
        provider=DERM.replace("Dr. ", ""), alternates={"provider": [CLINIC]}))]))
    return items
