-- Fixtures for TV-10. The Q3 sample (schema 1.1): the alliance attended the
-- working group on 2025-11-19; RAP is a national outlier for lung, with the
-- tailored support described; RKE (breast) and RRV (og) are not outliers.
-- Run: assure rules test TV-10
local WG = '<WorkingGroup attended="true" date="2025-11-19"/>'
local RAP = 'provider="RAP" percent="61.5" period="2024" source="NATCAN" nationalOutlier="true"'
local RKE = 'provider="RKE" percent="19.0" period="2024" source="NATCAN" nationalOutlier="false"'
local OG = 'over62DaysPrevious="14" medianDaysPrevious="58" nationalOutlier="false"'
local SUPPORT = "The alliance lung clinical lead reviews RAP's stage IIIB-IVB patients with its oncologists each month, and the alliance funds a lung CNS to book SACT consultations within seven days of MDT; a peer visit to a top-quartile trust took place in November."
fixtures {
  rule = "TV-10",
  base = "../../samples/returns/ncl-q3.xml",
  { name = "the Q3 return: attended, RAP lung supported", expect = "pass", subjects = { "WorkingGroup", "RAP" } },
  { name = "attended without a date, no outliers", expect = "pass", subjects = { "WorkingGroup" },
    edits = { { WG, '<WorkingGroup attended="true"/>' },
              { RAP, 'provider="RAP" percent="61.5" period="2024" source="NATCAN" nationalOutlier="false"' } } },
  { name = "no Measure or Waits says nationalOutlier", expect = "pass", subjects = { "WorkingGroup" },
    edits = { { RAP, 'provider="RAP" percent="61.5" period="2024" source="NATCAN"' },
              { RKE, 'provider="RKE" percent="19.0" period="2024" source="NATCAN"' },
              { OG, 'over62DaysPrevious="14" medianDaysPrevious="58"' } } },
  { name = "the working group was not attended", expect = "at-risk", subjects = { "WorkingGroup" },
    edits = { { WG, '<WorkingGroup attended="false"/>' } } },
  { name = "RKE breast is an outlier with no support described", expect = "missing", subjects = { "RKE" },
    edits = { { RKE, 'provider="RKE" percent="19.0" period="2024" source="NATCAN" nationalOutlier="true"' } } },
  { name = "RRV og waits are an outlier with no support, and the group was missed", expect = "missing", subjects = { "RRV" },
    edits = { { WG, '<WorkingGroup attended="false"/>' },
              { OG, 'over62DaysPrevious="14" medianDaysPrevious="58" nationalOutlier="true"' } } },
  { name = "RAP's support is only a placeholder", expect = "missing", subjects = { "RAP" },
    edits = { { SUPPORT, "TBC" } } },
  { name = "RAP's support is for another tumour", expect = "missing", subjects = { "RAP" },
    edits = { { '<OutlierSupport tumour="lung" provider="RAP">', '<OutlierSupport tumour="bowel" provider="RAP">' } } },
  { name = "working group attendance not reported", expect = "missing", subjects = { "WorkingGroup" },
    edits = { { WG, "" } } },
  { name = "attended written as yes", expect = "missing", subjects = { "WorkingGroup" },
    edits = { { WG, '<WorkingGroup attended="yes"/>' } } },
  { name = "Treatment variation absent", expect = "missing", subjects = { "WorkingGroup" },
    edits = { { "<TreatmentVariation>", "<!-- <TreatmentVariation>" },
              { "</TreatmentVariation>", "</TreatmentVariation> -->" } } },
  { name = "the Q4 Surrey and Sussex return: the group was missed", file = "../../samples/returns/smc-q4.xml",
    expect = "at-risk", subjects = { "WorkingGroup" } },
  { name = "a schema 1.0 return has no place for the evidence", file = "../../samples/returns/ncl-q2.xml",
    expect = "not-applicable", subjects = {} },
}
