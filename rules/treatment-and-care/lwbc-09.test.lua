-- Fixtures for LWBC-09. The Q3 NCL sample (schema 1.1) has analysed the
-- disparities (Enfield's HNA uptake, RAP's colorectal PSFU) but agreed no
-- actions yet; the Q4 Surrey and Sussex sample has both. Run: assure rules
-- test LWBC-09
local GD = '<GeographicalDisparities analysed="true" actions="false">'
local TEXT = "HNA uptake is 71% in Camden and Islington but 48% in Enfield, and fewer colorectal patients are on PSFU at RAP than at the other trusts. Actions will be agreed with the ICB and RAP at the LWBC board in January."
fixtures {
  rule = "LWBC-09",
  base = "../../samples/returns/ncl-q3.xml",
  { name = "the Q3 return: analysed, no actions agreed yet", expect = "missing", subjects = {} },
  { name = "analysed with actions agreed", expect = "pass", subjects = {},
    edits = { { GD, '<GeographicalDisparities analysed="true" actions="true">' },
              { "Actions will be agreed with the ICB and RAP at the LWBC board in January.",
                "An Enfield-based HNA clinic opens in January and RAP's colorectal PSFU protocol is being aligned with RAL's." } } },
  { name = "not analysed", expect = "missing", subjects = {},
    edits = { { GD, '<GeographicalDisparities analysed="false" actions="false">' } } },
  { name = "analysed and actions, text a placeholder", expect = "missing", subjects = {},
    edits = { { GD, '<GeographicalDisparities analysed="true" actions="true">' }, { TEXT, "TBC" } } },
  { name = "analysed and actions, text empty", expect = "missing", subjects = {},
    edits = { { GD, '<GeographicalDisparities analysed="true" actions="true">' }, { TEXT, "" } } },
  { name = "actions written as Yes", expect = "missing", subjects = {},
    edits = { { GD, '<GeographicalDisparities analysed="true" actions="Yes">' } } },
  { name = "no GeographicalDisparities", expect = "missing", subjects = {},
    edits = { { GD, "<!-- " .. GD }, { "</GeographicalDisparities>", "</GeographicalDisparities> -->" } } },
  { name = "no LWBC section", expect = "missing", subjects = {},
    edits = { { "<LivingWithAndBeyondCancer>", "<!-- <LivingWithAndBeyondCancer>" },
              { "</LivingWithAndBeyondCancer>", "</LivingWithAndBeyondCancer> -->" } } },
  { name = "the Q4 Surrey and Sussex return: analysed with actions", file = "../../samples/returns/smc-q4.xml",
    expect = "pass", subjects = {} },
  { name = "a schema 1.0 return has no place for the evidence", file = "../../samples/returns/ncl-q2.xml",
    expect = "not-applicable", subjects = {} },
}
