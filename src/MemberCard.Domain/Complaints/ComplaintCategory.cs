namespace MemberCard.Domain.Complaints;

public enum ComplaintCategory
{
    Product,
    Service,
    Price,
    Points,
    Card,
    Other,
}
