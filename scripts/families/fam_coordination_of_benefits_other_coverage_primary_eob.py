"""Family 'coordination_of_benefits_other_coverage_primary_eob': an invented employer-group health plan refuses
claims because its records show the patient has other coverage that pays first (coordination of benefits, the
"birthday rule" for a child covered by both parents), asks the member to fill in an other-coverage
questionnaire, and reprocesses the claims once the answer comes back.

Documents: a member EOB with three claims under claim bars, one refused for COB (born digital); the
other-health-insurance questionnaire letter with its check boxes (denies nothing); a COB denial told only in
sentences (standard fax); the pediatric clinic's patient statement asking for the primary plan (photocopy,
denies nothing); a Spanish EOB with two claims, one refused (phone photo); a reprocessed EOB paying the
formerly refused claim (sideways); a low-resolution stack of the plan's notice to the provider (refused, bill
the primary carrier), a blank page and the plan's "we updated your other-coverage record" letter.
Everything invented, after the structure of public COB questionnaires and EOB remark codes. Decoys: the
other carrier's name, policy and group numbers, the other subscriber's name and birthday, DOB, NPI, received
dates, processing periods, account numbers, 30-day questionnaire limit, external-review limit.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "coordination_of_benefits_other_coverage_primary_eob"
LANG = "en"
SEED = 339800

PLAN = {"org": "Larkspur Vale Health Plan", "addr": "PO Box 20917, Merrow Junction, KS 67399",
        "phone": "1-866-301-5524", "fax": "1-866-301-5580", "cob": "Coordination of Benefits Unit"}
OTHER = "Copperline Mutual Insurance Company"
CLINIC = ("Bramblewood Pediatrics", "Anneliese V. Kortright")
OTHERS = [("Juniper Ridge Urgent Care", "Urgent care visit, level 3"),
          ("Merrow Junction Lab Services", "Strep A antigen test"),
          ("Tallgrass Physical Therapy", "PT evaluation"),
          ("Westvale Dermatology", "Office visit, new patient")]
FAMILIES = [("Nora E. Whitcombe", "Gideon Whitcombe", "Priya Whitcombe"),
            ("Caleb T. Ferreira", "Sunita Ferreira", "Joao Ferreira"),
            ("Amelia J. Osterhout", "Rufus Osterhout", "Dana Osterhout"),
            ("Jonah R. Halvorsen", "Beatrix Halvorsen", "Erik Halvorsen"),
            ("Valeria S. Quintero", "Milagros Quintero", "Arturo Quintero"),
            ("Henry L. Ashdown", "Odette Ashdown", "Miles Ashdown"),
            ("Clara B. Vossberg", "Percy Vossberg", "Lydia Vossberg")]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]
COB_NOTE = ("Our records show this patient has other health coverage that pays first (primary). Please send the "
            "claim to the primary plan. When it has paid, send us its Explanation of Benefits and we will "
            "consider the balance.")


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds):
    if ds == "es":
        return f"{d.day} de {MES[d.month - 1]} de {d.year}"
    if ds == "updash":
        return d.strftime("%d-%b-%Y").upper()
    return fdate(d, ds)


def base(r):
    notice = dt.date(2026, 1, 9) + dt.timedelta(days=r.randint(0, 140))
    return dict(notice=notice, sd=notice - dt.timedelta(days=r.randint(18, 45)), mid="LVH" + dg(r, 9),
                sfx="0" + str(r.randint(2, 4)), group="4" + dg(r, 5), plan="LV-" + r.choice(["PPO", "HMO", "EPO"]) +
                "-" + r.choice(["750", "1500", "3000"]), claim="26" + dg(r, 9), npi="1" + dg(r, 9),
                opol="CMI" + dg(r, 8), ogrp="CM-" + dg(r, 4), acct="BP-" + dg(r, 6), ref="COB" + dg(r, 7),
                fee=float(r.randint(160, 690)) + r.choice([0, 0.5, 0.25, 0.75]),
                dob=dt.date(r.randint(2009, 2020), r.randint(1, 12), r.randint(1, 28)),
                bday=dt.date(r.randint(1978, 1990), r.randint(1, 12), r.randint(1, 28)))


def letterhead(p, dept=None):
    p.line(PLAN["org"], 16, "B")
    p.line(f"{dept or PLAN['cob']}  |  {PLAN['addr']}", 8.5)
    p.line(f"Customer Service {PLAN['phone']}  TTY 711  |  Fax {PLAN['fax']}", 8.5)
    p.ln(5)


def to_block(p, f, who=None):
    p.para(f"{who or f['sub']}\n{f['street']}\nMerrow Junction, KS 67391", 10)


def eob_bd(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="LVH-EOB-2026")
    p.add_page()
    p.line(PLAN["org"], 16, "B")
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 11, "B")
    p.ln(1)
    p.boxed_pairs([("Date issued", fd(f["notice"], ds)), ("Subscriber", f["sub"]),
                   ("Member ID", f"{f['mid']}-{f['sfx']}"), ("Group number", f["group"]), ("Plan", f["plan"]),
                   ("Claims processed", f"{fd(f['notice'] - dt.timedelta(days=30), ds)} to "
                                        f"{fd(f['notice'] - dt.timedelta(days=1), ds)}")], 42, 9)
    for cl, pat, prov, d, desc, ch, allowed, paid, code in f["claims"]:
        p.set_fill_color(230, 230, 230)
        p.f(8.6, "B")
        p.cell(0, 6, f" Claim {cl}   Patient: {pat}   Provider: {prov}", fill=True, new_x="LMARGIN", new_y="NEXT")
        p.table(["Date of service", "Service", "Amount billed", "Allowed", "Plan paid", "Remark"],
                [[fd(d, ds), desc, money(ch), money(allowed), money(paid), code]], [30, 52, 26, 24, 22, 20],
                size=8, border=0, head_h=6)
    p.heading("Remark codes", 10)
    p.para(f"CB2 - {COB_NOTE} Primary carrier on file: {OTHER}.", 8.5)
    p.para("P01 - Paid at the in-network rate.", 8.5)
    p.heading("If you disagree", 10)
    p.para("You may appeal any decision on this statement within 180 days of the date issued. If we deny your "
           "appeal you may ask for an external review within 4 months. Urgent appeals: 72 hours.", 8.5)
    return out(p)


def questionnaire(f, ds):
    p = Page(footer="Form LVH-COB-100 (rev. 08/2025)", footer_left="")
    p.add_page()
    letterhead(p)
    p.pairs([("Date", fd(f["notice"], ds)), ("Reference", f["ref"])], 25, 9.5)
    p.ln(2)
    to_block(p, f)
    p.heading("Other Health Insurance Questionnaire", 13, rule=True)
    p.para(f"Dear {f['sub']}: we need to know whether anyone in your family has other health coverage. Please answer "
           "the questions below for every person on your plan, sign, and return this form within 30 days. Until we "
           "hear from you, new claims may be held.", 9.8)
    p.pairs([("Member ID", f"{f['mid']}"), ("Group", f["group"]), ("Patient", f["member"]),
             ("Patient date of birth", fd(f["dob"], "slash"))], 46, 9.5)
    p.ln(2)
    qs = ["1. Is the patient covered by another health plan (employer, spouse's or parent's plan, Medicare, "
          "Medicaid, TRICARE)?    [ ] Yes   [ ] No",
          "2. Name of the other insurance company: ______________________________",
          "3. Policyholder's name and date of birth: ____________________________",
          "4. Policy / ID number: ______________   Group number: ______________",
          "5. Date the other coverage started: ________   Ended (if it has): ________",
          "6. If the patient is a child of parents who are divorced or separated, is there a court order naming "
          "who must provide health coverage?   [ ] Yes (attach a copy)   [ ] No"]
    for q in qs:
        p.para(q, 9.3, gap=2.5)
    p.para("Signature: ______________________________     Date: ______________", 9.5)
    p.para(f"Return by mail to {PLAN['cob']}, {PLAN['addr']}, or fax {PLAN['fax']}. You may also answer by "
           f"phone at {PLAN['phone']}. This letter is not a denial of any claim.", 8.8)
    return out(p)


def prose(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(4)
    to_block(p, f)
    p.para(f"Dear {f['sub']}:", 10)
    p.para(f"This letter is about claim {f['claim']} for your daughter {f['member']}. {CLINIC[1]} of {CLINIC[0]} "
           f"saw her on {fd(f['sd'], ds)} and billed us {money(f['fee'])} for the visit. The claim was filed under "
           f"member ID {f['mid']}.", 10)
    p.para(f"We denied this claim because our records show that {f['member'].split()[0]} is also covered under "
           f"{f['other_sub']}'s plan with {OTHER}. Under the birthday rule, the plan of the parent whose birthday "
           f"comes first in the calendar year pays first, and that is {f['other_sub']}'s plan. Please ask the "
           "provider to bill that plan first and then send us its Explanation of Benefits.", 10)
    p.para(f"If you think our records are wrong, call us at {PLAN['phone']}. You may also file an appeal within "
           "180 days of the date of this letter.", 10)
    p.para("Sincerely,\nCoordination of Benefits Unit", 10)
    return out(p)


def statement(f, ds):
    p = Page(footer=None, footer_left="Bramblewood Pediatrics billing office, Mon-Fri 8-5")
    p.add_page()
    p.line(CLINIC[0], 15, "B")
    p.line("2270 Quarry Bend Road, Merrow Junction, KS 67392  ·  Billing 1-855-640-7713", 8.5)
    p.ln(5)
    p.pairs([("Statement date", fd(f["notice"], ds)), ("Account", f["acct"]), ("Guarantor", f["sub"]),
             ("Patient", f["member"]), ("Insurance", f"{PLAN['org']}  ID {f['mid']}")], 34, 9.5)
    p.ln(3)
    p.table(["Date", "Description", "Provider", "Charges", "Ins. paid", "Balance"],
            [[fd(f["sd"], ds), "Office visit, est. patient (99214)", CLINIC[1], money(f["fee"], "nosign"), "0.00",
              money(f["fee"], "nosign")]], [24, 54, 42, 22, 16, 18], size=8.2)
    p.para(f"Your insurance denied claim {f['claim']}: other insurance is primary. Please call us with your "
           "other insurance information so we can bill the correct plan. If we do not hear from you in 30 days, "
           "the balance will be your responsibility.", 9.5)
    p.pairs([("Amount due now", money(f["fee"])), ("Pay online", "bramblewoodpeds.example/pay")], 34, 10)
    return out(p)


def eob_es(f, ds):
    p = Page(footer="Página {n} de {nb}", footer_left="LVH-EOB-SP")
    p.add_page()
    p.line(PLAN["org"], 16, "B")
    p.line("EXPLICACIÓN DE BENEFICIOS  -  ESTO NO ES UNA FACTURA", 11, "B")
    p.pairs([("Fecha de emisión", fd(f["notice"], "es")), ("Asegurado principal", f["sub"]),
             ("Núm. de miembro", f["mid"]), ("Grupo", f["group"])], 46, 9.3)
    p.ln(2)
    rows = [[cl, pat, prov, f"{d.day}/{d.month}/{d.year}", money(ch, "nosign"), money(paid, "nosign"), code]
            for cl, pat, prov, d, desc, ch, allowed, paid, code in f["claims"]]
    p.table(["Reclamación", "Paciente", "Proveedor", "Fecha servicio", "Facturado", "Pagado", "Código"], rows,
            [26, 30, 44, 22, 19, 17, 14], size=7.6)
    p.para("CB2 - Nuestros registros indican que el paciente tiene otro seguro que paga primero (primario). Envíe la "
           "reclamación al plan primario y luego envíenos su Explicación de Beneficios.", 8.8)
    p.para("Puede apelar dentro de los 180 días a partir de la fecha de emisión de este estado. Revisión externa: "
           "4 meses.", 8.8)
    return out(p)


def reprocessed(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="LVH-EOB-ADJ")
    p.add_page()
    p.line(PLAN["org"], 16, "B")
    p.line("Explanation of Benefits - Adjusted Claim", 11.5, "B")
    p.ln(1)
    p.pairs([("Issue date", fd(f["notice"], ds)), ("Member", f["member"]), ("ID", f["mid"]),
             ("Group", f["group"]), ("Adjusted claim #", f["claim"]), ("Replaces claim #", f["orig"])], 40, 9.3)
    p.ln(2)
    p.para(f"We received your other-coverage questionnaire. It shows the coverage with {OTHER} ended before "
           f"the date of service, so {PLAN['org']} is now the primary plan and we reprocessed the claim below.", 9.5)
    p.table(["Service date", "Provider", "Service", "Billed", "Allowed", "Deductible", "Paid to provider"],
            [[fd(f["sd"], ds), f["prov"], f["desc"], money(f["fee"], "usd"), money(f["allowed"], "usd"), "0.00",
              money(f["allowed"] - f["copay"], "usd")]], [22, 42, 34, 22, 22, 16, 22], size=7.6)
    p.para(f"You owe the provider your copay of {money(f['copay'])}. No further action is needed.", 9.5)
    return out(p)


def provider_notice(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="LVH-PRV-COB")
    p.add_page()
    letterhead(p, "Provider Claims Services")
    p.pairs([("Notice date", fd(f["notice"], ds)), ("Claim number", f["claim"])], 32, 9.5)
    p.ln(2)
    p.para(f"{f['prov']}\nAttn: Billing Office\n815 Sawgrass Lane, Merrow Junction, KS 67393", 10)
    p.heading("Claim Denial - Other Carrier Primary", 12, rule=True)
    p.pairs([("Patient", f["member"]), ("Member ID", f["mid"]), ("Group", f["group"]),
             ("Date(s) of service", fd(f["sd"], ds)), ("Billed amount", money(f["fee"], "plain")),
             ("Billing NPI", f["npi"]), ("Received", fd(f["sd"] + dt.timedelta(days=6), ds)),
             ("Other carrier", f"{OTHER}, policy {f['opol']}")], 44, 9.3)
    p.ln(2)
    p.para(f"Denial reason CB2: {COB_NOTE} Resubmit with the primary carrier's EOB. A request for reconsideration "
           "must be received within 60 days of the date of this notice.", 9.3)
    return out(p)


def updated(f, ds):
    p = Page(footer=None, footer_left="LVH-COB-UPD")
    p.add_page()
    letterhead(p)
    p.line(fd(f["upd"], ds), 10)
    p.ln(3)
    to_block(p, f)
    p.line("We updated your other-coverage record", 12, "B")
    p.pairs([("Member ID", f["mid"]), ("Patient", f["member"]), ("Reference", f["ref"])], 30, 9.5)
    p.ln(2)
    p.para(f"Thank you for returning the questionnaire. Our records now show that {OTHER} (policy {f['opol']}, "
           f"group {f['ogrp']}) pays first for {f['member'].split()[0]}, and {PLAN['org']} pays second. Claims "
           "already denied will be reconsidered when the provider sends the primary plan's EOB. This letter is "
           "not a bill and not a denial.", 10)
    return out(p)


ITEMS = [
    ("bd_eob_three_claims_one_cob", "born_digital", "eob", "long"),
    ("scan300_other_insurance_questionnaire", "scan_clean_300", "quest", "slash"),
    ("faxstd_cob_denial_prose_only", "fax_standard_g4", "prose", "abbr"),
    ("copy_pediatrics_statement", "photocopy", "stmt", "slash"),
    ("photo_eob_es_two_claims", "phone_photo", "eob_es", "es"),
    ("rotated_adjusted_eob_paid", "rotated", "repro", "iso"),
    ("lowres_stack_provider_notice_blank_record_update", "scan_lowres_150", "stack", "dmy"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r)
        f["member"], f["sub"], f["other_sub"] = FAMILIES[i]
        f["street"] = f"{r.randint(100, 9800)} Prairie Clover Way"
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        dl = (f["notice"] + dt.timedelta(days=180)).isoformat()
        sd = [f["sd"].isoformat()]
        if kind in ("eob", "eob_es"):
            r2 = random.Random(SEED + 80 + i)
            k = r2.randint(0, 2)
            prov1, desc1 = OTHERS[r2.randint(0, 1)]
            prov2, desc2 = OTHERS[r2.randint(2, 3)]
            paid1, paid2 = float(r2.randint(120, 260)), float(r2.randint(140, 320))
            sib = f"{r2.choice(['Evan', 'Lucia', 'Mateo'])} {r2.choice('ABCDK')}. {f['member'].split()[-1]}"
            claims = [("26" + dg(r2, 9), sib, prov1, f["sd"] - dt.timedelta(days=9), desc1, paid1 + 40.0, paid1,
                       paid1 - 25, "P01"),
                      ("26" + dg(r2, 9), f["member"], prov2, f["sd"] + dt.timedelta(days=5), desc2, paid2 + 60.5,
                       paid2, paid2 - 30, "P01")]
            den = (f["claim"], f["member"], CLINIC[0], f["sd"], "Office visit 99214", f["fee"], 0.0, 0.0, "CB2")
            claims.insert(k, den)
            f["claims"] = claims if kind == "eob" else claims[:2] if k < 2 else [claims[0], claims[2]]
            if kind == "eob":
                t = truth("eob", "other", insurer=PLAN["org"], group_number=f["group"],
                          member_id=f"{f['mid']}-{f['sfx']}", member_name=f["member"], case_numbers=[f["claim"]],
                          claim_amount=m2(f["fee"]), service_dates=sd, denial_date=nd, provider=CLINIC[0],
                          appeal_deadline=dl, alternates={"member_id": [f["mid"]]})
                items.append(Item(name, cond, [(eob_bd(f, ds), t)]))
            else:
                t = truth("eob", "other", lang="es", insurer=PLAN["org"], group_number=f["group"],
                          member_id=f["mid"], member_name=f["member"], case_numbers=[f["claim"]],
                          claim_amount=m2(f["fee"]), service_dates=sd, denial_date=nd, provider=CLINIC[0],
                          appeal_deadline=dl)
                items.append(Item(name, cond, [(eob_es(f, ds), t)]))
        elif kind == "quest":
            t = truth("other", None, insurer=PLAN["org"], group_number=f["group"], member_id=f["mid"],
                      member_name=f["member"], case_numbers=[f["ref"]], denial_date=nd,
                      alternates={"case_numbers": [[]], "member_name": [f["sub"]]})
            items.append(Item(name, cond, [(questionnaire(f, ds), t)]))
        elif kind == "prose":
            t = truth("denial_letter", "other", insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"],
                      case_numbers=[f["claim"]], claim_amount=m2(f["fee"]), service_dates=sd, denial_date=nd,
                      provider=CLINIC[1], appeal_deadline=dl, alternates={"provider": [CLINIC[0]]})
            items.append(Item(name, cond, [(prose(f, ds), t)]))
        elif kind == "stmt":
            t = truth("other", None, insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"],
                      case_numbers=[f["claim"]], claim_amount=m2(f["fee"]), service_dates=sd, denial_date=nd,
                      provider=CLINIC[1], alternates={"provider": [CLINIC[0]]}, unscored=["insurer"])
            items.append(Item(name, cond, [(statement(f, ds), t)]))
        elif kind == "repro":
            f["orig"] = "26" + dg(r, 9)
            f["prov"], f["desc"] = CLINIC[0], "Office visit 99213"
            f["allowed"], f["copay"] = round(f["fee"] * 0.72, 2), 30.0
            t = truth("eob", None, insurer=PLAN["org"], group_number=f["group"], member_id=f["mid"],
                      member_name=f["member"], case_numbers=[f["claim"], f["orig"]], claim_amount=m2(f["fee"]),
                      service_dates=sd, denial_date=nd, provider=CLINIC[0],
                      alternates={"case_numbers": [[f["claim"]]]})
            items.append(Item(name, cond, [(reprocessed(f, ds), t)]))
        else:
            f["prov"] = "Sawgrass Family Medicine"
            f["upd"] = f["notice"] + dt.timedelta(days=r.randint(12, 25))
            t1 = truth("denial_letter", "other", insurer=PLAN["org"], group_number=f["group"], member_id=f["mid"],
                       member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["fee"]),
                       service_dates=sd, denial_date=nd, provider=f["prov"],
                       appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat())
            t2 = truth("other", None, insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"],
                       case_numbers=[f["ref"]], denial_date=f["upd"].isoformat(),
                       alternates={"case_numbers": [[]]})
            items.append(Item(name, cond, [(provider_notice(f, ds), t1), (updated(f, ds), t2)],
                              separators=["blank", None]))
    return items
