"""Family 'scrambler_therapy_neuropathic_pain_investigational_eob': an invented commercial plan refuses a course of
ten Scrambler therapy sessions (transcutaneous electrical modulation pain reprocessing, CPT 0278T) for chemotherapy-
induced peripheral neuropathy as investigational, while paying the neurologist's visits and nerve studies.

Documents: a member EOB with three claims of which only the Scrambler claim is refused (born digital); a scanned
stack of the member denial letter, a blank separator and the pain clinic's patient statement; an upheld appeal told
only in sentences (photocopy); the plan's prior-authorization denial to the clinic for a second course (fine fax);
a Spanish notice (sideways); a request for office notes that denies nothing (phone photo); a narrative EOB with two
claim blocks of which one is refused (low resolution). Everything invented. Decoys: DOB, NPI, received dates,
claims-processing periods, patient account numbers, medical-policy and form numbers, 72-hour expedited and
external-review limits, phone and fax numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "scrambler_therapy_neuropathic_pain_investigational_eob"
LANG = "en"
SEED = 341100

PLAN = {"org": "Brackenfield Health Assurance", "addr": "PO Box 48210, Tollmere, NA 60417",
        "phone": "1-855-402-7716", "fax": "1-855-402-7790", "web": "brackenfield.example"}
CLINIC = ("Anneliese M. Kovacs", "MD", "Quillstone Nerve & Pain Institute", "2200 Ferrule Street, Suite 410, Tollmere, NA 60422",
          "(630) 555-0182")
NEURO = "Tollmere Neurology Associates"
PEOPLE = [("Harriet L. Oyelaran", "F"), ("Wendell J. Pemberton", "M"), ("Sunita R. Greer", "F"),
          ("Desmond A. Holloway", "M"), ("Milagros E. Benítez", "F"), ("Colin T. Fairchild", "M"),
          ("Odette V. Lomax", "F")]
POLICY = "MP-ELE-0417"
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds):
    if ds == "es":
        return f"{d.day} de {MES[d.month - 1]} de {d.year}"
    if ds == "updash":
        return d.strftime("%d-%b-%Y").upper()
    return fdate(d, ds)


def weekdays(start, n):
    out_, d = [], start
    while len(out_) < n:
        if d.weekday() < 5:
            out_.append(d)
        d += dt.timedelta(days=1)
    return out_


def base(r, i):
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 120))
    start = notice - dt.timedelta(days=r.randint(35, 60))
    start -= dt.timedelta(days=start.weekday())  # a Monday
    sess = weekdays(start, 10)
    rate = r.choice([345.00, 360.00, 385.00, 410.00])
    return dict(notice=notice, sess=sess, first=sess[0], last=sess[-1], rate=rate, total=round(rate * 10, 2),
                claim="BH" + dg(r, 11), mid="BFA" + dg(r, 9), group=dg(r, 6), plan="BHA-" + r.choice(["GOLD", "SLV", "PLT"]) + "-" + dg(r, 3),
                member=PEOPLE[i][0], dob=dt.date(r.randint(1952, 1975), r.randint(1, 12), r.randint(1, 28)),
                npi="1" + dg(r, 9), acct="QNP-" + dg(r, 6), recv=sess[-1] + dt.timedelta(days=r.randint(4, 9)),
                street=f"{r.randint(100, 9800)} {r.choice(['Wicker Hollow Rd', 'Pennant Ave', 'Thistledown Ct'])}")


def letterhead(p, es=False):
    p.line(PLAN["org"], 16, "B")
    p.line(("Servicios para Miembros" if es else "Member Services") + "  |  " + PLAN["addr"], 8.5)
    p.line(f"{PLAN['phone']}  (TTY 711)  |  {PLAN['web']}", 8.5)
    p.ln(5)


def addr(p, f):
    p.para(f"{f['member']}\n{f['street']}\nTollmere, NA 60419", 10)


def eob_bd(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="BHA-EOB-M 09/2025")
    p.add_page()
    letterhead(p)
    p.line("Your Explanation of Benefits", 14, "B")
    p.line("THIS IS NOT A BILL. Keep this statement for your records.", 8.5)
    p.ln(2)
    p.pairs([("Statement date", fd(f["notice"], ds)), ("Member", f["member"]), ("Member ID", f["mid"]),
             ("Date of birth", fd(f["dob"], ds)), ("Group number", f["group"]), ("Plan", f["plan"]),
             ("Claims processed", f"{fd(f['first'] - dt.timedelta(days=20), ds)} to {fd(f['notice'] - dt.timedelta(days=2), ds)}")],
            40, 9.5, h=5)
    p.ln(2)
    rows = []
    for cl, prov, dates, code, ch, allowed, paid, you, rc in f["claims"]:
        rows.append([cl, prov, dates, code, money(ch, "nosign"), money(allowed, "nosign"), money(paid, "nosign"),
                     money(you, "nosign"), rc])
    p.table(["Claim number", "Provider", "Service dates", "Code", "Billed", "Allowed", "Plan paid", "You owe", "Note"],
            rows, [26, 34, 38, 13, 16, 15, 15, 14, 9], size=7)
    p.para(f"Claim {f['claim']} was billed by {CLINIC[2]}; treating physician {CLINIC[0]}, {CLINIC[1]}. Ten sessions of "
           f"CPT 0278T at {money(f['rate'])} each.", 8.5)
    p.heading("What the notes mean", 10)
    p.para("P1 - Paid at the in-network benefit after your copay.\n"
           f"X7 - Not covered. Scrambler therapy (CPT 0278T) is considered investigational for neuropathic pain under "
           f"medical policy {POLICY}. You may be billed for these services.\n"
           "P3 - Paid; coinsurance applied.", 8.5)
    p.para("Your right to appeal: if you disagree with how a claim was processed, send a written appeal within 180 days "
           "of the date of this statement. If your situation is urgent, ask for an expedited appeal and we will decide "
           "within 72 hours. You may ask for an external review within 4 months of our final decision.", 8.5)
    return out(p)


def denial_letter(f, ds):
    p = Page(serif=True, footer="Page {n} of {nb}", footer_left="BHA-ADV-EXP-2")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(3)
    addr(p, f)
    p.line("Notice of Adverse Benefit Determination", 13, "B")
    p.ln(2)
    x0, y0 = p.get_x(), p.get_y()
    p.set_fill_color(236, 236, 236)
    p.rect(x0, y0, 60, 78, style="F")
    info = [("Member", f["member"]), ("Member ID", f["mid"]), ("Group", f["group"]), ("Claim", f["claim"]),
            ("Provider", f"{CLINIC[0]}, {CLINIC[1]}"), ("Amount billed", money(f["total"])),
            ("Received", fd(f["recv"], "slash")), ("Policy", POLICY)]
    y = y0 + 2
    for k, v in info:
        p.set_xy(x0 + 2, y)
        p.f(7.5, "B")
        p.cell(56, 3.8, k)
        p.set_xy(x0 + 2, y + 3.6)
        p.f(8.5)
        p.cell(56, 4.4, v)
        y += 9.4
    p.set_xy(x0 + 64, y0)
    body = (f"Dear {f['member'].split()[0]} {f['member'].split()[-1]},\n\n"
            f"We reviewed the claim from {CLINIC[2]} for ten sessions of Scrambler therapy given from "
            f"{fd(f['first'], ds)} through {fd(f['last'], ds)} for neuropathic pain in your feet.\n\n"
            "We denied this claim. Our medical policy considers Scrambler therapy (calmare / transcutaneous "
            "electrical modulation pain reprocessing) investigational: published studies are small and do not show "
            "that it works better than standard care. Your plan does not cover investigational services.\n\n"
            "You may appeal within 180 days of the date of this letter. Send your appeal and any records to "
            "Appeals, " + PLAN["addr"] + ", or fax " + PLAN["fax"] + ".")
    p.f(9.5)
    p.multi_cell(p.w - p.r_margin - x0 - 64, 4.6, body, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.para("If waiting could seriously harm your health you may ask for an expedited appeal (decided within 72 "
           "hours). External review: within 4 months of a final adverse decision.", 8.5)
    p.para("Sincerely,\nUtilization Management, Medical Director's Office", 9.5)
    return out(p)


def clinic_statement(f, ds):
    p = Page(footer=None, footer_left="Detach and return the lower portion with your payment")
    p.add_page()
    p.line(CLINIC[2], 15, "B")
    p.line(CLINIC[3] + "   " + CLINIC[4], 8.5)
    p.ln(4)
    p.line("PATIENT STATEMENT", 12, "B")
    p.pairs([("Statement date", fd(f["stmt"], ds)), ("Account no.", f["acct"]), ("Patient", f["member"]),
             ("Insurance", f"{PLAN['org']}  ID {f['mid']}"), ("Physician", f"{CLINIC[0]}, {CLINIC[1]}")], 36, 9)
    p.ln(2)
    rows = [[fd(d, ds), "0278T", f"Scrambler therapy session {k + 1} of 10", money(f["rate"], "flat")]
            for k, d in enumerate(f["sess"])]
    rows.append(["", "", "Total charges", money(f["total"], "flat")])
    rows.append(["", "", f"Insurance claim {f['claim']} - denied investigational", "$0.00"])
    rows.append(["", "", "Amount due from you", money(f["total"], "flat")])
    p.table(["Date", "Code", "Description", "Amount"], rows, [32, 18, 100, 28], size=8.5, border=0,
            aligns=["L", "L", "L", "R"], bold_last=True)
    p.para("Your insurance has denied these sessions. Payment plans are available; call our billing office. "
           "A prompt-pay discount of 15% applies if paid within 30 days.", 9)
    return out(p)


def upheld_prose(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(4)
    addr(p, f)
    p.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:", 10)
    p.para(f"Thank you for your appeal, which we logged as appeal {f['apl']}. You asked us to reconsider claim "
           f"{f['claim']} for the Scrambler therapy you received at {CLINIC[2]} from {fd(f['first'], ds)} through "
           f"{fd(f['last'], ds)}. The clinic billed {money(f['total'])} for the ten sessions, ordered by "
           f"{CLINIC[0]}, {CLINIC[1]}. Your member number is {f['mid']}.", 10)
    p.para("A board-certified pain medicine physician who took no part in the first decision read your oncologist's "
           "letter and the clinic's notes. The reviewer found that the evidence for Scrambler therapy is still "
           "limited to small studies without adequate controls, and that the therapy remains investigational under "
           "our medical policy. We are therefore upholding the denial.", 10)
    p.para("This ends our internal appeal process. You may ask for an external review by an independent review "
           "organization within 4 months of the date you receive this letter. You may also have the right to bring "
           "a civil action under section 502(a) of ERISA.", 10)
    p.para("Sincerely,\n\nGrievance and Appeals Department", 10)
    return out(p)


def pa_fax(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="BHA-UM-PRV 03/2025")
    p.add_page()
    p.line(f"FROM: {PLAN['org']} UM   FAX {PLAN['fax']}     TO: {CLINIC[2]}   FAX (630) 555-0199", 8)
    p.ln(2)
    letterhead(p)
    p.line("PRIOR AUTHORIZATION - ADVERSE DETERMINATION", 12.5, "B")
    p.ln(2)
    p.boxed_pairs([("Determination date", fd(f["notice"], ds)), ("Request no.", f["pa"]),
                   ("Request received", fd(f["notice"] - dt.timedelta(days=4), ds)), ("Member", f["member"]),
                   ("Member ID / DOB", f"{f['mid']}  /  {fd(f['dob'], ds)}"),
                   ("Requesting provider", f"{CLINIC[0]}, {CLINIC[1]}   NPI {f['npi']}"),
                   ("Service", "0278T x 10 - Scrambler therapy, second course"),
                   ("Requested dates", f"{fd(f['p1'], ds)} - {fd(f['p2'], ds)}"),
                   ("Decision", "NOT APPROVED - investigational / experimental")], 50, 9)
    p.para(f"Rationale: per medical policy {POLICY}, transcutaneous electrical modulation pain reprocessing is "
           "investigational for chemotherapy-induced peripheral neuropathy. Peer-to-peer review is available "
           "within 14 days; call " + PLAN["phone"] + ", option 4.", 9)
    p.para("The provider or member may appeal within 60 days of the date of this notice. Expedited appeals are "
           "decided within 72 hours when a delay could seriously jeopardize the member's health.", 9)
    return out(p)


def spanish(f, ds):
    p = Page(footer="Página {n} de {nb}", footer_left="BHA-ADV-EXP-2 (SP)")
    p.add_page()
    letterhead(p, es=True)
    p.line(fd(f["notice"], "es"), 10)
    p.ln(3)
    addr(p, f)
    p.heading("Aviso de determinación adversa de beneficios", 13, rule=True)
    p.pairs([("Miembro", f["member"]), ("Núm. de identificación", f["mid"]), ("Grupo", f["group"]),
             ("Número de reclamo", f["claim"]), ("Proveedor", f"{CLINIC[0]}, {CLINIC[1]}"),
             ("Cantidad facturada", money(f["total"]))], 50, 9.5)
    p.ln(2)
    p.para(f"Del {fd(f['first'], 'es')} al {fd(f['last'], 'es')} usted recibió diez sesiones de terapia Scrambler "
           f"en {CLINIC[2]}. Negamos este reclamo porque nuestra política médica considera que esta terapia es "
           "experimental o de investigación para el dolor neuropático, y su plan no cubre servicios de investigación.",
           10)
    p.para("Puede apelar dentro de los 180 días a partir de la fecha de esta carta. Si su salud corre peligro, pida "
           "una apelación acelerada (decisión en 72 horas). Puede pedir una revisión externa dentro de 4 meses "
           "después de la decisión final.", 10)
    p.para("Atentamente,\nDepartamento de Reclamos", 10)
    return out(p)


def records_request(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="BHA-REC-REQ")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    p.line("To: " + CLINIC[2] + ", Medical Records", 10)
    p.line("Re: Request for medical records", 12, "B")
    p.ln(2)
    p.table(["Patient", "Member ID", "Claim", "Dates of service", "Billed"],
            [[f["member"], f["mid"], f["claim"], f"{fd(f['first'], ds)} - {fd(f['last'], ds)}", money(f["total"])]],
            [42, 32, 34, 46, 24], size=8.5)
    p.para("We have received the claim above and need more information before we can process it. This is not a "
           "denial. Please send the office notes for each session, the treatment plan and the referring oncologist's "
           "notes. Send records within 45 days to " + PLAN["fax"] + " and write the claim number on every page.", 10)
    p.para(f"Rendering physician on file: {CLINIC[0]}, {CLINIC[1]} (NPI {f['npi']}). Questions: {PLAN['phone']}.", 9)
    return out(p)


def narrative_eob(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="BHA-EOB-N")
    p.add_page()
    letterhead(p)
    p.line("EXPLANATION OF BENEFITS  -  claim summary", 12.5, "B")
    p.line(f"Issued {fd(f['notice'], ds)}  for {f['member']}  ·  Member ID {f['mid']}  ·  Group {f['group']}", 9)
    p.ln(3)
    p.heading(f"Claim {f['oclaim']}  ·  {NEURO}", 10)
    p.para(f"Office visit (99214) on {fd(f['ovisit'], ds)}. Billed {money(f['ocharge'])}; plan paid "
           f"{money(f['opaid'])}; your copay $40.00.", 9.5)
    p.heading(f"Claim {f['claim']}  ·  {CLINIC[2]}", 10)
    p.para(f"Scrambler therapy (0278T), ten sessions {fd(f['first'], ds)} through {fd(f['last'], ds)}, treating "
           f"physician {CLINIC[0]}, {CLINIC[1]}. Billed {money(f['total'])}; plan paid $0.00. Not covered: the service "
           f"is investigational under policy {POLICY}. You may owe the full amount.", 9.5)
    p.ln(2)
    p.para("Appeals must be filed within 180 days of the date this statement was issued. Patient account "
           f"{f['acct']} is the clinic's number, not ours.", 8.5)
    return out(p)


ITEMS = [
    ("bd_member_eob_three_claims_scrambler_denied", "born_digital", "eob", "slash"),
    ("scan300_stack_denial_letter_and_clinic_statement", "scan_clean_300", "stack", "long"),
    ("copy_appeal_upheld_sentences_only", "photocopy", "upheld", "long"),
    ("faxfine_prior_auth_second_course_denied", "fax_fine_g4", "pa", "updash"),
    ("rotated_aviso_terapia_scrambler_es", "rotated", "es", "es"),
    ("photo_records_request_not_a_denial", "phone_photo", "rec", "dmy"),
    ("lowres_narrative_eob_two_claims", "scan_lowres_150", "neob", "upper"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        dl = (f["notice"] + dt.timedelta(days=180)).isoformat()
        spn = f"{f['first'].isoformat()}/{f['last'].isoformat()}"
        prov = f"{CLINIC[0]}, {CLINIC[1]}"
        alt_p = [CLINIC[0], CLINIC[2]]
        common = dict(insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"], provider=prov)
        if kind == "eob":
            r2 = random.Random(SEED + 70)
            ov = f["first"] - dt.timedelta(days=18)
            f["claims"] = [("BH" + dg(r2, 11), NEURO[:24], fd(ov, ds), "99214", 265.00, 182.40, 142.40, 40.00, "P1"),
                           ("BH" + dg(r2, 11), NEURO[:24], fd(ov + dt.timedelta(days=6), ds), "95910", 720.00, 455.00,
                            364.00, 91.00, "P3"),
                           (f["claim"], "Quillstone Nerve & Pain", f"{fd(f['first'], ds)}-{fd(f['last'], ds)}", "0278T",
                            f["total"], 0.0, 0.0, f["total"], "X7")]
            t = truth("eob", "experimental", plan_id=f["plan"], group_number=f["group"], case_numbers=[f["claim"]],
                      claim_amount=m2(f["total"]), service_dates=[spn], denial_date=nd, appeal_deadline=dl,
                      alternates={"provider": alt_p}, **common)
            items.append(Item(name, cond, [(eob_bd(f, ds), t)]))
        elif kind == "stack":
            f["stmt"] = f["notice"] + dt.timedelta(days=r.randint(8, 15))
            t1 = truth("denial_letter", "experimental", group_number=f["group"], case_numbers=[f["claim"]],
                       claim_amount=m2(f["total"]), service_dates=[spn], denial_date=nd, appeal_deadline=dl,
                       alternates={"provider": alt_p}, **common)
            t2 = truth("other", None, case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
                       service_dates=[d.isoformat() for d in f["sess"]], denial_date=f["stmt"].isoformat(),
                       unscored=["insurer"], alternates={"provider": alt_p, "service_dates": [[spn]]}, **common)
            items.append(Item(name, cond, [(denial_letter(f, ds), t1), (clinic_statement(f, ds), t2)],
                              separators=["blank", None]))
        elif kind == "upheld":
            f["apl"] = "GA-" + dg(r, 7)
            t = truth("denial_letter", "experimental", case_numbers=[f["claim"], f["apl"]],
                      claim_amount=m2(f["total"]), service_dates=[spn], denial_date=nd, appeal_deadline=None,
                      alternates={"provider": alt_p}, **common)
            items.append(Item(name, cond, [(upheld_prose(f, ds), t)]))
        elif kind == "pa":
            f["pa"] = "UM" + dg(r, 9)
            f["p1"] = f["notice"] + dt.timedelta(days=r.randint(10, 20))
            f["p1"] -= dt.timedelta(days=f["p1"].weekday())
            f["p2"] = weekdays(f["p1"], 10)[-1]
            t = truth("denial_letter", "experimental", case_numbers=[f["pa"]], claim_amount=None,
                      service_dates=[f"{f['p1'].isoformat()}/{f['p2'].isoformat()}"], denial_date=nd,
                      appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
                      alternates={"provider": alt_p}, **common)
            items.append(Item(name, cond, [(pa_fax(f, ds), t)]))
        elif kind == "es":
            t = truth("denial_letter", "experimental", lang="es", group_number=f["group"], case_numbers=[f["claim"]],
                      claim_amount=m2(f["total"]), service_dates=[spn], denial_date=nd, appeal_deadline=dl,
                      alternates={"provider": alt_p}, **common)
            items.append(Item(name, cond, [(spanish(f, ds), t)]))
        elif kind == "rec":
            t = truth("other", None, case_numbers=[f["claim"]], claim_amount=m2(f["total"]), service_dates=[spn],
                      denial_date=nd, alternates={"provider": alt_p}, **common)
            items.append(Item(name, cond, [(records_request(f, ds), t)]))
        else:
            f["oclaim"] = "BH" + dg(r, 11)
            f["ovisit"] = f["first"] + dt.timedelta(days=r.randint(20, 28))
            f["ocharge"], f["opaid"] = 265.00, 182.40
            t = truth("eob", "experimental", group_number=f["group"], case_numbers=[f["claim"]],
                      claim_amount=m2(f["total"]), service_dates=[spn], denial_date=nd, appeal_deadline=dl,
                      alternates={"provider": alt_p}, **common)
            items.append(Item(name, cond, [(narrative_eob(f, ds), t)]))
    return items
