"""Family 'periodontal_gingivitis_scaling_4346_frequency_dental_eob': an invented dental carrier refusing a
scaling in presence of generalized moderate or severe gingival inflammation (CDT D4346) because the plan's
cleaning frequency (D1110/D4346/D4910 together twice per calendar year) was already used.

Thornbury Dental Benefit Company is fictional, as are the dental offices, people and numbers. Documents: a
household EOB of three claims with only the D4346 claim refused, the dental office's patient statement, a
pre-treatment estimate (predetermination) refusing the planned D4346, a photocopied single-claim EOB of several
procedures, a standard-fax stack of the provider claim denial and the office's appeal letter, an upheld appeal
told only in sentences, and a paid EOB for a later routine visit. Decoys: DOB, NPI, tax ID, received dates,
the earlier cleanings' dates, account numbers, annual maximum, processing periods, form numbers, phone numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Rand, fmt_date, fmt_money, truth
from public_kit import Page, out

FAMILY = "periodontal_gingivitis_scaling_4346_frequency_dental_eob"
LANG = "en"
SEED = 345600
INSURER = "Thornbury Dental Benefit Company"
OFFICES = [("Dr. Priya Halvorsen", "Lakeshore Family Dentistry"), ("Dr. Curtis Embry", "Maple Ridge Dental Group"),
           ("Dr. Noelle Farrant", "Westbrook Smiles Dental")]
FREQ = ("Cleanings (D1110), scaling in presence of gingival inflammation (D4346) and periodontal maintenance "
        "(D4910) are covered twice per calendar year in total. Two cleanings were already paid this year.")


def d(x: dt.date, s: str) -> str:
    return fmt_date(x, s)


def facts(r: Rand) -> dict:
    notice = dt.date(2026, 7, 1) + dt.timedelta(days=r.randint(0, 120))
    dos = notice - dt.timedelta(days=r.randint(14, 30))
    name = r.person()
    dentist, office = r.choice(OFFICES)
    return dict(notice=notice, dos=dos, name=name[0], last=name[3], addr=r.address(), mid=f"TDB{r.digits(9)}",
                group=f"{r.randint(100, 999)}-{r.letters(2)}{r.digits(3)}", claim=f"{r.digits(4)}-{r.digits(6)}-{r.letters(1)}",
                dentist=dentist, office=office, npi=r.npi(), tax=f"{r.digits(2)}-{r.digits(7)}",
                prior=[dt.date(notice.year, r.randint(1, 2), r.randint(2, 27)), dt.date(notice.year, r.randint(4, 5), r.randint(2, 27))],
                recv=dos + dt.timedelta(days=r.randint(2, 6)), acct=f"A{r.digits(6)}", phone=r.phone(),
                plan=f"TDB-PPO-{r.digits(2)}", dob=dt.date(r.randint(1960, 1995), r.randint(1, 12), r.randint(1, 28)),
                fee4346=float(r.choice([168, 176, 189, 194])), other=[r.person() for _ in range(2)])


LINES_A = [("D0120", "Periodic oral evaluation", 64.0, "P"), ("D0274", "Bitewings - four images", 86.0, "P"),
           ("D4346", "Scaling in presence of gingival inflammation, full mouth", None, "F")]


def base_truth(f: dict, doc_type: str, lines: list, **kw) -> dict:
    denied = [x for x in lines if x[3] == "F"]
    total = sum(x[2] for x in lines)
    alts = {"provider": [f["office"]]}
    if len(denied) < len(lines):
        alts["claim_amount"] = [f"{sum(x[2] for x in denied):.2f}"]
    fields = dict(insurer=INSURER, group_number=f["group"], member_id=f["mid"], member_name=f["name"],
                  case_numbers=[f["claim"]], claim_amount=f"{total:.2f}", service_dates=[f["dos"].isoformat()],
                  denial_date=f["notice"].isoformat(), provider=f["dentist"],
                  appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat())
    fields.update(kw)
    return truth(doc_type, "not_covered" if doc_type != "other" else None, alternates=alts,
                 denial_alternates=["other"] if doc_type != "other" else [], **fields)


def lines_of(f: dict) -> list:
    return [(c, t, f["fee4346"] if fee is None else fee, s) for c, t, fee, s in LINES_A]


def letterhead(p: Page, small: bool = False) -> None:
    p.line("THORNBURY", 18 if not small else 14, "B")
    p.line("Dental Benefit Company", 10)
    p.line("Claims: PO Box 80512, Harlan Falls, ST 60440   Customer Service 1-877-846-2200", 7.5)
    p.ln(3)


def eob(f: dict, style: str, money: str, household: bool) -> bytes:
    p = Page(footer="Page {n} of {nb}", footer_left="TDB-EOB-2 (rev. 03/2026)")
    p.add_page()
    letterhead(p)
    p.line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 11.5, "B")
    p.ln(1)
    y = p.get_y()
    p.para(f"{f['name']}\n{f['addr'][0]}\n{f['addr'][1]}", 9.5)
    p.set_xy(115, y)
    p.pairs([("Statement date", d(f["notice"], style)), ("Member ID", f["mid"]), ("Group", f["group"]),
             ("Claims period", f"{d(f['notice'] - dt.timedelta(days=30), style)} - {d(f['notice'], style)}")],
            label_w=32, size=8.5, x=115, h=4.6)
    p.ln(5)
    claims = []
    if household:
        o1, o2 = f["other"]
        od1 = f["dos"] - dt.timedelta(days=9)
        claims.append((f"{f['claim'][:-1]}A", f"{f['last']}, {o1[1]} (dependent)", f["dos"] - dt.timedelta(days=9),
                       "Dr. Curtis Embry", [("D0120", "Periodic oral evaluation", 64.0, "P"),
                                            ("D1120", "Prophylaxis - child", 88.0, "P")]))
    claims.append((f["claim"], f["name"], f["dos"], f["dentist"], lines_of(f)))
    if household:
        claims.append((f"{f['claim'][:-1]}C", f"{f['last']}, {f['other'][1][1]} (spouse)", f["dos"] + dt.timedelta(days=3),
                       "Dr. Noelle Farrant", [("D2391", "Resin composite, one surface, posterior", 172.0, "P")]))
    for no, pat, dos, dds, lines in claims:
        p.f(8.8, "B")
        p.cell(0, 5, f"Claim {no}   Patient: {pat}   Dentist: {dds}", new_x="LMARGIN", new_y="NEXT")
        rows = []
        for code, text, fee, st in lines:
            allowed = round(fee * 0.8, 2) if st == "P" else 0.0
            paid = allowed if code[:2] in ("D0", "D1") else round(allowed * 0.8, 2)
            rows.append([d(dos, style), code, text[:40], fmt_money(fee, money), fmt_money(allowed, money),
                         fmt_money(paid, money), "" if st == "P" else "FQ2"])
        tot = sum(x[2] for x in lines)
        rows.append(["", "", "Claim total", fmt_money(tot, money), "", "", ""])
        p.table(["Service date", "Code", "Description", "Submitted", "Allowed", "Plan paid", "Rmk"], rows,
                [22, 14, 62, 22, 20, 20, 12], size=7.8, row_h=5)
    p.para(f"FQ2 - {FREQ} Paid cleanings: {d(f['prior'][0], style)} and {d(f['prior'][1], style)}.", 8.5)
    p.para(f"Calendar-year maximum $1,500.00; used to date {fmt_money(412.4, money)}. Claim received "
           f"{d(f['recv'], style)}. Dentist NPI {f['npi']}.", 8.5)
    p.heading("Your right to appeal", 10)
    p.para("If you disagree, send a written appeal within 180 days of the date of this statement to Thornbury "
           "Appeals, PO Box 80519, Harlan Falls, ST 60440. Urgent requests are decided within 72 hours. You may also "
           "have the right to an external review within 4 months of a final decision.", 8.5)
    return out(p)


def statement(f: dict) -> bytes:
    p = Page(footer=None)
    p.add_page()
    p.line(f["office"].upper(), 14, "B", align="C")
    p.line(f"{f['dentist']}, DDS  -  418 Orchard Park Way, Harlan Falls, ST 60442  -  (555) 014-7720", 8, align="C")
    p.ln(5)
    sdate = f["notice"] + dt.timedelta(days=6)
    p.para(f"{f['name']}\n{f['addr'][0]}\n{f['addr'][1]}", 9.5)
    p.boxed_pairs([("Statement date", d(sdate, "slash")), ("Account #", f["acct"]), ("Patient", f["name"]),
                   ("Insurance", f"{INSURER}  ID {f['mid']}"), ("Insurance claim #", f["claim"])], label_w=45)
    rows = [[d(f["dos"], "slash"), c, t[:44], fmt_money(fee)] for c, t, fee, _ in lines_of(f)]
    paid = 64 * 0.8 + 86 * 0.8
    rows.append([d(f["notice"], "slash"), "INS", "Thornbury payment", f"-{fmt_money(paid)}"])
    rows.append([d(f["notice"], "slash"), "INS", "D4346 denied by insurance - frequency", "$0.00"])
    p.table(["Date", "Code", "Description", "Amount"], rows, [26, 18, 100, 30], size=8.5)
    tot = sum(x[2] for x in lines_of(f))
    p.para(f"Total charges {fmt_money(tot)}     Insurance paid {fmt_money(paid)}     "
           f"**Please pay {fmt_money(tot - paid)}**", 10)
    p.para(f"Tax ID {f['tax']}. Questions about your balance? Call our billing office. Payment is due within 30 days.", 8.5)
    return out(p)


def predetermination(f: dict) -> bytes:
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    letterhead(p, small=True)
    p.line("PRE-TREATMENT ESTIMATE (PREDETERMINATION OF BENEFITS)", 11, "B")
    p.ln(2)
    planned = f["notice"] + dt.timedelta(days=21)
    p.pairs([("Date", d(f["notice"], "abbr")), ("Patient", f["name"]), ("Member #", f["mid"]),
             ("Group number", f["group"]), ("Plan", f["plan"]), ("Estimate number", f["claim"]),
             ("Treating dentist", f"{f['dentist']} (NPI {f['npi']})"), ("Proposed date", d(planned, "abbr")),
             ("Received", d(f["recv"], "abbr"))], label_w=40, size=9.2)
    p.ln(2)
    rows = [["D4346", "Scaling - gingival inflammation", fmt_money(f["fee4346"], "nosign"), "0.00", "0.00",
             "Not covered"], ["D1206", "Topical fluoride varnish", fmt_money(42.0, "nosign"), "33.60", "33.60",
                              "Covered"], ["", "Total submitted", fmt_money(f["fee4346"] + 42.0, "nosign"), "", "33.60", ""]]
    p.table(["Code", "Procedure", "Submitted", "Allowed", "Estimate", "Status"], rows, [16, 62, 24, 22, 22, 28],
            size=8.5)
    p.para(f"D4346 is not covered: {FREQ} This estimate is not a guarantee of payment.", 9)
    p.para("You may appeal this decision within 180 days of the date of this notice.", 9)
    return out(p), planned


def provider_notice(f: dict) -> bytes:
    p = Page(footer=None)
    p.add_page()
    letterhead(p, small=True)
    p.line("PROVIDER NOTICE OF CLAIM DENIAL", 12, "B")
    p.ln(2)
    p.boxed_pairs([("Notice date", d(f["notice"], "dmy")), ("Billing office", f["office"]),
                   ("Rendering dentist", f["dentist"]), ("Patient / Member ID", f"{f['name']} / {f['mid']}"),
                   ("Group", f["group"]), ("Claim number", f["claim"]), ("Date of service", d(f["dos"], "dmy")),
                   ("D4346 billed", fmt_money(f["fee4346"], "usd")), ("Date received", d(f["recv"], "dmy"))], label_w=50)
    p.para(f"Denial code FQ2: {FREQ} The patient may not be billed for more than the network fee.", 9)
    p.para("Request a reconsideration within 90 days of the date of this notice; corrected claims must arrive within "
           "365 days of the date of service.", 9)
    return out(p)


def office_appeal(f: dict) -> bytes:
    p = Page(footer=None)
    p.add_page()
    p.line(f["office"], 14, "B")
    p.line(f"418 Orchard Park Way, Harlan Falls, ST 60442   NPI {f['npi']}", 8)
    p.ln(5)
    p.para(d(f["notice"] + dt.timedelta(days=8), "long"), 10)
    p.para(f"Thornbury Dental Benefit Company\nAttn: Provider Appeals\nPO Box 80519, Harlan Falls, ST 60440", 10)
    p.para(f"Re: {f['name']}, ID {f['mid']}, claim {f['claim']}, date of service {d(f['dos'], 'long')}", 10)
    p.para("D4346 is a different procedure from a prophylaxis. The patient had generalized gingival inflammation "
           "with bleeding on probing at 42% of sites, and the scaling was needed to treat it. Please count it as a "
           "therapeutic service, not a cleaning, and pay the claim. Periodontal charting is enclosed.", 10)
    p.para(f"Sincerely,\n{f['dentist']}, DDS", 10)
    return out(p)


def upheld(f: dict) -> bytes:
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line("Thornbury Dental Benefit Company", 13, "B")
    p.line("Member Appeals", 9)
    p.ln(6)
    dt_ = f["notice"]
    p.para(d(dt_, "long"), 10)
    p.para(f"{f['name']}\n{f['addr'][0]}\n{f['addr'][1]}", 10)
    appeal = f"AP{f['claim'][:4]}{f['claim'][5:11]}"
    p.para(f"Dear {f['name'].split()[0]} {f['last']}:", 10)
    p.para(f"We have reviewed your appeal number {appeal}, which we received on {d(f['recv'], 'long')}. You asked "
           f"us to pay claim {f['claim']} for the scaling in presence of gingival inflammation (D4346) that "
           f"{f['dentist']} performed on {d(f['dos'], 'long')}. The dentist's office billed {fmt_money(f['fee4346'])} "
           f"for this service. Your member ID is {f['mid']} under group {f['group']}.", 10)
    p.para(f"A dental consultant reviewed the charting. We are upholding our decision. {FREQ} The earlier visits were on "
           f"{d(f['prior'][0], 'long')} and {d(f['prior'][1], 'long')}, so the plan cannot pay for a third.", 10)
    p.para("If you still disagree, you may ask for a second-level appeal within 60 days of the date of this letter. "
           "You may also ask for an external review within 4 months. Call 1-877-846-2200 with questions.", 10)
    p.para("Sincerely,\nAppeals Coordinator", 10)
    return out(p), appeal


def paid_eob(f: dict) -> bytes:
    p = Page(footer=None)
    p.add_page()
    letterhead(p)
    p.line("Explanation of Benefits", 12, "B", align="R")
    p.ln(1)
    p.pairs([("Issued", d(f["notice"], "iso")), ("Subscriber", f["name"]), ("ID", f["mid"]),
             ("Group", f["group"]), ("Claim", f["claim"]), ("Provider", f["dentist"])], label_w=30, size=9)
    p.ln(2)
    rows = [[d(f["dos"], "iso"), "D0120", "Periodic oral evaluation", "64.00", "51.20", "51.20", "0.00"],
            [d(f["dos"], "iso"), "D1110", "Prophylaxis - adult", "121.00", "96.80", "96.80", "0.00"]]
    p.table(["Date", "Code", "Service", "Billed", "Allowed", "Paid", "You owe"], rows, [24, 16, 60, 18, 18, 18, 18],
            size=8.5)
    p.para("Total billed 185.00. This was the first of two covered cleanings in the calendar year. Nothing is "
           "denied on this statement. Appeals: 180 days of the date of this statement.", 9)
    return out(p)


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY
    fs = [facts(Rand(SEED + i)) for i in range(7)]
    items = []
    f = fs[0]
    items.append(Item(f"{F}_bd_household_eob", "born_digital", [(eob(f, "slash", "plain", True),
                                                                  base_truth(f, "eob", lines_of(f)))]))
    f = fs[1]
    t = base_truth(f, "other", lines_of(f), denial_date=(f["notice"] + dt.timedelta(days=6)).isoformat(),
                   appeal_deadline=None, group_number=None)
    t["unscored"] = ["insurer"]
    t["alternates"]["provider"] = [f["office"]]
    t["alternates"].pop("claim_amount", None)
    t["alternates"]["case_numbers"] = [[]]
    items.append(Item(f"{F}_scan_office_statement", "scan_clean_300", [(statement(f), t)]))
    f = fs[2]
    pdf, planned = predetermination(f)
    t = base_truth(f, "denial_letter", lines_of(f), service_dates=[planned.isoformat()],
                   claim_amount=f"{f['fee4346'] + 42:.2f}", plan_id=f["plan"])
    t["alternates"]["claim_amount"] = [f"{f['fee4346']:.2f}"]
    t["type_alternates"] = ["eob"]
    items.append(Item(f"{F}_low_predetermination", "scan_lowres_150", [(pdf, t)]))
    f = fs[3]
    items.append(Item(f"{F}_copy_single_claim_eob", "photocopy", [(eob(f, "upper", "nosign", False),
                                                                   base_truth(f, "eob", lines_of(f)))]))
    f = fs[4]
    t1 = base_truth(f, "denial_letter", lines_of(f), claim_amount=f"{f['fee4346']:.2f}",
                    appeal_deadline=(f["notice"] + dt.timedelta(days=90)).isoformat())
    t1["alternates"] = {"provider": [f["office"]]}
    t2 = base_truth(f, "other", lines_of(f), claim_amount=None, appeal_deadline=None, group_number=None,
                    denial_date=(f["notice"] + dt.timedelta(days=8)).isoformat())
    t2["unscored"] = ["insurer"]
    t2["alternates"] = {"provider": [f["office"]], "case_numbers": [[]]}
    items.append(Item(f"{F}_faxstd_provider_stack", "fax_standard_g4",
                      [(provider_notice(f), t1), (office_appeal(f), t2)], separators=["cover", "blank"]))
    f = fs[5]
    pdf, appeal = upheld(f)
    t = base_truth(f, "denial_letter", lines_of(f), claim_amount=f"{f['fee4346']:.2f}",
                   case_numbers=[appeal, f["claim"]],
                   appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat())
    t["alternates"] = {}
    items.append(Item(f"{F}_phone_upheld_prose", "phone_photo", [(pdf, t)]))
    f = fs[6]
    t = truth("eob", None, insurer=INSURER, group_number=f["group"], member_id=f["mid"], member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount="185.00", service_dates=[f["dos"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["dentist"], appeal_deadline=None,
              alternates={"appeal_deadline": [(f["notice"] + dt.timedelta(days=180)).isoformat()]})
    items.append(Item(f"{F}_rot_paid_eob", "rotated", [(paid_eob(f), t)]))
    return items
