"""Family 'breast_reconstruction_symmetry_whcra_denial': plan letters and EOBs after a mastectomy on the later stages of
breast reconstruction, the ones the Women's Health and Cancer Rights Act of 1998 (WHCRA) says a group plan must cover:
a contralateral reduction mammaplasty (19318) or mastopexy (19316) for symmetry, fat grafting (15771 / 15772), a
contralateral implant (19325), nipple-areola tattooing (11920 / 11921) and the external prosthesis (L8030, L8000).

Issuers (all invented): Thornquist Health Plan (logo word "THORNQUIST" over a rule), Ellesmere Mutual Health Insurance
Company (parent line above the centred name; member EOBs), Brackwater Benefit Administrators, Inc. (TPA of the
Ostlund Freight Lines Employee Health Plan; return-address block). Contents: symmetry reduction denied as cosmetic
(letter), fat grafting denied as cosmetic (EOB with a paid oncology visit as a decoy claim), nipple tattooing by an
out-of-network tattoo studio (TPA letter, printed deadline), the prosthesis and bras paid (EOB), a photocopy of the
member's appeal letter stapled in front of the plan's reversal, a faxed pre-service denial of a contralateral
mastopexy to the plastic surgeon's office, a contralateral implant denied on a two-line EOB (revision paid) as a phone
photo. Decoys: the breast surgeon or oncologist, the mastectomy and reconstruction dates, NPIs, dates of birth, the
received date, diagnosis codes. The WHCRA paragraph is the public one most plans print. Everything else is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "breast_reconstruction_symmetry_whcra_denial"
LANG = "en"

TH, EM, BW = "Thornquist Health Plan", "Ellesmere Mutual Health Insurance Company", "Brackwater Benefit Administrators, Inc."
BW_PLAN = "Ostlund Freight Lines Employee Health Plan"
ADDR = {TH: ("PO Box 60417", "Wexcombe, MN 55979"), EM: ("1200 Ferrand Street, Suite 400", "Calder Springs, OH 43994"),
        BW: ("PO Box 8830", "Harnden, WI 53988")}
PRACTICES = ["Linden Arch Plastic & Reconstructive Surgery", "Oriel Reconstructive Surgery Associates",
             "Corvina Plastic Surgery Group"]
SURGEONS = ["Dr. Hyun-woo Castellane", "Dr. Marisela Okonjo", "Dr. Anders Pelletier", "Dr. Tamsin Halvorsrud"]
BREAST = ["Dr. Ifeoma Lindqvist", "Dr. Rajesh Ballantyne", "Dr. Helga Moreau-Tan", "Dr. Octavia Nwosu"]
FIRST = ["Adaeze", "Marguerite", "Priyanka", "Rosalba", "Ingeborg", "Tamsin", "Fatoumata", "Noelani", "Dagny",
         "Yesenia", "Keiko", "Zofia", "Mariam", "Lorna"]
LAST = ["Achterberg", "Olawale", "Castellanos", "Thorvaldsen", "Quispe", "Varga", "Haddad", "Brightwater",
        "Kowalczyk", "Ferreira", "Nakashima", "O'Rourke", "Demir", "Sandoval"]
STREETS = ["Larchmont Lane", "Quarry Hill Road", "Beacon Court", "Tamarack Drive", "Millbrook Way"]
TOWNS = ["Wexcombe, MN 55979", "Harnden, WI 53988", "Pellston Ridge, IA 52744", "Calder Springs, OH 43994"]
TATTOO = "Vermilion Thread Restorative Tattoo"
TATTOO_ARTIST = "Calla Brightmore"
SUPPLIER = "Bellflower Post-Mastectomy Boutique"
WHCRA = ("The Women's Health and Cancer Rights Act of 1998 (WHCRA) requires group health plans that cover mastectomies "
         "to also cover, in a manner determined in consultation with the attending physician and the patient: all "
         "stages of reconstruction of the breast on which the mastectomy was performed; surgery and reconstruction of "
         "the other breast to produce a symmetrical appearance; prostheses; and treatment of physical complications of "
         "the mastectomy, including lymphedema. These benefits are subject to the same deductibles and coinsurance as "
         "other medical and surgical benefits under your plan.")


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def phone(r: random.Random) -> str:
    return f"1-8{r.choice('0345678')}{r.choice('05678')}-{digits(r, 3)}-{digits(r, 4)}"


def facts(r: random.Random, ins: str, ds: str) -> dict:
    first, mid, last = r.choice(FIRST), r.choice("ABCDEFGHJKLMNPRSTVW"), r.choice(LAST)
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 150))
    dos = notice - dt.timedelta(days=r.randint(21, 60))
    mast = dos - dt.timedelta(days=r.randint(300, 560))
    recon = mast + dt.timedelta(days=r.randint(120, 200))
    side = r.choice(["right", "left"])
    other = "left" if side == "right" else "right"
    if ins == TH:
        mid_ = "THQ" + digits(r, 9)
        grp = "G-" + digits(r, 5)
        claim = f"TH{notice.strftime('%y')}-{digits(r, 4)}-{digits(r, 5)}"
    elif ins == EM:
        mid_ = f"EM{digits(r, 3)} {digits(r, 4)} {digits(r, 4)}"
        grp = digits(r, 6)
        claim = "E" + digits(r, 10)
    else:
        mid_ = "OFL" + digits(r, 8)
        grp = "OFL-" + digits(r, 4)
        claim = "BW-" + digits(r, 7)
    return dict(r=r, ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(14, 9870)} {r.choice(STREETS)}", r.choice(TOWNS)), notice=notice, dos=dos,
                mast=mast, recon=recon, side=side, other=other, mid=mid_, grp=grp, claim=claim,
                practice=r.choice(PRACTICES), surgeon=r.choice(SURGEONS), breast=r.choice(BREAST),
                dob=dt.date(r.randint(1961, 1989), r.randint(1, 12), r.randint(1, 28)), ph=phone(r), npi=npi(r),
                npi2=npi(r), ref="A" + digits(r, 8))


def D(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def letterhead(d: Doc, f: dict) -> None:
    ins, a = f["ins"], ADDR[f["ins"]]
    if ins == TH:
        d.text_line("THORNQUIST", 22, "B")
        d.rule(0.9, 1.2)
        d.text_line(f"{TH}  |  {a[0]}  |  {a[1]}  |  Member Services {f['ph']}", 8.5)
    elif ins == EM:
        d.text_line("A member of the Ellesmere Mutual Financial Group", 8, align="C")
        d.text_line(EM, 14, "B", align="C")
        d.text_line(f"{a[0]}, {a[1]}", 8.5, align="C")
    else:
        d.text_line(BW, 12, "B")
        d.text_line("Claims Administrator for the " + BW_PLAN, 9)
        d.text_line(a[0], 9)
        d.text_line(a[1], 9)
    d.ln(6)


def pairs(d: Doc, rows: list[tuple[str, str]], lw: float = 52, size: float = 10) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(lw, 5.3, k)
        d.font(size)
        d.cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def addressee(d: Doc, f: dict) -> None:
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)


def appeal_text(f: dict, how: str, days: int = 180) -> tuple[str, dt.date | None]:
    """(sentence, truth deadline)."""
    word = {"letter": "letter", "statement": "statement", "notice": "notice"}.get(how)
    if how == "date":
        dl = f["notice"] + dt.timedelta(days=days)
        return (f"Your written appeal must be received by {D(f, dl)}. Send it to the Appeals Unit at the address "
                "above, with any records or letters from your doctors that you want us to consider.", dl)
    dl = f["notice"] + dt.timedelta(days=days)
    return (f"You may appeal this decision. Your appeal must be filed within {days} days of the date of this {word}. "
            "Send your appeal in writing to the address above, with any records or letters from your doctors that "
            "you want us to consider.", dl)


# --------------------------------------------------------------------------------------------------- letters
def letter_symmetry(f: dict, code: str, desc: str, amt: float, pre: bool, reason: str, how: str,
                    fax: str | None = None) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    if pre:
        for ln in (f["practice"], "Attn: Surgical Scheduling / Prior Authorization", f"Fax {phone(f['r'])}"):
            d.text_line(ln, 10.5)
        d.text_line(f"cc: {f['name']}", 9.5)
        d.ln(5)
    else:
        addressee(d, f)
    d.text_line("Notice of Adverse Benefit Determination" if f["ins"] != TH else "We denied coverage for your surgery",
                13, "B")
    d.ln(2)
    rows = [("Member:" if f["ins"] != BW else "Patient:", f["name"]),
            ("Member ID:" if f["ins"] != BW else "Employee ID:", f["mid"]),
            ("Group number:", f["grp"])]
    if f["ins"] == BW:
        rows += [("Plan:", BW_PLAN), ("Plan number:", "512")]
    rows += [("Request number:" if pre else "Claim number:", f["claim"]),
             ("Planned surgery date:" if pre else "Date of service:", D(f, f["dos"])),
             ("Service:", f"{code} {desc}"),
             ("Surgeon / practice:", f"{f['surgeon']}, {f['practice']}"),
             ("Surgeon NPI:", f["npi"])]
    if pre:
        rows.append(("Request received:", D(f, f["notice"] - dt.timedelta(days=9))))
    else:
        rows.append(("Amount billed:", fmt_money(amt)))
    pairs(d, rows)
    d.para(f"Dear {f['first']} {f['last']}:" if not pre else f"Dear Dr. {f['surgeon'].split()[-1]} and "
           f"{f['first']} {f['last']}:")
    when = "the surgery planned for" if pre else "the surgery done on"
    d.para(f"We reviewed {when} {D(f, f['dos'])}: {desc.lower()} ({code}) on the {f['other']} breast, "
           f"requested by {f['practice']}. Your medical records show a {f['side']} mastectomy on "
           f"{D(f, f['mast'])} by {f['breast']} and reconstruction of the {f['side']} breast on {D(f, f['recon'])}.")
    d.text_line("Why we made this decision", 11, "B")
    d.ln(1)
    d.para(reason)
    d.text_line("Your rights under the Women's Health and Cancer Rights Act", 11, "B")
    d.ln(1)
    d.para(WHCRA, 9.5)
    d.text_line("How to appeal", 11, "B")
    d.ln(1)
    sent, dl = appeal_text(f, how)
    d.para(sent + f" If your situation is urgent, you may ask for an expedited (72-hour) appeal. Call {f['ph']} "
           "(TTY 711) with questions.")
    d.para("You may also have the right to an external review by an independent review organization after our "
           "appeal decision. You have 4 months from the date of the final decision to ask for it.", 9.5)
    d.para(f"Sincerely,\nUtilization Management, {f['ins']}", 10)
    cases = [f["claim"]]
    t = truth("denial_letter", "not_covered", insurer=f["ins"], member_id=f["mid"].replace(" ", ""),
              group_number=f["grp"], plan_id="512" if f["ins"] == BW else None, member_name=f["name"],
              case_numbers=cases, claim_amount=None if pre else m2(amt), service_dates=[iso(f["dos"])],
              denial_date=iso(f["notice"]), provider=f["practice"], appeal_deadline=iso(dl),
              alternates={"provider": [f["surgeon"]], **({"insurer": [BW_PLAN]} if f["ins"] == BW else {})},
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


def letter_tattoo(f: dict) -> tuple[bytes, dict]:
    r = f["r"]
    l1, l2 = 455.00, 610.00
    total = l1 + l2
    d = Doc("Times", footer="BBA-ABD-11 (rev. 07/2025)     Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 11)
    d.ln(4)
    addressee(d, f)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION - CLAIM DENIED", 12.5, "B")
    d.ln(2)
    pairs(d, [("Claimant:", f["name"]), ("Employee ID:", f["mid"]), ("Group number:", f["grp"]),
              ("Plan:", BW_PLAN), ("Plan number:", "512"), ("Claim number:", f["claim"]),
              ("Date of service:", D(f, f["dos"])),
              ("Provider of service:", f"{TATTOO} ({TATTOO_ARTIST}, tattoo artist)"),
              ("Referred by:", f"{f['surgeon']}, {f['practice']}"),
              ("Total charges:", fmt_money(total)), ("Date received:", D(f, f["dos"] + dt.timedelta(days=12)))],
          lw=48, size=10.5)
    d.table(["Code", "Description", "Charge", "Status"],
            [["11920", "Tattooing, intradermal, 6.0 sq cm or less", fmt_money(l1), "Denied - N"],
             ["11921", "Tattooing, intradermal, 6.1 to 20.0 sq cm", fmt_money(l2), "Denied - N"]],
            [22, 96, 28, 30], size=9.5, aligns="LLRL")
    d.para("Reason code N: The provider is not in the plan's network. Your plan covers nipple and areola tattooing after "
           "breast reconstruction as part of the mastectomy benefit, but only when it is done by an in-network "
           f"provider. {TATTOO} is not in the network, and your plan has no out-of-network benefits except for "
           "emergencies. No network exception was requested before the service.", 10.5)
    d.para("If no in-network provider near you does this service, you or your surgeon may ask us for a network gap "
           "exception and resubmit the claim.", 10.5)
    d.para(WHCRA, 9.5)
    sent, dl = appeal_text(f, "date")
    d.text_line("Your right to appeal", 11, "B")
    d.para(sent + " This plan is governed by ERISA; you also have the right to bring a civil action under section "
           "502(a) after the appeal.", 10.5)
    d.para(f"Questions: {f['ph']}", 10.5)
    t = truth("denial_letter", "out_of_network", insurer=BW, member_id=f["mid"], group_number=f["grp"], plan_id="512",
              member_name=f["name"], case_numbers=[f["claim"]], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(f["notice"]), provider=TATTOO, appeal_deadline=iso(dl),
              alternates={"provider": [TATTOO_ARTIST], "insurer": [BW_PLAN]}, denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# --------------------------------------------------------------------------------------------------- EOBs
def eob(f: dict, claims: list[dict], denied_ix: int | None, title_note: str, legend: list[tuple[str, str]],
        amount_alt: str | None = None) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 15, "B")
    d.text_line("THIS IS NOT A BILL", 9, "B")
    d.ln(3)
    y0 = d.get_y()
    addressee(d, f)
    d.set_xy(112, y0)
    for k, v in [("Statement date", D(f, f["notice"])), ("Member", f["name"]), ("Member ID", f["mid"]),
                 ("Group", f["grp"]), ("Date of birth", D(f, f["dob"]))]:
        d.set_x(112)
        d.font(9, "B")
        d.cell(30, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 28) + 3)
    d.para(title_note, 9.5)
    for c in claims:
        d.font(10, "B")
        d.cell(0, 6, f"Claim {c['claim']}  -  {c['prov']}  (NPI {c['npi']})", new_x="LMARGIN", new_y="NEXT")
        rows = []
        for ln in c["lines"]:
            rows.append([D(f, c["dos"]), ln[0], ln[1], fmt_money(ln[2]), fmt_money(ln[3]), fmt_money(ln[4]),
                         fmt_money(ln[5]), ln[6]])
        tb = sum(x[2] for x in c["lines"])
        rows.append(["*Claim total", "", "", fmt_money(tb), fmt_money(sum(x[3] for x in c["lines"])),
                     fmt_money(sum(x[4] for x in c["lines"])), fmt_money(sum(x[5] for x in c["lines"])), ""])
        d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Remark"],
                rows, [22, 14, 58, 21, 19, 19, 18, 13], size=8, aligns="LLLRRRRL", border_head="TB")
    d.text_line("Remark codes", 10, "B")
    for k, v in legend:
        d.para(f"{k}  {v}", 8.8, gap=1)
    d.ln(2)
    dl = None
    if denied_ix is not None:
        sent, dl = appeal_text(f, "statement")
        d.para(sent, 9)
        d.para(WHCRA, 8.5)
    else:
        d.para("If you disagree with how this claim was processed, you may appeal within 180 days of the date of this "
               "statement.", 9)
    d.para(f"Questions? Call Member Services at {f['ph']} (TTY 711), Monday - Friday, 8 a.m. - 8 p.m.", 9)
    c = claims[denied_ix if denied_ix is not None else 0]
    total = m2(sum(x[2] for x in c["lines"]))
    alts: dict = {"provider": [c["alt_prov"]]} if c.get("alt_prov") else {}
    if amount_alt:
        alts["claim_amount"] = [amount_alt]
    common = dict(insurer=EM, member_id=f["mid"].replace(" ", ""), group_number=f["grp"], member_name=f["name"],
                  case_numbers=[c["claim"]], claim_amount=total, service_dates=[iso(c["dos"])],
                  denial_date=iso(f["notice"]), provider=c["prov"])
    if denied_ix is None:
        alts["appeal_deadline"] = [iso(f["notice"] + dt.timedelta(days=180))]
        t = truth("eob", None, appeal_deadline=None, alternates=alts, type_alternates=["other"], **common)
    else:
        t = truth("eob", "not_covered", appeal_deadline=iso(dl), alternates=alts,
                  denial_alternates=["medical_necessity"], **common)
    return pdf_bytes(d), t


def eob_fat_graft(f: dict) -> tuple[bytes, dict]:
    r = f["r"]
    onc = dict(claim="E" + digits(r, 10), prov=f["breast"] + ", Sable Point Cancer Center", npi=f["npi2"],
               dos=f["dos"] - dt.timedelta(days=r.randint(8, 20)),
               lines=[("99214", "Office visit, established patient", 285.00, 162.40, 132.40, 30.00, "")])
    fg = dict(claim=f["claim"], prov=f["practice"], npi=f["npi"], dos=f["dos"], alt_prov=f["surgeon"],
              lines=[("15771", "Fat grafting, trunk/breast, 50 cc or less", 3240.00, 0.0, 0.0, 3240.00, "CS7"),
                     ("15772", "Fat grafting, each addl 50 cc", 1185.00, 0.0, 0.0, 1185.00, "CS7")])
    legend = [("CS7", f"Fat grafting to the {f['other']} breast is considered cosmetic. The plan does not cover "
                      "cosmetic surgery or procedures to improve appearance. You may owe the provider the full "
                      "amount (CARC 50 / RARC N4)."), ]
    return eob(f, [onc, fg], 1, "We processed the claims below. One or more services were not covered; see the "
               "remark codes.", legend)


def eob_prosthesis(f: dict) -> tuple[bytes, dict]:
    r = f["r"]
    c = dict(claim=f["claim"], prov=SUPPLIER, npi=f["npi"], dos=f["dos"],
             lines=[("L8030", "Breast prosthesis, silicone, " + f["side"], 412.00, 344.50, 275.60, 68.90, "P1"),
                    ("L8000", "Mastectomy bra (2)", 96.00, 78.00, 62.40, 15.60, "P1")])
    legend = [("P1", f"Paid under your mastectomy benefit (prescribed by {f['breast']}; mastectomy "
                     f"{D(f, f['mast'])}). You pay 20% coinsurance after the deductible.")]
    return eob(f, [c], None, "Your claim below was paid. Nothing was denied.", legend)


def eob_implant(f: dict) -> tuple[bytes, dict]:
    c = dict(claim=f["claim"], prov=f["practice"], npi=f["npi"], dos=f["dos"], alt_prov=f["surgeon"],
             lines=[("19380", f"Revision of reconstructed breast, {f['side']}", 4860.00, 3104.25, 2483.40, 620.85, ""),
                    ("19325", f"Breast augmentation with implant, {f['other']}", 5415.50, 0.0, 0.0, 5415.50, "X4")])
    legend = [("X4", "Not covered: cosmetic procedure. Augmentation of the breast that did not have a mastectomy is "
                     "not part of the reconstruction benefit.")]
    return eob(f, [c], 0, "Part of this claim was not covered; see the remark codes.", legend, amount_alt="5415.50")


# --------------------------------------------------------------------------------------------------- appeal + reversal
def member_appeal(f: dict, amt: float, code: str, denial_d: dt.date, sent_d: dt.date) -> tuple[bytes, dict]:
    d = Doc("Times")
    d.add_page()
    for ln in (f["name"], *f["addr"], f"Phone {phone(f['r'])}"):
        d.text_line(ln, 11)
    d.ln(4)
    d.text_line(fmt_date(sent_d, "long"), 11)
    d.ln(4)
    for ln in (TH, "Attn: Member Appeals", *ADDR[TH]):
        d.text_line(ln, 11)
    d.ln(4)
    pairs(d, [("RE: Appeal of denied claim", ""), ("Member ID:", f["mid"]), ("Claim number:", f["claim"]),
              ("Date of surgery:", fmt_date(f["dos"], "long")), ("Surgeon:", f"{f['surgeon']}, {f['practice']}")],
          lw=55, size=11)
    d.para("To whom it may concern:", 11)
    d.para(f"I am writing to appeal your letter of {fmt_date(denial_d, 'long')} that denied payment for the fat "
           f"grafting ({code}) to my {f['other']} breast, billed at {fmt_money(amt)}. You called it cosmetic.", 11)
    d.para(f"I had a {f['side']} mastectomy for breast cancer on {fmt_date(f['mast'], 'long')} ({f['breast']}) and "
           f"reconstruction on {fmt_date(f['recon'], 'long')}. The grafting was done so that my breasts would match. "
           "The Women's Health and Cancer Rights Act says a group plan that covers a mastectomy must cover surgery on "
           "the other breast to produce a symmetrical appearance. My surgeon's letter and photographs are enclosed.",
           11)
    d.para("Please reverse the denial and pay the claim.", 11)
    d.para(f"Sincerely,\n\n{f['first']} {f['last']}", 11)
    t = truth("other", None, insurer=TH, member_id=f["mid"], group_number=None, member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount=m2(amt), service_dates=[iso(f["dos"])],
              denial_date=iso(sent_d), provider=f["practice"], appeal_deadline=None,
              alternates={"provider": [f["surgeon"]]}, unscored=["insurer"])
    return pdf_bytes(d), t


def reversal(f: dict, amt: float, code: str, denial_d: dt.date, recv: dt.date, appeal_no: str) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    addressee(d, f)
    d.text_line("Appeal Decision: Overturned", 13, "B")
    d.ln(2)
    pairs(d, [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group number:", f["grp"]),
              ("Appeal number:", appeal_no), ("Claim number:", f["claim"]), ("Date of service:", D(f, f["dos"])),
              ("Provider:", f["practice"]), ("Billed amount:", fmt_money(amt)),
              ("Appeal received:", D(f, recv))])
    d.para(f"Dear {f['first']} {f['last']}:")
    d.para(f"We received your appeal of our {D(f, denial_d)} decision to deny the fat grafting ({code}) to your "
           f"{f['other']} breast. A board-certified plastic surgeon who was not involved in the first decision "
           "reviewed your appeal, your surgeon's letter and the photographs.")
    d.text_line("Our decision", 11, "B")
    d.ln(1)
    d.para("We have reversed our earlier decision. Surgery on the other breast to produce a symmetrical appearance is "
           "a covered stage of reconstruction under the Women's Health and Cancer Rights Act, and is not cosmetic. We "
           "will reprocess the claim within 30 days and send you a new Explanation of Benefits. You may owe your "
           "usual deductible and coinsurance.")
    d.para(WHCRA, 9.5)
    d.para(f"You do not need to do anything else. Questions: {f['ph']} (TTY 711).")
    d.para(f"Sincerely,\nAppeals and Grievances, {TH}")
    t = truth("other", None, insurer=TH, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[appeal_no, f["claim"]], claim_amount=m2(amt), service_dates=[iso(f["dos"])],
              denial_date=iso(f["notice"]), provider=f["practice"], appeal_deadline=None,
              alternates={"case_numbers": [[appeal_no]]})
    return pdf_bytes(d), t


# --------------------------------------------------------------------------------------------------- plan
def documents(rng) -> list[Item]:
    items = []
    r = random.Random(205500)

    f = facts(random.Random(205501), TH, "long")
    items.append(Item(f"{FAMILY}_bd_contralateral_reduction_cosmetic", "born_digital", [letter_symmetry(
        f, "19318", "Reduction mammaplasty", 6845.00, False,
        f"The surgery was done on the {f['other']} breast, which did not have cancer or a mastectomy. Our medical "
        "policy considers a reduction of a breast that was not treated for cancer to be cosmetic, and your plan does "
        "not cover cosmetic surgery. This service is not covered.", "letter")]))

    f = facts(random.Random(205502), EM, "slash")
    items.append(Item(f"{FAMILY}_bd_eob_fat_grafting_cosmetic_oncology_visit_paid", "born_digital",
                      [eob_fat_graft(f)]))

    f = facts(random.Random(205503), BW, "abbr")
    items.append(Item(f"{FAMILY}_scan300_nipple_tattoo_out_of_network_studio", "scan_clean_300", [letter_tattoo(f)]))

    f = facts(random.Random(205504), EM, "iso")
    items.append(Item(f"{FAMILY}_lowres_eob_prosthesis_and_bras_paid", "scan_lowres_150", [eob_prosthesis(f)]))

    # photocopy: the member's appeal letter stapled in front of the plan's reversal
    f = facts(random.Random(205505), TH, "dmy")
    amt = 3968.00
    denial_d = f["notice"] - dt.timedelta(days=r.randint(70, 90))
    f["dos"] = denial_d - dt.timedelta(days=r.randint(30, 45))
    f["recon"] = f["dos"] - dt.timedelta(days=r.randint(150, 220))
    f["mast"] = f["recon"] - dt.timedelta(days=r.randint(120, 200))
    sent_d = denial_d + dt.timedelta(days=r.randint(12, 25))
    recv = sent_d + dt.timedelta(days=4)
    appeal_no = "APL-" + digits(r, 7)
    items.append(Item(f"{FAMILY}_copy_member_appeal_and_plan_reversal", "photocopy",
                      [member_appeal(f, amt, "15771", denial_d, sent_d),
                       reversal(f, amt, "15771", denial_d, recv, appeal_no)]))

    f = facts(random.Random(205506), BW, "dmy")
    f["dos"] = f["notice"] + dt.timedelta(days=r.randint(20, 40))
    f["mast"] = f["dos"] - dt.timedelta(days=1130)
    f["recon"] = f["mast"] + dt.timedelta(days=160)
    fax = (f"FAX FROM {BW.upper()} UTILIZATION REVIEW  {fmt_date(f['notice'], 'slash')} 14:22  PAGE 1/2")
    items.append(Item(f"{FAMILY}_faxf_preservice_mastopexy_time_limit", "fax_fine_g4", [letter_symmetry(
        f, "19316", "Mastopexy", 0.0, True,
        "The plan covers symmetry surgery as part of reconstruction only when it is done within 24 months of the "
        "mastectomy. The mastectomy was more than 24 months ago, so the requested mastopexy is considered a cosmetic "
        "revision and is not a covered benefit under the plan's cosmetic surgery exclusion.", "notice", fax=fax)]))

    f = facts(random.Random(205507), EM, "upper")
    items.append(Item(f"{FAMILY}_phone_eob_contralateral_implant_denied_revision_paid", "phone_photo",
                      [eob_implant(f)]))
    return items
