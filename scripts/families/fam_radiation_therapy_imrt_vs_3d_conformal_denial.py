"""Family 'radiation_therapy_imrt_vs_3d_conformal_denial': radiation oncology benefit manager letters, plan letters
and plan EOBs on intensity-modulated radiation therapy (IMRT planning 77301, delivery 77385 / 77386) and related
services.

Issuers (all invented): Corvane Oncology Benefit Management (a radiation oncology benefit manager writing for the
member's health plan, Ashgrove Health Plan; boxed "CORVANE" logo, case panel on the right), Ashgrove Health Plan
(serif letters with a left rule; hypofractionation partial approval, an upheld appeal faxed from the plan),
Stonebrook Assurance Health Company (EOB statements with a claim table per provider). Contents: IMRT denied with 3D
conformal (77295 / 77412) approved for whole-breast irradiation; fractions cut from 44 to 28 under the moderate
hypofractionation guideline for prostate cancer; image guidance (77387) billed with every IMRT fraction denied as
included in the delivery code (phone photo); SBRT (77373) for more than five metastases denied as not meeting
criteria (photocopy); IMRT approved after a peer-to-peer conversation (150 dpi); an EOB denying IMRT claims because
the authorization covered 3D conformal only; an upheld appeal (fax). Decoys: the medical oncologist giving
chemotherapy (named in sentences and on a paid decoy claim), dates of birth, request-received dates, NPIs,
simulation dates, phone numbers, plan-paid amounts.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "radiation_therapy_imrt_vs_3d_conformal_denial"
LANG = "en"

CV, AH, SB = "Corvane Oncology Benefit Management", "Ashgrove Health Plan", "Stonebrook Assurance Health Company"
ADDR = {CV: ("PO Box 71940", "Tressick Falls, OK 74958"), AH: ("800 Kilnworth Parkway", "Amberlea, KY 40977"),
        SB: ("PO Box 3318", "Caddon Heights, MO 65936")}
CENTERS = ["Tallowmere Radiation Oncology Center", "Kestrel Bay Cancer Radiation Center",
           "Ridgewater Radiation Therapy Institute", "Upper Vantine Radiation Oncology"]
RADONC = ["Dr. Marguerite Okonkwo-Bell", "Dr. Henrik Vasilakis", "Dr. Sakura Delacroix-Imai", "Dr. Tobiah Rennard"]
MEDONC = ["Dr. Oluwaseun Haverkamp", "Dr. Ines Castellblanch", "Dr. Rajiv Thornquist", "Dr. Maren Achterberg"]
FIRST = ["Adaeze", "Benedikt", "Carmela", "Dorian", "Eulalia", "Fitzgerald", "Grazyna", "Hamid", "Ilse", "Jericho",
         "Kalani", "Leontyne", "Mirela", "Nnamdi", "Ottilie", "Pascual"]
LAST = ["Ashdown", "Brzezinski", "Cavendish", "Delgadillo", "Egwuatu", "Fennimore", "Gallagher-Ruiz", "Hollister",
        "Ivanova", "Jorgensen", "Kaczmarek", "Lindqvist", "Mwangi", "Nordahl", "Okafor", "Petrakis"]
STREETS = ["Fallowfield Road", "Brindle Court", "Osier Lane", "Larchmont Terrace", "Gannet Way"]
TOWNS = ["Tressick Falls, OK 74958", "Amberlea, KY 40977", "Caddon Heights, MO 65936", "Wendover Mills, VT 05941"]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def facts(r: random.Random, ins: str, ds: str) -> dict:
    first, mid, last = r.choice(FIRST), r.choice("ABCDEFGHJKLMNPRSTVW"), r.choice(LAST)
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 160))
    start = notice - dt.timedelta(days=r.randint(50, 80))
    if ins == SB:
        mid_, grp = f"SAH{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}", digits(r, 7)
    else:
        mid_, grp = "AGH" + digits(r, 9), "AG-" + digits(r, 5)
    return dict(r=r, ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(10, 9900)} {r.choice(STREETS)}", r.choice(TOWNS)), notice=notice, start=start,
                mid=mid_, grp=grp, center=r.choice(CENTERS), radonc=r.choice(RADONC), medonc=r.choice(MEDONC),
                dob=dt.date(r.randint(1948, 1985), r.randint(1, 12), r.randint(1, 28)), ph=phone(r), npi=npi(r),
                npi2=npi(r), case="CV" + digits(r, 10), auth="AA" + digits(r, 8), claim=digits(r, 12))


def D(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def letterhead(d: Doc, f: dict, ins: str, fax: str | None = None) -> None:
    if fax:
        d.text_line(fax, 8)
        d.ln(1)
    a = ADDR[ins]
    if ins == CV:
        y = d.get_y()
        d.set_line_width(0.8)
        d.rect(d.l_margin, y, 44, 12)
        d.set_line_width(0.2)
        d.set_xy(d.l_margin, y + 2)
        d.font(17, "B")
        d.cell(44, 8, "CORVANE", align="C")
        d.set_xy(d.l_margin + 48, y + 1)
        d.font(10.5, "B")
        d.cell(0, 5, CV, new_x="LMARGIN", new_y="NEXT")
        d.set_x(d.l_margin + 48)
        d.font(8.5)
        d.cell(0, 4.5, f"Radiation oncology utilization management  |  {a[0]}, {a[1]}", new_x="LMARGIN",
               new_y="NEXT")
        d.set_y(y + 15)
    elif ins == AH:
        d.text_line(AH, 17, "B")
        d.text_line(f"{a[0]}  ·  {a[1]}  ·  Member Services {f['ph']}  ·  TTY 711", 8.5)
        d.rule(0.6, 1)
    else:
        d.text_line("STONEBROOK", 20, "B", align="C")
        d.text_line(SB, 9.5, align="C")
        d.text_line(f"{a[0]}, {a[1]}", 8.5, align="C")
        d.rule(0.3, 1)
    d.ln(5)


def pairs(d: Doc, rows: list[tuple[str, str | None]], lw: float = 50, size: float = 10, x: float | None = None):
    for k, v in rows:
        if v is None:
            continue
        if x is not None:
            d.set_x(x)
        d.font(size, "B")
        d.cell(lw, 5.2, k)
        d.font(size)
        d.multi_cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2.5)


def addressee(d: Doc, f: dict) -> None:
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)


# ------------------------------------------------------------------------------------------------ RBM letters
def rbm_letter(f: dict, title: str, requested: list[tuple[str, str, str]], approved: list[tuple[str, str, str]],
               body: list[tuple[str, str]], denial: str | None, dalts: list[str], site: str) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer=f"{CV}  |  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f, CV)
    y0 = d.get_y()
    addressee(d, f)
    yl = d.get_y()
    d.set_xy(118, y0)
    d.set_fill_color(236, 236, 236)
    d.rect(116, y0 - 2, 80, 45, style="F")
    pairs(d, [("Date:", D(f, f["notice"])), ("Case ID:", f["case"]), ("Health plan:", AH),
              ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Date of birth:", D(f, f["dob"])),
              ("Received:", D(f, f["notice"] - dt.timedelta(days=4)))], lw=27, size=8.8, x=118)
    d.set_y(max(d.get_y(), yl) + 2)
    d.text_line(title, 13, "B")
    d.ln(2)
    d.para(f"Dear {f['first']} {f['last']}:")
    d.para(f"{CV} reviews radiation therapy requests for {AH}. Your radiation oncologist, {f['radonc']} of "
           f"{f['center']}, asked us to approve the treatment below for {site}. Treatment is planned to start on "
           f"{D(f, f['start'])}. Your medical oncologist, {f['medonc']}, is treating you separately and is not part "
           "of this request.")
    rows = [[c, t, u, "Not approved" if (c, t, u) not in approved else "Approved"] for c, t, u in requested]
    rows += [[c, t, u, "Approved"] for c, t, u in approved if (c, t, u) not in requested]
    d.table(["Code", "Service", "Units", "Decision"], rows, [18, 112, 16, 30], size=8.8, border_head="TB")
    for h, p in body:
        d.text_line(h, 11, "B")
        d.ln(1)
        d.para(p)
    dl = None
    if denial:
        dl = f["notice"] + dt.timedelta(days=180)
        d.text_line("How to appeal", 11, "B")
        d.ln(1)
        d.para(f"You, your doctor or someone you name may appeal within 180 days of the date of this letter. Write to "
               f"{AH} Appeals, {ADDR[AH][0]}, {ADDR[AH][1]}, or call {f['ph']}. If your treatment is urgent, ask "
               "for an expedited appeal and we will decide within 72 hours. Your doctor may also ask to speak with "
               "the reviewing radiation oncologist (peer-to-peer) within 14 days.")
    d.para(f"Sincerely,\nPhysician Reviewer, Radiation Oncology\n{CV}, on behalf of {AH}\n"
           f"cc: {f['radonc']}, {f['center']} (NPI {f['npi']})", 9.5)
    t = truth("denial_letter" if denial else "other", denial, insurer=CV, member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=[f["case"]], service_dates=[iso(f["start"])],
              denial_date=iso(f["notice"]), provider=f["center"], appeal_deadline=None if dl is None else iso(dl),
              alternates={"insurer": [AH], "provider": [f["radonc"]]}, denial_alternates=dalts)
    return pdf_bytes(d), t


# ------------------------------------------------------------------------------------------------ plan letters
def plan_letter(f: dict, title: str, facts_rows: list[tuple[str, str | None]], body: list[tuple[str, str]],
                deadline_text: str, dl: dt.date | None, denial: str, dalts: list[str], cases: list[str],
                amt: float | None, svc: list[str], fax: str | None = None, alts: dict | None = None,
                ) -> tuple[bytes, dict]:
    d = Doc("Times", footer="Page {p} of {n}", header=f"{f['name']}  |  Member ID {f['mid']}")
    d.add_page()
    letterhead(d, f, AH, fax)
    d.text_line(D(f, f["notice"]), 11)
    d.ln(4)
    addressee(d, f)
    d.text_line(title, 14, "B")
    d.ln(2)
    pairs(d, facts_rows, lw=54, size=10.5)
    d.para(f"Dear {f['first']} {f['last']}:", 11)
    for h, p in body:
        d.text_line(h, 12, "B")
        d.ln(1)
        d.para(p, 11)
    d.text_line("Your appeal rights", 12, "B")
    d.ln(1)
    d.para(deadline_text, 11)
    d.para("If you are not satisfied with the final internal decision, you may ask for an external review by an "
           "independent review organization within 4 months of that decision.", 10)
    d.para(f"Sincerely,\n\nClinical Appeals and Utilization Management\n{AH}", 11)
    t = truth("denial_letter", denial, insurer=AH, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=cases, claim_amount=None if amt is None else m2(amt), service_dates=svc,
              denial_date=iso(f["notice"]), provider=f["center"], appeal_deadline=None if dl is None else iso(dl),
              alternates=dict({"provider": [f["radonc"]]}, **(alts or {})), denial_alternates=dalts)
    return pdf_bytes(d), t


# ------------------------------------------------------------------------------------------------ EOBs
def eob(f: dict, claims: list[dict], denied_ix: int, legend: list[tuple[str, str]], denial: str, dalts: list[str],
        amount_alt: str | None = None) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="SB-EOB-07  |  Page {p} of {n}")
    d.add_page()
    letterhead(d, f, SB)
    d.text_line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12, "B")
    d.ln(3)
    y0 = d.get_y()
    addressee(d, f)
    d.set_xy(110, y0)
    pairs(d, [("Statement date", D(f, f["notice"])), ("Member", f["name"]), ("Member ID", f["mid"]),
              ("Group no.", f["grp"]), ("Date of birth", D(f, f["dob"]))], lw=32, size=9, x=110)
    d.set_y(max(d.get_y(), y0 + 27) + 2)
    for c in claims:
        d.set_fill_color(230, 230, 230)
        d.font(9.5, "B")
        d.cell(0, 6, f"Claim no. {c['claim']}    Provider: {c['prov']}    NPI {c['npi']}", fill=True,
               new_x="LMARGIN", new_y="NEXT")
        rows = [[ln[0], ln[1], ln[2], str(ln[3]), fmt_money(ln[4], "nosign"), fmt_money(ln[5], "nosign"),
                 fmt_money(ln[6], "nosign"), ln[7]] for ln in c["lines"]]
        rows.append(["*Claim total", "", "", "", fmt_money(sum(x[4] for x in c["lines"]), "nosign"),
                     fmt_money(sum(x[5] for x in c["lines"]), "nosign"),
                     fmt_money(sum(x[6] for x in c["lines"]), "nosign"), ""])
        d.table(["Service dates", "Code", "Description", "Units", "Charged", "Plan paid", "Your share", "Rmk"],
                rows, [42, 14, 50, 11, 20, 19, 19, 9], size=7.8, aligns="LLLRRRRL", border_head="TB")
    d.text_line("Remark codes", 10, "B")
    for k, v in legend:
        d.para(f"{k}  {v}", 8.8, gap=1)
    d.ln(2)
    dl = f["notice"] + dt.timedelta(days=180)
    d.para("Appeals: you may appeal a denied service within 180 days from the statement date. Send the claim number and "
           f"any medical records to Stonebrook Appeals, {ADDR[SB][0]}, {ADDR[SB][1]}. Questions: {f['ph']}.", 9)
    c = claims[denied_ix]
    t = truth("eob", denial, insurer=SB, member_id=f["mid"].replace(" ", ""), group_number=f["grp"],
              member_name=f["name"], case_numbers=[c["claim"]], claim_amount=m2(sum(x[4] for x in c["lines"])),
              service_dates=c["svc"], denial_date=iso(f["notice"]), provider=c["prov"], appeal_deadline=iso(dl),
              alternates={"claim_amount": [amount_alt]} if amount_alt else {}, denial_alternates=dalts)
    return pdf_bytes(d), t


def span_txt(f: dict, a: dt.date, b: dt.date) -> str:
    return f"{D(f, a)} - {D(f, b)}"


def documents(rng) -> list[Item]:
    items = []
    r = random.Random(225500)

    # 1. RBM: IMRT denied, 3D conformal approved (whole breast)
    f = facts(random.Random(225501), CV, "long")
    f["start"] = f["notice"] + dt.timedelta(days=r.randint(10, 21))
    req = [("77301", "IMRT treatment planning, dose-volume histograms", "1"),
           ("77338", "Multi-leaf collimator device(s) for IMRT", "1"),
           ("77385", "IMRT delivery, simple", "16")]
    app = [("77295", "3-dimensional radiotherapy plan, dose-volume histograms", "1"),
           ("77412", "Radiation treatment delivery, complex (3D conformal)", "16")]
    items.append(Item(f"{FAMILY}_bd_rbm_imrt_denied_3d_conformal_approved", "born_digital", [rbm_letter(
        f, "Partial approval: IMRT not approved, 3D conformal radiation therapy approved", req, app,
        [("Why IMRT was not approved",
          "You are to receive whole-breast radiation to the right breast after a lumpectomy. Our guideline covers "
          "IMRT for whole-breast treatment only when a 3D conformal plan cannot meet the dose limits for the heart, "
          "lung or skin, for example with a left-sided tumor and unfavorable anatomy or a very large breast. The "
          "records show a right-sided tumor and a 3D conformal plan that meets the lung and heart dose limits. IMRT "
          "is therefore not medically necessary for you."),
         ("What was approved",
          "3D conformal radiation therapy (codes 77295 and 77412) for 16 treatments is approved under this case ID. "
          "Your treatment can begin as planned.")],
        "medical_necessity", [], "breast cancer (right breast)")]))

    # 2. Plan: fractions cut under hypofractionation guideline (prostate)
    f = facts(random.Random(225502), AH, "long")
    f["start"] = f["notice"] + dt.timedelta(days=r.randint(7, 18))
    dl = f["notice"] + dt.timedelta(days=180)
    items.append(Item(f"{FAMILY}_scan300_fractions_reduced_hypofractionation", "scan_clean_300", [plan_letter(
        f, "Notice of partial approval of radiation therapy",
        [("Authorization number:", f["auth"]), ("Patient:", f["name"]), ("Member ID:", f["mid"]),
         ("Group number:", f["grp"]), ("Radiation oncology center:", f"{f['center']} ({f['radonc']})"),
         ("Planned start of treatment:", D(f, f["start"])),
         ("Requested:", "77385 IMRT delivery x 44 fractions (79.2 Gy), 77387 image guidance x 44"),
         ("Approved:", "77385 IMRT delivery x 28 fractions (70 Gy), 77387 image guidance x 28"),
         ("Not approved:", "16 fractions")],
        [("Why we did not approve all of the treatments",
          "Your doctor asked for 44 treatments of IMRT for prostate cancer (low to intermediate risk). National "
          "guidelines recommend a moderately hypofractionated schedule of 20 to 28 treatments for this diagnosis, "
          "which works as well as the longer schedule. The records do not show a reason the shorter schedule cannot be "
          "used, such as prior pelvic radiation or inflammatory bowel disease. We approved 28 treatments. The other 16 "
          "are not medically necessary."),
         ("Other doctors on your care team",
          f"We sent a copy of this letter to {f['radonc']} at {f['center']}. Hormone therapy prescribed by "
          f"{f['medonc']} is not affected by this decision.")],
        f"You may appeal this decision. Your written appeal must be received by {D(f, dl)}. Send it to {AH} Appeals, "
        f"{ADDR[AH][0]}, {ADDR[AH][1]}, or fax it to {phone(f['r'])}. Your doctor may ask for a peer-to-peer "
        "review by calling our Utilization Management line.", dl, "medical_necessity", [], [f["auth"]], None,
        [iso(f["start"])])]))

    # 3. EOB: IGRT 77387 billed daily denied (phone photo)
    f = facts(random.Random(225503), SB, "dmy")
    a = f["notice"] - dt.timedelta(days=r.randint(40, 60))
    b = a + dt.timedelta(days=25)
    medon = dict(claim=digits(r, 12), prov=f["medonc"].replace("Dr. ", "") + ", MD", npi=f["npi2"],
                 svc=[iso(a - dt.timedelta(days=9))],
                 lines=[(D(f, a - dt.timedelta(days=9)), "99214", "Office visit, established", 1, 265.00, 171.36,
                         40.00, "")])
    rt = dict(claim=f["claim"], prov=f["center"], npi=f["npi"], svc=[iso(a, b)],
              lines=[(span_txt(f, a, b), "77386", "IMRT delivery, complex", 20, 20 * 1185.00, 20 * 702.18,
                      20 * 175.55, ""),
                     (span_txt(f, a, b), "77387", "Guidance for localization", 20, 20 * 164.00, 0.0, 0.0, "IG4")])
    items.append(Item(f"{FAMILY}_phone_eob_image_guidance_daily_denied", "phone_photo", [eob(
        f, [medon, rt], 1,
        [("IG4", "Image guidance (77387) is included in the payment for IMRT treatment delivery (77385/77386) and is "
                 "not paid separately when billed on the same day. The provider may not bill you for this amount.")],
        "coding_error", ["not_covered"], amount_alt=m2(20 * 164.00))]))

    # 4. RBM: SBRT not meeting criteria (photocopy)
    f = facts(random.Random(225504), CV, "slash")
    f["start"] = f["notice"] + dt.timedelta(days=r.randint(8, 20))
    req = [("77295", "3-dimensional radiotherapy plan", "1"),
           ("77373", "Stereotactic body radiation therapy (SBRT), delivery per fraction", "5"),
           ("77435", "SBRT treatment management, per course", "1")]
    items.append(Item(f"{FAMILY}_copy_sbrt_not_meeting_criteria", "photocopy", [rbm_letter(
        f, "Adverse determination: stereotactic body radiation therapy (SBRT)", req, [],
        [("Why SBRT was not approved",
          "SBRT to lung and liver metastases from colorectal cancer was requested. Our SBRT guideline covers "
          "treatment of oligometastatic disease when there are no more than 5 metastases in total, the primary tumor "
          "is controlled, and the patient's performance status is ECOG 0 to 2. The PET/CT in the records shows 7 "
          "metastases, and the latest scan shows the disease is still growing on systemic therapy. The request does "
          "not meet the criteria, so SBRT is not medically necessary. Conventional palliative radiation to a "
          "painful site may be requested separately.")],
        "medical_necessity", [], "metastatic colorectal cancer")]))

    # 5. RBM: IMRT approved after peer-to-peer (150 dpi)
    f = facts(random.Random(225505), CV, "iso")
    f["start"] = f["notice"] + dt.timedelta(days=r.randint(5, 12))
    req = [("77301", "IMRT treatment planning", "1"), ("77338", "Multi-leaf collimator device(s) for IMRT", "1"),
           ("77386", "IMRT delivery, complex", "35"), ("77387", "Guidance for localization of target", "35")]
    items.append(Item(f"{FAMILY}_lowres_imrt_approved_after_peer_to_peer", "scan_lowres_150", [rbm_letter(
        f, "Approval after peer-to-peer review", req, req,
        [("Decision",
          f"On {D(f, f['notice'] - dt.timedelta(days=1))}, {f['radonc']} discussed your case with our reviewing "
          "radiation oncologist. The tumor of the base of tongue lies next to the parotid glands and spinal cord, and "
          "a 3D conformal plan could not keep the dose to these organs within safe limits. IMRT meets our guideline "
          "and is approved for 35 treatments. Image guidance is approved for each treatment day."),
         ("Please note",
          "Approval is based on medical necessity. Payment depends on your eligibility and benefits on the dates "
          "of service. The chemotherapy given with radiation is reviewed by your health plan, not by Corvane.")],
        None, [], "cancer of the base of the tongue")]))

    # 6. Plan: appeal upheld on IMRT (fax fine)
    f = facts(random.Random(225506), AH, "abbr")
    a = f["notice"] - dt.timedelta(days=r.randint(70, 95))
    b = a + dt.timedelta(days=37)
    appeal_no = "APL-" + digits(r, 7)
    amt = 1 * 2650.00 + 1 * 640.00 + 28 * 1120.00
    dl = f["notice"] + dt.timedelta(days=60)
    head = f"FROM: {AH.upper()} APPEALS  FAX {phone(r)}   {fmt_date(f['notice'], 'slash')} 14:22   P. 1/1"
    items.append(Item(f"{FAMILY}_faxf_appeal_upheld_imrt_bone_metastasis", "fax_fine_g4", [plan_letter(
        f, "First-level appeal decision: denial upheld",
        [("Appeal number:", appeal_no), ("Claim number:", f["claim"]), ("Patient:", f["name"]),
         ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Provider:", f"{f['center']} ({f['radonc']})"),
         ("Dates of service:", f"{D(f, a)} through {D(f, b)}"),
         ("Services:", "77301 IMRT planning; 77338 MLC device; 77385 IMRT delivery x 28"),
         ("Total billed:", fmt_money(amt)), ("Appeal received:", D(f, f["notice"] - dt.timedelta(days=21)))],
        [("Decision",
          "We reviewed your appeal of our denial of IMRT for treatment of a bone metastasis in the spine. A board-"
          "certified radiation oncologist who was not involved in the first decision reviewed the records. IMRT is "
          "not medically necessary for palliative treatment of a bone metastasis when the spinal cord dose can be "
          "met with a conventional or 3D conformal plan, and a single treatment or a short course of 5 to 10 "
          "treatments is the accepted schedule. The records do not show prior radiation to the same area. The denial "
          "is upheld."),
         ("Information we used",
          f"Your appeal letter, notes from {f['radonc']} and from your medical oncologist {f['medonc']}, the "
          "treatment plan and the Ashgrove radiation oncology guideline RO-12.")],
        "You may ask for a second-level appeal within 60 days of the date of this letter. Send your request to the "
        "address above.", dl, "medical_necessity", [], [f["claim"], appeal_no], amt, [iso(a, b)], fax=head,
        alts={"case_numbers": [[appeal_no]]})]))

    # 7. EOB: IMRT claims denied, authorization covered 3D conformal only (born digital)
    f = facts(random.Random(225507), SB, "upper")
    a = f["notice"] - dt.timedelta(days=r.randint(35, 50))
    b = a + dt.timedelta(days=20)
    chemo = dict(claim=digits(r, 12), prov=f["medonc"].replace("Dr. ", "") + ", MD", npi=f["npi2"],
                 svc=[iso(a)], lines=[(D(f, a), "96413", "Chemotherapy infusion, first hour", 1, 612.00, 388.20,
                                       97.05, "")])
    plan_day = a - dt.timedelta(days=6)
    rt = dict(claim=f["claim"], prov=f["center"], npi=f["npi"], svc=[iso(plan_day), iso(a, b)],
              lines=[(D(f, plan_day), "77301", "IMRT treatment planning", 1, 2890.00, 0.0, 0.0, "PA9"),
                     (D(f, plan_day), "77338", "MLC device for IMRT", 1, 710.00, 0.0, 0.0, "PA9"),
                     (span_txt(f, a, b), "77385", "IMRT delivery, simple", 15, 15 * 1040.00, 0.0, 0.0, "PA9")])
    items.append(Item(f"{FAMILY}_bd_eob_imrt_billed_3d_authorized", "born_digital", [eob(
        f, [chemo, rt], 1,
        [("PA9", "The services billed do not match the prior authorization on file. The authorization covered 3D "
                 "conformal radiation therapy (77295, 77412). IMRT (77301, 77338, 77385) was not authorized. The "
                 "provider may not bill you for these charges; the provider may ask for a review.")],
        "prior_authorization", ["medical_necessity"])]))
    return items
