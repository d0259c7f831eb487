namespace MemberCard.Application.StoredValue.GetTopUpReceipt;

using System.Text.Json;
using Mediator;
using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Application.StoredValue.TopUpAtTill;
using MemberCard.Domain.StoredValue;
using Microsoft.EntityFrameworkCore;

/// <summary>The branch filter makes another branch's receipt invisible: it looks exactly like a missing one.</summary>
public sealed class GetTopUpReceiptQueryHandler(IMemberCardDbContext db) : IQueryHandler<GetTopUpReceiptQuery, TopUpReceipt>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async ValueTask<TopUpReceipt> Handle(GetTopUpReceiptQuery query, CancellationToken cancellationToken)
    {
        var receiptNo = query.ReceiptNo.Trim();
        var json = await db.StoredValueTopUps.AsNoTracking()
            .Where(t => t.Channel == TopUpChannel.Till && t.ReceiptNo == receiptNo)
            .OrderBy(t => t.CreatedAt).Select(t => t.ResponseJson).FirstOrDefaultAsync(cancellationToken);
        return json is null
            ? throw new NotFoundException("stored_value.top_up_not_found", "No such top-up receipt at this branch.")
            : JsonSerializer.Deserialize<TopUpReceipt>(json, Json)!;
    }
}
