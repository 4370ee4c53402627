-- POST a batch of 1,000 new customers (fresh external ids on every request) with the bearer token from $TOKEN.
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("TOKEN") or "")
wrk.headers["Content-Type"] = "application/json"

local counter = 0
local prefix = tostring(os.time()) .. "-" .. tostring(math.random(1000000))
local countries = { "DE", "AT", "FR", "US", "GB" }

function request()
  counter = counter + 1
  local items = {}
  for i = 1, 1000 do
    items[i] = string.format(
      '{"externalId":"LOAD-C-%s-%d-%d","displayName":"Load customer %d","email":"load%d@example.com","ageBand":"25-34","gender":"female",' ..
      '"country":"%s","region":"Bavaria","interests":["running","travel"],"acquisitionChannel":"seo","signedUpAt":"2026-0%d-%02dT10:00:00Z",' ..
      '"tier":"silver","customAttributes":{"plan":"annual"},"marketingConsent":true}',
      prefix, counter, i, i, i, countries[(i % #countries) + 1], (i % 9) + 1, (i % 28) + 1)
  end
  return wrk.format(nil, nil, nil, '{"items":[' .. table.concat(items, ",") .. ']}')
end
