namespace MemberCard.ArchitectureTests;

using FluentValidation;
using Mediator;

public sealed class MessageConventionTests
{
    private static readonly Type[] Messages = Layers.Application.GetTypes()
        .Where(t => t.IsClass && !t.IsAbstract && (Implements(t, typeof(ICommand<>)) || Implements(t, typeof(IQuery<>))))
        .ToArray();

    private static readonly Type[] Handlers = Layers.All
        .SelectMany(a => a.GetTypes())
        .Where(t => t.IsClass && !t.IsAbstract && !t.ContainsGenericParameters)
        .Where(t => Implements(t, typeof(ICommandHandler<,>)) || Implements(t, typeof(IQueryHandler<,>)))
        .ToArray();

    [Fact]
    public void Messages_WhenDiscovered_IncludeCommandsAndQueries()
    {
        var names = Messages.Select(t => t.Name).ToList();

        names.ShouldContain("ApplyForCardCommand");
        names.ShouldContain("ActivateCardCommand");
        names.ShouldContain("GetMyCardQuery");
        names.Count.ShouldBeGreaterThan(10);
    }

    [Fact]
    public void Messages_WhenInspected_AreSealedRecords()
    {
        var messages = Messages;

        var offenders = messages.Where(t => !t.IsSealed || !IsRecord(t)).Select(t => t.FullName);

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void Messages_WhenInspected_AreNamedForKindAndLiveInTheirUseCaseFolder()
    {
        var messages = Messages;

        var offenders = messages
            .Where(t => UseCaseName(t) is not { } useCase || t.Namespace?.EndsWith("." + useCase, StringComparison.Ordinal) != true)
            .Select(t => t.FullName);

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void Messages_WhenInspected_HaveExactlyOneHandler()
    {
        var messages = Messages;

        var offenders = messages
            .Select(m => (Message: m, Count: Handlers.Count(h => HandledMessages(h).Contains(m))))
            .Where(x => x.Count != 1)
            .Select(x => $"{x.Message.Name}: {x.Count} handlers");

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void Handlers_WhenInspected_LiveBesideTheirMessage()
    {
        var handlers = Handlers;

        var offenders = handlers
            .SelectMany(h => HandledMessages(h).Select(m => (Handler: h, Message: m)))
            .Where(x => x.Handler.Namespace != x.Message.Namespace)
            .Select(x => $"{x.Handler.FullName} handles {x.Message.FullName}");

        handlers.ShouldNotBeEmpty();
        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void Commands_WhenTheyTakeInput_HaveAValidator()
    {
        var validated = Layers.Application.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract)
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
            .Select(i => i.GetGenericArguments()[0])
            .ToHashSet();

        var offenders = Messages
            .Where(m => Implements(m, typeof(ICommand<>)) && TakesInput(m) && !validated.Contains(m))
            .Select(m => m.FullName);

        validated.ShouldNotBeEmpty();
        offenders.ShouldBeEmpty();
    }

    private static bool Implements(Type type, Type openGeneric) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == openGeneric);

    private static IEnumerable<Type> HandledMessages(Type handler) =>
        handler.GetInterfaces()
            .Where(i => i.IsGenericType
                && (i.GetGenericTypeDefinition() == typeof(ICommandHandler<,>) || i.GetGenericTypeDefinition() == typeof(IQueryHandler<,>)))
            .Select(i => i.GetGenericArguments()[0]);

    // The compiler gives every record class a clone method that no C# source can declare.
    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null;

    private static string? UseCaseName(Type message) =>
        Implements(message, typeof(ICommand<>)) && message.Name.EndsWith("Command", StringComparison.Ordinal) ? message.Name[..^"Command".Length]
        : Implements(message, typeof(IQuery<>)) && message.Name.EndsWith("Query", StringComparison.Ordinal) ? message.Name[..^"Query".Length]
        : null;

    /// <summary>
    /// A command takes input when it carries anything beyond the identifier of the resource it acts on: that
    /// identifier comes from the route and is checked by the lookup (unknown, malformed and not-yours are one 404).
    /// </summary>
    private static bool TakesInput(Type command)
    {
        var properties = command.GetProperties().Where(p => p.Name != "EqualityContract").ToList();
        return properties.Count > 1 || properties.Any(p => !IsResourceIdentifier(p.Name, p.PropertyType));
    }

    private static bool IsResourceIdentifier(string name, Type type) =>
        type == typeof(Guid) || name.EndsWith("Id", StringComparison.Ordinal) || name == "CardNumber";
}
