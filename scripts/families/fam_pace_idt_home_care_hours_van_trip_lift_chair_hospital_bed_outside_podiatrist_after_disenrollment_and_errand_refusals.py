"""Papers mirrored (structure and plain wording style only) from the Program of All-Inclusive Care for the Elderly
(PACE): a PACE organization's interdisciplinary team (IDT) decides service determination requests (to start, add to,
or keep a service) within days of the request and sends a written notice when it refuses one, with the reason, the
results of any reassessment and the participant's appeal rights (the PACE organization's own appeal, a fast appeal
in 72 hours, continuation of a service being cut for Medicaid participants, then Medicare's independent review or the
state's fair hearing). The PACE organization is the insurer and the provider at once: it pays its contracted
providers (home care agencies, van companies, suppliers) and refuses bills for care nobody on the team arranged.

Everything is invented: the PACE organization (Tillingford PACE, operated by Tillingford Elder Care Partnership,
Inc.), the State of Gildenmoor (GM) and its Department of Medical Assistance, every participant, relative, provider,
supplier, number (participant numbers "TP" + seven digits, service request numbers "SR-26-" + five digits, appeal
numbers "APL-26-" + four digits, outside claim numbers "OC-26-" + five digits, thirteen-digit ICNs on the van
company's payment statement), address and time limit; phones use 555. PACE, Medicare, Medicaid and HCPCS/CPT codes
appear as themselves.

Documents (8 in 7 files):
- born_digital: two-page notice refusing more home care aide hours (12 to 21 a week); identifiers as 'value | caption'
  lines beside the address, request facts in boxes captioned on tabs above them, running header on page 2.
- fax_standard_g4: the van company's two-page payment statement: seven participants, heads run together, one
  participant's Saturday trip (two lines) paid nothing under code T7, told only in the code list; page 2 with no
  column heads.
- fax_standard_g4 stack: the son's fax cover to a legal aid office, the PACE appeal decision keeping the refusal of a
  seat-lift chair (lettered boxes with captions under the values; page 2 upside down), and the approval of bathroom
  safety equipment (denies nothing).
- scan_clean_300: refusal to pay an outside podiatrist's bill (lettered boxes, captions above).
- phone_photo: Spanish notice that the team will not provide a hospital bed (Spanish labels only; no word for
  "denied").
- scan_lowres_150: refusal of an urgent care bill for a visit after the participant left PACE (two-column prose, a
  facts grid with captions under the values, running footer).
- photocopy: refusal of van trips for errands (serif, values over captions).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeo_famoa import (OASheet, apos, compact, day_long, digits, dmy0, dmy_abbr, es_date, es_wday, iso, long,
                               mdy_th, n2, plain_cover, plus, short, slash, upper, usd, wday_long, ymd_dots,
                               ymd_slash)
from public_kit import m2, mbi, out, truth

FAMILY = ("pace_idt_home_care_hours_van_trip_lift_chair_hospital_bed_outside_podiatrist_after_disenrollment_and_"
          "errand_refusals")
LANG = "en"
SEED = 355040
ORG = "Tillingford PACE"
PARENT = "Tillingford Elder Care Partnership, Inc."
ORG_ALT = [ORG, "Tillingford Elder Care Partnership", PARENT, "Tillingford"]
CENTER = "2200 Quarry Mill Road, Quillerby, GM 40812"
RIGHT = ["Participant Services 1-844-555-0110", "TTY 711  \u00b7  Fax 1-844-555-0119", "2200 Quarry Mill Road",
         "Quillerby, GM 40812"]
STATE_AG = "Gildenmoor Department of Medical Assistance"


def pid(rng) -> str:
    return "TP" + digits(rng, 7)


def sr(rng) -> str:
    return "SR-26-" + digits(rng, 5)


def medicaid(rng) -> str:
    return "GM" + digits(rng, 9)


def head(p: OASheet, es: bool = False):
    small = (["Programa de Cuidado Integral para Personas Mayores (PACE)", "Operado por " + PARENT] if es else
             ["Program of All-Inclusive Care for the Elderly", "Operated by " + PARENT])
    right = (["Servicios al Participante 1-844-555-0110", "TTY 711  \u00b7  Fax 1-844-555-0119",
              "2200 Quarry Mill Road", "Quillerby, GM 40812"] if es else RIGHT)
    p.mast(ORG, small, right, mark="house", size=17, d=16)


def appeal_rights(p: OASheet, nd: dt.date, size: float = 8.8, cont_note: bool = True):
    p.heading("Your right to appeal", 10.5, gap=0.8)
    p.para("You, your representative or your caregiver may appeal this decision. An appeal asks us to look at the "
           "decision again. Someone who was not part of the first decision will review it. **You must file your "
           "appeal within 60 calendar days from the date of this notice.** You may appeal by phone at "
           "1-844-555-0110 or in writing to Tillingford PACE, Appeals Coordinator, " + CENTER + ". You may send us "
           "anything you want us to look at, and you may see the records we used.", size)
    p.para("**Fast (expedited) appeal.** If you or your doctor believe that waiting could seriously harm your life, "
           "health or ability to regain function, ask for a fast appeal. We will decide a fast appeal within 72 "
           "hours after we receive it. A standard appeal is decided within 30 calendar days.", size)
    if cont_note:
        p.para("**If we are reducing or stopping a service you already get** and you have Medicaid, you may keep "
               "getting the service while your appeal is decided if you ask for that within 10 days of this notice. "
               "This decision does not reduce or stop a service you already get.", size)
    p.para("**If we do not decide fully in your favor,** we will tell you in writing. If you have Medicare, your case "
           "goes to Medicare's independent review entity. If you have Medicaid, you may ask for a state fair hearing "
           f"with the {STATE_AG} within 120 days of our appeal decision.", size)


# ------------------------------------------------------------------------------------------------------------------
def bd_home_care_hours(rng):
    mem = "Winifred A. Pellowe"
    dau = "Maren Pellowe-Strand"
    p_id = pid(rng)
    req = sr(rng)
    mb = mbi(rng)
    mcd = medicaid(rng)
    AG = "Brightwater Lane Home Care"
    PCP = "Dr. Tamsin R. Okonjo"
    rcv = dt.date(2026, 3, 9)
    visit = dt.date(2026, 3, 10)
    idt = dt.date(2026, 3, 11)
    nd = dt.date(2026, 3, 12)
    start = dt.date(2026, 3, 16)
    p = OASheet(footer="Page {n} of {nb}", footer_left="TPC-SDR-2D (rev. 01/2026)",
                run_hdr=f"{mem}  \u00b7  {p_id}  \u00b7  Notice of decision, {slash(nd)}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(17, 14, 17)
    p.add_page()
    head(p)
    W = p.w - p.l_margin - p.r_margin
    p.f(9.6)
    p.cell(0, 5, long(nd), align="R", new_x="LMARGIN", new_y="NEXT")
    y0 = p.get_y() + 1
    p.set_y(y0)
    for ln in [mem, "c/o " + dau, "418 Weir Cottage Lane", "Quillerby, GM 40815"]:
        p.line(ln, 10.2)
    yl = p.get_y()
    yr = p.cap_after([(p_id, "PACE participant no."), (req, "service request no."), (mb, "Medicare number"),
                      (mcd, "Medicaid ID (state)"), ("08/19/1938", "date of birth")],
                     x=p.l_margin + W * 0.50, y=y0, w=W * 0.50, size=9.4)
    p.set_xy(p.l_margin, max(yl, yr) + 3)
    p.f(13.5, "B")
    p.multi_cell(W, 6.5, "Notice of Denial of Your Service Request", new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    p.cell(0, 4.6, "Service determination request decided by your interdisciplinary team (IDT)",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.tab_boxes([[("Service asked for", "Personal care aide at home: 21 hours a week (you now have 12)", 0.66),
                  ("Start date asked for", long(start), 0.34)],
                 [("Asked for by", f"{dau} (daughter and caregiver)", 0.46),
                  ("Request received", f"{slash(rcv)}  2:40 p.m.", 0.27), ("IDT decision", dmy_abbr(idt), 0.27)],
                 [("Home care agency now serving you", f"{AG}   (agency license HCA-GM-5521)", 1.0)]],
                size=9.4)
    p.tick_line("Our decision:", [("Approved", False), ("Approved in part", False), ("Denied", True)], 9.8)
    p.para(f"Dear {mem}:", 10)
    p.para(f"Your daughter asked us to raise your personal care aide hours from 12 to 21 hours a week, 3 hours every "
           f"day, starting {long(start)}. She told us she goes back to full-time work this month. Your "
           "interdisciplinary team looked at your request. **We denied your request for more aide hours.**", 9.8)
    p.heading("Why we made this decision", 10.5, gap=0.8)
    p.para(f"A registered nurse and an occupational therapist from our team visited you at home on {long(visit)} "
           "to reassess how you manage each day. This is what they found:", 9.6)
    p.bullets(["You walk inside your home with your walker and get in and out of bed and your chair without help.",
               "You dress yourself except for socks and shoes, and you feed yourself.",
               "You need help to bathe. You are at the PACE center on Mondays and Thursdays, where staff help you "
               "shower, and your aide helps on one other day.",
               "Your aide now comes 4 days a week for 3 hours (12 hours a week) for meals, laundry, bathing and "
               "light housework. Those are the tasks you need help with."], 9.4)
    p.para("The team decided that 12 hours a week, together with your days at the PACE center, meets your needs for "
           "help at home. Extra hours would cover times when you can safely be on your own. They are not needed to "
           "keep or improve your health, your safety or how well you can do things for yourself.", 9.6)
    p.add_page()
    p.ln(1)
    p.heading("What we will do instead", 10.5, gap=0.8)
    p.bullets(["Add a third day at the PACE center (Tuesdays) if you want it, with lunch and a shower there. Our van "
               "picks you up at home.",
               "Give you a personal emergency response button to wear, so you can call for help any time.",
               "Look at your needs again in 90 days, or sooner if your health changes. Call us if it does."], 9.4)
    appeal_rights(p, nd, 9.0)
    p.heading("Questions", 10.5, gap=0.8)
    p.para("Call your PACE social worker, Tabitha Ruddock, at 1-844-555-0114 (Monday to Friday, 8 a.m. to 4:30 "
           "p.m.). Help in other languages and in large print is free.", 9.0)
    p.signoff(["Sincerely,", "", "Your Interdisciplinary Team", ORG], 9.4)
    p.para(f"IDT members at the meeting: {PCP}, primary care physician; Lorna Vickery, RN; Hamid Sadeqi, OTR/L; "
           "Tabitha Ruddock, MSW; Percy Oduya, home care coordinator.", 8.0)
    p.para(f"cc: {AG}; {dau}", 8.0)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=p_id, member_name=mem, cases=[req],
              service_dates=[iso(start)], denial_date=iso(nd), provider=AG, appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": ORG_ALT, "member_id": [mcd], "service_dates": [[]],
                          "provider": [PCP, "Tamsin R. Okonjo"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_van_statement(rng):
    PAYEE = "Alderwick Accessible Transit, LLC"
    pay = dt.date(2026, 4, 9)
    eft = "EFT" + digits(rng, 9)

    def icn():
        return "26" + str(rng.randint(60, 95)).zfill(3) + digits(rng, 8)

    # (LAST, FIRST M, participant no., ICN, [(date, hcpcs, mod, units, billed, allowed, paid, rc)])
    pts = [
        ("ABERNETHY, LOIS K", pid(rng), icn(), [(dt.date(2026, 3, 2), "A0130", "QN", 1, 62.00, 58.00, 58.00, "T1"),
                                               (dt.date(2026, 3, 2), "S0209", "", 9, 27.90, 27.00, 27.00, "T2")]),
        ("BRANSCOMBE, ERROL T", pid(rng), icn(), [(dt.date(2026, 3, 3), "T2003", "", 1, 38.00, 36.00, 36.00, "T1")]),
        ("CALLENDER, MAVIS O", pid(rng), icn(), [(dt.date(2026, 3, 5), "A0130", "", 1, 62.00, 58.00, 58.00, "T1"),
                                                (dt.date(2026, 3, 5), "S0209", "", 14, 43.40, 42.00, 42.00, "T2")]),
        ("DEVEREUX, ANSELM P", pid(rng), icn(), [(dt.date(2026, 3, 9), "T2003", "", 1, 38.00, 36.00, 36.00, "T1"),
                                                (dt.date(2026, 3, 11), "T2003", "", 1, 38.00, 36.00, 36.00, "T1")]),
        ("FAIRCLOUGH, NOEL B", pid(rng), icn(), [(dt.date(2026, 3, 12), "A0130", "", 1, 62.00, 58.00, 58.00, "T1"),
                                                (dt.date(2026, 3, 12), "S0209", "", 11, 34.10, 33.00, 33.00, "T2"),
                                                (dt.date(2026, 3, 12), "A0130", "", 1, 62.00, 58.00, 58.00, "T1"),
                                                (dt.date(2026, 3, 12), "S0209", "", 11, 34.10, 33.00, 33.00, "T2")]),
        ("GATEHOUSE, IMOGEN R", pid(rng), icn(), [(dt.date(2026, 3, 16), "T2003", "", 1, 38.00, 36.00, 36.00, "T1")]),
        ("HOLLINRAKE, SILAS D", pid(rng), icn(), [(dt.date(2026, 3, 18), "A0130", "", 1, 62.00, 58.00, 58.00, "T1"),
                                                 (dt.date(2026, 3, 18), "S0209", "", 7, 21.70, 21.00, 21.00, "T2")]),
        ("QUARRENDON, ELSPETH M", pid(rng), icn(), [(dt.date(2026, 3, 21), "A0130", "", 1, 62.00, 0.00, 0.00, "T7"),
                                                   (dt.date(2026, 3, 21), "S0209", "", 18, 55.80, 0.00, 0.00, "T7")]),
        ("RUDDIMAN, CORA J", pid(rng), icn(), [(dt.date(2026, 3, 23), "A0130", "", 1, 62.00, 58.00, 58.00, "T1"),
                                              (dt.date(2026, 3, 23), "S0209", "", 6, 18.60, 18.00, 18.00, "T2")]),
        ("TREMAYNE, OSWIN H", pid(rng), icn(), [(dt.date(2026, 3, 26), "T2003", "", 1, 38.00, 36.00, 36.00, "T1")]),
    ]
    den = pts[7]
    den_amt = round(sum(x[4] for x in den[3]), 2)
    allL = [ln for x in pts for ln in x[3]]
    tb, ta, tp = (round(sum(x[i] for x in allL), 2) for i in (4, 5, 6))

    def fmt(name, p_id, ic, ln, first):
        d, hc, md, u, b, a, pd, rc = ln
        nm = name if first else ""
        ids = p_id if first else ""
        icc = ic if first else ""
        return (f"{nm:<22}{ids:<10}{icc:<14}{short(d):<9}{short(d):<9}{hc:<6}{md:<3}{u:>3}{b:>9.2f}{a:>9.2f}"
                f"{pd:>9.2f} {rc}")

    p = OASheet(footer=None, fax_hdr=f"{upper(pay).replace(',', '')} 15:07  FROM TILLINGFORD PACE CLAIMS  "
                                     "1-844-555-0117  TO ALDERWICK TRANSIT  P.{n}")
    p.set_margins(12, 12, 12)
    p.add_page()
    p.set_font("Mono", "B", 11)
    p.cell(0, 5.4, "TILLINGFORD PACE", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Mono", "", 8)
    for ln in ["PROGRAM OF ALL-INCLUSIVE CARE FOR THE ELDERLY  -  CLAIMS UNIT", "2200 QUARRY MILL RD, QUILLERBY GM 40812"
               "   PROVIDER LINE 1-844-555-0117"]:
        p.cell(0, 3.9, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.set_font("Mono", "B", 10)
    p.cell(0, 5, "PROVIDER PAYMENT STATEMENT", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.mono([f"PAYEE: {PAYEE.upper():<44}PAYMENT DATE: {short(pay)}",
            f"       1190 MILLRACE INDUSTRIAL CT{'':<19}PAYEE NO: TPV-0093",
            f"       QUILLERBY GM 40817{'':<29}NPI: 1{digits(rng, 9)}   TIN: XX-XXX{digits(rng, 4)}",
            f"{'':<51}EFT TRACE: {eft}"], size=8.0)
    p.ln(2)
    p.asterisk_box(["REMINDER: A TRIP IS PAYABLE ONLY WHEN IT IS ON THE PARTICIPANT'S TRANSPORTATION SCHEDULE",
                    "OR CARRIES A TRIP AUTHORIZATION NUMBER FROM THE CENTER'S TRANSPORT DESK. CONTRACT RATES",
                    "FOR 2026: EXAMPLE, A 10-MILE WHEELCHAIR VAN TRIP PAYS $58.00 BASE PLUS $30.00 MILEAGE."],
                   104, size=7.4)
    p.ln(2)
    heads = ["PARTICIPANT NAME      PARTICIP#ICN/CLAIM NUMBERFROMDATE THRUDATEHCPCS MODUNT BILLEDAMTALLOWAMT  PAIDAMT RC"]
    rows, bold = [], set()
    for name, p_id, ic, lines in pts[:7]:
        for j, ln in enumerate(lines):
            if j == 0:
                bold.add(len(rows))
            rows.append(fmt(name, p_id, ic, ln, j == 0))
        cb = round(sum(x[4] for x in lines), 2)
        cp = round(sum(x[6] for x in lines), 2)
        rows.append(f"{'':<46}CLAIM TOTAL{'':<19}{cb:>9.2f}{'':>9}{cp:>9.2f}")
    p.printer_block(heads, rows, size=7.4, bold=bold, width=106)
    p.ln(3)
    p.mono(["*** CONTINUED ON NEXT PAGE ***"], size=7.6)
    p.add_page()
    p.mono([f"TILLINGFORD PACE  PROVIDER PAYMENT STATEMENT  PAYEE NO TPV-0093  PAYMENT DATE {short(pay)}  PAGE 2"],
           size=7.4, bold={0})
    p.ln(2)
    rows, bold = [], set()
    for name, p_id, ic, lines in pts[7:]:
        for j, ln in enumerate(lines):
            if j == 0:
                bold.add(len(rows))
            rows.append(fmt(name, p_id, ic, ln, j == 0))
        cb = round(sum(x[4] for x in lines), 2)
        cp = round(sum(x[6] for x in lines), 2)
        rows.append(f"{'':<46}CLAIM TOTAL{'':<19}{cb:>9.2f}{'':>9}{cp:>9.2f}")
    p.mono(rows, size=7.4, bold=bold)
    p.mono(["-" * 106, f"{'':<30}TOTALS THIS STATEMENT: 10 CLAIMS{'':<14}{tb:>9.2f}{ta:>9.2f}{tp:>9.2f}",
            f"{'':<30}AMOUNT PAID BY EFT {eft}: ${tp:,.2f}"], size=7.4, bold={1})
    p.ln(4)
    p.glossary("REASON CODES", [
        ("T1", "Paid at the 2026 contract rate for the trip."),
        ("T2", "Mileage paid at the contract rate per loaded mile."),
        ("T4", "Wait time is included in the trip rate and is not paid separately."),
        ("T7", "No payment. The trip was not on the participant's transportation schedule set by the "
               "interdisciplinary team, and no trip authorization number from the center's transport desk was given "
               "before the trip."),
        ("T9", "This trip was already paid on an earlier statement."),
        ("T12", "The participant was not enrolled in Tillingford PACE on the date of the trip.")], size=7.6, cols=2)
    p.f(8)
    p.multi_cell(0, 3.8, "To ask us to reconsider a claim on this statement, send the claim number, the reason and "
                 "any trip log to the Claims Unit within 60 days of the date of this statement. Do not bill "
                 "participants for trips with reason code T7; PACE participants owe nothing for covered services.",
                 new_x="LMARGIN", new_y="NEXT")
    name_t = "Elspeth M. Quarrendon"
    t = truth("eob", "prior_authorization", insurer=ORG, member_id=den[1], member_name=name_t, cases=[den[2]],
              claim_amount=m2(den_amt), service_dates=[iso(dt.date(2026, 3, 21))], denial_date=iso(pay),
              provider="Alderwick Accessible Transit", appeal_deadline=iso(plus(pay, 60)),
              alternates={"insurer": ORG_ALT, "provider": [PAYEE]},
              denial_alternates=["not_covered"], type_alternates=["denial_letter"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    mem = "Ambrose J. Thistlewood"
    son = "Dominic Thistlewood"
    p_id = pid(rng)
    req = sr(rng)
    apl = "APL-26-" + digits(rng, 4)
    mb = mbi(rng)
    ORTHO = "Dr. Edmund P. Saltmarsh"
    ORTHO_PR = "Quillerby Orthopaedic Associates"
    first = dt.date(2026, 2, 20)
    arcv = dt.date(2026, 3, 2)
    nd = dt.date(2026, 3, 27)
    sent = dt.date(2026, 4, 6)
    cover = plain_cover([son, "77 Lantern Hill Drive", "Brackenmead, GM 40830"], "Gildenmoor Senior Legal Aid, "
                        "Benefits Unit", "(844) 555-0163", son + " (son of Ambrose Thistlewood)", "(844) 555-0171",
                        slash(sent), "4 including this one", "Dad's PACE appeal - lift chair",
                        ["Hello Ms. Farrant - as we discussed on the phone, here is the PACE appeal decision on my "
                         "father's lift chair (2 pages, the 2nd page may come through upside down, sorry) and the "
                         "approval for the bathroom equipment they sent the same week.",
                         "He has Medicare and Medicaid. Can you tell me if a fair hearing is worth it? Thank you.",
                         "- Dominic"])

    # the appeal decision (page 2 upside down in the stack)
    p = OASheet(footer="Page {n} of {nb}", footer_left=f"TPC-APD-1  \u00b7  {apl}")
    p.set_margins(17, 14, 17)
    p.add_page()
    head(p)
    W = p.w - p.l_margin - p.r_margin
    p.f(9.6)
    p.cell(0, 5, wday_long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in [mem, "12 Saddler's Row, Apt 4", "Quillerby, GM 40813"]:
        p.line(ln, 10.2)
    p.ln(3)
    p.f(13.5, "B")
    p.cell(0, 7, "Appeal Decision", new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    p.cell(0, 4.6, "Your appeal of our decision on a service request", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.lettered([[("A", "Appeal number", apl, 0.25), ("B", "Service request appealed", req, 0.25),
                 ("C", "Participant", mem, 0.30), ("D", "PACE ID", p_id, 0.20)],
                [("E", "Item asked for", "Power seat-lift recliner chair\n(HCPCS E0627, lift mechanism)", 0.40),
                 ("F", "Prescribed by", f"{ORTHO}\n{ORTHO_PR}", 0.34), ("G", "Medicare no.", mb, 0.26)],
                [("H", "First decision", slash(first), 0.25), ("J", "Appeal received", dmy0(arcv), 0.25),
                 ("K", "Appeal decided", slash(nd), 0.25), ("L", "Decision", "Upheld (no change)", 0.25)]],
               under=True, size=9.0)
    p.para(f"Dear {mem}:", 10)
    p.para(f"On {long(arcv)} your son {son} appealed, for you, our decision of {long(first)} not to provide a power "
           f"seat-lift recliner chair. {ORTHO} of {ORTHO_PR}, who treats your knees, had written a prescription for "
           "the chair.", 9.8)
    p.para("**We have looked at your appeal and we are keeping our first decision.** Tillingford PACE will not "
           "provide the seat-lift chair. The reasons are on page 2.", 9.8)
    p.para("Your appeal was reviewed by Dr. Lucinda F. Marwick, a geriatric physician who was not part of the first "
           "decision, with our physical therapist.", 9.4)
    p.add_page()
    p.ln(1)
    p.heading("Why we kept our decision", 10.5, gap=0.8)
    p.bullets(["On March 12, 2026 our physical therapist watched you stand up from your armchair five times. With "
               "the firm seat cushion and the raised chair legs we gave you in February, you stood up each time "
               "without help, using the armrests.",
               "A lift chair does not treat arthritis of the knees. Your knee pain is being treated with therapy "
               "twice a week at the PACE center and with the injections from your orthopaedic doctor.",
               "The team's concern is that a chair that stands you up would weaken the leg muscles your therapy is "
               "building. Standing up on your own is part of your care plan."], 9.4)
    p.para("For these reasons the seat-lift chair is not needed to keep or improve your health or your ability to "
           "do things for yourself.", 9.6)
    p.heading("What happens next", 10.5, gap=0.8)
    p.para("Because you have Medicare, we are sending your case file to Medicare's independent review entity. You do "
           "not need to do anything. The independent reviewer will write to you with its decision.", 9.4)
    p.para(f"Because you also have Medicaid, you may ask for a state fair hearing with the {STATE_AG}. You must ask "
           "for it within 120 days of the date of this decision. Call 1-844-555-0160 or write to the Office of "
           "Hearings, P.O. Box 7710, Brackenmead, GM 40831. You may choose the independent review, the fair hearing, "
           "or both.", 9.4)
    p.para("If you have questions, call your social worker, Owen Prideaux, at 1-844-555-0114.", 9.4)
    p.signoff(["Sincerely,", "", "Appeals Coordinator", ORG], 9.4)
    p.para(f"cc: {son} (representative); {ORTHO}", 8.0)
    t1 = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=p_id, member_name=mem,
               cases=[apl, req], denial_date=iso(nd), provider=ORTHO, appeal_deadline=None,
               alternates={"insurer": ORG_ALT, "case_numbers": [[apl]],
                           "provider": ["Edmund P. Saltmarsh", ORTHO_PR]},
               denial_alternates=["not_covered"])
    appeal = out(p)

    # the approval of bathroom safety equipment (denies nothing)
    req2 = sr(rng)
    nd2 = dt.date(2026, 3, 31)
    inst = dt.date(2026, 4, 8)
    SUP = "Hearthmoor Home Access"
    s = OASheet(footer="Page {n} of {nb}", footer_left="TPC-SDR-1A (rev. 01/2026)")
    s.set_margins(17, 14, 17)
    s.add_page()
    head(s)
    W = s.w - s.l_margin - s.r_margin
    y0 = s.get_y()
    for ln in [mem, "12 Saddler's Row, Apt 4", "Quillerby, GM 40813"]:
        s.line(ln, 10.2)
    yl = s.get_y()
    yr = s.cap_after([(dmy0(nd2), "date of notice"), (p_id, "PACE ID"), (req2, "request no.")],
                     x=s.l_margin + W * 0.52, y=y0, w=W * 0.48, size=9.4)
    s.set_xy(s.l_margin, max(yl, yr) + 3)
    s.f(13.5, "B")
    s.cell(0, 7, "Notice of Approval of Your Service Request", new_x="LMARGIN", new_y="NEXT")
    s.ln(2)
    s.tick_line("Our decision:", [("Approved", True), ("Approved in part", False), ("Denied", False)], 9.8)
    s.para(f"Dear {mem}:", 10)
    s.para("Good news. Your interdisciplinary team approved the bathroom safety equipment that our occupational "
           "therapist asked for after her home visit. There is no cost to you.", 9.8)
    s.wrap_table(["Item", "HCPCS", "Quantity"],
                 [["Tub transfer bench with back", "E0247", "1"], ["Raised toilet seat with arms", "E0244", "1"],
                  ["Grab bar, 24 inch, installed at the tub", "(none)", "2"]],
                 [W * 0.64, W * 0.18, W * 0.18], size=9.4)
    s.tab_boxes([[("Supplier", SUP, 0.5), ("Installation date", long(inst), 0.5)]], size=9.6)
    s.para(f"{SUP} will call you to confirm the time. Someone should be home to let the installer in. If the date "
           "does not suit you, call us and we will change it.", 9.6)
    s.para("If your needs change, you or your caregiver can ask for another service at any time by telling any "
           "member of your team.", 9.4)
    s.signoff(["Sincerely,", "", "Your Interdisciplinary Team", ORG], 9.4)
    t2 = truth("other", None, insurer=ORG, member_id=p_id, member_name=mem, cases=[req2],
               service_dates=[iso(inst)], denial_date=iso(nd2), provider=SUP,
               alternates={"insurer": ORG_ALT, "case_numbers": [[]], "service_dates": [[]], "provider": [None]})
    return cover, [(appeal, t1), (out(s), t2)]


# ------------------------------------------------------------------------------------------------------------------
def scanclean_podiatrist(rng):
    mem = "Hester V. Loxbury"
    p_id = pid(rng)
    mb = mbi(rng)
    POD = "Quenby Foot & Ankle"
    PODD = "Dr. Bartholomew S. Quenby"
    oc = "OC-26-" + digits(rng, 5)
    vis = dt.date(2026, 3, 3)
    rcv = dt.date(2026, 3, 30)
    nd = dt.date(2026, 4, 6)
    lines = [("99203", "New patient office visit", 165.00), ("11721", "Nail debridement, 6 or more", 120.00)]
    amt = round(sum(x[2] for x in lines), 2)
    p = OASheet(footer="Page {n} of {nb}", footer_left=f"TPC-PMT-3  \u00b7  {oc}")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p)
    W = p.w - p.l_margin - p.r_margin
    for ln in [mem, "9 Orchard Bank Road", "Tollbury Cross, GM 40822"]:
        p.line(ln, 10.2)
    p.ln(4)
    p.f(13.5, "B")
    p.cell(0, 7, "Notice of Denial of Payment", new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    p.cell(0, 4.6, "For a bill from a provider outside Tillingford PACE", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.lettered([[("A", "Participant", mem, 0.38), ("B", "PACE ID no.", p_id, 0.30), ("C", "Medicare no.", mb, 0.32)],
                [("D", "Provider who billed", f"{POD}\n{PODD}, DPM", 0.38), ("E", "Date of service", slash(vis), 0.30),
                 ("F", "Amount billed", usd(amt), 0.32)],
                [("G", "Claim no.", oc, 0.38), ("H", "Bill received", ymd_dots(rcv), 0.30),
                 ("J", "Date of this notice", long(nd), 0.32)]], size=9.4)
    p.para(f"Dear {mem}:", 10)
    p.para(f"We received a bill from {POD} for your visit with {PODD} on {long(vis)}. The bill was for a new "
           f"patient visit and nail care, {n2(amt)} in all. **Tillingford PACE will not pay this bill.**", 9.8)
    p.heading("Why we will not pay", 10.5, gap=0.8)
    p.para(f"{POD} does not have a contract with Tillingford PACE, and your interdisciplinary team did not arrange "
           "or approve the visit. As a PACE participant you get all your care from the PACE team and the providers "
           "it works with, except for emergency care, and urgent care when you are away from our service area. "
           "This visit was not emergency or urgent care, and it was in Tollbury Cross, inside our service area.", 9.6)
    p.para("Our podiatrist, Dr. Yusra Kettleby, sees participants at the PACE center every Thursday. Your nurse can "
           "book you for nail care there at no cost. Ask at the front desk or call 1-844-555-0110.", 9.6)
    p.para("Because the visit was not arranged by your team, you may have to pay the provider yourself. Medicare "
           "and Medicaid will not pay it either while you are enrolled in PACE.", 9.6)
    p.heading("If you disagree", 10.5, gap=0.8)
    p.para(f"You may appeal. **Your appeal must reach us no later than {long(plus(nd, 60))}.** Call 1-844-555-0110 or "
           f"write to Tillingford PACE, Appeals Coordinator, {CENTER}. Send a copy of the bill and anything that "
           "shows why you needed the visit. A fast appeal (decided within 72 hours) is only for services you have "
           "not received yet, so it does not apply to this bill.", 9.6)
    p.para(f"If we keep our decision, Medicare participants' cases go to Medicare's independent review entity, and "
           f"Medicaid participants may ask the {STATE_AG} for a fair hearing within 120 days of our appeal "
           "decision.", 9.0)
    p.signoff(["Sincerely,", "", "Claims and Payment Review", ORG], 9.4)
    p.para(f"Copy to: {POD}, account no. QF-{digits(rng, 6)}; podiatry license GM-POD-01877", 8.0)
    t = truth("denial_letter", "out_of_network", insurer=ORG, member_id=p_id, member_name=mem, cases=[oc],
              claim_amount=m2(amt), service_dates=[iso(vis)], denial_date=iso(nd), provider=POD,
              appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": ORG_ALT, "provider": [PODD, "Bartholomew S. Quenby"]},
              denial_alternates=["prior_authorization"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def phone_es_hospital_bed(rng):
    mem = "Rosario E. Montalvo"
    dau = "Lucía Montalvo"
    p_id = pid(rng)
    req = sr(rng)
    mcd = medicaid(rng)
    SUP = "Northfold Medical Supply"
    rcv = dt.date(2026, 3, 31)
    idt = dt.date(2026, 4, 2)
    nd = dt.date(2026, 4, 3)
    want = dt.date(2026, 4, 6)
    p = OASheet(footer="Página {n} de {nb}", footer_left="TPC-SDR-2D-S (rev. 01/2026)")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, es=True)
    W = p.w - p.l_margin - p.r_margin
    p.f(9.8)
    p.cell(0, 5, "Quillerby, " + es_wday(nd), align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in [mem, "305 Tanner's Yard", "Quillerby, GM 40814"]:
        p.line(ln, 10.2)
    p.ln(3)
    p.f(13.5, "B")
    p.multi_cell(W, 6.5, "Aviso sobre su solicitud de servicio", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.tab_boxes([[("Número de participante", p_id, 0.34), ("Número de solicitud", req, 0.33),
                  ("Medicaid (estado)", mcd, 0.33)],
                 [("Lo que se pidió", "Cama de hospital semieléctrica con barandas (E0260)", 0.66),
                  ("Fecha en que quería empezar", es_date(want), 0.34)],
                 [("Quién lo pidió", f"Su hija, {dau}", 0.34), ("Recibimos la solicitud", es_date(rcv), 0.33),
                  ("Reunión del equipo", es_date(idt), 0.33)]], size=9.2)
    p.para(f"Estimada Sra. {mem.split()[-1]}:", 10)
    p.para(f"Su hija nos pidió una cama de hospital semieléctrica para su casa, que entregaría {SUP}. Su equipo "
           "interdisciplinario (el equipo de médicos, enfermeras, terapeutas y trabajadores sociales que planea su "
           "cuidado) revisó el pedido. **El equipo decidió que Tillingford PACE no le va a dar la cama de hospital "
           "en este momento.**", 9.8)
    p.heading("Por qué", 10.5, gap=0.8)
    p.para("Nuestra enfermera y nuestra terapeuta ocupacional la visitaron en su casa. Usted se voltea en la cama "
           "sola, se sienta y se levanta con la ayuda de la barra que instalamos al lado de su cama, y no tiene "
           "llagas en la piel. Usted no necesita que le levanten la cabeza o las piernas por razones de salud. Por "
           "eso una cama de hospital no es necesaria para mantener o mejorar su salud.", 9.6)
    p.para("Lo que sí haremos: le daremos una almohada en cuña para dormir con la cabeza más alta, como lo pidió su "
           "médico para la acidez, y la terapeuta revisará su cama otra vez en 60 días.", 9.6)
    p.heading("Si no está de acuerdo", 10.5, gap=0.8)
    p.para("Usted, su representante o la persona que la cuida puede apelar. **Debe apelar dentro de 60 días "
           "calendario a partir de la fecha de este aviso.** Llame al 1-844-555-0110 o escriba a Tillingford PACE, "
           f"Appeals Coordinator, {CENTER}. Si esperar pudiera dañar gravemente su salud, pida una apelación rápida; "
           "la decidimos dentro de 72 horas.", 9.4)
    p.para("Si no decidimos a su favor, su caso pasa a la entidad de revisión independiente de Medicare. Como usted "
           f"tiene Medicaid, también puede pedir una audiencia imparcial al {STATE_AG} dentro de los 120 días "
           "siguientes a nuestra decisión de la apelación.", 9.0)
    p.para("Preguntas: llame a su trabajadora social, Graciela Ybarra, al 1-844-555-0114. Los servicios de "
           "intérprete son gratis.", 9.0)
    p.signoff(["Atentamente,", "", "Su equipo interdisciplinario", ORG], 9.4)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=p_id, member_name=mem, cases=[req],
              service_dates=[iso(want)], denial_date=iso(nd), provider=SUP, appeal_deadline=iso(plus(nd, 60)),
              lang="es",
              alternates={"insurer": ORG_ALT, "member_id": [mcd], "service_dates": [[]], "provider": [None]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def lowres_after_disenrollment(rng):
    mem = "Leopold N. Ashgrove"
    p_id = pid(rng)
    oc = "OC-26-" + digits(rng, 5)
    UC = "Wexcombe Walk-In Clinic"
    UCD = "Dr. Priya M. Halloran"
    asked = dt.date(2026, 2, 9)
    last = dt.date(2026, 2, 28)
    vis = dt.date(2026, 3, 10)
    rcv = dt.date(2026, 4, 1)
    nd = dt.date(2026, 4, 14)
    lines = [("99214", "Office visit, established level 4", 176.00), ("81002", "Urine test", 14.00),
             ("J1885", "Ketorolac injection", 24.00)]
    amt = round(sum(x[2] for x in lines), 2)
    p = OASheet(footer="Page {n} of {nb}",
                foot_ids=f"{mem}  \u00b7  former PACE ID {p_id}  \u00b7  claim {oc}  \u00b7  mailed {slash(nd)}")
    p.set_margins(17, 14, 17)
    p.add_page()
    head(p)
    W = p.w - p.l_margin - p.r_margin
    p.f(9.6)
    p.cell(0, 5, day_long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    for ln in [mem, "c/o Henrietta Ashgrove-Pike", "2746 Heron Point Circle", "Sarasota, FL 34238"]:
        p.line(ln, 10.2)
    p.ln(3)
    p.f(13, "B")
    p.cell(0, 7, "We cannot pay a bill for care after your PACE enrollment ended", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    p.form_grid([[(mem, "participant (former)", 0.40), (p_id, "PACE ID", 0.30), (oc, "claim number", 0.30)],
                 [(UC, "provider who billed", 0.40), (slash(vis), "date of service", 0.30),
                  (f"${amt:,.2f}", "amount billed", 0.30)],
                 [(long(last), "last day enrolled in PACE", 0.40), (short(rcv), "bill received", 0.30),
                  ("Not paid", "decision", 0.30)]], size=9.2)
    p.flow2([
        f"Dear Mr. {mem.split()[-1]}:",
        f"We received a bill from {UC} in Quillerby for your visit with {UCD} on {long(vis)}. The bill lists an "
        f"office visit, a urine test and an injection, {usd(amt)} in all.",
        f"Tillingford PACE cannot pay this bill. On {long(asked)} you told us you were moving to Florida to live "
        f"with your daughter, and you asked to leave the program. Your enrollment in Tillingford PACE ended on "
        f"{long(last)}. The visit on {slash(vis)} happened after that date, when you were no longer a "
        "participant. We can pay only for care given while a person is enrolled.",
        "Your Medicare coverage went back to Original Medicare on March 1, 2026. The clinic should send this bill "
        "to Medicare and to any other coverage you had that day. We have told the clinic this in a separate "
        "letter.",
        "If you think your enrollment dates are wrong, or you disagree for another reason, you may appeal. You "
        "must appeal within 60 days of the date of this notice. Call 1-844-555-0110 or write to Tillingford PACE, "
        f"Appeals Coordinator, {CENTER}.",
        f"You may also contact the {STATE_AG} about your enrollment dates. We wish you well in your new home.",
    ], size=9.2)
    p.ln(2)
    p.signoff(["Sincerely,", "", "Enrollment and Claims", ORG], 9.2)
    t = truth("denial_letter", "eligibility", insurer=ORG, member_id=p_id, member_name=mem, cases=[oc],
              claim_amount=m2(amt), service_dates=[iso(vis)], denial_date=iso(nd), provider=UC,
              appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": ORG_ALT, "provider": [UCD, "Priya M. Halloran"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def photocopy_errand_van(rng):
    mem = "Philippa G. Dunnock"
    p_id = pid(rng)
    req = sr(rng)
    TR = "Alderwick Accessible Transit"
    rcv = dt.date(2026, 3, 25)
    nd = dt.date(2026, 3, 30)
    start = dt.date(2026, 4, 3)
    p = OASheet(serif=True, footer="Page {n} of {nb}", footer_left="TPC-SDR-2D (rev. 01/2026)")
    p.set_margins(20, 15, 20)
    p.add_page()
    head(p)
    W = p.w - p.l_margin - p.r_margin
    p.f(10)
    p.cell(0, 5, day_long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in [mem, "51 Ropewalk Court", "Quillerby, GM 40816"]:
        p.line(ln, 10.4)
    p.ln(3)
    p.f(13, "B")
    p.cell(0, 7, "Notice of Denial of Your Service Request", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.under([(mem, "Participant"), (p_id, "PACE participant ID"), (req, "Request number")], size=10)
    p.under([("Van rides every Friday: grocery store and hair salon", "Service you asked for"),
             (slash(start), "Wanted to start")], widths=[W * 0.66, W * 0.34], size=10)
    p.under([(apos(rcv), "Asked for on"), ("You, by phone", "Asked for by"), ("Bus pass no. SCT-448120", "On file")],
            size=10)
    p.para(f"Dear {mem}:", 10.4)
    p.para("You asked Tillingford PACE to drive you every Friday to the grocery store on Fenner Street and to your "
           "hair salon, starting " + long(start) + ". Your interdisciplinary team reviewed your request. **We denied "
           "your request.**", 10)
    p.heading("Why we made this decision", 11, gap=0.8)
    p.para(f"PACE transportation, which {TR} drives for us, takes participants to and from the PACE center and to "
           "medical appointments that are part of their care. It does not include rides for shopping, personal "
           "errands or beauty appointments. These rides are not a covered PACE service.", 10)
    p.para("Your team also looked at whether these trips are needed for your health. You already get two meals at "
           "the center three days a week, and your home care aide shops for groceries with you on Wednesdays. Your "
           "social worker can sign you up for the Quillerby County senior shuttle, which runs on Fridays and costs "
           "$1.50 a ride.", 10)
    p.heading("If you disagree", 11, gap=0.8)
    p.para(f"You may appeal this decision. **Your appeal must reach us by {long(plus(nd, 60))}.** Call "
           f"1-844-555-0110 or write to Tillingford PACE, Appeals Coordinator, {CENTER}. If waiting could seriously "
           "harm your health, ask for a fast appeal; we decide fast appeals within 72 hours.", 10)
    p.para("If we keep our decision after your appeal, your case goes to Medicare's independent review entity, or "
           f"you may ask the {STATE_AG} for a state fair hearing within 120 days of our appeal decision if you "
           "have Medicaid.", 9.4)
    p.signoff(["Sincerely,", "", "Your Interdisciplinary Team", ORG], 10)
    t = truth("denial_letter", "not_covered", insurer=ORG, member_id=p_id, member_name=mem, cases=[req],
              service_dates=[iso(start)], denial_date=iso(nd), provider=None, appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": ORG_ALT, "service_dates": [[]], "provider": [TR]},
              denial_alternates=["medical_necessity"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "bd_home_care_hours_tab_boxes", "born_digital", [bd_home_care_hours(rng)]),
        Item(F + "faxstd_van_payment_statement_t7", "fax_standard_g4", [faxstd_van_statement(rng)]),
    ]
    cover, docs = faxstd_stack(rng)
    items.append(Item(F + "faxstd_stack_cover_lift_chair_appeal_upside_down_bath_approval", "fax_standard_g4", docs,
                      separators=[cover, None], turns={(0, 1): 180}))
    items += [
        Item(F + "scanclean_outside_podiatrist_bill", "scan_clean_300", [scanclean_podiatrist(rng)]),
        Item(F + "phone_es_hospital_bed", "phone_photo", [phone_es_hospital_bed(rng)]),
        Item(F + "lowres_bill_after_disenrollment", "scan_lowres_150", [lowres_after_disenrollment(rng)]),
        Item(F + "photocopy_errand_van_rides", "photocopy", [photocopy_errand_van(rng)]),
    ]
    return items

