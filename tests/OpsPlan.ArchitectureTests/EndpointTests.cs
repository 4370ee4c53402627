using System.Reflection;
using Microsoft.AspNetCore.Mvc;

namespace OpsPlan.ArchitectureTests;

/// <summary>The host's endpoint handlers, as the compile-time request delegate generator reads them.</summary>
public sealed class EndpointTests
{
    [Test]
    public void Multi_value_query_filters_say_FromQuery()
    {
        var arrays = Solution.Host.GetTypes()
            .Where(type => type.Namespace?.StartsWith("OpsPlan.Api.Endpoints", StringComparison.Ordinal) == true)
            .SelectMany(type => type.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .SelectMany(method => method.GetParameters().Select(parameter => (Method: method, Parameter: parameter)))
            .Where(pair => pair.Parameter.ParameterType == typeof(string[]))
            .ToList();
        var unmarked = arrays.Where(pair => pair.Parameter.GetCustomAttribute<FromQueryAttribute>() is null)
            .Select(pair => $"{pair.Method.DeclaringType!.Name}.{pair.Method.Name}({pair.Parameter.Name})");

        Assert.Multiple(() =>
        {
            Assert.That(arrays, Is.Not.Empty, "the endpoints' filters were not found");
            Assert.That(unmarked, Is.Empty, "without [FromQuery] the generator also offers an array as a JSON body, and the document gets a GET with a body");
        });
    }
}
