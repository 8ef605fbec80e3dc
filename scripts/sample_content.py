"""Fictional people, insurers and letter wording for the labelled sample set (no real patient data)."""

from __future__ import annotations

FIRST = ["Maria", "James", "Aisha", "Robert", "Linh", "Carlos", "Emily", "Darnell", "Sofia", "Henry", "Priya",
         "Miguel", "Grace", "Tomas", "Keisha", "Walter", "Ana", "Joseph", "Rosa", "Samuel", "Fatima", "Victor"]
LAST = ["Alvarez", "Thompson", "Nguyen", "Okafor", "Kowalski", "Ramirez", "Bennett", "Haddad", "Fischer",
        "Delgado", "Brooks", "Castillo", "Sullivan", "Moreno", "Patel", "Whitaker", "Ortega", "Lindqvist",
        "Reyes", "Donovan", "Chavez", "Gallagher"]
INSURERS = [
    ("Cascade Mutual Health", "PO Box 4410, Portland, OR 97208", "erisa"),
    ("Blue Heron Health Plan", "1200 Lakeview Parkway, Madison, WI 53703", "erisa"),
    ("Summit Ridge Insurance Company", "88 Granite Ave, Denver, CO 80202", "individual"),
    ("Evergreen Community Care", "PO Box 9021, Sacramento, CA 95814", "medicaid"),
    ("Keystone Senior Advantage", "400 Market Street, Harrisburg, PA 17101", "medicare_advantage"),
    ("Prairie State Employees Health Plan", "PO Box 550, Springfield, IL 62701", "government_employer"),
    ("Liberty Shield Assurance", "77 Harbor Road, Boston, MA 02110", "erisa"),
    ("Sol y Salud Health Plan", "2300 Biscayne Blvd, Miami, FL 33137", "medicaid"),
    ("Northwind HealthCare", "PO Box 7701, Minneapolis, MN 55440", "individual"),
    ("Magnolia Benefit Administrators", "910 Peachtree St, Atlanta, GA 30309", "erisa"),
]
PROVIDERS = ["Riverside Orthopedic Associates", "Dr. Helen Marsh", "St. Brigid Medical Center",
             "Lakeshore Imaging Center", "Dr. Rahul Mehta", "Valley Behavioral Health", "Dr. Olivia Chen",
             "Mercy Ridge Hospital", "Cornerstone Physical Therapy", "Dr. Samuel Ortiz",
             "Bayview Surgical Institute", "Hillcrest Rehabilitation Hospital"]
SERVICES = {
    "medical_necessity": ["MRI of the lumbar spine", "sleep study", "bariatric surgery", "continuous glucose monitor"],
    "prior_authorization": ["knee arthroscopy", "CT scan of the abdomen", "outpatient infusion therapy"],
    "level_of_care": ["inpatient rehabilitation stay", "inpatient hospital admission", "residential treatment"],
    "coding_error": ["office visit", "laparoscopic cholecystectomy", "physical therapy evaluation"],
    "experimental": ["proton beam therapy", "gene expression profiling test", "stem cell injection"],
    "out_of_network": ["emergency room follow-up visit", "anesthesia services", "ambulance transport"],
    "not_covered": ["cosmetic rhinoplasty", "hearing aids", "infertility treatment", "weight loss program"],
    "eligibility": ["annual physical exam", "dermatology visit", "dental surgery"],
    "timely_filing": ["emergency room visit", "allergy testing", "chiropractic visit"],
    "other": ["lab panel", "x-ray of the wrist", "urgent care visit"],
}
REASONS_EN = {
    "medical_necessity": "A physician reviewer looked at the information we received and found that the {svc} is "
                         "not medically necessary for your condition. The records did not show that less costly "
                         "treatment had been tried first.",
    "prior_authorization": "Your plan requires prior authorization for the {svc}. Our records show that prior "
                           "authorization was not obtained before the service was provided, so the claim cannot "
                           "be paid.",
    "level_of_care": "Our nurse and physician reviewers found that the {svc} could have been safely provided at a "
                     "lower level of care. The inpatient level did not meet our guidelines; care in a skilled "
                     "nursing facility instead of inpatient hospital care would have met your needs.",
    "coding_error": "The claim for the {svc} was billed incorrectly. The procedure code submitted is inconsistent "
                    "with the modifier used, so we could not process it as billed. Your provider may send a "
                    "corrected claim.",
    "experimental": "The {svc} is considered experimental and investigational for your diagnosis. Your plan does "
                    "not cover treatment whose effectiveness has not been established.",
    "out_of_network": "The provider who treated you is out-of-network and does not participate with your plan. "
                      "Your plan does not cover the {svc} from non-participating providers except in an emergency.",
    "not_covered": "The {svc} is not a covered benefit under your plan. Your benefit booklet lists this service "
                   "as excluded from coverage.",
    "eligibility": "Our records show that your coverage terminated before the date of the {svc}. You were not "
                   "eligible for benefits on that date.",
    "timely_filing": "The claim for the {svc} was received after the timely filing limit in your provider's "
                     "contract. Claims must reach us within 90 days of the date of service.",
    "other": "This claim for the {svc} is a duplicate claim: the same service was already processed under an "
             "earlier claim for the same date.",
}
REASONS_ES = {
    "medical_necessity": "Un médico revisor examinó la información recibida y determinó que el servicio ({svc}) no "
                         "es médicamente necesario para su condición.",
    "prior_authorization": "Su plan requiere autorización previa para este servicio ({svc}). No se obtuvo "
                           "autorización previa antes de prestar el servicio.",
    "not_covered": "El servicio ({svc}) no es un beneficio cubierto por su plan y está excluido de la cobertura.",
    "out_of_network": "El proveedor que le atendió está fuera de la red de su plan y no participa en la red.",
    "experimental": "El tratamiento ({svc}) se considera experimental o de investigación para su diagnóstico.",
    "eligibility": "Según nuestros registros, su cobertura terminó antes de la fecha del servicio ({svc}) y no era "
                   "elegible para beneficios en esa fecha.",
}
CARC_FOR = {"medical_necessity": "CO-50", "prior_authorization": "CO-197", "level_of_care": "CO-58",
            "coding_error": "CO-4", "experimental": "CO-55", "out_of_network": "PR-242", "not_covered": "PR-204",
            "eligibility": "PR-27", "timely_filing": "CO-29", "other": "CO-18"}
CARC_TEXT = {"CO-50": "Non-covered: not deemed a medical necessity by the payer.",
             "CO-197": "Precertification/authorization absent.",
             "CO-58": "Treatment rendered in an inappropriate or invalid place of service.",
             "CO-4": "Procedure code inconsistent with the modifier used.",
             "CO-55": "Procedure deemed experimental/investigational by the payer.",
             "PR-242": "Services not provided by network/primary care providers.",
             "PR-204": "Service not covered under the patient's current benefit plan.",
             "PR-27": "Expenses incurred after coverage terminated.",
             "CO-29": "The time limit for filing has expired.",
             "CO-18": "Exact duplicate claim/service.",
             "CO-45": "Charge exceeds fee schedule/maximum allowable.",
             "PR-3": "Copayment amount."}
APPEAL_RIGHTS_EN = [
    "YOUR APPEAL RIGHTS",
    "If you disagree with this decision, you or someone you name to act for you may ask for an appeal. "
    "Send your written appeal, any records that support it, and a copy of this letter to the address above.",
    "If waiting could seriously harm your health, you may ask for an expedited appeal by phone. We will decide an "
    "expedited appeal within 72 hours.",
    "You may also have the right to an external review by an independent review organization if our decision was "
    "based on medical necessity, appropriateness, health care setting, level of care, effectiveness of a covered "
    "benefit, or because a treatment is experimental or investigational. You must ask for external review within "
    "4 months of receiving our final decision.",
    "You have the right to receive, free of charge, reasonable access to and copies of all documents relevant to "
    "your claim, including the clinical criteria we used.",
]
NONDISCRIMINATION = [
    "NOTICE OF NONDISCRIMINATION",
    "{ins} complies with applicable Federal civil rights laws and does not discriminate on the basis of race, "
    "color, national origin, age, disability, or sex. We provide free language assistance services. Call "
    "1-800-555-0142 (TTY: 711).",
    "ATENCION: si habla espanol, tiene a su disposicion servicios gratuitos de asistencia linguistica. "
    "Llame al 1-800-555-0142 (TTY: 711).",
    "ATTENTION: If you speak a language other than English, language assistance services are available to you "
    "free of charge. Call 1-800-555-0142.",
]
