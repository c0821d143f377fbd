-- Fixtures for FIN-05: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test FIN-05
fixtures {
  rule = "FIN-05",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: 64.3% to OP and ED, unequal allocations", expect = "pass", subjects = {} },
  { name = "OP and ED 42.3% of planned spend: emphasis is at-risk, not fail", expect = "at-risk", subjects = { "operational-performance" },
    edits = {
      { "id=\"operational-performance\" planned=\"1500000\"", "id=\"operational-performance\" planned=\"500000\"" },
      { "id=\"early-diagnosis\" planned=\"1200000\"", "id=\"early-diagnosis\" planned=\"600000\"" } } },
  { name = "three equal provider allocations", expect = "at-risk", subjects = { "RRV", "RAL", "RAP" },
    edits = {
      { "<ProviderAllocation provider=\"RKE\" amount=\"190000\"/>", "" },
      { "provider=\"RRV\" amount=\"420000\"", "provider=\"RRV\" amount=\"400000\"" },
      { "provider=\"RAL\" amount=\"380000\"", "provider=\"RAL\" amount=\"400000\"" },
      { "provider=\"RAP\" amount=\"510000\"", "provider=\"RAP\" amount=\"400000\"" } } },
  { name = "three of four allocations equal is not an equal-share basis", expect = "pass", subjects = {},
    edits = {
      { "provider=\"RRV\" amount=\"420000\"", "provider=\"RRV\" amount=\"400000\"" },
      { "provider=\"RAL\" amount=\"380000\"", "provider=\"RAL\" amount=\"400000\"" },
      { "provider=\"RAP\" amount=\"510000\"", "provider=\"RAP\" amount=\"400000\"" } } },
  { name = "malformed allocation amount (420,000)", expect = "missing", subjects = { "RRV" },
    edits = {
      { "provider=\"RRV\" amount=\"420000\"", "provider=\"RRV\" amount=\"420,000\"" } } },
  { name = "OP and ED exactly 50% of planned spend", expect = "pass", subjects = {},
    edits = {
      { "id=\"operational-performance\" planned=\"1500000\"", "id=\"operational-performance\" planned=\"600000\"" },
      { "id=\"early-diagnosis\" planned=\"1200000\"", "id=\"early-diagnosis\" planned=\"900000\"" } } },
  { name = "under the emphasis line and equal allocations", expect = "at-risk", subjects = { "operational-performance", "RRV", "RAL", "RAP" },
    edits = {
      { "id=\"operational-performance\" planned=\"1500000\"", "id=\"operational-performance\" planned=\"500000\"" },
      { "id=\"early-diagnosis\" planned=\"1200000\"", "id=\"early-diagnosis\" planned=\"600000\"" },
      { "<ProviderAllocation provider=\"RKE\" amount=\"190000\"/>", "" },
      { "provider=\"RRV\" amount=\"420000\"", "provider=\"RRV\" amount=\"400000\"" },
      { "provider=\"RAL\" amount=\"380000\"", "provider=\"RAL\" amount=\"400000\"" },
      { "provider=\"RAP\" amount=\"510000\"", "provider=\"RAP\" amount=\"400000\"" } } },
  { name = "two equal allocations are under the equal-shares count", expect = "pass", subjects = {},
    edits = {
      { "<ProviderAllocation provider=\"RKE\" amount=\"190000\"/>", "" },
      { "<ProviderAllocation provider=\"RAP\" amount=\"510000\"/>", "" },
      { "provider=\"RRV\" amount=\"420000\"", "provider=\"RRV\" amount=\"400000\"" },
      { "provider=\"RAL\" amount=\"380000\"", "provider=\"RAL\" amount=\"400000\"" } } },
  { name = "Finance section absent", expect = "missing", subjects = {},
    edits = {
      { "<Finance>", "<!-- <Finance>" },
      { "</Finance>", "</Finance> -->" } } },
  { name = "no planned spend", expect = "missing", subjects = {},
    edits = {
      { "planned=\"800000\"", "planned=\"0\"" },
      { "planned=\"1500000\"", "planned=\"0\"" },
      { "planned=\"1200000\"", "planned=\"0\"" },
      { "planned=\"700000\"", "planned=\"0\"" } } },
}
