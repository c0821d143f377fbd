-- Reads everything a return holds, every way a rule can: each element's
-- attributes through each typed getter (a malformed or absent value is a
-- signal, caught), its text, a few regexes over it, its labels and paths.
local kept = {} -- tries to keep nodes and strings between returns

deliverable { id = 'XML-97', title = 'walk every element', workstream = 'integrity',
  source = 'tests/fuzz', due = 'every', checks = 'Reads every element; passes.',
  check = function(doc, out)
    local n = 0
    for _, el in ipairs(doc:all('//*')) do
      n = n + 1
      if n > 5000 then break end
      kept[#kept + 1] = el
      for _, a in ipairs(el:attrs()) do
        for _, get in ipairs({ 'num', 'pct', 'int', 'bool', 'date', 'text' }) do
          pcall(el[get], el, '@' .. a)
        end
      end
      local ok, t = pcall(el.text, el, '.')
      if ok and t then
        pcall(re.count, t, '[A-Z][a-z]+')
        pcall(re.find, t, '(\\d+)%')
        pcall(words, t)
        pcall(no_evidence, t)
      end
    end
    out:pass { detail = n .. ' elements' }
  end }
