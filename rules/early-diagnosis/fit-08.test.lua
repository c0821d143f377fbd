-- Fixtures for FIT-08. The base is ncl-q3 (schema 1.1): FIT support is
-- targeted at Edmonton, North Enfield and Haringey North East, the PCNs with
-- the lowest CAN-04. Run: assure rules test FIT-08
fixtures {
  rule = "FIT-08",
  base = "../../samples/returns/ncl-q3.xml",
  { name = "the three lowest PCNs named, with the support", expect = "pass", subjects = {} },
  { name = "smc-q4: the six lowest PCNs in three towns", file = "../../samples/returns/smc-q4.xml",
    expect = "pass", subjects = {} },
  { name = "support not targeted at the lowest PCNs", expect = "missing", subjects = {},
    edits = { { '<PCNTargeting targeted="true">', '<PCNTargeting targeted="false">' } } },
  { name = "targeted, but the text is only TBC", expect = "missing", subjects = {},
    edits = { { '<PCNTargeting targeted="true">CAN-04 by PCN', '<PCNTargeting targeted="true">TBC<!-- CAN-04 by PCN' },
              { "the quarterly report.</PCNTargeting>", "the quarterly report. --></PCNTargeting>" } } },
  { name = "targeted, with no text", expect = "missing", subjects = {},
    edits = { { '<PCNTargeting targeted="true">CAN-04 by PCN', '<PCNTargeting targeted="true"><!-- CAN-04 by PCN' },
              { "the quarterly report.</PCNTargeting>", "the quarterly report. --></PCNTargeting>" } } },
  { name = "targeted written as Y", expect = "missing", subjects = {},
    edits = { { '<PCNTargeting targeted="true">', '<PCNTargeting targeted="Y">' } } },
  { name = "a 1.1 return without PCNTargeting", expect = "missing", subjects = {},
    edits = { { "<PCNTargeting", "<!-- <PCNTargeting" }, { "</PCNTargeting>", "</PCNTargeting> -->" } } },
  { name = "a 1.1 return without the FIT section", expect = "missing", subjects = {},
    edits = { { "<FIT>", "<!-- <FIT>" }, { "</FIT>", "</FIT> -->" } } },
  { name = "a 1.0 return has no place for the targeting", file = "../../samples/returns/ncl-q2.xml",
    expect = "not-applicable", subjects = {} },
}
