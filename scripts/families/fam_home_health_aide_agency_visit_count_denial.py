"""An invented commercial plan (Thornapple Reach Health Insurance Company) deciding a home care agency's (Bellwether
Lane Home Care) home health aide visits around an approved number of visits: it pays the visits it approved and the
agency's nursing and therapy visits and refuses the aide visits past the count (or after the skilled care ended, or
past the yearly visit limit). The agency is named only in sentences in several letters. HCPCS codes (S9122 aide
per hour, G0299 nursing, G0151 therapy) and CARC 119 / 198 appear as themselves; the plan, its rules and time
limits, the agency, every nurse, aide, doctor, reviewer, member, relative, number and address are invented.

Documents (8 in 7 files):
- faxstd_remittance_claim_blocks_aide_visits_past_approved_count: a provider remittance to the agency on a standard
  fax, one claim number heading each block of lines (three patients, four claims, a totals row); the second
  patient's week of aide visits past the 20 approved is refused CO-198 (prior_authorization).
- born_digital_eob_five_claims_yearly_visit_limit: a member EOB of five claims, one per row (one row over two
  lines), whose aide claim for visits 61 to 63 of the 60 a year pays 0.00 under CARC 119 (not_covered).
- photocopy_form_aide_after_nursing_ended: a claim determination form with captions beside boxes (DOS FROM / DOS TO):
  aide visits after the nurse's and therapist's visits ended; the reason says "we only pay for an aide while ...",
  no type word (custodial: not_covered, inferred).
- phone_es_visitas_de_la_semana_del_6_de_abril: a photographed Spanish letter to a wife: the aide visits of "la
  semana del 6 de abril" past the 12 approved (prior_authorization).
- rotated_claim_acknowledgement_notes_requested: a claim acknowledgement / pending letter, fed sideways: the plan
  received the agency's claim and asks for the aide's visit notes (denies nothing).
- lowres_letter_to_daughter_agency_only_in_sentences: a 150 dpi letter to a daughter (authorised representative):
  the visits on May 26, 28 and 29 past the 16 approved; the agency, nurse reviewer and care manager only in sentences.
- scan_stack_cover_approval_at_contract_rate_then_upheld_appeal_upside_down: a 300 dpi stack: a fax cover sheet, an
  approval of 24 more aide visits paid at the contract rate (a kind note that the member owes nothing more; denies
  nothing), then upside down an appeal decision keeping the refusal of aide visits past an earlier count.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddt_famdtd import DTSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "home_health_aide_agency_visit_count_denial"
LANG = "en"
SEED = 354202
INS = "Thornapple Reach Health Insurance Company"
ALT = ["Thornapple Reach", "Thornapple Reach Health"]
PLAN = "Thornapple Reach Choice PPO 2000"
GROUP = "TR-604918"
AG = "Bellwether Lane Home Care"


def mid(rng):
    return f"TRH{digits(rng, 9)}"


def clm(rng):
    return f"{digits(rng, 4)}-{digits(rng, 6)}-{digits(rng, 2)}"


def phone(rng, area="866"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng):
    return dt.date(rng.randint(1936, 1962), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DTSheet, rng, unit="Member Services"):
    p.f(14, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Milwaukee WI 53201-{digits(rng, 4)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def _weekdays(start: dt.date, n: int, step=(2, 2, 3)):
    out_, d = [], start
    for i in range(n):
        out_.append(d)
        d = plus(d, step[i % len(step)])
    return out_


# 1 ---------------------------------------------------------------------------------------------------------------
def faxstd_remit(rng):
    pats = people(rng, 3)
    aides = people(rng, 3)
    rd = dt.date(2026, 4, rng.randint(20, 28))
    rate = amount(rng, 32, 38)
    blocks, info = [], None
    tot = [0.0, 0.0]
    specs = [(0, "S9122", "Home health aide, per hour", False, dt.date(2026, 3, 16)),
             (1, "S9122", "Home health aide, per hour", True, dt.date(2026, 4, 6)),
             (1, "G0299", "Skilled nursing visit (RN)", False, dt.date(2026, 4, 7)),
             (2, "G0151", "Physical therapy visit", False, dt.date(2026, 3, 30))]
    mids = [mid(rng) for _ in pats]
    for who, code, desc, den, start in specs:
        n = clm(rng)
        days = _weekdays(start, 3)
        lines = []
        cb = 0.0
        cp = 0.0
        for d in days:
            if code == "S9122":
                hrs = 3
                b = round(rate * hrs, 2)
                units = f"{hrs} hr"
            else:
                b = amount(rng, 140, 190)
                units = "1 vst"
            paid = 0.0 if den else round(b * 0.85, 2)
            lines.append(["", fdate(d, "slash"), code, desc, units, money(b, "nosign"), money(paid, "nosign"),
                          "CO-198" if den else "1"])
            cb += b
            cp += paid
        blocks.append((n, who, aides[who] if code == "S9122" else None, lines, cb, cp))
        tot = [tot[0] + cb, tot[1] + cp]
        if den:
            info = (n, pats[who], mids[who], days, round(cb, 2), aides[who])
    fax = f"{rd.strftime('%m/%d/%Y')} 07:{rng.randint(10, 59)}  TRHIC PROVIDER REMIT  {phone(rng, '414')}  PG {{n}}"
    p = DTSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(12, 12, 12)
    p.add_page()
    _head(p, rng, "Provider Payment Services")
    p.title_bar("PROVIDER REMITTANCE ADVICE", "TR-PRA-4 (rev. 08/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("PAYEE", AG), ("PAYEE NPI", digits(rng, 10)), ("TAX ID", f"{digits(rng, 2)}-{digits(rng, 7)}"),
                ("REMIT DATE", fdate(rd, "slash")), ("EFT TRACE", digits(rng, 11))], [62, 30, 30, 30, W - 152])
    p.ln(3)
    rows = []
    for n, who, aide, lines, cb, cp in blocks:
        head = f"CLAIM {n}   PATIENT {pats[who].upper()}   MBR # {mids[who]}" + (f"   AIDE {aide}" if aide else "")
        rows.append([head, "", "", "", "", "", "", ""])
        rows.extend(lines)
        rows.append(["", "", "", "Claim total", "", money(cb, "nosign"), money(cp, "nosign"), ""])
    rows.append(["TOTALS", "", "", "", "", money(tot[0], "nosign"), money(tot[1], "nosign"), ""])
    # draw: block headings span the row (no inner borders)
    widths = [4, 22, 18, 62, 16, 24, 24, W - 170]
    p.f(7.6, "B")
    for h, w in zip(["", "DOS", "CODE", "DESCRIPTION", "UNITS", "BILLED", "PAID", "ADJ"], widths):
        p.cell(w, 6, h, border=1)
    p.ln(6)
    for r in rows:
        if r[0].startswith("CLAIM"):
            p.set_fill_color(225, 225, 225)
            p.f(7.6, "B")
            p.cell(sum(widths), 5.4, " " + r[0], border=1, fill=True)
            p.ln(5.4)
            continue
        bold = r[0] == "TOTALS" or r[3] == "Claim total"
        p.f(7.8, "B" if bold else "")
        for c, w, a in zip(r, widths, ["L", "L", "L", "L", "C", "R", "R", "C"]):
            p.cell(w, 5.0, c if r[0] != "TOTALS" or c else c, border=1, align=a)
        p.ln(5.0)
    p.ln(2)
    n, pt, m, days, cb, aide = info
    p.para(f"**ADJ legend.** 1: paid per contract. CO-198: precertification / authorization exceeded. Our approval "
           f"for {pt} covered 20 aide visits, and the visits on {fdate(days[0], 'slash')}, "
           f"{fdate(days[1], 'slash')} and {fdate(days[2], 'slash')} were visits 21 to 23. Ask us to extend the "
           "approval before the count runs out. The member may not be billed for these visits.", 8)
    p.para(f"Reconsideration requests: within 90 days of the remit date. Provider Services {phone(rng)}.", 8)
    t = truth("eob", "prior_authorization", insurer=INS, member_id=m, member_name=pt, cases=[n],
              claim_amount=m2(cb), service_dates=[d.isoformat() for d in days], denial_date=rd.isoformat(),
              provider=AG, appeal_deadline=plus(rd, 90).isoformat(), denial_alternates=["not_covered"],
              alternates={"insurer": ALT, "provider": [aide]})
    return out(p), t


# 2 ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    member, doc, nurse = people(rng, 3)
    m = mid(rng)
    sd = dt.date(2026, 11, rng.randint(9, 20))
    specs = [(f"Dr. {doc}", "", "99214", "Office visit", 150, 220, "A1", dt.date(2026, 10, 5), None),
             (AG, "", "G0299", "Skilled nursing visits (4)", 560, 720, "A1", dt.date(2026, 10, 6),
              dt.date(2026, 10, 16)),
             (AG, "aide visits 61-63 of 60", "S9122", "Home health aide (9 hrs)", 300, 360, "119",
              dt.date(2026, 10, 19), dt.date(2026, 10, 23)),
             ("Kinnickinnic Medical Supply", "", "E0163", "Commode chair", 90, 140, "A1", dt.date(2026, 10, 8), None),
             ("Menomonee Falls Lab", "", "80053", "Metabolic panel", 40, 70, "A1", dt.date(2026, 10, 12), None)]
    rows, tot, den = [], [0.0, 0.0, 0.0], None
    for prov, cont, code, desc, lo, hi, rsn, a, b_ in specs:
        n = clm(rng)
        b = amount(rng, lo, hi)
        al = 0.0 if rsn != "A1" else round(b * 0.7, 2)
        pd = round(al * 0.8, 2)
        owe = round(al - pd, 2) if rsn == "A1" else 0.0
        rows.append([n, prov, fdate(a, "slash"), fdate(b_ or a, "slash"), code, desc, money(b, "nosign"),
                     money(pd, "nosign"), money(owe, "nosign"), rsn])
        if cont:
            rows.append(["", f"({cont})", "", "", "", "", "", "", "", ""])
        tot = [tot[0] + b, tot[1] + pd, tot[2] + owe]
        if rsn != "A1":
            den = (n, b, a, b_)
    rows.append(["TOTALS", "", "", "", "", "", money(tot[0], "nosign"), money(tot[1], "nosign"),
                 money(tot[2], "nosign"), ""])
    p = DTSheet(footer="Page {n} of {nb}", footer_left="TR-EOB-1")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS - THIS IS NOT A BILL")
    p.capstrip([("MEMBER", member), ("MEMBER ID", m), ("GROUP", GROUP), ("PLAN", PLAN),
                ("STATEMENT DATE", fdate(sd, "abbr")), ("PLAN YEAR", "01/01/2026 - 12/31/2026")],
               [45, 36, 24, 64, 34, 52.4])
    p.ln(3)
    p.table(["Claim no.", "Provider", "From", "To", "Code", "Service", "Billed", "Plan paid", "You owe", "RSN"],
            rows, [32, 58, 20, 20, 14, 48, 18, 18, 16, 11.4 + softw(p)], size=7.8, row_h=5.2,
            aligns=["L"] * 6 + ["R"] * 3 + ["C"], bold_last=True)
    p.para("**RSN.** A1: paid under your plan. 119 (CARC 119, benefit maximum for this period reached): your plan "
           "covers up to 60 home health visits in a plan year, counting nurse, therapist and aide visits together. "
           "With the visits in this claim, your home health visits this year came to 63. The last three are past "
           f"the limit, so the plan did not pay them. The nursing visits from {AG}, reviewed by {nurse}, RN, "
           "were within the limit.", 8.4)
    p.para("You may appeal within 180 days of the statement date. Urgent appeals: 72 hours. External review: "
           f"within 4 months of our final decision. Questions: {phone(rng)}, TTY 711.", 8.4)
    n, b, a, b_ = den
    t = truth("eob", "not_covered", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m, member_name=member,
              cases=[n], claim_amount=m2(b), service_dates=[f"{a.isoformat()}/{b_.isoformat()}"],
              denial_date=sd.isoformat(), provider=AG, appeal_deadline=plus(sd, 180).isoformat(),
              denial_alternates=["other"],
              alternates={"insurer": ALT, "plan_id": [None], "service_dates": [[a.isoformat(), b_.isoformat()]]})
    return out(p), t


def softw(p):
    return p.w - p.l_margin - p.r_margin - 255.4


# 3 ---------------------------------------------------------------------------------------------------------------
def photocopy_custodial(rng):
    member, spouse, doc, rn, rev = people(rng, 5)
    m = mid(rng)
    a = dt.date(2026, 5, rng.randint(4, 8))
    b = plus(a, 11)
    skilled_end = plus(a, -3)
    nd = plus(b, rng.randint(25, 35))
    n = clm(rng)
    billed = amount(rng, 380, 520)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar("CLAIM DETERMINATION", "TR-CD-6 (rev. 02/2026)")
    for ln in [spouse, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.beside([[("DATE OF NOTICE", fdate(nd, "slash")), ("MEMBER", member)],
              [("MBR ID", m), ("GRP", GROUP)],
              [("CLAIM NO.", n), ("AMT BILLED", money(billed))],
              [("DOS FROM", fdate(a, "slash")), ("DOS TO", fdate(b, "slash"))],
              [("BILLED BY", AG), ("ORDERED BY", f"Dr. {doc}")],
              [("LAST RN VISIT", fdate(skilled_end, "slash")), ("DOB", fdate(dob(rng), "slash"))]], cap_w=25, cap=5.6)
    p.para(f"**Decision: not paid.** The agency billed home health aide visits (S9122) for {member} on the dates in "
           f"the DOS boxes. We only pay for an aide's help with bathing and dressing while a nurse or therapist from "
           "the agency is also coming to the home for care that needs their skill. The last nurse's visit, by "
           f"{rn}, RN, was on the date in the LAST RN VISIT box; the aide visits came after it, when help with daily "
           f"care was the only care given. {rev}, RN, reviewed the claim.", 9)
    p.para("You may appeal within 180 days of the date of this notice. Urgent appeals: 72 hours. External review: "
           f"4 months after our final decision. Member Services {phone(rng)}, TTY 711.", 8.8)
    t = truth("denial_letter", "not_covered", insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(billed), service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=nd.isoformat(), provider=AG, appeal_deadline=plus(nd, 180).isoformat(),
              denial_alternates=["medical_necessity", "level_of_care"], type_alternates=["eob"],
              alternates={"insurer": ALT, "provider": [doc],
                          "service_dates": [[a.isoformat(), b.isoformat()]]})
    return out(p), t


# 4 ---------------------------------------------------------------------------------------------------------------
def phone_es(rng):
    member, wife, sig = people(rng, 3)
    m = mid(rng)
    days = _weekdays(dt.date(2026, 4, 6), 3)
    nd = plus(days[-1], rng.randint(24, 32))
    n = clm(rng)
    rate = amount(rng, 32, 38)
    amts = [round(rate * 2, 2)] * 3
    tot = round(sum(amts), 2)
    p = DTSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [wife, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Miembro", member), ("Número de miembro", m), ("Grupo", GROUP), ("Reclamo", n)], label_w=42, size=9.6)
    p.ln(2)
    p.para(f"Estimada {wife}:", 10)
    p.para(f"Le escribimos sobre las visitas de la asistente de salud en el hogar que {AG} le dio a su esposo "
           "durante la semana del 6 de abril. Aprobamos 12 visitas. Las visitas de esa semana fueron la 13, la 14 "
           "y la 15, y nadie nos pidió aprobarlas antes. Por eso no pagamos este reclamo.", 10)
    p.table(["Fecha", "Servicio", "Cargo"],
            [[fdate(d, "long", "es"), "Asistente de salud (2 horas)", money(x)] for d, x in zip(days, amts)] +
            [["", "Total del reclamo", money(tot)]], [52, 74, 44], size=9, bold_last=True)
    p.para("La agencia puede pedirnos más visitas. No puede cobrarle a usted las visitas que no pagamos.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Las apelaciones urgentes se "
           f"deciden en 72 horas. Llame al {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "prior_authorization", insurer=INS, group=GROUP, member_id=m, member_name=member,
              cases=[n], claim_amount=m2(tot), service_dates=[d.isoformat() for d in days],
              denial_date=nd.isoformat(), provider=AG, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              denial_alternates=["not_covered"], alternates={"insurer": ALT})
    return out(p), t


# 5 ---------------------------------------------------------------------------------------------------------------
def rotated_ack(rng):
    member, son, sig = people(rng, 3)
    m = mid(rng)
    a = dt.date(2026, 8, rng.randint(3, 7))
    b = plus(a, 11)
    rcvd = plus(b, rng.randint(8, 14))
    nd = plus(rcvd, rng.randint(3, 6))
    n = clm(rng)
    billed = amount(rng, 600, 900)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Claims")
    p.line("CLAIM ACKNOWLEDGEMENT - NO ACTION NEEDED FROM YOU", 11, "B")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [son, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Member", member), ("Member ID", m), ("Claim", n), ("Received", fdate(rcvd, "slash"))],
            label_w=30, size=9.6)
    p.ln(2)
    p.para(f"Dear {son}:", 10)
    p.para(f"We received the claim {AG} sent us for home health aide visits to your father from "
           f"{fdate(a, 'long')} through {fdate(b, 'long')}, {money(billed)} in all. As his authorized "
           "representative, you get a copy of our letters.", 10)
    p.para("We have not decided the claim yet. Before we can, we need the aide's visit notes, and we have asked "
           "the agency for them. We expect to decide within 30 days of the day we get the notes and will write to "
           "you then. This letter is not a denial, and you do not need to do anything now.", 10)
    p.para(f"Questions: {phone(rng)}, TTY 711.\n\nSincerely,\n{sig}\nClaims", 10)
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, cases=[n], claim_amount=m2(billed),
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(), provider=AG,
              alternates={"insurer": ALT, "service_dates": [[a.isoformat(), b.isoformat()]]})
    return out(p), t


# 6 ---------------------------------------------------------------------------------------------------------------
def lowres_letter(rng):
    member, daughter, doc, rn, cm, sig = people(rng, 6)
    m = mid(rng)
    ap_a = dt.date(2026, 4, 27)
    ap_b = dt.date(2026, 5, 22)
    days = [dt.date(2026, 5, 26), dt.date(2026, 5, 28), dt.date(2026, 5, 29)]
    nd = dt.date(2026, 6, rng.randint(22, 30))
    n = clm(rng)
    per = amount(rng, 95, 125)
    tot = round(per * 3, 2)
    p = DTSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [daughter, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Re: {member}, member ID {m}, group {GROUP}, claim {n}", 10)
    p.ln(1)
    p.para(f"Dear {daughter}:", 10)
    p.para(f"You are your mother's authorized representative, so we are writing to you about the claim that "
           f"{AG} sent us for her home health aide visits. After her hip surgery, Dr. {doc} ordered aide help at "
           "home, and we approved 16 aide visits from April 27 through May 22, 2026. The agency gave those visits "
           "and we paid for them.", 10)
    p.para("The agency then came three more times, on May 26, May 28 and May 29, 2026 (05/26/2026, 05/28/2026 and "
           f"05/29/2026), and billed {money(tot)} for them. Nobody asked us to approve more visits before they "
           "were given, so we did not pay for these three. Had the agency asked, we would have looked at the "
           f"notes then. {rn}, RN, the nurse who reviewed the claim, found no request on file.", 10)
    p.para(f"The agency agreed with us not to bill members for visits we did not approve. If you get a bill, call "
           f"{cm}, your care manager, at {phone(rng)} (TTY 711).", 10)
    p.para("If you disagree, you may appeal within 180 days of the date of this letter. Urgent appeals are decided "
           "within 72 hours; external review can be asked for within 4 months of our final decision.", 10)
    p.para(f"Sincerely,\n{sig}\nClaims\n{INS}", 10)
    t = truth("denial_letter", "prior_authorization", insurer=INS, group=GROUP, member_id=m, member_name=member,
              cases=[n], claim_amount=m2(tot), service_dates=[d.isoformat() for d in days], denial_date=nd.isoformat(),
              provider=AG, appeal_deadline=plus(nd, 180).isoformat(), denial_alternates=["not_covered"],
              alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


# 7 ---------------------------------------------------------------------------------------------------------------
def scan_stack(rng):
    member, wife, doc, rev, sig = people(rng, 5)
    m = mid(rng)
    nd = dt.date(2026, 9, rng.randint(8, 18))
    a = plus(nd, rng.randint(3, 7))
    b = plus(a, 55)
    pa = f"UM{digits(rng, 8)}"
    rate = amount(rng, 88, 96)
    listed = round(rate + rng.choice([6, 8, 10, 12]), 2)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Care Management")
    p.line("APPROVAL OF HOME HEALTH SERVICES", 12, "B")
    p.ln(2)
    p.pairs([("Date", fdate(nd, "long")), ("To", wife), ("Member", member), ("Member ID", m),
             ("Approval number", pa)], label_w=36, size=9.6)
    p.ln(2)
    p.para(f"Dear {wife}:", 10)
    p.para(f"{AG} asked us for 24 more home health aide visits for your husband, and we approved all 24, for "
           f"{fdate(a, 'long')} through {fdate(b, 'long')}. Dr. {doc} signed the plan of care.", 10)
    p.para(f"One small note, so nothing on a later statement surprises you: the agency's request lists its charge "
           f"as {money(listed)} a visit. We pay network agencies the rate in their contract, {money(rate)} a "
           "visit. The agency has agreed to that rate and will not bill you for the difference. You owe nothing "
           "more for these visits beyond your usual coinsurance.", 10)
    p.para(f"If the visits are still needed after {fdate(b, 'slash')}, the agency can ask us to extend them. "
           f"Questions: {phone(rng)}, TTY 711.\n\nSincerely,\n{sig}\nCare Management", 10)
    t1 = truth("other", None, insurer=INS, member_id=m, member_name=member, cases=[pa],
               service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(), provider=AG,
               alternates={"insurer": ALT, "provider": [doc], "case_numbers": [[]],
                           "service_dates": [[a.isoformat(), b.isoformat()]]})
    # 2: appeal decision for a different member
    mem2, son2, rev2 = people(rng, 3)
    m2_ = mid(rng)
    ad = dt.date(2026, 9, rng.randint(2, 12))
    d0 = dt.date(2026, 6, rng.randint(8, 12))
    days = _weekdays(d0, 4)
    n = clm(rng)
    apn = f"APL-{digits(rng, 6)}"
    per = amount(rng, 95, 125)
    tot = round(per * 4, 2)
    q = DTSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Appeals and Grievances")
    q.line("APPEAL DECISION", 12, "B")
    q.ln(2)
    q.pairs([("Date of decision", fdate(ad, "slash")), ("To", son2), ("Member", mem2), ("Member ID", m2_),
             ("Appeal", apn), ("Claim", n)], label_w=40, size=9.6)
    q.ln(2)
    q.para(f"Dear {son2}:", 10)
    q.para(f"You appealed our decision not to pay for four home health aide visits to your father by {AG}, on "
           f"{', '.join(fdate(d, 'slash') for d in days)}, billed at {money(tot)}. {rev2}, RN, who had no part "
           "in the first decision, reviewed the appeal.", 10)
    q.para("**We are keeping our decision.** We had approved 30 aide visits through the end of May. The four "
           "visits in June were past that number, and no request to add visits reached us before they were given. "
           "The agency's letter says it meant to ask; we have no record that it did.", 10)
    q.para("This ends our internal appeal. You may ask for an independent external review within 4 months of the "
           "date of this decision. The agency may not bill your father for these visits.", 10)
    t2 = truth("denial_letter", "prior_authorization", insurer=INS, member_id=m2_, member_name=mem2, cases=[apn, n],
               claim_amount=m2(tot), service_dates=[d.isoformat() for d in days], denial_date=ad.isoformat(),
               provider=AG, denial_alternates=["not_covered"],
               alternates={"insurer": ALT, "case_numbers": [[apn], [n]]})
    return [(out(p), t1), (out(q), t2)]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_remittance_claim_blocks_aide_visits_past_approved_count", "fax_standard_g4",
             [faxstd_remit(rng)]),
        Item(F + "born_digital_eob_five_claims_yearly_visit_limit", "born_digital", [bd_eob(rng)]),
        Item(F + "photocopy_form_aide_after_nursing_ended", "photocopy", [photocopy_custodial(rng)]),
        Item(F + "phone_es_visitas_de_la_semana_del_6_de_abril", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_claim_acknowledgement_notes_requested", "rotated", [rotated_ack(rng)]),
        Item(F + "lowres_letter_to_daughter_agency_only_in_sentences", "scan_lowres_150", [lowres_letter(rng)]),
        Item(F + "scan_stack_cover_approval_at_contract_rate_then_upheld_appeal_upside_down", "scan_clean_300",
             scan_stack(rng), separators=["cover", None], turns={(1, 0): 180}),
    ]
