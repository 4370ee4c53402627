using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using OpsPlan.IntegrationTests.Infrastructure;

namespace OpsPlan.IntegrationTests.Browser;

/// <summary>
/// What QA does, in a real browser: Debian's Chromium opens Swagger UI, authorizes with a token, and runs
/// "Try it out" on a create and on a read of what was created.
/// </summary>
[Category("Browser")]
[NonParallelizable]
public sealed class SwaggerUiTests
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly string _data = Path.Combine(Path.GetTempPath(), "opsplan-browser", Guid.NewGuid().ToString("N"));

    [TearDown]
    public void RemoveData()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    [Test]
    public async Task Qa_authorizes_in_swagger_ui_and_creates_then_reads_a_risk()
    {
        Assert.That(File.Exists(Chromium), Is.True, "Chromium is not installed: apt-get install chromium (the CI script does).");
        await using var api = await ApiProcess.StartAsync(_data, relayEnabled: false);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            // As root and on a machine without internet: no sandbox, and no background calls to Google's hosts.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync();
        page.SetDefaultTimeout(30_000);

        await page.GotoAsync(new Uri(api.Address, "/swagger/index.html").ToString());
        await AuthorizeAsync(page, ApiProcess.Token());

        var created = await TryItOutAsync(page, "#operations-Risks-CreateRisk", parameters: null);
        var id = JsonNode.Parse(created.Body)!["id"]!.GetValue<string>();
        var read = await TryItOutAsync(page, "#operations-Risks-GetRisk", parameters: new Dictionary<string, string> { ["id"] = id });

        Assert.Multiple(() =>
        {
            Assert.That(created.Status, Is.EqualTo("201"));
            Assert.That(read.Status, Is.EqualTo("200"));
            Assert.That(JsonNode.Parse(read.Body)!["id"]!.GetValue<string>(), Is.EqualTo(id));
        });
    }

    private static async Task AuthorizeAsync(IPage page, string token)
    {
        await page.ClickAsync("button.authorize");
        var dialog = page.Locator(".modal-ux");
        await dialog.Locator("input[type=text]").First.FillAsync(token);
        await dialog.Locator("button.modal-btn.auth.authorize").First.ClickAsync();
        await dialog.Locator("button.btn-done").First.ClickAsync();
    }

    private static async Task<(string Status, string Body)> TryItOutAsync(IPage page, string operation, IReadOnlyDictionary<string, string>? parameters)
    {
        var block = page.Locator(operation);
        await block.Locator(".opblock-summary").ClickAsync();
        await block.Locator("button.try-out__btn").ClickAsync();
        foreach (var (name, value) in parameters ?? new Dictionary<string, string>())
        {
            await block.Locator($"tr[data-param-name='{name}'] input").FillAsync(value);
        }

        await block.Locator("button.execute").ClickAsync();
        var response = block.Locator(".live-responses-table .response").First;
        var status = (await response.Locator(".response-col_status").InnerTextAsync()).Trim();
        var body = await response.Locator(".response-col_description pre").First.InnerTextAsync();
        return (status, body);
    }
}
