"""Family 'overactive_bladder_botox_injection_step_therapy_denial': a health plan's letters, EOBs and appeal decisions
on intradetrusor onabotulinumtoxinA (J0585 with cystoscopy 52287) for overactive bladder, refused until two oral
agents (an antimuscarinic and a beta-3 agonist) were tried for the plan's minimum period. Also: the urology practice's
letter of medical necessity (no denial), an EOB paying the office visit, a multi-claim EOB with the injection claim
denied, an overturned appeal, a Spanish notice and a faxed stack (upheld appeal + practice balance statement).
Decoys: date of birth, NPI, request-received date, 72-hour urgent review, external review window, earlier claims,
drug trial dates, practice account numbers. All values invented.

Issuers: Thornquist Health Plan (letters, EOBs), Plan de Salud Arboleda (Spanish notice).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "overactive_bladder_botox_injection_step_therapy_denial"
LANG = "en"
SEED = 338100
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
TQ, AR = "Thornquist Health Plan", "Plan de Salud Arboleda"
PRACTICE = "Willowmere Urology Associates"
UROS = [("Cordelia R. Vantongeren", "MD"), ("Emeka J. Hollingsworth", "DO"), ("Saskia L. Branford", "MD")]
FIRST = ["Philippa", "Augustin", "Roswitha", "Delphine", "Barnaby", "Henrietta", "Cosmo", "Imelda"]
LAST = ["Quarrington", "Ellsworth-Hale", "Dunmore", "Pettigrew", "Ashdown", "Latimer", "Crowther", "Fennimore"]


class Page(Doc):
    def __init__(self):
        super().__init__("DejaVu", margins=(19, 14, 19))
        self.add_font("DejaVu", "B", BOLD)


def dig(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def facts(r, ds, ms, es=False):
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 160))
    uro = r.choice(UROS)
    if es:
        member = f"{r.choice(['Maritza', 'Eliseo', 'Yesenia', 'Abelardo'])} {r.choice('ABCDEGJLMR')}. " \
                 f"{r.choice(['Quiñones', 'Arroyo-Feliciano', 'Ledesma', 'Carmona'])}"
    else:
        member = f"{r.choice(FIRST)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {r.choice(LAST)}"
    return dict(ds=ds, ms=ms, notice=notice, es=es, member=member, uro=uro[0], cred=uro[1],
                planned=notice + dt.timedelta(days=r.randint(12, 30)),
                received=notice - dt.timedelta(days=r.randint(3, 9)),
                dob=dt.date(r.randint(1946, 1980), r.randint(1, 12), r.randint(1, 27)),
                mid=("TQH" + dig(r, 9)) if not es else ("ARB-" + dig(r, 8)),
                group=("GRP-" + dig(r, 5)) if not es else dig(r, 6),
                auth="PA-" + dig(r, 4) + "-" + dig(r, 6), claim=dig(r, 12), appeal="APL" + dig(r, 7),
                npi=r.choice("12") + dig(r, 9), acct="WUA-" + dig(r, 6),
                oxy=notice - dt.timedelta(days=r.randint(110, 170)),
                phone=f"1-8{r.choice('4567')}{r.randint(4, 8)}-{dig(r, 3)}-{dig(r, 4)}")


def D(f, d):
    return fmt_date(d, f["ds"])


def M(f, v):
    return fmt_money(v, f["ms"])


def head(d, f):
    if f["es"]:
        d.text_line("Plan de Salud Arboleda", 17, "B")
        d.text_line(f"Departamento de Farmacia y Autorizaciones  ·  Apartado 41180, Ponce, PR 00733  ·  {f['phone']}", 8.3)
        d.rule(1.0)
        d.ln(2)
        return
    d.set_fill_color(40, 40, 40)
    d.rect(d.l_margin, d.get_y(), 9, 9, "F")
    d.set_x(d.l_margin + 12)
    d.font(15, "B")
    d.cell(0, 5, "THORNQUIST", new_x="LMARGIN", new_y="NEXT")
    d.set_x(d.l_margin + 12)
    d.font(8.5)
    d.cell(0, 5, "Health Plan  |  1770 Marlowe Commons Drive, Ashby Falls, IA 50266", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)


def kv(d, rows, w1=48, size=9.5):
    for a, b in rows:
        d.font(size - 1)
        d.cell(w1, 5.1, a)
        d.font(size, "B")
        d.cell(0, 5.1, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def addr(d, f):
    rr = random.Random(f["auth"])
    for ln in (f["member"], f"{rr.randint(14, 980)} {rr.choice(['Tamarack Row', 'Gristmill Lane', 'Kestrel Court'])}",
               rr.choice(["Ashby Falls, IA 50266", "Cedar Ferry, IA 52411", "Moline Bend, IL 61265"])):
        d.text_line(ln, 10)
    d.ln(4)


def pa_letter(d, f):
    d.add_page()
    head(d, f)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(2)
    addr(d, f)
    d.text_line("We did not approve a request for your care", 13, "B")
    d.ln(1)
    kv(d, [("Member ID", f["mid"]), ("Group number", f["group"]), ("Date of birth", D(f, f["dob"])),
           ("Authorization request #", f["auth"]), ("Request received", D(f, f["received"])),
           ("Requesting provider", f"{f['uro']}, {f['cred']}  (NPI {f['npi']})"),
           ("Service requested", "J0585 onabotulinumtoxinA 100 units; 52287 cystourethroscopy with injection")], 52)
    d.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]},")
    d.para(f"Your urologist asked us to approve bladder injections of onabotulinumtoxinA (Botox) planned for "
           f"{D(f, f['planned'])} at {PRACTICE}. We reviewed the request against our drug policy for overactive "
           "bladder. We cannot approve it at this time.")
    d.para("Why: our policy covers bladder Botox only after you have tried two oral medicines for overactive "
           "bladder, each for at least 8 weeks, or could not take them because of side effects. One must be an "
           "antimuscarinic (for example oxybutynin or solifenacin) and one must be a beta-3 agonist (mirabegron or "
           f"vibegron). The records we received show oxybutynin started {D(f, f['oxy'])}, but no trial of a beta-3 "
           "agonist. This is called step therapy.")
    d.para("What you can do: your doctor may send records of a beta-3 agonist trial or of a reason you cannot take "
           "one. You may also appeal. You must ask for an appeal within 180 days of the date of this letter. If "
           "waiting could seriously harm your health, ask for a fast (expedited) appeal; we decide those within 72 "
           "hours. After our final decision you may have 4 months to ask for an independent external review.")
    d.para(f"Call Member Services at {f['phone']} (TTY 711), 8 a.m. to 8 p.m. Central.", 9.5)
    d.ln(2)
    d.text_line("Pharmacy and Utilization Management", 10)
    d.text_line(TQ, 10)
    d.text_line("TQ-UM-114 (rev. 09/2025)", 7)


def lmn(d, f):
    d.add_page()
    d.text_line(PRACTICE, 16, "B", "C")
    d.text_line(f"Pelvic Health & Continence Center  ·  402 Larchmont Avenue, Suite 3B, Cedar Ferry, IA 52411", 8.5,
                "", "C")
    d.text_line(f"Phone (319) 555-0{f['npi'][-3:]}  ·  Fax (319) 555-0188", 8.5, "", "C")
    d.rule(0.6)
    d.ln(3)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(2)
    for ln in ("Thornquist Health Plan", "Attn: Pharmacy Prior Authorization", "1770 Marlowe Commons Drive",
               "Ashby Falls, IA 50266"):
        d.text_line(ln, 10)
    d.ln(3)
    d.text_line("LETTER OF MEDICAL NECESSITY", 12, "B")
    d.para(f"Patient: {f['member']}    DOB: {D(f, f['dob'])}    Member ID: {f['mid']}    Group: {f['group']}\n"
           f"Our account: {f['acct']}", 9.5)
    d.para(f"I am writing to request coverage of intradetrusor onabotulinumtoxinA 100 units (J0585) with "
           f"cystourethroscopy (52287) for my patient, scheduled for {D(f, f['planned'])}. "
           f"{f['member'].split()[0]} has refractory overactive bladder with urge incontinence, 9 to 12 voids a day "
           "and 3 to 4 leakage episodes daily on a 3-day bladder diary.")
    d.para(f"Oxybutynin ER 10 mg was begun on {D(f, f['oxy'])} and stopped after 10 weeks for dry mouth and "
           "constipation. Mirabegron 50 mg was then prescribed for 8 weeks; it did not reduce urgency episodes and "
           "raised home blood pressure readings. The pharmacy fill history is enclosed. Behavioral therapy and pelvic "
           "floor physical therapy were completed.")
    d.para("Two oral agents of different classes have now failed. I ask that the plan approve the procedure.")
    d.ln(4)
    d.text_line(f"{f['uro']}, {f['cred']}", 10, "B")
    d.text_line(f"Urology, NPI {f['npi']}", 9)
    d.text_line("Enclosures: bladder diary, pharmacy fill history, office notes", 8)


def eob(d, f, claims, note):
    """claims: list of (claim no, date, provider, code, desc, billed, allowed, paid, you owe, remark)."""
    d.add_page()
    head(d, f)
    d.text_line("Explanation of Benefits", 14, "B")
    d.text_line("THIS IS NOT A BILL", 8.5, "B")
    d.ln(1)
    d.boxes([("Statement date", D(f, f["notice"]), 40), ("Member", f["member"], 62),
             ("Member ID", f["mid"], 40), ("Group", f["group"], 36)])
    d.ln(4)
    for c in claims:
        d.font(9.5, "B")
        d.cell(0, 5.5, f"Claim {c[0]}   -   {c[2]}", new_x="LMARGIN", new_y="NEXT")
        d.table(["Service date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Remark"],
                [[D(f, c[1]), c[3], c[4], M(f, c[5]), M(f, c[6]), M(f, c[7]), M(f, c[8]), c[9]]],
                [24, 14, 52, 20, 20, 18, 16, 14], 8.2, "LLLRRRRL")
    d.font(9, "B")
    d.cell(0, 5, "Remark codes", new_x="LMARGIN", new_y="NEXT")
    d.para(note, 8.6)
    d.para(f"Questions about this statement? Call {f['phone']}. If you disagree with a decision on this statement "
           "you may appeal within 180 days of the date of this statement. Urgent appeals are decided within 72 hours.",
           8.6)
    d.text_line(f"Claims received through {D(f, f['received'])}.  Form TQ-EOB-2", 7.5)


def appeal_decision(d, f, upheld):
    d.add_page()
    head(d, f)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(2)
    addr(d, f)
    d.text_line(f"Re: Appeal {f['appeal']}  (original request {f['auth']})", 11, "B")
    d.ln(2)
    d.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:")
    if upheld:
        d.para(f"We reviewed your appeal of our decision not to approve bladder onabotulinumtoxinA injections "
               f"requested by Dr. {f['uro']} for {D(f, f['planned'])}. A board-certified urologist who was not part "
               "of the first decision reviewed your records.")
        d.para("Our decision: we are upholding the denial. The policy requires trials of two oral medicines of "
               "different classes. The records sent with the appeal again show only an antimuscarinic; they do not "
               "show that a beta-3 agonist was tried or could not be used.")
        d.para(f"Next steps: this was your final internal appeal. You may ask for an external review by an independent "
               f"review organization within 4 months of receiving this letter. Your member ID is {f['mid']}; group "
               f"{f['group']}. Call {f['phone']} with questions.")
    else:
        d.para(f"Good news. We reviewed the appeal that Dr. {f['uro']} filed for you, with the letter of medical "
               "necessity and pharmacy records showing trials of oxybutynin and mirabegron.")
        d.para(f"We have overturned our earlier decision. Bladder onabotulinumtoxinA (J0585) with cystoscopy (52287) "
               f"is approved for one treatment between {D(f, f['planned'])} and "
               f"{D(f, f['planned'] + dt.timedelta(days=90))}. Authorization number: {f['auth']}.")
        d.para(f"Member ID {f['mid']}  ·  Group {f['group']}. Your usual cost share applies. Call {f['phone']} with "
               "questions.")
    d.ln(2)
    d.text_line("Appeals and Grievances Unit", 10)
    d.text_line(TQ, 10)


def statement(d, f, billed, ins_paid, adj):
    d.add_page()
    d.text_line(PRACTICE, 14, "B")
    d.text_line("402 Larchmont Avenue, Suite 3B, Cedar Ferry, IA 52411   Billing (319) 555-0142", 8.5)
    d.rule(0.5)
    d.text_line("PATIENT STATEMENT", 12, "B", "R")
    kv(d, [("Statement date:", D(f, f["notice"])), ("Account number:", f["acct"]), ("Patient:", f["member"]),
           ("Insurance:", f"{TQ}  ID {f['mid']}")], 40)
    bal = billed - ins_paid - adj
    d.table(["Date", "Description", "Charges", "Payments/Adj", "Balance"],
            [[D(f, f["received"]), "99214 Office visit, established", M(f, billed), "", M(f, billed)],
             [D(f, f["notice"]), "Thornquist payment", "", "-" + M(f, ins_paid), M(f, billed - ins_paid)],
             [D(f, f["notice"]), "Contractual adjustment", "", "-" + M(f, adj), M(f, bal)],
             ["*Amount due", "", "", "", M(f, bal)]], [28, 70, 24, 28, 24], 8.6, "LLRRR")
    d.para("Your bladder injection is not on this statement. It has not been scheduled again while the appeal is "
           "pending with your health plan.", 9)
    d.text_line("Please pay within 30 days. We accept cards by phone.", 9)


def carta(d, f, amount):
    d.add_page()
    head(d, f)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(2)
    addr(d, f)
    d.text_line("AVISO DE DENEGACIÓN DE COBERTURA", 12.5, "B")
    kv(d, [("Afiliado(a):", f["member"]), ("Núm. de afiliado:", f["mid"]), ("Grupo:", f["group"]),
           ("Fecha de nacimiento:", D(f, f["dob"])), ("Núm. de solicitud:", f["auth"]),
           ("Médico:", f"{f['uro']}, {f['cred']}"), ("Cargo estimado:", M(f, amount))], 46)
    d.para(f"Su médico solicitó inyecciones de onabotulinumtoxinA en la vejiga (J0585 y 52287) para el "
           f"{D(f, f['planned'])}. Denegamos la solicitud. Nuestra política exige que usted haya probado dos "
           "medicamentos orales para la vejiga hiperactiva (un antimuscarínico y un agonista beta-3) durante al menos "
           "8 semanas cada uno. Los expedientes no muestran el uso de un agonista beta-3 (terapia escalonada).")
    d.para("Usted puede apelar dentro de 60 días a partir de la fecha de este aviso. Si su salud corre peligro, "
           "puede pedir una apelación acelerada; la decidiremos en 72 horas.")
    d.para(f"Llame a Servicios al Afiliado al {f['phone']}.", 9.5)
    d.ln(2)
    d.text_line("Departamento de Farmacia", 10)
    d.text_line(AR, 10)


def T(f, dtype, denial, **kw):
    base = dict(insurer=AR if f["es"] else TQ, group_number=f["group"], member_id=f["mid"], member_name=f["member"],
                denial_date=iso(f["notice"]), provider=f["uro"])
    base.update(kw)
    return truth(dtype, denial, lang="es" if f["es"] else "en", **base)


def documents(rng: random.Random) -> list[Item]:
    out = []
    # 1 PA denial letter, born digital
    r = random.Random(SEED + 1)
    f = facts(r, "long", "plain")
    d = Page()
    pa_letter(d, f)
    t = T(f, "denial_letter", "medical_necessity", case_numbers=[f["auth"]], service_dates=[iso(f["planned"])],
          appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)), denial_alternates=["prior_authorization"])
    out.append(Item(f"{FAMILY}_pa_step_therapy_letter", "born_digital", [(pdf_bytes(d), t)]))
    # 2 Letter of medical necessity from the practice (no denial)
    r = random.Random(SEED + 2)
    f = facts(r, "slash", "plain")
    d = Page()
    lmn(d, f)
    t = T(f, "other", None, insurer=None, service_dates=[iso(f["planned"])], unscored=["insurer", "appeal_deadline"])
    out.append(Item(f"{FAMILY}_urology_medical_necessity_letter", "scan_clean_300", [(pdf_bytes(d), t)]))
    # 3 Paid EOB for office visit
    r = random.Random(SEED + 3)
    f = facts(r, "abbr", "plain")
    b = 312.00
    eob(d := Page(), f, [(f["claim"], f["received"], f"{f['uro']}, {f['cred']}", "99214", "Office visit, est.", b,
                         188.40, 158.40, 30.00, "")],
        "No remark codes apply to this statement. Your $30.00 specialist copay was applied.")
    t = T(f, "eob", None, case_numbers=[f["claim"]], claim_amount=m2(b), service_dates=[iso(f["received"])],
          appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)))
    out.append(Item(f"{FAMILY}_eob_office_visit_paid", "scan_lowres_150", [(pdf_bytes(d), t)]))
    # 4 Multi-claim EOB: injection claim denied
    r = random.Random(SEED + 4)
    f = facts(r, "iso", "plain")
    c1, c2 = dig(r, 12), dig(r, 12)
    dv = f["received"] - dt.timedelta(days=20)
    inj = 1846.75
    eob(d := Page(), f, [
        (c1, dv - dt.timedelta(days=30), f"{f['uro']}, {f['cred']}", "51728", "Urodynamics, voiding pressure", 640.00,
         402.10, 321.68, 80.42, ""),
        (f["claim"], dv, f"{f['uro']}, {f['cred']}", "J0585/52287", "Botox bladder inj. w/ cysto", inj, 0.00, 0.00,
         0.00, "ST4"),
        (c2, dv + dt.timedelta(days=6), "Cedar Ferry Community Pharmacy", "RX", "Solifenacin 5 mg #30", 44.90, 21.30,
         11.30, 10.00, "")],
        "ST4 - Step therapy: this drug is covered only after trials of two oral overactive bladder medicines. No "
        "approved authorization was on file. The provider may not bill you for this service.")
    t = T(f, "eob", "medical_necessity", case_numbers=[f["claim"]], claim_amount=m2(inj), service_dates=[iso(dv)],
          appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)), denial_alternates=["prior_authorization"])
    out.append(Item(f"{FAMILY}_eob_three_claims_injection_denied", "photocopy", [(pdf_bytes(d), t)]))
    # 5 Overturned appeal (approval)
    r = random.Random(SEED + 5)
    f = facts(r, "dmy", "plain")
    appeal_decision(d := Page(), f, upheld=False)
    t = T(f, "other", None, case_numbers=[f["appeal"], f["auth"]],
          service_dates=[iso(f["planned"], f["planned"] + dt.timedelta(days=90))],
          alternates={"service_dates": [[iso(f["planned"])]]}, unscored=["appeal_deadline"])
    out.append(Item(f"{FAMILY}_appeal_overturned_approved", "fax_fine_g4", [(pdf_bytes(d), t)]))
    # 6 Stack: upheld appeal + practice statement, fax cover before the first
    r = random.Random(SEED + 6)
    f = facts(r, "upper", "plain")
    appeal_decision(d1 := Page(), f, upheld=True)
    t1 = T(f, "denial_letter", "medical_necessity", case_numbers=[f["appeal"], f["auth"]],
           service_dates=[iso(f["planned"])], denial_alternates=["prior_authorization"])
    statement(d2 := Page(), f, 312.00, 158.40, 123.60)
    t2 = T(f, "other", None, insurer=None, group_number=None, claim_amount=m2(312.00),
           service_dates=[iso(f["received"])], provider=PRACTICE,
           unscored=["insurer", "appeal_deadline"])
    out.append(Item(f"{FAMILY}_stack_upheld_appeal_and_statement", "fax_standard_g4",
                    [(pdf_bytes(d1), t1), (pdf_bytes(d2), t2)], separators=["cover", "blank"]))
    # 7 Spanish notice, rotated
    r = random.Random(SEED + 7)
    f = facts(r, "es", "plain", es=True)
    amt = 1725.00
    carta(d := Page(), f, amt)
    t = T(f, "denial_letter", "medical_necessity", case_numbers=[f["auth"]], claim_amount=m2(amt),
          service_dates=[iso(f["planned"])], appeal_deadline=iso(f["notice"] + dt.timedelta(days=60)),
          denial_alternates=["prior_authorization"], alternates={"claim_amount": [None]})
    out.append(Item(f"{FAMILY}_aviso_denegacion_es", "rotated", [(pdf_bytes(d), t)]))
    return out
