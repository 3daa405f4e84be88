namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class PositionalPasswordsTests
{
    private static readonly CredentialDetector Detector = new();

    [Theory]
    [InlineData("sudo rabbitmqctl add_user billing Quill7-marsh", "Quill7-marsh")]
    [InlineData("rabbitmqctl change_password billing 'Otter4#glen'", "Otter4#glen")]
    [InlineData("htpasswd -b /etc/nginx/.htpasswd editor Lark8_ridge", "Lark8_ridge")]
    [InlineData("htpasswd -bc .htpasswd editor Lark8_ridge", "Lark8_ridge")]
    [InlineData("htpasswd -nbB editor Lark8_ridge > users.txt", "Lark8_ridge")]
    [InlineData("mosquitto_passwd -b /etc/mosquitto/passwd sensor01 Finch2+moor", "Finch2+moor")]
    [InlineData("C:\\> net user svc_backup Pike9!holm /add", "Pike9!holm")]
    [InlineData("ipmitool -I lanplus -H 10.0.0.5 user set password 2 Heath3%fell", "Heath3%fell")]
    public void The_argument_in_a_commands_password_position_is_a_password(string text, string expected)
    {
        var found = Detector.Detect(text).Where(e => e.Detector == "command-password");

        var entity = Assert.Single(found);
        Assert.Equal(expected, text.Substring(entity.Start, entity.Length));
    }

    [Theory]
    [InlineData("htpasswd /etc/nginx/.htpasswd editor")] // no -b: htpasswd asks for the password
    [InlineData("htpasswd -c .htpasswd editor Lark8_ridge")] // without -b the last word is not read as one
    [InlineData("net user svc_backup * /add")] // '*' asks for it
    [InlineData("Use net user accounts list to see who exists")] // prose about the command
    [InlineData("rabbitmqctl add_user billing")] // no password given
    [InlineData("rabbitmqctl add_user billing \"${RABBIT_PASSWORD}\"")] // a variable holds it elsewhere
    [InlineData("rabbitmqctl list_users billing Quill7-marsh")] // another subcommand
    [InlineData("my_net user svc Pike9!holm")] // not the command itself
    public void Other_arguments_and_commands_give_no_password(string text)
    {
        Assert.DoesNotContain(Detector.Detect(text), e => e.Detector == "command-password");
    }
}
