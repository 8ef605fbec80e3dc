"""Family 'lymphoma_pet_ct_interim_restaging_frequency_denial': an invented commercial plan (Marrowind Health Plan)
whose imaging benefit manager (Calverdine Imaging Benefits) refuses an interim or restaging PET/CT for lymphoma as
more frequent than its oncology imaging guideline allows, approving one scan instead of two; oncology letters,
imaging center bills, an EOB with several claims, a Spanish member letter, an upheld and an overturned appeal.
All values invented; phones 555.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddd_famdde import HPage, Page, band, boxes, faxline, fdate, m2, money, out, paras, pat, plus, truth

FAMILY = "lymphoma_pet_ct_interim_restaging_frequency_denial"
LANG = "en"
SEED = 350404
ORG = "Marrowind Health Plan"
IBM = "Calverdine Imaging Benefits"
ADDR = "PO Box 61907, Boise, ID 83707"
FOOT = "Marrowind Health Plan | Imaging reviews by Calverdine Imaging Benefits"
MEMBERS = ["Perrin J. Alcott", "Soledad M. Arrieta", "Vaughn K. Ellery", "Delphine R. Marsh", "Corwin B. Dunstan",
           "Imogen T. Fairweather", "Rosendo A. Quijano"]
ONC = ["Anneliese C. Varga, MD", "Tobias H. Renwick, MD", "Priyamvada S. Kulkarni, MD"]
BARE = ["Anneliese C. Varga", "Tobias H. Renwick", "Priyamvada S. Kulkarni"]
CENTER = "Snake River PET Imaging Center"


def appeal_text(days_from="of the date of this letter"):
    return [
        "#Your right to appeal",
        f"You, your doctor or someone you name may appeal this decision within 180 days {days_from}. Send the "
        f"appeal in writing to {ORG} Appeals, {ADDR}, or fax 1-555-640-2291. Include any new records.",
        "#Urgent appeal",
        "If waiting could seriously harm your life or health, ask for an expedited appeal. We will decide within "
        "72 hours.",
        "#External review",
        "After the plan's appeal you may ask for an independent external review within 4 months of the final "
        "decision. External review may also look at decisions based on medical necessity, level of care, "
        "experimental treatment or coverage rules.",
    ]


def base(r, k):
    return dict(notice=dt.date(2026, 1, 9) + dt.timedelta(days=r.randint(0, 110)), member=MEMBERS[k],
                mid="MWH" + pat(r, "99999999"), grp=pat(r, "G-99999"), dob=dt.date(r.randint(1950, 2004),
                                                                                 r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def doc_determination(r):
    """Born digital: two interim PET/CTs requested, one approved, the second refused as too frequent; label column."""
    b = base(r, 0)
    req = "CIB-" + pat(r, "26999999")
    s1, s2 = plus(b["notice"], 8), plus(b["notice"], 64)
    recv = plus(b["notice"], -3)
    p = Page(footer="Page {n} of {nb}", footer_left=FOOT)
    p.add_page()
    band(p, "MARROWIND HEALTH PLAN", "Imaging benefit reviews by Calverdine Imaging Benefits | " + ADDR)
    p.line("Notice of Imaging Determination", 13, "B", h=8)
    p.ln(2)
    p.pairs([("Date of notice", fdate(b["notice"], "long")), ("Patient", b["member"]), ("Member ID", b["mid"]),
             ("Group", b["grp"]), ("Date of birth", fdate(b["dob"], "slash")), ("Request number", req),
             ("Request received", fdate(recv, "long")), ("Ordering physician", ONC[0]), ("NPI", b["npi"]),
             ("Rendering facility", CENTER)], label_w=48, size=9.6)
    p.ln(2)
    p.table(["Line", "Procedure", "Requested date", "Decision"],
            [["1", "PET/CT skull base to mid-thigh (78815), interim after cycle 2", fdate(s1, "slash"), "Approved"],
             ["2", "PET/CT skull base to mid-thigh (78815), interim after cycle 4", fdate(s2, "slash"), "Not approved"]],
            [12, 100, 30, 32], size=8.6)
    paras(p, [
        "#Why line 2 was not approved",
        "Your doctor asked for two PET/CT scans during treatment for Hodgkin lymphoma. Under the Calverdine "
        "oncology imaging guideline ONC-PET-4.2, one interim PET/CT is covered during first-line chemotherapy, "
        "after cycle 2, to decide further treatment. A second interim scan before the end of treatment is not "
        "medically necessary unless the first scan shows a response that needs a change of treatment. The first "
        "scan is approved. A PET/CT at the end of treatment can be requested then.",
        "A board-certified radiologist reviewed this request. Your doctor may call 1-555-640-2200 to talk with "
        "the reviewer within 14 days.",
    ], size=9.6)
    paras(p, appeal_text(), size=8.8)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, group=b["grp"], member_id=b["mid"],
              member_name=b["member"], cases=[req], service_dates=[s2.isoformat()],
              denial_date=b["notice"].isoformat(), provider=BARE[0],
              appeal_deadline=plus(b["notice"], 180).isoformat(), alternates={"insurer": [IBM]})
    return out(p), t


def doc_onc_letter(r):
    """Fax standard: the oncologist's letter to the imaging benefit manager, told in sentences, fax header line."""
    b = base(r, 1)
    req = "CIB-" + pat(r, "26999999")
    want = plus(b["notice"], 10)
    p = Page(footer=None)
    p.add_page()
    faxline(p, f"{fdate(b['notice'], 'slash')} 16:{r.randint(10, 59)}  TETON HEMATOLOGY ONCOLOGY  FAX 1-555-318-4471"
               "  PAGE 01/01")
    p.line("Teton Hematology & Oncology", 14, "B", h=7)
    p.line("2210 Medical Center Drive, Idaho Falls, ID 83404 | Phone 1-555-318-4400 | Fax 1-555-318-4471", 8.5)
    p.ln(6)
    p.para(fdate(b["notice"], "dmy"))
    p.para(f"{IBM}\nAttn: Oncology Imaging Review\n{ADDR}")
    paras(p, [
        f"Re: {b['member']}, member ID {b['mid']}, request {req}",
        "To the reviewing radiologist:",
        f"I am writing about the restaging PET/CT I ordered for my patient, planned for {fdate(want, 'long')}, "
        "which your letter says is too soon after the last scan. This patient has diffuse large B-cell lymphoma. "
        "The interim scan after cycle 3 showed a Deauville score of 4, and I changed the chemotherapy regimen "
        "because of it. Response to the new regimen must be measured before I can refer her for stem cell "
        "transplant, and the transplant center requires a PET/CT no older than 30 days.",
        "This is the situation your own guideline names as an exception. I ask that you reconsider and approve "
        "the scan. The interim report and the transplant center's referral are enclosed.",
        f"Sincerely,\n\n{ONC[1]}\nHematology and Medical Oncology",
    ], size=10)
    t = truth("other", None, insurer=ORG, member_id=b["mid"], member_name=b["member"], cases=[req],
              service_dates=[want.isoformat()], denial_date=b["notice"].isoformat(), provider=BARE[1],
              unscored=["insurer"], alternates={"denial_date": [None]})
    return out(p), t


def doc_es(r):
    """Phone photo: Spanish member letter told only in sentences; end-of-treatment PET/CT too soon."""
    b = base(r, 6)
    req = "CIB-" + pat(r, "26999999")
    planned = plus(b["notice"], 12)
    p = Page(footer="Página {n} de {nb}", footer_left="Marrowind Health Plan - revisiones de imágenes por " + IBM)
    p.add_page()
    p.line(ORG, 15, "B", h=8)
    p.line(ADDR + " | Servicios al Miembro 1-555-640-2000 (TTY 711)", 8.5)
    p.ln(6)
    p.para(fdate(b["notice"], "long", "es"))
    p.para(f"{b['member']}\n{r.randint(100, 9000)} Calle Los Álamos\nNampa, ID 83651")
    p.ln(2)
    paras(p, [
        f"Estimado(a) {b['member']}:",
        f"Su médico, {ONC[2]}, pidió una tomografía PET/CT para revisar su linfoma después del tratamiento, el "
        f"{fdate(planned, 'long', 'es')}. El número de su solicitud es {req} y su número de miembro es {b['mid']}.",
        "No aprobamos este estudio. Usted tuvo una PET/CT hace seis semanas. Según la guía de imágenes de "
        "oncología que usa su plan, la PET/CT de fin de tratamiento se cubre cuando han pasado por lo menos 8 "
        "semanas desde la última dosis de radioterapia, porque antes de ese tiempo el resultado puede ser falso. "
        "Por eso el estudio no es médicamente necesario en esta fecha. Su médico puede pedirlo de nuevo después "
        "de esas 8 semanas.",
        f"Si no está de acuerdo, usted puede apelar dentro de 180 días a partir de la fecha de esta carta. "
        f"Escriba a {ORG} Appeals, {ADDR}. Si su salud corre peligro, pida una apelación rápida y le "
        "responderemos dentro de 72 horas. También puede pedir una revisión externa independiente dentro de 4 "
        "meses después de la decisión final.",
        "Atentamente,\nDepartamento de Revisión Clínica\n" + ORG,
    ], size=10)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=b["mid"], member_name=b["member"],
              cases=[req], service_dates=[planned.isoformat()], denial_date=b["notice"].isoformat(),
              provider=BARE[2], appeal_deadline=plus(b["notice"], 180).isoformat(), lang="es")
    return out(p), t


def doc_eob(r):
    """Scan 300: EOB with three claims, the PET/CT claim refused as too frequent; header wraps over two lines."""
    b = base(r, 2)
    claims = ["E" + pat(r, "2699999999") for _ in range(3)]
    dates = [plus(b["notice"], -33), plus(b["notice"], -26), plus(b["notice"], -26)]
    amts = [round(r.randint(210, 420) + 0.0, 2), round(r.randint(5200, 7900) + 0.5, 2),
            round(r.randint(60, 190) + 0.35, 2)]
    provs = ["Teton Hematology & Oncology", CENTER, "Gem State Reference Laboratory"]
    p = Page(footer="Page {n} of {nb}", footer_left=FOOT)
    p.add_page()
    band(p, "Marrowind Health Plan", "EXPLANATION OF BENEFITS | THIS IS NOT A BILL")
    p.pairs([("Statement date", fdate(b["notice"], "upper")), ("Member", b["member"]), ("Member ID", b["mid"]),
             ("Group number", b["grp"]),
             ("Processing period", f"{fdate(plus(b['notice'], -21), 'slash')} - {fdate(plus(b['notice'], -1), 'slash')}")],
            label_w=42, size=9.4)
    p.ln(3)
    rows = []
    for i in range(3):
        den = i == 1
        rows.append([claims[i], fdate(dates[i], "slash"), provs[i], money(amts[i]),
                     money(0 if den else round(amts[i] * 0.8, 2)), money(amts[i] if den else round(amts[i] * 0.2, 2)),
                     "N62" if den else "A1"])
    p.table(["Claim number", "Date of service", "Provider", "Amount billed", "Plan paid",
             "Your responsibility (see note)", "Remark code"], rows, [28, 22, 52, 22, 18, 24, 14], size=7.9)
    paras(p, [
        "N62: Denied. This PET/CT (78815) was done 5 weeks after an earlier PET/CT. The Calverdine oncology "
        "imaging guideline covers a restaging PET/CT no sooner than 8 weeks after the last scan unless new "
        "symptoms are documented, which they were not. The scan was not medically necessary on this date and no "
        "approval was on file. Your provider may not bill you more than your share for a network service unless "
        "you agreed in writing before the scan. A1: Processed under your plan's benefits.",
        f"You may appeal a denied claim within 180 days of the date of this statement. Write to {ORG} Appeals, "
        f"{ADDR}. Urgent appeals are decided within 72 hours. External review is available within 4 months of a "
        "final decision.",
    ], size=8.6)
    t = truth("eob", "medical_necessity", insurer=ORG, group=b["grp"], member_id=b["mid"], member_name=b["member"],
              cases=[claims[1]], claim_amount=m2(amts[1]), service_dates=[dates[1].isoformat()],
              denial_date=b["notice"].isoformat(), provider=CENTER,
              appeal_deadline=plus(b["notice"], 180).isoformat())
    return out(p), t


def doc_bill(r):
    """Rotated: imaging center patient statement for the approved interim PET/CT (three lines); denies nothing."""
    b = base(r, 3)
    acct = "SRP-" + pat(r, "999999")
    dos = plus(b["notice"], -24)
    lines = [("78815", "PET/CT imaging, skull base to mid-thigh", round(r.randint(4100, 5600) + 0.0, 2)),
             ("A9552", "F-18 FDG radiopharmaceutical, per study dose", round(r.randint(420, 780) + 0.5, 2)),
             ("78815-26", "Professional interpretation, nuclear radiology", round(r.randint(380, 640) + 0.0, 2))]
    tot = round(sum(x[2] for x in lines), 2)
    ins_paid = round(tot * 0.55, 2)
    adj = round(tot * 0.3, 2)
    bal = round(tot - ins_paid - adj, 2)
    p = Page(footer=None, footer_left=CENTER + " | Billing office 1-555-522-7300")
    p.add_page()
    p.line(CENTER.upper(), 15, "B", h=8)
    p.line("1480 Hospital Way, Pocatello, ID 83201 | Tax ID 82-" + pat(r, "9999999"), 8.5)
    p.ln(4)
    p.line("PATIENT STATEMENT", 13, "B", h=8)
    p.pairs([("Statement date", fdate(b["notice"], "abbr")), ("Patient", b["member"]), ("Account number", acct),
             ("Insurance", f"{ORG} - ID {b['mid']}"), ("Referring physician", ONC[0])], label_w=44, size=9.5)
    p.ln(3)
    rows = [[fdate(dos, "slash"), c, d, money(a, "nosign")] for c, d, a in lines]
    rows.append(["", "", "Total charges", money(tot, "nosign")])
    rows.append(["", "", "Insurance payment", "-" + money(ins_paid, "nosign")])
    rows.append(["", "", "Contractual adjustment", "-" + money(adj, "nosign")])
    rows.append(["", "", "Amount you owe", money(bal, "nosign")])
    p.table(["Date", "Code", "Description", "Charge (USD)"], rows, [28, 24, 90, 32], size=8.8,
            aligns=["L", "L", "L", "R"], bold_last=True)
    paras(p, [
        "Your interim PET/CT was approved by your health plan (approval on file). The amount you owe is your "
        "coinsurance. Please pay by the due date on the coupon below or call us to set up a payment plan.",
        f"Pay online or mail this part with your payment.  Account {acct}   Amount due {money(bal)}",
    ], size=9.2)
    t = truth("other", None, insurer=ORG, member_id=b["mid"], member_name=b["member"], claim_amount=m2(tot),
              service_dates=[dos.isoformat()], denial_date=b["notice"].isoformat(), provider=CENTER,
              unscored=["insurer", "appeal_deadline"])
    return out(p), t


def doc_upheld(r):
    """Photocopy: two-page first-level appeal upholding the second interim PET/CT refusal; running header."""
    b = base(r, 4)
    ap = "APL-" + pat(r, "26-99999")
    req = "CIB-" + pat(r, "26999999")
    planned = plus(b["notice"], -5)
    p = HPage(f"{b['member']} - Member ID {b['mid']} - Appeal {ap}", footer="Page {n} of {nb}", footer_left=FOOT)
    p.add_page()
    band(p, "Marrowind Health Plan", "Appeals and Grievances | " + ADDR)
    p.line("APPEAL DECISION", 13, "B", h=8)
    boxes(p, [("Date of letter", fdate(b["notice"], "iso"), 58), ("Member", b["member"], 60),
              ("Member ID", b["mid"], 62)])
    boxes(p, [("Appeal number", ap, 58), ("Original request", req, 60),
              ("Appeal received", fdate(plus(b["notice"], -19), "iso"), 62)])
    boxes(p, [("Service", "PET/CT 78815, second interim scan", 90), ("Requested date", fdate(planned, "iso"), 90)])
    p.ln(4)
    paras(p, [
        "#Decision",
        "We have upheld the decision not to approve a second interim PET/CT.",
        "#Reasons",
        f"{ONC[1]} appealed for a second interim PET/CT for follow-up of follicular lymphoma during "
        "bendamustine and rituximab treatment. A hematologist-oncologist who took no part in the first decision "
        "reviewed the appeal. The first interim scan after cycle 3 showed a complete metabolic response "
        "(Deauville 2). With a complete response, a second scan during treatment does not change the plan of "
        "care. Under guideline ONC-PET-4.2, the next covered PET/CT is at the end of treatment. The second "
        "interim scan is not medically necessary.",
        "You may ask for free copies of the guideline and every document used in this decision.",
    ], size=9.8)
    p.add_page()
    paras(p, [
        "#Second-level appeal",
        f"If you disagree, you may ask for a second-level appeal within 60 days of the date of this letter. "
        f"Write to {ORG} Appeals, {ADDR}, or fax 1-555-640-2291.",
        "#External review",
        "You may instead, or afterward, ask for an independent external review within 4 months of the date of "
        "this letter. An expedited external review is decided within 72 hours.",
        "#Help",
        "For help with your appeal, call Member Services at 1-555-640-2000 (TTY 711) or your state's consumer "
        "assistance program at 1-555-334-4250.",
        "Sincerely,\n\nAppeals Unit, " + ORG,
    ], size=9.8)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=b["mid"], member_name=b["member"],
              cases=[ap, req], service_dates=[planned.isoformat()], denial_date=b["notice"].isoformat(),
              provider=BARE[1], appeal_deadline=plus(b["notice"], 60).isoformat())
    return out(p), t


def stack_lowres(r):
    """Low-res scan: typed fax cover, a second-level appeal overturned (boxed grid), duplex back, the paid EOB."""
    b = base(r, 5)
    ap = "APL-" + pat(r, "26-99999")
    req = "CIB-" + pat(r, "26999999")
    dos = plus(b["notice"], -40)
    claim = "E" + pat(r, "2699999999")
    amt = round(r.randint(5400, 7600) + 0.25, 2)
    p = Page(footer="Page {n} of {nb}", footer_left=FOOT)
    p.add_page()
    band(p, "MARROWIND HEALTH PLAN", "Appeals and Grievances")
    p.line("Second-Level Appeal Decision", 13, "B", h=8)
    w = (p.w - p.l_margin - p.r_margin) / 3
    boxes(p, [("Letter date", fdate(b["notice"], "slash"), w), ("Member", b["member"], w), ("Member ID", b["mid"], w)])
    boxes(p, [("Appeal number", ap, w), ("Claim number", claim, w), ("Date of service", fdate(dos, "slash"), w)])
    boxes(p, [("Imaging center", CENTER, w * 1.5), ("Ordering physician", ONC[2], w * 1.5)])
    p.ln(4)
    paras(p, [
        "#Decision: overturned",
        "We have reversed our earlier decision. The restaging PET/CT for Hodgkin lymphoma is approved and the "
        "claim will be paid under your plan's imaging benefit. You will receive a new Explanation of Benefits.",
        "#Why",
        "The new records show the scan was ordered because of new night sweats and an enlarged lymph node, "
        "which the imaging guideline names as a reason for an earlier scan. Nothing more is needed from you.",
    ], size=10)
    d1 = (out(p), truth("other", None, insurer=ORG, member_id=b["mid"], member_name=b["member"], cases=[ap, claim],
                        service_dates=[dos.isoformat()], denial_date=b["notice"].isoformat(),
                        provider=CENTER, alternates={"provider": [BARE[2]]}))
    eobd = plus(b["notice"], 9)
    q = Page(footer="Page {n} of {nb}", footer_left=FOOT)
    q.add_page()
    band(q, "Marrowind Health Plan", "EXPLANATION OF BENEFITS - REPROCESSED CLAIM | THIS IS NOT A BILL")
    q.pairs([("Issue date", fdate(eobd, "long")), ("Member", b["member"]), ("Member ID", b["mid"]),
             ("Claim number", claim), ("Provider", CENTER), ("Reason", "Adjusted after appeal " + ap)],
            label_w=40, size=9.6)
    q.ln(3)
    allowed = round(amt * 0.58, 2)
    paid = round(allowed * 0.8, 2)
    q.table(["Service date", "Service", "Billed", "Allowed", "Plan paid", "You owe"],
            [[fdate(dos, "slash"), "PET/CT 78815 with FDG", money(amt, "usd"), money(allowed, "usd"),
              money(paid, "usd"), money(round(allowed - paid, 2), "usd")]], [26, 50, 26, 26, 26, 26], size=8.6)
    q.para("This claim was paid after your appeal. If you disagree with how it was paid, you may appeal within "
           "180 days of the date of this statement.", size=9)
    d2 = (out(q), truth("eob", None, insurer=ORG, member_id=b["mid"], member_name=b["member"], cases=[claim],
                        claim_amount=m2(amt), service_dates=[dos.isoformat()], denial_date=eobd.isoformat(),
                        provider=CENTER, unscored=["appeal_deadline"]))
    return [d1, d2], ["cover", "duplex"]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_lowres(r(5))
    return [
        Item(f"{FAMILY}_bd_one_of_two_interim_scans_approved", "born_digital", [doc_determination(r(0))]),
        Item(f"{FAMILY}_faxstd_oncologist_letter_restaging", "fax_standard_g4", [doc_onc_letter(r(1))]),
        Item(f"{FAMILY}_photo_carta_es_pet_fin_de_tratamiento", "phone_photo", [doc_es(r(6))]),
        Item(f"{FAMILY}_scan300_eob_three_claims_pet_denied", "scan_clean_300", [doc_eob(r(2))]),
        Item(f"{FAMILY}_rotated_imaging_center_statement", "rotated", [doc_bill(r(3))]),
        Item(f"{FAMILY}_copy_two_page_appeal_upheld", "photocopy", [doc_upheld(r(4))]),
        Item(f"{FAMILY}_lowres_stack_appeal_overturned_and_paid_eob", "scan_lowres_150", docs, separators=seps),
    ]
