"""Family 'ecmo_interfacility_transfer_out_of_network_emergency_eob': an invented EPO plan first processing an
emergency interfacility transfer to an out-of-network tertiary center for ECMO (extracorporeal membrane
oxygenation) as out-of-network (denied), then reprocessing it under the No Surprises Act at in-network cost sharing.

Documents: a born-digital member EOB with three claims (referring ER paid, critical care transport paid, ECMO
admission denied out-of-network); the tertiary center's itemized bill (denies nothing); a fine-fax stack (driver's
cover, the member's letter asking for No Surprises Act protection, the referring physician's transfer
attestation); the plan's out-of-network letter told only in sentences, photographed; the reprocessed EOB paid
under the No Surprises Act (photocopy); the tertiary center's surprise-billing rights notice (150 dpi; denies
nothing); the plan's appeal decision overturning the denial (sideways).
All values invented; phones 1-555. Decoys: DOB, NPI, admission/received dates, claims-processing periods,
patient account numbers, other claims on the EOB, qualifying payment amounts, 72-hour, 4-month external review.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcv_famcve import Page, addr, fd, fee, letterhead, lv, out, paras, pat, plus, usd

FAMILY = "ecmo_interfacility_transfer_out_of_network_emergency_eob"
LANG = "en"
SEED = 347700
ORG = "Tamarack Ridge Health Plan"
ORG_ADDR = "PO Box 47120, Corvallen, OR 97999"
PLAN = "Tamarack Ridge Select EPO"
TERT = "St. Aurelian University Medical Center"
TERT_ADDR = "2200 Basalt Hill Road, Corvallen, OR 97999"
REF_HOSP = "Pinecrest Valley Community Hospital"
TRANSPORT = "LifeBridge Critical Care Transport"
ATTEND = "Marguerite L. Okonkwo-Hale"
REF_DOC = "Callum R. Ashdown"
EMPLOYER = "Ferngate Timber Cooperative"
MEMBERS = ["Wendell T. Brannigan", "Sunita R. Holloway", "Ezra M. Castellane", "Odette P. Marchetti",
           "Jasper K. Lindgren", "Harriet S. Quayle", "Colin D. Yarrow"]


def base(r: random.Random, k: int) -> dict:
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 110))
    adm = notice - dt.timedelta(days=r.randint(40, 70))
    dis = adm + dt.timedelta(days=r.randint(9, 21))
    return dict(notice=notice, adm=adm, dis=dis, name=MEMBERS[k], mid="TRH" + pat(r, "99999999"),
                grp=pat(r, "G-999999"), plan="EPO-" + pat(r, "9999-XX"), dob=dt.date(r.randint(1958, 1994),
                                                                                   r.randint(1, 12), r.randint(1, 28)),
                addr=[f"{r.randint(100, 9900)} Vine Maple Street", "Corvallen, OR 97999"],
                phone="1-555-" + pat(r, "999-9999"), npi=r.choice("12") + pat(r, "999999999"))


def ecmo_total(r: random.Random) -> float:
    return round(r.randint(318000, 612000) + r.randint(1, 99) / 100, 2)


def doc_multi_eob(r):
    f = base(r, 0)
    c_er, c_tr, c_ecmo = pat(r, "26E999999901"), pat(r, "26E999999902"), pat(r, "26E999999903")
    er_amt, tr_amt, ecmo = fee(r, 4200, 9800), fee(r, 38000, 61000), ecmo_total(r)
    per = (plus(f["notice"], -30), plus(f["notice"], -1))
    d = Page(footer="THIS IS NOT A BILL  |  Tamarack Ridge Health Plan  |  {n} of {nb}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Services {f['phone']}  (TTY 711)", "tamarackridge.example"], 2)
    d.line("Explanation of Benefits", 14, "B")
    d.line(f"Claims processed {fd(per[0], 'slash')} - {fd(per[1], 'slash')}", 8.5)
    d.ln(2)
    y = d.get_y()
    addr(d, [f["name"], *f["addr"]])
    d.set_y(y)
    lv(d, [("Statement date", fd(f["notice"], "slash")), ("Member ID", f["mid"]), ("Group", f["grp"]),
           ("Plan", PLAN), ("Employer", EMPLOYER)], w=30, size=8.8, x=112)
    d.ln(2)
    rows = [
        [fd(f["adm"], "slash"), REF_HOSP, c_er, usd(er_amt), usd(er_amt * 0.71), usd(250), "1"],
        [fd(f["adm"], "slash"), TRANSPORT, c_tr, usd(tr_amt), usd(tr_amt * 0.55), usd(0), "2"],
        [f"{fd(f['adm'], 'slash')}-{fd(f['dis'], 'slash')}", TERT, c_ecmo, usd(ecmo), usd(0), usd(ecmo), "D7"],
    ]
    d.table(["Service dates", "Provider", "Claim number", "Amount billed", "Plan paid", "Your share", "Note"],
            rows, [35, 56, 24, 22, 17, 19, 8], size=7.2, aligns=["L", "L", "L", "R", "R", "R", "C"])
    paras(d, [
        "#Notes",
        "1  Emergency room visit, in network. Your copay applies.",
        "2  Emergency critical care ground transport between hospitals (A0434, mileage A0425). Paid as emergency.",
        f"D7  DENIED. {TERT} is not in the {PLAN} network. Out-of-network services are not covered unless they "
        "are emergency services. The records show you were stable for transfer, so the inpatient stay and "
        "ECMO services (CPT 33946, 33948) are not covered as an emergency. You may owe the provider the full "
        "amount billed.",
        "#Your right to appeal",
        "If you disagree, you may appeal within 180 days of the date of this statement. Write to Appeals, "
        f"{ORG_ADDR}, or call Member Services. Urgent appeals are decided within 72 hours. You may also have "
        "the right to an external review by an independent review organization within 4 months after a final "
        "appeal decision.",
        f"Attending physician on the denied claim: Dr. {ATTEND}. Provider NPI {f['npi']}."], size=8.8)
    t = truth("eob", "out_of_network", insurer=ORG, group_number=f["grp"], member_id=f["mid"],
              member_name=f["name"], case_numbers=[c_ecmo], claim_amount=f"{ecmo:.2f}",
              service_dates=[f"{f['adm'].isoformat()}/{f['dis'].isoformat()}"], denial_date=f["notice"].isoformat(),
              provider=TERT, appeal_deadline=plus(f["notice"], 180).isoformat(),
              alternates={"provider": [ATTEND]})
    return out(d), t


def doc_itemized_bill(r):
    f = base(r, 1)
    acct = pat(r, "SA-99999999")
    days = (f["dis"] - f["adm"]).days
    lines = [("33946", "ECMO initiation, veno-venous", fee(r, 24000, 31000), 1),
             ("33948", "ECMO daily management", fee(r, 9000, 12500), days - 1),
             ("0203", "Intensive care room and board", fee(r, 8200, 9900), days),
             ("0250", "Pharmacy", fee(r, 30000, 64000), 1),
             ("0300", "Laboratory", fee(r, 12000, 26000), 1),
             ("0390", "Blood and blood components", fee(r, 9000, 18000), 1)]
    total = round(sum(p * q for _, _, p, q in lines), 2)
    stmt = plus(f["dis"], r.randint(20, 35))
    d = Page(serif=True, footer="Page {n} of {nb}", footer_left="St. Aurelian University Medical Center - "
                                                                    "Patient Financial Services")
    d.add_page()
    letterhead(d, TERT, [TERT_ADDR, "Patient Financial Services 1-555-418-2260"], 3)
    d.line("ITEMIZED STATEMENT OF ACCOUNT", 12, "B")
    d.ln(2)
    y = d.get_y()
    addr(d, [f"Guarantor: {f['name']}", *f["addr"]])
    d.set_y(y)
    lv(d, [("Statement date", fd(stmt, "long")), ("Account no.", acct), ("Patient", f["name"]),
           ("Admitted", fd(f["adm"], "long")), ("Discharged", fd(f["dis"], "long")),
           ("Attending", f"{ATTEND}, MD")], w=30, size=8.8, x=108)
    d.ln(2)
    rows = [[code, desc, str(q), usd(p, "nosign"), usd(p * q, "nosign")] for code, desc, p, q in lines]
    rows.append(["", "Total charges", "", "", usd(total, "nosign")])
    d.table(["Code", "Description", "Units", "Unit charge", "Amount"], rows, [18, 82, 14, 32, 34], size=8.4,
            aligns=["L", "L", "R", "R", "R"], bold_last=True)
    lv(d, [("Insurance", f"{ORG} ({f['mid']})"), ("Insurance payments", "0.00"),
           ("Insurance status", "Denied - out of network; appeal pending"), ("Balance due", usd(total))],
       w=40, size=9)
    paras(d, [
        "You were transferred to us in an emergency. Under federal law you may be protected from surprise "
        "bills for emergency care; we are holding this account while your health plan reviews the claim. "
        "No payment is due now. Questions: 1-555-418-2260, Monday to Friday."], size=9.4)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["name"], claim_amount=f"{total:.2f}",
              service_dates=[f"{f['adm'].isoformat()}/{f['dis'].isoformat()}"], denial_date=stmt.isoformat(),
              provider=TERT, unscored=["insurer"],
              alternates={"provider": [ATTEND], "claim_amount": [None], "denial_date": [None]})
    return out(d), t


def stack_member_letters(r):
    f = base(r, 2)
    claim, ecmo = pat(r, "26E999999903"), ecmo_total(r)
    sent = plus(f["notice"], r.randint(5, 14))
    d = Page(footer=None)
    d.add_page()
    for ln in [f["name"], *f["addr"], f["phone"]]:
        d.line(ln, 10, h=5)
    d.ln(6)
    d.line(fd(sent, "dmy"), 10)
    d.ln(4)
    addr(d, ["Appeals and Grievances", ORG, ORG_ADDR])
    d.line(f"Re: Claim {claim} - request for No Surprises Act protection", 10.5, "B")
    d.ln(2)
    paras(d, [
        "To whom it may concern,",
        f"I am writing about my admission to {TERT} from {fd(f['adm'], 'dmy')} to {fd(f['dis'], 'dmy')}. "
        f"My member ID is {f['mid']} and my group number is {f['grp']}.",
        f"I collapsed at home and was taken to the emergency room at {REF_HOSP}. The doctors there put me on "
        f"a ventilator and then called {TERT} because I needed ECMO, which {REF_HOSP} does not have. "
        "I was moved by critical care ambulance the same night. Nobody asked me to sign anything about networks; "
        "I was sedated.",
        f"Your explanation of benefits dated {fd(f['notice'], 'dmy')} denied the hospital's claim of "
        f"{usd(ecmo)} as out of network. I believe this was emergency care and that the No Surprises Act "
        "requires you to process it with in-network cost sharing. Please treat this letter as my appeal. A "
        "letter from the emergency physician is attached.",
        "Thank you,", "", f["name"]], size=10)
    member = out(d)
    t1 = truth("other", None, insurer=None, group_number=f["grp"], member_id=f["mid"], member_name=f["name"],
               case_numbers=[claim], claim_amount=f"{ecmo:.2f}",
               service_dates=[f"{f['adm'].isoformat()}/{f['dis'].isoformat()}"], denial_date=sent.isoformat(),
               provider=TERT, unscored=["insurer"],
               alternates={"case_numbers": [[]], "claim_amount": [None], "denial_date": [None]})
    # referring physician's transfer attestation
    d = Page(footer="PVCH Emergency Department  {n}/{nb}")
    d.add_page()
    letterhead(d, REF_HOSP, ["Department of Emergency Medicine", "88 Hollins Ferry Road, Alderbank, OR 97999",
                             "ED Medical Director 1-555-306-1184"], 1)
    d.line("ATTESTATION OF EMERGENCY INTERFACILITY TRANSFER", 11.5, "B")
    d.ln(2)
    d.boxed_pairs([("Patient", f["name"]), ("Date of birth", fd(f["dob"], "iso")),
                   ("ED arrival", f"{fd(f['adm'], 'iso')} 21:14"), ("Transfer departed", f"{fd(f['adm'], 'iso')} 23:52"),
                   ("Receiving facility", TERT), ("Mode", TRANSPORT + " (critical care ground)"),
                   ("Physician NPI", f["npi"])], label_w=50, size=9.2)
    paras(d, [
        "I attest that this patient presented with acute hypoxemic respiratory failure that did not respond to "
        "mechanical ventilation, prone positioning and neuromuscular blockade. The patient was not stable. "
        "Transfer was required because this hospital has no ECMO program.",
        f"Before transfer our transfer center called the two in-network ECMO programs listed by {ORG}; neither "
        "had an available ECMO circuit or bed that night. " + TERT + " accepted the patient.",
        "This was an emergency transfer under EMTALA. The patient could not give informed consent to waive any "
        "surprise-billing protections.",
        "", f"{REF_DOC}, MD", "Emergency Physician", f"Signed {fd(sent, 'iso')}"], size=9.4)
    att = out(d)
    t2 = truth("other", None, insurer=None, member_name=f["name"],
               service_dates=[f["adm"].isoformat()], denial_date=sent.isoformat(), provider=REF_DOC,
               unscored=["insurer"],
               alternates={"service_dates": [[]], "provider": [REF_HOSP], "denial_date": [None]})
    return [(member, t1), (att, t2)], ["cover", None]


def doc_prose_letter(r):
    f = base(r, 3)
    claim, ecmo = pat(r, "26E999999903"), ecmo_total(r)
    d = Page(serif=True, footer="Page {n} of {nb}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR], 0)
    d.line(fd(f["notice"], "long"), 10.5)
    d.ln(4)
    addr(d, [f["name"], *f["addr"]], size=10.5)
    paras(d, [
        f"Dear {f['name'].split()[0]} {f['name'].split()[-1]},",
        f"We are writing about claim {claim}, which {TERT} sent to us for your hospital stay from "
        f"{fd(f['adm'], 'long')} through {fd(f['dis'], 'long')}. The hospital billed {usd(ecmo)}. Your member "
        f"ID is {f['mid']} and you are covered under the {PLAN}, group {f['grp']}.",
        f"{TERT} is not in your plan's network. Your plan covers out-of-network care only for emergency "
        "services until you are stable. Our nurse reviewer found that you were stable when you were moved "
        f"from {REF_HOSP}, so we have denied the claim as out-of-network care. This is not a decision that the "
        "care was not needed.",
        "If you think this decision is wrong, you or someone you choose may ask us for an appeal within 180 days "
        "of the date of this letter. Send us any records you have, including notes from the hospital that sent "
        "you. If your health is at risk, you can ask for an urgent appeal, which we decide within 72 hours.",
        "If the emergency rules of the federal No Surprises Act apply, you cannot be asked to pay more than "
        "your in-network share. After our final appeal decision you can ask for an external review within 4 "
        "months. Questions: call Member Services at " + f["phone"] + ".",
        "Sincerely,", "Claims Review Unit", ORG], size=10.5)
    t = truth("denial_letter", "out_of_network", insurer=ORG, group_number=f["grp"], member_id=f["mid"],
              member_name=f["name"], case_numbers=[claim], claim_amount=f"{ecmo:.2f}",
              service_dates=[f"{f['adm'].isoformat()}/{f['dis'].isoformat()}"], denial_date=f["notice"].isoformat(),
              provider=TERT, appeal_deadline=plus(f["notice"], 180).isoformat())
    return out(d), t


def doc_reprocessed_eob(r):
    f = base(r, 4)
    old, new = pat(r, "26E999999903"), pat(r, "26R999999911")
    ecmo = ecmo_total(r)
    qpa = round(ecmo * r.uniform(0.21, 0.27), 2)
    ded, coins = 1500.00, round((qpa - 1500) * 0.2, 2)
    share = min(ded + coins, 6500.00)
    paid = round(qpa - share, 2)
    per = (plus(f["notice"], -21), plus(f["notice"], -2))
    d = Page(footer="Tamarack Ridge Health Plan - EOB  page {n}/{nb}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, "Member Services " + f["phone"]], 1)
    d.line("EXPLANATION OF BENEFITS - ADJUSTED CLAIM", 12.5, "B")
    d.ln(1)
    lv(d, [("Issued", fd(f["notice"], "upper")), ("Member", f["name"]), ("ID", f["mid"]),
           ("Group", f["grp"]), ("Plan ID", f["plan"]),
           ("Processing period", f"{fd(per[0], 'upper')} THRU {fd(per[1], 'upper')}")], w=36, size=9)
    d.line(f"Provider: {TERT}   Claim: {new}   (replaces claim {old})", 9.2, "B")
    d.line(f"Dates of service: {fd(f['adm'], 'upper')} - {fd(f['dis'], 'upper')}", 9.2)
    d.ln(2)
    d.table(["", "Billed", "Recognized (QPA)", "Deductible", "Coinsurance", "Plan paid", "Your cost"],
            [["Inpatient stay incl. ECMO", usd(ecmo, "nosign"), usd(qpa, "nosign"), usd(ded, "nosign"),
              usd(share - ded, "nosign"), usd(paid, "nosign"), usd(share, "nosign")]],
            [44, 24, 26, 20, 22, 22, 20], size=8.2, aligns=["L", "R", "R", "R", "R", "R", "R"])
    paras(d, [
        "Claim status: PAID - ADJUSTED.",
        "NSA1  This claim was reprocessed under the federal No Surprises Act. Emergency services from an "
        "out-of-network facility, including post-stabilization services when you could not travel safely, are "
        "paid with your in-network cost sharing, based on the recognized amount. The provider may not bill you "
        "more than the amount shown under Your cost.",
        "Your in-network out-of-pocket maximum was reached with this claim.",
        "If you disagree with this adjusted claim, you may appeal within 180 days of the date this statement "
        "was issued."], size=8.9)
    t = truth("eob", None, insurer=ORG, plan_id=f["plan"], group_number=f["grp"], member_id=f["mid"],
              member_name=f["name"], case_numbers=[new], claim_amount=f"{ecmo:.2f}",
              service_dates=[f"{f['adm'].isoformat()}/{f['dis'].isoformat()}"], denial_date=f["notice"].isoformat(),
              provider=TERT, appeal_deadline=plus(f["notice"], 180).isoformat(),
              alternates={"case_numbers": [[new, old]], "appeal_deadline": [None]})
    return out(d), t


def doc_rights_notice(r):
    f = base(r, 5)
    acct = pat(r, "SA-99999999")
    sent = plus(f["adm"], r.randint(3, 6))
    d = Page(footer=None, footer_left="St. Aurelian University Medical Center  |  Form PFS-NSA-02 (rev. 01/2026)")
    d.add_page()
    letterhead(d, TERT, [TERT_ADDR, "Transfer Center 1-555-418-2000  |  Billing 1-555-418-2260"], 0)
    d.line("Your Rights and Protections Against Surprise Medical Bills", 12, "B", "C")
    d.ln(3)
    lv(d, [("Date", fd(sent, "iso")), ("Patient", f["name"]), ("Account", acct),
           ("Admission date", fd(f["adm"], "iso")), ("Admitted from", f"{REF_HOSP} (interfacility transfer)"),
           ("Insurance on file", f"{ORG}, ID {f['mid']}"), ("Network status", "Out of network")], w=40, size=9.2)
    paras(d, [
        "When you get emergency care or are treated by an out-of-network provider at an in-network hospital, "
        "you are protected from surprise billing or balance billing.",
        "#You are protected from balance billing for emergency services",
        "If you have an emergency medical condition and get emergency services from an out-of-network provider "
        "or facility, the most the provider or facility may bill you is your plan's in-network cost-sharing "
        "amount. You can't be balance billed for these emergency services. This includes services you may get "
        "after you're in stable condition, unless you give written consent and give up your protections.",
        "You were admitted through our transfer center while you were critically ill. We have not asked you to "
        "sign a consent form, and we will not bill you more than your in-network cost sharing for this stay "
        "while your plan decides the claim.",
        "If you believe you've been wrongly billed, call the federal No Surprises Help Desk at 1-555-720-4433."],
        size=9.4)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["name"],
              service_dates=[f["adm"].isoformat()], denial_date=sent.isoformat(), provider=TERT,
              unscored=["insurer"], alternates={"service_dates": [[]], "denial_date": [None]})
    return out(d), t


def doc_appeal_overturned(r):
    f = base(r, 6)
    claim, apl = pat(r, "26E999999903"), pat(r, "APL-26-99999")
    ecmo = ecmo_total(r)
    recv = plus(f["notice"], -r.randint(20, 40))
    d = Page(footer="Page {n} of {nb}")
    d.add_page()
    letterhead(d, ORG, ["Appeals and Grievances Department", ORG_ADDR, "Fax 1-555-902-7711"], 1)
    d.line(fd(f["notice"], "abbr"), 10)
    d.ln(3)
    addr(d, [f["name"], *f["addr"]])
    d.line("APPEAL DECISION: OVERTURNED", 12, "B")
    d.ln(2)
    d.table(["Appeal number", "Claim number", "Provider", "Dates of service", "Billed"],
            [[apl, claim, TERT, f"{fd(f['adm'], 'abbr')} to {fd(f['dis'], 'abbr')}", usd(ecmo, "usd")]],
            [26, 27, 58, 44, 24], size=7.4)
    lv(d, [("Member ID", f["mid"]), ("Group", f["grp"]), ("Appeal received", fd(recv, "abbr"))], w=34, size=9)
    paras(d, [
        "We have finished reviewing your appeal. A physician board-certified in critical care medicine, who "
        "was not involved in the first decision, reviewed the records from both hospitals.",
        f"The reviewer found that you had an emergency medical condition and were not stable for a non-emergency "
        f"transfer, and that no in-network hospital could provide ECMO when you needed it. We have reversed our "
        f"denial. The claim will be reprocessed as emergency care under the No Surprises Act, with your "
        "in-network deductible and coinsurance. You will receive a new Explanation of Benefits within 30 days.",
        f"{TERT} may not bill you more than your in-network cost sharing. If you already paid more, the "
        "hospital must refund the difference.",
        "Sincerely,", "Dr. Imogen Valcourt, Associate Medical Director", ORG], size=9.8)
    t = truth("other", None, insurer=ORG, group_number=f["grp"], member_id=f["mid"], member_name=f["name"],
              case_numbers=[apl, claim], claim_amount=f"{ecmo:.2f}",
              service_dates=[f"{f['adm'].isoformat()}/{f['dis'].isoformat()}"], denial_date=f["notice"].isoformat(),
              provider=TERT, alternates={"case_numbers": [[apl], [claim]]})
    return out(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_member_letters(r(2))
    return [
        Item(f"{FAMILY}_bd_eob_three_claims_ecmo_denied", "born_digital", [doc_multi_eob(r(0))]),
        Item(f"{FAMILY}_scan300_tertiary_itemized_bill", "scan_clean_300", [doc_itemized_bill(r(1))]),
        Item(f"{FAMILY}_faxfine_stack_member_nsa_letter_transfer_attestation", "fax_fine_g4", docs,
             separators=seps),
        Item(f"{FAMILY}_photo_oon_letter_prose", "phone_photo", [doc_prose_letter(r(3))]),
        Item(f"{FAMILY}_copy_reprocessed_eob_nsa_paid", "photocopy", [doc_reprocessed_eob(r(4))]),
        Item(f"{FAMILY}_lowres_surprise_billing_rights_notice", "scan_lowres_150", [doc_rights_notice(r(5))]),
        Item(f"{FAMILY}_rotated_appeal_overturned", "rotated", [doc_appeal_overturned(r(6))]),
    ]
