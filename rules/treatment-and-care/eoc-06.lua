-- EOC-06: links with the directors responsible for improving patient
-- experience in ICBs and providers, and insight from communities that
-- surveys seldom reach (two Cancer Alliance role bullets). Schema 1.1 gives
-- each a text under ExperienceOfCare; a 1.0 return has no place for them.
deliverable {
  id = "EOC-06", workstream = "treatment-and-care", due = "every",
  from = "2025/26 Q1", to = "2025/26 Q4", schema = "1.1",
  title = "Links with patient experience directors; insight from communities surveys do not reach",
  source = "Planning pack 2025/26: Experience of Care and People & Community Engagement",
  row = "Cancer Alliance role",
  quote = { "Build and maintain links with directors responsible for improving patient experience within ICBs and providers.",
    "Encourage Trusts/System partners to collect and utilise insight from communities that are often not reached through traditional methods such as surveys." },
  checks = "Every quarter, two texts under ExperienceOfCare must be real evidence (not absent, empty or a placeholder): DirectorLinks (the links built and maintained with the directors responsible for improving patient experience within ICBs and providers) and CommunityInsight (how trusts and system partners are encouraged to collect and use insight from communities often not reached through traditional methods such as surveys); missing for each that is not. Not-applicable on a schema 1.0 return.",
  narratives = {
    { path = "ExperienceOfCare/DirectorLinks", subject = "DirectorLinks",
      write = "which ICB and provider directors for patient experience the alliance works with, how often and on what" },
    { path = "ExperienceOfCare/CommunityInsight", subject = "CommunityInsight",
      write = "how trusts and partners gather and use insight from communities that surveys seldom reach, and what it changed" },
  },
  say = {
    pass = "Links with patient experience directors and insight from communities that surveys seldom reach are both described",
  },
}
