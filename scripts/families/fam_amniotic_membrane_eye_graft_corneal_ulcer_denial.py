"""Invented commercial plan refusing a self-retaining amniotic membrane eye graft for a non-healing corneal ulcer.

Bellhaven Health Assurance (invented) treats the placement of a self-retaining cryopreserved amniotic membrane
ring on the cornea (CPT 65778 with the membrane billed as V2790) as not medically necessary / unproven unless
conventional treatment (antibiotic or antiviral drops, lubrication, a bandage contact lens) failed for at least
7 days (its medical policy BHA-MP-OPH-212). A cornea specialist writes to the plan, the practice sends a
statement, an EOB denies the graft line, and the appeal is overturned. Every person, plan, practice, number,
phone and address is fictional.

Documents (8 in 7 files):
  pa_form_boxes        prior authorization determination on a form of numbered boxes, caption at the top of each
                       box (born digital)
  surgeon_letter_prose the cornea specialist's letter to the plan, facts only in sentences (clean scan, denies
                       nothing)
  eob_table            EOB with a claims table whose headings wrap (Date(s) / of service ...), four providers,
                       a totals row, the graft row denied with a remark code explained below (photocopy)
  practice_statement   the practice's statement to the patient after the denial (150 dpi, denies nothing)
  appeal_overturned    appeal decision overturning the denial, claim to be reprocessed (fed sideways)
  claim_denial_ids     post-service claim denial with abbreviated labels (Mbr #, Grp, Ref No., ICN) and IDs in
                       spaced / dashed shapes (phone photo)
  stack                fax cover + retrospective review denial to the surgeon under a fax header line, then
                       the plan's appeal acknowledgement turned 90 degrees and its duplex back (fax, fine)
"""

from __future__ import annotations

import datetime as dt
import random

from fpdf import FPDF

from capture import Item
from kit_rounddg_famdgf import (d_abbr, d_abbr_nc, d_dash2, d_dash4, d_iso, d_long, d_nopad, d_nth, d_slash, d_upper,
                                fax_line, hrule, m_bare, m_neg, m_plain, m_usd, m_whole, numbered_boxes, panel,
                                spaced)
from public_kit import Page, m2, out, plus, truth

FAMILY = "amniotic_membrane_eye_graft_corneal_ulcer_denial"
LANG = "en"
SEED = 351005

PLAN = "Bellhaven Health Assurance"
PLAN_ADDR = "Bellhaven Health Assurance, Appeals Department, 2700 Crestline Parkway, Suite 400, Toledo, OH 43615"
PHONE, TTY, FAX = "1-877-555-0126", "TTY 1-877-555-0127", "419-555-0138"
DOCS = [("Priya N. Castellanos, MD", "Northshore Cornea & External Disease Associates"),
        ("Benedikt R. Aalto, MD", "Maumee River Eye Institute"),
        ("Hollis J. Ferreira-Quist, MD", "Lakeview Ophthalmology Partners")]
PEOPLE = [("Margery", "Tillotson"), ("Desmond", "Achebe-Lowry"), ("Frieda", "Kasprzak"), ("Lyle", "Oberholtzer"),
          ("Annika", "Sorensen"), ("Bartholomew", "Nakagawa"), ("Corinne", "Whitlatch"), ("Emil", "Radovanovic")]
POLICY = "BHA-MP-OPH-212"


def member(rng):
    first, last = rng.choice(PEOPLE)
    mi = rng.choice("ABCDEFGHJKLMNPRSTVW")
    doc, prac = rng.choice(DOCS)
    raw = f"BH{rng.randint(10, 99)}{rng.randint(1000000, 9999999)}"
    return dict(name=f"{first} {mi}. {last}", first=first, last=last, raw=raw,
                grp=f"G-{rng.randint(40000, 49999)}", plan_id=rng.choice(["BHA Choice PPO 2000", "BHA Select HMO 35"]),
                doc=doc, prac=prac, npi=f"1{rng.randint(100000000, 999999999)}",
                dob=dt.date(rng.randint(1950, 1990), rng.randint(1, 12), rng.randint(1, 28)),
                sub=f"{rng.choice(['Raymond', 'Gloria', 'Anton', 'Beverly'])} {rng.choice('BCDKMT')}. {last}")


def cents(rng, lo, hi):
    return round(rng.randint(lo, hi) + rng.choice([0.0, 0.5, 0.25, rng.randint(1, 99) / 100]), 2)


def letterhead(p, line2="Member Services " + PHONE + "  *  " + TTY):
    """Serif wordmark, right-aligned contact lines, a double rule."""
    y = p.get_y()
    p.f(20, "B")
    p.cell(90, 9, "Bellhaven")
    p.f(7.5)
    p.set_xy(p.w - p.r_margin - 80, y + 1)
    p.multi_cell(80, 3.6, "Health Assurance\n2700 Crestline Parkway, Toledo, OH 43615\n" + line2, align="R",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    hrule(p, 0.9, 0.8)
    hrule(p, 0.3, 5)


# ---- 1. form with numbered boxes ---------------------------------------------------------------------------

def pa_form_boxes(rng):
    m = member(rng)
    nd = dt.date(2026, 1, rng.randint(6, 28))
    planned = plus(nd, rng.randint(3, 9))
    rn = f"PA{nd.strftime('%y')}-{rng.randint(100000, 999999)}"
    rec = plus(nd, -rng.randint(1, 3))
    p = Page(serif=True, footer="BHA-UM-F17 (rev. 10/2025)   Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    letterhead(p)
    p.line("PRIOR AUTHORIZATION DETERMINATION  -  OUTPATIENT PROCEDURE", 11.5, "B", align="C")
    p.line("Copy to member and requesting physician", 8, align="C")
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    numbered_boxes(p, [(1, "Patient name", m["name"], W * 0.38), (2, "Policy / member number",
                        spaced(m["raw"], (4, 4, 3)), W * 0.34), (3, "Group no.", m["grp"], W * 0.28)])
    numbered_boxes(p, [(4, "Patient date of birth", d_slash(m["dob"]), W * 0.24),
                       (5, "Subscriber (if not patient)", m["sub"], W * 0.38),
                       (6, "Plan", m["plan_id"], W * 0.38)])
    numbered_boxes(p, [(7, "Date(s) of service", d_slash(planned), W * 0.24),
                       (8, "Requesting physician", m["doc"], W * 0.38), (9, "Physician NPI", m["npi"], W * 0.38)])
    numbered_boxes(p, [(10, "Procedure code(s)", "65778 / V2790", W * 0.24),
                       (11, "Diagnosis", "H16.011 central corneal ulcer, right eye", W * 0.46),
                       (12, "Request received", d_dash2(rec), W * 0.30)])
    numbered_boxes(p, [(13, "Authorization / reference #", rn, W * 0.34), (14, "Determination", "DENIED",
                        W * 0.24), (15, "Determination date", d_abbr(nd), W * 0.42)])
    p.ln(4)
    p.line("16. Reason for determination", 9.5, "B")
    p.para("The request is for placement of a self-retaining amniotic membrane ring on the right cornea. Medical "
           f"policy {POLICY} considers this procedure medically necessary only when a corneal ulcer has not healed "
           "after at least 7 days of conventional treatment (topical antimicrobials, preservative-free "
           "lubrication and a bandage contact lens or patching). The records show treatment began 3 days before "
           "the request. The procedure is therefore not medically necessary at this time; for other uses the "
           "policy considers it unproven.", 9.5)
    p.line("17. Your appeal rights", 9.5, "B")
    p.para("You or your physician may appeal within 180 days of the date of this determination. Send the appeal "
           f"to {PLAN_ADDR} or fax {FAX}. If waiting could seriously harm your sight, ask for an expedited appeal; "
           "we decide those within 72 hours. Your physician may ask for a peer-to-peer discussion within 5 "
           "business days. You may have the right to an external review after our final decision.", 9.5)
    p.para(f"Reviewer: board-certified ophthalmologist, reviewer ID OPH-{rng.randint(100, 999)}.  Plan year "
           "01/01/2026 - 12/31/2026.", 8)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, plan_id=m["plan_id"], group=m["grp"],
              member_id=m["raw"], member_name=m["name"], cases=[rn], service_dates=[d_iso(planned)],
              denial_date=d_iso(nd), provider=m["doc"], appeal_deadline=d_iso(plus(nd, 180)),
              denial_alternates=["experimental"], alternates={"service_dates": [[]]})
    return out(p), t


# ---- 2. surgeon's letter, facts only in sentences ---------------------------------------------------------

def surgeon_letter_prose(rng):
    m = member(rng)
    ld = dt.date(2026, 3, rng.randint(2, 26))
    s0 = plus(ld, -rng.randint(25, 35))
    s1 = plus(s0, 7)
    rn = f"PA26-{rng.randint(100000, 999999)}"
    dd = plus(s0, -2)
    amt = cents(rng, 2400, 3600)
    p = Page(serif=False, footer=None)
    p.set_margins(25, 20, 25)
    p.add_page()
    p.f(12, "B")
    p.cell(0, 6, m["prac"], align="C", new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, "Cornea, External Disease and Refractive Surgery  |  915 Summit St, Toledo, OH 43604  |  "
                 "419-555-0152", align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(8)
    p.line(d_long(ld), 10.5)
    p.ln(3)
    for ln in ["Appeals Department", PLAN, "2700 Crestline Parkway, Suite 400", "Toledo, OH 43615"]:
        p.line(ln, 10.5)
    p.ln(5)
    p.para("Dear Medical Director,", 10.5)
    p.para(f"I am writing about my patient {m['name']}, born {d_nth(m['dob'])}, who is covered by your plan "
           f"under member number {m['raw']}. Your letter dated {d_long(dd)} denied our request, reference {rn}, "
           "for a self-retaining amniotic membrane graft of the right eye.", 10.5)
    p.para(f"I placed the graft on {d_long(s0)} and removed it at the follow-up visit on {d_long(s1)}. By then the "
           "patient had used fortified antibiotic drops every hour for nine days, with a bandage contact lens, and "
           "the epithelial defect had grown from 2.1 to 3.4 millimeters with stromal thinning. Your policy asks "
           "for seven days of failed conventional treatment, and the chart I enclose shows that this was met "
           "before the graft was placed, not three days as your reviewer wrote.", 10.5)
    p.para(f"Our office billed {m_plain(amt)} for the procedure and the membrane. Eight days after the graft the "
           "defect had closed and the cornea had not perforated, which would otherwise have needed a corneal "
           "transplant. I ask that you reverse the denial and pay the claim. The patient's spouse, "
           f"{m['sub']}, who is the subscriber, joins in this appeal.", 10.5)
    p.para(f"Sincerely,\n\n\n{m['doc']}\nNPI {m['npi']}", 10.5)
    t = truth("other", None, insurer=PLAN, member_id=m["raw"], member_name=m["name"], cases=[rn],
              claim_amount=m2(amt), service_dates=[d_iso(s0), d_iso(s1)], denial_date=d_iso(ld), provider=m["doc"],
              unscored=["appeal_deadline"],
              alternates={"insurer": [None], "service_dates": [[d_iso(s0)]], "provider": [m["prac"]],
                          "claim_amount": [None]})
    return out(p), t


# ---- 3. EOB with two-line column headings ---------------------------------------------------------------

def eob_table(rng):
    m = member(rng)
    nd = dt.date(2026, 2, rng.randint(3, 26))
    sd = plus(nd, -rng.randint(18, 30))
    rows_spec = [
        ("office", m["prac"], "Office visit 99214", cents(rng, 180, 260)),
        ("lab", "Great Lakes Ref. Laboratory", "Corneal culture 87070", cents(rng, 90, 160)),
        ("graft", m["prac"], "AM placement 65778", cents(rng, 1200, 1700)),
        ("membrane", m["prac"], "AM tissue V2790", cents(rng, 900, 1500)),
        ("rx", "Harbor Compounding Rx", "Fortified vanco drops", cents(rng, 110, 190)),
    ]
    claims = {}
    rows = []
    tot = [0.0] * 4
    den_claim = f"{rng.randint(26000, 26999)}{rng.randint(1000000, 9999999)}"
    for kind, prov, svc, b in rows_spec:
        if kind in ("graft", "membrane"):
            cn = den_claim
            disc, paid, share, code = 0.0, 0.0, 0.0, "M47"
        else:
            cn = claims.setdefault(kind, f"{rng.randint(26000, 26999)}{rng.randint(1000000, 9999999)}")
            disc = round(b * 0.32, 2)
            share = 30.0 if kind == "office" else round((b - disc) * 0.2, 2)
            paid = round(b - disc - share, 2)
            code = "PD"
        d = sd if kind != "rx" else plus(sd, 1)
        rows.append([d_slash(d), prov[:27].rstrip() + ("." if len(prov) > 27 else ""), svc, cn, f"{b:,.2f}", f"{disc:,.2f}", f"{paid:,.2f}", f"{share:,.2f}",
                     code])
        for i, v in enumerate((b, disc, paid, share)):
            tot[i] += v
    den_amt = round(rows_spec[2][3] + rows_spec[3][3], 2)
    p = Page(serif=True, footer=f"{m['name']}   ID {m['raw']}" + "   Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page()
    letterhead(p)
    p.f(14, "B")
    p.cell(120, 7, "EXPLANATION OF BENEFITS")
    p.f(8.5)
    p.cell(0, 7, "THIS IS NOT A BILL", align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.pairs([("Statement date", d_slash(nd)), ("Patient", m["name"]), ("Member ID", m["raw"]),
             ("Subscriber", m["sub"]), ("Group", m["grp"]), ("Plan", m["plan_id"]),
             ("Claims processed", f"{d_dash2(plus(nd, -30))} to {d_dash2(plus(nd, -1))}")],
            label_w=34, size=8.5, h=4.4)
    p.ln(3)
    widths = [18, 42, 30, 26, 16, 16, 15, 14, 14]
    head = ["Date(s)\nof service", "Provider", "Service", "Claim\nnumber", "Amount\nbilled", "Plan\ndiscount",
            "Plan\npaid", "Your\nshare", "Remark\ncode"]
    flat = [[r[0], r[1].strip(), *r[2:]] for r in rows]
    flat.append(["", "", "TOTALS", "", f"{tot[0]:,.2f}", f"{tot[1]:,.2f}", f"{tot[2]:,.2f}", f"{tot[3]:,.2f}", ""])
    p.table(head, flat, widths, size=6.8, row_h=5.2, aligns=["L", "L", "L", "L", "R", "R", "R", "R", "C"],
            bold_last=True)
    p.f(8.5, "B")
    p.cell(0, 5, "Remark codes", new_x="LMARGIN", new_y="NEXT")
    p.para(f"PD  Processed at the in-network benefit.  M47  Denied (claim {den_claim}, {m['prac']}, billed {den_amt:,.2f} in all): placement of a self-retaining amniotic "
           f"membrane (65778, V2790) is not medically necessary unless conventional treatment has failed for 7 days "
           f"(medical policy {POLICY}); the plan considers other uses unproven. The provider may not bill you more "
           "than your share unless you agreed in writing.", 8)
    p.para(f"Plan year 2026 deductible: {m_whole(1500)} (met {m_whole(1500)}). Out-of-pocket maximum: "
           f"{m_whole(5000)} (met {m_whole(1862)}). You may appeal a denial within 180 days of the date of this "
           f"statement: {PLAN_ADDR}. Questions: {PHONE}, {TTY}.", 8)
    t = truth("eob", "medical_necessity", insurer=PLAN, plan_id=m["plan_id"], group=m["grp"], member_id=m["raw"],
              member_name=m["name"], cases=[den_claim], claim_amount=m2(den_amt), service_dates=[d_iso(sd)],
              denial_date=d_iso(nd), provider=m["prac"], appeal_deadline=d_iso(plus(nd, 180)),
              denial_alternates=["experimental"], alternates={"claim_amount": [m2(rows_spec[2][3])]})
    return out(p), t


# ---- 4. practice statement -----------------------------------------------------------------------------------

def practice_statement(rng):
    m = member(rng)
    sd = dt.date(2026, 3, rng.randint(2, 26))
    v0 = plus(sd, -rng.randint(50, 60))
    g = plus(v0, 3)
    acct = f"{rng.randint(300000, 399999)}"
    lines = [(v0, "99204", "New patient visit, comprehensive", cents(rng, 260, 340)),
             (v0, "87070", "Corneal culture (sent out)", cents(rng, 40, 70)),
             (g, "65778", "Amniotic membrane placement, sutureless, OD", cents(rng, 1200, 1700)),
             (g, "V2790", "Amniotic membrane tissue", cents(rng, 900, 1500)),
             (plus(g, 7), "99024", "Post-op visit, membrane removal", 0.0)]
    total = round(sum(x[3] for x in lines), 2)
    ins_paid = round((lines[0][3] + lines[1][3]) * 0.55, 2)
    adj = round((lines[0][3] + lines[1][3]) * 0.30, 2)
    bal = round(total - ins_paid - adj, 2)
    p = Page(serif=False, footer=None)
    p.set_margins(16, 14, 16)
    p.add_page()
    p.f(13, "B")
    p.cell(120, 6, m["prac"])
    p.f(10, "B")
    p.cell(0, 6, "STATEMENT", align="R", new_x="LMARGIN", new_y="NEXT")
    p.f(7.5)
    p.cell(0, 4, f"915 Summit St, Toledo, OH 43604  -  Billing 419-555-0153  -  Tax ID 34-{rng.randint(1000000, 9999999)}"
                 f"  -  NPI {m['npi']}", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    y0 = p.get_y()
    p.pairs([("Statement date", d_abbr(sd)), ("Account", acct), ("Patient", m["name"]),
             ("Responsible party", m["sub"]), ("Insurance", f"Bellhaven  #{spaced(m['raw'], (2, 3, 4))}")],
            label_w=36, size=9, h=4.8)
    panel(p, p.w - p.r_margin - 58, y0, 58, "Amount due", [f"*{m_plain(bal)}", f"Due by {d_dash4(plus(sd, 30))}",
                                                             "Pay online: northshore-eye.example/pay"], size=8.5)
    p.set_y(max(p.get_y(), y0 + 27) + 4)
    rows = [[d_slash(d), c, s, f"{a:,.2f}"] for d, c, s, a in lines]
    rows += [[d_slash(plus(v0, 28)), "", "Bellhaven payment (visit, culture)", m_neg(ins_paid)],
             [d_slash(plus(v0, 28)), "", "Contractual adjustment", m_neg(adj)],
             [d_slash(plus(g, 30)), "", "Bellhaven: 65778 / V2790 denied (M47)", "0.00"],
             ["", "", "Total charges", f"{total:,.2f}"]]
    p.table(["Date", "Code", "Description", "Amount"], rows, [28, 20, 100, 34], size=8.5,
            aligns=["L", "L", "L", "R"], bold_last=True)
    p.para("Your insurance denied the amniotic membrane graft. Dr. "
           f"{m['doc'].split(',')[0].split()[-1]} has appealed and we will hold this balance for 60 days while the "
           "appeal is decided. If the plan pays, we will adjust your account. Questions about this bill: "
           "419-555-0153, Monday to Friday.", 9)
    t = truth("other", None, insurer=None, member_id=m["raw"], member_name=m["name"], claim_amount=m2(total),
              service_dates=[d_iso(v0), d_iso(g)], denial_date=d_iso(sd), provider=m["prac"],
              unscored=["insurer"],
              alternates={"claim_amount": [m2(bal)], "service_dates": [[d_iso(g)], [d_iso(v0), d_iso(g),
                                                                                    d_iso(plus(g, 7))]]})
    return out(p), t


# ---- 5. overturned appeal ----------------------------------------------------------------------------------

def appeal_overturned(rng):
    m = member(rng)
    nd = dt.date(2026, 4, rng.randint(2, 24))
    apn = f"APL-{rng.randint(2600000, 2699999)}"
    cn = f"{rng.randint(26000, 26999)}{rng.randint(1000000, 9999999)}"
    sd = plus(nd, -rng.randint(60, 80))
    billed = cents(rng, 2200, 3300)
    p = Page(serif=True, footer=None)
    p.set_margins(22, 18, 22)
    p.add_page()
    letterhead(p)
    p.line(f"Date: {d_upper(nd)}", 10)
    p.ln(3)
    for ln in [m["name"], "c/o " + m["sub"], "4127 Secor Rd", "Toledo, OH 43623"]:
        p.line(ln, 10)
    p.ln(5)
    p.line("Appeal Decision - Denial Overturned", 12.5, "B")
    p.ln(2)
    p.boxed_pairs([("Appeal number", apn), ("Claim number", cn), ("Member", m["name"]), ("Member ID", m["raw"]),
                   ("Group", m["grp"]), ("Treating physician", m["doc"]), ("Date of service", d_nopad(sd)),
                   ("Amount billed", m_usd(billed)), ("Appeal received", d_abbr_nc(plus(nd, -rng.randint(15, 25))))],
                  label_w=52, size=9.5)
    p.para(f"Dear {m['first']} {m['last']}:", 10)
    p.para("An ophthalmologist who was not involved in the first decision reviewed the appeal from your "
           "physician and your records. The records show that your corneal ulcer did not heal after more than 7 "
           f"days of conventional treatment, which meets medical policy {POLICY}.", 10)
    p.para("**We have overturned our denial.** We will reprocess the claim for the amniotic membrane graft and "
           "pay it at your in-network benefit. You will receive a new Explanation of Benefits. You owe only your "
           "usual deductible and coinsurance.", 10)
    p.para(f"Questions: {PHONE}, {TTY}. Form BHA-AP-OT-3.", 8.5)
    t = truth("other", None, insurer=PLAN, group=m["grp"], member_id=m["raw"], member_name=m["name"],
              cases=[apn, cn], claim_amount=m2(billed), service_dates=[d_iso(sd)], denial_date=d_iso(nd),
              provider=m["doc"], alternates={"case_numbers": [[apn]], "claim_amount": [None]})
    return out(p), t


# ---- 6. claim denial with abbreviated labels and odd ID shapes -------------------------------------------

def claim_denial_ids(rng):
    m = member(rng)
    nd = dt.date(2026, 3, rng.randint(3, 27))
    sd = plus(nd, -rng.randint(20, 34))
    ref_no = f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}"
    icn = f"{rng.randint(26000, 26999)}{rng.randint(1000000, 9999999)}"
    billed = cents(rng, 2300, 3400)
    rx = f"RX{rng.randint(4000000, 4999999)}"
    prev = f"PA26-{rng.randint(100000, 999999)}"
    p = Page(serif=False, footer=None)
    p.set_margins(16, 14, 16)
    p.add_page()
    letterhead(p, "Claims " + PHONE + "  *  Fax " + FAX)
    p.f(9)
    p.cell(0, 5, d_slash(nd), align="R", new_x="LMARGIN", new_y="NEXT")
    for ln in [m["name"], "2209 Talmadge Rd", "Toledo, OH 43606"]:
        p.line(ln, 10)
    p.ln(4)
    p.set_fill_color(235, 235, 235)
    p.f(8.5)
    p.multi_cell(0, 4.8, f" Mbr # {spaced(m['raw'], (4, 4, 3))}    Grp {m['grp']}    Ref No. {ref_no}    "
                         f"Plan {m['plan_id']}\n Pt DOB {d_dash2(m['dob'])}    Rendering NPI {m['npi']}    "
                         f"Prior auth # {prev} (denied)", fill=True, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.line("We did not pay this claim", 12, "B")
    p.ln(1)
    p.para(f"We received a claim from {m['prac']} for a sutureless amniotic membrane graft (65778, V2790) placed "
           f"on {d_abbr(sd)} by {m['doc']}. The amount billed was {m_plain(billed)}. We processed the claim under "
           f"claim number (ICN) {icn[:6]}\n{icn[6:]} and denied it.", 10)
    p.para("Why: your plan covers treatments that are proven safe and effective. Our medical policy "
           f"{POLICY} finds that a self-retaining amniotic membrane is unproven for a corneal ulcer that has not "
           "first failed at least 7 days of standard treatment, so it is considered investigational for you. "
           "Your prescription for fortified drops (" + rx + ") was paid under your pharmacy benefit.", 10)
    p.para("Appeal: you may appeal within 180 days of the date of this letter. Include the Ref No. above. Mail "
           f"to {PLAN_ADDR}, or fax {FAX}. You may also ask for the clinical criteria used, free of charge. "
           "Member Services " + PHONE + ", " + TTY + ".", 10)
    p.para(f"Claim ICN, for your records: {icn}. Claim received {d_dash2(plus(sd, 3))}. Form BHA-CD-9.", 8.5)
    t = truth("denial_letter", "experimental", insurer=PLAN, plan_id=m["plan_id"], group=m["grp"],
              member_id=m["raw"], member_name=m["name"], cases=[ref_no, icn], claim_amount=m2(billed),
              service_dates=[d_iso(sd)], denial_date=d_iso(nd), provider=m["prac"],
              appeal_deadline=d_iso(plus(nd, 180)), denial_alternates=["medical_necessity"],
              alternates={"provider": [m["doc"]], "case_numbers": [[icn], [ref_no], [ref_no, icn, prev]]})
    return out(p), t


# ---- 7. stack: retrospective denial to the surgeon + appeal acknowledgement ------------------------------

def retro_denial(rng):
    m = member(rng)
    nd = dt.date(2026, 2, rng.randint(2, 25))
    sd = plus(nd, -rng.randint(10, 20))
    rev = f"RR-{rng.randint(260000, 269999)}"
    p = Page(serif=True, footer=None)
    p.set_margins(20, 16, 20)
    p.add_page()
    fax_line(p, f"{d_abbr_nc(nd)} 16:05   BELLHAVEN UM   419 555 0138   >>>   419 555 0154   PG 01/01")
    p.ln(2)
    letterhead(p, "Utilization Management  *  Provider line 1-877-555-0129")
    p.f(10)
    p.cell(0, 5, f"Date of notice: {d_long(nd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in [m["doc"], m["prac"], "915 Summit St", "Toledo, OH 43604"]:
        p.line(ln, 10)
    p.ln(4)
    p.line("Retrospective Review: Adverse Determination", 12, "B")
    p.pairs([("Patient", m["name"]), ("ID", m["raw"]), ("Review no.", rev), ("Service", "65778 + V2790, left eye"),
             ("Date of service", d_slash(sd))], label_w=34, size=9.5, h=5)
    p.ln(3)
    p.para("The graft was placed without prior authorization, so we reviewed it after the fact. The records "
           "show 4 days of topical treatment before the graft. Under medical policy " + POLICY + " the procedure "
           "was not medically necessary. Peer-to-peer: call 1-877-555-0129 within 5 business days.", 10)
    p.para("You or the patient may appeal within 180 days of the date of this notice. The patient may not be "
           "billed for this service by a network provider unless the patient agreed in writing beforehand.", 10)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, member_id=m["raw"], member_name=m["name"],
              cases=[rev], service_dates=[d_iso(sd)], denial_date=d_iso(nd), provider=m["doc"],
              appeal_deadline=d_iso(plus(nd, 180)), denial_alternates=["prior_authorization"],
              alternates={"provider": [m["prac"]]})
    return out(p), t, m, rev, nd, sd


def acknowledgement(rng, m, rev, dn, sd):
    ad = plus(dn, rng.randint(12, 20))
    apn = f"APL-{rng.randint(2600000, 2699999)}"
    p = Page(serif=False, footer=None)
    p.set_margins(24, 20, 24)
    p.add_page()
    letterhead(p)
    p.line(d_nopad(ad), 10)
    p.ln(3)
    for ln in [m["name"], "1530 Glenwood Ave", "Toledo, OH 43620"]:
        p.line(ln, 10)
    p.ln(5)
    p.line("We received your appeal", 12, "B")
    p.ln(1)
    p.para(f"Your appeal of review {rev} (amniotic membrane graft by {m['doc']}, date of service {d_slash(sd)}) reached us on "
           f"{d_nth(plus(ad, -2))}. Your appeal number is {apn}. Member ID: {m['raw']}.", 10)
    p.para("A reviewer who did not make the first decision will look at it. We will send you our decision within "
           "30 days of the date we received your appeal. You may send more information at any time before then. "
           f"Questions: {PHONE}, {TTY}.", 10)
    t = truth("other", None, insurer=PLAN, member_id=m["raw"], member_name=m["name"], cases=[apn, rev],
              service_dates=[d_iso(sd)], denial_date=d_iso(ad), provider=m["doc"],
              alternates={"case_numbers": [[apn]], "provider": [None], "service_dates": [[]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY
    items = [
        Item(f"{F}_pa_form_boxes", "born_digital", [pa_form_boxes(rng)]),
        Item(f"{F}_surgeon_letter_prose", "scan_clean_300", [surgeon_letter_prose(rng)]),
        Item(f"{F}_eob_table", "photocopy", [eob_table(rng)]),
        Item(f"{F}_practice_statement", "scan_lowres_150", [practice_statement(rng)]),
        Item(f"{F}_appeal_overturned", "rotated", [appeal_overturned(rng)]),
        Item(f"{F}_claim_denial_ids", "phone_photo", [claim_denial_ids(rng)]),
    ]
    pdf, t, m, rev, nd, sd = retro_denial(rng)
    items.append(Item(f"{F}_stack", "fax_fine_g4", [(pdf, t), acknowledgement(rng, m, rev, nd, sd)],
                      separators=["cover", "duplex"], turns={(1, 0): 90}))
    return items
