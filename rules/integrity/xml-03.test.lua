-- Fixtures for XML-03: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test XML-03
fixtures {
  rule = "XML-03",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example declares every code", expect = "pass", subjects = {} },
  { name = "undeclared provider in a ProviderAllocation", expect = "fail", subjects = { "RXX" },
    edits = {
      { "provider=\"RKE\" amount=\"190000\"", "provider=\"RXX\" amount=\"190000\"" } } },
  { name = "undeclared ICB on a Standard", expect = "fail", subjects = { "QXX" },
    edits = {
      { "<Standard code=\"31D\" icb=\"QMJ\"", "<Standard code=\"31D\" icb=\"QXX\"" } } },
  { name = "undeclared host and urology provider code, in document order", expect = "fail", subjects = { "R1A", "RYY" },
    edits = {
      { "<Hosting provider=\"RRV\"", "<Hosting provider=\"R1A\"" },
      { "<Provider code=\"RKE\" fdsLowestQuartile", "<Provider code=\"RYY\" fdsLowestQuartile" } } },
  -- A list naming a code twice: the rules count it once (the first), and
  -- XML-03 names it with the line of each.
  { name = "RKE declared twice in the header", expect = "fail", subjects = { "RKE" },
    edits = {
      { '<Provider code="RKE" name="Whittington Health NHS Trust"', '<Provider code="RKE" name="Whittington Health" icb="QMJ" tier="none" endoscopy="true"/>\n    <Provider code="RKE" name="Whittington Health NHS Trust"' } } },
  { name = "the ICB declared twice in the header", expect = "fail", subjects = { "QMJ" },
    edits = {
      { '<ICB code="QMJ" name="NHS North Central London ICB"/>', '<ICB code="QMJ" name="NHS North Central London ICB"/><ICB code="QMJ" name="NCL ICB"/>' } } },
  { name = "RKE listed twice among the urology providers", expect = "fail", subjects = { "RKE" },
    edits = {
      { '<Provider code="RKE" fdsLowestQuartile', '<Provider code="RKE" fdsLowestQuartile="false" lampTrainedStaff="1" lampLive="true" oneStopHaematuria="live"/>\n      <Provider code="RKE" fdsLowestQuartile' } } },
  { name = "RAP listed twice among the endoscopy providers", expect = "fail", subjects = { "RAP" },
    edits = {
      { '<EndoscopyProvider code="RAP"', '<EndoscopyProvider code="RAP" schema="NEDi2.1" dataCompleteness="99.0"/>\n    <EndoscopyProvider code="RAP"' } } },
  { name = "a repeat and an undeclared code: the repeat first", expect = "fail", subjects = { "RKE", "RXX" },
    edits = {
      { '<Provider code="RKE" name="Whittington Health NHS Trust"', '<Provider code="RKE" name="Whittington Health" icb="QMJ" tier="none" endoscopy="true"/>\n    <Provider code="RKE" name="Whittington Health NHS Trust"' },
      { 'provider="RKE" amount="190000"', 'provider="RXX" amount="190000"' } } },
}
