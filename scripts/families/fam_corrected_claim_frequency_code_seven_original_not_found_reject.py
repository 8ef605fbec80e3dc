"""An invented commercial plan (Brightwater Sound Health Plan) rejecting corrected claims sent as replacements
(claim frequency type code 7) because the original claim named on them cannot be found, and denying a corrected
claim that arrived after the plan's corrected-claim filing limit (90 days from the original claim's processed
date). Every plan, provider, person, number, limit and reason code is invented; the claim frequency codes (1, 7, 8)
and CARC-style codes appear as themselves in meaning only.

Documents (8 in 7 files):
- clean300_remittance_four_claims_one_replacement_rejected: a provider remittance, four claims, rendering NPI /
  name only in a table column, two-digit-year dates, one frequency-7 claim rejected (original not found); the
  "Paid to" group and the 180-day corrected-claim line as decoys.
- faxstd_caption_boxes_rejection_original_not_found: a rejection notice as a standard fax with a header of small
  captioned boxes; the referenced (not found) original claim number, the date received and DOB as decoys; the
  dates of service written "from March 2 through March 6, 2026".
- phone_spanish_member_letter_corrected_claim_late: Spanish member letter: the corrected claim came after the
  limit (timely filing); the provider named in prose; the original's processed date as a decoy.
- rotated_provider_statement_insurer_rejected_correction: the group practice's patient statement (letterhead
  and a different billing address), the corrected claim "rejected by insurer, resubmitting"; denies nothing.
- lowres_no_labels_letter_late_corrected_claim: a letter to the provider with no labels, "2 Mar 2026 to
  6 Mar 2026", the original (paid) claim number quoted.
- photocopy_upheld_provider_appeal_timely_filing: an upheld provider appeal (group practice with a physician
  under it), appeal number, claim number and an older reference; the medical director signs.
- finefax_stack_acknowledgment_then_rejection_turned: a fax cover, an acknowledgment that a corrected claim was
  received (denies nothing), then its rejection (original not found) fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddn_famdnf import TAGLINES, DNSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "corrected_claim_frequency_code_seven_original_not_found_reject"
LANG = "en"
SEED = 352405
PLAN = "Brightwater Sound Health Plan"
ALT_INS = ["Brightwater Sound", "Brightwater Sound Health"]
GROUPS = ["Heronfield Family Medicine", "Saltmarsh Physical Therapy Associates", "Quillback Orthopedic Group"]
CLIN = ["Dr. Noreen Castellanos", "Dr. Vikram Halvorsen", "Dr. Adaeze Lindqvist", "Dr. Roland Petrakis"]


def mem_id(rng):
    return "BWS" + digits(rng, 9)


def grp(rng):
    return f"{digits(rng, 5)}-{rng.choice('ACDEFGHJK')}{rng.randint(1, 9)}"


def claim_no(rng, sep=" "):
    s = "26" + digits(rng, 12)
    return sep.join([s[:5], s[5:11], s[11:]])


def _head(p, rng, unit="Claims"):
    p.f(14, "B")
    p.cell(0, 7, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.f(8.3)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(2100, 9800)}, Spokane WA 992{rng.randint(10, 99)}  |  "
                 f"1-888-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def clean_remit(rng):
    rd = dt.date(2026, 4, rng.randint(6, 17))
    deny = 1
    pats, rows, info = [], [], []
    for i in range(4):
        nm = person(rng)[0]
        mid = mem_id(rng)
        d0 = plus(rd, -rng.randint(20, 45))
        d1 = plus(d0, rng.randint(2, 4)) if i == deny else d0
        c = amount(rng, 140, 420) if i != deny else amount(rng, 760, 1180)
        cn = claim_no(rng, "")
        freq = "7" if i == deny else "1"
        doc = CLIN[i]
        npi = digits(rng, 10)
        if i == deny:
            rows.append([nm, mid, cn, freq, f"{npi} / {doc[4:]}", f"{fdate(d0, 'short')}-{fdate(d1, 'short')}",
                         money(c, "nosign"), "0.00", "0.00", "CO-16 N7R"])
        else:
            al = round(c * 0.72, 2)
            pr = 25.0
            rows.append([nm, mid, cn, freq, f"{npi} / {doc[4:]}", fdate(d0, "short"), money(c, "nosign"),
                         money(al, "nosign"), money(pr, "nosign"), "CO-45"])
        info.append((nm, mid, cn, c, d0, d1, doc))
    p = DNSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng, "Provider Remittance Advice")
    p.grid([[("Remittance date", fdate(rd, "slash")), ("Paid to", GROUPS[0]), ("Payee NPI", digits(rng, 10)),
             ("Tax ID", f"{digits(rng, 2)}-{digits(rng, 7)}"), ("EFT trace", digits(rng, 11))]], size=8.8)
    p.table(["Patient", "Member ID", "Claim number", "Freq", "Rendering NPI / Name", "From-Thru", "Billed",
             "Allowed", "Pt resp", "Codes"], [r for r in rows],
            [34, 26, 30, 9, 48, 28, 18, 17, 15, 20], size=7.8,
            aligns=["L", "L", "L", "C", "L", "L", "R", "R", "R", "L"])
    p.para("**Codes.** CO-45 Charge exceeds the fee schedule. CO-16 N7R Replacement claim (frequency code 7): we "
           "cannot find the original claim number given on this claim. Send a new claim (frequency 1) or send the "
           "replacement again with the original claim number from our remittance. Corrected claims must reach us "
           "within 180 days of the date of the original claim's remittance.", 8.6)
    p.para("**Reconsideration.** To ask us to reconsider a claim on this remittance, write within 90 days of the "
           "date of this remittance.", 8.6)
    nm, mid, cn, c, d0, d1, doc = info[deny]
    t = truth("eob", "coding_error", insurer=PLAN, member_id=mid, member_name=nm, cases=[cn], claim_amount=m2(c),
              service_dates=[span(d0, d1)], denial_date=rd.isoformat(), provider=doc[4:],
              appeal_deadline=plus(rd, 90).isoformat(), denial_alternates=["other"],
              alternates={"insurer": ALT_INS, "provider": [GROUPS[0]]})
    return out(p), t


def faxstd_boxes(rng):
    pat, sub = person(rng)[0], person(rng)[0]
    mid = mem_id(rng)
    g = grp(rng)
    nd = dt.date(2026, 3, rng.randint(23, 30))
    d0, d1 = dt.date(2026, 3, 2), dt.date(2026, 3, 6)
    billed = amount(rng, 620, 1350)
    rj = f"RJ-{digits(rng, 4)}-{digits(rng, 5)}"
    ref_orig = claim_no(rng, "")
    doc = CLIN[1]
    fax = f"{nd.month:02d}/{nd.day:02d}/2026 16:{rng.randint(10, 59)}  BWSHP PROVIDER SVCS  509-555-{digits(rng, 4)}  P.{{n}}/1"
    p = DNSheet(footer=None, fax_hdr=fax)
    p.set_margins(15, 12, 15)
    p.add_page()
    _head(p, rng, "Provider Services")
    p.line("CLAIM REJECTION NOTICE: REPLACEMENT CLAIM", 11.5, "B")
    p.ln(1)
    p.grid([[("Notice date", fdate(nd, "slash")), ("Rejection ID", rj), ("Date received", fdate(plus(nd, -6), "slash")),
             ("Claim frequency", "7 - Replacement")],
            [("Patient", pat), ("Member ID", mid), ("Patient DOB", fdate(dt.date(rng.randint(1950, 2000),
                                                                                  rng.randint(1, 12), rng.randint(1, 28)), "slash")),
             ("Group", g)],
            [("Subscriber", sub), ("Billing provider", GROUPS[1]), ("Rendering", doc[4:]), ("Total charges", money(billed))],
            [("Original claim # on claim", ref_orig), ("Original found", "No"), ("Place of service", "11"),
             ("Payer ID", f"BW{digits(rng, 3)}")]], size=8.6, cap=5.8, h=9.6)
    p.para(f"We received a replacement claim for the care {doc} gave the patient at {GROUPS[1]} from "
           f"{fdate(d0, 'long').replace(', 2026', '')} through {fdate(d1, 'long')}. We have rejected it.", 9.3)
    p.para("**Reason N7R.** A claim with frequency code 7 replaces a claim we already processed. The original claim "
           "number on this claim does not match any claim we have for this patient and provider. A rejected claim "
           "is not on file with us: send it again with the correct original claim number, or send it as a new claim "
           "(frequency code 1) if no original was ever processed.", 9.3)
    p.para("**Reconsideration.** If you believe the original claim number is correct, you may ask for a "
           "reconsideration within 60 days of the date of this notice. Include this notice and the remittance that "
           "shows the original claim.", 9.3)
    t = truth("denial_letter", "coding_error", insurer=PLAN, group=g, member_id=mid, member_name=pat, cases=[rj],
              claim_amount=m2(billed), service_dates=[span(d0, d1)], denial_date=nd.isoformat(), provider=doc[4:],
              appeal_deadline=plus(nd, 60).isoformat(), denial_alternates=["other"],
              alternates={"insurer": ALT_INS, "provider": [GROUPS[1]], "case_numbers": [[rj, ref_orig]]})
    return out(p), t


def phone_spanish(rng):
    pat = person(rng)[0]
    mid = mem_id(rng)
    nd = dt.date(2026, 5, rng.randint(18, 28))
    sd = dt.date(2026, 1, rng.randint(5, 12))
    proc = plus(sd, rng.randint(14, 20))
    billed = amount(rng, 180, 460)
    cn = claim_no(rng, "-")
    doc = CLIN[2]
    p = DNSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para miembros")
    p.line(fdate(nd, "long", "es"), 10)
    p.ln(2)
    p.line(pat, 10)
    p.ln(3)
    p.line("Su proveedor envió tarde una reclamación corregida", 12, "B")
    p.ln(1)
    p.pairs([("Número de miembro", mid), ("Número de reclamación", cn), ("Cargos facturados", money(billed))],
            label_w=50, size=9.4)
    p.ln(2)
    p.para(f"Estimado(a) {pat}:", 9.8)
    p.para(f"La atención que la {doc} le brindó en {GROUPS[2]} el {fdate(sd, 'long', 'es')} se pagó en una primera "
           f"reclamación que procesamos el {fdate(proc, 'long', 'es')}. Después, el consultorio nos envió una "
           "reclamación corregida (de reemplazo) para esa visita.", 9.8)
    p.para("Las reclamaciones corregidas deben llegarnos dentro de 90 días a partir de la fecha en que procesamos la "
           "reclamación original. La reclamación corregida llegó después de ese plazo, por lo que la negamos por "
           "presentación fuera de plazo. **Usted no tiene que pagar** la diferencia: el proveedor no puede cobrársela.",
           9.8)
    p.para("Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta carta. Si su salud "
           "corre peligro, pida una apelación acelerada (72 horas).", 9.8)
    p.para(f"Atentamente,\n{PLAN}", 9.8)
    for tg in TAGLINES[:2]:
        p.para(tg, 7, gap=0.4)
    t = truth("denial_letter", "timely_filing", insurer=PLAN, member_id=mid, member_name=pat, cases=[cn],
              claim_amount=m2(billed), service_dates=[span(sd)], denial_date=nd.isoformat(), provider=doc[4:],
              appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT_INS, "provider": [GROUPS[2]]})
    return out(p), t


def rotated_statement(rng):
    pat = person(rng)[0]
    mid = mem_id(rng)
    sd = dt.date(2026, 5, rng.randint(4, 14))
    dates = sorted({plus(sd, -rng.randint(40, 55)), plus(sd, -rng.randint(25, 35)), plus(sd, -rng.randint(8, 18))})
    deny = 1
    p = DNSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(15, "B")
    p.cell(0, 7, GROUPS[0], new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, f"{rng.randint(100, 980)} Harbor View Dr, Spokane WA 992{rng.randint(10, 99)}  |  509-555-{digits(rng, 4)}",
           new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"Send payments to: Cascade Physician Billing Services, PO Box {rng.randint(1000, 9800)}, "
                 f"Boise ID 837{rng.randint(10, 99)}", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)
    p.line("PATIENT STATEMENT", 12, "B")
    p.pairs([("Statement date", fdate(sd, "dash")), ("Patient", pat), ("Account no.", f"HFM-{digits(rng, 6)}"),
             ("Insurance", f"{PLAN}  {mid}")], label_w=34, size=9.2)
    p.ln(2)
    rows, prices = [], []
    for i, d in enumerate(dates):
        pr = amount(rng, 120, 340)
        prices.append(pr)
        prov = CLIN[3] if i == deny else CLIN[0]
        st = "Insurer rejected corrected claim - we are resubmitting" if i == deny else "Insurance paid"
        owe = money(0) if i == deny else money(30)
        rows.append([fdate(d, "slash"), prov, money(pr), st, owe])
    p.table(["Date", "Provider", "Charge", "Status", "You owe"], rows, [22, 42, 22, 72, 20], size=8.4)
    p.para(f"Your insurer rejected our corrected claim for the {fdate(dates[deny], 'slash')} visit because it could "
           "not match it to the first claim. We are sending it again. You do not owe anything for that visit now. "
           "Amount due: $60.00.", 9.2)
    t = truth("other", None, insurer=PLAN, member_id=mid, member_name=pat, claim_amount=m2(prices[deny]),
              service_dates=[span(dates[deny])], denial_date=sd.isoformat(), provider=CLIN[3][4:], unscored=["insurer"],
              alternates={"claim_amount": [None], "service_dates": [[span(d) for d in dates]],
                          "provider": [GROUPS[0]]})
    return out(p), t


def lowres_prose(rng):
    pat = person(rng)[0]
    mid = mem_id(rng)
    nd = dt.date(2026, 7, rng.randint(6, 17))
    d0, d1 = dt.date(2026, 3, 2), dt.date(2026, 3, 6)
    proc = dt.date(2026, 3, rng.randint(16, 24))
    billed = amount(rng, 540, 990)
    cn = claim_no(rng)
    orig = claim_no(rng)
    doc = CLIN[1]
    p = DNSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Provider Claims Review")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [GROUPS[1], "Attn: Billing Department", f"{rng.randint(100, 980)} W 14th St", f"Tacoma WA 984{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(4)
    p.para("Dear Billing Manager:", 10)
    p.para(f"We received your corrected claim {cn} for physical therapy that {doc} gave our member {pat} (member "
           f"{mid}) from {fdate(d0, 'dmy')} to {fdate(d1, 'dmy')}. The corrected claim billed {money(billed)}.", 10)
    p.para(f"It replaces claim {orig}, which we processed and paid on {fdate(proc, 'long')}. Under your agreement "
           "with us, a corrected claim must reach us within 90 days of the date we processed the original claim. "
           "Your corrected claim reached us after that date, so we have denied it for late filing. The original "
           "payment stands. You may not bill the member for this denial.", 10)
    p.para("If you can show that you sent the corrected claim on time, for example with a clearinghouse acceptance "
           "report, you may ask for a reconsideration within 60 days of the date of this letter.", 10)
    p.para("Sincerely,\n\nProvider Claims Review", 10)
    t = truth("denial_letter", "timely_filing", insurer=PLAN, member_id=mid, member_name=pat, cases=[cn],
              claim_amount=m2(billed), service_dates=[span(d0, d1)], denial_date=nd.isoformat(), provider=doc[4:],
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT_INS, "provider": [GROUPS[1]]})
    return out(p), t


def photocopy_appeal(rng):
    pat = person(rng)[0]
    mid = mem_id(rng)
    g = grp(rng)
    nd = dt.date(2026, 8, rng.randint(3, 14))
    sd = dt.date(2026, 2, rng.randint(2, 26))
    billed = amount(rng, 1400, 3200)
    ap = f"PA-APL-26-{digits(rng, 5)}"
    cn = claim_no(rng)
    old = f"TF-{digits(rng, 7)}"
    doc = CLIN[0]
    md = person(rng)[0]
    pcp = "Dr. " + person(rng)[0]
    p = DNSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Provider Appeals")
    p.line("PROVIDER APPEAL DECISION", 12.5, "B")
    p.ln(2)
    p.grid([[("Decision date", fdate(nd, "abbr")), ("Appeal number", ap), ("Claim number", cn)],
            [("Member", pat), ("Member ID", mid), ("Group", g)],
            [("Provider", GROUPS[2]), ("Treating physician", doc), ("Prior reference", old)],
            [("Date of service", fdate(sd, "slash")), ("Billed", money(billed)), ("Member's PCP", pcp)]], size=9)
    p.para(f"{GROUPS[2]} appealed our denial of a corrected claim (frequency code 7) for the knee arthroscopy "
           f"{doc} performed. The corrected claim reached us 131 days after we processed the original claim; our "
           "limit for corrected claims is 90 days.", 9.4)
    p.para("**Decision: the denial is upheld.** The records you sent show the corrected claim was first sent to "
           "another payer by mistake. That does not extend the filing limit.", 9.4)
    p.para("**Next step.** You may ask for a second-level provider appeal within 60 days of the date of this "
           "decision. Appeals fax 509-555-" + digits(rng, 4) + ".", 9.4)
    p.para(f"{md}, MD\nMedical Director, {PLAN}", 9.4)
    t = truth("denial_letter", "timely_filing", insurer=PLAN, group=g, member_id=mid, member_name=pat,
              cases=[ap, cn], claim_amount=m2(billed), service_dates=[span(sd)], denial_date=nd.isoformat(),
              provider=doc[4:], appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT_INS, "provider": [GROUPS[2]],
                          "case_numbers": [[ap], [cn], [ap, cn, old]]})
    return out(p), t


def finefax_stack(rng):
    pat = person(rng)[0]
    mid = mem_id(rng)
    ad = dt.date(2026, 4, rng.randint(6, 14))
    d0, d1 = dt.date(2026, 3, 2), dt.date(2026, 3, 6)
    billed = amount(rng, 480, 960)
    cn = claim_no(rng, "-")
    doc = CLIN[2]
    fax1 = f"{ad.month}/{ad.day}/26 08:{rng.randint(10, 59)}  BWSHP EDI  509-555-{digits(rng, 4)}  P.{{n}}"
    p = DNSheet(footer=None, fax_hdr=fax1)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Electronic Claims")
    p.line("CLAIM ACKNOWLEDGMENT", 11.5, "B")
    p.pairs([("Date", fdate(ad, "long")), ("Submitter", GROUPS[0]), ("Patient", pat), ("Member ID", mid),
             ("Claim number assigned", cn), ("Frequency", "7 (replacement)"), ("Dates of service",
             f"{fdate(d0, 'slash')} - {fdate(d1, 'slash')}"), ("Total charges", money(billed))], label_w=50, size=9.4)
    p.ln(2)
    p.para("We received this claim. This is not a decision on payment. You will get a remittance or a notice when "
           "the claim has been processed.", 9.6)
    doc1 = (out(p), truth("other", None, insurer=PLAN, member_id=mid, member_name=pat, cases=[cn],
                          claim_amount=m2(billed), service_dates=[span(d0, d1)], denial_date=ad.isoformat(),
                          provider=GROUPS[0], alternates={"insurer": ALT_INS, "provider": [None, doc[4:]],
                                                          "claim_amount": [None], "case_numbers": [[]]}))
    nd = plus(ad, rng.randint(9, 16))
    orig = claim_no(rng, "")
    fax2 = f"{nd.month}/{nd.day}/26 13:{rng.randint(10, 59)}  BWSHP CLAIMS  509-555-{digits(rng, 4)}  P.{{n}}"
    q = DNSheet(footer=None, fax_hdr=fax2)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.line("NOTICE: REPLACEMENT CLAIM REJECTED", 11.5, "B")
    q.pairs([("Notice date", fdate(nd, "dash")), ("Patient", pat), ("Member ID", mid), ("Claim", cn),
             ("Original claim given", orig), ("Service", f"{fdate(d0, 'dmy')} to {fdate(d1, 'dmy')}"),
             ("Charges", money(billed)), ("Rendering", doc)], label_w=44, size=9.4)
    q.ln(2)
    q.para("This replacement claim (frequency 7) names an original claim we cannot find. It has been rejected "
           "(N7R). Resubmit with the correct original claim number, or as a new claim. You may ask for a "
           "reconsideration within 60 days of the date of this notice.", 9.6)
    q.ln(6)
    q.barcode(q.l_margin, q.get_y(), f"*{cn}*", rng.randint(0, 10 ** 6))
    doc2 = (out(q), truth("denial_letter", "coding_error", insurer=PLAN, member_id=mid, member_name=pat, cases=[cn],
                          claim_amount=m2(billed), service_dates=[span(d0, d1)], denial_date=nd.isoformat(),
                          provider=doc[4:], appeal_deadline=plus(nd, 60).isoformat(), denial_alternates=["other"],
                          alternates={"insurer": ALT_INS, "provider": [GROUPS[0]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "clean300_remittance_four_claims_one_replacement_rejected", "scan_clean_300", [clean_remit(rng)]),
        Item(F + "faxstd_caption_boxes_rejection_original_not_found", "fax_standard_g4", [faxstd_boxes(rng)]),
        Item(F + "phone_spanish_member_letter_corrected_claim_late", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_provider_statement_insurer_rejected_correction", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_no_labels_letter_late_corrected_claim", "scan_lowres_150", [lowres_prose(rng)]),
        Item(F + "photocopy_upheld_provider_appeal_timely_filing", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "finefax_stack_acknowledgment_then_rejection_turned", "fax_fine_g4", finefax_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
