"""Family 'stereotactic_radiosurgery_trigeminal_neuralgia_denial': stereotactic radiosurgery (SRS) for trigeminal
neuralgia (61796 cranial lesion, 77371 cobalt-60 treatment delivery, 77432 SRS management) refused before two
medication trials, for the wrong site of care, without prior approval or because the center has no contract with the
plan, then approved or overturned.

Documents: a two-page pre-service letter (key-value RE: block, running header) refusing SRS before trials of
carbamazepine and a second drug; a scanned stack of an uncontracted-provider letter (never saying "network") with its
blank duplex back and the radiosurgery center's statement; a Spanish Medicaid managed care notice of action approving
the treatment only as an outpatient (state fair hearing and continuation limits); an independent review
organization's decision overturning the refusal; a phone photo of a three-claim EOB where only the SRS claim is
refused for no prior approval; a sideways Medicare Advantage reconsideration with a grey sidebar upholding a site of
care refusal; a standard-fax authorization approval in typewriter memo form.

Decoys: DOB, NPIs, dates received, the paid consult and MRI claims, request-received dates, medication start dates,
the center's account number, form numbers, 72-hour, external-review, fair-hearing and 10-day limits. All invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "stereotactic_radiosurgery_trigeminal_neuralgia_denial"
LANG = "en"
SEED = 304600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CENTER = "Harborlight Gamma Knife Center"


class Page(Doc):
    def __init__(self, foot: str | None = None, head: str | None = None, margins=(18, 14, 18), font: str = "DejaVu"):
        super().__init__(font, footer=foot, header=head, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"1-555-{r.digits(3)}-{r.digits(4)}"


def base(r: Rand, lang: str = "en") -> dict:
    member, first, mid, last = r.person(lang)
    dos = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 140))
    return dict(member=member, first=first, last=last, addr=r.address(lang), dos=dos,
                dob=dt.date(r.randint(1946, 1990), r.randint(1, 12), r.randint(1, 28)), npi=r.npi(),
                recv=dos + dt.timedelta(days=r.randint(5, 16)))


def lines(r: Rand) -> list[tuple[str, str, float]]:
    return [("77432", "Stereotactic radiation treatment management", float(r.randint(2100, 2900))),
            ("61796", "Stereotactic radiosurgery, simple cranial lesion", float(r.randint(5200, 7400))),
            ("77371", "Radiation delivery, SRS, multi-source cobalt 60", float(r.randint(14800, 21500)))]


# ------------------------------------------------------------------ 0: two-page pre-service letter
def doc_preservice(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Tidewater Crest Health Insurance Company"
    mid, grp = f"TCH{r.digits(3)}-{r.digits(6)}", f"{r.digits(7)}"
    req = f"UM{r.digits(10)}"
    surgeon = "Ezra M. Holloway, MD"
    notice = f["recv"] + dt.timedelta(days=r.randint(2, 5))
    planned = notice + dt.timedelta(days=r.randint(10, 25))
    d = Page("Tidewater Crest Health  ·  Utilization Management  ·  Page {p} of {n}",
             head=f"RE: {f['member']}  ·  Request {req}  ·  (continued)")
    d.add_page()
    d.text_line("TIDEWATER CREST HEALTH", 16, "B", h=8)
    d.text_line(f"{ins}  ·  Utilization Management  ·  1 Lighthouse Plaza, Bangor, ME 04401", 8.4, h=4.5)
    d.rule(0.6, 6)
    d.text_line(fmt_date(notice, "abbr"), 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(5)
    for k, v in [("RE:", "Prior authorization request - adverse determination"), ("Member:", f["member"]),
                 ("ID No.:", mid), ("Group No.:", grp), ("Request No.:", req), ("Requested by:", surgeon),
                 ("Place of service:", CENTER), ("Requested date:", fmt_date(planned, "abbr")),
                 ("Request received:", fmt_date(f["recv"], "abbr"))]:
        d.font(9.6, "B")
        d.cell(38, 5, k)
        d.font(9.6)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para("Your neurosurgeon asked us to approve Gamma Knife stereotactic radiosurgery (CPT 61796, 77371 and "
           "77432) for right-sided trigeminal neuralgia. After review by a board-certified neurosurgeon, we are "
           "not able to approve this request because it is not medically necessary at this time.", 10.5)
    d.para("Our clinical policy CP-RAD-118 (Stereotactic Radiosurgery) considers radiosurgery for trigeminal "
           "neuralgia medically necessary when pain continues despite adequate trials of at least two "
           "medications, one of them carbamazepine or oxcarbazepine, or when the member cannot tolerate them. The "
           "records sent show a trial of carbamazepine that started 5 weeks ago at a low dose, and no second "
           "medication. Your doctor may send records of a second trial, or of side effects, at any time.", 10.5)
    d.add_page()
    d.text_line("Your right to appeal", 11, "B", h=7)
    d.para("You, your doctor or someone you name may appeal. Send your appeal within 180 days of the date of this "
           "letter to Tidewater Crest Health, Appeals, PO Box 880, Bangor, ME 04401, or fax 1-555-778-0102. If "
           "waiting could seriously jeopardize your health, ask for an expedited appeal; we decide those within "
           "72 hours.", 10.5)
    d.para("If we uphold this decision, you may ask for an external review by an independent review organization "
           "within 4 months of our final decision. You may request free copies of the clinical policy and all "
           "documents used for this decision. You may also contact the Maine Bureau of Insurance consumer "
           "assistance line.", 10.5)
    d.para(f"Peer-to-peer: your doctor may call our reviewer at 1-555-778-0150. Requesting provider NPI "
           f"{f['npi']}. Member date of birth {fmt_date(f['dob'], 'abbr')}.", 9.5)
    d.para("Sincerely,\n\nUtilization Management Department", 10.5)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[req], service_dates=[iso(planned)], denial_date=iso(notice),
              provider=surgeon, appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"insurer": ["Tidewater Crest Health"], "service_dates": [[]]},
              denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 1: stack: uncontracted letter + center statement
def doc_uncontracted(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Orchard Valley Health Plan"
    notice = f["recv"] + dt.timedelta(days=r.randint(10, 18))
    by = notice + dt.timedelta(days=r.randint(180, 200))
    f["notice"] = notice
    d = Page(None, margins=(24, 18, 24))
    d.add_page()
    d.text_line("Orchard Valley", 18, "B", h=8)
    d.text_line("Health Plan", 11, h=6)
    d.text_line(f"Member Claims  ·  PO Box 4410, Lubbock, TX 79401  ·  {ph(r)}", 8.4, h=4.5)
    d.ln(10)
    d.text_line(fmt_date(notice, "slash"), 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Claim {f['claim']}  ·  Member {f['mid']}  ·  Group {f['grp']}", 10, gap=4)
    d.para(f"Dear {f['first']} {f['last']},", 10.5)
    d.para(f"{CENTER} billed us {fmt_money(f['billed'])} for radiosurgery you had there on "
           f"{fmt_date(f['dos'], 'long')}, with {f['onc']} as the treating radiation oncologist.", 10.5)
    d.para(f"We are not paying this claim. {CENTER} has not signed a provider agreement with Orchard Valley "
           "Health Plan and is not on our list of contracted providers. Your plan is an exclusive provider plan: "
           "it pays only for care from doctors and facilities that have an agreement with us, except for "
           "emergencies and for care we approve in advance because no contracted provider can offer it. We did "
           "not receive a request to approve this care in advance, and two contracted centers in your area offer "
           "radiosurgery.", 10.5)
    d.para("The center may bill you for the full charge. If you were told the center had an agreement with us, "
           "or if you were not able to choose where you were treated, tell us in your appeal.", 10.5)
    d.para(f"To appeal, write to Orchard Valley Health Plan, Appeals, at the address above no later than "
           f"{fmt_date(by, 'long')}. An independent external review may be available after our final decision "
           "(4 months). Fast appeals: 72 hours.", 10.5)
    d.para("Member Claims Department\nOrchard Valley Health Plan", 10.5)
    t = truth("denial_letter", "out_of_network", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
              service_dates=[iso(f["dos"])], denial_date=iso(notice), provider=CENTER, appeal_deadline=iso(by),
              alternates={"provider": [f["onc"]]})
    return pdf_bytes(d), t


def doc_center_statement(r: Rand, f: dict) -> tuple[bytes, dict]:
    stmt = f["notice"] + dt.timedelta(days=r.randint(6, 14))
    acct = f"HGK-{r.digits(7)}"
    d = Page(f"{CENTER}  ·  statement {acct}", margins=(14, 12, 14))
    d.add_page()
    d.set_line_width(0.8)
    d.rect(14, 12, 188, 24)
    d.set_line_width(0.2)
    d.set_xy(18, 15)
    d.font(13, "B")
    d.cell(110, 7, CENTER)
    d.font(8.6)
    d.set_xy(18, 23)
    d.cell(110, 4.5, "Radiation Oncology & Radiosurgery · 80 Fenwick Avenue, Duluth, MN 55802")
    d.set_xy(18, 28)
    d.cell(110, 4.5, f"Questions about this bill: {ph(r)}, Mon-Fri 8-4")
    d.set_xy(136, 15)
    d.font(8)
    d.multi_cell(62, 4.3, f"STATEMENT DATE\n{fmt_date(stmt, 'long')}\nACCOUNT NO.\n{acct}")
    d.set_xy(14, 42)
    d.font(9.6)
    d.multi_cell(0, 5, f"Patient: {f['member']}\nPrimary insurance: Orchard Valley Health Plan   Member {f['mid']}"
                       f"   Claim {f['claim']}\nAttending: {f['onc']}", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    rows = [[fmt_date(f["dos"], "slash"), c, ds, fmt_money(a, "nosign")] for c, ds, a in f["lines"]]
    rows.append(["*Total charges", "", "", fmt_money(f["billed"], "nosign")])
    rows.append([fmt_date(f["notice"], "slash"), "", "Insurance: no payment - no provider agreement", "0.00"])
    rows.append(["*Amount you owe", "", "", fmt_money(f["billed"], "nosign")])
    d.table(["Date", "CPT", "Service", "Charge"], rows, [28, 18, 110, 30], size=8.8, aligns="LLLR",
            border_head="TB")
    d.para("Your insurance did not pay because we do not hold a contract with your health plan. Self-pay "
           "patients may qualify for a 35% prompt-pay discount if the balance is paid within 30 days of the "
           "statement date, or for our financial assistance program. Please call us before your account is "
           "placed with a collection agency.", 9)
    t = truth("other", None, group_number=None, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["claim"]], claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=CENTER, unscored=["insurer"],
              alternates={"case_numbers": [[]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"OV{r.digits(9)}", grp=f"{r.letters(3)}{r.digits(4)}", claim=f"{r.digits(5)}-{r.digits(6)}",
             onc="Odette V. Kessler, MD")
    f["lines"] = lines(r)
    f["billed"] = sum(a for _, _, a in f["lines"])
    a = doc_uncontracted(r, f)
    b = doc_center_statement(r, f)
    return Item(f"{FAMILY}_scan_stack", "scan_clean_300", [a, b], separators=["duplex", None])


# ------------------------------------------------------------------ 2: Spanish Medicaid managed care notice of action
def doc_medicaid_es(r: Rand) -> tuple[bytes, dict]:
    f = base(r, "es")
    ins = "Salud Riberas"
    mid = f"{r.digits(9)}"
    case = f"NOA-{r.digits(8)}"
    neuro = "Dr. Arturo S. Montalvo"
    notice = f["recv"] + dt.timedelta(days=r.randint(2, 6))
    planned = notice + dt.timedelta(days=r.randint(8, 20))
    eff = notice + dt.timedelta(days=10)
    d = Page("Salud Riberas  ·  Aviso de acción  ·  SR-NOA-ES 2026  ·  Página {p} de {n}", margins=(18, 14, 18))
    d.add_page()
    d.text_line("SALUD RIBERAS", 16, "B", h=8)
    d.text_line("Plan de atención administrada del Programa Medicaid de Nuevo México", 8.8, h=4.6)
    d.text_line(f"Apartado 1290, Las Cruces, NM 88001  ·  Servicios al afiliado {ph(r)} (TTY 711)", 8.4, h=4.6)
    d.ln(4)
    d.text_line("AVISO DE ACCIÓN", 14, "B", align="C", h=8)
    d.text_line("Determinación adversa de beneficios", 10, align="C", h=5.5)
    d.ln(3)
    d.para(f"Fecha de este aviso: {fmt_date(notice, 'es')}", 10, gap=1)
    d.para(f"Para: {f['member']}, {f['addr'][0]}, {f['addr'][1]}", 10, gap=1)
    d.para(f"Número de identificación de Medicaid: {mid}      Número de caso: {case}", 10, gap=4)
    d.para(f"Salud Riberas revisó la solicitud de su médico, {neuro}, para radiocirugía estereotáctica con "
           f"Gamma Knife (códigos 61796, 77371 y 77432) para la neuralgia del trigémino, programada para el "
           f"{fmt_date(planned, 'es')} con una hospitalización de dos días.", 10)
    d.text_line("Qué decidimos", 11, "B", h=6.5)
    d.para("Aprobamos la radiocirugía, pero NO aprobamos la hospitalización. Negamos la estancia en el hospital "
           "porque este tratamiento se hace de forma ambulatoria: usted llega por la mañana y regresa a casa el "
           "mismo día. Sus expedientes no muestran una razón médica para quedarse en el hospital. La radiocirugía "
           "queda aprobada en el entorno ambulatorio del mismo centro. Esta acción entra en vigor el "
           f"{fmt_date(eff, 'es')}.", 10)
    d.para("Base: 8.308.9.12 NMAC (servicios cubiertos en el entorno menos restrictivo) y 42 CFR 438.210.", 9.4)
    d.text_line("Sus derechos", 11, "B", h=6.5)
    d.para("Si no está de acuerdo, puede pedir una apelación a Salud Riberas dentro de 60 días a partir de la "
           "fecha de este aviso. Puede pedirla por teléfono o por escrito. Si su salud corre peligro, pida una "
           "apelación acelerada; le responderemos en 72 horas.", 10)
    d.para("Después de la apelación, puede pedir una audiencia imparcial estatal dentro de 120 días a partir de "
           "la fecha de la decisión de la apelación. Para seguir recibiendo sus servicios durante la apelación, "
           "pídalo dentro de 10 días. Puede representarse usted mismo o pedir ayuda a un abogado, un familiar u "
           "otra persona. Puede pedir gratis copias de todos los documentos y criterios usados.", 10)
    d.para(f"Fecha de nacimiento del afiliado: {fmt_date(f['dob'], 'es')}. NPI del médico: {f['npi']}.", 8.6)
    t = truth("denial_letter", "level_of_care", lang="es", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[case], service_dates=[iso(planned)], denial_date=iso(notice), provider=neuro,
              appeal_deadline=iso(notice + dt.timedelta(days=60)),
              alternates={"insurer": ["Programa Medicaid de Nuevo México"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 3: IRO decision overturning (fine fax)
def doc_iro(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    iro = "Bellwether Independent Medical Review, LLC"
    plan = "Juniper Sound Health Plan"
    mid = f"JSH{r.digits(8)}"
    iro_case, plan_ref = f"BIMR-26-{r.digits(5)}", f"AP{r.digits(9)}"
    surgeon = "Naomi C. Winslow, MD"
    notice = f["recv"] + dt.timedelta(days=r.randint(30, 44))
    d = Page("Bellwether IMR  ·  external review decision  ·  {p}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("Bellwether Independent Medical Review", 14, "B", h=7)
    d.text_line(f"{iro}  ·  certified independent review organization  ·  Fax {ph(r)}", 8.4, h=4.5)
    d.ln(6)
    d.text_line("NOTICE OF EXTERNAL REVIEW DECISION", 12, "B", h=7)
    d.ln(2)
    d.para(f"Decision date: {fmt_date(notice, 'dmy')}\nIRO case: {iro_case}\nHealth plan: {plan} (plan appeal "
           f"reference {plan_ref})\nEnrollee: {f['member']}, ID {mid}", 10, gap=4)
    d.text_line("Outcome: OVERTURNED", 11.5, "B", h=7)
    d.para(f"The health plan's final denial of stereotactic radiosurgery for trigeminal neuralgia (61796, 77371, "
           f"77432), requested by {surgeon}, is reversed. The plan must approve the treatment.", 10)
    d.text_line("Reviewer's findings", 11, "B", h=6.5)
    d.para("The reviewer is a board-certified neurological surgeon in active practice. The enrollee took "
           "carbamazepine for 9 months and oxcarbazepine for 4 months; both were stopped for low sodium and "
           "dizziness. Baclofen gave partial relief only. These are adequate trials under the plan's own criteria "
           "and under published guidelines. Radiosurgery is an accepted, non-investigational treatment for "
           "medically refractory trigeminal neuralgia. The plan's denial as not medically necessary is not "
           "supported.", 10)
    d.para("This decision is binding on the health plan. The plan must carry it out within 5 business days. The "
           "enrollee's request for review was received on " + fmt_date(f["recv"], "dmy") + ".", 10)
    d.para(f"Enrollee date of birth {fmt_date(f['dob'], 'dmy')}. Copies to: {plan}; {surgeon}.", 8.8)
    t = truth("other", None, insurer=iro, member_id=mid, member_name=f["member"], case_numbers=[iro_case, plan_ref],
              denial_date=iso(notice), provider=surgeon,
              alternates={"insurer": [plan], "case_numbers": [[iro_case]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 4: three-claim EOB, SRS without approval (photo)
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Granite Harbor Health"
    mid, grp = f"GHH {r.digits(4)} {r.digits(4)}", f"{r.digits(3)}{r.letters(1)}{r.digits(2)}"
    stmt = f["recv"] + dt.timedelta(days=r.randint(12, 20))
    lak = "Lakeshore Radiosurgery Institute"
    neuro = "Birchwood Neurology Associates"
    c1, c2, c3 = f"{r.digits(9)}", f"{r.digits(9)}", f"{r.digits(9)}"
    d1 = f["dos"] - dt.timedelta(days=r.randint(30, 50))
    d2 = d1 + dt.timedelta(days=r.randint(5, 12))
    srs = lines(r)
    srs_total = sum(a for _, _, a in srs)
    d = Page(None, margins=(12, 10, 12))
    d.add_page()
    d.text_line("Granite Harbor Health", 15, "B", h=7)
    d.text_line(f"Explanation of Benefits  ·  statement date {fmt_date(stmt, 'iso')}  ·  not a bill", 9, h=5)
    d.ln(2)
    d.font(8.8)
    d.multi_cell(0, 4.6, f"Member: {f['member']}   Member ID: {mid}   Group: {grp}\n"
                         f"PO Box 220, Pueblo, CO 81003  ·  Member services {ph(r)}", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    rows = [[c1, fmt_date(d1, "iso"), neuro, "99204 new patient visit", "410.00", "288.00", "57.60", ""],
            [c2, fmt_date(d2, "iso"), "Pueblo Imaging Partners", "70553 MRI brain w/wo", "2,350.00", "912.00",
             "182.40", ""]]
    first = True
    for code, desc, a in srs:
        rows.append([c3 if first else "", fmt_date(f["dos"], "iso"), lak if first else "", f"{code} {desc[:24]}",
                     fmt_money(a, "nosign"), "0.00", fmt_money(a, "nosign"), "PA7"])
        first = False
    rows.append([f"*Claim {c3} total", "", "", "", fmt_money(srs_total, "nosign"), "0.00",
                 fmt_money(srs_total, "nosign"), ""])
    d.table(["Claim", "Date", "Provider", "Service", "Billed", "Plan paid", "You owe", "Code"], rows,
            [22, 20, 44, 44, 18, 17, 17, 10], size=7.2, aligns="LLLLRRRL", head_fill=True)
    d.text_line("PA7", 9, "B", h=5)
    d.para("Stereotactic radiosurgery needs our approval before treatment. No approval was requested for this "
           "service, so it was denied. The provider may ask for a retrospective review with the medical records.",
           8.6)
    d.para("You can appeal within 180 days of the date of this statement. Write to Granite Harbor Health "
           "Appeals, PO Box 224, Pueblo, CO 81003. External review may be available after the appeal.", 8.6)
    t = truth("eob", "prior_authorization", insurer=ins, group_number=grp, member_id=mid.replace(" ", ""),
              member_name=f["member"], case_numbers=[c3], claim_amount=m2(srs_total), service_dates=[iso(f["dos"])],
              denial_date=iso(stmt), provider=lak, appeal_deadline=iso(stmt + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 5: MA reconsideration, sidebar (rotated)
def doc_ma_recon(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Aspen Meadow Health Plan"
    mbi = f"{r.randint(1, 9)}{r.letters(2)}{r.digits(1)}-{r.letters(2)}{r.digits(1)}-{r.letters(2)}{r.digits(2)}"
    recon, claim = f"RC{r.digits(8)}", f"{r.digits(13)}"
    hosp = "Fairchild Hospital"
    notice = f["dos"] + dt.timedelta(days=r.randint(60, 80))
    billed = float(r.randint(31000, 46000)) + 0.4
    d = Page("Aspen Meadow Medicare Advantage  ·  H4410  ·  Y0091_RECON26  ·  {p}", margins=(64, 16, 16))
    d.add_page()
    d.set_fill_color(220, 220, 220)
    d.rect(10, 10, 48, 250, "F")
    yy = 16
    for k, v in [("Letter date", fmt_date(notice, "long")), ("Enrollee", f["member"]), ("Medicare ID", mbi),
                 ("Reconsideration", recon), ("Claim", claim), ("Hospital", hosp),
                 ("Admitted", fmt_date(f["dos"], "long")),
                 ("Discharged", fmt_date(f["dos"] + dt.timedelta(days=1), "long")),
                 ("Billed", fmt_money(billed)), ("Date of birth", fmt_date(f["dob"], "long"))]:
        d.set_xy(13, yy)
        d.font(7, "B")
        d.cell(44, 3.6, k.upper())
        d.set_xy(13, yy + 3.8)
        d.font(8.8)
        d.multi_cell(43, 4.2, v)
        yy = d.get_y() + 3
    d.set_xy(64, 16)
    d.text_line("Aspen Meadow Medicare Advantage", 15, "B", h=7)
    d.text_line(f"{ins}  ·  Appeals & Grievances  ·  PO Box 515, Pueblo, CO 81003", 8.4, h=4.5)
    d.ln(8)
    d.text_line("Your reconsideration decision", 12, "B", h=7)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"You asked us to reconsider our decision not to pay {hosp} for your two-day hospital stay for "
           "Gamma Knife radiosurgery. We have reviewed all of the information again and we are keeping our "
           "decision. We will not pay the inpatient claim.", 10.5)
    d.para("Radiosurgery for trigeminal neuralgia is an outpatient procedure. Your plan covers it as an outpatient "
           "service at a hospital outpatient department or freestanding center, which we would have approved. "
           "Your records show no complication, monitoring need or other medical reason for an inpatient "
           "admission, so the inpatient level of care was not reasonable and necessary (Evidence of Coverage, "
           "Chapter 4, Section 2.1).", 10.5)
    d.text_line("What happens next", 11, "B", h=6.5)
    d.para("Because we did not decide fully in your favor, we are required to send your case to the Independent "
           "Review Entity (IRE), an outside organization hired by Medicare. We sent it on the date of this "
           "letter. You do not need to do anything; the IRE will write to you. If you disagree with the IRE, you "
           "will have the right to a hearing before an Administrative Law Judge; the IRE's letter will explain "
           "how and when (usually within 60 days of receiving its decision).", 10.5)
    d.para("The hospital may not bill you for the denied stay beyond your usual cost sharing while your appeal is "
           "pending. Questions: 1-555-610-2000 (TTY 711).", 10.5)
    t = truth("denial_letter", "level_of_care", insurer=ins, member_id=mbi, member_name=f["member"],
              case_numbers=[recon, claim], claim_amount=m2(billed),
              service_dates=[iso(f["dos"], f["dos"] + dt.timedelta(days=1))], denial_date=iso(notice), provider=hosp,
              alternates={"insurer": ["Aspen Meadow Medicare Advantage"],
                          "service_dates": [[iso(f["dos"])]]},
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 6: approval, typewriter memo (standard fax)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = base(r)
    ins = "Tidewater Crest Health Insurance Company"
    mid, grp = f"TCH{r.digits(3)}-{r.digits(6)}", f"{r.digits(7)}"
    auth = f"{r.digits(4)} {r.digits(4)} {r.digits(2)}"
    surgeon = "Ezra M. Holloway, MD"
    notice = f["recv"] + dt.timedelta(days=r.randint(1, 3))
    planned = notice + dt.timedelta(days=r.randint(9, 20))
    d = Page(None, margins=(22, 18, 22), font="Courier")
    d.add_page()
    d.text_line("TIDEWATER CREST HEALTH - UTILIZATION MANAGEMENT", 11, "B", h=6)
    d.text_line(f"{ins}", 9.5, h=5)
    d.text_line("AUTHORIZATION NOTICE   *** APPROVED ***", 11, "B", h=8)
    d.ln(3)
    for k, v in [("DATE", fmt_date(notice, "slash")), ("TO", f"{surgeon} / {CENTER}"),
                 ("FAX", "1-555-203-9981"), ("MEMBER", f"{f['member']}   DOB {fmt_date(f['dob'], 'slash')}"),
                 ("ID / GROUP", f"{mid} / {grp}"), ("AUTH NO", auth),
                 ("SERVICE", "61796, 77371, 77432 - SRS, trigeminal neuralgia, outpatient"),
                 ("APPROVED FOR", fmt_date(planned, "slash") + " (valid 60 days)")]:
        d.font(9.6)
        d.cell(34, 5.4, k + ":")
        d.cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para("The request is approved after receipt of records documenting failed trials of carbamazepine and "
           "gabapentin. This approval is not a guarantee of payment; benefits depend on eligibility and plan "
           "terms on the date of service. Deductible and coinsurance apply.", 9.6)
    d.para("Note: an earlier request for the same service was denied. That denial is replaced by this approval.",
           9.6)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[auth.replace(" ", "")], service_dates=[iso(planned)], denial_date=iso(notice),
              provider=surgeon, alternates={"insurer": ["Tidewater Crest Health"], "provider": [CENTER]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_preservice, "preservice_letter", "born_digital"),
              (2, doc_medicaid_es, "medicaid_aviso_es", "photocopy"),
              (3, doc_iro, "iro_overturned", "fax_fine_g4"),
              (4, doc_eob, "three_claim_eob", "phone_photo"),
              (5, doc_ma_recon, "ma_reconsideration", "rotated"),
              (6, doc_approval, "approval_memo", "fax_standard_g4")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
