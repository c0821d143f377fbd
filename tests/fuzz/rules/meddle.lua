-- Tries to change what the national rules use, each in its own pcall; a
-- count kept between returns, and memory kept too.
local count, hoard = 0, {}
deliverable { id = 'XML-98', title = 'meddle', workstream = 'integrity',
  source = 'tests/fuzz', due = 'every', checks = 'Meddles; passes.',
  check = function(doc, out)
    count = count + 1
    hoard[#hoard + 1] = string.rep('x', 1 << 20)
    local tries = {
      function() local m = getmetatable(out); m.__index.fail = m.__index.pass end,
      function() quarters.names[1] = 'Q9' end,
      function() string.format = function() return '' end end,
      function() local i = doc:index('Header/Provider', 'code'); i.RAP = nil end,
      function() doc.attr = nil end,
    }
    for _, f in ipairs(tries) do pcall(f) end
    if count > 1 then error('state kept between returns: ' .. count) end
    out:pass {}
  end }
