-- read-one.lua with the bearer token from $TOKEN.
dofile(os.getenv("LOAD_DIR") .. "/read-one.lua")
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("TOKEN") or "")
