"""Family 'claim_reprocessing_recoupment': an invented insurer's letters saying a claim it paid earlier was
reprocessed, usually to a denial, with the provider asked to refund the plan.

Orrindale Mutual Health Insurance Company is fictional, and so is every person and number. Reasons: other coverage
found that pays first (coordination of benefits), coverage ended retroactively (an employer's late termination, a
dependant who aged out), a duplicate payment; one letter to the provider's billing office asks for the refund (member
in a RE: block); one page lists three claims of which only one was reversed; one reprocessing paid more. Both the
original and the adjusted claim numbers are printed; the amount first paid, the refund asked of the provider, the
allowed amount and what the member may now owe are decoys beside the billed charges, with the original check number,
the processed date and a document control number.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundq_famq2 import address, days, doctor, fdate, iso, local_phone, m2, mixed, money, npi, person, phone, usd

FAMILY = "claim_reprocessing_recoupment"
LANG = "en"
INSURER = "Orrindale Mutual Health Insurance Company"
PROVIDERS = ["Cresthaven Imaging Partners", "Dr. {d}, Tallowfield Internal Medicine", "Saint Wilfrid Medical Center",
             "Bramwell Physical Therapy", "Dr. {d}, Gorsemoor Pediatrics"]


def letterhead(d: Doc, f: dict) -> None:
    if f["lh"] == 0:
        d.text_line("ORRINDALE MUTUAL", 18, "B", h=8)
        d.text_line("Health Insurance Company", 11.5, h=5.5)
    elif f["lh"] == 1:
        d.text_line("Member of the Orrindale Financial Group", 8.5, "I", h=4.5)
        d.text_line(INSURER, 14, "B", h=7)
    else:
        d.text_line(INSURER, 14, "B", h=7)
        d.text_line("Claims Recovery and Adjustment Unit", 9.5, h=5)
    d.text_line(f"PO Box {f['box']}, Dubuque, IA 52001   Customer service {f['ph']}   Fax {f['fax']}", 8.2, h=4.5)
    d.rule(0.6, 4)


def reason(f: dict) -> tuple[str, str]:
    fd, k = f["fd"], f["kind"]
    if k in ("cob", "provcob"):
        other = "Medicare Part B" if k == "provcob" else "a group plan through your spouse's employer"
        return ("Other coverage pays first", f"During a coordination of benefits review we learned that the patient "
                f"was also covered by {other} on the date of service. That coverage is primary and must process the "
                "claim first. We have reversed our payment and denied the claim as primary; send it to the other "
                "coverage, then to us with that plan's explanation of benefits for any secondary payment.")
    if k in ("elig", "multi", "dependent"):
        why = ("your employer told us that your coverage ended on" if k != "dependent" else
               "the patient reached the plan's age limit for dependent children, so coverage for the patient ended on")
        return ("Coverage ended before the date of service", f"After the claim was paid, {why} "
                f"{fd(f['term'])}. The service was received after that date, when no coverage was in force, so "
                "we reprocessed the claim and it is now denied.")
    if k == "dup":
        return ("Duplicate payment", "The same service for the same date was billed twice and, in error, paid on "
                "both claims. We have reversed the second payment and denied that claim as a duplicate of the claim "
                "already paid. You do not owe anything more for this service.")
    return ("Claim paid again at a higher amount", "The provider sent a corrected claim with the right units. We "
            "reprocessed it and paid an added amount. Nothing on this claim was denied.")


def summary(d: Doc, f: dict) -> None:
    fd, mo, lab = f["fd"], f["money"], f["lab"]
    rows = [(lab["mem"], f["name"]), (lab["mid"], f["mid"]), ("Group", f["group"]),
            (lab["orig"], f["orig"]), (lab["adj"], f["adj"]), ("Provider", f["prov"]),
            ("Date(s) of service", f["dos_txt"]), ("Billed charges", mo(f["billed"])),
            ("Originally paid", f"{mo(f['paid'])} (check {f['check']}, {fd(f['paid_on'])})"),
            ("Paid after reprocessing", mo(f["new_paid"])), ("Adjustment processed", fd(f["processed"]))]
    if f["kind"] != "more":
        rows.insert(9, ("Refund requested from provider", mo(f["paid"])))
    for key, v in rows:
        d.set_font(f["font"], "B", 9.2)
        d.cell(58, 5.1, key + ":")
        d.set_font(f["font"], "", 9.6)
        d.cell(0, 5.1, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def multi_table(d: Doc, f: dict) -> None:
    fd, mo = f["fd"], f["money"]
    for key, v in ((f["lab"]["mem"], f["name"]), (f["lab"]["mid"], f["mid"]), ("Group", f["group"])):
        d.set_font(f["font"], "B", 9.2)
        d.cell(40, 5.1, key + ":")
        d.set_font(f["font"], "", 9.6)
        d.cell(0, 5.1, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para("We reviewed the claims we paid for you in the last six months against the coverage end date your "
           "employer reported to us. Results:", 10)
    rows = []
    for c in f["others"]:
        rows.append([c["orig"], "-", c["prov"], fd(c["dos"]), mo(c["billed"]), mo(c["paid"]), "No change"])
    rows.insert(f["pos"], [f["orig"], f["adj"], f["prov"], fd(f["dos"]), mo(f["billed"]), mo(f["paid"]),
                           "DENIED - refund"])
    d.table(["Orig. claim", "Adj. claim", "Provider", "Service", "Billed", "Paid", "Result"], rows,
            [27, 25, 52, 21, 19, 17, 21], size=7.8, aligns="LLLLRRL")


def letter(f: dict) -> bytes:
    fd, mo = f["fd"], f["money"]
    d = Doc(f["font"], footer=f"DCN {f['dcn']}   Form OM-ADJ-{f['formno']}")
    d.add_page()
    letterhead(d, f)
    d.text_line(fd(f["date"]), 10.3, h=5)
    d.ln(2)
    to = [f"{f['prov']} - Billing Office", *f["paddr"]] if f["kind"] == "provcob" else [f["sub"], *f["addr"]]
    for ln in to:
        d.text_line(ln, 10.3, h=5)
    d.ln(4)
    title, why = reason(f)
    if f["kind"] == "provcob":
        d.text_line("Notice of claim reprocessing and request for refund", 12, "B", h=7)
        d.para(f"RE: patient {f['name']}, member ID {f['mid']}", 10)
    else:
        d.text_line("Notice of claim adjustment" if f["kind"] != "more" else "Your claim was reprocessed", 12, "B",
                    h=7)
    if f["kind"] == "multi":
        d.para(f"Dear {f['sub'].split()[0]} {f['sub'].split()[-1]}:", 10.2)
        multi_table(d, f)
    else:
        summary(d, f)
        d.para("Dear Provider:" if f["kind"] == "provcob" else
               f"Dear {f['sub'].split()[0]} {f['sub'].split()[-1]}:", 10.2)
        if f["kind"] == "provcob" or f["kind"] in ("cob", "elig", "dup", "dependent"):
            d.para(f"We paid claim {f['orig']} for services {f['dos_txt_sentence']}. We have since reprocessed "
                   f"it as claim {f['adj']}.", 10.2)
    d.text_line(title, 11, "B", h=6.5)
    d.para(why, 10.2)
    if f["kind"] == "more":
        d.para(f"We paid {f['prov']} an added {mo(f['new_paid'] - f['paid'])}. Your share did not go up.", 10.2)
    else:
        owe = ("The provider may now bill the patient for the service"
               if f["kind"] in ("elig", "multi", "dependent") else "The provider may bill the other coverage")
        who = "your office" if f["kind"] == "provcob" else "the provider"
        d.para(f"We will ask {who} to refund the {mo(f['paid'])} we paid. {owe}; the member may owe up to "
               f"{mo(f['owe'])}.", 10.2)
        when = {"within": "within 180 days of the date of this notice", "by": f"by {fd(f['deadline'])}",
                "receipt": "within 180 days after you receive this notice"}[f["dl"]]
        d.text_line("Your right to appeal", 11, "B", h=6.5)
        d.para(f"If you think this adjustment is wrong, you may appeal {when}. Write to Orrindale Appeals, PO Box "
               f"{f['abox']}, Dubuque, IA 52001, or fax {f['fax']}. Include the adjusted claim number. You may also "
               "ask for an external review after our final decision.", 9.8)
    d.para(f"Questions? Call {f['ph']}.   Sincerely, Claims Recovery, {INSURER}", 9.8)
    return pdf_bytes(d)


LABELS = [dict(mem="Patient", mid="Member ID", orig="Original claim no.", adj="Adjusted claim no."),
          dict(mem="Member", mid="ID number", orig="Claim # (original)", adj="Claim # (reprocessed)"),
          dict(mem="Patient name", mid="Subscriber ID", orig="Prior claim", adj="Replacement claim")]


def claim_prov(r: random.Random) -> str:
    return r.choice(PROVIDERS).format(d=doctor(r))


def facts(r: random.Random, kind: str, ds: str, ms: str, dl: str, lh: int, li: int, font: str, span: bool) -> dict:
    date = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 150))
    dos = days(date, -r.randint(70, 160))
    end = days(dos, r.randint(2, 4)) if span else dos
    a1, a2 = address(r)
    p1, p2 = address(r)
    name = person(r)
    f = dict(kind=kind, fd=lambda x: fdate(x, ds), money=lambda v: usd(v, ms), dl=dl, lh=lh, lab=LABELS[li],
             font=font, date=date, dos=dos, end=end, name=name, addr=[a1, a2], paddr=[p1, p2], prov=claim_prov(r),
             mid=mixed(r, r.choice(["ORM99999999", "9A99999999", "OM-999999-01"])), group=mixed(r, "9999-A99"),
             orig=mixed(r, r.choice(["2699A999999", "C26999999990", "OR99999999A"])), ph=phone(r),
             fax=local_phone(r), box=r.randint(6000, 6999), abox=r.randint(100, 199), check=mixed(r, "99999999"),
             dcn=mixed(r, "99999A99999"), formno=r.randint(10, 99), billed=money(r, 380, 6200))
    f["sub"] = name if kind != "dependent" else person(r).rsplit(" ", 1)[0] + " " + name.split()[-1]
    f["adj"] = f["orig"][:-2] + mixed(r, "A9") if kind != "dup" else mixed(r, "C26999999991")
    f["paid"] = round(f["billed"] * 0.62, 2)
    f["new_paid"] = 0.0 if kind != "more" else round(f["billed"] * 0.8, 2)
    f["owe"] = round(f["billed"] * 0.71, 2)
    f["paid_on"] = days(dos, r.randint(25, 40))
    f["processed"] = days(date, -r.randint(2, 5))
    f["term"] = days(dos, -r.randint(10, 40))
    f["deadline"] = days(date, 180)
    f["dos_txt"] = fdate(dos, ds) if end == dos else f"{fdate(dos, ds)} - {fdate(end, ds)}"
    f["dos_txt_sentence"] = (f"on {fdate(dos, ds)}" if end == dos else
                             f"from {fdate(dos, 'long').rsplit(',', 1)[0] if dos.year == end.year and ds == 'long' else fdate(dos, ds)} "
                             f"through {fdate(end, ds)}")
    if kind == "multi":
        f["others"] = [dict(orig=mixed(r, "2699A999999"), prov=claim_prov(r), dos=days(f["term"], -r.randint(5, 60)),
                            billed=money(r, 150, 900), paid=0.0) for _ in range(2)]
        for c in f["others"]:
            c["paid"] = round(c["billed"] * 0.7, 2)
        f["pos"] = r.randint(0, 2)
    return f


DENIAL = {"cob": ("other", ["not_covered"]), "provcob": ("other", ["not_covered"]), "elig": ("eligibility", []),
          "multi": ("eligibility", []), "dependent": ("eligibility", []), "dup": ("other", []), "more": (None, [])}


def make_truth(f: dict) -> dict:
    denial, dalts = DENIAL[f["kind"]]
    alts: dict = {"insurer": ["Orrindale Mutual"], "case_numbers": [[f["adj"]], [f["orig"]]]}
    if f["prov"].startswith("Dr. "):
        alts["provider"] = [f["prov"].split(", ")[1]]
    if f["end"] != f["dos"]:
        alts["service_dates"] = [[iso(f["dos"])]]
    deadline = None if f["dl"] == "receipt" or denial is None else iso(f["deadline"])
    if f["dl"] == "receipt" and denial:
        alts["appeal_deadline"] = [iso(f["deadline"])]
    prov = f["prov"].split(", ")[0].removeprefix("Dr. ")
    return truth("denial_letter" if denial else "other", denial, insurer=INSURER, group_number=f["group"],
                 member_id=f["mid"], member_name=f["name"], case_numbers=[f["orig"], f["adj"]],
                 claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"], f["end"])], denial_date=iso(f["date"]),
                 provider=prov, appeal_deadline=deadline, alternates=alts, denial_alternates=dalts,
                 type_alternates=["eob"] if denial is None else [])


# (stem, condition, kind, date style, money, deadline, letterhead, labels, font, span)
PLAN = [
    ("claim_reprocessing_recoupment_bd_cob", "born_digital", "cob", "long", "plain", "within", 0, 0, "Helvetica",
     False),
    ("claim_reprocessing_recoupment_bd_elig", "born_digital", "elig", "slash", "nosign", "by", 1, 1, "Times", True),
    ("claim_reprocessing_recoupment_scan_dup", "scan_clean_300", "dup", "abbr", "plain", "within", 2, 2, "Helvetica",
     False),
    ("claim_reprocessing_recoupment_lowres_multi", "scan_lowres_150", "multi", "slash", "plain", "receipt", 0, 0,
     "Helvetica", False),
    ("claim_reprocessing_recoupment_copy_provcob", "photocopy", "provcob", "iso", "usd", "within", 2, 1, "Helvetica",
     True),
    ("claim_reprocessing_recoupment_faxs_more", "fax_standard_g4", "more", "dmy", "plain", "within", 1, 2, "Helvetica",
     False),
    ("claim_reprocessing_recoupment_rot_dependent", "rotated", "dependent", "long", "bare", "within", 1, 0, "Times",
     True),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ds, ms, dl, lh, li, font, sp) in enumerate(PLAN):
        r = random.Random(41300 + i)
        f = facts(r, kind, ds, ms, dl, lh, li, font, sp)
        items.append(Item(stem, cond, [(letter(f), make_truth(f))]))
    return items
