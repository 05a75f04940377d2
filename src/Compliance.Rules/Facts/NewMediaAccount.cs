namespace Compliance.Rules.Facts;

/// <summary>A government new-media account (政务新媒体账号) under inspection.</summary>
/// <param name="Id">The account's unique id in the batch.</param>
/// <param name="Name">The account's name (账号名称).</param>
/// <param name="Operator">The body that opened the account (开设主体).</param>
/// <param name="AccountType">The platform and account type as published, such as 微信订阅号, 微信服务号, 新浪微博, 抖音号 (账号类型).</param>
/// <param name="Unit">The supervising unit that the account is reported under (单位).</param>
/// <param name="Status">Whether the account is active or closed.</param>
/// <param name="ProvidesInteraction">Whether the account offers an effective interaction function (有效互动功能: messages, consultation).</param>
public sealed record NewMediaAccount(
    string Id,
    string Name,
    string Operator,
    string AccountType,
    string Unit,
    AccountStatus Status,
    bool ProvidesInteraction = true) : Subject(Id, Name)
{
    /// <inheritdoc/>
    public override SubjectKind Kind => SubjectKind.NewMedia;

    private protected override void ClosedHierarchy()
    {
    }
}
