"""Family 'stem_cell_knee_injection_unproven_therapy_exclusion_denial': an invented health plan refuses to
reimburse a member for bone-marrow "stem cell" (bone marrow aspirate concentrate) injections into an arthritic
knee, which the orthopaedic clinic sold as a self-pay package paid up front. The plan's contract excludes
experimental, investigational or unproven services; the appeal is upheld.

Documents: the member notice on the reimbursement claim (born digital, label column + line table); the clinic's
paid-in-full invoice (denies nothing); a standard-fax stack of a cover, the upheld final appeal decision and the
member's reimbursement claim form; a denial told only in sentences (photocopy); a member EOB with three claims,
only the reimbursement claim refused (phone photo); a predetermination refusal for the other knee (sideways); a
Spanish notice (low resolution). Everything invented. Decoys: DOB, NPI, received dates, processing periods,
invoice and account numbers, other claims, medical-policy and form numbers, 72-hour and external-review limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "stem_cell_knee_injection_unproven_therapy_exclusion_denial"
LANG = "en"
SEED = 340900

PLAN = {"org": "Larkspur Mutual Health Plan", "addr": "PO Box 7731, Fenmore, NA 60219",
        "phone": "1-888-640-2917", "fax": "1-888-640-2950", "web": "larkspurmutual.example"}
CLINIC = ("Summit Ridge Regenerative Orthopaedics", "2205 Tamsin Parkway, Suite 300, Fenmore, NA 60231",
          "(555) 014-7730")
DOCTORS = [("Corwin J. Halvorsen", "MD"), ("Leona P. Achterberg", "DO"), ("Marcus D. Okafor", "MD")]
PEOPLE = ["Harriet L. Underhill", "Percy W. Kessler", "Naomi R. Strand", "Gideon T. Marchetti",
          "Lorraine B. Oduya", "Jasper K. Winslow", "Milagros E. Zamora"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]
EXCL = ("Section 7.4(b) of your Certificate of Coverage excludes services that are experimental, "
        "investigational or unproven")


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds):
    if ds == "es":
        return f"{d.day} de {MES[d.month - 1]} de {d.year}"
    if ds == "updash":
        return d.strftime("%d-%b-%Y").upper()
    if ds == "dlong":
        return d.strftime("%-d %B %Y")
    return fdate(d, ds)


def base(r, i):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 120))
    svc = notice - dt.timedelta(days=r.randint(25, 60))
    doc = DOCTORS[i % len(DOCTORS)]
    lines = [("Bone marrow aspiration, posterior iliac crest", "38220", round(r.randint(780, 990) + 0.0, 2)),
             ("Autologous bone marrow concentrate injection, R knee", "20999", round(r.randint(3100, 4200) + 0.5, 2)),
             ("Ultrasound guidance for needle placement", "76942", round(r.randint(210, 340) + 0.0, 2))]
    return dict(notice=notice, svc=svc, recv=svc + dt.timedelta(days=r.randint(4, 12)),
                claim="LM" + dg(r, 10), mid="LMH" + dg(r, 8), group="G-" + dg(r, 5),
                plan="LMHP-PPO-" + r.choice(["2500", "4000", "1000"]), dob=dt.date(r.randint(1950, 1975),
                                                                                      r.randint(1, 12), r.randint(1, 28)),
                npi="1" + dg(r, 9), inv="SR-" + dg(r, 6), acct="PT" + dg(r, 6), doctor=doc[0], cred=doc[1],
                lines=lines, total=round(sum(x[2] for x in lines), 2),
                street=f"{r.randint(100, 9800)} {r.choice(['Pellham Row', 'Cobble Hill Rd', 'Tarn Street'])}")


def letterhead(p, dept="Claims and Benefit Determinations"):
    p.line(PLAN["org"], 16, "B")
    p.line(dept + "  |  " + PLAN["addr"], 8.5)
    p.line(f"Member Services {PLAN['phone']} (TTY 711)  |  Fax {PLAN['fax']}  |  {PLAN['web']}", 8.5)
    p.ln(5)


def addr(p, f):
    p.para(f"{f['member']}\n{f['street']}\nFenmore, NA 60224", 10)


def member_notice(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="LMHP-ABD-04 (2025)")
    p.add_page()
    letterhead(p)
    y = p.get_y()
    addr(p, f)
    p.set_xy(122, y)
    p.pairs([("Date of notice", fd(f["notice"], ds)), ("Claim number", f["claim"])], 30, 9, x=122)
    p.set_y(y + 22)
    p.heading("NOTICE OF ADVERSE BENEFIT DETERMINATION - MEMBER REIMBURSEMENT CLAIM", 11.5, rule=True)
    p.pairs([("Patient", f["member"]), ("Member ID", f["mid"]), ("Group number", f["group"]),
             ("Plan", f["plan"]), ("Date of birth", fd(f["dob"], "slash")),
             ("Rendering physician", f"{f['doctor']}, {f['cred']} (NPI {f['npi']})"),
             ("Clinic", CLINIC[0]), ("Date we received your claim", fd(f["recv"], ds)),
             ("Amount you claimed", money(f["total"]))], 58, 9)
    p.ln(2)
    p.table(["Date of service", "Code", "Service", "Charged", "Plan pays", "Reason"],
            [[fd(f["svc"], ds), c, s, money(v, "nosign"), "0.00", "EX4"] for s, c, v in f["lines"]],
            [26, 16, 84, 20, 18, 14], size=8)
    p.heading("Why we denied your claim", 11)
    p.para("EX4 - Not covered: experimental, investigational or unproven service. Injections of bone marrow "
           "aspirate concentrate (sometimes called \"stem cell\" injections) for osteoarthritis of the knee are "
           "considered unproven under medical policy MP-2.01.58 (Orthobiologic Injections). Published studies do "
           f"not show that they improve pain or function better than standard care. {EXCL}. The aspiration and "
           "ultrasound guidance were done only for the excluded injection, so they are not covered either.", 9)
    p.heading("Your right to appeal", 11)
    p.para("You may appeal this decision within 180 days of the date of this notice. Write to Appeals, "
           f"{PLAN['addr']}, or fax {PLAN['fax']}, and send any records that support your request. If your "
           "situation is urgent you may ask for an expedited review, decided within 72 hours. When our internal "
           "appeals are complete you may ask for an external review within 4 months. You may also contact your "
           "state's consumer assistance program.", 9)
    return out(p)


def invoice(f, ds):
    p = Page(footer=None, footer_left="SRRO invoice rev 3")
    p.add_page()
    p.line(CLINIC[0], 15, "B")
    p.line(CLINIC[1] + "  |  " + CLINIC[2], 8.5)
    p.ln(4)
    p.line("INVOICE / RECEIPT  -  SELF-PAY REGENERATIVE PACKAGE", 11.5, "B")
    p.ln(1)
    y = p.get_y()
    p.pairs([("Invoice no.", f["inv"]), ("Invoice date", fd(f["svc"], ds)), ("Patient acct", f["acct"])], 30, 9)
    p.set_xy(110, y)
    p.pairs([("Patient", f["member"]), ("Procedure date", fd(f["svc"], ds)),
             ("Physician", f"{f['doctor']}, {f['cred']}")], 28, 9, x=110)
    p.ln(3)
    rows = [[c, s, money(v, "nosign")] for s, c, v in f["lines"]]
    rows.append(["", "Total charges", money(f["total"], "nosign")])
    rows.append(["", "Paid - Visa ending 4417", "-" + money(f["total"], "nosign")])
    rows.append(["", "Balance due", "0.00"])
    p.table(["CPT", "Description", "Amount"], rows, [20, 120, 34], size=9, aligns=["L", "L", "R"], bold_last=True)
    p.para("Thank you. Your package was PAID IN FULL on the day of your procedure. Regenerative procedures are "
           "offered on a self-pay basis and are not billed to insurance by our office. If you wish to seek "
           "reimbursement from your health plan, a superbill (form SR-SB-4) with diagnosis code M17.11 is attached. "
           "Our office cannot guarantee that any plan will pay.", 9.5)
    p.para(f"Follow-up visit: 6 weeks after the procedure. Questions about this invoice: {CLINIC[2]}.", 9)
    return out(p)


def appeal_upheld(f, ds):
    p = Page(serif=True, footer="Page {n} of {nb}", footer_left="LMHP-APL-FINAL")
    p.add_page()
    letterhead(p, "Grievances and Appeals")
    p.line(fd(f["adate"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.heading("Final Internal Appeal Decision: DENIAL UPHELD", 12.5)
    p.pairs([("Appeal number", f["apl"]), ("Claim number", f["claim"]), ("Member ID", f["mid"]),
             ("Patient", f["member"]), ("Provider", f"{f['doctor']}, {f['cred']}"),
             ("Date of service", fd(f["svc"], ds)), ("Billed amount", money(f["total"])),
             ("Appeal received", fd(f["adate"] - dt.timedelta(days=24), ds))], 40, 9.5)
    p.ln(2)
    p.para("You appealed our decision not to reimburse the bone marrow concentrate injection in your right knee. "
           "A board-certified orthopaedic surgeon who was not involved in the first decision reviewed your appeal, "
           "the clinic's notes and the articles you sent. The reviewer found that the evidence for this treatment is "
           "still limited to small studies without control groups, and that it remains unproven for knee "
           f"osteoarthritis under medical policy MP-2.01.58. {EXCL}. We therefore uphold the denial.", 10)
    p.para("This is our final internal decision. You have the right to request an independent external review. "
           "Your request must be filed within 4 months of receiving this letter; an expedited external review is "
           f"decided within 72 hours. Call {PLAN['phone']} for the request form (LMHP-ER-1).", 10)
    p.para("Sincerely,\nAppeals Committee", 10)
    return out(p)


def claim_form(f, ds):
    p = Page(footer=None, footer_left="Form LMHP-MRC-2 (01/2025)")
    p.add_page()
    p.line(PLAN["org"], 14, "B")
    p.line("MEMBER REIMBURSEMENT CLAIM FORM", 12, "B")
    p.line("Use this form when you paid a provider yourself. Attach an itemized bill and proof of payment.", 8.5)
    p.ln(3)
    p.boxed_pairs([("1. Member name", f["member"]), ("2. Member ID", f["mid"]), ("3. Group number", f["group"]),
                   ("4. Date of birth", fd(f["dob"], ds)), ("5. Patient (if not member)", "Same"),
                   ("6. Provider name", f"{CLINIC[0]} - {f['doctor']}, {f['cred']}"),
                   ("7. Provider NPI", f["npi"]), ("8. Date(s) of service", fd(f["svc"], ds)),
                   ("9. Total charges", money(f["total"], "nosign")), ("10. Amount you paid", money(f["total"], "nosign")),
                   ("11. Is this for an accident?", "No"), ("12. Other insurance?", "No")], 62, 9)
    p.para("I certify that the information above is true and complete.", 9)
    p.line(f"Signature: {f['member']}            Date signed: {fd(f['recv'] - dt.timedelta(days=3), ds)}", 9.5)
    p.ln(4)
    p.para(f"Mail to: Claims, {PLAN['addr']}. Claims must be filed within 12 months of the date of service.", 8.5)
    return out(p)


def prose(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(4)
    addr(p, f)
    p.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:", 10)
    p.para(f"We have finished reviewing the claim you sent us for the bone marrow \"stem cell\" injection that "
           f"Dr. {f['doctor']} of {CLINIC[0]} gave you on {fd(f['svc'], ds)}. You paid the clinic {money(f['total'])} "
           f"and asked us to pay you back. We filed your request as claim {f['claim']} under member ID {f['mid']}.",
           10)
    p.para("We are sorry, but we cannot reimburse you. Your plan does not pay for treatments that have not been "
           "shown to work, and our medical reviewers consider bone marrow concentrate injections for knee arthritis "
           "to be unproven. The bone marrow draw and the ultrasound used to guide the needle are part of the same "
           "treatment, so we cannot pay for them either.", 10)
    p.para(f"If you think we are wrong, you can ask us to look at this again. Please write to us by "
           f"{fd(f['dl'], ds)} and include anything your doctor wants us to see. If you have questions, call "
           f"{PLAN['phone']}.", 10)
    p.para("Sincerely,\n\nMember Claims Review", 10)
    return out(p)


def eob(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="LMHP-EOB")
    p.add_page()
    p.line(PLAN["org"], 15, "B")
    p.line("EXPLANATION OF BENEFITS      THIS IS NOT A BILL", 11, "B")
    p.ln(2)
    y = p.get_y()
    p.pairs([("Member", f["member"]), ("Member ID", f["mid"]), ("Group", f["group"])], 24, 9)
    p.set_xy(108, y)
    p.pairs([("Statement date", fd(f["notice"], ds)),
             ("Claims processed", f"{fd(f['per0'], ds)} - {fd(f['notice'], ds)}")], 36, 9, x=108)
    p.ln(4)
    rows = []
    for cl, prov, d, desc, ch, allowed, paid, you, code in f["claims"]:
        rows.append([cl, prov, fd(d, ds), desc, money(ch, "nosign"), money(allowed, "nosign"), money(paid, "nosign"),
                     money(you, "nosign"), code])
    p.table(["Claim #", "Provider", "Service date", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"],
            rows, [24, 34, 20, 34, 16, 15, 15, 13, 9], size=7)
    p.heading("Notes", 10)
    p.para("EX4 - Not covered. Experimental, investigational or unproven service (medical policy MP-2.01.58). "
           "This is a member reimbursement claim; the plan pays nothing. You may appeal within 180 days of the "
           "date of this statement.\nPD1 - Paid at the in-network rate after deductible.", 8.5)
    p.para("Deductible met this plan year: $2,500.00 of $2,500.00.  Out-of-pocket met: $3,180.55 of $7,000.00.", 8.5)
    p.para(f"Questions? Call {PLAN['phone']}. To appeal, write to Appeals, {PLAN['addr']}.", 8.5)
    return out(p)


def predetermination(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="LMHP-PD-07")
    p.add_page()
    letterhead(p, "Predetermination Unit")
    p.line("PREDETERMINATION OF BENEFITS - NOT APPROVED", 12, "B")
    p.ln(2)
    p.boxed_pairs([("Date of this letter", fd(f["notice"], ds)), ("Predetermination no.", f["pd"]),
                   ("Member", f["member"]), ("Member ID", f["mid"]), ("Group", f["group"]),
                   ("Date of birth", fd(f["dob"], ds)),
                   ("Requesting physician", f"{f['doctor']}, {f['cred']}   NPI {f['npi']}"),
                   ("Service requested", "BMAC injection, LEFT knee (CPT 20999, 38220)"),
                   ("Planned date", fd(f["planned"], ds)), ("Request received", fd(f["recv"], ds))], 52, 9)
    p.para("Decision: not approved. Bone marrow aspirate concentrate injection for knee osteoarthritis is an "
           f"unproven service under medical policy MP-2.01.58. {EXCL}. If the procedure is performed, the plan "
           "will not pay for it.", 9.5)
    p.para("Appeal rights: you or the physician may appeal within 180 days of the date of this letter. Urgent "
           "requests are decided within 72 hours. External review is available within 4 months of a final "
           "internal decision.", 9.5)
    return out(p)


def spanish(f, ds):
    p = Page(footer="Página {n} de {nb}", footer_left="LMHP-ABD-04-SP")
    p.add_page()
    letterhead(p, "Determinaciones de Reclamaciones")
    p.line(f"Fecha: {fd(f['notice'], 'es')}", 10)
    p.ln(2)
    addr(p, f)
    p.heading("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12.5, rule=True)
    p.pairs([("Paciente", f["member"]), ("Nº de afiliado", f["mid"]), ("Nº de grupo", f["group"]),
             ("Nº de reclamación", f["claim"]), ("Médico", f"Dr. {f['doctor']}"),
             ("Fecha de nacimiento", fd(f["dob"], "es")), ("Monto reclamado", money(f["total"]))], 44, 9.5)
    p.ln(2)
    p.para(f"El {fd(f['svc'], 'es')} usted recibió en {CLINIC[0]} una inyección de concentrado de médula ósea "
           "(llamada a veces inyección de \"células madre\") en la rodilla derecha y nos pidió un reembolso. No "
           "podemos pagarla: este tratamiento se considera experimental o no comprobado para la artrosis de "
           "rodilla (política médica MP-2.01.58), y su contrato excluye los servicios experimentales, "
           "de investigación o no comprobados.", 10)
    p.para("Puede apelar dentro de los 180 días a partir de la fecha de este aviso. Si su salud corre peligro, "
           "pida una revisión acelerada (72 horas). Después de la apelación interna puede pedir una revisión "
           f"externa dentro de 4 meses. Llame al {PLAN['phone']}.", 10)
    return out(p)


ITEMS = [
    ("bd_member_reimbursement_notice", "born_digital", "bd", "slash"),
    ("scan300_clinic_invoice_paid_in_full", "scan_clean_300", "inv", "long"),
    ("faxstd_stack_appeal_upheld_and_claim_form", "fax_standard_g4", "stack", "abbr"),
    ("copy_letter_sentences_only", "photocopy", "prose", "long"),
    ("photo_member_eob_three_claims", "phone_photo", "eob", "dmy"),
    ("rotated_predetermination_left_knee", "rotated", "pd", "updash"),
    ("lowres_aviso_reembolso_es", "scan_lowres_150", "es", "es"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        f["member"] = PEOPLE[i]
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        sd = [f["svc"].isoformat()]
        dl = (f["notice"] + dt.timedelta(days=180)).isoformat()
        alt = {"provider": [CLINIC[0]]}
        common = dict(insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"], provider=f["doctor"])
        if kind == "bd":
            t = truth("denial_letter", "experimental", plan_id=f["plan"], group_number=f["group"],
                      case_numbers=[f["claim"]], claim_amount=m2(f["total"]), service_dates=sd, denial_date=nd,
                      appeal_deadline=dl, alternates=alt, **common)
            items.append(Item(name, cond, [(member_notice(f, ds), t)]))
        elif kind == "inv":
            t = truth("other", None, insurer=None, member_name=f["member"], provider=f["doctor"],
                      claim_amount=m2(f["total"]), service_dates=sd, denial_date=sd[0], unscored=["insurer"],
                      alternates={"provider": [CLINIC[0]], "case_numbers": [[f["inv"]]]})
            items.append(Item(name, cond, [(invoice(f, ds), t)]))
        elif kind == "stack":
            f["adate"] = f["notice"] + dt.timedelta(days=r.randint(40, 70))
            f["apl"] = "APL" + dg(r, 8)
            t1 = truth("denial_letter", "experimental", case_numbers=[f["apl"], f["claim"]],
                       claim_amount=m2(f["total"]), service_dates=sd, denial_date=f["adate"].isoformat(),
                       alternates=alt, **common)
            signed = (f["recv"] - dt.timedelta(days=3)).isoformat()
            t2 = truth("other", None, insurer=PLAN["org"], group_number=f["group"], member_id=f["mid"],
                       member_name=f["member"], provider=f["doctor"], claim_amount=m2(f["total"]),
                       service_dates=sd, denial_date=signed,
                       alternates={"provider": [CLINIC[0]], "denial_date": [None]})
            items.append(Item(name, cond, [(appeal_upheld(f, ds), t1), (claim_form(f, ds), t2)],
                              separators=["cover", None]))
        elif kind == "prose":
            f["dl"] = f["notice"] + dt.timedelta(days=180)
            t = truth("denial_letter", "experimental", case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
                      service_dates=sd, denial_date=nd, appeal_deadline=f["dl"].isoformat(), alternates=alt,
                      **common)
            items.append(Item(name, cond, [(prose(f, ds), t)]))
        elif kind == "eob":
            r2 = random.Random(SEED + 70)
            f["per0"] = f["notice"] - dt.timedelta(days=30)
            visit = f["svc"] - dt.timedelta(days=r2.randint(20, 40))
            f["claims"] = [
                ("LM" + dg(r2, 10), f"{f['doctor']}, {f['cred']}", visit, "New patient visit 99204", 385.00,
                 212.40, 169.92, 42.48, "PD1"),
                ("LM" + dg(r2, 10), "Fenmore Open MRI", visit + dt.timedelta(days=6), "MRI knee 73721", 1640.00,
                 498.75, 399.00, 99.75, "PD1"),
                (f["claim"], f"{f['doctor']}, {f['cred']}", f["svc"], "BMAC injection (reimb.)", f["total"], 0.0,
                 0.0, f["total"], "EX4")]
            t = truth("eob", "experimental", group_number=f["group"], case_numbers=[f["claim"]],
                      claim_amount=m2(f["total"]), service_dates=sd, denial_date=nd, appeal_deadline=dl,
                      alternates=alt, **common)
            items.append(Item(name, cond, [(eob(f, ds), t)]))
        elif kind == "pd":
            f["pd"] = "PD-" + dg(r, 8)
            f["planned"] = f["notice"] + dt.timedelta(days=r.randint(14, 30))
            f["recv"] = f["notice"] - dt.timedelta(days=r.randint(5, 12))
            t = truth("denial_letter", "experimental", group_number=f["group"], case_numbers=[f["pd"]],
                      service_dates=[f["planned"].isoformat()], denial_date=nd, appeal_deadline=dl, alternates=alt,
                      **common)
            items.append(Item(name, cond, [(predetermination(f, ds), t)]))
        else:
            t = truth("denial_letter", "experimental", lang="es", group_number=f["group"], case_numbers=[f["claim"]],
                      claim_amount=m2(f["total"]), service_dates=sd, denial_date=nd, appeal_deadline=dl,
                      alternates=alt, **common)
            items.append(Item(name, cond, [(spanish(f, ds), t)]))
    return items
