"""Family 'infant_tongue_tie_frenotomy_medical_vs_dental_denial': an infant's lingual frenotomy (CPT 41010 /
CDT D7960) done by a pediatric dentist, refused by the family's medical plan as a dental service and then by
their dental plan as a medical procedure.

Larkspur Mutual Health Plan (medical) and Brightwater Dental Alliance (dental) are fictional, as are the
dental practice, the lactation consultant, people and numbers. Documents: the medical plan's claim denial
(label column), the dental plan's household EOB of three claims with only the baby's claim refused, the
dental practice's statement, the lactation consultant's letter supporting the appeal, a fine-fax stack of the
dental plan's upheld appeal told in sentences and the medical plan's upheld first-level appeal, a Spanish
denial notice from the medical plan (another family), and the medical plan's EOB paying the claim after the
second-level appeal. Decoys: the baby's date of birth, NPI, tax ID, received dates, the parent subscriber,
other claims, account numbers, phone numbers, 72-hour and external-review limits, form numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Rand, fmt_date, fmt_money, truth
from public_kit import Page, out

FAMILY = "infant_tongue_tie_frenotomy_medical_vs_dental_denial"
LANG = "en"
SEED = 346700
MED = "Larkspur Mutual Health Plan"
DEN = "Brightwater Dental Alliance"
DENTIST = "Imogen Castellane"
PRACTICE = "Little Harbor Pediatric Dentistry"
LC = "Rosalind Featherly"
MED_REASON = ("Services performed by a dentist, or for the care of the teeth, gums or other tissues of the mouth, "
              "are dental services. Dental services are excluded from your medical coverage (Evidence of Coverage, "
              "Section 8.4, Dental Care). Please send this claim to your dental plan.")
DEN_REASON = ("Procedure is medical in nature and is not a benefit of your dental plan. A frenotomy of an infant "
              "treats a feeding problem, not a dental condition. Submit to the medical carrier.")


def d(x: dt.date, s: str) -> str:
    return fmt_date(x, s)


def story(r: Rand, lang: str = "en") -> dict:
    baby = r.person(lang)
    parent_first = r.person(lang)[1]
    last = baby[3]
    dob = dt.date(2026, r.randint(1, 4), r.randint(1, 26))
    dos = dob + dt.timedelta(days=r.randint(7, 14))
    fee = float(r.choice([575, 620, 685, 710]))
    exam = float(r.choice([85, 95, 110]))
    return dict(baby=baby[0], first=baby[1], last=last, parent=f"{parent_first} {r.choice('ACDEJKLMRS')}. {last}",
                dob=dob, dos=dos, fee=fee, exam=exam, addr=r.address(lang),
                mid=f"LMH{r.digits(9)}", group=f"{r.digits(5)}-{r.letters(1)}{r.digits(2)}",
                plan=f"LK-PPO-{r.digits(3)}", claim=f"{r.digits(2)}{r.letters(1)}{r.digits(9)}",
                dmid=f"BW-{r.digits(8)}", dgroup=f"G{r.digits(6)}", dclaim=f"{r.digits(4)}-{r.digits(5)}-{r.digits(2)}",
                npi=r.npi(), tax=f"{r.digits(2)}-{r.digits(7)}", acct=f"LHP{r.digits(5)}",
                recv=dos + dt.timedelta(days=r.randint(3, 6)), sib=r.choice([x for x in ["Colin", "Odette", "Ezra", "Wendell"] if x != baby[1]]),
                med_notice=dos + dt.timedelta(days=r.randint(18, 24)),
                den_notice=dos + dt.timedelta(days=r.randint(33, 40)),
                phone=r.phone())


def med_letterhead(p: Page, centred: bool = False) -> None:
    a = "C" if centred else "L"
    p.line("LARKSPUR MUTUAL", 17, "B", align=a)
    p.line("Health Plan  \u2022  Claims Review Unit  \u2022  PO Box 4410, Tamsworth, ST 60815", 8, align=a)
    p.ln(1)
    p.set_draw_color(0)
    y = p.get_y()
    p.rect(p.l_margin, y, p.w - p.l_margin - p.r_margin, 0.6, style="F")
    p.ln(5)


def med_denial(s: dict) -> bytes:
    p = Page(footer="Page {n} of {nb}", footer_left="LMH-CD-07 (2026)")
    p.add_page()
    med_letterhead(p)
    p.line(d(s["med_notice"], "long"), 10)
    p.ln(3)
    y = p.get_y()
    p.para(f"{s['parent']}\n{s['addr'][0]}\n{s['addr'][1]}", 10)
    p.set_xy(118, y)
    p.pairs([("Subscriber", s["parent"]), ("Patient", s["baby"]), ("Patient DOB", d(s["dob"], "slash")),
             ("Member ID", s["mid"]), ("Group no.", s["group"]), ("Plan", s["plan"]), ("Claim number", s["claim"])],
            label_w=28, size=8.5, x=118, h=4.6)
    p.ln(6)
    p.heading("Notice of Claim Denial", 13)
    p.para(f"Dear {s['parent'].split()[0]} {s['last']}:", 10)
    p.para(f"We received a claim on {d(s['recv'], 'long')} for services your child received. We reviewed it "
           "under your medical benefits and we cannot pay it. The details are below.", 10)
    rows = [[d(s["dos"], "slash"), "41010", "Incision of lingual frenum (frenotomy)", fmt_money(s["fee"]), "$0.00",
             "DX1"]]
    p.table(["Date of service", "Code", "Service", "Billed", "Plan pays", "Reason"], rows, [26, 15, 72, 22, 20, 19],
            size=8.5)
    p.pairs([("Rendering provider", f"Dr. {DENTIST}, DMD, {PRACTICE}"), ("Provider NPI", s["npi"])], label_w=40,
            size=9)
    p.ln(2)
    p.heading("Why we denied this claim (DX1)", 10.5)
    p.para(MED_REASON, 9.5)
    p.heading("Your right to appeal", 10.5)
    p.para("You or your representative may file an appeal within 180 days of the date of this notice. Write to "
           "Larkspur Mutual Appeals, PO Box 4418, Tamsworth, ST 60815, or call Member Services at "
           f"{s['phone']}. If your child's health is in serious danger you may ask for an urgent appeal, which we "
           "decide within 72 hours. After our final decision you may ask for an external review within 4 months.",
           9.5)
    p.para("You may ask for the diagnosis and treatment codes and their meanings free of charge. Such a request "
           "is not an appeal.", 8.5)
    return out(p)


def med_truth(s: dict, doc_type: str = "denial_letter", **kw) -> dict:
    fields = dict(insurer=MED, plan_id=s["plan"], group_number=s["group"], member_id=s["mid"],
                  member_name=s["baby"], case_numbers=[s["claim"]], claim_amount=f"{s['fee']:.2f}",
                  service_dates=[s["dos"].isoformat()], denial_date=s["med_notice"].isoformat(), provider=DENTIST,
                  appeal_deadline=(s["med_notice"] + dt.timedelta(days=180)).isoformat())
    fields.update(kw)
    alts = {"provider": [f"{DENTIST}, DMD", PRACTICE]}
    return truth(doc_type, "not_covered" if doc_type != "other" else None, alternates=alts, **fields)


def dental_eob(s: dict) -> bytes:
    p = Page(footer="Page {n} of {nb}", footer_left="BDA EOB 11/25")
    p.add_page()
    p.set_fill_color(215, 215, 215)
    p.f(15, "B")
    p.cell(0, 10, "  Brightwater Dental Alliance", fill=True, new_x="LMARGIN", new_y="NEXT")
    p.line("  PO Box 27719, Wrenfield, ST 60420  |  Customer Care 1-866-402-7731", 8)
    p.ln(4)
    y = p.get_y()
    p.para(f"{s['parent']}\n{s['addr'][0]}\n{s['addr'][1]}", 9.5)
    p.set_xy(120, y)
    p.pairs([("Date of statement", d(s["den_notice"], "slash")), ("Subscriber ID", s["dmid"]),
             ("Group", s["dgroup"]), ("Processing period", f"{d(s['den_notice'] - dt.timedelta(days=30), 'slash')} "
                                                            f"to {d(s['den_notice'], 'slash')}")],
            label_w=34, size=8.3, x=120, h=4.6)
    p.ln(4)
    p.line("DENTAL EXPLANATION OF BENEFITS  -  NOT A BILL", 11, "B")
    p.ln(2)
    par_d = s["dos"] - dt.timedelta(days=11)
    sib_d = s["dos"] + dt.timedelta(days=4)
    claims = [
        (f"{s['dclaim'][:-2]}{int(s['dclaim'][-2:]) % 90 + 3:02d}", f"{s['parent']} (self)", "Dr. Wallace Tamm",
         [(par_d, "D0120", "Periodic oral evaluation", 62.0, 62.0, ""), (par_d, "D1110", "Prophylaxis - adult", 118.0, 94.4, "")]),
        (s["dclaim"], f"{s['baby']} (child)", f"Dr. {DENTIST}",
         [(s["dos"], "D0145", "Oral evaluation, patient under 3", s["exam"], round(s["exam"] * 0.8, 2), ""),
          (s["dos"], "D7960", "Frenulectomy (frenotomy), lingual", s["fee"], 0.0, "M14")]),
        (f"{s['dclaim'][:-2]}{int(s['dclaim'][-2:]) % 90 + 7:02d}", f"{s['sib']} {s['last']} (child)", "Dr. Wallace Tamm",
         [(sib_d, "D1120", "Prophylaxis - child", 84.0, 84.0, ""), (sib_d, "D1206", "Topical fluoride varnish", 38.0, 38.0, "")]),
    ]
    for no, pat, dds, lines in claims:
        p.f(8.6, "B")
        p.cell(0, 5, f"Claim # {no}     Patient: {pat}     Treating dentist: {dds}", new_x="LMARGIN", new_y="NEXT")
        rows = [[d(x[0], "slash"), x[1], x[2], fmt_money(x[3]), fmt_money(x[4]), x[5]] for x in lines]
        tot = sum(x[3] for x in lines)
        rows.append(["", "", "Total submitted for this claim", fmt_money(tot), fmt_money(sum(x[4] for x in lines)), ""])
        p.table(["Service date", "Proc.", "Description", "Submitted", "Plan paid", "Note"], rows,
                [24, 15, 70, 24, 24, 17], size=7.9, row_h=5)
    p.para(f"M14 - {DEN_REASON}", 8.5)
    p.para(f"Claims received: {d(s['recv'] + dt.timedelta(days=14), 'slash')}. Treating dentist NPI {s['npi']}. "
           "Annual maximum $1,500.00 per person.", 8)
    p.heading("Appeal rights", 9.5)
    p.para("You may appeal a denied service in writing within 180 days of the date of this statement. Urgent "
           "appeals are decided within 72 hours.", 8.5)
    return out(p)


def statement(s: dict) -> bytes:
    p = Page(footer=None)
    p.add_page()
    p.line(PRACTICE, 15, "B", align="C")
    p.line(f"Dr. {DENTIST}, DMD  \u00b7  27 Quayside Row, Suite 4, Tamsworth, ST 60811  \u00b7  (555) 013-4480", 8,
           align="C")
    p.ln(6)
    sd = s["den_notice"] + dt.timedelta(days=9)
    p.line("PATIENT STATEMENT", 12, "B")
    p.ln(2)
    p.boxed_pairs([("Statement date", d(sd, "dmy")), ("Account no.", s["acct"]), ("Patient", s["baby"]),
                   ("Responsible party", s["parent"]),
                   ("Insurance", f"{MED} ID {s['mid']}; {DEN} ID {s['dmid']}")], label_w=42, size=9)
    rows = [[d(s["dos"], "dmy"), "D0145", "Oral evaluation, under 3 years", fmt_money(s["exam"], "nosign")],
            [d(s["dos"], "dmy"), "D7960", "Lingual frenotomy, laser", fmt_money(s["fee"], "nosign")],
            [d(s["med_notice"], "dmy"), "INS", "Larkspur Mutual - denied, dental service", "0.00"],
            [d(s["den_notice"], "dmy"), "INS", "Brightwater - D0145 paid", f"-{fmt_money(round(s['exam'] * 0.8, 2), 'nosign')}"],
            [d(s["den_notice"], "dmy"), "INS", "Brightwater - D7960 denied, medical", "0.00"]]
    p.table(["Date", "Code", "Description", "Amount"], rows, [28, 18, 100, 28], size=8.6, aligns=["L", "L", "L", "R"])
    tot = s["exam"] + s["fee"]
    bal = tot - round(s["exam"] * 0.8, 2)
    p.pairs([("Total charges", fmt_money(tot, "nosign")), ("Insurance payments", fmt_money(round(s['exam'] * 0.8, 2), "nosign")),
             ("Balance due", fmt_money(bal, "nosign"))], label_w=45, size=10)
    p.ln(3)
    p.para("Both of your plans have declined the frenotomy. We have sent the records to Larkspur Mutual for an "
           "appeal; you do not need to pay the frenotomy until the appeal is decided. Tax ID " + s["tax"] + ".", 9)
    return out(p)


def lc_letter(s: dict) -> bytes:
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line("Milkweed Lactation Services", 14, "B")
    p.line(f"{LC}, IBCLC  |  Home and clinic visits  |  (555) 019-2213", 8.5)
    p.ln(8)
    ld = s["med_notice"] + dt.timedelta(days=12)
    p.para(d(ld, "long"), 10)
    p.para("Larkspur Mutual Health Plan\nAttention: Member Appeals\nPO Box 4418\nTamsworth, ST 60815", 10)
    p.para(f"RE: {s['baby']}, member ID {s['mid']}, claim {s['claim']}", 10, gap=3)
    p.para("To the appeals reviewer:", 10)
    p.para(f"I am the lactation consultant who has followed {s['first']} since the first week of life. At my visits "
           "the baby could not extend the tongue past the gum line, latched poorly, clicked during feeds and was "
           "below birth weight at two weeks. The mother had cracked nipples and severe pain despite positioning "
           "and latch work. These are feeding and growth problems, not dental problems.", 10)
    p.para(f"I referred the family to Dr. {DENTIST} of {PRACTICE}, who performed a lingual frenotomy on "
           f"{d(s['dos'], 'long')}. Within a week the latch improved and weight gain returned to normal. The "
           "procedure treated a medical condition (ankyloglossia, Q38.1) and I ask that it be covered under the "
           "child's medical benefits. My visit notes and weight log are attached.", 10)
    p.para(f"Respectfully,\n\n{LC}, IBCLC\nInternational Board Certified Lactation Consultant", 10)
    return out(p), ld


def dental_upheld_prose(s: dict) -> bytes:
    p = Page(footer=None)
    p.add_page()
    p.line("Brightwater Dental Alliance", 13, "B")
    p.line("Appeals and Grievances", 9)
    p.ln(8)
    ad = s["den_notice"] + dt.timedelta(days=26)
    p.para(d(ad, "wlong"), 10)
    p.para(f"{s['parent']}\n{s['addr'][0]}\n{s['addr'][1]}", 10, gap=4)
    p.para(f"Dear {s['parent'].split()[0]} {s['last']}:", 10)
    appeal = f"DA-{s['dclaim'][:4]}{s['dclaim'][-2:]}"
    p.para(f"We have finished our review of appeal {appeal}, which you filed about dental claim {s['dclaim']} for "
           f"your child, {s['baby']}. The claim is for a lingual frenotomy (D7960) that Dr. {DENTIST} performed "
           f"on {d(s['dos'], 'long')}, billed at {fmt_money(s['fee'])}. Your subscriber ID is {s['dmid']} and "
           f"your group number is {s['dgroup']}.", 10)
    p.para("A dentist consultant who took no part in the first decision reviewed the records, including the "
           "lactation consultant's notes. The frenotomy was done to treat difficulty feeding, which is a medical "
           "condition. Your dental plan covers treatment of dental disease only, so we are upholding the denial. "
           "We understand that your medical plan has also declined the claim; we have sent them a letter saying "
           "that we consider this a medical service.", 10)
    p.para("This was the only level of appeal under your dental plan. You may ask for an external review by an "
           "independent reviewer within 4 months of receiving this letter. Our reviewer's notes are free on "
           "request at 1-866-402-7731.", 10)
    p.para("Sincerely,\nAppeals Unit", 10)
    return out(p), ad, appeal


def med_upheld(s: dict) -> bytes:
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    med_letterhead(p, centred=True)
    ud = s["med_notice"] + dt.timedelta(days=41)
    p.line("APPEAL DECISION - FIRST LEVEL", 12, "B", align="C")
    p.ln(3)
    appeal = f"AP-{ud.year}-{s['claim'][-6:]}"
    p.boxed_pairs([("Date of decision", d(ud, "upper")), ("Member", s["baby"]), ("Member ID", s["mid"]),
                   ("Group", s["group"]), ("Appeal no.", appeal), ("Original claim", s["claim"]),
                   ("Service", "41010 lingual frenotomy"), ("Date of service", d(s["dos"], "upper")),
                   ("Provider", f"{DENTIST}, DMD"), ("Amount billed", fmt_money(s["fee"], "usd")),
                   ("Appeal received", d(ud - dt.timedelta(days=25), "upper"))], label_w=45, size=9)
    p.heading("Decision: denial upheld", 11)
    p.para("A physician reviewer looked at the appeal, the lactation consultant's letter and the claim. The "
           f"frenotomy was billed by a dental practice. {MED_REASON}", 9.5)
    p.heading("If you disagree", 10.5)
    p.para("You may ask for a second-level appeal within 60 days of the date of this letter. Send it to the "
           "address above. You may also ask for an external review within 4 months after a final decision. "
           "Urgent appeals: 72 hours.", 9.5)
    return out(p), ud, appeal


def es_notice(s: dict) -> bytes:
    p = Page(footer="Página {n} de {nb}")
    p.add_page()
    med_letterhead(p)
    p.line("AVISO DE DENEGACIÓN DE RECLAMACIÓN", 12.5, "B")
    p.ln(2)
    p.pairs([("Fecha del aviso", d(s["med_notice"], "es")), ("Titular", s["parent"]), ("Paciente", s["baby"]),
             ("Fecha de nacimiento", d(s["dob"], "es")), ("Nº de afiliado", s["mid"]), ("Grupo", s["group"]),
             ("Nº de reclamación", s["claim"])], label_w=46, size=9.5)
    p.ln(2)
    p.para(f"Estimado/a {s['parent'].split()[0]} {s['last']}:", 10)
    p.para(f"Recibimos el {d(s['recv'], 'es')} una reclamación por la frenotomía lingual (código 41010) que la "
           f"Dra. {DENTIST} de {PRACTICE} realizó a su bebé el {d(s['dos'], 'es')}. El monto facturado fue de "
           f"{fmt_money(s['fee'])}. No podemos pagar esta reclamación.", 10)
    p.heading("Motivo de la denegación", 10.5)
    p.para("Los servicios prestados por un dentista, o para el cuidado de los dientes, las encías u otros tejidos "
           "de la boca, son servicios dentales y están excluidos de su cobertura médica (Evidencia de Cobertura, "
           "Sección 8.4). Envíe esta reclamación a su plan dental.", 10)
    p.heading("Su derecho a apelar", 10.5)
    p.para("Puede presentar una apelación dentro de 180 días a partir de la fecha de este aviso. Si la salud de "
           "su hijo/a corre grave peligro, puede pedir una apelación urgente (72 horas). Después de nuestra "
           f"decisión final puede pedir una revisión externa dentro de 4 meses. Servicios al Afiliado: {s['phone']}.",
           10)
    return out(p)


def paid_eob(s: dict) -> bytes:
    p = Page(footer=None)
    p.add_page()
    med_letterhead(p)
    p.line("Explanation of Benefits (reprocessed claim)", 12, "B", align="R")
    pd = s["med_notice"] + dt.timedelta(days=88)
    p.ln(2)
    p.pairs([("Issue date", d(pd, "iso")), ("Patient", s["baby"]), ("Member ID", s["mid"]), ("Group", s["group"]),
             ("Claim", s["claim"]), ("Provider", f"{DENTIST}, DMD")], label_w=32, size=9.2)
    p.ln(2)
    allowed = round(s["fee"] * 0.72, 2)
    rows = [[d(s["dos"], "iso"), "41010", "Frenotomy, lingual", s["fee"].__format__(".2f"), f"{allowed:.2f}",
             f"{allowed:.2f}", "0.00"]]
    p.table(["Service date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe"], rows,
            [26, 15, 50, 22, 22, 22, 20], size=8.5)
    p.para(f"This claim was reprocessed after your second-level appeal was approved on {d(pd - dt.timedelta(days=6), 'iso')}. "
           "Ankyloglossia treatment in an infant is covered under your medical benefits. Nothing on this statement "
           "is denied. Claim received " + d(s["recv"], "iso") + ".", 9)
    return out(p), pd


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY
    s = story(Rand(SEED))
    items = [Item(f"{F}_bd_medical_denial", "born_digital", [(med_denial(s), med_truth(s))])]
    # dental household EOB: only the baby's claim is refused
    tot = s["exam"] + s["fee"]
    t = truth("eob", "not_covered", insurer=DEN, group_number=s["dgroup"], member_id=s["dmid"], member_name=s["baby"],
              case_numbers=[s["dclaim"]], claim_amount=f"{tot:.2f}", service_dates=[s["dos"].isoformat()],
              denial_date=s["den_notice"].isoformat(), provider=DENTIST,
              appeal_deadline=(s["den_notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"claim_amount": [f"{s['fee']:.2f}"], "provider": [PRACTICE]},
              denial_alternates=["other"])
    items.append(Item(f"{F}_scan_dental_household_eob", "scan_clean_300", [(dental_eob(s), t)]))
    sd = s["den_notice"] + dt.timedelta(days=9)
    t = truth("other", None, member_id=s["mid"], member_name=s["baby"], claim_amount=f"{tot:.2f}",
              service_dates=[s["dos"].isoformat()], denial_date=sd.isoformat(), provider=DENTIST,
              alternates={"provider": [PRACTICE, f"{DENTIST}, DMD"], "member_id": [s["dmid"]],
                          "claim_amount": [f"{s['fee']:.2f}"]},
              unscored=["insurer"])
    items.append(Item(f"{F}_low_practice_statement", "scan_lowres_150", [(statement(s), t)]))
    pdf, ld = lc_letter(s)
    t = truth("other", None, member_id=s["mid"], member_name=s["baby"], case_numbers=[s["claim"]],
              service_dates=[s["dos"].isoformat()], denial_date=ld.isoformat(), provider=DENTIST,
              alternates={"provider": [LC, PRACTICE], "case_numbers": [[]]}, unscored=["insurer"])
    items.append(Item(f"{F}_copy_lactation_letter", "photocopy", [(pdf, t)]))
    pdf1, ad, dappeal = dental_upheld_prose(s)
    t1 = truth("denial_letter", "not_covered", insurer=DEN, group_number=s["dgroup"], member_id=s["dmid"],
               member_name=s["baby"], case_numbers=[dappeal, s["dclaim"]], claim_amount=f"{s['fee']:.2f}",
               service_dates=[s["dos"].isoformat()], denial_date=ad.isoformat(), provider=DENTIST,
               alternates={"provider": [PRACTICE]}, denial_alternates=["other"])
    pdf2, ud, mappeal = med_upheld(s)
    t2 = med_truth(s, case_numbers=[mappeal, s["claim"]], denial_date=ud.isoformat(),
                   appeal_deadline=(ud + dt.timedelta(days=60)).isoformat(), plan_id=None)
    items.append(Item(f"{F}_faxfine_two_appeals_stack", "fax_fine_g4", [(pdf1, t1), (pdf2, t2)],
                      separators=["cover", "blank"]))
    e = story(Rand(SEED + 1), "es")
    t = med_truth(e, plan_id=None)
    t["lang"] = "es"
    items.append(Item(f"{F}_phone_aviso_es", "phone_photo", [(es_notice(e), t)]))
    pdf, pd = paid_eob(s)
    t = truth("eob", None, insurer=MED, group_number=s["group"], member_id=s["mid"], member_name=s["baby"],
              case_numbers=[s["claim"]], claim_amount=f"{s['fee']:.2f}", service_dates=[s["dos"].isoformat()],
              denial_date=pd.isoformat(), provider=DENTIST,
              alternates={"provider": [f"{DENTIST}, DMD", PRACTICE]}, type_alternates=["other"])
    items.append(Item(f"{F}_rot_paid_eob", "rotated", [(pdf, t)]))
    return items
