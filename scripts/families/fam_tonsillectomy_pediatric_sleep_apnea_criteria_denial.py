"""Family 'tonsillectomy_pediatric_sleep_apnea_criteria_denial': plan letters, an upheld appeal and EOBs on
tonsillectomy and adenoidectomy for a child (42820 T&A under age 12, 42821 age 12 or over, 42825 / 42826 tonsillectomy
alone, 42830 adenoidectomy primary under age 12).

Issuers (all invented): Quillfeather Health Partners (logo word "QUILLFEATHER" with a tagline; letters, appeal
decision, approval), Marbury Ridge Insurance Company (right-aligned name block; EOBs and a claim letter). Contents:
pre-service denial for fewer than 7 documented throat infections in a year; EOB with the surgeon's claim paid and the
surgery center's facility claim denied (out of network, no exception); rotated scan of a claim denial for T&A for
snoring without a sleep study showing obstructive sleep apnea; photocopy of a first-level appeal upheld (5 infections
documented, not 7); 150 dpi approval after a polysomnogram; faxed pre-service denial to the ENT office for no sleep
study (printed deadline); phone photo of an EOB with the pediatrician's sick visit paid (decoy claim) and the T&A claim
denied for the infection count. The member is the child, the subscriber a parent; IDs carry a dependent suffix.
Decoys: the referring pediatrician, sleep study and visit dates, dates of birth, NPIs, received dates, phone numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "tonsillectomy_pediatric_sleep_apnea_criteria_denial"
LANG = "en"

QF, MR = "Quillfeather Health Partners", "Marbury Ridge Insurance Company"
ADDR = {QF: ("PO Box 66180", "Ellesmere Bay, ME 04999"), MR: ("2200 Hollinshead Parkway", "Dunwarren, SC 29999")}
ENTS = ["Cindermoor Pediatric Ear, Nose & Throat", "Halcyon ENT & Allergy Partners", "Ravensgate Otolaryngology"]
SURGEONS = ["Dr. Ngozi Halvorsen", "Dr. Benedikt Arakawa", "Dr. Lucinda Moreau-Oyelaran", "Dr. Faisal Whitlock"]
PEDS = ["Dr. Priya Stenberg", "Dr. Oisin Mbatha", "Dr. Camila Freudenthal", "Dr. Hamish Adeyemi"]
ASC = "Bellwether Children's Surgery Center"
KIDS = ["Aurelio", "Beatrix", "Chidi", "Dagny", "Emre", "Fiorella", "Hamza", "Isolde", "Jovan", "Kalani", "Leilani",
        "Matthias", "Nadia", "Oren"]
PARENTS = ["Adaeze", "Bartholomew", "Constanza", "Dov", "Esther", "Florin", "Graciela", "Hiroshi", "Ilse", "Jerome"]
LAST = ["Achterberg", "Balogun", "Cienfuegos", "Drummond", "Eriksen-Obi", "Fontaine", "Gallagher-Ng", "Hakimi",
        "Ivanova", "Jablonski", "Kristoffersen", "Lachance", "Mensah", "Nyström"]
STREETS = ["Wrenfield Road", "Gristmill Lane", "Beacon Hollow Court", "Thistledown Way", "Ferryman Street"]
TOWNS = ["Ellesmere Bay, ME 04999", "Dunwarren, SC 29999", "Hollowmere, OH 43999", "Pendleby, NE 68999"]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def facts(r: random.Random, ins: str, ds: str) -> dict:
    first, mid, last = r.choice(KIDS), r.choice("ABCDEFGHJKLMNPRSTVW"), r.choice(LAST)
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 140))
    dos = notice - dt.timedelta(days=r.randint(18, 50))
    suf = r.choice(["02", "03", "05"])
    if ins == QF:
        base = "QHP" + digits(r, 9)
        mid_, sub = f"{base}*{suf}", f"{base}*01"
        grp = "Q-" + digits(r, 5)
        claim = f"QF{notice.strftime('%y%m')}{digits(r, 6)}"
    else:
        base = "MR" + digits(r, 8)
        mid_, sub = f"{base}-{suf}", f"{base}-01"
        grp = digits(r, 6) + "-" + digits(r, 3)
        claim = "E" + digits(r, 10)
    return dict(r=r, ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                parent=f"{r.choice(PARENTS)} {last}", addr=(f"{r.randint(12, 9870)} {r.choice(STREETS)}",
                                                           r.choice(TOWNS)),
                notice=notice, dos=dos, mid=mid_, sub=sub, grp=grp, claim=claim, ent=r.choice(ENTS),
                surgeon=r.choice(SURGEONS), ped=r.choice(PEDS),
                dob=dt.date(r.randint(2015, 2021), r.randint(1, 12), r.randint(1, 28)), ph=phone(r), npi=npi(r),
                npi2=npi(r), psg=dos - dt.timedelta(days=r.randint(20, 60)))


def D(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def letterhead(d: Doc, f: dict) -> None:
    ins, a = f["ins"], ADDR[f["ins"]]
    if ins == QF:
        d.text_line("QUILLFEATHER", 22, "B")
        d.text_line("Health Partners  -  care that keeps its word", 9)
        d.rule(0.6, 1.2)
        d.text_line(f"{QF}, {a[0]}, {a[1]}   Member Services {f['ph']}", 8.5)
    else:
        d.text_line(MR, 14, "B", align="R")
        d.text_line(a[0], 9, align="R")
        d.text_line(a[1], 9, align="R")
        d.text_line(f"Customer Service {f['ph']}", 9, align="R")
    d.ln(6)


def pairs(d: Doc, rows: list, lw: float = 54, size: float = 10) -> None:
    for k, v in rows:
        if v is None:
            continue
        d.font(size, "B")
        d.cell(lw, 5.3, k)
        d.font(size)
        d.multi_cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def addressee(d: Doc, f: dict) -> None:
    for ln in (f"To the parent or guardian of {f['name']}", f["parent"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)


T_A = ("42820", "Tonsillectomy and adenoidectomy; younger than age 12")
ADENO = ("42830", "Adenoidectomy, primary; younger than age 12")
INFECT = ("Tonsillectomy for recurrent throat infection is medically necessary when the records document at least 7 "
          "episodes of sore throat in the past year, or at least 5 a year in each of the past 2 years, or at least 3 "
          "a year in each of the past 3 years, each with fever over 38.3 C, swollen neck nodes, tonsillar exudate or "
          "a positive strep test. The records we received document {n} such episodes in the past 12 months. The "
          "request does not meet these criteria, so it is not medically necessary.")
NOPSG = ("Tonsillectomy for sleep-disordered breathing is medically necessary when a sleep study (polysomnogram) shows "
         "obstructive sleep apnea (an apnea-hypopnea index of 1 or more in a child), or when the child has "
         "enlarged tonsils with failure to thrive or behaviour problems documented by the pediatrician. The records "
         "describe snoring and tonsils graded 2+, but no sleep study was done and no other criterion is documented. "
         "The {what} is not medically necessary.")


def letter(f: dict, codes: list, amt: float | None, pre: bool, reason: str, how: str, denial: str, dalts: list,
           to_office: bool = False, fax: str | None = None, title: str = "Notice of Adverse Benefit Determination",
           site: str | None = None) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    if to_office:
        for ln in (f["ent"], "Attn: Surgery Scheduling", f"Fax {phone(f['r'])}"):
            d.text_line(ln, 10.5)
        d.text_line(f"cc: {f['parent']}, parent of {f['name']}", 9.5)
        d.ln(5)
    else:
        addressee(d, f)
    d.text_line(title, 13, "B")
    d.ln(2)
    rows = [("Patient:", f["name"]), ("Member ID:", f["mid"]), ("Subscriber:", f"{f['parent']}  (ID {f['sub']})"),
            ("Group:", f["grp"]), ("Patient date of birth:", D(f, f["dob"])),
            ("Reference number:" if pre else "Claim number:", f["claim"]),
            ("Requested surgery date:" if pre else "Date of surgery:", D(f, f["dos"])),
            ("Procedure(s):", ";\n".join(f"{c} {t}" for c, t in codes)),
            ("Surgeon:", f"{f['surgeon']}, {f['ent']}"), ("Facility:", site or ASC)]
    if pre:
        rows.append(("Request received:", D(f, f["notice"] - dt.timedelta(days=4))))
    else:
        rows.append(("Billed charges:", fmt_money(amt, "nosign") + " USD"))
    pairs(d, rows)
    d.para(f"Dear Dr. {f['surgeon'].split()[-1]}:" if to_office else f"Dear {f['parent']}:")
    what = "the request for surgery planned for" if pre else "the claim for surgery done on"
    d.para(f"We reviewed {what} {D(f, f['dos'])} for {f['first']}. {f['first']} was referred to {f['ent']} by "
           f"{f['ped']}, pediatrician. We read the pediatric and ENT office notes sent with the "
           f"{'request' if pre else 'claim'}.")
    d.text_line("Why we made this decision", 11, "B")
    d.ln(1)
    d.para(reason)
    d.para("We used Quillfeather Clinical Guideline ENT-07, Tonsillectomy and Adenoidectomy in Children. You may ask "
           "for a free copy of it and of all records we used." if f["ins"] == QF else
           "We used Marbury Ridge Medical Policy MP-3.112, Tonsil and Adenoid Surgery. You may ask for a free copy of "
           "it and of all records we used.", 9.5)
    d.text_line("Your right to appeal", 11, "B")
    d.ln(1)
    dl = f["notice"] + dt.timedelta(days=180)
    if how == "date":
        sent = f"If you disagree, your written appeal must reach us no later than {D(f, dl)}."
    else:
        sent = f"You may appeal this decision within 180 days of the date of this {how}."
    d.para(sent + " Send it to the Appeals Department at the address above with any records or letters from the "
           f"child's doctors. For an urgent matter you may ask for an expedited (72-hour) appeal. Call {f['ph']} "
           "(TTY 711) with questions.")
    d.para("After our final decision you may ask for an external review by an independent review organization within "
           "4 months of that decision.", 9.5)
    d.para(f"Sincerely,\nPhysician Reviewer, Utilization Management\n{f['ins']}", 10)
    t = truth("denial_letter", denial, insurer=f["ins"], member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=[f["claim"]], claim_amount=None if amt is None else m2(amt),
              service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=f["ent"],
              appeal_deadline=iso(dl), alternates={"provider": [f["surgeon"]]}, denial_alternates=dalts)
    return pdf_bytes(d), t


def upheld(f: dict, appeal_no: str) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    addressee(d, f)
    d.text_line("Appeal Decision: Denial Upheld", 13, "B")
    d.ln(2)
    first = f["notice"] - dt.timedelta(days=f["r"].randint(40, 60))
    pairs(d, [("Patient:", f["name"]), ("Member ID:", f["mid"]), ("Subscriber:", f["parent"]), ("Group:", f["grp"]),
              ("Appeal number:", appeal_no), ("Original reference number:", f["claim"]),
              ("Original decision date:", D(f, first)), ("Appeal received:", D(f, first + dt.timedelta(days=21))),
              ("Requested surgery date:", D(f, f["dos"])), ("Procedure:", f"{T_A[0]} {T_A[1]}"),
              ("Surgeon:", f"{f['surgeon']}, {f['ent']}")])
    d.para(f"Dear {f['parent']}:")
    d.para(f"You appealed our decision not to approve a tonsillectomy and adenoidectomy for {f['first']}. A board "
           "certified otolaryngologist who was not part of the first decision reviewed the appeal, the letter from "
           f"{f['surgeon']} and the pediatric records from {f['ped']}.")
    d.text_line("Decision", 11, "B")
    d.ln(1)
    d.para("We upheld the denial. The records document 5 throat infections in the past 12 months and 2 in the year "
           "before. Our guideline needs at least 7 in one year, 5 a year for two years or 3 a year for three years. "
           "There is no sleep study or other reason for surgery in the records. The surgery remains not medically "
           "necessary.")
    d.text_line("What you can do next", 11, "B")
    d.ln(1)
    d.para("You may ask for a second-level appeal within 60 days of the date of this letter. You may instead ask for "
           "an external review by an independent review organization within 4 months of the date of this letter. "
           f"Call Member Services at {f['ph']} (TTY 711) for help.")
    d.para(f"Sincerely,\nAppeals and Grievances\n{QF}", 10)
    t = truth("denial_letter", "medical_necessity", insurer=QF, member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=[appeal_no, f["claim"]], service_dates=[iso(f["dos"])],
              denial_date=iso(f["notice"]), provider=f["ent"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=60)),
              alternates={"provider": [f["surgeon"]], "case_numbers": [[appeal_no]]})
    return pdf_bytes(d), t


def approval(f: dict, auth: str, note: str) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    addressee(d, f)
    d.text_line("Your request is approved", 13, "B")
    d.ln(2)
    pairs(d, [("Patient:", f["name"]), ("Member ID:", f["mid"]), ("Subscriber:", f["parent"]), ("Group:", f["grp"]),
              ("Authorization number:", auth), ("Procedure:", f"{T_A[0]} {T_A[1]}"),
              ("Surgeon:", f"{f['surgeon']}, {f['ent']}"), ("Facility:", ASC),
              ("Planned surgery date:", D(f, f["dos"])),
              ("Approved through:", D(f, f["dos"] + dt.timedelta(days=60)))])
    d.para(f"Dear {f['parent']}:")
    d.para(note)
    d.para("This approval means the surgery is medically necessary. Payment depends on eligibility on the date of "
           "surgery and on the plan's deductible, copayment and coinsurance.")
    d.para(f"Questions? Call {f['ph']} (TTY 711).")
    d.para(f"Sincerely,\nUtilization Management\n{f['ins']}", 10)
    t = truth("other", None, insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[auth], service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=f["ent"],
              alternates={"provider": [f["surgeon"]]})
    return pdf_bytes(d), t


def eob(f: dict, claims: list, denied_ix: int, legend: list, denial: str, dalts: list,
        alts: dict | None = None) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("Explanation of Benefits", 15, "B")
    d.text_line("This is not a bill. Keep it for your records.", 9)
    d.ln(3)
    pairs(d, [("Date issued:", D(f, f["notice"])), ("Patient:", f["name"]), ("Member ID:", f["mid"]),
              ("Subscriber:", f"{f['parent']} ({f['sub']})"), ("Group:", f["grp"]),
              ("Patient date of birth:", D(f, f["dob"]))], lw=44, size=9.5)
    for c in claims:
        d.font(10, "B")
        d.cell(0, 6, f"Claim {c['claim']}  |  {c['prov']}  |  NPI {c['npi']}", new_x="LMARGIN", new_y="NEXT")
        rows = [[D(f, c["dos"]), ln[0], ln[1], fmt_money(ln[2]), fmt_money(ln[3]), fmt_money(ln[4]),
                 fmt_money(ln[5]), ln[6]] for ln in c["lines"]]
        rows.append(["*Totals", "", "", fmt_money(sum(x[2] for x in c["lines"])),
                     fmt_money(sum(x[3] for x in c["lines"])), fmt_money(sum(x[4] for x in c["lines"])),
                     fmt_money(sum(x[5] for x in c["lines"])), ""])
        d.table(["Date", "Code", "Service", "Charged", "Allowed", "Paid", "Your share", "Note"],
                rows, [22, 14, 58, 21, 19, 19, 19, 12], size=8, aligns="LLLRRRRL", border_head="TB", head_fill=True)
    d.text_line("Notes", 10, "B")
    for k, v in legend:
        d.para(f"{k}  {v}", 8.8, gap=1)
    d.ln(2)
    dl = f["notice"] + dt.timedelta(days=180)
    d.para("Appeals: you may appeal a denied service within 180 days of the date of this statement by writing to the "
           "address above.", 9)
    c = claims[denied_ix]
    t = truth("eob", denial, insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[c["claim"]], claim_amount=m2(sum(x[2] for x in c["lines"])),
              service_dates=[iso(c["dos"])], denial_date=iso(f["notice"]), provider=c["prov"],
              appeal_deadline=iso(dl), alternates=alts or {}, denial_alternates=dalts)
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []
    r = random.Random(219600)

    f = facts(random.Random(219601), QF, "long")
    f["dos"] = f["notice"] + dt.timedelta(days=r.randint(14, 30))
    items.append(Item(f"{FAMILY}_bd_preservice_fewer_than_7_infections", "born_digital", [letter(
        f, [T_A], None, True, INFECT.format(n=4), "letter", "medical_necessity", [])]))

    f = facts(random.Random(219602), MR, "slash")
    surg = dict(claim="E" + digits(r, 10), prov=f["ent"], npi=f["npi2"], dos=f["dos"],
                lines=[("42820", "Tonsillectomy and adenoidectomy, under 12", 2460.00, 1318.50, 1054.80, 263.70, "")])
    fac = dict(claim=f["claim"], prov=ASC, npi=f["npi"], dos=f["dos"],
               lines=[("42820", "Facility fee, T&A (ASC)", 5875.00, 0.0, 0.0, 0.0, "N41"),
                      ("J2405", "Ondansetron injection, per 1 mg", 96.00, 0.0, 0.0, 0.0, "N41")])
    items.append(Item(f"{FAMILY}_scan300_eob_facility_denied_surgeon_paid", "scan_clean_300", [eob(
        f, [surg, fac], 1, [("N41", f"{ASC} is not in your plan's network and no network exception was approved. The "
                                    "surgeon's claim was processed at the in-network level.")],
        "out_of_network", [])]))

    f = facts(random.Random(219603), MR, "dmy")
    items.append(Item(f"{FAMILY}_rotated_claim_denied_no_sleep_study", "rotated", [letter(
        f, [T_A], 7340.00, False, NOPSG.format(what="surgery"), "letter", "medical_necessity", [],
        title="We cannot pay this claim")]))

    f = facts(random.Random(219604), QF, "abbr")
    f["dos"] = f["notice"] + dt.timedelta(days=r.randint(20, 40))
    items.append(Item(f"{FAMILY}_copy_appeal_upheld_infection_count", "photocopy",
                      [upheld(f, "APL-" + digits(r, 7))]))

    f = facts(random.Random(219605), QF, "iso")
    f["dos"] = f["notice"] + dt.timedelta(days=r.randint(12, 28))
    f["psg"] = f["notice"] - dt.timedelta(days=r.randint(12, 25))
    items.append(Item(f"{FAMILY}_lowres_approval_after_polysomnogram", "scan_lowres_150", [approval(
        f, "QA" + digits(r, 9),
        f"We approved the surgery above. Our earlier decision said no sleep study had been done. {f['surgeon']} has "
        f"now sent an overnight polysomnogram of {D(f, f['psg'])} showing obstructive sleep apnea with an "
        "apnea-hypopnea index of 6.8 events an hour and oxygen saturation down to 86%. The request now meets our "
        "guideline.")]))

    f = facts(random.Random(219606), QF, "upper")
    f["dos"] = f["notice"] + dt.timedelta(days=r.randint(10, 25))
    head = f"{fmt_date(f['notice'], 'slash')} 16:18  QUILLFEATHER UM  FAX {phone(r)}"
    items.append(Item(f"{FAMILY}_faxs_preservice_to_ent_no_sleep_study", "fax_standard_g4", [letter(
        f, [T_A, ADENO], None, True, NOPSG.format(what="request"), "date", "medical_necessity", [],
        to_office=True, fax=head)]))

    f = facts(random.Random(219607), MR, "iso")
    sick = dict(claim="E" + digits(r, 10), prov=f"{f['ped']}, Juniper Row Pediatrics", npi=f["npi2"],
                dos=f["dos"] - dt.timedelta(days=r.randint(30, 70)),
                lines=[("99213", "Office visit, established patient", 172.00, 104.90, 79.90, 25.00, ""),
                       ("87880", "Rapid strep test", 41.00, 16.55, 16.55, 0.00, "")])
    ta = dict(claim=f["claim"], prov=f["ent"], npi=f["npi"], dos=f["dos"],
              lines=[("42820", "Tonsillectomy and adenoidectomy, under 12", 2615.00, 0.0, 0.0, 0.0, "M7")])
    items.append(Item(f"{FAMILY}_phone_eob_ta_denied_infection_count", "phone_photo", [eob(
        f, [sick, ta], 1, [("M7", "Not medically necessary: fewer than 7 documented throat infections in the past year "
                                  "(policy MP-3.112). Your provider may not bill you for this service.")],
        "medical_necessity", [])]))
    return items
