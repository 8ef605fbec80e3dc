"""Family 'digital_breast_tomosynthesis_addon_denial': EOBs, a Medicare Summary Notice and plan letters on a screening
mammogram (77067) billed with the 3D digital breast tomosynthesis add-on (77063; G0279 with a diagnostic mammogram).

Issuers (all invented except Medicare): Tamberlane Health Insurance Company (name boxed at the top left; member EOBs),
Eldergrove Health Plan (logo word "ELDERGROVE" with a slogan; letters), Medicare (Part B MSN, mirrors the public MSN
headings). Contents: EOB with the screening paid in full and 77063 denied as not a covered benefit; an MSN where a
screening became diagnostic the same day and the diagnostic lines (77065 + G0279) were denied for a missing GG
modifier, with the printed "Appeals must be filed by" date; a fax stack of the imaging center's billing-office cover
sheet and the plan's letter saying the state 3D mammography law does not apply to a self-funded plan; a letter
refusing to reprocess 77063 without cost sharing (photocopy); a rotated letter denying 77063 as investigational; a
phone photo of a reprocessed EOB paying the add-on after a state mandate (no denial); an upheld appeal (150 dpi).
Decoys: the reading radiologist, the ordering doctor, dates of birth, NPIs, received dates, phone numbers, the
mandate's effective date, other claims' amounts.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "digital_breast_tomosynthesis_addon_denial"
LANG = "en"

TH, EG, MC = "Tamberlane Health Insurance Company", "Eldergrove Health Plan", "Medicare"
ADDR = {TH: ("PO Box 66120", "Gresham Cove, SC 29978"), EG: ("2250 Vantry Boulevard", "Oakhurst Mill, WI 53991")}
CENTERS = ["Bellweather Breast Imaging Center", "Sorrento Park Women's Imaging", "Kestrel Ridge Breast Center"]
RADS = ["Dr. Ingrid Oyelaran-Walsh", "Dr. Matthias Dembele", "Dr. Rosalind Achterberg", "Dr. Sunil Vasquez-Thorne"]
ORDER = ["Dr. Helena Mbatha", "Dr. Corwin Takahashi", "Dr. Lucía Brennan-Obi"]
FIRST = ["Adaeze", "Birgitta", "Consuelo", "Dagny", "Esther", "Fumiko", "Gwendolyn", "Hadiza", "Ilse", "Josefina",
         "Kalani", "Leocadia", "Marisol", "Noor"]
LAST = ["Ashworth", "Brennecke", "Cabrera-Lind", "Dlamini", "Espinoza", "Fitzgibbon", "Gallardo", "Haugen",
        "Ivanova", "Jorgensen", "Kaur", "Lambert-Osei", "Moreau", "Nyberg"]
STREETS = ["Larkspur Terrace", "Millrace Road", "Birchbank Court", "Tolliver Lane", "Saltgrass Way"]
TOWNS = ["Gresham Cove, SC 29978", "Oakhurst Mill, WI 53991", "Pennock Ridge, CO 81299", "Aubrey Flats, KS 67999"]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def mbi(r: random.Random) -> str:
    L = "ACDEFGHJKMNPQRTUVWXY"
    a = lambda: r.choice(L + "0123456789")  # noqa: E731
    return (str(r.randint(1, 9)) + r.choice(L) + a() + str(r.randint(0, 9)) + r.choice(L) + a() + str(r.randint(0, 9))
            + r.choice(L) + r.choice(L) + str(r.randint(0, 9)) + str(r.randint(0, 9)))


def facts(r: random.Random, ins: str, ds: str) -> dict:
    first, mid, last = r.choice(FIRST), r.choice("ABCDEFGHJKLMNPRSTVW"), r.choice(LAST)
    notice = dt.date(2026, 1, 26) + dt.timedelta(days=r.randint(0, 150))
    dos = notice - dt.timedelta(days=r.randint(16, 45))
    if ins == TH:
        mid_, grp, claim = f"TH{digits(r, 3)}-{digits(r, 5)}", digits(r, 5) + "-TH", f"{digits(r, 4)} {digits(r, 6)}"
    elif ins == EG:
        mid_, grp, claim = "EGP" + digits(r, 9), "EG" + digits(r, 6), f"EG-{notice.year}-{digits(r, 6)}"
    else:
        mid_, grp, claim = mbi(r), None, digits(r, 14)
    return dict(r=r, ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(11, 9800)} {r.choice(STREETS)}", r.choice(TOWNS)), notice=notice, dos=dos,
                mid=mid_, grp=grp, claim=claim, center=r.choice(CENTERS), rad=r.choice(RADS), order=r.choice(ORDER),
                dob=dt.date(r.randint(1950, 1984), r.randint(1, 12), r.randint(1, 28)), ph=phone(r), npi=npi(r))


def D(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def letterhead(d: Doc, f: dict) -> None:
    ins = f["ins"]
    if ins == TH:
        y = d.get_y()
        d.rect(d.l_margin, y, 92, 16)
        d.set_xy(d.l_margin + 2, y + 2)
        d.text_line("Tamberlane Health", 14, "B")
        d.set_x(d.l_margin + 2)
        d.font(8)
        d.cell(0, 5, "Insurance Company", new_x="LMARGIN", new_y="NEXT")
        d.set_y(y + 18)
        d.text_line(f"{ADDR[TH][0]}  {ADDR[TH][1]}   Customer Care {f['ph']}", 8.5)
    else:
        d.text_line("ELDERGROVE", 21, "B")
        d.text_line("Health Plan  -  care that grows with you", 9)
        d.text_line(f"{ADDR[EG][0]}, {ADDR[EG][1]}", 8.5)
        d.rule(0.6, 1.5)
    d.ln(5)


def pairs(d: Doc, rows: list[tuple[str, str]], lw: float = 54, size: float = 10) -> None:
    for k, v in rows:
        if v is None:
            continue
        d.font(size, "B")
        d.cell(lw, 5.3, k)
        d.font(size)
        d.multi_cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def addressee(d: Doc, f: dict) -> None:
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)


# --------------------------------------------------------------------------------------------------- letters
def letter(f: dict, title: str, lines: list[tuple[str, str, float]], body: list[tuple[str, str]], how: str,
           denial: str, dalts: list[str], amount: float, amount_alts: list[str] | None = None,
           case_extra: str | None = None, appeal_days: int = 180, fax: str | None = None) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    addressee(d, f)
    d.text_line(title, 13, "B")
    d.ln(2)
    pairs(d, [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]),
              ("Date of birth:", D(f, f["dob"])), ("Claim number:", f["claim"]),
              ("Appeal number:", case_extra) if case_extra else ("", None),
              ("Date of service:", D(f, f["dos"])), ("Facility:", f"{f['center']} (NPI {f['npi']})"),
              ("Interpreting radiologist:", f["rad"])])
    d.table(["Code", "Service", "Billed"], [[c, s, fmt_money(a)] for c, s, a in lines] +
            [["*Total", "", fmt_money(sum(a for _, _, a in lines))]], [22, 120, 30], size=9, aligns="LLR")
    d.para(f"Dear {f['first']} {f['last']}:")
    for head, text in body:
        if head:
            d.text_line(head, 11, "B")
            d.ln(1)
        d.para(text)
    d.text_line("How to appeal", 11, "B")
    d.ln(1)
    dl = f["notice"] + dt.timedelta(days=appeal_days)
    if how == "date":
        sent = f"We must receive your appeal by {D(f, dl)}."
    elif how == "external":
        sent = (f"This was your final internal appeal. You may ask for an external review by an independent review "
                f"organization within {appeal_days} days of this letter.")
    else:
        sent = f"You may appeal within {appeal_days} days of the date of this {how}."
    d.para(sent + f" Write to Eldergrove Appeals at the address above, or call {f['ph']} (TTY 711).")
    d.para(f"Sincerely,\nClaims Review\n{EG}", 10)
    t = truth("denial_letter", denial, insurer=EG, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[f["claim"]] + ([case_extra] if case_extra else []), claim_amount=m2(amount),
              service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=f["center"],
              appeal_deadline=iso(dl), denial_alternates=dalts,
              alternates={"claim_amount": amount_alts} if amount_alts else {})
    if case_extra:
        t["alternates"] = dict(t.get("alternates", {}), case_numbers=[[case_extra]])
    return pdf_bytes(d), t


def eob(f: dict, lines: list[tuple], legend: list[tuple[str, str]], denial: str | None, dalts: list[str],
        amount_alt: str | None, appeal: bool = True, title: str = "EXPLANATION OF BENEFITS") -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(title, 14, "B")
    d.text_line("This is not a bill", 9)
    d.ln(3)
    y0 = d.get_y()
    addressee(d, f)
    d.set_xy(110, y0)
    for k, v in [("Processed on", D(f, f["notice"])), ("Member", f["name"]), ("ID number", f["mid"]),
                 ("Group", f["grp"]), ("Claim no.", f["claim"])]:
        d.set_x(110)
        d.font(9, "B")
        d.cell(26, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 28) + 3)
    d.font(9.5, "B")
    d.cell(0, 5.5, f"Provider: {f['center']}   NPI {f['npi']}", new_x="LMARGIN", new_y="NEXT")
    d.font(9)
    d.cell(0, 5, f"Read by: {f['rad']}   Ordered by: {f['order']}", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    rows = [[D(f, f["dos"]), c, s, fmt_money(b), fmt_money(a), fmt_money(p), fmt_money(o), n]
            for c, s, b, a, p, o, n in lines]
    rows.append(["*Claim total", "", "", *(fmt_money(sum(x[i] for x in lines)) for i in (2, 3, 4, 5)), ""])
    d.table(["Date", "Code", "Service", "Charged", "Allowed", "Paid", "Your cost", "Code"], rows,
            [21, 14, 60, 20, 19, 19, 19, 12], size=8, aligns="LLLRRRRL", border_head="TB")
    for k, v in legend:
        d.para(f"{k}: {v}", 8.8, gap=1)
    d.ln(2)
    dl = None
    if appeal:
        dl = f["notice"] + dt.timedelta(days=180)
        d.para("If you disagree with how this claim was processed, you may file an appeal within 180 days of the "
               f"processed date. Call Customer Care at {f['ph']} or write to the address above.", 9)
    else:
        d.para(f"Questions about this claim? Call Customer Care at {f['ph']} (TTY 711).", 9)
    t = truth("eob" if denial else "other", denial, insurer=TH, member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=[f["claim"].replace(" ", "")],
              claim_amount=m2(sum(x[2] for x in lines)), service_dates=[iso(f["dos"])],
              denial_date=iso(f["notice"]), provider=f["center"], appeal_deadline=iso(dl) if dl else None,
              denial_alternates=dalts, alternates={"claim_amount": [amount_alt]} if amount_alt else {})
    if not denial:
        t["type_alternates"] = ["eob"]
    return pdf_bytes(d), t


def msn(f: dict) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    d.text_line("Medicare Summary Notice for Part B (Medical Insurance)", 14, "B")
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5)
    d.ln(4)
    y0 = d.get_y()
    for ln in (f["name"].upper(), f["addr"][0].upper(), f["addr"][1].upper()):
        d.text_line(ln, 10)
    d.set_xy(112, y0)
    start = f["notice"] - dt.timedelta(days=90)
    for k, v in [("Notice for", f["name"]), ("Medicare Number", f["mid"]), ("Date of This Notice", D(f, f["notice"])),
                 ("Claims Processed Between", f"{D(f, start)} - {D(f, f['notice'] - dt.timedelta(days=1))}")]:
        d.set_x(112)
        d.font(9, "B")
        d.cell(44, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    dl = f["notice"] + dt.timedelta(days=120)
    d.text_line("Your Claims & Costs This Period", 12, "B")
    d.para(f"Did Medicare Approve All Services?  NO.   Providers with Claims This Period: {f['center']}, "
           f"{D(f, f['dos'])}.", 9.5)
    d.para(f"If you disagree with a claims decision on this notice, you can file an appeal. Appeals must be filed by "
           f"{D(f, dl)}.", 9.5)
    d.text_line("Your Claims for Part B (Medical Insurance)", 12, "B")
    d.ln(1)
    d.para(f"{f['center']}\nService Provided By: {f['rad']}\nReferred By: {f['order']}\nClaim Number: {f['claim']}", 9)
    lines = [("Screening mammogram, both breasts (77067)", "Yes", 310.00, 138.72, 138.72, 0.0, ""),
             ("Digital breast tomosynthesis, screening (77063)", "Yes", 145.00, 55.18, 55.18, 0.0, ""),
             ("Diagnostic mammogram, bilateral (77066)", "No", 395.00, 0.0, 0.0, 0.0, "A"),
             ("Digital breast tomosynthesis, diagnostic (G0279)", "No", 160.00, 0.0, 0.0, 0.0, "A")]
    rows = [[fmt_date(f["dos"], "short"), s, a, fmt_money(b), fmt_money(c), fmt_money(p), fmt_money(m), n]
            for s, a, b, c, p, m, n in lines]
    rows.append(["*Total for Claim", "", "", *(fmt_money(sum(x[i] for x in lines)) for i in (2, 3, 4, 5)), ""])
    d.table(["Date", "Service Provided & Billing Code", "Appr.?", "Charged", "Approved", "Paid", "May Be Billed",
             "Note"], rows, [16, 70, 12, 18, 18, 16, 20, 10], size=7.5, aligns="LLLRRRRL")
    d.text_line("Notes for Claims Above", 10, "B")
    d.para("A  A screening and a diagnostic mammogram on the same day must be billed with modifier GG on the "
           "diagnostic service. This claim was not billed correctly, so Medicare cannot pay it. The provider may "
           "resubmit a corrected claim. You cannot be billed for these services. (CO-4: modifier missing)", 9)
    d.text_line("How to Handle Denied Claims or Appeal", 11, "B")
    d.para(f"If you disagree with a claims decision on this notice, you can file an appeal. Appeals must be filed by "
           f"{D(f, dl)}. Circle the services you disagree with, explain why in writing, include your Medicare Number "
           "and mail it to the Medicare contractor. Get help: 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048.", 9)
    t = truth("eob", "coding_error", insurer=MC, member_id=f["mid"], member_name=f["name"], case_numbers=[f["claim"]],
              claim_amount=m2(sum(x[2] for x in lines)), service_dates=[iso(f["dos"])],
              denial_date=iso(f["notice"]), provider=f["center"], appeal_deadline=iso(dl),
              type_alternates=["denial_letter"],
              alternates={"insurer": ["Centers for Medicare & Medicaid Services"], "claim_amount": ["555.00"]})
    return pdf_bytes(d), t


def center_cover(f: dict, pages: int) -> bytes:
    r = f["r"]
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(f["center"], 16, "B")
    d.text_line("Patient Financial Services", 11)
    d.text_line(f"Phone {phone(r)}   Fax {phone(r)}", 9)
    d.ln(8)
    d.text_line("FAX", 26, "B")
    d.ln(4)
    pairs(d, [("To:", f["name"]), ("Fax:", phone(r)), ("From:", "Billing Office, Insurance Follow-up"),
              ("Date:", fmt_date(f["notice"] + dt.timedelta(days=3), "slash")), ("Pages:", f"{pages} with cover"),
              ("Re:", "Your 3D mammogram - insurance letter attached")], lw=30, size=12)
    d.para("As you asked, we are sending the letter your health plan sent about the 3D (tomosynthesis) part of your "
           f"screening mammogram. Our account number for this visit is {digits(r, 8)}. If your appeal is not "
           "successful, the balance for the 3D part will be billed to you after 60 days.", 10.5)
    d.para("CONFIDENTIAL: this fax contains protected health information. If you are not the intended recipient, "
           "please call us and destroy it.", 8.5)
    return pdf_bytes(d)


def documents(rng) -> list[Item]:
    items = []
    r = random.Random(218600)

    f = facts(random.Random(218601), TH, "slash")
    lines = [("77067", "Screening mammography, bilateral", 285.00, 171.40, 171.40, 0.0, ""),
             ("77063", "Screening breast tomosynthesis", 120.00, 0.0, 0.0, 120.00, "N77")]
    items.append(Item(f"{FAMILY}_bd_eob_3d_addon_not_covered", "born_digital", [eob(
        f, lines, [("N77", "Breast tomosynthesis (3D mammography) is not a covered benefit under your plan. Your "
                           "2D screening mammogram was paid in full as a preventive service.")],
        "not_covered", [], "120.00")]))

    f = facts(random.Random(218602), MC, "long")
    items.append(Item(f"{FAMILY}_scan300_msn_screening_to_diagnostic_same_day", "scan_clean_300", [msn(f)]))

    f = facts(random.Random(218603), EG, "abbr")
    head = f"{fmt_date(f['notice'] + dt.timedelta(days=3), 'slash')} 10:42  {f['center'][:22].upper()}  PFS"
    den = letter(f, "Claim denial: 3D mammography add-on",
                 [("77067", "Screening mammography, bilateral", 298.00),
                  ("77063", "Screening digital breast tomosynthesis (add-on)", 135.00)],
                 [("Why we denied part of this claim",
                   "We paid the 2D screening mammogram (77067). We denied the tomosynthesis add-on (77063). Your "
                   "employer's plan is self-funded and covers 3D mammography only when a diagnostic study is needed. "
                   "The state law that requires coverage of 3D screening (effective January 1, 2025) applies to "
                   "insurance policies sold in the state, not to self-funded employer plans governed by ERISA, so "
                   "77063 is not a covered benefit under your plan.")],
                 "letter", "not_covered", [], 433.00, ["135.00"], fax=head + "  P.2")
    items.append(Item(f"{FAMILY}_faxs_stack_center_cover_and_plan_letter", "fax_standard_g4", [den],
                      separators=[center_cover(f, 3)]))

    f = facts(random.Random(218604), EG, "dmy")
    items.append(Item(f"{FAMILY}_copy_cost_sharing_reprocess_refused", "photocopy", [letter(
        f, "Response to your request to reprocess a claim",
        [("77063", "Screening digital breast tomosynthesis (add-on)", 165.00)],
        [("", f"You asked us to reprocess the claim above so that the 3D part of your screening mammogram is paid "
              f"with no cost to you. We reviewed it on {D(f, f['notice'] - dt.timedelta(days=2))}."),
         ("Our decision",
          "We cannot reprocess the claim as you asked. Under your plan, only the 2D screening mammogram (77067) is a "
          "preventive service paid without a deductible. The tomosynthesis add-on is a covered benefit, but it is "
          "subject to your deductible and coinsurance, so the $165.00 was applied to your deductible. Your claim was "
          "processed correctly.")],
        "letter", "not_covered", ["other"], 165.00)]))

    f = facts(random.Random(218605), EG, "long")
    items.append(Item(f"{FAMILY}_rot_addon_investigational", "rotated", [letter(
        f, "Notice of Adverse Benefit Determination",
        [("77067", "Screening mammography, bilateral", 276.00),
         ("77063", "Screening digital breast tomosynthesis (add-on)", 140.00)],
        [("Why we made this decision",
          "Eldergrove Medical Policy RAD-118 considers digital breast tomosynthesis for screening investigational "
          "for members of your plan, because we judge that the evidence has not shown that it improves health "
          "outcomes compared with 2D mammography. Investigational services are excluded. We paid the 2D screening "
          f"mammogram ordered by {f['order']}.")],
        "date", "experimental", ["not_covered"], 416.00, ["140.00"])]))

    f = facts(random.Random(218606), TH, "iso")
    lines = [("77067", "Screening mammography, bilateral", 305.00, 182.10, 182.10, 0.0, "RP1"),
             ("77063", "Screening breast tomosynthesis", 130.00, 61.25, 61.25, 0.0, "RP1")]
    items.append(Item(f"{FAMILY}_phone_reprocessed_eob_addon_paid_mandate", "phone_photo", [eob(
        f, lines, [("RP1", "This claim was reprocessed. Under the state law requiring coverage of 3D mammography "
                           "for screening, effective January 1, 2026, the add-on is now paid in full with no cost "
                           "sharing. An earlier statement showed 77063 as not covered; please disregard it.")],
        None, [], None, appeal=False, title="EXPLANATION OF BENEFITS - ADJUSTED CLAIM")]))

    f = facts(random.Random(218607), EG, "slash")
    appeal_no = "AP" + digits(r, 8)
    items.append(Item(f"{FAMILY}_lowres_appeal_upheld", "scan_lowres_150", [letter(
        f, "Appeal Decision: Denial Upheld",
        [("77063", "Screening digital breast tomosynthesis (add-on)", 150.00)],
        [("", f"We received your appeal on {D(f, f['notice'] - dt.timedelta(days=21))} about the 3D add-on to your "
              "screening mammogram. A reviewer who was not involved in the first decision looked at your appeal, "
              f"the letter from {f['order']} and your plan documents."),
         ("Decision",
          "We upheld our decision. Your plan is a grandfathered plan and its benefit booklet lists breast "
          "tomosynthesis as not covered. Your records do not show dense breast tissue or a prior breast cancer, the "
          "conditions under which your plan covers 3D imaging.")],
        "external", "not_covered", [], 150.00, case_extra=appeal_no, appeal_days=120)]))
    return items
