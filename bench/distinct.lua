-- wrk script: every request carries an ignored query parameter with a new value, so no response
-- cache can answer it (a client app with varied filters, the first read after a load, 1000x data).
-- The path comes from the command line: wrk ... -s bench/distinct.lua URL  (its path and query).
local n = 0
local base
init = function(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
end
request = function()
  n = n + 1
  base = base or wrk.path
  local sep = string.find(base, "?", 1, true) and "&" or "?"
  return wrk.format("GET", base .. sep .. "distinct=" .. n .. "-" .. math.random(1, 1000000000))
end
