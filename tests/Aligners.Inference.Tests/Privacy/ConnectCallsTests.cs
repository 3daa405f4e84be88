namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class ConnectCallsTests
{
    private static readonly CredentialDetector Detector = new();

    [Theory]
    [InlineData("$db = new PDO('pgsql:host=db;dbname=crm', 'crm_app', 'Rook4-vale!');", "Rook4-vale!")]
    [InlineData("$link = mysqli_connect(\"127.0.0.1\", \"web\", \"Tern9_cove\", \"blog\");", "Tern9_cove")]
    [InlineData("$m = new mysqli($host, $user, 'Birch22&fen', $name);", "Birch22&fen")]
    [InlineData("Connection c = DriverManager.getConnection(url, \"report\", \"Gale7#moor\");", "Gale7#moor")]
    [InlineData("db = MySQLdb.connect(\"localhost\", \"etl\", \"Wren3!ford\", \"stage\")", "Wren3!ford")]
    [InlineData("ftp_login($conn, 'upload', 'Heron5%lea');", "Heron5%lea")]
    [InlineData("$c = oci_connect('hr', 'Aspen6^dale', 'orcl');", "Aspen6^dale")]
    public void The_literal_in_a_connect_calls_password_position_is_a_password(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Theory]
    [InlineData("return new PasswordAuthentication(\"relay@mail.example.org\", \"Quill8#barn\");", "Quill8#barn")]
    [InlineData("return new PasswordAuthentication(user, \"Quill8#barn\".toCharArray());", "Quill8#barn")]
    [InlineData("client.Credentials = new NetworkCredential(\"svc-print\", \"Marsh4!gate\");", "Marsh4!gate")]
    [InlineData("r = requests.get(url, auth=HTTPBasicAuth('reporter', 'Flint2$cove'))", "Flint2$cove")]
    [InlineData("auth = HTTPDigestAuth(\"ops\", \"Flint2$cove\")", "Flint2$cove")]
    [InlineData("server.login(\"alerts@example.org\", \"Brook7&hill\")", "Brook7&hill")]
    [InlineData("ftp.login('deploy', 'Brook7&hill')", "Brook7&hill")]
    public void The_literal_after_the_user_in_a_credentials_constructor_or_login_call_is_a_password(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Theory]
    [InlineData("return new PasswordAuthentication(user, password.toCharArray());")] // a variable
    [InlineData("client.Credentials = new NetworkCredential(\"svc-print\", secret);")]
    [InlineData("server.login(user, os.environ[\"SMTP_PASSWORD\"])")]
    [InlineData("catalog.login_hint(\"anna\", \"Brook7&hill\")")] // another method's name
    public void A_credentials_call_without_a_password_literal_gives_no_password(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("$db = new PDO($dsn, $user, $password);")] // a variable: the password is elsewhere
    [InlineData("$db = new PDO('sqlite:/tmp/app.db');")] // no password argument
    [InlineData("conn = psycopg2.connect('dbname=app user=web', 'Rook4-vale!')")] // the API fixes no password position
    [InlineData("my_mysqli_connect_helper('a', 'b', 'Rook4-vale!')")] // another function's name
    [InlineData("$db = new PDO($dsn, 'app', '<password>');")] // a placeholder
    public void Other_arguments_and_calls_give_no_password(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }
}
