"""Family 'emergency_dental_extraction_medicaid_adult_limit_eob': a state Medicaid adult dental benefit (adults 21
and over: emergency extractions only, at most 4 a benefit year) run by a dental benefits administrator. Dental EOBs
with several lines where the extractions past the yearly limit are refused, a dentist's patient statement, a Notice
of Action with the plan appeal / state fair hearing / continued-benefits rights (structure after state Medicaid
managed-care notices), a member statement listing several claims with one refused, a prior-authorization refusal in
prose, a fair hearing decision that upholds the refusal, and a faxed stack with a request for X-rays. Decoys: tooth
numbers, NPIs, dates of birth, dates received, the 4-per-year count, fair hearing (120 days), continuation
(10 days) and 72-hour limits, form numbers, patient account numbers. All values invented.

Issuers: Larkspur Dental Partners (Medicaid dental administrator for the Westmoreland Health Coverage program),
Westmoreland Department of Human Services, Office of Hearings. Dentists: Fernbrook Family Dental
(Rosalind K. Achterberg, DMD), Tobiah N. Grunwald, DDS (oral surgery).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "emergency_dental_extraction_medicaid_adult_limit_eob"
LANG = "en"
SEED = 338800
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LD = "Larkspur Dental Partners"
DHS = "Westmoreland Department of Human Services"
ACH, ACH_BARE = "Rosalind K. Achterberg, DMD", "Rosalind K. Achterberg"
GRU, GRU_BARE = "Tobiah N. Grunwald, DDS", "Tobiah N. Grunwald"
FERN = "Fernbrook Family Dental"
FEES = {"D0140": ("Limited oral evaluation, problem focused", 68.00), "D0220": ("Periapical radiograph, first", 31.00),
        "D7140": ("Extraction, erupted tooth", 142.00), "D7210": ("Surgical extraction, erupted tooth", 265.00),
        "D9110": ("Palliative treatment of dental pain", 74.00)}


class Page(Doc):
    def __init__(self):
        super().__init__("DejaVu", margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def D(d, s):
    if s == "dmon":
        return d.strftime("%-d %b %Y")
    if s == "upper":
        return d.strftime("%d-%b-%Y").upper()
    return fmt_date(d, s)


def kv(d, rows, w1=50, size=9.5):
    for a, b in rows:
        d.font(size - 1)
        d.cell(w1, 5.2, a)
        d.font(size, "B")
        d.cell(0, 5.2, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def head(d, who):
    if who == LD:
        d.font(17, "B")
        d.cell(0, 7, "LARKSPUR DENTAL PARTNERS", new_x="LMARGIN", new_y="NEXT")
        d.font(8.5)
        d.cell(0, 4.5, "Dental benefits for Westmoreland Health Coverage (Medicaid) members", new_x="LMARGIN",
               new_y="NEXT")
        d.cell(0, 4.5, "PO Box 30712, Garnet City, WM 40912  *  Member line 1-888-555-0163  *  TTY 711",
               new_x="LMARGIN", new_y="NEXT")
        d.rule(1.2)
        d.ln(2)
    elif who == DHS:
        d.text_line("STATE OF WESTMORELAND", 11, "B", "C")
        d.text_line("Westmoreland Department of Human Services", 14, "B", "C")
        d.text_line("Office of Hearings  -  410 Capitol Row, Garnet City, WM 40901", 8.5, "", "C")
        d.rule(0.6)
        d.ln(2)
    else:
        d.text_line("Fernbrook Family Dental", 15, "B", "C")
        d.text_line(f"{ACH}  |  2207 Millrace Avenue, Ostrander, WM 40955  |  (406) 555-0128", 8.5, "", "C")
        d.ln(4)


def addr(d, name):
    d.text_line(name, 10)
    d.text_line("58 Cobbler Street, Apt 2", 10)
    d.text_line("Ostrander, WM 40956", 10)
    d.ln(4)


def lines_for(f, codes):
    return [(c, t, FEES[c][0], FEES[c][1]) for c, t in codes]


def dental_eob(d, f, lines, denied_idx, ds):
    d.add_page()
    head(d, LD)
    d.text_line("DENTAL EXPLANATION OF BENEFITS", 13, "B")
    d.text_line("This is not a bill. Keep this notice with your records.", 8.5)
    d.ln(1)
    kv(d, [("Date of notice", D(f["notice"], ds)), ("Member", f["member"]), ("Medicaid ID", f["mid"]),
           ("Date of birth", D(f["dob"], ds)), ("Claim number", f["claim"]),
           ("Treating dentist", f"{f['dentist']} (NPI {f['npi']})"), ("Date received", D(f["recv"], ds))], 42)
    rows, billed, paid = [], 0.0, 0.0
    for i, (c, t, desc, fee) in enumerate(lines):
        p = 0.0 if i in denied_idx else round(fee * 0.72, 2)
        billed += fee
        paid += p
        rows.append([D(f["svc"], ds), c, t, desc, fmt_money(fee, f["ms"]), fmt_money(p, f["ms"]),
                     "L4" if i in denied_idx else "P1"])
    rows.append(["*Claim total", "", "", "", fmt_money(billed, f["ms"]), fmt_money(paid, f["ms"]), ""])
    d.table(["Service date", "Code", "Tooth", "Procedure", "Billed", "Paid", "Note"], rows,
            [32, 13, 12, 63, 20, 20, 12], 8.2, "LLLLRRL")
    d.para("P1 - Paid at the Westmoreland Medicaid fee schedule. You owe nothing for this service.", 8.6)
    d.para("L4 - Not covered. Adults age 21 and older may receive up to 4 emergency extractions per benefit year "
           "(July 1 - June 30). This member had already received 4 extractions this benefit year. The dentist may "
           "not bill you unless you agreed in writing before the service.", 8.6)
    d.para("Appeal rights: you may ask Larkspur Dental Partners for a plan appeal within 60 days of the date of this "
           "notice. If the plan appeal does not go your way, you may ask for a State fair hearing within 120 days of "
           "the appeal decision.", 8.6)
    return billed


def statement(d, f, lines):
    d.add_page()
    head(d, FERN)
    d.text_line("PATIENT STATEMENT", 12.5, "B")
    kv(d, [("Statement date:", D(f["notice"], f["ds"])), ("Patient:", f["member"]), ("Account #:", f["acct"]),
           ("Insurance:", f"Westmoreland Medicaid via {LD}, ID {f['mid']}"), ("Treating dentist:", f["dentist"])], 38)
    rows, tot = [], 0.0
    for c, t, desc, fee in lines:
        rows.append([D(f["svc"], f["ds"]), c, t, desc, fmt_money(fee, f["ms"])])
        tot += fee
    rows.append(["*", "", "", "Total charges", fmt_money(tot, f["ms"])])
    rows.append(["*", "", "", "Insurance payment", "-" + fmt_money(f["paid"], f["ms"])])
    rows.append(["*", "", "", "AMOUNT DUE FROM PATIENT", fmt_money(tot - f["paid"], f["ms"])])
    d.table(["Date", "Code", "Tooth", "Description", "Amount"], rows, [26, 16, 14, 90, 28], 8.6, "LLLLR")
    d.para("Medicaid paid for your exam, X-ray and first extractions. Your dental plan did not pay for the last "
           "extractions because you reached the adult limit of 4 per year; you signed our financial agreement form "
           "(FA-2) before treatment. Please pay the amount due within 30 days or call us to arrange payments.", 9.3)


def notice_of_action(d, f, billed):
    d.add_page()
    head(d, LD)
    d.text_line(D(f["notice"], f["ds"]), 10)
    d.ln(1)
    addr(d, f["member"])
    d.text_line("NOTICE OF ACTION", 13, "B", "C")
    d.text_line("Denial of Payment for Dental Services", 10.5, "", "C")
    d.ln(2)
    d.para(f"Member: {f['member']}        Medicaid ID: {f['mid']}        Reference: {f['claim']}", 9.5)
    d.para(f"What we decided: We denied payment for the extraction of teeth #{f['teeth'][0]} and #{f['teeth'][1]} "
           f"done by {f['dentist']} on {D(f['svc'], f['ds'])} (billed {fmt_money(billed, f['ms'])}).", 9.5)
    d.para("Why we decided this: Under the Westmoreland Medicaid Dental Provider Manual, section 4.7, adults 21 and "
           "older are limited to 4 emergency extractions per benefit year. Our records show 4 extractions already "
           "paid this benefit year. This is a benefit limit, not a decision about whether the care was needed.", 9.5)
    d.text_line("YOUR RIGHTS", 11, "B")
    d.para("Plan appeal: you have 60 days from the date of this notice to ask us for an appeal. Call "
           "1-888-555-0163 or write to Larkspur Appeals, PO Box 30713, Garnet City, WM 40912. If your health is in "
           "serious danger, ask for a fast appeal; we decide fast appeals within 72 hours.", 9.2)
    d.para("State fair hearing: after our appeal decision, you may ask for a State fair hearing within 120 days of "
           "the date of the appeal decision letter. Continuation of benefits: if you are getting services we are "
           "reducing or stopping, ask for an appeal within 10 days to keep them.", 9.2)
    d.text_line("Form LDP-NOA-3 (06/2025)", 7.5)


def member_statement(d, f, denied_billed):
    d.add_page()
    head(d, LD)
    d.text_line("Member Dental Claims Summary", 13, "B")
    kv(d, [("Issued", D(f["notice"], f["ds"])), ("Member", f["member"]), ("Medicaid ID", f["mid"]),
           ("Benefit year", "July 1 - June 30"), ("Extractions used this year", "4 of 4")], 52)
    a, b = f["svc"] - dt.timedelta(days=70), f["svc"] - dt.timedelta(days=31)
    rows = [[f["claim2"], D(a, f["ds"]), FERN, "D0140, D7140", fmt_money(210.00, f["ms"]), fmt_money(151.20, f["ms"]),
             "Paid"],
            [f["claim3"], D(b, f["ds"]), FERN, "D9110, D7140 x2", fmt_money(358.00, f["ms"]),
             fmt_money(257.76, f["ms"]), "Paid"],
            [f["claim"], D(f["svc"], f["ds"]), f["dentist"], "D7210", fmt_money(denied_billed, f["ms"]),
             fmt_money(0, f["ms"]), "Denied - L4"]]
    d.table(["Claim", "Date of service", "Dentist", "Procedures", "Billed", "Paid", "Status"], rows,
            [28, 24, 46, 28, 18, 16, 22], 7.6, "LLLLRRL")
    d.para("L4 - adult extraction limit reached (4 per benefit year). To appeal the denied claim, contact us within "
           "60 days of the date of this summary.", 8.8)


def prose_pa(d, f, billed):
    d.add_page()
    head(d, LD)
    d.para(D(f["notice"], f["ds"]), 10)
    addr(d, f["member"])
    d.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]},", 10)
    d.para(f"{GRU} asked us to approve the surgical removal of tooth #{f['teeth'][0]}, planned for "
           f"{D(f['svc'], f['ds'])}, at a fee of {fmt_money(billed, f['ms'])}. The request number is {f['auth']} and "
           f"your Medicaid ID is {f['mid']}.", 10)
    d.para("We cannot approve it. Westmoreland Medicaid covers no more than 4 extractions a year for adults, and you "
           "have had 4 since July 1. An extraction beyond the limit is covered only for a life-threatening infection "
           "treated in a hospital, and the records we received do not describe one.", 10)
    d.para(f"If you disagree, you can ask us for an appeal. Your appeal must reach us by {D(f['dead'], f['ds'])}. "
           "You may ask for a State fair hearing after the appeal. Call us at 1-888-555-0163 with questions.", 10)
    d.para("Larkspur Dental Partners, Dental Utilization Review", 10)


def hearing(d, f, billed):
    d.add_page()
    head(d, DHS)
    d.text_line("DECISION AND ORDER", 13, "B", "C")
    d.ln(2)
    kv(d, [("In the matter of", f["member"]), ("Docket No.", f["docket"]), ("Medicaid ID", f["mid"]),
           ("Hearing held", D(f["notice"] - dt.timedelta(days=16), f["ds"])),
           ("Decision date", D(f["notice"], f["ds"]))], 44)
    d.para(f"ISSUE: whether Larkspur Dental Partners correctly denied claim {f['claim']} for the extraction of tooth "
           f"#{f['teeth'][0]} by {f['dentist']} on {D(f['svc'], f['ds'])}, billed at {fmt_money(billed, f['ms'])}.",
           9.5)
    d.para("FINDINGS: The appellant is 46 years old. The plan paid 4 extractions in the benefit year before this "
           "one. The appellant testified that the tooth was painful; no hospital admission or spreading infection "
           "was shown.", 9.5)
    d.para("DECISION: The plan's denial is AFFIRMED. The adult limit of 4 extractions per benefit year was "
           "correctly applied.", 9.5, )
    d.para("This decision is final for the Department. You may seek judicial review as provided by state law.", 9)
    d.text_line("Hon. Philippa J. Stroud, Hearing Officer", 9.5)


def records_request(d, f):
    d.add_page()
    head(d, LD)
    d.text_line(D(f["notice"], f["ds"]), 10)
    d.ln(1)
    d.text_line(f"To: {FERN}, attn. billing  -  fax (406) 555-0129", 10)
    d.ln(2)
    d.text_line("REQUEST FOR RECORDS", 12, "B")
    kv(d, [("Patient", f["member"]), ("Medicaid ID", f["mid"]), ("Claim", f["claim"]),
           ("Date of service", D(f["svc"], f["ds"])), ("Dentist", f["dentist"])], 36)
    d.para("To finish processing this claim we need the pre-operative periapical X-ray and the chart note that "
           "documents the emergency. Please send them within 30 days. This is not a denial; the claim is pending.",
           9.5)


def fax_cover(f):
    d = Page()
    d.add_page()
    d.text_line("FACSIMILE TRANSMITTAL", 18, "B")
    kv(d, [("To", FERN), ("Fax", "(406) 555-0129"), ("From", "Larkspur Dental Partners - Claims"),
           ("Phone", "1-888-555-0163"), ("Date", D(f["notice"], f["ds"])), ("Pages", "3")], 28, 11)
    d.para("This fax contains protected health information. Do not forward.", 9)
    return pdf_bytes(d)


def facts(seed, ds, ms="plain", dentist=ACH):
    r = random.Random(seed)
    dg = lambda n: str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))  # noqa: E731
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 140))
    fn = ["Darnell", "Wilhelmina", "Esperanza", "Kasimir", "Odessa", "Leland"]
    ln = ["Pettigrew", "Abernethy-Soto", "Kowalczyk", "Ferrante", "Mbeki", "Thistlewood"]
    teeth = r.sample([2, 3, 14, 15, 18, 19, 30, 31], 2)
    return dict(ds=ds, ms=ms, notice=notice, svc=notice - dt.timedelta(days=r.randint(18, 40)),
                recv=notice - dt.timedelta(days=r.randint(6, 12)), dob=dt.date(r.randint(1962, 2000),
                                                                               r.randint(1, 12), r.randint(1, 28)),
                member=f"{r.choice(fn)} {r.choice('ACGJLMPW')}. {r.choice(ln)}", mid="WM" + dg(9),
                claim=dg(4) + "-" + dg(7), claim2=dg(4) + "-" + dg(7), claim3=dg(4) + "-" + dg(7),
                auth="PA-" + dg(8), docket="OH-26-" + dg(5), npi="1" + dg(9), acct=dg(6), teeth=teeth,
                dentist=dentist)


def T(f, dtype, denial, ins, cases, amt, dead, lang="en", **kw):
    bare = ACH_BARE if f["dentist"] == ACH else GRU_BARE
    alts = {"provider": [bare] + ([FERN] if f["dentist"] == ACH else [])}
    alts.update(kw.pop("alternates", {}))
    return truth(dtype, denial, lang=lang, insurer=ins, member_id=f["mid"], member_name=f["member"],
                 case_numbers=cases, claim_amount=m2(amt) if amt is not None else None,
                 service_dates=[iso(f["svc"])], denial_date=iso(f["notice"]), provider=f["dentist"],
                 appeal_deadline=iso(dead) if dead else None, alternates=alts, **kw)


def documents(rng: random.Random) -> list[Item]:
    out = []
    f = facts(338801, "long")
    ln = lines_for(f, [("D0140", ""), ("D0220", ""), ("D7140", "#3"), ("D7140", "#14"), ("D7140", "#19")])
    d = Page(); billed = dental_eob(d, f, ln, {3, 4}, "long")  # noqa: E702
    out.append(Item(f"{FAMILY}_dental_eob_five_lines", "born_digital",
                    [(pdf_bytes(d), T(f, "eob", "not_covered", LD, [f["claim"]], billed,
                                      f["notice"] + dt.timedelta(days=60)))]))
    f = facts(338802, "slash")
    ln = lines_for(f, [("D0140", ""), ("D0220", ""), ("D7140", "#30"), ("D7210", "#31")])
    f["paid"] = round((68 + 31 + 142) * 0.72, 2)
    d = Page(); statement(d, f, ln)  # noqa: E702
    out.append(Item(f"{FAMILY}_dentist_patient_statement", "scan_lowres_150",
                    [(pdf_bytes(d), T(f, "other", None, None, [], sum(x[3] for x in ln), None,
                                      unscored=["insurer", "case_numbers", "appeal_deadline"],
                                      alternates={"claim_amount": [m2(sum(x[3] for x in ln) - f["paid"])]}))]))
    f = facts(338803, "dmon", "space")
    billed = 142.00 * 2
    d = Page(); notice_of_action(d, f, billed)  # noqa: E702
    out.append(Item(f"{FAMILY}_notice_of_action_fair_hearing", "photocopy",
                    [(pdf_bytes(d), T(f, "denial_letter", "not_covered", LD, [f["claim"]], billed,
                                      f["notice"] + dt.timedelta(days=60)))]))
    f = facts(338804, "abbr", dentist=GRU)
    d = Page(); member_statement(d, f, 265.00)  # noqa: E702
    out.append(Item(f"{FAMILY}_member_claims_summary_one_denied", "scan_clean_300",
                    [(pdf_bytes(d), T(f, "eob", "not_covered", LD, [f["claim"]], 265.00,
                                      f["notice"] + dt.timedelta(days=60)))]))
    f = facts(338805, "long", dentist=GRU)
    f["dead"] = f["notice"] + dt.timedelta(days=60)
    f["svc"] = f["notice"] + dt.timedelta(days=14)
    d = Page(); prose_pa(d, f, 265.00)  # noqa: E702
    out.append(Item(f"{FAMILY}_prior_auth_refusal_prose", "fax_fine_g4",
                    [(pdf_bytes(d), T(f, "denial_letter", "not_covered", LD, [f["auth"]], 265.00, f["dead"],
                                      denial_alternates=["prior_authorization"]))]))
    f = facts(338806, "iso")
    d = Page(); hearing(d, f, 142.00)  # noqa: E702
    out.append(Item(f"{FAMILY}_fair_hearing_decision_affirmed", "phone_photo",
                    [(pdf_bytes(d), T(f, "denial_letter", "not_covered", DHS, [f["docket"], f["claim"]], 142.00,
                                      None))]))
    f = facts(338807, "upper", "nosign")
    d1 = Page(); records_request(d1, f)  # noqa: E702
    t1 = T(f, "other", None, LD, [f["claim"]], None, None, unscored=["appeal_deadline", "claim_amount"])
    d2 = Page()
    ln = lines_for(f, [("D9110", ""), ("D7140", "#2"), ("D7140", "#15")])
    billed = dental_eob(d2, f, ln, {2}, "upper")
    t2 = T(f, "eob", "not_covered", LD, [f["claim"]], billed, f["notice"] + dt.timedelta(days=60))
    out.append(Item(f"{FAMILY}_fax_stack_records_request_and_eob", "rotated",
                    [(pdf_bytes(d1), t1), (pdf_bytes(d2), t2)], separators=[fax_cover(f), None]))
    return out
