-- A mix of ten read endpoints, rotated per request (each wrk thread keeps its own counter).
local paths = {
  "/api/v1/persons?q=fotieva",
  "/api/v1/persons/fotieva",
  "/api/v1/events/lenin-death-1924-01-21",
  "/api/v1/events?from=1922-12&to=1923-03&size=50",
  "/api/v1/documents?partOf=letter-to-the-congress",
  "/api/v1/documents/letter-to-the-congress-1922-12-24",
  "/api/v1/timeline?from=1923-01&to=1923-03",
  "/api/v1/search?q=stalin",
  "/api/v1/congresses/twelfth-party-congress",
  "/api/v1/disputes?q=postscript",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
