-- Fixtures for ED-06: each case is the example return with edits, judged at
-- its own quarter (Q2) unless quarter is given. Run: assure rules test ED-06
fixtures {
  rule = "ED-06",
  base = "../../samples/returns/ncl-q2.xml",
  { name = "example: mentions deprived and Core20PLUS5", expect = "pass", subjects = {} },
  { name = "no mention", expect = "at-risk", subjects = {},
    edits = {
      { "<QuarterlyUpdate>Early diagnosis rose to 57.2% in the latest RCRD rolling year, with the largest gain in the most deprived quintile. The chest X-ray service is live in six of eight PCNs, all in Core20PLUS5 areas, and screening outreach has contacted 740 non-attenders.</QuarterlyUpdate>", "<QuarterlyUpdate>Early diagnosis rose to 57.2% in the latest RCRD rolling year. The chest X-ray service is live in six of eight PCNs and screening outreach has contacted 740 non-attenders.</QuarterlyUpdate>" } } },
  { name = "only 'deprivations' (not a whole word)", expect = "at-risk", subjects = {},
    edits = {
      { "<QuarterlyUpdate>Early diagnosis rose to 57.2% in the latest RCRD rolling year, with the largest gain in the most deprived quintile. The chest X-ray service is live in six of eight PCNs, all in Core20PLUS5 areas, and screening outreach has contacted 740 non-attenders.</QuarterlyUpdate>", "<QuarterlyUpdate>Early diagnosis rose to 57.2% in the latest RCRD rolling year. The chest X-ray service is live in six of eight PCNs and screening outreach has contacted 740 non-attenders. Deprivations are mapped.</QuarterlyUpdate>" } } },
  { name = "DEPRIVATION in capitals", expect = "pass", subjects = {},
    edits = {
      { "<QuarterlyUpdate>Early diagnosis rose to 57.2% in the latest RCRD rolling year, with the largest gain in the most deprived quintile. The chest X-ray service is live in six of eight PCNs, all in Core20PLUS5 areas, and screening outreach has contacted 740 non-attenders.</QuarterlyUpdate>", "<QuarterlyUpdate>Early diagnosis rose to 57.2% in the latest RCRD rolling year. The chest X-ray service is live in six of eight PCNs and screening outreach has contacted 740 non-attenders. DEPRIVATION gap narrowed.</QuarterlyUpdate>" } } },
  { name = "Core20 only", quarter = "Q4", expect = "pass", subjects = {},
    edits = {
      { "<QuarterlyUpdate>Early diagnosis rose to 57.2% in the latest RCRD rolling year, with the largest gain in the most deprived quintile. The chest X-ray service is live in six of eight PCNs, all in Core20PLUS5 areas, and screening outreach has contacted 740 non-attenders.</QuarterlyUpdate>", "<QuarterlyUpdate>Early diagnosis rose to 57.2% in the latest RCRD rolling year. The chest X-ray service is live in six of eight PCNs and screening outreach has contacted 740 non-attenders. All PCNs are in Core20 areas.</QuarterlyUpdate>" } } },
  { name = "placeholder", expect = "missing", subjects = {},
    edits = {
      { "<QuarterlyUpdate>Early diagnosis rose to 57.2% in the latest RCRD rolling year, with the largest gain in the most deprived quintile. The chest X-ray service is live in six of eight PCNs, all in Core20PLUS5 areas, and screening outreach has contacted 740 non-attenders.</QuarterlyUpdate>", "<QuarterlyUpdate>see previous return</QuarterlyUpdate>" } } },
  { name = "empty", expect = "missing", subjects = {},
    edits = {
      { "<QuarterlyUpdate>Early diagnosis rose to 57.2% in the latest RCRD rolling year, with the largest gain in the most deprived quintile. The chest X-ray service is live in six of eight PCNs, all in Core20PLUS5 areas, and screening outreach has contacted 740 non-attenders.</QuarterlyUpdate>", "<QuarterlyUpdate>  </QuarterlyUpdate>" } } },
  { name = "absent", expect = "missing", subjects = {},
    edits = {
      { "<QuarterlyUpdate>", "<!-- <QuarterlyUpdate>" },
      { "</QuarterlyUpdate>", "</QuarterlyUpdate> -->" } } },
}
