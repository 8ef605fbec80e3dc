"""Family 'autism_music_therapy_exclusion_denial': music therapy for a child with autism spectrum disorder refused
as an excluded service (the plan covers ABA, speech and occupational therapy for autism but lists music therapy,
recreational and expressive therapies as exclusions). Seen as a plan claim denial letter, the music therapist's
superbill, a fine-fax stack to the therapist (pre-service denial + an ABA hours approval), a Spanish letter to the
parent, an upheld appeal, a member EOB with three claims (two ABA claims paid, music therapy denied) and a short
reimbursement refusal. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "autism_music_therapy_exclusion_denial"
LANG = "en"
SEED = 336300
PLAN = "Lakemont Family Health Plan"
THERAPISTS = ["Maren K. Solvang", "Tobias R. Everleigh", "Anika J. Drummond", "Celeste P. Harwood"]
PRACTICE = "Resonance Pediatric Music Therapy"
ABA = "Brightsteps Behavioral Services"
EXCL = ("Section 7.4 of your Evidence of Coverage lists services that are not covered, including: \"music therapy, "
        "art therapy, dance or movement therapy, equine or recreational therapy, even when provided for a covered "
        "condition.\" Autism treatment that is covered includes applied behavior analysis (ABA), speech therapy, "
        "occupational therapy and physical therapy when medically necessary.")


def fam(r: Rand, lang: str = "en") -> dict:
    child, cf, cm, cl = r.person(lang)
    parent, pf, pm, pl = r.person(lang)
    parent = f"{pf} {pm}. {cl}"
    return dict(child=child, cfirst=cf, clast=cl, parent=parent, addr=r.address(lang),
                dob=r.date(dt.date(2016, 1, 1), 2500), ph=r.phone(), npi=r.npi(), mt=r.choice(THERAPISTS),
                mid=f"LFH{r.digits(8)}-0{r.randint(2, 4)}", grp=f"{r.randint(10, 99)}-{r.digits(5)}",
                plan_id=f"LK{r.digits(3)}{r.letters(1)}")


def labels(d: Doc, rows, w: float = 50, size: float = 9.5):
    for lab, val in rows:
        d.font(size, "B")
        d.cell(w, 5.4, lab)
        d.font(size)
        d.cell(0, 5.4, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


# 1 ------------------------------------------------------------ claim denial letter (born digital, 2 pages)
def doc_letter(r: Rand) -> tuple[bytes, dict]:
    f = fam(r)
    notice = r.date(dt.date(2026, 2, 2), 40)
    dates = sorted({notice - dt.timedelta(days=r.randint(20, 45)) for _ in range(3)})
    per = float(r.amount(110, 160).split(".")[0])
    total = per * len(dates)
    claim = f"{r.digits(4)}-{r.digits(7)}"
    d = Doc(header=f"{PLAN}  |  Claim {claim}  |  {f['child']}", footer="Page {p} of {n}", margins=(22, 16, 22))
    d.add_page()
    d.text_line(PLAN, 16, "B", h=8)
    d.text_line("Member Services  -  PO Box 4410, Duluth, MN 55802  -  " + f["ph"] + "  -  lakemonthealth.example", 8, h=5)
    d.rule(0.6, 6)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(4)
    labels(d, [("Patient", f["child"]), ("Subscriber", f["parent"]), ("Member ID", f["mid"]),
               ("Group", f["grp"]), ("Plan code", f["plan_id"]), ("Claim number", claim),
               ("Provider", f"{f['mt']}, MT-BC ({PRACTICE})"), ("Amount billed", fmt_money(total))])
    d.text_line("Notice of Claim Denial - Excluded Service", 12, "B", h=7)
    d.para(f"We received a claim for music therapy sessions (CPT 97530, HCPCS G0176) for {f['cfirst']} on "
           + ", ".join(fmt_date(x, "slash") for x in dates) + ". We cannot pay this claim because music therapy is "
           "excluded under your plan.", 10.5)
    d.para(EXCL, 10.5)
    d.para(f"This decision is about the type of service, not about {f['cfirst']}'s diagnosis. {f['cfirst']}'s ABA "
           f"therapy with {ABA} remains approved and is not affected by this letter.", 10.5)
    d.add_page()
    d.text_line("If you disagree", 11, "B", h=6.5)
    d.para("You may file an appeal within 180 days from the date of this letter. Send it to Appeals, PO Box 4417, "
           "Duluth, MN 55802 or fax 1-218-555-0144. For urgent care an expedited appeal is decided within 72 "
           "hours. After our final decision you may ask for an external review within 4 months. Therapist NPI "
           + f["npi"] + ". Form LFH-ABD-07 (01/2026).", 10)
    t = truth("denial_letter", "not_covered", insurer=PLAN, plan_id=f["plan_id"], group_number=f["grp"],
              member_id=f["mid"], member_name=f["child"], case_numbers=[claim], claim_amount=m2(total),
              service_dates=[iso(x) for x in dates], denial_date=iso(notice), provider=f["mt"],
              appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"plan_id": [None], "provider": [PRACTICE]})
    return pdf_bytes(d), t


# 2 ------------------------------------------------------------ therapist superbill (scan clean)
def doc_superbill(r: Rand) -> tuple[bytes, dict]:
    f = fam(r)
    issued = r.date(dt.date(2026, 3, 2), 20)
    dates = sorted({issued - dt.timedelta(days=7 * k + r.randint(1, 3)) for k in range(4)})
    per = float(r.amount(120, 150).split(".")[0])
    d = Doc(margins=(18, 14, 18))
    d.add_page()
    d.text_line(PRACTICE, 14, "B", h=7)
    d.text_line(f"{f['mt']}, MT-BC  -  Board-Certified Music Therapist  -  NPI {f['npi']}  -  Tax ID 84-{r.digits(7)}", 8.5, h=5)
    d.text_line("318 Juniper Drive, Suite 2, Bangor, ME 04401  -  Tel 1-207-555-0173", 8.5, h=5)
    d.rule(0.5, 4)
    d.text_line("SUPERBILL / STATEMENT FOR INSURANCE REIMBURSEMENT", 11.5, "B", h=7)
    labels(d, [("Date issued", fmt_date(issued, "abbr")), ("Client", f["child"]),
               ("Date of birth", fmt_date(f["dob"], "slash")), ("Responsible party", f["parent"]),
               ("Insurance", f"{PLAN}, member {f['mid']}"), ("Diagnosis", "F84.0 Autistic disorder"),
               ("Account", f"RPM-{r.digits(5)}")], w=42)
    rows = [[fmt_date(x, "slash"), "G0176", "Music therapy, individual, 60 min", "11", fmt_money(per)] for x in dates]
    tot = per * len(dates)
    rows.append(["*Total charges", "", "", "", fmt_money(tot)])
    rows.append(["Paid by client", "", "", "", "-" + fmt_money(tot)])
    rows.append(["*Balance", "", "", "", "$0.00"])
    d.table(["Date", "Code", "Service", "POS", "Fee"], rows, [28, 20, 80, 14, 30], size=8.5, aligns="LLLLR")
    d.para("Paid in full at time of service. This superbill is provided so that you may submit a claim to your "
           "insurance company. We are an out-of-network provider and do not bill insurance directly. Signature of "
           f"therapist: {f['mt']}, MT-BC", 9)
    t = truth("other", None, member_id=f["mid"], member_name=f["child"], claim_amount=m2(tot),
              service_dates=[iso(x) for x in dates], denial_date=iso(issued), provider=f["mt"],
              unscored=["insurer"], alternates={"provider": [PRACTICE], "claim_amount": [None],
                                                 "denial_date": [None]})
    return pdf_bytes(d), t


# 3 ------------------------------------------------------------ fax stack: pre-service denial + ABA approval
def doc_fax_denial(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Doc(margins=(16, 12, 16))
    d.add_page()
    d.text_line(PLAN.upper() + "  -  PROVIDER NOTIFICATION", 11.5, "B", h=7)
    d.text_line("Behavioral Health Utilization Management   Fax 1-218-555-0190   Phone " + f["ph"], 8.5, h=5)
    d.rule(0.6, 4)
    d.boxes([("Date of notice", fmt_date(f["notice"], "dmy"), 40), ("Request #", f["req"], 44),
             ("Member ID", f["mid"], 50), ("Group", f["grp"], 40)])
    d.boxes([("Member", f["child"], 62), ("DOB", fmt_date(f["dob"], "dmy"), 34), ("Requesting provider", f["mt"] + ", MT-BC", 78)])
    d.boxes([("Service requested", "G0176 music therapy, 1 x week, 24 sessions", 100),
             ("Requested start", fmt_date(f["start"], "dmy"), 40), ("Received", fmt_date(f["recv"], "dmy"), 34)])
    d.ln(4)
    d.text_line("DECISION: DENIED - BENEFIT EXCLUSION", 11, "B", h=7)
    d.para("Music therapy is a contract exclusion (Evidence of Coverage, Section 7.4) and is not a covered autism "
           "treatment under this plan, so medical necessity was not reviewed. Covered alternatives: ABA, speech "
           "therapy and occupational therapy from a network provider.", 9.5)
    d.para("The member or the provider on the member's behalf may appeal within 60 days of the date of this notice. "
           "Urgent appeals: 72 hours. This notice is not a guarantee of payment for any other service.", 9.5)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group_number=f["grp"], member_id=f["mid"],
              member_name=f["child"], case_numbers=[f["req"]], service_dates=[iso(f["start"])],
              denial_date=iso(f["notice"]), provider=f["mt"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=60)),
              alternates={"service_dates": [[]], "provider": [f["mt"] + ", MT-BC"]})
    return pdf_bytes(d), t


def doc_fax_aba(r: Rand, f: dict) -> tuple[bytes, dict]:
    auth = f"BH{r.digits(9)}"
    end = f["start"] + dt.timedelta(days=181)
    d = Doc(margins=(20, 14, 20))
    d.add_page()
    d.text_line(PLAN, 13, "B", h=7)
    d.text_line("Authorization Approval - Applied Behavior Analysis", 11, "B", h=7)
    d.rule(0.4, 4)
    labels(d, [("Date", fmt_date(f["notice"], "dmy")), ("Authorization", auth), ("Member", f["child"]),
               ("Member ID", f["mid"]), ("Provider", ABA), ("Codes approved", "97153 (30 h/wk), 97155 (4 h/wk)"),
               ("Approved period", f"{fmt_date(f['start'], 'dmy')} to {fmt_date(end, 'dmy')}")], w=44)
    d.para("The requested ABA services are approved as medically necessary for the period shown. A progress report "
           "and updated treatment plan are due 14 days before the period ends to request continued services.", 10)
    t = truth("other", None, insurer=PLAN, member_id=f["mid"], member_name=f["child"], case_numbers=[auth],
              service_dates=[iso(f["start"], end)], denial_date=iso(f["notice"]), provider=ABA,
              alternates={"service_dates": [[iso(f["start"])], []]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = fam(r)
    notice = r.date(dt.date(2026, 1, 20), 40)
    f.update(notice=notice, recv=notice - dt.timedelta(days=r.randint(4, 9)),
             start=notice + dt.timedelta(days=r.randint(7, 14)), req=f"R{r.digits(2)}-{r.digits(6)}")
    return Item(f"{FAMILY}_faxfine_stack", "fax_fine_g4", [doc_fax_denial(r, f), doc_fax_aba(r, f)],
                separators=["cover", None])


# 4 ------------------------------------------------------------ Spanish letter to the parent (phone photo)
def doc_es(r: Rand) -> tuple[bytes, dict]:
    f = fam(r, "es")
    notice = r.date(dt.date(2026, 2, 9), 40)
    dates = sorted({notice - dt.timedelta(days=r.randint(15, 40)) for _ in range(2)})
    per = float(r.amount(115, 145).split(".")[0])
    claim = f"{r.digits(4)}-{r.digits(7)}"
    d = Doc(font="DejaVu", margins=(22, 16, 22))
    d.add_page()
    d.text_line(PLAN, 15, "", h=8)
    d.text_line("Servicios al Miembro  -  " + f["ph"] + " (TTY 711)", 8.5, h=5)
    d.rule(0.5, 5)
    d.text_line(fmt_date(notice, "es"), 10.5, h=6)
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(4)
    d.para(f"Paciente: {f['child']}\nNúmero de miembro: {f['mid']}\nGrupo: {f['grp']}\nNúmero de reclamación: {claim}", 10)
    d.text_line("Aviso de denegación de pago", 12, h=7)
    d.para(f"Estimado/a {f['parent']}: Recibimos una reclamación de {f['mt']}, musicoterapeuta, por sesiones de "
           f"musicoterapia para {f['cfirst']} el {fmt_date(dates[0], 'es')} y el {fmt_date(dates[1], 'es')}, por un "
           f"total de {fmt_money(per * 2)}. No podemos pagar esta reclamación porque la musicoterapia es un servicio "
           "excluido de su plan (Evidencia de Cobertura, sección 7.4), aunque se preste para el autismo.", 10.5)
    d.para("Su plan sí cubre el análisis aplicado de la conducta (ABA), la terapia del habla y la terapia "
           "ocupacional cuando son médicamente necesarios.", 10.5)
    d.para("Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de este aviso. Las "
           "apelaciones urgentes se deciden en 72 horas. Fecha de nacimiento del paciente: "
           + fmt_date(f["dob"], "slash") + ".", 10)
    t = truth("denial_letter", "not_covered", lang="es", insurer=PLAN, group_number=f["grp"], member_id=f["mid"],
              member_name=f["child"], case_numbers=[claim], claim_amount=m2(per * 2),
              service_dates=[iso(x) for x in dates], denial_date=iso(notice), provider=f["mt"],
              appeal_deadline=iso(notice + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# 5 ------------------------------------------------------------ upheld appeal (photocopy)
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = fam(r)
    appeal, claim = f"APL-{r.digits(7)}", f"{r.digits(4)}-{r.digits(7)}"
    decided = r.date(dt.date(2026, 3, 2), 40)
    recv = decided - dt.timedelta(days=r.randint(18, 28))
    d = Doc(font="Times", margins=(24, 18, 24))
    d.add_page()
    d.text_line(PLAN, 15, "B", align="C", h=7)
    d.text_line("Appeals and Grievances", 10, align="C", h=5)
    d.ln(8)
    d.text_line(fmt_date(decided, "upper"), 11, h=6)
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 11, h=5.5)
    d.ln(4)
    d.para(f"RE: Appeal {appeal}  -  Claim {claim}\nPatient: {f['child']}   Member ID: {f['mid']}", 11)
    d.para(f"Dear {f['parent']}: We received your appeal on {fmt_date(recv, 'upper')} asking us to pay for music "
           f"therapy provided by {f['mt']}, MT-BC. You sent a letter from {f['cfirst']}'s developmental "
           "pediatrician describing progress in communication during sessions.", 11)
    d.para("A reviewer who was not involved in the first decision looked at the plan documents and your letter. "
           "The Evidence of Coverage excludes music therapy for every condition, including autism spectrum "
           "disorder. A benefit exclusion cannot be set aside because a service helps. We are upholding the "
           "denial.", 11)
    d.para("This was your final internal appeal. You may ask for an independent external review within 4 months "
           "of receiving this letter. Questions: " + f["ph"] + ".", 11)
    t = truth("denial_letter", "not_covered", insurer=PLAN, member_id=f["mid"], member_name=f["child"],
              case_numbers=[appeal, claim], denial_date=iso(decided), provider=f["mt"],
              alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# 6 ------------------------------------------------------------ member EOB, three claims (rotated)
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = fam(r)
    stmt = r.date(dt.date(2026, 3, 9), 25)
    dos = sorted(r.date(stmt - dt.timedelta(days=45), 25) for _ in range(3))
    cl = [f"{r.digits(4)}-{r.digits(7)}" for _ in range(3)]
    mt_amt = float(r.amount(125, 150).split(".")[0])
    blocks = [(cl[0], ABA, dos[0], "97153", "Adaptive behavior tx by protocol, 32 units", float(r.amount(600, 900)), False),
              (cl[1], f"{f['mt']}, MT-BC", dos[1], "G0176", "Music therapy session", mt_amt, True),
              (cl[2], ABA, dos[2], "97155", "Protocol modification by BCBA, 4 units", float(r.amount(180, 260)), False)]
    d = Doc(orientation="L", margins=(14, 12, 14))
    d.add_page()
    d.text_line(PLAN + "  -  EXPLANATION OF BENEFITS", 13, "B", h=7)
    d.text_line(f"Statement date {fmt_date(stmt, 'iso')}   Member {f['parent']} (subscriber)   ID {f['mid']}   "
                f"Group {f['grp']}   Claims processed {fmt_date(stmt - dt.timedelta(days=30), 'iso')} to "
                f"{fmt_date(stmt, 'iso')}", 8.5, h=6)
    d.text_line(f"Patient: {f['child']}    THIS IS NOT A BILL", 9, "B", h=6)
    rows = []
    for c, prov, day, code, desc, amt, den in blocks:
        rows.append([c, prov, fmt_date(day, "iso"), code, desc, fmt_money(amt, "nosign"),
                     "0.00" if den else fmt_money(amt * 0.8, "nosign"), fmt_money(amt if den else amt * 0.2, "nosign"),
                     "X47" if den else "A1"])
    d.table(["Claim", "Provider", "Service date", "Code", "Description", "Billed", "Plan paid", "You owe", "Note"],
            rows, [30, 46, 22, 14, 64, 19, 19, 19, 12], size=7.8, aligns="LLLLLRRRL")
    d.para("A1 - Paid according to your ABA benefit (20% coinsurance after deductible).\n"
           "X47 - Music therapy is an excluded service under your Evidence of Coverage, Section 7.4. Not covered.", 8.5)
    d.para("Appeals: you may appeal a denied claim within 180 days of the statement date shown above. External "
           "review requests: within 4 months of a final decision. Deductible met to date: $1,500.00 of $1,500.00.", 8.5)
    t = truth("eob", "not_covered", insurer=PLAN, group_number=f["grp"], member_id=f["mid"], member_name=f["child"],
              case_numbers=[cl[1]], claim_amount=m2(mt_amt), service_dates=[iso(dos[1])], denial_date=iso(stmt),
              provider=f["mt"], appeal_deadline=iso(stmt + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# 7 ------------------------------------------------------------ reimbursement refusal (low res)
def doc_reimb(r: Rand) -> tuple[bytes, dict]:
    f = fam(r)
    notice = r.date(dt.date(2026, 3, 16), 30)
    dates = sorted({notice - dt.timedelta(days=7 * k + r.randint(20, 22)) for k in range(3)})
    per = float(r.amount(120, 150).split(".")[0])
    ref = f"MR{r.digits(8)}"
    d = Doc(margins=(20, 16, 20))
    d.add_page()
    d.text_line(PLAN, 13, "B", h=7)
    d.text_line("Member Reimbursement Unit", 9, h=5)
    d.rule(0.4, 5)
    d.text_line(fmt_date(notice, "mdy_nopad"), 10.5, h=6)
    d.text_line(f["parent"], 10.5, h=5.2)
    d.ln(3)
    d.para(f"Your member reimbursement request {ref} for {f['child']} (member ID {f['mid']}) has been reviewed. "
           f"You asked us to repay {fmt_money(per * len(dates))} you paid to {PRACTICE} for music therapy on "
           + ", ".join(fmt_date(x, "mdy_nopad") for x in dates) + ".", 10.5)
    d.para("We are unable to reimburse you. Music therapy is excluded from coverage under your plan. The "
           "superbill you sent was complete; no further documents are needed.", 10.5)
    d.para("If you disagree, you may appeal within 180 days from the date of this letter. Call " + f["ph"] + " for help.", 10)
    t = truth("denial_letter", "not_covered", insurer=PLAN, member_id=f["mid"], member_name=f["child"],
              case_numbers=[ref], claim_amount=m2(per * len(dates)), service_dates=[iso(x) for x in dates],
              denial_date=iso(notice), provider=PRACTICE, appeal_deadline=iso(notice + dt.timedelta(days=180)))
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_letter, "bd_claim_denial", "born_digital"), (2, doc_superbill, "scan_superbill", "scan_clean_300"),
              (3, doc_es, "photo_aviso_es", "phone_photo"), (4, doc_appeal, "copy_appeal_upheld", "photocopy"),
              (5, doc_eob, "rot_eob", "rotated"), (6, doc_reimb, "lowres_reimbursement", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
