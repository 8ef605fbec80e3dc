"""Family 'living_kidney_donor_evaluation_expenses_denial': an invented commercial plan (Bluestem Mutual Health)
refusing a living kidney donor's evaluation and surgery expenses, because the donor is not a member or because the
recipient's plan pays for donor care, with the transplant center's letter, a statement and the donor's own
statement. Every person, plan, provider and number is invented; phones use 555.

Documents: a born-digital denial of donor evaluation tests (values printed under small captions; donor not
enrolled); a fine-fax letter from the transplant center to the plan (dash-leader label block, typed fax header);
a photocopied explanation of benefits with three claims, the donor's CT angiogram denied (donor care belongs to the
recipient's plan); a rotated Spanish letter denying the donor's nephrectomy stay; a 150 dpi statement written by
the donor to the plan; a phone photo of the appeal decision that overturns the evaluation denial; a 300 dpi stack:
a denial of the donor's follow-up visits with its duplex back, then the transplant center's itemized statement
fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundde_famded import P, fd, out, plus, usd

FAMILY = "living_kidney_donor_evaluation_expenses_denial"
LANG = "en"
SEED = 350603
INS = "Bluestem Mutual Health"
INS_ADDR = "Member Appeals, 4400 Prairie Gate Pkwy, Topeka, KS 66614  -  Member Services 1-555-742-0190 (TTY 711)"
CENTER = "Flint Hills Transplant Institute"
CENTER_ADDR = "1900 Limestone Ave, Wichita, KS 67208  |  Living Donor Office 555-338-6021  |  Fax 555-338-6029"
DONORS = ["Calvin R. Hardesty", "Mireille T. Osei", "Barnaby J. Quarles", "Ophelia N. Sandoval",
          "Ambrose K. Whitcomb", "Delphine A. Rasmussen", "Cornelius V. Paddock"]
RECIPS = ["Lydia Hardesty", "Samuel Osei", "Priscilla Quarles", "Tomas Sandoval", "Vera Whitcomb",
          "Otto Rasmussen", "June Paddock"]
DONOR_ES = "Leonor P. Villarreal"


def digs(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def base(r, k):
    d = dt.date(2026, 1, 14) + dt.timedelta(days=r.randint(0, 110))
    return dict(notice=d, donor=DONORS[k], recip=RECIPS[k], mid="BMH" + digs(r, 8), rid="BMH" + digs(r, 8),
                grp=f"{r.randint(10, 99)}-{digs(r, 4)}", plan="KS-PPO-" + str(r.randint(2, 9)) + "500",
                dob=dt.date(r.randint(1960, 2000), r.randint(1, 12), r.randint(1, 28)))


def doc_bd_eval(r):
    b = base(r, 0)
    s1 = plus(b["notice"], -r.randint(30, 50))
    s2 = plus(s1, r.randint(1, 3))
    amt = round(r.randint(3800, 7400) + 0.0, 2)
    cl = "CLM-" + digs(r, 10)
    d = P(serif=True, footer="BMH-DN-07 (2026)   Page {n} of {nb}", margins=(22, 18, 22))
    d.add_page()
    d.letterhead(INS, "Explanation of adverse benefit determination", INS_ADDR, size=16, align="C")
    d.f(10)
    d.cell(0, 5, fd(b["notice"], "upper"), new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.lines([b["recip"] + " (subscriber)", f"{r.randint(100, 9000)} Flint Ridge Rd", "Emporia, KS 66801"])
    d.captions([("Patient (living donor)", b["donor"], 60), ("Subscriber ID", b["mid"], 40),
                ("Group", b["grp"], 30), ("Plan", b["plan"], 42)], border=False)
    d.captions([("Claim no.", cl, 60), ("Dates of service", f"{fd(s1, 'upper')} - {fd(s2, 'upper')}", 70),
                ("Total charges", usd(amt), 42)], border=False)
    d.captions([("Provider", CENTER, 80), ("Tax ID", f"48-{digs(r, 7)}", 40),
                ("Donor date of birth", fd(b["dob"], "slash"), 52)], border=False)
    d.ln(4)
    d.para("We cannot pay this claim for living kidney donor evaluation (tissue typing, crossmatch, CT "
           "angiogram, nephrology and psychosocial evaluation). The patient on the claim is not enrolled under "
           "your coverage. Your plan covers a donor's expenses only when the donor is also a covered member, or "
           "through the recipient's transplant benefit when the recipient is our member and the transplant is "
           "approved. Our records show no approved transplant case for a recipient under this subscriber ID.", 10)
    d.para("A donor's travel and lodging are limited to $2,500 per transplant when covered. This limit does not "
           "apply to this claim.", 9.5)
    d.heading("Your right to appeal", 11)
    d.para("You or your authorized representative may file an appeal within 180 days of the date you receive this "
           "notice. Send it to Member Appeals at the address above or call 1-555-742-0190 (TTY 711). If our "
           "decision is upheld you may be able to request an external review.", 9.5)
    t = truth("denial_letter", "eligibility", insurer=INS, plan_id=b["plan"], group_number=b["grp"],
              member_id=b["mid"], member_name=b["donor"], case_numbers=[cl], claim_amount=f"{amt:.2f}",
              service_dates=[f"{s1.isoformat()}/{s2.isoformat()}"], denial_date=b["notice"].isoformat(),
              provider=CENTER, appeal_deadline=None, unscored=["appeal_deadline"],
              alternates={"service_dates": [[s1.isoformat(), s2.isoformat()]], "member_name": [b["recip"]]})
    return out(d), t


def doc_fax_center_letter(r):
    b = base(r, 1)
    s1 = plus(b["notice"], -r.randint(15, 30))
    lt = b["notice"]
    cl = "CLM-" + digs(r, 10)
    amt = round(r.randint(5200, 9100) + 0.4, 2)
    d = P(footer=None, margins=(16, 12, 16))
    d.add_page()
    d.faxline(f"{fd(lt, 'upper')} 15:07   FLINT HILLS TX INST LIVING DONOR   FAX 555-338-6029   #0412  P.01/01")
    d.letterhead(CENTER, "Living Donor Kidney Program", CENTER_ADDR, size=14)
    d.f(10)
    d.cell(0, 5, fd(lt, "long"), new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.lines([INS, "Attn: Medical Director, Member Appeals", "4400 Prairie Gate Pkwy, Topeka, KS 66614"])
    d.dots([("Donor / patient", b["donor"]), ("Donor member ID", b["mid"]), ("Group no", b["grp"]),
            ("Recipient", b["recip"] + " (not a Bluestem member)"), ("Claim", cl),
            ("Evaluation dates", fd(s1, "short2")), ("Charges", usd(amt, "flat")),
            ("MRN", "FH" + digs(r, 7)), ("Donor DOB", fd(b["dob"], "nopad"))], label_w=52, leader="-", size=9.5)
    d.para(f"We write to support payment of the living donor evaluation for your member, who is the intended "
           f"kidney donor for a family member. Your claim denial said donor care belongs to the recipient's plan; "
           f"however, the recipient is covered by a state Medicaid program that does not pay a non-enrolled "
           f"donor's evaluation, and your member's own certificate lists organ donation by a member as a covered "
           f"service. Our surgeon, Dr. Ingrid Solvang (NPI {r.choice('12')}{digs(r, 9)}), requested the "
           f"evaluation after the donor passed the initial screening.", 10)
    d.para("We ask that you reprocess the claim or treat this letter as a first-level provider appeal. The "
           "evaluation found the donor medically suitable; surgery is tentatively planned. Please call our "
           "living donor financial coordinator at 555-338-6021.", 10)
    d.para("Respectfully,\n\nHollis Brandt, RN, BSN\nLiving Donor Financial Coordinator", 10)
    t = truth("other", None, insurer=INS, plan_id=None, group_number=b["grp"], member_id=b["mid"],
              member_name=b["donor"], case_numbers=[cl], claim_amount=f"{amt:.2f}", service_dates=[s1.isoformat()],
              denial_date=lt.isoformat(), provider=CENTER, appeal_deadline=None,
              unscored=["insurer"], alternates={"provider": ["Ingrid Solvang"]})
    return out(d), t


def doc_copy_eob(r):
    b = base(r, 2)
    stmt = b["notice"]
    provs = ["Sunflower Primary Care", "Flint Hills Transplant Institute", "Prairie Rx Pharmacy Services"]
    rows, cls, svcs, amts = [], [], [], []
    tots = [0.0, 0.0, 0.0]
    for i, p in enumerate(provs):
        s = plus(stmt, -r.randint(12, 40))
        a = round(r.randint(140, 2600) + r.choice([0, 0.5, 0.35]), 2)
        if i == 1:
            a = round(r.randint(2300, 3400) + 0.6, 2)
        paid = 0.0 if i == 1 else round(a * 0.7, 2)
        resp = 0.0 if i == 1 else round(a * 0.1, 2)
        c = str(r.randint(6, 9)) + digs(r, 11)
        cls.append(c), svcs.append(s), amts.append(a)
        rows.append([fd(s, "nopad") if i != 1 else fd(s, "slash"), p, c, usd(a, "bare"), usd(paid, "bare"),
                     usd(resp, "bare"), "D41" if i == 1 else "P01"])
        tots[0] += a
        tots[1] += paid
        tots[2] += resp
    rows.append(["", "Totals for this statement", "", usd(tots[0], "bare"), usd(tots[1], "bare"),
                 usd(tots[2], "bare"), ""])
    d = P(footer="Page {n} of {nb}", margins=(14, 14, 14))
    d.add_page()
    d.letterhead(INS.upper(), "EXPLANATION OF BENEFITS - THIS IS NOT A BILL", INS_ADDR, size=13)
    d.captions([("Member", b["donor"], 58), ("Member number", b["mid"], 42), ("Group number", b["grp"], 36),
                ("Statement date", fd(stmt, "long"), 51)])
    d.captions([("Plan", b["plan"], 58), ("Date of birth", fd(b["dob"], "slash"), 42),
                ("Account", "ACCT " + digs(r, 9), 36), ("Deductible met (plan year)", "$750 of $1,500", 51)])
    d.ln(4)
    d.table(["Date of\nservice", "Provider", "Claim\nnumber", "Amount\ncharged", "Plan\npaid", "Your\nshare",
             "Note\ncode"], rows, [22, 56, 32, 23, 21, 19, 14], size=8.5,
            bold_last=True, aligns=["L", "L", "L", "R", "R", "R", "C"])
    d.heading("Note codes", 9.5)
    d.bullets(["P01 - Paid at the in-network benefit level.",
               "D41 - Living donor services are not covered under the donor's own benefits. Expenses of a living "
               "organ donor are payable only through the recipient's health plan. Please ask the provider to bill "
               "the recipient's plan."], 8.5)
    d.para("You have 180 days from the date you receive this statement to file an appeal. Call 1-555-742-0190 "
           "(TTY 711). Rx number for the pharmacy line: RX " + digs(r, 7) + ".", 8.5)
    t = truth("eob", "not_covered", insurer=INS, plan_id=b["plan"], group_number=b["grp"], member_id=b["mid"],
              member_name=b["donor"], case_numbers=[cls[1]], claim_amount=f"{amts[1]:.2f}",
              service_dates=[svcs[1].isoformat()], denial_date=stmt.isoformat(), provider=provs[1],
              appeal_deadline=None, unscored=["appeal_deadline"], denial_alternates=["other"])
    return out(d), t


def doc_rot_es(r):
    b = base(r, 3)
    adm = plus(b["notice"], -r.randint(25, 40))
    dis = plus(adm, 3)
    amt = round(r.randint(28000, 46000) + 0.8, 2)
    cl = "CLM-" + digs(r, 10)
    d = P(serif=True, footer="Página {n} de {nb}", margins=(20, 16, 20))
    d.add_page()
    d.letterhead(INS, "Aviso de determinación adversa de beneficios", INS_ADDR, size=14)
    d.f(10)
    d.cell(0, 5, "Fecha: " + fd(b["notice"], "es"), new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.lines([DONOR_ES, f"{r.randint(100, 900)} Calle Girasol", "Dodge City, KS 67801"])
    d.pairs([("Paciente (donante)", DONOR_ES), ("Número de identificación", b["mid"]), ("Grupo", b["grp"]),
             ("Número de reclamo", cl), ("Hospital", CENTER),
             ("Hospitalización", f"del {fd(adm, 'es')} al {fd(dis, 'es')}"), ("Total facturado", usd(amt, "usd")),
             ("Fecha de nacimiento", fd(b["dob"], "slash"))], label_w=55, size=9.5, colon=True)
    d.ln(2)
    d.para("Estimada señora: Hemos negado el pago de su hospitalización para la nefrectomía de donante vivo. "
           "Según su certificado de cobertura, los gastos de un donante vivo se pagan a través del plan de salud "
           "del receptor del riñón. La receptora tiene otro seguro, por lo que su hospital debe facturar a ese "
           "plan. Su plan no cubre estos servicios.", 10)
    d.para("Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta carta. Escriba a "
           "Member Appeals a la dirección de arriba o llame al 1-555-742-0190 (TTY 711). Número de cuenta del "
           "hospital: " + digs(r, 8) + ".", 10)
    t = truth("denial_letter", "not_covered", lang="es", insurer=INS, plan_id=None, group_number=b["grp"],
              member_id=b["mid"], member_name=DONOR_ES, case_numbers=[cl], claim_amount=f"{amt:.2f}",
              service_dates=[f"{adm.isoformat()}/{dis.isoformat()}"], denial_date=b["notice"].isoformat(),
              provider=CENTER, appeal_deadline=plus(b["notice"], 180).isoformat(), denial_alternates=["other"])
    return out(d), t


def doc_lowres_donor_statement(r):
    b = base(r, 4)
    s1 = plus(b["notice"], -r.randint(40, 60))
    lt = b["notice"]
    cl = "CLM-" + digs(r, 10)
    d = P(footer=None, margins=(25, 20, 25))
    d.add_page()
    d.f(11)
    d.lines([b["donor"], f"{r.randint(100, 9800)} Cottonwood Bend", "Salina, KS 67401",
             "Phone 555-461-" + digs(r, 4)], 11)
    d.lines([fd(lt, "short2")], 11)
    d.lines([INS, "Member Appeals", "4400 Prairie Gate Pkwy", "Topeka, KS 66614"], 11)
    d.para(f"Re: Statement of living donor - member ID {b['mid']}, group {b['grp']}, claim {cl}", 11)
    d.para(f"I am the living kidney donor for my brother-in-law, {b['recip']}. I am writing this statement "
           f"because my evaluation at {CENTER} on {fd(s1, 'long')} was denied. I was not paid anything for donating "
           f"and I never agreed to be billed for the testing. The transplant coordinator told me the donor "
           f"workup would be covered.", 11)
    d.para("My brother-in-law's plan has told me they need a letter from your plan before they will consider the "
           "bill, and your plan says his plan must pay. I am caught in the middle. I have attached the invoice, "
           "my own insurance card and the coordinator's note. My date of birth is " + fd(b["dob"], "slash") +
           ". Please review this and tell me who is responsible.", 11)
    d.para("Thank you,\n\n" + b["donor"], 11)
    t = truth("other", None, insurer=INS, plan_id=None, group_number=b["grp"], member_id=b["mid"],
              member_name=b["donor"], case_numbers=[cl], claim_amount=None, service_dates=[s1.isoformat()],
              denial_date=lt.isoformat(), provider=CENTER, appeal_deadline=None, unscored=["insurer"])
    return out(d), t


def doc_photo_overturned(r):
    b = base(r, 5)
    s1 = plus(b["notice"], -r.randint(70, 100))
    amt = round(r.randint(4100, 6900) + 0.25, 2)
    cl, ap = "CLM-" + digs(r, 10), "APL-" + str(r.randint(2026000, 2026999))
    d = P(serif=False, footer="Page {n} of {nb}", margins=(18, 16, 18))
    d.add_page()
    d.letterhead(INS, "Appeal decision", INS_ADDR, size=15)
    d.f(10)
    d.cell(0, 5, fd(b["notice"], "long"), new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.boxed_pairs([("Member", b["donor"]), ("Member ID", b["mid"]), ("Group", b["grp"]), ("Plan", b["plan"]),
                   ("Appeal number", ap), ("Original claim", cl), ("Provider", CENTER),
                   ("Service date", fd(s1, "slash")), ("Charges", usd(amt)),
                   ("Appeal received", fd(plus(b["notice"], -24), "slash"))], label_w=50)
    d.line("Decision: OVERTURNED", 12, "B")
    d.ln(2)
    d.para("A nephrologist who did not take part in the first decision reviewed your appeal. Your certificate "
           "of coverage covers organ donation by a member when the recipient's plan does not pay for donor "
           "services. The letter from the recipient's plan confirms it does not. We have overturned our denial of "
           "your living donor evaluation and will reprocess the claim within 30 days.", 10)
    d.para("You may owe your usual deductible and coinsurance. Questions: 1-555-742-0190 (TTY 711).", 10)
    t = truth("other", None, insurer=INS, plan_id=b["plan"], group_number=b["grp"], member_id=b["mid"],
              member_name=b["donor"], case_numbers=[cl, ap], claim_amount=f"{amt:.2f}",
              service_dates=[s1.isoformat()], denial_date=b["notice"].isoformat(), provider=CENTER,
              appeal_deadline=None)
    return out(d), t


def stack_followup(r):
    b = base(r, 6)
    s1 = plus(b["notice"], -r.randint(20, 30))
    s2 = plus(s1, 14)
    amt = round(r.randint(380, 760) + 0.0, 2)
    cl = "CLM-" + digs(r, 10)
    d = P(serif=True, footer=None, footer_left="Bluestem Mutual Health  BMH-DN-11", margins=(20, 14, 20))
    d.add_page()
    d.letterhead(INS, None, INS_ADDR, size=14)
    d.dots([("Notice date", fd(b["notice"], "slash")), ("Member", b["donor"]), ("ID", b["mid"]),
            ("Group", b["grp"]), ("Claim", cl), ("Services", "Post-donation follow-up visits and labs"),
            ("Service dates", f"{fd(s1, 'slash')}, {fd(s2, 'slash')}"), ("Billed", usd(amt)),
            ("Provider", CENTER)], label_w=48, size=10)
    d.para("Your plan does not cover follow-up care for a living organ donor under the donor's own benefits; "
           "these services are part of the recipient's transplant case and are billed to the recipient's plan. "
           "This claim is denied as not covered.", 10)
    d.para("You may appeal within 180 days of the date of this notice by writing to Member Appeals. You may call "
           "1-555-742-0190 (TTY 711).", 10)
    t1 = truth("denial_letter", "not_covered", insurer=INS, plan_id=None, group_number=b["grp"], member_id=b["mid"],
               member_name=b["donor"], case_numbers=[cl], claim_amount=f"{amt:.2f}",
               service_dates=[s1.isoformat(), s2.isoformat()], denial_date=b["notice"].isoformat(), provider=CENTER,
               appeal_deadline=plus(b["notice"], 180).isoformat(), denial_alternates=["other"])
    st = plus(b["notice"], 5)
    ev = plus(b["notice"], -r.randint(90, 120))
    items = [("80074", "Crossmatch, flow cytometry"), ("86812", "HLA typing A, B, C"),
             ("74175", "CT angiography abdomen"), ("99205", "Nephrology consult, new patient")]
    rows, tot = [], 0.0
    for cpt, desc in items:
        a = round(r.randint(180, 1900) + 0.5, 2)
        tot += a
        rows.append([fd(ev, "nopad"), cpt, desc, usd(a, "bare")])
    rows.append(["", "", "Total charges", usd(tot, "bare")])
    e = P(footer=None, margins=(16, 14, 16))
    e.add_page()
    e.letterhead(CENTER, "Patient statement - Living Donor Program", CENTER_ADDR, size=13)
    e.captions([("Statement date", fd(st, "long"), 45), ("Patient", b["donor"], 55),
                ("Account no.", "FH-" + digs(r, 8), 40), ("Amount due", usd(tot), 44)])
    e.ln(3)
    e.table(["Date", "CPT", "Description", "Charge"], rows, [30, 22, 90, 42], size=9, bold_last=True,
            aligns=["L", "L", "L", "R"])
    e.para(f"Insurance billed: {INS}, ID {b['mid']}. Tax ID 48-{digs(r, 7)}. Questions: 555-338-6021.", 9)
    t2 = truth("other", None, insurer=INS, plan_id=None, group_number=None, member_id=b["mid"],
               member_name=b["donor"], case_numbers=[], claim_amount=f"{tot:.2f}", service_dates=[ev.isoformat()],
               denial_date=st.isoformat(), provider=CENTER, appeal_deadline=None, unscored=["insurer"])
    return [(out(d), t1), (out(e), t2)]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    return [
        Item(f"{FAMILY}_bd_evaluation_captions_not_enrolled", "born_digital", [doc_bd_eval(r(0))]),
        Item(f"{FAMILY}_faxfine_transplant_center_letter", "fax_fine_g4", [doc_fax_center_letter(r(1))]),
        Item(f"{FAMILY}_copy_eob_three_claims_cta_denied", "photocopy", [doc_copy_eob(r(2))]),
        Item(f"{FAMILY}_rotated_carta_es_nefrectomia", "rotated", [doc_rot_es(r(3))]),
        Item(f"{FAMILY}_lowres_donor_statement", "scan_lowres_150", [doc_lowres_donor_statement(r(4))]),
        Item(f"{FAMILY}_photo_appeal_overturned", "phone_photo", [doc_photo_overturned(r(5))]),
        Item(f"{FAMILY}_scan300_stack_followup_denial_and_statement", "scan_clean_300", stack_followup(r(6)),
             separators=["duplex", None], turns={(1, 0): 90}),
    ]
