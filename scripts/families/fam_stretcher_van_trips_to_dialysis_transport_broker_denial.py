"""Family 'stretcher_van_trips_to_dialysis_transport_broker_denial': a Medicaid managed-care plan's
non-emergency transportation broker refuses stretcher van trips (T2005) to a member's dialysis treatments because
the member can sit in a wheelchair and ride a wheelchair van (A0130), which it approves instead.
Documents: the broker's notice of action on a three-times-a-week standing order (born digital, trip table); the
plan's member claims statement with four claims where only one stretcher trip is refused; the stretcher company's
statement of several trips the broker refused (denies nothing); a standard-fax stack (cover + the broker's
provider claim determination + blank separator + the member's appeal acknowledgement); a prose-only member letter
photographed by phone; the plan's notice of adverse benefit determination for a one-time stretcher trip
(sideways, label sidebar); the notice of appeal resolution overturning the refusal (low resolution).
Issuers (fictional): WayPoint Ride Management (broker; letterhead of its notices) for Sunmeadow Community Health
Plan (Medicaid managed care; letterhead of the statement, the adverse determination and the appeal resolution).
Transport company: Gentle Transit Stretcher Services. Dialysis: Lakemont Kidney Care - Eastside.
Truth: provider = the stretcher company (it requested and ran the trips); a standing order's span is one service
interval; the state Medicaid number is accepted for the plan's member ID.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcs_famcsf import days, digits, fdate, letterhead, mail_to, mixed, phone, signature, usd
from public_kit import Page, m2, out

FAMILY = "stretcher_van_trips_to_dialysis_transport_broker_denial"
LANG = "en"
SEED = 343200
WPR = "WayPoint Ride Management"
SCH = "Sunmeadow Community Health Plan"
GTS = "Gentle Transit Stretcher Services"
DIAL = "Lakemont Kidney Care - Eastside"
NEPH = "Prairie Nephrology Associates"
MEMBERS = ["Lucinda F. Braddock", "Orville K. Penhallow", "Dorothea A. Kingsley", "Wallace P. Fenwick",
           "Geraldine V. Tolliver", "Ambrose H. Whitcombe"]
STREETS = ["58 Saltbox Lane", "2710 Meridian Street, Apt 3C", "144 Old Ferry Rd", "903 Larkspur Circle"]
CITIES = ["Cedar Bend, MO 64118", "Riverton Heights, MO 64151", "Grandview Hollow, MO 64030"]


def facts(r: random.Random) -> dict:
    date = dt.date(2026, 1, 10) + dt.timedelta(days=r.randint(0, 140))
    start = days(date, r.randint(3, 10))
    base = float(r.choice([145, 165, 185, 210])) + r.choice([0, 0.5])
    miles = r.randint(6, 22)
    rate = r.choice([3.25, 3.75, 4.5])
    return dict(date=date, start=start, end=days(start, r.choice([83, 90, 118])), recv=days(date, -r.randint(3, 8)),
                member=r.choice(MEMBERS), addr=[r.choice(STREETS), r.choice(CITIES)],
                mid=mixed(r, "SCH99999999"), sid=digits(r, 10), grp=mixed(r, "MO-MCD-99"),
                req=mixed(r, "WP-999999-AA"), clm=mixed(r, "T26999999999"), appeal=mixed(r, "SCH-AP-26-9999"),
                npi=r.choice("12") + digits(r, 9), acct=digits(r, 6), dob=dt.date(r.randint(1938, 1980),
                                                                                 r.randint(1, 12), r.randint(1, 28)),
                ph=phone(r), fax=phone(r), base=base, miles=miles, rate=rate,
                leg=round(base + miles * rate, 2))


def T(f, ins, dtype, den, cases=(), dead=None, alts=None, uns=None, amount=None, svc=None, dalts=None,
      grp=False, mid=None):
    a = {"member_id": [f["sid"]]}
    a.update(alts or {})
    return truth(dtype, den, "en", insurer=ins, plan_id=None, group_number=f["grp"] if grp else None,
                 member_id=mid or f["mid"], member_name=f["member"], case_numbers=list(cases), claim_amount=amount,
                 service_dates=svc or [], denial_date=f["date"].isoformat(), provider=GTS,
                 appeal_deadline=dead.isoformat() if dead else None, alternates=a, unscored=uns or [],
                 denial_alternates=dalts or [])


WHY = ("The form your dialysis center sent says you sit in a wheelchair for more than two hours during each "
       "treatment and can move from bed to chair with the help of one person. A stretcher van is for members who "
       "must lie down for the whole trip. You can ride safely in a wheelchair van, so the stretcher van is not "
       "medically necessary.")


def notice_of_action(f, ds) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left=f"WPR-NOA-1 (MO)  |  {WPR} for {SCH}")
    d.add_page()
    letterhead(d, WPR, f"Non-Emergency Medical Transportation for {SCH}  |  Ride line " + f["ph"], "center",
               "PO Box 22719, Kansas City, MO 64113")
    d.line("NOTICE OF ACTION", 13, "B", align="C", h=8)
    d.line("Your request for transportation was partly approved", 10, align="C", h=6)
    d.ln(2)
    d.line(f"Notice date: {fd(f['date'])}", 10, h=6)
    mail_to(d, [f["member"]] + f["addr"], 10)
    d.pairs([("Member", f["member"]), ("Plan member ID", f["mid"]), ("Medicaid (MO HealthNet) ID", f["sid"]),
             ("Date of birth", fd(f["dob"])), ("Trip request no.", f["req"]), ("Request received", fd(f["recv"])),
             ("Requested by", f"{GTS} (transportation provider)")], label_w=62, size=9.4)
    d.ln(2)
    d.table(["Trips requested", "Days", "Level requested", "Decision"],
            [[f"{fd(f['start'])} to {fd(f['end'])}", "Mon / Wed / Fri, round trip", "Stretcher van (T2005)",
              "DENIED"],
             [f"{fd(f['start'])} to {fd(f['end'])}", "Mon / Wed / Fri, round trip", "Wheelchair van (A0130)",
              "APPROVED"]],
            [50, 48, 46, 30], size=8.4)
    d.line(f"Pick-up: member's home  -  Drop-off: {DIAL}, 4400 Eastgate Blvd", 8.8, h=6)
    d.heading("Why we made this decision", 10.5)
    d.para(WHY + " We used the MO HealthNet NEMT level-of-service criteria and the plan's transportation policy "
           "TR-04.", 9.5)
    d.heading("Your right to appeal", 10.5)
    d.para("You may ask for an appeal within 60 days of the date of this notice. Call "
           f"{f['ph']} or write to {SCH}, Appeals, PO Box 22790, Kansas City, MO 64113. If you ask within 10 days "
           "of this notice, your stretcher van rides that were already approved can continue during the appeal. "
           "If waiting could harm your health, ask for an expedited appeal; we will decide within 72 hours.", 9.3)
    d.para("State fair hearing: after the appeal you may ask for a State fair hearing within 120 days of the appeal "
           "decision.", 9.3)
    signature(d, ["Transportation Review Nurse", WPR])
    return out(d)


def member_statement(f, ds, ms) -> tuple[bytes, str]:
    """Plan claims statement: one block per claim under a grey bar; the refused trip's total on its bar."""
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left=f"{SCH}  MCS-Q (01/26)")
    d.add_page()
    letterhead(d, SCH, "Medicaid Managed Care  |  Member Services " + f["ph"] + "  |  PO Box 22700, Kansas City, MO",
               "rule")
    d.line("Member Claims Statement", 13, "B", h=7)
    d.line("Not a bill. You do not owe money for services your plan covers.", 8.6, h=5)
    d.ln(1)
    mail_to(d, [f["member"]] + f["addr"], 9.3)
    d.pairs([("Statement date", fd(f["date"])), ("Member ID", f["mid"]), ("Medicaid ID", f["sid"]),
             ("Group", f["grp"]), ("Covers claims paid", f"{fd(days(f['date'], -33))} to {fd(days(f['date'], -4))}")],
            label_w=40, size=8.8, h=5)
    d.ln(2)
    trip = f["trip"]
    other_trip = days(trip, -2)
    two = round(f["leg"] * 2, 2)
    wc = round(f["leg"] * 0.62, 2)
    dial = 412.0 + f["miles"]
    claims = [(f["c1"], DIAL, days(trip, -5), [("90999", "Dialysis treatment", dial, dial * .8, "")]),
              (f["c2"], NEPH, days(trip, -12), [("90960", "Monthly ESRD physician services", 318.5, 240.1, "")]),
              (f["c3"], "Hearthside Wheelchair Transport", other_trip,
               [("A0130", "Wheelchair van, 2 legs", wc * 2, wc * 1.7, "")]),
              (f["clm"], GTS, trip, [("T2005", "Stretcher van, 2 legs", f["base"] * 2, 0.0, "N41"),
                                     ("T2049", f"Stretcher mileage x {f['miles'] * 2}", two - f["base"] * 2, 0.0,
                                      "N41")])]
    for no, prov, dos, lines in claims:
        d.set_fill_color(215, 215, 215)
        billed = sum(x[2] for x in lines)
        d.f(8.2, "B").cell(0, 6, f"  Claim {no}  |  {prov}  |  Billed {usd(billed, ms)}", fill=True,
                           new_x="LMARGIN", new_y="NEXT")
        body = [[fd(dos), c, de, usd(b, ms), usd(p, ms), usd(0, ms), rk] for c, de, b, p, rk in lines]
        d.table(["Date", "Code", "Service", "Billed", "Plan paid", "You owe", "Note"], body,
                [24, 16, 62, 22, 22, 18, 14], size=7.8, border=0, head_h=6, row_h=5,
                aligns=["L", "L", "L", "R", "R", "R", "L"])
    d.line("Notes", 9.5, "B", h=6)
    d.para(f"N41  {WPR}, which arranges rides for {SCH}, approved wheelchair van rides for you, not stretcher van "
           "rides. A stretcher van is covered only when a member must lie flat during the trip. This claim is "
           "denied. The transportation company may not bill you for it.", 8.4)
    d.para("If you disagree, you may appeal within 60 days of the date of this statement. Call Member Services. "
           "You may ask for a State fair hearing within 120 days after the appeal decision.", 8.4)
    return out(d), m2(two)


def gts_statement(f, ds, ms) -> tuple[bytes, str, list[str]]:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(serif=True, footer=None, footer_left=f"{GTS}  |  NPI {f['npi']}  |  Dispatch 24/7 {f['fax']}")
    d.add_page()
    d.f(17, "B").cell(0, 9, "Gentle Transit", new_x="LMARGIN", new_y="NEXT")
    d.f(9).cell(0, 5, "Stretcher Services  -  Safe rides, lying down", new_x="LMARGIN", new_y="NEXT")
    d.f(8).cell(0, 5, "1901 Freight Yard Rd, Cedar Bend, MO 64118  |  Billing " + f["ph"], new_x="LMARGIN",
                new_y="NEXT")
    d.ln(5)
    d.line("STATEMENT OF TRIPS", 12.5, "B", h=7)
    d.pairs([("Statement date", fd(f["date"])), ("Rider", f["member"]), ("Customer no.", f["acct"]),
             ("Medicaid plan", f"{SCH} (rides managed by {WPR})"), ("Plan member ID", f["mid"])],
            label_w=36, size=9.2, h=5.2)
    d.ln(3)
    trips = [days(f["trip"], k) for k in (0, 2, 4)]
    rows = []
    for t in trips:
        rows.append([fd(t), "Home to dialysis (Lakemont), round trip", "T2005 x2, T2049 x" + str(f["miles"] * 2),
                     usd(f["leg"] * 2, ms), "Denied by broker"])
    tot = round(f["leg"] * 2 * 3, 2)
    rows.append(["", "", "Total", usd(tot, ms), ""])
    d.table(["Trip date", "Route", "Codes", "Charge", "Status"], rows, [30, 66, 36, 22, 28], size=8,
            aligns=["L", "L", "L", "R", "L"], bold_last=True)
    d.para(f"Your ride manager {WPR} would not pay for these three stretcher trips because it approved you for a "
           "wheelchair van. We are billing you because you asked us to keep sending a stretcher. If your appeal "
           "is approved we will bill the plan and cancel this balance.", 9.2)
    d.f(11, "B").cell(0, 8, f"Balance now due: {usd(tot, ms)}", new_x="LMARGIN", new_y="NEXT")
    d.para("Questions? Call billing Monday to Friday. We accept checks and cards.", 8.5)
    return out(d), m2(tot), [t.isoformat() for t in trips]


def provider_determination(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left="WPR-PCD")
    d.add_page()
    letterhead(d, WPR, "Provider Relations  |  Fax " + f["fax"] + "  |  " + f["ph"], "right")
    d.line("TRIP CLAIM DETERMINATION - PROVIDER", 12, "B", h=7)
    d.line(f"Date: {fd(f['date'])}        To: {GTS}, Billing", 9.6, h=6)
    d.ln(2)
    d.table(["Claim", "Trip ID", "Rider", "Rider ID", "Trip date", "Billed", "Status"],
            [[f["clm"], f["req"], f["member"], f["mid"], fd(f["trip"]), usd(f["leg"] * 2, ms), "DENY"]],
            [24, 26, 38, 24, 22, 20, 16], size=7.8)
    d.para("Reason code LS2: level of service billed (stretcher, T2005) is higher than the level authorized "
           "(wheelchair, A0130) for this rider. Payment at the wheelchair rate is not available because the trip "
           "was not dispatched as a wheelchair trip.", 9.2)
    d.para(f"Your NPI on file: {f['npi']}. A provider may request reconsideration within 60 days of the date of "
           "this determination; attach the trip log and any physician certification. Rides must be billed within "
           "180 days of the trip.", 9.2)
    signature(d, ["Claims Unit", WPR], "")
    return out(d)


def acknowledgement(f, ds) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer=None, footer_left="SCH-GA-ACK")
    d.add_page()
    letterhead(d, SCH, "Grievances and Appeals  |  PO Box 22790, Kansas City, MO 64113", "rule")
    d.line(fd(f["ackdate"]), 10, h=7)
    mail_to(d, [f["member"]] + f["addr"], 10)
    d.line("We received your appeal", 11.5, "B", h=7)
    d.pairs([("Appeal number", f["appeal"]), ("Member ID", f["mid"]), ("Appeal received", fd(f["recv"])),
             ("About", f"Stretcher van trip of {fd(f['trip'])} by {GTS}")], label_w=40, size=9.6)
    d.para(f"We will send you our decision within 30 days of the date we received your appeal. You may send us "
           f"more information, such as a letter from your kidney doctor, at any time before then. Call {f['ph']} "
           "with questions.", 9.6)
    signature(d, ["Appeals Coordinator", SCH])
    return out(d)


def prose_letter(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer=None, footer_left="WPR-ML-07")
    d.add_page()
    letterhead(d, WPR, f"Rides for {SCH} members  |  PO Box 22719, Kansas City, MO 64113", "rule")
    d.line(fd(f["date"]), 10, h=7)
    mail_to(d, [f["member"]] + f["addr"], 10)
    d.para(f"Dear {f['member']},", 10)
    d.para(f"On {fd(f['trip'])}, {GTS} took you by stretcher van from your home to your dialysis treatment at "
           f"{DIAL} and back. The company asked to be paid {usd(f['leg'] * 2, ms)} for this ride under claim "
           f"number {f['clm']}. We are not paying this claim.", 10)
    d.para("We arrange rides for your health plan. Your doctor and your dialysis center told us that you use a "
           "wheelchair and can sit up for several hours. We approved wheelchair van rides for you. " + WHY.split(". ")[-1],
           10)
    d.para(f"We wrote to you using your member ID {f['mid']}. You do not have to pay {GTS} for this ride.", 10)
    d.para(f"You have the right to appeal. You must ask for an appeal within 60 days of the date of this letter. "
           f"Call {f['ph']} or write to {SCH} Appeals at the address above. If waiting would harm your health you "
           "may ask for a fast appeal, decided in 72 hours. After the appeal you may ask for a State fair hearing "
           "within 120 days.", 10)
    signature(d, ["Member Rides Team", WPR])
    return out(d)


def mco_notice(f, ds, ms) -> bytes:
    """Notice of adverse benefit determination with a grey label sidebar on the left."""
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left="SCH-NABD-T (Rev. 10/2025)")
    d.add_page()
    letterhead(d, SCH, "Medicaid Managed Care  |  PO Box 22700, Kansas City, MO 64113", "box")
    y0 = d.get_y()
    d.set_fill_color(232, 232, 232)
    d.rect(d.l_margin, y0, 54, 120, style="F")
    d.set_xy(d.l_margin + 2, y0 + 2)
    for k, v in [("NOTICE DATE", fd(f["date"])), ("MEMBER", f["member"]), ("MEMBER ID", f["mid"]),
                 ("MO HEALTHNET ID", f["sid"]), ("REQUEST #", f["req"]), ("TRIP DATE", fd(f["trip"])),
                 ("PROVIDER", "Gentle Transit Stretcher"), ("", "Services"), ("RECEIVED", fd(f["recv"]))]:
        d.set_x(d.l_margin + 2)
        if k:
            d.f(7, "B").cell(50, 4, k, new_x="LMARGIN", new_y="NEXT")
            d.set_x(d.l_margin + 2)
        d.f(8.6).cell(50, 5, v, new_x="LMARGIN", new_y="NEXT")
        d.ln(1)
    d.set_left_margin(78)
    d.set_xy(78, y0)
    d.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 11, "B", h=7)
    mail_to(d, [f["member"]] + f["addr"], 9.5)
    d.para(f"Your transportation provider, {GTS}, asked for a one-time stretcher van ride (T2005) to a vascular access appointment "
           f"at {DIAL}. We denied this request.", 9.5)
    d.para(WHY + " A wheelchair van ride for that day is approved.", 9.5)
    d.para("Appeal: you have 60 days from the date on this notice to ask for an appeal. Continuation of benefits "
           "must be asked for within 10 days. Expedited appeals are decided within 72 hours. You may ask for a "
           "State fair hearing within 120 days of the appeal decision.", 9.2)
    signature(d, ["Utilization Management", SCH])
    d.set_left_margin(18)
    return out(d)


def resolution(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left="SCH-NAR")
    d.add_page()
    letterhead(d, SCH, "Grievances and Appeals  |  PO Box 22790, Kansas City, MO 64113  |  " + f["ph"], "center",
               "Medicaid Managed Care")
    d.line("NOTICE OF APPEAL RESOLUTION", 13, "B", align="C", h=8)
    d.line(f"Date: {fd(f['date'])}", 10, h=6)
    mail_to(d, [f["member"]] + f["addr"], 9.8)
    d.table(["Appeal #", "Member", "Member ID", "Trip request", "Trips", "Provider"],
            [[f["appeal"], f["member"], f["mid"], f["req"], f"{fd(f['start'])} - {fd(f['end'])}", "Gentle Transit"]],
            [28, 36, 24, 26, 44, 22], size=7.8)
    d.line("Decision: your appeal is APPROVED", 11, "B", h=7)
    d.para(f"A physical therapist from {DIAL} examined you after the first decision. The report says you cannot sit "
           "up for more than 15 minutes since your hip fracture and must lie flat in a vehicle. A stretcher van is "
           f"now medically necessary. {WPR} will schedule stretcher van rides with {GTS} for your dialysis days. "
           "The trips you already took in this period will be paid.", 9.6)
    d.para("You do not need to do anything else. If you have questions, call Member Services.", 9.6)
    signature(d, ["Lenora J. Whitlock, MD, Medical Director", SCH])
    return out(d)


def documents(rng) -> list[Item]:
    items, P = [], FAMILY + "_"
    bro = {"insurer": [SCH]}
    mc = "medical_necessity"
    f = facts(random.Random(SEED + 1))
    items.append(Item(P + "bd_notice_of_action_standing_order", "born_digital",
                      [(notice_of_action(f, "slash"),
                        T(f, WPR, "denial_letter", mc, cases=[f["req"]], dead=days(f["date"], 60), alts=bro,
                          svc=[f"{f['start'].isoformat()}/{f['end'].isoformat()}"], dalts=["level_of_care"]))]))
    r = random.Random(SEED + 2)
    f = facts(r)
    f.update(trip=days(f["date"], -r.randint(15, 25)), c1=mixed(r, "D26999999999"), c2=mixed(r, "P26999999999"),
             c3=mixed(r, "T26999999999"))
    pdf, amt = member_statement(f, "dmy", "plain")
    items.append(Item(P + "scan_member_claims_statement_four_claims", "scan_clean_300",
                      [(pdf, T(f, SCH, "eob", mc, cases=[f["clm"]], dead=days(f["date"], 60), amount=amt,
                               svc=[f["trip"].isoformat()], grp=True, dalts=["level_of_care"]))]))
    r = random.Random(SEED + 3)
    f = facts(r)
    f["trip"] = days(f["date"], -r.randint(25, 35))
    pdf, amt, trips = gts_statement(f, "long", "plain")
    items.append(Item(P + "copy_stretcher_company_trip_statement", "photocopy",
                      [(pdf, T(f, None, "other", None, amount=amt, svc=trips, uns=["insurer"]))]))
    r = random.Random(SEED + 4)
    f = facts(r)
    f.update(trip=days(f["date"], -r.randint(20, 30)), ackdate=days(f["date"], r.randint(18, 24)))
    f["recv"] = days(f["ackdate"], -r.randint(3, 5))
    t1 = T(f, WPR, "denial_letter", mc, cases=[f["clm"], f["req"]], dead=days(f["date"], 60), amount=m2(f["leg"] * 2),
           svc=[f["trip"].isoformat()], alts=dict(bro, case_numbers=[[f["clm"]]]), dalts=["level_of_care"])
    f2 = dict(f, date=f["ackdate"])
    t2 = T(f2, SCH, "other", None, cases=[f["appeal"]], svc=[f["trip"].isoformat()])
    items.append(Item(P + "faxstd_stack_provider_determination_appeal_ack", "fax_standard_g4",
                      [(provider_determination(f, "upper_dmy", "plain"), t1), (acknowledgement(f, "upper_dmy"), t2)],
                      separators=["cover", "blank"]))
    r = random.Random(SEED + 5)
    f = facts(r)
    f["trip"] = days(f["date"], -r.randint(20, 30))
    items.append(Item(P + "photo_prose_member_letter", "phone_photo",
                      [(prose_letter(f, "long", "plain"),
                        T(f, WPR, "denial_letter", mc, cases=[f["clm"]], dead=days(f["date"], 60),
                          amount=m2(f["leg"] * 2), svc=[f["trip"].isoformat()], alts=bro,
                          dalts=["level_of_care"]))]))
    f = facts(random.Random(SEED + 6))
    f["trip"] = f["start"]
    items.append(Item(P + "rot_mco_adverse_determination_sidebar", "rotated",
                      [(mco_notice(f, "iso", "plain"),
                        T(f, SCH, "denial_letter", mc, cases=[f["req"]], dead=days(f["date"], 60),
                          svc=[f["trip"].isoformat()], alts={"provider": [GTS[:-9].strip()]},
                          dalts=["level_of_care"]))]))
    f = facts(random.Random(SEED + 7))
    items.append(Item(P + "lowres_appeal_resolution_overturned", "scan_lowres_150",
                      [(resolution(f, "abbr", "plain"),
                        T(f, SCH, "other", None, cases=[f["appeal"], f["req"]],
                          svc=[f"{f['start'].isoformat()}/{f['end'].isoformat()}"],
                          alts={"provider": ["Gentle Transit"]}))]))
    return items
