"""Family 'long_covid_multidisciplinary_rehabilitation_program_denial': an invented commercial plan (Kestrel Harbor
Health Plan) refusing a multidisciplinary post-COVID rehabilitation program (experimental / not medically
necessary), with a pulmonologist's letter, the rehabilitation clinic's statement, an EOB, an upheld appeal and an
approval of a narrower physical and occupational therapy course. All fictional; phones use 555.

Documents: a clean scan of a prior authorization denial with values under small captions in a grid (program
experimental under a medical policy; short two-digit-year dates); a standard fax of the pulmonologist's letter of
medical necessity to the plan, told only in sentences with a fax header line (denies nothing); the born-digital
clinic statement with five program sessions billed and the plan's denial shown (denies nothing; an amount
without cents); a rotated EOB with three claims, the program claim denied as experimental (two-line column
headings, totals row, remark-code legend); a 150 dpi two-page first-level appeal decision upholding the denial
(dash-leader label block, running header, appeal rights on page 2); a phone photo of the approval of a narrower
therapy course; a fine fax stack: a typed cover sheet, a denial of the cognitive rehabilitation part with its
duplex back, and the member's appeal letter fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, pdf_bytes, truth
from kit_roundde_famdef import addr_block, captions, fax_line, fd, heading, leader, pat, plus, table2, usd

FAMILY = "long_covid_multidisciplinary_rehabilitation_program_denial"
LANG = "en"
SEED = 350605
INS = "Kestrel Harbor Health Plan"
INS_ADDR = "PO Box 60417, Columbus, OH 43260"
PH = "1-555-318-4400"
TTY = "711"
CLINIC = "Lantern Point Rehabilitation Institute"
CLINIC_ADDR = "2200 Ironbridge Parkway, Suite 300, Dublin, OH 43017"
PULM = [("Dr. Ansel Morrow", "Ansel Morrow"), ("Dr. Noor Halvorsen", "Noor Halvorsen"),
        ("Dr. Cyrus Abernathy-Lee", "Cyrus Abernathy-Lee")]
PRACTICE = "Whitcombe Pulmonary & Sleep Associates"
POLICY = "Medical Policy MP-4471, Post-Acute COVID-19 Rehabilitation Programs"


def base(r: Rand, k: int):
    d = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 95))
    return dict(date=d, name=r.person()[0], mid="KHP" + pat(r, "999999999"), grp=pat(r, "G-99999"),
                plan=pat(r, "KH-PPO-99"), dob=dt.date(r.randint(1958, 1996), r.randint(1, 12), r.randint(1, 28)),
                recv=plus(d, -r.randint(4, 12)), pulm=PULM[k % 3], npi=r.choice("12") + pat(r, "999999999"),
                addr=[f"{r.randint(100, 9800)} {r.choice(['Beech', 'Linden', 'Mulberry', 'Tanager'])} "
                      f"{r.choice(['Road', 'Court', 'Lane'])}", r.choice(["Westerville, OH 43081",
                      "Grove City, OH 43123", "Hilliard, OH 43026", "Delaware, OH 43015"])])


def lh(d: Doc, size: float = 16):
    d.set_font(d.base_font, "B", size)
    d.set_text_color(30, 60, 110)
    d.cell(0, 8, INS, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font(d.base_font, "I", 8.5)
    d.cell(0, 4, f"Utilization Management  |  {INS_ADDR}  |  Member Services {PH} (TTY {TTY})",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(6)


def ids(b, plan=True, grp=True):
    return dict(insurer=INS, member_id=b["mid"], group_number=b["grp"] if grp else None,
                plan_id=b["plan"] if plan else None, member_name=b["name"])


def rights(d: Doc, basis: str, size: float = 9.3):
    heading(d, "Your right to appeal", 10.5)
    d.para(f"You, your representative or your doctor may ask for an appeal {basis}. Write to {INS} Appeals, "
           f"{INS_ADDR}, or fax 1-555-318-4499. If waiting could seriously harm your health, ask for an expedited "
           "appeal; we will decide within 72 hours. You may ask for free copies of the policy and records used.",
           size)
    d.para("After our final internal decision you may ask for an independent external review within 4 months. "
           "You may also contact the state department of insurance consumer services line.", size)


def doc_pa(r: Rand):
    b = base(r, 0)
    start = plus(b["date"], r.randint(10, 20))
    case = "PA" + pat(r, "26-9999999")
    d = Doc("Helvetica", margins=(16, 14, 16), footer="KHP-UM-DEN-11 (rev. 09/25)")
    d.add_page()
    lh(d)
    d.set_font("Helvetica", "", 9.5)
    d.cell(0, 5, f"Date: {fd(b['date'], 'short')}", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    addr_block(d, [b["name"], *b["addr"]])
    heading(d, "NOTICE OF PRIOR AUTHORIZATION DENIAL", 12.5)
    captions(d, [("MEMBER", b["name"], 60), ("MEMBER ID", b["mid"], 45), ("GROUP", b["grp"], 35),
                 ("PLAN ID", b["plan"], 40)], size=9.5, cap=6.5)
    captions(d, [("AUTHORIZATION REQUEST NO.", case, 60), ("DATE OF BIRTH", fd(b["dob"], "tiny"), 45),
                 ("RECEIVED", fd(b["recv"], "tiny"), 35), ("REQUESTED START", fd(start, "short"), 40)],
             size=9.5, cap=6.5)
    captions(d, [("FACILITY", CLINIC, 90), ("ORDERING PHYSICIAN", b["pulm"][0], 90)], size=9.5, cap=6.5)
    captions(d, [("SERVICE", "Post-COVID multidisciplinary rehabilitation program, 8 weeks (S9480 / 97799)", 180)],
             size=9.5, cap=6.5)
    d.ln(2)
    d.para(f"We reviewed the request for the post-COVID multidisciplinary rehabilitation program at {CLINIC}. "
           "We cannot approve it. A physician reviewer board-certified in physical medicine and rehabilitation "
           f"found that this program is experimental and investigational under {POLICY}. Published studies have "
           "not shown that a bundled multidisciplinary program improves health outcomes for post-COVID "
           "conditions compared with standard physical, occupational or speech therapy.", 9.8)
    d.para("Your plan may cover individual therapy visits under your rehabilitation benefit. Your doctor can "
           "request them.", 9.8)
    rights(d, "within 180 days of the date of this letter")
    t = truth("denial_letter", "experimental", **ids(b), case_numbers=[case], service_dates=[start.isoformat()],
              denial_date=b["date"].isoformat(), provider=CLINIC, appeal_deadline=plus(b["date"], 180).isoformat(),
              alternates={"provider": [b["pulm"][1]], "service_dates": [[]]})
    return pdf_bytes(d), t


def doc_pulm_letter(r: Rand):
    b = base(r, 1)
    case = "PA" + pat(r, "26-9999999")
    d = Doc("Times", margins=(26, 14, 26))
    d.add_page()
    fax_line(d, r, b["date"], "WHITCOMBE PULM", 1, 2)
    d.set_font("Times", "B", 14)
    d.cell(0, 6, PRACTICE, new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "", 9)
    d.cell(0, 4, f"480 Harmon Ridge Drive, Columbus, OH 43215   Tel. 614-555-{pat(r, '9999')}", new_x="LMARGIN",
           new_y="NEXT")
    d.ln(8)
    d.para(fd(b["date"], "long"), 11)
    d.para(f"Utilization Management Department\n{INS}\n{INS_ADDR}", 11)
    d.para("To the reviewing physician:", 11)
    d.para(f"I am writing in support of the request for the post-COVID multidisciplinary rehabilitation program "
           f"at {CLINIC} for my patient {b['name']}, born {fd(b['dob'], 'slash')}, member number {b['mid']}, "
           f"which your office logged as authorization request {case}. I have treated this patient since the "
           f"COVID-19 pneumonia of last spring.", 11)
    d.para("More than nine months after the infection the patient still has exertional dyspnea, a six-minute "
           "walk distance of 312 meters, post-exertional malaise and documented cognitive slowing on "
           "neuropsychological screening. Pulmonary function testing shows a mildly reduced diffusing capacity. "
           "Twelve weeks of home exercise and two courses of outpatient physical therapy did not restore the "
           "ability to work.", 11)
    d.para("The program combines paced pulmonary rehabilitation, occupational therapy for energy conservation and "
           "cognitive rehabilitation under one coordinated plan, which separate visits cannot reproduce. I ask "
           "that you approve the eight-week program. I am happy to discuss this case with your medical director "
           f"by telephone. My NPI is {b['npi']}.", 11)
    d.para("Sincerely,\n\n" + b["pulm"][0] + ", MD\nPulmonary and Critical Care Medicine", 11)
    t = truth("other", None, member_id=b["mid"], member_name=b["name"], case_numbers=[case],
              denial_date=b["date"].isoformat(), provider=b["pulm"][1], unscored=["insurer", "appeal_deadline"],
              alternates={"denial_date": [None], "provider": [CLINIC]})
    return pdf_bytes(d), t


def doc_statement(r: Rand):
    b = base(r, 2)
    acct = pat(r, "LPR-999999")
    d = Doc("Helvetica", margins=(15, 12, 15), footer=f"{CLINIC}  |  Patient Accounts 614-555-{pat(r, '9999')}")
    d.add_page()
    d.set_fill_color(235, 235, 235)
    d.rect(15, 12, 186, 20, style="F")
    d.set_xy(18, 14)
    d.set_font("Helvetica", "B", 14)
    d.cell(120, 7, CLINIC)
    d.set_font("Helvetica", "B", 11)
    d.cell(0, 7, "PATIENT STATEMENT", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_x(18)
    d.set_font("Helvetica", "", 8.5)
    d.cell(0, 4.5, f"{CLINIC_ADDR}   Tax ID {pat(r, '99-9999999')}   NPI {r.choice('12') + pat(r, '999999999')}",
           new_x="LMARGIN", new_y="NEXT")
    d.set_y(36)
    addr_block(d, [b["name"], *b["addr"]])
    d.set_xy(120, 36)
    d.set_font("Helvetica", "", 9)
    for k, v in [("Statement date", fd(b["date"], "abbr")), ("Account no.", acct), ("Insurance", INS),
                 ("Member ID", b["mid"])]:
        d.set_x(120)
        d.cell(30, 4.8, k)
        d.set_font("Helvetica", "B", 9)
        d.cell(0, 4.8, v, new_x="LMARGIN", new_y="NEXT")
        d.set_font("Helvetica", "", 9)
    d.set_y(64)
    s0 = plus(b["date"], -r.randint(30, 40))
    days = [plus(s0, k * 2 + (k // 3)) for k in range(5)]
    rows, total = [], 0.0
    for i, sd in enumerate(days):
        ch = float(r.choice([720, 760, 840, 880]))
        total += ch
        rows.append([fd(sd, "slash"), "S9480", "Post-COVID program day (PT/OT/cognitive)", usd(ch), "0.00",
                     "Denied"])
    table_rows = rows + [["*Total charges", "", "", usd(total), "0.00", ""]]
    table2(d, ["Date", "Code", "Description", "Charge", "Ins.", "Status"], ["", "", "", "", "Paid", ""],
           table_rows, [26, 18, 76, 26, 18, 22], "LLLRRL", size=8.5, row_h=5.6, ruled=False)
    d.para(f"{INS} denied these services as experimental (claim {pat(r, '99999999')}). You may appeal the "
           "plan's decision; our billing office can help you. Balance due from patient: " + usd(total) + ".", 9.3)
    d.para(f"Interest-free payment plan available: {usd(round(total / 12), 'whole')} per month for 12 months. "
           "Payments received after the statement date are not shown.", 9.3)
    t = truth("other", None, member_id=b["mid"], member_name=b["name"], claim_amount=f"{total:.2f}",
              service_dates=[x.isoformat() for x in days], denial_date=b["date"].isoformat(), provider=CLINIC,
              insurer=None, unscored=["insurer", "appeal_deadline"])
    return pdf_bytes(d), t


def doc_eob(r: Rand):
    b = base(r, 0)
    d = Doc("Courier", margins=(12, 12, 12), footer="KHP EOB 2026  page {p} of {n}")
    d.add_page()
    d.set_font("Courier", "B", 13)
    d.cell(0, 6, "KESTREL HARBOR HEALTH PLAN", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Courier", "", 8.5)
    d.cell(0, 4, f"{INS_ADDR}   {PH}", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.set_font("Courier", "B", 11)
    d.cell(0, 6, "EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Courier", "", 8.5)
    for a, v1, c, v2 in [("Patient:", b["name"], "Statement date:", fd(b["date"], "dash")),
                         ("Member ID:", b["mid"], "Group:", b["grp"]),
                         ("Plan ID:", b["plan"], "Birth date:", fd(b["dob"], "dash"))]:
        d.cell(24, 4.6, a)
        d.cell(75, 4.6, v1)
        d.cell(32, 4.6, c)
        d.cell(0, 4.6, v2, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    dos0 = plus(b["date"], -r.randint(25, 45))
    recs = [(pat(r, "2606999999"), PRACTICE, plus(dos0, 0), "Office visit", float(r.randint(180, 260)), 0.72, "A1"),
            (pat(r, "2606999999"), CLINIC, plus(dos0, r.randint(5, 9)), "Rehab program", float(r.randint(3200, 4400)), 0.0, "E47"),
            (pat(r, "2606999999"), "Maple Court Imaging", plus(dos0, 2), "CT chest", float(r.randint(900, 1400)) + 0.5, 0.55, "A1")]
    rows, tb, tp, tr = [], 0.0, 0.0, 0.0
    for cl, prov, dos, svc, billed, frac, rc in recs:
        paid = round(billed * frac * 0.8, 2)
        resp = round(billed * frac * 0.2, 2) if frac else billed
        tb, tp, tr = tb + billed, tp + paid, tr + resp
        rows.append([cl, prov, fd(dos, "slash"), svc, usd(billed, "bare"), usd(paid, "bare"),
                     usd(resp, "bare"), rc])
    table2(d, ["Claim", "Provider", "Date of", "Service", "Amount", "Plan", "You", "Remark"],
           ["Number", "", "Service", "", "Billed", "Paid", "Owe", "Code"],
           rows + [["*TOTALS", "", "", "", usd(tb, "bare"), usd(tp, "bare"), usd(tr, "bare"), ""]],
           [22, 60, 19, 22, 19, 17, 17, 14], "LLLLRRRC", size=7, row_h=5.2)
    d.set_font("Courier", "B", 8.5)
    d.cell(0, 5, "REMARK CODES", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Courier", "", 8)
    for c, tx in [("A1", "Paid at the in-network rate after your deductible and coinsurance."),
                  ("E47", "Denied. The multidisciplinary post-COVID rehabilitation program is experimental/"
                          "investigational (" + POLICY.split(',')[0] + "). Not covered; you may be billed.")]:
        d.cell(12, 4.3, c)
        d.multi_cell(0, 4.3, tx, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.set_font("Courier", "", 8)
    d.multi_cell(0, 4.2, f"Plan year deductible met: $1,500.00 of $1,500.00. Out-of-pocket met: "
                 f"{usd(r.randint(1800, 2600) + 0.25, 'bare')} of $6,000.00. To appeal a denied claim, write to us "
                 "within 180 days of the date of this statement. External review may be available.",
                 new_x="LMARGIN", new_y="NEXT")
    den = recs[1]
    t = truth("eob", "experimental", **ids(b), case_numbers=[den[0]], claim_amount=f"{den[4]:.2f}",
              service_dates=[den[2].isoformat()], denial_date=b["date"].isoformat(), provider=CLINIC,
              appeal_deadline=plus(b["date"], 180).isoformat())
    return pdf_bytes(d), t


def doc_appeal(r: Rand):
    b = base(r, 2)
    apl = "APL-" + pat(r, "99999-99")
    orig = "PA" + pat(r, "26-9999999")
    start = plus(b["date"], -r.randint(30, 50))
    d = Doc("Times", header=f"{b['name']}   |   Appeal {apl}   |   Page 2 of 2", margins=(22, 16, 22),
            footer="KHP-APL-UP-03")
    d.add_page()
    lh(d, 15)
    d.para(fd(b["date"], "long"), 10.5)
    addr_block(d, [b["name"], *b["addr"]], 10.5)
    heading(d, "First-Level Appeal Decision: Denial Upheld", 12.5)
    for lab, val in [("Member", b["name"]), ("Member ID", b["mid"]), ("Group", b["grp"]),
                     ("Appeal number", apl), ("Original request", orig),
                     ("Appeal received", fd(plus(b["date"], -r.randint(14, 25)), "abbr")),
                     ("Program", "Post-COVID multidisciplinary rehabilitation"), ("Program provider", CLINIC),
                     ("Planned start", fd(start, "abbr"))]:
        leader(d, lab, val, w=62, size=10, ch="-", h=5.4)
    d.ln(3)
    d.para("You asked us to reconsider our decision not to cover the eight-week post-COVID rehabilitation program. "
           "A pulmonologist who took no part in the first decision reviewed your appeal, your doctor's letter of "
           "medical necessity and the program's description.", 10.5)
    d.para(f"Decision: we uphold the denial. The program remains experimental and investigational under {POLICY}. "
           "The reviewer noted that separate physical and occupational therapy visits are a covered alternative.",
           10.5)
    d.add_page()
    rights(d, "within 60 days of the date of this letter (second-level appeal)", 10)
    d.para("Appeal filed by: member. Dates of birth and other identifiers are kept in your file. Nondiscrimination "
           f"notice and language assistance: call {PH}.", 9.5)
    t = truth("denial_letter", "experimental", **ids(b, plan=False), case_numbers=[apl, orig], service_dates=[start.isoformat()],
              denial_date=b["date"].isoformat(), provider=CLINIC, appeal_deadline=plus(b["date"], 60).isoformat(),
              denial_alternates=["medical_necessity"], alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


def doc_approval(r: Rand):
    b = base(r, 1)
    auth = "AUTH " + pat(r, "9999 9999")
    s = plus(b["date"], r.randint(3, 8))
    e = plus(s, 83)
    d = Doc("Helvetica", margins=(22, 18, 22))
    d.add_page()
    lh(d, 15)
    d.para(fd(b["date"], "iso"), 10)
    addr_block(d, [b["name"], *b["addr"]])
    heading(d, "Approval: outpatient therapy visits", 12)
    d.para(f"We approved outpatient therapy for {b['name']} (member ID {b['mid']}, group {b['grp']}). This "
           f"approval replaces part of the earlier request for a multidisciplinary program, which remains "
           "not covered. Keep this letter for your records.", 10)
    for lab, val in [("Authorization", auth), ("Approved", "12 physical therapy + 8 occupational therapy visits"),
                     ("From", fd(s, "iso")), ("Through", fd(e, "iso")), ("Treating provider", CLINIC),
                     ("Referring physician", b["pulm"][0])]:
        d.set_font("Helvetica", "", 9.5)
        d.cell(45, 5.6, lab)
        d.set_font("Helvetica", "B", 9.5)
        d.cell(0, 5.6, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Your usual copay applies to each visit. Questions: {PH}, TTY {TTY}.", 10)
    t = truth("other", None, **ids(b, plan=False), case_numbers=[auth], service_dates=[f"{s.isoformat()}/{e.isoformat()}"],
              denial_date=b["date"].isoformat(), provider=CLINIC, unscored=["appeal_deadline"],
              alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


def doc_stack(r: Rand):
    b = base(r, 2)
    ref = "UM" + pat(r, "9999999")
    d = Doc("Helvetica", margins=(18, 14, 18), footer="KHP-UM-DEN-11 (rev. 09/25)")
    d.add_page()
    lh(d, 14)
    d.para(fd(b["date"], "slash"), 10)
    addr_block(d, [b["name"], *b["addr"]])
    heading(d, "We did not approve a service your doctor asked for", 12)
    captions(d, [("Member", b["name"], 62), ("Member ID", b["mid"], 50), ("Reference", ref, 40)], size=9.5)
    captions(d, [("Service", "Cognitive rehabilitation, 97129 x 16 units", 62), ("Provider", CLINIC, 80)],
             size=9.5)
    d.ln(2)
    d.para("Your doctor asked for 16 units of cognitive rehabilitation as part of a post-COVID program. We "
           "decided it is not medically necessary: the records show a normal score on the last cognitive "
           "screening and no testing by a neuropsychologist that shows a deficit therapy could improve.", 10)
    rights(d, "within 180 days of the date of this letter")
    den = (pdf_bytes(d), truth("denial_letter", "medical_necessity", **ids(b, plan=False, grp=False), case_numbers=[ref],
           denial_date=b["date"].isoformat(), provider=CLINIC, appeal_deadline=plus(b["date"], 180).isoformat()))
    e = Doc("Times", margins=(28, 20, 28))
    e.add_page()
    ld = plus(b["date"], r.randint(8, 20))
    e.para(f"{b['name']}\n" + "\n".join(b["addr"]), 11)
    e.para(fd(ld, "long"), 11)
    e.para(f"{INS} Appeals\n{INS_ADDR}", 11)
    e.para(f"Re: appeal of reference {ref}, member ID {b['mid']}", 11)
    e.para("I am appealing your decision not to cover cognitive rehabilitation at " + CLINIC + ". Since my COVID "
           "infection I lose words mid-sentence, cannot follow a recipe and had to stop working as a bookkeeper. "
           "My screening score was normal because I took it on a good day. I have scheduled testing with a "
           "neuropsychologist and will send the report.", 11)
    e.para("Please review this again.\n\n" + b["name"], 11)
    let = (pdf_bytes(e), truth("other", None, member_id=b["mid"], member_name=b["name"], case_numbers=[ref],
           denial_date=ld.isoformat(), provider=CLINIC, unscored=["insurer", "appeal_deadline", "provider"],
           alternates={"denial_date": [None]}))
    return [den, let]


def documents(rng: random.Random) -> list[Item]:
    r = Rand(rng.randint(0, 10 ** 9))
    p = FAMILY + "_"
    return [Item(p + "scan_pa_denial", "scan_clean_300", [doc_pa(r)]),
            Item(p + "fax_pulm_letter", "fax_standard_g4", [doc_pulm_letter(r)]),
            Item(p + "bd_clinic_statement", "born_digital", [doc_statement(r)]),
            Item(p + "rot_eob", "rotated", [doc_eob(r)]),
            Item(p + "lowres_appeal_upheld", "scan_lowres_150", [doc_appeal(r)]),
            Item(p + "photo_approval", "phone_photo", [doc_approval(r)]),
            Item(p + "fax_stack", "fax_fine_g4", doc_stack(r), separators=["cover", "duplex"],
                 turns={(1, 0): 90})]
