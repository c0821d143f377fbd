-- Fixtures for the cross-quarter checks across a year boundary: the base is
-- the 2026/27 Q1 return, so its previous return (made from the base, as the
-- history would hold it) is Q4 of 2025/26.
fixtures {
  base = "smc-q1.xml",
  { rule = "HIST-02", name = "Q1 year-to-date spend below last year's Q4 is a new year, not a fall",
    expect = "not-applicable",
    previous = { { 'actualYearToDate="', 'actualYearToDate="9' } } },
  { rule = "HIST-03", name = "a new year's targets are not a mid-year change", expect = "not-applicable",
    previous = { { 'target="', 'target="1' } } },
  { rule = "HIST-04", name = "a milestone complete in Q4 2025/26 reopened in Q1 2026/27", expect = "fail",
    subjects = { "SS-FD1" },
    previous = { { 'due="Q1-4 25/26" aims="SA1 SA3" status="off-track"',
                   'due="Q1-4 25/26" aims="SA1 SA3" status="complete"' } } },
}
