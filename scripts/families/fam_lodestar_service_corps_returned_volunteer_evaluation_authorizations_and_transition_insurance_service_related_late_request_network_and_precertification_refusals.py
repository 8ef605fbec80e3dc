"""Papers mirrored (structure and plain wording style only) from a returned-volunteer post-service health program of
an overseas volunteer agency: after close of service the agency authorizes and pays, on a form, the EVALUATION (not
the treatment) of a condition that arose during service, only within six months after service ends, through a claims
administrator at the agency's fee schedule and with providers in a network, with a set number of readjustment
counseling sessions; a private short-term transition insurance covers returned Volunteers for a month paid by the
agency and up to two more months they buy, and does not cover service-related conditions, whose treatment belongs to
the federal workers' compensation program (the U.S. Department of Labor's OWCP, named as itself). Everything else is
invented: the agency "Lodestar Service Corps" (letterhead brand LODESTAR over a longer program line; its Office of
Health Services and Post-Service Health Branch; form LSC-411E "Authorization for Evaluation"), its claims
administrator "Glenmarrow Health Claims, Inc." (a contractor, named in footers and signatures), the provider network
"Trailhead Provider Network", the transition insurer "Waymark Transition Health" (brand WAYMARK) insured by "Ashgrove
Mutual Insurance Company" (the legal entity in its footer), Volunteer IDs "LS-" + year-month + "-" + five digits,
authorization numbers "EA-" + six digits + a letter, Glenmarrow claim numbers "GHC26" + seven digits, Waymark member
numbers "WMK" + eight digits and claims "W26-" + seven digits, 12 counseling sessions, the 180-day filing limit, the
30-, 60-, 90- and 180-day review periods, every person, practice, hospital, number, amount and address; real towns
with invented streets; phones 555; CPT codes and revenue codes as themselves.

Documents (8 in 7 files):
- bd_statement_therapy_line_t4: a born-digital two-page statement of evaluation payments to a returned Volunteer,
  IDs white on a dark band, three claims (billing practice and the clinician who saw her both named); the table runs
  on to page 2 with no heading, where a knee therapy line pays 0.00 under T4, told only in the code list.
- faxstd_request_after_six_months: a standard-fax notice of decision, IDs in a black title bar: an evaluation
  request received after the six months after close of service (eligibility); an OWCP case file number and a Waymark
  member number as decoys.
- faxstd_waymark_acl_service_related: a standard-fax Waymark letter, IDs white on a dark band with captions under
  the values: knee reconstruction for an injury during service is excluded (service-related: other); the Volunteer
  ID, the evaluation authorization and the OWCP case file number as decoys; insurer's legal entity in the footer.
- scan_authorization_for_evaluation: a clean-scan authorization form (approval, denies nothing): boxes with captions
  under the values, IDs on a grey band, valid-through date and not-to-exceed amount.
- photo_es_counseling_out_of_network: a photographed Spanish letter: counseling sessions with a counselor outside
  the Trailhead network are not paid (out_of_network); a Texas Medicaid number as decoy; IDs on a mid-grey band.
- rotated_provider_claim_after_180_days: a rotated letter from the claims administrator to a dermatology practice in
  a sidebar layout with a running footer: a claim received 207 days after the visit (timely_filing).
- lowres_stack_waymark_mri_then_imaging_bill: a 150 dpi stack: Waymark's two-page letter refusing a lumbar MRI done
  without precertification (page 2 upside down, running header), a blank separator, the imaging center's statement to
  the member (denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundep_fampf import (EPSheet, abbr, add_months, dd_mon, ddmonyy, digits, dmy_long, dotted, dr, es_date,
                               first_last, iso, last_first, long, m2, mdyyyy, money_words, n2, nod, npi, org_person,
                               out, people, phone, plus, slash, tollfree, truth, up_mon, usd, wday_long, workday, yy,
                               ymd_slash)

FAMILY = ("lodestar_service_corps_returned_volunteer_evaluation_authorizations_and_transition_insurance_service_"
          "related_late_request_network_and_precertification_refusals")
LANG = "en"
SEED = 355055
USED: set = set()

AGENCY = "Lodestar Service Corps"
BRANCH = "Post-Service Health Branch"
OHS = "Office of Health Services"
AG_ALT = [AGENCY, "Lodestar", "Lodestar Service Corps, Post-Service Health Branch", BRANCH,
          "Lodestar Service Corps Office of Health Services", "Glenmarrow Health Claims, Inc.", "Glenmarrow Health Claims"]
AG_ADDR = ["1450 Meridian Hill Place NW, Suite 800", "Washington, DC 20010"]
GHC = "Glenmarrow Health Claims, Inc."
GHC_ALT = [GHC, "Glenmarrow Health Claims", "Glenmarrow", AGENCY, "Lodestar"]
GHC_ADDR = ["P.O. Box 47126", "Indianapolis, IN 46247"]
NETWORK = "Trailhead Provider Network"
WAY = "Waymark Transition Health"
ASH = "Ashgrove Mutual Insurance Company"
WAY_ALT = [WAY, "Waymark", ASH, "Ashgrove Mutual"]
WAY_ADDR = ["Claims Office, P.O. Box 30822", "Carmel, IN 46082"]
WAY_GROUP = "AM-G-60218"
WAY_PLAN = "WTH-3"
FOOT_AG = (f"{AGENCY} is an independent agency of the United States Government. Evaluation claims are processed for "
           f"the agency under contract by {GHC}.")
FOOT_WAY = f"{WAY} is insured by {ASH}, Columbus, OH 43215 (policy form AM-STH-24)."


def vol_id(rng, cohort: dt.date) -> str:
    return f"LS-{cohort:%y%m}-{digits(rng, 5)}"


def auth_no(rng) -> str:
    return f"EA-{digits(rng, 6)}-{rng.choice('CDFHKMNPRTW')}"


def ghc_claim(rng) -> str:
    return f"GHC26{digits(rng, 7)}"


def wmk(rng) -> str:
    return f"WMK{digits(rng, 8)}"


def wmk_grouped(m: str) -> str:
    return f"{m[:3]} {m[3:7]} {m[7:]}"


def w_claim(rng) -> str:
    return f"W26-{digits(rng, 7)}"


def owcp(rng) -> str:
    return f"55{digits(rng, 7)}"


def addr(rng, name: str, places=None) -> list[str]:
    places = places or [("Asheville", "NC", "28801"), ("Madison", "WI", "53703"), ("Eugene", "OR", "97401"),
                        ("Burlington", "VT", "05401"), ("Albuquerque", "NM", "87102"), ("Duluth", "MN", "55802"),
                        ("Bozeman", "MT", "59715"), ("Savannah", "GA", "31401")]
    t, st, z = rng.choice(places)
    street = rng.choice(["Linden Terrace", "Quarry Hill Rd", "Old Ferry Ln", "Bluebell Ct", "Harwood Ave",
                         "Tanager Way", "Millrace St", "Copper Kettle Rd"])
    return [name, f"{rng.randint(14, 2980)} {street}", f"{t}, {st} {z}"]


def agency_head(p: EPSheet, rng, box: str | None = None, above: bool = False, program: str | None = None):
    p.brand_head("LODESTAR", program or f"{AGENCY}  \u00b7  {OHS}  \u00b7  {BRANCH}",
                 [AG_ADDR[0], AG_ADDR[1], f"Post-service line {tollfree(rng, '855')}", "TTY 711",
                  "lodestarcorps.example/returned"], kind="star", above=above,
                 small=["Volunteers in overseas service since 1971"], box=box)


def ghc_head(p: EPSheet, rng, box: str | None = None):
    p.brand_head("GLENMARROW", f"Claims administrator for the {AGENCY} post-service evaluation program",
                 [GHC_ADDR[0], GHC_ADDR[1], f"Provider line {tollfree(rng, '800')}", f"Fax {phone(rng, '317')}"],
                 kind="compass", above=True, small=[GHC], size=18, spacing=1.6, box=box)


def way_head(p: EPSheet, rng, box: str | None = None):
    p.brand_head("WAYMARK", f"Short-term transition health coverage for returned {AGENCY} Volunteers",
                 [WAY_ADDR[0], WAY_ADDR[1], f"Member care {tollfree(rng, '866')}",
                  f"Precertification {tollfree(rng, '888')}"], kind="compass", small=[WAY], size=21, box=box)


# ---------------------------------------------------------------------------------------------------------------
def bd_statement(rng):
    rv = people(rng, 1, "rv", sexes="F", used=USED)[0]
    im_doc, ortho, pt_, rad, sig = people(rng, 5, "dr", sexes="MFFMM", used=USED)
    cos = dt.date(2026, 1, rng.randint(9, 16))
    vid = vol_id(rng, dt.date(2023, 10, 1))
    auth = auth_no(rng)
    valid = add_months(cos, 6)
    d1 = workday(plus(cos, rng.randint(24, 30)))
    d2 = workday(plus(d1, rng.randint(9, 12)))
    d4 = workday(plus(d2, 3))
    d3 = workday(plus(d2, 8))
    sd = workday(dt.date(2026, 4, rng.randint(14, 17)))
    way_no = wmk(rng)
    im, oc, ic = "Harrowgate Internal Medicine", "Kestrel Ridge Orthopaedics", "Tamarack Imaging Center"
    claims = [
        dict(no=ghc_claim(rng), prov=im, rend=dr(im_doc), lines=[
            (d1, "99204", "Office visit, new patient (evaluation)", 345.00, 238.60, 238.60, "A1"),
            (d1, "80053", "Comprehensive metabolic panel", 62.00, 14.20, 14.20, "A1"),
            (d1, "87177", "Ova and parasites, stool", 88.00, 31.50, 31.50, "A1")]),
        dict(no=ghc_claim(rng), prov=oc, rend=dr(ortho), lines=[
            (d2, "99244", "Consultation (knee)", 412.00, 276.30, 276.30, "A2"),
            (d2, "73562", "X-ray, knee, 3 views", 146.00, 52.40, 52.40, "A1"),
            (d3, "97110", f"Therapeutic exercise, 2 units ({pt_.split()[0][0]}. {pt_.split()[-1]}, PT)",
             164.00, 0.00, 0.00, "T4")]),
        dict(no=ghc_claim(rng), prov=ic, rend=dr(rad), lines=[
            (d4, "73721", "MRI, knee, without contrast", 1640.00, 412.75, 412.75, "A2")]),
    ]
    den = claims[1]
    rows = []
    tot = [0.0, 0.0, 0.0]
    for k, c in enumerate(claims):
        rows.append(("span", f"Claim {c['no']}   Billed by: {c['prov']}   Seen by: {c['rend']}"))
        for j, (d, code, what, b, al, pd, msg) in enumerate(c["lines"]):
            if k == 1 and j == 2:
                rows.append(("break",))
            rows.append([slash(d), what, code, n2(b), n2(al), n2(pd), msg])
            tot = [t + v for t, v in zip(tot, (b, al, pd))]
        rows.append(("bold", ["", "Claim total", "", *[n2(sum(x[i] for x in c["lines"])) for i in (3, 4, 5)], ""]))
        rows.append(("gap",))
    rows.append(("bold", ["", "All claims on this statement", "", *[n2(v) for v in tot], ""]))
    p = EPSheet(footer="Page {n} of {nb}", footer_left="LSC-411S (03/2025)",
                ids_foot=f"{vid}  \u00b7  {auth}  \u00b7  statement {iso(sd)}")
    p.set_margins(16, 14, 16)
    p.add_page()
    agency_head(p, rng, box="STATEMENT OF EVALUATION PAYMENTS",
                program=f"{AGENCY}  \u00b7  {BRANCH}  \u00b7  payments made through {GHC}")
    W = p.w - p.l_margin - p.r_margin
    p.band([("Statement date", abbr(sd), 0.22), ("Volunteer ID", vid, 0.24), ("Authorization no.", auth, 0.26),
            ("Close of service", dd_mon(cos), 0.28)], shade=40, size=9.6, rule=True)
    for ln in addr(rng, rv):
        p.line(ln, 10)
    p.ln(3)
    p.f(8.8, "B")
    p.cell(0, 4.6, "THIS IS NOT A BILL", new_x="LMARGIN", new_y="NEXT")
    p.para(f"Your Authorization for Evaluation {auth} lets providers evaluate the conditions your medical officer "
           "listed before you left your country of service: stomach pain with loose stools, and pain in the left "
           f"knee. It is good through {long(valid)}. Below are the claims paid under it this month. The amounts are "
           "what the agency's fee schedule allows.", 8.8)
    p.para("For example, if a provider bills $300.00 and the fee schedule allows $210.00, we pay $210.00, and a "
           "provider who accepted the authorization may not bill you the other $90.00.", 8.2)
    widths = [W * k / 100 for k in (11, 41, 8, 11, 12, 10, 7)]
    p.flow_table(["Date", "Service", "Code", "Billed", "Fee schedule", "Paid", "Msg"], widths,
                 ["L", "L", "L", "R", "R", "R", "L"], rows, size=7.6, row_h=4.5, foot_room=24, top_gap=2)
    p.legend_two("Message codes", [
        ("A1", "Paid at the evaluation fee schedule."),
        ("A2", "Billed amount is over the fee schedule; the provider may not bill you the difference."),
        ("T4", "Treatment is not paid under an Authorization for Evaluation. Only the evaluation named on the "
               "authorization is paid; therapy, surgery and medicines are not. Ask the provider about your other "
               "coverage."),
        ("X2", "The service was after the authorization's last day."),
        ("N6", f"Provider is not in the {NETWORK}; not paid."),
        ("D1", "Duplicate of a claim already paid.")], size=7.5, tag_w=9)
    p.cols([[("Your other coverage", f"Care for illness or injury that did not begin during service goes to your "
                                      f"transition insurance ({WAY}, member no. {wmk_grouped(way_no)}). Treatment of "
                                      "a service-related condition is decided by the U.S. Department of Labor under "
                                      "federal workers' compensation, not by this program.")],
            [("If you disagree", "Write to the Post-Service Health Branch within 90 days of the date of this "
                                 f"statement at the address above. Give the claim number and say which line you "
                                 "question. You may send records from your provider.")]], size=7.8)
    p.ln(2)
    p.para(f"Statement prepared by {GHC}, claims administrator for the {AGENCY}. {FOOT_AG}", 7.4)
    p.money_box("Paid under this authorization", [("Earlier statements", "$0.00"), ("This statement", n2(tot[2])),
                                                  ("Total so far", f"${tot[2]:,.2f}")], w=W * 0.45, size=8.2)
    total = sum(x[3] for x in den["lines"])
    t = truth("eob", "not_covered", insurer=AGENCY, member_id=vid, member_name=rv, cases=[den["no"]],
              claim_amount=m2(total), service_dates=[iso(d3)], denial_date=iso(sd), provider=oc,
              appeal_deadline=iso(plus(sd, 90)),
              alternates={"insurer": AG_ALT, "claim_amount": ["164.00"], "case_numbers": [[den["no"], auth]],
                          "provider": [dr(ortho), ortho, pt_],
                          "service_dates": [[iso(d2), iso(d3)]]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_late_request(rng):
    rv = people(rng, 1, "rv", sexes="M", used=USED)[0]
    gi, sig = people(rng, 2, "dr", sexes="FM", used=USED)
    cos = dt.date(2025, 8, rng.randint(20, 28))
    window = add_months(cos, 6)
    vid = vol_id(rng, dt.date(2023, 6, 1))
    rq = f"ER2603-{digits(rng, 4)}"
    asked = workday(dt.date(2026, 3, rng.randint(2, 5)))
    recd = workday(plus(asked, rng.randint(5, 7)))
    nd = workday(plus(recd, rng.randint(8, 11)))
    planned = workday(plus(nd, rng.randint(13, 18)))
    case = owcp(rng)
    way_no = wmk(rng)
    clinic = "Sandpiper Digestive Health"
    p = EPSheet(footer="Page {n} of {nb}", footer_left=f"{AGENCY}  \u00b7  {BRANCH}  \u00b7  LSC-PS-07 (Rev. 11/2024)")
    p.set_margins(18, 14, 18)
    p.add_page()
    agency_head(p, rng, above=True, program=f"{AGENCY}  \u2014  {OHS}")
    p.rev_bar("NOTICE OF DECISION", [("Volunteer ID", vid), ("Request no.", rq), ("Date of notice", slash(nd))],
              size=8.8, title_size=10.5)
    for ln in addr(rng, rv):
        p.line(ln, 10)
    p.ln(4)
    p.subject_line("Your request for an Authorization for Evaluation")
    p.para(f"Dear {first_last(rv)}:", 10)
    p.para(f"On {long(asked)} you asked us for an Authorization for Evaluation so that {dr(gi)} at {clinic} could "
           "look into the stomach pain and weight loss you say began during your service in Malawi. Her office set an "
           f"appointment for {long(planned)}. We received your request on {long(recd)}.", 9.6)
    p.heading("What we decided", 10.4)
    p.para("We cannot issue the authorization.", 9.8, gap=1)
    p.para(f"Your Volunteer service ended on {long(cos)}. An Authorization for Evaluation may be issued, and used, "
           f"only in the six months after service ends. For you those six months ended on {long(window)}. Your "
           "request reached us after that day, and the law that sets up this program does not let us extend it.", 9.6)
    p.wrap_table(["What was asked", "Provider", "Planned"],
                 [["GI consultation and colonoscopy (evaluation)", org_person(clinic, dr(gi)), slash(planned)]],
                 [58, 94, 28], size=8.6)
    p.heading("What you can still do", 10.4)
    p.bullets([
        "If the condition began during service, you may ask the U.S. Department of Labor to accept it under federal "
        f"workers' compensation. Your letter says you already have OWCP case file no. {case}; send the clinic's "
        "records there. That program, not this one, decides whether treatment is paid.",
        f"Your transition insurance with {WAY} (member no. {wmk_grouped(way_no)}) ended on "
        f"{long(add_months(cos, 3))}.",
        "If you think we made a mistake about your dates, ask for a review in writing within 30 days of the date of "
        f"this notice. Send it to the {BRANCH} at the address above, or by fax to {phone(rng)}."], 9.2)
    p.para("A review will be done by a medical officer who did not take part in this decision. We will answer within "
           "45 days after we receive your request.", 9.0)
    p.ln(2)
    p.f(9.6)
    p.cell(0, 5, dr(sig), new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 5, f"Medical Officer, {BRANCH}", new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(90, 90, 90)
    p.f(7.4)
    p.ln(2)
    p.multi_cell(0, 3.6, FOOT_AG, new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    t = truth("denial_letter", "eligibility", insurer=AGENCY, member_id=vid, member_name=rv, cases=[rq],
              service_dates=[iso(planned)], denial_date=iso(nd), provider=dr(gi), appeal_deadline=iso(plus(nd, 30)),
              alternates={"insurer": AG_ALT, "provider": [clinic, org_person(clinic, dr(gi))], "service_dates": [[]]},
              denial_alternates=["timely_filing"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_waymark_acl(rng):
    rv = people(rng, 1, "rv", sexes="F", used=USED)[0]
    surg, sig = people(rng, 2, "dr", sexes="MF", used=USED)
    cos = dt.date(2025, 12, rng.randint(10, 17))
    ends = add_months(cos, 3)
    vid = vol_id(rng, dt.date(2023, 9, 1))
    m = wmk(rng)
    clm = w_claim(rng)
    ea = auth_no(rng)
    case = owcp(rng)
    surgery = workday(dt.date(2026, 2, rng.randint(9, 19)))
    recd = workday(plus(surgery, rng.randint(10, 16)))
    nd = workday(plus(recd, rng.randint(9, 13)))
    center = "Larch Hollow Surgery Center"
    group = "Bayfront Sports Orthopedics"
    lines = [("0360", "Operating room services", 6840.00), ("0278", "Implants (graft fixation)", 2315.50),
             ("0370", "Anesthesia", 1420.00), ("0710", "Recovery room", 965.00), ("0250", "Pharmacy", 388.25),
             ("0272", "Sterile supplies", 611.00)]
    total = sum(a for _, _, a in lines)
    p = EPSheet(footer=None, ids_foot=FOOT_WAY)
    p.set_margins(17, 14, 17)
    p.add_page()
    way_head(p, rng)
    p.band([("Member no.", wmk_grouped(m), 0.21), ("Group policy", WAY_GROUP, 0.17), ("Plan", WAY_PLAN, 0.10),
            ("Claim no.", clm, 0.2), ("Notice date", nd.strftime("%m-%d-%Y"), 0.16), ("Billed", f"${total:,.2f}", 0.16)],
           shade=30, under=True, size=9.2, h=12.5)
    p.addr_pair("Member", addr(rng, rv), "Copy to", [center, "Attn: Patient Accounts",
                                                      "5120 Larch Hollow Pkwy, Suite 100", "Asheville, NC 28803"])
    p.subject_line("We cannot pay the claim for your knee surgery")
    p.pairs([("Facility (billing)", center), ("Surgeon", org_person(group, dr(surg), "comma"))], label_w=36,
            size=8.8, h=5.0)
    p.ln(1)
    p.para(f"Dear {first_last(rv)}:", 9.8)
    p.para(f"{center} sent us a claim for the surgery {dr(surg)} of {group} did on {long(surgery)}: a rebuilding "
           "of the front ligament of your right knee (CPT 29888). We looked at the claim and at the office notes "
           "that came with it.", 9.4)
    p.para("The notes say you hurt the knee in June 2025, when you fell from a motorbike taxi on your way to your "
           "school site in Cambodia, while you were still a Volunteer. Your Waymark coverage pays for illness and "
           "injury that begin while it is in force. It does not pay to evaluate or treat a condition that began "
           "during Volunteer service. For that reason this claim is not payable.", 9.4)
    p.para("Treatment of a condition that began during service may be paid under federal workers' compensation. The "
           f"notes list OWCP case file no. {case} and the agency's Authorization for Evaluation {ea}; neither is a "
           f"Waymark number. Your {AGENCY} Volunteer ID in the notes is {vid}. Please give the surgery center the "
           "case file number so it can bill the Department of Labor.", 9.4)
    widths = [22, 86, 32]
    p.table(["Rev. code", "What the surgery center billed", "Billed"],
            [[c, s, n2(a)] for c, s, a in lines] + [["", "Total", f"${total:,.2f}"]],
            widths, size=8.4, row_h=5.2, aligns=["L", "L", "R"], bold_last=True)
    p.heading("Your right to appeal", 10.0)
    p.para("If you disagree, you may appeal within 180 days of the date of this letter. Write to Waymark Appeals, "
           f"{WAY_ADDR[0]}, {WAY_ADDR[1]}, and send anything that shows when the knee was first hurt. If your health "
           "is in serious danger you may ask for a fast appeal, decided within 72 hours.", 9.0)
    p.para(f"Your coverage: {abbr(plus(cos, 1))} through {abbr(ends)} (one month paid by the agency, two months you "
           "bought).", 8.6)
    p.ln(2)
    p.f(9.4)
    p.cell(0, 5, f"{sig}, Claims Review", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 5, f"for {ASH}", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "other", insurer=WAY, plan_id=WAY_PLAN, group=WAY_GROUP, member_id=m, member_name=rv,
              cases=[clm], claim_amount=m2(total), service_dates=[iso(surgery)], denial_date=iso(nd),
              provider=center, appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": WAY_ALT, "provider": [dr(surg), group, org_person(group, dr(surg), "comma")]},
              denial_alternates=["not_covered"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan_authorization(rng):
    rv = people(rng, 1, "rv", sexes="M", used=USED)[0]
    ent, mo = people(rng, 2, "dr", sexes="MF", used=USED)
    cos = dt.date(2025, 12, rng.randint(11, 18))
    valid = add_months(cos, 6)
    vid = vol_id(rng, dt.date(2023, 9, 1))
    ea = auth_no(rng)
    issued = workday(dt.date(2026, 3, rng.randint(23, 27)))
    appt = workday(plus(issued, rng.randint(22, 28)))
    way_no = wmk(rng)
    prac = "Bellhaven ENT & Audiology"
    born = dt.date(rng.randint(1997, 2001), rng.randint(1, 12), rng.randint(1, 28))
    svc = [("99243", "Consultation, ENT", 244.00), ("92557", "Comprehensive hearing test", 96.00),
           ("92567", "Tympanometry", 38.00), ("92588", "Otoacoustic emissions", 112.00),
           ("70480", "CT, temporal bones (only if the ENT finds it needed)", 95.00)]
    nte = sum(a for _, _, a in svc)
    p = EPSheet(footer="Part 2 of 3  \u00b7  provider's copy", footer_left="LSC-411E (Rev. 09/2025)")
    p.set_margins(16, 14, 16)
    p.add_page()
    agency_head(p, rng, program=f"{AGENCY}  \u00b7  {OHS}")
    p.title_bar("AUTHORIZATION FOR EVALUATION", "Form LSC-411E (Rev. 09/2025)  \u00b7  evaluation only; this is not a "
                                                "bill and not a guarantee of payment for treatment", size=12)
    p.ln(2)
    p.band([("Authorization no.", ea, 0.34), ("Volunteer ID", vid, 0.33), ("Issued", long(issued), 0.33)],
           shade=110, size=10, h=12)
    W = p.w - p.l_margin - p.r_margin
    p.lettered([[("1.", "Returned Volunteer", rv, W * 0.4), ("2.", "Date of birth", slash(born), W * 0.2),
                 ("3.", "Country of service", "Mongolia", W * 0.2), ("4.", "Close of service", dd_mon(cos), W * 0.2)],
                [("5.", "Authorized provider", org_person(prac, dr(ent)), W * 0.6),
                 ("6.", "Appointment", wday_long(appt), W * 0.4)],
                [("7.", "Authorization good through (cannot be extended)", long(valid), W * 0.5),
                 ("8.", "Not to exceed", f"${nte:,.2f}", W * 0.25), ("9.", "Network", "Trailhead", W * 0.25)]],
               under=True, size=9.2, h=11.5)
    p.heading("Condition to be evaluated", 10)
    p.para("Hearing loss and ringing in the left ear, first noted in service after an ear infection treated by the "
           "post's medical officer. The provider may evaluate the condition and report what is found. Treatment is "
           "not authorized on this form.", 9.2)
    p.table(["CPT", "Authorized service", "Fee schedule"], [[c, s, n2(a)] for c, s, a in svc]
            + [["", "Not to exceed", n2(nte)]], [20, 120, 34], size=8.6, row_h=5.4, aligns=["L", "L", "R"],
            bold_last=True)
    p.heading("For the provider", 10)
    p.bullets([f"Send the claim with this form to {GHC}, {GHC_ADDR[0]}, {GHC_ADDR[1]}, within 180 days after the "
               "visit. Payment is at the fee schedule; do not bill the Volunteer for any difference.",
               "Send the evaluation report to the Post-Service Health Branch at the address above.",
               f"Other coverage on file: {WAY}, member {wmk_grouped(way_no)} (transition coverage; does not pay for "
               "service-related conditions)."], 8.8)
    p.ln(3)
    p.signers([dr(mo), "Medical Officer, Post-Service Health Branch"],
              [f"Returned Volunteer: {rv}", "I have read this form."], size=8.8)
    p.ln(2)
    p.para(FOOT_AG, 7.2)
    t = truth("other", None, insurer=AGENCY, member_id=vid, member_name=rv, cases=[ea], service_dates=[iso(appt)],
              denial_date=iso(issued), provider=prac,
              alternates={"insurer": AG_ALT, "provider": [dr(ent), org_person(prac, dr(ent))],
                          "service_dates": [[]], "claim_amount": [m2(nte)]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photo_es_counseling(rng):
    rv = people(rng, 1, "es", sexes="F", used=USED)[0]
    lpc, sig = people(rng, 2, "es", sexes="FM", used=USED)
    cos = dt.date(2025, 11, rng.randint(10, 20))
    vid = vol_id(rng, dt.date(2023, 8, 1))
    ea = auth_no(rng)
    clm = ghc_claim(rng)
    medicaid = f"5{digits(rng, 8)}"
    s1 = workday(dt.date(2026, 3, rng.randint(2, 6)))
    sess = [s1, plus(s1, 7), plus(s1, 14)]
    nd = workday(dt.date(2026, 4, rng.randint(20, 24)))
    prac = "Franklin Mountain Counseling"
    per = 155.00
    total = per * len(sess)
    p = EPSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 15, 18)
    p.add_page()
    agency_head(p, rng, program=f"Cuerpo de Servicio Lodestar  \u00b7  {BRANCH}  \u00b7  Oficina de Servicios de Salud")
    p.band([("N.º de Voluntaria", vid, 0.26), ("N.º de reclamación", clm, 0.26), ("Autorización", ea, 0.25),
            ("Fecha del aviso", es_date(nd), 0.23)], shade=150, fg=0, under=True, size=9.2, h=12)
    for ln in addr(rng, rv, [("El Paso", "TX", "79902"), ("Socorro", "TX", "79927")]):
        p.line(ln, 10)
    p.ln(4)
    p.subject_line("Sesiones de consejería que no podemos pagar")
    p.para(f"Estimada {first_last(rv)}:", 10)
    p.para(f"Su autorización {ea} incluye hasta 12 sesiones de consejería de readaptación después de su servicio en "
           f"Paraguay. Las sesiones deben ser con un psicólogo, psiquiatra o consejero que forme parte de la red "
           f"{NETWORK}. Así lo dice la autorización que usted firmó al terminar su servicio.", 9.6)
    p.para(f"Recibimos la reclamación de {org_person(prac, lpc + ', LPC')} por tres sesiones. Esa consejera no "
           "forma parte de la red. Por eso no podemos pagar estas sesiones. Las sesiones que le quedan (12) siguen "
           "disponibles con un proveedor de la red; llámenos y le damos nombres cerca de su casa.", 9.6)
    p.table(["Fecha", "Servicio", "Código", "Cobrado", "Pagado"],
            [[es_date(d), "Psicoterapia, 60 minutos", "90837", f"${per:,.2f}", "$0.00"] for d in sess]
            + [["", "Total", "", f"${total:,.2f}", "$0.00"]],
            [44, 62, 20, 26, 22], size=8.8, row_h=5.6, aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.para(f"Si usted tiene Medicaid de Texas (en su solicitud anotó el número {medicaid}), esa cobertura podría "
           "pagar consejería con proveedores de Medicaid. Esto no cambia nuestra decisión.", 9.0)
    p.heading("Si no está de acuerdo", 10.2)
    p.para(f"Puede pedir una revisión por escrito dentro de 60 días a partir de la fecha de esta carta. Envíela a "
           f"{BRANCH}, {AG_ADDR[0]}, {AG_ADDR[1]}. Incluya el número de reclamación.", 9.4)
    p.ln(2)
    p.f(9.6)
    p.cell(0, 5, sig, new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 5, f"Coordinador de reclamaciones, {BRANCH}", new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(90, 90, 90)
    p.f(7.2)
    p.ln(2)
    p.multi_cell(0, 3.5, f"El {AGENCY} es una agencia independiente del Gobierno de los Estados Unidos. "
                         f"Las reclamaciones se procesan por contrato con {GHC}.", new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    t = truth("denial_letter", "out_of_network", insurer=AGENCY, member_id=vid, member_name=rv, cases=[clm],
              claim_amount=m2(total), service_dates=[iso(d) for d in sess], denial_date=iso(nd), provider=prac,
              appeal_deadline=iso(plus(nd, 60)), lang="es",
              alternates={"insurer": AG_ALT + ["Cuerpo de Servicio Lodestar"],
                          "provider": [lpc, org_person(prac, lpc + ", LPC")], "case_numbers": [[clm, ea]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_late_claim(rng):
    rv = people(rng, 1, "rv", sexes="M", used=USED)[0]
    derm, sig = people(rng, 2, "dr", sexes="FM", used=USED)
    vid = vol_id(rng, dt.date(2023, 7, 1))
    ea = auth_no(rng)
    clm = ghc_claim(rng)
    visit = workday(dt.date(2026, 1, rng.randint(6, 9)))
    recd = plus(visit, 207)
    nd = workday(plus(recd, rng.randint(7, 10)))
    acct = f"PD-{digits(rng, 6)}"
    prac = "Pinecrest Dermatology Associates"
    lines = [("99203", "New patient visit", 228.00), ("11102", "Tangential biopsy, skin, single lesion", 186.00),
             ("88305", "Pathology, skin biopsy", 142.00)]
    total = sum(a for _, _, a in lines)
    p = EPSheet(footer="Page {n} of {nb}",
                ids_foot=f"{GHC}  \u00b7  Claim {clm}  \u00b7  Volunteer {vid}  \u00b7  mailed {slash(nd)}")
    p.set_margins(17, 14, 17)
    p.add_page()
    ghc_head(p, rng, box="PROVIDER CLAIM NOTICE")
    p.f(9.6)
    p.cell(0, 5, dmy_long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in [prac, "Attn: Billing Office", "77 Pinecrest Commons Dr", "Greenville, SC 29607"]:
        p.line(ln, 9.8)
    p.ln(4)
    side = [("Patient", rv), ("Volunteer ID", vid), ("Authorization", ea), ("Our claim no.", clm),
            ("Your account", acct), ("Billing provider", prac), ("Rendering", dr(derm)),
            ("Date of service", slash(visit)), ("Claim received", dotted(recd)), ("Billed", n2(total))]
    paras = [
        "Re: claim for an evaluation under an Authorization for Evaluation of the Lodestar Service Corps",
        f"We have processed your claim for the visit of {long(visit)}, when {dr(derm)} saw the returned Volunteer "
        "named at the left for a skin spot on his forearm that his medical officer asked to have checked.",
        "The authorization tells providers that claims must reach us within 180 days after the date of service. "
        f"This claim reached us on {long(recd)}, 207 days after the visit. We have not paid it.",
        "The Volunteer accepted no cost for this evaluation, and the authorization says he may not be billed for "
        "it. Please do not send him a bill.",
        "If you sent the claim on time and have proof (a clearinghouse acceptance report, or a letter from us), send "
        f"a request for reconsideration within 60 days of the date of this letter to {GHC_ADDR[0]}, {GHC_ADDR[1]}, "
        "with the proof and a copy of this notice."]
    p.two_col(side, paras, side_w=62, size=9.0, title="Claim facts")
    p.ln(2)
    p.table(["CPT", "Service", "Billed", "Paid"], [[c, s, n2(a), "0.00"] for c, s, a in lines]
            + [["", "Total", n2(total), "0.00"]], [20, 100, 28, 28], size=8.6, row_h=5.2,
            aligns=["L", "L", "R", "R"], bold_last=True)
    p.para(f"Reason code F180: claim received after the 180-day filing limit for evaluation claims.", 8.6)
    p.ln(2)
    p.f(9.2)
    p.cell(0, 5, sig, new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 5, f"Provider Claims Unit, {GHC}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 5, f"on behalf of the {AGENCY}", new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(90, 90, 90)
    p.f(7.0)
    p.ln(2)
    p.multi_cell(0, 3.4, f"{GHC} is a contractor of the {AGENCY}. It is not an insurance company and this notice is "
                         "not an insurance policy.", new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    t = truth("denial_letter", "timely_filing", insurer=GHC, member_id=vid, member_name=rv, cases=[clm],
              claim_amount=m2(total), service_dates=[iso(visit)], denial_date=iso(nd), provider=prac,
              appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": GHC_ALT, "provider": [dr(derm)], "case_numbers": [[clm, ea]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_stack(rng):
    rv = people(rng, 1, "rv", sexes="M", used=USED)[0]
    ordering, reader, sig = people(rng, 3, "dr", sexes="FMF", used=USED)
    m = wmk(rng)
    clm = w_claim(rng)
    cos = dt.date(2026, 1, rng.randint(5, 12))
    scan = workday(plus(cos, rng.randint(34, 40)))
    recd = workday(plus(scan, rng.randint(8, 12)))
    nd = workday(plus(recd, rng.randint(10, 14)))
    center = "Cinder Butte Imaging"
    acct = f"CBI{digits(rng, 7)}"
    vid = vol_id(rng, dt.date(2023, 11, 1))
    lines = [("72148", "MRI, lumbar spine, without contrast", 1865.00), ("72148-26", "Reading of the MRI", 315.00)]
    total = sum(a for _, _, a in lines)
    # --- Waymark letter, two pages
    p = EPSheet(footer="Page {n} of {nb}", ids_foot=FOOT_WAY,
                run_hdr=f"{first_last(rv)}  \u00b7  Member {wmk_grouped(m)}  \u00b7  Claim {clm}")
    p.set_margins(18, 15, 18)
    p.add_page()
    way_head(p, rng, box="CLAIM DECISION")
    W = p.w - p.l_margin - p.r_margin
    home = addr(rng, rv, [("Bend", "OR", "97701"), ("Redmond", "OR", "97756")])
    p.addr_kv(home,
              [("Date", abbr(nd)), ("Member no.", m), ("Group policy", WAY_GROUP), ("Plan", WAY_PLAN),
               ("Claim no.", clm)], w=88, cap_w=30, size=8.8)
    p.subject_line("Your lumbar MRI was not precertified")
    p.para(f"Dear {first_last(rv)}:", 9.8)
    p.para(f"{center} billed us for an MRI of your lower back on {long(scan)}. {dr(ordering)} of High Desert "
           f"Family Medicine ordered it, and {dr(reader)} read it.", 9.4)
    p.para("Your plan asks that MRI, CT and PET scans that are not done in an emergency be precertified by Waymark "
           "before the scan. We have no request for this scan. The notes do not show an emergency: the back pain had "
           "lasted six weeks and you came to the center from your doctor's office on a scheduled visit.", 9.4)
    p.table(["Code", "Service", "Billed", "Paid"], [[c, s, n2(a), "0.00"] for c, s, a in lines]
            + [["", "Total", n2(total), "0.00"]], [24, 96, 28, 26], size=8.6, row_h=5.4,
            aligns=["L", "L", "R", "R"], bold_last=True)
    p.para("Because the center is in our network, it may bill you no more than $250.00, the amount of the penalty "
           "for a scan done without precertification. Any bill above that should be sent back to it.", 9.2)
    p.para(f"If the back pain began during your Volunteer service, tell the {AGENCY}'s {BRANCH}; Waymark does not "
           "pay for conditions that began during service.", 8.8)
    p.add_page()
    p.heading("Your right to appeal", 10.6)
    p.para("You, or someone you name in writing, may appeal within 180 days of the date of this letter. Your doctor "
           "may also ask us to review the scan as if it had been precertified, with records that show why it could "
           "not wait.", 9.4)
    p.para(f"Write to: Waymark Appeals, {WAY_ADDR[0]}, {WAY_ADDR[1]}. Fax {phone(rng, '317')}.", 9.4)
    p.para("We will answer within 30 days. If waiting could seriously harm your health, ask for a fast appeal: we "
           "answer within 72 hours. After our appeal you may ask for an external review by an independent reviewer "
           "within 4 months.", 9.2)
    p.heading("Help in your language", 10)
    p.para(f"Call member care at {tollfree(rng, '866')} (TTY 711). Llame al mismo número si necesita ayuda en "
           "español.", 9.0)
    p.ln(3)
    p.f(9.4)
    p.cell(0, 5, f"{sig}, R.N.", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 5, "Precertification and Claims Review", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 5, f"{ASH}, for {WAY}", new_x="LMARGIN", new_y="NEXT")
    d1 = (out(p), truth("denial_letter", "prior_authorization", insurer=WAY, plan_id=WAY_PLAN, group=WAY_GROUP,
                        member_id=m, member_name=rv, cases=[clm], claim_amount=m2(total),
                        service_dates=[iso(scan)], denial_date=iso(nd), provider=center,
                        appeal_deadline=iso(plus(nd, 180)),
                        alternates={"insurer": WAY_ALT, "provider": [dr(reader), dr(ordering)]}))
    # --- imaging center statement
    bill_d = workday(plus(nd, rng.randint(9, 13)))
    q = EPSheet(footer=None)
    q.set_margins(18, 15, 18)
    q.add_page()
    q.two_line_head("CINDER BUTTE", "IMAGING", ["MRI  \u00b7  CT  \u00b7  ultrasound  \u00b7  X-ray",
                                                "2250 NE Cinder Butte Rd, Bend, OR 97701"],
                    [f"Billing questions {phone(rng, '541')}", "Mon-Fri 8-5", f"Statement date {slash(bill_d)}"],
                    kind="box", text="CB", size=13, box="PATIENT STATEMENT")
    Wq = q.w - q.l_margin - q.r_margin
    y0 = q.get_y()
    for ln in home:
        q.line(ln, 10)
    y1 = q.get_y()
    y2 = q.kv_box([("Account", acct), ("Patient", rv), ("Insurance", WAY), ("Insurance ID", m),
                   ("Amount due", f"${total:,.2f}")], q.l_margin + Wq * 0.52, y0, Wq * 0.48, cap_w=30, size=8.6)
    q.set_y(max(y1, y2) + 5)
    q.table(["Date", "Code", "Description", "Charge", "Insurance", "You owe"],
            [[slash(scan), c, s, n2(a), "0.00", n2(a)] for c, s, a in lines]
            + [["", "", "Totals", n2(total), "0.00", n2(total)]],
            [24, 20, Wq - 110, 22, 22, 22], size=8.6, row_h=5.4, aligns=["L", "L", "L", "R", "R", "R"],
            bold_last=True)
    q.para(f"Your insurance denied this claim (no precertification). Reading physician {dr(reader)}; referring "
           f"physician {dr(ordering)}. If you have appealed, call us and we will hold your account for 60 days.", 9.0)
    q.ln(2)
    q.tear_slip(f"Return this part with your payment to {center}", [[("Account", acct), ("Amount due", f"${total:,.2f}")],
                                                       [("Patient", rv), ("Amount enclosed", "")]])
    d2 = (out(q), truth("other", None, insurer=None, member_id=m, member_name=rv, claim_amount=m2(total),
                        service_dates=[iso(scan)], denial_date=iso(bill_d), provider=center, unscored=["insurer"],
                        alternates={"member_id": [None], "provider": [dr(reader)]}))
    return [d1, d2]


# ---------------------------------------------------------------------------------------------------------------
def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    return [
        Item(f"{f}_bd_statement_therapy_line_t4", "born_digital", [bd_statement(rng)]),
        Item(f"{f}_faxstd_request_after_six_months", "fax_standard_g4", [faxstd_late_request(rng)]),
        Item(f"{f}_faxstd_waymark_acl_service_related", "fax_standard_g4", [faxstd_waymark_acl(rng)]),
        Item(f"{f}_scan_authorization_for_evaluation", "scan_clean_300", [scan_authorization(rng)]),
        Item(f"{f}_photo_es_counseling_out_of_network", "phone_photo", [photo_es_counseling(rng)]),
        Item(f"{f}_rotated_provider_claim_after_180_days", "rotated", [rotated_late_claim(rng)]),
        Item(f"{f}_lowres_stack_waymark_mri_then_imaging_bill", "scan_lowres_150", lowres_stack(rng),
             separators=["blank", None], turns={(0, 1): 180}),
    ]
