-- POST a valid new risk with the bearer token from $TOKEN.
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("TOKEN") or "")
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"title":"Load test risk","description":"Created by wrk.","category":"operational",' ..
  '"owner":"load@example.com","likelihood":3,"impact":4,"nextReviewDate":"2027-01-31"}'
