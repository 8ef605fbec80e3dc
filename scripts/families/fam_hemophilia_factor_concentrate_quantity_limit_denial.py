"""Family 'hemophilia_factor_concentrate_quantity_limit_denial': plan and specialty-pharmacy letters and EOBs on
clotting factor VIII or IX concentrate and emicizumab for hemophilia A or B.

Issuers (all invented): Quenby Ridge Health Plan (logo word "QUENBY RIDGE" with a tagline over a rule; letters, the
approval, the reply in the fax stack), Marrowick Specialty Pharmacy (the plan's specialty pharmacy; letterhead "the
specialty pharmacy of Quenby Ridge Health Plan"), Oakhurst Benefit Mutual (boxed name; EOBs and a claim letter).
Providers: Stonebridge Hemophilia Treatment Center (and its HTC pharmacy), Corriemoor Regional Hemophilia Program,
Marrowick Specialty Pharmacy, Valdane Home Infusion Pharmacy; hematologists as decoys. Contents: pre-service denial
of factor VIII over the monthly unit limit; EOB denying a PEGylated factor VIII dispense above the weight-based
prophylaxis dose (hematologist's paid visit as a decoy claim); scanned specialty-pharmacy letter denying an extra
supply for a bleed; 150 dpi approval of the extra supply after the bleed log was sent; photocopied claim letter
denying routine factor VIII in the same month as emicizumab; fax fine stack of the treatment center's cover (no
document's page) and the plan's reply denying the HTC pharmacy's claim (white-bagged factor, pharmacy not in the
specialty network); rotated EOB with a factor IX dispense paid and a second one in the same month over the monthly
limit. Decoys: the hematologist, dates of birth, request received dates, bleed dates, lot numbers, NDCs, NPIs,
phone numbers, assay and weight figures, unit counts.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "hemophilia_factor_concentrate_quantity_limit_denial"
LANG = "en"

QR, MS, OB = "Quenby Ridge Health Plan", "Marrowick Specialty Pharmacy", "Oakhurst Benefit Mutual"
ADDR = {QR: ("PO Box 66120", "Tarrant Mills, NC 27999"), MS: ("5150 Hollins Gate Road", "Brevard Junction, TN 37899"),
        OB: ("901 Fallowfield Avenue, Suite 600", "Ashby Lake, MN 55999")}
HTC = "Stonebridge Hemophilia Treatment Center"
HTC_RX = "Stonebridge HTC Pharmacy"
PROVIDERS = ["Corriemoor Regional Hemophilia Program", "Valdane Home Infusion Pharmacy", HTC]
HEMS = ["Dr. Anouk Vermeulen-Sato", "Dr. Kofi Aberdeen", "Dr. Magdalena Przybylski", "Dr. Haruto Lindqvist",
        "Dr. Esperanza Mwangi"]
FIRST = ["Joaquin", "Declan", "Ravi", "Tomasz", "Emeka", "Lucas", "Bao", "Callum", "Idris", "Mikael", "Teodoro",
         "Anders"]
LAST = ["Fairweather", "Okafor", "Brennan-Ruiz", "Kowalczyk", "Sundqvist", "Nakagawa", "Delacroix", "Ashworth",
        "Mbeki", "Castellano"]
STREETS = ["Larkspur Row", "Tanner's Hill Road", "Glenmoor Drive", "Saltmarsh Lane", "Orchard Gate Court"]
TOWNS = ["Tarrant Mills, NC 27999", "Brevard Junction, TN 37899", "Ashby Lake, MN 55999", "Wicklow Falls, OH 44999"]
F8 = ("J7192", "Factor VIII (antihemophilic factor, recombinant), per IU")
F8P = ("J7207", "Factor VIII, PEGylated recombinant, per IU")
F9 = ("J7201", "Factor IX, Fc fusion protein (recombinant), per IU")
EMI = ("J7170", "Emicizumab-kxwh, 0.5 mg")


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def facts(r: random.Random, ins: str, ds: str, ms: str = "plain") -> dict:
    first, mid, last = r.choice(FIRST), r.choice("ABCDEFGHJKLMNPRSTVW"), r.choice(LAST)
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 140))
    if ins == OB:
        mid_ = f"OBM{digits(r, 9)}"
        grp = f"{digits(r, 5)}-{r.choice('ABC')}"
        claim = f"{notice.strftime('%Y')}{digits(r, 3)}-{digits(r, 6)}"
    else:
        mid_ = f"QRH{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}"
        grp = "QR" + digits(r, 6)
        claim = f"RX-{digits(r, 4)}-{digits(r, 5)}"
    return dict(r=r, ins=ins, ds=ds, ms=ms, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(14, 9870)} {r.choice(STREETS)}", r.choice(TOWNS)), notice=notice,
                dob=dt.date(r.randint(1968, 2012), r.randint(1, 12), r.randint(1, 28)), mid=mid_, grp=grp,
                claim=claim, prov=r.choice(PROVIDERS), hem=r.choice(HEMS), ph=phone(r), npi=npi(r), npi2=npi(r),
                received=notice - dt.timedelta(days=r.randint(2, 8)), weight=r.randint(41, 96),
                dos=notice - dt.timedelta(days=r.randint(18, 45)), req=notice + dt.timedelta(days=r.randint(3, 9)))


def D(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def M(f: dict, v: float) -> str:
    return fmt_money(v, f["ms"])


def letterhead(d: Doc, f: dict, ins: str | None = None) -> None:
    ins = ins or f["ins"]
    a = ADDR[ins]
    if ins == QR:
        d.text_line("QUENBY RIDGE", 21, "B")
        d.text_line("Health coverage for the Piedmont since 1987", 8.5)
        d.rule(0.9, 1.2)
        d.text_line(f"{QR}  |  {a[0]}  |  {a[1]}  |  {f['ph']}", 8.5)
    elif ins == MS:
        d.text_line(MS, 15, "B", align="R")
        d.text_line(f"The specialty pharmacy of {QR}", 9, align="R")
        d.text_line(f"{a[0]}, {a[1]}", 9, align="R")
        d.text_line(f"Patient care line {f['ph']}", 9, align="R")
    else:
        x, y = d.get_x(), d.get_y()
        d.rect(x, y, 100, 17)
        d.set_xy(x + 2, y + 1.5)
        d.text_line(OB, 13, "B")
        d.set_x(x + 2)
        d.text_line(f"{a[0]}, {a[1]}", 8.5)
        d.set_xy(x, y + 17)
    d.ln(6)


def pairs(d: Doc, rows: list[tuple[str, str | None]], lw: float = 52, size: float = 10) -> None:
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


def tr(f: dict, doc: str, denial: str | None, ins: str, *, case, amount, dates, prov, dl, dalts=(), alts=None):
    t = truth(doc, denial, insurer=ins, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=case, claim_amount=None if amount is None else m2(amount), service_dates=dates,
              denial_date=iso(f["notice"]), provider=prov, appeal_deadline=None if dl is None else iso(dl),
              alternates=dict(alts or {}), denial_alternates=list(dalts))
    return t


def letter(f: dict, *, ins: str, title: str, rows: list, reason: str, denial: str, dalts: list[str],
           amount: float | None, dates: list[str], how: str = "days", days: int = 180, to_prov: bool = False,
           fax: str | None = None, word: str = "letter", prov_alt: list | None = None) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}", header=f"Member ID {f['mid']}  -  {f['claim']}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f, ins)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    if to_prov:
        for ln in (f["prov"], "Attn: Pharmacy Reimbursement", f"Fax {phone(f['r'])}"):
            d.text_line(ln, 10.5)
        d.text_line(f"cc: {f['name']}, {f['addr'][0]}, {f['addr'][1]}", 9.5)
        d.ln(5)
    else:
        addressee(d, f)
    d.text_line(title, 13, "B")
    d.ln(2)
    pairs(d, [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]),
              ("Date of birth:", D(f, f["dob"]))] + rows)
    d.para(f"Dear {f['first']} {f['last']}:" if not to_prov else "Dear Pharmacy Manager:")
    d.text_line("Why we made this decision", 11, "B")
    d.ln(1)
    d.para(reason)
    d.para("We used our pharmacy policy PH-HEM-03, Clotting Factor Products and Non-Factor Therapies for "
           "Hemophilia. You may ask for a free copy of it and of the records we used.", 9.5)
    d.text_line("How to appeal", 11, "B")
    d.ln(1)
    dl = f["notice"] + dt.timedelta(days=days)
    if how == "date":
        sent = f"We must receive your appeal by {D(f, dl)}."
    else:
        sent = f"You may appeal within {days} days of the date of this {word}."
    d.para(sent + " Write to us at the address above or call the number above. If a bleed or surgery means you "
           "cannot wait, ask for an expedited appeal and we will decide within 72 hours. You may also ask for "
           "an independent external review within 4 months after our final appeal decision.")
    d.para(f"Sincerely,\nClinical Pharmacist Reviewer\n{ins}", 10)
    alts = {"provider": prov_alt} if prov_alt else {}
    if ins == MS:
        alts["insurer"] = [QR]
    t = tr(f, "denial_letter", denial, ins, case=[f["claim"]], amount=amount, dates=dates, prov=f["prov"], dl=dl,
           dalts=dalts, alts=alts)
    return pdf_bytes(d), t


def approval(f: dict, earlier: str, bleed: dt.date) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f, QR)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    addressee(d, f)
    d.text_line("Extra factor supply approved", 13, "B")
    d.ln(2)
    pairs(d, [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]),
              ("Authorization number:", f["claim"]), ("Earlier decision:", earlier),
              ("Medication:", f"{F8[0]} {F8[1]}"), ("Approved quantity:", "12,000 IU, one time"),
              ("Dispensing pharmacy:", f["prov"]), ("Prescriber:", f["hem"]),
              ("Dispense date:", D(f, f["req"]))])
    d.para(f"Dear {f['first']} {f['last']}:")
    d.para(f"On review we approved the extra supply of factor VIII that we did not approve at first (decision "
           f"{earlier}). The infusion log and the treatment center's notes now show a left knee joint bleed on "
           f"{D(f, bleed)} treated with 3 extra doses, which used up the month's supply. The extra 12,000 IU may "
           "be dispensed once. Your monthly limit for routine prophylaxis does not change.")
    d.para("Your usual specialty drug copayment applies. Keep logging every infusion and bleed in the app or on "
           f"paper. Questions? Call {f['ph']} (TTY 711).")
    d.para(f"Sincerely,\nPharmacy Services\n{QR}", 10)
    t = tr(f, "other", None, QR, case=[f["claim"]], amount=None, dates=[iso(f["req"])], prov=f["prov"], dl=None,
           alts={"case_numbers": [[f["claim"], earlier]]})
    return pdf_bytes(d), t


def eob(f: dict, claims: list[dict], denied_ix: int, legend, denial: str, dalts: list[str]) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f, OB)
    d.text_line("Explanation of Benefits", 15, "B")
    d.text_line("This is not a bill. Keep for your records.", 9)
    d.ln(3)
    y0 = d.get_y()
    addressee(d, f)
    d.set_xy(110, y0)
    for k, v in [("Date issued", D(f, f["notice"])), ("Member", f["name"]), ("Member ID", f["mid"]),
                 ("Group", f["grp"]), ("Birth date", D(f, f["dob"]))]:
        d.set_x(110)
        d.font(9, "B")
        d.cell(30, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 28) + 3)
    for c in claims:
        d.font(10, "B")
        d.multi_cell(0, 5.5, f"Claim number {c['claim']}   Provider: {c['prov']}   NPI {c['npi']}", new_x="LMARGIN",
               new_y="NEXT")
        rows = [[D(f, c["dos"]), ln[0], ln[1], ln[2], M(f, ln[3]), M(f, ln[4]), M(f, ln[5]), ln[6]]
                for ln in c["lines"]]
        rows.append(["Total", "", "", "", M(f, sum(x[3] for x in c["lines"])), M(f, sum(x[4] for x in c["lines"])),
                     M(f, sum(x[5] for x in c["lines"])), ""])
        d.table(["Service date", "Code", "Description", "Units", "Billed", "Plan paid", "You owe", "Note"],
                rows, [22, 13, 56, 14, 27, 22, 17, 9], size=7.8, aligns="LLLRRRRL", border_head="TB")
    d.text_line("Notes", 10, "B")
    for k, v in legend:
        d.para(f"{k}  {v}", 8.8, gap=1)
    d.ln(2)
    dl = f["notice"] + dt.timedelta(days=180)
    d.para("To appeal, write to us within 180 days of the date of this statement. Include this statement and any "
           "records from your treatment center.", 9)
    d.para(f"Member Services {f['ph']} (TTY 711). Hemophilia nurse line {phone(f['r'])}.", 9)
    c = claims[denied_ix]
    t = tr(f, "eob", denial, OB, case=[c["claim"]], amount=sum(x[3] for x in c["lines"]), dates=[iso(c["dos"])],
           prov=c["prov"], dl=dl, dalts=dalts)
    return pdf_bytes(d), t


def htc_cover(f: dict) -> bytes:
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(HTC, 15, "B")
    d.text_line("Pharmacy and Comprehensive Care Clinic", 10)
    d.text_line(f"Phone {phone(f['r'])}   Fax {phone(f['r'])}", 9)
    d.ln(8)
    d.text_line("FAX TRANSMITTAL", 20, "B")
    d.ln(5)
    pairs(d, [("To:", f"{f['name']} (patient)"), ("Fax:", phone(f["r"])), ("From:", "HTC social worker"),
              ("Date:", fmt_date(f["notice"] + dt.timedelta(days=2), "slash")),
              ("Pages:", "2 including cover"), ("Re:", f"Reply from {QR} on your factor shipment")], lw=34, size=12)
    d.para(f"Hi {f['first']}, attached is the letter your plan sent our pharmacy about the factor we shipped to the "
           f"clinic for your visit with {f['hem']}. We are appealing for you and asking the plan for a network "
           "exception. You do not need to pay anything while the appeal is open. Please do not skip doses; call us "
           "if you are running low.", 10)
    d.ln(5)
    d.para("CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in "
           "error, call us and destroy all copies.", 8.5)
    return pdf_bytes(d)


def documents(rng) -> list[Item]:
    items = []
    r = random.Random(222600)

    # 1. pre-service: factor VIII over the monthly unit limit
    f = facts(random.Random(222601), QR, "long")
    f["prov"] = MS
    dose = 40 * f["weight"]
    asked = round(dose * 13 / 250) * 250
    items.append(Item(f"{FAMILY}_bd_factor8_over_monthly_unit_limit", "born_digital", [letter(
        f, ins=QR, title="Prior Authorization Denied: Quantity Limit",
        rows=[("Request number:", f["claim"]), ("Medication:", f"{F8[0]} {F8[1]}"),
              ("Quantity requested:", f"{asked:,} IU every 28 days"), ("Quantity limit:", "24,000 IU per 28 days"),
              ("Dispensing pharmacy:", MS), ("Prescriber:", f"{f['hem']} (hematology, NPI {f['npi']})"),
              ("Requested fill date:", D(f, f["req"])), ("Request received:", D(f, f["received"]))],
        reason=(f"Your hematologist asked for {asked:,} IU of factor VIII every 28 days for prophylaxis, about "
                f"{dose:,} IU three times a week plus a bleed reserve. Your plan's limit is 24,000 IU per 28 days "
                "unless the records show a higher dose is medically necessary, such as a trough level below 1% on "
                "the current dose or two or more joint bleeds in the last 6 months. The records sent show no bleeds "
                "in the last 6 months and no trough or pharmacokinetic study, so the quantity over the limit is not "
                "medically necessary. You may still fill up to 24,000 IU per 28 days."),
        denial="medical_necessity", dalts=["not_covered"], amount=None, dates=[iso(f["req"])],
        prov_alt=None)]))

    # 2. EOB: PEGylated factor VIII above the weight-based prophylaxis dose
    f = facts(random.Random(222602), OB, "slash")
    f["weight"] = 58
    units = 45000
    visit = dict(claim=f"{f['notice'].year}{digits(r, 3)}-{digits(r, 6)}", prov=f"{f['hem']}, {HTC}",
                 npi=f["npi2"], dos=f["dos"] - dt.timedelta(days=r.randint(5, 15)),
                 lines=[("99214", "Office visit, hematology", "1", 318.00, 224.60, 40.00, ""),
                        ("85240", "Factor VIII activity assay", "1", 96.00, 61.20, 0.00, "")])
    rx = dict(claim=f["claim"], prov="Valdane Home Infusion Pharmacy", npi=f["npi"], dos=f["dos"],
              lines=[(F8P[0], F8P[1], f"{units:,}", 91350.00, 0.00, 0.00, "Q7"),
                     ("S9345", "Home infusion per diem, factor, 30 days", "30", 2700.00, 0.00, 0.00, "Q7")])
    legend = [("Q7", "Dose above the plan's prophylaxis limit of 50 IU per kg three times a week for your "
                     "recorded weight of 58 kg (about 37,700 IU for 4 weeks plus one bleed dose). The pharmacy "
                     "dispensed 45,000 IU with no bleed log or pharmacokinetic study showing a higher dose is "
                     "medically necessary. Ask the pharmacy about an appeal.")]
    items.append(Item(f"{FAMILY}_bd_eob_peg_factor8_above_weight_dose", "born_digital",
                      [eob(f, [visit, rx], 1, legend, "medical_necessity", ["not_covered"])]))

    # 3. specialty pharmacy letter: bleed-episode extra supply denied
    f = facts(random.Random(222603), QR, "abbr")
    f["prov"] = HTC
    bleed = f["received"] - dt.timedelta(days=r.randint(2, 6))
    items.append(Item(f"{FAMILY}_scan300_specialty_rx_bleed_extra_supply_denied", "scan_clean_300", [letter(
        f, ins=MS, title="We could not approve an early refill",
        rows=[("Case number:", f["claim"]), ("Medication:", f"{F8[0]} {F8[1]}"),
              ("Extra quantity asked for:", "12,000 IU (bleed supply)"), ("Prescriber:", f["hem"]),
              ("Treatment center:", HTC), ("Requested dispense date:", D(f, f["req"])),
              ("Request received:", D(f, f["received"]))],
        reason=(f"{HTC} asked for an extra 12,000 IU of factor VIII before your next monthly refill because of a "
                f"bleed reported on {D(f, bleed)}. To approve an extra supply in the same month we need the "
                "infusion log showing the doses given for the bleed, or the treatment center's visit note. Neither "
                "was sent after our two requests, so your plan, Quenby Ridge Health Plan, did not approve the extra "
                "supply as medically necessary. If you are bleeding now, call your treatment center right away."),
        denial="medical_necessity", dalts=["other"], amount=None, dates=[iso(f["req"])], how="date", days=60,
        prov_alt=None)]))

    # 4. approval of the extra supply after the bleed log
    f = facts(random.Random(222604), QR, "iso")
    f["prov"] = MS
    items.append(Item(f"{FAMILY}_lowres_extra_supply_approved_after_bleed_log", "scan_lowres_150",
                      [approval(f, f"RX-{digits(r, 4)}-{digits(r, 5)}", f["received"] - dt.timedelta(days=9))]))

    # 5. photocopied claim letter: factor VIII prophylaxis in the same month as emicizumab
    f = facts(random.Random(222605), OB, "dmy", "nosign")
    f["prov"] = "Corriemoor Regional Hemophilia Program"
    emi_date = f["dos"] - dt.timedelta(days=r.randint(6, 12))
    amt = 38640.00
    items.append(Item(f"{FAMILY}_copy_factor_and_emicizumab_same_month", "photocopy", [letter(
        f, ins=OB, title="Claim Denial Notice",
        rows=[("Claim number:", f["claim"]), ("Date dispensed:", D(f, f["dos"])),
              ("Medication:", f"{F8[0]} {F8[1]}, 24,000 IU"), ("Amount billed:", M(f, amt)),
              ("Pharmacy:", f["prov"]), ("Hematologist:", f["hem"])],
        reason=(f"You receive emicizumab ({EMI[0]}) every 4 weeks for prophylaxis; the last dose on file was "
                f"dispensed on {D(f, emi_date)}. Routine prophylaxis with factor VIII in the same month as "
                "emicizumab is not medically necessary under our policy. We cover factor VIII with emicizumab only "
                "for a breakthrough bleed or surgery, in a quantity of no more than 2 treatment doses per month. "
                "This dispense of 24,000 IU was billed as a monthly prophylaxis supply with no bleed recorded, so "
                "we denied it."),
        denial="medical_necessity", dalts=["not_covered"], amount=amt, dates=[iso(f["dos"])], prov_alt=None)]))

    # 6. fax fine stack: HTC cover + plan reply (white-bagging, HTC pharmacy not in the specialty network)
    f = facts(random.Random(222606), QR, "slash")
    f["prov"] = HTC_RX
    amt = 52380.00
    head = f"{fmt_date(f['notice'], 'slash')} 09:31  QUENBY RIDGE PHARMACY  FAX {phone(r)}  PAGE 1"
    den = letter(f, ins=QR, title="Notice of Claim Denial", to_prov=True, fax=head, word="notice",
                 rows=[("Claim number:", f["claim"]), ("Medication:", f"{F9[0]} {F9[1]}, 18,000 IU"),
                       ("Date dispensed:", D(f, f["dos"])), ("Billed amount:", M(f, amt)),
                       ("Dispensing pharmacy:", f"{HTC_RX} (NPI {f['npi']})"), ("Ship-to:", f"{HTC} clinic"),
                       ("Hematologist:", f["hem"])],
                 reason=(f"{HTC_RX} is not in Quenby Ridge Health Plan's specialty pharmacy network. Your plan "
                         f"covers clotting factor only when it is dispensed by its designated specialty pharmacy, "
                         f"{MS}, including factor shipped to a clinic for an in-office dose. No network exception "
                         "was requested before the factor was shipped, so this claim is denied as out of network. "
                         f"{MS} can ship factor to your home or to the treatment center."),
                 denial="out_of_network", dalts=[], amount=amt, dates=[iso(f["dos"])], prov_alt=[HTC])
    items.append(Item(f"{FAMILY}_faxfine_stack_htc_cover_and_plan_reply", "fax_fine_g4", [den],
                      separators=[htc_cover(f)]))

    # 7. rotated EOB: factor IX, second dispense in the same month over the monthly limit
    f = facts(random.Random(222607), OB, "upper")
    f["prov"] = "Valdane Home Infusion Pharmacy"
    first = dict(claim=f"{f['notice'].year}{digits(r, 3)}-{digits(r, 6)}", prov=f["prov"], npi=f["npi"],
                 dos=f["dos"] - dt.timedelta(days=r.randint(9, 14)),
                 lines=[(F9[0], F9[1], "16,000", 61120.00, 55008.00, 150.00, "")])
    second = dict(claim=f["claim"], prov=f["prov"], npi=f["npi"], dos=f["dos"],
                  lines=[(F9[0], F9[1], "8,000", 30560.00, 0.00, 0.00, "QL"),
                         ("S9345", "Home infusion per diem, factor", "7", 630.00, 0.00, 0.00, "QL")])
    legend = [("QL", "Quantity over the plan limit of 16,000 IU of factor IX per month; 16,000 IU were already "
                     "dispensed this month (claim above). Your plan does not cover more in the same month unless an "
                     f"exception is approved. Prescriber: {f['hem']}.")]
    items.append(Item(f"{FAMILY}_rotated_eob_factor9_second_fill_over_limit", "rotated",
                      [eob(f, [first, second], 1, legend, "not_covered", ["medical_necessity"])]))
    return items
