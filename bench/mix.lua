-- wrk script: rotates over the busiest reads (used by bench/startup.sh for its 10 s of load)
local paths = {
  "/api/v1/events?size=20", "/api/v1/persons/stalin",
  "/api/v1/timeline?from=1922-12&to=1923-03&size=100",
  "/api/v1/timeline?from=1922-12&to=1923-03&size=100&format=timelinejs",
  "/api/v1/timeline?from=1922-12&to=1923-03&size=100&format=vis",
  "/api/v1/search?q=general%20secretary", "/api/v1/documents?size=100", "/api/v1/persons?size=100",
  "/api/v1/search?q=testament", "/api/v1/sources/pathfinder-1975/passages?size=100",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
