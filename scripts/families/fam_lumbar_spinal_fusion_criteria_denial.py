"""Family 'lumbar_spinal_fusion_criteria_denial': plan, Medicare Advantage and spine-benefit-manager letters and
EOBs on lumbar fusion (22612 posterolateral, 22630 interbody, 22633 / 22634 combined, 22840 instrumentation, 20930
allograft).

Issuers (all invented): Keystrand Spine Management (a spine benefit manager reviewing for Hollinsford Health Plan;
boxed case header, "on behalf of" line), Hollinsford Health Plan (commercial; two-line letterhead with a parent
company line; letters, an EOB, an appeal decision), Saltmere Advantage Health Plan (Medicare Advantage HMO with a
contract-plan number H5817-012; a coverage denial, a payment denial and its EOB). Contents: fusion denied for no
instability on flexion-extension films; a surgeon's EOB paying one level and denying the second (22634) after the
request was cut to one level; an MA denial because the member had not stopped smoking (positive cotinine test);
a denial for fewer than 3 months of conservative care (the physical therapist's visits as decoys); a two-level
request approved for one level only; a fax stack (cover, MA payment denial of the inpatient days after day 3, the
MA EOB of the same hospital claim); a phone-photographed first-level appeal upheld. Decoys: the physical therapist,
the radiologist and film dates, dates of birth, NPIs, request received dates, the cotinine test date.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "lumbar_spinal_fusion_criteria_denial"
LANG = "en"

KS, HF, SM = "Keystrand Spine Management", "Hollinsford Health Plan", "Saltmere Advantage Health Plan"
ADDR = {KS: ("8800 Keystrand Parkway, Suite 400", "Orrington, TN 37999"), HF: ("PO Box 30417", "Wickersham, IA 50999"),
        SM: ("1200 Saltmere Harbor Road", "Fenwick Bay, SC 29999")}
PRACTICES = ["Ironvale Spine & Neurosurgery", "Corbridge Orthopaedic Spine Associates", "Ashcombe Neurosurgical Group",
             "Pelham Ridge Spine Institute"]
SURGEONS = ["Dr. Leopold Aranda-Voss, MD", "Dr. Chidinma E. Radcliffe, MD", "Dr. Bartholomew Quist, DO",
            "Dr. Farida Okonkwo-Hale, MD"]
HOSPITALS = ["Cobalt Ridge Medical Center", "St. Aldric Regional Hospital", "Wenlow Valley Hospital"]
PTS = ["Dara Okonjo, PT, DPT", "Teodor Lindahl, PT", "Maribel Estrada-Finch, DPT", "Kwabena Asante, PT, OCS"]
PT_CLINICS = ["Meadowgate Physical Therapy", "Northfork Rehab & Sports PT", "Kinetic Path Therapy"]
RADS = ["Dr. Ingrid Solvang, MD (Radiology)", "Dr. Mahesh Varadarajan, MD (Radiology)"]
FIRST = ["Cornelius", "Ysolde", "Abdirahman", "Perpetua", "Radomir", "Genevieve", "Tavita", "Lucius", "Oksana",
         "Desmond", "Fumiko", "Hollis"]
LAST = ["Bramhall", "Adeyemi", "Kristiansen", "Mbatha", "Pellegrino", "Szczepanski", "Whitcombe", "Yilmaz",
        "Farrowby", "Ocampo"]
STREETS = ["Tanner's Mill Road", "Cresthaven Drive", "Pewter Lane", "Blackthorn Avenue", "Glenmoor Court"]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def D(f: dict, d: dt.date) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y"),
            "upper": d.strftime("%d %b %Y").upper()}[f["ds"]]


def M(f: dict, v: float) -> str:
    return fmt_money(v, f.get("ms", "plain"))


def facts(r: random.Random, ins: str, ds: str, ms: str = "plain", k: int = 0) -> dict:
    first, last, mid = FIRST[(5 * k + 1) % len(FIRST)], LAST[(3 * k) % len(LAST)], r.choice("ABCDEFGHJKLMNPRSTVW")
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 150))
    surg = notice + dt.timedelta(days=r.randint(12, 30))
    past = notice - dt.timedelta(days=r.randint(30, 60))
    ids = {HF: ("HHP" + digits(r, 9), "HF" + digits(r, 5)), KS: ("HHP" + digits(r, 9), "HF" + digits(r, 5)),
           SM: ("SM" + digits(r, 9), None)}[ins]
    return dict(ins=ins, ds=ds, ms=ms, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(14, 9870)} {r.choice(STREETS)}", ADDR[HF if ins == KS else ins][1]),
                notice=notice, surg=surg, past=past, mid=ids[0], grp=ids[1],
                case="KSM-" + str(notice.year % 100) + "-" + digits(r, 6), claim="HC" + digits(r, 10),
                smclaim=digits(r, 5) + "-" + digits(r, 6), ref="SA" + digits(r, 8),
                practice=PRACTICES[k % len(PRACTICES)], surgeon=SURGEONS[(k + 1) % len(SURGEONS)], hosp=r.choice(HOSPITALS),
                pt=r.choice(PTS), ptclinic=r.choice(PT_CLINICS), rad=r.choice(RADS),
                dob=dt.date(r.randint(1950, 1990), r.randint(1, 12), r.randint(1, 28)), ph=phone(r), npi=npi(r),
                pt_npi=npi(r))


def letterhead(d: Doc, f: dict) -> None:
    ins = f["ins"]
    a = ADDR[ins]
    if ins == KS:
        d.text_line("KEYSTRAND", 20, "B")
        d.text_line("Spine Management  -  musculoskeletal utilization review", 9)
        d.text_line(f"on behalf of {HF}  |  {a[0]}, {a[1]}  |  {f['ph']}", 8.5)
        d.rule(0.6, 1)
    elif ins == HF:
        d.text_line("Hollinsford Mutual Holdings, Inc.", 8.5)
        d.text_line(HF.upper(), 16, "B")
        d.text_line(f"{a[0]}  -  {a[1]}  -  Member Services {f['ph']}", 8.5)
    else:
        d.text_line(SM, 15, "B", align="C")
        d.text_line("Saltmere Advantage Prime (HMO)  -  H5817-012", 9, align="C")
        d.text_line(f"{a[0]}, {a[1]}  -  {f['ph']} (TTY 711), 8 a.m. to 8 p.m., 7 days a week", 8.5, align="C")
    d.ln(6)


def pairs(d: Doc, rows, lw: float = 50, size: float = 10, boxed: bool = False) -> None:
    if boxed:
        w = d.w - d.l_margin - d.r_margin
        for k, v in rows:
            d.font(9, "B")
            d.cell(lw, 6.2, " " + k, border=1)
            d.font(9.5)
            d.cell(w - lw, 6.2, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")
        d.ln(3)
        return
    for k, v in rows:
        d.font(size, "B")
        d.cell(lw, 5.3, k)
        d.font(size)
        d.multi_cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def letter(f: dict, title: str, rows, body: list[str], *, amt, denial, days, cases, sdates, provider,
           dated: bool = False, ma: bool = False, dalts=(), alts=None, sign="Utilization Management",
           fax: str | None = None, boxed: bool = False, plan_id=None, appeal_text: str | None = None
           ) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)
    d.text_line(title, 13, "B")
    d.ln(2)
    pairs(d, rows, boxed=boxed)
    d.para(f"Dear {f['first']} {f['last']}:")
    for p in body:
        d.para(p)
    dl = None
    if days:
        dl = f["notice"] + dt.timedelta(days=days)
        d.text_line("Your right to appeal", 11, "B")
        d.ln(1)
        if appeal_text:
            d.para(appeal_text.format(days=days, date=D(f, dl), ph=f["ph"]))
        elif dated:
            d.para(f"If you disagree, your appeal must reach {HF if f['ins'] == KS else f['ins']} by {D(f, dl)}. "
                   f"Your surgeon may appeal for you. Write to the address above or call {f['ph']} (TTY 711). "
                   "Send any records you want us to consider, such as imaging reports and therapy notes.")
        elif ma:
            d.para(f"You have the right to ask {SM} for an appeal (a reconsideration). Your request must be made "
                   f"within {days} days of the date of this notice. We can give you more time if you have a good "
                   f"reason. Call {f['ph']} (TTY 711) or write to the address above.")
        else:
            d.para(f"If you disagree, you may appeal within {days} days of the date of this letter. Write to "
                   f"{HF if f['ins'] == KS else f['ins']}, Appeals, {ADDR[HF][0]}, {ADDR[HF][1]}, or call "
                   f"{f['ph']} (TTY 711).")
        d.para("If waiting for a standard decision could seriously harm your health, you or your doctor may ask for "
               "a fast (expedited) appeal; it is decided within 72 hours. You may also have the right to an "
               "independent external review after the internal appeal.", 9.5)
    d.para(f"Sincerely,\n{sign}\n{f['ins']}", 10)
    t = truth("denial_letter" if denial else "other", denial, insurer=f["ins"], member_id=f["mid"],
              group_number=f["grp"], plan_id=plan_id, member_name=f["name"], case_numbers=cases,
              claim_amount=None if amt is None else m2(amt), service_dates=sdates, denial_date=iso(f["notice"]),
              provider=provider, appeal_deadline=None if dl is None else iso(dl),
              alternates={k: v for k, v in (alts or {}).items() if v}, denial_alternates=list(dalts))
    return pdf_bytes(d), t


def eob(f: dict, provider: str, claim: str, lines, remarks, intro: str, denial, *, sdates, days: int = 180,
        dalts=(), alts=None, header_extra=(), fax: str | None = None, plan_id=None) -> tuple[bytes, dict]:
    """lines: (date text, code, description, billed, allowed, paid, you owe, remark)."""
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f)
    d.text_line("Explanation of Benefits" if f["ins"] == SM else "EXPLANATION OF BENEFITS", 15, "B")
    d.text_line("This is not a bill.", 9, "B")
    d.ln(3)
    y0 = d.get_y()
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.set_xy(112, y0)
    meta = [("Date of statement", D(f, f["notice"])), ("Member", f["name"]), ("Member ID", f["mid"])]
    if f["grp"]:
        meta.append(("Group number", f["grp"]))
    if plan_id:
        meta.append(("Plan", plan_id))
    meta.append(("Date of birth", D(f, f["dob"])))
    for k, v in meta:
        d.set_x(112)
        d.font(9, "B")
        d.cell(32, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 28) + 3)
    d.para(intro, 9.5)
    d.font(10, "B")
    d.cell(0, 6, f"Claim number {claim}   Provider: {provider}  (NPI {f['npi']})", new_x="LMARGIN", new_y="NEXT")
    for x in header_extra:
        d.font(9)
        d.cell(0, 5, x, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    rows = [[a, b, c, M(f, e), M(f, g), M(f, h), M(f, i), j] for a, b, c, e, g, h, i, j in lines]
    tot = [sum(x[i] for x in lines) for i in (3, 4, 5, 6)]
    rows.append(["*Total", "", "", *[M(f, v) for v in tot], ""])
    d.table(["Service date(s)", "Code", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Note"], rows,
            [33, 13, 52, 20, 19, 18, 16, 10], size=7.8, aligns="LLLRRRRL", border_head="TB")
    d.text_line("Notes", 10, "B")
    for k, v in remarks:
        d.para(f"{k}  {v}", 8.8, gap=1)
    d.ln(2)
    dl = f["notice"] + dt.timedelta(days=days)
    d.para(f"Appeals: if you disagree with how this claim was processed, you may appeal within {days} days of the "
           f"date of this statement. Call {f['ph']} (TTY 711) or write to the address above.", 9)
    t = truth("eob", denial, insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], plan_id=plan_id,
              member_name=f["name"], case_numbers=[claim], claim_amount=m2(tot[0]), service_dates=sdates,
              denial_date=iso(f["notice"]), provider=provider, appeal_deadline=iso(dl),
              alternates={k: v for k, v in (alts or {}).items() if v}, denial_alternates=list(dalts))
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []
    r = random.Random(238600)

    # 1 born digital: spine benefit manager, fusion denied for no instability on flexion-extension films
    f = facts(random.Random(238601), KS, "long", k=1)
    films = f["notice"] - dt.timedelta(days=21)
    rows = [("Member", f["name"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Health plan", HF),
            ("Keystrand case ID", f["case"]), ("Requesting provider", f"{f['practice']} ({f['surgeon']})"),
            ("Provider NPI", f["npi"]), ("Procedures", "22612 posterior fusion L4-L5; 22840 instrumentation"),
            ("Facility / setting", f"{f['hosp']}, inpatient"), ("Planned surgery date", D(f, f["surg"])),
            ("Date of birth", D(f, f["dob"]))]
    body = [f"{HF} asked Keystrand Spine Management to review this request. We reviewed the office notes of "
            f"{f['surgeon']}, the MRI report, the flexion-extension X-rays of {D(f, films)} read by {f['rad']}, and "
            f"the physical therapy notes from {f['pt']} at {f['ptclinic']}.",
            "Decision: the request is denied as not medically necessary. Keystrand Lumbar Fusion Guideline "
            "KSG-LF-02 supports fusion for degenerative spondylolisthesis only when flexion-extension films show "
            "instability (at least 3 mm of translation or 10 degrees of angular motion). Your films show 1 mm of "
            "movement at L4-L5 and no abnormal motion. A decompression alone (without fusion) may be an option; your "
            "surgeon may send a new request.",
            "Your surgeon may ask for a peer-to-peer discussion with our reviewer, a board-certified orthopedic "
            f"spine surgeon, by calling {f['ph']} within 14 days."]
    items.append(Item(f"{FAMILY}_bd_sbm_no_instability_flexion_extension", "born_digital", [letter(
        f, "Notice of Adverse Determination - Lumbar Spinal Fusion", rows, body, amt=None,
        denial="medical_necessity", days=180, cases=[f["case"]], sdates=[iso(f["surg"])], provider=f["practice"],
        boxed=True, sign=f"Keystrand Physician Review, for {HF}",
        alts={"insurer": [HF], "provider": [f["surgeon"]], "service_dates": [[]]})]))

    # 2 born digital: commercial EOB, surgeon's claim, second level (22634) denied after a one-level approval
    f = facts(random.Random(238602), HF, "slash", "nosign", k=2)
    s = D(f, f["past"])
    lines = [(s, "22633", "Arthrodesis, combined, L4-L5", 6850.00, 3912.40, 3129.92, 782.48, ""),
             (s, "22634", "Arthrodesis, add-on interspace (L5-S1)", 3420.00, 0, 0, 0, "N12"),
             (s, "22840", "Posterior non-segmental instrumentation", 2975.00, 1688.15, 1350.52, 337.63, ""),
             (s, "20930", "Allograft, morselized", 410.00, 0, 0, 0, "B7")]
    rem = [("N12", f"The prior authorization (Keystrand case {f['case']}) approved a one-level fusion at L4-L5. The "
                   "second level, L5-S1, was reviewed and found not medically necessary, so it is denied. The "
                   "provider may not bill you for this line."),
           ("B7", "Payment for this add-on service is included in the payment for the primary procedure.")]
    items.append(Item(f"{FAMILY}_bd_eob_second_level_denied", "born_digital", [eob(
        f, f["practice"], f["claim"], lines, rem, "We processed the surgeon's claim below. Part of it was not paid.",
        "medical_necessity", sdates=[iso(f["past"])],
        header_extra=[f"Surgeon: {f['surgeon']}   Facility: {f['hosp']}"],
        alts={"claim_amount": ["3420.00"], "case_numbers": [[f["claim"], f["case"]]],
              "provider": [f["surgeon"]]})]))

    # 3 scan 300: Medicare Advantage coverage denial, smoking not stopped before elective fusion
    f = facts(random.Random(238603), SM, "abbr", k=3)
    cot = f["notice"] - dt.timedelta(days=6)
    rows = [("Member name:", f["name"]), ("Member ID:", f["mid"]), ("Plan:", "Saltmere Advantage Prime (HMO) "
                                                                           "H5817-012"),
            ("Case number:", f["ref"]), ("Requested by:", f"{f['surgeon']}, {f['practice']}"),
            ("Service:", "22630 lumbar interbody fusion L5-S1, 22840 instrumentation, inpatient stay"),
            ("Planned date:", D(f, f["surg"])), ("Request received:", D(f, f["notice"] - dt.timedelta(days=10)))]
    body = [f"We denied the medical care listed above that was requested by your doctor. We reviewed the records "
            f"sent by {f['practice']}, including a urine cotinine test of {D(f, cot)}.",
            "Why we denied your request: our coverage rules for elective lumbar fusion (which follow Medicare's "
            "rules and our published internal criteria UM-SP-117) require that a person who smokes or uses nicotine "
            "stop for at least 6 weeks before surgery, because smoking makes it much less likely that the bones will "
            "fuse. Your records say you still smoke about half a pack a day, and your cotinine test was positive. "
            "The surgery is not medically necessary for you at this time. When you have been nicotine-free for 6 "
            "weeks and a new test is negative, your doctor may ask again."]
    items.append(Item(f"{FAMILY}_scan300_ma_smoking_not_stopped", "scan_clean_300", [letter(
        f, "Notice of Denial of Medical Coverage", rows, body, amt=None, denial="medical_necessity", days=65,
        ma=True, cases=[f["ref"]], sdates=[iso(f["surg"])], provider=f["practice"], plan_id="H5817-012",
        sign="Utilization Management Department",
        alts={"provider": [f["surgeon"]], "plan_id": [None], "service_dates": [[]]})]))

    # 4 150 dpi: commercial letter, fewer than 3 months of conservative care (the physical therapist as a decoy)
    f = facts(random.Random(238604), HF, "dmy", k=4)
    pt1 = f["notice"] - dt.timedelta(days=40)
    pt2 = pt1 + dt.timedelta(days=23)
    rows = [("Patient:", f["name"]), ("ID number:", f["mid"]), ("Group:", f["grp"]),
            ("Reference number:", f["ref"]), ("Surgeon:", f"{f['surgeon']}, {f['practice']}"),
            ("Requested:", "22630 + 22840, L4-L5, with 2 inpatient days"), ("Surgery scheduled:", D(f, f["surg"])),
            ("Physical therapy on file:", f"{f['pt']}, {f['ptclinic']}, NPI {f['pt_npi']}")]
    body = [f"We received a request from {f['practice']} to approve lumbar fusion surgery. Our medical policy "
            "MP-SURG-031 (Lumbar Spinal Fusion) covers fusion for back pain from disc degeneration only after at "
            "least 3 months of conservative care that did not help, including physical therapy, medicines and "
            "activity changes, documented in the records.",
            f"The records show physical therapy with {f['pt']} from {D(f, pt1)} to {D(f, pt2)}, a little over three "
            "weeks (5 visits), and no other conservative treatment before the request. That is less than 3 months, "
            "so the surgery is not medically necessary under the policy at this time. Your surgeon may send a new "
            "request after you finish 3 months of conservative care."]
    items.append(Item(f"{FAMILY}_lowres_no_three_months_conservative_care", "scan_lowres_150", [letter(
        f, "Adverse Benefit Determination", rows, body, amt=None, denial="medical_necessity", days=180, dated=True,
        cases=[f["ref"]], sdates=[iso(f["surg"])], provider=f["practice"],
        alts={"provider": [f["surgeon"]], "service_dates": [[]]})]))

    # 5 photocopy: spine benefit manager approves one level of a two-level request
    f = facts(random.Random(238605), KS, "iso", k=5)
    rows = [("Member", f["name"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Case ID", f["case"]),
            ("Requesting provider", f"{f['practice']}, NPI {f['npi']}"),
            ("Requested", "22633 L4-L5 + 22634 L5-S1, 22840, 20930"),
            ("Approved", "22633 L4-L5, 22840, 20930 (one level)"), ("Denied", "22634 L5-S1 (second level)"),
            ("Planned surgery date", D(f, f["surg"])), ("Date received", D(f, f["notice"] - dt.timedelta(days=5)))]
    body = [f"{f['surgeon']} asked for a two-level lumbar fusion, L4-L5 and L5-S1. We approved the fusion at L4-L5 "
            "and denied the second level.",
            f"Why: the MRI read by {f['rad']} shows spondylolisthesis with stenosis at L4-L5. At L5-S1 it shows only "
            "mild disc drying with no narrowing of the nerve openings, and your symptoms match the L4-L5 level. "
            "Keystrand guideline KSG-LF-02 supports fusing only the levels that cause symptoms, so adding L5-S1 is "
            "not medically necessary."]
    items.append(Item(f"{FAMILY}_copy_sbm_two_levels_cut_to_one", "photocopy", [letter(
        f, "Partial Approval - Notice of Adverse Determination", rows, body, amt=None, denial="medical_necessity",
        days=180, cases=[f["case"]], sdates=[iso(f["surg"])], provider=f["practice"], boxed=True,
        sign=f"Keystrand Physician Review, for {HF}",
        alts={"insurer": [HF], "provider": [f["surgeon"]], "service_dates": [[]]})]))

    # 6 fax standard stack: cover, MA payment denial of the inpatient days after day 3, the MA EOB of that claim
    f = facts(random.Random(238606), SM, "short", "plain", k=6)
    adm = f["past"]
    day4 = adm + dt.timedelta(days=3)
    dis = adm + dt.timedelta(days=5)
    total, denied = 58420.00, 9150.00
    rows = [("Member name:", f["name"]), ("Member ID:", f["mid"]), ("Plan:", "H5817-012"),
            ("Claim number:", f["smclaim"]), ("Hospital:", f"{f['hosp']}, NPI {f['npi']}"),
            ("Surgery:", f"22612, 22840 on {D(f, adm)} ({f['surgeon']})"),
            ("Hospital stay:", f"{D(f, adm)} - {D(f, dis)}"), ("Total charges:", M(f, total)),
            ("Days denied:", f"{D(f, day4)} - {D(f, dis)} ({M(f, denied)})")]
    body = [f"We denied payment for part of the hospital claim listed above. We paid the surgery and the first 3 "
            f"days of your stay at {f['hosp']}.",
            "Why we denied payment: the nursing and therapy notes show that by the third day after surgery you were "
            "walking in the hall with a walker, your pain was controlled with pills, and you had no fever or wound "
            "problem. You did not need to stay in the hospital after that; you could have gone home with home health "
            "therapy. The extra days were not medically necessary. Under your plan the hospital may not bill you for "
            "these days."]
    fx = f"{D(f, f['notice'])} 10:12 AM   {f['hosp'].upper()} PT ACCOUNTS   FAX {phone(r)}   P.2"
    doc_a = letter(f, "Notice of Denial of Payment", rows, body, amt=total, denial="medical_necessity", days=65,
                   ma=True, cases=[f["smclaim"]], sdates=[iso(adm, dis)], provider=f["hosp"], plan_id="H5817-012",
                   fax=fx, dalts=["level_of_care"], sign="Claims Department",
                   alts={"claim_amount": [m2(denied)], "service_dates": [[iso(day4, dis)]]})
    lines = [(f"{D(f, adm)}-{D(f, day4 - dt.timedelta(days=1))}", "0120", "Room and board, 3 days", 13725.00,
              6210.00, 6210.00, 0, ""),
             (f"{D(f, day4)}-{D(f, dis)}", "0120", "Room and board, 2 days", 9150.00, 0, 0, 0, "M4"),
             (D(f, adm), "0360", "Operating room services", 24610.00, 8120.00, 8120.00, 0, ""),
             (D(f, adm), "0278", "Implants (22840 instrumentation)", 10935.00, 4380.00, 4380.00, 0, "")]
    rem = [("M4", "Hospital days after the third day were not medically necessary; see our letter of the same date. "
                  "You do not owe for these days.")]
    doc_b = eob(f, f["hosp"], f["smclaim"], lines, rem, "Here is how we processed a hospital claim for you.",
                "medical_necessity", sdates=[iso(adm, dis)], days=65, dalts=["level_of_care"], plan_id="H5817-012",
                alts={"claim_amount": [m2(denied)], "service_dates": [[iso(day4, dis)]]},
                fax=f"{D(f, f['notice'])} 10:13 AM   {f['hosp'].upper()} PT ACCOUNTS   P.3")
    items.append(Item(f"{FAMILY}_faxstd_stack_ma_inpatient_days_cut", "fax_standard_g4", [doc_a, doc_b],
                      separators=["cover", None]))

    # 7 phone photo: commercial first-level appeal upheld (no instability), second-level appeal in 60 days
    f = facts(random.Random(238607), HF, "upper", k=7)
    appeal_no = "APL-" + digits(random.Random(238617), 7)
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Appeal number:", appeal_no),
            ("Original review:", f"Keystrand case {f['case']}"), ("Surgeon:", f"{f['surgeon']}, {f['practice']}"),
            ("Service:", "22612, 22840 lumbar fusion L3-L4"), ("Planned surgery date:", D(f, f["surg"])),
            ("Appeal received:", D(f, f["notice"] - dt.timedelta(days=24)))]
    body = [f"You appealed the denial of lumbar fusion surgery requested by {f['surgeon']}. A board-certified "
            "neurosurgeon who did not take part in the first decision reviewed your appeal, the new standing X-rays, "
            f"and the therapy notes from {f['pt']}.",
            "Decision: we uphold the denial. The flexion-extension films still show no instability at L3-L4 (less "
            "than 2 mm of movement), so fusion is not medically necessary under Medical Policy MP-SURG-031."]
    items.append(Item(f"{FAMILY}_phone_first_level_appeal_upheld", "phone_photo", [letter(
        f, "Appeal Decision - Denial Upheld", rows, body, amt=None, denial="medical_necessity", days=60,
        cases=[appeal_no, f["case"]], sdates=[iso(f["surg"])], provider=f["practice"], sign="Appeals Department",
        appeal_text="You may ask for a second-level appeal within {days} days of the date of this letter. Call {ph} "
                    "or write to the address above.",
        alts={"provider": [f["surgeon"]], "case_numbers": [[appeal_no]], "service_dates": [[]]})]))
    return items
