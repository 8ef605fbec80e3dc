"""Family 'dental': a dental carrier's EOBs and pre-treatment / claim denial letters (CDT codes, tooth numbers).

Archway Dental Plans is fictional. Decoys: annual maximum and remaining balance, tooth and surface columns,
the dentist's license and NPI, a pre-treatment estimate number on the paid lines, patient-pay amounts.
Frequency limitations, the missing-tooth clause and unreceived x-rays are phrased the way dental carriers do.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, pdf_bytes, truth

FAMILY = "dental"
LANG = "en"
INSURER = "Archway Dental Plans"
DENTISTS = ["Dr. Rosalind Yee, DDS", "Dr. Marcus Delacroix, DMD", "Dr. Farah Haddadi, DDS", "Dr. Neil Gustafson, DDS"]
OFFICES = ["Bright Harbor Family Dentistry", "Northside Dental Group", "Cedar Point Dental Arts"]
KINDS = {
    # kind: (doc type, denial, lines [(cdt, desc, tooth, surf, lo, hi, denied)], code, remark)
    "freq": ("eob", "not_covered", [("D0120", "Periodic oral evaluation", "", "", 45, 80, False),
                                    ("D1110", "Prophylaxis - adult", "", "", 90, 140, True),
                                    ("D0274", "Bitewings - four films", "", "", 60, 95, False)], "F12",
             "Frequency limitation: prophylaxis is covered 2 times per benefit year. This patient has already "
             "received 2 this year."),
    "crown": ("denial_letter", "medical_necessity", [("D2740", "Crown - porcelain/ceramic", "14", "", 1100, 1650,
                                                       True)], "N21",
              "The x-rays and narrative show the tooth has a sound existing filling and no fracture or decay "
              "undermining the remaining tooth. A crown is not dentally necessary at this time."),
    "bridge": ("eob", "not_covered", [("D6240", "Pontic - porcelain fused to noble", "19", "", 900, 1300, True),
                                      ("D6750", "Retainer crown - PFM high noble", "18", "", 950, 1350, True),
                                      ("D6750", "Retainer crown - PFM high noble", "20", "", 950, 1350, True)], "M04",
               "Missing tooth clause: the plan does not cover a bridge to replace a tooth that was extracted before "
               "the patient's coverage began. Tooth #19 was extracted before the effective date."),
    "xray": ("denial_letter", "other", [("D2950", "Core buildup incl. pins", "3", "", 210, 330, True),
                                        ("D2750", "Crown - PFM high noble", "3", "", 1050, 1500, True)], "R02",
             "We asked the dental office for the pre-operative x-rays needed to review this claim and did not "
             "receive them. The claim is denied until they are received."),
    "oon": ("eob", "out_of_network", [("D7240", "Extraction, impacted tooth - complete bony", "32", "", 380, 620,
                                       True), ("D9230", "Nitrous oxide analgesia", "", "", 60, 110, True)], "O07",
            "Your DHMO plan pays only for care from your assigned network dental office, except emergencies. The "
            "treating dentist is not in the Archway network."),
    "implant": ("denial_letter", "not_covered", [("D6010", "Implant body, endosteal", "30", "", 1800, 2600, True),
                                                 ("D6058", "Implant crown, porcelain", "30", "", 1300, 1900, True)],
                "X09", "Dental implants and implant crowns are not a covered benefit under your plan (see "
                       "Limitations and Exclusions, item 14)."),
}
PLAN = [
    ("dental_bd_freq", "born_digital", "freq"),
    ("dental_bd_crown", "born_digital", "crown"),
    ("dental_scan_bridge", "scan_clean_300", "bridge"),
    ("dental_faxs_xray", "fax_standard_g4", "xray"),
    ("dental_photo_oon", "phone_photo", "oon"),
    ("dental_copy_implant", "photocopy", "implant"),
]


def build(r: Rand, kind: str) -> tuple[bytes, dict]:
    doc_type, denial, spec, code, remark = KINDS[kind]
    name, first, mid, last = r.person()
    sub = r.person() if r.random() < 0.4 else (name, first, mid, last)
    if sub[0] != name:
        name = f"{first} {mid}. {sub[3]}"
    notice = r.date(dt.date(2026, 1, 10), 250)
    pre = kind == "crown"
    dos = notice - dt.timedelta(days=r.randint(12, 60))
    dentist, office = r.choice(DENTISTS), r.choice(OFFICES)
    lines = [(cdt, desc, tooth, surf, float(r.amount(lo, hi)), den) for cdt, desc, tooth, surf, lo, hi, den in spec]
    total = round(sum(x[4] for x in lines), 2)
    denied_total = round(sum(x[4] for x in lines if x[5]), 2)
    member = f"{r.digits(3)} {r.digits(3)} {r.digits(3)}"
    group = f"AD{r.digits(5)}"
    claim = f"{notice.strftime('%y%j')}-{r.digits(5)}"
    pte = f"PTE{r.digits(8)}"
    ds = r.choice(["slash", "mdy_nopad"])
    d = Doc("Helvetica", footer="Archway Dental Plans  |  Page {p} of {n}", margins=(16, 14, 16))
    d.add_page()
    d.set_line_width(1.2)
    d.ellipse(16, 12, 22, 14)
    d.set_line_width(0.2)
    d.set_xy(41, 12)
    d.font(17, "B")
    d.cell(80, 7, "Archway Dental Plans")
    d.set_xy(41, 19)
    d.font(8)
    d.cell(80, 4, "PO Box 7314, Kalamazoo, MI 49003  |  1-888-555-0119  |  TTY 711")
    d.set_xy(130, 12)
    d.font(8)
    d.multi_cell(70, 4.2, f"Subscriber: {sub[0]}\nSubscriber No.: {member}\nGroup No.: {group}\n"
                          f"Plan: Archway {r.choice(['PPO Plus', 'DHMO 200', 'Essential PPO'])}", align="L",
                 border="L")
    d.set_y(36)
    title = {"eob": "Dental Explanation of Benefits", "denial_letter": "Notice of Dental Benefit Determination"}
    d.text_line(title[doc_type] + (" - Pre-Treatment Estimate" if pre else ""), size=13, style="B", h=7)
    d.text_line(f"Date of notice: {fmt_date(notice, ds)}    {'Estimate' if pre else 'Claim'} #: "
                f"{pte if pre else claim}", size=9.5)
    d.text_line(f"Patient: {name}    Treating dentist: {dentist} ({office})    NPI {r.npi()}", size=9)
    d.ln(3)
    rows = []
    for cdt, desc, tooth, surf, amt, den in lines:
        allowed = 0.0 if den else round(amt * 0.7, 2)
        paid = round(allowed * 0.8, 2)
        rows.append(["--" if pre else fmt_date(dos, ds), cdt, desc[:30], tooth, surf, fmt_money(amt, "nosign"),
                     fmt_money(allowed, "nosign"), fmt_money(paid, "nosign"),
                     fmt_money(amt - paid if kind != "xray" else 0, "nosign"), code if den else "A01"])
    rows.append(["*Total", "", "", "", "", fmt_money(total, "nosign"), "", "", "", ""])
    d.table(["Date", "CDT", "Procedure", "Th", "Surf", "Submitted", "Allowed", "Plan pays", "Pt pays", "Note"],
            rows, [18, 13, 52, 8, 9, 19, 16, 17, 16, 12], size=7.8, aligns="LLLLLRRRRL")
    used = r.randint(200, 1200)
    d.para(f"Annual maximum $1,500.00.  Used to date ${used:,}.00.  Remaining ${1500 - used:,}.00.  "
           f"Deductible $50.00 (met).", size=8.5)
    d.text_line("Notes", size=10, style="B")
    d.para(f"{code}  {remark}", size=9)
    d.para("A01  Processed per your plan's schedule of benefits.", size=9)
    if pre:
        d.para("This is an estimate, not a guarantee of payment. Benefits are based on eligibility and plan "
               "maximums on the date the service is performed.", size=9)
    d.text_line("Review of this decision", size=10, style="B")
    days = r.choice([180, 60])
    deadline = notice + dt.timedelta(days=days)
    if r.random() < 0.5:
        d.para(f"If you disagree, send a written request for review by {fmt_date(deadline, 'long')} to Archway "
               "Appeals, PO Box 7318, Kalamazoo, MI 49003. Include this notice and any x-rays or records.", size=9)
    else:
        d.para(f"If you disagree, send a written request for review within {days} days of the date of this notice "
               "to Archway Appeals, PO Box 7318, Kalamazoo, MI 49003. Include this notice and any x-rays or records.",
               size=9)
    d.para("If your appeal involves a question of dental necessity, a dentist who did not make the first decision "
           "will review it. You may also contact your state department of insurance. Archway Dental Plans complies "
           "with Federal civil rights laws. Espanol: llame al 1-888-555-0119. Tieng Viet: goi 1-888-555-0119.",
           size=7.5)
    cases = [pte] if pre else [claim]
    alts = {"provider": [office]}
    if denied_total != total:
        alts["claim_amount"] = [f"{denied_total:.2f}"]
    t = truth(doc_type, denial, insurer=INSURER, plan_id=None, group_number=group, member_id=member.replace(" ", ""),
              member_name=name, case_numbers=cases, claim_amount=f"{total:.2f}", service_dates=[] if pre else
              [iso(dos)], denial_date=iso(notice), provider=dentist.split(",")[0], appeal_deadline=iso(deadline),
              alternates=alts, denial_alternates=["other"] if kind == "freq" else [])
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    return [Item(stem, cond, [build(Rand(7700 + i), kind)]) for i, (stem, cond, kind) in enumerate(PLAN)]
