"""Family 'medicare_tpe_review_results_letter': a Medicare Administrative Contractor's Targeted Probe and Educate
(TPE) "Results of Medical Review" letter to a provider or supplier, with its claims detail table.

Modelled from memory on the public shape of MAC TPE result letters: the contractor's letterhead, the provider's
name, NPI and PTAN, the TPE round (1, 2 or 3) and topic (a HCPCS/CPT code or service), a summary (claims reviewed,
approved, denied, payment error rate), an enclosure "Claims Detail" table (beneficiary, MBI, ICN, dates of service,
HCPCS, billed, decision, denial code) with a legend of the contractor's denial codes, an offer of a one-on-one
education session with the nurse reviewer, what happens next (another round after 45 days, referral to CMS after
round 3), and redetermination rights within 120 days. All values invented: contractors, providers, people, MBIs,
ICNs, amounts; phone numbers are 555 numbers. Names: Icelandic places for contractors, towns and providers;
Yoruba, Vietnamese, Portuguese, Finnish, Armenian and Maori names for beneficiaries (seeds 147500+).

Kinds: ADR not answered (5J201, records not received), missing physician signature on the order / plan of care,
home health face-to-face encounter not documented (a 30-day period span), E/M level not supported (coding), power
wheelchair not medically necessary written to the beneficiary as a cc (a single claim), outpatient cardiac monitor
not necessary (round 3), and a round-2 letter with every claim approved (TPE completed). Every denied letter has
exactly one denied claim among several approved ones (other beneficiaries' names, MBIs, ICNs and amounts are
decoys), plus decoy dates (ADR date, records received, education-session slot), NPIs, PTANs and the TPE case ID.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth

FAMILY = "medicare_tpe_review_results_letter"
LANG = "en"

HEK = "Hekla Government Benefit Administrators, LLC"
VAT = "Vatnajokull Medicare Solutions, Inc."
MACS = {
    HEK: dict(short="HEKLA GBA", line="A/B Medicare Administrative Contractor - Jurisdiction R", addr=(
        "Medical Review Department", "PO Box 41870", "Selfoss, WY 82935"), ph="(555) 418-2260", fax="(555) 418-2299"),
    VAT: dict(short="VATNAJOKULL", line="DME Medicare Administrative Contractor - Jurisdiction E", addr=(
        "Attn: TPE Medical Review", "2200 Skaftafell Parkway, Suite 410", "Husavik, MT 59031"),
        ph="(555) 302-7714", fax="(555) 302-7790"),
}
NAMES = [(["Oluwaseun", "Adebayo", "Folasade", "Ngozi"], ["Adeyemi", "Oyebanji", "Okonkwo-Bello", "Adesanya"]),
         (["Lan", "Minh", "Thanh", "Hoa"], ["Nguyen", "Tran", "Pham", "Vo"]),
         (["Joao", "Conceicao", "Ines", "Rui"], ["Pereira", "Carvalho", "Figueiredo", "Teixeira"]),
         (["Aino", "Eero", "Marketta", "Veikko"], ["Virtanen", "Laaksonen", "Salminen", "Heikkila"]),
         (["Anahit", "Tigran", "Siranush", "Vardan"], ["Petrosyan", "Hakobyan", "Grigoryan", "Sargsyan"]),
         (["Aroha", "Wiremu", "Mere", "Tamati"], ["Ngata", "Tawhiri", "Parata", "Horomona"])]


def person(r: random.Random) -> tuple[str, str, str, str]:
    firsts, lasts = r.choice(NAMES)
    first, last, mid = r.choice(firsts), r.choice(lasts), r.choice("BCDFGHKLMNPRSTW")
    return f"{first} {mid}. {last}", first, mid, last


def mbi(r: random.Random) -> str:
    al = "ACDEFGHJKMNPQRTUVWXY"
    pat = "9AA9AA9AA99"
    return "".join(r.choice(al) if c == "A" else str(r.randint(1 if i == 0 else 0, 9)) for i, c in enumerate(pat))


def icn(r: random.Random, dos: dt.date) -> str:
    return f"{r.choice(['21', '22'])}{dos.strftime('%y')}{dos.timetuple().tm_yday:03d}" + "".join(
        str(r.randint(0, 9)) for _ in range(6))


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(str(r.randint(0, 9)) for _ in range(9))


def fdate(d: dt.date, s: str) -> str:
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y")}[s]


def usd(v: float, s: str = "plain") -> str:
    return {"plain": f"${v:,.2f}", "nosign": f"{v:,.2f}", "bare": f"{v:.2f}"}[s]


def money(r: random.Random, lo: int, hi: int) -> float:
    return round(r.randint(lo, hi) + r.choice([0, 0, 0.5, r.randint(1, 99) / 100]), 2)


# kind -> (mac, provider, provider address, topic, line items (code, desc, lo, hi), span days, round)
KINDS = {
    "adr": (VAT, "Laxardalur Home Respiratory, LLC", ("880 Borgarnes Road", "Akureyri, SD 57401"),
            "E0601 Continuous positive airway pressure (CPAP) device", ("E0601", 88, 140), 0, 1),
    "approved": (HEK, "Stykkisholmur Family Medicine, PC", ("14 Grundarfjordur Street", "Selfoss, WY 82935"),
                 "99215 Office or other outpatient visit, established patient", ("99215", 180, 240), 0, 2),
    "signature": (HEK, "Egilsstadir Rehabilitation & Therapy Group", ("3301 Lagarfljot Avenue",
                                                                     "Egilsstadir, ID 83262"),
                  "97110 Therapeutic exercise (outpatient physical therapy)", ("97110", 260, 540), 0, 1),
    "f2f": (HEK, "Hvolsvollur Home Health Services, Inc.", ("52 Rangarthing Lane", "Hvolsvollur, NE 68731"),
            "Home health services (30-day periods of care)", ("G0299", 1900, 3600), 29, 2),
    "coding": (HEK, "Isafjordur Internal Medicine Associates", ("7 Westfjords Plaza", "Isafjordur, MN 56601"),
               "99215 Office or other outpatient visit, established patient", ("99215", 185, 245), 0, 1),
    "cc": (VAT, "Borgarnes Mobility & Medical Supply", ("4410 Hvita River Road", "Borgarnes, ND 58042"),
           "K0823 Power wheelchair, group 2 standard, captain's chair", ("K0823", 4800, 6200), 0, 2),
    "monitor": (HEK, "Reykholt Cardiology Clinic", ("960 Snaefell Drive", "Reykholt, OR 97868"),
                "93228 External mobile cardiovascular telemetry", ("93228", 610, 880), 29, 3),
}
REASON = {
    "adr": ("5J201", "No documentation received in response to the Additional Documentation Request (ADR). The "
            "ADR letter dated {adr} asked for the medical records for this claim; no records were received within "
            "45 days, so the claim was denied."),
    "signature": ("5SG14", "The plan of care / physician order was not signed. The certification of the therapy "
                  "plan of care has no physician or non-physician practitioner signature and date, so the "
                  "signature requirements were not met."),
    "f2f": ("5FF2F", "The face-to-face encounter was not documented. The certifying physician's records do not "
            "show a face-to-face encounter related to the primary reason for home health care within 90 days "
            "before or 30 days after the start of care."),
    "coding": ("5CD08", "Incorrect coding. The documentation supports a lower level of evaluation and management "
               "service (99213), not the level billed (99215). The claim line was denied as billed."),
    "cc": ("5MN22", "Medical necessity not supported. The face-to-face mobility examination does not show that "
           "the beneficiary cannot safely use a cane, walker, manual wheelchair or scooter in the home."),
    "monitor": ("5MN10", "Medical necessity not supported. The records do not document symptoms suggestive of an "
                "arrhythmia or a non-diagnostic prior Holter or event monitor; the coverage criteria of the local "
                "coverage determination were not met."),
}
DENIAL = {"adr": ("other", ["medical_necessity"]), "signature": ("other", ["medical_necessity", "coding_error"]),
          "f2f": ("other", ["medical_necessity"]), "coding": ("coding_error", None),
          "cc": ("medical_necessity", None), "monitor": ("medical_necessity", None)}


def facts(r: random.Random, kind: str, ds: str, names: str, dl_mode: str, n_claims: int) -> dict:
    mac, prov, paddr, topic, (code, lo, hi), span, rnd = KINDS[kind]
    letter = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 200))
    adr = letter - dt.timedelta(days=r.randint(70, 95))
    claims = []
    used = set()
    for i in range(n_claims):
        p = person(r)
        while p[3] in used:
            p = person(r)
        used.add(p[3])
        dos = adr - dt.timedelta(days=r.randint(20, 110))
        end = dos + dt.timedelta(days=span) if span else None
        claims.append(dict(p=p, mbi=mbi(r), dos=dos, end=end, icn=icn(r, dos + dt.timedelta(days=r.randint(3, 12))),
                           billed=money(r, lo, hi), code=code, decision="Approved", reason=""))
    den = None
    if kind != "approved":
        den = r.randrange(n_claims)
        claims[den]["decision"] = "Denied"
        claims[den]["reason"] = REASON[kind][0]
    claims.sort(key=lambda c: c["p"][3])
    den_claim = next((c for c in claims if c["decision"] == "Denied"), None)
    ndenied = 0 if den_claim is None else 1
    rate_num = den_claim["billed"] if den_claim else 0.0
    rate = round(100 * rate_num / sum(c["billed"] for c in claims), 1)
    return dict(kind=kind, mac=mac, M=MACS[mac], prov=prov, paddr=paddr, topic=topic, rnd=rnd, letter=letter,
                adr=adr, recv=adr + dt.timedelta(days=r.randint(12, 30)), claims=claims, den=den_claim,
                ndenied=ndenied, rate=rate, ds=ds, names=names, dl_mode=dl_mode, npi=npi(r),
                ptan=f"{r.choice(['R', 'E'])}{r.randint(100000, 999999)}",
                case=f"TPE-{r.choice(['R', 'E'])}{letter.strftime('%y')}-{r.randint(10000, 99999)}",
                nurse=f"{r.choice(['Hallgerdur', 'Sigrun', 'Bjarki', 'Thorunn'])} "
                      f"{r.choice(['Jonsdottir', 'Eriksson', 'Magnusdottir', 'Hallsson'])}, RN",
                edu=letter + dt.timedelta(days=r.randint(9, 16)), edu_h=r.choice(["10:00 a.m.", "1:30 p.m.",
                                                                                  "3:00 p.m."]),
                bene_addr=(f"{r.randint(20, 9800)} {r.choice(['Geysir Lane', 'Thingvellir Road', 'Dettifoss Court'])}",
                           r.choice(["Akureyri, SD 57401", "Borgarnes, ND 58042", "Selfoss, WY 82935"])))


def bene_name(c: dict, names: str) -> str:
    p = c["p"]
    return f"{p[3].upper()}, {p[1].upper()} {p[2]}" if names == "upper" else p[0]


def dos_text(c: dict, ds: str) -> str:
    if c["end"]:
        return f"{fdate(c['dos'], 'short')}-{fdate(c['end'], 'short')}"
    return fdate(c["dos"], "slash" if ds in ("long", "dmy", "iso") else ds if ds != "abbr" else "short")


def letterhead(d: Doc, f: dict) -> None:
    M = f["M"]
    d.text_line(M["short"], 20, "B")
    d.text_line(f["mac"], 10.5, "B")
    d.text_line(M["line"], 8.5)
    d.text_line(f"{'  |  '.join(M['addr'])}  |  Provider Contact Center {M['ph']}", 8)
    d.rule(0.6, 4)


def claims_table(d: Doc, f: dict) -> None:
    head = ["Beneficiary", "MBI", "ICN", "Date(s) of service", "HCPCS", "Billed", "Decision", "Code"]
    rows = [[bene_name(c, f["names"]), c["mbi"], c["icn"], dos_text(c, f["ds"]), c["code"],
             usd(c["billed"], "plain" if f["ds"] != "dmy" else "nosign"), c["decision"], c["reason"] or "-"]
            for c in f["claims"]]
    d.table(head, rows, [36, 24, 27, 29, 13, 19, 16, 13], size=7.2, aligns="LLLLLRLL", head_fill=True)


def provider_letter(d: Doc, f: dict) -> None:
    d.add_page()
    letterhead(d, f)
    ds, k, M = f["ds"], f["kind"], f["M"]
    d.text_line(fdate(f["letter"], ds), 10.5)
    d.ln(3)
    for ln in (f["prov"], *f["paddr"]):
        d.text_line(ln, 10.5)
    d.ln(3)
    d.font(9.5)
    for lab, v in (("NPI", f["npi"]), ("PTAN", f["ptan"]), ("TPE Case ID", f["case"]),
                   ("Review topic", f["topic"]), ("TPE round", f"Round {f['rnd']} of 3")):
        d.font(9.5, "B")
        d.cell(34, 5, lab + ":")
        d.font(9.5)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    title = "Targeted Probe and Educate (TPE) - Results of Medical Review"
    d.text_line(title, 12.5, "B")
    d.ln(2)
    n = len(f["claims"])
    d.para(f"Dear Provider: {f['mac']} has completed Round {f['rnd']} of the Targeted Probe and Educate (TPE) "
           f"review of your claims for {topic_words(f)}. "
           f"We sent Additional Documentation Requests (ADRs) on {fdate(f['adr'], ds)} and received records through "
           f"{fdate(f['recv'], ds)}. The results are below and, claim by claim, in the enclosed Claims Detail.", 10)
    d.font(10, "B")
    for lab, v in (("Claims reviewed", str(n)), ("Claims approved", str(n - f["ndenied"])),
                   ("Claims denied", str(f["ndenied"])), ("Payment error rate", f"{f['rate']}%")):
        d.cell(50, 5.2, lab)
        d.font(10)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
        d.font(10, "B")
    d.ln(2)
    if k == "approved":
        d.para("Every claim in this round was approved. Because your error rate is below the threshold, you have "
               "completed the TPE process for this topic and will be removed from review. We may select you again "
               "later if data analysis shows a new billing concern. No redetermination is needed for these claims.",
               10)
        d.para(f"If you would still like an education session on documentation for this service, call "
               f"{f['nurse']} at {M['ph']}. Thank you for your cooperation.", 10)
        d.text_line("Sincerely,", 10)
        d.ln(3)
        d.text_line("Medical Review Department", 10)
        d.text_line(f["mac"], 10)
    else:
        code, text = REASON[k]
        d.text_line("Why a claim was denied", 11, "B")
        d.para(f"{code}: " + text.format(adr=fdate(f["adr"], ds)), 10)
        d.text_line("Education session", 11, "B")
        d.para(f"We offer a one-on-one education session with the nurse reviewer, {f['nurse']}, to explain the "
               f"errors and how to avoid them. We have held {fdate(f['edu'], 'long')} at {f['edu_h']} ET for a "
               f"telephone or web session; call {M['ph']} within 14 days to confirm or pick another time.", 10)
        d.text_line("What happens next", 11, "B")
        nxt = ("Because this was your third round, the results will be referred to CMS, which may take further "
               "action (for example a referral to a Recovery Audit Contractor or extrapolation)."
               if f["rnd"] == 3 else
               f"At least 45 days after the education session we will start Round {f['rnd'] + 1} with a new sample "
               "of 20 to 40 claims.")
        d.para(nxt, 10)
        d.text_line("Your appeal rights", 11, "B")
        dl = deadline_text(f)
        d.para("If you disagree with the decision on a denied claim, you may request a redetermination. " + dl +
               f" Send the request (form CMS-20027 or a letter) with a copy of the remittance advice to "
               f"{f['mac']}, Redeterminations, {M['addr'][-2]}, {M['addr'][-1]}, or fax it to {M['fax']}. Do not "
               "send an appeal to the medical review address.", 10)
        d.text_line("Sincerely,", 10)
        d.ln(2)
        d.text_line(f["nurse"], 10)
        d.text_line("Medical Review, " + f["mac"], 10)
    d.ln(2)
    d.text_line("Enclosure: Claims Detail", 9)
    d.add_page()
    d.text_line(f"Claims Detail - TPE Case ID {f['case']} - Round {f['rnd']}", 11, "B")
    d.text_line(f"Provider: {f['prov']}   NPI {f['npi']}   PTAN {f['ptan']}", 9)
    d.ln(3)
    claims_table(d, f)
    if f["den"]:
        code, text = REASON[k]
        d.text_line("Denial code legend", 9.5, "B")
        d.para(f"{code} - " + text.format(adr=fdate(f["adr"], ds)).split(".")[0] + ".", 8.5)
    d.para("Decision: Approved = payable as billed; Denied = not payable; the remittance advice shows the "
           "adjustment reason codes.", 8.5)


def topic_words(f: dict) -> str:
    if f["kind"] == "f2f":
        return "home health services"
    t = f["topic"].split(" ", 1)[1]
    return t[0].lower() + t[1:] + f" ({f['topic'].split()[0]})"


def deadline_text(f: dict) -> str:
    m = f["dl_mode"]
    if m == "letter":
        return "The request must be filed within 120 days of the date of this letter."
    if m == "date":
        return (f"The request must be received by {fdate(f['letter'] + dt.timedelta(days=120), f['ds'])} (120 "
                "days after the date of this letter).")
    return ("The request must be filed within 120 days from the date you receive the remittance advice "
            "(initial determination) for the claim.")


def bene_letter(d: Doc, f: dict) -> None:
    """The single-claim results letter, the beneficiary's copy (cc)."""
    d.add_page()
    letterhead(d, f)
    ds, c, M = f["ds"], f["den"], f["M"]
    d.text_line("BENEFICIARY COPY", 11, "B", align="R")
    d.text_line(fdate(f["letter"], ds), 10.5)
    d.ln(3)
    for ln in (c["p"][0], *f["bene_addr"]):
        d.text_line(ln, 10.5)
    d.ln(4)
    d.text_line("Results of Medical Review - Targeted Probe and Educate", 12.5, "B")
    d.ln(1)
    d.para(f"To: {f['prov']}, {f['paddr'][0]}, {f['paddr'][1]} (NPI {f['npi']})", 9.5)
    d.para(f"cc: {c['p'][0]}, Medicare beneficiary", 9.5)
    rows = [("Beneficiary", c["p"][0]), ("Medicare Number (MBI)", c["mbi"]), ("Claim control number (ICN)", c["icn"]),
            ("Date of service", fdate(c["dos"], ds)), ("Item", f["topic"]), ("Amount billed", usd(c["billed"])),
            ("Decision", "Denied"), ("TPE Case ID", f["case"])]
    for lab, v in rows:
        d.font(10, "B")
        d.cell(58, 5.3, lab + ":")
        d.font(10)
        d.cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"Dear {c['p'][1]} {c['p'][3]}: Medicare reviews some claims of suppliers under its Targeted Probe and "
           f"Educate program. We reviewed the medical records {f['prov']} sent for the power wheelchair it "
           "supplied to you. We are sending you a copy of our decision because you are the Medicare beneficiary "
           "on the claim.", 10)
    d.text_line("Why the claim was denied", 11, "B")
    d.para(REASON["cc"][0] + ": " + REASON["cc"][1], 10)
    d.para("The supplier must not bill you for this item unless you signed an Advance Beneficiary Notice (ABN) "
           "before you got it. If you paid the supplier and did not sign an ABN, you may be due a refund.", 10)
    d.text_line("If you disagree", 11, "B")
    d.para("You or the supplier may ask for a redetermination. " + deadline_text(f) + " Write to "
           f"{f['mac']}, Redeterminations, {M['addr'][-2]}, {M['addr'][-1]}, or call 1-800-MEDICARE "
           "(TTY 1-877-486-2048) for help. Include the claim control number above.", 10)
    d.para(f"We have offered {f['prov']} an education session on documenting the mobility examination. "
           f"Questions about this letter: {M['ph']}.", 10)
    d.text_line("Medical Review Department, " + f["mac"], 10)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    ins_alt = {"insurer": ["Medicare", "Centers for Medicare & Medicaid Services"]}
    if k == "approved":
        return truth("other", None, insurer=f["mac"], provider=f["prov"], denial_date=f["letter"].isoformat(),
                     alternates=ins_alt, type_alternates=["denial_letter"],
                     unscored=["member_name", "member_id", "case_numbers", "claim_amount", "service_dates"])
    c = f["den"]
    span = c["dos"].isoformat() + (f"/{c['end'].isoformat()}" if c["end"] else "")
    alts = dict(ins_alt, case_numbers=[[c["icn"]]])
    dl = None
    if f["dl_mode"] in ("letter", "date"):
        dl = (f["letter"] + dt.timedelta(days=120)).isoformat()
    else:
        alts["appeal_deadline"] = [(f["letter"] + dt.timedelta(days=n)).isoformat() for n in (120, 125)]
    if c["end"]:
        alts["service_dates"] = [[c["dos"].isoformat()]]
    den, da = DENIAL[k]
    return truth("denial_letter", den, member_id=c["mbi"], member_name=c["p"][0], case_numbers=[c["icn"], f["case"]],
                 claim_amount=f"{c['billed']:.2f}", service_dates=[span], denial_date=f["letter"].isoformat(),
                 provider=f["prov"], appeal_deadline=dl, insurer=f["mac"], alternates=alts, denial_alternates=da)


# (stem suffix, condition, kind, date style, name style, deadline mode, claims, separators)
PLAN = [
    ("bd_round1_cpap_adr_not_answered_5j201", "born_digital", "adr", "long", "upper", "letter", 6, None),
    ("bd_round2_all_claims_approved", "born_digital", "approved", "slash", "plain", "none", 5, None),
    ("scan300_therapy_plan_of_care_unsigned", "scan_clean_300", "signature", "abbr", "upper", "receipt", 7, None),
    ("fax_cover_home_health_face_to_face", "fax_standard_g4", "f2f", "slash", "plain", "date", 4, ["cover"]),
    ("copy_em_level_not_supported", "photocopy", "coding", "dmy", "upper", "letter", 6, None),
    ("phone_beneficiary_cc_power_wheelchair", "phone_photo", "cc", "long", "plain", "letter", 1, None),
    ("rotated_round3_cardiac_telemetry", "rotated", "monitor", "iso", "upper", "date", 5, None),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds, names, dlm, n, seps) in enumerate(PLAN):
        f = facts(random.Random(147500 + i), kind, ds, names, dlm, n)
        d = Doc("Helvetica", margins=(15, 14, 15), footer=f"{f['M']['short']} TPE  -  page {{p}} of {{n}}")
        if kind == "cc":
            bene_letter(d, f)
        else:
            provider_letter(d, f)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf_bytes(d), make_truth(f))], separators=seps))
    return items
