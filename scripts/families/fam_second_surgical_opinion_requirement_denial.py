"""Family 'second_surgical_opinion_requirement_denial': letters and EOBs from older indemnity plans and union
health & welfare funds that require a second surgical opinion (SSO) before elective surgery (hysterectomy, spinal
fusion, total knee replacement). Benefits reduced by 50% or denied because no second opinion was obtained, a
second-opinion consultation paid in full (no deductible, no coinsurance), a third opinion approved after the first
two disagreed, and a fax stack of the plan's reduction letter and the surgeon's reply.

Modelled from memory on mandatory-second-surgical-opinion provisions in 1980s-90s indemnity and Taft-Hartley
plans. All plans, people, numbers and practices invented.
Decoys: the second-opinion physician (named on most letters), the member's date of birth, the date the
pre-surgical notice was received, the surgeon's NPI, the plan's phone and fax, allowed and paid amounts.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "second_surgical_opinion_requirement_denial"
LANG = "en"
PLANS = [("Pennbrook Mutual Indemnity Health Plan", "Claims Department, 600 Lantern Hill Road, Yardleigh, PA 19077"),
         ("Tamsworth Valley Ironworkers Local 417 Welfare Fund", "Fund Office, 3 Crucible Way, Tamsworth, OH 44391"),
         ("Brackenridge Teachers' Indemnity Benefit Trust", "P.O. Box 5521, Hollins Quay, NY 12963"),
         ("Ottervale Carpenters Health & Welfare Fund", "1180 Joiners Row, Ottervale, MI 49270")]
FIRST = ["Gunnhild", "Emeka", "Rosalind", "Vikram", "Consolata", "Leopold", "Shirin", "Mateusz", "Adaeze", "Fenton"]
LAST = ["Holmgaard", "Achebe-Lowry", "Tremblay", "Szczepanik", "Nakagawa", "Whitlock", "Abernethy", "Okafor-Reyes"]
SURG = {"hyst": ("Laurelwood Women's Surgical Associates", "58150", "Total abdominal hysterectomy"),
        "spine": ("Quarry Hill Spine & Neurosurgery, P.C.", "22612", "Posterior lumbar spinal fusion, single level"),
        "knee": ("Bridgewell Orthopaedic Group", "27447", "Total knee arthroplasty")}
SECOND = ["Dr. Marguerite Oyelowo-Hart", "Dr. Thaddeus Kreuzberger", "Dr. Annika Solberg-Mehta", "Dr. Rafferty Quon"]
THIRD = ["Dr. Celestine Abiodun", "Dr. Horatio Vandermeer"]


def dig(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def facts(i: int, kind: str, proc: str, ds: str) -> dict:
    r = random.Random(197600 + i)
    plan, paddr = r.choice(PLANS)
    fn, ln = r.choice(FIRST), r.choice(LAST)
    mem = f"{fn} {r.choice('BCDFHJKLMNPRSTW')}. {ln}"
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 200))
    surg = notice - dt.timedelta(days=r.randint(25, 60))
    practice, cpt, pdesc = SURG[proc]
    billed = round(r.uniform(6500, 24000), 2) if proc != "hyst" else round(r.uniform(4200, 9800), 2)
    allowed = round(billed * r.uniform(0.6, 0.8), 2)
    return dict(kind=kind, proc=proc, ds=ds, plan=plan, paddr=paddr, member=mem, mfirst=fn, mlast=ln,
                mid=r.choice(["PMI", "TV", "BTB", "OC"]) + dig(r, 8), group=dig(r, 3) + "-" + dig(r, 2),
                dob=dt.date(r.randint(1958, 1984), r.randint(1, 12), r.randint(1, 28)), notice=notice, surg=surg,
                practice=practice, cpt=cpt, pdesc=pdesc, billed=billed, allowed=allowed, surgeon_npi="1" + dig(r, 9),
                second=r.choice(SECOND), third=r.choice(THIRD), claim=dig(r, 4) + "-" + dig(r, 6) + "-" + dig(r, 2),
                ref="SSO-" + dig(r, 6), phone="1-866-" + dig(r, 3) + "-" + dig(r, 4),
                consult=round(r.uniform(210, 480), 2), recv=surg - dt.timedelta(days=r.randint(5, 20)),
                appt=notice + dt.timedelta(days=r.randint(10, 25)))


def head(d: Doc, f: dict) -> None:
    d.add_page()
    d.text_line(f["plan"], 14, "B")
    d.text_line(f["paddr"] + "  ·  " + f["phone"], 8.5)
    d.rule()


def who(d: Doc, f: dict, extra: list | None = None) -> None:
    ds = f["ds"]
    rows = [["Member", f["member"]], ["Member ID", f["mid"]], ["Group No.", f["group"]],
            ["Date of Birth", fmt_date(f["dob"], ds)]] + (extra or [])
    d.table(["", ""], rows, [40, 130], size=9.5, border_head="")


def eob(d: Doc, f: dict) -> None:
    ds = f["ds"]
    paid_consult = f["kind"] == "eob_consult"
    head(d, f)
    d.text_line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12, "B")
    d.text_line("Statement date: " + fmt_date(f["notice"], ds), 10)
    who(d, f, [["Claim No.", f["claim"]], ["Provider", f["second"] if paid_consult else f["practice"]]])
    if paid_consult:
        rows = [[fmt_date(f["appt"] - dt.timedelta(days=60), "slash"), "99244", "Second surgical opinion consult",
                 fmt_money(f["consult"]), fmt_money(f["consult"]), "0.00", fmt_money(f["consult"]), "SS"]]
        total = f["consult"]
    else:
        pay = round(f["allowed"] * 0.8 * 0.5, 2)
        rows = [[fmt_date(f["surg"], "slash"), f["cpt"], f["pdesc"][:34], fmt_money(f["billed"]),
                 fmt_money(f["allowed"]), fmt_money(round(f["allowed"] - pay, 2)), fmt_money(pay), "R5"]]
        total = f["billed"]
    rows.append(["*Totals", "", "", fmt_money(total), "", "", "", ""])
    d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Your share", "Plan paid", "Rmk"], rows,
            [22, 13, 55, 21, 21, 19, 19, 10], size=8, aligns="LLLRRRRL")
    if paid_consult:
        d.para("SS  Second surgical opinion. The plan pays a required second (or third) surgical opinion at 100% of "
               "the reasonable charge, with no deductible or coinsurance. The opinion is the member's to use; it "
               f"does not by itself approve surgery by {f['practice']}.", 9)
    else:
        d.para("R5  Mandatory Second Surgical Opinion program: this elective procedure is on the plan's list of "
               "surgeries that need a second opinion from a board-certified surgeon before the surgery. No second "
               "opinion was obtained, so benefits for the surgeon's charges are reduced by 50%. The reduction does "
               "not count toward your out-of-pocket limit.", 9)
    d.para("You may ask for a review of this decision. Write to the plan within 180 days of the date of this "
           f"statement and include the claim number. Questions: {f['phone']}.", 9)


def denial_letter(d: Doc, f: dict) -> None:
    ds, p = f["ds"], f["proc"]
    head(d, f)
    d.text_line(fmt_date(f["notice"], ds))
    d.ln(2)
    d.text_line(f["member"])
    d.ln(2)
    d.text_line("NOTICE OF BENEFIT DETERMINATION - SECOND SURGICAL OPINION REQUIRED", 11, "B")
    who(d, f, [["Reference No.", f["ref"]], ["Surgeon", f["practice"]],
               ["Procedure", f"{f['pdesc']} ({f['cpt']})"], ["Date of surgery", fmt_date(f["surg"], ds)],
               ["Amount billed", fmt_money(f["billed"])]])
    d.para(f"Dear {f['mfirst']} {f['mlast']}:")
    reduce = f["kind"] == "letter_reduce"
    if reduce:
        d.para(f"We received the claim from {f['practice']} for your surgery. Under the plan's Second Surgical Opinion "
               "rule, a second opinion must be obtained before an elective hysterectomy, spinal fusion or joint "
               "replacement. Our records show no second opinion before your surgery. Benefits for this surgery are "
               f"therefore paid at 50% of the amount otherwise payable: of the {fmt_money(f['allowed'])} allowed we "
               f"will pay {fmt_money(round(f['allowed'] * 0.4, 2))}.")
    else:
        d.para(f"We received the claim from {f['practice']} for your surgery. The Fund's rules say that NO benefits are "
               "payable for an elective " + ("spinal fusion" if p == "spine" else "total knee replacement" if
                                             p == "knee" else "hysterectomy") +
               " unless a second surgical opinion was obtained before the surgery. Our pre-surgical notice log "
               f"shows a call received on {fmt_date(f['recv'], ds)}, and we referred you to {f['second']} for the "
               "second opinion, but no consultation took place. The claim is denied.")
    dl = f["notice"] + dt.timedelta(days=60 if p != "hyst" else 180)
    d.text_line("Your right to appeal", 11, "B")
    if f["ds"] == "long":
        d.para(f"You or your surgeon may appeal in writing. Your appeal must be received by {fmt_date(dl, ds)}. "
               "Send records showing why surgery could not wait, or any second opinion you obtained.")
    else:
        d.para(f"You may appeal within {(dl - f['notice']).days} days of the date of this letter. Send records "
               "showing why surgery could not wait, or any second opinion you obtained, to the address above.")
    d.para("Sincerely,\nUtilization Review Department")


def approval(d: Doc, f: dict) -> None:
    ds = f["ds"]
    head(d, f)
    d.text_line(fmt_date(f["notice"], ds))
    d.ln(2)
    d.text_line(f["member"])
    d.ln(2)
    d.text_line("THIRD SURGICAL OPINION APPROVED", 12, "B")
    who(d, f, [["Reference No.", f["ref"]], ["Proposed surgery", f"{f['pdesc']} ({f['cpt']})"],
               ["Requesting surgeon", f["practice"]]])
    d.para(f"Dear {f['mfirst']} {f['mlast']}:")
    d.para(f"{f['practice']} recommended surgery, and the second opinion by {f['second']} did not confirm the need "
           f"for it. Because the two opinions disagree, the plan approves a third opinion with {f['third']} on "
           f"{fmt_date(f['appt'], ds)}. The plan will pay the third opinion in full. If the third opinion confirms "
           "the need for surgery, the surgery will be paid at the regular benefit level.")
    d.para("Sincerely,\nMedical Review Unit")


def surgeon_reply(d: Doc, f: dict) -> None:
    ds = f["ds"]
    d.add_page()
    d.text_line(f["practice"], 14, "B")
    d.text_line("NPI " + f["surgeon_npi"] + "  ·  Fax 1-555-0" + f["mid"][-3:], 8.5)
    d.rule()
    d.text_line(fmt_date(f["notice"] + dt.timedelta(days=9), ds))
    d.ln(2)
    d.text_line(f["plan"])
    d.text_line("Attn: Utilization Review")
    d.ln(2)
    d.text_line(f"Re: {f['member']}, ID {f['mid']}, your reference {f['ref']}", 10, "B")
    d.ln(2)
    d.para(f"We received your letter dated {fmt_date(f['notice'], ds)} reducing benefits for our surgery on "
           f"{fmt_date(f['surg'], ds)} because no second surgical opinion was obtained. Our patient did see "
           f"{f['second']} before surgery; the consultation note is attached. Please reprocess the claim "
           f"({fmt_money(f['billed'])}) at the full benefit level.")
    d.para("Billing Office")


def build(f: dict) -> bytes:
    d = Doc("Helvetica")
    {"eob": eob, "eob_consult": eob, "letter_reduce": denial_letter, "letter_deny": denial_letter,
     "approval": approval, "reply": surgeon_reply}[f["kind"]](d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    c = dict(insurer=f["plan"], member_id=f["mid"], group_number=f["group"], member_name=f["member"])
    if k == "eob_consult":
        return truth("eob", None, "en", case_numbers=[f["claim"]], claim_amount=m2(f["consult"]),
                     service_dates=[iso(f["appt"] - dt.timedelta(days=60))], denial_date=iso(f["notice"]),
                     provider=f["second"], appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)), **c)
    if k == "eob":
        return truth("eob", "prior_authorization", "en", case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
                     service_dates=[iso(f["surg"])], denial_date=iso(f["notice"]), provider=f["practice"],
                     appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)),
                     denial_alternates=["other", "not_covered"], **c)
    if k in ("letter_reduce", "letter_deny"):
        dl = f["notice"] + dt.timedelta(days=60 if f["proc"] != "hyst" else 180)
        return truth("denial_letter", "prior_authorization", "en", case_numbers=[f["ref"]],
                     claim_amount=m2(f["billed"]), service_dates=[iso(f["surg"])], denial_date=iso(f["notice"]),
                     provider=f["practice"], appeal_deadline=iso(dl), denial_alternates=["other", "not_covered"], **c)
    if k == "approval":
        # the approved service is the third opinion on a stated date; the requesting surgeon is the provider named
        # as requesting, the third-opinion physician is accepted too
        return truth("other", None, "en", case_numbers=[f["ref"]], claim_amount=None,
                     service_dates=[iso(f["appt"])], denial_date=iso(f["notice"]), provider=f["practice"],
                     appeal_deadline=None, alternates={"provider": [f["third"].replace("Dr. ", "")]}, **c)
    # surgeon's reply: a provider letter to the plan; its letterhead is the practice, not an insurer
    c["group_number"] = None
    return truth("other", None, "en", case_numbers=[f["ref"]], claim_amount=m2(f["billed"]),
                 service_dates=[iso(f["surg"])], denial_date=iso(f["notice"] + dt.timedelta(days=9)),
                 provider=f["practice"], appeal_deadline=None, unscored=["insurer"], **c)


PLAN = [  # suffix, condition, kind, procedure, date style
    ("bd_eob_hysterectomy_reduced_50", "born_digital", "eob", "hyst", "slash"),
    ("bd_letter_third_opinion_approved", "born_digital", "approval", "spine", "long"),
    ("scan300_fund_letter_spinal_fusion_denied", "scan_clean_300", "letter_deny", "spine", "long"),
    ("lowres_eob_second_opinion_paid_full", "scan_lowres_150", "eob_consult", "knee", "abbr"),
    ("copy_letter_knee_replacement_denied", "photocopy", "letter_deny", "knee", "dmy"),
    ("rotated_eob_knee_reduced_50", "rotated", "eob", "knee", "iso"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, proc, ds) in enumerate(PLAN):
        f = facts(i, kind, proc, ds)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    f = facts(9, "letter_reduce", "hyst", "abbr")
    g = dict(f, kind="reply")
    items.append(Item(f"{FAMILY}_faxstd_stack_plan_letter_surgeon_reply", "fax_standard_g4",
                      [(build(f), make_truth(f)), (build(g), make_truth(g))], separators=["cover", None]))
    return items
