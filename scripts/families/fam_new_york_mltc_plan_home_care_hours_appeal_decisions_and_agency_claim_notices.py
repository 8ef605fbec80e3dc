"""Notices mirrored (structure and plain wording style only) from the papers a New York Medicaid Managed Long Term
Care (MLTC) plan sends its members, their representatives and the home care agencies it pays. Public program and
rules used as themselves: Medicaid Managed Long Term Care and Medicaid Advantage Plus (MAP) plans, the Initial
Adverse Determination, the Plan Appeal and the Final Adverse Determination, the Integrated Appeal of a MAP plan, the
State Fair Hearing after the plan's appeal decision (120 days), a Plan Appeal within 60 calendar days of the notice,
a fast appeal decided in 72 hours, services kept the same when the appeal is asked for within 10 days of the notice
or by the day the change takes effect, an External Appeal with the New York State Department of Financial Services,
the Independent Consumer Advocacy Network (ICAN), the Medicaid CIN shape and the Medicare number shape, HCPCS T1019
(personal care, per 15 minutes), personal care in hours a week, 24-hour live-in care (the aide must be able to sleep)
against split-shift care by two aides awake in turns, social adult day care against adult day health care, and
that an MLTC plan does not cover doctor visits, X-rays or lab tests (Medicare and Medicaid fee-for-service pay them).
The plan (Neversink Valley Health Plan with its products Neversink Valley Community Care and Neversink Valley
Advantage Plus), every agency, day center, transport company, billing company, imaging center, legal services
office, doctor, nurse, care manager, member, number, address, phone (555), code (P1, A7) and the 45-day
reconsideration limit are invented. No heading names the kind of denial; each reason is told in plain words.

Documents (8 in 7 files):
- faxstd_initial_adverse_determination_personal_care_42_to_28_hours: a two-page Initial Adverse Determination on a
  standard fax with short captions left of their boxes ("Dt of Ntc", "Enr No." printed in groups with a letter
  among digits beside "CIN" and "Mcare", "Agcy", "Auth #" with a B, "Ref", "Eff.", "New auth prd" 05/18/26 -
  11/15/26), a Mon-Sun hours grid and a task table: personal care cut from 42 to 28 hours a week because the hip
  has healed (medical_necessity); the home care agency only in a box and a sentence; "within 60 calendar days of
  the date of this notice" (the 10-day keep-your-services date is a decoy).
- born_digital_final_adverse_determination_split_shift_refused_live_in_kept: a Final Adverse Determination to the
  member's son with a facts box at the right (dashed member ID beside the CIN, appeal no., the first notice's
  ref.) and a parties box (agency, the doctor who asked, care manager, reviewing doctor): split-shift care "from
  1 June 2026 to 30 November 2026" refused because the live-in aide's night notes show she is seldom woken
  (medical_necessity; level_of_care accepted); only fair-hearing (120 days) and External Appeal limits (null).
- lowres_provider_payment_summary_weekend_hours_without_authorization: a 150 dpi payment summary to a home care
  agency paid through its billing company with odd captions under boxes ("Chk Dt", "Chk/EFT", "Prov", "Payee",
  "Remit"), three members' T1019 lines grouped under bold member rows, billed / allowed / adjustment "18.20-" /
  paid and a totals row; the middle member's Saturday and Sunday lines pay 0.00 under A7 (her authorization is
  Monday to Friday, nobody asked for weekend hours: prior_authorization; legend only); "within 45 days of the Chk
  Dt".
- photocopy_social_adult_day_center_outside_network: a photocopied letter to a daughter ("Re: your mother") with
  stacked captions beside boxes (member ID with dashes, Medicaid no., request no. printed with spaces) and a
  parties row (the center asked for, the transport company, the care manager): social adult day care on Mondays,
  Wednesdays and Fridays "from Monday, June 1, 2026 through Monday, August 31, 2026" at a center with no contract
  while two network centers have room (out_of_network; network centers as decoys); "no later than 60 calendar days
  after the date printed at the top of this notice".
- phone_es_aviso_radiografia_no_cubierta_por_el_plan_mltc: a photographed Spanish notice with stacked captions
  (afiliado no. in groups, Medicare and CIN as decoys, claim no. with a Z) refusing an imaging center's hip X-ray of
  "martes, 10 de marzo de 2026" because MLTC does not cover X-rays (not_covered; "412.00 dólares (US$ 412,00)" only
  in a sentence; ordering and reading doctors named); "dentro de 60 días calendario a partir de la fecha de este
  aviso".
- rotated_notice_of_authorization_personal_care_35_hours: an authorization of 35 hours a week "6/1/2026 to
  11/30/2026" with captions under bold values (authorization no. with an I), fed sideways (denies nothing).
- faxfine_stack_elder_law_cover_letter_then_integrated_appeal_adult_day_health_sideways: a fax cover sheet, a
  legal services office's letter to its client forwarding the plan's decision (decides nothing; the office's file
  no. and the fair-hearing date it counted as decoys), then a two-page Notice of Integrated Appeal Decision
  keeping the refusal of adult day health care "2026-04-06 to 2026-10-02" because social adult day care meets the
  member's needs (level_of_care; medical_necessity accepted), its rights page fed sideways; no appeal deadline
  (only the fair hearing remains).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounded_famhe import (EDSheet, confusable_id, cin, day_sl, dmy_long, es_date, monday, n2, neg, ny_address,
                               nz, people, phone, sl, stampdate, upper_name, wday, workday)
from public_kit import digits, fdate, m2, mbi, out, plus, truth

FAMILY = "new_york_mltc_plan_home_care_hours_appeal_decisions_and_agency_claim_notices"
LANG = "en"
SEED = 354934
INS = "Neversink Valley Health Plan"
MLTC = "Neversink Valley Community Care"
MAP = "Neversink Valley Advantage Plus"
ALT = ["Neversink Valley", "Neversink Valley Health", MLTC]
HOMECARE = "Callicoon Hearth Home Care Services"
ADHC = "Kiskatom Meadows Adult Day Health Care Program"
SADC = "Cragsmoor Street Social Adult Day Center"
NET_SADC = [("Sawkill Vale Senior Day Club", "Napanoch", "3.1"), ("Wittenberg Friends Social Day Program",
                                                                   "Wawarsing", "4.6")]
TRANSPORT = "Mongaup Ride Medical Transportation"
BILLER = "Napanoch Claims & Billing LLC"
IMAGING = "Halcott Diagnostic Imaging"
ADVOCATE = "Bovina Creek Elder Law Project"


def _head(p, rng, unit: str, product: str = MLTC, box: str | None = None):
    p.head(INS, "NVHP", [f"{product}  |  {unit}  |  PO Box {rng.randint(3100, 3899)}, Kingston NY 12402",
                         f"Member Services 1-888-555-{digits(rng, 4)}  |  TTY 711  |  Fax (845) 555-{digits(rng, 4)}"],
           box=box, size=12.6)


def _rights_page(p, rng, final: bool = False, map_plan: bool = False):
    """The rights page: plan appeal (or what is left after it), keeping services, fair hearing, help, taglines."""
    p.add_page()
    p.bar("What you can do next" if final else "Your rights - please read")
    if not final:
        p.columns(
            [("Ask for a Plan Appeal", "Call Member Services, fax us, or write to the Appeals Unit at the address at "
              "the top of page 1. You, your doctor, or someone you choose can ask. Ask within 60 calendar days of "
              "the date of this notice. We decide most appeals within 30 calendar days."),
             ("A fast appeal", "If waiting could seriously harm your health, ask for a fast appeal. We decide fast "
              "appeals within 72 hours.")],
            [("Keeping your services the same", "Your services stay the same while we decide the appeal if you ask "
              "within 10 days of the date of this notice, or by the day the change starts if that is later."),
             ("After the Plan Appeal", "If we still say no, you can ask for a State Fair Hearing within 120 days of "
              "our appeal decision, and you may be able to ask the New York State Department of Financial "
              "Services for an External Appeal.")], size=8.6)
    else:
        p.columns(
            [("State Fair Hearing", "You have 120 days from the date of this notice to ask for a State Fair "
              "Hearing. Call 1-800-555-" + digits(rng, 4) + ", or write to the Office of Administrative Hearings, "
              "PO Box " + str(rng.randint(1900, 1999)) + ", Albany NY 12201."),
             ("External Appeal", "Because we said the service was not needed, you can also ask the New York State "
              "Department of Financial Services for an External Appeal within 4 months of this notice. A fair "
              "hearing decision is the one that counts if you ask for both.")],
            [("Keeping your services the same", "If this decision lowers services you already get, ask for the "
              "fair hearing within 10 days of this notice to keep them until the hearing decision."),
             ("Medicare services" if map_plan else "Records", "Adult day health care is a Medicaid service, so "
              "this appeal does not go to Medicare's independent review entity." if map_plan else
              "You can ask for a free copy of everything we used to decide, including the nurse's assessment.")],
            size=8.6)
    p.para(f"**Free help.** The Independent Consumer Advocacy Network (ICAN) helps people in Medicaid long-term care "
           f"plans with appeals and hearings: 1-844-555-{digits(rng, 4)}, TTY 711. Free legal help may also be "
           "available where you live.", 8.8)
    p.rule(2)
    p.f(7.2)
    p.multi_cell(0, 3.4, "ATTENTION: language assistance services, free of charge, are available to you. Call "
                 "1-888-555-" + digits(rng, 4) + ".   ATENCIÓN: si habla español, tiene a su disposición servicios "
                 "gratuitos de asistencia lingüística.   ВНИМАНИЕ: если вы говорите на русском языке, вам доступны "
                 "бесплатные услуги перевода.   ATANSYON: si w pale kreyòl ayisyen, gen sèvis èd pou lang ki "
                 "disponib gratis pou ou.", new_x="LMARGIN", new_y="NEXT")


def faxstd_reduction(rng):
    member, nurse, cm, md = people(rng, 4, sexes="F")
    mid = confusable_id(rng, "NV", (4, 3))
    mid_t = mid.replace(" ", "")
    c, med = cin(rng), mbi(rng)
    nd = workday(dt.date(2026, 5, rng.randint(1, 5)))
    visit = plus(nd, -rng.randint(15, 21))
    eff = monday(plus(nd, 14))
    end = dt.date(2026, 11, 15)
    ref = f"IAD-26-{digits(rng, 6)}"
    auth = f"PC{digits(rng, 2)}B{digits(rng, 4)}"
    fax = (f"{nd.strftime('%m/%d/%Y')} {rng.randint(1, 4)}:{rng.randint(10, 59)} PM  NVHP CARE MGMT  "
           f"(845) 555-{digits(rng, 4)}  P.{{n}}")
    p = EDSheet(footer="Page {n} of {nb}", footer_left="NVHP-IAD-PCA (01/26)", fax_hdr=fax)
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Care Management")
    p.title_bar("INITIAL ADVERSE DETERMINATION", "Medicaid Managed Long Term Care - a change to your home care")
    for ln in [member, *ny_address(rng)]:
        p.line(ln, 9.8)
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Dt of Ntc", sl(nd), 34, "L"), ("Enr No.", mid, 50, "L"), ("CIN", c, 38, "L"),
                ("Mcare", med, W - 122, "L")], cap=6.0, size=8.8, h=6.8)
    p.capcells([("Svc", "Personal care aide", 58, "L"), ("Agcy", HOMECARE, W - 58, "L")], cap=6.0, size=8.8, h=6.8)
    p.capcells([("Auth #", auth, 44, "L"), ("Ref", ref, 50, "L"), ("Eff.", sl(eff), 32, "L"),
                ("New auth prd", f"{sl(eff)} - {sl(end)}", W - 126, "L")], cap=6.0, size=8.8, h=6.8)
    p.para(f"Dear {member}:", 9.8)
    p.para(f"We looked again at the help you need at home. {nurse}, RN, visited you on {fdate(visit, 'long')} and "
           f"filled in the state's assessment with you. Your care manager, {cm}, went over it with our medical "
           f"director, Dr. {md}.", 9.6)
    p.para(f"**What will change.** {HOMECARE} now sends an aide 6 hours a day, 42 hours a week. Starting "
           f"{wday(eff)}, the aide will come 4 hours a day, 28 hours a week, for the authorization period shown "
           "above.", 9.6)
    p.week_grid("Aide hours", [("Now", [6] * 7), (f"From {sl(eff)}", [4] * 7)], size=8.4)
    p.tasks([("Shower", "45", "7", "needs someone to wash back and legs; stands with the grab bar"),
             ("Dressing (lower body)", "20", "7", "needs help with shoes, socks and compression stockings"),
             ("Toilet", "0", "0", "gets on and off the raised seat alone"),
             ("Walking in the home", "0", "0", "walked bedroom to kitchen with the walker, nobody holding her"),
             ("Meals", "60", "7", "cannot stand at the stove long enough to cook"),
             ("Laundry, cleaning, shopping", "270", "1", "about 4 1/2 hours once a week")], size=7.9)
    p.para("**Why.** In January, after your hip surgery, you needed someone next to you each time you stood up, "
           "walked or used the toilet. At this visit you did all three safely on your own. The help you still need "
           "with your shower, dressing, meals and housework adds up to about four hours a day. Six hours a day is "
           "more time than that help takes.", 9.6)
    p.para("**If you disagree.** You can ask us for a Plan Appeal within 60 calendar days of the date of this "
           f"notice. If you ask within 10 days of the date of this notice, or by {fdate(eff, 'long')}, your 42 hours "
           "stay the same while we decide. Page 2 explains how.", 9.6)
    p.sign_cc("Sincerely,", cm, f"Care Manager, {MLTC}", [f"{HOMECARE} (agency)", "your doctor"], size=9.4)
    _rights_page(p, rng)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid_t, member_name=member,
              cases=[ref, auth], service_dates=[f"{eff.isoformat()}/{end.isoformat()}"], denial_date=nd.isoformat(),
              provider=HOMECARE, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "case_numbers": [[ref], [auth]], "service_dates": [[eff.isoformat()]]})
    return out(p), t


def bd_final_split_shift(rng):
    member, son, cm, md, doc, rn = people(rng, 6, sexes="FM")
    son = son.split()[0] + " " + son.split()[1] + " " + member.split()[-1]
    mid = confusable_id(rng, "NV", (4, 3), sep="-")
    c = cin(rng)
    nd = dt.date(2026, 5, 21)
    rcvd = plus(nd, -rng.randint(18, 24))
    first = plus(rcvd, -rng.randint(12, 20))
    a, b = dt.date(2026, 6, 1), dt.date(2026, 11, 30)
    ap = f"AP26-{digits(rng, 5)}"
    ref = f"IAD-26-{digits(rng, 6)}"
    p = EDSheet(footer="Page {n} of {nb}", footer_left=f"Appeal {ap}")
    p.set_margins(18, 15, 18)
    p.add_page()
    _head(p, rng, "Appeals Unit", box="Final Adverse Determination")
    p.para(wday(nd), 10)
    for ln in [son, *ny_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    side = [("Member", member), ("Neversink Valley ID", mid), ("Medicaid CIN", c), ("Appeal no.", ap),
            ("Our first notice", f"{ref} of {fdate(first, 'slash')}"), ("Appeal received", fdate(rcvd, "slash")),
            ("Decided", fdate(nd, "slash"))]
    paras = [
        f"Dear {son}:",
        f"You asked for a Plan Appeal for your mother, {member}, on {fdate(rcvd, 'long')}. Her doctor, Dr. {doc}, "
        f"had asked us to change her home care from 24-hour live-in care to split-shift care, two aides who each "
        "stay awake for a 12-hour shift, for six months starting in June. We said no in our first notice.",
        f"A doctor who had no part in the first decision reviewed the appeal. The reviewer read Dr. {doc}'s letter, the "
        f"aide's night notes for April from {HOMECARE}, the assessment {rn}, RN, did at your mother's home, and the "
        "notes of our call with you.",
    ]
    p.facts_right(side, paras, side_w=62, size=9.4, title="About this appeal")
    p.para("**We are keeping our first decision.** Your mother keeps her live-in aide 24 hours a day, 7 days a week. "
           f"We will not pay for split-shift care from {dmy_long(a)} to {dmy_long(b)}.", 9.6)
    p.parties([("Home care agency", HOMECARE, "live-in aide since 2025"),
               ("Doctor who asked", f"Dr. {doc}", "letter of " + fdate(plus(first, -9), "slash")),
               ("Care manager", cm, phone(rng)),
               ("Reviewing doctor", f"Dr. {md}", "internal medicine, for the plan")], cap_w=38, size=8.6)
    p.para("**Why.** A live-in aide sleeps in your mother's home and must be able to get a full night's rest, with "
           "at least five hours of sleep without being woken. The April notes show your mother woke the aide on 11 "
           "of 30 nights, once each time, to get to the bedside commode, and the aide helped her for 10 to 20 "
           "minutes. On the other nights the aide slept through. Your mother turns herself in bed and does not need "
           "to be moved on a schedule. Help needed this seldom at night can be given by a live-in aide; it does not "
           "call for aides who stay awake all night.", 9.6)
    p.para("This is our final answer to your Plan Appeal. If your mother's nights change, for example if she needs "
           "help every night or several times a night, Dr. " + doc.split()[-1] + " or you can ask us again and we "
           "will send a nurse to look at her needs.", 9.6)
    p.sign_cc("Sincerely,", f"Dr. {md}", f"Appeals Unit, {MLTC}", [member, f"Dr. {doc}", HOMECARE], size=9.4)
    _rights_page(p, rng, final=True)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=member, cases=[ap, ref],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(), provider=HOMECARE,
              appeal_deadline=None,
              alternates={"insurer": ALT, "case_numbers": [[ap]], "service_dates": [[a.isoformat()]],
                          "provider": [doc]},
              denial_alternates=["level_of_care"])
    return out(p), t


def lowres_remittance(rng):
    members = people(rng, 3, sexes="?F?")
    pd = workday(dt.date(2026, 4, rng.randint(6, 17)))
    wk = dt.date(2026, 3, 2)
    rate_b, rate_a = 7.45, 7.27
    rows, refused, recs = [], set(), []
    tot = [0.0, 0.0, 0.0, 0.0]
    deny = None
    plan = [(0, 4, 20, None), (0, 7, 20, (5, 6)), (1, 3, 16, None)]
    for i, (m, (shift, ndays, units, bad)) in enumerate(zip(members, plan)):
        mid = confusable_id(rng, "NV", (4, 3), sep="")
        clm = f"26{digits(rng, 2)}-{digits(rng, 6)}"
        start = wk + dt.timedelta(days=7 * shift)
        rows.append([f"{upper_name(m)}   Mbr {mid}   Clm {clm}", "", "", "", "", "", "", "", ""])
        cb, dates, bad_dates, bad_sum = 0.0, [], [], 0.0
        for k in range(ndays):
            d = start + dt.timedelta(days=k)
            b = round(units * rate_b, 2)
            if bad and k in bad:
                al, rs = 0.0, "A7"
                refused.add(len(rows))
                bad_dates.append(d)
                bad_sum += b
            else:
                al, rs = round(units * rate_a, 2), "P1"
            adj = round(b - al, 2)
            rows.append([f"  {day_sl(d)}", "T1019", str(units), n2(b), n2(al), neg(adj), n2(al), rs, ""])
            tot = [tot[0] + b, tot[1] + al, tot[2] + adj, tot[3] + al]
            cb += b
            dates.append(d)
        rows.append(["", "", "Claim", n2(cb), "", "", "", "", ""])
        if bad:
            deny = (m, mid, clm, round(cb, 2), round(bad_sum, 2), dates, bad_dates)
    p = EDSheet(footer=None)
    p.set_margins(14, 13, 14)
    p.add_page()
    _head(p, rng, "Provider Services - Claims")
    p.title_bar("PROVIDER PAYMENT SUMMARY", f"Cycle {stampdate(plus(pd, -3))}  |  Batch {digits(rng, 6)}  |  "
                "Claims received through the cycle date")
    W = p.w - p.l_margin - p.r_margin
    remit = f"R{digits(rng, 9)}"
    p.capcells([("Chk Dt", sl(pd), 22, "B"), ("Chk/EFT", f"EFT{digits(rng, 8)}", 30, "B"),
                ("Prov", HOMECARE, 62, "B"), ("Payee", BILLER, W - 114 - 26, "B"), ("Remit", remit, 26, "B")],
               cap=6.2, size=8.4)
    widths = [62, 16, 12, 20, 20, 20, 20, 10, W - 180]
    p.lines_marked(["Member / svc date", "Code", "Units", "Billed", "Allowed", "Adj", "Paid", "Rsn", ""], rows,
                   widths, refused, money_from=3, size=7.6,
                   total=["TOTALS (3 claims)", "", "", n2(tot[0]), n2(tot[1]), neg(tot[2]), n2(tot[3]), "", ""])
    p.para("**Rsn.** P1: paid at the contract rate for personal care (T1019, 15 minutes a unit); the adjustment is "
           "not billed to the member. A7: this day is not in the member's authorized schedule. The authorization "
           "for this member is for Monday through Friday. No one asked us to add Saturday or Sunday hours, so "
           "these lines are not paid. Lines marked * are not paid.", 8.0)
    p.para("A request to reconsider a line must reach Provider Services within 45 days of the Chk Dt. Include the "
           "claim number and the aide's time records.", 8.0)
    m, mid, clm, cb, bs, dates, bad_dates = deny
    t = truth("eob", "prior_authorization", insurer=INS, member_id=mid, member_name=m, cases=[clm],
              claim_amount=m2(cb), service_dates=[d.isoformat() for d in bad_dates], denial_date=pd.isoformat(),
              provider=HOMECARE, appeal_deadline=plus(pd, 45).isoformat(),
              alternates={"insurer": ALT, "claim_amount": [m2(bs)],
                          "service_dates": [[d.isoformat() for d in dates],
                                            [f"{dates[0].isoformat()}/{dates[-1].isoformat()}"],
                                            [f"{bad_dates[0].isoformat()}/{bad_dates[-1].isoformat()}"]]},
              denial_alternates=["not_covered"])
    return out(p), t


def photocopy_sadc(rng):
    member, daughter, cm, sig = people(rng, 4, sexes="FF")
    daughter = daughter.split()[0] + " " + daughter.split()[1] + " " + member.split()[-1]
    mid = confusable_id(rng, "NV", (4, 3), sep="-")
    c = cin(rng)
    nd = workday(dt.date(2026, 5, rng.randint(11, 15)))
    rcvd = plus(nd, -rng.randint(5, 9))
    req = f"RQ 26 {digits(rng, 3)} {digits(rng, 4)}"
    a, b = dt.date(2026, 6, 1), dt.date(2026, 8, 31)
    p = EDSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 15, 18)
    p.add_page()
    _head(p, rng, "Care Management")
    y0 = p.get_y()
    for ln in [daughter, *ny_address(rng)]:
        p.line(ln, 10)
    bottom = p.refs_left([("Date of notice", fdate(nd, "long")), ("Member ID", mid), ("Medicaid no.", c),
                          ("Request no.", req), ("Rec'd", fdate(rcvd, "slash"))], box_w=84, cap_w=25, y=y0)
    p.set_y(max(p.get_y(), bottom) + 3)
    p.para(f"**Re: your mother, {member}**", 10)
    p.para(f"Dear {daughter}:", 10)
    p.para(f"You asked us, for your mother, to approve social adult day care at {SADC} three days a week, on "
           f"Mondays, Wednesdays and Fridays, from {wday(a)} through {wday(b)}. {TRANSPORT} would drive her there "
           "and back on those days.", 9.8)
    p.parties([("Center asked for", SADC, "Ellenville, NY"), ("Transportation", TRANSPORT, phone(rng)),
               ("Care manager", cm, phone(rng))], cap_w=36, size=8.6)
    p.para(f"We cannot approve this center. {SADC} has no contract with {MLTC}, and our plan pays for social adult "
           "day care only at centers that do, unless none of them can give the member what she needs. Two centers "
           "that work with us are near your mother's home, have room on Mondays, Wednesdays and Fridays, serve a "
           "kosher lunch and have staff who help with hearing aids, the two things you told us matter most.", 9.8)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Center in our network", "Town", "Miles from home", "Open", "Phone"],
            [[n, t, mi, "Mon-Fri 9-3", phone(rng)] for n, t, mi in NET_SADC], [66, 28, 24, 26, W - 144],
            size=8.2, row_h=5.4)
    p.para(f"Your mother's care manager, {cm}, can arrange a visit to either center and will set up the rides. "
           "Nothing else in her plan of care changes.", 9.8)
    p.para("**If you disagree.** You or your mother can ask for a Plan Appeal. Your request must reach us no later "
           "than 60 calendar days after the date printed at the top of this notice. If waiting could seriously "
           "harm her health, ask for a fast appeal; we decide those within 72 hours.", 9.8)
    p.sign_cc("Sincerely,", sig, f"Utilization Review, {MLTC}", [member, SADC], size=9.6)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=mid, member_name=member,
              cases=[req.replace(" ", "")], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=nd.isoformat(), provider=SADC, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "service_dates": [[a.isoformat()]]})
    return out(p), t


def phone_es(rng):
    member, orderer, reader, sig = people(rng, 4, es=True, sexes="?MM")
    mid = confusable_id(rng, "NV", (4, 3))
    mid_t = mid.replace(" ", "")
    c, med = cin(rng), mbi(rng)
    svc = dt.date(2026, 3, 10)
    nd = workday(dt.date(2026, 4, rng.randint(13, 24)))
    clm = f"CLM-26{digits(rng, 3)}{rng.choice('ZS')}{digits(rng, 3)}"
    amt = 412.00
    p = EDSheet(footer="Página {n} de {nb}")
    p.set_margins(17, 15, 17)
    p.add_page()
    p.head(INS, "NVHP", [f"{MLTC} (Cuidado Administrado a Largo Plazo de Medicaid)  |  Unidad de Reclamos",
                         f"PO Box {rng.randint(3100, 3899)}, Kingston NY 12402  |  1-888-555-{digits(rng, 4)}  |  "
                         "TTY 711"], size=12.4)
    p.line("AVISO DE DECISIÓN SOBRE UN RECLAMO", 11, "B")
    p.ln(1.5)
    y0 = p.get_y()
    p.para(es_date(nd), 10)
    for ln in [member, *ny_address(rng)]:
        p.line(ln, 10)
    bottom = p.refs_left([("Afiliado no.", mid), ("No. de Medicare", med), ("CIN de Medicaid", c),
                          ("Reclamo", clm), ("Fecha del servicio", es_date(svc))], box_w=86, cap_w=27, y=y0)
    p.set_y(max(p.get_y(), bottom) + 3)
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"{IMAGING} nos envió un reclamo por una radiografía de la cadera que le hicieron el "
           f"{es_date(svc, True)}. La pidió su médico, el Dr. {orderer}, y la leyó el Dr. {reader}, radiólogo. "
           f"El reclamo es por 412.00 dólares (US$ 412,00).", 10)
    p.para(f"No pagamos este reclamo. {MLTC} paga la ayuda en casa, el centro de día, la enfermera que lo visita, "
           "el transporte a sus citas y otros servicios de cuidado a largo plazo. Las visitas al médico, las "
           "radiografías y los análisis de laboratorio no forman parte de lo que paga su plan. Esos servicios los "
           "paga Medicare y, después de Medicare, Medicaid de pago por servicio.", 10)
    p.para(f"Le pedimos a {IMAGING} que envíe la factura a Medicare con su número de Medicare. Usted no tiene que "
           "pagar esta radiografía mientras se envía a Medicare.", 10)
    p.para("**Si no está de acuerdo.** Puede pedir una Apelación del Plan dentro de 60 días calendario a partir de "
           "la fecha de este aviso. Llame a Servicios para Afiliados o escríbanos a la dirección de arriba. "
           "Después de nuestra decisión sobre la apelación puede pedir una Audiencia Imparcial del Estado. La "
           "Red Independiente de Defensa del Consumidor (ICAN) le ayuda gratis: 1-844-555-" + digits(rng, 4) + ".",
           10)
    p.para(f"Atentamente,\n{sig}\nUnidad de Reclamos", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=mid_t, member_name=member, cases=[clm],
              claim_amount=m2(amt), service_dates=[svc.isoformat()], denial_date=nd.isoformat(), provider=IMAGING,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [reader, orderer]})
    return out(p), t


def rotated_authorization(rng):
    member, cm, dr = people(rng, 3)
    mid = confusable_id(rng, "NV", (4, 3))
    auth = f"PA-{digits(rng, 2)}I{digits(rng, 2)}-{digits(rng, 4)}"
    nd = workday(dt.date(2026, 5, rng.randint(18, 22)))
    a, b = dt.date(2026, 6, 1), dt.date(2026, 11, 30)
    p = EDSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 15, 18)
    p.add_page()
    _head(p, rng, "Care Management", box="Notice of Authorization")
    p.para(fdate(nd, "abbr"), 10)
    for ln in [member, *ny_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.under([(mid, "Member ID"), (auth, "Authorization"), (f"{nz(a)} to {nz(b)}", "Period"),
             ("35 hours a week", "Approved")], widths=[34, 38, 54, W - 126], size=9.6)
    p.para(f"Dear {member}:", 10)
    p.para(f"After you came home from the hospital, Dr. {dr} asked for more help at home. Our nurse visited you and "
           f"we agree. **We approve personal care aide services of 5 hours a day, 7 days a week, from "
           f"{HOMECARE}** for the period above.", 9.8)
    p.week_grid("Approved aide hours", [("Personal care aide", [5] * 7)], size=8.6)
    p.para(f"The agency will call you to set the times of day. If your needs change, call your care manager, {cm}, "
           f"at {phone(rng)}. You do not need to do anything else.", 9.8)
    p.para(f"Sincerely,\n{cm}\nCare Manager", 9.8)
    t = truth("other", None, insurer=INS, member_id=mid.replace(" ", ""), member_name=member, cases=[auth],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(), provider=HOMECARE,
              alternates={"insurer": ALT, "service_dates": [[a.isoformat()]], "provider": [dr]})
    return out(p), t


def faxfine_stack(rng):
    member, lawyer, doc, md, cm = people(rng, 5)
    mid = confusable_id(rng, "NV", (4, 3))
    c, med = cin(rng), mbi(rng)
    nd = workday(dt.date(2026, 5, rng.randint(11, 14)))
    cover_d = workday(plus(nd, rng.randint(6, 9)))
    filed = dt.date(2026, 4, 20)
    first = dt.date(2026, 3, rng.randint(16, 24))
    a, b = dt.date(2026, 4, 6), dt.date(2026, 10, 2)
    ia = f"IA-26-{digits(rng, 6)}"
    req = f"RQ{digits(rng, 8)}"
    fileno = f"BC-2026-{digits(rng, 4)}"
    home = ny_address(rng)
    # the legal services office's cover letter to its client
    p = EDSheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 7, ADVOCATE, new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, f"Free civil legal services for older adults  |  {rng.randint(10, 99)} Main St, Delhi NY 13753  |  "
           f"{phone(rng, '607')}", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)
    p.para(fdate(cover_d, "long"), 10)
    for ln in [member, *home]:
        p.line(ln, 10)
    p.ln(2)
    p.para(f"Re: your appeal no. {ia} with {MAP} (our file {fileno})", 10, gap=3)
    p.para(f"Dear {member.split()[0]}:", 10)
    p.para(f"Enclosed is the plan's decision on the appeal we asked for on your behalf on {fdate(filed, 'long')}. "
           f"The plan did not change its mind about the day program at {ADHC}. It says a social day program is "
           "enough for you.", 10)
    fh = plus(nd, 120)
    p.para(f"We do not agree, and with your permission we will ask for a State Fair Hearing. By our count the "
           f"hearing must be asked for by {fdate(fh, 'long')}. I will ask well before then. Please bring Dr. "
           f"{doc.split()[-1]}'s letter and your list of medicines when we meet.", 10)
    p.para(f"You do not need to call the plan. If it calls you, you may give it my name.", 10)
    p.para(f"Sincerely,\n{lawyer}\nStaff Attorney\nEnclosure: plan decision", 10)
    d_a = (out(p), truth("other", None, insurer=INS, member_name=member, cases=[ia], denial_date=cover_d.isoformat(),
                         provider=ADHC, unscored=["insurer"],
                         alternates={"case_numbers": [[]], "provider": [None]}))
    # the plan's integrated appeal decision
    q = EDSheet(footer="Page {n} of {nb}", corner=f"Appeal {ia}")
    q.set_margins(18, 15, 18)
    q.add_page()
    _head(q, rng, "Integrated Appeals", product=f"{MAP} (Medicaid Advantage Plus)")
    q.line("NOTICE OF INTEGRATED APPEAL DECISION", 12, "B")
    q.ln(1)
    q.para(fdate(nd, "long"), 10)
    for ln in [member, *home]:
        q.line(ln, 10)
    q.ln(2)
    q.beside([[("Member ID", mid), ("Medicare ID", med)], [("Medicaid CIN", c), ("Request no.", req)],
              [("Appeal no.", ia), ("Appeal filed", fdate(filed, "slash"))]], cap_w=26, size=8.8)
    q.para(f"Dear {member}:", 10)
    q.para(f"On {fdate(filed, 'long')}, {ADVOCATE} asked for an Integrated Appeal for you. The appeal is about our "
           f"decision of {fdate(first, 'long')} not to approve adult day health care at {ADHC} three days a week "
           f"for {a.isoformat()} to {b.isoformat()}, which Dr. {doc} asked for.", 9.8)
    q.para(f"**Our decision: we still will not approve it.** Dr. {md}, a geriatric doctor who did not make the "
           "first decision, reviewed your records and Dr. " + doc.split()[-1] + "'s letter.", 9.8)
    q.para("Adult day health care is a program with nurses and therapists on site, for people who need nursing or "
           "therapy during the day. Your visiting nurse sets up your pills once a week and you take them on your "
           "own. Your leg wound has healed and you have no therapy ordered. What you need during the day is someone "
           "to keep an eye on you, a meal and time with other people, and a social adult day program gives all of "
           "that. We have approved social adult day care at Sawkill Vale Senior Day Club on the same three days, "
           f"and your care manager, {cm}, can start it whenever you want.", 9.8)
    q.para("This decision is final for our plan. Page 2 tells you how to ask for a State Fair Hearing.", 9.8)
    q.sign_cc("Sincerely,", f"Dr. {md}", "Integrated Appeals", [ADVOCATE, f"Dr. {doc}", ADHC], size=9.4)
    _rights_page(q, rng, final=True, map_plan=True)
    d_b = (out(q), truth("denial_letter", "level_of_care", insurer=INS, member_id=mid.replace(" ", ""),
                         member_name=member, cases=[ia, req], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
                         denial_date=nd.isoformat(), provider=ADHC, appeal_deadline=None,
                         alternates={"insurer": ALT + [MAP], "case_numbers": [[ia]],
                                     "service_dates": [[a.isoformat()]], "provider": [doc]},
                         denial_alternates=["medical_necessity"]))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_initial_adverse_determination_personal_care_42_to_28_hours", "fax_standard_g4",
             [faxstd_reduction(rng)]),
        Item(F + "born_digital_final_adverse_determination_split_shift_refused_live_in_kept", "born_digital",
             [bd_final_split_shift(rng)]),
        Item(F + "lowres_provider_payment_summary_weekend_hours_without_authorization", "scan_lowres_150",
             [lowres_remittance(rng)]),
        Item(F + "photocopy_social_adult_day_center_outside_network", "photocopy", [photocopy_sadc(rng)]),
        Item(F + "phone_es_aviso_radiografia_no_cubierta_por_el_plan_mltc", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_notice_of_authorization_personal_care_35_hours", "rotated", [rotated_authorization(rng)]),
        Item(F + "faxfine_stack_elder_law_cover_letter_then_integrated_appeal_adult_day_health_sideways",
             "fax_fine_g4", faxfine_stack(rng), separators=["cover", None], turns={(1, 1): 90}),
    ]
