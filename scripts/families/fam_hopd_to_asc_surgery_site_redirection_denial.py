"""Family 'hopd_to_asc_surgery_site_redirection_denial': plan letters and EOBs denying (or reducing) surgery in a
hospital outpatient department because the procedure must be done in an ambulatory surgery center unless the
hospital-setting criteria are met; one approval for the hospital after a peer-to-peer review; one member EOB where
the surgeon's claim is paid and the hospital's facility claim denied; one fax stack (cover sheet, the denial and the
approval after peer review, same member). All values invented.

Issuers: Marrowstone Health Plan (pre-service letters, fax stack), Tolland Ridge Health Insurance Company (member
EOB, facility-claim letter, reduced-payment EOB), Pennock Valley Health (upheld appeal, member letter).
Decoys: the suggested ASC (and its address), facility NPI, the peer-to-peer deadline, request received date, date of
birth, ICD-10 codes, the surgeon's paid claim, ASC-rate amounts.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, m2, pdf_bytes, truth

FAMILY = "hopd_to_asc_surgery_site_redirection_denial"
LANG = "en"

MAR = "Marrowstone Health Plan"
TOL = "Tolland Ridge Health Insurance Company"
PEN = "Pennock Valley Health"
HOSP = ["St. Aldric Regional Medical Center", "Wexcombe General Hospital", "Harrowgate Memorial Hospital",
        "Innisfail Valley Hospital", "Calderbrook University Hospital", "Ormsby Lake Medical Center",
        "Fenmore Community Hospital"]
ASC = ["Northbay Surgery Center", "Quarrystone Ambulatory Surgery Center", "Lindenfield Surgical Suites",
       "Ridgeway Outpatient Surgery Center", "Mistral Point Surgery Center", "Copperhill Ambulatory Surgical Center",
       "Tamsin Creek Surgery Center"]
SURGEONS = ["Dr. Ifeoma C. Nwachukwu", "Dr. Bartholomew J. Stroud", "Dr. Leilani K. Kahananui",
            "Dr. Vikram A. Raghunathan", "Dr. Solveig M. Andersen", "Dr. Emeka O. Chukwuma", "Dr. Ysabel T. Ferrer"]
PROCS = [("29881", "Knee arthroscopy, meniscectomy"), ("64721", "Carpal tunnel release"),
         ("47562", "Laparoscopic cholecystectomy"), ("49505", "Inguinal hernia repair"),
         ("29827", "Shoulder arthroscopy, rotator cuff repair"), ("66984", "Cataract removal with lens implant"),
         ("45385", "Colonoscopy with polypectomy")]


def base(i: int) -> tuple[Rand, dict]:
    r = Rand(166600 + i)
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 130))
    return r, dict(member=r.person(), addr=r.address(), notice=notice, hosp=HOSP[i], asc=ASC[i], surg=SURGEONS[i],
                   proc=PROCS[i], hnpi=r.npi(), snpi=r.npi(), phone=r.phone(),
                   dob=dt.date(r.randint(1950, 1995), r.randint(1, 12), r.randint(1, 28)))


def kv(d: Doc, rows, lw: float = 42, size: float = 10, h: float = 5.4, x: float | None = None) -> None:
    for k, v in rows:
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, h, k)
        d.font(size)
        d.cell(0, h, v, new_x="LMARGIN", new_y="NEXT")


def head(d: Doc, name: str, sub: str) -> None:
    d.add_page()
    d.text_line(name, 14, "B")
    d.text_line(sub, 8.8)
    d.rule(0.5, 4)


# ------------------------------------------------------------- 1. pre-service letter, HOPD denied (bd)
def preservice(i: int, r=None, f=None):
    if r is None:
        r, f = base(i)
    m = f["member"]
    mid = f.get("mid") or "MHP" + r.digits(9)
    grp = f.get("grp") or r.digits(5)
    auth = f.get("auth") or "UM-26-" + r.digits(6)
    sched = f.get("sched") or f["notice"] + dt.timedelta(days=r.randint(12, 25))
    recv = f["notice"] - dt.timedelta(days=r.randint(2, 6))
    p2p = f["notice"] + dt.timedelta(days=14)
    deadline = f["notice"] + dt.timedelta(days=180)
    d = Doc("Helvetica", footer="MHP-UM-SOC-3  |  Page {p} of {n}")
    head(d, MAR, "Utilization Management  ·  PO Box 8812  ·  Bellingham, WA 98225")
    d.text_line(fmt_date(f["notice"], "long"), 10.5)
    d.ln(2)
    for ln in (m[0], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(4)
    d.text_line("Notice of Adverse Determination - Site of Service", 12.5, "B")
    d.ln(1)
    kv(d, [("Member", m[0]), ("Member ID", mid), ("Group number", grp), ("Authorization request #", auth),
           ("Requesting surgeon", f"{f['surg']} (NPI {f['snpi']})"), ("Requested site", f"{f['hosp']} - hospital outpatient"),
           ("Procedure", f"{f['proc'][0]} {f['proc'][1]}"), ("Scheduled date", fmt_date(sched, "long")),
           ("Request received", fmt_date(recv, "long"))], lw=50)
    d.ln(3)
    d.para(f"Dear {m[1]} {m[3]}:", 10.5)
    d.para(f"We approve the surgery itself, but not at {f['hosp']}. Under our Surgical Site of Care policy, "
           f"{f['proc'][1].lower()} ({f['proc'][0]}) must be done in an ambulatory surgery center unless you have a "
           "medical reason to need a hospital (for example severe heart or lung disease, a BMI over 50, or a need "
           "for overnight monitoring). The records sent do not show any of these reasons, so the hospital outpatient "
           "setting is not medically necessary.", 10.5)
    d.para(f"A network surgery center that can do this procedure is {f['asc']}, 415 Old Mill Road, Pueblo, CO 81003. "
           "Your surgeon can ask us to approve the surgery there.", 10.5)
    d.text_line("Peer-to-peer review", 11, "B")
    d.para(f"Your surgeon may talk with our physician reviewer by {fmt_date(p2p, 'long')} by calling {f['phone']}.",
           10.5)
    d.text_line("Your right to appeal", 11, "B")
    d.para("You may appeal within 180 days of the date of this letter. If waiting could seriously harm your health, "
           "ask for an expedited appeal (72 hours). You may also ask for an external review.", 10.5)
    t = truth("denial_letter", "level_of_care", "en", insurer=MAR, group_number=grp, member_id=mid,
              member_name=m[0], case_numbers=[auth], service_dates=[sched.isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["surg"], appeal_deadline=deadline.isoformat(),
              alternates={"provider": [f["hosp"]]}, denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


def approval(r: Rand, f: dict):
    m = f["member"]
    d = Doc("Helvetica", footer="MHP-UM-APR-1  |  Page {p} of {n}")
    head(d, MAR, "Utilization Management  ·  PO Box 8812  ·  Bellingham, WA 98225")
    d.text_line(fmt_date(f["appr"], "slash"), 10.5)
    d.ln(2)
    for ln in (m[0], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(4)
    d.text_line("Approval after peer-to-peer review", 12.5, "B")
    d.ln(1)
    kv(d, [("Member", m[0]), ("Member ID", f["mid"]), ("Group number", f["grp"]), ("Authorization #", f["auth"]),
           ("Surgeon", f["surg"]), ("Approved site", f"{f['hosp']} (hospital outpatient)"),
           ("Procedure", f"{f['proc'][0]} {f['proc'][1]}"), ("Date of surgery", fmt_date(f["sched"], "slash"))], lw=44)
    d.ln(3)
    d.para(f"On {fmt_date(f['appr'] - dt.timedelta(days=1), 'slash')} our medical director spoke with {f['surg']}. "
           "The surgeon explained that you have obstructive sleep apnea with a difficult airway on a prior "
           "anesthesia record, which meets our criteria for the hospital setting. We have changed our decision and "
           f"approve the surgery at {f['hosp']}. Our earlier letter about {f['asc']} no longer applies.", 10.5)
    d.para("This approval is good for 60 days from the date of surgery shown above. Your usual cost sharing applies.",
           10.5)
    t = truth("other", None, "en", insurer=MAR, group_number=f["grp"], member_id=f["mid"], member_name=m[0],
              case_numbers=[f["auth"]], service_dates=[f["sched"].isoformat()], denial_date=f["appr"].isoformat(),
              provider=f["surg"], alternates={"provider": [f["hosp"]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------- 2. fax stack: cover + denial + approval (fax fine)
def stack_docs(i: int):
    r, f = base(i)
    f.update(mid="MHP" + r.digits(9), grp=r.digits(5), auth="UM-26-" + r.digits(6),
             sched=f["notice"] + dt.timedelta(days=r.randint(15, 25)))
    f["appr"] = f["notice"] + dt.timedelta(days=r.randint(4, 8))
    return [preservice(i, r, f), approval(r, f)]


# ------------------------------------------------------------- 3. member EOB: surgeon paid, facility denied (scan 300)
def member_eob(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "TR" + r.digits(10)
    grp = "G" + r.digits(6)
    dos = f["notice"] - dt.timedelta(days=r.randint(25, 45))
    fac_claim, surg_claim = r.digits(11), r.digits(11)
    fac = 7400.0 + r.randint(0, 2500) + 0.60
    sfee = 1850.0 + r.randint(0, 400)
    sallow = round(sfee * 0.48, 2)
    deadline = f["notice"] + dt.timedelta(days=180)
    d = Doc("Helvetica", footer="Tolland Ridge Health Insurance Company  -  Explanation of Benefits  -  {p}/{n}")
    d.add_page()
    d.set_fill_color(40, 40, 40)
    d.set_text_color(255, 255, 255)
    d.font(14, "B")
    d.cell(0, 10, "  TOLLAND RIDGE HEALTH INSURANCE COMPANY", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(2)
    d.text_line("Explanation of Benefits  -  this is not a bill", 11, "B")
    d.ln(1)
    kv(d, [("Member", m[0]), ("Member ID", mid), ("Group", grp), ("Date of statement", fmt_date(f["notice"], "abbr")),
           ("Date of birth", fmt_date(f["dob"], "abbr"))], lw=40, size=9.5, h=5)
    d.ln(3)
    d.text_line(f"Claim {surg_claim}  -  {f['surg']} (surgeon)", 9.5, "B")
    d.table(["Date", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Code"],
            [[fmt_date(dos, "abbr"), f"{f['proc'][0]} {f['proc'][1]}", fmt_money(sfee), fmt_money(sallow),
              fmt_money(sallow - 250), "$250.00", "PD"]], [24, 64, 20, 20, 20, 18, 12], size=8, aligns="LLRRRRL")
    d.text_line(f"Claim {fac_claim}  -  {f['hosp']} (hospital outpatient facility)", 9.5, "B")
    d.table(["Date", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Code"],
            [[fmt_date(dos, "abbr"), "0360 Operating room services", fmt_money(fac - 1200), "$0.00", "$0.00", "$0.00", "SC4"],
             [fmt_date(dos, "abbr"), "0370 Anesthesia / 0710 Recovery", fmt_money(1200), "$0.00", "$0.00", "$0.00", "SC4"],
             ["*Claim total", "", fmt_money(fac), "$0.00", "$0.00", "$0.00", ""]],
            [24, 64, 20, 20, 20, 18, 12], size=8, aligns="LLRRRRL")
    d.text_line("What the codes mean", 10, "B")
    d.para("PD  Paid according to your plan's in-network benefits.", 8.8)
    d.para(f"SC4  Denied. This surgery is covered in an ambulatory surgery center (for example {f['asc']}). "
           "Hospital outpatient facility charges are covered only when the hospital-setting criteria are met and "
           "approved before surgery. The hospital is in network and may not bill you for this amount.", 8.8)
    d.text_line("Your right to appeal", 10, "B")
    d.para(f"You may appeal within 180 days of the date of this statement. Call {f['phone']} (TTY 711).", 8.8)
    t = truth("eob", "level_of_care", "en", insurer=TOL, group_number=grp, member_id=mid, member_name=m[0],
              case_numbers=[fac_claim], claim_amount=m2(fac), service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["hosp"], appeal_deadline=deadline.isoformat(),
              denial_alternates=["prior_authorization", "medical_necessity"])
    return pdf_bytes(d), t


# ------------------------------------------------------------- 4. reduced to ASC rate (bd)
def reduced(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "TR" + r.digits(10)
    grp = "G" + r.digits(6)
    dos = f["notice"] - dt.timedelta(days=r.randint(20, 40))
    claim = r.digits(11)
    fac = 6100.0 + r.randint(0, 1800) + 0.25
    asc_rate = 1480.0 + r.randint(0, 300)
    deadline = f["notice"] + dt.timedelta(days=180)
    d = Doc("Times")
    d.add_page()
    d.text_line("Tolland Ridge", 18, "B")
    d.text_line("Health Insurance Company  ·  Claims Department  ·  PO Box 2040  ·  Macon, GA 31201", 9)
    d.ln(5)
    d.text_line(fmt_date(f["notice"], "iso"), 11)
    d.ln(2)
    for ln in (m[0], *f["addr"]):
        d.text_line(ln, 11)
    d.ln(4)
    d.text_line("We paid part of a hospital outpatient surgery claim", 13, "B")
    d.ln(1)
    kv(d, [("Patient", m[0]), ("Subscriber ID", mid), ("Group #", grp), ("Claim #", claim),
           ("Facility", f"{f['hosp']}, NPI {f['hnpi']}"), ("Surgeon", f["surg"]),
           ("Service date", fmt_date(dos, "iso")), ("Procedure", f"{f['proc'][0]} {f['proc'][1]}"),
           ("Charges submitted", fmt_money(fac))], lw=44, size=10.5)
    d.ln(3)
    d.para(f"Your plan pays hospital outpatient surgery for {f['proc'][1].lower()} at the rate it would pay an "
           f"ambulatory surgery center, unless the hospital setting was medically required. The claim did not show "
           f"such a reason, so we allowed {fmt_money(asc_rate)} (the surgery center rate) and reduced the rest. "
           f"Network surgery centers such as {f['asc']} can do this procedure.", 11)
    d.para("Because the hospital is in our network, it may bill you only your cost share on the allowed amount.", 11)
    d.text_line("Appeal", 11.5, "B")
    d.para(f"To appeal, write to us within 180 days of the date of this letter, or call {f['phone']}.", 11)
    t = truth("denial_letter", "level_of_care", "en", insurer=TOL, group_number=grp, member_id=mid,
              member_name=m[0], case_numbers=[claim], claim_amount=m2(fac), service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["hosp"], appeal_deadline=deadline.isoformat(),
              denial_alternates=["medical_necessity"], type_alternates=["eob"])
    return pdf_bytes(d), t


# ------------------------------------------------------------- 5. facility claim denied, no authorization (photocopy)
def facility_letter(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "TR" + r.digits(10)
    grp = "G" + r.digits(6)
    dos = f["notice"] - dt.timedelta(days=r.randint(20, 40))
    claim = r.digits(11)
    fac = 8800.0 + r.randint(0, 2400) + 0.90
    recv = dos + dt.timedelta(days=r.randint(6, 12))
    deadline = f["notice"] + dt.timedelta(days=180)
    d = Doc("Helvetica")
    head(d, TOL, "Claims Department  ·  PO Box 2040  ·  Macon, GA 31201")
    d.text_line(f"Notice date: {fmt_date(f['notice'], 'dmy')}", 10.5)
    d.ln(2)
    for ln in (m[0], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(4)
    d.text_line("CLAIM DENIAL - HOSPITAL OUTPATIENT SURGERY", 12, "B")
    d.ln(1)
    d.table(["Member ID", "Group", "Claim", "Date of service", "Total billed"],
            [[mid, grp, claim, fmt_date(dos, "dmy"), fmt_money(fac)]], [36, 26, 36, 34, 30], size=9.5)
    kv(d, [("Hospital", f"{f['hosp']} (NPI {f['hnpi']})"), ("Surgeon", f["surg"]),
           ("Procedure", f"{f['proc'][0]} {f['proc'][1]}"), ("Claim received", fmt_date(recv, "dmy"))], lw=34)
    d.ln(3)
    d.para(f"We denied the hospital's facility claim. Your plan requires approval before {f['proc'][1].lower()} is "
           "done in a hospital outpatient department instead of an ambulatory surgery center. No site-of-care "
           "approval was asked for, and the records do not show a medical reason for the hospital setting. The "
           "surgeon's own claim is processed separately.", 10.5)
    d.para("The hospital is in network; under its contract it may not bill you for this denied claim.", 10.5)
    d.text_line("How to appeal", 11, "B")
    d.para(f"You or the hospital may appeal within 180 days of the notice date. Call {f['phone']}.", 10.5)
    t = truth("denial_letter", "level_of_care", "en", insurer=TOL, group_number=grp, member_id=mid,
              member_name=m[0], case_numbers=[claim], claim_amount=m2(fac), service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["hosp"], appeal_deadline=deadline.isoformat(),
              denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


# ------------------------------------------------------------- 6. member letter with CPT table (phone)
def member_letter(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "PVH-" + r.digits(8)
    grp = r.digits(4) + "-" + r.digits(2)
    ref = "SOC" + r.digits(7)
    sched = f["notice"] + dt.timedelta(days=r.randint(10, 20))
    deadline = f["notice"] + dt.timedelta(days=60)
    d = Doc("Helvetica")
    head(d, PEN, "Care Review  ·  PO Box 515  ·  Fargo, ND 58102")
    kv(d, [("Date", fmt_date(f["notice"], "abbr")), ("Member", m[0]), ("ID number", mid), ("Group", grp),
           ("Reference number", ref)], lw=40, size=10.5)
    d.ln(3)
    d.text_line("Your surgery is approved at a surgery center, not at the hospital", 12, "B")
    d.ln(1)
    d.para(f"{f['surg']} asked us to approve surgery for you at {f['hosp']} on {fmt_date(sched, 'abbr')}.", 10.5)
    d.table(["CPT", "Description", "Hospital outpatient", "Surgery center"],
            [[f["proc"][0], f["proc"][1], "Denied", "Approved"], ["43239", "Upper endoscopy with biopsy", "Denied",
                                                                  "Approved"]],
            [20, 80, 36, 36], size=9.5)
    d.para("These procedures are safe in an ambulatory surgery center for most people. Your records do not show a "
           "condition that needs a hospital, such as unstable heart disease or home oxygen use, so the hospital "
           f"setting is denied. You can have the surgery at {f['asc']}.", 10.5)
    d.para(f"Your surgeon may ask for a peer-to-peer review within 7 days. You may appeal within 60 days of the date "
           f"of this letter. Call {f['phone']}.", 10.5)
    t = truth("denial_letter", "level_of_care", "en", insurer=PEN, group_number=grp, member_id=mid,
              member_name=m[0], case_numbers=[ref], service_dates=[sched.isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["surg"], appeal_deadline=deadline.isoformat(),
              alternates={"provider": [f["hosp"]]}, denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ------------------------------------------------------------- 7. first-level appeal upheld (150 dpi)
def upheld(i: int):
    r, f = base(i)
    m = f["member"]
    mid = "PVH-" + r.digits(8)
    grp = r.digits(4) + "-" + r.digits(2)
    appeal = "APL-" + r.digits(7)
    ref = "SOC" + r.digits(7)
    sched = f["notice"] + dt.timedelta(days=r.randint(10, 20))
    deadline = f["notice"] + dt.timedelta(days=60)
    d = Doc("Times")
    head(d, PEN, "Appeals Unit  ·  PO Box 515  ·  Fargo, ND 58102")
    d.text_line(fmt_date(f["notice"], "wlong"), 11)
    d.ln(2)
    for ln in (m[0], *f["addr"]):
        d.text_line(ln, 11)
    d.ln(3)
    kv(d, [("Appeal number:", appeal), ("Original reference:", ref), ("Member ID:", mid), ("Group:", grp),
           ("Surgeon:", f["surg"]), ("Planned date:", fmt_date(sched, "slash"))], lw=44, size=10.5)
    d.ln(3)
    d.text_line("First-level appeal decision: denial upheld", 12.5, "B")
    d.para(f"Dear {m[1]} {m[3]}: a general surgeon who was not part of the first decision reviewed your appeal of "
           f"our decision not to approve {f['proc'][1].lower()} ({f['proc'][0]}) at {f['hosp']}. The letter from your "
           "surgeon says the hospital is closer to your home. Distance is not one of the medical criteria for the "
           f"hospital setting, so the surgery is still approved only at a surgery center such as {f['asc']}.", 11)
    d.para("If you disagree, you may ask for a second-level appeal within 60 days of the date of this letter, or ask "
           "for an external review within 4 months.", 11)
    t = truth("denial_letter", "level_of_care", "en", insurer=PEN, group_number=grp, member_id=mid,
              member_name=m[0], case_numbers=[appeal, ref], service_dates=[sched.isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["surg"], appeal_deadline=deadline.isoformat(),
              alternates={"provider": [f["hosp"]], "case_numbers": [[appeal]]})
    return pdf_bytes(d), t


PLAN = [
    ("bd_preservice_hopd_denied", "born_digital", preservice, None),
    ("bd_reduced_to_asc_rate", "born_digital", reduced, None),
    ("scan300_eob_surgeon_paid_facility_denied", "scan_clean_300", member_eob, None),
    ("faxfine_stack_denial_then_p2p_approval", "fax_fine_g4", stack_docs, ["cover", None]),
    ("copy_facility_claim_no_site_approval", "photocopy", facility_letter, None),
    ("phone_member_letter_cpt_table", "phone_photo", member_letter, None),
    ("lowres_appeal_upheld", "scan_lowres_150", upheld, None),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (s, c, fn, sep) in enumerate(PLAN):
        out = fn(i)
        items.append(Item(f"{FAMILY}_{s}", c, out if isinstance(out, list) else [out], separators=sep))
    return items
