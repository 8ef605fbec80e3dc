"""Family 'facet_radiofrequency_ablation_criteria_denial': plan letters and EOBs on lumbar/cervical medial branch
blocks (CPT 64490-64495) and facet radiofrequency ablation (64633 cervical/thoracic first joint, 64634 each
additional, 64635 lumbar/sacral first joint, 64636 each additional), billed per level.

Issuers (all invented): Halvorsen Mutual Health (commercial; pre-service letter, partial claim denial, a household
EOB, an upheld appeal), Bramblecote Health Plan (Medicare Advantage; statement EOB, a denial of payment photographed
by phone, an approval). Reasons: ablation without two diagnostic medial branch blocks each giving 80% relief, a
repeat ablation within 6 months, more than two levels in one session, second block relief only 60%; one approval
after dual blocks. Decoys: the physician assistant who wrote the clinic note, the block dates and relief
percentages, the earlier ablation date, date of birth, NPIs, the received date, fax and phone numbers, paid claims.
One fax stack: the pain practice's own fax cover page (no document) and the plan's appeal decision.
Seeds random.Random(213600 + i); name lists from fam_epidural_steroid_injection_frequency_denial plus its own.
"""

from __future__ import annotations

import datetime as dt
import re

from capture import Item
from fam_epidural_steroid_injection_frequency_denial import R, address_block, dd, pairs
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "facet_radiofrequency_ablation_criteria_denial"
LANG = "en"

HAL, BRA = "Halvorsen Mutual Health", "Bramblecote Health Plan"
ADDR = {HAL: ("PO Box 22840", "Casper, WY 82602"), BRA: ("PO Box 5170", "Augusta, ME 04332")}
PRACTICES = ["Sablewood Pain & Spine Center", "Marigold Interventional Spine", "Ridgeline Pain Management, PLLC",
             "Ambergate Spine and Pain Specialists"]
PRAC_ADDR = ("2704 Quarrystone Blvd, Suite 110", "Kearney, NE 68845")
PAIN_DOCS = ["Dr. Benedikt Auclair", "Dr. Oyinkansola Reade", "Dr. Caspian Maalouf", "Dr. Wilhelmina Tran-Doyle",
             "Dr. Rohan Iyengar-Platt"]
PAS = ["Tamsin Oduya, PA-C", "Lukas Brennan-Ito, PA-C", "Marguerite Sowande, PA-C", "Dmitri Halloway, PA-C",
       "Esperanza Lindqvist, PA-C"]
DESC = {"64490": "Facet joint injection (medial branch block), cervical/thoracic, single level",
        "64493": "Medial branch block, lumbar/sacral, single level",
        "64494": "Medial branch block, lumbar/sacral, second level",
        "64633": "RF ablation, cervical/thoracic facet, single joint",
        "64634": "RF ablation, cervical/thoracic facet, each additional joint",
        "64635": "RF ablation, lumbar/sacral facet, single joint",
        "64636": "RF ablation, lumbar/sacral facet, each additional joint"}


def facts(i: int) -> dict:
    r = R(213600 + i)
    dec = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 150))
    dos = dd(dec, -r.randint(20, 50))
    return dict(r=r, dec=dec, dos=dos, member=r.person(), addr=r.address(),
                dob=dt.date(r.randint(1944, 1990), r.randint(1, 12), r.randint(1, 28)),
                prac=r.choice(PRACTICES), doc=r.choice(PAIN_DOCS), pa=r.choice(PAS), ph=r.phone(), fax=r.local(),
                pnpi=r.npi(), pph=r.local(), pfax=r.local())


def head(d: Doc, ins: str, f: dict) -> None:
    a = ADDR[ins]
    if ins == HAL:
        d.text_line("HALVORSEN MUTUAL", 17, "B")
        d.text_line("Health Insurance since 1952", 8.5)
        d.text_line(f"{a[0]} · {a[1]} · Customer Care {f['ph']} · Fax {f['fax']}", 8.5)
        d.rule(1.0, 1.5)
    else:
        d.font(19, "B")
        d.cell(80, 9, "Bramblecote")
        d.font(8.5)
        d.multi_cell(0, 4, f"{BRA}\nMedicare Advantage (PPO)\n{a[0]}, {a[1]}\n{f['ph']}  TTY 711", align="R",
                     new_x="LMARGIN", new_y="NEXT")
        d.rule(0.4, 1)
    d.ln(4)


# ---------------------------------------------------------------- A: pre-service, only one block documented
def doc_a(f: dict):
    r = f["r"]
    d = Doc("Helvetica", footer="{p}/{n}")
    d.add_page()
    head(d, HAL, f)
    m = f["member"]
    mid, grp, ref = f"HMH{r.digits(8)}", f"{r.digits(3)}-{r.digits(4)}", f"PR-{r.digits(9)}"
    planned = dd(f["dec"], r.randint(7, 21))
    mbb = dd(f["dec"], -r.randint(30, 60))
    note = dd(mbb, 14)
    d.text_line(fmt_date(f["dec"], "long"))
    d.ln(3)
    address_block(d, m[0], f["addr"])
    pairs(d, [("RE", "Prior authorization request - lumbar facet radiofrequency ablation"),
              ("Member", m[0]), ("ID number", mid), ("Group", grp), ("Reference", ref),
              ("Requested by", f"{f['prac']} ({f['doc']})"),
              ("Services", "64635 L4-L5 right; 64636 L5-S1 right"),
              ("Planned date", fmt_date(planned, "long"))], lw=34)
    d.ln(3)
    d.para(f"Dear {m[1]} {m[3]},")
    d.para("We have finished our review of the request for radiofrequency ablation of the lumbar facet joints. "
           "We are denying this request.")
    d.text_line("The reason for our decision", 11, "B")
    d.para("Under Halvorsen Medical Policy 6.01.23, radiofrequency ablation of the facet nerves is medically "
           "necessary only after two separate diagnostic medial branch blocks at the same levels, each giving at "
           "least 80% relief of the pain for the expected duration of the anesthetic. The records show one medial "
           f"branch block on {fmt_date(mbb, 'long')} with 85% relief. The clinic note dated "
           f"{fmt_date(note, 'long')}, written by {f['pa']}, plans the ablation without a second confirmatory "
           "block. Without two blocks, the ablation is not medically necessary.")
    d.para("Your doctor may send a new request after a second diagnostic block.")
    d.text_line("Your right to appeal", 11, "B")
    d.para("You may appeal within 180 days of the date of this letter. Send your appeal and any new records to "
           f"Halvorsen Mutual Health, Appeals Unit, {ADDR[HAL][0]}, {ADDR[HAL][1]}. If waiting could seriously "
           "harm your health, ask for an expedited appeal. You also have the right to an external review after "
           "our appeal decision.")
    d.para("Medical Director, Halvorsen Mutual Health")
    d.para(f"cc: {f['doc']}, {f['prac']}, NPI {f['pnpi']}", 9)
    t = truth("denial_letter", "medical_necessity", "en", insurer=HAL, member_id=mid, group_number=grp,
              member_name=m[0], case_numbers=[ref], service_dates=[iso(planned)], denial_date=iso(f["dec"]),
              provider=f["prac"], appeal_deadline=iso(dd(f["dec"], 180)), alternates={"provider": [f["doc"]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- B: MA EOB, repeat ablation within 6 months
def doc_b(f: dict):
    r = f["r"]
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    head(d, BRA, f)
    m = f["member"]
    mid, claim = f"BHP{r.digits(7)}", f"{r.digits(13)}"
    first = dd(f["dos"], -r.randint(95, 150))
    a1, a2 = r.money(1900, 2600), r.money(850, 1200)
    total = round(a1 + a2, 2)
    d.text_line("Your Explanation of Benefits", 15, "B")
    d.text_line(f"Issued {fmt_date(f['dec'], 'iso')}    This is not a bill", 9)
    d.ln(2)
    d.boxes([("Member", m[0], 58), ("Member ID", mid, 38), ("Claim", claim, 44), ("Date of birth",
                                                                                 fmt_date(f["dob"], "iso"), 36)])
    d.ln(3)
    pairs(d, [("Provider", f["prac"]), ("Performing physician", f["doc"]), ("Provider NPI", f["pnpi"])], lw=42,
          size=9.5)
    d.ln(2)
    d.table(["Service date", "Code", "Level", "Charge", "Approved", "Plan paid", "You owe", "Rsn"],
            [[fmt_date(f["dos"], "iso"), "64635", "L3-L4 left", fmt_money(a1), "$0.00", "$0.00", "$0.00", "R6"],
             [fmt_date(f["dos"], "iso"), "64636", "L4-L5 left", fmt_money(a2), "$0.00", "$0.00", "$0.00", "R6"],
             ["*Totals", "", "", fmt_money(total), "$0.00", "$0.00", "$0.00", ""]],
            [26, 16, 28, 24, 22, 22, 20, 12], size=8.5, aligns="LLLRRRRL")
    d.text_line("Reason R6", 10, "B")
    d.para(f"Repeat radiofrequency ablation at the same levels is covered no sooner than 6 months after the prior "
           f"ablation, and only with at least 50% relief for 6 months. Our records show ablation at L3-L4 and "
           f"L4-L5 left on {fmt_date(first, 'iso')}, less than 6 months before this service. This service is "
           "not medically necessary under Medicare coverage rules. You do not owe the provider for it.", 9.5)
    d.text_line("Want to appeal?", 10, "B")
    d.para(f"Ask for a reconsideration within 65 days of the date of this EOB. Write to {BRA} Appeals, "
           f"{ADDR[BRA][0]}, {ADDR[BRA][1]}, or call {f['ph']}.", 9.5)
    d.text_line("Summary", 10, "B")
    d.para(f"Year-to-date out-of-pocket spending: {fmt_money(r.money(300, 1800))} of your {fmt_money(4900)} "
           "maximum. Part B premium is not included.", 9)
    t = truth("eob", "medical_necessity", "en", insurer=BRA, member_id=mid, member_name=m[0], case_numbers=[claim],
              claim_amount=m2(total), service_dates=[iso(f["dos"])], denial_date=iso(f["dec"]), provider=f["prac"],
              appeal_deadline=iso(dd(f["dec"], 65)), alternates={"provider": [f["doc"]]},
              denial_alternates=["not_covered"], type_alternates=["denial_letter"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- C: third level in one session denied
def doc_c(f: dict):
    r = f["r"]
    d = Doc("Times", footer=None)
    d.add_page()
    head(d, HAL, f)
    m = f["member"]
    mid, grp, claim = f"HMH{r.digits(8)}", f"{r.digits(3)}-{r.digits(4)}", f"C{r.digits(11)}"
    a1, a2 = r.money(1700, 2300), r.money(700, 950)
    a3 = a2  # the practice charges each additional level the same
    total = round(a1 + a2 + a3, 2)
    recv = dd(f["dos"], r.randint(5, 12))
    d.text_line(f"Date: {fmt_date(f['dec'], 'mdy_nopad')}", 11)
    d.ln(2)
    address_block(d, m[0], f["addr"])
    d.text_line("Notice of Partial Claim Denial", 13, "B")
    d.ln(1)
    pairs(d, [("Subscriber/Patient", m[0]), ("Member No.", mid), ("Group No.", grp), ("Claim No.", claim),
              ("Claim received", fmt_date(recv, "mdy_nopad")), ("Provider", f["prac"])], lw=45)
    d.ln(2)
    d.table(["Date", "CPT", "Joint level", "Billed", "Decision"],
            [[fmt_date(f["dos"], "mdy_nopad"), "64635", "L3-L4 bilateral", fmt_money(a1), "Allowed"],
             [fmt_date(f["dos"], "mdy_nopad"), "64636", "L4-L5 bilateral", fmt_money(a2), "Allowed"],
             [fmt_date(f["dos"], "mdy_nopad"), "64636", "L5-S1 bilateral", fmt_money(a3), "Denied"],
             ["*Total billed", "", "", fmt_money(total), ""]], [28, 18, 42, 30, 30], size=9.5, aligns="LLLRL")
    d.para(f"We paid for ablation at the first two joint levels. We denied the third level (L5-S1, code 64636, "
           f"{fmt_money(a3)}). Halvorsen Medical Policy 6.01.23 allows radiofrequency ablation of no more than two "
           "facet joint levels (unilateral or bilateral) in one session. Treatment of more than two levels in one "
           "session is not medically necessary.")
    d.para(f"The operative note by {f['doc']} and the pre-procedure note by {f['pa']} were reviewed.")
    d.text_line("Appeal rights", 11, "B")
    d.para("If you or your provider disagree, send a written appeal within 180 days of the date of this notice. "
           "Include this notice and any records that support your appeal. Halvorsen Mutual Health, Appeals Unit, "
           f"{ADDR[HAL][0]}, {ADDR[HAL][1]}.")
    t = truth("denial_letter", "medical_necessity", "en", insurer=HAL, member_id=mid, group_number=grp,
              member_name=m[0], case_numbers=[claim], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(f["dec"]), provider=f["prac"], appeal_deadline=iso(dd(f["dec"], 180)),
              alternates={"provider": [f["doc"]], "claim_amount": [m2(a3)]},
              denial_alternates=["not_covered", "coding_error"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- D: approval after dual blocks
def doc_d(f: dict):
    r = f["r"]
    d = Doc("Helvetica", footer=None)
    d.add_page()
    head(d, BRA, f)
    m = f["member"]
    mid, auth = f"BHP{r.digits(7)}", f"A{r.digits(4)}-{r.digits(6)}"
    planned = dd(f["dec"], r.randint(5, 18))
    b1 = dd(f["dec"], -r.randint(40, 60))
    b2 = dd(b1, r.randint(14, 21))
    d.text_line(fmt_date(f["dec"], "abbr"))
    d.ln(2)
    address_block(d, m[0], f["addr"])
    d.text_line("Notice of Approval - Radiofrequency Ablation", 13, "B")
    d.ln(2)
    pairs(d, [("Member", m[0]), ("Member ID", mid), ("Authorization", auth), ("Provider", f["prac"]),
              ("Approved service", "64633 C4-C5 right, 64634 C5-C6 right"),
              ("Scheduled for", fmt_date(planned, "abbr"))], lw=40)
    d.ln(3)
    d.para(f"Dear {m[1]} {m[3]}: We approved your request for cervical facet radiofrequency ablation. The records "
           f"show two diagnostic medial branch blocks (64490) at the same levels, on {fmt_date(b1, 'abbr')} with "
           f"90% relief and on {fmt_date(b2, 'abbr')} with 85% relief, as recorded by {f['pa']}. This meets our "
           "criteria of two blocks each with at least 80% relief.")
    d.para("The approval covers two joint levels in one session and is valid for 90 days. Your usual cost sharing "
           f"applies. If you have questions, call {f['ph']} (TTY 711).")
    d.para("Utilization Management Department")
    t = truth("other", None, "en", insurer=BRA, member_id=mid, member_name=m[0], case_numbers=[auth],
              service_dates=[iso(planned)], denial_date=iso(f["dec"]), provider=f["prac"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- E: MA denial of payment, second block 60%
def doc_e(f: dict):
    r = f["r"]
    d = Doc("Helvetica", footer="Form CMS-10003-NDMCP")
    d.add_page()
    head(d, BRA, f)
    m = f["member"]
    mid, claim = f"BHP{r.digits(7)}", f"{r.digits(13)}"
    b1 = dd(f["dos"], -r.randint(40, 55))
    b2 = dd(b1, r.randint(10, 20))
    a1, a2 = r.money(1800, 2400), r.money(800, 1100)
    total = round(a1 + a2, 2)
    d.text_line("Notice of Denial of Payment", 14, "B", align="C")
    d.ln(3)
    pairs(d, [("Date", fmt_date(f["dec"], "slash")), ("Member name", m[0]), ("Member number", mid),
              ("Claim number", claim)], lw=40)
    d.ln(2)
    d.para(f"Your request for payment was denied. We have denied payment for the following services provided by "
           f"{f['prac']} on {fmt_date(f['dos'], 'slash')}: lumbar facet radiofrequency ablation, 64635 "
           f"({fmt_money(a1)}) and 64636 ({fmt_money(a2)}), total billed {fmt_money(total)}.")
    d.text_line("Why did we deny payment?", 11, "B")
    d.para(f"Radiofrequency ablation is covered after two diagnostic medial branch blocks that each relieve at "
           f"least 80% of the pain. Your first block on {fmt_date(b1, 'slash')} gave 85% relief, but the "
           f"confirmatory block on {fmt_date(b2, 'slash')} gave 60% relief, as charted by {f['pa']}. The ablation "
           "does not meet the coverage rules and is not medically necessary.")
    d.text_line("You have the right to appeal our decision", 11, "B")
    d.para("Ask for an appeal (reconsideration) within 65 days of the date of this notice. Mail your request to "
           f"{BRA} Appeals, {ADDR[BRA][0]}, {ADDR[BRA][1]}. If you have questions, call {f['ph']}.")
    d.para("You do not have to pay the provider for this service if it is a network provider. Keep this notice.",
           9.5)
    t = truth("denial_letter", "medical_necessity", "en", insurer=BRA, member_id=mid, member_name=m[0],
              case_numbers=[claim], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(f["dec"]), provider=f["prac"], appeal_deadline=iso(dd(f["dec"], 65)))
    return pdf_bytes(d), t


# ---------------------------------------------------------------- F: practice's fax cover + upheld appeal
def cover(f: dict, pages: int) -> bytes:
    d = Doc("Helvetica", footer=None)
    d.add_page()
    d.text_line(f["prac"], 16, "B")
    d.text_line(f"{PRAC_ADDR[0]}, {PRAC_ADDR[1]}", 9)
    d.text_line(f"Phone {f['pph']}   Fax {f['pfax']}", 9)
    d.ln(8)
    d.text_line("FAX TRANSMITTAL", 22, "B", align="C")
    d.ln(6)
    d.boxes([("To", f"{f['member'][0]} / patient advocate", 100), ("Fax", f"({f['r'].randint(201, 989)}) 555-0"
                                                                          f"{f['r'].randint(100, 199)}", 80)], h=13)
    d.boxes([("From", f"Prior Authorization Desk, {f['pa']}", 100), ("Pages (incl. cover)", str(pages + 1), 80)],
            h=13)
    d.ln(6)
    d.para("Re: Insurance appeal decision - radiofrequency ablation", 11)
    d.para("Attached is the appeal decision we received from the health plan. Please call our office if you would "
           "like us to request an external review on your behalf.", 10.5)
    d.ln(30)
    d.para("CONFIDENTIALITY NOTICE: This transmission contains protected health information. If you received it "
           "in error, notify the sender and destroy all copies.", 8)
    return pdf_bytes(d)


def doc_f(f: dict):
    r = f["r"]
    d = Doc("Helvetica", footer="Halvorsen Mutual Health - Appeal decision - page {p} of {n}",
            header=None)
    d.add_page()
    d.font(7.5)
    d.cell(0, 3.5, f"From: Halvorsen Appeals  Fax {f['fax']}   {fmt_date(f['dec'], 'slash')} 14:12", align="R",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    head(d, HAL, f)
    m = f["member"]
    mid, grp = f"HMH{r.digits(8)}", f"{r.digits(3)}-{r.digits(4)}"
    appeal, claim = f"APL-{r.digits(7)}", f"C{r.digits(11)}"
    first = dd(f["dos"], -r.randint(100, 160))
    a1, a2 = r.money(1800, 2500), r.money(800, 1100)
    total = round(a1 + a2, 2)
    recv = dd(f["dec"], -r.randint(20, 28))
    d.text_line(fmt_date(f["dec"], "upper"))
    d.ln(2)
    address_block(d, m[0], f["addr"])
    d.text_line("First-Level Appeal Decision: Denial Upheld", 13, "B")
    d.ln(2)
    pairs(d, [("Member", m[0]), ("Member ID", mid), ("Group", grp), ("Appeal number", appeal),
              ("Original claim", claim), ("Appeal received", fmt_date(recv, "upper")),
              ("Provider", f"{f['prac']}, {f['doc']}"), ("Service", "64635, 64636 lumbar facet RF ablation"),
              ("Date of service", fmt_date(f["dos"], "upper")), ("Amount billed", fmt_money(total))], lw=42)
    d.ln(3)
    d.para(f"We received your appeal of our denial of the claim above. A board-certified physician in pain "
           "medicine who was not involved in the first decision reviewed your appeal, the operative report and "
           f"the progress notes written by {f['pa']}.")
    d.text_line("Decision", 11, "B")
    d.para(f"We uphold our denial. The records confirm a prior radiofrequency ablation at the same levels on "
           f"{fmt_date(first, 'upper')}. Halvorsen Medical Policy 6.01.23 covers a repeat ablation no sooner than "
           "6 months after the last one. The repeat ablation was less than 6 months later and is not medically "
           "necessary.")
    d.text_line("What you can do next", 11, "B")
    d.para("You may ask for a second-level appeal within 60 days of the date of this letter. After the second "
           "level, or instead of it, you may ask for an independent external review within 4 months of receiving "
           "our final decision.")
    t = truth("denial_letter", "medical_necessity", "en", insurer=HAL, member_id=mid, group_number=grp,
              member_name=m[0], case_numbers=[appeal, claim], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(f["dec"]), provider=f["prac"], appeal_deadline=iso(dd(f["dec"], 60)),
              alternates={"provider": [f["doc"]]}, denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- G: household EOB, MBB paid, RFA denied
def doc_g(f: dict):
    r = f["r"]
    d = Doc("Courier", footer="HMH-EOB  PAGE {p} OF {n}")
    d.add_page()
    head(d, HAL, f)
    m = f["member"]
    sub = r.person()
    mid, grp = f"HMH{r.digits(8)}", f"{r.digits(3)}-{r.digits(4)}"
    c1, c2 = f"C{r.digits(11)}", f"C{r.digits(11)}"
    mbb = dd(f["dos"], -r.randint(20, 35))
    b1, b2 = r.money(650, 900), r.money(380, 520)
    a1, a2 = r.money(1800, 2400), r.money(820, 1050)
    tot = round(a1 + a2, 2)
    d.text_line("EXPLANATION OF BENEFITS", 14, "B")
    d.text_line(f"STATEMENT DATE {fmt_date(f['dec'], 'upper')}", 10)
    d.ln(2)
    pairs(d, [("SUBSCRIBER", sub[0].upper()), ("PATIENT", m[0].upper()), ("MEMBER ID", mid), ("GROUP", grp)],
          lw=40, size=9.5)
    d.ln(3)
    d.text_line(f"CLAIM {c1}   PROVIDER {f['prac'].upper()}", 9, "B")
    d.table(["DATE", "CODE", "BILLED", "ALLOWED", "PAID", "YOU OWE", "RMK"],
            [[fmt_date(mbb, "slash"), "64493", fmt_money(b1, "nosign"), fmt_money(round(b1 * 0.6, 2), "nosign"),
              fmt_money(round(b1 * 0.48, 2), "nosign"), fmt_money(round(b1 * 0.12, 2), "nosign"), ""],
             [fmt_date(mbb, "slash"), "64494", fmt_money(b2, "nosign"), fmt_money(round(b2 * 0.6, 2), "nosign"),
              fmt_money(round(b2 * 0.48, 2), "nosign"), fmt_money(round(b2 * 0.12, 2), "nosign"), ""]],
            [26, 18, 26, 26, 26, 26, 14], size=8.5, aligns="LLRRRRL")
    d.text_line(f"CLAIM {c2}   PROVIDER {f['prac'].upper()}", 9, "B")
    d.table(["DATE", "CODE", "BILLED", "ALLOWED", "PAID", "YOU OWE", "RMK"],
            [[fmt_date(f["dos"], "slash"), "64635", fmt_money(a1, "nosign"), "0.00", "0.00", "0.00", "M80"],
             [fmt_date(f["dos"], "slash"), "64636", fmt_money(a2, "nosign"), "0.00", "0.00", "0.00", "M80"],
             ["*CLAIM TOTAL", "", fmt_money(tot, "nosign"), "0.00", "0.00", "0.00", ""]],
            [26, 18, 26, 26, 26, 26, 14], size=8.5, aligns="LLRRRRL")
    d.text_line("REMARKS", 10, "B")
    d.para(f"M80 RF ABLATION REQUIRES TWO DIAGNOSTIC MEDIAL BRANCH BLOCKS, EACH WITH 80% OR MORE RELIEF. ONLY ONE "
           f"BLOCK ({fmt_date(mbb, 'slash')}) WAS BILLED OR DOCUMENTED BEFORE THE ABLATION. NOT MEDICALLY "
           "NECESSARY. THE PROVIDER MAY NOT BILL YOU FOR THIS AMOUNT.", 8.5)
    d.para("APPEALS: YOU MAY APPEAL A DENIED CLAIM WITHIN 180 DAYS OF THE DATE OF THIS STATEMENT. WRITE TO "
           f"HALVORSEN MUTUAL HEALTH APPEALS UNIT, {ADDR[HAL][0].upper()}, {ADDR[HAL][1].upper()}.", 8.5)
    t = truth("eob", "medical_necessity", "en", insurer=HAL, member_id=mid, group_number=grp, member_name=m[0],
              case_numbers=[c2], claim_amount=m2(tot), service_dates=[iso(f["dos"])], denial_date=iso(f["dec"]),
              provider=f["prac"], appeal_deadline=iso(dd(f["dec"], 180)))
    return pdf_bytes(d), t


PLAN = [
    ("bd_preservice_one_block_only", "born_digital", doc_a),
    ("bd_ma_eob_repeat_within_6_months", "born_digital", doc_b),
    ("scan300_third_level_same_session", "scan_clean_300", doc_c),
    ("lowres_approval_after_dual_blocks", "scan_lowres_150", doc_d),
    ("phone_ma_denial_second_block_60pct", "phone_photo", doc_e),
    ("faxfine_practice_cover_upheld_appeal", "fax_fine_g4", doc_f),
    ("copy_household_eob_block_paid_rfa_denied", "photocopy", doc_g),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, fn) in enumerate(PLAN):
        f = facts(i)
        pdf, t = fn(f)
        if fn is doc_f:
            n = len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, t)], separators=[cover(f, n)]))
        else:
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, t)]))
    return items
