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
}
