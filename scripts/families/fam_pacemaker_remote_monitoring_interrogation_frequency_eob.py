"""Family 'pacemaker_remote_monitoring_interrogation_frequency_eob': a cardiology practice bills remote pacemaker
interrogation (93294 professional, 93296 technical) sooner than the plan's once-per-90-days limit; the plan pays
the visit and the in-office device check and refuses the remote interrogation as over the frequency limit; a later
interrogation, billed after 90 days, is paid.

Documents: member EOB with three claims, only the remote interrogation claim refused (born digital); the
practice's statement to the patient (denies nothing); a fax stack of a provider remittance with several patients
(ours refused CO-119) and, after a blank back page, the paid EOB for the later interrogation; a prose claim letter
with the facts only in sentences; a frequency-limit notice with a device-check history table (phone photo); an
upheld appeal decision (rotated); a TPA EOB with dotted dates (low resolution). Everything invented. Decoys: DOB,
NPI, device serial numbers, prior interrogation dates, received dates, account numbers, other patients' claims,
external-review and 72-hour limits, form numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "pacemaker_remote_monitoring_interrogation_frequency_eob"
LANG = "en"
SEED = 337800

INS = {"org": "Thornbury Health Assurance", "addr": "PO Box 77215, Calloway Springs, OR 97390",
       "phone": "1-855-630-2194"}
TPA = {"org": "Ridgeline Claims Services", "plan": "Ostrander Freight Lines Employee Benefit Plan",
       "addr": "400 Depot Street, Suite 12, Kettle Falls, WA 99141", "phone": "1-844-772-0815"}
PRAC = {"org": "Kestrel Ridge Heart & Rhythm Associates", "doc": "Anselm Q. Rutherford, MD",
        "addr": "1220 Larchmont Parkway, Calloway Springs, OR 97389", "phone": "(541) 555-0187"}
PEOPLE = ["Gideon H. Strand", "Odette L. Marchetti", "Percy W. Nakamura", "Leticia A. Fairchild",
          "Jasper M. Kessler", "Ingrid C. Oduya", "Rufus T. Winslow"]


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds):
    if ds == "dot":
        return d.strftime("%m.%d.%Y")
    if ds == "updash":
        return d.strftime("%d-%b-%Y").upper()
    return fdate(d, ds)


def base(r, i):
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 150))
    dos = notice - dt.timedelta(days=r.randint(20, 38))
    prev = dos - dt.timedelta(days=r.randint(40, 70))
    return dict(notice=notice, dos=dos, prev=prev, claim="TH" + dg(r, 4) + "-" + dg(r, 6), mid="THA" + dg(r, 9),
                group="G-" + dg(r, 5), p94=float(r.randint(52, 78)), p96=float(r.randint(88, 140)) + r.choice([0, .5]),
                npi="1" + dg(r, 9), serial="PJR" + dg(r, 6) + "S", dob=dt.date(r.randint(1938, 1965), r.randint(1, 12), r.randint(1, 28)),
                acct="KR" + dg(r, 6), recv=dos + dt.timedelta(days=r.randint(2, 6)), appeal="APL" + dg(r, 7))


def tot(f):
    return round(f["p94"] + f["p96"], 2)


def head(p, org):
    p.line(org["org"], 15, "B")
    if org is TPA:
        p.line(f"Third-party administrator for the {TPA['plan']}", 9)
    p.line(f"{org['addr']}  ·  {org['phone']}", 8.5)
    p.ln(3)


def rlines(f, ds, denied=True):
    code = "F90" if denied else "P1"
    return [[fd(f["dos"], ds), "93294", "Remote interrogation pacemaker, 90 day", money(f["p94"]),
             "$0.00" if denied else money(f["p94"] * .8), code],
            [fd(f["dos"], ds), "93296", "Remote interrogation, technician review", money(f["p96"]),
             "$0.00" if denied else money(f["p96"] * .8), code]]


def member_eob(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="THA-EOB-3 (01/2026)")
    p.add_page()
    head(p, INS)
    p.line("Explanation of Benefits  -  THIS IS NOT A BILL", 12.5, "B")
    p.pairs([("Statement date", fd(f["notice"], ds)), ("Member", f["member"]), ("Member ID", f["mid"]),
             ("Group", f["group"]), ("Date of birth", fd(f["dob"], ds))], 34, 9.5)
    p.ln(2)
    claims = [(f["c1"], PRAC["doc"], [[fd(f["dos"] - dt.timedelta(days=9), ds), "99214", "Office visit, est. patient",
                                       "$212.00", "$134.60", "P1"]]),
              (f["claim"], PRAC["doc"], rlines(f, ds) + [["", "", "Claim total", money(tot(f)), "$0.00", ""]]),
              (f["c3"], "Calloway Springs Imaging", [[fd(f["dos"] + dt.timedelta(days=3), ds), "71046",
                                                      "Chest x-ray, 2 views", "$148.00", "$61.20", "P1"]])]
    for cl, prov, rows in claims:
        p.f(9, "B")
        p.cell(0, 5.5, f"Claim {cl}   Provider: {prov}", border="B", new_x="LMARGIN", new_y="NEXT")
        p.table(["Date", "Code", "Description", "Billed", "Plan paid", "Note"], rows, [32, 13, 64, 22, 22, 20], size=8)
    p.para("P1 Paid under your in-network benefit after copay/coinsurance.", 8.5)
    p.para(f"F90 Remote pacemaker interrogation is covered once every 90 days. Your plan already paid a remote "
           f"interrogation on {fd(f['prev'], ds)}. This service is over the frequency limit and is not covered. An "
           "in-network provider may not bill you for it.", 8.5)
    p.para("You may appeal within 180 days of the date of this statement. Urgent appeals: 72 hours. You may also "
           "ask for an external review after our final decision.", 8.5)
    return out(p)


def statement(f, ds):
    p = Page(serif=True, footer=None, footer_left="Please detach and return the lower portion with your payment")
    p.add_page()
    p.line(PRAC["org"], 15, "B")
    p.line(f"{PRAC['addr']}  |  Billing {PRAC['phone']}", 8.5)
    p.ln(4)
    p.line("PATIENT STATEMENT", 12.5, "B")
    p.pairs([("Statement date", fd(f["notice"] + dt.timedelta(days=12), ds)), ("Patient", f["member"]),
             ("Account", f["acct"]), ("Physician", PRAC["doc"])], 34, 9.5)
    p.ln(2)
    rows = [[fd(f["dos"] - dt.timedelta(days=9), ds), "Office visit", "$212.00", "$134.60", "$77.40", "$0.00"],
            [fd(f["dos"], ds), "Remote pacemaker check (93294/93296)", money(tot(f)), "$0.00", money(tot(f)), "$0.00"]]
    p.table(["Date", "Description", "Charges", "Insurance paid", "Adjustment", "You owe"], rows,
            [24, 64, 22, 24, 22, 20], size=8.5)
    p.para(f"Your insurance did not pay for the remote check because it was sent too soon after the last one. "
           f"We have written that charge off. Your next remote transmission is scheduled for "
           f"{fd(f['prev'] + dt.timedelta(days=92), ds)}.", 9.5)
    p.line("Balance due: $0.00", 11, "B")
    return out(p)


def remittance(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="835 PRINT")
    p.add_page()
    p.line(INS["org"] + "  Provider Remittance", 12, "B")
    p.pairs([("Payee", f"{PRAC['org']}  NPI {f['npi']}"), ("Remit date", fd(f["notice"], ds)),
             ("EFT", dg(random.Random(f["npi"]), 11))], 24, 9)
    p.ln(2)
    rows = [[pt, mid, cl, fd(d, "short"), code, money(ch, "nosign"), money(pd, "nosign"), adj]
            for pt, mid, cl, d, code, ch, pd, adj in f["ra"]]
    p.table(["Patient", "Member ID", "Claim", "DOS", "CPT", "Billed", "Paid", "Adj"], rows,
            [38, 28, 28, 17, 13, 17, 15, 24], size=7.5)
    p.para("CO-119: Benefit maximum for this time period or occurrence has been reached. N362: The number of "
           "days or units of service exceeds our acceptable maximum. CO-45: charge exceeds fee schedule.", 8)
    p.para("Reconsideration requests must be received within 120 days of the remit date.", 8)
    return out(p)


def paid_eob(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="THA-EOB-3 (01/2026)")
    p.add_page()
    head(p, INS)
    p.line("Explanation of Benefits", 12.5, "B")
    p.pairs([("Date", fd(f["notice"], ds)), ("Patient", f["member"]), ("ID", f["mid"]), ("Group", f["group"]),
             ("Claim", f["claim"]), ("Provider", PRAC["doc"])], 26, 9.5)
    p.ln(2)
    rows = rlines(f, ds, denied=False) + [["Total", "", "", money(tot(f)), money(tot(f) * .8), ""]]
    p.table(["Date", "Code", "Description", "Billed", "Plan paid", "Note"], rows, [32, 13, 64, 22, 22, 20], size=8,
            bold_last=True)
    p.para(f"P1 Paid. This remote interrogation is more than 90 days after the one on {fd(f['prev'], ds)}.", 8.5)
    return out(p)


def prose(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    head(p, INS)
    p.line(fd(f["notice"], ds), 10)
    p.ln(4)
    p.para(f"{f['member']}\n{r_street(f)}\nCalloway Springs, OR 97388", 10)
    p.ln(2)
    p.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:", 10)
    p.para(f"Dr. {PRAC['doc'].split(',')[0]} of {PRAC['org']} sent us a claim for the remote check of your pacemaker "
           f"done on {fd(f['dos'], ds)}. The claim is number {f['claim']} and the charges were {money(tot(f))}. "
           f"Your member ID is {f['mid']}.", 10)
    p.para("We cannot pay this claim. Our medical policy CP-114 considers remote interrogation of a pacemaker "
           "medically necessary once in each 90-day period. The last one we paid was done on "
           f"{fd(f['prev'], ds)}, fewer than 90 days earlier.", 10)
    p.para("You or your doctor may appeal. Send your appeal within 180 days of the date of this letter. If you "
           "are in a hurry because of your health, ask for an expedited appeal; we answer those within 72 hours.", 10)
    p.para("Sincerely,\nClaims Review", 10)
    return out(p)


def r_street(f):
    return f"{int(f['acct'][2:5]) + 100} Juniper Drive"


def freq_notice(f, ds):
    p = Page(footer=None, footer_left="THA-FRQ-9")
    p.add_page()
    head(p, INS)
    p.f(9)
    p.set_xy(125, 16)
    p.multi_cell(70, 4.5, f"Notice date: {fd(f['notice'], ds)}\nMember ID: {f['mid']}\nReference: {f['claim']}",
                 border=1)
    p.set_y(40)
    p.line("Service Over Frequency Limit", 13, "B")
    p.para(f"Patient: {f['member']}     Ordering/rendering: {PRAC['doc']}     Device serial: {f['serial']}", 9.5)
    p.para("Device-check history on file:", 9.5)
    hist = [[fd(f["prev"] - dt.timedelta(days=93), ds), "93294/93296", "Paid"],
            [fd(f["prev"], ds), "93294/93296", "Paid"],
            [fd(f["dos"], ds), "93294/93296", f"Not covered - {money(tot(f))} billed"]]
    p.table(["Date of service", "Codes", "Result"], hist, [40, 40, 90], size=9)
    p.para("Remote pacemaker interrogation is limited to one per 90 days. The service in the last row came within "
           "90 days of a paid one.", 9.5)
    p.para("Appeal: within 180 days of the notice date. External review: within 4 months of a final decision.", 9.5)
    return out(p)


def upheld(f, ds):
    p = Page(footer=None, footer_left="THA-APL-UPH")
    p.add_page()
    head(p, INS)
    p.line(fd(f["notice"], ds), 10)
    p.ln(3)
    p.line("Appeal Decision: Denial Upheld", 13, "B")
    p.pairs([("Appeal no.", f["appeal"]), ("Claim no.", f["claim"]), ("Member", f["member"]), ("Member ID", f["mid"]),
             ("Group", f["group"]), ("Physician", PRAC["doc"]), ("Date of service", fd(f["dos"], ds)),
             ("Billed", money(tot(f)))], 32, 9.5)
    p.ln(2)
    p.para(f"We received the appeal on {fd(f['recv'] + dt.timedelta(days=30), ds)}. A cardiologist reviewed the "
           "records. The device showed no alert, battery or lead problem that would call for an extra remote "
           "check, so the plan's limit of one remote interrogation per 90 days applies and the denial is upheld.", 10)
    p.para("This completes our internal appeal process. You may request an external review within 4 months of "
           "receiving this letter.", 10)
    return out(p)


def tpa_eob(f, ds):
    p = Page(footer="pg {n}/{nb}", footer_left="RCS-EOB 2026")
    p.add_page()
    head(p, TPA)
    p.line("EXPLANATION OF BENEFITS", 12, "B")
    p.boxed_pairs([("Processed", fd(f["notice"], ds)), ("Employee / patient", f["member"]), ("SSN-free ID", f["mid"]),
                   ("Group", f["group"]), ("Claim #", f["claim"]), ("Provider", PRAC["org"])], 50, 9)
    rows = rlines(f, ds) + [["TOTAL", "", "", money(tot(f)), "$0.00", ""]]
    p.table(["DOS", "CPT", "Service", "Charge", "Paid", "Rsn"], rows, [32, 13, 64, 22, 22, 20], size=8, bold_last=True)
    p.para("F90 - exceeds plan frequency for this service (1 per 90 days). Participant is not liable.", 8.5)
    p.para("Claims appeals must be filed within 180 days of the date of this notice.", 8.5)
    return out(p)


ITEMS = [
    ("bd_member_eob_three_claims", "born_digital", "eob", "long"),
    ("scan300_practice_statement", "scan_clean_300", "statement", "slash"),
    ("faxstd_stack_remit_then_later_paid", "fax_standard_g4", "stack", "abbr"),
    ("copy_prose_claim_letter", "photocopy", "prose", "long"),
    ("photo_frequency_notice_history", "phone_photo", "freq", "dmy"),
    ("rotated_appeal_upheld", "rotated", "upheld", "iso"),
    ("lowres_tpa_eob_boxed", "scan_lowres_150", "tpa", "updash"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        f["member"] = PEOPLE[i]
        name = f"{FAMILY}_{suffix}"
        nd, sd = f["notice"].isoformat(), [f["dos"].isoformat()]
        dl180 = (f["notice"] + dt.timedelta(days=180)).isoformat()
        com = dict(member_name=f["member"], member_id=f["mid"], service_dates=sd, claim_amount=m2(tot(f)))
        palt = {"provider": [PRAC["org"], "Anselm Q. Rutherford"]}
        if kind == "eob":
            f["c1"], f["c3"] = "TH" + dg(r, 4) + "-" + dg(r, 6), "TH" + dg(r, 4) + "-" + dg(r, 6)
            t = truth("eob", "not_covered", insurer=INS["org"], group_number=f["group"], case_numbers=[f["claim"]],
                      denial_date=nd, provider=PRAC["doc"], appeal_deadline=dl180, alternates=palt, **com)
            items.append(Item(name, cond, [(member_eob(f, ds), t)]))
        elif kind == "statement":
            t = truth("other", None, insurer=None, denial_date=(f["notice"] + dt.timedelta(days=12)).isoformat(),
                      provider=PRAC["doc"], unscored=["insurer"], alternates={**palt, "claim_amount": [None]},
                      **{**com, "member_id": None})
            items.append(Item(name, cond, [(statement(f, ds), t)]))
        elif kind == "stack":
            r2 = random.Random(SEED + 50)
            last, first = f["member"].split()[-1].upper(), " ".join(f["member"].split()[:2]).upper()
            f["ra"] = [("LOMAX, CORA B", "THA" + dg(r2, 9), "TH" + dg(r2, 4) + "-" + dg(r2, 6), f["dos"] - dt.timedelta(days=1),
                        "93288", 118.0, 74.5, "CO-45"),
                       (f"{last}, {first}", f["mid"], f["claim"], f["dos"], "93294", f["p94"], 0.0, "CO-119 N362"),
                       (f"{last}, {first}", f["mid"], f["claim"], f["dos"], "93296", f["p96"], 0.0, "CO-119 N362"),
                       ("PENA, ARTURO J", "THA" + dg(r2, 9), "TH" + dg(r2, 4) + "-" + dg(r2, 6), f["dos"] + dt.timedelta(days=2),
                        "93294", 64.0, 41.9, "CO-45")]
            f["ra"].insert(3, ("", "", "CLAIM TOTAL", f["dos"], "", tot(f), 0.0, ""))
            t1 = truth("eob", "not_covered", insurer=INS["org"], case_numbers=[f["claim"]], denial_date=nd,
                       provider=PRAC["org"], appeal_deadline=(f["notice"] + dt.timedelta(days=120)).isoformat(),
                       alternates={"appeal_deadline": [None]}, **com)
            f2 = dict(f)
            f2["prev"] = f["dos"] - dt.timedelta(days=r.randint(40, 70))
            f2["dos"] = f2["prev"] + dt.timedelta(days=r.randint(95, 110))
            f2["notice"] = f2["dos"] + dt.timedelta(days=24)
            f2["claim"] = "TH" + dg(r, 4) + "-" + dg(r, 6)
            t2 = truth("eob", None, insurer=INS["org"], group_number=f["group"], case_numbers=[f2["claim"]],
                       denial_date=f2["notice"].isoformat(), provider=PRAC["doc"], alternates=palt,
                       type_alternates=["other"], **{**com, "service_dates": [f2["dos"].isoformat()]})
            items.append(Item(name, cond, [(remittance(f, ds), t1), (paid_eob(f2, ds), t2)],
                              separators=["duplex", None]))
        elif kind == "prose":
            t = truth("denial_letter", "not_covered", insurer=INS["org"], case_numbers=[f["claim"]], denial_date=nd,
                      provider="Anselm Q. Rutherford", appeal_deadline=dl180, alternates={"provider": [PRAC["org"]]},
                      denial_alternates=["medical_necessity"], **com)
            items.append(Item(name, cond, [(prose(f, ds), t)]))
        elif kind == "freq":
            t = truth("denial_letter", "not_covered", insurer=INS["org"], case_numbers=[f["claim"]], denial_date=nd,
                      provider=PRAC["doc"], appeal_deadline=dl180, alternates=palt, type_alternates=["eob"], **com)
            items.append(Item(name, cond, [(freq_notice(f, ds), t)]))
        elif kind == "upheld":
            t = truth("denial_letter", "not_covered", insurer=INS["org"], group_number=f["group"],
                      case_numbers=[f["appeal"], f["claim"]], denial_date=nd, provider=PRAC["doc"],
                      appeal_deadline=None, alternates=palt, denial_alternates=["medical_necessity"], **com)
            items.append(Item(name, cond, [(upheld(f, ds), t)]))
        else:
            t = truth("eob", "not_covered", insurer=TPA["org"], group_number=f["group"], case_numbers=[f["claim"]],
                      denial_date=nd, provider=PRAC["org"], appeal_deadline=dl180,
                      alternates={"insurer": [TPA["plan"]]}, **com)
            items.append(Item(name, cond, [(tpa_eob(f, ds), t)]))
    return items
