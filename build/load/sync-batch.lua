-- POST a batch of 1,000 new transactions (fresh external ids on every request) with the bearer token from $TOKEN.
-- Args: <cost-center-ids file>
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("TOKEN") or "")
wrk.headers["Content-Type"] = "application/json"

local costCenters = {}
local counter = 0
local prefix = tostring(os.time()) .. "-" .. tostring(math.random(1000000))

function init(args)
  for line in io.lines(args[1]) do costCenters[#costCenters + 1] = line end
  prefix = prefix .. "-" .. tostring(math.random(1000000))
end

function request()
  counter = counter + 1
  local items = {}
  for i = 1, 1000 do
    items[i] = string.format(
      '{"externalId":"LOAD-%s-%d-%d","occurredOn":"2026-%02d-%02d","costCenterId":"%s","category":"marketing","direction":"outflow",' ..
      '"amount":{"amount":"%d.25","currency":"USD"},"cashAccountId":null,"counterparty":"Load","partnerId":null,"description":"wrk batch"}',
      prefix, counter, i, (i % 12) + 1, (i % 28) + 1, costCenters[(i % #costCenters) + 1], i)
  end
  return wrk.format(nil, nil, nil, '{"items":[' .. table.concat(items, ",") .. ']}')
end
