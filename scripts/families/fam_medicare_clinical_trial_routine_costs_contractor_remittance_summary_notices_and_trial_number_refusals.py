"""Papers mirrored (structure and plain wording style only) from Medicare's coverage of the routine costs of care in
a qualifying clinical trial, as a Medicare Administrative Contractor (MAC) and the summary notice to the person in
the trial print it: Medicare pays the routine costs of a qualifying study (the visits, tests and care a patient
would get anyway, the giving of the study drug and the care of its complications); it does not pay for the item
under study itself (billed with modifier Q0), for tests done only to collect the study's data, or for items the
sponsor gives free; the claim must carry the study's eight-digit registry number (NCT), the diagnosis Z00.6 and the
Q0 / Q1 modifiers (condition code 30 and value code D4 on a hospital claim), and a claim without the registry number
is returned as one that cannot be processed, without appeal rights; a study that is not a qualifying one (not paid
for by a federal agency, not under an investigational new drug application, not a drug trial exempt from one) gets
no routine costs paid; an appeal to the contractor (redetermination) goes next to a Qualified Independent
Contractor. The public program is Medicare itself (insurer on the summary notices); the contractor (Veronde Federal
Health Administrators, LLC, "Jurisdiction R4"), its box and town, every cancer center, hospital, imaging center,
infusion pharmacy, ambulance company, person, Medicare number, claim number (ICN), registry number, study name,
contractor message code (CT1 to CT6, edit 31457), form number and amount are invented (phones 555); CARC group and
reason codes, CPT and HCPCS codes, Q0 / Q1, Z00.6 and the 120- and 180-day appeal periods appear as themselves.
No heading names the kind of refusal; each reason is told in plain words or only by a code.

Documents (8 in 7 files):
- born_digital_remittance_two_pages_study_drug_line_q0_code_only_on_back: a contractor's two-page remittance to a
  cancer institute, an unruled claims listing with claim heading lines (name, MBI, ICN, patient account, registry
  number as decoys) whose header repeats on page 2, where one claim's study-drug line (J9999-Q0) pays 0.00 beside
  paid routine lines, its claim total, the totals row; the reason only in the code glossary (CO-96, CT2); remit date
  "dd-Mon-2026", check number, NPI, PTAN, a "for example" paragraph; redetermination "within 120 days after you
  receive" (nothing to count from).
- finefax_redetermination_three_pages_running_header_study_not_qualifying: a fine-fax four-page redetermination
  notice to the person: Medicare number and appeal number in a running header, page 1 the summary, page 2 the
  hospital's three visit dates with "Servicing:" and "Attending:", page 3 the reason (the information received does
  not show that the study is a qualifying one) signed by a nurse reviewer and a medical director, "within 180 days
  of the date of this notice", page 4 nondiscrimination and taglines.
- lowres_summary_notice_research_only_mri_three_pages_totals_last: a 150 dpi three-page summary notice (masked
  Medicare number, framed panels on page 1, two providers' blocks on page 2, a brain MRI done only for the study's
  records refused under note A beside a paid CT, the referring doctor, the totals on page 3 and "file an appeal by"
  a printed date).
- phone_es_resumen_medicare_medicamento_del_estudio_gratis_farmacia: a photographed Spanish summary notice, an
  infusion pharmacy billed the study drug the sponsor gives free (note A), supplies paid, a key/value block at the
  right of the address, "4 de marzo de 2026" dates, "a más tardar el" a printed date.
- photocopy_two_column_reopening_study_qualifies_claim_to_be_paid: a photocopied two-column letter to a hospital
  saying that the study qualifies after all and the earlier claim was reopened and will be paid (denies nothing;
  reopening number, ICN, "Request received" as a dotted month-first date, "March 4th"-style letter date).
- rotated_medical_review_ambulance_to_study_visit_walked_to_stretcher: a medical-review result fed turned, to an
  ambulance company, address at the left and caption/value pairs on the right half, "2026/03/18"-style date, the
  reason as "we can only pay ... when ..., and the crew's report shows ...", two signers, "no later than" a date.
- faxstd_stack_cancer_center_cover_returned_claim_no_trial_number_upside_down_then_paid_summary: a standard-fax
  stack of a cancer institute's fax cover sheet, the contractor's two-page notice returning a hospital claim that
  lacked the registry number (identifiers in a small running footer, CO-16 / MA130, edit 31457, no appeal rights,
  page 2 upside down) and a one-page summary notice on which everything was approved (denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundei_famif import (IFSheet, dmy_dash, es_date, first_last, iso, last_first, long, m2,
                               mbi, mbi_dash, mbi_masked, mdy_dots, n2, nct, office_cover, ord_long, out, people,
                               phone, plus, slash, tollfree, truth, usd, usd_es, wday_long, workday,
                               ymd_slash, yy)
from public_kit import digits

FAMILY = "medicare_clinical_trial_routine_costs_contractor_remittance_summary_notices_and_trial_number_refusals"
LANG = "en"
SEED = 354985
MAC = "Veronde Federal Health Administrators, LLC"
MAC_ALT = ["Veronde Federal Health Administrators", "Veronde", "Veronde Federal Health", "Medicare",
           "Veronde Federal Health Administrators LLC"]
MED = "Medicare"
MED_ALT = ["Centers for Medicare & Medicaid Services", "Medicare Part B", "Original Medicare",
           "Medicare Summary Notice"]
MAC_BOX = "P.O. Box 61870, Quarry Bend, OH 45339"
CANCER = "Cinderhollow Cancer Institute"
CANCER_ADDR = ["2200 Orchard Terrace, Suite 400", "Brightwell, OH 43617"]
HOSP = "Stellmoor Regional Medical Center"
HOSP_ADDR = ["41 Stellmoor Parkway", "Brightwell, OH 43620"]
IMG = "Sorrelton Imaging Partners"
PHARM = "Thimbleby Infusion Pharmacy"
AMB = "Wyndcott Ambulance Service"
STUDY_A = "HALCYON-3: an investigational antibody added to standard chemotherapy in advanced stomach cancer"
STUDY_B = "a registry of people treated with a portable cooling cap during chemotherapy"


def icn(rng, part="B"):
    """An invented internal control number: 13 digits for Part B, 14 for a hospital claim."""
    return ("22" if part == "B" else "21") + f"26{rng.randint(30, 99)}" + digits(rng, 7 if part == "B" else 8)


def mac_head(p, rng, unit, box=None):
    p.head(MAC, "VFHA", [f"Medicare Administrative Contractor, Jurisdiction R4 (Part A and Part B)  |  {unit}",
                         f"{MAC_BOX}  |  Provider contact center {tollfree(rng, '877')}  |  TTY 711"],
           box=box, size=12.2)


def oh_address(rng):
    town, z = rng.choice([("Brightwell", "43617"), ("Quarry Bend", "45339"), ("Lantern Falls", "44262"),
                          ("Ashby Crossing", "45810"), ("New Harrowfield", "43055"), ("Millcreek Junction", "45401")])
    street = rng.choice(["Sycamore Bend Rd", "Tollhouse Ln", "W Canal St Apt 2B", "Buckeye Ridge Dr",
                         "Old Plank Rd", "Maple Grove Ct", "Furnace Hill Rd", "Lockkeeper Way"])
    return [f"{rng.randint(11, 9870)} {street}", f"{town}, OH {z}"]


def medicare_head(p, title="Medicare Summary Notice", sub="for people with Original Medicare",
                  box="THIS IS NOT A BILL"):
    """A summary notice's top: the program's name in large type, the notice's name and a boxed warning."""
    y = p.get_y()
    p.f(20, "B")
    p.cell(0, 9, title, new_x="LMARGIN", new_y="NEXT")
    p.f(10)
    p.cell(0, 5, sub, new_x="LMARGIN", new_y="NEXT")
    p.f(12, "B")
    bw = p.get_string_width(box) + 10
    p.set_xy(p.w - p.r_margin - bw, y + 1)
    p.cell(bw, 9, box, border=1, align="C")
    p.set_xy(p.l_margin, y + 16)
    p.rule(3)


# ---------------------------------------------------------------------------------------------------------------
def born_ra(rng):
    n = 9
    names = people(rng, n + 3)
    pts, docs = names[:n], names[n:]
    k = 6                                                    # the claim with the refused study-drug line (page 2)
    rd = workday(dt.date(2026, 3, rng.randint(10, 13)))
    mbis = [mbi(rng) for _ in pts]
    icns = [icn(rng) for _ in pts]
    accts = [f"CCI{digits(rng, 7)}" for _ in pts]
    trial = nct(rng)
    routine = [("99215", "Q1", 268.0, 171.35), ("99214", "", 192.0, 121.42), ("96413", "Q1", 412.0, 148.9),
               ("96415", "Q1", 96.0, 31.18), ("85025", "Q1", 38.0, 7.77), ("80053", "Q1", 64.0, 10.56),
               ("J1100", "Q1", 22.0, 1.12), ("96360", "", 188.0, 66.04), ("99213", "", 142.0, 89.25),
               ("36415", "", 18.0, 3.0)]
    counts = [2, 3, 1, 2, 3, 2, 4, 2, 3]
    rows = []
    tot = dict(b=0.0, a=0.0, d=0.0, c=0.0, p=0.0)
    deny = None
    for i, nm in enumerate(pts):
        d = dt.date(2026, 2, rng.randint(2, 27))
        head = f"{last_first(nm)}   MBI {mbis[i]}   ICN {icns[i]}   ACNT {accts[i]}"
        picks = rng.sample(routine, counts[i])
        if i == k:
            d = dt.date(2026, 2, rng.randint(16, 20))
            picks = [routine[0], routine[2], routine[3], ("J9999", "Q0", rng.choice([6840.0, 7215.0, 5980.0]), 0.0)]
        if i in (k, 2):
            head += f"   CLINICAL TRIAL {trial}"
        rows.append(("span", head))
        cb = ca = cd = cc = cp = 0.0
        ded_left = 40.0 if i in (1, 4) else 0.0
        doc = docs[i % 3]
        for code, mod, b, a in picks:
            mod = mod if i in (k, 2) else ""            # modifiers Q0 / Q1 only on the two study claims
            if code == "J9999":
                rows.append([first_last(doc) + ", MD", yy(d), code, mod, n2(b), "0.00", "0.00", "0.00", "CO-96",
                             "0.00", "CT2"])
                deny = b
                cb += b
                continue
            ded = min(ded_left, a)
            ded_left -= ded
            co = round((a - ded) * 0.2, 2)
            pd = round(a - ded - co, 2)
            rows.append([first_last(doc) + ", MD", yy(d), code, mod, n2(b), n2(a), n2(ded), n2(co),
                         "CO-45", n2(pd), "CT1" if mod == "Q1" else ""])
            cb += b
            ca += a
            cd += ded
            cc += co
            cp += pd
        rows.append(("bold", ["CLAIM TOTAL", "", "", "", n2(cb), n2(ca), n2(cd), n2(cc), "", n2(cp), ""]))
        rows.append(("gap",))
        for key, v in zip("badcp", (cb, ca, cd, cc, cp)):
            tot[key] += v
        if i == k:
            den = dict(b=round(cb, 2), d=d, doc=doc)
    check = f"{digits(rng, 9)}"
    p = IFSheet(footer="Page {n} of {nb}", footer_left=f"Form VF-RA-2 (rev. 07/2025)  |  Remit mailed {slash(rd)}",
                ids_foot=f"Payee {CANCER}  |  PTAN {digits(rng, 6)}  |  Check/EFT {check}")
    p.set_margins(12, 12, 12)
    p.add_page()
    mac_head(p, rng, "Part B Provider Payments", box="REMITTANCE NOTICE")
    p.beside([[("Payee", CANCER), ("NPI", f"1{digits(rng, 9)}")],
              [("Remit date", dmy_dash(rd)), ("Remit no.", f"R{rd:%y%m%d}{digits(rng, 4)}")],
              [("Check/EFT no.", check), ("Paid this remit", n2(tot["p"]))],
              [("Paid year to date", n2(round(tot["p"] + rng.randint(38000, 61000) + 0.62, 2))),
               ("Provider adj.", "0.00")]], cap_w=24, size=8.4)
    p.f(8.4, "B")
    p.cell(0, 4.6, "Notes from your contractor", new_x="LMARGIN", new_y="NEXT")
    p.para("Claims for care given in a clinical research study must show the study's eight-digit registry number, the "
           "diagnosis Z00.6 and the modifier Q1 on each routine line (Q0 on the line for the item under study). "
           "Lines for an item the sponsor supplies free should be billed at a token charge or left off.", 7.6)
    p.para("Reading this notice: the paid amount is the allowed amount less the deductible and the 20 percent "
           "coinsurance the patient owes. For example, a service billed at $100.00 with an allowed amount of $80.00 "
           "and no deductible left pays $64.00; the patient owes $16.00.", 7.6)
    W = p.w - p.l_margin - p.r_margin
    widths = [33, 14, 12, 9, 17, 17, 15, 15, 14, 17, W - 163]
    head = ["Rendering", "Serv date", "Proc", "Mod", "Billed", "Allowed", "Deduct", "Coins", "Grp/RC", "Prov paid",
            "Msg"]
    al = ["L", "L", "L", "L", "R", "R", "R", "R", "C", "R", "C"]
    rows.append(("bold", ["TOTALS THIS REMIT", f"{n} claims", "", "", n2(tot["b"]), n2(tot["a"]), n2(tot["d"]),
                          n2(tot["c"]), "", n2(tot["p"]), ""]))
    p.listing(head, rows, widths, al, size=6.9, row_h=4.1,
              cont=f"Remittance notice {dmy_dash(rd)}, {CANCER}, continued", foot_room=30)
    p.para("If you disagree with a payment decision on this notice you can ask us for a redetermination within 120 "
           "days after you receive it. Write to the Redetermination Unit at the address above or use the provider "
           "portal; include the ICN and the lines you want us to look at again.", 7.6)
    p.glossary("Codes on this notice", [
        ("CO-45", "The charge is more than the fee schedule amount. The provider may not bill the patient for the "
                  "difference."),
        ("CO-96", "Charge not covered."),
        ("CT1", "Routine cost of a qualifying clinical trial (modifier Q1): paid at the usual fee schedule amount."),
        ("CT2", "The item or drug being studied in the trial (modifier Q0) is not a routine cost. Medicare does "
                "not pay for the investigational item itself; the patient may not be billed unless told in writing "
                "before the service."),
        ("CT5", "Study registry number missing or not eight digits. The claim cannot be processed."),
        ("PR-1", "Part B deductible.")], size=7.3)
    doc = den["doc"]
    t = truth("eob", "experimental", insurer=MAC, member_id=mbis[k], member_name=pts[k], cases=[icns[k]],
              claim_amount=m2(den["b"]), service_dates=[iso(den["d"])], denial_date=iso(rd),
              provider=first_last(doc), denial_alternates=["not_covered"],
              alternates={"insurer": MAC_ALT, "provider": [CANCER, doc, f"Dr. {first_last(doc)}"],
                          "claim_amount": [m2(deny)]})
    return out(p), t


def finefax_redetermination(rng):
    pat, att, rn, md = people(rng, 4)
    m = mbi(rng)
    apl = f"RD-{digits(rng, 2)}-{digits(rng, 6)}"
    claim = icn(rng, "A")
    trial = nct(rng)
    v1 = dt.date(2026, 1, rng.randint(5, 9))
    visits = [v1, plus(v1, 14), plus(v1, 28)]
    init = dt.date(2026, 2, rng.randint(12, 18))
    rcvd = dt.date(2026, 3, rng.randint(2, 6))
    ld = workday(dt.date(2026, 3, rng.randint(24, 27)))
    lines = [("Q1", "0510", "99214", "Clinic visit", 310.0), ("Q1", "0300", "80053", "Metabolic panel", 96.0),
             ("Q1", "0351", "71250", "CT of the chest", 1420.0), ("Q1", "0300", "85025", "Blood count", 58.0)]
    rows, tot = [], 0.0
    for j, v in enumerate(visits):
        for mod, rev, code, desc, b in (lines if j != 1 else lines[:2] + lines[3:]):
            rows.append([slash(v), rev, f"{code}-{mod}", desc, usd(b), "$0.00"])
            tot += b
    tot = round(tot, 2)
    fax = (f"{ld:%m/%d/%Y} 14:{rng.randint(10, 59)}  VERONDE APPEALS  {phone(rng, '614')}  ->  {phone(rng, '614')}"
           "  P.{n}")
    p = IFSheet(footer=None, footer_left=f"Notice VF-RD-11 (rev. 01/2026)  |  notice mailed {slash(ld)}",
                fax_hdr=fax, every=f"Medicare Number {mbi_dash(m)}  |  Appeal no. {apl}  |  Page {{n}} of {{nb}}")
    p.set_margins(19, 16, 19)
    p.add_page()
    mac_head(p, rng, "Part A Redetermination Unit")
    p.line(wday_long(ld), 10, "B")
    p.ln(3)
    for ln in [pat, *oh_address(rng)]:
        p.line(ln, 10.2)
    p.ln(4)
    p.subject("Medicare Redetermination Notice: your appeal about outpatient hospital services")
    p.para(f"Dear {pat}:", 10)
    p.para(f"You asked us to look again at Medicare's decision on a claim from {HOSP}. We have finished our review. "
           "Our decision is unfavorable: Medicare will still not pay for these services. This notice has three parts:",
           10)
    p.bullets(["Page 2 lists the services you appealed, the dates and what the hospital charged.",
               "Page 3 tells you why, who reviewed your appeal and what you can do next.",
               "The last page tells you how to get help in another language or format, free of charge."], 10)
    p.para("Your Medicare coverage for other care does not change because of this decision.", 10)
    p.add_page()
    p.heading("Page 2 - The services you appealed", 12, rule=True)
    p.pairs([("Servicing", HOSP), ("Attending", f"Dr. {att}"), ("Claim number (ICN)", claim),
             ("Study registry no.", trial), ("First decision", slash(init)), ("We got your appeal", mdy_dots(rcvd))],
            label_w=44, size=9.4)
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Date of service", "Rev.", "Code-mod.", "Service", "Charged", "Medicare paid"],
            rows + [["", "", "", "Total charged", usd(tot), "$0.00"]],
            [W * 0.17, W * 0.09, W * 0.15, W * 0.3, W * 0.15, W * 0.14], size=8.6,
            aligns=["L", "L", "L", "L", "R", "R"], bold_last=True)
    p.para(f"The hospital billed these visits as routine care in the study {trial} ({STUDY_B}). Each line carries "
           "the diagnosis Z00.6 and the modifier Q1.", 9.4)
    p.add_page()
    p.heading("Page 3 - Why Medicare will not pay", 12, rule=True)
    p.para(f"We read your appeal letter, the claim, the hospital's visit notes and the study papers {HOSP} sent "
           "us. Medicare pays for the routine care a person receives while taking part in a clinical research "
           "study when the study is a qualifying one. A qualifying study is, for example, one paid for by a federal "
           "research agency, or one done under an investigational new drug application that the Food and Drug "
           "Administration has reviewed, or a drug study that is exempt from such an application. The information "
           "we received does not show that this study is any of these: the papers describe a registry that a "
           "company keeps of people who use its cooling cap, paid for by that company, with no federal funding and "
           "no application to the FDA. Because the study is not a qualifying one, Medicare cannot pay the routine "
           "costs billed under it.", 10)
    p.para("You told us the visits were needed for your cancer care in any case. The hospital may send a new claim "
           "for any visit that was ordinary care and not part of the registry; we would decide that claim on its "
           "own.", 10)
    p.heading("What you can do next", 11)
    p.para("If you disagree with this decision, you can ask a Qualified Independent Contractor to reconsider it. "
           "Ask within 180 days from the date of this notice. Use the enclosed request form or send a letter "
           "with your name, your Medicare number, the appeal number at the top of this page and the reason you "
           "disagree. Send any new papers with your request.", 10)
    p.two_sigs([f"{rn}, RN", "Nurse reviewer, Redetermination Unit"], [f"{md}, MD", "Contractor medical director"])
    p.add_page()
    p.nondiscrim(MAC, tollfree(rng, "866"))
    p.ln(3)
    p.tagline_block(tollfree(rng, "866"))
    t = truth("denial_letter", "not_covered", insurer=MAC, member_id=mbi_dash(m), member_name=pat, cases=[apl, claim],
              claim_amount=m2(tot), service_dates=[iso(v) for v in visits], denial_date=iso(ld), provider=HOSP,
              appeal_deadline=iso(plus(ld, 180)), denial_alternates=["experimental"],
              alternates={"insurer": MAC_ALT, "provider": [f"Dr. {att}", att], "member_id": [m],
                          "case_numbers": [[apl], [claim]]})
    return out(p), t


def lowres_msn(rng):
    pat, oncol, refdoc = people(rng, 3)
    m = mbi(rng)
    nd = dt.date(2026, 3, rng.randint(2, 6))
    by = plus(nd, 124)
    d1 = dt.date(2026, 2, rng.randint(2, 6))
    d2 = plus(d1, rng.randint(7, 12))
    onc_claim = f"{digits(rng, 2)}-{digits(rng, 5)}-{digits(rng, 3)}-{digits(rng, 3)}"
    img_claim = f"{digits(rng, 2)}-{digits(rng, 5)}-{digits(rng, 3)}-{digits(rng, 3)}"
    onc = [("Office visit, established patient (99215-Q1)", 268.0, 171.35, 137.08, 34.27),
           ("Blood count (85025-Q1)", 38.0, 7.77, 7.77, 0.0)]
    ct_b, ct_a = 1185.0, 286.4
    mri_b = rng.choice([2310.0, 2460.0, 2195.0])
    img = [("CT chest, abdomen, pelvis w/ contrast (74177-Q1)", ct_b, ct_a, round(ct_a * 0.8, 2),
            round(ct_a * 0.2, 2), ""),
           ("MRI brain w/o and with contrast (70553-Q1)", mri_b, 0.0, 0.0, mri_b, "A")]
    img_tot = round(ct_b + mri_b, 2)
    may_bill = round(34.27 + img[0][4] + mri_b, 2)
    p = IFSheet(footer="Page {n} of {nb}", footer_left=f"Notice date {slash(nd)}")
    p.set_margins(16, 14, 16)
    p.add_page()
    medicare_head(p)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [pat, *oh_address(rng)]:
        p.line(ln, 10)
    p.set_xy(p.l_margin + W * 0.55, y0)
    p.pairs([("Medicare Number", mbi_masked(m)), ("Notice date", ord_long(nd)),
             ("Claims processed", "Dec 1, 2025 - Feb 28, 2026")], label_w=34, size=8.6, x=p.l_margin + W * 0.55,
            h=4.8)
    p.set_xy(p.l_margin, max(p.get_y(), y0 + 18) + 4)
    p.panel_columns(
        [("Your deductible status", ["Your deductible is the amount you pay for care before Medicare starts to "
                                     "pay.", ("kv", "Part B deductible met so far in 2026", "$283.00")]),
         ("Be informed", ["If you take part in a clinical research study, tell every provider who bills Medicare "
                          "for your study visits. They need the study's registry number for your claims."])],
        [("Your claims and costs this period", [("b", "Did Medicare approve all services?"), ("big", "NO"),
                                                "See page 2 for the service Medicare did not approve.",
                                                ("kv", "Total you may be billed", usd(may_bill))]),
         ("Providers with claims this period", [f"{long(d1)}: {CANCER}", f"{long(d2)}: {IMG}"])],
        split=0.5, size=8.8)
    p.bar("How to check this notice", 9.6)
    p.bullets(["Do you recognize the name of each provider? Check the dates of your visits.",
               "Did you get the services listed? Do they match the papers your providers gave you?",
               "If you already paid a bill, compare what you paid with the most you may be billed."], 9)
    p.para("Questions about this notice? Call 1-800-MEDICARE (TTY users call 711). Keep this notice with your "
           "records; compare it with the bills your providers send you. Report anything that looks wrong.", 9)
    p.add_page()
    p.bar("Your claims for Part B (Medical Insurance)", 10)
    p.para("Part B helps pay for doctor visits, tests and outpatient care. The amounts below are what your providers "
           "charged, what Medicare allows, what Medicare paid and the most you may be billed.", 8.8)
    widths = [W * 0.42, W * 0.14, W * 0.14, W * 0.12, W * 0.12, W * 0.06]
    hd = ["Service provided and billing code", "Amount provider charged", "Medicare-approved amount",
          "Medicare paid", "Most you may be billed", "See note"]
    p.provider_block(CANCER, CANCER_ADDR, [("Claim number", onc_claim), ("Service approved?", "Yes"),
                                           ("Received", slash(plus(d1, 9)))])
    p.line(f"Services on {long(d1)}  (rendered by Dr. {oncol})", 8.6, "B")
    p.ln(1)
    p.table(hd, [[s, usd(b), usd(a), usd(pd), usd(y), ""] for s, b, a, pd, y in onc] +
            [["Total for this claim", usd(306.0), usd(179.12), usd(144.85), usd(34.27), ""]], widths, size=8,
            aligns=["L", "R", "R", "R", "R", "C"], bold_last=True)
    p.ln(2)
    p.provider_block(IMG, ["7 Lantern Row", "Brightwell, OH 43617"],
                     [("Claim number", img_claim), ("Service approved?", "No (see note A)"),
                      ("Referred by", f"Dr. {refdoc}")])
    p.line(f"Services on {long(d2)}", 8.6, "B")
    p.ln(1)
    p.table(hd, [[s, usd(b), usd(a), usd(pd), usd(y), nt] for s, b, a, pd, y, nt in img], widths, size=8,
            aligns=["L", "R", "R", "R", "R", "C"])
    p.add_page()
    p.bar(f"Your claims for Part B, continued: {IMG}", 10)
    p.table(hd, [["Total for this claim", usd(img_tot), usd(ct_a), usd(img[0][3]), usd(img[0][4] + mri_b), ""]],
            widths, size=8, aligns=["L", "R", "R", "R", "R", "C"], bold_last=True)
    p.notes("Notes for the claims above", [
        ("A", "This scan was done to collect information for the research study you are in, and your study doctor "
              "did not use it to decide your care. Medicare pays for the routine care you get during a qualifying "
              "study, but not for tests done only for the study's records. Ask the imaging center or the study team "
              "whether the study's sponsor pays for this scan.")])
    p.bar("Totals for this notice", 10)
    p.leaders([("Amount providers charged", usd(306.0 + img_tot)), ("Medicare-approved amount", usd(179.12 + ct_a)),
               ("Medicare paid", usd(144.85 + img[0][3])), ("Total you may be billed", usd(may_bill))], size=9,
              w=W * 0.7)
    p.bar("How to handle denied claims or file an appeal", 10)
    p.para(f"If you disagree with a decision on this notice, file an appeal by **{long(by)}**. Circle the service you "
           "disagree with, write why on a separate sheet, and send it with a copy of this notice to the contractor "
           f"that handles your claims: {MAC}, Redeterminations, {MAC_BOX}. Sign it and add your phone number.", 9)
    p.para("If you need help, call 1-800-MEDICARE or your State Health Insurance Assistance Program. A friend, a "
           "family member or your doctor can help you file.", 9)
    t = truth("eob", "not_covered", insurer=MED, member_id=None, member_name=pat, cases=[img_claim],
              claim_amount=m2(img_tot), service_dates=[iso(d2)], denial_date=iso(nd), provider=IMG,
              appeal_deadline=iso(by), denial_alternates=["experimental"],
              alternates={"insurer": MED_ALT + [MAC], "member_id": [mbi_masked(m)], "claim_amount": [m2(mri_b)],
                          "provider": [f"Dr. {refdoc}", refdoc]})
    return out(p), t


def phone_es_msn(rng):
    pat, oncol = people(rng, 2, es=True)
    m = mbi(rng)
    nd = dt.date(2026, 4, rng.randint(6, 9))
    by = plus(nd, 124)
    d = dt.date(2026, 3, rng.randint(9, 13))
    cl = f"{digits(rng, 2)}-{digits(rng, 5)}-{digits(rng, 3)}-{digits(rng, 3)}"
    drug_b = rng.choice([3860.0, 4125.0, 3390.0])
    lines = [("Bomba de infusión y bolsas (E0781-Q1)", 412.0, 198.6, 158.88, 39.72, ""),
             ("Suministros para infusión en casa (A4221-Q1)", 96.0, 51.25, 41.0, 10.25, ""),
             ("Medicamento del estudio (J3590-Q0)", drug_b, 0.0, 0.0, drug_b, "A")]
    tot_b = round(sum(x[1] for x in lines), 2)
    tot_a = round(sum(x[2] for x in lines), 2)
    tot_p = round(sum(x[3] for x in lines), 2)
    tot_y = round(sum(x[4] for x in lines), 2)
    p = IFSheet(footer="Página {n} de {nb}", footer_left=f"Fecha del aviso: {es_date(nd)}")
    p.set_margins(16, 14, 16)
    p.add_page()
    medicare_head(p, "Resumen de Medicare", "para personas con Medicare Original", "ESTO NO ES UNA FACTURA")
    p.addr_pairs_right([pat, *oh_address(rng)],
                       [("Número de Medicare", mbi_masked(m)), ("Fecha del aviso", es_date(nd)),
                        ("Reclamaciones procesadas", "1 de enero al 31 de marzo de 2026")], split=0.46, cap_w=40,
                       size=8.8)
    p.panel_columns(
        [("Su deducible", ["El deducible es lo que usted paga por su cuidado antes de que Medicare empiece a "
                           "pagar.", ("kv", "Deducible de la Parte B cubierto en 2026", usd_es(283.0))])],
        [("¿Aprobó Medicare todos los servicios?", [("big", "NO"), "Vea la nota A en esta página.",
                                                   ("kv", "Total que se le puede cobrar", usd_es(tot_y))])],
        split=0.5, size=8.8)
    p.bar("Sus reclamaciones de la Parte B (Seguro Médico)", 10)
    p.provider_block(PHARM, ["1180 Kiln Road", "Brightwell, OH 43617"],
                     [("Reclamación", cl), ("¿Se aprobó?", "No todo (nota A)"), ("Pedido por", f"Dr. {oncol}")])
    p.line(f"Servicios del {es_date(d)}", 8.8, "B")
    p.ln(1)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Servicio y código", "Cobrado por el proveedor", "Aprobado por Medicare", "Pagó Medicare",
             "Lo más que le pueden cobrar", "Nota"],
            [[s, usd_es(b), usd_es(a), usd_es(pd), usd_es(y), nt] for s, b, a, pd, y, nt in lines] +
            [["Total de esta reclamación", usd_es(tot_b), usd_es(tot_a), usd_es(tot_p), usd_es(tot_y), ""]],
            [W * 0.38, W * 0.14, W * 0.14, W * 0.12, W * 0.16, W * 0.06], size=7.8,
            aligns=["L", "R", "R", "R", "R", "C"], bold_last=True)
    p.notes("Notas", [
        ("A", "El patrocinador del estudio clínico en el que usted participa entrega este medicamento sin costo a "
              "todas las personas del estudio. Medicare no paga por un artículo que el patrocinador ya regala, aunque "
              "el resto de su cuidado en el estudio sí esté cubierto. Pregunte a la farmacia por qué lo cobró.")],
        size=8.4)
    p.bar("Cómo apelar", 10)
    p.para(f"Si no está de acuerdo con alguna decisión de este resumen, presente su apelación a más tardar el "
           f"**{es_date(by)}**. Marque con un círculo el servicio, explique por qué en una hoja aparte y envíela "
           f"con una copia de este resumen a {MAC}, Redeterminaciones, {MAC_BOX}.", 8.8)
    p.para("Si necesita ayuda, llame al 1-800-MEDICARE (TTY 711). Un familiar, un amigo o su médico pueden ayudarle.",
           8.8)
    t = truth("eob", "not_covered", insurer=MED, member_id=None, member_name=pat, cases=[cl],
              claim_amount=m2(tot_b), service_dates=[iso(d)], denial_date=iso(nd), provider=PHARM,
              appeal_deadline=iso(by), lang="es", denial_alternates=["experimental"],
              alternates={"insurer": MED_ALT + [MAC], "member_id": [mbi_masked(m)], "claim_amount": [m2(drug_b)],
                          "provider": [f"Dr. {oncol}", oncol]})
    return out(p), t


def photocopy_reopening(rng):
    pat, att, sig = people(rng, 3)
    m = mbi(rng)
    reo = f"RO-26-{digits(rng, 6)}"
    claim = icn(rng, "A")
    trial = nct(rng)
    a = dt.date(2026, 1, rng.randint(12, 16))
    b = plus(a, 2)
    rcvd = dt.date(2026, 3, rng.randint(9, 13))
    ld = workday(dt.date(2026, 4, rng.randint(6, 9)))
    billed = round(rng.randint(14000, 21000) + rng.choice([0.0, 0.5, 0.25]), 2)
    p = IFSheet(footer=None, footer_left=f"Letter VF-RO-4 (11/2025)  |  Mailed {slash(ld)}", serif=True)
    p.set_margins(18, 16, 18)
    p.add_page()
    mac_head(p, rng, "Part A Reopenings")
    p.line(ord_long(ld), 10.4, "B")
    p.ln(3)
    p.addr_pairs_right([f"{HOSP}", "Patient Financial Services", *HOSP_ADDR],
                       [("Reopening no.", reo), ("ICN", claim), ("Beneficiary", pat), ("MBI", m),
                        ("Stay", f"{slash(a)} - {slash(b)}"), ("Request received", mdy_dots(rcvd))],
                       split=0.5, cap_w=30, size=8.8)
    p.heading("Your claim will be paid: the study is a qualifying one", 12.5, rule=True)
    p.columns(
        [("What you asked us", f"You asked us to reopen claim {claim} for {pat}'s stay from {long(a)} to "
                               f"{long(b)}. We had denied the routine costs because our files did not show that "
                               f"the study {trial} was a qualifying clinical trial."),
         ("What you sent", "The letter from the Food and Drug Administration acknowledging the study's "
                           "investigational new drug application, and the first page of the protocol."),
         ("What we decided", "A drug study done under an investigational new drug application is a qualifying "
                             "study. We reopened the claim and changed our decision.")],
        [("What happens now", f"The routine costs on the claim (charges of {usd(billed)}, billed with condition "
                              "code 30, value code D4 and the diagnosis Z00.6) will be paid on your next "
                              "remittance. The study drug itself was billed at no charge and is not affected."),
         ("The patient", f"Dr. {att} was the attending doctor. {pat.split()[0]} will receive a new summary "
                         "notice. Refund anything the patient paid toward these costs beyond the deductible and "
                         "coinsurance."),
         ("Questions", f"Call the provider contact center at {tollfree(rng, '877')} and give the reopening "
                       "number.")],
        size=9.2)
    p.ln(3)
    p.signoff(["Sincerely,", sig, "Part A Reopenings"], 9.6)
    t = truth("other", None, insurer=MAC, member_id=m, member_name=pat, cases=[reo, claim],
              claim_amount=m2(billed), service_dates=[f"{iso(a)}/{iso(b)}"], denial_date=iso(ld), provider=HOSP,
              alternates={"insurer": MAC_ALT, "case_numbers": [[reo], [claim]], "claim_amount": [None],
                          "service_dates": [[]], "provider": [f"Dr. {att}", att]})
    return out(p), t


def rotated_ambulance(rng):
    pat, crew, rn, md = people(rng, 4)
    m = mbi(rng)
    adr = f"ADR-{digits(rng, 7)}"
    claim = icn(rng)
    trial = nct(rng)
    trip = dt.date(2026, 2, rng.randint(3, 12))
    rec = dt.date(2026, 3, rng.randint(2, 6))
    ld = workday(dt.date(2026, 3, rng.randint(16, 20)))
    by = plus(ld, 96)
    billed = round(rng.choice([1186.0, 1242.5, 1097.0]) + 18.4 * rng.randint(9, 16), 2)
    p = IFSheet(footer="Page {n} of {nb}", footer_left=f"Letter VF-MR-7 (rev. 09/2025)  |  Mailed {slash(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    mac_head(p, rng, "Medical Review Department")
    p.line(f"Date of this letter: {ymd_slash(ld)}", 10, "B")
    p.ln(3)
    p.addr_pairs_right([AMB, "Attn: Billing Office", "560 Firehouse Lane", "Lantern Falls, OH 44262"],
                       [("Review no.", adr), ("Claim (ICN)", claim), ("Beneficiary", pat), ("MBI", mbi_dash(m)),
                        ("Date of trip", long(trip)), ("Trip", "Residence to hospital outpatient (RH)"),
                        ("Billed", usd(billed)), ("Records received", mdy_dots(rec))],
                       split=0.44, cap_w=32, size=8.6)
    p.heading("Results of medical review: ambulance trip", 12)
    p.para("We asked you for the records of this trip and reviewed the run report, the physician certification "
           "statement and the hospital's visit note that you sent.", 10)
    p.para(f"{pat} was taken by ambulance from home to {CANCER}'s infusion center for a scheduled visit in the "
           f"clinical study {trial}. The visit itself is a routine cost of the study and has been paid on the "
           f"institute's claim. The trip is a separate service. We can only pay for an ambulance when any other way "
           f"of getting there would put the person's health at risk, and the crew's report shows that "
           f"{pat.split()[0]} walked to the stretcher, sat upright for the whole ride, needed no oxygen and had "
           "steady vital signs. The certification statement gives \"weakness\" as the reason, with nothing to show "
           "why a car or a wheelchair van could not be used. We have denied the claim.", 10)
    p.para(f"The report is signed by {crew}, EMT. You may not bill the beneficiary for this trip unless you gave "
           "a written advance notice before it; the records you sent do not include one.", 10)
    p.para(f"**If you disagree.** Ask for a redetermination no later than {long(by)}. Send the request with "
           "any records we did not see to the Redetermination Unit at the address above.", 10)
    p.two_sigs([f"{rn}, RN", "Nurse reviewer"], [f"{md}, MD", "Contractor medical director"])
    t = truth("denial_letter", "medical_necessity", insurer=MAC, member_id=mbi_dash(m), member_name=pat,
              cases=[adr, claim], claim_amount=m2(billed), service_dates=[iso(trip)], denial_date=iso(ld),
              provider=AMB, appeal_deadline=iso(by),
              alternates={"insurer": MAC_ALT, "case_numbers": [[claim], [adr]], "provider": [crew],
                          "member_id": [m]})
    return out(p), t


def faxstd_stack(rng):
    pat, att, clerk, front, oncol = people(rng, 5, sexes="F")
    m = mbi(rng)
    claim = icn(rng, "A")
    trial = nct(rng)
    d = dt.date(2026, 2, rng.randint(9, 13))
    ret = workday(dt.date(2026, 3, rng.randint(9, 12)))
    lines = [("0510", "99215-Q1", "Clinic visit", 355.0), ("0260", "96413-Q1", "Chemotherapy infusion, first hour",
                                                             612.0),
             ("0260", "96415-Q1", "Each added hour", 188.0), ("0636", "J9999-Q0", "Study drug (sponsor supplied)",
                                                              0.01),
             ("0300", "85025-Q1", "Blood count", 58.0)]
    billed = round(sum(x[3] for x in lines), 2)
    sent = plus(ret, rng.randint(3, 6))
    cover = office_cover(CANCER, ["Clinical Research Office  |  " + ", ".join(CANCER_ADDR),
                                  f"Phone {phone(rng, '419')}  |  Fax {phone(rng, '419')}"],
                         f"{HOSP}, Patient Financial Services", phone(rng, "419"), f"{front}, research coordinator",
                         f"{sent.month}/{sent.day}/26", f"Our study patient {pat}", 4,
                         [f"Attached: the contractor's notice returning your claim for {pat.split()[0]}'s February "
                          f"infusion, and her last summary notice. The registry number is {trial}; please add it and "
                          "send the claim again."])
    # document 1: the returned-claim notice, two pages
    d1 = IFSheet(footer="Page {n} of {nb}", footer_left=f"Notice VF-RTP-3 (rev. 04/2025)",
                 ids_foot=f"Provider {HOSP}  |  ICN {claim}  |  MBI {m}  |  Returned {slash(ret)}")
    d1.set_margins(18, 16, 18)
    d1.add_page()
    mac_head(d1, rng, "Part A Claims", box="RETURNED CLAIM")
    d1.addr_kv([HOSP, "Patient Financial Services", *HOSP_ADDR],
               [("Date returned", long(ret)), ("ICN", claim), ("Patient", pat), ("MBI", m),
                ("Date of service", slash(d)), ("Total charges", usd(billed))], w=90, cap_w=30)
    d1.heading("Claim returned: it cannot be processed as sent", 12)
    d1.para(f"We did not process the claim below and it is not in our payment system. It is coming back to you "
            f"because it is missing information we need to decide it. The patient, {pat}, should not be billed "
            "while you correct it.", 9.8)
    W = d1.w - d1.l_margin - d1.r_margin
    d1.table(["Rev.", "HCPCS-mod.", "Description", "Date", "Charges"],
             [[r, c, s, slash(d), usd(b)] for r, c, s, b in lines] + [["", "", "Total charges", "", usd(billed)]],
             [W * 0.1, W * 0.18, W * 0.42, W * 0.14, W * 0.16], size=8.8, aligns=["L", "L", "L", "L", "R"],
             bold_last=True)
    d1.pairs([("Condition code", "30 (clinical trial)"), ("Diagnosis", "Z00.6 (second position)"),
              ("Value code D4", "blank"), ("Attending", f"Dr. {att}")], label_w=40, size=9.2)
    d1.add_page()
    d1.bar("Why we returned it", 9.8)
    d1.ruled_glossary("Codes", [
        ("CO-16", "The claim lacks information, or has a billing error, that we need to decide it."),
        ("MA130", "The claim cannot be processed and carries no appeal rights. Send a new claim with the missing "
                  "or corrected information."),
        ("31457", "Clinical trial services (condition code 30, Z00.6, modifier Q0 or Q1) were billed, but value "
                  "code D4 does not hold the study's eight-digit registry number.")], size=8.4)
    d1.para("**What to do.** Add the registry number of the study (the eight digits after \"NCT\") in value code "
            "D4 and send the claim again as a new claim. A returned claim cannot be appealed, reopened or "
            "corrected by phone. The usual limit for filing claims still runs from the date of service.", 9.6)
    d1.para(f"Questions: the provider contact center at the number above. Processed by {clerk}, claims "
            "technician.", 9.2)
    d_a = (out(d1), truth("denial_letter", "coding_error", insurer=MAC, member_id=m, member_name=pat, cases=[claim],
                          claim_amount=m2(billed), service_dates=[iso(d)], denial_date=iso(ret), provider=HOSP,
                          denial_alternates=["other"],
                          alternates={"insurer": MAC_ALT, "provider": [f"Dr. {att}", att]}))
    # document 2: a one-page summary notice on which everything was approved
    nd = dt.date(2026, 3, rng.randint(2, 5))
    by = plus(nd, 124)
    v = dt.date(2026, 1, rng.randint(12, 23))
    cl = f"{digits(rng, 2)}-{digits(rng, 5)}-{digits(rng, 3)}-{digits(rng, 3)}"
    items = [("Office visit, established patient (99214-Q1)", 192.0, 121.42), ("Metabolic panel (80053-Q1)", 64.0,
                                                                              10.56)]
    tb = round(sum(x[1] for x in items), 2)
    ta = round(sum(x[2] for x in items), 2)
    s = IFSheet(footer="Page {n} of {nb}", footer_left=f"Notice date {slash(nd)}")
    s.set_margins(16, 14, 16)
    s.add_page()
    medicare_head(s)
    W = s.w - s.l_margin - s.r_margin
    s.addr_pairs_right([pat, *oh_address(rng)],
                       [("Medicare Number", mbi_masked(m)), ("Notice date", long(nd)),
                        ("Claims processed", "Dec 1, 2025 - Feb 28, 2026")], split=0.5, cap_w=34, size=8.6)
    s.panel_columns([("Your claims and costs this period", [("b", "Did Medicare approve all services?"),
                                                            ("big", "YES"),
                                                            ("kv", "Total you may be billed",
                                                             usd(round(ta * 0.2, 2)))])],
                    [("Providers with claims this period", [f"{long(v)}: {CANCER}"])], size=8.8)
    s.provider_block(CANCER, CANCER_ADDR, [("Claim number", cl), ("Service approved?", "Yes"),
                                           ("Rendered by", f"Dr. {oncol}")])
    s.table(["Service provided and billing code", "Amount provider charged", "Medicare-approved amount",
             "Medicare paid", "Most you may be billed"],
            [[x, usd(b), usd(a), usd(round(a * 0.8, 2)), usd(round(a * 0.2, 2))] for x, b, a in items] +
            [["Total for this claim", usd(tb), usd(ta), usd(round(ta * 0.8, 2)), usd(round(ta * 0.2, 2))]],
            [W * 0.44, W * 0.14, W * 0.14, W * 0.13, W * 0.15], size=8, aligns=["L", "R", "R", "R", "R"],
            bold_last=True)
    s.para(f"If you disagree with a decision on this notice, file an appeal by {long(by)}. See the back of your "
           "last full notice or call 1-800-MEDICARE (TTY 711) for how to appeal.", 8.8)
    d_b = (out(s), truth("eob", None, insurer=MED, member_id=None, member_name=pat, cases=[cl], claim_amount=m2(tb),
                         service_dates=[iso(v)], denial_date=iso(nd), provider=CANCER, appeal_deadline=iso(by),
                         alternates={"insurer": MED_ALT + [MAC], "member_id": [mbi_masked(m)],
                                     "provider": [f"Dr. {oncol}", oncol]}))
    return cover, [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_remittance_two_pages_study_drug_line_q0_code_only_on_back", "born_digital",
             [born_ra(rng)]),
        Item(F + "finefax_redetermination_three_pages_running_header_study_not_qualifying", "fax_fine_g4",
             [finefax_redetermination(rng)]),
        Item(F + "lowres_summary_notice_research_only_mri_three_pages_totals_last", "scan_lowres_150",
             [lowres_msn(rng)]),
        Item(F + "phone_es_resumen_medicare_medicamento_del_estudio_gratis_farmacia", "phone_photo",
             [phone_es_msn(rng)]),
        Item(F + "photocopy_two_column_reopening_study_qualifies_claim_to_be_paid", "photocopy",
             [photocopy_reopening(rng)]),
        Item(F + "rotated_medical_review_ambulance_to_study_visit_walked_to_stretcher", "rotated",
             [rotated_ambulance(rng)]),
    ]
    cover, docs = faxstd_stack(rng)
    items.append(Item(F + "faxstd_stack_cancer_center_cover_returned_claim_no_trial_number_upside_down_then_paid_"
                          "summary", "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 180}))
    return items
