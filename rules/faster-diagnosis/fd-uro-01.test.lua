-- Fixtures for FD-URO-01: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. In the example RRV (2 trained)
-- and RAL (1 trained) run non-medical LAMP biopsy; RAP and RKE have no trained
-- staff and no service. Run: assure rules test FD-URO-01
fixtures {
  rule = "FD-URO-01",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: 2 of 4 implemented, on the Q2 line of 2", expect = "not-due", subjects = { "RAP", "RKE" } },
  { name = "every provider trained and live", expect = "pass", subjects = { "RRV", "RAL", "RAP", "RKE" },
    edits = {
      { 'lampTrainedStaff="0" lampLive="false"', 'lampTrainedStaff="1" lampLive="true"' },
      { 'lampTrainedStaff="0" lampLive="false"', 'lampTrainedStaff="3" lampLive="true"' } } },
  -- Revision 2: trained staff without a live service is not implemented.
  { name = "every provider trained, RKE's service not live, at Q4", quarter = "Q4", expect = "fail", subjects = { "RKE" },
    edits = {
      { 'lampTrainedStaff="0" lampLive="false"', 'lampTrainedStaff="1" lampLive="true"' },
      { 'lampTrainedStaff="0" lampLive="false"', 'lampTrainedStaff="3" lampLive="false"' } } },
  { name = "RAL trained but its service paused: 1 of 4 at Q2, below the line of 2", expect = "at-risk", subjects = { "RAL", "RAP", "RKE" },
    edits = {
      { 'lampTrainedStaff="1" lampLive="true"', 'lampTrainedStaff="1" lampLive="false"' } } },
  { name = "RAL marked live with no trained staff: below the line", expect = "at-risk", subjects = { "RAL", "RAP", "RKE" },
    edits = {
      { 'lampTrainedStaff="1" lampLive="true"', 'lampTrainedStaff="0" lampLive="true"' } } },
  -- A provider listed twice counts once, as first given (XML-03 names the
  -- repeat): 2 of 4 on the Q2 line of 2, not 2 of 5 below a line of 3.
  { name = "RKE listed twice: counted once, still 2 of 4", expect = "not-due", subjects = { "RAP", "RKE" },
    edits = {
      { '<Provider code="RKE" fdsLowestQuartile', '<Provider code="RKE" fdsLowestQuartile="false" lampTrainedStaff="0" lampLive="false" oneStopHaematuria="not-feasible"/>\n      <Provider code="RKE" fdsLowestQuartile' } } },
  { name = "RKE listed twice, live the second time: the first counts", expect = "not-due", subjects = { "RAP", "RKE" },
    edits = {
      { '<Provider code="RKE" fdsLowestQuartile', '<Provider code="RKE" fdsLowestQuartile="false" lampTrainedStaff="0" lampLive="false" oneStopHaematuria="not-feasible"/>\n      <Provider code="RKE" fdsLowestQuartile' },
      { 'code="RKE" fdsLowestQuartile="false" lampTrainedStaff="0" lampLive="false" oneStopHaematuria="not-feasible"/>\n      <Provider code="RKE" fdsLowestQuartile="false" lampTrainedStaff="0" lampLive="false"', 'code="RKE" fdsLowestQuartile="false" lampTrainedStaff="0" lampLive="false" oneStopHaematuria="not-feasible"/>\n      <Provider code="RKE" fdsLowestQuartile="false" lampTrainedStaff="3" lampLive="true"' } } },
  { name = "example at Q1: line of 1 met", quarter = "Q1", expect = "not-due", subjects = { "RAP", "RKE" } },
  { name = "example at Q3: 2 below the line of 3", quarter = "Q3", expect = "at-risk", subjects = { "RAP", "RKE" } },
  { name = "example at Q4: due, RAP and RKE without", quarter = "Q4", expect = "fail", subjects = { "RAP", "RKE" } },
  { name = "the Q3 return: RAP live with 1 trained, RKE alone without", file = "../../samples/returns/ncl-q3.xml",
    expect = "not-due", subjects = { "RKE" } },
  { name = "no urology providers listed", expect = "missing", subjects = {},
    edits = {
      { "<Urology>", "<Urology><!-- " },
      { "<AnalyserScreenshot submitted=\"true\"", " --><AnalyserScreenshot submitted=\"true\"" } } },
  { name = "urology section absent", expect = "missing", subjects = {},
    edits = {
      { "<Urology>", "<!-- <Urology>" },
      { "</Urology>", "</Urology> -->" } } },
  { name = "malformed staff count", expect = "missing", subjects = { "RRV" },
    edits = {
      { "lampTrainedStaff=\"2\"", "lampTrainedStaff=\"two\"" } } },
  { name = "lampLive left blank", expect = "missing", subjects = { "RRV" },
    edits = {
      { 'lampTrainedStaff="2" lampLive="true"', 'lampTrainedStaff="2" lampLive=""' } } },
}
