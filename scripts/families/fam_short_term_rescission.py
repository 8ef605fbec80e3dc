"""Family short_term_rescission: claim denials and rescissions by an invented short-term limited-duration plan.

Two invented short-term medical insurers (Gullrock Indemnity Insurance Company, "GULLROCK" over "Indemnity Insurance
Company"; Driftfield Life & Health Assurance Co., a parent-company line above its name, set in serif) write long
prose letters of two or three pages: a claim denied because the condition began before coverage (the policy's
exclusion quoted in an indented block, a list of the medical records reviewed with their dates, what they show), a
claim held and denied because the records asked for never came, and a rescission of the whole policy for an answer
on the application that the records contradict (a refund of premium, claims already paid and the original effective
date as decoys). The claim's billed amount is given in a sentence, a hospital stay as "from March 3 through March 9,
2026". Individual policies: no group number; the policy or certificate number is the member ID.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundl_famw import CLINICS, DOCTORS, address, cents, days, digits, iso, letters, mixed, person, phone
from public_kit import Page, fdate, m2, money, out, truth

FAMILY = "short_term_rescission"
LANG = "en"
INS = {"A": ("Gullrock Indemnity Insurance Company", "Gullrock", "Gullrock Bridge Short-Term Medical 364"),
       "B": ("Driftfield Life & Health Assurance Co.", "Driftfield", "Driftfield TempCare Six-Month Plan")}
PARENT_B = "Ebbstone Financial Holdings, Inc."
HOSPITAL = "Cairnbrae General Hospital"
CLINIC_OF = {"knee": CLINICS[4], "heart": CLINICS[2], "gall": CLINICS[6], "back": CLINICS[1]}
# condition -> (diagnosis words, service billed, low, high, earlier finding)
CONDITIONS = {
    "knee": ("right knee osteoarthritis", "arthroscopic surgery of the right knee", 6400, 9800,
             "an orthopedic visit for right knee pain, with x-rays showing joint space narrowing"),
    "heart": ("atrial fibrillation", "a cardiology evaluation with an echocardiogram and a heart monitor", 1900, 3600,
              "an irregular heartbeat found at a clinic visit and a prescription for a blood thinner"),
    "gall": ("gallstones", "removal of the gallbladder", 11800, 16900,
             "an ultrasound that showed gallstones after two visits for upper abdominal pain"),
    "back": ("lumbar disc herniation", "an MRI of the lower back and two epidural steroid injections", 3100, 5200,
             "physical therapy and a muscle relaxant prescribed for low back pain with leg numbness"),
}
EXCLUSION = {
    "A": ("Part 6, Item 6.3 \u2013 Conditions That Began Before Coverage. This policy pays no benefit for any charge "
          "that results from, or is made worse by, a Pre-existing Condition. In this Item, a Pre-existing Condition "
          "means a sickness or injury that, at any time in the {n} months just before your Coverage Start Date, "
          "(a) was diagnosed, treated or looked into by a physician or other practitioner; (b) called for a "
          "prescription drug that was filled; or (c) caused signs or symptoms that a reasonable person would have "
          "had checked."),
    "B": ("EXCLUSIONS AND LIMITATIONS, paragraph 14 (Prior Conditions). We will not pay for care, supplies or drugs "
          "for a Prior Condition. \u201cPrior Condition\u201d means any illness, injury or health problem for which, "
          "within the {n} months ending on the day your coverage under this certificate starts, you consulted a "
          "provider, received care or medication, or had a test ordered, whether or not a diagnosis was made."),
}


def _letterhead(p: Page, ins: str, rng) -> None:
    if ins == "A":
        p.line("GULLROCK", 21, "B", h=8.5)
        p.line("Indemnity Insurance Company", 11, h=5.5)
        p.line(f"Short-Term Medical Claims  \u2022  PO Box {rng.randint(1000, 4999)}, Natchez, MS 39120  \u2022  "
               f"{phone(rng)}", 8, h=4.5)
    else:
        p.line(PARENT_B, 8, h=4)
        p.line("Driftfield Life & Health Assurance Co.", 15, "B", h=7.5)
        p.line(f"Underwriting and Claims Review  \u2022  {rng.randint(100, 999)} Gaff Road, Houlton, ME 04730  "
               f"\u2022  {phone(rng)}", 8, h=4.5)
    y = p.get_y() + 1
    super(Page, p).line(p.l_margin, y, p.w - p.r_margin, y)
    p.ln(5)


def _facts(rng, ins: str, cond: str, stay: bool, who=None, dependent: bool = False, share=None):
    insured = who or person(rng)
    patient = person(rng, last=insured[2]) if dependent else insured
    notice = dt.date(2026, rng.randint(3, 10), rng.randint(1, 28))
    eff = days(notice, -rng.randint(90, 160))
    dos = days(eff, rng.randint(25, 60))
    end = days(dos, rng.randint(3, 6)) if stay else dos
    _, _, lo, hi, _ = CONDITIONS[cond]
    policy = f"GIC-{mixed(rng, 4)}{digits(rng, 4)}" if ins == "A" else f"DF{digits(rng, 2)}-{mixed(rng, 6)}"
    if share:   # a later letter to the same policyholder: same policy, start date and address
        policy, eff = share["policy"], share["eff"]
        notice = days(share["notice"], rng.randint(20, 40))
        dos, end = share["dos"], share["end"]
    return dict(insured=insured, patient=patient, notice=notice, eff=eff, dos=dos, end=end, cond=cond,
                billed=cents(rng, lo, hi), policy=policy, doctor=rng.choice(DOCTORS),
                clinic=HOSPITAL if stay else CLINIC_OF[cond], addr=address(rng),
                claim=f"{notice.strftime('%y')}{letters(rng, 2)}{digits(rng, 7)}",
                ref=(f"UR-{digits(rng, 6)}" if ins == "A" else f"{letters(rng, 1)}{digits(rng, 3)}-{mixed(rng, 4)}"),
                lookback=rng.choice([12, 24]), premium=cents(rng, 600, 2400), paid_before=cents(rng, 90, 480))


def _span_words(f, ds) -> str:
    if f["end"] == f["dos"]:
        return f"on {fdate(f['dos'], ds)}"
    a = fdate(f["dos"], "long")
    return f"from {a.split(',')[0]} through {fdate(f['end'], 'long')}"


def _head(p: Page, ins: str, f: dict, rng, ds: str, kind: str) -> None:
    _letterhead(p, ins, rng)
    p.line(fdate(f["notice"], ds), 10, h=6)
    if kind == "rescission":
        p.line("SENT BY CERTIFIED MAIL AND FIRST-CLASS MAIL", 8.5, "B", h=5)
    p.ln(2)
    for ln in [f["insured"][0]] + f["addr"]:
        p.line(ln, 10, h=5)
    p.ln(4)
    rows = [("Insured" if ins == "A" else "Primary insured", f["insured"][0])]
    if f["patient"] != f["insured"]:
        rows.append(("Patient", f["patient"][0]))
    rows += [("Policy number" if ins == "A" else "Certificate no.", f["policy"]),
             ("Plan", INS[ins][2]),
             ("Claim number" if ins == "A" else "Claim no.", f["claim"]),
             ("Review file" if ins == "A" else "Our reference", f["ref"])]
    if f["end"] != f["dos"]:
        rows.append(("Admission date", fdate(f["dos"], ds)))
    if kind != "rescission":
        rows.append(("Coverage start date", fdate(f["eff"], ds)))
    p.f(9.5, "B")
    p.cell(12, 5, "RE:")
    p.pairs(rows, label_w=40, size=9.5, x=p.l_margin + 12, h=5)
    p.ln(3)


def _quote(p: Page, text: str) -> None:
    p.f(9.3)
    p.set_x(p.l_margin + 14)
    p.multi_cell(p.w - p.l_margin - p.r_margin - 28, 4.5, text, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)


def _records(p: Page, rng, f: dict, ds: str) -> list[str]:
    eff = f["eff"]
    first = days(eff, -rng.randint(150, 300))
    rec = [f"Office visit notes, {rng.choice(DOCTORS)}, {rng.choice(CLINICS)}, dated {fdate(first, ds)}",
           f"Pharmacy claims history, prescriptions filled {fdate(days(first, 3), ds)} through "
           f"{fdate(days(eff, -rng.randint(20, 60)), ds)}",
           f"Imaging or test report dated {fdate(days(first, rng.randint(10, 40)), ds)}",
           f"Your application for coverage, signed {fdate(days(eff, -rng.randint(2, 9)), ds)}",
           f"Itemized bill and records from {f['clinic']} for the claim, received {fdate(days(f['notice'], -rng.randint(15, 40)), ds)}"]
    p.bullets(rec, 9.3)
    return rec


def _appeal(p: Page, ins: str, f: dict, dl: str, ds: str) -> str | None:
    p.heading("How to ask us to reconsider", 11)
    n = f["notice"]
    if dl == "notice":
        p.para("You or someone you name may appeal this decision in writing. Your appeal must be made within 180 "
               "days of the date of this letter. Tell us why you disagree and send any records you want us to see.",
               9.8)
        dead = days(n, 180).isoformat()
    elif dl == "date":
        last = days(n, 180)
        p.para(f"If you disagree, send us a written appeal. We must receive it no later than {fdate(last, ds)}. "
               "Include the claim number and any records from your doctors.", 9.8)
        dead = last.isoformat()
    else:
        p.para("If you disagree, you may appeal in writing within 180 days after you receive this letter. Include "
               "the claim number and any records you want us to consider.", 9.8)
        dead = None
    p.para("Short-term limited-duration insurance is not comprehensive coverage and is not subject to every rule "
           "that applies to individual health insurance; your state may also let you ask its insurance department "
           "to look into this decision. A state review is separate from our appeal and has its own time limits.", 8.8)
    return dead


def _close(p: Page, ins: str, rng) -> None:
    p.para(f"If you have questions, call us at {phone(rng)} (TTY 711), Monday through Friday.", 9.8)
    p.para("Sincerely,", 9.8, gap=5)
    p.para(("Claims Review Department\n" + INS[ins][0]) if ins == "A" else
           ("Underwriting and Claims Review\n" + INS[ins][0]), 9.8)
    p.para(f"Form {'GIC-CL-441' if ins == 'A' else 'DLH-STM-19'} (rev. {rng.randint(1, 12):02d}/25)", 7.5)


def _truth(kind: str, ins: str, f: dict, dead, dl: str, dtype: str, dalt):
    alts = {"insurer": [INS[ins][1]], "provider": [f["clinic"]]}
    if dl == "receive":
        alts["appeal_deadline"] = [days(f["notice"], 180).isoformat()]
    if f["end"] != f["dos"]:
        alts["service_dates"] = [[f["dos"].isoformat()]]
        alts["provider"] = [f["doctor"]]
    provider = HOSPITAL if f["end"] != f["dos"] else f["doctor"]
    return truth("denial_letter", dtype, insurer=INS[ins][0], member_id=f["policy"], member_name=f["patient"][0],
                 cases=[f["claim"], f["ref"]], claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"], f["end"])],
                 denial_date=f["notice"].isoformat(), provider=provider, appeal_deadline=dead, alternates=alts,
                 denial_alternates=dalt)


def preexisting(rng, ins: str, cond: str, *, ds: str, ms: str, dl: str, stay=False, dependent=False, who=None,
                records_missing=False, keep=None):
    f = _facts(rng, ins, cond, stay, who, dependent)
    if keep is not None:
        keep.update(f)
    diag, service, _, _, finding = CONDITIONS[cond]
    p = Page(serif=ins == "B", footer="Page {n} of {nb}",
             footer_left=f"{'Policy' if ins == 'A' else 'Certificate'} {f['policy']}")
    p.add_page()
    _head(p, ins, f, rng, ds, "claim")
    pat = f["patient"][0]
    p.para(f"Dear {f['insured'][1]} {f['insured'][2]}:", 10)
    whom = "you" if f["patient"] == f["insured"] else pat
    p.para(f"We have finished reviewing the claim {f['doctor']} and {f['clinic']} sent us for {service} that {whom} "
           f"received {_span_words(f, ds)}. The provider billed {money(f['billed'], ms)} for this care. Your coverage "
           f"under the {INS[ins][2]} started on {fdate(f['eff'], 'long')}.", 10)
    if records_missing:
        asked = [days(f["notice"], -rng.randint(50, 70)), days(f["notice"], -rng.randint(20, 35))]
        p.para(f"Because the claim came within the first months of coverage, we asked {f['doctor']} and the "
               f"practices listed on the claim for medical records from the {f['lookback']} months before your "
               f"coverage began. We wrote on {fdate(asked[0], ds)} and again on {fdate(asked[1], ds)}. We have not "
               "received the records, and we also sent you a form asking who treated you before; it was not "
               "returned.", 10)
        p.heading("Our decision", 11)
        p.para("We cannot decide whether this care is covered without those records, so we have denied the claim "
               "as it stands. This is not a finding that the condition began before your coverage. If the records "
               "reach us, we will review the claim again without you having to appeal.", 10)
        p.para("The policy section we need the records to apply reads:", 10)
        _quote(p, EXCLUSION[ins].format(n=f["lookback"]))
        dtype, dalt = "other", None
    else:
        p.heading("Our decision", 11)
        p.para(f"We are not able to pay this claim. The records we reviewed show that {whom} had {diag} before the "
               f"coverage started, and your policy does not pay for conditions that began before coverage. The "
               "policy says:", 10)
        _quote(p, EXCLUSION[ins].format(n=f["lookback"]))
        p.heading("What we looked at", 11)
        p.para("We reviewed the following records, which we asked for from the providers named on the claim and "
               "from the pharmacy benefit records tied to your policy:", 10)
        _records(p, rng, f, ds)
        p.para(f"Together these show {finding}, all within the {f['lookback']} months before "
               f"{fdate(f['eff'], 'long')}. The care on this claim was for the same condition.", 10)
        dtype, dalt = "not_covered", ["other"]
    p.para("Your policy stays in force. Other claims for conditions that did not begin before your coverage are "
           "not affected by this decision. Premiums already paid are not refunded for this reason.", 10)
    dead = _appeal(p, ins, f, dl, ds)
    _close(p, ins, rng)
    return out(p), _truth("claim", ins, f, dead, dl, dtype, dalt)


def rescission(rng, ins: str, cond: str, *, ds: str, ms: str, dl: str, stay=False, who=None, share=None):
    f = _facts(rng, ins, cond, stay, who, share=share)
    if share:
        f["addr"], f["billed"], f["claim"], f["clinic"], f["doctor"] = (share["addr"], share["billed"], share["claim"],
                                                                       share["clinic"], share["doctor"])
    diag, service, _, _, finding = CONDITIONS[cond]
    p = Page(serif=ins == "B", footer="Page {n} of {nb}",
             footer_left=f"{'Policy' if ins == 'A' else 'Certificate'} {f['policy']}  \u2013  rescission")
    p.add_page()
    _head(p, ins, f, rng, ds, "rescission")
    p.line("Notice of Rescission of Coverage", 13, "B", h=7)
    p.ln(1)
    p.para(f"Dear {f['insured'][1]} {f['insured'][2]}:", 10)
    p.para(f"We are writing about your {INS[ins][2]} policy, which was to begin on {fdate(f['eff'], 'long')}. After "
           f"we received the claim from {f['doctor']} at {f['clinic']} for {service} {_span_words(f, ds)}, billed at "
           f"{money(f['billed'], ms)}, we reviewed your application together with your medical records.", 10)
    q = rng.randint(3, 9)
    p.para(f"Question {q} of the application asked: \u201cIn the past five years, has any person applying been "
           f"diagnosed with, treated for, or advised to seek treatment for {diag.split()[-1]} or any disorder of the "
           f"same body system?\u201d The answer given was \u201cNo.\u201d The application also said:", 10)
    _quote(p, "I understand that the answers on this application are the basis on which the company issues "
              "coverage, and that if any answer is untrue or incomplete the company may cancel the policy back to "
              "its effective date and refund my premium, less any claims it has paid.")
    p.heading("What the records show", 11)
    p.para("We reviewed these records:", 10)
    _records(p, rng, f, ds)
    p.para(f"They show {finding} before you applied. Had the answer to question {q} been \u201cYes,\u201d we would "
           "not have issued the policy.", 10)
    p.heading("What we are doing", 11)
    p.para(f"We are rescinding your policy. This means it is treated as if it had never been in force, back to "
           f"{fdate(f['eff'], ds)}. Because there was no coverage, we will not pay claim {f['claim']} for the care "
           f"{_span_words(f, ds)}, and we will not pay other claims for dates after that start date.", 10)
    refund = round(f["premium"] - f["paid_before"], 2)
    p.para(f"You paid {money(f['premium'], ms)} in premiums. We earlier paid {money(f['paid_before'], ms)} in "
           f"claims for you; we will not ask you to repay that amount and have instead taken it from the refund. A "
           f"check for {money(refund, ms)} is enclosed. Please cash it within 90 days of its issue date.", 10)
    dead = _appeal(p, ins, f, dl, ds)
    p.para("Cashing the refund check does not give up your right to appeal.", 9.5)
    _close(p, ins, rng)
    return out(p), _truth("rescission", ins, f, dead, dl, "eligibility", ["other"])


def documents(rng: random.Random) -> list[Item]:
    r = random.Random(62814)
    items = [
        Item("short_term_rescission_bd_preex_knee", "born_digital",
             [preexisting(r, "A", "knee", ds="long", ms="plain", dl="notice")]),
        Item("short_term_rescission_bd_rescind_heart", "born_digital",
             [rescission(r, "B", "heart", ds="slash", ms="plain", dl="date")]),
        Item("short_term_rescission_scan_preex_stay", "scan_clean_300",
             [preexisting(r, "A", "gall", ds="dmy", ms="nosign", dl="date", stay=True, dependent=True)]),
        Item("short_term_rescission_rot_records", "rotated",
             [preexisting(r, "B", "back", ds="slash", ms="plain", dl="notice", records_missing=True)]),
        Item("short_term_rescission_copy_rescind_stay", "photocopy",
             [rescission(r, "A", "gall", ds="iso", ms="usd", dl="receive", stay=True)]),
        Item("short_term_rescission_lowres_preex_back", "scan_lowres_150",
             [preexisting(r, "B", "back", ds="abbr", ms="flat", dl="receive", dependent=True)]),
    ]
    who, keep = person(r), {}
    first = preexisting(r, "B", "heart", ds="slash", ms="plain", dl="notice", who=who, keep=keep)
    items.append(Item("short_term_rescission_faxf_stack", "fax_fine_g4",
                      [first, rescission(r, "B", "heart", ds="long", ms="plain", dl="notice", who=who, share=keep)],
                      separators=["cover", None]))
    return items
