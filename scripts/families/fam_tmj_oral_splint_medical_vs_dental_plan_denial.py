"""Family 'tmj_oral_splint_medical_vs_dental_plan_denial': a custom oral splint (occlusal orthotic) for a
temporomandibular joint disorder is refused by the member's medical plan as a dental service and by the member's
dental plan as a medical treatment; the oral surgeon bills the patient.

Documents: the medical plan's member EOB with three claims, only the splint claim refused (born digital); the dental
plan's boxed claim determination (scan 300); the medical plan's denial letter told only in sentences (photocopy);
a standard-fax stack of a cover sheet, the member's appeal letter and the medical plan's appeal decision overturning
the denial; the dental plan's two-claim EOB, the cleaning paid and the splint refused (phone photo); a Spanish notice
from the medical plan (sideways); the oral surgeon's patient statement (150 dpi). Everything invented. Decoys: DOB,
NPI, received dates, claims-processed periods, patient account numbers, other claims, contract sections, form
numbers, 72-hour and external-review limits, phone and fax numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "tmj_oral_splint_medical_vs_dental_plan_denial"
LANG = "en"
SEED = 342100

MED = {"org": "Corliss Ridge Health Plan", "addr": "PO Box 66120, Ardenvale, OR 97389", "phone": "1-855-610-4472",
       "fax": "1-855-610-4490", "web": "corlissridge.example"}
DEN = {"org": "Bramblecourt Dental Benefits", "suffix": ", Inc.", "addr": "1400 Tillery Parkway, Ardenvale, OR 97391",
       "phone": "1-877-284-0915", "fax": "1-877-284-0933", "web": "bramblecourtdental.example"}
SURG = ("Thaddeus R. Vellacott", "DMD", "Larkspur Oral & Maxillofacial Surgery",
        "880 Quenby Avenue, Suite 2, Ardenvale, OR 97386", "(541) 555-0147")
GENDENT = "Cobblefield Family Dentistry"
IMAGING = "Ardenvale Open MRI"
PEOPLE = ["Marisol K. Underhill", "Jasper T. Nakamura", "Leticia A. Rutledge", "Ezra M. Strand",
          "Harriet P. Kessler", "Guadalupe R. Montalvo", "Naomi V. Fairchild"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]
PROV = f"{SURG[0]}, {SURG[1]}"
PROV_ALT = [SURG[0], SURG[2]]


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds):
    if ds == "es":
        return f"{d.day} de {MES[d.month - 1]} de {d.year}"
    if ds == "updash":
        return d.strftime("%d-%b-%Y").upper()
    return fdate(d, ds)


def base(r, i):
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 110))
    dos = notice - dt.timedelta(days=r.randint(21, 40))
    fee = r.choice([1650.00, 1785.00, 1840.00, 1925.00, 2140.00])
    return dict(notice=notice, dos=dos, fee=fee, member=PEOPLE[i], mclaim="CR" + dg(r, 10),
                dclaim=f"BDB-{dg(r, 4)}-{dg(r, 5)}", mid="CRH" + dg(r, 8), did=dg(r, 9), group="G-" + dg(r, 5),
                dgroup=dg(r, 6), plan="CRHP Silver PPO " + dg(r, 3), npi="1" + dg(r, 9),
                dob=dt.date(r.randint(1968, 1999), r.randint(1, 12), r.randint(1, 28)),
                acct="LOMS-" + dg(r, 6), recv=dos + dt.timedelta(days=r.randint(3, 8)),
                street=f"{r.randint(100, 9800)} {r.choice(['Pipit Lane', 'Merrow Street', 'Hollins Ferry Rd'])}")


def med_head(p, es=False):
    p.line(MED["org"], 16, "B")
    p.line(("Servicios para Miembros" if es else "Member Services") + "  ·  " + MED["addr"], 8.5)
    p.line(f"{MED['phone']} (TTY 711)  ·  {MED['web']}", 8.5)
    p.ln(5)


def addr(p, f, city="Ardenvale, OR 97388"):
    p.para(f"{f['member']}\n{f['street']}\n{city}", 10)


def med_eob(f, ds):
    """Born-digital medical EOB: right-hand summary box, one table of three claims, note legend."""
    p = Page(footer="Page {n} of {nb}", footer_left="CRHP-EOB 07/2025")
    p.add_page()
    y0 = p.get_y()
    med_head(p)
    p.set_xy(120, y0)
    p.set_fill_color(232, 232, 232)
    p.rect(120, y0, 78, 42, style="F")
    rows = [("Date issued", fd(f["notice"], ds)), ("Member", f["member"]), ("Member ID", f["mid"]),
            ("Group", f["group"]), ("Plan", f["plan"]), ("Born", fd(f["dob"], ds)),
            ("Claims received", f"{fd(f['dos'] - dt.timedelta(days=40), 'slash')}-{fd(f['notice'] - dt.timedelta(days=3), 'slash')}")]
    y = y0 + 2
    for k, v in rows:
        p.set_xy(122, y)
        p.f(7.5, "B")
        p.cell(25, 5.4, k)
        p.f(8)
        p.cell(50, 5.4, v)
        y += 5.6
    p.set_xy(p.l_margin, y0 + 46)
    p.line("EXPLANATION OF BENEFITS", 14, "B")
    p.line("This is not a bill. It shows how your plan handled recent claims.", 8.5)
    p.ln(3)
    rows = []
    for cl, prov, d, code, ch, al, pd, you, note in f["claims"]:
        rows.append([cl, prov, d, code, money(ch, "nosign"), money(al, "nosign"), money(pd, "nosign"),
                     money(you, "nosign"), note])
    p.table(["Claim #", "Provider", "Date of service", "Code", "Charged", "Allowed", "Paid by plan", "Your share",
             "Note"], rows, [24, 38, 22, 14, 17, 16, 17, 17, 10], size=7.5)
    p.para(f"The splint claim was sent by {SURG[2]} for {PROV}. Charged amount above is the full bill for CPT 21085 "
           "(oral surgical splint).", 8.5)
    p.heading("Notes", 10)
    p.para("A1 - Paid at the in-network level.\nA4 - Paid; deductible met, coinsurance applied.\n"
           "D9 - Not covered. Splints, occlusal guards and other appliances made for the teeth are dental services, "
           "excluded under Section 8.4 (Dental Care) of your Evidence of Coverage. Send this bill to your dental "
           "plan. You may be billed.", 8.5)
    p.heading("If you disagree", 10)
    p.para("You may appeal within 180 days of the date of this statement. Write to Appeals, " + MED["addr"] +
           ". For urgent care we decide expedited appeals within 72 hours. After our final decision you may ask for "
           "an external review within 4 months.", 8.5)
    return out(p)


def med_prose(f, ds):
    """Photocopied medical-plan letter: every fact in sentences."""
    p = Page(serif=True, footer=None)
    p.add_page()
    med_head(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(4)
    addr(p, f)
    first, last = f["member"].split()[0], f["member"].split()[-1]
    p.para(f"Dear {first} {last}:", 10)
    p.para(f"We have finished reviewing claim {f['mclaim']}, which {SURG[2]} sent us for the custom oral splint "
           f"that {PROV} fitted on {fd(f['dos'], ds)} to treat your jaw joint (TMJ) pain. The office billed "
           f"{money(f['fee'])}. We are writing to tell you that we will not pay this claim.", 10)
    p.para("Your Evidence of Coverage excludes dental services, and it lists splints, bite guards and other "
           "appliances made to fit the teeth as dental services (Section 8.4). Because the splint is an appliance "
           "for the teeth, it is excluded from your medical benefits even when it is used for a jaw joint "
           "disorder. You may wish to send the bill to your dental carrier.", 10)
    p.para(f"Your member ID is {f['mid']} and your group number is {f['group']}. If you disagree with this decision, "
           "you or someone you name may appeal within 180 days of the date of this letter. Send us a letter "
           f"explaining why, with any records from your surgeon, to Appeals, {MED['addr']}, or fax {MED['fax']}. "
           "You can ask for copies of the plan terms we used, free of charge.", 10)
    p.para("If you are not satisfied after the appeal, you may ask for an independent external review within "
           "four months of the final decision. If a delay would seriously harm your health, ask for an expedited "
           f"appeal; we answer those within 72 hours. Call us at {MED['phone']} with questions.", 10)
    p.para("Sincerely,\n\nClaims Review Unit", 10)
    return out(p)


def box_row(p, cells, h=11.5):
    x0, y0 = p.l_margin, p.get_y()
    x = x0
    for label, value, w in cells:
        p.rect(x, y0, w, h)
        p.set_xy(x + 1.2, y0 + 0.8)
        p.f(6.3)
        p.cell(w - 2.4, 3, label.upper())
        p.set_xy(x + 1.2, y0 + 4.8)
        p.f(9.5)
        p.cell(w - 2.4, 5, value)
        x += w
    p.set_xy(x0, y0 + h)


def dental_boxed(f, ds):
    """Scanned dental-plan determination: ruled boxes with small labels above each value."""
    p = Page(footer="Page {n} of {nb}", footer_left="BDB-CD-11 (rev. 2024)")
    p.add_page()
    p.line(DEN["org"] + DEN["suffix"], 15, "B")
    p.line(f"{DEN['addr']}  |  Customer Service {DEN['phone']}  |  {DEN['web']}", 8)
    p.ln(4)
    p.line("DENTAL CLAIM DETERMINATION", 13, "B")
    p.ln(2)
    box_row(p, [("Notice date", fd(f["notice"], ds), 45), ("Claim number", f["dclaim"], 50),
                ("Date received", fd(f["recv"], ds), 40), ("Subscriber ID", f["did"], 44)])
    box_row(p, [("Patient", f["member"], 60), ("Date of birth", fd(f["dob"], ds), 40),
                ("Group no.", f["dgroup"], 35), ("Relationship", "Self", 44)])
    box_row(p, [("Treating dentist", PROV, 62), ("Dentist NPI", f["npi"], 40),
                ("Office", SURG[2], 77)])
    p.ln(4)
    p.table(["Date of service", "Procedure", "Description", "Submitted", "Benefit", "Code"],
            [[fd(f["dos"], ds), "D7880", "Occlusal orthotic device, by report", money(f["fee"]), "$0.00", "M12"]],
            [28, 22, 74, 22, 18, 15], size=8.5)
    p.para("M12 - The service is treatment of a temporomandibular joint (TMJ) disorder. Under Article 6(k) of your "
           "dental contract, diagnosis and treatment of TMJ disorders are a medical benefit and are not covered. "
           "Please submit this claim to the patient's medical insurer.", 9)
    box_row(p, [("Request a review by", fd(f["notice"] + dt.timedelta(days=180), ds), 60),
                ("Send to", "Dental Appeals, " + DEN["addr"], 119)])
    p.ln(3)
    p.para("A review request must be in writing. Urgent requests are answered within 72 hours. This notice is not "
           "a bill; your dentist may bill you for the full submitted amount.", 8.5)
    return out(p)


def dental_eob(f, ds):
    """Phone photo of the dental plan's EOB: two claims, the cleaning paid, the splint refused."""
    p = Page(footer="Page {n} of {nb}", footer_left="BDB-EOB")
    p.add_page()
    p.line(DEN["org"], 14, "B")
    p.line("Dental Explanation of Benefits", 11)
    p.ln(2)
    p.pairs([("Statement date", fd(f["notice"], ds)), ("Subscriber", f["member"]), ("Subscriber ID", f["did"]),
             ("Group", f["dgroup"]), ("Period", f"{fd(f['dos'] - dt.timedelta(days=60), ds)} - {fd(f['notice'], ds)}")],
            36, 9.5, h=5)
    p.ln(2)
    for no, prov, lines in f["dclaims"]:
        p.f(9, "B")
        p.cell(0, 6, f"Claim {no}   {prov}", new_x="LMARGIN", new_y="NEXT")
        p.table(["Date", "Tooth", "Proc.", "Description", "Submitted", "Allowed", "Plan paid", "Remark"],
                lines, [22, 12, 15, 54, 20, 18, 18, 15], size=8)
    p.para("M12: Treatment of TMJ disorders is a medical benefit; not covered by this dental plan. Submit to the "
           "patient's medical insurer.  P0: Paid at 100% (preventive).", 8.5)
    p.para("To appeal, write to us within 180 days of the date of this statement. Keep this EOB for your records.",
           8.5)
    return out(p)


def spanish(f, ds):
    p = Page(footer="Página {n} de {nb}", footer_left="CRHP-ABD-SP")
    p.add_page()
    med_head(p, es=True)
    p.line(fd(f["notice"], "es"), 10)
    p.ln(3)
    addr(p, f, "Ardenvale, OR 97388")
    p.heading("Aviso de determinación adversa de beneficios", 13, rule=True)
    p.pairs([("Afiliado", f["member"]), ("Número de afiliado", f["mid"]), ("Grupo", f["group"]),
             ("Número de reclamación", f["mclaim"]), ("Proveedor", PROV), ("Monto facturado", money(f["fee"], "usd")),
             ("Fecha de nacimiento", f["dob"].strftime("%d/%m/%Y"))], 52, 9.5)
    p.ln(2)
    p.para(f"El {fd(f['dos'], 'es')} su cirujano oral le colocó una férula oclusal hecha a la medida para el trastorno "
           "de la articulación temporomandibular (ATM). Negamos esta reclamación porque su Evidencia de Cobertura "
           "excluye los servicios dentales, y las férulas y otros aparatos para los dientes son servicios dentales "
           "(Sección 8.4). Puede enviar la factura a su plan dental.", 10)
    p.para("Si no está de acuerdo, puede apelar dentro de los 180 días a partir de la fecha de esta carta. Si su "
           "salud corre peligro, pida una apelación acelerada (respuesta en 72 horas). Después de la decisión final "
           "puede pedir una revisión externa dentro de 4 meses.", 10)
    p.para("Atentamente,\nUnidad de Revisión de Reclamaciones", 10)
    return out(p)


def statement(f, ds):
    """The oral surgeon's patient statement (denies nothing itself)."""
    p = Page(serif=True, footer=None, footer_left=f"Tax ID 93-{dg(random.Random(f['acct']), 7)}")
    p.add_page()
    p.line(SURG[2], 15, "B")
    p.line(SURG[3] + "  ·  " + SURG[4], 8.5)
    p.ln(4)
    p.line("Statement of Account", 12, "B")
    p.ln(1)
    p.pairs([("Statement date", fd(f["stmt"], ds)), ("Account", f["acct"]), ("Patient", f["member"]),
             ("Surgeon", PROV), ("Medical insurance", f"{MED['org']}  #{f['mid']}"),
             ("Dental insurance", f"{DEN['org']}  #{f['did']}")], 38, 9)
    p.ln(2)
    prior = f["dos"] - dt.timedelta(days=26)
    rows = [[fd(prior, ds), "99204", "New patient exam, TMJ evaluation", money(310.00, "flat")],
            [fd(prior + dt.timedelta(days=9), ds), "-", f"Payment - {MED['org']}", "-" + money(248.00, "flat")],
            [fd(f["dos"], ds), "21085", "Custom oral splint, fitted", money(f["fee"], "flat")],
            [fd(f["dos"] + dt.timedelta(days=19), ds), "-", f"{MED['org']} claim {f['mclaim']}: denied (dental)", "$0.00"],
            [fd(f["dos"] + dt.timedelta(days=31), ds), "-", f"Bramblecourt claim {f['dclaim']}: denied (medical)", "$0.00"],
            ["", "", "Balance due", money(f["fee"] + 62.00, "flat")]]
    p.table(["Date", "Code", "Description", "Amount"], rows, [30, 18, 104, 26], size=8.5, border=0,
            aligns=["L", "L", "L", "R"], bold_last=True)
    p.para("Both of your insurance plans have declined the splint. The balance includes your $62.00 share of the "
           "evaluation. Please pay by the due date or call us to set up a payment plan; accounts unpaid after 90 "
           "days may be referred to collections.", 9)
    return out(p)


def appeal_letter(f, ds):
    """The member's own appeal letter to the medical plan (denies nothing)."""
    p = Page(footer=None)
    p.add_page()
    p.para(f"{f['member']}\n{f['street']}\nArdenvale, OR 97388", 10)
    p.line(fd(f["aletter"], ds), 10)
    p.ln(3)
    p.para(f"Appeals\n{MED['org']}\n{MED['addr']}", 10)
    p.para(f"RE: Appeal of claim {f['mclaim']} - member ID {f['mid']}", 10)
    p.para("To whom it may concern,", 10)
    p.para(f"I am appealing your decision not to pay for the oral splint made for me by {PROV} of {SURG[2]} on "
           f"{fd(f['dos'], ds)}. The bill was {money(f['fee'])}. You told me it is a dental service, but my dental "
           f"plan ({DEN['org']}, claim {f['dclaim']}) refused it because TMJ treatment is medical. The splint treats "
           "the joint disorder my doctor diagnosed, not my teeth. I enclose Dr. Vellacott's letter and both denials.",
           10)
    p.para("Please reconsider and pay the claim. You can reach me at (541) 555-0163.", 10)
    p.para(f"Sincerely,\n\n{f['member']}", 10)
    return out(p)


def appeal_overturned(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="CRHP-APL-FAV")
    p.add_page()
    med_head(p)
    p.line("APPEAL DECISION - OVERTURNED", 13, "B")
    p.ln(2)
    p.pairs([("Date", fd(f["adate"], ds)), ("Appeal number", f["apl"]), ("Claim number", f["mclaim"]),
             ("Member", f["member"]), ("Member ID", f["mid"]), ("Group", f["group"]),
             ("Appeal received", fd(f["aletter"] + dt.timedelta(days=6), ds))], 40, 10)
    p.ln(2)
    p.para(f"A dentist and a physician who were not part of the first decision reviewed your appeal. They agreed that "
           f"the splint fitted on {fd(f['dos'], ds)} by {PROV} treats a diagnosed temporomandibular joint disorder "
           "and is covered under the medical benefit for TMJ treatment (Section 5.19). We have reversed our decision.",
           10)
    p.para(f"We will reprocess the claim for {money(f['fee'])} within 30 days and send you a new Explanation of "
           "Benefits. You may owe your deductible and coinsurance. No further action is needed.", 10)
    p.para("Sincerely,\nAppeals and Grievances", 10)
    return out(p)


ITEMS = [
    ("bd_medical_eob_three_claims_splint_denied", "born_digital", "meob", "slash"),
    ("scan300_dental_boxed_determination", "scan_clean_300", "dbox", "abbr"),
    ("copy_medical_letter_sentences_only", "photocopy", "prose", "long"),
    ("faxstd_stack_member_appeal_and_overturned", "fax_standard_g4", "stack", "iso"),
    ("photo_dental_eob_two_claims", "phone_photo", "deob", "dmy"),
    ("rotated_aviso_ferula_es", "rotated", "es", "es"),
    ("lowres_oral_surgeon_statement", "scan_lowres_150", "stmt", "updash"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        dl = (f["notice"] + dt.timedelta(days=180)).isoformat()
        sd = [f["dos"].isoformat()]
        palt = {"provider": PROV_ALT}
        if kind == "meob":
            r2 = random.Random(SEED + 70)
            ov = f["dos"] - dt.timedelta(days=24)
            f["claims"] = [("CR" + dg(r2, 10), SURG[2][:22], fd(ov, ds), "99204", 310.00, 248.00, 248.00, 0.00, "A1"),
                           ("CR" + dg(r2, 10), IMAGING, fd(ov + dt.timedelta(days=8), ds), "70336", 1420.00, 690.00,
                            552.00, 138.00, "A4"),
                           (f["mclaim"], SURG[2][:22], fd(f["dos"], ds), "21085", f["fee"], 0.0, 0.0, f["fee"], "D9")]
            t = truth("eob", "not_covered", insurer=MED["org"], plan_id=f["plan"], group_number=f["group"],
                      member_id=f["mid"], member_name=f["member"], case_numbers=[f["mclaim"]],
                      claim_amount=m2(f["fee"]), service_dates=sd, denial_date=nd, provider=PROV,
                      appeal_deadline=dl, alternates=palt)
            items.append(Item(name, cond, [(med_eob(f, ds), t)]))
        elif kind == "dbox":
            t = truth("denial_letter", "not_covered", insurer=DEN["org"], group_number=f["dgroup"],
                      member_id=f["did"], member_name=f["member"], case_numbers=[f["dclaim"]],
                      claim_amount=m2(f["fee"]), service_dates=sd, denial_date=nd, provider=PROV,
                      appeal_deadline=dl, alternates=palt)
            items.append(Item(name, cond, [(dental_boxed(f, ds), t)]))
        elif kind == "prose":
            t = truth("denial_letter", "not_covered", insurer=MED["org"], group_number=f["group"],
                      member_id=f["mid"], member_name=f["member"], case_numbers=[f["mclaim"]],
                      claim_amount=m2(f["fee"]), service_dates=sd, denial_date=nd, provider=PROV,
                      appeal_deadline=dl, alternates=palt)
            items.append(Item(name, cond, [(med_prose(f, ds), t)]))
        elif kind == "stack":
            f["aletter"] = f["notice"] + dt.timedelta(days=r.randint(10, 20))
            f["adate"] = f["aletter"] + dt.timedelta(days=r.randint(20, 28))
            f["apl"] = "APL-" + dg(r, 8)
            t1 = truth("other", None, insurer=MED["org"], member_id=f["mid"], member_name=f["member"],
                       case_numbers=[f["mclaim"]], claim_amount=m2(f["fee"]), service_dates=sd,
                       denial_date=f["aletter"].isoformat(), provider=PROV,
                       alternates={"provider": PROV_ALT, "insurer": [None],
                                   "case_numbers": [[f["mclaim"], f["dclaim"]]]})
            t2 = truth("other", None, insurer=MED["org"], group_number=f["group"], member_id=f["mid"],
                       member_name=f["member"], case_numbers=[f["apl"], f["mclaim"]], claim_amount=m2(f["fee"]),
                       service_dates=sd, denial_date=f["adate"].isoformat(), provider=PROV, alternates=palt)
            items.append(Item(name, cond, [(appeal_letter(f, ds), t1), (appeal_overturned(f, ds), t2)],
                              separators=["cover", None]))
        elif kind == "deob":
            r2 = random.Random(SEED + 71)
            cd = f["dos"] - dt.timedelta(days=r.randint(12, 30))
            f["dclaims"] = [(f"BDB-{dg(r2, 4)}-{dg(r2, 5)}", GENDENT,
                             [[fd(cd, ds), "", "D0120", "Periodic oral evaluation", money(62.00), money(48.00),
                               money(48.00), "P0"],
                              [fd(cd, ds), "", "D1110", "Prophylaxis - adult", money(118.00), money(92.00),
                               money(92.00), "P0"]]),
                            (f["dclaim"], f"{SURG[2]} - {PROV}",
                             [[fd(f["dos"], ds), "", "D7880", "Occlusal orthotic device", money(f["fee"]), "$0.00",
                               "$0.00", "M12"]])]
            t = truth("eob", "not_covered", insurer=DEN["org"], group_number=f["dgroup"], member_id=f["did"],
                      member_name=f["member"], case_numbers=[f["dclaim"]], claim_amount=m2(f["fee"]),
                      service_dates=sd, denial_date=nd, provider=PROV, appeal_deadline=dl, alternates=palt)
            items.append(Item(name, cond, [(dental_eob(f, ds), t)]))
        elif kind == "es":
            t = truth("denial_letter", "not_covered", lang="es", insurer=MED["org"], group_number=f["group"],
                      member_id=f["mid"], member_name=f["member"], case_numbers=[f["mclaim"]],
                      claim_amount=m2(f["fee"]), service_dates=sd, denial_date=nd, provider=PROV,
                      appeal_deadline=dl, alternates=palt)
            items.append(Item(name, cond, [(spanish(f, ds), t)]))
        else:
            f["stmt"] = f["notice"] + dt.timedelta(days=r.randint(12, 25))
            t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"],
                      case_numbers=[f["mclaim"], f["dclaim"]], claim_amount=m2(f["fee"]), service_dates=sd,
                      denial_date=f["stmt"].isoformat(), provider=PROV, unscored=["insurer"],
                      alternates={"provider": PROV_ALT, "member_id": [f["did"]],
                                  "case_numbers": [[f["mclaim"]], [f["dclaim"]]]})
            items.append(Item(name, cond, [(statement(f, ds), t)]))
    return items
