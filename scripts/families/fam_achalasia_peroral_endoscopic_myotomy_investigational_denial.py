"""Achalasia: peroral endoscopic myotomy (POEM) refused as investigational, pneumatic dilation approved instead.

Invented commercial plan Larkspur Mutual Health Insurance Company; surgeon letters, hospital statements, an EOB.
Round DB, helper famdbc, seed 350002.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Rand
from kit_rounddb_famdbc import Letter, d, fmt_money, iso, m2, out, plus, truth

FAMILY = "achalasia_peroral_endoscopic_myotomy_investigational_denial"
LANG = "en"
INS = "Larkspur Mutual Health Insurance Company"
FOOT = "Larkspur Mutual Health Insurance Company  -  PO Box 88120, Tulsa, OK 74101  -  1-877-555-0146"
SURG = "Dr. Anneliese Brockhurst"
HOSP = "Halvorsen Memorial Hospital"
POEM = "Peroral endoscopic myotomy (POEM), CPT 43497"


def member(r: Rand, lang="en"):
    name, *_ = r.person(lang)
    return name, "LMH" + r.digits(9), "G-" + r.digits(5)


def doc_denial(r: Rand):
    name, mid, grp = member(r)
    nd = dt.date(2026, 2, 17)
    svc = dt.date(2026, 3, 10)
    ref = "UM" + r.digits(8)
    p = Letter(footer=FOOT)
    p.band("Larkspur Mutual Health", INS + "  |  Utilization Review")
    p.addr([name, *r.address()])
    p.heading("Notice of Adverse Benefit Determination - Pre-Service")
    p.labels([("Letter date", d("long", nd)), ("Patient", name), ("Member ID", mid), ("Group number", grp),
              ("Date of birth", d("long", dt.date(1971, 8, 3))), ("Review reference", ref),
              ("Requested service", POEM), ("Scheduled date", d("long", svc)),
              ("Requesting physician", SURG), ("Facility", HOSP), ("Physician NPI", r.npi()),
              ("Medical policy", "MP-7.01.142 Endoscopic Esophageal Procedures")], lw=48)
    p.heading("Reason for our decision", 11)
    p.para("The requested procedure is considered investigational under the medical policy listed above. Our "
           "policy finds that published evidence does not yet show that POEM improves long-term outcomes "
           "compared with established treatments for achalasia. Pneumatic balloon dilation and laparoscopic "
           "Heller myotomy are covered alternatives.", 9.5)
    p.heading("Your appeal rights", 11)
    p.para("You may file an appeal within 180 days of the date of this letter. For an urgent situation you may "
           "ask for an expedited appeal, decided within 72 hours. You may also have the right to an external "
           "review by an independent review organization within 4 months after a final internal decision. Fax "
           "appeals to 1-877-555-0147.", 9.5)
    t = truth("denial_letter", "experimental", insurer=INS, group_number=grp, member_id=mid, member_name=name,
              case_numbers=[ref], service_dates=[iso(svc)], denial_date=iso(nd), provider=SURG,
              appeal_deadline=iso(plus(nd, 180)))
    return out(p), t


def doc_approval(r: Rand):
    name, mid, grp = member(r)
    nd = dt.date(2026, 2, 20)
    svc = dt.date(2026, 3, 12)
    auth = "AUTH-" + r.digits(7)
    p = Letter(footer=FOOT)
    p.plainhead(INS, ["Utilization Review Department", "PO Box 88120, Tulsa, OK 74101", "Phone 1-877-555-0146"])
    p.addr([d("iso", nd), "", name, *r.address()])
    p.heading("Authorization Approved")
    p.boxes([("Member ID", mid, 45), ("Group", grp, 30), ("Authorization no.", auth, 50), ("Date", d("iso", nd), 40)])
    p.ln(4)
    p.para(f"We have approved the request from {SURG} for esophageal pneumatic balloon dilation (CPT 43220) "
           f"at {HOSP}, scheduled for {d('iso', svc)}, for the patient {name}. The approval is valid for 60 "
           "days from the scheduled date.", 10)
    p.para("Benefits are paid under the terms of your plan, including any deductible and coinsurance. Please "
           "keep this letter for your records.", 10)
    t = truth("other", None, insurer=INS, group_number=grp, member_id=mid, member_name=name, case_numbers=[auth],
              service_dates=[iso(svc)], denial_date=iso(nd), provider=SURG)
    return out(p), t


def doc_surgeon(r: Rand):
    name, mid, grp = member(r)
    ld = dt.date(2026, 2, 26)
    svc = dt.date(2026, 3, 24)
    ref = "UM" + r.digits(8)
    p = Letter(fax="02/26/2026 09:41  HALVORSEN FOREGUT SURGERY  FAX 1-918-555-0162  -> LARKSPUR APPEALS  PAGE {p}/2")
    p.plainhead("Halvorsen Foregut & Esophageal Surgery", ["Anneliese Brockhurst, MD, FACS",
                                                           "410 Cedar Ridge Blvd, Suite 300, Tulsa, OK 74133",
                                                           "Tel 1-918-555-0161  Fax 1-918-555-0162"])
    p.addr([d("long", ld), "", "Larkspur Mutual Health Insurance Company", "Attn: Appeals Unit",
            "PO Box 88120, Tulsa, OK 74101"])
    p.addr([f"Re: {name}   Member ID {mid}   Reference {ref}"], 10)
    p.para("To the Medical Director:", 10)
    p.para(f"I am writing to ask you to reconsider the denial of peroral endoscopic myotomy for my patient "
           f"{name}, who has type III (spastic) achalasia confirmed on high-resolution manometry. We have "
           f"scheduled the procedure for {d('long', svc)} at {HOSP}.", 10)
    p.para("For spastic achalasia, pneumatic dilation and Heller myotomy do not reach the full length of the "
           "abnormal muscle; POEM allows a tailored long myotomy. Randomized trials and society guidelines now "
           "list POEM as a first-line option. I have enclosed the manometry report and the barium esophagram.", 10)
    p.para("Please contact my office at 1-918-555-0161 with any questions.", 10)
    p.para(f"Sincerely,\n\n{SURG}, MD\nNPI {r.npi()}", 10)
    t = truth("other", None, insurer=INS, group_number=None, member_id=mid, member_name=name, case_numbers=[ref],
              service_dates=[iso(svc)], denial_date=iso(ld), provider=SURG, unscored=["insurer"])
    return out(p), t


def doc_eob(r: Rand):
    name, mid, grp = member(r)
    sd = dt.date(2026, 4, 9)
    c1 = ("2607" + r.digits(7), dt.date(2026, 2, 4), SURG, 385.00, 0, "Paid")
    c2 = ("2607" + r.digits(7), dt.date(2026, 2, 11), "Tulsa GI Motility Lab", 1240.00, 0, "Paid")
    c3 = ("2607" + r.digits(7), dt.date(2026, 3, 17), HOSP, 18765.40, 1, "Denied")
    p = Letter(footer=FOOT, header=f"Larkspur Mutual Health  EOB  Member ID {mid}")
    p.band("Larkspur Mutual Health", "EXPLANATION OF BENEFITS  -  This is not a bill")
    p.addr([name, *r.address()])
    p.labels([("Statement date:", d("slash", sd)), ("Member:", name), ("Member ID:", mid), ("Group:", grp),
              ("Patient:", name)], lw=40)
    rows = []
    for c in (c1, c2, c3):
        paid = 0 if c[5] == "Denied" else round(c[3] * 0.72, 2)
        rows.append([c[0], d("slash", c[1]), c[2], fmt_money(c[3], "nosign"), fmt_money(paid, "nosign"),
                     fmt_money(0 if c[5] == "Denied" else c[3] - paid - round(c[3] * 0.2, 2), "nosign"),
                     c[5] + (" E7" if c[5] == "Denied" else "")])
    p.wrapped_table(["Claim|number", "Service|date", "Provider", "Billed|charges", "Plan|paid", "Provider|discount",
                     "Status|code"], rows, [28, 22, 46, 24, 20, 20, 20])
    p.para("E7 - Investigational/experimental: the service (peroral endoscopic myotomy) is not covered under "
           "medical policy MP-7.01.142. You are not responsible for amounts the provider agreed not to bill.", 9)
    p.para("To appeal a denied claim, write to us within 180 days of the date of this statement. Plan-year "
           "deductible met: $1,500.00 of $2,500.00.", 9)
    t = truth("eob", "experimental", insurer=INS, group_number=grp, member_id=mid, member_name=name,
              case_numbers=[c3[0]], claim_amount=m2(c3[3]), service_dates=[iso(c3[1])], denial_date=iso(sd),
              provider=HOSP, appeal_deadline=iso(plus(sd, 180)))
    return out(p), t


def doc_hosp(r: Rand):
    name, mid, grp = member(r)
    sd = dt.date(2026, 4, 28)
    svc = dt.date(2026, 3, 31)
    p = Letter(footer="Halvorsen Memorial Hospital Patient Financial Services 1-918-555-0175")
    p.band("HALVORSEN MEMORIAL HOSPITAL", "Patient Financial Services  -  2200 S Utica Ave, Tulsa, OK")
    p.labels([("Statement date", d("dmy", sd)), ("Patient", name), ("Account number", "HM-" + r.digits(8)),
              ("Primary insurance", "Larkspur Mutual Health"), ("Insurance ID", mid),
              ("Amount due by", d("dmy", plus(sd, 25)))], lw=45)
    lines = [("Operating room, first hour", 6120.00), ("Anesthesia services", 2310.50),
             ("Endoscopy supplies", 1874.25), ("Recovery room", 1450.00), ("Pharmacy", 388.10)]
    tot = round(sum(v for _, v in lines), 2)
    p.table(["Date", "Description", "Amount"], [[d("dmy", svc), a, fmt_money(v)] for a, v in lines]
            + [["*", "Total charges", fmt_money(tot)], ["", "Insurance pending", fmt_money(tot)],
               ["", "Patient balance", "$0.00"]], [34, 100, 40], aligns="LLR")
    p.para("Procedure: esophageal pneumatic balloon dilation, outpatient. Your claim has been sent to your "
           "insurance. This is a courtesy statement.", 9.5)
    t = truth("other", None, member_id=mid, member_name=name, claim_amount=m2(tot), service_dates=[iso(svc)],
              denial_date=iso(sd), provider=HOSP, unscored=["insurer", "denial_date"])
    return out(p), t


def doc_upheld(r: Rand):
    name, mid, grp = member(r)
    nd = dt.date(2026, 4, 30)
    svc = dt.date(2026, 3, 3)
    apn = "AP-" + r.digits(6)
    amt = 21480.00
    clm = "2607" + r.digits(7)
    p = Letter(footer=FOOT, header=f"{name}  -  Appeal {apn}  -  page 2")
    p.plainhead(INS, ["Member Appeals", "PO Box 88125, Tulsa, OK 74101"])
    p.addr([d("abbr", nd), "", name, *r.address()])
    p.para(f"Dear {name},", 10)
    p.para(f"We have finished reviewing your first-level appeal, number {apn}, about claim {clm}. The claim is "
           f"from {HOSP} for peroral endoscopic myotomy performed on {d('abbr', svc)}, with total charges of "
           f"{fmt_money(amt)}. Your member ID is {mid} and your group number is {grp}.", 10)
    p.para("A board-certified gastroenterologist who took no part in the first decision reviewed the records "
           "sent by your surgeon, Dr. Anneliese Brockhurst. The reviewer agreed that the procedure was performed "
           "skillfully, but our medical policy MP-7.01.142 still classifies POEM as investigational for "
           "achalasia. We are therefore upholding the denial.", 10)
    p.para("Pneumatic dilation and Heller myotomy remain covered treatments, and you may ask your surgeon "
           "about them.", 10)
    p.add_page()
    p.para("If you disagree, you may ask for a second-level appeal within 60 days of the date of this letter. "
           "Send it to the address above or fax it to 1-877-555-0147. After the second level you may ask for "
           "an external review within four months. An expedited external review is decided within 72 hours.", 10)
    p.para("You may ask for free copies of all documents, records and the medical policy used in this decision.", 10)
    p.para("Sincerely,\nMember Appeals Unit\nLarkspur Mutual Health Insurance Company", 10)
    t = truth("denial_letter", "experimental", insurer=INS, group_number=grp, member_id=mid, member_name=name,
              case_numbers=[apn, clm], claim_amount=m2(amt), service_dates=[iso(svc)], denial_date=iso(nd),
              provider=HOSP, appeal_deadline=iso(plus(nd, 60)), alternates={"provider": [SURG]})
    return out(p), t


def doc_es(r: Rand):
    name, mid, grp = member(r, "es")
    nd = dt.date(2026, 3, 4)
    svc = dt.date(2026, 3, 30)
    ref = "UM" + r.digits(8)
    p = Letter(footer="Larkspur Mutual Health Insurance Company - Servicios al Miembro 1-877-555-0146")
    p.band("Larkspur Mutual Health", "Aviso de determinación adversa de beneficios")
    p.addr([d("es", nd), "", name, *r.address("es")])
    p.para(f"Estimado(a) {name}:", 10)
    p.para(f"Recibimos la solicitud de la {SURG.replace('Dr.', 'Dra.')} para realizarle una miotomía endoscópica "
           f"peroral (POEM) en {HOSP} el {d('es', svc)}. El número de referencia de su caso es {ref}. Su número "
           f"de miembro es {mid} y su grupo es {grp}.", 10)
    p.para("Hemos negado esta solicitud porque el procedimiento se considera en investigación (experimental) "
           "según nuestra política médica MP-7.01.142. La dilatación neumática con balón es una alternativa "
           "cubierta.", 10)
    p.para("Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta carta. Una "
           "apelación urgente se decide en 72 horas. También puede tener derecho a una revisión externa.", 10)
    p.para("Atentamente,\nDepartamento de Revisión de Utilización", 10)
    t = truth("denial_letter", "experimental", lang="es", insurer=INS, group_number=grp, member_id=mid,
              member_name=name, case_numbers=[ref], service_dates=[iso(svc)], denial_date=iso(nd),
              provider="Anneliese Brockhurst", appeal_deadline=iso(plus(nd, 180)))
    return out(p), t


def doc_overturned(r: Rand):
    name, mid, grp = member(r)
    nd = dt.date(2026, 5, 19)
    svc = dt.date(2026, 6, 2)
    apn = "AP-" + r.digits(6)
    p = Letter(footer=FOOT)
    p.band("Larkspur Mutual Health", "Member Appeals")
    p.addr([name, *r.address()])
    p.heading("Appeal Decision: Overturned")
    p.labels([("Date:", d("slash", nd)), ("Member ID:", mid), ("Group:", grp), ("Appeal no.:", apn),
              ("Service:", POEM), ("Date of service:", d("slash", svc)), ("Surgeon:", SURG)], lw=38)
    p.para("We reviewed your appeal and the new manometry results showing type III achalasia. Our reviewer "
           "found that the plan's exception criteria for spastic achalasia are met. We have reversed our earlier "
           "denial and approved the procedure. Normal cost sharing applies.", 9.5)
    t = truth("other", None, insurer=INS, group_number=grp, member_id=mid, member_name=name, case_numbers=[apn],
              service_dates=[iso(svc)], denial_date=iso(nd), provider=SURG)
    return out(p), t


def documents(rng):
    r = Rand(350002)
    return [Item(FAMILY + "_bd_preservice_denial_labels", "born_digital", [doc_denial(r)]),
            Item(FAMILY + "_bd_dilation_approved", "born_digital", [doc_approval(r)]),
            Item(FAMILY + "_faxstd_surgeon_reconsideration", "fax_standard_g4", [doc_surgeon(r)]),
            Item(FAMILY + "_photo_eob_three_claims", "phone_photo", [doc_eob(r)]),
            Item(FAMILY + "_scan300_hospital_statement", "scan_clean_300", [doc_hosp(r)]),
            Item(FAMILY + "_rotated_appeal_upheld_prose", "rotated", [doc_upheld(r)]),
            Item(FAMILY + "_photocopy_stack_carta_es_overturned", "photocopy", [doc_es(r), doc_overturned(r)],
                 separators=["duplex", None])]
