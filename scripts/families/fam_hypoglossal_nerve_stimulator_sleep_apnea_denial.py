"""Family 'hypoglossal_nerve_stimulator_sleep_apnea_denial': plan letters, EOBs and Medicare Advantage / Medicaid
notices on an upper-airway (hypoglossal nerve) stimulator implant for obstructive sleep apnea (CPT 64582; device
C1767 / C1778 on the hospital claim), all invented.

Reasons: BMI over the policy limit (commercial letter; MA EOB of the surgeon's claim), AHI outside the 15-65 range
(MA notice), no documented CPAP failure or intolerance (hospital EOB), no drug-induced sleep endoscopy (DISE) on file
(Medicaid notice), DISE showing complete concentric collapse at the velum with a peer-to-peer offer (fax stack behind
the ENT office's cover sheet), one approval. Decoys: the sleep physician who read the sleep study, the sleep study
date, AHI and BMI figures, the member's date of birth, NPIs, request received dates, the peer-to-peer window, the
72-hour expedited appeal, a paid office visit on the MA EOB.

Issuers: Thornbury Health Alliance (commercial; letters with a left rule, EOB with ruled boxes), Harrowgate
Advantage Plan (Medicare Advantage HMO; notice and EOB), Ashgrove Community Health Plan (Medicaid managed care).
Providers: Calderwood Ear, Nose & Throat Associates, Marrowby Otolaryngology Group, St. Aldric Medical Center.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "hypoglossal_nerve_stimulator_sleep_apnea_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

TH, HA, AC = "Thornbury Health Alliance", "Harrowgate Advantage Plan", "Ashgrove Community Health Plan"
PRACTICES = {"CW": ("Calderwood Ear, Nose & Throat Associates", "2260 Tamsin Road, Suite 310, Larchmont Falls, OH 43612"),
             "MB": ("Marrowby Otolaryngology Group", "48 Quenby Street, Harlow Bend, PA 17603"),
             "SA": ("St. Aldric Medical Center", "900 Vesper Hill Drive, Larchmont Falls, OH 43614")}
SURGEONS = ["Dr. Eamon T. Vasilakis, MD", "Dr. Ngozi R. Achterberg, MD", "Dr. Haruki L. Osterhagen, DO",
            "Dr. Catalina M. Przybylski, MD"]
SLEEP_DOCS = ["Dr. Folasade I. Ogunleye, MD (Sleep Medicine)", "Dr. Anders P. Vikström, MD (Sleep Medicine)",
              "Dr. Priyanka S. Raghunathan, DO (Sleep Medicine)", "Dr. Tomasz J. Wielgosz, MD (Sleep Medicine)"]
FIRST = ["Teodora", "Babajide", "Siobhan", "Arvid", "Nilufar", "Castor", "Haruki", "Zofia", "Dagny", "Emeka",
         "Rosalind", "Thierry"]
LAST = ["Brankovic", "Adeyemi-Shaw", "Kilbride", "Lindqvist", "Rahimova", "Doucette", "Matsuda", "Wozniak",
        "Ferreira", "Okwuosa", "Hallworth", "Beaumarchais"]


def ids(r, pat):
    return "".join(r.choice("ACDEFGHJKMNPQRTUVWXY") if c == "A" else str(r.randint(0, 9)) if c == "9" else c
                   for c in pat)


def fd(d: dt.date, style: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y")}[style]


def usd(v: float, style="plain") -> str:
    return f"${v:,.2f}" if style == "plain" else f"{v:,.2f}"


def add(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


class Page(Doc):
    def __init__(self):
        super().__init__("DejaVu", margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def kv(d: Page, rows, w1=50, size=9.5):
    for a, b in rows:
        d.font(size)
        d.cell(w1, 5.2, a)
        d.font(size, "B")
        d.cell(0, 5.2, b, new_x="LMARGIN", new_y="NEXT")


def facts(i: int, ins: str, prac: str, ds: str) -> dict:
    r = random.Random(200500 + i)
    name = f"{r.choice(FIRST)} {r.choice('BCDFGHJKLMNPRSTW')}. {r.choice(LAST)}"
    letter = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 200))
    f = dict(ins=ins, prac=PRACTICES[prac], ds=ds, name=name, letter=letter, surgeon=SURGEONS[i % 4],
             sleepdoc=SLEEP_DOCS[(i + 1) % 4], snpi="1" + ids(r, "999999999"), pnpi="1" + ids(r, "999999999"),
             received=add(letter, -r.randint(5, 12)), psg=add(letter, -r.randint(60, 140)),
             dob=dt.date(r.randint(1950, 1988), r.randint(1, 12), r.randint(1, 28)),
             mid={TH: ids(r, "THA999999999"), HA: ids(r, "H99999999-01"), AC: ids(r, "AC99999999")}[ins],
             medicaid=ids(r, "99999999A"), grp={TH: ids(r, "TH-9999-99"), HA: None, AC: None}[ins],
             ref=ids(r, {TH: "UM-2026-999999", HA: "OD-99999999", AC: "PA99999999"}[ins]),
             claim=ids(r, {TH: "99999A999999", HA: "2026999999999", AC: "AC-99999999"}[ins]),
             phone=f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}",
             fax=f"(555) {r.randint(200, 989)}-{r.randint(1000, 9999)}",
             addr=f"{r.randint(20, 9800)} {r.choice(['Gorse Lane', 'Whitcombe Street', 'Ferrule Avenue', 'Lyle Court'])}",
             city=r.choice(["Larchmont Falls, OH 43615", "Harlow Bend, PA 17602", "Sawtry, OH 44907"]),
             bmi=r.choice([36.4, 37.1, 38.6, 35.9]), ahi=r.choice([68.2, 71.4, 74.9, 66.7]),
             prof=r.choice([9860.0, 10425.5, 11240.0, 9975.25]))
    f["planned"] = add(letter, r.randint(12, 30))
    f["surgery"] = add(letter, -r.randint(38, 70))
    return f


# ---------------------------------------------------------------- letterheads
def th_head(d: Page, f):
    d.set_draw_color(0)
    d.set_line_width(1.2)
    d.line(12, 14, 12, 34)
    d.set_line_width(0.2)
    d.set_xy(16, 14)
    d.font(17, "B")
    d.cell(0, 8, "Thornbury Health Alliance", new_x="LMARGIN", new_y="NEXT")
    d.set_x(16)
    d.font(8.5)
    d.cell(0, 4.5, "Clinical Review Department  |  PO Box 6620, Larchmont Falls, OH 43601", new_x="LMARGIN",
           new_y="NEXT")
    d.set_x(16)
    d.cell(0, 4.5, f"Member Services {f['phone']}  |  TTY 711  |  Fax {f['fax']}", new_x="LMARGIN", new_y="NEXT")
    d.ln(8)


def ha_head(d: Page, f):
    d.text_line("HARROWGATE", 20, "B")
    d.text_line("Advantage Plan  -  Medicare Advantage HMO", 9.5)
    d.text_line(f"{HA}  ·  411 Coldharbour Way, Harlow Bend, PA 17601  ·  {f['phone']} (TTY 711), 8 am - 8 pm", 8)
    d.rule(0.6, 5)


def ac_head(d: Page, f):
    d.set_fill_color(215, 215, 215)
    d.font(15, "B")
    d.cell(0, 10, "Ashgrove Community Health Plan", fill=True, align="C", new_x="LMARGIN", new_y="NEXT")
    d.text_line("A Medicaid managed care plan  ·  17 Pellucid Row, Sawtry, OH 44901  ·  " + f["phone"], 8, align="C")
    d.ln(5)


def to_member(d: Page, f):
    for ln in (f["name"], f["addr"], f["city"]):
        d.text_line(ln, 10)
    d.ln(4)


def p(f):
    return f["prac"][0]


# ---------------------------------------------------------------- documents
def th_bmi_letter(d: Page, f):
    ds = f["ds"]
    d.add_page()
    th_head(d, f)
    d.text_line(fd(f["letter"], ds), 10)
    d.ln(2)
    to_member(d, f)
    d.text_line("Re: Request for hypoglossal nerve stimulation - not approved", 12, "B")
    d.ln(2)
    kv(d, [("Member name", f["name"]), ("Member ID", f["mid"]), ("Group number", f["grp"]),
           ("Date of birth", fd(f["dob"], ds)), ("Review number", f["ref"]),
           ("Requested service", "CPT 64582 - hypoglossal nerve neurostimulator implant"),
           ("Requesting provider", p(f)), ("Surgeon", f["surgeon"]),
           ("Proposed surgery date", fd(f["planned"], ds)), ("Request received", fd(f["received"], ds))], 48)
    d.ln(3)
    d.para(f"Dear {f['name']},", 10.5)
    d.para(f"{p(f)} asked us to approve an implanted upper-airway stimulator for your obstructive sleep apnea. "
           "We reviewed the request under our medical policy MP-ENT-114, Hypoglossal Nerve Stimulation. We are "
           "not able to approve it.", 10)
    d.para(f"Why: the policy covers the implant only when the body mass index (BMI) is 32 kg/m2 or less. The "
           f"office note sent with the request records a BMI of {f['bmi']} kg/m2. Your sleep study read by "
           f"{f['sleepdoc']} on {fd(f['psg'], ds)} met the other criteria, but the BMI limit is not met, so the "
           "implant is not medically necessary for you at this time.", 10)
    d.para("Your surgeon may send a new request when the BMI criterion is met. A board-certified "
           "otolaryngologist reviewed this request.", 10)
    d.text_line("Your right to appeal", 11, "B")
    d.para("You, your representative or your doctor may appeal this decision within 180 days of the date of "
           "this letter. Send the appeal to Thornbury Appeals Unit, PO Box 6625, Larchmont Falls, OH 43601, or "
           f"call {f['phone']}. If waiting could seriously harm your health, ask for an expedited appeal; we will "
           "decide it within 72 hours.", 10)
    d.ln(2)
    d.text_line("Clinical Review Department", 10)
    d.text_line(TH, 10)


def ha_notice(d: Page, f, reason: str):
    ds = f["ds"]
    d.add_page()
    ha_head(d, f)
    d.text_line("Notice of Denial of Medical Coverage (or Payment)", 13.5, "B")
    d.ln(1)
    kv(d, [("Date:", fd(f["letter"], ds)), ("Name:", f["name"]), ("Member number:", f["mid"]),
           ("Case number:", f["ref"]), ("Requested by:", f"{p(f)} ({f['surgeon']})"),
           ("Service requested:", "Hypoglossal nerve stimulator implant (CPT 64582)"),
           ("Planned date:", fd(f["planned"], ds))], 42)
    d.ln(3)
    d.text_line("Your request was denied", 11, "B")
    d.para("We have denied the medical services/items listed above that you or your physician asked for.", 10)
    d.text_line("Why did we deny your request?", 11, "B")
    d.para("Medicare's coverage rules for this implant require moderate to severe obstructive sleep apnea with an "
           "apnea-hypopnea index (AHI) of 15 to 65 events per hour, with central and mixed apneas under a quarter "
           f"of all events. Your home sleep test on {fd(f['psg'], ds)}, read by {f['sleepdoc']}, shows an AHI of "
           f"{f['ahi']} events per hour. This is above the range in which the stimulator has been shown to work, "
           "so the requested service is not medically necessary for you.", 10)
    d.para("The decision was made by Dr. Lisbet Arroyo-Nakamura, MD, a physician reviewer for the plan.", 9.5)
    d.text_line("You have the right to appeal our decision", 11, "B")
    d.para("You have the right to ask Harrowgate Advantage Plan to review our decision by asking us for an appeal. "
           "Ask for an appeal within 65 days of the date of this notice. We can give you more time if you have a "
           "good reason for missing the deadline. A standard appeal is decided within 30 days; if your health "
           "could be seriously harmed by waiting, ask for a fast appeal (72 hours).", 9.5)
    d.para(f"Call {f['phone']} or write to Harrowgate Appeals & Grievances, PO Box 4113, Harlow Bend, PA 17601.", 9.5)
    d.ln(2)
    d.para("Harrowgate Advantage Plan is an HMO plan with a Medicare contract. Form CMS-10003-NDMCP  "
           "OMB Approval 0938-0829  H7719_NDMC_2026", 7.5)


def th_eob(d: Page, f):
    ds = f["ds"]
    d.add_page()
    th_head(d, f)
    d.text_line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12, "B")
    d.ln(2)
    d.boxes([("Member", f["name"], 62), ("Member ID", f["mid"], 42), ("Group", f["grp"], 32),
             ("Statement date", fd(f["letter"], ds), 42)])
    d.boxes([("Claim number", f["claim"], 62), ("Provider", p(f), 74), ("Received", fd(f["received"], ds), 42)])
    d.boxes([("Attending surgeon", f["surgeon"], 90), ("Provider NPI", f["pnpi"], 45), ("Network", "In network", 43)])
    d.ln(4)
    lines = [("0360", "64582", "OR services - hypoglossal nerve stimulator implant", 18420.0),
             ("0278", "C1767", "Generator, neurostimulator, non-rechargeable", 38900.0),
             ("0278", "C1778", "Lead, neurostimulator (sensing and stimulation)", 6210.0),
             ("0370", "", "Anesthesia", 3150.0), ("0710", "", "Recovery room", 1240.5)]
    total = sum(x[3] for x in lines)
    f["charge"] = total
    s = f["surgery"]
    rows = [[fd(s, ds), a, b, c, usd(v, "n"), "0.00", "0.00", "N27"] for a, b, c, v in lines]
    rows.append(["*Claim total", "", "", "", usd(total, "n"), "0.00", "0.00", ""])
    d.table(["Date", "Rev", "Code", "Description", "Billed", "Allowed", "Paid", "Rmk"], rows,
            [22, 11, 14, 74, 20, 16, 14, 11], 8, "LLLLRRRL")
    d.boxes([("Total billed", usd(total), 45), ("Plan paid", "$0.00", 40), ("You owe", "$0.00", 40),
             ("Remark", "N27", 53)])
    d.ln(4)
    d.para("N27  Denied - criteria not met. Hypoglossal nerve stimulation is covered only after a documented "
           "failure or intolerance of CPAP: use of less than 4 hours a night on 70% of nights over at least a "
           "month despite mask changes, or a documented refusal with a reason. The records received show no CPAP "
           "trial. In-network provider: you cannot be billed for this claim beyond your share shown above.", 9)
    d.para(f"Sleep study interpreted by {f['sleepdoc']}. Your plan year deductible met: $1,150.00 of $2,000.00.",
           8.5)
    d.text_line("Appeal rights", 10, "B")
    d.para("You may ask for an appeal within 180 days of the statement date shown above. Write to Thornbury "
           f"Appeals Unit, PO Box 6625, Larchmont Falls, OH 43601, or call {f['phone']}.", 9)


def ac_notice(d: Page, f):
    ds = f["ds"]
    deadline = add(f["letter"], 60)
    f["deadline"] = deadline
    d.add_page()
    ac_head(d, f)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 13, "B", align="C")
    d.ln(2)
    d.boxes([("Date of this notice", fd(f["letter"], ds), 45), ("Member", f["name"], 70),
             ("Plan member ID", f["mid"], 63)])
    d.boxes([("Medicaid ID", f["medicaid"], 45), ("Prior authorization #", f["ref"], 70),
             ("Date requested", fd(f["received"], ds), 63)])
    d.boxes([("Provider who asked", p(f), 98), ("Surgeon", f["surgeon"], 80)])
    d.ln(4)
    d.text_line("What we decided", 11, "B")
    d.para("[X] Denied    [ ] Reduced    [ ] Stopped    [ ] Approved in part", 10)
    d.para("Service: implantation of a hypoglossal nerve stimulator for obstructive sleep apnea (CPT 64582), "
           f"planned for {fd(f['planned'], ds)}.", 10)
    d.text_line("Why we decided this", 11, "B")
    d.para("Before this surgery is approved, a drug-induced sleep endoscopy (DISE) must show how the airway "
           "collapses during sleep. The stimulator helps only when there is no complete concentric collapse at the "
           "soft palate (velum). We did not receive a DISE report with this request; the only records were the "
           f"sleep study from {f['sleepdoc']} and an office note. Without the DISE we cannot find the surgery "
           "medically necessary.", 10)
    d.para("Your doctor can send the DISE report with a new request at any time.", 10)
    d.text_line("Your right to appeal", 11, "B")
    d.para(f"If you disagree, ask us for an appeal no later than {fd(deadline, ds)} (60 days from the date of "
           "this notice). Call Member Services or write to Ashgrove Appeals, 17 Pellucid Row, Sawtry, OH 44901. "
           "If you want your services to continue during the appeal you must ask within 10 days. After our appeal "
           "decision you may ask for a State Fair Hearing within 120 days.", 9.5)
    d.para("Free language help: call the number above. Ayuda gratuita en español: llame al número de arriba.", 8)


def th_p2p_letter(d: Page, f):
    ds = f["ds"]
    d.add_page()
    th_head(d, f)
    d.text_line(fd(f["letter"], ds), 10)
    d.ln(2)
    d.text_line(p(f), 10)
    d.text_line(f"Attn: {f['surgeon']}", 10)
    d.text_line(f["prac"][1], 10)
    d.ln(4)
    d.text_line("Adverse determination and offer of a peer-to-peer conversation", 11.5, "B")
    d.ln(1)
    kv(d, [("Patient:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Reference #:", f["ref"]),
           ("Procedure:", "64582 Hypoglossal nerve stimulator, implantation"),
           ("Scheduled date:", fd(f["planned"], ds)), ("Sleep physician:", f["sleepdoc"])], 40)
    d.ln(3)
    d.para("The request for hypoglossal nerve stimulation has been denied. The drug-induced sleep endoscopy "
           "report shows complete concentric collapse at the level of the velum. Policy MP-ENT-114 requires the "
           "absence of complete concentric collapse, because the stimulator does not open a circumferential "
           "palatal collapse. The procedure is therefore not medically necessary.", 10)
    d.para("Peer-to-peer: the surgeon may discuss this decision with the reviewing physician, Dr. Moira "
           f"Castellanos-Reid, MD. Call {f['phone']}, option 4, within 14 calendar days of this letter.", 10)
    d.para("The member or the provider on the member's behalf may file an appeal within 180 days of the date of "
           "this letter. A copy of this letter has been mailed to the member.", 10)
    d.ln(2)
    d.text_line("Clinical Review Department, " + TH, 10)


def th_approval(d: Page, f):
    ds = f["ds"]
    d.add_page()
    th_head(d, f)
    d.text_line(fd(f["letter"], ds), 10)
    d.ln(2)
    to_member(d, f)
    d.text_line("Your surgery is approved", 12.5, "B")
    d.ln(1)
    kv(d, [("Member", f["name"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Authorization number", f["ref"]),
           ("Approved service", "64582 hypoglossal nerve stimulator implant, outpatient"),
           ("Surgeon / practice", f"{f['surgeon']}, {p(f)}"), ("Surgery date", fd(f["planned"], ds)),
           ("Authorization valid", f"{fd(f['planned'], ds)} to {fd(add(f['planned'], 90), ds)}")], 46)
    d.ln(3)
    d.para("Good news: we approved the request. The records show an AHI of 32.6 events per hour, a BMI of 29.8, "
           "CPAP intolerance documented over three months, and a drug-induced sleep endoscopy without complete "
           "concentric collapse. Device activation about one month after surgery is included in this approval.", 10)
    d.para("Your usual cost sharing applies. This approval is not a guarantee of payment if your coverage ends "
           "before the surgery date.", 10)
    d.text_line("Clinical Review Department", 10)


def ha_eob(d: Page, f):
    ds = f["ds"]
    d.add_page()
    ha_head(d, f)
    d.text_line("Your Explanation of Benefits", 13, "B")
    d.text_line("This is not a bill.", 9)
    d.ln(2)
    kv(d, [("Member", f["name"]), ("Member ID", f["mid"]), ("Date of this EOB", fd(f["letter"], ds)),
           ("Claims processed", f"{fd(add(f['letter'], -30), ds)} - {fd(add(f['letter'], -1), ds)}")], 42)
    d.ln(3)
    visit = add(f["surgery"], -21)
    d.text_line(f"Claim {ids(random.Random(f['claim']), '2026999999999')}  ·  {f['surgeon']}  ·  office visit", 9.5,
                "B")
    d.table(["Date", "Service", "Billed", "Plan approved", "Plan paid", "You pay", "Note"],
            [[fd(visit, ds), "99214 Office visit", "285.00", "142.60", "117.60", "25.00", ""]],
            [24, 62, 20, 26, 22, 18, 12], 8.5, "LLRRRRL")
    d.text_line(f"Claim {f['claim']}  ·  {p(f)}  ·  surgery", 9.5, "B")
    d.table(["Date", "Service", "Billed", "Plan approved", "Plan paid", "You pay", "Note"],
            [[fd(f["surgery"], ds), "64582 Hypoglossal nerve stim.", usd(f["prof"], "n"), "0.00", "0.00", "0.00", "B"],
             ["*Total", "", usd(f["prof"], "n"), "0.00", "0.00", "0.00", ""]],
            [24, 62, 20, 26, 22, 18, 12], 8.5, "LLRRRRL")
    d.para(f"B  Not covered. The surgeon's notes record a body mass index of {f['bmi']}. Coverage requires a BMI "
           "below 35. A network provider cannot bill you for this service.", 9)
    d.para("Want to appeal? Ask for an appeal (reconsideration) within 65 days of the date of this EOB. "
           "Call Member Services or write to the address above.", 9.5)
    d.para(f"Year to date you have paid $640.00 toward your $4,900.00 maximum out-of-pocket. H7719_EOB26_C", 8)


def cover_sheet(f) -> bytes:
    d = Page()
    d.add_page()
    d.text_line(p(f), 15, "B")
    d.text_line(f["prac"][1], 9)
    d.ln(6)
    d.text_line("FACSIMILE", 26, "B")
    d.ln(3)
    kv(d, [("To:", f["sleepdoc"]), ("Fax:", "(555) 318-2270"), ("From:", f"Surgery scheduling for {f['surgeon']}"),
           ("Date:", fd(add(f["letter"], 3), "slash")), ("Pages:", "2 (including this cover)"),
           ("Re:", f"{f['name']} - hypoglossal nerve stimulator")], 26, 11)
    d.ln(6)
    d.para("Attached is Thornbury's denial for our mutual patient. The plan points to the complete concentric "
           f"collapse seen on DISE. {f['surgeon'].split(',')[0]} is requesting the peer-to-peer; surgery is on hold. "
           "Please let us know if "
           "you want to discuss other treatment options (positional therapy, oral appliance).", 11)
    d.ln(10)
    d.para("CONFIDENTIALITY NOTICE: this facsimile contains protected health information. If you are not the "
           "intended recipient, notify the sender and destroy all copies.", 8)
    return pdf_bytes(d)


BUILD = {"bmi": th_bmi_letter, "ahi": lambda d, f: ha_notice(d, f, "ahi"), "cpap": th_eob, "dise": ac_notice,
         "p2p": th_p2p_letter, "ok": th_approval, "ma_eob": ha_eob}


def build(f, mode) -> bytes:
    d = Page()
    BUILD[mode](d, f)
    return pdf_bytes(d)


def make_truth(f, mode) -> dict:
    base = dict(insurer=f["ins"], member_name=f["name"], member_id=f["mid"], group_number=f["grp"],
                provider=p(f), denial_date=f["letter"].isoformat())
    alts = {"provider": [f["surgeon"].split(",")[0]]}
    dl = lambda n: add(f["letter"], n).isoformat()  # noqa: E731
    planned = [f["planned"].isoformat()]
    if mode == "bmi":
        return truth("denial_letter", "medical_necessity", case_numbers=[f["ref"]], service_dates=planned,
                     appeal_deadline=dl(180), alternates=alts, denial_alternates=["prior_authorization"], **base)
    if mode == "ahi":
        return truth("denial_letter", "medical_necessity", case_numbers=[f["ref"]], service_dates=planned,
                     appeal_deadline=dl(65), alternates=alts, denial_alternates=["prior_authorization"], **base)
    if mode == "cpap":
        return truth("eob", "medical_necessity", case_numbers=[f["claim"]], claim_amount=f"{f['charge']:.2f}",
                     service_dates=[f["surgery"].isoformat()], appeal_deadline=dl(180), **base)
    if mode == "dise":
        return truth("denial_letter", "medical_necessity", case_numbers=[f["ref"]], service_dates=planned,
                     appeal_deadline=f["deadline"].isoformat(),
                     alternates={**alts, "member_id": [f["medicaid"]]},
                     denial_alternates=["prior_authorization"], **base)
    if mode == "p2p":
        return truth("denial_letter", "medical_necessity", case_numbers=[f["ref"]], service_dates=planned,
                     appeal_deadline=dl(180), alternates=alts, denial_alternates=["prior_authorization"], **base)
    if mode == "ok":
        return truth("other", None, case_numbers=[f["ref"]], service_dates=planned,
                     alternates={**alts, "service_dates": [[], [f"{f['planned'].isoformat()}/{add(f['planned'], 90).isoformat()}"]]},
                     **base)
    return truth("eob", "medical_necessity", case_numbers=[f["claim"]], claim_amount=f"{f['prof']:.2f}",
                 service_dates=[f["surgery"].isoformat()], appeal_deadline=dl(65),
                 alternates=alts, denial_alternates=["not_covered"], **base)


# (suffix, condition, insurer, practice, mode, date style)
PLAN = [
    ("bd_letter_bmi_over_policy_limit", "born_digital", TH, "CW", "bmi", "long"),
    ("bd_ma_notice_ahi_above_65", "born_digital", HA, "MB", "ahi", "slash"),
    ("scan300_hospital_eob_no_cpap_failure", "scan_clean_300", TH, "SA", "cpap", "abbr"),
    ("lowres_medicaid_notice_no_dise_report", "scan_lowres_150", AC, "CW", "dise", "dmy"),
    ("faxstd_stack_ent_cover_p2p_offer_concentric_collapse", "fax_standard_g4", TH, "MB", "p2p", "slash"),
    ("copy_approval_letter", "photocopy", TH, "CW", "ok", "long"),
    ("rotated_ma_eob_surgeon_claim_bmi", "rotated", HA, "MB", "ma_eob", "iso"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, ins, prac, mode, ds) in enumerate(PLAN):
        f = facts(i, ins, prac, ds)
        pdf = build(f, mode)
        t = make_truth(f, mode)
        seps = [cover_sheet(f)] if mode == "p2p" else None
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, t)], separators=seps))
    return items
