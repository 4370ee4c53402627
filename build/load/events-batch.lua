-- POST a batch of 10,000 new activity events (fresh event ids) for seeded customers SEED-C-0 .. SEED-C-<n-1>.
-- Args: <seeded customer count> <occurredAt, ISO 8601>
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("TOKEN") or "")
wrk.headers["Content-Type"] = "application/json"

local customers = 1
local occurredAt = ""
local counter = 0
local prefix = tostring(os.time()) .. "-" .. tostring(math.random(1000000))
local types = { "login", "page-view", "feature-use", "purchase" }

function init(args)
  customers = tonumber(args[1])
  occurredAt = args[2]
  prefix = prefix .. "-" .. tostring(math.random(1000000))
end

function request()
  counter = counter + 1
  local items = {}
  for i = 1, 10000 do
    local kind = types[(i % #types) + 1]
    local value = kind == "purchase" and ',"value":{"amount":"19.90","currency":"EUR"}' or ""
    items[i] = string.format('{"eventId":"LOAD-E-%s-%d-%d","customerExternalId":"SEED-C-%d","type":"%s","occurredAt":"%s"%s}',
      prefix, counter, i, math.random(0, customers - 1), kind, occurredAt, value)
  end
  return wrk.format(nil, nil, nil, '{"items":[' .. table.concat(items, ",") .. ']}')
end
