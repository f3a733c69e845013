-- wrk script: the busiest reads in turn, each with an ignored query parameter of a new value, so the
-- response cache never answers (bench/memory.sh: one minute of such reads).
local paths = {
  "/api/v1/events?from=1922-12&to=1923-03&size=20", "/api/v1/persons/stalin",
  "/api/v1/timeline?from=1922-12&to=1923-03&format=timelinejs", "/api/v1/timeline?format=vis",
  "/api/v1/timeline?from=1922-12&to=1923-03&size=100", "/api/v1/documents?size=100", "/api/v1/persons?size=100",
  "/api/v1/letters/letter-to-the-congress", "/api/v1/search?q=testament", "/api/v1/sources/pathfinder-1975/passages?size=100",
  "/api/v1/disputes?size=100", "/api/v1/persons/lenin", "/api/v1/events?size=100&page=1",
}
local n = 0
init = function(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
end
request = function()
  n = n + 1
  local p = paths[(n % #paths) + 1]
  local sep = string.find(p, "?", 1, true) and "&" or "?"
  return wrk.format("GET", p .. sep .. "distinct=" .. n .. "-" .. math.random(1, 1000000000))
end
