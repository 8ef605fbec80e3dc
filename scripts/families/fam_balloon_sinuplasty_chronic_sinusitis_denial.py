"""Family 'balloon_sinuplasty_chronic_sinusitis_denial': plan letters, EOBs and a Medicare Advantage notice on balloon
sinus dilation (31295 maxillary, 31296 frontal, 31297 sphenoid, 31298 frontal and sphenoid) and endoscopic sinus
surgery (31253, 31256, 31267) for chronic rhinosinusitis.

Issuers (all invented): Vayrith Health Plan (logo word "VAYRITH" over a rule; letters), Pallister Mutual Insurance
Company (parent line above the centred name; member EOBs), Oxtonbury Senior Advantage (HMO) (Medicare Advantage plan,
mirrors the public CMS-10003-NDMCP "Notice of Denial of Medical Coverage (or Payment)" headings). Contents: pre-service
denial for no CT showing chronic sinusitis after 12 weeks of medical therapy (letter); EOB with a primary care visit
paid as a decoy claim and the balloon claim with the image-guidance add-on 61782 denied as not separately payable;
office balloon dilation denied for the plan's office-site criteria (letter, printed deadline); a photocopied MA
payment denial of endoscopic sinus surgery (no 12 weeks of medical therapy documented; 65 days); an approval after a
CT (150 dpi); a fax stack of the plan's UM fax cover, the balloon denial to the ENT office and the septoplasty approval
for the same request; a phone photo of an EOB denying a frontal balloon without prior authorization. Decoys: the
allergist or primary care doctor who referred, CT dates, dates of birth, NPIs, request received dates, phone numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "balloon_sinuplasty_chronic_sinusitis_denial"
LANG = "en"

VH, PM, OX = "Vayrith Health Plan", "Pallister Mutual Insurance Company", "Oxtonbury Senior Advantage (HMO)"
ADDR = {VH: ("PO Box 71406", "Corriveau, MI 49957"), PM: ("880 Tessaly Avenue, Suite 1200", "Brenlow, KY 40987"),
        OX: ("PO Box 39022", "Ashvale, AZ 85976")}
PRACTICES = ["Caddow Valley Ear, Nose & Throat Associates", "Tamsworth Otolaryngology Group",
             "Ferrandine Head & Neck Surgeons"]
SURGEONS = ["Dr. Oluwaseun Brandvold", "Dr. Mireille Castano-Petrov", "Dr. Tavish Nakagawa", "Dr. Ines Halloran"]
ALLERGISTS = ["Dr. Fenna Abernethy-Roy", "Dr. Rustam Oyelowo", "Dr. Catalina Wexford"]
PCPS = ["Dr. Kaveh Lindahl", "Dr. Adwoa Penhallow", "Dr. Bertil Santamaria"]
ASC = "Pell Street Surgery Center"
FIRST = ["Siobhan", "Tariq", "Yevgenia", "Ayodele", "Marguerite", "Haruki", "Leonora", "Dmitri", "Nkechi", "Esperanza",
         "Gunnar", "Parvati", "Cornelius", "Ximena"]
LAST = ["Achebe-Moss", "Lindqvist", "Tahir", "Fairweather", "Okonkwo", "Rasmussen", "Delgadillo", "Whitcombe",
        "Nakamura", "Petrosyan", "Albright", "Mwangi", "Carvalho", "Strandberg"]
STREETS = ["Cobbler Hill Road", "Alder Bend Lane", "Pewter Court", "Sawmill Creek Drive", "Orchard Gap Way"]
TOWNS = ["Corriveau, MI 49957", "Brenlow, KY 40987", "Ashvale, AZ 85976", "Dunmore Falls, OR 97499"]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def facts(r: random.Random, ins: str, ds: str) -> dict:
    first, mid, last = r.choice(FIRST), r.choice("ABCDEFGHJKLMNPRSTVW"), r.choice(LAST)
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 140))
    dos = notice - dt.timedelta(days=r.randint(20, 55))
    if ins == VH:
        mid_ = "VYR" + digits(r, 8)
        grp = "VG-" + digits(r, 5)
        claim = f"VH{notice.strftime('%y')}{digits(r, 8)}"
    elif ins == PM:
        mid_ = f"PMI {digits(r, 3)} {digits(r, 3)} {digits(r, 3)}"
        grp = digits(r, 7)
        claim = "PM-" + digits(r, 9)
    else:
        mid_ = "OX" + digits(r, 9)
        grp = None
        claim = f"{notice.strftime('%y')}{digits(r, 3)}-{digits(r, 7)}"
    return dict(r=r, ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(14, 9870)} {r.choice(STREETS)}", r.choice(TOWNS)), notice=notice, dos=dos,
                mid=mid_, grp=grp, claim=claim, practice=r.choice(PRACTICES), surgeon=r.choice(SURGEONS),
                allergist=r.choice(ALLERGISTS), pcp=r.choice(PCPS),
                dob=dt.date(r.randint(1952, 1994), r.randint(1, 12), r.randint(1, 28)), ph=phone(r), npi=npi(r),
                npi2=npi(r), ct=dos - dt.timedelta(days=r.randint(30, 70)))


def D(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def letterhead(d: Doc, f: dict) -> None:
    ins, a = f["ins"], ADDR[f["ins"]]
    if ins == VH:
        d.text_line("VAYRITH", 22, "B")
        d.rule(0.9, 1.2)
        d.text_line(f"{VH}  |  {a[0]}  |  {a[1]}  |  Member Services {f['ph']}", 8.5)
    elif ins == PM:
        d.text_line("A member of the Pallister Mutual Group of Companies", 8, align="C")
        d.text_line(PM, 14, "B", align="C")
        d.text_line(f"{a[0]}, {a[1]}", 8.5, align="C")
    else:
        d.text_line(OX, 13, "B")
        d.text_line("A Medicare Advantage HMO plan", 9)
        d.text_line(a[0], 9)
        d.text_line(a[1], 9)
    d.ln(6)


def pairs(d: Doc, rows: list[tuple[str, str]], lw: float = 52, size: float = 10) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(lw, 5.3, k)
        d.font(size)
        d.multi_cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def addressee(d: Doc, f: dict) -> None:
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)


def appeal_text(f: dict, how: str, days: int = 180) -> tuple[str, dt.date]:
    dl = f["notice"] + dt.timedelta(days=days)
    if how == "date":
        return (f"Your written appeal must be received by {D(f, dl)}. Send it to the Appeals Department at the "
                "address above, with any records, CT reports or letters from your doctors that you want us to "
                "consider.", dl)
    return (f"You may appeal this decision. Your appeal must be filed within {days} days of the date of this {how}. "
            "Send your appeal in writing to the address above, with any records, CT reports or letters from your "
            "doctors that you want us to consider.", dl)


# --------------------------------------------------------------------------------------------------- letters
def letter(f: dict, codes: list[tuple[str, str]], amt: float | None, pre: bool, reason: str, how: str,
           denial: str, dalts: list[str], referrer: str, to_office: bool = False, fax: str | None = None,
           title: str = "Notice of Adverse Benefit Determination", site: str | None = None) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    if to_office:
        for ln in (f["practice"], "Attn: Surgery Scheduling / Prior Authorization", f"Fax {phone(f['r'])}"):
            d.text_line(ln, 10.5)
        d.text_line(f"cc: {f['name']}, {f['addr'][0]}, {f['addr'][1]}", 9.5)
        d.ln(5)
    else:
        addressee(d, f)
    d.text_line(title, 13, "B")
    d.ln(2)
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group number:", f["grp"]),
            ("Date of birth:", D(f, f["dob"])),
            ("Request number:" if pre else "Claim number:", f["claim"]),
            ("Planned date of surgery:" if pre else "Date of service:", D(f, f["dos"])),
            ("Procedure(s):", ";\n".join(f"{c} {t}" for c, t in codes)),
            ("Surgeon:", f"{f['surgeon']}, {f['practice']}"), ("Surgeon NPI:", f["npi"]),
            ("Place of service:", site or (ASC if pre else "Office"))]
    if pre:
        rows.append(("Request received:", D(f, f["notice"] - dt.timedelta(days=6))))
    else:
        rows.append(("Amount billed:", fmt_money(amt)))
    pairs(d, rows)
    d.para(f"Dear {f['first']} {f['last']}:" if not to_office else
           f"Dear Dr. {f['surgeon'].split()[-1]}:")
    what = "the surgery planned for" if pre else "the claim for surgery done on"
    d.para(f"We reviewed {what} {D(f, f['dos'])} for chronic sinusitis. You were referred to {f['practice']} by "
           f"{referrer}. We looked at the office notes, the list of medicines tried and the CT report of "
           f"{D(f, f['ct'])}.")
    d.text_line("Why we made this decision", 11, "B")
    d.ln(1)
    d.para(reason)
    d.para("The medical policy we used is Vayrith Medical Policy SUR-214, Balloon Sinus Ostial Dilation. You or your "
           "doctor may ask us for a free copy of it and of the records we used.", 9.5)
    d.text_line("How to appeal", 11, "B")
    d.ln(1)
    sent, dl = appeal_text(f, how)
    d.para(sent + f" If waiting could seriously harm your health, you may ask for an expedited (72-hour) appeal. "
           f"Call {f['ph']} (TTY 711) with questions.")
    d.para("After our final appeal decision you may have the right to an external review by an independent review "
           "organization. You must ask for it within 4 months of the final decision.", 9.5)
    d.para(f"Sincerely,\nMedical Director, Utilization Management\n{f['ins']}", 10)
    t = truth("denial_letter", denial, insurer=f["ins"], member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=[f["claim"]], claim_amount=None if amt is None else m2(amt),
              service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=f["practice"],
              appeal_deadline=iso(dl), alternates={"provider": [f["surgeon"]]}, denial_alternates=dalts)
    return pdf_bytes(d), t


def approval(f: dict, auth: str, codes: list[tuple[str, str]], note: str, fax: str | None = None,
             to_office: bool = False) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    if to_office:
        for ln in (f["practice"], "Attn: Surgery Scheduling / Prior Authorization"):
            d.text_line(ln, 10.5)
        d.text_line(f"cc: {f['name']}", 9.5)
        d.ln(5)
    else:
        addressee(d, f)
    d.text_line("Prior Authorization Approved", 13, "B")
    d.ln(2)
    valid_to = f["dos"] + dt.timedelta(days=60)
    pairs(d, [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group number:", f["grp"]),
              ("Authorization number:", auth), ("Procedure(s):", ";\n".join(f"{c} {t}" for c, t in codes)),
              ("Surgeon:", f"{f['surgeon']}, {f['practice']}"), ("Facility:", ASC),
              ("Planned date of surgery:", D(f, f["dos"])), ("Authorization valid through:", D(f, valid_to))])
    d.para(f"Dear {f['first']} {f['last']}:" if not to_office else f"Dear Dr. {f['surgeon'].split()[-1]}:")
    d.para(note)
    d.para("This approval is for medical necessity only. Payment depends on your eligibility on the date of service "
           "and on your plan's deductible, copayment and coinsurance. If the surgery is moved after the date the "
           "authorization is valid through, the surgeon's office must ask us to extend it.")
    d.para(f"Questions? Call Member Services at {f['ph']} (TTY 711).")
    d.para(f"Sincerely,\nUtilization Management\n{f['ins']}", 10)
    t = truth("other", None, insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[auth], claim_amount=None, service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]),
              provider=f["practice"], appeal_deadline=None, alternates={"provider": [f["surgeon"]]})
    return pdf_bytes(d), t


def ma_notice(f: dict, amt: float) -> tuple[bytes, dict]:
    """Mirrors the CMS-10003-NDMCP headings: a payment denial from an MA HMO."""
    d = Doc("Helvetica", footer="Form CMS-10003-NDMCP   OMB Approval 0938-0829")
    d.add_page()
    letterhead(d, f)
    d.text_line("Notice of Denial of Medical Coverage (or Payment)", 14, "B", align="C")
    d.ln(3)
    pairs(d, [("Date:", D(f, f["notice"])), ("Member number:", f["mid"]), ("Name:", f["name"]),
              ("Claim number:", f["claim"])], lw=40, size=10.5)
    addressee(d, f)
    d.text_line("Your request was denied", 12, "B")
    d.ln(1)
    d.para(f"We denied payment of the claim for endoscopic sinus surgery done on {D(f, f['dos'])} by {f['surgeon']} "
           f"of {f['practice']} at {ASC}: 31253 nasal/sinus endoscopy with total ethmoidectomy including frontal "
           f"sinus exploration and 31267 maxillary antrostomy with removal of tissue. Amount billed: "
           f"{fmt_money(amt, 'plain')}. Your primary care provider, {f['pcp']}, referred you to the surgeon.")
    d.text_line("Why did we deny your request?", 12, "B")
    d.ln(1)
    d.para("Medicare covers sinus surgery for chronic rhinosinusitis when symptoms continue after adequate medical "
           "treatment. The records we received show about five weeks of nasal steroid spray and one course of "
           "antibiotics, not the at least 12 weeks of medical therapy that our coverage criteria require, and the CT "
           f"of {D(f, f['ct'])} was taken during that treatment. We decided the surgery was not medically necessary. "
           "The provider may not bill you for this service except for copayments or coinsurance that would apply.")
    d.text_line("You have the right to appeal our decision", 12, "B")
    d.ln(1)
    d.para("You have the right to ask Oxtonbury Senior Advantage to review our decision by asking us for an appeal. "
           "You must ask for an appeal within 65 days of the date of this notice. We can give you more time if you "
           "have a good reason for missing the deadline.")
    d.text_line("How to ask for an appeal with Oxtonbury Senior Advantage", 11, "B")
    d.ln(1)
    d.para(f"Step 1: You, your representative, or your doctor must ask us for an appeal. Your written request must "
           f"include your name, address, member number, the reasons for appealing, and any evidence you wish to "
           f"attach. Step 2: Mail, fax, or deliver your appeal to {ADDR[OX][0]}, {ADDR[OX][1]}, Fax {phone(f['r'])}.")
    d.text_line("What happens next?", 11, "B")
    d.ln(1)
    d.para("If you ask for an appeal and we continue to deny payment, we will automatically send your case to an "
           "independent reviewer. A fast (72-hour) appeal is not available for payment requests.", 9.5)
    d.para(f"Get help & more information: Oxtonbury Senior Advantage Member Services {f['ph']} (TTY 711), 8 a.m. - "
           "8 p.m., 7 days a week. 1-800-MEDICARE (1-800-633-4227).", 9.5)
    dl = f["notice"] + dt.timedelta(days=65)
    t = truth("denial_letter", "medical_necessity", insurer=OX, member_id=f["mid"], member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount=m2(amt), service_dates=[iso(f["dos"])],
              denial_date=iso(f["notice"]), provider=f["practice"], appeal_deadline=iso(dl),
              alternates={"provider": [f["surgeon"], ASC]})
    return pdf_bytes(d), t


# --------------------------------------------------------------------------------------------------- EOBs
def eob(f: dict, claims: list[dict], denied_ix: int, legend: list[tuple[str, str]], denial: str, dalts: list[str],
        amount_alt: str | None = None) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 15, "B")
    d.text_line("THIS IS NOT A BILL", 9, "B")
    d.ln(3)
    y0 = d.get_y()
    addressee(d, f)
    d.set_xy(112, y0)
    for k, v in [("Statement date", D(f, f["notice"])), ("Patient", f["name"]), ("Member ID", f["mid"]),
                 ("Group no.", f["grp"]), ("Date of birth", D(f, f["dob"]))]:
        d.set_x(112)
        d.font(9, "B")
        d.cell(30, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 28) + 3)
    d.para("We processed the claims below. One or more services were not paid; see the remark codes.", 9.5)
    for c in claims:
        d.font(10, "B")
        d.cell(0, 6, f"Claim {c['claim']}  -  {c['prov']}  (NPI {c['npi']})", new_x="LMARGIN", new_y="NEXT")
        rows = [[D(f, c["dos"]), ln[0], ln[1], fmt_money(ln[2]), fmt_money(ln[3]), fmt_money(ln[4]),
                 fmt_money(ln[5]), ln[6]] for ln in c["lines"]]
        rows.append(["*Claim total", "", "", fmt_money(sum(x[2] for x in c["lines"])),
                     fmt_money(sum(x[3] for x in c["lines"])), fmt_money(sum(x[4] for x in c["lines"])),
                     fmt_money(sum(x[5] for x in c["lines"])), ""])
        d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Remark"],
                rows, [22, 14, 58, 21, 19, 19, 18, 13], size=8, aligns="LLLRRRRL", border_head="TB")
    d.text_line("Remark codes", 10, "B")
    for k, v in legend:
        d.para(f"{k}  {v}", 8.8, gap=1)
    d.ln(2)
    sent, dl = appeal_text(f, "statement")
    d.para(sent, 9)
    d.para(f"Questions? Call Member Services at {f['ph']} (TTY 711), Monday - Friday, 8 a.m. - 8 p.m.", 9)
    c = claims[denied_ix]
    alts: dict = {"provider": [c["alt_prov"]]} if c.get("alt_prov") else {}
    if amount_alt:
        alts["claim_amount"] = [amount_alt]
    t = truth("eob", denial, insurer=PM, member_id=f["mid"].replace(" ", ""), group_number=f["grp"],
              member_name=f["name"], case_numbers=[c["claim"]], claim_amount=m2(sum(x[2] for x in c["lines"])),
              service_dates=[iso(c["dos"])], denial_date=iso(f["notice"]), provider=c["prov"],
              appeal_deadline=iso(dl), alternates=alts, denial_alternates=dalts)
    return pdf_bytes(d), t


def eob_image_guidance(f: dict) -> tuple[bytes, dict]:
    r = f["r"]
    pcp = dict(claim="PM-" + digits(r, 9), prov=f"{f['pcp']}, Quintal Family Practice", npi=f["npi2"],
               dos=f["dos"] - dt.timedelta(days=r.randint(10, 25)),
               lines=[("99213", "Office visit, established patient", 198.00, 121.35, 91.35, 30.00, "")])
    ent = dict(claim=f["claim"], prov=f["practice"], npi=f["npi"], dos=f["dos"], alt_prov=f["surgeon"],
               lines=[("31295", "Balloon dilation, maxillary sinus ostium", 3875.00, 2140.60, 1712.48, 428.12, ""),
                      ("31297", "Balloon dilation, sphenoid sinus ostium", 3420.00, 1893.10, 1514.48, 378.62, ""),
                      ("61782", "Stereotactic navigation, cranial extradural", 1260.00, 0.0, 0.0, 0.0, "IG4")])
    legend = [("IG4", "Computer-assisted navigation (image guidance) is not separately payable when billed with "
                      "balloon sinus dilation only. The provider may not bill you for this line (CARC 97 / "
                      "RARC M15).")]
    return eob(f, [pcp, ent], 1, legend, "coding_error", ["not_covered"], amount_alt="1260.00")


def eob_no_pa(f: dict) -> tuple[bytes, dict]:
    c = dict(claim=f["claim"], prov=f["practice"], npi=f["npi"], dos=f["dos"], alt_prov=f["surgeon"],
             lines=[("31296", "Balloon dilation, frontal sinus ostium", 4410.00, 0.0, 0.0, 0.0, "PA2"),
                    ("31231", "Nasal endoscopy, diagnostic", 385.00, 0.0, 0.0, 0.0, "PA2")])
    legend = [("PA2", "No prior authorization was on file for this service. Balloon sinus dilation requires prior "
                      f"authorization under your plan. Your in-network provider may not bill you. Referring "
                      f"physician on claim: {f['allergist']} (allergy/immunology).")]
    return eob(f, [c], 0, legend, "prior_authorization", [])


def fax_cover(f: dict, pages: int) -> bytes:
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(VH, 16, "B")
    d.text_line("Utilization Management Department", 11)
    d.ln(8)
    d.text_line("FAX TRANSMITTAL", 20, "B")
    d.ln(6)
    pairs(d, [("To:", f"{f['practice']} - Prior Authorization"), ("Fax:", phone(f["r"])),
              ("From:", "Utilization Management Intake"), ("Phone:", f["ph"]),
              ("Date:", fmt_date(f["notice"], "slash")), ("Pages (including cover):", str(pages)),
              ("Re:", "Determinations on your prior authorization request")], lw=58, size=12)
    d.ln(6)
    d.para("CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in "
           "error, call the sender at once and destroy all copies. Re-disclosure is prohibited by federal law.", 9)
    return pdf_bytes(d)


# --------------------------------------------------------------------------------------------------- plan
def documents(rng) -> list[Item]:
    items = []
    r = random.Random(214500)

    f = facts(random.Random(214501), VH, "long")
    f["dos"] = f["notice"] + dt.timedelta(days=r.randint(15, 35))
    f["ct"] = f["notice"] - dt.timedelta(days=r.randint(25, 45))
    items.append(Item(f"{FAMILY}_bd_preservice_no_ct_after_12_weeks", "born_digital", [letter(
        f, [("31295", "Balloon dilation, maxillary sinus ostium"), ("31297", "Balloon dilation, sphenoid sinus ostium")],
        None, True,
        "Balloon sinus dilation is medically necessary for chronic rhinosinusitis only when symptoms last 12 weeks or "
        "longer despite at least 12 weeks of medical therapy (nasal saline irrigation, an intranasal steroid and, if "
        "there is a bacterial infection, antibiotics), and a CT scan of the sinuses taken after that therapy shows "
        f"disease of the sinuses to be treated. The CT of {D(f, f['ct'])} was taken after only four weeks of "
        "treatment and shows normal maxillary and sphenoid sinuses. The request does not meet these criteria, so "
        "it is not medically necessary.", "letter", "medical_necessity", [],
        f"{f['allergist']}, allergist")]))

    f = facts(random.Random(214502), PM, "slash")
    items.append(Item(f"{FAMILY}_bd_eob_image_guidance_addon_not_payable", "born_digital", [eob_image_guidance(f)]))

    f = facts(random.Random(214503), VH, "slash")
    items.append(Item(f"{FAMILY}_scan300_office_balloon_site_criteria_not_met", "scan_clean_300", [letter(
        f, [("31296", "Balloon dilation, frontal sinus ostium"), ("31295", "Balloon dilation, maxillary sinus ostium")],
        6380.00, False,
        "Balloon sinus dilation may be done in a doctor's office only when the office meets the plan's site of "
        "service criteria: the procedure is done under local anesthesia alone, the office is accredited for office "
        "surgery, and no more than two sinuses on one side are treated. Your claim shows frontal and maxillary "
        "dilation on both sides with intravenous sedation in an office that is not accredited. The service would "
        f"have been covered at an ambulatory surgery center such as {ASC}, but it is not covered in this setting.",
        "date", "level_of_care", ["not_covered"], f"{f['pcp']}, your primary care doctor",
        title="We denied payment for your sinus procedure", site="Office (place of service 11)")]))

    f = facts(random.Random(214504), OX, "dmy")
    items.append(Item(f"{FAMILY}_copy_ma_notice_sinus_surgery_payment_denied", "photocopy", [ma_notice(f, 11460.00)]))

    f = facts(random.Random(214505), PM, "iso")
    f["dos"] = f["notice"] + dt.timedelta(days=r.randint(10, 28))
    f["ct"] = f["notice"] - dt.timedelta(days=r.randint(10, 20))
    auth = "PA" + digits(r, 8)
    items.append(Item(f"{FAMILY}_lowres_approval_after_ct", "scan_lowres_150", [approval(
        f, auth, [("31298", "Balloon dilation, frontal and sphenoid sinus ostia")],
        f"We approved the surgery listed above. Your surgeon sent a new CT scan of the sinuses dated "
        f"{D(f, f['ct'])}, taken after 14 weeks of nasal saline, a nasal steroid spray and two courses of antibiotics "
        "ordered by " + f"{f['allergist']}. It shows blockage of the frontal and sphenoid sinus drainage pathways. "
        "The request now meets our criteria for balloon sinus dilation.")]))

    # fax stack: UM fax cover, balloon denial to the ENT office, septoplasty approval for the same request
    f = facts(random.Random(214506), VH, "abbr")
    f["dos"] = f["notice"] + dt.timedelta(days=r.randint(14, 30))
    f["ct"] = f["notice"] - dt.timedelta(days=r.randint(20, 40))
    head = f"FROM: VAYRITH UM  {fmt_date(f['notice'], 'slash')} 15:07  FAX {phone(r)}"
    den = letter(f, [("31295", "Balloon dilation, maxillary sinus ostium, bilateral")], None, True,
                 "The CT scan sent with the request shows mild mucosal thickening only (Lund-Mackay score 2 of 24), "
                 "which does not show chronic rhinosinusitis. Our criteria for balloon sinus dilation need a CT, "
                 "taken after at least 12 weeks of medical therapy, that shows disease of the sinuses to be treated. "
                 "This part of the request is not medically necessary. The septoplasty on the same request is "
                 "decided in a separate notice.", "notice", "medical_necessity", [], f"{f['pcp']}, primary care",
                 to_office=True, fax=head + "  P.2")
    f2 = dict(f)
    f2["claim"] = f["claim"]
    apv = approval(f2, "VA" + digits(r, 9), [("30520", "Septoplasty")],
                   "We approved the septoplasty on the request above. The balloon sinus dilation on the same request "
                   f"({f['claim']}) was not approved; see the separate notice.", fax=head + "  P.4", to_office=True)
    apv[1]["alternates"]["case_numbers"] = [apv[1]["fields"]["case_numbers"] + [f["claim"]]]
    items.append(Item(f"{FAMILY}_faxs_stack_um_cover_denial_and_septoplasty_approval", "fax_standard_g4",
                      [den, apv], separators=[fax_cover(f, 4), None]))

    f = facts(random.Random(214507), PM, "upper")
    items.append(Item(f"{FAMILY}_phone_eob_frontal_balloon_no_prior_auth", "phone_photo", [eob_no_pa(f)]))
    return items
