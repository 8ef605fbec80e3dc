"""Family medicaid_dental_eob: a state Medicaid dental program's benefits administrator's explanation of benefits
(member notice of a dental claim decision), most often about a child and addressed to the parent.

Modelled on the member EOBs and notices that dental benefits administrators send for state Medicaid/CHIP dental
programs (in our own words): the administrator's letterhead "for" the state program; addressee (the parent or
guardian of the child, or the adult member); a member block (member, Medicaid ID, date of birth, notice date, claim /
ICN number, provider and treating dentist, date received, date processed); a line table (date of service, tooth,
surfaces, CDT D-code, description, billed, allowed, paid, reason code); a reason-code legend; appeal "within 60 days
of the date of this notice" / by a printed date / from the day you get it; state fair hearing after the appeal.
Kinds: sealant frequency limit (two of four teeth), adult crown excluded, orthodontia without prior authorization,
crown not necessary (a filling will do), late-filed claim, a non-enrolled dentist on a two-claim notice, and an
all-paid check-up. Decoys: NPI, provider Medicaid number, date received, paid and allowed amounts, other claim.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundi_famm import ADULTS, DENTAL_OFFICES, DENTISTS, KIDS, LAST, address, digits, letters, npi, person
from kit_roundi_famm import phone
from public_kit import Page, fdate, m2, money, out, plus, span, truth

FAMILY = "medicaid_dental_eob"
LANG = "en"
DBAS = [("Brightwater Dental Benefits Administrators", "Arden SmileCare \u2013 Medicaid Dental Program"),
        ("Keystone Ridge Dental Services, LLC", "Westmere Medical Assistance Dental Program")]
# code -> (description, fee low, fee high)
CDT = {"D0120": ("Periodic oral evaluation", 38, 52), "D1120": ("Prophylaxis - child", 45, 62),
       "D1206": ("Fluoride varnish", 24, 36), "D0272": ("Bitewings - two films", 34, 48),
       "D1351": ("Sealant - per tooth", 36, 49), "D2740": ("Crown - porcelain/ceramic", 980, 1240),
       "D8080": ("Ortho treatment, adolescent", 4200, 5600),
       "D0340": ("2D cephalometric image", 72, 95), "D2750": ("Crown - porcelain fused to high noble", 1010, 1290),
       "D2392": ("Resin, 2 surfaces, posterior", 160, 215), "D7140": ("Extraction, erupted tooth", 118, 165),
       "D0150": ("Comprehensive oral evaluation", 70, 96)}
REASONS = {"P": ("PAID", "Paid at the program's fee."),
           "F1": ("F1", "Frequency limit: a sealant on this tooth was paid within the last 36 months."),
           "A7": ("A7", "Not a covered benefit for members age 21 and older."),
           "PA": ("PA", "Prior authorization required; none on file for this service."),
           "MN": ("MN", "Not medically necessary: the records show the tooth can be restored with a filling."),
           "TF": ("TF", "Claim received after the 365-day filing limit."),
           "NE": ("NE", "Provider not enrolled with the state Medicaid program on the date of service.")}
HEAD = [["Date of service", "Tooth", "Surf.", "Code", "Description", "Billed", "Allowed", "Paid", "Reason"],
        ["DOS", "Tooth #", "Srf", "CDT", "Procedure", "Charged", "Allowed amt", "Plan paid", "Code"]]


def _lines(rng, dos, spec, ms):
    """Table rows and totals for one claim: spec = [(code, tooth, surfaces, reason)]."""
    rows, billed, denied = [], 0.0, 0.0
    for code, tooth, surf, why in spec:
        desc, lo, hi = CDT[code]
        fee = round(rng.randint(lo, hi) + rng.choice([0, 0.5, 0.25]), 2)
        allowed = round(fee * rng.uniform(0.55, 0.8), 2) if why == "P" else 0.0
        billed += fee
        denied += fee if why != "P" else 0
        rows.append([dos, tooth, surf, code, desc, money(fee, ms), money(allowed, ms), money(allowed, ms), why])
    return rows, round(billed, 2), round(denied, 2)


def make(rng, claims, ds, ms, *, child=True, dba=0, style="notice", head=0, dtype=None, dalt=None):
    """claims: list of dicts (spec, office, dentist, dos_back, recv_back); the first with a denial is 'the' claim."""
    org, program = DBAS[dba]
    kid, kfirst, klast = person(rng, KIDS if child else ADULTS, LAST)
    parent = f"{rng.choice(ADULTS)} {klast}"
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=rng.randint(0, 95))
    d = lambda x: fdate(x, ds)  # noqa: E731
    mid = rng.choice([digits(rng, 11), f"{letters(rng, 1)}{digits(rng, 9)}", f"{digits(rng, 8)}-{digits(rng, 2)}"])
    p = Page(footer="Page {n} of {nb}", footer_left=f"DEOB-{rng.randint(100, 999)}  Rev. 07/2025")
    p.add_page()
    p.line(org, 14, "B", h=7)
    p.line(f"Administrator for {program}", 8.5, h=4.5)
    a = address(rng)
    p.line(f"PO Box {rng.randint(1000, 9999)}, {a[1]}  \u2022  Member Services {phone(rng)} (TTY 711)", 8, h=4.2)
    p.ln(4)
    top = [f"To the parent or guardian of {kfirst} {klast}", parent.upper()] if child else [kid.upper()]
    for ln in top + address(rng):
        p.line(ln, 9.5, h=4.8)
    p.ln(3)
    p.line(rng.choice(["EXPLANATION OF BENEFITS", "Explanation of Dental Benefits", "MEMBER NOTICE OF DENTAL CLAIM"]),
           13, "B", h=7)
    p.line("THIS IS NOT A BILL", 9, "B", h=5)
    p.ln(1)
    dob = dt.date(notice.year - (rng.randint(7, 15) if child else rng.randint(24, 60)), rng.randint(1, 12),
                  rng.randint(1, 28))
    p.pairs([("Notice date" if head == 0 else "Date of this notice", d(notice)),
             ("Member" if not child else "Patient (member)", kid), ("Medicaid ID" if head == 0 else "Member ID no.", mid),
             ("Date of birth", d(dob))], label_w=45, size=9.5, h=5.2)
    main = None
    for c in claims:
        dos = plus(notice, -c["back"])
        recv = plus(notice, -c.get("recv", rng.randint(8, 20)))
        icn = f"{dos.strftime('%y')}{digits(rng, 3)}{digits(rng, 8)}"
        p.ln(2)
        p.heading(f"Claim {icn}" if head == 0 else f"ICN {icn}", 10.5, rule=True, gap=0.5)
        p.pairs([("Provider", c["office"]), ("Treating dentist", f"{c['dentist']}  NPI {npi(rng)}"),
                 ("Provider Medicaid no.", f"{letters(rng, 1)}{digits(rng, 6)}"), ("Claim received", d(recv)),
                 ("Processed", d(plus(notice, -1)))], label_w=45, size=9, h=4.8)
        rows, billed, denied = _lines(rng, d(dos) if ds != "long" else fdate(dos, "slash"), c["spec"], ms)
        paid = sum(float(r[7].replace("$", "").replace(",", "").replace("USD ", "")) for r in rows)
        rows.append(["Claim total", "", "", "", "", money(billed, ms), money(paid, ms), money(paid, ms), ""])
        p.table(HEAD[head], rows, [22, 12, 13, 13, 48, 19, 19, 19, 15], size=8, bold_last=True)
        if main is None and denied:
            main = dict(icn=icn, billed=billed, denied=denied, dos=dos, office=c["office"], dentist=c["dentist"],
                        partial=denied < billed)
    used = sorted({x[3] for c in claims for x in c["spec"]})
    p.heading("What the codes mean", 10)
    for k in used:
        p.para(f"**{REASONS[k][0]}** {REASONS[k][1]}", 9, gap=0.8)
    dl = _rights(p, main is not None, style, notice, d, rng)
    if main is None:
        c = claims[0]
        alts = {"appeal_deadline": [plus(notice, 60).isoformat()], "provider": [c["dentist"]]}
        t = truth("eob", None, insurer=org, member_id=mid, member_name=kid, cases=[icn], claim_amount=m2(billed),
                  service_dates=[span(plus(notice, -c["back"]))], denial_date=notice.isoformat(), provider=c["office"],
                  appeal_deadline=None, alternates=alts)
        return out(p), t
    alts = {"insurer": [program.split(" \u2013 ")[0]], "provider": [main["dentist"]]}
    if main["partial"]:
        alts["claim_amount"] = [m2(main["denied"])]
    if style == "receipt":
        alts["appeal_deadline"] = [plus(notice, 60).isoformat()]
    t = truth("eob", dtype, insurer=org, member_id=mid, member_name=kid, cases=[main["icn"]],
              claim_amount=m2(main["billed"]), service_dates=[span(main["dos"])], denial_date=notice.isoformat(),
              provider=main["office"], appeal_deadline=dl, alternates=alts, denial_alternates=dalt)
    return out(p), t


def _rights(p, denied, style, notice, d, rng):
    """Appeal to the administrator (60 days), state fair hearing after it; returns the truth deadline."""
    p.heading("If you disagree with this decision", 10.5)
    last = plus(notice, 60)
    text = {"notice": "You can ask us for an appeal. You must ask within 60 days of the date of this notice.",
            "date": f"You can ask us for an appeal. We must receive your request by {d(last)}.",
            "receipt": "You can ask us for an appeal within 60 days from the day you get this notice."}[style]
    p.para(text + " Call Member Services or write to the Dental Appeals Unit at the address above. Your dentist can "
           "appeal for you with your written consent. If your child's health could be seriously harmed by waiting, "
           "ask for a fast appeal; we decide those within 72 hours.", 9.2)
    p.para("If we do not decide in your favor, you may ask for a State Fair Hearing within 120 days of the date of our "
           "appeal decision. A Medicaid dentist may not bill you for a service we denied unless you agreed in writing "
           "before the service to pay for it.", 9)
    p.para(f"Questions? Member Services {phone(rng)}, Monday-Friday 8-6. Free language help: {phone(rng)}. "
           "ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística.", 8.5)
    if not denied or style == "receipt":
        return None
    return last.isoformat()


def _c(spec, office, dentist, back, **kw):
    return dict(spec=spec, office=DENTAL_OFFICES[office], dentist=DENTISTS[dentist], back=back, **kw)


def documents(rng: random.Random) -> list[Item]:
    seal = _c([("D0120", "", "", "P"), ("D1351", "3", "O", "P"), ("D1351", "14", "O", "P"), ("D1351", "19", "O", "F1"),
               ("D1351", "30", "O", "F1")], 0, 0, 24)
    crown = _c([("D0150", "", "", "P"), ("D2740", "8", "", "A7")], 1, 1, 30)
    ortho = _c([("D0340", "", "", "P"), ("D8080", "", "", "PA")], 3, 2, 21)
    mn = _c([("D2750", "30", "", "MN")], 5, 3, 35)
    paid = _c([("D0120", "", "", "P"), ("D1120", "", "", "P"), ("D1206", "", "", "P"), ("D0272", "", "", "P")], 2, 4, 18)
    late = _c([("D2392", "19", "MO", "TF"), ("D7140", "A", "", "TF")], 4, 5, 420, recv=16)
    other_ok = _c([("D0120", "", "", "P"), ("D1120", "", "", "P")], 0, 0, 40)
    ne = _c([("D0150", "", "", "NE"), ("D2392", "K", "DO", "NE")], 4, 3, 33)
    return [
        Item("medicaid_dental_eob_bd_sealant", "born_digital",
             [make(rng, [seal], "slash", "plain", dtype="not_covered", dalt=["other"])]),
        Item("medicaid_dental_eob_bd_adult_crown", "born_digital",
             [make(rng, [crown], "long", "plain", child=False, dba=1, style="date", head=1, dtype="not_covered")]),
        Item("medicaid_dental_eob_scan_ortho", "scan_clean_300",
             [make(rng, [ortho], "slash", "nosign", style="notice", dtype="prior_authorization")]),
        Item("medicaid_dental_eob_lowres_crown", "scan_lowres_150",
             [make(rng, [mn], "iso", "plain", dba=1, style="receipt", head=1, dtype="medical_necessity",
                   dalt=["not_covered"])]),
        Item("medicaid_dental_eob_faxf_paid", "fax_fine_g4", [make(rng, [paid], "slash", "flat", style="notice")]),
        Item("medicaid_dental_eob_phone_late", "phone_photo",
             [make(rng, [late], "abbr", "plain", dba=1, style="date", dtype="timely_filing")]),
        Item("medicaid_dental_eob_copy_two_claims", "photocopy",
             [make(rng, [other_ok, ne], "slash", "plain", style="notice", head=1, dtype="out_of_network",
                   dalt=["other"])]),
    ]
