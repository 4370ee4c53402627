namespace OpsPlan.Modules.Growth.Application.Channels;

internal static class ChannelRules
{
    public const string DuplicateName = "growth.duplicate-channel-name";

    public static BusinessRuleException NameTaken() =>
        new(DuplicateName, "Another channel has this name.", ["Choose another name, or change the channel that has it."]);
}
