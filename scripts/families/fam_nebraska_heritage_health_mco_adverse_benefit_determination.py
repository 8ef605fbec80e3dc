"""Family 'nebraska_heritage_health_mco_adverse_benefit_determination': an invented Nebraska Heritage Health managed
care plan's Notices of Adverse Benefit Determination (appeal to the plan within 60 days of the notice, State Fair
Hearing within 120 days of the appeal decision, continued benefits if asked within 10 days, 72-hour expedited appeal).

Documents: born-digital physical therapy refusal (white-on-dark band, label column); standard-fax stack (cover,
MRI refusal without prior authorization with a fax header line and a two-line table header, the ordering doctor's
letter to the plan fed upside down); phone photo of a Spanish notice (boxed grid, home health hours cut); rotated
claims summary with three claims, one refused out of network; 150 dpi upheld appeal told only in sentences;
photocopied two-column approval with a shaded sidebar (denies nothing); born-digital two-page notice refusing
adult dental implants as not covered (running header, appeal date printed).
All values invented; phones 1-555. Decoys: DOB, NPI, request-received dates, processed period, other claims'
numbers, 10-day, 72-hour and 120-day limits, 471 NAC citation.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_rounddb_famdbd import Page, addr, band, cover, fd, fee, letterhead, lv, paras, pat, ph, plus, sidebar, usd, wtable

FAMILY = "nebraska_heritage_health_mco_adverse_benefit_determination"
LANG = "en"
SEED = 349903
ORG = "Wapiti Bend Community Health Plan"
ORG_ADDR = "PO Box 30871, Lincoln, NE 68599"
MEMBERS = ["Harlan T. Voskuil", "Marguerite E. Lindahl", "Cassius R. Penrose", "Oleta J. Brightwater",
           "Fenwick D. Aldous", "Ione P. Castellanos", "Bertram K. Sandoval"]
MEMBER_ES = "Araceli M. Tlapanco"


def base(r, k):
    n = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 140))
    return dict(notice=n, member=MEMBERS[k], mid=pat(r, "99999999999"), plan="NE-HH-" + pat(r, "999"),
                addr=[f"{r.randint(100, 9800)} Elk Creek Road", "Kearney, NE 68845"], phone=ph(r),
                dob=dt.date(r.randint(1958, 2012), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def rights(basis="within 60 days of the date of this notice"):
    return [
        "#Your right to appeal",
        f"If you do not agree with this decision, you may ask {ORG} for an appeal {basis}. Call Member Services "
        f"or write to Appeals, {ORG_ADDR}. Your provider may appeal for you with your written consent.",
        "If you are getting this service now and ask for an appeal within 10 days of this notice, or before the "
        "change takes effect, the service may continue while the appeal is decided. If the appeal is lost you "
        "may have to pay for it.",
        "If waiting could seriously harm your health, ask for an expedited appeal; we will decide within 72 hours.",
        "#State Fair Hearing",
        "If we uphold our decision, you may ask the Nebraska Department of Health and Human Services for a State "
        "Fair Hearing within 120 days of the date of our appeal decision. You may bring a lawyer, a friend or a "
        "relative. Legal Aid of Nebraska may help you for free.",
        "This notice is issued under 42 CFR 438.404 and 471 NAC 1. Free language help and aids are available."]


def d_pt_bd(r):
    f = base(r, 0)
    ref = "UM" + pat(r, "99999999")
    start, end = plus(f["notice"], 4), plus(f["notice"], 60)
    got = plus(f["notice"], -5)
    doc = "Roderick N. Halvorsen, DPT"
    d = Page(footer=f"{ORG}  -  Nebraska Heritage Health  -  Page {{p}} of {{n}}")
    d.add_page()
    band(d, ORG, f"A Nebraska Heritage Health plan   |   {ORG_ADDR}   |   Member Services {f['phone']}")
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B")
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    lv(d, [("Member name:", f["member"]), ("Medicaid ID:", f["mid"]), ("Plan ID:", f["plan"]),
           ("Date of birth:", fd(f["dob"], "slash")), ("Authorization request #:", ref),
           ("Requesting provider:", doc), ("Provider NPI:", f["npi"]), ("Request received:", fd(got, "slash")),
           ("Service:", "Outpatient physical therapy, 24 visits (97110, 97140)"),
           ("Dates requested:", f"{fd(start, 'slash')} - {fd(end, 'slash')}")], w=52, size=9.3)
    paras(d, [
        "#What we decided",
        "We denied the request. Your records show you finished 20 visits of therapy for the same knee and reached "
        "your goals; a home exercise program is expected to keep your progress. More visits are not medically "
        "necessary. A physician reviewer made this decision using InterQual criteria.",
    ] + rights(), size=9.2)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, plan_id=f["plan"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[ref], service_dates=[f"{start}/{end}"],
              denial_date=f["notice"].isoformat(), provider=doc, appeal_deadline=plus(f["notice"], 60).isoformat(),
              alternates={"provider": ["Roderick N. Halvorsen"]})
    return pdf_bytes(d), t


def d_mri_fax(r):
    f = base(r, 1)
    auth = pat(r, "A99999999")
    svc = plus(f["notice"], -12)
    amt = fee(r, 1400, 2600)
    doc = "Dr. Winifred S. Achterberg"
    line = f"{fd(f['notice'], 'short')} 14:{r.randint(10, 59)}  FROM: WAPITI BEND CHP UM  FAX 1-555-402-7731  P.{{p}}"
    d = Page(serif=True, faxline=line, footer=ORG)
    d.add_page()
    letterhead(d, ORG, ["Utilization Management", ORG_ADDR, "Fax 1-555-402-7731"])
    d.text_line(fd(f["notice"], "upper"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("Notice of Adverse Benefit Determination - Provider Copy", 11.5, "B")
    d.ln(2)
    wtable(d, ["Member Medicaid ID number", "Reference number", "Date of service", "Billed charges amount",
               "Ordering provider"], [[f["mid"], auth, fd(svc, "upper"), usd(amt), doc]], [38, 32, 32, 30, 48])
    paras(d, [
        "We will not pay for the lumbar spine MRI (72148) done on the date shown above. This imaging needs "
        "approval from us before it is done, and no approval was asked for. The imaging center may not bill "
        "the member for this service.",
        f"Member plan ID {f['plan']}. Date of birth {fd(f['dob'], 'slash')}."] + rights(), size=9.4)
    t = truth("denial_letter", "prior_authorization", insurer=ORG, plan_id=f["plan"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[auth], claim_amount=f"{amt:.2f}", service_dates=[svc.isoformat()],
              denial_date=f["notice"].isoformat(), provider=doc, appeal_deadline=plus(f["notice"], 60).isoformat(),
              alternates={"provider": ["Winifred S. Achterberg"]})
    # doctor's letter to the plan
    l = Page()
    l.add_page()
    letterhead(l, "Platte Valley Spine & Neurology", ["2210 Ridgeline Ave, Grand Island, NE 68801",
                                                       "Phone 1-555-318-2040  Fax 1-555-318-2041"])
    ld = plus(f["notice"], 6)
    l.text_line(fd(ld, "long"), 10)
    l.ln(2)
    addr(l, [ORG, "Appeals", ORG_ADDR])
    l.text_line(f"Re: {f['member']}, Medicaid ID {f['mid']}, reference {auth}", 10, "B")
    l.ln(2)
    paras(l, [
        "To the Appeals Reviewer:",
        f"I ordered the lumbar MRI on {fd(svc, 'long')} because my patient had new leg weakness and loss of "
        "reflexes, red-flag signs that called for imaging the same day. There was no time to wait for approval. "
        "Please reconsider the denial and pay the imaging center.",
        "Sincerely,", "", doc, f"NPI {f['npi']}"], size=10)
    t2 = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], case_numbers=[auth],
               service_dates=[svc.isoformat()], denial_date=ld.isoformat(), provider=doc,
               unscored=["insurer"], alternates={"provider": ["Winifred S. Achterberg"]})
    cv = cover(f"{ORG} Appeals", "Platte Valley Spine & Neurology", "1-555-402-7790", "1-555-318-2041",
               fd(ld, "slash"), 4, "Appeal of MRI denial with the plan's notice attached.")
    return [(pdf_bytes(d), t), (pdf_bytes(l), t2)], [cv, None]


def d_es_photo(r):
    f = base(r, 2)
    f["member"] = MEMBER_ES
    ref = "HH-" + pat(r, "9999999")
    eff = plus(f["notice"], 12)
    end = plus(eff, 89)
    agency = "Cuidado en Casa del Valle Platte"
    d = Page(footer=f"{ORG} - Heritage Health")
    d.add_page()
    band(d, ORG, "Plan de Nebraska Heritage Health  |  " + ORG_ADDR)
    d.text_line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12, "B")
    d.text_line("Fecha del aviso: " + fd(f["notice"], "es"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    d.boxes([("Nombre del miembro", f["member"], 62), ("Número de Medicaid", f["mid"], 50),
             ("Número de referencia", ref, 50)])
    d.boxes([("Proveedor", agency, 82), ("Fecha de nacimiento", fd(f["dob"], "esnum"), 40),
             ("ID del plan", f["plan"], 40)])
    d.ln(3)
    paras(d, [
        f"Hemos reducido sus horas de cuidado de salud en el hogar de 20 a 12 horas por semana, del "
        f"{fd(eff, 'es')} al {fd(end, 'es')}. Según su evaluación, usted puede hacer sola parte de su cuidado "
        "personal; más horas no son médicamente necesarias.",
        "#Su derecho a apelar",
        "Puede pedir una apelación dentro de los 60 días a partir de la fecha de este aviso. Si la pide dentro de "
        "10 días, sus servicios pueden continuar. Una apelación acelerada se decide en 72 horas. Si mantenemos la "
        "decisión, puede pedir una Audiencia Imparcial del Estado dentro de 120 días de la decisión de apelación.",
        f"Llame a Servicios para Miembros al {f['phone']}."], size=9.6)
    t = truth("denial_letter", "medical_necessity", "es", insurer=ORG, plan_id=f["plan"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[ref], service_dates=[f"{eff}/{end}"],
              denial_date=f["notice"].isoformat(), provider=agency, appeal_deadline=plus(f["notice"], 60).isoformat())
    return pdf_bytes(d), t


def d_claims_rotated(r):
    f = base(r, 3)
    cl = [pat(r, "9999999999") for _ in range(3)]
    dates = [plus(f["notice"], -r.randint(20, 50)) for _ in range(3)]
    amts = [fee(r, 90, 400), fee(r, 600, 1900), fee(r, 60, 300)]
    provs = ["Kearney Family Medicine", "Flatwater Sleep Diagnostics", "Buffalo County Lab Services"]
    d = Page(footer=f"{ORG}  Member Claims Summary")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, "Member Services " + f["phone"]])
    d.text_line("MEMBER CLAIMS SUMMARY", 13, "B")
    lv(d, [("Member", f["member"]), ("Medicaid ID", f["mid"]), ("Plan ID", f["plan"]),
           ("Statement date", fd(f["notice"], "iso")),
           ("Claims processed", f"{fd(plus(f['notice'], -30), 'iso')} to {fd(plus(f['notice'], -1), 'iso')}")],
       w=40, size=9.4)
    rows = []
    for i in range(3):
        paid = "0.00" if i == 1 else f"{amts[i] * 0.7:.2f}"
        rows.append([cl[i], fd(dates[i], "iso"), provs[i], usd(amts[i]), paid, "N7" if i == 1 else "--"])
    wtable(d, ["Claim number", "Date of service", "Provider", "Amount billed", "Plan paid", "Note"], rows,
           [30, 26, 56, 26, 22, 14])
    paras(d, ["N7: Denied. The provider is not in our network and no out-of-network approval was on file. "
              "You are not responsible for this amount."] + rights("within 60 days of the date of this statement"),
          size=9)
    t = truth("denial_letter", "out_of_network", insurer=ORG, plan_id=f["plan"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[cl[1]], claim_amount=f"{amts[1]:.2f}",
              service_dates=[dates[1].isoformat()], denial_date=f["notice"].isoformat(), provider=provs[1],
              appeal_deadline=plus(f["notice"], 60).isoformat(), denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


def d_upheld_lowres(r):
    f = base(r, 4)
    app = "APL-" + pat(r, "999999")
    orig = "UM" + pat(r, "99999999")
    adm = plus(f["notice"], -40)
    hosp = "Good Shepherd Regional Hospital of Hastings"
    d = Page(footer=ORG)
    d.add_page()
    letterhead(d, ORG, ["Appeals Unit", ORG_ADDR], centred=True)
    d.text_line(fd(f["notice"], "abbr"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']}:",
        f"We have finished your appeal, number {app}, of our earlier decision {orig} about your stay at {hosp} "
        f"that began on {fd(adm, 'long')}. A doctor who took no part in the first decision reviewed your records "
        "again. Your doctors kept you two more days in the hospital after your blood counts were stable and you "
        "could take medicine by mouth. Those two days were not medically necessary, so we uphold our decision.",
        f"Your Medicaid ID is {f['mid']}. This is our final decision on your appeal.",
        "If you disagree, you may ask for a State Fair Hearing with the Nebraska Department of Health and Human "
        "Services within 120 days of the date of this letter. Write to DHHS Hearing Office, PO Box 98914, Lincoln, "
        "NE 68509, or call 1-555-471-9082. You may ask a lawyer or someone else to help you.",
        "Sincerely,", "Appeals Coordinator", ORG], size=10.2)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[app, orig], service_dates=[adm.isoformat()], denial_date=f["notice"].isoformat(),
              provider=hosp, denial_alternates=["level_of_care"])
    return pdf_bytes(d), t


def d_approval_copy(r):
    f = base(r, 5)
    ref = "UM" + pat(r, "99999999")
    start, end = plus(f["notice"], 3), plus(f["notice"], 183)
    sup = "Prairie Wind Medical Supply"
    d = Page(footer=f"{ORG}  |  Heritage Health")
    d.add_page()
    band(d, ORG, "Notice of Approval  |  " + ORG_ADDR)
    y0, y1 = sidebar(d, [("Member", f["member"]), ("Medicaid ID", f["mid"]), ("Plan ID", f["plan"]),
                         ("Authorization", ref), ("Approved from", fd(start, "dmy")), ("Approved through", fd(end, "dmy")),
                         ("Supplier", sup)])
    d.set_xy(70, y0)
    d.font(10)
    d.multi_cell(126, 4.8, f"{fd(f['notice'], 'dmy')}\n\nDear {f['member']}:\n\nGood news. We approved the "
                 "request for a power wheelchair rental with seating system. The approval covers the dates in the "
                 "box at left. You do not need to do anything. Your supplier will contact you to schedule delivery.\n\n"
                 "If you have questions, call Member Services at " + f["phone"] + ".\n\nSincerely,\nCare Management",
                 new_x="LMARGIN", new_y="NEXT")
    t = truth("other", None, insurer=ORG, plan_id=f["plan"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[ref], service_dates=[f"{start}/{end}"], denial_date=f["notice"].isoformat(),
              provider=sup)
    return pdf_bytes(d), t


def d_dental_two_page(r):
    f = base(r, 6)
    ref = "DN-" + pat(r, "9999999")
    planned = plus(f["notice"], 21)
    dl = plus(f["notice"], 60)
    dentist = "Sandhills Family Dentistry"
    d = Page(footer=f"{ORG}  -  Page {{p}} of {{n}}", header=f"{f['member']}  |  Reference {ref}  |  continued")
    d.add_page()
    band(d, ORG, "Dental Benefits  |  " + ORG_ADDR)
    d.text_line(fd(f["notice"], "slash"), 10)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("Notice of Adverse Benefit Determination", 12, "B")
    lv(d, [("Member ID", f["mid"]), ("Plan ID", f["plan"]), ("Reference", ref), ("Dentist", dentist),
           ("Planned date", fd(planned, "slash")), ("Service", "Dental implants, teeth 19 and 30 (D6010)")],
       w=36, size=9.6)
    paras(d, ["#Why we denied",
              "Dental implants for adults are not a covered benefit under Nebraska Medicaid dental services. "
              "A removable partial denture is covered and your dentist may ask for it."] * 1 +
          ["#What we looked at",
           "We reviewed the treatment plan, the panoramic X-ray and the periodontal chart your dentist sent. Teeth 19 "
           "and 30 were removed last year. The remaining teeth are healthy enough to hold a partial denture.",
           "#Benefit rules used",
           "The Nebraska Medicaid dental benefit for adults covers exams, cleanings, fillings, extractions, root "
           "canal treatment on front teeth and removable dentures. Implants, implant crowns and bone grafts placed "
           "to support implants are excluded for members 21 and older. There is no exception process for this "
           "exclusion; it is not based on medical necessity.",
           "#What you can do now",
           "Ask your dentist about a removable partial denture (D5213/D5214). If you have questions about your "
           "dental benefits, call Member Services. TTY users call 711.",
           "#Getting help",
           "You can ask for free copies of the documents and benefit rules we used. You can ask for an interpreter "
           "or this letter in another format. You can also ask a friend, relative or advocate to act for you."],
          size=9.8)
    paras(d, rights(f"by {fd(dl, 'long')}"), size=9.8)
    t = truth("denial_letter", "not_covered", insurer=ORG, plan_id=f["plan"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[ref], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=dentist, appeal_deadline=dl.isoformat())
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    def r(i):
        return random.Random(rng.randint(0, 10 ** 9) + i)
    docs, seps = d_mri_fax(r(1))
    return [
        Item(f"{FAMILY}_bd_pt_visits", "born_digital", [d_pt_bd(r(0))]),
        Item(f"{FAMILY}_faxstd_stack_mri_and_doctor_letter", "fax_standard_g4", docs, separators=seps,
             turns={(1, 0): 180}),
        Item(f"{FAMILY}_photo_aviso_es_home_health", "phone_photo", [d_es_photo(r(2))]),
        Item(f"{FAMILY}_rotated_claims_summary", "rotated", [d_claims_rotated(r(3))]),
        Item(f"{FAMILY}_lowres_appeal_upheld_prose", "scan_lowres_150", [d_upheld_lowres(r(4))]),
        Item(f"{FAMILY}_copy_approval_sidebar", "photocopy", [d_approval_copy(r(5))]),
        Item(f"{FAMILY}_bd_two_page_dental_implants", "born_digital", [d_dental_two_page(r(6))]),
    ]
