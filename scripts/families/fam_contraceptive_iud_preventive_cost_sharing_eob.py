"""Family 'contraceptive_iud_preventive_cost_sharing_eob': plan EOBs and letters on contraception (IUD insertion
58300 with the levonorgestrel device J7298 or the copper device J7300, the etonogestrel implant 11981 / J7307, the
patch, a brand pill), which the preventive-care rule says must be covered with no cost sharing.

Issuers (all invented): Fernhollow Health Insurance Company (EOBs with ruled header boxes: cost sharing on an IUD
billed with a bleeding diagnosis, a removal and reinsertion the same day charged to the deductible, an implant
claim reprocessed as preventive at $0), Brambleton Health Plan (letters: a brand pill denied with no exception
process offered, a 12-month supply of the patch cut to 3 months, a copper IUD at an out-of-network clinic faxed to
the clinic and forwarded behind its cover, an upheld appeal on an implant removal and reinsertion). Decoys: the
referring doctor, the pharmacy that filled the claim, NPIs, NCPDP numbers, dates of birth, claim-received dates,
Rx numbers, deductible-to-date amounts, phone numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "contraceptive_iud_preventive_cost_sharing_eob"
LANG = "en"

FH, BR = "Fernhollow Health Insurance Company", "Brambleton Health Plan"
ADDR = {FH: ("PO Box 77310", "Ashcombe, NE 68999"), BR: ("910 Quarrington Boulevard", "Pellworth, NC 27999")}
PRACTICES = ["Saffron Hill Women's Health", "Larkfield Gynecology Associates", "Wrenbury Midwifery & Women's Care",
             "Cobblestone OB-GYN Partners"]
CLINIC_OON = "Maplecroft Family Planning Clinic"
CLINICIANS = ["Dr. Anjali Whitcombe-Rao", "Dr. Ingrid Solberg-Mensah", "Beatriz Okafor-Lund, CNM",
              "Dr. Hyun-Joo Castellane", "Dr. Fatoumata Reyes-Kirby"]
REFERRERS = ["Dr. Lionel Ashworth-Badu", "Dr. Grete Paloma Ivers", "Dr. Samir Okwuosa", "Dr. Rosamund Tiller"]
PHARMACIES = ["Tolliver Street Pharmacy", "Kestrel Drug & Compounding", "Halvorsen Family Pharmacy"]
FIRST = ["Aurelia", "Bronwen", "Chidinma", "Daniela", "Esme", "Farah", "Giulia", "Hana", "Ifeoluwa", "Jolene",
         "Katarzyna", "Lucía", "Mireille", "Nadia", "Ottilie", "Priyanka"]
LAST = ["Abernethy", "Bjornstad", "Cardenas", "Dlamini", "Eastwood", "Fitzroy", "Grzelak", "Huertas", "Inoue",
        "Jacobsen", "Kariuki", "Lavigne", "Montoya-Price", "Nwachukwu", "Olsson", "Petrakis"]
STREETS = ["Larkspur Row", "Weaver's Lane", "Cinder Hill Road", "Alder Bend", "Tidewater Court"]
TOWNS = ["Ashcombe, NE 68999", "Pellworth, NC 27999", "Dunmere, WI 53999", "Halcyon Springs, NV 89999"]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def facts(seed: int, ins: str, ds: str) -> dict:
    r = random.Random(seed)
    first, last, mid = r.choice(FIRST), r.choice(LAST), r.choice("ABCDEFGHJKLMNPRSTVW")
    notice = dt.date(2026, 1, 22) + dt.timedelta(days=r.randint(0, 145))
    mid_ = {FH: "FHI" + digits(r, 3) + "-" + digits(r, 6), BR: "BHP" + digits(r, 8)}[ins]
    grp = {FH: digits(r, 6) + "-0" + str(r.randint(1, 9)), BR: "BR-" + digits(r, 5)}[ins]
    return dict(r=r, ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(10, 9900)} {r.choice(STREETS)}", r.choice(TOWNS)), notice=notice, mid=mid_,
                grp=grp, practice=r.choice(PRACTICES), clinician=r.choice(CLINICIANS), referrer=r.choice(REFERRERS),
                pharmacy=r.choice(PHARMACIES), dob=dt.date(r.randint(1984, 2006), r.randint(1, 12), r.randint(1, 28)),
                ph=phone(r), npi=npi(r), npi2=npi(r), case=digits(r, 11))


def D(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def addressee(d: Doc, lines) -> None:
    for ln in lines:
        d.text_line(ln, 10.5)
    d.ln(5)


def pairs(d: Doc, rows, lw: float = 48, size: float = 9.5) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(lw, 5.2, k)
        d.font(size)
        d.multi_cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


# ------------------------------------------------------------------------------------------- Fernhollow EOB
def fh_eob(f: dict, claim_no: str, lines: list[tuple], remarks: list[tuple[str, str]], denial: str | None,
           dalts: list, alts: dict, title: str = "Explanation of Benefits", intro: str | None = None,
           appeal: bool = True, extra_cases: list[str] | None = None) -> tuple[bytes, dict]:
    r = f["r"]
    d = Doc("Helvetica", footer="FHIC-EOB-2026  |  {p} of {n}")
    d.add_page()
    d.font(9)
    d.cell(0, 4.5, "F E R N H O L L O W", new_x="LMARGIN", new_y="NEXT")
    d.text_line(FH, 15, "B")
    d.text_line(f"{ADDR[FH][0]}, {ADDR[FH][1]}   Customer Service {f['ph']}   fernhollowhealth.example", 8.5)
    d.ln(5)
    d.text_line(title, 14, "B")
    d.text_line("This is not a bill. Keep it with your records.", 9)
    d.ln(3)
    addressee(d, (f["name"], *f["addr"]))
    rec = min(x[0] for x in lines) + dt.timedelta(days=r.randint(4, 12))
    d.boxes([("Date issued", D(f, f["notice"]), 36), ("Patient", f["name"], 56), ("ID #", f["mid"], 46),
             ("Group #", f["grp"], 42)])
    d.boxes([("Claim #", claim_no, 48), ("Billed by", f["practice"], 74), ("Received", D(f, rec), 30),
             ("Network", "In", 28)])
    d.boxes([("Referring physician", f"{f['referrer']}  NPI {f['npi2']}", 92),
             ("Rendering", f"{f['clinician']}  NPI {f['npi']}", 88)])
    d.ln(4)
    if intro:
        d.para(intro, 9.5)
    rows, tot = [], [0.0] * 6
    for dd, code, desc, *nums, rmk in lines:
        for i, v in enumerate(nums):
            tot[i] += v
        rows.append([D(f, dd), code, desc, *[fmt_money(v, "nosign") for v in nums], rmk])
    rows.append(["*Total", "", "", *[fmt_money(v, "nosign") for v in tot], ""])
    d.table(["Service date", "Code", "Description", "Charged", "Allowed", "Deductible", "Coinsurance", "Paid",
             "Your share", "Rmk"], rows, [23, 13, 37, 17, 16, 17, 18, 15, 15, 8], size=8, aligns="LLLRRRRRRC",
            head_fill=True)
    d.text_line("Remark codes", 10, "B")
    for code, text in remarks:
        d.font(8.5, "B")
        d.cell(10, 4.6, code)
        d.font(8.5)
        d.multi_cell(0, 4.6, text, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.text_line(f"Plan year {f['notice'].year} deductible: $1,750.00  -  met so far: $612.40", 8.5)
    d.ln(2)
    dl = None
    if appeal:
        dl = f["notice"] + dt.timedelta(days=180)
        d.text_line("Questions or disagree?", 10, "B")
        d.para("Call us first. If you still disagree, you may file an appeal. Your appeal must reach us within 180 days "
               "of the date this statement was issued. Send it to Fernhollow Appeals Unit, "
               f"{ADDR[FH][0]}, {ADDR[FH][1]}. You may have the right to an independent external review.", 8.8)
    t = truth("eob", denial, insurer=FH, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[claim_no] + (extra_cases or []), claim_amount=m2(tot[0]),
              service_dates=sorted({iso(x[0]) for x in lines}), denial_date=iso(f["notice"]), provider=f["practice"],
              appeal_deadline=None if dl is None else iso(dl),
              alternates=dict({"provider": [f["clinician"]]}, **alts), denial_alternates=dalts)
    return pdf_bytes(d), t


# ------------------------------------------------------------------------------------------- Brambleton letter
def br_letter(f: dict, title: str, to: list[str], salutation: str, facts_rows: list[tuple[str, str]],
              body: list[tuple[str, str]], denial: str, dalts: list, alts: dict, provider: str,
              amount: float | None, svc: list[str], cases: list[str], days: int = 180,
              second_level: bool = False) -> tuple[bytes, dict]:
    d = Doc("Times", footer="Brambleton Health Plan - BHP-ABD-31 - Page {p} of {n}", margins=(22, 16, 22))
    d.add_page()
    d.font(18, "B")
    d.cell(0, 9, "Brambleton", align="R", new_x="LMARGIN", new_y="NEXT")
    d.font(10)
    d.cell(0, 5, "HEALTH PLAN", align="R", new_x="LMARGIN", new_y="NEXT")
    d.font(8.5)
    d.cell(0, 5, f"{ADDR[BR][0]}  *  {ADDR[BR][1]}  *  {f['ph']}", align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.text_line(D(f, f["notice"]), 11)
    d.ln(3)
    addressee(d, to)
    d.text_line(title, 13, "B")
    d.ln(2)
    d.set_fill_color(238, 238, 238)
    y0 = d.get_y()
    d.rect(22, y0, 171.9, 5.6 * len(facts_rows) + 3, style="F")
    d.set_y(y0 + 1.5)
    for k, v in facts_rows:
        d.set_x(25)
        d.font(10, "B")
        d.cell(52, 5.6, k.upper())
        d.font(10.5)
        d.cell(0, 5.6, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.para(salutation, 11)
    for h, p in body:
        d.text_line(h, 11.5, "B")
        d.ln(1)
        d.para(p, 11)
    dl = f["notice"] + dt.timedelta(days=days)
    d.text_line("If you disagree with this decision" if not second_level else "Second-level appeal", 11.5, "B")
    d.ln(1)
    if second_level:
        d.para(f"You may ask for a second-level appeal within {days} days of the date of this letter. A different "
               f"reviewer will decide it. Write to Brambleton Appeals, {ADDR[BR][0]}, {ADDR[BR][1]}. After the "
               "second level you may ask for an external review within 4 months.", 11)
    else:
        d.para(f"You or your provider may appeal in writing within {days} days of the date of this letter to "
               f"Brambleton Appeals, {ADDR[BR][0]}, {ADDR[BR][1]}, or by fax to {phone(f['r'])}. An expedited "
               "appeal is decided within 72 hours when waiting could seriously harm your health.", 11)
    d.para("Sincerely,\nMember Benefits Review\nBrambleton Health Plan", 11)
    t = truth("denial_letter", denial, insurer=BR, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=cases, claim_amount=None if amount is None else m2(amount), service_dates=svc,
              denial_date=iso(f["notice"]), provider=provider, appeal_deadline=iso(dl), alternates=alts,
              denial_alternates=dalts)
    return pdf_bytes(d), t


def clinic_cover(f: dict, pages: int) -> bytes:
    r = f["r"]
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(CLINIC_OON, 17, "B")
    d.text_line(f"Billing Office   Phone {phone(r)}   Fax {phone(r)}", 9)
    d.ln(12)
    d.text_line("FACSIMILE", 24, "B")
    d.ln(4)
    pairs(d, [("To:", f"{f['first']} {f['last']}"), ("Fax:", phone(r)), ("From:", "Patient accounts, " + CLINIC_OON),
              ("Date:", fmt_date(f["notice"] + dt.timedelta(days=3), "slash")),
              ("Pages:", f"{pages} including this page"), ("Re:", "Your insurance plan's reply")], lw=24, size=12)
    d.para("As you asked, here is the reply we received from your health plan to our request to reprocess your IUD "
           "visit as preventive care. We have put your account on hold for 60 days so you can appeal. Please call "
           "our billing office if you have questions.", 11)
    d.ln(10)
    d.para("CONFIDENTIALITY NOTICE: This fax contains protected health information. If you received it in error, "
           "notify the sender and destroy it.", 8.5)
    return pdf_bytes(d)


def documents(rng) -> list[Item]:
    items = []

    # 1. Fernhollow EOB: hormonal IUD billed with a bleeding diagnosis, deductible and coinsurance applied (bd)
    f = facts(233511, FH, "slash")
    r = f["r"]
    svc = f["notice"] - dt.timedelta(days=26)
    items.append(Item(f"{FAMILY}_bd_eob_iud_deductible_coinsurance", "born_digital", [fh_eob(
        f, f"FH{digits(r, 10)}",
        [(svc, "58300", "Insert IUD", 412.0, 268.0, 268.0, 0.0, 0.0, 268.0, "C12"),
         (svc, "J7298", "Levonorgestrel IUD 52 mg", 1186.0, 942.5, 0.0, 188.5, 754.0, 188.5, "C12")],
        [("C12", "Cost sharing applied. This IUD and its insertion were billed with diagnosis N92.0 (heavy menstrual "
                 "bleeding), so they were processed under your medical benefit, not as preventive contraceptive "
                 "care. If the IUD was placed for birth control, your provider may resubmit with diagnosis Z30.430.")],
        "coding_error", ["not_covered", None], {})]))

    # 2. Brambleton: brand pill denied, no exception process offered (bd)
    f = facts(233512, BR, "long")
    r = f["r"]
    fill = f["notice"] - dt.timedelta(days=r.randint(3, 9))
    claim = digits(r, 12)
    items.append(Item(f"{FAMILY}_bd_letter_brand_pill_no_exception", "born_digital", [br_letter(
        f, "Pharmacy claim denied: brand-name contraceptive", [f["name"], *f["addr"]],
        f"Dear {f['first']} {f['last']}:",
        [("Member", f["name"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Date of birth", D(f, f["dob"])),
         ("Pharmacy claim no.", claim), ("Fill date", D(f, fill)),
         ("Drug", "Yaz (drospirenone/ethinyl estradiol) 3 mg/0.02 mg, 28 tablets"),
         ("Pharmacy", f"{f['pharmacy']} (NCPDP {digits(r, 7)})"),
         ("Prescriber", f"{f['clinician']}, {f['practice']}"), ("Amount submitted", fmt_money(289.37))],
        [("What we decided",
          "We denied the pharmacy claim for this brand-name birth control pill. Your plan covers the generic "
          "drospirenone/ethinyl estradiol 3 mg/0.02 mg tablet with no copay. Brand-name contraceptives that have a "
          "generic version are not covered under your plan's pharmacy benefit."),
         ("What you can do",
          "Ask your pharmacy to fill the generic version, which costs you nothing. You may also pay for the brand "
          "yourself. This decision is based on your plan's drug list, effective January 1.")],
        "not_covered", ["other"], {"provider": [f["clinician"]], "claim_amount": [None]}, f["practice"], 289.37,
        [iso(fill)], [claim])]))

    # 3. Fernhollow EOB: removal and reinsertion the same day charged to the deductible (scan 300)
    f = facts(233513, FH, "abbr")
    r = f["r"]
    svc = f["notice"] - dt.timedelta(days=31)
    items.append(Item(f"{FAMILY}_scan300_eob_removal_reinsertion_same_day", "scan_clean_300", [fh_eob(
        f, f"FH{digits(r, 10)}",
        [(svc, "58301", "Remove IUD", 286.0, 171.0, 171.0, 0.0, 0.0, 171.0, "R44"),
         (svc, "58300", "Insert IUD", 412.0, 268.0, 268.0, 0.0, 0.0, 268.0, "R44"),
         (svc, "J7298", "Levonorgestrel IUD 52 mg", 1186.0, 942.5, 0.0, 0.0, 942.5, 0.0, "P10")],
        [("R44", "Applied to your deductible. When an IUD is removed and a new one is inserted on the same day, the "
                 "plan pays the new device as preventive care but processes the removal and the insertion under "
                 "your medical benefit."),
         ("P10", "Preventive contraceptive device paid at 100%.")],
        "not_covered", ["coding_error", None], {})]))

    # 4. Fernhollow adjusted EOB: implant reprocessed as preventive at $0 (150 dpi)
    f = facts(233514, FH, "dmy")
    r = f["r"]
    svc = f["notice"] - dt.timedelta(days=64)
    new_no, old_no = f"FH{digits(r, 10)}", f"FH{digits(r, 10)}"
    items.append(Item(f"{FAMILY}_lowres_eob_implant_reprocessed_zero", "scan_lowres_150", [fh_eob(
        f, new_no,
        [(svc, "11981", "Insert drug implant", 318.0, 204.6, 0.0, 0.0, 204.6, 0.0, "A7"),
         (svc, "J7307", "Etonogestrel implant", 1104.0, 876.0, 0.0, 0.0, 876.0, 0.0, "A7")],
        [("A7", f"Adjusted claim. This claim replaces claim {old_no}, which applied these services to your "
                "deductible. We reprocessed it as preventive contraceptive care. You owe nothing.")],
        None, [], {"case_numbers": [[new_no]]}, title="Explanation of Benefits - Claim Adjustment",
        intro=f"Original claim {old_no} was reprocessed on {D(f, f['notice'])} after your provider's request.",
        appeal=False, extra_cases=[old_no])]))

    # 5. Brambleton: 12-month supply of the patch limited to 3 months (photocopy)
    f = facts(233515, BR, "iso")
    r = f["r"]
    fill = f["notice"] - dt.timedelta(days=r.randint(4, 10))
    claim = digits(r, 12)
    items.append(Item(f"{FAMILY}_copy_letter_patch_twelve_month_supply", "photocopy", [br_letter(
        f, "We did not approve a 12-month supply", [f["name"], *f["addr"]], f"Dear {f['first']} {f['last']},",
        [("Member name", f["name"]), ("ID number", f["mid"]), ("Group number", f["grp"]), ("Claim", claim),
         ("Date filled", D(f, fill)), ("Medication", "norelgestromin/ethinyl estradiol patch, 39 patches"),
         ("Pharmacy", f["pharmacy"]), ("Prescribed by", f"{f['clinician']}, {f['practice']}"),
         ("Charge submitted", fmt_money(1264.8))],
        [("Our decision",
          "Your pharmacy asked us to pay for 39 patches, a 12-month supply. Your plan covers up to 9 patches (a "
          "3-month supply) per fill of a contraceptive patch, with no copay. We denied this claim as submitted. "
          "The pharmacy can fill 9 patches today at no cost to you."),
         ("The reason",
          "Your plan is a self-funded employer plan. The state law that requires 12-month supplies of birth control "
          "applies to insured plans and does not apply to your plan. Your plan's supply limit for contraceptives is "
          "90 days.")],
        "not_covered", ["other"], {"provider": [f["clinician"]], "claim_amount": [None]}, f["practice"], 1264.8,
        [iso(fill)], [claim])]))

    # 6. Fax stack: Maplecroft's cover to the patient + Brambleton's reply to the clinic (copper IUD out of network)
    f = facts(233516, BR, "slash")
    r = f["r"]
    svc = f["notice"] - dt.timedelta(days=48)
    claim = digits(r, 11)
    ref = "RR-" + digits(r, 6)
    bill_npi = npi(r)
    reply = br_letter(
        f, "Reply to your request to reprocess a claim",
        [f"{CLINIC_OON}, Patient Accounts", f"Fax {phone(r)}"], "Dear Billing Office:",
        [("Patient", f["name"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Claim number", claim),
         ("Request reference", ref), ("Date of service", D(f, svc)), ("Provider", f"{CLINIC_OON} (NPI {bill_npi})"),
         ("Services", "58300 insert IUD $365.00; J7300 copper IUD $948.00"), ("Total billed", fmt_money(1313.0))],
        [("Our decision",
          f"We reviewed your request to reprocess this claim as preventive care with no cost sharing. {CLINIC_OON} "
          "is not in Brambleton's network. Your patient's plan covers contraceptive services with no cost sharing "
          "only from network providers, and network providers who place copper IUDs are available within 10 miles "
          "of the patient's home. The claim stays processed under the out-of-network benefit: the allowed amount "
          "was applied to the out-of-network deductible. The request is denied."),
         ("Copy to the member",
          f"A copy of this letter was sent to {f['name']}. The member may appeal this decision.")],
        "out_of_network", [], {"case_numbers": [[claim]]}, CLINIC_OON, 1313.0, [iso(svc)], [claim, ref])
    items.append(Item(f"{FAMILY}_faxstd_stack_clinic_cover_plan_reply", "fax_standard_g4", [reply],
                      separators=[clinic_cover(f, 2)]))

    # 7. Brambleton: appeal upheld on an implant removal and reinsertion billed to the deductible (rotated)
    f = facts(233517, BR, "abbr")
    r = f["r"]
    svc = f["notice"] - dt.timedelta(days=r.randint(70, 95))
    claim, appeal_no = digits(r, 11), "AP" + digits(r, 8)
    items.append(Item(f"{FAMILY}_rot_letter_appeal_upheld_implant_reinsertion", "rotated", [br_letter(
        f, "Your appeal: decision upheld", [f["name"], *f["addr"]], f"Dear {f['first']} {f['last']}:",
        [("Member", f["name"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Appeal number", appeal_no),
         ("Claim number", claim), ("Date of service", D(f, svc)),
         ("Provider", f"{f['practice']}, {f['clinician']}"), ("Referred by", f["referrer"]),
         ("Services", "11983 remove and reinsert implant $462.00"), ("Amount billed", fmt_money(462.0))],
        [("Decision",
          "We reviewed your appeal about the cost sharing on your implant visit. We upheld our decision. The new "
          "etonogestrel implant (J7307), billed on a separate claim, was paid as preventive care at no cost to you. The removal and reinsertion "
          "service (11983) was correctly applied to your deductible, because under your plan's benefit booklet only "
          "the first insertion of a contraceptive method in a 3-year period is a preventive service."),
         ("Who reviewed your appeal",
          "An obstetrician-gynecologist who was not involved in the first decision reviewed your appeal and the "
          "records from your provider.")],
        "not_covered", ["other"], {"case_numbers": [[appeal_no]], "provider": [f["clinician"]]}, f["practice"],
        462.0, [iso(svc)], [appeal_no, claim], days=60, second_level=True)]))
    return items
