using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpsPlan.BuildingBlocks.Domain;

/// <summary>
/// Money on the wire is <c>{ "amount": "1234.50", "currency": "USD" }</c>. The amount is a string so that no JSON
/// parser on the way turns it into a binary float; a number, a fourth decimal too many or a lower-case currency is refused.
/// </summary>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonValueException("Money is an object: { \"amount\": \"12.34\", \"currency\": \"USD\" }.");
        }

        string? amount = null, currency = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString();
            reader.Read();
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonValueException($"Money's '{property}' is a string, such as \"12.34\" or \"USD\".");
            }

            switch (property)
            {
                case "amount": amount = reader.GetString(); break;
                case "currency": currency = reader.GetString(); break;
                default: throw new JsonValueException($"Money has no property '{property}'; it has amount and currency.");
            }
        }

        if (currency is not null && !Currencies.IsKnown(currency))
        {
            throw new JsonValueException(Currencies.Explanation);
        }

        return Money.TryParse(amount, currency, out var money)
            ? money
            : throw new JsonValueException("Money needs an amount below 100,000,000,000 with at most 4 decimal places (\"12.34\") and an ISO 4217 currency (\"USD\").");
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("amount", value.ToAmountString());
        writer.WriteString("currency", value.Currency);
        writer.WriteEndObject();
    }
}
