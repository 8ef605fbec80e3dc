"""Papers mirrored (structure and plain wording style only) from a state Medicaid Breast and Cervical Cancer
Treatment Program (BCCTP) as states describe it under the federal Breast and Cervical Cancer Prevention and
Treatment Act: a woman screened and diagnosed through the CDC's National Breast and Cervical Cancer Early Detection
Program (NBCCEDP), uninsured and under 65, gets full Medicaid for as long as she needs treatment for breast or
cervical cancer; her treating doctor must confirm at each renewal (redetermination) that she is still in active
treatment, and coverage ends when treatment ends (follow-up visits and surveillance alone do not count); services
after the treatment period are not paid; other insurance pays first; the usual Medicaid limits (covered services,
enrolled providers, prior approval, filing limits) apply. The State of Norvale (postal code NR), its Department of
Medical Assistance Services (DMAS), the Norvale Women's Cancer Screening Program, the fiscal agent Ellisburgh Health
Claims Services, LLC, every code (0010, 0142, 0207, 4290, 4291, 4472), rule, form number and time limit, and every
practice, hospital, imaging center, laboratory, wig shop, other insurer, person, number and address are invented
(phones 555); Medicaid, BCCTP, NBCCEDP and CDC appear as themselves, CPT and HCPCS codes as themselves. No heading
names the kind of refusal.

Documents (8 in 7 files):
- born_digital_remittance_bare_claim_lines_lab_line_after_treatment_period_code_only_in_glossary: a two-page
  remittance advice to an oncology practice (ruled caption boxes, "RA DATE 17-Apr-2026", EFT trace, EFT date and
  year-to-date paid as decoys); seven claims, each opening with a bare bold line "LAST, FIRST M  Medicaid ID  ICN
  account" (no caption on any value; a key above the listing says what they are), the column heading repeated on
  page 2; the fifth claim (page 2) has four paid lines and a blood count on 04/02/2026 paying 0.00 under 4291,
  told only in the code glossary (the date is after the woman's BCCTP treatment period); an unused 4290 / 4472 and
  a "for example, if you bill 250.00" paragraph as decoys; "within 60 days of the RA date".
- faxstd_prior_authorization_values_over_captions_pet_ct_surveillance_not_needed: a standard-fax prior
  authorization determination (the sending machine's header line dated the next day), values in ruled boxes
  with their captions under them, a tick-box decision, a PET/CT asked for two months after chemotherapy with no
  sign of return refused as not medically necessary under the imaging criteria, a physician reviewer, a 5-day
  peer-to-peer and a 90-day fair hearing as decoys; "within 30 days of the date of this determination".
- photocopy_notice_of_action_two_column_prose_treatment_ended_at_renewal: a photocopied two-page notice of action
  at renewal, the reasons flowing through two newspaper columns: the doctor's Treatment Verification form says
  treatment ended and only surveillance visits remain, so BCCTP Medicaid ends on 04/30/2026; the income test for
  other Medicaid as a decoy; only a fair hearing (90 days) and continued benefits until a date, so no appeal
  deadline by the eval's convention.
- phone_es_aviso_peluca_protesis_capilar_no_cubierta: a photographed Spanish claim notice (key/value box beside the
  address, "9 de abril de 2026" dates) refusing a wig (A9282) from a wig shop as not a Medicaid benefit; the
  prescribing oncologist, a charity's free wig line and the treatment period's end as decoys; "dentro de 30 días
  a partir de la fecha de este aviso".
- rotated_prior_authorization_approval_comb_boxes_tissue_expander_reconstruction: an approval fed turned, the
  Medicaid ID and the PA number written one digit to a box (comb fields), the date of birth in a comb too, values
  over captions for the surgeon and facility, an approved-from/through band and the planned date; the treatment
  period's end and "not a guarantee of payment" as decoys (denies nothing).
- lowres_out_of_state_lab_member_id_only_in_re_line_brca_test: a 150 dpi letter whose Medicaid ID stands only in
  the "Re:" line with the ICN and the lab's name, refusing an out-of-state laboratory's BRCA test because the lab is
  not enrolled with Norvale Medicaid and nobody asked DMAS first (the ordering doctor and in-state labs as
  decoys); "within 30 days of the date of this letter"; a running footer with the ICN.
- clean300_stack_hospital_filing_limit_captions_beside_boxes_blank_then_other_insurance_letter_page_two_sideways:
  a clean-scan stack of a provider notice to a hospital with captions at the left of ruled boxes (charges printed
  without a dollar sign, received date, eligibility approval date as decoys) refusing a two-day stay billed after
  the 180-day limit, a blank separator page, and a two-page letter to the member sending a radiation oncology claim
  to her new job-based insurance first (the other plan's member ID as decoy; page 2 fed sideways).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundek_famkb import (KBSheet, caps_mdy, dmy_dash, dr, es_date, first_last, grouped, iso, last_first, long,
                               money0, n2, npi, people, phone, plus, slash, tollfree, usd, wday_long, workday,
                               ymd_slash)
from public_kit import digits, m2, out, truth

FAMILY = ("norvale_medicaid_breast_and_cervical_cancer_treatment_program_treatment_period_redetermination_and_"
          "claim_refusals")
LANG = "en"
SEED = 355001
AGENCY = "Norvale Department of Medical Assistance Services"
FISCAL = "Ellisburgh Health Claims Services, LLC"
ALT = ["Norvale Medicaid", "Department of Medical Assistance Services", "DMAS", "Norvale DMAS",
       "Norvale Medicaid Program", "State of Norvale", "Medicaid de Norvale",
       "Departamento de Servicios de Asistencia Médica de Norvale", "Ellisburgh Health Claims Services"]
SCREEN = "Norvale Women's Cancer Screening Program"
PO = "P.O. Box 7720, Carbury, NR 60418"
ONC = "Stainmore Oncology Associates, P.C."
ONC_SHORT = "Stainmore Oncology Associates"
IMAGING = "Corbelly Diagnostic Imaging"
HOSP = "Saltmarsh Hollow Medical Center"
PLASTIC = "Wychbourne Plastic and Reconstructive Surgery"
ASC = "Wychbourne Surgery Center"
LAB = "Meridian Helix Laboratories"
WIGS = "Camelia Prótesis Capilares"
RADONC = "Stourpaine Radiation Oncology"
OTHER_INS = "Hollowmead Mutual Health Plan"
BCCTP = "Breast and Cervical Cancer Treatment Program (BCCTP)"


_USED: set = set()


def folk(rng, n, **k):
    """Invented names that no other paper of this family uses."""
    return people(rng, n, avoid=_USED, **k)


def nr_address(rng):
    town, z = rng.choice([("Carbury", "60418"), ("Mistleford", "60433"), ("Tollgate Wells", "60452"),
                          ("Hythe Cross", "60467"), ("Winsome Bay", "60471"), ("Hobbledown", "60489"),
                          ("Brindle Cross", "60495"), ("Sorrel Ford", "60502")])
    street = rng.choice(["Lamplighter Ln", "Cobbler's Row Apt 6", "Weir St", "Orchard Gate Rd", "Tinsmith Ave",
                         "Old Ferry Rd Unit 3", "Bramble Ct", "Chandler Way Apt 21", "Sexton Hill Rd"])
    return [f"{rng.randint(14, 3980)} {street}", f"{town}, NR {z}"]


def mid(rng):
    return "73" + digits(rng, 8)


def icn(rng, d):
    return f"26{d:%j}{digits(rng, 8)}"


def head(p, rng, unit, box=None, es=False):
    if es:
        lines = ["Medicaid de Norvale  |  Departamento de Servicios de Asistencia Médica",
                 f"{unit}  |  {PO}  |  Línea para miembros {tollfree(rng, '877')}  |  TTY 711"]
        p.head("Medicaid de Norvale", "NR", lines, box=box, size=13)
    else:
        lines = [f"Norvale Medicaid  |  {unit}", f"{PO}  |  Member line {tollfree(rng, '877')}  |  TTY 711"]
        p.head(AGENCY, "NR", lines, box=box, size=12.5)


# ---------------------------------------------------------------------------------------------------------------
PROCS = {
    "96413": ("Chemo IV infusion, 1st hr", 412.0, 0.52), "96415": ("Chemo infusion, addl hr", 96.0, 0.5),
    "96417": ("Chemo infusion, seq. drug", 188.0, 0.5), "96367": ("Seq. IV infusion, other", 122.0, 0.48),
    "J9355": ("Trastuzumab 10 mg", 104.0, 0.81), "J9267": ("Paclitaxel 1 mg", 1.30, 0.8),
    "J2505": ("Pegfilgrastim 6 mg", 6420.0, 0.83), "J1100": ("Dexamethasone 1 mg", 3.10, 0.6),
    "J2405": ("Ondansetron 1 mg", 4.50, 0.6), "99214": ("Office visit, est., mod.", 238.0, 0.46),
    "99215": ("Office visit, est., high", 322.0, 0.45), "85025": ("Blood count (CBC)", 38.0, 0.28),
    "80053": ("Metabolic panel", 52.0, 0.26), "36415": ("Venipuncture", 14.0, 0.25),
}


def line_of(code, units, d, mod=""):
    desc, unit_price, rate = PROCS[code]
    billed = round(unit_price * units, 2)
    allowed = round(billed * rate, 2)
    return {"code": code, "mod": mod, "units": units, "d": d, "desc": desc, "billed": billed, "allowed": allowed}


def born_ra(rng):
    nd = dt.date(2026, 4, 17)
    recs = folk(rng, 7, sexes="FFFFFFF")
    docs = folk(rng, 3, sexes="FMF")
    npis = [npi(rng) for _ in docs]
    ra_no = f"RA 2604-{digits(rng, 6)}"
    prov_no = f"{digits(rng, 7)}-00{rng.randint(1, 4)}"
    claims = []
    plans = [
        [("96413", 1, 0, ""), ("J9267", 160, 0, "JZ"), ("J1100", 12, 0, ""), ("J2405", 16, 0, "")],
        [("99215", 1, 0, "25"), ("80053", 1, 0, ""), ("36415", 1, 0, "")],
        [("96413", 1, 0, ""), ("96415", 1, 0, ""), ("J9355", 44, 0, "JZ")],
        [("J2505", 1, 1, "JZ"), ("96367", 1, 1, "")],
        None,  # the refused claim (fifth)
        [("99214", 1, 0, "25"), ("85025", 1, 0, ""), ("36415", 1, 0, "")],
        [("96413", 1, 0, ""), ("96417", 1, 0, ""), ("J9267", 140, 0, "JZ"), ("J9355", 42, 0, "JZ")],
    ]
    base = dt.date(2026, 4, 1)
    for i, rec in enumerate(recs):
        if plans[i] is None:
            d1 = dt.date(2026, 3, 24)
            lines = [line_of("96413", 1, d1), line_of("J9355", 42, d1, "JZ"), line_of("J1100", 12, d1),
                     line_of("99214", 1, dt.date(2026, 3, 31), "25"), line_of("85025", 1, dt.date(2026, 4, 2))]
        else:
            d = plus(base, rng.randint(0, 8))
            lines = [line_of(c, u, plus(d, off), m) for c, u, off, m in plans[i]]
        k = rng.randrange(3) if plans[i] is not None else 0
        claims.append({"rec": rec, "id": mid(rng), "icn": icn(rng, lines[0]["d"]), "acct": f"SOA{digits(rng, 5)}",
                       "doc": 1 if plans[i] is None else k, "lines": lines})
    refused = claims[4]
    refused["lines"][-1]["refused"] = True
    listing, tb = [], [0.0, 0.0, 0.0]
    for n, c in enumerate(claims):
        rows, cb = [], [0.0, 0.0, 0.0]
        for j, ln in enumerate(c["lines"]):
            paid = 0.0 if ln.get("refused") else ln["allowed"]
            allowed = 0.0 if ln.get("refused") else ln["allowed"]
            code = "4291" if ln.get("refused") else ("0142" if ln["billed"] > ln["allowed"] else "0010")
            if not ln.get("refused") and j == 0:
                code += " 0207"
            rows.append([f"{j + 1:02d}", slash(ln["d"]), ln["code"], ln["mod"], ln["desc"], str(ln["units"]),
                         n2(ln["billed"]), n2(allowed), n2(paid), code])
            cb = [cb[0] + ln["billed"], cb[1] + allowed, cb[2] + paid]
        tb = [a + b for a, b in zip(tb, cb)]
        c["billed"] = cb[0]
        listing.append({"line": f"{last_first(c['rec'])}    {c['id']}    {c['icn']}    {c['acct']}",
                        "sub": f"Rendering: {dr(docs[c['doc']])}  NPI {npis[c['doc']]}",
                        "rows": rows, "total": ["", "", "", "", "Claim total", "", n2(cb[0]), n2(cb[1]), n2(cb[2]),
                                                ""]})
    p = KBSheet(footer="Page {n} of {nb}", footer_left=f"{ra_no}  |  RA date {slash(nd)}  |  {FISCAL}, fiscal "
                                                        "agent for Norvale Medicaid")
    p.set_margins(14, 14, 14)
    p.add_page()
    p.head("Norvale Medicaid", "NR", [f"{AGENCY}  |  Provider Payment Unit",
                                      f"Claims processed by {FISCAL}  |  {PO}",
                                      f"Provider services {tollfree(rng, '800')}  |  Provider portal: see your "
                                      "enrollment letter"], box="REMITTANCE ADVICE", size=13)
    eft = plus(nd, 3)
    p.grid([[("PAYEE", ONC_SHORT), ("MEDICAID PROVIDER NO.", prov_no), ("PAYEE NPI", npi(rng))],
            [("RA NUMBER", ra_no), ("RA DATE", nd.strftime("%d-%b-%Y")),
             ("EFT TRACE / DATE", f"{digits(rng, 10)}  /  {slash(eft)}")]], size=8.8, h=10)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    yb = p.money_box("This remittance", [("Claims", "7"), ("Lines", str(sum(len(c["lines"]) for c in claims))),
                                         ("Billed", money0(tb[0])), ("Paid this RA", money0(tb[2])),
                                         ("EFT amount", money0(tb[2]))], w=W * 0.48)
    p.set_xy(p.l_margin + W * 0.52, y0)
    ytd = round(tb[2] * rng.uniform(6.5, 9.5), 2)
    yb2 = p.money_box("Year to date (calendar 2026)", [("RAs issued", str(rng.randint(14, 16))),
                                                       ("Paid to date", money0(ytd)),
                                                       ("Recouped to date", "0.00")],
                      x=p.l_margin + W * 0.52, w=W * 0.48, bold_last=False)
    p.set_xy(p.l_margin, max(yb, yb2) + 4)
    p.para("Each claim begins with one bold line: the recipient's name, Medicaid ID, internal control number (ICN) "
           "and your patient account number, in that order. The lines under it are the services on that claim. "
           "EOB codes are explained at the end of this remittance.", 8.2)
    head_ = ["Ln", "Service date", "Proc", "Mod", "Description", "Units", "Billed", "Allowed", "Paid", "EOB codes"]
    widths = [7, 20, 13, 9, 46, 11, 20, 20, 20, W - 166]
    aligns = ["L", "L", "L", "L", "L", "R", "R", "R", "R", "L"]
    # the refused claim opens page 2
    first, second = listing[:4], listing[4:]
    p.claim_listing(head_, first, widths, aligns, size=7.4)
    p.add_page()
    p.f(7.2)
    p.cell(0, 3.6, f"{ONC}  |  {ra_no}  |  claims continued from page 1", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.claim_listing(head_, second, widths, aligns, size=7.4,
                    totals=["", "", "", "", "REMITTANCE TOTAL", "", money0(tb[0]), money0(tb[1]), money0(tb[2]), ""])
    p.glossary("EOB codes on this remittance", [
        ("0010", "Paid at the Norvale Medicaid rate."),
        ("0142", "Your charge is more than the Medicaid rate. The difference may not be billed to the recipient."),
        ("0207", "No co-payment applies to this recipient's aid category."),
        ("4290", "Date of service is before the first day of the recipient's BCCTP coverage."),
        ("4291", "Date of service is after the last day of the recipient's BCCTP treatment period. The recipient "
                 "had no Medicaid coverage on this date."),
        ("4472", "Prior authorization number missing or does not match the service billed.")], size=7.4)
    p.para("How we figure payment: we pay the lower of your charge and the Norvale Medicaid rate for the service. "
           "For example, if you bill 250.00 for a service whose rate is 96.40, we pay 96.40 and you may not bill "
           "the recipient for the other 153.60.", 7.8)
    p.para("If you disagree with how a line was paid or denied, ask for an administrative review in writing within "
           "60 days of the RA date. Send a copy of this page with the line marked to the Provider Appeals Unit, "
           f"{AGENCY}, {PO}. Corrected claims are not appeals; send them as new claims.", 7.8)
    d_rf = refused["lines"][-1]["d"]
    doc = docs[refused["doc"]]
    t = truth("eob", "eligibility", insurer=AGENCY, member_id=refused["id"], member_name=refused["rec"],
              cases=[refused["icn"]], claim_amount=m2(refused["billed"]), service_dates=[iso(d_rf)],
              denial_date=iso(nd), provider=first_last(doc), appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": ALT, "provider": [ONC_SHORT, ONC, dr(doc)]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_pa(rng):
    pat, onc, rev = folk(rng, 3, sexes="FMF")
    m = mid(rng)
    nd = dt.date(2026, 4, 8)
    rcvd = dt.date(2026, 4, 2)
    planned = dt.date(2026, 4, 22)
    chemo_end = dt.date(2026, 2, 5)
    dob = dt.date(rng.randint(1968, 1982), rng.randint(1, 12), rng.randint(1, 28))
    pa = f"P26{rcvd:%j}{digits(rng, 5)}"
    sent = plus(nd, 1)
    fax_from = phone(rng, "641")
    p = KBSheet(footer="Page {n} of {nb}", footer_left="Form DMAS-PA-22 (rev. 01/2026)",
                fax_hdr=f"{caps_mdy(sent).replace(',', '')} 10:14AM   FROM: DMAS MEDICAL REVIEW   {fax_from}"
                        "   TO: " + phone(rng, "641") + "   P.00{n}/002")
    p.set_margins(16, 14, 16)
    p.add_page()
    head(p, rng, "Medical Review Unit  |  Prior Authorization")
    p.title_bar("PRIOR AUTHORIZATION DETERMINATION - PROVIDER COPY", "Standard review  |  A copy of this "
                "determination is mailed to the recipient")
    W = p.w - p.l_margin - p.r_margin
    p.over_boxes([(slash(nd), "Date of determination", W * 0.25), (pa, "PA request number", W * 0.27),
                  (slash(rcvd), "Request received", W * 0.22), ("Standard", "Review type", W * 0.26)])
    p.over_boxes([(pat, "Recipient", W * 0.34), (m, "Medicaid ID", W * 0.24), (slash(dob), "Date of birth", W * 0.18),
                  ("BCCTP (aid 3B)", "Aid category", W * 0.24)])
    p.over_boxes([(dr(onc) + ", MD", "Requesting provider", W * 0.34), (npi(rng), "Requesting NPI", W * 0.2),
                  (ONC_SHORT, "Practice", W * 0.46)])
    p.over_boxes([("78815  PET/CT, skull base to mid-thigh", "Service requested", W * 0.5),
                  (slash(planned), "Planned date", W * 0.18), (IMAGING, "Servicing facility", W * 0.32)])
    p.checks("Determination", [(False, "Approved as requested"), (True, "Denied"),
                               (False, "Approved with changes (see below)"),
                               (False, "Returned - information missing")], cols=4, size=8.6)
    p.bar("Reason for this determination", 9.4)
    p.para(f"The request asks for a PET/CT scan to look for cancer in a woman who finished chemotherapy for breast "
           f"cancer on {long(chemo_end)}. The notes sent with the request describe a routine follow-up visit. They "
           "do not describe new symptoms, an abnormal exam, abnormal blood tests or an abnormal mammogram. Under "
           "Norvale Medicaid's imaging criteria (Medical Policy MP-IMG-31, section 4), a PET/CT scan is medically "
           "necessary after breast cancer treatment only when there are signs or symptoms that the cancer may have "
           "come back. Routine surveillance scans are not medically necessary. The scan is denied.", 9.0)
    p.para("What would change this decision: records that show symptoms, exam findings or test results that "
           "raise concern for recurrence.", 9.0)
    p.pairs([("Physician reviewer", f"{dr(rev)}, MD, board certified in medical oncology"),
             ("Peer-to-peer", f"Call {tollfree(rng, '800')} within 5 business days to discuss this case")],
            label_w=40, size=8.6, h=4.8)
    p.add_page()
    p.bar("Reconsideration and hearing rights", 9.4)
    p.para("The requesting provider or the recipient may ask for a reconsideration within 30 days of the date of "
           "this determination. Send the request and any new records to the Medical Review Unit at the address "
           "above or by fax. A physician who did not make this decision will review it, and we will answer within "
           "15 days after we receive the request.", 9.2)
    p.para("The recipient may also ask for a state fair hearing within 90 days of the date of this determination. "
           "She does not have to ask for a reconsideration first. A hearing request can be made by phone, by mail "
           "or in person at any DMAS office.", 9.2)
    p.para("If waiting for a standard decision could seriously harm the recipient's health, ask for a fast "
           "(expedited) reconsideration; we decide fast reconsiderations within 72 hours.", 9.2)
    p.bar("About the recipient's coverage", 9.4)
    p.para(f"The recipient is covered under the {BCCTP}. Her coverage continues while her treating doctor confirms "
           "that she needs treatment for breast or cervical cancer. This determination is about the service above "
           "only; it does not change her eligibility.", 9.0)
    p.para("CONFIDENTIAL: this fax holds health information about a Norvale Medicaid recipient. If you received it "
           f"by mistake, call {fax_from} and destroy it.", 7.8)
    t = truth("denial_letter", "medical_necessity", insurer=AGENCY, member_id=m, member_name=pat, cases=[pa],
              service_dates=[iso(planned)], denial_date=iso(nd), provider=first_last(onc),
              appeal_deadline=iso(plus(nd, 30)),
              alternates={"insurer": ALT, "provider": [dr(onc), ONC_SHORT, IMAGING]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_termination(rng):
    pat, onc, worker = folk(rng, 3, sexes="FFM")
    m = mid(rng)
    case = f"BC{digits(rng, 8)}"
    nd = dt.date(2026, 3, 30)
    form_rcvd = dt.date(2026, 3, 20)
    tx_end = dt.date(2026, 2, 27)
    ends = dt.date(2026, 4, 30)
    renew_due = dt.date(2026, 3, 31)
    inc, limit = rng.choice([(2184.0, 1835.0), (2261.5, 1835.0), (2093.0, 1835.0)])
    p = KBSheet(footer="Page {n} of {nb}", footer_left=f"Notice BC-NOA-4 (02/2026)  |  Case {case}  |  "
                                                        f"Mailed {slash(nd)}")
    p.set_margins(18, 16, 18)
    p.add_page()
    head(p, rng, "Eligibility Services  |  BCCTP Unit", box="NOTICE OF ACTION")
    p.line(f"Date of this notice: {long(nd)}", 10, "B")
    p.ln(2)
    p.addr_kv([pat, *nr_address(rng)], [("Case number", case), ("Medicaid ID", grouped(m, [4, 4, 2])),
                                        ("Program", "BCCTP Medicaid"), ("Renewal due", slash(renew_due)),
                                        ("Last day of coverage", slash(ends))], w=88, cap_w=36)
    p.callout("Your Medicaid will end", f"Your Norvale Medicaid under the {BCCTP} will end on {long(ends)}. You can "
              "use your Medicaid card for care you receive through that day.", 9.4)
    blocks = [
        ("Why your Medicaid is ending",
         "BCCTP Medicaid is for women who were screened and found to need treatment for breast or cervical cancer "
         f"through the {SCREEN}, which is part of the CDC's National Breast and Cervical Cancer Early Detection "
         "Program (NBCCEDP). It lasts only as long as you need treatment for the cancer."),
        ("",
         "At your renewal we asked your cancer doctor to fill in a Treatment Verification form (DMAS-BC-7). We "
         f"received the form from {dr(onc)} on {long(form_rcvd)}. The form says that your treatment for breast "
         f"cancer ended on {long(tx_end)} and that you now see the doctor every six months for follow-up visits. "
         "Follow-up visits, tests to watch for the cancer coming back and hormone pills taken to lower that risk do "
         "not count as active treatment for BCCTP."),
        ("Did we check other Medicaid programs?",
         "Yes. Before ending your coverage we looked at whether you qualify for any other kind of Norvale Medicaid. "
         f"Your income on file is ${inc:,.2f} a month. The limit for an adult in a household of one is "
         f"${limit:,.2f} a month, so you do not qualify for adult Medicaid right now. If your income goes down, "
         "apply again at any time."),
        ("If the cancer comes back",
         "If your doctor finds that you need treatment again, call us. You can apply for BCCTP again without waiting. "
         f"The {SCREEN} can also help you get follow-up mammograms at no cost; call {tollfree(rng, '866')}."),
        ("The rule we used", "Norvale Administrative Code 114-7-22 (BCCTP eligibility period) and 114-7-31 "
                             "(renewal of eligibility)."),
        ("Health coverage after Medicaid",
         "You may be able to buy a health plan through the health insurance marketplace. Losing Medicaid lets you "
         "enroll outside the yearly open enrollment period. Call the marketplace for help."),
    ]
    p.flow_columns(blocks, cols=2, size=8.9)
    p.add_page()
    p.heading("Your right to a fair hearing", 11.5, rule=True)
    p.flow_columns([
        ("How to ask",
         "If you think we made a mistake, you can ask for a state fair hearing. You must ask within 90 days of the "
         "date of this notice. Call us, write to us at the address above or fill in the hearing request form on the "
         "back of this page. A hearing officer who had no part in this decision will listen to you and to us."),
        ("Keeping your Medicaid during a hearing",
         f"If you ask for a hearing before {long(ends)}, your Medicaid can stay open until the hearing officer "
         "decides. If the hearing officer agrees with us, you may have to pay back the cost of care you received "
         "while you waited."),
        ("Help at the hearing",
         "You can speak for yourself or bring a friend, a family member or a lawyer. Free legal help may be "
         "available; call 211 and ask for legal aid."),
        ("Questions",
         f"Call your eligibility worker, {first_last(worker)}, at {phone(rng, '641')}, Monday to Friday, 8 a.m. to "
         "5 p.m. Have your case number ready."),
    ], cols=2, size=8.9)
    p.ln(2)
    p.nondiscrim(AGENCY, tollfree(rng, "877"))
    t = truth("denial_letter", "eligibility", insurer=AGENCY, member_id=m, member_name=pat, cases=[case],
              denial_date=iso(nd), alternates={"insurer": ALT, "provider": [dr(onc), first_last(onc)]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_es_wig(rng):
    pat, onc = folk(rng, 2, es=True, sexes="FF")
    m = mid(rng)
    nd = dt.date(2026, 4, 9)
    dos = dt.date(2026, 3, 19)
    rx = dt.date(2026, 3, 11)
    tp_end = dt.date(2026, 9, 30)
    amt = rng.choice([685.0, 712.5, 649.0])
    c = icn(rng, dos)
    p = KBSheet(footer="Página {n} de {nb}", footer_left=f"Aviso CL-ES-3 (01/2026)  |  Enviado {slash(nd)}")
    p.set_margins(18, 16, 18)
    p.add_page()
    head(p, rng, "Unidad de Reclamos", box="AVISO SOBRE SU RECLAMO", es=True)
    p.line(f"Fecha de este aviso: {es_date(nd)}", 10, "B")
    p.ln(2)
    p.addr_kv([pat, *nr_address(rng)], [("Número de Medicaid", m), ("Número de reclamo", c),
                                        ("Fecha del servicio", slash(dos)), ("Proveedor", WIGS),
                                        ("Cantidad facturada", usd(amt))], w=92, cap_w=36, size=8.6)
    p.para(f"Estimada {pat}:", 10)
    p.para(f"Recibimos un reclamo de {WIGS} por una prótesis capilar (peluca, código A9282) que usted recibió el "
           f"{es_date(dos)}. Su oncóloga, la Dra. {first_last(onc)}, la recetó el {es_date(rx)} por la caída del "
           f"cabello causada por la quimioterapia. La tienda nos cobró {usd(amt)}.", 10)
    p.para("No vamos a pagar este reclamo. Medicaid de Norvale no incluye pelucas ni prótesis capilares entre los "
           "servicios que paga, en ningún programa, y eso incluye BCCTP. Aunque la receta de su doctora es válida, "
           "la peluca no es un servicio cubierto. (Código Administrativo de Norvale 114-3-40.)", 10)
    p.para(f"Esto no cambia su cobertura. Su periodo de tratamiento de BCCTP sigue vigente hasta el "
           f"{es_date(tp_end)} y seguimos pagando su tratamiento contra el cáncer.", 10)
    p.callout("Ayuda con una peluca", "Algunas organizaciones sin fines de lucro regalan pelucas a mujeres en "
              f"tratamiento contra el cáncer. Puede llamar a la línea de recursos del {SCREEN} al "
              f"{tollfree(rng, '866')} para pedir una lista.", 9.2)
    p.heading("Si no está de acuerdo", 11)
    p.para("Usted o la tienda pueden pedirnos que revisemos esta decisión. Pida la revisión dentro de 30 días a "
           "partir de la fecha de este aviso. Llámenos o escríbanos a la dirección de arriba.", 9.8)
    p.para("También puede pedir una audiencia imparcial del estado dentro de 90 días a partir de la fecha de este "
           "aviso. Puede traer a alguien para que le ayude.", 9.8)
    p.signoff(["Unidad de Reclamos", "Departamento de Servicios de Asistencia Médica de Norvale"], 9.6)
    t = truth("denial_letter", "not_covered", insurer="Medicaid de Norvale", member_id=m, member_name=pat,
              cases=[c], claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(nd), provider=WIGS,
              appeal_deadline=iso(plus(nd, 30)), lang="es",
              alternates={"insurer": [AGENCY] + [a for a in ALT if a != "Medicaid de Norvale"], "provider": [f"Dra. {first_last(onc)}", first_last(onc)]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_approval(rng):
    pat, surg, rev = folk(rng, 3, sexes="FMF")
    m = mid(rng)
    nd = dt.date(2026, 4, 27)
    rcvd = dt.date(2026, 4, 20)
    planned = dt.date(2026, 5, 14)
    a0, a1 = dt.date(2026, 5, 11), dt.date(2026, 8, 9)
    tp_end = dt.date(2026, 9, 30)
    dob = dt.date(rng.randint(1966, 1980), rng.randint(1, 12), rng.randint(10, 28))
    pa = f"P26{rcvd:%j}{digits(rng, 5)}"
    p = KBSheet(footer="Page {n} of {nb}", footer_left=f"Form DMAS-PA-23 (rev. 01/2026)  |  Issued {iso(nd)}")
    p.set_margins(16, 14, 16)
    p.add_page()
    head(p, rng, "Medical Review Unit  |  Prior Authorization", box="APPROVAL")
    p.title_bar("PRIOR AUTHORIZATION - SERVICE APPROVED", f"Date issued: {iso(nd)}  |  Request received "
                f"{slash(rcvd)}  |  Mailed to the requesting provider and to the recipient")
    p.comb([("Medicaid ID", m, 10), ("PA number", pa, len(pa)), ("Date of birth (MM DD YYYY)",
                                                                  dob.strftime("%m %d %Y"), 10)], size=10.5,
           bw=5.2, bh=7.4, gap=7)
    W = p.w - p.l_margin - p.r_margin
    p.over_boxes([(pat, "Recipient", W * 0.4), ("BCCTP (aid 3B)", "Aid category", W * 0.25),
                  (iso(planned), "Planned date of surgery", W * 0.35)])
    p.over_boxes([(dr(surg) + ", MD", "Requesting surgeon", W * 0.4), (npi(rng), "Surgeon NPI", W * 0.22),
                  ("Outpatient surgery", "Setting", W * 0.38)])
    p.over_boxes([(PLASTIC, "Practice", W * 0.55), (ASC, "Facility", W * 0.45)])
    p.ln(1)
    p.period_band("Services approved", slash(a0), slash(a1), note="Use this PA number on the claim. Services "
                  "after the last approved day need a new request.")
    p.table(["Code", "Description", "Side", "Units approved"],
            [["19357", "Breast reconstruction with tissue expander", "Left", "1"],
             ["15777", "Implantation of biologic implant for soft tissue reinforcement", "Left", "1"]],
            [22, 104, 22, W - 148], size=8.6)
    p.para(f"This approval is not a guarantee of payment. The recipient must have Norvale Medicaid on the date of "
           f"surgery. Her BCCTP treatment period is currently certified through {slash(tp_end)}; reconstruction "
           "after a mastectomy is part of her cancer treatment.", 8.8)
    p.para("The exchange of the expander for a permanent implant (11970) was not part of this request. Ask for it "
           "separately when it is planned.", 8.8)
    p.pairs([("Reviewer", f"{first_last(rev)}, RN, Medical Review Unit"),
             ("Questions", tollfree(rng, "800"))], label_w=30, size=8.6, h=4.8)
    t = truth("other", None, insurer=AGENCY, member_id=m, member_name=pat, cases=[pa],
              service_dates=[iso(planned)], denial_date=iso(nd), provider=first_last(surg),
              alternates={"insurer": ALT, "provider": [dr(surg), PLASTIC, ASC],
                          "service_dates": [[f"{iso(a0)}/{iso(a1)}"]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_lab(rng):
    pat, orderer, sig = folk(rng, 3, sexes="FMF")
    m = mid(rng)
    nd = dt.date(2026, 4, 14)
    drawn = dt.date(2026, 2, 26)
    rcvd = dt.date(2026, 3, 30)
    amt = rng.choice([3850.0, 3925.0, 3790.0])
    c = icn(rng, rcvd)
    p = KBSheet(footer=None, footer_left=f"ICN {c}  |  Letter OS-12  |  Mailed {slash(nd)}")
    p.set_margins(22, 18, 22)
    p.add_page()
    head(p, rng, "Claims Review Section")
    p.line(long(nd), 10)
    p.ln(3)
    for ln in [pat, *nr_address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.re_line([m, f"ICN {c}", LAB])
    p.para(f"Dear {pat}:", 10)
    p.para(f"We received a claim from {LAB} in Provo, Utah, for a genetic test of a blood sample taken from you on "
           f"{long(drawn)}. The test looks for changes in the BRCA1 and BRCA2 genes (81162). The lab billed "
           f"{usd(amt)}. We received the claim on {long(rcvd)}. The test was ordered by {dr(orderer)} of "
           f"{ONC_SHORT}.", 10)
    p.para(f"We cannot pay this claim. {LAB} is not enrolled as a Norvale Medicaid provider. Norvale Medicaid pays a "
           "provider outside Norvale only for emergency care, or when DMAS approved the out-of-state care before it "
           "was given because no enrolled provider in Norvale could do it. This was not an emergency, and we have no "
           "request for approval. Two laboratories in Norvale that take Medicaid do this test. (Norvale "
           "Administrative Code 114-2-15.)", 10)
    p.para("The lab may not bill you for this test if it knew you had Medicaid when it took your sample. If you get "
           "a bill, call us.", 10)
    p.para("If you disagree with this decision, you or the lab may ask us to review it within 30 days of the date "
           "of this letter. You may also ask for a state fair hearing within 90 days. Call the member line or "
           "write to the Claims Review Section at the address above.", 10)
    p.ln(2)
    p.signoff(["Sincerely,", "", first_last(sig), "Claims Review Section", AGENCY], 10)
    t = truth("denial_letter", "out_of_network", insurer=AGENCY, member_id=m, member_name=pat, cases=[c],
              claim_amount=m2(amt), service_dates=[iso(drawn)], denial_date=iso(nd), provider=LAB,
              appeal_deadline=iso(plus(nd, 30)),
              alternates={"insurer": ALT, "provider": [dr(orderer), first_last(orderer)]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def clean_stack(rng):
    pat, att, rep = folk(rng, 3, sexes="FMF")
    m = mid(rng)
    adm, dis = dt.date(2026, 1, 12), dt.date(2026, 1, 14)
    elig = dt.date(2026, 1, 8)
    rcvd = dt.date(2026, 8, 3)
    nd = dt.date(2026, 8, 10)
    chg = rng.choice([18412.6, 17968.35, 18877.1])
    c = icn(rng, rcvd)
    acct = f"SH{digits(rng, 8)}"
    a = KBSheet(footer="Page {n} of {nb}", footer_left=f"Notice PR-TF-2 (rev. 10/2025)  |  {slash(nd)}")
    a.set_margins(16, 14, 16)
    a.add_page()
    head(a, rng, "Claims Review Section  |  Provider Notices", box="CLAIM NOTICE")
    for ln in [f"{HOSP}", "Patient Financial Services", "Attn: Medicaid follow-up", *nr_address(rng)]:
        a.line(ln, 9.6)
    a.ln(3)
    a.line(f"Notice date: {long(nd)}", 10, "B")
    a.ln(2)
    a.beside([[("ICN", c), ("NOTICE DATE", slash(nd))],
              [("RECIPIENT", pat), ("MEDICAID ID", m)],
              [("PATIENT ACCT", acct), ("BILL TYPE", "111 Inpatient")],
              [("ADMITTED", slash(adm)), ("DISCHARGED", slash(dis))],
              [("TOTAL CHARGES", money0(chg)), ("RECEIVED", slash(rcvd))],
              [("ATTENDING", dr(att)), ("BCCTP APPROVED", slash(elig))]], cap_w=28, size=8.8)
    a.bar("Decision: claim denied", 9.6)
    a.para(f"Norvale Medicaid must receive a claim within 180 days of the date of service. For an inpatient stay the "
           f"180 days count from the day of discharge. This stay ended on {long(dis)}, and we received the claim "
           f"on {long(rcvd)}, {(rcvd - dis).days} days later.", 9.6)
    a.para(f"We can accept a late claim when the recipient's Medicaid was approved after the service. That does not "
           f"apply here: the recipient's BCCTP coverage was approved on {long(elig)}, before the admission.", 9.6)
    a.para("If you believe the claim was sent on time, send proof (a clearinghouse acceptance report or an earlier "
           "remittance that shows the claim) and ask for a review within 60 days of the date of this notice. Send it "
           f"to the Provider Appeals Unit, {PO}. The recipient may not be billed for this stay.", 9.6)
    a.signoff(["Claims Review Section", AGENCY, f"Provider services: {tollfree(rng, '800')}"], 9.4)
    d1 = (out(a), truth("denial_letter", "timely_filing", insurer=AGENCY, member_id=m, member_name=pat, cases=[c],
                        claim_amount=m2(chg), service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(nd),
                        provider=HOSP, appeal_deadline=iso(plus(nd, 60)),
                        alternates={"insurer": ALT, "provider": [dr(att), first_last(att)]}))
    # document 2: other insurance first (page 2 fed sideways)
    pat2, ro, sig = folk(rng, 3, sexes="FMF")
    m2_ = mid(rng)
    s0, s1 = dt.date(2026, 6, 1), dt.date(2026, 6, 19)
    nd2 = dt.date(2026, 7, 13)
    since = dt.date(2026, 5, 1)
    amt2 = rng.choice([9870.0, 10240.0, 9655.0])
    c2 = icn(rng, plus(s1, 10))
    oid = f"HMH{digits(rng, 9)}"
    b = KBSheet(footer="Page {n} of {nb}", footer_left=f"Letter TPL-5 (01/2026)  |  ICN {c2}")
    b.set_margins(20, 16, 20)
    b.add_page()
    head(b, rng, "Third Party Liability Unit")
    b.line(wday_long(nd2), 10)
    b.ln(3)
    b.addr_pairs_right([pat2, *nr_address(rng)], [("Medicaid ID", m2_), ("Claim (ICN)", c2),
                                                   ("Provider", RADONC), ("Dates of service",
                                                                          f"{slash(s0)} - {slash(s1)}"),
                                                   ("Amount billed", usd(amt2))], cap_w=30)
    b.para(f"Dear {pat2}:", 10)
    b.para(f"{RADONC} sent us a claim for radiation treatments you received from June 1 through June 19, 2026, "
           f"ordered by {dr(ro)}. The claim was for {usd(amt2)}.", 10)
    b.para(f"Our records show that since {long(since)} you also have health insurance through your job with "
           f"{OTHER_INS} (member ID {oid}). Medicaid always pays last. The radiation center must first bill "
           f"{OTHER_INS} and then send us the claim with that plan's payment statement. We will then pay what the "
           "other plan did not, up to the Medicaid rate. We have not paid this claim.", 10)
    b.para("Please give the radiation center your other insurance card. If the other insurance has ended or does "
           "not cover this care, send us a letter from the other plan that says so.", 10)
    b.add_page()
    b.heading("Other things you should know", 11)
    b.para("Women who have other health insurance that covers cancer treatment may not qualify for BCCTP. We have "
           "sent your case to your eligibility worker, who will write to you if anything changes. Keep using your "
           "Medicaid card until you hear from us.", 9.8)
    b.heading("If you disagree", 11)
    b.para("You or the radiation center may ask us to review this decision within 30 days of the date of this "
           "letter. Call the Third Party Liability Unit or write to us. You may also ask for a state fair hearing "
           "within 90 days.", 9.8)
    b.signoff(["Sincerely,", first_last(sig), "Third Party Liability Unit", AGENCY], 9.8)
    b.nondiscrim(AGENCY, tollfree(rng, "877"))
    d2 = (out(b), truth("denial_letter", "other", insurer=AGENCY, member_id=m2_, member_name=pat2, cases=[c2],
                        claim_amount=m2(amt2), service_dates=[f"{iso(s0)}/{iso(s1)}"], denial_date=iso(nd2),
                        provider=RADONC, appeal_deadline=iso(plus(nd2, 30)),
                        alternates={"insurer": ALT, "provider": [dr(ro), first_last(ro)]}))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    _USED.clear()
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_remittance_bare_claim_lines_lab_line_after_treatment_period_code_only_in_glossary",
             "born_digital", [born_ra(rng)]),
        Item(F + "faxstd_prior_authorization_values_over_captions_pet_ct_surveillance_not_needed",
             "fax_standard_g4", [faxstd_pa(rng)]),
        Item(F + "photocopy_notice_of_action_two_column_prose_treatment_ended_at_renewal", "photocopy",
             [photocopy_termination(rng)]),
        Item(F + "phone_es_aviso_peluca_protesis_capilar_no_cubierta", "phone_photo", [phone_es_wig(rng)]),
        Item(F + "rotated_prior_authorization_approval_comb_boxes_tissue_expander_reconstruction", "rotated",
             [rotated_approval(rng)]),
        Item(F + "lowres_out_of_state_lab_member_id_only_in_re_line_brca_test", "scan_lowres_150",
             [lowres_lab(rng)]),
    ]
    items.append(Item(F + "clean300_stack_hospital_filing_limit_captions_beside_boxes_blank_then_other_insurance_"
                          "letter_page_two_sideways", "scan_clean_300", clean_stack(rng), separators=["blank", None],
                      turns={(1, 1): 90}))
    return items
