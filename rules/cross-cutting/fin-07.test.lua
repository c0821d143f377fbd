-- Fixtures for FIN-07. The base is the NCL Q3 return (schema 1.1): RAP is
-- tier 1 (£510,000) and RAL tier 2 (£380,000), both reported through
-- tiering, and Additionality describes how funding stays additional. In the
-- Surrey and Sussex Q4 return, RTK (tier 2, £520,000) is not reported.
-- Run: assure rules test FIN-07
fixtures {
  rule = "FIN-07",
  base = "../../samples/returns/ncl-q3.xml",
  { name = "NCL Q3: additionality described, tiered trusts reported", expect = "pass", subjects = { "additionality", "RAL", "RAP" } },
  { name = "Surrey and Sussex Q4: RTK not reported through tiering", file = "../../samples/returns/smc-q4.xml", expect = "fail", subjects = { "RTK" } },
  { name = "RAP (tier 1) not reported through tiering", expect = "fail", subjects = { "RAP" },
    edits = { { 'amount="510000" reportedThroughTiering="true"', 'amount="510000" reportedThroughTiering="false"' } } },
  { name = "RAL (tier 2) does not say whether it is reported", expect = "missing", subjects = { "RAL" },
    edits = { { 'amount="380000" reportedThroughTiering="true"', 'amount="380000"' } } },
  { name = "an untiered trust not reported through tiering is fine", expect = "pass", subjects = { "additionality", "RAL", "RAP" },
    edits = { { '<ProviderAllocation provider="RRV" amount="420000"/>', '<ProviderAllocation provider="RRV" amount="420000" reportedThroughTiering="false"/>' } } },
  { name = "no money to RAP needs no tiering report", expect = "pass", subjects = { "additionality", "RAL" },
    edits = { { 'amount="510000" reportedThroughTiering="true"', 'amount="0"' } } },
  { name = "Additionality absent", expect = "missing", subjects = { "additionality" },
    edits = {
      { "<Additionality>", "<!-- <Additionality>" },
      { "</Additionality>", "</Additionality> -->" } } },
  { name = "Additionality only a placeholder", expect = "missing", subjects = { "additionality" },
    edits = { { "<Additionality>Each provider allocation", "<Additionality>TBC</Additionality><!-- Each provider allocation" },
              { "core activity.</Additionality>", "core activity. -->" } } },
  { name = "a tiered trust not reported outranks absent additionality", expect = "fail", subjects = { "RAP" },
    edits = {
      { 'amount="510000" reportedThroughTiering="true"', 'amount="510000" reportedThroughTiering="false"' },
      { "<Additionality>", "<!-- <Additionality>" },
      { "</Additionality>", "</Additionality> -->" } } },
  { name = "Finance section absent", expect = "missing", subjects = {},
    edits = {
      { "<Finance>", "<!-- <Finance>" },
      { "</Finance>", "</Finance> -->" } } },
  { name = "a 1.0 return has no place for it", file = "../../samples/returns/ncl-q2.xml", expect = "not-applicable", subjects = {} },
}
