namespace MemberCard.Application.Common.Behaviors;

using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using FluentValidation.Results;

/// <summary>
/// Finds text PostgreSQL cannot store (the NUL character) anywhere in a message, nested records and lists
/// included, so that every use case rejects it as a field error instead of failing in the database.
/// </summary>
internal static class UnstorableText
{
    private const int MaxDepth = 4;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Readable = new();

    public static IEnumerable<ValidationFailure> Find(object message)
    {
        var failures = new List<ValidationFailure>();
        Walk(message, string.Empty, 0, failures);
        return failures;
    }

    private static void Walk(object? value, string path, int depth, List<ValidationFailure> failures)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                if (text.Contains('\0', StringComparison.Ordinal))
                {
                    failures.Add(new ValidationFailure(path, "The text must not contain NUL characters.") { ErrorCode = "text.nul" });
                }

                return;
            case IEnumerable items when depth < MaxDepth:
                var index = 0;
                foreach (var item in items)
                {
                    Walk(item, $"{path}[{index++}]", depth + 1, failures);
                }

                return;
        }

        var type = value.GetType();
        if (depth >= MaxDepth || type.IsPrimitive || type.IsEnum || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true)
        {
            return;
        }

        foreach (var property in Readable.GetOrAdd(type, static t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.GetIndexParameters().Length == 0 && p.CanRead).ToArray()))
        {
            Walk(property.GetValue(value), path.Length == 0 ? property.Name : $"{path}.{property.Name}", depth + 1, failures);
        }
    }
}
