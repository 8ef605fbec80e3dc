"""Claim and review notices mirrored (structure and plain wording style only) from the papers a woman enrolled in
Healthy Texas Women (HTW) gets about her clinic claims. Healthy Texas Women, HTW Plus, the Texas Health and Human
Services Commission (HHSC), the HHSC fair hearing, the nine-digit Medicaid ID shape, CPT and CARC/RARC codes appear
as themselves; the claims administrator (Caliche Ridge Health Plan), every clinic, doctor, nurse practitioner,
counselor, person, number, address and time limit here is invented. Reasons are put in the writer's own words.

Documents (8 in 7 files):
- digital_claim_summary_four_lines_new_patient_code: a born-digital claim summary to the client with four lines
  from one well-woman visit (From / To columns); the office visit billed as a new-patient visit is refused CARC 4
  with a legend while the Pap test, the chlamydia test and the pregnancy test are paid (coding_error).
- faxstd_notice_form_after_coverage_ended: a notice form on a standard fax with small capital captions ("CLIENT",
  "MEDICAID ID", "CLM NO.", "REF NO.", "DOS", "RCVD") refusing an IUD insertion done after the client's HTW
  certification period ended (eligibility).
- photocopy_claim_form_sent_after_95_days_to_representative: a photocopied caption form mailed to an authorised
  representative (the client's sister): a family practice's blood pressure and cholesterol visit (HTW Plus) billed
  after 95 days (timely_filing); nurse practitioner, group and clinic in separate boxes.
- phone_es_clinica_no_inscrita: a photographed Spanish letter: a clinic not enrolled as an HTW provider, the
  contraceptive implant refused (out_of_network).
- rotated_htw_plus_counseling_approval: an approval of postpartum depression counseling visits "from ... through
  ..." to a caregiver, the client only on a "For:" line, fed sideways (denies nothing).
- lowres_letter_to_mother_repeat_ultrasound_not_needed: a 150 dpi letter to the mother of a 17-year-old client
  (HTW needs a parent's consent at 15-17): "Dr. ... asked us to approve" a repeat pelvic ultrasound on or about a
  date, judged not needed (medical_necessity).
- clean_stack_laser_hair_removal_then_duplicate_claim_upside_down: a clean-scan stack of a letter refusing laser
  hair removal as not an HTW benefit (not_covered), its blank duplex back and, upside down, a letter refusing a
  second copy of a mammogram claim as a duplicate (other).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddt_famdtd import DTSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "healthy_texas_women_program_claim_denial"
LANG = "en"
SEED = 353701
INS = "Caliche Ridge Health Plan"
ALT = ["Caliche Ridge"]
ORDS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
        "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first"]


FEMALE = ["Dolores", "Yesenia", "Mei", "Lucille", "Ingrid", "Nadia", "Colleen", "Marisol", "Beatriz", "Wanda",
          "Paulette", "Rosalind"]


def folks(rng, n: int, women=(0,)) -> list[str]:
    """people(), with the client (an HTW client is a woman) and any mother given a woman's first name; no first or
    last name is shared."""
    got = people(rng, n)
    for i in women:
        firsts = {g.split()[0] for g in got}
        lasts = {g.split()[-1] for g in got}
        while True:
            full = people(rng, 1)[0]
            first, last = full.split()[0], full.split()[-1]
            if first in FEMALE and first not in firsts and last not in lasts:
                got[i] = full
                break
    return got


def mid(rng):
    return digits(rng, 9)


def clm(rng):
    return f"26{digits(rng, 4)}{digits(rng, 6)}"


def phone(rng, area="888"):
    return f"{area}-555-{digits(rng, 4)}"


def tx_address(rng):
    """A Texas street address (invented): the program's clients live in Texas."""
    city, z = rng.choice([("Lubbock", "794"), ("Laredo", "780"), ("Abilene", "796"), ("Tyler", "757"),
                          ("Harlingen", "785"), ("Odessa", "797"), ("Beaumont", "777"), ("Waco", "767")])
    return [f"{rng.randint(100, 9899)} {rng.choice(['Mesquite St', 'Calle Nopal', 'Old Ranch Rd', 'Pecan Grove Dr', 'E 19th St', 'Live Oak Ln'])}",
            f"{city} TX {z}{rng.randint(10, 99)}"]


def words(d: dt.date) -> str:
    return f"the {ORDS[d.day]} of {d.strftime('%B')}"


def _head(p: DTSheet, rng, unit="Healthy Texas Women Claims"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Austin TX 78714-{digits(rng, 4)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.f(7)
    p.cell(0, 3.6, "Administering Healthy Texas Women claims for the Texas Health and Human Services Commission",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def digital_summary(rng):
    member, np_, pharm = folks(rng, 3)
    m = mid(rng)
    v = dt.date(2026, 3, rng.randint(3, 20))
    sd = plus(v, rng.randint(24, 34))
    n = clm(rng)
    clinic = "Mesquite Flats Women's Clinic"
    lines = [("99204", "Office visit, new patient", amount(rng, 160, 230), False),
             ("88175", "Pap test (cervical cytology)", amount(rng, 48, 80), True),
             ("87491", "Chlamydia test", amount(rng, 45, 75), True),
             ("81025", "Urine pregnancy test", amount(rng, 12, 25), True)]
    tot = round(sum(b for _, _, b, _ in lines), 2)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 14, 14)
    p.add_page()
    _head(p, rng)
    p.title_bar("HEALTHY TEXAS WOMEN - CLAIM SUMMARY", "This is not a bill.  Form CR-HTW-CS (rev. 10/2025)")
    p.addr_pair("Mailed to", [member, *tx_address(rng)], "About this claim",
                [f"Claim number  {n}", f"Medicaid ID  {m}", f"Summary date  {fdate(sd, 'long')}",
                 f"Date of birth  {fdate(dt.date(rng.randint(1984, 2004), rng.randint(1, 12), rng.randint(1, 28)), 'slash')}"])
    p.para(f"**Provider:** {clinic} (billing NPI {digits(rng, 10)}), seen by {np_}, WHNP. "
           f"Patient account {digits(rng, 3)}-{digits(rng, 5)}.", 8.8)
    rows, paid_tot = [], 0.0
    for code, desc, b, ok in lines:
        pd = round(b * 0.55, 2) if ok else 0.0
        paid_tot += pd
        rows.append([fdate(v, "slash"), fdate(v, "slash"), code, desc, money(b, "nosign"), money(pd, "nosign"),
                     "0.00", "A2" if ok else "CO-4"])
    rows.append(["", "", "", "Claim total", money(tot, "nosign"), money(round(paid_tot, 2), "nosign"), "0.00", ""])
    p.table(["From", "To", "CPT", "Service", "Billed", "HTW paid", "You owe", "Code"], rows,
            [20, 20, 15, 58, 18, 18, 16, 22.9], size=8, aligns=["L"] * 4 + ["R"] * 3 + ["C"], bold_last=True)
    p.bar("WHAT THE CODES MEAN", 9)
    p.para("A2: paid as billed under Healthy Texas Women. CO-4: the clinic billed your office visit as a visit for a "
           "new patient (99204). Our records show the clinic saw you in 2025, so the visit should have been billed "
           "as an established-patient visit. The clinic may send a corrected claim. You do not owe anything for "
           "this line; HTW clients do not pay for covered services.", 8.8)
    p.para(f"If you disagree with this decision you may ask for an appeal within 60 days of the date of this "
           f"summary. You may also ask HHSC for a fair hearing within 120 days. Questions: {phone(rng)}. "
           f"Pharmacy questions go to {pharm} at the HTW pharmacy line, {phone(rng, '866')}.", 8.6)
    t = truth("eob", "coding_error", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(lines[0][2]), service_dates=[v.isoformat()], denial_date=sd.isoformat(),
              provider=np_, appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [clinic]})
    return out(p), t


def faxstd_elig(rng):
    member, doc, rev = folks(rng, 3)
    m = mid(rng)
    end = dt.date(2026, 1, 31)
    v = dt.date(2026, 2, rng.randint(9, 26))
    rc = plus(v, rng.randint(8, 15))
    nd = plus(rc, rng.randint(10, 20))
    n = clm(rng)
    ref = f"UM {digits(rng, 4)} {digits(rng, 4)}"
    b1, b2 = amount(rng, 520, 780), amount(rng, 180, 260)
    billed = round(b1 + b2, 2)
    clinic = "Sotol Springs Family Health Center"
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  CRHP HTW CLAIMS  {phone(rng, '512')}  P.{{n}}"
    p = DTSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng)
    p.title_bar("NOTICE OF CLAIM DENIAL - HEALTHY TEXAS WOMEN", "Form CR-HTW-12  rev. 02/2026")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("NOTICE DATE", fdate(nd, "slash")), ("CLIENT", member), ("MEDICAID ID", m)], [34, 80, W - 114])
    p.form_band([("CLM NO.", n), ("REF NO.", ref), ("RCVD", fdate(rc, "slash")), ("CERT. PERIOD ENDED", fdate(end, "slash"))],
                [44, 44, 34, W - 122])
    p.form_band([("DOS", fdate(v, "slash")), ("RENDERING PROVIDER", f"Dr. {doc}"), ("FACILITY", clinic)],
                [30, 64, W - 94])
    p.ln(2)
    p.table(["CPT/HCPCS", "Description", "AMT BILLED", "PAID", "CARC"],
            [["J7298", "Levonorgestrel IUD (device)", money(b1, "nosign"), "0.00", "27"],
             ["58300", "IUD insertion", money(b2, "nosign"), "0.00", "27"],
             ["", "Claim total", money(billed, "nosign"), "0.00", ""]],
            [26, 84, 30, 24, W - 164], size=8.6, aligns=["L", "L", "R", "R", "C"], bold_last=True)
    p.para("CARC 27: expenses incurred after coverage ended. Your Healthy Texas Women certification period ended on "
           "the date in the CERT. PERIOD ENDED box. HHSC did not receive your renewal form, so you were not "
           "enrolled in HTW on the date of service. If you have renewed since, HHSC decides whether coverage can go "
           "back to that date; call 2-1-1 or your local HHSC office.", 8.6)
    p.para(f"Reviewed by {rev}, claims examiner. Ask for an appeal within 60 days of the date of this notice. "
           "A fast appeal is decided within 72 hours. You may ask HHSC for a fair hearing within 120 days. "
           f"Fax {phone(rng, '512')}.", 8.6)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=m, member_name=member, cases=[n, ref],
              claim_amount=m2(billed), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [clinic], "case_numbers": [[n]]}, type_alternates=["eob"])
    return out(p), t


def photocopy_late(rng):
    member, sister, npr, md = folks(rng, 4)
    m = mid(rng)
    v = dt.date(2026, 1, rng.randint(5, 22))
    rc = plus(v, rng.randint(100, 112))
    nd = plus(rc, rng.randint(7, 14))
    n = clm(rng)
    b = amount(rng, 140, 210)
    grp = "Huisache Creek Family Medicine, PA"
    site = "Huisache Creek Clinic - Alice"
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "HTW Plus Claims")
    p.title_bar("CLAIM DETERMINATION", "CR-HTW-CD (rev. 11/2025)  -  HTW Plus")
    for ln in [f"{sister}, authorized representative", *tx_address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.beside([[("NOTICE DT", fdate(nd, "abbr")), ("RCVD", fdate(rc, "slash"))],
              [("PATIENT", member), ("MEDICAID ID", m)],
              [("CLM NO.", n[:6] + " " + n[6:]), ("DOS", fdate(v, "slash"))],
              [("BILLED BY", grp), ("TAX ID", f"{digits(rng, 2)}-{digits(rng, 7)}")],
              [("RENDERING", f"{npr}, FNP"), ("SITE", site)],
              [("AMT BILLED", money(b)), ("SUPERVISING MD", f"Dr. {md}")]], cap_w=27, cap=5.6)
    p.para(f"**Decision: not paid.** This claim is for a visit on {fdate(v, 'long')} to check blood pressure and "
           "cholesterol (99214 with a lipid panel), an HTW Plus service. Providers must send a claim within 95 days "
           "of the date of service. We received this one on the date in the RCVD box, after 95 days. The provider "
           "may not bill the client for it.", 9)
    p.para("You may appeal within 60 days of the date of this notice. Fair hearing: 120 days. "
           f"Questions {phone(rng)}, TTY 711.", 8.8)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=npr,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [grp, site]}, type_alternates=["eob"])
    return out(p), t


def phone_es(rng):
    member, doc, sig = folks(rng, 3)
    m = mid(rng)
    v = dt.date(2026, 4, rng.randint(6, 24))
    nd = plus(v, rng.randint(25, 35))
    n = clm(rng)
    b1, b2 = amount(rng, 780, 960), amount(rng, 190, 260)
    billed = round(b1 + b2, 2)
    clinic = "Clínica Lomas del Río"
    p = DTSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Reclamos de Salud de la Mujer de Texas")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [member, *tx_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Número de Medicaid", m), ("Reclamo", n), ("Fecha de servicio", fdate(v, "slash"))], label_w=46,
            size=9.6)
    p.ln(2)
    p.para(f"Estimada {member}:", 10)
    p.para(f"El {fdate(v, 'long', 'es')} el Dr. {doc} de {clinic} le colocó un implante anticonceptivo. La clínica "
           f"nos cobró {money(billed)} por el implante y la colocación.", 10)
    p.para("Healthy Texas Women (Salud de la Mujer de Texas) solo paga a proveedores inscritos en el programa. "
           "Esta clínica no estaba inscrita como proveedor de HTW en esa fecha. Por eso no pagamos el reclamo. "
           "La clínica no puede cobrarle a usted. Para buscar un proveedor de HTW, visite HealthyTexasWomen.org.",
           10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede pedir una apelación dentro de 60 días a partir de la fecha de esta carta. También puede pedir una "
           f"audiencia imparcial ante HHSC. Llame al {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Clientes", 9.6)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(billed), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [clinic]})
    return out(p), t


def rotated_approval(rng):
    member, carer, lcsw, doc, cm = folks(rng, 5)
    m = mid(rng)
    nd = dt.date(2026, 6, rng.randint(2, 12))
    a = plus(nd, rng.randint(5, 10))
    b = plus(a, 83)
    ref = f"PA-{digits(rng, 8)}"
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "HTW Plus Service Approvals")
    p.para(fdate(nd, "long"), 10)
    for ln in [carer, *tx_address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.pairs([("For", member), ("Medicaid ID", m), ("Approval number", ref)], label_w=36, size=9.6)
    p.ln(2)
    p.para(f"Dear {carer}:", 10)
    p.para(f"We approved counseling for postpartum depression under HTW Plus. {lcsw}, LCSW, of Anacua Counseling "
           f"Services may see her for up to 12 visits from {fdate(a, 'long').replace(', 2026', '')} through "
           f"{fdate(b, 'long')}. Dr. {doc} asked for these visits.", 10)
    p.para(f"Her case manager, {cm}, can help schedule the visits. Approval is not a promise of payment if she is "
           "not enrolled in HTW on the day of a visit. HTW renews every 12 months.", 10)
    p.para(f"Questions: {phone(rng)} (TTY 711).", 10)
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, cases=[ref],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(), provider=lcsw,
              alternates={"insurer": ALT, "provider": [doc, "Anacua Counseling Services"], "case_numbers": [[]],
                          "service_dates": [[]]})
    return out(p), t


def lowres_mn(rng):
    teen, mother, doc, rev, sig = folks(rng, 5, (0, 1))
    m = mid(rng)
    rc = dt.date(2026, 5, rng.randint(4, 14))
    nd = plus(rc, rng.randint(3, 6))
    v = plus(nd, rng.randint(8, 14))
    ref = f"UM{digits(rng, 9)}"
    p = DTSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Utilization Review")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [mother, *tx_address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Re: {teen}, Medicaid ID {m}, request {ref}", 10)
    p.para(f"Dear {mother}:", 10)
    p.para(f"You signed the consent form for your daughter to get Healthy Texas Women services. On "
           f"{fdate(rc, 'slash')} we received a request from Dr. {doc} of Agarita Women's Health asking us to "
           f"approve a second pelvic ultrasound (76856) for her on or about {words(v)} ({fdate(v, 'slash')}).", 10)
    p.para(f"We did not approve it. She had a pelvic ultrasound on {fdate(plus(rc, -40), 'long')} that showed a "
           "small simple cyst. Cysts like this usually go away on their own, and the doctor's notes do not show "
           "new pain or other changes. A repeat ultrasound is usually done after two or three menstrual cycles, "
           f"not after six weeks. Dr. {rev}, an obstetrician and gynecologist, made this decision.", 10)
    p.para("You or Dr. " + doc.split()[-1] + " may ask for an appeal within 60 days of the date of this letter. "
           "If waiting could harm her health, ask for a fast appeal; we decide it within 72 hours. "
           f"Call {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nUtilization Review\n{INS}", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=teen, cases=[ref],
              service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": ["Agarita Women's Health"]})
    return out(p), t


def clean_stack(rng):
    member, doc, sig = folks(rng, 3)
    m = mid(rng)
    d1 = dt.date(2026, 3, rng.randint(2, 9))
    d2 = plus(d1, 28)
    nd = plus(d2, rng.randint(20, 30))
    n = clm(rng)
    ref = f"GR-{digits(rng, 6)}"
    b1, b2 = amount(rng, 220, 320), amount(rng, 220, 320)
    billed = round(b1 + b2, 2)
    spa = "Cenizo Dermatology and Laser"
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *tx_address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.boxed_pairs([("Medicaid ID", m), ("Claim number", n), ("Reference", ref), ("Amount billed", money(billed))],
                  label_w=45, size=9.4)
    p.para(f"Dear {member}:", 10)
    p.para(f"{spa} sent us a claim for laser hair removal on your face on {words(d1)} and {words(d2)}, 2026 "
           f"({fdate(d1, 'slash')} and {fdate(d2, 'slash')}). Dr. {doc} gave the treatments.", 10)
    p.para("Healthy Texas Women pays for family planning and women's health services such as well-woman exams, "
           "birth control, screenings and HTW Plus treatment. Hair removal is not one of these services, even when a "
           "doctor recommends it for a hormone condition. We cannot pay this claim.", 10)
    p.para("You may ask for an appeal within 60 days of the date of this letter, or ask HHSC for a fair hearing "
           f"within 120 days. Call {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClient Services", 10)
    d_a = (out(p), truth("denial_letter", "not_covered", insurer=INS, member_id=m, member_name=member,
                         cases=[n, ref], claim_amount=m2(billed), service_dates=[d1.isoformat(), d2.isoformat()],
                         denial_date=nd.isoformat(), provider=doc, appeal_deadline=plus(nd, 60).isoformat(),
                         alternates={"insurer": ALT, "provider": [spa], "case_numbers": [[n]]}))
    member2, rad, sig2 = folks(rng, 3)
    m2_ = mid(rng)
    v = dt.date(2026, 4, rng.randint(6, 24))
    n_first, n_dup = clm(rng), clm(rng)
    nd2 = plus(v, rng.randint(40, 50))
    b = amount(rng, 180, 260)
    ctr = "Retama Breast Imaging Center"
    q = DTSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng)
    q.para(fdate(nd2, "long"), 10)
    for ln in [member2, *tx_address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("Medicaid ID", m2_), ("Claim we did not pay", n_dup), ("Claim already paid", n_first)], label_w=52,
            size=9.6)
    q.ln(2)
    q.para(f"Dear {member2}:", 10)
    q.para(f"{ctr} sent us two claims for your screening mammogram on {fdate(v, 'long')}, read by Dr. {rad}. We "
           f"paid the first claim. The second claim, for {money(b)}, is the same service on the same day, so we "
           "did not pay it again. You do not need to do anything and you do not owe the center for this.", 10)
    q.para(f"If you disagree, you may ask for an appeal within 60 days of the date of this letter. {phone(rng)}.", 10)
    q.para(f"Sincerely,\n{sig2}\nClaims", 10)
    d_b = (out(q), truth("denial_letter", "other", insurer=INS, member_id=m2_, member_name=member2, cases=[n_dup],
                         claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd2.isoformat(),
                         provider=ctr, appeal_deadline=plus(nd2, 60).isoformat(),
                         alternates={"insurer": ALT, "provider": [rad]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "digital_claim_summary_four_lines_new_patient_code", "born_digital", [digital_summary(rng)]),
        Item(F + "faxstd_notice_form_after_coverage_ended", "fax_standard_g4", [faxstd_elig(rng)]),
        Item(F + "photocopy_claim_form_sent_after_95_days_to_representative", "photocopy", [photocopy_late(rng)]),
        Item(F + "phone_es_clinica_no_inscrita", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_htw_plus_counseling_approval", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_letter_to_mother_repeat_ultrasound_not_needed", "scan_lowres_150", [lowres_mn(rng)]),
        Item(F + "clean_stack_laser_hair_removal_then_duplicate_claim_upside_down", "scan_clean_300",
             clean_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
