-- GET a view with a different date range on every request, so no answer comes from the cache.
-- Args: <path prefix, ending in ?> <first day, yyyy-mm-dd> <days in each range>
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("TOKEN") or "")

local path, first, span = "", 0, 29
local counter = 0

local function day(offset)
  return os.date("!%Y-%m-%d", first + offset * 86400)
end

function init(args)
  path = args[1]
  local y, m, d = args[2]:match("(%d+)-(%d+)-(%d+)")
  first = os.time({ year = tonumber(y), month = tonumber(m), day = tonumber(d), hour = 12 })
  span = tonumber(args[3])
end

function request()
  counter = counter + 1
  local offset = counter % 700
  return wrk.format(nil, path .. "from=" .. day(offset) .. "&to=" .. day(offset + span))
end
