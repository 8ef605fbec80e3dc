"""Family va_community_care: a VA community care claim decision (Notice of Decision letter or EOB-like statement).

Modelled on the public notices the Department of Veterans Affairs (Veterans Health Administration, Office of
Integrated Veteran Care) sends on claims for care a veteran received from a community provider: the VA
letterhead, the decision date, the veteran's name with only the last four digits of the SSN, the claim number,
the VA referral/authorization number (VA + 10 digits) or "none on file", the community provider, dates of
service and billed amount, the reason in plain words with the legal basis (38 U.S.C. 1703, 1725, 1728; 38 CFR
17.1004, 17.55), and the decision-review options of the Appeals Modernization Act: Higher-Level Review,
Supplemental Claim or a Board of Veterans' Appeals appeal within one year from the date of the decision.
Two layouts: a letter, and a claim statement with a service-line table (some paid, some denied).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundg_public import DOCTORS, SUPPLIERS, address, digits, npi, person, phone
from public_kit import Page, fdate, m2, money, out, plus, span, truth

FAMILY = "va_community_care"
LANG = "en"

VA = "U.S. Department of Veterans Affairs"
VA_ALTS = ["Department of Veterans Affairs", "Veterans Health Administration", "VA Office of Integrated Veteran Care"]
# kind -> (service lines [(CPT, description, lo, hi)], referral?, reason, legal basis, denial type, alternates)
CASES = {
    "no_referral": ([("73721", "MRI, knee joint, without contrast", 1400, 2300)], False,
                    "VA did not authorize this care before you received it. We found no approved referral or "
                    "authorization on file for this provider and these dates. Non-emergency care in the community "
                    "is paid only when VA approves it in advance.", "38 U.S.C. 1703; 38 CFR 17.4020",
                    "prior_authorization", None),
    "not_emergency": ([("99284", "Emergency department visit, moderate severity", 1100, 1900),
                       ("71046", "Chest X-ray, 2 views", 180, 340)], False,
                      "The records show you went to the emergency department for a cough that had lasted two weeks, "
                      "with normal vital signs. A prudent layperson would not have reasonably expected that delay in "
                      "care would put your health in serious jeopardy, so the visit does not meet the definition of "
                      "emergency care, and a VA clinic was open that day.", "38 U.S.C. 1725; 38 CFR 17.1002(b)",
                      "medical_necessity", ["not_covered", "other"]),
    "late": ([("27447", "Total knee arthroplasty, professional services", 3800, 6200)], True,
             "Community providers must file claims within 180 days of the date of service. We received this claim "
             "on {received}, which is more than 180 days after the date of service, so it cannot be paid. The "
             "provider may not bill you for this care because of its own late filing.",
             "38 U.S.C. 1703D; 38 CFR 17.4030", "timely_filing", None),
    "not_enrolled": ([("99223", "Initial hospital care, high severity", 900, 1500),
                      ("99232", "Subsequent hospital care", 250, 420)], False,
                     "On the dates of service you were not enrolled in the VA health care system, and you had not "
                     "received VA care in the 24 months before the emergency. Reimbursement for emergency care in "
                     "the community requires both.", "38 U.S.C. 1725(b); 38 CFR 17.1002(e)", "eligibility",
                     ["other"]),
    "expired": ([("97110", "Therapeutic exercise, 15 min", 120, 190)] * 4, True,
                "The referral covered physical therapy visits through {end}. The visits after that date were given "
                "after the authorization expired and no new referral was approved, so they are denied. The visits "
                "within the authorized period are paid.", "38 CFR 17.4020(c)", "prior_authorization", ["other"]),
    "paid": ([("99213", "Office visit, established patient", 160, 260), ("87880", "Strep test, rapid", 30, 60)],
             True, "", "", None, None),
}


def make(rng, kind, layout, unit):
    lines, has_ref, reason, basis, dtype, dalt = CASES[kind]
    who = person(rng)
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=rng.randint(0, 95))
    ds = rng.choice(["long", "slash", "abbr"])
    mstyle = rng.choice(["plain", "flat"])
    prov = rng.choice(DOCTORS) if kind in ("no_referral", "late", "paid") else \
        rng.choice([SUPPLIERS[10], SUPPLIERS[7], SUPPLIERS[11], SUPPLIERS[9]])
    if kind == "expired":
        prov = SUPPLIERS[11]
    dos = plus(notice, -rng.randint(45, 90) - (210 if kind == "late" else 0))
    claim = f"{rng.choice(['CC', 'VA'])}{notice.strftime('%y')}-{digits(rng, 9)}"
    ref = ("VA00" + digits(rng, 8)) if has_ref else None
    icn = f"10{digits(rng, 8)}V{digits(rng, 6)}"
    show_icn = layout == "eob" or rng.random() < 0.5
    rows, billed, denied, denied_dates, all_dates = [], 0.0, 0.0, [], []
    end = plus(dos, 14)
    for i, (code, desc, lo, hi) in enumerate(lines):
        v = round(rng.uniform(lo, hi), 2)
        d = plus(dos, 7 * i if kind == "expired" else (1 if kind == "not_enrolled" and i else 0))
        deny = kind != "paid" and (kind != "expired" or d > end)
        rows.append([fdate(d, ds), code, desc, money(v, mstyle), money(0 if deny else round(v * 0.58, 2), mstyle),
                     "Denied" if deny else "Paid"])
        billed += v
        all_dates.append(span(d))
        if deny:
            denied += v
            denied_dates.append(span(d))
    billed = round(billed, 2)
    insurer = VA if unit else "Department of Veterans Affairs"
    p = Page(serif=layout == "letter", footer="Page {n} of {nb}", footer_left="VA 10-0547n (Rev. 11/2025)")
    p.add_page()
    p.line(insurer.upper() if not unit else insurer, 13, "B", h=6.5)
    p.line("Veterans Health Administration \u2013 Office of Integrated Veteran Care", 9.5, h=5)
    p.line(f"Community Care Claims, PO Box {rng.randint(30000, 69999)}, Sable Ridge, MT 59703   "
           f"{phone(rng)}", 8, h=4.5)
    y = p.get_y() + 1
    super(Page, p).line(p.l_margin, y, p.w - p.r_margin, y)
    p.ln(4)
    for ln in [who.upper()] + address(rng):
        p.line(ln, 10, h=5)
    p.ln(3)
    if layout == "letter":
        p.line(fdate(notice, ds), 10, h=5)
        p.ln(2)
        p.line("Notice of Decision \u2013 Community Care Claim", 14, "B", h=8)
    else:
        p.line("Community Care Claim Decision / Explanation of Benefits", 13, "B", h=8)
        p.pairs([("Date of decision", fdate(notice, ds))], label_w=45, size=10)
    p.ln(1)
    hdr = [("Veteran", who), ("Last 4 of SSN", f"XXX-XX-{digits(rng, 4)}")]
    if show_icn:
        hdr.append(("Veteran ICN", icn))
    hdr += [("Claim number", claim), ("Referral/authorization no.", ref or "None on file"),
            ("Community provider", prov), ("Provider NPI", npi(rng)),
            ("Dates of service", fdate(dos, ds) + ("" if len(set(all_dates)) == 1 else
                                                    " \u2013 " + fdate(dt.date.fromisoformat(all_dates[-1]), ds))),
            ("Amount billed", money(billed, mstyle)), ("Station", f"{rng.randint(501, 695)} (VISN {rng.randint(1, 23)})"),
            ("Document control no.", digits(rng, 11))]
    p.boxed_pairs(hdr, label_w=60, size=9.2, h=5.8) if layout == "letter" else p.pairs(hdr, label_w=55, size=9.5)
    p.ln(1)
    if layout == "eob" or kind == "expired":
        p.table(["Date of service", "Code", "Service", "Billed", "VA paid", "Status"], rows, [27, 16, 70, 24, 22, 21],
                size=8.3, head_h=7, aligns=["L", "L", "L", "R", "R", "L"])
    if kind == "paid":
        p.para("VA paid this claim. You do not owe the provider anything for this care, apart from any copayment VA "
               "bills you separately. No action is needed.", 10)
    else:
        p.heading("What we decided", 11)
        p.para(("We denied your claim in full." if kind != "expired" else "We paid part of this claim and denied "
                "the rest.") + " ", 10)
        p.heading("Why we made this decision", 11)
        p.para(reason.format(received=fdate(plus(dos, rng.randint(200, 260)), ds), end=fdate(end, ds)), 10)
        p.para(f"Legal basis: {basis}.", 9.5)
    deadline = dt.date(notice.year + 1, notice.month, notice.day)
    printed = rng.random() < 0.35
    p.heading("Your right to ask for a review", 11)
    if printed:
        p.para(f"If you disagree with this decision, you have until **{fdate(deadline, ds)}** to choose one of the "
               "three review options below.", 10)
    else:
        p.para("If you disagree with this decision, you may choose one "
               "of the three review options below. You must ask within one year from the date of this decision.", 10)
    p.bullets(["Higher-Level Review: a senior reviewer looks at the same evidence (VA Form 20-0996).",
               "Supplemental Claim: send new and relevant evidence (VA Form 20-0995).",
               "Board Appeal: ask a Veterans Law Judge at the Board of Veterans' Appeals to review it (VA Form "
               "10182)."])
    p.para(f"Questions? Call the Community Care Call Center at {phone(rng)}. Veterans Crisis Line: dial 988, then "
           "press 1.", 9)
    alts = {"insurer": VA_ALTS + [VA]}
    if not printed:
        alts["appeal_deadline"] = [None, plus(notice, 365).isoformat()]
    if kind == "expired":
        alts["claim_amount"] = [m2(denied)]
        alts["service_dates"] = [sorted(set(all_dates))]
    cases = [claim] + ([ref] if ref else [])
    if kind == "paid":
        t = truth("eob", None, insurer=insurer, member_id=icn if show_icn else None, member_name=who, cases=cases,
                  claim_amount=m2(billed), service_dates=all_dates, denial_date=notice.isoformat(), provider=prov,
                  appeal_deadline=None, alternates=dict(alts, appeal_deadline=[deadline.isoformat()]),
                  type_alternates=["other"])
    else:
        t = truth("eob" if layout == "eob" else "denial_letter", dtype, insurer=insurer,
                  member_id=icn if show_icn else None, member_name=who, cases=cases, claim_amount=m2(billed),
                  service_dates=denied_dates, denial_date=notice.isoformat(), provider=prov,
                  appeal_deadline=deadline.isoformat(), alternates=alts, denial_alternates=dalt,
                  type_alternates=["denial_letter"] if layout == "eob" else None)
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    return [Item("va_community_care_bd_noref", "born_digital", [make(rng, "no_referral", "letter", True)]),
            Item("va_community_care_bd_expired", "born_digital", [make(rng, "expired", "eob", False)]),
            Item("va_community_care_scan_noter", "scan_clean_300", [make(rng, "not_emergency", "letter", False)]),
            Item("va_community_care_lowres_late", "scan_lowres_150", [make(rng, "late", "eob", True)]),
            Item("va_community_care_copy_notenr", "photocopy", [make(rng, "not_enrolled", "letter", True)]),
            Item("va_community_care_photo_paid", "phone_photo", [make(rng, "paid", "eob", False)]),
            Item("va_community_care_rot_noref", "rotated", [make(rng, "no_referral", "letter", False)])]
