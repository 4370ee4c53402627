-- POST /segments/preview with the seeded segment's rule: evaluated in SQL on every request (previews are never cached).
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("TOKEN") or "")
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"rule":{"match":"all","conditions":[{"field":"country","operator":"in","values":["DE","AT"]}],' ..
  '"groups":[{"match":"any","conditions":[{"field":"purchaseCount","operator":"between","min":1},{"field":"stage","operator":"equals","value":"at-risk"}]}]}}'
