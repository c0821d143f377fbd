-- Fixtures for FD-URO-05. The base is the Q3 return (schema 1.1): S. Mensah
-- of RRV is named as the LAMP trainer, and ReferralPractice describes the
-- haematuria referral guidance. Run: assure rules test FD-URO-05
local TRAINER = '<LAMPTrainer name="S. Mensah" organisation="RRV"/>'
fixtures {
  rule = "FD-URO-05",
  base = "../../samples/returns/ncl-q3.xml",
  { name = "the Q3 return: trainer named, referral practice described", expect = "pass", subjects = { "LAMPTrainer", "ReferralPractice" } },
  { name = "two trainers, one from outside the alliance", expect = "pass", subjects = { "LAMPTrainer", "ReferralPractice" },
    edits = { { TRAINER, TRAINER .. '\n      <LAMPTrainer name="P. Osei" organisation="RF4"/>' } } },
  { name = "no trainer named", expect = "missing", subjects = { "LAMPTrainer" },
    edits = { { TRAINER, "" } } },
  { name = "the trainer's name a placeholder", expect = "missing", subjects = { "LAMPTrainer" },
    edits = { { TRAINER, '<LAMPTrainer name="TBC" organisation="RRV"/>' } } },
  { name = "referral practice a placeholder", expect = "missing", subjects = { "ReferralPractice" },
    edits = { { "<ReferralPractice>Haematuria referral guidance", "<ReferralPractice>To follow.</ReferralPractice><!-- " },
              { "booked straight to CT.</ReferralPractice>", "booked straight to CT. -->" } } },
  { name = "neither, at Q1", quarter = "Q1", expect = "missing", subjects = { "LAMPTrainer", "ReferralPractice" },
    edits = { { TRAINER, "" },
              { "<ReferralPractice>Haematuria referral guidance", "<!-- <ReferralPractice>Haematuria referral guidance" },
              { "booked straight to CT.</ReferralPractice>", "booked straight to CT.</ReferralPractice> -->" } } },
  { name = "urology section absent", expect = "missing", subjects = { "urology" },
    edits = { { "<Urology>", "<!-- <Urology>" }, { "</Urology>", "</Urology> -->" } } },
  { name = "the year-end return of Surrey and Sussex: no trainer named", file = "../../samples/returns/smc-q4.xml",
    expect = "missing", subjects = { "LAMPTrainer" } },
  { name = "a 1.0 return has no place for the trainers", file = "../../samples/returns/ncl-q2.xml",
    expect = "not-applicable", subjects = {} },
}
