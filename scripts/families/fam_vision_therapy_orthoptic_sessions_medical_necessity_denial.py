"""An invented commercial plan (Halvorsen Ridge Health Plan) refusing office-based orthoptic vision therapy
sessions (CPT 92065) for children with convergence problems, with the treating optometrist's progress report.
CPT and CARC codes appear as themselves; the plan, its guideline and remark codes, the vision centres, every
person, number and address are invented. The patient is a child; the subscriber (a parent) is a decoy. No reason
is put in the same words twice.

Documents (8 in 7 files):
- bd_family_eob_four_claims_92065_row_carc50: a landscape family EOB of four claims (the child's eye exam and
  sensorimotor exam, the 92065 sessions From/Thru, the parent's own visit); only the sessions row pays nothing
  (CARC 50, plan remark V12 in the plan's own words); plan year, deductible, DOB and check number as decoys.
- faxstd_boxed_ur_form_twelve_sessions_not_shown_needed: a boxed utilization review form on a standard fax, ticked
  checkboxes (review type, decision, reason), the requesting optometrist, the referring pediatrician, NPI, TIN,
  letter ID, received date and time, a 72-hour line as decoys; "Review ID" is the case number.
- phone_es_sesiones_codigo_que_no_corresponde: a Spanish claim letter, photographed: three sessions billed with a
  therapy code that does not match the service.
- photocopy_boxed_optometrist_progress_report: the optometrist's progress report (boxed measurements, a table of
  eight session dates, plan "8 more sessions", insurance status "appeal pending"); denies nothing.
- rotated_appeal_upheld_parent_subscriber_second_level: an upheld first-level appeal fed sideways; the reviewer,
  the parent and the prior exam's authorization as decoys; second level within 60 days.
- lowres_prose_office_sessions_home_program_instead: no labels: office sessions refused because a home-based
  computer program can do the same; the planned start date and the reference number in sentences.
- clean300_stack_out_of_network_letter_duplex_then_approval_upside_down: a letter on sessions at a centre outside
  the network, its duplex back, then an approval of a binocular vision evaluation (denies nothing) fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddq_famdqf import DQSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "vision_therapy_orthoptic_sessions_medical_necessity_denial"
LANG = "en"
SEED = 353005
INS = "Halvorsen Ridge Health Plan"
ALT = ["Halvorsen Ridge"]
PLAN = "HRHP Choice PPO 2000"
GROUP = "77120-0410"
CENTER = "Clearsight Vision Development Center"


def mid_of(rng):
    return f"HRV{digits(rng, 9)}"


def clm_of(rng):
    return f"{digits(rng, 2)}26{digits(rng, 2)}-{digits(rng, 7)}"


def child_dob(rng):
    return dt.date(rng.randint(2014, 2019), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DQSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Boise ID 837{rng.randint(10, 99)}  |  "
                 f"1-888-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def bd_eob(rng):
    child, parent, od, ped = people(rng, 4)
    mid = mid_of(rng)
    ex = dt.date(2026, 1, rng.randint(5, 16))
    s1 = plus(ex, 14)
    s2 = plus(s1, 49)
    sd = plus(s2, rng.randint(20, 30))
    src = [(child, ex, ex, f"Dr. {od}", "92004 Comprehensive eye exam", amount(rng, 180, 260)),
           (child, plus(ex, 7), plus(ex, 7), f"Dr. {od}", "92060 Sensorimotor exam", amount(rng, 110, 170)),
           (child, s1, s2, f"Dr. {od}", "92065 Orthoptic training x8", round(8 * 135.0, 2)),
           (parent, plus(ex, 3), plus(ex, 3), f"Dr. {ped}", "99214 Office visit", amount(rng, 190, 260))]
    deny = 2
    rows, claims = [], []
    for i, (pt, f, t, pv, svc, c) in enumerate(src):
        n = clm_of(rng)
        claims.append(n)
        if i == deny:
            rows.append([n, pt, fdate(f, "short"), fdate(t, "short"), pv, svc, money(c, "nosign"), "0.00", "0.00",
                         "0.00", "50 V12"])
        else:
            al = round(c * rng.uniform(0.5, 0.7), 2)
            you = 30.0 if i != 1 else 0.0
            rows.append([n, pt, fdate(f, "short"), fdate(t, "short"), pv, svc, money(c, "nosign"),
                         money(al, "nosign"), money(al - you, "nosign"), money(you, "nosign"), "45"])
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Subscriber", parent), ("Member ID", mid), ("Group", GROUP), ("Plan", PLAN),
                ("Statement date", fdate(sd, "long"))], [58, 44, 36, 50, 71.4])
    p.capstrip([("Plan year", "01/01/2026 - 12/31/2026"), ("Family deductible met", "$1,200.00 of $4,000.00"),
                ("Dependent DOB", fdate(child_dob(rng), "slash")), ("Check no. (to providers)", digits(rng, 9))],
               [58, 80, 50, 71.4])
    p.ln(3)
    p.table(["Claim #", "Patient", "From", "Thru", "Provider", "Service", "Billed", "Allowed", "Plan paid", "You owe",
             "Codes"], rows, [27, 33, 15, 15, 36, 50, 17, 17, 17, 16, 16.4], size=7.7,
            aligns=["L", "L", "L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**Codes.** 45: the charge is above the amount the provider agreed to take. 50: the plan does not find "
           "this service necessary (CARC 50). V12: the notes we were sent show reading fatigue, but the eye "
           "measurements in them are within the range expected for the child's age, and nothing shows that weekly "
           "office sessions were called for. The provider may not bill you beyond your share for this claim.", 8.4)
    p.para("**Your rights.** You may appeal within 180 days of the date of this statement. Urgent appeals are decided "
           "within 72 hours. External review: within 4 months of our final decision.", 8.4)
    t = truth("eob", "medical_necessity", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid, member_name=child,
              cases=[claims[deny]], claim_amount=m2(src[deny][5]), service_dates=[span(s1, s2)],
              denial_date=sd.isoformat(), provider=od, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None], "provider": [CENTER]})
    return out(p), t


def faxstd_ur(rng):
    child, parent, od, ped, md = people(rng, 5)
    mid = mid_of(rng)
    nd = dt.date(2026, 4, rng.randint(6, 17))
    start = plus(nd, rng.randint(18, 26))
    end = plus(start, 77)
    rid = f"UR26{digits(rng, 7)}"
    fax = (f"{nd.strftime('%b %d %Y').upper()} 11:{rng.randint(10, 59)}  HRHP UM DEPT  FAX 208-555-{digits(rng, 4)}"
           f"  ->  {CENTER.upper()}  P{{n}}")
    p = DQSheet(footer="HR-UM-114 (rev. 2026)   Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("UTILIZATION REVIEW DETERMINATION", 13, "B")
    p.ln(1)
    p.section("A", "Request")
    p.grid([[("Determination date", fdate(nd, "slash")), ("Review ID", rid), ("Letter ID", f"HL{digits(rng, 10)}")],
            [("Patient", child), ("Member ID", mid), ("Date of birth", fdate(child_dob(rng), "slash"))],
            [("Subscriber", parent), ("Group", GROUP), ("Received", f"{fdate(plus(nd, -8), 'slash')} 3:14 PM")]],
           size=8.7)
    p.checks(["Pre-service", "Concurrent", "Retrospective", "Expedited (72 hours)"], {0}, cols=4,
             caption="Review type")
    p.section("B", "Service and providers")
    p.grid([[("Service", "92065 Orthoptic training, 12 sessions"), ("Planned dates",
                                                                     f"{fdate(start, 'slash')} - {fdate(end, 'slash')}")],
            [("Requesting provider", f"Dr. {od}, OD"), ("Practice", CENTER)],
            [("Requesting NPI", digits(rng, 10)), ("Practice TIN", f"82-{digits(rng, 7)}")],
            [("Referring physician", f"Dr. {ped}"), ("Diagnosis", "H51.11 Convergence insufficiency")]], size=8.7)
    p.section("C", "Determination")
    p.checks(["Approved", "Approved in part", "Not approved"], {2}, cols=3)
    p.checks(["Benefit exclusion", "Out of network", "Clinical criteria (see below)", "Information not received"],
             {2}, cols=2, caption="Reason")
    p.para("We read the exam from Dr. " + od + " and the school nurse's note. The near point of convergence and the "
           "fusional ranges written in the exam are close to the usual values for a child of this age, and the "
           "symptom questionnaire score is low. The records do not show that twelve office sessions are needed for "
           "this child's eyes right now. Guideline HR-VIS-7 was used.", 8.9)
    p.para("The member, parent or provider may appeal within 180 days of the date of this notice. A peer-to-peer "
           f"talk with Dr. {md}, the reviewing optometrist, may be set up by calling 1-888-555-{digits(rng, 4)}. "
           "External review may be asked for within 4 months after a final decision.", 8.5)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=mid, member_name=child,
              cases=[rid], service_dates=[span(start, end)], denial_date=nd.isoformat(), provider=od,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [CENTER], "service_dates": [[start.isoformat()]]})
    return out(p), t


def phone_es(rng):
    child, od = people(rng, 2)
    mid = mid_of(rng)
    d1 = dt.date(2026, 3, rng.randint(2, 6))
    ds = [d1, plus(d1, 7), plus(d1, 14)]
    nd = plus(ds[-1], rng.randint(18, 28))
    clm = clm_of(rng)
    billed = round(3 * 142.0, 2)
    p = DQSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("AVISO SOBRE SU RECLAMO", 12.5, "B")
    p.ln(1)
    p.capstrip([("Fecha", fdate(nd, "long", "es")), ("Número de reclamo", clm), ("Número de miembro", mid)])
    p.capstrip([("Paciente", child), ("Total facturado", money(billed))], [118, 61.9])
    p.ln(3)
    p.para(f"Estimado padre, madre o tutor de {child}:", 9.8)
    p.para(f"{CENTER} nos envió un reclamo por tres sesiones de terapia visual con la Dra. {od}: el "
           f"{fdate(ds[0], 'long', 'es')}, el {fdate(ds[1], 'long', 'es')} y el {fdate(ds[2], 'long', 'es')}.", 9.8)
    p.para("El reclamo usa el código 97530, que es para actividades de terapia física u ocupacional. Las notas del "
           "centro describen ejercicios para los ojos, que tienen su propio código. Como el código del reclamo no "
           "corresponde a lo que se hizo, no podemos pagarlo así. El centro puede corregir el reclamo y enviarlo de "
           "nuevo; usted no tiene que pagar nada por ahora.", 9.8)
    p.bar("SU DERECHO A APELAR", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de este aviso. Si la salud del paciente corre "
           "peligro, pida una apelación urgente (72 horas).", 9.4)
    p.taglines()
    t = truth("denial_letter", "coding_error", insurer=INS, member_id=mid, member_name=child, cases=[clm],
              claim_amount=m2(billed), service_dates=[d.isoformat() for d in ds], denial_date=nd.isoformat(),
              provider=od, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [CENTER]})
    return out(p), t


def photocopy_report(rng):
    child, od, ped = people(rng, 3)
    mid = mid_of(rng)
    s1 = dt.date(2026, 2, rng.randint(2, 6))
    sess = [plus(s1, 7 * k) for k in range(8)]
    rd = plus(sess[-1], 3)
    p = DQSheet(footer=None)
    p.set_margins(16, 14, 16)
    p.add_page()
    p.logo_head(CENTER, "CVDC", [f"{rng.randint(100, 9800)} Riverstone Pkwy, Meridian ID 836{rng.randint(10, 99)}  |  "
                                 f"208-555-{digits(rng, 4)}  |  NPI {digits(rng, 10)}"], box="PROGRESS REPORT", size=12)
    p.grid([[("Patient", child), ("Date of birth", fdate(child_dob(rng), "slash")), ("Report date", fdate(rd, "slash"))],
            [("Insurance", INS), ("Member ID", mid), ("Chart no.", f"CV-{digits(rng, 6)}")],
            [("Treating optometrist", f"Dr. {od}, OD, FCOVD"), ("Referred by", f"Dr. {ped}"),
             ("Diagnosis", "H51.11")]], size=8.6)
    p.table(["Measure", "Initial", "Now (visit 8)", "Expected for age"],
            [["Near point of convergence (cm)", "14", "9", "< 6"],
             ["Base-out break at near (prism dioptres)", "8", "14", "> 20"],
             ["CISS symptom score", "31", "22", "< 16"],
             ["Reading speed (words/min)", "84", "96", "-"]], [80, 30, 35, 38.9], size=8.6)
    p.f(8.6, "B")
    p.cell(0, 5, "Sessions attended (92065, in office, 45 minutes):", new_x="LMARGIN", new_y="NEXT")
    p.table(["Visit"] + [str(k + 1) for k in range(8)], [["Date"] + [fdate(d, "short") for d in sess]],
            [18] + [20.7] * 8, size=8.2)
    p.checks(["Goals met - discharge", "Continue: 8 more sessions", "Refer to pediatric ophthalmology"], {1}, cols=3,
             caption="Plan")
    p.para("Insurance status: the plan did not pay visits 1-8; the family has appealed and the appeal is pending. "
           "Home exercises (pencil push-ups, Brock string) 15 minutes a day continue.", 8.8)
    p.para(f"Signed: Dr. {od}, OD", 9)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=child,
              service_dates=[d.isoformat() for d in sess], denial_date=rd.isoformat(), provider=od,
              unscored=["insurer"],
              alternates={"service_dates": [[span(sess[0], sess[-1])], []], "provider": [CENTER],
                          "denial_date": [None]})
    return out(p), t


def rotated_appeal(rng):
    child, parent, od, rev = people(rng, 4)
    mid = mid_of(rng)
    s1 = dt.date(2026, 2, rng.randint(9, 13))
    s2 = plus(s1, 42)
    nd = plus(s2, rng.randint(50, 70))
    apl = f"APL-26-{digits(rng, 6)}"
    clm = clm_of(rng)
    prior = f"PA26{digits(rng, 7)}"
    billed = round(7 * 138.0, 2)
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Appeals Unit")
    p.line("APPEAL DECISION - FIRST LEVEL", 12.5, "B")
    p.ln(1)
    p.pairs([("Date", fdate(nd, "long")), ("Appeal number", apl), ("Claim number", clm), ("Patient", child),
             ("Member ID", mid), ("Subscriber", parent), ("Provider", f"Dr. {od}, {CENTER}"),
             ("Service dates", f"{fdate(s1, 'slash')} through {fdate(s2, 'slash')}"),
             ("Amount billed", money(billed)), ("Earlier approval (eye exam)", prior)], label_w=58, size=9.2)
    p.ln(2)
    p.para(f"Dear {parent}:", 9.6)
    p.para(f"You appealed our decision on seven orthoptic training sessions for {child}. Dr. {rev}, a pediatric "
           "ophthalmologist who took no part in the first decision, read the progress report and the exam notes.",
           9.6)
    p.para("**We are keeping our decision.** The eye-teaming numbers at the start were only a little outside the "
           "usual range, and the report does not say that home exercises were tried first for a few weeks. Without "
           "that, the office sessions were more than the child's eyes needed. Our guideline HR-VIS-7 asks for a "
           "12-week home program before office therapy unless the measurements are well outside the range.", 9.6)
    p.para("**Next steps.** You may ask for a second-level appeal within 60 days of the date of this letter. You may "
           "also ask for an external review within 4 months of this letter. The earlier approval listed above was "
           "for the exam only and is not changed.", 9.4)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=child, cases=[apl, clm],
              claim_amount=m2(billed), service_dates=[span(s1, s2)], denial_date=nd.isoformat(), provider=od,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [CENTER], "case_numbers": [[apl], [clm]]})
    return out(p), t


def lowres_prose(rng):
    child, parent, od = people(rng, 3)
    mid = mid_of(rng)
    nd = dt.date(2026, 5, rng.randint(4, 15))
    start = plus(nd, rng.randint(10, 20))
    ref = f"HR{digits(rng, 9)}"
    p = DQSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [parent, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {parent}:", 10)
    p.para(f"Dr. {od} at {CENTER} asked us to approve weekly vision therapy visits in the office for your son, "
           f"{child}, starting {fdate(start, 'long')}. His member number is {mid}.", 10)
    p.para("We looked at his exam. He has trouble keeping his eyes together when he reads up close, and treatment "
           "makes sense. But the exercises he needs can be done at home on a computer program that the optometrist "
           "sets up and checks every four weeks, and your plan pays for that program and the check visits. Weekly "
           "sessions in the office are a more intensive place of care than his eyes call for right now, so we are "
           "not approving them. If the home program does not help after twelve weeks, the doctor may ask again.",
           10)
    p.para(f"You or the doctor may appeal within 180 days of the date of this letter. Please use reference {ref} "
           f"when you write or call 1-888-555-{digits(rng, 4)} (TTY 711).", 10)
    p.para(f"Sincerely,\nUtilization Management\n{INS}", 10)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=mid, member_name=child, cases=[ref],
              service_dates=[start.isoformat()], denial_date=nd.isoformat(), provider=od,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [CENTER], "service_dates": [[]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def clean300_stack(rng):
    child, parent, od, od2 = people(rng, 4)
    mid = mid_of(rng)
    oon = "Summit Peak Vision Therapy"
    nd = dt.date(2026, 6, rng.randint(1, 12))
    a = plus(nd, -rng.randint(40, 50))
    ds = [a, plus(a, 7), plus(a, 14), plus(a, 21)]
    clm = clm_of(rng)
    billed = round(4 * 165.0, 2)
    p = DQSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Claims")
    p.line("CLAIM DECISION", 12.5, "B")
    p.ln(1)
    p.boxed_pairs([("Date of this letter", fdate(nd, "abbr")), ("Claim #", clm), ("Patient", child),
                   ("Member ID", mid), ("Group", GROUP), ("Subscriber", parent),
                   ("Provider", f"{oon} (Dr. {od2})"), ("Billed", money(billed))], label_w=50)
    p.table(["Date of service", "Code", "Description", "Billed", "Plan pays"],
            [[fdate(d, "slash"), "92065", "Orthoptic training", "165.00", "0.00"] for d in ds],
            [32, 20, 70, 28, 29.9], size=8.8, aligns=["L", "L", "L", "R", "R"])
    p.para(f"{oon} does not have an agreement with us. Your plan, the Choice PPO, pays only for providers who do, "
           f"except in an emergency. {CENTER}, about 12 miles away, offers the same therapy and works with us. You "
           "may be billed by Summit Peak for these visits.", 9.4)
    p.para("You may appeal within 180 days of the date of this letter. External review: within 4 months of a final "
           "decision.", 9.2)
    d1 = (out(p), truth("denial_letter", "out_of_network", insurer=INS, group=GROUP, member_id=mid, member_name=child,
                        cases=[clm], claim_amount=m2(billed), service_dates=[d.isoformat() for d in ds],
                        denial_date=nd.isoformat(), provider=oon, appeal_deadline=plus(nd, 180).isoformat(),
                        alternates={"insurer": ALT, "provider": [od2]}))
    ad = plus(nd, rng.randint(5, 12))
    ev = plus(ad, 9)
    auth = f"PA26{digits(rng, 7)}"
    q = DQSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Utilization Management")
    q.line("APPROVAL NOTICE", 12, "B")
    q.pairs([("Date", fdate(ad, "long")), ("Patient", child), ("Member ID", mid), ("Authorization number", auth),
             ("Approved", "92060 Binocular vision evaluation, 1 visit"), ("Provider", f"Dr. {od}"),
             ("Practice", CENTER), ("Visit date", fdate(ev, "slash"))], label_w=48, size=9.4)
    q.ln(2)
    q.para("We approved this visit. After it, the doctor may send us a new request for treatment with the results.",
           9.6)
    d2 = (out(q), truth("other", None, insurer=INS, member_id=mid, member_name=child, cases=[auth],
                        service_dates=[ev.isoformat()], denial_date=ad.isoformat(), provider=od,
                        alternates={"insurer": ALT, "case_numbers": [[]], "service_dates": [[]],
                                    "provider": [CENTER]}))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_family_eob_four_claims_92065_row_carc50", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_boxed_ur_form_twelve_sessions_not_shown_needed", "fax_standard_g4", [faxstd_ur(rng)]),
        Item(F + "phone_es_sesiones_codigo_que_no_corresponde", "phone_photo", [phone_es(rng)]),
        Item(F + "photocopy_boxed_optometrist_progress_report", "photocopy", [photocopy_report(rng)]),
        Item(F + "rotated_appeal_upheld_parent_subscriber_second_level", "rotated", [rotated_appeal(rng)]),
        Item(F + "lowres_prose_office_sessions_home_program_instead", "scan_lowres_150", [lowres_prose(rng)]),
        Item(F + "clean300_stack_out_of_network_letter_duplex_then_approval_upside_down", "scan_clean_300",
             clean300_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
