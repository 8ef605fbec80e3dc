"""Family 'opioid_treatment_program_weekly_bundle_billing_denial': an invented commercial plan refusing an opioid
treatment program's (OTP) weekly bundled claims for methadone and buprenorphine (HCPCS G2067, G2068, G2078,
G2080) for coding reasons (two bundles billed for one 7-day episode, take-home units over the limit, a missing
modifier) or timely filing.

Documents: a born-digital member EOB with four weekly claims, one refused as an overlapping bundle; a
born-digital timely-filing denial letter with a label column; a standard-fax stack (cover, the plan's claim edit
notice to the OTP about a missing modifier, the counselor's letter to the plan fed upside down); a phone photo of
a Spanish EOB refusing take-home units; the OTP's patient statement with weekly lines, some refused by the plan
(low resolution); an upheld appeal told in sentences (photocopy); an overturned timely-filing appeal, the claim
to be paid (scan 300, denies nothing).
All values invented; phones 1-555. Decoys: DOB, NPI, tax ID, patient account numbers, processed periods,
other weeks' claim numbers, the remit date, 42 CFR Part 8 and Part 2 references, 72-hour and external review limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundcv_famcva import Page, addr, cover, fd, letterhead, lv, paras, pat, ph, plus, sidebar, usd

FAMILY = "opioid_treatment_program_weekly_bundle_billing_denial"
LANG = "en"
SEED = 349405
ORG = "Pelican Spire Health Assurance"
ORG_ADDR = "PO Box 88214, Columbus, OH 43299"
OTP = "Harborlight Opioid Treatment Center"
OTP_ADDR = "415 Mercer Street, Dayton, OH 45499"
MD = "Ravindra K. Okonkwo-Hale, DO"
MD_BARE = "Ravindra K. Okonkwo-Hale"
MEMBERS = ["Darnell T. Whitacre", "Shauna M. Pruett", "Gideon F. Lasko", "Colleen B. Marchetti",
           "Tyrell A. Hensley", "Brianna L. Stoddard", "Wendell P. Amundsen"]
MEMBER_ES = "Rigoberto A. Salcedo"


def up(d):
    return d.strftime("%b %d, %Y").upper()


def base(r, k):
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 150))
    return dict(notice=notice, member=MEMBERS[k], mid="PSH" + pat(r, "9999999") + "-0" + str(r.randint(1, 4)),
                grp=pat(r, "99999"), phone=ph(r), dob=dt.date(r.randint(1962, 2002), r.randint(1, 12),
                                                              r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"), acct="HL-" + pat(r, "999999"))


def monday_before(d):
    return d - dt.timedelta(days=d.weekday())


def doc_eob_bd(r):
    f = base(r, 0)
    stmt = f["notice"]
    w0 = monday_before(plus(stmt, -r.randint(40, 55)))
    rows, claims = [], []
    weeks = [w0, plus(w0, 7), plus(w0, 10), plus(w0, 14)]
    denied = 2
    for i, w in enumerate(weeks):
        c = pat(r, "2026999999999")
        amt = [142.0, 142.0, 142.0, 142.0][i] + (18.5 if i == 1 else 0)
        e = plus(w, 6)
        paid = 0.0 if i == denied else round(amt * 0.8, 2)
        rows.append([c, f"{fd(w, 'short')}-{fd(e, 'short')}", "G2067", usd(amt), usd(paid),
                     "CO-97" if i == denied else ""])
        claims.append((c, w, e, amt))
    d = Page(footer=f"{ORG}  -  Explanation of Benefits  -  Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Customer Service {f['phone']}"], 0)
    d.text_line("Explanation of Benefits", 13, "B")
    d.text_line("This is not a bill.", 9)
    d.ln(2)
    lv(d, [("Statement date", fd(stmt, "long")), ("Member", f["member"]), ("Member ID", f["mid"]),
           ("Group", f["grp"]), ("Provider", OTP), ("Claims processed", f"{fd(plus(stmt, -14), 'long')} to "
                                                                    f"{fd(stmt, 'long')}")], w=40, size=9.4)
    d.table(["Claim number", "Week of service", "Code", "Billed", "Plan paid", "Note"], rows,
            [40, 38, 20, 26, 26, 20], size=8.4)
    paras(d, [
        "CO-97: The weekly bundle billed overlaps a 7-day episode already paid on another claim. G2067 may be "
        "billed once per 7 contiguous days. Services in this week are included in the payment for the earlier "
        "episode.",
        "You may ask for an appeal within 180 days of the date of this statement. Call Customer Service or write "
        f"to {ORG} Appeals, {ORG_ADDR}. Urgent appeals are decided within 72 hours."], size=9)
    c, w, e, amt = claims[denied]
    t = truth("eob", "coding_error", insurer=ORG, member_id=f["mid"], member_name=f["member"], group_number=f["grp"],
              case_numbers=[c], claim_amount=f"{amt:.2f}", service_dates=[f"{w.isoformat()}/{e.isoformat()}"],
              denial_date=stmt.isoformat(), provider=OTP, appeal_deadline=plus(stmt, 180).isoformat(),
              denial_alternates=["other"])
    return pdf_bytes(d), t


def doc_timely_bd(r):
    f = base(r, 1)
    c = pat(r, "2025999999999")
    w = monday_before(plus(f["notice"], -r.randint(230, 280)))
    e = plus(w, 6)
    got = plus(f["notice"], -r.randint(5, 15))
    amt = 167.25
    d = Page(footer=f"{ORG} | Claims Department | Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, ORG, ["Claims Department", ORG_ADDR, f"Customer Service {f['phone']}"], 2)
    d.ln(1)
    y = d.get_y()
    addr(d, [f["member"], f"{r.randint(100, 9800)} Wayne Avenue", "Dayton, OH 45499"])
    d.set_y(y)
    lv(d, [("Date", up(f["notice"])), ("Member ID", f["mid"]), ("Claim", c), ("Amount billed", usd(amt, "usd")),
           ("Claim received", up(got))], w=32, size=9, x=112)
    d.ln(4)
    d.text_line("Claim denied - filing time limit", 12, "B")
    d.ln(1)
    paras(d, [
        f"Dear {f['member']}:",
        f"We received a claim from {OTP} for weekly buprenorphine treatment (HCPCS G2068) for the week of "
        f"{up(w)} through {up(e)}. Your plan requires in-network providers to send claims within 180 days of "
        "the date of service. This claim reached us after that limit, so we denied it. Under your provider's "
        "contract you may not be billed for it.",
        "#Your right to appeal",
        "You or your provider may appeal within 180 days of the date of this letter. Send any proof that the "
        "claim was filed on time, such as a clearinghouse acceptance report. If we uphold the denial you may ask "
        "for an external review within 4 months of our final decision.",
        "Sincerely,", "Claims Department"], size=9.6)
    t = truth("denial_letter", "timely_filing", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[c], claim_amount=f"{amt:.2f}", service_dates=[f"{w.isoformat()}/{e.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=OTP, appeal_deadline=plus(f["notice"], 180).isoformat())
    return pdf_bytes(d), t


def stack_modifier(r):
    f = base(r, 2)
    c = pat(r, "2026999999999")
    w = monday_before(plus(f["notice"], -r.randint(20, 35)))
    e = plus(w, 6)
    amt = 96.0
    d = Page(footer="Provider claim edit notice")
    d.add_page()
    letterhead(d, ORG, ["Provider Claims Edits", ORG_ADDR, "Provider line 1-555-771-2040  Fax 1-555-771-2099"], 1)
    d.text_line("CLAIM EDIT NOTICE", 12.5, "B")
    d.ln(1)
    lv(d, [("Notice date", fd(f["notice"], "nopad")), ("Billing provider", OTP), ("NPI", f["npi"]),
           ("Tax ID", pat(r, "99-9999999")), ("Patient", f["member"]), ("Member ID", f["mid"]),
           ("Patient account", f["acct"]), ("Claim number", c)], w=40, size=9.4)
    d.table(["Line", "Dates", "Code", "Units", "Charge", "Result"],
            [["1", f"{fd(w, 'nopad')}-{fd(e, 'nopad')}", "G2068", "1", usd(212.0), "Paid"],
             ["2", f"{fd(w, 'nopad')}-{fd(e, 'nopad')}", "G2080", "1", usd(amt), "Denied"]],
            [12, 52, 22, 16, 28, 30], size=8.6)
    paras(d, [
        "Line 2: G2080 (each additional 30 minutes of counseling in a week) must be billed with the weekly bundle "
        "and with the modifier required by the plan's OTP billing policy for an add-on service. The modifier "
        "was missing. Send a corrected claim (frequency code 7) with the modifier.",
        "Reconsideration must be requested within 90 days of the date of this notice."], size=9.2)
    dec = pdf_bytes(d)
    t_dec = truth("denial_letter", "coding_error", insurer=ORG, member_id=f["mid"], member_name=f["member"],
                  case_numbers=[c], claim_amount=f"{amt:.2f}", service_dates=[f"{w.isoformat()}/{e.isoformat()}"],
                  denial_date=f["notice"].isoformat(), provider=OTP, appeal_deadline=plus(f["notice"], 90).isoformat(),
                  alternates={"claim_amount": ["308.00"]}, type_alternates=["eob"])
    sent = plus(f["notice"], 3)
    d = Page(serif=True)
    d.add_page()
    letterhead(d, OTP, [OTP_ADDR, "Phone 1-555-294-6610  Fax 1-555-294-6699"], 0)
    d.text_line(fd(sent, "long"), 10)
    d.ln(3)
    addr(d, [f"{ORG} Provider Claims Edits", ORG_ADDR])
    paras(d, [
        f"Re: {f['member']}, member ID {f['mid']}, claim {c}",
        f"I am the counselor for this patient. In the week of {fd(w, 'long')} through {fd(e, 'long')} I met with "
        "the patient for two extra counseling sessions of 30 minutes each after a relapse, in addition to the "
        "counseling included in the weekly bundle. My session notes are attached. Our billing office is sending "
        "a corrected claim with the modifier; please consider these notes with it.",
        "Respectfully,", "Lorraine D. Vukovich, LICDC", f"Counselor, {OTP}"], size=10)
    req = pdf_bytes(d)
    t_req = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], case_numbers=[c],
                  service_dates=[f"{w.isoformat()}/{e.isoformat()}"], denial_date=sent.isoformat(),
                  provider="Lorraine D. Vukovich", unscored=["insurer"], alternates={"provider": [OTP]})
    cov = cover(f"{ORG} Provider Claims Edits", f"{OTP} Billing", "1-555-771-2099", "1-555-294-6699",
                fd(sent, "slash"), 3, "Claim edit notice returned with counselor's letter.")
    return [(dec, t_dec), (req, t_req)], [cov, None]


def doc_eob_es_photo(r):
    f = base(r, 3)
    stmt = f["notice"]
    w = monday_before(plus(stmt, -r.randint(25, 40)))
    e = plus(w, 6)
    c1, c2 = pat(r, "2026999999999"), pat(r, "2026999999999")
    a1, a2 = 138.0, 4 * 41.5
    d = Page(footer=f"{ORG} - Explicación de Beneficios")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Servicio al Cliente {f['phone']}"], 1)
    d.text_line("EXPLICACIÓN DE BENEFICIOS", 12.5, "B", "C")
    d.text_line("Esto no es una factura", 9, "", "C")
    d.ln(2)
    d.boxes([("Fecha", fd(stmt, "es"), 60), ("Afiliado", MEMBER_ES, 66), ("Nº de afiliado", f["mid"], 54)])
    d.boxes([("Proveedor", OTP, 120), ("Grupo", f["grp"], 60)])
    d.ln(4)
    d.table(["Reclamación", "Semana", "Código", "Unid.", "Facturado", "Pagado", "Nota"],
            [[c1, f"{fd(w, 'short')}-{fd(e, 'short')}", "G2067", "1", usd(a1), usd(110.4), ""],
             [c2, f"{fd(w, 'short')}-{fd(e, 'short')}", "G2078", "4", usd(a2), usd(0), "N362"]],
            [36, 38, 18, 12, 26, 24, 16], size=8.4)
    paras(d, [
        "N362: El número de unidades facturadas es mayor que el permitido. G2078 (dosis de metadona para llevar a "
        "casa) se paga hasta 3 unidades por semana junto con el paquete semanal; esta reclamación facturó 4.",
        "Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta explicación."],
        size=9.2)
    t = truth("eob", "coding_error", lang="es", insurer=ORG, member_id=f["mid"], member_name=MEMBER_ES,
              group_number=f["grp"], case_numbers=[c2], claim_amount=f"{a2:.2f}",
              service_dates=[f"{w.isoformat()}/{e.isoformat()}"], denial_date=stmt.isoformat(), provider=OTP,
              appeal_deadline=plus(stmt, 180).isoformat(), denial_alternates=["not_covered"])
    return pdf_bytes(d), t


def doc_statement_lowres(r):
    f = base(r, 4)
    stmt = f["notice"]
    w0 = monday_before(plus(stmt, -r.randint(45, 60)))
    rows = []
    denied = []
    for i in range(4):
        w = plus(w0, 7 * i)
        ins = "Denied - timely filing" if i == 0 else "Paid by plan"
        if i == 0:
            denied.append(w)
        rows.append([fd(w, "slash"), "G2067 methadone weekly bundle", usd(142.0), ins,
                     usd(142.0) if i == 0 else usd(0)])
    d = Page(footer=f"{OTP} - Patient statement")
    d.add_page()
    letterhead(d, OTP, [OTP_ADDR, "Billing 1-555-294-6620"], 2)
    d.text_line("PATIENT STATEMENT", 12.5, "B")
    d.ln(1)
    lv(d, [("Statement date", fd(stmt, "slash")), ("Patient", f["member"]), ("Account", f["acct"]),
           ("Insurance", f"{ORG}  ID {f['mid']}"), ("Date of birth", fd(f["dob"], "slash"))], w=40, size=9.2)
    d.table(["Week beginning", "Service", "Charge", "Insurance", "Unpaid"], rows, [30, 62, 24, 42, 24], size=8.4)
    paras(d, [
        "Your insurance denied the first week because the claim was sent late. We are appealing that decision; "
        "you do not need to pay it now. Amount due now: $0.00.",
        "Questions? Call our billing office. We accept payment plans."], size=9)
    e = plus(denied[0], 6)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], claim_amount="142.00",
              service_dates=[denied[0].isoformat()], denial_date=stmt.isoformat(), provider=OTP,
              unscored=["insurer"], alternates={"claim_amount": ["568.00", None],
                                                "service_dates": [[fd_iso(plus(w0, 7 * i)) for i in range(4)]]})
    return pdf_bytes(d), t


def fd_iso(d):
    return d.isoformat()


def doc_upheld_copy(r):
    f = base(r, 5)
    appeal, c = "AP" + pat(r, "9999999"), pat(r, "2026999999999")
    w = monday_before(plus(f["notice"], -r.randint(60, 80)))
    e = plus(w, 6)
    got = plus(f["notice"], -r.randint(15, 25))
    amt = 284.0
    d = Page(serif=True, footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, ORG, ["Appeals Unit", ORG_ADDR], 0)
    d.text_line(fd(f["notice"], "dmy"), 10)
    d.ln(3)
    addr(d, [f["member"], f"{r.randint(100, 9800)} Salem Avenue", "Dayton, OH 45499"])
    paras(d, [
        f"Dear {f['member']}:",
        f"On {fd(got, 'dmy')} we received the appeal that {OTP} filed for you. It asked us to pay claim {c} for "
        f"{usd(amt)}, which billed two weekly methadone bundles (G2067) for the same week, {fd(w, 'dmy')} to "
        f"{fd(e, 'dmy')}. Your appeal was given number {appeal}; your member ID is {f['mid']}.",
        "A certified coder and a physician reviewer looked at the claim. The weekly bundle covers all methadone "
        "doses, dispensing and counseling given in one 7-day episode, so only one bundle can be paid for that "
        "week. One bundle was already paid on another claim. The second bundle was billed in error, and we are "
        "keeping our decision to deny it. You cannot be billed for it.",
        "This is our final internal decision. You may ask for an external review by an independent review "
        "organization within 4 months of the date of this letter.",
        "Sincerely,", "Appeals Unit", ORG], size=10)
    t = truth("denial_letter", "coding_error", insurer=ORG, member_id=f["mid"], member_name=f["member"],
              case_numbers=[appeal, c], claim_amount=f"{amt:.2f}", service_dates=[f"{w.isoformat()}/{e.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=OTP, alternates={"claim_amount": ["142.00"]},
              denial_alternates=["other"])
    return pdf_bytes(d), t


def doc_overturned_scan(r):
    f = base(r, 6)
    appeal, c = "AP" + pat(r, "9999999"), pat(r, "2025999999999")
    w = monday_before(plus(f["notice"], -r.randint(220, 260)))
    e = plus(w, 6)
    amt = 212.0
    d = Page(footer=f"{ORG} Appeals Unit")
    d.add_page()
    letterhead(d, ORG, ["Appeals Unit", ORG_ADDR, f"Customer Service {f['phone']}"], 2)
    d.text_line("APPEAL DECISION: OVERTURNED", 12.5, "B")
    d.ln(1)
    sy0, sy1 = sidebar(d, [("Date", fd(f["notice"], "iso")), ("Member", f["member"]), ("Member ID", f["mid"]),
                           ("Appeal no.", appeal), ("Claim no.", c), ("Billed", usd(amt, "space"))])
    d.set_xy(72, sy0)
    d.set_left_margin(72)
    paras(d, [
        f"We have finished reviewing the appeal about claim {c} from {OTP} for buprenorphine treatment, week of "
        f"{fd(w, 'iso')} to {fd(e, 'iso')}, which we had denied for late filing.",
        "The clearinghouse report sent with the appeal shows the claim was first sent within the filing limit "
        "and rejected for a plan address error. We have reversed our decision. The claim will be paid under "
        "your benefits and you will get a new Explanation of Benefits.",
        "You do not need to do anything more."], size=9.8)
    d.set_left_margin(18)
    t = truth("other", None, insurer=ORG, member_id=f["mid"], member_name=f["member"], case_numbers=[appeal, c],
              claim_amount=f"{amt:.2f}", service_dates=[f"{w.isoformat()}/{e.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=OTP)
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_modifier(r(2))
    return [
        Item(f"{FAMILY}_bd_eob_four_weeks_overlap_denied", "born_digital", [doc_eob_bd(r(0))]),
        Item(f"{FAMILY}_bd_timely_filing_letter", "born_digital", [doc_timely_bd(r(1))]),
        Item(f"{FAMILY}_faxstd_stack_modifier_edit_and_counselor_letter", "fax_standard_g4", docs, separators=seps,
             turns={(1, 0): 180}),
        Item(f"{FAMILY}_photo_eob_es_take_home_units", "phone_photo", [doc_eob_es_photo(r(3))]),
        Item(f"{FAMILY}_lowres_otp_patient_statement", "scan_lowres_150", [doc_statement_lowres(r(4))]),
        Item(f"{FAMILY}_copy_appeal_upheld_prose", "photocopy", [doc_upheld_copy(r(5))]),
        Item(f"{FAMILY}_scan300_appeal_overturned_sidebar", "scan_clean_300", [doc_overturned_scan(r(6))]),
    ]
