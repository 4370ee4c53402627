-- A GET with the bearer token from $TOKEN, one request every <spacing> ms (args[1]; 2,100 by default): spaced past the
-- cache's 2 s lifetime, each finds its view expired, so every figure is a full computation (run it with one connection).
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("TOKEN") or "")

local spacing = 2100

function init(args)
  spacing = tonumber(args[1]) or spacing
end

function delay()
  return spacing
end
