"""Family 'medicaid_rendering_provider_not_enrolled_denial': state Medicaid and Medicaid managed care notices and
remittance-style EOBs to members on claims denied because the rendering, ordering or prescribing practitioner was not
enrolled in Medicaid (42 CFR 455.410 requires ordering, referring, prescribing and rendering providers to enroll).

Issuers (all invented): Marrowfield Department of Medical Assistance ("STATE OF MARROWFIELD" line above; the
fee-for-service program's notices, its pharmacy program and a Recipient Explanation of Medical Benefits), Tallgrass
Bend Health Plan (a Marrowfield Medicaid managed care plan; member EOBs and a Notice of Adverse Benefit
Determination), Cobblestone Community Care (another managed care plan; logo word over a rule; letters).
Contents: state notice denying a clinic's claim because the physician assistant who saw the member was not enrolled;
MCO EOB with a lab claim denied because the ordering provider's NPI was missing (an office visit paid as decoy); a
letter that a counsellor's enrollment was approved back to before the visit and the claim was reprocessed and paid;
a state pharmacy notice rejecting a prescription written by a non-enrolled podiatrist; a fax stack of a therapy
clinic's cover sheet, the MCO's adverse benefit determination and its EOB on physical therapy by a non-enrolled
therapist; a rotated MCO notice on a hospital bed ordered by a non-enrolled nurse practitioner; a photocopied REOMB
for a child with one claim denied. Decoys: the non-enrolled practitioner, NPIs, Medicaid provider numbers, dates of
birth, received dates, enrollment effective dates, prescription numbers, phone numbers, other claims' amounts.
Fee-for-service notices offer only a State Fair Hearing (deadline null); plan notices offer a 60-day plan appeal.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from fam_medicare_opt_out_private_contract_claim_denial import Page, days, digits, npi, pairs, phone
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "medicaid_rendering_provider_not_enrolled_denial"
LANG = "en"

ST, TB, CC = "Marrowfield Department of Medical Assistance", "Tallgrass Bend Health Plan", "Cobblestone Community Care"
FIRST = ["Adelheid", "Bartholomew", "Chidinma", "Dariusz", "Esperanza", "Fitzroy", "Genoveva", "Hamish", "Isidora",
         "Jovan", "Kaveh", "Luisa", "Mireille", "Nnamdi", "Oksana", "Pascual", "Rosamund", "Teodoro"]
LAST = ["Abernethy-Cole", "Baptiste", "Cuthbertson", "Dragomir", "Emenike", "Fairweather", "Galindo", "Hrabal",
        "Ikeda", "Jurgensen", "Kovacevic", "Lindahl", "Mascarenhas", "Nwachukwu", "Okonski", "Prendergast"]
KIDS = ["Amara", "Bodhi", "Catalina", "Dmitri", "Ezinne", "Finnian"]
STREETS = ["Wickerbasket Rd", "Lower Tannery St", "Greyfriar Ct", "Marlpit Ln", "Cinderford Ave", "Bramblecote Dr"]
TOWNS = ["Port Adley, MF 62901", "Haskett Falls, MF 62944", "Ensor Junction, MF 62977", "Quillan, MF 62915"]


def facts(seed: int, ins: str, ds: str, ms: str, child: bool = False) -> dict:
    r = random.Random(seed)
    first, mid, last = FIRST[seed * 7 % len(FIRST)], r.choice("ABCDEFGHJKLMNPRSTVW"), LAST[seed * 5 % len(LAST)]
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 150))
    dos = days(notice, -r.randint(25, 55))
    f = dict(r=r, ins=ins, ds=ds, ms=ms, notice=notice, dos=dos, ph=phone(r), fx=phone(r),
             addr=(f"{r.randint(11, 9800)} {r.choice(STREETS)}", r.choice(TOWNS)), npi=npi(r), npi2=npi(r),
             maid=digits(r, 10), planid=("TB" if ins == TB else "CC") + digits(r, 8),
             dob=dt.date(r.randint(1961, 2003), r.randint(1, 12), r.randint(1, 28)))
    if child:
        kid = r.choice(KIDS)
        kmid = r.choice("ABCDEFGHJKLMNPRSTVW")
        f.update(name=f"{kid} {kmid}. {last}", first=kid, last=last, parent=f"{first} {mid}. {last}",
                 dob=dt.date(r.randint(2013, 2022), r.randint(1, 12), r.randint(1, 28)))
    else:
        f.update(name=f"{first} {mid}. {last}", first=first, last=last, parent=None)
    return f


def D(f: dict, d: dt.date) -> str:
    return d.strftime("%m/%d/%y") if f["ds"] == "pshort" else fmt_date(d, f["ds"])


def M(f: dict, v: float) -> str:
    return fmt_money(v, f["ms"])


def head(d: Doc, f: dict) -> None:
    ins = f["ins"]
    if ins == ST:
        d.text_line("STATE OF MARROWFIELD", 9, "B", "C")
        d.text_line(ST, 14, "B", "C")
        d.text_line("Medical Assistance Program (Medicaid)  -  Recipient Services", 9, "", "C")
        d.text_line(f"PO Box 3300, Port Adley, MF 62901   Recipient Help Line {f['ph']}   TTY 711", 8, "", "C")
        d.rule(0.5, 4)
    elif ins == TB:
        y = d.get_y()
        d.set_fill_color(215, 215, 215)
        d.rect(d.l_margin, y, d.w - d.l_margin - d.r_margin, 15, style="F")
        d.set_xy(d.l_margin + 3, y + 2)
        d.text_line("Tallgrass Bend Health Plan", 15, "B")
        d.set_x(d.l_margin + 3)
        d.text_line("A Marrowfield Medicaid managed care plan", 8.5)
        d.set_y(y + 17)
        d.text_line(f"400 Sedgefield Parkway, Haskett Falls, MF 62944   Member Services {f['ph']} (TTY 711)", 8)
        d.ln(4)
    else:
        d.text_line("COBBLESTONE", 20, "B")
        d.text_line("Community Care  |  Marrowfield Medicaid", 9)
        d.rule(0.8, 1)
        d.text_line(f"{CC}, 18 Ironbridge Row, Ensor Junction, MF 62977  |  {f['ph']}  |  TTY 711", 7.5)
        d.ln(5)


def addressee(d: Doc, f: dict) -> None:
    lines = ([f"To the parent or guardian of {f['name']}", f["parent"]] if f["parent"] else [f["name"]])
    for ln in (*lines, *f["addr"]):
        d.text_line(ln, 10)
    d.ln(5)


def lines_table(d: Doc, f: dict, lines: list, total_label: str = "*Total billed") -> float:
    tot = round(sum(x[3] for x in lines), 2)
    d.table(["Date of service", "Code", "Service", "Billed"],
            [[D(f, a), c, s, M(f, b)] for a, c, s, b in lines] + [[total_label, "", "", M(f, tot)]],
            [32, 22, 92, 28], 9, "LLLR")
    return tot


def ids(f: dict) -> tuple[str, dict]:
    """member_id and its alternates: the plan's ID with the Medicaid ID accepted, or the Medicaid ID alone."""
    if f["ins"] == ST:
        return f["maid"], {}
    return f["planid"], {"member_id": [f["maid"]]}


# ----------------------------------------------------------------------------------------------------- letters
def letter(f: dict, title: str, rows: list, lines: list, paras: list, appeal: str, denial: str | None,
           dalts: list, provider: str, cases: list, case_alts: list | None = None, hearing_days: int = 90,
           plan_days: int = 60, sign: str = "") -> tuple[bytes, dict]:
    """appeal: 'fh' (State Fair Hearing only), 'plan' (N days of the notice), 'plan_date' (printed date), 'none'."""
    d = Page()
    d.add_page()
    head(d, f)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(3)
    addressee(d, f)
    d.text_line(title, 12.5, "B")
    d.ln(2)
    pairs(d, rows, lw=50)
    d.ln(2)
    tot = lines_table(d, f, lines)
    greet = f["parent"] or f["name"]
    d.para(f"Dear {greet.split()[0]} {greet.split()[-1]}:")
    for h, text in paras:
        if h:
            d.text_line(h, 10.5, "B")
            d.ln(0.5)
        d.para(text, 9.8)
    dl, alts = None, {}
    fh = days(f["notice"], hearing_days)
    if appeal == "fh":
        d.text_line("Your right to a State Fair Hearing", 10.5, "B")
        d.ln(0.5)
        d.para(f"If you disagree with this decision, you may ask for a State Fair Hearing. You must ask within "
               f"{hearing_days} days of the date of this notice. Call {f['ph']}, or write to the Office of Hearings, "
               "PO Box 3390, Port Adley, MF 62901. You may speak for yourself or have a friend, relative or lawyer "
               "speak for you.", 9.5)
        alts["appeal_deadline"] = [iso(fh)]
    elif appeal in ("plan", "plan_date"):
        dl = days(f["notice"], plan_days)
        d.text_line("Your right to appeal", 10.5, "B")
        d.ln(0.5)
        when = (f"within {plan_days} days from the date on this notice" if appeal == "plan" else
                f"no later than {D(f, dl)}")
        d.para(f"You may ask {f['ins']} for an appeal {when}. Call Member Services at {f['ph']} (TTY 711) or write "
               f"to Appeals, {f['ins']}. If we uphold our decision, you may then ask for a State Fair Hearing "
               "within 120 days of the date of our appeal decision. If your services are continuing, ask within "
               "10 days to keep them during the appeal.", 9.5)
    else:
        d.para(f"If you have questions, call {f['ph']} (TTY 711).", 9.5)
    d.ln(1)
    d.para(sign or f"Sincerely,\n\nClaims Resolution Unit\n{f['ins']}", 9.8)
    mid, mid_alt = ids(f)
    alts.update(mid_alt)
    if case_alts:
        alts["case_numbers"] = case_alts
    t = truth("denial_letter" if denial else "other", denial, insurer=f["ins"], member_id=mid,
              member_name=f["name"], case_numbers=cases, claim_amount=m2(tot),
              service_dates=[iso(x[0]) for x in lines], denial_date=iso(f["notice"]), provider=provider,
              appeal_deadline=iso(dl) if dl else None, denial_alternates=dalts, alternates=alts)
    return pdf_bytes(d), t


# --------------------------------------------------------------------------------------------------------- EOBs
def mco_eob(f: dict, claims: list, denied: int, legend: list, dalts: list, denial: str, fax: str | None = None,
            ) -> tuple[bytes, dict]:
    """claims: (tcn, billing provider, rendering/ordering line, lines[(date, code, desc, billed, paid, code)])."""
    d = Page()
    d.add_page()
    if fax:
        d.text_line(fax, 7.5)
        d.ln(2)
    head(d, f)
    d.text_line("Member Explanation of Benefits", 13, "B")
    d.text_line("This is not a bill. Keep it with your health records.", 8.5)
    d.ln(3)
    y0 = d.get_y()
    addressee(d, f)
    d.set_y(y0)
    pairs(d, [("Date issued", D(f, f["notice"])), ("Member", f["name"]), ("Member ID", f["planid"]),
              ("Medicaid ID", f["maid"]), ("Date of birth", D(f, f["dob"]))], lw=28, size=8.5, x=112, h=4.8)
    d.ln(7)
    for tcn, prov, who, lines in claims:
        d.font(9, "B")
        d.cell(0, 5, f"TCN {tcn}   Billing provider: {prov}", new_x="LMARGIN", new_y="NEXT")
        d.font(8.5)
        d.cell(0, 4.6, who, new_x="LMARGIN", new_y="NEXT")
        rows = [[D(f, a), c, s, M(f, b), M(f, p), M(f, 0), code] for a, c, s, b, p, code in lines]
        rows.append(["*Claim total", "", "", M(f, sum(x[3] for x in lines)), M(f, sum(x[4] for x in lines)),
                     M(f, 0), ""])
        d.table(["Service date", "Code", "Description", "Billed", "Plan paid", "You owe", "Reason"], rows,
                [24, 16, 66, 20, 20, 18, 14], 8, "LLLRRRL")
    d.text_line("Reason codes", 10, "B")
    for k, v in legend:
        d.para(f"{k}  {v}", 8.8, 1)
    d.ln(1)
    dl = days(f["notice"], 60)
    d.para("Medicaid members may not be billed for covered services. If you disagree with a decision on this "
           f"statement, you may ask {TB} for an appeal within 60 days of the date issued on this statement. After "
           "our appeal decision you may ask for a State Fair Hearing within 120 days. Call Member Services at "
           f"{f['ph']} (TTY 711).", 8.8)
    tcn, prov, who, lines = claims[denied]
    t = truth("eob", denial, insurer=TB, member_id=f["planid"], member_name=f["name"], case_numbers=[tcn],
              claim_amount=m2(sum(x[3] for x in lines)), service_dates=[iso(x[0]) for x in lines],
              denial_date=iso(f["notice"]), provider=prov, appeal_deadline=iso(dl), denial_alternates=dalts,
              alternates={"member_id": [f["maid"]]})
    return pdf_bytes(d), t


def reomb(f: dict, claims: list, denied: int, legend: list) -> tuple[bytes, dict]:
    """The state's Recipient Explanation of Medical Benefits (fee for service), several claims."""
    d = Page()
    d.add_page()
    head(d, f)
    d.text_line("RECIPIENT EXPLANATION OF MEDICAL BENEFITS (REOMB)", 12, "B", "C")
    d.ln(2)
    y0 = d.get_y()
    addressee(d, f)
    d.set_y(y0)
    pairs(d, [("Statement date:", D(f, f["notice"])), ("Recipient:", f["name"]), ("Medicaid ID:", f["maid"]),
              ("Birth date:", D(f, f["dob"]))], lw=27, size=8.5, x=124, h=4.8)
    d.ln(7)
    d.para("This statement lists claims that Marrowfield Medicaid processed for the recipient named above. It is not "
           "a bill. Please check that you received these services.", 9)
    rows = []
    for icn, prov, rend, lines in claims:
        for a, c, s, b, p, code in lines:
            rows.append([icn, D(f, a), prov, rend, c, M(f, b), M(f, p), code])
        if len(lines) > 1:
            rows.append(["*", "", "", "Claim total", "", M(f, sum(x[3] for x in lines)),
                         M(f, sum(x[4] for x in lines)), ""])
    d.table(["ICN", "Date", "Billing provider", "Rendering", "Code", "Billed", "Paid", "EOB"], rows,
            [26, 20, 40, 34, 12, 17, 17, 11], 7, "LLLLLRRL")
    d.text_line("Explanation of benefit (EOB) codes", 9.5, "B")
    for k, v in legend:
        d.para(f"{k}  {v}", 8.5, 1)
    fh = days(f["notice"], 90)
    d.para("If you think a claim on this statement was denied by mistake, or you did not get a service, call "
           f"Recipient Services at {f['ph']}. You may ask for a State Fair Hearing about a denied claim within 90 "
           "days of the date of this statement. Write to the Office of Hearings, PO Box 3390, Port Adley, MF 62901. "
           "A provider may not bill you for a claim Medicaid denied because of a provider enrollment problem.", 8.5)
    icn, prov, rend, lines = claims[denied]
    t = truth("eob", "out_of_network", insurer=ST, member_id=f["maid"], member_name=f["name"], case_numbers=[icn],
              claim_amount=m2(sum(x[3] for x in lines)), service_dates=[iso(x[0]) for x in lines],
              denial_date=iso(f["notice"]), provider=prov, appeal_deadline=None, denial_alternates=["other"],
              alternates={"appeal_deadline": [iso(fh)]})
    return pdf_bytes(d), t


def clinic_cover(f: dict, clinic: str, pages: int) -> bytes:
    r = f["r"]
    d = Doc("Helvetica")
    d.add_page()
    d.text_line(clinic, 16, "B")
    d.text_line("Billing Office", 11)
    d.text_line(f"Phone {phone(r)}   Fax {phone(r)}", 9)
    d.ln(8)
    d.text_line("FACSIMILE TRANSMITTAL", 20, "B")
    d.ln(4)
    pairs(d, [("To:", "Marrowfield Legal Aid, Medicaid Help Desk"), ("Attn:", f"Case for {f['name']}"),
              ("From:", "Billing Office"), ("Date:", fmt_date(days(f["notice"], 4), "slash")),
              ("Pages:", f"{pages} including cover")], lw=26, size=12, h=6.5)
    d.ln(4)
    d.para("Per the member's signed release, attached are the health plan's letter and statement about the physical "
           "therapy visits. Our therapist's Medicaid enrollment application was submitted and is pending. We have "
           "not billed the member.", 10.5)
    d.para("CONFIDENTIALITY NOTICE: this transmission contains protected health information. If you received it in "
           "error, call the sender and destroy all copies.", 8.5)
    return pdf_bytes(d)


def documents(rng) -> list[Item]:
    items = []
    S = 224600

    # 1 born digital: state FFS notice, rendering physician assistant not enrolled
    f = facts(S + 1, ST, "long", "plain")
    r = f["r"]
    icn = digits(r, 13)
    clinic, pa = "Riverbend Family Health Center", "Siobhan M. Whelan, PA-C"
    lines = [(f["dos"], "99214", "Office visit, established patient", 210.00),
             (f["dos"], "87880", "Rapid strep test", 38.00),
             (f["dos"], "J1885", "Ketorolac injection, 15 mg", 24.50)]
    rows = [("Recipient:", f["name"]), ("Medicaid ID:", f["maid"]), ("Date of birth:", D(f, f["dob"])),
            ("Internal control number (ICN):", icn),
            ("Billing provider:", f"{clinic}, Medicaid provider no. {digits(r, 9)}"),
            ("Rendering practitioner:", f"{pa}, NPI {f['npi']}"),
            ("Claim received:", D(f, days(f["dos"], 12)))]
    paras = [("Why the claim was denied",
              f"The practitioner who treated you, {pa}, was not enrolled in Marrowfield Medicaid on the date of "
              "service. Federal and state rules require every practitioner who renders, orders, refers or prescribes "
              "services for a Medicaid recipient to be enrolled with the program. The billing clinic is enrolled, "
              "but Medicaid cannot pay a claim when the rendering practitioner is not. (EOB code 8721)"),
             ("You do not owe this bill",
              f"{clinic} may not bill you for these services. If you receive a bill, call Recipient Services.")]
    items.append(Item(f"{FAMILY}_bd_state_notice_rendering_pa_not_enrolled", "born_digital", [letter(
        f, "Notice of Denied Medical Claim", rows, lines, paras, "fh", "out_of_network", ["other"], clinic, [icn],
        sign=f"Sincerely,\n\nRecipient Services\n{ST}")]))

    # 2 born digital: MCO EOB, ordering provider NPI missing on a lab claim, office visit paid as decoy
    f = facts(S + 2, TB, "slash", "plain")
    r = f["r"]
    pcp, lab = "Harrowgate Street Primary Care", "Pinecrest Diagnostic Laboratory"
    doc_ = "Jae-won Seo, MD"
    t_pcp, t_lab = digits(r, 16), digits(r, 16)
    claims = [(t_pcp, pcp, f"Rendering: {doc_}, NPI {f['npi']}",
               [(days(f["dos"], -2), "99213", "Office visit, established", 165.00, 78.26, "PAID")]),
              (t_lab, lab, f"Ordering provider: {doc_}   Ordering NPI: NOT REPORTED ON CLAIM",
               [(f["dos"], "80061", "Lipid panel", 96.00, 0.0, "N265"),
                (f["dos"], "83036", "Hemoglobin A1c", 64.00, 0.0, "N265"),
                (f["dos"], "84443", "Thyroid stimulating hormone", 118.00, 0.0, "N265")])]
    legend = [("PAID", "Paid at the Medicaid fee schedule."),
              ("N265", "Denied. The claim did not include the ordering provider's NPI. Laboratory services must show "
                       "the NPI of an ordering provider enrolled in Marrowfield Medicaid. The laboratory may "
                       "correct and resubmit the claim. You cannot be billed.")]
    items.append(Item(f"{FAMILY}_bd_mco_eob_ordering_npi_missing_lab", "born_digital", [mco_eob(
        f, claims, 1, legend, ["other"], "coding_error")]))

    # 3 scan 300: retro enrollment, claim reprocessed and paid (no denial)
    f = facts(S + 3, CC, "abbr", "plain")
    r = f["r"]
    old, new = "CC" + digits(r, 11), "CC" + digits(r, 11)
    ctr, lpc = "Lantern House Counseling Center", "Dmitri A. Voronov, LPC"
    lines = [(f["dos"], "90791", "Psychiatric diagnostic evaluation", 240.00),
             (days(f["dos"], 7), "90834", "Psychotherapy, 45 minutes", 135.00),
             (days(f["dos"], 14), "90834", "Psychotherapy, 45 minutes", 135.00)]
    rows = [("Member:", f["name"]), ("Member ID:", f["planid"]), ("Medicaid ID:", f["maid"]),
            ("Original claim (TCN):", old), ("Adjusted claim (TCN):", new), ("Provider:", ctr),
            ("Counselor:", f"{lpc}, NPI {f['npi']}")]
    enr = days(f["dos"], -r.randint(10, 30))
    paras = [("What happened",
              f"We first denied this claim on {D(f, days(f['notice'], -31))} because {lpc} was not yet enrolled in "
              f"Marrowfield Medicaid. The state has since approved the enrollment, effective {D(f, enr)}, which is "
              "before the dates of service. We reprocessed the claim under the adjusted claim number above."),
             ("Result",
              f"The claim is now paid. We paid {ctr} {M(f, 318.60)}. You owe nothing for these visits. No action is "
              "needed from you. Earlier statements that showed this claim as denied are replaced by this letter.")]
    items.append(Item(f"{FAMILY}_scan300_mco_retro_enrollment_reprocessed_paid", "scan_clean_300", [letter(
        f, "Your claim was reprocessed and paid", rows, lines, paras, "none", None, [], ctr, [old, new],
        case_alts=[[new], [old]])]))

    # 4 150 dpi: state pharmacy program, prescription rejected, prescriber not enrolled
    f = facts(S + 4, ST, "dmy", "plain")
    r = f["r"]
    claim = digits(r, 13)
    pharm, dpm = "Halloran Street Pharmacy", "Aurelio F. Cantú, DPM"
    lines = [(f["dos"], "NDC 00093-7146-56", "Cephalexin 500 mg capsules, #28", 41.87)]
    rows = [("Recipient:", f["name"]), ("Medicaid ID:", f["maid"]), ("Pharmacy claim ICN:", claim),
            ("Pharmacy:", f"{pharm}, NCPDP {digits(r, 7)}"), ("Prescriber:", f"{dpm}, NPI {f['npi']}"),
            ("Prescription no.:", "Rx " + digits(r, 7)), ("Date submitted:", D(f, f["dos"]))]
    paras = [("Why your prescription was not paid",
              f"The prescription was written by {dpm}, who is not enrolled as a Marrowfield Medicaid prescriber. "
              "Medicaid can pay for a prescription only when the prescriber is enrolled with the program (pharmacy "
              "reject code 71 - prescriber not enrolled)."),
             ("What you can do",
              "Ask the prescriber to enroll with Marrowfield Medicaid as an ordering, referring and prescribing "
              "provider, or ask an enrolled doctor to write the prescription. In an emergency the pharmacy may give "
              "a 72-hour supply while this is fixed.")]
    items.append(Item(f"{FAMILY}_lowres_state_pharmacy_prescriber_not_enrolled", "scan_lowres_150", [letter(
        f, "Notice of Denied Prescription Claim", rows, lines, paras, "fh", "out_of_network", ["other"], pharm,
        [claim], sign=f"Pharmacy Program\n{ST}")]))

    # 5 fax standard stack: clinic cover + MCO NABD + MCO EOB on PT by a non-enrolled therapist
    f = facts(S + 5, TB, "iso", "nosign")
    r = f["r"]
    tcn = digits(r, 16)
    pt_clinic, pt = "Kettle Creek Physical Therapy", "Marguerite L. Osei-Bonsu, DPT"
    plines = [(days(f["dos"], 3 * i), "97110", "Therapeutic exercise, 15 min x3", 156.00) for i in range(3)]
    rows = [("Member:", f["name"]), ("Member ID:", f["planid"]), ("Medicaid ID:", f["maid"]),
            ("Claim number (TCN):", tcn),
            ("Provider:", pt_clinic), ("Treating therapist:", f"{pt}, NPI {f['npi']}"),
            ("Prior authorization:", "PA approved for 12 visits (not the reason for this denial)")]
    paras = [("What we decided",
              f"We will not pay for the physical therapy visits listed above. The therapist who treated you, {pt}, "
              "was not enrolled with Marrowfield Medicaid on the dates of service. Every provider who renders "
              "services to a Medicaid member must be enrolled with the state, even when the clinic is in our "
              f"network. {pt_clinic} is in our network and may not bill you."),
             ("The rule we used", "42 CFR 455.410(b); Tallgrass Bend Provider Manual, section 4.2.")]
    a = letter(f, "Notice of Adverse Benefit Determination", rows, plines, paras, "plan", "out_of_network",
               ["other"], pt_clinic, [tcn], sign=f"Sincerely,\n\nUtilization and Claims Review\n{TB}")
    g = dict(f, notice=days(f["notice"], -3))
    legend = [("R07", "Denied: rendering provider not enrolled in Marrowfield Medicaid on the date of service."),
              ("PAID", "Paid at the Medicaid fee schedule.")]
    b = mco_eob(g, [(tcn, pt_clinic, f"Rendering: {pt}, NPI {f['npi']}",
                     [(x[0], x[1], x[2], x[3], 0.0, "R07") for x in plines])], 0, legend, ["other"], "out_of_network")
    items.append(Item(f"{FAMILY}_faxstd_stack_clinic_cover_nabd_and_eob", "fax_standard_g4", [a, b],
                      separators=[clinic_cover(f, pt_clinic, 4), None]))

    # 6 rotated: MCO notice, hospital bed ordered by a non-enrolled nurse practitioner
    f = facts(S + 6, CC, "slash", "plain")
    r = f["r"]
    tcn = "CC" + digits(r, 11)
    dme, np_ = "Lindqvist Medical Supply", "Precious N. Mahlangu, NP"
    lines = [(f["dos"], "E0260", "Semi-electric hospital bed with mattress, rental", 412.00),
             (f["dos"], "E0305", "Bed side rails, half length", 86.75)]
    rows = [("Member:", f["name"]), ("Member ID:", f["planid"]), ("Medicaid ID:", f["maid"]),
            ("Claim number:", tcn), ("Supplier:", f"{dme}, NPI {f['npi2']}"),
            ("Ordering practitioner:", f"{np_}, NPI {f['npi']}"), ("Date received:", D(f, days(f["dos"], 8)))]
    paras = [("Why we denied the claim",
              f"Medical equipment must be ordered by a practitioner who is enrolled with Marrowfield Medicaid. The "
              f"order for this bed was signed by {np_}, who is not enrolled with the state as an ordering provider. "
              f"For this reason we cannot pay {dme}. The supplier may resubmit the claim with an order from an "
              "enrolled practitioner, or after the ordering practitioner enrolls."),
             ("This is not a decision about whether you need the bed",
              "We did not review whether the bed is medically necessary. You do not owe the supplier for it.")]
    items.append(Item(f"{FAMILY}_rot_mco_dme_ordering_np_not_enrolled", "rotated", [letter(
        f, "Notice of Adverse Benefit Determination - Claim Denied", rows, lines, paras, "plan_date",
        "out_of_network", ["other"], dme, [tcn], sign=f"Sincerely,\n\nClaims Review Department\n{CC}")]))

    # 7 photocopy: state REOMB for a child, one claim denied for a non-enrolled rendering physician
    f = facts(S + 7, ST, "pshort", "plain", child=True)
    r = f["r"]
    ped = "Oakmoss Pediatric Associates"
    claims = [(digits(r, 13), "Crestline Pharmacy", "-", [(days(f["dos"], -9), "NDC", "Amoxicillin susp.", 18.40,
                                                           12.65, "001")]),
              (digits(r, 13), ped, "K. Asante-Mills MD", [(f["dos"], "99393", "Well child visit", 185.00, 0.0, "8721"),
                                                         (f["dos"], "90460", "Vaccine admin", 32.00, 0.0, "8721")]),
              (digits(r, 13), "Bayleaf Dental Group", "R. Tan DDS", [(days(f["dos"], 12), "D1120", "Cleaning, child",
                                                                     74.00, 41.10, "001")])]
    legend = [("001", "Paid."),
              ("8721", "Denied. The rendering provider was not enrolled in Marrowfield Medicaid on the date of "
                       "service. The provider may not bill the recipient.")]
    items.append(Item(f"{FAMILY}_copy_state_reomb_child_rendering_not_enrolled", "photocopy",
                      [reomb(f, claims, 1, legend)]))
    return items
