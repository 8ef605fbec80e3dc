"""Family 'daw_brand_penalty_pharmacy_letter': a brand drug dispensed as written (DAW 1: prescriber says brand
medically necessary; DAW 2: patient asked for the brand) when a generic exists, and what the plan does about it.
Written at first sight (round BF, helper fambfc); every person, plan, pharmacy and number is invented.

Documents: a PBM's brand-penalty notice (DAW 2: generic copay plus the brand/generic cost difference); a denied
brand-medically-necessary (DAW 1) exception whose FDA MedWatch (Form 3500) report covered only one generic maker;
a pharmacy receipt with a "brand difference" line; an approved narrow-therapeutic-index exception (levothyroxine);
a standard-mode fax stack of a prescriber's DAW 1 exception request for tacrolimus and the PBM's reply denying it
(one generic maker locked in instead); a prescription benefit statement with one DAW 2 fill among generic fills; an
overturned penalty (brand difference refunded after a MedWatch report).
Issuers: Fenwray Prescription Services (for Brackenholm Freight Employee Health Plan) and Kilbrannan Rx Solutions
(for Tarbolton Unified School District Health Plan). Decoys: generic cost, copay, difference, member paid, plan paid,
Rx number, NDC, NPI, prescriber, request-received date, date of birth, MedWatch report date, other fills.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from fam_pharmacy_refill_too_soon_override_reject import Letter, fd, m2, mixed, money, npi, phone, plus, usd
from inv_kit import pdf_bytes, truth

FAMILY = "daw_brand_penalty_pharmacy_letter"
LANG = "en"
FEN, KIL = "Fenwray Prescription Services", "Kilbrannan Rx Solutions"
SPONSOR = {FEN: "Brackenholm Freight Employee Health Plan", KIL: "Tarbolton Unified School District Health Plan"}
MEMBERS = ["Wanjiru N. Kiplagat", "Awa S. Dembélé", "Giorgio P. Ferrucci", "Solène M. Lemaitre",
           "Babatunde F. Ogunbanjo", "Thandiwe Z. Tshabalala", "Rojin A. Barzani"]
PRESC = ["Haruki Yoshimura, MD", "Sigrun Sigurdardottir, MD", "Mateus Gullane, DO", "Priya Wyvenhoe, NP"]
PHARMS = ["Wyvenhoe Community Pharmacy", "Aldbourne Drug Co. #31", "Kettlewick Pharmacy"]
ADDR = [("61 Lantern Hill Road", "Macon, GA 31201"), ("1408 Cobbler Street", "Pueblo, CO 81003"),
        ("7 Wrenfield Court", "Duluth, MN 55802"), ("330 Brookmere Avenue", "Bellingham, WA 98225")]
DRUGS = {"penalty": ("Corvanta 20 mg tablets", "corvastatin 20 mg tablets", "30 tablets / 30 days"),
         "medwatch_denied": ("Neurabrel 500 mg tablets", "levetiramide 500 mg tablets", "60 tablets / 30 days"),
         "receipt": ("Pravexa 50 mg capsules", "pravoxetine 50 mg capsules", "30 capsules / 30 days"),
         "nti_approved": ("Thyrelia 88 mcg tablets", "levothyroxine 88 mcg tablets", "90 tablets / 90 days"),
         "stack": ("Tacrovant 1 mg capsules", "tacrolimus 1 mg capsules", "120 capsules / 30 days"),
         "eob": ("Sertavel 100 mg tablets", "sertavine 100 mg tablets", "30 tablets / 30 days"),
         "overturned": ("Lamotrenza 200 mg tablets", "lamotrigine 200 mg tablets", "60 tablets / 30 days")}


def facts(r: random.Random, kind: str, ins: str, ds: str, ms: str) -> dict:
    date = dt.date(2026, 1, 26) + dt.timedelta(days=r.randint(0, 220))
    fill = plus(date, -r.randint(6, 20))
    brand = money(r, 190, 880)
    generic = money(r, 9, 58)
    copay = r.choice([10.0, 15.0, 12.5])
    return dict(kind=kind, ins=ins, ds=ds, ms=ms, date=date, fill=fill, brand=brand, generic=generic, copay=copay,
                diff=round(brand - generic, 2), pays=round(copay + brand - generic, 2),
                plan_paid=round(generic - copay, 2), member=r.choice(MEMBERS), addr=r.choice(ADDR),
                mid={FEN: mixed(r, "FPS-999-99-9999"), KIL: mixed(r, "KRX99999999")}[ins],
                grp={FEN: mixed(r, "BFE999"), KIL: mixed(r, "TUSD-99")}[ins], bin=mixed(r, "999999"),
                pcn={FEN: "FPSCOM", KIL: "KRX" + mixed(r, "9A")}[ins], claim=mixed(r, "999999999999"),
                exc=mixed(r, "EXC-99999-A"), appeal=mixed(r, "APL99999"), rx=mixed(r, "9999999"),
                ndc=mixed(r, "99999-999-99"), npi=npi(r), presc=r.choice(PRESC), pharm=r.choice(PHARMS),
                ph=phone(r), recv=plus(date, -r.randint(2, 5)), dob=dt.date(r.randint(1948, 1996), r.randint(1, 12),
                                                                              r.randint(1, 28)),
                mw=plus(fill, -r.randint(20, 60)), start=plus(date, r.randint(0, 3)))


def letterhead(d: Letter, f: dict) -> None:
    if f["ins"] == FEN:
        d.text_line("FENWRAY", 21, "B", h=9)
        d.text_line("Prescription Services", 11, h=5.5)
        d.rule(0.8, 1)
        d.text_line(f"Pharmacy benefit manager for {SPONSOR[FEN]} · PO Box 2290 · Lubbock, TX 79401", 8.2, h=4.4)
    else:
        d.text_line(KIL, 15, "B", align="R", h=7.5)
        for ln in (f"for {SPONSOR[KIL]}", "Clinical Programs · 55 Saltcote Way · Erie, PA 16501",
                   f"Phone {f['ph']} · Fax 1-866-555-0172"):
            d.text_line(ln, 8.4, align="R", h=4.2)
        d.rule(0.3, 1)
    d.ln(4)


def address_block(d: Letter, f: dict) -> None:
    d.text_line(fd(f["date"], f["ds"]), 10, h=5)
    d.ln(1)
    for ln in (f["member"], *f["addr"]):
        d.text_line(ln, 10, h=5)
    d.ln(3)


def appeal_para(d: Letter, f: dict, text: str) -> None:
    d.text_line("Your right to appeal", 10.5, "B", h=5.8)
    d.para(text + " An urgent appeal is decided within 72 hours. If we uphold our decision you may ask for an "
           "independent external review within 4 months.", 9.3)


def cost_table(d: Letter, f: dict, rows: list[list[str]]) -> None:
    d.table(["Fill date", "Drug dispensed", "DAW", "Brand cost", "Generic cost", "Difference", "Copay", "You paid"],
            rows, [20, 52, 10, 19, 20, 19, 14, 20], size=8, aligns="LLCRRRRR")


def build_penalty(f: dict) -> bytes:
    d = Letter(footer="Fenwray Prescription Services · FPS-DAW2 · Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    address_block(d, f)
    brand, gen, qty = DRUGS["penalty"]
    d.text_line("Brand Penalty Notice: you paid the difference for a brand-name drug", 12, "B", h=7)
    d.kv([("Member", f["member"]), ("Member ID", f["mid"]), ("Group", f["grp"]),
          ("RxBIN / RxPCN", f"{f['bin']} / {f['pcn']}"), ("Claim number", f["claim"]),
          ("Pharmacy", f["pharm"]), ("Prescriber", f"{f['presc']} (NPI {f['npi']})"), ("Rx #", f["rx"])], lw=40)
    d.ln(2)
    ms = f["ms"]
    cost_table(d, f, [[fd(f["fill"], "slash"), brand, "2", usd(f["brand"], ms), usd(f["generic"], ms),
                       usd(f["diff"], ms), usd(f["copay"], ms), usd(f["pays"], ms)]])
    d.para(f"Your pharmacy filled {brand} with DAW code 2 (\"substitution allowed - patient requested product "
           f"dispensed\"). A generic, {gen}, is available and your prescriber allowed it. Under your plan, when you "
           "choose the brand you pay the generic copay plus the difference between the brand and generic cost. "
           "The plan does not cover that difference, and it does not count toward your deductible or "
           "out-of-pocket maximum.", 9.6)
    d.para("To avoid this charge, ask the pharmacy for the generic. If your doctor believes you medically need the "
           "brand, your doctor can ask for a brand exception; include an FDA MedWatch (Form 3500) report if you "
           "had a reaction to the generic.", 9.6)
    appeal_para(d, f, "You may appeal the brand penalty within 180 days of the date of this notice. Write to "
                      "Fenwray Prescription Services, Appeals, PO Box 2291, Lubbock, TX 79401.")
    return pdf_bytes(d)


def build_medwatch_denied(f: dict) -> bytes:
    d = Letter(footer="Kilbrannan Rx Solutions · KRX-BMN-D · {p}/{n}", header=f"{f['member']} · {f['mid']}")
    d.add_page()
    letterhead(d, f)
    address_block(d, f)
    brand, gen, qty = DRUGS["medwatch_denied"]
    d.text_line("Brand Medically Necessary (DAW 1) Exception - DENIED", 12.5, "B", h=7)
    d.kv2([("Member", f["member"]), ("Member ID", f["mid"]), ("Group #", f["grp"]),
           ("Date of birth", fd(f["dob"], "slash")), ("Exception request #", f["exc"]),
           ("Received", fd(f["recv"], f["ds"])), ("Requested by", f["presc"]), ("Prescriber NPI", f["npi"]),
           ("Drug requested", brand), ("Generic available", gen)])
    d.text_line("Why we denied the request", 10.5, "B", h=5.8)
    d.para(f"{f['presc'].split(',')[0]} asked us to cover {brand} as \"brand medically necessary\" (DAW 1) at your "
           "generic copay. Your plan covers a brand drug this way only when the prescriber shows, with an FDA "
           "MedWatch (Form 3500) report, an adverse reaction or treatment failure with generics from at least two "
           f"different manufacturers. We received one MedWatch report, dated {fd(f['mw'], f['ds'])}, for one "
           "generic maker. Because the criteria are not met, the brand is not medically necessary for you under "
           "the plan's rules. You may still get the brand by paying the brand penalty, or use the generic.", 9.6)
    appeal_para(d, f, "You or your prescriber may appeal within 180 days of the date of this letter. Send a "
                      "second MedWatch report or other records with your appeal.")
    d.para("Reviewed by: Clinical pharmacist, Kilbrannan Rx Solutions. Criteria: KRX-CP-114 Brand Medically "
           "Necessary.", 8.4)
    return pdf_bytes(d)


def build_receipt(f: dict) -> bytes:
    d = Letter(margins=(48, 12, 48))
    d.add_page()
    brand, gen, qty = DRUGS["receipt"]
    ms = f["ms"]
    d.text_line(f["pharm"].upper(), 12.5, "B", align="C", h=6.5)
    d.text_line("214 Harbor View Road, Bangor, ME 04401", 8.2, align="C", h=4.2)
    d.text_line("(207) 555-0133", 8.2, align="C", h=4.2)
    d.text_line("-" * 46, 9, align="C", h=4.4)
    d.text_line("PRESCRIPTION RECEIPT", 10.5, "B", align="C", h=6)
    for a, b in [("Date", fd(f["fill"], f["ds"])), ("Patient", f["member"]), ("Rx #", f["rx"]),
                 ("Drug", brand), ("Qty", qty), ("NDC", f["ndc"]), ("Prescriber", f["presc"]),
                 ("DAW", "2 - patient requested brand"), ("Plan", FEN), ("ID", f["mid"]), ("Grp", f["grp"]),
                 ("Ins. claim #", f["claim"])]:
        d.font(8.6, "B")
        d.cell(28, 4.6, a)
        d.font(8.6)
        d.cell(0, 4.6, b, new_x="LMARGIN", new_y="NEXT")
    d.text_line("-" * 46, 9, align="C", h=4.4)
    for a, b in [("Total Rx price", usd(f["brand"], ms)), ("Generic price", usd(f["generic"], ms)),
                 ("Plan paid", usd(f["plan_paid"], ms)), ("Brand difference", usd(f["diff"], ms)),
                 ("Copay", usd(f["copay"], ms)), ("YOU PAY", usd(f["pays"], ms))]:
        d.font(9, "B" if a == "YOU PAY" else "")
        d.cell(50, 5, a)
        d.cell(0, 5, b, align="R", new_x="LMARGIN", new_y="NEXT")
    d.text_line("-" * 46, 9, align="C", h=4.4)
    d.para("You asked for the brand-name drug. Your plan charges the difference between the brand and generic "
           "price. Ask us about the generic next time. Thank you!", 8.2, 1, align="C")
    return pdf_bytes(d)


def build_nti_approved(f: dict) -> bytes:
    d = Letter(footer="Fenwray Prescription Services · FPS-NTI-A · Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    address_block(d, f)
    brand, gen, qty = DRUGS["nti_approved"]
    end = plus(f["start"], 364)
    d.text_line("Narrow Therapeutic Index Drug Exception: APPROVED", 12.5, "B", h=7)
    d.kv([("Member", f["member"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Reference", f["exc"]),
          ("Drug", f"{brand}, {qty}"), ("Prescriber", f"{f['presc']} (NPI {f['npi']})"),
          ("Request received", fd(f["recv"], f["ds"])),
          ("Approved from", f"{fd(f['start'], f['ds'])} through {fd(end, f['ds'])}")], lw=44)
    d.ln(2)
    d.para(f"Good news: we approved your prescriber's request. {gen.capitalize()} is a narrow therapeutic index "
           "drug: small changes in dose or blood level can matter. Your prescriber reported that your thyroid "
           "tests changed each time the pharmacy switched generic makers. During the approval period the plan "
           f"will pay for {brand} dispensed as written (DAW 1) and you will pay only your brand copay of "
           f"{usd(f['copay'] + 25, f['ms'])}, with no brand penalty.", 9.6)
    d.para("You do not need to do anything. Any network pharmacy can fill it. This letter is not a denial.", 9.6)
    f["end"] = end
    return pdf_bytes(d)


def build_request(f: dict) -> bytes:
    d = Letter(margins=(16, 12, 16))
    d.add_page()
    d.text_line(f"{fd(f['recv'], 'slash')} 09:41   FROM: GULLANE INTERNAL MEDICINE   TO: 18665550172   P.1", 8,
                h=4.5)
    d.ln(2)
    d.text_line("Gullane Internal Medicine", 15, "B", h=7.5)
    d.text_line("912 Sycamore Court · Yuma, AZ 85364 · Tel (928) 555-0114 · Fax (928) 555-0115", 8.4, h=4.4)
    d.rule(0.6, 3)
    d.text_line("BRAND MEDICALLY NECESSARY / DAW 1 EXCEPTION REQUEST", 12, "B", h=6.5)
    d.text_line(f"To: {KIL}, Clinical Programs (fax 1-866-555-0172)", 9.4, h=5)
    d.text_line(f"Date: {fd(f['recv'], f['ds'])}", 9.4, h=5)
    d.ln(2)
    brand, gen, qty = DRUGS["stack"]
    d.kv2([("Patient", f["member"]), ("DOB", fd(f["dob"], "slash")), ("Member ID", f["mid"]),
           ("Group", f["grp"]), ("Drug requested", brand), ("Quantity", qty), ("Prescriber", f["presc"]),
           ("NPI", f["npi"]), ("Diagnosis", "Z94.0 kidney transplant status"), ("DAW code", "1")])
    d.para(f"Reason for request: {gen.capitalize()} is a narrow therapeutic index drug. After kidney "
           f"transplant my patient's trough levels fell below range twice when the pharmacy changed generic "
           f"manufacturers. A MedWatch (FDA Form 3500) report was filed on {fd(f['mw'], f['ds'])}. I request "
           f"coverage of brand {brand} at the generic copay, DAW 1, for 12 months.", 9.6)
    d.para("Attachments: tacrolimus trough levels (3 pages), MedWatch confirmation.", 9.2)
    d.para(f"Prescriber signature: ______________________   {f['presc']}", 9.4)
    return pdf_bytes(d)


def build_stack_reply(f: dict) -> bytes:
    d = Letter(footer="Kilbrannan Rx Solutions · KRX-NTI-D · {p}/{n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(f"Date: {fd(f['date'], f['ds'])}", 10, h=5)
    d.text_line(f"To: {f['presc']}, Gullane Internal Medicine (fax (928) 555-0115)", 10, h=5)
    d.text_line(f"cc: {f['member']}, {', '.join(f['addr'])}", 10, h=5)
    d.ln(3)
    brand, gen, qty = DRUGS["stack"]
    d.text_line("Decision on your DAW 1 exception request: DENIED", 12.5, "B", h=7)
    d.kv([("Member", f["member"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Case number", f["exc"]),
          ("Drug", f"{brand}, {qty}"), ("Your request dated", fd(f["recv"], f["ds"]))], lw=44)
    d.ln(2)
    d.para(f"We reviewed your request for brand {brand}. The record shows that the trough levels changed when the "
           f"pharmacy switched between generic makers of {gen}, not that the generic itself failed. For a narrow "
           "therapeutic index drug the plan's policy is to keep the member on one generic manufacturer. We have "
           "placed a manufacturer lock on the member's profile so every network pharmacy dispenses the same "
           "generic. Brand coverage at the generic copay is therefore not medically necessary, and the request "
           "is denied. The member may still choose the brand and pay the brand penalty.", 9.6)
    appeal_para(d, f, "The member or prescriber may appeal within 180 days of the date of this letter by fax to "
                      "1-866-555-0173.")
    return pdf_bytes(d)


def build_eob(f: dict, r: random.Random) -> bytes:
    d = Letter(footer=f"Fenwray Prescription Services · Statement for {f['member']} · Page {{p}} of {{n}}",
               margins=(14, 12, 14))
    d.add_page()
    letterhead(d, f)
    start = f["date"].replace(day=1)
    prev = plus(start, -1).replace(day=1)
    d.text_line("Prescription Benefit Statement", 13, "B", h=7)
    d.text_line(f"Statement date: {fd(f['date'], f['ds'])}   Claims processed {fd(prev, f['ds'])} - "
                f"{fd(plus(start, -1), f['ds'])}", 9.2, h=5)
    d.ln(2)
    d.kv2([("Member", f["member"]), ("Member ID", f["mid"]), ("Group", f["grp"]),
           ("Pharmacy benefit", "Fenwray Rx Choice")])
    d.text_line(f"Plan: {SPONSOR[FEN]}", 8.8, h=5)
    brand, gen, qty = DRUGS["eob"]
    ms = f["ms"]
    other = [(plus(prev, r.randint(0, 8)), "metforzin 500 mg tab", mixed(r, "999999999999"), money(r, 12, 40)),
             (plus(prev, r.randint(10, 26)), "lisinoprel 10 mg tab", mixed(r, "999999999999"), money(r, 9, 30))]
    f["fill"] = plus(prev, r.randint(3, 24))
    rows = []
    for day, name, cl, cost in other:
        rows.append([fd(day, "slash"), cl, name, "0", usd(cost, ms), usd(cost - 5, ms), usd(0, ms), usd(5, ms), ""])
    rows.append([fd(f["fill"], "slash"), f["claim"], brand.replace(" tablets", " tab"), "2", usd(f["brand"], ms),
                 usd(f["plan_paid"], ms), usd(f["diff"], ms), usd(f["copay"], ms), "BP"])
    rows.sort(key=lambda x: x[0])
    d.table(["Fill date", "Claim #", "Drug", "DAW", "Total cost", "Plan paid", "Not covered", "Your copay", "Note"],
            rows, [19, 27, 40, 9, 20, 19, 20, 19, 11], size=7.8, aligns="LLLCRRRRC")
    d.text_line("Note BP - Brand penalty", 9.4, "B", h=5)
    d.para(f"{brand} was dispensed as the brand at your request (DAW 2) although a generic ({gen}) is available. "
           f"The plan paid the generic cost less your copay; the {usd(f['diff'], ms)} brand/generic difference is "
           f"not covered and you owe it to the pharmacy ({f['pharm']}).", 9)
    d.para(f"Year to date: you paid {usd(f['pays'] + 48.5, ms)}; plan paid {usd(f['plan_paid'] + 211.4, ms)}.", 8.8)
    d.text_line("Appeal rights", 9.6, "B", h=5)
    d.para("If you disagree with how a claim was processed, you may appeal within 180 days of the date of this "
           f"statement. Call {f['ph']} or write to PO Box 2291, Lubbock, TX 79401.", 8.8)
    return pdf_bytes(d)


def build_overturned(f: dict) -> bytes:
    d = Letter(footer="Kilbrannan Rx Solutions · KRX-APL-O · {p}/{n}")
    d.add_page()
    letterhead(d, f)
    address_block(d, f)
    brand, gen, qty = DRUGS["overturned"]
    d.text_line("Appeal decision: OVERTURNED - brand difference refunded", 12.5, "B", h=7)
    d.kv([("Member", f["member"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Appeal number", f["appeal"]),
          ("Claim number", f["claim"]), ("Drug", f"{brand}, {qty}"), ("Pharmacy", f["pharm"]),
          ("Fill date", fd(f["fill"], f["ds"])), ("Claim cost", usd(f["brand"], f["ms"])),
          ("Prescriber", f"{f['presc']} (NPI {f['npi']})"), ("Appeal received", fd(f["recv"], f["ds"]))], lw=44)
    d.ln(2)
    d.para(f"You appealed the brand penalty of {usd(f['diff'], f['ms'])} charged on this fill. Your prescriber sent "
           f"an FDA MedWatch report dated {fd(f['mw'], f['ds'])} showing breakthrough seizures on two generic "
           f"versions of {gen}. The brand is medically necessary for you. We reversed the penalty and will send "
           f"you a refund of {usd(f['diff'], f['ms'])}. Future fills of {brand} written DAW 1 will cost your "
           "brand copay only.", 9.6)
    d.para("Because we decided in your favor, you do not need to do anything else.", 9.6)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    common = dict(insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
                  denial_date=f["date"].isoformat())
    ins_alt = [SPONSOR[f["ins"]]]
    presc = f["presc"].split(",")[0]
    if k == "penalty":
        return truth("denial_letter", "not_covered", case_numbers=[f["claim"]], claim_amount=m2(f["brand"]),
                     service_dates=[f["fill"].isoformat()], provider=f["pharm"],
                     appeal_deadline=plus(f["date"], 180).isoformat(), alternates={"insurer": ins_alt},
                     denial_alternates=["other"], type_alternates=["eob"], **common)
    if k == "medwatch_denied":
        return truth("denial_letter", "medical_necessity", case_numbers=[f["exc"]], provider=presc,
                     appeal_deadline=plus(f["date"], 180).isoformat(), alternates={"insurer": ins_alt},
                     denial_alternates=["not_covered"], **common)
    if k == "receipt":
        common.update(insurer=FEN, denial_date=f["fill"].isoformat())
        return truth("other", None, case_numbers=[f["claim"]], claim_amount=m2(f["brand"]),
                     service_dates=[f["fill"].isoformat()], provider=f["pharm"], unscored=["insurer"],
                     type_alternates=["eob"], **common)
    if k == "nti_approved":
        return truth("other", None, case_numbers=[f["exc"]], service_dates=[f"{f['start']}/{f['end']}"],
                     provider=presc, alternates={"insurer": ins_alt, "service_dates": [[f["start"].isoformat()], []]},
                     **common)
    if k == "request":
        common.update(denial_date=f["recv"].isoformat())
        return truth("other", None, provider=presc, unscored=["insurer"],
                     alternates={"provider": ["Gullane Internal Medicine"]}, **common)
    if k == "stack_reply":
        return truth("denial_letter", "medical_necessity", case_numbers=[f["exc"]], provider=presc,
                     appeal_deadline=plus(f["date"], 180).isoformat(),
                     alternates={"insurer": ins_alt, "provider": ["Gullane Internal Medicine"]},
                     denial_alternates=["not_covered"], **common)
    if k == "eob":
        return truth("eob", "not_covered", case_numbers=[f["claim"]], claim_amount=m2(f["brand"]),
                     service_dates=[f["fill"].isoformat()], provider=f["pharm"],
                     appeal_deadline=plus(f["date"], 180).isoformat(), alternates={"insurer": ins_alt},
                     denial_alternates=["other"], **common)
    # overturned
    return truth("other", None, case_numbers=[f["appeal"], f["claim"]], claim_amount=m2(f["brand"]),
                 service_dates=[f["fill"].isoformat()], provider=f["pharm"],
                 alternates={"insurer": ins_alt, "provider": [presc]}, **common)


# (stem suffix, condition, kind, issuer, date style, money style)
PLAN = [
    ("bd_daw2_brand_penalty_notice", "born_digital", "penalty", FEN, "long", "plain"),
    ("bd_daw1_medwatch_exception_denied", "born_digital", "medwatch_denied", KIL, "slash", "plain"),
    ("scan_pharmacy_receipt_brand_difference", "scan_clean_300", "receipt", FEN, "short", "plain"),
    ("rotated_nti_levothyroxine_approved", "rotated", "nti_approved", FEN, "dmy", "plain"),
    ("faxs_stack_tacrolimus_request_and_denial", "fax_standard_g4", "stack", KIL, "abbr", "plain"),
    ("phone_benefit_statement_daw2", "phone_photo", "eob", FEN, "iso", "nosign"),
    ("lowres_penalty_appeal_overturned", "scan_lowres_150", "overturned", KIL, "upper", "space"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, ds, ms) in enumerate(PLAN):
        r = random.Random(202600 + i)
        f = facts(r, kind, ins, ds, ms)
        if kind == "stack":
            req = dict(f, kind="request")
            rep = dict(f, kind="stack_reply")
            docs = [(build_request(req), make_truth(req)), (build_stack_reply(rep), make_truth(rep))]
        elif kind == "eob":
            pdf = build_eob(f, r)
            docs = [(pdf, make_truth(f))]
        else:
            pdf = {"penalty": build_penalty, "medwatch_denied": build_medwatch_denied, "receipt": build_receipt,
                   "nti_approved": build_nti_approved, "overturned": build_overturned}[kind](f)
            docs = [(pdf, make_truth(f))]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs))
    return items
