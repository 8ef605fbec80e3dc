"""Family 'delaware_diamond_state_health_plan_mco_notice': an invented managed care organization in Delaware's
Diamond State Health Plan (Medicaid) sending notices of adverse benefit determination, mirrored for structure only:
appeal to the plan within 60 days of the notice, a State Fair Hearing within 120 days of the appeal decision,
continued benefits if asked within 10 days. Everything is fictional; phones use 555.

Documents: a born-digital notice with a label column (MRI not medically necessary); a standard-fax notice told only
in sentences (private duty nursing hours reduced); a phone photo of a claims summary with three claims, one denied
(out-of-network lab); a sideways appeal decision overturning a denial (denies nothing); a 150 dpi Spanish notice
(no prior authorization); a photocopied two-page appeal decision upholding a denial (running header, sidebar);
a scanned stack of a notice (boxed label grid) and a doctor's letter to the plan, blank separator, a page upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_rounddb_famdbf import Page, addr, band, fd, fee, letterhead, lv, paras, pat, ph, plus, sidebar, usd, wtable

FAMILY = "delaware_diamond_state_health_plan_mco_notice"
LANG = "en"
SEED = 349905
ORG = "Tidewater Crest Health Plan of Delaware"
ORG_SHORT = "Tidewater Crest"
ORG_ADDR = "PO Box 70418, Dover, DE 19903"
MEMBERS = ["Rosalind T. Garvey", "Emmett J. Hartsfield", "Corinne A. Bellweather", "Dashiell K. Morrow",
           "Philippa N. Stroud", "Augustin R. Lathrop", "Wilhelmina C. Pryce", "Barnaby L. Ostrander"]
MEMBER_ES = "Yesenia M. Castellanos"
DOCS = ["Dr. Octavia Pennington", "Dr. Lucian Ferreira", "Dr. Henrietta Voss", "Dr. Ambrose Kettleby"]


def base(r, k, es=False):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 140))
    return dict(notice=notice, member=MEMBER_ES if es else MEMBERS[k],
                addr=[f"{r.randint(100, 9800)} Cedar Neck Road", "Milford, DE 19963"],
                mid=pat(r, "99999999") + pat(r, "99"), plan="DSHP-" + pat(r, "9999"), phone=ph(r),
                dob=dt.date(r.randint(1960, 2015), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def rights(basis="within 60 days from the date on this notice"):
    return [
        "#Your right to appeal",
        f"If you do not agree with this decision, you may ask {ORG_SHORT} for an appeal {basis}. You may call "
        f"Member Services at 1-555-407-2210 or write to {ORG_SHORT} Appeals, {ORG_ADDR}. If you call, you do not "
        "have to send a letter. Your doctor may appeal for you with your written consent.",
        "#Fast appeals",
        "If you or your doctor believe waiting 30 days could seriously harm your health, ask for a fast (expedited) "
        "appeal. We will decide a fast appeal within 72 hours.",
        "#Continuing your services",
        "If this notice stops or reduces a service you already get, you may keep getting it during your appeal if "
        "you ask within 10 days of the date of this notice or before the change takes effect, whichever is later. "
        "If you lose the appeal, you may have to pay for the services you got during the appeal.",
        "#State Fair Hearing",
        "If we uphold our decision, you may ask for a State Fair Hearing with the Delaware Division of Medicaid and "
        "Medical Assistance within 120 days of the date of our appeal decision letter. You must finish the plan's "
        "appeal process first.",
        "You may get free copies of all documents and criteria used to make this decision. Free help in other "
        "languages and formats is available at 1-555-407-2210 (TTY 711)."]


def doc_bd_mri(r):
    f = base(r, 0)
    ref = "AUTH-" + pat(r, "99999999")
    planned = plus(f["notice"], r.randint(5, 14))
    got = plus(f["notice"], -r.randint(2, 5))
    prov = DOCS[0]
    d = Page(footer=f"{ORG}  -  Diamond State Health Plan  -  Page {{p}} of {{n}}")
    d.add_page()
    band(d, ORG, f"A Diamond State Health Plan managed care organization  |  {ORG_ADDR}")
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B")
    d.ln(1)
    lv(d, [("Member name:", f["member"]), ("Member ID:", f["mid"]), ("Plan:", f"Diamond State Health Plan  {f['plan']}"),
           ("Date of birth:", fd(f["dob"], "slash")), ("Authorization number:", ref),
           ("Requesting provider:", prov), ("Provider NPI:", f["npi"]), ("Date request received:", fd(got, "slash")),
           ("Service requested:", "MRI lumbar spine without contrast (72148)"),
           ("Planned date of service:", fd(planned, "slash"))], w=52, size=9.3)
    paras(d, [
        f"Dear {f['member']}:",
        "We have denied the service listed above. Our physician reviewer looked at the records your doctor sent. "
        "You have had low back pain for three weeks with no weakness, numbness or loss of bladder control, and you "
        "have not yet tried six weeks of physical therapy or other care. An MRI is not medically necessary at this "
        "time under the criteria we use (InterQual Imaging, lumbar spine).",
        "This decision was made under 42 CFR 438.210 and your Member Handbook, section 6."], size=9.4)
    paras(d, rights(), size=8.9)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, plan_id=f["plan"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[ref], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prov, appeal_deadline=plus(f["notice"], 60).isoformat())
    return pdf_bytes(d), t


def doc_fax_nursing_prose(r):
    f = base(r, 1)
    ref = pat(r, "99-9999999")
    eff = plus(f["notice"], 12)
    agency = "Brandywine Valley Home Nursing"
    line = f"{fd(f['notice'], 'short')} 14:{r.randint(10, 59)}  FROM: {ORG_SHORT.upper()} UM  FAX 1-555-407-2299  P.{{p}}"
    d = Page(serif=True, faxline=line, footer=ORG)
    d.add_page()
    letterhead(d, ORG, ["Utilization Management", ORG_ADDR, "Phone 1-555-407-2210"])
    d.text_line(fd(f["notice"], "abbr"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']}:",
        f"This letter is about request {ref} from {agency} to continue private duty nursing in your home. You now "
        f"receive 56 hours a week. Starting {fd(eff, 'abbr')}, we will approve 40 hours a week instead.",
        "Our nurse reviewer and a physician looked at your care plan and nursing notes from the last 60 days. You "
        "no longer need suctioning at night and your tube feedings are now given by your family during the day. "
        "The extra 16 hours a week are not medically necessary for your care.",
        f"Your member ID is {f['mid']}. You may appeal this decision within 60 days from the date on this notice "
        f"by calling 1-555-407-2210 or writing to {ORG_SHORT} Appeals, {ORG_ADDR}. If you want to keep getting 56 "
        "hours while you appeal, you must ask within 10 days of the date of this notice. A fast appeal is decided "
        "within 72 hours. If we uphold the decision, you may ask for a State Fair Hearing within 120 days of our "
        "appeal decision.",
        "Sincerely,", "Utilization Management Department", ORG], size=10)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[ref], service_dates=[eff.isoformat()], denial_date=f["notice"].isoformat(),
              provider=agency, appeal_deadline=plus(f["notice"], 60).isoformat(),
              denial_alternates=["level_of_care"], alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


def doc_photo_claims_summary(r):
    f = base(r, 2)
    stmt = f["notice"]
    c = [pat(r, "9999999999") for _ in range(3)]
    s = [plus(stmt, -r.randint(20, 60)) for _ in range(3)]
    a = [fee(r, 90, 260), fee(r, 310, 720), fee(r, 120, 300)]
    lab = "Coastal Reference Laboratory LLC"
    d = Page(footer=f"{ORG}  |  Member Claims Summary")
    d.add_page()
    band(d, ORG, "Member Claims Summary  -  This is not a bill")
    lv(d, [("Statement date", fd(stmt, "upper")), ("Member", f["member"]), ("Member ID", f["mid"]),
           ("Plan", f["plan"]), ("Period processed", f"{fd(plus(stmt, -30), 'slash')} - {fd(plus(stmt, -1), 'slash')}")],
       w=40, size=9.4)
    rows = [[c[0], fd(s[0], "slash"), DOCS[1], "Office visit", usd(a[0]), "Paid", ""],
            [c[1], fd(s[1], "slash"), lab, "Genetic panel", usd(a[1]), "Denied", "N7"],
            [c[2], fd(s[2], "slash"), "Kent Bayside Imaging", "X-ray chest", usd(a[2]), "Paid", ""]]
    wtable(d, ["Claim number", "Date of service", "Provider", "Service", "Amount billed", "Claim status",
               "Remark code"], rows, [28, 22, 44, 26, 22, 18, 16], size=8)
    paras(d, [
        f"N7 - Claim {c[1]} was denied. {lab} is not in the {ORG_SHORT} network and no out-of-network approval was "
        "on file. You are not responsible for this charge as a Medicaid member.",
        "If you disagree with a denied claim, you may appeal within 60 days from the date of this statement. Call "
        "1-555-407-2210. A State Fair Hearing may be requested within 120 days of our appeal decision."], size=9)
    t = truth("eob", "out_of_network", insurer=ORG, plan_id=f["plan"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[c[1]], claim_amount=f"{a[1]:.2f}", service_dates=[s[1].isoformat()],
              denial_date=stmt.isoformat(), provider=lab, appeal_deadline=plus(stmt, 60).isoformat())
    return pdf_bytes(d), t


def doc_rotated_overturned(r):
    f = base(r, 3)
    ref = "APL-" + pat(r, "9999999")
    orig = "AUTH-" + pat(r, "99999999")
    svc = plus(f["notice"], r.randint(7, 20))
    prov = DOCS[2]
    d = Page(footer=f"{ORG}")
    d.add_page()
    letterhead(d, ORG, ["Appeals and Grievances", ORG_ADDR, "1-555-407-2210  TTY 711"], centred=True)
    d.text_line(fd(f["notice"], "iso"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("Notice of Appeal Resolution - Decision Overturned", 12, "B")
    d.ln(1)
    lv(d, [("Appeal number", ref), ("Original authorization", orig), ("Member ID", f["mid"]),
           ("Provider", prov), ("Service", "Continuous positive airway pressure device (E0601)")], w=46, size=9.4)
    paras(d, [
        f"Dear {f['member']}:",
        "You asked us to review our decision to deny a CPAP machine. A physician who was not part of the first "
        "decision reviewed your appeal and your sleep study. We have reversed our decision. The CPAP device is "
        f"approved for use starting {fd(svc, 'long')}. Your supplier has been told.",
        "You do not need to do anything else. If you have questions call Member Services at 1-555-407-2210."],
          size=9.8)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[ref, orig],
              service_dates=[svc.isoformat()], denial_date=f["notice"].isoformat(), provider=prov,
              unscored=["appeal_deadline"])
    return pdf_bytes(d), t


def doc_es_prior_auth(r):
    f = base(r, 4, es=True)
    ref = pat(r, "9999999")
    svc = plus(f["notice"], -r.randint(10, 25))
    prov = "Dr. Esteban Quiñones"
    d = Page(footer=f"{ORG}  -  Plan de Salud Diamond State")
    d.add_page()
    band(d, ORG, "Aviso de determinación adversa de beneficios")
    d.text_line(fd(f["notice"], "es"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    lv(d, [("Nombre del miembro:", f["member"]), ("Número de identificación:", f["mid"]),
           ("Número de referencia:", ref), ("Proveedor:", prov),
           ("Servicio:", "Fisioterapia, 12 sesiones"), ("Fecha del servicio:", fd(svc, "es"))], w=55, size=9.4)
    paras(d, [
        f"Estimado/a {f['member']}:",
        "Hemos negado el servicio indicado arriba. Este servicio necesita autorización previa del plan antes de "
        "recibirlo y no recibimos una solicitud de su proveedor.",
        "#Su derecho a apelar",
        "Puede pedir una apelación dentro de los 60 días a partir de la fecha de este aviso. Llame al "
        "1-555-407-2210 o escriba a " + ORG_ADDR + ". Una apelación rápida se decide en 72 horas. Si quiere seguir "
        "recibiendo el servicio durante la apelación, pídalo dentro de 10 días. Si mantenemos la decisión, puede "
        "pedir una Audiencia Imparcial Estatal dentro de los 120 días de la fecha de nuestra decisión."], size=9.6)
    t = truth("denial_letter", "prior_authorization", lang="es", insurer=ORG, member_id=f["mid"],
              member_name=f["member"], case_numbers=[ref], service_dates=[svc.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prov, appeal_deadline=plus(f["notice"], 60).isoformat())
    return pdf_bytes(d), t


def doc_copy_upheld(r):
    f = base(r, 5)
    ref = "APL-" + pat(r, "9999999")
    orig = "AUTH-" + pat(r, "99999999")
    svc = plus(f["notice"], r.randint(10, 30))
    prov = DOCS[3]
    d = Page(footer=f"{ORG}  |  Page {{p}} of {{n}}",
             header=f"{f['member']}  -  Appeal {ref}  -  continued")
    d.add_page()
    letterhead(d, ORG, ["Appeals and Grievances Unit", ORG_ADDR, "Fax 1-555-407-2288"])
    d.text_line(fd(f["notice"], "dmy"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    top, bot = sidebar(d, [("Appeal number", ref), ("Prior authorization", orig), ("Member ID", f["mid"]),
                           ("Plan", f["plan"]), ("Date appeal received", fd(plus(f["notice"], -25), "slash")),
                           ("Treating provider", prov)])
    d.set_xy(70, top)
    d.font(12, "B")
    d.multi_cell(0, 6, "NOTICE OF APPEAL RESOLUTION: DECISION UPHELD", new_x="LMARGIN", new_y="NEXT")
    d.set_x(70)
    d.font(9.6)
    d.multi_cell(0, 4.8, f"Dear {f['member']}: We received your appeal of our decision to deny bariatric surgery "
                 "(laparoscopic sleeve gastrectomy). A board-certified surgeon who did not make the first decision "
                 "reviewed your file.", new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), bot) + 4)
    paras(d, [
        "#Decision",
        "We uphold our denial. Our criteria require six months of a supervised weight-loss program in the 12 months "
        "before surgery. Your records show three months. The surgery is not medically necessary until this is met.",
        f"The surgery was planned for {fd(svc, 'long')}. Your surgeon may send a new request when the program is "
        "complete."], size=9.6)
    d.add_page()
    paras(d, [
        "#What you can do next: State Fair Hearing",
        "You have finished the plan's appeal process. You may ask for a State Fair Hearing with the Delaware "
        "Division of Medicaid and Medical Assistance within 120 days from the date of this letter. Write to the "
        "Fair Hearing Unit, PO Box 906, New Castle, DE 19720, or call 1-555-255-9500.",
        "If you were getting a service that this decision stops, you may keep it during the hearing if you ask "
        "within 10 days of the date of this letter.",
        "You may have someone, such as a lawyer, friend or relative, speak for you at the hearing. Free legal help "
        "may be available; call 1-555-478-8850.",
        "Sincerely,", "Appeals and Grievances Unit", ORG], size=9.6)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, plan_id=f["plan"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[ref, orig], service_dates=[svc.isoformat()],
              denial_date=f["notice"].isoformat(), provider=prov, appeal_deadline=None)
    return pdf_bytes(d), t


def stack_notice_and_letter(r):
    f = base(r, 6)
    ref = "AUTH-" + pat(r, "99999999")
    planned = plus(f["notice"], r.randint(4, 12))
    prov = "Dr. Marguerite Ellsworth"
    dme = "First State Mobility Supply"
    d = Page(footer=f"{ORG}  -  Page {{p}} of {{n}}", header=f"NABD  {ref}")
    d.add_page()
    letterhead(d, ORG, ["Utilization Management", ORG_ADDR, "1-555-407-2210"])
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12, "B")
    d.ln(2)
    d.boxes([("Notice date", fd(f["notice"], "slash"), 40), ("Member", f["member"], 66),
             ("Member ID", f["mid"], 38), ("Plan", f["plan"], 30)])
    d.boxes([("Reference", ref, 40), ("Ordering provider", prov, 66), ("Supplier", dme, 68)])
    d.boxes([("Item", "Power wheelchair, group 2 (K0823)", 106), ("Requested delivery", fd(planned, "slash"), 68)])
    d.ln(4)
    paras(d, [
        "We denied this request. Your mobility evaluation shows you can safely use a manual wheelchair in your home "
        "with a caregiver's help. A power wheelchair is not medically necessary under our criteria.",
        *rights()], size=9.2)
    t1 = truth("denial_letter", "medical_necessity", insurer=ORG, plan_id=f["plan"], member_id=f["mid"],
               member_name=f["member"], case_numbers=[ref], service_dates=[planned.isoformat()],
               denial_date=f["notice"].isoformat(), provider=prov, appeal_deadline=plus(f["notice"], 60).isoformat(),
               alternates={"provider": [dme]})
    lt = plus(f["notice"], r.randint(3, 8))
    e = Page(serif=True)
    e.add_page()
    letterhead(e, "Seaford Physical Medicine Associates", ["118 Nanticoke Ave, Seaford, DE 19973",
                                                          "Phone 1-555-629-3301  Fax 1-555-629-3302"])
    e.text_line(fd(lt, "long"), 10)
    e.ln(2)
    addr(e, [f"{ORG_SHORT} Appeals", ORG_ADDR])
    e.text_line(f"Re: {f['member']}, Member ID {f['mid']}, reference {ref}", 10, "B")
    e.ln(2)
    paras(e, [
        "To the Appeals Committee:",
        f"I am writing on behalf of my patient, who has advanced multiple sclerosis. She cannot propel a manual "
        "wheelchair and lives alone for most of the day; a caregiver visits only in the mornings. A power wheelchair "
        "is the only way she can move safely about her home. I ask that you reconsider the denial.",
        "Sincerely,", prov, "Physical Medicine and Rehabilitation"], size=10)
    t2 = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[ref],
               denial_date=lt.isoformat(), provider=prov, unscored=["insurer", "appeal_deadline", "service_dates"])
    return [(pdf_bytes(d), t1), (pdf_bytes(e), t2)], ["blank", None]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_notice_and_letter(r(6))
    return [
        Item(f"{FAMILY}_bd_lumbar_mri_label_column", "born_digital", [doc_bd_mri(r(0))]),
        Item(f"{FAMILY}_faxstd_nursing_hours_reduced_prose", "fax_standard_g4", [doc_fax_nursing_prose(r(1))]),
        Item(f"{FAMILY}_photo_claims_summary_oon_lab", "phone_photo", [doc_photo_claims_summary(r(2))]),
        Item(f"{FAMILY}_rotated_appeal_overturned_cpap", "rotated", [doc_rotated_overturned(r(3))]),
        Item(f"{FAMILY}_lowres_aviso_es_sin_autorizacion", "scan_lowres_150", [doc_es_prior_auth(r(4))]),
        Item(f"{FAMILY}_copy_two_page_appeal_upheld_bariatric", "photocopy", [doc_copy_upheld(r(5))]),
        Item(f"{FAMILY}_scan300_stack_wheelchair_notice_and_doctor_letter", "scan_clean_300", docs,
             separators=seps, turns={(1, 0): 180}),
    ]
