"""Family 'tricare_referral_denial': a TRICARE regional contractor's letters on a specialty referral or authorization.

Two invented contractors: Bramblecote Federal Health Services ("BRAMBLECOTE" over "Federal Health Services", a line
"TRICARE East Region contractor") and Ravensworth Military Health Partners (parent line "Ashgrove Government Solutions,
Inc." above it, "TRICARE West Region"). The beneficiary (patient) and the sponsor are named separately, each with an
identifier (the beneficiary's 11-digit DoD Benefits Number, the sponsor's 10-digit DoD ID), with the program (TRICARE
Prime / Select), the referring primary care manager, the requested civilian specialist with NPI, the service, the
requested dates as a span (in a row or a sentence) and the date the request was received. Reasons: the care is
available at the military treatment facility, not a covered benefit, a network provider is available, the records do
not show the care is needed (and the same in plain words); reconsideration within 90 days of the letter / by a
printed date / after you receive it, a 3-day expedited decoy. A fine-mode fax of a cover sheet, an MTF denial and the
approval that followed it for the same beneficiary.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundr_famw3 import address, days, digits, fdate, iso, mixed, npi, person, phone, span, staff

FAMILY = "tricare_referral_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
ISSUER = {"B": "Bramblecote Federal Health Services", "R": "Ravensworth Military Health Partners"}
SPEC = [("Dr. Cosmo Threlfall", "Orthopaedic surgery", "29881 knee arthroscopy with meniscectomy"),
        ("Dr. Isolde Penrice", "Dermatology", "17311 Mohs micrographic surgery"),
        ("Dr. Anselm Gorringe", "Gastroenterology", "45378 diagnostic colonoscopy"),
        ("Dr. Verity Candlish", "Sleep medicine", "95810 attended polysomnography"),
        ("Dr. Lucius Merridew", "Ophthalmology", "65820 goniotomy")]
PCM = ["Capt. Rhoswen Ellery, MD", "Maj. Dashiell Fenwick, DO", "Jessamy Holgate, NP"]
MTF = ["Fort Kestrel Army Health Clinic", "Naval Health Clinic Saltmarsh"]


class Letter(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(20, 14, 20))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Letter, f: dict) -> None:
    if f["ins"] == "B":
        d.text_line("BRAMBLECOTE", 17, "B", h=7)
        d.text_line("Federal Health Services", 11, h=5.2)
        d.text_line("TRICARE East Region contractor  |  Referrals and Authorizations", 8.2, h=4.4)
    else:
        d.text_line("Ashgrove Government Solutions, Inc.", 8, h=4)
        d.text_line("Ravensworth Military Health Partners", 14, "B", h=7)
        d.text_line("TRICARE West Region  |  Health Care Management", 8.2, h=4.4)
    d.text_line(f"PO Box {f['box']}, {f['city']}  |  {f['ph']}", 8.2, h=4.4)
    d.rule(0.6, 4)


def block(d: Letter, rows: list[tuple[str, str]]) -> None:
    for k, v in rows:
        d.set_font("DejaVu", "B", 8.6)
        d.cell(56, 5.1, k)
        d.set_font("DejaVu", "", 9)
        d.cell(0, 5.1, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def reason(f: dict) -> str:
    k = f["kind"]
    return {
        "mtf": (f"Your referral was first offered to {f['mtf']}, the military treatment facility (MTF) near you. "
                "The MTF "
                f"can provide this care and accepted the referral, so an appointment with {f['spec']}, a civilian "
                "provider, is not authorized. As a TRICARE Prime enrollee you must get specialty care at the MTF "
                "when it is available there. The MTF will call you to schedule."),
        "benefit": ("TRICARE does not cover this service. The TRICARE Policy Manual excludes it from the benefit, "
                    "so we cannot authorize it, no matter who provides it. "
                    "This is not a decision about whether you need it."),
        "network": (f"{f['spec']} is not in the TRICARE network. A network specialist in the same specialty, "
                    f"{f['alt_prov']}, is within the access standard for your area and can see you within 28 days. "
                    "We have changed your referral to that network provider; a visit to the non-network provider "
                    "is not authorized."),
        "mn": ("Our nurse reviewer and a physician advisor looked at the records your primary care manager sent. The "
               "records do not show that the standard treatment was tried first, so the requested care is not "
               "medically necessary at this time."),
        "plain": ("The notes we received say your symptoms started three weeks ago and you have not yet had the "
                  "physical therapy your doctor planned. We cannot approve the specialist visit until that has been "
                  "tried. Your doctor can send a new referral if things do not get better."),
        "approve": (f"Good news: the referral is approved. {f['spec']} may see you "
                    f"{span(f['start'], f['end'], 'long')}."
                    f" Please bring your ID card to the appointment."),
    }[k]


def appeal(d: Letter, f: dict) -> None:
    d.text_line("How to ask for a reconsideration", 10.3, "B", h=6)
    t = {"letter": "You, your sponsor or your provider may ask us to reconsider within 90 days of the date of this "
                   "letter.",
         "date": f"Your written request for reconsideration must be postmarked or received by {f['fd'](f['dl'])}.",
         "recv": "You may ask us to reconsider within 90 days after you receive this letter."}[f["app"]]
    d.para(t + " Send it to the address above with a copy of this letter and any new records. If waiting could "
           "seriously harm your life or health, ask for an expedited reconsideration; we decide within 3 days. "
           "Someone other than the person who made this decision will review it.", 9)


def build(f: dict) -> bytes:
    d = Letter(f"{f['form']}   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(f["fd"](f["notice"]), 9.5, h=5)
    d.ln(2)
    for ln in [f"To the parent or guardian of {f['member']}" if f["child"] else f["member"], *f["addr"]]:
        d.text_line(ln, 9.3, h=4.6)
    d.ln(3)
    ok = f["kind"] == "approve"
    d.text_line("Referral Approved" if ok else "Referral / Authorization Denied", 12.5, "B", h=7)
    L = f["labels"]
    rows = [(L[0], f["member"]), (L[1], f["dbn"]), ("Sponsor", f["sponsor"]), (L[2], f["sdod"]),
            ("Program", f["prog"]), (L[3], f["ref"]), ("Referring PCM", f["pcm"]),
            ("Requested provider", f"{f['spec']} ({f['specialty']}), NPI {f['npi']}"), ("Service", f["svc"])]
    if f["row_span"]:
        rows.append(("Requested dates", f"{fdate(f['start'], 'slash')} - {fdate(f['end'], 'slash')}"))
    rows.append(("Request received", f["fd"](f["recd"])))
    block(d, rows)
    d.text_line(f"Dear {f['member'].split()[0]}:", 9.5, h=6)
    d.para(f"{f['pcm']} referred you to {f['spec']} for {f['svc'].split(' ', 1)[1]}"
           + ("." if f["row_span"] else f", with visits planned {span(f['start'], f['end'], f['ss'])}."), 9.2)
    if not ok:
        d.para("We have denied this request. " + reason(f), 9.2)
        appeal(d, f)
    else:
        d.para(reason(f) + f" Authorization number: {f['ref']}.", 9.2)
    d.para(f"Questions? Call {f['ph']} (TTY 711). Our office hours are 8 a.m. to 6 p.m. local time. This letter is "
           f"also sent to your referring provider. Document control no. {f['dcn']}.", 8.4)
    d.text_line(f"{f['signer']}, Health Care Management", 9, h=5)
    return pdf_bytes(d)


def facts(r: random.Random, kind: str, ins: str, ds: str, ss: str, app: str, row_span: bool, child: bool) -> dict:
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 170))
    start = days(notice, r.randint(8, 20))
    end = days(start, r.choice([59, 89, 179]))
    spec, specialty, svc = r.choice(SPEC)
    if kind == "benefit":
        spec, specialty, svc = "Dr. Ambrosine Tuckett", "Refractive surgery", "S0800 LASIK laser vision correction"
    last = person(r).split()[-1]
    city = address(r)[1]
    return dict(kind=kind, ins=ins, ss=ss, app=app, row_span=row_span, child=child, fd=lambda x: fdate(x, ds),
                notice=notice, start=start, end=end, recd=days(notice, -r.randint(3, 9)), dl=days(notice, 90),
                member=person(r, last=last, child=child), sponsor=person(r, last=last), addr=address(r),
                dbn=digits(r, 11), sdod=digits(r, 10), prog=r.choice(["TRICARE Prime", "TRICARE Prime Remote"]),
                ref=mixed(r, r.choice(["9999A999999", "RFL-99999999A", "26AU9999999"])), pcm=r.choice(PCM),
                spec=spec, specialty=specialty, svc=svc, npi=npi(r), mtf=r.choice(MTF),
                alt_prov=r.choice(["Dr. Oriel Brackenbury", "Dr. Solveig Marchbanks"]), ph=phone(r),
                box=r.randint(7000, 9990), city=city, signer=staff(r), dcn=mixed(r, "DCN99999999999"),
                labels=r.choice([["Beneficiary", "DoD Benefits Number", "Sponsor DoD ID", "Referral number"],
                                 ["Patient", "DBN", "Sponsor ID", "Authorization #"],
                                 ["Beneficiary name", "DoD Benefits No.", "Sponsor DoD ID no.", "Referral/Auth no."]]),
                form=("BFHS-RA-14 (01/26)" if ins == "B" else "RMHP-DEN-07"))


DENIAL = {"mtf": ("out_of_network", ["other"]), "benefit": ("not_covered", []), "network": ("out_of_network", []),
          "mn": ("medical_necessity", []), "plain": ("medical_necessity", []), "approve": (None, [])}


def make_truth(f: dict) -> dict:
    ok = f["kind"] == "approve"
    alts = {"member_id": [f["sdod"]], "provider": [f["pcm"]], "service_dates": [[iso(f["start"])]]}
    dl = None if ok else {"letter": iso(days(f["notice"], 90)), "date": iso(f["dl"]), "recv": None}[f["app"]]
    if f["app"] == "recv" and not ok:
        alts["appeal_deadline"] = [iso(days(f["notice"], 90))]
    denial, dalt = DENIAL[f["kind"]]
    return truth("other" if ok else "denial_letter", denial, insurer=ISSUER[f["ins"]], member_id=f["dbn"],
                 member_name=f["member"], case_numbers=[f["ref"]], claim_amount=None,
                 service_dates=[iso(f["start"], f["end"])], denial_date=iso(f["notice"]), provider=f["spec"],
                 appeal_deadline=dl, alternates=alts, denial_alternates=dalt)


# (stem, condition, kind, contractor, date style, span style, appeal, span in a row, child patient)
PLAN = [
    ("tricare_referral_denial_bd_care_at_mtf", "born_digital", "mtf", "B", "long", "long", "letter", False, False),
    ("tricare_referral_denial_bd_not_a_benefit", "born_digital", "benefit", "R", "slash", "slash", "date", True, True),
    ("tricare_referral_denial_scan_network_provider", "scan_clean_300", "network", "B", "iso", "iso", "recv", True,
     False),
    ("tricare_referral_denial_rot_not_necessary", "rotated", "mn", "R", "dmy", "dmy", "letter", False, False),
    ("tricare_referral_denial_phone_plain_words", "phone_photo", "plain", "R", "abbr", "long", "letter", False, True),
    ("tricare_referral_denial_copy_network_dated", "photocopy", "network", "R", "upper", "long", "date", False, False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, ds, ss, app, row, child) in enumerate(PLAN):
        f = facts(random.Random(91500 + i), kind, ins, ds, ss, app, row, child)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    # fine-mode fax: cover sheet, an MTF denial, then the approval after the MTF could not schedule in time
    r = random.Random(91599)
    f = facts(r, "mtf", "B", "slash", "long", "letter", True, False)
    g = dict(f, kind="approve", notice=days(f["notice"], r.randint(10, 16)), ref=f["ref"][:-1] + "7",
             start=days(f["start"], 14), end=days(f["end"], 14))
    items.append(Item("tricare_referral_denial_faxf_stack_mtf_then_approved", "fax_fine_g4",
                      [(build(f), make_truth(f)), (build(g), make_truth(g))], separators=["cover", None]))
    return items
