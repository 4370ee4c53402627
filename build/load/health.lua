-- GET the health of a random seeded product (five years of monthly figures) with the bearer token from $TOKEN.
-- Args: <product-ids file> <path prefix, ending in />
dofile(os.getenv("LOAD_DIR") .. "/read-one.lua")
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("TOKEN") or "")
local pick = request
function request()
  local req = pick()
  return req:gsub(" HTTP/1.1", "/health HTTP/1.1", 1)
end
