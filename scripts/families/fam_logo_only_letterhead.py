"""Family 'logo_only_letterhead': invented insurers' decision letters whose letterhead is a graphic logo with no
readable company name.

Quillmere Health Plan, Ashgrove Benefit Trust and Norrland Valley Health Cooperative are fictional, and so is every
clinic, doctor and number. The top of each letter is a drawn mark (stylised initials or an abstract shape) beside a
phone block; the organisation's name is printed only in one or two of: the return address above the window, the body,
the signature block, the footer. Where it appears varies from letter to letter. Decoys: the logo's initials, the
phone block, a letter ID, form number, NPI, the request received date. One fine-mode fax stack: cover sheet, a
level-of-care denial and the approval of the other setting for the same member.
"""

from __future__ import annotations

import datetime as dt
import random

from PIL import Image, ImageDraw, ImageFont

from capture import FONT_BOLD, Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundo_famo2 import address, days, doctor, fdate, iso, local_phone, m2, mixed, money, npi, person, phone, usd

FAMILY = "logo_only_letterhead"
LANG = "en"
ORGS = {
    "Q": dict(name="Quillmere Health Plan", short="Quillmere", box="PO Box 4471, Ely, NV 89301", logo="initials"),
    "A": dict(name="Ashgrove Benefit Trust", short="Ashgrove", box="PO Box 2093, Moab, UT 84532", logo="leaves"),
    "N": dict(name="Norrland Valley Health Cooperative", short="Norrland Valley", box="PO Box 806, Astoria, OR 97103",
              logo="monogram"),
}
CLINICS = ["Bramblecote Spine & Joint Clinic", "Larchmont Sleep Diagnostics", "Ruddock Lane Dermatology",
           "Silverhithe Rehabilitation Hospital", "Greystoke Cardiology Partners", "Kestrel Point Surgery Center"]


def logo(kind: str) -> Image.Image:
    """A letterhead mark drawn as a picture: initials in a heavy stylised block, three leaves, or an outlined monogram."""
    img = Image.new("L", (720, 400), 255)
    g = ImageDraw.Draw(img)
    if kind == "initials":
        g.rounded_rectangle((10, 40, 430, 360), 60, fill=30)
        font = ImageFont.truetype(FONT_BOLD, 200)
        g.text((48, 70), "QH", font=font, fill=255)
        g.ellipse((460, 120, 700, 360), outline=30, width=26)
        g.line((620, 300, 715, 395), fill=30, width=30)
    elif kind == "leaves":
        for i, (cx, cy) in enumerate([(200, 220), (360, 140), (520, 220)]):
            g.ellipse((cx - 110, cy - 170, cx + 110, cy + 170), fill=40 + i * 60)
        g.rectangle((80, 330, 640, 360), fill=40)
    else:
        font = ImageFont.truetype(FONT_BOLD, 230)
        g.ellipse((10, 10, 390, 390), outline=20, width=18)
        g.text((60, 60), "N", font=font, fill=20)
        g.text((330, 120), "V", font=font, fill=110)
        g.arc((250, 40, 710, 420), 200, 320, fill=20, width=22)
    return img.rotate(0).convert("L")


def letterhead(d: Doc, f: dict) -> None:
    y0 = d.get_y()
    d.image(logo(f["org"]["logo"]), x=18, y=y0, w=40)
    d.set_xy(128, y0 + 1)
    d.set_font(f["font"], "", 8.2)
    d.multi_cell(0, 3.9, f"Member Services {f['ph']}\nTTY 711\nFax {f['fax']}\nMon-Fri 8 a.m. - 6 p.m.",
                 align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 26)
    if "return" in f["where"]:
        d.set_font(f["font"], "", 7.6)
        d.cell(0, 3.6, f"{f['org']['name']}  |  {f['org']['box']}", new_x="LMARGIN", new_y="NEXT")
    else:
        d.set_font(f["font"], "", 7.6)
        d.cell(0, 3.6, f"Return service requested  |  {f['org']['box']}", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def refblock(d: Doc, f: dict) -> None:
    lab, fd = f["lab"], f["fd"]
    rows = [(lab["mem"], f["name"]), (lab["mid"], f["mid"]), (lab["grp"], f["group"]), (lab["ref"], f["ref"]),
            (lab["prov"], f["provider"]), ("Provider NPI", f["npi"]), (lab["svc"], f["service"])]
    if f["plan_id"]:
        rows.insert(3, ("Plan ID", f["plan_id"]))
    if f["claim"]:
        rows += [(lab["dos"], f["dos_text"]), (lab["billed"], f["money"](f["billed"]))]
    else:
        rows += [(lab["dos"], f["dos_text"])]
    rows.append(("Received", fd(f["received"])))
    for k, v in rows:
        d.set_font(f["font"], "B", 9.2)
        d.cell(42, 5, k + ":")
        d.set_font(f["font"], "", 9.8)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def body(f: dict) -> list[str]:
    fd, k, org = f["fd"], f["kind"], f["org"]
    who = org["name"] if "body" in f["where"] else "We"
    span = f"from {fd(f['start'])} through {fd(f['end'])}" if f["end"] != f["start"] else f"on {fd(f['start'])}"
    svc, prov = f["service"], f["provider"]
    if k == "mednec":
        return [f"{who} reviewed the request from {prov} for {svc} planned {span}. The records sent show two weeks "
                "of back pain with no numbness, weakness or loss of bladder control, and no trial of physical "
                "therapy. Imaging is not medically necessary until six weeks of treatment have not helped or one of "
                "those warning signs appears. The request is denied."]
    if k == "notcov":
        return [f"{who} received a claim from {prov} for {svc} {span}, billed at {f['money'](f['billed'])}. Your "
                "plan's benefit booklet lists procedures done to improve appearance among the services it does not "
                "cover. The records describe the removal of benign skin growths for appearance only, so the claim "
                "was denied. This is a benefit exclusion, not a judgement about whether the care was needed."]
    if k == "priorauth":
        return [f"{who} denied the claim from {prov} for {svc} {span}. Your plan requires approval before an "
                "in-lab sleep study, and no request for approval was made before the test. Because the provider "
                "did not get the approval, the provider may not bill you for this service."]
    if k == "exp":
        return [f"{who} reviewed the request for {svc}, planned {span} at {prov}. Our medical director and a "
                "cardiologist reviewed the published studies. The device is still being studied in clinical trials "
                "and its benefit has not been shown, so the plan treats it as investigational. The request is denied."]
    if k == "elig":
        return [f"{who} could not pay the claim from {prov} for {svc} {span}, billed at "
                f"{f['money'](f['billed'])}. Your coverage ended on {fd(f['termed'])} when your employer's group "
                "stopped paying premiums. The service was after that date. If you had coverage elsewhere on that "
                "date, give the provider that plan's information."]
    if k == "oon":
        return [f"{who} denied the claim from {prov} for {svc} {span}. {prov} is not in your plan's network, and "
                "your plan pays for out-of-network care only for emergencies or when we approve it in advance "
                f"because no network provider can do it. Two network surgery centers within 20 miles do this "
                f"procedure. The billed amount was {f['money'](f['billed'])}."]
    if k == "loc":
        return [f"{who} reviewed the request from {prov} to admit you for inpatient rehabilitation {span}. You are "
                "walking 150 feet with a walker and need help for about one hour of therapy a day. Inpatient "
                "rehabilitation is for patients who can take part in three hours of therapy a day and need a doctor "
                "on site every day. Your care can be given safely in a skilled nursing facility, which we can "
                "approve. The inpatient rehabilitation stay is denied."]
    return [f"Good news: {who} approved the request from {prov} for {svc} {span}. Approval number {f['approval']} "
            "covers up to 14 days; the facility will ask us again if you need more. Your usual cost share for a "
            "skilled nursing stay applies ($0.00 for days 1 to 20 under your plan)."]


def rights(d: Doc, f: dict) -> None:
    fd = f["fd"]
    if f["kind"] == "approval":
        return
    d.text_line("Your right to appeal", 10.8, "B", h=6)
    when = {"within": "within 180 days of the date of this letter",
            "by": f"by {fd(f['deadline'])}",
            "receipt": "within 180 days after you receive this letter"}[f["dl"]]
    d.para(f"You, your doctor or someone you choose may appeal {when}. Send a letter and any records to the Appeals "
           f"Unit at the address above, or fax {f['fax']}. If waiting could seriously harm your health, ask for a "
           "fast appeal; we decide those within 72 hours. You may ask for the criteria we used, free of charge. "
           "After our appeal decision you may be able to ask for an independent external review.", 9.4, gap=3)


def signature(d: Doc, f: dict) -> None:
    d.para("Sincerely,", 10, gap=5)
    lines = [f["signer"], f["unit"]]
    if "signature" in f["where"]:
        lines.append(f["org"]["name"])
    d.para("\n".join(lines), 10, gap=3)
    d.para(f"cc: {f['provider']}", 8.8, gap=2)


def build(f: dict) -> bytes:
    foot = f"Form {f['form']}   Letter ID {f['letter_id']}   Page {{p}} of {{n}}"
    if "footer" in f["where"]:
        foot = f"{f['org']['name']} is a licensed health plan. " + foot
    d = Doc(f["font"], footer=foot)
    d.add_page()
    letterhead(d, f)
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 10.3, h=5)
    d.ln(5)
    d.text_line(f["fd"](f["date"]), 10.3, h=5)
    d.ln(3)
    d.text_line(f["title"], 12, "B", h=7)
    refblock(d, f)
    d.para(f"Dear {f['name'].split()[0]} {f['name'].split()[-1]}:", 10.2, gap=2)
    for t in body(f):
        d.para(t, 10.2, gap=2.5)
    rights(d, f)
    signature(d, f)
    return pdf_bytes(d)


LABELS = [dict(mem="Member", mid="Member ID", grp="Group", ref="Reference no.", prov="Provider", svc="Service",
               dos="Date(s) of service", billed="Amount billed"),
          dict(mem="Patient", mid="ID #", grp="Group no.", ref="Case ID", prov="Requesting provider",
               svc="Requested service", dos="Requested dates", billed="Charges"),
          dict(mem="Enrollee", mid="Enrollee ID", grp="Employer group", ref="Claim/Ref #", prov="Billing provider",
               svc="Service billed", dos="Service date", billed="Total charges")]
# kind -> (title, service, denial, alternates, claim letter, clinic)
KINDS = {
    "mednec": ("Prior authorization request denied", "MRI of the lower back (CPT 72148)", "medical_necessity",
               ["prior_authorization"], False, 0),
    "notcov": ("Claim denied: service not covered", "removal of skin lesions (CPT 17110)", "not_covered", [], True, 2),
    "priorauth": ("Claim denied: no prior approval", "in-lab sleep study (CPT 95810)", "prior_authorization", [],
                  True, 1),
    "exp": ("Request denied: investigational device", "implantable cardiac contractility device (CPT 0408T)",
            "experimental", ["not_covered", "medical_necessity"], False, 4),
    "elig": ("Claim denied: no coverage on the date of service", "echocardiogram (CPT 93306)", "eligibility", [],
             True, 4),
    "oon": ("Claim denied: provider outside your network", "knee arthroscopy (CPT 29881)", "out_of_network",
            ["not_covered"], True, 5),
    "loc": ("Inpatient rehabilitation request denied", "inpatient rehabilitation admission", "level_of_care",
            ["medical_necessity"], False, 3),
    "approval": ("Your request is approved", "a skilled nursing facility stay", None, [], False, 3),
}


def facts(r: random.Random, kind: str, org: str, where: set, ds: str, ms: str, dl: str, li: int, font: str) -> dict:
    date = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 140))
    title, svc, _, _, claim, ci = KINDS[kind]
    f = dict(kind=kind, org=ORGS[org], where=where, fd=lambda x: fdate(x, ds), money=lambda v: usd(v, ms), dl=dl,
             lab=LABELS[li], font=font, date=date, name=person(r), addr=list(address(r)), title=title, service=svc,
             claim=claim, provider=CLINICS[ci], npi=npi(r), ph=phone(r), fax=local_phone(r),
             mid=mixed(r, r.choice(["Q99999999", "AB9999999A", "99999A9999"])),
             group=mixed(r, r.choice(["99999", "G-9999A", "A9999-99"])),
             plan_id=mixed(r, "A99-999") if r.random() < 0.4 else None,
             ref=mixed(r, r.choice(["UM26-999999", "R9A99999", "26-99999-A"])), form=mixed(r, "AA-999 (01/26)"),
             letter_id=mixed(r, "L999999999"), signer=doctor(r) + ", MD" if not claim else "Claims Review Team",
             unit="Utilization Management" if not claim else "Claims Department", approval=mixed(r, "AP-9999999"))
    if claim:
        f["start"] = days(date, -r.randint(30, 80))
        f["end"] = f["start"]
        f["billed"] = money(r, 380, 6800)
        f["received"] = days(f["start"], r.randint(8, 20))
        f["termed"] = days(f["start"], -r.randint(6, 30))
    else:
        f["start"] = days(date, r.randint(6, 20))
        f["end"] = days(f["start"], r.randint(7, 13)) if kind in ("loc", "approval") else f["start"]
        f["received"] = days(date, -r.randint(2, 6))
    f["dos_text"] = f["fd"](f["start"]) if f["end"] == f["start"] else f"{f['fd'](f['start'])} - {f['fd'](f['end'])}"
    f["deadline"] = days(date, 180)
    return f


def make_truth(f: dict) -> dict:
    _, _, denial, dalts, claim, _ = KINDS[f["kind"]]
    alts: dict = {"insurer": [f["org"]["short"]]}
    deadline = iso(f["deadline"]) if f["dl"] in ("within", "by") and denial else None
    if f["dl"] == "receipt" and denial:
        alts["appeal_deadline"] = [iso(f["deadline"])]
    cases = [f["ref"]] + ([f["approval"]] if f["kind"] == "approval" else [])
    if f["kind"] == "approval":
        alts["case_numbers"] = [[f["ref"]], [f["approval"]]]
    sd = [iso(f["start"], f["end"])]
    if f["end"] != f["start"]:
        alts["service_dates"] = [[iso(f["start"])]]
    return truth("denial_letter" if denial else "other", denial, insurer=f["org"]["name"], plan_id=f["plan_id"],
                 group_number=f["group"], member_id=f["mid"], member_name=f["name"], case_numbers=cases,
                 claim_amount=m2(f["billed"]) if claim else None, service_dates=sd, denial_date=iso(f["date"]),
                 provider=f["provider"], appeal_deadline=deadline, alternates=alts, denial_alternates=dalts)


# (stem, condition, kind, org, where the name is printed, date style, money, deadline, labels, font)
PLAN = [
    ("logo_only_letterhead_bd_mednec", "born_digital", "mednec", "Q", {"signature"}, "long", "plain", "within", 1,
     "Helvetica"),
    ("logo_only_letterhead_bd_notcov", "born_digital", "notcov", "Q", {"body"}, "slash", "nosign", "by", 0, "Times"),
    ("logo_only_letterhead_scan_priorauth", "scan_clean_300", "priorauth", "A", {"return"}, "abbr", "plain",
     "receipt", 2, "Helvetica"),
    ("logo_only_letterhead_lowres_exp", "scan_lowres_150", "exp", "A", {"footer"}, "iso", "plain", "within", 1,
     "Times"),
    ("logo_only_letterhead_copy_elig", "photocopy", "elig", "N", {"signature", "body"}, "dmy", "usd", "by", 2,
     "Helvetica"),
    ("logo_only_letterhead_phone_oon", "phone_photo", "oon", "N", {"return", "footer"}, "upper", "bare", "within",
     0, "Helvetica"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, org, where, ds, ms, dl, li, font) in enumerate(PLAN):
        r = random.Random(16100 + i)
        f = facts(r, kind, org, where, ds, ms, dl, li, font)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    r = random.Random(16200)
    f1 = facts(r, "loc", "Q", {"footer"}, "long", "plain", "within", 1, "Times")
    f2 = facts(random.Random(16201), "approval", "Q", {"body", "signature"}, "long", "plain", "within", 1, "Times")
    for k in ("name", "addr", "mid", "group", "plan_id", "start", "end", "dos_text", "received"):
        f2[k] = f1[k]
    f2["date"] = days(f1["date"], 2)
    f2["provider"] = "Harebell Court Skilled Nursing Center"
    f2["ref"] = mixed(random.Random(16202), "UM26-999999")
    items.append(Item("logo_only_letterhead_faxf_stack", "fax_fine_g4",
                      [(build(f1), make_truth(f1)), (build(f2), make_truth(f2))], separators=["cover", None]))
    return items
