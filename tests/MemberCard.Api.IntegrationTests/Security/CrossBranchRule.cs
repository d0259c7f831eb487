namespace MemberCard.Api.IntegrationTests.Security;

/// <summary>What a key of branch A may get from a branch route when branch B's data is involved.</summary>
public enum CrossBranchRule
{
    /// <summary>Not a branch route: the audience checks are all there is.</summary>
    NotApplicable,

    /// <summary>The route targets one member, card or receipt: branch B's looks exactly like a missing one (404), and nothing changes.</summary>
    NotFound,

    /// <summary>A list: only the caller's own members, whatever the search.</summary>
    OwnMembersOnly,

    /// <summary>The till scan: any card of the chain, but only the minimal masked view.</summary>
    MinimalView,

    /// <summary>
    /// The till's quote and sale: any active card of the chain is served, wherever its home, but the answer
    /// carries none of the member's personal data (name, phone, birth date) nor branch B's ids.
    /// </summary>
    AnyCardOfChain,

    /// <summary>A list of member-owned records (e.g. milestone claims): only those of the caller's own members.</summary>
    OwnMembersRecords,

    /// <summary>An offline application: the member always lands in the caller's branch, whatever branch the body names.</summary>
    HomesInCaller,

    /// <summary>
    /// Records that belong to a branch rather than to a member (complaints about it, its campaign plans): a list
    /// shows only the caller's, and what the caller files is the caller's.
    /// </summary>
    OwnBranchRecords,

    /// <summary>
    /// A list of records the caller's branch owns (birthdays, birthday gifts, follow-up tasks): branch A sees its own
    /// and nothing of branch B's, neither records nor members nor ids.
    /// </summary>
    OwnBranchLists,

    /// <summary>A report on the caller's own branch (its KPIs): naming branch B in the query changes nothing.</summary>
    OwnFiguresOnly,

    /// <summary>
    /// A summary of the caller's own records outside the KPI board (its referrals): only the caller's row, whatever
    /// branch the query names (checked in Referrals/ReferralReportTests).
    /// </summary>
    OwnSummaryOnly,
    /// <summary>The caller's own stored-value figures: one row, its own branch, whatever the query names.</summary>
    OwnStoredValueFigures,

    /// <summary>
    /// Head office's catalogue, the same for every branch and holding nothing of any branch's (the top-up packages a
    /// till offers; checked in StoredValue/BranchTopUpPackagesTests).
    /// </summary>
    ChainWideCatalogue,
}
