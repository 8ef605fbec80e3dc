"""An invented multiemployer health plan for the pipe-organ and piano-service trades: the Diapason Health Plan
(Cantorsburg, Ohio), the name under which the Board of Trustees of the invented Organ & Keyboard Trades Health and
Welfare Fund provides benefits to organ builders, voicers, pipe makers, console and windchest builders, and
independent piano technicians. Invented rules: shop members (plan OB2) earn coverage with hours their shop reports,
120 hours in a month giving coverage for the second month after it (March hours cover May); independent piano
technicians (plan PT1) pay a monthly premium and have no shop group; members who cast, cut or solder pipe metal get
blood lead tests twice a year at no cost (the Lead Program), and chelation is covered under medical policy DH-MP-31
only at a blood lead of 45 micrograms per deciliter or more, or 30 or more with symptoms; a yearly audiogram and
breathing test at no cost; hearing aids up to $3,000 a pair every 48 months with approval; tinnitus neuromodulation
devices are experimental (DH-MP-52); an injury at work goes first to the shop's workers' compensation carrier;
MRI, CT, inpatient stays and outpatient surgery need precertification; tympanometry billed with the yearly
audiogram panel is part of the panel; member and provider appeals within 180 days. Member numbers "DH" + 7 digits
(a dependant's with "-01"), shop groups "S-" + 4 digits, plan claims "DC26" + 8 digits, reviews "DR-26-" + 5 digits.
Every shop, person, clinic, carrier, number, amount and address is invented; phones 555; CPT/HCPCS, ICD-10 and CARC
codes as themselves.

Documents (8 in 7 files):
- faxstd_chelation_blood_lead_not_met: a standard-mode fax letter refusing five days of IV chelation for a pipe-metal
  caster as not medically necessary (blood lead 31, no symptoms); the member number, plan, shop, review number and
  letter date reverse-printed on a dark band; the requesting provider as "Dr. <name>, <clinic>"; a table of earlier
  blood lead results as decoys.
- bd_remittance_windchest_lift_comp_first: a born-digital two-page provider remittance to a physical therapy clinic:
  seven claims, each opening with the plan's document control number, then the patient and member number; one claim
  (a voicer hurt lifting a windchest at a church installation) paid 0.00 under CO-19 / W2, explained only in the
  code list on page 2; the workers' compensation carrier's claim number printed under it; rendering therapist and
  billing clinic both printed.
- scan300_tinnitus_device_experimental: a scanned letter refusing a bimodal tinnitus neuromodulation device as
  experimental; identifiers in boxes with tabs; a hearing benefit box with decoy amounts and dates; stated deadline.
- photocopy_es_horas_de_taller_cortas: a photocopied Spanish letter to an apprentice refusing an urgent care claim
  because March shop hours were short (monthly hours table, a self-payment amount and date as decoys).
- faxfine_stack_hernia_stay_then_hearing_aids: a fine-mode fax stack: a cover sheet, a two-page letter approving a
  hernia repair as outpatient surgery but not the two-day inpatient stay asked for (page 1 fed sideways, shaded
  identifier strip), then a hearing aid approval for another member (denies nothing).
- faxstd_shoulder_mri_no_precert: a standard-mode fax letter refusing a shoulder MRI done without precertification;
  claim number and letter date on a dark band; a closed workers' compensation claim's number as a decoy; ordering
  and rendering provider both printed.
- phone_household_eob_tympanometry_bundled: a photographed household EOB to a piano technician: three claims for
  him and his wife; the wife's tympanometry line refused under note B7 (part of the audiogram panel), explained in
  the notes box; his blood lead test and breathing test paid.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundep_fampe import (EPSheet, abbr, caps, dd_mon, digits, dmy_long, dob, es_date, es_dmy, first,
                               first_last, iso, last_first, long, m2, n2, nopad, npi, out, people, phone, plus,
                               slash, span_words, surname, tin, tollfree, truth, usd, usd_es, wday_long, workday,
                               ymd, yy)

FAMILY = ("diapason_health_plan_organ_builders_voicers_piano_technicians_blood_lead_chelation_windchest_lift_comp_"
          "first_tinnitus_device_shop_hours_hernia_stay_precert_and_bundling_refusals")
LANG = "en"
SEED = 355154
DH = "Diapason Health Plan"
FUND = "Organ & Keyboard Trades Health and Welfare Fund"
DH_ALT = ["Diapason", FUND, f"Board of Trustees of the {FUND}"]
DH_ADDR = "411 Tracker Row, Cantorsburg, OH 44688"
SHOPS = {"S-0417": "Hollenbach & Sons Organ Builders", "S-0562": "Quire Lane Organ Works",
         "S-0388": "Stoppelmann Pipe Organ Company", "S-0629": "Larkhollow Voicing Studio"}
TOWNS = [("Cantorsburg", "OH", "44688"), ("Lorrain Falls", "OH", "44652"), ("New Hambach", "OH", "44671"),
         ("Orrick Mills", "PA", "16134"), ("Sellersgrove", "PA", "16150"), ("Vespers Point", "OH", "44643")]
STREETS = ["Bourdon St", "Reed Organ Rd", "Chamade Ave", "Swell Box Ln", "Cornet Hill Rd", "Bellows Ct",
           "Tremolo Way", "Larigot Pike"]
USED: set = set()


def mno(rng) -> str:
    return "DH" + digits(rng, 7)


def dc(rng) -> str:
    return "DC26" + digits(rng, 8)


def review(rng) -> str:
    return f"DR-26-{digits(rng, 5)}"


def addr(rng, name: str, town=None) -> list[str]:
    t, st, z = town or rng.choice(TOWNS)
    return [name, f"{rng.randint(8, 4980)} {rng.choice(STREETS)}", f"{t}, {st} {z}"]


def dh_head(p: EPSheet, rng, box: str | None = None, es: bool = False):
    above = ("Beneficios de salud de los oficios del órgano y el piano" if es
             else "Health benefits for the organ-building and piano-service trades")
    tag = [DH, "organ builders \u00b7 voicers \u00b7 pipe makers \u00b7 piano technicians"]
    p.brand_head("Diapason", tag, [DH_ADDR, f"{'Servicios al afiliado' if es else 'Member services'} "
                                            f"{tollfree(rng, '855')}", f"Fax {phone(rng, '330')}",
                                   "diapasonhealth.example"], above=above, size=25, spacing=4.2, box=box)


def dh_foot(code: str = "") -> str:
    return (f"{DH} is provided by the Board of Trustees of the {FUND} (EIN 36-4418207).  {code}").strip()


def lead_cols(p: EPSheet, size: float = 8.4, es: bool = False, extra: tuple[str, str] | None = None):
    if es:
        cols = [[("Cómo apelar", "Puede apelar por escrito dentro de 180 días a partir de la fecha de esta carta. "
                                 "Envíe su carta y cualquier documento nuevo a Apelaciones de Diapason, a la "
                                 "dirección de arriba."),
                 ("Revisión externa", "Después de la decisión final de la Junta de Fideicomisarios, puede pedir una "
                                      "revisión externa dentro de 4 meses.")],
                [("Sus derechos", "Puede pedir gratis copias de los documentos del plan que usamos. Si el plan se "
                                  "rige por ERISA, puede presentar una demanda después de la apelación."),
                 ("Ayuda", "Llame a Servicios al afiliado de lunes a viernes, de 8 a 5.")]]
    else:
        cols = [[("How to appeal", "You or someone you name can appeal in writing within 180 days of the date of "
                                   "this letter. Send your letter and any new records to Diapason Appeals at the "
                                   "address above. The Board of Trustees decides appeals at its next quarterly "
                                   "meeting."),
                 ("Urgent care", "If waiting would seriously harm your health, call us: an urgent appeal is "
                                 "decided within 72 hours.")],
                [("External review", "After the Board's final decision you may ask for an external review by an "
                                     "independent review organization within 4 months of that decision."),
                 ("Your rights", "You may ask, free of charge, for copies of the plan rules, policies and records "
                                 "we used. You may have a right to bring a civil action under ERISA section 502(a) "
                                 "after the appeal.")]]
    if extra:
        cols[1].append(extra)
    p.cols(cols, size=size)


# ---------------------------------------------------------------------------------------------------------------
def fax_chelation(rng):
    """IV chelation for a pipe-metal caster refused: blood lead below the policy's level, no symptoms."""
    mem = people(rng, 1, "ob", sexes="M", used=USED)[0]
    doc, md_rev = people(rng, 2, "oc", sexes="FM", used=USED)
    m_id, rv = mno(rng), review(rng)
    shop = "S-0417"
    nd = workday(dt.date(2026, 3, rng.randint(16, 19)))
    s0 = workday(plus(nd, rng.randint(9, 12)))
    s1 = plus(s0, 4)
    r1, r2 = workday(dt.date(2026, 1, rng.randint(12, 16))), workday(dt.date(2026, 2, rng.randint(23, 27)))
    clinic = "Cantor Valley Occupational Medicine"
    prov = f"Dr. {doc}, {clinic}"
    fax_d = plus(nd, 1)
    p = EPSheet(footer="page {n} of {nb}",
                fax_hdr=f"{yy(fax_d)}  11:{rng.randint(10, 59)}  DIAPASON HEALTH PLAN UM  330 555 {digits(rng, 4)}"
                        f"   #{digits(rng, 4)}  P. {{n}}",
                ids_foot=dh_foot("Form DH-UM-3 (01/26)"))
    p.set_margins(19, 15, 19)
    p.add_page()
    dh_head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.dark_band([("Member no.", m_id, 0.21), ("Plan", "OB2 Shop", 0.14), ("Shop group", shop, 0.15),
                 ("Review no.", rv, 0.22), ("Letter date", abbr(nd), 0.28)], shade=35)
    y = p.addr_block(addr(rng, mem), 9.8)
    p.set_y(y + 5)
    p.f(12, "B")
    p.cell(0, 6, "We cannot approve the treatment your doctor asked for", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dear {first(mem)} {surname(mem)}:", 9.6)
    p.para(f"{prov} asked {DH} to approve chelation treatment for lead in your blood: edetate calcium disodium "
           f"(HCPCS J0600) by vein, one infusion a day for five days, {span_words(s0, s1)}, at the Cantor Valley "
           "Infusion Center. We reviewed the request under medical policy DH-MP-31 and **cannot approve it**.", 9.4)
    p.heading("Why", 10.5)
    p.para("Chelation removes lead from the body but has risks of its own, such as kidney damage and loss of "
           "minerals the body needs. Our policy covers it when the blood lead level is 45 micrograms per "
           "deciliter or higher, or 30 or higher with symptoms of lead poisoning (such as belly pain, anemia, "
           "memory problems or nerve damage). Your latest level was 31, and your doctor's notes say you have no "
           "symptoms. For a level like yours, the usual treatment is to stop the exposure: work away from "
           "casting and soldering, check your respirator fit and wash before eating, then test again in four "
           "weeks. So the treatment is not medically necessary now.", 9.2)
    p.wrap_table(["Blood lead test", "Result", "Where", "Paid by"],
                 [[slash(r1), "28 \u00b5g/dL", "Lead Program, shop visit", "Lead Program (no cost to you)"],
                  [slash(r2), "31 \u00b5g/dL", clinic, "Lead Program (no cost to you)"]],
                 [34, 26, 70, W - 130], size=8.2)
    p.ln(2)
    p.para(f"Reviewed by {md_rev}, MD, board-certified in occupational medicine. Your doctor may call "
           f"{tollfree(rng, '855')} to talk with the reviewer. A new request with a new test result or new "
           "symptoms will be reviewed again.", 9.0)
    p.add_page()
    p.heading("If you disagree", 11)
    lead_cols(p)
    p.ln(2)
    p.para("Sincerely,", 9.4)
    p.signers([f"{md_rev}, MD", "Medical Reviewer, Diapason Health Plan"],
              ["For the Board of Trustees", FUND], size=8.6)
    p.para(f"cc: {prov}; {SHOPS[shop]} (shop safety officer: exposure notice only, no medical details)", 8.2)
    t = truth("denial_letter", "medical_necessity", insurer=DH, plan_id="OB2", group=shop, member_id=m_id,
              member_name=mem, cases=[rv], service_dates=[f"{iso(s0)}/{iso(s1)}"], denial_date=iso(nd),
              provider=doc, appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": DH_ALT, "provider": [clinic, prov], "service_dates": [[iso(s0)]]})
    return out(p), t


def bd_remittance(rng):
    """Seven claims at a physical therapy clinic; a windchest-lift back injury sent to workers' comp first."""
    clinic = "Ridgeline Physical Therapy, LLC"
    thers = people(rng, 3, "oc", sexes="FMF", used=USED)
    rd = workday(dt.date(2026, 4, rng.randint(20, 23)))
    pts = people(rng, 7, "ob", used=USED)
    shops = list(SHOPS)
    wc_i = 4
    DXS = ["M75.41", "M54.50", "M17.11", "R26.81", "S39.012A", "M65.4", "M25.511"]
    claims, tb, tp = [], 0.0, 0.0
    tgt = {}
    menus = [[("97110", 3, 62.0), ("97140", 2, 58.0)], [("97161", 1, 185.0)], [("97530", 2, 66.0), ("97110", 2, 62.0)],
             [("97112", 2, 64.0)], [("97162", 1, 215.0), ("97110", 2, 62.0), ("97140", 1, 58.0)],
             [("97110", 3, 62.0)], [("97140", 2, 58.0), ("97035", 1, 34.0)]]
    for i, pt in enumerate(pts):
        dos = workday(dt.date(2026, 4, rng.randint(1, 14)))
        dcn = dc(rng)
        m_id = mno(rng)
        shop = shops[i % 4]
        rows, cb, cp = [], 0.0, 0.0
        for code, units, per in menus[i]:
            billed = per * units
            if i == wc_i:
                allowed, paid, codes = 0.0, 0.0, "CO-19  W2"
            else:
                allowed = round(billed * rng.uniform(0.62, 0.78), 2)
                paid = round(allowed * 0.9, 2)
                codes = "CO-45  PR-2"
            rows.append([f"{dos.month:02d}/{dos.day:02d}/{dos.year}", code, str(units), f"{billed:.2f}",
                         f"{allowed:.2f}", f"{paid:.2f}", f"{billed - paid:.2f}", codes])
            cb += billed
            cp += paid
        tb += cb
        tp += cp
        th = thers[i % 3]
        c = {"lead": f"DCN {dcn}   {last_first(pt)}   Member {m_id}   Shop {shop}",
             "sub": f"Rendering: {th}, DPT   NPI {npi(rng)}   Billing: Ridgeline Physical Therapy   "
                    f"Your acct {digits(rng, 6)}   Dx {DXS[i]}",
             "lines": rows, "total": ["", "", "Total", f"{cb:.2f}", "", f"{cp:.2f}", f"{cb - cp:.2f}", ""]}
        if i == wc_i:
            inj = workday(dt.date(2026, 3, rng.randint(23, 27)))
            wc = f"0426-{digits(rng, 5)}-WC"
            c["note"] = (f"Workers' comp on file: Keystone Forge Mutual Ins. Co., WC claim {wc}, employer "
                         f"{SHOPS[shop].split(' & ')[0]}, injury {slash(inj)}")
            tgt = dict(pt=pt, dcn=dcn, m_id=m_id, shop=shop, amt=cb, dos=dos, th=th)
        claims.append(c)
    p = EPSheet(footer="Page {n} of {nb}", ids_foot=dh_foot(f"Remit {rd:%m%d%y}-RPT"),
                every=f"Diapason Health Plan  |  Provider remittance  |  {clinic}  |  {slash(rd)}  |  page {{n}}")
    p.set_margins(16, 15, 16)
    p.add_page()
    dh_head(p, rng, box="PROVIDER REMITTANCE")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.addr_block(addr(rng, clinic, TOWNS[2]), 9.4)
    p.caption_right([("Billing NPI", npi(rng)), ("Tax ID", tin(rng)), ("Payment date", long(rd)),
                     ("Check / EFT no.", f"EFT {digits(rng, 9)}")], p.l_margin + W * 0.52, y0, W * 0.48, size=8.6)
    p.set_y(y0 + 26)
    p.para(f"{DH} processed the claims below for {clinic}. Claims are listed by our document control number "
           "(DCN). Patient responsibility (PR) is the member's coinsurance. See the code list at the end.", 8.6)
    head = ["Date of service", "Code", "Units", "Charge", "Allowed", "Paid", "Not paid", "Codes"]
    widths = [26, 18, 12, 24, 24, 24, 24, W - 152]
    aligns = ["L", "L", "C", "R", "R", "R", "R", "L"]
    p.remit_claims(head, widths, aligns, claims, size=7.4, foot_room=28)
    p.set_y(p.money_box("Totals for this payment", [("Charges", f"{tb:,.2f}"), ("Paid to provider", f"${tp:,.2f}")],
                        w=80, size=8.4) + 4)
    p.glossary("Codes on this remittance",
               [("CO-45", "Charge is more than the plan's allowed amount for this service. Write off the "
                          "difference."),
                ("PR-2", "Member's 10% coinsurance. You may bill the member."),
                ("CO-19", "The injury happened at work; the employer's workers' compensation carrier is "
                          "responsible for this claim."),
                ("W2", "Diapason pays for a work injury only after the workers' compensation carrier denies it in "
                       "writing. Send the carrier's denial with a new claim.")], size=7.6)
    p.ln(2)
    p.para("Provider appeals: send a written appeal within 180 days of the date of this remittance to Diapason "
           f"Provider Appeals, {DH_ADDR}.", 8.4)
    t = truth("eob", "other", insurer=DH, plan_id=None, group=tgt["shop"], member_id=tgt["m_id"],
              member_name=tgt["pt"], cases=[tgt["dcn"]], claim_amount=m2(tgt["amt"]),
              service_dates=[iso(tgt["dos"])], denial_date=iso(rd), provider=tgt["th"],
              appeal_deadline=iso(plus(rd, 180)),
              alternates={"insurer": DH_ALT, "provider": [clinic, "Ridgeline Physical Therapy"],
                          "group_number": [None]})
    return out(p), t


def scan_tinnitus(rng):
    """A tinnitus neuromodulation device refused as experimental."""
    mem = people(rng, 1, "ob", sexes="F", used=USED)[0]
    aud, rev = people(rng, 2, "oc", sexes="FM", used=USED)
    m_id, rv = mno(rng), review(rng)
    shop = "S-0629"
    nd = workday(dt.date(2026, 4, rng.randint(6, 9)))
    fit = workday(plus(nd, rng.randint(14, 20)))
    aud_d = workday(dt.date(2026, 2, rng.randint(9, 13)))
    deadline = plus(nd, 180)
    clinic = "Tremont Hearing & Balance"
    prov = f"{clinic} - Dr. {aud}, AuD"
    p = EPSheet(footer="Page {n} of {nb}", ids_foot=dh_foot("DH-MP-52 notice"))
    p.set_margins(20, 16, 20)
    p.add_page()
    dh_head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.f(9)
    p.cell(0, 5, long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    y = p.addr_block(addr(rng, mem), 9.8)
    p.set_y(y + 4)
    p.tab_boxes([("Member", first_last(mem), W * 0.28), ("Member number", m_id, W * 0.22),
                 ("Plan \u00b7 shop", f"OB2 \u00b7 {shop}", W * 0.22), ("Review", rv, W * 0.28)], size=9)
    p.subject_line("Tinnitus treatment device: not covered (experimental)")
    p.ln(1)
    p.para(f"Dear {first(mem)}:", 9.6)
    p.para(f"{prov} asked us to approve a bimodal neuromodulation device for tinnitus (HCPCS E1399), to be fitted "
           f"on {long(fit)}. The device plays sound through headphones while a small pad on the tongue gives "
           "mild electrical pulses, for about an hour a day over twelve weeks.", 9.4)
    p.para(f"{DH} does not cover this device. Our medical policy DH-MP-52 lists tinnitus neuromodulation devices "
           "as **experimental or investigational**: the published studies are small, most are short and few "
           "compare the device with sound therapy or counseling alone, so it is not yet known whether it works "
           "better than those treatments. Experimental services are excluded in section 9.4 of your Summary Plan "
           "Description.", 9.4)
    p.para("What is covered for tinnitus: a hearing evaluation, hearing aids with a sound generator (within the "
           "hearing aid benefit), and tinnitus counseling or cognitive behavioral therapy with a network "
           "provider.", 9.2)
    p.other_cov("Your hearing benefits in 2026",
                [("Yearly audiogram", f"used {slash(aud_d)} (paid in full)"),
                 ("Hearing aids", "up to $3,000.00 a pair every 48 months; none bought yet"),
                 ("Example", "two aids at $1,650 each: plan pays 3000.00, you pay $300.00")],
                cap_w=34, size=8.2)
    p.heading("Your right to appeal", 10.5)
    p.para(f"If you disagree, send us a written appeal. **We must receive it by {long(deadline)}.** Include "
           "anything you want the Board of Trustees to see, for example a letter from your audiologist. After "
           "the Board's final decision you may ask for an external review within 4 months.", 9.2)
    p.para(f"Reviewed by Dr. {rev}, otolaryngologist, for {DH}.", 8.8)
    p.signers(["Utilization Review Department", DH], ["Plan sponsor", FUND], size=8.4)
    t = truth("denial_letter", "experimental", insurer=DH, plan_id="OB2", group=shop, member_id=m_id,
              member_name=mem, cases=[rv], service_dates=[iso(fit)], denial_date=iso(nd), provider=aud,
              appeal_deadline=iso(deadline), alternates={"insurer": DH_ALT, "provider": [clinic, prov]})
    return out(p), t


def photocopy_es_hours(rng):
    """Spanish: an urgent care claim refused because the apprentice's March shop hours were short."""
    mem = people(rng, 1, "es", sexes="M", used=USED)[0]
    doc = people(rng, 1, "oc", sexes="F", used=USED)[0]
    m_id = mno(rng)
    shop = "S-0562"
    nd = workday(dt.date(2026, 6, rng.randint(8, 11)))
    dos = workday(dt.date(2026, 5, rng.randint(11, 22)))
    cno = dc(rng)
    amt = rng.choice([286.0, 312.0, 334.0]) + 45.0
    org = "Cantorsburg Urgent Care"
    prov = f"{org} - Dra. {doc}"
    hours = [("enero", 168, "marzo"), ("febrero", 152, "abril"), ("marzo", 84, "mayo"), ("abril", 160, "junio")]
    p = EPSheet(footer="Página {n} de {nb}", ids_foot=dh_foot("DH-ELIG-ES"),
                run_hdr=f"Diapason Health Plan  \u00b7  afiliado {m_id}  \u00b7  taller {shop}  \u00b7  página {{n}}")
    p.set_margins(19, 15, 19)
    p.add_page()
    dh_head(p, rng, es=True)
    W = p.w - p.l_margin - p.r_margin
    p.f(9)
    p.cell(0, 5, f"Fecha: {es_date(nd)}", align="R", new_x="LMARGIN", new_y="NEXT")
    y = p.addr_block(addr(rng, mem), 9.8)
    p.set_y(y + 4)
    p.beside_caps([[(m_id, "N.º de afiliado", W * 0.34), ("OB2", "plan", W * 0.18), (shop, "taller", W * 0.22),
                    (cno, "reclamo", W * 0.26)]], size=8.8)
    p.ln(2)
    p.f(11.5, "B")
    p.cell(0, 6, "Su reclamo no se pagó: no tenía cobertura en esa fecha", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Estimado {first(mem)}:", 9.6)
    p.para(f"Recibimos el reclamo de {prov} por la visita del {es_date(dos)} (CPT 99214 y 73130), con un monto "
           f"facturado de {usd_es(amt)}. {DH} no puede pagarlo porque usted no tenía cobertura en esa fecha.",
           9.4)
    p.para("Como miembro de taller, su cobertura depende de las horas que su taller informa cada mes: 120 horas en "
           "un mes le dan cobertura en el segundo mes siguiente. Las horas de marzo dan la cobertura de mayo. "
           f"{SHOPS[shop]} informó 84 horas en marzo, menos de las 120 necesarias.", 9.4)
    p.wrap_table(["Mes trabajado", "Horas informadas", "Da cobertura en", "¿Cubierto?"],
                 [[f"{m} de 2026", str(h), f"{c} de 2026", "sí" if h >= 120 else "no"] for m, h, c in hours],
                 [40, 36, 40, W - 116], size=8.4)
    p.ln(2)
    p.para("Si sus horas de marzo están mal informadas, pida a su taller que envíe una corrección. También podía "
           "pagar la cobertura de mayo por su cuenta (pago propio de US$ 642.00) a más tardar el 15 de abril de "
           "2026; ese plazo ya venció.", 9.0)
    p.heading("Si no está de acuerdo", 10.5)
    lead_cols(p, size=8.4, es=True)
    p.para("Atentamente,\nDepartamento de Elegibilidad, Diapason Health Plan\n"
           f"En nombre de la Junta de Fideicomisarios, {FUND}", 9.0)
    t = truth("denial_letter", "eligibility", insurer=DH, plan_id="OB2", group=shop, member_id=m_id,
              member_name=mem, cases=[cno], claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(nd),
              provider=doc, appeal_deadline=iso(plus(nd, 180)), lang="es",
              alternates={"insurer": DH_ALT, "provider": [org, prov]})
    return out(p), t


def faxfine_stack(rng):
    """Cover; a hernia repair approved as outpatient surgery, not the inpatient stay asked for; a hearing aid
    approval for another member."""
    mem = people(rng, 1, "ob", sexes="M", used=USED)[0]
    surg, rev = people(rng, 2, "oc", sexes="MF", used=USED)
    m_id, rv = mno(rng), review(rng)
    nd = workday(dt.date(2026, 5, rng.randint(4, 7)))
    op = workday(plus(nd, rng.randint(12, 18)))
    grp_name = "Lakeview Surgical Associates"
    hosp = "St. Cecilia Hospital"
    prov = f"Dr. {surg}, {grp_name}"
    fax_d = plus(nd, 2)
    hdr = f"FROM DIAPASON HLTH PLAN  {slash(fax_d)}  15:{rng.randint(10, 59)}  (330) 555-{digits(rng, 4)}  P{{n}}"
    pa = EPSheet(footer="Page {n} of {nb}", fax_hdr=hdr, fax_off=1, ids_foot=dh_foot("Form DH-UM-5 (01/26)"))
    pa.set_margins(19, 15, 19)
    pa.add_page()
    dh_head(pa, rng)
    W = pa.w - pa.l_margin - pa.r_margin
    pa.dark_band([("Member", first_last(mem), 0.27), ("Member no.", m_id, 0.2), ("Plan", "PT1 Independent", 0.2),
                  ("Review no.", rv, 0.17), ("Date", slash(nd), 0.16)], light=True, size=9.0)
    y = pa.addr_block(addr(rng, mem), 9.8)
    pa.set_y(y + 4)
    pa.f(12, "B")
    pa.cell(0, 6, "Surgery approved as an outpatient; hospital stay not approved", new_x="LMARGIN",
            new_y="NEXT")
    pa.ln(1)
    pa.para(f"Dear {first(mem)}:", 9.6)
    pa.para(f"{prov} asked {DH} to precertify repair of your right inguinal hernia by laparoscope (CPT 49650) on "
            f"{long(op)} at {hosp}, with a two-day inpatient stay afterward.", 9.4)
    pa.bar("Our decision on each part of the request", size=9.2)
    pa.checks("Marked items apply", [(True, "Surgery, CPT 49650, as outpatient (same-day) surgery: APPROVED"),
                                     (True, "Inpatient admission after surgery, 2 days: NOT APPROVED"),
                                     (False, "More information needed before we can decide")], size=8.8)
    pa.heading("Why the stay was not approved", 10.5)
    pa.para("Most people go home the same day after this operation. A hospital stay is needed when there is a "
            "serious heart or lung condition, a bleeding disorder, a very large or trapped hernia, or no adult "
            "to stay with you the first night. Your surgeon's notes show none of these: you are 44, in good "
            "health, and your hernia is small and can be pushed back in. The surgery can be done safely in the "
            "hospital's outpatient surgery unit. This is a decision about the setting of your care, not about "
            "whether you need the surgery.", 9.2)
    pa.add_page()
    pa.para("If something happens during or after the surgery that makes an overnight stay necessary, the hospital "
            "should call us within one business day and we will review the stay then.", 9.2)
    pa.heading("If you disagree", 11)
    lead_cols(pa)
    pa.signers([f"{rev}, MD", "Physician Reviewer", DH], ["For the Board of Trustees", FUND], size=8.6)
    pa.para(f"Copy to {prov}; {hosp} admitting office.", 8.2)
    ta = truth("denial_letter", "level_of_care", insurer=DH, plan_id="PT1", member_id=m_id, member_name=mem,
               cases=[rv], service_dates=[iso(op)], denial_date=iso(nd), provider=surg,
               appeal_deadline=iso(plus(nd, 180)),
               alternates={"insurer": DH_ALT, "provider": [grp_name, prov, hosp]})
    # B: hearing aid approval
    vm = people(rng, 1, "ob", sexes="F", used=USED)[0]
    aud = people(rng, 1, "oc", sexes="F", used=USED)[0]
    v_id, ap = mno(rng), review(rng)
    shop = "S-0388"
    bd_ = workday(plus(nd, -rng.randint(1, 2)))
    fit = workday(plus(bd_, rng.randint(10, 16)))
    org = "Brassmoor Hearing Center"
    pb = EPSheet(footer="Page {n} of {nb}", fax_hdr=hdr, fax_off=3, ids_foot=dh_foot("Form DH-APPR"))
    pb.set_margins(20, 15, 20)
    pb.add_page()
    dh_head(pb, rng, box="APPROVAL NOTICE")
    W = pb.w - pb.l_margin - pb.r_margin
    pb.f(9)
    pb.cell(0, 5, dmy_long(bd_), new_x="LMARGIN", new_y="NEXT")
    y = pb.addr_block(addr(rng, vm), 9.8)
    pb.set_y(y + 4)
    pb.under_grid([[(first_last(vm), "Member", W * 0.34), (v_id, "Member number", W * 0.22),
                    (shop, "Shop", W * 0.14), (ap, "Approval number", W * 0.3)]], size=9)
    pb.para(f"Dear {first(vm)}:", 9.6)
    pb.para(f"Good news: {DH} approved a pair of hearing aids for you, fitted by {aud}, AuD, at {org}, on or after "
            f"{long(fit)}. The plan pays up to $3,000.00 for the pair (your audiogram shows hearing loss in both "
            "ears in the high tones, which is common after years of voicing pipes). If the aids cost more, you pay "
            "the difference.", 9.4)
    pb.pairs([("Approved", "Hearing aids, binaural (V5261), one pair"), ("Plan pays up to", "3,000.00"),
              ("Next pair", "48 months after this fitting"), ("Valid for fitting until", slash(plus(bd_, 120)))],
             label_w=48, size=9.0, h=5.2)
    pb.ln(2)
    pb.para("Custom earplugs for work are not part of the hearing aid benefit; ask your shop about its hearing "
            "protection program.", 8.8)
    pb.para("Diapason Health Plan, Hearing Benefits", 9.0)
    tb = truth("other", None, insurer=DH, plan_id=None, group=shop, member_id=v_id, member_name=vm, cases=[ap],
               service_dates=[iso(fit)], denial_date=iso(bd_), provider=aud,
               alternates={"insurer": DH_ALT, "provider": [org], "service_dates": [[]], "case_numbers": [[]]})
    return [(out(pa), ta), (out(pb), tb)]


def fax_mri(rng):
    """A shoulder MRI done without precertification: claim refused."""
    mem = people(rng, 1, "ob", sexes="M", used=USED)[0]
    ortho = people(rng, 1, "oc", sexes="M", used=USED)[0]
    m_id = mno(rng)
    shop = "S-0388"
    nd = workday(dt.date(2026, 5, rng.randint(18, 21)))
    dos = workday(dt.date(2026, 4, rng.randint(6, 17)))
    cno = dc(rng)
    amt = rng.choice([1380.0, 1425.0, 1490.0])
    q_d = workday(plus(dos, rng.randint(14, 20)))
    wc = f"0126-{digits(rng, 5)}-WC"
    img = "Mercy Ridge Imaging"
    ord_line = f"Cantor Valley Orthopedics - Dr. {ortho}"
    fax_d = plus(nd, 1)
    p = EPSheet(footer="Page {n} of {nb}",
                fax_hdr=f"{caps(fax_d)}  08:{rng.randint(10, 59)}  DIAPASON CLAIMS  FAX 330-555-{digits(rng, 4)}"
                        f"  PAGE {{n}}",
                ids_foot=dh_foot("Form DH-CL-7"))
    p.set_margins(19, 15, 19)
    p.add_page()
    dh_head(p, rng)
    W = p.w - p.l_margin - p.r_margin
    p.dark_band([("Claim no.", cno, 0.26), ("Member no.", m_id, 0.2), ("Shop", shop, 0.14),
                 ("Date of this letter", dd_mon(nd), 0.22), ("Date of service", dd_mon(dos), 0.18)], shade=55)
    y = p.addr_block(addr(rng, mem), 9.8)
    p.set_y(y + 4)
    p.f(12, "B")
    p.cell(0, 6, "Claim denied: precertification was not obtained", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dear {first_last(mem)}:", 9.6)
    p.para(f"{DH} received a claim for an MRI of your left shoulder (CPT 73221) on {long(dos)}, billed at "
           f"{usd(amt)}. We denied the claim because no one asked us to precertify the MRI before it was done.",
           9.4)
    p.prov_pair([("Ordered by", ord_line, f"NPI {npi(rng)}"),
                 ("Performed by", img, f"NPI {npi(rng)}  \u00b7  Tax ID {tin(rng)}")], cap_w=30)
    p.para("Your plan requires precertification for MRI, CT and PET scans, inpatient stays and outpatient "
           "surgery (Summary Plan Description, section 6.2). The ordering doctor or the imaging center is "
           "responsible for asking. Because the imaging center is in the Diapason network, it may not bill you "
           "for this MRI.", 9.2)
    p.other_cov("Other coverage we checked",
                [("Accident questionnaire", f"received {slash(q_d)}: injury not at work, not an auto accident"),
                 ("Earlier work injury", f"Keystone Forge Mutual WC claim {wc} (right wrist), closed"),
                 ("Other group plan", "none on file")], cap_w=42, size=8.2)
    p.heading("What you can do", 10.5)
    lead_cols(p, size=8.4)
    p.para("Claims Department, Diapason Health Plan", 9.0)
    t = truth("denial_letter", "prior_authorization", insurer=DH, plan_id=None, group=shop, member_id=m_id,
              member_name=mem, cases=[cno], claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(nd),
              provider=img, appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": DH_ALT, "provider": [ortho, ord_line]})
    return out(p), t


def phone_eob(rng):
    """A household EOB for a piano technician: the wife's tympanometry line refused as part of the panel."""
    sub = people(rng, 1, "ob", sexes="M", used=USED)[0]
    wife = people(rng, 1, "ob", sexes="F", last=surname(sub), used=USED)[0]
    aud, dr, lab = people(rng, 3, "oc", sexes="FMF", used=USED)
    s_id = mno(rng)
    w_id = s_id + "-01"
    sd = workday(dt.date(2026, 6, rng.randint(8, 11)))
    d1 = workday(dt.date(2026, 5, rng.randint(4, 12)))
    d2 = workday(dt.date(2026, 5, rng.randint(13, 20)))
    d3 = workday(dt.date(2026, 5, rng.randint(22, 28)))
    aud_org = "Keyfield Audiology Clinic"
    c1, c2, c3 = dc(rng), dc(rng), dc(rng)
    p = EPSheet(footer="Page {n} of {nb}", ids_foot=dh_foot(f"EOB {sd:%Y%m%d} {s_id}"))
    p.set_margins(17, 15, 17)
    p.add_page()
    dh_head(p, rng, box="EXPLANATION OF BENEFITS")
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.addr_block(addr(rng, sub), 9.6)
    p.caption_right([("Subscriber", first_last(sub)), ("Subscriber no.", s_id), ("Plan", "PT1 Independent"),
                     ("Statement date", abbr(sd))], p.l_margin + W * 0.5, y0, W * 0.5, size=8.6)
    p.set_y(y0 + 26)
    p.para("This is not a bill. It shows how we processed claims for you and your family. Amounts are in "
           "dollars.", 8.8)
    rows = [("span", f"Claim {c1}  \u00b7  Patient: {sub} ({s_id})"),
            ("note", f"Provider: Cantor Valley Occupational Medicine - {lab}"),
            [slash(d1), "83655 Blood lead", "38.00", "38.00", "38.00", "0.00", "L1"],
            [slash(d1), "94010 Spirometry", "96.00", "71.40", "71.40", "0.00", "L1"],
            ("bold", ["", "Claim total", "134.00", "109.40", "109.40", "0.00", ""]),
            ("gap",),
            ("span", f"Claim {c2}  \u00b7  Patient: {wife} ({w_id})"),
            ("note", f"Provider: {aud_org} - {aud}, AuD"),
            [slash(d2), "92557 Audiometry, comprehensive", "145.00", "104.00", "104.00", "0.00", "H1"],
            [slash(d2), "92567 Tympanometry", "52.00", "0.00", "0.00", "0.00", "B7"],
            [slash(d2), "92568 Acoustic reflex", "48.00", "31.50", "28.35", "3.15", "C1"],
            ("bold", ["", "Claim total", "245.00", "135.50", "132.35", "3.15", ""]),
            ("gap",),
            ("span", f"Claim {c3}  \u00b7  Patient: {sub} ({s_id})"),
            ("note", f"Provider: Dr. {dr}, Vespers Point Family Practice"),
            [slash(d3), "99213 Office visit", "168.00", "112.00", "100.80", "11.20", "C1"]]
    p.flow_table(["Service date", "Service", "Charged", "Allowed", "Plan paid", "You owe", "Note"],
                 [22, 58, 20, 20, 20, 18, W - 158], ["L", "L", "R", "R", "R", "R", "L"], rows, size=7.8, row_h=4.8)
    p.framed_note(f"Totals this statement: charged 547.00   plan paid 342.55   you owe 14.35", 8.6)
    p.ln(1)
    p.legend("Notes", [("L1", "Lead Program or yearly breathing test: paid in full, no cost to you."),
                       ("H1", "Yearly hearing test: paid in full."),
                       ("C1", "Paid after your 10% coinsurance."),
                       ("B7", "This service is part of another service billed the same day (the audiogram panel) "
                              "and is not paid separately. The provider may not bill you for it.")], size=7.8)
    p.para("Questions: call Member services. To appeal how a claim was processed, write to us within 180 days "
           "of the date of this statement.", 8.4)
    amt2 = 145.0 + 52.0 + 48.0
    t = truth("eob", "coding_error", insurer=DH, plan_id="PT1", member_id=w_id, member_name=wife, cases=[c2],
              claim_amount=m2(amt2), service_dates=[iso(d2)], denial_date=iso(sd), provider=aud,
              appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": DH_ALT, "member_id": [s_id], "provider": [aud_org, f"{aud_org} - {aud}"],
                          "claim_amount": ["52.00"]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    return [
        Item(f"{f}_faxstd_chelation_blood_lead_not_met", "fax_standard_g4", [fax_chelation(rng)]),
        Item(f"{f}_bd_remittance_windchest_lift_comp_first", "born_digital", [bd_remittance(rng)]),
        Item(f"{f}_scan300_tinnitus_device_experimental", "scan_clean_300", [scan_tinnitus(rng)]),
        Item(f"{f}_photocopy_es_horas_de_taller_cortas", "photocopy", [photocopy_es_hours(rng)]),
        Item(f"{f}_faxfine_stack_hernia_stay_then_hearing_aids", "fax_fine_g4", faxfine_stack(rng),
             separators=["cover", None], turns={(0, 0): 90}),
        Item(f"{f}_faxstd_shoulder_mri_no_precert", "fax_standard_g4", [fax_mri(rng)]),
        Item(f"{f}_phone_household_eob_tympanometry_bundled", "phone_photo", [phone_eob(rng)]),
    ]
