"""Papers mirrored (structure and plain wording style only) from the US Family Health Plan (USFHP), the TRICARE Prime
option that the Department of Defense offers through a few not-for-profit health systems called designated providers:
an enrollee gets care from the designated provider's own doctors, hospitals and contracted practices, with a primary
care manager (PCM) who sends the enrollee to specialists; care from anyone else is paid only in an emergency or when
the plan approved it first; eligibility follows the Defense Enrollment Eligibility Reporting System (DEERS), where a
sponsor's child stays eligible to age 21, or to 23 while a full-time student; a claim must be filed within one year of
the date of service; a refusal may be reconsidered by the designated provider and then reviewed by TRICARE (formal
review). The US Family Health Plan, TRICARE, DEERS, TRICARE Young Adult, the age limits and the one-year filing limit
appear as themselves; the designated provider (Larkspur Bay Health Partners), every clinic, hospital, imaging centre,
doctor, sponsor, family member, representative, enrollee number, claim and file number, amount, address and every other
time limit (90 days to ask for a reconsideration, 60 days for the formal review, the copays) are invented, phones 555.
No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_landscape_eob_daughter_ent_without_pcm_referral: a landscape EOB to a retired sponsor about his
  daughter with many narrow columns (claim numbers broken over two lines, dates as "17MAR26", a referral column), an
  enrollee number with a "*03" suffix beside the sponsor's DoD ID, an "amount you may owe" band with "THIS IS NOT A
  BILL" beside the copay, an earlier claim in a claims-history box, a footer "Revised 11/2024"; one two-line ENT claim
  refused because no PCM referral was on file (prior_authorization); "within 90 days of the date of this statement".
- scan_referral_approved_shoulder_consult_tear_off_slip: an approval of a referral from the PCM at a family practice
  to a surgeon of a hospital's orthopaedic department (referring and performing doctor, facility and department),
  "Auth ref." printed with dashes and again plain on a tear-off slip with values above their captions, a validity
  starting "the 4th of March 2026" and a first appointment; denies nothing.
- faxstd_provider_notice_physical_therapy_practice_without_agreement: a notice faxed to a physical therapy practice
  with captions in the shaded left column of a two-column box ("Our file", "Your reference" = the practice's account
  number, "Enrollee #" with O, I and S among the digits and a "-02" suffix), the letter dated "Apr. 8, '26", four
  visits in ISO dates, "USD 1,234.50" amounts, the reason told without the word network (out_of_network);
  "within 90 days of the date of this notice".
- phone_es_hija_cumplio_21_sin_constancia_de_estudios: a photographed Spanish letter to a mother (the sponsor) about
  her daughter's dermatology visit after the daughter turned 21 with no full-time student record in DEERS
  (eligibility), the amount in Spanish words beside "US$ 368.00", "Expediente" and "Reclamación" numbers, a DBN as a
  decoy; "dentro de 90 días a partir de la fecha de esta carta".
- photocopy_prose_only_reconsideration_to_son_mri_not_approved_first: a reconsideration decision written only in
  sentences (no key/value block) to a son who is his father's authorized representative: an MRI at an imaging centre
  outside the plan that nobody asked the plan about first stays refused (prior_authorization); the claim number
  printed with dashes and again plain, a matter number, the amount in words beside digits, a received date "the 1st
  of April 2026" and the appeals P.O. box as decoys; formal review "within 60 days of the date of this decision".
- rotated_guardian_request_outside_neurologist_not_approved: a pre-service decision form fed turned, a guardian named
  at the top above the ward, values above their captions, ISO dates, a referring PCM and a requested neurologist of a
  university hospital's division; a plan neurologist can see him, so the outside visit is not approved
  (out_of_network); "Ask by" a printed date.
- lowres_stack_florida_follow_up_visits_then_cancun_claim_filed_late_page2_upside_down: a 150 dpi stack: a letter to a
  sponsor about his son that paid an emergency visit in Florida (decoy claim and amount) but not two follow-up visits
  at the same walk-in clinic, never approved ("426.00 USD"; prior_authorization; "within 90 days of the date of this
  letter"), the duplex back of its sheet, then a two-page letter refusing a retiree's own claim for a clinic visit in
  Cancún filed 14 months after the visit (timely_filing; pesos and dollars; "must reach us by" a date), its page 2 with
  the facts table and "Revised 11/2024" fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeg_famkd import (EGSheet, apos, cents, code_after, es_date, first_last, grouped, iso, kin, long,
                               lookalike, mil, n2, on_weekday, people, plus, slash, the_nth, tollfree, usd,
                               usd_code, words, words_es, workday, yy)
from public_kit import digits, m2, out, truth

FAMILY = "usfhp_designated_provider_referral_network_and_enrollment_refusals"
LANG = "en"
SEED = 354963
PLAN = "US Family Health Plan"
DP = "Larkspur Bay Health Partners"
ALT = ["US Family Health Plan at Larkspur Bay Health Partners", DP, "USFHP", "TRICARE",
       "US Family Health Plan (USFHP)"]
APPEALS = "USFHP Appeals Unit, P.O. Box 41870, Annapolis, MD 21404-1870"
HOSP = "Larkspur Bay Medical Center"
ENT = "Larkspur Bay ENT & Allergy"
PEDS = "Bayridge Pediatric Associates"
FAMMED = "Severn Landing Family Medicine"
PT = "Patuxent Spine & Sport Physical Therapy"
DERM = "Severn River Dermatology"
MRI = "Kent Narrows Open MRI"
UNIV = "Mount Calvary University Hospital"
WALKIN = "Sandpiper Key Walk-In Clinic"
CANCUN = "Clínica Costa Turquesa"


def enrollee(rng) -> str:
    """The plan's enrollee number (invented): 'LB' + seven characters with look-alike letters among the digits."""
    return "LB" + lookalike(rng, 7)


def dod_id(rng) -> str:
    return digits(rng, 10)


def dbn(rng) -> str:
    return digits(rng, 11)


def claim_no(rng, d: dt.date) -> str:
    """26-071-004418: year, day of the year received, sequence."""
    return f"{d:%y}-{d.timetuple().tm_yday:03d}-{digits(rng, 6)}"


def md_addr(rng) -> list[str]:
    street = rng.choice(["Bay Ridge Ave", "Ritchie Hwy", "Generals Hwy", "Magothy Bridge Rd", "Forest Dr",
                         "Benfield Blvd", "Old Mill Bottom Rd"])
    town = rng.choice([("Annapolis", "21401"), ("Severna Park", "21146"), ("Arnold", "21012"),
                       ("Glen Burnie", "21061"), ("Crofton", "21114"), ("Edgewater", "21037")])
    return [f"{rng.randint(100, 2999)} {street}", f"{town[0]}, MD {town[1]}"]


def _head(p: EGSheet, rng, unit: str, box: str | None = None, es: bool = False):
    tag = ("en " if es else "at ") + DP + (" - proveedor designado de TRICARE" if es else
                                            " - a TRICARE designated provider")
    p.head(PLAN, "USFHP", [tag, f"{unit}  |  2100 Harbor Crest Blvd, Suite 400, Annapolis, MD 21401  |  "
                                f"{tollfree(rng)}  |  TTY 711"], box=box, size=13)


def _addr(p: EGSheet, lines: list[str], size: float = 10):
    for ln in lines:
        p.line(ln, size)
    p.ln(4)


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    sponsor, pcp, ent_doc, lab_doc = people(rng, 4, sex="m")
    daughter = kin(rng, sponsor, sex="f")[0]
    eid = enrollee(rng)
    sd = workday(dt.date(2026, 4, rng.randint(6, 9)))
    v1 = on_weekday(dt.date(2026, 3, 2), 0)
    v3 = plus(v1, 15)
    c1, c2, c3 = claim_no(rng, plus(v1, 3)), claim_no(rng, plus(v1, 4)), claim_no(rng, plus(v3, 6))
    b1, a1, cp = 185.0, 118.46, 22.0
    b2, a2 = 96.0, 41.12
    e1, e2 = 310.0, 265.0 + cents(rng)
    total3 = e1 + e2
    old = f"25-{rng.randint(280, 330)}-{digits(rng, 6)}"
    p = EGSheet(footer="Page {n} of {nb}", footer_left="LBHP-EOB-2   Revised 11/2024")
    p.set_margins(12, 11, 12)
    p.add_page(orientation="L")
    _head(p, rng, "Claims", box="EXPLANATION OF BENEFITS")
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("Sponsor", sponsor), ("Sponsor DoD ID", dod_id(rng)), ("Patient", daughter),
                ("Enrollee #", f"{eid}*03"), ("Statement date", iso(sd)), ("Enrollment", "TRICARE Prime - USFHP")],
               widths=[44, 32, 46, 38, 34, W - 194])
    p.ln(3)
    y0 = p.get_y()
    for ln in [sponsor, *md_addr(rng)]:
        p.line(ln, 9.6)
    p.history_box(f"Earlier claims for {first_last(daughter)} (last 12 months)",
                  ["Claim no.", "Date", "Provider", "Billed", "Status"],
                  [[old, "10/27/2025", PEDS, "240.00", "Paid"]], [28, 20, 48, 16, 14],
                  x=p.w - p.r_margin - 126, y=y0)
    p.set_y(max(p.get_y(), y0 + 22))
    rows = [[c1.replace("-", "-\n", 2).replace("\n", "", 1), "1", "03", mil(v1), f"{PEDS}\nDr. {pcp}", "PCM", "99213",
             n2(b1), n2(a1), "0.00", n2(cp), n2(a1 - cp), "P1"],
            [c2.replace("-", "-\n", 2).replace("\n", "", 1), "1", "03", mil(v1), f"{HOSP}\nLaboratory", "PCM",
             "80053", n2(b2), n2(a2), "0.00", "0.00", n2(a2), "P1"],
            [c3.replace("-", "-\n", 2).replace("\n", "", 1), "1", "03", mil(v3), f"{ENT}\nDr. {ent_doc}", "none",
             "99204", n2(e1), "0.00", n2(e1), "0.00", "0.00", "R7"],
            ["", "2", "03", mil(v3), f"{ENT}\nDr. {ent_doc}", "none", "31231", n2(e2), "0.00", n2(e2), "0.00", "0.00",
             "R7"],
            ["Totals", "", "", "", "", "", "", n2(b1 + b2 + total3), n2(a1 + a2), n2(total3), n2(cp),
             n2(a1 - cp + a2), ""]]
    widths = [22, 7, 10, 16, 52, 15, 13, 17, 17, 17, 14, 17]
    widths.append(W - sum(widths))
    p.wrap_table(["Claim no.", "Ln", "Sfx", "Svc date", "Rendering provider", "Referral", "Proc", "Billed",
                  "Allowed", "Not covered", "Copay", "Plan paid", "Rmk"], rows, widths,
                 aligns=["L", "C", "C", "L", "L", "C", "C", "R", "R", "R", "R", "R", "C"], size=7.6,
                 shade_rows={2, 3}, bold_rows={4})
    p.owe_band("Amount you may owe the providers:", usd(cp), "THIS IS NOT A BILL")
    p.legend("Remarks", [
        ("P1", "Paid under TRICARE Prime through the US Family Health Plan. The copay is the amount you pay the "
               "practice."),
        ("R7", f"Visits to a specialist are paid when the patient's primary care manager (PCM) sends the patient "
               f"there first. Our records show no such request from {PEDS} for claim no. {c3}, the visit of "
               f"{long(v3)} with Dr. {ent_doc} at {ENT} (billed {usd(total3)}). {ENT} takes part in the plan and may "
               "not bill the patient for this visit unless she agreed in writing before the visit to pay."),
    ], size=7.8)
    p.para(f"If you disagree with a decision on this statement, ask for a reconsideration in writing within 90 days "
           f"of the date of this statement. Write to {APPEALS}, and include a copy of this page.", 8.4)
    t = truth("eob", "prior_authorization", insurer=PLAN, member_id=f"{eid}*03", member_name=daughter, cases=[c3],
              claim_amount=m2(total3), service_dates=[v3.isoformat()], denial_date=sd.isoformat(), provider=ENT,
              appeal_deadline=plus(sd, 90).isoformat(),
              alternates={"insurer": ALT, "member_id": [eid], "provider": [f"Dr. {ent_doc}"]})
    return out(p), t


def scan_referral(rng):
    member, sponsor, pcp, surgeon, sig = people(rng, 5, sex="fm")
    eid = enrollee(rng)
    ld = on_weekday(dt.date(2026, 3, 2), 2)
    start = plus(ld, 2)
    appt = on_weekday(plus(ld, 6), 2)
    end = dt.date(2026, 8, 31)
    auth = f"LB-26-{ld:%m%d}-{digits(rng, 3)}"
    plain = auth.replace("-", "")
    p = EGSheet(footer="Page {n} of {nb}", footer_left="LBHP-REF-1 (rev. 11/2024)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Care Coordination", box="YOUR REFERRAL IS APPROVED")
    p.line(long(ld), 10)
    p.ln(3)
    y0 = p.get_y()
    p.kv_box([("Auth ref.", auth), ("Enrollee #", grouped(eid, (3, 3, 3))), ("Person code", "02"),
              ("Sponsor", sponsor)], cap_w=26, w=76, x=p.w - p.r_margin - 76, size=8.8)
    end_box = p.get_y()
    p.set_xy(p.l_margin, y0)
    for ln in [member, *md_addr(rng)]:
        p.line(ln, 10)
    p.set_y(max(p.get_y(), end_box) + 3)
    p.para(f"Dear Mrs. {member.split()[-1]}:", 10)
    p.para(f"Your primary care manager, Dr. {pcp} of {FAMMED}, asked us to let you see an orthopaedic surgeon about "
           f"the pain and weakness in your left shoulder. We have approved this request. You will see Dr. {surgeon} "
           f"in the Department of Orthopaedic Surgery at {HOSP}.", 10)
    p.bar("What we approved")
    p.pairs([("Performing doctor", f"Dr. {surgeon}"), ("Where", f"{HOSP}, Department of Orthopaedic Surgery"),
             ("Referred by", f"Dr. {pcp}, {FAMMED}"), ("Visits", "1 consultation and up to 4 follow-up visits"),
             ("Good from", f"{the_nth(start)} to {long(end)}"),
             ("First appointment", f"{long(appt)}, 9:40 am")], label_w=40, size=9.4)
    p.ln(2)
    p.para("The department will call you if the surgeon wants imaging or a procedure; those need their own approval, "
           "which the department asks us for. You do not pay anything for this referral beyond your usual copay.",
           9.6)
    p.para(f"Questions? Call Care Coordination at {tollfree(rng)}, Monday to Friday, 8 am to 6 pm.", 9.6)
    p.signoff(["Sincerely,", sig, "Care Coordination, US Family Health Plan"], 9.6)
    p.tear_off("Bring this part to your first appointment",
               [(first_last(member), "Enrollee", 46), (grouped(eid, (3, 3, 3)), "Enrollee #", 30),
                ("02", "Person code", 18), (plain, "Auth ref.", 33), (slash(appt), "Appointment", 24),
                ("Ortho", "Department", W_rest(p, 151))],
               note="The front desk keeps this slip with your referral.")
    t = truth("other", None, insurer=PLAN, member_id=eid, member_name=member, cases=[auth],
              service_dates=[appt.isoformat()], denial_date=ld.isoformat(), provider=f"Dr. {surgeon}",
              alternates={"insurer": ALT, "member_id": [f"{eid}-02", f"{eid}02"],
                          "provider": [HOSP, f"{HOSP}, Department of Orthopaedic Surgery", f"Dr. {pcp}", FAMMED],
                          "case_numbers": [[plain], [auth, plain]],
                          "service_dates": [[f"{start.isoformat()}/{end.isoformat()}"], []]})
    return out(p), t


def W_rest(p: EGSheet, used: float) -> float:
    return p.w - p.l_margin - p.r_margin - used


def faxstd_provider(rng):
    member, sponsor, pcm, sig = people(rng, 4, sex="fm")
    eid = enrollee(rng)
    v = [on_weekday(dt.date(2026, 3, 3), 1)]
    v += [plus(v[0], 2), plus(v[0], 7), plus(v[0], 14)]
    clm = claim_no(rng, plus(v[-1], 5))
    nd = workday(plus(v[-1], rng.randint(18, 22)))
    acct = f"PSS-{digits(rng, 5)}"
    lines = [(97161, 215.0), (97110, 148.0), (97140, 132.0), (97110, 148.0)]
    total = sum(b for _, b in lines)
    p = EGSheet(footer="Page {n} of {nb}", footer_left="LBHP-PN-4   Revised 11/2024",
                fax_hdr=f"{yy(plus(nd, 1))} 08:52   FROM: USFHP PROVIDER CLAIMS   (410) 555-{digits(rng, 4)}   P.{{n}}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Provider Claims")
    p.f(10, "B")
    p.cell(0, 5, f"Date: {apos(nd)}", align="R", new_x="LMARGIN", new_y="NEXT")
    _addr(p, [PT, "Attn: Billing Office", "77 Solomons Island Rd, Suite 3", "Prince Frederick, MD 20678"], 9.8)
    p.kv_box([("Our file", clm), ("Your reference", f"{acct} (your account no.)"),
              ("Patient", member), ("Enrollee #", f"{grouped(eid, (3, 3, 3))}-02"),
              ("Sponsor", sponsor), ("Notice date", slash(nd)), ("Billed", usd_code(total))],
             cap_w=40, size=9.2, title="CLAIM NOTICE TO PROVIDER")
    rows = [[iso(d), str(c), "1", usd_code(b), "Not payable"] for d, (c, b) in zip(v, lines)]
    rows.append(["", "", "", usd_code(total), ""])
    W = p.w - p.l_margin - p.r_margin
    p.table(["Date of service", "CPT", "Units", "Billed", "Decision"], rows, [34, 22, 16, 36, W - 108], size=8.8,
            aligns=["L", "L", "C", "R", "L"], bold_last=True)
    p.para(f"{PT} has no agreement with {DP} to care for US Family Health Plan members, and "
           f"{first_last(member)}'s primary care manager, Dr. {pcm}, did not send her to your practice or ask us to "
           "allow it. Members of this plan get their care from the doctors, hospitals and practices that work with "
           f"{DP}; someone else is paid only in an emergency or when we said yes beforehand. Therapy for a "
           "sprained ankle weeks after the injury is not an emergency, so none of the four visits can be paid.", 9.6)
    p.para("Because your practice is not under contract with us, the member may be billed by you. If you treated her "
           "in good faith after she told you she had other coverage, please send us that coverage's decision.", 9.6)
    p.para(f"You or the member may ask us to reconsider within 90 days of the date of this notice. Send the request "
           f"with our file number to {APPEALS}.", 9.6)
    p.signoff([sig, "Provider Claims, US Family Health Plan"], 9.4)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, member_id=f"{eid}-02", member_name=member,
              cases=[clm], claim_amount=m2(total), service_dates=[d.isoformat() for d in v],
              denial_date=nd.isoformat(), provider=PT, appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"insurer": ALT, "member_id": [eid]}, denial_alternates=["prior_authorization"])
    return out(p), t


def phone_es(rng):
    mother, derm, sig = people(rng, 3, es=True, sex="ff")
    daughter = kin(rng, mother, es=True, sex="f")[0]
    eid = enrollee(rng)
    bday = dt.date(2026, 2, rng.randint(9, 20))
    sv = on_weekday(dt.date(2026, 3, 4), 2)
    clm = f"26{sv.timetuple().tm_yday + 9:03d}{digits(rng, 5)}"
    exp = f"LB-26-{digits(rng, 4)}-{digits(rng, 3)}"
    ld = workday(plus(sv, rng.randint(24, 30)))
    billed = float(rng.choice([385, 412, 368]))
    p = EGSheet(footer="Página {n} de {nb}", footer_left="LBHP-ELG-3S (rev. 11/2024)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Afiliados", es=True)
    p.line(es_date(ld), 10)
    p.ln(3)
    _addr(p, [mother, *md_addr(rng)])
    p.hang([("Expediente", exp), ("Reclamación", clm), ("Paciente", daughter),
            ("Número de afiliado", f"{grouped(eid, (3, 3, 3))}"), ("Código de persona", "03"),
            ("DBN del patrocinador", dbn(rng))], cap_w=46, size=9.6)
    p.para(f"Estimada Sra. {mother.split()[-1]}:", 10)
    p.para(f"{DERM} nos envió la cuenta de la consulta de su hija {first_last(daughter)} del {es_date(sv)} con la "
           f"Dra. {derm}, por {words_es(billed)} (US$ {n2(billed)}).", 10)
    p.para(f"Según el registro de DEERS del Departamento de Defensa, su hija cumplió 21 años el {es_date(bday)}. A "
           "esa edad, los hijos de un patrocinador solo siguen teniendo TRICARE si estudian a tiempo completo (y como "
           "máximo hasta los 23 años), y en DEERS no consta ninguna constancia de estudios para ella. Por eso, desde "
           "ese día ya no figura como afiliada de nuestro plan y no podemos pagar la consulta.", 10)
    p.para("Si su hija está matriculada a tiempo completo, lleve la carta de la universidad a una oficina de "
           "identificación militar para que actualicen DEERS y vuelva a enviarnos la cuenta. Si no estudia, puede "
           "comprar TRICARE Young Adult hasta los 26 años.", 10)
    p.para("Si no está de acuerdo, puede pedirnos una reconsideración por escrito dentro de 90 días a partir de la "
           f"fecha de esta carta. Escriba a {APPEALS}.", 10)
    p.signoff(["Atentamente,", sig, "Servicios para Afiliados"], 9.6)
    t = truth("denial_letter", "eligibility", insurer=PLAN, member_id=eid, member_name=daughter, cases=[exp, clm],
              claim_amount=m2(billed), service_dates=[sv.isoformat()], denial_date=ld.isoformat(), provider=DERM,
              appeal_deadline=plus(ld, 90).isoformat(), lang="es",
              alternates={"insurer": ALT, "member_id": [f"{eid}-03", f"{eid}03"], "provider": [f"Dra. {derm}"],
                          "case_numbers": [[exp], [clm]]})
    return out(p), t


def photocopy_prose(rng):
    father, neuro, sig = people(rng, 3, sex="m")
    son = kin(rng, father, sex="m")[0]
    eid = enrollee(rng)
    sv = on_weekday(dt.date(2026, 2, 16), 3)
    clm = claim_no(rng, plus(sv, 9))
    plain = clm.replace("-", "")
    matter = f"RC-26-{digits(rng, 5)}"
    got = plus(sv, rng.randint(40, 46))
    dd = workday(plus(got, rng.randint(20, 26)))
    billed = 2140.0
    p = EGSheet(footer=None, footer_left="")
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, "Appeals Unit")
    p.line(long(dd), 10)
    p.ln(4)
    _addr(p, [son, *md_addr(rng)])
    p.para(f"Dear Mr. {son.split()[-1]}:", 10)
    p.para(f"On {the_nth(got)} we received your letter asking us to look again at claim {clm}, which you wrote as "
           f"the authorized representative of your father, {father}, whose enrollee number with us is {eid}. We have "
           f"filed your request as matter no. {matter}. This letter gives our decision.", 10)
    p.para(f"The claim is for an MRI of your father's lower back taken at {MRI} on {long(sv)}. Dr. {neuro}, the "
           f"plan neurologist who sees your father, sent him there, and {MRI} billed {words(billed).lower()} "
           f"({usd(billed)}).", 10)
    p.para(f"{MRI} does not work with {DP}. The plan pays someone outside its own group of doctors and centres only "
           "in an emergency or when we have said yes before the care is given. Nobody asked us about this MRI before "
           "it was taken: not Dr. " + neuro.split()[-1] + ", not the imaging centre and not your father. A doctor on "
           "our staff who had no part in the first decision read Dr. " + neuro.split()[-1] + "'s notes; they "
           "describe back pain of three months without any sign that the scan could not wait a few days for a plan "
           "imaging centre. We are therefore keeping the first decision, and claim " + plain + " stays unpaid.", 10)
    p.para("If you or your father still disagree, you may ask TRICARE for a formal review. The request must reach "
           "the TRICARE appeals office within 60 days of the date of this decision; send a copy of this letter with "
           "it. Our own mailing address for appeals, " + APPEALS + ", is not the place to send a formal review.", 10)
    p.para("If you have questions, call us at " + tollfree(rng) + ". People who use a TTY may call 711.", 10)
    p.signoff(["Sincerely,", "", sig, "Appeals Unit, US Family Health Plan"], 10)
    t = truth("denial_letter", "prior_authorization", insurer=PLAN, member_id=eid, member_name=father,
              cases=[clm, matter], claim_amount=m2(billed), service_dates=[sv.isoformat()],
              denial_date=dd.isoformat(), provider=MRI, appeal_deadline=plus(dd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [f"Dr. {neuro}"],
                          "case_numbers": [[clm], [matter], [matter, clm], [clm, matter, plain]]},
              denial_alternates=["out_of_network"])
    return out(p), t


def rotated_guardian(rng):
    ward, guardian, pcm, outside, plan_neuro, sig = people(rng, 6, sex="m")
    eid = enrollee(rng)
    rd = on_weekday(dt.date(2026, 3, 9), 0)
    dd = plus(rd, rng.randint(3, 5))
    appt = on_weekday(plus(dd, 20), 1)
    req = f"{dd:%y}R{digits(rng, 6)}"
    by = plus(dd, 90)
    p = EGSheet(footer="Page {n} of {nb}", footer_left="LBHP-PSD-2 (rev. 11/2024)")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, "Care Coordination", box="DECISION ON A REQUEST FOR CARE")
    y0 = p.get_y()
    end = p.rep_block("Court-appointed guardian", [guardian, "for " + ward, *md_addr(rng)], w=80)
    p.set_xy(p.l_margin, y0 + 2)
    p.line("Sent to the guardian of the enrollee", 8.4)
    p.line("Copy to the requesting PCM", 8.4)
    p.set_y(end + 4)
    W = p.w - p.l_margin - p.r_margin
    p.under([(iso(dd), "Date of decision"), (req, "Request #"), (iso(rd), "Request received")], size=9.8)
    p.under([(ward, "Enrollee"), (f"{grouped(eid, (3, 3, 3))}", "Enrollee #"), ("01", "Person code")],
            widths=[W * 0.45, W * 0.33, W * 0.22], size=9.8)
    p.under([(f"Dr. {pcm}, {FAMMED}", "Requested by (PCM)"), (iso(appt), "Planned visit")],
            widths=[W * 0.7, W * 0.3], size=9.6)
    p.under([(f"Dr. {outside}", "Doctor asked for"), (f"{UNIV}, Division of Adult Neurology", "Where")],
            widths=[W * 0.38, W * 0.62], size=9.6)
    p.checks("Decision", [(False, "Approved as asked"), (False, "Approved with changes"),
                          (True, "Not approved (reason below)")], cols=3)
    p.section("1", "Why")
    p.para(f"Dr. {pcm} asked that {first_last(ward)} see Dr. {outside} at {UNIV} about his seizures. {UNIV} does not "
           f"work with {DP}. The plan pays for a doctor outside its own group only when no doctor inside it can give "
           f"the care. Dr. {plan_neuro} at the {HOSP} Neurology Clinic treats adults with seizures and can see him "
           "within 14 days; the clinic will call you to set the time. Nothing in the request shows a need that "
           "clinic cannot meet.", 9.6)
    p.section("2", "If you disagree")
    p.para(f"You may ask us to reconsider. Ask by {long(by)}: write to {APPEALS} or call {tollfree(rng)}. If waiting "
           "could seriously harm his health, ask for a fast decision.", 9.6)
    p.signoff([sig, "Nurse reviewer, for the Medical Director"], 9.2)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, member_id=eid, member_name=ward, cases=[req],
              service_dates=[appt.isoformat()], denial_date=dd.isoformat(), provider=f"Dr. {outside}",
              appeal_deadline=by.isoformat(),
              alternates={"insurer": ALT, "member_id": [f"{eid}-01", f"{eid}01"],
                          "provider": [UNIV, f"{UNIV}, Division of Adult Neurology", f"Dr. {pcm}"],
                          "service_dates": [[]]})
    return out(p), t


def lowres_stack(rng):
    # A: emergency paid, follow-up visits at the same out-of-area walk-in clinic never approved
    sponsor, clin, sig = people(rng, 3, sex="m")
    son = kin(rng, sponsor, sex="m")[0]
    eid = enrollee(rng)
    er = on_weekday(dt.date(2026, 3, 26), 5)
    f1, f2 = plus(er, 4), plus(er, 9)
    er_clm = claim_no(rng, plus(er, 5))
    clm = claim_no(rng, plus(f2, 6))
    ld = workday(plus(f2, rng.randint(20, 26)))
    er_billed = 688.0
    fb = [(165.0, 48.0), (165.0, 48.0)]
    total = sum(a + b for a, b in fb)
    a = EGSheet(footer="Page {n} of {nb}", footer_left="LBHP-CL-7 (rev. 11/2024)")
    a.set_margins(18, 14, 18)
    a.add_page()
    _head(a, rng, "Claims")
    a.line(long(ld), 10)
    a.ln(3)
    _addr(a, [sponsor, *md_addr(rng)])
    a.beside([[("Enrollee #", grouped(eid, (3, 3, 3))), ("Person code", "04")],
              [("Patient", son), ("Our file", clm)]], cap_w=22, size=9.0)
    a.para(f"Dear {first_last(sponsor)}:", 10)
    a.para(f"While your family was in Florida, {first_last(son)} was seen at {WALKIN} in Destin on {long(er)} for a "
           f"deep cut on his foot. That was an emergency, and we paid the clinic's bill of {n2(er_billed)} USD "
           f"(our file {er_clm}).", 10)
    a.para(f"The clinic then saw him twice more, on {slash(f1)} and {slash(f2)}, to check the wound and take out "
           f"the stitches, and billed {code_after(total)} for those two visits. Once an emergency is over, further "
           "care away from home is paid only if his primary care manager or our Care Coordination team said yes "
           "before it was given. Nobody called us, so those two visits are not paid. Care like a wound check could "
           "also have waited for his own doctor at home.", 10)
    a.table(["Date", "Service", "Billed", "Paid"],
            [[slash(f1), "Office visit 99213", n2(fb[0][0]), "0.00"],
             [slash(f1), "Dressing supplies", n2(fb[0][1]), "0.00"],
             [slash(f2), "Office visit 99212, suture removal", n2(fb[1][0]), "0.00"],
             [slash(f2), "Dressing supplies", n2(fb[1][1]), "0.00"], ["", "Total for these visits", n2(total), "0.00"]],
            [28, 86, 28, 28], size=8.8, aligns=["L", "L", "R", "R"], bold_last=True)
    a.para("If you disagree, you may ask us for a reconsideration within 90 days of the date of this letter. Write to "
           f"{APPEALS}.", 10)
    a.signoff(["Sincerely,", sig, "Claims Department, US Family Health Plan"], 9.6)
    d_a = (out(a), truth("denial_letter", "prior_authorization", insurer=PLAN, member_id=eid, member_name=son,
                         cases=[clm], claim_amount=m2(total), service_dates=[f1.isoformat(), f2.isoformat()],
                         denial_date=ld.isoformat(), provider=WALKIN, appeal_deadline=plus(ld, 90).isoformat(),
                         alternates={"insurer": ALT, "member_id": [f"{eid}-04", f"{eid}04"]},
                         denial_alternates=["out_of_network"]))
    # B: a retiree's own claim for a clinic visit abroad sent 14 months after the visit
    retiree, doc_mx, sig2 = people(rng, 3)
    eid2 = enrollee(rng)
    sv = dt.date(2025, 1, rng.randint(12, 20))
    recd = dt.date(2026, 3, rng.randint(16, 20))
    clm2 = claim_no(rng, recd)
    nd = workday(plus(recd, rng.randint(14, 20)))
    by = plus(nd, 90)
    mxn, usd_amt = 18450.0, 1062.34
    b = EGSheet(footer="Page {n} of {nb}", footer_left="LBHP-TF-1   Revised 11/2024",
                every=f"{retiree}  |  Enrollee # {grouped(eid2, (3, 3, 3))}  |  page {{n}}")
    b.set_margins(19, 15, 19)
    b.add_page()
    _head(b, rng, "Claims")
    b.line(long(nd), 10)
    b.ln(3)
    _addr(b, [retiree, *md_addr(rng)])
    b.kv_box([("Enrollee #", grouped(eid2, (3, 3, 3))), ("Person code", "01"), ("Our file", clm2),
              ("Claim received", slash(recd))], cap_w=34, w=96, size=9.2)
    b.para(f"Dear {first_last(retiree)}:", 10)
    b.para(f"Thank you for sending us the receipt from {CANCUN} in Cancún, Mexico, where Dr. {doc_mx} treated you "
           f"for an ear infection while you were travelling. We are sorry, but we cannot pay it.", 10)
    b.para("TRICARE pays a claim only when it is filed within one year of the date the care was given. Your visit "
           f"was on {long(sv)}; your claim form and receipt reached us on {long(recd)}, more than a year later. "
           "The one-year limit can be set aside only when something outside your control kept you from filing, such "
           "as a long stay in hospital or a mistake by the plan. Your claim does not tell us of anything like that.",
           10)
    b.bar("If you want us to look again")
    b.para(f"If something did keep you from filing on time, tell us what it was and send any papers that show it. "
           f"Your request must reach us by {long(by)} at {APPEALS}.", 10)
    b.add_page()
    b.bar("The claim we received")
    W = b.w - b.l_margin - b.r_margin
    b.table(["Our file", "Date of care", "Clinic", "Amount on receipt", "In dollars (card)", "Decision"],
            [[clm2, slash(sv), CANCUN, f"MXN {n2(mxn)}", usd_code(usd_amt), "Filed late"]],
            [30, 24, 40, 32, 30, W - 156], size=8.6, aligns=["L", "L", "L", "R", "R", "L"])
    b.para(f"The clinic's receipt is in Mexican pesos. Your card statement shows the charge as {usd_code(usd_amt)}; "
           "that is the amount we would have used had the claim been filed in time.", 9.6)
    b.para("Keep this letter with your records. For questions call " + tollfree(rng) + " (TTY 711).", 9.6)
    b.signoff(["Sincerely,", sig2, "Claims Department, US Family Health Plan"], 9.6)
    d_b = (out(b), truth("denial_letter", "timely_filing", insurer=PLAN, member_id=eid2, member_name=retiree,
                         cases=[clm2], claim_amount=m2(usd_amt), service_dates=[sv.isoformat()],
                         denial_date=nd.isoformat(), provider=CANCUN, appeal_deadline=by.isoformat(),
                         alternates={"insurer": ALT, "member_id": [f"{eid2}-01", f"{eid2}01"],
                                     "provider": [f"Dr. {doc_mx}"], "claim_amount": [m2(mxn)]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    return [
        Item(F + "born_digital_landscape_eob_daughter_ent_without_pcm_referral", "born_digital", [bd_eob(rng)]),
        Item(F + "scan_referral_approved_shoulder_consult_tear_off_slip", "scan_clean_300", [scan_referral(rng)]),
        Item(F + "faxstd_provider_notice_physical_therapy_practice_without_agreement", "fax_standard_g4",
             [faxstd_provider(rng)]),
        Item(F + "phone_es_hija_cumplio_21_sin_constancia_de_estudios", "phone_photo", [phone_es(rng)]),
        Item(F + "photocopy_prose_only_reconsideration_to_son_mri_not_approved_first", "photocopy",
             [photocopy_prose(rng)]),
        Item(F + "rotated_guardian_request_outside_neurologist_not_approved", "rotated", [rotated_guardian(rng)]),
        Item(F + "lowres_stack_florida_follow_up_visits_then_cancun_claim_filed_late_page2_upside_down",
             "scan_lowres_150", lowres_stack(rng), separators=["duplex", None], turns={(1, 1): 180}),
    ]
