-- XML-05: no percentage is written as a fraction (0.84 for 84%). The schema
-- takes 0.84 as a percentage, so a rule would judge it as 0.84%: this check
-- names each such figure, with its place, and the rules that read one report
-- it as missing, pointing here, instead of judging it.
deliverable {
  id = "XML-05", workstream = "integrity", due = "every",
  title = "No percentage is written as a fraction (0.84 for 84%)",
  source = "Quarterly return data contract: percentages are written from 0 to 100",
  checks = "Every figure written 0.x (the schema's decimals are percentages, 0 to 100) looks like a fraction: fail naming each, with its place; except in an element whose figures written with a decimal point add up to about 100, 90 to 110 (shares of a whole, such as FIT's banding, where under 1% is real). The rules that read such a figure give missing.",
  check = function(doc, out)
    fractions(doc, function(e, a)
      out:fail { at = e, attr = a, subject = e:label(a), detail = e:label(a) .. " is " .. e:attr(a) }
    end)
  end,
  say = {
    pass = "No percentage is written as a fraction",
    fail = { message = "{count} {count|figure looks|figures look} like a fraction, not a percentage from 0 to 100: {details}",
      prompt = "Write each as a percentage from 0 to 100 (84 for 84%) in the next return; if one truly is under 1%, say so in the section's narrative." },
  },
}
