"""An invented commercial plan (Halberd Pass Health Plan, an Oregon HMO) deciding claims for visits its members made
away from home: walk-in and urgent care clinics in other states or towns that have no contract with the plan. The
plan's rule (clinics outside the network are paid away from home only when the care could not wait until the
member got back, and follow-up visits away from home need approval first), its time limits (180-day appeal, 60-day
second level, 72-hour urgent appeal, 4-month external review), every clinic, doctor, person, number and address are
invented. CPT codes appear as themselves. The reason is always put in the writer's own words: no heading or phrase
names the kind of denial, and most dates carry their weekday ("Tuesday, March 3, 2026").

Documents (8 in 7 files):
- faxstd_claim_form_walk_in_clinic_in_arizona: a claim decision caption form on a standard fax ("Enrollee No.",
  "Date this notice was mailed", "Svc Dates", "Billed", a split "Clinic / City" box) refusing a walk-in visit in
  Arizona for a rash of three weeks (out_of_network).
- lowres_family_eob_three_people_daughter_row_code_only: a 150 dpi family EOB listing the subscriber, his wife and
  their daughter, each with their own rows (compact dates 2026-03-03); the daughter's visit at a Nevada clinic pays
  0.00 under remark R44 whose legend carries the reason (out_of_network).
- born_appeal_decision_clinic_forty_miles_from_home: a born-digital appeal decision whose date is only in the
  letter's date line; the clinic was 40 miles from home, not far enough for the away-from-home rule; the doctor
  named only in sentences (out_of_network).
- phone_letter_to_parent_camp_follow_up_visits: a photographed letter to a mother: her son's first visit at a clinic
  near his summer camp paid, the visits "on July 10 and July 14, 2026" refused because no one asked first
  (prior_authorization).
- photocopy_caption_form_idaho_clinic_reference_box: a photocopied claim notice with captions beside boxes ("Ref #",
  "Notice issued", "Svc Dates", "Billed") and a provider box with NPI and payee: a clinic in Idaho seen for a
  cough the member had for a month before the trip (out_of_network).
- rotated_reconsideration_paid_ankle_xray_in_utah: a reconsideration that now pays a Utah clinic's visit and X-ray,
  fed sideways (denies nothing).
- clean_stack_duplicate_claim_then_travel_shots_upside_down: a clean-scan stack of a letter refusing a clinic's
  second claim for a visit already paid (other), its blank duplex back, and upside down a letter refusing shots
  for a trip abroad as not part of the benefits (not_covered).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddt_famdtd import DTSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "out_of_area_urgent_visit_inferred_network_denial"
LANG = "en"
SEED = 354603
INS = "Halberd Pass Health Plan"
ALT = ["Halberd Pass"]
PLAN = "Halberd Pass Select HMO 2500"
GROUP = "GRP-B4410-OR"


def mid(rng, sep=" "):
    """Enrollee number: HPH, eight digits, a letter suffix (S or Z next to digits), printed in groups."""
    d = digits(rng, 8)
    return f"HPH{sep}{d[:4]}{sep}{d[4:]}{sep}{rng.choice('SZ')}"


def nospace(s):
    return s.replace(" ", "")


def clm(rng):
    return f"C26-{digits(rng, 5)}-{rng.choice('SZGB')}{digits(rng, 2)}"


def phone(rng, area="503"):
    return f"{area}-555-{digits(rng, 4)}"


def wk(d: dt.date) -> str:
    return d.strftime("%A, %B %-d, %Y")


def dob(rng, lo=1962, hi=2000):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DTSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Salem OR 973{rng.randint(10, 99)}  |  "
                 f"1-888-555-{digits(rng, 4)}  |  TTY 711  |  Fax {phone(rng)}", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def faxstd_form(rng):
    member, doc, rev = people(rng, 3)
    m = mid(rng)
    v = dt.date(2026, 3, rng.randint(2, 20))
    nd = plus(v, rng.randint(26, 38))
    n = clm(rng)
    b1, b2 = amount(rng, 150, 240), amount(rng, 40, 90)
    tot = round(b1 + b2, 2)
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  HALBERD PASS CLAIMS  {phone(rng)}  P{{n}}"
    p = DTSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar("CLAIM DECISION", "HPHP form CD-9 (rev. 12/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("Date this notice was mailed", wk(nd)), ("Enrollee", member), ("Enrollee No.", m)],
                [64, 62, W - 126])
    p.form_band([("Plan / Group", f"{PLAN} / {GROUP}"), ("Enrollee DOB", fdate(dob(rng), "slash")),
                 ("Claim", n)], [82, 34, W - 116])
    p.form_band([("Svc Dates", wk(v)), ("Clinic / City", "Cinder Gap Walk-In Clinic / Flagstaff, AZ"),
                 ("Billed", money(tot))], [58, 88, W - 146])
    p.form_band([("Seen by", f"Dr. {doc}"), ("Clinic NPI", digits(rng, 10)), ("Home clinic", "Willamette Bend Family Practice")],
                [58, 40, W - 98])
    p.ln(2)
    p.table(["CPT", "Service", "Billed", "We paid", "Note"],
            [["99203", "New patient visit", money(b1, "nosign"), "0.00", "A"],
             ["87070", "Skin culture", money(b2, "nosign"), "0.00", "A"],
             ["", "Claim total", money(tot, "nosign"), "0.00", ""]],
            [20, 86, 30, 26, W - 162], size=8.6, aligns=["L", "L", "R", "R", "C"], bold_last=True)
    p.para("Note A: The clinic in Flagstaff has no contract with us. When you are away from home, we pay a clinic "
           "like this one only when the problem cannot wait until you are back. The clinic's notes say the rash had "
           "been there for about three weeks before the visit and was not getting worse, so it could have been seen "
           "by your own doctor at home. You may owe the clinic its charge.", 8.8)
    p.para(f"Reviewed by {rev}. You may appeal within 180 days of the date this notice was mailed. Urgent appeals "
           "are decided within 72 hours. External review: within 4 months of our final decision.", 8.6)
    t = truth("denial_letter", "out_of_network", insurer=INS, plan_id=PLAN, group=GROUP, member_id=nospace(m),
              member_name=member, cases=[n], claim_amount=m2(tot), service_dates=[v.isoformat()],
              denial_date=nd.isoformat(), provider=doc, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": ["Cinder Gap Walk-In Clinic"], "plan_id": [None]},
              type_alternates=["eob"])
    return out(p), t


def lowres_family_eob(rng):
    sub, wife, dau = people(rng, 3)
    d_pc, d_lab, d_oon = people(rng, 3)
    m = mid(rng, "")
    sd = dt.date(2026, 4, rng.randint(6, 24))
    rows = []

    def row(n, who, d, prov, code, desc, b, paid, rk):
        al = round(b * 0.64, 2) if paid else 0.0
        pd = round(al - 30, 2) if paid and al > 60 else (round(al, 2) if paid else 0.0)
        return [n, d.isoformat(), prov, code, desc, money(b, "nosign"), money(al, "nosign"), money(pd, "nosign"),
                money(round(al - pd, 2), "nosign"), rk]
    dv = [plus(sd, -rng.randint(15, 45)) for _ in range(5)]
    ns = [clm(rng) for _ in range(5)]
    bs = [amount(rng, 130, 220), amount(rng, 40, 90), amount(rng, 160, 240), amount(rng, 150, 230),
          amount(rng, 60, 120)]
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(11, 12, 11)
    p.add_page()
    _head(p, rng)
    p.title_bar("FAMILY EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL")
    p.capstrip([("Subscriber", sub), ("Enrollee No.", m), ("Group", GROUP), ("Statement date", sd.isoformat()),
                ("Plan", PLAN)], [42, 34, 30, 28, 59.9])
    p.ln(3)
    head = ["Claim", "Svc date", "Provider", "CPT", "Service", "Billed", "Allowed", "Paid", "You owe", "Rmk"]
    widths = [27, 19, 44, 12, 26, 15, 15, 13, 13, 0]
    widths[-1] = p.w - p.l_margin - p.r_margin - sum(widths[:-1])
    for who, rel, rr in [(sub, "Subscriber", [row(ns[0], sub, dv[0], "Willamette Bend Family Practice", "99214",
                                                  "Office visit", bs[0], True, "")]),
                         (wife, "Spouse", [row(ns[1], wife, dv[1], "Tualatin Valley Lab", "80053", "Blood panel",
                                               bs[1], True, ""),
                                           row(ns[2], wife, dv[2], "Willamette Bend Family Practice", "99213",
                                               "Office visit", bs[2], True, "")]),
                         (dau, "Daughter", [row(ns[3], dau, dv[3], "Sagebrush Flats Urgent Care, NV", "99204",
                                                "New patient visit", bs[3], False, "R44"),
                                            row(ns[4], dau, dv[4], "Willamette Bend Family Practice", "99212",
                                                "Office visit", bs[4], True, "")])]:
        p.f(8.6, "B")
        p.cell(0, 5, f"{who}  ({rel})", new_x="LMARGIN", new_y="NEXT")
        p.table(head, rr, widths, size=7.4, aligns=["L"] * 5 + ["R"] * 4 + ["C"], head_h=6)
    p.para(f"**Remarks.** R44: Sagebrush Flats Urgent Care has no agreement with us, and this visit was planned "
           f"ahead (a sports physical for a school team) rather than for a sudden illness or injury. Away from "
           f"home we pay such clinics only when care cannot wait. Dr. {d_oon} saw the patient there.", 8.2)
    p.para("To appeal, write within 180 days of the statement date. Urgent appeals: 72 hours.", 8.2)
    t = truth("eob", "out_of_network", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m, member_name=dau,
              cases=[ns[3]], claim_amount=m2(bs[3]), service_dates=[dv[3].isoformat()], denial_date=sd.isoformat(),
              provider="Sagebrush Flats Urgent Care", appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [d_oon], "plan_id": [None]},
              denial_alternates=["not_covered"])
    return out(p), t


def born_appeal(rng):
    member, doc, rev, sig = people(rng, 4)
    m = mid(rng, "-")
    v = dt.date(2026, 2, rng.randint(2, 20))
    nd = plus(v, rng.randint(60, 80))
    n = clm(rng)
    ap = f"APL-{digits(rng, 6)}-{rng.choice('GB')}"
    b = amount(rng, 210, 380)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, "Appeals")
    p.para(wk(nd), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Enrollee No.", m), ("Appeal", ap), ("Claim", n)], label_w=30, size=9.6)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"You asked us to pay the claim from Juniper Rim Urgent Care in Bend for your visit on {wk(v)}. "
           f"Dr. {doc} treated you there for ear pain, and the clinic billed {money(b)}. You told us you were on a "
           "ski trip and could not get to your own doctor.", 10)
    p.para(f"Dr. {rev}, who did not take part in the first decision, looked at the claim and your letter. The "
           "clinic does not have a contract with us. Your plan pays such clinics for care that cannot wait only "
           "when you are more than 100 miles from home; Bend is about 40 miles from your address, and three "
           "clinics that work with us were open that day within 10 miles of the ski area. So we still cannot pay "
           "this claim.", 10)
    p.para("If you still disagree, you may ask for a second-level appeal within 60 days of the date of this letter. "
           "You may also ask for an external review by an independent reviewer within 4 months. Call "
           f"1-888-555-{digits(rng, 4)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nAppeals Coordinator", 10)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=m, member_name=member, cases=[ap, n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
              provider="Juniper Rim Urgent Care", appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [doc], "case_numbers": [[ap], [n]]})
    return out(p), t


def phone_camp(rng):
    son, mother, doc, sig = people(rng, 4)
    m = mid(rng)
    v0 = dt.date(2026, 7, 7)
    v1, v2 = dt.date(2026, 7, 10), dt.date(2026, 7, 14)
    nd = dt.date(2026, 8, rng.randint(10, 21))
    n0, n1 = clm(rng), clm(rng)
    b0, f1, f2 = amount(rng, 280, 420), amount(rng, 95, 140), amount(rng, 95, 140)
    tot = round(f1 + f2, 2)
    p = DTSheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng)
    p.para(wk(nd), 10)
    for ln in [mother, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Patient", son), ("Enrollee No.", m), ("Claim", n1)], label_w=30, size=9.6)
    p.ln(2)
    p.para(f"Dear {mother}:", 10)
    p.para(f"Your son cut his hand at summer camp and was seen at Lodgepole Lake Clinic in Montana on "
           f"{wk(v0)}. Dr. {doc} closed the cut. We paid that visit (claim {n0}) in full.", 10)
    p.para(f"He went back to the clinic on July 10 and July 14, 2026 to have the cut checked and the stitches "
           f"taken out, and the clinic billed {money(tot)} for those two visits. A second visit to a clinic that "
           "does not work with us, far from home, needs our agreement before it happens. We did not hear from the "
           "clinic, the camp or you until the claim came, so we cannot pay these two visits.", 10)
    p.table(["Visit", "CPT", "Billed", "Paid"],
            [[fdate(v1, "slash"), "99212", money(f1, "nosign"), "0.00"],
             [fdate(v2, "slash"), "99212", money(f2, "nosign"), "0.00"]], [40, 30, 40, 40], size=9)
    p.para("If you disagree, you may appeal within 180 days of the date of this letter. An urgent appeal is decided "
           f"within 72 hours. Call 1-888-555-{digits(rng, 4)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nMember Services", 10)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=nospace(m), member_name=son, cases=[n1],
              claim_amount=m2(tot), service_dates=[v1.isoformat(), v2.isoformat()], denial_date=nd.isoformat(),
              provider="Lodgepole Lake Clinic", appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [doc]}, denial_alternates=["out_of_network"])
    return out(p), t


def photocopy_idaho(rng):
    member, doc, sig = people(rng, 3)
    m = mid(rng, "-")
    v = dt.date(2026, 5, rng.randint(4, 22))
    nd = plus(v, rng.randint(28, 40))
    n = clm(rng)
    b = amount(rng, 180, 320)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar("NOTICE OF CLAIM ACTION", "HPHP-NCA-2")
    for ln in [member, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.beside([[("Notice issued", wk(nd)), ("Ref #", n)],
              [("Enrollee No.", m), ("Group", GROUP)],
              [("Svc Dates", wk(v)), ("Billed", money(b))],
              [("Rendering", f"Dr. {doc}"), ("Payee", "Coeur Hollow Clinic PLLC")],
              [("Payee NPI", digits(rng, 10)), ("Place", "Coeur d'Alene, ID")]], cap_w=24, cap=5.8)
    p.para("**What happened.** The clinic asked us to pay for a visit and a chest X-ray for a cough. The clinic has "
           "no contract with us. The visit notes say the cough started about a month before you left home and that "
           "you planned the visit so the doctor could look at it while you were visiting family. Care away from "
           "home at a clinic like this is paid only when it cannot wait until you get back, so we did not pay.",
           9.2)
    p.para("You may appeal within 180 days of the date of this notice. External review: within 4 months of the "
           f"final decision. Member Services 1-888-555-{digits(rng, 4)} (TTY 711). {sig}, Claims.", 8.8)
    t = truth("denial_letter", "out_of_network", insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": ["Coeur Hollow Clinic"]}, type_alternates=["eob"])
    return out(p), t


def rotated_paid(rng):
    member, doc, sig = people(rng, 3)
    m = mid(rng)
    v = dt.date(2026, 1, rng.randint(5, 23))
    nd = plus(v, rng.randint(50, 70))
    n = clm(rng)
    b1, b2 = amount(rng, 190, 280), amount(rng, 90, 150)
    tot = round(b1 + b2, 2)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.para(wk(nd), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Enrollee No.", m), ("Claim", n), ("Group", GROUP)], label_w=30, size=9.6)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"We looked again at the claim from Red Ledge Urgent Care in St. George, Utah, for your visit on "
           f"{wk(v)}, when Dr. {doc} examined and X-rayed your ankle after a fall on a hiking trail. The notes show "
           "you could not put weight on the foot, which could not wait until you got home.", 10)
    p.para(f"We have now paid the claim at the in-network rate. You owe only your urgent care copay of $50.00.", 10)
    p.table(["CPT", "Service", "Billed", "Plan paid"],
            [["99203", "New patient visit", money(b1, "nosign"), money(round(b1 * 0.7 - 50, 2), "nosign")],
             ["73610", "Ankle X-ray 3 views", money(b2, "nosign"), money(round(b2 * 0.7, 2), "nosign")],
             ["", "Total", money(tot, "nosign"), ""]], [22, 80, 35, 36.9], size=9, bold_last=True)
    p.para(f"Questions: 1-888-555-{digits(rng, 4)} (TTY 711).\n\nSincerely,\n{sig}\nClaims", 10)
    t = truth("other", None, insurer=INS, group=GROUP, member_id=nospace(m), member_name=member, cases=[n],
              claim_amount=m2(tot), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
              provider="Red Ledge Urgent Care", appeal_deadline=None,
              alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def clean_stack(rng):
    member, doc, sig = people(rng, 3)
    m = mid(rng)
    v = dt.date(2026, 4, rng.randint(6, 24))
    n_paid, n_dup = clm(rng), clm(rng)
    nd = plus(v, rng.randint(35, 45))
    b = amount(rng, 160, 260)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Claims")
    p.para(wk(nd), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Enrollee No.", m), ("Claim", n_dup), ("Svc date", fdate(v, "slash"))], label_w=30, size=9.6)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"Mesa Arroyo Urgent Care in Santa Fe sent us a claim for {money(b)} for your visit with Dr. {doc} on "
           f"{wk(v)}. We already paid that same visit under claim {n_paid}; this second claim lists the same "
           "services on the same day. We will not pay it twice, and the clinic should not bill you for it.", 10)
    p.para("If you disagree, you may appeal within 180 days of the date of this letter.", 10)
    p.para(f"Sincerely,\n{sig}\nClaims", 10)
    d_a = (out(p), truth("denial_letter", "other", insurer=INS, member_id=nospace(m), member_name=member,
                         cases=[n_dup], claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
                         provider="Mesa Arroyo Urgent Care", appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [doc]}))
    member2, nurse, sig2 = people(rng, 3)
    m2_ = mid(rng, "-")
    v2 = dt.date(2026, 5, rng.randint(4, 22))
    nd2 = plus(v2, rng.randint(25, 35))
    n2 = clm(rng)
    b2 = amount(rng, 240, 420)
    q = DTSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng)
    q.para(wk(nd2), 10)
    for ln in [member2, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("Enrollee No.", m2_), ("Claim", n2)], label_w=30, size=9.6)
    q.ln(2)
    q.para(f"Dear {member2}:", 10)
    q.para(f"On {wk(v2)}, {nurse}, a nurse at Tamarisk Travel and Urgent Care in Boise, gave you shots for typhoid "
           f"and yellow fever before your trip abroad. The clinic billed {money(b2)}.", 10)
    q.para("Shots that are needed only because you are going to travel out of the country are not part of your "
           "benefits under this plan, wherever you get them. Your plan booklet lists them among the services it "
           "leaves out.", 10)
    q.para("If you disagree, you may appeal within 180 days of the date of this letter.", 10)
    q.para(f"Sincerely,\n{sig2}\nMember Services", 10)
    d_b = (out(q), truth("denial_letter", "not_covered", insurer=INS, member_id=m2_, member_name=member2, cases=[n2],
                         claim_amount=m2(b2), service_dates=[v2.isoformat()], denial_date=nd2.isoformat(),
                         provider="Tamarisk Travel and Urgent Care", appeal_deadline=plus(nd2, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [nurse]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_claim_form_walk_in_clinic_in_arizona", "fax_standard_g4", [faxstd_form(rng)]),
        Item(F + "lowres_family_eob_three_people_daughter_row_code_only", "scan_lowres_150",
             [lowres_family_eob(rng)]),
        Item(F + "born_appeal_decision_clinic_forty_miles_from_home", "born_digital", [born_appeal(rng)]),
        Item(F + "phone_letter_to_parent_camp_follow_up_visits", "phone_photo", [phone_camp(rng)]),
        Item(F + "photocopy_caption_form_idaho_clinic_reference_box", "photocopy", [photocopy_idaho(rng)]),
        Item(F + "rotated_reconsideration_paid_ankle_xray_in_utah", "rotated", [rotated_paid(rng)]),
        Item(F + "clean_stack_duplicate_claim_then_travel_shots_upside_down", "scan_clean_300", clean_stack(rng),
             separators=["duplex", None], turns={(1, 0): 180}),
    ]
