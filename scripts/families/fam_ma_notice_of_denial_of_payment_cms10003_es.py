"""Family 'ma_notice_of_denial_of_payment_cms10003_es': an invented Medicare Advantage HMO refuses to pay for care
from an out-of-network dermatologist seen without a referral, in the structure and wording of the public CMS-10003
"Notice of Denial of Medical Coverage (or Payment)" and its Spanish version ("Aviso de denegación de cobertura
médica (o de pago)"): services listed, why we denied, your right to appeal within 65 days of the date of this
notice, no fast appeal for payment, what to include, how to ask, other resources.
Documents: the Spanish notice (born digital); the dermatology practice's bill in English (scanned; denies
nothing); the plan's English monthly EOB with three claims, only the dermatology claim refused (photocopy); a
fine-fax stack (cover + the member's reconsideration request + the English notice she attached, duplex back);
the Spanish reconsideration decision upholding the refusal, told only in sentences (phone photo); the plan's
acknowledgement of a reconsideration request (sideways; denies nothing); a Spanish notice refusing routine foot
care as not covered, services in a table (low-resolution scan).
Issuer (fictional): Pinecrest Senior Health Plan (Pinecrest Advantage Plus HMO). Practice: Lakeshore Dermatology
Associates (Anselmo R. Trevisani, MD); podiatrist Evander Quillfeather, DPM.
Truth: insurer = the plan; provider = the doctor on the notices (the practice accepted), the practice on the bill
and the EOB (the doctor accepted); material IDs (H5512_...) and CMS-10003 are form numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcs_famcsf import days, digits, fdate, hrule, letterhead, mail_to, mixed, phone, signature, usd
from public_kit import Page, m2, out

FAMILY = "ma_notice_of_denial_of_payment_cms10003_es"
LANG = "es"
SEED = 343400
PSH = "Pinecrest Senior Health Plan"
PROD = "Pinecrest Advantage Plus (HMO)"
PRAC = "Lakeshore Dermatology Associates"
DOC = "Anselmo R. Trevisani"
POD = "Evander Quillfeather"
MEMBERS_ES = ["Rosalba T. Quiñones", "Evaristo M. Galindo", "Maricruz L. Betancourt", "Anacleto J. Sepúlveda",
              "Consuelo P. Arriaga", "Teodoro V. Maldonado"]
MEMBERS = ["Gwendolyn F. Ashby", "Cornelius H. Platt", "Mildred S. Okonjo", "Ambrose T. Kettering"]
STREETS = ["1427 Calle Primavera", "88 Mesquite Bend Road", "2301 W Alondra Blvd, Apt 12", "610 Sotol Court"]
CITIES = ["San Teodoro, TX 78521", "Rio Palomas, TX 78577", "Las Brisas, TX 78550"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def fes(d: dt.date) -> str:
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def facts(r: random.Random, lang: str = "es") -> dict:
    svc = dt.date(2025, 10, 6) + dt.timedelta(days=r.randint(0, 130))
    ov, exc, path = float(r.choice([185, 212, 240])), float(r.choice([395, 448, 512])), r.choice([146.5, 162.0, 178.25])
    return dict(svc=svc, date=days(svc, r.randint(24, 40)), member=r.choice(MEMBERS_ES if lang == "es" else MEMBERS),
                addr=[r.choice(STREETS), r.choice(CITIES)], mid=mixed(r, "PSH999999999"), clm=mixed(r, "26999A999999"),
                recon=mixed(r, "REC-26-999999"), npi=r.choice("12") + digits(r, 9), acct=digits(r, 6),
                dob=dt.date(r.randint(1936, 1959), r.randint(1, 12), r.randint(1, 28)), ph=phone(r),
                mbi_like=mixed(r, "9AA9-AA9-AA99"), ov=ov, exc=exc, path=path, total=round(ov + exc + path, 2))


def T(f, dtype, den, lang="es", cases=(), dead=None, alts=None, uns=None, amount=None, prov=DOC, date=None, ins=PSH,
      svc=None, dalts=None):
    return truth(dtype, den, lang, insurer=ins, member_id=f["mid"], member_name=f["member"], case_numbers=list(cases),
                 claim_amount=amount, service_dates=[(svc or f["svc"]).isoformat()],
                 denial_date=(date or f["date"]).isoformat(), provider=prov,
                 appeal_deadline=dead.isoformat() if dead else None, alternates=alts or {}, unscored=uns or [],
                 denial_alternates=dalts or [])


def plan_head(d: Page, sub: str):
    d.f(15, "B").cell(120, 8, PSH)
    d.f(8).cell(0, 8, PROD, align="R", new_x="LMARGIN", new_y="NEXT")
    d.f(8).cell(0, 4.5, sub, new_x="LMARGIN", new_y="NEXT")
    hrule(d, 2)


def aviso_es(f, ms, table: bool = False, reason: str = "red") -> bytes:
    """Spanish CMS-10003: Fecha / Número de miembro / Nombre, services denied, why, appeal rights."""
    d = Page(footer="Página {n} de {nb}", footer_left=f"H5512_NDMCP{'2' if table else '1'}_SP_2026_C   Form CMS-10003-NDMCP")
    d.add_page()
    plan_head(d, f"Servicios para Miembros {f['ph']} (TTY 711), 8 a.m. a 8 p.m., los 7 días de la semana")
    d.line("Aviso de denegación de cobertura médica (o de pago)", 13, "B", align="C", h=8)
    d.ln(1)
    d.pairs([("Fecha", fes(f["date"])), ("Número de miembro", f["mid"]), ("Nombre", f["member"])], label_w=48,
            size=10)
    d.ln(1)
    mail_to(d, [f["member"]] + f["addr"], 9.5)
    if table:
        d.para(f"Hemos denegado el pago de los servicios médicos que se indican a continuación, que recibió de "
               f"Dr. {POD}, DPM:", 9.8)
        d.table(["Fecha del servicio", "Servicio", "Código", "Cargo facturado", "N.º de reclamo"],
                [[fes(f["svc"]), "Corte de uñas distróficas", "11721", usd(f["exc"], ms), f["clm"]],
                 [fes(f["svc"]), "Recorte de callos (2)", "11056", usd(f["ov"], ms), ""],
                 ["", "Total", "", usd(f["total2"], ms), ""]],
                [44, 52, 16, 30, 38], size=8.6, bold_last=True)
    else:
        d.para(f"Hemos denegado el pago de los servicios médicos que se indican a continuación: la consulta del "
               f"{fes(f['svc'])} con el Dr. {DOC} de {PRAC}, la extirpación de una lesión de la piel y el examen "
               f"de patología. Número de reclamo: {f['clm']}. Cargo facturado: {usd(f['total'], ms)}.", 9.8)
    d.line("¿Por qué denegamos su solicitud?", 11, "B", h=7)
    if reason == "red":
        d.para(f"Usted es miembro de un plan HMO. El Dr. {DOC} no forma parte de la red de {PROD}. Los servicios "
               "de proveedores fuera de la red solo se pagan en caso de emergencia, de atención de urgencia fuera "
               "del área de servicio, de diálisis fuera del área o cuando el plan los aprueba antes. No recibimos un "
               "referido de su médico de atención primaria ni una solicitud de aprobación previa. (Evidencia de "
               "Cobertura, Capítulo 3, Sección 2.)", 9.6)
    else:
        d.para("Medicare y nuestro plan no cubren el cuidado rutinario de los pies, como cortar uñas o recortar "
               "callos, salvo que usted tenga una enfermedad que lo haga necesario (por ejemplo, diabetes con daño "
               "en los nervios o mala circulación). Sus registros no muestran una de esas enfermedades. (Evidencia "
               "de Cobertura, Capítulo 4, Sección 4.)", 9.6)
    d.line("Tiene derecho a apelar nuestra decisión", 11, "B", h=7)
    d.para("Tiene derecho a pedirnos que revisemos nuestra decisión mediante una apelación (reconsideración). Si "
           "desea apelar, debe pedirla dentro de los 65 días a partir de la fecha de este aviso. Podemos darle más "
           "tiempo si tiene una buena razón para no haberla pedido a tiempo.", 9.5)
    d.bullets(["**Apelación estándar:** le daremos una decisión por escrito dentro de los 60 días después de recibir "
               "su apelación.",
               "**Apelación rápida:** no se puede pedir una apelación rápida para que le paguemos un servicio que "
               "ya recibió. (Para cobertura de servicios, decidimos en 72 horas.)"], 9.2)
    if not table:
        d.add_page()
    d.line("¿Qué debo incluir con mi solicitud?", 11, "B", h=7)
    d.para("Incluya su nombre, dirección, número de miembro, las razones por las que apela y cualquier prueba que "
           "desee que revisemos, como registros médicos o cartas del médico.", 9.4)
    d.line("¿Cómo pido una apelación?", 11, "B", h=7)
    d.para(f"Escriba a: {PSH}, Attn: Appeals and Grievances, PO Box 70914, McAllen, TX 78504. Fax: 1-866-519-4402. "
           f"Llame al {f['ph']} (TTY 711) para pedir una apelación o si tiene preguntas.", 9.4)
    d.line("¿Qué sucede después?", 11, "B", h=7)
    d.para("Si mantenemos la denegación total o parcial, enviaremos su caso automáticamente a una entidad de "
           "revisión independiente. Si no está de acuerdo con esa decisión, tendrá derecho a otras apelaciones.",
           9.4)
    d.line("Otros recursos", 11, "B", h=7)
    d.para("Llame a 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048, o al Programa Estatal de Asistencia sobre "
           "Seguros de Salud (SHIP). OMB Approval 0938-0829.", 9.2)
    return out(d)


def bill(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(serif=True, footer=None, footer_left=f"{PRAC}  |  Tax ID 74-{f['acct']}1  |  Group NPI {f['npi']}")
    d.add_page()
    letterhead(d, PRAC, "3900 N McColl Road, Suite 14, Rio Palomas, TX 78577  |  Billing office " + f["ph"], "right")
    d.f(12, "B").cell(0, 8, "STATEMENT", new_x="LMARGIN", new_y="NEXT")
    y0 = d.get_y()
    mail_to(d, [f"Guarantor: {f['member']}"] + f["addr"], 9.4)
    d.set_xy(118, y0)
    for k, v in [("Statement date", fd(f["date"])), ("Account no.", f["acct"]), ("Patient DOB", fd(f["dob"])),
                 ("Insurance", f"{PSH} (HMO)"), ("Subscriber ID", f["mid"]), ("Payer claim #", f["clm"])]:
        d.set_x(118)
        d.f(8, "B").cell(30, 5, k)
        d.f(8.3).cell(50, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(7)
    rows = [[fd(f["svc"]), "99203", f"New patient visit - {DOC}, MD", usd(f["ov"], ms)],
            [fd(f["svc"]), "11403", "Excision benign lesion, trunk, 2.1-3.0 cm", usd(f["exc"], ms)],
            [fd(f["svc"]), "88305", "Surgical pathology, tissue exam", usd(f["path"], ms)],
            ["", "", "Total charges", usd(f["total"], ms)],
            [fd(days(f["date"], -6)), "", f"Insurance: {PSH} - denied (provider out of network)", usd(0, ms)],
            ["", "", "Amount due from patient", usd(f["total"], ms)]]
    d.table(["Date", "CPT", "Description", "Charges"], rows, [28, 18, 108, 26], size=8.6, aligns=["L", "L", "L", "R"])
    d.para("Your Medicare Advantage plan did not pay because our practice is not in its network. If you request a "
           "reconsideration from your plan and it pays, we will adjust your balance. Payment is due in 30 days. "
           "We accept cash, check and all major cards.", 9)
    d.f(8).cell(0, 6, "Please detach and return the lower portion with your payment.", new_x="LMARGIN",
                new_y="NEXT")
    hrule(d, 1)
    d.pairs([("Account no.", f["acct"]), ("Amount due", usd(f["total"], ms)), ("Amount enclosed", "$________")],
            label_w=40, size=9)
    return out(d)


def eob(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left="H5512_EOB26_M")
    d.add_page()
    plan_head(d, f"Member Services {f['ph']} (TTY 711)  |  PO Box 70900, McAllen, TX 78504")
    d.f(13, "B").cell(0, 7, f"Your Explanation of Benefits for {PROD}", new_x="LMARGIN", new_y="NEXT")
    d.f(8.5).cell(0, 5, "This is not a bill. It tells you about the medical claims we processed.", new_x="LMARGIN",
                  new_y="NEXT")
    d.ln(2)
    y0 = d.get_y()
    mail_to(d, [f["member"]] + f["addr"], 9.3)
    d.set_xy(120, y0)
    for k, v in [("Date of this notice", fd(f["date"])), ("Member number", f["mid"]),
                 ("Claims processed", f"{fd(days(f['date'], -30))} to {fd(days(f['date'], -1))}")]:
        d.set_x(120)
        d.f(8, "B").cell(34, 5, k)
        d.f(8.2).cell(42, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    pcp, lab = days(f["svc"], -12), days(f["svc"], -11)
    rows = [[f["c1"], "Nuala B. Drummond, MD (PCP)", fd(pcp), "99214", usd(168, ms), usd(118.2, ms), usd(0, ms), "-"],
            [f["c2"], "Valle Grande Lab", fd(lab), "85025", usd(42.5, ms), usd(9.6, ms), usd(0, ms), "-"],
            [f["clm"], PRAC, fd(f["svc"]), "99203", usd(f["ov"], ms), usd(0, ms), usd(0, ms), "D4"],
            ["", "", fd(f["svc"]), "11403", usd(f["exc"], ms), usd(0, ms), usd(0, ms), "D4"],
            ["", "", fd(f["svc"]), "88305", usd(f["path"], ms), usd(0, ms), usd(0, ms), "D4"]]
    d.table(["Claim number", "Provider", "Date", "Code", "Amount billed", "Plan paid", "You may owe", "Note"], rows,
            [25, 50, 21, 14, 20, 17, 18, 11], size=7.4, aligns=["L", "L", "L", "L", "R", "R", "R", "L"])
    d.para(f"Claim {f['clm']}: amount billed {usd(f['total'], ms)}, denied.", 8.6)
    d.line("Notes", 9.5, "B", h=6)
    d.para(f"D4  Denied. {PRAC} is not in our network and there is no referral or prior approval on file. "
           "Out-of-network care is covered only for emergencies, urgent care, and care the plan approved. We sent "
           "you a separate Notice of Denial of Medical Coverage (or Payment), CMS-10003, which explains your appeal "
           "rights.", 8.4)
    d.para("If you disagree, you can ask for an appeal (reconsideration) within 65 days of the date of this notice. "
           "You have 2025 out-of-pocket spending of $1,140.00 toward your $5,900.00 maximum.", 8.4)
    return out(d)


def recon_request(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer=None, footer_left="")
    d.add_page()
    d.f(10).cell(0, 5, f["member"], new_x="LMARGIN", new_y="NEXT")
    for a in f["addr"]:
        d.f(10).cell(0, 5, a, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.line(fd(f["rdate"]), 10, h=7)
    mail_to(d, [PSH, "Attn: Appeals and Grievances", "PO Box 70914", "McAllen, TX 78504"], 10)
    d.line("Re: Request for Reconsideration (appeal) of a payment denial", 10.5, "B", h=7)
    d.pairs([("Member number", f["mid"]), ("Claim number", f["clm"]), ("Date of service", fd(f["svc"])),
             ("Doctor", f"{DOC}, MD"), ("Amount billed", usd(f["total"], ms))], label_w=42, size=10)
    d.ln(2)
    d.para(f"I am asking you to reconsider your decision of {fd(f['date'])} not to pay for my visit with "
           f"Dr. {DOC.split()[-1]}. My primary care doctor told me to see a skin doctor right away about a growing "
           "spot on my back, and the office gave me Dr. Trevisani's name. No one told me he was not in the network. "
           "The spot had to be removed. A copy of your notice is attached.", 10)
    d.para("Please send your answer to the address above. You can reach me or my daughter at 956-555-0143.", 10)
    signature(d, [f["member"], f"Date of birth {fd(f['dob'])}"], "Thank you,")
    return out(d)


def notice_en(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left="H5512_NDMCP1_EN_2026_C   Form CMS-10003-NDMCP")
    d.add_page()
    plan_head(d, f"Member Services {f['ph']} (TTY 711), 8 a.m. to 8 p.m., 7 days a week")
    d.line("Notice of Denial of Medical Coverage (or Payment)", 13, "B", align="C", h=8)
    d.pairs([("Date", fd(f["date"])), ("Member number", f["mid"]), ("Name", f["member"])], label_w=40, size=10)
    d.ln(2)
    d.para(f"We have denied payment for the medical services listed below: your office visit on {fd(f['svc'])} "
           f"with Dr. {DOC} of {PRAC}, the removal of a skin lesion, and the pathology exam (claim {f['clm']}, "
           f"billed {usd(f['total'], ms)}).", 9.8)
    d.line("Why did we deny your request?", 11, "B", h=7)
    d.para(f"You are a member of an HMO plan. Dr. {DOC} is not in the {PROD} network. Care from out-of-network "
           "providers is paid only for emergencies, urgent care when you are out of the service area, out-of-area "
           "dialysis, or when the plan approves it in advance. We did not receive a referral from your primary care "
           "doctor or a request for prior approval.", 9.6)
    d.line("You have the right to appeal our decision", 11, "B", h=7)
    d.para("You have the right to ask us to review our decision by asking for an appeal (reconsideration). You must "
           "ask within 65 days of the date of this notice. We can give you more time if you have a good reason for "
           "missing the deadline.", 9.5)
    d.bullets(["**Standard appeal:** we will give you a written decision within 60 days after we get your appeal.",
               "**Fast appeal:** you cannot ask for a fast appeal to have us pay for care you already received."],
              9.2)
    d.line("How do I request an appeal?", 11, "B", h=7)
    d.para(f"Write to {PSH}, Attn: Appeals and Grievances, PO Box 70914, McAllen, TX 78504, fax 1-866-519-4402, or "
           f"call {f['ph']}. Include your name, address, member number and why you are appealing.", 9.4)
    d.para("If we uphold the denial, we will send your case automatically to an independent review entity. Other "
           "resources: 1-800-MEDICARE (1-800-633-4227); your State Health Insurance Assistance Program. OMB Approval "
           "0938-0829.", 9.2)
    return out(d)


def upheld_es(f, ms) -> bytes:
    d = Page(footer=None, footer_left="H5512_RECON_SP_2026")
    d.add_page()
    letterhead(d, PSH, "Apelaciones y Quejas  |  PO Box 70914, McAllen, TX 78504", "center", PROD)
    d.line(fes(f["date"]), 10, h=7)
    mail_to(d, [f["member"]] + f["addr"], 10)
    d.para(f"Estimado(a) {f['member']}:", 10)
    d.para(f"El {fes(days(f['date'], -26))} recibimos su pedido de reconsideración, al que dimos el número "
           f"{f['recon']}. Usted nos pidió pagar la consulta y la cirugía menor de la piel que le hizo el Dr. {DOC} "
           f"el {fes(f['svc'])}, por las que {PRAC} facturó {usd(f['total'], ms)} con el número de reclamo "
           f"{f['clm']}.", 10)
    d.para(f"Un médico que no participó en la primera decisión revisó su caso. El Dr. {DOC} no forma parte de la red "
           "de su plan HMO, la visita no fue una emergencia ni atención de urgencia y no había un referido ni una "
           "aprobación previa. Por eso mantenemos nuestra decisión de no pagar estos servicios.", 10)
    d.para(f"Como mantuvimos la denegación, enviamos su caso automáticamente a una entidad de revisión independiente "
           f"contratada por Medicare. Usted no tiene que hacer nada. Esa entidad le escribirá y, en casos de pago, "
           f"suele decidir dentro de 60 días. Su número de miembro es {f['mid']}. Si tiene preguntas, llame al "
           f"{f['ph']} (TTY 711).", 10)
    signature(d, ["Lucía M. Cervantes", "Coordinadora de Apelaciones, " + PSH], "Atentamente,")
    return out(d)


def acknowledgement(f, ds) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer=None, footer_left="H5512_ACK_EN_2026")
    d.add_page()
    plan_head(d, "Appeals and Grievances  |  PO Box 70914, McAllen, TX 78504")
    d.line(fd(f["date"]), 10, h=7)
    mail_to(d, [f["member"]] + f["addr"], 10)
    d.line("We received your request for reconsideration", 11.5, "B", h=7)
    d.boxed_pairs([("Reconsideration number", f["recon"]), ("Member number", f["mid"]), ("Claim number", f["clm"]),
                   ("Date of service", fd(f["svc"])), ("Provider", f"{DOC}, MD - {PRAC}"),
                   ("Request received", fd(days(f["date"], -2)))], label_w=55, size=9.2)
    d.para("Thank you for your request. A reviewer who did not make the first decision will look at your case. We "
           "will send you our decision in writing within 60 days of the day we received your request. If you have "
           "more information, such as a letter from your doctor, send it to the address above within 14 days.", 9.6)
    d.para("This letter is not a decision on your request.", 9.6)
    signature(d, ["Appeals and Grievances Department", PSH], "")
    return out(d)


def documents(rng) -> list[Item]:
    items, P = [], FAMILY + "_"
    prac_alt = {"provider": [PRAC]}
    doc_alt = {"provider": [DOC]}
    f = facts(random.Random(SEED + 1))
    items.append(Item(P + "bd_aviso_denegacion_pago_es", "born_digital",
                      [(aviso_es(f, "plain"), T(f, "denial_letter", "out_of_network", cases=[f["clm"]],
                                                amount=m2(f["total"]), dead=days(f["date"], 65), alts=prac_alt))]))
    f = facts(random.Random(SEED + 2))
    items.append(Item(P + "scan_dermatology_statement_en", "scan_clean_300",
                      [(bill(f, "slash", "plain"), T(f, "other", None, "en", cases=[f["clm"]], amount=m2(f["total"]),
                                                     prov=PRAC, uns=["insurer"], alts=doc_alt))]))
    r = random.Random(SEED + 3)
    f = facts(r)
    f.update(c1=mixed(r, "26999A999999"), c2=mixed(r, "26999A999999"))
    items.append(Item(P + "copy_monthly_eob_three_claims_en", "photocopy",
                      [(eob(f, "dmy", "plain"), T(f, "eob", "out_of_network", "en", cases=[f["clm"]],
                                                  amount=m2(f["total"]), prov=PRAC, dead=days(f["date"], 65),
                                                  alts=doc_alt))]))
    f = facts(random.Random(SEED + 4), "en")
    f["rdate"] = days(f["date"], 19)
    t1 = T(f, "other", None, "en", cases=[f["clm"]], amount=m2(f["total"]), date=f["rdate"], uns=["insurer"],
           alts=prac_alt)
    t2 = T(f, "denial_letter", "out_of_network", "en", cases=[f["clm"]], amount=m2(f["total"]),
           dead=days(f["date"], 65), alts=prac_alt)
    items.append(Item(P + "faxfine_stack_reconsideration_request_notice_en", "fax_fine_g4",
                      [(recon_request(f, "long", "plain"), t1), (notice_en(f, "long", "plain"), t2)],
                      separators=["cover", "duplex"]))
    f = facts(random.Random(SEED + 5))
    f["date"] = days(f["date"], 75)
    items.append(Item(P + "photo_reconsideracion_mantenida_es", "phone_photo",
                      [(upheld_es(f, "plain"), T(f, "denial_letter", "out_of_network", cases=[f["recon"], f["clm"]],
                                                 amount=m2(f["total"]), alts=prac_alt))]))
    f = facts(random.Random(SEED + 6), "en")
    f["date"] = days(f["date"], 40)
    items.append(Item(P + "rot_reconsideration_acknowledgement_en", "rotated",
                      [(acknowledgement(f, "iso"), T(f, "other", None, "en", cases=[f["recon"], f["clm"]],
                                                     alts=prac_alt))]))
    f = facts(random.Random(SEED + 7))
    f["total2"] = round(f["exc"] + f["ov"], 2)
    items.append(Item(P + "lowres_aviso_cuidado_rutinario_pies_es", "scan_lowres_150",
                      [(aviso_es(f, "plain", table=True, reason="pies"),
                        T(f, "denial_letter", "not_covered", cases=[f["clm"]], amount=m2(f["total2"]), prov=POD,
                          dead=days(f["date"], 65), alts={"provider": [f"{POD}, DPM"]}))]))
    return items
