"""Family 'important_message_from_medicare_cms_r193': An Important Message From Medicare About Your Rights (form
CMS-R-193, OMB 0938-1019), the rights notice a hospital gives every Medicare inpatient within two days of admission
and again (a follow-up copy) not more than two days before discharge. Modelled from memory on the published form's
structure and headings (Patient name / Patient number, "As a Hospital Inpatient, You Have the Right to:", the QIO's
name and phone, "Your Medicare Discharge Rights", "Planning For Your Discharge", "Steps To Appeal Your Discharge",
"If You Miss The Deadline to Request An Appeal, You May Have Other Appeal Rights", "Additional Information
(Optional)", the signature and date lines), in our own words, all values invented. The hospital adds its letterhead
and an admission block (admission date, planned discharge date blank or filled in, attending physician).

It decides nothing: every file is a rights notice (`other`, no denial type). Issuers: Ghajnsielem Community Hospital
(logo word over a rule), Munxar Regional Medical Center (parent line "A Fontana Hills Health System hospital" above,
return-address block) and Centro Médico San Pietru de Qrendi (Spanish). Decoys: patient number and MRN, date of birth,
the QIO's name and phone, a follow-up appointment date, the 2-day delivery rule, the form's expiry date and OMB
number, a fax header date.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundai_famia import address, clinician, days, fdate, iso, mixed, person, phone, tollfree

FAMILY = "important_message_from_medicare_cms_r193"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
OBL = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
GHA, MUN, SPI = "Ghajnsielem Community Hospital", "Munxar Regional Medical Center", "Centro Médico San Pietru de Qrendi"
QIOS = ["Siggiewi Quality Improvement Partners", "Gudja Beneficiary Review Organization"]
# (patient name, patient number, admission date, planned discharge date, attending)
LABELS = [("Patient name", "Patient number", "Date of admission", "Planned discharge date", "Attending physician"),
          ("Patient", "Patient no.", "Admitted", "Expected discharge", "Attending"),
          ("Name of patient", "Hospital account #", "Admission date", "Discharge date (planned)", "Physician")]
LABELS_ES = ("Nombre del paciente", "Número del paciente", "Fecha de admisión", "Fecha prevista de alta",
             "Médico tratante")


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(20, 12, 20))
        self.add_font("DejaVu", "B", BOLD)
        self.add_font("DejaVu", "I", OBL)


def facts(r: random.Random, hosp: str, lab: int, ds: str, dis: bool, follow: bool, mbi: bool, extra: bool,
          refused: bool, fax: bool) -> dict:
    lang = "es" if hosp == SPI else "en"
    adm = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 270))
    sign1 = days(adm, r.choice([0, 1]))
    dis_d = days(adm, r.randint(4, 9))
    sign2 = days(dis_d, -1) if follow else None
    return dict(hosp=hosp, L=LABELS_ES if lang == "es" else LABELS[lab], ds=ds, lang=lang, adm=adm, sign1=sign1,
                dis=dis_d if dis else None, sign2=sign2, dob=dt.date(r.randint(1930, 1959), r.randint(1, 12),
                                                                      r.randint(1, 28)),
                member=person(r, lang), addr=address(r, lang), mbi=mixed(r, "9AA9-AA9-AA99") if mbi else None,
                ptno=mixed(r, "V99999999"), mrn=mixed(r, "999-99-99"), attend=clinician(r), qio=r.choice(QIOS),
                qph=tollfree(r), ph=phone(r), appt=days(dis_d, r.randint(6, 14)) if extra else None,
                refused=refused, fax=fax, staff=clinician(r))


def fd(f: dict, d: dt.date) -> str:
    return fdate(d, f["ds"])


def letterhead(d: Page, f: dict) -> None:
    h = f["hosp"]
    if h == GHA:
        d.text_line("GHAJNSIELEM", 20, "B", h=9)
        d.rule(0.9, 1)
        d.text_line(f"{GHA} · Patient Access & Case Management · 560 Mgarr Street · Marsaskala, VT 05478 · {f['ph']}",
                    7.8, h=4.4)
    elif h == MUN:
        d.text_line("A Fontana Hills Health System hospital", 8, h=4)
        d.text_line(MUN, 14, "B", h=7)
        for ln in ("Admitting Office", "2204 Sannat Court", "Zurrieq, ID 83271"):
            d.text_line(ln, 8.6, h=4.2)
        d.rule(0.3, 1)
    else:
        d.text_line(SPI, 14, "B", align="C", h=7)
        d.text_line(f"Oficina de Admisiones · 88 Nadur Avenue · Qrendi, NM 88044 · {f['ph']}", 8.4, align="C", h=4.4)
        d.rule(0.5, 1)
    d.ln(2)


def bullet(d: Page, text: str, size: float = 8.9) -> None:
    d.font(size)
    d.cell(5, size * 0.48, "•")
    d.multi_cell(0, size * 0.48, text, new_x="LMARGIN", new_y="NEXT")
    d.ln(0.8)


def header_block(d: Page, f: dict) -> None:
    L, es = f["L"], f["lang"] == "es"
    rows = [(L[0], f["member"]), (L[1], f["ptno"])]
    if f["mbi"]:
        rows.append(("Medicare number", f["mbi"]))
    rows += [("Fecha de nacimiento" if es else "Date of birth", fd(f, f["dob"])), (L[2], fd(f, f["adm"])),
             (L[3], fd(f, f["dis"]) if f["dis"] else "________________"), (L[4], f"{f['attend']}, MD"),
             ("MRN", f["mrn"])]
    for k in range(0, len(rows), 2):
        for a, b in rows[k:k + 2]:
            d.font(8.8, "B")
            d.cell(42, 5, a + ":")
            d.font(8.8)
            d.cell(43, 5, b)
        d.ln(5.2)
    d.ln(2)


def sig(d: Page, f: dict, who: str, when: dt.date, label: str, datelab: str) -> None:
    d.font(11, "I")
    d.cell(110, 6, who)
    d.font(9.5)
    d.cell(0, 6, fd(f, when), new_x="LMARGIN", new_y="NEXT")
    y = d.get_y()
    d.line(d.l_margin, y, d.l_margin + 100, y)
    d.line(d.l_margin + 110, y, d.l_margin + 170, y)
    d.font(7.8)
    d.cell(110, 4, label)
    d.cell(0, 4, datelab, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def build_en(f: dict) -> bytes:
    d = Page("Form CMS-R-193 (Exp. 12/31/2028)  ·  OMB Approval No. 0938-1019")
    d.add_page()
    if f["fax"]:
        d.text_line(f"{fd(f, f['sign1'])} 11:48  {f['hosp']} Admitting  FAX {f['ph']}  #0417 P.001", 7.5, h=4)
    letterhead(d, f)
    header_block(d, f)
    d.text_line("An Important Message From Medicare About Your Rights", 13, "B", align="C", h=7)
    d.text_line("As a Hospital Inpatient, You Have the Right to:", 10, "B", h=5.6)
    bullet(d, "Receive Medicare-covered services. This includes medically necessary hospital services and services "
              "you may need after you leave the hospital, if your doctor orders them. You have a right to know about "
              "these services, who will pay for them, and where you can get them.")
    bullet(d, "Be involved in any decisions about your hospital stay, and know who will pay for it.")
    bullet(d, f"Report any concerns about the quality of care you receive to your QIO (Quality Improvement "
              f"Organization): {f['qio']}, {f['qph']} (TTY 711). The QIO is the independent reviewer Medicare "
              "authorizes to review the decision to discharge you.")
    d.text_line("Your Medicare Discharge Rights", 10, "B", h=5.6)
    d.para("Planning For Your Discharge: During your stay the hospital staff will work with you to prepare for a safe "
           "discharge and to arrange services you may need after you leave. When you no longer need inpatient "
           "hospital care, your doctor or the hospital staff will tell you your planned discharge date.", 8.9, 1.5)
    d.para("If you think you are being discharged too soon, talk to the hospital staff, your doctor and your "
           "managed care plan (if you belong to one). You also have the right to an appeal, a review of your case "
           "by the QIO, which will decide whether you are ready to leave the hospital.", 8.9, 1.5)
    d.text_line("Steps To Appeal Your Discharge", 10, "B", h=5.6)
    bullet(d, "STEP 1: You must contact the QIO no later than your planned discharge date and before you leave the "
              "hospital. If you do, you will not have to pay for the services you receive during the appeal "
              "(except for charges like copays and deductibles).")
    bullet(d, "STEP 2: A hospital staff member will give you a Detailed Notice of Discharge explaining why they think "
              "you are ready to be discharged. The QIO will usually tell you its decision within one day after it "
              "has all the information it needs.")
    bullet(d, "If the QIO finds you are not ready to be discharged, Medicare will continue to cover your stay. If the "
              "QIO finds you are ready, and you stay, you may have to pay for services you receive after noon of "
              "the day after the QIO tells you its decision.")
    d.text_line("If You Miss The Deadline to Request An Appeal, You May Have Other Appeal Rights", 9.6, "B", h=5.4)
    d.para("If you have Original Medicare, call the QIO listed above. If you belong to a Medicare health plan, call "
           "your plan. For more information, call 1-800-MEDICARE.", 8.7, 1.5)
    d.text_line("Additional Information (Optional):", 9.6, "B", h=5.4)
    if f["appt"]:
        d.para(f"Follow-up visit with your primary care doctor is scheduled for {fd(f, f['appt'])}. Bring your "
               "medicine list.", 8.7, 1.5)
    else:
        d.para("Your nurse case manager is available weekdays 8:30 a.m. to 5 p.m. at the number above.", 8.7, 1.5)
    d.para("Please sign and date below to show you received this notice and understand your rights. Signing does "
           "not mean you agree that you are ready to be discharged.", 8.7, 1.5)
    if f["refused"]:
        d.font(9, "B")
        d.cell(0, 5, "Patient declined to sign. Notice explained and copy given by:", new_x="LMARGIN", new_y="NEXT")
        sig(d, f, f"{f['staff']}, RN", f["sign1"], "Hospital staff member", "Date given")
    else:
        sig(d, f, f["member"], f["sign1"], "Signature of Patient or Representative", "Date")
    if f["sign2"]:
        d.text_line("Follow-up copy (given not more than 2 calendar days before discharge)", 9, "B", h=5)
        sig(d, f, f["member"], f["sign2"], "Signature of Patient or Representative", "Date follow-up copy given")
    return pdf_bytes(d)


def build_es(f: dict) -> bytes:
    d = Page("Formulario CMS-R-193 (Exp. 12/31/2028)  ·  OMB Núm. 0938-1019")
    d.add_page()
    letterhead(d, f)
    header_block(d, f)
    d.text_line("Un mensaje importante de Medicare sobre sus derechos", 13, "B", align="C", h=7)
    d.text_line("Como paciente internado en un hospital, usted tiene derecho a:", 10, "B", h=5.6)
    bullet(d, "Recibir los servicios cubiertos por Medicare, incluidos los servicios de hospital médicamente "
              "necesarios y los que pueda necesitar después del alta, si su médico los ordena.")
    bullet(d, "Participar en las decisiones sobre su estadía en el hospital.")
    bullet(d, f"Informar cualquier inquietud sobre la calidad de su atención a su QIO: {f['qio']}, {f['qph']} "
              "(TTY 711).")
    d.text_line("Sus derechos de alta de Medicare", 10, "B", h=5.6)
    d.para("Si cree que le están dando de alta demasiado pronto, hable con el personal del hospital y con su médico. "
           "También tiene derecho a apelar: pida una revisión al QIO a más tardar en la fecha prevista de su alta y "
           "antes de salir del hospital. Si lo hace, no tendrá que pagar los servicios que reciba durante la "
           "apelación (excepto copagos y deducibles). El hospital le dará un Aviso detallado de alta.", 8.9, 1.5)
    d.para("Para más información, llame al 1-800-MEDICARE.", 8.9, 1.5)
    d.para("Firme abajo para indicar que recibió este aviso y entiende sus derechos. Firmar no significa que esté "
           "de acuerdo con el alta.", 8.7, 1.5)
    sig(d, f, f["member"], f["sign1"], "Firma del paciente o representante", "Fecha")
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    notice = f["sign2"] or f["sign1"]
    stay = [iso(f["adm"], f["dis"])] if f["dis"] else [iso(f["adm"])]
    alts: dict = {"insurer": [f["hosp"], None], "provider": [f["attend"]], "service_dates": [[]]}
    if f["dis"]:
        alts["service_dates"].append([iso(f["adm"])])
    if f["sign2"]:
        alts["denial_date"] = [iso(f["sign1"])]
    return truth("other", None, f["lang"], alternates=alts, insurer="Medicare", member_id=f["mbi"],
                 member_name=f["member"], case_numbers=[], claim_amount=None, service_dates=stay,
                 denial_date=iso(notice), provider=f["hosp"], appeal_deadline=None)


# (stem suffix, condition, hospital, labels, date style, discharge filled, follow-up signed, MBI, extra info,
#  refused, fax header)
PLAN = [
    ("bd_admission_copy", "born_digital", GHA, 0, "long", False, False, False, False, False, False),
    ("bd_followup_discharge_filled", "born_digital", MUN, 1, "slash", True, True, False, True, False, False),
    ("clean_medicare_number", "scan_clean_300", GHA, 2, "abbr", False, False, True, False, False, False),
    ("phone_appointment_decoy", "phone_photo", MUN, 0, "dmy", False, False, False, True, False, False),
    ("faxs_admission_copy", "fax_standard_g4", GHA, 1, "iso", False, False, False, False, False, True),
    ("rotated_spanish", "rotated", SPI, 0, "es", False, False, False, False, False, False),
    ("lowres_patient_declined", "scan_lowres_150", MUN, 2, "upper", False, False, False, False, True, False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, hosp, lab, ds, dis, follow, mbi, extra, ref, fax) in enumerate(PLAN):
        f = facts(random.Random(131520 + i), hosp, lab, ds, dis, follow, mbi, extra, ref, fax)
        pdf = build_es(f) if f["lang"] == "es" else build_en(f)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, make_truth(f))]))
    return items
