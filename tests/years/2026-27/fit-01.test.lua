-- Fixtures for FIT-01 in 2026/27: the base is the 2026/27 Q1 return, whose
-- 83.74% passed the 2025/26 line of 80 and fails the 2026/27 line of 85.
fixtures {
  rule = "FIT-01",
  base = "smc-q1.xml",
  { name = "83.74% is under the 2026/27 line", expect = "fail", subjects = {} },
  { name = "85% meets it", expect = "pass", subjects = {},
    edits = { { 'percent="83.74"', 'percent="85.00"' } } },
  { name = "no percentage", expect = "missing",
    edits = { { ' percent="83.74"', '' } } },
}
