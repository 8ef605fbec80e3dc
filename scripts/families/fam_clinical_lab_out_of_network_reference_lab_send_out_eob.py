"""Family 'clinical_lab_out_of_network_reference_lab_send_out_eob': an in-network lab sends a specimen to an
out-of-network reference lab; the invented plan refuses the reference lab's claim as out-of-network, and later
overturns the refusal on appeal (the member had no choice of lab).

Documents: member EOB with three claims, the reference lab's refused (born digital); the reference lab's bill
to the patient (denies nothing); the plan's claim denial letter to the reference lab (fax); a denial to the
member in prose only (photocopy); a stack of the appeal acknowledgement and the overturned appeal decision
(low resolution, blank separator); a Spanish EOB (phone photo); the reprocessed, paid EOB (turned sideways).
Everything invented. Decoys: DOB, NPI, CLIA number, accession and account numbers, received dates, processing
periods, other claims, 72-hour and external-review limits, form numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "clinical_lab_out_of_network_reference_lab_send_out_eob"
LANG = "en"
SEED = 339600

PLAN = {"org": "Larchmont Mutual Health", "addr": "PO Box 2291, Fenwick Falls, NA 50817", "phone": "1-877-662-0415",
        "fax": "1-877-662-0499"}
REFLAB = ("Meridian Esoteric Reference Laboratory", "Meridian Esoteric Reference Lab")
INLAB = "Pinecrest Clinical Laboratories"
DOCTOR = "Anselm Q. Prescott, MD"
PEOPLE = ["Brianna K. Holloway", "Mateo R. Quintero", "Odette F. Lomax", "Gideon T. Marchetti",
          "Sunita V. Rutledge", "Guadalupe E. Zamora", "Rufus H. Nakamura"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]
TESTS = [("81479", "Unlisted molecular pathology (send-out)"), ("86341", "Islet cell antibody panel"),
         ("83520", "Immunoassay, quantitative (send-out)")]


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds, lang="en"):
    if ds == "es":
        return f"{d.day} de {MES[d.month - 1]} de {d.year}"
    return fdate(d, ds, lang)


def base(r):
    notice = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 140))
    dos = notice - dt.timedelta(days=r.randint(24, 50))
    return dict(notice=notice, dos=dos, claim=r.choice(["LM", "26"]) + dg(r, 11), mid="LMH" + dg(r, 8),
                group=dg(r, 6), plan="LMH-" + r.choice(["HMO", "EPO", "POS"]) + "-" + dg(r, 3),
                dob=dt.date(r.randint(1950, 2001), r.randint(1, 12), r.randint(1, 28)), npi="1" + dg(r, 9),
                clia=dg(r, 2) + "D" + dg(r, 7), acc="A" + dg(r, 8), acct="MER-" + dg(r, 7),
                amt=round(r.randint(380, 2900) + r.choice([0, .5, .25, .8]), 2), test=r.choice(TESTS),
                recv=dos + dt.timedelta(days=r.randint(6, 14)))


def head(p, sub=""):
    p.line(PLAN["org"], 16, "B")
    if sub:
        p.line(sub, 9)
    p.line(f"{PLAN['addr']}  *  {PLAN['phone']}", 8.5)
    p.ln(4)


def eob_multi(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="LMH-EOB-M 11/2025")
    p.add_page()
    head(p, "Member Explanation of Benefits")
    p.boxed_pairs([("Date issued", fd(f["notice"], ds)), ("Member", f["member"]), ("Member number", f["mid"]),
                   ("Group", f["group"]), ("Plan", f["plan"]), ("Claims processed", "02/01/2026 - 02/28/2026")], 48, 9)
    for cl, prov, d, code, desc, ch, allowed, paid, you, rc in f["claims"]:
        p.f(9, "B")
        p.cell(0, 5.5, f"Claim {cl}  -  {prov}", border="B", new_x="LMARGIN", new_y="NEXT")
        p.table(["Date", "Code", "Description", "Charged", "Allowed", "Plan paid", "You owe", "Remark"],
                [[fd(d, ds), code, desc, money(ch), money(allowed), money(paid), money(you), rc]],
                [22, 13, 50, 20, 19, 19, 19, 18], size=7.8)
    p.heading("Remark codes", 10)
    p.para("OA1 - Paid at in-network benefit.  N11 - The laboratory that performed this test is not in the "
           "Larchmont network and no referral or authorization was on file; the claim is denied as out-of-network. "
           "You may be billed by this provider.", 8.5)
    p.para("Appeals: you may appeal a denied claim within 180 days of the date this EOB was issued. Urgent "
           "appeals are decided within 72 hours; external review must be requested within 4 months of a final "
           "decision.", 8.5)
    return out(p)


def lab_bill(f, ds):
    p = Page(serif=False, footer=None, footer_left=f"CLIA {f['clia']}")
    p.add_page()
    p.line(REFLAB[0], 14, "B")
    p.line("Patient Billing Office, 900 Beacon Industrial Way, Harwell City, NA 60422   1-866-318-4470", 8.5)
    p.ln(4)
    p.pairs([("Statement date", fd(f["notice"], ds)), ("Account", f["acct"]), ("Patient", f["member"]),
             ("Accession", f["acc"]), ("Referring lab", INLAB), ("Ordering physician", DOCTOR)], 40, 9.5)
    p.ln(2)
    p.table(["Date of service", "CPT", "Test", "Charges", "Insurance paid", "Balance"],
            [[fd(f["dos"], ds), f["test"][0], f["test"][1], money(f["amt"]), money(0), money(f["amt"])]],
            [30, 15, 65, 22, 25, 23], size=8.5)
    p.para(f"Your insurance, {PLAN['org']} (claim {f['claim']}), denied this claim as out-of-network. The balance "
           f"of {money(f['amt'])} is now your responsibility. Payment plans available; call before the due date.",
           9.5)
    p.line(f"AMOUNT DUE: {money(f['amt'])}", 11, "B")
    return out(p)


def provider_letter(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="LMH-PCD-07")
    p.add_page()
    head(p, "Provider Claims Department")
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    p.para(f"{REFLAB[0]}\nAttn: Billing\n900 Beacon Industrial Way\nHarwell City, NA 60422", 10)
    p.line("CLAIM DENIAL - NON-PARTICIPATING PROVIDER", 12, "B")
    p.ln(1)
    x = p.get_y()
    p.pairs([("Claim no.", f["claim"]), ("Patient", f["member"]), ("Member ID", f["mid"]),
             ("Patient DOB", fd(f["dob"], "slash")), ("DOS", fd(f["dos"], ds)),
             ("Billed", money(f["amt"], "usd")), ("Billing NPI", f["npi"]), ("Received", fd(f["recv"], ds))],
            30, 9)
    p.set_y(x)
    p.set_x(120)
    p.multi_cell(75, 4.5, "Denial code N11 / CO-242\nServices not provided by network/primary care providers. "
                 f"Your laboratory does not hold a Larchmont participation agreement. Specimens collected by "
                 f"{INLAB} must be tested in network.", border=1)
    p.set_y(x + 50)
    p.para(f"The referring laboratory, {INLAB}, is a participating provider; your laboratory is not. The member's "
           "plan has no out-of-network laboratory benefit, so the claim is denied.", 10)
    p.para("A provider appeal may be filed within 60 days of the date of this letter. Include the requisition "
           "and any evidence that no in-network lab could perform the test.", 10)
    return out(p)


def prose(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    head(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(4)
    p.para(f"{f['member']}\n{f['street']}\nFenwick Falls, NA 50812", 10)
    p.para(f"Dear {f['member']}:", 10)
    p.para(f"Your doctor's office collected a blood sample on {fd(f['dos'], ds)} and sent it to {INLAB}, which is in "
           f"our network. That laboratory then sent part of the sample to {REFLAB[0]} for a specialized test. "
           f"{REFLAB[0]} billed us {money(f['amt'])} under claim number {f['claim']}.", 10)
    p.para(f"We have denied that claim because {REFLAB[1]} is out of network for your plan (member number "
           f"{f['mid']}) and your plan does not cover out-of-network laboratory services except in an emergency.",
           10)
    p.para("You have the right to appeal. Please send your appeal within 180 days of the date of this letter. You "
           f"may call us at {PLAN['phone']}. If you think this was a surprise bill, tell us in your appeal.", 10)
    p.para("Sincerely,\nMember Services", 10)
    return out(p)


def ack(f, ds):
    p = Page(footer=None, footer_left="LMH-APL-ACK")
    p.add_page()
    head(p, "Appeals and Grievances")
    p.line(fd(f["ack"], ds), 10)
    p.ln(2)
    p.para(f"{f['member']}\n{f['street']}\nFenwick Falls, NA 50812", 10)
    p.line("We received your appeal", 12, "B")
    p.pairs([("Appeal number", f["appeal"]), ("Claim", f["claim"]), ("Member ID", f["mid"])], 34, 9.5)
    p.ln(2)
    p.para(f"We received your appeal about the {REFLAB[1]} claim on {fd(f['ack'] - dt.timedelta(days=3), ds)}. We "
           "will send you our decision within 30 days. You do not need to do anything now.", 10)
    return out(p)


def overturn(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="LMH-APL-DEC")
    p.add_page()
    head(p, "Appeals and Grievances")
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    p.line("APPEAL DECISION", 12.5, "B")
    p.pairs([("Member", f["member"]), ("Member number", f["mid"]), ("Appeal number", f["appeal"]),
             ("Claim", f["claim"]), ("Laboratory", REFLAB[0]), ("Date of service", fd(f["dos"], ds)),
             ("Amount billed", money(f["amt"]))], 38, 9.5)
    p.ln(2)
    p.para("Decision: OVERTURNED. The specimen was sent to the reference laboratory by our in-network laboratory, "
           "not by you, and you had no chance to choose a network lab. We will reprocess the claim at the "
           "in-network benefit and you only owe your in-network cost share.", 10)
    p.para("You will receive a new Explanation of Benefits. No further action is needed.", 10)
    return out(p)


def eob_es(f, ds):
    p = Page(footer="Página {n} de {nb}", footer_left="LMH-EOB-SP")
    p.add_page()
    head(p, "Explicación de Beneficios - ESTO NO ES UNA FACTURA")
    p.pairs([("Fecha de emisión", fd(f["notice"], "es")), ("Afiliado", f["member"]),
             ("Núm. de afiliado", f["mid"]), ("Grupo", f["group"]), ("Núm. de reclamación", f["claim"])], 46, 9.5)
    p.ln(2)
    p.table(["Fecha", "Proveedor", "Servicio", "Cargo", "Pagado", "Código"],
            [[f"{f['dos'].day}/{f['dos'].month}/{f['dos'].year}", REFLAB[1], f["test"][1][:30], money(f["amt"]), money(0), "N11"]],
            [24, 52, 52, 20, 16, 16], size=8)
    p.para("N11: El laboratorio que hizo la prueba no pertenece a la red de Larchmont. Su plan no cubre "
           "laboratorios fuera de la red. Puede apelar dentro de los 180 días a partir de la fecha de emisión de "
           "esta explicación.", 9)
    return out(p)


def eob_paid(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="LMH-EOB-R")
    p.add_page()
    head(p, "Explanation of Benefits - REPROCESSED CLAIM")
    p.pairs([("Issue date", fd(f["notice"], ds)), ("Member", f["member"]), ("ID", f["mid"]),
             ("Group no.", f["group"]), ("Claim", f["claim"]), ("Provider", REFLAB[0])], 30, 9.5)
    allowed = round(f["amt"] * 0.42, 2)
    p.table(["Service date", "Test", "Billed", "Allowed", "Paid", "Your share"],
            [[fd(f["dos"], ds), f["test"][0], money(f["amt"], "nosign"), money(allowed, "nosign"),
              money(allowed - 25, "nosign"), "25.00"]], [30, 20, 30, 30, 30, 30], size=8.5)
    p.para("This claim was adjusted after your appeal was approved. It replaces the earlier statement. The "
           "provider may not bill you more than Your share.", 9)
    return out(p)


ITEMS = [
    ("bd_member_eob_three_claims", "born_digital", "multi", "slash"),
    ("scan300_reference_lab_patient_bill", "scan_clean_300", "bill", "long"),
    ("faxstd_provider_denial_letter_sidebar", "fax_standard_g4", "provider", "upper"),
    ("copy_member_letter_prose", "photocopy", "prose", "long"),
    ("lowres_stack_ack_overturned_appeal", "scan_lowres_150", "stack", "dmy"),
    ("photo_eob_fuera_de_red_es", "phone_photo", "es", "es"),
    ("rotated_reprocessed_paid_eob", "rotated", "paid", "iso"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r)
        f["member"] = PEOPLE[i]
        f["street"] = f"{r.randint(100, 9800)} Fenwick Avenue"
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        dl = (f["notice"] + dt.timedelta(days=180)).isoformat()
        common = dict(insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"], case_numbers=[f["claim"]],
                      claim_amount=m2(f["amt"]), service_dates=[f["dos"].isoformat()], denial_date=nd,
                      provider=REFLAB[0])
        if kind == "multi":
            r2 = random.Random(SEED + 70)
            f["claims"] = [("LM" + dg(r2, 11), "Prescott Family Medicine", f["dos"], "99213", "Office visit",
                            165.00, 112.40, 82.40, 30.00, "OA1"),
                           ("LM" + dg(r2, 11), INLAB, f["dos"], "80053", "Metabolic panel", 88.00, 14.20, 14.20,
                            0.00, "OA1"),
                           (f["claim"], REFLAB[0], f["dos"], f["test"][0], f["test"][1][:28], f["amt"], 0.00, 0.00,
                            f["amt"], "N11")]
            t = truth("eob", "out_of_network", group_number=f["group"], plan_id=f["plan"], appeal_deadline=dl,
                      alternates={"provider": [REFLAB[1]]}, **common)
            items.append(Item(name, cond, [(eob_multi(f, ds), t)]))
        elif kind == "bill":
            t = truth("other", None, unscored=["insurer"], alternates={"provider": [REFLAB[1]]}, **common)
            t["fields"]["member_id"] = None
            items.append(Item(name, cond, [(lab_bill(f, ds), t)]))
        elif kind == "provider":
            t = truth("denial_letter", "out_of_network", appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
                      alternates={"provider": [REFLAB[1]]}, **common)
            items.append(Item(name, cond, [(provider_letter(f, ds), t)]))
        elif kind == "prose":
            t = truth("denial_letter", "out_of_network", appeal_deadline=dl, alternates={"provider": [REFLAB[1]]},
                      **common)
            items.append(Item(name, cond, [(prose(f, ds), t)]))
        elif kind == "stack":
            f["appeal"] = "APL-" + dg(r, 7)
            f["ack"] = f["notice"] - dt.timedelta(days=r.randint(15, 25))
            t1 = truth("other", None, insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"],
                       case_numbers=[f["appeal"], f["claim"]], denial_date=f["ack"].isoformat(),
                       provider=REFLAB[1], alternates={"provider": [REFLAB[0], None]})
            c2 = dict(common, case_numbers=[f["appeal"], f["claim"]])
            t2 = truth("other", None, alternates={"provider": [REFLAB[1]]}, **c2)
            items.append(Item(name, cond, [(ack(f, ds), t1), (overturn(f, ds), t2)], separators=["blank", None]))
        elif kind == "es":
            t = truth("eob", "out_of_network", lang="es", group_number=f["group"], appeal_deadline=dl,
                      **dict(common, provider=REFLAB[1]), alternates={"provider": [REFLAB[0]]})
            items.append(Item(name, cond, [(eob_es(f, ds), t)]))
        else:
            t = truth("eob", None, group_number=f["group"], alternates={"provider": [REFLAB[1]]}, **common)
            items.append(Item(name, cond, [(eob_paid(f, ds), t)]))
    return items
