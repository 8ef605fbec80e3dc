"""Family 'hifu_prostate_ablation_investigational_denial': an invented commercial plan (Palisade Crest Health Plan)
refusing high-intensity focused ultrasound (HIFU) ablation of the prostate as investigational, with the urologist's
letter, the surgery center's estimate, an EOB and an upheld appeal. Every plan, person, provider, address and number
is invented (phones use 555).

Documents: a clean scan of the pre-service denial written only in sentences (reference, received date, planned date,
spaced member number in prose); a fine fax of the urologist's letter of medical necessity to the plan (Re: block with
abbreviated labels, an authorization number split across the end of a line; denies nothing); the surgery center's
born-digital cost estimate (denies nothing); a photocopied member EOB with two-line column headings, four providers,
a totals row and the HIFU row denied (remark code explained below the table), a subscriber named; the upheld
first-level appeal fed sideways (right-aligned header block, boxed 'Questions?' panel); a 150 dpi claim denial to
the surgery center in a captioned grid; a phone-photo stack: the member's appeal request with its duplex back, then
the anesthesia claim denial fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from public_kit import Page, out
from inv_kit import Rand, truth
from kit_rounddg_famdgb import fax_line, fd, plus, right_block, rule, side_panel, text_at, usd

FAMILY = "hifu_prostate_ablation_investigational_denial"
LANG = "en"
SEED = 351001
INS = "Palisade Crest Health Plan"
ADDR = "Utilization Review, 4100 Cormorant Parkway, Suite 600, Boise, ID 83702"
PH, FX, TTY = "1-866-555-0134", "1-866-555-0178", "711 or 1-866-555-0199"
URO, URO_PRAC = "Dr. Corinne M. Halvorsen", "Northfork Urology Associates"
ASC = "Bayridge Ambulatory Surgery Center"
POL = "Medical Policy PCH-SUR-219 (Focal Ablative Therapies for Prostate Cancer)"


MEN = ["Desmond", "Percy", "Anselm", "Theo", "Gideon", "Rufus", "Kwame", "Colin", "Ezra", "Jasper", "Mateo",
       "Wendell"]


def man(r: Rand):
    first, last = r.choice(MEN), r.choice(["Abernathy", "Pemberton", "Strand", "Holloway", "Marchetti", "Greer",
                                          "Fairchild", "Kessler", "Lomax", "Rutledge", "Underhill", "Winslow"])
    mi = r.choice("ABCDEFGHJKLMNPRSTVW")
    return f"{first} {mi}. {last}", first, mi, last


def mem(r: Rand) -> str:
    return f"PCX{r.digits(9)}"


def spaced(m: str) -> str:
    return f"{m[:3]} {m[3:7]} {m[7:]}"


def lh(p: Page, size: float = 10):
    p.line("PALISADE CREST", size + 6, "B")
    p.line("Health Plan", size + 1)
    p.line(ADDR, size - 3)
    rule(p, p.get_y() + 1, 0.5)
    p.ln(5)


def doc_sentences(r: Rand):
    name, first, mi, last = man(r)
    nd = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 30))
    rec = plus(nd, -r.randint(5, 9))
    dos = plus(nd, r.randint(14, 28))
    ref = f"UM-{r.digits(3)}-{r.digits(5)}"
    member = mem(r)
    grp = f"{r.digits(5)}-{r.digits(2)}"
    addr = list(r.address())
    p = Page(serif=True, footer=None, footer_left="PCH-UMD-04 (2025)")
    p.set_margins(24, 18, 24)
    p.add_page()
    lh(p, 10)
    p.line(fd(nd, "long"), 10.5)
    p.ln(4)
    for ln in [name] + addr:
        p.line(ln, 10.5)
    p.ln(6)
    p.para(f"Dear Mr. {last}:", 10.5)
    p.para(f"We have reviewed your request, reference {ref}, which we received on {fd(rec, 'slash')}, for "
           f"high-intensity focused ultrasound ablation of the prostate that {URO} of {URO_PRAC} asked to perform "
           f"on {fd(dos, 'long')} at {ASC}. Palisade Crest Health Plan cannot approve this service.", 10.5)
    p.para("Our medical director, a board-certified urologist, found that whole-gland and focal HIFU ablation for "
           "localized prostate cancer is investigational. Published studies do not yet show that it controls the "
           "cancer as well as surgery, radiation or active surveillance over the long term. Your certificate of "
           f"coverage excludes investigational services (Section 7, item 22), and our {POL} says the same.", 10.5)
    p.para(f"Your member number is {spaced(member)} and this letter is about your coverage under group "
           f"{grp} for the plan year {fd(dt.date(2026, 1, 1), 'slash')} - "
           f"{fd(dt.date(2026, 12, 31), 'slash')}. Your date of birth on file is {fd(dt.date(1958, 3, 4), 'th')}.",
           10.5)
    p.para("If you disagree, you or someone you name to act for you may appeal within 180 days of the date of this "
           f"letter by writing to us at the address above or calling {PH} (TTY {TTY}). If your health would be in "
           "serious danger by waiting, you may ask for an expedited appeal, which we decide within 72 hours. You may "
           "also ask for an external review by an independent review organization once our appeal process ends. You "
           "may ask for free copies of the policy and the records we used.", 10.5)
    p.ln(4)
    p.para("Sincerely,\nUtilization Review Department", 10.5)
    t = truth("denial_letter", "experimental", insurer=INS, member_id=member, member_name=name, case_numbers=[ref],
              group_number=grp, service_dates=[dos.isoformat()], denial_date=nd.isoformat(), provider=URO,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"provider": [URO_PRAC]})
    return out(p), t, dict(name=name, last=last, member=member, ref=ref, dos=dos, nd=nd, grp=grp, addr=addr)


def doc_uro_letter(r: Rand, c: dict):
    ld = plus(c["nd"], r.randint(6, 12))
    grp = c["grp"]
    p = Page(serif=False, footer=None)
    p.set_margins(20, 16, 20)
    p.add_page()
    fax_line(p, f"{fd(ld, 'monsp')} 16:02  NORTHFORK UROLOGY  208 555 0166  >>  PALISADE CREST UR  {FX}  P.01")
    p.line(URO_PRAC, 14, "B")
    p.line("880 Riverstone Drive, Suite 210, Eagle, ID 83616   |   Tel 208-555-0166   |   NPI " + r.npi(), 8)
    rule(p, p.get_y() + 1)
    p.ln(6)
    p.line(fd(ld, "long"), 10)
    p.ln(3)
    for ln in [INS, "Attn: Medical Director, Appeals", "4100 Cormorant Parkway, Suite 600", "Boise, ID 83702"]:
        p.line(ln, 10)
    p.ln(4)
    a = c["ref"]
    p.f(10, "B")
    p.cell(14, 5, "Re:")
    p.f(10)
    p.multi_cell(0, 5, f"{c['name']}   Mbr # {c['member']}   Grp {grp}\nDOB {fd(dt.date(1958, 3, 4), 'slash')}   "
                       f"Planned date {fd(c['dos'], 'dd2')}   Denied request Auth # {a[:7]}\n{a[7:]}",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.para("Dear Medical Director:", 10)
    p.para(f"I am writing to ask you to reconsider the denial of HIFU ablation for my patient, Mr. {c['last']}. He "
           "has a single MRI-visible lesion, Grade Group 2, confined to the left peripheral zone, and he has declined "
           "radical prostatectomy because of the risk of incontinence. Focal HIFU is FDA-cleared for the ablation "
           "of prostate tissue and is offered at several academic centers. Active surveillance has been tried for "
           "two years, and his PSA has risen from 4.1 to 7.8.", 10)
    p.para(f"I plan to perform the procedure on {fd(c['dos'], 'long')} at {ASC}. I enclose the MRI report, the "
           "biopsy pathology and my notes, and I am available for a peer-to-peer discussion at the number above.", 10)
    p.ln(4)
    p.line("Sincerely,", 10)
    p.ln(8)
    p.line(URO + ", MD, FACS", 10)
    t = truth("other", None, insurer=INS, member_id=c["member"], member_name=c["name"], group_number=grp,
              case_numbers=[a], service_dates=[c["dos"].isoformat()], denial_date=ld.isoformat(), provider=URO,
              alternates={"insurer": [None], "provider": [URO_PRAC]})
    return out(p), t


def doc_estimate(r: Rand, c: dict):
    ed = plus(c["nd"], -r.randint(12, 18))
    lines = [("55880", "Ablation of prostate tissue, transrectal, HIFU", 14850.00),
             ("76872", "Transrectal ultrasound guidance", 612.50), ("00914", "Anesthesia (estimated 3 hours)", 1980.00),
             ("J2704", "Propofol and pharmacy items", 264.25), ("REV 0360", "Operating room, per case", 6420.00)]
    total = sum(x[2] for x in lines)
    est = f"EST-{r.digits(6)}"
    p = Page(serif=False, footer="Page {n} of {nb}", footer_left="BASC-FIN-11")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.line(ASC, 15, "B")
    p.line("2215 Harbor Crest Blvd, Meridian, ID 83642   |   Patient Financial Services 208-555-0193", 8.5)
    rule(p, p.get_y() + 1, 0.6)
    p.ln(5)
    p.line("GOOD FAITH / PATIENT COST ESTIMATE", 12, "B", "C")
    p.ln(2)
    p.pairs([("Estimate No.", est), ("Estimate date", fd(ed, "abbr")), ("Patient", c["name"]),
             ("Insurance", f"{INS}  ID {c['member']}"), ("Surgeon", URO), ("Scheduled date", fd(c["dos"], "slash")),
             ("Account", f"A{r.digits(8)}"), ("Prior authorization", "requested; decision pending")],
            label_w=42, size=9.5, h=5.2)
    p.ln(3)
    p.table(["Code", "Description", "Estimated charge"], [[a, b, usd(v, "plain")] for a, b, v in lines] +
            [["", "Total estimated charges", usd(total, "plain")]], [28, 110, 40], size=9,
            aligns=["L", "L", "R"], bold_last=True)
    p.para(f"If your plan does not approve the procedure, you will be responsible for the full amount. Self-pay "
           f"discount if paid in full before surgery: {usd(total * 0.6, 'nocents')}. A deposit of "
           f"{usd(1500, 'short')} is due 7 days before surgery.", 9.3)
    p.para("This is an estimate, not a bill. Actual charges may differ. Tax ID 82-" + r.digits(7) + ".", 8.5)
    t = truth("other", None, insurer=INS, member_id=c["member"], member_name=c["name"], claim_amount=f"{total:.2f}",
              service_dates=[c["dos"].isoformat()], denial_date=ed.isoformat(), provider=URO,
              unscored=["insurer"], alternates={"provider": [ASC], "claim_amount": [None], "denial_date": [None]})
    return out(p), t


def doc_eob(r: Rand, c: dict):
    sd = plus(c["dos"], r.randint(20, 35))
    sub = r.person()[0]
    grp = c["grp"]
    rows, tb, tp = [], 0.0, 0.0
    provs = [(URO_PRAC, plus(c["dos"], -40), 285.00, 0.8), ("Snake River Imaging", plus(c["dos"], -60), 1840.00, 0.7),
             (ASC, c["dos"], 22146.75, 0.0), ("Treasure Valley Pathology", plus(c["dos"], -75), 412.00, 0.75)]
    den = 2
    claims = []
    for i, (pv, d, b, f) in enumerate(provs):
        cl = f"{r.digits(2)}{r.letters(1)}{r.digits(8)}"
        claims.append(cl)
        paid = round(b * f, 2)
        share = b if f == 0 else round(b * 0.1, 2)
        rows.append([pv, cl, fd(d, "short"), usd(b, "nosign"), usd(paid, "nosign"), usd(share, "nosign"),
                     "X47" if i == den else ""])
        tb += b
        tp += paid
    rows.append(["Totals", "", "", usd(tb, "nosign"), usd(tp, "nosign"), "", ""])
    p = Page(serif=False, footer="Page {n} of {nb}", footer_left=f"{c['name']}  |  {c['member']}")
    p.set_margins(12, 12, 12)
    p.add_page()
    lh(p, 9)
    p.line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12, "B")
    p.ln(1)
    p.pairs([("Statement date", fd(sd, "abbr")), ("Subscriber", sub), ("Patient", c["name"]),
             ("Member ID", c["member"]), ("Group", grp), ("Plan ID", "PCH-PPO-07"),
             ("Claims processed", f"{fd(plus(sd, -30), 'slash')} to {fd(plus(sd, -2), 'slash')}")],
            label_w=36, size=9, h=4.8)
    p.ln(2)
    p.table(["Provider", "Claim\nnumber", "Date(s)\nof service", "Amount\nbilled", "Plan\npaid", "Your\nshare",
             "Remark\ncode"], rows, [54, 30, 20, 24, 22, 20, 16], size=8,
            aligns=["L", "L", "L", "R", "R", "R", "C"], bold_last=True)
    p.f(8.5, "B")
    p.cell(0, 5, "Remark codes", new_x="LMARGIN", new_y="NEXT")
    p.para(f"X47 - Not covered: HIFU ablation of the prostate is investigational under {POL}. Claim "
           f"{claims[den]} ({ASC}) denied. You may be billed for this service.", 8.5)
    p.para(f"Plan-year deductible {fd(dt.date(2026, 1, 1), 'slash')} - {fd(dt.date(2026, 12, 31), 'slash')}: "
           f"{usd(2500, 'nocents')}, met {usd(2500, 'nocents')}. Out-of-pocket limit {usd(7000, 'nocents')}.", 8.5)
    p.para("You may appeal a denied claim within 180 days of the statement date. Write to Palisade Crest Health Plan, "
           f"Appeals, 4100 Cormorant Parkway, Suite 600, Boise, ID 83702, or call {PH}.", 8.5)
    t = truth("eob", "experimental", insurer=INS, member_id=c["member"], member_name=c["name"], group_number=grp,
              plan_id="PCH-PPO-07", case_numbers=[claims[den]], claim_amount="22146.75",
              service_dates=[c["dos"].isoformat()], denial_date=sd.isoformat(), provider=ASC,
              appeal_deadline=plus(sd, 180).isoformat(), alternates={"provider": [URO]})
    return out(p), t, claims[den], sd


def doc_upheld(r: Rand, c: dict):
    ad = plus(c["nd"], r.randint(40, 60))
    apn = f"APL-{r.digits(4)}-{r.digits(4)}"
    p = Page(serif=True, footer=None, footer_left="PCH-APL-UPH (2025)")
    p.set_margins(18, 14, 18)
    p.add_page()
    lh(p, 9)
    y0 = p.get_y()
    for ln in [c["name"]] + c["addr"]:
        p.line(ln, 10)
    yb = right_block(p, [("Notice date", fd(ad, "slash")), ("Reference", apn), ("Member ID", c["member"]),
                         ("Original request", c["ref"])], y0, w=86, size=9)
    p.set_y(max(p.get_y(), yb) + 6)
    p.heading("Appeal Decision: Denial Upheld", 13)
    p.para(f"Dear {c['name']}:", 10)
    p.para(f"We received your appeal on {fd(plus(ad, -24), 'th')} about the denial of HIFU ablation of the prostate "
           f"requested by {URO} for {fd(c['dos'], 'long')}. A urologist who was not involved in the first decision "
           "reviewed your appeal, your doctor's letter and your records.", 10)
    p.para("Decision: we are upholding the denial. HIFU ablation of the prostate remains investigational under "
           f"{POL}. The studies your doctor sent are single-center case series without a comparison group, and they "
           "do not show long-term cancer control. This decision is based on Section 7, item 22 of your certificate "
           "of coverage.", 10)
    yq = p.get_y() + 2
    side_panel(p, p.l_margin, yq, p.w - p.l_margin - p.r_margin, "Questions?", [
        f"Member Services {PH}    TTY {TTY}    Fax {FX}",
        "Monday to Friday, 7 a.m. to 7 p.m. Mountain Time. Language help is free."], 8.8, 240)
    p.ln(4)
    p.heading("What you can do next", 11)
    p.para("You may ask for a second-level appeal within 60 days of the date of this letter. You may also ask for an "
           "external review by an independent review organization within four months of this decision; the Idaho "
           "Department of Insurance can help you. An expedited external review is decided within 72 hours.", 9.6)
    t = truth("denial_letter", "experimental", insurer=INS, member_id=c["member"], member_name=c["name"],
              case_numbers=[apn, c["ref"]], service_dates=[c["dos"].isoformat()], denial_date=ad.isoformat(),
              provider=URO, appeal_deadline=plus(ad, 60).isoformat(),
              alternates={"case_numbers": [[apn]], "provider": [URO_PRAC]})
    return out(p), t


def doc_asc_grid(r: Rand, c: dict, claim: str, sd: dt.date):
    nd = plus(sd, r.randint(1, 4))
    p = Page(serif=False, footer=None, footer_left="PCH-PRV-CD-3")
    p.set_margins(14, 14, 14)
    p.add_page()
    lh(p, 9)
    y0 = p.get_y()
    for ln in ["Billing Office", ASC, "2215 Harbor Crest Blvd", "Meridian, ID 83642"]:
        p.line(ln, 9.5)
    right_block(p, [("Date", fd(nd, "iso")), ("Provider TIN", f"82-{r.digits(7)}")], y0, w=70, size=9)
    p.set_y(p.get_y() + 8)
    p.line("PROVIDER NOTICE OF CLAIM DENIAL", 12, "B")
    p.ln(2)
    x0 = p.l_margin
    grid = [[("Patient", c["name"]), ("Member ID", c["member"]), ("Patient acct", f"A{r.digits(8)}"),
             ("Claim no.", claim)],
            [("Date of service", fd(c["dos"], "iso")), ("Billed charges", usd(22146.75, "usd")),
             ("Allowed", usd(0, "usd")), ("Received", fd(plus(c["dos"], 3), "iso"))],
            [("Attending surgeon", URO), ("Bill type", "0831"), ("Auth ref.", c["ref"]), ("Status", "DENIED")]]
    w = (p.w - p.l_margin - p.r_margin) / 4
    for row in grid:
        y = p.get_y()
        for i, (k, v) in enumerate(row):
            p.rect(x0 + i * w, y, w, 12)
            p.set_xy(x0 + i * w + 1, y + 0.8)
            p.f(6.5)
            p.cell(w - 2, 3, k)
            p.set_xy(x0 + i * w + 1, y + 5)
            p.f(9)
            p.cell(w - 2, 5, v)
        p.set_xy(x0, y + 12)
    p.ln(4)
    p.para(f"The claim above is denied. HIFU ablation of the prostate (CPT 55880) is investigational under {POL}; the "
           "prior authorization request was denied before the date of service. Under your participation agreement you "
           "may bill the member only if the member signed a written waiver before the service.", 9.5)
    p.para("To dispute this decision, send a provider appeal within 90 days of the date of this notice with the "
           f"medical records and the signed waiver, if any, to Provider Appeals, fax {FX}.", 9.5)
    t = truth("denial_letter", "experimental", insurer=INS, member_id=c["member"], member_name=c["name"],
              case_numbers=[claim], claim_amount="22146.75", service_dates=[c["dos"].isoformat()],
              denial_date=nd.isoformat(), provider=ASC, appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"provider": [URO], "case_numbers": [[claim, c["ref"]]]})
    return out(p), t


def doc_stack(r: Rand, c: dict):
    ld = plus(c["nd"], r.randint(20, 30))
    p = Page(serif=False, footer=None)
    p.set_margins(26, 22, 26)
    p.add_page()
    p.line(c["name"], 10.5)
    for ln in c["addr"]:
        p.line(ln, 10.5)
    p.ln(6)
    p.line(fd(ld, "long"), 10.5)
    p.ln(4)
    for ln in [INS, "Appeals", "4100 Cormorant Parkway, Suite 600", "Boise, ID 83702"]:
        p.line(ln, 10.5)
    p.ln(5)
    p.para(f"Re: Appeal of request {c['ref']}; member ID {c['member']}", 10.5)
    p.para("To whom it may concern:", 10.5)
    p.para(f"I am appealing your letter of {fd(c['nd'], 'slash')} that denied the HIFU treatment Dr. Halvorsen "
           f"planned for {fd(c['dos'], 'long')}. I have been on active surveillance for two years and my wife, "
           "who is my caregiver, and I have decided against surgery. Please look at the letter my doctor sent.", 10.5)
    p.ln(5)
    p.line("Sincerely,", 10.5)
    p.ln(6)
    p.line(c["name"], 10.5)
    t1 = truth("other", None, insurer=INS, member_id=c["member"], member_name=c["name"], case_numbers=[c["ref"]],
               service_dates=[c["dos"].isoformat()], denial_date=ld.isoformat(), provider=None,
               unscored=["insurer", "provider"])
    nd = plus(c["dos"], r.randint(25, 40))
    cl = f"{r.digits(2)}{r.letters(1)}{r.digits(8)}"
    an = "Dr. Tobias K. Wendt"
    q = Page(serif=True, footer=None, footer_left="PCH-CD-07")
    q.set_margins(20, 16, 20)
    q.add_page()
    lh(q, 9.5)
    q.line(fd(nd, "abbr"), 10)
    q.ln(3)
    for ln in [c["name"]] + c["addr"]:
        q.line(ln, 10)
    q.ln(4)
    q.heading("Notice of Claim Denial", 12)
    q.pairs([("Member", c["name"]), ("Member ID", c["member"]), ("Claim #", cl),
             ("Provider", f"Gem State Anesthesia Group ({an})"), ("Service date", fd(c["dos"], "dash")),
             ("Amount charged", usd(1980, "plain"))], label_w=38, size=9.6, h=5.2)
    q.ln(2)
    q.para("We denied this claim because anesthesia was given for HIFU ablation of the prostate, which your plan does "
           f"not cover as investigational ({POL}). Services related to a non-covered service are also not covered.",
           9.8)
    q.para(f"You may appeal within 180 days of the date of this notice. Call {PH} (TTY {TTY}).", 9.8)
    t2 = truth("denial_letter", "experimental", insurer=INS, member_id=c["member"], member_name=c["name"],
               case_numbers=[cl], claim_amount="1980.00", service_dates=[c["dos"].isoformat()],
               denial_date=nd.isoformat(), provider="Gem State Anesthesia Group",
               appeal_deadline=plus(nd, 180).isoformat(), alternates={"provider": [an]},
               denial_alternates=["not_covered"])
    return [(out(p), t1), (out(q), t2)]


def documents(rng: random.Random) -> list[Item]:
    r = Rand(SEED + rng.randint(0, 1000))
    n = FAMILY + "_"
    pdf1, t1, c = doc_sentences(r)
    eob_pdf, eob_t, claim, sd = doc_eob(r, c)
    return [Item(n + "scan_sentence_denial", "scan_clean_300", [(pdf1, t1)]),
            Item(n + "fax_urologist_letter", "fax_fine_g4", [doc_uro_letter(r, c)]),
            Item(n + "bd_facility_estimate", "born_digital", [doc_estimate(r, c)]),
            Item(n + "copy_eob_table", "photocopy", [(eob_pdf, eob_t)]),
            Item(n + "rotated_upheld_appeal", "rotated", [doc_upheld(r, c)]),
            Item(n + "lowres_asc_claim_grid", "scan_lowres_150", [doc_asc_grid(r, c, claim, sd)]),
            Item(n + "photo_stack", "phone_photo", doc_stack(r, c), separators=["duplex", None],
                 turns={(1, 0): 180})]
