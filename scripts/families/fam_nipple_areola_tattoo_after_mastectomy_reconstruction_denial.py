"""Invented commercial plan refusing 3-D nipple-areola tattooing after mastectomy reconstruction (then reversed).

Tidewell Mutual Health Plan (invented) calls 3-D nipple-areola micropigmentation by a tattoo studio cosmetic,
then, on the member's appeal citing the Women's Health and Cancer Rights Act (a real federal law named only as
itself), overturns its denial. Every person, plan, studio, practice, number and amount is invented.

Documents (8 in 7 files):
- `..._bd_preservice_sidebar`: pre-service denial (cosmetic, not covered), serif, facts in a shaded left
  sidebar, paragraphs on the right (born digital).
- `..._scan300_studio_invoice`: the tattoo studio's invoice to the patient, deposit, balance, tax ID; denies
  nothing (scan 300).
- `..._faxfine_surgeon_letter`: the reconstructive surgeon's letter to the plan under a fax header line, facts
  only in sentences; denies nothing (fax fine).
- `..._rotated_eob_table`: member EOB, table with two-line headings, three providers, totals, the tattoo line
  denied with a remark code explained below, subscriber as decoy (rotated).
- `..._phone_spanish_notice`: Spanish claim denial for another member (cosmetic), Spanish labels and dates
  (phone photo).
- `..._lowres_overturned_appeal`: appeal decision overturning the denial under the WHCRA; denies nothing (150 dpi).
- `..._photocopy_stack`: the plan's letter to the studio denying the touch-up claim (studio not an eligible
  provider type) with its duplex back, then the member's appeal letter fed sideways (photocopy).
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from kit_rounddg_famdga import fax_line, hline, panel, right_block, sidebar
from public_kit import Page, fdate, out, plus, truth

FAMILY = "nipple_areola_tattoo_after_mastectomy_reconstruction_denial"
LANG = "en"
SEED = 351000

PLAN = "Tidewell Mutual Health Plan"
MEMBER, MID, GRP, PLAN_ID = "Corinne A. Waverly", "TWM 4418 2290 07", "88120", "TMH-PPO-30"
STUDIO, ARTIST = "Halo & Hue Restorative Tattoo Studio", "Jolene P. Marchbank"
SURGEON, PRACTICE = "Dr. Evangeline R. Osterhout", "Osterhout Plastic & Reconstructive Surgery"
UM = "UM-26-0041873"
CLAIM = "26-0219-448812"
TATTOO = dt.date(2026, 2, 12)
PLAN_ADDR = "Tidewell Mutual Health Plan, Member Appeals, P.O. Box 40927, Erie, PA 16514"


def plan_head(p: Page, sub: str, size: float = 15) -> None:
    p.f(size, "B")
    p.cell(0, 7, "TIDEWELL", new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(0, 4, "Mutual Health Plan  |  " + sub, new_x="LMARGIN", new_y="NEXT")
    y = p.get_y() + 1
    p.set_line_width(0.8)
    hline(p, p.l_margin, y, p.w - p.r_margin, y)
    p.set_line_width(0.2)
    p.ln(5)


def n1_preservice(rng):
    nd, planned = dt.date(2026, 1, 20), TATTOO
    p = Page(serif=True, footer="{n} / {nb}", footer_left="TMH-UM-44 (01/26)  Tidewell Mutual Health Plan")
    p.set_margins(14, 14, 16)
    p.add_page()
    plan_head(p, "Utilization Management Department  |  1-888-555-0133 (TTY 711)")
    y0 = p.get_y()
    sidebar(p, [("Member", MEMBER), ("Mbr #", MID), ("Grp", GRP), ("Plan", "Choice PPO " + PLAN_ID),
                ("Date of birth", "04/09/1973"), ("Subscriber", "Dale M. Waverly"), ("Ref No.", UM),
                ("Request received", "01/13/2026"), ("Decision date", fdate(nd, "slash")),
                ("Planned date", fdate(planned, "slash")), ("Requesting provider", SURGEON),
                ("Performing", STUDIO), ("Code", "11921 (tattooing, 6.1-20.0 sq cm)")],
            14, y0, 50, 150, size=8.2)
    x = 70
    p.set_left_margin(x)
    p.set_xy(x, y0)
    p.f(10)
    p.multi_cell(0, 4.8, f"{MEMBER}\n77 Fenwick Avenue\nErie, PA 16505", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.f(12, "B")
    p.multi_cell(0, 6, "We cannot approve 3-D nipple-areola tattooing", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for t in [
        f"Dear Ms. Waverly: Your surgeon asked us to approve three-dimensional nipple and areola tattooing "
        f"(micropigmentation) of both breasts at {STUDIO} on {fdate(planned, 'long')}. We reviewed the request "
        f"on {fdate(nd, 'long')} and we have denied it.",
        "Why: your plan excludes cosmetic services, meaning services done mainly to change or improve appearance. "
        "Our medical policy MP-SURG-212 (Breast Reconstruction) covers nipple-areola reconstruction and tattooing "
        "only when done by a physician or a licensed medical provider as part of the reconstruction. Artistic 3-D "
        "tattooing performed by a tattoo studio is treated as cosmetic. See the Evidence of Coverage, Section 6, "
        "Exclusions, item 14.",
        "The studio quoted $1,100 for both sides. You may ask us for a free copy of the policy and of the documents "
        "we used.",
        "Your right to appeal: you or someone you name may appeal in writing within 180 days of the date of this "
        "letter. Send it to " + PLAN_ADDR + ", or fax 1-888-555-0139. If waiting would seriously harm your health, "
        "ask for an expedited appeal (decided within 72 hours). After our final decision you may ask for an "
        "external review by an independent review organization within 4 months.",
        "Sincerely,\nGareth N. Ellsworth, MD, Medical Director",
    ]:
        p.f(10)
        p.multi_cell(0, 4.8, t, new_x="LMARGIN", new_y="NEXT")
        p.ln(3)
    t = truth("denial_letter", "not_covered", insurer=PLAN, plan_id=PLAN_ID, group=GRP, member_id=MID,
              member_name=MEMBER, cases=[UM], service_dates=[planned.isoformat()], denial_date=nd.isoformat(),
              provider=SURGEON, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"provider": [STUDIO, PRACTICE], "claim_amount": ["1100.00"]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def n2_invoice(rng):
    idate = dt.date(2026, 2, 20)
    p = Page(footer=None)
    p.set_margins(20, 18, 20)
    p.add_page()
    p.line("Halo & Hue", 20, "B")
    p.line("Restorative Tattoo Studio  -  areola & scar camouflage", 9)
    p.line("2316 Quarry Street, Erie, PA 16502  -  (814) 555-0164  -  Tax ID 82-5530917", 8.5)
    p.ln(4)
    right_block(p, [("INVOICE", "INV-2026-0217"), ("Invoice date", fdate(idate, "abbr")), ("Acct", "HH-00418")],
                w=80, label_w=30, size=9.5)
    p.ln(2)
    p.f(9.5, "B")
    p.cell(0, 5, "Bill to", new_x="LMARGIN", new_y="NEXT")
    p.para(f"{MEMBER}\n77 Fenwick Avenue, Erie, PA 16505\nInsurance: Tidewell Mutual - ID {MID.replace(' ', '')}",
           9.5)
    p.table(["Date", "Description", "Artist", "Qty", "Amount"],
            [[fdate(TATTOO, "slash"), "3-D nipple-areola micropigmentation, left breast", ARTIST, "1", "550.00"],
             [fdate(TATTOO, "slash"), "3-D nipple-areola micropigmentation, right breast", ARTIST, "1", "550.00"],
             ["", "Color consultation (no charge)", ARTIST, "1", "0.00"]],
            [24, 78, 40, 10, 22], size=8.8, aligns=["L", "L", "L", "C", "R"])
    p.pairs([("Total charges", "$1,100.00"), ("Deposit paid 01/29/2026", "- $400.00"), ("Balance due", "$700.00")],
            label_w=140, size=9.5, x=20)
    p.ln(3)
    p.para("Your insurance did not approve this service in advance (their reference UM-26-0041873). We have given you "
           "an itemized receipt so you can send it with an appeal. Touch-up session booked for 03/19/2026. "
           "Payment plans available. Thank you, Jolene.", 9)
    t = truth("other", None, insurer=None, member_id=MID, member_name=MEMBER, claim_amount="1100.00",
              service_dates=[TATTOO.isoformat()], denial_date=idate.isoformat(), provider=STUDIO,
              alternates={"provider": [ARTIST], "claim_amount": ["700.00"], "denial_date": [None],
                          "case_numbers": [[UM]]},
              unscored=["insurer", "case_numbers"])
    return out(p), t


def n3_surgeon(rng):
    ld = dt.date(2026, 3, 2)
    p = Page(footer=None)
    p.set_margins(25, 20, 25)
    p.add_page()
    fax_line(p, "03/02/2026 16:41   8145550172   OSTERHOUT PRS   PAGE 01 OF 01")
    p.line(PRACTICE, 12.5, "B", align="C")
    p.line("4120 Peach Street, Suite 300, Erie, PA 16509  *  tel 814-555-0171  *  fax 814-555-0172  *  NPI 1588203746",
           7.8, align="C")
    p.ln(8)
    p.para(fdate(ld, "long"), 10.5)
    p.para("Tidewell Mutual Health Plan\nAttention: Member Appeals\nP.O. Box 40927\nErie, PA 16514", 10.5, gap=5)
    for t_ in [
        "To the appeals reviewer:",
        f"I am writing in support of the appeal of my patient, {MEMBER}, whose Tidewell member number is "
        f"{MID} and whose husband, Dale M. Waverly, is the subscriber. Ms. Waverly, who was born April 9, 1973, "
        f"had bilateral mastectomies for breast cancer on June 10, 2025 and completed implant reconstruction in "
        f"my practice on October 21, 2025.",
        f"Your letter of January 20, 2026, reference {UM}, refused the nipple-areola tattooing I asked for as "
        f"cosmetic, and your statement of March 5, 2026 then denied claim {CLAIM}, billed at $1,100.00 for the "
        f"tattooing that Jolene P. Marchbank of {STUDIO} performed on February 12, 2026.",
        "Nipple-areola reconstruction is the final stage of breast reconstruction after mastectomy. The Women's "
        "Health and Cancer Rights Act requires a plan that covers mastectomy to cover all stages of "
        "reconstruction, in a manner decided with the patient and her physician. I referred Ms. Waverly to "
        "Ms. Marchbank because three-dimensional tattooing by an experienced medical tattoo artist gives a "
        "better result than the flat tattooing offered in my office, and I supervised the plan of care.",
        "I ask that you reverse the denial and pay the claim. I would be glad to speak with your medical "
        "director; my direct line is 814-555-0175.",
        "Sincerely,\n\n\nEvangeline R. Osterhout, MD, FACS",
    ]:
        p.para(t_, 10.5, gap=3.5)
    t = truth("other", None, insurer=PLAN, plan_id=None, group=None, member_id=MID, member_name=MEMBER,
              cases=[CLAIM, UM], claim_amount="1100.00", service_dates=[TATTOO.isoformat()],
              denial_date=ld.isoformat(), provider="Evangeline R. Osterhout", appeal_deadline=None,
              alternates={"insurer": [None], "provider": [PRACTICE, STUDIO, ARTIST], "denial_date": [None],
                          "case_numbers": [[CLAIM]]})
    return out(p), t


def n4_eob(rng):
    sd = dt.date(2026, 3, 5)
    p = Page(footer="Page {n} of {nb}")
    p.set_margins(15, 14, 15)
    p.add_page()
    plan_head(p, "Explanation of Benefits  -  THIS IS NOT A BILL", 17)
    y = p.get_y()
    p.pairs([("Subscriber", "Dale M. Waverly"), ("Patient", MEMBER), ("Member ID", MID),
             ("Group / Plan", f"{GRP} / {PLAN_ID}")], label_w=28, size=9, h=4.8)
    right_block(p, [("Statement date", fdate(sd, "long")), ("Claims received", "02/19/26 - 02/27/26"),
                    ("Customer service", "1-888-555-0130")], y=y, w=85, label_w=34, size=9)
    p.ln(6)
    head = ["Claim\nnumber", "Provider", "Date(s)\nof service", "Amount\nbilled", "Plan\ndiscount",
            "Plan\npaid", "Your\nshare", "Remark\ncode"]
    rows = [["26-0211-401937", "Osterhout Plastic & Recon.", "02/06/26", "$240.00", "$88.40", "$121.28", "$30.32", "P1"],
            [CLAIM, STUDIO, "02/12/26", "$1,100.00", "$0.00", "$0.00", "$1,100.00", "X42"],
            ["26-0223-409551", "Lakeshore Pathology Assoc.", "02/16/26", "$312.75", "$140.10", "$138.12", "$34.53", "P1"],
            ["", "Totals", "", "$1,652.75", "$228.50", "$259.40", "$1,164.85", ""]]
    p.table(head, rows, [26, 52, 18, 19, 17, 17, 19, 14], size=7.8,
            aligns=["L", "L", "L", "R", "R", "R", "R", "C"], bold_last=True)
    p.heading("What the remark codes mean", 9.5)
    p.bullets(["P1 - Paid under your plan. Your share is coinsurance after the deductible.",
               "X42 - Denied. Cosmetic service: 3-D nipple-areola tattooing by a non-physician studio is excluded "
               "(Evidence of Coverage, Section 6, item 14; policy MP-SURG-212). Prior request UM-26-0041873 was "
               "also denied. You may have to pay this amount."], 8.5)
    p.heading("Your plan year  01/01/2026 - 12/31/2026", 9.5)
    p.pairs([("Deductible met", "$1,000 of $1,500"), ("Out-of-pocket met", "$1,312 of $6,000")], label_w=45, size=8.5,
            h=4.4)
    p.ln(2)
    p.para("To appeal a denied claim, write to us within 180 days of the date of this statement at " + PLAN_ADDR +
           ". Questions: 1-888-555-0130, TTY 711.", 8.5)
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=PLAN_ID, group=GRP, member_id=MID, member_name=MEMBER,
              cases=[CLAIM], claim_amount="1100.00", service_dates=[TATTOO.isoformat()], denial_date=sd.isoformat(),
              provider=STUDIO, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"case_numbers": [[CLAIM, UM]]})
    return out(p), t


def n5_spanish(rng):
    nd, dos = dt.date(2026, 3, 9), dt.date(2026, 2, 24)
    mid, claim = "TWM-5570-3318-02", "26-0302-117094"
    p = Page(footer="Página {n} de {nb}")
    p.set_margins(18, 16, 18)
    p.add_page()
    plan_head(p, "Servicios al Miembro  |  1-888-555-0131 (TTY 711)", 15)
    p.line("AVISO DE DENEGACIÓN DE PAGO", 13, "B")
    p.ln(2)
    p.boxed_pairs([("Fecha del aviso", fdate(nd, "long", "es")), ("Miembro", "Itzel M. Zamora"),
                   ("Núm. de miembro", mid), ("Grupo", "GRP 77304"), ("Fecha de nacimiento", "02/11/1968"),
                   ("Núm. de reclamación", claim), ("Proveedor", "Estudio Areola Viva - Luz Benítez"),
                   ("Fecha del servicio", "24 de febrero de 2026"), ("Monto facturado", "$950.00"),
                   ("Fecha de recibo", "2 de marzo de 2026")], label_w=50)
    p.heading("Motivo de la denegación", 11)
    p.para("El tatuaje tridimensional del pezón y la areola realizado por un estudio de tatuajes se considera un "
           "servicio cosmético. Su plan excluye los servicios cosméticos (Evidencia de Cobertura, Sección 6, "
           "punto 14; política médica MP-SURG-212).", 10)
    p.heading("Sus derechos de apelación", 11)
    p.para("Usted puede apelar por escrito dentro de 180 días a partir de la fecha de este aviso. Envíe su apelación a "
           + PLAN_ADDR + " o por fax al 1-888-555-0139. Puede pedir copias gratuitas de los documentos de su "
           "reclamación. Si necesita una apelación rápida (72 horas), llámenos.", 10)
    p.para("Ayuda en otros idiomas: 1-888-555-0131. Su esposo, Héctor Zamora, puede ayudarle si usted lo nombra "
           "como representante.", 9)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group="GRP 77304", member_id=mid,
              member_name="Itzel M. Zamora", cases=[claim], claim_amount="950.00", service_dates=[dos.isoformat()],
              denial_date=nd.isoformat(), provider="Estudio Areola Viva", appeal_deadline=plus(nd, 180).isoformat(),
              lang="es", alternates={"provider": ["Luz Benítez", "Estudio Areola Viva - Luz Benítez"],
                                     "group_number": ["77304"]})
    return out(p), t


def n6_overturned(rng):
    nd = dt.date(2026, 4, 8)
    appeal = "APL-26-00917"
    p = Page(serif=True, footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    plan_head(p, "Appeals and Grievances", 14)
    right_block(p, [("Date", fdate(nd, "iso")), ("Appeal #", appeal), ("Claim", CLAIM), ("Mbr #", MID)],
                w=76, label_w=22, size=9.5)
    p.ln(4)
    p.para(f"{MEMBER}\n77 Fenwick Avenue\nErie, PA 16505", 10, gap=5)
    p.line("Appeal decision: OVERTURNED", 12, "B")
    p.ln(2)
    p.para("Dear Ms. Waverly,", 10)
    p.para(f"We received your appeal on March 13, 2026, with a letter from Dr. Osterhout. A board-certified plastic "
           f"surgeon who did not take part in the first decision reviewed it. We have reversed our denial of the "
           f"3-D nipple-areola tattooing done by {STUDIO} on {fdate(TATTOO, 'slash')}.", 10)
    p.para("Reason: under the Women's Health and Cancer Rights Act, a plan that covers mastectomy must cover "
           "all stages of reconstruction, including nipple-areola reconstruction, in a manner chosen by the "
           "patient and her attending physician. Your surgeon directed this tattooing as the final stage of your "
           "reconstruction, so the cosmetic exclusion does not apply.", 10)
    p.para("We will reprocess the claim (billed $1,100.00) under your in-network surgical benefit within 30 days; "
           "you will receive a new Explanation of Benefits. Your deductible and coinsurance apply. The touch-up "
           "session on 03/19/2026 (claim 26-0322-502276) will be reviewed separately.", 10)
    p.para("Questions: 1-888-555-0130 (TTY 711). Sincerely,\nAppeals Coordinator, Tidewell Mutual Health Plan", 10)
    t = truth("other", None, insurer=PLAN, member_id=MID, member_name=MEMBER, cases=[appeal, CLAIM],
              service_dates=[TATTOO.isoformat()], denial_date=nd.isoformat(), provider=STUDIO,
              alternates={"case_numbers": [[appeal]], "claim_amount": ["1100.00"], "provider": [SURGEON]})
    return out(p), t


def n7a_studio_letter(rng):
    nd, dos = dt.date(2026, 3, 30), dt.date(2026, 3, 19)
    claim = "26-0322-502276"
    p = Page(footer=None, footer_left="TMH-PR-9")
    p.add_page()
    plan_head(p, "Provider Services  |  1-888-555-0135", 14)
    p.para(f"{fdate(nd, 'long')}\n\n{STUDIO}\nAttn: Billing\n2316 Quarry Street\nErie, PA 16502", 10, gap=4)
    p.boxed_pairs([("Patient / Mbr #", f"{MEMBER} / {MID}"), ("ICN", claim), ("Date of service", fdate(dos, "slash")),
                   ("Billed", "$250.00"), ("Billing TIN", "82-5530917"), ("Reason", "Provider type not eligible")],
                  label_w=42)
    p.para("We cannot pay this claim. Tidewell pays only licensed health care professionals and facilities. A tattoo "
           "studio is not an eligible provider type under the plan and has no participation agreement or NPI on "
           "file. The member may be billed only as her plan allows.", 10)
    p.para("You may ask for reconsideration within 60 days of the date of this letter. Send the request with "
           "proof of licensure to Provider Reconsiderations, P.O. Box 40933, Erie, PA 16514, fax 1-888-555-0136.",
           10)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, member_id=MID, member_name=MEMBER, cases=[claim],
              claim_amount="250.00", service_dates=[dos.isoformat()], denial_date=nd.isoformat(), provider=STUDIO,
              appeal_deadline=plus(nd, 60).isoformat(), denial_alternates=["not_covered", "other"])
    return out(p), t


def n7b_member_letter(rng):
    ld = dt.date(2026, 3, 12)
    p = Page(footer=None)
    p.set_margins(28, 24, 28)
    p.add_page()
    p.para(f"{MEMBER}\n77 Fenwick Avenue\nErie, PA 16505\n\nMarch 12th, 2026 ({fdate(ld, 'slash')})", 11, gap=6)
    p.para("Tidewell Mutual Health Plan\nMember Appeals\nP.O. Box 40927, Erie, PA 16514", 11, gap=6)
    p.para(f"Re: Appeal - claim {CLAIM} / Ref {UM}\nMember # {MID}", 11, gap=5)
    for t_ in [
        "To whom it may concern,",
        "I am appealing your decision to deny my nipple and areola tattoos. I had both breasts removed for cancer "
        "last June and my reconstruction was done by Dr. Osterhout. The tattooing on February 12 was the last "
        "step of that reconstruction, not a beauty treatment. The Women's Health and Cancer Rights Act says you "
        "have to cover all stages of reconstruction.",
        "I paid the studio a $400 deposit and owe $700 more. Dr. Osterhout's letter is enclosed with the studio's "
        "receipt and your EOB of 3/5/26. Please call me at 814-555-0189 or my husband Dale.",
        "Thank you,\n\nCorinne Waverly",
    ]:
        p.para(t_, 11, gap=4)
    t = truth("other", None, insurer=PLAN, member_id=MID, member_name=MEMBER, cases=[CLAIM, UM],
              service_dates=[], denial_date=ld.isoformat(), provider=None,
              alternates={"insurer": [None], "provider": ["Dr. Osterhout"], "case_numbers": [[CLAIM]],
                          "denial_date": [None], "service_dates": [[TATTOO.isoformat()]]})
    return out(p), t


def documents(rng):
    F = FAMILY
    return [
        Item(f"{F}_bd_preservice_sidebar", "born_digital", [n1_preservice(rng)]),
        Item(f"{F}_scan300_studio_invoice", "scan_clean_300", [n2_invoice(rng)]),
        Item(f"{F}_faxfine_surgeon_letter", "fax_fine_g4", [n3_surgeon(rng)]),
        Item(f"{F}_rotated_eob_table", "rotated", [n4_eob(rng)]),
        Item(f"{F}_phone_spanish_notice", "phone_photo", [n5_spanish(rng)]),
        Item(f"{F}_lowres_overturned_appeal", "scan_lowres_150", [n6_overturned(rng)]),
        Item(f"{F}_photocopy_stack", "photocopy", [n7a_studio_letter(rng), n7b_member_letter(rng)],
             separators=["duplex", None], turns={(1, 0): 90}),
    ]
