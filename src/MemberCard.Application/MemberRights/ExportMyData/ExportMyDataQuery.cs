namespace MemberCard.Application.MemberRights.ExportMyData;

using Mediator;

/// <summary>Everything we hold about the calling shopper's membership (PIPL right of access); shoppers only.</summary>
public sealed record ExportMyDataQuery : IQuery<MemberDataExport>;
