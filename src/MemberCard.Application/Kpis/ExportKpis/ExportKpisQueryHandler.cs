namespace MemberCard.Application.Kpis.ExportKpis;

using System.Globalization;
using System.Text;
using Mediator;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.Kpis.Common;
using MemberCard.Application.Kpis.ListKpis;

public sealed class ExportKpisQueryHandler(IReadModelDb db, IKpiServiceFigures serviceFigures, TimeProvider clock)
    : IQueryHandler<ExportKpisQuery, KpiCsvFile>
{
    // Who the row is about, then the month's figures; the same figures of the month before follow as previous_*.
    private static readonly string[] Identity = ["month", "rank", "grade", "score", "branch_code", "branch_name"];

    private static readonly string[] Figures =
    [
        "new_cards", "new_cards_activated", "activation_rate", "active_members", "purchases", "purchase_frequency", "net_spend", "average_spend",
        "returned_amount", "redemptions", "points_issued", "points_redeemed", "points_expired", "points_adjusted", "outstanding_points",
        "outstanding_value", "complaints", "median_handling_hours", "satisfaction", "campaign_participants", "campaign_spend_uplift",
    ];

    private static readonly string[] Header =
    [
        .. Identity, .. Figures, "previous_month", "previous_rank", "previous_grade", "previous_score", .. Figures.Select(f => "previous_" + f),
    ];

    public async ValueTask<KpiCsvFile> Handle(ExportKpisQuery query, CancellationToken cancellationToken)
    {
        var report = await ListKpisQueryHandler.ReportAsync(db, serviceFigures, clock, query.Month, query.Branch, cancellationToken);
        var csv = new StringBuilder();
        csv.Append(string.Join(',', Header)).Append("\r\n");
        foreach (var r in report.Branches)
        {
            var previous = r.Previous;
            object?[] cells =
            [
                r.Month, r.Rank, r.Grade, r.Score, r.BranchCode, r.BranchName, .. FiguresOf(r),
                previous?.Month, previous?.Rank, previous?.Grade, previous?.Score, .. previous is null ? new object?[Figures.Length] : FiguresOf(previous),
            ];
            csv.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");
        }

        // The byte-order mark is what makes Excel read the Chinese branch names as UTF-8.
        var content = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        return new KpiCsvFile($"kpis-{report.Month}.csv", content);
    }

    private static object?[] FiguresOf(BranchKpisDto r) =>
    [
        r.NewCards, r.NewCardsActivated, r.ActivationRate, r.ActiveMembers, r.Purchases, r.PurchaseFrequency, r.NetSpend, r.AverageSpend,
        r.ReturnedAmount, r.Redemptions, r.PointsIssued, r.PointsRedeemed, r.PointsExpired, r.PointsAdjusted, r.OutstandingPoints,
        r.OutstandingValue, r.Complaints, r.MedianHandlingHours, r.Satisfaction, r.CampaignParticipants, r.CampaignSpendUplift,
    ];

    private static string Cell(object? value)
    {
        var text = value switch
        {
            null => string.Empty,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };

        // A text cell starting like a formula would run as one in a spreadsheet (CSV injection).
        if (value is string && text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
