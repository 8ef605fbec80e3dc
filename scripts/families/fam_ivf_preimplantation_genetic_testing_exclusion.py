"""Family 'ivf_preimplantation_genetic_testing_exclusion': plan and fertility benefit manager letters and EOBs on
IVF add-ons. Preimplantation genetic testing for aneuploidy (PGT-A: embryo biopsy 89290, the lab's unlisted
molecular pathology code 81479) excluded or called investigational, embryo storage (89342) beyond the first year
not covered, intracytoplasmic sperm injection (89280) paid, a frozen embryo transfer (58974, thaw 89352) over the
lifetime transfer limit, and a self-funded employer plan told that the state's fertility mandate binds only
fully insured plans. All issuers, clinics, labs, people and numbers are invented.

Issuers: Bramblecrest Health Plan (fully insured commercial; letter, stack letter + EOB, appeal decision),
Nestwell Fertility Benefits (fertility benefit manager for an employer plan; EOB and letter),
Quillmark Benefit Administrators (TPA for a self-funded plan, Plan No. 5xx).
Decoys: the partner's name and date of birth, the reproductive endocrinologist and NPIs, the egg retrieval date
(when the denied service is the biopsy, transfer or storage), the cryopreservation date, the lifetime limits,
the clinic's patient account number, phone and fax numbers, the medical policy number.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from public_kit import Page, fdate, m2, money, out, truth

FAMILY = "ivf_preimplantation_genetic_testing_exclusion"
LANG = "en"
BR, NW, QM = "Bramblecrest Health Plan", "Nestwell Fertility Benefits", "Quillmark Benefit Administrators"
ADDR = {BR: ("PO Box 48210", "Tillamook Bay, OR 97141"), NW: ("1180 Cordelia Parkway, Suite 400", "Arbor Lakes, MN 55311"),
        QM: ("PO Box 9034", "Shelbyville Crossing, KY 40065")}
FIRST_F = ["Anjali", "Marisol", "Yuki", "Chiamaka", "Ingrid", "Fatima", "Rosalind", "Thuy", "Leilani", "Dagny"]
FIRST_M = ["Tomasz", "Kwabena", "Rafael", "Henrik", "Omar", "Desmond", "Jae-won", "Callum", "Ignacio", "Arvid"]
LAST = ["Okonkwo-Hale", "Lindqvist", "Varga", "Castellano", "Nakashima", "Abernethy", "Mbeki", "Sorensen",
        "Delacroix", "Haddad", "Truong", "Fairweather", "Iwu", "Kapoor"]
REI = ["Dr. Priyanka Venkataraman", "Dr. Stellan Oyelowo", "Dr. Mireille Fontaine", "Dr. Hyun-Soo Whitcombe",
       "Dr. Adaeze Lundgren", "Dr. Cornelius Baptiste-Ruiz"]
CLINICS = ["Saltmarsh Reproductive Center", "Larkspur Fertility & IVF", "Tidewell Center for Reproductive Medicine"]
LABS = ["Helix Point Embryology Laboratory", "Cobalt Bay Genomics"]


def person(r: random.Random, fem: bool = True) -> str:
    return f"{r.choice(FIRST_F if fem else FIRST_M)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {r.choice(LAST)}"


def num(r: random.Random, pat: str) -> str:
    return "".join(str(r.randint(0, 9)) if c == "9" else r.choice("ABCDEFGHJKMNPRTUVWXY") if c == "A" else c
                   for c in pat)


def amt(r: random.Random, lo: int, hi: int) -> float:
    return round(r.randint(lo, hi) + r.choice([0, 0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


LINES = {
    "89290": "Embryo biopsy, microtechnique; up to 5 embryos",
    "81479": "Unlisted molecular pathology (PGT-A, NGS)",
    "89280": "Assisted fertilization, ICSI; up to 10 oocytes",
    "89258": "Cryopreservation; embryo(s)",
    "89342": "Storage (per year); embryo(s)",
    "58974": "Embryo transfer, intrauterine",
    "89352": "Thawing of cryopreserved; embryo(s)",
    "58970": "Follicle puncture for oocyte retrieval",
    "89250": "Culture of oocytes/embryos, under 4 days",
}


def facts(i: int, kind: str, ins: str, ds: str) -> dict:
    r = random.Random(231500 + i)
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 200))
    retrieval = notice - dt.timedelta(days=r.randint(40, 75))
    biopsy = retrieval + dt.timedelta(days=r.choice([5, 6]))
    codes = {"pgt": ["89290", "81479"], "pgt_exp": ["89290", "81479"], "icsi": ["89280", "89250", "89258"],
             "storage": ["89342"], "fet": ["89352", "58974"], "mandate": ["58970", "89250", "89280"],
             "upheld": ["89290", "81479"]}[kind]
    lines = [(c, LINES[c], amt(r, *({"81479": (2400, 4600), "89290": (900, 1900), "89342": (480, 950),
                                     "58974": (1800, 3400), "58970": (2900, 5200)}.get(c, (350, 1400)))))
             for c in codes]
    if kind == "storage":
        svc = notice - dt.timedelta(days=r.randint(20, 45))
        cryo = svc - dt.timedelta(days=365 + r.randint(10, 90))
    elif kind == "fet":
        svc = notice - dt.timedelta(days=r.randint(25, 50))
        cryo = svc - dt.timedelta(days=r.randint(120, 300))
    elif kind in ("icsi", "mandate"):
        svc, cryo = retrieval, None
    else:
        svc, cryo = biopsy, None
    fem = r.random() < 0.85
    lab = LABS[0] if kind == "storage" else LABS[1] if kind in ("pgt", "pgt_exp", "upheld") else None
    return dict(i=i, kind=kind, ins=ins, ds=ds, notice=notice, retrieval=retrieval, svc=svc, cryo=cryo,
                lines=lines, total=round(sum(x[2] for x in lines), 2), member=person(r, True),
                partner=person(r, False) if fem else person(r, True),
                dob=dt.date(r.randint(1984, 1994), r.randint(1, 12), r.randint(1, 28)),
                pdob=dt.date(r.randint(1980, 1992), r.randint(1, 12), r.randint(1, 28)),
                mid=num(r, {BR: "BRC999999999", NW: "NFB-99999-99", QM: "QBA9999999"}[ins]),
                grp=num(r, {BR: "9999AA", NW: "G-999999", QM: "EMP-9999"}[ins]),
                plan_no=f"5{r.randint(10, 39)}" if ins == QM else None,
                claim=num(r, {BR: "26999999999", NW: "NW99-9999999", QM: "Q999999999"}[ins]),
                claim2=num(r, "99999999999"), appeal=num(r, "APL-2026-99999"), acct=num(r, "PA99999"),
                rei=r.choice(REI), clinic=r.choice(CLINICS), lab=lab, npi1="1" + num(r, "999999999"),
                npi2="1" + num(r, "999999999"), ph="1-8" + num(r, "77-555-0199"), fax="1-5" + num(r, "99-555-0199"),
                policy=num(r, "MP-999"), limit=r.choice([2, 3]), employer=r.choice(
                    ["Harrowgate Tool & Die Co.", "Pelican Reef Logistics", "Stonebridge Dairy Cooperative"]))


def provider_of(f: dict) -> str:
    return f["lab"] or f["clinic"]


def letterhead(p: Page, f: dict, title: str) -> None:
    ins, a = f["ins"], ADDR[f["ins"]]
    if ins == BR:
        p.line("BRAMBLECREST", 20, "B")
        p.line("HEALTH PLAN", 9, "B")
        p.line(f"{a[0]}  |  {a[1]}  |  Member Services {f['ph']}", 8)
    elif ins == NW:
        p.line(NW, 15, "B")
        p.line(f"Fertility benefit manager for the {f['employer']} Health Benefit Plan", 8.5)
        p.line(f"{a[0]}, {a[1]}  ·  Care Advocates {f['ph']}  ·  Fax {f['fax']}", 8)
    else:
        p.line(QM.upper(), 13, "B")
        p.line(f"Third-party administrator for the {f['employer']} Employee Health Plan (self-funded)", 8.5)
        p.line(f"{a[0]}  ·  {a[1]}", 8)
    y = p.get_y() + 1
    p.set_line_width(0.6)
    super(Page, p).line(p.l_margin, y, p.w - p.r_margin, y)
    p.set_line_width(0.2)
    p.ln(4)
    p.line(title, 13, "B")
    p.ln(2)


def addressee(p: Page, f: dict) -> None:
    p.line(fdate(f["notice"], f["ds"]), 10)
    p.ln(2)
    r = random.Random(f["i"] * 7)
    p.line(f["member"], 10)
    p.line(f"{r.randint(12, 9800)} {r.choice(['Wrenfield Ct', 'Marigold Ave', 'Osprey Hollow Rd', 'Kettle Pond Ln'])}", 10)
    p.line(r.choice(["Corvallis Heights, OR 97333", "Maple Grove Station, MN 55369", "Frankfort Mill, KY 40601"]), 10)
    p.ln(4)


def line_rows(f: dict, status: dict, ds: str) -> list[list[str]]:
    rows = []
    for c, desc, ch in f["lines"]:
        rows.append([fdate(f["svc"], ds), c, desc[:52], money(ch), status.get(c, "Denied")])
    return rows


def deny_letter(p: Page, f: dict) -> None:
    k, ds = f["kind"], f["ds"]
    titles = {"pgt": "Notice of Adverse Benefit Determination", "pgt_exp": "Claim Denial - Investigational Service",
              "storage": "We Did Not Approve Payment for Embryo Storage",
              "fet": "Notice of Claim Denial: Frozen Embryo Transfer",
              "mandate": "Adverse Benefit Determination - Infertility Services",
              "upheld": "Appeal Decision: Denial Upheld"}
    p.add_page()
    letterhead(p, f, titles[k])
    addressee(p, f)
    labels = {BR: ("Member ID", "Group number", "Claim number"), NW: ("Nestwell ID", "Employer group", "Claim #"),
              QM: ("Employee ID", "Employer No.", "Claim No.")}[f["ins"]]
    rows = [("Patient", f"{f['member']}   (DOB {fdate(f['dob'], 'slash')})"),
            ("Partner on file", f"{f['partner']}   (DOB {fdate(f['pdob'], 'slash')})"),
            (labels[0], f["mid"]), (labels[1], f["grp"])]
    if f["plan_no"]:
        rows.append(("Plan No.", f["plan_no"]))
    if k == "upheld":
        rows.append(("Appeal number", f["appeal"]))
    rows += [(labels[2], f["claim"]), ("Provider" if k != "upheld" else "Billing laboratory",
                                       f"{provider_of(f)} (NPI {f['npi1']})"),
             ("Treating physician", f"{f['rei']}, Reproductive Endocrinology (NPI {f['npi2']})"),
             ("Clinic account", f["acct"])]
    p.boxed_pairs(rows, label_w=48, size=9)
    p.table(["Date of service", "Code", "Description", "Billed", "Status"], line_rows(f, {}, ds) +
            [["", "", "Total billed", money(f["total"]), ""]], [28, 16, 88, 24, 20], size=8,
            aligns=["L", "L", "L", "R", "L"])
    ret, svc = fdate(f["retrieval"], ds), fdate(f["svc"], ds)
    if k == "pgt":
        p.heading("Why we denied this claim", 11)
        p.para(f"The embryo biopsy and preimplantation genetic testing for aneuploidy (PGT-A) performed on {svc}, "
               f"after the egg retrieval on {ret}, are **not covered**. Your certificate of coverage lists "
               "\"genetic testing of embryos, including preimplantation genetic testing, unless a parent is a "
               "known carrier of a single-gene disorder\" among the exclusions for infertility services. Your "
               "records show no known single-gene condition. The exclusion applies regardless of the physician's "
               "recommendation.")
        p.para(f"This decision applies only to the two lines above. The retrieval, fertilization and culture on "
               f"{ret} were processed on a separate claim ({f['claim2']}).")
    elif k == "pgt_exp":
        p.heading("Reason for denial", 11)
        p.para(f"Under medical policy {f['policy']} (Preimplantation Genetic Testing), PGT-A to screen embryos for "
               "aneuploidy is considered **experimental/investigational**: published evidence does not show that it "
               "improves live birth rates. The plan does not pay for investigational services. PGT for a known "
               "monogenic disorder (PGT-M) may be covered with prior approval.")
    elif k == "storage":
        p.heading("Why we did not approve payment", 11)
        p.para(f"Your embryos were frozen on {fdate(f['cryo'], ds)}. Your plan pays for storing embryos for up to "
               "one year after they are frozen. The storage fee billed for the period starting "
               f"{svc} falls after that year, so it is not covered. You can ask {f['lab']} about paying for "
               "storage yourself.")
    elif k == "fet":
        p.heading("Why this claim was denied", 11)
        p.para(f"Your plan covers up to {f['limit']} embryo transfers (fresh or frozen) per lifetime. Our records "
               f"show {f['limit']} transfers already paid. The frozen embryo transfer and embryo thawing on {svc} "
               "exceed the **lifetime cycle limit**, so they are not covered. The embryos were cryopreserved on "
               f"{fdate(f['cryo'], ds)}.")
    elif k == "mandate":
        p.heading("Explanation", 11)
        p.para(f"The {f['employer']} Employee Health Plan is a **self-funded** plan governed by ERISA. It is not "
               "insurance, and state insurance laws, including the state law requiring coverage of in vitro "
               "fertilization, apply only to fully insured plans sold by insurance companies. The plan document "
               "(Section 7.4, Exclusions) excludes IVF and related services, including egg retrieval, ICSI, "
               "embryo biopsy and genetic testing of embryos. The claim for the retrieval cycle of "
               f"{ret} is denied as a service not covered by the plan.")
    else:
        p.heading("Our decision", 11)
        p.para(f"We received your appeal of the denial of claim {f['claim']} for PGT-A testing on {svc}. A "
               f"reviewer who was not involved in the first decision looked at your certificate of coverage, the "
               f"letter from {f['rei']} and the lab's report. The certificate of coverage excludes preimplantation "
               "genetic testing of embryos unless a parent carries a known single-gene disorder. Because no such "
               "condition is documented, we are **upholding** the denial: the service is not covered.")
    p.heading("Your right to appeal", 11)
    if k == "upheld":
        p.para("If you disagree, you may ask for a second-level appeal within 60 days of the date of this letter. "
               "After the second level you may ask for an external review by an independent review organization "
               "within four months.")
    elif f["ins"] == NW:
        dl = f["notice"] + dt.timedelta(days=180)
        p.para(f"You or your representative may appeal. Your written appeal must be received by "
               f"{fdate(dl, ds)}. Send it to {NW}, Appeals, {ADDR[NW][0]}, {ADDR[NW][1]}, or fax {f['fax']}. "
               "If your treatment is urgent you may ask for an expedited appeal decided within 72 hours.")
    else:
        word = "letter" if f["ins"] == QM else "notice"
        p.para(f"You have the right to appeal this decision within 180 days of the date of this {word}. You may "
               "submit written comments and documents and ask, free of charge, for copies of the documents used "
               f"in this decision. Call {f['ph']}.")
    p.para("Sincerely,\nClaims Review Unit", 9.5)


def eob(p: Page, f: dict) -> None:
    k, ds = f["kind"], f["ds"]
    p.add_page()
    letterhead(p, f, "Explanation of Benefits   -   THIS IS NOT A BILL")
    p.pairs([("Statement date", fdate(f["notice"], ds)), ("Member", f["member"]),
             ("Member ID" if f["ins"] == BR else "Nestwell ID", f["mid"]),
             ("Group", f["grp"]), ("Claim number", f["claim"]), ("Provider", provider_of(f)),
             ("Referring physician", f["rei"]), ("Egg retrieval date", fdate(f["retrieval"], ds))],
            label_w=42, size=9.5, h=5.2)
    p.ln(2)
    if k == "icsi":
        status = {c: "Paid" for c, _, _ in f["lines"]}
        rows = []
        tot_allowed = tot_paid = tot_you = 0.0
        r = random.Random(f["i"] * 11)
        for c, desc, ch in f["lines"]:
            allowed = round(ch * r.uniform(0.55, 0.7), 2)
            you = round(allowed * 0.2, 2)
            rows.append([fdate(f["svc"], ds), c, money(ch), money(allowed), money(allowed - you), money(you), "P1"])
            tot_allowed += allowed
            tot_you += you
            tot_paid += allowed - you
        rows.append(["Totals", "", money(f["total"]), money(tot_allowed), money(tot_paid), money(tot_you), ""])
        p.table(["Service date", "Code", "Billed", "Allowed", "Plan paid", "You owe", "Note"], rows,
                [28, 18, 28, 28, 28, 28, 16], size=8, aligns=["L", "L", "R", "R", "R", "R", "L"], bold_last=True)
        p.para("P1  Intracytoplasmic sperm injection (ICSI) is covered under your infertility benefit when "
               "fertilization is performed as part of an approved IVF cycle. Coinsurance 20% applies.", 8.5)
        p.para(f"Lifetime IVF cycles used: 1 of {f['limit']}. Lifetime infertility maximum remaining: "
               f"{money(25000 - tot_paid)}.", 8.5)
        p.para(f"Questions? Call your Care Advocate at {f['ph']}.", 8.5)
        return
    rows = [[fdate(f["svc"], ds), c, money(ch), "0.00", "0.00", money(ch), "X7"] for c, _, ch in f["lines"]]
    rows.append(["Totals", "", money(f["total"]), "0.00", "0.00", money(f["total"]), ""])
    p.table(["Service date", "Code", "Billed", "Allowed", "Plan paid", "You owe", "Note"], rows,
            [28, 18, 28, 28, 28, 28, 16], size=8, aligns=["L", "L", "R", "R", "R", "R", "L"], bold_last=True)
    p.para(f"X7  Experimental or investigational service (medical policy {f['policy']}). PGT-A is not covered.",
           8.5)
    p.para("If you disagree with how this claim was processed you may appeal within 180 days of the date of this "
           f"statement. Call {f['ph']} or write to {BR} Appeals, {ADDR[BR][0]}, {ADDR[BR][1]}.", 8.5)


def build(f: dict, what: str) -> bytes:
    p = Page(serif=f["ins"] == QM, footer="Page {n} of {nb}")
    (eob if what == "eob" else deny_letter)(p, f)
    return out(p)


def make_truth(f: dict, what: str) -> dict:
    k = f["kind"]
    n = f["notice"]
    alts: dict = {}
    prov = provider_of(f)
    if k in ("fet", "mandate", "icsi"):
        alts["provider"] = [f["rei"]]
    if f["ins"] in (NW, QM):
        alts["insurer"] = [f"{f['employer']} " + ("Health Benefit Plan" if f["ins"] == NW else "Employee Health Plan")]
    alts = {a: v for a, v in alts.items() if v}
    cases = [f["claim"]] + ([f["appeal"]] if k == "upheld" else [])
    if k == "upheld":
        alts["case_numbers"] = [[f["appeal"]]]
    common = dict(insurer=f["ins"], plan_id=f["plan_no"], group=f["grp"], member_id=f["mid"],
                  member_name=f["member"], cases=cases, claim_amount=m2(f["total"]),
                  service_dates=[f["svc"].isoformat()], denial_date=n.isoformat(), provider=prov)
    if k == "icsi":
        return truth("other", None, alternates=alts, type_alternates=["eob"], **common)
    if k == "upheld":
        dl = n + dt.timedelta(days=60)
    else:
        dl = n + dt.timedelta(days=180)
    den = {"pgt": "not_covered", "pgt_exp": "experimental", "storage": "not_covered", "fet": "not_covered",
           "mandate": "not_covered", "upheld": "not_covered"}[k]
    da = {"pgt": ["experimental"], "pgt_exp": ["not_covered"], "upheld": ["experimental"], "fet": ["other"]}.get(k)
    return truth("eob" if what == "eob" else "denial_letter", den, appeal_deadline=dl.isoformat(), alternates=alts,
                 denial_alternates=da, **common)


# (stem suffix, condition, kind, issuer, date style, what)
PLAN = [
    ("bd_pgta_89290_81479_excluded_letter", "born_digital", "pgt", BR, "long", "letter"),
    ("bd_fbm_eob_icsi_89280_paid", "born_digital", "icsi", NW, "slash", "eob"),
    ("scan300_fet_over_lifetime_transfer_limit", "scan_clean_300", "fet", NW, "abbr", "letter"),
    ("copy_self_funded_state_mandate_not_applicable", "photocopy", "mandate", QM, "dmy", "letter"),
    ("phone_embryo_storage_beyond_one_year", "phone_photo", "storage", BR, "iso", "letter"),
    ("lowres_appeal_upheld_pgta_exclusion", "scan_lowres_150", "upheld", BR, "long", "letter"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, ds, what) in enumerate(PLAN):
        f = facts(i, kind, ins, ds)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f, what), make_truth(f, what))]))
    f = facts(9, "pgt_exp", BR, "slash")
    items.append(Item(f"{FAMILY}_faxstd_stack_cover_pgta_investigational_letter_and_eob", "fax_standard_g4",
                      [(build(f, "letter"), make_truth(f, "letter")), (build(f, "eob"), make_truth(f, "eob"))],
                      separators=["cover", None]))
    return items
