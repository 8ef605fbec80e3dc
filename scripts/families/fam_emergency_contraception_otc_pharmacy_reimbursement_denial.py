"""Family 'emergency_contraception_otc_pharmacy_reimbursement_denial': an invented health plan refuses a member's
direct reimbursement claim for an over-the-counter emergency contraceptive (levonorgestrel 1.5 mg) bought without a
prescription, then reprocesses it under its preventive-services rule (FDA-approved contraceptives, no cost sharing).
Documents: the plan's member denial letter (label column + reason box); the pharmacy's register receipt (denies
nothing); the member's filled reimbursement claim form (denies nothing); a fine-fax stack (cover + the plan's
reimbursement statement with the denial + duplex back + the receipt copy the member attached); the reprocessing
approval (denies nothing); a Spanish denial letter; a prose-only denial letter.
Issuers (fictional): Sablewood Mutual Health Plan; pharmacy: Thimbleberry Drug Co. (store 0417).
Truth: member ID = ID card number; group = group number; plan_id null; case numbers = reimbursement claim number
(+ reprocessing reference); claim amount = the amount the member paid and claimed; service date = purchase date;
provider = the pharmacy (no prescriber exists); NPI/NCPDP/transaction numbers/DOB/received dates are decoys.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcq_famcqd import days, digits, fdate, hrule, letterhead, mail_to, mixed, phone, signature, usd
from public_kit import Page, m2, out

FAMILY = "emergency_contraception_otc_pharmacy_reimbursement_denial"
LANG = "en"
SEED = 345100
PLAN = "Sablewood Mutual Health Plan"
PHARM = "Thimbleberry Drug Co."
MEMBERS = ["Rosalind J. Pettigrew", "Maelle T. Okonkwo", "Saoirse B. Vandermeer", "Delphine K. Aurelio",
           "Philippa N. Strand", "Junia W. Halloran"]
MEMBERS_ES = ["Maricruz L. Ocampo", "Yesenia T. Villaseñor"]
DRUG = "Levonorgestrel 1.5 mg tablet (emergency contraceptive), 1 ct"
STREETS = ["77 Quillfeather Way", "2310 Orchard Ledge Rd", "9 Bellwether Court", "415 Tamsin Avenue"]
CITIES = ["Harlow Springs, OR 97015", "Pell Junction, OR 97321", "Dunmore Flats, OR 97741"]


def facts(r: random.Random, lang: str = "en") -> dict:
    date = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 200))
    buy = days(date, -r.randint(18, 40))
    return dict(date=date, buy=buy, recv=days(buy, r.randint(3, 9)),
                amt=round(r.choice([39, 42, 44, 47, 49, 52]) + r.choice([0.99, 0.49, 0.0, 0.79]), 2),
                member=r.choice(MEMBERS_ES if lang == "es" else MEMBERS), addr=[r.choice(STREETS), r.choice(CITIES)],
                mid=mixed(r, "SWM999999999"), grp=mixed(r, "G-99999"), clm=mixed(r, "RC99999999"),
                rep=mixed(r, "RP-999999"), trx=digits(r, 12), npi="1" + digits(r, 9), ncpdp=digits(r, 7),
                upc="3" + digits(r, 10), ph=phone(r), fax=phone(r), acct=digits(r, 10),
                dob=dt.date(r.randint(1985, 2006), r.randint(1, 12), r.randint(1, 28)))


def T(f, dtype, den, lang="en", ins=PLAN, cases=(), dead=None, alts=None, uns=None, amount=True, grp=True, mid=True,
      sd=True, dalts=None, name=True, ddate=None):
    return truth(dtype, den, lang, insurer=ins, plan_id=None, group_number=f["grp"] if grp else None,
                 member_id=f["mid"] if mid else None, member_name=f["member"] if name else None, case_numbers=list(cases),
                 claim_amount=m2(f["amt"]) if amount else None,
                 service_dates=[f["buy"].isoformat()] if sd else [], denial_date=(ddate or f["date"]).isoformat(),
                 provider=PHARM, appeal_deadline=dead.isoformat() if dead else None, alternates=alts or {},
                 unscored=uns or [], denial_alternates=dalts or [])


def head(d, style="box"):
    letterhead(d, PLAN, "Member Reimbursement Unit  |  PO Box 3318, Salem, OR 97302", style, "SABLEWOOD")


def member_letter(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left=f"{PLAN}  |  Form MR-217 (01/26)")
    d.add_page()
    head(d)
    d.line(fd(f["date"]), 10, h=6)
    mail_to(d, [f["member"]] + f["addr"], 9.5)
    d.line("Your reimbursement request was not approved", 12.5, "B", h=8)
    d.pairs([("Member", f["member"]), ("Date of birth", fd(f["dob"])), ("ID card number", f["mid"]),
             ("Group number", f["grp"]), ("Claim number", f["clm"]), ("Item purchased", DRUG),
             ("Purchased at", f"{PHARM}, store 0417"), ("Date of purchase", fd(f["buy"])),
             ("Amount you claimed", usd(f["amt"], ms)), ("We received your form", fd(f["recv"]))],
            label_w=48, size=9.3, h=5.2)
    d.ln(2)
    y = d.get_y()
    d.rect(d.l_margin, y, d.w - d.l_margin - d.r_margin, 24)
    d.set_xy(d.l_margin + 2, y + 2)
    d.f(9.5, "B").cell(0, 5, "Why we said no", new_x="LMARGIN", new_y="NEXT")
    d.set_x(d.l_margin + 2)
    d.f(9.2).multi_cell(d.w - d.l_margin - d.r_margin - 4, 4.6,
                        "Your pharmacy benefit pays for drugs that are dispensed on a prescription. The receipt you "
                        "sent shows an over-the-counter purchase with no prescription number, so this item is not "
                        "covered under your pharmacy benefit (Certificate of Coverage, Section 7.3).")
    d.set_y(y + 27)
    d.para("Your rights: you or someone you name may appeal within 180 days of the date of this letter. Send the "
           f"appeal to the address above or fax it to {f['fax']}. If waiting could seriously harm your health, ask "
           "for an expedited appeal; we decide those within 72 hours. You may also ask for an external review "
           "after our appeal decision (within 4 months).", 9)
    d.para(f"Questions? Call Member Services at {f['ph']} (TTY 711), Monday to Friday, 8 a.m. to 6 p.m.", 9)
    signature(d, ["Member Reimbursement Unit", PLAN])
    return out(d)


def receipt(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer=None, footer_left="")
    d.add_page()
    letterhead(d, PHARM, "Store 0417  |  1188 Canby Row, Harlow Springs, OR 97015  |  " + f["ph"], "center",
               "Health & Beauty  -  Pharmacy  -  Photo")
    d.line("SALES RECEIPT", 12, "B", align="C", h=7)
    hrule(d)
    d.pairs([("Date", f"{fd(f['buy'])}  14:37"), ("Trans #", f["trx"]), ("Register", "04  Cashier 118"),
             ("Rewards member", f["member"].upper()), ("Rewards acct", f["acct"])], label_w=34, size=9.3)
    d.ln(1)
    tax = 0.0
    d.table(["UPC", "Item", "Qty", "Price"],
            [[f["upc"], "LEVONORGESTREL 1.5MG TAB 1CT", "1", usd(f["amt"], ms)],
             ["", "  Pharmacist consult offered - declined", "", ""]], [34, 96, 12, 30], size=8.8,
            aligns=["L", "L", "R", "R"])
    d.pairs([("Subtotal", usd(f["amt"], ms)), ("Tax", usd(tax, ms)), ("TOTAL", usd(f["amt"], ms)),
             ("VISA ****" + f["acct"][-4:], usd(f["amt"], ms))], label_w=130, size=9.5, bold_label=False)
    d.ln(2)
    d.para("Over-the-counter item, no prescription required. Sold without age restriction. Returns of opened "
           "health items are not accepted. This receipt may be used for FSA/HSA or insurance reimbursement.", 8.5)
    d.para(f"Pharmacy NPI {f['npi']}   NCPDP {f['ncpdp']}", 8.5)
    return out(d)


def claim_form(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left=f"{PLAN}  |  Form MR-100 Member Reimbursement Claim")
    d.add_page()
    head(d, "rule")
    d.line("MEMBER PRESCRIPTION / PHARMACY REIMBURSEMENT CLAIM FORM", 11.5, "B", h=7)
    d.para("Use this form when you paid the full price at a pharmacy. Attach the original receipt. One member per "
           "form. Claims must be sent within one year of the purchase date.", 8.5)
    d.line("PART A - MEMBER INFORMATION", 9.5, "B", h=6)
    d.boxed_pairs([("1. Member name", f["member"]), ("2. ID card number", f["mid"]), ("3. Group number", f["grp"]),
                   ("4. Date of birth", fd(f["dob"])), ("5. Mailing address", ", ".join(f["addr"])),
                   ("6. Daytime phone", f["ph"])],
                  label_w=55, size=9)
    d.line("PART B - PURCHASE", 9.5, "B", h=6)
    d.table(["Date filled / bought", "Rx number", "Drug name and strength", "Qty", "Pharmacy", "Amount paid"],
            [[fd(f["buy"]), "OTC - none", "Levonorgestrel 1.5 mg", "1", f"{PHARM} #0417", usd(f["amt"], ms)]],
            [32, 22, 46, 10, 38, 24], size=8.3, aligns=["L", "L", "L", "R", "L", "R"])
    d.line("PART C - REASON FOR CLAIM", 9.5, "B", h=6)
    d.para("[X] Bought without a prescription    [ ] Pharmacy was out of network    [ ] Card not accepted    "
           "[ ] Other: ________________", 8.8)
    d.line("PART D - SIGNATURE", 9.5, "B", h=6)
    d.para("I certify that the information above is true and that the drug was for the member named. I authorize "
           "the release of information needed to process this claim.", 8.5)
    d.pairs([("Signature", f"/s/ {f['member']}"), ("Date signed", fd(days(f["buy"], 2)))], label_w=34, size=9)
    d.ln(2)
    d.para("FOR PLAN USE ONLY  Date received: ____________  Claim no.: ____________  Examiner: ______", 8)
    return out(d)


def statement(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left=f"{PLAN}  |  This is not a bill")
    d.add_page()
    head(d, "rule")
    d.line("Member Reimbursement Statement", 13, "B", h=7)
    d.pairs([("Statement date", fd(f["date"])), ("Member", f["member"]), ("Member ID", f["mid"]),
             ("Group", f["grp"]), ("Claim #", f["clm"]), ("Received", fd(f["recv"]))], label_w=32, size=9.3)
    d.ln(2)
    d.table(["Date of purchase", "Item", "Where", "Amount claimed", "Allowed", "Paid to you", "Note"],
            [[fd(f["buy"]), "Levonorgestrel 1.5 mg OTC", PHARM, usd(f["amt"], ms), usd(0, ms), usd(0, ms), "N31"]],
            [26, 42, 36, 24, 18, 20, 14], size=7.8, aligns=["L", "L", "L", "R", "R", "R", "L"])
    d.para("N31  No prescription on file for this purchase. Over-the-counter items are not covered under the "
           "pharmacy benefit unless prescribed.", 8.6)
    hrule(d)
    d.para("How to appeal: write to us within 180 days of the statement date shown above. Include this statement "
           f"and any prescription. Appeals fax {f['fax']}. Urgent appeals are decided in 72 hours.", 8.6)
    return out(d)


def approval(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(serif=True, footer=None)
    d.add_page()
    head(d, "center")
    d.line(fd(f["date"]), 10, h=6)
    mail_to(d, [f["member"]] + f["addr"], 10)
    d.line("We reprocessed your claim - payment approved", 12.5, "B", h=8)
    d.boxed_pairs([("Member ID", f["mid"]), ("Group number", f["grp"]), ("Original claim", f["clm"]),
                   ("Reprocessing reference", f["rep"]), ("Purchase date", fd(f["buy"])), ("Pharmacy", PHARM),
                   ("Amount claimed", usd(f["amt"], ms)), ("Reimbursement", usd(f["amt"], ms) + " (no cost share)")],
                  label_w=55, size=9.3)
    d.para(f"Dear {f['member']}: We looked at your claim again. Under the plan's preventive care rule, FDA-approved "
           "contraceptives, including emergency contraception sold over the counter, are covered at no cost to "
           "you even without a prescription. We are sending the full amount you paid by check within 10 business "
           "days.", 10)
    d.para(f"You do not need to do anything more. Questions? Call {f['ph']}.", 10)
    signature(d, ["Member Reimbursement Unit", PLAN])
    return out(d)


def letter_es(f, ms) -> bytes:
    fd = lambda x: fdate(x, "es")  # noqa: E731
    d = Page(footer="Página {n} de {nb}", footer_left=f"{PLAN}  |  MR-217-SP")
    d.add_page()
    head(d)
    d.line(fd(f["date"]), 10, h=6)
    mail_to(d, [f["member"]] + f["addr"], 9.5)
    d.line("Aviso: su solicitud de reembolso no fue aprobada", 12, "B", h=8)
    d.pairs([("Afiliada", f["member"]), ("N.º de tarjeta", f["mid"]), ("N.º de grupo", f["grp"]),
             ("N.º de reclamo", f["clm"]), ("Artículo", "Levonorgestrel 1.5 mg (anticonceptivo de emergencia)"),
             ("Farmacia", PHARM), ("Fecha de compra", fd(f["buy"])), ("Monto reclamado", usd(f["amt"], ms)),
             ("Fecha de nacimiento", fd(f["dob"]))], label_w=48, size=9.4)
    d.ln(2)
    d.para(f"Estimada {f['member']}:", 10)
    d.para("Su beneficio de farmacia cubre medicamentos surtidos con receta. El recibo que nos envió muestra una "
           "compra sin receta, por lo que este artículo no está cubierto.", 9.6)
    d.para(f"Puede apelar dentro de 180 días a partir de la fecha de esta carta. Llame al {f['ph']} o envíe un fax "
           f"al {f['fax']}. Las apelaciones urgentes se deciden en 72 horas.", 9.6)
    signature(d, ["Unidad de Reembolsos", PLAN], "Atentamente,")
    return out(d)


def prose(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(serif=True, footer=None)
    d.add_page()
    letterhead(d, PLAN, "PO Box 3318, Salem, OR 97302", "center", "Member Reimbursement Unit")
    d.line(fd(f["date"]), 10.5, h=6)
    mail_to(d, [f["member"]] + f["addr"], 10.5)
    d.para(f"Dear {f['member'].split()[0]}:", 10.5)
    d.para(f"Thank you for your reimbursement form. You told us that on {fd(f['buy'])} you bought one levonorgestrel "
           f"1.5 mg emergency contraceptive tablet at {PHARM} and paid {usd(f['amt'], ms)}. We logged the request "
           f"as claim {f['clm']}.", 10.5)
    d.para("We are not able to pay this claim. Your pharmacy benefit covers drugs that a prescriber has ordered, "
           "and the receipt shows that this was an over-the-counter sale without a prescription.", 10.5)
    d.para(f"For our records, your ID card number is {f['mid']} and your group number is {f['grp']}. If you think "
           f"we made a mistake, you may appeal within 180 days of the date of this letter by writing to us or "
           f"calling {f['ph']}.", 10.5)
    signature(d, ["Member Reimbursement Unit", PLAN])
    return out(d)


def documents(rng) -> list[Item]:
    items, P = [], FAMILY + "_"
    f = facts(random.Random(SEED + 1))
    items.append(Item(P + "bd_member_letter_reason_box", "born_digital",
                      [(member_letter(f, "long", "plain"),
                        T(f, "denial_letter", "not_covered", cases=[f["clm"]], dead=days(f["date"], 180)))]))
    f = facts(random.Random(SEED + 2))
    items.append(Item(P + "scan_pharmacy_sales_receipt", "scan_clean_300",
                      [(receipt(f, "slash", "plain"),
                        T(f, "other", None, ins=None, grp=False, mid=False, ddate=f["buy"], uns=["insurer"]))]))
    f = facts(random.Random(SEED + 3))
    items.append(Item(P + "copy_member_claim_form", "photocopy",
                      [(claim_form(f, "dash", "nosign"),
                        T(f, "other", None, ddate=days(f["buy"], 2)))]))
    f = facts(random.Random(SEED + 4))
    t1 = T(f, "eob", "not_covered", cases=[f["clm"]], dead=days(f["date"], 180))
    t2 = T(f, "other", None, ins=None, grp=False, mid=False, ddate=f["buy"], uns=["insurer"])
    items.append(Item(P + "faxfine_stack_statement_and_receipt", "fax_fine_g4",
                      [(statement(f, "iso", "plain"), t1), (receipt(f, "iso", "flat"), t2)],
                      separators=["cover", "duplex"]))
    f = facts(random.Random(SEED + 5))
    items.append(Item(P + "photo_reprocessed_preventive_approval", "phone_photo",
                      [(approval(f, "dmy", "plain"),
                        T(f, "other", None, cases=[f["clm"], f["rep"]]))]))
    f = facts(random.Random(SEED + 6), "es")
    items.append(Item(P + "lowres_es_reembolso_no_aprobado", "scan_lowres_150",
                      [(letter_es(f, "plain"),
                        T(f, "denial_letter", "not_covered", "es", cases=[f["clm"]], dead=days(f["date"], 180)))]))
    f = facts(random.Random(SEED + 7))
    items.append(Item(P + "rot_prose_no_prescription", "rotated",
                      [(prose(f, "upper_dmy", "usd"),
                        T(f, "denial_letter", "not_covered", cases=[f["clm"]], dead=days(f["date"], 180)))]))
    return items
