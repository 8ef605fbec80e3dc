"""Family 'wegovy_cardiovascular_indication_part_d_denial': Medicare Part D coverage determinations on semaglutide
(Wegovy) asked for to lower the risk of heart attack and stroke (a covered Part D use) versus for weight loss
(excluded from Part D by law).

Cases: a CMS-10146-style Notice of Denial of Medicare Prescription Drug Coverage (weight loss only, excluded); an
approval for cardiovascular risk reduction after a heart attack (nothing denied); a redetermination upholding a
denial because no established cardiovascular disease was documented; the same exclusion in Spanish; a fax stack
(cover sheet, the plan's faxed denial to the prescriber, the pharmacy's "Medicare Prescription Drug Coverage and
Your Rights" notice); a monthly Part D Explanation of Benefits paying a Wegovy fill (nothing denied); a denial
because the prescriber never sent the requested chart notes.

Letter-heavy layouts: letterheads, two-column headers, prose with appeal-rights paragraphs, a small drug table.
All values invented: people, plans, pharmacies, prescribers, IDs and amounts (555 phone numbers). Decoys: dates of
birth, the date a request was received, prescriber NPIs and fax numbers, Rx numbers, the contract-PBP number,
BMI and dosing figures, 72-hour expedited and IRE time limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "wegovy_cardiovascular_indication_part_d_denial"
LANG = "en"
SEED = 275500
FIRST = ["Rosalind", "Augustin", "Philippa", "Lemuel", "Dorothea", "Casimir", "Ottilie", "Barnaby", "Henrietta",
         "Leopold", "Clementine", "Thaddeus"]
LAST = ["Weatherby", "Okonkwo-Bell", "Lindqvist", "Harcastle", "Perrault", "Szymanski", "Ballantyne", "Achterberg",
        "Moriarty-Vance", "Tolliver", "Esterhazy", "Quarrington"]
FIRST_ES = ["Anacleto", "Remedios", "Evaristo", "Consuelo"]
LAST_ES = ["Olivares", "Bustamante", "Echeverría", "Cárdenas"]
STREETS = ["Larkspur Bend", "Wicklow Terrace", "Cormorant Way", "Tannery Row", "Pellham Circle"]
CITIES = [("Grisham Falls", "OH", "43999"), ("North Vellum", "IA", "52599"), ("Calder Point", "SC", "29599")]
CITIES_ES = [("San Isidro del Monte", "TX", "78598"), ("Puerto Arenas", "FL", "33998")]
PRESCRIBERS = ["Dr. Imogen R. Castellane, MD", "Dr. Fitzgerald O. Mbatha, DO", "Dr. Sabine L. Ravenscroft, MD",
               "Dra. Marisela T. Ocampo, MD", "Dr. Edmund K. Varga, MD", "Anouk P. Delacroix, NP",
               "Dr. Gustavo H. Albarrán, MD"]
PLANS = [
    dict(word="TIDEWATER RX", org="Tidewater Prescription Plans, Inc.", product="Tidewater Senior Rx Plus (PDP)",
         addr="PO Box 60418, Grisham Falls, OH 43999", pbp="S4417-021"),
    dict(word="CEDAR HOLLOW", org="Cedar Hollow Health Plan", product="Cedar Hollow Medicare Complete (HMO)",
         addr="PO Box 7720, North Vellum, IA 52599", pbp="H6613-008"),
    dict(word="BRIGHTWATER", org="Brightwater Medicare Drug Plan", product="Brightwater Value Rx (PDP)",
         addr="PO Box 3314, Calder Point, SC 29599", pbp="S5902-003"),
    dict(word="SOL DEL VALLE", org="Plan de Salud Sol del Valle, Inc.", product="Sol del Valle Medicare Rx (PDP)",
         addr="PO Box 1188, San Isidro del Monte, TX 78598", pbp="S8824-011"),
    dict(word="PINEMARSH", org="Pinemarsh Medicare Advantage Plan", product="Pinemarsh Advantage Rx (PPO)",
         addr="PO Box 99017, Calder Point, SC 29599", pbp="H3370-015"),
    dict(word="HALYARD", org="Halyard Health Alliance", product="Halyard Part D Choice (PDP)",
         addr="PO Box 5521, Grisham Falls, OH 43999", pbp="S2291-006"),
    dict(word="OXBOW", org="Oxbow Senior Health Plan", product="Oxbow Senior Rx Saver (PDP)",
         addr="PO Box 4411, North Vellum, IA 52599", pbp="S7068-002"),
]
DRUG = "Wegovy (semaglutide) 2.4 mg/0.75 mL pen injector"


def pat(r: random.Random, p: str) -> str:
    """Fill a pattern: 9 digit, A letter, everything else as is."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKMNPRTUVWXY") if c == "A" else c
                   for c in p)


def mbi(r: random.Random) -> str:
    return pat(r, "9AA9-AA9-AA99")


def ph(r: random.Random) -> str:
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def person(r, lang="en"):
    return (f"{r.choice(FIRST_ES if lang == 'es' else FIRST)} {r.choice('BCDEFGHJKLMNPRSTW')}. "
            f"{r.choice(LAST_ES if lang == 'es' else LAST)}")


def letterhead(d: Doc, org: dict, right: list[str]):
    d.text_line(org["word"], 20, "B", h=9)
    d.text_line(org["org"] + "  |  " + org["addr"], 8.5)
    y = d.get_y()
    d.set_xy(130, 14)
    d.font(8.5)
    d.multi_cell(68, 4.2, "\n".join(right), align="R")
    d.set_xy(d.l_margin, max(y, d.get_y()) + 2)
    d.rule(0.6, 4)


def address_block(d: Doc, name: str, addr: tuple[str, str]):
    d.font(10)
    d.multi_cell(90, 5, f"{name}\n{addr[0]}\n{addr[1]}", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)


def two_col(d: Doc, rows: list[tuple[str, str]], size=9.5, lw=42, vw=52):
    """Label/value pairs in two columns."""
    half = (len(rows) + 1) // 2
    left, right = rows[:half], rows[half:]
    for i in range(half):
        for pair in (left[i], right[i] if i < len(right) else None):
            if pair:
                d.font(size, "B")
                d.cell(lw, 5.4, pair[0])
                d.font(size)
                d.cell(vw, 5.4, pair[1])
        d.ln(5.6)
    d.ln(3)


def paras(d: Doc, items: list[str], size=10):
    for p in items:
        if p.startswith("#"):
            d.ln(1)
            d.text_line(p[1:], size + 1, "B", h=6.5)
        elif p.startswith("- "):
            d.set_x(d.l_margin + 5)
            d.font(size)
            d.multi_cell(0, size * 0.48, "\u2022 " + p[2:] if False else "- " + p[2:], new_x="LMARGIN",
                         new_y="NEXT")
            d.ln(1)
        else:
            d.para(p, size)


def make(kind: str, i: int, ds: str) -> dict:
    r = random.Random(SEED + i)
    lang = "es" if kind == "es_excl" else "en"
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 240))
    city, st, z = r.choice(CITIES_ES if lang == "es" else CITIES)
    f = dict(kind=kind, lang=lang, ds=ds, notice=notice, member=person(r, lang), mid=mbi(r), plan=PLANS[i],
             addr=(f"{r.randint(10, 9900)} {r.choice(STREETS)}", f"{city}, {st} {z}"), pres=PRESCRIBERS[i],
             npi=r.choice("12") + "".join(r.choice("0123456789") for _ in range(9)), ph=ph(r), fax=ph(r),
             dob=dt.date(r.randint(1940, 1960), r.randint(1, 12), r.randint(1, 28)),
             received=notice - dt.timedelta(days=r.randint(1, 3)), bmi=r.choice(["31.4", "34.9", "28.6", "37.2"]),
             case=pat(r, "CD26-9999999"), rx=pat(r, "Rx 9999999"))
    f["mem_ph"] = ph(r)
    if kind == "upheld":
        f["appeal"] = pat(r, "RD-26-999999")
        f["received"] = notice - dt.timedelta(days=r.randint(5, 6))
    if kind == "eob":
        f["fill"] = notice - dt.timedelta(days=r.randint(12, 25))
        f["cost"] = round(r.uniform(1320, 1390), 2)
        f["copay"] = round(r.choice([47.0, 95.0, 142.5]), 2)
        f["fill2"] = f["fill"] - dt.timedelta(days=28)
        f["claim"] = pat(r, "999999999999")
        f["pharmacy"] = "Larkspur Bend Community Pharmacy"
    if kind == "stack":
        f["pharmacy"] = "Wicklow Terrace Drug #0412"
    return f


def d_(f, d):
    return fmt_date(d, f["ds"])


def build_excl(f):
    o = f["plan"]
    d = Doc(footer="Form CMS-10146 (OMB 0938-0976)    Page {p} of {n}")
    d.add_page()
    letterhead(d, o, [o["product"], f"Member Services {f['ph']}", "TTY 711, 8 a.m. - 8 p.m., 7 days"])
    d.text_line(d_(f, f["notice"]), 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line("NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE", 13, "B", h=7)
    d.ln(2)
    two_col(d, [("Enrollee's name:", f["member"]), ("Member ID:", f["mid"]), ("Date of birth:", d_(f, f["dob"])),
                ("Case number:", f["case"]), ("Plan (contract-PBP):", o["pbp"]),
                ("Request received:", d_(f, f["received"])), ("Prescriber:", f["pres"]), ("Prescriber NPI:", f["npi"])],
            lw=36, vw=55)
    paras(d, [
        f"We have denied the prescription drug coverage that you or your prescriber asked for: {DRUG}, four pens "
        "(3 mL) every 28 days.",
        "#Why we denied your request",
        f"Your prescriber asked for this drug for chronic weight management. Your BMI on the request is {f['bmi']}. "
        "Medicare law (Section 1860D-2(e)(2) of the Social Security Act) does not allow Part D plans to cover drugs "
        "when they are used for weight loss, so we cannot cover Wegovy for this use. The request did not state "
        "that you have established cardiovascular disease (such as a prior heart attack, stroke, or symptomatic "
        "peripheral artery disease). Wegovy can be covered under Part D to reduce the risk of major cardiovascular "
        "events in adults with established cardiovascular disease who are overweight or obese. If this applies to "
        "you, your prescriber may send a new request with chart notes showing the diagnosis.",
        "#You have the right to request a redetermination (appeal)",
        "If you disagree with our decision, you can ask us for a redetermination. You must ask within 65 days "
        "from the date of this notice. We can give more time if you have a good reason for missing the deadline.",
        "- Standard request: write to Appeals & Grievances, " + o["org"] + ", " + o["addr"] + ".",
        "- Expedited request: if your prescriber says waiting could seriously harm your health, call "
        f"{f['ph']}. We will decide within 72 hours.",
        "Your prescriber can ask for a redetermination for you. Someone else may appeal for you if you name "
        "them as your representative (Form CMS-1696).",
        "#Get help and more information",
        f"Call Member Services at {f['ph']}. You can also call 1-800-MEDICARE (1-800-633-4227), 24 hours a day."],
        10)
    return pdf_bytes(d)


def build_approve(f):
    o = f["plan"]
    d = Doc(font="Times")
    d.add_page()
    letterhead(d, o, [o["product"], f"Pharmacy Help Desk {f['ph']}"])
    d.text_line(d_(f, f["notice"]), 11)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line("Coverage Determination: APPROVED", 14, "B", h=8)
    d.ln(2)
    d.table(["", ""], [["Member", f["member"]], ["Member number", f["mid"]], ["Plan", f"{o['product']} {o['pbp']}"],
                       ["Reference", f["case"]], ["Prescriber", f"{f['pres']}  (NPI {f['npi']})"],
                       ["Drug", DRUG], ["Approved from", f"{d_(f, f['notice'])} through {d_(f, f['end'])}"]],
            [45, 130], size=10, border_head="", row_h=6)
    paras(d, [
        "Dear " + f["member"] + ":",
        "Good news. We approved your prescriber's request for Wegovy. Your chart notes show a heart attack "
        f"treated with a coronary stent and a BMI of {f['bmi']}. Wegovy is covered under your Part D benefit "
        "to reduce the risk of another heart attack, stroke or cardiovascular death in adults with established "
        "cardiovascular disease and obesity or overweight. This approval is not for weight loss alone.",
        "Your copay is the Tier 3 (preferred brand) amount shown in your Evidence of Coverage. The approval allows "
        "up to 4 pens every 28 days. Take this letter to your pharmacy if the claim does not go through.",
        f"Questions? Call the Pharmacy Help Desk at {f['ph']} (TTY 711).",
        "Sincerely,", "Clinical Pharmacy Review, " + o["org"]], 11)
    return pdf_bytes(d)


def build_upheld(f):
    o = f["plan"]
    d = Doc(footer="Redetermination notice - page {p}")
    d.add_page()
    letterhead(d, o, ["Appeals & Grievances Department", f"Phone {f['ph']}", f"Fax {f['fax']}"])
    d.text_line("REDETERMINATION NOTICE", 14, "B", h=8)
    d.text_line("Your Medicare prescription drug appeal was denied", 11, "B", h=6)
    d.ln(2)
    two_col(d, [("Date:", d_(f, f["notice"])), ("Enrollee:", f["member"]), ("Member ID:", f["mid"]),
                ("Appeal number:", f["appeal"]), ("Original case:", f["case"]), ("Prescriber:", f["pres"]),
                ("Appeal received:", d_(f, f["received"])), ("Plan:", o["pbp"])], lw=34, vw=60)
    paras(d, [
        f"We looked again at your request for {DRUG}. A pharmacist and a physician who did not make the first "
        "decision reviewed your appeal. We are upholding our decision to deny coverage.",
        "#Reason for our decision",
        "Wegovy is covered under your plan only to reduce the risk of major adverse cardiovascular events in "
        "adults with established cardiovascular disease. The records we received show high blood pressure, "
        "high cholesterol and obesity, but no heart attack, stroke, coronary artery disease or symptomatic "
        "peripheral artery disease. Risk factors alone do not meet the criteria. Because the criteria are not "
        "met, the drug is not medically necessary for you under the plan's coverage rules.",
        "#If you disagree with this decision",
        "You may ask for a reconsideration by the Independent Review Entity (IRE). Your request must be received "
        f"by {d_(f, f['deadline'])} (60 days from the date of this notice). Send it to the IRE at the address "
        "on the enclosed form. If your health requires a fast decision, the IRE will decide within 72 hours.",
        f"If you have questions, call us at {f['ph']}, TTY 711. Receiving this notice does not change your other "
        "Medicare coverage."], 10)
    return pdf_bytes(d)


def build_es(f):
    o = f["plan"]
    d = Doc(footer="Formulario CMS-10146 - página {p} de {n}")
    if True:
        d.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
        d.base_font = "DejaVu"
    d.add_page()
    letterhead(d, o, [o["product"], f"Servicios al Miembro {f['ph']}", "TTY 711"])
    d.text_line(d_(f, f["notice"]), 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line("AVISO DE DENEGACIÓN DE COBERTURA DE MEDICAMENTOS", 12, "B", h=7)
    d.text_line("RECETADOS DE MEDICARE", 12, "B", h=7)
    d.ln(2)
    two_col(d, [("Nombre:", f["member"]), ("N.º de miembro:", f["mid"]), ("Fecha de nacimiento:", d_(f, f["dob"])),
                ("N.º de caso:", f["case"]), ("Contrato-plan:", o["pbp"]), ("Recibida:", d_(f, f["received"])),
                ("Médico que receta:", f["pres"]), ("NPI:", f["npi"])], size=9, lw=36, vw=55)
    paras(d, [
        f"Hemos denegado la cobertura del medicamento que usted o su médico pidieron: {DRUG}.",
        "#Por qué denegamos su solicitud",
        "Su médico pidió este medicamento para bajar de peso. La ley de Medicare no permite que los planes de la "
        "Parte D cubran medicamentos usados para la pérdida de peso. La solicitud no indica que usted tenga una "
        "enfermedad cardiovascular establecida (infarto, derrame cerebral o enfermedad arterial periférica). "
        "Wegovy puede cubrirse para reducir el riesgo de eventos cardiovasculares en personas con esa enfermedad. "
        "Su médico puede enviar una nueva solicitud con las notas médicas.",
        "#Usted tiene derecho a pedir una redeterminación (apelación)",
        "Debe pedirla dentro de los 65 días a partir de la fecha de este aviso. Escriba a Apelaciones, "
        f"{o['org']}, {o['addr']}. Si su salud corre peligro, pida una decisión rápida al {f['ph']}: decidiremos "
        "en 72 horas.",
        "Para más ayuda llame al 1-800-MEDICARE (1-800-633-4227)."], 9.5)
    return pdf_bytes(d)


def build_prescriber_fax(f):
    o = f["plan"]
    d = Doc(font="Courier", footer="CONFIDENTIAL - page {p}")
    d.add_page()
    d.text_line(f"{o['word']} PHARMACY SERVICES - PRESCRIBER NOTIFICATION BY FAX", 11, "B", h=6)
    d.text_line(f"{o['org']}, {o['addr']}", 8.5)
    d.text_line(f"From fax {f['fax']}   To: {f['pres']}   Prescriber fax: {ph(random.Random(f['npi']))}", 8.5)
    d.rule(0.5, 3)
    d.table(["FIELD", "VALUE"], [
        ["Notice date", d_(f, f["notice"])], ["Case ID", f["case"]], ["Member", f["member"]],
        ["Member ID", f["mid"]], ["DOB", d_(f, f["dob"])], ["Plan", f"{o['product']} ({o['pbp']})"],
        ["Drug requested", "Wegovy 1.7 mg then 2.4 mg weekly"], ["Received", d_(f, f["received"])],
        ["Determination", "DENIED"]], [45, 130], size=9.5, row_h=6)
    paras(d, [
        "Dear prescriber: the coverage determination above was DENIED. Criteria for semaglutide (Wegovy) under "
        "Part D: (1) established cardiovascular disease - prior myocardial infarction, prior stroke, or "
        "symptomatic peripheral arterial disease - and (2) BMI of 27 or more. Your request documents type 2 "
        "diabetes risk and BMI " + f["bmi"] + " only. Criterion 1 is not met; the drug is not medically necessary "
        "under the plan's criteria. Use for weight management is excluded from Part D.",
        "The enrollee has been mailed a notice with appeal rights. A redetermination may be requested within 65 "
        f"days of the date of this notice by calling {f['ph']} or faxing {f['fax']}. Peer-to-peer discussion: "
        f"{f['ph']}.",
        f"Prescriber NPI on file: {f['npi']}"], 9.5)
    return pdf_bytes(d)


def build_pharmacy_notice(f):
    o = f["plan"]
    d = Doc(footer="CMS-10147")
    d.add_page()
    d.text_line(f["pharmacy"], 13, "B", h=7)
    d.text_line("88 Wicklow Terrace, Grisham Falls, OH 43999   Tel " + f["mem_ph"], 9)
    d.rule(0.5, 4)
    d.text_line("Medicare Prescription Drug Coverage and Your Rights", 14, "B", h=8)
    d.ln(2)
    d.boxes([("Enrollee's name", f["member"], 70), ("Drug and prescription number", f"Wegovy 2.4 mg  {f['rx']}", 75),
             ("Date", d_(f, f["notice"]), 35)], h=12)
    d.ln(4)
    paras(d, [
        "Your Medicare rights: you have the right to request a coverage determination from your Medicare drug "
        f"plan if you disagree with information provided by the pharmacy. Your plan, {o['product']}, did not pay "
        f"for the prescription written by {f['pres']} when we billed it today.",
        "Contact your Medicare drug plan: you or your prescriber can contact your plan to ask for a coverage "
        "determination, including an exception. You may need a statement from your prescriber explaining why you "
        "need this drug. The plan's phone number is on your member card.",
        "What you need to include in your request: the drug name and strength, the name of the pharmacy, the "
        "prescription number, and any information from your prescriber.",
        "This notice is not a decision by your plan. It only explains how you can ask for one. Keep it with your "
        "records."], 10)
    return pdf_bytes(d)


def build_eob(f):
    o = f["plan"]
    d = Doc(footer="Part D EOB  Page {p} of {n}")
    d.add_page()
    letterhead(d, o, [o["product"], f"Customer Service {f['ph']}"])
    d.text_line("Your Part D Explanation of Benefits", 15, "B", h=8)
    d.text_line("THIS IS NOT A BILL", 10, "B", h=6)
    d.ln(1)
    d.boxes([("Member name", f["member"], 62), ("Member ID", f["mid"], 44), ("Plan", o["pbp"], 30),
             ("Date of this notice", d_(f, f["notice"]), 44)])
    d.ln(5)
    d.text_line(f"Prescriptions filled from {d_(f, f['fill2'])} to {d_(f, f['notice'])}", 10.5, "B", h=6)
    cost2 = round(f["cost"] - 3.17, 2)
    d.table(["Date filled", "Drug / Rx #", "Pharmacy", "Total drug cost", "Plan paid", "You paid"], [
        [d_(f, f["fill2"]), "Atorvastatin 40 mg tab", f["pharmacy"][:20], fmt_money(38.4), fmt_money(38.4),
         fmt_money(0)],
        [d_(f, f["fill"]), f"Wegovy 2.4 mg pen x4  claim {f['claim']}", f["pharmacy"][:20], fmt_money(f["cost"]),
         fmt_money(round(f["cost"] - f["copay"], 2)), fmt_money(f["copay"])]],
        [26, 58, 38, 24, 18, 16], size=7.6, aligns="LLLRRR", head_fill=True)
    paras(d, [
        f"Pharmacy for both fills: {f['pharmacy']}, 41 Larkspur Bend, North Vellum, IA 52599.",
        f"Wegovy was covered for cardiovascular risk reduction under approval {f['case']} (valid through "
        f"{d_(f, f['notice'] + dt.timedelta(days=300))}). Prescriber: {f['pres']}.",
        f"Last month's Wegovy fill (Rx {f['rx'][3:]}) cost {fmt_money(cost2)} in total; it was reported on your "
        "previous EOB.",
        "#Your payment stage",
        "You are in the Initial Coverage stage. Your year-to-date out-of-pocket costs count toward the $2,100.00 "
        "annual cap; after that you pay nothing for covered Part D drugs for the rest of the year.",
        "#Is something wrong?",
        f"If a drug was denied or you think this report has a mistake, call {f['ph']}. You can ask for a coverage "
        "determination at any time."], 9.5)
    return pdf_bytes(d)


def build_norecords(f):
    o = f["plan"]
    d = Doc(font="Helvetica")
    d.add_page()
    letterhead(d, o, ["Coverage Determinations Unit", f"Tel {f['ph']}", f"Fax {f['fax']}"])
    d.text_line(d_(f, f["notice"]), 10)
    d.ln(2)
    address_block(d, f["member"], f["addr"])
    d.font(10, "B")
    d.multi_cell(0, 5.2, f"RE: Wegovy (semaglutide) - coverage request {f['case']}\nMember ID {f['mid']}  |  "
                 f"Plan {o['pbp']}  |  DOB {d_(f, f['dob'])}", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    paras(d, [
        "Dear " + f["member"].split()[0] + ",",
        f"On {d_(f, f['received'])} we received a request from {f['pres']} for Wegovy to reduce your risk of "
        "heart attack and stroke. To approve this use we need chart notes showing established cardiovascular "
        f"disease. We faxed the prescriber twice asking for these records (fax {f['fax']}) and did not receive "
        "them within the time Medicare allows for our decision.",
        "Because we did not receive the information needed, we must deny your request. This is not a decision that "
        "Wegovy can never be covered: if your prescriber sends the records, a new request can be made at any time.",
        "#Your appeal rights",
        "You have the right to ask for a redetermination. Your request must be made within 65 days of the date of "
        f"this letter. Call {f['ph']} or write to {o['org']}, Appeals, {o['addr']}. For a fast (72-hour) "
        "decision, your prescriber must say that waiting could seriously harm your health.",
        "Sincerely,", "Pharmacy Clinical Review", o["org"]], 10.5)
    return pdf_bytes(d)


def truth_of(f):
    k, o = f["kind"], f["plan"]
    n = f["notice"]
    c = dict(insurer=o["org"], member_name=f["member"], member_id=f["mid"], denial_date=n.isoformat(),
             plan_id=o["pbp"])
    alt = {"insurer": [o["product"]], "plan_id": [None]}
    d65 = (n + dt.timedelta(days=65)).isoformat()
    if k == "excl":
        return truth("denial_letter", "not_covered", case_numbers=[f["case"]], provider=f["pres"],
                     appeal_deadline=d65, alternates=alt, **c)
    if k == "approve":
        return truth("other", None, case_numbers=[f["case"]], provider=f["pres"],
                     service_dates=[f"{n.isoformat()}/{f['end'].isoformat()}"],
                     alternates={**alt, "service_dates": [[], [n.isoformat()]]}, **c)
    if k == "upheld":
        return truth("denial_letter", "medical_necessity", case_numbers=[f["appeal"], f["case"]],
                     provider=f["pres"], appeal_deadline=f["deadline"].isoformat(),
                     denial_alternates=["not_covered"],
                     alternates={**alt, "case_numbers": [[f["appeal"]]], "appeal_deadline": [None]}, **c)
    if k == "es_excl":
        return truth("denial_letter", "not_covered", lang="es", case_numbers=[f["case"]], provider=f["pres"],
                     appeal_deadline=d65, alternates={**alt, "provider": [f["pres"].replace("Dra. ", "")]}, **c)
    if k == "stack_fax":
        return truth("denial_letter", "medical_necessity", case_numbers=[f["case"]], provider=f["pres"],
                     appeal_deadline=d65, denial_alternates=["not_covered", "prior_authorization"], alternates=alt,
                     **c)
    if k == "stack_pharm":
        return truth("other", None, member_name=f["member"], denial_date=n.isoformat(), provider=f["pres"],
                     unscored=["insurer"], alternates={"provider": [f["pharmacy"]]})
    if k == "eob":
        return truth("eob", None, case_numbers=[f["claim"]], provider=f["pharmacy"], claim_amount=f"{f['cost']:.2f}",
                     service_dates=[f["fill"].isoformat()], type_alternates=["other"],
                     alternates={**alt, "provider": [f["pres"]], "case_numbers": [[f["claim"], f["case"]], []]}, **c)
    if k == "norecords":
        return truth("denial_letter", "other", case_numbers=[f["case"]], provider=f["pres"], appeal_deadline=d65,
                     denial_alternates=["prior_authorization"], alternates=alt, **c)
    raise ValueError(k)


def documents(rng) -> list[Item]:
    items = []
    f = make("excl", 0, "long")
    items.append(Item(f"{FAMILY}_bd_cms10146_weight_loss_excluded", "born_digital", [(build_excl(f), truth_of(f))]))
    f = make("approve", 1, "abbr")
    f["end"] = f["notice"] + dt.timedelta(days=364)
    items.append(Item(f"{FAMILY}_scan300_approval_cv_risk_after_mi", "scan_clean_300",
                      [(build_approve(f), truth_of(f))]))
    f = make("upheld", 2, "slash")
    f["deadline"] = f["notice"] + dt.timedelta(days=60)
    items.append(Item(f"{FAMILY}_lowres_redetermination_no_established_cvd", "scan_lowres_150",
                      [(build_upheld(f), truth_of(f))]))
    f = make("es_excl", 3, "es")
    items.append(Item(f"{FAMILY}_copy_aviso_denegacion_es", "photocopy", [(build_es(f), truth_of(f))]))
    f = make("stack", 4, "dmy")
    fa, fb = dict(f, kind="stack_fax"), dict(f, kind="stack_pharm")
    items.append(Item(f"{FAMILY}_faxfine_stack_prescriber_fax_pharmacy_notice", "fax_fine_g4",
                      [(build_prescriber_fax(fa), truth_of(fa)), (build_pharmacy_notice(fb), truth_of(fb))],
                      separators=["cover", None]))
    f = make("eob", 5, "mdy_nopad")
    items.append(Item(f"{FAMILY}_photo_part_d_eob_wegovy_paid", "phone_photo", [(build_eob(f), truth_of(f))]))
    f = make("norecords", 6, "wlong")
    items.append(Item(f"{FAMILY}_rotated_chart_notes_not_received", "rotated", [(build_norecords(f), truth_of(f))]))
    return items
