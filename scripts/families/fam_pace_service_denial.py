"""Family pace_service_denial: an invented PACE organization's (Program of All-Inclusive Care for the Elderly) notice
of its decision on a participant's service request after the interdisciplinary team (IDT) reviewed it.

Three invented PACE organizations, each with a two-line letterhead (a name in capitals over the program line, or a
parent-company line over the program's name). A fact block (boxed grid, plain pairs or "RE:" lines) with varied
labels: notice date, participant, participant ID (letters and digits mixed), Medicare number and Medicaid ID as
decoys on some, request number, request received (with a time), requested by, service requested; the decision as
check boxes (Denied / Partially approved / Approved) and, on one notice, a table of several requests of which only
one is not fully approved. Reasons in plain words: home care hours cut from what was asked, a power wheelchair a
manual chair and walker make unnecessary, a cardiologist outside the PACE network, a bill for an outside visit
nobody approved first, an injection treatment still under study, a cosmetic treatment, round-the-clock home care
where the IDT offers nursing facility care instead; one approval. Appeal to the PACE organization within 60 days
of the notice / by a printed date / after receipt; decoys: the 72-hour fast appeal, continuation of services, the
Medicare independent review and the 120-day Medicaid State Fair Hearing, IDT meeting date, letter ID, form number.
A fine-mode fax stack: cover sheet, a denial and an approval for the same participant.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundl_famv import DOCTORS, HOME_CARE, PACE_ORGS, SPECIALISTS, address, days, digits, fdate, iso, mbi, mixed
from kit_roundl_famv import person, phone, usd
from public_kit import Page, m2, out, truth

FAMILY = "pace_service_denial"
LANG = "en"
ON, OFF = "\u2612", "\u2610"
TITLES = ["Notice of Service Determination", "Notice of Decision on Your Service Request",
          "Service Determination Request: Notice of Denial"]


def _letterhead(p: Page, org: str, rng) -> str:
    l1, l2, full = PACE_ORGS[org]
    if l1.startswith("A program of"):
        p.line(l1, 8.5, h=4.5)
        p.line(l2, 17, "B", h=8)
    else:
        p.line(l1, 17, "B", h=8)
        p.line(l2, 10.5, h=5.5)
    a = address(rng)
    p.line(f"{a[0]}, {a[1]}  ·  Phone {phone(rng)}  ·  TTY 711", 8.5, h=4.5)
    p.ln(5)
    return full


def _block(p: Page, style: str, rows: list[tuple[str, str]]) -> None:
    if style == "grid":
        p.boxed_pairs(rows, label_w=58)
    elif style == "re":
        p.f(10, "B")
        p.cell(10, 5.4, "RE:")
        p.pairs(rows, label_w=52, size=9.8, bold_label=False, x=p.l_margin + 10)
        p.ln(3)
    else:
        p.pairs(rows, label_w=58, size=9.8)
        p.ln(3)


def _decision_line(p: Page, which: str) -> None:
    opts = ["Denied", "Partially approved", "Approved"]
    p.f(10.5, "B")
    p.cell(30, 6, "Decision:")
    p.f(10.5)
    p.cell(0, 6, "     ".join(f"{ON if o == which else OFF} {o}" for o in opts), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)


def _rights(p: Page, org: str, full: str, dl: str, notice: dt.date, d, rng) -> dt.date | None:
    """Appeal rights: the PACE organization's appeal (the deadline) and the decoy limits around it."""
    p.heading("If you disagree with our decision: your appeal rights", 10.5, rule=True)
    due = days(notice, 60)
    first = {"notice": "You, or someone you choose to act for you, can appeal to " + full + ". You must ask for the "
                       "appeal within 60 days of the date of this notice.",
             "date": f"You, or someone you choose to act for you, can appeal to {full}. Your appeal must reach us "
                     f"no later than {d(due)}.",
             "receipt": f"You, or someone you choose to act for you, can appeal to {full} within 60 days from the "
                        "day you receive this notice."}[dl]
    p.para(first + f" Call {phone(rng)}, write to us at the address above, or tell any member of your care team. "
           "Someone not involved in this decision will review your appeal.", 9.5)
    p.para("**Fast appeal.** If waiting could seriously harm your life, health or ability to function, ask for a fast "
           "appeal. We will decide within 72 hours.", 9.5)
    p.para("**Keeping your services during the appeal.** If we reduced or stopped a service you already receive, you "
           "can ask to keep it until the appeal is decided. You may have to pay for it if you lose the appeal.", 9.5)
    p.para("**If we still say no.** We will tell you in writing and explain your next step. If you have Medicare, "
           "your case can go to an independent review organization that works for Medicare. If you have Medicaid, "
           "you can ask for a State Fair Hearing within 120 days of our appeal decision. If you have both, we will "
           "help you choose.", 9.5)
    p.para(f"Free help: the state long-term care ombudsman at {phone(rng)} or legal services at {phone(rng)}.", 9)
    return {"notice": due, "date": due, "receipt": None}[dl]


def _sign(p: Page, full: str, rng, cc: str | None) -> None:
    p.ln(2)
    p.para("Sincerely,", 10, gap=5)
    p.para(f"{rng.choice(['Ottoline', 'Marius', 'Joscelin'])} {rng.choice(['Hebden', 'Askew', 'Wardle'])}, "
           f"{rng.choice(['IDT Facilitator', 'Center Manager', 'Participant Services Coordinator'])}\n"
           f"for the Interdisciplinary Team, {full}", 10)
    if cc:
        p.para(f"cc: {cc}", 8.5)


def make(rng: random.Random, spec: dict):
    """One notice from a spec: org, kind, decision, date style, block style, deadline kind, decoys."""
    org, ds = spec["org"], spec["ds"]
    d = lambda x: fdate(x, ds)  # noqa: E731
    p = Page(footer=f"Form {mixed(rng, 'PSD-9A')} (Rev. 01/2026)   Letter ID {digits(rng, 9)}   Page {{n}} of {{nb}}")
    p.add_page()
    full = _letterhead(p, org, rng)
    name = spec.get("name") or person(rng)
    pid = spec.get("pid") or mixed(rng, rng.choice(["AA-99A9999", "AA9A99999", "99A-AA99-9"]))
    notice = spec.get("notice") or (dt.date(2026, 1, 12) + dt.timedelta(days=rng.randint(0, 110)))
    received = days(notice, -rng.randint(3, 9))
    idt = days(notice, -rng.randint(1, 2))
    req = mixed(rng, rng.choice(["SDR-99-9999A", "SR99A99999", "REQ-9999-A9"]))
    kind = KINDS[spec["kind"]](rng, d, notice, spec)
    p.line(rng.choice(TITLES) if spec["decision"] != "Approved" else "Notice of Service Determination: Approved",
           13, "B", h=7)
    p.ln(2)
    lab = spec.get("labels", 0)
    rows = [(["Date of notice", "Notice date", "Date"][lab], d(notice)),
            (["Participant", "Participant name", "Member (participant)"][lab], name),
            (["Participant ID", "PACE ID no.", "Participant No."][lab], pid)]
    if spec.get("mbi"):
        rows.append(("Medicare number", mbi(rng)))
    mcd = None
    if spec.get("medicaid"):
        mcd = digits(rng, 10)
        rows.append(("Medicaid ID", mcd))
    rows += [(["Request number", "Service request #", "SDR no."][lab], req),
             ("Request received", f"{d(received)} {rng.randint(8, 11)}:{rng.randint(10, 59)} AM"),
             ("Requested by", kind["by"]), ("Service requested", kind["service"])]
    _block(p, spec["block"], rows)
    _decision_line(p, spec["decision"])
    for head, text in kind["body"]:
        if head:
            p.heading(head, 10.5)
        if isinstance(text, list):
            p.table(*text)
        else:
            p.para(text.format(idt=d(idt), full=full), 9.8)
    deadline = None
    if spec["decision"] != "Approved":
        deadline = _rights(p, org, full, spec["dl"], notice, d, rng)
    else:
        p.para(f"Questions? Call your care team at {phone(rng)}.", 9.5)
    _sign(p, full, rng, kind.get("cc"))
    alts = dict(kind.get("alts", {}))
    if org == "quill":
        alts["insurer"] = ["Quillmoor Senior Services, Inc."]
    if org == "heather":
        alts["insurer"] = ["Heatherlea"]
    if mcd:
        alts["member_id"] = [mcd]
    if spec["dl"] == "receipt" and spec["decision"] != "Approved":
        alts["appeal_deadline"] = [days(notice, 60).isoformat()]
    doc_type = "other" if spec["decision"] == "Approved" else "denial_letter"
    t = truth(doc_type, kind["denial"] if doc_type != "other" else None, insurer=full, member_id=pid,
              member_name=name, cases=[req], claim_amount=kind.get("amount"), service_dates=kind["dates"],
              denial_date=notice.isoformat(), provider=kind["provider"],
              appeal_deadline=deadline.isoformat() if deadline else None, alternates=alts,
              denial_alternates=kind.get("dalts", []))
    return out(p), t, dict(name=name, pid=pid)


def _homecare(rng, d, notice, spec):
    start = days(notice, rng.randint(4, 10))
    agency, pcp = HOME_CARE[0], rng.choice(DOCTORS)
    rows = [["1", "Home care aide hours", "20 hours a week", "14 hours a week",
             "Partially approved"],
            ["2", "Shower chair with back", "1", "1", "Approved"],
            ["3", "Sunday rides to your daughter's home", "weekly", "weekly", "Approved"]]
    return {"by": "Your daughter, on your behalf", "service": f"More home care aide hours from {agency}",
            "denial": "medical_necessity", "provider": agency,
            "dates": [iso(start)], "alts": {"provider": [pcp], "service_dates": [[]]}, "cc": f"{pcp}, PACE primary care physician",
            "body": [("What you asked for", "You asked for three things. The table shows what the interdisciplinary "
                      "team (IDT) decided on each one. Only the first request was not fully approved."),
                     (None, [["#", "Request", "Asked for", "Approved", "Decision"], rows, [8, 70, 32, 32, 38]]),
                     ("What we decided", f"You now get 10 hours a week of home care aide help from {agency}. You asked "
                      f"for 20 hours a week starting {d(start)}. We approved 14 hours a week starting that day. We "
                      "did not approve the other 6 hours."),
                     ("Why we decided this", "The IDT met on {idt}. Our nurse and occupational therapist visited you "
                      "at home. You can now feed yourself and use the toilet on your own since your new grab bars "
                      "were put in. You need help with bathing, dressing and meal preparation. The team found that "
                      "14 hours a week covers that help. The extra hours you asked for would be for tasks you can "
                      "now do yourself, so they are not medically needed.")]}


def _wheelchair(rng, d, notice, spec):
    pcp = spec.get("pcp") or rng.choice(DOCTORS)
    return {"by": f"{pcp}, your PACE primary care physician", "service": "Power wheelchair (group 2)",
            "denial": "medical_necessity", "dalts": ["not_covered"], "provider": pcp, "dates": [],
            "body": [("What we decided", "We are denying your request for a power wheelchair."),
                     ("Why we decided this", "The IDT reviewed your request on {idt}. Our physical therapist tested "
                      "you at the center and in your apartment. You walk safely indoors with your rolling walker "
                      "and you can push your manual wheelchair for longer distances, such as to the dining room. "
                      "The doorways of your apartment are too narrow for a power chair to turn. A power wheelchair "
                      "would not add to what you can do safely, so it is not medically necessary for you now."),
                     ("What we will do instead", "We will fit your manual wheelchair with a lighter frame and new "
                      "cushion, and our therapist will see you twice a week for 4 weeks to build arm strength. Tell "
                      "your care team if your walking gets worse; we will look at this again.")]}


def _specialist(rng, d, notice, spec):
    doc, clinic = SPECIALISTS[1]
    appt = days(notice, rng.randint(8, 20))
    inhouse = rng.choice(DOCTORS)
    return {"by": "You (the participant)", "service": f"Visit with {doc}, {clinic}", "denial": "out_of_network",
            "dalts": ["not_covered"], "provider": doc, "dates": [iso(appt)],
            "alts": {"provider": [clinic], "service_dates": [[]]},
            "body": [("What you asked for", f"You asked us to approve a visit with {doc} at {clinic} on {d(appt)} "
                      "about your heart rhythm."),
                     ("Why we decided this", f"{doc} does not have a contract with " + "{full}. As a PACE "
                      "participant you get all your care through our center and the doctors and hospitals we "
                      f"contract with, except in an emergency. Our contracted cardiologist, {inhouse}, can see you "
                      "within two weeks; your care team will call you with a time. Because the care you need is "
                      "available in our network, we cannot pay for the visit with an outside doctor.")]}


def _reimburse(rng, d, notice, spec):
    doc, clinic = SPECIALISTS[0]
    visit = days(notice, -rng.randint(25, 50))
    amt = float(f"{rng.randint(140, 320)}.{rng.choice(['00', '50', '00'])}")
    return {"by": "You (the participant)", "service": f"Pay back a bill from {clinic}", "denial": "prior_authorization",
            "dalts": ["out_of_network", "other"], "provider": doc, "dates": [iso(visit)], "amount": m2(amt),
            "alts": {"provider": [clinic]},
            "body": [("What you asked for", f"You sent us a bill from {clinic} for a skin check with {doc} on "
                      f"{d(visit)}. The bill was for {usd(amt, spec.get('ms', 'plain'))}, and you asked us to pay "
                      "you back."),
                     ("Why we decided this", "We pay for care from outside providers only when your care team "
                      "approved it before you went, unless it was an emergency or urgent care while you were away "
                      "from our service area. Nobody on your care team approved this visit, and it was a planned "
                      "skin check close to home, not an emergency. The IDT reviewed your request on {idt}. So we "
                      "cannot pay for it. Our dermatology consultant can check your skin at the center; ask your "
                      "care team.")]}


def _experimental(rng, d, notice, spec):
    when = days(notice, rng.randint(10, 25))
    pcp = rng.choice(DOCTORS)
    return {"by": f"You, after a talk with {pcp}", "service": "Stem cell injections into both knees",
            "denial": "experimental", "dalts": ["not_covered", "medical_necessity"], "provider": pcp,
            "dates": [iso(when)], "alts": {"service_dates": [[]]},
            "body": [("What you asked for", f"You asked us to pay for stem cell injections into both knees at an "
                      f"outside clinic, planned for {d(when)}."),
                     ("Why we decided this", "The IDT reviewed your request on {idt}, with advice from an "
                      "orthopedic doctor. Stem cell injections for knee arthritis are still being studied. There is "
                      "not yet good proof that they work or that they are safe for people your age, and Medicare "
                      "does not pay for them. We do not cover treatments that are experimental."),
                     ("What we can offer", "Your care team can set up physical therapy, a knee brace and a visit "
                      "with our orthopedic consultant to talk about other treatments.")]}


def _cosmetic(rng, d, notice, spec):
    doc = SPECIALISTS[0][0]
    return {"by": "You (the participant)", "service": "Laser removal of age spots on the face",
            "denial": "not_covered", "dalts": ["other"], "provider": doc, "dates": [],
            "body": [("What you asked for", f"At your visit with {doc}, our dermatology consultant, you asked for "
                      "laser treatment to remove the age spots on your face."),
                     ("Why we decided this", f"{doc} checked the spots and found they are harmless. The treatment "
                      "would only change how your skin looks. PACE does not cover cosmetic treatments done only "
                      "for appearance. The IDT reviewed your request on {idt} and agreed.")]}


def _home24(rng, d, notice, spec):
    agency = HOME_CARE[1]
    pcp = spec["pcp"]
    start = days(notice, rng.randint(5, 9))
    return {"by": "Your son, on your behalf", "service": f"Round-the-clock (24-hour) home care from {agency}",
            "denial": "level_of_care", "dalts": ["medical_necessity"], "provider": agency, "dates": [iso(start)],
            "alts": {"provider": [pcp], "service_dates": [[]]}, "cc": f"{pcp}, PACE primary care physician",
            "body": [("What you asked for", f"Your son asked that aides from {agency} stay with you day and night "
                      f"at home starting {d(start)}."),
                     ("Why we decided this", "The IDT met on {idt} with you and your son. You now need two people "
                      "to move you from bed to chair, and you need a nurse to check your breathing machine during "
                      "the night. Aides working alone at home cannot do this safely. The team found that the care "
                      "you need now is nursing facility care, not home care. We will pay for your care at our "
                      "contracted nursing facility and keep seeing you through your PACE care team. We are not "
                      "approving 24-hour aide care at home."),
                     ("What happens next", "Your social worker will call you and your son this week to talk about "
                      "the nursing facility and to visit it with you.")]}


def _approved(rng, d, notice, spec):
    pcp = spec["pcp"]
    when = days(notice, rng.randint(6, 12))
    return {"by": pcp + ", your PACE primary care physician", "service": "Podiatry visit for nail and callus care",
            "denial": None, "provider": pcp, "dates": [iso(when)], "alts": {"service_dates": [[]]},
            "body": [("What we decided", f"We approved your podiatry visit. It is scheduled for {d(when)} at our "
                      "center. You do not have to do anything else."),
                     ("Why", "The IDT reviewed the request on {idt}. Regular foot care lowers your risk of sores "
                      "because of your diabetes.")]}


KINDS = {"homecare": _homecare, "wheelchair": _wheelchair, "specialist": _specialist, "reimburse": _reimburse,
         "experimental": _experimental, "cosmetic": _cosmetic, "home24": _home24, "approved": _approved}


def documents(rng: random.Random) -> list[Item]:
    pcp = rng.choice(DOCTORS)
    a_pdf, a_t, who = make(rng, dict(org="cress", kind="home24", decision="Denied", ds="long", block="grid",
                                     dl="notice", pcp=pcp, medicaid=True))
    b_pdf, b_t, _ = make(rng, dict(org="cress", kind="approved", decision="Approved", ds="long", block="grid",
                                   dl="notice", pcp=pcp, name=who["name"], pid=who["pid"]))
    return [
        Item("pace_service_denial_bd_homecare", "born_digital",
             [make(rng, dict(org="cress", kind="homecare", decision="Partially approved", ds="long", block="grid",
                             dl="notice", medicaid=True))[:2]]),
        Item("pace_service_denial_bd_wheelchair", "born_digital",
             [make(rng, dict(org="quill", kind="wheelchair", decision="Denied", ds="slash", block="plain",
                             dl="date", labels=1, mbi=True))[:2]]),
        Item("pace_service_denial_scan_specialist", "scan_clean_300",
             [make(rng, dict(org="heather", kind="specialist", decision="Denied", ds="dmy", block="re",
                             dl="receipt", labels=2))[:2]]),
        Item("pace_service_denial_lowres_reimburse", "scan_lowres_150",
             [make(rng, dict(org="cress", kind="reimburse", decision="Denied", ds="abbr", block="grid",
                             dl="notice", ms="usd", mbi=True))[:2]]),
        Item("pace_service_denial_phone_experimental", "phone_photo",
             [make(rng, dict(org="quill", kind="experimental", decision="Denied", ds="iso", block="plain",
                             dl="date", labels=1, medicaid=True))[:2]]),
        Item("pace_service_denial_rot_cosmetic", "rotated",
             [make(rng, dict(org="heather", kind="cosmetic", decision="Denied", ds="upper", block="re",
                             dl="notice", labels=2))[:2]]),
        Item("pace_service_denial_faxf_stack", "fax_fine_g4", [(a_pdf, a_t), (b_pdf, b_t)], ["cover", None]),
    ]
