"""Family 'strabismus_surgery_adult_cosmetic_vs_functional_denial': adult strabismus surgery (CPT 67311/67312/67318)
refused as cosmetic (ocular alignment for appearance only, no documented diplopia or field loss), then approved once
the surgeon documents constant double vision (prism trial, sensorimotor exam).

Documents: a born-digital prior-authorization denial (label column); a scanned approval after the diplopia records
(denies nothing); a photocopied surgery-center patient statement (a bill); a low-resolution EOB with four claims of
which only the surgery is denied; a fine-fax claim denial told only in sentences; a standard-fax stack of a fax cover,
a two-page denial letter and the surgeon's letter of medical necessity (denies nothing); a phone photo of the paid
EOB after the approval (denies nothing).
Issuers (invented): Bramblecrest Health Plan (commercial), Ostrander Mutual Benefit Association (union-trust plan).
Decoys: DOB, NPI, request-received dates, prism-trial and exam dates, other claims, patient account numbers,
medical-policy numbers, 72-hour and external-review (4 months) limits, phone and fax numbers. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "strabismus_surgery_adult_cosmetic_vs_functional_denial"
LANG = "en"
SEED = 347100
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
BC, OM = "Bramblecrest Health Plan", "Ostrander Mutual Benefit Association"
SURGEON, SURGEON_BARE = "Priyanka V. Ellerbe, MD", "Priyanka V. Ellerbe"
PRACTICE = "Harborline Eye Muscle Center"
ASC = "Northwick Ambulatory Surgery Center"
OPTOM = "Clement A. Royce, OD"
MEMBERS = ["Rosalind T. Marchbanks", "Desmond K. Oyelaran", "Harriet L. Kessler", "Anselm P. Nakamura",
           "Yolanda S. Trevino", "Gideon W. Lomax", "Sunita R. Holloway"]
CODES = {"67311": "Strabismus surgery, one horizontal muscle", "67312": "Strabismus surgery, two horizontal muscles",
         "67318": "Strabismus surgery, superior oblique muscle", "67335": "Adjustable suture placement (add-on)",
         "92060": "Sensorimotor examination", "92012": "Eye exam, established patient", "92015": "Refraction",
         "99024": "Postoperative follow-up visit"}


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", **kw)
        self.add_font("DejaVu", "B", BOLD)


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def facts(k, ins=BC, ds="long", ms="plain"):
    r = random.Random(SEED + k)
    notice = dt.date(2026, 2, 3) + dt.timedelta(days=r.randint(0, 160))
    return dict(r=r, k=k, ins=ins, ds=ds, ms=ms, notice=notice, member=MEMBERS[k],
                planned=notice + dt.timedelta(days=r.randint(16, 45)),
                done=notice - dt.timedelta(days=r.randint(18, 40)),
                received=notice - dt.timedelta(days=r.randint(3, 9)),
                dob=dt.date(r.randint(1958, 1994), r.randint(1, 12), r.randint(1, 28)),
                mid=("BCH" + dg(r, 9)) if ins == BC else ("OMB-" + dg(r, 7)),
                group=dg(r, 6) if ins == BC else "LOCAL " + dg(r, 3),
                plan=("BC-PPO-" + dg(r, 3)) if ins == BC else None,
                auth="UM" + dg(r, 10), claim=dg(r, 4) + "-" + dg(r, 7), npi=r.choice("12") + dg(r, 9),
                phone=f"1-8{r.choice('4578')}{r.randint(4, 8)}-{dg(r, 3)}-{dg(r, 4)}",
                fax=f"1-555-0{dg(r, 2)}-{dg(r, 4)}", acct="HL" + dg(r, 6), prism=r.randint(8, 25))


def D(f, d, style=None):
    return fmt_date(d, style or f["ds"])


def M(f, v, style=None):
    return fmt_money(v, style or f["ms"])


def head(d, f):
    if f["ins"] == BC:
        d.set_fill_color(60, 60, 60)
        d.rect(d.l_margin, d.get_y(), 3, 16, "F")
        d.set_x(d.l_margin + 6)
        d.font(18, "B")
        d.cell(0, 8, "Bramblecrest", new_x="LMARGIN", new_y="NEXT")
        d.set_x(d.l_margin + 6)
        d.font(9)
        d.cell(0, 5, f"Health Plan   |   Utilization Management   |   PO Box 40872, Rexford Falls, OH 43999",
               new_x="LMARGIN", new_y="NEXT")
        d.set_x(d.l_margin + 6)
        d.cell(0, 5, f"Member line {f['phone']}   Provider fax {f['fax']}", new_x="LMARGIN", new_y="NEXT")
        d.ln(4)
    else:
        d.text_line("OSTRANDER MUTUAL BENEFIT ASSOCIATION", 13, "B", "C")
        d.text_line("Health & Welfare Fund of the Tri-County Pipe Trades", 9, "", "C")
        d.text_line(f"2210 Calloway Pike, Suite 5, Merriton, PA 19999  *  {f['phone']}", 8.5, "", "C")
        d.rule(0.8)
        d.ln(2)


def kv(d, rows, w1=50, size=9.5):
    for a, b in rows:
        d.font(size - 0.8)
        d.cell(w1, 5.2, a)
        d.font(size, "B")
        d.cell(0, 5.2, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def addr_block(d, f):
    r = random.Random(f["auth"])
    for ln in (f["member"], f"{r.randint(40, 9800)} Kestrel Hollow Road", "Rexford Falls, OH 43998"):
        d.text_line(ln, 10)
    d.ln(3)


COSMETIC = ("Strabismus surgery in an adult is covered when it treats a functional problem: constant or "
            "intermittent double vision (diplopia) that is not controlled with prisms, an abnormal head posture, or a "
            "loss of binocular visual field. Surgery done to improve the appearance of the eyes is cosmetic and is "
            "excluded under your plan (Section 7.4, Cosmetic Services). The office notes sent with the request "
            "describe a long-standing outward turn of the left eye and state that you are bothered by how your eyes "
            "look in photographs. They do not document double vision, a prism trial, or a visual field test.")


def rights(d, f, dead_text, size=9):
    d.para("YOUR RIGHT TO APPEAL", size + 0.5)
    d.para(f"If you disagree with this decision, you or your doctor may file an appeal {dead_text}. Send it to "
           f"{f['ins']} Appeals, or fax it to {f['fax']}. Include any new records, such as a sensorimotor exam or "
           "prism trial. You may request, free of charge, copies of all documents relevant to your claim.", size)
    d.para("Urgent situations: if waiting for a standard decision could seriously jeopardize your health, ask for an "
           "expedited appeal; we will decide within 72 hours. After the internal appeal you may ask for an external "
           "review by an independent review organization within 4 months of our final decision.", size - 0.4)


# ---- 1: born-digital PA denial, label column -------------------------------------------------------------------
def doc_pa_denial():
    f = facts(0, BC, "long", "plain")
    d = Page()
    d.add_page()
    head(d, f)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(2)
    addr_block(d, f)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12, "B")
    d.text_line("Prior authorization request - not approved", 10)
    d.ln(2)
    kv(d, [("Patient", f["member"]), ("Date of birth", D(f, f["dob"], "slash")), ("Member ID", f["mid"]),
           ("Group", f["group"]), ("Plan", f["plan"]), ("Request number", f["auth"]),
           ("Request received", D(f, f["received"], "slash")),
           ("Requesting physician", f"{SURGEON} ({PRACTICE})"), ("Physician NPI", f["npi"]),
           ("Service", "67312 Strabismus surgery, two horizontal muscles"),
           ("Planned date", D(f, f["planned"], "slash")), ("Facility", ASC)])
    d.para("We have decided not to approve the surgery listed above. " + COSMETIC)
    d.para("This decision was made by a board-certified ophthalmologist under Bramblecrest Medical Policy OPH-0231 "
           "(Strabismus Surgery in Adults). If double vision is documented, your physician may send a new request.")
    dead = f["notice"] + dt.timedelta(days=180)
    rights(d, f, "within 180 days of the date of this notice")
    d.text_line("Sincerely, Utilization Management, Bramblecrest Health Plan", 9.5)
    t = truth("denial_letter", "not_covered", insurer=BC, plan_id=f["plan"], group_number=f["group"],
              member_id=f["mid"], member_name=f["member"], case_numbers=[f["auth"]],
              service_dates=[iso(f["planned"])], denial_date=iso(f["notice"]), provider=SURGEON_BARE,
              appeal_deadline=iso(dead), alternates={"provider": [PRACTICE]},
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ---- 2: approval after diplopia documented ------------------------------------------------------------------------
def doc_approval():
    f = facts(1, BC, "dmy", "plain")
    d = Page()
    d.add_page()
    head(d, f)
    d.text_line("Date of notice: " + D(f, f["notice"]), 10)
    d.ln(2)
    addr_block(d, f)
    d.text_line("Prior Authorization Approved", 13, "B")
    d.ln(1)
    d.boxes([("Member", f["member"], 58), ("Member ID", f["mid"], 42), ("Group no.", f["group"], 30),
             ("Authorization no.", f["auth"], 44)])
    d.ln(3)
    d.para(f"Good news. On reconsideration of the request from {SURGEON} we approved adult strabismus surgery "
           f"(67311, one horizontal muscle, with 67335 adjustable sutures) at {ASC}. The sensorimotor examination "
           f"now documents constant horizontal diplopia in primary gaze and a failed prism trial ({f['prism']} prism "
           "diopters), so the surgery is functional and not cosmetic.")
    kv(d, [("Approved dates", f"{D(f, f['planned'])} to {D(f, f['planned'] + dt.timedelta(days=60))}"),
           ("Request received", D(f, f["received"])), ("Surgeon NPI", f["npi"]),
           ("Plan", f["plan"])], 44, 9.5)
    d.para("This approval is not a guarantee of payment. Benefits depend on your eligibility on the date of service "
           "and on your deductible, copayment and coinsurance. Questions? Call " + f["phone"] + ".", 9)
    t = truth("other", None, insurer=BC, plan_id=f["plan"], group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["auth"]],
              service_dates=[iso(f["planned"], f["planned"] + dt.timedelta(days=60))],
              denial_date=iso(f["notice"]), provider=SURGEON_BARE,
              alternates={"provider": [PRACTICE], "service_dates": [[iso(f["planned"])]]})
    return pdf_bytes(d), t


# ---- 3: surgery center statement (a bill) ----------------------------------------------------------------------
def doc_asc_bill():
    f = facts(2, BC, "slash", "nosign")
    d = Page()
    d.add_page()
    d.text_line(ASC.upper(), 15, "B")
    d.text_line("880 Lamplighter Parkway, Rexford Falls, OH 43997   Billing office 1-555-013-7720", 8.5)
    d.rule(0.6)
    d.text_line("PATIENT STATEMENT", 12, "B", "R")
    stmt = f["notice"]
    kv(d, [("Statement date", D(f, stmt)), ("Account number", f["acct"]), ("Guarantor", f["member"]),
           ("Patient", f["member"]), ("Insurance on file", f"{BC}  ID {f['mid']}  Grp {f['group']}"),
           ("Surgeon", SURGEON)], 40, 9.5)
    lines = [("67312", 6140.00), ("67335", 880.00), ("00142", 1210.50), ("J2790", 64.25)]
    rows, tot = [], 0.0
    for c, a in lines:
        tot += a
        rows.append([D(f, f["done"]), c, CODES.get(c, "Anesthesia, eye procedure" if c == "00142" else
                                                   "Drug supply")[:38], M(f, a)])
    ins_paid = 0.0
    rows.append(["*", "", "Total charges", M(f, tot)])
    rows.append(["", "", f"Insurance payments ({BC})", M(f, ins_paid)])
    rows.append(["*", "", "Balance due from patient", M(f, tot)])
    d.table(["Date", "Code", "Description", "Amount"], rows, [28, 20, 96, 30], 9, "LLLR")
    d.para(f"Your insurance denied this claim as a cosmetic service. If you have appealed, please call us at "
           f"1-555-013-7720 so we can place your account on hold for 60 days. Payment is due by "
           f"{D(f, stmt + dt.timedelta(days=30))}.", 9)
    d.para("Make checks payable to Northwick ASC. Please write your account number on your check.", 8.5)
    t = truth("other", None, insurer=None, group_number=f["group"], member_id=f["mid"], member_name=f["member"],
              claim_amount=m2(tot), service_dates=[iso(f["done"])], denial_date=iso(stmt), provider=ASC,
              alternates={"provider": [SURGEON_BARE], "insurer": [BC]}, unscored=["insurer"])
    return pdf_bytes(d), t


# ---- 4: multi-claim EOB, only the surgery denied ----------------------------------------------------------------
def doc_eob_multi():
    f = facts(3, OM, "iso", "plain")
    d = Page(margins=(14, 12, 14))
    d.add_page()
    head(d, f)
    d.text_line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12, "B")
    d.ln(1)
    d.boxes([("Participant", f["member"], 56), ("ID", f["mid"], 34), ("Local / group", f["group"], 30),
             ("Statement date", D(f, f["notice"]), 34), ("Period", "Quarterly", 28)])
    d.ln(3)
    r = f["r"]
    c1, c2, c3 = [dg(r, 4) + "-" + dg(r, 7) for _ in range(3)]
    v1 = f["done"] - dt.timedelta(days=r.randint(30, 50))
    v2 = f["done"] - dt.timedelta(days=r.randint(8, 20))
    claims = [(c1, v1, OPTOM, [("92012", 165.00, 132.00, 20.00), ("92015", 55.00, 0.00, 55.00)], "PD"),
              (c2, v2, f"{SURGEON} / {PRACTICE}", [("92060", 210.00, 168.00, 0.00)], "PD"),
              (f["claim"], f["done"], f"{SURGEON} / {PRACTICE}", [("67312", 3860.00, 0, 3860.00),
                                                                  ("67335", 540.00, 0, 540.00)], "X42"),
              (c3, f["done"] + dt.timedelta(days=r.randint(7, 14)), f"{SURGEON} / {PRACTICE}",
               [("99024", 0.00, 0.00, 0.00)], "PD")]
    den_total = 0.0
    for cn, dos, prov, lines, code in claims:
        d.font(9, "B")
        d.cell(0, 5.5, f"Claim {cn}    Provider: {prov}", new_x="LMARGIN", new_y="NEXT")
        rows = []
        for c, billed, paid, you in lines:
            rows.append([D(f, dos), c, CODES[c][:34], M(f, billed), M(f, paid), M(f, you), code])
            if code == "X42":
                den_total += billed
        if len(lines) > 1:
            rows.append(["*Claim total", "", "", M(f, sum(x[1] for x in lines)), M(f, sum(x[2] for x in lines)),
                         M(f, sum(x[3] for x in lines)), ""])
        d.table(["Service date", "Code", "Description", "Charged", "Fund paid", "You owe", "Rmk"], rows,
                [26, 15, 66, 23, 23, 20, 12], 8.2, "LLLRRRL", row_h=4.8)
    d.para("Remark PD: processed under your plan's vision/medical benefit. Remark X42: denied - strabismus "
           "surgery for appearance is a cosmetic service excluded by Article IX(3) of the Fund's Plan of Benefits; "
           "no diplopia was reported on the claim.", 8.6)
    d.para("You or your authorized representative may appeal a denied claim to the Board of Trustees within 180 "
           "days of the date of this statement. Address appeals to the Fund Office shown above. Patient account "
           f"numbers: {f['acct']}. Surgeon NPI {f['npi']}.", 8.6)
    dead = f["notice"] + dt.timedelta(days=180)
    t = truth("eob", "not_covered", insurer=OM, group_number=f["group"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["claim"]], claim_amount=m2(den_total), service_dates=[iso(f["done"])],
              denial_date=iso(f["notice"]), provider=SURGEON_BARE, appeal_deadline=iso(dead),
              alternates={"provider": [PRACTICE]}, denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ---- 5: claim denial, facts only in sentences -------------------------------------------------------------------
def doc_prose():
    f = facts(4, OM, "long", "plain")
    d = Page()
    d.add_page()
    head(d, f)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(2)
    addr_block(d, f)
    d.text_line("Dear Participant:", 10)
    d.ln(1)
    amt = 5212.50
    dead = f["notice"] + dt.timedelta(days=180)
    d.para(f"The Fund Office has finished processing the claim that {PRACTICE} sent us for the eye muscle surgery "
           f"{SURGEON} performed on {f['member']} on {D(f, f['done'])}. The claim, number {f['claim']}, was for "
           f"{M(f, amt)} in charges for a two-muscle strabismus repair (67312). Your participant identification "
           f"number is {f['mid']} and you are covered under {f['group']}.")
    d.para("The Trustees' medical consultant reviewed the operative report and the office notes. Surgery to "
           "straighten the eyes of an adult is payable when it corrects double vision or a head turn, or restores "
           "binocular field. The records describe the surgery as being done to improve the appearance of the eyes "
           "and mention no double vision. Under Article IX(3) of the Plan of Benefits, cosmetic procedures are "
           "excluded, and the claim has been denied.")
    d.para(f"If you do not agree, you may appeal to the Board of Trustees. Your written appeal must reach the Fund "
           f"Office by {D(f, dead)}. The Board meets quarterly, and a decision is usually made at the meeting after "
           "your appeal arrives. A request received within 30 days of a meeting may be heard at the next one.")
    d.para(f"If you have questions, call the Fund Office at {f['phone']} between 8:00 and 4:30 on weekdays. The "
           f"surgeon's office was sent a copy of this letter (NPI {f['npi']}).")
    d.ln(2)
    d.text_line("Claims Department", 10)
    d.text_line("Ostrander Mutual Benefit Association", 10)
    t = truth("denial_letter", "not_covered", insurer=OM, group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(amt),
              service_dates=[iso(f["done"])], denial_date=iso(f["notice"]), provider=SURGEON_BARE,
              appeal_deadline=iso(dead), alternates={"provider": [PRACTICE]},
              denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


# ---- 6: stack: cover, two-page denial, surgeon's letter of medical necessity ------------------------------------
def doc_stack_denial(f):
    d = Page(header=f"{f['member']}  |  Request {f['auth']}  |  page 2")
    d.add_page()
    head(d, f)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(2)
    addr_block(d, f)
    d.text_line("Re: Your request for eye muscle (strabismus) surgery", 11, "B")
    d.ln(1)
    d.boxes([("Member ID", f["mid"], 40), ("Group", f["group"], 28), ("Case / reference", f["auth"], 44),
             ("Received", D(f, f["received"]), 36), ("Birth date", D(f, f["dob"]), 34)])
    d.ln(3)
    d.para(f"{SURGEON} asked us to approve 67318 (superior oblique) and 67311 (one horizontal muscle) surgery for "
           f"{f['member']}, planned for {D(f, f['planned'])} at {ASC}. We are unable to approve this request.")
    d.para("Why: " + COSMETIC)
    d.para("The reviewer also noted that a vertical deviation was measured, but the notes say the patient has no "
           "complaints other than appearance. A head tilt was not recorded.")
    if True:
        d.para("Clinical criteria used: Bramblecrest Medical Policy OPH-0231, Strabismus Surgery in Adults, revised "
               "annually. Diagnosis codes on the request: H50.10 exotropia, unspecified; H50.21 vertical strabismus, "
               "right eye.", 9)
    d.add_page()
    dead = f["notice"] + dt.timedelta(days=180)
    rights(d, f, f"within 180 days from the date of this letter (by {D(f, dead)})", 9.5)
    d.para("Language help: If you need help in another language, call Member Services at " + f["phone"] +
           " (TTY 711). Si necesita ayuda en español, llame al mismo número.", 9)
    d.text_line("Bramblecrest Health Plan - Utilization Management", 10)
    t = truth("denial_letter", "not_covered", insurer=BC, plan_id=None, group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["auth"]], service_dates=[iso(f["planned"])],
              denial_date=iso(f["notice"]), provider=SURGEON_BARE, appeal_deadline=iso(dead),
              alternates={"provider": [PRACTICE]}, denial_alternates=["medical_necessity"])
    return pdf_bytes(d), t


def doc_stack_lmn(f):
    d = Page()
    d.add_page()
    d.text_line(PRACTICE, 15, "B")
    d.text_line("Adult Strabismus & Neuro-Ophthalmology  *  41 Tern Quay, Rexford Falls, OH 43996", 8.5)
    d.text_line(f"Tel 1-555-014-2281  Fax 1-555-014-2290  NPI {f['npi']}", 8.5)
    d.rule(0.5)
    sent = f["notice"] + dt.timedelta(days=6)
    d.text_line(D(f, sent), 10)
    d.ln(2)
    d.text_line("Bramblecrest Health Plan, Appeals Unit - by fax " + f["fax"], 10)
    d.ln(2)
    d.text_line(f"RE: {f['member']}   ID {f['mid']}   Request {f['auth']}", 10, "B")
    d.ln(2)
    d.para(f"I am writing to request reconsideration of the denial of strabismus surgery for my patient. At the "
           f"visit on {D(f, f['received'] - dt.timedelta(days=12))} the patient reported constant vertical double "
           f"vision when reading and driving, relieved only by closing one eye. A Fresnel prism trial of "
           f"{f['prism']} prism diopters failed. The surgery is reconstructive, to restore single binocular vision, "
           "and not cosmetic. The sensorimotor examination and the diplopia questionnaire are enclosed.")
    d.para(f"We would like to keep the surgery date of {D(f, f['planned'])}. Please call my surgical coordinator at "
           "1-555-014-2281 with any questions.")
    d.ln(2)
    d.text_line(SURGEON, 10)
    d.text_line("Adult strabismus surgeon", 9)
    t = truth("other", None, insurer=None, group_number=None, member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["auth"]], service_dates=[iso(f["planned"])], denial_date=iso(sent),
              provider=SURGEON_BARE, alternates={"provider": [PRACTICE], "insurer": [BC]},
              unscored=["insurer", "denial_date"])
    return pdf_bytes(d), t


# ---- 7: paid EOB after approval (phone photo) ------------------------------------------------------------------
def doc_eob_paid():
    f = facts(6, BC, "abbr", "plain")
    d = Page(margins=(16, 14, 16))
    d.add_page()
    head(d, f)
    d.text_line("Your Explanation of Benefits", 14, "B")
    d.text_line("This is not a bill. Keep it with your records.", 9)
    d.ln(2)
    kv(d, [("Prepared for", f["member"]), ("Member ID", f["mid"]), ("Group number", f["group"]),
           ("Date issued", D(f, f["notice"])), ("Claim ID", f["claim"]), ("Provider", SURGEON),
           ("Authorization", f["auth"])], 40, 9.5)
    lines = [("67311", 3420.00, 2110.40, 1650.32, 460.08), ("67335", 610.00, 402.10, 321.68, 80.42)]
    rows, tb, tp, ty = [], 0.0, 0.0, 0.0
    for c, b, al, pd, y in lines:
        tb, tp, ty = tb + b, tp + pd, ty + y
        rows.append([D(f, f["done"]), c, M(f, b), M(f, al), M(f, pd), M(f, y)])
    rows.append(["*Claim totals", "", M(f, tb), "", M(f, tp), M(f, ty)])
    d.table(["Date of service", "Service", "Amount billed", "Allowed", "Plan paid", "You may owe"], rows,
            [32, 20, 32, 30, 30, 30], 8.8, "LLRRRR")
    d.para(f"Payment of {M(f, tp)} was sent to {SURGEON} on {D(f, f['notice'] + dt.timedelta(days=2))}. Your share "
           "is coinsurance of 20% after your deductible. Your deductible is met for the year.", 9)
    d.para("If you have questions about this claim, call " + f["phone"] + ". You have 180 days from the date issued "
           "to ask us to review any part of this claim.", 8.6)
    t = truth("eob", None, insurer=BC, group_number=f["group"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[f["claim"]], claim_amount=m2(tb), service_dates=[iso(f["done"])],
              denial_date=iso(f["notice"]), provider=SURGEON_BARE, alternates={"case_numbers": [[f["claim"], f["auth"]]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    fs = facts(5, BC, "slash", "plain")
    stack_docs = [doc_stack_denial(fs), doc_stack_lmn(fs)]
    return [
        Item(f"{FAMILY}_bd_pa_cosmetic_denial", "born_digital", [doc_pa_denial()]),
        Item(f"{FAMILY}_scan300_approval_diplopia", "scan_clean_300", [doc_approval()]),
        Item(f"{FAMILY}_copy_asc_patient_statement", "photocopy", [doc_asc_bill()]),
        Item(f"{FAMILY}_lowres_eob_four_claims", "scan_lowres_150", [doc_eob_multi()]),
        Item(f"{FAMILY}_faxfine_claim_denial_prose", "fax_fine_g4", [doc_prose()]),
        Item(f"{FAMILY}_faxstd_stack_cover_denial_lmn", "fax_standard_g4", stack_docs, separators=["cover", None]),
        Item(f"{FAMILY}_photo_paid_eob", "phone_photo", [doc_eob_paid()]),
    ]
