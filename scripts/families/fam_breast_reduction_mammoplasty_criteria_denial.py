"""Family 'breast_reduction_mammoplasty_criteria_denial': prior-authorization letters, claim letters, an EOB and an
appeal decision on reduction mammaplasty (CPT 19318) judged cosmetic because the planned resection weight is below
the Schnur sliding scale for the member's body surface area, six months of conservative treatment (support bras,
physical therapy, analgesics) were not documented, or the photographs were missing. The plastic surgeon is the
provider (the practice accepted); the primary care physician who referred, the date of birth, the request-received
date, the consultation date, NPIs and the peer-to-peer deadline are decoys. One approval, one upheld first-level
appeal, one fax stack (surgeon's office cover sheet + plan letter). All values invented.

Issuers: Quillfeather Health Plan (commercial; letters, EOB, appeal decision), Larkmoor Assurance Company (letters,
approval).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "breast_reduction_mammoplasty_criteria_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
QF, LM = "Quillfeather Health Plan", "Larkmoor Assurance Company"
FIRST = ["Henrietta", "Adaeze", "Solveig", "Marguerite", "Thandiwe", "Keiko", "Rosamund", "Ludmila", "Anahí",
         "Philippa", "Yasmin", "Oona"]
LAST = ["Thistlewood", "Nwachukwu", "Brannigan", "Haverkamp", "Okafor-Reyes", "Sorensen", "Delacourt", "Mbeki",
        "Whitlock", "Ferreira", "Kazantzidis", "Lowenthal"]
SURGEONS = [("Corinne A. Vaszary, MD", "Brightwater Plastic & Reconstructive Surgery"),
            ("Emeka J. Oduya-Hart, MD", "Meridian Hill Plastic Surgery Associates"),
            ("Lucia R. Fontaine, MD", "Stonegate Aesthetic and Reconstructive Center"),
            ("Warrick P. Tennant, DO", "Foxglove Plastic Surgery Group")]
PCPS = ["Delphine M. Arkwright, MD", "Rahul V. Chattopadhyay, MD", "Gretchen O. Silverstein, DO",
        "Tomasz K. Wierzbicki, MD"]
# Schnur sliding scale (body surface area in square metres -> minimum grams of tissue per breast), as the plans print it
SCHNUR = [(1.40, 218), (1.50, 260), (1.60, 310), (1.70, 370), (1.80, 440), (1.90, 527), (2.00, 628), (2.10, 748),
          (2.20, 891)]


class Page(Doc):
    def __init__(self):
        super().__init__("DejaVu", margins=(20, 14, 20))
        self.add_font("DejaVu", "B", BOLD)


def dig(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def D(f, d):
    if f["ds"] == "dmon":
        return d.strftime("%-d %b %Y")
    return fmt_date(d, f["ds"])


def M(f, v):
    return fmt_money(v, f["ms"])


def facts(r, ins, ds, ms):
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 220))
    surg, prac = r.choice(SURGEONS)
    bsa_i = r.randint(1, 6)
    bsa, minimum = SCHNUR[bsa_i]
    bsa = round(bsa + r.choice([0.0, 0.01, 0.02, 0.03]), 2)
    return dict(ins=ins, ds=ds, ms=ms, notice=notice, planned=notice + dt.timedelta(days=r.randint(18, 45)),
                done=notice - dt.timedelta(days=r.randint(25, 60)), consult=notice - dt.timedelta(days=r.randint(40, 80)),
                received=notice - dt.timedelta(days=r.randint(4, 12)),
                dob=dt.date(r.randint(1968, 2002), r.randint(1, 12), r.randint(1, 27)),
                member=f"{r.choice(FIRST)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {r.choice(LAST)}",
                mid={QF: "QFH" + dig(r, 9), LM: "LMA-" + dig(r, 7) + "-" + dig(r, 2)}[ins],
                group={QF: dig(r, 6), LM: "LG" + dig(r, 5)}[ins], surgeon=surg, prac=prac, pcp=r.choice(PCPS),
                npi=r.choice("12") + dig(r, 9), pcp_npi=r.choice("12") + dig(r, 9),
                auth={QF: "QA" + dig(r, 9), LM: "UM-" + dig(r, 4) + "-" + dig(r, 5)}[ins],
                claim=dig(r, 12), appeal="AP" + dig(r, 8),
                phone=f"1-8{r.choice('4567')}{r.randint(4, 8)}-{dig(r, 3)}-{dig(r, 4)}",
                bsa=bsa, minimum=minimum, planned_g=minimum - r.randint(60, 160),
                height=r.randint(155, 178), weight=r.randint(62, 104), pt_weeks=r.randint(4, 8))


def head(d, f):
    if f["ins"] == QF:
        d.set_draw_color(0, 0, 0)
        d.set_line_width(1.2)
        d.circle(d.l_margin + 6, d.get_y() + 6, 6)
        d.set_line_width(0.2)
        d.set_x(d.l_margin + 16)
        d.font(16, "B")
        d.cell(0, 7, "Quillfeather Health Plan", new_x="LMARGIN", new_y="NEXT")
        d.set_x(d.l_margin + 16)
        d.font(8.5)
        d.cell(0, 5, f"Utilization Management  -  410 Tannery Row, Suite 200, Ashgrove, MO 64815  -  {f['phone']}",
               new_x="LMARGIN", new_y="NEXT")
        d.ln(6)
    else:
        d.text_line("LARKMOOR ASSURANCE COMPANY", 14, "B", "R")
        d.text_line("Health Care Services Review", 9, "", "R")
        d.text_line(f"PO Box 77120  Wexley, IA 50347   Tel {f['phone']}   Fax 1-515-{dig(random.Random(f['auth']), 3)}-4471",
                    8, "", "R")
        d.rule(0.6)
        d.ln(3)


def kv(d, rows, w1=50, size=9.5):
    for a, b in rows:
        if b is None:
            continue
        d.font(size - 1)
        d.cell(w1, 5.2, a)
        d.font(size, "B")
        d.cell(0, 5.2, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def reason(f, kind):
    return {
        "schnur": f"Your height ({f['height']} cm) and weight ({f['weight']} kg) give a body surface area of "
                  f"{f['bsa']:.2f} square meters. On the Schnur sliding scale the minimum amount of breast tissue to be "
                  f"removed for that body surface area is {f['minimum']} grams from each breast. Your surgeon "
                  f"estimates {f['planned_g']} grams per breast. Because the planned removal is below the scale, the "
                  "surgery is considered cosmetic and is not covered under your plan.",
        "conservative": "Our policy requires at least six months of conservative treatment for the neck, back or "
                        "shoulder pain (for example professionally fitted support bras, physical therapy and "
                        f"anti-inflammatory medicine) before reduction mammaplasty. The records show {f['pt_weeks']} "
                        "weeks of physical therapy and no support-bra trial. Six months of conservative treatment are "
                        "not documented, so the medical necessity criteria are not met.",
        "photos": "Our policy requires frontal and lateral photographs showing shoulder grooving from bra straps or "
                  "skin changes under the breasts. No photographs were received with the request. Without them the "
                  "reviewer could not confirm that the criteria are met, and the surgery is considered cosmetic.",
    }[kind]


POLICY = "Medical Policy SUR-2207, Reduction Mammaplasty for Symptomatic Macromastia"


def letter(d, f, kind, mode):
    """mode: 'pa' (pre-service), 'post' (claim letter), 'approve'."""
    d.add_page()
    head(d, f)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(2)
    rr = random.Random(f["auth"])
    for ln in (f["member"], f"{rr.randint(14, 980)} {rr.choice(['Larkspur Way', 'Holloway Bend', 'Tamarack Court'])}",
               rr.choice(["Ashgrove, MO 64816", "Wexley, IA 50348", "Cindervale, KS 66102"])):
        d.text_line(ln, 10)
    d.ln(4)
    title = {"pa": "Notice of Adverse Benefit Determination", "post": "Claim Determination - Service Not Covered",
             "approve": "Prior Authorization Approval"}[mode]
    d.text_line(title, 12.5, "B")
    d.ln(1)
    if f["ins"] == QF:
        rows = [("Member name:", f["member"]), ("Member ID:", f["mid"]), ("Group no.:", f["group"]),
                ("Date of birth:", D(f, f["dob"])),
                ("Claim no.:" if mode == "post" else "Reference no.:", f["claim"] if mode == "post" else f["auth"]),
                ("Plastic surgeon:", f"{f['surgeon']} (NPI {f['npi']})"), ("Practice:", f["prac"]),
                ("Primary care physician:", f"{f['pcp']} (NPI {f['pcp_npi']})"),
                ("Service:", "19318 Breast reduction (reduction mammaplasty), bilateral"),
                ("Date of surgery:" if mode == "post" else "Requested date of surgery:",
                 D(f, f["done"] if mode == "post" else f["planned"])),
                ("Total billed:", M(f, f["amount"]) if mode == "post" else None),
                ("Request received:", None if mode == "post" else D(f, f["received"]))]
    else:
        rows = [("Patient", f["member"]), ("ID number", f["mid"]), ("Group", f["group"]),
                ("Authorization request", f["auth"]), ("Received", D(f, f["received"])),
                ("Requesting provider", f"{f['surgeon']}, {f['prac']}"), ("Referring PCP", f["pcp"]),
                ("Procedure", "CPT 19318 - Reduction mammaplasty"), ("Planned date", D(f, f["planned"])),
                ("Consultation", D(f, f["consult"]))]
    kv(d, rows, 52)
    if mode == "approve":
        d.para(f"We approved the request from {f['surgeon']} for bilateral reduction mammaplasty. The records show "
               f"seven months of conservative treatment, photographs were received, and the planned removal of "
               f"{f['minimum'] + 95} grams per breast is above the Schnur sliding scale minimum of {f['minimum']} grams "
               f"for a body surface area of {f['bsa']:.2f} square meters.")
        d.para("This approval is valid for 90 days from the planned date while you remain a member. Benefits are "
               "subject to your deductible, coinsurance and the terms of your plan. No action is needed from you.")
    else:
        d.para(("We denied the claim for the surgery listed above. " if mode == "post" else
                "We reviewed the request for the surgery listed above and cannot approve it. ") + reason(f, kind))
        d.para(f"This decision was made by a board-certified plastic surgeon using {POLICY}. You may ask for a free "
               "copy of the policy and of every document we used.", 9.5)
        d.para(f"Peer-to-peer review: your surgeon may speak with the reviewer by calling {f['phone']} by "
               f"{D(f, f['notice'] + dt.timedelta(days=10))}. A peer-to-peer review is not an appeal.", 9.5)
        if f["dl"] == "days":
            d.para("How to appeal: you, your surgeon or your authorized representative may file a written appeal "
                   "within 180 days of the date of this letter. Send medical records that show the criteria are met.",
                   9.5)
        else:
            d.para(f"How to appeal: we must receive your written appeal no later than {D(f, f['dead'])}. Send "
                   "medical records that show the criteria are met.", 9.5)
        d.para("External review: after our final internal decision you may ask for an independent external review "
               "within four months. If waiting would seriously jeopardize your health you may ask for an expedited "
               "appeal, decided within 72 hours.", 8.8)
    d.ln(2)
    d.text_line("Sincerely,", 10)
    d.text_line("Utilization Management Department", 10)
    d.text_line(f["ins"], 10)


def eob(d, f, lines):
    d.add_page()
    head(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 14, "B")
    d.text_line("This is not a bill", 9)
    d.ln(2)
    d.boxes([("Statement date", D(f, f["notice"]), 38), ("Member", f["member"], 62), ("Member ID", f["mid"], 40),
             ("Group", f["group"], 36)])
    d.boxes([("Claim number", f["claim"], 40), ("Provider", f["prac"], 100), ("Received", D(f, f["received"]), 35)])
    d.ln(3)
    d.text_line(f"Patient: {f['member']}   Rendering: {f['surgeon']}   Referred by: {f['pcp']}", 8.5)
    d.ln(2)
    rows, tot = [], 0.0
    for code, desc, amt, note in lines:
        tot += amt
        rows.append([D(f, f["done"]), code, desc, M(f, amt), M(f, 0), M(f, 0), M(f, amt), note])
    rows.append(["*Claim total", "", "", M(f, tot), M(f, 0), M(f, 0), M(f, tot), ""])
    d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Note"], rows,
            [25, 17, 46, 22, 18, 18, 20, 10], 8.2, "LLLRRRRL")
    d.para("C44 - Reduction mammaplasty is covered only when the criteria in " + POLICY + " are met. " +
           reason(f, f["kind"]), 8.8)
    d.para("N19 - Anesthesia or facility charges for a non-covered surgery are also not covered.", 8.8)
    d.para("Plan year to date: deductible met $1,500.00 of $1,500.00; out-of-pocket $2,210.40 of $6,350.00.", 8.5)
    d.para(f"Your right to appeal: you may appeal within 180 days of the date of this statement. Write to Quillfeather "
           f"Appeals, 410 Tannery Row, Ashgrove, MO 64815 or call {f['phone']}.", 8.8)
    return tot


def appeal_decision(d, f):
    d.add_page()
    head(d, f)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(3)
    d.text_line("First-Level Appeal Decision - Denial Upheld", 12.5, "B")
    d.ln(1)
    kv(d, [("Appellant / member:", f["member"]), ("Member ID:", f["mid"]), ("Group no.:", f["group"]),
           ("Appeal no.:", f["appeal"]), ("Original reference no.:", f["auth"]),
           ("Original decision date:", D(f, f["orig"])), ("Appeal received:", D(f, f["received"])),
           ("Requesting surgeon:", f"{f['surgeon']}, {f['prac']}"), ("PCP:", f["pcp"]),
           ("Service:", "CPT 19318 reduction mammaplasty, bilateral"), ("Requested date:", D(f, f["planned"]))], 52)
    d.para(f"We received your appeal of our decision dated {D(f, f['orig'])} denying prior authorization for breast "
           "reduction surgery. A board-certified plastic surgeon who was not involved in the first decision reviewed "
           "the appeal, the letter from your surgeon, and the physical therapy notes you sent.")
    d.para("Decision: we upheld (did not change) the denial. " + reason(f, "conservative"))
    d.para("Second-level appeal: you may ask for a second-level appeal within 60 days of the date of this letter. "
           "Send it to Quillfeather Appeals Unit, 410 Tannery Row, Suite 240, Ashgrove, MO 64815.", 9.5)
    d.para("External review: you may instead ask for an independent external review by the state within four "
           "months of this letter. Urgent situations may qualify for an expedited external review.", 8.8)
    d.ln(2)
    d.text_line("Appeals and Grievances", 10)
    d.text_line(QF, 10)


def cover(f):
    d = Page()
    d.add_page()
    d.text_line(f["prac"], 14, "B")
    d.text_line("FAX", 12, "B")
    d.ln(4)
    kv(d, [("To:", f"{f['member']}"), ("From:", "Surgical coordinator, " + f["prac"]),
           ("Date:", D(f, f["notice"] + dt.timedelta(days=3))), ("Re:", "Insurance decision - breast reduction"),
           ("Pages:", "2 including cover")], 22, 11)
    d.para("Attached is the letter we received from your insurance company. Please bring the photographs taken at "
           "your consultation to your next visit so we can send them with an appeal.", 10)
    return pdf_bytes(d)


def build(seed, kind, ins, ds, ms, mode, dl="days", lines=None):
    r = random.Random(seed)
    f = facts(r, ins, ds, ms)
    f.update(kind=kind, dl=dl, dead=f["notice"] + dt.timedelta(days=180 if dl == "days" else 60))
    d = Page()
    dalt = ["not_covered"]
    alts = {"provider": [f["prac"]]}
    if mode == "eob":
        tot = eob(d, f, lines)
        dtype, denial, dalt = "eob", "not_covered", ["medical_necessity"] + (["other"] if kind == "photos" else [])
        cases, amt, svc, dead, prov = [f["claim"]], m2(tot), f["done"], f["notice"] + dt.timedelta(days=180), f["prac"]
        alts = {"provider": [f["surgeon"]]}
    elif mode == "appeal":
        f["orig"] = f["notice"] - dt.timedelta(days=r.randint(40, 70))
        f["received"] = f["notice"] - dt.timedelta(days=r.randint(10, 25))
        appeal_decision(d, f)
        dtype, denial, cases, amt, svc = "denial_letter", "medical_necessity", [f["appeal"], f["auth"]], None, f["planned"]
        dead, prov = f["notice"] + dt.timedelta(days=60), f["surgeon"]
    else:
        if mode == "post":
            f["amount"] = sum(a for _, _, a, _ in lines)
        letter(d, f, kind, mode)
        amt = m2(f["amount"]) if mode == "post" else None
        cases = [f["claim"] if mode == "post" else f["auth"]]
        svc = f["done"] if mode == "post" else f["planned"]
        prov = f["surgeon"]
        if mode == "approve":
            dtype, denial, dalt, dead = "other", None, [], None
        else:
            dtype, dead = "denial_letter", f["dead"]
            denial = "medical_necessity"
            dalt = ["not_covered"] + (["other"] if kind == "photos" else [])
    t = truth(dtype, denial, insurer=ins, group_number=f["group"], member_id=f["mid"], member_name=f["member"],
              case_numbers=cases, claim_amount=amt, service_dates=[iso(svc)], denial_date=iso(f["notice"]),
              provider=prov, appeal_deadline=dead and iso(dead), alternates=alts, denial_alternates=dalt)
    return f, pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    out = []
    f, p, t = build(174500, "schnur", QF, "long", "plain", "pa")
    out.append(Item(f"{FAMILY}_pa_schnur_below_scale", "born_digital", [(p, t)]))
    f, p, t = build(174501, "conservative", LM, "slash", "plain", "pa", dl="date")
    out.append(Item(f"{FAMILY}_pa_conservative_not_documented", "scan_clean_300", [(p, t)]))
    lines = [("19318-RT", "Reduction mammaplasty, right", 7125.00, "C44"),
             ("19318-LT", "Reduction mammaplasty, left", 7125.00, "C44"),
             ("99024", "Postoperative visit", 0.00, "C44")]
    f, p, t = build(174502, "photos", QF, "iso", "plain", "eob", lines=lines)
    out.append(Item(f"{FAMILY}_eob_photos_missing", "scan_lowres_150", [(p, t)]))
    f, p, t = build(174503, "approve", LM, "abbr", "plain", "approve")
    out.append(Item(f"{FAMILY}_approval", "born_digital", [(p, t)]))
    f, p, t = build(174504, "conservative", QF, "dmon", "plain", "appeal")
    out.append(Item(f"{FAMILY}_appeal_upheld", "photocopy", [(p, t)]))
    f, p, t = build(174505, "photos", LM, "dmy", "plain", "pa")
    out.append(Item(f"{FAMILY}_fax_cover_photos_missing", "fax_standard_g4", [(p, t)], separators=[cover(f)]))
    f, p, t = build(174506, "schnur", QF, "slash", "nosign", "post",
                    lines=[("19318", "Reduction mammaplasty", 12980.50, "C44")])
    out.append(Item(f"{FAMILY}_claim_letter_schnur", "rotated", [(p, t)]))
    return out
