"""Family 'vermont_medicaid_green_mountain_care_notice_of_decision': Vermont Medicaid (Green Mountain Care,
Department of Vermont Health Access) notices of decision on a service, mirrored for structure and wording only:
an internal appeal within 60 days of the date of the notice, a fair hearing with the Human Services Board within
120 days of the appeal decision, continued benefits if asked within 11 days. Everything else is fictional: people,
IDs, providers, amounts; phones use 555.

Documents: a born-digital notice with a label column under a white-on-dark band (outpatient MRI not medically
necessary); a fine-fax notice told only in sentences with a fax header line (personal care hours reduced); a phone
photo of a member claims summary with three claims, one denied (no prior authorization); a sideways appeal decision
overturning a denial (denies nothing); a 150 dpi Spanish notice (adult dental over the annual limit); a photocopied
two-page appeal decision upholding a denial (sidebar, running header, Human Services Board only); a scanned stack
of a boxed-grid notice (inpatient rehabilitation refused, skilled nursing instead), its duplex back and the
physiatrist's letter to the department fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_rounddc_famdcb import Page, addr, band, fd, fee, letterhead, lv, paras, pat, plus, sidebar, usd, wtable

FAMILY = "vermont_medicaid_green_mountain_care_notice_of_decision"
LANG = "en"
SEED = 350101
ORG = "Department of Vermont Health Access"
PROG = "Green Mountain Care"
ORG_ADDR = "280 State Drive, NOB 1 South, Waterbury, VT 05671"
MEMBERS = ["Temperance L. Whitcomb", "Horace B. Ellery", "Marigold S. Fenwright", "Ansel P. Drury",
           "Clementine R. Hobart", "Lucius M. Trowbridge", "Verity A. Castleton"]
MEMBER_ES = "Graciela E. Montesinos"
DOCS = ["Dr. Philomena Ashdown", "Dr. Cornelius Wrayburn", "Dr. Sabine Holbrook", "Dr. Ignatius Pell"]
TOWNS = ["Rutland, VT 05701", "Barre, VT 05641", "St. Albans, VT 05478", "Brattleboro, VT 05301",
         "Bennington, VT 05201", "Newport, VT 05855", "Middlebury, VT 05753", "Morrisville, VT 05661"]


def base(r, k, es=False):
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 150))
    return dict(notice=notice, member=MEMBER_ES if es else MEMBERS[k],
                addr=[f"{r.randint(10, 980)} {r.choice(['Maple Hill Road', 'Pearl Street', 'River Road', 'Elm Street'])}",
                      TOWNS[k]],
                mid=pat(r, "999999999"), dob=dt.date(r.randint(1950, 2012), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def rights(basis="within 60 days of the date of this notice"):
    return [
        "#How to appeal this decision",
        f"If you disagree with this decision, you can ask for an appeal {basis}. Call Green Mountain Care Member "
        f"Services at 1-555-250-8427 or write to DVHA Appeals, {ORG_ADDR}. You may appeal by phone or in writing. "
        "A doctor or someone else you choose may appeal for you with your written permission.",
        "#Fast (expedited) appeals",
        "If waiting for a decision could seriously harm your life or health, ask for an expedited appeal. We will "
        "decide an expedited appeal within 72 hours.",
        "#Continuing your benefits",
        "If this decision reduces or stops a service you are getting now, you can keep getting it during the appeal "
        "if you ask within 11 days of the date of this notice. If you lose the appeal, you may have to pay for the "
        "services you got while the appeal was pending.",
        "#Fair hearing",
        "If we do not decide in your favor, you can ask for a fair hearing with the Human Services Board within 120 "
        "days of the date of the appeal decision. You must finish the internal appeal first.",
        "The Office of the Health Care Advocate can help you for free: 1-555-917-7787. You can get free copies of "
        "the rules and criteria we used. Free language help: 1-555-250-8427 (TTY 711)."]


def doc_bd_mri(r):
    f = base(r, 0)
    ref = "PA" + pat(r, "99999999")
    planned = plus(f["notice"], r.randint(6, 15))
    got = plus(f["notice"], -r.randint(2, 6))
    prov = DOCS[0]
    d = Page(footer=f"{PROG}  |  {ORG}  |  Page {{p}} of {{n}}")
    d.add_page()
    band(d, PROG, f"{ORG}  -  {ORG_ADDR}")
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("NOTICE OF DECISION: SERVICE DENIED", 12.5, "B")
    d.ln(1)
    lv(d, [("Member:", f["member"]), ("Medicaid ID:", f["mid"]), ("Date of birth:", fd(f["dob"], "slash")),
           ("Prior authorization no.:", ref), ("Requested by:", prov), ("Provider NPI:", f["npi"]),
           ("Request received:", fd(got, "slash")),
           ("Service:", "MRI brain with and without contrast (70553)"),
           ("Date of service requested:", fd(planned, "slash"))], w=54, size=9.3)
    paras(d, [
        f"Dear {f['member']}:",
        "We reviewed your doctor's request for the service above and we have denied it. The records show "
        "headaches for two months with a normal neurological exam and no warning signs such as new weakness, "
        "vision loss or seizures. Under the imaging guideline we use, an MRI is not medically necessary at this "
        "time. Your doctor may send a new request if your symptoms change.",
        "This decision is based on Health Care Administrative Rule 4.106 (medical necessity) and Medicaid Covered "
        "Services Rule 7102."], size=9.3)
    paras(d, rights(), size=8.8)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[ref], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=prov, appeal_deadline=plus(f["notice"], 60).isoformat(), alternates={"insurer": [PROG]})
    return pdf_bytes(d), t


def doc_fax_personal_care(r):
    f = base(r, 1)
    ref = pat(r, "9999-99999")
    eff = plus(f["notice"], 14)
    agency = "Northeast Kingdom Home Care Services"
    line = f"{fd(f['notice'], 'short')} 10:{r.randint(10, 59)}  FROM: DVHA CLINICAL OPS  FAX 1-555-241-0260  PAGE {{p}}"
    d = Page(serif=True, faxline=line, footer=f"{PROG} - {ORG}")
    d.add_page()
    letterhead(d, ORG, ["Clinical Operations Unit", ORG_ADDR, "Phone 1-555-250-8427"])
    d.text_line(fd(f["notice"], "dmy"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']}:",
        f"We are writing about request number {ref}, sent by {agency}, to keep your personal care services at 30 "
        f"hours a week. We decided to approve 21 hours a week starting {fd(eff, 'long')}.",
        "A nurse reviewed your new assessment. You now bathe and dress with standby help only, and your meals are "
        "delivered. The other 9 hours a week are not medically necessary for you.",
        f"Your Medicaid ID is {f['mid']}. You can appeal within 60 days of the date of this notice by calling "
        f"1-555-250-8427 or writing to DVHA Appeals, {ORG_ADDR}. To keep getting 30 hours while you appeal, you "
        "must ask within 11 days of the date of this notice. An expedited appeal is decided within 72 hours. After "
        "the appeal, you may ask the Human Services Board for a fair hearing within 120 days of the appeal decision.",
        "Sincerely,", "Clinical Operations Unit", ORG], size=10)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[ref], service_dates=[eff.isoformat()], denial_date=f["notice"].isoformat(),
              provider=agency, appeal_deadline=plus(f["notice"], 60).isoformat(),
              denial_alternates=["level_of_care"], alternates={"service_dates": [[]], "insurer": [PROG]})
    return pdf_bytes(d), t


def doc_photo_claims(r):
    f = base(r, 2)
    stmt = f["notice"]
    c = [pat(r, "99999999999") for _ in range(3)]
    s = [plus(stmt, -r.randint(20, 70)) for _ in range(3)]
    a = [fee(r, 110, 280), fee(r, 1200, 2900), fee(r, 60, 190)]
    pt = "Green Mountain Physical Therapy"
    d = Page(footer=f"{PROG}  -  Member Claims Summary  -  This is not a bill")
    d.add_page()
    band(d, PROG, f"{ORG}  |  Member Claims Summary")
    lv(d, [("Statement date", fd(stmt, "upper")), ("Member", f["member"]), ("Medicaid ID", f["mid"]),
           ("Claims processed", f"{fd(plus(stmt, -31), 'slash')} - {fd(plus(stmt, -1), 'slash')}")], w=40, size=9.4)
    rows = [[c[0], fd(s[0], "slash"), DOCS[1], "Office visit", usd(a[0]), "Paid", ""],
            [c[1], fd(s[1], "slash"), pt, "PT visits x 8", usd(a[1]), "Denied", "PA1"],
            [c[2], fd(s[2], "slash"), "Copley Laboratory", "Blood test", usd(a[2]), "Paid", ""]]
    wtable(d, ["Claim number", "Date of service", "Provider", "Service", "Amount billed", "Claim status",
               "Reason code"], rows, [30, 22, 46, 26, 22, 16, 16], size=8)
    paras(d, [
        f"PA1 - Claim {c[1]} was denied because these therapy visits needed prior authorization and none was on "
        "file. As a Medicaid member you do not have to pay this bill.",
        "If you disagree, you can appeal within 60 days of the date of this statement by calling 1-555-250-8427. "
        "A fair hearing with the Human Services Board may be requested within 120 days of the appeal decision."],
          size=9)
    t = truth("eob", "prior_authorization", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[c[1]], claim_amount=f"{a[1]:.2f}", service_dates=[s[1].isoformat()],
              denial_date=stmt.isoformat(), provider=pt, appeal_deadline=plus(stmt, 60).isoformat(),
              alternates={"insurer": [PROG]})
    return pdf_bytes(d), t


def doc_rotated_overturned(r):
    f = base(r, 3)
    ref = "APL-" + pat(r, "999999")
    orig = "PA" + pat(r, "99999999")
    svc = plus(f["notice"], r.randint(7, 21))
    prov = DOCS[2]
    d = Page(footer=f"{PROG} - {ORG}")
    d.add_page()
    letterhead(d, ORG, ["Member Appeals", ORG_ADDR, "1-555-250-8427  TTY 711"], centred=True)
    d.text_line(fd(f["notice"], "iso"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("Notice of Appeal Decision - Approved", 12, "B")
    d.ln(1)
    lv(d, [("Appeal number", ref), ("Original request", orig), ("Medicaid ID", f["mid"]), ("Provider", prov),
           ("Service", "Continuous glucose monitor and sensors (E2103, A4239)")], w=46, size=9.4)
    paras(d, [
        f"Dear {f['member']}:",
        "You appealed our decision to deny a continuous glucose monitor. A doctor who did not make the first "
        "decision reviewed your appeal, your glucose logs and your doctor's letter. We have changed our decision. "
        f"The monitor and sensors are approved starting {fd(svc, 'long')}. We have told your pharmacy.",
        "You do not need to do anything else. Questions? Call Member Services at 1-555-250-8427."], size=9.8)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[ref, orig],
              service_dates=[svc.isoformat()], denial_date=f["notice"].isoformat(), provider=prov,
              unscored=["appeal_deadline"], alternates={"insurer": [PROG]})
    return pdf_bytes(d), t


def doc_es_dental(r):
    f = base(r, 4, es=True)
    ref = pat(r, "99999999")
    svc = plus(f["notice"], r.randint(8, 20))
    prov = "Dra. Inmaculada Restrepo"
    amt = fee(r, 1400, 2600)
    d = Page(footer=f"{PROG}  -  {ORG}")
    d.add_page()
    band(d, PROG, f"{ORG}  -  Aviso de decisión")
    d.text_line(fd(f["notice"], "es"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    lv(d, [("Nombre del miembro:", f["member"]), ("Número de Medicaid:", f["mid"]),
           ("Número de solicitud:", ref), ("Dentista:", prov),
           ("Servicio:", "Corona de porcelana, diente 14 (D2740)"), ("Fecha programada:", fd(svc, "es")),
           ("Monto solicitado:", usd(amt))], w=55, size=9.4)
    paras(d, [
        f"Estimada {f['member']}:",
        "Hemos negado el servicio indicado arriba. Los servicios dentales para adultos de Medicaid tienen un límite "
        "anual de beneficios. Usted ya ha usado el límite de este año calendario, por eso este servicio no está "
        "cubierto. Regla de Servicios Cubiertos de Medicaid 4.104.",
        "#Su derecho a apelar",
        "Puede pedir una apelación dentro de los 60 días a partir de la fecha de este aviso. Llame al "
        "1-555-250-8427 o escriba a " + ORG_ADDR + ". Una apelación rápida se decide en 72 horas. Si quiere "
        "seguir recibiendo un servicio durante la apelación, pídalo dentro de 11 días. Después de la apelación "
        "puede pedir una audiencia imparcial ante la Junta de Servicios Humanos (Human Services Board) dentro de "
        "los 120 días de la fecha de la decisión de la apelación."], size=9.6)
    t = truth("denial_letter", "not_covered", lang="es", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[ref], service_dates=[svc.isoformat()], denial_date=f["notice"].isoformat(),
              provider=prov, appeal_deadline=plus(f["notice"], 60).isoformat(), claim_amount=f"{amt:.2f}",
              alternates={"insurer": [PROG], "claim_amount": [None], "provider": ["Inmaculada Restrepo"]})
    return pdf_bytes(d), t


def doc_copy_upheld(r):
    f = base(r, 5)
    ref = "APL-" + pat(r, "999999")
    orig = "PA" + pat(r, "99999999")
    svc = plus(f["notice"], r.randint(10, 30))
    prov = DOCS[3]
    d = Page(footer=f"{PROG}  |  {ORG}  |  Page {{p}} of {{n}}",
             header=f"{f['member']}  -  Appeal {ref}  -  page 2")
    d.add_page()
    letterhead(d, ORG, ["Member Appeals", ORG_ADDR, "Fax 1-555-241-0288"])
    d.text_line(fd(f["notice"], "abbr"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    top, bot = sidebar(d, [("Appeal number", ref), ("Prior authorization", orig), ("Medicaid ID", f["mid"]),
                           ("Appeal received", fd(plus(f["notice"], -21), "slash")), ("Treating provider", prov)])
    d.set_xy(70, top)
    d.font(12, "B")
    d.multi_cell(0, 6, "NOTICE OF APPEAL DECISION: DENIAL UPHELD", new_x="LMARGIN", new_y="NEXT")
    d.set_x(70)
    d.font(9.6)
    d.multi_cell(0, 4.8, f"Dear {f['member']}: We received your appeal of our decision to deny a bilateral "
                 "upper eyelid surgery (blepharoplasty, 15823). An ophthalmologist who did not make the first "
                 "decision reviewed your records and photographs.", new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), bot) + 4)
    paras(d, [
        "#Our decision",
        "We uphold the denial. Your visual field test with the eyelids taped up improved by less than the amount "
        "our criteria require, so the surgery is cosmetic and not medically necessary.",
        f"The surgery was scheduled for {fd(svc, 'long')}. Your surgeon may send a new request with new tests."],
          size=9.6)
    d.add_page()
    paras(d, [
        "#Fair hearing with the Human Services Board",
        "You have finished the internal appeal. You can ask for a fair hearing with the Human Services Board within "
        "120 days of the date of this appeal decision. Write to the Human Services Board, 14-16 Baldwin Street, "
        "Montpelier, VT 05633, or call 1-555-828-2536.",
        "If this decision stops a service you were getting, you may keep it during the hearing if you ask within "
        "11 days of the date of this letter.",
        "You may bring a lawyer, friend or relative to speak for you. Free legal help: Office of the Health Care "
        "Advocate, 1-555-917-7787.",
        "Sincerely,", "Member Appeals", ORG], size=9.6)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[ref, orig], service_dates=[svc.isoformat()], denial_date=f["notice"].isoformat(),
              provider=prov, appeal_deadline=None, alternates={"insurer": [PROG]},
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


def stack_rehab(r):
    f = base(r, 6)
    ref = "PA" + pat(r, "99999999")
    planned = plus(f["notice"], r.randint(1, 4))
    prov = "Dr. Reginald Upham"
    hosp = "Champlain Valley Rehabilitation Hospital"
    d = Page(footer=f"{PROG}  -  {ORG}  -  Page {{p}} of {{n}}", header=f"Notice of Decision  {ref}")
    d.add_page()
    letterhead(d, ORG, ["Utilization Management", ORG_ADDR, "1-555-250-8427"])
    d.text_line("NOTICE OF DECISION", 12, "B")
    d.ln(2)
    d.boxes([("Notice date", fd(f["notice"], "slash"), 40), ("Member", f["member"], 66),
             ("Medicaid ID", f["mid"], 38), ("Date of birth", fd(f["dob"], "slash"), 30)])
    d.boxes([("Request number", ref, 40), ("Requesting physician", prov, 66), ("Facility", hosp, 68)])
    d.boxes([("Service", "Acute inpatient rehabilitation admission", 106),
             ("Requested admission", fd(planned, "slash"), 68)])
    d.ln(4)
    paras(d, [
        "We denied this admission to an inpatient rehabilitation hospital. After your hip surgery you can take part "
        "in about one hour of therapy a day. Acute inpatient rehabilitation requires three hours a day, five days "
        "a week. Your care can be given safely in a skilled nursing facility, which we approve instead.",
        *rights()], size=9.1)
    t1 = truth("denial_letter", "level_of_care", insurer=ORG, member_id=f["mid"], member_name=f["member"],
               case_numbers=[ref], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
               provider=prov, appeal_deadline=plus(f["notice"], 60).isoformat(),
               alternates={"provider": [hosp], "insurer": [PROG]})
    lt = plus(f["notice"], r.randint(2, 6))
    e = Page(serif=True)
    e.add_page()
    letterhead(e, "Otter Valley Orthopedic & Rehabilitation Medicine", ["41 Merchants Row, Rutland, VT 05701",
                                                                     "Tel 1-555-773-4410  Fax 1-555-773-4411"])
    e.text_line(fd(lt, "long"), 10)
    e.ln(2)
    addr(e, ["DVHA Appeals", ORG_ADDR])
    e.text_line(f"Re: {f['member']}, Medicaid ID {f['mid']}, request {ref}", 10, "B")
    e.ln(2)
    paras(e, [
        "To the appeals reviewer:",
        "I am asking you to reconsider this denial. My patient was walking independently before her fall and "
        "her therapy tolerance has improved every day since surgery; yesterday she completed two and a half hours. "
        "She also has diabetes that needs daily physician oversight, which a nursing facility cannot provide. I ask "
        "that the inpatient rehabilitation admission be approved.",
        "Sincerely,", prov, "Physical Medicine and Rehabilitation"], size=10)
    t2 = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[ref],
               denial_date=lt.isoformat(), provider=prov, unscored=["insurer", "appeal_deadline", "service_dates"])
    return [(pdf_bytes(d), t1), (pdf_bytes(e), t2)], ["duplex", None]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_rehab(r(6))
    return [
        Item(f"{FAMILY}_bd_brain_mri_label_column", "born_digital", [doc_bd_mri(r(0))]),
        Item(f"{FAMILY}_faxfine_personal_care_hours_prose", "fax_fine_g4", [doc_fax_personal_care(r(1))]),
        Item(f"{FAMILY}_photo_claims_summary_pt_no_pa", "phone_photo", [doc_photo_claims(r(2))]),
        Item(f"{FAMILY}_rotated_appeal_approved_cgm", "rotated", [doc_rotated_overturned(r(3))]),
        Item(f"{FAMILY}_lowres_aviso_es_dental_limite", "scan_lowres_150", [doc_es_dental(r(4))]),
        Item(f"{FAMILY}_copy_two_page_appeal_upheld_eyelid", "photocopy", [doc_copy_upheld(r(5))]),
        Item(f"{FAMILY}_scan300_stack_rehab_notice_and_physiatrist_letter", "scan_clean_300", docs,
             separators=seps, turns={(1, 0): 180}),
    ]
