"""Family 'medicaid_retroactive_eligibility_claim_denial': state Medicaid remittance advices, notices of action and
a hospital's letters on claims for dates before the Medicaid effective date - retroactive coverage (up to three
months before the application month) asked for too late, a spend-down not yet met, an application still pending -
and one claim paid after retroactive approval. The invented State of Wexmoor's Department of Medical Assistance
issues the state papers. All people, numbers and amounts invented.

Decoys: the caseworker and her phone, the application date, the Medicaid effective date, the spend-down amount, the
hospital's NPI and patient account number, the 10-day continuation and the State Fair Hearing limit (which the eval
README never counts as the appeal deadline).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from public_kit import Page, fdate, m2, money, out, plus, truth

FAMILY = "medicaid_retroactive_eligibility_claim_denial"
LANG = "en"
AG = "Wexmoor Department of Medical Assistance"
MEMBERS = ["Thandiwe R. Okafor-Lund", "Bartholomew J. Siskind", "Noor F. Halvorsen", "Esperanza L. Kittredge",
           "Dmitri V. Ashcombe", "Leilani P. Ferreira", "Wojciech S. Mbeki"]
PROVS = ["Gorsedd Valley Hospital", "Tamsin Creek Community Clinic", "Hollinsworth Memorial Hospital"]
WORKERS = ["Marguerite Osei", "Delphine Yarrow", "Ruben Castellanos", "Ines Whitlock"]


def facts(r: random.Random, i: int) -> dict:
    dos = dt.date(2025, 9, 1) + dt.timedelta(days=r.randint(0, 120))
    end = plus(dos, r.randint(0, 4))
    notice = plus(dos, r.randint(60, 140))
    billed = round(r.randint(900, 38000) + r.randint(0, 99) / 100, 2)
    eff = dt.date(notice.year if notice.month > 1 else notice.year - 1, (notice.month - 2) % 12 + 1, 1)
    return dict(member=MEMBERS[i], mid=f"{r.randint(10, 99)}{r.randint(100000000, 999999999)}",
                app=f"APP-{r.randint(2025000000, 2025999999)}", icn=f"{r.randint(2025, 2026)}{r.randint(10**11, 10**12 - 1)}",
                dos=dos, end=end, notice=notice, billed=billed, prov=PROVS[i % 3], worker=r.choice(WORKERS),
                wphone=f"(555) 555-01{r.randint(10, 99)}", eff=eff,
                appdate=plus(notice, -r.randint(20, 50)), spend=round(r.randint(400, 2400) + 0.0, 2),
                acct=f"PA{r.randint(100000, 999999)}", npi=str(r.randint(1000000000, 1999999999)))


def state_head(p: Page, title: str):
    p.add_page()
    p.line("STATE OF WEXMOOR", 9, "B", align="C")
    p.line(AG, 13, "B", align="C")
    p.line("Division of Eligibility and Claims  |  PO Box 8800, Carrow Falls, WX 60977", 8, align="C")
    p.ln(3)
    p.heading(title, 12.5, rule=True)


def span_txt(f, ds):
    a, b = fdate(f["dos"], ds), fdate(f["end"], ds)
    return a if f["dos"] == f["end"] else f"{a} - {b}"


def remit(f: dict, ds: str, paid: bool) -> bytes:
    p = Page(footer="RA page {n} of {nb}")
    state_head(p, "MEDICAID REMITTANCE ADVICE - " + ("PAID CLAIMS" if paid else "DENIED CLAIMS"))
    d = lambda x: fdate(x, ds)  # noqa: E731
    p.pairs([("RA date", d(f["notice"])), ("Payee", f"{f['prov']}  NPI {f['npi']}"), ("Recipient", f["member"]),
             ("Medicaid ID", f["mid"]), ("ICN (claim no.)", f["icn"]), ("Patient acct no.", f["acct"]),
             ("Dates of service", span_txt(f, ds))], label_w=40, size=9.5)
    p.ln(2)
    paid_amt = round(f["billed"] * 0.41, 2) if paid else 0.0
    p.table(["From", "To", "Rev/Proc", "Billed", "Allowed", "Paid", "EOB code"],
            [[d(f["dos"]), d(f["end"]), "0120" if f["end"] != f["dos"] else "99214", money(f["billed"]),
              money(paid_amt), money(paid_amt), "P01" if paid else "E217"]],
            [26, 26, 20, 28, 28, 28, 20])
    if paid:
        p.para(f"P01: Paid. Retroactive eligibility was approved effective {d(f['eff'] if f['eff'] <= f['dos'] else f['dos'])}; "
               "the claim was reprocessed and paid at the Medicaid rate. The provider may not bill the recipient "
               "for the difference.", 9)
    else:
        p.para(f"E217: Recipient not eligible on the date of service. Medicaid coverage is effective "
               f"{d(f['eff'])}, after the dates billed. Retroactive coverage was not requested within the time "
               "allowed. Resubmit if retroactive eligibility is later approved.", 9)
        p.para("A provider may ask for an administrative review within 30 days of this RA. A recipient may ask for a "
               "State Fair Hearing within 90 days of the date of this notice.", 9)
    return out(p)


def notice(f: dict, ds: str, reason: str) -> bytes:
    p = Page(serif=True)
    state_head(p, "NOTICE OF ACTION - MEDICAL ASSISTANCE CLAIM DENIED")
    d = lambda x: fdate(x, ds)  # noqa: E731
    p.line(f"Date of notice: {d(f['notice'])}", 10)
    p.ln(2)
    pend = reason == "pending"
    p.boxed_pairs([("Name", f["member"]), ("Application number" if pend else "Medicaid ID",
                                           f["app"] if pend else f["mid"]),
                   ("Provider", f["prov"]), ("Date(s) of service", span_txt(f, ds)),
                   ("Amount billed", money(f["billed"])), ("Claim number", f["icn"]),
                   ("Your caseworker", f"{f['worker']}  {f['wphone']}")])
    if reason == "late":
        p.para(f"Your Medicaid coverage began {d(f['eff'])}. You asked for retroactive coverage for the months "
               f"before that on {d(f['appdate'])}, after the time allowed to ask for it. Retroactive coverage can go "
               "back no more than three months before the month of your application and must be asked for with "
               "the application, so the services above are not covered. "
               "(Wexmoor Admin. Code 12-4-110.)", 10)
    elif reason == "spend":
        p.para(f"You have a spend-down of {money(f['spend'])} for the budget period. You had not yet met the "
               "spend-down on the date of service, so Medicaid was not in effect. Send us bills or receipts for "
               "medical costs that count toward your spend-down. (Wexmoor Admin. Code 12-6-302.)", 10)
    else:
        p.para(f"Your application for Medical Assistance received {d(f['appdate'])} is still pending. We cannot pay "
               "claims for a person who is not yet eligible. If your application is approved with retroactive "
               "coverage, the provider may send the claim again.", 10)
    p.heading("Your right to a State Fair Hearing", 11)
    p.para("If you think this action is wrong, you may ask for a State Fair Hearing within 90 days of the date of "
           "this notice. If you ask within 10 days, your benefits may continue. Call your caseworker or write to "
           "the Office of Hearings, PO Box 8815, Carrow Falls, WX 60977.", 10)
    return out(p)


def hospital_letter(f: dict, ds: str, cover: bool) -> bytes:
    p = Page(footer=None)
    p.add_page()
    p.line(f["prov"], 14, "B")
    p.line("Patient Financial Services  |  2200 Larkspur Ave, Carrow Falls, WX 60971  |  Fax (555) 0144-2210", 8)
    p.ln(4)
    d = lambda x: fdate(x, ds)  # noqa: E731
    if cover:
        p.heading("FAX COVER - MEDICAID ELIGIBILITY", 13)
        p.pairs([("Date", d(f["notice"])), ("To", f"{f['member']} / family"), ("From", "Patient Financial Services"),
                 ("Re", f"Account {f['acct']} - Claim {f['icn']}"), ("Pages", "2 including cover")], label_w=22)
        p.ln(3)
        p.para(f"Attached is the State's notice about your hospital stay of {span_txt(f, ds)} (charges "
               f"{money(f['billed'])}). Medicaid denied the claim because coverage was not in effect yet. Please call "
               f"your caseworker, {f['worker']}, about retroactive coverage. We will hold your account for 60 days.",
               10)
    else:
        p.line(d(f["notice"]), 10)
        p.ln(3)
        p.line(f"Dear {f['member']},", 10)
        p.ln(2)
        p.para(f"Your Wexmoor Medicaid application ({f['app']}) is still pending. We billed Medicaid "
               f"{money(f['billed'])} for your care on {span_txt(f, ds)} (claim {f['icn']}), and the claim was "
               "denied until your application is decided. Your account is on hold; you do not need to pay now.",
               10)
        p.para(f"Please give your caseworker, {f['worker']} ({f['wphone']}), any papers she asks for, and ask that "
               "retroactive coverage be considered for the month of your stay. When you are approved we will "
               "bill Medicaid again.", 10)
        p.para("Sincerely,\nMedicaid Eligibility Advocates", 10)
    return out(p)


def tr(f, doc, den, mid=True, ins=AG, **extra):
    return truth(doc, den, insurer=ins, member_id=(f["mid"] if mid else f["app"]) if mid is not None else None, member_name=f["member"],
                 cases=[f["icn"]], claim_amount=m2(f["billed"]),
                 service_dates=[f["dos"].isoformat() if f["dos"] == f["end"] else
                                f"{f['dos'].isoformat()}/{f['end'].isoformat()}"],
                 denial_date=f["notice"].isoformat(), provider=f["prov"], **extra)


def documents(rng) -> list[Item]:
    F = [facts(random.Random(183600 + i), i) for i in range(7)]
    items = [
        Item(f"{FAMILY}_bd_remittance_not_eligible_on_dos", "born_digital",
             [(remit(F[0], "slash", False), tr(F[0], "eob", "eligibility"))]),
        Item(f"{FAMILY}_bd_notice_retro_requested_too_late", "born_digital",
             [(notice(F[1], "long", "late"), tr(F[1], "denial_letter", "eligibility"))]),
        Item(f"{FAMILY}_scan300_notice_spend_down_not_met", "scan_clean_300",
             [(notice(F[2], "dmy", "spend"), tr(F[2], "denial_letter", "eligibility"))]),
        Item(f"{FAMILY}_lowres_notice_application_pending", "scan_lowres_150",
             [(notice(F[3], "iso", "pending"), tr(F[3], "denial_letter", "eligibility", mid=False))]),
        Item(f"{FAMILY}_copy_hospital_letter_application_pending", "photocopy",
             [(hospital_letter(F[4], "long", False),
               tr(F[4], "other", None, mid=False, ins=None, unscored=["insurer"]))]),
        Item(f"{FAMILY}_phone_remittance_paid_after_retro", "phone_photo",
             [(remit(F[5], "abbr", True), tr(F[5], "other", None, type_alternates=["eob"]))]),
    ]
    g = F[6]
    items.append(Item(f"{FAMILY}_fax_stack_hospital_cover_and_state_notice", "fax_standard_g4",
                      [(hospital_letter(g, "slash", True), tr(g, "other", None, mid=None, ins=None, unscored=["insurer"])),
                       (notice(g, "slash", "late"), tr(g, "denial_letter", "eligibility"))]))
    return items
