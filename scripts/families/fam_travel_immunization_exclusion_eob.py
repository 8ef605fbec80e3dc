"""Family 'travel_immunization_exclusion_eob': EOBs and plan letters on vaccines and visits given before a trip
abroad (yellow fever 90717, typhoid 90691 / 90690, Japanese encephalitis 90738, rabies pre-exposure 90675,
cholera 90625, travel counselling 99401, administration 90471 / 90472).

Invented at first sight (all names, IDs, amounts fictional). Issuers: Brightwater Mutual Health Insurance Company
(EOB with a shaded claim summary and a remark-code legend; parent line "A Calloway Financial company"), Kestrel
Point Health Plan (letters: logo word "KESTREL POINT" over a rule; one faxed with a fax header line; one appeal
decision), Sorrel Bay Health (EOB in a ruled service table with "Plan pays / You owe" and a letter with a label
block). Reasons: immunizations for travel excluded (EOB with yellow fever, typhoid and the travel consult; a
letter on a two-dose Japanese encephalitis series; a letter on rabies pre-exposure doses and cholera with the
consult), a hepatitis A shot paid as a routine adult vaccine beside a denied typhoid shot, a travel clinic outside
the network, an upheld appeal, and rabies vaccine and immune globulin after a dog bite paid as treatment.
Decoys: the administering nurse (RN) and the ordering clinician, the travel dates and destination, dates of birth,
NPIs, lot numbers, the date received, plan paid and member owes amounts, the deductible.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "travel_immunization_exclusion_eob"
LANG = "en"
BRW, KES, SOR = "Brightwater Mutual Health Insurance Company", "Kestrel Point Health Plan", "Sorrel Bay Health"
ADDR = {BRW: ("PO Box 88140", "Bangor, ME 04401"), KES: ("PO Box 2305", "Pueblo, CO 81003"),
        SOR: ("PO Box 519", "Yuma, AZ 85364")}
CLINICS = [("Wayfarer Travel Medicine Clinic", "210 Juniper Drive, Pueblo, CO 81003"),
           ("Compass Rose Travel Health", "88 Sycamore Court, Bangor, ME 04401"),
           ("Northgate Immunization & Travel Center", "1475 Old Mill Road, Yuma, AZ 85364"),
           ("Tallis Creek Urgent Care", "602 Fenwick Avenue, Bangor, ME 04401")]
NURSES = ["Rosalind T. Ekwueme, RN", "Padraig O. Maguire, RN", "Anjali S. Deshmukh, BSN, RN", "Tomasz W. Kowal, RN"]
CLINICIANS = ["Dr. Helena Marsh-Okafor", "Dr. Yusuf Adeyemi", "Dr. Corinne Laval", "Dr. Ivo Petrakis"]
DEST = ["Ghana and Togo", "Peru (Amazon region)", "Vietnam and Cambodia", "Kenya", "rural India", "Bolivia"]
VAX = {"90717": ("Yellow fever vaccine, subcutaneous", 219.00), "90691": ("Typhoid Vi polysaccharide vaccine, IM", 128.50),
       "90690": ("Typhoid vaccine, live, oral", 96.00), "90738": ("Japanese encephalitis vaccine, IM", 389.00),
       "90675": ("Rabies vaccine, IM", 412.00), "90625": ("Cholera vaccine, live, oral", 245.00),
       "90632": ("Hepatitis A vaccine, adult, IM", 104.75), "90375": ("Rabies immune globulin (RIG), human", 1840.00),
       "90471": ("Immunization administration, first", 34.00), "90472": ("Immunization administration, each add'l", 22.00),
       "99401": ("Preventive counseling, 15 min (travel consultation)", 95.00),
       "99213": ("Office visit, established patient", 148.00), "12002": ("Simple repair of wound, 2.6-7.5 cm", 310.00)}


def fake_phone(r: Rand) -> str:
    """Toll-free numbers in the 555-01xx block set aside for fiction."""
    return f"1-{r.choice(['800', '855', '877', '888'])}-555-01{r.digits(2)}"

def price(r: Rand, code: str) -> float:
    return round(VAX[code][1] * r.choice([1.0, 1.0, 1.06, 0.94, 1.12]), 2)


def facts(i: int) -> dict:
    r = Rand(207600 + i)
    m = r.person()
    return dict(r=r, member=m, addr=r.address(), dob=dt.date(r.randint(1955, 2003), r.randint(1, 12), r.randint(1, 28)),
                ph=fake_phone(r), nurse=NURSES[i % 4], doc=CLINICIANS[i % 4], dest=r.choice(DEST))


def lines(r: Rand, codes: list, dates: list) -> list:
    """Rows (date, code, description, billed)."""
    return [(d, c, VAX[c][0], price(r, c)) for d, c in zip(dates, codes)]


def tot(rows: list) -> float:
    return round(sum(x[3] for x in rows), 2)


def kes_head(d: Doc, f: dict, fax: str | None = None) -> None:
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    d.text_line("KESTREL POINT", 22, "B")
    d.rule(0.8, 1.2)
    d.text_line(f"{KES}  |  {ADDR[KES][0]}, {ADDR[KES][1]}  |  Member Services {f['ph']}  |  TTY 711", 8.5)
    d.ln(6)


def brw_head(d: Doc, f: dict) -> None:
    d.text_line("A Calloway Financial company", 8, align="C")
    d.text_line(BRW, 14, "B", align="C")
    d.text_line(f"{ADDR[BRW][0]}  -  {ADDR[BRW][1]}  -  {f['ph']}", 8.5, align="C")
    d.ln(4)


def sor_head(d: Doc, f: dict) -> None:
    d.text_line(SOR, 16, "B")
    d.text_line(f"Claims Service Center, {ADDR[SOR][0]}, {ADDR[SOR][1]}", 8.5)
    d.text_line(f"Call us: {f['ph']} (TTY 711)   www.sorrelbayhealth.example", 8.5)
    d.rule(0.3, 5)


def addressee(d: Doc, f: dict) -> None:
    for ln in (f["member"][0], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)


def kv(d: Doc, rows: list, w: float = 50, size: float = 10) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, size * 0.52, k)
        d.font(size)
        d.cell(0, size * 0.52, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


# ------------------------------------------------- Brightwater EOB (used for the excluded and the paid-bite claims)
def brw_eob(i: int, kind: str):
    f = facts(i)
    r = f["r"]
    mid, grp = f"BMH{r.digits(9)}", f"G{r.digits(5)}-{r.digits(2)}"
    stmt = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 120))
    dos = stmt - dt.timedelta(days=r.randint(18, 40))
    claim = f"{r.digits(4)} {r.digits(4)} {r.digits(3)}"
    if kind == "travel":
        clinic = CLINICS[1]
        rows = lines(r, ["99401", "90717", "90691", "90471", "90472"], [dos] * 5)
        remark = {c: "TX1" for c in ("99401", "90717", "90691", "90471", "90472")}
    else:
        clinic = CLINICS[3]
        bite = dos
        rows = lines(r, ["99213", "12002", "90375", "90675", "90471"], [bite] * 5)
        remark = {c: "" for c in ("99213", "12002", "90375", "90675", "90471")}
    total = tot(rows)
    d = Doc("Helvetica", footer=f"{BRW}  |  Explanation of Benefits  |  Page {{p}} of {{n}}")
    d.add_page()
    brw_head(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 13, "B")
    d.text_line("THIS IS NOT A BILL", 9, "B")
    d.ln(2)
    y = d.get_y()
    addressee(d, f)
    d.set_xy(118, y)
    d.set_fill_color(232, 232, 232)
    d.rect(116, y - 1, 82, 34, style="F")
    for k, v in (("Statement date", fmt_date(stmt, "abbr")), ("Member", f["member"][0]), ("Member ID", mid),
                 ("Group number", grp), ("Claim number", claim), ("Date received", fmt_date(dos + dt.timedelta(days=9), "abbr"))):
        d.set_x(118)
        d.font(8.8, "B")
        d.cell(30, 5, k)
        d.font(8.8)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(y + 38)
    d.para(f"Provider: {clinic[0]}, {clinic[1]}   (NPI {r.npi()})", 9.5, 1)
    if kind == "travel":
        d.para(f"Vaccines given by: {f['nurse']}   Ordered by: {f['doc']}", 9.5)
    else:
        d.para(f"Seen by: {f['doc']}   Vaccine given by: {f['nurse']}   Diagnosis: W54.0XXA bitten by dog", 9.5)
    body = []
    paid_sum = owe_sum = 0.0
    for dd, c, desc, b in rows:
        if kind == "travel":
            allowed = paid = 0.0
            owe = b
        else:
            allowed = round(b * 0.78, 2)
            paid = round(allowed * 0.8, 2)
            owe = round(allowed - paid, 2)
        paid_sum += paid
        owe_sum += owe
        body.append([fmt_date(dd, "slash"), c, desc[:40], fmt_money(b), fmt_money(allowed), fmt_money(paid),
                     fmt_money(owe), remark[c]])
    body.append(["*Claim total", "", "", fmt_money(total), "", fmt_money(paid_sum), fmt_money(owe_sum), ""])
    d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Remark"], body,
            [22, 13, 61, 20, 18, 18, 18, 10], size=7.8, aligns="LLLRRRRL", head_fill=True)
    if kind == "travel":
        d.text_line("Remark codes", 10, "B")
        d.para("TX1  Immunizations and visits for the purpose of travel are excluded from coverage under your plan "
               "(Certificate of Coverage, Section 7, Exclusions: \"vaccines, medicines and office visits required "
               "or recommended only for travel outside the United States\"). The amount billed is your "
               f"responsibility. Travel to {f['dest']} noted on the claim.", 9)
        d.text_line("Your appeal rights", 10, "B")
        d.para("If you disagree with how this claim was processed, you may file an appeal within 180 days of the "
               f"date of this statement. Write to {BRW}, Appeals Unit, {ADDR[BRW][0]}, {ADDR[BRW][1]}, or call "
               f"{f['ph']}. You may also have the right to an external review after the appeal.", 9)
        t = truth("eob", "not_covered", insurer=BRW, member_id=mid, group_number=grp, member_name=f["member"][0],
                  case_numbers=[claim.replace(" ", "")], claim_amount=m2(total), service_dates=[iso(dos)],
                  denial_date=iso(stmt), provider=clinic[0], appeal_deadline=iso(stmt + dt.timedelta(days=180)))
    else:
        d.para("This claim was processed under your medical benefits. Rabies immune globulin and rabies vaccine "
               "given after an animal bite or exposure are treatment, not travel immunization, and are covered "
               "like any other illness or injury. Your deductible for 2026 has been met. Remaining doses of the "
               "series given on days 3, 7 and 14 will be processed when billed.", 9)
        d.para(f"If you disagree, you may appeal within 180 days of the date of this statement. Call {f['ph']}.", 9)
        t = truth("eob", None, insurer=BRW, member_id=mid, group_number=grp, member_name=f["member"][0],
                  case_numbers=[claim.replace(" ", "")], claim_amount=m2(total), service_dates=[iso(dos)],
                  denial_date=iso(stmt), provider=clinic[0], type_alternates=["other"],
                  alternates={"appeal_deadline": [iso(stmt + dt.timedelta(days=180))]})
    return pdf_bytes(d), t


# ------------------------------------------------- Kestrel Point letters
def kes_letter(i: int, kind: str):
    f = facts(i)
    r = f["r"]
    mid, grp = f"KPH-{r.digits(4)}-{r.digits(5)}", r.digits(7)
    dec = dt.date(2026, 3, 1) + dt.timedelta(days=r.randint(0, 150))
    case = f"TV{r.digits(2)}-{r.digits(6)}"
    first = dec - dt.timedelta(days=r.randint(45, 60))
    trip = first + dt.timedelta(days=r.randint(35, 50))
    fax = None
    if kind == "je":
        clinic = CLINICS[0]
        dates = [first, first + dt.timedelta(days=28)]
        rows = lines(r, ["99401", "90738", "90471", "90738", "90471"], [dates[0]] * 3 + [dates[1]] * 2)
        ds = "long"
        title = "Notice of Denial of Payment"
        reason = (f"Your plan does not cover immunizations needed only for travel. The Japanese encephalitis "
                  f"vaccine series and the travel consultation you received before your trip to {f['dest']} are "
                  "listed as excluded services in your Evidence of Coverage (Chapter 4, Section 4.3, \"Travel "
                  "immunizations and travel health visits\").")
        deadline = dec + dt.timedelta(days=60)
        appeal = (f"If you disagree, you may ask for an appeal. We must receive your request by "
                  f"{fmt_date(deadline, ds)}.")
        den, dalt = "not_covered", None
    elif kind == "oon":
        clinic = CLINICS[2]
        dates = [first, first + dt.timedelta(days=7)]
        rows = lines(r, ["90675", "90471", "90675", "90471"], [dates[0]] * 2 + [dates[1]] * 2)
        ds = "slash"
        fax = (f"{fmt_date(dec, 'slash')} 14:{r.randint(10, 59)}  FROM: KESTREL POINT HP  FAX {fake_phone(r)}  "
               f"TO: {f['member'][3].upper()}  P. 1/1")
        title = "Claim Denied: Provider Not in Network"
        reason = (f"{clinic[0]} is not in the Kestrel Point network, and your HMO plan pays for care outside the "
                  "network only for emergencies and urgent care. The two rabies pre-exposure doses you received "
                  "there were not an emergency and were not referred by your primary care provider. Travel "
                  "immunizations are also not a covered benefit, even from a network provider.")
        deadline = dec + dt.timedelta(days=180)
        appeal = "You may appeal this decision within 180 days of the date of this letter."
        den, dalt = "out_of_network", ["not_covered"]
    else:  # upheld appeal on yellow fever
        clinic = CLINICS[0]
        dates = [first]
        rows = lines(r, ["99401", "90717", "90471"], [first] * 3)
        ds = "dmy"
        title = "Appeal Decision: Denial Upheld"
        reason = (f"You appealed our denial of the yellow fever vaccine and travel visit. You wrote that the "
                  f"vaccine is required for entry to {f['dest']}. A physician reviewer, who was not involved in the "
                  "first decision, looked at your appeal and your Evidence of Coverage. Travel immunizations are "
                  "excluded even when a country requires them for entry. We are upholding our denial.")
        deadline = dec + dt.timedelta(days=60)
        appeal = ("If you still disagree, you may ask for a second-level appeal within 60 days of the date of "
                  "this letter. You may also ask for an independent external review within 4 months.")
        den, dalt = "not_covered", None
    total = tot(rows)
    d = Doc("Helvetica", header=f"{f['member'][0]}  |  Member ID {mid}")
    d.add_page()
    kes_head(d, f, fax)
    d.text_line(fmt_date(dec, ds))
    d.ln(3)
    addressee(d, f)
    d.text_line(title, 13, "B")
    d.ln(2)
    info = [("Member", f["member"][0]), ("Member ID", mid), ("Group", grp),
            ("Appeal number" if kind == "upheld" else "Claim number", case), ("Provider", clinic[0]),
            ("Date(s) of service", " and ".join(fmt_date(x, ds) for x in dates)),
            ("Amount billed", fmt_money(total))]
    if kind == "upheld":
        info.insert(4, ("Appeal received", fmt_date(dec - dt.timedelta(days=r.randint(14, 25)), ds)))
    kv(d, info, w=46)
    d.para(f"Dear {f['member'][1]} {f['member'][3]},")
    d.para(f"We reviewed the claim from {clinic[0]} for services on "
           + " and ".join(fmt_date(x, ds) for x in dates) + f". The vaccines were given by {f['nurse']} on the "
           f"order of {f['doc']}. You told the clinic you were leaving on {fmt_date(trip, ds)}.")
    d.table(["Date", "Code", "Service", "Billed"],
            [[fmt_date(a, ds), c, desc, fmt_money(b)] for a, c, desc, b in rows] +
            [["*Total", "", "", fmt_money(total)]], [30, 18, 100, 26], size=8.6, aligns="LLLR")
    d.text_line("Why we made this decision" if kind != "upheld" else "Our decision", 11, "B")
    d.para(reason)
    d.text_line("What you can do", 11, "B")
    d.para(appeal + f" Send it to {KES}, Appeals and Grievances, {ADDR[KES][0]}, {ADDR[KES][1]}, or call "
                    f"{f['ph']} (TTY 711). Keep a copy of this letter.")
    if kind != "upheld":
        d.para("Note: vaccines that are part of routine adult immunization (for example hepatitis A or B, tetanus, "
               "influenza) are covered as preventive care even if you also plan to travel.", 9)
    d.para("Sincerely,\nUtilization and Claims Review\n" + KES)
    t = truth("denial_letter", den, insurer=KES, member_id=mid, group_number=grp, member_name=f["member"][0],
              case_numbers=[case], claim_amount=m2(total), service_dates=[iso(x) for x in dates],
              denial_date=iso(dec), provider=clinic[0], appeal_deadline=iso(deadline), denial_alternates=dalt)
    return pdf_bytes(d), t


# ------------------------------------------------- Sorrel Bay EOB: hep A paid, typhoid and consult denied
def sor_eob(i: int):
    f = facts(i)
    r = f["r"]
    mid, grp = f"SB{r.digits(8)}", f"{r.digits(3)}-{r.digits(4)}"
    stmt = dt.date(2026, 4, 6) + dt.timedelta(days=r.randint(0, 120))
    dos = stmt - dt.timedelta(days=r.randint(20, 35))
    claim = f"26{r.digits(3)}E{r.digits(5)}"
    clinic = CLINICS[2]
    rows = lines(r, ["99401", "90632", "90471", "90691", "90472"], [dos] * 5)
    total = tot(rows)
    d = Doc("Helvetica")
    d.add_page()
    sor_head(d, f)
    d.text_line("Your Explanation of Benefits", 14, "B")
    d.ln(1)
    d.boxes([("Issued", fmt_date(stmt, "iso"), 30),
             ("Patient", f["member"][0], 52), ("ID number", mid, 36), ("Group", grp, 26), ("Claim", claim, 36)],
            value_size=9)
    d.ln(3)
    y = d.get_y()
    addressee(d, f)
    d.set_xy(120, y)
    d.font(8.5)
    d.multi_cell(78, 4.2, f"Provider: {clinic[0]}\nAdministered by: {f['nurse']}\nPatient date of birth: "
                 f"{fmt_date(f['dob'], 'iso')}\nDeductible met this year: {fmt_money(r.randint(300, 900))}")
    d.set_y(y + 26)
    body, paid_sum, owe_sum, denied = [], 0.0, 0.0, 0.0
    for dd, c, desc, b in rows:
        if c in ("90632", "90471"):
            plan, owe, note = round(b * 0.82, 2), 0.0, "P10"
        else:
            plan, owe, note = 0.0, b, "X44"
            denied += b
        paid_sum += plan
        owe_sum += owe
        body.append([fmt_date(dd, "iso"), c, desc[:42], fmt_money(b, "nosign"), fmt_money(plan, "nosign"),
                     fmt_money(owe, "nosign"), note])
    body.append(["*Total", "", "", fmt_money(total, "nosign"), fmt_money(paid_sum, "nosign"),
                 fmt_money(owe_sum, "nosign"), ""])
    d.table(["Date", "Service", "Description", "Charged", "Plan pays", "You owe", "Note"], body,
            [22, 15, 70, 19, 19, 19, 14], size=8, aligns="LLLRRRL", border_head="TB")
    d.text_line("Notes", 10, "B")
    d.para("P10  Paid as a routine adult vaccine under preventive care (ACIP schedule), no cost share. The "
           "administration of a covered vaccine is paid with it.", 9, 1)
    d.para("X44  Not covered: immunizations and counseling for international travel are excluded under your plan. "
           "The typhoid vaccine, its administration and the travel consultation are denied.", 9)
    d.text_line("Questions or disagree?", 10, "B")
    d.para(f"Call {f['ph']}. You can file an appeal within 180 days of the date this "
           f"notice was issued. Mail: {SOR}, Appeals, {ADDR[SOR][0]}, {ADDR[SOR][1]}.", 9)
    t = truth("eob", "not_covered", insurer=SOR, member_id=mid, group_number=grp, member_name=f["member"][0],
              case_numbers=[claim], claim_amount=m2(total), service_dates=[iso(dos)], denial_date=iso(stmt),
              provider=clinic[0], appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              alternates={"claim_amount": [m2(denied)]})
    return pdf_bytes(d), t


# ------------------------------------------------- Sorrel Bay letter: rabies pre-exposure and cholera excluded
def sor_letter(i: int):
    f = facts(i)
    r = f["r"]
    mid, grp = f"SB{r.digits(8)}", f"{r.digits(3)}-{r.digits(4)}"
    dec = dt.date(2026, 5, 11) + dt.timedelta(days=r.randint(0, 90))
    first = dec - dt.timedelta(days=r.randint(30, 45))
    second = first + dt.timedelta(days=7)
    ref = f"SBH-{r.digits(7)}"
    clinic = CLINICS[0]
    rows = lines(r, ["99401", "90675", "90471", "90625", "90675", "90471"],
                 [first] * 4 + [second] * 2)
    total = tot(rows)
    d = Doc("Helvetica", footer="Sorrel Bay Health  -  Form SBH-DN-3 (2026)  -  page {p}/{n}")
    d.add_page()
    sor_head(d, f)
    d.text_line(fmt_date(dec, "wlong"))
    d.ln(3)
    addressee(d, f)
    d.text_line(f"RE: Claim {ref} - services on {fmt_date(first, 'abbr')} and {fmt_date(second, 'abbr')}", 11, "B")
    d.ln(2)
    d.para(f"Dear {f['member'][1]} {f['member'][3]}:")
    d.para(f"Your identification number is {mid} (group {grp}). {clinic[0]} sent us a claim for "
           f"{fmt_money(total)} for a travel health visit, two doses of rabies vaccine and an oral cholera "
           f"vaccine before your trip to {f['dest']}. {f['nurse']} gave the vaccines; {f['doc']} signed the "
           "orders. We have denied the claim in full.")
    d.para("Rabies vaccine given before any exposure (pre-exposure prophylaxis) because of planned travel is a "
           "travel immunization. Your plan excludes travel immunizations and the visits for them. If you are ever "
           "bitten or scratched by an animal, rabies vaccine and immune globulin given after the exposure are "
           "covered as treatment of an injury.")
    d.table(["Date", "Code", "Service", "Charge", "Status"],
            [[fmt_date(a, "abbr"), c, desc, fmt_money(b), "Denied - excluded"] for a, c, desc, b in rows],
            [26, 16, 84, 22, 32], size=8.3, aligns="LLLRL")
    d.para("You have the right to appeal. Your written appeal must be filed within 180 days of the date of this "
           f"letter. Send it to {SOR}, Appeals, {ADDR[SOR][0]}, {ADDR[SOR][1]}, with any documents you want us "
           "to consider. You may ask for copies of the plan documents we used, free of charge.")
    d.para(f"Sincerely,\nClaims Review, {SOR}")
    t = truth("denial_letter", "not_covered", insurer=SOR, member_id=mid, group_number=grp,
              member_name=f["member"][0], case_numbers=[ref], claim_amount=m2(total),
              service_dates=[iso(first), iso(second)], denial_date=iso(dec), provider=clinic[0],
              appeal_deadline=iso(dec + dt.timedelta(days=180)))
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    return [
        Item(f"{FAMILY}_bd_eob_yellow_fever_typhoid_consult_excluded", "born_digital", [brw_eob(0, "travel")]),
        Item(f"{FAMILY}_bd_letter_japanese_encephalitis_series", "born_digital", [kes_letter(1, "je")]),
        Item(f"{FAMILY}_scan300_eob_rabies_after_dog_bite_paid", "scan_clean_300", [brw_eob(2, "bite")]),
        Item(f"{FAMILY}_lowres_eob_hep_a_paid_typhoid_denied", "scan_lowres_150", [sor_eob(3)]),
        Item(f"{FAMILY}_fax_letter_travel_clinic_out_of_network", "fax_fine_g4", [kes_letter(4, "oon")]),
        Item(f"{FAMILY}_rotated_appeal_upheld_yellow_fever", "rotated", [kes_letter(5, "upheld")]),
        Item(f"{FAMILY}_copy_letter_rabies_pre_exposure_cholera", "photocopy", [sor_letter(6)]),
    ]
