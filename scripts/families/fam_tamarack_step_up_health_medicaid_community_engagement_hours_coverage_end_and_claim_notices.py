"""Papers mirrored (structure and plain wording style only) from a state Medicaid demonstration with a work or
community-engagement requirement: adults in the expansion group report a number of hours a month of work, job
training, school, volunteering or caregiving, or an exemption; when reports stop, the state sends a notice of action
ending coverage with fair hearing rights; claims for care after the end date are refused on provider remittance
advices and in member notices; the demonstration also waives retroactive coverage and rides to non-emergency
appointments, and keeps the usual prior approval of planned imaging. The state (the State of Tamarack, postal code
TK), its Department of Human Services and Division of Medical Assistance, the program name (Step Up Health), the
fiscal agent (Larkspur Fiscal Services), the 80-hour and two-month rules, the agency review and its 30-day limit,
the 120-day provider limit, the 60-day reconsideration limit, the 90-day hearing limit, every code, form number,
rule number, clinic, hospital, laboratory, van company, person, number and address are invented (phones 555); CPT
and HCPCS codes appear as themselves. No heading names the kind of refusal; each reason is told in plain words.

Documents (8 in 7 files):
- born_digital_remittance_unruled_two_pages_code_only_on_back: a two-page provider remittance advice the fiscal
  agent prints for a family clinic, an unruled claims table with right-aligned money that runs onto page 2 where
  the totals row stands, the rendering clinician only in a table column, an RA date as "15-Apr-2026", a message
  box, EFT number, year-to-date paid and an example in the boilerplate ("for example, a claim billed at $100.00")
  as decoys; one recipient's two lines refused under code 2216, told only in the code glossary at the end;
  "within 120 days of the RA date".
- finefax_three_page_claim_notice_running_header_lab_after_coverage_end: a fine-fax member notice of four pages
  whose client ID and claim number run in a header on every page; page 1 says only that a claim will not be
  paid, page 2 holds the claim table (the lab after "Servicing:", the ordering doctor, an approval number that
  looks like the claim number), page 3 the reason in prose (no hours reported for two months, coverage ended
  before the lab work) and the limits (agency review "no later than" a printed date; fair hearing and
  continuation as decoys), page 4 a nondiscrimination notice and taglines; dated with the weekday ("Monday,
  May 11, 2026") and "mailed 05/11/2026" in the footer.
- lowres_notice_of_action_coverage_ends_case_no_only_in_subject: a 150 dpi notice of action ending coverage at
  the end of the month (no claim, no provider), boxes whose values stand under small captions, the case number
  only in the RE: line, "2026/03/09" at the top and "Mailed 03/09/2026" in the footer; only a fair hearing
  "within 90 days of the date this notice was mailed" (not an appeal deadline by the eval's convention).
- phone_es_viajes_a_citas_no_cubiertos_empresa_de_camionetas: a photographed Spanish notice on two round trips by
  a wheelchair van company to medical appointments, rides the demonstration does not include ("4 de marzo de
  2026" dates, "$" amounts, a key/value box beside the address); "30 días calendario a partir de la fecha de este
  aviso" for an agency review, a 90-day hearing as decoy.
- photocopy_two_column_good_cause_approved_er_claim_reprocessed: a photocopied two-column letter dated "April 6th,
  2026" approving a good-cause request (a hospital stay kept her from reporting), coverage reopened and an
  emergency room claim to be paid (denies nothing); request number, claim number, the date received as a dotted
  month-first date, the caption/value pairs on the right half beside the address.
- rotated_prior_approval_mri_not_shown_therapy_tried_nurse_and_medical_director: a prior-approval decision fed
  turned: address at the left, caption/value pairs on the right half (approval request number, requesting
  orthopedist, imaging center, planned date, "Received" as a dotted date), "The information we received does not
  show ..." six weeks of therapy before a knee MRI, signed by a nurse reviewer and a medical director; "within 60
  calendar days from the date on this notice".
- faxstd_stack_office_cover_review_upheld_no_retro_upside_down_then_hospital_statement: a standard-fax stack of a
  family practice's fax cover sheet to a legal aid office, a two-page agency review decision (review number and
  claim number in a running header; page 2 upside down) keeping the refusal of a February hospital stay because
  coverage starts in the month the application arrived (only a fair hearing left), and the hospital's own
  statement asking the patient to pay (a real bill; denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeh_famlf import (LFSheet, add_months, dmy_dash, es_date, first_last, grouped, iso, last_first, long,
                               mdy_dots, month_end, n2, office_cover, ord_long, people, phone, plus, slash,
                               split_name, surname, tk_address, tollfree, usd, wday_long, workday, ymd_slash, yy)
from public_kit import digits, m2, out, truth

FAMILY = "tamarack_step_up_health_medicaid_community_engagement_hours_coverage_end_and_claim_notices"
LANG = "en"
SEED = 354975
DHS = "Tamarack Department of Human Services"
DMA = "Division of Medical Assistance"
PROG = "Step Up Health"
ALT = ["Tamarack Medicaid", PROG, "Tamarack DHS", DMA, f"Tamarack {DMA}", f"{DHS}, {DMA}",
       "Departamento de Servicios Humanos de Tamarack", "Tamarack Step Up Health"]
FISCAL = "Larkspur Fiscal Services"
CLINIC = "Juniper Row Family Health"
LAB = "Kettleby Clinical Laboratories"
VAN = "Cardinal Wheelchair Van Service"
HOSP = "St. Brendan's Hospital of Silver Fork"
ORTHO = "Cutbank Orthopedic Associates"
IMG = "Marlow Springs Open MRI"
PRACTICE = "Hollins Ferry Family Practice"
LEGAL = "Tamarack Legal Aid, Health Benefits Unit"
PO = "P.O. Box 7150, Fort Ambrose, TK 73104"


def client_id(rng):
    return "70" + digits(rng, 8)


def cid_sp(c):
    return grouped(c, [4, 4, 2])


def dhs_head(p, rng, unit, box=None, es=False):
    lines = ([f"Departamento de Servicios Humanos de Tamarack  |  {DMA}  |  {unit}",
              f"{PO}  |  Línea de ayuda {tollfree(rng, '855')}  |  TTY 711"] if es else
             [f"{DMA}  |  {unit}", f"{PO}  |  Member help line {tollfree(rng, '855')}  |  TTY 711"])
    p.head(DHS, "TK", [f"{PROG} - a Tamarack Medicaid program"] + lines, box=box, size=12.5)


HOURS = ("Adults in Step Up Health report at least 80 hours each month of work, job training, school, community "
         "service or caring for a child or an adult who needs care, or tell us why they cannot (an exemption). "
         "The report for a month is due by the 10th of the next month.")


# ---------------------------------------------------------------------------------------------------------------
def born_ra(rng):
    n = 14
    names = people(rng, 2 * n)
    pts, rend = names[:n], names[n:]
    ra = workday(dt.date(2026, 4, rng.randint(13, 16)))
    ended = dt.date(2026, 3, 31)
    k = 10                                                  # the refused recipient (on page 2)
    ids = [client_id(rng) for _ in pts]
    tcns = [f"2026{rng.randint(80, 99)}{digits(rng, 9)}" for _ in pts]
    base = [("99213", 128.0, 71.4), ("99214", 186.0, 104.8), ("99396", 242.0, 131.1), ("85025", 34.0, 9.1),
            ("80053", 52.0, 11.6), ("36415", 19.0, 3.2), ("90471", 38.0, 18.9), ("87880", 41.0, 16.4),
            ("99212", 94.0, 48.2), ("83036", 36.0, 10.3), ("81003", 14.0, 3.1), ("93000", 61.0, 17.2)]
    counts = [2, 1, 3, 1, 2, 2, 1, 3, 2, 1, 2, 3, 1, 2]
    rows, bold = [], set()
    tot_b = tot_a = tot_p = 0.0
    den_total, den_dates = 0.0, []
    for i, nm in enumerate(pts):
        nlines = counts[i]
        d = (dt.date(2026, 4, rng.randint(1, 3)) if i == k else dt.date(2026, 3, rng.randint(2, 27)))
        picks = rng.sample(base, nlines)
        cb = ca = cp = 0.0
        for j, (code, b, a) in enumerate(picks):
            first = j == 0
            if i == k:
                paid, allowed, ec = 0.0, 0.0, "2216"
            else:
                copay = 4.0 if first and code.startswith("992") else 0.0
                allowed, paid, ec = a, round(a - copay, 2), ("0331" if copay else "0174")
            rows.append([tcns[i] if first else "", last_first(nm) if first else "", ids[i] if first else "",
                         yy(d), code, (first_last(rend[i]) + (", NP" if i == k else "")) if first else "",
                         n2(b), n2(allowed), n2(paid), ec])
            cb += b
            ca += allowed
            cp += paid
        if nlines > 1:
            rows.append(["", "", "", "", "", "Claim total", n2(cb), n2(ca), n2(cp), ""])
            bold.add(len(rows) - 1)
        if i == k:
            den_total, den_dates = round(cb, 2), [d]
        tot_b += cb
        tot_a += ca
        tot_p += cp
    ytd = round(tot_p + rng.randint(9000, 16000) + 0.45, 2)
    p = LFSheet(footer="Page {n} of {nb}", footer_left=f"RA prepared by {FISCAL}, fiscal agent for Tamarack Medicaid"
                                                       "  |  Form LFS-835P (rev. 10/2025)")
    p.set_margins(12, 12, 12)
    p.add_page()
    dhs_head(p, rng, "Provider Payment Services", box="REMITTANCE ADVICE")
    p.beside([[("Payee", CLINIC), ("Provider ID", f"TKM{digits(rng, 7)}")],
              [("RA date", dmy_dash(ra)), ("RA number", f"RA{ra:%y%m%d}-{digits(rng, 5)}")],
              [("EFT number", f"EFT{digits(rng, 10)}"), ("NPI", f"1{digits(rng, 9)}")],
              [("Paid this RA", n2(tot_p)), ("Paid year to date", n2(ytd))]], cap_w=24, size=8.4)
    p.ln(1)
    p.f(8.4, "B")
    p.cell(0, 4.6, "Messages", new_x="LMARGIN", new_y="NEXT")
    p.para("Step Up Health members report their monthly hours to the Department, not to you. A member whose reports "
           "stop loses coverage at the end of the month named in the member's notice, and claims for later dates will "
           "not pay. Check eligibility for every visit through the provider portal or the automated line at "
           f"{tollfree(rng, '877')}. Paper claims mailed after June 1, 2026 must use the new claim form.", 7.8)
    p.para("How to read this remittance: the paid amount is the allowed amount less any copayment the recipient owes. "
           "For example, a claim billed at $100.00 with an allowed amount of $61.20 and a $4.00 copayment pays "
           "$57.20.", 7.8)
    W = p.w - p.l_margin - p.r_margin
    widths = [25, 39, 18, 13, 10, 31, 14, 14, 14, W - 178]
    head = ["TCN", "Recipient", "Client ID", "Svc date", "Proc", "Rendering", "Billed", "Allowed", "Paid",
            "EOB code"]
    al = ["L", "L", "L", "L", "L", "L", "R", "R", "R", "C"]
    p.bare_table(head, rows, widths, aligns=al, size=6.9, row_h=4.4, bold_rows=bold,
                 cont=f"Remittance advice {dmy_dash(ra)}, {CLINIC}, continued",
                 totals=["TOTALS THIS RA", "", "", "", "", f"{len(pts)} claims", n2(tot_b), n2(tot_a), n2(tot_p),
                         ""])
    p.para("A provider may ask for reconsideration of a denied or reduced claim within 120 days of the RA date "
           f"printed above. Send the Reconsideration Request form with the TCN to Provider Payment Services, {PO}. "
           "Corrected claims are new claims and are not reconsiderations.", 7.8)
    p.glossary("EOB codes used on this remittance", [
        ("0174", "Paid at the Tamarack Medicaid fee schedule amount for this procedure."),
        ("0331", "Recipient copayment taken from the allowed amount. Collect it from the recipient at the visit."),
        ("2216", f"The dates of service fall outside every open {PROG} eligibility span on file for this recipient. "
                 "Do not bill the recipient until you have checked eligibility for those dates.")], size=7.4)
    t = truth("eob", "eligibility", insurer=DHS, member_id=ids[k], member_name=pts[k], cases=[tcns[k]],
              claim_amount=m2(den_total), service_dates=[iso(x) for x in den_dates], denial_date=iso(ra),
              provider=first_last(rend[k]), appeal_deadline=iso(plus(ra, 120)),
              alternates={"insurer": ALT, "provider": [CLINIC, rend[k]]})
    assert ended < den_dates[0]
    return out(p), t


def finefax_claim_notice(rng):
    pat, doc, sig = people(rng, 3)
    cid = client_id(rng)
    base = digits(rng, 5)
    claim = f"2604-{base}-03"
    appr = f"2604-{base[:3]}{base[4]}{base[3]}-03"          # the approval number: two digits swapped
    ended = dt.date(2026, 3, 31)
    nd = dt.date(2026, 3, rng.randint(9, 12))
    dos = dt.date(2026, 4, rng.randint(6, 9))
    appr_d = dt.date(2026, 3, rng.randint(17, 24))
    ld = workday(dt.date(2026, 5, rng.randint(11, 13)))
    by = plus(ld, 30)
    lines = [("81162", "Hereditary breast and ovarian cancer gene panel", rng.choice([2940.0, 3115.0, 2875.0])),
             ("36415", "Collection of blood sample (venipuncture)", 18.0)]
    tot = round(sum(b for *_, b in lines), 2)
    fax = (f"{ld:%m/%d/%Y} 09:{rng.randint(10, 59)}  TK DHS NOTICES  {phone(rng, '573')}  ->  {phone(rng, '573')}"
           "  P.{n}")
    p = LFSheet(footer="Page {n} of {nb}", footer_left=f"Notice TK-NA-7 (rev. 01/2026)  |  mailed {slash(ld)}",
                fax_hdr=fax, every=f"{PROG}  |  Client ID {cid_sp(cid)}  |  Claim no. {claim}")
    p.set_margins(19, 16, 19)
    p.add_page()
    dhs_head(p, rng, "Member Notices")
    p.line(wday_long(ld), 10, "B")
    p.ln(3)
    for ln in [pat, *tk_address(rng)]:
        p.line(ln, 10.2)
    p.ln(4)
    p.subject("Notice of Action: a claim for your care will not be paid")
    p.para(f"Dear {pat}:", 10)
    p.para("A provider sent us a claim for services you received. We looked at the claim and we will not pay it. "
           "This notice has three parts:", 10)
    p.bullets(["Page 2 lists the services on the claim and the amounts the provider billed.",
               "Page 3 tells you why we will not pay and what you can do if you disagree.",
               "The last page tells you how to get this notice in another language or format, free of charge."], 10)
    p.para("Keep this notice. If the provider sends you a bill for these services, you can show the provider this "
           "notice and the dates on page 3.", 10)
    p.para(f"Questions? Call the member help line at the top of this page, Monday through Friday, 7 a.m. to 6 p.m. "
           "Have your client ID ready.", 10)
    p.add_page()
    p.heading("Page 2 - The claim", 12, rule=True)
    p.pairs([("Servicing", LAB), ("Ordered by", f"Dr. {doc}"), ("Claim received", mdy_dots(plus(dos, 9))),
             ("Prior approval no.", appr)], label_w=40, size=9.6)
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Date of service", "Code", "Service", "Billed", "We pay"],
            [[slash(dos), c, s, usd(b), "$0.00"] for c, s, b in lines] + [["", "", "Claim total", usd(tot), "$0.00"]],
            [W * 0.16, W * 0.1, W * 0.48, W * 0.13, W * 0.13], size=8.8,
            aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.para(f"The prior approval number above is the approval we gave {LAB} on {long(appr_d)} to do the gene panel. "
           "It is listed so you can match this notice to the papers your doctor gave you.", 9.4)
    p.add_page()
    p.heading("Page 3 - Why we will not pay, and what you can do", 12, rule=True)
    p.para(HOURS, 10)
    p.para(f"We did not get a report for January 2026 or for February 2026, and there was no exemption on file for "
           f"you. On {long(nd)} we mailed you a notice that your {PROG} coverage would end on {long(ended)}. No report "
           f"or request reached us before that date, so your coverage ended. The lab work was done on {long(dos)}, "
           f"after your coverage ended. The approval we gave in March does not pay for care after coverage ends "
           f"(Tamarack Administrative Rule 160:12-4-9).", 10)
    p.heading("How to get coverage again", 10.5)
    p.para("You can get Step Up Health back from the first day of the month after you report 80 hours for one month, "
           "or after we approve an exemption. Report online, by phone or at any county office.", 10)
    p.heading("If you think we are wrong", 10.5)
    p.para(f"**Agency review.** You can ask us to look at this decision again. Your request must reach us no later "
           f"than {long(by)}. Call the member help line or write to Member Notices, {PO}. Tell us why you think we "
           "are wrong and send any papers that show it, such as pay stubs or a school schedule.", 10)
    p.para("**Fair hearing.** You can also ask for a fair hearing with the Tamarack Office of Administrative Hearings "
           "within 90 days of the date this notice was mailed. You may speak for yourself or have a lawyer, a "
           "relative, a friend or someone else speak for you. Legal aid may be able to help at no cost.", 10)
    p.para("Because your coverage has already ended, asking for a review or a hearing does not restart it while you "
           "wait.", 10)
    p.signoff(["Member Notices", f"{DMA}, {DHS}", f"Worker no. {sig.split()[-1][:3].upper()}{digits(rng, 3)}"], 9.4)
    p.add_page()
    p.nondiscrim(DHS, tollfree(rng, "855"))
    p.ln(2)
    p.tagline_block(tollfree(rng, "855"))
    t = truth("denial_letter", "eligibility", insurer=DHS, member_id=cid, member_name=pat, cases=[claim, appr],
              claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(ld), provider=LAB,
              appeal_deadline=iso(by),
              alternates={"insurer": ALT, "case_numbers": [[claim]], "provider": [f"Dr. {doc}", doc]})
    return out(p), t


def lowres_coverage_end(rng):
    pat, sig = people(rng, 2)
    cid = client_id(rng)
    case = f"TK-CE-26-{digits(rng, 7)}"
    nd = workday(dt.date(2026, 3, rng.randint(9, 11)))
    ends = month_end(nd)
    p = LFSheet(footer="Page {n} of {nb}", footer_left=f"Form DHS-CE-14 (01/2026)  |  Mailed {slash(nd)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    dhs_head(p, rng, "Eligibility Office")
    p.set_x(p.w - p.r_margin - 40)
    p.f(10, "B")
    p.cell(40, 5, ymd_slash(nd), align="R", new_x="LMARGIN", new_y="NEXT")
    for ln in [pat, *tk_address(rng)]:
        p.line(ln, 10.2)
    p.ln(4)
    p.subject(f"RE: Notice of Action - Case No. {case}")
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("NAME", pat), ("CLIENT ID", cid_sp(cid)), ("PROGRAM", PROG)], [W * 0.38, W * 0.3, W * 0.32],
               size=9.4, h=10.5)
    p.capstrip([("ACTION", "Coverage ends"), ("LAST DAY OF COVERAGE", long(ends)),
                ("MONTHS WITH NO HOURS REPORT", "January 2026, February 2026")], [W * 0.24, W * 0.3, W * 0.46],
               size=9.4, h=10.5)
    p.ln(4)
    p.para(f"Dear {pat.split()[0]} {surname(pat)}:", 10)
    p.para(f"**Your {PROG} coverage will end on {long(ends)}.** {HOURS}", 10)
    p.para("We have no report from you for January 2026 or February 2026. When two months in one calendar year go "
           "unreported and no exemption is on file, Step Up Health ends on the last day of the month in which we mail "
           "this notice (Tamarack Administrative Rule 160:12-4-7).", 10)
    p.heading("You can still keep your coverage", 10.5)
    p.bullets([f"Report 80 hours for February 2026 before {long(ends)}, or",
               "tell us about an exemption: you are pregnant, you care for a child under 6, you have a health "
               "condition that keeps you from working, you are in a treatment program, or something else kept you "
               "from reporting (a hospital stay, a death in the family, no way to reach us)."], 10)
    p.para("If you do one of these before your coverage ends, we will send you a new notice and you do not need to "
           "do anything else.", 10)
    p.heading("Your right to a fair hearing", 10.5)
    p.para("If you think this action is wrong, you can ask for a fair hearing with the Tamarack Office of "
           "Administrative Hearings within 90 days of the date this notice was mailed. Ask by phone, in writing or "
           "at any county office. If your request reaches us before your last day of coverage, your coverage will "
           "continue until the hearing decision; if you lose the hearing, you may have to pay back what was spent "
           "on your care in the meantime.", 9.8)
    p.para(f"Questions? Call the Eligibility Office at {tollfree(rng, '855')}.", 9.8)
    p.signoff(["Eligibility Office", f"Caseworker: {sig}"], 9.6)
    t = truth("denial_letter", "eligibility", insurer=DHS, member_id=cid, member_name=pat, cases=[case],
              denial_date=iso(nd), alternates={"insurer": ALT})
    return out(p), t


def phone_es_rides(rng):
    pat, sig = people(rng, 2, es=True)
    cid = client_id(rng)
    claim = f"26{digits(rng, 3)}-{digits(rng, 6)}"
    d1 = dt.date(2026, 3, rng.randint(3, 12))
    d2 = plus(d1, 14)
    nd = workday(dt.date(2026, 4, rng.randint(13, 16)))
    by = plus(nd, 30)
    miles = rng.choice([14, 17, 22])
    leg = round(38.0 + miles * 2.15, 2)
    rides = [(d1, "Viaje de ida (A0130)", leg), (d1, "Viaje de regreso (A0130)", leg),
             (d2, "Viaje de ida (A0130)", leg), (d2, "Viaje de regreso (A0130)", leg)]
    tot = round(sum(b for *_, b in rides), 2)
    p = LFSheet(footer="Página {n} de {nb}", footer_left="Aviso TK-NA-7S (rev. 01/2026)")
    p.set_margins(17, 14, 17)
    p.add_page()
    dhs_head(p, rng, "Avisos a Miembros", es=True)
    p.line(f"Fecha del aviso: {es_date(nd)}", 10, "B")
    p.ln(2)
    p.addr_kv([pat, *tk_address(rng)],
              [("Miembro", pat), ("N.º de cliente", cid), ("N.º de reclamo", claim), ("Proveedor", VAN),
               ("Fechas", f"{d1.day} y {d2.day} de marzo de 2026")], w=100, cap_w=30, size=8.4)
    p.heading("Aviso de acción: no pagaremos estos viajes", 12)
    p.para(f"Estimado/a {pat}:", 10)
    p.para(f"{VAN} nos mandó el reclamo {claim} por cuatro viajes en camioneta para silla de ruedas que usted hizo "
           f"para ir y volver de sus citas médicas el {es_date(d1)} y el {es_date(d2)}.", 10)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Fecha", "Servicio", f"Millas", "Cobrado"],
            [[es_date(d), s, str(miles), usd(b)] for d, s, b in rides] + [["", "Total del reclamo", "", usd(tot)]],
            [W * 0.27, W * 0.41, W * 0.12, W * 0.2], size=8.8, aligns=["L", "L", "C", "R"], bold_last=True)
    p.para(f"**Por qué no los pagamos.** {PROG} paga la ambulancia en una emergencia, pero no incluye los viajes a "
           "citas que no son de emergencia. Esos viajes no son parte de los beneficios de Step Up Health (Regla "
           "Administrativa de Tamarack 160:12-6-2). Si tiene otro plan de Medicaid de Tamarack en el futuro, "
           "pregunte si incluye viajes.", 10)
    p.para(f"**Si no está de acuerdo.** Tiene 30 días calendario a partir de la fecha de este aviso para pedirnos una "
           f"revisión de la agencia. Llame a la línea de ayuda o escriba a Avisos a Miembros, {PO}. También puede "
           "pedir una audiencia imparcial dentro de los 90 días siguientes a la fecha en que enviamos este aviso.",
           10)
    p.signoff(["Atentamente,", "Avisos a Miembros", f"{DMA}"], 9.6)
    t = truth("denial_letter", "not_covered", insurer=DHS, member_id=cid, member_name=pat, cases=[claim],
              claim_amount=m2(tot), service_dates=[iso(d1), iso(d2)], denial_date=iso(nd), provider=VAN,
              appeal_deadline=iso(by), lang="es", alternates={"insurer": ALT})
    return out(p), t


def photocopy_good_cause(rng):
    pat, erdoc, sig = people(rng, 3, sexes="F")
    cid = client_id(rng)
    req = f"GC-26-{digits(rng, 6)}"
    claim = f"2026{rng.randint(80, 99)}{digits(rng, 9)}"
    stay_a = dt.date(2026, 2, rng.randint(3, 6))
    stay_b = plus(stay_a, rng.randint(9, 12))
    er = dt.date(2026, 4, rng.randint(2, 4))
    rcvd = dt.date(2026, 3, rng.randint(25, 27))
    ld = workday(dt.date(2026, 4, rng.randint(6, 8)))
    billed = round(rng.randint(1900, 2900) + rng.choice([0.4, 0.75, 0.0]), 2)
    p = LFSheet(footer=None, footer_left=f"Letter DHS-GC-2 (01/2026)  |  Mailed {slash(ld)}", serif=True)
    p.set_margins(18, 16, 18)
    p.add_page()
    dhs_head(p, rng, "Good Cause Unit")
    p.line(ord_long(ld), 10.4, "B")
    p.ln(3)
    p.addr_pairs_right([pat, *tk_address(rng)],
                       [("Request no.", req), ("Client ID", cid), ("Date received", mdy_dots(rcvd)),
                        ("Decision", "Good cause approved")], split=0.48, cap_w=32)
    p.heading("We approved your good cause request", 12.5, rule=True)
    p.columns(
        [("What you asked us", f"You told us that you could not report your hours for January and February 2026 "
                               f"because you were in the hospital from {long(stay_a)} to {long(stay_b)} and then "
                               "recovering at home. You sent the hospital's discharge papers with your request."),
         ("What we decided", "A hospital stay is good cause. We count both months as reported, so your Step Up "
                             "Health coverage did not end on March 31, 2026. You do not need to send anything "
                             "else for those months."),
         ("Your next report", "Your report for April 2026 is due by May 10, 2026. Report online, by phone or at "
                              "any county office.")],
        [("Your emergency room visit", f"{HOSP} sent us claim {claim} for your emergency room visit on "
                                       f"{long(er)}, when Dr. {erdoc} treated you. The hospital billed "
                                       f"{usd(billed)}. We first turned the claim away because our records showed "
                                       "no coverage on that day."),
         ("What happens to that claim", "We have reopened it. It will be paid under your Step Up Health coverage "
                                        "on the next payment cycle. If the hospital has billed you, show them this "
                                        "letter; you owe nothing for that visit beyond any copayment."),
         ("Questions", f"Call the Good Cause Unit at {tollfree(rng, '855')} (TTY 711).")],
        size=9.4)
    p.ln(3)
    p.signoff(["Sincerely,", sig, "Good Cause Unit"], 9.6)
    t = truth("other", None, insurer=DHS, member_id=cid, member_name=pat, cases=[req, claim],
              claim_amount=m2(billed), service_dates=[iso(er)], denial_date=iso(ld), provider=HOSP,
              alternates={"insurer": ALT, "case_numbers": [[req], [claim]], "claim_amount": [None],
                          "service_dates": [[]], "provider": [None, f"Dr. {erdoc}", erdoc]})
    return out(p), t


def rotated_pa_mri(rng):
    pat, ortho, rn, md = people(rng, 4)
    cid = client_id(rng)
    pa = f"PA26-{digits(rng, 6)}"
    rcvd = dt.date(2026, 4, rng.randint(8, 10))
    nd = workday(plus(rcvd, rng.randint(4, 6)))
    planned = plus(nd, rng.randint(9, 14))
    p = LFSheet(footer="Page {n} of {nb}", footer_left="Notice UR-PA-3 (rev. 01/2026)")
    p.set_margins(18, 15, 18)
    p.add_page()
    dhs_head(p, rng, "Utilization Review Unit")
    p.line(f"Date of this notice: {dmy_dash(nd)}", 10, "B")
    p.ln(3)
    p.addr_pairs_right([pat, *tk_address(rng)],
                       [("Approval request", pa), ("Client ID", cid_sp(cid)), ("Requested by", f"Dr. {ortho}"),
                        ("Practice", ORTHO), ("Service", "MRI of the left knee (CPT 73721)"),
                        ("Where", IMG), ("Planned for", long(planned)), ("Received", mdy_dots(rcvd))],
                       split=0.44, cap_w=32, size=8.8)
    p.heading("Your doctor's request for a knee MRI is not approved", 12)
    p.para(f"Dear {pat}:", 10)
    p.para(f"Dr. {ortho} of {ORTHO} asked us to approve an MRI of your left knee at {IMG}. We reviewed the "
           "request, the office notes and the x-ray report that came with it.", 10)
    p.para("**Our decision.** We cannot approve the MRI now. The information we received does not show that you "
           "have had at least six weeks of physical therapy or a home exercise program for the knee pain, or that "
           "the knee locks, gives way or was injured in a way that needs an MRI sooner. Step Up Health approves an "
           "MRI of the knee when one of those is shown in the records (Tamarack Medicaid Imaging Criteria, "
           "section 4.2). A nurse reviewer and a physician reviewer both looked at your records.", 10)
    p.para(f"Dr. {ortho.split()[-1]}'s office can send us new records at any time, and we will look again. You can "
           "ask for a free copy of the criteria we used and of the papers we looked at.", 10)
    p.para("**If you disagree.** You or your doctor may ask us to reconsider within 60 calendar days from the date "
           "on this notice. Call the Utilization Review Unit or write to us at the address above. If we do not "
           "change our decision, you may then ask for a fair hearing; our reconsideration letter will tell you how.",
           10)
    p.two_sigs([rn + ", RN", "Nurse reviewer"], [f"{md}, MD", "Medical director"])
    t = truth("denial_letter", "medical_necessity", insurer=DHS, member_id=cid, member_name=pat, cases=[pa],
              service_dates=[iso(planned)], denial_date=iso(nd), provider=f"Dr. {ortho}",
              appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": ALT, "provider": [ortho, ORTHO, IMG]})
    return out(p), t


def faxstd_stack(rng):
    pat, att, officer, front = people(rng, 4, sexes="F")
    cid = client_id(rng)
    rev = f"AR-26-{digits(rng, 5)}"
    home = tk_address(rng)
    claim = f"2026{rng.randint(60, 79)}{digits(rng, 9)}"
    a = dt.date(2026, 2, rng.randint(2, 5))
    b = plus(a, 3)
    app_in = dt.date(2026, 3, rng.randint(2, 5))
    asked = dt.date(2026, 4, rng.randint(6, 9))
    dd = workday(dt.date(2026, 5, rng.randint(4, 6)))
    lines = [("Room and board, semi-private (3 days)", 3 * rng.choice([2140.0, 2275.0])),
             ("Laboratory", rng.choice([1186.4, 972.35])), ("Imaging (CT abdomen)", 1648.0),
             ("Pharmacy", rng.choice([611.8, 548.25])), ("Emergency department", 2315.0)]
    billed = round(sum(x for _, x in lines), 2)
    sd = plus(dd, rng.randint(3, 6))
    sent = plus(sd, rng.randint(4, 7))
    cover = office_cover(PRACTICE, ["Family medicine  |  412 Ferry Landing Rd, Hollins Ferry, TK 73140",
                                    f"Phone {phone(rng, '573')}  |  Fax {phone(rng, '573')}"],
                         LEGAL, phone(rng, '573'), f"{front}, front office", f"{sent.month}/{sent.day}/26",
                         f"Our patient {pat}", 4,
                         [f"Attached: the State's review decision and {HOSP}'s statement, as {pat.split()[0]} asked "
                          "us to send them to you. Call us if you need her visit notes."])
    # document 1: agency review decision, two pages
    d = LFSheet(footer="Page {n} of {nb}", footer_left=f"Decision DHS-AR-4 (01/2026)  |  Notice mailed {long(dd)}",
                every=f"Review no. {rev}  |  Claim {claim}  |  Client ID {cid}")
    d.set_margins(18, 17, 18)
    d.add_page()
    dhs_head(d, rng, "Agency Review Office")
    d.line(f"Decision date: {ymd_slash(dd)}", 10, "B")
    d.ln(2)
    d.addr_kv([pat, *home],
              [("Review no.", rev), ("Client ID", cid), ("Claim", claim), ("Hospital", HOSP),
               ("Stay", f"{slash(a)} - {slash(b)}"), ("You asked", slash(asked))], w=92, cap_w=26)
    d.heading("Decision on your request for an agency review", 12)
    d.para(f"Dear {pat}:", 10)
    d.para(f"You asked us to look again at our refusal to pay {HOSP}'s claim for your stay from "
           f"{a.strftime('%B %-d')} through {long(b)}. Dr. {att} was your attending doctor. The hospital billed "
           f"{usd(billed)}. We read your request, the hospital's claim and your application file.", 10)
    d.para(f"**We agree with the first decision.** Your application for {PROG} reached us on {long(app_in)}. "
           f"Step Up Health coverage starts on the first day of the month in which we receive the application, so "
           f"your coverage started on March 1, 2026. It does not reach back to earlier months. Your stay was in "
           "February, before your coverage started, so Step Up Health cannot pay for it.", 10)
    d.heading("What we looked at", 10.5)
    d.bullets([f"Your request for an agency review, dated {long(asked)}, and the letter from your doctor's office.",
               f"The claim {HOSP} sent us and the hospital's discharge summary.",
               f"Your {PROG} application, the date stamp showing when it reached us and your eligibility notice.",
               "Tamarack Administrative Rule 160:12-2-5, which sets the first day of Step Up Health coverage."], 9.8)
    d.add_page()
    d.para("You wrote that you could not apply sooner because you were in the hospital. We understand. The rule "
           "does not let us start coverage earlier for that reason, and the hospital's claim was not sent for a "
           "month when you had coverage.", 10)
    d.para(f"{HOSP} has a financial assistance program for people with low incomes. Ask its billing office about it "
           "before you pay the bill.", 10)
    d.heading("If you still disagree", 10.5)
    d.para("This is our final decision on the agency review. You can ask for a fair hearing with the Tamarack Office "
           "of Administrative Hearings within 90 days of the date this decision was mailed. Send a copy of this "
           "decision with your request.", 10)
    d.signoff(["Agency Review Office", officer, "Review officer"], 9.6)
    d_a = (out(d), truth("denial_letter", "eligibility", insurer=DHS, member_id=cid, member_name=pat,
                         cases=[rev, claim], claim_amount=m2(billed), service_dates=[f"{iso(a)}/{iso(b)}"],
                         denial_date=iso(dd), provider=HOSP,
                         alternates={"insurer": ALT, "case_numbers": [[rev], [claim]],
                                     "provider": [f"Dr. {att}", att]}))
    # document 2: the hospital's statement (a real bill)
    acct = f"SB{digits(rng, 8)}"
    h = LFSheet(footer=None, footer_left=f"Statement date {slash(sd)}  |  Account {acct}")
    h.set_margins(16, 14, 16)
    h.add_page()
    h.head(HOSP, "SBH", ["Patient Financial Services  |  600 Mercy Ridge Rd, Silver Fork, TK 73122",
                         f"Billing questions {phone(rng, '573')}  |  Financial assistance {phone(rng, '573')}"],
           box="PATIENT STATEMENT", size=12)
    W = h.w - h.l_margin - h.r_margin
    h.capstrip([("STATEMENT DATE", slash(sd)), ("ACCOUNT NUMBER", acct), ("PATIENT", pat),
                ("AMOUNT DUE", usd(billed))], [W * 0.2, W * 0.24, W * 0.32, W * 0.24], size=9.2)
    h.ln(3)
    for ln in [pat, *home]:
        h.line(ln, 10)
    h.ln(3)
    h.pairs([("Dates of service", f"{slash(a)} to {slash(b)}"), ("Insurance", f"Tamarack Medicaid - {PROG}"),
             ("Insurance ID", cid), ("Insurance status", "Denied - not eligible on dates of service")],
            label_w=42, size=9.4)
    h.ln(2)
    h.table(["Description", "Charges"], [[s, usd(x)] for s, x in lines] +
            [["Total charges", usd(billed)], ["Insurance payments", "$0.00"], ["Balance due from you", usd(billed)]],
            [W * 0.72, W * 0.28], size=9, aligns=["L", "R"], bold_last=True)
    h.para(f"Your insurance did not pay this stay, so the balance is now yours. Please pay by {long(plus(sd, 30))} or "
           "call us to set up a payment plan. You may qualify for free or reduced-cost care; ask for a financial "
           "assistance application.", 9.4)
    d_b = (out(h), truth("other", None, insurer=None, member_id=cid, member_name=pat, cases=[],
                         claim_amount=m2(billed), service_dates=[f"{iso(a)}/{iso(b)}"], denial_date=iso(sd),
                         provider=HOSP, unscored=["insurer"], alternates={"member_id": [None]}))
    return cover, [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_remittance_unruled_two_pages_code_only_on_back", "born_digital", [born_ra(rng)]),
        Item(F + "finefax_three_page_claim_notice_running_header_lab_after_coverage_end", "fax_fine_g4",
             [finefax_claim_notice(rng)]),
        Item(F + "lowres_notice_of_action_coverage_ends_case_no_only_in_subject", "scan_lowres_150",
             [lowres_coverage_end(rng)]),
        Item(F + "phone_es_viajes_a_citas_no_cubiertos_empresa_de_camionetas", "phone_photo", [phone_es_rides(rng)]),
        Item(F + "photocopy_two_column_good_cause_approved_er_claim_reprocessed", "photocopy",
             [photocopy_good_cause(rng)]),
        Item(F + "rotated_prior_approval_mri_not_shown_therapy_tried_nurse_and_medical_director", "rotated",
             [rotated_pa_mri(rng)]),
    ]
    cover, docs = faxstd_stack(rng)
    items.append(Item(F + "faxstd_stack_office_cover_review_upheld_no_retro_upside_down_then_hospital_statement",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(0, 1): 180}))
    return items
