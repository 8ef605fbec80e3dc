"""Papers of an invented health care sharing ministry, Lanternwell Health Sharing Ministry: members send their medical
bills in a "sharing request", other members' monthly shares pay them, and the ministry (not insurance, as every
paper says) "declines to share" a bill in its own words: a condition that is "unshareable" for the first years of
membership, a bill sent too late, a paused membership, a planned surgery nobody told the ministry about in advance,
dental care, visits over a yearly number. Papers go to members, to a hospital's billing office and from a
chiropractic office to a church's benevolence committee. Every ministry, guideline section, amount limit, time
limit, hospital, clinic, negotiator, person, number and address is invented; phones use 555. CPT codes, Guatemala
and its quetzal appear as themselves. No heading names the kind of refusal: only the reason's own words.

Documents (8 in 7 files):
- faxstd_hospital_memo_heart_stay_unshareable: a standard-fax memo to a hospital's patient accounts office (TO /
  FROM / RE) over boxes with short captions left of and under them ("Dt" in ISO form, "Req#", "Shr ID" with a
  look-alike letter, "Pt acct" a decoy, "Adm/Dsch" as "03/04/26 - 03/09/26", "Billed" in USD): a heart failure stay
  declined because the condition was treated in the 36 months before joining (not_covered; eligibility accepted);
  the hospital in a party box beside the attending doctor, the bill negotiator and the member advocate; the stay
  also "from March 4 through March 9, 2026" in the text; "within 45 days of the date of this fax".
- born_digital_household_statement_late_bill_row: a landscape household sharing statement (ISO dates, person,
  provider column, billed / negotiated off / your portion / shared / not shareable, a provider refund "112.00-",
  totals) where one spouse's clinic bill is declined because it reached the ministry more than six months after the
  care (timely_filing); per-person Sharing IDs with suffixes; "write to us by <date>".
- lowres_letter_paused_membership_er_visit: a 150 dpi letter with captions under boxes ("Ltr", "ID", "SR", "Care
  on" with a day name) and hung at the left ("ER", "Billed by"): an emergency room bill from a Sunday when the
  membership was paused because the March share was returned by the bank (eligibility); the amount only in a
  sentence as "USD 2,417.80"; "within 30 days after you receive this letter" (nothing to count from: null).
- photocopy_letter_surgery_not_told_ahead_facility_bill: a photocopied letter on a knee arthroscopy on "Thursday,
  April 9, 2026": three bills in a table (billed / negotiated off / shareable / not shared in parentheses / totals),
  the surgery center's bill declined because the planned surgery was not made known 14 days ahead
  (prior_authorization), the surgeon's and anaesthesia bills shared; "You have until <date>".
- phone_es_carta_dentista_guatemala: a photographed Spanish letter on a root canal and crown in Antigua Guatemala on
  two days named with weekdays, "Q 4,850.00" beside "US$ 629,87" and "$629.87" with the exchange rate; dental care
  is unshareable unless an accident damaged the tooth (not_covered); "dentro de 45 días a partir de la fecha de
  esta carta"; the trip's dates are a decoy.
- rotated_letter_appendectomy_bills_shared: a letter with values printed before their labels, fed turned: the
  hospital, surgeon and anaesthesia bills for a stay "14-16 Apr 2026" were shared in full after the household's
  annual portion (denies nothing).
- finefax_stack_chiropractic_office_letter_then_review_decision_sideways: a fax cover sheet, a chiropractic office's
  letter to a church benevolence committee forwarding the ministry's decision and asking for help with four unshared
  visits (its own document: a provider's letter, denies nothing), then a two-page review committee decision keeping
  the refusal of visits 13 to 16 in the membership year (not_covered; other accepted), ISO visit dates in a table
  with a totals row where only some rows are refused, its second page turned sideways; "within 30 days of the date
  on this letter" to the elders' review board.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundec_famgb import (GBSheet, dname, dob, es_date, es_money, es_span, gtq, long, mixid, nos, paren, people,
                               phone, slash, span_dmy, span_words, span_yy, spaced, trail, us_address, usd, wday,
                               workday, yy)
from public_kit import digits, m2, out, plus, truth

FAMILY = "health_sharing_ministry_declined_to_share_bill_notice"
LANG = "en"
SEED = 355021
INS = "Lanternwell Health Sharing Ministry"
ALT = ["Lanternwell", "Lanternwell Health Sharing", "Lanternwell Health Sharing Ministry, Inc."]
ADDR = "PO Box 2290, Elizabethtown KY 42702-2290"
NEG = "Tallgrass Bill Negotiation Services"
NOT_INS = ("Lanternwell Health Sharing Ministry is not an insurance company, and membership is not insurance. "
           "Members give monthly shares and share one another's medical bills under the Member Guidelines. No "
           "member or ministry is promised or made to pay any bill. Whether a bill is shared is decided under the "
           "Guidelines.")


def sid(rng):
    """A member's Sharing ID: LW, digits with look-alike letters."""
    return mixid(rng, "LW#@##@##")


def sreq(rng):
    return mixid(rng, "SR26-#####@")


def _head(p, rng, unit, box=None):
    p.head(INS, "LW", [f"{unit}  |  {ADDR}",
                       f"Member Care 1-800-555-{digits(rng, 4)}  |  Sharing requests fax {phone(rng, '270')}  |  "
                       "Mon-Fri 8-6 Central"], box=box, size=12.5)


def _center(p, rng):
    p.center_head(INS, "Members sharing one another's medical bills since 1997",
                  [f"{ADDR}  |  Member Care 1-800-555-{digits(rng, 4)}"])


def faxstd_heart(rng):
    member, attending, adv, staff = people(rng, 4)
    hosp = "Barren River Regional Medical Center"
    mid = sid(rng)
    sr = sreq(rng)
    acct = f"{digits(rng, 9)}"
    adm, dis = dt.date(2026, 3, 4), dt.date(2026, 3, 9)
    joined = dt.date(2025, 9, 1)
    nd = workday(plus(dis, rng.randint(18, 24)))
    billed = round(38214.60 + rng.randint(0, 40), 2)
    fax = (f"{slash(nd)} {rng.randint(8, 16)}:{rng.randint(10, 59)}  LANTERNWELL SHARING SVCS  {phone(rng, '270')}  "
           f"TO: PATIENT ACCOUNTS  P.{{n}}/1")
    p = GBSheet(footer="Page {n} of {nb}", footer_left=f"SD-PROV-2  {sr}", fax_hdr=fax)
    p.set_margins(13, 12, 13)
    p.add_page()
    _head(p, rng, "Sharing Services")
    p.memo([("TO:", f"Patient Accounts, {hosp}  (fax {phone(rng, '270')})"),
            ("FROM:", f"{staff}, Sharing Services, {INS}"),
            ("RE:", f"Sharing request for your patient {member}")], size=9)
    p.title_bar("SHARING DECISION", "Provider copy. The member receives this decision by mail.")
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Dt", nd.isoformat(), 40, "L"), ("Req#", sr, 44, "B"), ("Shr ID", mid, 40, "B"),
                ("Pt acct", acct, W - 124, "B")], size=9.4)
    p.capcells([("Pt", member, 72, "L"), ("Adm/Dsch", span_yy(adm, dis), 50, "B"), ("Billed", usd(billed),
                                                                                    W - 122, "B")], size=9.4)
    p.parties([("Hospital", hosp, f"patient acct {acct}"), ("Attending", f"Dr. {attending}", "cardiology"),
               ("Bill negotiator", NEG, f"ref TN{digits(rng, 7)}"), ("Member advocate", adv, phone(rng, '270'))],
              cap_w=36, size=8.6)
    p.para(f"Your patient asked the members of Lanternwell to share your bill for the stay {span_words(adm, dis)}. "
           "Lanternwell declines to share this bill.", 9.2)
    p.para(f"Membership began on {long(joined)}. The records you sent show that the patient was seen for swelling of "
           "the legs and shortness of breath, and started a water pill and a heart medicine, in the 36 months before "
           "that date. Under Section 6.2 of the Member Guidelines, a condition with symptoms, tests or treatment in "
           "those 36 months is unshareable during the first two years of membership. The stay was for that same "
           "heart condition, in the seventh month of membership.", 9.2)
    p.para("Lanternwell is not insurance, so your patient is a self-pay patient for this bill. Please offer your "
           "self-pay discount and a payment plan. The negotiator named above will not call you about this bill.", 9.2)
    p.para("The member may ask us to look again within 45 days of the date of this fax, in writing, with any "
           "records that show the condition began after membership did.", 9.2)
    p.heavy_box(NOT_INS, size=7.8)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=member, cases=[sr],
              claim_amount=m2(billed), service_dates=[f"{adm.isoformat()}/{dis.isoformat()}"],
              denial_date=nd.isoformat(), provider=hosp, appeal_deadline=plus(nd, 45).isoformat(),
              alternates={"insurer": ALT, "provider": [attending],
                          "service_dates": [[adm.isoformat(), dis.isoformat()]]},
              denial_alternates=["eligibility"])
    return out(p), t


def bd_statement(rng):
    head_, spouse_first, kid_first = people(rng, 3)
    last = head_.split()[-1]
    spouse = f"{spouse_first.split()[0]} {spouse_first.split()[1]} {last}"
    kid = f"{kid_first.split()[0]} {kid_first.split()[1]} {last}"
    base = sid(rng)
    ids = {n: f"{base}-0{i}" for i, n in enumerate([head_, spouse, kid], 1)}
    hh = f"HH-{digits(rng, 6)}"
    sd = workday(dt.date(2026, 8, rng.randint(3, 7)))
    dl = dt.date(2026, 9, 30)
    late_care = dt.date(2026, 1, rng.randint(6, 9))
    late_rcvd = dt.date(2026, 7, rng.randint(20, 24))
    clinic = "Green River Women's Health"
    bills = [
        (dt.date(2026, 5, rng.randint(4, 8)), head_, "Hart County Family Medicine", 285.00, 96.00, 189.00, 0.00,
         0.00, ""),
        (late_care, spouse, clinic, 1340.00, 0.00, 0.00, 0.00, 1340.00, "L6"),
        (dt.date(2026, 6, rng.randint(8, 12)), kid, "Elizabethtown Pediatric Urgent Care", 412.00, 130.00, 0.00,
         282.00, 0.00, ""),
        (dt.date(2026, 6, rng.randint(22, 26)), head_, "Lincoln Trail Imaging", 1875.00, 940.00, 0.00, 935.00,
         0.00, ""),
    ]
    rows, tot = [], [0.0] * 5
    refused = None
    for d, who, prov, b, neg, portion, shared, nots, note in sorted(bills, key=lambda r: r[0]):
        bid = mixid(rng, "B26##@###")
        if note:
            refused = bid
        tot = [tot[0] + b, tot[1] + neg, tot[2] + portion, tot[3] + shared, tot[4] + nots]
        rows.append([bid, d.isoformat(), who.split()[0], prov, nos(b), nos(neg), nos(portion), nos(shared),
                     nos(nots), note])
    refund_d = dt.date(2026, 3, rng.randint(10, 20))
    rows.append([mixid(rng, "B26##@###"), refund_d.isoformat(), head_.split()[0], "Hart County Family Medicine",
                 "0.00", "0.00", "0.00", trail(112.00), "0.00", "R1"])
    tot[3] -= 112.00
    rows.append(["Totals", "", "", "", *[nos(x) for x in tot], ""])
    p = GBSheet(footer="Page {n} of {nb}")
    p.set_margins(13, 12, 13)
    p.add_page(orientation="L")
    _center(p, rng)
    p.addr_pair("Household", [head_, *us_address(rng)], "Sharing statement",
                [f"Statement date: {long(sd)}", "Bills processed May 1 - July 31, 2026", f"Household no. {hh}",
                 "Monthly share $465.00   Annual household portion $1,500.00"], split=0.5)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Person", "Sharing ID", "Born"],
            [[head_, ids[head_], str(dob(rng, 1975, 1986).year)], [spouse, ids[spouse], str(dob(rng, 1976, 1988).year)],
             [kid, ids[kid], str(dob(rng, 2012, 2019).year)]], [70, 50, 20], size=8.2)
    p.table(["Bill ID", "Care on", "Person", "Provider", "Billed", "Negotiated off", "Your portion", "Shared",
             "Not shareable", "Note"], rows, [26, 22, 22, 64, 20, 22, 20, 20, 22, W - 238], size=7.6,
            aligns=["L", "L", "L", "L", "R", "R", "R", "R", "R", "C"], bold_last=True)
    p.columns([("Notes", f"**L6** This bill reached us on {long(late_rcvd)}, more than six months after the care. "
                         "Bills must reach Lanternwell within six months of the date of care (Member Guidelines "
                         "7.1) so that the monthly shares of that season can go to them. This bill is not shared, and "
                         f"the provider may bill {spouse.split()[0]} for it.\n**R1** The provider returned an amount "
                         "shared twice; it was taken off this statement's shared total.")],
              [("Questions", f"If a line looks wrong, write to us by {long(dl)} and give the Bill ID. So far in 2026 "
                             "your household has paid $189.00 of its $1,500.00 annual household portion.")], size=8.4)
    p.heavy_box(NOT_INS, size=7.6)
    t = truth("eob", "timely_filing", insurer=INS, member_id=ids[spouse], member_name=spouse, cases=[refused],
              claim_amount=m2(1340.00), service_dates=[late_care.isoformat()], denial_date=sd.isoformat(),
              provider=clinic, appeal_deadline=dl.isoformat(), alternates={"insurer": ALT})
    return out(p), t


def lowres_paused(rng):
    member, sig = people(rng, 2)
    hosp = "Cumberland Ridge Hospital"
    biller = "Parkline Revenue Services"
    mid = sid(rng)
    sr = sreq(rng)
    care = dt.date(2026, 3, 15)
    back = dt.date(2026, 4, 3)
    nd = workday(plus(care, rng.randint(30, 38)))
    amt = 2417.80
    p = GBSheet(footer=None)
    p.set_margins(20, 15, 20)
    p.add_page()
    _head(p, rng, "Member Care")
    for ln in [member, *us_address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    W = p.w - p.l_margin - p.r_margin
    p.capcells([("Ltr", yy(nd), 28, "B"), ("ID", spaced(mid, [2, 3, 4]), 40, "B"), ("SR", sr, 40, "B"),
                ("Care on", dname(care), W - 108, "B")], size=9.4)
    p.hung([("ER", hosp), ("Billed by", f"{biller}, for the hospital")], cap_w=16, size=9.2)
    p.para(f"Dear {member}:", 10)
    p.para(f"We have your request to share the bill from the emergency room at {hosp} for your visit on "
           f"{wday(care)}, {usd(amt)}. We are sorry to tell you that Lanternwell cannot share it.", 10)
    p.para("Your March share was returned to us by your bank because the account had been closed, and no other "
           f"share came in until {long(back)}. The Guidelines pause a membership on the first day of a month whose "
           "share has not been given, and bills for care received while a membership is paused are not shared. Your "
           f"membership was paused from March 1 and active again on {long(back)}, so the visit fell in the pause.",
           10)
    p.para("Your membership is active now, and bills for care from that date on can be shared as usual. If you "
           "think our records of your shares are wrong, send us your bank's statement for March within 30 days after "
           "you receive this letter and we will look again.", 10)
    p.para(f"With care,\n{sig}\nMember Care", 10)
    p.heavy_box(NOT_INS, size=7.4)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=member, cases=[sr],
              claim_amount=m2(amt), service_dates=[care.isoformat()], denial_date=nd.isoformat(), provider=hosp,
              appeal_deadline=None, alternates={"insurer": ALT})
    return out(p), t


def photocopy_prenotice(rng):
    member, surgeon, anes, sig = people(rng, 4)
    asc = "Knobs Valley Surgery Center"
    mid = sid(rng)
    sr = sreq(rng)
    surg = dt.date(2026, 4, 9)
    nd = workday(plus(surg, rng.randint(30, 36)))
    dl = plus(nd, 45)
    bills = [(mixid(rng, "B26##@###"), asc, 9860.00, 3451.00, 0.00, 6409.00),
             (mixid(rng, "B26##@###"), f"Dr. {surgeon} (orthopedics)", 4120.00, 1648.00, 2472.00, 0.00),
             (mixid(rng, "B26##@###"), f"{anes}, CRNA", 1380.00, 552.00, 828.00, 0.00)]
    p = GBSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Sharing Services")
    p.line(long(nd), 10, "B")
    p.ln(2)
    for ln in [member, *us_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.beside([[("Sharing ID", mid), ("Request", sr)], [("Surgery", wday(surg)), ("Where", asc)]], cap_w=22,
             size=8.8)
    p.para(f"Dear {member}:", 10)
    p.para(f"Thank you for sending the bills for the knee arthroscopy Dr. {surgeon} did at {asc} on {wday(surg)}. "
           "Here is what happened to each bill after our negotiator's discounts.", 10)
    W = p.w - p.l_margin - p.r_margin
    rows = [[b, prov, nos(bl), nos(ng), nos(sh), paren(ns) if ns else "0.00"] for b, prov, bl, ng, sh, ns in bills]
    tb, tn, ts, tx = (round(sum(x[i] for x in bills), 2) for i in (2, 3, 4, 5))
    rows.append(["Totals", "", nos(tb), nos(tn), nos(ts), paren(tx)])
    p.table(["Bill ID", "From", "Billed", "Negotiated off", "Shared", "Not shared"], rows,
            [26, 62, 22, 24, 22, W - 156], size=8.4, aligns=["L", "L", "R", "R", "R", "R"], bold_last=True)
    p.para("Planned care that is expected to cost more than $2,500 must be made known to us at least 14 days before "
           "it happens (Member Guidelines 5.4), so that our negotiator can agree on a price with the surgery center "
           "first. We first heard of this surgery when the bills came in. When a planned surgery is not made known "
           "ahead, the Guidelines take the facility's bill out of sharing. The surgeon's and the anesthesia bills "
           "were shared as usual.", 10)
    p.para(f"If something kept you from telling us in time, please let us know. You have until {long(dl)} to ask the "
           "Sharing Review Committee to look at this again.", 10)
    p.para(f"In His service,\n{sig}\nSharing Services", 10)
    p.heavy_box(NOT_INS, size=7.6)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=mid, member_name=member,
              cases=[sr, bills[0][0]], claim_amount=m2(9860.00), service_dates=[surg.isoformat()],
              denial_date=nd.isoformat(), provider=asc, appeal_deadline=dl.isoformat(),
              alternates={"insurer": ALT, "provider": [surgeon], "claim_amount": [m2(6409.00)],
                          "case_numbers": [[sr], [bills[0][0]]]})
    return out(p), t


def phone_es_dental(rng):
    member, dentist, sig = people(rng, 3, es=True)
    clinic = "Clínica Odontológica Pórtico Azul"
    mid = sid(rng)
    sr = sreq(rng)
    trip_a, trip_b = dt.date(2026, 3, 3), dt.date(2026, 3, 21)
    v1, v2 = dt.date(2026, 3, 10), dt.date(2026, 3, 12)
    nd = workday(plus(v2, rng.randint(34, 40)))
    q = 4850.00
    rate = 7.70
    usd_v = round(q / rate, 2)
    p = GBSheet(footer="Página {n} de {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _center(p, rng)
    for ln in [member, *us_address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    p.two_col([("Fecha", es_date(nd)), ("ID para compartir", mid), ("Solicitud", sr), ("Clínica", clinic),
               ("Citas", f"{yy(v1)} y {yy(v2)}"), ("Cobrado", gtq(q)), ("En dólares", f"${usd_v:,.2f}")],
              [f"Estimado(a) {member}:",
               f"Recibimos la factura de {clinic}, en Antigua Guatemala, por el tratamiento que le hizo "
               f"{dentist}, odontólogo(a) de la clínica, durante su viaje misionero {es_span(trip_a, trip_b)}: "
               f"una endodoncia el "
               f"{es_date(v1, True)} y una corona el {es_date(v2, True)}.",
               f"La clínica cobró {gtq(q)}. Al tipo de cambio de {rate:.2f} quetzales por dólar del día de la "
               f"factura, son {es_money(usd_v)}.",
               "Lamentamos decirle que Lanternwell no puede compartir esta factura. Según la Sección 8.3 de las "
               "Guías para Miembros, la atención dental no se comparte, salvo la reparación de dientes dañados en un "
               "accidente. La clínica anotó una caries profunda, no un golpe ni una caída.",
               "Si el diente se dañó en un accidente, envíenos una nota del dentista que lo diga y la revisaremos. "
               "Puede pedirlo dentro de 45 días a partir de la fecha de esta carta.",
               f"Con cariño,\n{sig}\nServicios para Compartir"], side_w=56, size=9.2, title="Datos de la factura")
    p.heavy_box("Lanternwell Health Sharing Ministry no es una compañía de seguros y ser miembro no es un seguro. Los "
                "miembros comparten sus gastos médicos según las Guías para Miembros; nadie está obligado a pagar "
                "ninguna factura.", size=7.6)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=member, cases=[sr],
              claim_amount=m2(usd_v), service_dates=[v1.isoformat(), v2.isoformat()], denial_date=nd.isoformat(),
              provider=clinic, appeal_deadline=plus(nd, 45).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [dentist], "claim_amount": [m2(q)]})
    return out(p), t


def rotated_shared(rng):
    member, surgeon, anes, sig = people(rng, 4)
    hosp = "Twin Lakes Community Hospital"
    mid = sid(rng)
    sr = sreq(rng)
    a, b = dt.date(2026, 4, 14), dt.date(2026, 4, 16)
    nd = workday(plus(b, rng.randint(40, 50)))
    bills = [(f"{a.isoformat()} to {b.isoformat()}", hosp, 21480.00, 9880.00, 1500.00, 10100.00),
             (a.isoformat(), f"Dr. {surgeon}, general surgery", 3960.00, 1425.00, 0.00, 2535.00),
             (a.isoformat(), f"{anes}, CRNA", 1240.00, 446.00, 0.00, 794.00)]
    total = round(sum(x[2] for x in bills), 2)
    p = GBSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _center(p, rng)
    p.rpairs([(long(nd), "Letter date"), (member, "Member"), (spaced(mid, [2, 3, 4]), "Sharing ID"),
              (sr, "Sharing request"), (span_dmy(a, b), "Hospital stay"), (hosp, "Hospital")], val_w=90, size=9.4)
    p.para(f"Dear {member}:", 10)
    p.para(f"Good news: the bills for your appendix surgery and hospital stay ({span_dmy(a, b)}) have been shared in "
           "full. Members across the country gave toward them this month, and many wrote that they are praying for "
           "your recovery.", 10)
    W = p.w - p.l_margin - p.r_margin
    rows = [[d, prov, nos(bl), nos(ng), nos(po), nos(sh)] for d, prov, bl, ng, po, sh in bills]
    rows.append(["Totals", "", nos(total), nos(sum(x[3] for x in bills)), nos(1500.00),
                 nos(sum(x[5] for x in bills))])
    p.table(["Care on", "From", "Billed", "Negotiated off", "Your portion", "Shared"], rows,
            [38, 58, 20, 22, 18, W - 156], size=7.8, aligns=["L", "L", "R", "R", "R", "R"], bold_last=True)
    p.para("The shared amounts were sent straight to each provider. The $1,500.00 in the portion column is your "
           "household's annual portion for 2026, which is now met. You owe the hospital only that amount; if "
           "another bill comes, call us before paying it.", 10)
    p.para(f"Blessings,\n{sig}\nSharing Services", 10)
    p.heavy_box(NOT_INS, size=7.6)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=member, cases=[sr], claim_amount=m2(total),
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(), provider=hosp,
              alternates={"insurer": ALT, "provider": [surgeon], "claim_amount": [m2(21480.00)],
                          "service_dates": [[a.isoformat()], [a.isoformat(), b.isoformat()]]},
              type_alternates=["eob"])
    return out(p), t


def finefax_stack(rng):
    member, dc, office_mgr, deacon, chair, sig = people(rng, 6)
    office = "Hearthside Chiropractic & Wellness"
    church = "Grace Street Community Church"
    mid = sid(rng)
    sr = sreq(rng)
    rv = mixid(rng, "RV-26-###@")
    first = dt.date(2026, 4, rng.randint(1, 3))
    visits = []
    d = first
    for i in range(8):
        visits.append(workday(d))
        d = plus(workday(d), rng.choice([5, 6, 7, 8]))
    each = 95.00
    dec_d = workday(plus(visits[-1], rng.randint(30, 36)))
    off_d = workday(plus(dec_d, rng.randint(6, 9)))
    refused = visits[4:]
    refused_total = round(each * 4, 2)
    # ---- the chiropractic office's letter to the benevolence committee (its own document) ----
    c = GBSheet(footer=None)
    c.set_margins(22, 18, 22)
    c.add_page()
    c.center_head(office, "Family chiropractic care", [f"{rng.randint(100, 900)} N Dixie Ave, Elizabethtown KY 42701"
                                                       f"  |  {phone(rng, '270')}"], size=14)
    c.para(long(off_d), 10)
    for ln in [f"Benevolence Committee, attn. {deacon}", church, *us_address(rng)]:
        c.line(ln, 10)
    c.ln(3)
    c.para(f"**Re: our patient {member}, Lanternwell sharing request {sr}**", 10)
    c.para(f"Dear {deacon}:", 10)
    c.para(f"{member} asked us to write to you and signed a release so we could. Enclosed is the decision "
           f"{INS} sent about the patient's visits with Dr. {dc}. Lanternwell shared the first twelve visits of the "
           "membership year but not the four listed below, and kept that answer when the patient asked again.", 10)
    W = c.w - c.l_margin - c.r_margin
    rows = [[dname(v), "98941 adjustment, 3-4 regions", nos(each)] for v in refused]
    rows.append(["Total", "", nos(refused_total)])
    c.table(["Visit", "Service", "Charge"], rows, [44, 90, W - 134], size=9, aligns=["L", "L", "R"],
            bold_last=True)
    c.para(f"We have already taken our self-pay discount into account in these charges. Any help the committee can "
           f"give toward the {nos(refused_total)} would be applied to the patient's account, and we will send you a "
           "receipt. The patient's Sharing ID with Lanternwell is " + mid + ", if you need to call them.", 10)
    c.para(f"Thank you,\n{office_mgr}\nOffice manager, {office}", 10)
    t_office = truth("other", None, insurer=None, member_id=mid, member_name=member, cases=[sr],
                     claim_amount=m2(refused_total), service_dates=[v.isoformat() for v in refused],
                     denial_date=off_d.isoformat(), provider=office, unscored=["insurer"],
                     alternates={"insurer": [INS], "provider": [dc], "case_numbers": [[]], "member_id": [None]})
    # ---- the review committee decision (2 pages; the second turned sideways) ----
    p = GBSheet(footer="Page {n} of {nb}", run_hdr=f"{INS}  |  {rv}  |  page {{n}} of {{nb}}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Sharing Review Committee")
    for ln in [member, *us_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.grid([[("Date of this letter", long(dec_d)), ("Review no.", rv), ("Sharing request", sr)],
            [("Member", member), ("Sharing ID", mid), ("Provider", office)]], size=8.2)
    p.para(f"Dear {member}:", 10)
    p.para(f"You asked the Sharing Review Committee to look again at the bills from {office} that were not shared. "
           "Three members of the committee who had not seen your request before read it, with the note from "
           f"Dr. {dc}.", 10)
    rows = []
    for i, v in enumerate(visits):
        n = 9 + i
        ok = v not in refused
        rows.append([str(n), v.isoformat(), nos(each), nos(each) if ok else "0.00", "0.00" if ok else nos(each)])
    tb = round(each * 8, 2)
    rows.append(["Totals", "", nos(tb), nos(each * 4), nos(refused_total)])
    p.table(["Visit no. in year", "Date", "Billed", "Shared", "Not shareable"], rows, [32, 34, 30, 30, W - 126],
            size=8.6, aligns=["C", "L", "R", "R", "R"], bold_last=True)
    p.para("The committee agrees with the first answer. The Member Guidelines (Section 8.6) share up to twelve "
           "chiropractic visits in each membership year, and the year began for you on January 1. Visits 13 to 16 "
           "are past that number. Dr. " + dc + "'s note says the visits helped your back pain, and we are glad, but "
           "it does not describe an injury or a new condition that would start a new count.", 10)
    p.add_page()
    p.para("**If you still disagree.** You may write to the Elders' Review Board within 30 days of the date on this "
           "letter. Tell the Board why you think the Guidelines were not followed. The Board's answer is the "
           "ministry's last word; after it, the Guidelines call for Christian mediation, not a lawsuit.", 10)
    p.para("**Other help.** Some members' churches help with bills the ministry cannot share. You may also ask the "
           "office for its payment plan.", 10)
    p.para(f"In Christ,\n{chair}\nChair, Sharing Review Committee\n\nfor the committee: {sig}", 10)
    p.heavy_box(NOT_INS, size=7.8)
    t_dec = truth("denial_letter", "not_covered", insurer=INS, member_id=mid, member_name=member, cases=[rv, sr],
                  claim_amount=m2(refused_total), service_dates=[v.isoformat() for v in refused],
                  denial_date=dec_d.isoformat(), provider=office, appeal_deadline=plus(dec_d, 30).isoformat(),
                  alternates={"insurer": ALT, "provider": [dc], "claim_amount": [m2(tb)],
                              "case_numbers": [[rv], [sr]],
                              "service_dates": [[v.isoformat() for v in visits]]},
                  denial_alternates=["other"])
    return [(out(c), t_office), (out(p), t_dec)]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_hospital_memo_heart_stay_unshareable", "fax_standard_g4", [faxstd_heart(rng)]),
        Item(F + "born_digital_household_statement_late_bill_row", "born_digital", [bd_statement(rng)]),
        Item(F + "lowres_letter_paused_membership_er_visit", "scan_lowres_150", [lowres_paused(rng)]),
        Item(F + "photocopy_letter_surgery_not_told_ahead_facility_bill", "photocopy", [photocopy_prenotice(rng)]),
        Item(F + "phone_es_carta_dentista_guatemala", "phone_photo", [phone_es_dental(rng)]),
        Item(F + "rotated_letter_appendectomy_bills_shared", "rotated", [rotated_shared(rng)]),
        Item(F + "finefax_stack_chiropractic_office_letter_then_review_decision_sideways", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 1): 90}),
    ]
