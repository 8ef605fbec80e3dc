"""Family 'ltc_benefit_denial': a long-term care insurer's decisions on benefit claims (invented insurer).

Wexcombe Mutual Life Insurance Company is fictional, as are all people, agencies and numbers. Modelled on the
letters a long-term care (LTC) insurer sends after a claim for home care or assisted living: the policyholder
(the insured), the policy or group certificate number, the claim number, the benefit trigger (help with at
least 2 of the 6 activities of daily living, or a severe cognitive impairment, certified after a care
assessment), the 90-day elimination period, the daily benefit amount, the provider (a home care agency or an
assisted living facility) and the invoices submitted for the days of care. Reasons: trigger not met (ADLs,
cognition), elimination period not yet satisfied, facility not licensed as the policy requires, policy lapsed
for unpaid premium, practitioner certification not received; and one approval. Two layouts: a one-page letter
with a fact box, and a three-page letter whose facts sit on page 2 under a running header.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundi_famn import ADULTS, ELDERS, NURSES, digits, fd, money, person, phone, usd
from public_kit import Page, m2, out, plus, span, truth

FAMILY = "ltc_benefit_denial"
LANG = "en"
INSURER = "Wexcombe Mutual Life Insurance Company"
ADDR = "Long-Term Care Benefits, PO Box 6620, Harrowgate, IA 50318"
AGENCIES = ["Thistledown Home Care Services", "Kittering Companion Care Agency", "Saltmarsh Home Health Aides, Inc."]
FACILITIES = ["Larchmont Terrace Assisted Living", "Quillfeather Court Senior Residence"]
UNLICENSED = "Bramblegate House"
ADLS = ["Bathing", "Dressing", "Toileting", "Transferring", "Continence", "Eating"]
# kind -> (denial type, accepted alternates, provider kind)
KINDS = {
    "adl": ("medical_necessity", ["other"], "agency"),
    "cog": ("medical_necessity", ["other"], "facility"),
    "elim": ("not_covered", ["other"], "agency"),
    "license": ("not_covered", ["other"], "unlicensed"),
    "lapse": ("eligibility", ["other"], "agency"),
    "records": ("other", [], "facility"),
    "approve": (None, [], "agency"),
}


def insured(r: random.Random, group: bool) -> dict:
    name, first, last = person(r, ELDERS)
    who = dict(name=name, first=first, last=last, addr=f"{r.randint(11, 980)} Cobbler's Lane",
               city=r.choice(["Ottumwa, IA 52501", "Mankato, MN 56001", "Quincy, IL 62301"]),
               dob=dt.date(r.randint(1938, 1952), r.randint(1, 12), r.randint(1, 28)),
               dba=r.choice([150, 180, 200, 240]), group=None)
    if group:
        who.update(policy=f"C{digits(r, 7)}", group=f"GLTC-{digits(r, 4)}",
                   employer=r.choice(["Tallowby County Schools", "Marrick Valley Rural Electric Cooperative"]))
    else:
        who["policy"] = f"{digits(r, 4)}-{digits(r, 3)}-{digits(r, 3)}" if r.random() < 0.5 else f"WM{digits(r, 8)}"
    return who


def invoices(r: random.Random, start: dt.date, months: int, daily: tuple[int, int]) -> list[tuple]:
    """(invoice no., first day, last day, amount) per calendar month of care."""
    rows, d = [], start
    for _ in range(months):
        nxt = (d.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        end = nxt - dt.timedelta(days=1)
        rows.append((f"INV-{digits(r, 5)}", d, end, round((end - d).days + 1) * r.randint(*daily) + r.choice(
            [0, 0.5, 0.25]) + 0.0))
        d = nxt
    return rows


def claim(r: random.Random, kind: str, who: dict, notice: dt.date) -> dict:
    pkind = KINDS[kind][2]
    prov = {"agency": r.choice(AGENCIES), "facility": r.choice(FACILITIES), "unlicensed": UNLICENSED}[pkind]
    first = dt.date(notice.year, notice.month, 1) - dt.timedelta(days=r.choice([62, 93, 120]))
    first = first.replace(day=1 if kind != "elim" else r.randint(3, 12))
    n = 2 if kind in ("elim", "approve") else 3
    inv = invoices(r, first, n, (140, 210) if pkind == "agency" else (160, 230))
    return dict(no=f"LTC-{notice.strftime('%y')}-{digits(r, 6)}", prov=prov, pkind=pkind, inv=inv,
                total=round(sum(x[3] for x in inv), 2), start=inv[0][1], end=inv[-1][2],
                received=plus(notice, -r.randint(25, 45)), assessed=plus(notice, -r.randint(10, 24)),
                nurse=r.choice(NURSES), form=f"WM-LTC-{r.choice(['14', '17', '19'])}Q", doc=f"W{digits(r, 9)}")


def letterhead(p: Page, r: random.Random) -> None:
    p.line("WEXCOMBE MUTUAL", 17, "B", h=8)
    p.line("Life Insurance Company", 10.5, h=5)
    p.line(f"{ADDR}  |  Claims {phone(r)}  |  Fax 1-866-555-0142", 7.8, h=4.5)
    y = p.get_y() + 1
    super(Page, p).line(p.l_margin, y, p.w - p.r_margin, y)
    p.ln(5)


def address(p: Page, who: dict, rep: str | None) -> None:
    lines = ([f"{rep}, Attorney-in-Fact", f"for {who['name']}"] if rep else [who["name"]]) + [who["addr"], who["city"]]
    for ln in lines:
        p.line(ln, 10, h=5)
    p.ln(5)


def reason_text(kind: str, c: dict, who: dict, ds: str) -> str:
    a = fd(c["assessed"], ds)
    return {
        "adl": f"A licensed nurse, {c['nurse']}, assessed {who['first']} at home on {a}. The assessment found that "
               "help is needed with bathing only. Dressing, toileting, transferring, continence and eating were "
               "done without hands-on or standby help. The policy pays benefits only when the insured needs "
               "substantial help with at least 2 of the 6 activities of daily living for at least 90 days, or "
               "needs supervision because of a severe cognitive impairment. Neither is met, so the home care on "
               "the invoices is not payable.",
        "cog": f"The cognitive screening done by {c['nurse']} on {a} scored 24 of 30 and the attending physician "
               "describes mild memory loss. Mild impairment does not need substantial supervision to protect the "
               "insured's health and safety, which is what the policy calls a severe cognitive impairment. The "
               "assessment also found no need for help with any activity of daily living. The benefit trigger is "
               "not met, and the assisted living charges cannot be paid.",
        "elim": f"Your policy has an elimination period of 90 days: benefits start after 90 days on which you "
                f"receive covered care once the benefit trigger is met. Care began on {fd(c['start'], ds)}; the "
                f"invoices we received cover {(c['end'] - c['start']).days + 1} days, all of them inside the "
                "elimination period. These days count toward the 90 days, but no benefit is paid for them.",
        "license": f"{UNLICENSED} is registered with the state as a residential boarding home. The policy pays "
                   "assisted living benefits only in a facility licensed by the state as an assisted living "
                   "residence that provides 24-hour supervision. Because the facility does not hold that license, "
                   "its charges are not covered under the policy, even though the benefit trigger was met.",
        "lapse": "The premium due on {due} was not paid. We mailed a lapse warning and the 65-day grace period "
                 "ended on {grace} without payment, so the policy lapsed on {lapse}. The care on the invoices began "
                 "after that date, when no coverage was in force. No benefits are payable on a lapsed policy.",
        "records": "To approve benefits we need a licensed health care practitioner's certification that the "
                   "insured is chronically ill, and a plan of care. We asked the attending physician for both on "
                   "{asked} and again 30 days later, and we have not received them. We cannot decide the claim "
                   "without them, so it is denied for now. Send them and we will review the claim again.",
        "approve": "",
    }[kind]


def fact_rows(kind: str, c: dict, who: dict, ds: str, ms: str) -> list[tuple[str, str]]:
    rows = [("Insured" if who["group"] else "Policyholder / Insured", who["name"]),
            ("Date of birth", fd(who["dob"], ds))]
    if who["group"]:
        rows += [("Group policy no.", who["group"]), ("Certificate no.", who["policy"]),
                 ("Employer", who["employer"])]
    else:
        rows += [("Policy number", who["policy"]), ("Policy form", c["form"])]
    rows += [("Claim number", c["no"]), ("Claim received", fd(c["received"], ds)),
             ("Care provider", c["prov"]),
             ("Type of care", "Home care (agency)" if c["pkind"] == "agency" else "Assisted living facility"),
             ("Dates of care claimed", f"{fd(c['start'], ds)} to {fd(c['end'], ds)}"),
             ("Invoices submitted", f"{len(c['inv'])}, totaling {usd(c['total'], ms)}"),
             ("Daily benefit amount", usd(who["dba"], ms)), ("Elimination period", "90 days (service days)")]
    return rows


def invoice_table(p: Page, c: dict, ds: str, ms: str, paid: list[float] | None = None) -> None:
    head = ["Invoice", "Provider", "From", "To", "Charged", "Benefit paid"]
    rows = [[no, c["prov"], fd(a, ds), fd(b, ds), usd(v, ms), usd((paid or [0.0] * 9)[i], ms)]
            for i, (no, a, b, v) in enumerate(c["inv"])]
    rows.append(["Total", "", "", "", usd(c["total"], ms), usd(sum(paid or [0.0]), ms)])
    p.table(head, rows, [22, 62, 25, 25, 20, 20], size=8, bold_last=True)


def appeal(p: Page, kind: str, notice: dt.date, dl: str, ds: str) -> tuple[str | None, list]:
    """The review paragraph; returns the truth deadline and accepted alternates."""
    p.heading("If you disagree", 10.5)
    if dl == "notice":
        when, dead, alts = "within 60 days of the date of this letter", plus(notice, 60).isoformat(), []
    elif dl == "by":
        dead = plus(notice, 90)
        when, dead, alts = f"so that we receive it by {fd(dead, ds)}", dead.isoformat(), []
    else:
        when, dead, alts = "within 180 days after you receive this letter", None, [plus(notice, 180).isoformat()]
    p.para(f"You or your representative may ask us to review this decision. Write to the Appeals Unit at the "
           f"address above {when}. Include the claim number and any records, such as nursing notes or a new "
           "assessment, that you want us to consider. We will answer within 30 days.", 9.5)
    if kind in ("adl", "cog"):
        p.para("Because this decision is about whether the benefit trigger is met, after our appeal decision you "
               "may also ask for an independent third-party review within 120 days of that decision. We pay for "
               "that review.", 9.5)
    p.para("You may also contact your state insurance department at 1-800-555-0168.", 9.5)
    return dead, alts


def letter(seed: int, kind: str, layout: str, dl: str, ds: str, ms: str, group: bool = False,
           rep: bool = False, same: dict | None = None):
    r = random.Random(seed)
    who = same["who"] if same else insured(r, group)
    notice = plus(same["notice"], r.randint(95, 110)) if same else dt.date(2026, 1, 12) + dt.timedelta(
        days=r.randint(0, 150))
    c = claim(r, kind, who, notice)
    if same:  # the approval of the same claim once the elimination period is over
        c["no"], c["prov"] = same["c"]["no"], same["c"]["prov"]
        c["inv"] = invoices(r, plus(same["c"]["end"], 35).replace(day=1), 2, (140, 210))
        c.update(total=round(sum(x[3] for x in c["inv"]), 2), start=c["inv"][0][1], end=c["inv"][-1][2])
    rep_name = person(r, ADULTS, who["last"])[0] if rep else None
    p = Page(serif=layout == "pages", footer="Page {n} of {nb}" if layout == "pages" else None,
             footer_left=f"{c['form']} claim letter  Doc {c['doc']}")
    p.add_page()
    letterhead(p, r)
    p.line(fd(notice, ds), 10, h=5)
    p.ln(3)
    address(p, who, rep_name)
    extra = lapse_dates(r, c) if kind == "lapse" else {"asked": fd(plus(c["received"], 5), ds)}
    body = reason_text(kind, c, who, ds).format(**extra)
    if layout == "box":
        dead, alts = box_letter(p, kind, c, who, notice, dl, ds, ms, body, rep_name)
    else:
        dead, alts = paged_letter(p, kind, c, who, notice, dl, ds, ms, body, rep_name)
    return out(p), make_truth(kind, c, who, notice, dead, alts), dict(who=who, notice=notice, c=c)


def lapse_dates(r: random.Random, c: dict) -> dict:
    due = plus(c["start"], -r.randint(100, 130))
    return {"due": fd(due, "long"), "grace": fd(plus(due, 65), "long"), "lapse": fd(plus(due, 66), "long")}


def box_letter(p, kind, c, who, notice, dl, ds, ms, body, rep):
    title = "Long-Term Care Benefit Decision" if kind != "approve" else "Long-Term Care Benefits Approved"
    p.line(title, 13, "B", h=7)
    p.ln(1)
    p.boxed_pairs(fact_rows(kind, c, who, ds, ms), label_w=52, size=8.8, h=5.6)
    p.para(f"Dear {rep.split()[0] + ' ' + rep.split()[-1] if rep else who['first'] + ' ' + who['last']}:", 10)
    if kind == "approve":
        return approval_body(p, c, who, notice, ds, ms)
    p.heading("What we decided", 10.5)
    p.para("We reviewed the claim above. We are not able to pay long-term care benefits for these invoices.", 10)
    p.heading("Why", 10.5)
    p.para(body, 10)
    dead, alts = appeal(p, kind, notice, dl, ds)
    sign(p)
    return dead, alts


def paged_letter(p, kind, c, who, notice, dl, ds, ms, body, rep):
    p.line(f"Re: Your long-term care claim  -  policy {who['policy']}", 10.5, "B", h=6)
    p.ln(2)
    p.para(f"Dear {rep.split()[0] + ' ' + rep.split()[-1] if rep else who['first'] + ' ' + who['last']}:", 10.5)
    p.para("Thank you for the claim for long-term care benefits. We have finished our review, and we have to tell "
           "you that benefits cannot be paid at this time. The claim details, the invoices we received and the "
           "reason for our decision are on the next page. Information about your right to ask us to review the "
           "decision follows on page 3.", 10.5)
    p.para("Please keep paying your premium while the claim is open: the premium is waived only after benefits "
           "have been paid for 90 days. If you have questions, call our long-term care claims line; the care "
           "coordinator assigned to your file can explain what the assessment found.", 10.5)
    p.para("Sincerely,\n\nLong-Term Care Claims\n" + INSURER, 10.5)
    p.add_page()
    running(p, who, c)
    p.heading("Claim details", 11, rule=True)
    p.pairs(fact_rows(kind, c, who, ds, ms), label_w=55, size=9.5, h=5.2)
    p.ln(2)
    invoice_table(p, c, ds, ms)
    p.heading("Benefit trigger review" if kind in ("adl", "cog") else "Reason for our decision", 11, rule=True)
    if kind in ("adl", "cog"):
        need = {"Bathing"} if kind == "adl" else set()
        p.table(["Activity of daily living", "Needs substantial help?"],
                [[a, "Yes" if a in need else "No"] for a in ADLS], [70, 45], size=8.5)
    p.para(body, 10)
    p.add_page()
    running(p, who, c)
    dead, alts = appeal(p, kind, notice, dl, ds)
    p.para("Other languages: call the number above for free help in your language.", 9)
    return dead, alts


def running(p: Page, who: dict, c: dict) -> None:
    p.line(f"Insured: {who['name']}   Policy: {who['policy']}   Claim: {c['no']}", 8.5, h=5)
    p.ln(3)


def approval_body(p, c, who, notice, ds, ms):
    paid = [round(min(v, who["dba"] * ((b - a).days + 1)), 2) for _, a, b, v in c["inv"]]
    p.para(f"Good news: the elimination period on your policy has been satisfied, and we have approved long-term "
           f"care benefits for the home care provided by {c['prov']}. Benefits are paid up to the daily benefit "
           f"amount of {usd(who['dba'], ms)} for each day of care.", 10)
    invoice_table(p, c, ds, ms, paid)
    p.para(f"We paid {usd(sum(paid), ms)} directly to the agency under your assignment of benefits. Your premium "
           "is waived from the first day of the month after benefits have been paid for 90 days. Keep sending "
           "the agency's invoices every month; we will contact you before the next care assessment.", 10)
    sign(p)
    return None, []


def sign(p: Page) -> None:
    p.line("Sincerely,", 10, h=5)
    p.ln(3)
    p.line("Long-Term Care Claims, " + INSURER, 10, h=5)


def make_truth(kind, c, who, notice, dead, dead_alts) -> dict:
    dtype, dalts, _ = KINDS[kind]
    alts = {"service_dates": [[span(a, b) for _, a, b, _ in c["inv"]]], "insurer": ["Wexcombe Mutual"]}
    if dead_alts:
        alts["appeal_deadline"] = dead_alts
    return truth("other" if kind == "approve" else "denial_letter", dtype, insurer=INSURER,
                 group=who["group"], member_id=who["policy"], member_name=who["name"], cases=[c["no"]],
                 claim_amount=m2(c["total"]), service_dates=[span(c["start"], c["end"])],
                 denial_date=notice.isoformat(), provider=c["prov"], appeal_deadline=dead, alternates=alts,
                 denial_alternates=dalts)


def documents(rng: random.Random) -> list[Item]:
    one = lambda name, cond, *a, **k: Item(name, cond, [letter(*a, **k)[:2]])  # noqa: E731
    items = [one("ltc_benefit_denial_bd_adl", "born_digital", 8101, "adl", "box", "notice", "long", "plain"),
             one("ltc_benefit_denial_bd_cog", "born_digital", 8102, "cog", "pages", "by", "slash", "plain"),
             one("ltc_benefit_denial_scan_license", "scan_clean_300", 8103, "license", "box", "receipt", "dmy",
                 "nosign", group=True),
             one("ltc_benefit_denial_copy_lapse", "photocopy", 8104, "lapse", "pages", "notice", "long", "plain"),
             one("ltc_benefit_denial_lowres_records", "scan_lowres_150", 8105, "records", "box", "by", "iso",
                 "usd"),
             one("ltc_benefit_denial_rot_adl", "rotated", 8106, "adl", "pages", "receipt", "abbr", "plain",
                 rep=True)]
    first = letter(8107, "elim", "box", "notice", "slash", "plain", group=True)
    second = letter(8108, "approve", "box", "notice", "slash", "plain", same=first[2])
    items.append(Item("ltc_benefit_denial_faxf_stack", "fax_fine_g4", [first[:2], second[:2]],
                      separators=["cover", None]))
    return items
