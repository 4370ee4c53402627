using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpsPlan.Api.OpenApi;

/// <summary>
/// What each query parameter means and its default, by name: a name means the same wherever it appears, so one
/// catalog describes every operation's, and a test fails on a parameter it does not know.
/// </summary>
internal sealed class QueryParameterDescriptions : IParameterFilter
{
    public static readonly IReadOnlyDictionary<string, (string Description, JsonNode? Default)> Catalog = new Dictionary<string, (string, JsonNode?)>
    {
        ["limit"] = ("Items per page, 1-200.", 50),
        ["cursor"] = ("The nextCursor of the previous page, or a syncCursor to resume an incremental sync. Opaque; keeps its list's order.", null),
        ["updatedSince"] = ("Only records changed at or after this time (with its zone), oldest change first, with a syncCursor to resume from.", null),
        ["sort"] = ("Order of the list: comma-separated keys, - for descending (sort=-score,title), ties broken by id; not with updatedSince. "
            + "Every list takes createdAt and updatedAt; risks also score, title, owner; incidents detectedAt, severity, title; "
            + "transactions occurredOn, amount; cost centers code, name; products name, stageChangedAt; partners name; markets country, name; requirements title; releases releasedOn, version; "
            + "feedback receivedAt. An unknown key is a 400 listing the list's keys.", "-createdAt"),
        ["category"] = ("Only records in these categories (repeat or comma-separate for several).", null),
        ["level"] = ("Only risks at these levels (repeat or comma-separate for several).", null),
        ["status"] = ("Only records in these statuses (repeat or comma-separate for several; one value on views).", null),
        ["severity"] = ("Only incidents, or compliance items, of these severities (repeat or comma-separate for several).", null),
        ["type"] = ("Only records of this type: an incident or release type (several allowed), or an event's name for parked events.", null),
        ["direction"] = ("Only outflows or inflows (repeat or comma-separate for both).", null),
        ["owner"] = ("Only records owned by this person (exact match).", null),
        ["source"] = ("Only risks raised by this source (manual, or a module that raises risks: finance, lifecycle), or feedback from these sources (several allowed).", null),
        ["sourceReference"] = ("Only the risk its source raised for this reference (with source).", null),
        ["basis"] = ("Score the heat map by inherent or residual likelihood × impact.", "inherent"),
        ["costCenterId"] = ("Only records of this cost center.", null),
        ["cashAccountId"] = ("Only transactions booked to this cash account.", null),
        ["currency"] = ("Only records in this ISO 4217 currency.", null),
        ["externalId"] = ("Only the record with this id in its source system (the finance system's transaction, the CRM's customer, the help desk's ticket).", null),
        ["period"] = ("A fiscal period: yyyy-MM (a month) or yyyy (a year).", null),
        ["from"] = ("Start of the range, inclusive: a day (yyyy-MM-dd), a month (yyyy-MM) for product figures or, for incident metrics, a time with its zone.", null),
        ["to"] = ("End of the range: a day or a month (product figures), inclusive, or for incident metrics a time with its zone, exclusive.", null),
        ["granularity"] = ("Bucket size of the cash flow.", "month"),
        ["parentId"] = ("Only the direct children of this cost center.", null),
        ["roots"] = ("true: only the top of the tree (cost centers without a parent).", false),
        ["archived"] = ("true: only archived cost centers; false: only active ones; absent: both.", null),
        ["code"] = ("Only the cost center with this code.", null),
        ["overdue"] = ("true: only mitigations due before today and still planned or in progress.", false),
        ["riskId"] = ("Only mitigations of this risk.", null),
        ["module"] = ("Only entries of this module (risk, finance, access…).", null),
        ["recordId"] = ("Only entries about this record.", null),
        ["userId"] = ("Only entries by this caller (a token's subject or apikey:<id>).", null),
        ["stage"] = ("Only customers, products or markets in these stages (repeat or comma-separate for several).", null),
        ["tier"] = ("Only customers, or partners, in these tiers (repeat or comma-separate for several).", null),
        ["country"] = ("Only customers, partners or the market in this ISO 3166-1 alpha-2 country (DE).", null),
        ["acquisitionChannel"] = ("Only customers acquired through this channel (exact match).", null),
        ["name"] = ("Only the record with this name (exact match).", null),
        ["by"] = ("The retention matrix's cohort and period size (month by default), or the score the market ranking orders by (combined by default).", null),
        ["kind"] = ("Only records of these kinds: channel kinds (repeat or comma-separate for several), or one points-entry kind.", null),
        ["goal"] = ("Only campaigns with these goals (repeat or comma-separate for several).", null),
        ["segmentId"] = ("Only campaigns targeting this segment.", null),
        ["channelId"] = ("Only campaigns run through this channel.", null),
        ["productId"] = ("Only campaigns about this product.", null),
        ["converted"] = ("true: only audience members who converted; false: only those who did not; absent: both.", null),
        ["referrerId"] = ("Only referrals made with this customer's code.", null),
        ["top"] = ("How many referrers, 1-100.", 10),
        ["priority"] = ("Only requirements of these priorities (repeat or comma-separate for several).", null),
        ["targetVersion"] = ("Only requirements planned for this semantic version.", null),
        ["within"] = ("Agreements ending within this many days from today: 30, 60 or 90.", 30),
        ["metric"] = ("Only measurements of this SLA metric.", null),
        ["after"] = ("Where the feed resumes: a nextCursor, or an event's cursor, from an earlier page; from the first event without one.", null),
        ["types"] = ("Only events of these types (repeat or comma-separate for several), as GET /api/v1/admin/webhooks/event-types names them.", null),
        ["deliveryId"] = ("Only the attempts of this delivery.", null),
        ["area"] = ("Only localization tasks in these areas (repeat or comma-separate for several).", null),
    };

    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        if (parameter is not OpenApiParameter { In: ParameterLocation.Query, Name: { } name } query || !Catalog.TryGetValue(name, out var entry))
        {
            return;
        }

        query.Description = entry.Description;
        if (entry.Default is not null && query.Schema is OpenApiSchema schema)
        {
            schema.Default = entry.Default.DeepClone();
        }
    }
}
