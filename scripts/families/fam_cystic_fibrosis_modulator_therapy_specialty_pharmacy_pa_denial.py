"""Family 'cystic_fibrosis_modulator_therapy_specialty_pharmacy_pa_denial': an invented commercial plan refusing a
cystic fibrosis CFTR modulator (genotype criteria not met, or the sweat chloride result never received), upholding
it on a first appeal and approving it on the second; specialty pharmacy notices, pulmonologist letters, a pharmacy
benefit statement with several fills.

Documents: born-digital prior authorization denial (white-on-dark band, label column; genotype criteria); fine-fax
refusal of a fill told only in sentences (sweat chloride result requested and never received; fax header line);
300 dpi stack of the pulmonologist's letter to the plan (duplex back) and a pharmacy benefit statement with three
fills, one refused without prior authorization (two-line table header); 150 dpi Spanish member letter (genotype
criteria); rotated first-level appeal upheld, two-column body, second-level appeal within 60 days; photocopied
second-level appeal overturned, approving the drug (denies nothing); phone photo of the specialty pharmacy's
first-shipment notice (denies nothing).
All values invented; phones 1-555. Decoys: DOB, NPI, NCPDP and Rx numbers, request-received dates, processed
period, other fills' claim numbers, policy number, 72-hour, 4-month and 180-day limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_rounddb_famdbd import Page, addr, band, fd, fee, letterhead, lv, paras, pat, ph, plus, sidebar, usd, wtable

FAMILY = "cystic_fibrosis_modulator_therapy_specialty_pharmacy_pa_denial"
LANG = "en"
SEED = 350003
ORG = "Sorrelmoor Health Insurance Company"
ORG_ADDR = "PO Box 77214, Akron, OH 44398"
SP = "Fenhollow Specialty Pharmacy"
DOC = "Dr. Ottilie V. Marchbanks"
DOC_BARE = "Ottilie V. Marchbanks"
CLINIC = "Lakeshore Cystic Fibrosis Center"
DRUG = "elexacaftor/tezacaftor/ivacaftor tablets"
POLICY = "Pharmacy Policy RX-CF-07"
MEMBERS = ["Linnea S. Thornquist", "Barnaby J. Okwuosa", "Perpetua A. Delacroix", "Ellery M. Fairweather",
           "Rosalind C. Hightower", "Caspian D. Mulligan", "Wren H. Abernethy"]
MEMBER_ES = "Maximiliano E. Urquidi"


def base(r, k):
    n = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 150))
    return dict(notice=n, member=MEMBERS[k], mid="SRM" + pat(r, "999999999"), group=pat(r, "99999-99"),
                addr=[f"{r.randint(100, 9800)} Tamarack Way", "Cuyahoga Falls, OH 44221"], phone=ph(r),
                dob=dt.date(r.randint(1990, 2016), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def rights(basis="within 180 days of the date of this notice"):
    return ["#How to appeal",
            f"You or your doctor may appeal {basis}. Write to {ORG} Pharmacy Appeals, {ORG_ADDR}, or fax "
            "1-555-630-2288. If waiting could seriously harm your health, ask for an expedited appeal; we decide "
            "within 72 hours. After our final internal decision you may ask for an external review within 4 months.",
            "You may ask for free copies of the criteria and documents we used."]


def d_pa_bd(r):
    f = base(r, 0)
    pa = "PA-" + pat(r, "99999999")
    start = plus(f["notice"], 7)
    got = plus(f["notice"], -3)
    d = Page(footer=f"{ORG}  |  Pharmacy Services  |  Page {{p}} of {{n}}")
    d.add_page()
    band(d, ORG, f"Pharmacy Prior Authorization  -  {ORG_ADDR}  -  {f['phone']}")
    d.text_line(fd(f["notice"], "long"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("Prior Authorization Decision: Denied", 12.5, "B")
    lv(d, [("Case number", pa), ("Member ID", f["mid"]), ("Group", f["group"]),
           ("Date of birth", fd(f["dob"], "slash")), ("Prescriber", DOC), ("Prescriber NPI", f["npi"]),
           ("Dispensing pharmacy", SP), ("Drug", DRUG), ("Request received", fd(got, "long")),
           ("Requested start", fd(start, "long"))], w=46, size=9.4)
    paras(d, [f"Dear {f['member']}:",
              "Your prescriber asked us to cover this drug for cystic fibrosis. Our criteria require at least one "
              "F508del variant or another CFTR variant shown to respond to this drug. The genetic report sent to "
              "us lists two variants that are not on the responsive list. The request does not meet our criteria, "
              f"so it is not medically necessary under {POLICY}."] + rights(), size=9.4)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[pa], service_dates=[start.isoformat()],
              denial_date=f["notice"].isoformat(), provider=DOC, appeal_deadline=plus(f["notice"], 180).isoformat(),
              alternates={"provider": [DOC_BARE]})
    return pdf_bytes(d), t


def d_fill_fax(r):
    f = base(r, 1)
    claim = pat(r, "99999999999")
    fill = plus(f["notice"], -14)
    amt = fee(r, 21000, 26000)
    line = f"{fd(f['notice'], 'slash')} 10:{r.randint(10, 59)}  SORRELMOOR RX  1-555-630-2200  Pg {{p}}/1"
    d = Page(serif=True, faxline=line, footer=ORG)
    d.add_page()
    letterhead(d, ORG, ["Pharmacy Claims", ORG_ADDR])
    d.text_line(fd(f["notice"], "dmy"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [f"Dear {f['member']}:",
              f"{SP} sent us pharmacy claim {claim} for a 28-day supply of ivacaftor granules filled for you on "
              f"{fd(fill, 'long')}, billed at {usd(amt)}. We cannot pay this claim.",
              f"To review this drug we asked {DOC} on two occasions for your sweat chloride test result. We did not "
              "receive it, so we could not finish our review and the claim was denied. If the result is sent to us, "
              "we will review the claim again.",
              f"Your member ID is {f['mid']}.",
              "You may appeal within 180 days of the date of this letter by writing to Pharmacy Appeals at the "
              "address above. An expedited appeal is decided within 72 hours. You may ask for an external review "
              "within 4 months of our final decision.",
              "Sincerely,", "Pharmacy Claims Unit"], size=10.2)
    t = truth("denial_letter", "other", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{amt:.2f}", service_dates=[fill.isoformat()],
              denial_date=f["notice"].isoformat(), provider=SP, appeal_deadline=plus(f["notice"], 180).isoformat(),
              denial_alternates=["medical_necessity"], alternates={"provider": [DOC, DOC_BARE]})
    return pdf_bytes(d), t


def d_stack(r):
    f = base(r, 2)
    pa = "PA-" + pat(r, "99999999")
    ld = plus(f["notice"], -9)
    l = Page()
    l.add_page()
    letterhead(l, CLINIC, ["Pediatric and Adult Pulmonology", "88 Lakeview Medical Pkwy, Akron, OH 44308",
                           "Tel 1-555-744-5100  Fax 1-555-744-5101"])
    l.text_line(fd(ld, "long"), 10)
    l.ln(2)
    addr(l, [ORG, "Pharmacy Prior Authorization", ORG_ADDR])
    l.text_line(f"RE: {f['member']}  DOB {fd(f['dob'], 'slash')}  Member ID {f['mid']}  Case {pa}", 9.6, "B")
    l.ln(2)
    paras(l, ["Dear Clinical Pharmacist:",
              f"I am writing in support of {DRUG} for my patient with cystic fibrosis. The sweat chloride was 104 "
              "mmol/L and the genotype includes F508del. FEV1 has fallen to 61% predicted with three "
              "exacerbations needing IV antibiotics this year.",
              "The sweat chloride report and the genotype report are enclosed. Please approve this therapy.",
              "Sincerely,", "", DOC, f"NPI {f['npi']}"], size=10)
    t1 = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], case_numbers=[pa],
               denial_date=ld.isoformat(), provider=DOC, unscored=["insurer", "service_dates"],
               alternates={"provider": [DOC_BARE, CLINIC]})
    # statement
    s = Page(footer=f"{ORG} Pharmacy Benefit Statement")
    s.add_page()
    band(s, ORG, "Pharmacy Benefit Statement  -  " + ORG_ADDR)
    sd = f["notice"]
    lv(s, [("Member:", f["member"]), ("Member ID:", f["mid"]), ("Group:", f["group"]),
           ("Statement date:", fd(sd, "upper")),
           ("Period:", f"{fd(plus(sd, -90), 'upper')} - {fd(plus(sd, -1), 'upper')}")], w=34, size=9.4)
    cl = [pat(r, "99999999999") for _ in range(3)]
    ds = [plus(sd, -80), plus(sd, -52), plus(sd, -24)]
    am = [fee(r, 40, 120), fee(r, 300, 700), fee(r, 22000, 26000)]
    rows = [[cl[0], fd(ds[0], "upper"), "Azithromycin 250 mg", "RX" + pat(r, "9999999"), usd(am[0]), "$10.00", "Paid"],
            [cl[1], fd(ds[1], "upper"), "Dornase alfa 2.5 mg", "RX" + pat(r, "9999999"), usd(am[1]), "$40.00", "Paid"],
            [cl[2], fd(ds[2], "upper"), "Elexacaftor/tezacaftor/ivacaftor", "RX" + pat(r, "9999999"), usd(am[2]),
             "$0.00", "Denied PA"]]
    wtable(s, ["Claim number", "Fill date", "Drug", "Rx number", "Amount billed by pharmacy", "You paid", "Status"],
           rows, [26, 24, 48, 22, 24, 16, 20], size=7.8)
    paras(s, [f"Denied PA: this drug needs prior authorization and none was approved on the fill date. {SP} "
              "filled these prescriptions."] + rights("within 180 days of the date of this statement"), size=9)
    t2 = truth("denial_letter", "prior_authorization", insurer=ORG, group_number=f["group"], member_id=f["mid"],
               member_name=f["member"], case_numbers=[cl[2]], claim_amount=f"{am[2]:.2f}",
               service_dates=[ds[2].isoformat()], denial_date=sd.isoformat(), provider=SP,
               appeal_deadline=plus(sd, 180).isoformat())
    return [(pdf_bytes(l), t1), (pdf_bytes(s), t2)], ["duplex", None]


def d_es_lowres(r):
    f = base(r, 3)
    f["member"] = MEMBER_ES
    pa = "PA-" + pat(r, "99999999")
    start = plus(f["notice"], 10)
    d = Page(footer=ORG)
    d.add_page()
    letterhead(d, ORG, ["Servicios de Farmacia", ORG_ADDR, "Tel. " + f["phone"]])
    d.text_line(fd(f["notice"], "es"), 10)
    d.ln(2)
    addr(d, [f["member"], *f["addr"]])
    d.text_line("Decisión de autorización previa: DENEGADA", 12, "B")
    lv(d, [("Número de caso:", pa), ("Número de miembro:", f["mid"]), ("Grupo:", f["group"]),
           ("Médico que receta:", DOC), ("Fecha de inicio solicitada:", fd(start, "es"))], w=58, size=9.6)
    paras(d, [f"Estimado/a {f['member']}:",
              f"Su médico pidió cobertura de {DRUG} para la fibrosis quística. Nuestros criterios exigen al menos "
              "una variante F508del u otra variante del gen CFTR que responda a este medicamento. El informe "
              "genético no muestra ninguna. La solicitud no es médicamente necesaria según nuestros criterios.",
              "#Su derecho a apelar",
              "Puede apelar dentro de los 180 días a partir de la fecha de esta carta. Una apelación urgente se "
              "decide en 72 horas. Puede pedir una revisión externa dentro de 4 meses de nuestra decisión final."],
          size=9.8)
    t = truth("denial_letter", "medical_necessity", "es", insurer=ORG, group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[pa], service_dates=[start.isoformat()],
              denial_date=f["notice"].isoformat(), provider=DOC, appeal_deadline=plus(f["notice"], 180).isoformat(),
              alternates={"provider": [DOC_BARE]})
    return pdf_bytes(d), t


def d_upheld_rotated(r):
    f = base(r, 4)
    ap = "AP1-" + pat(r, "999999")
    pa = "PA-" + pat(r, "99999999")
    dl = plus(f["notice"], 60)
    d = Page(footer=f"{ORG}  -  First-Level Appeal Decision")
    d.add_page()
    letterhead(d, ORG, ["Pharmacy Appeals", ORG_ADDR], centred=True)
    y0, y1 = sidebar(d, [("Date", fd(f["notice"], "iso")), ("Member", f["member"]), ("Member ID", f["mid"]),
                         ("Appeal number", ap), ("Original case", pa), ("Prescriber", DOC)], w=56)
    d.set_xy(74, y0)
    d.font(9.8)
    d.multi_cell(122, 4.7, f"Dear {f['member']}:\n\nWe reviewed your first-level appeal of our denial of "
                 f"{DRUG}. A pulmonologist who did not make the first decision looked at all records. The genotype "
                 "report still shows no variant that responds to this drug, and no lab testing showing a response "
                 "was sent. Our criteria are not met, so the drug is not medically necessary and we uphold the "
                 f"denial.\n\nYou may ask for a second-level appeal within 60 days of the date of this letter, by "
                 f"{fd(dl, 'iso')}. An expedited appeal is decided within 72 hours. After the second level you may "
                 "ask for an external review within 4 months.\n\nSincerely,\nAppeals Pharmacist", new_x="LMARGIN",
                 new_y="NEXT")
    t = truth("denial_letter", "medical_necessity", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[ap, pa], denial_date=f["notice"].isoformat(), provider=DOC, appeal_deadline=dl.isoformat(),
              alternates={"provider": [DOC_BARE]})
    return pdf_bytes(d), t


def d_overturned_copy(r):
    f = base(r, 5)
    ap = "AP2-" + pat(r, "999999")
    start, end = plus(f["notice"], 2), plus(f["notice"], 366)
    d = Page(footer=ORG)
    d.add_page()
    letterhead(d, ORG, ["Pharmacy Appeals", ORG_ADDR, f["phone"]])
    d.text_line(fd(f["notice"], "abbr"), 10)
    addr(d, [f["member"], *f["addr"]])
    d.boxes([("Member ID", f["mid"], 50), ("Group", f["group"], 36), ("Appeal number", ap, 44),
             ("Prescriber", DOC, 50)])
    d.ln(4)
    paras(d, [f"Dear {f['member']}:",
              f"Good news. We reversed our earlier decision. After review of the new sweat chloride result and a "
              f"functional test of your CFTR variant, {DRUG} is approved from {fd(start, 'abbr')} through "
              f"{fd(end, 'abbr')}. Your prescriptions will be filled by {SP}.",
              "You do not need to do anything more. Call us if you have questions.", "Sincerely,", "Appeals Unit"],
          size=10.2)
    t = truth("other", None, insurer=ORG, group_number=f["group"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[ap], service_dates=[f"{start}/{end}"], denial_date=f["notice"].isoformat(), provider=DOC,
              alternates={"provider": [DOC_BARE, SP], "service_dates": [[start.isoformat()]]})
    return pdf_bytes(d), t


def d_sp_photo(r):
    f = base(r, 6)
    ship = plus(f["notice"], 3)
    d = Page(footer=f"{SP}  |  Pharmacists available 24/7 at 1-555-802-6400")
    d.add_page()
    letterhead(d, SP, ["6120 Industrial Pkwy, Columbus, OH 43228", f"NCPDP {pat(r, '9999999')}  Fax 1-555-802-6499"])
    d.text_line("Welcome - Your First Shipment", 13, "B")
    d.text_line(fd(f["notice"], "nopad"), 10)
    addr(d, [f["member"], *f["addr"]])
    lv(d, [("Patient:", f["member"]), ("Plan member ID:", f["mid"]), ("Medication:", DRUG),
           ("Prescriber:", DOC), ("Ships on:", fd(ship, "nopad")), ("Your copay:", "$0.00")], w=40, size=9.8)
    paras(d, [f"Your plan, {ORG}, approved your medication. We will ship it by overnight courier; someone must be "
              "home to sign. Store tablets at room temperature and take them with fat-containing food.",
              "A pharmacist will call you before each refill."], size=9.8)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"],
              service_dates=[ship.isoformat()], denial_date=f["notice"].isoformat(), provider=SP,
              unscored=["insurer"], alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    def r(i):
        return random.Random(rng.randint(0, 10 ** 9) + i)
    docs, seps = d_stack(r(2))
    return [
        Item(f"{FAMILY}_bd_pa_genotype_criteria", "born_digital", [d_pa_bd(r(0))]),
        Item(f"{FAMILY}_faxfine_fill_sweat_test_not_received_prose", "fax_fine_g4", [d_fill_fax(r(1))]),
        Item(f"{FAMILY}_scan300_stack_pulm_letter_and_rx_statement", "scan_clean_300", docs, separators=seps),
        Item(f"{FAMILY}_lowres_carta_es_genotype", "scan_lowres_150", [d_es_lowres(r(3))]),
        Item(f"{FAMILY}_rotated_first_appeal_upheld_sidebar", "rotated", [d_upheld_rotated(r(4))]),
        Item(f"{FAMILY}_copy_second_appeal_overturned", "photocopy", [d_overturned_copy(r(5))]),
        Item(f"{FAMILY}_photo_specialty_pharmacy_welcome", "phone_photo", [d_sp_photo(r(6))]),
    ]
