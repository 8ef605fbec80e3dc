"""Family 'carpal_tunnel_release_conservative_care_denial': plan and orthopedic benefit manager letters and EOBs on
carpal tunnel release (64721 open, 29848 endoscopic).

Issuers (all invented): Quillmere Health Partners (logo word "QUILLMERE" over a rule; plan letters and EOBs),
Ardentis Musculoskeletal Management (an orthopedic benefit manager deciding for Quillmere; letterhead "on behalf of"
the plan), Halvergate Mutual Benefit Association (centred name; EOBs). Contents: OBM pre-service denial for no 6 weeks
of night splinting and no steroid injection documented (letter, 180 days); EOB with 64721 paid and the endoscopic
29848 billed separately on the same hand denied (coding); plan letter denying a claim with no nerve conduction study
(printed deadline, scan 300); 150 dpi approval for severe thenar atrophy; photocopied upheld appeal (no splinting);
a fax stack of the hand practice's own fax cover/request page (belongs to no document) and the OBM's reply denial;
a phone photo of an EOB denying the ASC facility claim for no prior authorization. Decoys: the occupational therapist
who fitted the splint, dates of birth, NPIs, request received dates, EMG dates, phone numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "carpal_tunnel_release_conservative_care_denial"
LANG = "en"

QH, AR, HM = "Quillmere Health Partners", "Ardentis Musculoskeletal Management", "Halvergate Mutual Benefit Association"
ADDR = {QH: ("PO Box 58817", "Fennick Bay, WI 54993"), AR: ("4410 Calloway Ridge Parkway", "Oriel Springs, TN 37399"),
        HM: ("210 Marchbank Street, 9th Floor", "Tessford, NE 68799")}
PRACTICES = ["Brightwater Hand & Upper Extremity Center", "Kestrel Valley Hand Surgery", "Ombersley Orthopaedic Hand Clinic"]
SURGEONS = ["Dr. Anneliese Oduya", "Dr. Rafferty Quon", "Dr. Sunniva Bhattacharya", "Dr. Lorcan Espinoza-Hale"]
OTS = ["Priyanka Dallimore, OTR/L, CHT", "Matthias Okafor-Lund, OTR/L", "Renata Szabo, OTR/L, CHT"]
ASC = "Wendlebury Surgery Center"
FIRST = ["Ingrid", "Kwabena", "Marisol", "Tobias", "Yuki", "Fatima", "Declan", "Oksana", "Rashid", "Beatriz",
         "Henrike", "Emeka", "Soledad", "Anton"]
LAST = ["Thornquist", "Adeyemi", "Villaseñor", "Halvorsen", "Matsuda", "Qureshi", "Brannigan", "Kovalenko",
        "Sorensen-Diaz", "Ellingham", "Obuya", "Marchetti", "Lindgren", "Haddad"]
STREETS = ["Tinker's Lane", "Birch Hollow Road", "Quarry View Drive", "Lantern Court", "Millrace Way"]
TOWNS = ["Fennick Bay, WI 54993", "Oriel Springs, TN 37399", "Tessford, NE 68799", "Pellam Cross, VT 05999"]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def facts(r: random.Random, ins: str, ds: str) -> dict:
    first, mid, last = r.choice(FIRST), r.choice("ABCDEFGHJKLMNPRSTVW"), r.choice(LAST)
    notice = dt.date(2026, 2, 11) + dt.timedelta(days=r.randint(0, 140))
    dos = notice - dt.timedelta(days=r.randint(20, 55))
    if ins == HM:
        mid_ = f"HMB{digits(r, 3)}-{digits(r, 4)}-{r.randint(1, 4):02d}"
        grp = "G" + digits(r, 6)
        claim = "HM" + digits(r, 10)
    else:
        mid_ = "QHP" + digits(r, 9)
        grp = "QG-" + digits(r, 5)
        claim = f"Q{notice.strftime('%y')}-{digits(r, 8)}"
    return dict(r=r, ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(14, 9870)} {r.choice(STREETS)}", r.choice(TOWNS)), notice=notice, dos=dos,
                mid=mid_, grp=grp, claim=claim, practice=r.choice(PRACTICES), surgeon=r.choice(SURGEONS),
                ot=r.choice(OTS), dob=dt.date(r.randint(1954, 1992), r.randint(1, 12), r.randint(1, 28)),
                ph=phone(r), npi=npi(r), npi2=npi(r), emg=dos - dt.timedelta(days=r.randint(30, 70)))


def D(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def letterhead(d: Doc, f: dict, issuer: str | None = None) -> None:
    ins = issuer or f["ins"]
    a = ADDR[ins]
    if ins == QH:
        d.text_line("QUILLMERE", 22, "B")
        d.rule(0.9, 1.2)
        d.text_line(f"{QH}  |  {a[0]}  |  {a[1]}  |  Member Services {f['ph']}", 8.5)
    elif ins == AR:
        d.text_line(AR, 14, "B")
        d.text_line(f"Musculoskeletal utilization review on behalf of {QH}", 9)
        d.text_line(f"{a[0]}, {a[1]}", 9)
    else:
        d.text_line(HM, 14, "B", align="C")
        d.text_line(f"{a[0]}, {a[1]}", 8.5, align="C")
    d.ln(6)


def pairs(d: Doc, rows: list[tuple[str, str]], lw: float = 52, size: float = 10) -> None:
    for k, v in rows:
        if v is None:
            continue
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
        return (f"Your written appeal must be received no later than {D(f, dl)}. Send it to the Appeals Unit at the "
                "address above with any therapy notes, nerve test reports or letters from your doctors.", dl)
    return (f"You may appeal this decision. Your appeal must be filed within {days} days of the date of this {how}. "
            "Send it in writing to the address above with any therapy notes, nerve test reports or letters from "
            "your doctors.", dl)


def letter(f: dict, codes, amt, pre: bool, reason: str, how: str, denial: str, dalts: list[str],
           issuer: str | None = None, to_office: bool = False, fax: str | None = None,
           title: str = "Notice of Adverse Benefit Determination", days: int = 180) -> tuple[bytes, dict]:
    ins = issuer or f["ins"]
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f, ins)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    if to_office:
        for ln in (f["practice"], "Attn: Surgical Authorizations", f"Fax {phone(f['r'])}"):
            d.text_line(ln, 10.5)
        d.text_line(f"cc: {f['name']}, {f['addr'][0]}, {f['addr'][1]}", 9.5)
        d.ln(5)
    else:
        addressee(d, f)
    d.text_line(title, 13, "B")
    d.ln(2)
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group number:", f["grp"]),
            ("Date of birth:", D(f, f["dob"])),
            ("Review number:" if pre else "Claim number:", f["claim"]),
            ("Requested surgery date:" if pre else "Date of service:", D(f, f["dos"])),
            ("Procedure(s):", ";\n".join(f"{c} {t}" for c, t in codes)),
            ("Requesting surgeon:" if pre else "Surgeon:", f"{f['surgeon']}, {f['practice']}"),
            ("Surgeon NPI:", f["npi"]), ("Facility:", ASC)]
    if pre:
        rows.append(("Request received:", D(f, f["notice"] - dt.timedelta(days=5))))
    else:
        rows.append(("Billed charges:", fmt_money(amt)))
    pairs(d, rows)
    d.para(f"Dear {f['first']} {f['last']}:" if not to_office else f"Dear Dr. {f['surgeon'].split()[-1]}:")
    what = "the request for carpal tunnel surgery planned for" if pre else "the claim for carpal tunnel surgery on"
    d.para(f"We reviewed {what} {D(f, f['dos'])}. We looked at the surgeon's notes, the hand therapy notes from "
           f"{f['ot']}, who fitted your wrist splint, and the electrodiagnostic report dated {D(f, f['emg'])} if one "
           "was sent.")
    d.text_line("Why we made this decision", 11, "B")
    d.ln(1)
    d.para(reason)
    d.para("We used clinical guideline MSK-HAND-07, Carpal Tunnel Release. You or your doctor may ask for a free "
           "copy of the guideline and of the records we used.", 9.5)
    d.text_line("Your right to appeal", 11, "B")
    d.ln(1)
    sent, dl = appeal_text(f, how, days)
    d.para(sent + f" If waiting could seriously harm your health, you may ask for an expedited (72-hour) appeal. "
           f"Call {f['ph']} (TTY 711) with questions.")
    d.para("After the final internal appeal you may ask for an external review by an independent review "
           "organization within 4 months of the final decision.", 9.5)
    d.para(f"Sincerely,\nPhysician Reviewer, Hand and Upper Extremity\n{ins}", 10)
    t = truth("denial_letter", denial, insurer=ins, member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=[f["claim"]], claim_amount=None if amt is None else m2(amt),
              service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=f["practice"],
              appeal_deadline=iso(dl), alternates={"provider": [f["surgeon"]]}, denial_alternates=dalts)
    if ins == AR:
        t["alternates"]["insurer"] = [QH]
    return pdf_bytes(d), t


def approval(f: dict, auth: str, note: str) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f, AR)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    addressee(d, f)
    d.text_line("Surgery Request Approved", 13, "B")
    d.ln(2)
    pairs(d, [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group number:", f["grp"]),
              ("Authorization number:", auth), ("Procedure:", "64721 Neuroplasty, median nerve at carpal tunnel"),
              ("Surgeon:", f"{f['surgeon']}, {f['practice']}"), ("Facility:", ASC),
              ("Approved surgery date:", D(f, f["dos"])),
              ("Approval valid through:", D(f, f["dos"] + dt.timedelta(days=90)))])
    d.para(f"Dear {f['first']} {f['last']}:")
    d.para(note)
    d.para("This approval is for medical necessity only. Payment depends on your eligibility on the date of surgery "
           "and on your deductible, copayment and coinsurance.")
    d.para(f"Questions? Call {f['ph']} (TTY 711).")
    d.para(f"Sincerely,\nUtilization Review\n{AR}", 10)
    t = truth("other", None, insurer=AR, member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[auth], claim_amount=None, service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]),
              provider=f["practice"], appeal_deadline=None, alternates={"provider": [f["surgeon"]], "insurer": [QH]})
    return pdf_bytes(d), t


def eob(f: dict, claims: list[dict], denied_ix: int, legend, denial: str, dalts: list[str],
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
                 ("Group no.", f["grp"]), ("Birth date", D(f, f["dob"]))]:
        d.set_x(112)
        d.font(9, "B")
        d.cell(30, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 28) + 3)
    d.para("Here is how we processed the claims below. Services that were not paid carry a remark code.", 9.5)
    for c in claims:
        d.font(10, "B")
        d.cell(0, 6, f"Claim {c['claim']}  -  {c['prov']}  (NPI {c['npi']})", new_x="LMARGIN", new_y="NEXT")
        rows = [[D(f, c["dos"]), ln[0], ln[1], fmt_money(ln[2]), fmt_money(ln[3]), fmt_money(ln[4]),
                 fmt_money(ln[5]), ln[6]] for ln in c["lines"]]
        rows.append(["Claim total", "", "", fmt_money(sum(x[2] for x in c["lines"])),
                     fmt_money(sum(x[3] for x in c["lines"])), fmt_money(sum(x[4] for x in c["lines"])),
                     fmt_money(sum(x[5] for x in c["lines"])), ""])
        d.table(["Date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Remark"],
                rows, [22, 14, 58, 21, 19, 19, 18, 13], size=8, aligns="LLLRRRRL", border_head="TB")
    d.text_line("Remarks", 10, "B")
    for k, v in legend:
        d.para(f"{k}  {v}", 8.8, gap=1)
    d.ln(2)
    sent, dl = appeal_text(f, "statement")
    d.para(sent, 9)
    d.para(f"Questions? Call Member Services at {f['ph']} (TTY 711), Monday - Friday, 8 a.m. - 6 p.m.", 9)
    c = claims[denied_ix]
    alts: dict = {"provider": [c["alt_prov"]]} if c.get("alt_prov") else {}
    if amount_alt:
        alts["claim_amount"] = [amount_alt]
    t = truth("eob", denial, insurer=f["ins"], member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=[c["claim"]], claim_amount=m2(sum(x[2] for x in c["lines"])),
              service_dates=[iso(c["dos"])], denial_date=iso(f["notice"]), provider=c["prov"],
              appeal_deadline=iso(dl), alternates=alts, denial_alternates=dalts)
    return pdf_bytes(d), t


def appeal_upheld(f: dict, appeal_no: str, amt: float) -> tuple[bytes, dict]:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f, QH)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    addressee(d, f)
    d.text_line("Appeal Decision: Denial Upheld", 13, "B")
    d.ln(2)
    pairs(d, [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group number:", f["grp"]),
              ("Appeal number:", appeal_no), ("Original claim:", f["claim"]),
              ("Service:", f"64721 Carpal tunnel release, right wrist, {D(f, f['dos'])}"),
              ("Surgeon:", f"{f['surgeon']}, {f['practice']}"), ("Amount billed:", fmt_money(amt, "nosign")),
              ("Appeal received:", D(f, f["notice"] - dt.timedelta(days=24)))])
    d.para(f"Dear {f['first']} {f['last']}:")
    d.para("A hand surgeon who was not part of the first decision reviewed your appeal. The appeal includes a letter "
           f"from {f['ot']} saying you wore a wrist splint \"most nights\" for about three weeks. Our guideline needs "
           "at least 6 weeks of night splinting, or a corticosteroid injection, before surgery for mild to moderate "
           "carpal tunnel syndrome without muscle wasting. The nerve study shows moderate slowing only. We uphold "
           "the denial: the surgery was not medically necessary as done.")
    d.para("This is our final internal decision. You may ask for an external review by an independent review "
           "organization within 4 months of the date of this letter. You may also have the right to bring a civil "
           "action under section 502(a) of ERISA.")
    d.para(f"Sincerely,\nAppeals Unit\n{QH}", 10)
    t = truth("denial_letter", "medical_necessity", insurer=QH, member_id=f["mid"], group_number=f["grp"],
              member_name=f["name"], case_numbers=[appeal_no, f["claim"]], claim_amount=m2(amt),
              service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=f["practice"],
              appeal_deadline=None, alternates={"provider": [f["surgeon"]]})
    return pdf_bytes(d), t


def practice_cover(f: dict) -> bytes:
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(f["practice"], 15, "B")
    d.text_line("Surgical Scheduling & Authorizations", 10)
    d.ln(8)
    d.text_line("FAX", 22, "B")
    d.ln(5)
    pairs(d, [("To:", f["name"]), ("Fax:", phone(f["r"])), ("From:", "Authorization coordinator"),
              ("Phone:", phone(f["r"])), ("Date:", fmt_date(f["notice"] + dt.timedelta(days=1), "slash")),
              ("Pages:", "3 (including this cover)"), ("Re:", "Reply from your plan's hand surgery reviewer")],
             lw=40, size=12)
    d.para(f"As we discussed by phone, attached is the reply we received from {AR} on the surgery "
           f"{f['surgeon']} requested for you. Our office has asked for a peer-to-peer review. Please keep seeing "
           f"{f['ot']} for your splint and call us with any questions.", 10)
    d.ln(6)
    d.para("CONFIDENTIAL: This fax contains protected health information. If you are not the intended recipient, "
           "notify the sender and destroy it.", 9)
    return pdf_bytes(d)


def documents(rng) -> list[Item]:
    items = []
    r = random.Random(220500)

    f = facts(random.Random(220501), QH, "long")
    f["dos"] = f["notice"] + dt.timedelta(days=r.randint(14, 30))
    items.append(Item(f"{FAMILY}_bd_obm_no_splinting_no_injection", "born_digital", [letter(
        f, [("64721", "Neuroplasty and/or transposition; median nerve at carpal tunnel, right")], None, True,
        "Carpal tunnel release is medically necessary for mild to moderate carpal tunnel syndrome when symptoms go on "
        "despite at least 6 weeks of conservative care, which must include a night wrist splint in neutral position "
        "and either a corticosteroid injection into the carpal tunnel or a documented reason one cannot be given. The "
        "records show a splint fitted two weeks before the request and no injection. The request does not meet the "
        "guideline, so the surgery is not medically necessary at this time.", "letter", "medical_necessity", [],
        issuer=AR)]))

    f = facts(random.Random(220502), HM, "slash")
    c = dict(claim=f["claim"], prov=f["practice"], npi=f["npi"], dos=f["dos"], alt_prov=f["surgeon"],
             lines=[("64721", "Carpal tunnel release, open, right", 2890.00, 1412.75, 1130.20, 282.55, ""),
                    ("29848", "Endoscopy, wrist, release transverse carpal ligament", 3175.00, 0.0, 0.0, 0.0, "N27")])
    ot = dict(claim="HM" + digits(r, 10), prov=f"{f['ot']}, Fennick Hand Therapy", npi=f["npi2"],
              dos=f["dos"] - dt.timedelta(days=r.randint(20, 40)),
              lines=[("L3807", "Wrist hand finger orthosis, prefabricated", 165.00, 98.40, 78.72, 19.68, "")])
    legend = [("N27", "The endoscopic release (29848) and the open release (64721) of the same carpal tunnel on the "
                      "same day are mutually exclusive; only one is payable. The provider may not bill you for this "
                      "line (CARC 236).")]
    items.append(Item(f"{FAMILY}_bd_eob_endoscopic_code_billed_separately", "born_digital",
                      [eob(f, [ot, c], 1, legend, "coding_error", ["not_covered"], amount_alt="3175.00")]))

    f = facts(random.Random(220503), QH, "abbr")
    items.append(Item(f"{FAMILY}_scan300_no_nerve_conduction_study", "scan_clean_300", [letter(
        f, [("29848", "Endoscopic carpal tunnel release, left wrist")], 4620.00, False,
        "Our guideline requires nerve conduction studies (with or without EMG) that confirm median nerve slowing at "
        "the wrist before carpal tunnel release, unless there is thenar muscle wasting. No electrodiagnostic report "
        "was sent with the claim or on request, and the notes describe no wasting. The surgery was not medically "
        "necessary as billed.", "date", "medical_necessity", [],
        title="We did not approve payment for your surgery")]))

    f = facts(random.Random(220504), QH, "iso")
    f["dos"] = f["notice"] + dt.timedelta(days=r.randint(7, 21))
    items.append(Item(f"{FAMILY}_lowres_approval_severe_thenar_atrophy", "scan_lowres_150", [approval(
        f, "AMM" + digits(r, 8),
        f"We approved the surgery listed above. The nerve conduction study of {D(f, f['emg'])} shows absent median "
        "sensory responses and the surgeon's exam shows thenar muscle atrophy. For severe carpal tunnel syndrome with "
        "atrophy, our guideline does not require 6 weeks of splinting or an injection first.")]))

    f = facts(random.Random(220505), QH, "dmy")
    items.append(Item(f"{FAMILY}_copy_appeal_upheld_three_weeks_splinting", "photocopy",
                      [appeal_upheld(f, "APL-" + digits(r, 7), 5310.00)]))

    f = facts(random.Random(220506), QH, "slash")
    f["dos"] = f["notice"] + dt.timedelta(days=r.randint(10, 25))
    head = f"{fmt_date(f['notice'], 'slash')} 10:42  ARDENTIS MSK UM  FAX {phone(r)}  P.1"
    den = letter(f, [("64721", "Carpal tunnel release, open, left"), ("20526", "Injection, carpal tunnel")], None,
                 True, "The request asks for carpal tunnel release and, at the same visit, a steroid injection. "
                 "Surgery is not medically necessary before conservative care has been tried: our guideline needs "
                 "6 weeks of night splinting and a trial of injection first for moderate carpal tunnel syndrome. "
                 "The records do not show either.", "notice", "medical_necessity", [], issuer=AR, to_office=True,
                 fax=head)
    items.append(Item(f"{FAMILY}_faxf_stack_practice_cover_and_obm_reply", "fax_fine_g4", [den],
                      separators=[practice_cover(f)]))

    f = facts(random.Random(220507), HM, "upper")
    c = dict(claim=f["claim"], prov=ASC, npi=f["npi"], dos=f["dos"], alt_prov=f["practice"],
             lines=[("64721", "Facility - carpal tunnel release", 3940.00, 0.0, 0.0, 0.0, "PA9"),
                    ("J2250", "Midazolam injection, per 1 mg", 42.00, 0.0, 0.0, 0.0, "PA9")])
    legend = [("PA9", "Prior authorization was required for this outpatient surgery and none was on file. Your "
                      f"in-network facility may not bill you. Surgeon: {f['surgeon']}, {f['practice']}.")]
    items.append(Item(f"{FAMILY}_phone_eob_asc_facility_no_prior_auth", "phone_photo",
                      [eob(f, [c], 0, legend, "prior_authorization", [])]))
    return items
