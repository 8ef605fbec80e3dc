"""Family 'whole_exome_sequencing_child_developmental_delay_denial': invented commercial and Medicaid managed-care
letters and EOBs, and a genetic laboratory's letter to a family, on germline exome and genome sequencing for a child
with global developmental delay (81415 exome, 81416 comparator exome for each parent in a trio, 81425 genome).

Cases: a prior-authorization denial because chromosomal microarray was not done first (commercial letter); the
laboratory's letter to the parents after the insurer denied the test for missing pre-test genetic counselling (a
provider letter: no denial of its own); an EOB paying the child's exome and denying both parents' comparator exomes;
a Medicaid managed-care notice denying genome sequencing (no microarray, no genetic counselling); a fax stack of a
cover sheet, a denial for missing genetic counselling and the later approval after counselling; an appeal decision
upholding the denial of the parents' tests (phone photo); an EOB denying the whole trio for missing counselling.

Layouts are invented, modelled loosely on published insurer letters, state Medicaid notices, EOBs and genetic
laboratories' billing letters. All values invented: plans, laboratories, clinicians, children, parents, IDs,
amounts; phones 1-555. Decoys: the subscriber (a parent) next to the patient, the child's date of birth, the
ordering geneticist next to the performing laboratory, NPIs, specimen collection and received dates, accession
numbers, the laboratory's self-pay price and out-of-pocket estimate, medical-policy numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from fam_lipoprotein_apheresis_familial_hypercholesterolemia_denial import (MI, Page, address_block, kv, letterhead,
                                                                           paras, pat, ph)
from inv_kit import fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "whole_exome_sequencing_child_developmental_delay_denial"
LANG = "en"
SEED = 259600
KIDS = ["Juniper", "Caspian", "Marigold", "Emrys", "Wilhelmina", "Ozias", "Saoirse", "Barnaby"]
PARENTS = ["Delphine", "Gregor", "Annelise", "Tobiah", "Rosamund", "Leopold", "Imogen", "Cyrus"]
LASTS = ["Thistlewood", "Abernathy-Roux", "Kovalenko", "Marchbanks", "Oyelowo", "Lindgren", "Cavanagh", "Esposito-Ward"]
CITIES = ["Harrowgate, MI 49099", "Peregrine Bay, ME 04099", "Sutter Vale, IA 52099", "Clearwater Bend, SC 29099"]
STREETS = ["Kittredge Lane", "Bramble Hill Road", "Osprey Point Drive", "Cobbler's Row", "Willowmere Court"]
LABS = [("Halcyon Genomics Laboratory", "9 Innovation Loop, Sutter Vale, IA 52099"),
        ("Brightline Clinical Genomics, LLC", "400 Helix Parkway, Harrowgate, MI 49099")]
GENETICISTS = [("Dr. Perpetua A. Wollstonecraft, MD", "Mercy Ridge Children's Hospital, Division of Medical Genetics"),
               ("Dr. Kofi R. Lindqvist, MD", "Peregrine Bay Pediatric Genetics Clinic"),
               ("Dr. Anouk S. Ferreira, MD, PhD", "Sutter Vale Children's Neurodevelopment Center")]
PEDS = ["Dr. Hollis V. Crane (pediatrician)", "Dr. Mirela T. Quist (developmental pediatrics)",
        "Dr. Eamon J. Blackwood (pediatric neurology)"]
E81415 = "Exome sequence analysis (proband)"
E81416 = "Exome sequence analysis, comparator (each)"
E81425 = "Genome sequence analysis (proband)"


def base(r, i):
    last = LASTS[i]
    child = f"{r.choice(KIDS)} {r.choice(MI)}. {last}"
    parent = f"{r.choice(PARENTS)} {r.choice(MI)}. {last}"
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 180))
    return dict(child=child, parent=parent, notice=notice, phone=ph(r),
                addr=(f"{r.randint(20, 9700)} {r.choice(STREETS)}", r.choice(CITIES)),
                dob=dt.date(r.randint(2019, 2023), r.randint(1, 12), r.randint(1, 28)), ped=r.choice(PEDS),
                npi=r.choice("12") + "".join(r.choice("0123456789") for _ in range(9)))


def rights(days, who="letter"):
    return (f"You may appeal this decision within {days} days of the date of this {who}. Send a written appeal, "
            "with any records you want us to consider, to the address above. If your child's health could be "
            "seriously harmed by waiting, ask for an expedited appeal; we decide those within 72 hours. You may "
            "also have the right to an independent external review after the internal appeal.")


# ---------------------------------------------------------------- 0: PA denial, microarray not done first
def doc_cma_first(r):
    f = base(r, 0)
    plan = "Foxglove Health Plan"
    lab, labaddr = LABS[0]
    gen, clinic = GENETICISTS[0]
    case = pat(r, "FHP-PA-99999999")
    mid, grp = pat(r, "FOX999999999-03"), pat(r, "GRP-99999")
    req = f["notice"] - dt.timedelta(days=r.randint(5, 9))
    planned = f["notice"] + dt.timedelta(days=r.randint(7, 18))
    ds = "wlong"
    d = Page(footer="Foxglove Health Plan  -  page {p} of {n}")
    d.add_page()
    letterhead(d, plan, ["Clinical Review Department, 700 Meadowlark Avenue, Harrowgate, MI 49099",
                         f"Member Services {f['phone']} (TTY 711)  |  Provider fax 1-555-733-0190"], 0)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f"Parent or guardian of {f['child']}", f["addr"])
    d.text_line("Notice of Adverse Benefit Determination (Prior Authorization)", 12, "B")
    d.ln(1)
    kv(d, [("Patient:", f["child"]), ("Patient date of birth:", fmt_date(f["dob"], "slash")),
           ("Subscriber:", f["parent"]), ("Member ID:", mid), ("Group number:", grp), ("Case number:", case),
           ("Requesting provider:", gen), ("Practice:", clinic), ("Performing laboratory:", lab),
           ("Tests requested:", "81415 exome (child); 81416 x2 comparator exomes (mother, father)"),
           ("Planned collection date:", fmt_date(planned, "slash")), ("Date request received:", fmt_date(req, "slash"))],
       w=52, size=9.2)
    paras(d, [
        "#Decision",
        "We reviewed the request for trio whole exome sequencing for your child, who has global developmental "
        "delay. We are not able to approve it because it is not medically necessary at this time.",
        "#Reason",
        "Under our genetic testing policy (MP-GEN-041), exome sequencing for developmental delay or intellectual "
        "disability is covered when the results of a chromosomal microarray (CPT 81228 or 81229) and, when "
        "indicated, fragile X testing are non-diagnostic. The records from the requesting provider and from "
        f"{f['ped']} do not show that a chromosomal microarray has been done. The microarray is the first-tier "
        "test and must be completed before exome sequencing is considered.",
        "If the microarray is done and does not explain your child's condition, the provider may send a new "
        "request with the report.",
        "#Your appeal rights",
        rights(180),
        "Reviewer: Dr. Maelis T. Harrington, MD, board-certified in clinical genetics."], size=9.6)
    t = truth("denial_letter", "medical_necessity", insurer=plan, member_id=mid, group_number=grp,
              member_name=f["child"], case_numbers=[case], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=gen,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              denial_alternates=["prior_authorization"],
              alternates={"provider": [clinic, lab], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: the laboratory's letter to the family
def doc_lab_letter(r):
    f = base(r, 1)
    lab, labaddr = LABS[1]
    gen, clinic = GENETICISTS[1]
    insurer = "Larchmont Benefit Trust"
    claim, acc = pat(r, "LBT99999999999"), pat(r, "BCG-26-999999")
    collected = f["notice"] - dt.timedelta(days=r.randint(50, 70))
    c15, c16 = 5850.00, 2400.00
    total = c15 + 2 * c16
    ms = "plain"
    d = Page(footer=f"Brightline Clinical Genomics  |  Patient Billing Advocacy  |  CLIA {pat(r, '99D9999999')}")
    d.add_page()
    letterhead(d, lab, [labaddr, f"Patient Billing {f['phone']}  Mon-Fri 8-6 CT"], 1)
    d.text_line(fmt_date(f["notice"], "abbr"), 10)
    d.ln(3)
    address_block(d, f"To the parents of {f['child']}", f["addr"])
    d.text_line("About your child's genetic test and your insurance", 12, "B")
    d.ln(1)
    kv(d, [("Patient", f["child"]), ("Date of birth", fmt_date(f["dob"], "abbr")), ("Accession number", acc),
           ("Ordering physician", gen), ("Clinic", clinic), ("Test", "Trio exome sequencing (81415, 81416 x2)"),
           ("Sample collected", fmt_date(collected, "abbr")), ("Insurance", insurer),
           ("Insurance claim number", claim), ("Total charges billed", fmt_money(total, ms))], w=48, size=9.2)
    paras(d, [
        f"Dear {f['parent'].split()[0]},",
        "Your child's exome results were sent to the ordering physician. This letter is about billing only.",
        f"We billed {insurer} for the test. Your plan denied the claim because it did not receive a note showing "
        "that your family met with a genetic counselor or medical geneticist before the test (pre-test genetic "
        "counseling). Many plans require this visit.",
        "#What we are doing",
        "We have asked the ordering physician for the counseling note and we will file an appeal on your behalf. "
        "You do not need to do anything now. Please do not pay the full charges shown above.",
        "#What you may owe",
        "If the appeal is not successful, your out-of-pocket cost for this test will be no more than $350.00 under "
        "our patient pricing program. Families who qualify for financial assistance may owe $0.00. Call us to apply.",
        "Sincerely,",
        "Patient Billing Advocacy Team"], size=9.6)
    t = truth("other", None, insurer=None, member_name=f["child"], case_numbers=[claim],
              claim_amount=f"{total:.2f}", service_dates=[collected.isoformat()],
              denial_date=f["notice"].isoformat(), provider=lab, unscored=["insurer"],
              type_alternates=["denial_letter"], denial_alternates=["medical_necessity", "prior_authorization"],
              alternates={"case_numbers": [[acc, claim], []]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: EOB, child paid, parents' comparators denied
def doc_eob_trio(r):
    f = base(r, 2)
    plan = "Pinecrest Benefit Plan"
    lab, labaddr = LABS[0]
    gen, clinic = GENETICISTS[2]
    claim = pat(r, "99999-9999999")
    mid, grp = pat(r, "PBP9999999"), pat(r, "99999")
    dos = f["notice"] - dt.timedelta(days=r.randint(40, 60))
    c15, c16 = 6125.00, 2750.00
    total = c15 + 2 * c16
    al = 3980.00
    ms = "plain"
    d = Page()
    d.add_page()
    letterhead(d, plan, ["PO Box 15500, Peregrine Bay, ME 04099", f"Customer Care {f['phone']}"], 2)
    d.text_line("Explanation of Benefits  -  This is not a bill", 12.5, "B")
    d.ln(1)
    kv(d, [("Date of statement:", fmt_date(f["notice"], "slash")), ("Subscriber:", f["parent"]),
           ("Patient:", f["child"]), ("Member ID:", mid), ("Group:", grp), ("Claim #:", claim),
           ("Provider:", lab), ("Referring:", gen), ("Provider NPI:", f["npi"])], w=42, size=9.2)
    rows = [[fmt_date(dos, "slash"), "81415", E81415, fmt_money(c15, ms), fmt_money(al, ms), fmt_money(al * .8, ms),
             fmt_money(al * .2, ms), "01"],
            [fmt_date(dos, "slash"), "81416", "Comparator exome (each)", fmt_money(c16, ms), fmt_money(0, ms), fmt_money(0, ms),
             fmt_money(0, ms), "G7"],
            [fmt_date(dos, "slash"), "81416", "Comparator exome (each)", fmt_money(c16, ms), fmt_money(0, ms), fmt_money(0, ms),
             fmt_money(0, ms), "G7"],
            ["*Total", "", "", fmt_money(total, ms), fmt_money(al, ms), fmt_money(al * .8, ms),
             fmt_money(al * .2, ms), ""]]
    d.table(["Service date", "Code", "Description", "Amount billed", "Allowed", "Plan paid", "You owe", "Note"],
            rows, [22, 14, 52, 22, 20, 20, 18, 10], size=7.6, aligns="LLLRRRRL")
    paras(d, [
        "#Notes",
        "01  Covered after your 20% coinsurance.",
        "G7  Not covered. Comparator (parental) exome analysis is not a covered benefit for the patient. Testing of "
        "a family member is covered only under that family member's own coverage and only when it is medically "
        "necessary for that person. The network laboratory may not bill you more than the amount in You owe.",
        "#Appeal",
        "You can appeal within 180 days of the date of this statement. Write to Pinecrest Appeals, PO Box 15530, "
        "Peregrine Bay, ME 04099, or call Customer Care."], size=9.2)
    t = truth("eob", "not_covered", insurer=plan, member_id=mid, group_number=grp, member_name=f["child"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=lab,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              denial_alternates=["medical_necessity", "eligibility"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: Medicaid managed care, genome sequencing
def doc_medicaid(r):
    f = base(r, 3)
    org, product = "Riverbend Kids Health Plan", "Riverbend Kids Health (Medicaid and CHIP)"
    lab, labaddr = LABS[1]
    gen, clinic = GENETICISTS[0]
    ref = pat(r, "RB9999999")
    mid = pat(r, "99999999999")
    planned = f["notice"] + dt.timedelta(days=r.randint(10, 25))
    ds = "abbr"
    d = Page(footer="Riverbend Kids Health Plan is a managed care plan contracted with the state Medicaid program.")
    d.add_page()
    letterhead(d, product, [f"{org}, 12 Ferry Landing, Clearwater Bend, SC 29099",
                            f"Member Services {f['phone']}  TTY 711"], 0)
    d.text_line(f"Notice date: {fmt_date(f['notice'], ds)}", 10)
    d.ln(2)
    address_block(d, f"{f['parent']} for {f['child']}", f["addr"])
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12, "B")
    d.ln(1)
    kv(d, [("Member:", f["child"]), ("Medicaid ID:", mid), ("Reference number:", ref),
           ("Provider who asked:", gen), ("Clinic:", clinic), ("Laboratory:", lab),
           ("Service:", "Whole genome sequencing, CPT 81425"), ("Requested date:", fmt_date(planned, ds)),
           ("Member date of birth:", fmt_date(f["dob"], ds))], w=46)
    paras(d, [
        "#What we decided",
        "We denied the request for whole genome sequencing. We decided the service is not medically necessary.",
        "#Why we decided this",
        "The state Medicaid criteria for genome or exome sequencing for a child with developmental delay require "
        "(1) a chromosomal microarray that did not find the cause, and (2) a visit with a genetic counselor or "
        "medical geneticist before the test, with a signed consent. We did not receive a microarray result, and "
        "there is no note from a genetic counseling visit.",
        "#Your right to appeal",
        "You may ask us for an appeal within 60 days from the date on this notice. Call Member Services or write to "
        "Riverbend Appeals, 12 Ferry Landing, Clearwater Bend, SC 29099. If you ask within 10 days, services that "
        "are already approved can continue during the appeal.",
        "If we do not decide in your favor, you can ask for a State Fair Hearing within 120 days of our appeal "
        "decision. You can ask a friend, relative, lawyer or advocate to help you."], size=9.6)
    t = truth("denial_letter", "medical_necessity", insurer=org, member_id=mid, member_name=f["child"],
              case_numbers=[ref], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=gen, appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              denial_alternates=["prior_authorization"],
              alternates={"insurer": [product], "provider": [clinic, lab], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: fax stack, no counselling + approval
def doc_stack(r):
    f = base(r, 4)
    plan = "Marlowe Health Insurance Company"
    lab, labaddr = LABS[0]
    gen, clinic = GENETICISTS[1]
    case = pat(r, "M99-999999")
    mid, grp = pat(r, "MHI-9999-9999"), pat(r, "99999999")
    planned = f["notice"] + dt.timedelta(days=r.randint(6, 14))
    ds = "iso"
    head = ["Precertification Unit, 88 Guildhall Street, Sutter Vale, IA 52099", f"Phone {f['phone']}  Fax 1-555-420-8871"]

    def top(d, title, date):
        d.add_page()
        letterhead(d, plan, head, 1)
        d.text_line(f"Letter date: {fmt_date(date, ds)}", 10)
        d.ln(2)
        address_block(d, f["parent"], f["addr"])
        d.text_line(title, 12, "B")
        d.ln(1)

    d = Page()
    top(d, "Precertification Denied", f["notice"])
    kv(d, [("Patient name", f["child"]), ("Member ID", mid), ("Group", grp), ("Precert number", case),
           ("Ordering provider", gen), ("Clinic", clinic), ("Laboratory", lab),
           ("Requested", "81415 + 81416 x2, trio exome"), ("Specimen date requested", fmt_date(planned, ds))], w=50)
    paras(d, [
        "We cannot precertify the trio exome sequencing requested for your child. Our policy requires documented "
        "pre-test genetic counseling by a board-certified genetic counselor or clinical geneticist who is not "
        "employed by the testing laboratory. The request does not include a counseling note. Until counseling is "
        "documented, the test does not meet the criteria and is denied as not medically necessary.",
        "Appeal: you may file an appeal within 180 days of the date of this letter. An expedited review is "
        "available when a delay could seriously jeopardize the patient's health.",
        "Member Services Representative: T. Abernathy"], size=9.6)
    pdf1 = pdf_bytes(d)
    t1 = truth("denial_letter", "medical_necessity", insurer=plan, member_id=mid, group_number=grp,
               member_name=f["child"], case_numbers=[case], service_dates=[planned.isoformat()],
               denial_date=f["notice"].isoformat(), provider=gen,
               appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
               denial_alternates=["prior_authorization"], alternates={"provider": [clinic, lab]})
    n2 = f["notice"] + dt.timedelta(days=r.randint(15, 25))
    case2 = pat(r, "M99-999999")
    p2 = n2 + dt.timedelta(days=r.randint(5, 12))
    d = Page()
    top(d, "Precertification Approved", n2)
    kv(d, [("Patient name", f["child"]), ("Member ID", mid), ("Group", grp), ("Precert number", case2),
           ("Prior request", case), ("Ordering provider", gen), ("Clinic", clinic), ("Laboratory", lab),
           ("Approved", "81415 + 81416 x2, trio exome"), ("Specimen date", fmt_date(p2, ds))], w=50)
    paras(d, [
        "We received the note from the pre-test genetic counseling visit and the normal chromosomal microarray "
        "report. The trio exome sequencing is approved. The approval is valid for 90 days from the specimen date. "
        "Coinsurance and deductible apply.",
        "Member Services Representative: T. Abernathy"], size=9.6)
    t2 = truth("other", None, insurer=plan, member_id=mid, group_number=grp, member_name=f["child"],
               case_numbers=[case2], service_dates=[p2.isoformat()], denial_date=n2.isoformat(), provider=gen,
               alternates={"case_numbers": [[case2, case]], "provider": [clinic, lab], "service_dates": [[]]})
    return [(pdf1, t1), (pdf_bytes(d), t2)]


# ---------------------------------------------------------------- 5: appeal upheld, parents' comparator exomes
def doc_upheld(r):
    f = base(r, 5)
    plan = "Foxglove Health Plan"
    lab, labaddr = LABS[1]
    gen, clinic = GENETICISTS[2]
    appeal, claim = pat(r, "AP-2026-99999"), pat(r, "FX99999999999")
    mid, grp = pat(r, "FOX999999999-02"), pat(r, "GRP-99999")
    dos = f["notice"] - dt.timedelta(days=r.randint(80, 110))
    c16 = 2575.50
    total = 2 * c16
    ds = "dmy"
    d = Page()
    d.add_page()
    letterhead(d, plan, ["Appeals and Grievances, 700 Meadowlark Avenue, Harrowgate, MI 49099",
                         f"{f['phone']} (TTY 711)"], 0)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(2)
    address_block(d, f["parent"], f["addr"])
    d.text_line("Your Appeal Has Been Reviewed: Decision Upheld", 12, "B")
    d.ln(1)
    kv(d, [("Patient", f["child"]), ("Member ID", mid), ("Group", grp), ("Appeal number", appeal),
           ("Claim number", claim), ("Laboratory", lab), ("Ordering physician", gen)], w=42)
    d.table(["Date of service", "CPT", "Description", "Billed"],
            [[fmt_date(dos, ds), "81416", E81416 + " - mother", fmt_money(c16, "nosign")],
             [fmt_date(dos, ds), "81416", E81416 + " - father", fmt_money(c16, "nosign")],
             ["*Total billed", "", "", fmt_money(total, "nosign")]], [32, 18, 92, 30], size=8.6, aligns="LLLR")
    paras(d, [
        "A clinical geneticist not involved in the first decision reviewed your appeal. The exome analysis for "
        "your child (81415) was covered under a separate claim. The comparator analyses of the parents' samples "
        "(81416) were billed under your child's coverage. The plan covers services for the covered member only, "
        "and its genetic testing policy does not cover comparator testing as a benefit of the child. The denial "
        "of these two services is upheld.",
        "This is the final level of internal appeal. You may request an external review within four months of "
        "receiving this letter. You may also have the right to bring a civil action under section 502(a) of ERISA."],
        size=9.6)
    t = truth("denial_letter", "not_covered", insurer=plan, member_id=mid, group_number=grp, member_name=f["child"],
              case_numbers=[appeal, claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=lab, appeal_deadline=None,
              alternates={"case_numbers": [[appeal]]}, denial_alternates=["eligibility", "medical_necessity"])
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: EOB, whole trio denied for no counselling
def doc_eob_counsel(r):
    f = base(r, 6)
    plan = "Tallgrass Prairie Health Cooperative"
    lab, labaddr = LABS[1]
    gen, clinic = GENETICISTS[0]
    claim = pat(r, "TG9999999999")
    mid, grp = pat(r, "TPC99999999"), pat(r, "TP-9999")
    dos = f["notice"] - dt.timedelta(days=r.randint(35, 50))
    c15, c16 = 5495.00, 2195.00
    total = c15 + 2 * c16
    ds, ms = "dmy", "nosign"
    recv = dos + dt.timedelta(days=r.randint(20, 30))
    d = Page()
    d.add_page()
    letterhead(d, plan, ["Claims Office, PO Box 2077, Sutter Vale, IA 52099", f"Member Help Line {f['phone']}"], 1)
    d.text_line("EXPLANATION OF BENEFITS", 13, "B", "C")
    d.ln(2)
    kv(d, [("Processed on", fmt_date(f["notice"], ds)), ("Member", f["parent"]), ("Patient", f["child"]),
           ("ID", mid), ("Group", grp), ("Claim", claim), ("Billed by", f"{lab}, NPI {f['npi']}"),
           ("Ordered by", gen), ("Claim received", fmt_date(recv, ds))], w=40, size=9.2)
    rows = [[fmt_date(dos, ds), "81415", E81415, fmt_money(c15, ms), "0.00", "0.00", "X31"],
            [fmt_date(dos, ds), "81416", E81416, fmt_money(c16, ms), "0.00", "0.00", "X31"],
            [fmt_date(dos, ds), "81416", E81416, fmt_money(c16, ms), "0.00", "0.00", "X31"],
            ["*Claim total", "", "", fmt_money(total, ms), "0.00", "0.00", ""]]
    d.table(["Date", "Proc", "Service", "Charge", "Paid", "Patient resp.", "Code"], rows,
            [24, 14, 62, 24, 18, 22, 14], size=7.8, aligns="LLLRRRL")
    paras(d, [
        "X31  Denied. Genetic testing policy GT-12 requires pre-test genetic counseling with a genetic counselor or "
        "medical geneticist, documented before the specimen is collected. No counseling visit was found in the "
        "claim history or the records. The service is not medically necessary as billed. Patient responsibility "
        "is $0.00 for an in-network laboratory.",
        "TO APPEAL: send a written request within 180 days of the date this claim was processed (see above) to "
        "Tallgrass Prairie Appeals, PO Box 2079, Sutter Vale, IA 52099."], size=9.2)
    t = truth("eob", "medical_necessity", insurer=plan, member_id=mid, group_number=grp, member_name=f["child"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=lab,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


PLAN = [
    ("bd_pa_denial_microarray_first", "born_digital", doc_cma_first, None),
    ("bd_lab_letter_to_family_no_counseling", "born_digital", doc_lab_letter, None),
    ("scan300_eob_child_paid_parents_81416_denied", "scan_clean_300", doc_eob_trio, None),
    ("copy_medicaid_genome_81425_denied", "photocopy", doc_medicaid, None),
    ("faxstd_stack_cover_no_counseling_then_approved", "fax_standard_g4", doc_stack, ["cover", None]),
    ("photo_appeal_upheld_parents_comparator", "phone_photo", doc_upheld, None),
    ("lowres_eob_trio_denied_no_counseling", "scan_lowres_150", doc_eob_counsel, None),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build, seps) in enumerate(PLAN):
        out = build(random.Random(SEED + i))
        docs = out if isinstance(out, list) else [out]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
