-- GET the variance of a random seeded budget with the bearer token from $TOKEN. Args: <budget-ids file>
dofile(os.getenv("LOAD_DIR") .. "/read-one.lua")
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("TOKEN") or "")
local pick = request
function request()
  local req = pick()
  return req:gsub(" HTTP/1.1", "/variance HTTP/1.1", 1)
end
