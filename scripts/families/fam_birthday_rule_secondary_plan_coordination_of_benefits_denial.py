"""An invented commercial plan (Pembrook Vale Health Plan) denying a child's claims because the other parent's plan
(the invented Ashgrove Mutual Insurance Company) is primary under the birthday rule of coordination of benefits
(the plan of the parent whose birthday, month and day, falls earlier in the year pays first), asking for the primary
plan's EOB, and denying a secondary claim sent too long after the primary plan paid. Everything is invented: plans,
providers, people, numbers, addresses, amounts and limits.

Documents (8 in 7 files):
- bd_family_eob_four_claims_child_denied_birthday_rule: a family EOB, four claims for two family members, the
  provider only in a "Facility / rendering" column, payment lines "Paid to ...", the child's claim denied (other
  plan primary).
- faxstd_caption_boxes_provider_notice_resubmit_with_primary_eob: a notice to the pediatric practice under a
  standard fax header, facts in small captioned boxes (both parents' birthdays as decoys, COB case number).
- phone_spanish_letter_to_parent_birthday_rule: Spanish letter to the subscriber, dates day-first (dd/mm/yyyy) in
  a box and in words; both parents' dates of birth as decoys.
- rotated_pediatric_statement_rebilled_to_primary: the pediatric practice's statement (billing office elsewhere),
  three visits, one "denied by Pembrook Vale - other insurance primary"; denies nothing.
- lowres_no_labels_speech_therapy_case_in_barcode: a letter with no labels about speech therapy from March .. through
  March .., 2026 given by a therapist at a group practice; the case number only under a barcode.
- photocopy_appeal_upheld_custody_decree_not_received: an upheld appeal (court decree not sent), appeal number with
  spaces, claim number with dashes, an older reference, dates "03/02/2026 - 03/06/2026".
- finefax_stack_cover_cob_update_then_late_secondary_claim_turned: fax cover, a letter confirming the family's
  other coverage on file (denies nothing), then a secondary claim denied as filed after the limit, fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddm_famdme import RIGHTS_TAGS
from kit_rounddn_famdnb import DNSheet
from public_kit import FIRST, amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "birthday_rule_secondary_plan_coordination_of_benefits_denial"
LANG = "en"
SEED = 352401
INS = "Pembrook Vale Health Plan"
OTHER = "Ashgrove Mutual Insurance Company"
ALT_INS = ["Pembrook Vale Health Plan, Inc.", "Pembrook Vale"]


def family(rng):
    """(parent on our plan, other parent, child) sharing the subscriber's last name; child is 'First M. Last'."""
    sub = person(rng)
    last = sub[3]
    other = f"{rng.choice(FIRST)} {rng.choice('ACDEFGHJKLMNPRSTW')}. {last}"
    child = f"{rng.choice(FIRST)} {rng.choice('ACDEFGHJKLMNPRSTW')}. {last}"
    while child in (sub[0], other):
        child = f"{rng.choice(FIRST)} {rng.choice('ACDEFGHJKLMNPRSTW')}. {last}"
    return sub[0], other, child


def sub_id(rng):
    return f"PVH{digits(rng, 9)}"


def claim_no(rng):
    return f"26-{digits(rng, 4)}-{digits(rng, 6)}"


def bdays(rng):
    """Our subscriber born later in the year than the other parent (so the other plan is primary)."""
    ours = dt.date(rng.randint(1982, 1990), rng.randint(7, 11), rng.randint(1, 28))
    theirs = dt.date(rng.randint(1982, 1990), rng.randint(1, 5), rng.randint(1, 28))
    return ours, theirs


def _head(p: DNSheet, rng, unit: str):
    p.f(14, "B")
    p.cell(0, 6.5, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(2100, 9800)}, Dayton OH 454{rng.randint(10, 99)}  |  "
                 f"1-866-555-{digits(rng, 4)}  |  Fax 937-555-{digits(rng, 4)}  |  TTY 711",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def bd_eob(rng):
    sub, other, child = family(rng)
    sid = sub_id(rng)
    cid = f"{sid}-03"
    grp = f"G{digits(rng, 6)}"
    nd = dt.date(2026, 3, rng.randint(23, 31))
    peds = "Hollyhock Pediatrics"
    rows_spec = [(sub, "-01", "Larchmere Family Medicine", "99395"), (child, "-03", peds, "99393"),
                 (sub, "-01", "Quarry Hill Imaging", "76700"), (sub, "-01", "Fernbank Lab Services", "85025")]
    deny = 1
    rows, charges, nums, dates, paid_lines = [], [], [], [], []
    for i, (pat, sfx, prov, code) in enumerate(rows_spec):
        d = plus(nd, -rng.randint(15, 45))
        dates.append(d)
        c = amount(rng, 110, 480)
        charges.append(c)
        n = claim_no(rng)
        nums.append(n)
        if i == deny:
            rows.append([n, f"{pat} ({sfx})", prov, fdate(d, "short"), code, money(c, "nosign"), "0.00", "0.00", "C7"])
        else:
            al = round(c * 0.66, 2)
            pd = round(al * 0.8, 2)
            rows.append([n, f"{pat} ({sfx})", prov, fdate(d, "short"), code, money(c, "nosign"), money(al, "nosign"),
                         money(pd, "nosign"), "P1"])
            paid_lines.append(f"Paid to {prov}: {money(pd)} (claim {n})")
    p = DNSheet(footer="Page {n} of {nb}", footer_left="PVH-EOB-3 01/26")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Member Claims")
    y0 = p.get_y()
    p.line("Explanation of Benefits", 13, "B")
    p.line("THIS IS NOT A BILL", 8.5)
    p.ln(2)
    p.pairs([("Issued", fdate(nd, "upper")), ("Subscriber", sub), ("Subscriber ID", sid), ("Group", grp),
             ("Plan year", "01/01/2026 - 12/31/2026")], label_w=30, size=8.8, h=4.8)
    p.card([("Subscriber", f"{sub}  -01"), ("Dependent", f"{child}  -03"), ("Member ID", cid),
            ("Plan", "PV Choice PPO 1500"), ("Rx BIN", digits(rng, 6))], 116, y0, 80, "Members on this statement",
           size=7.8)
    p.set_y(max(p.get_y(), y0 + 34) + 3)
    p.table(["Claim no.", "Patient (suffix)", "Facility / rendering", "Date", "Code", "Billed", "Allowed", "Plan paid",
             "Code"], rows, [27, 38, 42, 16, 12, 15, 15, 15, 10], size=7.6,
            aligns=["L", "L", "L", "L", "L", "R", "R", "R", "C"])
    p.para("**Payments made**", 9)
    for ln in paid_lines:
        p.line(ln, 8.4)
    p.ln(2)
    p.para(f"**Claim codes.** P1 Paid at 80% after the deductible. C7 Another plan pays first. Our records show "
           f"{child} is also covered by {OTHER} through a parent. Under the birthday rule, the plan of the parent "
           "whose birthday comes earlier in the calendar year pays first for a dependent child. That plan must "
           "process this claim first; send us its EOB and we will consider the rest as the secondary plan.", 8.4)
    p.para("**Appeal rights.** You may appeal within 180 days of the date you receive this notice. If we must "
           "decide urgently, we will do so within 72 hours. You may also have a right to an external review.", 8.4)
    t = truth("eob", "other", insurer=INS, group=grp, member_id=cid, member_name=child, cases=[nums[deny]],
              claim_amount=m2(charges[deny]), service_dates=[span(dates[deny])], denial_date=nd.isoformat(),
              provider=peds, appeal_deadline=None,
              alternates={"insurer": ALT_INS, "member_id": [sid], "appeal_deadline": [plus(nd, 180).isoformat()]})
    return out(p), t


def faxstd_boxes(rng):
    sub, other, child = family(rng)
    sid = sub_id(rng)
    cid = f"{sid}-02"
    ours, theirs = bdays(rng)
    nd = dt.date(2026, 4, rng.randint(7, 18))
    vd = plus(nd, -rng.randint(20, 34))
    billed = amount(rng, 190, 460)
    n = claim_no(rng)
    cob = f"COB {digits(rng, 3)} {digits(rng, 4)}"
    grp = f"G{digits(rng, 6)}"
    group = "Wicklow Creek Pediatric Partners"
    rend = person(rng)[0]
    fax = f"{nd.strftime('%b %d %Y').upper()} 14:{rng.randint(10, 59)}  PEMBROOK VALE PROV SVC  937-555-{digits(rng, 4)}  #{{n}}"
    p = DNSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Provider Services")
    p.line("CLAIM DETERMINATION - COORDINATION OF BENEFITS", 11.5, "B")
    p.ln(1.5)
    p.grid([[("Determination date", fdate(nd, "abbr")), ("Claim no.", n), ("COB case", cob)],
            [("Patient", child), ("Member ID", cid), ("Patient DOB", fdate(dt.date(2019, rng.randint(1, 12),
                                                                                   rng.randint(1, 28)), "slash"))],
            [("Subscriber (our plan)", sub), ("Subscriber DOB", fdate(ours, "slash")), ("Group no.", grp)],
            [("Other parent", other), ("Other parent DOB", fdate(theirs, "slash")), ("Other carrier", OTHER)],
            [("Billing provider", group), ("Rendering provider", f"{rend}, MD"), ("Service date", fdate(vd, "slash"))],
            [("Total charges", money(billed)), ("Paid", "$0.00"), ("Received", fdate(plus(vd, 5), "slash"))]],
           size=8.6, cap=6.2, h=10)
    p.para(f"**Reason CO-22: this care may be covered by another payer.** Both of the patient's parents cover the "
           f"patient. Under the birthday rule, the plan of the parent whose birthday (month and day) falls first in "
           f"the year is primary. {other}'s birthday comes first, so {OTHER} is primary and {INS} is secondary.", 9)
    p.para("Bill the primary carrier first, then send us the claim with the primary carrier's EOB attached. Do not "
           "bill the family for the amount shown as denied until the primary carrier has processed the claim.", 9)
    p.para("**Provider appeal.** A written appeal must be received within 60 days from the determination date "
           "above. Secondary claims must be received within 90 days of the primary carrier's EOB date.", 9)
    t = truth("denial_letter", "other", insurer=INS, member_id=cid, member_name=child, cases=[n, cob.replace(" ", "")],
              claim_amount=m2(billed), service_dates=[span(vd)], denial_date=nd.isoformat(), provider=rend,
              appeal_deadline=plus(nd, 60).isoformat(), group=grp,
              alternates={"insurer": ALT_INS, "provider": [group], "case_numbers": [[n]]})
    return out(p), t


def phone_spanish(rng):
    sub, other, child = family(rng)
    sid = sub_id(rng)
    cid = f"{sid}-02"
    ours, theirs = bdays(rng)
    nd = dt.date(2026, 4, rng.randint(20, 28))
    vd = dt.date(2026, 3, rng.randint(2, 11))
    billed = amount(rng, 140, 390)
    n = claim_no(rng)
    clinic = "Centro Pediátrico Arroyo Claro"
    p = DNSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [sub, f"{rng.randint(100, 9800)} Calle Las Flores", f"Yuma AZ 853{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.line("Su plan es el plan secundario para su hijo(a)", 12, "B")
    p.ln(1)
    p.boxed_pairs([("Paciente", child), ("Número de miembro", cid), ("Número de reclamo", n),
                   ("Fecha de servicio", fdate(vd, "dmy", "es")), ("Proveedor", clinic),
                   ("Cargos", money(billed)), ("Su fecha de nacimiento", fdate(ours, "dmy", "es")),
                   ("Nacimiento del otro padre/madre", fdate(theirs, "dmy", "es"))], label_w=70, size=9)
    p.para(f"Estimado(a) {sub}:", 9.8)
    p.para(f"Recibimos el reclamo de {clinic} por la consulta de {child} del {fdate(vd, 'long', 'es')}. No lo "
           f"pagamos porque {child} también tiene cobertura con {OTHER} por medio de {other}. Según la regla del "
           "cumpleaños, paga primero el plan del padre o la madre cuyo cumpleaños (mes y día) llega antes en el año. "
           f"El cumpleaños de {other} llega antes que el suyo, así que {OTHER} es el plan primario.", 9.8)
    p.para("Pida al proveedor que envíe el reclamo primero a ese plan. Después, envíenos la explicación de "
           "beneficios del plan primario y revisaremos lo que quede como plan secundario.", 9.8)
    p.para("**Si no está de acuerdo.** Puede apelar por escrito dentro de 180 días a partir de la fecha de esta "
           "carta. Si su caso es urgente, decidiremos en 72 horas.", 9.8)
    p.para(f"{INS}, Unidad de Coordinación de Beneficios", 9.8)
    t = truth("denial_letter", "other", insurer=INS, member_id=cid, member_name=child, cases=[n],
              claim_amount=m2(billed), service_dates=[span(vd)], denial_date=nd.isoformat(), provider=clinic,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT_INS, "member_id": [sid]})
    return out(p), t


def rotated_statement(rng):
    sub, other, child = family(rng)
    sid = sub_id(rng)
    sd = dt.date(2026, 5, rng.randint(5, 14))
    prac = "Hollyhock Pediatrics"
    visits = sorted({plus(sd, -rng.randint(60, 80)), plus(sd, -rng.randint(35, 50)), plus(sd, -rng.randint(10, 25))})
    deny = 1
    p = DNSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(16, "B")
    p.cell(0, 7, prac, new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, f"{rng.randint(100, 9800)} Sycamore Ave, Dayton OH 454{rng.randint(10, 99)}  |  Office "
                 f"937-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)
    y0 = p.get_y()
    p.line("STATEMENT", 12, "B")
    p.pairs([("Statement date", fdate(sd, "long")), ("Patient", child), ("Responsible party", sub),
             ("Account no.", f"HP{digits(rng, 6)}"), ("Primary insurance", OTHER),
             ("Secondary insurance", f"{INS}  ID {sid}")], label_w=38, size=8.8, h=5)
    p.card([("Make checks payable to", prac), ("Mail to", "Hollyhock Billing Center"),
            ("", f"PO Box {rng.randint(1000, 9999)}, Columbus OH 432{rng.randint(10, 99)}")], 122, y0, 74,
           "Payments", size=7.6)
    p.set_y(max(p.get_y(), y0 + 36) + 3)
    rows, charges = [], []
    for i, d in enumerate(visits):
        c = amount(rng, 120, 290)
        charges.append(c)
        if i == deny:
            rows.append([fdate(d, "short"), "99214", money(c), "Pembrook Vale denied: other ins. primary; "
                         f"rebilled to Ashgrove {fdate(plus(d, 16), 'short')}", "0.00", "0.00"])
        else:
            rows.append([fdate(d, "short"), "99213", money(c), "Ashgrove paid; Pembrook Vale paid secondary",
                         money(round(c * 0.9, 2), "nosign"), money(round(c * 0.1, 2), "nosign")])
    p.table(["Date", "CPT", "Charge", "Insurance activity", "Ins. paid", "You owe"], rows, [18, 14, 20, 84, 18, 18],
            size=7.9, aligns=["L", "L", "R", "L", "R", "R"])
    p.para(f"Pembrook Vale told us that {OTHER} is {child}'s primary plan. We have sent the visit of "
           f"{fdate(visits[deny], 'short')} to Ashgrove and will bill Pembrook Vale again after Ashgrove pays. "
           "Nothing is due on that visit now.", 8.8)
    t = truth("other", None, insurer=INS, member_id=sid, member_name=child, claim_amount=m2(charges[deny]),
              service_dates=[span(visits[deny])], denial_date=sd.isoformat(), provider=prac,
              unscored=["insurer"],
              alternates={"claim_amount": [None], "service_dates": [[span(d) for d in visits]], "member_id": [None]})
    return out(p), t


def lowres_no_labels(rng):
    sub, other, child = family(rng)
    sid = sub_id(rng)
    cid = f"{sid}-04"
    nd = dt.date(2026, 4, rng.randint(13, 24))
    a = dt.date(2026, 3, rng.randint(2, 10))
    b = plus(a, 4)
    billed = amount(rng, 600, 1100)
    n = claim_no(rng)
    case = f"CB{digits(rng, 9)}"
    slp = person(rng)[0]
    group = "Bellweather Speech & Language Group"
    p = DNSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Coordination of Benefits Unit")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [sub, f"{rng.randint(100, 9800)} Prospect Hill Rd", f"Spokane WA 992{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {sub}:", 10)
    p.para(f"{group} sent us claim {n} for speech therapy that {slp}, a speech-language pathologist in that "
           f"group, gave your child {child} from {fdate(a, 'long').replace(', 2026', '')} through "
           f"{fdate(b, 'long')}. The charges were {money(billed)}. {child}'s member number with us is {cid}.", 10)
    p.para(f"We did not pay this claim. {child} is also covered by {OTHER} as a dependent of {other}. When a child "
           "is covered by both parents' plans, the plan of the parent whose birthday falls earlier in the calendar "
           f"year pays first. {other}'s birthday is earlier in the year than yours, so {OTHER} is primary. The year "
           "each parent was born does not matter.", 10)
    p.para("Please ask the therapy group to bill the primary plan first and then send us that plan's explanation of "
           "benefits. If the parents are divorced or separated and a court decree makes one parent responsible for "
           "health coverage, send us a copy of the decree.", 10)
    p.para("If you disagree, you may appeal within 180 days of the date of this letter.", 10)
    p.para("Coordination of Benefits Unit", 10)
    y = max(p.get_y() + 6, 230)
    p.barcode(p.l_margin, y, f"*{case}*", rng)
    t = truth("denial_letter", "other", insurer=INS, member_id=cid, member_name=child, cases=[n, case],
              claim_amount=m2(billed), service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=slp,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT_INS, "provider": [group], "case_numbers": [[n]]})
    return out(p), t


def photocopy_appeal(rng):
    sub, other, child = family(rng)
    sid = sub_id(rng)
    cid = f"{sid}-03"
    nd = dt.date(2026, 6, rng.randint(1, 12))
    a = dt.date(2026, 3, rng.randint(2, 9))
    b = plus(a, 4)
    billed = amount(rng, 2400, 5200)
    apl = f"AP 26 {digits(rng, 4)} {digits(rng, 2)}"
    n = claim_no(rng)
    old = f"CB{digits(rng, 9)}"
    hosp = "Marrowstone Children's Hospital"
    att = person(rng)[0]
    p = DNSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Appeals Department")
    p.line("APPEAL DECISION", 12.5, "B")
    p.ln(1)
    p.pairs([("Decision date", fdate(nd, "dash")), ("Appeal number", apl), ("Claim number", n),
             ("Earlier COB file (closed)", old), ("Patient", child), ("Member ID", cid),
             ("Facility", hosp), ("Attending", att), ("Dates of service", f"{fdate(a, 'slash')} - {fdate(b, 'slash')}"),
             ("Billed", money(billed)), ("Appeal received", fdate(plus(nd, -rng.randint(25, 40)), "slash"))],
            label_w=52, size=9.2, h=5.2)
    p.ln(2)
    p.para(f"{sub} appealed our denial of the claim from {hosp} for {child}'s stay. The appeal says that a "
           f"custody order makes {sub} responsible for {child}'s health coverage, so that {INS} should pay first. "
           f"In our letter of {fdate(plus(b, 25), 'long')} we asked for a copy of the court decree. We have not "
           "received it.", 9.2)
    p.para(f"**Decision: upheld.** Without the decree, the birthday rule applies, and {OTHER}, the plan of "
           f"{other}, remains primary. We will look at the claim again if we receive the decree or the primary "
           "plan's EOB.", 9.2)
    p.para("**Next steps.** You may ask for a second-level appeal within 60 days of the date of this decision. You "
           "may also ask for an independent external review within 4 months.", 9.2)
    p.para(f"Appeals Department, {INS}", 9.2)
    t = truth("denial_letter", "other", insurer=INS, member_id=cid, member_name=child,
              cases=[apl.replace(" ", ""), n], claim_amount=m2(billed), service_dates=[span(a, b)],
              denial_date=nd.isoformat(), provider=hosp, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT_INS, "provider": [att],
                          "case_numbers": [[apl.replace(" ", "")], [n]]})
    return out(p), t


def finefax_stack(rng):
    sub, other, child = family(rng)
    sid = sub_id(rng)
    cid = f"{sid}-02"
    ud = dt.date(2026, 2, rng.randint(2, 12))
    fax1 = f"{ud.month:02d}/{ud.day:02d}/26 09:{rng.randint(10, 59)}  PEMBROOK VALE COB  937-555-{digits(rng, 4)}  P{{n}}"
    p = DNSheet(footer=None, fax_hdr=fax1)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Coordination of Benefits Unit")
    p.line(fdate(ud, "long"), 9.5)
    p.ln(2)
    p.line(sub, 9.5)
    p.ln(2)
    p.line("WE UPDATED YOUR FAMILY'S OTHER COVERAGE", 11.5, "B")
    p.pairs([("Subscriber ID", sid), ("Dependent", f"{child} ({cid})"), ("Other plan", OTHER),
             ("Other plan's subscriber", other), ("Order for the dependent", "Other plan primary; we are secondary"),
             ("Effective", "01/01/2026")], label_w=50, size=9.2)
    p.ln(2)
    p.para("Thank you for returning the other coverage questionnaire. No claim was denied by this update. Claims "
           f"for {child} should be sent to {OTHER} first.", 9.6)
    d1 = (out(p), truth("other", None, insurer=INS, member_id=sid, member_name=child, denial_date=ud.isoformat(),
                        alternates={"insurer": ALT_INS, "member_id": [cid], "member_name": [sub]}))
    nd = dt.date(2026, 6, rng.randint(8, 18))
    vd = dt.date(2026, 1, rng.randint(12, 28))
    peob = plus(vd, 21)
    billed = amount(rng, 420, 880)
    n = claim_no(rng)
    rend = person(rng)[0]
    fax2 = f"{nd.month:02d}/{nd.day:02d}/26 16:{rng.randint(10, 59)}  PEMBROOK VALE CLAIMS  937-555-{digits(rng, 4)}  P{{n}}"
    q = DNSheet(footer=None, fax_hdr=fax2)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Member Claims")
    q.line("SECONDARY CLAIM DENIED - FILED LATE", 11.5, "B")
    q.ln(1)
    q.pairs([("Date of this notice", fdate(nd, "slash")), ("Patient", child), ("Member ID", cid),
             ("Claim number", n), ("Rendering", f"{rend}, DO"), ("Date of service", fdate(vd, "slash")),
             ("Primary EOB dated", fdate(peob, "slash")), ("Received by us", fdate(plus(peob, rng.randint(110, 130)), "slash")),
             ("Charges", money(billed))], label_w=46, size=9.3)
    q.ln(2)
    q.para(f"This claim for {child} came to us as the secondary plan with {OTHER}'s EOB. Secondary claims must "
           "reach us within 90 days of the primary plan's EOB date. It arrived later than that, so we cannot "
           "consider it.", 9.6)
    q.para("If you can show the claim was sent on time, you may appeal within 180 days of the date of this notice.",
           9.6)
    d2 = (out(q), truth("denial_letter", "timely_filing", insurer=INS, member_id=cid, member_name=child, cases=[n],
                        claim_amount=m2(billed), service_dates=[span(vd)], denial_date=nd.isoformat(), provider=rend,
                        appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT_INS},
                        denial_alternates=["other"]))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_family_eob_four_claims_child_denied_birthday_rule", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_caption_boxes_provider_notice_resubmit_with_primary_eob", "fax_standard_g4",
             [faxstd_boxes(rng)]),
        Item(F + "phone_spanish_letter_to_parent_birthday_rule", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_pediatric_statement_rebilled_to_primary", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_no_labels_speech_therapy_case_in_barcode", "scan_lowres_150", [lowres_no_labels(rng)]),
        Item(F + "photocopy_appeal_upheld_custody_decree_not_received", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "finefax_stack_cover_cob_update_then_late_secondary_claim_turned", "fax_fine_g4", finefax_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
