-- GET a leaderboard with a different size on every request (top=1..100), so no answer comes from the cache.
-- Args: <path, ending in ?>
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("TOKEN") or "")

local path = ""
local counter = 0

function init(args)
  path = args[1]
end

function request()
  counter = counter + 1
  return wrk.format(nil, path .. "top=" .. ((counter % 100) + 1))
end
