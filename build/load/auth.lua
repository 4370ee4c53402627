-- Adds the bearer token from $TOKEN to every request of a plain GET scenario.
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("TOKEN") or "")
