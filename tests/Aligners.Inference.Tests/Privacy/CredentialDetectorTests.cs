namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class CredentialDetectorTests
{
    private static readonly CredentialDetector Detector = new();

    private const string AzuriteKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    [Theory]
    [InlineData("aws_access_key_id = AKIA2OGYBAH6STMJ2J4Q", "AKIA2OGYBAH6STMJ2J4Q", "aws-access-key-id")]
    [InlineData("export GITHUB_TOKEN=ghp_0123456789abcdefghijABCDEFGHIJ012345", "ghp_0123456789abcdefghijABCDEFGHIJ012345", "github-token")]
    [InlineData("token: github_pat_11ABCDEFG0123456789abc_defGHIJKLmnopQRSTuvwxYZ0123456789abcdefGHIJKLMNOPQRSTuvwx",
        "github_pat_11ABCDEFG0123456789abc_defGHIJKLmnopQRSTuvwxYZ0123456789abcdefGHIJKLMNOPQRSTuvwx", "github-token")]
    [InlineData("//registry.npmjs.org/:_authToken=npm_abcdefghijklmnopqrstuvwxyz0123456789", "npm_abcdefghijklmnopqrstuvwxyz0123456789", "npm-token")]
    [InlineData("OPENAI_API_KEY=\"sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0fGh\"", "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0fGh", "openai-key")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=devstoreaccount1;AccountKey=" + AzuriteKey + ";EndpointSuffix=core.windows.net", AzuriteKey, "azure-storage-key")]
    [InlineData("Endpoint=sb://demo.servicebus.windows.net/;SharedAccessKeyName=root;SharedAccessKey=q3V0bXlQcm9vZk9mQ29uY2VwdEtleVZhbHVlMDAxMg=",
        "q3V0bXlQcm9vZk9mQ29uY2VwdEtleVZhbHVlMDAxMg=", "azure-storage-key")]
    [InlineData("https://acct.blob.core.windows.net/c/b.txt?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&sig=Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFy%3D done",
        "Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFy%3D", "azure-sas-signature")]
    [InlineData("DATABASE_URL=postgres://app:T7v!kq2Lm9@db.internal:5432/app", "T7v!kq2Lm9", "url-password")]
    [InlineData("redis://:mC4DAoZuSEy@10.8.0.21:6379/0", "mC4DAoZuSEy", "url-password")]
    [InlineData("mysql -h 10.0.0.5 -u root -p'Rt6yu8ii' -e 'SHOW TABLES'", "Rt6yu8ii", "mysql-password")]
    [InlineData("mysqldump -uadmin -pHq72kLs0 shop > shop.sql", "Hq72kLs0", "mysql-password")]
    public void A_shaped_key_is_found_as_the_secret_alone(string text, string expected, string rule)
    {
        var entity = Assert.Single(Detector.Detect(text));

        Assert.Equal((expected, rule, PrivacyTypes.Credential), (text.Substring(entity.Start, entity.Length), entity.Detector, entity.Type));
    }

    [Theory]
    [InlineData("AKIA1234 is too short, and XAKIA2OGYBAH6STMJ2J4Q is glued")]
    [InlineData("ghp_short and gho_ alone")]
    [InlineData("sk-learn and sk-1234567890 are not keys; nor is sk-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("https://example.com/search?q=sig&sig=abcdefghijklmnopqrstuvwx")] // no sv=: not a SAS token
    [InlineData("AccountKey=short;")]
    [InlineData("desk-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0fGh")]
    [InlineData("AKIAXXXXXXXXXXXXXXXX is the placeholder used in this guide")]
    [InlineData("GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX  # set in CI")]
    [InlineData("aws_access_key_id = AKIAIOSFODNN7EXAMPLE")] // AWS's documented example
    [InlineData("postgres://user:password@localhost/db and postgres://app:${DB_PASSWORD}@db/app")]
    [InlineData("grep -pattern file; tar -p archive; mysql_config --libs -pHq72kLs0")] // -p outside a mysql command line
    public void Look_alikes_of_keys_are_not_found(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("SENDGRID_API_KEY=SG.u8jzPde0IgxLd6GncfBAep.fJBd0Kh8oOOL8dKLzdocJ2isAjIhKtJ0RlgLKOmxgJT", "SG.u8jzPde0IgxLd6GncfBAep.fJBd0Kh8oOOL8dKLzdocJ2isAjIhKtJ0RlgLKOmxgJT", "sendgrid-key")]
    [InlineData("maps/api/js?key=AIzaeKdNnFRIBXuDL7DxtpYlSXpfKtHF4vUCsMe&callback=init", "AIzaeKdNnFRIBXuDL7DxtpYlSXpfKtHF4vUCsMe", "google-api-key")]
    [InlineData("slack: xoxb-18625276018-955597971147-SQedUStPKR0CsTy4Qwb8DwkN", "xoxb-18625276018-955597971147-SQedUStPKR0CsTy4Qwb8DwkN", "slack-token")]
    [InlineData("Stripe.api_key = \"sk_live_hFdnXsiVpzz63FfkCzJr4i0B\"", "sk_live_hFdnXsiVpzz63FfkCzJr4i0B", "stripe-key")]
    [InlineData("restricted: rk_live_3JrTAwR4y9ojfljoQoaF1Llq", "rk_live_3JrTAwR4y9ojfljoQoaF1Llq", "stripe-key")]
    [InlineData("git clone with glpat-3nNyjOq9wMxEhh2FDEEt as the password", "glpat-3nNyjOq9wMxEhh2FDEEt", "gitlab-token")]
    [InlineData("APP_KEY=base64:K0k0r4f1UgtpuUsNmC6Fu1W2cqhyY3rNdGb8tg4Oj/E=", "base64:K0k0r4f1UgtpuUsNmC6Fu1W2cqhyY3rNdGb8tg4Oj/E=", "laravel-app-key")]
    [InlineData("api key sid SK5d0c2e7a91b34f68e0a7c3d1b9f42e66 for the worker", "SK5d0c2e7a91b34f68e0a7c3d1b9f42e66", "twilio-api-key")]
    [InlineData("client = Client(\"SK0b7e4f2a9c13d58e6a2f0c4d7b91e3a5\", secret, account_sid)", "SK0b7e4f2a9c13d58e6a2f0c4d7b91e3a5", "twilio-api-key")]
    public void A_key_of_a_known_service_is_found(string text, string expected, string rule)
    {
        var entity = Assert.Single(Detector.Detect(text));

        Assert.Equal((expected, rule), (text.Substring(entity.Start, entity.Length), entity.Detector));
    }

    [Theory]
    [InlineData("pk_live_hFdnXsiVpzz63FfkCzJr4i0B is the publishable key, shown in the page")]
    [InlineData("SG.short.key and AIza-too-short")]
    [InlineData("ACcount sid AC904dba41ecccc3fc1626e53a13043b02 identifies the account")]
    [InlineData("SK0F3A9C27BE4D18E6A05C7B2D9E1F4A83")] // upper-case hex: no Twilio key's SID
    [InlineData("TASK5d0c2e7a91b34f68e0a7c3d1b9f42e66")] // glued to letters: another token
    [InlineData("APP_KEY=base64:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")] // not random: a placeholder
    public void Public_or_placeholder_service_values_are_not_keys(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("https://jdoe:ghp_qmSM9wCZ7Uw9xfogoEmvnEN5N1aE6PwZPf1Q@github.com", "ghp_qmSM9wCZ7Uw9xfogoEmvnEN5N1aE6PwZPf1Q")]
    [InlineData("https://ghp_qmSM9wCZ7Uw9xfogoEmvnEN5N1aE6PwZPf1Q@github.com/org/repo.git", "ghp_qmSM9wCZ7Uw9xfogoEmvnEN5N1aE6PwZPf1Q")]
    [InlineData("https://h6yYTWmE4lBYOvfZ8UzDzV8fUkkibjL5DZPjN0ME@git.example.com/team/app.git", "h6yYTWmE4lBYOvfZ8UzDzV8fUkkibjL5DZPjN0ME")]
    [InlineData("mongodb+srv://analytics:Qz1duZ!aRVjYtn@cluster0.ab1cd.mongodb.net/reports", "Qz1duZ!aRVjYtn")]
    [InlineData("curl -u admin:dAn_moyM1GEs -X POST https://ci.example.internal/job/deploy", "dAn_moyM1GEs")]
    public void A_token_or_password_in_user_information_is_found(string text, string expected)
    {
        var found = Detector.Detect(text).ToList();

        Assert.NotEmpty(found); // a GitHub token there is found by its shape and by its place: the same span
        Assert.All(found, e => Assert.Equal(expected, text.Substring(e.Start, e.Length)));
    }

    [Theory]
    [InlineData("git clone https://git@example.com/team/app.git")] // a login name, not random
    [InlineData("https://deploy-user-for-ci@example.com/repo")]
    [InlineData("ssh -u admin:thing server")] // -u outside a curl command line
    public void A_plain_login_name_in_a_url_is_not_a_token(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("$ docker login -u deployer -p Zx9@qL#4^mT% registry.example.org", "Zx9@qL#4^mT%")]
    [InlineData("podman login --password 'Wk2@pQ&8' quay.example.net", "Wk2@pQ&8")]
    [InlineData("helm registry login reg.example.com --username ci --password=Rv7%Jm@2Tq", "Rv7%Jm@2Tq")]
    public void The_password_of_a_registry_login_is_found(string text, string expected)
    {
        var entity = Assert.Single(Detector.Detect(text));

        Assert.Equal((expected, "registry-password"), (text.Substring(entity.Start, entity.Length), entity.Detector));
    }

    [Theory]
    [InlineData("docker run -p 8080:80 nginx")] // a port, on a line that logs in to nothing
    [InlineData("echo $TOKEN | docker login -u ci --password-stdin ghcr.io")]
    [InlineData("docker login -u ci -p <password> registry.example.org")] // a placeholder
    public void A_registry_login_without_a_password_value_holds_none(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("ERROR_TRACKER_DSN=https://3f9a0c7e5b2d4e61a8c9f0b1d2e3a4b5@o4410.ingest.sentry.io/77")]
    [InlineData("dsn: \"https://7c2e4a9b1d3f5e6a8b0c2d4e6f8a0b1c@errors.example.net/12\"")]
    [InlineData("connecting mysql://report:***@db.internal:3306/app")]
    [InlineData("url=postgres://svc:••••••@10.0.0.5/db")]
    public void A_dsns_public_key_and_a_masked_password_are_not_secrets(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("SLACK_WEBHOOK=https://hooks.slack.com/services/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")]
    [InlineData("curl -X POST -d @msg.json https://hooks.slack.com/services/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")]
    public void A_slack_incoming_webhook_url_is_a_secret_whole(string text)
    {
        var entity = Assert.Single(Detector.Detect(text));

        Assert.Equal(("slack-webhook", text[text.IndexOf("https://", StringComparison.Ordinal)..]), (entity.Detector, text.Substring(entity.Start, entity.Length)));
    }

    [Theory]
    [InlineData("postgres://svc:@Kp2v!m9Q@db.internal:5432/app", "@Kp2v!m9Q")] // '@' opens the password
    [InlineData("amqp://bus:Tr@in7-Yard@10.4.0.9:5672/", "Tr@in7-Yard")] // '@' inside it
    [InlineData("https://u:Pw9x3kd@host.example/?notify=ops@example.org", "Pw9x3kd")] // an '@' in the query is not the password's
    public void The_last_at_sign_before_the_host_ends_a_urls_password(string text, string expected)
    {
        var entity = Assert.Single(Detector.Detect(text), e => e.Detector == "url-password");

        Assert.Equal(expected, text.Substring(entity.Start, entity.Length));
    }

    [Theory]
    [InlineData("SECRET_ARN=arn:aws:secretsmanager:ap-southeast-2:210987654321:secret:payments/stripe-Hq7ZtR")]
    [InlineData("policy: arn:aws:iam::210987654321:role/ghp_0123456789abcdefghijABCDEFGHIJ012345")]
    public void An_amazon_resource_name_holds_no_secret_of_its_own(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }
}
