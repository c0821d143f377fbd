-- Fixtures for ED-10: the base is the 2026/27 Q1 return.
fixtures {
  rule = "ED-10",
  base = "smc-q1.xml",
  { name = "the update is there", expect = "pass", subjects = { "early-diagnosis" } },
  { name = "the update is TBC", expect = "missing", subjects = { "early-diagnosis" },
    edits = { { "<QuarterlyUpdate>", "<QuarterlyUpdate>TBC<!--" }, { "</QuarterlyUpdate>", "--></QuarterlyUpdate>" } } },
}
