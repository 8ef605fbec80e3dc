"""Family 'tympanostomy_tubes_and_adenoidectomy_medical_necessity_denial': an invented commercial plan refusing a
child's ear tubes (too few documented ear infections, no hearing test) while approving the adenoidectomy, then
approving the tubes on appeal. Everything is fictional: people, plan, providers, IDs, amounts; phones use 555.

Documents: a born-digital precertification letter with a label column (tubes denied, adenoidectomy approved); a
photocopied first-level appeal decision for another child told only in sentences (adenoidectomy upheld, second-level
appeal within 60 days); a phone photo of an EOB with three claims (surgery center's claim denied, surgeon and
anesthesia paid); a 150 dpi Spanish parent's appeal letter to the plan; a scanned anesthesia group bill with boxed
grids; a born-digital surgery center itemized statement (two pages, running header); a standard-fax stack: a fax
cover, the ENT's letter to the plan and the plan's appeal decision approving the tubes, each with a fax header line.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_rounddc_famdcb import Page, addr, band, cover, fd, fee, letterhead, lv, paras, pat, plus, sidebar, usd, wtable

FAMILY = "tympanostomy_tubes_and_adenoidectomy_medical_necessity_denial"
LANG = "en"
SEED = 350201
ORG = "Thornapple Mutual Health"
ORG_ADDR = "PO Box 61870, Harrisburg, PA 17106"
ENT = "Dr. Evangeline Marsh"
ENT_PRAC = "Keystone Pediatric ENT Associates"
ASC = "Conodoguinet Surgery Center"
ANES = "Susquehanna Anesthesia Partners"
KIDS = [("Wren T. Halvorsen", "Magnus Halvorsen"), ("Jasper L. Ainsworth", "Delphine Ainsworth"),
        ("Ottilie R. Brannock", "Rupert Brannock"), ("Cosmo D. Fairbanks", "Imogen Fairbanks")]
KID_ES = ("Mateo A. Villaseñor", "Rosaura Villaseñor")


def base(r, k, es=False):
    d0 = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 120))
    kid, parent = KID_ES if es else KIDS[k % len(KIDS)]
    q = random.Random(SEED * 10 + (9 if es else k))   # one member ID and group per child across documents
    sub = "TMH" + pat(q, "99999999")
    return dict(d0=d0, kid=kid, parent=parent, sub=sub, mid=sub + "-03", group=pat(q, "99999"),
                dob=dt.date(r.randint(2020, 2023), r.randint(1, 12), r.randint(1, 28)),
                addr=[f"{r.randint(100, 2900)} {r.choice(['Orchard Lane', 'Spring Garden St', 'Locust Ave'])}",
                      r.choice(["Carlisle, PA 17013", "Mechanicsburg, PA 17055", "Hershey, PA 17033"])],
                npi=r.choice("12") + pat(r, "999999999"))


APPEAL = ("#Your right to appeal\nYou or your child's doctor may ask for an appeal within 180 days of the date of "
          "this letter. Write to {org} Appeals, {addr}, or call 1-555-318-6200. If a delay could seriously harm "
          "your child's health, ask for an expedited appeal; we decide those within 72 hours. After our final "
          "decision you may ask for an external review by an independent review organization within 4 months.")


def appeal_paras(text):
    head, body = text.split("\n")
    return [head, body]


def doc_bd_precert(r):
    f = base(r, 0)
    ref = "PC-" + pat(r, "9999999")
    surg = plus(f["d0"], r.randint(10, 24))
    got = plus(f["d0"], -r.randint(2, 5))
    d = Page(footer=f"{ORG}  |  Utilization Management  |  Page {{p}} of {{n}}")
    d.add_page()
    band(d, ORG, f"Utilization Management  -  {ORG_ADDR}  -  Fax 1-555-318-6299")
    d.text_line(fd(f["d0"], "long"), 10)
    d.ln(2)
    addr(d, [f"Parent or guardian of {f['kid']}", f["parent"], *f["addr"]])
    d.text_line("Precertification Decision: Partly Approved", 12.5, "B")
    d.ln(1)
    lv(d, [("Patient:", f["kid"]), ("Patient date of birth:", fd(f["dob"], "slash")), ("Subscriber:", f["parent"]),
           ("Member ID:", f["mid"]), ("Group number:", f["group"]), ("Precertification number:", ref),
           ("Requesting surgeon:", ENT), ("Surgeon NPI:", f["npi"]), ("Facility:", ASC),
           ("Request received:", fd(got, "slash")), ("Planned surgery date:", fd(surg, "slash"))], w=52, size=9.2)
    wtable(d, ["Procedure", "CPT", "Decision"],
           [["Adenoidectomy, younger than age 12", "42830", "APPROVED"],
            ["Bilateral tympanostomy tubes, general anesthesia", "69436-50", "DENIED"]], [110, 30, 38], size=8.6)
    paras(d, [
        f"Dear {f['parent']}:",
        "We approved the adenoidectomy. We did not approve the ear tubes. Our pediatric ear tube policy (MP-ENT-014) "
        "asks for three documented ear infections in six months or four in twelve months, or fluid behind both "
        "eardrums for three months with a hearing test showing hearing loss. The records show two documented "
        "infections in the last six months and no hearing test (audiogram). The ear tubes are not medically "
        "necessary at this time. Dr. Marsh may send a new request with more records.",
        *appeal_paras(APPEAL.format(org=ORG, addr=ORG_ADDR))], size=9.1)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, group_number=f["group"], member_id=f["mid"],
              member_name=f["kid"], case_numbers=[ref], service_dates=[surg.isoformat()],
              denial_date=f["d0"].isoformat(), provider=ENT, appeal_deadline=plus(f["d0"], 180).isoformat())
    return pdf_bytes(d), t


def doc_copy_upheld_prose(r):
    f = base(r, 1)
    ref = pat(r, "9999-999999")
    orig = "PC-" + pat(r, "9999999")
    surg = plus(f["d0"], r.randint(15, 35))
    prov = "Dr. Bartholomew Ingersoll"
    d = Page(serif=True, footer=f"{ORG} - Appeals Department")
    d.add_page()
    letterhead(d, ORG, ["Appeals Department", ORG_ADDR, "1-555-318-6200"])
    d.text_line(fd(f["d0"], "iso"), 10)
    d.ln(3)
    addr(d, [f["parent"], *f["addr"]])
    paras(d, [
        f"Dear {f['parent']}:",
        f"You appealed our decision on precertification {orig}, in which we did not approve an adenoidectomy for "
        f"your son {f['kid']} (member ID {f['mid']}). {prov} had planned the surgery for "
        f"{fd(surg, 'abbr')}. We gave your appeal the number {ref}.",
        "A board-certified pediatric otolaryngologist who had no part in the first decision reviewed the records. "
        "Your son's snoring is mild, there is no sleep study, and the X-ray showed adenoids filling less than half "
        "of the airway. We uphold our decision: the adenoidectomy is not medically necessary now.",
        f"If you disagree, you may ask for a second-level appeal within 60 days of the date of this letter by "
        f"writing to {ORG} Appeals, {ORG_ADDR}. You may also ask for an external review within 4 months of our "
        "final decision. Call 1-555-318-6200 with questions.",
        "Sincerely,", "Appeals Department", ORG], size=10)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["kid"],
              case_numbers=[ref, orig], service_dates=[surg.isoformat()], denial_date=f["d0"].isoformat(),
              provider=prov, appeal_deadline=plus(f["d0"], 60).isoformat())
    return pdf_bytes(d), t


def doc_photo_eob(r):
    f = base(r, 2)
    stmt = f["d0"]
    dos = plus(stmt, -r.randint(25, 45))
    c = [pat(r, "E99999999999") for _ in range(3)]
    a = [fee(r, 1400, 2100), fee(r, 3200, 4800), fee(r, 700, 1100)]
    paid = [round(a[0] * 0.55, 2), 0.0, round(a[2] * 0.6, 2)]
    d = Page(footer=f"{ORG}  -  Explanation of Benefits  -  THIS IS NOT A BILL")
    d.add_page()
    band(d, ORG, "EXPLANATION OF BENEFITS")
    lv(d, [("Statement date", fd(stmt, "dmy")), ("Subscriber", f["parent"]), ("Patient", f["kid"]),
           ("Member ID", f["mid"]), ("Group", f["group"])], w=36, size=9.3)
    rows = [[c[0], fd(dos, "slash"), ENT_PRAC, "Adenoidectomy 42830", usd(a[0]), usd(paid[0]), ""],
            [c[1], fd(dos, "slash"), ASC, "Facility - ear tubes 69436", usd(a[1]), usd(0), "M52"],
            [c[2], fd(dos, "slash"), ANES, "Anesthesia 00120", usd(a[2]), usd(paid[2]), ""]]
    wtable(d, ["Claim number", "Service date", "Provider", "Service", "Amount billed", "Plan paid", "Remark"],
           rows, [32, 20, 46, 34, 20, 18, 12], size=7.8)
    paras(d, [
        f"M52 - Claim {c[1]}: the ear tube procedure was reviewed and found not medically necessary (precertification "
        "denied). You may owe the provider the billed amount if you signed a waiver.",
        "You may appeal a denied claim within 180 days after you receive this statement. Call 1-555-318-6200."],
          size=8.8)
    t = truth("eob", "medical_necessity", insurer=ORG, group_number=f["group"], member_id=f["mid"],
              member_name=f["kid"], case_numbers=[c[1]], claim_amount=f"{a[1]:.2f}", service_dates=[dos.isoformat()],
              denial_date=stmt.isoformat(), provider=ASC, appeal_deadline=None)
    return pdf_bytes(d), t


def doc_es_parent_letter(r):
    f = base(r, 3, es=True)
    ref = "PC-" + pat(r, "9999999")
    lt = f["d0"]
    surg = plus(lt, r.randint(12, 30))
    d = Page(serif=True)
    d.add_page()
    for s in [f["parent"], *f["addr"], "Tel. 1-555-245-7719"]:
        d.text_line(s, 10)
    d.ln(4)
    d.text_line(fd(lt, "es"), 10)
    d.ln(3)
    addr(d, [f"{ORG} - Departamento de Apelaciones", ORG_ADDR])
    d.text_line(f"Asunto: apelación de la precertificación {ref}", 10.5, "B")
    d.ln(2)
    paras(d, [
        "A quien corresponda:",
        f"Soy la madre de {f['kid']}, número de miembro {f['mid']}. Ustedes aprobaron la operación de adenoides de "
        f"mi hijo, pero negaron los tubos en los oídos. La cirugía está programada para el {fd(surg, 'es')} con la "
        f"doctora Evangeline Marsh.",
        "Mi hijo ha tenido cinco infecciones de oído desde el verano. Tres fueron tratadas en la sala de urgencias y "
        "no en el consultorio del pediatra, por eso quizá no aparecen en los registros que recibieron. Le hicieron "
        "una prueba de audición la semana pasada y el resultado muestra pérdida auditiva en los dos oídos. Adjunto "
        "los informes.",
        "Les pido que revisen otra vez la decisión y aprueben los tubos.",
        "Atentamente,", f["parent"]], size=10.2)
    t = truth("other", None, lang="es", insurer=ORG, member_id=f["mid"], member_name=f["kid"], case_numbers=[ref],
              service_dates=[surg.isoformat()], denial_date=lt.isoformat(), provider="Evangeline Marsh",
              unscored=["insurer", "appeal_deadline"], alternates={"denial_date": [None]})
    return pdf_bytes(d), t


def doc_scan_anesthesia_bill(r):
    f = base(r, 0)
    stmt = f["d0"]
    dos = plus(stmt, -r.randint(30, 50))
    acct = pat(r, "99999999")
    claim = pat(r, "E99999999999")
    base_u, time_u = 5, r.randint(2, 3)
    tot = fee(r, 900, 1300)
    paid = round(tot * 0.62, 2)
    d = Page(footer=f"{ANES}  -  Questions? 1-555-761-4402")
    d.add_page()
    letterhead(d, ANES, ["Billing Office, 2200 Market Street, Camp Hill, PA 17011", "Tax ID 25-5551234"])
    d.text_line("PATIENT STATEMENT", 13, "B")
    d.ln(2)
    d.boxes([("Statement date", fd(stmt, "abbr"), 42), ("Account number", acct, 40), ("Patient", f["kid"], 58),
             ("Guarantor", f["parent"], 40)])
    d.boxes([("Insurance", ORG, 60), ("Member ID", f["mid"], 44), ("Insurance claim no.", claim, 44),
             ("Amount due", usd(tot - paid), 32)])
    d.ln(4)
    wtable(d, ["Date of service", "Description", "Anesthesia base / time units", "Charges", "Insurance paid",
               "Balance"],
           [[fd(dos, "slash"), "00120 Anesthesia, ear procedures", f"{base_u} / {time_u}", usd(tot), usd(paid),
             usd(tot - paid)],
            ["", "Anesthesiologist: Dr. Lysander Cobb, MD", "", "", "", ""]],
           [24, 62, 30, 22, 22, 20], size=8.2)
    paras(d, [
        f"Total charges {usd(tot)}. {ORG} paid {usd(paid)} on the adenoidectomy anesthesia. The balance is your "
        "coinsurance. Please pay within 30 days or call to set up a payment plan."], size=9.4)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["kid"], case_numbers=[claim],
              claim_amount=f"{tot:.2f}", service_dates=[dos.isoformat()], denial_date=stmt.isoformat(),
              provider=ANES, unscored=["insurer", "appeal_deadline"],
              alternates={"case_numbers": [[]], "provider": ["Lysander Cobb"]})
    return pdf_bytes(d), t


def doc_bd_asc_statement(r):
    f = base(r, 2)
    stmt = f["d0"]
    dos = plus(stmt, -r.randint(20, 40))
    acct = "ACC" + pat(r, "9999999")
    lines = [("42830", "Adenoidectomy, primary, age < 12", fee(r, 2100, 2600)),
             ("69436", "Tympanostomy, general anesthesia, bilateral", fee(r, 2400, 3100)),
             ("J2405", "Ondansetron injection", fee(r, 20, 60)),
             ("A4649", "Surgical supplies", fee(r, 80, 160)),
             ("99070", "Recovery room supplies", fee(r, 40, 90))]
    tot = round(sum(x[2] for x in lines), 2)
    d = Page(footer=f"{ASC}  -  Page {{p}} of {{n}}", header=f"{ASC}  -  Account {acct}  -  {f['kid']}  (continued)")
    d.add_page()
    letterhead(d, ASC, ["4100 Trindle Road, Camp Hill, PA 17011", "Patient accounts 1-555-761-3300"])
    d.text_line("ITEMIZED STATEMENT", 13, "B")
    d.ln(1)
    lv(d, [("Statement date:", fd(stmt, "nopad")), ("Patient:", f["kid"]), ("Responsible party:", f["parent"]),
           ("Account:", acct), ("Primary insurance:", f"{ORG}  ID {f['mid']}"),
           ("Surgeon:", ENT)], w=44, size=9.3)
    wtable(d, ["Service date", "Code", "Description", "Charge"],
           [[fd(dos, "slash"), c, desc, usd(v)] for c, desc, v in lines] + [["", "", "TOTAL CHARGES", usd(tot)]],
           [28, 22, 96, 30], size=8.6, bold_last=True)
    paras(d, [
        f"Your insurance denied the ear tube charge as not medically necessary. We have filed an appeal on your "
        "behalf. No payment is due while the appeal is open."], size=9.4)
    d.add_page()
    paras(d, [
        "#Financial assistance",
        "You may qualify for reduced charges based on household income. Ask for an application at 1-555-761-3300.",
        "#Your rights",
        "You have the right to receive an itemized bill and to dispute any charge in writing within 60 days. "
        "Under federal law you are protected from surprise bills for emergency care and for out-of-network "
        "providers at in-network facilities."], size=9.4)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["kid"], claim_amount=f"{tot:.2f}",
              service_dates=[dos.isoformat()], denial_date=stmt.isoformat(), provider=ASC,
              unscored=["insurer", "appeal_deadline"], alternates={"provider": [ENT]})
    return pdf_bytes(d), t


def stack_fax(r):
    f = base(r, 3)
    ref = "PC-" + pat(r, "9999999")
    apl = "AP" + pat(r, "99999999")
    lt = f["d0"]
    dec = plus(lt, r.randint(10, 18))
    surg = plus(dec, r.randint(7, 14))
    fl1 = f"{fd(lt, 'short')} 16:{r.randint(10, 59)}  KEYSTONE PED ENT  1-555-761-5090  P.{{p}}"
    e = Page(faxline=fl1)
    e.add_page()
    letterhead(e, ENT_PRAC, ["55 Erford Road, Camp Hill, PA 17011", "Phone 1-555-761-5000  Fax 1-555-761-5090"])
    e.text_line(fd(lt, "long"), 10)
    e.ln(2)
    addr(e, [f"{ORG} Appeals", ORG_ADDR])
    e.text_line(f"RE: {f['kid']}   Member ID {f['mid']}   Precertification {ref}", 10, "B")
    e.ln(2)
    paras(e, [
        "Dear Medical Director:",
        "I am appealing the denial of bilateral tympanostomy tubes for my patient. Your review counted two ear "
        "infections; the enclosed urgent care records show four documented episodes of acute otitis media in the "
        "last six months, each treated with antibiotics. An audiogram done in our office shows a conductive hearing "
        "loss of 30 dB in both ears with flat tympanograms. She meets your policy. I ask that the tubes be approved "
        f"so they can be placed with the adenoidectomy on {fd(surg, 'long')}.",
        "Sincerely,", ENT, "Pediatric Otolaryngology"], size=10)
    t1 = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["kid"], case_numbers=[ref],
               service_dates=[surg.isoformat()], denial_date=lt.isoformat(), provider=ENT,
               unscored=["insurer", "appeal_deadline"])
    fl2 = f"{fd(dec, 'short')} 09:{r.randint(10, 59)}  THORNAPPLE MUTUAL APPEALS  FAX 1-555-318-6299  PAGE {{p}}"
    d = Page(faxline=fl2, footer=f"{ORG}  |  {ORG_ADDR}")
    d.add_page()
    letterhead(d, ORG, ["Appeals Department", ORG_ADDR, "1-555-318-6200"], centred=True)
    d.text_line(fd(dec, "upper"), 10)
    d.ln(2)
    top, bot = sidebar(d, [("Appeal number", apl), ("Precertification", ref), ("Patient", f["kid"]),
                           ("Member ID", f["mid"]), ("Group", f["group"]), ("Surgeon", ENT)])
    d.set_xy(70, top)
    d.font(12, "B")
    d.multi_cell(0, 6, "APPEAL DECISION: APPROVED", new_x="LMARGIN", new_y="NEXT")
    d.set_x(70)
    d.font(9.6)
    d.multi_cell(0, 4.8, f"To {ENT} and the parents of {f['kid']}: a pediatric otolaryngologist who did not take "
                 "part in the first review looked at the new records and the audiogram. We have reversed our "
                 "decision. Bilateral tympanostomy tubes (69436) are approved with the adenoidectomy on "
                 f"{fd(surg, 'long')}.", new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), bot) + 4)
    paras(d, ["No further action is needed. This approval is valid for 90 days. Benefits depend on eligibility "
              "on the date of service."], size=9.4)
    t2 = truth("other", None, insurer=ORG, group_number=f["group"], member_id=f["mid"], member_name=f["kid"],
               case_numbers=[apl, ref], service_dates=[surg.isoformat()], denial_date=dec.isoformat(), provider=ENT,
               unscored=["appeal_deadline"])
    cv = cover(f"{ORG} Appeals", ENT_PRAC, "1-555-318-6299", "1-555-761-5090", fd(lt, "slash"), 3,
               "Expedited appeal: letter of medical necessity, urgent care notes and audiogram for the patient named "
               "on the attached letter.")
    return [(pdf_bytes(e), t1), (pdf_bytes(d), t2)], [cv, None]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_fax(r(6))
    return [
        Item(f"{FAMILY}_bd_precert_tubes_denied_adenoids_approved", "born_digital", [doc_bd_precert(r(0))]),
        Item(f"{FAMILY}_copy_appeal_upheld_adenoidectomy_prose", "photocopy", [doc_copy_upheld_prose(r(1))]),
        Item(f"{FAMILY}_photo_eob_three_claims_facility_denied", "phone_photo", [doc_photo_eob(r(2))]),
        Item(f"{FAMILY}_lowres_carta_madre_es", "scan_lowres_150", [doc_es_parent_letter(r(3))]),
        Item(f"{FAMILY}_scan300_anesthesia_bill_boxed", "scan_clean_300", [doc_scan_anesthesia_bill(r(4))]),
        Item(f"{FAMILY}_bd_surgery_center_itemized_two_page", "born_digital", [doc_bd_asc_statement(r(5))]),
        Item(f"{FAMILY}_faxstd_stack_cover_ent_letter_and_approval", "fax_standard_g4", docs, separators=seps),
    ]
