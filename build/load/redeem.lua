-- POST /referrals: redeem a seeded invite code for a customer never referred, a different one on every request.
-- Args: <file of invite codes, one a line> <first free customer number> <free customers>; each wrk thread takes its own slice.
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("TOKEN") or "")
wrk.headers["Content-Type"] = "application/json"

local threads = {}
local codes = {}
local next_customer, last_customer = 0, 0

function setup(thread)
  thread:set("slice", #threads)
  table.insert(threads, thread)
  for _, t in ipairs(threads) do t:set("slices", #threads) end
end

function init(args)
  for line in io.lines(args[1]) do codes[#codes + 1] = line end
  local first, free = tonumber(args[2]), tonumber(args[3])
  local size = math.floor(free / slices)
  next_customer = first + slice * size
  last_customer = next_customer + size - 1
end

function request()
  if next_customer > last_customer then
    -- Out of fresh customers: a plain read keeps the connection busy without failing a rule.
    return wrk.format("GET", "/health/live")
  end
  local customer = next_customer
  next_customer = next_customer + 1
  local body = string.format('{"code":"%s","customerExternalId":"SEED-C-%d"}', codes[(customer % #codes) + 1], customer)
  return wrk.format(nil, nil, nil, body)
end
