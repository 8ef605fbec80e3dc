"""Family 'medicare_advantage_pffs_out_of_network_claim_denial': a Medicare Advantage Private Fee-for-Service plan
refuses payment because the treating provider did not accept the plan's terms and conditions of payment (a
non-deemed provider). Modelled on the public Notice of Denial of Medicare Payment (CMS-10003-NDP) structure: "Your
request was denied", "Why did we deny your request?", "You have the right to appeal our decision", 65-day
reconsideration window, IRE forwarding. Also a notice to the provider, a provider remittance with several patients,
a member EOB with several claims (one denied), a favourable reconsideration, a Spanish notice and a faxed stack
(upheld reconsideration forwarded to the IRE + a paid EOB). Decoys: form and material numbers, OMB number, NPI, DOB,
received dates, 72-hour fast appeals, IRE and ALJ limits, other claims. All values invented.

Issuer: Larkspur Senior Health (plan "Larkspur Freedom PFFS").
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "medicare_advantage_pffs_out_of_network_claim_denial"
LANG = "en"
SEED = 338200
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LS = "Larkspur Senior Health"
PLAN = "Larkspur Freedom PFFS"
DOCS = [("Ignatius P. Wexford", "MD", "Wexford Orthopaedic & Spine"), ("Rosalind T. Achterberg", "DO",
        "Achterberg Family Medicine"), ("Lucian B. Okafor-Reyes", "MD", "Prairie Gate Cardiology"),
        ("Hortensia V. Blackwood", "MD", "Blackwood Dermatology Clinic")]
FIRST = ["Eldon", "Winifred", "Clarence", "Mavis", "Osgood", "Bernadine", "Leopold", "Agatha"]
LAST = ["Featherstone", "Rademacher", "Oyelowo", "Bickerstaff", "Lindqvist", "Marchbanks", "Tolliver", "Penhaligon"]


class Page(Doc):
    def __init__(self):
        super().__init__("DejaVu", margins=(20, 14, 20))
        self.add_font("DejaVu", "B", BOLD)


def dig(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def facts(r, ds, ms, es=False):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 170))
    doc = r.choice(DOCS)
    if es:
        member = f"{r.choice(['Anselmo', 'Rosaura', 'Teodoro', 'Clemencia'])} {r.choice('ABCDEGJLMR')}. " \
                 f"{r.choice(['Galarza', 'Echevarría', 'Olivares', 'Bustamante'])}"
    else:
        member = f"{r.choice(FIRST)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {r.choice(LAST)}"
    dos = notice - dt.timedelta(days=r.randint(25, 60))
    return dict(ds=ds, ms=ms, notice=notice, es=es, member=member, doc=doc[0], cred=doc[1], clinic=doc[2],
                dos=dos, received=dos + dt.timedelta(days=r.randint(5, 14)),
                declined=dos - dt.timedelta(days=r.randint(1, 3)),
                dob=dt.date(r.randint(1934, 1960), r.randint(1, 12), r.randint(1, 27)),
                mid="LSH" + dig(r, 8), plan="H7391-00" + str(r.randint(2, 8)), claim=dig(r, 4) + "-" + dig(r, 7),
                recon="RCN-" + dig(r, 8), npi=r.choice("12") + dig(r, 9), mbi=dig(r, 1) + "EG" + dig(r, 1) + "-TX" + dig(r, 1) + "-MK" + dig(r, 2),
                phone=f"1-8{r.choice('4567')}{r.randint(4, 8)}-{dig(r, 3)}-{dig(r, 4)}")


def D(f, d):
    return fmt_date(d, f["ds"])


def M(f, v):
    return fmt_money(v, f["ms"])


def head(d, f, dept="Claims and Appeals"):
    d.font(17, "B")
    d.cell(0, 8, "Larkspur", new_x="LMARGIN", new_y="NEXT")
    d.font(9)
    d.cell(0, 4.5, "Larkspur Senior Health  -  Medicare Advantage plans", new_x="LMARGIN", new_y="NEXT")
    d.set_xy(d.w - d.r_margin - 70, d.get_y() - 12)
    d.font(8)
    d.multi_cell(70, 4, f"{dept}\nPO Box 93410, Sioux Bluff, NE 68113\n{f['phone']}  TTY 711", align="R",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.rule(0.8)
    d.ln(2)


def kv(d, rows, w1=48, size=9.5):
    for a, b in rows:
        d.font(size - 1)
        d.cell(w1, 5.1, a)
        d.font(size, "B")
        d.cell(0, 5.1, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def ndmp(d, f, amount):
    """Member notice in the structure of the Notice of Denial of Medicare Payment."""
    d.add_page()
    head(d, f)
    es = f["es"]
    d.text_line("Aviso de denegación de pago de Medicare" if es else "Notice of Denial of Medicare Payment", 14, "B", "C")
    d.ln(2)
    if es:
        kv(d, [("Fecha:", D(f, f["notice"])), ("Número de afiliado:", f["mid"]), ("Nombre:", f["member"]),
               ("Plan:", f"{PLAN} ({f['plan']})"), ("Número de reclamación:", f["claim"])], 46)
        d.text_line("Su solicitud fue denegada", 11.5, "B")
        d.para(f"Denegamos el pago de los siguientes servicios médicos que usted recibió de {f['doc']}, "
               f"{f['cred']} ({f['clinic']}) el {D(f, f['dos'])}: consulta y radiografías, cargo total "
               f"{M(f, amount)}.")
        d.text_line("¿Por qué denegamos su solicitud?", 11.5, "B")
        d.para("Este es un plan Privado de Pago por Servicio (PFFS). Un proveedor que no tiene contrato con el plan "
               "debe aceptar nuestros términos y condiciones de pago antes de atenderle. El consultorio nos informó "
               f"el {D(f, f['declined'])} que no acepta los términos y condiciones del plan, y no se trató de una "
               "emergencia ni de atención de urgencia.")
        d.text_line("Usted tiene derecho a apelar nuestra decisión", 11.5, "B")
        d.para("Si desea apelar, debe pedirlo dentro de 65 días a partir de la fecha de este aviso. Le daremos una "
               "decisión dentro de 60 días. Esta reclamación es un pago por servicios ya recibidos, por lo que no "
               "aplica la apelación rápida de 72 horas.")
        d.para(f"Llame al {f['phone']}. Formulario CMS-10003-NDP (OMB 0938-0829). Y0147_NDP26_S_C", 8.5)
        return
    kv(d, [("Date:", D(f, f["notice"])), ("Member number:", f["mid"]), ("Name:", f["member"]),
           ("Plan:", f"{PLAN}   Plan ID: {f['plan']}"), ("Claim number:", f["claim"])], 38)
    d.text_line("Your request was denied", 11.5, "B")
    d.para(f"We have denied payment for the following medical services/items you received from: {f['doc']}, "
           f"{f['cred']}, {f['clinic']} (NPI {f['npi']}). Service date {D(f, f['dos'])}; office visit, new patient, "
           f"and X-ray, two views. Amount billed {M(f, amount)}.")
    d.text_line("Why did we deny your request?", 11.5, "B")
    d.para(f"{PLAN} is a Medicare Advantage Private Fee-for-Service plan. A provider who has no contract with us may "
           "treat you only if the provider agrees to our terms and conditions of payment. On "
           f"{D(f, f['declined'])} this office told us it does not accept our terms and conditions for your visit. "
           "The service was not emergency or urgently needed care, so we cannot pay this claim.")
    d.text_line("You have the right to appeal our decision", 11.5, "B")
    d.para("You have the right to ask us to review our decision (a reconsideration). If you want to appeal, you must "
           "ask within 65 days from the date of this notice. We will give you a decision within 60 days. A fast "
           "(72-hour) appeal does not apply to payment for care you already received.")
    d.text_line("Who may ask for an appeal?", 10.5, "B")
    d.para("You, your representative, or a provider who signs a waiver of liability. If we keep our denial, we will "
           "send your case to an Independent Review Entity automatically.", 9.5)
    d.para(f"Questions: {f['phone']}, 8 a.m. - 8 p.m., seven days a week. Date of birth on file "
           f"{D(f, f['dob'])}.", 9)
    d.text_line("Form CMS-10003-NDP  OMB Approval 0938-0829   Y0147_NDP26_C", 7)


def provider_notice(d, f, amount):
    d.add_page()
    head(d, f, "Provider Services")
    d.text_line(D(f, f["notice"]), 10)
    d.ln(2)
    for ln in (f["clinic"], f"Attn: {f['doc']}, {f['cred']}", "Billing Office", "3105 Kittredge Road",
               "Sioux Bluff, NE 68114"):
        d.text_line(ln, 10)
    d.ln(3)
    d.text_line("NOTICE TO PROVIDER - PFFS TERMS AND CONDITIONS NOT ACCEPTED", 11.5, "B")
    d.ln(1)
    d.table(["Patient", "Member ID", "Claim #", "DOS", "Billed", "Allowed", "Paid"],
            [[f["member"], f["mid"], f["claim"], D(f, f["dos"]), M(f, amount), M(f, 0), M(f, 0)]],
            [38, 27, 26, 24, 20, 18, 17], 8.4, "LLLLRRR")
    d.para(f"Claim received {D(f, f['received'])}. Rendering NPI {f['npi']}.", 8.6)
    d.para(f"Our records show that on {D(f, f['declined'])} your office told our Provider Services line that you do "
           f"not accept the {PLAN} terms and conditions of payment for this patient. A provider who declines our "
           "terms is not a deemed provider and may not be paid by the plan for non-emergency services. The claim is "
           "denied. Under Medicare Advantage rules you may not bill the member more than the member would owe under "
           "Original Medicare until you have given the member written notice of your status.")
    d.para("Reconsideration: as a non-contracted provider you may ask for a reconsideration within 65 days of the "
           "date of this notice, with a signed Waiver of Liability Statement. Send it to Larkspur Appeals, PO Box "
           "93411, Sioux Bluff, NE 68113. Terms and conditions: larkspursenior.example/pffs-terms.")
    d.ln(2)
    d.text_line("Provider Claims Review - " + LS, 9.5)


def remittance(d, f, rows, denied_idx):
    d.add_page()
    head(d, f, "Provider Remittance")
    d.text_line("PROVIDER REMITTANCE ADVICE", 12, "B")
    kv(d, [("Payee:", f"{f['clinic']}   NPI {f['npi']}"), ("Remit date:", D(f, f["notice"])),
           ("EFT trace:", "EFT" + f["claim"][-6:] + "22"), ("Plan:", PLAN)], 30)
    d.table(["Patient", "Member ID", "Claim", "DOS", "Proc", "Billed", "Paid", "CARC"],
            [[r[0], r[1], r[2], D(f, r[3]), r[4], M(f, r[5]), M(f, r[6]), r[7]] for r in rows],
            [34, 26, 25, 22, 13, 19, 18, 13], 8.0, "LLLLLRRL")
    d.para("CO-38: Services not provided or authorized by designated (network/primary care) providers. The provider "
           f"declined {PLAN} terms and conditions of payment for this member before the visit; the claim is denied.",
           8.6)
    d.para("CO-45: Charge exceeds fee schedule. Reconsideration requests must be received within 65 days of the "
           "date of this remittance.", 8.6)


def member_eob(d, f, claims, paid_only=False):
    d.add_page()
    head(d, f, "Member Services")
    d.text_line("Your Explanation of Benefits", 14, "B")
    d.text_line("This is not a bill.", 9)
    d.boxes([("Statement date", D(f, f["notice"]), 38), ("Member", f["member"], 58), ("Member ID", f["mid"], 36),
             ("Plan ID", f["plan"], 40)])
    d.ln(4)
    rows = []
    for c in claims:
        rows.append([c[0], D(f, c[1]), c[2], c[3], M(f, c[4]), M(f, c[5]), M(f, c[6]), c[7]])
    d.table(["Claim", "Date", "Provider", "Service", "Billed", "Plan paid", "You may owe", "Note"], rows,
            [24, 22, 38, 30, 18, 18, 20, 8], 7.9, "LLLLRRRL")
    if not paid_only:
        d.para("Note A: The provider did not accept the terms and conditions of payment of your Private Fee-for-"
               "Service plan, and the care was not an emergency. We denied this claim. You have the right to appeal: "
               "ask us within 65 days of the date of this statement.", 8.6)
    else:
        d.para("All claims on this statement were paid at the plan's payment rate. The provider accepted our terms "
               "and conditions of payment (deemed provider).", 8.6)
    d.para(f"Questions? {f['phone']}. Report fraud: 1-800-555-0199. Y0147_EOB26_C", 8)


def recon(d, f, amount, favorable):
    d.add_page()
    head(d, f)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(2)
    for ln in (f["member"], "77 Prairie Lark Road", "Oakhollow, NE 68460"):
        d.text_line(ln, 10)
    d.ln(3)
    d.text_line("Decision on Your Request for Reconsideration", 12.5, "B")
    kv(d, [("Reconsideration #", f["recon"]), ("Claim #", f["claim"]), ("Member ID", f["mid"]),
           ("Plan ID", f["plan"]), ("Date received", D(f, f["received"] + dt.timedelta(days=30)))], 44)
    if favorable:
        d.para(f"You asked us to reconsider our denial of payment for your visit with {f['doc']}, {f['cred']} on "
               f"{D(f, f['dos'])} (billed {M(f, amount)}). We found that the office had our terms and conditions "
               "before your visit and did not refuse them, so it is a deemed provider for that visit.")
        d.para("Our decision is fully favorable. We reversed the denial and will pay the claim at the plan's rate "
               "within 60 days. You owe only your usual copayment.")
    else:
        d.para(f"You asked us to reconsider our denial of payment for services from {f['doc']}, {f['cred']} on "
               f"{D(f, f['dos'])}, billed at {M(f, amount)}. We reviewed your request. The office declined "
               f"{PLAN}'s terms and conditions of payment in writing before your visit, and the care was not an "
               "emergency.")
        d.para("We did not change our decision: the denial is upheld. Because we did not decide fully in your favor, "
               "we have automatically sent your case to the Independent Review Entity (IRE). You do not need to do "
               "anything. The IRE will write to you. If you disagree with the IRE you may ask for a hearing with an "
               "Administrative Law Judge within 60 days of its decision.")
    d.ln(2)
    d.text_line("Medicare Appeals Unit, " + LS, 10)


def T(f, dtype, denial, **kw):
    base = dict(insurer=LS, member_id=f["mid"], member_name=f["member"], denial_date=iso(f["notice"]),
                provider=f["doc"], plan_id=f["plan"], case_numbers=[f["claim"]], service_dates=[iso(f["dos"])])
    base.update(kw)
    return truth(dtype, denial, lang="es" if f["es"] else "en", **base)


def documents(rng: random.Random) -> list[Item]:
    out = []
    r = random.Random(SEED + 1)
    f = facts(r, "wlong", "plain")
    amt = 486.00
    ndmp(d := Page(), f, amt)
    t = T(f, "denial_letter", "out_of_network", claim_amount=m2(amt),
          appeal_deadline=iso(f["notice"] + dt.timedelta(days=65)))
    out.append(Item(f"{FAMILY}_notice_denial_of_payment", "born_digital", [(pdf_bytes(d), t)]))

    r = random.Random(SEED + 2)
    f = facts(r, "mdy_nopad", "plain")
    amt = 1312.40
    provider_notice(d := Page(), f, amt)
    t = T(f, "denial_letter", "out_of_network", plan_id=None, claim_amount=m2(amt),
          appeal_deadline=iso(f["notice"] + dt.timedelta(days=65)))
    out.append(Item(f"{FAMILY}_provider_notice_terms_declined", "scan_clean_300", [(pdf_bytes(d), t)]))

    r = random.Random(SEED + 3)
    f = facts(r, "dmy", "nosign")
    amt = 728.00
    others = [(f"{r.choice(FIRST)} {r.choice('BDKR')}. {r.choice(LAST)}", "LSH" + dig(r, 8), dig(r, 4) + "-" + dig(r, 7),
               f["dos"] - dt.timedelta(days=4), "99213", 210.00, 118.62, "CO-45"),
              (f["member"], f["mid"], f["claim"], f["dos"], "99204", amt, 0.00, "CO-38"),
              (f"{r.choice(FIRST)} {r.choice('CHMT')}. {r.choice(LAST)}", "LSH" + dig(r, 8), dig(r, 4) + "-" + dig(r, 7),
               f["dos"] + dt.timedelta(days=2), "20610", 344.00, 201.16, "CO-45")]
    remittance(d := Page(), f, others, 1)
    t = T(f, "eob", "out_of_network", plan_id=None, claim_amount=m2(amt), provider=f["clinic"],
          alternates={"provider": [f["doc"]]} if False else {}, appeal_deadline=iso(f["notice"] + dt.timedelta(days=65)))
    out.append(Item(f"{FAMILY}_provider_remittance_three_patients", "scan_lowres_150", [(pdf_bytes(d), t)]))

    r = random.Random(SEED + 4)
    f = facts(r, "upper", "plain")
    amt = 655.00
    c1, c2 = dig(r, 4) + "-" + dig(r, 7), dig(r, 4) + "-" + dig(r, 7)
    member_eob(d := Page(), f, [
        (c1, f["dos"] - dt.timedelta(days=9), "Oakhollow Rural Health Clinic", "Office visit", 168.00, 104.50, 20.00,
         ""),
        (f["claim"], f["dos"], f"{f['doc']}, {f['cred']}", "Consult + X-ray", amt, 0.00, amt, "A"),
        (c2, f["dos"] + dt.timedelta(days=11), "Sioux Bluff Lab Partners", "Lipid panel", 92.00, 18.90, 0.00, "")])
    t = T(f, "eob", "out_of_network", claim_amount=m2(amt), appeal_deadline=iso(f["notice"] + dt.timedelta(days=65)))
    out.append(Item(f"{FAMILY}_member_eob_three_claims_one_denied", "photocopy", [(pdf_bytes(d), t)]))

    r = random.Random(SEED + 5)
    f = facts(r, "long", "plain")
    amt = 540.25
    recon(d := Page(), f, amt, favorable=True)
    t = T(f, "other", None, case_numbers=[f["recon"], f["claim"]], claim_amount=m2(amt), unscored=["appeal_deadline"])
    out.append(Item(f"{FAMILY}_reconsideration_fully_favorable", "fax_fine_g4", [(pdf_bytes(d), t)]))

    r = random.Random(SEED + 6)
    f = facts(r, "slash", "plain")
    amt = 902.00
    recon(d1 := Page(), f, amt, favorable=False)
    t1 = T(f, "denial_letter", "out_of_network", case_numbers=[f["recon"], f["claim"]], claim_amount=m2(amt))
    g = dict(f)
    g["claim"], g["dos"] = dig(r, 4) + "-" + dig(r, 7), f["dos"] + dt.timedelta(days=40)
    g["notice"] = f["notice"] + dt.timedelta(days=5)
    member_eob(d2 := Page(), g, [(g["claim"], g["dos"], "Oakhollow Rural Health Clinic", "Office visit", 236.00,
                                  151.80, 20.00, "")], paid_only=True)
    t2 = T(g, "eob", None, case_numbers=[g["claim"]], claim_amount=m2(236.00), provider="Oakhollow Rural Health Clinic",
           service_dates=[iso(g["dos"])], unscored=["appeal_deadline"])
    out.append(Item(f"{FAMILY}_stack_upheld_recon_and_paid_eob", "fax_standard_g4",
                    [(pdf_bytes(d1), t1), (pdf_bytes(d2), t2)], separators=["cover", "duplex"]))

    r = random.Random(SEED + 7)
    f = facts(r, "es", "plain", es=True)
    amt = 394.50
    ndmp(d := Page(), f, amt)
    t = T(f, "denial_letter", "out_of_network", claim_amount=m2(amt),
          appeal_deadline=iso(f["notice"] + dt.timedelta(days=65)))
    out.append(Item(f"{FAMILY}_aviso_denegacion_pago_es", "phone_photo", [(pdf_bytes(d), t)]))
    return out
