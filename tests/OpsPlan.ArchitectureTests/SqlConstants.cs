using System.Reflection;

namespace OpsPlan.ArchitectureTests;

internal static class SqlConstants
{
    public static IEnumerable<(string Name, string Sql)> In(Assembly assembly) =>
        assembly.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(field => field is { IsLiteral: true } && field.FieldType == typeof(string))
            .Select(field => (field.DeclaringType!.Name + "." + field.Name, (string)field.GetRawConstantValue()!));
}
