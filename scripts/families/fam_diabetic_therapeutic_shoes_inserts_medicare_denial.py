"""Family 'diabetic_therapeutic_shoes_inserts_medicare_denial': papers on Medicare's therapeutic shoes and inserts
benefit for people with diabetes (A5500 depth shoes, A5501 custom-molded shoes, A5512-A5514 inserts, per shoe):
Medicare Summary Notices (Part B), footwear suppliers' letters and Medicare Advantage plan EOBs. Reasons: the
certifying physician's statement (the MD/DO who manages the diabetes) missing, the statement signed by the
prescribing podiatrist (DPM) instead of the certifying MD/DO, a second pair of shoes in one calendar year, inserts
over three pairs in a calendar year; one paid claim; a fax stack of the supplier's cover sheet and the MSN.
Decoys: the certifying physician and the prescribing podiatrist, dates of birth, date received, NPIs, phone numbers,
plan-paid and you-owe amounts. All people, plans, suppliers and numbers are invented.

Issuers: Medicare (MSN layout, shared with fam_lymphedema_compression_garments_denial), Sunmarrow Health
(Sunmarrow Senior Advantage (HMO), contract-PBP H5702-011; EOBs), Heelstone Orthotic & Shoe Supply and Pinegate
Therapeutic Footwear (suppliers' letter and fax cover).
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from fam_lymphedema_compression_garments_denial import R, dstr, m2, msn, plus, usd
from inv_kit import truth
from public_kit import Page, out

FAMILY = "diabetic_therapeutic_shoes_inserts_medicare_denial"
LANG = "en"
MED = "Medicare"
SUN = "Sunmarrow Health"
SUN_PLAN = "Sunmarrow Senior Advantage (HMO)"
SUN_ID = "H5702-011"
HEEL = "Heelstone Orthotic & Shoe Supply"
PINE = "Pinegate Therapeutic Footwear"
SUP_ADDR = {HEEL: ("604 Cobblers Row", "Terre Haute, IN 47807"), PINE: ("3319 Wexford Pike, Suite B", "Paducah, KY 42001")}
MDS = ["Dr. Octavia Brennan-Liu, MD", "Dr. Emil Szczepanski, DO", "Dr. Folasade Whitcombe, MD",
       "Dr. Raimundo Akerlund, MD"]
DPMS = ["Dr. Rupert Anand, DPM", "Dr. Giselle Marchbanks, DPM", "Dr. Tobiah Nakashima, DPM"]
SHOE = ("A5500", "Diabetic depth shoe, off-the-shelf, fitting, per shoe")
CUSTOM_SHOE = ("A5501", "Diabetic shoe, custom molded from model, per shoe")
INS = [("A5512", "Multiple density insert, direct formed, heat molded, per shoe"),
       ("A5513", "Multiple density insert, custom molded from model, per shoe"),
       ("A5514", "Multiple density insert, custom fabricated by CAD/CAM, per shoe")]
MAC_LINE = ("Medicare DME contractor: Quillmark Medicare Services, DME MAC Jurisdiction B, PO Box 20918, "
            "Nashua, NH 03061")
INFORMED = ("Be Informed: Medicare covers one pair of therapeutic shoes and up to three pairs of inserts each "
            "calendar year for people with diabetes who qualify. Report anything suspicious to 1-800-MEDICARE "
            "(1-800-633-4227), TTY 1-877-486-2048.")


def price(r: R, code: str) -> float:
    return {"A5500": r.price(88, 135), "A5501": r.price(290, 410), "A5512": r.price(28, 42),
            "A5513": r.price(48, 70), "A5514": r.price(45, 66)}[code]


# ---------------------------------------------------------------- MSNs

def msn_facts(r: R, kind: str, ds: str) -> dict:
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 220))
    dos = plus(notice, -r.randint(28, 60))
    sup = HEEL if kind != "statement" else PINE
    lines = []
    if kind == "statement":
        ins = INS[0]
        lines.append((SHOE[0], SHOE[1], "2", round(price(r, SHOE[0]) * 2, 2), None, "a, d"))
        lines.append((ins[0], ins[1], "6", round(price(r, ins[0]) * 6, 2), None, "a, d"))
        notes = [("a", "Medicare won't pay for therapeutic shoes or inserts unless the doctor (MD or DO) who "
                       "manages your diabetes signs a statement that you need them. We didn't receive the "
                       "certifying physician's statement with this claim."),
                 ("d", "The supplier may bill you for this service if it gave you a written notice ahead of time. "
                       "If you did not get one, you do not have to pay.")]
    elif kind == "inserts":
        ins = INS[1]
        u = price(r, ins[0])
        lines.append((ins[0], ins[1], "4", round(u * 4, 2), round(u * 4 * 0.7, 2), "b"))
        lines.append((ins[0], ins[1], "2", round(u * 2, 2), None, "b, c"))
        notes = [("b", "Medicare pays for up to 3 pairs of inserts (6 units) each calendar year. Our records show "
                       "you received 1 pair earlier this year, so 2 more pairs were approved on this claim."),
                 ("c", "Medicare won't pay for these inserts because they are more than the number covered this "
                       "calendar year. The supplier didn't give you a written notice, so you do not have to pay.")]
    else:  # second pair in a calendar year
        lines.append((CUSTOM_SHOE[0], CUSTOM_SHOE[1], "2", round(price(r, CUSTOM_SHOE[0]) * 2, 2), None, "e"))
        notes = [("e", "Medicare pays for only one pair of therapeutic shoes each calendar year. You already "
                       "received a pair of diabetic shoes this year. Medicare won't pay for a second pair.")]
    total = round(sum(x[3] for x in lines), 2)
    approved = round(sum(x[4] or 0 for x in lines), 2)
    member = r.person()
    md, dpm = r.choice(MDS), r.choice(DPMS)
    return dict(lang="en", ds=ds, notice=notice, dos=dos, received=plus(dos, r.randint(3, 12)), sup=sup,
                sup_addr=SUP_ADDR[sup], sphone=r.local(), doc=dpm, ordered_label="Prescribed by", md=md,
                claim=f"1{r.digits(2)}{r.digits(2)}{r.digits(9)}", member=member, addr=r.address(), mbi=r.mbi(),
                lines=lines, total=total, approved=approved, paid=round(approved * 0.8, 2),
                maxbill=round(approved * 0.2, 2),
                deadline=plus(notice, 120), notes=notes, informed=INFORMED, mac_line=MAC_LINE,
                fax=r.local(), cover_to=md)


def msn_truth(f: dict, denial, alts) -> dict:
    return truth("eob", denial, "en", insurer=MED, member_id=f["mbi"], member_name=f["member"][0],
                 case_numbers=[f["claim"]], claim_amount=m2(f["total"]), service_dates=[f["dos"].isoformat()],
                 denial_date=f["notice"].isoformat(), provider=f["sup"], appeal_deadline=f["deadline"].isoformat(),
                 alternates={"insurer": ["Centers for Medicare & Medicaid Services", "CMS"]},
                 denial_alternates=alts, type_alternates=["denial_letter"])


def supplier_cover(f: dict) -> bytes:
    """Heelstone's fax cover to the certifying doctor's office (its own page, part of no document)."""
    p = Page(footer=None)
    p.add_page()
    p.line(HEEL, 16, "B")
    p.line(f"{SUP_ADDR[HEEL][0]}, {SUP_ADDR[HEEL][1]}  |  Phone {f['sphone']}  |  Fax {f['fax']}", 9)
    p.ln(8)
    p.line("FAX", 34, "B")
    p.ln(4)
    p.boxed_pairs([("To", f"Office of {f['md']}"), ("Fax", f["fax"]),
                   ("From", "Billing, " + HEEL), ("Date", dstr(plus(f["notice"], 6), "slash")),
                   ("Pages (with cover)", "3"), ("Re", f"Patient {f['member'][0]}, diabetic inserts")], label_w=50)
    p.para(f"Attached is your patient's Medicare Summary Notice. Of the three pairs of inserts delivered on "
           f"{dstr(f['dos'], 'slash')}, Medicare paid two and denied the third as over the yearly limit of three "
           "pairs (the patient had one pair earlier this year). If the "
           "patient's records show a need that was missed, please send us a note and we will help the patient "
           "with the appeal. Thank you.", 10.5)
    p.ln(10)
    p.para("CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in "
           "error, call us and destroy all copies.", 8)
    return out(p)


# ---------------------------------------------------------------- Sunmarrow Health MA EOBs

def sun_eob(r: R, kind: str, ds: str) -> tuple[bytes, dict]:
    stmt = dt.date(2026, 2, 10) + dt.timedelta(days=r.randint(0, 200))
    dos = plus(stmt, -r.randint(20, 50))
    member, addr = r.person(), r.address()
    mid = f"SM{r.digits(9)}"
    claim = f"{stmt.strftime('%y')}{r.digits(3)}{r.choice('DFKMRT')}{r.choice('XYZ')}{r.digits(5)}"
    sup = PINE if kind != "second_pair" else HEEL
    md, dpm = r.choice(MDS), r.choice(DPMS)
    ins = INS[2] if kind == "paid" else INS[0]
    items = [(SHOE[0], SHOE[1], 2, price(r, SHOE[0])), (ins[0], ins[1], 2, price(r, ins[0]))]
    if kind == "second_pair":
        items = [items[0]]
    rows = []
    tb = ta = tp = to = 0.0
    for code, desc, q, u in items:
        b = round(u * q, 2)
        a = round(b * 0.68, 2) if kind == "paid" else 0.0
        pp = round(a * 0.8, 2)
        o = round(a - pp, 2) if kind == "paid" else b
        tb, ta, tp, to = tb + b, ta + a, tp + pp, to + o
        rows.append([dstr(dos, "slash"), f"{code} {desc.split(',')[0]} ({q})", usd(b), usd(a), usd(pp), usd(o),
                     "" if kind == "paid" else {"second_pair": "N1", "statement": "N2"}[kind]])
    tb, ta, tp, to = (round(x, 2) for x in (tb, ta, tp, to))
    rows.append(["Claim total", "", usd(tb), usd(ta), usd(tp), usd(to), ""])
    p = Page(footer="Page {n} of {nb}", footer_left=f"{SUN} EOB  {mid}")
    p.add_page()
    p.f(20, "B")
    p.cell(90, 10, "sunmarrow")
    p.f(8.5)
    p.multi_cell(0, 4, f"{SUN}\nPO Box 81140, Evansville, IN 47708\nMember Services 1-855-555-0131, "
                       "8 a.m. - 8 p.m., 7 days a week (TTY 711)", align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.line(f"Your Explanation of Benefits for {dos.strftime('%B %Y')}", 14, "B")
    p.line(f"{SUN_PLAN}  |  Plan {SUN_ID}", 9.5)
    p.line("THIS IS NOT A BILL", 9, "B")
    p.ln(3)
    y0 = p.get_y()
    for ln in (member[0], *addr):
        p.line(ln, 10)
    p.set_xy(115, y0)
    for k, v in (("Date of this notice", dstr(stmt, ds)), ("Member ID", mid),
                 ("Date of birth", dstr(dt.date(r.randint(1938, 1960), r.randint(1, 12), r.randint(1, 28)), ds)),
                 ("Claim number", claim), ("Claim received", dstr(plus(dos, r.randint(3, 9)), ds))):
        p.set_x(115)
        p.f(9, "B")
        p.cell(36, 5, k)
        p.f(9)
        p.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    p.ln(5)
    p.heading("Claim details", 11.5, rule=True)
    p.pairs([("Supplier", f"{sup} (in network)"), ("Prescribed by", dpm), ("Certifying physician", md)],
            label_w=44, size=9.5)
    p.ln(1)
    p.table(["Service date", "Service", "Amount billed", "Approved", "Plan paid", "You may owe", "Note"],
            rows, [22, 58, 22, 22, 20, 22, 14], size=8, aligns=list("LLRRRRC"), bold_last=True)
    if kind == "paid":
        p.para(f"We paid {usd(tp)} to {sup} for your diabetic depth shoes and inserts. Your share is your 20% "
               "coinsurance. Your plan covers one pair of shoes and up to three pairs of inserts each calendar "
               "year.", 9.5)
        t = truth("other", None, "en", insurer=SUN, plan_id=SUN_ID, member_id=mid, member_name=member[0],
                  case_numbers=[claim], claim_amount=m2(tb), service_dates=[dos.isoformat()],
                  denial_date=stmt.isoformat(), provider=sup, type_alternates=["eob"],
                  alternates={"plan_id": [None], "insurer": [SUN_PLAN]})
        return out(p), t
    p.heading("Notes", 10.5)
    if kind == "second_pair":
        p.para("N1  Denied. Your plan covers one pair of therapeutic shoes for diabetes per calendar year. Our "
               f"records show a pair (A5500) was supplied earlier in {dos.year}. A second pair in the same "
               "calendar year is not covered. You may owe the full amount billed.", 9)
    else:
        p.para(f"N2  Denied. Therapeutic shoes and inserts are covered only when the physician who manages your "
               f"diabetes (an MD or DO) certifies that you need them. The claim had the prescription from {dpm}, "
               f"but the certifying physician's statement from {md} was not received.", 9)
    p.heading("If you disagree with our decision", 10.5)
    p.para(f"You can ask us for an appeal (a reconsideration). You must ask within 65 days of the date of this "
           f"notice. Call Member Services or write to {SUN} Appeals and Grievances, PO Box 81141, Evansville, "
           "IN 47708. If you are already getting an item, a fast appeal may be possible.", 9)
    den = "not_covered" if kind == "second_pair" else "other"
    da = ["other"] if kind == "second_pair" else ["medical_necessity"]
    t = truth("eob", den, "en", insurer=SUN, plan_id=SUN_ID, member_id=mid, member_name=member[0],
              case_numbers=[claim], claim_amount=m2(tb), service_dates=[dos.isoformat()],
              denial_date=stmt.isoformat(), provider=sup, appeal_deadline=plus(stmt, 65).isoformat(),
              alternates={"plan_id": [None], "insurer": [SUN_PLAN]}, denial_alternates=da)
    return out(p), t


# ---------------------------------------------------------------- supplier's letter: podiatrist signed as certifier

def heel_letter(r: R, ds: str) -> tuple[bytes, dict]:
    letter = dt.date(2026, 3, 4) + dt.timedelta(days=r.randint(0, 160))
    msn_date = plus(letter, -r.randint(5, 14))
    dos = plus(msn_date, -r.randint(30, 55))
    member, addr, mbi = r.person(), r.address(), r.mbi()
    md, dpm = r.choice(MDS), r.choice(DPMS)
    claim = f"1{r.digits(13)}"
    acct = f"HS-{r.digits(6)}"
    items = [(SHOE[0], SHOE[1], 2, price(r, SHOE[0])), (INS[0][0], INS[0][1], 6, price(r, INS[0][0]))]
    total = round(sum(u * q for _, _, q, u in items), 2)
    deadline = plus(msn_date, 120)
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(HEEL, 17, "B")
    p.line(f"{SUP_ADDR[HEEL][0]}  ·  {SUP_ADDR[HEEL][1]}  ·  (812) 555-0177", 9)
    p.line("Medicare-enrolled DMEPOS supplier  ·  NPI " + r.npi(), 8.5)
    p.ln(8)
    p.line(dstr(letter, ds), 11)
    p.ln(4)
    for ln in (member[0], *addr):
        p.line(ln, 11)
    p.ln(5)
    p.line(f"Re: Medicare denied your diabetic shoes and inserts (your account {acct})", 11, "B")
    p.line(f"Medicare Number: {mbi}", 11)
    p.ln(3)
    p.para(f"Dear {member[1]} {member[2]}:", 11)
    p.para(f"On {dstr(dos, ds)} we fitted and delivered one pair of diabetic depth shoes and three pairs of "
           f"heat-molded inserts. Medicare has denied the claim. Your Medicare Summary Notice dated "
           f"{dstr(msn_date, ds)} shows the denial for claim number {claim}.", 11)
    p.table(["Code", "Item", "Units", "Charge"],
            [[c, d.split(",")[0] + ("" if c == "A5500" else ", heat molded"), str(q), usd(round(u * q, 2))]
             for c, d, q, u in items] + [["", "Total billed to Medicare", "", usd(total)]],
            [20, 110, 16, 28], size=9.5, aligns=list("LLCR"), bold_last=True)
    p.heading("Why Medicare denied the claim", 11.5)
    p.para(f"Medicare pays for therapeutic shoes only when the doctor who manages your diabetes - a medical doctor "
           f"(MD) or doctor of osteopathy (DO) - signs the Statement of Certifying Physician. The statement we sent "
           f"was signed by your podiatrist, {dpm}. A podiatrist may prescribe the shoes but cannot be the "
           f"certifying physician. Your diabetes is managed by {md}, who has not signed the statement.", 11)
    p.heading("What happens next", 11.5)
    p.para(f"We have asked {md} to sign the certifying statement and will send it with a request for "
           f"redetermination. You can also ask Medicare for a redetermination yourself; your request must be "
           f"filed by {dstr(deadline, ds)} (120 days from the date of your Medicare Summary Notice). We will not "
           "bill you while the appeal is open.", 11)
    p.para(f"Questions? Call our billing office at (812) 555-0177.\n\nSincerely,\nReimbursement Team, {HEEL}", 11)
    t = truth("denial_letter", "other", "en", insurer=MED, member_id=mbi,
              member_name=member[0], case_numbers=[claim], claim_amount=m2(total), service_dates=[dos.isoformat()],
              denial_date=letter.isoformat(), provider=HEEL, appeal_deadline=deadline.isoformat(),
              alternates={"insurer": [HEEL, None]}, denial_alternates=["medical_necessity", "not_covered"],
              type_alternates=["other"])
    return out(p), t


def documents(rng) -> list[Item]:
    items = []
    f = msn_facts(R(185600), "statement", "long")
    items.append(Item(f"{FAMILY}_bd_msn_no_certifying_statement", "born_digital",
                      [(msn(f), msn_truth(f, "other", ["medical_necessity"]))]))
    items.append(Item(f"{FAMILY}_bd_sunmarrow_eob_paid_shoes_inserts", "born_digital",
                      [sun_eob(R(185601), "paid", "abbr")]))
    items.append(Item(f"{FAMILY}_scan300_supplier_letter_podiatrist_not_certifier", "scan_clean_300",
                      [heel_letter(R(185602), "long")]))
    items.append(Item(f"{FAMILY}_lowres_sunmarrow_eob_second_pair_same_year", "scan_lowres_150",
                      [sun_eob(R(185603), "second_pair", "iso")]))
    f = msn_facts(R(185604), "inserts", "slash")
    items.append(Item(f"{FAMILY}_faxstd_stack_supplier_cover_msn_inserts_over_three_pairs", "fax_standard_g4",
                      [(msn(f), msn_truth(f, "not_covered", ["other", "medical_necessity"]))],
                      separators=[supplier_cover(f)]))
    items.append(Item(f"{FAMILY}_phone_sunmarrow_eob_statement_missing", "phone_photo",
                      [sun_eob(R(185605), "statement", "dm")]))
    f = msn_facts(R(185606), "second", "dm")
    items.append(Item(f"{FAMILY}_rotated_msn_second_pair_custom_molded", "rotated",
                      [(msn(f), msn_truth(f, "not_covered", ["other"]))]))
    return items
