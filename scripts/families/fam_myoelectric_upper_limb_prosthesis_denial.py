"""Family 'myoelectric_upper_limb_prosthesis_denial': externally powered (myoelectric) upper-limb prostheses (L6026
transcarpal / partial hand with external power, L6935 below-elbow external power socket with electrodes, L7007
electric hand) refused because the member's functional level is not shown or a body-powered hook would do.

Documents: a commercial EOB with three claims (therapy and physiatry paid, the prosthetist's claim denied); a
fine-fax stack of a cover sheet, the prosthetist's quote (with a body-powered alternative priced as a decoy) and the
plan's pre-service prose letter; a workers' compensation utilization review non-certification; a photocopied
independent review organization decision overturning the plan; a phone photo of a request for myoelectric site
testing (a hold, not a denial); a sideways state Medicaid notice of action; a low-resolution paid claim summary
after the overturn.

Decoys: DOB, date of injury, NPIs, quote numbers, medical policy numbers, the body-powered alternative's price,
paid claims, fair-hearing / IMR / expedited / external-review time limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "myoelectric_upper_limb_prosthesis_denial"
LANG = "en"
SEED = 315500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"


class Page(Doc):
    def __init__(self, foot: str | None = None, margins=(16, 14, 16), header: str | None = None, serif=False):
        super().__init__("DejaVu", footer=foot, margins=margins, header=header)
        self.add_font("DejaVu", "B", BOLD)
        if serif:
            self.add_font("Serif", "", SERIF)
            self.add_font("Serif", "B", SERIF_B)
            self.base_font = "Serif"

    def kv(self, rows, lw=44, size=9.2, h=5.2):
        for lab, val in rows:
            self.font(size, "B")
            self.cell(lw, h, lab)
            self.font(size)
            self.multi_cell(0, h, val, new_x="LMARGIN", new_y="NEXT")


def ph(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def dob(r: Rand) -> dt.date:
    return dt.date(r.randint(1962, 1999), r.randint(1, 12), r.randint(1, 28))


MYO_TR = [("L6935", "Below elbow, external power, self-suspended socket, electrodes, batteries, charger", 1),
          ("L7007", "Electric hand, switch or myoelectric controlled, adult", 1)]
MYO_PH = [("L6026", "Transcarpal/partial hand, external power, self-suspended, electrodes", 1),
          ("L7007", "Electric hand, switch or myoelectric controlled, adult", 1)]


def priced(r: Rand, codes) -> list[dict]:
    rng = {"L6935": (13200, 16800), "L7007": (19800, 24600), "L6026": (31500, 38800)}
    return [dict(code=c, desc=d, units=u, billed=float(r.randint(*rng[c])) + r.choice([0, 0.5, 0.25]))
            for c, d, u in codes]


# ------------------------------------------------------------ 1: commercial EOB, three claims, prosthesis denied
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    ins = "Brightwater Mutual Health"
    pat, pf, _, pl = r.person()
    sub = f"{r.choice(['Wendell', 'Harriet', 'Colin', 'Odette'])} {r.choice('BDKR')}. {pl}"
    mid_print = f"BMH {r.digits(3)} {r.digits(3)} {r.digits(3)}"
    mid = mid_print.replace(" ", "")
    grp = f"{r.digits(6)}-{r.letters(2)}"
    dos = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 60))
    stmt = dos + dt.timedelta(days=r.randint(24, 34))
    pro = "Kestrel Limb & Brace Center"
    lines = priced(r, MYO_TR)
    billed = sum(x["billed"] for x in lines)
    c_ot, c_pro, c_md = f"{r.digits(4)}-{r.digits(7)}", f"{r.digits(4)}-{r.digits(7)}", f"{r.digits(4)}-{r.digits(7)}"
    d = Page("Brightwater Mutual Health | Claim activity statement | sheet {p}/{n}", margins=(14, 12, 14))
    d.add_page()
    d.set_fill_color(20, 60, 90)
    d.rect(0, 0, d.w, 22, "F")
    d.set_text_color(255, 255, 255)
    d.set_xy(14, 6)
    d.font(17, "B")
    d.cell(0, 8, "BRIGHTWATER MUTUAL HEALTH")
    d.set_xy(14, 14)
    d.font(8.5)
    d.cell(0, 5, f"Claim activity statement - not a bill - Member line {ph(r)}")
    d.set_text_color(0, 0, 0)
    d.set_y(28)
    y0 = d.get_y()
    d.font(9.5)
    for ln in [sub, f"{r.randint(10, 990)} Juniper Drive", "Erie, PA 16501"]:
        d.cell(90, 5, ln, new_x="LMARGIN", new_y="NEXT")
    d.set_xy(112, y0)
    for lab, val in [("Prepared", fmt_date(stmt, "abbr")), ("Subscriber", sub), ("Card number", mid_print),
                     ("Employer group", grp), ("Person treated", pat)]:
        d.set_x(112)
        d.font(8.5, "B")
        d.cell(32, 5, lab)
        d.font(8.5)
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    claims = [
        (c_ot, "Lakeshore Upper Limb Rehabilitation", dos - dt.timedelta(days=r.randint(20, 30)),
         [("97763", "Prosthetic training, subsequent, 15 min", 3, 312.0)], False),
        (c_pro, pro, dos, [(x["code"], x["desc"][:44], x["units"], x["billed"]) for x in lines], True),
        (c_md, "Dr. Anselm T. Greer, Physical Medicine", dos - dt.timedelta(days=r.randint(35, 45)),
         [("99214", "Office visit, established patient", 1, 265.0)], False),
    ]
    for i, (cn, prov, day, ls, denied) in enumerate(claims, 1):
        d.set_fill_color(232, 238, 243)
        d.font(8.8, "B")
        d.cell(0, 6, f"  {i} of 3   Claim {cn}   {prov}   Service {fmt_date(day, 'slash')}", fill=True,
               new_x="LMARGIN", new_y="NEXT")
        rows, tot = [], 0.0
        for code, desc, u, b in ls:
            allow = 0.0 if denied else round(b * 0.62, 2)
            paid = 0.0 if denied else round(allow * 0.8, 2)
            owe = b if denied else round(allow - paid, 2)
            rows.append([code, desc, str(u), fmt_money(b, "nosign"), fmt_money(allow, "nosign"),
                         fmt_money(paid, "nosign"), fmt_money(owe, "nosign"), "M41" if denied else "-"])
            tot += b
        rows.append(["*Claim total", "", "", fmt_money(tot, "nosign"), "", "", "", ""])
        d.table(["Code", "What was done", "Qty", "Charged", "Approved", "We paid", "Your part", "Note"], rows,
                [16, 74, 10, 20, 20, 18, 18, 10], size=7.8, aligns="LLRRRRRC")
    d.text_line("Notes", 9.5, "B", h=5.5)
    d.para("M41  Not medically necessary. An externally powered (myoelectric) prosthesis is covered when records show "
           "the member has enough muscle signal at two sites, the cognitive ability to use it, and daily tasks that "
           "a body-powered prosthesis cannot meet. The records sent show that a body-powered hook and harness would "
           "meet the member's functional needs. Clinical policy PRS-UL-114 was used; a free copy is available.", 8.4)
    d.para("If you disagree with this decision you or your provider may appeal within 180 days of the date of this "
           "statement. Write to Brightwater Appeals, PO Box 6610, Scranton, PA 18501. If waiting would seriously "
           "harm your health you may ask for an expedited appeal (decided within 72 hours). After our final decision "
           "you may ask for an independent external review within 4 months.", 8.4)
    d.para(f"Prosthetist NPI {r.npi()}. Date of birth on file {fmt_date(dob(r), 'slash')}.", 7.8)
    t = truth("eob", "medical_necessity", insurer=ins, group_number=grp, member_id=mid, member_name=pat,
              case_numbers=[c_pro], claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(stmt),
              provider=pro, appeal_deadline=iso(stmt + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# ------------------------------------------------------------ 2: fax stack: prosthetist quote + pre-service letter
def doc_quote(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Page(None, margins=(15, 14, 15))
    d.add_page()
    d.font(15, "B")
    d.cell(120, 8, f["pro"])
    d.font(8.5)
    d.cell(0, 8, f"Quote {f['quote']}", align="R", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"Certified prosthetists  -  88 Lantern Way, Duluth, MN 55802  -  tel {ph(r)}  fax {ph(r)}", 8.2,
                h=4.4)
    d.rule(0.8, 4)
    d.text_line("PROSTHETIC ESTIMATE FOR INSURANCE REVIEW", 12, "B", h=7)
    d.boxes([("Estimate date", fmt_date(f["qdate"], "iso"), 34), ("Patient", f["member"], 56),
             ("Birth date", fmt_date(f["dob"], "iso"), 30), ("Payer", f["ins"], 62)])
    d.boxes([("Subscriber no.", f["mid"], 42), ("Plan group", f["grp"], 32),
             ("Ordering physician", f["doc"], 56), ("Level", "Transradial, left", 52)])
    d.ln(5)
    rows = [[x["code"], x["desc"][:62], str(x["units"]), fmt_money(x["billed"], "nosign")] for x in f["lines"]]
    rows.append(["*Estimate total (myoelectric)", "", "", fmt_money(f["billed"], "nosign")])
    d.table(["HCPCS", "Component", "Qty", "Usual fee"], rows, [22, 126, 12, 24], size=8.4, aligns="LLRR",
            head_fill=True)
    d.text_line("For comparison only - body-powered alternative (not requested)", 9, "B", h=5.5)
    d.table(["HCPCS", "Component", "Qty", "Usual fee"],
            [["L6100", "Below elbow, molded socket, flexible elbow hinge, triceps pad", "1", fmt_money(f["bp1"], "nosign")],
             ["L6706", "Terminal device, hook, mechanical, voluntary opening", "1", fmt_money(f["bp2"], "nosign")]],
            [22, 126, 12, 24], size=8.2, aligns="LLRR")
    d.para("Clinical summary: traumatic left transradial amputation. Two EMG sites tested with good separation. "
           "Patient returned to work as a lab technician and reports skin breakdown and shoulder pain with the "
           "harness of his current body-powered device. Myoelectric control requested to allow bilateral fine "
           "grasp without a harness.", 8.8)
    d.para(f"Planned fitting once approved. Prices valid 90 days. Prosthetist NPI {r.npi()}. This estimate is not "
           "a bill and not a guarantee of payment.", 8.2)
    t = truth("other", None, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              claim_amount=m2(f["billed"]), denial_date=iso(f["qdate"]), provider=f["pro"],
              unscored=["insurer"], alternates={"claim_amount": [None], "case_numbers": [[f["quote"]]],
                                                "provider": [f["doc"]]})
    return pdf_bytes(d), t


def doc_preservice(r: Rand, f: dict) -> tuple[bytes, dict]:
    notice = f["qdate"] + dt.timedelta(days=r.randint(12, 20))
    recv = f["qdate"] + dt.timedelta(days=r.randint(2, 5))
    d = Page(None, margins=(24, 20, 24), serif=True)
    d.add_page()
    d.text_line(f["ins"], 14, "B", h=7, align="C")
    d.text_line(f"Health Services Review  *  1200 Ridge Avenue, Fargo, ND 58102  *  {ph(r)}", 8.4, h=4.5,
                align="C")
    d.ln(10)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    d.ln(3)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"On {fmt_date(recv, 'long')} we received a request from {f['pro']} for a myoelectric below-elbow "
           f"prosthesis with an electric hand (HCPCS L6935 and L7007), ordered by {f['doc']}. The fitting was "
           f"planned for {fmt_date(f['plan'], 'long')}. We gave this request reference number {f['ref']}. Your "
           f"member number is {f['mid']} and your group is {f['grp']}.", 10.5)
    d.para("We have decided not to approve this request. A physician reviewer board-certified in physical medicine "
           "and rehabilitation looked at the prosthetist's notes and the office notes from your doctor. Our "
           "upper-limb prosthesis policy (UL-PROS-09) covers an externally powered prosthesis only when a "
           "body-powered prosthesis cannot meet the member's functional needs. Your notes say you use your "
           "current body-powered hook every day at work and at home. They do not describe tasks you cannot do "
           "with it, and they do not show that the skin problems could not be fixed with a new socket or harness. "
           "For these reasons the myoelectric prosthesis is not medically necessary for you. A replacement "
           "body-powered socket, harness and hook would be covered.", 10.5)
    d.para("If you disagree, you can appeal. Your appeal must be received within 180 days of the date of this "
           "letter. Send it to Appeals, PO Box 4471, Fargo, ND 58106, or fax it to the number above. If your "
           "doctor says waiting could seriously harm your health, ask for a fast appeal; we decide fast appeals "
           "within 72 hours. You may ask for a free copy of the policy and of everything we used to decide.", 10.5)
    d.para("Sincerely,\n\nUtilization Management\n" + f["ins"], 10.5)
    t = truth("denial_letter", "medical_necessity", insurer=f["ins"], group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["ref"]], service_dates=[iso(f["plan"])],
              denial_date=iso(notice), provider=f["pro"], appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"provider": [f["doc"]], "service_dates": [[]]},
              denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    member, first, _, last = r.person()
    qdate = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 50))
    lines = priced(r, MYO_TR)
    f = dict(member=member, first=first, last=last, addr=r.address(), dob=dob(r), qdate=qdate,
             ins="Pinecrest Health Partners", mid=f"PHP{r.digits(9)}", grp=f"G{r.digits(5)}",
             pro="Aldergrove Prosthetic Studio", doc="Dr. Sunita R. Nakamura", quote=f"Q-{r.digits(5)}",
             ref=f"PR{r.digits(8)}", lines=lines, billed=sum(x["billed"] for x in lines),
             bp1=float(r.randint(5200, 6400)), bp2=float(r.randint(1400, 2100)),
             plan=qdate + dt.timedelta(days=r.randint(40, 60)))
    return Item(f"{FAMILY}_fax_quote_letter", "fax_fine_g4", [doc_quote(r, f), doc_preservice(r, f)],
                separators=["cover", None])


# ------------------------------------------------------------ 3: workers' comp UR non-certification
def doc_wc_ur(r: Rand) -> tuple[bytes, dict]:
    ins = "Granite Shoals Mutual Casualty Company"
    worker, first, _, last = r.person()
    claim = f"WC-{r.digits(2)}-{r.digits(6)}"
    ur = f"UR{r.digits(7)}"
    doi = dt.date(2025, r.randint(1, 10), r.randint(1, 28))
    recv = dt.date(2026, 3, 9) + dt.timedelta(days=r.randint(0, 40))
    notice = recv + dt.timedelta(days=r.randint(3, 5))
    md = "Dr. Gideon L. Prescott"
    d = Page("GSMC Utilization Review  -  page {p} of {n}", margins=(18, 16, 18))
    d.add_page()
    d.font(15, "B")
    d.cell(0, 7, "Granite Shoals Mutual Casualty", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"{ins}  |  Workers' Compensation Claims  |  Utilization Review Unit", 8.6, h=4.6)
    d.text_line(f"PO Box 2290, Pueblo, CO 81003  |  UR line {ph(r)}  |  UR fax {ph(r)}", 8.6, h=4.6)
    d.rule(0.5, 5)
    d.text_line("UTILIZATION REVIEW DETERMINATION: NON-CERTIFICATION", 12, "B", h=7)
    d.ln(2)
    d.set_draw_color(0, 0, 0)
    rows = [("Injured worker", worker), ("WC claim no.", claim), ("Date of injury", fmt_date(doi, "slash")),
            ("Employer", "Tri-County Precision Castings"), ("Requesting physician", md),
            ("Request received", fmt_date(recv, "slash")), ("UR reference", ur),
            ("Determination date", fmt_date(notice, "slash"))]
    for i in range(0, len(rows), 2):
        for lab, val in rows[i:i + 2]:
            d.font(8, "B")
            d.cell(38, 6.5, lab, border=1)
            d.font(9)
            d.cell(49, 6.5, val, border=1)
        d.ln(6.5)
    d.ln(4)
    d.text_line("Treatment requested", 10, "B", h=6)
    d.para("L6026 transcarpal external-power prosthesis with L7007 myoelectric hand, right side, one unit each.", 9.5)
    d.text_line("Decision", 10, "B", h=6)
    d.para("NON-CERTIFIED. The requested treatment is not medically necessary under the adopted treatment "
           "guidelines for upper extremity amputation.", 9.5)
    d.text_line("Clinical basis", 10, "B", h=6)
    d.para("The worker had a partial-hand amputation at the level of the metacarpals. The submitted notes do not "
           "document a functional assessment, do not state which work or daily tasks the current passive "
           "prosthesis and the body-powered partial-hand device fail to meet, and do not include myoelectric site "
           "testing. The guidelines support a body-powered device as first-line for partial-hand loss; an "
           "externally powered device is considered after a documented trial shows it is inadequate. The reviewer "
           "attempted a peer discussion with the requesting physician's office on two days without reaching him.",
           9.5)
    d.text_line("Your rights", 10, "B", h=6)
    d.para("The requesting physician may ask the UR unit to reconsider this decision within 15 days of the date of "
           "this notice, sending any new records. The injured worker may also request Independent Medical Review "
           "from the state division within 30 days after service of this decision; that review is separate from "
           "reconsideration. This decision does not deny the claim itself; other treatment for this injury "
           "remains authorized.", 9.3)
    d.para(f"Reviewer: physiatrist, license PM-{r.digits(5)}.  Copies: {first} {last}; {md}; claims adjuster.", 8.4)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_name=worker, case_numbers=[ur, claim],
              denial_date=iso(notice), provider=md, appeal_deadline=iso(notice + dt.timedelta(days=15)),
              alternates={"member_id": [claim], "case_numbers": [[ur]], "appeal_deadline": [None]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 4: IRO decision overturning
def doc_iro(r: Rand) -> tuple[bytes, dict]:
    iro = "Meridian Peer Review Institute"
    plan = "Brightwater Mutual Health"
    pat, first, _, last = r.person()
    case = f"MPRI-{r.digits(4)}-{r.digits(4)}"
    appeal = f"AP{r.digits(9)}"
    mid = f"BMH{r.digits(9)}"
    den = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 30))
    filed = den + dt.timedelta(days=r.randint(60, 80))
    notice = filed + dt.timedelta(days=r.randint(30, 42))
    pro = "Kestrel Limb & Brace Center"
    d = Page(None, margins=(26, 20, 26), serif=True)
    d.add_page()
    d.text_line("MERIDIAN PEER REVIEW INSTITUTE", 13, "B", h=7)
    d.text_line("An independent review organization certified by the Department of Insurance", 8.6, h=4.6)
    d.text_line(f"4 Harbor View Road, Bangor, ME 04401  -  {ph(r)}", 8.6, h=4.6)
    d.ln(10)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    d.ln(3)
    for ln in [pat, *r.address()]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.text_line("Notice of External Review Decision", 11.5, "B", h=7)
    d.para(f"Dear {first} {last}:", 10.5)
    d.para(f"You asked for an external review of {plan}'s decision to deny a myoelectric below-elbow prosthesis "
           f"(L6935 with L7007 electric hand) requested by {pro}. The plan denied the request on "
           f"{fmt_date(den, 'long')} and upheld its denial under internal appeal {appeal}. We received your "
           f"request for external review on {fmt_date(filed, 'long')} and assigned it case number {case}. The "
           f"plan identifies you by member ID {mid}.", 10.5)
    d.para("Our decision: the plan's denial is OVERTURNED. The plan must cover the requested prosthesis.", 10.5)
    d.para("The reviewer is a physician board-certified in physical medicine and rehabilitation with more than ten "
           "years of amputee practice and no conflict of interest with you, your provider or the plan. The reviewer "
           "found that you are a bilateral-task worker with a documented shoulder injury on the sound side, that "
           "the body-powered harness has caused repeated skin breakdown despite two socket changes, and that "
           "myoelectric site testing showed two usable signals. Under the plan's own criteria and the published "
           "literature, the externally powered prosthesis is medically necessary for you.", 10.5)
    d.para("This decision is binding on the plan. The plan must carry out the decision promptly. You and the plan "
           "may have other remedies under state or federal law, including the right to go to court.", 10.5)
    d.para("Sincerely,\n\nCase Coordinator, External Review\nMeridian Peer Review Institute", 10.5)
    d.para(f"cc: {plan}, Appeals Department; {pro}", 8.6)
    t = truth("other", None, insurer=iro, member_id=mid, member_name=pat, case_numbers=[case, appeal],
              denial_date=iso(notice), provider=pro,
              alternates={"insurer": [plan], "case_numbers": [[case]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 5: information request (hold, not a denial)
def doc_rfi(r: Rand) -> tuple[bytes, dict]:
    ins = "Tamarack Valley Health Plan"
    pat, first, _, last = r.person()
    mid = f"TV-{r.digits(3)}-{r.digits(4)}-{r.digits(2)}"
    req = f"{r.digits(4)}{r.letters(1)}{r.digits(5)}"
    sent = dt.date(2026, 4, 6) + dt.timedelta(days=r.randint(0, 30))
    planned = sent + dt.timedelta(days=r.randint(30, 45))
    pro = "Northfork Orthotics and Prosthetics"
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.set_fill_color(245, 236, 214)
    d.rect(16, 14, d.w - 32, 16, "F")
    d.set_xy(20, 16)
    d.font(14, "B")
    d.cell(0, 7, "Tamarack Valley Health Plan", new_x="LMARGIN", new_y="NEXT")
    d.set_x(20)
    d.font(8.5)
    d.cell(0, 5, f"Care Review | 70 Quarry Street, Macon, GA 31201 | {ph(r)}", new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.text_line("We need a little more information", 13, "B", h=7)
    d.text_line(f"Mailed {fmt_date(sent, 'dmy')}", 9.5, h=5.5)
    d.ln(2)
    d.text_line("Your request at a glance", 9.5, "B", h=5.5)
    d.boxes([("For", pat, 52), ("Plan member #", mid, 46), ("Request #", req, 38), ("Target fitting date",
             fmt_date(planned, "dmy"), 42)], h=12)
    d.boxes([("Item", "Myoelectric hand L7007 with L6935 socket", 96), ("Requested by", pro, 82)], h=12)
    d.ln(5)
    d.para(f"Hello {first}, we are still reviewing the request your prosthetist sent for a myoelectric arm. This "
           "letter is not a denial. To finish the review, our nurse reviewer needs:", 10)
    for b in ["results of myoelectric site testing (signal strength at two muscle sites),",
              "an occupational therapy note describing the tasks you cannot do with your current prosthesis,",
              "the number of hours a day you wear your current prosthesis."]:
        d.para("  -  " + b, 10, gap=1)
    d.ln(2)
    d.para("Please ask your prosthetist or doctor to fax these within 30 days. If we do not get them, we will decide "
           "using what we have, and the request may be denied for lack of information. You do not need to do "
           "anything else now. You will get a letter with our decision and, if anything is denied, your appeal "
           "rights.", 10)
    d.para(f"Questions? Call Care Review at {ph(r)}, Monday to Friday, 8 a.m. to 6 p.m. (phone hours change to "
           f"7 a.m. on {fmt_date(dt.date(2026, 6, 1), 'dmy')}).", 8.8)
    t = truth("other", None, insurer=ins, member_id=mid, member_name=pat, case_numbers=[req],
              service_dates=[iso(planned)], denial_date=iso(sent), provider=pro,
              alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 6: state Medicaid notice of action (sideways)
def doc_medicaid(r: Rand) -> tuple[bytes, dict]:
    ins = "PrairieCare Medical Assistance"
    agency = "Department of Human Services"
    pat, first, _, last = r.person()
    mid = f"{r.digits(3)} {r.digits(3)} {r.digits(3)}"
    pa = f"PA-{r.digits(10)}"
    notice = dt.date(2026, 3, 16) + dt.timedelta(days=r.randint(0, 45))
    eff = notice + dt.timedelta(days=10)
    pro = "Heartland Prosthetic Solutions"
    d = Page(f"{agency}  MA-NOA-7 (rev. 01/26)  page {{p}}", margins=(12, 12, 12))
    d.add_page()
    d.set_fill_color(210, 210, 210)
    d.rect(12, 12, 52, 240, "F")
    d.set_xy(15, 16)
    for lab, val in [("NOTICE DATE", fmt_date(notice, "long")), ("RECIPIENT", pat), ("MEDICAID ID", mid),
                     ("PRIOR AUTH NO.", pa), ("REQUESTING PROVIDER", pro), ("PROVIDER NPI", r.npi()),
                     ("EFFECTIVE", fmt_date(eff, "long")), ("CASEWORKER LINE", ph(r))]:
        d.set_x(15)
        d.font(7, "B")
        d.cell(46, 4, lab, new_x="LMARGIN", new_y="NEXT")
        d.set_x(15)
        d.font(8.6)
        d.multi_cell(46, 4.4, val, new_x="LMARGIN", new_y="NEXT")
        d.ln(3)
    d.set_left_margin(70)
    d.set_xy(70, 14)
    d.text_line(agency.upper(), 12, "B", h=6)
    d.text_line(f"{ins}  -  Medical Review Section  -  State Capitol Annex, Bismarck", 8.4, h=4.6)
    d.ln(5)
    d.text_line("NOTICE OF ACTION", 14, "B", h=8)
    d.text_line("Prior authorization for a medical equipment item", 9.5, h=5.5)
    d.ln(3)
    d.para(f"Dear {first} {last},", 10)
    d.para(f"We have DENIED the prior authorization request from {pro} for an L7007 myoelectric electric hand and "
           "an L6935 externally powered below-elbow socket.", 10)
    d.text_line("Why we made this decision", 10, "B", h=6)
    d.para("The Medical Assistance program pays for a prosthesis that is medically necessary. The medical records "
           "show that you use a body-powered prosthesis with a hook for work and self-care, and they do not show "
           "a task that needs an electric hand. A body-powered device is the least costly item that meets your "
           "medical need, so the myoelectric items are not medically necessary. This decision is based on State "
           "Medical Assistance rule 75-02-02-08 and 42 CFR 440.230.", 10)
    d.text_line("Your right to a fair hearing", 10, "B", h=6)
    d.para("If you disagree, you may ask for a state fair hearing. Your request must be made within 90 days of the "
           "date this notice was mailed. You may speak for yourself or have a lawyer, relative, friend or other "
           "person speak for you. To ask for an expedited hearing because your health is at serious risk, say so "
           "when you call. If you are already receiving this service and ask for a hearing within 10 days, it may "
           "continue until the hearing decision.", 10)
    d.para("Free legal help may be available from Legal Services of the Plains. For a copy of the rules used, "
           "call your caseworker.", 9.4)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid.replace(" ", ""), member_name=pat,
              case_numbers=[pa], denial_date=iso(notice), provider=pro,
              alternates={"insurer": [agency]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 7: paid claim summary after the overturn
def doc_paid(r: Rand) -> tuple[bytes, dict]:
    ins = "Brightwater Mutual Health"
    pat, first, _, last = r.person()
    mid = f"BMH{r.digits(9)}"
    grp = f"{r.digits(6)}-{r.letters(2)}"
    claim = f"{r.digits(4)}-{r.digits(7)}"
    dos = dt.date(2026, 5, 4) + dt.timedelta(days=r.randint(0, 40))
    issued = dos + dt.timedelta(days=r.randint(18, 26))
    pro = "Kestrel Limb & Brace Center"
    lines = priced(r, MYO_TR)
    billed = sum(x["billed"] for x in lines)
    d = Page("Brightwater Mutual Health   Payment summary   {p}", margins=(18, 14, 18))
    d.add_page()
    d.text_line("Brightwater Mutual Health", 13, "B", h=7)
    d.text_line("PAYMENT SUMMARY FOR YOUR RECORDS", 10, h=6)
    d.rule(0.3, 4)
    col = [("Issued on", fmt_date(issued, "upper")), ("Member", pat), ("ID", mid), ("Group", grp)]
    col2 = [("Claim", claim), ("Paid to", pro), ("Delivered", fmt_date(dos, "upper")), ("Status", "PAID")]
    y = d.get_y()
    for i, (a, b) in enumerate(zip(col, col2)):
        d.set_xy(18, y + i * 6)
        d.font(8.4, "B")
        d.cell(26, 6, a[0])
        d.font(9.2)
        d.cell(62, 6, a[1])
        d.font(8.4, "B")
        d.cell(24, 6, b[0])
        d.font(9.2)
        d.cell(0, 6, b[1])
    d.set_xy(18, y + 28)
    rows = []
    for x in lines:
        allow = round(x["billed"] * 0.71, 2)
        rows.append([x["code"], x["desc"][:40], fmt_money(x["billed"], "nosign"), fmt_money(allow, "nosign"),
                     fmt_money(round(allow * 0.9, 2), "nosign"), fmt_money(round(allow * 0.1, 2), "nosign")])
    rows.append(["*Totals", "", fmt_money(billed, "nosign"), "", "", ""])
    d.table(["Item", "Description", "Billed", "Contract rate", "Paid", "Coinsurance"], rows,
            [16, 76, 22, 24, 20, 22], size=8, aligns="LLRRRR")
    d.para("This claim was processed as directed by the independent external review decision. Nothing on this claim "
           "was denied. Your coinsurance counts toward your out-of-pocket limit. If you have questions about this "
           "payment, call the number on your card; you may ask for a review within 180 days after you receive "
           "this summary.", 9)
    t = truth("eob", None, insurer=ins, member_id=mid, group_number=grp, member_name=pat, case_numbers=[claim],
              claim_amount=m2(billed), service_dates=[iso(dos)], denial_date=iso(issued), provider=pro,
              type_alternates=["other"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_eob, "eob_three_claims", "born_digital"), (2, doc_wc_ur, "wc_ur_noncert", "scan_clean_300"),
              (3, doc_iro, "iro_overturn", "photocopy"), (4, doc_rfi, "info_request", "phone_photo"),
              (5, doc_medicaid, "medicaid_noa", "rotated"), (6, doc_paid, "paid_summary", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
