using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace OpsPlan.IntegrationTests.Infrastructure;

/// <summary>Assertions on what a caller sees: status codes, problem bodies and JSON.</summary>
public static class HttpAssertions
{
    public static async Task<JsonNode> ShouldHaveStatus(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), $"Body: {body}");
        return body.Length == 0 ? new JsonObject() : JsonNode.Parse(body)!;
    }

    /// <summary>Asserts an RFC 9457 problem with the given status (and code), and returns it.</summary>
    public static async Task<JsonNode> ShouldBeProblem(this HttpResponseMessage response, HttpStatusCode expected, string? code = null)
    {
        var problem = await response.ShouldHaveStatus(expected);
        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem["status"]?.GetValue<int>(), Is.EqualTo((int)expected));
            Assert.That(problem["title"]?.GetValue<string>(), Is.Not.Empty);
            Assert.That(problem["detail"]?.GetValue<string>(), Is.Not.Empty);
            Assert.That(problem["traceId"]?.GetValue<string>(), Is.Not.Empty);
            Assert.That(problem["instance"]?.GetValue<string>(), Is.Not.Empty);
            if (code is not null)
            {
                Assert.That(problem["code"]?.GetValue<string>(), Is.EqualTo(code));
            }
        });
        return problem;
    }

    /// <summary>Asserts a 400 whose <c>errors</c> name exactly these fields.</summary>
    public static async Task<JsonNode> ShouldBeValidationProblem(this HttpResponseMessage response, params string[] fields)
    {
        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        var errors = problem["errors"]?.AsObject().Select(pair => pair.Key).ToList();
        Assert.That(errors, Is.EquivalentTo(fields), problem.ToJsonString());
        return problem;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body, string? ifMatch = null, string? idempotencyKey = null) =>
        client.SendAsync(Request(HttpMethod.Post, url, JsonContent.Create(body), ifMatch, idempotencyKey));

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body, string? ifMatch = null) =>
        client.SendAsync(Request(HttpMethod.Put, url, JsonContent.Create(body), ifMatch));

    public static Task<HttpResponseMessage> MergePatchAsync(this HttpClient client, string url, string json, string? ifMatch = null) =>
        client.SendAsync(Request(HttpMethod.Patch, url, new StringContent(json, Encoding.UTF8, "application/merge-patch+json"), ifMatch));

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string url, string body, string contentType = "application/json") =>
        client.SendAsync(Request(HttpMethod.Post, url, new StringContent(body, Encoding.UTF8, contentType)));

    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string url) =>
        await (await client.GetAsync(url)).ShouldHaveStatus(HttpStatusCode.OK);

    private static HttpRequestMessage Request(HttpMethod method, string url, HttpContent content, string? ifMatch = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return request;
    }
}
