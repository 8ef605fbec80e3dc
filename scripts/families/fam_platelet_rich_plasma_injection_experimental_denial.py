"""Family 'platelet_rich_plasma_injection_experimental_denial': plan, third-party administrator and Medicare
Advantage letters and EOBs on platelet-rich plasma (PRP) injections, CPT 0232T ("injection(s), platelet rich plasma,
any site, including image guidance, harvesting and preparation when performed"), for tendons and joints, and a PRP
add-on during an arthroscopic rotator cuff repair (29827 / 29826), plus a sports medicine clinic's self-pay waiver.

Issuers (all invented): Quillfeather Health Insurance Company (commercial; post-service denial, pre-service denial,
upheld appeal), Tamsworth Health (commercial EOB for the surgery), Wexcombe Benefit Administrators (TPA of a
self-funded employer plan), Sedgewick Advantage Health Plan (Medicare Advantage EOB), Brindlemoor Health Cooperative
(claim denial in a fax stack behind the clinic's cover sheet and the member's signed waiver).
Reasons: experimental / investigational under the medical policy (every denial); the surgery paid with the PRP
line denied; a signed self-pay waiver (document type other); an upheld appeal citing the policy.
Decoys: the referring physician (primary care, podiatry), the surgeon beside the surgery center, dates of birth,
NPIs, the MRI and request-received dates, the paid office-visit claim, allowed / paid / copay amounts, phone and
fax numbers, the clinic's patient account number.
Seeds random.Random(234600 + i); name lists are this family's own.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "platelet_rich_plasma_injection_experimental_denial"
LANG = "en"

FIRST = ["Isadora", "Kwabena", "Marisela", "Thorsten", "Anjali", "Declan", "Ebele", "Rosalind", "Matthias",
         "Yuki", "Cordelia", "Tiberius", "Folasade", "Wilhelmina", "Ignatius", "Soledad"]
LAST = ["Ravensworth", "Okafor-Hale", "Brzezinski", "Tillinghast", "Ramaswamy", "Kilbride", "Vanterpool",
        "Esterhazy", "Mbatha", "Hollingsworth", "Quesnel", "Stroud", "Achterberg", "Delacourt", "Nwachukwu"]
STREETS = ["Pelham Crescent", "Cider Mill Lane", "Osage Trail", "Brookfield Terrace", "Windlass Way",
           "Granary Road", "Chestnut Hollow"]
CITIES = [("Boise", "ID", "83702"), ("Lansing", "MI", "48933"), ("Roanoke", "VA", "24011"),
          ("Sioux Falls", "SD", "57104"), ("Flagstaff", "AZ", "86001"), ("Eau Claire", "WI", "54701")]
SPORTS_DOCS = ["Dr. Caspian Wrexley", "Dr. Obiageli Marchbanks", "Dr. Henrietta Szalai", "Dr. Joaquin Ellery",
               "Dr. Priyamvada Kent", "Dr. Anders Holloway-Basu"]
REFERRERS = ["Dr. Millicent Greaves", "Dr. Babajide Okonkwo-Ross", "Dr. Sorcha Deveraux", "Dr. Emil Varga",
             "Dr. Lucinda Tremaine", "Dr. Rashid Al-Amin"]
CLINICS = ["Cresthaven Sports Medicine", "Tallpine Sports & Regenerative Medicine Clinic",
           "Ironbridge Sports Medicine Associates", "Westvale Orthopedic & Sports Clinic"]
ASCS = ["Northpoint Ambulatory Surgery Center", "Lakemont Surgery Center, LLC"]

QUIL, TAMS, WEXC, SEDG, BRIN = ("Quillfeather Health Insurance Company", "Tamsworth Health",
                                "Wexcombe Benefit Administrators", "Sedgewick Advantage Health Plan",
                                "Brindlemoor Health Cooperative")
ADDR = {QUIL: ("PO Box 60412", "Boise, ID 83707"), TAMS: ("500 Tamsworth Plaza", "Lansing, MI 48909"),
        WEXC: ("7720 Ridgeback Parkway, Suite 210", "Roanoke, VA 24019"), SEDG: ("PO Box 11873", "Flagstaff, AZ 86003"),
        BRIN: ("PO Box 2264", "Eau Claire, WI 54702")}
POLICY = "Medical Policy 2.01.16: Platelet-Rich Plasma and Autologous Blood-Derived Injections"


class R(random.Random):
    def digits(self, n: int) -> str:
        return "".join(self.choice("0123456789") for _ in range(n))

    def letters(self, n: int) -> str:
        return "".join(self.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))

    def person(self):
        return (lambda fi, mi, la: (f"{fi} {mi}. {la}", fi, mi, la))(self.choice(FIRST),
                                                                   self.choice("ABCDEFGHJKLMNPRSTVW"),
                                                                   self.choice(LAST))

    def address(self):
        city, st, z = self.choice(CITIES)
        return f"{self.randint(14, 9870)} {self.choice(STREETS)}", f"{city}, {st} {z}"

    def phone(self) -> str:
        return f"1-{self.choice(['800', '833', '844', '855', '866', '877', '888'])}-{self.digits(3)}-{self.digits(4)}"

    def local(self) -> str:
        return f"({self.randint(201, 989)}) {self.digits(3)}-{self.digits(4)}"

    def npi(self) -> str:
        return self.choice("12") + self.digits(9)

    def money(self, lo: int, hi: int) -> float:
        return round(self.randint(lo, hi) + self.choice([0, 0.5, 0.25, self.randint(1, 99) / 100]), 2)


def dd(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def pairs(d: Doc, rows, lw: float = 52, size: float = 9.8, h: float = 5.2, x: float | None = None) -> None:
    for k, v in rows:
        d.set_x(d.l_margin if x is None else x)
        d.font(size, "B")
        d.cell(lw, h, k + ("" if k.endswith(":") else ":"))
        d.font(size)
        d.cell(0, h, v, new_x="LMARGIN", new_y="NEXT")


def address_block(d: Doc, name: str, addr, size: float = 10.5) -> None:
    for ln in (name, *addr):
        d.text_line(ln, size)
    d.ln(4)


def letterhead(d: Doc, ins: str, ph: str) -> None:
    a = ADDR[ins]
    if ins == QUIL:
        d.text_line("QUILLFEATHER", 21, "B")
        d.text_line("Health Insurance Company", 10)
        d.text_line(f"{a[0]}  {a[1]}   Customer Service {ph}", 8.5)
        d.rule(0.8, 1)
    elif ins == TAMS:
        d.text_line("Tamsworth Health", 18, "B", align="R")
        d.text_line(f"{a[0]}, {a[1]}", 8.5, align="R")
        d.text_line(f"Member line {ph}", 8.5, align="R")
        d.rule(0.3, 1)
    elif ins == WEXC:
        d.text_line(WEXC, 14, "B")
        d.text_line("Third-party administrator for the Ostrander Tool & Die Co. Employee Health Plan", 8.5)
        d.text_line(f"{a[0]}, {a[1]}   {ph}", 8.5)
        d.rule(0.4, 1)
    elif ins == SEDG:
        d.text_line("SEDGEWICK", 20, "B")
        d.text_line(f"{SEDG}  (PPO)  Medicare Advantage", 9)
        d.text_line(f"{a[0]}, {a[1]}  -  {ph} (TTY 711)", 8.5)
        d.rule(0.5, 1)
    elif ins == BRIN:
        d.text_line(BRIN, 15, "B", align="C")
        d.text_line(f"{a[0]}  *  {a[1]}  *  Member Services {ph}", 8.5, align="C")
        d.rule(0.5, 1)
    d.ln(4)


def facts(i: int) -> dict:
    r = R(234600 + i)
    dec = dt.date(2026, 1, 26) + dt.timedelta(days=r.randint(0, 140))
    dos = dd(dec, -r.randint(18, 48))
    return dict(r=r, dec=dec, dos=dos, member=r.person(), addr=r.address(),
                dob=dt.date(r.randint(1958, 1996), r.randint(1, 12), r.randint(1, 28)),
                clinic=r.choice(CLINICS), doc=r.choice(SPORTS_DOCS), ref=r.choice(REFERRERS), asc=r.choice(ASCS),
                ph=r.phone(), fax=r.local(), npi=r.npi(), rnpi=r.npi(), cph=r.local())


def experimental_para(site: str) -> str:
    return (f"Platelet-rich plasma injections for {site} are considered experimental/investigational under "
            f"{POLICY}. The published studies do not show that PRP improves health outcomes compared with "
            "standard treatment, and the results vary with how the PRP is prepared. Services that are "
            "experimental or investigational are excluded from coverage under your plan.")


# ---------------------------------------------------------------- A: post-service, lateral epicondylitis
def doc_a(f: dict):
    r = f["r"]
    d = Doc("Helvetica", footer="Quillfeather Health Insurance Company - Page {p} of {n}")
    d.add_page()
    letterhead(d, QUIL, f["ph"])
    m = f["member"]
    mid, grp, claim = f"QF{r.digits(10)}", f"{r.digits(7)}", f"{r.digits(5)}-{r.digits(6)}"
    amt = r.money(780, 1250)
    d.text_line(fmt_date(f["dec"], "long"))
    d.ln(3)
    address_block(d, m[0], f["addr"])
    d.text_line("We have denied a claim", 13, "B")
    d.ln(2)
    pairs(d, [("Member", m[0]), ("Member ID", mid), ("Group", grp), ("Claim number", claim),
              ("Provider", f["clinic"]), ("Service", "0232T platelet-rich plasma injection, right elbow"),
              ("Date of service", fmt_date(f["dos"], "long")), ("Amount billed", fmt_money(amt))], lw=40)
    d.ln(3)
    d.para(f"Dear {m[1]} {m[3]}:")
    d.para(f"We received a claim from {f['clinic']} for a platelet-rich plasma (PRP) injection into the tendon at "
           f"the outside of your right elbow (lateral epicondylitis, or tennis elbow). You were referred by "
           f"{f['ref']} (NPI {f['rnpi']}). We have denied the claim.")
    d.text_line("Reason for denial", 11, "B")
    d.para(experimental_para("tendon conditions such as lateral epicondylitis"))
    d.text_line("Your right to appeal", 11, "B")
    d.para("If you disagree with this decision, you may file an appeal within 180 days of the date of this letter. "
           f"Write to Quillfeather Appeals Department, {ADDR[QUIL][0]}, {ADDR[QUIL][1]}, or fax {f['fax']}. "
           "Include your member ID, the claim number and any information you want us to consider. You may ask for "
           "a free copy of the medical policy and the records used to make this decision.")
    d.para("Sincerely,\nClaims Department\nQuillfeather Health Insurance Company")
    t = truth("denial_letter", "experimental", "en", insurer=QUIL, member_id=mid, group_number=grp,
              member_name=m[0], case_numbers=[claim], claim_amount=m2(amt), service_dates=[iso(f["dos"])],
              denial_date=iso(f["dec"]), provider=f["clinic"], appeal_deadline=iso(dd(f["dec"], 180)),
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- B: surgery EOB, PRP add-on line denied
def doc_b(f: dict):
    r = f["r"]
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, TAMS, f["ph"])
    m = f["member"]
    sub = r.person()
    mid, grp, claim = f"TMH-{r.digits(8)}", f"{r.digits(4)}-{r.digits(3)}", f"{r.digits(12)}"
    c1, c2, c3 = r.money(5200, 6900), r.money(1800, 2600), r.money(900, 1400)
    a1, a2 = round(c1 * 0.48, 2), round(c2 * 0.45, 2)
    coins = round((a1 + a2) * 0.2, 2)
    total = round(c1 + c2 + c3, 2)
    d.text_line("Explanation of Benefits", 16, "B")
    d.text_line("This is not a bill. It shows how we processed the claim below.", 9)
    d.ln(2)
    y = d.get_y()
    pairs(d, [("Date issued", fmt_date(f["dec"], "dmy")), ("Subscriber", sub[0]), ("Patient", m[0]),
              ("Member ID", mid), ("Group", grp)], lw=30, size=9)
    d.set_xy(18 + 96, y)
    pairs(d, [("Claim number", claim), ("Facility", f["asc"]), ("Surgeon", f["doc"]),
              ("Referred by", f["ref"]), ("Patient DOB", fmt_date(f["dob"], "dmy"))], lw=28, size=9, x=18 + 96)
    d.ln(4)
    rows = [[fmt_date(f["dos"], "dmy"), "29827", "Arthroscopic rotator cuff repair", fmt_money(c1, "nosign"),
             fmt_money(a1, "nosign"), fmt_money(round(a1 * 0.8, 2), "nosign"), fmt_money(round(a1 * 0.2, 2), "nosign"),
             "20"],
            [fmt_date(f["dos"], "dmy"), "29826", "Subacromial decompression add-on", fmt_money(c2, "nosign"),
             fmt_money(a2, "nosign"), fmt_money(round(a2 * 0.8, 2), "nosign"), fmt_money(round(a2 * 0.2, 2), "nosign"),
             "20"],
            [fmt_date(f["dos"], "dmy"), "0232T", "Platelet-rich plasma injection", fmt_money(c3, "nosign"), "0.00",
             "0.00", "0.00", "X9"],
            ["*Totals", "", "", fmt_money(total, "nosign"), fmt_money(a1 + a2, "nosign"),
             fmt_money(round(a1 + a2 - coins, 2), "nosign"), fmt_money(coins, "nosign"), ""]]
    d.table(["Service date", "Code", "Service", "Charged", "Allowed", "Plan paid", "Coinsurance", "Note"], rows,
            [22, 14, 54, 21, 20, 20, 20, 10], size=8.2, aligns="LLLRRRRL")
    d.text_line("Notes", 10.5, "B")
    d.para("20 - Paid at 80% after deductible; your 20% coinsurance applies.", 9.2)
    d.para("X9 - Denied: experimental or investigational. Platelet-rich plasma used during an orthopedic "
           f"surgery to improve healing is investigational under {POLICY}. The surgery itself was covered. "
           "This facility is in network and cannot bill you for the denied line.", 9.2)
    d.text_line("If you disagree", 10.5, "B")
    d.para("You may appeal within 180 days after you receive this statement. Write to Tamsworth Health Appeals, "
           f"{ADDR[TAMS][0]}, {ADDR[TAMS][1]}, or call {f['ph']}.", 9.2)
    t = truth("eob", "experimental", "en", insurer=TAMS, member_id=mid, group_number=grp, member_name=m[0],
              case_numbers=[claim], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(f["dec"]), provider=f["asc"], appeal_deadline=None,
              alternates={"claim_amount": [m2(c3)], "provider": [f["doc"]],
                          "appeal_deadline": [iso(dd(f["dec"], 180))]},
              type_alternates=["denial_letter"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- C: pre-service, knee osteoarthritis series
def doc_c(f: dict):
    r = f["r"]
    d = Doc("Times", footer=None)
    d.add_page()
    letterhead(d, QUIL, f["ph"])
    m = f["member"]
    mid, grp, req = f"QF{r.digits(10)}", f"{r.digits(7)}", f"PA-{r.digits(3)}-{r.digits(5)}"
    recv = dd(f["dec"], -r.randint(2, 6))
    planned = dd(f["dec"], r.randint(8, 20))
    mri = dd(recv, -r.randint(40, 100))
    d.text_line(fmt_date(f["dec"], "slash"))
    d.ln(3)
    address_block(d, m[0], f["addr"])
    d.text_line("Prior Authorization Request: Not Approved", 13, "B")
    d.ln(2)
    d.boxes([("Member ID", mid, 48), ("Group", grp, 30), ("Request number", req, 48),
             ("Received", fmt_date(recv, "slash"), 48)])
    d.ln(3)
    pairs(d, [("Patient", m[0]), ("Date of birth", fmt_date(f["dob"], "slash")),
              ("Requested by", f"{f['doc']}, {f['clinic']}"),
              ("Service", "0232T PRP injection, left knee, series of 3"),
              ("Requested start date", fmt_date(planned, "slash"))], lw=45)
    d.ln(3)
    d.para(f"Dear {m[1]} {m[3]}:")
    d.para(f"{f['clinic']} asked us to approve a series of three platelet-rich plasma injections into your left "
           f"knee for osteoarthritis. We reviewed the request, the MRI report of {fmt_date(mri, 'slash')} and the "
           f"referral from your primary care doctor, {f['ref']}. We cannot approve this request.")
    d.text_line("Why", 11, "B")
    d.para(experimental_para("osteoarthritis of the knee"))
    d.para("Other treatments for knee osteoarthritis, such as physical therapy, corticosteroid injections or "
           "hyaluronic acid injections, may be covered. Ask your doctor about them.")
    d.text_line("How to appeal", 11, "B")
    d.para("You or your doctor may appeal within 180 days of the date of this letter. Send the appeal to "
           f"Quillfeather Appeals Department, {ADDR[QUIL][0]}, {ADDR[QUIL][1]}, fax {f['fax']}. A fast appeal is "
           f"decided within 72 hours if your doctor says waiting could seriously harm your health. Questions: "
           f"{f['ph']}.")
    d.para("Medical Director, Quillfeather Health Insurance Company", 10)
    t = truth("denial_letter", "experimental", "en", insurer=QUIL, member_id=mid, group_number=grp,
              member_name=m[0], case_numbers=[req], service_dates=[iso(planned)], denial_date=iso(f["dec"]),
              provider=f["clinic"], appeal_deadline=iso(dd(f["dec"], 180)), alternates={"provider": [f["doc"]]},
              denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- D: TPA, Achilles tendinopathy
def doc_d(f: dict):
    r = f["r"]
    d = Doc("Helvetica", footer="Plan No. 512  |  Page {p} of {n}")
    d.add_page()
    letterhead(d, WEXC, f["ph"])
    m = f["member"]
    emp = r.person()
    mid, claim = f"W{r.digits(9)}", f"WBA{r.digits(9)}"
    amt = r.money(850, 1400)
    dl = dd(f["dec"], 180)
    d.text_line(fmt_date(f["dec"], "abbr"))
    d.ln(3)
    address_block(d, emp[0], f["addr"])
    d.text_line("Notice of Adverse Benefit Determination", 13, "B")
    d.ln(2)
    pairs(d, [("Claimant / Patient", m[0]), ("Employee", emp[0]), ("Participant ID", mid),
              ("Plan", "Ostrander Tool & Die Co. Employee Health Plan"), ("Plan number", "512"),
              ("Claim number", claim), ("Provider", f["clinic"]), ("Date of service", fmt_date(f["dos"], "abbr")),
              ("Service", "0232T platelet-rich plasma injection, left Achilles tendon"),
              ("Amount of claim", fmt_money(amt, "usd"))], lw=44, size=9.6)
    d.ln(3)
    d.para(f"Wexcombe Benefit Administrators processes claims for the Plan. The claim above, for a PRP injection "
           f"given by {f['doc']} at {f['clinic']}, has been denied in full. Denial code CARC 55 "
           "(procedure/treatment is deemed experimental/investigational by the payer).")
    d.text_line("Plan provision", 11, "B")
    d.para("Summary Plan Description, Section 9, General Exclusions, item 14: \"Services, supplies, drugs or "
           "devices that are experimental, investigational or unproven\". The Plan follows the administrator's "
           "clinical guideline CG-MSK-31, which lists PRP injections for tendinopathy (including the Achilles "
           "tendon) as unproven.")
    d.text_line("Your appeal rights", 11, "B")
    d.para(f"You may appeal this determination. Your written appeal must be received by {fmt_date(dl, 'abbr')}. "
           f"Send it to Wexcombe Benefit Administrators, Appeals, {ADDR[WEXC][0]}, {ADDR[WEXC][1]}. You have the "
           "right to bring a civil action under section 502(a) of ERISA after the appeal process. You may ask for "
           "copies of documents relevant to your claim free of charge.")
    t = truth("denial_letter", "experimental", "en", insurer=WEXC, member_id=mid, plan_id="512",
              member_name=m[0], case_numbers=[claim], claim_amount=m2(amt), service_dates=[iso(f["dos"])],
              denial_date=iso(f["dec"]), provider=f["clinic"], appeal_deadline=iso(dl),
              alternates={"provider": [f["doc"]], "plan_id": [None]}, denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- E: upheld appeal (phone photo)
def doc_e(f: dict):
    r = f["r"]
    d = Doc("Helvetica", footer=None)
    d.add_page()
    letterhead(d, QUIL, f["ph"])
    m = f["member"]
    mid, grp = f"QF{r.digits(10)}", f"{r.digits(7)}"
    apl, claim = f"AP{r.digits(8)}", f"{r.digits(5)}-{r.digits(6)}"
    amt = r.money(900, 1500)
    d.text_line(fmt_date(f["dec"], "iso"))
    d.ln(3)
    address_block(d, m[0], f["addr"])
    d.text_line("Your appeal has been decided", 13, "B")
    d.ln(2)
    pairs(d, [("Member", m[0]), ("Member ID", mid), ("Group", grp), ("Appeal ID", apl),
              ("Claim number", claim), ("Provider", f["clinic"]), ("Service date", fmt_date(f["dos"], "iso")),
              ("Billed", fmt_money(amt))], lw=36)
    d.ln(2)
    d.para(f"We reviewed your appeal of our denial of a platelet-rich plasma injection (0232T) into your right "
           f"patellar tendon. A physician board-certified in sports medicine, who was not part of the first "
           f"decision, reviewed the letter from {f['doc']}, the referral from {f['ref']} and the studies you sent.")
    d.text_line("Decision: denial upheld", 11.5, "B")
    d.para(f"{POLICY} states that PRP injections for tendinopathy, including patellar tendinopathy, are "
           "experimental/investigational. The studies sent are small and do not show a lasting benefit over "
           "exercise therapy. The claim remains denied.")
    d.text_line("Next steps", 11, "B")
    d.para("You may ask for a second-level appeal within 60 days of the date of this letter, or ask for an "
           "external review by an independent review organization within 4 months. Call "
           f"{f['ph']} with questions.")
    d.para("Appeals Department, Quillfeather Health Insurance Company", 10)
    t = truth("denial_letter", "experimental", "en", insurer=QUIL, member_id=mid, group_number=grp,
              member_name=m[0], case_numbers=[apl, claim], claim_amount=m2(amt), service_dates=[iso(f["dos"])],
              denial_date=iso(f["dec"]), provider=f["clinic"], appeal_deadline=iso(dd(f["dec"], 60)),
              alternates={"case_numbers": [[apl]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- F: MA EOB, plantar fascia PRP, visit paid
def doc_f(f: dict):
    r = f["r"]
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, SEDG, f["ph"])
    m = f["member"]
    mid = f"SDG{r.digits(8)}"
    c_visit, c_prp = f"{r.digits(11)}", f"{r.digits(11)}"
    visit_day = dd(f["dos"], -r.randint(10, 20))
    v = r.money(220, 310)
    p1, p2 = r.money(700, 1100), r.money(120, 190)
    total = round(p1 + p2, 2)
    va = round(v * 0.55, 2)
    d.text_line("Explanation of Benefits", 15, "B")
    d.text_line(f"Statement date {fmt_date(f['dec'], 'upper')}  -  This is not a bill", 9)
    d.ln(2)
    pairs(d, [("Member", m[0]), ("Member ID", mid), ("Plan", "Sedgewick Advantage Choice (PPO) H7702-005")],
          lw=30, size=9.2)
    d.ln(3)
    d.text_line(f"Claim {c_visit}   {f['clinic']}", 10, "B")
    d.table(["Date", "Code", "Service", "Billed", "Approved", "Plan paid", "You owe", "Note"],
            [[fmt_date(visit_day, "upper"), "99204", "New patient office visit", fmt_money(v), fmt_money(va),
              fmt_money(round(va - 35, 2)), "$35.00", "A"]],
            [26, 14, 50, 22, 20, 20, 18, 10], size=8.2, aligns="LLLRRRRL")
    d.text_line(f"Claim {c_prp}   {f['clinic']}", 10, "B")
    d.table(["Date", "Code", "Service", "Billed", "Approved", "Plan paid", "You owe", "Note"],
            [[fmt_date(f["dos"], "upper"), "0232T", "PRP injection, plantar fascia", fmt_money(p1), "$0.00",
              "$0.00", "$0.00", "E"],
             [fmt_date(f["dos"], "upper"), "76942", "Ultrasound guidance", fmt_money(p2), "$0.00", "$0.00", "$0.00",
              "E"],
             ["*Claim total", "", "", fmt_money(total), "$0.00", "$0.00", "$0.00", ""]],
            [26, 14, 50, 22, 20, 20, 18, 10], size=8.2, aligns="LLLRRRRL")
    d.text_line("Notes", 10.5, "B")
    d.para("A - Specialist copay.", 9.2)
    d.para("E - Not covered: platelet-rich plasma injection for plantar fasciitis is experimental/investigational "
           "(Sedgewick clinical policy CP-0417). Ultrasound guidance is included in 0232T and is denied with it. "
           f"Rendering provider {f['doc']}; referred by {f['ref']}, DPM (NPI {f['rnpi']}). A network provider "
           "may not bill you for these lines.", 9.2)
    d.text_line("Appeals", 10.5, "B")
    d.para("If you disagree, you may ask for a reconsideration within 65 days of the date of this statement. Call "
           f"{f['ph']} or write to Sedgewick Appeals, {ADDR[SEDG][0]}, {ADDR[SEDG][1]}.", 9.2)
    t = truth("eob", "experimental", "en", insurer=SEDG, member_id=mid, plan_id="H7702-005", member_name=m[0],
              case_numbers=[c_prp], claim_amount=m2(total), service_dates=[iso(f["dos"])],
              denial_date=iso(f["dec"]), provider=f["clinic"], appeal_deadline=iso(dd(f["dec"], 65)),
              alternates={"provider": [f["doc"]], "plan_id": [None], "claim_amount": [m2(p1)]},
              type_alternates=["denial_letter"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- G: fax stack: clinic cover + waiver + denial
def cover(f: dict, pages: int) -> bytes:
    d = Doc("Helvetica", footer=None)
    d.add_page()
    d.text_line(f["clinic"], 15, "B")
    d.text_line(f"Billing Office   Phone {f['cph']}", 9)
    d.ln(6)
    d.text_line("FAX TRANSMITTAL", 20, "B")
    d.ln(4)
    pairs(d, [("To", f"{f['member'][0]}"), ("From", "Patient Accounts"), ("Pages", f"{pages} including cover"),
              ("Re", "Your PRP injection - signed waiver and your insurer's decision")], lw=30, size=11, h=8)
    d.ln(4)
    d.para("Attached are the financial responsibility waiver you signed before your injection and the denial we "
           "received from your health plan. As agreed in the waiver, the balance is now your responsibility. "
           "Please call us to set up a payment plan.", 11)
    d.para("CONFIDENTIALITY NOTICE: This fax may contain protected health information. If you received it in "
           "error, please notify the sender and destroy it.", 8.5)
    return pdf_bytes(d)


def doc_waiver(f: dict, mid: str, amt: float, acct: str):
    d = Doc("Helvetica", footer=None)
    d.add_page()
    m = f["member"]
    d.text_line(f["clinic"], 14, "B", align="C")
    d.text_line(f"Phone {f['cph']}", 8.5, align="C")
    d.ln(3)
    d.text_line("Patient Waiver: Financial Responsibility for Non-Covered Services", 12, "B", align="C")
    d.ln(3)
    pairs(d, [("Patient name", m[0]), ("Date of birth", fmt_date(f["dob"], "slash")), ("Account no.", acct),
              ("Insurance", f"{BRIN}, ID {mid}"), ("Physician", f["doc"]),
              ("Date of service", fmt_date(f["dos"], "slash"))], lw=40)
    d.ln(2)
    d.table(["Code", "Service", "Fee"], [["0232T", "Platelet-rich plasma injection, right hip (gluteal tendon)",
                                        fmt_money(amt)]], [22, 120, 30], size=9.5, aligns="LLR")
    d.para("I understand that my health plan is likely to deny payment for this service because it considers "
           "platelet-rich plasma injections experimental or investigational. I ask to receive the service. The "
           "clinic will submit a claim to my plan. If my plan denies payment, I agree to pay the fee above "
           "myself. I may change my mind before the service and not receive it.", 10)
    d.ln(2)
    d.para("[X] I want the service and agree to pay if my plan does not.\n[  ] I do not want the service.", 10)
    d.ln(2)
    d.text_line(f"Patient signature: {m[1]} {m[3]} (signed)          Date: {fmt_date(f['dos'], 'slash')}", 10)
    t = truth("other", None, "en", insurer=None, member_id=mid, member_name=m[0], claim_amount=m2(amt),
              service_dates=[iso(f["dos"])], denial_date=iso(f["dos"]), provider=f["clinic"],
              unscored=["insurer"], alternates={"claim_amount": [None], "denial_date": [None]})
    return pdf_bytes(d), t


def doc_brin(f: dict, mid: str, amt: float, claim: str, grp: str):
    d = Doc("Times", footer="Brindlemoor Health Cooperative  -  {p}/{n}")
    d.add_page()
    letterhead(d, BRIN, f["ph"])
    m = f["member"]
    d.text_line(fmt_date(f["dec"], "wlong"))
    d.ln(3)
    address_block(d, m[0], f["addr"])
    d.text_line("Claim Determination: Denied", 13, "B")
    d.ln(1)
    d.table(["Member ID", "Group", "Claim #", "Service date", "Billed"],
            [[mid, grp, claim, fmt_date(f["dos"], "wlong").split(", ", 1)[1], fmt_money(amt)]],
            [36, 26, 38, 44, 30], size=9.5)
    d.para(f"Dear {m[1]} {m[3]}:")
    d.para(f"We denied the claim from {f['clinic']} for a platelet-rich plasma injection (0232T) into the "
           f"tendons of your right hip, given by {f['doc']} after a referral from {f['ref']}.")
    d.text_line("Reason", 11, "B")
    d.para("Brindlemoor's coverage policy MP-604 lists platelet-rich plasma injections for any musculoskeletal "
           "condition as experimental and investigational. Experimental and investigational services are not "
           "covered under your Evidence of Coverage, Section 7.3.")
    d.para("The provider told us that you signed a waiver agreeing to pay for this service if we did not. "
           "Because of that signed waiver, the provider may bill you for the full amount.")
    d.text_line("Appeal", 11, "B")
    d.para("You may file an appeal within 180 days of the date of this letter by writing to Brindlemoor Health "
           f"Cooperative, Appeals, {ADDR[BRIN][0]}, {ADDR[BRIN][1]}, or by calling {f['ph']}.")
    d.para("Member Claims Services")
    t = truth("denial_letter", "experimental", "en", insurer=BRIN, member_id=mid, group_number=grp,
              member_name=m[0], case_numbers=[claim], claim_amount=m2(amt), service_dates=[iso(f["dos"])],
              denial_date=iso(f["dec"]), provider=f["clinic"], appeal_deadline=iso(dd(f["dec"], 180)),
              alternates={"provider": [f["doc"]]}, denial_alternates=["not_covered"])
    return pdf_bytes(d), t


def stack_g(f: dict):
    r = f["r"]
    mid, grp, claim = f"BHC{r.digits(9)}", f"{r.digits(5)}", f"{r.digits(4)}{r.letters(1)}{r.digits(7)}"
    acct = f"PA-{r.digits(6)}"
    amt = r.money(650, 1150)
    return [doc_waiver(f, mid, amt, acct), doc_brin(f, mid, amt, claim, grp)]


def documents(rng) -> list[Item]:
    fg = facts(6)
    docs = stack_g(fg)
    return [
        Item(f"{FAMILY}_bd_claim_denial_tennis_elbow", "born_digital", [doc_a(facts(0))]),
        Item(f"{FAMILY}_bd_eob_rotator_cuff_prp_line_denied", "born_digital", [doc_b(facts(1))]),
        Item(f"{FAMILY}_scan300_preservice_knee_oa_series", "scan_clean_300", [doc_c(facts(2))]),
        Item(f"{FAMILY}_lowres_tpa_achilles_tendinopathy", "scan_lowres_150", [doc_d(facts(3))]),
        Item(f"{FAMILY}_phone_appeal_upheld_patellar_tendon", "phone_photo", [doc_e(facts(4))]),
        Item(f"{FAMILY}_rotated_ma_eob_plantar_fascia", "rotated", [doc_f(facts(5))]),
        Item(f"{FAMILY}_faxstd_stack_cover_waiver_and_denial", "fax_standard_g4", docs,
             separators=[cover(fg, 3), None]),
    ]
