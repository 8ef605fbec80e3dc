"""An invented commercial plan denying or reducing co-surgeon (modifier 62) and assistant-at-surgery claims for an
anterior lumbar interbody fusion done by a spine surgeon with a vascular access surgeon: the operative note does
not show that each surgeon did a distinct part of the procedure, so the co-surgeon claim is denied; assistant
services by a physician assistant are not covered for staged debridements. With both surgeons' statements, an
EOB of stacked claim blocks, the provider notice, an upheld appeal and the co-surgeon's appeal letter. Every
plan, practice, person and number is invented.

Documents (8 in 7 files):
- bd_member_letter_inset_claim_box: claim denial letter to the member, the claim summary in an inset box inside
  the prose, the billed amount with a footnote mark; the primary surgeon's paid claim as a decoy.
- faxstd_provider_notice_grey_lines_two_page: notice to the co-surgeon's practice (its name wrapping over two
  lines), small type under a typed fax header line on each page, a grey shaded line table, a cluster of
  identifiers (claim number, DCN, the practice's own reference with a -01 suffix, the replaced claim), the DCN
  split at a hyphen over a line end, a continuation page repeating member and claim.
- scan300_eob_four_claim_blocks: EOB with "Claim 1 of 4" label blocks (facility, primary surgeon, co-surgeon,
  assistant), the third denied.
- photo_cosurgeon_statement_two_page: the co-surgeon practice's two-page statement to the patient (denies
  nothing), photographed.
- rotated_upheld_appeal_abbrev_labels: first-level appeal upholding the co-surgeon denial, fed sideways.
- lowres_assistant_at_surgery_three_dates: denial of a physician assistant's assistant-at-surgery claims for
  staged debridements on three dates named in one sentence, five provider roles.
- copy_stack_primary_statement_and_cosurgeon_appeal: the primary surgeon's statement (denies nothing), its
  duplex back, then the co-surgeon's appeal letter to the plan fed sideways (denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddg_famdge import dmy_upper
from kit_rounddh_famdhf import Sheet2, days_sentence
from public_kit import address, amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "co_surgeon_modifier_62_documentation_denial"
LANG = "en"
SEED = 351205
PLAN = "Brightwater Summit Health Plan"
SPINE = "Nathaniel Okafor-Reyes, MD"
SPINE_PR = "Cascade Ridge Spine Associates"
COSURG = "Ivana Petrakis, DO"
CO_PR = "Harrow Valley Vascular and Endovascular Surgery Associates"
PA = "Jordan Whitcomb, PA-C"
FAC = "Redstone Ridge Surgical Hospital"
CRNA = "Lionel Marchetti, CRNA"
REFER = "Teodora Banerjee, MD"
POLICY = "BSHP-RP-114 (Co-Surgeon, Team Surgeon and Assistant-at-Surgery)"


def _ids(rng):
    return {"mid": f"BWS{digits(rng, 3)}O{digits(rng, 5)}", "grp": f"G-{digits(rng, 4)}-{rng.choice('ABS')}8",
            "plan": f"BSHP-PPO-{digits(rng, 2)}"}


def claimno(rng):
    return f"BW26{digits(rng, 5)}S{digits(rng, 2)}0"


def _lh(p: Sheet2, rng, dept: str):
    p.f(15, "B")
    p.set_text_color(20, 60, 110)
    p.cell(0, 7, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.f(7.5)
    p.cell(0, 4, f"{dept}  |  PO Box {rng.randint(1000, 9999)}, Boise ID 837{rng.randint(10, 99)}  |  "
           f"1-866-555-{digits(rng, 4)}  TTY 711", new_x="LMARGIN", new_y="NEXT")
    y = p.get_y() + 1
    p.line_seg(p.l_margin, y, p.w - p.r_margin, y)
    p.ln(4)


def surgery_date(rng):
    return dt.date(2026, 2, 9) + dt.timedelta(days=rng.randint(0, 25))


def co_lines(rng):
    return [("22558-62", "Arthrodesis, anterior interbody, lumbar (co-surgeon)", amount(rng, 4200, 5200)),
            ("22853-62", "Insertion of interbody device (co-surgeon)", amount(rng, 900, 1400)),
            ("49010-62", "Exposure, retroperitoneal approach (co-surgeon)", amount(rng, 600, 1100))]


def bd_letter(rng):
    ids = _ids(rng)
    name, first, _, last = person(rng)
    dos = surgery_date(rng)
    nd = plus(dos, rng.randint(35, 50))
    cl, paid_cl = claimno(rng), claimno(rng)
    amt = round(sum(x[2] for x in co_lines(rng)), 2)
    p = Sheet2(serif=True, footer="Page {n} of {nb}")
    p.set_margins(22, 18, 22)
    p.add_page()
    _lh(p, rng, "Claims Department")
    p.line(fdate(nd, "long"), 10.5)
    p.ln(3)
    for ln in [name, *address(rng)]:
        p.line(ln, 10.5)
    p.ln(4)
    p.line(f"Member ID {ids['mid']}   Group {ids['grp']}", 9.5)
    p.ln(3)
    p.para(f"Dear {first} {last}:", 10.5)
    p.para(f"We processed the claim from {COSURG} for her part in your spine surgery at {FAC}. Your surgeon, "
           f"{SPINE}, and Dr. Petrakis each billed the fusion as co-surgeons (modifier 62). We paid Dr. "
           f"Okafor-Reyes's claim {paid_cl}. We did not pay Dr. Petrakis's claim summarized here:", 10.5)
    p.inset("Claim summary", [("Claim number", cl), ("Surgeon", COSURG), ("Date of surgery", fdate(dos, "abbr")),
                              ("Amount billed", money(amt) + "*"), ("Plan paid", "$0.00"), ("Code", "CS62")], w=86)
    p.para("Why we denied it: two surgeons may be paid as co-surgeons only when the operative report shows that "
           "each one performed a distinct part of the same procedure. The operative report names Dr. "
           "Petrakis only as \"assisting with exposure\" and does not describe a separate part of the procedure "
           "that she performed. Under our reimbursement policy " + POLICY + " the co-surgeon modifier is not "
           "supported, so the claim was denied.", 10.5)
    p.para("* The amount billed is the total of the three lines on the claim. Because this is a network "
           "surgeon, you do not owe the denied amount.", 8.5)
    p.para("Your right to appeal: you may appeal within 180 days of the date of this letter. An urgent appeal is "
           "decided within 72 hours. You may also ask for an external review after our final decision. Send your "
           "appeal and any records to Appeals, " + PLAN + ".", 10.5)
    p.para("Sincerely,\n\nClaims Department", 10.5)
    t = truth("denial_letter", "coding_error", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=name, cases=[cl], claim_amount=m2(amt), service_dates=[span(dos)],
              denial_date=nd.isoformat(), provider=COSURG, appeal_deadline=plus(nd, 180).isoformat(),
              denial_alternates=["medical_necessity"])
    return out(p), t


def faxstd_provider(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    dos = surgery_date(rng)
    nd = plus(dos, rng.randint(30, 45))
    cl = claimno(rng)
    dcn = f"DCN-{digits(rng, 5)}-{digits(rng, 6)}"
    ref = f"HVV{digits(rng, 6)}-01"
    old = claimno(rng)
    lines = co_lines(rng)
    amt = round(sum(x[2] for x in lines), 2)
    p = Sheet2(footer="Page {n} of {nb}")
    p.fax_hdr = (f"{dmy_upper(nd)} 08:{rng.randint(10, 59)}  BRIGHTWATER SUMMIT PROV SVCS  208-555-{digits(rng, 4)}"
                 f"  TO: HVVESA BILLING  208-555-{digits(rng, 4)}  PAGE {{n}} OF 2")
    p.run_hdr = f"Claim {cl}  -  Member {name}, ID {ids['mid']}  (continued)"
    p.set_margins(16, 14, 16)
    p.add_page()
    _lh(p, rng, "Provider Services - Claim Determination")
    y0 = p.get_y()
    p.f(8)
    p.multi_cell(80, 3.8, f"Billing office\nHarrow Valley Vascular and\nEndovascular Surgery Associates\n"
                 f"{address(rng)[0]}", new_x="LMARGIN", new_y="NEXT")
    p.right_block([("Notice date", fdate(nd, "slash")), ("Claim no.", cl), ("DCN", dcn),
                   ("Your reference", ref), ("Replaces claim", old), ("Plan", ids["plan"])], w=88, size=7.8, y=y0)
    p.ln(4)
    p.band("PATIENT AND SERVICE", 8)
    p.pairs([("Patient", name), ("Member ID", ids["mid"]), ("Group", ids["grp"]),
             ("Rendering (co-surgeon)", COSURG), ("Primary surgeon", SPINE), ("Referring", REFER),
             ("Facility", FAC), ("Date of service", fdate(dos, "long"))], label_w=42, size=7.8, h=4.2)
    p.ln(2)
    p.band("CLAIM LINES", 8)
    p.shaded_table(["Ln", "Code", "Description", "DOS", "Billed", "Allowed", "Paid", "Reason"],
                   [[str(i + 1), c, d, fdate(dos, "short"), money(v, "nosign"), "0.00", "0.00", "CS62"]
                    for i, (c, d, v) in enumerate(lines)] +
                   [["", "", "Claim total", "", money(amt, "nosign"), "0.00", "0.00", ""]],
                   [7, 18, 72, 16, 18, 16, 14, 17], size=7.4)
    p.para("CS62  Co-surgery (modifier 62) is not supported by the operative report. Both surgeons' operative "
           "notes must describe the distinct portion of the procedure each performed. The report submitted "
           "describes the vascular surgeon's work only as exposure assistance. This corrected claim was "
           "reviewed under document control number " + dcn[:10], 8, gap=0)
    p.para(dcn[10:] + " and keeps the denial of the claim it replaces.", 8)
    p.add_page()
    p.band("WHAT YOU MAY DO", 8)
    p.bullets(["Submit a corrected claim without modifier 62 if the service was assistance at surgery "
               "(modifier 80 or 82) - the assistant fee schedule then applies.",
               "Ask for a provider appeal within 90 days of the date of this notice, with both surgeons' "
               "operative notes.",
               "Corrected claims must be received within 365 days of the date of service (timely filing)."], 8)
    p.band("POLICY", 8)
    p.para(f"Reimbursement policy {POLICY}. The member may not be billed for the denied lines (network "
           "agreement, section 6.3).", 8)
    p.para(f"Provider Services 1-866-555-{digits(rng, 4)}; fax 208-555-{digits(rng, 4)}; NPI on file "
           f"{digits(rng, 10)}; TIN 82-{digits(rng, 7)}.", 8)
    t = truth("denial_letter", "coding_error", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"],
              member_id=ids["mid"], member_name=name, cases=[cl, dcn], claim_amount=m2(amt),
              service_dates=[span(dos)], denial_date=nd.isoformat(), provider=COSURG,
              appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"case_numbers": [[cl], [dcn]], "provider": [CO_PR]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def scan300_eob(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    sub = f"{person(rng)[1]} {last}"
    dos = surgery_date(rng)
    sd = plus(dos, rng.randint(30, 40))
    specs = [(FAC, "Inpatient surgical stay, 2 days", plus(dos, 1), amount(rng, 38000, 52000), "paid"),
             (SPINE, "22558-62, 22853, 20930 spine fusion", None, amount(rng, 7000, 9500), "paid"),
             (COSURG, "22558-62, 22853-62, 49010-62", None, amount(rng, 5800, 7600), "deny"),
             (PA, "22558-AS assistant at surgery", None, amount(rng, 900, 1500), "paid")]
    p = Sheet2(footer="Page {n} of {nb}", footer_left=f"{name}  |  ID {ids['mid']}")
    p.set_margins(16, 12, 16)
    p.add_page()
    _lh(p, rng, "Explanation of Benefits - THIS IS NOT A BILL")
    p.right_block([("Statement date", fdate(sd, "abbr")), ("Member", name), ("Member ID", ids["mid"]),
                   ("Group", ids["grp"]), ("Plan", ids["plan"])], w=96, size=8.5)
    p.line(f"Subscriber: {sub}   Claims processed {fdate(plus(sd, -30), 'slash')} - {fdate(sd, 'slash')}", 8)
    p.ln(3)
    deny = None
    for i, (prov, svc, end, billed, st) in enumerate(specs):
        cl = claimno(rng)
        if st == "paid":
            allowed = round(billed * 0.6, 2)
            paid = round(allowed * 0.8, 2)
            you = round(allowed - paid, 2)
            status = "Paid"
        else:
            allowed = paid = you = 0.0
            status = "Denied - remark CS62"
            deny = (cl, prov, billed)
        dates = f"{fdate(dos, 'slash')} - {fdate(end, 'slash')}" if end else fdate(dos, "slash")
        p.claim_block(f"Claim {i + 1} of 4", [("Claim number", cl), ("Provider", prov), ("Service", svc),
                      ("Date(s)", dates), ("Billed / allowed", f"{money(billed)} / {money(allowed)}"),
                      ("Plan paid / you owe", f"{money(paid)} / {money(you)}"), ("Status", status)],
                      size=8.3, label_w=36, status_bold=True)
    p.para("CS62  The co-surgeon modifier (62) is not supported: the operative report does not show that each "
           f"surgeon performed a distinct part of the procedure (policy {POLICY}). Network providers may not bill "
           "you for this amount.", 8.3)
    p.para(f"Plan-year deductible 01/01/2026 - 12/31/2026: $1,500 / met ${rng.randint(900, 1499)}. You may appeal "
           "a denied claim within 180 days of the date of this statement.", 8.3)
    cl, prov, billed = deny
    t = truth("eob", "coding_error", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"], member_id=ids["mid"],
              member_name=name, cases=[cl], claim_amount=m2(billed), service_dates=[span(dos)],
              denial_date=sd.isoformat(), provider=prov, appeal_deadline=plus(sd, 180).isoformat(),
              denial_alternates=["medical_necessity"])
    return out(p), t


def photo_co_statement(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    dos = surgery_date(rng)
    sd = plus(dos, rng.randint(50, 60))
    acct = f"A{digits(rng, 7)}"
    cl = claimno(rng)
    lines = co_lines(rng)
    tot = round(sum(x[2] for x in lines), 2)
    p = Sheet2(footer="Page {n} of {nb}")
    p.run_hdr = f"{name}  -  Account {acct}  -  Statement {fdate(sd, 'slash')}"
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(13, "B")
    p.multi_cell(110, 6, "Harrow Valley Vascular and\nEndovascular Surgery Associates", new_x="LMARGIN",
                 new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Billing office 208-555-{digits(rng, 4)}  |  Tax ID 82-{digits(rng, 7)}", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(3)
    p.boxed_pairs([("Statement date", fdate(sd, "long")), ("Patient", name), ("Account no.", acct),
                   ("Surgeon", COSURG), ("Insurance", f"{PLAN}  ID {ids['mid']}"), ("Insurance claim no.", cl),
                   ("Amount due now", "$0.00")], label_w=50, size=9)
    p.para(f"Dear {first}: your insurance plan denied Dr. Petrakis's claim for the surgery on "
           f"{fdate(dos, 'long')}. We have appealed. Because we are in your plan's network you do not owe these "
           "charges while the appeal is open. This statement is for your records.", 9.5)
    p.table(["Date", "Code", "Description", "Charge"], [[fdate(dos, "slash"), c, d, money(v, "nosign")]
                                                         for c, d, v in lines] +
            [["", "", "Total charges", money(tot, "nosign")], ["", "", "Insurance paid", "0.00"],
             ["", "", "Insurance pending (appeal)", money(tot, "nosign")]],
            [24, 22, 100, 30], size=9, aligns=["L", "L", "L", "R"], bold_last=True)
    p.add_page()
    p.line("Insurance activity", 11, "B")
    p.ln(1)
    p.bullets([f"{fdate(plus(dos, 6), 'slash')}  Claim sent to {PLAN}.",
               f"{fdate(plus(dos, 30), 'slash')}  Claim {cl} denied (co-surgeon modifier not supported).",
               f"{fdate(plus(dos, 41), 'slash')}  Appeal sent with both surgeons' operative notes.",
               f"{fdate(sd, 'slash')}  Statement printed; balance held."], 9.5)
    p.para("Questions about this statement: call our billing office Monday to Friday, 8 a.m. to 4:30 p.m. "
           "We accept payment plans and offer financial assistance.", 9.5)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=name, cases=[cl],
              claim_amount=m2(tot), service_dates=[span(dos)], denial_date=sd.isoformat(), provider=COSURG,
              alternates={"provider": [CO_PR]}, unscored=["insurer"])
    return out(p), t


def rotated_appeal(rng):
    ids = _ids(rng)
    name = person(rng)[0]
    dos = surgery_date(rng)
    od = plus(dos, rng.randint(30, 40))
    nd = plus(od, rng.randint(40, 55))
    cl = claimno(rng)
    appeal = f"APL-5{digits(rng, 2)}-{rng.choice('OIB')}{digits(rng, 4)}"
    amt = round(sum(x[2] for x in co_lines(rng)), 2)
    p = Sheet2(serif=True, footer="{n}/{nb}")
    p.set_margins(28, 20, 22)
    p.add_page()
    _lh(p, rng, "Appeals and Grievances")
    p.pairs([("Date", fdate(nd, "iso")), ("Mbr", name), ("Mbr #", ids["mid"]), ("Grp", ids["grp"]),
             ("Appeal #", appeal), ("Clm #", cl), ("DOS", fdate(dos, "dmy")), ("Billed", money(amt, "usd")),
             ("Orig. decision", fdate(od, "abbr"))], label_w=34, size=9.5, h=5)
    p.ln(4)
    p.para(f"Dear {name}:", 10)
    p.para(f"You asked us to review our denial of the co-surgeon claim from {COSURG} for your lumbar fusion. A "
           "board-certified orthopedic spine surgeon who took no part in the first decision reviewed both "
           f"operative reports, the letter from {SPINE} and our policy {POLICY}.", 10)
    p.para("Decision: we upheld the denial. The operative reports describe one surgeon performing the discectomy, "
           "the endplate preparation and the device placement, and the vascular surgeon retracting the great "
           "vessels. Retraction is assistance at surgery, not a distinct part of the procedure, so co-surgery "
           "(modifier 62) is not supported. A corrected claim for assistance at surgery may be paid.", 10)
    p.para("You may ask for a second-level appeal within 60 days of the date of this letter. You may also ask an "
           "independent review organization for an external review within 4 months after you receive this "
           f"letter. Call 1-866-555-{digits(rng, 4)} (TTY 711).", 10)
    t = truth("denial_letter", "coding_error", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=name, cases=[appeal, cl], claim_amount=m2(amt), service_dates=[span(dos)],
              denial_date=nd.isoformat(), provider=COSURG, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"case_numbers": [[appeal]]}, denial_alternates=["medical_necessity"])
    return out(p), t


def lowres_assistant(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    d1 = dt.date(2026, 3, rng.randint(2, 5))
    ds = [d1, plus(d1, 7), plus(d1, 14)]
    nd = plus(ds[-1], rng.randint(25, 35))
    cl = claimno(rng)
    amt = amount(rng, 1200, 2100)
    p = Sheet2(footer="Page {n} of {nb}", footer_left="BSHP-CLM-AAS-2")
    p.set_margins(20, 16, 20)
    p.add_page()
    _lh(p, rng, "Claims Department")
    p.line(f"Claim decision  -  {fdate(nd, 'dash')}", 11, "B")
    p.ln(2)
    p.pairs([("Member", name), ("Member ID", ids["mid"]), ("Group", ids["grp"]), ("Claim number", cl),
             ("Billed by", SPINE_PR), ("Rendering (assistant)", PA), ("Supervising surgeon", SPINE),
             ("Referring", REFER), ("Facility", FAC), ("Anesthesia", CRNA), ("Total billed", money(amt)),
             ("Dates of service", ", ".join(fdate(d, "slash") for d in ds))],
            label_w=48, size=9.5, h=5)
    p.ln(3)
    p.para(f"Dear {first} {last}:", 10)
    p.para(f"{PA} billed for assisting at surgery during the staged wound debridements that {SPINE} performed at "
           f"{FAC} on {days_sentence(ds)} (codes 11043-AS and 97606-AS). We did not pay these charges.", 10)
    p.para("Our assistant-at-surgery policy lists the procedures for which the plan pays an assistant. Excisional "
           "debridement and negative pressure wound therapy are not on that list, so assistant services for them "
           "are not a covered benefit. The surgeon's own charges for the debridements were paid under claim "
           f"{claimno(rng)}.", 10)
    p.para("You may appeal within 180 days of the date of this notice. If you need a fast decision because your "
           "health is at risk, we decide urgent appeals within 72 hours. Network providers may not bill you for "
           f"the denied amount. Questions: 1-866-555-{digits(rng, 4)}, TTY 711.", 10)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=name, cases=[cl], claim_amount=m2(amt), service_dates=[span(d) for d in ds],
              denial_date=nd.isoformat(), provider=PA, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"provider": [SPINE_PR]}, denial_alternates=["coding_error"])
    return out(p), t


def stack_docs(rng):
    ids = _ids(rng)
    name, first, mi, last = person(rng)
    dos = surgery_date(rng)
    sd = plus(dos, rng.randint(40, 55))
    acct = f"CRS-{digits(rng, 6)}"
    cl = claimno(rng)
    lines = [("22558", "Anterior lumbar interbody fusion L5-S1", amount(rng, 5200, 6400)),
             ("22853", "Interbody device insertion", amount(rng, 1100, 1600)),
             ("20930", "Allograft, morselized", amount(rng, 300, 520))]
    tot = round(sum(x[2] for x in lines), 2)
    paid = round(tot * 0.55, 2)
    q = Sheet2(footer=None)
    q.set_margins(18, 16, 18)
    q.add_page()
    q.f(14, "B")
    q.cell(0, 7, SPINE_PR, new_x="LMARGIN", new_y="NEXT")
    q.f(8)
    q.cell(0, 4, f"Billing 208-555-{digits(rng, 4)}  |  NPI {digits(rng, 10)}", new_x="LMARGIN", new_y="NEXT")
    q.ln(4)
    q.line("STATEMENT", 12, "B")
    q.pairs([("Date", fdate(sd, "slash")), ("Patient", name), ("Account", acct), ("Surgeon", SPINE),
             ("Insurance", PLAN), ("Member ID", ids["mid"]), ("Claim", cl)], label_w=30, size=9.5, h=5)
    q.ln(3)
    q.table(["Date of service", "Code", "Description", "Charge"],
            [[fdate(dos, "slash"), c, d, money(v, "nosign")] for c, d, v in lines] +
            [["", "", "Total charges", money(tot, "nosign")], ["", "", f"{PLAN} paid", money(paid, "nosign")],
             ["", "", "Contractual adjustment", money(round(tot - paid - 250, 2), "nosign")],
             ["", "", "YOUR BALANCE (coinsurance)", money(250.00)]],
            [30, 20, 100, 30], size=9, aligns=["L", "L", "L", "R"], bold_last=True)
    q.para("The co-surgeon's charges are billed separately by her practice. Please pay within 30 days.", 9)
    doc1 = (out(q), truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=name, cases=[cl],
                          claim_amount=m2(tot), service_dates=[span(dos)], denial_date=sd.isoformat(),
                          provider=SPINE, alternates={"provider": [SPINE_PR]}, unscored=["insurer"]))
    ld = plus(sd, rng.randint(3, 10))
    ccl = claimno(rng)
    p = Sheet2(footer=None)
    p.set_margins(22, 18, 22)
    p.add_page()
    p.f(12, "B")
    p.multi_cell(120, 5.5, "Harrow Valley Vascular and\nEndovascular Surgery Associates", new_x="LMARGIN",
                 new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Phone 208-555-{digits(rng, 4)}  |  Fax 208-555-{digits(rng, 4)}", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(5)
    p.line(fdate(ld, "long"), 10)
    p.ln(3)
    p.line(f"{PLAN}, Provider Appeals", 10)
    p.ln(3)
    p.re_block([f"Appeal of claim {ccl}", f"Patient {name}, member ID {ids['mid']}",
                f"Date of surgery {fdate(dos, 'slash')}"])
    p.para(f"I performed the retroperitoneal exposure for this anterior lumbar fusion with {SPINE}. My part of "
           "the procedure was distinct: I mobilized and protected the left common iliac vein and the iliolumbar "
           "vein, repaired a venotomy, and closed the approach. The enclosed operative note, dictated separately "
           "from Dr. Okafor-Reyes's, describes these steps.", 10)
    p.para("Both surgeons billed with modifier 62 as the policy requires. Please reprocess the claim.", 10)
    p.para(f"Sincerely,\n\n{COSURG}\nVascular surgery", 10)
    doc2 = (out(p), truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=name, cases=[ccl],
                          service_dates=[span(dos)], denial_date=ld.isoformat(), provider=COSURG,
                          alternates={"insurer": [None], "provider": [CO_PR]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_member_letter_inset_claim_box", "born_digital", [bd_letter(rng)]),
        Item(F + "faxstd_provider_notice_grey_lines_two_page", "fax_standard_g4", [faxstd_provider(rng)]),
        Item(F + "scan300_eob_four_claim_blocks", "scan_clean_300", [scan300_eob(rng)]),
        Item(F + "photo_cosurgeon_statement_two_page", "phone_photo", [photo_co_statement(rng)]),
        Item(F + "rotated_upheld_appeal_abbrev_labels", "rotated", [rotated_appeal(rng)]),
        Item(F + "lowres_assistant_at_surgery_three_dates", "scan_lowres_150", [lowres_assistant(rng)]),
        Item(F + "copy_stack_primary_statement_and_cosurgeon_appeal", "photocopy", stack_docs(rng),
             separators=["duplex", None], turns={(1, 0): 90}),
    ]
