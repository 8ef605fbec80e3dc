"""Family 'insulin_pen_needles_quantity_limit_pharmacy_reject': an invented pharmacy benefit manager rejects a fill
of insulin pen needles (32G x 4 mm) that asks for 400 needles per 30 days, over the plan's quantity limit of 200
per 30 days; the prescriber explains four to five injections a day.
Documents: the PBM's member letter (ruled boxes + label column); the pharmacy's monthly statement of several fills
with only the pen needles rejected (a provider statement, denies nothing itself); a prescription EOB with four fills
of which only the pen needles were rejected; a standard-fax stack (cover + the PBM's coverage determination to the
prescriber + blank + the prescriber's exception-request letter, which denies nothing); the pharmacy's counter
notice photographed by the member (denies nothing); an upheld appeal decision in prose only; a second member letter
in a sidebar layout.
Issuers (fictional): Orrin Peak Pharmacy Solutions (PBM for the Lanterbrook Health Alliance); pharmacy: Halvard
Street Pharmacy; prescriber practice: Crestmoor Endocrine Associates.
Truth: member ID = card ID; group = RxGRP; BIN/PCN/NDC/NCPDP/Rx number/NPI/DOB are decoys; plan_id null; case numbers =
claim reference (+ coverage request / appeal numbers); claim amount = the rejected fill's submitted cost; service
date = the rejected fill's date; provider = the prescriber (the pharmacy accepted where it is named).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcq_famcqd import days, digits, fdate, hrule, letterhead, mail_to, mixed, phone, signature, usd
from public_kit import Page, m2, out

FAMILY = "insulin_pen_needles_quantity_limit_pharmacy_reject"
LANG = "en"
SEED = 345200
PBM = "Orrin Peak Pharmacy Solutions"
PLAN = "Lanterbrook Health Alliance"
PHARM = "Halvard Street Pharmacy"
CLINIC = "Crestmoor Endocrine Associates"
MEMBERS = ["Ambrose T. Kettleby", "Celestine R. Duvall", "Lorcan P. Iwasaki", "Wilhelmina D. Farrow",
           "Ignatius M. Beaulieu", "Odalys C. Pemberton"]
DOCS = ["Evander L. Marchetti, MD", "Sunniva A. Thorvaldsen, DO", "Rupert J. Okafor-Banks, MD"]
ITEM = "Insulin pen needles 32G x 4 mm"
STREETS = ["64 Wrenfield Road", "1907 Larchmont Bend", "12 Ostler Lane", "388 Cobbler Hill Dr"]
CITIES = ["Marrow Point, WI 53094", "East Tilbury, WI 54301", "Quarry Glen, WI 53711"]


def facts(r: random.Random) -> dict:
    date = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 220))
    fill = days(date, -r.randint(2, 8))
    return dict(date=date, fill=fill, recv=days(date, -r.randint(1, 2)),
                amt=round(r.randint(61, 148) + r.choice([0.0, 0.25, r.randint(1, 99) / 100]), 2),
                member=r.choice(MEMBERS), addr=[r.choice(STREETS), r.choice(CITIES)],
                mid=mixed(r, "LHA99999999"), grp=mixed(r, "RX99AA"), bin=digits(r, 6), pcn=mixed(r, "OPPS9"),
                clm=mixed(r, "99999999999999"), req=mixed(r, "CR99-99999"), apl=mixed(r, "APL-9999999"),
                rx=digits(r, 7), ncpdp=digits(r, 7), npi="1" + digits(r, 9), ndc=f"08{digits(r, 3)}-{digits(r, 4)}-01",
                doc=r.choice(DOCS), ph=phone(r), fax=phone(r),
                dob=dt.date(r.randint(1950, 2001), r.randint(1, 12), r.randint(1, 28)))


def T(f, dtype, den, ins=PBM, cases=(), dead=None, alts=None, uns=None, amount=True, sd=None, grp=True, mid=True,
      ddate=None, dalts=None, talts=None, prov=None):
    return truth(dtype, den, "en", insurer=ins, plan_id=None, group_number=f["grp"] if grp else None,
                 member_id=f["mid"] if mid else None, member_name=f["member"], case_numbers=list(cases),
                 claim_amount=m2(f["amt"]) if amount else None,
                 service_dates=sd if sd is not None else [f["fill"].isoformat()],
                 denial_date=(ddate or f["date"]).isoformat(), provider=prov or f["doc"],
                 appeal_deadline=dead.isoformat() if dead else None, alternates=alts or {}, unscored=uns or [],
                 denial_alternates=dalts or [], type_alternates=talts or [])


def head(d, style="box"):
    letterhead(d, PBM, f"Pharmacy benefits for members of {PLAN}  |  PO Box 40117, Madison, WI 53744", style,
               "ORRIN PEAK")


def member_letter(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left=f"{PBM}  |  OP-QL-112")
    d.add_page()
    head(d)
    d.line(fd(f["date"]), 10, h=6)
    mail_to(d, [f["member"]] + f["addr"], 9.5)
    d.line("Important: a prescription claim was rejected", 12.5, "B", h=8)
    x0, y0 = d.get_x(), d.get_y()
    x = x0
    for lab, val, w in [("CARD ID", f["mid"], 36), ("RxBIN", f["bin"], 20), ("RxPCN", f["pcn"], 22),
                        ("RxGRP", f["grp"], 24), ("CLAIM REF", f["clm"], 48)]:
        d.rect(x, y0, w, 11)
        d.set_xy(x + 1.2, y0 + 0.8)
        d.f(6.5).cell(w - 2, 3, lab)
        d.set_xy(x + 1.2, y0 + 4.8)
        d.f(9.5).cell(w - 2, 5, val)
        x += w
    d.set_xy(x0, y0 + 15)
    d.pairs([("Patient", f["member"]), ("Birth date", fd(f["dob"])), ("Item", f"{ITEM} (NDC {f['ndc']})"),
             ("Requested", "400 needles / 30 days"), ("Plan limit", "200 needles / 30 days"),
             ("Fill date", fd(f["fill"])), ("Prescribed by", f["doc"]), ("Pharmacy", f"{PHARM} (NCPDP {f['ncpdp']})"),
             ("Pharmacy charge", usd(f["amt"], ms))], label_w=38, size=9.3, h=5.2)
    d.ln(2)
    d.para(f"Dear {f['member']}:", 10)
    d.para("Your plan covers up to 200 pen needles every 30 days. The prescription sent to the pharmacy was for 400 "
           "needles for 30 days, which is more than the quantity limit, so the claim was rejected. The pharmacy can "
           "fill up to the limit today.", 9.6)
    d.para("Your prescriber can ask us for a quantity limit exception if you need more injections each day. You can "
           f"also appeal: send your appeal within 180 days of the date of this letter. Call {f['ph']} or fax "
           f"{f['fax']}. An expedited decision (72 hours) is available if waiting could harm your health.", 9.3)
    signature(d, ["Clinical Review Team", PBM])
    return out(d)


def pharmacy_statement(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left=f"{PHARM}  |  NCPDP {f['ncpdp']}")
    d.add_page()
    letterhead(d, PHARM, "220 Halvard Street, Marrow Point, WI 53094  |  Rx line " + f["ph"], "rule")
    d.line("PATIENT PRESCRIPTION STATEMENT", 12, "B", h=7)
    d.pairs([("Statement date", fd(f["date"])), ("Patient", f["member"]), ("Date of birth", fd(f["dob"])),
             ("Insurance", f"{PBM}   ID {f['mid']}   RxGRP {f['grp']}"), ("Period", f"{fd(days(f['date'], -30))} - "
                                                                               f"{fd(f['date'])}")],
            label_w=34, size=9)
    d.ln(2)
    rows = [[fd(f["f1"]), f["r1"], "Insulin glargine pen 100 u/mL 15 mL", f["doc"], usd(f["a1"], ms), "Paid",
             usd(35, ms)],
            [fd(f["f2"]), f["r2"], "Glucose test strips #100", f["doc"], usd(f["a2"], ms), "Paid", usd(10, ms)],
            [fd(f["fill"]), f["rx"], "Pen needles 32G 4mm #400", f["doc"], usd(f["amt"], ms), "Rejected 76",
             usd(0, ms)],
            [fd(f["f3"]), f["r3"], "Atorvastatin 20 mg #30", "Lisette N. Abernethy, NP", usd(f["a3"], ms), "Paid",
             usd(5, ms)]]
    d.table(["Date", "Rx #", "Drug", "Prescriber", "Price", "Plan status", "Your copay"], rows,
            [19, 17, 50, 38, 18, 22, 16], size=7.4, aligns=["L", "L", "L", "L", "R", "L", "R"])
    d.para("Rejected 76 = plan limitations exceeded. The pen needle prescription was not filled; your prescriber "
           "has been faxed. Copays shown were paid at pickup. Balance due: $0.00.", 8.6)
    return out(d)


def rx_eob(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left=f"{PBM}  |  Pharmacy EOB  |  This is not a bill")
    d.add_page()
    head(d, "rule")
    d.line("Explanation of Benefits - Prescription Drugs", 13, "B", h=7)
    d.ln(1)
    d.pairs([("Issued", fd(f["date"])), ("Member", f["member"]), ("ID", f["mid"]), ("RxGRP", f["grp"]),
             ("Claims processed", f"{fd(days(f['date'], -30))} through {fd(days(f['date'], -1))}")],
            label_w=32, size=9.3)
    d.ln(2)
    rows = [[fd(f["f1"]), f["k1"], "Insulin glargine pen", "Lisette N. Abernethy, NP", usd(f["a1"], ms),
             usd(round(f["a1"] - 35, 2), ms), usd(35, ms), "A1"],
            [fd(f["f2"]), f["k2"], "Test strips #100", "Lisette N. Abernethy, NP", usd(f["a2"], ms),
             usd(round(f["a2"] - 10, 2), ms), usd(10, ms), "A1"],
            [fd(f["fill"]), f["clm"], "Pen needles 4mm #400", f["doc"], usd(f["amt"], ms), usd(0, ms), usd(0, ms),
             "Q7"],
            [fd(f["f3"]), f["k3"], "Metformin 1000 mg", "Lisette N. Abernethy, NP", usd(f["a3"], ms),
             usd(round(f["a3"] - 5, 2), ms), usd(5, ms), "A1"]]
    d.table(["Fill date", "Claim ID", "Drug", "Prescriber", "Submitted", "Plan paid", "You paid", "Code"], rows,
            [20, 30, 32, 38, 18, 17, 15, 10], size=7.2, aligns=["L", "L", "L", "L", "R", "R", "R", "L"])
    d.para("A1  Paid under your pharmacy benefit.", 8.5, gap=0.5)
    d.para("Q7  Over quantity limit: pen needles are covered up to 200 per 30 days. This claim was not paid.", 8.5)
    hrule(d)
    d.para(f"Appeal rights: you may appeal a claim within 180 days of the issue date of this EOB. Call {f['ph']}. "
           "Keep this for your records.", 8.5)
    return out(d)


def prescriber_decision(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left=f"{PBM}  |  Prescriber fax {f['fax']}")
    d.add_page()
    head(d)
    d.line(f"COVERAGE DETERMINATION NOTICE  {fd(f['date'])}", 11, "B", h=6)
    mail_to(d, [f"To: {f['doc']}, {CLINIC}", f"NPI {f['npi']}", "Fax: " + f["fax"]], 9.5)
    d.boxed_pairs([("Patient", f["member"]), ("Member ID", f["mid"]), ("RxGRP", f["grp"]),
                   ("Coverage request", f["req"]), ("Claim reference", f["clm"]), ("Received", fd(f["recv"])),
                   ("Requested", f"{ITEM}, #400 / 30 days"), ("Date of service", fd(f["fill"])),
                   ("Submitted cost", usd(f["amt"], ms)), ("Determination", "DENIED - exceeds quantity limit")],
                  label_w=48)
    d.para("Pen needles are limited to 200 per 30 days (enough for six injections a day with one needle per "
           "injection). The request does not show more than six daily injections or another reason a larger "
           "quantity is needed.", 9.5)
    d.para("You or the member may appeal within 180 days of the date of this notice. Fax supporting notes to the "
           f"number above. Urgent requests (72 hours): {f['ph']}.", 9.5)
    signature(d, ["Pharmacist Reviewer", PBM])
    return out(d)


def prescriber_letter(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(serif=True, footer=None)
    d.add_page()
    letterhead(d, CLINIC, "4410 Lakeview Parkway, Suite 300, Marrow Point, WI 53094  |  Fax " + f["fax"], "center")
    d.line(fd(days(f["date"], 2)), 10, h=6)
    mail_to(d, [f"{PBM} - Coverage Exceptions", f"Fax {f['fax']}"], 10)
    d.line(f"Re: {f['member']}, ID {f['mid']}, request {f['req']}", 10.5, "B", h=7)
    d.para(f"I am writing to ask for an exception to the quantity limit on pen needles for my patient "
           f"{f['member']}. The patient uses basal insulin once a day and rapid-acting insulin with meals and "
           "correction doses, and also needs a separate needle to prime each pen, so 200 needles a month do not "
           "last 30 days.", 10)
    d.para("I request approval of 400 needles per 30 days. The patient's last A1c and glucose log are attached.", 10)
    signature(d, [f["doc"], CLINIC, f"NPI {f['npi']}"])
    return out(d)


def counter_notice(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer=None)
    d.add_page()
    letterhead(d, PHARM, "220 Halvard Street, Marrow Point, WI 53094  |  " + f["ph"], "center")
    d.line("NOTICE TO PATIENT - INSURANCE DID NOT PAY", 11.5, "B", align="C", h=7)
    d.pairs([("Date", fd(f["fill"])), ("Patient", f["member"]), ("Rx #", f["rx"]), ("Item", f"{ITEM}  qty 400"),
             ("Prescriber", f["doc"]), ("Insurance", f"{PBM}  ID {f['mid']}"), ("Price", usd(f["amt"], ms)),
             ("Reject", "76 Plan limitations exceeded - max 200 per 30 days")], label_w=30, size=9.5)
    d.ln(2)
    d.para("We can fill 200 needles today under your plan, or hold the prescription while your doctor asks your plan "
           "for an exception. You may also ask your plan for a written coverage decision.", 9.5)
    d.para("[ ] Fill 200 now     [ ] Hold for doctor     Initials ______", 9.5)
    return out(d)


def upheld(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(serif=True, footer=None)
    d.add_page()
    letterhead(d, PBM, "Appeals Department  |  PO Box 40117, Madison, WI 53744", "rule")
    d.line(fd(f["date"]), 10.5, h=6)
    mail_to(d, [f["member"]] + f["addr"], 10.5)
    d.para(f"Dear {f['member']}:", 10.5)
    d.para(f"We have finished reviewing your appeal {f['apl']}. You asked us to pay for 400 insulin pen needles that "
           f"{f['doc']} prescribed and that {PHARM} tried to fill on {fd(f['fill'])} for {usd(f['amt'], ms)}, "
           f"claim reference {f['clm']}.", 10.5)
    d.para("A pharmacist and a physician reviewer looked at the notes your prescriber sent. The notes show four "
           "injections a day, which 200 needles per 30 days covers, so we are upholding our decision to reject the "
           "claim as over the quantity limit.", 10.5)
    d.para(f"Your member ID is {f['mid']} and your group is {f['grp']}. You may ask for an independent external "
           f"review within 4 months of the date of this letter, or call us at {f['ph']}.", 10.5)
    signature(d, ["Appeals Department", PBM])
    return out(d)


def sidebar_letter(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left=f"{PLAN} pharmacy benefits are administered by {PBM}")
    d.add_page()
    head(d, "center")
    y0 = d.get_y()
    d.set_fill_color(232, 232, 232)
    d.rect(d.l_margin, y0, 58, 92, style="F")
    d.set_xy(d.l_margin + 2, y0 + 2)
    d.f(8.5, "B").cell(54, 5, "YOUR CLAIM AT A GLANCE", new_x="LMARGIN", new_y="NEXT")
    for lab, val in [("Letter date", fd(f["date"])), ("Card ID", f["mid"]), ("Rx group", f["grp"]),
                     ("Reference", f["clm"]), ("Filled", fd(f["fill"])), ("Charge", usd(f["amt"], ms)),
                     ("Prescriber", f["doc"]), ("Customer line", f["ph"])]:
        d.set_x(d.l_margin + 2)
        d.f(7.5).cell(54, 4, lab, new_x="LMARGIN", new_y="NEXT")
        d.set_x(d.l_margin + 2)
        d.f(8.8, "B").cell(54, 5, val, new_x="LMARGIN", new_y="NEXT")
    x = d.l_margin + 64
    d.set_xy(x, y0)
    d.f(10).multi_cell(0, 5, "\n".join([f["member"]] + f["addr"]), new_x="LMARGIN", new_y="NEXT")
    d.set_xy(x, d.get_y() + 4)
    d.f(11.5, "B").multi_cell(0, 6, "We could not pay for your pen needles", new_x="LMARGIN", new_y="NEXT")
    for t in ["Your pharmacy asked us to pay for 400 pen needles for a 30-day supply. Your plan covers 200 pen "
              "needles per 30 days, so this claim is over the quantity limit and was not paid.",
              "What you can do: fill up to 200 needles now, ask your doctor to request an exception, or appeal. "
              "Your appeal must reach us within 180 days of the letter date.",
              "Urgent appeals are answered within 72 hours. External review requests are due within 4 months of a "
              "final decision."]:
        d.set_xy(x, d.get_y() + 2)
        d.f(9.3).multi_cell(0, 4.7, t, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 96))
    signature(d, ["Member Pharmacy Services", PBM])
    return out(d)


def blank_page() -> bytes:
    d = Page(footer=None)
    d.add_page()
    return out(d)


def documents(rng) -> list[Item]:
    items, P = [], FAMILY + "_"
    f = facts(random.Random(SEED + 1))
    items.append(Item(P + "bd_member_letter_card_boxes", "born_digital",
                      [(member_letter(f, "abbr", "plain"),
                        T(f, "denial_letter", "not_covered", cases=[f["clm"]], dead=days(f["date"], 180),
                          alts={"provider": [PHARM]}))]))
    r = random.Random(SEED + 2)
    f = facts(r)
    f.update(f1=days(f["fill"], -r.randint(5, 12)), f2=days(f["fill"], -r.randint(1, 4)),
             f3=days(f["fill"], r.randint(1, 2)), r1=digits(r, 7), r2=digits(r, 7), r3=digits(r, 7),
             a1=round(r.uniform(180, 320), 2), a2=round(r.uniform(40, 95), 2), a3=round(r.uniform(9, 25), 2))
    items.append(Item(P + "scan_pharmacy_statement_four_fills", "scan_clean_300",
                      [(pharmacy_statement(f, "nopad", "plain"),
                        T(f, "other", None, ins=None, uns=["insurer"], alts={"provider": [PHARM]}))]))
    r = random.Random(SEED + 3)
    f = facts(r)
    f.update(f1=days(f["fill"], -r.randint(5, 12)), f2=days(f["fill"], -r.randint(1, 4)),
             f3=days(f["fill"], r.randint(1, 2)), k1=mixed(r, "99999999999999"), k2=mixed(r, "99999999999999"),
             k3=mixed(r, "99999999999999"), a1=round(r.uniform(180, 320), 2), a2=round(r.uniform(40, 95), 2),
             a3=round(r.uniform(9, 25), 2))
    items.append(Item(P + "copy_rx_eob_four_fills", "photocopy",
                      [(rx_eob(f, "iso", "nosign"),
                        T(f, "eob", "not_covered", cases=[f["clm"]], dead=days(f["date"], 180)))]))
    f = facts(random.Random(SEED + 4))
    t1 = T(f, "denial_letter", "not_covered", cases=[f["req"], f["clm"]], dead=days(f["date"], 180))
    t2 = T(f, "other", None, ins=None, grp=False, uns=["insurer"], amount=False, ddate=days(f["date"], 2), sd=[],
           cases=[f["req"]], alts={"case_numbers": [[]]})
    items.append(Item(P + "faxstd_stack_determination_and_prescriber_letter", "fax_standard_g4",
                      [(prescriber_decision(f, "slash", "plain"), t1), (prescriber_letter(f, "long", "plain"), t2)],
                      separators=["cover", blank_page()]))
    f = facts(random.Random(SEED + 5))
    items.append(Item(P + "photo_pharmacy_counter_notice", "phone_photo",
                      [(counter_notice(f, "short", "flat"),
                        T(f, "other", None, ins=None, grp=False, uns=["insurer"], ddate=f["fill"],
                          alts={"provider": [PHARM]}))]))
    f = facts(random.Random(SEED + 6))
    items.append(Item(P + "lowres_upheld_appeal_prose", "scan_lowres_150",
                      [(upheld(f, "long", "space"),
                        T(f, "denial_letter", "not_covered", cases=[f["apl"], f["clm"]],
                          alts={"provider": [PHARM]}))]))
    f = facts(random.Random(SEED + 7))
    items.append(Item(P + "rot_sidebar_member_letter", "rotated",
                      [(sidebar_letter(f, "upper_dmy", "usd"),
                        T(f, "denial_letter", "not_covered", cases=[f["clm"]], dead=days(f["date"], 180),
                          ins=PBM, alts={"insurer": [PLAN]}))]))
    return items
