"""Family 'lipedema_staged_liposuction_cosmetic_exclusion_denial': an invented commercial plan refusing staged
lymph-sparing (water-assisted) liposuction for lipedema as cosmetic and not medically necessary.

Documents: a born-digital pre-service denial of stages 1 and 2 (sidebar letter); the surgeon's letter of medical
necessity (denies nothing); a photocopied member EOB with three claims (duplex ultrasound and compression garments
paid, the stage 1 surgery claim refused as cosmetic); a standard-fax stack of a cover, the plan's provider notice and
the practice's reconsideration request; a phone photo of the surgery center's patient statement (denies nothing);
a sideways final appeal decision upholding the denial, told in sentences; a low-resolution request for additional
information (denies nothing).
All values invented; phones 1-555. Decoys: DOB, NPI, BMI, request-received dates, respond-by date, account and tax
ID numbers, other claims, 72-hour and external-review limits, medical policy numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundcv_famcva import Page, addr, cover, fd, fee, letterhead, lv, paras, pat, ph, plus, sidebar, usd

FAMILY = "lipedema_staged_liposuction_cosmetic_exclusion_denial"
LANG = "en"
SEED = 345700
ORG = "Bramblecrest Health Assurance"
ORG_ADDR = "PO Box 6620, Kestrel Falls, WI 53999"
PRACTICE = "Northshore Lipedema & Lymphatic Surgery"
PRACTICE_ADDR = "410 Heron Bluff Parkway, Suite 300, Kestrel Falls, WI 53999"
ASC = "Kestrel Falls Ambulatory Surgery Center"
SURGEON = "Ingeborg L. Vantongeren, MD"
SURGEON_BARE = "Ingeborg L. Vantongeren"
MEMBERS = ["Rosalind T. Achterberg", "Philomena J. Haskett", "Delphine R. Okonjo", "Marguerite A. Sandoval-Pike",
           "Cordelia N. Whitcombe", "Annelise K. Brannigan", "Tamsin E. Rowntree"]
POLICY = "MP-7.01.552"


def base(r, k):
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 160))
    return dict(notice=notice, member=MEMBERS[k], addr=[f"{r.randint(14, 9800)} Wintergreen Crossing",
                                                        "Kestrel Falls, WI 53999"],
                mid="BHA" + pat(r, "999999999"), grp=pat(r, "99999-AA"), phone=ph(r),
                dob=dt.date(r.randint(1972, 1996), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def stages(f, r):
    s1 = plus(f["notice"], r.randint(20, 35))
    return s1, plus(s1, r.randint(42, 63))


def doc_preservice(r):
    f = base(r, 0)
    ref = "PA-26-" + pat(r, "9999999")
    s1, s2 = stages(f, r)
    got = plus(f["notice"], -r.randint(4, 9))
    d = Page(footer="Bramblecrest Health Assurance  -  Utilization Management  -  Page {p} of {n}")
    d.add_page()
    letterhead(d, ORG, ["Utilization Management Department", ORG_ADDR, f"Member Services {f['phone']} (TTY 711)"], 0)
    y0, y1 = sidebar(d, [("Date of notice", fd(f["notice"], "long")), ("Member", f["member"]),
                         ("Member ID", f["mid"]), ("Group", f["grp"]), ("Date of birth", fd(f["dob"], "slash")),
                         ("Reference number", ref), ("Request received", fd(got, "long")),
                         ("Surgeon NPI", f["npi"])])
    d.set_xy(72, y0)
    d.set_left_margin(72)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("NOTICE OF DENIAL OF COVERAGE", 12.5, "B")
    d.text_line("(Pre-service request)", 9)
    d.ln(2)
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:",
        f"{SURGEON} of {PRACTICE} asked us to approve staged lymph-sparing liposuction (CPT 15879, 15878) "
        f"for lipedema: stage 1, both lower legs, planned for {fd(s1, 'slash')}, and stage 2, both thighs, planned "
        f"for {fd(s2, 'slash')}, at {ASC}.",
        "#Our decision: not approved",
        "Your Certificate of Coverage excludes cosmetic surgery, including suction-assisted lipectomy to change "
        "body contour (Section 6, Exclusions, item 14). Our medical policy on liposuction for lipedema "
        f"({POLICY}) also requires documented functional impairment that continues after at least 3 months of "
        "compression therapy; the records sent show garments worn for 6 weeks. For these reasons the surgery is "
        "considered cosmetic and not medically necessary. A board-certified plastic surgeon reviewed this request.",
        "#Your right to appeal",
        "You may appeal this decision within 180 days of the date of this notice. Send your appeal to "
        f"Bramblecrest Appeals, {ORG_ADDR}, or fax 1-555-604-2290. If waiting could seriously harm your health, "
        "ask for an expedited appeal; we decide those within 72 hours. After our final decision you may ask for "
        "an external review within 4 months.",
        "Sincerely,", "Utilization Management, Bramblecrest Health Assurance"], size=9.4)
    d.set_left_margin(18)
    t = truth("denial_letter", "not_covered", insurer=ORG, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[ref], service_dates=[s1.isoformat(), s2.isoformat()],
              denial_date=f["notice"].isoformat(), provider=SURGEON,
              appeal_deadline=plus(f["notice"], 180).isoformat(), denial_alternates=["medical_necessity"],
              alternates={"provider": [SURGEON_BARE, PRACTICE]})
    return pdf_bytes(d), t


def doc_lmn(r):
    f = base(r, 1)
    s1, s2 = stages(f, r)
    d = Page(serif=True, footer="Northshore Lipedema & Lymphatic Surgery  |  Fax 1-555-377-0148")
    d.add_page()
    letterhead(d, PRACTICE, [PRACTICE_ADDR, "Phone 1-555-377-0100"], 1)
    d.text_line(fd(f["notice"], "dmy"), 10)
    d.ln(2)
    addr(d, ["Bramblecrest Health Assurance", "Attn: Prior Authorization", ORG_ADDR])
    d.text_line("LETTER OF MEDICAL NECESSITY", 12, "B")
    lv(d, [("Patient:", f["member"]), ("DOB:", fd(f["dob"], "dmy")), ("Member ID:", f["mid"]),
           ("Group:", f["grp"]), ("Diagnosis:", "E88.2 Lipedema, stage 2, type III")], w=32, size=9.8)
    paras(d, [
        "To the Medical Director:",
        f"I am writing to request authorization for staged lymph-sparing liposuction for my patient, "
        f"{f['member']}. She has painful, disproportionate fat of both legs that spares the feet, easy bruising "
        "and tenderness, unchanged by a 14-month calorie-restricted diet (BMI 31.4) and by daily flat-knit "
        "compression and manual lymphatic drainage since last spring.",
        "Her walking tolerance has fallen to under two blocks and she can no longer work a full shift. Duplex "
        "ultrasound excluded venous insufficiency. This is not a cosmetic request: the aim is to remove the "
        "diseased tissue, relieve pain and preserve mobility.",
        f"I plan stage 1 (lower legs, CPT 15879) on {fd(s1, 'dmy')} and stage 2 (thighs, CPT 15879 and 15878) on "
        f"{fd(s2, 'dmy')}, both at {ASC}. Photographs, measurements and therapy notes are enclosed.",
        "Thank you for your prompt review.", "Sincerely,", "", SURGEON,
        "Board certified, American Board of Plastic Surgery"], size=9.8)
    t = truth("other", None, insurer=None, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
              service_dates=[s1.isoformat(), s2.isoformat()], denial_date=f["notice"].isoformat(), provider=SURGEON,
              unscored=["insurer"], alternates={"provider": [SURGEON_BARE, PRACTICE]})
    return pdf_bytes(d), t


def doc_eob(r):
    f = base(r, 2)
    period = (plus(f["notice"], -45), plus(f["notice"], -4))
    c1, c2, c3 = pat(r, "E26-999999-1"), pat(r, "E26-999999-2"), pat(r, "E26-999999-3")
    us = plus(f["notice"], -r.randint(35, 40))
    gar = plus(us, r.randint(3, 6))
    surg = plus(gar, r.randint(10, 16))
    us_amt, gar_amt = fee(r, 380, 520), fee(r, 240, 410)
    lines = [("15879", "Lipectomy, suction, lower leg, left"), ("15879", "Lipectomy, suction, lower leg, right"),
             ("15878", "Lipectomy, suction, lower leg, add-on")]
    per = [fee(r, 2900, 4600) for _ in lines]
    total = round(sum(per), 2)
    d = Page(footer="Bramblecrest Health Assurance  -  THIS IS NOT A BILL  -  {p}/{n}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Customer Service {f['phone']}"], 2)
    d.text_line("Explanation of Benefits", 13, "B")
    d.ln(1)
    y = d.get_y()
    addr(d, [f["member"].upper(), *[a.upper() for a in f["addr"]]])
    d.set_y(y)
    lv(d, [("Statement date:", fd(f["notice"], "abbr")), ("Subscriber ID:", f["mid"]), ("Group:", f["grp"]),
           ("Claims processed:", f"{fd(period[0], 'slash')} to {fd(period[1], 'slash')}")],
       w=34, size=8.8, x=112)
    d.ln(2)
    head = ["Date", "Service", "Amount billed", "Plan allowed", "Plan paid", "Your share", "Code"]
    w = [22, 62, 22, 20, 18, 20, 14]
    rows = [[f"*Claim {c1}  -  Patient {f['member']}  -  Lakeview Vascular Lab", "", "", "", "", "", ""],
            [fd(us, "slash"), "Duplex scan, lower extremity veins", usd(us_amt, "nosign"),
             usd(us_amt * 0.62, "nosign"), usd(us_amt * 0.62 - 40, "nosign"), "40.00", ""],
            [f"*Claim {c2}  -  Patient {f['member']}  -  Pinecone Medical Supply", "", "", "", "", "", ""],
            [fd(gar, "slash"), "Compression garment, flat-knit A6549", usd(gar_amt, "nosign"),
             usd(gar_amt * 0.8, "nosign"), usd(gar_amt * 0.64, "nosign"), usd(gar_amt * 0.16, "nosign"), ""],
            [f"*Claim {c3}  -  Patient {f['member']}  -  {SURGEON}", "", "", "", "", "", ""]]
    for (c, dsc), a in zip(lines, per):
        rows.append([fd(surg, "slash"), f"{c} {dsc}", usd(a, "nosign"), "0.00", "0.00", usd(a, "nosign"), "CX4"])
    rows.append(["", "Total for this claim", usd(total, "nosign"), "0.00", "0.00", usd(total, "nosign"), ""])
    d.table(head, rows, w, size=7.6, aligns="LLRRRRC")
    paras(d, [
        "#Remark codes",
        "CX4  Cosmetic services are excluded under your plan. Liposuction for body contouring, including for "
        f"lipedema, is not covered unless the criteria of medical policy {POLICY} are met.",
        "#Your right to appeal",
        "If you disagree with how we processed a claim, you may appeal within 180 days of the date of this "
        f"statement. Write to Bramblecrest Appeals, {ORG_ADDR}. Expedited appeals are decided within 72 hours."],
        size=8.6)
    t = truth("eob", "not_covered", insurer=ORG, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[c3], claim_amount=f"{total:.2f}",
              service_dates=[surg.isoformat()], denial_date=f["notice"].isoformat(), provider=SURGEON,
              appeal_deadline=plus(f["notice"], 180).isoformat(), denial_alternates=["medical_necessity"],
              alternates={"provider": [SURGEON_BARE]})
    return pdf_bytes(d), t


def stack_provider(r):
    f = base(r, 3)
    ref = "PA-26-" + pat(r, "9999999")
    s1, s2 = stages(f, r)
    recon = plus(f["notice"], r.randint(6, 10))
    tin = pat(r, "99-9999999")
    # plan's provider notice (denial)
    d = Page(footer="Bramblecrest Health Assurance - Provider Notification - {p}")
    d.add_page()
    letterhead(d, ORG, ["Provider Services", ORG_ADDR, "Provider line 1-555-604-2200"], 1)
    d.text_line("PROVIDER NOTIFICATION - PRIOR AUTHORIZATION DENIED", 11.5, "B")
    d.ln(2)
    d.boxes([("Notice date", fd(f["notice"], "iso"), 40), ("Authorization request", ref, 52),
             ("Member ID", f["mid"], 44), ("Group", f["grp"], 44)])
    d.boxes([("Member name", f["member"], 70), ("Date of birth", fd(f["dob"], "iso"), 40),
             ("Requesting provider", SURGEON_BARE, 70)])
    d.boxes([("Service", "15879/15878 staged liposuction, lipedema", 96), ("Dates requested",
                                                                         f"{fd(s1, 'iso')}, {fd(s2, 'iso')}", 84)])
    d.boxes([("Place of service", ASC, 96), ("Provider TIN", tin, 40), ("Determination", "DENIED", 44)])
    d.ln(4)
    paras(d, [
        "Reason: The requested procedure is excluded as cosmetic under the member's certificate. Clinical "
        f"criteria of medical policy {POLICY} were not met (less than 3 months of documented compression therapy "
        "and no measured functional impairment).",
        "The physician may ask for a peer-to-peer discussion within 14 days by calling 1-555-604-2250. A "
        "reconsideration or appeal may be filed on the member's behalf within 180 days of the date of this "
        "notice. The member has been sent a separate notice."], size=9.4)
    dec = pdf_bytes(d)
    t_dec = truth("denial_letter", "not_covered", insurer=ORG, group_number=f["grp"], member_id=f["mid"],
                  member_name=f["member"], case_numbers=[ref], service_dates=[s1.isoformat(), s2.isoformat()],
                  denial_date=f["notice"].isoformat(), provider=SURGEON_BARE,
                  appeal_deadline=plus(f["notice"], 180).isoformat(), denial_alternates=["medical_necessity"],
                  alternates={"provider": [PRACTICE]})
    # practice's reconsideration request (denies nothing)
    d = Page(serif=True)
    d.add_page()
    letterhead(d, PRACTICE, [PRACTICE_ADDR, "Phone 1-555-377-0100  Fax 1-555-377-0148"], 0)
    d.text_line(fd(recon, "long"), 10)
    d.ln(3)
    addr(d, ["Bramblecrest Health Assurance", "Provider Reconsiderations", ORG_ADDR])
    d.text_line(f"RE: {f['member']}, ID {f['mid']}, authorization request {ref}", 9.8, "B")
    d.ln(2)
    paras(d, [
        "Dear Reviewer:",
        f"We ask you to reconsider the denial dated {fd(f['notice'], 'long')}. Our patient has now completed "
        "four months of daily compression and twice-weekly lymphatic drainage, documented in the enclosed "
        "therapy log, and her six-minute walk distance fell from 410 to 280 metres.",
        f"We have moved stage 1 to {fd(plus(s1, 28), 'long')} while we wait for your answer.",
        "Sincerely,", "", SURGEON], size=10)
    req = pdf_bytes(d)
    t_req = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], case_numbers=[ref],
                  service_dates=[plus(s1, 28).isoformat()], denial_date=recon.isoformat(), provider=SURGEON,
                  unscored=["insurer"], alternates={"provider": [SURGEON_BARE, PRACTICE]})
    cov = cover("Northshore Lipedema - Surgical scheduling", "Bramblecrest Health Assurance Provider Services",
                "1-555-377-0148", "1-555-604-2291", fd(f["notice"], "slash"), 3,
                "Prior authorization determination attached. The office's reconsideration request is returned "
                "with it for your records.")
    return [(dec, t_dec), (req, t_req)], [cov, "blank"]


def doc_statement(r):
    f = base(r, 4)
    acct = pat(r, "KF-999999")
    surg = plus(f["notice"], -r.randint(30, 45))
    items = [("Facility fee, operating room 3 hrs", fee(r, 3800, 5200)), ("Anesthesia services", fee(r, 900, 1500)),
             ("Tumescent solution and cannulas", fee(r, 300, 600)), ("Recovery room", fee(r, 400, 700))]
    total = round(sum(a for _, a in items), 2)
    d = Page(footer="Kestrel Falls Ambulatory Surgery Center  -  Federal Tax ID 39-6104472")
    d.add_page()
    letterhead(d, ASC, ["2207 Marshmallow Creek Drive, Kestrel Falls, WI 53999", "Billing 1-555-377-4410"], 2)
    d.text_line("PATIENT STATEMENT", 13, "B", "C")
    d.ln(2)
    y = d.get_y()
    addr(d, [f["member"], *f["addr"]])
    d.set_y(y)
    lv(d, [("Statement date", fd(f["notice"], "upper")), ("Account #", acct), ("Date of surgery", fd(surg, "upper")),
           ("Surgeon", SURGEON), ("Primary insurance", ORG), ("Policy #", f["mid"])], w=34, size=8.8, x=108)
    d.ln(2)
    rows = [[fd(surg, "upper"), s, usd(a, "plain")] for s, a in items]
    rows.append(["*", "Total charges", usd(total, "plain")])
    rows.append([fd(plus(f["notice"], -8), "upper"), f"{ORG}: denied, cosmetic exclusion", "$0.00"])
    rows.append(["*", "Balance due from patient", usd(total, "plain")])
    d.table(["Date", "Description", "Amount"], rows, [32, 110, 34], size=8.8, aligns="LLR")
    d.para("Your insurance company denied this claim. If you are appealing, call us and we will hold your account "
           "for 90 days. Interest-free payment plans are available.", 9.4)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], claim_amount=f"{total:.2f}",
              service_dates=[surg.isoformat()], denial_date=f["notice"].isoformat(), provider=ASC,
              unscored=["insurer"], alternates={"provider": [SURGEON, SURGEON_BARE]})
    return pdf_bytes(d), t


def doc_upheld(r):
    f = base(r, 5)
    f["notice"] = plus(f["notice"], 90)
    appeal, ref = "APL-" + pat(r, "99999") + "-26", "PA-26-" + pat(r, "9999999")
    s1, s2 = stages(f, r)
    got = plus(f["notice"], -r.randint(18, 26))
    d = Page(serif=True, footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, ORG, ["Appeals and Grievances Unit", ORG_ADDR], 0)
    d.text_line(fd(f["notice"], "abbr"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']}:",
        f"On {fd(got, 'abbr')} we received your appeal of our decision not to cover staged liposuction for "
        f"lipedema, which {SURGEON} had asked to perform on {fd(s1, 'abbr')} and {fd(s2, 'abbr')}. We gave your "
        f"appeal the number {appeal}; the original request was number {ref}. Your member ID is {f['mid']}.",
        "A plastic surgeon who took no part in the first decision reviewed your appeal, the letter from your "
        "surgeon, your photographs and therapy records. The reviewer agreed that lipedema is a medical condition "
        "but found that your records do not show the functional impairment that the plan's medical policy "
        "requires, and your plan's certificate excludes liposuction as a cosmetic procedure. We are upholding "
        "our decision.",
        "This is the final decision of our internal appeal process. You may ask for an independent external "
        "review within 4 months of receiving this letter by writing to the Office of the Commissioner of "
        "Insurance. You may also call us at " + f["phone"] + " with questions.",
        "Sincerely,", "Nadine F. Trowbridge, RN", "Appeals and Grievances Unit, Bramblecrest Health Assurance"],
        size=10)
    t = truth("denial_letter", "not_covered", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[appeal, ref], service_dates=[s1.isoformat(), s2.isoformat()],
              denial_date=f["notice"].isoformat(), provider=SURGEON, denial_alternates=["medical_necessity"],
              alternates={"provider": [SURGEON_BARE]})
    return pdf_bytes(d), t


def doc_records(r):
    f = base(r, 6)
    ref = "PA-26-" + pat(r, "9999999")
    s1 = plus(f["notice"], r.randint(18, 30))
    by = plus(f["notice"], 14)
    d = Page(footer="Bramblecrest Health Assurance  Utilization Management")
    d.add_page()
    letterhead(d, ORG, ["Utilization Management", ORG_ADDR], 1)
    d.text_line(fd(f["notice"], "iso"), 10)
    d.ln(2)
    addr(d, [SURGEON, PRACTICE, PRACTICE_ADDR])
    d.text_line("REQUEST FOR ADDITIONAL CLINICAL INFORMATION", 12, "B")
    d.ln(1)
    lv(d, [("Member", f["member"]), ("Member number", f["mid"]), ("Case #", ref),
           ("Procedure", "Lymph-sparing liposuction, stage 1 (15879)"), ("Scheduled", fd(s1, "iso")),
           ("Please respond by", fd(by, "iso"))], w=42, size=9.6)
    paras(d, [
        "We have started our review of the request above but need more information before we can decide. "
        "Please send: standardized photographs (front, back, both sides); limb measurements on two dates at "
        "least 3 months apart; compression therapy and lymphatic drainage notes; and any vascular studies.",
        "No decision has been made. If we do not receive the records by the date above, we will decide on the "
        "information we have. Fax records to 1-555-604-2291 and include the case number on every page."],
        size=9.8)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[ref],
              service_dates=[s1.isoformat()], denial_date=f["notice"].isoformat(), provider=SURGEON,
              alternates={"provider": [SURGEON_BARE, PRACTICE]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_provider(r(3))
    return [
        Item(f"{FAMILY}_bd_preservice_sidebar_denial", "born_digital", [doc_preservice(r(0))]),
        Item(f"{FAMILY}_scan300_surgeon_medical_necessity_letter", "scan_clean_300", [doc_lmn(r(1))]),
        Item(f"{FAMILY}_copy_eob_three_claims_surgery_denied", "photocopy", [doc_eob(r(2))]),
        Item(f"{FAMILY}_faxstd_stack_provider_notice_reconsideration", "fax_standard_g4", docs, separators=seps),
        Item(f"{FAMILY}_photo_surgery_center_statement", "phone_photo", [doc_statement(r(4))]),
        Item(f"{FAMILY}_rotated_final_appeal_upheld_prose", "rotated", [doc_upheld(r(5))]),
        Item(f"{FAMILY}_lowres_records_request", "scan_lowres_150", [doc_records(r(6))]),
    ]
