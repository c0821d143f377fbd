-- Fixtures for GEN-01. The base is ncl-q3 (schema 1.1): a partnership with
-- the North Thames GMSA and the commissioning work are described, but
-- LynchAccess reads only "To follow". Run: assure rules test GEN-01
local ACCESS = "<LynchAccess>To follow</LynchAccess>"
local REAL = "<LynchAccess>Tumour testing of every colorectal and endometrial cancer is audited monthly by the GMSA; the cancer teams consent and refer under the mainstreaming model.</LynchAccess>"
fixtures {
  rule = "GEN-01",
  base = "../../samples/returns/ncl-q3.xml",
  { name = "ncl-q3: access to testing only 'To follow'", expect = "missing", subjects = {} },
  { name = "access described too", expect = "pass", subjects = {}, edits = { { ACCESS, REAL } } },
  { name = "smc-q4: partnership, commissioning and access", file = "../../samples/returns/smc-q4.xml",
    expect = "pass", subjects = {} },
  { name = "partnership without the GMSA's name", expect = "pass", subjects = {},
    edits = { { ACCESS, REAL }, { ' gmsa="North Thames Genomic Medicine Service Alliance"', "" } } },
  { name = "no partnership with the GMSA", expect = "fail", subjects = {},
    edits = { { ACCESS, REAL }, { '<GMSAPartnership established="true"', '<GMSAPartnership established="false"' } } },
  { name = "no partnership outranks the missing access text", expect = "fail", subjects = {},
    edits = { { '<GMSAPartnership established="true"', '<GMSAPartnership established="false"' } } },
  { name = "established written as 1", expect = "missing", subjects = {},
    edits = { { ACCESS, REAL }, { '<GMSAPartnership established="true"', '<GMSAPartnership established="1"' } } },
  { name = "commissioning text empty", expect = "missing", subjects = {},
    edits = { { ACCESS, REAL }, { "<LynchCommissioning>The GMSA", "<LynchCommissioning><!--" },
              { "until March.</LynchCommissioning>", "until March.--></LynchCommissioning>" } } },
  { name = "a 1.1 return without the Genomics section", expect = "missing", subjects = {},
    edits = { { "<Genomics>", "<!-- <Genomics>" }, { "</Genomics>", "</Genomics> -->" } } },
  { name = "a 1.0 return has no place for it", file = "../../samples/returns/ncl-q2.xml",
    expect = "not-applicable", subjects = {} },
}
