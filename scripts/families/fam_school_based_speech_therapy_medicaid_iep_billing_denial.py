"""Family 'school_based_speech_therapy_medicaid_iep_billing_denial' (public-ish): a school district bills Medicaid
(through the child's Medicaid managed-care plan) for speech-language therapy given under an IEP; claims are refused
when the parent's written consent to bill Medicaid (34 CFR 300.154(d)) is not on file or the sessions are not in the
child's current IEP. Structure loosely follows state Medicaid school-based services notices and MCO adverse benefit
determination notices. Invented: Harrowgate Community Health Plan (Medicaid MCO), Pellinore Valley Unified School
District, the child, the therapist (SLP), all numbers.
Decoys: child's DOB, Medicaid ID vs IEP/student numbers, NPI, received dates, 72-hour and fair-hearing (120-day)
limits, consent-form number SBS-21, IEP meeting dates, other claims.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundcp_famcpe import (Page, clinician, days, digits, fd, iso, letterhead, m2, mail_to, mixed, money, pairs,
                                person, phone, usd)

FAMILY = "school_based_speech_therapy_medicaid_iep_billing_denial"
LANG = "en"
SEED = 339300
PLAN = "Harrowgate Community Health Plan"
LINE2 = "Medicaid Managed Care | PO Box 7719 | Tullahoma, TN 37388"
DIST = "Pellinore Valley Unified School District"


def facts(r: random.Random, lang="en") -> dict:
    date = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 150))
    d1 = days(date, -r.randint(30, 50))
    sess = [d1, days(d1, 7), days(d1, 14)]
    amts = [money(r, 48, 95) for _ in sess]
    return dict(lang=lang, child=person(r, lang), parent=person(r, lang), date=date, sess=sess, amts=amts,
                billed=round(sum(amts), 2), mid=mixed(r, "HC99999999"), grp=digits(r, 6), claim=mixed(r, "99-AAA-999999"),
                slp=clinician(r), npi=digits(r, 10), ph=phone(r), dob=dt.date(2015 + r.randint(0, 4), r.randint(1, 12), 9),
                stud=digits(r, 8), acct=digits(r, 7), ref=mixed(r, "ABD-99999"), dl=days(date, 60),
                addr=(f"{r.randint(20, 990)} Cobbett Row", "Tullahoma, TN 37388"))


def T(f, dt_, den, **kw):
    base = dict(insurer=PLAN, member_id=f["mid"], group_number=None, member_name=f["child"], case_numbers=[f["claim"]],
                claim_amount=m2(f["billed"]), service_dates=[iso(s) for s in f["sess"]], denial_date=iso(f["date"]),
                provider=f["slp"], appeal_deadline=iso(f["dl"]) if den else None)
    base.update(kw)
    return truth(dt_, den, f["lang"], **base)


def aba_notice(f, ds="long") -> bytes:
    """MCO Notice of Adverse Benefit Determination, label column, reason: sessions not in current IEP."""
    d = Page(foot="HCHP-NABD-SBS (rev. 2025)   Page {p} of {n}")
    d.add_page()
    letterhead(d, "return", PLAN, LINE2)
    d.text_line(fd(f["date"], ds), 10, h=6)
    mail_to(d, f"Parent/Guardian of {f['child']}", *f["addr"])
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 13, "B", h=7)
    pairs(d, [("Member (student)", f["child"]), ("Date of birth", fd(f["dob"], ds)), ("Medicaid ID", f["mid"]),
              ("Claim number", f["claim"]), ("Billing provider", DIST), ("Therapist", f"{f['slp']}, CCC-SLP"),
              ("Therapist NPI", f["npi"]), ("Claim received", fd(days(f["date"], -9), ds)),
              ("Amount billed", usd(f["billed"]))], kw=52)
    d.para(f"We denied payment for speech-language therapy (CPT 92507) given at school on "
           f"{fd(f['sess'][0], ds)}, {fd(f['sess'][1], ds)} and {fd(f['sess'][2], ds)}.", 10)
    d.text_line("Why did we deny it?", 11, "B", h=6)
    d.para("School-based health services are covered by Medicaid only when the service, its frequency and its "
           "provider are written into the student's current Individualized Education Program (IEP). The IEP on file "
           "(meeting date " + fd(days(f["sess"][0], -210), ds) + ") lists speech-language therapy 2 x 30 minutes per "
           "month ending before these sessions. No current IEP authorizing these sessions was received.", 10)
    d.text_line("Your right to appeal", 11, "B", h=6)
    d.para("You may ask for an appeal within 60 days of the date of this notice. If waiting could seriously harm the "
           "member's health, ask for a fast (expedited) appeal; we decide within 72 hours. After our appeal decision "
           "you may ask for a State Fair Hearing within 120 days. Call " + f["ph"] + " (TTY 711).", 10)
    d.para("You will not be billed for this service. The school district may not charge families for services in an "
           "IEP.", 9.5)
    return pdf_bytes(d)


def district_letter(f) -> bytes:
    """District letter to the parent asking for Medicaid billing consent; facts in sentences; denies nothing."""
    d = Page()
    d.add_page()
    d.text_line(DIST.upper(), 15, "B", align="C", h=7)
    d.text_line("Office of Special Education - Medicaid Reimbursement Program", 9, align="C", h=5)
    d.text_line("1180 Lanyard Street, Tullahoma, TN 37388  -  (931) 555-0142", 8.5, align="C", h=5)
    d.rule(0.5, 4)
    d.text_line(fd(f["date"], "slash"), 10, h=6)
    mail_to(d, f["parent"], *f["addr"])
    d.para(f"Dear {f['parent']},", 10)
    d.para(f"Your child {f['child']} (student number {f['stud']}) receives speech-language therapy from "
           f"{f['slp']}, our speech-language pathologist, as part of the IEP. Under federal law (34 CFR 300.154) the "
           "district must have your written consent before it bills your child's public insurance for these "
           "services. Giving consent never costs you anything and does not change the services in the IEP.", 10)
    d.para(f"Our billing for the sessions on {fd(f['sess'][0], 'slash')}, {fd(f['sess'][1], 'slash')} and "
           f"{fd(f['sess'][2], 'slash')} ({usd(f['billed'])} in all) was returned by {PLAN} because no signed "
           "consent form was on file. Please sign and return the enclosed form SBS-21 within 30 days.", 10)
    d.para("Your child will keep receiving therapy whether or not you sign.", 10)
    d.text_line("Ms. Harriet Oakenfold, Medicaid Billing Coordinator", 10, h=6)
    return pdf_bytes(d)


def eob(f, paid_all=False, ds="iso") -> bytes:
    d = Page(foot="Page {p} of {n}")
    d.add_page()
    letterhead(d, "logo", PLAN, LINE2.replace(" | ", ", "), logo="HARROWGATE")
    d.text_line("MEMBER EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12, "B", h=7)
    mail_to(d, f"Parent/Guardian of {f['child']}", *f["addr"])
    pairs(d, [("Date issued", fd(f["date"], ds)), ("Patient", f["child"]), ("Member ID", f["mid"]),
              ("Processing period", f"{fd(days(f['date'], -30), ds)} - {fd(days(f['date'], -1), ds)}")], kw=44)
    rows = []
    if paid_all:
        for s, a in zip(f["sess"], f["amts"]):
            rows.append([fd(s, ds), f["claim"], "92507 Speech therapy", usd(a), usd(a), "0.00", ""])
        rows.append(["*Total", "", "", usd(f["billed"]), usd(f["billed"]), "0.00", ""])
    else:
        for c, desc, a, s, code in f["others"]:
            rows.append([fd(s, ds), c, desc, usd(a), usd(a), "0.00", ""])
        rows.append([fd(f["sess"][0], ds), f["claim"], "92507 Speech tx (school)", usd(f["billed"]), "0.00",
                     "0.00", "C7"])
    d.table(["Service date", "Claim #", "Service", "Billed", "Paid", "You owe", "Note"], rows,
            [24, 32, 48, 20, 20, 18, 12], size=8.2, aligns="LLLRRRC")
    if paid_all:
        d.para(f"Provider: {DIST} (therapist {f['slp']}). These claims were paid in full. You owe nothing.", 9.5)
    else:
        d.para(f"C7 - Denied. The school district billed speech therapy by {f['slp']} but the parent's written "
               "consent to bill Medicaid was not on file with the claim. Services are not your bill.", 9.5)
        d.para("You can appeal within 60 days from the date of this statement. Fast appeals: 72 hours.", 9.5)
    d.para(f"Member Services {f['ph']}", 9)
    return pdf_bytes(d)


def spanish(f) -> bytes:
    d = Page(foot="Página {p} de {n}")
    d.add_page()
    letterhead(d, "parent", PLAN, LINE2, parent="Un plan de atención administrada de Medicaid")
    d.text_line(fd(f["date"], "es"), 10, h=6)
    mail_to(d, f"Padre/madre de {f['child']}", *f["addr"])
    d.text_line("Aviso de determinación adversa de beneficios", 13, "B", h=7)
    pairs(d, [("Afiliado", f["child"]), ("Núm. de Medicaid", f["mid"]), ("Número de reclamo", f["claim"]),
              ("Fecha de nacimiento", fd(f["dob"], "es")), ("Terapeuta", f["slp"]), ("Monto facturado",
                                                                                 "US$ " + f"{f['billed']:.2f}")])
    d.para(f"Denegamos el pago de la terapia del habla dada en la escuela el {fd(f['sess'][0], 'es')} y el "
           f"{fd(f['sess'][1], 'es')}. El distrito escolar no tenía el consentimiento por escrito del padre o la "
           "madre para facturar a Medicaid (formulario SBS-21).", 10)
    d.para("Puede apelar dentro de 60 días a partir de la fecha de este aviso. Si su caso es urgente, decidimos en "
           "72 horas. Después puede pedir una audiencia imparcial estatal dentro de 120 días. Llame al " + f["ph"] + ".",
           10)
    return pdf_bytes(d)


def upheld(f) -> bytes:
    d = Page()
    d.add_page()
    letterhead(d, "return", PLAN, "Appeals and Grievances | PO Box 7720 | Tullahoma, TN 37388")
    d.text_line(fd(f["date"], "up"), 10, h=6)
    mail_to(d, f"Parent/Guardian of {f['child']}", *f["addr"])
    d.para(f"Dear parent or guardian of {f['child']},", 10)
    d.para(f"We received your appeal {f['ref']} about claim {f['claim']} for speech-language therapy that "
           f"{f['slp']} gave your child at school on {fd(f['sess'][0], 'up')} and {fd(f['sess'][1], 'up')}, billed at "
           f"{usd(f['billed'])}. Your child's Medicaid ID is {f['mid']}.", 10)
    d.para("A reviewer who took no part in the first decision looked at the claim again. The consent form you "
           "signed is dated after these sessions, and the rules allow billing only for services given after consent "
           "is on file. We are upholding our denial.", 10)
    d.para("If you disagree, you may ask for a State Fair Hearing within 120 days of the date of this letter. This "
           "is your final plan-level decision.", 10)
    return pdf_bytes(d)


def approval(f) -> bytes:
    d = Page()
    d.add_page()
    letterhead(d, "logo", PLAN, LINE2.replace(" | ", ", "), logo="HARROWGATE")
    pairs(d, [("Date", fd(f["date"], "dmy")), ("To", f"Parent/Guardian of {f['child']}"), ("Member ID", f["mid"]),
              ("Reference", f["ref"])], kw=34)
    d.text_line("Your claim has been approved for payment", 12, "B", h=7)
    d.para(f"We received the signed consent and the current IEP. Claim {f['claim']} for speech therapy by "
           f"{f['slp']} on {fd(f['sess'][0], 'dmy')} and {fd(f['sess'][1], 'dmy')} ({usd(f['billed'])}) has been "
           "reprocessed and approved. No action is needed.", 10)
    return pdf_bytes(d)


def district_summary(f) -> bytes:
    d = Page()
    d.add_page()
    d.text_line(DIST, 13, "B", h=7)
    d.text_line("Medicaid School-Based Services - Billing Summary for Parent", 10, h=6)
    pairs(d, [("Summary date", fd(f["date"], "abbr")), ("Student", f["child"]), ("Student no.", f["stud"]),
              ("Medicaid ID", f["mid"]), ("Provider", f["slp"])], kw=36)
    rows = [[fd(s, "abbr"), "92507", "30 min", usd(a)] for s, a in zip(f["sess"], f["amts"])]
    rows.append(["*Total billed", "", "", usd(f["billed"])])
    d.table(["Session", "CPT", "Minutes", "Billed"], rows, [40, 30, 30, 30])
    d.para("This is not a bill. Families never pay for IEP services.", 9.5)
    return pdf_bytes(d)


def documents(rng) -> list[Item]:
    out = []
    f = facts(random.Random(SEED + 1))
    out.append(Item(f"{FAMILY}_bd_nabd_not_in_iep", "born_digital",
                    [(aba_notice(f), T(f, "denial_letter", "not_covered",
                                       denial_alternates=["prior_authorization"],
                                       alternates={"provider": [DIST]}))]))
    f = facts(random.Random(SEED + 2))
    out.append(Item(f"{FAMILY}_scan_district_consent_letter", "scan_clean_300",
                    [(district_letter(f), T(f, "other", None, insurer=None, member_id=None, case_numbers=[],
                                             unscored=["insurer"]))]))
    f = facts(random.Random(SEED + 3))
    r = random.Random(5)
    f["others"] = [(mixed(r, "99-AAA-999999"), "99213 Office visit", money(r, 90, 160), days(f["sess"][0], -6), ""),
                   (mixed(r, "99-AAA-999999"), "90471 Immunization", money(r, 20, 40), days(f["sess"][0], 3), "")]
    f["billed"] = f["amts"][0]
    f["sess"] = f["sess"][:1]
    out.append(Item(f"{FAMILY}_copy_eob_three_claims", "photocopy",
                    [(eob(f), T(f, "eob", "other", denial_alternates=["eligibility"]))]))
    f = facts(random.Random(SEED + 4))
    f["sess"], f["billed"] = f["sess"][:2], round(f["amts"][0] + f["amts"][1], 2)
    g = dict(f)
    g["amts"] = f["amts"][:2]
    out.append(Item(f"{FAMILY}_faxf_stack_approval_summary", "fax_fine_g4",
                    [(approval(f), T(f, "other", None, case_numbers=[f["claim"], f["ref"]],
                                     alternates={"case_numbers": [[f["claim"]]]})),
                     (district_summary(g), T(g, "other", None, case_numbers=[], unscored=["insurer"],
                                             insurer=None, denial_date=iso(g["date"])))],
                    separators=["cover", None]))
    f = facts(random.Random(SEED + 5), "es")
    f["sess"], f["billed"] = f["sess"][:2], round(f["amts"][0] + f["amts"][1], 2)
    out.append(Item(f"{FAMILY}_rot_es_consent", "rotated",
                    [(spanish(f), T(f, "denial_letter", "other", denial_alternates=["eligibility"]))]))
    f = facts(random.Random(SEED + 6))
    f["sess"], f["billed"] = f["sess"][:2], round(f["amts"][0] + f["amts"][1], 2)
    out.append(Item(f"{FAMILY}_lowres_upheld_prose", "scan_lowres_150",
                    [(upheld(f), T(f, "denial_letter", "other", case_numbers=[f["ref"], f["claim"]],
                                   appeal_deadline=None, denial_alternates=["eligibility"]))]))
    f = facts(random.Random(SEED + 7))
    out.append(Item(f"{FAMILY}_phone_paid_eob", "phone_photo",
                    [(eob(f, paid_all=True, ds="slash"), T(f, "eob", None, alternates={"provider": [DIST]}))]))
    return out
