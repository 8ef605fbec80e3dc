"""Family 'cranial_hair_prosthesis_chemotherapy_alopecia_denial': plan letters and EOBs on a cranial hair prosthesis
(a wig: HCPCS A9282, or S8095 "wig (for medically-induced hair loss)") after chemotherapy or for alopecia areata.

Issuers (all invented): Ambleridge Health Insurance Company (logo word "AMBLERIDGE" with a tagline; letters to the
member and one faxed to the wig studio), Kestwick Benefit Plans (right-aligned name over a rule; member EOBs and an
appeal decision), Wickerly Health Plan (Medicare Advantage HMO-POS, centred name; a payment denial). Contents:
A9282 for alopecia areata denied as a cosmetic item; S8095 after chemotherapy with the lifetime maximum already
paid; a second prosthesis within 12 months denied; an EOB paying up to the state-mandated allowance (nothing
denied, the rest is the member's); a letter to an out-of-network wig studio; an upheld appeal (cosmetic, phone
photo); a Medicare Advantage notice that wigs are not a Medicare or supplemental benefit (rotated scan).
Decoys: the oncologist or dermatologist who wrote the prescription (with NPI), dates of birth, chemotherapy start
dates, earlier purchase dates, received dates, the benefit maximum and allowance amounts, phone numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "cranial_hair_prosthesis_chemotherapy_alopecia_denial"
LANG = "en"

AM, KW, WK = "Ambleridge Health Insurance Company", "Kestwick Benefit Plans", "Wickerly Health Plan"
ADDR = {AM: ("PO Box 30418", "Fallowmere, IA 52999"), KW: ("77 Chandlery Wharf", "Port Ellery, ME 04999"),
        WK: ("5150 Ostrander Parkway", "Glenrock Hills, AL 36999")}
STUDIOS = ["Lunaria Hair Restoration Studio", "Coiffure Renaissance Wig Boutique", "Tresses of Hope Cranial Prosthetics",
           "Wren & Willow Medical Wig Studio"]
ONCS = ["Dr. Priyanka Venkataraman", "Dr. Olufemi Adeyinka-Hart", "Dr. Magnus Lindqvist-Oren",
        "Dr. Saoirse Delahunty"]
DERMS = ["Dr. Carmela Ortiz-Brandt", "Dr. Hiroshi Tamboli"]
FIRST = ["Antonella", "Bronwyn", "Chiamaka", "Delphine", "Evangeline", "Fatoumata", "Greta", "Henrietta", "Imelda",
         "Jolanta", "Keziah", "Lourdes", "Mirela", "Nanami", "Oona", "Petronella"]
LAST = ["Achebe-Lund", "Barrowclough", "Cienfuegos", "Dunmore", "Ekwueme", "Fitzalan", "Gaborik", "Hemmings",
        "Ilunga", "Jankowska", "Kirkpatrick", "Lemaire", "Montgomery-Oyo", "Nakashima"]
STREETS = ["Rookery Lane", "Sparrowhawk Drive", "Tanner's Row", "Windlass Court", "Eelbrook Road"]
TOWNS = ["Fallowmere, IA 52999", "Port Ellery, ME 04999", "Glenrock Hills, AL 36999", "Cobham Reach, VT 05999"]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def days(a: dt.date, n: int) -> dt.date:
    return a + dt.timedelta(days=n)


def facts(r: random.Random, ins: str, ds: str, derm: bool = False) -> dict:
    first, mid, last = r.choice(FIRST), r.choice("ABCDEFGHJKLMNPRSTVW"), r.choice(LAST)
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 150))
    dos = days(notice, -r.randint(20, 55))
    if ins == AM:
        mid_, grp, claim = "AMB" + digits(r, 9), "G-" + digits(r, 6), f"AM{notice.year}{digits(r, 7)}"
    elif ins == KW:
        mid_, grp, claim = f"KW {digits(r, 3)} {digits(r, 3)} {digits(r, 3)}", digits(r, 7), f"{digits(r, 6)}-{digits(r, 4)}"
    else:
        mid_, grp, claim = "WK" + digits(r, 8), None, f"WHP-{digits(r, 8)}"
    return dict(r=r, ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(11, 9800)} {r.choice(STREETS)}", r.choice(TOWNS)), notice=notice, dos=dos,
                mid=mid_, grp=grp, claim=claim, studio=r.choice(STUDIOS),
                rx=r.choice(DERMS) if derm else r.choice(ONCS), dob=dt.date(r.randint(1950, 1998), r.randint(1, 12),
                                                                           r.randint(1, 28)),
                ph=phone(r), npi=npi(r), npi2=npi(r))


def D(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def letterhead(d: Doc, f: dict) -> None:
    ins = f["ins"]
    if ins == AM:
        d.text_line("AMBLERIDGE", 22, "B")
        d.text_line("Health Insurance Company  -  covering what matters", 9)
        d.text_line(f"{ADDR[AM][0]}  |  {ADDR[AM][1]}  |  {f['ph']}", 8.5)
        d.rule(0.7, 1.5)
    elif ins == KW:
        d.text_line("Kestwick Benefit Plans", 16, "B", align="R")
        d.text_line(f"{ADDR[KW][0]}, {ADDR[KW][1]}", 8.5, align="R")
        d.text_line(f"Member Services {f['ph']}  TTY 711", 8.5, align="R")
        d.rule(0.4, 1.5)
    else:
        d.text_line("Wickerly Health Plan", 17, "B", align="C")
        d.text_line("Wickerly Medicare Choice (HMO-POS)", 10, align="C")
        d.text_line(f"{ADDR[WK][0]}, {ADDR[WK][1]}", 8.5, align="C")
        d.ln(1)
    d.ln(5)


def pairs(d: Doc, rows: list[tuple[str, str | None]], lw: float = 50, size: float = 10) -> None:
    for k, v in rows:
        if v is None:
            continue
        d.font(size, "B")
        d.cell(lw, 5.2, k)
        d.font(size)
        d.multi_cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def addressee(d: Doc, lines: list[str]) -> None:
    for ln in lines:
        d.text_line(ln, 10.5)
    d.ln(4)


def boxed(d: Doc, rows: list[tuple[str, str]], lw: float = 50, size: float = 9.5) -> None:
    w = d.w - d.l_margin - d.r_margin
    for k, v in rows:
        if v is None:
            continue
        d.font(size, "B")
        d.cell(lw, 6.2, " " + k, border=1)
        d.font(size)
        d.cell(w - lw, 6.2, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)


# --------------------------------------------------------------------------------------------------- letters
def letter(f: dict, title: str, code: str, desc: str, billed: float, body: list[tuple[str, str]], how: str,
           denial: str, dalts: list[str], to_provider: bool = False, fax: str | None = None,
           extra_rows: list[tuple[str, str]] | None = None) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(3)
    if to_provider:
        addressee(d, [f["studio"], "Attn: Billing", f["addr"][1]])
    else:
        addressee(d, [f["name"], *f["addr"]])
    d.text_line(title, 13.5, "B")
    d.ln(2)
    boxed(d, [("Member" if not to_provider else "Patient", f["name"]), ("Member ID", f["mid"]), ("Group", f["grp"]),
              ("Date of birth", D(f, f["dob"])), ("Claim number", f["claim"]),
              ("Item", f"{code} - {desc}"), ("Purchase date", D(f, f["dos"])),
              ("Supplier", f"{f['studio']} (NPI {f['npi']})"), ("Prescribed by", f"{f['rx']} (NPI {f['npi2']})"),
              ("Amount billed", fmt_money(billed)), *(extra_rows or [])])
    d.para("Dear Provider:" if to_provider else f"Dear {f['first']} {f['last']}:")
    for head, text in body:
        if head:
            d.text_line(head, 11, "B")
            d.ln(1)
        d.para(text)
    d.text_line("Your right to appeal", 11, "B")
    d.ln(1)
    if how.startswith("by:"):
        dl = days(f["notice"], int(how[3:]))
        sent = f"If you disagree, send a written appeal. Your appeal must be received by {D(f, dl)}."
    else:
        n, what = how.split(":")
        dl = days(f["notice"], int(n))
        sent = f"If you disagree, you may file an appeal within {n} days of the date of this {what}."
    d.para(sent + f" Mail it to {f['ins'].split(' Health')[0]} Appeals, {ADDR[f['ins']][0]}, {ADDR[f['ins']][1]}, "
                  f"or call {f['ph']}. You may include a letter from your doctor and any records you want us to see.")
    d.para("If your plan is subject to state law, you may also have the right to an external review after the appeal. "
           "This notice is available in other languages on request.", 8.5)
    d.para(f"Sincerely,\nClaims Review Department\n{f['ins']}", 10)
    t = truth("denial_letter", denial, insurer=f["ins"], member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=[f["claim"]], claim_amount=m2(billed),
              service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=f["studio"],
              appeal_deadline=iso(dl), denial_alternates=dalts)
    return pdf_bytes(d), t


# ------------------------------------------------------------------------------------------------------ EOBs
def eob(f: dict, code: str, desc: str, billed: float, allowed: float, paid: float, note: str, legend: str,
        denial: str | None, dalts: list[str], appeal: bool = True, extra: list[str] | None = None
        ) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 14, "B")
    d.text_line("This is not a bill. Keep it with your records.", 9)
    d.ln(3)
    y0 = d.get_y()
    addressee(d, [f["name"], *f["addr"]])
    d.set_xy(108, y0)
    for k, v in [("Statement date", D(f, f["notice"])), ("Patient", f["name"]), ("Member ID", f["mid"]),
                 ("Group no.", f["grp"]), ("Claim no.", f["claim"]),
                 ("Received", D(f, days(f["notice"], -12)))]:
        d.set_x(108)
        d.font(9, "B")
        d.cell(30, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 30) + 3)
    d.font(9.5, "B")
    d.cell(0, 5.5, f"Provider: {f['studio']}", new_x="LMARGIN", new_y="NEXT")
    d.font(9)
    d.cell(0, 5, f"Supplier NPI {f['npi']}   Prescription from {f['rx']}", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    owe = billed - paid
    rows = [[D(f, f["dos"]), code, desc, fmt_money(billed), fmt_money(allowed), fmt_money(paid), fmt_money(owe),
             note],
            ["*Total", "", "", fmt_money(billed), fmt_money(allowed), fmt_money(paid), fmt_money(owe), ""]]
    d.table(["Date", "Code", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Remark"], rows,
            [22, 15, 55, 20, 19, 19, 18, 12], size=8, aligns="LLLRRRRL", border_head="TB")
    d.para(f"{note}: {legend}", 9)
    for e in extra or []:
        d.para(e, 9)
    d.ln(2)
    dl = None
    if appeal:
        dl = days(f["notice"], 180)
        d.para("Your right to appeal: if you think this claim was processed incorrectly, you or someone you name may "
               "file an appeal within 180 days of the date of this statement. Write to the address at the top or "
               f"call {f['ph']}.", 9)
    else:
        d.para(f"Questions about this statement? Call Member Services at {f['ph']}.", 9)
    t = truth("eob" if denial else "other", denial, insurer=KW, member_id=f["mid"].replace(" ", ""),
              group_number=f["grp"], member_name=f["name"], case_numbers=[f["claim"]], claim_amount=m2(billed),
              service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=f["studio"],
              appeal_deadline=iso(dl) if dl else None, denial_alternates=dalts)
    if not denial:
        t["type_alternates"] = ["eob"]
    return pdf_bytes(d), t


def appeal_decision(f: dict, billed: float, appeal_no: str) -> tuple[bytes, dict]:
    r = f["r"]
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(3)
    addressee(d, [f["name"], *f["addr"]])
    d.text_line("First-Level Appeal Decision", 13.5, "B")
    d.ln(1)
    pairs(d, [("Appeal number:", appeal_no), ("Member:", f["name"]), ("ID:", f["mid"]), ("Group:", f["grp"]),
              ("Original claim:", f["claim"]), ("Item:", "A9282 wig, any type, each"),
              ("Date purchased:", D(f, f["dos"])), ("Supplier:", f["studio"]),
              ("Amount charged:", fmt_money(billed, "nosign")),
              ("Appeal received:", D(f, days(f["notice"], -r.randint(20, 28))))], lw=38)
    d.text_line("Decision: the denial is upheld", 11.5, "B")
    d.ln(1)
    d.para(f"You asked us to cover the wig you bought to cover hair loss from alopecia areata. We read your appeal, "
           f"the prescription and letter from {f['rx']}, and your plan's Summary Plan Description. A board-certified "
           f"dermatologist who was not part of the first decision reviewed the file.")
    d.para("Your plan covers one cranial hair prosthesis when hair loss is caused by chemotherapy or radiation "
           "therapy for cancer. Wigs and hairpieces for any other cause, including alopecia areata, are listed as a "
           "cosmetic item under Exclusions, item 14. For this reason we must uphold the denial of this claim.")
    d.text_line("What you can do next", 11, "B")
    d.para(f"You may ask for a second-level appeal within 60 days of the date of this letter. Send it to Kestwick "
           f"Appeals Unit at the address above. After the second level you may have the right to an external review "
           f"within 4 months.")
    d.para(f"Kestwick Benefit Plans Appeals Unit   {f['ph']}", 9.5)
    t = truth("denial_letter", "not_covered", insurer=KW, member_id=f["mid"].replace(" ", ""), group_number=f["grp"],
              member_name=f["name"], case_numbers=[appeal_no, f["claim"]], claim_amount=m2(billed),
              service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=f["studio"],
              appeal_deadline=iso(days(f["notice"], 60)), alternates={"case_numbers": [[appeal_no]]},
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


def ma_notice(f: dict, billed: float) -> tuple[bytes, dict]:
    r = f["r"]
    case = f"C{digits(r, 9)}"
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("Notice of Denial of Payment", 14, "B", align="C")
    d.ln(3)
    pairs(d, [("Date:", D(f, f["notice"])), ("Member name:", f["name"]), ("Member number:", f["mid"]),
              ("Plan:", "Wickerly Medicare Choice (HMO-POS), H6627-003"), ("Case number:", case),
              ("Claim number:", f["claim"])], lw=36)
    addressee(d, [f["name"], *f["addr"]])
    d.para(f"We have denied payment for the following item that you received from {f['studio']} on "
           f"{D(f, f['dos'])}: S8095, wig (for medically-induced hair loss). The supplier billed "
           f"{fmt_money(billed)}. The item was prescribed by {f['rx']} during your chemotherapy.")
    d.text_line("Why did we deny your request?", 11.5, "B")
    d.para("Original Medicare does not cover wigs, even when hair loss is caused by cancer treatment, because a wig "
           "is not durable medical equipment. Wickerly Medicare Choice offers some extra (supplemental) benefits, but "
           "a wig or cranial prosthesis is not one of them (Evidence of Coverage, Chapter 4, Section 3: Services not "
           "covered). So we cannot pay for it.")
    d.text_line("You have the right to appeal our decision", 11.5, "B")
    d.para("You have the right to ask Wickerly Health Plan to review our decision by asking us for an appeal. Ask "
           "for an appeal within 65 days of the date of this notice. We can give you more time if you have a good "
           "reason for missing the deadline.")
    d.text_line("How to ask for an appeal", 11, "B")
    d.para(f"Mail or fax your request to Wickerly Appeals Department, {ADDR[WK][0]}, {ADDR[WK][1]}; fax "
           f"{phone(r)}. You can also call {f['ph']} (TTY 711), 8 a.m. to 8 p.m. Payment appeals are decided "
           f"within 60 days.", 10)
    d.para("Get help & more information: 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048. You can also contact "
           "your State Health Insurance Assistance Program.", 9)
    d.text_line("Form CMS-10003-NDMCP  OMB Approval 0938-0829  H6627_WIGDEN_2026", 7)
    t = truth("denial_letter", "not_covered", insurer=WK, plan_id="H6627-003", member_id=f["mid"],
              member_name=f["name"], case_numbers=[case, f["claim"]], claim_amount=m2(billed),
              service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=f["studio"],
              appeal_deadline=iso(days(f["notice"], 65)),
              alternates={"plan_id": [None], "insurer": ["Wickerly Medicare Choice"]})
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []

    f = facts(random.Random(221601), AM, "long", derm=True)
    items.append(Item(f"{FAMILY}_bd_alopecia_areata_wig_cosmetic", "born_digital", [letter(
        f, "Claim Denial - Cranial Prosthesis", "A9282", "Wig, any type, each", 1385.00,
        [("Why we denied your claim",
          f"You sent us a receipt from {f['studio']} for a custom cranial prosthesis, with a prescription from "
          f"{f['rx']} for alopecia areata. Your Ambleridge certificate of coverage pays for a cranial prosthesis "
          f"only when hair loss results from chemotherapy, radiation therapy or a burn. A wig for alopecia areata "
          f"is considered a cosmetic item and is excluded (Certificate of Coverage, Section 9, Exclusions, "
          f"\"Cosmetic Services and Supplies\"). This decision is about coverage, not about whether your doctor's "
          f"advice was right.")],
        "180:letter", "not_covered", ["medical_necessity"])]))

    f = facts(random.Random(221602), KW, "slash")
    prev = days(f["dos"], -random.Random(221612).randint(400, 520))
    items.append(Item(f"{FAMILY}_bd_eob_s8095_lifetime_maximum_met", "born_digital", [eob(
        f, "S8095", "Wig, medically-induced hair loss", 1120.00, 0.0, 0.0, "L42",
        "Benefit maximum reached. Your plan pays up to $1,000.00 per lifetime for a hair prosthesis after "
        "chemotherapy. This amount was paid on an earlier claim.",
        "not_covered", ["other"],
        extra=[f"Lifetime hair prosthesis benefit: $1,000.00. Used: $1,000.00 (claim paid for the wig purchased "
               f"{D(f, prev)}). Remaining: $0.00."])]))

    f = facts(random.Random(221603), AM, "abbr")
    prev = days(f["dos"], -random.Random(221613).randint(150, 250))
    items.append(Item(f"{FAMILY}_scan300_second_prosthesis_within_12_months", "scan_clean_300", [letter(
        f, "Notice of Adverse Benefit Determination", "A9282", "Wig, any type, each (replacement)", 940.00,
        [("What we decided",
          f"We denied your claim for a second cranial prosthesis. Your plan covers one cranial prosthesis every 12 "
          f"months for hair loss caused by chemotherapy. We paid for your first prosthesis, bought on "
          f"{D(f, prev)}. The replacement you bought from {f['studio']} falls within the same 12-month period."),
         ("", f"{f['rx']}, who treats you for breast cancer, wrote that the first wig no longer fits. Your plan does "
              "not make an exception to the one-per-12-months limit for fit or wear. You may submit a new claim "
              f"for a replacement bought on or after {D(f, days(prev, 365))}.")],
        "by:180", "not_covered", ["other"])]))

    f = facts(random.Random(221604), KW, "iso")
    items.append(Item(f"{FAMILY}_lowres_eob_paid_state_mandated_allowance", "scan_lowres_150", [eob(
        f, "S8095", "Wig, medically-induced hair loss", 1150.00, 350.00, 350.00, "SM3",
        "Paid at the maximum allowance required by state law for a scalp hair prosthesis after cancer treatment "
        "($350.00 per calendar year). You owe the rest of the supplier's charge.",
        None, [], appeal=False,
        extra=["Your hair prosthesis benefit for this calendar year has now been used."])]))

    f = facts(random.Random(221605), AM, "dmy")
    head = f"{fmt_date(days(f['notice'], 1), 'slash')} 09:15  AMBLERIDGE PROVIDER CORRESP  FAX {phone(f['r'])}  P.1/1"
    items.append(Item(f"{FAMILY}_faxstd_letter_to_wig_studio_out_of_network", "fax_standard_g4", [letter(
        f, "Provider Notice: Claim Denied", "A9282", "Wig, any type, each (cranial prosthesis)", 1675.00,
        [("Reason for denial",
          f"The member's plan is the Ambleridge Select HMO, which covers a cranial prosthesis after chemotherapy only "
          f"when it is supplied by a contracted durable medical equipment supplier. {f['studio']} is not in the "
          "Ambleridge network, and no authorization for an out-of-network supplier was on file. The member was "
          "given a list of network suppliers when the prescription was written."),
         ("", "Do not bill the member for this item beyond the amounts allowed by your agreement with the member. "
              "A corrected claim will not change this decision.")],
        "180:notice", "out_of_network", [], to_provider=True, fax=head)]))

    f = facts(random.Random(221606), KW, "upper", derm=True)
    items.append(Item(f"{FAMILY}_phone_appeal_upheld_alopecia_cosmetic", "phone_photo",
                      [appeal_decision(f, 2150.00, f"APL-{digits(f['r'], 7)}")]))

    f = facts(random.Random(221607), WK, "slash")
    items.append(Item(f"{FAMILY}_rot_ma_wig_not_medicare_benefit", "rotated", [ma_notice(f, 725.00)]))
    return items
