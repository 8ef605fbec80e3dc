"""An invented commercial plan (Marrowstone Valley Health Plan) ending or refusing physical therapy visits at an
invented clinic (Cinderbrook Physical Therapy) once the therapist's own notes stop showing progress. No heading or
phrase names the kind of denial: each reason is told in the writer's own words ("the notes show the same knee bend
at each visit", "he can do these exercises at home without a therapist"). CPT codes appear as themselves; the
plan, its codes, rules and time limits, the clinic, every doctor, therapist, person, number and address are invented.

Documents (8 in 7 files):
- faxstd_continued_visit_review_form_same_measurements: a continued-therapy review form to the clinic on a standard
  fax, captions above boxes ("Ref #", "Enrollee No.", "Svc Dates (asked)", a "Visits asked / approved" box split by
  a slash, "Treating PT / NPI"): 12 more knee visits refused because the measurements have not changed
  (medical_necessity).
- lowres_claim_decision_form_four_visits_after_plateau: a 150 dpi member claim decision form ("Notice issued",
  "Member No.", "Claim #", a "Svc Dates / Billed" box), four shoulder visits in ISO dates, all refused under plan
  code V22 with a legend (medical_necessity).
- photocopy_family_eob_three_people_one_pt_line_code_px7: a photocopied family EOB (subscriber, spouse and son, each
  with rows), one therapy row of the spouse paid 0.00 under code PX7 and explained only in the legend
  (medical_necessity).
- phone_letter_to_father_son_visits_march_dates_in_words: a photographed letter to a father about his son's visits
  "on March .. and March .., 2026", its date only in the date line, the surgeon and the clinic named only in
  sentences (medical_necessity).
- rotated_approval_eight_visits_weekday_dates: an approval of eight visits "from Monday, .. through Friday, .."
  fed sideways (denies nothing).
- born_digital_appeal_decision_provider_box_iso_dates: an appeal decision keeping the refusal of back-therapy visits,
  a provider box with NPI and payee, ISO dates (medical_necessity).
- clean_stack_visits_past_twenty_no_request_duplex_then_pool_sessions_upside_down: a clean-scan stack of a letter on
  visits after the 20th given with no request first (prior_authorization), its blank duplex back, then upside down a
  letter on pool exercise sessions at a fitness club (not_covered).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddt_famdtd import DTSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "physical_therapy_progress_plateau_inferred_medical_necessity_denial"
LANG = "en"
SEED = 354601
INS = "Marrowstone Valley Health Plan"
ALT = ["Marrowstone Valley"]
CLINIC = "Cinderbrook Physical Therapy"
ORTHO = "Larkspur Hollow Orthopedics"
GROUP = "G-40817-LT"


def base(rng):
    """Member number stem: MV + 2 digits + '-S' + 5 digits (an S among digits); a person adds -0k."""
    return f"MV{digits(rng, 2)}-S{digits(rng, 5)}"


def mid(rng, k=1):
    return f"{base(rng)}-0{k}"


def clm(rng):
    """Claim number: 4 digits + B + 7 digits."""
    return f"{digits(rng, 4)}B{digits(rng, 7)}"


def ref(rng):
    return f"UR26-{digits(rng, 5)}-T"


def phone(rng, area="833"):
    return f"{area}-555-{digits(rng, 4)}"


def wd(d: dt.date) -> str:
    return d.strftime("%A, %B %-d, %Y")


def dob(rng, lo=1958, hi=2010):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DTSheet, rng, unit="Member Services"):
    p.f(14.5, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Boise ID 83707-{digits(rng, 4)}  |  {phone(rng)}"
                 "  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def faxstd_review(rng):
    member, pt, doc, rev = people(rng, 4)
    m = mid(rng, 1)
    r = ref(rng)
    rec = dt.date(2026, 3, rng.randint(16, 27))
    nd = plus(rec, rng.randint(2, 5))
    s = plus(nd, 3)
    e = plus(s, 39)
    n1, n2 = plus(rec, -rng.randint(15, 20)), plus(rec, -rng.randint(2, 6))
    fax = f"{nd.strftime('%m/%d/%Y')} 10:{rng.randint(10, 59)}  MVHP UTIL MGMT  {phone(rng, '208')}  P{{n}}"
    p = DTSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.title_bar("CONTINUED THERAPY REVIEW - DETERMINATION", "MV-UM-31 (rev. 11/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("To (servicing clinic)", CLINIC), ("Fax", phone(rng, "208")), ("Notice date", fdate(nd, "slash"))],
                [W * 0.45, W * 0.25, W * 0.30])
    p.form_band([("Enrollee", member), ("Enrollee No.", m), ("DOB", fdate(dob(rng), "slash")), ("Grp", GROUP)],
                [W * 0.34, W * 0.26, W * 0.18, W * 0.22])
    p.form_band([("Ref #", r), ("Rcvd", fdate(rec, "slash")), ("Svc Dates (asked)",
                 f"{fdate(s, 'slash')} - {fdate(e, 'slash')}"), ("Visits asked / approved", "12 / 0")],
                [W * 0.24, W * 0.18, W * 0.36, W * 0.22])
    p.form_band([("Treating PT / NPI", f"{pt} / {digits(rng, 10)}"), ("Referring MD", f"Dr. {doc}, {ORTHO}")],
                [W * 0.45, W * 0.55])
    p.form_band([("Codes asked", "97110, 97140, 97530 (2-3 units per visit)"), ("Dx", "Z96.651 / M25.661")],
                [W * 0.6, W * 0.4])
    p.ln(4)
    p.para(f"**Reviewer's note.** The enrollee has had 18 visits since the right knee replacement. The progress "
           f"notes dated {fdate(n1, 'slash')} and {fdate(n2, 'slash')} record the same knee bend (105 degrees), the "
           "same straight-leg lift and the same pain score (4 of 10) as the notes from four weeks earlier. She walks "
           "without a cane and climbs stairs one step at a time, as before. The records do not show the visits are "
           "still making a difference, and the exercises listed are ones she already does at home. The 12 visits "
           f"asked for are not approved. Reviewed by {rev}, PT, for the plan's physician reviewer.", 8.9)
    p.para("The clinic or the enrollee may appeal within 180 days of the notice date. Urgent appeals are decided "
           "within 72 hours. A peer-to-peer talk with the reviewer may be asked for within 14 days.", 8.7)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=m, member_name=member,
              cases=[r], service_dates=[f"{s.isoformat()}/{e.isoformat()}"], denial_date=nd.isoformat(), provider=pt,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [CLINIC], "service_dates": [[s.isoformat(), e.isoformat()]]})
    return out(p), t


def lowres_claim(rng):
    member, pt, sig = people(rng, 3)
    m = mid(rng, 1)
    n = clm(rng)
    d0 = dt.date(2026, 3, rng.randint(2, 5))
    ds = [plus(d0, k) for k in (0, 7, 14, 21)]
    nd = plus(ds[-1], rng.randint(24, 32))
    bills = [amount(rng, 140, 185) for _ in ds]
    tot = round(sum(bills), 2)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar("CLAIM DECISION", "MV-CD-8 (rev. 02/2026)")
    for ln in [member, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("Notice issued", fdate(nd, "long")), ("Member No.", m), ("Group", GROUP)],
                [W * 0.36, W * 0.34, W * 0.30])
    p.form_band([("Claim #", n), ("Svc Dates / Billed", f"{ds[0].isoformat()} - {ds[-1].isoformat()} | {money(tot)}")],
                [W * 0.34, W * 0.66])
    p.form_band([("Clinic", CLINIC), ("Therapist", pt)], [W * 0.5, W * 0.5])
    p.ln(3)
    p.table(["Svc date", "CPT", "Billed", "Plan paid", "Code"],
            [[d.isoformat(), "97110 x3", money(b, "nosign"), "0.00", "V22"] for d, b in zip(ds, bills)]
            + [["", "Claim total", money(tot, "nosign"), "0.00", ""]],
            [34, 50, 34, 34, W - 152], size=8.8, aligns=["L", "L", "R", "R", "C"], bold_last=True)
    p.para("**V22.** Your therapist's notes for these four visits show the shoulder lifting to the same height and "
           "the same strength as on the visit before the first of them. The visits repeated exercises from your "
           "home program without a change in what you can do. We pay for therapy visits while they are helping you "
           "regain movement; these did not, so the plan paid nothing. The clinic is in our network and may not bill "
           "you more than your share.", 8.9)
    p.para("If you disagree, you may appeal within 180 days of the date this notice was issued. External review is "
           f"available within 4 months of a final appeal decision. Questions: {phone(rng)} (TTY 711).", 8.7)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=m, member_name=member,
              cases=[n], claim_amount=m2(tot), service_dates=[d.isoformat() for d in ds], denial_date=nd.isoformat(),
              provider=CLINIC, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [pt], "service_dates": [[f"{ds[0].isoformat()}/{ds[-1].isoformat()}"]]},
              type_alternates=["eob"])
    return out(p), t


def photocopy_family_eob(rng):
    sub, spouse, son, pt, doc1, doc2 = people(rng, 6)
    stem = base(rng)
    ids = [f"{stem}-01", f"{stem}-02", f"{stem}-03"]
    sd = dt.date(2026, 4, rng.randint(13, 24))
    d = [plus(sd, -rng.randint(20, 40)) for _ in range(5)]
    d[1], d[2] = plus(sd, -rng.randint(30, 40)), plus(sd, -rng.randint(20, 27))
    c = [clm(rng) for _ in range(4)]
    b = [amount(rng, 120, 190), amount(rng, 150, 200), amount(rng, 150, 200), amount(rng, 90, 140),
         amount(rng, 35, 60)]
    clinic2 = "Willowmere Family Medicine"

    def r(n, who, i, d_, prov, code, bill, paid, rsn):
        al = round(bill * 0.62, 2) if paid else 0.0
        pd = round(al * 0.8, 2) if paid else 0.0
        return [n, who, i, fdate(d_, "slash"), prov, code, money(bill, "nosign"), money(al, "nosign"),
                money(pd, "nosign"), money(round(al - pd, 2), "nosign"), rsn]
    rows = [r(c[0], sub, ids[0], d[0], f"Dr. {doc1}", "99214", b[0], True, "A1"),
            r(c[1], spouse, ids[1], d[1], CLINIC, "97110", b[1], True, "A1"),
            r(c[2], spouse, ids[1], d[2], CLINIC, "97110", b[2], False, "PX7"),
            r(c[3], son, ids[2], d[3], f"Dr. {doc2}", "99213", b[3], True, "A1"),
            ["", son, ids[2], fdate(d[4], "slash"), f"Dr. {doc2}", "87880", money(b[4], "nosign"),
             money(round(b[4] * 0.62, 2), "nosign"), money(round(b[4] * 0.62, 2), "nosign"), "0.00", "A2"]]
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng)
    p.title_bar("FAMILY EXPLANATION OF BENEFITS - THIS IS NOT A BILL")
    p.capstrip([("Subscriber", sub), ("Subscriber No.", ids[0]), ("Group", GROUP), ("Statement date", fdate(sd, "abbr")),
                ("Plan year", "01/01/2026 - 12/31/2026")], [56, 46, 34, 50, 73])
    p.ln(3)
    p.table(["Claim", "Patient", "Member No.", "Svc date", "Provider", "CPT", "Billed", "Allowed", "Paid",
             "You owe", "Code"], rows, [32, 36, 32, 20, 46, 14, 18, 18, 16, 16, 11], size=7.4,
            aligns=["L"] * 6 + ["R"] * 4 + ["C"])
    p.para(f"**Codes.** A1: paid under your plan after your share. A2: lab test paid in full. PX7: the therapist's "
           f"notes for this visit show the same range of motion and strength as the two visits before it; the "
           f"plan pays for therapy while it is still improving how the body works, and these notes show no further "
           f"gain. {CLINIC}'s physical therapist of record: {pt}.", 8)
    p.para("Deductible met for 2026: $1,150.00 of $1,500.00. Appeal within 180 days of the statement date. Urgent "
           f"appeals: 72 hours. Member Services {phone(rng)}, TTY 711.", 8)
    t = truth("eob", "medical_necessity", insurer=INS, group=GROUP, member_id=ids[1], member_name=spouse, cases=[c[2]],
              claim_amount=m2(b[2]), service_dates=[d[2].isoformat()], denial_date=sd.isoformat(), provider=CLINIC,
              appeal_deadline=plus(sd, 180).isoformat(), alternates={"insurer": ALT, "provider": [pt]})
    return out(p), t


def phone_son(rng):
    son, father, pt, doc, sig = people(rng, 5)
    m = mid(rng, 3)
    n = clm(rng)
    d1 = dt.date(2026, 3, rng.randint(3, 10))
    d2 = plus(d1, 7)
    nd = plus(d2, rng.randint(28, 36))
    b1, b2 = amount(rng, 150, 200), amount(rng, 150, 200)
    tot = round(b1 + b2, 2)
    p = DTSheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng)
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [father, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Patient: {son}    Member No. {m}    Claim {n}    Visits {fdate(d1, 'dash')}, {fdate(d2, 'dash')}", 9.6)
    p.ln(1)
    p.para(f"Dear {father}:", 10)
    p.para(f"After your son's knee surgery last fall, Dr. {doc} at {ORTHO} sent him to {CLINIC}. The clinic billed us "
           f"{money(tot)} for the visits on {d1.strftime('%B %-d')} and {fdate(d2, 'long')}, with {pt}.", 10)
    p.para(f"We read the clinic's notes. By February, {son.split()[0]} was running, hopping on the operated leg and "
           "passing the clinic's own return-to-sport tests. At the two March visits he did the same drills he "
           "does at home from his printed program, and the therapist recorded no change. He can keep doing these "
           "exercises on his own; a therapist's help is no longer adding anything, so we did not pay for these two "
           "visits. The clinic is in our network and may not bill you for them.", 10)
    p.para("If you disagree, you may appeal within 180 days of the date of this letter. Send any notes you want us "
           f"to read. Urgent appeals are decided within 72 hours. Questions: {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Review", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=son, cases=[n],
              claim_amount=m2(tot), service_dates=[d1.isoformat(), d2.isoformat()], denial_date=nd.isoformat(),
              provider=CLINIC, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [pt]})
    return out(p), t


def rotated_approval(rng):
    member, pt, doc = people(rng, 3)
    m = mid(rng, 2)
    r = ref(rng)
    s = dt.date(2026, 4, 6)
    e = dt.date(2026, 5, 29)
    nd = plus(s, -rng.randint(3, 6))
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.para(wd(nd), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Member No.", m), ("Group", GROUP), ("Ref #", r)], label_w=30, size=9.6)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"Good news: we approved 8 physical therapy visits at {CLINIC} with {pt}, from {wd(s)} through {wd(e)}. "
           f"Dr. {doc} asked for them after your ankle fracture. Your usual copay applies to each visit.", 10)
    p.para("If you need more visits, the clinic can send us its notes before the last approved visit. Questions: "
           f"{phone(rng)} (TTY 711).", 10)
    t = truth("other", None, insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[r],
              service_dates=[f"{s.isoformat()}/{e.isoformat()}"], denial_date=nd.isoformat(), provider=pt,
              alternates={"insurer": ALT, "provider": [CLINIC, doc], "case_numbers": [[]], "service_dates": [[]]})
    return out(p), t


def born_digital_appeal(rng):
    member, pt, doc, rev, sig = people(rng, 5)
    m = mid(rng, 1)
    a = f"AP-{digits(rng, 6)}-M"
    n = clm(rng)
    ds = [dt.date(2026, 2, 2) + dt.timedelta(days=rng.randint(0, 3) + 7 * k) for k in range(3)]
    ad = plus(ds[-1], rng.randint(40, 55))
    nd = plus(ad, rng.randint(20, 28))
    bills = [amount(rng, 130, 175) for _ in ds]
    tot = round(sum(bills), 2)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Appeals")
    p.title_bar("APPEAL DECISION")
    p.addr_pair("To", [member, *address(rng)], "Appeal", [f"Appeal no. {a}", f"Claim {n}", f"Member No. {m}",
                                                           f"Decision date {nd.isoformat()}"])
    p.ln(2)
    p.grid([[("Provider", pt), ("NPI", digits(rng, 10)), ("Payee", CLINIC)]], size=8.8)
    p.table(["Svc date", "CPT", "Billed", "Plan paid"],
            [[d.isoformat(), "97110, 97140", money(b, "nosign"), "0.00"] for d, b in zip(ds, bills)]
            + [["Total", "", money(tot, "nosign"), "0.00"]],
            [40, 60, 40, 39.9], size=8.8, aligns=["L", "L", "R", "R"], bold_last=True)
    p.para(f"**Our decision: we are keeping our earlier decision.** You asked us on {ad.isoformat()} to pay for the "
           "three low-back therapy visits above. Dr. " + rev + ", a physiatrist who did not make the first decision, "
           "read the clinic's notes and the letter from your doctor, Dr. " + doc + ". The notes show the same "
           "forward bend, the same sitting tolerance of 30 minutes and the same disability score at every visit "
           "since December. Nothing in them shows the visits were changing what you could do, so the plan will "
           "not pay for them.", 9.3)
    p.para("This ends our internal appeals. You may ask for an external review by an independent organization within "
           "4 months of this decision. Urgent external reviews are decided within 72 hours.", 9)
    p.para(f"{sig}, Appeals Coordinator  |  {phone(rng)}  |  TTY 711", 9)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=member, cases=[n, a],
              claim_amount=m2(tot), service_dates=[d.isoformat() for d in ds], denial_date=nd.isoformat(),
              provider=pt, appeal_deadline=None, alternates={"insurer": ALT, "provider": [CLINIC],
                                                             "case_numbers": [[a], [n]]})
    return out(p), t


def clean_stack(rng):
    member, pt, doc, sig = people(rng, 4)
    m = mid(rng, 1)
    n = clm(rng)
    d0 = dt.date(2026, 4, rng.randint(1, 6))
    ds = [d0, plus(d0, 3), plus(d0, 7)]
    nd = plus(ds[-1], rng.randint(25, 32))
    bills = [amount(rng, 140, 180) for _ in ds]
    tot = round(sum(bills), 2)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Member No.", m), ("Group", GROUP), ("Claim", n)], label_w=30, size=9.6)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"{CLINIC} billed us {money(tot)} for your therapy visits with {pt} on {fdate(ds[0], 'slash')}, "
           f"{fdate(ds[1], 'slash')} and {fdate(ds[2], 'slash')}. These were your 21st, 22nd and 23rd visits this "
           "year.", 10)
    p.para("Your plan pays for the first 20 visits a year without any paperwork. After the 20th, the clinic must send "
           "us its notes and ask us first, so that we can agree to more visits before they happen. We did not "
           "receive anything from the clinic before these three visits, so we did not pay them. The clinic is in "
           "our network and may not bill you for them. It can still send us its notes for visits from now on.", 10)
    p.para("If you disagree, you may appeal within 180 days of the date of this letter. Questions: "
           f"{phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims", 10)
    d_a = (out(p), truth("denial_letter", "prior_authorization", insurer=INS, group=GROUP, member_id=m,
                         member_name=member, cases=[n], claim_amount=m2(tot), service_dates=[d.isoformat() for d in ds],
                         denial_date=nd.isoformat(), provider=CLINIC, appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [pt]}))
    mem2, sig2, coach = people(rng, 3)
    m2_ = mid(rng, 2)
    n2 = clm(rng)
    s = dt.date(2026, 5, rng.randint(4, 8))
    e = plus(s, 25)
    nd2 = plus(e, rng.randint(20, 30))
    fee = amount(rng, 240, 360)
    club = "Stonegate Athletic Club"
    q = DTSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng)
    q.para(fdate(nd2, "long"), 10)
    for ln in [mem2, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("Member No.", m2_), ("Claim", n2)], label_w=30, size=9.6)
    q.ln(2)
    q.para(f"Dear {mem2}:", 10)
    q.para(f"You sent us a receipt from {club} for {money(fee)} for eight pool exercise sessions with {coach} from "
           f"{fdate(s, 'long')} through {fdate(e, 'long')}, and a note from your physical therapist suggesting them.",
           10)
    q.para("We understand the sessions helped your hip. But classes and sessions at a gym or fitness club, even ones "
           "a therapist suggests, are not part of your benefits under this plan; the plan booklet lists fitness "
           "programs among the things it does not pay for. So we cannot repay the receipt.", 10)
    q.para("If you disagree, you may appeal within 180 days of the date of this letter.", 10)
    q.para(f"Sincerely,\n{sig2}\nMember Services", 10)
    d_b = (out(q), truth("denial_letter", "not_covered", insurer=INS, member_id=m2_, member_name=mem2, cases=[n2],
                         claim_amount=m2(fee), service_dates=[f"{s.isoformat()}/{e.isoformat()}"],
                         denial_date=nd2.isoformat(), provider=club, appeal_deadline=plus(nd2, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [coach, None],
                                     "service_dates": [[s.isoformat(), e.isoformat()]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_continued_visit_review_form_same_measurements", "fax_standard_g4", [faxstd_review(rng)]),
        Item(F + "lowres_claim_decision_form_four_visits_after_plateau", "scan_lowres_150", [lowres_claim(rng)]),
        Item(F + "photocopy_family_eob_three_people_one_pt_line_code_px7", "photocopy", [photocopy_family_eob(rng)]),
        Item(F + "phone_letter_to_father_son_visits_march_dates_in_words", "phone_photo", [phone_son(rng)]),
        Item(F + "rotated_approval_eight_visits_weekday_dates", "rotated", [rotated_approval(rng)]),
        Item(F + "born_digital_appeal_decision_provider_box_iso_dates", "born_digital", [born_digital_appeal(rng)]),
        Item(F + "clean_stack_visits_past_twenty_no_request_duplex_then_pool_sessions_upside_down", "scan_clean_300",
             clean_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
