"""An invented church benefits board's clergy health plan: the Hallowmere Synod Board of Pensions and Benefits runs
the Hallowmere Clergy Health Plan for pastors under appointment, their spouses and children, and retired pastors.
A pastor is covered while appointed at least three-quarter time to a participating congregation or ministry of the
(invented) Hallowmere Synod; the congregation pays the Board a monthly contribution. An approved sabbatical keeps
coverage going as long as the congregation keeps paying; an unpaid leave of more than six months, or an
appointment under three-quarter time, ends it. Retired pastors who have Medicare are in the Medicare Companion
Plan, which pays after Medicare and only on what Medicare has decided. Claims are processed by an (invented)
administrator, Pellsworth Claims Services, Inc., under the Board's name. Every synod, congregation, district,
board, company, clinic, person, number, address, amount and time limit is invented (phones 555); CPT codes and the
Medicare number shape appear as themselves. No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_retiree_statement_running_header_id_only_medicare_first_code_m4: a two-page statement of benefits
  for a retired pastor; his participant number only in the running header (no caption), the Medicare number, a
  statement ID and a group in a box; six claims in a table that breaks over the page with a "continued" strip; a
  dermatology claim refused with code M4 (no Medicare decision on file), explained only in the code list on page 2;
  an example amount in the boilerplate; "within 180 days of the statement date".
- clean300_spouse_claim_appointment_half_time_postmark_date: a two-page letter to a pastor about his wife's
  colonoscopy: coverage ended when his appointment went to half time; page 2 an appointment record table (dates,
  congregations, percentages) and both family members' numbers; an appeal that "must be postmarked by" a date.
- photocopy_precert_dark_tabs_rehab_hospital_skilled_nursing_instead: a precertification decision with captions on
  dark tabs: an inpatient rehabilitation stay after a hip replacement refused, skilled nursing approved instead
  (the nursing home, the surgery date, the 72-hour fast review and the request's receipt date as decoys); "within
  60 days of the date on this notice".
- phone_es_carta_ondas_de_choque_valores_antes_de_rotulos: a photographed Spanish letter to a pastor: shock wave
  therapy for plantar fasciitis refused as experimental; values first with their captions beside them; "dentro de
  180 días a partir de la fecha de esta carta".
- rotated_certificate_sabbatical_coverage_continues: a certificate in a double frame confirming coverage through an
  approved sabbatical (sabbatical dates, council approval date, contribution, travel assistance card number and a
  leave reference as decoys); denies nothing.
- lowres_appeals_committee_minute_travel_vaccines_pilgrimage_upheld: the Benefits Appeals Committee's numbered
  minute upholding the refusal of travel vaccines before a sabbatical pilgrimage (meeting, receipt and original
  denial dates as decoys); a second appeal "within 60 days of the date of this decision".
- finefax_stack_son_mri_no_precert_blank_then_wife_therapy_sideways: a fine-mode fax from a parish office: the
  Board's letter to an imaging center refusing a son's lumbar MRI done without precertification, a blank page,
  then a two-page letter (page 1 turned a quarter) refusing the wife's physical therapy visits after the 12th as not
  medically necessary after a clinical review.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundek_famkc import (KCSheet, dmy, dmy_abbr, es_date, first_last, iso, long, m2, n2, nodash, out, parts,
                               people, phone, plus, slash, surname, tollfree, truth, upper, usd, workday, yy)
from public_kit import digits, mbi

FAMILY = "hallowmere_synod_clergy_health_plan_appointment_leave_sabbatical_and_medicare_secondary_refusals"
LANG = "en"
SEED = 355102
BOARD = "Hallowmere Synod Board of Pensions and Benefits"
BOARD_ALT = ["Hallowmere Synod Board of Pensions", "Hallowmere Clergy Health Plan", "Hallowmere Synod",
             "Board of Pensions and Benefits", "Hallowmere Synod Board of Pensions and Benefits Clergy Health Plan"]
BOARD_ES = "Junta de Pensiones y Beneficios del Sínodo de Hallowmere"
PLAN = "Hallowmere Clergy Health Plan"
TPA = "Pellsworth Claims Services, Inc."
ADDR = "1840 Chancel Avenue, Suite 900, Vespers Landing, MO 63128"


def kin(full, of):
    """The same person's given name and initial with the surname of `of` (a pastor's wife or child)."""
    f, m, _ = parts(full)
    return f"{f} {m}. {surname(of)}"


def pid(rng):
    return f"HSB{digits(rng, 6)}"


def board_head(p, rng, sub="Clergy Health Plan", right=None):
    p.emblem_head(BOARD, f"{PLAN}  |  {sub}", [ADDR, f"Member care {tollfree(rng, '866')}  |  Fax {phone(rng, '314')}"
                                                     "  |  TTY 711"], right=right)


def home(rng):
    street = rng.choice(["Parsonage Ln", "Church St", "Old Mission Rd", "Elm Row", "Bell Tower Ct", "Rectory Dr",
                         "Prairie Chapel Rd", "Linden Ave"])
    town, st, z = rng.choice([("Tullock Prairie", "KS", "66941"), ("Marrow Creek", "NE", "68620"),
                              ("Quarry Bend", "IA", "50571"), ("Saint Loam", "MO", "64473"),
                              ("Cinder Ford", "SD", "57334")])
    return [f"{rng.randint(12, 4880)} {street}", f"{town}, {st} {z}"]


# ---------------------------------------------------------------------------------------------------------------
def born_retiree(rng):
    pat, *docs = people(rng, 7, sexes="M")
    num = pid(rng) + "-00"
    med = mbi(rng)
    sd = workday(dt.date(2026, 4, rng.randint(20, 23)))
    stmt = f"S{digits(rng, 9)}"
    provs = [("Kirkhallow Family Medicine", "99214", "Office visit"),
             ("Sexton Hill Laboratory", "80053", "Metabolic panel"),
             ("Sexton Hill Laboratory", "83036", "Hemoglobin A1c"),
             ("Undercroft Physical Therapy", "97110", "Therapeutic exercise"),
             ("Lychgate Cardiology Associates", "93306", "Echocardiogram"),
             ("Cloisterfield Dermatology", "11102", "Skin biopsy, one lesion"),
             ("Undercroft Physical Therapy", "97110", "Therapeutic exercise"),
             ("Cresset Eye Center", "92014", "Eye exam"),
             ("Undercroft Physical Therapy", "97140", "Manual therapy"),
             ("Lychgate Cardiology Associates", "99213", "Office visit"),
             ("Kirkhallow Family Medicine", "G0439", "Annual wellness visit"),
             ("Undercroft Physical Therapy", "97110", "Therapeutic exercise")]
    REF = 5
    rows, tot = [], [0.0] * 6
    ref = None
    for i, (prov, code, svc) in enumerate(provs):
        d = dt.date(2026, rng.choice([2, 3]), rng.randint(2, 27))
        cl = f"26{rng.randint(100, 365):03d}{digits(rng, 6)}"
        billed = round(rng.randint(95, 1450) + rng.randint(0, 99) / 100, 2)
        if i == REF:
            billed = round(rng.randint(410, 690) + rng.randint(0, 99) / 100, 2)
        if i == REF:
            mapp = mpaid = paid = 0.0
            owe = billed
            code_ = "M4"
            ref = dict(prov=prov, d=d, cl=cl, billed=billed)
        else:
            mapp = round(billed * rng.uniform(0.38, 0.55), 2)
            mpaid = round(mapp * 0.8, 2)
            paid = round(mapp - mpaid, 2)
            owe = 0.0
            code_ = "C1"
        vals = [billed, mapp, mpaid, paid, owe]
        for k, v in enumerate(vals):
            tot[k] += v
        rows.append([cl, f"{prov}", yy(d), f"{code} {svc}", n2(billed), n2(mapp), n2(mpaid), n2(paid), n2(owe),
                     code_])
    rev = f"The Rev. {pat}"
    p = KCSheet(footer="Page {n} of {nb}", footer_left=f"HSB-MC 12 (01/2026)  |  Statement ID {stmt}",
                every=f"{rev}   \u00b7   {num}   \u00b7   Medicare Companion Plan")
    p.set_margins(14, 14, 14)
    p.add_page()
    board_head(p, rng, "Medicare Companion Plan for retired clergy")
    W = p.w - p.l_margin - p.r_margin
    p.title_bar("STATEMENT OF BENEFITS", f"Claims processed by {TPA} for the Board  |  This is not a bill")
    y0 = p.get_y() + 1
    p.set_xy(p.l_margin, y0)
    for ln in [rev, *home(rng)]:
        p.line(ln, 9.8)
    yk = p.kv_box([("Statement date", long(sd)), ("Claims processed", f"{slash(plus(sd, -30))} - {slash(sd)}"),
                   ("Group", "RET-0400"), ("Medicare number", med)], p.l_margin + W * 0.5, y0, W * 0.5, cap_w=34,
                  size=8.8)
    p.set_xy(p.l_margin, max(p.get_y(), yk) + 3)
    p.para("Medicare pays first for you. The Medicare Companion Plan pays after Medicare, on the amount Medicare "
           "approved. Each claim below shows what Medicare did and what the Plan did. The letters in the last column "
           "are explained on page 2.", 8.8)
    widths = [22, 36, 16, 26, 16, 16, 16, 14, 14, 0]
    widths[-1] = W - sum(widths)
    head = ["Claim", "Provider", "Date", "Service", "Billed", "Medicare approved", "Medicare paid", "Plan paid",
            "You owe", "Note"]
    al = ["L", "L", "L", "L", "R", "R", "R", "R", "R", "C"]
    y_ = p.money_box("So far in 2026", [("Medicare Part B deductible", "$283.00 of $283.00 met"),
                                        ("Plan paid for you this year", usd(round(tot[3] + 412.16, 2))),
                                        ("You owe on this statement", usd(round(tot[4], 2)))], w=W * 0.55, size=8.6,
                     bold_last=False)
    p.set_xy(p.l_margin, y_ + 4)
    p.wrap_table(head, rows[:10], widths, size=7.0, aligns=al)
    p.carry("claims continue on page 2")
    p.add_page()
    p.wrap_table(head, rows[10:] + [["", "", "", "Totals", n2(tot[0]), n2(tot[1]), n2(tot[2]), n2(tot[3]),
                                    n2(tot[4]), ""]], widths, size=7.0, aligns=al, bold_last=True)
    p.glossary("Notes", [
        ("C1", "The Plan paid the part of the Medicare-approved amount that Medicare did not pay (coinsurance)."),
        ("C2", "Applied to your Medicare Part B deductible; the Plan paid it."),
        ("M4", "Not paid. Medicare must decide this claim before the Plan can. We have no Medicare Summary Notice or "
               "Medicare payment for it. Ask the provider to bill Medicare, or send us your Medicare Summary Notice "
               "for this date, and we will look at the claim again."),
        ("M9", "Medicare denied this service and the Plan does not cover it either.")], size=7.8)
    p.heading("How the Plan figures its payment", 9.6)
    p.para("For example, if Medicare approves $100.00 for a visit and pays $80.00 after your deductible is met, the "
           "Plan pays the other $20.00 and you owe nothing. The Plan does not pay more than Medicare approved.", 8.6)
    p.heading("Questions and appeals", 9.6)
    p.para("If you think a claim on this statement was handled wrongly, call Member Care first. You may appeal in "
           "writing within 180 days of the statement date; send a copy of this statement with your letter to the "
           f"Board's Appeals Unit, {ADDR}. The Plan's decision on an appeal can be reviewed once more by the "
           "Board's Benefits Appeals Committee.", 8.6)
    t = truth("eob", "other", insurer=BOARD, group="RET-0400", member_id=num, member_name=pat, cases=[ref["cl"]],
              claim_amount=m2(ref["billed"]), service_dates=[iso(ref["d"])], denial_date=iso(sd),
              provider=ref["prov"], appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": BOARD_ALT + [TPA], "group_number": [None]})
    return out(p), t


def clean_appointment(rng):
    pastor, wife, gi, officer = people(rng, 4, sexes="MFXX")
    wife = kin(wife, pastor)
    base = pid(rng)
    n0, n1 = base + "-00", base + "-01"
    ld = workday(dt.date(2026, 4, rng.randint(6, 9)))
    by = plus(ld, 180)
    dos = dt.date(2026, 2, rng.randint(10, 26))
    cl = f"26{rng.randint(30, 90):03d}{digits(rng, 6)}"
    billed = round(rng.randint(2650, 3400) + rng.choice([0.0, 0.5, 0.75]), 2)
    recv = plus(dos, rng.randint(10, 20))
    roster = f"R-{digits(rng, 5)}"
    cong = "Emmaus Road Hallowmere Church, Tullock Prairie"
    p = KCSheet(serif=True, footer="Page {n} of {nb}",
                ids_foot=f"{pastor}  |  {n0}  |  Claim {cl}  |  Letter date {yy(ld)}")
    p.set_margins(20, 16, 20)
    p.add_page()
    board_head(p, rng, "Eligibility and Enrollment")
    W = p.w - p.l_margin - p.r_margin
    p.line(long(ld), 10.2)
    p.ln(2)
    for ln in [f"The Rev. {pastor}", *home(rng)]:
        p.line(ln, 10.2)
    p.ln(3)
    p.subject(f"Claim for {first_last(wife)}, {PLAN}")
    p.para(f"Dear Pastor {surname(pastor)}:", 10.2)
    p.para(f"We received a claim from Tullock Prairie Gastroenterology for a colonoscopy your wife, "
           f"{first_last(wife)}, had on {long(dos)}. The charges were {usd(billed)}. We are not able to pay this "
           "claim, because on that date neither you nor your family was covered by the Plan.", 10.2)
    p.para("The Plan covers a pastor who is appointed at least three-quarter time to a participating congregation "
           "or ministry of the Synod, and that pastor's spouse and children. The appointment record the Synod's "
           "district office sent us shows that your appointment to "
           f"{cong} changed from full time to one-half time on January 1, 2026 (page 2). With a half-time appointment "
           "you stopped being eligible at the end of December 2025, and your congregation's contribution for you "
           "ended with it.", 10.2)
    p.para("In January we mailed you a notice that you could keep the coverage by paying the full contribution "
           "yourself. We have no record that you chose to do so.", 10.2)
    p.heading("If you disagree", 11)
    p.para("If the appointment record is wrong, or you did elect to continue coverage, you may appeal. Write to the "
           f"Appeals Unit at the address above. Your appeal must be postmarked by {long(by)}. Include this letter "
           "and any papers from your district superintendent about the appointment.", 10.2)
    p.signoff(["In Christ's service,", officer, "Eligibility and Enrollment"], 10)
    p.add_page()
    p.heading("Your appointment record, as reported by the district office", 11, rule=True)
    p.table(["From", "To", "Congregation or ministry", "Appointment", "Plan status"],
            [["07/01/2019", "06/30/2023", "Bethel Hallowmere Church, Cinder Ford", "Full time", "Covered"],
             ["07/01/2023", "12/31/2025", cong, "Full time", "Covered"],
             ["01/01/2026", "", cong, "One-half time (50%)", "Not eligible"]],
            [W * 0.12, W * 0.12, W * 0.42, W * 0.2, W * 0.14], size=8.0)
    p.heading("The claim", 11, rule=True)
    p.boxed_pairs([("Patient", f"{wife} (spouse)"), ("Patient's member no.", n1),
                   ("Participant", f"{pastor} (member no. {n0})"), ("Claim no.", cl),
                   ("Provider", "Tullock Prairie Gastroenterology"), ("Doctor", f"{gi}, MD"),
                   ("Date of service", slash(dos)), ("Received", slash(recv)), ("Charges", usd(billed)),
                   ("Clergy roster no.", roster)], label_w=52, size=9.2)
    p.para("Coverage ended: 12/31/2025.  Continuation notice mailed: 01/09/2026.", 9.4)
    t = truth("denial_letter", "eligibility", insurer=BOARD, member_id=n1, member_name=wife, cases=[cl],
              claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(ld),
              provider="Tullock Prairie Gastroenterology", appeal_deadline=iso(by),
              alternates={"insurer": BOARD_ALT, "member_id": [n0], "provider": [gi]})
    return out(p), t


def photocopy_precert(rng):
    pat, surgeon, cm, md = people(rng, 4, sexes="F")
    num = pid(rng) + "-00"
    nd = workday(dt.date(2026, 3, rng.randint(16, 19)))
    surg = plus(nd, -rng.randint(2, 4))
    adm = plus(nd, 1)
    recv = plus(nd, -1)
    ref = f"PC-26-{digits(rng, 6)}"
    IRF = "Ashgrove Rehabilitation Hospital"
    SNF = "Thornhollow Care Center"
    p = KCSheet(footer="Page {n} of {nb}", footer_left="HSB-UM 4 (rev. 09/2025)")
    p.set_margins(16, 14, 16)
    p.add_page()
    board_head(p, rng, "Care Management", right=["PRECERTIFICATION DECISION", f"Reference {ref}"])
    W = p.w - p.l_margin - p.r_margin
    p.tabs([[("NOTICE DATE", dmy(nd), W * 0.4), ("REFERENCE", ref, W * 0.6)],
            [("MEMBER", f"The Rev. {pat}", W * 0.6), ("MEMBER NO.", num, W * 0.4)],
            [("GROUP", "ACT-0270", W * 0.3), ("PLAN CODE", "ACP-2", W * 0.3), ("RECEIVED", dmy(recv), W * 0.4)],
            [("REQUESTED BY", IRF, W * 0.62), ("PHONE", phone(rng, "816"), W * 0.38)],
            [("SERVICE ASKED FOR", "Inpatient rehabilitation admission", W * 0.62),
             ("PLANNED", dmy(adm), W * 0.38)]], size=9.2, cap=7.0, h=7.0)
    p.ln(2)
    p.para(f"Dear Pastor {surname(pat)},", 10)
    p.para(f"On {dmy(recv)} {IRF} asked us to approve an inpatient rehabilitation stay for you beginning "
           f"{dmy(adm)}, after your right hip replacement by {surgeon}, MD, on {dmy(surg)}. We have decided that "
           "the Plan will not cover the stay at a rehabilitation hospital.", 10)
    p.heading("Why", 10.6)
    p.para("An inpatient rehabilitation hospital is for patients who need and can take part in at least three hours "
           "of therapy a day, five days a week, with a doctor's close oversight. The records from your surgeon and "
           "the hospital therapists say you are walking 60 feet with a walker, need help with stairs, and tire after "
           "about an hour of therapy. Your needs can be met safely in a skilled nursing facility, where therapy is "
           "given at a lower intensity.", 10)
    p.heading("What we approved instead", 10.6)
    p.para(f"We approved up to 14 days at a skilled nursing facility, {SNF}, from {dmy(adm)}; your case manager, "
           f"{cm}, RN, will call {IRF} and the hospital's discharge planner to arrange it. After that, home "
           "health or outpatient therapy can continue.", 10)
    p.heading("Your right to appeal", 10.6)
    p.para("You, your doctor or someone you name may appeal within 60 days of the date on this notice. If waiting "
           "could seriously harm your health, ask for a fast appeal; we decide fast appeals within 72 hours. Call "
           "Member Care or write to the Appeals Unit.", 10)
    p.signers([md, "Medical Director"], [cm + ", RN", "Care Manager"])
    t = truth("denial_letter", "level_of_care", insurer=BOARD, plan_id="ACP-2", group="ACT-0270", member_id=num,
              member_name=pat, cases=[ref], service_dates=[iso(adm)], denial_date=iso(nd), provider=IRF,
              appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": BOARD_ALT, "plan_id": [None], "provider": [surgeon]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def phone_es(rng):
    pat, pod = people(rng, 2, es=True, sexes="FM")
    num = pid(rng) + "-00"
    ld = workday(dt.date(2026, 5, rng.randint(11, 14)))
    d1 = dt.date(2026, 4, rng.randint(6, 10))
    d2 = plus(d1, 7)
    cl = f"26{rng.randint(100, 130):03d}{digits(rng, 6)}"
    fee = rng.choice([415.0, 440.0, 398.0])
    billed = round(fee * 2, 2)
    PROV = "Sandy Vale Foot & Ankle Clinic"
    p = KCSheet(footer="Página {n} de {nb}", footer_left="HSB-ES 7 (rev. 02/2026)")
    p.set_margins(18, 15, 18)
    p.add_page()
    p.emblem_head(BOARD, f"{BOARD_ES}  |  Plan de Salud para el Clero",
                  [ADDR, f"Atención a miembros {tollfree(rng, '866')}  |  Se habla español"])
    W = p.w - p.l_margin - p.r_margin
    p.line(es_date(ld), 10.4)
    p.ln(2)
    for ln in [f"Rvda. {pat}", *home(rng)]:
        p.line(ln, 10.4)
    p.ln(3)
    p.rpairs([(num, "número de miembro"), ("ACT-0115", "grupo"), (cl, "número de reclamación"),
              (PROV, "proveedor"), (f"{d1.day}/{d1.month}/{d1.year} y {d2.day}/{d2.month}/{d2.year}",
                                    "fechas de servicio"), (usd(billed), "total facturado")], val_w=92, size=10)
    p.subject("Su reclamación por terapia de ondas de choque")
    p.para(f"Estimada pastora {parts(pat)[2]}:", 10.4)
    p.para(f"Recibimos la reclamación de {PROV} por dos sesiones de terapia de ondas de choque extracorpóreas "
           f"(código 28890) para la fascitis plantar de su pie izquierdo, hechas por el Dr. {pod}. El plan no puede "
           "pagar estas sesiones.", 10.4)
    p.para("El plan no cubre tratamientos que todavía se consideran experimentales o en investigación. Los estudios "
           "publicados no muestran de forma clara que las ondas de choque den mejores resultados que el reposo, "
           "los estiramientos, las plantillas y las inyecciones para la fascitis plantar. Por eso las políticas "
           "médicas del plan las tratan como experimentales.", 10.4)
    p.para("Si su médico cree que hay información que no tuvimos en cuenta, puede enviarla con su apelación. Si "
           "mantenemos la decisión después de la apelación, usted puede pedir una revisión externa dentro de cuatro "
           "meses a partir de nuestra respuesta.", 10.4)
    p.para("Usted puede apelar esta decisión dentro de 180 días a partir de la fecha de esta carta. Envíe su carta "
           "a la Unidad de Apelaciones a la dirección de arriba, con cualquier nota de su médico. Si prefiere recibir "
           "cartas en inglés, llámenos.", 10.4)
    p.signoff(["Atentamente,", "Unidad de Reclamaciones"], 10.2)
    t = truth("denial_letter", "experimental", insurer=BOARD, group="ACT-0115", member_id=num, member_name=pat,
              cases=[cl], claim_amount=m2(billed), service_dates=[iso(d1), iso(d2)], denial_date=iso(ld),
              provider=PROV, appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": BOARD_ALT + [BOARD_ES], "provider": [pod]})
    return out(p), t


def rotated_certificate(rng):
    pat, dean, bo = people(rng, 3, sexes="X")
    num = pid(rng) + "-00"
    ld = workday(dt.date(2026, 4, rng.randint(27, 30)))
    s0 = dt.date(2026, 6, 1)
    s1 = dt.date(2026, 8, 31)
    council = plus(ld, -rng.randint(12, 20))
    leave = f"SAB-26-{digits(rng, 4)}"
    card = f"TA {digits(rng, 4)} {digits(rng, 4)}"
    contrib = rng.choice([1842.0, 1796.5, 1915.0])
    p = KCSheet(serif=True, footer=None)
    p.set_margins(26, 22, 26)
    p.add_page()
    p.frame()
    board_head(p, rng, "Eligibility and Enrollment")
    W = p.w - p.l_margin - p.r_margin
    p.ln(4)
    p.set_font("Serif", "B", 19)
    p.cell(W, 10, "Certificate of Continued Coverage", align="C", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Serif", "", 10.5)
    p.cell(W, 6, "during an approved sabbatical leave", align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.set_font("Serif", "", 11)
    p.multi_cell(W, 6.2, f"This certifies that the Reverend {pat}, member no. {num}, and the family members enrolled "
                         f"with the Reverend remain covered by the {PLAN} during the sabbatical leave described "
                         "below, as long as the congregation's monthly contribution continues to be paid.",
                 align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(5)
    p.table(["Sabbatical begins", "Sabbatical ends", "Approved by the district council", "Leave reference"],
            [[long(s0), long(s1), long(council), leave]], [W * 0.24, W * 0.24, W * 0.3, W * 0.22], size=9.2)
    p.leaders([("Congregation", "Saint Loam Hallowmere Church"), ("Monthly contribution", usd(contrib)),
               ("Contribution paid through", "April 2026"), ("Travel assistance card", card),
               ("Travel assistance, from abroad (collect)", "+1 314 555 0148")], size=9.6, w=W)
    p.ln(2)
    p.set_font("Serif", "", 9.6)
    p.multi_cell(W, 5, "Care received outside the United States during the sabbatical is covered as in-network "
                       "care when the travel assistance service arranges it. This certificate is not a claim "
                       "decision, and no claim has been denied. Keep it with your passport.",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(8)
    p.signers([bo, "Benefits Officer"], [dean, "District Dean"], lead=f"Issued {long(ld)}")
    t = truth("other", None, insurer=BOARD, member_id=num, member_name=pat, denial_date=iso(ld),
              alternates={"insurer": BOARD_ALT, "case_numbers": [[leave]]})
    return out(p), t


def lowres_minute(rng):
    pat, clin, chair, sec = people(rng, 4)
    num = pid(rng) + "-00"
    md = workday(dt.date(2026, 5, rng.randint(18, 21)))
    meet = plus(md, -rng.randint(3, 6))
    v1 = dt.date(2026, 2, rng.randint(2, 12))
    v2 = plus(v1, 28)
    orig = plus(v2, rng.randint(16, 24))
    apr = plus(orig, rng.randint(10, 20))
    cl = f"26{rng.randint(60, 99):03d}{digits(rng, 6)}"
    app = f"AP-{digits(rng, 5)}"
    lines = [("90717", "Yellow fever vaccine", 212.0), ("90691", "Typhoid vaccine, injectable", 124.5),
             ("90738", "Japanese encephalitis vaccine (dose 1)", 348.0),
             ("90738", "Japanese encephalitis vaccine (dose 2)", 348.0), ("99202", "Travel consultation", 165.0)]
    billed = round(sum(x[2] for x in lines), 2)
    CLINIC = "Pilgrim Road Travel Medicine"
    p = KCSheet(serif=True, footer="Page {n} of {nb}", footer_left=f"Benefits Appeals Committee  |  Appeal {app}")
    p.set_margins(20, 16, 20)
    p.add_page()
    board_head(p, rng, "Benefits Appeals Committee")
    W = p.w - p.l_margin - p.r_margin
    p.set_font("Serif", "B", 13)
    p.cell(W, 7, "MINUTE OF DECISION ON APPEAL", align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.pairs([("Appeal no.", app), ("Claim no.", cl), ("Appellant", f"The Rev. {pat}, member no. {num}"),
             ("Provider", CLINIC), ("Amount in dispute", usd(billed)), ("Date of this decision", upper(md))],
            label_w=46, size=9.8)
    p.ln(2)
    p.numbered([
        f"The Committee met on {long(meet)} and considered the appeal received on {long(apr)} from the decision of "
        f"{long(orig)} refusing the claim above.",
        f"The claim is for travel vaccines and a travel consultation at {CLINIC} on {long(v1)} and {long(v2)}, "
        f"given by {clin}, NP, before a three-week pilgrimage the Appellant made during an approved sabbatical.",
        "The Appellant argues that the pilgrimage was part of the sabbatical plan the district council approved, "
        "so the vaccines were needed for ministry and should be covered.",
        "Section 7.4 of the Plan lists immunizations for travel outside the United States among services the Plan "
        "does not cover, whatever the purpose of the travel. An approved sabbatical keeps the pastor's coverage in "
        "force; it does not add benefits the Plan does not have.",
        "The Committee therefore upholds the decision. The claim remains unpaid.",
        "The Appellant may ask the Board's Trustees for a second and final review within 60 days of the date of this "
        "decision. A request for external review by an independent reviewer may be made within four months, but "
        "only for a decision that turns on medical judgement, which this one does not."], size=9.8)
    p.table(["Date", "Code", "Service", "Billed"],
            [[slash(v1 if i < 3 or i == 4 else v2), c, s, usd(b)] for i, (c, s, b) in enumerate(lines)] +
            [["", "", "Total", usd(billed)]], [W * 0.16, W * 0.12, W * 0.54, W * 0.18], size=8.8,
            aligns=["L", "L", "L", "R"], bold_last=True)
    p.signers([chair, "Chair"], [sec, "Secretary to the Committee"])
    t = truth("denial_letter", "not_covered", insurer=BOARD, member_id=num, member_name=pat, cases=[app, cl],
              claim_amount=m2(billed), service_dates=[iso(v1), iso(v2)], denial_date=iso(md), provider=CLINIC,
              appeal_deadline=iso(plus(md, 60)),
              alternates={"insurer": BOARD_ALT, "provider": [clin], "case_numbers": [[app], [cl]]})
    return out(p), t


def finefax_stack(rng):
    pastor, wife, son, radiol, pt, rev_md, clerk = people(rng, 7, sexes="MFM")
    wife, son = kin(wife, pastor), kin(son, pastor)
    base = pid(rng)
    n0, n1, n2_ = base + "-00", base + "-01", base + "-02"
    fx = f"FROM: TULLOCK PRAIRIE PARISH OFFICE  {phone(rng, '785')}"
    # a: the son's MRI, letter to the imaging center
    la = workday(dt.date(2026, 5, rng.randint(4, 7)))
    mri = dt.date(2026, 4, rng.randint(6, 17))
    cl_a = f"26{rng.randint(100, 130):03d}{digits(rng, 6)}"
    amt_a = round(rng.randint(1890, 2460) + 0.4, 2)
    IMG = "Vespers Landing Imaging"
    a = KCSheet(footer="Page {n} of {nb}", footer_left="HSB-PR 3 (rev. 09/2025)",
                fax_hdr=f"{dmy_abbr(plus(la, 6))} 09:1{rng.randint(0, 9)}  {fx}  P.{{n}}")
    a.set_margins(18, 15, 18)
    a.add_page()
    board_head(a, rng, "Provider Relations")
    W = a.w - a.l_margin - a.r_margin
    a.line(long(la), 10.4)
    a.ln(2)
    for ln in [IMG, "Business Office", "77 Founders Way", "Vespers Landing, MO 63131"]:
        a.line(ln, 10.4)
    a.ln(3)
    a.memo([("RE", f"{son}, member no. {n2_}"), ("CLAIM", cl_a), ("SERVICE", f"MRI lumbar spine (72148), {slash(mri)}"),
            ("BILLED", usd(amt_a)), ("CC", f"The Rev. {pastor} (participant {n0})")], size=10, cap_w=24)
    a.para("The Plan requires precertification before a non-emergency MRI. Our records show no request for this "
           f"scan, which {radiol}, MD, read. Because it was not precertified, the claim is denied, and under your "
           "network agreement the member may not be billed for it.", 10.4)
    a.para("If you believe a request was made, or the scan was urgent, send the request confirmation or the "
           "ordering notes with a written appeal within 180 days of the date of this letter.", 10.4)
    a.signoff(["Provider Relations", clerk], 10)
    ta = truth("denial_letter", "prior_authorization", insurer=BOARD, member_id=n2_, member_name=son, cases=[cl_a],
               claim_amount=m2(amt_a), service_dates=[iso(mri)], denial_date=iso(la), provider=IMG,
               appeal_deadline=iso(plus(la, 180)),
               alternates={"insurer": BOARD_ALT, "provider": [radiol]})
    # b: the wife's physical therapy after visit 12
    lb = workday(plus(la, -rng.randint(2, 5)))
    first_v = dt.date(2026, 2, rng.randint(2, 6))
    refused = [dt.date(2026, 4, d) for d in (rng.randint(1, 3), rng.randint(8, 10), rng.randint(14, 16),
                                            rng.randint(21, 23))]
    fee = rng.choice([148.0, 156.0, 162.0])
    amt_b = round(fee * 4, 2)
    cl_b = f"26{rng.randint(100, 130):03d}{digits(rng, 6)}"
    rv = f"CR-{digits(rng, 6)}"
    PT = "Fallow Rock Physical Therapy"
    b = KCSheet(footer="Page {n} of {nb}", footer_left="HSB-CR 9 (rev. 09/2025)",
                fax_hdr=f"{dmy_abbr(plus(la, 6))} 09:2{rng.randint(0, 9)}  {fx}  P.{{n}}")
    b.set_margins(18, 15, 18)
    b.add_page()
    board_head(b, rng, "Care Management")
    W = b.w - b.l_margin - b.r_margin
    b.line(long(lb), 10.4)
    b.ln(2)
    for ln in [f"Mrs. {wife}", *home(rng)]:
        b.line(ln, 10.4)
    b.ln(3)
    b.idstrip([("Member no.", n1), ("Review no.", rv), ("Claim no.", cl_b)], size=9.6)
    b.subject("Physical therapy after your 12th visit")
    b.para(f"Dear Mrs. {surname(wife)}: {PT} has treated your right shoulder since {long(first_v)}. A physical "
           f"therapist on our clinical staff and {rev_md}, MD, reviewed the therapy notes for the visits listed "
           "below, sent with the claim. The Plan will not pay for them.", 10.4)
    b.table(["Visit", "Date", "Service", "Billed"],
            [[str(13 + i), slash(d), "97110, 97140", usd(fee)] for i, d in enumerate(refused)] +
            [["", "", "Total", usd(amt_b)]], [W * 0.12, W * 0.22, W * 0.44, W * 0.22], size=9.6,
            aligns=["L", "L", "L", "R"], bold_last=True)
    b.para("The notes show that by your 12th visit you had full range of motion and strength within normal limits, "
           "and that later visits repeated the same home exercises. Therapy that keeps up a level already reached "
           "can be done safely at home, so these visits were not medically necessary.", 10.4)
    b.add_page()
    b.heading("Your right to appeal", 11)
    b.para("You may appeal within 180 days of the date of this letter. You can ask for the therapy notes and the "
           "reviewer's criteria free of charge. If we uphold the decision, you may ask for an external review by an "
           "independent reviewer within four months of our answer.", 10.4)
    b.para(f"You may also call Member Care at {tollfree(rng, '866')} to ask for a conversation between your "
           "therapist and our reviewer.", 10.4)
    b.signoff(["Sincerely,", "Care Management"], 10)
    tb = truth("denial_letter", "medical_necessity", insurer=BOARD, member_id=n1, member_name=wife,
               cases=[rv, cl_b], claim_amount=m2(amt_b), service_dates=[iso(d) for d in refused],
               denial_date=iso(lb), provider=PT, appeal_deadline=iso(plus(lb, 180)),
               alternates={"insurer": BOARD_ALT, "case_numbers": [[cl_b], [rv]]})
    return [(out(a), ta), (out(b), tb)]


# ---------------------------------------------------------------------------------------------------------------
def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_retiree_statement_running_header_id_only_medicare_first_code_m4", "born_digital",
             [born_retiree(rng)]),
        Item(F + "clean300_spouse_claim_appointment_half_time_postmark_date", "scan_clean_300",
             [clean_appointment(rng)]),
        Item(F + "photocopy_precert_dark_tabs_rehab_hospital_skilled_nursing_instead", "photocopy",
             [photocopy_precert(rng)]),
        Item(F + "phone_es_carta_ondas_de_choque_valores_antes_de_rotulos", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_certificate_sabbatical_coverage_continues", "rotated", [rotated_certificate(rng)]),
        Item(F + "lowres_appeals_committee_minute_travel_vaccines_pilgrimage_upheld", "scan_lowres_150",
             [lowres_minute(rng)]),
    ]
    items.append(Item(F + "finefax_stack_son_mri_no_precert_blank_then_wife_therapy_sideways", "fax_fine_g4",
                      finefax_stack(rng), separators=["blank", None], turns={(1, 0): 90}))
    return items
