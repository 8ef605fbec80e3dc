"""Family 'speech_generating_device_denial': Medicaid managed care notices, a state Medicaid prior-authorization
notice, commercial plan letters and an EOB on speech-generating devices (E2510 dedicated device with synthesized
speech, E2511 SGD software for a personal computer or tablet, E2599 SGD accessories such as a mount or case).
Reasons: the speech-language pathologist's (SLP) formal evaluation was not sent, a general-purpose tablet with a
communication app is not a medical item, the trial period with the device was not documented. The AAC vendor that
requested or billed the device is the provider; the evaluating SLP (with credentials and NPI), the date of birth, the
request-received date, the parent or subscriber, the fair-hearing limit and the continuation-of-benefits limit are
decoys. One approval; one Spanish Medicaid notice. All values invented.

Issuers: Kinnickinnic Community Care (Medicaid managed care plan), Sorrelbrook Health Plan (commercial),
Mesabi Department of Human Services (fictional state Medical Assistance program).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "speech_generating_device_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
KCC, SHP, MDHS = "Kinnickinnic Community Care", "Sorrelbrook Health Plan", "Mesabi Department of Human Services"
FIRST = ["Aino", "Chidi", "Thanh", "Sefa", "Ilkka", "Ngozi", "Minh", "Lagi", "Eero", "Amaka"]
LAST = ["Virtanen", "Okafor", "Nguyen-Hale", "Tuilagi", "Korhonen", "Eze", "Pham", "Faleolo", "Heikkinen", "Nwosu"]
FIRST_ES = ["Yadira", "Fulgencio", "Rocío", "Anselmo"]
LAST_ES = ["Olmedo", "Arriaga", "Cifuentes", "Barahona"]
VENDORS = ["Chatterbloom Communication Devices, LLC", "VoiceBridge AAC Solutions", "Talkwell Assistive Technology, Inc."]
SLPS = ["Magdalena K. Oyelowo, MS, CCC-SLP", "Tarmo J. Rebane, MA, CCC-SLP", "Ifeoma D. Kallas, MS, CCC-SLP",
        "Luz M. Ocampo, MS, CCC-SLP"]
CODES = {"E2510": "Speech generating device, synthesized speech, multiple methods of message formulation",
         "E2511": "Speech generating software program, for personal computer or personal digital assistant",
         "E2599": "Accessory for speech generating device, not otherwise classified"}
ES_CODES = {"E2510": "Dispositivo generador de voz (habla sintetizada)", "E2599": "Accesorio: soporte de montaje"}


def dig(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def cash(r, lo, hi):
    return round(r.randint(lo, hi) + r.choice([0, 0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


def person(r, lang="en"):
    first = r.choice(FIRST_ES if lang == "es" else FIRST)
    last = r.choice(LAST_ES if lang == "es" else LAST)
    return f"{first} {r.choice('BCDFGHJKLMNPRSTW')}. {last}"


def facts(r, ds, ms, lang="en"):
    notice = dt.date(2026, 2, 12) + dt.timedelta(days=r.randint(0, 180))
    member = person(r, lang)
    parent = person(r, lang).split()[0] + " " + member.split()[-1]
    return dict(ds=ds, ms=ms, lang=lang, notice=notice, svc=notice + dt.timedelta(days=r.randint(7, 30)),
                recv=notice - dt.timedelta(days=r.randint(5, 12)),
                dob=dt.date(r.randint(2009, 2021), r.randint(1, 12), r.randint(1, 27)), member=member, parent=parent,
                mid="KC" + dig(r, 9), maid=dig(r, 10), smid="SBH" + dig(r, 8), group=dig(r, 6) + "-" + dig(r, 2),
                rid=dig(r, 12), vendor=r.choice(VENDORS), vnpi=r.choice("12") + dig(r, 9), slp=r.choice(SLPS),
                slpnpi=r.choice("12") + dig(r, 9), ref=f"UM-{notice.year}-{dig(r, 6)}", claim=dig(r, 11),
                pa="PA" + dig(r, 9), auth="AU" + dig(r, 8),
                phone=f"1-8{r.choice('4567')}{r.randint(4, 8)}-555-{dig(r, 4)}",
                street=f"{r.randint(14, 9800)} {r.choice(['Tamarack Trail', 'Bur Oak Lane', 'Heron Bay Road', 'Loon Lake Drive'])}",
                city=r.choice(["Wapsie Falls, WI 54016", "Nokomis Bay, MN 55722", "Red Cedar, WI 54751"]))


def D(f, d):
    return fmt_date(d, f["ds"])


def M(f, v):
    return fmt_money(v, f["ms"])


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", **kw)
        self.add_font("DejaVu", "B", BOLD)


def addressee(d, f, to_parent=True):
    lines = ([f"Parent or guardian of {f['member']}"] if to_parent else [f["member"]]) + [f["street"], f["city"]]
    if f["lang"] == "es":
        lines[0] = f"Padre, madre o tutor de {f['member']}"
    for ln in lines:
        d.text_line(ln, 10)
    d.ln(5)


def grid(d, cells, w1=52, size=9.5):
    """Two-column ruled grid: label cell, value cell."""
    for a, b in cells:
        d.font(size - 1)
        d.cell(w1, 6.2, " " + a, border=1)
        d.font(size, "B")
        d.cell(0, 6.2, " " + b, border=1, new_x="LMARGIN", new_y="NEXT", align="L")
    d.ln(4)


# ---------------------------------------------------------------- Kinnickinnic Community Care (Medicaid MCO)
def kcc_head(d, f):
    d.text_line("Kinnickinnic Community Care", 17, "B")
    d.text_line("A Medicaid managed care plan  ·  PO Box 4407, Red Cedar, WI 54752  ·  " + f["phone"] +
                " (TTY 711)", 8.5)
    d.rule(1.0, 5)


KCC_WHY = {
    "slp": ("We reviewed the request for a speech generating device (E2510). Our guideline for augmentative and "
            "alternative communication (AAC) devices requires a formal evaluation by a licensed speech-language "
            "pathologist that describes the member's speech and language skills, why natural speech and low-tech "
            "options do not meet daily communication needs, and which device features are needed. The request "
            "included the order and the vendor's quote but no SLP evaluation. Without it, the request does not "
            "meet the medical necessity criteria. We have not decided that your child does not need an AAC device; "
            "a new request with the evaluation will be reviewed."),
    "tablet": ("The claim is for speech generating software (E2511) loaded on a tablet computer owned by the family, "
               "and a protective case (E2599). A tablet or computer that can be used for things other than speech "
               "(games, web, e-mail) is not durable medical equipment, and software for it is not a medical item. "
               "Medicaid covers dedicated speech generating devices (E2510), which can be requested with a speech-"
               "language pathologist's evaluation. The software and the case are not covered benefits."),
}


def kcc_notice(d, f, kind, lines=None):
    d.add_page()
    kcc_head(d, f)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(3)
    addressee(d, f)
    title = "Notice of Adverse Benefit Determination" + (" - Payment" if kind == "tablet" else "")
    d.text_line(title, 14, "B")
    d.ln(2)
    cells = [("Member name", f["member"]), ("Member ID", f["mid"]), ("Medicaid ID", f["maid"]),
             ("Date of birth", D(f, f["dob"]))]
    if kind == "tablet":
        total = round(sum(x[1] for x in lines), 2)
        cells += [("Claim number", f["claim"]), ("Date of service", D(f, f["svc"])), ("Amount billed", M(f, total)),
                  ("Billed by", f"{f['vendor']} (NPI {f['vnpi']})")]
    else:
        total = None
        cells += [("Reference number", f["ref"]), ("Service requested", "E2510 Speech generating device"),
                  ("Requested by", f"{f['vendor']} (NPI {f['vnpi']})"),
                  ("Evaluating therapist", f["slp"]), ("Request received", D(f, f["recv"])),
                  ("Requested delivery date", D(f, f["svc"]))]
    grid(d, cells)
    d.text_line("What we decided", 11, "B")
    d.font(10)
    d.cell(0, 5.5, "[X] Denied      [ ] Reduced      [ ] Stopped      [ ] Payment denied" if kind != "tablet" else
           "[ ] Denied      [ ] Reduced      [ ] Stopped      [X] Payment denied", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    if lines:
        d.table(["Code", "Description", "Billed"], [[c, CODES[c][:62], M(f, ch)] for c, ch in lines],
                [18, 128, 30], size=8.5, aligns="LLR")
    d.text_line("Why we made this decision", 11, "B")
    d.para(KCC_WHY[kind], 9.8)
    d.text_line("Your right to appeal", 11, "B")
    d.para("You may ask Kinnickinnic Community Care for an appeal. You must ask within 60 calendar days from the "
           "date on this notice. You can call us, or write to Appeals, PO Box 4409, Red Cedar, WI 54752. If your "
           "child's health could be seriously harmed by waiting, ask for a fast appeal (72 hours).", 9.5)
    d.para("After our appeal decision, if you still disagree, you may ask for a State Fair Hearing within 120 days "
           "of the date of the appeal decision. If a service you already receive is being stopped or reduced, you "
           "can ask for it to continue during the appeal if you ask within 10 days.", 9.5)
    d.para("Free language help: call " + f["phone"] + ". Ayuda en español: llame al " + f["phone"] + ".", 8.5)
    return total


def kcc_notice_es(d, f):
    d.add_page()
    d.text_line("Kinnickinnic Community Care", 17, "B")
    d.text_line("Plan de atención administrada de Medicaid  ·  Apartado 4407, Red Cedar, WI 54752  ·  " +
                f["phone"], 8.5)
    d.rule(1.0, 5)
    d.text_line(fmt_date(f["notice"], "es"), 10)
    d.ln(3)
    addressee(d, f)
    d.text_line("Aviso de determinación adversa de beneficios", 14, "B")
    d.ln(2)
    grid(d, [("Nombre del miembro", f["member"]), ("Número de miembro", f["mid"]), ("Número de Medicaid", f["maid"]),
             ("Fecha de nacimiento", fmt_date(f["dob"], "es")), ("Número de referencia", f["ref"]),
             ("Servicio solicitado", "E2510 Dispositivo generador de voz"),
             ("Solicitado por", f"{f['vendor']} (NPI {f['vnpi']})"), ("Terapeuta del habla", f["slp"]),
             ("Fecha de entrega solicitada", fmt_date(f["svc"], "es"))], 60)
    d.text_line("Lo que decidimos: NEGADO", 11, "B")
    d.para("Revisamos la solicitud de un dispositivo generador de voz (E2510). Nuestra guía para dispositivos de "
           "comunicación aumentativa y alternativa exige una evaluación formal hecha por un patólogo del habla y "
           "lenguaje con licencia. Recibimos la orden médica y la cotización del proveedor, pero no la evaluación "
           "del habla. Sin ella, la solicitud no cumple los criterios de necesidad médica. Puede enviar una nueva "
           "solicitud con la evaluación.", 9.8)
    d.text_line("Su derecho a apelar", 11, "B")
    d.para("Puede pedir una apelación a Kinnickinnic Community Care dentro de 60 días calendario a partir de la "
           "fecha de este aviso. Si esperar pone en grave riesgo la salud de su hijo o hija, pida una apelación "
           "rápida (72 horas). Después de nuestra decisión, puede pedir una audiencia imparcial estatal dentro de "
           "120 días.", 9.5)
    d.para(f"¿Preguntas? Llame al {f['phone']} (TTY 711).", 9.5)


# ---------------------------------------------------------------- Sorrelbrook Health Plan (commercial)
def shp_head(d, f, sub):
    y = d.get_y()
    d.set_fill_color(70, 70, 70)
    d.rect(d.l_margin, y, 9, 9, style="F")
    d.set_xy(d.l_margin + 12, y)
    d.font(15, "B")
    d.cell(0, 6, "Sorrelbrook Health Plan", new_x="LMARGIN", new_y="NEXT")
    d.set_x(d.l_margin + 12)
    d.font(8.5)
    d.cell(0, 4, sub + "  ·  2200 Quarry Ridge Parkway, Nokomis Bay, MN 55721", new_x="LMARGIN", new_y="NEXT", align="L")
    d.ln(6)


def shp_eob(d, f, lines):
    d.add_page()
    shp_head(d, f, "Explanation of Benefits - this is not a bill")
    y = d.get_y()
    addressee(d, {**f, "member": f["parent"]}, to_parent=False)
    d.set_xy(118, y)
    d.font(9)
    d.multi_cell(0, 4.8, f"Statement date: {D(f, f['notice'])}\nSubscriber: {f['parent']}\nMember ID: {f['smid']}\n"
                 f"Group number: {f['group']}", new_x="LMARGIN", new_y="NEXT", align="L")
    d.ln(6)
    total = round(sum(x[1] for x in lines), 2)
    d.text_line(f"Patient: {f['member']}    Claim #: {f['claim']}    Provider: {f['vendor']}", 9.5, "B")
    d.ln(1)
    rows = [[D(f, f["svc"]), c, CODES[c][:40], M(f, ch), M(f, 0), M(f, 0), "X41"] for c, ch in lines]
    rows.append(["*Total", "", "", M(f, total), M(f, 0), M(f, 0), ""])
    d.table(["Service date", "Code", "Description", "Amount billed", "Allowed", "Plan paid", "Remark"], rows,
            [22, 14, 66, 24, 18, 18, 14], size=7.8, aligns="LLLRRRC")
    d.text_line("Remark codes", 10, "B")
    d.para("X41  Not covered. The item billed is a general-purpose tablet with a communication app, which is not "
           "primarily medical in nature (plan exclusion 7.4, personal and convenience items). A dedicated speech "
           "generating device may be covered with prior authorization. Your provider may bill you for this amount.",
           9)
    d.text_line("Appeal rights", 10, "B")
    d.para("You may file an appeal within 180 days of the date of this statement. Send a letter explaining why "
           "you disagree, with this statement, to Sorrelbrook Appeals, PO Box 6611, Nokomis Bay, MN 55721. "
           f"Questions: {f['phone']}.", 9)
    return total


def shp_letter(d, f, kind, lines):
    d.add_page()
    shp_head(d, f, "Utilization Management")
    d.text_line(D(f, f["notice"]), 10)
    d.ln(3)
    addressee(d, f)
    if kind == "approve":
        d.text_line("Prior Authorization Approved", 13, "B")
    else:
        d.text_line("Prior Authorization Request Denied", 13, "B")
    d.ln(1)
    d.font(9.5)
    d.multi_cell(0, 5, f"Patient: {f['member']}   ·   Member ID: {f['smid']}   ·   Group: {f['group']}\n"
                 f"Authorization number: {f['auth']}   ·   Request received: {D(f, f['recv'])}\n"
                 f"Requesting vendor: {f['vendor']}   ·   Evaluating SLP: {f['slp']}\n"
                 f"Planned delivery date: {D(f, f['svc'])}", border=1, new_x="LMARGIN", new_y="NEXT", align="L")
    d.ln(4)
    d.table(["HCPCS", "Item", "Qty", "Decision"], [[c, CODES[c][:64], "1", dec] for c, dec in lines],
            [20, 120, 12, 28], size=8.3)
    if kind == "approve":
        d.para(f"Good news. We approved the items above. The speech-language pathologist's evaluation and the "
               f"30-day trial log (the device was used in home and school settings) show that the device is "
               f"medically necessary. The approval is valid for delivery from {D(f, f['svc'])} for 90 days. "
               f"{f['vendor']} will schedule delivery and training.", 10)
        d.para("This approval is not a guarantee of payment; the member must be enrolled on the date of delivery and "
               "benefits are subject to deductible and coinsurance.", 9.5)
        d.para(f"Questions? Call Member Services at {f['phone']}.", 9.5)
        return
    d.text_line("Reason for denial", 11, "B")
    d.para("Our medical policy for speech generating devices (MP-DME-118) requires a documented trial of the "
           "requested device, or one with the same features, for at least 30 days, with notes from the "
           "speech-language pathologist on how the member used it to communicate. The request describes the "
           "evaluation but no trial period: no trial dates, no usage data and no trial notes were sent. The "
           "device and its mounting accessory are therefore not medically necessary under the policy at this "
           "time.", 10)
    d.text_line("Your appeal rights", 11, "B")
    d.para("You, your doctor or the vendor may appeal this decision in writing within 180 days of the date of this "
           "letter. You may also ask for a peer-to-peer discussion between the SLP and our reviewer. If the "
           "member's health would be at serious risk by waiting, an urgent appeal is decided within 72 hours.", 10)
    d.para(f"Call {f['phone']} (TTY 711) with questions.", 9.5)


# ---------------------------------------------------------------- Mesabi Department of Human Services
def mdhs_notice(d, f):
    d.add_page()
    d.text_line("STATE OF MESABI", 11, "B", "C")
    d.text_line("DEPARTMENT OF HUMAN SERVICES  ·  MEDICAL ASSISTANCE PROGRAM", 9.5, "B", "C")
    d.text_line("Health Care Prior Authorization Unit, PO Box 64990, Nokomis Bay, MN 55724", 8.5, "", "C")
    d.rule(0.6, 4)
    d.text_line("NOTICE OF ACTION - PRIOR AUTHORIZATION DENIED", 12.5, "B", "C")
    d.ln(3)
    y = d.get_y()
    addressee(d, f)
    d.set_xy(120, y)
    d.font(9)
    d.multi_cell(0, 4.8, f"Notice date: {D(f, f['notice'])}\nRecipient: {f['member']}\nRecipient ID: {f['rid']}\n"
                 f"PA number: {f['pa']}", border=1, new_x="LMARGIN", new_y="NEXT", align="L")
    d.ln(5)
    d.boxes([("Provider (vendor)", f["vendor"], 96), ("Provider NPI", f["vnpi"], 40), ("Date received", D(f, f["recv"]), 44)])
    d.boxes([("Service", "E2510 Speech generating device", 96), ("Units", "1", 40),
             ("Requested start date", D(f, f["svc"]), 44)])
    d.boxes([("Speech-language pathologist", f["slp"], 96), ("SLP NPI", f["slpnpi"], 40), ("Decision", "DENIED", 44)])
    d.ln(5)
    d.text_line("Reason for this action", 11, "B")
    d.para("The department's rule on augmentative communication devices requires that the recipient has tried the "
           "requested device (or a comparable one) for a trial period and that the speech-language pathologist "
           "reports the results. The request does not document a trial period: the evaluation recommends the "
           "device but gives no trial dates or results. Medical necessity has not been shown, so the request is "
           "denied. The provider may send a new request with the trial results.", 9.8)
    d.text_line("Your rights", 11, "B")
    d.para("Reconsideration: if you disagree, you may ask the department to reconsider this decision. Your request "
           "must be made within 30 days of the date of this notice. Write to the Prior Authorization Unit at the "
           "address above or call " + f["phone"] + ".", 9.8)
    d.para("State fair hearing: you may also ask for a fair hearing with the Office of Administrative Hearings "
           "within 90 days of the date of this notice. You may represent yourself or have a friend, relative or "
           "lawyer speak for you.", 9.8)
    d.text_line("Legal authority: Mesabi Admin. Code ch. 9505.41.", 7.5)


# ---------------------------------------------------------------- truths and items
def base(f, ins, mid, cases, amount, provider):
    return dict(insurer=ins, member_id=mid, member_name=f["member"], case_numbers=cases, claim_amount=amount,
                service_dates=[iso(f["svc"])], denial_date=iso(f["notice"]), provider=provider)


def documents(rng) -> list[Item]:
    out = []
    # 1. KCC NABD, SLP evaluation missing (born digital)
    r = random.Random(170600)
    f = facts(r, "long", "plain")
    d = Page()
    kcc_notice(d, f, "slp")
    t = truth("denial_letter", "medical_necessity", denial_alternates=["other"],
              alternates={"member_id": [f["maid"]]}, appeal_deadline=iso(f["notice"] + dt.timedelta(days=60)),
              **base(f, KCC, f["mid"], [f["ref"]], None, f["vendor"]))
    out.append(Item(f"{FAMILY}_mco_notice_slp_evaluation_missing", "born_digital", [(pdf_bytes(d), t)]))

    # 2. Sorrelbrook EOB, tablet with app not a medical item (born digital)
    r = random.Random(170601)
    f = facts(r, "slash", "plain")
    f["svc"] = f["notice"] - dt.timedelta(days=r.randint(20, 45))
    lines = [("E2510", cash(r, 1900, 3400)), ("E2511", cash(r, 240, 420))]
    d = Page()
    total = shp_eob(d, f, lines)
    t = truth("eob", "not_covered", group_number=f["group"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)),
              **base(f, SHP, f["smid"], [f["claim"]], m2(total), f["vendor"]))
    out.append(Item(f"{FAMILY}_eob_tablet_with_app_not_medical", "born_digital", [(pdf_bytes(d), t)]))

    # 3. Sorrelbrook approval after a documented trial (scan 300)
    r = random.Random(170602)
    f = facts(r, "abbr", "plain")
    d = Page()
    shp_letter(d, f, "approve", [("E2510", "Approved"), ("E2599", "Approved")])
    t = truth("other", None, group_number=f["group"], **base(f, SHP, f["smid"], [f["auth"]], None, f["vendor"]))
    out.append(Item(f"{FAMILY}_approval_after_trial", "scan_clean_300", [(pdf_bytes(d), t)]))

    # 4. Mesabi DHS notice, trial period not documented (150 dpi)
    r = random.Random(170603)
    f = facts(r, "iso", "plain")
    d = Page()
    mdhs_notice(d, f)
    t = truth("denial_letter", "medical_necessity", denial_alternates=["other"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=30)),
              **base(f, MDHS, f["rid"], [f["pa"]], None, f["vendor"]))
    out.append(Item(f"{FAMILY}_state_medicaid_trial_not_documented", "scan_lowres_150", [(pdf_bytes(d), t)]))

    # 5. Sorrelbrook pre-service denial of device + mount, trial not documented (fax standard)
    r = random.Random(170604)
    f = facts(r, "dmy", "plain")
    d = Page()
    shp_letter(d, f, "trial", [("E2510", "Denied"), ("E2599", "Denied")])
    t = truth("denial_letter", "medical_necessity", denial_alternates=["other"], group_number=f["group"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)),
              **base(f, SHP, f["smid"], [f["auth"]], None, f["vendor"]))
    out.append(Item(f"{FAMILY}_fax_device_and_mount_no_trial", "fax_standard_g4", [(pdf_bytes(d), t)]))

    # 6. KCC Spanish notice, SLP evaluation missing (phone photo)
    r = random.Random(170605)
    f = facts(r, "es", "plain", lang="es")
    d = Page()
    kcc_notice_es(d, f)
    t = truth("denial_letter", "medical_necessity", "es", denial_alternates=["other"],
              alternates={"member_id": [f["maid"]]}, appeal_deadline=iso(f["notice"] + dt.timedelta(days=60)),
              **base(f, KCC, f["mid"], [f["ref"]], None, f["vendor"]))
    out.append(Item(f"{FAMILY}_aviso_evaluacion_del_habla_falta", "phone_photo", [(pdf_bytes(d), t)]))

    # 7. KCC payment denial: E2511 software on the family's tablet + case (rotated)
    r = random.Random(170606)
    f = facts(r, "mdy_nopad", "plain")
    f["svc"] = f["notice"] - dt.timedelta(days=r.randint(20, 45))
    lines = [("E2511", cash(r, 260, 480)), ("E2599", cash(r, 60, 140))]
    d = Page()
    total = kcc_notice(d, f, "tablet", lines)
    t = truth("denial_letter", "not_covered", alternates={"member_id": [f["maid"]]},
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=60)),
              **base(f, KCC, f["mid"], [f["claim"]], m2(total), f["vendor"]))
    out.append(Item(f"{FAMILY}_payment_denied_software_on_family_tablet", "rotated", [(pdf_bytes(d), t)]))
    return out
